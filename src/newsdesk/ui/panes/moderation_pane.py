"""The moderation desk: queues, search, a keyboard-driven comment table and a safe detail view."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.config.blocklist import load_blocklist, save_blocklist
from newsdesk.domain import Comment, CommentStatus
from newsdesk.services import moderation
from newsdesk.text import isolate
from newsdesk.text.comments import display_name, display_url, openable_url
from newsdesk.ui.models.moderation import (
    Column,
    ModerationFilter,
    ModerationModel,
    PreparedComment,
    prepare_comments,
)
from newsdesk.ui.panes.reader_view import ReaderView
from newsdesk.ui.panes.renderers import comment_html
from newsdesk.ui.widgets import icons
from newsdesk.ui.widgets.views import table_view

if TYPE_CHECKING:
    from newsdesk.text.signals import SignalSet
    from newsdesk.ui.context import AppContext

QUEUES = (
    (frozenset({CommentStatus.HOLD}), "mdi6.clock-outline"),
    (frozenset({CommentStatus.APPROVED}), "mdi6.check"),
    (frozenset({CommentStatus.SPAM}), "mdi6.alert-octagon-outline"),
    (frozenset({CommentStatus.TRASH}), "mdi6.delete-outline"),
    (frozenset(), "mdi6.format-list-bulleted"),
)


Loaded = tuple[list[Comment], dict[int, "SignalSet"], list[PreparedComment]]


def _load(context: AppContext) -> Loaded:
    """Read the comments and do the heavy per-comment work away from the GUI thread."""
    comments = moderation.list_comments(context.store)
    signals = moderation.comment_signals(comments, load_blocklist(context.paths))
    return comments, signals, prepare_comments(comments)


class ModerationPane(QWidget):
    """Lists comments by queue; decisions are asked for by signal and applied by the owner."""

    comments_loaded = Signal(int)
    load_failed = Signal(object)
    decision_requested = Signal(list, str)
    decided = Signal(int)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Build the queue tabs, search, table, actions and detail view."""
        super().__init__(parent)
        self._context = context
        self.model = ModerationModel(self)
        self.proxy = ModerationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.queues = QTabBar(self)
        for label in (
            self.tr("Pending"),
            self.tr("Approved"),
            self.tr("Spam"),
            self.tr("Trash"),
            self.tr("All"),
        ):
            self.queues.addTab(label)
        for index, (_statuses, icon) in enumerate(QUEUES):
            self.queues.setTabIcon(index, icons.icon(icon))
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Search comments (Arabic spelling variants match)")
        )
        self.search_box.setAccessibleName(self.tr("Search comments"))
        self.search_box.setClearButtonEnabled(True)
        self.only_flagged = QCheckBox(self.tr("Only with signals"), self)
        self.only_flagged.setToolTip(
            self.tr("Links, blocked words, repeated text, shouting, Arabizi, history, name tricks")
        )
        self.blocklist_button = QPushButton(self.tr("Blocklist…"), self)
        self.article_button = QPushButton(self)
        self.article_button.setIcon(icons.icon("mdi6.close"))
        self.article_button.hide()
        self.commenter_button = QPushButton(self)
        self.commenter_button.setIcon(icons.icon("mdi6.close"))
        self.commenter_button.hide()
        self.table = table_view(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Comments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.EXCERPT, QHeaderView.ResizeMode.Stretch)
        self.detail = ReaderView(self)
        self.detail.setAccessibleName(self.tr("Comment"))
        self.toolbar = QToolBar(self.tr("Moderation"), self)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(self.queues)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.commenter_button)
        top.addWidget(self.article_button)
        top.addWidget(self.only_flagged)
        top.addWidget(self.blocklist_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("moderation")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter)
        self.queues.currentChanged.connect(self._on_queues_current_changed)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.commenter_button.clicked.connect(self.clear_commenter)
        self.article_button.clicked.connect(self.clear_article)
        self.only_flagged.toggled.connect(self._on_only_flagged_toggled)
        self.blocklist_button.clicked.connect(self.edit_blocklist)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.detail.anchorClicked.connect(self._on_detail_anchor_clicked)

    # Actions ------------------------------------------------------------------

    def _build_actions(self) -> None:
        specs = (
            ("next", self.tr("Next comment"), "mdi6.arrow-down", ["J"], self.select_next),
            ("previous", self.tr("Previous comment"), "mdi6.arrow-up", ["K"], self.select_previous),
            ("approve", self.tr("Approve"), "mdi6.check", ["A"], partial(self._decide, "approve")),
            (
                "hold",
                self.tr("Unapprove (hold)"),
                "mdi6.clock-outline",
                ["U"],
                partial(self._decide, "hold"),
            ),
            (
                "spam",
                self.tr("Spam"),
                "mdi6.alert-octagon-outline",
                ["S"],
                partial(self._decide, "spam"),
            ),
            (
                "trash",
                self.tr("Trash"),
                "mdi6.delete-outline",
                ["D", "Delete"],
                partial(self._decide, "trash"),
            ),
            (
                "restore",
                self.tr("Restore"),
                "mdi6.restore",
                ["O"],
                partial(self._decide, "restore"),
            ),
            (
                "undo",
                self.tr("Undo the last decision"),
                "mdi6.undo",
                ["Z"],
                self.undo,
            ),
            ("reply", self.tr("Reply"), "mdi6.reply", ["R"], self._on_reply),
            ("edit", self.tr("Edit the comment"), "mdi6.pencil", ["E"], self._on_edit),
        )
        for name, label, icon, keys, handler in specs:
            action = QAction(icons.icon(icon), label, self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            # Single letters act only while the table has the focus, never while typing.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut = " / ".join(keys)
            action.setToolTip(f"{label} ({shortcut})" if shortcut else label)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            self.table.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected comments, in view order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id
            for row in rows
        ]

    def current_comment(self) -> Comment | None:
        """Return the comment with the keyboard focus."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _decide(self, decision: str) -> None:
        ids = self.selected_ids()
        if ids:
            self.decision_requested.emit(ids, decision)
            self.apply_decision(ids, decision)

    def apply_decision(self, ids: list[int], decision: str) -> None:
        """Decide locally at once (queued for the site) and move on through the queue."""
        store = self._context.store

        def run() -> list[Comment]:
            account_id = moderation.account_for_comments(store, ids)
            changes = moderation.decide(store, ids, decision, account_id)
            return moderation.get_comments(store, sorted(changes.comments))

        self._context.tasks.submit(run, self._on_decided, self.load_failed.emit)

    def undo(self) -> None:
        """Take back the last decision while it has not reached the site."""
        store = self._context.store

        def run() -> list[Comment]:
            changes = moderation.undo_last(store)
            return moderation.get_comments(store, sorted(changes.comments))

        self._context.tasks.submit(run, self._on_decided, self.load_failed.emit)

    def _on_decided(self, comments: list[Comment]) -> None:
        self.show_updated(comments)
        self.decided.emit(len(comments))

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Ask for a few lines of text; None when cancelled."""
        answer, accepted = QInputDialog.getMultiLineText(self, title, label, text)
        return answer if accepted and answer.strip() else None

    def _on_reply(self) -> None:
        comment = self.current_comment()
        if comment is None:
            return
        text = self.ask_text(
            self.tr("Reply"),
            self.tr("Your reply to {name}:").format(name=display_name(comment.author_name).display),
            "",
        )
        if text is None:
            return
        store = self._context.store

        def run() -> Loaded:
            account_id = moderation.account_for_comments(store, [comment.id])
            moderation.reply(store, comment.id, text, account_id)
            return _load(self._context)

        self._context.tasks.submit(run, self._on_loaded, self.load_failed.emit)

    def _on_edit(self) -> None:
        comment = self.current_comment()
        if comment is None:
            return
        text = self.ask_text(
            self.tr("Edit the comment"),
            self.tr("The original is kept. Corrected text:"),
            comment.content_raw or comment.content_html,
        )
        if text is None:
            return
        store = self._context.store

        def run() -> list[Comment]:
            account_id = moderation.account_for_comments(store, [comment.id])
            moderation.edit(store, comment.id, text, account_id)
            return moderation.get_comments(store, [comment.id])

        self._context.tasks.submit(run, self._on_decided, self.load_failed.emit)

    # Loading and filtering ----------------------------------------------------

    def reload(self) -> None:
        """Load every comment and work out its signals in the background."""
        self._context.tasks.submit(
            partial(_load, self._context), self._on_loaded, self.load_failed.emit
        )

    def _on_loaded(self, loaded: Loaded) -> None:
        comments, signals, prepared = loaded
        self.table.scrollToTop()
        self.model.load(comments, signals, prepared)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.proxy.refresh()
        self.select_row(0)
        self.comments_loaded.emit(len(comments))

    def show_updated(self, comments: list[Comment]) -> None:
        """Show changed comments in place and keep the focus moving through the queue."""
        position = self.table.currentIndex().row()
        self.model.replace_rows(comments)
        self.proxy.refresh()
        self.select_row(min(max(position, 0), self.proxy.rowCount() - 1))

    def _on_queues_current_changed(self, index: int) -> None:
        self.proxy.set_filter(statuses=QUEUES[index][0])
        self.select_row(0)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_filter(query=text)
        self.select_row(0)

    def _on_only_flagged_toggled(self, checked: bool) -> None:
        self.proxy.set_filter(only_flagged=checked)
        self.select_row(0)

    def edit_blocklist(self) -> None:
        """Let the moderator edit the blocked terms (one per line), then recompute signals."""
        current = "\n".join(load_blocklist(self._context.paths))
        text = self.ask_text(
            self.tr("Blocklist"),
            self.tr(
                "One word or phrase per line. Spelling variants, harakat, tatweel and "
                "dotted evasions are matched too."
            ),
            current,
        )
        if text is None:
            return
        save_blocklist(self._context.paths, text.splitlines())
        self.reload()

    def filter_commenter(self, email: str, name: str) -> None:
        """Show only one commenter's comments (in every queue)."""
        self.proxy.set_filter(author_email=email)
        self.commenter_button.setText(self.tr("Only {name}").format(name=name))
        self.commenter_button.show()
        self.select_row(0)

    def clear_commenter(self) -> None:
        """Show every commenter again."""
        self.proxy.set_filter(author_email=None)
        self.commenter_button.hide()
        self.select_row(0)

    # Keyboard navigation ------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Make one row the whole selection and the current one."""
        if not 0 <= row < self.proxy.rowCount():
            self.detail.clear()
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
            | QItemSelectionModel.SelectionFlag.Current
        )
        self.table.selectionModel().setCurrentIndex(self.proxy.index(row, 0), flags)

    def select_next(self) -> None:
        """Move to the next comment."""
        self.select_row(min(self.table.currentIndex().row() + 1, self.proxy.rowCount() - 1))

    def select_previous(self) -> None:
        """Move to the previous comment."""
        self.select_row(max(self.table.currentIndex().row() - 1, 0))

    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        comment = self.current_comment()
        if comment is None:
            return
        parent = self.model.comment(comment.parent_id) if comment.parent_id else None
        self.detail.document().setHtml(
            comment_html(
                comment, parent, self.model.replies_to(comment.id), self.model.history_of(comment)
            )
        )

    def _on_detail_anchor_clicked(self, url: QUrl) -> None:
        """Open a link from a comment only if it is http(s), after showing where it goes."""
        target = openable_url(url.toString())
        if target is None:
            return
        if self.confirm_open(target):
            QDesktopServices.openUrl(QUrl(target))

    def confirm_open(self, target: str) -> bool:
        """Ask before opening a reader's link, naming its real target."""
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this address in the browser?\n\n{target}").format(
                target=display_url(target).display
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        comment = self.model.row_at(self.proxy.mapToSource(index).row())
        if index.column() == Column.AUTHOR:
            self.filter_commenter(comment.author_email, comment.author_name)
        elif index.column() == Column.ARTICLE and comment.article_id is not None:
            self.filter_article(comment.article_id, comment.article_title)

    def filter_article(self, article_id: int, title: str) -> None:
        """Show only the comments under one article (in every queue)."""
        self.proxy.set_filter(article_id=article_id)
        self.article_button.setText(self.tr("Only under: {title}").format(title=isolate(title)))
        self.article_button.show()
        self.select_row(0)

    def clear_article(self) -> None:
        """Show the comments of every article again."""
        self.proxy.set_filter(article_id=None)
        self.article_button.hide()
        self.select_row(0)
