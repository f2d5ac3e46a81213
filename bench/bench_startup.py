"""Benchmark cold start: ``newsdesk --version`` and the main window's first paint.

Measured (wall-clock of a fresh process, median of --runs runs after one untimed warm-up):
  * ``newsdesk --version`` through the installed console script, against
    ``python -c pass`` with the same interpreter: the ratio is what newsdesk's own
    imports and argument parsing add to a bare interpreter start;
  * for reference, ``python -c "import PySide6.QtWidgets"`` against ``python -c pass``:
    what importing Qt alone costs (``--version`` should stay well below it);
  * first paint: ``newsdesk gui --exit-after-paint`` on a demo store (prepared once with
    ``newsdesk demo``) against ``bench/bare_window.py`` (QApplication + QMainWindow with a
    QTextEdit, quit right after the first paint event), both with QT_QPA_PLATFORM=offscreen.

Every process runs with NEWSDESK_DATA_DIR, NEWSDESK_CONFIG_DIR and the XDG folders set to
a temporary directory that is removed at the end. A command that fails (for instance a
``gui --exit-after-paint`` that does not exist yet) is reported as unavailable with its
error instead of stopping the benchmark.

Run: .venv/bin/python bench/bench_startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from common import CommandFailed, Row, print_table, time_command

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

BENCH = Path(__file__).resolve().parent


def console_script() -> str:
    """Return the path of the installed ``newsdesk`` console script."""
    beside = Path(sys.executable).parent / "newsdesk"
    if beside.exists():
        return str(beside)
    found = shutil.which("newsdesk")
    if found is None:
        raise SystemExit("bench_startup: no newsdesk console script (pip install -e . first)")
    return found


def median_or_error(
    command: Sequence[str], runs: int, env: Mapping[str, str], timeout: float
) -> tuple[float | None, str]:
    """Return (median seconds, "") or (None, why it failed)."""
    try:
        return statistics.median(time_command(command, runs, env, timeout)), ""
    except CommandFailed as error:
        return None, error.detail


def prepare_demo_store(newsdesk: str, env: Mapping[str, str]) -> str:
    """Fill the temporary data dir with the demo content; return "" or the error."""
    done = subprocess.run(
        [newsdesk, "demo"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        return (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()[-1]
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Time every command and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs per command")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a run fails")
    args = parser.parse_args(argv)

    python = sys.executable
    newsdesk = console_script()
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        root = Path(tmp)
        env = {
            "NEWSDESK_DATA_DIR": str(root / "data"),
            "NEWSDESK_CONFIG_DIR": str(root / "config"),
            "XDG_CONFIG_HOME": str(root / "xdg-config"),
            "XDG_DATA_HOME": str(root / "xdg-data"),
            "XDG_CACHE_HOME": str(root / "xdg-cache"),
            "XDG_RUNTIME_DIR": str(root / "xdg-runtime"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        (root / "xdg-runtime").mkdir(mode=0o700)

        def measure(command: Sequence[str]) -> tuple[float | None, str]:
            print(f"timing {' '.join(command)} ...", file=sys.stderr)
            return median_or_error(command, args.runs, env, args.timeout)

        bare_python, bare_error = measure([python, "-c", "pass"])
        version, version_error = measure([newsdesk, "--version"])
        qt_import, qt_error = measure([python, "-c", "import PySide6.QtWidgets"])
        bare_window, window_error = measure([python, str(BENCH / "bare_window.py")])
        demo_error = prepare_demo_store(newsdesk, env)
        if demo_error:
            paint, paint_error = None, f"newsdesk demo failed: {demo_error}"
        else:
            paint, paint_error = measure([newsdesk, "gui", "--exit-after-paint"])

    rows = [
        Row("newsdesk --version  vs  python -c pass", version, bare_python),
        Row("(reference) import PySide6.QtWidgets  vs  python -c pass", qt_import, bare_python),
        Row("first paint: newsdesk gui --exit-after-paint  vs  bare_window.py", paint, bare_window),
    ]
    notes = [f"median of {args.runs} runs after 1 warm-up; ratio = newsdesk / baseline."]
    for label, error in (
        ("python -c pass", bare_error),
        ("newsdesk --version", version_error),
        ("import PySide6.QtWidgets", qt_error),
        ("bare_window.py", window_error),
        ("newsdesk gui --exit-after-paint", paint_error),
    ):
        if error:
            notes.append(f"{label}: unavailable: {error}")
    print_table("Cold start (wall clock, fresh process)", rows, notes=notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
