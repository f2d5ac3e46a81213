"""Shared fixtures: a real store on SQLite and on PostgreSQL for every store test."""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from newsdesk.store import Store, open_store

if TYPE_CHECKING:
    from collections.abc import Iterator

# GUI fixtures live in a plugin so that the WordPress tier can drive the window too.
pytest_plugins = ["tests.ui.fixtures"]

# The shared newsroom store; CI starts this server and never skips it.
POSTGRES_URL = os.environ.get(
    "NEWSDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def private_home_folders(tmp_path_factory, monkeypatch) -> None:
    """Keep every test away from the real user's config and data folders."""
    home = tmp_path_factory.mktemp("xdg")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("NEWSDESK_DATA_DIR", raising=False)
    monkeypatch.delenv("NEWSDESK_CONFIG_DIR", raising=False)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """Yield the URL of an empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    if POSTGRES_URL == "skip":
        pytest.skip("PostgreSQL tests disabled by NEWSDESK_TEST_PG=skip")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """Yield an open store at the newest schema, on each backend."""
    opened = open_store(database_url)
    yield opened
    opened.close()
