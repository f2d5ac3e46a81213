"""The main window: sidebar of places, the pane for the chosen place, store in the status bar."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.config.session import EditingSession
from newsdesk.config.settings import Settings, save_settings
from newsdesk.domain import CommentStatus, NewsdeskError
from newsdesk.services import catalogue, editing, publishing, transfer
from newsdesk.sync import PushStatus
from newsdesk.text import isolate
from newsdesk.ui.models.sidebar import ENTRIES, Place, SidebarModel, statuses_of
from newsdesk.ui.panes.articles_pane import ArticlesPane
from newsdesk.ui.panes.authors_pane import AuthorsPane
from newsdesk.ui.panes.moderation_pane import ModerationPane
from newsdesk.ui.panes.review_pane import ReviewPane
from newsdesk.ui.sync_worker import SyncWorker

if TYPE_CHECKING:
    from newsdesk.ui.context import AppContext
from newsdesk.ui.dialogs.help_dialogs import AboutDialog, ShortcutSheet
from newsdesk.ui.dialogs.settings_dialog import Page, SettingsDialog
from newsdesk.ui.editor.editor_pane import EditorPane
from newsdesk.ui.errors import error_message
from newsdesk.ui.widgets import icons
from newsdesk.ui.widgets.hint_bar import HintBar
from newsdesk.ui.window_state import WindowState

SIDEBAR_WIDTH = 200


class MainWindow(QMainWindow):
    """The newsroom's main window."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Build the sidebar, the panes and the status bar."""
        super().__init__(parent)
        self._context = context
        self.window_state = WindowState(context.paths.config_dir)
        # Set when the user asked to move the data folder: the app moves it once closed.
        self.requested_data_folder: Path | None = None
        self.setWindowTitle(self.tr("newsdesk"))
        self.sidebar_model = SidebarModel(self)
        self.sidebar = QListView(self)
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setAccessibleName(self.tr("Places"))
        self.sidebar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sidebar.setMinimumWidth(SIDEBAR_WIDTH)
        self.articles = ArticlesPane(context, self)
        store = context.store
        self.comments = ModerationPane(context, self)
        self.authors = AuthorsPane(context, self)
        self.review = ReviewPane(context, self)
        self.editor = EditorPane(context, self)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.inspector.title.textChanged.connect(lambda _text: self._show_window_title())
        self.inspector_dock = QDockWidget(self.tr("Article"), self)
        self.inspector_dock.setObjectName("inspector")
        self.inspector_dock.setWidget(self.editor.inspector)
        self.inspector_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        # Dock areas are not mirrored: put the inspector at the far end of the reading direction.
        end = Qt.DockWidgetArea.LeftDockWidgetArea
        if not self.isRightToLeft():
            end = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(end, self.inspector_dock)
        self.inspector_dock.hide()
        self.stack = QStackedWidget(self)
        for pane in (self.articles, self.comments, self.authors, self.review):
            self.stack.addWidget(pane)
        self.review.load_failed.connect(self._on_action_failed)
        self.review.take_over_requested.connect(self.edit_article)
        self.review.decided.connect(lambda _result: self.refresh_counts())
        self.articles.load_failed.connect(self._on_load_failed)
        self.authors.load_failed.connect(self._on_load_failed)
        # Moderation failures are about decisions and sites, not about reading the store.
        self.comments.load_failed.connect(self._on_action_failed)
        self.comments.decided.connect(lambda _count: self.refresh_counts())
        self.stack.addWidget(self.editor)
        self.articles.edit_requested.connect(self.edit_article)
        self.hint_bar = HintBar(self)
        self.hint_bar.dismissed.connect(self._on_hint_dismissed)
        self.hint_bar.turned_off.connect(self._on_hints_turned_off)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.hint_bar)
        centre_layout.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("places")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)
        self.store_label = QLabel(self.tr("Store: {store}").format(store=store.describe()), self)
        self.statusBar().addPermanentWidget(self.store_label)
        self.sync = SyncWorker(context, self)
        self.sync.status_changed.connect(self.statusBar().showMessage)
        self.sync.drained.connect(self._on_sync_drained)
        self.review.sync_requested.connect(self.sync.drain)
        self.sidebar.selectionModel().selectionChanged.connect(self._on_sidebar_selection_changed)
        self.sidebar.clicked.connect(self._on_sidebar_clicked)
        find = QShortcut(
            QKeySequence.StandardKey.Find, self.articles, self.articles.search_box.setFocus
        )
        # Only while the list is shown: the editor has its own find bar on the same keys.
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._build_actions()
        self.apply_settings(context.settings)
        self.sidebar.setCurrentIndex(self.sidebar_model.index(0))
        self.refresh_counts()

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main-toolbar")
        self.addToolBar(toolbar)
        self.new_action = self._main_action(
            toolbar, "mdi6.file-plus-outline", self.tr("New article"), QKeySequence.StandardKey.New
        )
        self.new_action.triggered.connect(self.new_article)
        self.save_action = self._main_action(
            toolbar, "mdi6.content-save-outline", self.tr("Save"), QKeySequence.StandardKey.Save
        )
        self.save_action.triggered.connect(lambda _checked=False: self.editor.save())
        self.import_action = self._main_action(
            toolbar, "mdi6.file-import-outline", self.tr("Import…"), QKeySequence.StandardKey.Open
        )
        self.import_action.triggered.connect(self._on_import_triggered)
        self.export_action = self._main_action(
            toolbar, "mdi6.file-export-outline", self.tr("Export…"), QKeySequence.StandardKey.SaveAs
        )
        self.export_action.triggered.connect(self._on_export_triggered)
        toolbar.addSeparator()
        self.draft_action = self._main_action(
            toolbar, "mdi6.cloud-upload-outline", self.tr("Send to the site as a draft"), None
        )
        self.draft_action.triggered.connect(
            lambda _checked=False: self.push_current(PushStatus.DRAFT)
        )
        self.submit_action = self._main_action(
            toolbar, "mdi6.send-check-outline", self.tr("Submit for review"), None
        )
        self.submit_action.triggered.connect(
            lambda _checked=False: self.push_current(PushStatus.PENDING)
        )
        # Delete works on the list itself; from the menu it takes the article on screen.
        self.trash_action = QAction(
            icons.icon("mdi6.delete-outline"), self.tr("Move to trash"), self
        )
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.articles.table.addAction(self.trash_action)
        self.trash_action.triggered.connect(lambda _checked=False: self.trash_current())
        self.restore_action = QAction(self.tr("Restore from trash"), self)
        self.restore_action.triggered.connect(lambda _checked=False: self.restore_current())
        self.accounts_action = self._main_action(
            toolbar, "mdi6.account-key-outline", self.tr("WordPress accounts…"), None
        )
        self.accounts_action.triggered.connect(
            lambda _checked=False: self.edit_settings(Page.ACCOUNTS)
        )
        self._build_menus()

    def _build_menus(self) -> None:
        """Put every main action in a menu too, so all of them are reachable by keyboard."""
        articles = self.menuBar().addMenu(self.tr("&Article"))
        for action in (
            self.new_action,
            self.save_action,
            self.import_action,
            self.export_action,
            self.draft_action,
            self.submit_action,
        ):
            articles.addAction(action)
        articles.addSeparator()
        articles.addAction(self.trash_action)
        articles.addAction(self.restore_action)
        articles.addSeparator()
        articles.addAction(self.accounts_action)
        settings = articles.addAction(self.tr("&Settings…"))
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(lambda _checked=False: self.edit_settings())
        quit_action = articles.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        # The editor's actions, reachable from the menu bar too; usable only while it shows.
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions(self.editor.editing_actions)
        edit_menu.addSeparator()
        edit_menu.addAction(self.editor.find_action)
        format_menu = self.menuBar().addMenu(self.tr("F&ormat"))
        for action in self.editor.actions.formatting_actions():
            if action is None:
                format_menu.addSeparator()
            else:
                format_menu.addAction(action)
        self._editor_menu_actions = [*edit_menu.actions(), *format_menu.actions()]
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, entry in enumerate(ENTRIES, start=1):
            place = go_menu.addAction(QCoreApplication.translate("Sidebar", entry.label))
            place.setShortcut(QKeySequence(f"Alt+{number}"))
            place.triggered.connect(
                lambda _checked=False, where=entry.place: self.show_place(where)
            )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(lambda _checked=False: self.show_shortcuts())
        about = help_menu.addAction(self.tr("&About newsdesk"))
        about.triggered.connect(lambda _checked=False: AboutDialog(self).exec())

    def edit_settings(self, page: Page = Page.GENERAL) -> None:
        """Let the user change the preferences, save them, and apply what can apply now."""
        authors = [author.name for author in catalogue.list_authors(self._context.store)]
        dialog = SettingsDialog(self._context, self.settings, authors, self, page)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen, folder = dialog.chosen(), dialog.requested_data_folder
        finally:
            dialog.deleteLater()
        save_settings(self._context.paths, chosen)
        if chosen.show_hints and not self.settings.show_hints:
            self.window_state.forget_dismissed_hints()
        self.apply_settings(chosen)
        if folder is not None:
            self.move_data_folder(folder)

    def apply_settings(self, settings: Settings) -> None:
        """Use new preferences in the open window."""
        self.settings = settings
        self.editor.editor.set_font(settings.editor_font_family, settings.editor_font_size)
        idle_ms = settings.autosave_seconds * 1000
        self.editor.set_autosave_delays(idle_ms, max(idle_ms * 6, 20_000))
        self._follow_current_view()

    def move_data_folder(self, folder: Path) -> None:
        """Close the window so that the data can move to folder with the store closed."""
        self.requested_data_folder = folder
        self.close()

    def restore_layout(self) -> bool:
        """Put geometry, docks and splitters back as they were; False the first time."""
        restored = self.window_state.restore(self)
        # The saved state may hold the inspector open; it belongs to the editor alone.
        self.inspector_dock.setVisible(self.stack.currentWidget() is self.editor)
        return restored

    def _show_window_title(self) -> None:
        """Name what is on screen first, so the task bar tells windows and articles apart."""
        if self.stack.currentWidget() is self.editor:
            shown = self.editor.inspector.title.text().strip() or self.tr("Untitled article")
        elif self.sidebar.currentIndex().isValid():
            shown = self.sidebar_model.data(
                self.sidebar.currentIndex(), Qt.ItemDataRole.AccessibleTextRole
            )
        else:
            shown = ""
        name = self.tr("newsdesk")
        self.setWindowTitle(f"{isolate(shown)} — {name}" if shown else name)

    def _view_name(self) -> str:
        if self.stack.currentWidget() is self.editor:
            return "editor"
        return self.current_place() if self.sidebar.currentIndex().isValid() else ""

    def _hint_text(self, name: str) -> str:
        hints = {
            Place.DRAFTS: self.tr(
                "Ctrl+N starts a new article and a double click opens one. Ctrl+F searches "
                "titles and text whatever the hamza, harakat or tatweel."
            ),
            "editor": self.tr(
                "Everything you type is saved as you go. Ctrl+Alt+R and Ctrl+Alt+L set a "
                "paragraph's direction; the Article panel holds the title, section, tags and "
                "read-also links."
            ),
            Place.IN_REVIEW: self.tr(
                "Drafts submitted for review wait here: read them, compare with the last "
                "reviewed version, leave notes, then request changes or approve."
            ),
            Place.COMMENTS: self.tr(
                "Moderate by keyboard: J and K move, A approves, U holds, S is spam, D trashes "
                "and Z undoes. Decisions reach the site in the background."
            ),
            Place.AUTHORS: self.tr(
                "Profiles feed the author box. Name, Arabic bio and website also go to the "
                "WordPress user; photos stay on this computer."
            ),
        }
        return hints.get(name, "")

    def _follow_current_view(self) -> None:
        """Fit the window to what is on screen: its title, its hint, the actions that apply."""
        view = self._view_name()
        for action in self._editor_menu_actions:
            action.setEnabled(view == "editor")
        on_article = self.stack.currentWidget() in (self.articles, self.editor)
        self.trash_action.setEnabled(on_article and view != Place.TRASH)
        self.restore_action.setEnabled(view == Place.TRASH)
        self._show_window_title()
        wanted = self.settings.show_hints and view not in self.window_state.dismissed_hints()
        self.hint_bar.show_hint(view, self._hint_text(view) if wanted else "")

    def _on_hint_dismissed(self, name: str) -> None:
        self.window_state.dismiss_hint(name)
        self._follow_current_view()

    def _on_hints_turned_off(self) -> None:
        chosen = replace(self.settings, show_hints=False)
        save_settings(self._context.paths, chosen)
        self.apply_settings(chosen)

    def show_shortcuts(self) -> ShortcutSheet:
        """Show every keyboard shortcut, read from the actions themselves."""
        sheet = ShortcutSheet(self, self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        return sheet

    def _main_action(
        self, toolbar: QToolBar, icon: str, label: str, key: QKeySequence.StandardKey | None
    ) -> QAction:
        action = QAction(icons.icon(icon), label, self)
        action.setToolTip(label)
        if key is not None:
            action.setShortcut(key)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{label} ({shortcut})")
        toolbar.addAction(action)
        return action

    def import_files(self, paths: list[Path]) -> None:
        """Import Markdown or text files (all or none) and open the first in the editor."""
        store = self._context.store
        self._context.tasks.submit(
            partial(transfer.import_files, store, paths), self._on_imported, self._on_action_failed
        )

    def _on_import_triggered(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), "", self.tr("Articles (*.md *.markdown *.txt)")
        )
        if names:
            self.import_files([Path(name) for name in names])

    def _on_imported(self, result: tuple[list[int], object]) -> None:
        ids, _changes = result
        self.statusBar().showMessage(self.tr("Imported %Ln article(s).", "", len(ids)))
        self.articles.reload()
        self.refresh_counts()
        if ids:
            self.edit_article(ids[0])

    def export_article(self, article_id: int, path: Path) -> None:
        """Write an article to a file; the format follows the file's suffix."""
        self.editor.save_now()
        self._context.tasks.submit(
            partial(transfer.export_to_file, self._context.store, article_id, path),
            lambda _none: self.statusBar().showMessage(
                self.tr("Exported to {path}.").format(path=str(path))
            ),
            self._on_action_failed,
        )

    def _on_export_triggered(self) -> None:
        article_id = self._current_article_id()
        if article_id is None:
            self.statusBar().showMessage(self.tr("Choose an article to export first."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export article"),
            "",
            self.tr("Markdown (*.md);;Web page (*.html);;JSON (*.json)"),
        )
        if name:
            self.export_article(article_id, Path(name))

    def _current_article_id(self) -> int | None:
        """Return the article on screen: the one edited, else the one chosen in the list."""
        if self.stack.currentWidget() is self.editor:
            return self.editor.article_id
        if self.stack.currentWidget() is not self.articles:
            return None  # comments, authors, review: the hidden list's choice is not meant
        rows = self.articles.table.selectionModel().selectedRows()
        return self.articles.model.row_at(rows[0].row()).id if rows else None

    def _on_action_failed(self, error: Exception) -> None:
        self.statusBar().showMessage(error_message(error))

    def push_current(self, status: PushStatus) -> None:
        """Queue the article being edited or selected for sending, and send it."""
        article_id = self._current_article_id()
        if article_id is None:
            self.statusBar().showMessage(self.tr("Choose an article to send first."))
            return
        self.editor.save_now()
        store = self._context.store

        def queue() -> bool:
            accounts = publishing.list_accounts(store)
            if not accounts:
                return False
            publishing.request_push(store, article_id, accounts[0].id, status)
            return True

        self._context.tasks.submit(queue, self._on_push_queued, self._on_action_failed)

    def _on_sync_drained(self, report: publishing.DrainReport, _waiting: int) -> None:
        if report.comments_changed and self.stack.currentWidget() is self.comments:
            self.comments.reload()
        if report.pushed or report.pulled or report.conflicts or report.comments_changed:
            self.refresh_counts()
            if self.stack.currentWidget() is self.articles:
                self.articles.reload()
        for article_id in report.pushed:
            _remote, _conflict, differences = publishing.article_sync_state(
                self._context.store, article_id
            )
            if differences:
                self.statusBar().showMessage(
                    self.tr(
                        "Sent, but the site changed: {fields}. Check the article on the site."
                    ).format(fields=", ".join(differences))
                )

    def _on_push_queued(self, queued: bool) -> None:
        if not queued:
            self.statusBar().showMessage(self.tr("Connect a WordPress site first."))
            self.edit_settings(Page.ACCOUNTS)
            return
        self.statusBar().showMessage(self.tr("Sending…"))
        self.sync.drain()

    def trash_current(self) -> None:
        """Put the article on screen in the trash (only articles not sent to the site)."""
        article_id = self._current_article_id()
        if article_id is None:
            self.statusBar().showMessage(self.tr("Choose an article first."))
            return
        if self.stack.currentWidget() is self.editor:
            self.editor.close_article()
            self._show_place(self.current_place())
        self._context.tasks.submit(
            partial(editing.trash_article, self._context.store, article_id),
            lambda _changes: self._on_article_moved(
                self.tr("Moved to the trash. Trash in the sidebar can restore it.")
            ),
            self._on_action_failed,
        )

    def restore_current(self) -> None:
        """Take the chosen article out of the trash as a draft."""
        article_id = self._current_article_id()
        if article_id is None:
            self.statusBar().showMessage(self.tr("Choose an article first."))
            return
        self._context.tasks.submit(
            partial(editing.restore_article, self._context.store, article_id),
            lambda _changes: self._on_article_moved(self.tr("Restored to the drafts.")),
            self._on_action_failed,
        )

    def _on_article_moved(self, message: str) -> None:
        self.statusBar().showMessage(message)
        self.articles.reload()
        self.refresh_counts()

    def new_article(self) -> None:
        """Create an empty draft and open it in the editor."""
        store = self._context.store
        byline = self.settings.default_byline
        self._context.tasks.submit(
            partial(editing.new_draft, store, author=byline),
            self.edit_article,
            self._on_load_failed,
        )

    def edit_article(self, article_id: int) -> None:
        """Open an article in the editor."""
        self.editor.open_article(article_id)
        self.stack.setCurrentWidget(self.editor)
        self.inspector_dock.show()
        self._follow_current_view()

    def recover_interrupted_session(self) -> None:
        """Reopen the article being edited when newsdesk last stopped without closing."""
        article_id = EditingSession.in_folder(self._context.paths.data_dir).interrupted()
        if article_id is None:
            return
        self.edit_article(article_id)
        self.statusBar().showMessage(
            self.tr(
                "newsdesk did not close properly last time. The article you were writing is "
                "open again with everything up to its last autosave."
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save what is being written; ask before losing anything that could not be saved."""
        if not self.editor.close_article():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved article"),
                self.tr(
                    "The article could not be saved. Close anyway and lose the latest changes?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                self.requested_data_folder = None
                event.ignore()
                return
        self.window_state.save(self)
        event.accept()

    def _on_editor_saved(self, _article_id: int) -> None:
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

    def _on_sidebar_clicked(self, index: QModelIndex) -> None:
        if self.stack.currentWidget() is self.editor:
            self._show_place(ENTRIES[index.row()].place)

    def _on_sidebar_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if selected.indexes():
            self._show_place(ENTRIES[selected.indexes()[0].row()].place)

    def _show_place(self, place: Place) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.save_now()
            self.inspector_dock.hide()
        if place == Place.COMMENTS:
            self.stack.setCurrentWidget(self.comments)
            self.comments.reload()
        elif place == Place.AUTHORS:
            self.stack.setCurrentWidget(self.authors)
            self.authors.reload()
        elif place == Place.IN_REVIEW:
            self.stack.setCurrentWidget(self.review)
            self.review.reload()
        else:
            self.stack.setCurrentWidget(self.articles)
            self.articles.show_statuses(statuses_of(place))
        self._follow_current_view()

    def _on_load_failed(self, error: Exception) -> None:
        if isinstance(error, NewsdeskError):
            message = self.tr("Could not read the store ({code}).").format(code=error.code.value)
        else:
            message = self.tr("Could not read the store.")
        self.statusBar().showMessage(message)
