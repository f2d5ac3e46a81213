"""The typography check of the open article: issues listed, jumped to, fixed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.text.lint import LintIssue, lint_paragraphs
from newsdesk.ui.models.lint_table import Column, LintTableModel
from newsdesk.ui.widgets.views import table_view

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from newsdesk.ui.editor.editor_widget import ArticleEditor


FIX_ROUNDS = 3


class LintView(QWidget):
    """Checks the editor's paragraphs (one per text block) and offers fixes."""

    def __init__(self, editor: ArticleEditor, parent: Any = None) -> None:
        """Build the issue table and its buttons."""
        super().__init__(parent)
        self.editor = editor
        self.model = LintTableModel(self)
        self.table = table_view(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Typography issues"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ISSUE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_all_button = QPushButton(self.tr("Fix all"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.activated.connect(self._on_table_activated)
        self.fix_button.clicked.connect(self._on_fix_clicked)
        self.fix_all_button.clicked.connect(self.fix_all)

    def check(self) -> list[LintIssue]:
        """Lint the editor's text again and show the issues."""
        issues = lint_paragraphs(self._paragraphs())
        self.model.set_rows(issues)
        self.summary.setText(self.tr("%Ln issue(s)", "", len(issues)))
        return issues

    def _paragraphs(self) -> list[str]:
        document = self.editor.document()
        return [document.findBlockByNumber(n).text() for n in range(document.blockCount())]

    def _cursor_for(self, issue: LintIssue) -> QTextCursor:
        block = self.editor.document().findBlockByNumber(issue.paragraph)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + issue.start)
        cursor.setPosition(block.position() + issue.end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.editor.setTextCursor(self._cursor_for(self.model.row_at(index.row())))
        self.editor.setFocus()

    def _on_fix_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.fix(self.model.row_at(rows[0].row()))

    def fix(self, issue: LintIssue) -> None:
        """Apply an issue's suggestion (when it has one) and check again."""
        if issue.suggestion:
            self._cursor_for(issue).insertText(issue.suggestion)
        self.check()

    def fix_all(self) -> int:
        """Apply every suggestion in one undo step and return how many were applied.

        A fix can reveal another (a Latin comma turned Arabic now has a space before
        it), so it goes round again, a few times at most.
        """
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        applied = 0
        for _round in range(FIX_ROUNDS):
            fixed = self._fix_once([issue for issue in self.check() if issue.suggestion])
            applied += fixed
            if not fixed:
                break
        cursor.endEditBlock()
        self.check()
        return applied

    def _fix_once(self, fixable: list[LintIssue]) -> int:
        # Last first, so the offsets of earlier issues stay valid; overlaps wait a round.
        applied = 0
        next_start: tuple[int, int] | None = None
        for issue in sorted(fixable, key=lambda i: (i.paragraph, i.start), reverse=True):
            if next_start and (issue.paragraph, issue.end) > next_start:
                continue
            self._cursor_for(issue).insertText(issue.suggestion)
            next_start = (issue.paragraph, issue.start)
            applied += 1
        return applied
