"""Tests for the Arabic search normalisation and query tokenising."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.arabic import fold_with_positions, normalise, search_terms, words

# (input, expected) pairs; invisible and look-alike code points are written as escapes.
GOLDEN: list[tuple[str, str]] = [
    # Harakat, tanween, shadda, sukun.
    ("مُحَمَّدٌ", "محمد"),
    ("الحُكُومَةُ", "الحكومه"),
    ("وَزِيرُ الخَارِجِيَّةِ", "وزير الخارجيه"),
    ("اجْتِمَاعٌ طَارِئٌ", "اجتماع طارء"),
    ("مَجْلِسُ الأَمْنِ", "مجلس الامن"),
    ("قَالَ", "قال"),
    ("دِمَشْقَ", "دمشق"),
    ("بَيْرُوتُ", "بيروت"),
    ("الرَّئِيسُ", "الرءيس"),
    ("مُفَاوَضَاتٌ", "مفاوضات"),
    ("اِنْتِخَابَاتٍ", "انتخابات"),
    ("شُكْرًا", "شكرا"),
    ("كتابًا", "كتابا"),
    ("مدينةٍ", "مدينه"),
    ("عاجلٌ", "عاجل"),
    ("الصحّة", "الصحه"),
    ("أَعْلَنَ الرَّئِيسُ المِصْرِيُّ", "اعلن الرءيس المصري"),
    ("مُؤْتَمَرٌ صَحَفِيٌّ", "مءتمر صحفي"),
    # Superscript (dagger) alef U+0670 and other marks from the 064B-065F block.
    ("هٰذَا", "هذا"),
    ("ذٰلِكَ", "ذلك"),
    ("الرَّحْمٰنِ", "الرحمن"),
    ("ب\u0656يان", "بيان"),
    ("ال\u065fاخبار", "الاخبار"),
    # Quranic annotation marks.
    ("محمد\u0610", "محمد"),
    ("رحمه\u0615", "رحمه"),
    ("يُؤْمِنُونَ\u06d6", "يءمنون"),
    ("رَيْبَ\u06db", "ريب"),
    ("الحمد\u06e1", "الحمد"),
    ("داو\u06e5د", "داود"),
    ("سميع\u06ed", "سميع"),
    ("الصلو\u06dcة", "الصلوه"),
    ("كلمة \u06da أخرى", "كلمه اخري"),
    # Tatweel (kashida) runs.
    ("عاجـــل", "عاجل"),
    ("الأخبـــــار", "الاخبار"),
    ("بيـــان رسمـي", "بيان رسمي"),
    ("سـوريـا", "سوريا"),
    ("مُـحَـمَّـد", "محمد"),
    ("بـ", "ب"),
    ("خبر ـ عاجل", "خبر عاجل"),
    ("ـــ", ""),
    # Filter evasion: punctuation padded with tatweel inside a word disappears.
    ("العقـ.ـوبات", "العقوبات"),
    ("تصـ.ـعيد", "تصعيد"),
    ("العق.ـوبات", "العقوبات"),
    ("العقـ.وبات", "العقوبات"),
    ("الاحتـ،ـلال", "الاحتلال"),
    ("المقـ,ـاومة", "المقاومه"),
    ("القـ·ـصف", "القصف"),
    ("الانـ٫ـتخابات", "الانتخابات"),
    ("الإرهـ..ـاب", "الارهاب"),
    ("ا.ـلـ.ـعـ.ـقـ.ـوبـ.ـات", "العقوبات"),
    ("الصـ.ـواريـ.ـخ", "الصواريخ"),
    ("القصـَ.ـف", "القصف"),
    ("الهـ,ـجوم", "الهجوم"),
    ("حزب الـ.ـله", "حزب الله"),
    ("فرض العقـ.ـوبات على إيـ.ـران", "فرض العقوبات علي ايران"),
    ("الاغتـ.ـيال.", "الاغتيال."),
    ("العقـ\u200c.ـوبات", "العقوبات"),
    # Abbreviations and sentence punctuation without tatweel keep their dots.
    ("د.محمد", "د.محمد"),
    ("ص.ب", "ص.ب"),
    ("ص.ب ٤٥٦", "ص.ب 456"),
    ("أ.د. أحمد", "ا.د. احمد"),
    ("د. محمد", "د. محمد"),
    ("انتهى الاجتماع.وبدأ", "انتهي الاجتماع.وبدا"),
    ("قال: نعم، سنفعل.", "قال: نعم، سنفعل."),
    ("دمشق،بيروت", "دمشق،بيروت"),
    ("عاجلـ.", "عاجل."),
    ("حماس ـ. غزة", "حماس . غزه"),
    # Alef with hamza, madda and wasla fold to bare alef.
    ("أحمد", "احمد"),
    ("إسرائيل", "اسراءيل"),
    ("آمال", "امال"),
    ("ٱلله", "الله"),
    ("الأمم المتحدة", "الامم المتحده"),
    ("إيران", "ايران"),
    ("القرآن", "القران"),
    ("أكد وزير الإعلام", "اكد وزير الاعلام"),
    # Hamza on waw and yeh folds to bare hamza, so spelling variants meet.
    ("مسؤول", "مسءول"),
    ("مسئول", "مسءول"),
    ("شيء", "شيء"),
    ("شيئ", "شيء"),
    ("المؤتمر", "المءتمر"),
    ("رئيس الوزراء", "رءيس الوزراء"),
    ("هيئة", "هيءه"),
    ("سؤال", "سءال"),
    ("أسئلة", "اسءله"),
    ("مؤسسة", "مءسسه"),
    ("بيئة", "بيءه"),
    ("الجزائر", "الجزاءر"),
    ("سماء", "سماء"),
    # Alef maksura folds to yeh.
    ("على", "علي"),
    ("إلى", "الي"),
    ("مستشفى", "مستشفي"),
    ("مصطفى", "مصطفي"),
    ("موسى", "موسي"),
    ("المسجد الأقصى", "المسجد الاقصي"),
    ("يحيى", "يحيي"),
    # Taa marbuta folds to heh.
    ("مدرسة", "مدرسه"),
    ("الجامعة العربية", "الجامعه العربيه"),
    ("حكومة الوحدة الوطنية", "حكومه الوحده الوطنيه"),
    ("غزة", "غزه"),
    ("القاهرة", "القاهره"),
    ("منظمة الصحة العالمية", "منظمه الصحه العالميه"),
    # Persian/Urdu keheh and farsi yeh.
    ("\u06a9تاب", "كتاب"),
    ("ا\u06ccران", "ايران"),
    ("فارس\u06cc", "فارسي"),
    ("م\u06a9تب", "مكتب"),
    ("\u06a9رم\u06cc", "كرمي"),
    # Arabic-Indic and Eastern Arabic-Indic digits.
    ("٢٠٢٤", "2024"),
    ("۱۴۰۳", "1403"),
    ("١٢ قتيلا", "12 قتيلا"),
    ("القرار ٢٢٥٤", "القرار 2254"),
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
    ("عام 2024", "عام 2024"),
    ("1,000 نازح", "1,000 نازح"),
    # The Arabic decimal separator is not an evasion dot between digits.
    ("١٥٫٥ مليون", "15٫5 مليون"),
    # Latin text is casefolded; mixed lines keep their order.
    ("UN", "un"),
    ("COVID-19", "covid-19"),
    ("قال Geir Pedersen", "قال geir pedersen"),
    ("BBC عربي", "bbc عربي"),
    ("NATO و OTAN", "nato و otan"),
    ("Straße", "strasse"),
    ("Café", "café"),
    ("Cafe\u0301", "café"),
    ("\uff23\uff2e\uff2e", "cnn"),
    ("\ufb01le", "file"),
    ("وزارة الصحّة: ١٢ إصابة جديدة بـ COVID-19", "وزاره الصحه: 12 اصابه جديده ب covid-19"),
    # Presentation forms fold to their base letters through NFKC.
    ("\ufefb", "لا"),
    ("\ufef7", "لا"),
    ("\ufdf2", "الله"),
    ("\ufe8d\ufedf\ufeb4\ufefc\ufee1", "السلام"),
    ("\ufee3\ufeae\ufea3\ufe92\ufe8e", "مرحبا"),
    ("\ufe93", "ه"),
    ("\ufeef", "ي"),
    ("\ufe83", "ا"),
    ("\ufe85", "ء"),
    ("\ufe89", "ء"),
    ("\ufe77", ""),
    ("\ufb8e", "ك"),
    ("\ufbfc", "ي"),
    ("\ufdfa", "صلي الله عليه وسلم"),
    # Zero-width and bidi control characters are removed.
    ("\u202bمرحبا\u202c", "مرحبا"),
    ("\u200fالرئيس", "الرءيس"),
    ("Pedersen\u200e قال", "pedersen قال"),
    ("\u2067غزة\u2069", "غزه"),
    ("\u2068Geir\u2069", "geir"),
    ("\u2066UN\u2069", "un"),
    ("\ufeffبيان", "بيان"),
    ("عاجل\u061c", "عاجل"),
    ("الأخ\u200bبار", "الاخبار"),
    ("لا\u200cيمكن", "لايمكن"),
    ("\u202eعكس\u202c", "عكس"),
    ("\u202dLTR\u202c", "ltr"),
    ("\u202aبيان\u202c", "بيان"),
    ("المبعوث الأممي \u200fGeir Pedersen\u200f", "المبعوث الاممي geir pedersen"),
    # Whitespace runs collapse to one space and the ends are stripped.
    ("  خبر   عاجل  ", "خبر عاجل"),
    ("خبر\tعاجل\n", "خبر عاجل"),
    ("سطر\r\nآخر", "سطر اخر"),
    ("خبر\u00a0عاجل", "خبر عاجل"),
    ("خبر\u2003عاجل", "خبر عاجل"),
    ("خبر \u200b عاجل", "خبر عاجل"),
    ("", ""),
    ("   ", ""),
]


def test_golden_table_has_enough_pairs():
    assert len(GOLDEN) >= 120
    assert len({source for source, _ in GOLDEN}) == len(GOLDEN)


@pytest.mark.parametrize(("source", "expected"), GOLDEN)
def test_normalise_golden_table(source, expected):
    assert normalise(source) == expected


@pytest.mark.parametrize(("source", "expected"), GOLDEN)
def test_normalise_golden_output_is_fixed_point(source, expected):
    assert normalise(expected) == expected


@given(st.text())
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
        | st.sampled_from(" .,\u060c\u00b7\u066b\u0640\u200c")
    )
)
def test_normalise_is_idempotent_on_arabic_block(text):
    once = normalise(text)
    assert normalise(once) == once


def test_normalise_matches_vocalised_muhammad():
    assert normalise("محمد") == normalise("مُحَمَّدٌ")


def test_normalise_matches_ahmad_with_hamza():
    assert normalise("احمد") == normalise("أحمد")


def test_normalise_matches_hamza_spelling_variants():
    assert normalise("مسؤول") == normalise("مسئول")
    assert normalise("شيء") == normalise("شيئ")


def test_normalise_leaves_no_tatweel_or_controls():
    text = normalise("\u202bالعقـــ.ـــوبات\u200f على إيــران\u202c")
    assert "\u0640" not in text
    assert not any(ch in text for ch in "\u202b\u202c\u200f")


def test_search_terms_drops_punctuation():
    query = "قال: «العقوبات» (على) إيران؟ 'نعم' \"ربما\"؛ ثم! لا، حسنا. بل, ok?"
    assert search_terms(query) == [
        "قال",
        "العقوبات",
        "علي",
        "ايران",
        "نعم",
        "ربما",
        "ثم",
        "لا",
        "حسنا",
        "بل",
        "ok",
    ]


def test_search_terms_normalises_tokens():
    assert search_terms("مُحَمَّدٌ أحمد مسئول ٢٢٥٤") == ["محمد", "احمد", "مسءول", "2254"]


def test_search_terms_deduplicates_keeping_first_order():
    assert search_terms("غزة دمشق غزه غَزَّة دمشق") == ["غزه", "دمشق"]


def test_search_terms_drops_empty_tokens():
    assert search_terms("") == []
    assert search_terms("  ،  ؛ ؟ ... «» ") == []


def test_search_terms_splits_abbreviations_and_latin_compounds():
    assert search_terms("د.محمد COVID-19") == ["د", "محمد", "covid", "19"]


def test_search_terms_defeats_filter_evasion():
    assert search_terms("العقـ.ـوبات") == ["العقوبات"]


def test_search_terms_split_like_indexed_words():
    # Queries and indexed text must be cut at the same places, marks of other scripts included.
    text = "नमस्ते दुनिया COVID-19 العقـ.ـوبات"
    assert search_terms(text) == list(dict.fromkeys(words(text)))


def test_fold_with_positions_maps_back_to_original():
    text = "قالَ المتحدّث إنّ العقـــوبات"
    folded, positions = fold_with_positions(text)
    start = folded.index("العقوبات")
    end = positions[start + len("العقوبات") - 1] + 1
    assert text[positions[start] : end] == "العقـــوبات"


def test_fold_with_positions_folds_hamza_and_digits():
    folded, _ = fold_with_positions("أحمد ٢٢٥٤")
    assert folded == "احمد 2254"
