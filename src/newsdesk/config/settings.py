"""User preferences, kept as TOML in the config folder, with a schema version for later changes."""

from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

import tomli_w

if TYPE_CHECKING:
    from pathlib import Path

    from newsdesk.config.paths import Paths

SETTINGS_FILE = "settings.toml"
SCHEMA_VERSION = 1
LANGUAGES = ("", "ar", "en")  # "" follows the system
# Arabic news sites mostly print Western digits (the sample outlet does), so that is the default.
DIGIT_STYLES = ("western", "arabic-indic")


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose; window geometry is not a preference and lives elsewhere."""

    language: str = ""
    digits: str = "western"  # in the Arabic interface; English always uses Western digits
    editor_font_family: str = ""  # "" is the bundled Arabic-first font list
    editor_font_size: int = 14
    autosave_seconds: int = 3
    default_byline: str = ""  # "" is the editorial team
    show_hints: bool = True
    data_folder: str = ""  # "" is the platform's data folder
    schema_version: int = SCHEMA_VERSION


def _clean(values: dict[str, Any]) -> Settings:
    known = {name: values[name] for name in Settings.__dataclass_fields__ if name in values}
    settings = replace(Settings(), **known)
    if settings.language not in LANGUAGES:
        settings = replace(settings, language="")
    if settings.digits not in DIGIT_STYLES:
        settings = replace(settings, digits=DIGIT_STYLES[0])
    font_size = min(max(int(settings.editor_font_size), 8), 40)
    autosave = min(max(int(settings.autosave_seconds), 1), 120)
    return replace(
        settings,
        editor_font_size=font_size,
        autosave_seconds=autosave,
        editor_font_family=str(settings.editor_font_family),
        default_byline=str(settings.default_byline),
        show_hints=bool(settings.show_hints),
        data_folder=str(settings.data_folder),
        schema_version=SCHEMA_VERSION,
    )


def load_settings(paths: Paths) -> Settings:
    """Read the settings; a missing or damaged file gives the defaults (it is never fatal)."""
    return read_settings(paths.config_dir)


def read_settings(config_dir: Path) -> Settings:
    """Read the settings kept in a config folder (also before the data folder is known)."""
    try:
        values = tomllib.loads((config_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    try:
        return _clean(values)
    except (TypeError, ValueError):
        return Settings()


def save_settings(paths: Paths, settings: Settings) -> None:
    """Write the settings whole or not at all."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=paths.config_dir, prefix=".settings-")
    with os.fdopen(handle, "wb") as stream:
        tomli_w.dump(asdict(_clean(asdict(settings))), stream)
    os.replace(temporary, paths.config_dir / SETTINGS_FILE)
