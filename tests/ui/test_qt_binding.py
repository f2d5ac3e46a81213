"""Guard against the PySide6 release that drops a reference to None on every void call."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

VOID_CALLS = 20_000


def test_pyside_void_calls_do_not_exhaust_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    # PySide6 6.12.0 on Python < 3.12 aborts with "none_dealloc" after a few thousand.
    for size in range(VOID_CALLS):
        widget.resize(100 + size % 50, 100)
    assert widget.width() == 100 + (VOID_CALLS - 1) % 50
