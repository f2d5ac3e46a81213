"""The typography check in the editor: finds, jumps to and fixes issues."""

from __future__ import annotations

import pytest

from newsdesk.text.lint import LintCode
from newsdesk.ui.editor.editor_widget import ArticleEditor
from newsdesk.ui.editor.lint_view import LintView

BODY = (
    '<p dir="rtl">قال المتحدث ,إن الاجتماع انتهى مساء الأحد?</p>\n'
    '<p dir="ltr">Hello, world? This is fine.</p>\n'
    '<p dir="rtl">ارتفعت الأسعار «بشكل كبير.</p>'
)


@pytest.fixture
def view(qtbot):
    editor = ArticleEditor()
    qtbot.addWidget(editor)
    editor.load(BODY)
    lint_view = LintView(editor)
    qtbot.addWidget(lint_view)
    return lint_view


def test_lint_view_lists_issues_of_arabic_paragraphs_only(view):
    issues = view.check()
    assert {issue.paragraph for issue in issues} == {0, 2}
    assert LintCode.UNBALANCED_QUOTES in {issue.code for issue in issues}


def test_lint_view_activating_issue_selects_its_text(view):
    issues = view.check()
    question = next(i for i in issues if i.code == LintCode.LATIN_QUESTION_MARK)
    row = view.model.rows().index(question)
    view.table.activated.emit(view.model.index(row, 0))
    assert view.editor.textCursor().selectedText() == question.excerpt


def test_lint_view_fix_all_leaves_only_unfixable_issues(view):
    view.check()
    view.fix_all()
    remaining = {issue.code for issue in view.check()}
    assert remaining == {LintCode.UNBALANCED_QUOTES}
    assert "؟" in view.editor.document().toPlainText()


def test_lint_view_fix_all_is_one_undo_step(view):
    view.check()
    view.fix_all()
    view.editor.undo()
    assert view.editor.html() == BODY
