"""Tests for the comment signals moderators sort and filter by."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.signals import (
    Blocklist,
    CommenterHistory,
    CommentFacts,
    Signal,
    SignalSet,
    arabizi_words,
    commenter_key,
    compute_signals,
    count_links,
    count_texts,
    is_arabizi,
    is_shouting,
    text_key,
)

RLO = "\u202e"
NO_HISTORY = CommenterHistory()
REGULAR = CommenterHistory(approved=3)
EMPTY_BLOCKLIST = Blocklist()


def signals_for(
    text: str,
    *,
    history: CommenterHistory = REGULAR,
    blocklist: Blocklist = EMPTY_BLOCKLIST,
    seen: dict[str, int] | None = None,
    **facts,
) -> SignalSet:
    return compute_signals(CommentFacts(text, **facts), history, blocklist, seen or {})


# Signal ------------------------------------------------------------------------


def test_signal_values_are_stable_codes():
    assert [signal.value for signal in Signal] == [
        "links",
        "blocklist",
        "repeated",
        "shouting",
        "arabizi",
        "first_time",
        "history",
        "bidi_name",
    ]


def test_signal_set_value_reads_each_signal():
    signals = signals_for("زوروا https://spam.example الآن", history=NO_HISTORY)
    assert signals.value(Signal.LINKS) == 1
    assert signals.value(Signal.FIRST_TIME) is True
    assert signals.value(Signal.HISTORY) == NO_HISTORY


# LINKS -------------------------------------------------------------------------


def test_links_counts_anchor_targets_and_written_urls():
    signals = signals_for(
        "للمزيد راسلونا على wa.me/966500000000 أو زوروا www.offers.example",
        links=("https://offers.example/ar", "https://t.me/deals"),
    )
    assert signals.links == 4
    assert Signal.LINKS in signals.active


def test_links_same_target_twice_counts_once():
    text = "https://casino.example/ https://casino.example و HTTPS://WWW.casino.example/."
    assert count_links(text, ["https://casino.example"]) == 1


def test_links_plain_comment_has_none():
    signals = signals_for("أتفق مع الكاتب، الوضع الاقتصادي صعب. e.g. the U.N. said so.")
    assert signals.links == 0
    assert Signal.LINKS not in signals.active


def test_links_from_html_counts_only_real_anchors():
    facts = CommentFacts.from_html(
        '<p>انظر <a href="https://evidence.example/report">التقرير</a> '
        'و<a href="javascript:alert(1)">هذا</a> و<a href="/wp-admin/">ذاك</a></p>',
        author_name="قارئ",
    )
    assert facts.links == ("https://evidence.example/report",)
    assert facts.text == "انظر التقرير وهذا وذاك"
    assert compute_signals(facts, REGULAR, EMPTY_BLOCKLIST, {}).links == 1


# BLOCKLIST ---------------------------------------------------------------------

TERMS = Blocklist(["العقوبات", "الخونة", "خونة", "حزب الشيطان", "casino", "  ", "Casino"])


def test_blocklist_ignores_blank_and_repeated_terms():
    assert TERMS.terms == ("العقوبات", "الخونة", "خونة", "حزب الشيطان", "casino")
    assert len(TERMS) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فرض العقوبات لن يغير شيئاً", ("العقوبات",)),
        ("فرض العقـ.ـوبات لن يغير شيئاً", ("العقوبات",)),
        ("العقـــوبات", ("العقوبات",)),
        ("العُقُوبَات", ("العقوبات",)),
        ("الخـ.ـونة باعوا البلد", ("الخونة", "خونة")),
        ("والخونة معروفون", ("الخونة", "خونة")),
        ("الموت للخونة", ("الخونة", "خونة")),
        ("فالخونة", ("الخونة", "خونة")),
        ("بالخونة", ("الخونة", "خونة")),
        ("هؤلاء خونة", ("خونة",)),
        ("الخ.ونة", ("الخونة", "خونة")),
        ("خ و ن ة", ("خونة",)),
        ("أنصار حزب الشيطان", ("حزب الشيطان",)),
        ("وحزب الشيطان", ("حزب الشيطان",)),
        ("Best CASINO in town", ("casino",)),
        ("c.a.s.i.n.o bonus", ("casino",)),
        ("العق\u200bوبات", ("العقوبات",)),
    ],
)
def test_blocklist_matches_through_normalisation_and_evasion(text, expected):
    assert TERMS.matches(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "الحكومة أعلنت حزمة دعم جديدة",
        "مخونة",
        "خونتهم",
        "casinos are closed",
        "حزب العمال والشيطان",
        "الشيطان حزب",
    ],
)
def test_blocklist_no_match_on_other_words(text):
    assert TERMS.matches(text) == ()


def test_blocklist_term_with_article_does_not_match_bare_word():
    assert Blocklist(["الخونة"]).matches("هؤلاء خونة") == ()


def test_blocklist_signal_lists_terms_and_checks_author_name():
    signals = signals_for(
        "والخونة يجب أن يحاسبوا",
        blocklist=TERMS,
        author_name="casino king",
    )
    assert signals.blocklist == ("الخونة", "خونة", "casino")
    assert Signal.BLOCKLIST in signals.active


def test_blocklist_signal_absent_for_clean_comment():
    signals = signals_for("تقرير متوازن، شكراً", blocklist=TERMS, author_name="ليلى")
    assert signals.blocklist == ()
    assert Signal.BLOCKLIST not in signals.active


def test_blocklist_empty_matches_nothing():
    assert Blocklist().matches("الخونة") == ()


# REPEATED ----------------------------------------------------------------------


def test_text_key_folds_spelling_and_punctuation():
    assert text_key("اربح جوالاً مجاناً!!! راسلنا الآن") == text_key("إربح جوالا مجانا، راسلنا الان")
    assert text_key("  Win a FREE phone  ") == "win a free phone"


def test_count_texts_counts_by_key_and_skips_empty():
    counts = count_texts(["اربح الآن مجاناً", "إربح الان مجانا!", "👍", "نص آخر تماماً"])
    assert counts == {text_key("اربح الآن مجاناً"): 2, text_key("نص آخر تماماً"): 1}


def test_repeated_counts_other_comments_with_same_text():
    texts = ["اربح جوال آيفون مجاناً اضغط الرابط"] * 3 + ["إربح جوال ايفون مجانا، اضغط الرابط"]
    seen = count_texts(texts)
    signals = signals_for("اربح جوال آيفون مجاناً اضغط الرابط", seen=seen)
    assert signals.repeated == 3
    assert Signal.REPEATED in signals.active


def test_repeated_unique_text_is_not_repeated():
    text = "أرى أن الحكومة أخطأت في تقدير الأزمة"
    signals = signals_for(text, seen=count_texts([text, "تعليق مختلف تماماً عن غيره"]))
    assert signals.repeated == 0
    assert Signal.REPEATED not in signals.active


def test_repeated_short_texts_are_ignored():
    signals = signals_for("شكراً جزيلاً", seen=count_texts(["شكراً جزيلاً"] * 50))
    assert signals.repeated == 0


# SHOUTING ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["STOP LYING TO US!!!", "THIS IS FAKE NEWS, shame", "الكذب CORRUPT GOVERNMENT LIARS"],
)
def test_shouting_mostly_upper_case_latin(text):
    assert is_shouting(text)
    assert signals_for(text).shouting


@pytest.mark.parametrize(
    "text",
    [
        "Stop lying to us",
        "OK",
        "قالت NATO و UN في بيان مشترك إن المحادثات مستمرة",
        "هذا كذب واضح!!!",
        "see HTTPS://WWW.EXAMPLE.COM/ABCDEFGH for details",
    ],
)
def test_shouting_not_for_normal_or_arabic_text(text):
    assert not is_shouting(text)
    assert not signals_for(text).shouting


# ARABIZI -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "7abibi",
        "ana 3arabi w fakhour",
        "ana b7ebak",
        "ya 3eib el shoum 3alaykom",
        "ma3a el 7a2",
        "ana bahebak ya masr",
        "yalla habibi",
        "wallah el 5abar da 8alat",
    ],
)
def test_arabizi_detected(text):
    assert is_arabizi(text)
    assert signals_for(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "I bought an mp3 player in 2024",
        "Meet at 5pm on the 3rd floor",
        "covid19 cases rose by 3%",
        "Enable 2fa for b2b accounts",
        "Allah knows best, ya know",
        "العرب في المهجر يكتبون بالعربية",
        "G7 and F35 news",
    ],
)
def test_arabizi_not_for_english_or_arabic(text):
    assert not is_arabizi(text)
    assert not signals_for(text).arabizi


def test_arabizi_words_lists_the_tokens():
    assert arabizi_words("ana b7ebak ya 3omri") == ("ana", "b7ebak", "ya", "3omri")
    assert arabizi_words("see ya, mp3 fans") == ()


# FIRST_TIME and HISTORY --------------------------------------------------------


def test_first_time_commenter_without_history():
    signals = signals_for("أول تعليق لي هنا", history=NO_HISTORY)
    assert signals.first_time
    assert Signal.FIRST_TIME in signals.active


def test_first_time_not_for_known_commenter():
    signals = signals_for("تعليق آخر", history=CommenterHistory(hold=1))
    assert not signals.first_time
    assert Signal.FIRST_TIME not in signals.active


def test_history_with_spam_is_raised():
    history = CommenterHistory(approved=1, spam=4, trash=2)
    signals = signals_for("عرض خاص", history=history)
    assert signals.history == history
    assert signals.history.total == 7
    assert Signal.HISTORY in signals.active


def test_history_of_approved_comments_is_not_raised():
    signals = signals_for("تعليق", history=CommenterHistory(approved=12, hold=1))
    assert Signal.HISTORY not in signals.active


def test_commenter_key_prefers_email():
    assert commenter_key(" Reader@Mail.Example ", "أحمد") == "reader@mail.example"
    assert commenter_key("", "أَحمد") == commenter_key("not-an-email", "احمد")


# BIDI_NAME ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "facts",
    [
        {"author_name": f"سامي{RLO}nimda"},
        {"author_url": f"https://blog.example/{RLO}fdp.exe"},
        {"author_email": f"x{RLO}@mail.example"},
        {"author_name": "ليلى\u2067"},
    ],
)
def test_bidi_name_flags_controls_in_author_fields(facts):
    signals = signals_for("تعليق عادي", **facts)
    assert signals.bidi_name
    assert Signal.BIDI_NAME in signals.active


def test_bidi_name_plain_arabic_name_not_flagged():
    signals = signals_for(
        "تعليق عادي", author_name="عبد الله", author_url="https://blog.example/مدونتي"
    )
    assert not signals.bidi_name


# score -------------------------------------------------------------------------


def test_score_zero_for_quiet_comment_of_unremarkable_commenter():
    assert signals_for("تعليق هادئ", history=CommenterHistory(hold=1)).score == 0


def test_score_sums_documented_weights():
    signals = signals_for(
        "اربح الآن من casino مع الخونة https://a.example https://b.example",
        history=CommenterHistory(spam=1, trash=1, approved=2),
        blocklist=TERMS,
        seen=count_texts(["اربح الآن من casino مع الخونة https://a.example https://b.example"] * 2),
        author_name=f"{RLO}admin",
    )
    # links 2×2, terms 3×5, repeated 3, history 4+2-2, bidi name 4.
    assert signals.score == 4 + 15 + 3 + 4 + 4


def test_score_caps_and_trusted_commenter_sorts_last():
    spammy = signals_for(
        " ".join(f"https://s{n}.example" for n in range(20)),
        history=CommenterHistory(spam=10),
        seen={},
    )
    assert spammy.score == 10 + 12
    trusted = signals_for("مقال رائع", history=CommenterHistory(approved=40))
    assert trusted.score == -6
    assert sorted([trusted, spammy], key=lambda s: -s.score) == [spammy, trusted]


def test_score_first_time_arabizi_shouting():
    signals = signals_for("YALLA HABIBI 7ABIBI WALLAH", history=NO_HISTORY)
    assert signals.active == {Signal.SHOUTING, Signal.ARABIZI, Signal.FIRST_TIME}
    assert signals.score == 1 + 1 + 2


@given(st.text(max_size=300), st.text(max_size=40))
def test_compute_signals_never_fails(text, name):
    signals = signals_for(text, blocklist=TERMS, author_name=name, seen=count_texts([text]))
    assert signals.repeated == 0
    assert signals.links >= 0
