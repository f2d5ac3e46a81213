"""The command line: a second front end over the same services as the window."""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from newsdesk import __version__
from newsdesk.config import resolve_database_url, resolve_paths
from newsdesk.domain import ArticleStatus, ArticleSummary, ErrorCode, NewsdeskError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdesk.config import Paths
    from newsdesk.store import Store
    from newsdesk.sync import CredentialStore

EXIT_USAGE = 2

MESSAGES = {
    ErrorCode.FILE_NOT_FOUND: "no such file: {detail}",
    ErrorCode.FILE_UNREADABLE: "cannot read {detail}",
    ErrorCode.NOT_TEXT: "{detail} is a binary file, not text",
    ErrorCode.BAD_ENCODING: "{detail} is not valid UTF-8",
    ErrorCode.EMPTY_TITLE: "the article has no title: {detail}",
    ErrorCode.BAD_METADATA: "unknown or invalid metadata field: {detail}",
    ErrorCode.NOT_FOUND: "no article with id {detail}",
    ErrorCode.BAD_DATABASE_URL: "not a usable database URL ({detail}); "
    "use sqlite:///PATH or postgresql://USER@HOST/DB",
    ErrorCode.DATABASE_UNAVAILABLE: "cannot open the database ({detail})",
    ErrorCode.DATABASE_TOO_NEW: "the database was written by a newer newsdesk (schema {detail})",
    ErrorCode.STORE_WRITE_FAILED: "could not write to the store ({detail}); nothing was changed",
    ErrorCode.BAD_FORMAT: "unknown format {detail}",
    ErrorCode.OUTPUT_UNWRITABLE: "cannot write {detail}",
    ErrorCode.BAD_SITE_URL: "not a usable site address: {detail}",
    ErrorCode.INSECURE_SITE_URL: "http:// works only for this computer; use https:// ({detail})",
    ErrorCode.SERVER_UNREACHABLE: "the site cannot be reached ({detail}); it will be retried",
    ErrorCode.CONNECTION_LOST: "the connection to the site broke ({detail}); it will be retried",
    ErrorCode.SERVER_TIMEOUT: "the site did not answer in time ({detail}); it will be retried",
    ErrorCode.SERVER_ERROR: "the site had an internal error ({detail}); it will be retried",
    ErrorCode.RATE_LIMITED: "the site asks to slow down ({detail}); it will be retried",
    ErrorCode.SERVER_NONSENSE: "the site answered something that is not WordPress JSON ({detail})",
    ErrorCode.TLS_FAILED: "the site's certificate could not be verified ({detail})",
    ErrorCode.SITE_REDIRECTED: "the site moved to {detail}; add the account with that address",
    ErrorCode.NOT_WORDPRESS: "that address is not a WordPress REST API ({detail})",
    ErrorCode.APP_PASSWORDS_UNAVAILABLE: "application passwords are switched off on the site",
    ErrorCode.AUTH_FAILED: "the user name or application password was refused ({detail})",
    ErrorCode.FORBIDDEN: "the account may not do that on the site ({detail})",
    ErrorCode.REMOTE_NOT_FOUND: "the site has no such item ({detail})",
    ErrorCode.REMOTE_REJECTED: "the site refused the request ({detail})",
    ErrorCode.KEYRING_UNAVAILABLE: "no usable system keyring to keep the password in ({detail}); "
    "install and unlock one (e.g. GNOME Keyring or KWallet), "
    "or set NEWSDESK_WP_APP_PASSWORD for automation",
    ErrorCode.KEYRING_FAILED: "the system keyring refused the request ({detail})",
    ErrorCode.CREDENTIAL_MISSING: "no application password is stored for {detail}",
    ErrorCode.BAD_COMMENT_STATUS: "not a comment status newsdesk sends: {detail}",
    ErrorCode.COMMENT_NOT_ON_SITE: "comment {detail} is not on this account's site "
    "(or not sent there yet)",
    ErrorCode.EMPTY_COMMENT: "a comment cannot be empty",
    ErrorCode.SYNC_CONFLICT: "article {detail} changed on the site since the last sync; "
    "nothing was overwritten: merge the two versions first",
    ErrorCode.DATA_FOLDER_FIXED: "the data folder is set by --data-dir or NEWSDESK_DATA_DIR "
    "({detail}); change that instead",
    ErrorCode.FOLDER_NOT_EMPTY: "{detail} is not an empty folder outside the data folder",
    ErrorCode.COPY_MISMATCH: "the copy did not match the store ({detail}); "
    "nothing was moved and the old folder is still in use",
    ErrorCode.ARTICLE_ON_SITE: "article {detail} is on the site: trash it there, "
    "and the next pull brings the trash here",
    ErrorCode.ACCOUNT_BUSY: "{detail} item(s) still wait to be sent with this account; "
    "send them (newsdesk push) or wait, then remove it",
    ErrorCode.STORE_IN_USE: "the store is open in another newsdesk ({detail}); close it first",
}


def describe_error(error: NewsdeskError) -> str:
    """Return the one-line message for a typed error."""
    return MESSAGES[error.code].format(detail=error.detail or "?")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"newsdesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every command."""
    parser = _Parser(prog="newsdesk", description="Newsroom editor for Arabic news sites.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    parser.add_argument("--data-dir", help="folder of the embedded store (NEWSDESK_DATA_DIR)")
    parser.add_argument("--config-dir", help="folder of the settings (NEWSDESK_CONFIG_DIR)")
    parser.add_argument("--db", help="database URL, e.g. postgresql://user@host/db (NEWSDESK_DB)")
    parser.add_argument("--lang", choices=("ar", "en"), help="user interface language")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    importing = commands.add_parser("import", help="import Markdown or plain-text articles")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")

    listing = commands.add_parser("list", help="list articles, newest first")
    listing.add_argument("--status", choices=[status.value for status in ArticleStatus])
    listing.add_argument("--json", action="store_true")

    showing = commands.add_parser("show", help="show one article")
    showing.add_argument("id", type=int)
    showing.add_argument("--json", action="store_true")

    exporting = commands.add_parser("export", help="export one article")
    exporting.add_argument("id", type=int)
    exporting.add_argument("--format", required=True, choices=("md", "html", "json"))
    exporting.add_argument("-o", "--output", type=Path, help="file to write (default stdout)")

    searching = commands.add_parser("search", help="full-text search (Arabic-normalised)")
    searching.add_argument("query")
    searching.add_argument("--json", action="store_true")

    commands.add_parser("demo", help="add the demo articles, authors and comments")

    backing_up = commands.add_parser("backup", help="copy the SQLite store safely to FILE")
    backing_up.add_argument("target", type=Path, metavar="FILE")

    moving = commands.add_parser(
        "move-data", help="move the data folder (store, avatars) to an empty FOLDER and use it"
    )
    moving.add_argument("target", type=Path, metavar="FOLDER")

    accounts = commands.add_parser("account", help="WordPress accounts")
    account_commands = accounts.add_subparsers(
        dest="account_command", required=True, parser_class=_Parser
    )
    adding = account_commands.add_parser(
        "add", help="verify and remember an account (password: NEWSDESK_WP_APP_PASSWORD or asked)"
    )
    adding.add_argument("site_url")
    adding.add_argument("username")
    account_commands.add_parser("list", help="list the accounts")
    removing = account_commands.add_parser(
        "remove", help="forget an account and delete its password from the keyring"
    )
    removing.add_argument("id", type=int)

    pulling_parser = commands.add_parser("pull", help="bring in what changed on the sites")
    pulling_parser.add_argument("--account", type=int, help="account id (default: every one)")

    pushing = commands.add_parser("push", help="send an article to WordPress as a draft")
    pushing.add_argument("id", type=int)
    pushing.add_argument("--account", type=int, help="account id (default: the only one)")
    pushing.add_argument("--submit", action="store_true", help="submit for review (pending)")
    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--edit", type=int, metavar="ID", help="open this article in the editor")
    gui.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="quit as soon as the window has painted once (start-up smoke test, benchmarks)",
    )
    return parser


def _summary_dict(row: ArticleSummary) -> dict[str, object]:
    return {
        "id": row.id,
        "title": row.title,
        "section": row.section,
        "status": row.status.value,
        "word_count": row.word_count,
        "updated_at": row.updated_at.isoformat(),
    }


def _print_summaries(rows: list[ArticleSummary], as_json: bool) -> None:
    if as_json:
        print(json.dumps([_summary_dict(row) for row in rows], ensure_ascii=False, indent=2))
        return
    for row in rows:
        updated = row.updated_at.strftime("%Y-%m-%d %H:%M")
        print(f"{row.id}\t{row.status.value}\t{updated}\t{row.word_count}\t{row.title}")


def _run(args: argparse.Namespace) -> int:
    # Imported here so that --version and usage errors stay fast.
    from newsdesk.services import articles, demo, transfer
    from newsdesk.store import open_store
    from newsdesk.text.article_html import plain_text

    paths = resolve_paths(args.data_dir, args.config_dir)
    if args.command == "move-data":
        return _run_move_data(paths, args.target)
    store = open_store(resolve_database_url(paths, args.db))
    try:
        if args.command == "import":
            ids, _ = transfer.import_files(store, args.files)
            print("\n".join(str(article_id) for article_id in ids))
        elif args.command == "list":
            statuses = [ArticleStatus(args.status)] if args.status else []
            _print_summaries(articles.list_articles(store, statuses), args.json)
        elif args.command == "search":
            _print_summaries(articles.search_articles(store, args.query), args.json)
        elif args.command == "show":
            article = articles.get_article(store, args.id)
            if args.json:
                print(transfer.article_json(article), end="")
            else:
                print(f"{article.title}\n{article.section} · {article.status.value}\n")
                print(plain_text(article.body_html))
        elif args.command == "export":
            article = articles.get_article(store, args.id)
            content = transfer.export_article(article, transfer.ExportFormat(args.format))
            if args.output:
                transfer.write_file(args.output, content)
            else:
                sys.stdout.write(content)
        elif args.command == "backup":
            store.backup(args.target)
            print(f"backed up to {args.target}")
        elif args.command == "account":
            _run_account(args, store)
        elif args.command == "push":
            _run_push(args, store)
        elif args.command == "pull":
            _run_pull(args, store)
        elif args.command == "demo":
            changes = demo.add_demo_content(store)
            print(
                f"added {len(changes.articles)} articles, {len(changes.authors)} authors, "
                f"{len(changes.comments)} comments"
            )
    finally:
        store.close()
    return 0


def _run_move_data(paths: Paths, target: Path) -> int:
    from newsdesk.services.data_folder import move_data_folder

    report = move_data_folder(paths, target)
    included = ", the store included" if report.database_copied else ""
    print(f"moved {report.files_copied} item(s){included} to {report.paths.data_dir}")
    return 0


def _credentials() -> CredentialStore:
    from newsdesk.sync import CredentialStore

    return CredentialStore()


def _run_account(args: argparse.Namespace, store: Store) -> None:
    from newsdesk.services import publishing
    from newsdesk.sync import PASSWORD_VARIABLE, WordPressClient

    if args.account_command == "list":
        for known in publishing.list_accounts(store):
            roles = ",".join(known.roles)
            print(f"{known.id}\t{known.site_url}\t{known.username}\t{roles}\t{known.site_name}")
        return
    if args.account_command == "remove":
        publishing.remove_account(store, _credentials(), args.id)
        print(f"removed account {args.id}")
        return
    password = os.environ.get(PASSWORD_VARIABLE) or _ask_password()
    with WordPressClient(args.site_url, args.username, password) as client:
        if client.is_loopback_http:
            print("newsdesk: warning: plain http:// to this computer only", file=sys.stderr)
        added = publishing.add_account(store, _credentials(), client, password)
    print(f"{added.id}\t{added.site_name}\t{','.join(added.roles)}")


def _ask_password() -> str:
    if not sys.stdin.isatty():
        raise NewsdeskError(ErrorCode.CREDENTIAL_MISSING, "NEWSDESK_WP_APP_PASSWORD")
    return getpass.getpass("Application password: ")


def _run_push(args: argparse.Namespace, store: Store) -> None:
    from newsdesk.services import publishing
    from newsdesk.sync import PushStatus

    account_id = args.account
    if account_id is None:
        known = publishing.list_accounts(store)
        if len(known) != 1:
            raise NewsdeskError(ErrorCode.NOT_FOUND, "account (give --account)")
        account_id = known[0].id
    status = PushStatus.PENDING if args.submit else PushStatus.DRAFT
    publishing.request_push(store, args.id, account_id, status)
    report = publishing.drain_outbox(store, publishing.connector(store, _credentials()))
    if args.id in report.pushed:
        remote_id, _conflict, differences = publishing.article_sync_state(store, args.id)
        changed = f" (the site changed: {', '.join(differences)})" if differences else ""
        print(f"pushed {args.id} as post {remote_id}{changed}")
    elif args.id in report.conflicts:
        raise NewsdeskError(ErrorCode.SYNC_CONFLICT, str(args.id))
    else:
        pending = {
            article: error for _row, article, _state, error in publishing.pending_pushes(store)
        }
        print(f"not pushed yet ({pending.get(args.id, 'queued')}); `newsdesk push` again retries")


def _run_pull(args: argparse.Namespace, store: Store) -> None:
    from newsdesk.services import publishing, pulling

    connect = publishing.connector(store, _credentials())
    for known in publishing.list_accounts(store):
        if args.account is not None and known.id != args.account:
            continue
        with connect(known.id) as client:
            report = pulling.pull_all(store, client, known.id)
        print(
            f"{known.site_url}: {len(report.created)} new, {len(report.updated)} updated, "
            f"{len(report.conflicts)} in conflict"
        )


def _load_layers_before_qt() -> None:
    """Import the store, sync and text layers (SQLAlchemy, httpx, keyring, Markdown) first.

    Once PySide6 is loaded, its import hook reads the source of every module imported
    after it; for these libraries' hundreds of modules that is about 0.15 s of start-up.
    """
    for module in ("newsdesk.store", "newsdesk.services.publishing", "newsdesk.text.markdown_io"):
        importlib.import_module(module)


def main(argv: Sequence[str] | None = None) -> int:
    """Run newsdesk with command-line arguments; no command opens the window."""
    logging.basicConfig(level=os.environ.get("NEWSDESK_LOG", "WARNING").upper())
    args = build_parser().parse_args(argv)
    try:
        if args.command in (None, "gui"):
            _load_layers_before_qt()
            from newsdesk.ui.app import run_app

            return run_app(args)
        return _run(args)
    except NewsdeskError as error:
        print(f"newsdesk: {describe_error(error)}", file=sys.stderr)
        return EXIT_USAGE
