"""Fold Arabic text into the one form used for indexing and for search queries."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Zero-width and bidi control characters. They are removed before anything else so they
# cannot hide a filter-evasion pattern or keep NFKC from composing what they separated.
_INVISIBLE: Final = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")

# Arabic base letters (tatweel U+0640 excluded): the word characters on either side of
# an evasion pattern.
_LETTER: Final = (
    "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
    "\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c8"
)

# Harakat and Quranic marks; they may sit inside an evasion run, e.g. "العقـَ.ـوبات".
_MARKS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"

_TATWEEL: Final = "\u0640"
_EVASION_PUNCTUATION: Final = ".,\u060c\u00b7\u066b"

# A letter, then a run of tatweel / evasion punctuation / marks, then another letter.
# The following letter is only looked at so the next run can start from it.
_EVASION_RUN: Final = re.compile(
    f"([{_LETTER}])([{_TATWEEL}{re.escape(_EVASION_PUNCTUATION)}{_MARKS}]+)(?=[{_LETTER}])"
)
_EVASION_PUNCTUATION_TABLE: Final = str.maketrans("", "", _EVASION_PUNCTUATION)

_MARKS_AND_TATWEEL: Final = re.compile(f"[{_MARKS}{_TATWEEL}]+")

_FOLD_TABLE: Final = str.maketrans(
    {
        # Hamza seats and wasla on alef are spelled inconsistently in news copy.
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0649": "\u064a",  # ى → ي
        "\u0629": "\u0647",  # ة → ه
        # Hamza on waw / yeh meets bare hamza so مسؤول/مسئول and شيء/شيئ match.
        "\u0624": "\u0621",  # ؤ
        "\u0626": "\u0621",  # ئ
        # Persian/Urdu code points that keyboards and OCR slip into Arabic text.
        "\u06a9": "\u0643",  # ک → ك
        "\u06cc": "\u064a",  # ی → ي
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic digits
    }
)


def _drop_evasion_punctuation(match: re.Match[str]) -> str:
    """Remove the punctuation of a run only when a tatweel shows it is padding."""
    letter, run = match.group(1), match.group(2)
    if _TATWEEL in run and any(ch in _EVASION_PUNCTUATION for ch in run):
        return letter + run.translate(_EVASION_PUNCTUATION_TABLE)
    return match.group(0)


def normalise(text: str) -> str:
    """Return the search/matching form of text, for indexed text and queries alike."""
    text = _INVISIBLE.sub("", text)
    # NFKC first: it turns presentation forms into letters plus harakat and tatweel,
    # which the later steps then handle like any other.
    text = unicodedata.normalize("NFKC", text)
    text = _EVASION_RUN.sub(_drop_evasion_punctuation, text)
    text = _MARKS_AND_TATWEEL.sub("", text)
    text = text.translate(_FOLD_TABLE)
    text = text.casefold()
    # Casefolding can leave decomposed sequences (ǰ → j + caron) and dropping marks can
    # bring a base letter and a Latin accent together: recompose so the result is a
    # fixed point.
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


_MARKS_OR_TATWEEL_CHAR: Final = re.compile(f"[{_MARKS}{_TATWEEL}]")


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """Fold text character by character for find-in-text, keeping where each folded one came from.

    A lighter cousin of normalise(): harakat, tatweel and invisible controls are
    dropped and letter forms folded, but nothing is recomposed, so every folded
    character maps back to one position of the original text.
    """
    folded: list[str] = []
    positions: list[int] = []
    for position, character in enumerate(text):
        if _MARKS_OR_TATWEEL_CHAR.match(character) or _INVISIBLE.match(character):
            continue
        for piece in character.translate(_FOLD_TABLE).casefold():
            folded.append(piece)
            positions.append(position)
    return "".join(folded), positions


# A word is a run of letters and digits (no underscore). Indexed text and queries are
# split by this one pattern, so both search engines see the same tokens.
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Normalise text and return its words in order, repeats kept."""
    return _WORD.findall(normalise(text))


def search_terms(query: str) -> list[str]:
    """Normalise query and split it into distinct word tokens in their original order."""
    return list(dict.fromkeys(words(query)))
