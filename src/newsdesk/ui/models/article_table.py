"""The article list as a table model over rows the services return."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from newsdesk.domain import ArticleStatus, ArticleSummary
from newsdesk.text import isolate, normalise
from newsdesk.ui import labels
from newsdesk.ui.models.base import RowTableModel


class Column(IntEnum):
    """Columns of the article list."""

    TITLE = 0
    SECTION = 1
    STATUS = 2
    WORDS = 3
    UPDATED = 4


class ArticleTableModel(RowTableModel[ArticleSummary]):
    """Rows of ArticleSummary."""

    translation_context = "ArticleTableModel"
    headers = (
        QT_TRANSLATE_NOOP("ArticleTableModel", "Title"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Section"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Status"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Words"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Updated"),
    )

    def display(self, position: int, row: ArticleSummary, column: int) -> str:
        """Return a cell's text."""
        if column == Column.TITLE:
            # Isolated so a Latin-first title cannot reorder the cell in an RTL view.
            return isolate(row.title)
        if column == Column.SECTION:
            return row.section
        if column == Column.STATUS:
            if row.scheduled_for is not None and row.status is ArticleStatus.SCHEDULED:
                when = labels.date_time(row.scheduled_for)
                return f"{labels.article_status(row.status)} · {when}"
            return labels.article_status(row.status)
        if column == Column.WORDS:
            return labels.number(row.word_count)
        return labels.date_time(row.updated_at)

    def sort_key(self, row: ArticleSummary, column: int) -> Any:
        """Sort texts as search matches them (harakat, hamza forms, tatweel aside)."""
        if column == Column.TITLE:
            return normalise(row.title)
        if column == Column.SECTION:
            return normalise(row.section)
        if column == Column.STATUS:
            return list(ArticleStatus).index(row.status)
        if column == Column.WORDS:
            return row.word_count
        return row.updated_at

    def other_role(self, row: ArticleSummary, column: int, role: int) -> Any:
        """Return tooltips and number alignment."""
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.WORDS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None
