"""Find and replace in the article body, optionally ignoring Arabic spelling variants."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from newsdesk.text.arabic import fold_with_positions
from newsdesk.ui.widgets import icons

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument


def find_matches(
    document: QTextDocument, query: str, ignore_variants: bool
) -> list[tuple[int, int]]:
    """Return (start, end) document positions of every match, block by block."""
    if not query:
        return []
    needle = fold_with_positions(query)[0] if ignore_variants else query
    if not needle:
        return []
    matches: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        if ignore_variants:
            haystack, positions = fold_with_positions(text)
        else:
            haystack, positions = text, list(range(len(text)))
        start = haystack.find(needle)
        while start != -1:
            end = start + len(needle)
            matches.append(
                (block.position() + positions[start], block.position() + positions[end - 1] + 1)
            )
            start = haystack.find(needle, end)
        block = block.next()
    return matches


class FindBar(QWidget):
    """A bar under the editor: find box, replace box, spelling-variant switch, buttons."""

    def __init__(self, editor: Any, parent: Any = None) -> None:
        """Wire the bar to an ArticleEditor."""
        super().__init__(parent)
        self.editor = editor
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find"))
        self.find_box.setAccessibleName(self.tr("Find"))
        self.replace_box = QLineEdit(self)
        self.replace_box.setPlaceholderText(self.tr("Replace with"))
        self.replace_box.setAccessibleName(self.tr("Replace with"))
        self.ignore_variants = QCheckBox(self.tr("Ignore harakat, tatweel and hamza forms"), self)
        self.ignore_variants.setChecked(True)
        self.count_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_box)
        layout.addWidget(self._button("mdi6.arrow-down", self.tr("Next match"), self.find_next))
        layout.addWidget(
            self._button("mdi6.arrow-up", self.tr("Previous match"), self.find_previous)
        )
        layout.addWidget(self.replace_box)
        layout.addWidget(
            self._button("mdi6.find-replace", self.tr("Replace"), self.replace_current)
        )
        layout.addWidget(self._button("mdi6.check-all", self.tr("Replace all"), self.replace_all))
        layout.addWidget(self.ignore_variants)
        layout.addWidget(self.count_label)
        layout.addWidget(self._button("mdi6.close", self.tr("Close"), self.hide))
        self.find_box.textChanged.connect(self._update_count)
        self.ignore_variants.toggled.connect(self._update_count)
        self.find_box.returnPressed.connect(self.find_next)

    def _button(self, icon: str, label: str, handler: Any) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icons.icon(icon))
        button.setToolTip(label)
        button.setAccessibleName(label)
        button.clicked.connect(lambda _checked=False: handler())
        return button

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        """Escape closes the bar and returns to the text."""
        if event.matches(QKeySequence.StandardKey.Cancel) or event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.editor.setFocus()
            return
        super().keyPressEvent(event)

    def open(self) -> None:
        """Show the bar with the selected text as the query."""
        selected = self.editor.textCursor().selectedText()
        if selected:
            self.find_box.setText(selected)
        self.show()
        self.find_box.setFocus()
        self.find_box.selectAll()

    def matches(self) -> list[tuple[int, int]]:
        """Return the current query's matches."""
        return find_matches(
            self.editor.document(), self.find_box.text(), self.ignore_variants.isChecked()
        )

    def find_next(self) -> bool:
        """Select the next match after the cursor, wrapping around."""
        found = self.matches()
        after = self.editor.textCursor().selectionEnd()
        target = next((m for m in found if m[0] >= after), found[0] if found else None)
        return self._select(target)

    def find_previous(self) -> bool:
        """Select the match before the cursor, wrapping around."""
        found = self.matches()
        before = self.editor.textCursor().selectionStart()
        earlier = [m for m in found if m[1] <= before]
        target = earlier[-1] if earlier else (found[-1] if found else None)
        return self._select(target)

    def replace_current(self) -> None:
        """Replace the selected match, then go to the next one."""
        cursor = self.editor.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) in self.matches():
            cursor.insertText(self.replace_box.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match in one undo step and return how many there were."""
        found = self.matches()
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for start, end in reversed(found):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(self.replace_box.text())
        cursor.endEditBlock()
        self._update_count()
        return len(found)

    def _select(self, match: tuple[int, int] | None) -> bool:
        if match is None:
            return False
        cursor = self.editor.textCursor()
        cursor.setPosition(match[0])
        cursor.setPosition(match[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        return True

    def _update_count(self) -> None:
        count = len(self.matches())
        self.count_label.setText(
            self.tr("%Ln match(es)", "", count) if self.find_box.text() else ""
        )
