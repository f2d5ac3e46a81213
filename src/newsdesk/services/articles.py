"""Use cases on articles: create, list, read, search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from newsdesk.domain import (
    Article,
    ArticleStatus,
    ArticleSummary,
    Author,
    Changes,
    ErrorCode,
    NewsdeskError,
    RevisionKind,
)
from newsdesk.store.articles import (
    ArticleFields,
    Vocabulary,
    add_article,
    article_row,
    summaries,
    to_article,
    to_author,
)
from newsdesk.store.schema import NAME_LENGTH, ArticleRow
from newsdesk.store.search import find_article_ids

if TYPE_CHECKING:
    from collections.abc import Iterable

    from newsdesk.store import Store


def check_fields(fields: ArticleFields, require_title: bool = True) -> None:
    """Refuse an article the store could not hold as given, before anything is written."""
    if require_title and not fields.title.strip():
        raise NewsdeskError(ErrorCode.EMPTY_TITLE)
    named = [("section", fields.section), ("author", fields.author), ("slug", fields.slug)]
    named += [("tag", tag) for tag in fields.tags]
    for field_name, value in named:
        if len(value) > NAME_LENGTH:
            raise NewsdeskError(ErrorCode.BAD_METADATA, f"{field_name} is too long")


def create_articles(
    store: Store, drafts: Iterable[ArticleFields], kind: RevisionKind = RevisionKind.IMPORT
) -> tuple[list[int], Changes]:
    """Add articles in one durable transaction: all of them or none."""
    drafts = list(drafts)
    for draft in drafts:
        check_fields(draft)
    with store.durable_transaction() as session:
        vocabulary = Vocabulary(session)
        rows = [add_article(session, vocabulary, draft, kind) for draft in drafts]
        session.flush()
        ids = [row.id for row in rows]
    return ids, Changes(articles=set(ids), structure=True)


def list_articles(store: Store, statuses: Iterable[ArticleStatus] = ()) -> list[ArticleSummary]:
    """Return article-list rows, newest first."""
    with store.transaction() as session:
        return summaries(session, statuses)


def get_article(store: Store, article_id: int) -> Article:
    """Return a whole article or raise NOT_FOUND."""
    with store.transaction() as session:
        return to_article(article_row(session, article_id))


def get_article_with_author(store: Store, article_id: int) -> tuple[Article, Author | None]:
    """Return an article and the profile of its author (None for the editorial team)."""
    with store.transaction() as session:
        row = article_row(session, article_id)
        return to_article(row), to_author(row.author) if row.author else None


def search_articles(
    store: Store, query: str, statuses: Iterable[ArticleStatus] = (), limit: int = 200
) -> list[ArticleSummary]:
    """Return the articles matching every word of query, best match first."""
    with store.transaction() as session:
        ids = find_article_ids(session.connection(), query, limit)
        return summaries(session, statuses, ids)


def get_summaries(store: Store, ids: list[int]) -> list[ArticleSummary]:
    """Return list rows for these articles, in the order of ids (unknown ids are skipped)."""
    with store.transaction() as session:
        return summaries(session, ids=ids)


def find_by_slug(store: Store, slug: str) -> int | None:
    """Return the id of the article with this slug, if any."""
    with store.transaction() as session:
        return session.scalar(
            select(ArticleRow.id).where(ArticleRow.slug == slug).order_by(ArticleRow.id).limit(1)
        )
