"""Count words and estimate reading time for article text."""

from __future__ import annotations

from typing import Final

# A conservative figure for Arabic news prose.
READING_WORDS_PER_MINUTE: Final = 200

_TATWEEL: Final = "\u0640"


def _is_word(token: str) -> bool:
    """Tell whether a whitespace-separated token has at least one letter or digit."""
    # Tatweel is a modifier letter to Unicode but only stretches a word: alone it is
    # decoration, not a word.
    return any(ch.isalnum() and ch != _TATWEEL for ch in token)


def word_count(text: str) -> int:
    """Count the whitespace-separated tokens of text that contain a letter or digit."""
    return sum(1 for token in text.split() if _is_word(token))


def reading_minutes(words: int) -> int:
    """Return whole minutes to read that many words: at least 1 for any, 0 for none."""
    if words < 0:
        raise ValueError(f"word count must not be negative: {words}")
    # Integer ceiling division: no float rounding at large counts.
    return -(-words // READING_WORDS_PER_MINUTE)
