"""The main window: sidebar of places, the pane for the chosen place, store in the status bar."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from newsdesk.domain import CommentStatus, NewsdeskError
from newsdesk.services import catalogue
from newsdesk.ui.models.author_list import AuthorTableModel
from newsdesk.ui.models.author_list import Column as AuthorColumn
from newsdesk.ui.models.comment_table import Column as CommentColumn
from newsdesk.ui.models.comment_table import CommentTableModel
from newsdesk.ui.models.sidebar import ENTRIES, Place, SidebarModel, statuses_of
from newsdesk.ui.panes.articles_pane import ArticlesPane
from newsdesk.ui.panes.renderers import author_html, comment_html
from newsdesk.ui.panes.table_pane import TablePane

if TYPE_CHECKING:
    from newsdesk.ui.context import AppContext

SIDEBAR_WIDTH = 200


class MainWindow(QMainWindow):
    """The newsroom's main window."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Build the sidebar, the panes and the status bar."""
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("newsdesk"))
        self.sidebar_model = SidebarModel(self)
        self.sidebar = QListView(self)
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setAccessibleName(self.tr("Places"))
        self.sidebar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sidebar.setMinimumWidth(SIDEBAR_WIDTH)
        self.articles = ArticlesPane(context, self)
        store = context.store
        self.comments = TablePane(
            context,
            CommentTableModel(self),
            partial(catalogue.list_comments, store),
            comment_html,
            CommentColumn.EXCERPT,
            self,
        )
        self.comments.table.setAccessibleName(self.tr("Comments"))
        self.authors = TablePane(
            context,
            AuthorTableModel(self),
            partial(catalogue.list_authors, store),
            author_html,
            AuthorColumn.JOB_TITLE,
            self,
        )
        self.authors.table.setAccessibleName(self.tr("Authors"))
        self.stack = QStackedWidget(self)
        for pane in (self.articles, self.comments, self.authors):
            self.stack.addWidget(pane)
            pane.load_failed.connect(self._on_load_failed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)
        self.store_label = QLabel(self.tr("Store: {store}").format(store=store.describe()), self)
        self.statusBar().addPermanentWidget(self.store_label)
        self.sidebar.selectionModel().selectionChanged.connect(self._on_sidebar_selection_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.articles.search_box.setFocus)
        self.sidebar.setCurrentIndex(self.sidebar_model.index(0))
        self.refresh_counts()

    def current_place(self) -> Place:
        """Return the place the sidebar has selected."""
        return ENTRIES[self.sidebar.currentIndex().row()].place

    def show_place(self, place: Place) -> None:
        """Select a place in the sidebar and show it."""
        row = next(i for i, entry in enumerate(ENTRIES) if entry.place == place)
        self.sidebar.setCurrentIndex(self.sidebar_model.index(row))

    def refresh_counts(self) -> None:
        """Recount articles per queue and pending comments for the sidebar."""
        store = self._context.store

        def count() -> dict[Place, int]:
            by_status = catalogue.count_by_status(store)
            counts = {
                entry.place: sum(by_status.get(status, 0) for status in entry.statuses)
                for entry in ENTRIES
                if entry.statuses
            }
            counts[Place.COMMENTS] = catalogue.count_comments(store, CommentStatus.HOLD)
            return counts

        self._context.tasks.submit(count, self.sidebar_model.set_counts, self._on_load_failed)

    def _on_sidebar_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if not selected.indexes():
            return
        place = ENTRIES[selected.indexes()[0].row()].place
        if place == Place.COMMENTS:
            self.stack.setCurrentWidget(self.comments)
            self.comments.reload()
        elif place == Place.AUTHORS:
            self.stack.setCurrentWidget(self.authors)
            self.authors.reload()
        else:
            self.stack.setCurrentWidget(self.articles)
            self.articles.show_statuses(statuses_of(place))

    def _on_load_failed(self, error: Exception) -> None:
        if isinstance(error, NewsdeskError):
            message = self.tr("Could not read the store ({code}).").format(code=error.code.value)
        else:
            message = self.tr("Could not read the store.")
        self.statusBar().showMessage(message)
