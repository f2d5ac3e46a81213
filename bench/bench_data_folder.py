"""Benchmark moving the data folder against the bare copy it is made of.

Measured (newsdesk side): ``newsdesk.services.data_folder.move_data_folder(paths, target)``
on a data folder chosen in the settings, holding an SQLite store of ``--articles``
generated Arabic articles (default 5,000, each with its import revision) and
``--avatars`` cached avatar files (default 200). It takes an exclusive lock, backs the
store up with SQLite's online backup into the new folder, rewrites the avatar paths in the
copy, runs ``PRAGMA integrity_check``, compares the row counts of five tables, copies the
other files, writes the settings, and removes the old files. The folder is moved back and
forth between two places; each move is one timed run.

Baselines, the nearest raw equivalents of the same move:
  * the same copy without the checks: plain ``sqlite3`` ``backup()`` into the new folder,
    ``shutil.copytree`` of the avatars, then removing the old files;
  * a plain file copy (``shutil.copy2`` of the database and ``copytree``, then removal):
    the lower bound, and what newsdesk does not do, since a file copy can catch a WAL
    store half-written.

Run: .venv/bin/python bench/bench_data_folder.py [--articles 5000] [--avatars 200]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path

from bench_search import BATCH, fields_of
from common import ArticleGenerator, Row, format_seconds, median_time, print_table
from newsdesk.config import resolve_database_url, resolve_paths
from newsdesk.config.paths import DATABASE_FILE, Paths
from newsdesk.config.settings import Settings, save_settings
from newsdesk.services.articles import create_articles, list_articles
from newsdesk.services.data_folder import move_data_folder
from newsdesk.store import open_store

AVATAR_BYTES = 24_000  # about a 256-pixel square PNG


def fill_folder(folder: Path, articles: int, avatars: int) -> None:
    """Make an SQLite store of generated articles and a folder of avatar files."""
    store = open_store(f"sqlite:///{folder / DATABASE_FILE}")
    try:
        generated = ArticleGenerator().articles(articles)
        for first in range(0, len(generated), BATCH):
            create_articles(store, (fields_of(item) for item in generated[first : first + BATCH]))
    finally:
        store.close()
    (folder / "avatars").mkdir()
    for index in range(avatars):
        (folder / "avatars" / f"author-{index}.png").write_bytes(bytes(AVATAR_BYTES))


def check_store(paths: Paths, articles: int) -> None:
    """Stop unless the moved store opens and holds every article."""
    store = open_store(resolve_database_url(paths, environ={}))
    try:
        found = len(list_articles(store))
    finally:
        store.close()
    if found != articles:
        raise SystemExit(f"bench_data_folder: the moved store holds {found} of {articles}")


def bare_move(source: Path, target: Path, *, backup: bool) -> None:
    """Move the folder's files without newsdesk: SQLite backup (or a file copy), no checks."""
    target.mkdir()
    if backup:
        with (
            closing(sqlite3.connect(source / DATABASE_FILE)) as old,
            closing(sqlite3.connect(target / DATABASE_FILE)) as new,
        ):
            old.backup(new)
    else:
        shutil.copy2(source / DATABASE_FILE, target / DATABASE_FILE)
    shutil.copytree(source / "avatars", target / "avatars")
    shutil.rmtree(source)


def main() -> int:
    """Build the folder, time the moves, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--avatars", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        root = Path(tmp)
        config = root / "config"
        places = [root / "a", root / "b"]
        places[0].mkdir()
        started = time.perf_counter()
        fill_folder(places[0], args.articles, args.avatars)
        print(
            f"store of {args.articles:,} articles and {args.avatars} avatars made in "
            f"{format_seconds(time.perf_counter() - started)}; "
            f"{(places[0] / DATABASE_FILE).stat().st_size / 2**20:.1f} MB"
        )
        save_settings(resolve_paths(None, str(config)), Settings(data_folder=str(places[0])))
        moves = 0

        def newsdesk_move() -> None:
            nonlocal moves
            paths = resolve_paths(None, str(config), environ={})
            move_data_folder(paths, places[(moves + 1) % 2])
            moves += 1

        mine = median_time(newsdesk_move, args.repeat)
        moved = resolve_paths(None, str(config), environ={})
        check_store(moved, args.articles)
        at = moved.data_dir

        def raw_move(backup: bool) -> None:
            nonlocal at
            other = places[0] if at == places[1] else places[1]
            bare_move(at, other, backup=backup)
            at = other

        backed_up = median_time(lambda: raw_move(True), args.repeat)
        copied = median_time(lambda: raw_move(False), args.repeat)
    print_table(
        "Moving the data folder (SQLite store + avatars)",
        [
            Row("move_data_folder vs sqlite3 backup + copytree", mine, backed_up),
            Row("move_data_folder vs file copy + copytree", mine, copied),
        ],
        notes=[
            f"medians of {args.repeat} moves after one warm-up, back and forth between two "
            "folders on the same disk",
            "newsdesk also locks the store, rewrites avatar paths, runs integrity_check, "
            "compares row counts and writes the settings",
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
