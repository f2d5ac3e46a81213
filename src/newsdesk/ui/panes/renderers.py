"""Reader-view HTML for a comment and an author profile, built from escaped plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from newsdesk.text.article_html import plain_text
from newsdesk.ui import labels
from newsdesk.ui.panes.reader_view import text_block

if TYPE_CHECKING:
    from newsdesk.domain import Author, Comment


def comment_html(comment: Comment) -> str:
    """Show a comment's text only: its HTML is untrusted and is not rendered."""
    when = QLocale().toString(
        comment.date_gmt.astimezone().replace(tzinfo=None), QLocale.FormatType.LongFormat
    )
    article = QCoreApplication.translate("Renderers", "On: {title}").format(
        title=comment.article_title
    )
    parts = [
        text_block("p", comment.author_name, "byline"),
        text_block("p", f"{labels.comment_status(comment.status)} · {when}", "section"),
        text_block("p", article),
        "<hr/>",
    ]
    parts += [
        text_block("p", paragraph) for paragraph in plain_text(comment.content_html).split("\n\n")
    ]
    return "\n".join(parts)


def author_html(author: Author) -> str:
    """Show an author's box as it sits under an article, then the English bio."""
    parts = [text_block("h1", author.name)]
    if author.name_latin:
        parts.append(text_block("p", author.name_latin, "byline"))
    if author.job_title:
        parts.append(text_block("p", author.job_title, "section"))
    if author.bio:
        parts.append(text_block("p", author.bio, "author-box"))
    if author.bio_en:
        parts.append(text_block("p", author.bio_en, "author-box"))
    return "\n".join(parts)
