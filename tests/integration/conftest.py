"""One real WordPress on 127.0.0.1 for the whole test session, started by our own up.sh.

The tier never skips: when WordPress cannot start, every test that needs it errors with the
script's message and the tail of its logs (run scripts/wordpress-deps.sh for the packages).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest

from newsdesk.sync import WordPressClient
from tests.integration.wordpress.launch import SiteNotStarted, start_site, stop_site

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

START_TIME_KEY = pytest.StashKey[float]()


@dataclass(frozen=True)
class WordPressUser:
    """One site user and its application password (kept out of reprs and test output)."""

    id: int
    role: str
    app_password: str = field(repr=False)


@dataclass(frozen=True)
class WordPressSite:
    """The running test site."""

    base_url: str
    users: dict[str, WordPressUser]
    target: Path
    start_seconds: float


@pytest.fixture(scope="session")
def wordpress(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[WordPressSite]:
    """Start one WordPress + MariaDB on a free 127.0.0.1 port for the session."""
    try:
        started = start_site(tmp_path_factory.mktemp("wordpress"))
    except SiteNotStarted as error:
        pytest.fail(str(error), pytrace=False)
    info, target, elapsed = started.info, started.target, started.start_seconds
    pytestconfig.stash[START_TIME_KEY] = elapsed
    users = {
        login: WordPressUser(id=user["id"], role=user["role"], app_password=user["app_password"])
        for login, user in info["users"].items()
    }
    try:
        yield WordPressSite(info["base_url"], users, target, elapsed)
    finally:
        stop_site(target, purge=True)


@pytest.fixture
def wp_client(wordpress: WordPressSite) -> Iterator[Callable[[str], WordPressClient]]:
    """Return a factory of clients logged in as one of the site's users; closes them after."""
    opened: list[WordPressClient] = []

    def make(login: str) -> WordPressClient:
        user = wordpress.users[login]
        client = WordPressClient(wordpress.base_url, login, user.app_password)
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report how long the session's WordPress took to start."""
    elapsed = terminalreporter.config.stash.get(START_TIME_KEY, None)
    if elapsed is not None:
        terminalreporter.write_line(f"WordPress test site started in {elapsed:.2f} s")
