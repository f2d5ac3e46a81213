"""The Qt-free layers must import without loading Qt."""

from __future__ import annotations

import json
import subprocess
import sys

QT_FREE = [
    "newsdesk.services",
    "newsdesk.services.articles",
    "newsdesk.services.transfer",
    "newsdesk.services.demo",
    "newsdesk.store",
    "newsdesk.sync",
    "newsdesk.text",
    "newsdesk.text.article_html",
    "newsdesk.text.markdown_io",
    "newsdesk.domain",
    "newsdesk.config",
    "newsdesk.cli",
]
QT_PREFIXES = ("PySide6", "qtawesome", "qtpy")

PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after_import(names: list[str]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *names], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_layers_import_without_qt():
    loaded = _modules_after_import(QT_FREE)
    assert [name for name in loaded if name.split(".")[0] in QT_PREFIXES] == []


def test_layers_probe_sees_the_layers_it_imported():
    # Guards the probe itself: a broken subprocess must not pass as "no Qt".
    loaded = _modules_after_import(QT_FREE)
    assert set(QT_FREE) <= set(loaded)
