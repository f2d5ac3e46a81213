"""Writing one article: toolbar, body editor, preview, inspector, saving and autosaving."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.config.session import EditingSession
from newsdesk.domain import (
    Article,
    ArticleStatus,
    ArticleSummary,
    Author,
    NewsdeskError,
    Revision,
    RevisionKind,
)
from newsdesk.services import articles, catalogue, editing, publishing
from newsdesk.text import reading_minutes, word_count
from newsdesk.text.article_html import parse
from newsdesk.ui import labels
from newsdesk.ui.dialogs.article_picker import ArticlePicker
from newsdesk.ui.dialogs.merge_dialog import MergeDialog
from newsdesk.ui.editor.actions import EditorActions
from newsdesk.ui.editor.document import insert_nodes
from newsdesk.ui.editor.editor_widget import ArticleEditor
from newsdesk.ui.editor.find_bar import FindBar
from newsdesk.ui.editor.inspector import Inspector
from newsdesk.ui.editor.lint_view import LintView
from newsdesk.ui.editor.revisions import RevisionsView
from newsdesk.ui.panes.reader_view import ReaderView

if TYPE_CHECKING:
    from newsdesk.ui.context import AppContext

# What opening an article fetches: the article, its author, the names to pick from.
Loaded = tuple[Article, Author | None, list[str], list[str], list[Author], list[ArticleSummary]]

# Save this long after typing pauses, and at least this often while it goes on.
AUTOSAVE_IDLE_MS = 3_000
AUTOSAVE_MAX_WAIT_MS = 20_000
COUNTS_DELAY_MS = 300
# Small enough that every formatting action fits beside the editor at the default size.
TOOLBAR_ICON_SIZE = 18


class EditorPane(QWidget):
    """Edits one article at a time and keeps the store up to date with it."""

    article_loaded = Signal(int)
    saved = Signal(int)
    save_failed = Signal(object)
    merged = Signal(int)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Build the toolbar, the editor and preview tabs, and the inspector."""
        super().__init__(parent)
        self._context = context
        self._session = EditingSession.in_folder(context.paths.data_dir)
        self.article_id: int | None = None
        self._status = ArticleStatus.DRAFT
        self._authors: list[Author] = []
        self._edits = 0
        self._saved_edits = 0
        self._saving = False
        self.editor = ArticleEditor(self)
        self.editor.setAccessibleName(self.tr("Article text"))
        self.actions = EditorActions(self.editor, self._ask_link, self.pick_article)
        self.toolbar = QToolBar(self.tr("Formatting"), self)
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.toolbar.setIconSize(QSize(TOOLBAR_ICON_SIZE, TOOLBAR_ICON_SIZE))
        self.editing_actions = self.actions.editing_actions()
        for action in [*self.editing_actions, None, *self.actions.formatting_actions()]:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.preview = ReaderView(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Article body"))
        self.tabs.addTab(self.editor, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.revisions = RevisionsView(context, self.editor.html, self)
        self.revisions.restore_requested.connect(self.restore_revision)
        self.tabs.addTab(self.revisions, self.tr("Revisions"))
        self.lint = LintView(self.editor, self)
        self.tabs.addTab(self.lint, self.tr("Typography"))
        self.inspector = Inspector(self.pick_article)
        self.find_bar = FindBar(self.editor, self)
        self.find_bar.hide()
        self.conflict_banner = QWidget(self)
        banner = QHBoxLayout(self.conflict_banner)
        banner.addWidget(
            QLabel(
                self.tr(
                    "This article changed on the site while you were editing it. "
                    "Nothing was overwritten."
                ),
                self.conflict_banner,
            ),
            1,
        )
        merge = QPushButton(self.tr("Merge…"), self.conflict_banner)
        merge.clicked.connect(self.merge_with_site)
        banner.addWidget(merge)
        self.conflict_banner.hide()
        self.status_label = QLabel(self)
        self.counts_label = QLabel(self)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.counts_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.tabs)
        layout.addWidget(self.find_bar)
        layout.addLayout(status_row)
        find = QAction(self.tr("Find and replace"), self)
        find.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence.StandardKey.Replace])
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda _checked=False: self.find_bar.open())
        self.addAction(find)
        self.find_action = find
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._update_counts)
        self._idle_timer = self._timer(AUTOSAVE_IDLE_MS)
        self._max_wait_timer = self._timer(AUTOSAVE_MAX_WAIT_MS)
        self.editor.document().contentsChanged.connect(self._on_content_changed)
        self.inspector.changed.connect(self._on_content_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def set_autosave_delays(self, idle_ms: int, max_wait_ms: int) -> None:
        """Autosave idle_ms after typing pauses, and at least every max_wait_ms while it goes on."""
        self._idle_timer.setInterval(idle_ms)
        self._max_wait_timer.setInterval(max_wait_ms)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self._on_autosave_due)
        return timer

    # Opening -------------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        """Load an article into the editor (after saving the one open now)."""
        self.save_now(RevisionKind.AUTOSAVE)
        store = self._context.store

        def load() -> Loaded:
            article, author = articles.get_article_with_author(store, article_id)
            return (
                article,
                author,
                editing.section_names(store),
                editing.tag_names(store),
                catalogue.list_authors(store),
                articles.get_summaries(store, list(article.related)),
            )

        self._context.tasks.submit(load, self._on_article_fetched, self.save_failed.emit)

    def _on_article_fetched(self, loaded: Loaded) -> None:
        article, _author, sections, tags, authors, related = loaded
        self.article_id = None  # loading is not editing
        self._authors = authors
        self.inspector.set_choices(sections, tags, [author.name for author in authors])
        self.inspector.show_article(article, related)
        self.editor.load(article.body_html)
        self.conflict_banner.setVisible(article.conflict)
        self.article_id = article.id
        self._status = article.status
        self._edits = self._saved_edits = 0
        self._session.begin(article.id)
        self._show_status(self.tr("Saved"))
        self.tabs.setCurrentWidget(self.editor)
        self.editor.setFocus()
        self.article_loaded.emit(article.id)

    # Saving ---------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Tell whether anything typed is not in the store yet."""
        return self.article_id is not None and self._edits != self._saved_edits

    def _on_content_changed(self) -> None:
        self._counts_timer.start()
        if self.article_id is None:
            return
        self._edits += 1
        self._show_status(self.tr("Unsaved changes"))
        self._idle_timer.start()
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()

    def _on_autosave_due(self) -> None:
        self.save(RevisionKind.AUTOSAVE)

    def save(self, kind: RevisionKind = RevisionKind.SAVE) -> None:
        """Save in the background; an explicit save also makes a revision flushed to disk."""
        nothing_new = kind == RevisionKind.AUTOSAVE and not self.has_unsaved_changes()
        if self.article_id is None or nothing_new:
            return
        if self._saving:
            self._idle_timer.start()  # try again once the running save is done
            return
        self._idle_timer.stop()
        self._max_wait_timer.stop()
        self._saving = True
        self._show_status(self.tr("Saving…"))
        job = partial(
            editing.save_article,
            self._context.store,
            self.article_id,
            self.inspector.fields(self.editor.html(), self._status),
            kind,
        )
        self._context.tasks.submit(job, partial(self._on_saved, self._edits), self._on_save_failed)

    def save_now(self, kind: RevisionKind = RevisionKind.SAVE) -> bool:
        """Save on the GUI thread (closing, switching articles); return whether it worked."""
        if not self.has_unsaved_changes() or self.article_id is None:
            return True
        try:
            editing.save_article(
                self._context.store,
                self.article_id,
                self.inspector.fields(self.editor.html(), self._status),
                kind,
            )
        except NewsdeskError as error:
            self._on_save_failed(error)
            return False
        self._on_saved(self._edits, None)
        return True

    def _on_saved(self, edits: int, _changes: object) -> None:
        self._saving = False
        self._saved_edits = edits
        if self.has_unsaved_changes():
            self._show_status(self.tr("Unsaved changes"))
            self._idle_timer.start()
        else:
            time = labels.clock_now()
            self._show_status(self.tr("Saved at {time}").format(time=time))
        if self.article_id is not None:
            self.saved.emit(self.article_id)

    def _on_save_failed(self, error: Exception) -> None:
        self._saving = False
        code = error.code.value if isinstance(error, NewsdeskError) else type(error).__name__
        # The text stays in the editor and counts as unsaved; the next change retries.
        self._show_status(
            self.tr("Not saved: the store refused the write ({code}). Your text is kept.").format(
                code=code
            )
        )
        self.save_failed.emit(error)

    def close_article(self) -> bool:
        """Save and let go of the article; False if it could not be saved."""
        if not self.save_now(RevisionKind.AUTOSAVE):
            return False
        self._session.end()
        return True

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _update_counts(self) -> None:
        text = self.editor.document().toPlainText()
        words = word_count(text)
        characters = len(text.replace("\u2029", "").replace("\n", ""))
        self.counts_label.setText(
            " · ".join(
                (
                    self.tr("%Ln word(s)", "", words),
                    self.tr("%Ln character(s)", "", characters),
                    self.tr("%Ln min read", "", reading_minutes(words)),
                )
            )
        )

    # Links and preview -------------------------------------------------------------

    def _ask_link(self, current: str) -> str | None:
        target, accepted = QInputDialog.getText(
            self, self.tr("Link"), self.tr("Link target (empty removes the link):"), text=current
        )
        return target if accepted else None

    def merge_with_site(self) -> None:
        """Merge the site's changed copy into the article and save the result."""
        if self.article_id is None or not self.save_now():
            return
        store, article_id = self._context.store, self.article_id
        versions = publishing.conflict_versions(store, article_id)
        merged = MergeDialog.ask(self, versions)
        if merged is None:
            return
        publishing.resolve_conflict(store, article_id, merged)
        self.conflict_banner.hide()
        self.open_article(article_id)
        self.merged.emit(article_id)

    def pick_article(self) -> ArticleSummary | None:
        """Ask the writer to choose another article."""
        return ArticlePicker.ask(self, self._context, self.article_id)

    def restore_revision(self, revision: Revision) -> None:
        """Put a revision's text back in the editor; saving it makes a new revision."""
        self.inspector.title.setText(revision.title)
        self.inspector.excerpt.setPlainText(revision.excerpt)
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        insert_nodes(cursor, parse(revision.body_html), self.editor.base, replace_current=True)
        cursor.endEditBlock()
        self.tabs.setCurrentWidget(self.editor)
        self._show_status(self.tr("Revision restored; it will be saved as a new revision."))

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.revisions and self.article_id is not None:
            self.revisions.load(self.article_id)
        if self.tabs.widget(index) is self.lint:
            self.lint.check()
        if self.tabs.widget(index) is not self.preview or self.article_id is None:
            return
        fields = self.inspector.fields(self.editor.html(), self._status)
        author = next((a for a in self._authors if a.name == fields.author), None)
        article = Article(
            id=self.article_id,
            uid="",
            title=fields.title,
            body_html=fields.body_html,
            excerpt=fields.excerpt,
            section=fields.section,
            tags=fields.tags,
            byline=fields.byline,
            author=fields.author,
            featured_image=fields.featured_image,
        )
        self.preview.show_article(article, author, self.inspector.related.rows())
