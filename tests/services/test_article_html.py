"""Tests for canonical article HTML: sanitising, direction, read-also, Markdown round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsdesk.text.article_html import canonicalise
from newsdesk.text.markdown_io import html_to_markdown, markdown_to_html

GOLDEN = Path(__file__).parent / "golden"

# No deadline: these are properties of the output, not of how long it takes.
PROPERTY = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Generated fragments ----------------------------------------------------------

ARABIC_WORDS = ["قال", "المبعوث", "الأممي", "إن", "المحادثات", "مدينة", "مستشفى", "أيضاً"]
LATIN_WORDS = ["Geir", "Pedersen", "UN", "talks", "Geneva", "envoy"]
DIGITS = ["2254", "٢٠٢٤", "12", "٣"]
HARAKAT = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b"]
TATWEEL = "\u0640"


def _decorate(word: str, marks: list[str], tatweel: int) -> str:
    return word[:1] + TATWEEL * tatweel + word[1:] + "".join(marks)


words = st.one_of(
    st.sampled_from(ARABIC_WORDS),
    st.sampled_from(LATIN_WORDS),
    st.sampled_from(DIGITS),
    st.builds(
        _decorate,
        st.sampled_from(ARABIC_WORDS),
        st.lists(st.sampled_from(HARAKAT), max_size=2),
        st.integers(0, 3),
    ),
)
texts = st.lists(
    st.tuples(words, st.sampled_from([" ", "  ", "\n", "\t", " \n  "])), min_size=1, max_size=5
).map(lambda parts: "".join(word + gap for word, gap in parts))

BLOCK_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "li", "blockquote"]
INLINE_TAGS = ["strong", "b", "em", "i", "code", "span", "script"]
DIRS = ["", ' dir="rtl"', ' dir="ltr"', ' dir="auto"']
HREFS = ["/x/", "https://example.org/a?b=1&amp;c=2", "javascript:alert(1)", "mailto:a@b.org"]


def _element(tag: str, attributes: str, children: list[str]) -> str:
    return f"<{tag}{attributes}>{''.join(children)}</{tag}>"


def _nest(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    content = st.lists(children, max_size=4)
    inline_content = st.lists(children, max_size=4)
    return st.one_of(
        st.builds(_element, st.sampled_from(BLOCK_TAGS), st.sampled_from(DIRS), content),
        st.builds(_element, st.sampled_from(INLINE_TAGS), st.just(""), inline_content),
        st.builds(
            _element, st.just("a"), st.sampled_from(HREFS).map(' href="{}"'.format), inline_content
        ),
    )


fragments = st.lists(
    st.recursive(texts | st.just("<br>"), _nest, max_leaves=20), min_size=1, max_size=4
).map("".join)


@PROPERTY
@given(fragments)
def test_canonicalise_is_a_fixed_point(fragment):
    once = canonicalise(fragment)
    assert canonicalise(once) == once


@PROPERTY
@given(fragments)
def test_canonicalise_never_outputs_unsafe_markup(fragment):
    once = canonicalise(fragment)
    assert "<script" not in once
    assert "javascript:" not in once
    assert "<span" not in once


def test_canonicalise_fixed_point_with_empty_bold_at_paragraph_end():
    once = canonicalise("<p>قال المبعوث <b> </b></p>")
    assert canonicalise(once) == once


# Canonical Markdown round trip ------------------------------------------------


# Text that Markdown would read as markup unless html_to_markdown escapes it.
MARKDOWN_SPECIALS = ["*", "_", "#", "C#", "1.", "2)", "-", "---", ">", "+", "[x]", "`", "\\", "!"]
markdown_words = words | st.sampled_from(MARKDOWN_SPECIALS)


def _inline(word_list: list[str], tag: str | None, edge_space: bool) -> str:
    text = " ".join(word_list)
    if tag is None:
        return text
    if edge_space:  # e.g. <strong>عاجل: </strong>, common in pasted copy
        text += " "
    if tag == "a":
        return f'<a href="/story/">{text}</a>'
    return f"<{tag}>{text}</{tag}>"


runs = st.lists(
    st.builds(
        _inline,
        st.lists(markdown_words, min_size=1, max_size=3),
        st.sampled_from([None, None, "strong", "em", "code", "a"]),
        st.booleans(),
    ),
    min_size=1,
    max_size=4,
)
# Runs joined by spaces or line breaks.
inline_runs = st.tuples(
    runs, st.lists(st.sampled_from([" ", " ", "<br>"]), min_size=4, max_size=4)
).map(lambda pair: "".join(run + gap for run, gap in zip(*pair, strict=False)).removesuffix("<br>"))


def _container(tag: str, items: list[str]) -> str:
    inner = "p" if tag == "blockquote" else "li"
    return f"<{tag}>" + "".join(f"<{inner}>{item}</{inner}>" for item in items) + f"</{tag}>"


blocks = st.one_of(
    st.builds(_element, st.just("p"), st.just(""), inline_runs.map(lambda run: [run])),
    st.builds(
        _element,
        st.sampled_from(["h2", "h3", "h4"]),
        st.just(""),
        inline_runs.map(lambda run: [run]),
    ),
    st.builds(
        _container,
        st.sampled_from(["ul", "ol", "blockquote"]),
        st.lists(inline_runs, min_size=1, max_size=3),
    ),
    inline_runs.map(lambda run: f'<p>اقرأ أيضاً: <a href="/x/">{run}</a></p>'),
)


canonical_bodies = st.lists(blocks, min_size=1, max_size=5).map("".join).map(canonicalise)


@PROPERTY
@given(canonical_bodies)
def test_markdown_round_trip_is_a_fixed_point_on_canonical_html(body):
    assume(body)
    assert markdown_to_html(html_to_markdown(body)) == body


# Direction --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ('<p dir="ltr">قال المبعوث الأممي</p>', '<p dir="ltr">قال المبعوث الأممي</p>'),
        ('<p dir="rtl">The envoy said</p>', '<p dir="rtl">The envoy said</p>'),
        ('<h3 dir="ltr">قال</h3>', '<h3 dir="ltr">قال</h3>'),
    ],
)
def test_canonicalise_keeps_explicit_dir(fragment, expected):
    assert canonicalise(fragment) == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>Geir Pedersen قال إن المبعوث</p>", "rtl"),
        ("<p>Geir Pedersen قال إن المبعوث الأممي سيزور دمشق</p>", "rtl"),
        ("<p>The UN envoy said قال</p>", "ltr"),
        ('<p dir="auto">The UN envoy</p>', "ltr"),
        ("<p>2254</p>", "rtl"),
    ],
)
def test_canonicalise_computes_missing_dir_by_majority(fragment, expected):
    assert canonicalise(fragment).startswith(f'<p dir="{expected}">')


# Sanitising -------------------------------------------------------------------


def test_canonicalise_removes_script_with_its_text():
    assert (
        canonicalise("<p>قال<script>alert('x')</script> المبعوث</p>")
        == '<p dir="rtl">قال المبعوث</p>'
    )


def test_canonicalise_removes_event_handlers():
    assert canonicalise('<p onclick="steal()">قال المبعوث</p>') == '<p dir="rtl">قال المبعوث</p>'


def test_canonicalise_removes_style_attributes_and_elements():
    fragment = (
        '<style>p{color:red}</style><p style="color:red">قال <span style="x">المبعوث</span></p>'
    )
    assert canonicalise(fragment) == '<p dir="rtl">قال المبعوث</p>'


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)"]
)
def test_canonicalise_removes_javascript_hrefs(href):
    assert "javascript" not in canonicalise(f'<p><a href="{href}">رابط</a></p>').lower()


def test_canonicalise_removes_remote_images():
    fragment = '<p>صورة <img src="https://tracker.example/pixel.png" onerror="x()"> هنا</p>'
    assert canonicalise(fragment) == '<p dir="rtl">صورة هنا</p>'


def test_canonicalise_keeps_no_break_spaces():
    assert canonicalise("<p>قال\u00a0المبعوث</p>") == '<p dir="rtl">قال\u00a0المبعوث</p>'


def test_canonicalise_maps_legacy_tags():
    fragment = "<h1>عنوان</h1><h6>فرعي</h6><div><b>عريض</b> <i>مائل</i></div>"
    assert canonicalise(fragment) == (
        '<h2 dir="rtl">عنوان</h2>\n<h4 dir="rtl">فرعي</h4>\n'
        '<p dir="rtl"><strong>عريض</strong> <em>مائل</em></p>'
    )


# Read also --------------------------------------------------------------------


def test_canonicalise_marks_read_also_paragraph():
    fragment = '<p>اقرأ أيضاً: <a href="/x/">المبعوث يصل إلى جنيف</a></p>'
    assert canonicalise(fragment) == (
        '<p class="read-also" dir="rtl">اقرأ أيضاً: <a href="/x/">المبعوث يصل إلى جنيف</a></p>'
    )


def test_canonicalise_read_also_spelled_without_hamza_is_marked():
    fragment = '<p>اقرا ايضا: <a href="/x/">خبر</a></p>'
    assert canonicalise(fragment).startswith('<p class="read-also" dir="rtl">')


def test_canonicalise_read_also_without_link_stays_paragraph():
    assert canonicalise("<p>اقرأ أيضاً: خبر آخر</p>") == '<p dir="rtl">اقرأ أيضاً: خبر آخر</p>'


# Canonical structure ----------------------------------------------------------


def test_canonicalise_nested_list_keeps_later_items_in_outer_list():
    fragment = "<ul><li>أولاً<ul><li>فرعي</li></ul></li><li>ثانياً</li></ul>"
    assert canonicalise(fragment) == (
        '<ul dir="rtl">\n<li dir="rtl">أولاً</li>\n<li dir="rtl">فرعي</li>\n'
        '<li dir="rtl">ثانياً</li>\n</ul>'
    )


def test_canonicalise_keeps_words_of_table_cells_apart():
    text = canonicalise("<table><tr><td>المصدر</td><td>وكالات</td></tr></table>")
    assert "المصدروكالات" not in text


# Markdown round trip: special cases -------------------------------------------


def _markdown_round_trip(fragment: str) -> tuple[str, str]:
    body = canonicalise(fragment)
    return body, markdown_to_html(html_to_markdown(body))


def test_markdown_round_trip_keeps_bold_ending_in_space():
    body, back = _markdown_round_trip("<p><strong>عاجل: </strong>قال المبعوث</p>")
    assert back == body


def test_markdown_round_trip_keeps_heading_ending_in_hash():
    body, back = _markdown_round_trip("<h2>دورة في لغة C#</h2>")
    assert back == body


def test_markdown_round_trip_keeps_paragraph_starting_with_number_and_dot():
    body, back = _markdown_round_trip("<p>1. البند الأول من الاتفاق</p>")
    assert back == body


def test_markdown_round_trip_keeps_dash_separator_paragraph():
    body, back = _markdown_round_trip("<p>الفقرة الأولى</p><p>---</p><p>الفقرة الثانية</p>")
    assert back == body


def test_markdown_round_trip_keeps_hash_after_line_break():
    body, back = _markdown_round_trip("<p>السطر الأول<br># وسم</p>")
    assert back == body


def test_markdown_round_trip_keeps_line_break_in_heading():
    body, back = _markdown_round_trip("<h2>عاجل<br>المبعوث يصل إلى جنيف</h2>")
    assert back == body


def test_markdown_round_trip_keeps_two_quotes_in_a_row_apart():
    body, back = _markdown_round_trip(
        "<blockquote><p>قال الوزير</p></blockquote><blockquote><p>ردّ النائب</p></blockquote>"
    )
    assert back == body


def test_markdown_round_trip_keeps_special_characters_in_code():
    body, back = _markdown_round_trip("<p>استخدم <code>a*b_c</code> في الصيغة</p>")
    assert back == body


# Golden file ------------------------------------------------------------------


def test_canonicalise_messy_pasted_page_matches_golden():
    messy = (GOLDEN / "messy.html").read_text(encoding="utf-8")
    expected = (GOLDEN / "messy.canonical.html").read_text(encoding="utf-8")
    # The golden file holds two no-break spaces (U+00A0) from &nbsp; in the source.
    assert canonicalise(messy) + "\n" == expected


def test_canonical_golden_is_a_fixed_point():
    expected = (GOLDEN / "messy.canonical.html").read_text(encoding="utf-8").removesuffix("\n")
    assert canonicalise(expected) == expected
