"""Directional icons point along the reading direction; the others keep their picture."""

from __future__ import annotations

from typing import TYPE_CHECKING

import qtawesome
from PySide6.QtCore import Qt

from newsdesk.ui.widgets import icons

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

SIZE = 32


def _image(icon) -> QImage:
    return icon.pixmap(SIZE, SIZE).toImage()


def _distance(first: QImage, second: QImage) -> int:
    """Sum of alpha differences: antialiased edges differ a little between a glyph drawn
    mirrored and a bitmap flipped afterwards, so pictures are compared by closeness."""
    return sum(
        abs(first.pixelColor(x, y).alpha() - second.pixelColor(x, y).alpha())
        for x in range(SIZE)
        for y in range(SIZE)
    )


def test_directional_icons_are_mirrored_in_arabic_only(language):
    for name in ("mdi6.undo", "mdi6.reply", "mdi6.send-check-outline"):
        plain = _image(qtawesome.icon(name))
        flipped = plain.flipped(Qt.Orientation.Horizontal)
        shown = _image(icons.icon(name))
        if language == "ar":
            assert _distance(shown, flipped) * 4 < _distance(shown, plain), name
        else:
            assert shown == plain


def test_other_icons_keep_their_picture(language):
    for name in ("mdi6.check", "mdi6.arrow-down", "mdi6.content-save-outline"):
        assert _image(icons.icon(name)) == _image(qtawesome.icon(name))
