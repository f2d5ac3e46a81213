"""The moderators' blocklist: one term per line in a UTF-8 file in the config folder."""

from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.config.paths import Paths

BLOCKLIST_FILE = "blocklist.txt"


def load_blocklist(paths: Paths) -> list[str]:
    """Return the terms, skipping blank lines and # comments (none when there is no file)."""
    try:
        text = (paths.config_dir / BLOCKLIST_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def save_blocklist(paths: Paths, terms: list[str]) -> None:
    """Write the terms, whole or not at all."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    unique = list(dict.fromkeys(term.strip() for term in terms if term.strip()))
    handle, temporary = tempfile.mkstemp(dir=paths.config_dir, prefix=".blocklist-")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write("\n".join(unique) + ("\n" if unique else ""))
    os.replace(temporary, paths.config_dir / BLOCKLIST_FILE)
