"""The canonical article HTML: sanitise, parse into blocks, serialise.

The stored body is a fragment of block elements, one per line, each with an
explicit ``dir``: ``p``, ``h2``-``h4``, ``ul``/``ol`` with ``li``, ``blockquote``
holding paragraphs, and the read-also paragraph ``<p class="read-also">``.
Inline markup is limited to ``strong``, ``em``, ``code``, ``a href`` and ``br``.
Anything else is mapped onto these (``b`` -> ``strong``, ``h1`` -> ``h2``, ``div``
-> ``p``) or dropped with its text kept. Nested lists are flattened into their
parent list. canonicalise(canonicalise(x)) == canonicalise(x).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import StrEnum
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3

from newsdesk.text.arabic import normalise
from newsdesk.text.bidi import Direction, paragraph_direction

READ_ALSO_CLASS = "read-also"
READ_ALSO_PREFIX = "اقرأ أيضاً"
_READ_ALSO_KEY = normalise(READ_ALSO_PREFIX)

_SANITISE_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
    "strong", "b", "em", "i", "code", "a", "br", "span",
    # Kept only so that their text does not run together; mapped to paragraphs below.
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article",
    "header", "footer", "aside", "pre", "figure", "figcaption", "dl", "dt", "dd", "address",
}  # fmt: skip
# Elements that end the current block and start a paragraph of their own.
_PARAGRAPH_TAGS = {
    "p", "div", "tr", "caption", "section", "article", "header", "footer", "aside", "pre",
    "figure", "figcaption", "dt", "dd", "address",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_SANITISE_ATTRIBUTES = {"*": {"dir"}, "p": {"class", "dir"}, "a": {"href"}}
_URL_SCHEMES = {"http", "https", "mailto"}
_INLINE_TAGS = {"strong": "strong", "b": "strong", "em": "em", "i": "em", "code": "code", "a": "a"}
_HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
# Only ASCII whitespace collapses: a no-break space is a deliberate typographic choice.
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")


class BlockKind(StrEnum):
    """Leaf blocks that hold inline content."""

    PARAGRAPH = "p"
    HEADING2 = "h2"
    HEADING3 = "h3"
    HEADING4 = "h4"
    LIST_ITEM = "li"
    READ_ALSO = "read-also"


class ContainerKind(StrEnum):
    """Blocks that hold other blocks."""

    BULLETS = "ul"
    NUMBERS = "ol"
    QUOTE = "blockquote"


@dataclass(frozen=True, slots=True)
class Inline:
    """One inline token: text, a tag opening or closing, or a line break."""

    kind: str  # "text", "open", "close" or "br"
    value: str = ""  # the text, or the tag name
    href: str = ""


@dataclass(slots=True)
class Block:
    """A paragraph, heading, list item or read-also line."""

    kind: BlockKind
    direction: Direction
    inlines: list[Inline] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the block's plain text."""
        return "".join(
            token.value if token.kind == "text" else "\n" if token.kind == "br" else ""
            for token in self.inlines
        )


@dataclass(slots=True)
class Container:
    """A list or a block quote."""

    kind: ContainerKind
    direction: Direction
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the plain text of every block inside."""
        return "\n".join(block.text for block in self.blocks)


Node = Block | Container


def safe_href(href: str) -> str:
    """Return href if the canonical form allows it (http, https, mailto or relative), else ""."""
    scheme = urlsplit(href.strip()).scheme.lower() if href.strip() else ""
    return href.strip() if not scheme or scheme in _URL_SCHEMES else ""


def sanitise(fragment: str) -> str:
    """Strip everything but the tags and attributes the canonical form can use."""
    return nh3.clean(
        fragment,
        tags=_SANITISE_TAGS,
        attributes=_SANITISE_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


class _Builder(HTMLParser):
    """Turn sanitised HTML into canonical nodes."""

    def __init__(self, base: Direction) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.nodes: list[Node] = []
        self._container: tuple[ContainerKind, str | None, list[Block]] | None = None
        self._kind: BlockKind | None = None
        self._dir: str | None = None
        self._read_also = False
        self._inlines: list[Inline] = []
        self._open: list[str] = []
        self._nested_containers = 0

    # Blocks ---------------------------------------------------------------

    def _start_block(self, kind: BlockKind, attrs: dict[str, str | None]) -> None:
        self._finish_block()
        self._kind = kind
        self._dir = attrs.get("dir")
        self._read_also = READ_ALSO_CLASS in (attrs.get("class") or "").split()

    def _finish_block(self) -> None:
        for tag in reversed(self._open):
            self._inlines.append(Inline("close", tag))
        self._open.clear()
        inlines = tidy(self._inlines)
        self._inlines = []
        kind = self._kind or (
            BlockKind.LIST_ITEM
            if self._container and self._container[0] != ContainerKind.QUOTE
            else BlockKind.PARAGRAPH
        )
        explicit_dir, read_also = self._dir, self._read_also
        self._kind, self._dir, self._read_also = None, None, False
        if not inlines:
            return
        block = Block(kind, _direction(explicit_dir, _plain(inlines), self.base), inlines)
        if kind == BlockKind.PARAGRAPH and (read_also or looks_like_read_also(block)):
            block.kind = BlockKind.READ_ALSO
        if self._container is None:
            self.nodes.append(block)
            return
        container_kind, _, blocks = self._container
        if container_kind == ContainerKind.QUOTE:
            if block.kind == BlockKind.LIST_ITEM or block.kind.value.startswith("h"):
                block.kind = BlockKind.PARAGRAPH
        else:
            block.kind = BlockKind.LIST_ITEM
        blocks.append(block)

    def _start_container(self, kind: ContainerKind, attrs: dict[str, str | None]) -> None:
        self._finish_block()
        if self._container is not None:
            # Nested lists and quotes are flattened into the outer one.
            self._nested_containers += 1
            return
        self._container = (kind, attrs.get("dir"), [])

    def _finish_container(self, kind: ContainerKind) -> None:
        self._finish_block()
        if self._nested_containers:
            self._nested_containers -= 1
            return
        if self._container is None or self._container[0] != kind:
            return
        container_kind, explicit_dir, blocks = self._container
        self._container = None
        if blocks:
            text = "\n".join(block.text for block in blocks)
            self.nodes.append(
                Container(container_kind, _direction(explicit_dir, text, self.base), blocks)
            )

    # HTMLParser callbacks -------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _PARAGRAPH_TAGS:
            self._start_block(BlockKind.PARAGRAPH, attributes)
        elif tag in _CELL_TAGS:
            self._inlines.append(Inline("text", " "))
        elif tag in _HEADINGS:
            self._start_block(BlockKind(_HEADINGS[tag]), attributes)
        elif tag == "li":
            self._start_block(BlockKind.LIST_ITEM, attributes)
        elif tag in ("ul", "ol", "blockquote"):
            self._start_container(ContainerKind(tag), attributes)
        elif tag == "br":
            # A heading is one line: a break inside it becomes a space.
            heading = self._kind is not None and self._kind.value.startswith("h")
            self._inlines.append(Inline("text", " ") if heading else Inline("br"))
        elif tag in _INLINE_TAGS:
            name = _INLINE_TAGS[tag]
            # A link whose target the sanitiser removed (javascript:, data:) keeps only its text.
            if name in self._open or (name == "a" and not attributes.get("href")):
                return
            self._open.append(name)
            self._inlines.append(Inline("open", name, attributes.get("href") or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in _PARAGRAPH_TAGS or tag == "li" or tag in _HEADINGS:
            self._finish_block()
        elif tag in _CELL_TAGS:
            self._inlines.append(Inline("text", " "))
        elif tag in ("ul", "ol", "blockquote"):
            self._finish_container(ContainerKind(tag))
        elif tag in _INLINE_TAGS:
            name = _INLINE_TAGS[tag]
            if name not in self._open:
                return
            while self._open:
                closing = self._open.pop()
                self._inlines.append(Inline("close", closing))
                if closing == name:
                    break

    def handle_data(self, data: str) -> None:
        self._inlines.append(Inline("text", data))

    def close(self) -> None:
        super().close()
        self._finish_block()
        if self._container is not None:
            self._finish_container(self._container[0])


def _direction(explicit: str | None, text: str, base: Direction) -> Direction:
    if explicit in (Direction.RTL.value, Direction.LTR.value):
        return Direction(explicit)
    return paragraph_direction(text, base)


def _plain(inlines: list[Inline]) -> str:
    return "".join(token.value for token in inlines if token.kind == "text")


def looks_like_read_also(block: Block) -> bool:
    """Tell whether a paragraph reads as a read-also line: «اقرأ أيضاً» and a link."""
    has_link = any(token.kind == "open" and token.value == "a" for token in block.inlines)
    return has_link and normalise(block.text).startswith(_READ_ALSO_KEY)


def tidy(inlines: list[Inline]) -> list[Inline]:
    """Collapse and trim whitespace and drop empty inline elements, until nothing changes."""
    tokens = list(inlines)
    while True:
        tidied = _drop_empty_elements(_trim(_hoist_spaces(_merge_text(tokens))))
        if tidied == tokens:
            break
        tokens = tidied
    return tokens if any(token.kind == "text" for token in tokens) else []


def _merge_text(tokens: list[Inline]) -> list[Inline]:
    """Join adjacent text tokens and collapse their whitespace."""
    merged: list[Inline] = []
    for token in tokens:
        if token.kind == "text" and merged and merged[-1].kind == "text":
            token = Inline("text", merged.pop().value + token.value)
        if token.kind == "text":
            token = Inline("text", _WHITESPACE.sub(" ", token.value))
        merged.append(token)
    return merged


def _hoist_spaces(tokens: list[Inline]) -> list[Inline]:
    """Move spaces at the inner edges of an inline element outside it (`**a **` is not bold)."""
    out: list[Inline] = []
    for token in tokens:
        previous = out[-1] if out else None
        if token.kind == "close" and previous and _is_text_ending_in_space(previous):
            out.pop()
            if previous.value.rstrip(" "):
                out.append(Inline("text", previous.value.rstrip(" ")))
            out += [token, Inline("text", " ")]
            continue
        if previous and previous.kind == "open" and _is_text_starting_with_space(token):
            out[-1:] = [Inline("text", " "), previous]
            if token.value.lstrip(" "):
                out.append(Inline("text", token.value.lstrip(" ")))
            continue
        out.append(token)
    return out


def _is_text_ending_in_space(token: Inline) -> bool:
    return token.kind == "text" and token.value.endswith(" ")


def _is_text_starting_with_space(token: Inline) -> bool:
    return token.kind == "text" and token.value.startswith(" ")


def _trim(tokens: list[Inline]) -> list[Inline]:
    """Drop spaces at the block's ends, next to line breaks, and doubled across tags."""
    previous_ends_space = True
    out: list[Inline] = []
    for token in tokens:
        if token.kind == "text":
            value = token.value.lstrip(" ") if previous_ends_space else token.value
            if value:
                out.append(Inline("text", value))
                previous_ends_space = value.endswith(" ")
        elif token.kind == "br":
            _trim_trailing_space(out)
            out.append(token)
            previous_ends_space = True
        else:
            out.append(token)
    _trim_trailing_space(out)
    while out and out[-1].kind == "br":
        out.pop()
        _trim_trailing_space(out)
    while out and out[0].kind == "br":
        out.pop(0)
    return out


def _trim_trailing_space(tokens: list[Inline]) -> None:
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token.kind == "text":
            value = token.value.rstrip(" ")
            if value:
                tokens[index] = Inline("text", value)
                return
            del tokens[index]
        elif token.kind in ("br", "open"):
            return


def _drop_empty_elements(tokens: list[Inline]) -> list[Inline]:
    out: list[Inline] = []
    for token in tokens:
        if token.kind == "close" and out and out[-1].kind == "open":
            out.pop()
        else:
            out.append(token)
    return out


def parse(fragment: str, base: Direction = Direction.RTL) -> list[Node]:
    """Sanitise an HTML fragment and parse it into canonical nodes."""
    builder = _Builder(base)
    builder.feed(sanitise(fragment))
    builder.close()
    return builder.nodes


def _escape_text(value: str) -> str:
    return html.escape(value, quote=False)


def inline_html(inlines: list[Inline]) -> str:
    """Serialise inline tokens to canonical HTML."""
    out: list[str] = []
    for token in inlines:
        if token.kind == "text":
            out.append(_escape_text(token.value))
        elif token.kind == "br":
            out.append("<br>")
        elif token.kind == "open":
            href = f' href="{html.escape(token.href, quote=True)}"' if token.value == "a" else ""
            out.append(f"<{token.value}{href}>")
        else:
            out.append(f"</{token.value}>")
    return "".join(out)


def _block_html(block: Block) -> str:
    if block.kind == BlockKind.READ_ALSO:
        return (
            f'<p class="{READ_ALSO_CLASS}" dir="{block.direction}">{inline_html(block.inlines)}</p>'
        )
    tag = block.kind.value
    return f'<{tag} dir="{block.direction}">{inline_html(block.inlines)}</{tag}>'


def serialise(nodes: list[Node]) -> str:
    """Write nodes as canonical HTML, one block per line."""
    lines: list[str] = []
    for node in nodes:
        if isinstance(node, Block):
            lines.append(_block_html(node))
            continue
        lines.append(f'<{node.kind.value} dir="{node.direction}">')
        lines.extend(_block_html(block) for block in node.blocks)
        lines.append(f"</{node.kind.value}>")
    return "\n".join(lines)


def canonicalise(fragment: str, base: Direction = Direction.RTL) -> str:
    """Return the canonical form of any HTML fragment."""
    return serialise(parse(fragment, base))


def paragraphs(fragment: str) -> list[str]:
    """Return the text of every leaf block (list items and quoted paragraphs one by one)."""
    texts: list[str] = []
    for node in parse(fragment):
        texts += (
            [block.text for block in node.blocks] if isinstance(node, Container) else [node.text]
        )
    return texts


def plain_text(fragment: str) -> str:
    """Return the text of a fragment, blocks separated by blank lines."""
    return "\n\n".join(node.text for node in parse(fragment))


def text_to_html(paragraphs: list[str], base: Direction = Direction.RTL) -> str:
    """Build canonical HTML from plain-text paragraphs."""
    nodes: list[Node] = []
    for paragraph in paragraphs:
        inlines = tidy([Inline("text", paragraph)])
        if inlines:
            nodes.append(Block(BlockKind.PARAGRAPH, paragraph_direction(paragraph, base), inlines))
    return serialise(nodes)
