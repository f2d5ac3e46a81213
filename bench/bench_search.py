"""Benchmark article import and full-text search against a bare full-text index.

Measured (newsdesk side):
  * import: ``newsdesk.services.articles.create_articles`` in batches of 500 generated
    Arabic articles (each batch one durable transaction), as articles per second;
  * search: ``newsdesk.services.articles.search_articles(store, q)`` (normalise the query,
    prefix-match every word, load up to 200 list rows through the ORM), median seconds
    per query, grouped by query class: frequent words, rare words, a vocalised word,
    hamza / spelling variants, two-word queries;
  * the engine part alone, ``newsdesk.store.search.find_article_ids`` (ids only).

Baseline, the nearest raw equivalent on the same engine:
  * SQLite: a separate plain ``sqlite3`` database (default settings) with
    ``CREATE VIRTUAL TABLE fts USING fts5(body)`` holding the same raw, un-normalised
    article texts (title and paragraphs), filled with ``executemany`` in batches of 500,
    queried with ``SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 200`` for
    the same words, un-normalised, each word quoted (exact token, no prefix).
  * PostgreSQL (``--postgres URL``): a raw table with a GIN index on
    ``to_tsvector('simple', body)`` queried with ``to_tsvector('simple', body) @@
    plainto_tsquery('simple', q)``, ordered by ``ts_rank`` and limited to 200 like
    newsdesk's own query. Everything is created in a fresh schema that is dropped at the end.

Ratios are newsdesk / baseline. For the vocalised and hamza-variant queries the number
of matching articles (no limit) is printed for both sides and for the generated text
itself: the bare index misses the articles spelled differently from the query.

Run: .venv/bin/python bench/bench_search.py [--articles 10000] [--postgres URL]
"""

from __future__ import annotations

import argparse
import os
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from common import (
    SEED,
    ArticleGenerator,
    GeneratedArticle,
    Row,
    format_seconds,
    median_time,
    print_aligned,
    print_table,
)
from newsdesk.services.articles import create_articles, search_articles
from newsdesk.store import Store, open_store
from newsdesk.store.articles import ArticleFields
from newsdesk.store.search import find_article_ids

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

BATCH = 500
LIMIT = 200

FREQUENT, RARE, VOCALISED, VARIANT, TWO_WORDS = (
    "frequent word",
    "rare word",
    "vocalised word",
    "hamza variant",
    "two words",
)
KINDS = (FREQUENT, RARE, VOCALISED, VARIANT, TWO_WORDS)
COUNTED_KINDS = (VOCALISED, VARIANT)

# (query as a reader might type it, the word as the generator spells it most often)
VOCALISED_QUERIES = (
    ("الحُكومَةُ", "الحكومة"),
    ("الرَّئِيسُ", "الرئيس"),
    ("مُفاوَضَاتٌ", "مفاوضات"),
    ("الاقْتِصَادِيَّة", "الاقتصادية"),
)
VARIANT_QUERIES = (
    ("اسرائيل", "إسرائيل"),
    ("مسئول", "مسؤول"),
    ("الاعلام", "الإعلام"),
    ("اعلنت", "أعلنت"),
    ("الامم", "الأمم"),
)
TWO_WORD_QUERIES = ("الأمم المتحدة", "مجلس النواب", "البنك المركزي", "وقف إطلاق")


@dataclass(frozen=True, slots=True)
class Query:
    """One benchmark query and the vocabulary words it stands for."""

    kind: str
    text: str
    words: tuple[int, ...]


def build_queries(generator: ArticleGenerator, articles: Sequence[GeneratedArticle]) -> list[Query]:
    """Return the 30 queries: 8 frequent, 8 rare, 4 vocalised, 5 variant, 5 two-word."""
    vocabulary, index = generator.vocabulary, generator.index
    news = range(generator.function_count, generator.real_count)
    plain_news = [i for i in news if generator.variants[i] == vocabulary[i]]
    frequent = [index["في"], *plain_news[:7]]
    document_frequency: dict[int, int] = {}
    for article in articles:
        for word in article.word_ids:
            document_frequency[word] = document_frequency.get(word, 0) + 1
    synthetic = range(generator.real_count, len(vocabulary))
    present = [i for i in synthetic if document_frequency.get(i, 0) > 0]
    rare = sorted(present, key=lambda i: (document_frequency[i], i))[:8]
    queries = [Query(FREQUENT, vocabulary[i], (i,)) for i in frequent]
    queries += [Query(RARE, vocabulary[i], (i,)) for i in rare]
    queries += [Query(VOCALISED, text, (index[word],)) for text, word in VOCALISED_QUERIES]
    queries += [Query(VARIANT, text, (index[word],)) for text, word in VARIANT_QUERIES]
    pairs = [tuple(text.split()) for text in TWO_WORD_QUERIES]
    queries += [Query(TWO_WORDS, " ".join(p), tuple(index[w] for w in p)) for p in pairs]
    queries.append(
        Query(
            TWO_WORDS,
            f"{vocabulary[frequent[1]]} {vocabulary[rare[0]]}",
            (frequent[1], rare[0]),
        )
    )
    return queries


def expected_count(articles: Sequence[GeneratedArticle], query: Query) -> int:
    """Return how many generated articles use every word of query, in any spelling."""
    return sum(1 for article in articles if all(w in article.word_ids for w in query.words))


def fts5_match(query: str) -> str:
    """Return the query's words, un-normalised, as quoted FTS5 tokens (implicit AND)."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query.split())


@dataclass
class Side:
    """What one side of the comparison can do, and what it measured."""

    load: Callable[[list[GeneratedArticle]], None]
    search: Callable[[str], object]
    count: Callable[[str], int]
    ids: Callable[[str], object] | None = None
    import_seconds: float = 0.0
    search_seconds: dict[str, float] = field(default_factory=dict)
    ids_seconds: dict[str, float] = field(default_factory=dict)


def import_all(side: Side, articles: list[GeneratedArticle]) -> None:
    """Load every article in batches, timing the whole import."""
    start = time.perf_counter()
    for first in range(0, len(articles), BATCH):
        side.load(articles[first : first + BATCH])
    side.import_seconds = time.perf_counter() - start


def newsdesk_side(store: Store) -> Side:
    """Return the newsdesk side over an open store."""

    def load(batch: list[GeneratedArticle]) -> None:
        create_articles(store, (fields_of(article) for article in batch))

    def ids(query: str) -> list[int]:
        with store.engine.connect() as connection:
            return find_article_ids(connection, query, LIMIT)

    def count(query: str) -> int:
        with store.engine.connect() as connection:
            return len(find_article_ids(connection, query, 10**9))

    return Side(load=load, search=lambda q: search_articles(store, q), count=count, ids=ids)


def fields_of(article: GeneratedArticle) -> ArticleFields:
    """Return the store fields for a generated article."""
    return ArticleFields(
        title=article.title,
        body_html=article.body_html,
        section=article.section,
        tags=article.tags,
    )


def sqlite_baseline(path: Path) -> tuple[Side, sqlite3.Connection]:
    """Return the bare-FTS5 side on a new plain sqlite3 database at path."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE VIRTUAL TABLE fts USING fts5(body)")
    connection.commit()

    def load(batch: list[GeneratedArticle]) -> None:
        with connection:
            connection.executemany(
                "INSERT INTO fts(body) VALUES (?)", [(a.raw_text,) for a in batch]
            )

    def search(query: str) -> list[Any]:
        return connection.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 200",
            (fts5_match(query),),
        ).fetchall()

    def count(query: str) -> int:
        row = connection.execute(
            "SELECT count(*) FROM fts WHERE fts MATCH ?", (fts5_match(query),)
        ).fetchone()
        return int(row[0])

    return Side(load=load, search=search, count=count), connection


PG_SEARCH = (
    "SELECT id FROM raw_articles "
    "WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', %(q)s) "
    "ORDER BY ts_rank(to_tsvector('simple', body), plainto_tsquery('simple', %(q)s)) DESC, id "
    "LIMIT 200"
)
PG_COUNT = (
    "SELECT count(*) FROM raw_articles "
    "WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', %(q)s)"
)


def postgres_baseline(dbapi: Any) -> Side:
    """Return the bare tsvector side on a raw table in the current schema."""
    with dbapi.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE raw_articles "
            "(id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text NOT NULL)"
        )
        cursor.execute(
            "CREATE INDEX raw_articles_body ON raw_articles USING gin (to_tsvector('simple', body))"
        )
    dbapi.commit()

    def load(batch: list[GeneratedArticle]) -> None:
        with dbapi.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO raw_articles(body) VALUES (%s)", [(a.raw_text,) for a in batch]
            )
        dbapi.commit()

    def search(query: str) -> list[Any]:
        with dbapi.cursor() as cursor:
            cursor.execute(PG_SEARCH, {"q": query})
            return cursor.fetchall()

    def count(query: str) -> int:
        with dbapi.cursor() as cursor:
            cursor.execute(PG_COUNT, {"q": query})
            return int(cursor.fetchone()[0])

    return Side(load=load, search=search, count=count)


def time_queries(side: Side, queries: Sequence[Query], repeat: int) -> None:
    """Fill side.search_seconds (and ids_seconds) with each query's median seconds."""
    for query in queries:
        side.search_seconds[query.text] = median_time(lambda q=query.text: side.search(q), repeat)
        if side.ids is not None:
            side.ids_seconds[query.text] = median_time(
                lambda q=query.text, ids=side.ids: ids(q), repeat
            )


def kind_median(seconds: dict[str, float], queries: Sequence[Query], kind: str) -> float:
    """Return the median over a class's queries of their median seconds."""
    return statistics.median(seconds[q.text] for q in queries if q.kind == kind)


def report(
    engine: str,
    baseline_label: str,
    newsdesk: Side,
    baseline: Side,
    articles: Sequence[GeneratedArticle],
    queries: Sequence[Query],
    per_query: bool,
) -> None:
    """Print the import, search, engine-only and result-count tables for one engine."""
    count = len(articles)
    rows = [
        Row(
            f"import {count:,} articles (batches of {BATCH})",
            count / newsdesk.import_seconds,
            count / baseline.import_seconds,
            "articles/s",
        )
    ]
    for kind in KINDS:
        n = sum(1 for q in queries if q.kind == kind)
        rows.append(
            Row(
                f"search: {kind} ({n} queries)",
                kind_median(newsdesk.search_seconds, queries, kind),
                kind_median(baseline.search_seconds, queries, kind),
            )
        )
    rows.append(
        Row(
            f"search: all {len(queries)} queries",
            statistics.median(newsdesk.search_seconds.values()),
            statistics.median(baseline.search_seconds.values()),
        )
    )
    print_table(
        f"{engine}: newsdesk vs {baseline_label}",
        rows,
        baseline_label=baseline_label,
        notes=(
            "import ratio < 1 means newsdesk imports fewer articles per second;",
            "search figures are medians over the class of per-query medians; ratio > 1 = slower.",
            "vocalised / hamza rows: the baseline finds far fewer articles (see the counts",
            "below), so it has far fewer to rank.",
        ),
    )
    engine_rows = [
        Row(
            f"ids only: {kind}",
            kind_median(newsdesk.ids_seconds, queries, kind),
            kind_median(baseline.search_seconds, queries, kind),
        )
        for kind in KINDS
    ]
    print_table(
        f"{engine}: find_article_ids alone (no ORM rows) vs {baseline_label}",
        engine_rows,
        newsdesk_label="find_article_ids",
        baseline_label=baseline_label,
    )
    if per_query:
        print(f"\n{engine}: per query (median of each)")
        cells = []
        for query in queries:
            mine = newsdesk.search_seconds[query.text]
            theirs = baseline.search_seconds[query.text]
            cells.append(
                [
                    query.kind,
                    format_seconds(mine),
                    format_seconds(theirs),
                    f"{mine / theirs:.2f}x",
                    query.text,
                ]
            )
        print_aligned(
            ["class", "newsdesk", baseline_label, "ratio", "query"],
            cells,
            [False, True, True, True, False],
        )
    print(f"\n{engine}: matching articles (no limit) for spelled-differently queries")
    cells = [
        [
            query.kind,
            f"{expected_count(articles, query):,}",
            f"{newsdesk.count(query.text):,}",
            f"{baseline.count(query.text):,}",
            query.text,
        ]
        for query in queries
        if query.kind in COUNTED_KINDS
    ]
    print_aligned(
        ["class", "in text", "newsdesk", baseline_label, "query"],
        cells,
        [False, True, True, True, False],
    )
    print("  in text: generated articles containing the word in any spelling or vocalisation.")


def run_sqlite(
    folder: Path,
    articles: list[GeneratedArticle],
    queries: list[Query],
    repeat: int,
    per_query: bool,
) -> None:
    """Measure newsdesk on a SQLite store against bare FTS5."""
    store = open_store(f"sqlite:///{folder / 'store.sqlite3'}")
    baseline, connection = sqlite_baseline(folder / "bare.sqlite3")
    try:
        newsdesk = newsdesk_side(store)
        print(f"sqlite: importing {len(articles):,} articles into newsdesk ...", file=sys.stderr)
        import_all(newsdesk, articles)
        print("sqlite: importing into bare FTS5 ...", file=sys.stderr)
        import_all(baseline, articles)
        print("sqlite: timing queries ...", file=sys.stderr)
        time_queries(newsdesk, queries, repeat)
        time_queries(baseline, queries, repeat)
        report(
            f"SQLite {sqlite3.sqlite_version}",
            "bare FTS5",
            newsdesk,
            baseline,
            articles,
            queries,
            per_query,
        )
    finally:
        store.close()
        connection.close()


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """Create a uniquely named schema, yield a URL whose search_path is it, then drop it."""
    base = make_url(url)
    if base.drivername == "postgresql":
        base = base.set(drivername="postgresql+psycopg")
    schema = f"newsdesk_bench_{secrets.token_hex(4)}"
    admin = create_engine(base)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        try:
            scoped = base.update_query_dict({"options": f"-csearch_path={schema}"})
            yield scoped.render_as_string(hide_password=False)
        finally:
            with admin.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        admin.dispose()


def run_postgres(
    url: str,
    articles: list[GeneratedArticle],
    queries: list[Query],
    repeat: int,
    per_query: bool,
) -> None:
    """Measure newsdesk on a PostgreSQL store against a bare tsvector/GIN table."""
    with fresh_schema(url) as scoped:
        store = open_store(scoped)
        raw_engine = create_engine(make_url(scoped))
        dbapi = raw_engine.raw_connection()
        try:
            newsdesk = newsdesk_side(store)
            baseline = postgres_baseline(dbapi)
            print(
                f"postgres: importing {len(articles):,} articles into newsdesk ...", file=sys.stderr
            )
            import_all(newsdesk, articles)
            print("postgres: importing into the bare table ...", file=sys.stderr)
            import_all(baseline, articles)
            with dbapi.cursor() as cursor:
                cursor.execute("ANALYZE articles")
                cursor.execute("ANALYZE raw_articles")
                cursor.execute("SHOW server_version")
                version = cursor.fetchone()[0]
            dbapi.commit()
            print("postgres: timing queries ...", file=sys.stderr)
            time_queries(newsdesk, queries, repeat)
            time_queries(baseline, queries, repeat)
            report(
                f"PostgreSQL {version}",
                "bare tsvector",
                newsdesk,
                baseline,
                articles,
                queries,
                per_query,
            )
        finally:
            dbapi.close()
            raw_engine.dispose()
            store.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, generate the articles, run the SQLite (and PostgreSQL) comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to import")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query")
    parser.add_argument("--seed", type=int, default=SEED, help="generator seed")
    parser.add_argument("--postgres", metavar="URL", help="also run on this PostgreSQL server")
    parser.add_argument("--per-query", action="store_true", help="print every query's figures")
    args = parser.parse_args(argv)
    if args.articles < 50:
        parser.error("--articles must be at least 50")

    generator = ArticleGenerator(seed=args.seed)
    start = time.perf_counter()
    articles = generator.articles(args.articles)
    words = sum(len(article.raw_text.split()) for article in articles)
    print(
        f"generated {len(articles):,} articles, {words / len(articles):.0f} words each on "
        f"average, in {time.perf_counter() - start:.1f} s (seed {args.seed})",
        file=sys.stderr,
    )
    queries = build_queries(generator, articles)
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        folder = Path(tmp)
        # Nothing here should fall back on the user's data, but make sure it cannot.
        os.environ["NEWSDESK_DATA_DIR"] = str(folder / "data")
        os.environ["NEWSDESK_CONFIG_DIR"] = str(folder / "config")
        run_sqlite(folder, articles, queries, args.repeat, args.per_query)
    if args.postgres:
        run_postgres(args.postgres, articles, queries, args.repeat, args.per_query)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
