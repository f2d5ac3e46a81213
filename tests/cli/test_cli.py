"""Tests for the command line, run in-process on both backends and once as a real script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk import __version__
from newsdesk.cli import main
from newsdesk.services.articles import list_articles
from newsdesk.store import open_store

ARTICLE_MD = """\
Title: المبعوث الأممي يصل إلى جنيف
Section: سياسة
Tags: جنيف، مفاوضات
Author: ليلى حدّاد
Status: published

قال مُحَمَّدٌ إن المحادثات ستستأنف في جنيف.
"""
SECOND_MD = """\
Title: الليرة تفقد 12% من قيمتها
Section: اقتصاد
Status: draft

تراجعت العملة أمام الدولار.
"""


@pytest.fixture
def run(database_url, tmp_path, capsys, monkeypatch):
    """Run the CLI in-process against the test database; return (exit code, stdout, stderr)."""
    monkeypatch.delenv("NEWSDESK_DB", raising=False)
    dirs = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]

    def run_cli(*args: str, db: str | None = None) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main([*dirs, "--db", db or database_url, *args])
        except SystemExit as stop:  # argparse exits by itself for --version and usage errors
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    return run_cli


@pytest.fixture
def article_file(tmp_path) -> Path:
    path = tmp_path / "envoy.md"
    path.write_text(ARTICLE_MD, encoding="utf-8")
    return path


@pytest.fixture
def imported(run, article_file, tmp_path) -> list[int]:
    """Import two articles through the CLI and return their ids."""
    second = tmp_path / "lira.md"
    second.write_text(SECOND_MD, encoding="utf-8")
    code, out, _ = run("import", str(article_file), str(second))
    assert code == 0
    return [int(line) for line in out.split()]


def _stored_ids(database_url: str) -> list[int]:
    store = open_store(database_url)
    try:
        return sorted(row.id for row in list_articles(store))
    finally:
        store.close()


def _assert_one_line_error(code, err: str) -> None:
    assert code == 2
    assert err.endswith("\n")
    assert len(err.splitlines()) == 1
    assert err.startswith("newsdesk: ")
    assert "Traceback" not in err


# Commands ---------------------------------------------------------------------


def test_cli_import_prints_new_ids(run, article_file, database_url):
    code, out, err = run("import", str(article_file))
    assert (code, err) == (0, "")
    assert [int(line) for line in out.splitlines()] == _stored_ids(database_url)


def test_cli_import_prints_one_id_per_file(imported, database_url):
    assert sorted(imported) == _stored_ids(database_url)
    assert len(imported) == 2


def test_cli_list_prints_one_tab_separated_row_per_article(run, imported):
    code, out, _ = run("list")
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0
    assert sorted((int(row[0]), row[1], row[4]) for row in rows) == [
        (imported[0], "published", "المبعوث الأممي يصل إلى جنيف"),
        (imported[1], "draft", "الليرة تفقد 12% من قيمتها"),
    ]


def test_cli_list_json(run, imported):
    code, out, _ = run("list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {row["id"]: (row["title"], row["section"], row["status"]) for row in rows} == {
        imported[0]: ("المبعوث الأممي يصل إلى جنيف", "سياسة", "published"),
        imported[1]: ("الليرة تفقد 12% من قيمتها", "اقتصاد", "draft"),
    }


def test_cli_list_status_filters(run, imported):
    code, out, _ = run("list", "--status", "draft", "--json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == [imported[1]]


def test_cli_show_prints_title_and_text(run, imported):
    code, out, _ = run("show", str(imported[0]))
    assert code == 0
    assert out.splitlines()[:2] == ["المبعوث الأممي يصل إلى جنيف", "سياسة · published"]
    assert "قال مُحَمَّدٌ إن المحادثات ستستأنف في جنيف." in out
    assert "<p" not in out


def test_cli_show_json(run, imported):
    code, out, _ = run("show", str(imported[0]), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["id"], data["title"], data["author"], data["tags"]) == (
        imported[0],
        "المبعوث الأممي يصل إلى جنيف",
        "ليلى حدّاد",
        ["جنيف", "مفاوضات"],
    )


def test_cli_search_finds_normalised_word(run, imported):
    code, out, _ = run("search", "محمد")
    assert code == 0
    assert [int(line.split("\t")[0]) for line in out.splitlines()] == [imported[0]]


def test_cli_search_json(run, imported):
    code, out, _ = run("search", "الليره", "--json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == [imported[1]]


def test_cli_search_without_match_prints_nothing(run, imported):
    assert run("search", "بيروت") == (0, "", "")


def test_cli_export_writes_file(run, imported, tmp_path):
    target = tmp_path / "out" / "envoy.md"
    target.parent.mkdir()
    code, out, _ = run("export", str(imported[0]), "--format", "md", "-o", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8") == ARTICLE_MD.replace(
        "Status: published", "Slug: المبعوث-الأممي-يصل-إلى-جنيف\nStatus: published"
    )


def test_cli_export_leaves_no_temporary_file(run, imported, tmp_path):
    target = tmp_path / "out" / "envoy.json"
    target.parent.mkdir()
    run("export", str(imported[0]), "--format", "json", "-o", str(target))
    assert [path.name for path in target.parent.iterdir()] == ["envoy.json"]


def test_cli_export_html_to_stdout(run, imported):
    code, out, _ = run("export", str(imported[0]), "--format", "html")
    assert code == 0
    assert out.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')


def test_cli_version(run):
    code, out, _ = run("--version")
    assert (code, out) == (0, f"newsdesk {__version__}\n")


# Bad input: one line on stderr, exit code 2, store unchanged ---------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("missing.md", None, id="missing-file"),
        pytest.param("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", id="binary"),
        pytest.param("latin1.txt", "عنوان\n\n".encode() + b"r\xe9sum\xe9\n", id="bad-utf8"),
        pytest.param("blank.md", b"Title: \n\n\n", id="empty-title"),
    ],
)
def test_cli_import_bad_file_is_one_line_error(
    run, imported, database_url, tmp_path, name, content
):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    code, out, err = run("import", str(bad))
    _assert_one_line_error(code, err)
    assert out == ""
    assert _stored_ids(database_url) == sorted(imported)


def test_cli_import_batch_with_bad_file_imports_none(
    run, imported, database_url, article_file, tmp_path
):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    code, _, err = run("import", str(article_file), str(bad), str(article_file))
    _assert_one_line_error(code, err)
    assert _stored_ids(database_url) == sorted(imported)


def test_cli_show_unknown_id_is_one_line_error(run, imported, database_url):
    code, _, err = run("show", "4242")
    _assert_one_line_error(code, err)
    assert "4242" in err
    assert _stored_ids(database_url) == sorted(imported)


def test_cli_export_unknown_id_is_one_line_error(run, imported, tmp_path):
    target = tmp_path / "never.md"
    code, _, err = run("export", "4242", "--format", "md", "-o", str(target))
    _assert_one_line_error(code, err)
    assert not target.exists()


@pytest.mark.parametrize("url", ["nosuch://x", "::not a url::", "mysql://user@host/db"])
def test_cli_bad_database_url_is_one_line_error(run, imported, database_url, url):
    code, _, err = run("list", db=url)
    _assert_one_line_error(code, err)
    assert _stored_ids(database_url) == sorted(imported)


def test_cli_unknown_status_is_one_line_error(run, imported, database_url):
    code, out, err = run("list", "--status", "live")
    _assert_one_line_error(code, err)
    assert out == ""
    assert _stored_ids(database_url) == sorted(imported)


def test_cli_unknown_command_is_one_line_error(run):
    code, _, err = run("publish-everything")
    _assert_one_line_error(code, err)


def test_cli_import_overlong_section_is_one_line_error(run, imported, database_url, tmp_path):
    long = tmp_path / "long.md"
    long.write_text(f"Title: عنوان\nSection: {'قسم' * 100}\n\nنص.\n", encoding="utf-8")
    code, _, err = run("import", str(long))
    _assert_one_line_error(code, err)
    assert _stored_ids(database_url) == sorted(imported)


# The installed console script ----------------------------------------------------


def test_console_script_demo_then_list_json(tmp_path):
    script = shutil.which("newsdesk", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "newsdesk"]
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSDESK_")}
    env |= {
        "NEWSDESK_DATA_DIR": str(tmp_path / "data"),
        "NEWSDESK_CONFIG_DIR": str(tmp_path / "config"),
    }

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *args],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )

    demo = call("demo")
    listed = call("list", "--json")

    assert (demo.returncode, demo.stderr) == (0, "")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert len(json.loads(listed.stdout)) == 7
    assert (tmp_path / "data" / "newsdesk.sqlite3").is_file()


def test_cli_has_a_message_for_every_error_code():
    from newsdesk.cli import MESSAGES
    from newsdesk.domain import ErrorCode

    assert set(MESSAGES) == set(ErrorCode)


def test_cli_backup_copies_sqlite_store_that_opens(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    target = tmp_path / "copy" / "backup.sqlite3"
    assert main(["--data-dir", str(data), "backup", str(target)]) == 0
    capsys.readouterr()
    assert main(["--db", f"sqlite:///{target}", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 7


def test_cli_backup_refuses_to_overwrite(tmp_path, capsys):
    data = tmp_path / "data"
    main(["--data-dir", str(data), "demo"])
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"keep me")
    assert main(["--data-dir", str(data), "backup", str(target)]) == 2
    assert target.read_bytes() == b"keep me"
    assert capsys.readouterr().err.startswith("newsdesk: ")


def test_move_data_moves_the_store_and_later_commands_follow(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("NEWSDESK_DB", raising=False)
    monkeypatch.delenv("NEWSDESK_DATA_DIR", raising=False)
    config = ["--config-dir", str(tmp_path / "config")]
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text(
        f'data_folder = "{tmp_path / "old"}"\n', encoding="utf-8"
    )
    assert main([*config, "demo"]) == 0
    capsys.readouterr()
    titles = main([*config, "list"]), capsys.readouterr().out
    assert main([*config, "move-data", str(tmp_path / "new")]) == 0
    assert "the store included" in capsys.readouterr().out
    assert not (tmp_path / "old").exists()
    assert (main([*config, "list"]), capsys.readouterr().out) == titles


def test_move_data_refuses_a_folder_fixed_by_an_argument(run, tmp_path):
    code, _out, err = run("move-data", str(tmp_path / "new"))
    assert code == 2
    assert "--data-dir or NEWSDESK_DATA_DIR" in err
    assert not (tmp_path / "new").exists()
