"""Moderating in the window against the real WordPress: pull, decide by keyboard, send."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from newsdesk.services import publishing
from newsdesk.sync import PASSWORD_VARIABLE, CredentialStore, WordPressClient
from newsdesk.ui.models.sidebar import Place
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

HOSTILE = 'رأيي أن العقـ.ـوبات <a href="javascript:alert(1)">هنا</a><script>x()</script>'


@pytest.fixture
def site(window, demo_store, wordpress, wp_client, monkeypatch):
    """An editor account in the window's store and a held comment on a fresh post."""
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    password = wordpress.users["editor"].app_password
    with WordPressClient(wordpress.base_url, "editor", password) as client:
        publishing.add_account(demo_store, CredentialStore(backend, environ={}), client, password)
    editor = wp_client("editor")
    post = editor.create_post(
        {"title": "خبر للتعليقات", "content": "<p>نص</p>", "status": "publish"}
    )
    comment = editor.create_comment(post.id, 0, HOSTILE)
    editor.update_comment(comment.id, {"status": "hold"})
    yield editor, comment.id
    keyring.set_keyring(previous)


def test_pending_comment_is_approved_by_keyboard_and_sent(window, qtbot, site):
    editor, remote_id = site
    with qtbot.waitSignal(window.sync.drained, timeout=60_000):
        window.sync.drain()
    with qtbot.waitSignal(window.comments.comments_loaded):
        window.show_place(Place.COMMENTS)
    pane = window.comments
    pane.search_box.setText("العقوبات")
    rows = [
        pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row())
        for row in range(pane.proxy.rowCount())
    ]
    target = next(row for row in rows if row.remote_id == remote_id)
    pane.select_row(rows.index(target))
    assert "alert" not in pane.detail.toPlainText()
    pane.table.setFocus()
    with qtbot.waitSignal(pane.decided):
        QTest.keyClick(pane.table, Qt.Key.Key_A)
    assert pane.model.comment(target.id).status.value == "approved"
    with qtbot.waitSignal(window.sync.drained, timeout=60_000) as drained:
        window.sync.drain()
    assert target.id in drained.args[0].moderated
    assert editor.get_comment(remote_id).status == "approved"


def test_decision_raced_on_the_site_shows_as_conflict(window, qtbot, site):
    editor, remote_id = site
    with qtbot.waitSignal(window.sync.drained, timeout=60_000):
        window.sync.drain()
    with qtbot.waitSignal(window.comments.comments_loaded):
        window.show_place(Place.COMMENTS)
    pane = window.comments
    pane.queues.setCurrentIndex(4)  # all
    rows = [
        pane.model.row_at(pane.proxy.mapToSource(pane.proxy.index(row, 0)).row())
        for row in range(pane.proxy.rowCount())
    ]
    target = next(row for row in rows if row.remote_id == remote_id)
    pane.select_row(rows.index(target))
    pane.table.setFocus()
    with qtbot.waitSignal(pane.decided):
        QTest.keyClick(pane.table, Qt.Key.Key_S)
    assert "not sent" in pane.model.index(pane.model.position_of(target.id), 4).data() or (
        "لم" in pane.model.index(pane.model.position_of(target.id), 4).data()
    )
    # Another moderator approves it on the site first.
    editor.update_comment(remote_id, {"status": "approved"})
    with qtbot.waitSignal(window.sync.drained, timeout=60_000) as drained:
        window.sync.drain()
    assert target.id in drained.args[0].conflicts
    assert editor.get_comment(remote_id).status == "approved"
    with qtbot.waitSignal(pane.comments_loaded):
        pane.reload()
    status = pane.model.index(pane.model.position_of(target.id), 4).data()
    assert "conflict" in status or "تعارض" in status
