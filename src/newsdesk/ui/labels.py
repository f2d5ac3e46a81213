"""Translated labels for domain enums."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from newsdesk.domain import ArticleStatus, CommentStatus

_ARTICLE_STATUS = {
    ArticleStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    ArticleStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    ArticleStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Changes requested"),
    ArticleStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    ArticleStatus.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    ArticleStatus.TRASHED: QT_TRANSLATE_NOOP("Labels", "Trashed"),
}
_COMMENT_STATUS = {
    CommentStatus.HOLD: QT_TRANSLATE_NOOP("Labels", "Pending"),
    CommentStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    CommentStatus.SPAM: QT_TRANSLATE_NOOP("Labels", "Spam"),
    CommentStatus.TRASH: QT_TRANSLATE_NOOP("Labels", "Trash"),
}
EDITORIAL_TEAM = QT_TRANSLATE_NOOP("Labels", "Editorial team")


def article_status(status: ArticleStatus) -> str:
    """Return the translated name of an article status."""
    return QCoreApplication.translate("Labels", _ARTICLE_STATUS[status])


def comment_status(status: CommentStatus) -> str:
    """Return the translated name of a comment status."""
    return QCoreApplication.translate("Labels", _COMMENT_STATUS[status])


def editorial_team() -> str:
    """Return the translated byline of the newsroom as a whole."""
    return QCoreApplication.translate("Labels", EDITORIAL_TEAM)
