"""Revisions: listed, compared word by word (right to left), restored as a new revision."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from newsdesk.domain import RevisionKind
from newsdesk.services import editing
from newsdesk.store.articles import ArticleFields
from newsdesk.ui.editor.revisions import diff_html

OLD = '<p dir="rtl">قال المبعوث إن المحادثات ستبدأ الأحد.</p>'
NEW = '<p dir="rtl">قال المبعوث إن المحادثات ستبدأ الاثنين.</p>\n<p dir="ltr">New line</p>'


def test_diff_html_marks_changed_word_without_colour_alone():
    rendered = diff_html(OLD, NEW)
    assert "line-through" in rendered
    assert "الأحد" in rendered
    assert "underline" in rendered
    assert "الاثنين" in rendered


def test_diff_html_keeps_each_paragraph_direction():
    rendered = diff_html(OLD, NEW)
    assert rendered.startswith('<p dir="rtl">')
    assert '<p dir="ltr">' in rendered


def _prepare(store) -> int:
    article_id = editing.new_draft(store, "عنوان")
    editing.save_article(store, article_id, ArticleFields("عنوان", OLD), RevisionKind.SAVE)
    editing.save_article(store, article_id, ArticleFields("عنوان", NEW), RevisionKind.AUTOSAVE)
    return article_id


def _open_revisions(window, qtbot, article_id):
    pane = window.editor
    with qtbot.waitSignal(pane.article_loaded):
        window.edit_article(article_id)
    with qtbot.waitSignal(pane.revisions.revisions_loaded):
        pane.tabs.setCurrentWidget(pane.revisions)
    return pane


def test_revisions_lists_newest_first(window, qtbot, demo_store):
    pane = _open_revisions(window, qtbot, _prepare(demo_store))
    kinds = [row.kind for row in pane.revisions.model.rows()]
    assert kinds == [RevisionKind.AUTOSAVE, RevisionKind.SAVE, RevisionKind.SAVE]


def test_revisions_two_selected_show_their_diff(window, qtbot, demo_store):
    pane = _open_revisions(window, qtbot, _prepare(demo_store))
    selection = pane.revisions.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(pane.revisions.model.index(0, 0), flags)
    selection.select(pane.revisions.model.index(1, 0), flags)
    text = pane.revisions.diff.toPlainText()
    assert "الأحد" in text
    assert "الاثنين" in text
    assert "New line" in text


def test_revisions_restore_brings_old_text_back_and_saves_it_as_new(window, qtbot, demo_store):
    article_id = _prepare(demo_store)
    pane = _open_revisions(window, qtbot, article_id)
    selection = pane.revisions.table.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.select(pane.revisions.model.index(1, 0), flags)
    pane.revisions.restore_button.click()
    assert pane.editor.html() == OLD
    with qtbot.waitSignal(pane.saved):
        pane.save()
    assert len(editing.list_revisions(demo_store, article_id)) == 4
