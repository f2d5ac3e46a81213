"""One real WordPress on 127.0.0.1 for the whole test session, started by our own up.sh.

The tier never skips: when WordPress cannot start, every test that needs it errors with the
script's message and the tail of its logs (run scripts/wordpress-deps.sh for the packages).
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newsdesk.sync import WordPressClient

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

HERE = Path(__file__).resolve().parent / "wordpress"
UP = HERE / "up.sh"
DOWN = HERE / "down.sh"
START_TIMEOUT_S = 180
PORT_BUSY = 75  # up.sh's exit code when the port was taken meanwhile
LOGS = ("mariadb-install-db.log", "mysqld.err", "install.err", "php-server.log", "php-errors.log")
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


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _log_tail(target: Path, lines: int = 15) -> str:
    parts = []
    for name in LOGS:
        path = target / "logs" / name
        if path.is_file():
            tail = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {name}\n" + "\n".join(tail))
    return "\n".join(parts) or "(no logs were written)"


def _down(target: Path, purge: bool) -> None:
    args = ["bash", str(DOWN), str(target)] + (["--purge"] if purge else [])
    subprocess.run(args, capture_output=True, timeout=60, check=False)


def _start(base: Path) -> tuple[dict, Path, float]:
    """Run up.sh on a free port; return its JSON, the instance folder and the seconds taken."""
    for attempt in range(3):
        target = base / f"site{attempt}"
        started = time.perf_counter()
        try:
            # stdout holds the credentials: it is parsed, never shown.
            result = subprocess.run(
                ["bash", str(UP), str(target), str(_free_port())],
                capture_output=True,
                text=True,
                timeout=START_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            _down(target, purge=False)
            pytest.fail(
                f"WordPress did not start within {START_TIMEOUT_S} s\n{_log_tail(target)}",
                pytrace=False,
            )
        elapsed = time.perf_counter() - started
        if result.returncode == 0:
            return json.loads(result.stdout), target, elapsed
        _down(target, purge=False)
        if result.returncode != PORT_BUSY:
            pytest.fail(
                f"WordPress could not be started (up.sh exit {result.returncode}; the "
                f"Debian packages come from scripts/wordpress-deps.sh):\n"
                f"{result.stderr.strip()}\n{_log_tail(target)}",
                pytrace=False,
            )
    pytest.fail("WordPress could not be started: no free port after 3 tries", pytrace=False)


@pytest.fixture(scope="session")
def wordpress(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[WordPressSite]:
    """Start one WordPress + MariaDB on a free 127.0.0.1 port for the session."""
    info, target, elapsed = _start(tmp_path_factory.mktemp("wordpress"))
    pytestconfig.stash[START_TIME_KEY] = elapsed
    users = {
        login: WordPressUser(id=user["id"], role=user["role"], app_password=user["app_password"])
        for login, user in info["users"].items()
    }
    try:
        yield WordPressSite(info["base_url"], users, target, elapsed)
    finally:
        _down(target, purge=True)


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
