"""Comment moderation: pulling comments, local decisions through the outbox, a guarded push.

Pull. Every status is listed (``hold``, ``approve``, ``spam``, ``trash``) in edit context,
100 a page. New comments come incrementally with ``after`` (the comment date, strict, whole
seconds) from one second before a per-site cursor (``sync_cursors``: site, ``comments``)
holding the newest comment date seen; comments have no modified date, so the statuses
other moderators set are found by re-listing the ids of each status (a cheap ``_fields=id``
listing), and a comment id never seen before (a comment dated before the cursor) is fetched
whole with ``include=``. A comment keeps two statuses: ``server_status`` is the site's as
last seen, ``status`` is the moderator's view. A pull never overwrites a local decision that
is still waiting in the outbox, nor the text of a comment with an edit waiting. A comment
that vanished from every list (deleted for good, or its post trashed) is left as it was.

Decisions apply locally at once, in one transaction with one outbox row per comment
(``entity_type="comment"``, ``operation="moderate"``) that records the server status the
moderator decided from and the status decided to. A second decision on a comment whose
row is still pending updates that row (its ``from_status`` stays the oldest); deciding
what the comment already shows adds nothing. Every decision call that changed something
is a batch numbered by ``decision_seq``; each row keeps a history of the batches that
touched it, so ``undo_last`` can revert the newest batch while its rows are pending.

Restore goes back to what the comment had before spam or trash, as WordPress's
``untrash``/``unspam`` do (``restore_status``; hold when unknown, as WordPress defaults),
but is sent as that explicit status: only ``approve``, ``hold``, ``spam`` and ``trash`` are
ever sent, since WordPress answers 200 and changes nothing for a value it does not know.

Push (``drain_moderation``). Before writing, the worker reads the comment: when the site's
status is already the target, the row is done without a write; when it is no longer the
status decided from (another moderator acted), nothing is written, the row is marked
``conflict`` and the comment keeps both (``status`` mine, ``server_status`` theirs,
``conflict`` set) until a moderator decides again. Edits are guarded the same way on the
raw text. Replies are created as the logged-in user; a reply whose answer was lost is found
again through WordPress's duplicate check (409 ``comment_duplicate``), never posted twice.
Retryable failures back off as pushes do; permanent ones fail with their code.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from newsdesk.domain import Changes, Comment, CommentStatus, ErrorCode, NewsdeskError
from newsdesk.domain.model import Decision
from newsdesk.services.publishing import (
    CONFLICT,
    DONE,
    FAILED,
    PENDING,
    DrainReport,
    first_pending_rows,
    is_due,
)
from newsdesk.store.cursors import read_time_cursor, write_time_cursor
from newsdesk.store.outbox import finish_row, retry_row_later
from newsdesk.store.schema import (
    AccountRow,
    ArticleRow,
    CommentRow,
    OutboxRow,
    utc_now,
)
from newsdesk.sync import RemoteError, comment_status
from newsdesk.text import normalise
from newsdesk.text.article_html import plain_text
from newsdesk.text.signals import (
    Blocklist,
    CommenterHistory,
    CommentFacts,
    SignalSet,
    commenter_key,
    compute_signals,
    count_texts,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from sqlalchemy import Row
    from sqlalchemy.orm import Session

    from newsdesk.store import Store
    from newsdesk.sync import RemoteComment, WordPressClient

COMMENT = "comment"
MODERATE, REPLY, EDIT = "moderate", "reply", "edit"
CURSOR = "comments"
# ``after`` is strict and comment dates have whole seconds: ask from one second earlier.
CURSOR_OVERLAP = timedelta(seconds=1)
# The order statuses are listed in (also the order a comment listed twice is resolved in).
STATUSES = (CommentStatus.HOLD, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.TRASH)
_CHUNK = 500
_INCLUDE_CHUNK = 100
_DECISION_TARGETS = {
    Decision.APPROVE: CommentStatus.APPROVED,
    Decision.HOLD: CommentStatus.HOLD,
    Decision.SPAM: CommentStatus.SPAM,
    Decision.TRASH: CommentStatus.TRASH,
}
_BINNED = (CommentStatus.SPAM.value, CommentStatus.TRASH.value)


# ---------------------------------------------------------------------- helpers


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def comment_search_text(content_raw: str) -> str:
    """Return what comment search matches: the normalised plain text of the comment."""
    return normalise(plain_text(content_raw))


def _account_row(session: Session, account_id: int) -> AccountRow:
    row = session.get(AccountRow, account_id)
    if row is None:
        raise NewsdeskError(ErrorCode.NOT_FOUND, f"account {account_id}")
    return row


def _pending_rows(
    session: Session, comment_ids: Iterable[int], operation: str | None = None
) -> list[OutboxRow]:
    ids = sorted(set(comment_ids))
    rows: list[OutboxRow] = []
    for chunk in _chunks(ids):
        query = select(OutboxRow).where(
            OutboxRow.entity_type == COMMENT,
            OutboxRow.state == PENDING,
            OutboxRow.entity_id.in_(chunk),
        )
        if operation is not None:
            query = query.where(OutboxRow.operation == operation)
        rows.extend(session.scalars(query.order_by(OutboxRow.id)))
    return rows


def _comment_rows(session: Session, comment_ids: Sequence[int]) -> dict[int, CommentRow]:
    found: dict[int, CommentRow] = {}
    wanted = sorted(set(comment_ids))
    for chunk in _chunks(wanted):
        for row in session.scalars(select(CommentRow).where(CommentRow.id.in_(chunk))):
            found[row.id] = row
    missing = [comment_id for comment_id in wanted if comment_id not in found]
    if missing:
        raise NewsdeskError(ErrorCode.NOT_FOUND, f"comment {missing[0]}")
    return found


def _on_site(row: CommentRow, site: str) -> None:
    if row.site != site or row.remote_id is None:
        raise NewsdeskError(ErrorCode.COMMENT_NOT_ON_SITE, str(row.id))


def to_comment(row: CommentRow | Row[Any], pending: bool = False) -> Comment:
    """Return the domain view of a stored comment (an ORM row or a plain row of its columns)."""
    return Comment(
        id=row.id,
        article_id=row.article_id,
        article_title=row.post_title,
        author_name=row.author_name,
        content_html=row.content_html,
        status=CommentStatus(row.status),
        date_gmt=row.date_gmt,
        author_email=row.author_email,
        author_url=row.author_url,
        author_ip=row.author_ip,
        parent_id=row.parent_id,
        remote_id=row.remote_id,
        server_status=comment_status(row.server_status),
        conflict=row.conflict,
        pending=pending,
        content_raw=row.content_raw,
        original_content_raw=row.original_content_raw,
        site=row.site,
    )


def comment_signals(
    comments: Sequence[Comment], blocklist_terms: Sequence[str]
) -> dict[int, SignalSet]:
    """Work out every comment's signals (to sort and filter by, never to act on alone)."""
    blocklist = Blocklist(blocklist_terms)
    facts = {
        comment.id: CommentFacts.from_html(
            comment.content_html, comment.author_name, comment.author_email, comment.author_url
        )
        for comment in comments
    }
    seen = count_texts(fact.text for fact in facts.values())
    by_commenter: dict[str, Counter[str]] = {}
    for comment in comments:
        key = commenter_key(comment.author_email, comment.author_name)
        by_commenter.setdefault(key, Counter())[comment.status.value] += 1
    signals = {}
    for comment in comments:
        counts = by_commenter[commenter_key(comment.author_email, comment.author_name)].copy()
        counts[comment.status.value] -= 1  # the commenter's other comments only
        history = CommenterHistory(
            approved=counts["approved"],
            spam=counts["spam"],
            trash=counts["trash"],
            hold=counts["hold"],
        )
        signals[comment.id] = compute_signals(facts[comment.id], history, blocklist, seen)
    return signals


def list_comments(store: Store) -> list[Comment]:
    """Return every stored comment, newest first, with its moderation state."""
    # Plain rows of the columns, not ORM objects: a desk may hold 100,000 comments, and
    # the identity map and attribute instrumentation tripled the time of this query.
    columns = CommentRow.__table__.columns
    with store.transaction() as session:
        rows = session.execute(select(*columns).order_by(CommentRow.date_gmt.desc())).all()
        waiting = set(
            session.scalars(
                select(OutboxRow.entity_id).where(
                    OutboxRow.entity_type == COMMENT, OutboxRow.state == PENDING
                )
            )
        )
        return [to_comment(row, row.id in waiting) for row in rows]


def get_comments(store: Store, comment_ids: Sequence[int]) -> list[Comment]:
    """Return comments by id (in that order) with their moderation state."""
    with store.transaction() as session:
        rows = _comment_rows(session, comment_ids)
        waiting = {row.entity_id for row in _pending_rows(session, rows)}
        return [to_comment(rows[comment_id], comment_id in waiting) for comment_id in comment_ids]


@dataclass(frozen=True, slots=True)
class PendingChange:
    """One moderation change waiting in (or stuck in) the outbox."""

    outbox_id: int
    comment_id: int
    operation: str
    state: str
    from_status: str
    to_status: str
    server_status: str
    last_error: str


def moderation_queue(store: Store, *, include_finished: bool = False) -> list[PendingChange]:
    """Return the comment rows of the outbox not yet done (conflicts and failures included)."""
    with store.transaction() as session:
        query = select(OutboxRow).where(OutboxRow.entity_type == COMMENT)
        if not include_finished:
            query = query.where(OutboxRow.state != DONE)
        return [
            PendingChange(
                outbox_id=row.id,
                comment_id=row.entity_id,
                operation=row.operation,
                state=row.state,
                from_status=str(row.payload.get("from_status", "")),
                to_status=str(row.payload.get("to_status", "")),
                server_status=str(row.payload.get("server_status", "")),
                last_error=row.last_error,
            )
            for row in session.scalars(query.order_by(OutboxRow.id))
        ]


# ---------------------------------------------------------------------- pull


@dataclass(slots=True)
class _Known:
    """What the store holds about one remote comment, for the re-list."""

    id: int
    server_status: str


def _site_accounts(session: Session, site: str) -> list[int]:
    return list(session.scalars(select(AccountRow.id).where(AccountRow.site_url == site)))


def _articles_by_post(
    session: Session, site: str, post_ids: Iterable[int]
) -> dict[int, tuple[int, str]]:
    accounts = _site_accounts(session, site)
    found: dict[int, tuple[int, str]] = {}
    for chunk in _chunks(sorted(set(post_ids))):
        rows = session.execute(
            select(ArticleRow.remote_id, ArticleRow.id, ArticleRow.title)
            .where(ArticleRow.remote_id.in_(chunk), ArticleRow.account_id.in_(accounts))
            .order_by(ArticleRow.id)
        )
        for remote_id, article_id, title in rows:
            found.setdefault(remote_id, (article_id, title))
    return found


def _known_titles(session: Session, site: str, post_ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(sorted(set(post_ids))):
        rows = session.execute(
            select(CommentRow.remote_post_id, CommentRow.post_title)
            .where(
                CommentRow.site == site,
                CommentRow.remote_post_id.in_(chunk),
                CommentRow.post_title != "",
            )
            .distinct()
        )
        for post_id, title in rows:
            found.setdefault(post_id, title)
    return found


def pull_comments(store: Store, client: WordPressClient, account_id: int) -> Changes:
    """Bring the site's comments into the store; local decisions not yet pushed stay."""
    with store.transaction() as session:
        account = _account_row(session, account_id)
        if account.site_url != client.site_url:
            raise NewsdeskError(ErrorCode.BAD_SITE_URL, client.site_url)
        site = account.site_url
        cursor = read_time_cursor(session, site, CURSOR)
    since = None if cursor is None else cursor - CURSOR_OVERLAP
    listed: dict[int, tuple[RemoteComment, CommentStatus]] = {}
    for status in STATUSES:
        for comment in client.list_comments(status, after=since):
            listed[comment.id] = (comment, status)
    relisted: dict[int, CommentStatus] = {}
    if cursor is not None:
        for status in STATUSES:
            for remote_id in client.list_comment_ids(status):
                relisted[remote_id] = status
    with store.transaction() as session:
        known = _known(session, site)
    # Comments older than the cursor that were never seen (imported, or dated back).
    unseen: dict[CommentStatus, list[int]] = {}
    for remote_id, status in relisted.items():
        if remote_id not in known and remote_id not in listed:
            unseen.setdefault(status, []).append(remote_id)
    for status, ids in unseen.items():
        for chunk in _chunks(sorted(ids), _INCLUDE_CHUNK):
            for comment in client.list_comments(status, include=chunk):
                listed[comment.id] = (comment, status)
    posts = {comment.post for comment, _status in listed.values()}
    with store.transaction() as session:
        articles = _articles_by_post(session, site, posts)
        titles = _known_titles(session, site, posts - set(articles))
    untitled = posts - set(articles) - set(titles)
    if untitled:
        titles.update(client.post_titles(untitled))
    with store.transaction() as session:
        changed = _apply_pull(session, site, listed, relisted, articles, titles)
        dates = [comment.date_gmt for comment, _status in listed.values()]
        if dates and (cursor is None or max(dates) > cursor):
            write_time_cursor(session, site, CURSOR, max(dates))
    return Changes(comments=changed)


def _known(session: Session, site: str) -> dict[int, _Known]:
    rows = session.execute(
        select(CommentRow.remote_id, CommentRow.id, CommentRow.server_status).where(
            CommentRow.site == site, CommentRow.remote_id.is_not(None)
        )
    )
    return {remote_id: _Known(comment_id, status) for remote_id, comment_id, status in rows}


def _snapshot(row: CommentRow) -> tuple[Any, ...]:
    return (
        row.article_id,
        row.remote_post_id,
        row.post_title,
        row.parent_id,
        row.remote_parent_id,
        row.remote_author_id,
        row.author_name,
        row.author_email,
        row.author_url,
        row.author_ip,
        row.author_user_agent,
        row.date_gmt,
        row.content_html,
        row.content_raw,
        row.status,
        row.server_status,
        row.restore_status,
        row.conflict,
        row.search_text,
    )


def _apply_pull(
    session: Session,
    site: str,
    listed: dict[int, tuple[RemoteComment, CommentStatus]],
    relisted: dict[int, CommentStatus],
    articles: dict[int, tuple[int, str]],
    titles: dict[int, str],
) -> set[int]:
    existing: dict[int, CommentRow] = {}
    for chunk in _chunks(sorted(listed)):
        for row in session.scalars(
            select(CommentRow).where(CommentRow.site == site, CommentRow.remote_id.in_(chunk))
        ):
            existing[row.remote_id] = row  # type: ignore[index]
    known = _known(session, site)
    moved = [
        remote_id
        for remote_id, status in relisted.items()
        if remote_id in known
        and remote_id not in listed
        and known[remote_id].server_status != status.value
    ]
    for chunk in _chunks(sorted(moved)):
        for row in session.scalars(
            select(CommentRow).where(CommentRow.site == site, CommentRow.remote_id.in_(chunk))
        ):
            existing[row.remote_id] = row  # type: ignore[index]
    local_ids = [row.id for row in existing.values()]
    waiting = _pending_rows(session, local_ids)
    deciding = {row.entity_id for row in waiting if row.operation == MODERATE}
    # Text a moderator changed stays until the edit is pushed or decided again.
    editing = {row.entity_id for row in waiting if row.operation == EDIT}
    editing |= _edit_conflicts(session, local_ids)
    before = {row.id: _snapshot(row) for row in existing.values()}
    touched: list[CommentRow] = []
    for remote_id, (comment, listed_as) in sorted(listed.items()):
        row = existing.get(remote_id)
        if row is None:
            row = CommentRow(site=site, remote_id=remote_id, status="", server_status="")
            session.add(row)
            existing[remote_id] = row
        _fill(row, comment, keep_text=row.id in editing)
        article = articles.get(comment.post)
        if article is not None:
            row.article_id, row.post_title = article
        else:
            row.article_id = None
            row.post_title = titles.get(comment.post, row.post_title or "")
        status = comment.known_status or listed_as
        _reconcile(row, status, deciding=row.id in deciding, text_conflict=row.id in editing)
        touched.append(row)
    for remote_id in moved:
        row = existing[remote_id]
        _reconcile(
            row, relisted[remote_id], deciding=row.id in deciding, text_conflict=row.id in editing
        )
        touched.append(row)
    session.flush()
    changed = {
        row.id for row in touched if row.id not in before or before[row.id] != _snapshot(row)
    }
    changed |= _link_parents(session, site)
    changed |= _link_articles(session, site)
    return changed


def _edit_conflicts(session: Session, comment_ids: Sequence[int]) -> set[int]:
    """Return the comments shown with an edit the site collided with."""
    found: set[int] = set()
    for chunk in _chunks(sorted(set(comment_ids))):
        found.update(
            session.scalars(
                select(OutboxRow.entity_id)
                .join(CommentRow, CommentRow.id == OutboxRow.entity_id)
                .where(
                    OutboxRow.entity_type == COMMENT,
                    OutboxRow.operation == EDIT,
                    OutboxRow.state == CONFLICT,
                    OutboxRow.entity_id.in_(chunk),
                    CommentRow.conflict.is_(True),
                )
            )
        )
    return found


def _fill(row: CommentRow, comment: RemoteComment, *, keep_text: bool) -> None:
    row.remote_post_id = comment.post
    row.remote_parent_id = comment.parent
    row.remote_author_id = comment.author
    row.author_name = comment.author_name
    row.author_email = comment.author_email
    row.author_url = comment.author_url
    row.author_ip = comment.author_ip
    row.author_user_agent = comment.author_user_agent
    row.date_gmt = comment.date_gmt
    if not keep_text:
        row.content_raw = comment.content_raw
        row.content_html = comment.content_rendered
        row.search_text = comment_search_text(comment.content_raw)


def _reconcile(
    row: CommentRow, server: CommentStatus, *, deciding: bool, text_conflict: bool
) -> None:
    """Take the site's status; the moderator's view follows unless a decision is waiting."""
    row.server_status = server.value
    if deciding:
        return
    if row.conflict:
        # Both decisions stay visible until someone decides again, or the site agrees.
        if row.status == server.value and not text_conflict:
            row.conflict = False
        return
    if server.value in _BINNED and row.status and row.status != server.value:
        row.restore_status = row.status  # what WordPress will untrash/unspam to
    row.status = server.value


def _link_parents(session: Session, site: str) -> set[int]:
    orphans = list(
        session.scalars(
            select(CommentRow).where(
                CommentRow.site == site,
                CommentRow.remote_parent_id > 0,
                CommentRow.parent_id.is_(None),
            )
        )
    )
    wanted = sorted({row.remote_parent_id for row in orphans})
    parents: dict[int, int] = {}
    for chunk in _chunks(wanted):
        rows = session.execute(
            select(CommentRow.remote_id, CommentRow.id).where(
                CommentRow.site == site, CommentRow.remote_id.in_(chunk)
            )
        )
        parents.update({remote_id: comment_id for remote_id, comment_id in rows})
    linked = set()
    for row in orphans:
        parent = parents.get(row.remote_parent_id)
        if parent is not None and parent != row.id:
            row.parent_id = parent
            linked.add(row.id)
    return linked


def _link_articles(session: Session, site: str) -> set[int]:
    """Link comments to articles that reached the store after the comments did."""
    posts = set(
        session.scalars(
            select(CommentRow.remote_post_id)
            .where(
                CommentRow.site == site,
                CommentRow.article_id.is_(None),
                CommentRow.remote_post_id.is_not(None),
            )
            .distinct()
        )
    )
    articles = _articles_by_post(session, site, posts)
    linked: set[int] = set()
    for chunk in _chunks(sorted(articles)):
        for row in session.scalars(
            select(CommentRow).where(
                CommentRow.site == site,
                CommentRow.article_id.is_(None),
                CommentRow.remote_post_id.in_(chunk),
            )
        ):
            row.article_id, row.post_title = articles[row.remote_post_id]  # type: ignore[index]
            linked.add(row.id)
    return linked


# ---------------------------------------------------------------------- decisions


def _target(row: CommentRow, decision: Decision) -> CommentStatus | None:
    if decision is not Decision.RESTORE:
        return _DECISION_TARGETS[decision]
    if row.status not in _BINNED:
        return None  # nothing to restore from
    previous = comment_status(row.restore_status)
    if previous is None or previous.value == row.status:
        return CommentStatus.HOLD  # WordPress's own default when it kept nothing
    return previous


def _next_seq(session: Session) -> int:
    return (session.scalar(select(func.max(CommentRow.decision_seq))) or 0) + 1


def decide(
    store: Store, comment_ids: Sequence[int], decision: Decision | str, account_id: int
) -> Changes:
    """Apply a decision to comments locally at once and queue it, all in one transaction."""
    decision = Decision(decision)
    changes = Changes()
    with store.durable_transaction() as session:
        site = _account_row(session, account_id).site_url
        rows = _comment_rows(session, comment_ids)
        for row in rows.values():
            _on_site(row, site)
        waiting = {outbox.entity_id: outbox for outbox in _pending_rows(session, rows, MODERATE)}
        seq = _next_seq(session)
        for comment_id in dict.fromkeys(comment_ids):
            row = rows[comment_id]
            target = _target(row, decision)
            if target is None or (row.status == target.value and not row.conflict):
                continue  # the same decision again changes nothing
            entry = {
                "seq": seq,
                "status": row.status,
                "restore_status": row.restore_status,
                "conflict": row.conflict,
                "seq_before": row.decision_seq,
            }
            outbox = waiting.get(row.id)
            if outbox is None:
                session.add(
                    OutboxRow(
                        entity_type=COMMENT,
                        entity_id=row.id,
                        operation=MODERATE,
                        payload={
                            "account_id": account_id,
                            "remote_id": row.remote_id,
                            "from_status": row.server_status,
                            "to_status": target.value,
                            "history": [entry],
                        },
                    )
                )
            else:
                payload = dict(outbox.payload)
                payload["account_id"] = account_id
                payload["to_status"] = target.value
                payload["history"] = [*payload.get("history", []), entry]
                outbox.payload = payload
            if target.value in _BINNED:
                # As WordPress keeps it: trash after spam restores to spam.
                row.restore_status = row.status
            row.status = target.value
            row.conflict = False
            row.decision_seq = seq
            changes.comments.add(row.id)
    return changes


def account_for_comments(store: Store, comment_ids: Sequence[int]) -> int:
    """Return the account that moderates these comments (all must be on one known site)."""
    with store.transaction() as session:
        sites = {row.site for row in _comment_rows(session, comment_ids).values()}
        if len(sites) != 1:
            raise NewsdeskError(ErrorCode.COMMENT_NOT_ON_SITE, ", ".join(sorted(sites)))
        account_id = session.scalar(
            select(AccountRow.id).where(AccountRow.site_url == sites.pop()).order_by(AccountRow.id)
        )
        if account_id is None:
            raise NewsdeskError(ErrorCode.COMMENT_NOT_ON_SITE, "no account for the site")
        return account_id


def undo_last(store: Store) -> Changes:
    """Revert the newest decision batch on the comments whose rows are still pending."""
    changes = Changes()
    with store.durable_transaction() as session:
        seq = session.scalar(select(func.max(CommentRow.decision_seq)))
        if seq is None:
            return changes
        rows = {
            row.id: row
            for row in session.scalars(select(CommentRow).where(CommentRow.decision_seq == seq))
        }
        for outbox in _pending_rows(session, rows, MODERATE):
            history = list(outbox.payload.get("history", []))
            if not history or history[-1].get("seq") != seq:
                continue
            entry = history.pop()
            row = rows[outbox.entity_id]
            row.status = entry["status"]
            row.restore_status = entry["restore_status"]
            row.conflict = bool(entry["conflict"])
            row.decision_seq = entry["seq_before"]
            if history:
                outbox.payload = {**outbox.payload, "to_status": row.status, "history": history}
            else:
                session.delete(outbox)
            changes.comments.add(row.id)
    return changes


def _clean_reply(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        raise NewsdeskError(ErrorCode.EMPTY_COMMENT)
    # A reply is plain text: what looks like markup is shown, not obeyed.
    return html.escape(stripped, quote=False)


def reply(store: Store, comment_id: int, text: str, account_id: int) -> Changes:
    """Write a reply as the account's user: shown at once, sent through the outbox."""
    content = _clean_reply(text)
    with store.durable_transaction() as session:
        account = _account_row(session, account_id)
        parent = _comment_rows(session, [comment_id])[comment_id]
        if parent.site != account.site_url:
            raise NewsdeskError(ErrorCode.COMMENT_NOT_ON_SITE, str(comment_id))
        row = CommentRow(
            site=parent.site,
            remote_id=None,
            article_id=parent.article_id,
            remote_post_id=parent.remote_post_id,
            post_title=parent.post_title,
            parent_id=parent.id,
            remote_parent_id=parent.remote_id or 0,
            remote_author_id=account.user_id,
            author_name=account.display_name,
            date_gmt=utc_now(),
            content_html=content,
            content_raw=content,
            # A moderator's reply is published at once; the site confirms on push.
            status=CommentStatus.APPROVED.value,
            server_status="",
            search_text=comment_search_text(content),
        )
        session.add(row)
        session.flush()
        session.add(
            OutboxRow(
                entity_type=COMMENT,
                entity_id=row.id,
                operation=REPLY,
                payload={"account_id": account_id, "content": content},
            )
        )
        return Changes(comments={row.id, parent.id})


def edit(store: Store, comment_id: int, new_text: str, account_id: int) -> Changes:
    """Change a comment's raw text (the original stays in ``original_content_raw``)."""
    with store.durable_transaction() as session:
        account = _account_row(session, account_id)
        row = _comment_rows(session, [comment_id])[comment_id]
        if row.site != account.site_url:
            raise NewsdeskError(ErrorCode.COMMENT_NOT_ON_SITE, str(comment_id))
        if not new_text.strip():
            raise NewsdeskError(ErrorCode.EMPTY_COMMENT)
        if new_text == row.content_raw:
            return Changes()
        if row.remote_id is None:
            # A reply not sent yet: its waiting row takes the new text.
            waiting = _pending_rows(session, [row.id], REPLY)
            if not waiting:
                raise NewsdeskError(ErrorCode.COMMENT_NOT_ON_SITE, str(comment_id))
            waiting[0].payload = {**waiting[0].payload, "content": new_text}
        else:
            waiting = _pending_rows(session, [row.id], EDIT)
            if waiting:
                waiting[0].payload = {
                    **waiting[0].payload,
                    "account_id": account_id,
                    "content": new_text,
                }
            else:
                clash = _edit_clash(session, row)
                session.add(
                    OutboxRow(
                        entity_type=COMMENT,
                        entity_id=row.id,
                        operation=EDIT,
                        payload={
                            "account_id": account_id,
                            "remote_id": row.remote_id,
                            "from_content": row.content_raw if clash is None else clash,
                            "content": new_text,
                        },
                    )
                )
                if clash is not None:
                    row.conflict = False  # decided again
            if not row.original_content_raw:
                row.original_content_raw = row.content_raw
        row.content_raw = new_text
        row.content_html = new_text
        row.search_text = comment_search_text(new_text)
        return Changes(comments={row.id})


def _edit_clash(session: Session, row: CommentRow) -> str | None:
    """Return the site's text when the comment shows an edit the site collided with."""
    if row.conflict:
        clash = session.scalar(
            select(OutboxRow)
            .where(
                OutboxRow.entity_type == COMMENT,
                OutboxRow.entity_id == row.id,
                OutboxRow.operation == EDIT,
            )
            .order_by(OutboxRow.id.desc())
            .limit(1)
        )
        # Only the newest edit counts: an older clash was settled by a later edit.
        if clash is not None and clash.state == CONFLICT and "server_content" in clash.payload:
            return str(clash.payload["server_content"])
    return None


# ---------------------------------------------------------------------- push


@dataclass(frozen=True, slots=True)
class _Job:
    outbox_id: int
    comment_id: int
    operation: str
    payload: dict[str, Any]


class _Waiting(Exception):
    """The row cannot go yet (a reply whose parent is not on the site); try next pass."""


def drain_moderation(
    store: Store,
    connect: Callable[[int], WordPressClient],
    now: Callable[[], datetime] = utc_now,
) -> DrainReport:
    """Send every due comment change, oldest first and one at a time per comment.

    ``DrainReport`` lists comment ids: ``pushed`` (done, written or already so on the
    site), ``conflicts``, ``retrying`` and ``failed``.
    """
    report = DrainReport()
    with store.transaction() as session:
        moment = now()
        jobs = [
            _Job(row.id, row.entity_id, row.operation, dict(row.payload))
            for row in first_pending_rows(session, COMMENT)
            if is_due(row, moment)
        ]
    clients: dict[int, WordPressClient] = {}
    try:
        for job in jobs:
            _drain_one(store, job, clients, connect, now, report)
    finally:
        for client in clients.values():
            client.close()
    return report


def _drain_one(
    store: Store,
    job: _Job,
    clients: dict[int, WordPressClient],
    connect: Callable[[int], WordPressClient],
    now: Callable[[], datetime],
    report: DrainReport,
) -> None:
    account_id = int(job.payload["account_id"])
    try:
        client = clients.get(account_id)
        if client is None:
            client = clients[account_id] = connect(account_id)
        if job.operation == MODERATE:
            outcome = _push_decision(store, client, job)
        elif job.operation == EDIT:
            outcome = _push_edit(store, client, job)
        elif job.operation == REPLY:
            outcome = _push_reply(store, client, job, account_id)
        else:
            raise NewsdeskError(ErrorCode.BAD_FORMAT, job.operation)
    except _Waiting:
        report.retrying.append(job.comment_id)
        return
    except RemoteError as error:
        if error.retryable:
            retry_row_later(store, job.outbox_id, error.code.value, error.retry_after, now())
            report.retrying.append(job.comment_id)
        else:
            finish_row(store, job.outbox_id, FAILED, f"{error.code.value}: {error.detail}")
            report.failed.append(job.comment_id)
        return
    except NewsdeskError as error:
        finish_row(store, job.outbox_id, FAILED, f"{error.code.value}: {error.detail}")
        report.failed.append(job.comment_id)
        return
    outcomes = {
        CONFLICT: report.conflicts,
        FAILED: report.failed,
        PENDING: report.retrying,
        DONE: report.pushed,
    }
    outcomes[outcome].append(job.comment_id)


def _changed_meanwhile(row: OutboxRow, job: _Job) -> bool:
    """Tell whether a decision or undo touched the row while it was being sent."""
    return row.state != PENDING or row.payload != job.payload


def _push_decision(store: Store, client: WordPressClient, job: _Job) -> str:
    remote_id = int(job.payload["remote_id"])
    from_status = str(job.payload["from_status"])
    to_status = CommentStatus(job.payload["to_status"])
    server = client.get_comment(remote_id)
    if server.status == to_status.value:
        return _settle_decision(store, job, server.status)
    if server.status != from_status:
        return _settle_decision(store, job, server.status, conflict=True)
    answer = client.update_comment(remote_id, {"status": to_status})
    if answer.status != to_status.value:
        # 200 without the change: never counted as done.
        _settle_decision(store, job, answer.status, failed=True)
        raise NewsdeskError(ErrorCode.REMOTE_REJECTED, f"status-not-applied: {answer.status}")
    return _settle_decision(store, job, answer.status)


def _settle_decision(
    store: Store, job: _Job, server_status: str, *, conflict: bool = False, failed: bool = False
) -> str:
    with store.durable_transaction() as session:
        row = session.get(OutboxRow, job.outbox_id)
        comment = session.get(CommentRow, job.comment_id)
        if comment is not None:
            comment.server_status = server_status
        if row is None or failed:
            return FAILED
        if not conflict and _changed_meanwhile(row, job):
            # Decided again while we wrote: the site now has what we sent, the rest waits.
            row.payload = {**row.payload, "from_status": server_status}
            return PENDING
        row.attempts += 1
        if conflict:
            row.state = CONFLICT
            row.last_error = ErrorCode.SYNC_CONFLICT.value
            row.payload = {**row.payload, "server_status": server_status}
            if comment is not None and comment.status != server_status:
                comment.conflict = True
            return CONFLICT
        row.state = DONE
        row.last_error = ""
        return DONE


def _push_edit(store: Store, client: WordPressClient, job: _Job) -> str:
    remote_id = int(job.payload["remote_id"])
    wanted = str(job.payload["content"])
    server = client.get_comment(remote_id)
    if server.content_raw == wanted:
        return _settle_edit(store, job, server)
    if server.content_raw != job.payload["from_content"]:
        return _settle_edit(store, job, server, conflict=True)
    return _settle_edit(store, job, client.update_comment(remote_id, {"content": wanted}))


def _settle_edit(store: Store, job: _Job, server: RemoteComment, *, conflict: bool = False) -> str:
    with store.durable_transaction() as session:
        row = session.get(OutboxRow, job.outbox_id)
        comment = session.get(CommentRow, job.comment_id)
        if row is None:
            return FAILED
        if _changed_meanwhile(row, job):
            row.payload = {**row.payload, "from_content": server.content_raw}
            return PENDING
        row.attempts += 1
        if conflict:
            row.state = CONFLICT
            row.last_error = ErrorCode.SYNC_CONFLICT.value
            row.payload = {**row.payload, "server_content": server.content_raw}
            if comment is not None:
                comment.conflict = True
            return CONFLICT
        row.state = DONE
        row.last_error = ""
        if comment is not None:
            # What the site kept (kses may have changed it for users without unfiltered_html).
            comment.content_raw = server.content_raw
            comment.content_html = server.content_rendered
            comment.search_text = comment_search_text(server.content_raw)
        return DONE


def _push_reply(store: Store, client: WordPressClient, job: _Job, account_id: int) -> str:
    with store.transaction() as session:
        comment = session.get(CommentRow, job.comment_id)
        if comment is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"comment {job.comment_id}")
        parent = session.get(CommentRow, comment.parent_id) if comment.parent_id else None
        if parent is not None and parent.remote_id is None:
            raise _Waiting
        post = comment.remote_post_id
        parent_remote = parent.remote_id if parent is not None else 0
        user_id = _account_row(session, account_id).user_id
    if post is None:
        raise NewsdeskError(ErrorCode.COMMENT_NOT_ON_SITE, str(job.comment_id))
    content = str(job.payload["content"])
    try:
        created = client.create_comment(post, parent_remote or 0, content)
    except RemoteError as error:
        if error.detail != "comment_duplicate":
            raise
        # Our own earlier attempt got there and its answer was lost.
        found = _find_reply(client, post, parent_remote or 0, user_id, content)
        if found is None:
            raise
        created = found
    return _settle_reply(store, job, created)


def _find_reply(
    client: WordPressClient, post: int, parent: int, user_id: int, content: str
) -> RemoteComment | None:
    for status in (CommentStatus.APPROVED, CommentStatus.HOLD):
        for comment in client.list_comments(status, post=post, parent=parent, author=user_id):
            if comment.content_raw.strip() == content.strip():
                return comment
    return None


def _settle_reply(store: Store, job: _Job, created: RemoteComment) -> str:
    with store.durable_transaction() as session:
        row = session.get(OutboxRow, job.outbox_id)
        comment = session.get(CommentRow, job.comment_id)
        if comment is not None:
            twin = session.scalar(
                select(CommentRow).where(
                    CommentRow.site == comment.site,
                    CommentRow.remote_id == created.id,
                    CommentRow.id != comment.id,
                )
            )
            if twin is not None:
                # A pull brought the reply in meanwhile: keep that row, move replies to it.
                for child in session.scalars(
                    select(CommentRow).where(CommentRow.parent_id == comment.id)
                ):
                    child.parent_id = twin.id
                session.delete(comment)
            else:
                comment.remote_id = created.id
                comment.remote_post_id = created.post
                comment.remote_parent_id = created.parent
                comment.remote_author_id = created.author
                comment.author_name = created.author_name
                comment.author_email = created.author_email
                comment.author_url = created.author_url
                comment.date_gmt = created.date_gmt
                comment.content_raw = created.content_raw
                comment.content_html = created.content_rendered
                comment.search_text = comment_search_text(created.content_raw)
                status = created.known_status
                comment.server_status = created.status
                if status is not None:
                    comment.status = status.value
        if row is None:
            return DONE
        row.attempts += 1
        row.state = DONE
        row.last_error = ""
        row.payload = {**row.payload, "remote_id": created.id}
        return DONE
