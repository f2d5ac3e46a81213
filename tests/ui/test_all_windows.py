"""Every window and dialog, in Arabic and in English: laid out in the language's direction,
and no button or single-line label cut short at its default size."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from newsdesk.config.settings import Settings
from newsdesk.services.publishing import ConflictVersions
from newsdesk.ui.dialogs.article_picker import ArticlePicker
from newsdesk.ui.dialogs.help_dialogs import AboutDialog, ShortcutSheet
from newsdesk.ui.dialogs.merge_dialog import MergeDialog
from newsdesk.ui.dialogs.settings_dialog import Page, SettingsDialog
from newsdesk.ui.models.sidebar import Place
from newsdesk.ui.panes.review_pane import RequestChangesDialog, ScheduleDialog

VERSIONS = ConflictVersions(
    base_html='<p dir="rtl">فقرة</p>',
    mine_html='<p dir="rtl">فقرة بتعديلي</p>',
    theirs_html='<p dir="rtl">فقرة بتعديلهم</p>',
    theirs_title="عنوان",
)


def _dialogs(window):
    context = window.editor._context
    return {
        "picker": ArticlePicker(context, None, window),
        "merge": MergeDialog(VERSIONS, window),
        "shortcuts": ShortcutSheet(window, window),
        "about": AboutDialog(window),
        "request changes": RequestChangesDialog(window),
        "schedule": ScheduleDialog(UTC, "UTC", datetime.now(UTC), window),
        **{
            f"settings: {page.name.lower()}": SettingsDialog(
                context, Settings(), ["ليلى حدّاد"], window, page
            )
            for page in Page
        },
    }


def _cut_short(widget: QWidget) -> list[str]:
    """Return the visible buttons and one-line labels narrower than their text."""
    problems = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or child.width() <= 1:
            continue
        if isinstance(child, QAbstractButton) and child.text():
            if child.width() < child.minimumSizeHint().width():
                problems.append(f"button {child.text()!r}")
        elif isinstance(child, QLabel) and child.text() and not child.wordWrap():
            if "<" in child.text():
                continue  # rich text lays itself out
            needed = child.fontMetrics().horizontalAdvance(child.text().split("\n")[0])
            if needed > child.contentsRect().width() + 1:
                problems.append(f"label {child.text()[:40]!r}")
    return problems


def _expected(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("place", list(Place))
def test_every_place_follows_language_direction(window, qtbot, language, place):
    window.show_place(place)
    qtbot.wait_exposed(window)
    assert window.layoutDirection() == _expected(language)
    assert window.stack.currentWidget().layoutDirection() == _expected(language)


def test_editor_follows_language_direction(window, qtbot, language):
    with qtbot.waitSignal(window.editor.article_loaded):
        window.edit_article(1)
    assert window.editor.layoutDirection() == _expected(language)
    assert window.inspector_dock.layoutDirection() == _expected(language)


@pytest.mark.parametrize(
    "name",
    [
        "picker",
        "merge",
        "shortcuts",
        "about",
        "request changes",
        "schedule",
        "settings: general",
        "settings: editor",
        "settings: accounts",
        "settings: data",
    ],
)
def test_every_dialog_follows_language_and_shows_whole_text(window, qtbot, language, name):
    dialog = _dialogs(window)[name]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    QApplication.processEvents()
    assert dialog.layoutDirection() == _expected(language)
    assert _cut_short(dialog) == []
    dialog.close()


def test_main_window_shows_whole_text_at_default_size(window, qtbot, language):
    window.resize(1200, 760)
    qtbot.wait_exposed(window)
    QApplication.processEvents()
    assert _cut_short(window.menuBar()) == []
    assert _cut_short(window.statusBar()) == []


def test_cut_short_finds_squeezed_text(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    for item in (QPushButton("زر بنص طويل لا يتسع"), QLabel("تسمية طويلة لا تتسع في أربعين")):
        item.setFixedWidth(40)
        layout.addWidget(item)
    widget.show()
    qtbot.wait_exposed(widget)
    assert len(_cut_short(widget)) == 2
