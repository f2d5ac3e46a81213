"""Move the data folder (the SQLite store, cached avatars, the editing marker) elsewhere.

The move is a copy that is checked before anything old is removed: the store goes through
SQLite's online backup (a file copy could catch it half-written), cached avatar paths are
rewritten in the copy, the copy must pass SQLite's integrity check and hold the same rows,
and only then do the settings point at the new folder and the old files go. Any failure
before that leaves the old folder in use and untouched, and removes what the copy made.
Call it with the store closed (the window does, then reopens on the new folder).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsdesk.config.paths import DATABASE_FILE, resolve_paths
from newsdesk.config.settings import load_settings, save_settings
from newsdesk.domain import ErrorCode, NewsdeskError

if TYPE_CHECKING:
    from pathlib import Path

    from newsdesk.config import Paths

# Compared between the old store and the copy before the old one is removed.
_COUNTED_TABLES = ("articles", "revisions", "authors", "comments", "outbox")
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class MoveReport:
    """Where the data went and what went with it."""

    paths: Paths
    database_copied: bool
    files_copied: int


def move_data_folder(paths: Paths, target: Path) -> MoveReport:
    """Move everything in the data folder to target (missing or empty) and remember it."""
    source = paths.data_dir.resolve()
    target = target.expanduser().resolve()
    _check_target(paths, source, target)
    created = not target.exists()
    copied: list[Path] = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        database = source / DATABASE_FILE
        database_copied = database.exists()
        if database_copied:
            _copy_database(database, target / DATABASE_FILE, source, target)
            copied.append(target / DATABASE_FILE)
        for entry in _movable_entries(source):
            destination = target / entry.name
            if entry.is_dir():
                shutil.copytree(entry, destination, symlinks=True)
            else:
                shutil.copy2(entry, destination, follow_symlinks=False)
            copied.append(destination)
        save_settings(paths, replace(load_settings(paths), data_folder=str(target)))
    except BaseException as error:
        _remove(copied)
        if created:
            shutil.rmtree(target, ignore_errors=True)
        if isinstance(error, OSError):
            raise NewsdeskError(ErrorCode.OUTPUT_UNWRITABLE, str(target)) from error
        raise
    # From here on the new folder is the one in use; the old copies can only be clutter.
    _remove([source / DATABASE_FILE, *_companions(source / DATABASE_FILE)])
    _remove(list(_movable_entries(source)))
    if source.is_dir() and not any(source.iterdir()):
        source.rmdir()
    moved = resolve_paths(None, str(paths.config_dir), environ={})
    return MoveReport(moved, database_copied, len(copied))


def _check_target(paths: Paths, source: Path, target: Path) -> None:
    if not paths.data_dir_movable:
        raise NewsdeskError(ErrorCode.DATA_FOLDER_FIXED, paths.data_dir_origin)
    if target == source or target.is_relative_to(source) or source.is_relative_to(target):
        raise NewsdeskError(ErrorCode.FOLDER_NOT_EMPTY, str(target))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise NewsdeskError(ErrorCode.FOLDER_NOT_EMPTY, str(target))


def _movable_entries(source: Path) -> list[Path]:
    if not source.is_dir():
        return []
    database = source / DATABASE_FILE
    skipped = {database, *_companions(database)}
    return sorted(entry for entry in source.iterdir() if entry not in skipped)


def _companions(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in _SQLITE_COMPANIONS]


def _copy_database(database: Path, copy: Path, source: Path, target: Path) -> None:
    """Back the store up into copy, point cached avatars at target, check the copy."""
    try:
        with (
            closing(sqlite3.connect(database, timeout=0)) as old,
            closing(sqlite3.connect(copy)) as new,
        ):
            _lock_out_others(old)
            old.backup(new)
            # Avatar files are cached under the data folder and stored with their full path.
            new.execute(
                "UPDATE authors SET avatar_path = ? || substr(avatar_path, ?) "
                "WHERE substr(avatar_path, 1, ?) = ?",
                (str(target), len(str(source)) + 1, len(str(source)), str(source)),
            )
            new.commit()
            if new.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise NewsdeskError(ErrorCode.COPY_MISMATCH, "integrity_check")
            for table in _COUNTED_TABLES:
                query = f"SELECT count(*) FROM {table}"  # noqa: S608 - fixed table names
                if old.execute(query).fetchone() != new.execute(query).fetchone():
                    raise NewsdeskError(ErrorCode.COPY_MISMATCH, table)
    except sqlite3.Error as error:
        raise NewsdeskError(ErrorCode.OUTPUT_UNWRITABLE, str(copy)) from error


def _lock_out_others(connection: sqlite3.Connection) -> None:
    """Hold the store exclusively while it is copied and checked; refuse if open elsewhere.

    Another newsdesk with the store open would go on writing to the old file, which the
    move then removes; in WAL mode even an idle open connection keeps this lock away.
    """
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.commit()
    except sqlite3.OperationalError as error:
        raise NewsdeskError(ErrorCode.STORE_IN_USE, str(error)) from error


def _remove(entries: list[Path]) -> None:
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
