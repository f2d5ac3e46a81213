"""Make untrusted reader comments, author names and URLs safe to show.

A comment body goes through three stages:

1. The raw HTML is repaired (lone UTF-16 surrogates become U+FFFD), cut to
   ``MAX_INPUT_CHARS`` and stripped of every tag after the first ``MAX_TAGS``, which
   bounds the work of the HTML parser on hostile input (deep nesting costs it
   quadratic time).
2. nh3 keeps only ``COMMENT_TAGS`` and ``a[href]``; the href must pass
   ``is_openable_url`` (absolute http/https with a public host, no user info, no
   backslash, no control or invisible characters), so relative, protocol-relative,
   UNC, ``javascript:``, ``data:`` and ``file:`` targets are dropped with the link.
   Script, style, SVG, MathML, iframe, object and similar contents are removed.
3. The cleaned HTML is rebuilt: elements deeper than ``MAX_DEPTH`` are flattened to
   their text, loose text is wrapped in paragraphs (list items inside lists), every
   block gets an explicit ``dir``, a link whose text is not its own target also shows
   the target, isolated, and the result is cut to ``MAX_HTML_CHARS`` on an element
   boundary with every open tag closed.

Nothing here fetches, opens or resolves anything; the output holds no attribute but
``href`` and ``dir``.
"""

from __future__ import annotations

import html
import ipaddress
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Final
from urllib.parse import urlsplit

import nh3

from newsdesk.text.bidi import Direction, has_bidi_controls, isolate, paragraph_direction

MAX_INPUT_CHARS: Final = 100_000
MAX_TAGS: Final = 4_000
MAX_HTML_CHARS: Final = 20_000
MAX_DEPTH: Final = 8
MAX_NAME_CHARS: Final = 120
MAX_URL_CHARS: Final = 300

COMMENT_TAGS: Final = frozenset(
    {"p", "br", "strong", "b", "em", "i", "a", "blockquote", "ul", "ol", "li", "code"}
)
# Elements whose content goes with them, not just the tags.
_CONTENT_DROPPED: Final = frozenset(
    {
        "script", "style", "svg", "math", "iframe", "frame", "frameset", "object", "embed",
        "applet", "noscript", "noembed", "noframes", "template", "textarea", "select",
        "title", "xmp", "plaintext", "head", "video", "audio", "canvas", "map",
    }
)  # fmt: skip
_BLOCK_TAGS: Final = frozenset({"p", "li", "blockquote", "ul", "ol"})
_CONTAINER_TAGS: Final = frozenset({"blockquote", "ul", "ol"})
_LIST_TAGS: Final = frozenset({"ul", "ol"})
_ROOT: Final = "#root"

_URL_SCHEMES: Final = frozenset({"http", "https"})
_ABSOLUTE_HTTP: Final = re.compile(r"https?://", re.IGNORECASE)
# Controls (C0, DEL, C1), whitespace, bidi controls and invisible formatting characters:
# none of them belongs in a link target.
_URL_FORBIDDEN: Final = re.compile(
    "[\x00-\x20\x7f-\xa0\\\\\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)
_HOST_PUNCTUATION: Final = frozenset(".-_:")
_LOCAL_HOSTS: Final = frozenset({"localhost", "localhost.localdomain"})

# What display_name() and display_url() show as a U+ code instead of acting on the text:
# bidi controls, then C0/C1 controls and characters that are invisible yet needed by no
# script (zero-width space, word joiner, invisible operators, BOM, soft hyphen, Hangul
# fillers). ZWJ and ZWNJ stay: Persian and Urdu spelling and emoji sequences need them.
_BIDI_CONTROLS: Final = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_HIDDEN_CHARACTERS: Final = (
    "\x00-\x1f\x7f-\x9f\u200b\u2060-\u2064\ufeff\u00ad\u180e\u115f\u1160\u3164\ufff9-\ufffb"
)
_HIDDEN: Final = re.compile(f"[{_HIDDEN_CHARACTERS}]")
_REVEALED: Final = re.compile(f"[{_BIDI_CONTROLS}{_HIDDEN_CHARACTERS}]")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_TAG: Final = re.compile(r"</?[A-Za-z][^<>]{0,4096}>")
_WHITESPACE: Final = re.compile(r"[ \t\n\r\f]+")
_URL_RUN: Final = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)
_FEED_CHUNK: Final = 8_192
_ELLIPSIS: Final = "\u2026"


@dataclass(frozen=True, slots=True)
class SafeComment:
    """A sanitised comment body and what was learned while cleaning it."""

    html: str
    text: str
    truncated: bool
    links: tuple[str, ...]
    has_bidi_controls: bool = False


@dataclass(frozen=True, slots=True)
class NameCheck:
    """An author name or URL ready for display, with what was found in it."""

    display: str
    has_bidi_controls: bool
    has_hidden_characters: bool = False


def repair_surrogates(text: str) -> str:
    """Replace lone UTF-16 surrogates (left by broken JSON escapes) with U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _public_host(host: str) -> bool:
    """Tell whether host is a plausible public name or address, not a local one."""
    if not host or not all(ch.isalnum() or ch in _HOST_PUNCTUATION for ch in host):
        return False
    name = host.rstrip(".").casefold()
    if name in _LOCAL_HOSTS or name.endswith(".localhost"):
        return False
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return True
    return address.is_global


def openable_url(url: str) -> str | None:
    """Return url stripped if it is an absolute http(s) URL to a public host, else None."""
    url = url.strip()
    if (
        len(url) > 2_048
        or _SURROGATE.search(url)
        or not _ABSOLUTE_HTTP.match(url)
        or _URL_FORBIDDEN.search(url)
    ):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in _URL_SCHEMES or "@" in parts.netloc:
        return None
    return url if _public_host(parts.hostname or "") else None


def is_openable_url(url: str) -> bool:
    """Tell whether url may be offered for opening: http(s), a public host, nothing hidden."""
    return openable_url(url) is not None


def _reveal(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group(0)):04X}]"


def _check(value: str, limit: int) -> NameCheck:
    value = repair_surrogates(value).strip()
    flagged = has_bidi_controls(value)
    hidden = _HIDDEN.search(value) is not None
    shown = " ".join(_REVEALED.sub(_reveal, value).split())
    if len(shown) > limit:
        shown = shown[: limit - 1] + _ELLIPSIS
    return NameCheck(isolate(shown), flagged, hidden)


def display_name(name: str) -> NameCheck:
    """Return an author name isolated for bidi, its hidden controls shown as U+ codes."""
    return _check(name, MAX_NAME_CHARS)


def display_url(url: str) -> NameCheck:
    """Return an author or link URL isolated for bidi, its hidden controls shown as U+ codes."""
    return _check(url, MAX_URL_CHARS)


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Keep an href only if it is openable; nh3 drops every other attribute already."""
    if tag == "a" and attribute == "href":
        return openable_url(value)
    return None


def _limit_tags(raw: str) -> str:
    """Drop every tag after the first MAX_TAGS, keeping the text between them."""
    seen = 0

    def keep_first(match: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return match.group(0) if seen <= MAX_TAGS else ""

    return _TAG.sub(keep_first, raw)


def _clean(raw: str) -> str:
    return nh3.clean(
        raw,
        tags=set(COMMENT_TAGS),
        clean_content_tags=set(_CONTENT_DROPPED),
        attributes={"a": {"href"}},
        attribute_filter=_filter_attribute,
        strip_comments=True,
        link_rel=None,
        url_schemes=set(_URL_SCHEMES),
        url_relative="deny",
    )


@dataclass(slots=True)
class _Element:
    tag: str
    href: str = ""
    implicit: bool = False
    children: list[_Element | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Rebuild nh3's output as a tree no deeper than max_depth, with loose text wrapped."""

    def __init__(self, max_depth: int, max_text: int) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element(_ROOT)
        self.max_depth = max_depth
        self.max_text = max_text
        self.text_seen = 0
        self.exhausted = False
        # Every open tag by its source name, with its element or None when flattened, so
        # end tags pair up; implicit wrappers have no source name.
        self._stack: list[tuple[str, _Element | None]] = []
        self._elements: list[_Element] = []
        self._open_sources: Counter[str] = Counter()

    @property
    def _current(self) -> _Element:
        return self._elements[-1] if self._elements else self.root

    def _open(self, source: str, tag: str, href: str = "") -> None:
        element = _Element(tag, href, implicit=not source)
        self._current.children.append(element)
        self._push(source, element)

    def _push(self, source: str, element: _Element | None) -> None:
        self._stack.append((source, element))
        self._open_sources[source] += 1
        if element is not None:
            self._elements.append(element)

    def _pop(self) -> tuple[str, _Element | None]:
        source, element = self._stack.pop()
        self._open_sources[source] -= 1
        if element is not None:
            self._elements.pop()
        return source, element

    def _separate(self) -> None:
        """Keep the words of a flattened block apart from the text around it."""
        children = self._current.children
        if not children or not isinstance(children[-1], str) or not children[-1][-1:].isspace():
            children.append(" ")

    def _close_implicit(self) -> None:
        while self._stack and self._stack[-1][1] is not None and not self._stack[-1][0]:
            self._pop()

    def _wrap_loose(self) -> None:
        """Open a paragraph (a list item inside a list) for inline content at block level."""
        current = self._current
        at_block_level = current.tag == _ROOT or current.tag in _CONTAINER_TAGS
        if at_block_level and len(self._elements) < self.max_depth:
            self._open("", "li" if current.tag in _LIST_TAGS else "p")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.exhausted or tag not in COMMENT_TAGS:
            return
        if tag == "br":
            self._wrap_loose()
            self._current.children.append(_Element("br"))
            return
        name = tag
        if tag in _BLOCK_TAGS:
            self._close_implicit()
            parent = self._current.tag
            if tag == "li" and parent not in _LIST_TAGS:
                name = "p"  # a list item outside a list reads as a paragraph
            elif parent in _LIST_TAGS and tag != "li":
                self._wrap_loose()
        else:
            self._wrap_loose()
        href = openable_url(dict(attrs).get("href") or "") if tag == "a" else ""
        if len(self._elements) >= self.max_depth or href is None:
            # Flattened: the element goes, its text stays, blocks keep words apart.
            self._push(tag, None)
            if tag in _BLOCK_TAGS:
                self._separate()
            return
        self._open(tag, name, href)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.exhausted or tag == "br" or self._open_sources[tag] <= 0:
            return
        while self._stack:
            source, element = self._pop()
            if source == tag:
                if element is None and tag in _BLOCK_TAGS:
                    self._separate()
                return

    def handle_data(self, data: str) -> None:
        if self.exhausted:
            return
        current = self._current
        if not data.strip() and (current.tag == _ROOT or current.tag in _CONTAINER_TAGS):
            return
        self._wrap_loose()
        self._current.children.append(data)
        self.text_seen += len(data.strip())
        if self.text_seen > self.max_text:
            self.exhausted = True


def _plain(node: _Element | str) -> str:
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return "\n"
    return "".join(_plain(child) for child in node.children)


def _has_content(node: _Element | str) -> bool:
    if isinstance(node, str):
        return bool(node.strip())
    if node.tag == "a" and node.href:
        return True
    return any(_has_content(child) for child in node.children)


def _same_target(text: str, href: str) -> bool:
    """Tell whether a link's text already shows its target (scheme and final slash aside)."""
    shown = text.strip()
    if not shown or _REVEALED.search(shown) or has_bidi_controls(shown):
        return False

    def canonical(url: str) -> str:
        return re.sub(r"^https?://", "", url.strip().casefold()).rstrip("/")

    return canonical(shown) == canonical(href)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class _Serialiser:
    """Write a tree as HTML within a character budget, closing every tag it opens."""

    def __init__(self, budget: int, base: Direction) -> None:
        self.remaining = budget
        self.base = base
        self.cut = False
        self.html: list[str] = []
        self.links: list[str] = []
        self.blocks: list[str] = []
        self._block: list[str] = []

    def _spend(self, cost: int) -> bool:
        if cost > self.remaining:
            self.cut = True
            return False
        self.remaining -= cost
        return True

    def _end_block(self) -> None:
        text = "".join(self._block)
        self._block = []
        text = re.sub(r" *\n *", "\n", re.sub(r" {2,}", " ", text)).strip(" \n")
        if text:
            self.blocks.append(text)

    def write(self, node: _Element | str) -> None:
        """Write a node and its children while the budget lasts."""
        if self.cut:
            return
        if isinstance(node, str):
            self._write_text(node)
        elif node.tag == _ROOT:
            for child in node.children:
                self.write(child)
            self._end_block()
        elif node.tag == "br":
            if self._spend(4):
                self.html.append("<br>")
                self._block.append("\n")
        elif _has_content(node):
            self._write_element(node)

    def _write_text(self, text: str) -> None:
        escaped = _escape(text)
        if len(escaped) > self.remaining:
            self.cut = True
            while len(escaped) > self.remaining:
                text = text[: len(text) - (len(escaped) - self.remaining)]
                escaped = _escape(text)
        self.remaining -= len(escaped)
        self.html.append(escaped)
        self._block.append(_WHITESPACE.sub(" ", text))

    def _write_element(self, element: _Element) -> None:
        tag = element.tag
        attributes = ""
        suffix = ""
        if tag in _BLOCK_TAGS:
            # URLs are Latin letters whatever the language around them: leave them out.
            direction = paragraph_direction(_URL_RUN.sub(" ", _plain(element)), self.base)
            attributes = f' dir="{direction}"'
        elif tag == "a":
            attributes = f' href="{html.escape(element.href, quote=True)}"'
            shown = _plain(element)
            if not _same_target(shown, element.href):
                space = " " if shown.strip() else ""
                suffix = _escape(f"{space}({isolate(element.href)})")
        opening, closing = f"<{tag}{attributes}>", f"</{tag}>"
        if not self._spend(len(opening) + len(suffix) + len(closing)):
            return
        if tag in _BLOCK_TAGS:
            self._end_block()
        if tag == "a":
            self.links.append(element.href)
        self.html.append(opening)
        for child in element.children:
            self.write(child)
        self.html.append(suffix + closing)
        if tag in _BLOCK_TAGS:
            self._end_block()


def sanitise_comment(
    html: str,
    *,
    max_chars: int = MAX_HTML_CHARS,
    max_depth: int = MAX_DEPTH,
    base: Direction = Direction.RTL,
) -> SafeComment:
    """Return a comment body safe for a rich-text widget that loads and runs nothing."""
    raw = repair_surrogates(html)
    truncated = len(raw) > MAX_INPUT_CHARS
    cleaned = _clean(_limit_tags(raw[:MAX_INPUT_CHARS]))
    builder = _TreeBuilder(max_depth, max_chars)
    for start in range(0, len(cleaned), _FEED_CHUNK):
        builder.feed(cleaned[start : start + _FEED_CHUNK])
        if builder.exhausted:
            break
    builder.close()
    serialiser = _Serialiser(max_chars, base)
    serialiser.write(builder.root)
    text = "\n\n".join(serialiser.blocks)
    return SafeComment(
        html="".join(serialiser.html),
        text=text,
        truncated=truncated or builder.exhausted or serialiser.cut,
        links=tuple(serialiser.links),
        has_bidi_controls=has_bidi_controls(text),
    )
