"""Demo content: Arabic articles, authors and reader comments written for newsdesk."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from newsdesk.domain import ArticleStatus, Changes, CommentStatus, RevisionKind
from newsdesk.services.transfer import parse_markdown_article
from newsdesk.store.articles import Vocabulary, add_article, slug_exists
from newsdesk.store.schema import ArticleRow, AuthorRow, CommentRow
from newsdesk.text import normalise
from newsdesk.text.article_html import plain_text

if TYPE_CHECKING:
    from newsdesk.store import Store

DEMO_SITE = "demo"


DEMO_CONTENT = files("newsdesk.services") / "demo_content"


def _demo_text(name: str) -> str:
    return (DEMO_CONTENT / name).read_text(encoding="utf-8")


def add_demo_content(store: Store) -> Changes:
    """Add the demo authors, articles and comments that are not in the store yet."""
    folder = DEMO_CONTENT / "articles"
    sources = sorted((entry.name, entry.read_text(encoding="utf-8")) for entry in folder.iterdir())
    authors = tomllib.loads(_demo_text("authors.toml"))["author"]
    comments = tomllib.loads(_demo_text("comments.toml"))["comment"]
    changes = Changes(structure=True)
    with store.durable_transaction() as session:
        for entry in authors:
            if session.scalar(select(AuthorRow.id).where(AuthorRow.slug == entry["slug"])):
                continue
            author = AuthorRow(**entry)
            session.add(author)
            session.flush()
            changes.authors.add(author.id)
        added: dict[str, ArticleRow] = {}
        vocabulary = Vocabulary(session)
        for name, source in sources:
            fields = parse_markdown_article(source, Path(name))
            if not slug_exists(session, fields.slug):
                added[fields.slug] = add_article(session, vocabulary, fields, RevisionKind.IMPORT)
        for row in added.values():
            if row.status == ArticleStatus.SCHEDULED.value:
                # A scheduled piece goes out tomorrow morning, whenever the demo is made.
                tomorrow = datetime.now(UTC) + timedelta(days=1)
                row.scheduled_for = tomorrow.replace(hour=7, minute=0, second=0, microsecond=0)
        session.flush()
        changes.articles.update(row.id for row in added.values())
        created: dict[int, CommentRow] = {}
        for index, entry in enumerate(comments, 1):
            article = added.get(entry["article"])
            if article is None:
                continue
            created[index] = CommentRow(
                site=DEMO_SITE,
                article_id=article.id,
                post_title=article.title,
                author_name=entry["author_name"],
                author_email=entry["author_email"],
                author_url=entry["author_url"],
                date_gmt=datetime.fromisoformat(entry["date_gmt"]).replace(tzinfo=UTC),
                content_html=entry["content"],
                content_raw=entry["content"],
                status=CommentStatus(entry["status"]).value,
                search_text=normalise(plain_text(entry["content"])),
            )
        session.add_all(created.values())
        session.flush()
        for index, entry in enumerate(comments, 1):
            parent = created.get(entry.get("parent", 0))
            if index in created and parent is not None:
                created[index].parent_id = parent.id
        changes.comments.update(comment.id for comment in created.values())
    return changes
