"""Read-only views of authors and comments for the window's lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from newsdesk.domain import ArticleStatus, Author, CommentStatus
from newsdesk.store.articles import to_author
from newsdesk.store.schema import ArticleRow, AuthorRow, CommentRow

if TYPE_CHECKING:
    from newsdesk.store import Store


def list_authors(store: Store) -> list[Author]:
    """Return every author profile, by name."""
    with store.transaction() as session:
        rows = session.scalars(select(AuthorRow).order_by(AuthorRow.name))
        return [to_author(row) for row in rows]


def count_by_status(store: Store) -> dict[ArticleStatus, int]:
    """Return how many articles are in each workflow status."""
    with store.transaction() as session:
        rows = session.execute(
            select(ArticleRow.status, func.count()).group_by(ArticleRow.status)
        ).all()
    return {ArticleStatus(status): count for status, count in rows}


def count_comments(store: Store, status: CommentStatus) -> int:
    """Return how many comments have a status."""
    with store.transaction() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(CommentRow)
                .where(CommentRow.status == status.value)
            )
            or 0
        )
