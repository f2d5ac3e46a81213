"""The editor's formatting actions: one QAction each, with icon, shortcut and accessible name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from newsdesk.text import Direction
from newsdesk.text.article_html import BlockKind, ContainerKind, parse
from newsdesk.text.markdown_io import html_to_markdown, markdown_to_html
from newsdesk.ui.editor import formatting
from newsdesk.ui.editor.document import QUOTE
from newsdesk.ui.widgets import icons

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QTextCursor

    from newsdesk.domain import ArticleSummary
    from newsdesk.ui.editor.editor_widget import ArticleEditor


class EditorActions(QObject):
    """Builds and owns the formatting actions of one editor."""

    def __init__(
        self,
        editor: ArticleEditor,
        ask_link: Callable[[str], str | None],
        ask_article: Callable[[], ArticleSummary | None],
    ) -> None:
        """Create the actions; ask_link(current) gives a target ("" removes, None cancels)."""
        super().__init__(editor)
        self._editor = editor
        self._ask_link = ask_link
        self._ask_article = ask_article
        self.paragraph = self._block_action(
            self.tr("Paragraph"), "mdi6.format-paragraph", "Ctrl+0", BlockKind.PARAGRAPH.value
        )
        self.heading2 = self._block_action(
            self.tr("Heading"), "mdi6.format-header-2", "Ctrl+2", BlockKind.HEADING2.value
        )
        self.heading3 = self._block_action(
            self.tr("Subheading"), "mdi6.format-header-3", "Ctrl+3", BlockKind.HEADING3.value
        )
        self.heading4 = self._block_action(
            self.tr("Minor heading"), "mdi6.format-header-4", "Ctrl+4", BlockKind.HEADING4.value
        )
        self.quote = self._block_action(
            self.tr("Quotation"), "mdi6.format-quote-close", "Ctrl+Shift+Q", QUOTE
        )
        self.bold = self._action(
            self.tr("Bold"),
            "mdi6.format-bold",
            QKeySequence.StandardKey.Bold,
            lambda: self._toggle_char("strong"),
        )
        self.italic = self._action(
            self.tr("Italic"),
            "mdi6.format-italic",
            QKeySequence.StandardKey.Italic,
            lambda: self._toggle_char("em"),
        )
        self.bullets = self._action(
            self.tr("Bulleted list"),
            "mdi6.format-list-bulleted",
            "Ctrl+Shift+8",
            lambda: formatting.toggle_list(self._cursor(), ContainerKind.BULLETS, editor.base),
        )
        self.numbers = self._action(
            self.tr("Numbered list"),
            "mdi6.format-list-numbered-rtl",
            "Ctrl+Shift+7",
            lambda: formatting.toggle_list(self._cursor(), ContainerKind.NUMBERS, editor.base),
        )
        self.link = self._action(
            self.tr("Link…"), "mdi6.link-variant", "Ctrl+K", self._on_link_triggered
        )
        self.unlink = self._action(
            self.tr("Remove link"),
            "mdi6.link-variant-off",
            "Ctrl+Shift+K",
            lambda: formatting.set_link(self._cursor(), ""),
        )
        self.read_also = self._action(
            self.tr("Read also…"), "mdi6.newspaper-plus", "Ctrl+Shift+E", self._on_read_also
        )
        self.copy_markdown = self._action(
            self.tr("Copy as Markdown"),
            "mdi6.language-markdown-outline",
            "Ctrl+Shift+C",
            self._on_copy_markdown,
        )
        self.paste_markdown = self._action(
            self.tr("Paste Markdown"),
            "mdi6.language-markdown",
            "Ctrl+Shift+V",
            self._on_paste_markdown,
        )
        self.right_to_left = self._direction_action(
            self.tr("Right to left"), "mdi.format-textdirection-r-to-l", "Ctrl+Alt+R", Direction.RTL
        )
        self.left_to_right = self._direction_action(
            self.tr("Left to right"), "mdi.format-textdirection-l-to-r", "Ctrl+Alt+L", Direction.LTR
        )
        self.auto_direction = self._direction_action(
            self.tr("Direction from text"), "mdi6.swap-horizontal", "Ctrl+Alt+D", None
        )

    def editing_actions(self) -> list[QAction]:
        """Return undo, redo and clipboard actions; the text box itself owns their keys."""
        editor = self._editor
        specs = (
            (self.tr("Undo"), "mdi6.undo", QKeySequence.StandardKey.Undo, editor.undo),
            (self.tr("Redo"), "mdi6.redo", QKeySequence.StandardKey.Redo, editor.redo),
            (self.tr("Cut"), "mdi6.content-cut", QKeySequence.StandardKey.Cut, editor.cut),
            (
                self.tr("Copy"),
                "mdi6.content-copy",
                QKeySequence.StandardKey.Copy,
                editor.copy,
            ),
            (
                self.tr("Paste"),
                "mdi6.content-paste",
                QKeySequence.StandardKey.Paste,
                editor.paste,
            ),
        )
        actions = []
        for label, icon, key, handler in specs:
            action = QAction(icons.icon(icon), label, self)
            shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{label} ({shortcut})")
            action.triggered.connect(lambda _checked=False, run=handler: self._run(run))
            actions.append(action)
        return actions

    def formatting_actions(self) -> list[QAction | None]:
        """Return the toolbar's actions in order, None marking a separator."""
        return [
            self.paragraph,
            self.heading2,
            self.heading3,
            self.heading4,
            self.quote,
            None,
            self.bold,
            self.italic,
            self.link,
            self.unlink,
            self.read_also,
            None,
            self.bullets,
            self.numbers,
            None,
            self.right_to_left,
            self.left_to_right,
            self.auto_direction,
        ]

    def _cursor(self) -> QTextCursor:
        return self._editor.textCursor()

    def _toggle_char(self, name: str) -> None:
        # Through the editor, so that with no selection what is typed next changes.
        current = self._editor.currentCharFormat()
        self._editor.mergeCurrentCharFormat(formatting.toggled_char_format(current, name))

    def _action(
        self,
        label: str,
        icon: str,
        shortcut: str | QKeySequence.StandardKey,
        handler: Callable[[], None],
    ) -> QAction:
        action = QAction(icons.icon(icon), label, self._editor)
        action.setShortcut(QKeySequence(shortcut))
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{label} ({shortcut_text})")
        action.setStatusTip(label)
        action.triggered.connect(lambda _checked=False: self._run(handler))
        self._editor.addAction(action)
        return action

    def _run(self, handler: Callable[[], None]) -> None:
        handler()
        self._editor.setFocus()

    def _block_action(self, label: str, icon: str, shortcut: str, kind: str) -> QAction:
        return self._action(
            label,
            icon,
            shortcut,
            lambda: formatting.set_block_kind(self._cursor(), kind, self._editor.base),
        )

    def _direction_action(
        self, label: str, icon: str, shortcut: str, direction: Direction | None
    ) -> QAction:
        return self._action(
            label,
            icon,
            shortcut,
            lambda: formatting.set_direction(self._cursor(), direction, self._editor.base),
        )

    def _on_copy_markdown(self) -> None:
        selection = self._editor.createMimeDataFromSelection()
        QGuiApplication.clipboard().setText(html_to_markdown(selection.html()))

    def _on_paste_markdown(self) -> None:
        source = QGuiApplication.clipboard().text()
        self._editor.insert_nodes(parse(markdown_to_html(source, self._editor.base)))

    def _on_read_also(self) -> None:
        chosen = self._ask_article()
        if chosen is not None:
            cursor = self._cursor()
            formatting.insert_read_also(cursor, chosen.title, f"/{chosen.slug}/", self._editor.base)
            self._editor.setTextCursor(cursor)

    def _on_link_triggered(self) -> None:
        cursor = self._cursor()
        target = self._ask_link(formatting.link_at(cursor))
        if target is not None:
            formatting.set_link(cursor, target.strip())
            self._editor.setTextCursor(cursor)
