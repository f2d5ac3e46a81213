"""Benchmark pushing to and pulling from a real WordPress against bare httpx calls.

The script starts its own WordPress + MariaDB on 127.0.0.1 with the integration tier's
scripts (``tests/integration/wordpress/up.sh TARGET PORT``, a free port; ``down.sh TARGET
--purge`` afterwards, always), and talks to nothing else. It works as the site's editor
account, added to a temporary SQLite store with ``services.publishing.add_account`` (the
application password read from NEWSDESK_WP_APP_PASSWORD, never stored). The articles are
generated Arabic news (``common.ArticleGenerator``, fixed seed), lengthened to about --words
words each.

Measured (newsdesk side), each against the nearest raw baseline (ratio = newsdesk / bare):
  * push of a new article: ``publishing.request_push`` + ``publishing.drain_outbox`` with
    ``publishing.connector`` (find the post by its marker, ensure the category and each tag,
    create, read back, store the sync bookkeeping), against one bare ``httpx.post`` to
    ``/?rest_route=/wp/v2/posts`` with the same title and content (Basic auth, status
    draft): the least one REST call costs;
  * push of an update of an already pushed article (a guarded update: ensure terms, get,
    update, read back), against one bare ``httpx.post`` to ``/wp/v2/posts/<id>`` of the
    baseline's own post with the same new title and content;
  * pull: ``pulling.pull_posts`` of every post on the site into a fresh store (first, full
    pull) and again with nothing new (incremental), each with a client opened by
    ``publishing.connector`` and closed after (as ``newsdesk pull`` does), against one bare
    ``httpx.get`` of ``/wp/v2/posts?context=edit&per_page=100&status=any`` (one page). The
    incremental pull is also set against a bare GET with ``modified_after`` that answers [].

Every bare call is a module-level ``httpx`` function (a new client, SSL context and
connection each time, as newsdesk opens a new client per drain or pull) with
``trust_env=False``, and decodes the JSON answer. Durations are wall-clock medians
(``time.perf_counter``) after one untimed warm-up; the bare calls are interleaved with the
newsdesk runs. Beside the timed runs, --traced of the articles (spread evenly among them)
are pushed, new and then updated, and --traced more full and incremental pulls are made,
through a counting ``httpx`` transport passed to ``WordPressClient(..., transport=...)``
(otherwise built as ``publishing.connector`` builds it): those runs give the number of
HTTP requests per operation and split each operation's time into HTTP requests, making
the client, and the rest (local work).

Run: .venv/bin/python bench/bench_sync.py [--articles 20] [--words 600] [--repeat 7]
"""

from __future__ import annotations

import argparse
import html
import os
import re
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
from keyring.backends.null import Keyring as NullKeyring

from common import (
    SEED,
    ArticleGenerator,
    Row,
    format_seconds,
    median_time,
    print_aligned,
    print_table,
)
from newsdesk.domain import RevisionKind
from newsdesk.services import editing, publishing, pulling
from newsdesk.services.articles import create_articles
from newsdesk.store import Store, open_store
from newsdesk.store.articles import ArticleFields
from newsdesk.sync import PASSWORD_VARIABLE, CredentialStore, WordPressClient

# The WordPress launcher lives beside up.sh in the tests, shared with the test tier.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.integration.wordpress.launch import (  # noqa: E402
    SiteNotStarted,
    start_site,
    stop_site,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

LOGIN = "editor"
POSTS = "/wp/v2/posts"
PER_PAGE = 100
BARE_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
UPDATE_NOTE = "تحديث"


class BenchFailed(RuntimeError):
    """The site could not be started, or an operation did not do what it should."""


# --------------------------------------------------------------------------- the site


@dataclass(frozen=True)
class Site:
    """The running WordPress and the account the benchmark uses (password out of reprs)."""

    base_url: str
    username: str
    password: str = field(repr=False)
    wp_version: str
    php_workers: int
    start_seconds: float


def check_loopback(url: str) -> str:
    """Refuse any site address that is not plain http on 127.0.0.1."""
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname != "127.0.0.1":
        raise BenchFailed(f"up.sh gave a site address that is not on 127.0.0.1: {url}")
    return url.rstrip("/")


@contextmanager
def wordpress_site(folder: Path) -> Iterator[Site]:
    """Start a WordPress with up.sh on a free port, yield it, and always stop it after."""
    try:
        started = start_site(folder)
    except SiteNotStarted as error:
        raise BenchFailed(str(error)) from None
    try:
        info = started.info
        yield Site(
            base_url=check_loopback(str(info["base_url"])),
            username=LOGIN,
            password=str(info["users"][LOGIN]["app_password"]),
            wp_version=str(info.get("wp_version", "?")),
            php_workers=int(info.get("php_workers", 0)),
            start_seconds=started.start_seconds,
        )
    finally:
        stop_site(started.target, purge=True)


# --------------------------------------------------------------------------- accounts


@dataclass
class Desk:
    """A newsdesk store with the site's editor account added to it."""

    store: Store
    credentials: CredentialStore
    account_id: int

    def connect(self) -> Callable[[int], WordPressClient]:
        """Return newsdesk's own connector (the one the outbox worker is given)."""
        return publishing.connector(self.store, self.credentials)


def open_desk(path: Path, site: Site) -> Desk:
    """Open a new SQLite store at path and add the site's editor account to it."""
    store = open_store(f"sqlite:///{path}")
    # The password comes from the environment, the way a headless newsroom runs newsdesk,
    # so none of it reaches the user's real keyring.
    credentials = CredentialStore(NullKeyring(), environ={PASSWORD_VARIABLE: site.password})
    with WordPressClient(site.base_url, site.username, site.password) as client:
        account = publishing.add_account(store, credentials, client, site.password)
    return Desk(store, credentials, account.id)


# --------------------------------------------------------------------------- counting requests


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP request newsdesk sent: what it was and how long until its body was read."""

    label: str
    status: int
    seconds: float


_ID = re.compile(r"/\d+")


def describe(request: httpx.Request) -> str:
    """Name a request by method and REST route (ids as <id>) and its telling parameters."""
    params = request.url.params
    route = _ID.sub("/<id>", params.get("rest_route", request.url.path))
    notes = [name for name in ("search", "modified_after") if name in params]
    if params.get("status") in ("any", "trash") and request.method == "GET":
        notes.append(f"status={params['status']}")
    return f"{request.method} {route}" + (f" ({', '.join(notes)})" if notes else "")


@dataclass
class Tracer:
    """What the counting clients of one run recorded."""

    exchanges: list[Exchange] = field(default_factory=list)
    open_seconds: float = 0.0  # making the clients (httpx.Client and its SSL context)

    def reset(self) -> None:
        """Forget the previous run."""
        self.exchanges.clear()
        self.open_seconds = 0.0


class CountingTransport(httpx.BaseTransport):
    """An httpx transport that records every request, reading each answer to its end."""

    def __init__(self, tracer: Tracer) -> None:
        """Send through a plain HTTPTransport and record into tracer."""
        self._inner = httpx.HTTPTransport()
        self._tracer = tracer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request, read the whole answer, and record how long that took."""
        if request.url.host != "127.0.0.1":
            raise BenchFailed(f"refusing a request to {request.url.host}")
        started = time.perf_counter()
        response = self._inner.handle_request(request)
        response.read()
        elapsed = time.perf_counter() - started
        self._tracer.exchanges.append(Exchange(describe(request), response.status_code, elapsed))
        return response

    def close(self) -> None:
        """Close the connection pool."""
        self._inner.close()


def counting_connector(desk: Desk, tracer: Tracer) -> Callable[[int], WordPressClient]:
    """Return ``publishing.connector``'s twin whose clients count their requests."""

    def connect(account_id: int) -> WordPressClient:
        known = publishing.account(desk.store, account_id)
        password = desk.credentials.load(known.username, known.site_url)
        started = time.perf_counter()
        transport = CountingTransport(tracer)
        client = WordPressClient(known.site_url, known.username, password, transport=transport)
        tracer.open_seconds += time.perf_counter() - started
        return client

    return connect


@dataclass
class Traced:
    """The traced runs of one operation: wall time and requests of each."""

    totals: list[float] = field(default_factory=list)
    runs: list[list[Exchange]] = field(default_factory=list)
    opens: list[float] = field(default_factory=list)

    def add(self, seconds: float, tracer: Tracer) -> None:
        """Record one run."""
        self.totals.append(seconds)
        self.runs.append(list(tracer.exchanges))
        self.opens.append(tracer.open_seconds)

    @property
    def requests(self) -> int:
        """Return the median number of requests per run (the lower one on a tie)."""
        return int(statistics.median_low(len(run) for run in self.runs))

    def request_range(self) -> str:
        """Return "n" or "min-max" requests per run."""
        counts = [len(run) for run in self.runs]
        low, high = min(counts), max(counts)
        return f"{low}" if low == high else f"{low}-{high} (median {self.requests})"

    def open_seconds(self) -> float:
        """Return the median over runs of the time spent making the client."""
        return statistics.median(self.opens)

    def http_seconds(self) -> float:
        """Return the median over runs of the time spent in HTTP requests."""
        return statistics.median(sum(e.seconds for e in run) for run in self.runs)

    def local_seconds(self) -> float:
        """Return the median over runs of the time spent neither in requests nor opening."""
        return statistics.median(
            total - opened - sum(e.seconds for e in run)
            for total, opened, run in zip(self.totals, self.opens, self.runs, strict=True)
        )


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class Draft:
    """A generated article of about the wanted length."""

    title: str
    paragraphs: tuple[str, ...]
    section: str
    tags: tuple[str, ...]

    @property
    def body_html(self) -> str:
        """Return the paragraphs as the store's article HTML."""
        return "\n".join(
            f'<p dir="rtl">{html.escape(paragraph, quote=False)}</p>'
            for paragraph in self.paragraphs
        )

    @property
    def terms(self) -> int:
        """Return how many terms (category and tags) the article names."""
        return int(bool(self.section)) + len(self.tags)

    @property
    def words(self) -> int:
        """Return how many words the body has."""
        return sum(len(paragraph.split()) for paragraph in self.paragraphs)

    def fields(self) -> ArticleFields:
        """Return the store fields of the article."""
        return ArticleFields(
            title=self.title, body_html=self.body_html, section=self.section, tags=self.tags
        )

    def updated(self, number: int) -> Draft:
        """Return the article as after an edit: a changed title and one more paragraph."""
        note = f"{UPDATE_NOTE} {number}: {self.paragraphs[0]}"
        return Draft(
            f"{self.title} ({UPDATE_NOTE} {number})",
            (*self.paragraphs, note),
            self.section,
            self.tags,
        )


def generate_drafts(generator: ArticleGenerator, count: int, words: int) -> list[Draft]:
    """Return count articles of about words words: one generated article, lengthened."""
    drafts = []
    for _ in range(count):
        head = generator.article()
        paragraphs = list(head.paragraphs)
        total = sum(len(paragraph.split()) for paragraph in paragraphs)
        while total < words:
            for paragraph in generator.article().paragraphs:
                if total >= words:
                    break
                paragraphs.append(paragraph)
                total += len(paragraph.split())
        drafts.append(Draft(head.title, tuple(paragraphs), head.section, head.tags))
    return drafts


# --------------------------------------------------------------------------- newsdesk side


def push(desk: Desk, connect: Callable[[int], WordPressClient], article_id: int) -> None:
    """Queue one push and drain the outbox; fail loudly unless the article went out."""
    publishing.request_push(desk.store, article_id, desk.account_id)
    report = publishing.drain_outbox(desk.store, connect)
    if report.pushed != [article_id]:
        raise BenchFailed(
            f"push of article {article_id} did not go through: "
            f"{publishing.pending_pushes(desk.store)}"
        )


def timed_push(desk: Desk, connect: Callable[[int], WordPressClient], article_id: int) -> float:
    """Return the seconds one push of the article takes, end to end."""
    start = time.perf_counter()
    push(desk, connect, article_id)
    return time.perf_counter() - start


def save_update(desk: Desk, article_id: int, draft: Draft) -> None:
    """Save the edited article in the store, as the editor's explicit save does (untimed)."""
    editing.save_article(desk.store, article_id, draft.fields(), RevisionKind.SAVE)


def timed_pull(
    desk: Desk, connect: Callable[[int], WordPressClient]
) -> tuple[float, pulling.PullReport]:
    """Return the seconds one pull takes (open a client, pull_posts, close), and its report."""
    start = time.perf_counter()
    with connect(desk.account_id) as client:  # as `newsdesk pull` does, once per pull
        report = pulling.pull_posts(desk.store, client, desk.account_id)
    return time.perf_counter() - start, report


# --------------------------------------------------------------------------- bare side


class Bare:
    """The raw baseline: one module-level httpx call per operation, Basic auth, no proxy."""

    def __init__(self, site: Site) -> None:
        """Remember where and as whom to send."""
        self._url = f"{site.base_url}/"
        self._auth = httpx.BasicAuth(site.username, site.password)

    def _call(self, method: str, route: str, **kwargs: Any) -> Any:
        params = {"rest_route": route, **kwargs.pop("params", {})}
        response = httpx.request(
            method,
            self._url,
            params=params,
            auth=self._auth,
            timeout=BARE_TIMEOUT,
            trust_env=False,
            follow_redirects=False,
            **kwargs,
        )
        response.raise_for_status()
        return response.json()

    def create(self, draft: Draft) -> tuple[float, int]:
        """POST a new draft post; return the seconds and the new post's id."""
        body = {"title": draft.title, "content": draft.body_html, "status": "draft"}
        start = time.perf_counter()
        data = self._call("POST", POSTS, json=body)
        return time.perf_counter() - start, int(data["id"])

    def update(self, post_id: int, draft: Draft) -> float:
        """POST new title and content to an existing post; return the seconds."""
        body = {"title": draft.title, "content": draft.body_html}
        start = time.perf_counter()
        self._call("POST", f"{POSTS}/{post_id}", json=body)
        return time.perf_counter() - start

    def list_page(self, modified_after: str | None = None) -> tuple[float, int]:
        """GET one page of posts in edit context; return the seconds and how many came."""
        params: dict[str, Any] = {"context": "edit", "per_page": PER_PAGE, "status": "any"}
        if modified_after is not None:
            params["modified_after"] = modified_after
        start = time.perf_counter()
        data = self._call("GET", POSTS, params=params)
        return time.perf_counter() - start, len(data)


# --------------------------------------------------------------------------- measuring


@dataclass
class Results:
    """Every figure the tables print."""

    create: list[float] = field(default_factory=list)
    bare_create: list[float] = field(default_factory=list)
    update: list[float] = field(default_factory=list)
    bare_update: list[float] = field(default_factory=list)
    full_pull: list[float] = field(default_factory=list)
    incremental_pull: list[float] = field(default_factory=list)
    bare_page: list[float] = field(default_factory=list)
    bare_empty_page: list[float] = field(default_factory=list)
    traced_create: Traced = field(default_factory=Traced)
    traced_update: Traced = field(default_factory=Traced)
    traced_full: Traced = field(default_factory=Traced)
    traced_incremental: Traced = field(default_factory=Traced)
    pulled_posts: int = 0
    timed_terms: list[int] = field(default_factory=list)
    traced_terms: list[int] = field(default_factory=list)
    relisted: int = 0  # posts the incremental pull lists again (the cursor's overlap)
    client_seconds: float = 0.0  # making one bare httpx.Client
    bare_page_posts: int = 0
    site_posts: int = 0


def measure_pushes(
    desk: Desk, bare: Bare, drafts: Sequence[Draft], traced: int, results: Results
) -> None:
    """Push every draft new, then updated: warm-up, timed (beside the bare calls), traced."""
    ids, _changes = create_articles(desk.store, (draft.fields() for draft in drafts))
    connect = desk.connect()
    tracer = Tracer()
    counting = counting_connector(desk, tracer)
    counted = traced_indices(len(drafts), traced)
    bare_ids: dict[int, int] = {}

    print(f"pushing {len(drafts)} new articles ...", file=sys.stderr)
    push(desk, connect, ids[0])  # warm-up (and the first category / tags)
    bare.create(drafts[0])
    for index in range(1, len(drafts)):
        if index in counted:
            results.traced_terms.append(drafts[index].terms)
            tracer.reset()
            results.traced_create.add(timed_push(desk, counting, ids[index]), tracer)
            continue
        results.timed_terms.append(drafts[index].terms)
        results.create.append(timed_push(desk, connect, ids[index]))
        seconds, bare_ids[index] = bare.create(drafts[index])
        results.bare_create.append(seconds)

    print("pushing the same articles updated ...", file=sys.stderr)
    edited = [draft.updated(number) for number, draft in enumerate(drafts, 1)]
    save_update(desk, ids[0], edited[0])
    push(desk, connect, ids[0])  # warm-up
    for index in range(1, len(drafts)):
        save_update(desk, ids[index], edited[index])
        if index in counted:
            tracer.reset()
            results.traced_update.add(timed_push(desk, counting, ids[index]), tracer)
            continue
        results.update.append(timed_push(desk, connect, ids[index]))
        results.bare_update.append(bare.update(bare_ids[index], edited[index]))


def traced_indices(count: int, traced: int) -> set[int]:
    """Return which of count articles (0 = warm-up) go through the counting transport.

    They are spread evenly over the run, so that they meet the site as the timed ones do
    (early pushes still create categories and tags, later ones find them).
    """
    step = (count - 1) / traced
    return {1 + int((number + 0.5) * step) for number in range(traced)}


def measure_pulls(
    folder: Path, site: Site, bare: Bare, repeat: int, traced: int, results: Results
) -> None:
    """Pull every post into fresh stores (full), then again with nothing new (incremental)."""
    # A listing that answers []: the nearest raw equivalent of "anything new?".
    future = "2999-01-01T00:00:00Z"
    count = 1 + repeat + traced
    print(f"pulling into {count} fresh stores ...", file=sys.stderr)
    # The warm-up pull, the timed ones, then the ones through the counting transport.
    desks = [open_desk(folder / f"pull{run}.sqlite3", site) for run in range(count)]
    try:
        for run, desk in enumerate(desks):
            tracer = Tracer()
            counted = run > repeat
            connect = counting_connector(desk, tracer) if counted else desk.connect()
            seconds, report = timed_pull(desk, connect)
            results.pulled_posts = len(report.created)
            if counted:
                results.traced_full.add(seconds, tracer)
                continue
            bare_seconds, results.bare_page_posts = bare.list_page()
            if run > 0:
                results.full_pull.append(seconds)
                results.bare_page.append(bare_seconds)

        print("pulling again with nothing new ...", file=sys.stderr)
        desk = desks[-1]
        for run in range(count):
            tracer = Tracer()
            counted = run > repeat
            connect = counting_connector(desk, tracer) if counted else desk.connect()
            seconds, report = timed_pull(desk, connect)
            if report.created or report.updated or report.conflicts:
                raise BenchFailed(f"an incremental pull found something new: {report}")
            results.relisted = len(report.unchanged)
            if counted:
                results.traced_incremental.add(seconds, tracer)
                continue
            bare_seconds, listed = bare.list_page(future)
            if listed:
                raise BenchFailed("a listing modified after 2999 was not empty")
            if run > 0:
                results.incremental_pull.append(seconds)
                results.bare_empty_page.append(bare_seconds)
    finally:
        for desk in desks:
            desk.store.close()


def count_site_posts(site: Site) -> int:
    """Return how many posts (any status but trash) the site holds."""
    with WordPressClient(site.base_url, site.username, site.password) as client:
        return len(client.list_posts(status="any"))


# --------------------------------------------------------------------------- report


def median(values: Sequence[float]) -> float:
    """Return the median of values."""
    return statistics.median(values)


def report(site: Site, drafts: Sequence[Draft], args: argparse.Namespace, r: Results) -> None:
    """Print the ratio table, the time split of the traced runs and their requests."""
    timed = len(drafts) - 1 - args.traced
    words = statistics.mean(draft.words for draft in drafts)
    pages = "" if r.bare_page_posts >= r.pulled_posts else f" (first {r.bare_page_posts})"
    print_table(
        f"WordPress {site.wp_version} on 127.0.0.1 (php -S, {site.php_workers} workers), "
        f"account '{site.username}', {len(drafts)} Arabic articles of ~{words:.0f} words",
        [
            Row(
                "push new article: request_push + drain_outbox",
                median(r.create),
                median(r.bare_create),
            ),
            Row("  HTTP requests per new-article push", r.traced_create.requests, 1, "req"),
            Row(
                "push update (guarded): request_push + drain",
                median(r.update),
                median(r.bare_update),
            ),
            Row("  HTTP requests per update push", r.traced_update.requests, 1, "req"),
            Row(
                f"pull_posts, first (full): {r.pulled_posts} posts{pages}",
                median(r.full_pull),
                median(r.bare_page),
            ),
            Row("  HTTP requests per full pull", r.traced_full.requests, 1, "req"),
            Row(
                f"pull_posts, incremental (nothing new, {r.relisted} re-listed)",
                median(r.incremental_pull),
                median(r.bare_page),
            ),
            Row(
                "  same, vs bare GET modified_after (answers [])",
                median(r.incremental_pull),
                median(r.bare_empty_page),
            ),
            Row("  HTTP requests per incremental pull", r.traced_incremental.requests, 1, "req"),
        ],
        baseline_label="bare httpx",
        notes=(
            f"push rows: medians of {timed} articles (one warm-up before); bare = one "
            "httpx.post of the same title/content",
            f"pull rows: medians of {args.repeat} runs (one warm-up before), the full pull "
            "into a fresh store each time;",
            f"bare = one httpx.get of {POSTS}?context=edit&per_page={PER_PAGE}&status=any "
            f"({r.bare_page_posts} posts); the site held {r.site_posts} posts",
            "request counts: median over the traced runs (see below); ratio > 1 = slower / more",
        ),
    )

    print("\nWhere the time goes: traced runs through a counting httpx transport")
    rows = []
    for name, traced in (
        ("push new article", r.traced_create),
        ("push update", r.traced_update),
        ("pull_posts, full", r.traced_full),
        ("pull_posts, incremental", r.traced_incremental),
    ):
        rows.append(
            [
                name,
                str(len(traced.runs)),
                traced.request_range(),
                format_seconds(median(traced.totals)),
                format_seconds(traced.http_seconds()),
                format_seconds(traced.open_seconds()),
                format_seconds(traced.local_seconds()),
            ]
        )
    print_aligned(
        ["operation", "runs", "requests", "total", "in HTTP", "open client", "other local"], rows
    )
    print("  in HTTP: sum of the requests' times (sent until the answer is read); open client:")
    print("  making the WordPressClient (httpx.Client and its SSL context); other local: the rest")
    print("  (store transactions, canonicalising, comparing, JSON). Medians over the runs.")
    print(
        f"  The bare side pays the same client set-up in every call: httpx.Client() alone takes "
        f"{format_seconds(r.client_seconds)}."
    )
    print("  A push sends 3 post requests (new: find by marker, create, read back; update: get,")
    print("  update, read back), 1 lookup per term (category, tags) and 1 more per term created.")
    print(
        f"  Terms per article: {statistics.mean(r.timed_terms):.2f} on average in the timed "
        f"pushes, {statistics.mean(r.traced_terms):.2f} in the traced ones."
    )

    print("\nRequests of the traced runs")
    rows = []
    for name, traced in (
        ("push new", r.traced_create),
        ("push update", r.traced_update),
        ("pull full", r.traced_full),
        ("pull incremental", r.traced_incremental),
    ):
        by_label: dict[str, list[Exchange]] = {}
        for run in traced.runs:
            for exchange in run:
                by_label.setdefault(exchange.label, []).append(exchange)
        for label, exchanges in by_label.items():
            statuses = ",".join(sorted({str(e.status) for e in exchanges}))
            rows.append(
                [
                    name,
                    label,
                    f"{len(exchanges) / len(traced.runs):.2f}",
                    statuses,
                    format_seconds(median([e.seconds for e in exchanges])),
                ]
            )
    print_aligned(
        ["operation", "request", "per run", "status", "median"],
        rows,
        [False, False, True, False, True],
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, start WordPress, push and pull, print the tables, stop WordPress."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=20, help="articles to generate")
    parser.add_argument("--words", type=int, default=600, help="words per article (about)")
    parser.add_argument("--traced", type=int, default=4, help="pushes and pulls made with counting")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per pull")
    parser.add_argument("--seed", type=int, default=SEED, help="generator seed")
    args = parser.parse_args(argv)
    if args.traced < 1:
        parser.error("--traced must be at least 1")
    if args.articles < args.traced + 3:
        parser.error("--articles must be at least --traced + 3")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    drafts = generate_drafts(ArticleGenerator(seed=args.seed), args.articles, args.words)
    results = Results()
    with tempfile.TemporaryDirectory(prefix="nd-bench-") as tmp:
        folder = Path(tmp)
        # Nothing here should fall back on the user's data, but make sure it cannot.
        os.environ["NEWSDESK_DATA_DIR"] = str(folder / "data")
        os.environ["NEWSDESK_CONFIG_DIR"] = str(folder / "config")
        os.environ.pop("NEWSDESK_WP_APP_PASSWORD", None)
        print("starting WordPress on 127.0.0.1 ...", file=sys.stderr)
        with wordpress_site(folder / "site") as site:
            print(f"WordPress started in {site.start_seconds:.1f} s", file=sys.stderr)
            bare = Bare(site)
            desk = open_desk(folder / "s.sqlite3", site)
            try:
                measure_pushes(desk, bare, drafts, args.traced, results)
            finally:
                desk.store.close()
            results.site_posts = count_site_posts(site)
            measure_pulls(folder, site, bare, args.repeat, args.traced, results)
            results.client_seconds = median_time(
                lambda: httpx.Client(trust_env=False).close(), repeat=21
            )
            report(site, drafts, args, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
