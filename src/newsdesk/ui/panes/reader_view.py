"""A read-only view of an article as the reader will see it; loads nothing from outside."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser

from newsdesk.domain import Article, ArticleSummary, Author, Byline
from newsdesk.services.transfer import EDITORIAL_TEAM_LABEL, RELATED_HEADING
from newsdesk.text import Direction, paragraph_direction

if TYPE_CHECKING:
    from collections.abc import Sequence

READER_STYLE = """
p { line-height: 150%; margin-bottom: 10px; }
h1 { font-size: x-large; }
.section { color: #8a1c1c; font-weight: bold; }
.byline { color: #555555; }
.read-also { font-weight: bold; color: #1b4f8a; }
.author-box { color: #333333; }
"""
READER_FONTS = ["Noto Naskh Arabic", "Noto Serif", "DejaVu Serif"]


def text_block(tag: str, text: str, css_class: str = "") -> str:
    direction = paragraph_direction(text, Direction.RTL)
    klass = f' class="{css_class}"' if css_class else ""
    return f'<{tag}{klass} dir="{direction}">{html.escape(text)}</{tag}>'


def _link_block(title: str, href: str) -> str:
    direction = paragraph_direction(title, Direction.RTL)
    return (
        f'<p dir="{direction}"><a href="{html.escape(href, quote=True)}">'
        f"{html.escape(title)}</a></p>"
    )


class ReaderView(QTextBrowser):
    """Shows an article's section, title, byline, body and author box."""

    article_link_clicked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        """Set up a browser that never follows or fetches anything by itself."""
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(READER_STYLE)
        font = QFont()
        font.setFamilies(READER_FONTS)
        font.setPointSize(13)
        self.document().setDefaultFont(font)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802
        """Refuse every resource: articles and comments must not fetch images or styles."""
        return None

    def show_article(
        self, article: Article, author: Author | None, related: Sequence[ArticleSummary] = ()
    ) -> None:
        """Render an article for reading."""
        signed = author if article.byline == Byline.AUTHOR else None
        # The reader sees the site's own wording, whatever language the UI speaks.
        byline = signed.name if signed else EDITORIAL_TEAM_LABEL
        parts = [
            text_block("p", article.section, "section"),
            text_block("h1", article.title),
            text_block("p", byline, "byline"),
            "<hr/>",
            article.body_html,
        ]
        if signed:
            parts += ["<hr/>", text_block("p", signed.name, "author-box byline")]
            if signed.bio:
                parts.append(text_block("p", signed.bio, "author-box"))
        if related:
            parts += ["<hr/>", text_block("h3", RELATED_HEADING)]
            parts += [_link_block(row.title, f"/{row.slug}/") for row in related]
        self.document().setHtml("\n".join(parts))

    def show_message(self, text: str) -> None:
        """Show a line of text in place of an article."""
        self.document().setHtml(text_block("p", text))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        # Links inside our own site ("/slug/") open that article here; nothing else is followed.
        if not url.scheme() and url.path().startswith("/"):
            self.article_link_clicked.emit(url.path().strip("/"))
