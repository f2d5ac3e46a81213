"""Author profiles as a table model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from newsdesk.domain import Author
from newsdesk.text import isolate
from newsdesk.ui.models.base import RowTableModel


class Column(IntEnum):
    """Columns of the author list."""

    NAME = 0
    LATIN_NAME = 1
    JOB_TITLE = 2


class AuthorTableModel(RowTableModel[Author]):
    """Rows of Author."""

    translation_context = "AuthorTableModel"
    headers = (
        QT_TRANSLATE_NOOP("AuthorTableModel", "Name"),
        QT_TRANSLATE_NOOP("AuthorTableModel", "Name in Latin script"),
        QT_TRANSLATE_NOOP("AuthorTableModel", "Job title"),
    )

    def display(self, position: int, row: Author, column: int) -> str:
        """Return a cell's text."""
        if column == Column.NAME:
            return isolate(row.name)
        if column == Column.LATIN_NAME:
            return isolate(row.name_latin)
        return isolate(row.job_title)
