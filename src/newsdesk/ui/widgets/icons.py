"""Icons whose picture points along the writing direction, mirrored in a right-to-left UI."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QGuiApplication, QIcon

# Arrows that mean "back", "forward", "send" or "answer" point the other way in Arabic.
# Vertical arrows, ticks and symbols keep their picture.
DIRECTIONAL = frozenset(
    {
        "mdi6.undo",
        "mdi6.redo",
        "mdi6.reply",
        "mdi6.restore",
        "mdi6.send-check-outline",
        "mdi6.cloud-upload-outline",
    }
)


def icon(name: str) -> QIcon:
    """Return a Material Design icon, mirrored when it is directional and the UI is RTL."""
    mirrored = name in DIRECTIONAL and QGuiApplication.isRightToLeft()
    return qtawesome.icon(name, hflip=mirrored)
