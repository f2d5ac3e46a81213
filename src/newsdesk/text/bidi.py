"""Decide paragraph direction and embed untrusted text safely in mixed-direction UI."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from typing import Final

_FSI: Final = "\u2068"
_PDI: Final = "\u2069"

# Explicit embeddings, overrides, isolates and the implicit marks (LRM, RLM, ALM):
# anything that lets a string reorder the text around it.
_BIDI_CONTROLS: Final = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

_RTL_CLASSES: Final = frozenset({"R", "AL"})


class Direction(StrEnum):
    """The base direction of a paragraph."""

    RTL = "rtl"
    LTR = "ltr"


def strong_counts(text: str) -> tuple[int, int]:
    """Count the strong right-to-left and strong left-to-right characters in text."""
    rtl = ltr = 0
    for ch in text:
        bidi_class = unicodedata.bidirectional(ch)
        if bidi_class in _RTL_CLASSES:
            rtl += 1
        elif bidi_class == "L":
            ltr += 1
    return rtl, ltr


def paragraph_direction(text: str, base: Direction = Direction.RTL) -> Direction:
    """Return the direction most strong characters have, or base on a tie."""
    # Majority rather than the Unicode first-strong rule: an Arabic sentence that opens
    # with a Latin name ("Geir Pedersen قال ...") must still lay out right to left.
    rtl, ltr = strong_counts(text)
    if rtl > ltr:
        return Direction.RTL
    if ltr > rtl:
        return Direction.LTR
    return base


def isolate(text: str) -> str:
    """Wrap text in a first-strong isolate so it cannot reorder the text around it."""
    return f"{_FSI}{text}{_PDI}"


def has_bidi_controls(text: str) -> bool:
    """Tell whether text contains explicit bidi embedding, override or isolate controls."""
    return _BIDI_CONTROLS.search(text) is not None
