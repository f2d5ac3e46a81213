"""The review desk: the queue, one submission read side by side, and the editor's decisions.

Queue. Articles in ``in_review``: posts pulled while ``pending`` on the site and local
submissions alike, newest or oldest submission first, filtered by section and author.

The version compared (``review_view``). The diff runs from the *previous reviewed version*
to the article's current text:

1. the newest revision this desk recorded when a decision was taken (a ``save`` revision
   labelled ``review: changes requested`` or ``review: approved``): what the editor last
   sent back or approved;
2. otherwise the newest ``sync_base`` revision whose text differs from the current text: the
   copy last agreed with the site before the text changed (on a machine that pulled a
   published post and then its resubmission, the published copy);
3. otherwise nothing: a first submission, shown whole as inserted.

Decisions (``request_changes``, ``approve_publish``, ``approve_schedule``) apply locally at
once and write, in the same transaction, one outbox row (``entity_type="review"``) holding
the account, the status to send (``draft``, ``publish``, ``future`` with ``date_gmt``) and the
site version the editor decided on. ``take_over`` changes nothing on the site: it records a
note and hands the article to the editor.

Notes travel through the companion WordPress plugin (``packaging/wordpress/
newsdesk-review-notes``): post meta ``newsdesk_review_notes``, a JSON array of notes with a
global id each, append-only and merged by id on the server. A note's id is derived from the
article uid, the local note and its time (uuid5), so a retry after a lost answer sends the
same id; ``remote_key`` is set once the site holds the note ("" = not yet sent). Notes
pulled from the site carry their own id as ``remote_key``.

Push (``drain_review``), guarded like publishing's: the row waits while an article push is
pending for the same article (a local submission must exist on the site first); an article
never pushed, or with local edits, is pushed first with ``publishing.push_article`` (same
marker, same guard). Otherwise the worker reads the post: when its text changed since the
version decided on (another edit after the editor read it), nothing is written, the row is
a conflict and the article goes back to the queue. Else status and the unsent notes go out
in one request. A site without the plugin (the meta key absent from the ``context=edit``
answer) gets the status only; its notes stay local and ``NoteDelivery.LOCAL_ONLY`` says so.
What a site supports is remembered per site in ``sync_cursors`` (resource
``review-notes-plugin``, value ``present``/``absent``).

Pull (``pull_notes``): posts changed since a per-account cursor (``review-notes:<account>``),
listed with ``_fields=id,modified_gmt,meta``; notes not yet in the store are added to their
article, so the writer sees the editor's note after sync.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from newsdesk.domain import (
    Article,
    ArticleStatus,
    Author,
    Changes,
    ErrorCode,
    NewsdeskError,
    RevisionKind,
)
from newsdesk.services.publishing import (
    ARTICLE,
    CONFLICT,
    DONE,
    FAILED,
    PENDING,
    PUSH,
    SyncConflict,
    first_pending_rows,
    is_due,
    push_article,
)
from newsdesk.store.articles import add_revision, article_row, to_article, to_author
from newsdesk.store.cursors import read_cursor, read_time_cursor, write_cursor, write_time_cursor
from newsdesk.store.outbox import finish_row, retry_row_later
from newsdesk.store.schema import (
    AccountRow,
    ArticleRow,
    AuthorRow,
    OutboxRow,
    ReviewNoteRow,
    RevisionRow,
    SectionRow,
    utc_now,
)
from newsdesk.sync import PushStatus, RemoteError, RemoteNote, ReviewStatus
from newsdesk.text.article_html import canonicalise

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from sqlalchemy.orm import Session

    from newsdesk.store import Store
    from newsdesk.sync import ReviewState, WordPressClient

REVIEW = "review"
DECIDE = "decide"
SUPPORT_RESOURCE = "review-notes-plugin"
PRESENT, ABSENT = "present", "absent"
LABEL_CHANGES_REQUESTED = "review: changes requested"
LABEL_APPROVED = "review: approved"
_REVIEW_LABELS = (LABEL_CHANGES_REQUESTED, LABEL_APPROVED)
_NOTE_NAMESPACE = uuid.UUID("6f1d3a52-7c1e-4b8e-9f0a-2d5b8c4e1a77")
CURSOR_OVERLAP = timedelta(seconds=1)
_CHUNK = 500


class NoteKind(StrEnum):
    """What a note records."""

    NOTE = "note"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    TAKEN_OVER = "taken_over"


class ReviewProblem(StrEnum):
    """Why a review decision was refused (``ReviewError.problem``)."""

    NOTE_REQUIRED = "note-required"
    NOT_IN_REVIEW = "not-in-review"
    TIME_IN_PAST = "time-in-past"


class ReviewError(NewsdeskError):
    """A decision the desk refuses; ``problem`` says which (the UI has a message for each)."""

    def __init__(self, problem: ReviewProblem, detail: str = "") -> None:
        """Keep the problem; the code is BAD_METADATA for front ends that know only codes."""
        super().__init__(ErrorCode.BAD_METADATA, f"{problem.value}{': ' if detail else ''}{detail}")
        self.problem = problem


class NoteDelivery(StrEnum):
    """Where a decision's notes stand."""

    NONE = "none"  # no note is waiting
    QUEUED = "queued"  # goes out with the next sync
    SENT = "sent"  # the site holds every note
    LOCAL_ONLY = "notes-local-only"  # the site has no notes plugin: notes stay here
    NO_ACCOUNT = "no-account"  # the article belongs to no site account: all stays local


class PreviousKind(StrEnum):
    """Which version the diff starts from (see the module note)."""

    NONE = "none"
    REVIEWED = "reviewed"
    SYNCED = "synced"


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One row of the review queue."""

    id: int
    title: str
    section: str
    author: str
    submitted_at: datetime
    word_count: int
    remote_id: int | None
    notes: int


@dataclass(frozen=True, slots=True)
class Note:
    """One note of an article's thread."""

    id: int
    author_name: str
    kind: NoteKind | str
    body: str
    created_at: datetime
    sent: bool


@dataclass(frozen=True, slots=True)
class ReviewView:
    """What the desk shows for one submission."""

    article: Article
    author: Author | None
    previous_html: str
    previous_kind: PreviousKind
    previous_at: datetime | None
    notes: list[Note]
    delivery: NoteDelivery
    # The site's time zone (IANA name, "" if unknown) and offset, for scheduling.
    timezone: str = ""
    gmt_offset: float = 0.0
    account_id: int | None = None
    # The account's user as the site names them: who signs the notes.
    account_name: str = ""


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """What a decision did."""

    article_id: int
    changes: Changes
    delivery: NoteDelivery


@dataclass(slots=True)
class ReviewDrainReport:
    """What one pass over the review outbox did (article ids)."""

    pushed: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)
    # Waiting behind an article push that has not gone yet.
    waiting: list[int] = field(default_factory=list)
    # Status sent, notes kept here: the site has no notes plugin.
    notes_local_only: list[int] = field(default_factory=list)


# ---------------------------------------------------------------------- queue and view


def review_queue(
    store: Store,
    section: str | None = None,
    author: str | None = None,
    newest_first: bool = True,
) -> list[ReviewItem]:
    """Return the articles waiting for review, filtered by section and author names."""
    with store.transaction() as session:
        query = (
            select(ArticleRow)
            .outerjoin(SectionRow, ArticleRow.section_id == SectionRow.id)
            .outerjoin(AuthorRow, ArticleRow.author_id == AuthorRow.id)
            .where(ArticleRow.status == ArticleStatus.IN_REVIEW.value)
        )
        if section:
            query = query.where(SectionRow.name == section)
        if author:
            query = query.where(AuthorRow.name == author)
        rows = session.scalars(query).unique().all()
        counts = dict(
            session.execute(
                select(ReviewNoteRow.article_id, func.count(ReviewNoteRow.id))
                .where(ReviewNoteRow.article_id.in_([row.id for row in rows] or [-1]))
                .group_by(ReviewNoteRow.article_id)
            ).all()
        )
        items = [
            ReviewItem(
                id=row.id,
                title=row.title,
                section=row.section.name if row.section else "",
                author=row.author.name if row.author else "",
                submitted_at=_submitted_at(row),
                word_count=row.word_count,
                remote_id=row.remote_id,
                notes=int(counts.get(row.id, 0)),
            )
            for row in rows
        ]
    items.sort(key=lambda item: (item.submitted_at, item.id), reverse=newest_first)
    return items


def _submitted_at(row: ArticleRow) -> datetime:
    """The site's time of the version under review, or the local edit for local submissions."""
    if row.remote_modified_gmt is not None and not row.dirty:
        return row.remote_modified_gmt
    return row.updated_at


def review_view(store: Store, article_id: int) -> ReviewView:
    """Return the article, the version to compare it with, and the notes thread."""
    with store.transaction() as session:
        row = article_row(session, article_id)
        article = to_article(row)
        author = to_author(row.author) if row.author else None
        previous, kind = _previous_version(session, row)
        notes = _thread(session, article_id)
        account = _account_of(session, row, None)
        delivery = _delivery(session, account, any(not note.sent for note in notes))
        return ReviewView(
            article=article,
            author=author,
            previous_html=previous.body_html if previous else "",
            previous_kind=kind,
            previous_at=previous.created_at if previous else None,
            notes=notes,
            delivery=delivery,
            timezone=account.timezone if account else "",
            gmt_offset=account.gmt_offset if account else 0.0,
            account_id=account.id if account else None,
            account_name=account.display_name if account else "",
        )


def _previous_version(session: Session, row: ArticleRow) -> tuple[RevisionRow | None, PreviousKind]:
    revisions = session.scalars(
        select(RevisionRow).where(RevisionRow.article_id == row.id).order_by(RevisionRow.id.desc())
    ).all()
    for revision in revisions:
        if revision.kind == RevisionKind.SAVE.value and revision.label in _REVIEW_LABELS:
            return revision, PreviousKind.REVIEWED
    for revision in revisions:
        if revision.kind == RevisionKind.SYNC_BASE.value and revision.body_html != row.body_html:
            return revision, PreviousKind.SYNCED
    return None, PreviousKind.NONE


def _thread(session: Session, article_id: int) -> list[Note]:
    rows = session.scalars(
        select(ReviewNoteRow)
        .where(ReviewNoteRow.article_id == article_id)
        .order_by(ReviewNoteRow.created_at, ReviewNoteRow.id)
    )
    return [
        Note(
            id=note.id,
            author_name=note.author_name,
            kind=_kind(note.kind),
            body=note.body,
            created_at=note.created_at,
            sent=bool(note.remote_key),
        )
        for note in rows
    ]


def notes(store: Store, article_id: int) -> list[Note]:
    """Return an article's notes thread, oldest first (what the writer reads after sync)."""
    with store.transaction() as session:
        article_row(session, article_id)
        return _thread(session, article_id)


def _kind(value: str) -> NoteKind | str:
    try:
        return NoteKind(value)
    except ValueError:
        return value  # a kind a newer newsdesk wrote


# ---------------------------------------------------------------------- decisions


def request_changes(
    store: Store, article_id: int, note: str, editor_name: str, account_id: int | None = None
) -> ReviewOutcome:
    """Send the article back to its writer as a draft with a note (required)."""
    text = note.strip()
    if not text:
        raise ReviewError(ReviewProblem.NOTE_REQUIRED)
    return _decide(
        store,
        article_id,
        editor_name,
        account_id,
        local=ArticleStatus.DRAFT,
        remote=ReviewStatus.DRAFT,
        note=(NoteKind.CHANGES_REQUESTED, text),
        label=LABEL_CHANGES_REQUESTED,
    )


def approve_publish(
    store: Store, article_id: int, editor_name: str, account_id: int | None = None, note: str = ""
) -> ReviewOutcome:
    """Approve the article and publish it now."""
    return _decide(
        store,
        article_id,
        editor_name,
        account_id,
        local=ArticleStatus.PUBLISHED,
        remote=ReviewStatus.PUBLISH,
        note=(NoteKind.APPROVED, note.strip()) if note.strip() else None,
        label=LABEL_APPROVED,
    )


def approve_schedule(
    store: Store,
    article_id: int,
    when_utc: datetime,
    editor_name: str,
    account_id: int | None = None,
    note: str = "",
    now: Callable[[], datetime] = utc_now,
) -> ReviewOutcome:
    """Approve the article and schedule it for an aware time in the future."""
    if when_utc.tzinfo is None:
        raise ValueError("when_utc must be an aware datetime")
    if when_utc <= now():
        raise ReviewError(ReviewProblem.TIME_IN_PAST, when_utc.isoformat())
    return _decide(
        store,
        article_id,
        editor_name,
        account_id,
        local=ArticleStatus.SCHEDULED,
        remote=ReviewStatus.FUTURE,
        note=(NoteKind.APPROVED, note.strip()) if note.strip() else None,
        label=LABEL_APPROVED,
        when=when_utc,
    )


def take_over(store: Store, article_id: int, editor_name: str) -> int:
    """Record that the editor edits the article personally; return its id for the editor."""
    with store.durable_transaction() as session:
        row = article_row(session, article_id)
        if row.status != ArticleStatus.IN_REVIEW.value:
            raise ReviewError(ReviewProblem.NOT_IN_REVIEW, str(article_id))
        session.add(
            ReviewNoteRow(
                article_id=article_id,
                author_name=editor_name,
                kind=NoteKind.TAKEN_OVER.value,
                body="",
                created_at=utc_now(),
            )
        )
    return article_id


def _decide(
    store: Store,
    article_id: int,
    editor_name: str,
    account_id: int | None,
    *,
    local: ArticleStatus,
    remote: ReviewStatus,
    note: tuple[NoteKind, str] | None,
    label: str,
    when: datetime | None = None,
) -> ReviewOutcome:
    with store.durable_transaction() as session:
        row = article_row(session, article_id)
        if row.status != ArticleStatus.IN_REVIEW.value:
            raise ReviewError(ReviewProblem.NOT_IN_REVIEW, str(article_id))
        account = _account_of(session, row, account_id)
        row.status = local.value
        row.scheduled_for = when
        add_revision(row, RevisionKind.SAVE, label)
        if note is not None:
            session.add(
                ReviewNoteRow(
                    article_id=article_id,
                    author_name=editor_name,
                    kind=note[0].value,
                    body=note[1],
                    created_at=utc_now(),
                )
            )
        if account is not None:
            _queue(session, row, account.id, remote, when)
        unsent = session.scalar(
            select(func.count(ReviewNoteRow.id)).where(
                ReviewNoteRow.article_id == article_id, ReviewNoteRow.remote_key == ""
            )
        )
        delivery = _delivery(session, account, bool(unsent))
    return ReviewOutcome(article_id, Changes(articles={article_id}), delivery)


def _account_of(session: Session, row: ArticleRow, account_id: int | None) -> AccountRow | None:
    """The account a decision goes out with: the one given, the article's, or its push's."""
    if account_id is not None:
        account = session.get(AccountRow, account_id)
        if account is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"account {account_id}")
        return account
    if row.account_id is not None:
        return session.get(AccountRow, row.account_id)
    waiting = session.scalar(
        select(OutboxRow)
        .where(
            OutboxRow.entity_type == ARTICLE,
            OutboxRow.entity_id == row.id,
            OutboxRow.operation == PUSH,
            OutboxRow.state == PENDING,
        )
        .order_by(OutboxRow.id.desc())
        .limit(1)
    )
    if waiting is not None:
        return session.get(AccountRow, int(waiting.payload["account_id"]))
    return None


def _delivery(session: Session, account: AccountRow | None, unsent: bool) -> NoteDelivery:
    if not unsent:
        return NoteDelivery.NONE if account is not None else NoteDelivery.NO_ACCOUNT
    if account is None:
        return NoteDelivery.NO_ACCOUNT
    if read_cursor(session, account.site_url, SUPPORT_RESOURCE) == ABSENT:
        return NoteDelivery.LOCAL_ONLY
    return NoteDelivery.QUEUED


def notes_supported(store: Store, site_url: str) -> bool | None:
    """Tell whether a site keeps review notes (None: not known yet)."""
    with store.transaction() as session:
        value = read_cursor(session, site_url, SUPPORT_RESOURCE)
    return None if value is None else value == PRESENT


def _remember_support(session: Session, site: str, supported: bool) -> None:
    write_cursor(session, site, SUPPORT_RESOURCE, PRESENT if supported else ABSENT)


def _queue(
    session: Session,
    row: ArticleRow,
    account_id: int,
    status: ReviewStatus,
    when: datetime | None,
) -> None:
    payload: dict[str, Any] = {
        "account_id": account_id,
        "status": status.value,
        "date_gmt": when.isoformat() if when else None,
        # The site version the editor decided on (what the guard compares).
        "title": row.title,
        "body_html": row.body_html,
    }
    waiting = session.scalar(
        select(OutboxRow).where(
            OutboxRow.entity_type == REVIEW,
            OutboxRow.entity_id == row.id,
            OutboxRow.state == PENDING,
        )
    )
    if waiting is None:
        session.add(
            OutboxRow(entity_type=REVIEW, entity_id=row.id, operation=DECIDE, payload=payload)
        )
    else:
        waiting.payload = payload


def pending_decisions(store: Store) -> list[tuple[int, int, str, str]]:
    """Return (row id, article id, state, last error) of every decision not yet done."""
    with store.transaction() as session:
        rows = session.execute(
            select(OutboxRow.id, OutboxRow.entity_id, OutboxRow.state, OutboxRow.last_error)
            .where(OutboxRow.entity_type == REVIEW, OutboxRow.state != DONE)
            .order_by(OutboxRow.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


# ---------------------------------------------------------------------- push


@dataclass(frozen=True, slots=True)
class _Job:
    outbox_id: int
    article_id: int
    payload: dict[str, Any]


def drain_review(
    store: Store,
    connect: Callable[[int], WordPressClient],
    now: Callable[[], datetime] = utc_now,
) -> ReviewDrainReport:
    """Send every due review decision, oldest first, one per article."""
    report = ReviewDrainReport()
    with store.transaction() as session:
        pushing = set(
            session.scalars(
                select(OutboxRow.entity_id).where(
                    OutboxRow.entity_type == ARTICLE, OutboxRow.state == PENDING
                )
            )
        )
        jobs: list[_Job] = []
        moment = now()
        for row in first_pending_rows(session, REVIEW):
            if row.entity_id in pushing:
                report.waiting.append(row.entity_id)
                continue
            if is_due(row, moment):
                jobs.append(_Job(row.id, row.entity_id, dict(row.payload)))
    for job in jobs:
        try:
            with connect(int(job.payload["account_id"])) as client:
                delivered = _send(store, client, job)
        except SyncConflict:
            _conflict(store, job)
            report.conflicts.append(job.article_id)
        except RemoteError as error:
            if error.retryable:
                retry_row_later(store, job.outbox_id, error.code.value, error.retry_after, now())
                report.retrying.append(job.article_id)
            else:
                finish_row(store, job.outbox_id, FAILED, f"{error.code.value}: {error.detail}")
                report.failed.append(job.article_id)
        except NewsdeskError as error:
            finish_row(store, job.outbox_id, FAILED, f"{error.code.value}: {error.detail}")
            report.failed.append(job.article_id)
        else:
            report.pushed.append(job.article_id)
            if not delivered:
                report.notes_local_only.append(job.article_id)
    return report


def _note_key(uid: str, note: ReviewNoteRow) -> str:
    seed = f"{uid}:{note.id}:{note.created_at.isoformat()}:{note.author_name}"
    return str(uuid.uuid5(_NOTE_NAMESPACE, seed))


def _send(store: Store, client: WordPressClient, job: _Job) -> bool:
    """Apply one decision on the site; return False when notes had to stay local."""
    account_id = int(job.payload["account_id"])
    with store.transaction() as session:
        row = article_row(session, job.article_id)
        remote_id, dirty = row.remote_id, row.dirty
    pushed = False
    if remote_id is None or dirty:
        # A local submission (or the editor's own edits) goes out first, marker and guard
        # included; a conflict there raises SyncConflict.
        push_article(store, client, job.article_id, account_id, PushStatus.PENDING)
        pushed = True
        with store.transaction() as session:
            remote_id = article_row(session, job.article_id).remote_id
    assert remote_id is not None
    state = client.get_review_state(remote_id)
    if not pushed and not _same_text(state, job.payload):
        raise SyncConflict(job.article_id)
    with store.transaction() as session:
        row = article_row(session, job.article_id)
        unsent = session.scalars(
            select(ReviewNoteRow)
            .where(ReviewNoteRow.article_id == job.article_id, ReviewNoteRow.remote_key == "")
            .order_by(ReviewNoteRow.id)
        ).all()
        outgoing = [
            (
                note.id,
                RemoteNote(
                    id=_note_key(row.uid, note),
                    author=note.author_name,
                    kind=note.kind,
                    body=note.body,
                    created_gmt=note.created_at,
                ),
            )
            for note in unsent
        ]
    status = ReviewStatus(job.payload["status"])
    when = datetime.fromisoformat(job.payload["date_gmt"]) if job.payload["date_gmt"] else None
    send_notes = [note for _id, note in outgoing] if state.notes_supported else None
    answer = client.update_review(remote_id, status, notes=send_notes, date_gmt=when)
    allowed = {status.value}
    if status is ReviewStatus.FUTURE:
        allowed.add(ReviewStatus.PUBLISH.value)  # the time passed before the sync: published
    if answer.post.status not in allowed:
        raise NewsdeskError(ErrorCode.REMOTE_REJECTED, f"status-not-applied: {answer.post.status}")
    delivered = answer.notes is not None
    with store.durable_transaction() as session:
        row = article_row(session, job.article_id)
        row.remote_status = answer.post.status
        row.remote_modified_gmt = answer.post.modified_gmt
        row.remote_revision_id = answer.post.revision_id
        row.synced_at = utc_now()
        if answer.post.status == ReviewStatus.PUBLISH.value:
            row.status = ArticleStatus.PUBLISHED.value
        held = {note.id for note in answer.notes or ()}
        for local_id, note in outgoing:
            if note.id in held:
                note_row = session.get(ReviewNoteRow, local_id)
                if note_row is not None:
                    note_row.remote_key = note.id
        if answer.notes:
            _merge_notes(session, job.article_id, answer.notes)
        _remember_support(session, client.site_url, delivered)
        outbox = session.get(OutboxRow, job.outbox_id)
        if outbox is not None:
            outbox.state = DONE
            outbox.attempts += 1
            outbox.last_error = "" if delivered or not outgoing else NoteDelivery.LOCAL_ONLY.value
    return delivered or not outgoing


def _same_text(state: ReviewState, payload: dict[str, Any]) -> bool:
    """Tell whether the site still holds the text the editor decided on."""
    post = state.post
    return post.title_raw == payload["title"] and canonicalise(post.body_html) == canonicalise(
        str(payload["body_html"])
    )


def _conflict(store: Store, job: _Job) -> None:
    """Nothing was written: the article goes back to the queue for a fresh look."""
    with store.durable_transaction() as session:
        outbox = session.get(OutboxRow, job.outbox_id)
        if outbox is not None:
            outbox.state = CONFLICT
            outbox.attempts += 1
            outbox.last_error = ErrorCode.SYNC_CONFLICT.value
        row = session.get(ArticleRow, job.article_id)
        if row is not None:
            row.status = ArticleStatus.IN_REVIEW.value
            row.scheduled_for = None


def pull_notes(store: Store, client: WordPressClient, account_id: int) -> Changes:
    """Bring the notes of posts changed since the last notes pull into their articles."""
    with store.transaction() as session:
        account = session.get(AccountRow, account_id)
        if account is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"account {account_id}")
        if account.site_url != client.site_url:
            raise NewsdeskError(ErrorCode.BAD_SITE_URL, client.site_url)
        site = account.site_url
        site_accounts = list(
            session.scalars(select(AccountRow.id).where(AccountRow.site_url == site))
        )
        resource = f"review-notes:{account_id}"
        cursor = read_time_cursor(session, site, resource)
    listed = client.list_notes(modified_after=cursor - CURSOR_OVERLAP if cursor else None)
    changes = Changes()
    with store.transaction() as session:
        by_post = _articles_by_post(session, [post_id for post_id, _m, _n in listed], site_accounts)
        for post_id, _modified, remote_notes in listed:
            if remote_notes is None:
                continue
            article_id = by_post.get(post_id)
            if article_id is not None and _merge_notes(session, article_id, remote_notes):
                changes.articles.add(article_id)
        if listed:
            # Only a listing that reached the plugin's key tells whether the site has it.
            _remember_support(session, site, any(notes is not None for _p, _m, notes in listed))
            newest = max(modified for _p, modified, _n in listed)
            if cursor is None or newest > cursor:
                write_time_cursor(session, site, resource, newest)
    return changes


def _articles_by_post(
    session: Session, post_ids: Sequence[int], site_accounts: Iterable[int]
) -> dict[int, int]:
    found: dict[int, int] = {}
    accounts = list(site_accounts)
    for start in range(0, len(post_ids), _CHUNK):
        chunk = post_ids[start : start + _CHUNK]
        for article_id, remote_id in session.execute(
            select(ArticleRow.id, ArticleRow.remote_id)
            .where(ArticleRow.remote_id.in_(chunk), ArticleRow.account_id.in_(accounts))
            .order_by(ArticleRow.id)
        ):
            found.setdefault(remote_id, article_id)
    return found


def _merge_notes(session: Session, article_id: int, remote_notes: Sequence[RemoteNote]) -> bool:
    """Add the site's notes this article does not hold yet; tell whether any were added."""
    known = set(
        session.scalars(
            select(ReviewNoteRow.remote_key).where(
                ReviewNoteRow.article_id == article_id, ReviewNoteRow.remote_key != ""
            )
        )
    )
    added = False
    for note in remote_notes:
        if note.id in known:
            continue
        session.add(
            ReviewNoteRow(
                article_id=article_id,
                author_name=note.author[:200],
                kind=note.kind[:30],
                body=note.body,
                created_at=note.created_gmt,
                remote_key=note.id[:64],
            )
        )
        known.add(note.id)
        added = True
    return added


__all__ = [
    "DECIDE",
    "REVIEW",
    "Note",
    "NoteDelivery",
    "NoteKind",
    "PreviousKind",
    "ReviewDrainReport",
    "ReviewError",
    "ReviewItem",
    "ReviewOutcome",
    "ReviewProblem",
    "ReviewView",
    "approve_publish",
    "approve_schedule",
    "drain_review",
    "notes",
    "notes_supported",
    "pending_decisions",
    "pull_notes",
    "request_changes",
    "review_queue",
    "review_view",
    "take_over",
]
