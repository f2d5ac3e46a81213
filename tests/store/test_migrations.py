"""Tests for schema migrations: upgrading old stores, refusing newer ones, downgrading."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.services.articles import create_articles, search_articles
from newsdesk.store import head_revision, open_store, upgrade
from newsdesk.store.articles import ArticleFields
from newsdesk.store.database import SCHEMA_HEAD, _alembic_config, create_store_engine

OLD_ARTICLE = {
    "uid": "00000000-0000-4000-8000-000000000001",
    "title": "وصول المبعوث إلى دمشق",
    "body_html": '<p dir="rtl">قال مُحَمَّدٌ إن المحادثات ستُستأنف.</p>',
    "excerpt": "",
    "slug": "envoy-arrives",
    "byline": "editorial_team",
    "status": "draft",
    "featured_image_path": "",
    "featured_image_alt": "",
    "word_count": 8,
    "created_at": datetime(2024, 1, 2, 3, 4, 5),
    "updated_at": datetime(2024, 1, 2, 3, 4, 5),
    "remote_status": "",
    "dirty": True,
    "conflict": False,
}


def _store_at_0001_with_article(url: str) -> int:
    """Create the 0001 schema and insert one article the way that schema allowed."""
    engine = create_store_engine(url)
    try:
        upgrade(engine, "0001")
        columns = ", ".join(OLD_ARTICLE)
        values = ", ".join(f":{name}" for name in OLD_ARTICLE)
        with engine.begin() as connection:
            connection.execute(
                text(f"INSERT INTO articles ({columns}) VALUES ({values})"), OLD_ARTICLE
            )
            return connection.execute(text("SELECT id FROM articles")).scalar_one()
    finally:
        engine.dispose()


def _downgrade_to_base(engine: Engine) -> None:
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "base")


def test_upgrade_to_0001_stops_at_0001(database_url):
    _store_at_0001_with_article(database_url)
    engine = create_store_engine(database_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).all() == [
                ("0001",)
            ]
        assert "search_text" not in {
            column["name"] for column in inspect(engine).get_columns("articles")
        }
    finally:
        engine.dispose()


def test_open_store_upgrades_0001_database_to_head(database_url):
    _store_at_0001_with_article(database_url)
    store = open_store(database_url)
    try:
        assert store.schema_revision() == head_revision()
    finally:
        store.close()


def test_open_store_keeps_articles_written_at_0001(database_url):
    article_id = _store_at_0001_with_article(database_url)
    store = open_store(database_url)
    try:
        with store.engine.connect() as connection:
            row = connection.execute(
                text("SELECT title, body_html FROM articles WHERE id = :id"), {"id": article_id}
            ).one()
        assert tuple(row) == (OLD_ARTICLE["title"], OLD_ARTICLE["body_html"])
    finally:
        store.close()


def test_open_store_indexes_articles_written_before_search_existed(database_url):
    article_id = _store_at_0001_with_article(database_url)
    store = open_store(database_url)
    try:
        # The body spells the name with harakat; the query is bare.
        assert [row.id for row in search_articles(store, "محمد")] == [article_id]
    finally:
        store.close()


def test_open_store_at_head_reports_head_revision(database_url):
    open_store(database_url).close()
    store = open_store(database_url)
    try:
        assert store.schema_revision() == head_revision()
    finally:
        store.close()


def _stamp_newer_revision(url: str) -> None:
    open_store(url).close()
    engine = create_store_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        engine.dispose()


def test_open_store_refuses_database_from_newer_newsdesk(database_url):
    _stamp_newer_revision(database_url)

    with pytest.raises(NewsdeskError) as raised:
        open_store(database_url)

    assert raised.value.code is ErrorCode.DATABASE_TOO_NEW
    assert raised.value.detail == "9999_future"


def test_open_store_leaves_newer_database_stamp_alone(database_url):
    _stamp_newer_revision(database_url)

    with pytest.raises(NewsdeskError):
        open_store(database_url)

    engine = create_store_engine(database_url)
    try:
        with engine.connect() as connection:
            stamp = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()
    assert stamp == "9999_future"


def test_downgrade_to_base_drops_every_table(database_url):
    store = open_store(database_url)
    try:
        _downgrade_to_base(store.engine)
        assert set(inspect(store.engine).get_table_names()) == {"alembic_version"}
        assert store.schema_revision() is None
    finally:
        store.close()


def test_upgrade_after_downgrade_to_base_gives_a_working_store(database_url):
    store = open_store(database_url)
    _downgrade_to_base(store.engine)
    store.close()

    store = open_store(database_url)
    try:
        ids, _ = create_articles(
            store, [ArticleFields(title="عودة المفاوضات", body_html="<p>المفاوضات في جنيف</p>")]
        )
        assert store.schema_revision() == head_revision()
        assert [row.id for row in search_articles(store, "جنيف")] == ids
    finally:
        store.close()


def test_schema_head_constant_names_newest_migration():
    assert head_revision() == SCHEMA_HEAD
