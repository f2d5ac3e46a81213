"""Importing and exporting articles from the window."""

from __future__ import annotations

import json

from newsdesk.services import articles

ARTICLE = """Title: خبر مستورد
Section: سياسة
Tags: مفاوضات

فقرة أولى من الخبر.

اقرأ أيضاً: [خبر آخر](/other/)
"""


def test_main_window_import_opens_first_article_in_editor(window, qtbot, tmp_path):
    path = tmp_path / "news.md"
    path.write_text(ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(window.editor.article_loaded):
        window.import_files([path])
    assert window.editor.inspector.title.text() == "خبر مستورد"
    assert 'class="read-also"' in window.editor.editor.html()


def test_main_window_import_of_bad_file_reports_and_adds_nothing(
    window, qtbot, demo_store, tmp_path
):
    path = tmp_path / "binary.md"
    path.write_bytes(b"Title: x\x00\x01")
    before = len(articles.list_articles(demo_store))
    window.import_files([path])
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert len(articles.list_articles(demo_store)) == before


def test_main_window_export_writes_chosen_format(window, qtbot, tmp_path):
    path = tmp_path / "out.json"
    window.export_article(3, path)
    qtbot.waitUntil(path.exists)
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == 3


def test_main_window_export_markdown_round_trips_through_import(
    window, qtbot, demo_store, tmp_path
):
    path = tmp_path / "out.md"
    window.export_article(1, path)
    qtbot.waitUntil(path.exists)
    with qtbot.waitSignal(window.editor.article_loaded):
        window.import_files([path])
    imported = articles.get_article(demo_store, window.editor.article_id)
    original = articles.get_article(demo_store, 1)
    assert (imported.title, imported.body_html, imported.tags) == (
        original.title,
        original.body_html,
        original.tags,
    )
