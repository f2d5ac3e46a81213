"""Convert between QTextDocument and the canonical article HTML, in both directions.

Qt's own toHtml() writes style soup and its setHtml() guesses; neither is used.
Each block carries its kind (paragraph, heading, list item, quote, read-also) in a
user property of its block format, and whether its direction was forced by the
writer in another: a block whose direction is not forced follows its text. On
loading, a stored ``dir`` that differs from what the text asks for counts as forced.
A list's or quote's own direction is derived from its items.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from newsdesk.text import Direction, paragraph_direction
from newsdesk.text.article_html import (
    Block,
    BlockKind,
    Container,
    ContainerKind,
    Inline,
    Node,
    looks_like_read_also,
    parse,
    safe_href,
    serialise,
    tidy,
)

# Block kinds as stored in the block format. A quote paragraph is its own kind here;
# consecutive quote blocks become one <blockquote> when serialised.
KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
DIRECTION_FORCED_PROPERTY = QTextFormat.Property.UserProperty + 2
CODE_PROPERTY = QTextFormat.Property.UserProperty + 3
QUOTE = "quote"
_HEADING_KINDS = {BlockKind.HEADING2.value, BlockKind.HEADING3.value, BlockKind.HEADING4.value}
LINE_BREAK = "\u2028"
OBJECT_REPLACEMENT = "\ufffc"

HEADING_SIZE = {BlockKind.HEADING2: 3, BlockKind.HEADING3: 2, BlockKind.HEADING4: 1}
QUOTE_MARGIN = 28.0
BLOCK_SPACING = 8.0
LIST_STYLES = {
    ContainerKind.BULLETS: QTextListFormat.Style.ListDisc,
    ContainerKind.NUMBERS: QTextListFormat.Style.ListDecimal,
}
_QT_DIRECTION = {
    Direction.RTL: Qt.LayoutDirection.RightToLeft,
    Direction.LTR: Qt.LayoutDirection.LeftToRight,
}


def qt_direction(direction: Direction) -> Qt.LayoutDirection:
    """Return Qt's layout direction for a text direction."""
    return _QT_DIRECTION[direction]


def block_kind(block: QTextBlock) -> str:
    """Return a block's kind: a BlockKind value or QUOTE."""
    kind = block.blockFormat().property(KIND_PROPERTY)
    if isinstance(kind, str) and kind:
        return kind
    return BlockKind.LIST_ITEM.value if block.textList() else BlockKind.PARAGRAPH.value


def block_format(kind: str, direction: Direction, forced: bool) -> QTextBlockFormat:
    """Build the block format for a kind and direction."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, kind)
    fmt.setProperty(DIRECTION_FORCED_PROPERTY, forced)
    fmt.setLayoutDirection(qt_direction(direction))
    fmt.setBottomMargin(BLOCK_SPACING)
    heading = HEADING_SIZE.get(BlockKind(kind)) if kind != QUOTE else None
    fmt.setHeadingLevel(int(kind[1]) if heading else 0)
    if kind == QUOTE:
        fmt.setLeftMargin(QUOTE_MARGIN)
        fmt.setRightMargin(QUOTE_MARGIN)
    return fmt


def heading_char_format(kind: str) -> QTextCharFormat:
    """Return the character format every character of a block of this kind starts with."""
    fmt = QTextCharFormat()
    size = HEADING_SIZE.get(BlockKind(kind)) if kind != QUOTE else None
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, size or 0)
    fmt.setFontWeight(QFont.Weight.Bold if size else QFont.Weight.Normal)
    return fmt


def _char_format(base: QTextCharFormat, marks: dict[str, str]) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    if "strong" in marks:
        fmt.setFontWeight(QFont.Weight.Bold)
    if "em" in marks:
        fmt.setFontItalic(True)
    if "code" in marks:
        fmt.setProperty(CODE_PROPERTY, True)
        fmt.setFontFixedPitch(True)
        fmt.setFontFamilies(["DejaVu Sans Mono", "monospace"])
    if "a" in marks:
        fmt.setAnchor(True)
        fmt.setAnchorHref(marks["a"])
        fmt.setFontUnderline(True)
        fmt.setForeground(Qt.GlobalColor.darkBlue)
    return fmt


def insert_inlines(cursor: QTextCursor, inlines: list[Inline], base: QTextCharFormat) -> None:
    """Insert inline tokens at the cursor with their formatting."""
    marks: dict[str, str] = {}
    for token in inlines:
        if token.kind == "open":
            marks[token.value] = token.href
        elif token.kind == "close":
            marks.pop(token.value, None)
        elif token.kind == "br":
            cursor.insertText(LINE_BREAK, _char_format(base, marks))
        else:
            cursor.insertText(token.value, _char_format(base, marks))


def is_forced(block: QTextBlock) -> bool:
    """Tell whether the writer forced this block's direction."""
    return bool(block.blockFormat().property(DIRECTION_FORCED_PROPERTY))


def insert_nodes(
    cursor: QTextCursor, nodes: list[Node], base: Direction, replace_current: bool
) -> None:
    """Insert canonical nodes at the cursor as blocks; optionally reuse the current block."""
    reuse = replace_current
    for node in nodes:
        blocks = node.blocks if isinstance(node, Container) else [node]
        text_list = None
        for block in blocks:
            quoted = isinstance(node, Container) and node.kind == ContainerKind.QUOTE
            kind = QUOTE if quoted else block.kind.value
            forced = block.direction != paragraph_direction(block.text, base)
            fmt = block_format(kind, block.direction, forced)
            char_fmt = heading_char_format(kind)
            if reuse:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char_fmt)
                reuse = False
            else:
                cursor.insertBlock(fmt, char_fmt)
            if isinstance(node, Container) and node.kind in LIST_STYLES:
                if text_list is None:
                    list_format = QTextListFormat()
                    list_format.setStyle(LIST_STYLES[node.kind])
                    text_list = cursor.createList(list_format)
                else:
                    text_list.add(cursor.block())
            insert_inlines(cursor, block.inlines, char_fmt)


def load_html(document: QTextDocument, fragment: str, base: Direction = Direction.RTL) -> None:
    """Replace the document's content with a canonical (or any) HTML fragment."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    insert_nodes(cursor, parse(fragment, base), base, replace_current=True)
    cursor.endEditBlock()
    document.clearUndoRedoStacks()
    document.setModified(False)


def _marks_of(fmt: QTextCharFormat) -> dict[str, str]:
    marks: dict[str, str] = {}
    if fmt.isAnchor() and fmt.anchorHref():
        marks["a"] = fmt.anchorHref()
    if fmt.fontWeight() >= QFont.Weight.DemiBold:
        marks["strong"] = ""
    if fmt.fontItalic():
        marks["em"] = ""
    if fmt.boolProperty(CODE_PROPERTY):
        marks["code"] = ""
    return marks


_MARK_ORDER = ("a", "strong", "em", "code")


def block_inlines(block: QTextBlock, heading: bool) -> list[Inline]:
    """Read a block's text and formatting as inline tokens."""
    tokens: list[Inline] = []
    open_marks: list[tuple[str, str]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        marks = {} if heading else _marks_of(fragment.charFormat())
        if heading and fragment.charFormat().isAnchor():
            marks = {"a": fragment.charFormat().anchorHref()}
        wanted = [(name, marks[name]) for name in _MARK_ORDER if name in marks]
        keep = 0
        while keep < min(len(open_marks), len(wanted)) and open_marks[keep] == wanted[keep]:
            keep += 1
        for name, _href in reversed(open_marks[keep:]):
            tokens.append(Inline("close", name))
        for name, href in wanted[keep:]:
            tokens.append(Inline("open", name, href))
        open_marks = wanted
        text = fragment.text().replace(OBJECT_REPLACEMENT, "")
        for index, line in enumerate(text.split(LINE_BREAK)):
            if index:
                tokens.append(Inline("br"))
            if line:
                tokens.append(Inline("text", line))
    for name, _href in reversed(open_marks):
        tokens.append(Inline("close", name))
    return tokens


def block_direction(block: QTextBlock, base: Direction) -> Direction:
    """Return the direction a block has or, when not forced, the one its text asks for."""
    if is_forced(block):
        layout = block.blockFormat().layoutDirection()
        return Direction.LTR if layout == Qt.LayoutDirection.LeftToRight else Direction.RTL
    return paragraph_direction(block.text(), base)


def _leaf(block: QTextBlock, kind: str, container: ContainerKind | None, base: Direction) -> Block:
    """Read one block as a canonical leaf, with the fix-ups the canonical form demands."""
    heading = kind in _HEADING_KINDS
    inlines = block_inlines(block, heading)
    if heading:  # a heading is one line
        inlines = [Inline("text", " ") if token.kind == "br" else token for token in inlines]
    inlines = tidy(_safe_links(inlines))
    if container == ContainerKind.QUOTE:
        leaf_kind = BlockKind.PARAGRAPH
    elif container is not None:
        leaf_kind = BlockKind.LIST_ITEM
    elif kind in (QUOTE, BlockKind.LIST_ITEM.value):
        leaf_kind = BlockKind.PARAGRAPH
    else:
        leaf_kind = BlockKind(kind)
    leaf = Block(leaf_kind, block_direction(block, base), inlines)
    if leaf.kind == BlockKind.PARAGRAPH and container is None and looks_like_read_also(leaf):
        leaf.kind = BlockKind.READ_ALSO
    return leaf


def _safe_links(tokens: list[Inline]) -> list[Inline]:
    """Drop links whose target the canonical form refuses (javascript:, data:), keeping text."""
    kept: list[Inline] = []
    dropping = False
    for token in tokens:
        if token.kind == "open" and token.value == "a":
            href = safe_href(token.href)
            dropping = not href
            if href:
                kept.append(Inline("open", "a", href))
        elif token.kind == "close" and token.value == "a":
            if not dropping:
                kept.append(token)
            dropping = False
        else:
            kept.append(token)
    return kept


def document_nodes(document: QTextDocument, base: Direction = Direction.RTL) -> list[Node]:
    """Read the document as canonical nodes (what canonicalise() would make of it)."""
    nodes: list[Node] = []
    block = document.begin()
    while block.isValid():
        kind = block_kind(block)
        container_kind = _container_kind(block, kind)
        leaf = _leaf(block, kind, container_kind, base)
        previous = nodes[-1] if nodes else None
        if not leaf.inlines:
            pass  # an empty block is not content
        elif container_kind is None:
            nodes.append(leaf)
        elif (
            isinstance(previous, Container)
            and previous.kind == container_kind
            and _same_container(block, container_kind)
        ):
            previous.blocks.append(leaf)
        else:
            nodes.append(Container(container_kind, leaf.direction, [leaf]))
        block = block.next()
    for node in nodes:
        if isinstance(node, Container):
            text = "\n".join(leaf.text for leaf in node.blocks)
            node.direction = paragraph_direction(text, base)
    return nodes


def _container_kind(block: QTextBlock, kind: str) -> ContainerKind | None:
    if kind == QUOTE:
        return ContainerKind.QUOTE
    text_list = block.textList()
    if text_list is None:
        return None
    numbered = text_list.format().style() in (
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListUpperAlpha,
        QTextListFormat.Style.ListLowerRoman,
        QTextListFormat.Style.ListUpperRoman,
    )
    return ContainerKind.NUMBERS if numbered else ContainerKind.BULLETS


def _same_container(block: QTextBlock, kind: ContainerKind) -> bool:
    previous = block.previous()
    if kind == ContainerKind.QUOTE:
        return block_kind(previous) == QUOTE
    return previous.textList() is not None and previous.textList() == block.textList()


def to_html(document: QTextDocument, base: Direction = Direction.RTL) -> str:
    """Return the document as canonical article HTML."""
    return serialise(document_nodes(document, base))
