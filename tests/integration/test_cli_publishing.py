"""The command line against the real WordPress: add an account, push an article."""

from __future__ import annotations

import pytest

from newsdesk.cli import main
from newsdesk.sync import PASSWORD_VARIABLE

pytestmark = pytest.mark.wordpress

ARTICLE = "Title: خبر من سطر الأوامر\nSection: سياسة\n\nفقرة أولى.\n"


@pytest.fixture
def cli(database_url, wordpress, monkeypatch, capsys, tmp_path):
    """Run newsdesk on the test store with the editor's password in the environment."""
    monkeypatch.setenv(PASSWORD_VARIABLE, wordpress.users["editor"].app_password)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", database_url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return run, path


def test_cli_account_add_then_list(cli, wordpress):
    run, _path = cli
    code, out, _err = run("account", "add", wordpress.base_url, "editor")
    assert code == 0
    assert "editor" in out
    code, out, _err = run("account", "list")
    assert wordpress.base_url.rstrip("/") in out


def test_cli_account_remove_forgets_it(cli, wordpress):
    run, _path = cli
    code, out, _err = run("account", "add", wordpress.base_url, "editor")
    account_id = out.split("\t")[0]
    assert run("account", "remove", account_id)[:2] == (0, f"removed account {account_id}\n")
    assert run("account", "list")[1] == ""
    code, _out, err = run("account", "remove", account_id)
    assert code == 2
    assert err.startswith("newsdesk: ")


def test_cli_push_sends_draft_and_reports_post(cli, wordpress):
    run, path = cli
    run("account", "add", wordpress.base_url, "editor")
    _code, out, _err = run("import", str(path))
    article_id = out.strip()
    code, out, err = run("push", article_id, "--submit")
    assert (code, err) == (0, "")
    assert out.startswith(f"pushed {article_id} as post ")


def test_cli_account_add_with_wrong_password_is_one_line_error(cli, wordpress, monkeypatch):
    run, _path = cli
    monkeypatch.setenv(PASSWORD_VARIABLE, "aaaa bbbb cccc dddd eeee ffff")
    code, out, err = run("account", "add", wordpress.base_url, "editor")
    assert code == 2
    assert out == ""
    # The loopback http:// warning, then the one-line error.
    assert err.splitlines()[-1].startswith("newsdesk: the user name or application password")
    assert "Traceback" not in err
    assert "ffff" not in err


def test_cli_push_without_account_is_one_line_error(cli):
    run, path = cli
    _code, out, _err = run("import", str(path))
    code, _out, err = run("push", out.strip())
    assert code == 2
    assert err.count("\n") == 1


def test_cli_pull_brings_in_posts_made_on_the_site(cli, wordpress, wp_client):
    run, _path = cli
    run("account", "add", wordpress.base_url, "editor")
    wp_client("editor").create_post(
        {"title": "خبر كُتب على الموقع", "content": "<p>نص من الموقع</p>", "status": "draft"}
    )
    code, out, _err = run("pull")
    assert code == 0
    assert "new" in out
    _code, out, _err = run("search", "كتب على الموقع")
    assert "خبر كُتب على الموقع" in out
