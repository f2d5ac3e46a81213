"""Where newsdesk keeps its data and which database it opens."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from collections.abc import Mapping

APP_NAME = "newsdesk"
DATABASE_FILE = "newsdesk.sqlite3"


@dataclass(frozen=True, slots=True)
class Paths:
    """The data and config directories in use."""

    data_dir: Path
    config_dir: Path

    @property
    def default_database(self) -> Path:
        """Return the embedded SQLite store's file."""
        return self.data_dir / DATABASE_FILE


def resolve_paths(
    data_dir: str | None = None,
    config_dir: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Paths:
    """Pick directories from arguments, then the environment, then the platform defaults."""
    data = data_dir or environ.get("NEWSDESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME)
    config = (
        config_dir or environ.get("NEWSDESK_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME)
    )
    return Paths(data_dir=Path(data).expanduser(), config_dir=Path(config).expanduser())


def resolve_database_url(
    paths: Paths, url: str | None = None, environ: Mapping[str, str] = os.environ
) -> str:
    """Return the database URL: argument, then NEWSDESK_DB, then the SQLite file in data_dir."""
    chosen = url or environ.get("NEWSDESK_DB")
    if chosen:
        return chosen
    return f"sqlite:///{paths.default_database}"
