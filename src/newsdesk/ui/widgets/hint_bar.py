"""A hint for newcomers above a place: what to do here, and how to put hints away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from newsdesk.ui.widgets import icons


class HintBar(QFrame):
    """Shows one hint with "Got it" (this hint) and "Turn hints off" (all of them)."""

    dismissed = Signal(str)
    turned_off = Signal()

    def __init__(self, parent: Any = None) -> None:
        """Build the bar, hidden until a hint is shown."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Hint"))
        self._name = ""
        icon = QLabel(self)
        icon.setPixmap(icons.icon("mdi6.lightbulb-on-outline").pixmap(20, 20))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.got_it = QPushButton(self.tr("Got it"), self)
        self.got_it.clicked.connect(lambda _checked=False: self.dismissed.emit(self._name))
        self.turn_off = QPushButton(self.tr("Turn hints off"), self)
        self.turn_off.clicked.connect(lambda _checked=False: self.turned_off.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.got_it)
        layout.addWidget(self.turn_off)
        self.hide()

    def show_hint(self, name: str, text: str) -> None:
        """Show a hint; an empty text hides the bar."""
        self._name = name
        self.text.setText(text)
        self.setVisible(bool(text))
