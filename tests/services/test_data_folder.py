"""Moving the data folder: a checked copy first, the old folder removed only after it."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from newsdesk.config import resolve_database_url, resolve_paths
from newsdesk.config.settings import Settings, load_settings, save_settings
from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.services import authors, catalogue
from newsdesk.services.articles import list_articles
from newsdesk.services.data_folder import move_data_folder
from newsdesk.services.demo import add_demo_content
from newsdesk.store import open_store

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def paths(tmp_path):
    """A data folder chosen in the settings, holding the demo store and a cached avatar."""
    config = tmp_path / "config"
    config.mkdir()
    save_settings(
        resolve_paths(str(tmp_path / "old"), str(config)),
        Settings(data_folder=str(tmp_path / "old")),
    )
    chosen = resolve_paths(None, str(config), environ={})
    store = open_store(resolve_database_url(chosen, environ={}))
    add_demo_content(store)
    author = catalogue.list_authors(store)[0]
    authors.set_avatar(store, author.id, PNG, chosen.data_dir)
    store.close()
    (chosen.data_dir / "editing-session.json").write_text('{"article_id": 1}', encoding="utf-8")
    return chosen


def _titles(paths) -> list[str]:
    store = open_store(resolve_database_url(paths, environ={}))
    try:
        return [row.title for row in list_articles(store, [])]
    finally:
        store.close()


def test_move_copies_checks_switches_and_removes_the_old_folder(paths, tmp_path):
    before = _titles(paths)
    report = move_data_folder(paths, tmp_path / "new")
    assert report.database_copied
    assert report.paths.data_dir == tmp_path / "new"
    assert report.paths.data_dir_origin == "settings"
    assert load_settings(paths).data_folder == str(tmp_path / "new")
    assert resolve_paths(None, str(paths.config_dir), environ={}).data_dir == tmp_path / "new"
    assert _titles(report.paths) == before
    assert not (tmp_path / "old").exists()
    assert (tmp_path / "new" / "editing-session.json").exists()
    store = open_store(resolve_database_url(report.paths, environ={}))
    try:
        avatar = next(a.avatar_path for a in authors.list_profiles(store) if a.avatar_path)
    finally:
        store.close()
    assert avatar.startswith(str(tmp_path / "new" / "avatars"))
    assert Path(avatar).read_bytes() == PNG


@pytest.mark.parametrize("target", ["occupied", "old/inside"])
def test_unusable_target_is_refused_and_nothing_moves(paths, tmp_path, target):
    (tmp_path / "occupied").mkdir()
    (tmp_path / "occupied" / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(NewsdeskError) as raised:
        move_data_folder(paths, tmp_path / target)
    assert raised.value.code == ErrorCode.FOLDER_NOT_EMPTY
    assert load_settings(paths).data_folder == str(tmp_path / "old")
    assert _titles(paths)


def test_store_open_in_another_newsdesk_is_not_moved(paths, tmp_path):
    other = open_store(resolve_database_url(paths, environ={}))
    try:
        before = [row.title for row in list_articles(other, [])]
        with pytest.raises(NewsdeskError) as raised:
            move_data_folder(paths, tmp_path / "new")
        assert raised.value.code == ErrorCode.STORE_IN_USE
        assert not (tmp_path / "new").exists()
        assert [row.title for row in list_articles(other, [])] == before
    finally:
        other.close()
    assert load_settings(paths).data_folder == str(tmp_path / "old")


def test_folder_given_on_the_command_line_cannot_be_moved(paths, tmp_path):
    fixed = resolve_paths(str(paths.data_dir), str(paths.config_dir))
    with pytest.raises(NewsdeskError) as raised:
        move_data_folder(fixed, tmp_path / "new")
    assert raised.value.code == ErrorCode.DATA_FOLDER_FIXED


def test_disk_full_half_way_keeps_the_old_folder_in_use(paths, tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copytree", full)
    before = _titles(paths)
    with pytest.raises(NewsdeskError) as raised:
        move_data_folder(paths, tmp_path / "new")
    assert raised.value.code == ErrorCode.OUTPUT_UNWRITABLE
    assert not (tmp_path / "new").exists()
    assert load_settings(paths).data_folder == str(tmp_path / "old")
    assert _titles(paths) == before
    assert (paths.data_dir / "avatars").is_dir()


def test_folder_without_a_store_moves_its_files(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (tmp_path / "old" / "avatars").mkdir(parents=True)
    (tmp_path / "old" / "avatars" / "a.png").write_bytes(PNG)
    save_settings(resolve_paths(None, str(config)), Settings(data_folder=str(tmp_path / "old")))
    paths = resolve_paths(None, str(config), environ={})
    report = move_data_folder(paths, tmp_path / "new")
    assert not report.database_copied
    assert (tmp_path / "new" / "avatars" / "a.png").read_bytes() == PNG
