"""The ordered list of related articles shown under an article."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex

from newsdesk.domain import ArticleSummary
from newsdesk.text import isolate
from newsdesk.ui.models.base import RowTableModel


class RelatedArticlesModel(RowTableModel[ArticleSummary]):
    """Related articles in the order the writer chose; editable by add, remove and move."""

    translation_context = "RelatedArticlesModel"
    headers = (QT_TRANSLATE_NOOP("RelatedArticlesModel", "Related articles"),)

    def display(self, position: int, row: ArticleSummary, column: int) -> str:
        """Return the related article's title."""
        return isolate(row.title)

    def ids(self) -> tuple[int, ...]:
        """Return the related articles' ids in order."""
        return tuple(row.id for row in self._rows)

    def append(self, row: ArticleSummary) -> bool:
        """Add an article at the end unless it is already listed."""
        if row.id in self.ids():
            return False
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()
        return True

    def remove(self, position: int) -> None:
        """Drop the article at a position."""
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()

    def move(self, position: int, offset: int) -> int:
        """Move an article up (-1) or down (+1); return where it is now."""
        target = position + offset
        if not 0 <= target < len(self._rows) or offset not in (-1, 1):
            return position
        # Qt's destination index counts the rows before the move.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self.endMoveRows()
        return target
