"""Comment moderation against a real WordPress, on both store backends.

The site is shared by the whole session and other tests leave comments on it, so every
check looks only at the comments on a post the test made itself. The editor is the
moderator newsdesk acts as; the administrator plays "another moderator" on the site.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from newsdesk.domain import CommentStatus, ErrorCode, NewsdeskError
from newsdesk.domain.model import Decision
from newsdesk.services import moderation, publishing
from newsdesk.store.schema import ArticleRow, CommentRow, OutboxRow
from newsdesk.sync import CredentialStore, WordPressClient
from newsdesk.text import normalise
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

SEED = Path(__file__).resolve().parent / "wordpress" / "seed-comments.php"
EVASION = "العقـ.ـوبات"
HOSTILE = (
    '<p onclick="steal()">مرحبا <script>alert(1)</script><img src="https://evil.example/x.png">'
    '<a href="javascript:alert(2)">رابط</a> <span style="background:url(file:///etc/passwd)">'
    "\u202etxet\u202c</span></p>"
)


@pytest.fixture
def moderator(store, wordpress):
    """Add the site's editor as an account; yield (account, connect)."""
    credentials = CredentialStore(MemoryKeyring(), environ={})
    password = wordpress.users["editor"].app_password
    with WordPressClient(wordpress.base_url, "editor", password) as client:
        account = publishing.add_account(store, credentials, client, password)

    def connect(_account_id: int) -> WordPressClient:
        return WordPressClient(
            wordpress.base_url, "editor", credentials.load("editor", wordpress.base_url)
        )

    return account, connect


def _rest(wordpress, login: str | None, method: str, route: str, body: dict | None = None):
    """Call the site as a user (None: a visitor) without newsdesk's client, as others would."""
    auth = (login, wordpress.users[login].app_password) if login else None
    response = httpx.request(
        method,
        f"{wordpress.base_url}/",
        params={"rest_route": route, "context": "edit" if login else "view"},
        json=body,
        auth=auth,
        timeout=30,
    )
    return response


def _post(wp_client, title: str | None = None) -> tuple[int, str]:
    """Publish a post for this test's comments; return its id and title."""
    title = title or f"مقال للتعليقات {uuid.uuid4().hex[:8]}"
    post = wp_client("editor").create_post(
        {"title": title, "content": "<p>نص المقال</p>", "status": "publish"}
    )
    return post.id, title


def _comment(wordpress, post: int, content: str, status: str = "hold", **fields) -> int:
    """Create a comment on behalf of a reader (as the administrator, who may set status)."""
    body = {
        "post": post,
        "content": content,
        "status": status,
        "author_name": fields.pop("author_name", "قارئ غاضب"),
        "author_email": fields.pop("author_email", f"{uuid.uuid4().hex[:8]}@example.test"),
        "author_ip": "192.0.2.44",
        "author_user_agent": "Reader/2.0",
        **fields,
    }
    response = _rest(wordpress, "admin", "POST", "/wp/v2/comments", body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _seed(wordpress, post: int, count: int) -> list[int]:
    """Insert many comments in PHP (statuses cycle approved, hold, hold, spam, trash)."""
    result = subprocess.run(
        ["php", str(SEED), str(wordpress.target / "wp"), str(post), str(count)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)["ids"]


def _pull(store, moderator):
    account, connect = moderator
    with connect(account.id) as client:
        return moderation.pull_comments(store, client, account.id)


def _local(store, post: int) -> dict[int, CommentRow]:
    """Return this post's stored comments by WordPress id."""
    with store.transaction() as session:
        rows = session.scalars(select(CommentRow).where(CommentRow.remote_post_id == post))
        return {row.remote_id: row for row in rows}


def _server_status(wp_client, remote_id: int) -> str:
    return wp_client("admin").get_comment(remote_id).status


def _drain(store, moderator):
    return moderation.drain_moderation(store, moderator[1])


# ---------------------------------------------------------------------- pull


def test_pull_brings_every_status_with_edit_fields(store, wordpress, wp_client, moderator):
    post, title = _post(wp_client)
    ids = {
        "arabic": _comment(wordpress, post, "تعليق بالعربية على الخبر", "approved"),
        "evasion": _comment(wordpress, post, f"يجب رفع {EVASION} فوراً", "hold"),
        "hostile": _comment(wordpress, post, HOSTILE, "spam", author_name="\u202eevil"),
        "trashed": _comment(wordpress, post, "تعليق في سلة المحذوفات", "trash"),
    }
    ids["reply"] = _comment(wordpress, post, "رد على التعليق", "approved", parent=ids["arabic"])
    visitor = _rest(
        wordpress,
        None,
        "POST",
        "/wp/v2/comments",
        {"post": post, "author_name": "زائر", "author_email": "v@example.test", "content": HOSTILE},
    )
    assert visitor.status_code == 201, visitor.text
    ids["visitor"] = visitor.json()["id"]
    changes = _pull(store, moderator)
    rows = _local(store, post)
    assert {rows[i].id for i in ids.values()} <= changes.comments
    assert {name: rows[i].status for name, i in ids.items()} == {
        "arabic": "approved",
        "evasion": "hold",
        "hostile": "spam",
        "trashed": "trash",
        "reply": "approved",
        "visitor": "hold",
    }
    assert all(row.server_status == row.status for row in rows.values())
    arabic = rows[ids["arabic"]]
    assert (arabic.author_name, arabic.author_ip, arabic.author_user_agent) == (
        "قارئ غاضب",
        "192.0.2.44",
        "Reader/2.0",
    )
    assert arabic.author_email.endswith("@example.test")
    assert arabic.content_raw == "تعليق بالعربية على الخبر"
    assert (arabic.article_id, arabic.post_title) == (None, title)
    assert normalise("العقوبات") in rows[ids["evasion"]].search_text
    hostile = rows[ids["hostile"]]
    # Kept as the site holds it (links get rel="nofollow ugc"); sanitising is the display's job.
    assert "<script>alert(1)</script>" in hostile.content_raw
    assert "\u202etxet" in hostile.content_raw
    assert hostile.author_name == "\u202eevil"
    assert "alert" not in hostile.search_text
    # A visitor's text went through kses on the site: no script, no javascript: link.
    assert "<script" not in rows[ids["visitor"]].content_raw
    assert "javascript:" not in rows[ids["visitor"]].content_raw
    assert rows[ids["reply"]].parent_id == arabic.id


def test_pull_pages_through_many_comments_and_twice_is_idempotent(
    store, wordpress, wp_client, moderator
):
    post, _title = _post(wp_client)
    seeded = _seed(wordpress, post, 260)
    _pull(store, moderator)
    rows = _local(store, post)
    assert set(rows) == set(seeded)
    assert sorted(row.status for row in rows.values()).count("hold") == 104
    with store.transaction() as session:
        before = {row.id: moderation._snapshot(row) for row in session.scalars(select(CommentRow))}
    again = _pull(store, moderator)
    with store.transaction() as session:
        after = {row.id: moderation._snapshot(row) for row in session.scalars(select(CommentRow))}
    assert (again.comments, after) == (set(), before)


def test_pull_links_a_comment_to_its_article_in_the_store(store, wordpress, wp_client, moderator):
    account, _connect = moderator
    post, _title = _post(wp_client)
    with store.transaction() as session:
        session.add(
            ArticleRow(
                uid=str(uuid.uuid4()),
                title="عنوان المقال محلياً",
                remote_id=post,
                account_id=account.id,
            )
        )
    remote = _comment(wordpress, post, "تعليق على مقال عندنا", "approved")
    _pull(store, moderator)
    row = _local(store, post)[remote]
    assert row.article_id is not None
    assert row.post_title == "عنوان المقال محلياً"


def test_pull_sees_another_moderators_change(store, wordpress, wp_client, moderator):
    post, _title = _post(wp_client)
    remote = _comment(wordpress, post, "ينتظر المراجعة", "hold")
    _pull(store, moderator)
    wp_client("admin").update_comment(remote, {"status": CommentStatus.SPAM})
    _pull(store, moderator)
    row = _local(store, post)[remote]
    assert (row.status, row.server_status, row.restore_status) == ("spam", "spam", "hold")


# ---------------------------------------------------------------------- decisions and push


def test_bulk_decisions_reach_the_site(store, wordpress, wp_client, moderator):
    account, _connect = moderator
    post, _title = _post(wp_client)
    seeded = _seed(wordpress, post, 30)
    _pull(store, moderator)
    rows = _local(store, post)
    held = [rows[i].id for i in seeded if rows[i].status == "hold"]
    approved = [rows[i].id for i in seeded if rows[i].status == "approved"]
    spam = [rows[i].id for i in seeded if rows[i].status == "spam"]
    moderation.decide(store, held[:6], Decision.APPROVE, account.id)
    moderation.decide(store, held[6:], Decision.SPAM, account.id)
    moderation.decide(store, approved, Decision.TRASH, account.id)
    moderation.decide(store, spam, Decision.HOLD, account.id)
    report = _drain(store, moderator)
    assert sorted(report.pushed) == sorted(held + approved + spam)
    assert (report.conflicts, report.failed, report.retrying) == ([], [], [])
    local = _local(store, post)
    server = {remote: _server_status(wp_client, remote) for remote in seeded}
    assert server == {remote: row.status for remote, row in local.items()}
    assert all(row.server_status == row.status for row in local.values())


def test_restore_brings_back_the_status_before_trash(store, wordpress, wp_client, moderator):
    account, _connect = moderator
    post, _title = _post(wp_client)
    remote = _comment(wordpress, post, "سيعود كما كان", "approved")
    _pull(store, moderator)
    comment_id = _local(store, post)[remote].id
    moderation.decide(store, [comment_id], Decision.TRASH, account.id)
    _drain(store, moderator)
    assert _server_status(wp_client, remote) == "trash"
    moderation.decide(store, [comment_id], Decision.RESTORE, account.id)
    _drain(store, moderator)
    assert _server_status(wp_client, remote) == "approved"


def test_another_moderator_first_is_a_conflict_and_the_site_is_untouched(
    store, wordpress, wp_client, moderator
):
    account, _connect = moderator
    post, _title = _post(wp_client)
    remote = _comment(wordpress, post, "تعليق متنازع عليه", "hold")
    _pull(store, moderator)
    comment_id = _local(store, post)[remote].id
    moderation.decide(store, [comment_id], Decision.APPROVE, account.id)
    wp_client("admin").update_comment(remote, {"status": CommentStatus.TRASH})
    report = _drain(store, moderator)
    assert report.conflicts == [comment_id]
    assert _server_status(wp_client, remote) == "trash"
    row = _local(store, post)[remote]
    assert (row.status, row.server_status, row.conflict) == ("approved", "trash", True)
    with store.transaction() as session:
        outbox = session.scalar(select(OutboxRow).where(OutboxRow.entity_id == comment_id))
        assert (outbox.state, outbox.payload["from_status"], outbox.payload["to_status"]) == (
            "conflict",
            "hold",
            "approved",
        )


def test_repeating_a_decision_is_harmless(store, wordpress, wp_client, moderator):
    account, _connect = moderator
    post, _title = _post(wp_client)
    remote = _comment(wordpress, post, "وافق عليه مرتين", "hold")
    other = _comment(wordpress, post, "رماه الآخر في المزعجات أيضاً", "hold")
    _pull(store, moderator)
    rows = _local(store, post)
    moderation.decide(store, [rows[remote].id], Decision.APPROVE, account.id)
    assert moderation.decide(store, [rows[remote].id], Decision.APPROVE, account.id).comments == (
        set()
    )
    # Both moderators spam the same comment: no conflict, no second write.
    moderation.decide(store, [rows[other].id], Decision.SPAM, account.id)
    wp_client("admin").update_comment(other, {"status": CommentStatus.SPAM})
    report = _drain(store, moderator)
    assert sorted(report.pushed) == sorted([rows[remote].id, rows[other].id])
    assert moderation.decide(store, [rows[remote].id], Decision.APPROVE, account.id).comments == (
        set()
    )
    assert _drain(store, moderator).pushed == []
    assert (_server_status(wp_client, remote), _server_status(wp_client, other)) == (
        "approved",
        "spam",
    )
    with store.transaction() as session:
        assert len(session.scalars(select(OutboxRow)).all()) == 2


def test_undo_before_the_push_leaves_the_site_alone(store, wordpress, wp_client, moderator):
    account, _connect = moderator
    post, _title = _post(wp_client)
    remote = _comment(wordpress, post, "تراجع عن القرار", "hold")
    _pull(store, moderator)
    comment_id = _local(store, post)[remote].id
    moderation.decide(store, [comment_id], Decision.SPAM, account.id)
    moderation.undo_last(store)
    assert _drain(store, moderator).pushed == []
    assert _server_status(wp_client, remote) == "hold"
    assert _local(store, post)[remote].status == "hold"


def test_reply_appears_as_the_logged_in_user_under_its_parent(
    store, wordpress, wp_client, moderator
):
    account, _connect = moderator
    post, _title = _post(wp_client)
    parent = _comment(wordpress, post, "سؤال من قارئ", "approved")
    _pull(store, moderator)
    parent_id = _local(store, post)[parent].id
    changes = moderation.reply(store, parent_id, "شكراً على سؤالك، سنتابع.", account.id)
    (reply_id,) = changes.comments - {parent_id}
    report = _drain(store, moderator)
    assert report.pushed == [reply_id]
    with store.transaction() as session:
        reply_row = session.get(CommentRow, reply_id)
    remote = wp_client("admin").get_comment(reply_row.remote_id)
    assert (remote.post, remote.parent, remote.author) == (
        post,
        parent,
        wordpress.users["editor"].id,
    )
    assert remote.status == "approved"
    assert remote.content_raw == "شكراً على سؤالك، سنتابع."
    _pull(store, moderator)
    assert [row.id for row in _local(store, post).values() if row.remote_id == remote.id] == [
        reply_id
    ]


def test_edit_reaches_the_site_and_keeps_the_original_locally(
    store, wordpress, wp_client, moderator
):
    account, _connect = moderator
    post, _title = _post(wp_client)
    remote = _comment(wordpress, post, "تعليق فيه خطا املائي", "approved")
    _pull(store, moderator)
    comment_id = _local(store, post)[remote].id
    moderation.edit(store, comment_id, "تعليق فيه خطأ إملائي", account.id)
    assert _drain(store, moderator).pushed == [comment_id]
    assert wp_client("admin").get_comment(remote).content_raw == "تعليق فيه خطأ إملائي"
    row = _local(store, post)[remote]
    assert (row.content_raw, row.original_content_raw) == (
        "تعليق فيه خطأ إملائي",
        "تعليق فيه خطا املائي",
    )


# ---------------------------------------------------------------------- the status mapping


def test_status_mapping_matches_the_real_site(wordpress, wp_client):
    post, _title = _post(wp_client)
    remote = _comment(wordpress, post, "لفحص الحالات", "hold")
    # What WordPress does with values newsdesk never sends: 200 and nothing changes.
    bogus = _rest(wordpress, "admin", "POST", f"/wp/v2/comments/{remote}", {"status": "bogus"})
    assert (bogus.status_code, bogus.json()["status"]) == (200, "hold")
    approved_filter = httpx.get(
        f"{wordpress.base_url}/",
        params={"rest_route": "/wp/v2/comments", "status": "approved", "post": post},
        auth=("admin", wordpress.users["admin"].app_password),
    )
    assert approved_filter.json() == []
    client = wp_client("editor")
    with pytest.raises(NewsdeskError) as caught:
        client.update_comment(remote, {"status": "bogus"})
    assert caught.value.code is ErrorCode.BAD_COMMENT_STATUS
    for status in (
        CommentStatus.APPROVED,
        CommentStatus.SPAM,
        CommentStatus.TRASH,
        CommentStatus.HOLD,
    ):
        assert client.update_comment(remote, {"status": status}).status == status.value
        assert remote in [c.id for c in client.list_comments(status, post=post)]
