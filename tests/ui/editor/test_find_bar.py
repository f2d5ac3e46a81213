"""Find and replace in the editor, with and without Arabic spelling variants."""

from __future__ import annotations

import pytest

from newsdesk.ui.editor.editor_widget import ArticleEditor
from newsdesk.ui.editor.find_bar import FindBar

BODY = (
    '<p dir="rtl">أكّد المتحدث أن العقـــوبات ستُرفع، وقال أحمد إن العقوبات لن تُرفع.</p>\n'
    '<p dir="rtl">وكرر احمد موقفه من العقوبات.</p>'
)


@pytest.fixture
def bar(qtbot):
    editor = ArticleEditor()
    qtbot.addWidget(editor)
    editor.load(BODY)
    find_bar = FindBar(editor)
    qtbot.addWidget(find_bar)
    return find_bar


def test_find_bar_ignoring_variants_finds_tatweel_and_hamza_forms(bar):
    bar.find_box.setText("العقوبات")
    assert len(bar.matches()) == 3
    bar.find_box.setText("احمد")
    assert len(bar.matches()) == 2


def test_find_bar_exact_matching_finds_only_the_same_spelling(bar):
    bar.ignore_variants.setChecked(False)
    bar.find_box.setText("العقوبات")
    assert len(bar.matches()) == 2


def test_find_bar_next_selects_original_characters(bar):
    bar.find_box.setText("العقوبات")
    assert bar.find_next()
    assert bar.editor.textCursor().selectedText() == "العقـــوبات"


def test_find_bar_replace_all_keeps_structure(bar):
    bar.find_box.setText("احمد")
    bar.replace_box.setText("Ahmad")
    assert bar.replace_all() == 2
    html = bar.editor.html()
    assert html.count("Ahmad") == 2
    assert html.count("<p dir=") == 2


def test_find_bar_replace_all_is_one_undo_step(bar):
    bar.find_box.setText("العقوبات")
    bar.replace_box.setText("الإجراءات")
    bar.replace_all()
    bar.editor.undo()
    assert bar.editor.html() == BODY
