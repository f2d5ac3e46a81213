"""The article list with its search box, and the reader view of the chosen article."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services import articles
from newsdesk.ui.models.article_table import ArticleTableModel, Column
from newsdesk.ui.panes.reader_view import ReaderView
from newsdesk.ui.widgets.views import select_row, table_view

if TYPE_CHECKING:
    from newsdesk.domain import Article, ArticleStatus, ArticleSummary, Author
    from newsdesk.ui.context import AppContext

SEARCH_DELAY_MS = 250


class ArticlesPane(QWidget):
    """Lists the articles of one queue, filtered by an Arabic-normalised search."""

    articles_loaded = Signal(int)
    load_failed = Signal(object)
    edit_requested = Signal(int)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Build the search box, the table and the reader view."""
        super().__init__(parent)
        self._context = context
        self._statuses: tuple[ArticleStatus, ...] = ()
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Search articles (Arabic spelling variants match)")
        )
        self.search_box.setAccessibleName(self.tr("Search articles"))
        self.search_box.setClearButtonEnabled(True)
        self.model = ArticleTableModel(self)
        self.table = table_view(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (Column.SECTION, Column.STATUS, Column.WORDS, Column.UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # As the store lists them (newest change first, search hits by rank) until a header
        # is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.reader = ReaderView(self)
        self.reader.setAccessibleName(self.tr("Article preview"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("articles")
        splitter.addWidget(self.table)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(splitter)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        self.reader.article_link_clicked.connect(self._on_reader_article_link_clicked)

    def show_statuses(self, statuses: tuple[ArticleStatus, ...]) -> None:
        """List the articles in these statuses."""
        self._statuses = statuses
        self.reload()

    def reload(self) -> None:
        """Query the store again for the current queue and search text."""
        store, statuses, query = self._context.store, self._statuses, self.search_box.text()
        if query.strip():
            job = partial(articles.search_articles, store, query, statuses)
        else:
            job = partial(articles.list_articles, store, statuses)
        self._context.tasks.submit(job, self._on_rows_loaded, self.load_failed.emit)

    def _on_rows_loaded(self, rows: list[ArticleSummary]) -> None:
        self.table.scrollToTop()
        self.model.set_rows(rows)
        if rows:
            select_row(self.table, 0)
        else:
            self.reader.show_message(self.tr("No articles here."))
        self.articles_loaded.emit(len(rows))

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if selected.indexes():
            self.open_article(self.model.row_at(selected.indexes()[0].row()).id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.edit_requested.emit(self.model.row_at(index.row()).id)

    def open_article(self, article_id: int) -> None:
        """Show an article in the reader view."""
        store = self._context.store
        self._context.tasks.submit(
            partial(articles.get_article_with_author, store, article_id),
            self._on_article_loaded,
            self.load_failed.emit,
        )

    def _on_article_loaded(self, loaded: tuple[Article, Author | None]) -> None:
        self.reader.show_article(*loaded)

    def _on_reader_article_link_clicked(self, slug: str) -> None:
        store = self._context.store
        self._context.tasks.submit(
            partial(articles.find_by_slug, store, slug), self._on_slug_found, self.load_failed.emit
        )

    def _on_slug_found(self, article_id: int | None) -> None:
        if article_id is None:
            self.reader.show_message(self.tr("That article is not in this store."))
        else:
            self.open_article(article_id)
