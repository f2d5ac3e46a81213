"""Tests for the SQLite connection settings the embedded store relies on (SQLite only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import event, exc, func, select

from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.services.articles import create_articles
from newsdesk.store import Store, open_store
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import ArticleRow, RevisionRow, SectionRow

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

NORMAL = 1
FULL = 2
DRAFT = ArticleFields(title="خبر عاجل", body_html="<p>نص الخبر</p>")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite3'}"


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    store = open_store(sqlite_url)
    yield store
    store.close()


def _pragma(session: Any, name: str) -> Any:
    return session.connection().exec_driver_sql(f"PRAGMA {name}").scalar()


def _dbapi_connection(session: Any) -> Any:
    return session.connection().connection.dbapi_connection


def _article_count(url: str) -> int:
    store = open_store(url)
    try:
        with store.transaction() as session:
            return session.scalar(select(func.count()).select_from(ArticleRow))
    finally:
        store.close()


def _make_read_only(store: Store) -> None:
    """Make every write on the store fail the way a read-only database file does.

    Tests run as root, and root writes through chmod 0o444, so file permissions
    cannot make the database read-only here. PRAGMA query_only=ON makes SQLite
    itself refuse every write with SQLITE_READONLY ("attempt to write a readonly
    database"), whoever the process runs as. It is set on each new DBAPI
    connection, and the pool is emptied so no writable connection is left.
    """

    def query_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")

    event.listen(store.engine, "connect", query_only)
    store.engine.dispose()


def test_sqlite_store_journal_mode_is_wal(sqlite_store):
    with sqlite_store.transaction() as session:
        assert _pragma(session, "journal_mode") == "wal"


def test_sqlite_store_foreign_keys_are_on(sqlite_store):
    with sqlite_store.transaction() as session:
        assert _pragma(session, "foreign_keys") == 1


def test_sqlite_store_deleting_article_cascades_to_revisions(sqlite_store):
    # ON DELETE CASCADE only happens when SQLite enforces foreign keys.
    ids, _ = create_articles(sqlite_store, [DRAFT])
    with sqlite_store.transaction() as session:
        session.delete(session.get(ArticleRow, ids[0]))
    with sqlite_store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(RevisionRow)) == 0


def test_sqlite_store_rejects_revision_of_missing_article(sqlite_store):
    def add_orphan_revision() -> None:
        with sqlite_store.transaction() as session:
            session.add(RevisionRow(article_id=4242, kind="save", title="x", body_html=""))
            session.flush()

    with pytest.raises(NewsdeskError) as raised:
        add_orphan_revision()

    assert raised.value.code is ErrorCode.STORE_WRITE_FAILED
    with sqlite_store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(RevisionRow)) == 0


def test_transaction_uses_synchronous_normal(sqlite_store):
    with sqlite_store.transaction() as session:
        assert _pragma(session, "synchronous") == NORMAL


def test_durable_transaction_uses_synchronous_full(sqlite_store):
    with sqlite_store.durable_transaction() as session:
        assert _pragma(session, "synchronous") == FULL


def test_durable_transaction_restores_synchronous_normal_afterwards(sqlite_store):
    with sqlite_store.durable_transaction() as session:
        durable_connection = _dbapi_connection(session)
        session.add(SectionRow(name="سياسة", slug="siyasa"))
    with sqlite_store.transaction() as session:
        # The pool hands back the very connection the durable transaction used.
        assert _dbapi_connection(session) is durable_connection
        assert _pragma(session, "synchronous") == NORMAL


def test_durable_transaction_restores_synchronous_normal_after_failed_write(sqlite_store):
    with sqlite_store.transaction() as session:
        session.add(SectionRow(name="سياسة", slug="siyasa"))
    used: list[Any] = []

    def add_duplicate_section() -> None:
        with sqlite_store.durable_transaction() as session:
            used.append(_dbapi_connection(session))
            session.add(SectionRow(name="سياسة", slug="duplicate"))
            session.flush()

    with pytest.raises(NewsdeskError):
        add_duplicate_section()
    with sqlite_store.transaction() as session:
        assert _dbapi_connection(session) is used[0]
        assert _pragma(session, "synchronous") == NORMAL


def test_create_on_read_only_store_raises_store_write_failed(sqlite_store):
    _make_read_only(sqlite_store)

    with pytest.raises(NewsdeskError) as raised:
        create_articles(sqlite_store, [DRAFT])

    assert raised.value.code is ErrorCode.STORE_WRITE_FAILED


def test_create_on_read_only_store_leaves_article_count_unchanged(sqlite_url, sqlite_store):
    create_articles(sqlite_store, [DRAFT])
    _make_read_only(sqlite_store)

    with pytest.raises(NewsdeskError):
        create_articles(sqlite_store, [DRAFT, DRAFT])

    sqlite_store.close()
    assert _article_count(sqlite_url) == 1


def test_read_only_store_refuses_writes_through_sqlite(sqlite_store):
    # Guards the method itself: query_only must make SQLite refuse, even for root.
    _make_read_only(sqlite_store)
    with sqlite_store.engine.connect() as connection, pytest.raises(exc.OperationalError):
        connection.exec_driver_sql("INSERT INTO tags (name, slug) VALUES ('x', 'x')")
