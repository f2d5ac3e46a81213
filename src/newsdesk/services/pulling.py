"""Pulling from WordPress: sections and tags, authors, and posts, incrementally and safely.

Posts come from ``list_posts(modified_after=…)`` (paged by id), once with
``status=any`` and once with ``status=trash`` (``any`` leaves the trash out, so a post
trashed on the site would otherwise never be seen). Each listing keeps its own cursor in
``sync_cursors``: the newest ``modified_gmt`` it returned, never the local clock, so clock
skew between us and the site cannot open a gap. ``modified_after`` is strict and WordPress
keeps whole seconds, so the next pull asks from one second before the cursor and skips the
posts whose modified time and newest revision id are the ones already stored.

A cursor belongs to one account, not only to one site (``site`` = the site address,
``resource`` = ``posts:<account id>`` or ``trash:<account id>``): an author's account sees
only its own drafts, so a cursor an author's pull had moved on would make the editor's pull
skip everyone else's drafts and pending posts.

Local edits are never overwritten. A post whose article has unpushed edits (``dirty``) and
whose site copy changed since the last sync marks the article in conflict and keeps the
site's copy as a ``theirs`` revision; the article's text and its sync bookkeeping
(``remote_modified_gmt``, ``remote_revision_id``) stay as they were, so a later push still
sees the change and refuses to overwrite it.

Statuses: draft → draft, pending → in review, future → scheduled, publish and private →
published, trash → trashed, any status a plugin adds → draft. A post already in the trash
when first seen is left out, and a post deleted for good is not noticed (WordPress lists
no deletions).

Authors. A profile newsdesk knows only from WordPress (no Latin name, job title, English
bio, e-mail, website or avatar set locally) mirrors its user: name, slug and bio follow the
site. A profile the newsroom has filled in is its own: pulling links it to its user and
fills its bio from the WordPress description only while the bio is empty.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select

from newsdesk.domain import ArticleStatus, Byline, Changes, ErrorCode, NewsdeskError, RevisionKind
from newsdesk.store.articles import ArticleFields, Vocabulary, apply_fields
from newsdesk.store.cursors import read_time_cursor, write_time_cursor
from newsdesk.store.schema import (
    AccountRow,
    ArticleRow,
    AuthorRow,
    RevisionRow,
    SectionRow,
    TagRow,
    utc_now,
)
from newsdesk.sync import RemoteError
from newsdesk.sync.mapping import parse_term, parse_user
from newsdesk.text.article_html import canonicalise

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sqlalchemy.orm import Session

    from newsdesk.store import Store
    from newsdesk.sync import RemotePost, RemoteUser, Term, WordPressClient

POSTS = "posts"
TRASH = "trash"
# modified_after is strict and modified_gmt has whole seconds: ask from one second earlier.
CURSOR_OVERLAP = timedelta(seconds=1)
# Keeps IN (...) lists well inside every backend's limit on bound parameters.
_CHUNK = 500
_UID_LENGTH = 36

_STATUSES = {
    "draft": ArticleStatus.DRAFT,
    "pending": ArticleStatus.IN_REVIEW,
    "future": ArticleStatus.SCHEDULED,
    "publish": ArticleStatus.PUBLISHED,
    "private": ArticleStatus.PUBLISHED,
    "trash": ArticleStatus.TRASHED,
}

_TermRow = TypeVar("_TermRow", SectionRow, TagRow)
_Row = TypeVar("_Row", SectionRow, TagRow, AuthorRow, ArticleRow)


@dataclass(slots=True)
class PullReport:
    """What a pull did: the ids of the articles it met, each in one list by outcome."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    # Site copies that changed under unpushed local edits (a new ``theirs`` revision each).
    conflicts: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    # Everything touched, sections, tags and authors included, for front ends to refresh.
    changes: Changes = field(default_factory=Changes)


def local_status(remote_status: str) -> ArticleStatus:
    """Map a WordPress post status to the newsroom's; unknown (plugin) statuses are drafts."""
    return _STATUSES.get(remote_status, ArticleStatus.DRAFT)


def _by_remote(rows: Iterable[_Row]) -> dict[int, _Row]:
    """Index rows by their WordPress id (the oldest row wins, should two claim one id)."""
    found: dict[int, _Row] = {}
    for row in rows:
        if row.remote_id is not None:
            found.setdefault(row.remote_id, row)
    return found


# ---------------------------------------------------------------------- terms


def _list_terms(client: WordPressClient, route: str, taxonomy: str) -> list[Term]:
    # The client has no public term listing; _pages is its paging over any collection.
    items = client._pages(f"/wp/v2/{route}", {"hide_empty": "false", "context": "view"})
    return [parse_term(item, taxonomy) for item in items]


def pull_terms(store: Store, client: WordPressClient) -> Changes:
    """Bring the site's categories (as sections) and tags into the store with their ids."""
    categories = _list_terms(client, "categories", "category")
    tags = _list_terms(client, "tags", "post_tag")
    with store.transaction() as session:
        changed = _merge_terms(session, SectionRow, categories)
        changed = _merge_terms(session, TagRow, tags) or changed
        changed = _link_parents(session, categories) or changed
    return Changes(structure=changed)


def _merge_terms(session: Session, model: type[_TermRow], terms: Sequence[Term]) -> bool:
    """Match terms to rows by remote id, then by name, else create them; tell if any changed."""
    rows = list(session.scalars(select(model).order_by(model.id)))
    by_remote = _by_remote(rows)
    by_name = {row.name: row for row in rows}
    live = {term.id for term in terms}
    changed = False
    # Local names are unique while WordPress allows one name under several parents: the
    # top-level, oldest term gets the name (as ensure_category would pick it).
    for term in sorted(terms, key=lambda term: (term.parent != 0, term.id)):
        row = by_remote.get(term.id)
        if row is None:
            row = by_name.get(term.name)
            if row is not None and row.remote_id in live:
                continue
            if row is None:
                row = model(name=term.name, slug=term.slug)
                session.add(row)
                by_name[term.name] = row
            row.remote_id = term.id
            by_remote[term.id] = row
            changed = True
        if row.name != term.name and term.name not in by_name:
            # Renamed on the site; a name another row holds is left alone.
            del by_name[row.name]
            row.name = term.name
            by_name[term.name] = row
            changed = True
        if row.slug != term.slug:
            row.slug = term.slug
            changed = True
    session.flush()
    return changed


def _link_parents(session: Session, categories: Sequence[Term]) -> bool:
    sections = {
        row.remote_id: row
        for row in session.scalars(select(SectionRow).where(SectionRow.remote_id.is_not(None)))
    }
    changed = False
    for term in categories:
        row = sections.get(term.id)
        if row is None:
            continue
        parent = sections.get(term.parent) if term.parent else None
        parent_id = parent.id if parent is not None and parent is not row else None
        if row.parent_id != parent_id:
            row.parent_id = parent_id
            changed = True
    return changed


# ---------------------------------------------------------------------- users


def _list_users(client: WordPressClient) -> list[tuple[RemoteUser, str]]:
    # list_users() drops the description, which the bio rule needs: same request, read here.
    items = client._pages("/wp/v2/users", {"who": "authors", "context": "view"})
    users = []
    for item in items:
        user = parse_user(item)
        description = item.get("description", "") if isinstance(item, dict) else ""
        if not isinstance(description, str):
            raise RemoteError(ErrorCode.SERVER_NONSENSE, "user.description")
        users.append((user, description.strip()))
    return users


def _only_from_wordpress(row: AuthorRow) -> bool:
    """Tell whether a profile holds nothing the newsroom added (WordPress then owns it)."""
    local = (row.name_latin, row.job_title, row.bio_en, row.email, row.website, row.avatar_path)
    return not any(local)


def pull_users(store: Store, client: WordPressClient) -> Changes:
    """Bring the site's writers into the store as authors (see the module note for bios)."""
    users = _list_users(client)
    changes = Changes()
    with store.transaction() as session:
        rows = list(session.scalars(select(AuthorRow).order_by(AuthorRow.id)))
        by_remote = _by_remote(rows)
        touched: list[AuthorRow] = []
        for user, description in users:
            row = by_remote.get(user.id) or _unlinked_author(rows, user.name)
            if row is None:
                row = AuthorRow(name=user.name, slug=user.slug, bio=description, remote_id=user.id)
                session.add(row)
                rows.append(row)
                by_remote[user.id] = row
                touched.append(row)
                continue
            if _update_author(row, user, description):
                by_remote[user.id] = row
                touched.append(row)
        session.flush()
        changes.authors = {row.id for row in touched}
    return changes


def _unlinked_author(rows: Iterable[AuthorRow], name: str) -> AuthorRow | None:
    """Find a profile not yet linked to a user whose Arabic or Latin name is the user's."""
    # A profile linked to another user is that person, however alike the names.
    for row in rows:
        if row.remote_id is None and name in (row.name, row.name_latin):
            return row
    return None


def _update_author(row: AuthorRow, user: RemoteUser, description: str) -> bool:
    """Apply the user to its profile by the bio rule; tell whether anything changed."""
    before = (row.remote_id, row.name, row.slug, row.bio)
    owned_by_site = _only_from_wordpress(row)
    row.remote_id = user.id
    if owned_by_site:
        row.name, row.slug, row.bio = user.name, user.slug, description
    elif not row.bio:
        row.bio = description
    return (row.remote_id, row.name, row.slug, row.bio) != before


# ---------------------------------------------------------------------- posts


@dataclass(slots=True)
class _Refs:
    """What a post's ids point at locally, loaded once per pull."""

    sections: dict[int, SectionRow]
    tags: dict[int, TagRow]
    authors: dict[int, AuthorRow]


def _account_site(store: Store, client: WordPressClient, account_id: int) -> set[int]:
    """Check the account belongs to the client's site; return the site's account ids."""
    with store.transaction() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"account {account_id}")
        if row.site_url != client.site_url:
            raise NewsdeskError(ErrorCode.BAD_SITE_URL, client.site_url)
        return set(
            session.scalars(select(AccountRow.id).where(AccountRow.site_url == row.site_url))
        )


def _cursor_key(resource: str, account_id: int) -> str:
    return f"{resource}:{account_id}"


def _since(cursor: datetime | None) -> datetime | None:
    return None if cursor is None else cursor - CURSOR_OVERLAP


def pull_posts(store: Store, client: WordPressClient, account_id: int) -> PullReport:
    """Pull the posts changed since the last pull into the store, never over local edits."""
    site_accounts = _account_site(store, client, account_id)
    site = client.site_url
    keys = {status: _cursor_key(status, account_id) for status in (POSTS, TRASH)}
    with store.transaction() as session:
        cursors = {status: read_time_cursor(session, site, key) for status, key in keys.items()}
    listed = {
        POSTS: client.list_posts(modified_after=_since(cursors[POSTS]), status="any"),
        TRASH: client.list_posts(modified_after=_since(cursors[TRASH]), status="trash"),
    }
    # A post that moved between the two listings is in both: its newest state counts, and
    # on a tie the trash, listed last.
    newest: dict[int, RemotePost] = {}
    for post in listed[POSTS] + listed[TRASH]:
        seen = newest.get(post.id)
        if seen is None or post.modified_gmt >= seen.modified_gmt:
            newest[post.id] = post
    posts = sorted(newest.values(), key=lambda post: (post.modified_gmt, post.id))
    report = PullReport()
    if _has_unknown_terms(store, posts):
        # A category or tag made on the site since the last term pull.
        report.changes.merge(pull_terms(store, client))
    with store.transaction() as session:
        refs = _load_refs(session, posts)
        outcomes = _apply_posts(session, posts, account_id, site_accounts, refs)
        for status, key in keys.items():
            seen_times = [post.modified_gmt for post in listed[status]]
            if seen_times and (cursors[status] is None or max(seen_times) > cursors[status]):
                write_time_cursor(session, site, key, max(seen_times))
        session.flush()
        for outcome, row in outcomes:
            getattr(report, outcome).append(row.id)
    report.changes.articles |= {*report.created, *report.updated, *report.conflicts}
    return report


def pull_all(store: Store, client: WordPressClient, account_id: int) -> PullReport:
    """Pull sections and tags, then authors, then posts (so posts find what they name)."""
    changes = pull_terms(store, client)
    changes.merge(pull_users(store, client))
    report = pull_posts(store, client, account_id)
    report.changes = changes.merge(report.changes)
    return report


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _has_unknown_terms(store: Store, posts: Sequence[RemotePost]) -> bool:
    categories = sorted({term for post in posts for term in post.categories})
    tags = sorted({term for post in posts for term in post.tags})
    with store.transaction() as session:
        known: set[int | None] = set()
        for model, wanted in ((SectionRow, categories), (TagRow, tags)):
            for chunk in _chunks(wanted):
                known |= set(
                    session.scalars(select(model.remote_id).where(model.remote_id.in_(chunk)))
                )
        return bool(set(categories) - known) or bool(set(tags) - known)


def _load_refs(session: Session, posts: Sequence[RemotePost]) -> _Refs:
    categories = sorted({term for post in posts for term in post.categories})
    tags = sorted({term for post in posts for term in post.tags})
    authors = sorted({post.author for post in posts})

    def load(model: type[_Row], wanted: Sequence[int]) -> dict[int, _Row]:
        rows: list[_Row] = []
        for chunk in _chunks(wanted):
            rows += session.scalars(
                select(model).where(model.remote_id.in_(chunk)).order_by(model.id)
            )
        return _by_remote(rows)

    return _Refs(load(SectionRow, categories), load(TagRow, tags), load(AuthorRow, authors))


def _apply_posts(
    session: Session,
    posts: Sequence[RemotePost],
    account_id: int,
    site_accounts: set[int],
    refs: _Refs,
) -> list[tuple[str, ArticleRow]]:
    """Bring each post into the store; return (report list, article row) per post."""
    known: list[ArticleRow] = []
    by_uid: dict[str, ArticleRow] = {}
    ids = [post.id for post in posts]
    markers = sorted({post.marker for post in posts if post.marker})
    for chunk in _chunks(ids):
        query = select(ArticleRow).where(
            ArticleRow.remote_id.in_(chunk), ArticleRow.account_id.in_(site_accounts)
        )
        known += session.scalars(query.order_by(ArticleRow.id))
    by_remote = _by_remote(known)
    for chunk in _chunks(markers):
        for row in session.scalars(select(ArticleRow).where(ArticleRow.uid.in_(chunk))):
            by_uid[row.uid] = row
    outcomes: list[tuple[str, ArticleRow]] = []
    bases: list[tuple[ArticleRow, RevisionRow]] = []
    for post in posts:
        if not post.raw:
            continue  # without its raw texts a post cannot be stored without losing them
        row = by_remote.get(post.id)
        if row is None and post.marker:
            candidate = by_uid.get(post.marker)
            # The article a lost create made this post for; one already bound to another
            # post (a duplicate the retry made, or another site) is not this post's.
            if candidate is not None and candidate.remote_id is None:
                row = candidate
        if row is None:
            if post.status == "trash":
                continue  # never seen here and already in the site's trash: nothing to keep
            row = ArticleRow(uid=_new_uid(post.marker, by_uid))
            session.add(row)
            by_uid[row.uid] = row
            # Until _mirror has set the title, a query's autoflush would insert it without.
            with session.no_autoflush:
                base = _mirror(session, row, post, account_id, site_accounts, refs)
            bases.append((row, base))
            by_remote[post.id] = row
            outcomes.append(("created", row))
            continue
        by_remote[post.id] = row
        outcomes.append(
            (_apply_to_article(session, row, post, account_id, site_accounts, refs, bases), row)
        )
    session.flush()
    for row, base in bases:
        row.base_revision_id = base.id
    return outcomes


def _new_uid(marker: str | None, taken: dict[str, ArticleRow]) -> str:
    """Keep the post's marker as the article uid, so later pushes carry the same marker."""
    if marker and len(marker) <= _UID_LENGTH and marker not in taken:
        return marker
    return str(uuid.uuid4())


def _apply_to_article(
    session: Session,
    row: ArticleRow,
    post: RemotePost,
    account_id: int,
    site_accounts: set[int],
    refs: _Refs,
    bases: list[tuple[ArticleRow, RevisionRow]],
) -> str:
    """Update a known article from its post, or record a conflict; name the outcome."""
    if (row.remote_id, row.remote_modified_gmt, row.remote_revision_id) == (
        post.id,
        post.modified_gmt,
        post.revision_id,
    ):
        return "unchanged"
    if not (row.dirty or row.conflict):
        bases.append((row, _mirror(session, row, post, account_id, site_accounts, refs)))
        return "updated"
    body = canonicalise(post.body_html)
    if row.remote_id is None:
        if (post.title_raw, body) == (row.title, row.body_html):
            # The post a push made whose answer was lost, holding our text: it becomes the
            # base, and the article stays dirty so what else changed locally still goes out.
            bases.append((row, _rebase(row, post, account_id, site_accounts, body)))
            return "updated"
        # Bind the post, but not its modified time: a push must still see the site changed.
        row.remote_id, row.account_id = post.id, account_id
    row.conflict = True
    theirs = session.scalar(
        select(RevisionRow)
        .where(RevisionRow.article_id == row.id, RevisionRow.kind == RevisionKind.THEIRS.value)
        .order_by(RevisionRow.id.desc())
        .limit(1)
    )
    if theirs is not None and (theirs.title, theirs.body_html, theirs.excerpt) == (
        post.title_raw,
        body,
        post.excerpt_raw,
    ):
        return "unchanged"  # this copy of theirs is already kept
    row.revisions.add(
        RevisionRow(
            kind=RevisionKind.THEIRS.value,
            title=post.title_raw,
            body_html=body,
            excerpt=post.excerpt_raw,
        )
    )
    return "conflicts"


def _mirror(
    session: Session,
    row: ArticleRow,
    post: RemotePost,
    account_id: int,
    site_accounts: set[int],
    refs: _Refs,
) -> RevisionRow:
    """Make the article the site's copy; return the new sync-base revision (id at flush)."""
    fields = ArticleFields(
        title=post.title_raw,
        body_html=canonicalise(post.body_html),
        excerpt=post.excerpt_raw,
        slug=post.slug,
        status=local_status(post.status),
        # Local-only: the image file (WordPress holds an uploaded copy) and related links.
        featured_image=row.featured_image_path or "",
        featured_image_alt=row.featured_image_alt or "",
        related=tuple(entry.related_id for entry in row.related_entries),
    )
    apply_fields(Vocabulary(session), row, fields)
    # Sections, tags and the byline go by the site's ids, not by names.
    section = next((refs.sections[term] for term in post.categories if term in refs.sections), None)
    row.section = section
    tags = (refs.tags.get(term) for term in post.tags)
    row.tags = list(dict.fromkeys(tag for tag in tags if tag is not None))
    author = refs.authors.get(post.author)
    row.author = author
    row.byline = (Byline.AUTHOR if author is not None else Byline.EDITORIAL_TEAM).value
    row.remote_featured_media_id = post.featured_media or None
    # Scheduled on the site (by anyone): the article keeps the time it will go out.
    row.scheduled_for = post.date_gmt if post.status == "future" else None
    row.dirty = False
    return _rebase(row, post, account_id, site_accounts, row.body_html)


def _rebase(
    row: ArticleRow, post: RemotePost, account_id: int, site_accounts: set[int], body: str
) -> RevisionRow:
    """Record the post as the copy last agreed with the site."""
    row.remote_id = post.id
    row.remote_status = post.status
    row.remote_modified_gmt = post.modified_gmt
    row.remote_revision_id = post.revision_id
    if row.account_id not in site_accounts:
        row.account_id = account_id
    row.synced_at = utc_now()
    row.conflict = False
    base = RevisionRow(
        kind=RevisionKind.SYNC_BASE.value,
        title=post.title_raw,
        body_html=body,
        excerpt=post.excerpt_raw,
    )
    row.revisions.add(base)
    return base


__all__ = [
    "CURSOR_OVERLAP",
    "PullReport",
    "local_status",
    "pull_all",
    "pull_posts",
    "pull_terms",
    "pull_users",
]
