"""Reading WordPress JSON into dataclasses, and refusing wrong shapes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.domain import ErrorCode
from newsdesk.sync import RemoteError
from newsdesk.sync.mapping import (
    parse_account,
    parse_gmt,
    parse_media,
    parse_post,
    parse_posts,
    parse_term,
    parse_user,
)
from tests.sync import samples


def test_parse_post_reads_the_raw_texts():
    post = parse_post(samples.post())
    assert (post.title_raw, post.content_raw, post.excerpt_raw) == (
        "حوار روسي",
        samples.MARKED_CONTENT,
        "ملخص",
    )


def test_parse_post_reads_modified_gmt_as_aware_utc():
    assert parse_post(samples.post()).modified_gmt == datetime(2026, 11, 29, 18, 40, 2, tzinfo=UTC)


def test_parse_post_reads_the_newest_revision_from_links():
    post = parse_post(samples.post())
    assert (post.revision_id, post.revision_count) == (44, 2)


def test_parse_post_without_revisions_has_no_revision_id():
    links = {"version-history": [{"count": 0, "href": "x"}]}
    post = parse_post(samples.post(_links=links))
    assert (post.revision_id, post.revision_count) == (None, 0)


def test_parse_post_decodes_the_percent_encoded_slug():
    assert parse_post(samples.post()).slug == "حوار-روسي"


def test_parse_post_reads_terms_author_and_featured_media():
    post = parse_post(samples.post())
    assert (post.categories, post.tags, post.author, post.featured_media) == ((2, 5), (9,), 3, 7)


def test_parse_post_splits_off_the_marker():
    post = parse_post(samples.post())
    assert (post.marker, post.body_html) == (
        "45fd3a22-02bb-43f7-81cb-36b061a54710",
        '<p dir="rtl">مرحبا 3 &lt; 5</p>',
    )


def test_parse_post_in_view_context_has_no_raw_texts():
    view = samples.post(
        title={"rendered": "حوار"},
        content={"rendered": "<p>x</p>", "protected": False},
        excerpt={"rendered": ""},
    )
    post = parse_post(view)
    assert (post.raw, post.content_raw, post.content_rendered) == (False, "", "<p>x</p>")


@pytest.mark.parametrize(
    ("changes", "detail"),
    [
        ({"id": "42"}, "post.id"),
        ({"id": True}, "post.id"),
        ({"status": None}, "post.status"),
        ({"title": "حوار"}, "post.title"),
        ({"content": {"raw": 5, "rendered": ""}}, "post.content.raw"),
        ({"categories": ["2"]}, "post.categories"),
        ({"modified_gmt": "yesterday"}, "post.modified_gmt"),
        ({"modified_gmt": None}, "post.modified_gmt"),
    ],
)
def test_parse_post_refuses_a_wrong_shape(changes, detail):
    with pytest.raises(RemoteError) as caught:
        parse_post(samples.post(**changes))
    assert (caught.value.code, caught.value.detail) == (ErrorCode.SERVER_NONSENSE, detail)


def test_parse_posts_refuses_an_object_instead_of_a_list():
    with pytest.raises(RemoteError) as caught:
        parse_posts({"id": 1})
    assert caught.value.code is ErrorCode.SERVER_NONSENSE


def test_parse_gmt_converts_an_offset_to_utc():
    assert parse_gmt("2026-11-29T21:39:45+03:00", "x") == datetime(
        2026, 11, 29, 18, 39, 45, tzinfo=UTC
    )


def test_parse_term_unescapes_the_stored_name():
    term = parse_term(
        {"id": 3, "name": "أخبار &amp; تحليلات", "slug": "%d8%a3-1", "taxonomy": "category"},
        "category",
    )
    assert (term.name, term.slug, term.parent) == ("أخبار & تحليلات", "أ-1", 0)


def test_parse_media_reads_alt_text():
    media = parse_media(
        {"id": 6, "source_url": "http://x/a.png", "mime_type": "image/png", "alt_text": "نص"}
    )
    assert (media.id, media.alt_text) == (6, "نص")


def test_parse_user_without_roles_in_view_context():
    assert parse_user({"id": 3, "name": "Author", "slug": "author"}).roles == ()


def test_parse_account_keeps_only_granted_capabilities():
    me = {**samples.ME, "capabilities": {"publish_posts": True, "edit_users": False}}
    assert parse_account(me, samples.INDEX).capabilities == frozenset({"publish_posts"})


def test_parse_account_reads_the_site_from_the_index():
    account = parse_account(samples.ME, samples.INDEX)
    assert (account.site_name, account.timezone_string, account.gmt_offset) == (
        "موقع الأخبار",
        "Asia/Damascus",
        3.0,
    )


def test_parse_account_falls_back_to_the_user_locale_for_language():
    assert parse_account(samples.ME, samples.INDEX).language == "ar"


def test_parse_account_prefers_the_site_language_when_known():
    assert parse_account(samples.ME, samples.INDEX, "en_US").language == "en_US"


def test_parse_account_reads_a_fractional_offset_given_as_text():
    assert parse_account(samples.ME, {**samples.INDEX, "gmt_offset": "5.5"}).gmt_offset == 5.5


def test_parse_account_refuses_an_anonymous_user():
    with pytest.raises(RemoteError) as caught:
        parse_account({**samples.ME, "id": 0}, samples.INDEX)
    assert (caught.value.code, caught.value.detail) == (ErrorCode.SERVER_NONSENSE, "me.id")
