"""The review desk pane as an editor drives it (mouse and keyboard), in Arabic and English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from newsdesk.domain import ArticleStatus
from newsdesk.services import review
from newsdesk.store import open_store
from newsdesk.store.schema import AccountRow, ArticleRow
from newsdesk.ui import labels
from newsdesk.ui.context import AppContext
from newsdesk.ui.panes.review_pane import RequestChangesDialog, ReviewPane, ScheduleDialog
from newsdesk.ui.tasks import TaskRunner
from tests.services.test_review import V2, FakePostSite, _pulled

pytestmark = pytest.mark.gui
NOTE = "أضف مصدراً للرقم الوارد في الفقرة الثانية"


@pytest.fixture
def review_store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield store
    store.close()


@pytest.fixture
def seeded(review_store):
    with review_store.transaction() as session:
        row = AccountRow(
            site_url="https://news.example",
            username="editor",
            user_id=2,
            display_name="رئيسة التحرير",
            timezone="Asia/Damascus",
            gmt_offset=3.0,
        )
        session.add(row)
        session.flush()
        account_id = row.id
    site = FakePostSite()
    first, _ = _pulled(review_store, site, account_id, "خبر السياسة الأول")
    second, _ = _pulled(review_store, site, account_id, "خبر السياسة الثاني")
    with review_store.transaction() as session:
        session.get(ArticleRow, second).body_html = V2
    return {"first": first, "second": second}


@pytest.fixture
def pane(qtbot, review_store, seeded, tmp_path, language):
    from newsdesk.config import resolve_paths

    context = AppContext(
        review_store, resolve_paths(str(tmp_path), str(tmp_path)), language, TaskRunner()
    )
    widget = ReviewPane(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitSignal(widget.view_loaded, timeout=5000):
        widget.reload()
    yield widget
    context.tasks.wait()


def _status(store, article_id):
    with store.transaction() as session:
        return session.get(ArticleRow, article_id).status


def test_queue_shows_newest_first_with_reader_diff_and_layout_direction(pane, seeded, language):
    assert pane.model.rowCount() == 2
    assert pane.model.row_at(0).id == seeded["second"]
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert pane.layoutDirection() == expected
    assert "خبر السياسة الثاني" in pane.reader.toPlainText()
    diff = pane.diff.document().toHtml()
    # Word diff, RTL paragraphs, insertions underlined (never colour alone).
    assert "underline" in diff
    assert "الأممي" in pane.diff.toPlainText()
    assert (
        pane.diff.document().firstBlock().next().textDirection() == Qt.LayoutDirection.RightToLeft
    )


def test_sort_and_filters_reload_the_queue(qtbot, pane, seeded):
    with qtbot.waitSignal(pane.queue_loaded, timeout=5000):
        pane.sort_box.setCurrentIndex(1)
        pane.sort_box.activated.emit(1)
    assert pane.model.row_at(0).id == seeded["first"]
    assert pane.section_box.findData("سياسة") > 0
    assert pane.author_box.findData("سلمى حداد") > 0
    index = pane.section_box.findData("سياسة")
    with qtbot.waitSignal(pane.queue_loaded, timeout=5000):
        pane.section_box.setCurrentIndex(index)
        pane.section_box.activated.emit(index)
    assert pane.model.rowCount() == 2


def test_request_changes_needs_a_note_then_sends_the_article_back(qtbot, pane, seeded):
    article_id = pane.current_item().id
    qtbot.mouseClick(pane.request_button, Qt.MouseButton.LeftButton)
    dialog = pane._dialog
    assert isinstance(dialog, RequestChangesDialog)
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.note, "   ")
    assert not dialog.ok_button.isEnabled()
    # QTest types ASCII only; the Arabic note goes in as an input method would commit it.
    dialog.note.insertPlainText(NOTE)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(pane.decided, timeout=5000) as decided:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert decided.args[0].delivery is review.NoteDelivery.QUEUED
    assert _status(pane._context.store, article_id) == ArticleStatus.DRAFT.value
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.message()
    [note] = review.notes(pane._context.store, article_id)
    assert (note.author_name, note.body) == (
        "رئيسة التحرير",
        "أضف مصدراً للرقم الوارد في الفقرة الثانية",
    )


def test_approve_and_publish_now(qtbot, pane):
    article_id = pane.current_item().id
    with qtbot.waitSignal(pane.sync_requested, timeout=5000):
        qtbot.mouseClick(pane.publish_button, Qt.MouseButton.LeftButton)
    assert _status(pane._context.store, article_id) == ArticleStatus.PUBLISHED.value


def test_approve_and_schedule_on_the_sites_clock(qtbot, pane):
    article_id = pane.current_item().id
    qtbot.mouseClick(pane.schedule_button, Qt.MouseButton.LeftButton)
    dialog = pane._dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.set_site_time(datetime(2031, 3, 4, 9, 15))  # 09:15 in Damascus (UTC+3)
    assert dialog.when_utc() == datetime(2031, 3, 4, 6, 15, tzinfo=UTC)
    # Shown as this computer's wall-clock time in the interface's locale.
    assert labels.date_time(datetime(2031, 3, 4, 6, 15, tzinfo=UTC)) in dialog.local_label.text()
    with qtbot.waitSignal(pane.decided, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    with pane._context.store.transaction() as session:
        row = session.get(ArticleRow, article_id)
        assert (row.status, row.scheduled_for) == (
            ArticleStatus.SCHEDULED.value,
            datetime(2031, 3, 4, 6, 15, tzinfo=UTC),
        )


def test_take_over_emits_the_article_id(qtbot, pane):
    article_id = pane.current_item().id
    with qtbot.waitSignal(pane.take_over_requested, timeout=5000) as taken:
        pane.take_over_button.setFocus()
        qtbot.keyClick(pane.take_over_button, Qt.Key.Key_Space)
    assert taken.args == [article_id]


def test_empty_queue_disables_the_actions(qtbot, pane, seeded):
    for article_id in seeded.values():
        review.approve_publish(pane._context.store, article_id, "x")
    with qtbot.waitSignal(pane.queue_loaded, timeout=5000):
        pane.reload()
    assert pane.model.rowCount() == 0
    assert not any(button.isEnabled() for button in pane.action_buttons)
