"""Small helpers for item views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QWidget


def table_view(parent: QWidget) -> QTableView:
    """Return a table that Tab leaves: arrows move between cells, Tab to the next control.

    QTableView moves between cells on Tab by default, which traps keyboard users inside it.
    """
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    return table


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select a whole row and make it current.

    QTableView.selectRow() picks the row through the header's visual edge and
    selects nothing in a right-to-left view before its first layout, so go
    through the selection model instead.
    """
    index = view.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows
        | QItemSelectionModel.SelectionFlag.Current
    )
    view.selectionModel().setCurrentIndex(index, flags)
