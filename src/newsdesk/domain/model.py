"""Plain dataclasses for articles, authors, comments and the changes services report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime


class ArticleStatus(StrEnum):
    """Where an article stands in the newsroom workflow."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    TRASHED = "trashed"


class Byline(StrEnum):
    """Who an article is signed by: a person, or the editorial team as such."""

    AUTHOR = "author"
    EDITORIAL_TEAM = "editorial_team"


class RevisionKind(StrEnum):
    """Why a revision was recorded."""

    SAVE = "save"
    AUTOSAVE = "autosave"
    IMPORT = "import"
    # The copy last agreed with the site (the base of a three-way merge), and the site's
    # copy when it changed under a local edit.
    SYNC_BASE = "sync_base"
    THEIRS = "theirs"


class CommentStatus(StrEnum):
    """A reader comment's moderation state, named as WordPress responses name it."""

    HOLD = "hold"
    APPROVED = "approved"
    SPAM = "spam"
    TRASH = "trash"


class Decision(StrEnum):
    """What a moderator can decide about a comment (``restore`` undoes spam or trash)."""

    APPROVE = "approve"
    HOLD = "hold"
    SPAM = "spam"
    TRASH = "trash"
    RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class Section:
    """A site section (a WordPress category)."""

    id: int
    name: str
    slug: str


@dataclass(frozen=True, slots=True)
class Author:
    """A writer's profile as shown in the byline and the author box."""

    id: int
    name: str
    name_latin: str = ""
    job_title: str = ""
    bio: str = ""
    bio_en: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A whole article: metadata plus the body in canonical HTML."""

    id: int
    uid: str
    title: str
    body_html: str
    excerpt: str = ""
    slug: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    byline: Byline = Byline.EDITORIAL_TEAM
    author: str = ""
    author_id: int | None = None
    status: ArticleStatus = ArticleStatus.DRAFT
    featured_image: str = ""
    featured_image_alt: str = ""
    related: tuple[int, ...] = ()
    word_count: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    remote_id: int | None = None
    # The site's copy changed under unpushed local edits: a merge is needed.
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list."""

    id: int
    title: str
    section: str
    status: ArticleStatus
    word_count: int
    updated_at: datetime
    slug: str = ""
    scheduled_for: datetime | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An article found by full-text search."""

    id: int
    title: str
    status: ArticleStatus


@dataclass(frozen=True, slots=True)
class Revision:
    """A stored copy of an article at one moment."""

    id: int
    article_id: int
    kind: RevisionKind
    title: str
    body_html: str
    created_at: datetime
    label: str = ""
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment under an article."""

    id: int
    article_id: int | None
    article_title: str
    author_name: str
    content_html: str
    status: CommentStatus
    date_gmt: datetime
    author_email: str = ""
    author_url: str = ""
    author_ip: str = ""
    parent_id: int | None = None
    remote_id: int | None = None
    # Moderation: the site's own status beside the moderator's (``status``), and whether
    # another moderator's change on the site collided with a local decision.
    server_status: CommentStatus | None = None
    conflict: bool = False
    # A local decision, reply or edit still waiting in the outbox.
    pending: bool = False
    content_raw: str = ""
    # The text before the first local edit ("" when never edited).
    original_content_raw: str = ""
    site: str = ""


@dataclass(frozen=True, slots=True)
class ReviewNote:
    """An editor's note on an article under review."""

    id: int
    article_id: int
    author_name: str
    body: str
    created_at: datetime


@dataclass(slots=True)
class Changes:
    """What a service touched, so front ends refresh only that."""

    articles: set[int] = field(default_factory=set)
    authors: set[int] = field(default_factory=set)
    comments: set[int] = field(default_factory=set)
    structure: bool = False

    def merge(self, other: Changes) -> Changes:
        """Add another service's changes to these."""
        self.articles |= other.articles
        self.authors |= other.authors
        self.comments |= other.comments
        self.structure = self.structure or other.structure
        return self
