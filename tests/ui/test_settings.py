"""The settings dialog: saved to the config folder and applied to the open window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from newsdesk.config.settings import load_settings
from newsdesk.services import articles
from newsdesk.ui.dialogs.settings_dialog import SettingsDialog


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
