"""Signals a moderator sorts and filters comments by; none of them decides anything alone.

The ``score`` of a SignalSet orders a queue, most suspicious first, and nothing else.
Its weights, in points:

=============  ==============================================================
LINKS          2 per distinct link target, at most 5 targets counted (10)
BLOCKLIST      5 per matched term, at most 3 terms counted (15)
REPEATED       3 when the text was seen in another comment, +1 per further
               copy, at most 6
SHOUTING       1
ARABIZI        1 (Arabizi is not hostile; it only escapes word filters)
FIRST_TIME     2
HISTORY        4 per earlier spam and 2 per earlier trashed comment, together
               at most 12, minus 1 per earlier approved comment, at most -6
BIDI_NAME      4
=============  ==============================================================

A trusted commenter can therefore score below zero.

Blocklist terms match whole words (phrases: consecutive words) after normalise(), so
harakat, tatweel, the padded-punctuation evasion ("العقـ.ـوبات"), letter variants and
case do not matter. A word may carry clitic prefixes (و ف, then ب ك ل, then ال; لل):
the term "خونة" matches "والخونة", "للخونة", "بالخونة"; the term "الخونة" matches those
too but not the bare "خونة". Two extra passes catch punctuation between letters
("الخ.ونة", "c.a.s.i.n.o") and letters spaced apart ("خ و ن ة"). Suffixes are not
stripped ("خونتهم" needs its own term), nor are repeated letters.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING, Final

from newsdesk.text.arabic import normalise, words
from newsdesk.text.bidi import has_bidi_controls
from newsdesk.text.comments import MAX_INPUT_CHARS, repair_surrogates, sanitise_comment

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


class Signal(StrEnum):
    """What a comment or its author shows that is worth sorting or filtering by."""

    LINKS = "links"
    BLOCKLIST = "blocklist"
    REPEATED = "repeated"
    SHOUTING = "shouting"
    ARABIZI = "arabizi"
    FIRST_TIME = "first_time"
    HISTORY = "history"
    BIDI_NAME = "bidi_name"


# Score weights and caps; see the module docstring.
LINK_POINTS: Final = 2
MAX_LINKS_SCORED: Final = 5
BLOCKLIST_POINTS: Final = 5
MAX_TERMS_SCORED: Final = 3
REPEATED_POINTS: Final = 3
MAX_REPEATED_POINTS: Final = 6
SHOUTING_POINTS: Final = 1
ARABIZI_POINTS: Final = 1
FIRST_TIME_POINTS: Final = 2
SPAM_POINTS: Final = 4
TRASH_POINTS: Final = 2
MAX_BAD_HISTORY_POINTS: Final = 12
MAX_GOOD_HISTORY_POINTS: Final = 6
BIDI_NAME_POINTS: Final = 4

# REPEATED ignores texts shorter than this many words: «شكرا» or «الله أكبر» repeated by
# many readers is not a campaign.
REPEATED_MIN_WORDS: Final = 3
# SHOUTING needs this many cased Latin letters, this share of them upper case, and
# Latin letters as at least half of all letters (Arabic has no case, and «UN» or
# «NATO» inside an Arabic comment is not shouting).
SHOUTING_MIN_LETTERS: Final = 10
SHOUTING_UPPER_SHARE: Final = 0.7

# Clitics that may precede a blocklisted word: a conjunction (و ف), then a preposition
# (ب ك ل), then the article (ال); ل before ال is written لل. So والخونة, بالخونة,
# للخونة and فللخونة all reach خونة.
_ARTICLE: Final = "\u0627\u0644"  # ال
_LAM_ARTICLE: Final = "\u0644\u0644"  # لل


def _clitic_prefixes() -> tuple[str, ...]:
    """Return every conjunction-preposition-article combination, longest first."""
    prefixes = set()
    for conjunction, preposition, article in product(
        ("", "\u0648", "\u0641"), ("", "\u0628", "\u0643", "\u0644"), ("", _ARTICLE)
    ):
        joined = (
            _LAM_ARTICLE
            if (preposition, article) == ("\u0644", _ARTICLE)
            else preposition + article
        )
        prefixes.add(conjunction + joined)
    prefixes.discard("")
    return tuple(sorted(prefixes, key=len, reverse=True))


_PREFIXES: Final = _clitic_prefixes()
_PREFIX_INITIALS: Final = frozenset(prefix[0] for prefix in _PREFIXES)
_MIN_STEM: Final = 2
# Punctuation wedged between two letters ("الخ.ونة", "c.a.s.i.n.o") is dropped for a
# second matching pass; normalise() already drops it when tatweel pads it.
_WEDGED: Final = re.compile(r"(?<=[^\W\d_])[.,\u060c\u00b7\u2022\-_*|~+'`:;/\\]+(?=[^\W\d_])")
_SPACED_RUN: Final = 3

_URL: Final = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,63}/[^\s<>\"']*",
    re.IGNORECASE,
)
_URL_TRAILING: Final = ".,;:!?)]}\u00bb\"'/\u060c\u061f"

# Arabizi: Arabic written in Latin letters, with digits for the sounds Latin lacks
# (2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 8 ق, 9 ص; 3' غ, 7' خ, 6' ظ, 9' ض). A token counts when such
# a digit is followed by a letter and the token has at least two letters ("7abibi",
# "3arabi", "b7ebak", "ma3a"); a digit at the end ("mp3", "covid19", "win7") does not
# count, nor do ordinals, units and common Latin letter-digit words ("3rd", "5pm",
# "2fa", "b2b"). Without digits, the words of a small lexicon ("ana", "yalla", "habibi")
# are enough when there are at least two of them and they make at least a third of the
# Latin words ("ana bahebak", "yalla habibi"); once a text is Arabizi, its lexicon words
# are listed too. The whole is a heuristic and names only the likely case.
_LATIN_TOKEN: Final = re.compile(r"[a-z0-9']+")
_ARABIZI_DIGIT: Final = re.compile(r"[2356789]'?[a-z]")
_ARABIZI_UNIT: Final = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|s|k|g|x|d|h|m|min|mins|hr|hrs|kg|km|cm|mm|gb|mb|tb|kb"
    r"|fps|hz|ghz|mhz|mp|px|yo|ish|ms|ml|l|v|w|kw|mph)"
)
_ARABIZI_EXCLUDED: Final = frozenset(
    {"b2b", "b2c", "p2p", "2fa", "h2o", "y2k", "r2d2", "c3po", "mp3s", "mp4s", "l8r", "2day",
     "2nite", "2night", "2morrow", "2moro", "4x4", "w3c", "m3u", "s3", "ec2"}
)  # fmt: skip
_ARABIZI_LEXICON: Final = frozenset(
    {
        "ana", "enta", "inta", "enti", "inti", "ento", "howa", "huwa", "hiya", "heya",
        "ehna", "ihna", "wallah", "wallahi", "walla", "yalla", "yallah", "habibi", "habibti",
        "hayati", "inshallah", "inshalla", "mashallah", "mashalla", "alhamdulillah",
        "hamdulillah", "shu", "shou", "kifak", "kifik", "keefak", "kefak", "mish", "msh",
        "kteer", "ktir", "aywa", "aiwa", "ahlan", "shukran", "mabrook",
        "mabrouk", "tayeb", "tayyeb", "tamam", "baddi", "yani", "yaani", "ezzay", "ezay",
        "izzay", "leh", "leish", "lesh", "keda", "kida", "awi", "khalas", "akhi", "ukhti",
        "bahebak", "bahebek", "bhebak", "bahibak", "ya", "kol", "kolo", "kollo", "lazem",
        "lazim", "zay", "delwa2ti", "dilwa2ti", "ma3lesh", "yarab",
    }
)  # fmt: skip
_ARABIZI_LEXICON_MIN: Final = 2


@dataclass(frozen=True, slots=True)
class CommentFacts:
    """What signals are computed from: a comment's plain text, links and author fields."""

    text: str
    author_name: str = ""
    author_email: str = ""
    author_url: str = ""
    links: tuple[str, ...] = ()

    @classmethod
    def from_html(
        cls, html: str, author_name: str = "", author_email: str = "", author_url: str = ""
    ) -> CommentFacts:
        """Build the facts of a comment from its raw HTML, links taken from its anchors."""
        safe = sanitise_comment(html, max_chars=4 * MAX_INPUT_CHARS)
        return cls(safe.text, author_name, author_email, author_url, safe.links)


@dataclass(frozen=True, slots=True)
class CommenterHistory:
    """How many of a commenter's other comments ended in each status."""

    approved: int = 0
    spam: int = 0
    trash: int = 0
    hold: int = 0

    @property
    def total(self) -> int:
        """Return the number of the commenter's other comments."""
        return self.approved + self.spam + self.trash + self.hold


@dataclass(frozen=True, slots=True)
class SignalSet:
    """Every signal's value for one comment, and a score to sort by."""

    links: int = 0
    blocklist: tuple[str, ...] = ()
    repeated: int = 0
    shouting: bool = False
    arabizi: bool = False
    first_time: bool = False
    history: CommenterHistory = field(default_factory=CommenterHistory)
    bidi_name: bool = False
    score: int = 0

    @property
    def active(self) -> frozenset[Signal]:
        """Return the signals that are raised, for filtering and for icons."""
        raised = {
            Signal.LINKS: self.links > 0,
            Signal.BLOCKLIST: bool(self.blocklist),
            Signal.REPEATED: self.repeated > 0,
            Signal.SHOUTING: self.shouting,
            Signal.ARABIZI: self.arabizi,
            Signal.FIRST_TIME: self.first_time,
            Signal.HISTORY: self.history.spam + self.history.trash > 0,
            Signal.BIDI_NAME: self.bidi_name,
        }
        return frozenset(signal for signal, on in raised.items() if on)

    def value(self, signal: Signal) -> int | bool | tuple[str, ...] | CommenterHistory:
        """Return one signal's value."""
        return getattr(self, signal.value)


class Blocklist:
    """Terms a moderator wants flagged, matched as whole words through normalise()."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        """Index the terms; blank terms and repeats of a normalised form are ignored."""
        kept: list[str] = []
        seen: set[tuple[str, ...]] = set()
        self._by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for term in terms:
            key = tuple(words(term))
            if not key or key in seen:
                continue
            seen.add(key)
            self._by_first.setdefault(key[0], []).append((key, len(kept)))
            kept.append(term.strip())
        self._terms = tuple(kept)

    @property
    def terms(self) -> tuple[str, ...]:
        """Return the terms as entered, in order, without blanks and repeats."""
        return self._terms

    def __len__(self) -> int:
        """Return the number of terms."""
        return len(self._terms)

    def matches(self, text: str) -> tuple[str, ...]:
        """Return the terms found in text, in blocklist order."""
        if not self._terms or not text:
            return ()
        found: set[int] = set()
        for tokens in _token_streams(text):
            for start in range(len(tokens)):
                for candidate in _candidates(tokens[start]):
                    for key, index in self._by_first.get(candidate, ()):
                        if index not in found and _phrase_at(tokens, start, key):
                            found.add(index)
        return tuple(self._terms[index] for index in sorted(found))


@lru_cache(maxsize=65_536)
def _candidates(token: str) -> frozenset[str]:
    """Return token and its stems with each allowed clitic prefix taken off."""
    forms = {token}
    if token[:1] in _PREFIX_INITIALS:
        for prefix in _PREFIXES:
            if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_STEM:
                stem = token[len(prefix) :]
                forms.add(stem)
                if prefix.endswith((_ARTICLE, _LAM_ARTICLE)):
                    forms.add(_ARTICLE + stem)
    return frozenset(forms)


def _phrase_at(tokens: list[str], start: int, key: tuple[str, ...]) -> bool:
    if start + len(key) > len(tokens):
        return False
    return all(
        word in _candidates(tokens[start + offset]) for offset, word in enumerate(key[1:], start=1)
    )


def _token_streams(text: str) -> list[list[str]]:
    """Return the words of text, then the variants that undo other evasion tricks."""
    tokens = words(text)
    streams = [tokens]
    squeezed = words(_WEDGED.sub("", normalise(text)))
    if squeezed != tokens:
        streams.append(squeezed)
    joined = _join_spaced_letters(tokens)
    if joined != tokens:
        streams.append(joined)
    return streams


def _join_spaced_letters(tokens: list[str]) -> list[str]:
    """Join runs of single letters written apart ("خ و ن ة") into one word."""
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and not token.isdigit():
            run.append(token)
            continue
        out += ["".join(run)] if len(run) >= _SPACED_RUN else run
        run = []
        if token:
            out.append(token)
    return out


def text_key(text: str) -> str:
    """Return the normalised form of a comment's text that REPEATED compares."""
    return " ".join(words(repair_surrogates(text)))


def count_texts(texts: Iterable[str]) -> dict[str, int]:
    """Count comments by text_key, for compute_signals' seen_texts; empty keys are left out."""
    counts = Counter(text_key(text) for text in texts)
    counts.pop("", None)
    return dict(counts)


def commenter_key(author_email: str, author_name: str) -> str:
    """Return who a comment is from: the e-mail address if it has one, else the name."""
    email = author_email.strip().casefold()
    if "@" in email:
        return email
    return "name:" + normalise(author_name)


def _link_target(url: str) -> str:
    url = url.strip().casefold().rstrip(_URL_TRAILING)
    url = re.sub(r"^https?://", "", url)
    return url.removeprefix("www.").rstrip(_URL_TRAILING)


def count_links(text: str, links: Iterable[str] = ()) -> int:
    """Count the distinct targets among links and the URLs written out in text."""
    targets = {_link_target(link) for link in links}
    targets |= {_link_target(match) for match in _URL.findall(text)}
    targets.discard("")
    return len(targets)


def is_shouting(text: str) -> bool:
    """Tell whether text is mostly upper-case Latin letters."""
    text = _URL.sub(" ", text)
    upper = lower = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if ch < "\u0250" and ch.isupper():
            upper += 1
        elif ch < "\u0250" and ch.islower():
            lower += 1
        else:
            other += 1
    cased = upper + lower
    return (
        cased >= SHOUTING_MIN_LETTERS and upper >= SHOUTING_UPPER_SHARE * cased and cased >= other
    )


def arabizi_words(text: str) -> tuple[str, ...]:
    """Return the words of text that look like Arabizi (see the heuristic above)."""
    tokens = _LATIN_TOKEN.findall(_URL.sub(" ", text).casefold())
    latin_words = [token for token in tokens if any("a" <= ch <= "z" for ch in token)]
    with_digits = {token for token in latin_words if _is_arabizi_with_digits(token)}
    lexical = [token for token in latin_words if token.strip("'") in _ARABIZI_LEXICON]
    lexicon_alone = len(lexical) >= _ARABIZI_LEXICON_MIN and 3 * len(lexical) >= len(latin_words)
    if not with_digits and not lexicon_alone:
        return ()
    chosen = with_digits | set(lexical)
    return tuple(token for token in latin_words if token in chosen)


def _is_arabizi_with_digits(token: str) -> bool:
    token = token.strip("'")
    return (
        sum(1 for ch in token if "a" <= ch <= "z") >= 2
        and _ARABIZI_DIGIT.search(token) is not None
        and token not in _ARABIZI_EXCLUDED
        and _ARABIZI_UNIT.fullmatch(token) is None
    )


def is_arabizi(text: str) -> bool:
    """Tell whether text looks like Arabic written in Latin letters and digits."""
    return bool(arabizi_words(text))


def _score(signals: SignalSet) -> int:
    history = signals.history
    score = LINK_POINTS * min(signals.links, MAX_LINKS_SCORED)
    score += BLOCKLIST_POINTS * min(len(signals.blocklist), MAX_TERMS_SCORED)
    if signals.repeated:
        score += min(REPEATED_POINTS + signals.repeated - 1, MAX_REPEATED_POINTS)
    score += SHOUTING_POINTS * signals.shouting + ARABIZI_POINTS * signals.arabizi
    score += FIRST_TIME_POINTS * signals.first_time + BIDI_NAME_POINTS * signals.bidi_name
    bad = SPAM_POINTS * history.spam + TRASH_POINTS * history.trash
    score += min(bad, MAX_BAD_HISTORY_POINTS) - min(history.approved, MAX_GOOD_HISTORY_POINTS)
    return score


def compute_signals(
    comment: CommentFacts,
    history: CommenterHistory,
    blocklist: Blocklist,
    seen_texts: Mapping[str, int],
) -> SignalSet:
    """Compute every signal of a comment and the score that sorts it."""
    # history counts the commenter's OTHER comments (this one excluded); seen_texts counts
    # comments by text_key WITH this one (what count_texts over all comments gives).
    text = repair_surrogates(comment.text)
    key = text_key(text)
    repeated = 0
    if len(key.split()) >= REPEATED_MIN_WORDS:
        repeated = max(seen_texts.get(key, 0) - 1, 0)
    matched = set(blocklist.matches(text)) | set(blocklist.matches(comment.author_name))
    signals = SignalSet(
        links=count_links(text, comment.links),
        blocklist=tuple(term for term in blocklist.terms if term in matched),
        repeated=repeated,
        shouting=is_shouting(text),
        arabizi=is_arabizi(text),
        first_time=history.total == 0,
        history=history,
        bidi_name=any(
            has_bidi_controls(value)
            for value in (comment.author_name, comment.author_email, comment.author_url)
        ),
    )
    return replace(signals, score=_score(signals))
