"""Import articles from Markdown or plain-text files; export them as Markdown, HTML or JSON."""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.domain import (
    Article,
    ArticleStatus,
    Byline,
    Changes,
    ErrorCode,
    NewsdeskError,
)
from newsdesk.services.articles import create_articles, get_article
from newsdesk.store.articles import ArticleFields
from newsdesk.text import normalise
from newsdesk.text.article_html import canonicalise, text_to_html
from newsdesk.text.markdown_io import (
    METADATA_KEYS,
    MetadataError,
    format_header,
    html_to_markdown,
    markdown_to_html,
    split_header,
)

if TYPE_CHECKING:
    from newsdesk.store import Store

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm"}
_HTML_METADATA = re.compile(r'<meta name="newsdesk:(\w+)" content="([^"]*)"\s*/?>', re.IGNORECASE)
_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HTML_ARTICLE_BODY = re.compile(r'<div class="article-body">(.*)</div>\s*</article>', re.DOTALL)
_HTML_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)
# Names that mean "signed by the newsroom as a whole", not by a person.
EDITORIAL_TEAM_NAMES = {normalise("فريق التحرير"), "editorial team"}
EDITORIAL_TEAM_LABEL = "فريق التحرير"
# The heading above related articles on the site's pages.
RELATED_HEADING = "مقالات ذات صلة"
_TAG_SEPARATORS = str.maketrans({"،": ","})
# A line with nothing but spaces separates paragraphs too (pasted text is full of them).
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


class ExportFormat(StrEnum):
    """File formats an article can be exported to."""

    MARKDOWN = "md"
    HTML = "html"
    JSON = "json"


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file, refusing binary files and bad encodings with clear codes."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise NewsdeskError(ErrorCode.FILE_NOT_FOUND, str(path)) from error
    except OSError as error:
        raise NewsdeskError(ErrorCode.FILE_UNREADABLE, str(path)) from error
    if b"\x00" in data:
        raise NewsdeskError(ErrorCode.NOT_TEXT, str(path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NewsdeskError(ErrorCode.BAD_ENCODING, f"{path}: byte {error.start}") from error


def _byline(author: str) -> tuple[Byline, str]:
    if not author or normalise(author) in EDITORIAL_TEAM_NAMES:
        return Byline.EDITORIAL_TEAM, ""
    return Byline.AUTHOR, author


def _status(value: str, path: Path) -> ArticleStatus:
    if not value:
        return ArticleStatus.DRAFT
    try:
        return ArticleStatus(value.strip().lower())
    except ValueError as error:
        raise NewsdeskError(ErrorCode.BAD_METADATA, f"{path}: status {value}") from error


def parse_markdown_article(source: str, path: Path) -> ArticleFields:
    """Read a Markdown article with a `Key: value` header."""
    try:
        header, body = split_header(source)
    except MetadataError as error:
        raise NewsdeskError(ErrorCode.BAD_METADATA, f"{path}: {error.key}") from error
    title = header.get("title", "").strip()
    if not title and body.startswith("# "):
        first, _, body = body.partition("\n")
        title = first[2:].strip()
    return _fields_from_header({**header, "title": title}, markdown_to_html(body), path)


def _fields_from_header(header: dict[str, str], body_html: str, path: Path) -> ArticleFields:
    title = header.get("title", "").strip()
    if not title:
        raise NewsdeskError(ErrorCode.EMPTY_TITLE, str(path))
    byline, author = _byline(header.get("author", ""))
    tags = header.get("tags", "").translate(_TAG_SEPARATORS).split(",")
    return ArticleFields(
        title=title,
        body_html=body_html,
        excerpt=header.get("excerpt", ""),
        slug=header.get("slug", ""),
        section=header.get("section", ""),
        tags=tuple(tag.strip() for tag in tags if tag.strip()),
        byline=byline,
        author=author,
        status=_status(header.get("status", ""), path),
    )


def parse_plain_article(source: str, path: Path) -> ArticleFields:
    """Read plain text: the first line is the title, blank lines separate paragraphs."""
    lines = source.lstrip("\ufeff").strip().splitlines()
    title = lines[0].strip() if lines else ""
    if not title:
        raise NewsdeskError(ErrorCode.EMPTY_TITLE, str(path))
    chunks = _BLANK_LINE.split("\n".join(lines[1:]))
    paragraphs = [" ".join(chunk.split("\n")) for chunk in chunks]
    return ArticleFields(title=title, body_html=text_to_html([p for p in paragraphs if p.strip()]))


def read_article_file(path: Path) -> ArticleFields:
    """Read one article file, choosing the format by its suffix."""
    source = read_text_file(path)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return parse_markdown_article(source, path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return parse_html_article(source, path)
    return parse_plain_article(source, path)


def import_files(store: Store, paths: list[Path]) -> tuple[list[int], Changes]:
    """Import every file or none: all are read and checked before anything is written."""
    return create_articles(store, [read_article_file(path) for path in paths])


def _header_of(article: Article) -> dict[str, str]:
    return {
        "title": article.title,
        "section": article.section,
        "tags": "، ".join(article.tags),
        "author": article.author if article.byline == Byline.AUTHOR else EDITORIAL_TEAM_LABEL,
        "excerpt": article.excerpt,
        "slug": article.slug,
        "status": article.status.value,
    }


def article_markdown(article: Article) -> str:
    """Write an article as Markdown with the same header import reads."""
    header = format_header(_header_of(article))
    return f"{header}\n\n{html_to_markdown(article.body_html)}\n"


def article_html_document(article: Article) -> str:
    """Write an article as a standalone right-to-left HTML page that import reads back."""
    byline = article.author if article.byline == Byline.AUTHOR else EDITORIAL_TEAM_LABEL
    metadata = "".join(
        f'<meta name="newsdesk:{key}" content="{html.escape(value, quote=True)}">\n'
        for key, value in _header_of(article).items()
        if value and key != "title"
    )
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(article.title)}</title>\n{metadata}</head>\n<body>\n<article>\n"
        f'<p class="section">{html.escape(article.section)}</p>\n'
        f"<h1>{html.escape(article.title)}</h1>\n"
        f'<p class="byline">{html.escape(byline)}</p>\n'
        f'<div class="article-body">\n{article.body_html}\n</div>\n'
        "</article>\n</body>\n</html>\n"
    )


def parse_html_article(source: str, path: Path) -> ArticleFields:
    """Read an HTML page: newsdesk's own export losslessly, any other page by its title and body."""
    metadata = {
        match.group(1).lower(): html.unescape(match.group(2))
        for match in _HTML_METADATA.finditer(source)
    }
    title_match = _HTML_TITLE.search(source)
    title = html.unescape(title_match.group(1)).strip() if title_match else ""
    body_match = _HTML_ARTICLE_BODY.search(source) or _HTML_BODY.search(source)
    body = body_match.group(1) if body_match else source
    header = {key: value for key, value in metadata.items() if key in METADATA_KEYS}
    header["title"] = title
    return _fields_from_header(header, canonicalise(body), path)


def article_json(article: Article) -> str:
    """Write an article as JSON."""
    return json.dumps(article_dict(article), ensure_ascii=False, indent=2) + "\n"


def article_dict(article: Article) -> dict[str, object]:
    """Return an article as plain JSON-ready data."""
    return {
        "id": article.id,
        "uid": article.uid,
        "title": article.title,
        "section": article.section,
        "tags": list(article.tags),
        "byline": article.byline.value,
        "author": article.author,
        "excerpt": article.excerpt,
        "slug": article.slug,
        "status": article.status.value,
        "word_count": article.word_count,
        "featured_image": article.featured_image,
        "created_at": article.created_at.isoformat() if article.created_at else None,
        "updated_at": article.updated_at.isoformat() if article.updated_at else None,
        "remote_id": article.remote_id,
        "body_html": article.body_html,
    }


def export_article(article: Article, export_format: ExportFormat) -> str:
    """Render an article in the chosen format."""
    writers = {
        ExportFormat.MARKDOWN: article_markdown,
        ExportFormat.HTML: article_html_document,
        ExportFormat.JSON: article_json,
    }
    return writers[export_format](article)


def write_file(path: Path, content: str) -> None:
    """Write a file whole or not at all (a temporary file renamed into place)."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent or Path("."), prefix=".newsdesk-")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except OSError as error:
        raise NewsdeskError(ErrorCode.OUTPUT_UNWRITABLE, str(path)) from error


def export_to_file(store: Store, article_id: int, path: Path) -> None:
    """Export an article to a file whose suffix (.md, .html, .json) picks the format."""
    suffix = path.suffix.lower().lstrip(".")
    export_format = ExportFormat(suffix) if suffix in ("html", "json") else ExportFormat.MARKDOWN
    write_file(path, export_article(get_article(store, article_id), export_format))
