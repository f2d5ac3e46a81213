"""Benchmark the article editor on one 50,000-word Arabic article against bare Qt and sqlite3.

The article is generated (``common.ArticleGenerator`` words, fixed seed) as canonical
HTML: about 2,400 ``<p dir="rtl">`` blocks of 10-32 words, an ``h2``/``h3`` heading every
60 blocks, a bulleted or numbered list every 150, some ``strong`` runs and ``a href``
links, with the generator's Latin names and Western / Arabic-Indic digits.

Measured (newsdesk side), each against the nearest bare baseline (ratio = newsdesk / bare):
  * open: ``ArticleEditor.load(html)`` + full layout, against ``QTextEdit.setHtml(html)`` +
    full layout of the same HTML. "Full layout" is ``documentLayout().documentSize()`` then
    ``QApplication.processEvents()`` (QTextEdit otherwise lays out lazily; the events also
    run whatever the editor queued, e.g. its per-block direction pass);
  * save: ``ArticleEditor.html()`` (canonical HTML), against ``QTextDocument.toHtml()``;
  * keystroke at the start, and in the middle, of the loaded article: one key event with
    the text "م" sent to the ArticleEditor (``QTest.sendKeyEvent(Click, editor, Key_unknown,
    "م")``) + ``processEvents()`` + ``viewport().repaint()``, against
    ``QTextCursor.insertText("م")`` at the same position on a bare QTextEdit holding the
    same HTML + ``processEvents()`` + ``viewport().repaint()`` (its view scrolled there);
  * autosave: ``services.editing.save_article(store, id, fields, RevisionKind.AUTOSAVE)`` on
    a temporary SQLite store (WAL, synchronous=NORMAL), against a bare ``sqlite3`` database
    in WAL mode: ``UPDATE articles SET body = ?`` of one row + ``INSERT`` of one revision
    row with the same body, committed with synchronous=NORMAL;
  * explicit save: the same with ``RevisionKind.SAVE`` (newsdesk switches to
    synchronous=FULL for it), against the same bare statements with synchronous=FULL.
    Every save writes a body that differs from the previous one by one letter, as after a
    keystroke.

Both editors are 900x700, shown on the offscreen platform, with the editor's default font
(Noto Naskh Arabic 14 pt) and document margin, so that the bare side shapes and lays out
the same glyphs. Durations are medians of --repeat runs after one untimed warm-up
(keystrokes: 3 x --repeat runs). The process's peak RSS is printed at the end.

Run: .venv/bin/python bench/bench_editor.py [--words 50000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import html
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

from common import SEED, ArticleGenerator, Row, median_time, print_table
from newsdesk.domain import RevisionKind
from newsdesk.services.articles import create_articles
from newsdesk.services.editing import save_article
from newsdesk.store import Store, open_store
from newsdesk.store.articles import ArticleFields
from newsdesk.text.article_html import canonicalise
from newsdesk.ui.editor.editor_widget import EDITOR_FONTS, EDITOR_POINT_SIZE, ArticleEditor

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

WIDTH, HEIGHT = 900, 700
DOCUMENT_MARGIN = 16  # what ArticleEditor sets; the bare editor gets the same
KEY_TEXT = "م"
SECTION = "سياسة"
INSERT_REVISION = "INSERT INTO revisions (article_id, body) VALUES (1, ?)"
HEADING_EVERY = 60
LIST_EVERY = 150


# --------------------------------------------------------------------------- the article


@dataclass(frozen=True, slots=True)
class BigArticle:
    """One long generated article as canonical HTML, and what it is made of."""

    title: str
    html: str
    words: int
    paragraphs: int
    headings: int
    list_items: int

    @property
    def blocks(self) -> int:
        """Return how many text blocks (paragraphs, headings, list items) it has."""
        return self.paragraphs + self.headings + self.list_items


class _WordSource:
    """Words of generated articles, in order, as many as asked for."""

    def __init__(self, generator: ArticleGenerator) -> None:
        self._stream = self._words(generator)

    @staticmethod
    def _words(generator: ArticleGenerator) -> Iterator[str]:
        while True:
            for paragraph in generator.article().paragraphs:
                yield from paragraph.split()

    def take(self, count: int) -> list[str]:
        """Return the next count words, HTML-escaped."""
        return [html.escape(next(self._stream), quote=False) for _ in range(count)]


def _decorate(words: list[str], rng: random.Random) -> None:
    """Make a run of words bold in some paragraphs, and a run a link in others (in place)."""
    half = len(words) // 2
    if rng.random() < 0.12 and half >= 3:
        start = rng.randrange(0, half - 2)
        end = start + rng.randint(1, 2)
        words[start] = "<strong>" + words[start]
        words[end] += "</strong>"
    if rng.random() < 0.05 and len(words) - half >= 4:
        start = rng.randrange(half, len(words) - 3)
        end = start + rng.randint(1, 3)
        href = f"https://example.com/news/{rng.randint(1000, 99999)}"
        words[start] = f'<a href="{href}">' + words[start]
        words[end] += "</a>"


def big_article(word_target: int, seed: int = SEED) -> BigArticle:
    """Generate an article of about word_target words as canonical HTML."""
    generator = ArticleGenerator(seed=seed)
    rng = random.Random(seed)
    source = _WordSource(generator)
    lines: list[str] = []
    words = paragraphs = headings = list_items = 0
    index = 0
    while words < word_target:
        if index % HEADING_EVERY == 0:
            tag = "h2" if index % (4 * HEADING_EVERY) == 0 else "h3"
            text = source.take(rng.randint(5, 9))
            lines.append(f'<{tag} dir="rtl">{" ".join(text).rstrip(".،:")}</{tag}>')
            words += len(text)
            headings += 1
        elif index % LIST_EVERY == LIST_EVERY // 2:
            tag = "ul" if (index // LIST_EVERY) % 2 else "ol"
            lines.append(f'<{tag} dir="rtl">')
            for _ in range(rng.randint(3, 5)):
                text = source.take(rng.randint(6, 14))
                lines.append(f'<li dir="rtl">{" ".join(text)}</li>')
                words += len(text)
                list_items += 1
            lines.append(f"</{tag}>")
        else:
            text = source.take(rng.randint(10, 32))
            _decorate(text, rng)
            lines.append(f'<p dir="rtl">{" ".join(text)}</p>')
            words += len(text)
            paragraphs += 1
        index += 1
    title = " ".join(source.take(8))
    return BigArticle(
        title, canonicalise("\n".join(lines)), words, paragraphs, headings, list_items
    )


# --------------------------------------------------------------------------- Qt


def prepare(edit: QTextEdit) -> QTextEdit:
    """Give an editor the benchmark's size and font, and show it."""
    font = QFont()
    font.setFamilies(EDITOR_FONTS)
    font.setPointSize(EDITOR_POINT_SIZE)
    edit.document().setDefaultFont(font)
    edit.document().setDocumentMargin(DOCUMENT_MARGIN)
    edit.resize(WIDTH, HEIGHT)
    edit.show()
    QApplication.processEvents()
    return edit


def full_layout(edit: QTextEdit) -> None:
    """Lay the whole document out and let queued events (timers, updates) run."""
    edit.document().documentLayout().documentSize()
    QApplication.processEvents()


def middle_position(edit: QTextEdit) -> int:
    """Return a position in the middle of the block at the middle of the document."""
    document = edit.document()
    block = document.findBlock(document.characterCount() // 2)
    return block.position() + block.length() // 2


def show_position(edit: QTextEdit, position: int) -> None:
    """Put the editor's cursor at position and scroll it into view."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    full_layout(edit)


@dataclass(frozen=True, slots=True)
class EditorFigures:
    """Medians for one side of the editor comparison."""

    open: float
    save: float
    key_start: float
    key_middle: float


def measure_article_editor(text: str, repeat: int, keystrokes: int) -> EditorFigures:
    """Time ArticleEditor: load + layout, html(), typed keystrokes at the start and middle."""
    editor = prepare(ArticleEditor())

    def open_it() -> None:
        editor.load(text)
        full_layout(editor)

    def keystroke() -> None:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            editor,
            Qt.Key.Key_unknown,
            KEY_TEXT,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.processEvents()
        editor.viewport().repaint()

    def type_at(position: int) -> float:
        show_position(editor, position)
        before = editor.document().characterCount()
        seconds = median_time(keystroke, keystrokes)
        typed = editor.document().characterCount() - before
        if typed != keystrokes + 1:  # the warm-up types too
            raise SystemExit(f"bench_editor: {typed} letters typed, {keystrokes + 1} sent")
        return seconds

    opened = median_time(open_it, repeat)
    saved = median_time(editor.html, repeat)
    start = type_at(0)
    open_it()
    middle = type_at(middle_position(editor))
    editor.close()
    editor.deleteLater()
    QApplication.processEvents()
    return EditorFigures(opened, saved, start, middle)


def measure_bare_qt(text: str, repeat: int, keystrokes: int) -> EditorFigures:
    """Time a bare QTextEdit: setHtml + layout, toHtml(), insertText at the start and middle."""
    edit = prepare(QTextEdit())

    def open_it() -> None:
        edit.setHtml(text)
        full_layout(edit)

    def insert_at(position: int) -> float:
        show_position(edit, position)
        cursor = QTextCursor(edit.document())
        cursor.setPosition(position)

        def insert() -> None:
            cursor.insertText(KEY_TEXT)
            QApplication.processEvents()
            edit.viewport().repaint()

        return median_time(insert, keystrokes)

    opened = median_time(open_it, repeat)
    saved = median_time(edit.document().toHtml, repeat)
    start = insert_at(0)
    open_it()
    middle = insert_at(middle_position(edit))
    edit.close()
    edit.deleteLater()
    QApplication.processEvents()
    return EditorFigures(opened, saved, start, middle)


# --------------------------------------------------------------------------- saving


def edited_bodies(body: str, count: int) -> Iterator[str]:
    """Yield count bodies, each one letter longer at the start than the one before."""
    head, tag, rest = body.partition('<p dir="rtl">')
    for typed in range(1, count + 1):
        yield f"{head}{tag}{KEY_TEXT * typed}{rest}"


def measure_newsdesk_saves(folder: Path, article: BigArticle, repeat: int) -> tuple[float, float]:
    """Time save_article (autosave, then explicit save) on a fresh SQLite store."""
    store: Store = open_store(f"sqlite:///{folder / 's.sqlite3'}")
    try:
        first = ArticleFields(title=article.title, body_html=article.html, section=SECTION)
        (article_id,), _ = create_articles(store, [first])
        bodies = edited_bodies(article.html, 2 * (repeat + 1))

        def save(kind: RevisionKind) -> Callable[[], object]:
            def once() -> object:
                fields = ArticleFields(article.title, next(bodies), section=SECTION)
                return save_article(store, article_id, fields, kind)

            return once

        autosave = median_time(save(RevisionKind.AUTOSAVE), repeat)
        explicit = median_time(save(RevisionKind.SAVE), repeat)
    finally:
        store.close()
    return autosave, explicit


def measure_bare_saves(folder: Path, article: BigArticle, repeat: int) -> tuple[float, float]:
    """Time UPDATE of one body + INSERT of one revision, committed, in a bare WAL database."""
    connection = sqlite3.connect(folder / "bare.sqlite3")
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute(
            "CREATE TABLE revisions (id INTEGER PRIMARY KEY, "
            "article_id INTEGER REFERENCES articles(id), body TEXT)"
        )
        with connection:
            connection.execute("INSERT INTO articles (id, body) VALUES (1, ?)", (article.html,))
            connection.execute(INSERT_REVISION, (article.html,))
        bodies = edited_bodies(article.html, 2 * (repeat + 1))

        def once() -> None:
            body = next(bodies)
            with connection:  # one transaction, committed on leaving
                connection.execute("UPDATE articles SET body = ? WHERE id = 1", (body,))
                connection.execute(INSERT_REVISION, (body,))

        connection.execute("PRAGMA synchronous=NORMAL")
        normal = median_time(once, repeat)
        connection.execute("PRAGMA synchronous=FULL")
        full = median_time(once, repeat)
    finally:
        connection.close()
    return normal, full


# --------------------------------------------------------------------------- main


def max_rss_mb() -> float:
    """Return the process's peak resident set size in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the article, time both sides, print the table and the peak RSS."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=50_000, help="words in the article")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per operation")
    parser.add_argument("--seed", type=int, default=SEED, help="generator seed")
    args = parser.parse_args(argv)
    if args.words < 100:
        parser.error("--words must be at least 100")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    keystrokes = 3 * args.repeat

    app = QApplication.instance() or QApplication(sys.argv[:1])
    start = time.perf_counter()
    article = big_article(args.words, args.seed)
    print(
        f"generated {article.words:,} words in {article.blocks:,} blocks ({article.paragraphs:,} "
        f"paragraphs, {article.headings} headings, {article.list_items} list items), "
        f"{len(article.html):,} characters of HTML, in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        folder = Path(tmp)
        # Nothing here should fall back on the user's data, but make sure it cannot.
        os.environ["NEWSDESK_DATA_DIR"] = str(folder / "data")
        os.environ["NEWSDESK_CONFIG_DIR"] = str(folder / "config")
        print("timing ArticleEditor ...", file=sys.stderr)
        mine = measure_article_editor(article.html, args.repeat, keystrokes)
        print("timing bare QTextEdit ...", file=sys.stderr)
        bare = measure_bare_qt(article.html, args.repeat, keystrokes)
        print("timing saves ...", file=sys.stderr)
        autosave, explicit = measure_newsdesk_saves(folder, article, args.repeat)
        bare_normal, bare_full = measure_bare_saves(folder, article, args.repeat)
    app.processEvents()

    words = f"{article.words:,}-word"
    print_table(
        f"Editor on a {words} Arabic article ({article.blocks:,} blocks, "
        f"{len(article.html):,} chars of HTML), PySide6 {pyside_version}, "
        f"SQLite {sqlite3.sqlite_version}",
        [
            Row("open: load() + layout vs setHtml() + layout", mine.open, bare.open),
            Row("save: html() vs toHtml()", mine.save, bare.save),
            Row("keystroke at start vs insertText", mine.key_start, bare.key_start),
            Row("keystroke in middle vs insertText", mine.key_middle, bare.key_middle),
            Row("autosave (sqlite3 NORMAL)", autosave, bare_normal),
            Row("explicit save (sqlite3 FULL)", explicit, bare_full),
        ],
        baseline_label="bare Qt baseline",
        notes=(
            f"medians of {args.repeat} runs (keystrokes: {keystrokes}) after one warm-up; "
            "900x700 offscreen, Noto Naskh Arabic 14 pt",
            "the save rows' baseline is bare sqlite3 (WAL), not Qt",
        ),
    )
    print(f"\nprocess maxRSS: {max_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
