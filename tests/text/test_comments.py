"""Tests for sanitising comment HTML and for showing author names and URLs safely."""

from __future__ import annotations

import base64
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.text.comments import (
    COMMENT_TAGS,
    MAX_DEPTH,
    MAX_HTML_CHARS,
    display_name,
    display_url,
    is_openable_url,
    repair_surrogates,
    sanitise_comment,
)

FSI, PDI, RLO, PDF = "\u2068", "\u2069", "\u202e", "\u202c"
_VOID = {"br"}
_BLOCKS = {"p", "li", "blockquote", "ul", "ol"}


class _Audit(HTMLParser):
    """Collect everything in sanitised HTML that a rich-text widget could act on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.max_depth = 0
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in COMMENT_TAGS:
            self.problems.append(f"tag {tag}")
        for name, value in attrs:
            if tag == "a" and name == "href":
                self.hrefs.append(value or "")
                if not is_openable_url(value or ""):
                    self.problems.append(f"href {value!r}")
            elif tag in _BLOCKS and name == "dir":
                if value not in ("rtl", "ltr"):
                    self.problems.append(f"dir {value!r}")
            else:
                self.problems.append(f"attribute {tag}[{name}]")
        if tag in _BLOCKS and "dir" not in dict(attrs):
            self.problems.append(f"{tag} without dir")
        if tag not in _VOID:
            self.stack.append(tag)
            self.max_depth = max(self.max_depth, len(self.stack))

    def handle_startendtag(self, tag, attrs):
        self.problems.append(f"self-closing {tag}")

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced {tag}")

    def handle_comment(self, data):
        self.problems.append("comment")

    def handle_decl(self, decl):
        self.problems.append("declaration")

    def handle_pi(self, data):
        self.problems.append("processing instruction")

    def unknown_decl(self, data):
        self.problems.append("unknown declaration")


def audit(html: str) -> _Audit:
    parser = _Audit()
    parser.feed(html)
    parser.close()
    if parser.stack:
        parser.problems.append(f"unclosed {parser.stack}")
    if len(html) > MAX_HTML_CHARS:
        parser.problems.append(f"{len(html)} characters")
    if parser.max_depth > MAX_DEPTH:
        parser.problems.append(f"depth {parser.max_depth}")
    return parser


_BOMB = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 300_000).decode()

HOSTILE: list[str] = [
    "<script>alert('xss')</script><p>تعليق عادي على الخبر</p>",
    "<SCRIPT SRC=http://127.0.0.1:8765/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<p onclick="alert(1)">اضغط على الفقرة</p>',
    '<img src="http://127.0.0.1:8765/avatar.png" onerror="alert(1)">صورة',
    '<b onmouseover="alert(1)">مرر الفأرة</b>',
    "<style>body{background:url(http://127.0.0.1:8765/track.png)}</style>نص",
    '<style>@import "http://127.0.0.1:8765/x.css";</style>',
    "<p style=\"background-image:url('http://127.0.0.1:8765/x.png')\">خلفية</p>",
    '<p style="width: expression(alert(1))">تعبير</p>',
    "<p style=\"behavior: url('file:///C:/evil.htc')\">سلوك</p>",
    '<span style="background:url(data:image/svg+xml;base64,PHN2Zz4=)">بيانات</span>',
    "<svg onload=alert(1)><image href='http://127.0.0.1:8765/x.png'/></svg>",
    "<svg><script>alert(1)</script><text>نص في svg</text></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<iframe src="http://127.0.0.1:8765/"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="file:///etc/passwd" type="text/plain"></object>',
    '<embed src="http://127.0.0.1:8765/x.swf">',
    '<video poster="http://127.0.0.1:8765/p.png"><source src="http://127.0.0.1:8765/v.mp4">',
    '<audio src="http://127.0.0.1:8765/a.mp3" autoplay></audio>',
    '<img srcset="http://127.0.0.1:8765/a.png 1x, http://127.0.0.1:8765/b.png 2x">',
    '<picture><source srcset="http://127.0.0.1:8765/a.webp"><img src="a.png"></picture>',
    f'<img src="data:image/png;base64,{_BOMB}">قنبلة',
    f'<a href="data:image/png;base64,{_BOMB}">صورة</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">افتح</a>',
    '<a href="javascript:alert(document.cookie)">اضغط هنا</a>',
    '<a href="JaVaScRiPt:alert(1)">هنا</a>',
    '<a href="java&#x0A;script:alert(1)">هنا</a>',
    '<a href="  javascript:alert(1)">هنا</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">هنا</a>',
    '<a href="vbscript:msgbox(1)">هنا</a>',
    '<a href="/wp-admin/comment.php?action=spam">رابط نسبي</a>',
    '<a href="wp-login.php">تسجيل الدخول</a>',
    '<a href="?replytocom=42#respond">رد</a>',
    '<a href="#comments">التعليقات</a>',
    '<a href="//evil.example/x">بلا بروتوكول</a>',
    '<a href="\\\\evil.example\\share\\x.exe">ملف مشترك</a>',
    '<a href="http:\\\\evil.example\\x">شرطة مائلة عكسية</a>',
    '<a href="http:evil.example">بلا شرطتين</a>',
    '<a href="file:///etc/passwd">كلمات السر</a>',
    '<a href="file://evil.example/share/x.exe">ملف</a>',
    '<a href="ftp://evil.example/x">ftp</a>',
    '<a href="mailto:victim@example.com">بريد</a>',
    '<a href="http://127.0.0.1:8765/">الخادم المحلي</a>',
    '<a href="http://localhost/">localhost</a>',
    '<a href="http://192.168.1.1/admin">الراوتر</a>',
    '<a href="http://bank.example@evil.example/">البنك</a>',
    '<a href="http://evil.example/\u202egnp.exe">ملف</a>',
    '<form action="http://127.0.0.1:8765/"><input name="q"><button>أرسل</button></form>',
    '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:8765/">',
    '<link rel="stylesheet" href="http://127.0.0.1:8765/x.css">',
    '<base href="http://127.0.0.1:8765/"><a href="x">نسبي</a>',
    '<table background="http://127.0.0.1:8765/t.png"><tr><td>خلية</td></tr></table>',
    '<body background="http://127.0.0.1:8765/b.png">جسم</body>',
    "<!-- <script>alert(1)</script> -->تعليق مخفي",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<?xml-stylesheet href='http://127.0.0.1:8765/x.xsl'?>",
    "<template><script>alert(1)</script></template>",
    "<xmp><script>alert(1)</script></xmp>",
    "<textarea><script>alert(1)</script></textarea>",
    '<p class="admin-note" id="x" title="t" lang="en" data-x="1">سمات</p>',
    '<a href="https://news.example/article" target="_blank" rel="opener" ping="http://127.0.0.1:8765/">خبر</a>',
    "<blockquote>" * 1000 + "عميق" + "</blockquote>" * 1000,
    "<ul><li>" * 1000 + "قائمة" + "</li></ul>" * 1000,
    "<b>" * 1000 + "عريض" + "</b>" * 1000,
    "<div>" * 50_000 + "مدفون",
    "<p>" + "تعليق طويل جدا " * 70_000 + "</p>",
    "<p>" + "<b>ك</b> " * 120_000 + "</p>",
    "<a " * 60_000,
    "<" * 100_000,
    "&" * 100_000,
    "\ud800\udfff\udc00 نص بعد بدائل مكسورة \ud83d",
    "\x00\x01\x08 تحكم \x1b[31m",
]  # fmt: skip


@pytest.mark.parametrize("body", HOSTILE, ids=range(len(HOSTILE)))
def test_sanitise_comment_hostile_body_leaves_nothing_dangerous(body):
    safe = sanitise_comment(body)
    report = audit(safe.html)
    assert report.problems == []
    lowered = safe.html.lower()
    for marker in ("<script", "<style", "<img", "<svg", "<iframe", "<object", "<embed"):
        assert marker not in lowered
    assert all(is_openable_url(link) for link in safe.links)
    assert report.hrefs == list(safe.links)


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert('xss')</script>",
        "<style>body{background:url(http://127.0.0.1/x)}</style>",
        "<svg><script>alert(1)</script></svg>",
        "<!-- alert(1) -->",
        "<template>alert(1)</template>",
        "<iframe>alert(1)</iframe>",
    ],
)
def test_sanitise_comment_hidden_contents_are_removed(body):
    safe = sanitise_comment(f"<p>قبل</p>{body}<p>بعد</p>")
    assert "alert" not in safe.html
    assert "url(" not in safe.html
    assert safe.text == "قبل\n\nبعد"


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "/wp-admin/",
        "relative/page.html",
        "//evil.example/x",
        "\\\\evil.example\\share",
        "http:\\\\evil.example",
        "http://127.0.0.1:8765/",
        "http://bank.example@evil.example/",
        "mailto:editor@example.com",
    ],
)
def test_sanitise_comment_denied_href_keeps_only_the_text(href):
    safe = sanitise_comment(f'<p>اقرأ <a href="{href}">التفاصيل الكاملة</a> هنا</p>')
    assert "<a" not in safe.html
    assert safe.links == ()
    assert safe.text == "اقرأ التفاصيل الكاملة هنا"


@pytest.mark.parametrize(
    "text",
    [
        "شكراً جزيلاً على هذا التقرير المُفصَّل، لكنّ الأرقام تحتاج إلى مراجعة؛ أليس كذلك؟",
        "وَزِيرُ الخَارِجِيَّةِ قالَ «لن نتراجع» في ١٥ آذار ٢٠٢٤",
        "العقـ.ـوبات لن تنجح والخـ.ـونة معروفون",
        "عاجـــل: انقطاع الكهرباء في حلب 🙏🏽",
        "می\u200cخواهم ایران را ببینم",
        "قال Geir Pedersen إن المحادثات ستستأنف في جنيف",
        "الأسعار ارتفعت ١٠٪ خلال ٣ أشهر & الرواتب كما هي < المطلوب",
    ],
)
def test_sanitise_comment_arabic_text_survives_exactly(text):
    safe = sanitise_comment(f"<p>{text.replace('&', '&amp;').replace('<', '&lt;')}</p>")
    assert safe.text == text
    assert text.replace("&", "&amp;").replace("<", "&lt;") in safe.html
    assert not safe.truncated


def test_sanitise_comment_plain_text_without_tags_becomes_a_paragraph():
    safe = sanitise_comment("مقال ممتاز، شكراً للكاتب")
    assert safe.html == '<p dir="rtl">مقال ممتاز، شكراً للكاتب</p>'


def test_sanitise_comment_paragraph_direction_follows_majority():
    safe = sanitise_comment(
        "<p>قال المبعوث إن الجولة المقبلة في جنيف</p><p>Great reporting, thanks</p>"
    )
    assert safe.html == (
        '<p dir="rtl">قال المبعوث إن الجولة المقبلة في جنيف</p>'
        '<p dir="ltr">Great reporting, thanks</p>'
    )


def test_sanitise_comment_url_does_not_turn_arabic_paragraph_ltr():
    safe = sanitise_comment(
        '<p>التفاصيل في <a href="https://news.example/2024/03/ceasefire-talks">'
        "https://news.example/2024/03/ceasefire-talks</a></p>"
    )
    assert safe.html.startswith('<p dir="rtl">')


def test_sanitise_comment_every_block_has_a_direction():
    body = "<blockquote>نص مقتبس<p>فقرة</p></blockquote><ul><li>أولاً</li><li>ثانياً</li></ul>"
    safe = sanitise_comment(body)
    assert audit(safe.html).problems == []
    assert safe.html.count('dir="rtl"') == 6


def test_sanitise_comment_phishing_link_shows_real_target():
    safe = sanitise_comment(
        '<p>حدّث بياناتك: <a href="http://evil.example/login">https://bank.example</a></p>'
    )
    assert f"https://bank.example ({FSI}http://evil.example/login{PDI})</a>" in safe.html
    assert safe.links == ("http://evil.example/login",)


def test_sanitise_comment_link_text_in_arabic_shows_target():
    safe = sanitise_comment('<a href="https://news.example/a/1">اضغط هنا</a>')
    assert f"اضغط هنا ({FSI}https://news.example/a/1{PDI})" in safe.html


def test_sanitise_comment_link_showing_its_own_target_is_left_alone():
    safe = sanitise_comment('<a href="https://news.example/a/1">https://news.example/a/1/</a>')
    assert safe.html == (
        '<p dir="rtl"><a href="https://news.example/a/1">https://news.example/a/1/</a></p>'
    )


def test_sanitise_comment_link_text_with_bidi_override_shows_target():
    safe = sanitise_comment(f'<a href="http://evil.example/">{RLO}elpmaxe.knab//:sptth{PDF}</a>')
    assert f"({FSI}http://evil.example/{PDI})" in safe.html


def test_sanitise_comment_empty_link_still_shows_target():
    safe = sanitise_comment('<p>نص<a href="https://spam.example/"></a></p>')
    assert f'<a href="https://spam.example/">({FSI}https://spam.example/{PDI})</a>' in safe.html
    assert safe.links == ("https://spam.example/",)


def test_sanitise_comment_links_lists_targets_in_order():
    safe = sanitise_comment(
        '<a href="https://a.example/">أ</a> <a href="javascript:x()">ب</a> '
        '<a href="HTTPS://b.example/x?y=1&amp;z=2">ج</a>'
    )
    assert safe.links == ("https://a.example/", "HTTPS://b.example/x?y=1&z=2")
    assert 'href="HTTPS://b.example/x?y=1&amp;z=2"' in safe.html


def test_sanitise_comment_only_allowed_attributes_remain():
    safe = sanitise_comment(
        '<p class="x" style="color:red" id="y" dir="ltr" title="t">نص</p>'
        '<a href="https://a.example/" class="c" rel="opener" target="_blank">https://a.example/</a>'
    )
    assert safe.html == (
        '<p dir="rtl">نص</p><p dir="rtl"><a href="https://a.example/">https://a.example/</a></p>'
    )


def test_sanitise_comment_deep_nesting_is_flattened():
    safe = sanitise_comment("<blockquote>" * 1000 + "عميق جدا" + "</blockquote>" * 1000)
    report = audit(safe.html)
    assert report.problems == []
    assert report.max_depth == MAX_DEPTH
    assert safe.text == "عميق جدا"


def test_sanitise_comment_flattened_list_items_keep_words_apart():
    body = "<ul><li>" * 20 + "<ul><li>أول</li><li>ثاني</li></ul>" + "</li></ul>" * 20
    safe = sanitise_comment(body)
    assert "أول ثاني" in safe.text


def test_sanitise_comment_custom_depth_limit():
    safe = sanitise_comment(
        "<blockquote><blockquote><p>نص</p></blockquote></blockquote>", max_depth=1
    )
    assert safe.html == '<blockquote dir="rtl"> نص </blockquote>'


def test_sanitise_comment_huge_body_is_truncated_within_cap():
    body = "<p>" + "هذا تعليق طويل جدا " * 60_000 + "</p>"
    assert len(body.encode()) > 1_000_000
    safe = sanitise_comment(body)
    assert safe.truncated
    assert len(safe.html) <= MAX_HTML_CHARS
    assert audit(safe.html).problems == []
    assert safe.text.startswith("هذا تعليق طويل جدا هذا")


def test_sanitise_comment_truncation_closes_open_tags():
    body = "<ul>" + "<li><b>بند</b> في القائمة</li>" * 2_000 + "</ul>"
    safe = sanitise_comment(body, max_chars=500)
    assert safe.truncated
    assert len(safe.html) <= 500
    assert safe.html.endswith("</ul>")
    assert audit(safe.html).problems == []


def test_sanitise_comment_truncation_never_drops_a_link_target():
    body = '<a href="http://evil.example/">' + "نص " * 1_000 + "</a>"
    safe = sanitise_comment(body, max_chars=200)
    assert safe.truncated
    assert f"({FSI}http://evil.example/{PDI})</a>" in safe.html


def test_sanitise_comment_short_body_is_not_truncated():
    assert not sanitise_comment("<p>تعليق قصير</p>").truncated


def test_sanitise_comment_breaks_become_newlines():
    safe = sanitise_comment("سطر أول<br>سطر ثان<p>فقرة</p>")
    assert safe.text == "سطر أول\nسطر ثان\n\nفقرة"
    assert safe.html == '<p dir="rtl">سطر أول<br>سطر ثان</p><p dir="rtl">فقرة</p>'


def test_sanitise_comment_lone_surrogates_do_not_crash():
    safe = sanitise_comment("<p>\ud83d نص</p>")
    assert safe.text == "\ufffd نص"


def test_sanitise_comment_bidi_controls_in_body_are_reported():
    assert sanitise_comment(f"<p>{RLO}نص معكوس{PDF}</p>").has_bidi_controls
    assert not sanitise_comment("<p>نص عادي</p>").has_bidi_controls


_FRAGMENTS = st.sampled_from(
    [
        "<p>", "</p>", "<b>", "</b>", "<a href='https://a.example/'>", "<a href='/x'>", "</a>",
        "<ul>", "<li>", "</ul>", "<blockquote>", "</blockquote>", "<script>", "</script>",
        "<img src=x onerror=y>", "<br>", "<br/>", "<!--", "-->", "<style>", "</style>", "&amp;",
        "&", "<", ">", "\"", "'", "نص", "text", " ", "\n", RLO, "\ud800", "<svg>", "<div>",
        "<a href='javascript:x'>", "<i>", "</i>", "<code>", "<ol>", "</ol>", "<p dir='ltr'>",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=60), st.integers(min_value=0, max_value=400))
def test_sanitise_comment_any_input_gives_safe_balanced_html(parts, limit):
    safe = sanitise_comment("".join(parts), max_chars=limit or MAX_HTML_CHARS)
    report = audit(safe.html)
    assert report.problems == []
    assert len(safe.html) <= (limit or MAX_HTML_CHARS)


def test_repair_surrogates_pairs_and_replaces():
    assert repair_surrogates("\ud83d\ude00 \ud800") == "😀 \ufffd"
    assert repair_surrogates("نص سليم") == "نص سليم"


def test_display_name_rlo_is_flagged_and_neutralised():
    check = display_name(f"أحمد {RLO}gpj.exe")
    assert check.has_bidi_controls
    assert RLO not in check.display
    assert check.display == f"{FSI}أحمد [U+202E]gpj.exe{PDI}"


@pytest.mark.parametrize(
    "control", ["\u202a", "\u202b", "\u202d", "\u2066", "\u2067", "\u200f", "\u061c"]
)
def test_display_name_any_bidi_control_is_flagged(control):
    check = display_name(f"سارة{control}")
    assert check.has_bidi_controls
    assert control not in check.display.removeprefix(FSI).removesuffix(PDI)


def test_display_name_arabic_name_is_isolated_unchanged():
    check = display_name("  عبد الرحمن الشامي ")
    assert check == display_name("عبد الرحمن الشامي")
    assert check.display == f"{FSI}عبد الرحمن الشامي{PDI}"
    assert not check.has_bidi_controls
    assert not check.has_hidden_characters


def test_display_name_persian_zwnj_is_kept():
    check = display_name("محمد\u200cرضا")
    assert check.display == f"{FSI}محمد\u200cرضا{PDI}"
    assert not check.has_hidden_characters


def test_display_name_zero_width_and_controls_are_shown():
    check = display_name("admin\u200b\nموقع")
    assert check.has_hidden_characters
    assert not check.has_bidi_controls
    assert check.display == f"{FSI}admin[U+200B][U+000A]موقع{PDI}"


def test_display_name_long_name_is_cut():
    check = display_name("مشرف " * 100)
    assert len(check.display) <= 122
    assert check.display.endswith("\u2026" + PDI)


def test_display_name_lone_surrogate_is_replaced():
    assert display_name("علي\ud800").display == f"{FSI}علي\ufffd{PDI}"


def test_display_url_override_is_flagged():
    check = display_url(f"https://shop.example/{RLO}fdp.exe")
    assert check.has_bidi_controls
    assert check.display == f"{FSI}https://shop.example/[U+202E]fdp.exe{PDI}"


def test_display_url_plain_url_is_isolated():
    check = display_url("https://blog.example/مقالات")
    assert check == display_url(" https://blog.example/مقالات ")
    assert check.display == f"{FSI}https://blog.example/مقالات{PDI}"
    assert not check.has_bidi_controls


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example/",
        "https://news.example/2024/03/تقرير?page=2#comments",
        "HTTPS://NEWS.EXAMPLE",
        "https://مثال.مصر/",
        "http://8.8.8.8/",
        "https://news.example:8443/x",
    ],
)
def test_is_openable_url_accepts_public_http_urls(url):
    assert is_openable_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "news.example",
        "/wp-admin/",
        "//news.example/",
        "\\\\server\\share",
        "http:\\\\news.example",
        "http:news.example",
        "http:/news.example",
        "http:///x",
        "https://",
        "ftp://news.example/",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "mailto:a@news.example",
        "http://bank.example@evil.example/",
        "http://localhost:8000/",
        "http://127.0.0.1/",
        "http://[::1]/",
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/",
        "http://news.example/ x",
        "http://news.example/\u202egnp.exe",
        "http://news\u200b.example/",
        "http://news.example:99999/",
        "http://[::1",
        "http://%6eews.example/",
        "http://news.example/\ud800",
    ],
)
def test_is_openable_url_rejects_everything_else(url):
    assert not is_openable_url(url)
