"""Where newsdesk keeps its data and which database it opens."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from newsdesk.config.settings import read_settings

if TYPE_CHECKING:
    from collections.abc import Mapping

APP_NAME = "newsdesk"
DATABASE_FILE = "newsdesk.sqlite3"


@dataclass(frozen=True, slots=True)
class Paths:
    """The data and config directories in use."""

    data_dir: Path
    config_dir: Path
    # Where data_dir came from: "argument", "environment", "settings" or "default". Only the
    # last two can be moved from the settings dialog; the others would override the move.
    data_dir_origin: str = "default"

    @property
    def data_dir_movable(self) -> bool:
        """Return whether the settings decide the data folder (so moving it sticks)."""
        return self.data_dir_origin in ("settings", "default")

    @property
    def default_database(self) -> Path:
        """Return the embedded SQLite store's file."""
        return self.data_dir / DATABASE_FILE


def resolve_paths(
    data_dir: str | None = None,
    config_dir: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Paths:
    """Pick directories from arguments, then the environment, then the settings (data folder
    only), then the platform defaults."""
    config = Path(
        config_dir or environ.get("NEWSDESK_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME)
    ).expanduser()
    if data_dir:
        data, origin = data_dir, "argument"
    elif environ.get("NEWSDESK_DATA_DIR"):
        data, origin = environ["NEWSDESK_DATA_DIR"], "environment"
    elif chosen := read_settings(config).data_folder:
        data, origin = chosen, "settings"
    else:
        data, origin = platformdirs.user_data_dir(APP_NAME), "default"
    return Paths(data_dir=Path(data).expanduser(), config_dir=config, data_dir_origin=origin)


def resolve_database_url(
    paths: Paths, url: str | None = None, environ: Mapping[str, str] = os.environ
) -> str:
    """Return the database URL: argument, then NEWSDESK_DB, then the SQLite file in data_dir."""
    chosen = url or environ.get("NEWSDESK_DB")
    if chosen:
        return chosen
    return f"sqlite:///{paths.default_database}"
