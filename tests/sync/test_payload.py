"""Building the REST body of a post from an article, and the client marker."""

from __future__ import annotations

import pytest

from newsdesk.domain import Article
from newsdesk.sync import PushStatus, add_marker, marker_comment, post_payload, split_marker

UID = "0b5e4c1a-8d2f-4f7e-9a61-3c2d1e0f9a8b"
MARKER = '<!-- wp:newsdesk/marker {"uid":"0b5e4c1a-8d2f-4f7e-9a61-3c2d1e0f9a8b"} /-->'
BODY = '<p dir="rtl">قال 3 &lt; 5</p>\n<p dir="ltr">Text</p>'


def _article(**changes) -> Article:
    fields = {"id": 1, "uid": UID, "title": "عنوان", "body_html": BODY, "excerpt": "ملخص"}
    return Article(**{**fields, **changes})


def test_post_payload_carries_title_excerpt_and_status():
    payload = post_payload(_article())
    assert (payload["title"], payload["excerpt"], payload["status"]) == ("عنوان", "ملخص", "draft")


def test_post_payload_content_is_the_marker_line_then_the_body():
    assert post_payload(_article())["content"] == f"{MARKER}\n{BODY}"


def test_post_payload_submits_for_review_as_pending():
    assert post_payload(_article(), status=PushStatus.PENDING)["status"] == "pending"


def test_post_payload_refuses_a_status_other_than_draft_or_pending():
    with pytest.raises(ValueError, match="publish"):
        post_payload(_article(), status="publish")


def test_post_payload_leaves_out_an_empty_slug():
    assert "slug" not in post_payload(_article())


def test_post_payload_sends_an_arabic_slug_as_is():
    assert post_payload(_article(slug="حوار-روسي"))["slug"] == "حوار-روسي"


def test_post_payload_carries_term_ids():
    payload = post_payload(_article(), categories=[2], tags=(9, 11))
    assert (payload["categories"], payload["tags"]) == ([2], [9, 11])


def test_post_payload_without_featured_media_leaves_the_server_value():
    assert "featured_media" not in post_payload(_article())


def test_post_payload_featured_media_zero_removes_the_image():
    assert post_payload(_article(), featured_media=0)["featured_media"] == 0


def test_post_payload_carries_an_author_when_given():
    assert post_payload(_article(), author=3)["author"] == 3


def test_marker_comment_refuses_a_uid_that_search_could_not_find():
    with pytest.raises(ValueError, match="uid"):
        marker_comment("a b")


def test_split_marker_without_a_marker_keeps_the_content():
    assert split_marker(BODY) == (None, BODY)


def test_split_marker_finds_a_marker_an_editor_moved():
    assert split_marker(f'<p dir="rtl">أ</p>\n{MARKER}\n<p dir="rtl">ب</p>') == (
        UID,
        '<p dir="rtl">أ</p>\n<p dir="rtl">ب</p>',
    )


def test_add_marker_replaces_an_existing_marker():
    assert add_marker(f"{MARKER}\n{BODY}", UID) == f"{MARKER}\n{BODY}"
