"""Domain objects, enums and typed errors shared by every layer."""

from newsdesk.domain.errors import ErrorCode, NewsdeskError
from newsdesk.domain.model import (
    Article,
    ArticleStatus,
    ArticleSummary,
    Author,
    Byline,
    Changes,
    Comment,
    CommentStatus,
    ReviewNote,
    Revision,
    RevisionKind,
    SearchHit,
    Section,
)

__all__ = [
    "Article",
    "ArticleStatus",
    "ArticleSummary",
    "Author",
    "Byline",
    "Changes",
    "Comment",
    "CommentStatus",
    "ErrorCode",
    "NewsdeskError",
    "ReviewNote",
    "Revision",
    "RevisionKind",
    "SearchHit",
    "Section",
]
