"""A hostile corpus goes through WordPress → pull → the moderation desk, and nothing leaks.

Several hundred comments (tests/integration/hostile_corpus.py) are seeded as visitors' comments
straight into the test site (wordpress/seed-hostile-comments.php: the REST API would filter
them), pulled with ``moderation.pull_comments`` into the window's store and shown one by one
in the moderation desk's detail view. Every remote resource of the corpus points at a
recording TCP server of this module on 127.0.0.1, and every ``file:`` URL at a FIFO watched
by a writer thread: opening a FIFO for reading is what releases a blocked writer, so the
thread knows whether anyone opened the path (without relying on atime, which ``noatime`` and
``relatime`` mounts make unreliable, and without any risk of the app blocking on it: the
writer is always there).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socketserver
import subprocess
import threading
import time
import uuid
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from newsdesk.services import moderation, publishing
from newsdesk.sync import PASSWORD_VARIABLE, CredentialStore, WordPressClient
from newsdesk.text.bidi import has_bidi_controls
from newsdesk.text.comments import repair_surrogates
from newsdesk.ui.models.sidebar import Place
from newsdesk.ui.panes import moderation_pane
from tests.integration.hostile_corpus import (
    EVENT_HANDLERS,
    RLO,
    SURROGATE_HIGH,
    SURROGATE_LOW,
    build_corpus,
)
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

SEED = Path(__file__).resolve().parent / "wordpress" / "seed-hostile-comments.php"
ALL_QUEUE = 4
# Bidi embeddings/overrides and the isolates a name could open; FSI (U+2068) and PDI are ours.
OBEYED_BIDI = re.compile("[\u202a-\u202e\u2066\u2067]")
SAFE_TAGS = {"html", "head", "meta", "style", "body", "p", "a", "hr", "br", "strong", "b"}
SAFE_TAGS |= {"em", "i", "blockquote", "ul", "ol", "li", "code", "span"}


# ---------------------------------------------------------------------- traps


class _Recorder(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.requests: list[bytes] = []
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class _RecordingHandler(socketserver.BaseRequestHandler):
    """Record every connection, whatever it sends (HTTP or not), and answer a tiny 200."""

    def handle(self) -> None:
        self.request.settimeout(1.0)
        try:
            data = self.request.recv(4096)
        except OSError:
            data = b""
        with self.server.lock:  # type: ignore[attr-defined]
            self.server.requests.append(data or b"<connection without data>")  # type: ignore[attr-defined]
        with contextlib.suppress(OSError):
            self.request.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n")


class _FifoTrap:
    """A FIFO whose opening by anyone but ourselves is noticed by a blocked writer thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.opened: list[float] = []
        self._releasing = False
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.path.as_uri()

    def arm(self) -> None:
        self._releasing = False
        self._thread = threading.Thread(target=self._wait, daemon=True)
        self._thread.start()
        time.sleep(0.05)  # let the writer block in open()

    def _wait(self) -> None:
        # open() returns once a reader opened the FIFO; loop so that no reader ever blocks.
        while True:
            fd = os.open(self.path, os.O_WRONLY)
            os.close(fd)
            if self._releasing:
                return
            self.opened.append(time.time())

    def disarm(self) -> None:
        """Release the writer by opening the FIFO ourselves (not counted)."""
        self._releasing = True
        reader = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
        assert self._thread is not None
        self._thread.join(timeout=5)
        os.close(reader)


@pytest.fixture(scope="module")
def recorder():
    """A TCP server on 127.0.0.1 recording every connection made to it."""
    server = _Recorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def fifo_trap(tmp_path_factory):
    """The local file every file: URL of the corpus names; proven to notice an opening."""
    trap = _FifoTrap(tmp_path_factory.mktemp("bait") / "secret-notes.txt")
    # Self-check: an outside reader is seen.
    trap.arm()
    with open(trap.path, "rb") as reader:
        reader.read()
    time.sleep(0.1)
    trap.disarm()
    assert trap.opened, "the FIFO trap does not notice a reader"
    trap.opened.clear()
    return trap


# ---------------------------------------------------------------------- the site


@pytest.fixture(scope="module")
def hostile_site(wordpress, recorder, fifo_trap, tmp_path_factory):
    """Seed the corpus under a fresh post; return (post id, corpus by WordPress comment id)."""
    corpus = build_corpus(recorder.base, fifo_trap.url)
    password = wordpress.users["editor"].app_password
    with WordPressClient(wordpress.base_url, "editor", password) as client:
        post = client.create_post(
            {
                "title": f"مقال للتعليقات العدائية {uuid.uuid4().hex[:6]}",
                "content": "<p>نص</p>",
                "status": "publish",
            }
        )
    corpus_file = tmp_path_factory.mktemp("corpus") / "corpus.json"
    corpus_file.write_text(
        json.dumps(
            [
                {
                    "content": item.content,
                    "author_name": item.author_name,
                    "author_url": item.author_url,
                    "author_email": item.author_email,
                    "status": item.status,
                }
                for item in corpus
            ]
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        ["php", str(SEED), str(wordpress.target / "wp"), str(post.id), str(corpus_file)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seeded = json.loads(result.stdout.strip().splitlines()[-1])
    assert seeded["failed"] == [], f"WordPress refused corpus items {seeded['failed']}"
    assert len(seeded["ids"]) == len(corpus)
    return post.id, dict(zip(seeded["ids"], corpus, strict=True))


@pytest.fixture
def desk_account(window, demo_store, wordpress, monkeypatch):
    """The site's editor as an account of the window's store (password in a memory keyring)."""
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    password = wordpress.users["editor"].app_password
    with WordPressClient(wordpress.base_url, "editor", password) as client:
        account = publishing.add_account(
            demo_store, CredentialStore(backend, environ={}), client, password
        )
    yield account
    keyring.set_keyring(previous)


# ---------------------------------------------------------------------- checks


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _unsafe(document_html: str) -> list[str]:
    """Return what in a rendered document could run, fetch or navigate somewhere unsafe."""
    problems = []
    if "<script" in document_html.lower():
        problems.append("<script")
    parser = _Tags()
    parser.feed(document_html)
    parser.close()
    for tag, attrs in parser.tags:
        if tag not in SAFE_TAGS:
            problems.append(f"tag <{tag}>")
        for name, value in attrs:
            value = (value or "").strip()
            lowered = re.sub(r"[\s\x00-\x1f]", "", value).lower()
            if name.startswith("on"):
                problems.append(f"{tag}[{name}]")
            if name in {"src", "srcset", "background", "poster", "data", "action", "formaction"}:
                problems.append(f"{tag}[{name}]={value[:60]}")
            if name == "href" and not re.match(r"https?://", value, re.IGNORECASE):
                problems.append(f"a[href]={value[:60]}")
            if name == "http-equiv":
                problems.append(f"meta[http-equiv]={value}")
            for bad in (
                "javascript:",
                "vbscript:",
                "data:",
                "file:",
                "url(",
                "@import",
                "127.0.0.1",
            ):
                if bad in lowered:
                    problems.append(f"{tag}[{name}] holds {bad}")
    return problems


def _images(document) -> int:
    count = 0
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                count += 1
            iterator += 1
        block = block.next()
    return count


# ---------------------------------------------------------------------- tests


def test_corpus_covers_what_the_issue_lists(tmp_path):
    corpus = build_corpus("http://127.0.0.1:9", (tmp_path / "f").as_uri())
    kinds = Counter(item.kind for item in corpus)
    assert len({item.content for item in corpus}) >= 300
    assert min(kinds.values()) >= 5, kinds
    text = "\n".join(item.content for item in corpus).lower()
    for needle in (
        "<script", "javascript:", "vbscript:", "data:", "file:", "<iframe", "<object", "<video",
        "<link", "http-equiv", "<svg", "url(", "@import", "srcset", "\\\\127.0.0.1",
        SURROGATE_HIGH.lower(), SURROGATE_LOW.lower(), RLO, "\u200b", "العقـ.ـوبات",
    ):  # fmt: skip
        assert needle in text, needle
    for handler in EVENT_HANDLERS:
        assert handler in text, handler
    assert max(len(item.content) for item in corpus) > 200_000
    assert any(item.content.count("<div>") >= 5000 for item in corpus)
    assert any(has_bidi_controls(item.author_name) for item in corpus)
    assert any(has_bidi_controls(item.author_url) for item in corpus)
    assert any("\u200b" in item.author_url for item in corpus)


def test_hostile_corpus_is_pulled_and_rendered_without_fetching_anything(
    window, qtbot, demo_store, wordpress, desk_account, hostile_site, recorder, fifo_trap,
    monkeypatch,
):  # fmt: skip
    post_id, seeded = hostile_site
    fifo_trap.arm()
    try:
        with WordPressClient(
            wordpress.base_url, "editor", wordpress.users["editor"].app_password
        ) as client:
            moderation.pull_comments(demo_store, client, desk_account.id)
        stored = {
            comment.remote_id: comment
            for comment in moderation.list_comments(demo_store)
            if comment.remote_id in seeded
        }
        assert set(stored) == set(seeded)

        # What the JSON carried reached the store intact, lone surrogates and NUL aside.
        for remote_id, item in seeded.items():
            comment = stored[remote_id]
            if SURROGATE_HIGH in item.content or SURROGATE_LOW in item.content:
                assert "\ufffd" in comment.content_raw
                assert "NDSURR" not in comment.content_raw
            if len(item.content) > 200_000 and "\x00" not in item.content:
                assert comment.content_raw == item.content
            if SURROGATE_HIGH in item.author_name or SURROGATE_LOW in item.author_name:
                assert "\ufffd" in comment.author_name
            assert not re.search("[\x00\ud800-\udfff]", comment.author_name + comment.content_raw)

        rendered: list[str] = []
        original = moderation_pane.comment_html

        def recording_comment_html(*args, **kwargs):
            html = original(*args, **kwargs)
            rendered.append(html)
            return html

        monkeypatch.setattr(moderation_pane, "comment_html", recording_comment_html)
        pane = window.comments
        failures: list[object] = []
        pane.load_failed.connect(failures.append)
        with qtbot.waitSignal(pane.comments_loaded, timeout=120_000):
            window.show_place(Place.COMMENTS)
        pane.queues.setCurrentIndex(ALL_QUEUE)
        warning = QCoreApplication.translate(
            "Renderers", "⚠ The name hides direction-control characters."
        )

        seen: set[int] = set()
        timings: list[tuple[float, str, int]] = []
        problems: dict[int, list[str]] = {}
        for row in range(pane.proxy.rowCount()):
            comment = pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row())
            if comment.remote_id not in seeded:
                continue
            item = seeded[comment.remote_id]
            pane.table.clearSelection()  # so that selecting the current row renders it again
            rendered.clear()
            started = time.perf_counter()
            pane.select_row(row)
            QApplication.processEvents()
            timings.append((time.perf_counter() - started, item.kind, comment.remote_id))
            assert pane.current_comment().id == comment.id
            assert len(rendered) == 1
            seen.add(comment.remote_id)
            document = pane.detail.document()
            found = _unsafe(rendered[0]) + _unsafe(document.toHtml())
            if _images(document):
                found.append("image in the document")
            if found:
                problems[comment.remote_id] = found
            # The byline: isolated, bidi controls shown as codes and flagged, never obeyed.
            byline = document.firstBlock().text()
            assert byline.startswith("\u2068"), repr(byline[:40])
            assert byline.endswith("\u2069"), repr(byline[-40:])
            assert not OBEYED_BIDI.search(byline), repr(byline)
            name = repair_surrogates(item.author_name)
            if has_bidi_controls(name):
                assert "[U+" in byline
                assert warning in pane.detail.toPlainText()
            if RLO in name:
                assert "[U+202E]" in byline
            header = []
            block = document.firstBlock()
            while block.isValid() and len(header) < 5:
                header.append(block.text())
                block = block.next()
            assert not OBEYED_BIDI.search("\n".join(header)), header

        assert seen == set(seeded)
        assert not failures
        qtbot.wait(300)  # give anything asynchronous a chance to connect
    finally:
        fifo_trap.disarm()
    worst = max(timings)
    print(
        f"\nhostile corpus: {len(seen)} comments rendered, worst render {worst[0] * 1000:.1f} ms"
        f" ({worst[1]}, comment {worst[2]}), total {sum(t for t, _k, _i in timings):.2f} s"
    )
    assert problems == {}
    assert recorder.requests == []
    assert fifo_trap.opened == []
