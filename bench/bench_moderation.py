"""Benchmark comment moderation on 100,000 Arabic reader comments against bare Qt and sqlite3.

The comments are generated (fixed seed) as ``newsdesk.domain.Comment`` objects: short
Arabic sentences of 8-40 words drawn from ``common.ArticleGenerator``'s Zipf vocabulary,
from about 2,000 commenters (most with an e-mail address, a few with bidi controls in
their name; a few write most comments), under 300 articles, dated over two years, one in
ten a reply. Statuses are random by kind of commenter: regular readers (90 %: hold or
approved), trolls (7 %: a third trashed) and spammers (3 %: mostly spam, mostly links).
Mixed in: a topic word (``العقوبات``) in a quarter of them, some of those spelled
evasively (``العقـ.ـوبات``) or vocalised; Latin names; links (anchors and bare URLs);
blocklisted words, some evasive (``الخ.ونة``, ``خ و ن ة``, ``c.a.s.i.n.o``); repeated
campaign texts; shouting; Arabizi.

Measured (newsdesk side), each against the nearest bare baseline (ratio = newsdesk / bare).
Every Qt row runs offscreen in a 1000x700 QTableView (right-to-left, the UI font, no
vertical header, no word wrap, the comment column stretched, as the moderation pane sets
it); "paint" is ``processEvents()`` + ``viewport().repaint()``. The bare model is a
QAbstractTableModel over a Python list of the same Comment objects whose ``data()``
returns attributes as they are (six columns: author, first 140 characters of the raw
HTML, article, date as ISO text, status, signal score):

  * load: a new ModerationModel + ModerationFilter (the pane's default queue, pending) +
    view, ``ModerationModel.load(comments, signals)``, show, paint; against a new bare
    model + view over the list, show, paint (the qt-facts section 6 shape);
  * filter, queue switch: ``ModerationFilter.set_filter(statuses={approved})`` from the
    pending queue + paint; against ``[c for c in comments if c.status is APPROVED]`` + a
    model reset of the bare model (showing the pending ones before) + paint;
  * filter, search: ``set_filter(query=WORD)`` in the "All" queue + paint; against
    ``[c for c in comments if WORD in c.content_html]`` (raw substring, as qt-facts) +
    reset + paint. The hit counts differ: newsdesk normalises (it finds the evasive and
    vocalised spellings and the author fields too); both are printed under the table;
  * filter, only flagged: ``set_filter(only_flagged=True)`` in the "All" queue + paint;
    against the same predicate newsdesk applies (a signal other than "first comment") in
    a list comprehension + reset + paint;
  * sort by date (descending) and by signal score (descending): ``ModerationModel.sort``
    with the view on the proxy ("All" queue) + paint, the two sorts alternating (each run
    starts from the other order); against ``list.sort`` with the same key +
    ``layoutAboutToBeChanged``/``layoutChanged`` + paint on the bare model. One more row
    times the header-click path, ``ModerationFilter.sort`` (source sort + ``invalidate()``),
    alternating the same way, against the same bare date sort;
  * one decision: ``ModerationModel.replace_rows([comment])`` (the top pending comment,
    now approved) + ``ModerationFilter.refresh()`` + paint, against replacing the list item
    + ``dataChanged`` for that one row + paint;
  * list_comments: ``services.moderation.list_comments(store)`` on a temporary SQLite store
    holding the same comments (inserted with an ORM bulk ``insert(CommentRow)``), against
    a bare ``sqlite3`` ``SELECT`` of the columns a Comment is made of, ``ORDER BY date_gmt
    DESC``, ``fetchall()``.

``services.moderation.comment_signals(comments, BLOCKLIST)`` has no raw equivalent: it is
printed on its own, as total time and µs per comment. Durations are medians of --repeat
runs after one untimed warm-up; signals and list_comments are medians of at most 3 runs,
and signals has no warm-up (one run of 100,000 comments takes tens of seconds). With
--profile, each newsdesk operation is also run once under cProfile and its top functions
(by own time) are printed to stderr.

Run: .venv/bin/python bench/bench_moderation.py [--comments 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView
from sqlalchemy import insert

from common import (
    LATIN_NAMES,
    NEWS_WORDS,
    SEED,
    ArticleGenerator,
    Row,
    format_seconds,
    median_time,
    print_aligned,
    print_table,
)
from newsdesk.domain import Comment, CommentStatus
from newsdesk.services.articles import create_articles
from newsdesk.services.moderation import comment_search_text, comment_signals, list_comments
from newsdesk.store import open_store
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import CommentRow
from newsdesk.text.signals import Signal, SignalSet
from newsdesk.ui.app import configure_application
from newsdesk.ui.models.moderation import Column, ModerationFilter, ModerationModel

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

WIDTH, HEIGHT = 1000, 700
SITE = "https://news.example"
ARTICLES = 300
COMMENTERS = 2000
SEARCH_WORD = "العقوبات"
# How the topic word is written when it is not written plainly.
SEARCH_WORD_EVASIVE = ("العقـ.ـوبات", "العقـ،ـوبات", "العُقُوبَات", "العقــوبات")
BLOCKLIST = ("خونة", "عملاء", "كازينو", "قمار", "مراهنات", "casino", "viagra", "بيتكوين مجاني")
BLOCKED_WRITTEN = (
    "خونة", "والخونة", "للخونة", "الخ.ونة", "خ و ن ة", "خونـ.ـة", "العملاء", "عمـ.ـلاء",
    "كازينو", "كازيـ.ـنو", "القمار", "مراهنات", "casino", "c.a.s.i.n.o", "VIAGRA",
    "بيتكوين مجاني",
)  # fmt: skip
ARABIZI = (
    "ana m3ak ya 7abibi", "wallah 3ndak 7a2", "yalla habibi keda a7san",
    "el 7okoma lazem t3mel 7aga", "mabrouk ya akhi 3ala el ta2rir",
)  # fmt: skip
SHOUTING = ("BUY CHEAP FOLLOWERS NOW", "CLICK HERE FREE MONEY TODAY", "THIS IS FAKE NEWS STOP")
FIRST_NAMES = (
    "محمد", "أحمد", "علي", "عمر", "خالد", "يوسف", "حسن", "إبراهيم", "مصطفى", "سامي", "كريم",
    "طارق", "ليلى", "فاطمة", "مريم", "سارة", "نور", "هدى", "رنا", "ياسمين", "دينا", "سلمى",
    "زينب", "آمنة", "Ahmed", "Sara", "Omar",
)  # fmt: skip
LAST_NAMES = (
    "العلي", "الحسن", "المصري", "الشامي", "العراقي", "التونسي", "الأحمد", "السيد", "عبد الله",
    "الخطيب", "النجار", "الحداد", "القاسم", "يوسف", "منصور", "سليمان", "Haddad", "Khalil",
)  # fmt: skip
H, A, S, T = (CommentStatus.HOLD, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.TRASH)
# Kinds of commenter: (share of commenters, status weights of their comments, link chance).
# Statuses are random, but by kind: a spam or trash history belongs to a few commenters
# (HISTORY flags every comment of a commenter with one, so uniform statuses would flag all).
KINDS = (
    (0.90, {H: 35, A: 65}, 0.03),  # regular readers
    (0.07, {H: 30, A: 40, T: 30}, 0.03),  # trolls: a third of it trashed
    (0.03, {H: 20, S: 80}, 0.5),  # spammers: mostly links
)
BARE_HEADERS = ("Author", "Comment", "Article", "Date", "Status", "Signals")
BARE_SELECT = (
    "SELECT id, article_id, post_title, author_name, content_html, status, date_gmt, "
    "author_email, author_url, author_ip, parent_id, remote_id, server_status, conflict, "
    "content_raw, original_content_raw, site FROM comments ORDER BY date_gmt DESC"
)
EXCERPT = 140


# --------------------------------------------------------------------------- the comments


@dataclass(frozen=True, slots=True)
class Commenter:
    """Who writes comments."""

    name: str
    email: str
    url: str
    statuses: tuple[CommentStatus, ...]
    status_weights: tuple[int, ...]
    link_p: float


def _commenters(rng: random.Random, count: int) -> list[Commenter]:
    people = []
    for number in range(count):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if rng.random() < 0.002:
            name = "\u202e" + name  # a right-to-left override hidden in the name
        email = f"reader{number}@example.{rng.choice(('com', 'net', 'org'))}"
        if rng.random() < 0.15:
            email = ""  # a visitor without an address: known by name only
        url = f"https://blog{number}.example.net" if rng.random() < 0.05 else ""
        _share, weights, link_p = rng.choices(KINDS, [kind[0] for kind in KINDS])[0]
        people.append(Commenter(name, email, url, tuple(weights), tuple(weights.values()), link_p))
    return people


class CommentGenerator:
    """Deterministic Arabic reader comments (see the module docstring)."""

    def __init__(self, seed: int = SEED) -> None:
        """Prepare the vocabulary, commenters, article titles and campaign texts."""
        self.rng = random.Random(seed)
        words = ArticleGenerator(seed=seed)
        self.vocabulary = words.vocabulary
        self.cum_weights = words.cum_weights
        self.commenters = _commenters(self.rng, COMMENTERS)
        # A few commenters write most comments.
        total = 0.0
        self.commenter_weights = []
        for rank in range(1, COMMENTERS + 1):
            total += rank**-0.8
            self.commenter_weights.append(total)
        news = list(dict.fromkeys(NEWS_WORDS))
        self.titles = [
            " ".join(self.rng.sample(news, self.rng.randint(5, 9))) for _ in range(ARTICLES)
        ]
        self.campaigns = [self._sentence(self.rng.randint(8, 16)) for _ in range(50)]
        self.start = datetime(2023, 1, 1, tzinfo=UTC)

    def _sentence(self, length: int) -> str:
        return " ".join(self.rng.choices(self.vocabulary, cum_weights=self.cum_weights, k=length))

    def _text(self, link_p: float) -> str:
        rng = self.rng
        if rng.random() < 0.02:
            return rng.choice(self.campaigns)
        tokens = self._sentence(rng.randint(8, 40)).split()

        def put(token: str) -> None:
            tokens.insert(rng.randrange(len(tokens) + 1), token)

        if rng.random() < 0.25:
            put(rng.choice(SEARCH_WORD_EVASIVE) if rng.random() < 0.12 else SEARCH_WORD)
        if rng.random() < 0.10:
            put(rng.choice(LATIN_NAMES))
        if rng.random() < 0.02:
            put(rng.choice(BLOCKED_WRITTEN))
        if rng.random() < link_p:
            put(f"https://www.offer{rng.randint(1, 300)}.example.com/win")
        if rng.random() < 0.01:
            put(rng.choice(ARABIZI))
        if rng.random() < 0.005:
            put(rng.choice(SHOUTING))
        if rng.random() < 0.06:
            tokens[-1] += rng.choice(("!", "؟", "!!", "."))
        return " ".join(tokens)

    def _html(self, link_p: float) -> str:
        rng = self.rng
        paragraphs = [self._text(link_p)]
        if rng.random() < 0.05:
            paragraphs.append(self._text(link_p))
        if rng.random() < 0.02:
            href = f"https://promo{rng.randint(1, 200)}.example.org/p?id={rng.randint(1, 9999)}"
            paragraphs[-1] += f' <a href="{href}">رابط</a>'
        return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)

    def comments(self, count: int, article_ids: Sequence[int]) -> list[Comment]:
        """Return count comments with ids 1..count under the given articles."""
        rng = self.rng
        span = 2 * 365 * 86_400
        out = []
        for number in range(1, count + 1):
            person = rng.choices(self.commenters, cum_weights=self.commenter_weights)[0]
            article = rng.randrange(len(article_ids))
            status = rng.choices(person.statuses, person.status_weights)[0]
            content = self._html(person.link_p)
            address = ".".join(str(rng.randint(1, 254)) for _ in range(3))
            parent = rng.randint(1, number - 1) if number > 100 and rng.random() < 0.1 else None
            out.append(
                Comment(
                    id=number,
                    article_id=article_ids[article],
                    article_title=self.titles[article],
                    author_name=person.name,
                    content_html=content,
                    status=status,
                    date_gmt=self.start + timedelta(seconds=rng.randrange(span)),
                    author_email=person.email,
                    author_url=person.url,
                    author_ip=f"10.{address}",
                    parent_id=parent,
                    remote_id=1000 + number,
                    server_status=status,
                    content_raw=content,
                    site=SITE,
                )
            )
        return out


# --------------------------------------------------------------------------- timing helpers


def median_with_setup(
    setup: Callable[[], object], fn: Callable[[], object], repeat: int, warmup: int = 1
) -> float:
    """Return the median seconds of fn over repeat calls, each after an untimed setup()."""
    times = []
    for run in range(warmup + repeat):
        setup()
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        if run >= warmup:
            times.append(elapsed)
    return statistics.median(times)


PROFILES: list[tuple[str, str]] = []


def profile(label: str, setup: Callable[[], object], fn: Callable[[], object]) -> None:
    """Run fn once under cProfile (after setup) and keep its top functions by own time."""
    setup()
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime").print_stats(10)
    PROFILES.append((label, stream.getvalue()))


# --------------------------------------------------------------------------- Qt


class BareModel(QAbstractTableModel):
    """The baseline: a table model over a Python list that returns attributes as they are."""

    def __init__(self, rows: list[Comment], scores: dict[int, int]) -> None:
        """Wrap rows (not copied)."""
        super().__init__()
        self.rows = rows
        self.scores = scores

    def reset(self, rows: list[Comment]) -> None:
        """Show other rows: a model reset."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of rows."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(BARE_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return BARE_HEADERS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return a cell's attribute as it is."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return row.author_name
        if column == 1:
            return row.content_html[:EXCERPT]
        if column == 2:
            return row.article_title
        if column == 3:
            return row.date_gmt.isoformat(" ", "minutes")
        if column == 4:
            return row.status.value
        return str(self.scores[row.id])


def make_view(model: QAbstractTableModel) -> QTableView:
    """Return a 1000x700 table view over model, set up as the moderation pane sets its own."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.EXCERPT, QHeaderView.ResizeMode.Stretch)
    view.resize(WIDTH, HEIGHT)
    return view


def paint(view: QTableView) -> None:
    """Let queued events run, then paint the visible rows now."""
    QApplication.processEvents()
    view.viewport().repaint()


def flagged(found: SignalSet | None) -> bool:
    """Return whether a comment shows a signal other than "first comment" (the proxy's test)."""
    return found is not None and bool(found.active - {Signal.FIRST_TIME})


@dataclass(slots=True)
class QtFigures:
    """Medians for one side of the table comparison, and what the filters showed."""

    load: float = 0.0
    queue: float = 0.0
    search: float = 0.0
    flagged: float = 0.0
    sort_date: float = 0.0
    sort_score: float = 0.0
    sort_header: float = 0.0
    decision: float = 0.0
    queue_rows: int = 0
    search_rows: int = 0
    flagged_rows: int = 0


def _sort_pair(
    sort_date: Callable[[], object], sort_score: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Time date and score sorts alternately (each starts from the other order)."""
    sort_score()  # the warm-up; it leaves the rows in score order for the first date sort
    dates, scores = [], []
    for _ in range(repeat):
        for fn, into in ((sort_date, dates), (sort_score, scores)):
            start = time.perf_counter()
            fn()
            into.append(time.perf_counter() - start)
    return statistics.median(dates), statistics.median(scores)


def drop_views(built: list[Any]) -> None:
    """Close the views a timed run built and forget its models."""
    for thing in built:
        if isinstance(thing, QTableView):
            thing.close()
    built.clear()
    QApplication.processEvents()


def measure_newsdesk_qt(
    comments: list[Comment], signals: dict[int, SignalSet], repeat: int, profiling: bool
) -> QtFigures:
    """Time ModerationModel + ModerationFilter in a table view."""
    figures = QtFigures()
    built: list[Any] = []

    def load() -> None:
        model = ModerationModel()
        proxy = ModerationFilter()
        proxy.setSourceModel(model)
        view = make_view(proxy)
        built.extend((view, proxy, model))
        model.load(comments, signals)
        view.show()
        paint(view)

    figures.load = median_with_setup(partial(drop_views, built), load, repeat)
    if profiling:
        profile("load", partial(drop_views, built), load)
    drop_views(built)
    load()
    view, proxy, model = built
    hold, approved, everything = (
        frozenset({CommentStatus.HOLD}),
        frozenset({CommentStatus.APPROVED}),
        frozenset(),
    )

    def to_queue(statuses: frozenset[CommentStatus]) -> Callable[[], None]:
        def once() -> None:
            proxy.set_filter(statuses=statuses)
            paint(view)

        return once

    figures.queue = median_with_setup(to_queue(hold), to_queue(approved), repeat)
    figures.queue_rows = proxy.rowCount()
    if profiling:
        profile("filter: queue switch", to_queue(hold), to_queue(approved))

    def search(query: str) -> Callable[[], None]:
        def once() -> None:
            proxy.set_filter(statuses=everything, query=query)
            paint(view)

        return once

    figures.search = median_with_setup(search(""), search(SEARCH_WORD), repeat)
    figures.search_rows = proxy.rowCount()
    if profiling:
        profile("filter: search", search(""), search(SEARCH_WORD))
    search("")()

    def only_flagged(on: bool) -> Callable[[], None]:
        def once() -> None:
            proxy.set_filter(only_flagged=on)
            paint(view)

        return once

    figures.flagged = median_with_setup(only_flagged(False), only_flagged(True), repeat)
    figures.flagged_rows = proxy.rowCount()
    if profiling:
        profile("filter: only flagged", only_flagged(False), only_flagged(True))
    only_flagged(False)()

    def model_sort(column: Column) -> Callable[[], None]:
        def once() -> None:
            model.sort(column, Qt.SortOrder.DescendingOrder)
            paint(view)

        return once

    def header_sort(column: Column) -> Callable[[], None]:
        def once() -> None:
            proxy.sort(column, Qt.SortOrder.DescendingOrder)
            paint(view)

        return once

    figures.sort_date, figures.sort_score = _sort_pair(
        model_sort(Column.DATE), model_sort(Column.SIGNALS), repeat
    )
    if profiling:
        profile("sort by date", model_sort(Column.SIGNALS), model_sort(Column.DATE))
        profile("sort by score", model_sort(Column.DATE), model_sort(Column.SIGNALS))
    figures.sort_header, _score = _sort_pair(
        header_sort(Column.DATE), header_sort(Column.SIGNALS), repeat
    )
    if profiling:
        profile("sort via proxy.sort", header_sort(Column.SIGNALS), header_sort(Column.DATE))

    # One decision in the pending queue: the top comment is approved and leaves the queue.
    to_queue(hold)()
    chosen: list[Comment] = []

    def pick() -> None:
        source = proxy.mapToSource(proxy.index(0, 0)).row()
        chosen[:] = [replace(model.row_at(source), status=CommentStatus.APPROVED)]

    def decide() -> None:
        model.replace_rows(chosen)
        proxy.refresh()
        paint(view)

    figures.decision = median_with_setup(pick, decide, repeat)
    if profiling:
        profile("one decision", pick, decide)
    drop_views(built)
    return figures


def measure_bare_qt(
    comments: list[Comment], signals: dict[int, SignalSet], repeat: int
) -> QtFigures:
    """Time the bare model over a Python list: filters and sorts in Python, then reset/layout."""
    figures = QtFigures()
    scores = {comment_id: found.score for comment_id, found in signals.items()}
    built: list[Any] = []

    def load() -> None:
        model = BareModel(comments, scores)
        view = make_view(model)
        built.extend((view, model))
        view.show()
        paint(view)

    figures.load = median_with_setup(partial(drop_views, built), load, repeat)
    drop_views(built)
    load()
    view, model = built

    def show(rows: list[Comment]) -> None:
        view.scrollToTop()
        model.reset(rows)

    def keep(test: Callable[[Comment], bool]) -> Callable[[], None]:
        def once() -> None:
            model.reset([comment for comment in comments if test(comment)])
            paint(view)

        return once

    pending = [comment for comment in comments if comment.status is CommentStatus.HOLD]
    figures.queue = median_with_setup(
        lambda: show(pending), keep(lambda c: c.status is CommentStatus.APPROVED), repeat
    )
    figures.queue_rows = model.rowCount()
    figures.search = median_with_setup(
        lambda: show(comments), keep(lambda c: SEARCH_WORD in c.content_html), repeat
    )
    figures.search_rows = model.rowCount()
    figures.flagged = median_with_setup(
        lambda: show(comments), keep(lambda c: flagged(signals.get(c.id))), repeat
    )
    figures.flagged_rows = model.rowCount()
    show(list(comments))

    def list_sort(key: Callable[[Comment], Any]) -> Callable[[], None]:
        def once() -> None:
            model.layoutAboutToBeChanged.emit()
            model.rows.sort(key=key, reverse=True)
            model.layoutChanged.emit()
            paint(view)

        return once

    by_date, by_score = list_sort(lambda c: c.date_gmt), list_sort(lambda c: scores[c.id])
    figures.sort_date, figures.sort_score = _sort_pair(by_date, by_score, repeat)
    figures.sort_header = figures.sort_date

    show(list(pending))
    position = [0]

    def pick() -> None:
        position[0] += 1

    def decide() -> None:
        row = position[0]
        model.rows[row] = replace(model.rows[row], status=CommentStatus.APPROVED)
        model.dataChanged.emit(model.index(row, 0), model.index(row, len(BARE_HEADERS) - 1))
        paint(view)

    figures.decision = median_with_setup(pick, decide, repeat)
    drop_views(built)
    return figures


# --------------------------------------------------------------------------- the store


def create_article_rows(url: str, titles: Sequence[str]) -> list[int]:
    """Create the store and one article per title (the comments' foreign keys); return ids."""
    store = open_store(url)
    try:
        drafts = [
            ArticleFields(title=title, body_html=f'<p dir="rtl">{title}</p>', section="دولي")
            for title in titles
        ]
        article_ids, _ = create_articles(store, drafts)
    finally:
        store.close()
    return article_ids


def insert_comments(url: str, comments: list[Comment]) -> None:
    """Bulk-insert the comments with the ORM (one executemany of CommentRow values)."""
    store = open_store(url)
    try:
        with store.transaction() as session:
            session.execute(
                insert(CommentRow),
                [
                    {
                        "id": comment.id,
                        "site": comment.site,
                        "remote_id": comment.remote_id,
                        "article_id": comment.article_id,
                        "remote_post_id": comment.article_id,
                        "post_title": comment.article_title,
                        "parent_id": comment.parent_id,
                        "author_name": comment.author_name,
                        "author_email": comment.author_email,
                        "author_url": comment.author_url,
                        "author_ip": comment.author_ip,
                        "date_gmt": comment.date_gmt,
                        "content_html": comment.content_html,
                        "content_raw": comment.content_raw,
                        "status": comment.status.value,
                        "server_status": comment.status.value,
                        "search_text": comment_search_text(comment.content_raw),
                    }
                    for comment in comments
                ],
            )
    finally:
        store.close()


def measure_listing(url: str, path: Path, expected: int, repeat: int) -> tuple[float, float]:
    """Time list_comments(store) and a bare sqlite3 SELECT of the same columns."""
    store = open_store(url)
    try:
        found = list_comments(store)  # the warm-up, checked
        if len(found) != expected:
            raise SystemExit(f"bench_moderation: list_comments gave {len(found)} of {expected}")
        del found
        mine = median_time(lambda: list_comments(store), repeat, warmup=0)
    finally:
        store.close()
    connection = sqlite3.connect(path)
    try:
        bare = median_time(lambda: connection.execute(BARE_SELECT).fetchall(), repeat)
    finally:
        connection.close()
    return mine, bare


# --------------------------------------------------------------------------- main


def max_rss_mb() -> float:
    """Return the process's peak resident set size in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def say(text: str) -> None:
    """Report progress on stderr."""
    print(text, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the comments, time both sides, print the tables and the peak RSS."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--comments", type=int, default=100_000, help="comments to generate")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per operation")
    parser.add_argument("--seed", type=int, default=SEED, help="generator seed")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile each newsdesk operation (stderr)"
    )
    args = parser.parse_args(argv)
    if args.comments < 200:
        parser.error("--comments must be at least 200")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    slow_repeat = min(args.repeat, 3)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app, "ar")  # right-to-left, Arabic locale, the UI fonts
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        folder = Path(tmp)
        # Nothing here should fall back on the user's data, but make sure it cannot.
        os.environ["NEWSDESK_DATA_DIR"] = str(folder / "data")
        os.environ["NEWSDESK_CONFIG_DIR"] = str(folder / "config")
        start = time.perf_counter()
        generator = CommentGenerator(args.seed)
        database = folder / "store.sqlite3"
        url = f"sqlite:///{database}"
        # The store numbers the articles; the comments point at those ids.
        article_ids = create_article_rows(url, generator.titles)
        comments = generator.comments(args.comments, article_ids)
        say(
            f"generated {len(comments):,} comments from "
            f"{len({(c.author_email, c.author_name) for c in comments}):,} commenters "
            f"in {time.perf_counter() - start:.1f} s"
        )

        say("timing comment_signals ...")
        signals: dict[int, SignalSet] = {}

        def work_out() -> None:
            signals.clear()
            signals.update(comment_signals(comments, BLOCKLIST))

        # 100,000 comments take tens of seconds: the first run is timed too (no warm-up).
        total = median_time(work_out, slow_repeat, warmup=0)
        if args.profile:
            profile("comment_signals", lambda: None, work_out)
        flagged_count = sum(flagged(found) for found in signals.values())

        say("timing ModerationModel + ModerationFilter ...")
        mine = measure_newsdesk_qt(comments, signals, args.repeat, args.profile)
        say("timing the bare model ...")
        bare = measure_bare_qt(comments, signals, args.repeat)

        say("filling the SQLite store ...")
        start = time.perf_counter()
        insert_comments(url, comments)
        say(f"  inserted in {time.perf_counter() - start:.1f} s")
        say("timing list_comments ...")
        listed, selected = measure_listing(url, database, len(comments), slow_repeat)
        if args.profile:
            store = open_store(url)
            try:
                profile("list_comments", lambda: None, lambda: list_comments(store))
            finally:
                store.close()
    app.processEvents()

    count = f"{len(comments):,}"
    print_table(
        f"Moderation of {count} Arabic comments, PySide6 {pyside_version}, "
        f"SQLite {sqlite3.sqlite_version}",
        [
            Row("load: load() + proxy + first paint vs bare model", mine.load, bare.load),
            Row("filter: switch queue (pending → approved)", mine.queue, bare.queue),
            Row(f"filter: search «{SEARCH_WORD}» (all queues)", mine.search, bare.search),
            Row("filter: only flagged (all queues)", mine.flagged, bare.flagged),
            Row("sort by date: model.sort vs list.sort", mine.sort_date, bare.sort_date),
            Row("sort by score: model.sort vs list.sort", mine.sort_score, bare.sort_score),
            Row("sort by date via proxy.sort (header)", mine.sort_header, bare.sort_header),
            Row("one decision: replace_rows + refresh", mine.decision, bare.decision),
            Row("list_comments vs sqlite3 SELECT", listed, selected),
        ],
        baseline_label="bare baseline",
        notes=(
            f"medians of {args.repeat} runs (list_comments: {slow_repeat}) after one warm-up; "
            f"{WIDTH}x{HEIGHT} offscreen QTableView, right-to-left, UI font",
            "Qt rows include paint (processEvents + viewport().repaint()); the baseline is a "
            "bare QAbstractTableModel over the same list, filtered/sorted in Python + reset",
            f"rows shown: approved {mine.queue_rows:,} / {bare.queue_rows:,}; "
            f"search {mine.search_rows:,} (normalised) / {bare.search_rows:,} (raw substring); "
            f"flagged {mine.flagged_rows:,} / {bare.flagged_rows:,}",
            "the decision baseline is dataChanged for one row (the row stays; newsdesk's "
            "refresh refilters and drops it from the pending queue)",
            "the list_comments baseline is bare sqlite3 (ORDER BY date_gmt DESC, fetchall of "
            "tuples), not Qt",
        ),
    )
    print(
        f"\nSignals of {count} comments ({len(BLOCKLIST)} blocklist terms), no raw baseline; "
        f"median of {slow_repeat} runs, no warm-up"
    )
    print_aligned(
        ["operation", "total", "per comment", "flagged"],
        [
            [
                "comment_signals(comments, blocklist)",
                format_seconds(total),
                f"{total / len(comments) * 1e6:.1f} µs",
                f"{flagged_count:,}",
            ]
        ],
    )
    print(f"\nprocess maxRSS: {max_rss_mb():.0f} MB")
    for label, text in PROFILES:
        print(f"\n--- cProfile: {label}\n{text}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
