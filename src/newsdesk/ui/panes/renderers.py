"""Reader-view HTML for a comment and an author profile, built from escaped plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from newsdesk.text.comments import display_name, display_url, sanitise_comment
from newsdesk.ui import labels
from newsdesk.ui.panes.reader_view import text_block

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdesk.domain import Author, Comment
    from newsdesk.text.signals import CommenterHistory


def comment_html(
    comment: Comment,
    parent: Comment | None = None,
    replies: Sequence[Comment] = (),
    history: CommenterHistory | None = None,
) -> str:
    """Render a comment safely: sanitised body, names isolated, thread and history around it."""
    when = labels.date_time(comment.date_gmt, long=True)
    name = display_name(comment.author_name)
    parts = [text_block("p", name.display, "byline")]
    if name.has_bidi_controls or name.has_hidden_characters:
        parts.append(
            text_block(
                "p",
                QCoreApplication.translate(
                    "Renderers", "⚠ The name hides direction-control characters."
                ),
            )
        )
    details = [comment.author_email, comment.author_ip]
    if comment.author_url:
        details.append(display_url(comment.author_url).display)
    parts.append(text_block("p", " · ".join(detail for detail in details if detail), "section"))
    parts.append(text_block("p", f"{labels.comment_status(comment.status)} · {when}"))
    parts.append(
        text_block(
            "p",
            QCoreApplication.translate("Renderers", "On: {title}").format(
                title=comment.article_title
            ),
        )
    )
    if history is not None:
        parts.append(
            text_block(
                "p",
                QCoreApplication.translate(
                    "Renderers",
                    "Earlier from this commenter: {approved} approved, {spam} spam, "
                    "{trash} trash, {hold} pending.",
                ).format(
                    approved=labels.number(history.approved),
                    spam=labels.number(history.spam),
                    trash=labels.number(history.trash),
                    hold=labels.number(history.hold),
                ),
            )
        )
    if parent is not None:
        parts += [
            "<hr/>",
            text_block("p", QCoreApplication.translate("Renderers", "In reply to:"), "section"),
        ]
        parts.append(_quoted(parent))
    parts += ["<hr/>", sanitise_comment(comment.content_html).html]
    if replies:
        parts += [
            "<hr/>",
            text_block("p", QCoreApplication.translate("Renderers", "Replies:"), "section"),
        ]
        parts += [_quoted(reply) for reply in replies]
    return "\n".join(parts)


def _quoted(comment: Comment) -> str:
    name = display_name(comment.author_name).display
    return text_block("p", name, "byline") + sanitise_comment(comment.content_html).html


def author_html(author: Author) -> str:
    """Return the author box exactly as ``ReaderView.show_article`` puts it under an article.

    The site's box holds the rule, the Arabic name and the Arabic bio; the Latin name, job
    title and English bio are the newsroom's own and never reach the page.
    """
    parts = ["<hr/>", text_block("p", author.name, "author-box byline")]
    if author.bio:
        parts.append(text_block("p", author.bio, "author-box"))
    return "\n".join(parts)
