"""Pull rules that need chosen modification times: cursors, overlaps, listings, statuses.

WordPress keeps whole seconds and stamps modification times itself, so these run against a
small stand-in for the client whose posts carry the times each test picks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from newsdesk.domain import ArticleStatus
from newsdesk.services import pulling
from newsdesk.store.schema import AccountRow, ArticleRow
from newsdesk.sync import RemotePost

SITE = "https://news.example"
T0 = datetime(2025, 3, 1, 9, 30, 0, tzinfo=UTC)


def _post(post_id: int, modified: datetime, status: str = "draft", **extra) -> RemotePost:
    values = {
        "id": post_id,
        "status": status,
        "title_raw": f"خبر {post_id}",
        "content_raw": f'<p dir="rtl">نص {post_id}</p>',
        "excerpt_raw": "",
        "slug": "",
        "categories": (),
        "tags": (),
        "author": 0,
        "featured_media": 0,
        "modified_gmt": modified,
        "link": f"{SITE}/?p={post_id}",
        "revision_id": None,
        "revision_count": 0,
    }
    return RemotePost(**{**values, **extra})


@dataclass
class FakeClient:
    """Lists posts as WordPress does: strictly after modified_after, oldest change first."""

    posts: list[RemotePost]
    site_url: str = SITE
    asked: list[tuple[str, datetime | None]] = field(default_factory=list)

    def list_posts(self, modified_after=None, status="any"):
        self.asked.append((status, modified_after))
        found = [post for post in self.posts if (post.status == "trash") == (status == "trash")]
        if modified_after is not None:
            found = [post for post in found if post.modified_gmt > modified_after]
        return sorted(found, key=lambda post: (post.modified_gmt, post.id))

    def _pages(self, route, params):
        return []


def _account(store, username: str = "editor") -> int:
    with store.transaction() as session:
        row = AccountRow(site_url=SITE, username=username, user_id=1, display_name=username)
        session.add(row)
        session.flush()
        return row.id


def _article(store, remote_id: int) -> tuple[int, str, bool]:
    with store.transaction() as session:
        row = session.scalar(select(ArticleRow).where(ArticleRow.remote_id == remote_id))
        return row.id, row.status, row.dirty


def test_pull_posts_asks_again_from_one_second_before_the_newest_change(store):
    account_id = _account(store)
    client = FakeClient([_post(1, T0), _post(2, T0 + timedelta(seconds=5))])
    pulling.pull_posts(store, client, account_id)
    client.asked.clear()
    pulling.pull_posts(store, client, account_id)
    assert ("any", T0 + timedelta(seconds=4)) in client.asked


def test_pull_posts_skips_what_the_overlap_brings_back_unchanged(store):
    account_id = _account(store)
    client = FakeClient([_post(1, T0), _post(2, T0 + timedelta(seconds=5))])
    first = pulling.pull_posts(store, client, account_id)
    second = pulling.pull_posts(store, client, account_id)
    assert len(first.created) == 2
    assert (second.created, second.updated, second.unchanged) == ([], [], [first.created[1]])


def test_pull_posts_sees_a_change_made_in_the_same_second_as_the_cursor(store):
    account_id = _account(store)
    client = FakeClient([_post(1, T0)])
    pulling.pull_posts(store, client, account_id)
    client.posts = [_post(1, T0, title_raw="عنوان معدل", revision_id=11)]
    report = pulling.pull_posts(store, client, account_id)
    assert report.updated == [_article(store, 1)[0]]


def test_pull_posts_keeps_a_cursor_per_account(store):
    author_id = _account(store, "author")
    editor_id = _account(store, "editor")
    older_pending = _post(2, T0 - timedelta(hours=1), status="pending")
    own_draft = _post(1, T0)
    # The author's account cannot see someone else's pending post; the editor's can.
    pulling.pull_posts(store, FakeClient([own_draft]), author_id)
    pulling.pull_posts(store, FakeClient([own_draft, older_pending]), editor_id)
    assert _article(store, 2)[1] == ArticleStatus.IN_REVIEW.value


def test_pull_posts_takes_a_post_listed_twice_in_its_newest_state(store):
    account_id = _account(store)
    client = FakeClient([_post(1, T0)])
    pulling.pull_posts(store, client, account_id)
    # Trashed between the two listings: the first still saw it as a draft.
    draft, trashed = _post(1, T0 + timedelta(seconds=1)), _post(1, T0 + timedelta(seconds=2))
    trashed = replace(trashed, status="trash")

    def both(modified_after=None, status="any"):
        return [draft] if status == "any" else [trashed]

    client.list_posts = both
    report = pulling.pull_posts(store, client, account_id)
    article_id, status, dirty = _article(store, 1)
    assert (report.updated, status, dirty) == ([article_id], ArticleStatus.TRASHED.value, False)


def test_pull_posts_keeps_the_time_a_post_is_scheduled_for(store):
    account_id = _account(store)
    when = T0 + timedelta(days=2)
    client = FakeClient([_post(1, T0, status="future", date_gmt=when)])
    pulling.pull_posts(store, client, account_id)
    assert _scheduled(store, 1) == (ArticleStatus.SCHEDULED.value, when)
    client.posts = [_post(1, T0 + timedelta(seconds=9), status="publish", date_gmt=when)]
    pulling.pull_posts(store, client, account_id)
    assert _scheduled(store, 1) == (ArticleStatus.PUBLISHED.value, None)


def _scheduled(store, remote_id: int) -> tuple[str, datetime | None]:
    with store.transaction() as session:
        row = session.scalar(select(ArticleRow).where(ArticleRow.remote_id == remote_id))
        return row.status, row.scheduled_for


def test_pull_posts_leaves_out_a_trashed_post_it_never_had(store):
    account_id = _account(store)
    report = pulling.pull_posts(store, FakeClient([_post(1, T0, status="trash")]), account_id)
    assert (report.created, report.unchanged) == ([], [])


@pytest.mark.parametrize(
    ("remote", "local"),
    [
        ("draft", ArticleStatus.DRAFT),
        ("pending", ArticleStatus.IN_REVIEW),
        ("future", ArticleStatus.SCHEDULED),
        ("publish", ArticleStatus.PUBLISHED),
        ("private", ArticleStatus.PUBLISHED),
        ("trash", ArticleStatus.TRASHED),
        ("some-plugin-status", ArticleStatus.DRAFT),
    ],
)
def test_local_status_maps_wordpress_statuses(remote, local):
    assert pulling.local_status(remote) is local
