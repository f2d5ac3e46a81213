"""Every model passes Qt's model tester, empty and filled."""

from __future__ import annotations

from newsdesk.domain import ArticleStatus
from newsdesk.services import articles
from newsdesk.ui import labels
from newsdesk.ui.models.article_table import ArticleTableModel, Column
from newsdesk.ui.models.base import ID_ROLE
from newsdesk.ui.models.sidebar import SidebarModel


def test_article_table_model_passes_model_tester(qtmodeltester, demo_store):
    model = ArticleTableModel()
    qtmodeltester.check(model)
    model.set_rows(articles.list_articles(demo_store))
    qtmodeltester.check(model)
    assert model.rowCount() == 7


def test_article_table_model_id_role_returns_article_id(demo_store):
    model = ArticleTableModel()
    rows = articles.list_articles(demo_store)
    model.set_rows(rows)
    assert model.data(model.index(2, 0), ID_ROLE) == rows[2].id


def test_sidebar_model_passes_model_tester(qapp, qtmodeltester):
    # qapp first: qtawesome caches an empty icon font if asked before a QApplication exists.
    model = SidebarModel()
    qtmodeltester.check(model)


def test_scheduled_article_shows_when_it_goes_out(demo_store, language):
    model = ArticleTableModel()
    rows = articles.list_articles(demo_store, [ArticleStatus.SCHEDULED])
    model.set_rows(rows)
    [row] = rows
    assert row.scheduled_for is not None
    shown = model.index(0, Column.STATUS).data()
    assert labels.date_time(row.scheduled_for) in shown
    assert labels.article_status(ArticleStatus.SCHEDULED) in shown
