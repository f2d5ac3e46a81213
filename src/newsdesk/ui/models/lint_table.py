"""Typography issues of the open article as a table model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from newsdesk.text import isolate
from newsdesk.text.lint import LintCode, LintIssue
from newsdesk.ui import labels
from newsdesk.ui.models.base import RowTableModel

_CODES = {
    LintCode.LATIN_COMMA: QT_TRANSLATE_NOOP("LintTableModel", "Latin comma in Arabic text (use ،)"),
    LintCode.LATIN_QUESTION_MARK: QT_TRANSLATE_NOOP(
        "LintTableModel", "Latin question mark in Arabic text (use ؟)"
    ),
    LintCode.LATIN_SEMICOLON: QT_TRANSLATE_NOOP(
        "LintTableModel", "Latin semicolon in Arabic text (use ؛)"
    ),
    LintCode.MIXED_DIGITS: QT_TRANSLATE_NOOP(
        "LintTableModel", "Western and Arabic-Indic digits mixed in one paragraph"
    ),
    LintCode.BIDI_CONTROL: QT_TRANSLATE_NOOP("LintTableModel", "Invisible direction character"),
    LintCode.DOUBLE_SPACE: QT_TRANSLATE_NOOP("LintTableModel", "Double space"),
    LintCode.SPACE_BEFORE_PUNCTUATION: QT_TRANSLATE_NOOP(
        "LintTableModel", "Space before punctuation"
    ),
    LintCode.UNBALANCED_QUOTES: QT_TRANSLATE_NOOP("LintTableModel", "Quotation marks do not pair"),
    LintCode.UNBALANCED_BRACKETS: QT_TRANSLATE_NOOP("LintTableModel", "Brackets do not pair"),
    LintCode.TATWEEL_IN_TEXT: QT_TRANSLATE_NOOP("LintTableModel", "Tatweel (kashida) in the text"),
}


class Column(IntEnum):
    """Columns of the issue list."""

    PARAGRAPH = 0
    ISSUE = 1
    TEXT = 2
    FIX = 3


def issue_label(code: LintCode) -> str:
    """Return the translated description of an issue."""
    return QCoreApplication.translate("LintTableModel", _CODES[code])


class LintTableModel(RowTableModel[LintIssue]):
    """One row per typography issue."""

    translation_context = "LintTableModel"
    headers = (
        QT_TRANSLATE_NOOP("LintTableModel", "Paragraph"),
        QT_TRANSLATE_NOOP("LintTableModel", "Issue"),
        QT_TRANSLATE_NOOP("LintTableModel", "Text"),
        QT_TRANSLATE_NOOP("LintTableModel", "Suggestion"),
    )

    def display(self, position: int, row: LintIssue, column: int) -> str:
        """Return a cell's text; invisible characters are named, not shown."""
        if column == Column.PARAGRAPH:
            return labels.number(row.paragraph + 1)
        if column == Column.ISSUE:
            return issue_label(row.code)
        if column == Column.TEXT:
            visible = "".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in row.excerpt)
            return isolate(visible)
        return isolate(row.suggestion)
