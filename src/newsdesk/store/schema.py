"""SQLAlchemy 2 typed mapping of the local store (the schema at the newest migration)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    WriteOnlyMapped,
    mapped_column,
    relationship,
)

# Longest name of a section, tag or author, and longest slug (WordPress allows 200).
NAME_LENGTH = 200


class UtcDateTime(TypeDecorator[datetime]):
    """Store naive UTC, hand back aware UTC, on every backend alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert to naive UTC before writing."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Mark what was read as UTC."""
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every table."""


article_tags = Table(
    "article_tags",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class AuthorRow(Base):
    """A writer's profile; remote_id links it to a WordPress user."""

    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    name_latin: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    slug: Mapped[str] = mapped_column(String(NAME_LENGTH), default="", index=True)
    job_title: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    bio_en: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    avatar_path: Mapped[str] = mapped_column(String(1000), default="")
    remote_id: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class SectionRow(Base):
    """A site section, which WordPress calls a category."""

    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    slug: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    remote_id: Mapped[int | None] = mapped_column(Integer, index=True)


class TagRow(Base):
    """A tag; WordPress tags are flat."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    slug: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    remote_id: Mapped[int | None] = mapped_column(Integer, index=True)


class ArticleRow(Base):
    """An article with its local workflow state and what sync needs to stay safe."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A client-side identity that travels with the post, so a retried create can
    # find the post an earlier, lost response had already made.
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("sections.id", ondelete="SET NULL"), index=True
    )
    byline: Mapped[str] = mapped_column(String(20), default="editorial_team")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("authors.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    featured_image_path: Mapped[str] = mapped_column(String(1000), default="")
    featured_image_alt: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    scheduled_for: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    # Normalised title, excerpt and body text: what full-text search indexes.
    search_text: Mapped[str] = mapped_column(Text, default="")

    # Sync bookkeeping: the server copy we last agreed with.
    remote_id: Mapped[int | None] = mapped_column(Integer, index=True)
    remote_status: Mapped[str] = mapped_column(String(20), default="")
    remote_modified_gmt: Mapped[datetime | None] = mapped_column(UtcDateTime)
    remote_revision_id: Mapped[int | None] = mapped_column(Integer)
    remote_featured_media_id: Mapped[int | None] = mapped_column(Integer)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The revision holding the last synced copy: the base of a three-way merge.
    base_revision_id: Mapped[int | None] = mapped_column(Integer)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    # The account whose site holds remote_id (a plain column: SQLite cannot add the key later).
    account_id: Mapped[int | None] = mapped_column(Integer)
    # What the site changed in the last push (differences found on reading it back).
    sync_report: Mapped[list[str] | None] = mapped_column(JSON)

    section: Mapped[SectionRow | None] = relationship(lazy="joined")
    author: Mapped[AuthorRow | None] = relationship(lazy="joined")
    tags: Mapped[list[TagRow]] = relationship(secondary=article_tags, lazy="selectin")
    related_entries: Mapped[list[RelatedArticleRow]] = relationship(
        foreign_keys="RelatedArticleRow.article_id",
        order_by="RelatedArticleRow.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )
    # Write-only: adding an autosave checkpoint must not load the whole history.
    revisions: WriteOnlyMapped[RevisionRow] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class RelatedArticleRow(Base):
    """An ordered 'related articles' entry under an article."""

    __tablename__ = "article_related"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    related_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class RevisionRow(Base):
    """A stored copy of an article: explicit saves, autosave checkpoints, sync bases."""

    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_article_created", "article_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    title: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    excerpt: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # For copies of the site's version: which version of the post it was.
    remote_modified_gmt: Mapped[datetime | None] = mapped_column(UtcDateTime)
    remote_revision_id: Mapped[int | None] = mapped_column(Integer)


class CommentRow(Base):
    """A reader comment, with the moderator's local decision kept beside the server's status."""

    __tablename__ = "comments"
    __table_args__ = (
        UniqueConstraint("site", "remote_id"),
        Index("ix_comments_site_post", "site", "remote_post_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site: Mapped[str] = mapped_column(String(500), default="")
    remote_id: Mapped[int | None] = mapped_column(Integer)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    remote_post_id: Mapped[int | None] = mapped_column(Integer)
    post_title: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(500), default="")
    author_email: Mapped[str] = mapped_column(String(320), default="")
    author_url: Mapped[str] = mapped_column(String(1000), default="")
    author_ip: Mapped[str] = mapped_column(String(64), default="")
    author_user_agent: Mapped[str] = mapped_column(Text, default="")
    date_gmt: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    content_html: Mapped[str] = mapped_column(Text, default="")
    content_raw: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Moderation (0006). ``status`` is what the moderator sees, a local decision included;
    # ``server_status`` is the site's status as last seen ("" for a comment only made here).
    server_status: Mapped[str] = mapped_column(String(20), default="")
    # The status restore goes back to: what the comment had before spam or trash.
    restore_status: Mapped[str] = mapped_column(String(20), default="")
    # The site collided with a local decision or edit: both stay visible until decided again.
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    # The text before the first local edit ("" while never edited).
    original_content_raw: Mapped[str] = mapped_column(Text, default="")
    # WordPress ids of the parent comment and of the commenting user (0: none, a visitor).
    remote_parent_id: Mapped[int] = mapped_column(Integer, default=0)
    remote_author_id: Mapped[int] = mapped_column(Integer, default=0)
    # Which decision batch last changed ``status`` (for undo); a counter, not a time.
    decision_seq: Mapped[int | None] = mapped_column(Integer, index=True)


class ReviewNoteRow(Base):
    """An editor's note on an article under review."""

    __tablename__ = "review_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    author_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    kind: Mapped[str] = mapped_column(String(30), default="note")
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    remote_key: Mapped[str] = mapped_column(String(64), default="")


class OutboxRow(Base):
    """A change waiting to reach the server, written in the same transaction as the change."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_entity", "state", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(30))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class AccountRow(Base):
    """A WordPress user on a site; the application password is in the system keyring."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("site_url", "username"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_url: Mapped[str] = mapped_column(String(500))
    username: Mapped[str] = mapped_column(String(NAME_LENGTH))
    user_id: Mapped[int] = mapped_column(Integer)
    display_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    capabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    site_name: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(20), default="")
    timezone: Mapped[str] = mapped_column(String(100), default="")
    gmt_offset: Mapped[float] = mapped_column(Float, default=0.0)
    verified_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class SyncCursorRow(Base):
    """How far an incremental pull of one resource from one site has come."""

    __tablename__ = "sync_cursors"
    __table_args__ = (UniqueConstraint("site", "resource"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site: Mapped[str] = mapped_column(String(500))
    resource: Mapped[str] = mapped_column(String(50))
    value: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
