"""The WordPress client against a real WordPress 6.1 on 127.0.0.1."""

from __future__ import annotations

import socket
import struct
import uuid
import zlib
from datetime import timedelta

import httpx
import pytest

from newsdesk.domain import Article, ErrorCode
from newsdesk.sync import PushStatus, RemoteError, WordPressClient, post_payload

pytestmark = pytest.mark.wordpress

BODY = (
    '<p dir="rtl">قال المتحدث إن 3 &lt; 5 في جدول الأعمال، وإن الحوار مستمر.</p>\n'
    '<p dir="ltr">The talks resume on Monday &amp; Tuesday.</p>\n'
    '<p dir="rtl">اقرأ أيضاً: <a href="/other/">تقرير سابق</a></p>'
)


def _article(body: str = BODY, title: str = "حوار روسي أمريكي بشأن الملف السوري") -> Article:
    return Article(id=1, uid=str(uuid.uuid4()), title=title, body_html=body, excerpt="ملخص الخبر")


def _png(width: int = 4, height: int = 3) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x20\x80\xc0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_verify_accepts_a_good_app_password(wordpress, wp_client):
    account = wp_client("editor").verify()
    assert (account.user_id, account.slug, account.site_name) == (
        wordpress.users["editor"].id,
        "editor",
        "Newsroom Test Site",
    )


def test_verify_rejects_a_bad_app_password_although_public_routes_answer(wordpress):
    bad = ("editor", "abcd efgh ijkl mnop qrst uvwx")
    public = httpx.get(
        f"{wordpress.base_url}/", params={"rest_route": "/wp/v2/posts"}, auth=bad, trust_env=False
    )
    with WordPressClient(wordpress.base_url, *bad) as client, pytest.raises(RemoteError) as caught:
        client.verify()
    assert (public.status_code, caught.value.code, caught.value.retryable) == (
        200,
        ErrorCode.AUTH_FAILED,
        False,
    )


@pytest.mark.parametrize(
    ("login", "role"),
    [
        ("admin", "administrator"),
        ("editor", "editor"),
        ("author", "author"),
        ("contributor", "contributor"),
    ],
)
def test_verify_reports_the_role_of_each_user(wp_client, login, role):
    assert wp_client(login).verify().roles == (role,)


@pytest.mark.parametrize(
    ("login", "can_publish"),
    [("editor", True), ("author", True), ("contributor", False)],
)
def test_verify_reports_the_publish_capability(wp_client, login, can_publish):
    assert wp_client(login).verify().can("publish_posts") is can_publish


def test_verify_reads_site_language_and_time_zone(wp_client):
    account = wp_client("admin").verify()
    assert (account.language, account.timezone_string, account.gmt_offset) == ("en_US", "UTC", 0)


def test_create_post_keeps_editor_content_byte_exact(wp_client):
    client = wp_client("editor")
    article = _article()
    payload = post_payload(article)
    created = client.create_post(payload)
    fetched = client.get_post(created.id)
    assert (fetched.status, fetched.title_raw, fetched.content_raw, fetched.excerpt_raw) == (
        "draft",
        article.title,
        payload["content"],
        article.excerpt,
    )


def test_create_post_keeps_author_entity_encoded_text_and_directions(wp_client):
    client = wp_client("author")
    created = client.create_post(post_payload(_article()))
    assert client.get_post(created.id).body_html == BODY


def test_create_post_by_author_loses_a_raw_less_than(wp_client):
    # WordPress's kses treats "< 5 ... >" as a tag for roles without unfiltered_html.
    client = wp_client("author")
    created = client.create_post(post_payload(_article('<p dir="rtl">3 < 5 and 7 > 2</p>')))
    assert client.get_post(created.id).body_html == '<p dir="rtl">3  2</p>'


def test_create_post_marker_is_not_rendered_for_readers(wp_client):
    client = wp_client("author")
    created = client.create_post(post_payload(_article('<p dir="rtl">نص</p>')))
    assert client.get_post(created.id).content_rendered.strip() == '<p dir="rtl">نص</p>'


def test_create_post_submits_for_review_as_pending(wp_client):
    client = wp_client("contributor")
    created = client.create_post(post_payload(_article(), status=PushStatus.PENDING))
    assert client.get_post(created.id).status == "pending"


def test_create_post_publish_by_contributor_is_forbidden(wp_client):
    payload = {**post_payload(_article()), "status": "publish"}
    with pytest.raises(RemoteError) as caught:
        wp_client("contributor").create_post(payload)
    assert (caught.value.code, caught.value.detail, caught.value.retryable) == (
        ErrorCode.FORBIDDEN,
        "rest_cannot_publish",
        False,
    )


def test_update_post_changes_content_and_records_a_revision(wp_client):
    client = wp_client("editor")
    article = _article()
    created = client.create_post(post_payload(article))
    changed = Article(
        id=1, uid=article.uid, title=article.title, body_html='<p dir="rtl">نص جديد</p>'
    )
    client.update_post(created.id, post_payload(changed))
    fetched = client.get_post(created.id)
    assert (fetched.body_html, fetched.revision_count, fetched.revision_id is not None) == (
        '<p dir="rtl">نص جديد</p>',
        1,
        True,
    )


def test_get_post_of_a_missing_id_is_not_found(wp_client):
    with pytest.raises(RemoteError) as caught:
        wp_client("editor").get_post(987654)
    assert (caught.value.code, caught.value.detail) == (
        ErrorCode.REMOTE_NOT_FOUND,
        "rest_post_invalid_id",
    )


def test_list_posts_returns_only_posts_modified_strictly_after(wp_client):
    client = wp_client("editor")
    created = client.create_post(post_payload(_article()))
    before = {p.id for p in client.list_posts(created.modified_gmt - timedelta(seconds=1))}
    at = {p.id for p in client.list_posts(created.modified_gmt)}
    assert (created.id in before, created.id in at) == (True, False)


def test_list_posts_pages_through_every_page(wp_client):
    client = wp_client("contributor")
    marker = uuid.uuid4().hex
    made = {client.create_post(post_payload(_article(title=f"{marker} {n}"))).id for n in range(5)}
    listed = client.list_posts(search=marker, per_page=2)
    assert sorted(post.id for post in listed) == sorted(made)


def test_find_post_by_marker_finds_an_earlier_draft(wordpress, wp_client):
    article = _article()
    created = wp_client("author").create_post(post_payload(article))
    user = wordpress.users["author"]
    with WordPressClient(wordpress.base_url, "author", user.app_password) as later:
        found = later.find_post_by_marker(article.uid)
    assert (found.id if found else None) == created.id


def test_find_post_by_marker_returns_none_for_an_unknown_uid(wp_client):
    assert wp_client("author").find_post_by_marker(str(uuid.uuid4())) is None


def test_ensure_category_creates_an_arabic_category_once(wp_client):
    client = wp_client("editor")
    name = f"سياسة دولية {uuid.uuid4().hex[:6]}"
    first = client.ensure_category(name)
    second = client.ensure_category(name)
    assert (second.id, second.name, first.name) == (first.id, name, name)


def test_ensure_category_by_author_is_forbidden_when_missing(wp_client):
    with pytest.raises(RemoteError) as caught:
        wp_client("author").ensure_category(f"اقتصاد {uuid.uuid4().hex[:6]}")
    assert (caught.value.code, caught.value.detail) == (ErrorCode.FORBIDDEN, "rest_cannot_create")


def test_ensure_tag_finds_a_name_with_an_ampersand(wp_client):
    client = wp_client("author")
    name = f"R&D تقنية {uuid.uuid4().hex[:6]}"
    assert client.ensure_tag(name).id == client.ensure_tag(name).id


def test_create_post_accepts_category_and_tag_ids(wp_client):
    client = wp_client("editor")
    category = client.ensure_category(f"محليات {uuid.uuid4().hex[:6]}")
    tag = client.ensure_tag(f"انتخابات {uuid.uuid4().hex[:6]}")
    created = client.create_post(post_payload(_article(), categories=[category.id], tags=[tag.id]))
    fetched = client.get_post(created.id)
    assert (fetched.categories, fetched.tags) == ((category.id,), (tag.id,))


def test_upload_media_keeps_the_alt_text(wp_client, tmp_path):
    image = tmp_path / "صورة-الخبر.png"
    image.write_bytes(_png())
    media = wp_client("author").upload_media(image, "وزيرا الخارجية في جنيف")
    assert (media.mime_type, media.alt_text) == ("image/png", "وزيرا الخارجية في جنيف")


def test_upload_media_becomes_the_featured_image(wp_client, tmp_path):
    client = wp_client("author")
    image = tmp_path / "photo.png"
    image.write_bytes(_png())
    media = client.upload_media(image, "صورة")
    created = client.create_post(post_payload(_article(), featured_media=media.id))
    assert client.get_post(created.id).featured_media == media.id


def test_upload_media_of_a_non_image_is_rejected_permanently(wp_client, tmp_path):
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"not an image at all")
    with pytest.raises(RemoteError) as caught:
        wp_client("author").upload_media(fake, "x")
    assert (caught.value.code, caught.value.retryable) == (ErrorCode.REMOTE_REJECTED, False)


def test_list_users_in_edit_context_gives_every_role(wp_client):
    users = wp_client("admin").list_users(context="edit")
    assert sorted(role for user in users for role in user.roles) == [
        "administrator",
        "author",
        "contributor",
        "editor",
    ]


def test_connection_refused_on_a_closed_port_is_retryable():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port once the probe is closed.
    client = WordPressClient(f"http://127.0.0.1:{port}", "editor", "x")
    with client, pytest.raises(RemoteError) as caught:
        client.verify()
    assert (caught.value.code, caught.value.retryable) == (ErrorCode.SERVER_UNREACHABLE, True)
