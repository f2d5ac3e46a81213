"""The blocklist file: read, written whole, comments and blanks ignored."""

from __future__ import annotations

from newsdesk.config import resolve_paths
from newsdesk.config.blocklist import BLOCKLIST_FILE, load_blocklist, save_blocklist


def test_load_blocklist_without_file_is_empty(tmp_path):
    assert load_blocklist(resolve_paths(str(tmp_path), str(tmp_path))) == []


def test_save_then_load_keeps_terms_once_in_order(tmp_path):
    paths = resolve_paths(str(tmp_path), str(tmp_path / "config"))
    save_blocklist(paths, ["الخونة", " casino ", "", "الخونة"])
    assert load_blocklist(paths) == ["الخونة", "casino"]


def test_load_blocklist_skips_comments(tmp_path):
    paths = resolve_paths(str(tmp_path), str(tmp_path))
    (tmp_path / BLOCKLIST_FILE).write_text("# مشرفون\nالمؤامرة\n\n", encoding="utf-8")
    assert load_blocklist(paths) == ["المؤامرة"]
