"""Full-text search over the normalised text of articles, on SQLite FTS5 or PostgreSQL.

FTS5's own tokenizer splits Arabic words at harakat and keeps tatweel and hamza
forms apart, so both the indexed text and every query go through
``text.normalise`` first; the engines only ever see the normalised form.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from newsdesk.text import search_terms
from newsdesk.text.arabic import words

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE article_fts USING fts5("
    "search_text, content='articles', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER article_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO article_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER article_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER article_fts_update AFTER UPDATE OF search_text ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO article_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS article_fts_update",
    "DROP TRIGGER IF EXISTS article_fts_delete",
    "DROP TRIGGER IF EXISTS article_fts_insert",
    "DROP TABLE IF EXISTS article_fts",
)
# 'simple' keeps every word as it is: no stemming for a language PostgreSQL
# does not know, so it indexes exactly our normalised words. The vector is stored
# so that ranking does not re-parse every matching article at query time.
POSTGRESQL_DDL = (
    "ALTER TABLE articles ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
)
POSTGRESQL_DROP = (
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
)


def search_document(title: str, excerpt: str, body_text: str) -> str:
    """Return the normalised words an article is indexed by, separated by single spaces.

    Punctuation is dropped here rather than left to each engine's tokenizer, so that
    SQLite and PostgreSQL split `COVID-19` or `2254،` exactly as queries are split.
    """
    return " ".join(words(f"{title}\n{excerpt}\n{body_text}"))


def create_index(connection: Connection) -> None:
    """Create the search index and its upkeep for the connection's backend."""
    ddl = SQLITE_DDL if connection.dialect.name == "sqlite" else POSTGRESQL_DDL
    for statement in ddl:
        connection.exec_driver_sql(statement)


def drop_index(connection: Connection) -> None:
    """Drop the search index."""
    ddl = SQLITE_DROP if connection.dialect.name == "sqlite" else POSTGRESQL_DROP
    for statement in ddl:
        connection.exec_driver_sql(statement)


def find_article_ids(connection: Connection, query: str, limit: int = 200) -> list[int]:
    """Return ids of articles matching every word of the query (as prefixes), best first."""
    terms = search_terms(query)
    if not terms:
        return []
    if connection.dialect.name == "sqlite":
        match = " ".join(f'"{term}"*' for term in terms)
        rows = connection.execute(
            text(
                "SELECT rowid FROM article_fts WHERE article_fts MATCH :match "
                "ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        )
    else:
        tsquery = " & ".join(f"'{term}':*" for term in terms)
        rows = connection.execute(
            text(
                "SELECT id FROM articles, to_tsquery('simple', :q) AS query "
                "WHERE search_vector @@ query "
                "ORDER BY ts_rank(search_vector, query) DESC, id LIMIT :limit"
            ),
            {"q": tsquery, "limit": limit},
        )
    return [row[0] for row in rows]
