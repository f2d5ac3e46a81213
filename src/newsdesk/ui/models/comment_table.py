"""Reader comments as a table model (read-only until moderation lands)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from newsdesk.domain import Comment
from newsdesk.text import isolate
from newsdesk.text.article_html import plain_text
from newsdesk.ui import labels
from newsdesk.ui.models.base import RowTableModel

EXCERPT_LENGTH = 120


class Column(IntEnum):
    """Columns of the comment table."""

    AUTHOR = 0
    EXCERPT = 1
    ARTICLE = 2
    DATE = 3
    STATUS = 4


class CommentTableModel(RowTableModel[Comment]):
    """Rows of Comment with their excerpts prepared once per reload."""

    translation_context = "CommentTableModel"
    headers = (
        QT_TRANSLATE_NOOP("CommentTableModel", "Author"),
        QT_TRANSLATE_NOOP("CommentTableModel", "Comment"),
        QT_TRANSLATE_NOOP("CommentTableModel", "Article"),
        QT_TRANSLATE_NOOP("CommentTableModel", "Date"),
        QT_TRANSLATE_NOOP("CommentTableModel", "Status"),
    )

    def prepare(self, rows: list[Comment]) -> None:
        """Extract plain-text excerpts: comment HTML is untrusted and never rendered here."""
        self._excerpts = [
            " ".join(plain_text(row.content_html).split())[:EXCERPT_LENGTH] for row in rows
        ]

    def display(self, position: int, row: Comment, column: int) -> str:
        """Return a cell's text; names and text are isolated so they cannot reorder the row."""
        if column == Column.AUTHOR:
            return isolate(row.author_name)
        if column == Column.EXCERPT:
            return isolate(self._excerpts[position])
        if column == Column.ARTICLE:
            return isolate(row.article_title)
        if column == Column.DATE:
            local = row.date_gmt.astimezone().replace(tzinfo=None)
            return QLocale().toString(local, QLocale.FormatType.ShortFormat)
        return labels.comment_status(row.status)
