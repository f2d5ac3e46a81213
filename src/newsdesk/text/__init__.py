"""Pure-Python Arabic text handling: search normalisation, bidi direction, word counts."""

from newsdesk.text.arabic import normalise, search_terms
from newsdesk.text.bidi import Direction, has_bidi_controls, isolate, paragraph_direction
from newsdesk.text.counts import reading_minutes, word_count

__all__ = [
    "Direction",
    "has_bidi_controls",
    "isolate",
    "normalise",
    "paragraph_direction",
    "reading_minutes",
    "search_terms",
    "word_count",
]
