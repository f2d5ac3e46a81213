"""The window against the real WordPress: connect a site, send an article, see it arrive."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from newsdesk.config.settings import Settings
from newsdesk.services import publishing
from newsdesk.sync import PASSWORD_VARIABLE
from newsdesk.ui.dialogs.settings_dialog import Page, SettingsDialog
from tests.sync.test_credentials import MemoryKeyring
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.wordpress


@pytest.fixture
def memory_keyring(monkeypatch):
    """Use an in-process keyring as the system one for the test."""
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _connect(window, qtbot, wordpress):
    settings = SettingsDialog(window.editor._context, Settings(), [], window, Page.ACCOUNTS)
    qtbot.addWidget(settings)
    dialog = settings.accounts
    dialog.site_url.setText(wordpress.base_url)
    dialog.username.setText("editor")
    dialog.password.setText(wordpress.users["editor"].app_password)
    return dialog


def test_accounts_dialog_adds_account_and_keeps_password_in_keyring(
    window, qtbot, wordpress, memory_keyring
):
    dialog = _connect(window, qtbot, wordpress)
    with qtbot.waitSignal(dialog.account_added):
        dialog.add_button.click()
    assert wordpress.users["editor"].app_password in memory_keyring.items.values()
    assert dialog.password.text() == ""
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)


def test_accounts_dialog_without_keyring_explains_the_fix(window, qtbot, wordpress, monkeypatch):
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        dialog = _connect(window, qtbot, wordpress)
        dialog.add_button.click()
        qtbot.waitUntil(lambda: "NEWSDESK_WP_APP_PASSWORD" in dialog.message.text())
        assert dialog.model.rowCount() == 0
    finally:
        keyring.set_keyring(previous)


def test_send_as_draft_reaches_the_site(
    window, qtbot, wordpress, memory_keyring, demo_store, wp_client
):
    dialog = _connect(window, qtbot, wordpress)
    with qtbot.waitSignal(dialog.account_added):
        dialog.add_button.click()
    with qtbot.waitSignal(window.editor.article_loaded):
        window.edit_article(6)
    with qtbot.waitSignal(window.sync.drained, timeout=30_000) as drained:
        window.draft_action.trigger()
    report, waiting = drained.args
    assert (report.pushed, waiting) == ([6], 0)
    remote_id = publishing.article_sync_state(demo_store, 6)[0]
    post = wp_client("editor").get_post(remote_id)
    assert post.title_raw.startswith("معرض عين الغار")


def test_newcomer_walkthrough_from_the_readme(window, qtbot, wordpress, memory_keyring, wp_client):
    """The README's "From nothing to a draft on your site", step by step, by keyboard."""
    title = "وزير الاقتصاد يعلن خطة دعم للمشاريع الصغيرة"
    body = "قال الوزير إن الخطة تشمل 1200 مشروع في 2027، وأضاف: «نبدأ الشهر المقبل»."
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.editor.article_loaded):
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.editor.inspector.title.setFocus()
    type_text(window.editor.inspector.title, title)
    window.editor.editor.setFocus()
    type_text(window.editor.editor, body)
    with qtbot.waitSignal(window.editor.saved):
        QTest.keyClick(window.editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def connect_site(dialog: SettingsDialog) -> int:
        dialog.show()  # as exec() would
        assert dialog.tabs.currentIndex() == Page.ACCOUNTS
        panel = dialog.accounts
        type_text(panel.site_url, wordpress.base_url)
        type_text(panel.username, "editor")
        type_text(panel.password, wordpress.users["editor"].app_password)
        with qtbot.waitSignal(panel.account_added, timeout=30_000):
            qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SettingsDialog, "exec", connect_site)
        window.accounts_action.trigger()
    with qtbot.waitSignal(window.sync.drained, timeout=30_000) as drained:
        window.draft_action.trigger()
    report, waiting = drained.args
    assert (report.pushed, waiting) == ([window.editor.article_id], 0)
    remote_id = publishing.article_sync_state(window.editor._context.store, report.pushed[0])[0]
    post = wp_client("editor").get_post(remote_id)
    assert (post.status, post.title_raw) == ("draft", title)
    assert body in post.content_raw
