"""The settings dialog: saved to the config folder and applied to the open window."""

from __future__ import annotations

import keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from newsdesk.config.settings import Settings, load_settings
from newsdesk.services import articles
from newsdesk.store.schema import AccountRow
from newsdesk.sync import PASSWORD_VARIABLE, CredentialStore
from newsdesk.ui.dialogs.settings_dialog import Page, SettingsDialog
from newsdesk.ui.widgets.views import select_row
from tests.sync.test_credentials import MemoryKeyring


def test_settings_are_saved_and_applied(window, qtbot, monkeypatch, demo_store):
    def choose(dialog: SettingsDialog) -> int:
        dialog.font_size.setValue(18)
        dialog.autosave.setValue(7)
        dialog.byline.setCurrentIndex(2)  # the second author
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window.edit_settings()
    saved = load_settings(window.editor._context.paths)
    assert (saved.editor_font_size, saved.autosave_seconds) == (18, 7)
    assert saved.default_byline
    assert window.editor.editor.document().defaultFont().pointSize() == 18
    with qtbot.waitSignal(window.editor.article_loaded):
        window.new_article()
    article = articles.get_article(demo_store, window.editor.article_id)
    assert article.author == saved.default_byline


def test_cancelled_settings_change_nothing(window, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = window.settings
    window.edit_settings()
    assert window.settings == before
    assert load_settings(window.editor._context.paths) == before


def test_accounts_page_removes_an_account_and_its_password(window, qtbot, monkeypatch):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    try:
        store = window.editor._context.store
        with store.transaction() as session:
            session.add(
                AccountRow(
                    site_url="https://news.example", username="editor", user_id=3, display_name="ر"
                )
            )
        CredentialStore().store("editor", "https://news.example", "abcd efgh ijkl mnop")
        dialog = SettingsDialog(window.editor._context, Settings(), [], window, Page.ACCOUNTS)
        qtbot.addWidget(dialog)
        dialog.show()
        panel = dialog.accounts
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        assert not panel.remove_button.isEnabled()
        select_row(panel.table, 0)
        assert panel.remove_button.isEnabled()
        monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
        assert panel.message.text() == panel.tr("The account was removed.")
        assert backend.items == {}
    finally:
        keyring.set_keyring(previous)
