"""Typography lint for Arabic news copy: punctuation, digits, spacing, pairs, kashida."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from newsdesk.text.bidi import Direction, paragraph_direction

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


class LintCode(StrEnum):
    """What a lint issue is about; the UI turns each code into a translated message."""

    LATIN_COMMA = "latin_comma"
    LATIN_QUESTION_MARK = "latin_question_mark"
    LATIN_SEMICOLON = "latin_semicolon"
    MIXED_DIGITS = "mixed_digits"
    BIDI_CONTROL = "bidi_control"
    DOUBLE_SPACE = "double_space"
    SPACE_BEFORE_PUNCTUATION = "space_before_punctuation"
    UNBALANCED_QUOTES = "unbalanced_quotes"
    UNBALANCED_BRACKETS = "unbalanced_brackets"
    TATWEEL_IN_TEXT = "tatweel_in_text"


@dataclass(frozen=True)
class LintIssue:
    """One typography problem: where it is, what it covers and what could replace it."""

    code: LintCode
    paragraph: int
    start: int
    end: int
    excerpt: str
    # Replacement for paragraph[start:end]; "" means there is no automatic fix. Fixes
    # that delete characters widen the span to a neighbour so this is never ambiguous.
    suggestion: str


_ARABIC_PUNCTUATION: Final = {
    LintCode.LATIN_COMMA: ("\u002c", "\u060c"),  # , → ،
    LintCode.LATIN_QUESTION_MARK: ("\u003f", "\u061f"),  # ? → ؟
    LintCode.LATIN_SEMICOLON: ("\u003b", "\u061b"),  # ; → ؛
}
_CODE_BY_LATIN: Final = {latin: code for code, (latin, _) in _ARABIC_PUNCTUATION.items()}

# The URL runs to the next space or quotation mark; trailing sentence punctuation is
# trimmed off afterwards.
_URL: Final = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"«»“”]+", re.IGNORECASE)
_URL_TRAILING: Final = ".,;:!?'\u2019\u060c\u061b\u061f"
_EMAIL: Final = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ENTITY_BEFORE: Final = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+)\Z")

_BIDI_CONTROL: Final = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_TOKEN: Final = re.compile(r"\S+")
_LATIN_LETTER: Final = re.compile("[A-Za-z]")

_DIGIT: Final = "0-9\u0660-\u0669\u06f0-\u06f9"
_NUMBER: Final = re.compile(f"[{_DIGIT}]+(?:[.,\u066b\u066c][{_DIGIT}]+)*")
_TO_ARABIC_SEPARATOR: Final = str.maketrans({".": "\u066b", ",": "\u066c"})
_TO_WESTERN_SEPARATOR: Final = str.maketrans({"\u066b": ".", "\u066c": ","})

# Horizontal whitespace only: a line break inside a paragraph is not a double space.
_SPACE: Final = r"[^\S\r\n\u2028\u2029]"
_DOUBLE_SPACE: Final = re.compile(rf"(?<=\S){_SPACE}{{2,}}(?=\S)")
_SPACE_BEFORE: Final = re.compile(rf"(?<=\S){_SPACE}+(?=[\u060c\u061b\u061f.:!])")
# Arabic marks are never preceded by a space; . : ! only in Arabic paragraphs, because
# French copy (published by Maghreb sites) puts a space before : and !.
_ARABIC_MARKS: Final = "\u060c\u061b\u061f"

_TATWEEL_RUN: Final = re.compile("\u0640+")

_QUOTE_PAIRS: Final = (("\u00ab", "\u00bb"), ("\u201c", "\u201d"))
_BRACKET_PAIRS: Final = (("(", ")"), ("[", "]"))
# "1)" or "أ)" opening a paragraph numbers a list item and closes nothing.
_LIST_MARKER: Final = re.compile(rf"\s*(?:[{_DIGIT}]{{1,3}}|[A-Za-z]|[\u0621-\u064a])\)")


def _protected(text: str) -> list[bool]:
    """Mark the characters of text that belong to a URL or an e-mail address."""
    mask = [False] * len(text)
    for pattern in (_URL, _EMAIL):
        for match in pattern.finditer(text):
            start, end = match.span()
            # Keep a closing bracket only when the URL opened it (wiki/Foo_(bar)).
            while end > start:
                last = text[end - 1]
                url = text[start:end]
                if last in _URL_TRAILING or (
                    last in ")]" and url.count("(" if last == ")" else "[") < url.count(last)
                ):
                    end -= 1
                else:
                    break
            mask[start:end] = [True] * (end - start)
    return mask


def _strong_sides(text: str) -> tuple[list[Direction | None], list[Direction | None]]:
    """Return, for each index, the direction of the nearest strong letter before and after."""

    def scan(indices: Iterable[int]) -> list[Direction | None]:
        result: list[Direction | None] = [None] * len(text)
        last: Direction | None = None
        for index in indices:
            result[index] = last
            bidi_class = unicodedata.bidirectional(text[index])
            if bidi_class in ("R", "AL"):
                last = Direction.RTL
            elif bidi_class == "L":
                last = Direction.LTR
        return result

    return scan(range(len(text))), scan(reversed(range(len(text))))


def _issue(
    code: LintCode, paragraph: int, text: str, start: int, end: int, suggestion: str
) -> LintIssue:
    """Build an issue covering text[start:end]."""
    return LintIssue(code, paragraph, start, end, text[start:end], suggestion)


def _latin_punctuation(text: str, paragraph: int, protected: list[bool]) -> Iterator[LintIssue]:
    """Flag , ? ; that belong to Arabic wording rather than to a number, link or Latin phrase."""
    if not any(latin in text for latin in _CODE_BY_LATIN):
        return
    if paragraph_direction(text) is not Direction.RTL:
        return
    before, after = _strong_sides(text)
    for index, ch in enumerate(text):
        code = _CODE_BY_LATIN.get(ch)
        if code is None or protected[index]:
            continue
        if 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit():
            continue  # 1,000 or a digit list like 2;3
        if code is LintCode.LATIN_QUESTION_MARK:
            # A question mark closes the words before it.
            arabic = before[index] is Direction.RTL
        else:
            # A Latin list inside an Arabic sentence ("Apple, Google") keeps its commas.
            arabic = Direction.RTL in (before[index], after[index])
        if not arabic:
            continue
        if code is LintCode.LATIN_SEMICOLON and _ENTITY_BEFORE.search(text, 0, index):
            continue  # &nbsp;
        yield _issue(code, paragraph, text, index, index + 1, _ARABIC_PUNCTUATION[code][1])


def _latin_tokens(text: str) -> list[bool]:
    """Mark the characters of whitespace-separated tokens that contain a Latin letter."""
    mask = [False] * len(text)
    for match in _TOKEN.finditer(text):
        if _LATIN_LETTER.search(match.group()):
            mask[match.start() : match.end()] = [True] * (match.end() - match.start())
    return mask


def _is_western(ch: str) -> bool:
    """Tell whether ch is an ASCII digit."""
    return "0" <= ch <= "9"


def _mixed_digits(text: str, paragraph: int, protected: list[bool]) -> Iterator[LintIssue]:
    """Flag the numbers written in the paragraph's minority digit system."""
    # Digits in links, e-mail addresses and Latin names (COVID-19, F-16) are not prose
    # numbers and keep their Western form whatever the paragraph uses.
    latin = _latin_tokens(text)
    numbers = [
        match
        for match in _NUMBER.finditer(text)
        if not protected[match.start()] and not latin[match.start()]
    ]
    digits = [ch for match in numbers for ch in match.group() if ch.isdigit()]
    western = sum(1 for ch in digits if _is_western(ch))
    arabic = len(digits) - western
    if not western or not arabic:
        return
    # The majority wins; on a tie the system the paragraph started with.
    to_western = western > arabic or (western == arabic and _is_western(digits[0]))
    zero = 0
    if not to_western:
        first_arabic = next(ch for ch in digits if not _is_western(ch))
        zero = ord(first_arabic) - unicodedata.digit(first_arabic)
    for match in numbers:
        number = match.group()
        if to_western:
            if all(_is_western(ch) for ch in number if ch.isdigit()):
                continue
            fixed = "".join(
                str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in number
            ).translate(_TO_WESTERN_SEPARATOR)
        else:
            if not any(_is_western(ch) for ch in number):
                continue
            fixed = "".join(
                chr(zero + int(ch)) if _is_western(ch) else ch for ch in number
            ).translate(_TO_ARABIC_SEPARATOR)
        yield _issue(LintCode.MIXED_DIGITS, paragraph, text, match.start(), match.end(), fixed)


def _bidi_controls(text: str, paragraph: int) -> Iterator[LintIssue]:
    """Flag each word that carries bidi control characters, with the word without them."""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not _BIDI_CONTROL.search(token):
            continue
        start, end = match.span()
        cleaned = _BIDI_CONTROL.sub("", token)
        if cleaned:
            yield _issue(LintCode.BIDI_CONTROL, paragraph, text, start, end, cleaned)
            continue
        # Controls standing alone between spaces: widen to a neighbour that stays, so the
        # suggestion is not empty (empty means "no fix").
        space_start = start
        while space_start > 0 and text[space_start - 1].isspace():
            space_start -= 1
        space_end = end
        while space_end < len(text) and text[space_end].isspace():
            space_end += 1
        if space_start < start and space_end > end:
            # "قال \u200f إن" → keep the space before, drop the controls and the space after.
            suggestion = text[space_start:start]
            yield _issue(LintCode.BIDI_CONTROL, paragraph, text, space_start, space_end, suggestion)
        elif space_end < len(text):
            # At the start of the paragraph: take in the next word.
            word_end = space_end
            while word_end < len(text) and not text[word_end].isspace():
                word_end += 1
            word = text[space_end:word_end]
            yield _issue(LintCode.BIDI_CONTROL, paragraph, text, start, word_end, word)
        elif space_start > 0:
            # At the end of the paragraph: take in the previous word.
            word_start = space_start
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            word = text[word_start:space_start]
            yield _issue(LintCode.BIDI_CONTROL, paragraph, text, word_start, end, word)
        else:
            yield _issue(LintCode.BIDI_CONTROL, paragraph, text, start, end, "")


def _space_before_fires(text: str, mark_index: int, rtl: bool) -> bool:
    """Tell whether the space before the mark at mark_index is a typo."""
    mark = text[mark_index]
    if mark in _ARABIC_MARKS:
        return True
    if not rtl:
        return False
    following = text[mark_index + 1 : mark_index + 2]
    if mark == "." and following == ".":
        return False  # an ellipsis marking an omission may stand apart
    # ".NET", ":30": the mark starts a name or a number, it does not end the clause.
    return not (mark in ".:" and following.isascii() and following.isalnum())


def _spacing(text: str, paragraph: int, rtl: bool) -> Iterator[LintIssue]:
    """Flag runs of spaces and spaces before punctuation."""
    flagged_before: set[int] = set()
    for match in _SPACE_BEFORE.finditer(text):
        mark_index = match.end()
        if not _space_before_fires(text, mark_index, rtl):
            continue
        mark = text[mark_index]
        following = text[mark_index + 1 : mark_index + 2]
        # "قال ،وأضاف": the space belongs after the mark, not before it.
        suggestion = mark + " " if following and unicodedata.category(following)[0] == "L" else mark
        flagged_before.add(match.start())
        code = LintCode.SPACE_BEFORE_PUNCTUATION
        yield _issue(code, paragraph, text, match.start(), mark_index + 1, suggestion)
    for match in _DOUBLE_SPACE.finditer(text):
        if match.start() not in flagged_before:
            yield _issue(LintCode.DOUBLE_SPACE, paragraph, text, match.start(), match.end(), " ")


def _unbalanced(text: str, paragraph: int, protected: list[bool]) -> Iterator[LintIssue]:
    """Flag quotation marks and brackets that are never closed or never opened."""
    marker = _LIST_MARKER.match(text)
    list_marker_close = marker.end() - 1 if marker else -1
    pairs = [(pair, LintCode.UNBALANCED_QUOTES) for pair in _QUOTE_PAIRS]
    pairs += [(pair, LintCode.UNBALANCED_BRACKETS) for pair in _BRACKET_PAIRS]
    for (opener, closer), code in pairs:
        opened: list[int] = []
        for index, ch in enumerate(text):
            if protected[index] or index == list_marker_close:
                continue
            if ch == opener:
                opened.append(index)
            elif ch == closer:
                if opened:
                    opened.pop()
                else:
                    yield _issue(code, paragraph, text, index, index + 1, "")
        for index in opened:
            yield _issue(code, paragraph, text, index, index + 1, "")
    straight = [index for index, ch in enumerate(text) if ch == '"' and not protected[index]]
    if len(straight) % 2:
        # Quotes pair up in order, so the last one is the one left over.
        index = straight[-1]
        yield _issue(LintCode.UNBALANCED_QUOTES, paragraph, text, index, index + 1, "")


def _is_word_char(ch: str) -> bool:
    """Tell whether ch is a letter or a mark (tatweel is a modifier letter)."""
    return unicodedata.category(ch)[0] in "LM"


def _tatweel(text: str, paragraph: int) -> Iterator[LintIssue]:
    """Flag each word containing tatweel, with the word unstretched as the suggestion."""
    seen_words: set[int] = set()
    for run in _TATWEEL_RUN.finditer(text):
        start, end = run.span()
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        while end < len(text) and _is_word_char(text[end]):
            end += 1
        if start in seen_words:
            continue
        seen_words.add(start)
        # Only a tatweel between two letters is a stretch. One at a word's edge is doing
        # a job ("الـ2254", "بـ", a dash in a dateline): flag it, but let the writer choose.
        interior = [
            (r.start(), r.end())
            for r in _TATWEEL_RUN.finditer(text, start, end)
            if start < r.start() and r.end() < end
        ]
        suggestion = ""
        if interior:
            pieces = []
            position = start
            for run_start, run_end in interior:
                pieces.append(text[position:run_start])
                position = run_end
            pieces.append(text[position:end])
            suggestion = "".join(pieces)
        yield _issue(LintCode.TATWEEL_IN_TEXT, paragraph, text, start, end, suggestion)


_CODE_ORDER: Final = {code: position for position, code in enumerate(LintCode)}


def lint_paragraph(text: str, paragraph: int = 0) -> list[LintIssue]:
    """Return the typography issues of one paragraph, ordered by position."""
    protected = _protected(text)
    rtl = paragraph_direction(text) is Direction.RTL
    issues = [
        *_latin_punctuation(text, paragraph, protected),
        *_mixed_digits(text, paragraph, protected),
        *_bidi_controls(text, paragraph),
        *_spacing(text, paragraph, rtl),
        *_unbalanced(text, paragraph, protected),
        *_tatweel(text, paragraph),
    ]
    issues.sort(key=lambda issue: (issue.start, issue.end, _CODE_ORDER[issue.code]))
    return issues


def lint_paragraphs(paragraphs: list[str]) -> list[LintIssue]:
    """Return the typography issues of every paragraph, ordered by paragraph then start."""
    return [issue for index, text in enumerate(paragraphs) for issue in lint_paragraph(text, index)]


def apply_suggestion(paragraph: str, issue: LintIssue) -> str:
    """Return paragraph with the issue's span replaced by its suggestion."""
    if not issue.suggestion:
        raise ValueError(f"{issue.code} at {issue.start} has no suggestion")
    if paragraph[issue.start : issue.end] != issue.excerpt:
        raise ValueError(f"{issue.code} at {issue.start} does not match the paragraph")
    return paragraph[: issue.start] + issue.suggestion + paragraph[issue.end :]


def apply_suggestions(paragraph: str, issues: Iterable[LintIssue]) -> str:
    """Apply every suggestion that does not overlap an earlier one, and return the result."""
    chosen: list[LintIssue] = []
    reach = -1
    for issue in sorted(issues, key=lambda issue: (issue.start, issue.end)):
        if issue.suggestion and issue.start >= reach:
            chosen.append(issue)
            reach = issue.end
    # Right to left, so the offsets of the issues still to apply stay valid.
    for issue in reversed(chosen):
        paragraph = apply_suggestion(paragraph, issue)
    return paragraph
