"""Open a store (SQLite file or PostgreSQL), keep its schema current, hand out transactions."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from newsdesk.domain import ErrorCode, NewsdeskError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from alembic.config import Config

log = logging.getLogger(__name__)

SUPPORTED_BACKENDS = ("sqlite", "postgresql")
# The newest migration. Opening a current store then needs no Alembic import,
# which saves a good part of the window's start-up; a test keeps it in step.
SCHEMA_HEAD = "0006"


def _alembic_config(connection: Any) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("newsdesk.store") / "migrations"))
    config.attributes["connection"] = connection
    return config


def _parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise NewsdeskError(ErrorCode.BAD_DATABASE_URL, "not a database URL") from error
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise NewsdeskError(ErrorCode.BAD_DATABASE_URL, parsed.get_backend_name())
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # Autosaves are frequent and may lose the last moment on power loss;
    # explicit saves switch to FULL (see Store.durable_transaction).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@contextmanager
def _committing(session: Session) -> Iterator[Session]:
    """Commit on success; roll back on error, reporting database failures by code."""
    try:
        yield session
        session.commit()
    except exc.DBAPIError as error:
        session.rollback()
        reason = type(error.orig).__name__
        raise NewsdeskError(ErrorCode.STORE_WRITE_FAILED, reason) from error
    except BaseException:
        session.rollback()
        raise


class Store:
    """An open database with a current schema."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose schema is already at the newest migration."""
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        """Return 'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def describe(self) -> str:
        """Return the URL with any password hidden, for status lines and logs."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session whose work commits on success and rolls back on error."""
        with self._sessions() as session, _committing(session):
            yield session

    @contextmanager
    def durable_transaction(self) -> Iterator[Session]:
        """Like transaction(), but on SQLite flushed to disk with synchronous=FULL."""
        if self.backend != "sqlite":
            with self.transaction() as session:
                yield session
            return
        # The session is bound to a connection held for the whole block, so the
        # pragma cannot leak to another thread's work through the pool.
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA synchronous=FULL")
            connection.commit()
            try:
                with (
                    Session(bind=connection, expire_on_commit=False) as session,
                    _committing(session),
                ):
                    yield session
            finally:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
                connection.commit()

    def schema_revision(self) -> str | None:
        """Return the Alembic revision the database is at."""
        with self.engine.connect() as connection:
            return _current_revision(connection)

    def backup(self, target: Path) -> None:
        """Copy an SQLite store consistently with SQLite's online backup (safe while in use)."""
        if self.backend != "sqlite":
            raise NewsdeskError(ErrorCode.BAD_FORMAT, "backup works on SQLite; use pg_dump")
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise NewsdeskError(ErrorCode.OUTPUT_UNWRITABLE, f"{target} exists")
        raw = self.engine.raw_connection()
        try:
            destination = sqlite3.connect(target)
            try:
                raw.driver_connection.backup(destination)  # type: ignore[union-attr]
            finally:
                destination.close()
        except sqlite3.Error as error:
            target.unlink(missing_ok=True)
            raise NewsdeskError(ErrorCode.OUTPUT_UNWRITABLE, str(target)) from error
        finally:
            raw.close()

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str:
    """Return the newest migration among the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(None)).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate the database to target (by default the newest schema)."""
    with engine.begin() as connection:
        current = _current_revision(connection)
        if target == "head" and current == SCHEMA_HEAD:
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(_alembic_config(None))
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise NewsdeskError(ErrorCode.DATABASE_TOO_NEW, current)
        log.info("migrating store from %s to %s", current, target)
        command.upgrade(_alembic_config(connection), target)


def create_store_engine(url: str) -> Engine:
    """Create an engine for a URL, with the SQLite settings the store relies on."""
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def open_store(url: str, *, migrate: bool = True) -> Store:
    """Open the store at url, upgrading its schema first unless told not to."""
    engine = create_store_engine(url)
    try:
        if migrate:
            upgrade(engine)
        else:
            with engine.connect():
                pass
    except (exc.OperationalError, exc.InterfaceError) as error:
        engine.dispose()
        raise NewsdeskError(ErrorCode.DATABASE_UNAVAILABLE, type(error.orig).__name__) from error
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)
