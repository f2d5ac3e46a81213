"""Start and stop a WordPress instance with up.sh and down.sh, for tests and benchmarks.

No pytest here: the test tier turns a failed start into an error of every test that needs
the site, and the sync benchmark into its own failure, both with the same message.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
UP = HERE / "up.sh"
DOWN = HERE / "down.sh"
START_TIMEOUT_S = 180
PORT_BUSY = 75  # up.sh's exit code when the port was taken meanwhile
ATTEMPTS = 3
LOGS = ("mariadb-install-db.log", "mysqld.err", "install.err", "php-server.log", "php-errors.log")


class SiteNotStarted(RuntimeError):
    """up.sh failed; the message holds its error and the tail of the instance's logs."""


@dataclass(frozen=True)
class StartedSite:
    """What up.sh printed (base_url, users with their application passwords, versions)."""

    info: dict[str, Any]
    target: Path
    start_seconds: float


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def log_tail(target: Path, lines: int = 15) -> str:
    """Return the last lines of the instance's logs, to explain a failed start."""
    parts = []
    for name in LOGS:
        path = target / "logs" / name
        if path.is_file():
            tail = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {name}\n" + "\n".join(tail))
    return "\n".join(parts) or "(no logs were written)"


def stop_site(target: Path, *, purge: bool) -> None:
    """Stop an instance by the PIDs up.sh recorded; purge also deletes its folder."""
    args = ["bash", str(DOWN), str(target)] + (["--purge"] if purge else [])
    subprocess.run(args, capture_output=True, timeout=90, check=False)


def start_site(base: Path) -> StartedSite:
    """Run up.sh on a free port under base, trying again when the port was taken meanwhile.

    A failed attempt is stopped and its folder kept for its logs; raises SiteNotStarted.
    """
    for attempt in range(ATTEMPTS):
        target = base / f"site{attempt}"
        started = time.perf_counter()
        try:
            # stdout holds the credentials: it is parsed, never shown.
            result = subprocess.run(
                ["bash", str(UP), str(target), str(free_port())],
                capture_output=True,
                text=True,
                timeout=START_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            stop_site(target, purge=False)
            raise SiteNotStarted(
                f"WordPress did not start within {START_TIMEOUT_S} s\n{log_tail(target)}"
            ) from None
        elapsed = time.perf_counter() - started
        if result.returncode == 0:
            return StartedSite(json.loads(result.stdout), target, elapsed)
        stop_site(target, purge=False)
        if result.returncode != PORT_BUSY:
            raise SiteNotStarted(
                f"WordPress could not be started (up.sh exit {result.returncode}; the "
                f"Debian packages come from scripts/wordpress-deps.sh):\n"
                f"{result.stderr.strip()}\n{log_tail(target)}"
            )
    raise SiteNotStarted(f"WordPress could not be started: no free port after {ATTEMPTS} tries")
