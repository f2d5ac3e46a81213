"""Publishing to WordPress: accounts, the outbox, and pushing an article safely.

Every push is an outbox row written in the same transaction as the request, and the
worker (``drain_outbox``) sends rows in order, one article at a time. A create is made
idempotent by the marker the post carries (``sync.mapping.marker_comment``): before
creating, the worker looks for a post an earlier, lost response had already made. An
update is guarded: when the site's copy changed since the last sync (its modified time
or newest revision), nothing is overwritten; the site's copy is kept as a ``theirs``
revision and the article is marked in conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from newsdesk.domain import Byline, Changes, ErrorCode, NewsdeskError, RevisionKind
from newsdesk.store.articles import article_row, to_article
from newsdesk.store.outbox import finish_row, retry_row_later
from newsdesk.store.schema import (
    AccountRow,
    ArticleRow,
    OutboxRow,
    RevisionRow,
    SectionRow,
    TagRow,
    utc_now,
)
from newsdesk.sync import PushStatus, RemoteError, WordPressClient, post_payload
from newsdesk.text.article_html import canonicalise

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from sqlalchemy.orm import Session

    from newsdesk.store import Store
    from newsdesk.sync import Account, CredentialStore, RemotePost

PUSH = "push"
ARTICLE = "article"
PENDING, DONE, FAILED, CONFLICT = "pending", "done", "failed", "conflict"


@dataclass(frozen=True, slots=True)
class SiteAccount:
    """A WordPress account newsdesk knows (its password is in the keyring)."""

    id: int
    site_url: str
    username: str
    display_name: str
    roles: tuple[str, ...]
    site_name: str
    language: str
    timezone: str


@dataclass(slots=True)
class DrainReport:
    """What one pass over the outbox did."""

    pushed: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)
    pulled: list[int] = field(default_factory=list)
    moderated: list[int] = field(default_factory=list)
    comments_changed: bool = False


class SyncConflict(NewsdeskError):
    """The site's copy changed since the last sync; nothing was overwritten."""

    def __init__(self, article_id: int) -> None:
        """Name the article in conflict."""
        super().__init__(ErrorCode.SYNC_CONFLICT, str(article_id))


def _to_site_account(row: AccountRow) -> SiteAccount:
    return SiteAccount(
        id=row.id,
        site_url=row.site_url,
        username=row.username,
        display_name=row.display_name,
        roles=tuple(row.roles),
        site_name=row.site_name,
        language=row.language,
        timezone=row.timezone,
    )


def add_account(
    store: Store,
    credentials: CredentialStore,
    client: WordPressClient,
    password: str,
) -> SiteAccount:
    """Verify an account on its site, keep its password in the keyring, and remember it."""
    account: Account = client.verify()
    credentials.store(client.username, client.site_url, password)
    with store.transaction() as session:
        row = session.scalar(
            select(AccountRow).where(
                AccountRow.site_url == client.site_url, AccountRow.username == client.username
            )
        ) or AccountRow(site_url=client.site_url, username=client.username)
        row.user_id = account.user_id
        row.display_name = account.name
        row.roles = list(account.roles)
        row.capabilities = sorted(account.capabilities)
        row.site_name = account.site_name
        row.language = account.language
        row.timezone = account.timezone_string
        row.gmt_offset = account.gmt_offset
        row.verified_at = utc_now()
        session.add(row)
        session.flush()
        return _to_site_account(row)


def remove_account(store: Store, credentials: CredentialStore, account_id: int) -> None:
    """Forget an account and its password; refused while work waits to be sent with it.

    Articles and comments it brought stay, with their link to the site: adding the account
    again carries on where it left off.
    """
    with store.transaction() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"account {account_id}")
        waiting = [
            job
            for job in session.scalars(select(OutboxRow).where(OutboxRow.state == PENDING))
            if int(job.payload.get("account_id", 0)) == account_id
        ]
        if waiting:
            raise NewsdeskError(ErrorCode.ACCOUNT_BUSY, str(len(waiting)))
        username, site_url = row.username, row.site_url
        session.delete(row)
    credentials.delete(username, site_url)


def list_accounts(store: Store) -> list[SiteAccount]:
    """Return the known accounts."""
    with store.transaction() as session:
        rows = session.scalars(
            select(AccountRow).order_by(AccountRow.site_url, AccountRow.username)
        )
        return [_to_site_account(row) for row in rows]


def account(store: Store, account_id: int) -> SiteAccount:
    """Return one account or raise NOT_FOUND."""
    with store.transaction() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"account {account_id}")
        return _to_site_account(row)


def first_pending_rows(session: Session, entity_type: str) -> list[OutboxRow]:
    """Return each entity's oldest pending row, oldest first: later rows wait behind it."""
    rows = session.scalars(
        select(OutboxRow)
        .where(OutboxRow.entity_type == entity_type, OutboxRow.state == PENDING)
        .order_by(OutboxRow.id)
    )
    first: dict[int, OutboxRow] = {}
    for row in rows:
        first.setdefault(row.entity_id, row)
    return list(first.values())


def is_due(row: OutboxRow, moment: datetime) -> bool:
    """Tell whether a row's backoff has run out."""
    return row.next_attempt_at is None or row.next_attempt_at <= moment


def connector(store: Store, credentials: CredentialStore) -> Callable[[int], WordPressClient]:
    """Return a function that opens a client for an account id, password from the keyring."""

    def connect(account_id: int) -> WordPressClient:
        known = account(store, account_id)
        password = credentials.load(known.username, known.site_url)
        return WordPressClient(known.site_url, known.username, password)

    return connect


def request_push(
    store: Store, article_id: int, account_id: int, status: PushStatus = PushStatus.DRAFT
) -> Changes:
    """Queue the article for pushing; a push already waiting for it is brought up to date."""
    with store.durable_transaction() as session:
        article_row(session, article_id)
        if session.get(AccountRow, account_id) is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"account {account_id}")
        waiting = session.scalar(
            select(OutboxRow).where(
                OutboxRow.entity_type == ARTICLE,
                OutboxRow.entity_id == article_id,
                OutboxRow.operation == PUSH,
                OutboxRow.state == PENDING,
            )
        )
        payload = {"account_id": account_id, "status": PushStatus(status).value}
        if waiting is None:
            session.add(
                OutboxRow(
                    entity_type=ARTICLE, entity_id=article_id, operation=PUSH, payload=payload
                )
            )
        else:
            waiting.payload = payload
    return Changes(articles={article_id})


def pending_pushes(store: Store) -> list[tuple[int, int, str, str]]:
    """Return (row id, article id, state, last error) of every push not yet done."""
    with store.transaction() as session:
        rows = session.execute(
            select(OutboxRow.id, OutboxRow.entity_id, OutboxRow.state, OutboxRow.last_error)
            .where(
                OutboxRow.entity_type == ARTICLE,
                OutboxRow.operation == PUSH,
                OutboxRow.state != DONE,
            )
            .order_by(OutboxRow.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def drain_outbox(
    store: Store,
    connect: Callable[[int], WordPressClient],
    now: Callable[[], datetime] = utc_now,
) -> DrainReport:
    """Send every push that is due, oldest first and one article at a time."""
    report = DrainReport()
    with store.transaction() as session:
        rows = session.scalars(
            select(OutboxRow)
            .where(OutboxRow.state == PENDING, OutboxRow.entity_type == ARTICLE)
            .order_by(OutboxRow.id)
        ).all()
        due = []
        seen: set[tuple[str, int]] = set()
        for row in rows:
            key = (row.entity_type, row.entity_id)
            # Only the oldest row of an article may go: later ones wait behind it.
            if key in seen:
                continue
            seen.add(key)
            if row.next_attempt_at is None or row.next_attempt_at <= now():
                due.append((row.id, row.entity_id, dict(row.payload)))
    for outbox_id, article_id, payload in due:
        try:
            with connect(int(payload["account_id"])) as client:
                push_article(
                    store,
                    client,
                    article_id,
                    int(payload["account_id"]),
                    PushStatus(payload["status"]),
                )
        except SyncConflict:
            finish_row(store, outbox_id, CONFLICT, ErrorCode.SYNC_CONFLICT.value)
            report.conflicts.append(article_id)
        except RemoteError as error:
            if error.retryable:
                retry_row_later(store, outbox_id, error.code.value, error.retry_after, now())
                report.retrying.append(article_id)
            else:
                finish_row(store, outbox_id, FAILED, f"{error.code.value}: {error.detail}")
                report.failed.append(article_id)
        except NewsdeskError as error:
            finish_row(store, outbox_id, FAILED, f"{error.code.value}: {error.detail}")
            report.failed.append(article_id)
        else:
            finish_row(store, outbox_id, DONE, "")
            report.pushed.append(article_id)
    return report


def _same_content(remote: RemotePost, payload: dict[str, object]) -> bool:
    """Tell whether the site already holds what we are about to send (our own lost push)."""
    return remote.title_raw == payload["title"] and remote.content_raw == payload["content"]


def push_article(
    store: Store,
    client: WordPressClient,
    article_id: int,
    account_id: int,
    status: PushStatus = PushStatus.DRAFT,
) -> list[str]:
    """Create or update the article's post; return what the site changed on reading it back."""
    with store.transaction() as session:
        row = article_row(session, article_id)
        article = to_article(row)
        known = (row.remote_id, row.remote_modified_gmt, row.remote_revision_id)
        media_id = row.remote_featured_media_id
        edited_at = row.updated_at
        section_id = row.section.remote_id if row.section else None
        tag_ids = {tag.name: tag.remote_id for tag in row.tags}
        author_id = _post_author(session, row, account_id)
    # Terms whose site id is known are not looked up again (one site per store).
    if article.section and section_id is None:
        section_id = client.ensure_category(article.section).id
        _remember_term(store, SectionRow, article.section, section_id)
    for name in article.tags:
        if tag_ids.get(name) is None:
            tag_ids[name] = client.ensure_tag(name).id
            _remember_term(store, TagRow, name, tag_ids[name])
    categories = [section_id] if section_id is not None else []
    tags = [tag_ids[name] for name in article.tags]
    if article.featured_image and media_id is None:
        media_id = client.upload_media(Path(article.featured_image), article.featured_image_alt).id
    payload = post_payload(
        article,
        status=status,
        categories=categories,
        tags=tags,
        featured_media=media_id,
        author=author_id,
    )
    remote_id, modified_gmt, revision_id = known
    if remote_id is None:
        earlier = client.find_post_by_marker(article.uid)
        sent = client.update_post(earlier.id, payload) if earlier else client.create_post(payload)
    else:
        server = client.get_post(remote_id)
        changed = server.modified_gmt != modified_gmt or server.revision_id != revision_id
        if changed and not _same_content(server, payload):
            _record_conflict(store, article_id, server)
            raise SyncConflict(article_id)
        sent = client.update_post(remote_id, payload)
    check = client.get_post(sent.id)
    differences = _differences(payload, check, article.body_html)
    with store.durable_transaction() as session:
        row = article_row(session, article_id)
        row.remote_id = check.id
        row.remote_status = check.status
        row.remote_modified_gmt = check.modified_gmt
        row.remote_revision_id = check.revision_id
        row.remote_featured_media_id = media_id
        row.account_id = account_id
        row.synced_at = utc_now()
        row.sync_report = differences
        row.conflict = False
        # Typing that went on during the push still has to go out.
        row.dirty = row.updated_at != edited_at
        base = _site_copy(RevisionKind.SYNC_BASE, check)
        row.revisions.add(base)
        session.flush()
        row.base_revision_id = base.id
    return differences


def _post_author(session: Session, row: ArticleRow, account_id: int) -> int | None:
    """Return the WordPress user to sign the post, when known and the account may set it."""
    if row.byline != Byline.AUTHOR.value or row.author is None or row.author.remote_id is None:
        return None  # the site's default: the account's own user
    account_row = session.get(AccountRow, account_id)
    if account_row is None:
        return None
    own = row.author.remote_id == account_row.user_id
    return row.author.remote_id if own or "edit_others_posts" in account_row.capabilities else None


def _remember_term(
    store: Store, model: type[SectionRow] | type[TagRow], name: str, remote_id: int
) -> None:
    with store.transaction() as session:
        term = session.scalar(select(model).where(model.name == name))
        if term is not None:
            term.remote_id = remote_id


def _differences(payload: dict[str, object], check: RemotePost, body_html: str) -> list[str]:
    """Name the fields the site did not keep as sent."""
    differences = []
    if check.title_raw != payload["title"]:
        differences.append("title")
    if canonicalise(check.body_html) != canonicalise(body_html):
        differences.append("content")
    if check.excerpt_raw.strip() != str(payload["excerpt"]).strip():
        differences.append("excerpt")
    return differences


def _site_copy(kind: RevisionKind, post: RemotePost) -> RevisionRow:
    """Return a revision holding the site's version of a post."""
    return RevisionRow(
        kind=kind.value,
        title=post.title_raw,
        body_html=canonicalise(post.body_html),
        excerpt=post.excerpt_raw,
        remote_modified_gmt=post.modified_gmt,
        remote_revision_id=post.revision_id,
    )


@dataclass(frozen=True, slots=True)
class ConflictVersions:
    """The three versions a merge starts from."""

    base_html: str
    mine_html: str
    theirs_html: str
    theirs_title: str


def conflict_versions(store: Store, article_id: int) -> ConflictVersions:
    """Return the last synced copy, the local text and the site's changed copy."""
    with store.transaction() as session:
        row = article_row(session, article_id)
        theirs = _latest(session, article_id, RevisionKind.THEIRS)
        if not row.conflict or theirs is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"conflict of {article_id}")
        base = session.get(RevisionRow, row.base_revision_id) if row.base_revision_id else None
        return ConflictVersions(
            base_html=base.body_html if base else "",
            mine_html=row.body_html,
            theirs_html=theirs.body_html,
            theirs_title=theirs.title,
        )


def resolve_conflict(store: Store, article_id: int, merged_html: str) -> Changes:
    """Keep the merged text and accept the site's version as the new base; then push again."""
    with store.durable_transaction() as session:
        row = article_row(session, article_id)
        theirs = _latest(session, article_id, RevisionKind.THEIRS)
        if theirs is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, f"conflict of {article_id}")
        row.body_html = canonicalise(merged_html)
        row.remote_modified_gmt = theirs.remote_modified_gmt
        row.remote_revision_id = theirs.remote_revision_id
        row.base_revision_id = theirs.id
        row.conflict = False
        row.dirty = True
        row.updated_at = utc_now()
        row.revisions.add(
            RevisionRow(
                kind=RevisionKind.SAVE.value,
                label="merge",
                title=row.title,
                body_html=row.body_html,
                excerpt=row.excerpt,
            )
        )
    return Changes(articles={article_id})


def _latest(session: Session, article_id: int, kind: RevisionKind) -> RevisionRow | None:
    return session.scalar(
        select(RevisionRow)
        .where(RevisionRow.article_id == article_id, RevisionRow.kind == kind.value)
        .order_by(RevisionRow.id.desc())
        .limit(1)
    )


def _record_conflict(store: Store, article_id: int, server: RemotePost) -> None:
    with store.durable_transaction() as session:
        row = article_row(session, article_id)
        row.conflict = True
        row.revisions.add(_site_copy(RevisionKind.THEIRS, server))


def article_sync_state(store: Store, article_id: int) -> tuple[int | None, bool, list[str]]:
    """Return the article's remote id, whether it is in conflict, and its last push report."""
    with store.transaction() as session:
        row = session.get(ArticleRow, article_id)
        if row is None:
            raise NewsdeskError(ErrorCode.NOT_FOUND, str(article_id))
        return row.remote_id, row.conflict, list(row.sync_report or [])
