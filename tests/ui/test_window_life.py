"""What the window remembers and offers around the work: its layout, first-run hints,
the digit style, and moving the data folder (closed, moved, reopened on the moved store)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QSplitter

from newsdesk.cli import build_parser
from newsdesk.config import resolve_paths
from newsdesk.config.settings import Settings, load_settings, save_settings
from newsdesk.services.demo import add_demo_content
from newsdesk.store import open_store
from newsdesk.ui.app import configure_application, run_app
from newsdesk.ui.context import AppContext
from newsdesk.ui.dialogs.settings_dialog import Page, SettingsDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_table import Column
from newsdesk.ui.models.sidebar import Place
from newsdesk.ui.tasks import TaskRunner

ARABIC_INDIC = re.compile("[٠-٩]")
WESTERN = re.compile("[0-9]")


def _reopen(qtbot, window: MainWindow) -> MainWindow:
    """Close the window and open a new one on the same store and folders."""
    context = window.editor._context
    window.close()
    again = MainWindow(AppContext(context.store, context.paths, context.language, TaskRunner()))
    qtbot.addWidget(again)
    return again


def test_geometry_and_splitters_come_back_after_closing(window, qtbot):
    splitter = window.findChild(QSplitter, "places")
    window.resize(760, 560)  # inside the offscreen screen, which geometry is clamped to
    splitter.setSizes([260, 500])
    wanted = splitter.sizes()
    again = _reopen(qtbot, window)
    assert again.restore_layout()
    again.show()
    qtbot.wait_exposed(again)
    assert again.findChild(QSplitter, "places").sizes() == wanted
    assert again.size() == window.size()


def test_inspector_saved_open_comes_back_only_with_the_editor(window, qtbot):
    with qtbot.waitSignal(window.editor.article_loaded):
        window.edit_article(1)
    assert window.inspector_dock.isVisible()
    again = _reopen(qtbot, window)
    assert again.restore_layout()
    again.show()
    assert not again.inspector_dock.isVisible()
    with qtbot.waitSignal(again.editor.article_loaded):
        again.edit_article(1)
    assert again.inspector_dock.isVisible()


def test_first_start_has_no_saved_layout(window):
    assert not MainWindow(window.editor._context).restore_layout()


def test_hints_follow_the_place_and_can_be_put_away(window, qtbot):
    assert window.hint_bar.isVisible()
    drafts_hint = window.hint_bar.text.text()
    window.show_place(Place.COMMENTS)
    assert "J" in window.hint_bar.text.text()
    qtbot.mouseClick(window.hint_bar.got_it, Qt.MouseButton.LeftButton)
    assert not window.hint_bar.isVisible()
    window.show_place(Place.DRAFTS)
    assert window.hint_bar.text.text() == drafts_hint
    again = _reopen(qtbot, window)
    again.show()
    again.show_place(Place.COMMENTS)
    assert not again.hint_bar.isVisible()  # dismissed for good
    again.show_place(Place.DRAFTS)
    assert again.hint_bar.isVisible()
    again.hint_bar.turn_off.click()
    assert not again.hint_bar.isVisible()
    assert load_settings(again.editor._context.paths).show_hints is False


def test_digit_style_reaches_tables_counts_and_plurals(window, qapp, language):
    words = window.articles.model.index(0, Column.WORDS)
    try:
        configure_application(qapp, "ar", "arabic-indic")
        assert ARABIC_INDIC.search(words.data())
        assert not WESTERN.search(words.data())
        plural = QApplication.translate("MainWindow", "Imported %Ln article(s).", "", 12)
        assert "١٢" in plural
        configure_application(qapp, "ar", "western")
        assert WESTERN.search(words.data())
        assert not ARABIC_INDIC.search(words.data())
    finally:
        configure_application(qapp, language)


def test_settings_dialog_saves_digits_font_and_hints(window, monkeypatch):
    def choose(dialog: SettingsDialog) -> int:
        dialog.digits.setCurrentIndex(1)
        dialog.font_family.setCurrentIndex(1)
        dialog.show_hints.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window.edit_settings()
    saved = load_settings(window.editor._context.paths)
    assert saved.digits == "arabic-indic"
    assert saved.editor_font_family
    assert window.editor.editor.document().defaultFont().families()[0] == saved.editor_font_family
    assert not saved.show_hints
    assert not window.hint_bar.isVisible()


def test_accounts_action_opens_the_accounts_page(window, monkeypatch):
    pages = []

    def look(dialog: SettingsDialog) -> int:
        pages.append(dialog.tabs.currentIndex())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", look)
    window.accounts_action.trigger()
    assert pages == [Page.ACCOUNTS]


def test_a_folder_given_by_argument_cannot_be_moved_from_settings(window, qtbot):
    dialog = SettingsDialog(window.editor._context, Settings(), [], window, Page.DATA)
    qtbot.addWidget(dialog)
    assert not dialog.move_button.isEnabled()  # the fixture passes --data-dir
    assert "NEWSDESK_DATA_DIR" in dialog.data_message.text()


def test_backup_from_settings_writes_a_store_copy(window, qtbot, tmp_path):
    dialog = SettingsDialog(window.editor._context, Settings(), [], window, Page.DATA)
    qtbot.addWidget(dialog)
    dialog.back_up_to(tmp_path / "copy.sqlite3")
    qtbot.waitUntil(dialog.backup_button.isEnabled)
    copy = open_store(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        assert copy.describe()
    finally:
        copy.close()
    assert "copy.sqlite3" in dialog.data_message.text()


def test_moving_the_data_folder_reopens_the_window_on_the_moved_store(tmp_path, qapp, monkeypatch):
    monkeypatch.delenv("NEWSDESK_DATA_DIR", raising=False)
    monkeypatch.delenv("NEWSDESK_DB", raising=False)
    config = tmp_path / "config"
    save_settings(resolve_paths(None, str(config)), Settings(data_folder=str(tmp_path / "old")))
    store = open_store(f"sqlite:///{tmp_path / 'old' / 'newsdesk.sqlite3'}")
    add_demo_content(store)
    store.close()
    seen: list[str] = []

    def step() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if not shown:
            QTimer.singleShot(50, step)
            return
        current = shown[0]
        seen.append(str(current.editor._context.paths.data_dir))
        if len(seen) == 1:
            current.move_data_folder(tmp_path / "new")
            QTimer.singleShot(50, step)
        else:
            current.close()

    QTimer.singleShot(0, step)
    args = build_parser().parse_args(["--config-dir", str(config), "--lang", "en", "gui"])
    assert run_app(args) == 0
    assert seen == [str(tmp_path / "old"), str(tmp_path / "new")]
    assert (tmp_path / "new" / "newsdesk.sqlite3").exists()
    assert not (tmp_path / "old").exists()
    assert load_settings(resolve_paths(None, str(config))).data_folder == str(tmp_path / "new")


def test_window_title_names_the_place_or_the_article(window, qtbot):
    window.show_place(Place.COMMENTS)
    assert window.windowTitle().endswith(window.tr("newsdesk"))
    assert (
        window.sidebar_model.data(window.sidebar.currentIndex(), Qt.ItemDataRole.AccessibleTextRole)
        in window.windowTitle()
    )
    with qtbot.waitSignal(window.editor.article_loaded):
        window.edit_article(1)
    title = window.editor.inspector.title.text()
    assert title
    assert title in window.windowTitle()
    window.editor.inspector.title.setText("عنوان جديد")
    assert "عنوان جديد" in window.windowTitle()
