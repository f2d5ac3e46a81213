"""URL slugs from Arabic or Latin titles, in the spirit of WordPress's sanitize_title."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# WordPress stores post_name percent-encoded in at most 200 bytes.
MAX_ENCODED_LENGTH = 200
_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NOT_SLUG = re.compile(r"[^\w-]+|_+")
_DASHES = re.compile(r"-{2,}")


def slugify(title: str) -> str:
    """Return a lowercase, dash-separated slug that keeps Arabic letters and drops harakat."""
    text = unicodedata.normalize("NFKC", title).lower()
    text = _MARKS.sub("", text)
    text = _DASHES.sub("-", _NOT_SLUG.sub("-", text)).strip("-")
    while len(quote(text)) > MAX_ENCODED_LENGTH:
        text = text[:-1].rstrip("-")
    return text
