"""Tests for the typography lint of Arabic news copy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.lint import (
    LintCode,
    LintIssue,
    apply_suggestion,
    apply_suggestions,
    lint_paragraph,
    lint_paragraphs,
)


def codes(text: str) -> list[LintCode]:
    return [issue.code for issue in lint_paragraph(text)]


def only(text: str, code: LintCode) -> list[LintIssue]:
    return [issue for issue in lint_paragraph(text) if issue.code is code]


# Latin punctuation


def test_latin_comma_between_arabic_words_fires():
    text = "قال المبعوث الأممي, في بيان صدر مساء الأحد، إن المحادثات ستستأنف."
    (issue,) = only(text, LintCode.LATIN_COMMA)
    assert (issue.start, issue.end, issue.excerpt, issue.suggestion) == (18, 19, ",", "،")


def test_latin_comma_after_number_in_arabic_sentence_fires():
    assert codes("في عام 2015, أصدر مجلس الأمن القرار 2254.") == [LintCode.LATIN_COMMA]


def test_latin_comma_in_english_paragraph_is_quiet():
    assert codes("The envoy said, on Monday, that the talks would resume in Geneva.") == []


def test_latin_comma_between_digits_is_quiet():
    assert codes("وصل أكثر من 1,000 لاجئ إلى الحدود خلال الليل.") == []


def test_latin_comma_inside_url_is_quiet():
    text = "ونشرت الوزارة التفاصيل الكاملة على موقعها https://example.org/a,b?x=1 مساء أمس."
    assert codes(text) == []


def test_latin_comma_inside_latin_list_in_arabic_paragraph_is_quiet():
    text = "وفرضت الدول الأوروبية غرامات على شركات Apple, Google وغيرها من عمالقة التقنية."
    assert codes(text) == []


def test_latin_comma_after_email_address_fires_outside_the_address():
    text = (
        "ويمكن إرسال الشكاوى إلى مكتب التحرير عبر البريد desk@example.org, وسيتم الرد خلال يومين."
    )
    (issue,) = only(text, LintCode.LATIN_COMMA)
    assert text[issue.start - 3 : issue.start] == "org"


def test_latin_question_mark_ending_arabic_sentence_fires():
    text = "هل تنجح الوساطة القطرية في وقف إطلاق النار?"
    (issue,) = only(text, LintCode.LATIN_QUESTION_MARK)
    assert (issue.excerpt, issue.suggestion, issue.end) == ("?", "؟", len(text))


def test_latin_question_mark_in_english_paragraph_is_quiet():
    assert codes("Will the Qatari mediation secure a ceasefire?") == []


def test_latin_question_mark_in_quoted_english_is_quiet():
    text = "وسأل الصحفي الأمريكي الوزير في المؤتمر: «Is the ceasefire holding?» فلم يجب."
    assert codes(text) == []


def test_latin_semicolon_in_arabic_text_fires():
    text = "ارتفعت أسعار الوقود; وتراجعت قيمة الليرة أمام الدولار."
    (issue,) = only(text, LintCode.LATIN_SEMICOLON)
    assert (issue.excerpt, issue.suggestion) == (";", "؛")


def test_latin_semicolon_ending_html_entity_is_quiet():
    assert codes("أكد رئيس الوزراء&nbsp;أن الحكومة ماضية في الإصلاحات.") == []


def test_latin_semicolon_in_english_paragraph_is_quiet():
    assert codes("Fuel prices rose; the lira fell against the dollar.") == []


# Digits


def test_mixed_digits_fires_on_the_minority_system():
    text = "قُتل 12 شخصاً وأصيب ٣٥ آخرون في القصف الذي استهدف السوق عام 2024."
    (issue,) = only(text, LintCode.MIXED_DIGITS)
    assert (issue.excerpt, issue.suggestion) == ("٣٥", "35")


def test_mixed_digits_converts_to_arabic_indic_with_separators():
    text = "بلغ عدد النازحين ١٥٠٠ شخص في ٢٠٢٤ ونسبة البطالة 3.5 بالمئة."
    (issue,) = only(text, LintCode.MIXED_DIGITS)
    assert (issue.excerpt, issue.suggestion) == ("3.5", "٣٫٥")


def test_mixed_digits_tie_goes_to_the_first_system():
    text = "اجتمع ٢٠ وزيراً مع 15 سفيراً."
    (issue,) = only(text, LintCode.MIXED_DIGITS)
    assert issue.suggestion == "١٥"


def test_mixed_digits_single_system_is_quiet():
    assert codes("قُتل ١٢ شخصاً وأصيب ٣٥ آخرون في القصف عام ٢٠٢٤.") == []


def test_mixed_digits_ignores_latin_names_and_links():
    text = "سجلت الوزارة ١٢٠ إصابة بفيروس COVID-19 وفق موقعها https://example.org/2024 أمس."
    assert codes(text) == []


# Bidi controls


def test_bidi_control_attached_to_word_fires_with_clean_word():
    text = "\u200fقال الناطق باسم الجيش إن العملية انتهت."
    (issue,) = only(text, LintCode.BIDI_CONTROL)
    assert (issue.start, issue.end, issue.suggestion) == (0, 4, "قال")


@pytest.mark.parametrize("control", ["\u200e", "\u202b", "\u202c", "\u2066", "\u2069", "\u061c"])
def test_bidi_control_every_kind_fires(control):
    text = f"وصرح Antonio{control} Guterres بأن الوضع الإنساني كارثي."
    assert codes(text) == [LintCode.BIDI_CONTROL]


def test_bidi_control_standing_alone_keeps_one_space():
    text = "قال \u200f الوزير"
    (issue,) = only(text, LintCode.BIDI_CONTROL)
    assert apply_suggestion(text, issue) == "قال الوزير"


def test_bidi_control_alone_at_paragraph_end_takes_previous_word():
    text = "قال الوزير \u200f"
    (issue,) = only(text, LintCode.BIDI_CONTROL)
    assert apply_suggestion(text, issue) == "قال الوزير"


def test_bidi_control_clean_text_is_quiet():
    assert codes("وصرح Antonio Guterres بأن الوضع الإنساني كارثي.") == []


# Spacing


def test_double_space_fires_with_single_space():
    text = "وصل الرئيس  إلى القاهرة صباح اليوم."
    (issue,) = only(text, LintCode.DOUBLE_SPACE)
    assert (issue.excerpt, issue.suggestion) == ("  ", " ")


def test_double_space_single_spaces_and_line_break_are_quiet():
    assert codes("وصل الرئيس إلى القاهرة\nصباح اليوم.") == []


def test_space_before_arabic_comma_fires():
    text = "وصل الرئيس إلى القاهرة ، وكان في استقباله رئيس الوزراء."
    (issue,) = only(text, LintCode.SPACE_BEFORE_PUNCTUATION)
    assert (issue.excerpt, issue.suggestion) == (" ،", "،")


@pytest.mark.parametrize("mark", ["؛", "؟", ".", ":", "!"])
def test_space_before_punctuation_every_mark_fires(mark):
    assert codes(f"وقال المتحدث باسم الوزارة {mark}") == [LintCode.SPACE_BEFORE_PUNCTUATION]


def test_space_before_punctuation_moves_space_after_the_mark():
    text = "وصل الرئيس إلى القاهرة ،وكان في استقباله رئيس الوزراء."
    (issue,) = only(text, LintCode.SPACE_BEFORE_PUNCTUATION)
    assert apply_suggestion(text, issue) == "وصل الرئيس إلى القاهرة، وكان في استقباله رئيس الوزراء."


def test_space_before_punctuation_reports_a_double_space_once():
    assert codes("وصل الرئيس إلى القاهرة  ، صباحاً") == [LintCode.SPACE_BEFORE_PUNCTUATION]


def test_space_before_punctuation_correct_text_is_quiet():
    assert codes("وصل الرئيس إلى القاهرة، وقال: «نحن هنا للسلام!» فهل تنجح الزيارة؟") == []


def test_space_before_ellipsis_is_quiet():
    assert codes("وقال الوزير ... إن الحكومة لن تتراجع.") == []


def test_space_before_colon_in_french_paragraph_is_quiet():
    assert codes("Le ministre a déclaré : « Nous ne reculerons pas ! »") == []


# Quotes and brackets


def test_unbalanced_guillemet_never_closed_fires():
    text = "وقال الرئيس في كلمته: «لن نتراجع عن الإصلاحات."
    (issue,) = only(text, LintCode.UNBALANCED_QUOTES)
    assert (issue.excerpt, issue.suggestion) == ("«", "")


def test_unbalanced_guillemet_never_opened_fires():
    assert codes("وقال الرئيس: لن نتراجع عن الإصلاحات».") == [LintCode.UNBALANCED_QUOTES]


def test_unbalanced_curly_quote_fires():
    assert codes("ووصفت الصحيفة القرار بأنه “تاريخي.") == [LintCode.UNBALANCED_QUOTES]


def test_unbalanced_straight_quotes_odd_count_fires():
    text = 'ونقلت الوكالة عن مصدر قوله "إن المفاوضات متعثرة" وأضاف "لا جديد.'
    (issue,) = only(text, LintCode.UNBALANCED_QUOTES)
    assert issue.start == text.rindex('"')


def test_unbalanced_quotes_balanced_and_nested_are_quiet():
    text = 'وقال: «وصف الوزير الاتفاق بأنه “تاريخي” وقال "لن نتراجع"».'
    assert codes(text) == []


def test_unbalanced_bracket_never_closed_fires():
    text = "أعلنت الأمم المتحدة (يونيسف عن حملة تطعيم جديدة."
    (issue,) = only(text, LintCode.UNBALANCED_BRACKETS)
    assert issue.excerpt == "("


def test_unbalanced_square_bracket_never_opened_fires():
    assert codes("وقال المصدر إن الاتفاق] سيوقع قريباً.") == [LintCode.UNBALANCED_BRACKETS]


def test_unbalanced_brackets_balanced_are_quiet():
    assert codes("أعلنت منظمة الأمم المتحدة للطفولة (يونيسف) [بيان رسمي] عن حملة.") == []


def test_unbalanced_brackets_list_marker_is_quiet():
    assert codes("1) وقف إطلاق النار في جميع المناطق.") == []


def test_unbalanced_brackets_url_with_parentheses_is_quiet():
    text = "وللمزيد راجعوا الصفحة https://en.wikipedia.org/wiki/Beirut_(city) على الموقع."
    assert codes(text) == []


# Tatweel


def test_tatweel_inside_word_fires_with_unstretched_word():
    text = "عاجـــل: زلزال بقوة 6 درجات يضرب جنوب تركيا."
    (issue,) = only(text, LintCode.TATWEEL_IN_TEXT)
    assert (issue.start, issue.end, issue.excerpt, issue.suggestion) == (0, 7, "عاجـــل", "عاجل")


def test_tatweel_several_runs_in_one_word_are_one_issue():
    (issue,) = only("قال مُـحَـمَّـد إن", LintCode.TATWEEL_IN_TEXT)
    assert issue.suggestion == "مُحَمَّد"


def test_tatweel_at_word_edge_fires_without_suggestion():
    (issue,) = only("ينص القرار الـ2254 على وقف إطلاق النار.", LintCode.TATWEEL_IN_TEXT)
    assert (issue.excerpt, issue.suggestion) == ("الـ", "")


def test_tatweel_absent_is_quiet():
    assert codes("عاجل: زلزال يضرب جنوب تركيا.") == []


# Paragraphs, ordering and fixes


def test_lint_paragraphs_orders_by_paragraph_then_start():
    first = "وقال الوزير  إن الحكومة, رغم الضغوط، ماضية"
    english = "The envoy said, on Monday, that talks resume."
    last = "هل تنجح الوساطة?  لا أحد يعلم"
    assert [(i.paragraph, i.start, i.code) for i in lint_paragraphs([first, english, last])] == [
        (0, first.index("  "), LintCode.DOUBLE_SPACE),
        (0, first.index(","), LintCode.LATIN_COMMA),
        (2, last.index("?"), LintCode.LATIN_QUESTION_MARK),
        (2, last.index("  "), LintCode.DOUBLE_SPACE),
    ]


def test_lint_paragraphs_excerpt_matches_the_span():
    paragraphs = ["عاجـــل, وصل  الرئيس ؟", "\u200fقال «نعم"]
    for issue in lint_paragraphs(paragraphs):
        assert paragraphs[issue.paragraph][issue.start : issue.end] == issue.excerpt


FIXABLE = [
    ("قال المبعوث الأممي, في بيان", LintCode.LATIN_COMMA),
    ("هل تنجح الوساطة?", LintCode.LATIN_QUESTION_MARK),
    ("ارتفعت الأسعار; وتراجعت الليرة", LintCode.LATIN_SEMICOLON),
    ("قُتل 12 شخصاً وأصيب ٣٥ آخرون", LintCode.MIXED_DIGITS),
    ("\u200fقال الوزير", LintCode.BIDI_CONTROL),
    ("وصل الرئيس  إلى القاهرة", LintCode.DOUBLE_SPACE),
    ("وصل الرئيس ، وقال", LintCode.SPACE_BEFORE_PUNCTUATION),
    ("عاجـــل: زلزال", LintCode.TATWEEL_IN_TEXT),
]


@pytest.mark.parametrize(("text", "code"), FIXABLE)
def test_apply_suggestion_clears_the_issue(text, code):
    (issue,) = only(text, code)
    assert lint_paragraph(apply_suggestion(text, issue)) == []


def test_apply_suggestion_replaces_only_the_span():
    text = "قال المبعوث الأممي, في بيان"
    (issue,) = lint_paragraph(text)
    assert apply_suggestion(text, issue) == "قال المبعوث الأممي، في بيان"


def test_apply_suggestion_without_suggestion_raises():
    text = "وقال: «لن نتراجع"
    (issue,) = lint_paragraph(text)
    with pytest.raises(ValueError, match="no suggestion"):
        apply_suggestion(text, issue)


def test_apply_suggestion_on_edited_paragraph_raises():
    (issue,) = lint_paragraph("قال المبعوث الأممي, في بيان")
    with pytest.raises(ValueError, match="does not match"):
        apply_suggestion("قال المبعوث, في بيان", issue)


def test_apply_suggestions_fixes_everything_fixable():
    text = "عاجـــل, قال\u200f الوزير  إن 12 من ٣٥ نائباً صوتوا ، فهل يسقط القرار?"
    fixed = apply_suggestions(text, lint_paragraph(text))
    assert fixed == "عاجل، قال الوزير إن 12 من 35 نائباً صوتوا، فهل يسقط القرار؟"


def test_apply_suggestions_skips_overlapping_fixes():
    # The comma lies inside the span of the word carrying the RLM; the earlier span wins.
    text = "أعلن الجيش,\u200fقال المتحدث"
    issues = lint_paragraph(text)
    assert [issue.code for issue in issues] == [LintCode.BIDI_CONTROL, LintCode.LATIN_COMMA]
    assert apply_suggestions(text, issues) == "أعلن الجيش,قال المتحدث"


def test_apply_suggestions_second_pass_fixes_what_overlapped():
    text = "أعلن الجيش,\u200fقال المتحدث"
    fixed = apply_suggestions(text, lint_paragraph(text))
    assert apply_suggestions(fixed, lint_paragraph(fixed)) == "أعلن الجيش،قال المتحدث"


@given(st.text())
def test_lint_paragraph_spans_match_excerpts_for_arbitrary_text(text):
    for issue in lint_paragraph(text):
        assert text[issue.start : issue.end] == issue.excerpt
        assert issue.start < issue.end


@given(
    st.text(
        alphabet=st.sampled_from(
            list('قال الوزير عاجـل إن،؛؟.,;?:!«»“”"()[]  12٣٥\u200f\u202bhttps://x.org/a,b')
        )
    )
)
def test_apply_suggestions_keeps_unflagged_text_for_arabic_copy(text):
    issues = lint_paragraph(text)
    fixed = apply_suggestions(text, issues)
    if not any(issue.suggestion for issue in issues):
        assert fixed == text
