"""Tests for Arabic-normalised full-text search, on SQLite FTS5 and on PostgreSQL."""

from __future__ import annotations

import pytest

from newsdesk.services.articles import create_articles, search_articles
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import ArticleRow
from newsdesk.store.search import find_article_ids, search_document

# A title that none of the queries below can match.
NEUTRAL_TITLE = "مادة"


def _create(store, *bodies: str, titles: tuple[str, ...] = ()) -> list[int]:
    """Create one article per body text and return their ids in order."""
    titles = titles or (NEUTRAL_TITLE,) * len(bodies)
    drafts = [
        ArticleFields(title=title, body_html=f"<p>{body}</p>")
        for title, body in zip(titles, bodies, strict=True)
    ]
    ids, _ = create_articles(store, drafts)
    return ids


def _found(store, query: str) -> list[int]:
    return [row.id for row in search_articles(store, query)]


def _indexed(store, query: str) -> list[int]:
    """Ask the index itself, without the list query that drops ids of missing rows."""
    with store.engine.connect() as connection:
        return find_article_ids(connection, query)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        pytest.param("محمد", "وصل مُحَمَّدٌ إلى المطار", id="harakat"),
        pytest.param("احمد", "قال أحمد إن الاجتماع انتهى", id="hamza-on-alef"),
        pytest.param("أحمد", "قال احمد إن الاجتماع انتهى", id="hamza-in-query"),
        pytest.param("العقوبات", "رفع العقـ.ـوبات عن البلاد", id="tatweel-padded-dot"),
        pytest.param("عاجل", "خبر عاجـــل من العاصمة", id="tatweel"),
        pytest.param("المدينه", "وصل إلى المدينة صباحاً", id="taa-marbuta-in-text"),
        pytest.param("المدينة", "وصل إلى المدينه صباحاً", id="taa-marbuta-in-query"),
        pytest.param("مستشفي", "نقل المصابون إلى مستشفى الجامعة", id="alef-maksura"),
        pytest.param("٢٢٥٤", "صدر القرار 2254 بالإجماع", id="arabic-indic-digits"),
        pytest.param("2254", "صدر القرار ٢٢٥٤ بالإجماع", id="arabic-indic-digits-in-text"),
        pytest.param("PEDERSEN", "قال Geir Pedersen إن المحادثات ستستأنف", id="latin-case"),
    ],
)
def test_search_matches_normalised_arabic(store, query, text):
    target, _other = _create(store, text, "المحادثات في جنيف تتواصل")
    assert _found(store, query) == [target]


def test_search_matches_word_prefix(store):
    target, _other = _create(store, "استئناف المفاوضات في جنيف", "وصل الوفد إلى دمشق")
    assert _found(store, "المفاو") == [target]


def test_search_requires_every_word(store):
    both, only_first, only_second = _create(
        store,
        "وصل محمد إلى دمشق مساء أمس",
        "وصل محمد إلى عمّان مساء أمس",
        "وصل الوفد إلى دمشق مساء أمس",
    )
    assert _found(store, "محمد دمشق") == [both]
    assert {only_first, only_second}.isdisjoint(_found(store, "محمد دمشق"))


def test_search_matches_words_in_the_title(store):
    (target,) = _create(store, "نص لا علاقة له", titles=("الليرة تفقد قيمتها",))
    assert _found(store, "الليره") == [target]


def test_search_ranking_returns_only_matching_ids(store):
    ids = _create(
        store,
        "ارتفاع أسعار الخبز في الأسواق",
        "المفاوضات تتواصل في جنيف",
        "أسعار الوقود ترتفع مجدداً",
        "مباراة نهائي الكأس الليلة",
        "أسعار الأسعار والأسعار",
    )
    found = _found(store, "اسعار")
    assert sorted(found) == [ids[0], ids[2], ids[4]]


def test_search_ranks_more_frequent_match_first(store):
    rare, frequent = _create(
        store,
        "قال المسؤول إن هدنة قصيرة صامدة والطرق مفتوحة والأسواق تعمل كالمعتاد",
        "هدنة جديدة بعد هدنة سابقة انهارت ثم هدنة ثالثة مقترحة",
    )
    assert _found(store, "هدنه") == [frequent, rare]


@pytest.mark.parametrize("query", ["", "   ", "!!", "«»، ؟ …", "ـــ", "\u064e\u0651", "- * ' \" :"])
def test_search_without_words_finds_nothing(store, query):
    _create(store, "خبر عاجل", "خبر آخر")
    assert _found(store, query) == []


def test_search_query_with_fts_syntax_is_taken_as_words(store):
    # FTS5 operators and PostgreSQL tsquery syntax must not leak through from the query.
    target, _other = _create(store, "محمد OR أحمد NEAR دمشق", "محمد وحده")
    assert _found(store, 'محمد OR "NEAR" & !دمشق:*') == [target]


def test_search_after_delete_no_longer_finds_article(store):
    deleted, kept = _create(store, "جلسة مجلس الأمن", "جلسة البرلمان")
    with store.transaction() as session:
        session.delete(session.get(ArticleRow, deleted))
    assert _indexed(store, "جلسه") == [kept]


def test_search_after_title_update_finds_new_title(store):
    (article_id,) = _create(store, "نص الخبر", titles=("المبعوث يصل إلى دمشق",))
    with store.transaction() as session:
        row = session.get(ArticleRow, article_id)
        row.title = "المبعوث يغادر إلى جنيف"
        row.search_text = search_document(row.title, row.excerpt, row.body_html)
    assert _indexed(store, "جنيف") == [article_id]


def test_search_after_title_update_forgets_old_title(store):
    (article_id,) = _create(store, "نص الخبر", titles=("المبعوث يصل إلى دمشق",))
    with store.transaction() as session:
        row = session.get(ArticleRow, article_id)
        row.title = "المبعوث يغادر إلى جنيف"
        row.search_text = search_document(row.title, row.excerpt, row.body_html)
    assert _indexed(store, "دمشق") == []


def test_search_respects_limit(store):
    _create(store, *["خبر عاجل"] * 5)
    with store.engine.connect() as connection:
        assert len(find_article_ids(connection, "عاجل", limit=3)) == 3


def test_search_finds_every_word_of_hyphenated_latin_term(store):
    target, _other = _create(store, "حملة تطعيم ضد COVID-19 في المدارس", "حملة نظافة")
    assert _found(store, "COVID-19") == [target]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        pytest.param("19", "حملة تطعيم ضد COVID-19 في المدارس", id="hyphenated"),
        pytest.param("2015", "صدر القرار 2254/2015 بالإجماع", id="slash"),
        pytest.param("org", "نشر البيان على example.org أمس", id="host"),
        pytest.param("5", "نمو بنسبة 3.5 بالمئة", id="decimal"),
    ],
)
def test_search_finds_part_of_compound_token(store, query, text):
    # PostgreSQL's own parser would keep these whole; both backends must split alike.
    target, _other = _create(store, text, "خبر آخر بلا أرقام")
    assert _found(store, query) == [target]
