"""200 Arabic drafts pushed through a fault-injecting proxy land on WordPress exactly once.

The account is added through the proxy with faults switched off, so its site URL is the
proxy's: every request the outbox worker makes goes through it. The worker's clients are
opened like ``publishing.connector`` opens them (site URL and password from the store and
the keyring) but with a short timeout, so a delayed answer times out quickly. Between two
passes over the outbox the test waits until the proxy has finished every request it holds
(a delayed request reaches WordPress after the client has given up), and advances a fake
clock past every backoff. The result is checked on WordPress directly, not through the proxy.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy import select

from newsdesk.domain import RevisionKind
from newsdesk.services import articles, editing, publishing
from newsdesk.store.articles import ArticleFields
from newsdesk.store.outbox import BACKOFF_CAP_SECONDS
from newsdesk.store.schema import ArticleRow, utc_now
from newsdesk.sync import CredentialStore, WordPressClient
from tests.integration.faulty_proxy import FAULTS, FaultyProxy
from tests.sync.test_credentials import MemoryKeyring

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.wordpress

DRAFTS = 200
MAX_ROUNDS = 60
SEED = 20261129
FAULT_RATE = 0.3
CLIENT_TIMEOUT = httpx.Timeout(connect=2.0, read=0.6, write=2.0, pool=2.0)
DELAY_SECONDS = 1.0  # past the client's read timeout
WEIGHTS = {name: 1.0 for name in FAULTS} | {"delay": 0.4}


@pytest.fixture
def faulty_proxy(wordpress) -> Iterator[FaultyProxy]:
    """Start the fault-injecting proxy in front of the test WordPress (faults off)."""
    proxy = FaultyProxy(wordpress.base_url, delay_seconds=DELAY_SECONDS)
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()


def _body(number: int) -> str:
    return "\n".join(
        [
            f'<h2 dir="rtl">عنوان فرعي رقم {number}</h2>',
            f'<p dir="rtl">قال المتحدث إن الاجتماع {number} <strong>ناجح</strong>،'
            " وإن 3 &lt; 5.</p>",
            '<ul dir="rtl">',
            f'<li dir="rtl">البند الأول من المسودة {number}</li>',
            '<li dir="rtl">البند الثاني مع <em>تأكيد</em></li>',
            "</ul>",
            '<blockquote dir="rtl">',
            f'<p dir="rtl">«اقتباس قصير رقم {number}»</p>',
            "</blockquote>",
            f'<p dir="ltr">Geneva talks, round {number}.</p>',
        ]
    )


def _make_drafts(store) -> dict[int, tuple[str, str, str]]:
    """Create the drafts; return article id -> (uid, title, canonical body as stored)."""
    made = {}
    for number in range(DRAFTS):
        article_id = editing.new_draft(store)
        title = f"مسودة تحت الأعطال رقم {number:03d}"
        editing.save_article(
            store,
            article_id,
            ArticleFields(title=title, body_html=_body(number)),
            RevisionKind.SAVE,
        )
        article = articles.get_article(store, article_id)
        made[article_id] = (article.uid, article.title, article.body_html)
    return made


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_200_drafts_through_faults_land_exactly_once(store, wordpress, wp_client, faulty_proxy):
    started = time.perf_counter()
    credentials = CredentialStore(MemoryKeyring(), environ={})
    password = wordpress.users["editor"].app_password
    with WordPressClient(faulty_proxy.url, "editor", password) as client:
        account = publishing.add_account(store, credentials, client, password)
    assert account.site_url == faulty_proxy.url

    def connect(account_id: int) -> WordPressClient:
        # publishing.connector, with a short timeout.
        known = publishing.account(store, account_id)
        secret = credentials.load(known.username, known.site_url)
        return WordPressClient(known.site_url, known.username, secret, timeout=CLIENT_TIMEOUT)

    made = _make_drafts(store)
    assert len({uid for uid, _, _ in made.values()}) == DRAFTS
    for article_id in made:
        publishing.request_push(store, article_id, account.id)

    faulty_proxy.set_faults(SEED, FAULT_RATE, WEIGHTS)
    clock = [utc_now()]
    rounds, outcomes = 0, {"pushed": 0, "retrying": 0, "failed": [], "conflicts": []}
    while publishing.pending_pushes(store) and rounds < MAX_ROUNDS:
        rounds += 1
        report = publishing.drain_outbox(store, connect, now=lambda: clock[0])
        faulty_proxy.wait_idle()
        outcomes["pushed"] += len(report.pushed)
        outcomes["retrying"] += len(report.retrying)
        outcomes["failed"] += report.failed
        outcomes["conflicts"] += report.conflicts
        clock[0] += timedelta(seconds=BACKOFF_CAP_SECONDS + 1)
    faulty_proxy.set_faults(0, 0.0)
    elapsed = time.perf_counter() - started
    print(f"\nfault test: {rounds} rounds, {elapsed:.1f} s, outcomes {outcomes}")
    print(f"proxy counters: {dict(sorted(faulty_proxy.counters.items()))}")

    left = publishing.pending_pushes(store)
    assert not left, f"outbox did not converge in {MAX_ROUNDS} rounds: {left[:10]}"
    assert outcomes["failed"] == []
    assert outcomes["conflicts"] == []
    injected = {name for name in FAULTS if faulty_proxy.counters[name]}
    assert injected == set(FAULTS), f"faults never injected: {set(FAULTS) - injected}"

    # Check on WordPress itself, not through the proxy.
    by_uid: dict[str, list] = {}
    for post in wp_client("editor").list_posts(status="any"):
        if post.marker is not None:
            by_uid.setdefault(post.marker, []).append(post)
    with store.transaction() as session:
        remote_ids = dict(session.execute(select(ArticleRow.id, ArticleRow.remote_id)).all())
    wrong = []
    for article_id, (uid, title, body) in made.items():
        posts = by_uid.get(uid, [])
        if len(posts) != 1:
            wrong.append((article_id, "posts", [post.id for post in posts]))
            continue
        post = posts[0]
        if (post.title_raw, post.body_html, post.status) != (title, body, "draft"):
            wrong.append((article_id, "content", post.id))
        if remote_ids[article_id] != post.id:
            wrong.append((article_id, "remote_id", remote_ids[article_id], post.id))
    assert wrong == []
