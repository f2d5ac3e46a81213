"""A read-only table above a detail view: the shape of the comments and authors panes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.ui.panes.reader_view import ReaderView
from newsdesk.ui.widgets.views import select_row

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsdesk.ui.context import AppContext
    from newsdesk.ui.models.base import RowTableModel


class TablePane(QWidget):
    """Loads rows with a service call and shows the selected row in a reader view."""

    rows_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        model: RowTableModel[Any],
        load: Callable[[], list[Any]],
        render: Callable[[Any], str],
        stretch_column: int,
        parent: Any = None,
    ) -> None:
        """Wire a model, the service call that fills it and how to render one row."""
        super().__init__(parent)
        self._context = context
        self._load = load
        self._render = render
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.detail = ReaderView(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    def reload(self) -> None:
        """Fetch the rows again in the background."""
        self._context.tasks.submit(self._load, self._on_rows_loaded, self.load_failed.emit)

    def _on_rows_loaded(self, rows: list[Any]) -> None:
        self.table.scrollToTop()
        self.model.set_rows(rows)
        if rows:
            select_row(self.table, 0)
        self.rows_loaded.emit(len(rows))

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if selected.indexes():
            row = self.model.row_at(selected.indexes()[0].row())
            self.detail.document().setHtml(self._render(row))
