"""Use cases of the editor: new drafts, saves and autosaves, the names to pick from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from newsdesk.domain import (
    ArticleStatus,
    Byline,
    Changes,
    ErrorCode,
    NewsdeskError,
    Revision,
    RevisionKind,
)
from newsdesk.services.articles import check_fields
from newsdesk.store.articles import (
    ArticleFields,
    Vocabulary,
    add_article,
    add_revision,
    apply_fields,
    article_row,
)
from newsdesk.store.schema import RevisionRow, SectionRow, TagRow

if TYPE_CHECKING:
    from newsdesk.store import Store


def new_draft(store: Store, title: str = "", author: str = "") -> int:
    """Create an empty draft (signed by author, else by the editorial team) and return its id."""
    byline = Byline.AUTHOR if author else Byline.EDITORIAL_TEAM
    fields = ArticleFields(title=title, body_html="", byline=byline, author=author)
    with store.durable_transaction() as session:
        row = add_article(session, Vocabulary(session), fields, RevisionKind.SAVE)
        session.flush()
        return row.id


def save_article(
    store: Store, article_id: int, fields: ArticleFields, kind: RevisionKind, label: str = ""
) -> Changes:
    """Write the editor's state and record a revision; explicit saves are flushed to disk."""
    # An untitled article still saves: the writer may name it last.
    check_fields(fields, require_title=False)
    durable = kind == RevisionKind.SAVE
    transaction = store.durable_transaction if durable else store.transaction
    with transaction() as session:
        row = article_row(session, article_id)
        apply_fields(Vocabulary(session), row, fields)
        add_revision(row, kind, label)
    return Changes(articles={article_id})


def trash_article(store: Store, article_id: int) -> Changes:
    """Put an article that exists only here in the trash (it keeps all its revisions).

    An article sent to the site is refused: WordPress holds the copy that counts, so it is
    trashed there, and the next pull brings the trash here.
    """
    with store.durable_transaction() as session:
        row = article_row(session, article_id)
        if row.remote_id is not None:
            raise NewsdeskError(ErrorCode.ARTICLE_ON_SITE, str(article_id))
        row.status = ArticleStatus.TRASHED.value
    return Changes(articles={article_id})


def restore_article(store: Store, article_id: int) -> Changes:
    """Take an article out of the trash as a draft."""
    with store.durable_transaction() as session:
        row = article_row(session, article_id)
        if row.status == ArticleStatus.TRASHED.value:
            row.status = ArticleStatus.DRAFT.value
    return Changes(articles={article_id})


def list_revisions(store: Store, article_id: int) -> list[Revision]:
    """Return an article's revisions, newest first."""
    with store.transaction() as session:
        rows = session.scalars(
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.created_at.desc(), RevisionRow.id.desc())
        )
        return [
            Revision(
                id=row.id,
                article_id=row.article_id,
                kind=RevisionKind(row.kind),
                title=row.title,
                body_html=row.body_html,
                created_at=row.created_at,
                label=row.label,
                excerpt=row.excerpt,
            )
            for row in rows
        ]


def section_names(store: Store) -> list[str]:
    """Return the known sections by name."""
    with store.transaction() as session:
        return list(session.scalars(select(SectionRow.name).order_by(SectionRow.name)))


def tag_names(store: Store) -> list[str]:
    """Return the known tags by name, for completion."""
    with store.transaction() as session:
        return list(session.scalars(select(TagRow.name).order_by(TagRow.name)))
