"""Tests for the word and paragraph diff between two revisions of an article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.arabic import normalise
from newsdesk.text.diff import (
    DiffKind,
    DiffOp,
    ParagraphDiff,
    ParagraphKind,
    diff_paragraphs,
    diff_words,
    new_text,
    old_text,
)

EQUAL, INSERT, DELETE = DiffKind.EQUAL, DiffKind.INSERT, DiffKind.DELETE


def rebuild_old(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind in (EQUAL, DELETE))


def rebuild_new(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind in (EQUAL, INSERT))


def test_diff_words_identical_text_is_one_equal_op():
    text = "قال المبعوث الأممي إن المحادثات ستستأنف الأسبوع المقبل في جنيف."
    assert diff_words(text, text) == [DiffOp(EQUAL, text)]


def test_diff_words_empty_texts_give_no_ops():
    assert diff_words("", "") == []


def test_diff_words_everything_inserted_into_empty_text():
    assert diff_words("", "عاجل: انفجار في ميناء بيروت") == [
        DiffOp(INSERT, "عاجل: انفجار في ميناء بيروت")
    ]


def test_diff_words_replaced_word_is_delete_then_insert():
    ops = diff_words("قال وزير الخارجية إن", "أكد وزير الخارجية إن")
    assert ops == [
        DiffOp(DELETE, "قال"),
        DiffOp(INSERT, "أكد"),
        DiffOp(EQUAL, " وزير الخارجية إن"),
    ]


def test_diff_words_inserted_words_keep_their_spacing():
    ops = diff_words("وصل الوفد إلى دمشق", "وصل الوفد الأممي إلى دمشق")
    assert ops == [
        DiffOp(EQUAL, "وصل الوفد "),
        DiffOp(INSERT, "الأممي "),
        DiffOp(EQUAL, "إلى دمشق"),
    ]


def test_diff_words_deleted_clause():
    ops = diff_words(
        "أعلنت الحكومة، في بيان مقتضب، رفع حظر التجول",
        "أعلنت الحكومة رفع حظر التجول",
    )
    assert ops == [
        DiffOp(EQUAL, "أعلنت الحكومة"),
        DiffOp(DELETE, "، في بيان مقتضب،"),
        DiffOp(EQUAL, " رفع حظر التجول"),
    ]


def test_diff_words_rewritten_phrase_is_one_delete_and_one_insert():
    # The spaces both phrases share must not chop the change into word-by-word strikes.
    ops = diff_words("قال المبعوث الأممي للصحفيين", "صرّح الموفد الدولي للصحفيين")
    assert ops == [
        DiffOp(DELETE, "قال المبعوث الأممي"),
        DiffOp(INSERT, "صرّح الموفد الدولي"),
        DiffOp(EQUAL, " للصحفيين"),
    ]


def test_diff_words_harakat_only_change_is_shown():
    old, new = "أعلن محمد بن سلمان", "أعلن مُحَمَّد بن سلمان"
    assert normalise(old) == normalise(new)
    assert diff_words(old, new) == [
        DiffOp(EQUAL, "أعلن "),
        DiffOp(DELETE, "محمد"),
        DiffOp(INSERT, "مُحَمَّد"),
        DiffOp(EQUAL, " بن سلمان"),
    ]


def test_diff_words_hamza_only_change_is_shown():
    old, new = "قال المتحدث ان الهدنة صامدة", "قال المتحدث إن الهدنة صامدة"
    assert normalise(old) == normalise(new)
    assert diff_words(old, new) == [
        DiffOp(EQUAL, "قال المتحدث "),
        DiffOp(DELETE, "ان"),
        DiffOp(INSERT, "إن"),
        DiffOp(EQUAL, " الهدنة صامدة"),
    ]


def test_diff_words_tatweel_only_change_is_shown():
    old, new = "عاجـــل: زلزال يضرب جنوب تركيا", "عاجل: زلزال يضرب جنوب تركيا"
    assert normalise(old) == normalise(new)
    assert diff_words(old, new) == [
        DiffOp(DELETE, "عاجـــل"),
        DiffOp(INSERT, "عاجل"),
        DiffOp(EQUAL, ": زلزال يضرب جنوب تركيا"),
    ]


def test_diff_words_changed_haraka_replaces_the_whole_word():
    ops = diff_words("وَقَّعَ الطرفان", "وُقِّعَ الطرفان")
    assert ops[:2] == [DiffOp(DELETE, "وَقَّعَ"), DiffOp(INSERT, "وُقِّعَ")]


def test_diff_words_keeps_number_whole():
    ops = diff_words(
        "بموجب القرار 2254 الصادر عن مجلس الأمن", "بموجب القرار 2334 الصادر عن مجلس الأمن"
    )
    assert DiffOp(DELETE, "2254") in ops
    assert DiffOp(INSERT, "2334") in ops


def test_diff_words_keeps_grouped_and_decimal_numbers_whole():
    ops = diff_words(
        "ارتفع التضخم إلى 3.5% وشمل 1,000 أسرة", "ارتفع التضخم إلى 3.8% وشمل 1,200 أسرة"
    )
    assert [op for op in ops if op.kind is DELETE] == [
        DiffOp(DELETE, "3.5"),
        DiffOp(DELETE, "1,000"),
    ]


def test_diff_words_keeps_hyphenated_latin_name_whole():
    ops = diff_words("سجلت الوزارة إصابات بـCOVID-19 أمس", "سجلت الوزارة إصابات بـCOVID-20 أمس")
    assert DiffOp(DELETE, "بـCOVID-19") in ops


def test_diff_words_guillemets_are_separate_from_the_quoted_word():
    ops = diff_words("وصف الهجوم بأنه «إرهابي»", "وصف الهجوم بأنه «إجرامي»")
    assert ops == [
        DiffOp(EQUAL, "وصف الهجوم بأنه «"),
        DiffOp(DELETE, "إرهابي"),
        DiffOp(INSERT, "إجرامي"),
        DiffOp(EQUAL, "»"),
    ]


def test_diff_words_latin_comma_replaced_by_arabic_comma():
    ops = diff_words("في عام 2015, قال الرئيس", "في عام 2015، قال الرئيس")
    assert ops == [
        DiffOp(EQUAL, "في عام 2015"),
        DiffOp(DELETE, ","),
        DiffOp(INSERT, "،"),
        DiffOp(EQUAL, " قال الرئيس"),
    ]


def test_diff_words_full_stop_without_space_separates_sentences():
    ops = diff_words("انتهى الاجتماع مساء الأحد.وقال", "انتهى الاجتماع مساء الأحد.وأضاف")
    assert ops[0] == DiffOp(EQUAL, "انتهى الاجتماع مساء الأحد.")


def test_diff_words_double_space_fix_is_a_change():
    ops = diff_words("قال  الوزير", "قال الوزير")
    assert ops == [
        DiffOp(EQUAL, "قال"),
        DiffOp(DELETE, "  "),
        DiffOp(INSERT, " "),
        DiffOp(EQUAL, "الوزير"),
    ]


def test_diff_words_never_has_adjacent_ops_of_one_kind():
    ops = diff_words(
        "قال المبعوث الأممي غير بيدرسن إن الجولة المقبلة ستعقد في جنيف",
        "أكد الموفد الأممي Geir Pedersen أن الجولة القادمة ستُعقد في جنيف الشهر المقبل",
    )
    assert all(a.kind is not b.kind for a, b in zip(ops, ops[1:], strict=False))


ARABIC_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + [chr(c) for c in range(0x064B, 0x0653)]  # harakat
    + [chr(c) for c in range(0x0660, 0x066A)]  # Arabic-Indic digits
    + list("\u0640\u060c\u061b\u061f«»“”.,:;!?-/()0123456789 \n\t\u00a0")
    + list("\u200c\u200d\u200e\u200f\u066b\u066cAZaz")
)
NEWS_WORDS = st.sampled_from(
    [
        "قال",
        "أعلن",
        "اعلن",
        "مُحَمَّد",
        "محمد",
        "عاجـــل",
        "عاجل",
        "المبعوث",
        "الأممي",
        "إن",
        "أن",
        "2254",
        "٢٠٢٤",
        "COVID-19",
        "3.5",
        "1,000",
        "«الوطن»",
        "،",
        ",",
        "؟",
        "Pedersen",
        "بيروت.",
        "الـ20",
    ]
)
NEWS_TEXT = st.lists(
    st.tuples(NEWS_WORDS, st.sampled_from([" ", " ", "  ", "", "\n", "، "])), max_size=30
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


@given(st.text(), st.text())
def test_diff_words_rebuilds_both_texts_from_arbitrary_text(old, new):
    ops = diff_words(old, new)
    assert rebuild_old(ops) == old
    assert rebuild_new(ops) == new


@given(st.text(alphabet=ARABIC_ALPHABET), st.text(alphabet=ARABIC_ALPHABET))
def test_diff_words_rebuilds_both_texts_from_arabic_characters(old, new):
    ops = diff_words(old, new)
    assert rebuild_old(ops) == old
    assert rebuild_new(ops) == new


@given(NEWS_TEXT, NEWS_TEXT)
def test_diff_words_rebuilds_both_texts_from_arabic_news_words(old, new):
    ops = diff_words(old, new)
    assert rebuild_old(ops) == old
    assert rebuild_new(ops) == new


@given(NEWS_TEXT, NEWS_TEXT)
def test_diff_words_ops_are_non_empty_and_merged(old, new):
    ops = diff_words(old, new)
    assert all(op.text for op in ops)
    assert all(a.kind is not b.kind for a, b in zip(ops, ops[1:], strict=False))


def test_old_text_and_new_text_rebuild_revisions():
    old, new = "قال الوزير إن الوضع مستقر", "أكد الوزير أن الوضع مستقر تماماً"
    ops = diff_words(old, new)
    assert (old_text(ops), new_text(ops)) == (old, new)


ARTICLE = [
    "أعلنت وزارة الصحة اللبنانية، مساء الأحد، ارتفاع حصيلة ضحايا انفجار مرفأ بيروت.",
    "وقال الوزير في مؤتمر صحفي إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.",
    "وطالبت منظمات حقوقية بتحقيق دولي مستقل في أسباب الانفجار.",
]


def test_diff_paragraphs_identical_revisions_are_all_equal():
    result = diff_paragraphs(ARTICLE, list(ARTICLE))
    assert [p.kind for p in result] == [ParagraphKind.EQUAL] * 3
    assert [p.ops for p in result] == [[DiffOp(EQUAL, text)] for text in ARTICLE]


def test_diff_paragraphs_inserted_paragraph():
    added = "وأعلنت الحكومة الحداد الرسمي ثلاثة أيام."
    result = diff_paragraphs(ARTICLE, [ARTICLE[0], added, ARTICLE[1], ARTICLE[2]])
    assert [p.kind for p in result] == [
        ParagraphKind.EQUAL,
        ParagraphKind.INSERT,
        ParagraphKind.EQUAL,
        ParagraphKind.EQUAL,
    ]
    assert result[1].ops == [DiffOp(INSERT, added)]


def test_diff_paragraphs_deleted_paragraph():
    result = diff_paragraphs(ARTICLE, [ARTICLE[0], ARTICLE[2]])
    assert [p.kind for p in result] == [
        ParagraphKind.EQUAL,
        ParagraphKind.DELETE,
        ParagraphKind.EQUAL,
    ]
    assert result[1].ops == [DiffOp(DELETE, ARTICLE[1])]


def test_diff_paragraphs_changed_paragraph_has_word_ops():
    edited = ARTICLE[1].replace("ما زالت", "لا تزال")
    result = diff_paragraphs(ARTICLE, [ARTICLE[0], edited, ARTICLE[2]])
    assert result[1].kind is ParagraphKind.CHANGE
    assert result[1].ops == diff_words(ARTICLE[1], edited)


def test_diff_paragraphs_pairs_changed_paragraphs_by_similarity():
    # Two edited paragraphs with a new one between them: each edit pairs with its origin.
    first = ARTICLE[0].replace("مساء الأحد", "ليل الأحد")
    new_paragraph = "ووصلت طائرات مساعدات من فرنسا والأردن وقطر إلى مطار بيروت."
    second = ARTICLE[1].replace("مؤتمر صحفي", "تصريح متلفز")
    result = diff_paragraphs(ARTICLE[:2], [first, new_paragraph, second])
    assert [(p.kind, p.old_index, p.new_index) for p in result] == [
        (ParagraphKind.CHANGE, 0, 0),
        (ParagraphKind.INSERT, None, 1),
        (ParagraphKind.CHANGE, 1, 2),
    ]


def test_diff_paragraphs_unrelated_replacement_is_delete_then_insert():
    replacement = "ومن المقرر أن يزور الرئيس الفرنسي العاصمة اللبنانية الخميس."
    result = diff_paragraphs(ARTICLE, [ARTICLE[0], replacement, ARTICLE[2]])
    assert [p.kind for p in result] == [
        ParagraphKind.EQUAL,
        ParagraphKind.DELETE,
        ParagraphKind.INSERT,
        ParagraphKind.EQUAL,
    ]


def test_diff_paragraphs_pairs_a_fully_vocalised_paragraph():
    # Every word differs as written, but the paragraph is the same one with harakat.
    plain = "وقال الرئيس إن الحكومة ستعلن خطة جديدة"
    vocalised = "وَقَالَ الرَّئِيسُ إِنَّ الحُكُومَةَ سَتُعْلِنُ خُطَّةً جَدِيدَةً"
    result = diff_paragraphs([plain], [vocalised])
    assert [p.kind for p in result] == [ParagraphKind.CHANGE]


def test_diff_paragraphs_records_indices_on_both_sides():
    result = diff_paragraphs(ARTICLE, ARTICLE[1:])
    assert [(p.old_index, p.new_index) for p in result] == [(0, None), (1, 0), (2, 1)]


def test_diff_paragraphs_empty_paragraph_has_no_ops():
    result = diff_paragraphs(["", ARTICLE[0]], ["", ARTICLE[0]])
    assert result[0] == ParagraphDiff(ParagraphKind.EQUAL, [], 0, 0)


def test_paragraph_diff_exposes_old_and_new_text():
    edited = ARTICLE[2].replace("مستقل", "شفاف ومستقل")
    (change,) = diff_paragraphs([ARTICLE[2]], [edited])
    assert (change.old_text, change.new_text) == (ARTICLE[2], edited)


@given(st.lists(NEWS_TEXT, max_size=6), st.lists(NEWS_TEXT, max_size=6))
def test_diff_paragraphs_rebuilds_both_revisions(old, new):
    result = diff_paragraphs(old, new)
    assert [rebuild_old(p.ops) for p in result if p.kind is not ParagraphKind.INSERT] == old
    assert [rebuild_new(p.ops) for p in result if p.kind is not ParagraphKind.DELETE] == new


@given(st.lists(NEWS_TEXT, max_size=6), st.lists(NEWS_TEXT, max_size=6))
def test_diff_paragraphs_indices_count_up_on_each_side(old, new):
    result = diff_paragraphs(old, new)
    assert [p.old_index for p in result if p.old_index is not None] == list(range(len(old)))
    assert [p.new_index for p in result if p.new_index is not None] == list(range(len(new)))
