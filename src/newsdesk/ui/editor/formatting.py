"""Formatting operations on the selection of an article document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextListFormat

from newsdesk.text import Direction, paragraph_direction
from newsdesk.text.article_html import READ_ALSO_PREFIX, BlockKind, ContainerKind, Inline
from newsdesk.ui.editor.document import (
    DIRECTION_FORCED_PROPERTY,
    HEADING_SIZE,
    LIST_STYLES,
    block_format,
    block_kind,
    heading_char_format,
    insert_inlines,
    is_forced,
    qt_direction,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock


def selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    """Return every block the cursor's selection touches (at least the cursor's block)."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = [first]
    while blocks[-1] != last and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    return blocks


def _block_cursor(cursor: QTextCursor, block: QTextBlock) -> QTextCursor:
    block_cursor = QTextCursor(cursor.document())
    block_cursor.setPosition(block.position())
    return block_cursor


def _direction_of(block: QTextBlock, base: Direction) -> Direction:
    if is_forced(block):
        ltr = block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
        return Direction.LTR if ltr else Direction.RTL
    return paragraph_direction(block.text(), base)


_HEADING_KINDS = {kind.value for kind in HEADING_SIZE}


def _restyle(cursor: QTextCursor, block: QTextBlock, kind: str, base: Direction) -> None:
    """Give one block a new kind; heading size and weight belong to the whole block."""
    was_heading = block_kind(block) in _HEADING_KINDS
    block_cursor = _block_cursor(cursor, block)
    block_cursor.setBlockFormat(block_format(kind, _direction_of(block, base), is_forced(block)))
    block_cursor.setBlockCharFormat(heading_char_format(kind))
    if was_heading or kind in _HEADING_KINDS:
        block_cursor.movePosition(
            QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
        )
        block_cursor.mergeCharFormat(heading_char_format(kind))


def set_block_kind(cursor: QTextCursor, kind: str, base: Direction = Direction.RTL) -> None:
    """Turn every selected block into a paragraph, heading, quote or read-also block."""
    cursor.beginEditBlock()
    for block in selected_blocks(cursor):
        if block.textList() is not None:
            block.textList().remove(block)
        _restyle(cursor, block, kind, base)
    cursor.endEditBlock()


def toggle_list(cursor: QTextCursor, kind: ContainerKind, base: Direction = Direction.RTL) -> None:
    """Make the selected blocks one list of this kind, or plain paragraphs if they already are."""
    blocks = selected_blocks(cursor)
    style = LIST_STYLES[kind]
    already = all(
        block.textList() is not None and block.textList().format().style() == style
        for block in blocks
    )
    if already:
        set_block_kind(cursor, BlockKind.PARAGRAPH.value, base)
        return
    cursor.beginEditBlock()
    list_format = QTextListFormat()
    list_format.setStyle(style)
    text_list = None
    for block in blocks:
        if block.textList() is not None:
            block.textList().remove(block)
        _restyle(cursor, block, BlockKind.LIST_ITEM.value, base)
        block_cursor = _block_cursor(cursor, block)
        if text_list is None:
            text_list = block_cursor.createList(list_format)
        else:
            text_list.add(block_cursor.block())
    cursor.endEditBlock()


def set_direction(
    cursor: QTextCursor, direction: Direction | None, base: Direction = Direction.RTL
) -> None:
    """Force the selected blocks right-to-left or left-to-right, or (None) let the text decide."""
    cursor.beginEditBlock()
    for block in selected_blocks(cursor):
        fmt = block.blockFormat()
        fmt.setProperty(DIRECTION_FORCED_PROPERTY, direction is not None)
        chosen = direction or paragraph_direction(block.text(), base)
        fmt.setLayoutDirection(qt_direction(chosen))
        _block_cursor(cursor, block).setBlockFormat(fmt)
    cursor.endEditBlock()


def follow_text_direction(cursor: QTextCursor, block: QTextBlock, base: Direction) -> None:
    """Re-derive an unforced block's direction from its text, folded into the last undo step."""
    if is_forced(block):
        return
    wanted = qt_direction(paragraph_direction(block.text(), base))
    if block.blockFormat().layoutDirection() == wanted:
        return
    fmt = block.blockFormat()
    fmt.setLayoutDirection(wanted)
    block_cursor = _block_cursor(cursor, block)
    block_cursor.joinPreviousEditBlock()
    block_cursor.setBlockFormat(fmt)
    block_cursor.endEditBlock()


def toggled_char_format(current: QTextCharFormat, name: str) -> QTextCharFormat:
    """Return the format that toggles bold ("strong") or italic ("em") against current."""
    fmt = QTextCharFormat()
    if name == "strong":
        bold = current.fontWeight() >= QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
    else:
        fmt.setFontItalic(not current.fontItalic())
    return fmt


def link_at(cursor: QTextCursor) -> str:
    """Return the target of the link at the cursor, or an empty string."""
    fmt = cursor.charFormat()
    return fmt.anchorHref() if fmt.isAnchor() else ""


def _select_link_or_word(cursor: QTextCursor) -> None:
    if cursor.hasSelection():
        return
    href = link_at(cursor)
    if not href:
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        return
    block = cursor.block()
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        start, end = fragment.position(), fragment.position() + fragment.length()
        if fragment.charFormat().anchorHref() == href and start <= cursor.position() <= end:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            return
        iterator += 1


def set_link(cursor: QTextCursor, href: str) -> None:
    """Link the selection (or the word or link under the cursor) to href; empty removes it."""
    cursor.beginEditBlock()
    _select_link_or_word(cursor)
    fmt = QTextCharFormat()
    fmt.setAnchor(bool(href))
    fmt.setAnchorHref(href)
    fmt.setFontUnderline(bool(href))
    if href:
        fmt.setForeground(QColor(Qt.GlobalColor.darkBlue))
    else:
        fmt.clearForeground()
    cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()


def insert_read_also(cursor: QTextCursor, title: str, href: str, base: Direction) -> None:
    """Insert a read-also block linking to another article after the cursor's block."""
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    kind = BlockKind.READ_ALSO.value
    text = f"{READ_ALSO_PREFIX}: {title}"
    cursor.insertBlock(
        block_format(kind, paragraph_direction(text, base), False), heading_char_format(kind)
    )
    insert_inlines(
        cursor,
        [
            Inline("text", f"{READ_ALSO_PREFIX}: "),
            Inline("open", "a", href),
            Inline("text", title),
            Inline("close", "a"),
        ],
        heading_char_format(kind),
    )
    cursor.endEditBlock()
