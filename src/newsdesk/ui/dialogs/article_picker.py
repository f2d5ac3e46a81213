"""Pick another article by searching the store (for read-also links and related articles)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
)

from newsdesk.services import articles
from newsdesk.ui.models.article_table import ArticleTableModel, Column
from newsdesk.ui.widgets.views import select_row, table_view

if TYPE_CHECKING:
    from newsdesk.domain import ArticleSummary
    from newsdesk.ui.context import AppContext

SEARCH_DELAY_MS = 200


class ArticlePicker(QDialog):
    """A search box over the article list; Enter or OK picks the selected article."""

    def __init__(self, context: AppContext, exclude: int | None, parent: Any = None) -> None:
        """Build the dialog; exclude is the article being edited."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an article"))
        self._context = context
        self._exclude = exclude
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search articles"))
        self.search_box.setAccessibleName(self.tr("Search articles"))
        self.model = ArticleTableModel(self)
        self.table = table_view(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            Column.TITLE, QHeaderView.ResizeMode.Stretch
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(self._timer.start)
        self.reload()

    def reload(self) -> None:
        """List the articles matching the search box."""
        store, query = self._context.store, self.search_box.text()
        if query.strip():
            job = partial(articles.search_articles, store, query)
        else:
            job = partial(articles.list_articles, store)
        self._context.tasks.submit(job, self._on_rows_loaded, lambda _error: None)

    def _on_rows_loaded(self, rows: list[ArticleSummary]) -> None:
        self.model.set_rows([row for row in rows if row.id != self._exclude])
        if self.model.rowCount():
            select_row(self.table, 0)

    def chosen(self) -> ArticleSummary | None:
        """Return the selected article."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @classmethod
    def ask(
        cls, parent: Any, context: AppContext, exclude: int | None = None
    ) -> ArticleSummary | None:
        """Show the picker and return the chosen article, or None."""
        dialog = cls(context, exclude, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
