"""The revisions of the open article: list, read-only view, word diff, restore."""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services import editing
from newsdesk.text import Direction, paragraph_direction
from newsdesk.text.article_html import paragraphs
from newsdesk.text.diff import DiffKind, ParagraphKind, diff_paragraphs
from newsdesk.ui.models.revision_table import RevisionTableModel
from newsdesk.ui.panes.reader_view import ReaderView
from newsdesk.ui.widgets.views import table_view

if TYPE_CHECKING:
    from newsdesk.domain import Revision
    from newsdesk.text.diff import DiffOp, ParagraphDiff
    from newsdesk.ui.context import AppContext

# Insertions are underlined and deletions struck through, so colour is never the only sign.
INSERTED = "background-color:#d8f5d0; text-decoration: underline;"
DELETED = "background-color:#fadada; text-decoration: line-through;"


def _span(op: DiffOp) -> str:
    text = html.escape(op.text)
    if op.kind == DiffKind.INSERT:
        return f'<span style="{INSERTED}">{text}</span>'
    if op.kind == DiffKind.DELETE:
        return f'<span style="{DELETED}">{text}</span>'
    return text


def diff_html(old_body: str, new_body: str) -> str:
    """Render the word diff between two bodies, paragraph by paragraph, each in its direction."""
    lines = []
    for paragraph in diff_paragraphs(paragraphs(old_body), paragraphs(new_body)):
        text = paragraph.new_text or paragraph.old_text
        direction = paragraph_direction(text, Direction.RTL)
        lines.append(f'<p dir="{direction}">{_paragraph_html(paragraph)}</p>')
    return "\n".join(lines)


def _paragraph_html(paragraph: ParagraphDiff) -> str:
    if paragraph.kind == ParagraphKind.INSERT:
        return f'<span style="{INSERTED}">{html.escape(paragraph.new_text)}</span>'
    if paragraph.kind == ParagraphKind.DELETE:
        return f'<span style="{DELETED}">{html.escape(paragraph.old_text)}</span>'
    return "".join(_span(op) for op in paragraph.ops)


class RevisionsView(QWidget):
    """Lists revisions; one selected shows its changes against the current text, two
    selected show the changes from the older to the newer."""

    restore_requested = Signal(object)
    revisions_loaded = Signal(int)

    def __init__(self, context: AppContext, current_body: Any, parent: Any = None) -> None:
        """Build the list and the diff view; current_body() returns the editor's HTML."""
        super().__init__(parent)
        self._context = context
        self._current_body = current_body
        self.model = RevisionTableModel(self)
        self.table = table_view(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Revisions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff = ReaderView(self)
        self.diff.setAccessibleName(self.tr("Changes"))
        self.restore_button = QPushButton(self.tr("Restore this revision"), self)
        self.restore_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("revisions")
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.restore_button.clicked.connect(self._on_restore_clicked)

    def load(self, article_id: int) -> None:
        """Fetch the article's revisions in the background."""
        self._context.tasks.submit(
            partial(editing.list_revisions, self._context.store, article_id),
            self._on_loaded,
            lambda _error: None,
        )

    def _on_loaded(self, revisions: list[Revision]) -> None:
        self.model.set_rows(revisions)
        self.diff.clear()
        self.revisions_loaded.emit(len(revisions))

    def selected(self) -> list[Revision]:
        """Return the selected revisions, oldest first."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in reversed(rows)]

    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(len(chosen) == 1)
        if len(chosen) == 1:
            self.diff.document().setHtml(diff_html(chosen[0].body_html, self._current_body()))
        elif len(chosen) == 2:
            self.diff.document().setHtml(diff_html(chosen[0].body_html, chosen[1].body_html))
        else:
            self.diff.clear()

    def _on_restore_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.restore_requested.emit(chosen[0])
