"""Word-level differences between two revisions of an article, paragraph by paragraph."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Final

from newsdesk.text.arabic import words

# Characters that keep a word whole when they sit between two word characters:
# hyphens (COVID-19, Al-Assad), apostrophes (O'Brien) and the zero-width (non-)joiners
# that shape Arabic and Persian letters.
_JOINERS: Final = frozenset("-\u2010\u2011'\u2019\u200c\u200d")

# Characters that keep a number whole only between two digits: 1,000  3.5  ٢٫٥  10:30
# 12/5/2024. Elsewhere they are punctuation, so a missing space after a full stop does not
# glue two words together.
_NUMBER_SEPARATORS: Final = frozenset(".,:/\u066b\u066c")

# Below this similarity two paragraphs of a replaced block are shown as one deleted and
# one inserted paragraph rather than as one changed paragraph.
PAIRING_THRESHOLD: Final = 0.4


class DiffKind(StrEnum):
    """What happened to a run of text between the old and the new revision."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


class ParagraphKind(StrEnum):
    """What happened to a paragraph between the old and the new revision."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    CHANGE = "change"


@dataclass(frozen=True)
class DiffOp:
    """A run of text, with its original spacing, that is kept, inserted or deleted."""

    kind: DiffKind
    text: str


@dataclass(frozen=True)
class ParagraphDiff:
    """One aligned paragraph and the word operations that turn its old text into its new."""

    kind: ParagraphKind
    ops: list[DiffOp]
    # Positions in the old and new paragraph lists; None on the side it is missing from.
    old_index: int | None = None
    new_index: int | None = None

    @property
    def old_text(self) -> str:
        """Return the paragraph as it was in the old revision ("" when inserted)."""
        return old_text(self.ops)

    @property
    def new_text(self) -> str:
        """Return the paragraph as it is in the new revision ("" when deleted)."""
        return new_text(self.ops)


def old_text(ops: list[DiffOp]) -> str:
    """Rebuild the old text from diff operations."""
    return "".join(op.text for op in ops if op.kind is not DiffKind.INSERT)


def new_text(ops: list[DiffOp]) -> str:
    """Rebuild the new text from diff operations."""
    return "".join(op.text for op in ops if op.kind is not DiffKind.DELETE)


def _is_word_char(ch: str) -> bool:
    """Tell whether ch belongs inside a word: a letter, mark, digit or underscore."""
    # Harakat are marks (Mn) and tatweel a modifier letter (Lm): both stay in the word.
    return unicodedata.category(ch)[0] in "LMN" or ch == "_"


def _word_end(text: str, start: int) -> int:
    """Return the index just past the word that starts at start."""
    end = start
    length = len(text)
    while end < length:
        ch = text[end]
        if _is_word_char(ch):
            end += 1
            continue
        if end + 1 < length and _is_word_char(text[end + 1]):
            if ch in _JOINERS:
                end += 1
                continue
            if ch in _NUMBER_SEPARATORS and text[end - 1].isdigit() and text[end + 1].isdigit():
                end += 1
                continue
        break
    return end


def _tokenise(text: str) -> list[str]:
    """Split text into words, whitespace runs and single punctuation characters."""
    tokens: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        ch = text[index]
        if ch.isspace():
            end = index + 1
            while end < length and text[end].isspace():
                end += 1
        elif _is_word_char(ch):
            end = _word_end(text, index)
        else:
            end = index + 1
        tokens.append(text[index:end])
        index = end
    return tokens


def _has_word(tokens: list[str]) -> bool:
    """Tell whether any token is a word rather than whitespace or punctuation."""
    return any(_is_word_char(token[0]) for token in tokens)


def _append(ops: list[DiffOp], kind: DiffKind, text: str) -> None:
    """Append an operation, merging it into the last one when the kind is the same."""
    if not text:
        return
    if ops and ops[-1].kind is kind:
        ops[-1] = DiffOp(kind, ops[-1].text + text)
    else:
        ops.append(DiffOp(kind, text))


def diff_words(old: str, new: str) -> list[DiffOp]:
    """Return the word-level operations that turn old into new."""
    # Words are compared exactly as written: a change of harakat, tatweel or hamza seat
    # is a real edit to the writer even though search treats both forms alike.
    old_tokens, new_tokens = _tokenise(old), _tokenise(new)
    opcodes = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False).get_opcodes()
    ops: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []
    last = len(opcodes) - 1
    for position, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        kept = old_tokens[i1:i2]
        # A space or comma kept between two changes would chop one rewritten phrase into
        # word-by-word strikes; fold it into the change instead.
        is_chaff = 0 < position < last and not _has_word(kept)
        if tag == "equal" and not is_chaff:
            _append(ops, DiffKind.DELETE, "".join(deleted))
            _append(ops, DiffKind.INSERT, "".join(inserted))
            deleted.clear()
            inserted.clear()
            _append(ops, DiffKind.EQUAL, "".join(kept))
        else:
            deleted.extend(old_tokens[i1:i2])
            inserted.extend(new_tokens[j1:j2])
    _append(ops, DiffKind.DELETE, "".join(deleted))
    _append(ops, DiffKind.INSERT, "".join(inserted))
    return ops


def _similarity(old: list[str], new: list[str]) -> float:
    """Return how alike two paragraphs' normalised word lists are, from 0 to 1."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    # The quick bound is cheap and rules out most unrelated pairs in a rewritten block.
    if matcher.quick_ratio() < PAIRING_THRESHOLD:
        return 0.0
    return matcher.ratio()


def _whole(kind: ParagraphKind, text: str, old: int | None, new: int | None) -> ParagraphDiff:
    """Return a paragraph that is kept, inserted or deleted as a whole."""
    op_kind = {
        ParagraphKind.EQUAL: DiffKind.EQUAL,
        ParagraphKind.INSERT: DiffKind.INSERT,
        ParagraphKind.DELETE: DiffKind.DELETE,
    }[kind]
    ops = [DiffOp(op_kind, text)] if text else []
    return ParagraphDiff(kind, ops, old, new)


def _align_block(
    old: list[str], new: list[str], old_start: int, new_start: int
) -> list[ParagraphDiff]:
    """Pair the paragraphs of a replaced block in order, maximising total similarity."""
    # Normalised words, so a paragraph whose only edit is its harakat still pairs up.
    old_words = [words(text) for text in old]
    new_words = [words(text) for text in new]
    rows, cols = len(old), len(new)
    similarity = [[_similarity(o, n) for n in new_words] for o in old_words]
    # score[i][j]: best total similarity pairing old[:i] with new[:j], in order.
    score = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            best = max(score[i - 1][j], score[i][j - 1])
            pair = similarity[i - 1][j - 1]
            if pair >= PAIRING_THRESHOLD:
                best = max(best, score[i - 1][j - 1] + pair)
            score[i][j] = best
    result: list[ParagraphDiff] = []
    i, j = rows, cols
    # Walking backwards and preferring insertions puts, going forwards, a block's
    # deleted paragraphs before its inserted ones.
    while i > 0 or j > 0:
        pair = similarity[i - 1][j - 1] if i > 0 and j > 0 else 0.0
        if pair >= PAIRING_THRESHOLD and score[i][j] == score[i - 1][j - 1] + pair:
            i, j = i - 1, j - 1
            ops = diff_words(old[i], new[j])
            result.append(ParagraphDiff(ParagraphKind.CHANGE, ops, old_start + i, new_start + j))
        elif j > 0 and score[i][j] == score[i][j - 1]:
            j -= 1
            result.append(_whole(ParagraphKind.INSERT, new[j], None, new_start + j))
        else:
            i -= 1
            result.append(_whole(ParagraphKind.DELETE, old[i], old_start + i, None))
    result.reverse()
    return result


def diff_paragraphs(old: list[str], new: list[str]) -> list[ParagraphDiff]:
    """Align the paragraphs of two revisions and diff the words of changed ones."""
    result: list[ParagraphDiff] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                paragraph = old[i1 + offset]
                result.append(_whole(ParagraphKind.EQUAL, paragraph, i1 + offset, j1 + offset))
        elif tag == "delete":
            result.extend(_whole(ParagraphKind.DELETE, old[i], i, None) for i in range(i1, i2))
        elif tag == "insert":
            result.extend(_whole(ParagraphKind.INSERT, new[j], None, j) for j in range(j1, j2))
        else:
            result.extend(_align_block(old[i1:i2], new[j1:j2], i1, j1))
    return result
