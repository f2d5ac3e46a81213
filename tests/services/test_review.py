"""The review desk on both store backends, against an in-memory WordPress post site.

The fake keeps what tests/integration/test_review.py checks on the real server with the
companion plugin: the notes meta key only in edit context answers, notes merged by id on
write, ``future`` with ``date_gmt``; ``plugin=False`` answers ``"meta": []`` as WordPress does
for meta nobody registered, and drops the notes sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from newsdesk.domain import ArticleStatus, Byline, RevisionKind
from newsdesk.services import editing, publishing, review
from newsdesk.services.review import NoteDelivery, PreviousKind, ReviewError, ReviewProblem
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import AccountRow, ArticleRow, OutboxRow, ReviewNoteRow, RevisionRow
from newsdesk.sync import REVIEW_NOTES_META, PushStatus, WordPressClient

SITE = "https://news.example"
V1 = '<p dir="rtl">قال المبعوث إن المحادثات ستستأنف.</p>'
V2 = '<p dir="rtl">قال المبعوث الأممي إن المحادثات ستستأنف الأسبوع المقبل.</p>'


def _json(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode())


@dataclass
class FakePostSite:
    plugin: bool = True
    posts: dict[int, dict[str, Any]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    clock: datetime = field(default_factory=lambda: datetime(2026, 11, 29, 8, 0, tzinfo=UTC))
    fail_next_update: int | None = None
    _next: int = 40

    def add(self, title: str, body: str, status: str = "pending") -> int:
        self._next += 1
        self.clock += timedelta(minutes=1)
        self.posts[self._next] = {
            "id": self._next,
            "status": status,
            "title": title,
            "content": body,
            "notes": "",
            "modified": self.clock,
            "date_gmt": None,
        }
        return self._next

    def edit(self, post_id: int, body: str) -> None:
        self.clock += timedelta(minutes=1)
        self.posts[post_id].update(content=body, modified=self.clock)

    def notes(self, post_id: int) -> list[dict[str, Any]]:
        value = self.posts[post_id]["notes"]
        return json.loads(value) if value else []

    def _item(self, post: dict[str, Any], edit: bool = True) -> dict[str, Any]:
        meta: Any = []
        if self.plugin and edit:
            meta = {REVIEW_NOTES_META: post["notes"]}
        return {
            "id": post["id"],
            "status": post["status"],
            "title": {"raw": post["title"], "rendered": post["title"]},
            "content": {"raw": post["content"], "rendered": post["content"]},
            "excerpt": {"raw": "", "rendered": ""},
            "slug": "",
            "categories": [],
            "tags": [],
            "author": 3,
            "featured_media": 0,
            "modified_gmt": post["modified"].replace(tzinfo=None).isoformat(),
            "date_gmt": post["date_gmt"],
            "link": f"{SITE}/?p={post['id']}",
            "meta": meta,
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = request.url.params["rest_route"]
        parts = route.strip("/").split("/")
        if route == "/wp/v2/posts" and request.method == "GET":
            items = [self._item(post) for post in self.posts.values()]
            if "search" in request.url.params:
                items = [i for i in items if request.url.params["search"] in i["content"]["raw"]]
            return httpx.Response(
                200, content=json.dumps(items).encode(), headers={"X-WP-TotalPages": "1"}
            )
        if route == "/wp/v2/posts" and request.method == "POST":
            body = json.loads(request.content)
            post_id = self.add(body["title"], body["content"], body.get("status", "draft"))
            return _json(201, self._item(self.posts[post_id]))
        post = self.posts.get(int(parts[-1]))
        if post is None:
            return _json(404, {"code": "rest_post_invalid_id"})
        if request.method == "GET":
            return _json(200, self._item(post))
        if self.fail_next_update:
            status, self.fail_next_update = self.fail_next_update, None
            return _json(status, {"code": "oops"})
        body = json.loads(request.content)
        self.clock += timedelta(seconds=5)
        post["modified"] = self.clock
        for key in ("title", "content"):
            if key in body:
                post[key] = body[key]
        if "status" in body:
            post["status"] = body["status"]
        if "date_gmt" in body:
            post["date_gmt"] = body["date_gmt"]
        sent = body.get("meta", {}).get(REVIEW_NOTES_META)
        if sent is not None and self.plugin:
            merged = {note["id"]: note for note in self.notes(post["id"])}
            for note in json.loads(sent):
                merged.setdefault(note["id"], note)
            post["notes"] = json.dumps(
                sorted(merged.values(), key=lambda n: (n["created_gmt"], n["id"])),
                ensure_ascii=False,
            )
        return _json(200, self._item(post))

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


@pytest.fixture
def site() -> FakePostSite:
    return FakePostSite()


@pytest.fixture
def account_id(store) -> int:
    with store.transaction() as session:
        row = AccountRow(
            site_url=SITE,
            username="editor",
            user_id=2,
            display_name="رئيسة التحرير",
            roles=["editor"],
            capabilities=["publish_posts", "edit_others_posts"],
            timezone="Asia/Damascus",
            gmt_offset=3.0,
        )
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def connect(site):
    def make(_account_id: int) -> WordPressClient:
        return WordPressClient(SITE, "editor", "x" * 24, transport=site.transport())

    return make


def _pulled(store, site, account_id, title="خبر للمراجعة", body=V1) -> tuple[int, int]:
    """Make a pending post on the site and its in-review article, as a pull leaves it."""
    post_id = site.add(title, body)
    post = site.posts[post_id]
    article_id = editing.new_draft(store)
    editing.save_article(
        store,
        article_id,
        ArticleFields(
            title=title,
            body_html=body,
            section="سياسة",
            byline=Byline.AUTHOR,
            author="سلمى حداد",
            status=ArticleStatus.IN_REVIEW,
        ),
        RevisionKind.SAVE,
    )
    with store.transaction() as session:
        row = session.get(ArticleRow, article_id)
        row.remote_id = post_id
        row.remote_status = "pending"
        row.remote_modified_gmt = post["modified"]
        row.account_id = account_id
        row.dirty = False
        row.revisions.add(
            RevisionRow(kind=RevisionKind.SYNC_BASE.value, title=title, body_html=body)
        )
    return article_id, post_id


def _outbox(store) -> list[OutboxRow]:
    with store.transaction() as session:
        return list(session.scalars(select(OutboxRow).order_by(OutboxRow.id)))


# ---------------------------------------------------------------------- queue and view


def test_queue_lists_in_review_articles_sorted_and_filtered(store, site, account_id):
    first, _ = _pulled(store, site, account_id, "الأول")
    second, _ = _pulled(store, site, account_id, "الثاني")
    other = editing.new_draft(store, "مسودة لا تراجع")
    assert [item.id for item in review.review_queue(store)] == [second, first]
    assert [item.id for item in review.review_queue(store, newest_first=False)] == [first, second]
    assert other not in [item.id for item in review.review_queue(store)]
    assert [item.id for item in review.review_queue(store, section="سياسة")] == [second, first]
    assert review.review_queue(store, section="رياضة") == []
    assert len(review.review_queue(store, author="سلمى حداد")) == 2
    assert review.review_queue(store, author="غيرها") == []
    item = review.review_queue(store)[0]
    assert (item.title, item.section, item.author, item.notes) == (
        "الثاني",
        "سياسة",
        "سلمى حداد",
        0,
    )


def test_view_compares_with_the_reviewed_version_then_the_synced_one(store, site, account_id):
    article_id, post_id = _pulled(store, site, account_id)
    view = review.review_view(store, article_id)
    assert (view.previous_kind, view.previous_html) == (PreviousKind.NONE, "")
    assert (view.timezone, view.gmt_offset) == ("Asia/Damascus", 3.0)
    review.request_changes(store, article_id, "أضف مصدراً للتصريح", "رئيسة التحرير")
    # The writer's revision comes back through a pull: new text, in review again.
    with store.transaction() as session:
        row = session.get(ArticleRow, article_id)
        row.body_html, row.status = V2, ArticleStatus.IN_REVIEW.value
    view = review.review_view(store, article_id)
    assert view.previous_kind is PreviousKind.REVIEWED
    assert view.previous_html == V1
    assert [note.body for note in view.notes] == ["أضف مصدراً للتصريح"]


def test_view_falls_back_to_the_last_synced_copy(store, site, account_id):
    article_id, _ = _pulled(store, site, account_id)
    with store.transaction() as session:
        session.get(ArticleRow, article_id).body_html = V2
    view = review.review_view(store, article_id)
    assert (view.previous_kind, view.previous_html) == (PreviousKind.SYNCED, V1)


# ---------------------------------------------------------------------- decisions


def test_request_changes_needs_a_note(store, site, account_id):
    article_id, _ = _pulled(store, site, account_id)
    with pytest.raises(ReviewError) as raised:
        review.request_changes(store, article_id, "  \n ", "رئيسة التحرير")
    assert raised.value.problem is ReviewProblem.NOTE_REQUIRED
    assert _outbox(store) == []
    assert review.review_view(store, article_id).article.status is ArticleStatus.IN_REVIEW


def test_request_changes_sends_draft_and_note_in_one_request(store, site, account_id, connect):
    article_id, post_id = _pulled(store, site, account_id)
    outcome = review.request_changes(store, article_id, "أعد صياغة المقدمة", "رئيسة التحرير")
    assert outcome.delivery is NoteDelivery.QUEUED
    assert review.review_view(store, article_id).article.status is ArticleStatus.DRAFT
    assert review.review_queue(store) == []
    site.requests.clear()
    report = review.drain_review(store, connect)
    assert report.pushed == [article_id]
    assert report.notes_local_only == []
    writes = [request for request in site.requests if request.method == "POST"]
    assert len(writes) == 1
    assert site.posts[post_id]["status"] == "draft"
    [note] = site.notes(post_id)
    assert (note["author"], note["kind"], note["body"]) == (
        "رئيسة التحرير",
        "changes_requested",
        "أعد صياغة المقدمة",
    )
    assert all(n.sent for n in review.notes(store, article_id))
    assert review.review_view(store, article_id).delivery is NoteDelivery.NONE
    assert _outbox(store)[0].state == "done"


def test_retry_after_a_lost_answer_sends_the_same_note_once(store, site, account_id, connect):
    article_id, post_id = _pulled(store, site, account_id)
    review.request_changes(store, article_id, "ملاحظة", "رئيسة التحرير")
    site.fail_next_update = 503
    assert review.drain_review(store, connect).retrying == [article_id]
    with store.transaction() as session:
        session.get(OutboxRow, _outbox(store)[0].id).next_attempt_at = None
    assert review.drain_review(store, connect).pushed == [article_id]
    assert len(site.notes(post_id)) == 1


def test_approve_publish_and_schedule(store, site, account_id, connect):
    published, pub_post = _pulled(store, site, account_id, "ينشر الآن")
    scheduled, sched_post = _pulled(store, site, account_id, "ينشر لاحقاً")
    review.approve_publish(store, published, "رئيسة التحرير")
    when = datetime(2030, 1, 2, 7, 30, tzinfo=UTC)
    review.approve_schedule(store, scheduled, when, "رئيسة التحرير", note="موافقة")
    assert review.review_view(store, scheduled).article.status is ArticleStatus.SCHEDULED
    report = review.drain_review(store, connect)
    assert sorted(report.pushed) == sorted([published, scheduled])
    assert site.posts[pub_post]["status"] == "publish"
    assert (site.posts[sched_post]["status"], site.posts[sched_post]["date_gmt"]) == (
        "future",
        "2030-01-02T07:30:00",
    )
    with store.transaction() as session:
        assert session.get(ArticleRow, scheduled).scheduled_for == when


def test_schedule_in_the_past_is_refused(store, site, account_id):
    article_id, _ = _pulled(store, site, account_id)
    with pytest.raises(ReviewError) as raised:
        review.approve_schedule(
            store, article_id, datetime(2020, 1, 1, tzinfo=UTC), "رئيسة التحرير"
        )
    assert raised.value.problem is ReviewProblem.TIME_IN_PAST


def test_deciding_twice_is_refused(store, site, account_id):
    article_id, _ = _pulled(store, site, account_id)
    review.approve_publish(store, article_id, "رئيسة التحرير")
    with pytest.raises(ReviewError) as raised:
        review.approve_publish(store, article_id, "رئيسة التحرير")
    assert raised.value.problem is ReviewProblem.NOT_IN_REVIEW


def test_site_text_changed_after_reading_is_a_conflict(store, site, account_id, connect):
    article_id, post_id = _pulled(store, site, account_id)
    review.approve_publish(store, article_id, "رئيسة التحرير")
    site.edit(post_id, V2)  # the writer changed the text after the editor read it
    report = review.drain_review(store, connect)
    assert report.conflicts == [article_id]
    assert site.posts[post_id]["status"] == "pending"
    assert [item.id for item in review.review_queue(store)] == [article_id]
    assert _outbox(store)[0].state == "conflict"


def test_site_without_plugin_keeps_notes_local_but_changes_status(store, site, account_id, connect):
    site.plugin = False
    article_id, post_id = _pulled(store, site, account_id)
    first = review.request_changes(store, article_id, "ملاحظة أولى", "رئيسة التحرير")
    assert first.delivery is NoteDelivery.QUEUED  # not known yet
    report = review.drain_review(store, connect)
    assert (report.pushed, report.notes_local_only) == ([article_id], [article_id])
    assert site.posts[post_id]["status"] == "draft"
    sent = json.loads(site.requests[-1].content)
    assert "meta" not in sent
    view = review.review_view(store, article_id)
    assert view.delivery is NoteDelivery.LOCAL_ONLY
    assert [note.sent for note in view.notes] == [False]
    assert review.notes_supported(store, SITE) is False
    # Known now: the next decision says so at once.
    second_id, _ = _pulled(store, site, account_id, "آخر")
    outcome = review.request_changes(store, second_id, "ملاحظة ثانية", "رئيسة التحرير")
    assert outcome.delivery is NoteDelivery.LOCAL_ONLY


def test_no_account_keeps_everything_local(store):
    article_id = editing.new_draft(store, "مقال محلي")
    editing.save_article(
        store,
        article_id,
        ArticleFields(title="مقال محلي", body_html=V1, status=ArticleStatus.IN_REVIEW),
        RevisionKind.SAVE,
    )
    outcome = review.request_changes(store, article_id, "ملاحظة", "رئيسة التحرير")
    assert outcome.delivery is NoteDelivery.NO_ACCOUNT
    assert _outbox(store) == []


def test_local_submission_is_pushed_first_then_published(store, site, account_id, connect):
    article_id = editing.new_draft(store, "تقديم محلي")
    editing.save_article(
        store,
        article_id,
        ArticleFields(title="تقديم محلي", body_html=V1, status=ArticleStatus.IN_REVIEW),
        RevisionKind.SAVE,
    )
    publishing.request_push(store, article_id, account_id, PushStatus.PENDING)
    assert [item.id for item in review.review_queue(store)] == [article_id]
    review.approve_publish(store, article_id, "رئيسة التحرير", note="ممتاز")
    # The review waits behind the article's own push.
    assert review.drain_review(store, connect).waiting == [article_id]
    with store.transaction() as session:
        session.execute(
            OutboxRow.__table__.update()
            .where(OutboxRow.entity_type == "article")
            .values(state="failed")
        )
    report = review.drain_review(store, connect)
    assert report.pushed == [article_id]
    [post] = site.posts.values()
    assert post["status"] == "publish"
    assert [note["body"] for note in site.notes(post["id"])] == ["ممتاز"]


def test_take_over_returns_the_id_and_records_it(store, site, account_id):
    article_id, _ = _pulled(store, site, account_id)
    assert review.take_over(store, article_id, "رئيسة التحرير") == article_id
    [note] = review.notes(store, article_id)
    assert note.kind is review.NoteKind.TAKEN_OVER


# ---------------------------------------------------------------------- pull


def test_pull_notes_brings_the_editors_note_to_the_writer(store, site, account_id):
    _, post_id = _pulled(store, site, account_id)
    article_id = review.review_queue(store)[0].id
    site.posts[post_id]["notes"] = json.dumps(
        [
            {
                "id": "n-1",
                "author": "رئيسة التحرير",
                "kind": "changes_requested",
                "body": "أضف الخلفية",
                "created_gmt": "2026-11-29T09:00:00",
            }
        ],
        ensure_ascii=False,
    )
    with WordPressClient(SITE, "author", "x" * 24, transport=site.transport()) as client:
        changes = review.pull_notes(store, client, account_id)
        assert changes.articles == {article_id}
        assert review.pull_notes(store, client, account_id).articles == set()
    [note] = review.notes(store, article_id)
    assert (note.body, note.kind, note.sent) == (
        "أضف الخلفية",
        review.NoteKind.CHANGES_REQUESTED,
        True,
    )
    with store.transaction() as session:
        assert session.scalar(select(ReviewNoteRow.remote_key)) == "n-1"
    assert review.notes_supported(store, SITE) is True
