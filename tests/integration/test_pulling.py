"""Pulling sections, tags, authors and posts from a real WordPress, on both store backends.

The site is shared by the whole session and other tests leave posts on it, so every check
looks only at the posts, terms and users a test made itself.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import func, select

from newsdesk.domain import ArticleStatus, Byline, ErrorCode, NewsdeskError, RevisionKind
from newsdesk.services import editing, publishing, pulling
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import ArticleRow, AuthorRow, SectionRow, SyncCursorRow, TagRow
from newsdesk.sync import CredentialStore, PushStatus, WordPressClient, add_marker
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

BODY = '<p dir="rtl">قال المبعوث إن المحادثات ستُستأنف الأسبوع المقبل.</p>'


def _account(store, wordpress, login: str = "editor") -> publishing.SiteAccount:
    """Add one of the site's users as an account (its password in an in-memory keyring)."""
    credentials = CredentialStore(MemoryKeyring(), environ={})
    password = wordpress.users[login].app_password
    with WordPressClient(wordpress.base_url, login, password) as client:
        return publishing.add_account(store, credentials, client, password)


def _create(client: WordPressClient, title: str, body: str = BODY, **extra):
    return client.create_post({"title": title, "content": body, "status": "draft", **extra})


def _row(store, remote_id: int) -> dict:
    """Return the sync columns and relations of the one article holding a post."""
    with store.transaction() as session:
        rows = session.scalars(select(ArticleRow).where(ArticleRow.remote_id == remote_id)).all()
        assert len(rows) == 1, f"{len(rows)} articles hold post {remote_id}"
        row = rows[0]
        return {
            "id": row.id,
            "uid": row.uid,
            "title": row.title,
            "body_html": row.body_html,
            "status": row.status,
            "section": row.section.name if row.section else None,
            "tags": sorted(tag.name for tag in row.tags),
            "byline": row.byline,
            "author_remote_id": row.author.remote_id if row.author else None,
            "dirty": row.dirty,
            "conflict": row.conflict,
            "base_revision_id": row.base_revision_id,
            "remote_status": row.remote_status,
            "remote_modified_gmt": row.remote_modified_gmt,
            "remote_revision_id": row.remote_revision_id,
        }


def _kinds(store, article_id: int) -> list[RevisionKind]:
    return [revision.kind for revision in editing.list_revisions(store, article_id)]


def _set_description(wordpress, login: str, description: str) -> None:
    """Write a user's biographical info on the site (the client has no call for it)."""
    user = wordpress.users[login]
    response = httpx.post(
        f"{wordpress.base_url}/?rest_route=/wp/v2/users/me",
        auth=(login, user.app_password),
        json={"description": description},
    )
    assert response.status_code == 200


def test_pull_all_brings_a_site_post_with_section_tags_and_status(store, wordpress, wp_client):
    account = _account(store, wordpress)
    client = wp_client("editor")
    category = client.ensure_category("شؤون عربية")
    tags = [client.ensure_tag("مفاوضات"), client.ensure_tag("جنيف")]
    post = _create(
        client,
        "استئناف المحادثات في جنيف",
        status="publish",
        categories=[category.id],
        tags=[tag.id for tag in tags],
    )
    report = pulling.pull_all(store, client, account.id)
    row = _row(store, post.id)
    assert row["id"] in report.created
    assert (row["title"], row["section"], row["tags"], row["status"]) == (
        "استئناف المحادثات في جنيف",
        "شؤون عربية",
        ["جنيف", "مفاوضات"],
        ArticleStatus.PUBLISHED.value,
    )
    assert row["body_html"] == BODY
    assert (row["dirty"], row["conflict"], row["remote_status"]) == (False, False, "publish")
    assert row["remote_modified_gmt"] == post.modified_gmt
    assert _kinds(store, row["id"]) == [RevisionKind.SYNC_BASE]
    assert row["base_revision_id"] == editing.list_revisions(store, row["id"])[0].id
    # The editor is a known author after pull_all, so the byline is theirs.
    assert (row["byline"], row["author_remote_id"]) == (
        Byline.AUTHOR.value,
        wordpress.users["editor"].id,
    )


def test_pull_posts_again_with_nothing_changed_creates_and_updates_nothing(
    store, wordpress, wp_client, monkeypatch
):
    account = _account(store, wordpress)
    client = wp_client("editor")
    post = _create(client, "خبر لا يتغير")
    first = pulling.pull_all(store, client, account.id)
    assert _row(store, post.id)["id"] in first.created
    newest = max(client.list_posts(status="any"), key=lambda item: item.modified_gmt)
    asked = []
    list_posts = client.list_posts

    def spy(*args, **kwargs):
        asked.append((kwargs["status"], kwargs["modified_after"]))
        return list_posts(*args, **kwargs)

    monkeypatch.setattr(client, "list_posts", spy)
    second = pulling.pull_posts(store, client, account.id)
    assert (second.created, second.updated, second.conflicts) == ([], [], [])
    # Only from one second before the newest change seen, not the whole site again.
    assert ("any", newest.modified_gmt - pulling.CURSOR_OVERLAP) in asked
    with store.transaction() as session:
        cursor = session.scalar(
            select(SyncCursorRow.value).where(
                SyncCursorRow.site == client.site_url,
                SyncCursorRow.resource == f"posts:{account.id}",
            )
        )
    assert cursor == newest.modified_gmt.isoformat()


def test_pull_posts_updates_a_clean_article_edited_on_the_site(store, wordpress, wp_client):
    account = _account(store, wordpress)
    client = wp_client("editor")
    post = _create(client, "نسخة الموقع الأولى")
    pulling.pull_all(store, client, account.id)
    edited = client.update_post(
        post.id, {"title": "نسخة الموقع الثانية", "content": '<p dir="rtl">نص جديد</p>'}
    )
    report = pulling.pull_posts(store, client, account.id)
    row = _row(store, post.id)
    assert report.updated == [row["id"]]
    assert (row["title"], row["body_html"], row["dirty"]) == (
        "نسخة الموقع الثانية",
        '<p dir="rtl">نص جديد</p>',
        False,
    )
    assert (row["remote_modified_gmt"], row["remote_revision_id"]) == (
        edited.modified_gmt,
        edited.revision_id,
    )
    revisions = editing.list_revisions(store, row["id"])
    assert [revision.kind for revision in revisions] == [RevisionKind.SYNC_BASE] * 2
    assert (row["base_revision_id"], revisions[0].title) == (revisions[0].id, "نسخة الموقع الثانية")


def test_pull_posts_makes_a_conflict_of_a_site_edit_under_local_edits(store, wordpress, wp_client):
    account = _account(store, wordpress)
    client = wp_client("editor")
    post = _create(client, "خبر يتنازعه اثنان")
    pulling.pull_all(store, client, account.id)
    article_id = _row(store, post.id)["id"]
    mine = ArticleFields(title="خبر يتنازعه اثنان", body_html='<p dir="rtl">نسختي المحلية</p>')
    editing.save_article(store, article_id, mine, RevisionKind.SAVE)
    client.update_post(post.id, {"content": '<p dir="rtl">نسخة زميل على الموقع</p>'})
    report = pulling.pull_posts(store, client, account.id)
    row = _row(store, post.id)
    assert report.conflicts == [article_id]
    assert (row["body_html"], row["dirty"], row["conflict"]) == (
        '<p dir="rtl">نسختي المحلية</p>',
        True,
        True,
    )
    theirs = editing.list_revisions(store, article_id)[0]
    assert (theirs.kind, theirs.body_html) == (
        RevisionKind.THEIRS,
        '<p dir="rtl">نسخة زميل على الموقع</p>',
    )
    # Pulling again keeps one copy of theirs, and a push still refuses to overwrite it.
    again = pulling.pull_posts(store, client, account.id)
    assert (again.conflicts, _kinds(store, article_id).count(RevisionKind.THEIRS)) == ([], 1)
    with pytest.raises(publishing.SyncConflict):
        publishing.push_article(store, client, article_id, account.id)
    assert "نسخة زميل" in client.get_post(post.id).content_raw


def test_pull_posts_matches_a_pushed_article_without_a_duplicate(store, wordpress, wp_client):
    account = _account(store, wordpress)
    client = wp_client("editor")
    article_id = editing.new_draft(store)
    fields = ArticleFields(title="خبر دفعناه", body_html=BODY, section="اقتصاد")
    editing.save_article(store, article_id, fields, RevisionKind.SAVE)
    publishing.push_article(store, client, article_id, account.id, PushStatus.PENDING)
    remote_id = publishing.article_sync_state(store, article_id)[0]
    report = pulling.pull_all(store, client, account.id)
    assert _row(store, remote_id)["id"] == article_id
    assert article_id in report.unchanged
    assert article_id not in report.created + report.updated


def test_pull_posts_binds_the_post_of_a_lost_create_to_its_article(store, wordpress, wp_client):
    account = _account(store, wordpress)
    client = wp_client("editor")
    article_id = editing.new_draft(store)
    fields = ArticleFields(title="إنشاء ضاع رده", body_html=BODY)
    editing.save_article(store, article_id, fields, RevisionKind.SAVE)
    with store.transaction() as session:
        uid = session.get(ArticleRow, article_id).uid
    # The create reached the site, but its answer never came back.
    post = _create(client, "إنشاء ضاع رده", add_marker(BODY, uid))
    report = pulling.pull_posts(store, client, account.id)
    row = _row(store, post.id)
    assert (row["id"], row["uid"], row["conflict"]) == (article_id, uid, False)
    assert article_id in report.updated
    assert report.created.count(article_id) == 0
    with store.transaction() as session:
        count = session.scalar(select(func.count()).where(ArticleRow.uid == uid))
    assert count == 1


def test_pull_posts_keeps_the_marker_of_a_new_post_as_its_uid(store, wordpress, wp_client):
    account = _account(store, wordpress)
    client = wp_client("editor")
    uid = str(uuid.uuid4())
    post = _create(client, "منشور من نسخة أخرى", add_marker(BODY, uid))
    pulling.pull_posts(store, client, account.id)
    row = _row(store, post.id)
    assert (row["uid"], row["body_html"]) == (uid, BODY)


@pytest.mark.parametrize("login", ["contributor", "author"])
def test_pull_posts_brings_posts_pending_review_to_the_editor(store, wordpress, wp_client, login):
    account = _account(store, wordpress)
    submitted = _create(wp_client(login), f"مادة من {login} للمراجعة", status="pending")
    pulling.pull_all(store, wp_client("editor"), account.id)
    row = _row(store, submitted.id)
    assert (row["status"], row["remote_status"]) == (ArticleStatus.IN_REVIEW.value, "pending")
    assert row["author_remote_id"] == wordpress.users[login].id


def test_pull_posts_as_author_then_editor_still_brings_pending_posts(store, wordpress, wp_client):
    author = _account(store, wordpress, "author")
    editor = _account(store, wordpress, "editor")
    submitted = _create(wp_client("contributor"), "مسودة لا يراها الكاتب", status="pending")
    pulling.pull_posts(store, wp_client("author"), author.id)
    with store.transaction() as session:
        seen_by_author = session.scalar(
            select(func.count()).where(ArticleRow.remote_id == submitted.id)
        )
    assert seen_by_author == 0
    pulling.pull_posts(store, wp_client("editor"), editor.id)
    assert _row(store, submitted.id)["status"] == ArticleStatus.IN_REVIEW.value


def test_pull_posts_marks_an_article_trashed_on_the_site_as_trashed(store, wordpress, wp_client):
    account = _account(store, wordpress)
    client = wp_client("editor")
    post = _create(client, "خبر سيحذف")
    pulling.pull_posts(store, client, account.id)
    response = httpx.delete(
        f"{wordpress.base_url}/?rest_route=/wp/v2/posts/{post.id}",
        auth=("editor", wordpress.users["editor"].app_password),
    )
    assert response.json()["status"] == "trash"
    report = pulling.pull_posts(store, client, account.id)
    row = _row(store, post.id)
    assert report.updated == [row["id"]]
    assert (row["status"], row["remote_status"]) == (ArticleStatus.TRASHED.value, "trash")


def test_pull_posts_of_an_unknown_account_is_not_found(store, wp_client):
    with pytest.raises(NewsdeskError) as raised:
        pulling.pull_posts(store, wp_client("editor"), 999)
    assert raised.value.code is ErrorCode.NOT_FOUND


def test_pull_terms_links_a_local_section_by_name_and_adds_the_others(store, wp_client):
    client = wp_client("editor")
    category = client.ensure_category("رياضة")
    tag = client.ensure_tag("كأس الشروق")
    article_id = editing.new_draft(store)
    fields = ArticleFields(title="مباراة", body_html=BODY, section="رياضة")
    editing.save_article(store, article_id, fields, RevisionKind.SAVE)
    changes = pulling.pull_terms(store, client)
    with store.transaction() as session:
        sections = session.scalars(select(SectionRow).where(SectionRow.name == "رياضة")).all()
        tags = session.scalars(select(TagRow).where(TagRow.name == "كأس الشروق")).all()
        assert [(row.remote_id, row.slug) for row in sections] == [(category.id, category.slug)]
        assert [row.remote_id for row in tags] == [tag.id]
    assert changes.structure is True
    assert pulling.pull_terms(store, client).structure is False


def test_pull_users_makes_authors_of_the_site_writers(store, wordpress, wp_client):
    changes = pulling.pull_users(store, wp_client("editor"))
    with store.transaction() as session:
        linked = {row.remote_id: row.name for row in session.scalars(select(AuthorRow))}
    for login in ("editor", "author", "contributor"):
        assert linked[wordpress.users[login].id] == login.capitalize()
    assert len(changes.authors) == len(linked)
    assert pulling.pull_users(store, wp_client("editor")).authors == set()


def test_pull_users_keeps_a_local_profile_and_its_bio(store, wordpress, wp_client):
    _set_description(wordpress, "contributor", "Contributor on the test site")
    with store.transaction() as session:
        session.add(
            AuthorRow(
                name="مساهم",
                name_latin="Contributor",
                bio="سيرة كتبتها غرفة الأخبار",
                bio_en="Written by the newsroom",
            )
        )
    pulling.pull_users(store, wp_client("editor"))
    with store.transaction() as session:
        row = session.scalar(
            select(AuthorRow).where(AuthorRow.remote_id == wordpress.users["contributor"].id)
        )
        assert (row.name, row.name_latin, row.bio, row.bio_en) == (
            "مساهم",
            "Contributor",
            "سيرة كتبتها غرفة الأخبار",
            "Written by the newsroom",
        )


def test_pull_users_fills_an_empty_local_bio_from_the_site(store, wordpress, wp_client):
    _set_description(wordpress, "author", "كاتب في الموقع التجريبي")
    with store.transaction() as session:
        session.add(AuthorRow(name="Author", job_title="محرر اقتصادي"))
    pulling.pull_users(store, wp_client("editor"))
    with store.transaction() as session:
        row = session.scalar(
            select(AuthorRow).where(AuthorRow.remote_id == wordpress.users["author"].id)
        )
        assert (row.name, row.job_title, row.bio) == (
            "Author",
            "محرر اقتصادي",
            "كاتب في الموقع التجريبي",
        )


def test_pull_users_lets_the_site_own_the_bio_of_a_profile_it_made(store, wordpress, wp_client):
    _set_description(wordpress, "author", "السيرة الأولى")
    pulling.pull_users(store, wp_client("editor"))
    _set_description(wordpress, "author", "السيرة بعد تعديلها على الموقع")
    changes = pulling.pull_users(store, wp_client("editor"))
    with store.transaction() as session:
        row = session.scalar(
            select(AuthorRow).where(AuthorRow.remote_id == wordpress.users["author"].id)
        )
        assert (row.bio, changes.authors) == ("السيرة بعد تعديلها على الموقع", {row.id})
