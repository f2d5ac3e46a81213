"""Translated labels for domain enums, and numbers and times in the interface's locale.

The default QLocale carries the digit style (Western or Arabic-Indic): every number and time
shown goes through it, and translations use %Ln so their counts follow it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTime

from newsdesk.domain import ArticleStatus, CommentStatus

if TYPE_CHECKING:
    from datetime import datetime

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


def number(value: int) -> str:
    """Return a number with the interface's digits and grouping."""
    return QLocale().toString(value)


def date_time(moment: datetime, *, long: bool = False) -> str:
    """Return an aware moment as local wall-clock time in the interface's locale."""
    local = moment.astimezone().replace(tzinfo=None)
    style = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(local, style)


def clock_now() -> str:
    """Return the current local time of day (hours and minutes) in the interface's locale."""
    return QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
