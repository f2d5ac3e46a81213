"""Pushing articles through the outbox to a real WordPress, on both store backends."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from newsdesk.domain import NewsdeskError, RevisionKind
from newsdesk.services import articles, editing, publishing
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import AccountRow, OutboxRow, utc_now
from newsdesk.sync import CredentialStore, PushStatus, WordPressClient, add_marker
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

BODY = (
    '<p dir="rtl">Geir Pedersen قال إن القرار 2254 «أساس الحل»، وإن 3 &lt; 5.</p>\n'
    '<p dir="ltr">An English paragraph kept left to right.</p>'
)


@pytest.fixture
def keyring_backend():
    return MemoryKeyring()


@pytest.fixture
def site_account(store, wordpress, keyring_backend):
    """Add the site's editor account to the store; yield (account, connect)."""
    credentials = CredentialStore(keyring_backend, environ={})
    password = wordpress.users["editor"].app_password
    with WordPressClient(wordpress.base_url, "editor", password) as client:
        account = publishing.add_account(store, credentials, client, password)

    def connect(_account_id: int) -> WordPressClient:
        stored = credentials.load("editor", wordpress.base_url)
        return WordPressClient(wordpress.base_url, "editor", stored)

    return account, connect


def _draft(store, title: str, body: str = BODY, **extra) -> int:
    article_id = editing.new_draft(store)
    fields = ArticleFields(title=title, body_html=body, **extra)
    editing.save_article(store, article_id, fields, RevisionKind.SAVE)
    return article_id


def _push(store, article_id, account, connect, status=PushStatus.DRAFT):
    publishing.request_push(store, article_id, account.id, status)
    return publishing.drain_outbox(store, connect)


def test_add_account_keeps_password_in_keyring_only(
    store, site_account, wordpress, keyring_backend
):
    account, _connect = site_account
    password = wordpress.users["editor"].app_password
    assert password in keyring_backend.items.values()
    with store.transaction() as session:
        row = session.scalar(select(AccountRow))
        stored = " ".join(str(value) for value in vars(row).values())
    assert password not in stored
    assert "editor" in account.roles


def test_push_creates_draft_with_arabic_content_and_directions(store, site_account, wp_client):
    account, connect = site_account
    article_id = _draft(store, "اختبار النشر", section="سياسة", tags=("مفاوضات", "قرطال"))
    report = _push(store, article_id, account, connect)
    assert report.pushed == [article_id]
    remote_id, conflict, differences = publishing.article_sync_state(store, article_id)
    post = wp_client("editor").get_post(remote_id)
    assert (post.status, post.title_raw, conflict, differences) == (
        "draft",
        "اختبار النشر",
        False,
        [],
    )
    assert '<p dir="ltr">' in post.content_raw
    assert "3 &lt; 5" in post.content_raw
    assert len(post.categories) == 1
    assert len(post.tags) == 2


def test_push_again_updates_same_post(store, site_account, wp_client):
    account, connect = site_account
    article_id = _draft(store, "نسخة أولى")
    _push(store, article_id, account, connect)
    first_id = publishing.article_sync_state(store, article_id)[0]
    fields = ArticleFields(title="نسخة ثانية", body_html='<p dir="rtl">نص معدل</p>')
    editing.save_article(store, article_id, fields, RevisionKind.SAVE)
    _push(store, article_id, account, connect, PushStatus.PENDING)
    assert publishing.article_sync_state(store, article_id)[0] == first_id
    post = wp_client("editor").get_post(first_id)
    assert (post.title_raw, post.status) == ("نسخة ثانية", "pending")


def test_push_after_lost_create_response_makes_no_second_post(store, site_account, wp_client):
    account, connect = site_account
    article_id = _draft(store, "إنشاء ضاع رده")
    article = articles.get_article(store, article_id)
    client = wp_client("editor")
    # The create reached the site, but its answer never came back.
    client.create_post(
        {"title": article.title, "content": add_marker(BODY, article.uid), "status": "draft"}
    )
    _push(store, article_id, account, connect)
    found = [post for post in client.list_posts(search=article.uid) if post.marker == article.uid]
    assert len(found) == 1
    assert publishing.article_sync_state(store, article_id)[0] == found[0].id


def test_push_over_someone_elses_change_is_a_conflict(store, site_account, wp_client):
    account, connect = site_account
    article_id = _draft(store, "خبر يتغير")
    _push(store, article_id, account, connect)
    remote_id = publishing.article_sync_state(store, article_id)[0]
    theirs = wp_client("editor").get_post(remote_id)
    wp_client("editor").update_post(
        remote_id, {"content": theirs.content_raw.replace("القرار", "القرار الأممي")}
    )
    editing.save_article(
        store, article_id, ArticleFields("خبر يتغير", '<p dir="rtl">نسختي</p>'), RevisionKind.SAVE
    )
    report = _push(store, article_id, account, connect)
    assert report.conflicts == [article_id]
    assert publishing.article_sync_state(store, article_id)[1] is True
    assert "القرار الأممي" in wp_client("editor").get_post(remote_id).content_raw
    kinds = [revision.kind for revision in editing.list_revisions(store, article_id)]
    assert RevisionKind.THEIRS in kinds


def test_push_to_unreachable_site_waits_and_retries(store, site_account, wordpress):
    account, connect = site_account
    article_id = _draft(store, "الموقع متوقف")

    def refused(_account_id: int) -> WordPressClient:
        return WordPressClient("http://127.0.0.1:9", "editor", "x" * 24)

    publishing.request_push(store, article_id, account.id)
    report = publishing.drain_outbox(store, refused)
    assert report.retrying == [article_id]
    with store.transaction() as session:
        row = session.scalar(select(OutboxRow))
        assert (row.state, row.attempts, row.last_error) == ("pending", 1, "server-unreachable")
        assert row.next_attempt_at > utc_now()
    assert publishing.drain_outbox(store, connect).pushed == []  # not due yet
    later = publishing.drain_outbox(store, connect, now=lambda: utc_now() + timedelta(hours=1))
    assert later.pushed == [article_id]


def test_push_uploads_featured_image_with_alt_text(store, site_account, wp_client, tmp_path):
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    png = tmp_path / "cover.png"
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    png.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    account, connect = site_account
    article_id = _draft(
        store, "خبر بصورة", featured_image=str(png), featured_image_alt="صورة الغلاف"
    )
    _push(store, article_id, account, connect)
    post = wp_client("editor").get_post(publishing.article_sync_state(store, article_id)[0])
    assert post.featured_media > 0


def test_push_of_unknown_account_is_refused(store, site_account):
    article_id = _draft(store, "بلا حساب")
    with pytest.raises(NewsdeskError):
        publishing.request_push(store, article_id, 999)


def test_repeated_push_request_is_one_outbox_row(store, site_account):
    account, _connect = site_account
    article_id = _draft(store, "طلبان")
    publishing.request_push(store, article_id, account.id)
    publishing.request_push(store, article_id, account.id, PushStatus.PENDING)
    pending = publishing.pending_pushes(store)
    assert len(pending) == 1


def test_push_signs_post_with_the_articles_author(store, site_account, wordpress, wp_client):
    from newsdesk.domain import Byline
    from newsdesk.store.schema import AuthorRow

    account, connect = site_account
    author_user = wordpress.users["author"].id
    article_id = _draft(store, "خبر بتوقيع كاتب", byline=Byline.AUTHOR, author="كاتب الموقع")
    with store.transaction() as session:
        session.scalar(
            select(AuthorRow).where(AuthorRow.name == "كاتب الموقع")
        ).remote_id = author_user
    _push(store, article_id, account, connect)
    post = wp_client("editor").get_post(publishing.article_sync_state(store, article_id)[0])
    assert post.author == author_user
