"""The article body editor: a QTextEdit that speaks canonical HTML and sets direction per block."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from newsdesk.text import Direction
from newsdesk.text.article_html import Block, BlockKind, parse, text_to_html
from newsdesk.ui.editor.document import (
    LINE_BREAK,
    block_kind,
    insert_inlines,
    insert_nodes,
    load_html,
    to_html,
)
from newsdesk.ui.editor.formatting import follow_text_direction, set_block_kind

if TYPE_CHECKING:
    from newsdesk.text.article_html import Node

EDITOR_FONTS = ["Noto Naskh Arabic", "Noto Serif", "DejaVu Serif"]
EDITOR_POINT_SIZE = 14
# Keystrokes slow down with the length of a block: split pasted walls of text.
LONG_PARAGRAPH = 1500
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
_ENDS_AT_RETURN = {BlockKind.HEADING2, BlockKind.HEADING3, BlockKind.HEADING4, BlockKind.READ_ALSO}


def split_long_paragraphs(paragraphs: list[str]) -> list[str]:
    """Cut paragraphs longer than LONG_PARAGRAPH characters at sentence ends."""
    result: list[str] = []
    for paragraph in paragraphs:
        current = ""
        for sentence in _SENTENCE_END.split(paragraph):
            if current and len(current) + len(sentence) > LONG_PARAGRAPH:
                result.append(current)
                current = ""
            current = f"{current} {sentence}" if current else sentence
        result.append(current)
    return result


class ArticleEditor(QTextEdit):
    """Edits an article body; every block follows its own text's direction unless forced."""

    def __init__(self, parent: Any = None, base: Direction = Direction.RTL) -> None:
        """Set up fonts, paste handling and per-block direction."""
        super().__init__(parent)
        self.base = base
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        font = QFont()
        font.setFamilies(EDITOR_FONTS)
        font.setPointSize(EDITOR_POINT_SIZE)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(16)
        self._changed_positions: list[int] = []
        self._direction_timer = QTimer(self)
        self._direction_timer.setSingleShot(True)
        self._direction_timer.setInterval(0)
        self._direction_timer.timeout.connect(self._follow_text_directions)
        self.document().contentsChange.connect(self._on_document_contents_change)

    def set_font(self, family: str, size: int) -> None:
        """Change the editor's typeface and size (a preference, not formatting).

        The chosen family comes first; the Arabic-first list stays behind it for the letters
        the chosen font lacks. An empty family is that list alone.
        """
        font = self.document().defaultFont()
        font.setFamilies([family, *EDITOR_FONTS] if family else EDITOR_FONTS)
        font.setPointSize(size)
        self.document().setDefaultFont(font)

    def load(self, fragment: str) -> None:
        """Show a canonical HTML body, with an empty undo history."""
        load_html(self.document(), fragment, self.base)
        # Every loaded block already has its direction: nothing to re-derive.
        self._changed_positions.clear()
        self._direction_timer.stop()

    def html(self) -> str:
        """Return the body as canonical HTML."""
        return to_html(self.document(), self.base)

    # Direction follows the text ------------------------------------------------

    def _on_document_contents_change(self, position: int, _removed: int, added: int) -> None:
        self._changed_positions += [position, position + added]
        self._direction_timer.start()

    def _follow_text_directions(self) -> None:
        document = self.document()
        positions, self._changed_positions = self._changed_positions, []
        if not positions:
            return
        block = document.findBlock(min(positions))
        last = document.findBlock(min(max(positions), document.characterCount() - 1))
        cursor = QTextCursor(document)
        while block.isValid():
            follow_text_direction(cursor, block, self.base)
            if block == last:
                break
            block = block.next()

    # Typing -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """After Return in a heading or read-also block, continue with a plain paragraph."""
        kind = block_kind(self.textCursor().block())
        super().keyPressEvent(event)
        returned = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if returned and kind in _ENDS_AT_RETURN and not self.textCursor().block().text():
            set_block_kind(self.textCursor(), BlockKind.PARAGRAPH.value, self.base)

    # Clipboard ----------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        """Accept HTML and plain text."""
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """Paste structure, not styles: sanitise into canonical blocks first."""
        if source.hasHtml():
            nodes = parse(source.html(), self.base)
        else:
            paragraphs = re.split(r"\n\s*\n", source.text().replace("\r\n", "\n"))
            nodes = parse(text_to_html(split_long_paragraphs(paragraphs), self.base), self.base)
        self.insert_nodes(nodes)

    def insert_nodes(self, nodes: list[Node]) -> None:
        """Insert canonical nodes at the cursor: inline when it is one paragraph, else as blocks."""
        if not nodes:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        only = nodes[0]
        if len(nodes) == 1 and isinstance(only, Block) and only.kind == BlockKind.PARAGRAPH:
            insert_inlines(cursor, only.inlines, cursor.charFormat())
        else:
            insert_nodes(cursor, nodes, self.base, replace_current=not cursor.block().text())
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Copy the selection as canonical HTML and as plain text."""
        selection = self.textCursor().selection()
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(selection)
        mime = QMimeData()
        mime.setHtml(to_html(scratch, self.base))
        text = selection.toPlainText().replace(LINE_BREAK, "\n").replace("\u2029", "\n")
        mime.setText(text)
        return mime
