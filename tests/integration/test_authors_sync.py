"""Author profiles to and from a real WordPress, on both store backends.

The site is shared by the whole session and other tests find its users by their display
names, so every profile a test changes is put back afterwards (by the administrator).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.services import authors, pulling
from newsdesk.services.authors import ProfileFields
from newsdesk.store.schema import AuthorRow

pytestmark = pytest.mark.wordpress

PROFILE = ProfileFields(
    name="كاتب الموقع التجريبي",
    name_latin="Test Site Author",
    job_title="محرر الشؤون الاقتصادية",
    bio="يكتب عن الأسواق والطاقة منذ عشر سنوات.",
    bio_en="Has written about markets and energy for ten years.",
    email="writer@example.org",
    website="https://writer.example.org/about",
    social_links=("https://x.com/writer", "https://mastodon.social/@writer"),
)


@pytest.fixture
def site_users(wordpress, wp_client):
    """Yield {login: user id}; put every user's name, bio and website back afterwards."""
    admin = wp_client("admin")
    before = {user.id: user for user in admin.list_users(context="edit")}
    yield {login: user.id for login, user in wordpress.users.items()}
    for user in admin.list_users(context="edit"):
        old = before.get(user.id)
        if old is not None and (user.name, user.description, user.url) != (
            old.name,
            old.description,
            old.url,
        ):
            admin.update_user(
                user.id, {"name": old.name, "description": old.description, "url": old.url}
            )


def _linked(store, remote_id: int, name: str) -> int:
    with store.transaction() as session:
        row = AuthorRow(name=name, remote_id=remote_id)
        session.add(row)
        session.flush()
        return row.id


def _on_site(wp_client, user_id: int):
    users = {user.id: user for user in wp_client("admin").list_users(context="edit")}
    return users[user_id]


def test_author_account_updates_its_own_profile(store, site_users, wp_client):
    author_id = _linked(store, site_users["author"], "Author")
    authors.save_author(store, author_id, PROFILE)
    pushed = authors.push_profile(store, wp_client("author"), author_id)
    user = _on_site(wp_client, site_users["author"])
    assert (pushed.own_profile, pushed.differences) == (True, ())
    assert (user.name, user.description, user.url) == (PROFILE.name, PROFILE.bio, PROFILE.website)


def test_admin_updates_another_users_profile(store, site_users, wp_client):
    author_id = _linked(store, site_users["contributor"], "Contributor")
    fields = replace(PROFILE, name="مساهم في الموقع", website="https://contributor.example")
    authors.save_author(store, author_id, fields)
    pushed = authors.push_profile(store, wp_client("admin"), author_id)
    user = _on_site(wp_client, site_users["contributor"])
    assert pushed.own_profile is False
    assert (user.name, user.description, user.url) == (
        "مساهم في الموقع",
        PROFILE.bio,
        "https://contributor.example",
    )


def test_author_account_cannot_update_another_users_profile(store, site_users, wp_client):
    author_id = _linked(store, site_users["contributor"], "Contributor")
    authors.save_author(store, author_id, replace(PROFILE, name="مساهم آخر"))
    with pytest.raises(NewsdeskError) as error:
        authors.push_profile(store, wp_client("author"), author_id)
    assert error.value.code is ErrorCode.FORBIDDEN
    assert _on_site(wp_client, site_users["contributor"]).name == "Contributor"


def test_pull_after_push_keeps_the_local_only_fields(store, site_users, wp_client):
    author_id = _linked(store, site_users["author"], "Author")
    authors.save_author(store, author_id, PROFILE)
    authors.push_profile(store, wp_client("author"), author_id)
    pulling.pull_users(store, wp_client("editor"))
    profile = authors.get_author(store, author_id)
    assert profile.fields() == PROFILE
    assert profile.remote_id == site_users["author"]


def test_profile_that_follows_the_site_comes_back_from_a_pull_as_pushed(
    store, site_users, wp_client
):
    author_id = _linked(store, site_users["author"], "Author")
    authors.save_author(store, author_id, ProfileFields(name="كاتب", bio="سيرة من غرفة الأخبار"))
    authors.push_profile(store, wp_client("author"), author_id)
    # Another newsroom machine, with an empty store, pulls the same user.
    with store.transaction() as session:
        session.delete(session.get(AuthorRow, author_id))
    pulling.pull_users(store, wp_client("editor"))
    with store.transaction() as session:
        row = session.query(AuthorRow).filter_by(remote_id=site_users["author"]).one()
        assert (row.name, row.bio) == ("كاتب", "سيرة من غرفة الأخبار")
