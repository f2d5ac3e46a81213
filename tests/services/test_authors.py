"""Author profiles on both store backends: editing, validation, avatars, articles, push.

The real WordPress is in tests/integration/test_authors_sync.py; here a small stand-in
client records what would be sent, and a pull through it reads back what was pushed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

import httpx
import pytest

from newsdesk.domain import ArticleStatus, Byline, ErrorCode, NewsdeskError, RevisionKind
from newsdesk.services import authors, editing, pulling
from newsdesk.services.authors import (
    FieldProblem,
    InvalidProfile,
    ProfileField,
    ProfileFields,
    ProfileProblem,
)
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import AuthorRow
from newsdesk.sync import RemoteUser, WordPressClient

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
FULL = ProfileFields(
    name="ليلى حداد",
    name_latin="Layla Haddad",
    job_title="مراسلة اقتصادية",
    bio="تكتب عن الطاقة والأسواق.",
    bio_en="Writes about energy and markets.",
    email="layla@example.org",
    website="https://layla.example.org",
    social_links=("https://x.com/layla", "https://mastodon.social/@layla"),
)


def _author(store, name: str = "سامر يوسف", **extra) -> int:
    with store.transaction() as session:
        row = AuthorRow(name=name, **extra)
        session.add(row)
        session.flush()
        return row.id


def _article(store, title: str, author: str | None, status=ArticleStatus.DRAFT) -> int:
    article_id = editing.new_draft(store)
    fields = ArticleFields(
        title=title,
        body_html='<p dir="rtl">نص</p>',
        byline=Byline.AUTHOR if author else Byline.EDITORIAL_TEAM,
        author=author or "",
        status=status,
    )
    editing.save_article(store, article_id, fields, RevisionKind.SAVE)
    return article_id


def _problems(error: pytest.ExceptionInfo[InvalidProfile]) -> set[tuple[str, str]]:
    return {(item.field.value, item.problem.value) for item in error.value.problems}


# ---------------------------------------------------------------------- editing


def test_save_author_stores_every_field_and_reads_them_back(store):
    author_id = _author(store)
    changes = authors.save_author(store, author_id, FULL)
    profile = authors.get_author(store, author_id)
    assert changes.authors == {author_id}
    assert profile.fields() == FULL


def test_save_author_strips_fields_and_drops_empty_and_repeated_links(store):
    author_id = _author(store)
    messy = replace(
        FULL,
        name="  ليلى حداد ",
        social_links=(" https://x.com/layla ", "", "https://x.com/layla"),
    )
    authors.save_author(store, author_id, messy)
    profile = authors.get_author(store, author_id)
    assert (profile.name, profile.social_links) == ("ليلى حداد", ("https://x.com/layla",))


def test_save_author_keeps_social_links_without_a_website(store):
    author_id = _author(store)
    authors.save_author(store, author_id, replace(FULL, website=""))
    profile = authors.get_author(store, author_id)
    assert (profile.website, profile.social_links) == ("", FULL.social_links)


def test_get_author_of_unknown_id_is_not_found(store):
    with pytest.raises(NewsdeskError) as error:
        authors.get_author(store, 999)
    assert error.value.code is ErrorCode.NOT_FOUND


@pytest.mark.parametrize(
    "email",
    ["layla", "layla@", "@example.org", "la yla@example.org", "layla@example", "a..b@x.org"],
)
def test_save_author_refuses_a_malformed_email(store, email):
    author_id = _author(store)
    with pytest.raises(InvalidProfile) as error:
        authors.save_author(store, author_id, replace(FULL, email=email))
    assert _problems(error) == {("email", "bad-email")}
    assert error.value.code is ErrorCode.BAD_METADATA


@pytest.mark.parametrize(
    "url",
    [
        "layla.example.org",
        "ftp://layla.example.org",
        "javascript:alert(1)",
        "https://",
        "https://user:pw@example.org",
        "https://exa mple.org",
        "https://example.org:port",
    ],
)
def test_save_author_refuses_a_website_that_is_not_http_with_a_host(store, url):
    author_id = _author(store)
    with pytest.raises(InvalidProfile) as error:
        authors.save_author(store, author_id, replace(FULL, website=url))
    assert _problems(error) == {("website", "bad-url")}


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/me", "https://موقع.example/كاتب", "https://[::1]/"]
)
def test_save_author_accepts_numeric_and_arabic_hosts(store, url):
    author_id = _author(store)
    authors.save_author(store, author_id, replace(FULL, website=url))
    assert authors.get_author(store, author_id).website == url


def test_save_author_names_the_bad_social_link_by_position(store):
    author_id = _author(store)
    links = ("https://x.com/layla", "x.com/other")
    with pytest.raises(InvalidProfile) as error:
        authors.save_author(store, author_id, replace(FULL, social_links=links))
    assert error.value.problems == (
        FieldProblem(ProfileField.SOCIAL_LINKS, ProfileProblem.BAD_URL, 1),
    )


def test_save_author_refuses_an_empty_name_and_saves_nothing(store):
    author_id = _author(store)
    with pytest.raises(InvalidProfile) as error:
        authors.save_author(store, author_id, replace(FULL, name="  ", email="bad"))
    assert _problems(error) == {("name", "empty-name"), ("email", "bad-email")}
    assert authors.get_author(store, author_id).name == "سامر يوسف"


def test_save_author_refuses_the_editorial_team_as_a_name(store):
    author_id = _author(store)
    with pytest.raises(InvalidProfile) as error:
        authors.save_author(store, author_id, replace(FULL, name="فريق التّحرير"))
    assert _problems(error) == {("name", "name-reserved")}


def test_save_author_refuses_a_name_another_profile_uses(store):
    _author(store, "ليلى حداد")
    author_id = _author(store)
    with pytest.raises(InvalidProfile) as error:
        authors.save_author(store, author_id, FULL)
    assert _problems(error) == {("name", "name-taken")}


def test_save_author_refuses_links_longer_than_the_column(store):
    author_id = _author(store)
    links = tuple(f"https://example.org/{'a' * 90}/{number}" for number in range(6))
    with pytest.raises(InvalidProfile) as error:
        authors.save_author(store, author_id, replace(FULL, social_links=links))
    assert _problems(error) == {("social_links", "too-long")}


def test_create_author_adds_a_local_profile(store):
    author_id = authors.create_author(store, FULL)
    profile = authors.get_author(store, author_id)
    assert (profile.slug, profile.remote_id) == ("layla-haddad", None)


def test_matches_finds_arabic_names_without_hamza_or_harakat_and_latin_names():
    profile = authors.AuthorProfile(id=1, name="أحمد الصَّالح", name_latin="Ahmad Al-Saleh")
    assert authors.matches(profile, "احمد الصالح")
    assert authors.matches(profile, "saleh")
    assert not authors.matches(profile, "ليلى")


def test_follows_site_only_for_a_linked_profile_without_local_fields():
    bare = authors.AuthorProfile(id=1, name="Author", bio="سيرة", remote_id=7)
    assert bare.follows_site
    assert not replace(bare, social_links=("https://x.com/a",)).follows_site
    assert not replace(bare, remote_id=None).follows_site


# ---------------------------------------------------------------------- avatars


def test_set_avatar_caches_the_png_under_the_data_folder(store, tmp_path):
    author_id = _author(store)
    path = authors.set_avatar(store, author_id, PNG, tmp_path)
    assert path.parent == tmp_path / "avatars"
    assert path.read_bytes() == PNG
    assert authors.get_author(store, author_id).avatar_path == str(path)


def test_set_avatar_again_replaces_the_cached_file(store, tmp_path):
    author_id = _author(store)
    first = authors.set_avatar(store, author_id, PNG, tmp_path)
    second = authors.set_avatar(store, author_id, PNG + b"\x01", tmp_path)
    assert (first.exists(), second.exists()) == (False, True)


def test_set_avatar_refuses_what_is_not_png(store, tmp_path):
    author_id = _author(store)
    with pytest.raises(NewsdeskError) as error:
        authors.set_avatar(store, author_id, b"GIF89a", tmp_path)
    assert error.value.code is ErrorCode.BAD_FORMAT


def test_clear_avatar_forgets_the_path_and_the_file(store, tmp_path):
    author_id = _author(store)
    path = authors.set_avatar(store, author_id, PNG, tmp_path)
    authors.clear_avatar(store, author_id, tmp_path)
    assert (authors.get_author(store, author_id).avatar_path, path.exists()) == ("", False)


# ---------------------------------------------------------------------- articles


def test_articles_by_status_counts_only_the_authors_articles(store):
    author_id = _author(store)
    _article(store, "أول", "سامر يوسف")
    _article(store, "ثان", "سامر يوسف", ArticleStatus.PUBLISHED)
    _article(store, "للفريق", None, ArticleStatus.PUBLISHED)
    counts = authors.articles_by_status(store, author_id)
    assert counts[ArticleStatus.DRAFT] == 1
    assert counts[ArticleStatus.PUBLISHED] == 1
    assert sum(counts.values()) == 2
    assert set(counts) == set(ArticleStatus)


def test_articles_of_the_editorial_team_are_those_without_a_person(store):
    _author(store)
    _article(store, "موقّع", "سامر يوسف")
    team_article = _article(store, "للفريق", None, ArticleStatus.IN_REVIEW)
    listed = authors.author_articles(store, None)
    assert [row.id for row in listed] == [team_article]
    assert authors.articles_by_status(store, None)[ArticleStatus.IN_REVIEW] == 1


def test_author_articles_lists_newest_first(store):
    author_id = _author(store)
    first = _article(store, "أول", "سامر يوسف")
    second = _article(store, "ثان", "سامر يوسف")
    assert [row.id for row in authors.author_articles(store, author_id)] == [second, first]


# ---------------------------------------------------------------------- WordPress


@dataclass
class FakeUsers:
    """A site's users as the client sees them, logged in as ``me``."""

    me: int
    users: dict[int, dict[str, str]]
    admin: bool = False
    sent: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    site_url: str = "https://news.example"

    def _user(self, user_id: int) -> RemoteUser:
        data = self.users[user_id]
        return RemoteUser(user_id, data["name"], data["slug"], (), data["description"], data["url"])

    def current_user(self) -> RemoteUser:
        return self._user(self.me)

    def update_me(self, fields):
        self.sent.append(("me", self.me, dict(fields)))
        self.users[self.me].update(fields)
        return self._user(self.me)

    def update_user(self, user_id, fields):
        if not self.admin:
            raise NewsdeskError(ErrorCode.FORBIDDEN, "rest_cannot_edit")
        self.sent.append(("user", user_id, dict(fields)))
        self.users[user_id].update(fields)
        return self._user(user_id)

    def _pages(self, route, params):
        assert route == "/wp/v2/users"
        return [{"id": key, **value} for key, value in self.users.items()]


def _site() -> dict[int, dict[str, str]]:
    return {
        5: {"name": "Author", "slug": "author", "description": "", "url": ""},
        6: {"name": "Contributor", "slug": "contributor", "description": "", "url": ""},
    }


def test_push_profile_of_the_accounts_own_user_goes_to_users_me(store):
    site = FakeUsers(me=5, users=_site())
    author_id = _author(store, remote_id=5)
    authors.save_author(store, author_id, FULL)
    pushed = authors.push_profile(store, site, author_id)
    assert site.sent == [
        (
            "me",
            5,
            {"name": "ليلى حداد", "description": FULL.bio, "url": FULL.website},
        )
    ]
    assert (pushed.own_profile, pushed.differences) == (True, ())


def test_push_profile_of_another_user_needs_an_administrator(store):
    author_id = _author(store, remote_id=6)
    with pytest.raises(NewsdeskError) as error:
        authors.push_profile(store, FakeUsers(me=5, users=_site()), author_id)
    assert error.value.code is ErrorCode.FORBIDDEN
    admin = FakeUsers(me=1, users={1: _site()[5] | {"name": "Admin"}, **_site()}, admin=True)
    assert authors.push_profile(store, admin, author_id).own_profile is False
    assert admin.sent[0][:2] == ("user", 6)


def test_push_profile_of_an_unlinked_author_is_refused(store):
    author_id = _author(store)
    with pytest.raises(authors.AuthorNotOnSite) as error:
        authors.push_profile(store, FakeUsers(me=5, users=_site()), author_id)
    assert error.value.code is ErrorCode.REMOTE_NOT_FOUND


def test_push_profile_reports_what_the_site_changed(store):
    site = FakeUsers(me=5, users=_site())
    author_id = _author(store, remote_id=5, bio="أ & ب")

    def escaping_update(fields):
        site.users[5].update({**fields, "description": fields["description"].replace("&", "&amp;")})
        return site.current_user()

    site.update_me = escaping_update
    assert authors.push_profile(store, site, author_id).differences == ("description",)


def test_pull_after_push_keeps_every_local_only_field(store):
    site = FakeUsers(me=5, users=_site())
    author_id = _author(store, remote_id=5)
    authors.save_author(store, author_id, FULL)
    authors.push_profile(store, site, author_id)
    pulling.pull_users(store, site)
    assert authors.get_author(store, author_id).fields() == FULL


def test_pull_after_push_of_a_profile_that_follows_the_site_reads_back_the_same(store):
    site = FakeUsers(me=5, users=_site())
    author_id = _author(store, name="Author", remote_id=5)
    bare = ProfileFields(name="كاتب الموقع", bio="  سيرة قصيرة للكاتب.  ")
    authors.save_author(store, author_id, bare)
    authors.push_profile(store, site, author_id)
    pulling.pull_users(store, site)
    profile = authors.get_author(store, author_id)
    assert profile.follows_site
    assert (profile.name, profile.bio) == ("كاتب الموقع", "سيرة قصيرة للكاتب.")


# ---------------------------------------------------------------------- client calls


def _client(handler) -> WordPressClient:
    return WordPressClient(
        "https://news.example", "author", "pw", transport=httpx.MockTransport(handler)
    )


def _user_json(user_id: int, **fields) -> dict:
    return {
        "id": user_id,
        "name": "Author",
        "slug": "author",
        "description": "",
        "url": "",
        **fields,
    }


def test_update_me_posts_the_profile_to_users_me():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.params["rest_route"], json.loads(request.content)))
        return httpx.Response(200, json=_user_json(5, description="سيرة"))

    with _client(handler) as client:
        user = client.update_me({"description": "سيرة"})
    assert seen == [("POST", "/wp/v2/users/me", {"description": "سيرة"})]
    assert user.description == "سيرة"


def test_update_user_posts_to_the_users_route():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params["rest_route"])
        return httpx.Response(200, json=_user_json(6, url="https://a.example"))

    with _client(handler) as client:
        assert client.update_user(6, {"url": "https://a.example"}).url == "https://a.example"
    assert seen == ["/wp/v2/users/6"]


def test_update_me_refuses_fields_newsdesk_does_not_write():
    with (
        _client(lambda request: httpx.Response(500)) as client,
        pytest.raises(ValueError, match="email"),
    ):
        client.update_me({"email": "a@b.org"})
