"""Help: the keyboard shortcut sheet (read from the real actions) and the About box."""

from __future__ import annotations

from importlib import metadata
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from newsdesk import __version__
from newsdesk.ui.widgets.views import table_view

# The packages newsdesk is built on, for the licences in the About box.
DEPENDENCIES = (
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "psycopg",
    "Markdown",
    "nh3",
    "QtAwesome",
    "platformdirs",
    "httpx",
    "keyring",
)


def shortcut_rows(root: QWidget) -> list[tuple[str, str]]:
    """Return (action, keys) for every action under root that has a shortcut, sorted."""
    rows = {}
    for action in root.findChildren(QAction):
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        label = action.text().replace("&", "")
        if keys and label:
            rows[label] = " / ".join(keys)
    return sorted(rows.items(), key=lambda row: row[0].casefold())


class ShortcutModel(QAbstractTableModel):
    """Action names and their keys."""

    def __init__(self, rows: list[tuple[str, str]], parent: Any = None) -> None:
        """Keep the rows."""
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of actions."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return two columns: action and keys."""
        return 0 if parent.isValid() else 2

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the action's name or keys."""
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Action"), self.tr("Keys"))[section]
        return None


class ShortcutSheet(QDialog):
    """Every keyboard shortcut of the window, as the actions really have them."""

    def __init__(self, root: QWidget, parent: Any = None) -> None:
        """List the shortcuts of root's actions."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutModel(shortcut_rows(root), self)
        table = table_view(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 520)


def licence_lines() -> list[str]:
    """Return "name version — licence" for every dependency that is installed."""
    lines = []
    for name in DEPENDENCIES:
        try:
            info = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = info.get("License-Expression") or info.get("License") or ""
        if not licence or len(licence) > 60:
            classifiers = [
                c for c in info.get_all("Classifier") or [] if c.startswith("License ::")
            ]
            licence = classifiers[0].split("::")[-1].strip() if classifiers else "see package"
        lines.append(f"{name} {info['Version']} — {licence}")
    return lines


class AboutDialog(QDialog):
    """Version, purpose and the licences of what newsdesk is built on."""

    def __init__(self, parent: Any = None) -> None:
        """Build the text."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About newsdesk"))
        title = QLabel(f"<h2>newsdesk {__version__}</h2>", self)
        summary = QLabel(
            self.tr(
                "A newsroom editor for Arabic news sites that publish with WordPress. "
                "Licensed under the GNU General Public License, version 3 or later."
            ),
            self,
        )
        summary.setWordWrap(True)
        licences = QLabel("\n".join(licence_lines()), self)
        licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licences.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Built with:"), self))
        layout.addWidget(licences)
        layout.addWidget(buttons)
