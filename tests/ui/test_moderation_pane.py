"""The moderation desk driven by keyboard: queues, search, navigation, decisions asked for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from newsdesk.ui.models.moderation import ModerationFilter, ModerationModel
from newsdesk.ui.models.sidebar import Place

ALL = 4


@pytest.fixture
def pane(window, qtbot):
    with qtbot.waitSignal(window.comments.comments_loaded):
        window.show_place(Place.COMMENTS)
    window.comments.table.setFocus()
    return window.comments


def _authors(pane) -> list[str]:
    return [
        pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row()).author_name
        for row in range(pane.proxy.rowCount())
    ]


def test_moderation_all_queue_shows_every_comment(pane):
    pane.queues.setCurrentIndex(ALL)
    assert pane.proxy.rowCount() == 24


def test_moderation_search_sees_through_filter_evasion(pane):
    pane.queues.setCurrentIndex(ALL)
    pane.search_box.setText("الخونة")
    assert pane.proxy.rowCount() == 1
    assert (
        "الخـ.ـونة"
        in pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(0, 0)).row()).content_html
    )


def test_moderation_j_and_k_move_through_queue(pane):
    first = pane.current_comment()
    QTest.keyClick(pane.table, Qt.Key.Key_J)
    second = pane.current_comment()
    assert second.id != first.id
    QTest.keyClick(pane.table, Qt.Key.Key_K)
    assert pane.current_comment().id == first.id


def test_moderation_s_asks_to_spam_selection(pane, qtbot):
    pane.table.selectAll()
    with qtbot.waitSignal(pane.decision_requested) as asked:
        QTest.keyClick(pane.table, Qt.Key.Key_S)
    ids, decision = asked.args
    assert (len(ids), decision) == (6, "spam")


def test_moderation_delete_key_asks_to_trash(pane, qtbot):
    with qtbot.waitSignal(pane.decision_requested) as asked:
        QTest.keyClick(pane.table, Qt.Key.Key_Delete)
    assert asked.args[1] == "trash"


def test_moderation_o_key_asks_to_restore(pane, qtbot):
    with qtbot.waitSignal(pane.decision_requested) as asked:
        QTest.keyClick(pane.table, Qt.Key.Key_O)
    assert asked.args[1] == "restore"


def test_moderation_letters_typed_in_search_are_text(pane, qtbot):
    pane.search_box.setFocus()
    with qtbot.assertNotEmitted(pane.decision_requested):
        QTest.keyClicks(pane.search_box, "spam")
    assert pane.search_box.text() == "spam"


def test_moderation_double_click_author_shows_only_that_commenter(pane):
    pane.queues.setCurrentIndex(ALL)
    index = pane.proxy.index(0, 0)
    name = pane.model.row_at(pane.proxy.mapToSource(index).row()).author_name
    pane.table.doubleClicked.emit(index)
    assert set(_authors(pane)) == {name}
    pane.clear_commenter()
    assert pane.proxy.rowCount() == 24


def test_moderation_bidi_override_name_cannot_reorder_row(pane):
    pane.queues.setCurrentIndex(ALL)
    cells = [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())]
    spoofed = next(cell for cell in cells if "U+202E" in cell)
    assert spoofed.startswith("\u2068")
    assert spoofed.endswith("\u2069")
    assert "\u202e" not in spoofed


def test_moderation_models_pass_model_tester(qtmodeltester, demo_store):
    from newsdesk.services import moderation

    model = ModerationModel()
    model.set_rows(moderation.list_comments(demo_store))
    qtmodeltester.check(model)
    proxy = ModerationFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_moderation_excerpts_hold_no_markup(demo_store):
    from newsdesk.services import moderation

    model = ModerationModel()
    model.set_rows(moderation.list_comments(demo_store))
    excerpts = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert not any("<script" in excerpt or "<p>" in excerpt for excerpt in excerpts)


def _select(pane, predicate):
    pane.queues.setCurrentIndex(ALL)
    for row in range(pane.proxy.rowCount()):
        comment = pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row())
        if predicate(comment):
            pane.select_row(row)
            return comment
    raise AssertionError("no such comment")


def test_moderation_detail_drops_script_and_keeps_text(pane):
    comment = _select(pane, lambda c: "<script" in c.content_html)
    shown = pane.detail.toPlainText()
    assert "alert" not in shown
    assert "script" not in shown.lower()
    assert comment.author_name.strip() in shown


def test_moderation_detail_shows_thread(pane):
    reply = _select(pane, lambda c: c.parent_id is not None)
    parent = pane.model.comment(reply.parent_id)
    shown = pane.detail.toPlainText()
    assert parent.author_name in shown


def test_moderation_detail_flags_bidi_override_name(pane):
    _select(pane, lambda c: "\u202e" in c.author_name)
    assert "⚠" in pane.detail.toPlainText()


def test_moderation_link_opens_only_after_confirmation(pane, monkeypatch):
    opened, asked = [], []
    monkeypatch.setattr("newsdesk.ui.panes.moderation_pane.QDesktopServices.openUrl", opened.append)
    monkeypatch.setattr(
        type(pane), "confirm_open", lambda self, target: asked.append(target) or False
    )
    from PySide6.QtCore import QUrl

    pane._on_detail_anchor_clicked(QUrl("javascript:alert(1)"))
    pane._on_detail_anchor_clicked(QUrl("https://example.com/offer"))
    assert asked == ["https://example.com/offer"]
    assert opened == []


def test_moderation_signals_column_names_spam_links(pane):
    pane.queues.setCurrentIndex(ALL)
    spam = _select(pane, lambda c: c.content_html.count("href") >= 2)
    row = pane.model.position_of(spam.id)
    assert pane.model.index(row, 5).data()  # the signals column says something


def test_moderation_blocklist_flags_evasive_spelling(pane, monkeypatch, qtbot):
    monkeypatch.setattr(type(pane), "ask_text", lambda self, *args: "الخونة\nالمؤامرة")
    with qtbot.waitSignal(pane.comments_loaded):
        pane.edit_blocklist()
    pane.queues.setCurrentIndex(ALL)
    pane.only_flagged.setChecked(True)
    hostile = [
        pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row())
        for row in range(pane.proxy.rowCount())
    ]
    flagged = [c for c in hostile if "الخـ.ـونة" in c.content_html]
    assert len(flagged) == 1
    signals = pane.model.signals_of(flagged[0].id)
    assert "الخونة" in signals.blocklist


def test_moderation_sorting_by_signals_puts_worst_first(pane):
    from PySide6.QtCore import Qt

    pane.queues.setCurrentIndex(ALL)
    pane.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    scores = [
        pane.model.signals_of(
            pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row()).id
        ).score
        for row in range(pane.proxy.rowCount())
    ]
    assert scores == sorted(scores, reverse=True)


def test_moderation_double_click_article_shows_only_its_comments(pane):
    pane.queues.setCurrentIndex(ALL)
    index = pane.proxy.index(0, 2)
    article_id = pane.model.row_at(pane.proxy.mapToSource(index).row()).article_id
    pane.table.doubleClicked.emit(index)
    shown = {
        pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row()).article_id
        for row in range(pane.proxy.rowCount())
    }
    assert shown == {article_id}
    pane.clear_article()
    assert pane.proxy.rowCount() == 24
