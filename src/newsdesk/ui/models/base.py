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
        """Start empty, in the order the rows come in."""
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[RowT]) -> None:
        """Replace every row (a full reload), in the order the user chose last."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._order is not None:
            self._sort_rows(*self._order)
        self.prepare(self._rows)
        self.endResetModel()

    def sort_key(self, row: RowT, column: int) -> Any:
        """Return what a column sorts by; None (the default) leaves the rows as they came."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view's header calls this), keeping the selection.

        Column -1 (no header chosen) keeps the order the rows come in from now on.
        """
        if column < 0:
            self._order = None
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._sort_rows(column, order)
        position = {id(row): number for number, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(position[id(before[index.row()])], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.prepare(self._rows)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if self._rows and self.sort_key(self._rows[0], column) is not None:
            descending = order == Qt.SortOrder.DescendingOrder
            self._rows.sort(key=lambda row: self.sort_key(row, column), reverse=descending)

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
