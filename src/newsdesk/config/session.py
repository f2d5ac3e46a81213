"""Remember which article is open for editing, so a crash can be told from a clean exit."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

SESSION_FILE = "editing-session.json"


@dataclass(frozen=True, slots=True)
class EditingSession:
    """The marker file of the article being edited; it exists only while editing."""

    path: Path

    @classmethod
    def in_folder(cls, folder: Path) -> EditingSession:
        """Return the marker kept in a data folder."""
        return cls(folder / SESSION_FILE)

    def begin(self, article_id: int) -> None:
        """Record that an article is open for editing (written atomically)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"article_id": article_id}), encoding="utf-8")
        os.replace(temporary, self.path)

    def end(self) -> None:
        """Record a clean end of editing."""
        self.path.unlink(missing_ok=True)

    def interrupted(self) -> int | None:
        """Return the article whose editing ended without a clean exit, if any."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        article_id = data.get("article_id") if isinstance(data, dict) else None
        return article_id if isinstance(article_id, int) else None
