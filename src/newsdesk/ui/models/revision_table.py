"""An article's revisions as a table model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from newsdesk.domain import Revision, RevisionKind
from newsdesk.text import word_count
from newsdesk.text.article_html import plain_text
from newsdesk.ui import labels
from newsdesk.ui.models.base import RowTableModel

_KINDS = {
    RevisionKind.SAVE: QT_TRANSLATE_NOOP("RevisionTableModel", "Saved"),
    RevisionKind.AUTOSAVE: QT_TRANSLATE_NOOP("RevisionTableModel", "Autosaved"),
    RevisionKind.IMPORT: QT_TRANSLATE_NOOP("RevisionTableModel", "Imported"),
    RevisionKind.SYNC_BASE: QT_TRANSLATE_NOOP("RevisionTableModel", "As on the site"),
    RevisionKind.THEIRS: QT_TRANSLATE_NOOP("RevisionTableModel", "Changed on the site"),
}


class Column(IntEnum):
    """Columns of the revision list."""

    TIME = 0
    KIND = 1
    WORDS = 2


class RevisionTableModel(RowTableModel[Revision]):
    """Rows of Revision, newest first, with word counts worked out once."""

    translation_context = "RevisionTableModel"
    headers = (
        QT_TRANSLATE_NOOP("RevisionTableModel", "Time"),
        QT_TRANSLATE_NOOP("RevisionTableModel", "Kind"),
        QT_TRANSLATE_NOOP("RevisionTableModel", "Words"),
    )

    def prepare(self, rows: list[Revision]) -> None:
        """Count the words of every revision."""
        self._words = [word_count(plain_text(row.body_html)) for row in rows]

    def display(self, position: int, row: Revision, column: int) -> str:
        """Return a cell's text."""
        if column == Column.TIME:
            return labels.date_time(row.created_at)
        if column == Column.KIND:
            kind = QCoreApplication.translate(self.translation_context, _KINDS[row.kind])
            return f"{kind} — {row.label}" if row.label else kind
        return labels.number(self._words[position])
