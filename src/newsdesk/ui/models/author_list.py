"""Author profiles as models: the read-only table, and the byline list of the author pane."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from newsdesk.services.authors import EDITORIAL_TEAM_NAME
from newsdesk.text import isolate, normalise
from newsdesk.ui import labels

if TYPE_CHECKING:
    from newsdesk.services.authors import AuthorProfile
    from newsdesk.ui.models.base import Index


class AuthorRole(IntEnum):
    """Roles of the byline list beyond display."""

    ID = Qt.ItemDataRole.UserRole + 1
    IS_TEAM = Qt.ItemDataRole.UserRole + 2


class AuthorListModel(QAbstractListModel):
    """The bylines: the editorial team first (not a person), then every profile by name.

    ``data()`` reads a cache that ``set_rows`` fills; each row's normalised Arabic and Latin
    names are computed there once, for ``AuthorFilter``.
    """

    def __init__(self, parent: Any = None) -> None:
        """Start with the editorial team only."""
        super().__init__(parent)
        self._rows: list[AuthorProfile | None] = [None]
        self._keys: list[str] = [self._team_key()]

    @staticmethod
    def _team_key() -> str:
        return normalise(f"{labels.editorial_team()} {EDITORIAL_TEAM_NAME}")

    def set_rows(self, profiles: list[AuthorProfile]) -> None:
        """Replace the profiles (a full reload); the editorial team stays first."""
        self.beginResetModel()
        self._rows = [None, *profiles]
        self._keys = [self._team_key()] + [
            normalise(f"{row.name} {row.name_latin}") for row in profiles
        ]
        self.endResetModel()

    def profile_at(self, row: int) -> AuthorProfile | None:
        """Return the profile of a row (None: the editorial team)."""
        return self._rows[row]

    def key_at(self, row: int) -> str:
        """Return a row's normalised names (what search matches)."""
        return self._keys[row]

    def row_of(self, author_id: int | None) -> int | None:
        """Return the row of an author id (None: the editorial team's row)."""
        for position, row in enumerate(self._rows):
            if (row.id if row is not None else None) == author_id:
                return position
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return how many bylines there are (a list has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a byline's name, tooltip, icon hint or id."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if row is None:
                return labels.editorial_team()
            return isolate(row.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row is None:
                return QCoreApplication.translate(
                    "AuthorListModel", "The newsroom as a whole: a byline, not a person"
                )
            return row.name_latin or row.name
        if role == Qt.ItemDataRole.FontRole and row is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == AuthorRole.ID:
            return None if row is None else row.id
        if role == AuthorRole.IS_TEAM:
            return row is None
        return None


class AuthorFilter(QSortFilterProxyModel):
    """Shows the bylines whose Arabic or Latin name holds every normalised query word."""

    def __init__(self, parent: Any = None) -> None:
        """Start with no query (everything shown)."""
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        """Filter by a query, normalised as search normalises it."""
        self.beginFilterChange()
        self._words = normalise(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        """Accept a row whose names hold every query word."""
        model = self.sourceModel()
        if not isinstance(model, AuthorListModel):
            return True
        key = model.key_at(source_row)
        return all(word in key for word in self._words)
