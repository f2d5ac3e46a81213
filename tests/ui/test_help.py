"""Help: the shortcut sheet lists the real actions; the About box names the licences."""

from __future__ import annotations

from newsdesk.ui.dialogs.help_dialogs import AboutDialog, licence_lines


def test_shortcut_sheet_lists_editor_and_moderation_keys(window, qtbot):
    sheet = window.show_shortcuts()
    qtbot.addWidget(sheet)
    rows = sheet.model._rows
    keys = dict(rows)
    assert len(rows) > 20
    assert "Ctrl+B" in keys.values()
    assert any(value == "J" for value in keys.values())


def test_about_box_lists_dependency_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    lines = licence_lines()
    assert any(line.startswith("SQLAlchemy") and "MIT" in line for line in lines)
    assert any(line.startswith("PySide6-Essentials") for line in lines)
