"""Keyboard and assistive technology: names for everything that takes focus, a Tab ring that
reaches every control of a place and walks back the same way with Shift+Tab, and every
action of the window in a menu or on a key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from newsdesk.ui.models.sidebar import Place

EDITOR = "editor"


def _show(window, qtbot, place: Place | str) -> None:
    if place == EDITOR:
        with qtbot.waitSignal(window.editor.article_loaded):
            window.edit_article(1)
    else:
        window.show_place(place)
    window.editor._context.tasks.wait()
    QApplication.processEvents()


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
    ]


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize("place", [*Place, EDITOR])
def test_everything_that_takes_focus_has_a_name(window, qtbot, place):
    _show(window, qtbot, place)
    nameless = [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in _focusable(window)
        if not _accessible_name(widget).strip()
    ]
    assert nameless == []


def _ring(start: QWidget, modifier: Qt.KeyboardModifier) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from start until the focus comes back to it."""
    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(300):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifier)
        if QApplication.focusWidget() is start:
            return seen
        seen.append(QApplication.focusWidget())
    raise AssertionError(f"Tab never came back: {[type(w).__name__ for w in seen[-10:]]}")


@pytest.mark.parametrize("place", [*Place, EDITOR])
def test_tab_reaches_every_control_and_shift_tab_walks_back(window, qtbot, place):
    _show(window, qtbot, place)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    forward = _ring(window.sidebar, Qt.KeyboardModifier.NoModifier)
    missing = [
        f"{type(control).__name__} {_accessible_name(control)!r}"
        for control in _focusable(window)
        if control not in forward and control is not window.sidebar
    ]
    assert missing == []
    assert _ring(window.sidebar, Qt.KeyboardModifier.ShiftModifier) == forward[::-1]


def test_every_toolbar_action_is_in_a_menu_or_on_a_key(window):
    in_menus = set()
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        in_menus.update(menu_action.menu().actions())
    unreachable = [
        action.text()
        for toolbar in window.findChildren(QToolBar)
        for action in toolbar.actions()
        if not action.isSeparator() and action not in in_menus and action.shortcut().isEmpty()
    ]
    assert unreachable == []


def test_places_are_one_key_away(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, place in ((5, Place.COMMENTS), (6, Place.AUTHORS), (1, Place.DRAFTS)):
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert window.current_place() == place


def test_editor_menus_work_only_while_the_editor_shows(window, qtbot):
    assert not window.editor.actions.bold.isEnabled()
    _show(window, qtbot, EDITOR)
    assert window.editor.actions.bold.isEnabled()
    window.show_place(Place.COMMENTS)
    assert not window.editor.actions.bold.isEnabled()
