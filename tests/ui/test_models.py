"""Every model passes Qt's model tester, empty and filled."""

from __future__ import annotations

from newsdesk.services import articles, catalogue
from newsdesk.ui.models.article_table import ArticleTableModel
from newsdesk.ui.models.author_list import AuthorTableModel
from newsdesk.ui.models.base import ID_ROLE
from newsdesk.ui.models.comment_table import CommentTableModel
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


def test_comment_table_model_passes_model_tester(qtmodeltester, demo_store):
    model = CommentTableModel()
    model.set_rows(catalogue.list_comments(demo_store))
    qtmodeltester.check(model)


def test_comment_table_model_isolates_author_names(demo_store):
    model = CommentTableModel()
    model.set_rows(catalogue.list_comments(demo_store))
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert all(name.startswith("\u2068") and name.endswith("\u2069") for name in names)


def test_comment_table_model_excerpt_has_no_markup(demo_store):
    model = CommentTableModel()
    model.set_rows(catalogue.list_comments(demo_store))
    excerpts = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    assert not any("<" in excerpt and ">" in excerpt for excerpt in excerpts)
    assert not any("script" in excerpt.lower() and "alert" in excerpt for excerpt in excerpts)


def test_author_table_model_passes_model_tester(qtmodeltester, demo_store):
    model = AuthorTableModel()
    model.set_rows(catalogue.list_authors(demo_store))
    qtmodeltester.check(model)


def test_sidebar_model_passes_model_tester(qapp, qtmodeltester):
    # qapp first: qtawesome caches an empty icon font if asked before a QApplication exists.
    model = SidebarModel()
    qtmodeltester.check(model)
