"""The Arabic translation is complete and in step with the sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
TS = ROOT / "translations" / "newsdesk_ar.ts"


def test_translation_has_no_unfinished_strings():
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


def test_translation_is_in_step_with_sources(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(path) for path in (ROOT / "src/newsdesk/ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert copy.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8")
