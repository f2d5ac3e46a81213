"""Preferences: defaults, round trip, damaged files, out-of-range values."""

from __future__ import annotations

from newsdesk.config import resolve_paths
from newsdesk.config.settings import SETTINGS_FILE, Settings, load_settings, save_settings


def _paths(tmp_path):
    return resolve_paths(str(tmp_path / "data"), str(tmp_path / "config"))


def test_load_settings_without_file_gives_defaults(tmp_path):
    assert load_settings(_paths(tmp_path)) == Settings()


def test_save_then_load_round_trips(tmp_path):
    chosen = Settings(language="ar", editor_font_size=16, autosave_seconds=5, default_byline="ليلى")
    save_settings(_paths(tmp_path), chosen)
    assert load_settings(_paths(tmp_path)) == chosen


def test_damaged_settings_file_gives_defaults(tmp_path):
    paths = _paths(tmp_path)
    paths.config_dir.mkdir(parents=True)
    (paths.config_dir / SETTINGS_FILE).write_text("language = [", encoding="utf-8")
    assert load_settings(paths) == Settings()


def test_out_of_range_values_are_clamped(tmp_path):
    paths = _paths(tmp_path)
    paths.config_dir.mkdir(parents=True)
    (paths.config_dir / SETTINGS_FILE).write_text(
        'language = "fr"\neditor_font_size = 400\nautosave_seconds = 0\n', encoding="utf-8"
    )
    settings = load_settings(paths)
    assert (settings.language, settings.editor_font_size, settings.autosave_seconds) == ("", 40, 1)
