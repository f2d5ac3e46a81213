"""Reading and writing articles and what hangs off them (sections, tags, authors, revisions)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select

from newsdesk.domain import (
    Article,
    ArticleStatus,
    ArticleSummary,
    Author,
    Byline,
    ErrorCode,
    NewsdeskError,
    RevisionKind,
)
from newsdesk.store.schema import (
    ArticleRow,
    AuthorRow,
    RelatedArticleRow,
    RevisionRow,
    SectionRow,
    TagRow,
    utc_now,
)
from newsdesk.store.search import search_document
from newsdesk.text import word_count
from newsdesk.text.article_html import plain_text
from newsdesk.text.slug import slugify

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class ArticleFields:
    """Everything a writer sets on an article; the store derives the rest."""

    title: str
    body_html: str
    excerpt: str = ""
    slug: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    byline: Byline = Byline.EDITORIAL_TEAM
    author: str = ""
    status: ArticleStatus = ArticleStatus.DRAFT
    featured_image: str = ""
    featured_image_alt: str = ""
    # Ids of other articles, in the order they are listed under this one.
    related: tuple[int, ...] = ()


class Vocabulary:
    """Sections, tags and authors by name for one transaction: looked up once, made when new."""

    def __init__(self, session: Session) -> None:
        """Start with nothing cached."""
        self._session = session
        self._sections: dict[str, SectionRow] = {}
        self._tags: dict[str, TagRow] = {}
        self._authors: dict[str, AuthorRow] = {}

    def section(self, name: str) -> SectionRow | None:
        """Return the section called name, creating it when new; None for no section."""
        if not name:
            return None
        if name not in self._sections:
            with self._session.no_autoflush:
                row = self._session.scalar(select(SectionRow).where(SectionRow.name == name))
            if row is None:
                row = SectionRow(name=name, slug=slugify(name))
                self._session.add(row)
            self._sections[name] = row
        return self._sections[name]

    def tags(self, names: Iterable[str]) -> list[TagRow]:
        """Return tag rows for names in order, creating the new ones."""
        wanted = list(dict.fromkeys(name for name in names if name))
        unknown = [name for name in wanted if name not in self._tags]
        if unknown:
            with self._session.no_autoflush:
                found = self._session.scalars(select(TagRow).where(TagRow.name.in_(unknown)))
                self._tags.update((row.name, row) for row in found)
            for name in unknown:
                if name not in self._tags:
                    self._tags[name] = TagRow(name=name, slug=slugify(name))
                    self._session.add(self._tags[name])
        return [self._tags[name] for name in wanted]

    def author(self, name: str) -> AuthorRow:
        """Return the author with this display name (Arabic or Latin), creating a bare profile."""
        if name not in self._authors:
            with self._session.no_autoflush:
                row = self._session.scalar(
                    select(AuthorRow).where(
                        (AuthorRow.name == name) | (AuthorRow.name_latin == name)
                    )
                )
            if row is None:
                row = AuthorRow(name=name, slug=slugify(name))
                self._session.add(row)
            self._authors[name] = row
        return self._authors[name]


def apply_fields(vocabulary: Vocabulary, row: ArticleRow, fields: ArticleFields) -> None:
    """Set an article row from the writer's fields and derive counts and search text."""
    body_text = plain_text(fields.body_html)
    row.title = fields.title
    row.body_html = fields.body_html
    row.excerpt = fields.excerpt
    row.slug = fields.slug or slugify(fields.title)
    row.section = vocabulary.section(fields.section)
    row.tags = vocabulary.tags(fields.tags)
    row.byline = fields.byline.value
    row.author = vocabulary.author(fields.author) if fields.byline == Byline.AUTHOR else None
    row.status = fields.status.value
    row.featured_image_path = fields.featured_image
    row.featured_image_alt = fields.featured_image_alt
    _set_related(row, [related for related in dict.fromkeys(fields.related) if related != row.id])
    row.word_count = word_count(f"{fields.title}\n{body_text}")
    row.search_text = search_document(fields.title, fields.excerpt, body_text)
    row.updated_at = utc_now()
    row.dirty = True


def _set_related(row: ArticleRow, related_ids: list[int]) -> None:
    # Entries are reused by id: a new row with the same key would clash with the old one.
    existing = {entry.related_id: entry for entry in row.related_entries}
    entries = []
    for position, related_id in enumerate(related_ids):
        entry = existing.get(related_id) or RelatedArticleRow(related_id=related_id)
        entry.position = position
        entries.append(entry)
    row.related_entries = entries


def add_article(
    session: Session, vocabulary: Vocabulary, fields: ArticleFields, kind: RevisionKind
) -> ArticleRow:
    """Add an article and its first revision (ids are assigned at the next flush)."""
    row = ArticleRow(uid=str(uuid.uuid4()))
    apply_fields(vocabulary, row, fields)
    session.add(row)
    add_revision(row, kind)
    return row


def add_revision(row: ArticleRow, kind: RevisionKind, label: str = "") -> None:
    """Record the article's current title, body and excerpt as a revision."""
    row.revisions.add(
        RevisionRow(
            kind=kind.value,
            label=label,
            title=row.title,
            body_html=row.body_html,
            excerpt=row.excerpt,
        )
    )


def article_row(session: Session, article_id: int) -> ArticleRow:
    """Return an article's row or raise NOT_FOUND."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NewsdeskError(ErrorCode.NOT_FOUND, str(article_id))
    return row


def to_article(row: ArticleRow) -> Article:
    """Build the domain article from its row."""
    return Article(
        id=row.id,
        uid=row.uid,
        title=row.title,
        body_html=row.body_html,
        excerpt=row.excerpt,
        slug=row.slug,
        section=row.section.name if row.section else "",
        tags=tuple(tag.name for tag in row.tags),
        byline=Byline(row.byline),
        author=row.author.name if row.author else "",
        author_id=row.author_id,
        status=ArticleStatus(row.status),
        featured_image=row.featured_image_path,
        featured_image_alt=row.featured_image_alt,
        related=tuple(entry.related_id for entry in row.related_entries),
        word_count=row.word_count,
        created_at=row.created_at,
        updated_at=row.updated_at,
        remote_id=row.remote_id,
        conflict=row.conflict,
    )


def to_author(row: AuthorRow) -> Author:
    """Build the domain author from its row."""
    return Author(
        id=row.id,
        name=row.name,
        name_latin=row.name_latin,
        job_title=row.job_title,
        bio=row.bio,
        bio_en=row.bio_en,
        email=row.email,
    )


def summaries(
    session: Session,
    statuses: Iterable[ArticleStatus] = (),
    ids: list[int] | None = None,
    condition: ColumnElement[bool] | None = None,
) -> list[ArticleSummary]:
    """Return list rows, newest first (or in the order of ids), by status or any condition."""
    query = (
        select(
            ArticleRow.id,
            ArticleRow.title,
            SectionRow.name,
            ArticleRow.status,
            ArticleRow.word_count,
            ArticleRow.updated_at,
            ArticleRow.slug,
            ArticleRow.scheduled_for,
        )
        .outerjoin(SectionRow, ArticleRow.section_id == SectionRow.id)
        .order_by(ArticleRow.updated_at.desc(), ArticleRow.id.desc())
    )
    if condition is not None:
        query = query.where(condition)
    wanted = [status.value for status in statuses]
    if wanted:
        query = query.where(ArticleRow.status.in_(wanted))
    if ids is not None:
        query = query.where(ArticleRow.id.in_(ids))
    rows = [
        ArticleSummary(
            id=article_id,
            title=title,
            section=section or "",
            status=ArticleStatus(status),
            word_count=words,
            updated_at=updated_at,
            slug=slug,
            scheduled_for=scheduled_for,
        )
        for article_id, title, section, status, words, updated_at, slug, scheduled_for in (
            session.execute(query)
        )
    ]
    if ids is not None:
        rank = {article_id: position for position, article_id in enumerate(ids)}
        rows.sort(key=lambda row: rank[row.id])
    return rows


def slug_exists(session: Session, slug: str) -> bool:
    """Tell whether some article already uses this slug."""
    return session.scalar(select(ArticleRow.id).where(ArticleRow.slug == slug).limit(1)) is not None
