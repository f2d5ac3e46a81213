"""The review desk against the real WordPress, with the companion notes plugin installed.

up.sh copies packaging/wordpress/newsdesk-review-notes into the site's mu-plugins. The
site-without-plugin case is the same real site with that file moved out of mu-plugins for
one test (WordPress then loads no such plugin: the meta key is not registered and the REST
API drops it), and put back afterwards.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from newsdesk.domain import ArticleStatus
from newsdesk.services import publishing, pulling, review
from newsdesk.services.review import NoteDelivery
from newsdesk.store import open_store
from newsdesk.store.schema import ArticleRow
from newsdesk.sync import CredentialStore, WordPressClient
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

BODY = '<p dir="rtl">قال المبعوث إن جولة المحادثات المقبلة ستعقد في جنيف.</p>'
NOTE = "أضف مصدراً للتصريح، وصحّح اسم المدينة في الفقرة الأولى."
PLUGIN = "newsdesk-review-notes.php"


def _account(store, wordpress, login):
    password = wordpress.users[login].app_password
    with WordPressClient(wordpress.base_url, login, password) as client:
        account = publishing.add_account(
            store, CredentialStore(MemoryKeyring(), environ={}), client, password
        )

    def connect(_account_id: int) -> WordPressClient:
        return WordPressClient(wordpress.base_url, login, password)

    return account, connect


def _submitted(wp_client, title: str) -> int:
    """A contributor's submission: a pending post on the site."""
    post = wp_client("contributor").create_post(
        {"title": title, "content": BODY, "status": "pending"}
    )
    return post.id


def _editor_pulls(store, wordpress, post_id):
    account, connect = _account(store, wordpress, "editor")
    with connect(account.id) as client:
        pulling.pull_all(store, client, account.id)
    [item] = [item for item in review.review_queue(store) if item.remote_id == post_id]
    return item.id, connect


@pytest.fixture
def writer_store(tmp_path):
    opened = open_store(f"sqlite:///{tmp_path / 'writer.sqlite3'}")
    yield opened
    opened.close()


def test_request_changes_reaches_the_writer_after_pull(store, writer_store, wordpress, wp_client):
    post_id = _submitted(wp_client, "جولة محادثات جديدة")
    article_id, connect = _editor_pulls(store, wordpress, post_id)
    assert review.review_view(store, article_id).article.status is ArticleStatus.IN_REVIEW
    outcome = review.request_changes(store, article_id, NOTE, "رئيسة التحرير")
    assert outcome.delivery is NoteDelivery.QUEUED
    report = review.drain_review(store, connect)
    assert (report.pushed, report.notes_local_only) == ([article_id], [])
    state = wp_client("editor").get_review_state(post_id)
    assert state.post.status == "draft"
    assert [note.body for note in state.notes] == [NOTE]
    # The writer's machine: pull posts, then notes.
    account, writer_connect = _account(writer_store, wordpress, "contributor")
    with writer_connect(account.id) as client:
        pulling.pull_posts(writer_store, client, account.id)
        changes = review.pull_notes(writer_store, client, account.id)
    with writer_store.transaction() as session:
        writer_article = session.scalar(
            select(ArticleRow.id).where(ArticleRow.remote_id == post_id)
        )
    assert writer_article in changes.articles
    view = review.review_view(writer_store, writer_article)
    assert view.article.status is ArticleStatus.DRAFT
    [note] = view.notes
    assert (note.body, note.author_name, note.kind) == (
        NOTE,
        "رئيسة التحرير",
        review.NoteKind.CHANGES_REQUESTED,
    )
    assert review.notes_supported(writer_store, wordpress.base_url) is True


def test_approve_and_publish_now(store, wordpress, wp_client):
    post_id = _submitted(wp_client, "خبر يوافق عليه وينشر")
    article_id, connect = _editor_pulls(store, wordpress, post_id)
    review.approve_publish(store, article_id, "رئيسة التحرير", note="ممتاز")
    assert review.drain_review(store, connect).pushed == [article_id]
    state = wp_client("editor").get_review_state(post_id)
    assert state.post.status == "publish"
    assert [note.body for note in state.notes] == ["ممتاز"]
    # Readers never see the notes: the key is shown in edit context only.
    public = httpx.get(f"{wordpress.base_url}/?rest_route=/wp/v2/posts/{post_id}").json()
    assert public["status"] == "publish"
    assert "newsdesk_review_notes" not in (public.get("meta") or {})


def test_approve_and_schedule_sets_future_at_the_utc_time(store, wordpress, wp_client):
    post_id = _submitted(wp_client, "خبر مجدول")
    article_id, connect = _editor_pulls(store, wordpress, post_id)
    when = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0, second=0)
    review.approve_schedule(store, article_id, when, "رئيسة التحرير")
    assert review.drain_review(store, connect).pushed == [article_id]
    state = wp_client("editor").get_review_state(post_id)
    assert (state.post.status, state.post.date_gmt) == ("future", when)
    assert review.review_view(store, article_id).article.status is ArticleStatus.SCHEDULED


def test_post_scheduled_on_the_site_arrives_with_its_time(store, wordpress, wp_client):
    post_id = _submitted(wp_client, "خبر جدولته رئيسة التحرير في ووردبريس")
    when = (datetime.now(UTC) + timedelta(days=5)).replace(microsecond=0, second=0)
    wp_client("editor").update_post(
        post_id, {"status": "future", "date_gmt": when.replace(tzinfo=None).isoformat()}
    )
    account, connect = _account(store, wordpress, "editor")
    with connect(account.id) as client:
        pulling.pull_all(store, client, account.id)
    with store.transaction() as session:
        row = session.scalar(select(ArticleRow).where(ArticleRow.remote_id == post_id))
        assert (row.status, row.scheduled_for) == (ArticleStatus.SCHEDULED.value, when)


def test_writer_edit_after_reading_is_not_published(store, wordpress, wp_client):
    post_id = _submitted(wp_client, "خبر يتغير بعد القراءة")
    article_id, connect = _editor_pulls(store, wordpress, post_id)
    review.approve_publish(store, article_id, "رئيسة التحرير")
    contributor = wp_client("contributor")
    post = contributor.get_post(post_id)
    contributor.update_post(post_id, {"content": post.content_raw + "<p>فقرة جديدة</p>"})
    assert review.drain_review(store, connect).conflicts == [article_id]
    assert wp_client("editor").get_post(post_id).status == "pending"
    assert article_id in [item.id for item in review.review_queue(store)]


@pytest.fixture
def without_plugin(wordpress):
    """Take the notes plugin out of the running site for one test, then put it back."""
    installed = wordpress.target / "wp" / "wp-content" / "mu-plugins" / PLUGIN
    aside = wordpress.target / PLUGIN
    shutil.move(installed, aside)
    try:
        yield
    finally:
        shutil.move(aside, installed)


def test_site_without_plugin_keeps_notes_local_and_still_changes_status(
    store, wordpress, wp_client, without_plugin
):
    post_id = _submitted(wp_client, "موقع بلا إضافة الملاحظات")
    article_id, connect = _editor_pulls(store, wordpress, post_id)
    review.request_changes(store, article_id, NOTE, "رئيسة التحرير")
    report = review.drain_review(store, connect)
    assert (report.pushed, report.notes_local_only) == ([article_id], [article_id])
    state = wp_client("editor").get_review_state(post_id)
    assert (state.post.status, state.notes) == ("draft", None)
    view = review.review_view(store, article_id)
    assert view.delivery is NoteDelivery.LOCAL_ONLY
    assert [note.sent for note in view.notes] == [False]
    assert review.notes_supported(store, wordpress.base_url) is False
