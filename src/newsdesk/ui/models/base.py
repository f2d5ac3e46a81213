"""A table model over a cached list of rows: the shape every list in newsdesk shares."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Subclasses name their headers and say how to show a row; data() never does I/O."""

    translation_context: ClassVar[str]
    headers: ClassVar[tuple[str, ...]]

    def __init__(self, parent: Any = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: list[RowT]) -> None:
        """Replace every row (a full reload)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.prepare(self._rows)
        self.endResetModel()

    def prepare(self, rows: list[RowT]) -> None:
        """Precompute whatever display needs, once per reload."""

    def rows(self) -> list[RowT]:
        """Return every row, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        """Return the object shown in a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate(self.translation_context, self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return what a cell shows for a role."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.row(), row, index.column())
        return self.other_role(row, index.column(), role)

    def display(self, position: int, row: RowT, column: int) -> str:
        """Return a cell's text."""
        raise NotImplementedError

    def other_role(self, row: RowT, column: int, role: int) -> Any:
        """Return data for roles other than display and id."""
        return None
