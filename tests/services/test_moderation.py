"""Comment moderation on both store backends, against an in-memory comment site.

The real WordPress is in tests/integration/test_moderation.py; here the fake site
(tests/sync/fake_comments.py) lets every path be reached on demand: a lost answer, a 503, a
server that answers 200 and changes nothing, another moderator acting between two steps.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select

from newsdesk.domain import CommentStatus, ErrorCode, NewsdeskError
from newsdesk.domain.model import Decision
from newsdesk.services import moderation, publishing
from newsdesk.store.schema import AccountRow, ArticleRow, CommentRow, OutboxRow, utc_now
from newsdesk.sync import WordPressClient
from newsdesk.text import normalise
from tests.sync.fake_comments import SITE, FakeCommentSite

POST, OTHER_POST = 11, 12


@pytest.fixture
def site() -> FakeCommentSite:
    return FakeCommentSite(posts={POST: "مقال في المتجر", OTHER_POST: "مقال ليس في المتجر"})


@pytest.fixture
def account_id(store, site) -> int:
    with store.transaction() as session:
        row = AccountRow(
            site_url=SITE,
            username="editor",
            user_id=site.user_id,
            display_name=site.user_name,
            roles=["editor"],
            capabilities=["moderate_comments"],
        )
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def connect(site):
    def make(_account_id: int) -> WordPressClient:
        return WordPressClient(SITE, "editor", "x" * 24, transport=site.transport())

    return make


def _pull(store, connect, account_id):
    with connect(account_id) as client:
        return moderation.pull_comments(store, client, account_id)


def _rows(store) -> dict[int, CommentRow]:
    with store.transaction() as session:
        return {row.remote_id: row for row in session.scalars(select(CommentRow))}


def _local(store, remote_id: int) -> CommentRow:
    return _rows(store)[remote_id]


def _outbox(store) -> list[OutboxRow]:
    with store.transaction() as session:
        return list(session.scalars(select(OutboxRow).order_by(OutboxRow.id)))


def _seeded(site: FakeCommentSite) -> dict[str, int]:
    ids = {
        "held": site.add(POST, "تعليق <b>معلق</b> عن العقـ.ـوبات", "hold"),
        "approved": site.add(POST, "تعليق منشور", "approved"),
        "spam": site.add(OTHER_POST, "رابط مشبوه <script>x</script>", "spam"),
        "trash": site.add(POST, "تعليق محذوف", "trash"),
    }
    ids["reply"] = site.add(POST, "رد على المنشور", "approved", parent=ids["approved"])
    return ids


# ---------------------------------------------------------------------- pull


def test_pull_stores_every_status_with_the_server_status(store, site, account_id, connect):
    ids = _seeded(site)
    changes = _pull(store, connect, account_id)
    rows = _rows(store)
    assert len(changes.comments) == 5
    assert {name: (rows[i].status, rows[i].server_status) for name, i in ids.items()} == {
        "held": ("hold", "hold"),
        "approved": ("approved", "approved"),
        "spam": ("spam", "spam"),
        "trash": ("trash", "trash"),
        "reply": ("approved", "approved"),
    }
    held = rows[ids["held"]]
    assert held.content_raw == "تعليق <b>معلق</b> عن العقـ.ـوبات"
    assert (held.author_email, held.author_ip) == ("reader@example.test", "192.0.2.1")
    assert normalise("العقوبات") in held.search_text
    assert "<b>" not in held.search_text
    assert "x" not in rows[ids["spam"]].search_text.split()  # script text is not text
    assert rows[ids["reply"]].parent_id == rows[ids["approved"]].id
    assert rows[ids["reply"]].remote_parent_id == ids["approved"]


def test_pull_links_articles_and_fetches_other_titles_in_bulk(store, site, account_id, connect):
    with store.transaction() as session:
        session.add(
            ArticleRow(uid="a" * 36, title="عنوان محلي", remote_id=POST, account_id=account_id)
        )
    ids = _seeded(site)
    _pull(store, connect, account_id)
    rows = _rows(store)
    assert rows[ids["held"]].article_id is not None
    assert rows[ids["held"]].post_title == "عنوان محلي"
    assert (rows[ids["spam"]].article_id, rows[ids["spam"]].post_title) == (
        None,
        "مقال ليس في المتجر",
    )
    title_requests = [
        request.url.params["include"]
        for request in site.requests
        if request.url.params["rest_route"] == "/wp/v2/posts"
    ]
    assert title_requests == [str(OTHER_POST)]
    # Known titles are not fetched again.
    site.add(OTHER_POST, "تعليق آخر", "hold")
    _pull(store, connect, account_id)
    assert len([r for r in site.requests if r.url.params["rest_route"] == "/wp/v2/posts"]) == 1


def test_pull_twice_is_idempotent(store, site, account_id, connect):
    _seeded(site)
    _pull(store, connect, account_id)
    before = {remote_id: moderation._snapshot(row) for remote_id, row in _rows(store).items()}
    again = _pull(store, connect, account_id)
    assert again.comments == set()
    assert {
        remote_id: moderation._snapshot(row) for remote_id, row in _rows(store).items()
    } == before


def test_second_pull_asks_after_the_cursor_and_relists_ids(store, site, account_id, connect):
    ids = _seeded(site)
    _pull(store, connect, account_id)
    site.requests.clear()
    new = site.add(POST, "جديد", "hold")
    site.comments[ids["held"]]["status"] = "approved"  # another moderator
    changes = _pull(store, connect, account_id)
    queries = site.listing_params()
    full = [query for query in queries if "_fields" not in query]
    assert {query["status"] for query in full} == {"hold", "approve", "spam", "trash"}
    assert all(query["after"] for query in full)
    assert {query["status"] for query in queries if query.get("_fields") == "id"} == {
        "hold",
        "approve",
        "spam",
        "trash",
    }
    rows = _rows(store)
    assert rows[new].status == "hold"
    assert (rows[ids["held"]].status, rows[ids["held"]].server_status) == ("approved", "approved")
    assert changes.comments == {rows[new].id, rows[ids["held"]].id}


def test_relist_finds_an_old_comment_the_cursor_skipped(store, site, account_id, connect):
    _seeded(site)
    _pull(store, connect, account_id)
    old = site.add(POST, "مستورد بتاريخ قديم", "approved", date_gmt=site.clock - timedelta(days=9))
    _pull(store, connect, account_id)
    assert _local(store, old).content_raw == "مستورد بتاريخ قديم"
    includes = [query["include"] for query in site.listing_params() if "include" in query]
    assert includes == [str(old)]


def test_pull_keeps_a_local_decision_not_yet_pushed(store, site, account_id, connect):
    ids = _seeded(site)
    _pull(store, connect, account_id)
    moderation.decide(store, [_local(store, ids["held"]).id], Decision.APPROVE, account_id)
    site.comments[ids["held"]]["status"] = "spam"  # another moderator, meanwhile
    _pull(store, connect, account_id)
    row = _local(store, ids["held"])
    assert (row.status, row.server_status) == ("approved", "spam")


def test_parent_arriving_later_is_linked(store, site, account_id, connect):
    parent = site.add(POST, "أصل", "hold")
    child = site.add(POST, "فرع", "approved", parent=parent)
    site.comments[parent]["status"] = "spam"
    _pull(store, connect, account_id)
    rows = _rows(store)
    assert rows[child].parent_id == rows[parent].id


def test_pull_refuses_a_client_of_another_site(store, account_id):
    other = WordPressClient("https://other.example", "editor", "x" * 24)
    with pytest.raises(NewsdeskError) as caught:
        moderation.pull_comments(store, other, account_id)
    assert caught.value.code is ErrorCode.BAD_SITE_URL


# ---------------------------------------------------------------------- decisions


@pytest.fixture
def pulled(store, site, account_id, connect) -> dict[str, int]:
    """Pull the seeded comments; return local ids by name."""
    ids = _seeded(site)
    _pull(store, connect, account_id)
    rows = _rows(store)
    return {name: rows[remote_id].id for name, remote_id in ids.items()}


def _by_id(store, comment_id: int) -> CommentRow:
    with store.transaction() as session:
        return session.get(CommentRow, comment_id)


def test_decision_applies_locally_with_one_outbox_row_per_comment(store, pulled, account_id):
    chosen = [pulled["held"], pulled["approved"], pulled["spam"]]
    changes = moderation.decide(store, chosen, Decision.TRASH, account_id)
    assert changes.comments == set(chosen)
    rows = _outbox(store)
    assert [(row.entity_type, row.entity_id, row.operation, row.state) for row in rows] == [
        ("comment", comment_id, "moderate", "pending") for comment_id in chosen
    ]
    assert [(row.payload["from_status"], row.payload["to_status"]) for row in rows] == [
        ("hold", "trash"),
        ("approved", "trash"),
        ("spam", "trash"),
    ]
    held = _by_id(store, pulled["held"])
    assert (held.status, held.server_status, held.restore_status) == ("trash", "hold", "hold")


def test_repeating_a_decision_adds_nothing(store, pulled, account_id):
    moderation.decide(store, [pulled["held"]], Decision.SPAM, account_id)
    again = moderation.decide(store, [pulled["held"]], "spam", account_id)
    already = moderation.decide(store, [pulled["approved"]], Decision.APPROVE, account_id)
    assert (again.comments, already.comments) == (set(), set())
    assert len(_outbox(store)) == 1


def test_a_second_decision_updates_the_pending_row_keeping_from(store, pulled, account_id):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    moderation.decide(store, [pulled["held"]], Decision.SPAM, account_id)
    (row,) = _outbox(store)
    assert (row.payload["from_status"], row.payload["to_status"]) == ("hold", "spam")


def test_restore_goes_back_to_the_status_before_trash(store, pulled, account_id):
    moderation.decide(store, [pulled["approved"]], Decision.TRASH, account_id)
    moderation.decide(store, [pulled["approved"]], Decision.RESTORE, account_id)
    assert _by_id(store, pulled["approved"]).status == "approved"
    # Spam then trash restores to spam, as WordPress keeps it.
    moderation.decide(store, [pulled["held"]], Decision.SPAM, account_id)
    moderation.decide(store, [pulled["held"]], Decision.TRASH, account_id)
    moderation.decide(store, [pulled["held"]], Decision.RESTORE, account_id)
    assert _by_id(store, pulled["held"]).status == "spam"


def test_restore_of_a_comment_pulled_in_the_trash_holds_it(store, pulled, account_id):
    moderation.decide(store, [pulled["trash"]], Decision.RESTORE, account_id)
    assert _by_id(store, pulled["trash"]).status == "hold"
    # Restore on something neither spam nor trash changes nothing.
    assert moderation.decide(store, [pulled["approved"]], "restore", account_id).comments == set()


def test_restore_follows_the_server_history_seen_by_pull(store, site, pulled, account_id, connect):
    remote = _by_id(store, pulled["approved"]).remote_id
    site.comments[remote]["status"] = "trash"
    _pull(store, connect, account_id)
    moderation.decide(store, [pulled["approved"]], Decision.RESTORE, account_id)
    assert _by_id(store, pulled["approved"]).status == "approved"


def test_decision_on_unknown_or_foreign_comment_changes_nothing(store, pulled, account_id):
    with pytest.raises(NewsdeskError) as caught:
        moderation.decide(store, [pulled["held"], 99999], Decision.SPAM, account_id)
    assert caught.value.code is ErrorCode.NOT_FOUND
    with store.transaction() as session:
        session.add(
            CommentRow(
                site="https://elsewhere.example",
                remote_id=1,
                date_gmt=utc_now(),
                status="hold",
            )
        )
        session.flush()
        foreign = session.scalar(select(func.max(CommentRow.id)))
    with pytest.raises(NewsdeskError) as caught:
        moderation.decide(store, [pulled["held"], foreign], Decision.SPAM, account_id)
    assert caught.value.code is ErrorCode.COMMENT_NOT_ON_SITE
    assert _by_id(store, pulled["held"]).status == "hold"
    assert _outbox(store) == []


def test_undo_reverts_the_last_batch_and_removes_its_rows(store, pulled, account_id):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    moderation.decide(store, [pulled["held"], pulled["approved"]], Decision.SPAM, account_id)
    undone = moderation.undo_last(store)
    assert undone.comments == {pulled["held"], pulled["approved"]}
    assert _by_id(store, pulled["held"]).status == "approved"
    assert _by_id(store, pulled["approved"]).status == "approved"
    (row,) = _outbox(store)
    assert (row.entity_id, row.payload["from_status"], row.payload["to_status"]) == (
        pulled["held"],
        "hold",
        "approved",
    )
    assert moderation.undo_last(store).comments == {pulled["held"]}
    assert _by_id(store, pulled["held"]).status == "hold"
    assert _outbox(store) == []
    assert moderation.undo_last(store).comments == set()


def test_undo_restores_the_restore_target(store, pulled, account_id):
    moderation.decide(store, [pulled["approved"]], Decision.SPAM, account_id)
    moderation.decide(store, [pulled["approved"]], Decision.TRASH, account_id)
    moderation.undo_last(store)
    moderation.decide(store, [pulled["approved"]], Decision.RESTORE, account_id)
    assert _by_id(store, pulled["approved"]).status == "approved"


def test_undo_after_the_push_does_nothing(store, pulled, account_id, connect):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    moderation.drain_moderation(store, connect)
    assert moderation.undo_last(store).comments == set()
    assert _by_id(store, pulled["held"]).status == "approved"


# ---------------------------------------------------------------------- push


def test_drain_applies_decisions_on_the_site(store, site, pulled, account_id, connect):
    moderation.decide(store, [pulled["held"], pulled["spam"]], Decision.APPROVE, account_id)
    moderation.decide(store, [pulled["approved"]], Decision.TRASH, account_id)
    report = moderation.drain_moderation(store, connect)
    assert sorted(report.pushed) == sorted([pulled["held"], pulled["spam"], pulled["approved"]])
    statuses = {row.remote_id: row.status for row in _rows(store).values()}
    assert {i: site.comments[i]["status"] for i in statuses} == statuses
    assert {body["status"] for _route, body in site.writes()} == {"approve", "trash"}
    assert {row.state for row in _outbox(store)} == {"done"}
    held = _by_id(store, pulled["held"])
    assert (held.server_status, held.conflict) == ("approved", False)


def test_drain_opens_one_client_per_account(store, pulled, account_id, site):
    opened = []

    def counting(account: int) -> WordPressClient:
        opened.append(account)
        return WordPressClient(SITE, "editor", "x" * 24, transport=site.transport())

    moderation.decide(store, list(pulled.values()), Decision.HOLD, account_id)
    moderation.drain_moderation(store, counting)
    assert opened == [account_id]


def test_another_moderator_first_is_a_conflict_and_nothing_is_written(
    store, site, pulled, account_id, connect
):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    remote = _by_id(store, pulled["held"]).remote_id
    site.comments[remote]["status"] = "spam"
    report = moderation.drain_moderation(store, connect)
    assert report.conflicts == [pulled["held"]]
    assert site.writes() == []
    assert site.comments[remote]["status"] == "spam"
    held = _by_id(store, pulled["held"])
    assert (held.status, held.server_status, held.conflict) == ("approved", "spam", True)
    (row,) = _outbox(store)
    assert (row.state, row.payload["server_status"]) == ("conflict", "spam")
    # Both stay visible through a pull; deciding again settles it from the site's status.
    moderation.pull_comments(store, connect(account_id), account_id)
    assert _by_id(store, pulled["held"]).conflict is True
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    assert _outbox(store)[-1].payload["from_status"] == "spam"
    assert moderation.drain_moderation(store, connect).pushed == [pulled["held"]]
    assert site.comments[remote]["status"] == "approved"
    assert _by_id(store, pulled["held"]).conflict is False


def test_conflict_settles_when_accepting_the_site_status(store, site, pulled, account_id, connect):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    remote = _by_id(store, pulled["held"]).remote_id
    site.comments[remote]["status"] = "spam"
    moderation.drain_moderation(store, connect)
    moderation.decide(store, [pulled["held"]], Decision.SPAM, account_id)
    report = moderation.drain_moderation(store, connect)
    assert report.pushed == [pulled["held"]]
    assert site.writes() == []
    assert _by_id(store, pulled["held"]).conflict is False


def test_site_already_at_the_target_is_done_without_writing(
    store, site, pulled, account_id, connect
):
    moderation.decide(store, [pulled["held"]], Decision.SPAM, account_id)
    site.comments[_by_id(store, pulled["held"]).remote_id]["status"] = "spam"
    report = moderation.drain_moderation(store, connect)
    assert (report.pushed, site.writes()) == ([pulled["held"]], [])


def test_a_200_that_changes_nothing_is_a_failure(store, site, pulled, account_id, connect):
    site.ignore_status_updates = True
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    report = moderation.drain_moderation(store, connect)
    assert report.failed == [pulled["held"]]
    (row,) = _outbox(store)
    assert row.state == "failed"
    assert row.last_error.startswith("remote-rejected: status-not-applied")


def test_retryable_failure_backs_off(store, site, pulled, account_id, connect):
    site.failures.append(("GET", "/wp/v2/comments/", httpx.Response(503)))
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    report = moderation.drain_moderation(store, connect)
    assert report.retrying == [pulled["held"]]
    (row,) = _outbox(store)
    assert (row.state, row.attempts, row.last_error) == ("pending", 1, "server-error")
    assert row.next_attempt_at > utc_now()
    assert moderation.drain_moderation(store, connect).pushed == []  # not due yet
    later = moderation.drain_moderation(store, connect, now=lambda: utc_now() + timedelta(hours=1))
    assert later.pushed == [pulled["held"]]


def test_permanent_failure_keeps_the_code(store, site, pulled, account_id, connect):
    site.failures.append(
        ("POST", "/wp/v2/comments/", httpx.Response(403, json={"code": "rest_cannot_edit"}))
    )
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    report = moderation.drain_moderation(store, connect)
    assert report.failed == [pulled["held"]]
    assert _outbox(store)[0].last_error == "forbidden: rest_cannot_edit"


def test_comment_deleted_on_the_site_fails(store, site, pulled, account_id, connect):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    del site.comments[_by_id(store, pulled["held"]).remote_id]
    report = moderation.drain_moderation(store, connect)
    assert report.failed == [pulled["held"]]
    assert _outbox(store)[0].last_error == "remote-not-found: rest_comment_invalid_id"


# ---------------------------------------------------------------------- replies and edits


def test_reply_is_local_at_once_and_posted_under_its_parent(
    store, site, pulled, account_id, connect
):
    changes = moderation.reply(store, pulled["approved"], "  شكراً <لك> & لهم ", account_id)
    (reply_id,) = changes.comments - {pulled["approved"]}
    local = _by_id(store, reply_id)
    assert (local.remote_id, local.parent_id, local.status) == (
        None,
        pulled["approved"],
        "approved",
    )
    assert local.content_raw == "شكراً &lt;لك&gt; &amp; لهم"
    report = moderation.drain_moderation(store, connect)
    assert report.pushed == [reply_id]
    local = _by_id(store, reply_id)
    remote = site.comments[local.remote_id]
    parent_remote = _by_id(store, pulled["approved"]).remote_id
    assert (remote["parent"], remote["author"], remote["post"]) == (parent_remote, 2, POST)
    assert (local.server_status, local.remote_author_id) == ("approved", 2)
    # A pull afterwards finds it, and makes no second row.
    _pull(store, connect, account_id)
    assert len([row for row in _rows(store).values() if row.remote_id == local.remote_id]) == 1


def test_reply_whose_answer_was_lost_is_not_posted_twice(store, site, pulled, account_id, connect):
    site.lose_next_create = True
    (reply_id,) = moderation.reply(store, pulled["held"], "رد", account_id).comments - {
        pulled["held"]
    }
    first = moderation.drain_moderation(store, connect)
    assert first.retrying == [reply_id]
    later = moderation.drain_moderation(store, connect, now=lambda: utc_now() + timedelta(hours=1))
    assert later.pushed == [reply_id]
    replies = [c for c in site.comments.values() if c["content"]["raw"] == "رد"]
    assert len(replies) == 1
    assert _by_id(store, reply_id).remote_id == replies[0]["id"]


def test_reply_to_a_reply_waits_for_its_parent(store, site, pulled, account_id, connect):
    (first,) = moderation.reply(store, pulled["held"], "أولاً", account_id).comments - {
        pulled["held"]
    }
    (second,) = moderation.reply(store, first, "ثانياً", account_id).comments - {first}
    report = moderation.drain_moderation(store, connect)
    assert report.pushed == [first, second]
    first_remote = _by_id(store, first).remote_id
    assert site.comments[_by_id(store, second).remote_id]["parent"] == first_remote


def test_empty_reply_is_refused(store, pulled, account_id):
    with pytest.raises(NewsdeskError) as caught:
        moderation.reply(store, pulled["held"], "   ", account_id)
    assert caught.value.code is ErrorCode.EMPTY_COMMENT


def test_edit_keeps_the_original_and_reaches_the_site(store, site, pulled, account_id, connect):
    original = _by_id(store, pulled["approved"]).content_raw
    moderation.edit(store, pulled["approved"], "تعليق منشور مصحح", account_id)
    moderation.edit(store, pulled["approved"], "تعليق منشور مصحح مرتين", account_id)
    row = _by_id(store, pulled["approved"])
    assert (row.content_raw, row.original_content_raw) == ("تعليق منشور مصحح مرتين", original)
    assert len(_outbox(store)) == 1
    # A pull meanwhile keeps the local text.
    _pull(store, connect, account_id)
    assert _by_id(store, pulled["approved"]).content_raw == "تعليق منشور مصحح مرتين"
    assert moderation.drain_moderation(store, connect).pushed == [pulled["approved"]]
    remote = site.comments[row.remote_id]
    assert remote["content"]["raw"] == "تعليق منشور مصحح مرتين"
    assert _by_id(store, pulled["approved"]).original_content_raw == original


def test_edit_over_someone_elses_edit_is_a_conflict(store, site, pulled, account_id, connect):
    moderation.edit(store, pulled["approved"], "نسختي", account_id)
    remote = _by_id(store, pulled["approved"]).remote_id
    site.comments[remote]["content"] = {"raw": "نسختهم", "rendered": "<p>نسختهم</p>"}
    assert moderation.drain_moderation(store, connect).conflicts == [pulled["approved"]]
    assert site.comments[remote]["content"]["raw"] == "نسختهم"
    row = _by_id(store, pulled["approved"])
    assert (row.content_raw, row.conflict) == ("نسختي", True)
    # Editing again starts from the site's text and goes through.
    moderation.edit(store, pulled["approved"], "نسخة متفق عليها", account_id)
    assert moderation.drain_moderation(store, connect).pushed == [pulled["approved"]]
    assert site.comments[remote]["content"]["raw"] == "نسخة متفق عليها"


def test_edit_of_an_unsent_reply_changes_the_reply(store, site, pulled, account_id, connect):
    (reply_id,) = moderation.reply(store, pulled["held"], "رد بخطأ", account_id).comments - {
        pulled["held"]
    }
    moderation.edit(store, reply_id, "رد بلا خطأ", account_id)
    moderation.drain_moderation(store, connect)
    assert site.comments[_by_id(store, reply_id).remote_id]["content"]["raw"] == "رد بلا خطأ"


def test_domain_view_shows_both_statuses(store, site, pulled, account_id, connect):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    (comment,) = moderation.get_comments(store, [pulled["held"]])
    assert (comment.status, comment.server_status, comment.pending) == (
        CommentStatus.APPROVED,
        CommentStatus.HOLD,
        True,
    )
    queue = moderation.moderation_queue(store)
    assert [(c.comment_id, c.from_status, c.to_status) for c in queue] == [
        (pulled["held"], "hold", "approved")
    ]


def test_article_drain_leaves_comment_rows_alone(store, pulled, account_id, connect):
    moderation.decide(store, [pulled["held"]], Decision.APPROVE, account_id)
    publishing.drain_outbox(store, connect)
    assert [row.state for row in _outbox(store)] == ["pending"]
