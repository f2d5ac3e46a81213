"""Window geometry, toolbars and docks, splitter positions and dismissed hints.

These describe the screen, not the user's choices, so they live in their own INI file
beside the preferences (QSettings), and a damaged or missing file just means defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

if TYPE_CHECKING:
    from pathlib import Path

STATE_FILE = "window-state.ini"


class WindowState:
    """The window's layout as it was when it last closed."""

    def __init__(self, config_dir: Path) -> None:
        """Use the state file in the config folder."""
        self._store = QSettings(str(config_dir / STATE_FILE), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow) -> bool:
        """Put the window back as it was; return False when nothing was saved yet."""
        geometry = self._store.value("window/geometry")
        if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
            return False
        state = self._store.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for splitter in self._named_splitters(window):
            sizes = self._store.value(f"splitters/{splitter.objectName()}")
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)
        return True

    def save(self, window: QMainWindow) -> None:
        """Remember the window's geometry, docks, toolbars and splitters."""
        self._store.setValue("window/geometry", window.saveGeometry())
        self._store.setValue("window/state", window.saveState())
        for splitter in self._named_splitters(window):
            self._store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        self._store.sync()

    def dismissed_hints(self) -> set[str]:
        """Return the hints the user has put away."""
        value = self._store.value("hints/dismissed", [])
        return {value} if isinstance(value, str) else {str(item) for item in value or []}

    def dismiss_hint(self, name: str) -> None:
        """Never show this hint again."""
        self._store.setValue("hints/dismissed", sorted(self.dismissed_hints() | {name}))
        self._store.sync()

    def forget_dismissed_hints(self) -> None:
        """Show every hint again (when hints are switched back on)."""
        self._store.remove("hints/dismissed")
        self._store.sync()

    @staticmethod
    def _named_splitters(window: QMainWindow) -> list[QSplitter]:
        return [splitter for splitter in window.findChildren(QSplitter) if splitter.objectName()]
