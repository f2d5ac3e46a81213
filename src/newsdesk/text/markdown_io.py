"""Markdown articles with a metadata header, to and from canonical HTML."""

from __future__ import annotations

import re

import markdown

from newsdesk.text.article_html import (
    Block,
    BlockKind,
    Container,
    ContainerKind,
    Inline,
    Node,
    canonicalise,
    parse,
)
from newsdesk.text.bidi import Direction, paragraph_direction

METADATA_KEYS = ("title", "section", "tags", "author", "excerpt", "slug", "status")
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]*)[ \t]*:[ \t]?(.*)$")
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{])")
# What would start a heading, quote, list or thematic break at the start of a line.
_LINE_START_MARKERS = re.compile(r"^(#|>|[-+](?= |-|$))", re.MULTILINE)
_LINE_START_NUMBERS = re.compile(r"^(\d+)([.)])(?= |$)", re.MULTILINE)
# Markdown passes raw HTML and character references through: keep them as text.
_RAW_HTML = re.compile(r"<(?=[A-Za-z/!?])")
_CHARACTER_REFERENCE = re.compile(r"&(?=#?\w+;)")
_MARKUP = {"strong": "**", "em": "*", "code": "`"}


class MetadataError(ValueError):
    """A header line names a key newsdesk does not know."""

    def __init__(self, key: str) -> None:
        """Remember the unknown key."""
        super().__init__(key)
        self.key = key


def split_header(source: str) -> tuple[dict[str, str], str]:
    """Split `Key: value` header lines (optionally between --- fences) from the body."""
    lines = source.lstrip("\ufeff").splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
        if end is not None:
            return _read_header(lines[1:end]), "\n".join(lines[end + 1 :]).strip("\n")
    count = 0
    while count < len(lines) and _HEADER_LINE.match(lines[count]):
        count += 1
    if count == 0 or (count < len(lines) and lines[count].strip()):
        return {}, source.strip("\n")
    return _read_header(lines[:count]), "\n".join(lines[count:]).strip("\n")


def _read_header(lines: list[str]) -> dict[str, str]:
    header: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match is None:
            continue
        key = match.group(1).lower()
        if key not in METADATA_KEYS:
            raise MetadataError(match.group(1))
        header[key] = match.group(2).strip()
    return header


def format_header(header: dict[str, str]) -> str:
    """Write a metadata header in the fixed key order, skipping empty values."""
    return "\n".join(
        f"{key.capitalize()}: {header[key]}" for key in METADATA_KEYS if header.get(key)
    )


def markdown_to_html(body: str, base: Direction = Direction.RTL) -> str:
    """Render Markdown and return it in canonical HTML."""
    return canonicalise(markdown.markdown(body, extensions=["sane_lists", "attr_list"]), base)


def _escape(text: str) -> str:
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    text = _CHARACTER_REFERENCE.sub("&amp;", text)
    return _RAW_HTML.sub("&lt;", text)


def _code_span(code: str) -> str:
    """Write code literally: a Markdown code span knows no escapes, only longer fences."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def _inline_markdown(inlines: list[Inline]) -> str:
    out: list[str] = []
    hrefs: list[str] = []
    code: list[str] | None = None
    for token in inlines:
        if code is not None:
            if token.kind == "close" and token.value == "code":
                out.append(_code_span("".join(code)))
                code = None
            elif token.kind == "text":
                code.append(token.value)
        elif token.kind == "open" and token.value == "code":
            code = []
        elif token.kind == "text":
            out.append(_escape(token.value))
        elif token.kind == "br":
            out.append("  \n")
        elif token.value == "a":
            if token.kind == "open":
                hrefs.append(token.href)
                out.append("[")
            else:
                out.append(f"]({hrefs.pop() if hrefs else ''})")
        else:
            out.append(_MARKUP[token.value])
    text = _LINE_START_MARKERS.sub(r"\\\1", "".join(out))
    return _LINE_START_NUMBERS.sub(r"\1\\\2", text)


def _direction_attribute(block: Block, base: Direction) -> str:
    """Return `{: dir="…" }` when the block's direction is not the one its text asks for."""
    if block.direction == paragraph_direction(block.text, base):
        return ""
    return f'{{: dir="{block.direction}" }}'


def _block_markdown(block: Block, base: Direction = Direction.RTL) -> str:
    prefix = {
        BlockKind.HEADING2: "## ",
        BlockKind.HEADING3: "### ",
        BlockKind.HEADING4: "#### ",
    }.get(block.kind, "")
    text = _inline_markdown(block.inlines)
    if prefix and text.endswith("#"):
        # A trailing '#' would be read as the heading's closing sequence.
        text = text[:-1] + "\\#"
    attribute = _direction_attribute(block, base)
    if attribute:
        # attr_list syntax: at the end of a heading line, on a line of its own after a paragraph.
        text += f" {attribute}" if prefix else f"\n{attribute}"
    return prefix + text


def _node_markdown(node: Node) -> str:
    if isinstance(node, Block):
        return _block_markdown(node)
    if node.kind == ContainerKind.QUOTE:
        paragraphs = [_block_markdown(block) for block in node.blocks]
        return "\n>\n".join(
            "\n".join(f"> {line}" for line in paragraph.split("\n")) for paragraph in paragraphs
        )
    numbered = node.kind == ContainerKind.NUMBERS
    return "\n".join(
        (f"{index}. " if numbered else "- ") + _inline_markdown(block.inlines)
        for index, block in enumerate(node.blocks, 1)
    )


# Two lists or quotes of one kind in a row would be read back as one: an empty
# comment keeps them apart (and is dropped again by the sanitiser).
_CONTAINER_SEPARATOR = "<!-- -->"


def html_to_markdown(fragment: str) -> str:
    """Write canonical HTML as Markdown; a direction the text would not give is kept explicitly.

    List items cannot carry attributes in Python-Markdown, so theirs is recomputed.
    """
    parts: list[str] = []
    previous: Node | None = None
    for node in parse(fragment):
        same_kind = isinstance(previous, Container) and previous.kind == node.kind
        if isinstance(node, Container) and same_kind:
            parts.append(_CONTAINER_SEPARATOR)
        parts.append(_node_markdown(node))
        previous = node
    return "\n\n".join(parts)


__all__ = [
    "METADATA_KEYS",
    "MetadataError",
    "format_header",
    "html_to_markdown",
    "markdown_to_html",
    "split_header",
]
