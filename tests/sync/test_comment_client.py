"""The client's comment routes: status mapping, refusals before sending, paging, parsing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from newsdesk.domain import CommentStatus, ErrorCode, NewsdeskError
from newsdesk.sync import RemoteError, WordPressClient, comment_status, comment_status_value
from newsdesk.sync.mapping import parse_comment
from tests.sync.fake_comments import SITE, FakeCommentSite


def _client(site: FakeCommentSite) -> WordPressClient:
    return WordPressClient(SITE, "editor", "x" * 24, transport=site.transport())


def test_status_values_sent_are_the_four_wordpress_acts_on():
    assert {status: comment_status_value(status) for status in CommentStatus} == {
        CommentStatus.APPROVED: "approve",
        CommentStatus.HOLD: "hold",
        CommentStatus.SPAM: "spam",
        CommentStatus.TRASH: "trash",
    }


@pytest.mark.parametrize(
    "value", ["approve", "bogus", "unspam", "untrash", "1", "0", "all", "any", "post-trashed", ""]
)
def test_any_other_status_is_refused_before_sending(value):
    site = FakeCommentSite()
    comment_id = site.add(1, "نص")
    with _client(site) as client:
        for call in (
            lambda: client.update_comment(comment_id, {"status": value}),
            lambda: client.list_comments(value),
            lambda: client.list_comment_ids(value),
        ):
            with pytest.raises(NewsdeskError) as caught:
                call()
            assert caught.value.code is ErrorCode.BAD_COMMENT_STATUS
    assert site.requests == []


def test_response_statuses_read_back():
    assert comment_status("approved") is CommentStatus.APPROVED
    assert comment_status("approve") is None
    assert comment_status("post-trashed") is None


def test_list_filter_says_approve_and_pages_by_100_in_edit_context():
    site = FakeCommentSite()
    for number in range(205):
        site.add(1, f"تعليق {number}", "approved")
    site.add(1, "معلق", "hold")
    with _client(site) as client:
        approved = client.list_comments(CommentStatus.APPROVED)
    assert len(approved) == 205
    assert {comment.status for comment in approved} == {"approved"}
    queries = site.listing_params()
    assert [query["page"] for query in queries] == ["1", "2", "3"]
    assert {(q["status"], q["per_page"], q["context"]) for q in queries} == {
        ("approve", "100", "edit")
    }


def test_list_after_is_sent_in_utc_and_is_strict():
    site = FakeCommentSite()
    first = site.add(1, "أول", date_gmt=datetime(2026, 11, 29, 8, 0, 0, tzinfo=UTC))
    second = site.add(1, "ثان", date_gmt=datetime(2026, 11, 29, 8, 0, 1, tzinfo=UTC))
    damascus = timezone(timedelta(hours=3))
    with _client(site) as client:
        found = client.list_comments("hold", after=datetime(2026, 11, 29, 11, 0, tzinfo=damascus))
        with pytest.raises(ValueError, match="aware"):
            client.list_comments("hold", after=datetime(2026, 11, 29))
    assert [comment.id for comment in found] == [second]
    assert first not in [comment.id for comment in found]
    assert site.listing_params()[0]["after"] == "2026-11-29T08:00:00Z"


def test_list_ids_asks_only_for_ids():
    site = FakeCommentSite()
    ids = [site.add(1, "x", "spam") for _ in range(3)]
    with _client(site) as client:
        assert client.list_comment_ids(CommentStatus.SPAM) == ids
    assert site.listing_params()[0]["_fields"] == "id"


def test_update_comment_sends_only_status_and_content():
    site = FakeCommentSite()
    comment_id = site.add(1, "نص", "hold")
    with _client(site) as client:
        answer = client.update_comment(comment_id, {"status": CommentStatus.APPROVED})
        with pytest.raises(ValueError, match="author_name"):
            client.update_comment(comment_id, {"author_name": "x"})
    assert answer.status == "approved"
    assert site.writes() == [(f"/wp/v2/comments/{comment_id}", {"status": "approve"})]


def test_create_comment_sends_post_parent_and_content():
    site = FakeCommentSite()
    parent = site.add(7, "سؤال", "approved")
    with _client(site) as client:
        created = client.create_comment(7, parent, "جواب")
    assert (created.post, created.parent, created.author) == (7, parent, site.user_id)
    assert site.writes() == [("/wp/v2/comments", {"post": 7, "parent": parent, "content": "جواب"})]


def test_post_titles_are_fetched_in_bulk():
    site = FakeCommentSite(posts={number: f"مقال {number}" for number in range(1, 151)})
    with _client(site) as client:
        titles = client.post_titles(range(1, 152))
    assert len(titles) == 150
    assert titles[3] == "مقال 3"
    posts_requests = [
        request for request in site.requests if request.url.params["rest_route"] == "/wp/v2/posts"
    ]
    assert len(posts_requests) == 2
    assert len(posts_requests[0].url.params["include"].split(",")) == 100


def test_parse_comment_cleans_what_no_store_can_hold():
    site = FakeCommentSite()
    comment_id = site.add(1, "a\x00b", author_name="x\ud800y")
    comment = parse_comment(json.loads(json.dumps(site.comments[comment_id])))
    assert comment.content_raw == "a\ufffdb"
    assert comment.author_name == "x\ufffdy"


def test_parse_comment_refuses_a_malformed_answer():
    with pytest.raises(RemoteError) as caught:
        parse_comment({"id": 1, "post": "x"})
    assert caught.value.code is ErrorCode.SERVER_NONSENSE


def test_get_comment_not_found_is_permanent():
    site = FakeCommentSite()
    with _client(site) as client, pytest.raises(RemoteError) as caught:
        client.get_comment(404)
    assert (caught.value.code, caught.value.retryable) == (ErrorCode.REMOTE_NOT_FOUND, False)


def test_duplicate_reply_is_rejected_with_wordpress_code():
    site = FakeCommentSite()
    parent = site.add(7, "سؤال", "approved")
    with _client(site) as client:
        client.create_comment(7, parent, "جواب")
        with pytest.raises(RemoteError) as caught:
            client.create_comment(7, parent, "جواب")
    assert (caught.value.code, caught.value.detail) == (
        ErrorCode.REMOTE_REJECTED,
        "comment_duplicate",
    )


def test_fake_site_ignores_unknown_status_like_wordpress():
    # The behaviour that makes the refusal above necessary (checked on the real site too).
    site = FakeCommentSite()
    comment_id = site.add(1, "نص", "hold")
    transport = site.transport()
    with httpx.Client(transport=transport) as raw:
        answer = raw.post(
            f"{SITE}/", params={"rest_route": f"/wp/v2/comments/{comment_id}"}, json={"status": "x"}
        )
    assert (answer.status_code, answer.json()["status"]) == (200, "hold")
