"""A real newsdesk window under Xvfb, typed into with xdotool, killed with SIGKILL."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.config.session import SESSION_FILE

# Bounds for waiting on the real process; no speed is asserted.
WAIT_SECONDS = 60
TYPED = "KILLTEST typed before a crash"


def _newsdesk() -> list[str]:
    script = shutil.which("newsdesk", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "newsdesk"]


def _wait_for(predicate, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.2)


@pytest.fixture
def display(tmp_path):
    """Start a private X server and yield its DISPLAY."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run scripts/setup.sh --dev")
    number = 90 + os.getpid() % 500
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    _wait_for(lambda: socket.exists() or server.poll() is not None, "Xvfb")
    if server.poll() is not None:
        pytest.fail(f"Xvfb could not start on :{number}")
    yield f":{number}"
    server.terminate()
    server.wait()


def _stored_body(env: dict[str, str]) -> str:
    shown = subprocess.run(
        [*_newsdesk(), "show", "1", "--json"], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(shown.stdout)["body_html"]


def test_killed_newsdesk_keeps_text_typed_before_autosave(tmp_path, display):
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSDESK_")}
    env.update(
        NEWSDESK_DATA_DIR=str(tmp_path),
        NEWSDESK_CONFIG_DIR=str(tmp_path / "config"),
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
    )
    subprocess.run([*_newsdesk(), "demo"], env=env, check=True, capture_output=True)
    app = subprocess.Popen(
        [*_newsdesk(), "--lang", "en", "gui", "--edit", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "— newsdesk$"],
            env=env,
            capture_output=True,
            text=True,
            timeout=WAIT_SECONDS,
            check=True,
        ).stdout.split()[0]
        _wait_for(lambda: (tmp_path / SESSION_FILE).exists(), "the editor to open")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
        subprocess.run(["xdotool", "type", "--delay", "30", TYPED], env=env, check=True)
        # Older than the autosave delay: the autosave must have written it.
        _wait_for(lambda: TYPED in _stored_body(env), "the autosave")
    finally:
        app.kill()
        app.wait()
    assert app.returncode == -9
    assert TYPED in _stored_body(env)
    assert (tmp_path / SESSION_FILE).exists(), "a killed session must be noticed on the next start"
