"""QTextDocument <-> canonical HTML: lossless for canonical input, a fixed point for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from newsdesk.text.article_html import canonicalise
from newsdesk.text.markdown_io import markdown_to_html, split_header
from newsdesk.ui.editor.document import is_forced, load_html, to_html
from tests.services.test_article_html import PROPERTY, canonical_bodies

DEMO = Path(__file__).parents[3] / "src/newsdesk/services/demo_content/articles"
GOLDEN = Path(__file__).parents[2] / "services/golden/messy.canonical.html"


def _round_trip(html: str) -> str:
    document = QTextDocument()
    load_html(document, html)
    return to_html(document)


@pytest.mark.parametrize("path", sorted(DEMO.glob("*.md")), ids=lambda path: path.stem)
def test_document_keeps_demo_article_exactly(qapp, path):
    body = markdown_to_html(split_header(path.read_text(encoding="utf-8"))[1])
    assert _round_trip(body) == body


def test_document_keeps_golden_canonical_page(qapp):
    canonical = GOLDEN.read_text(encoding="utf-8").removesuffix("\n")
    assert _round_trip(canonical) == canonical


@PROPERTY
@given(canonical_bodies)
def test_document_round_trip_is_fixed_point(qapp, body):
    once = _round_trip(body)
    assert _round_trip(once) == once


@PROPERTY
@given(canonical_bodies)
def test_document_round_trip_keeps_text(qapp, body):
    document = QTextDocument()
    load_html(document, body)
    reloaded = QTextDocument()
    load_html(reloaded, to_html(document))
    assert reloaded.toPlainText() == document.toPlainText()


def test_document_marks_dir_against_text_as_forced(qapp):
    document = QTextDocument()
    load_html(document, '<p dir="ltr">نص عربي</p>\n<p dir="rtl">نص آخر</p>')
    first, second = document.begin(), document.begin().next()
    assert is_forced(first)
    assert first.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not is_forced(second)


def test_document_latin_first_arabic_paragraph_is_right_to_left(qapp):
    document = QTextDocument()
    load_html(document, "<p>Geir Pedersen قال إن المبعوث سيصل غداً</p>")
    block = document.begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert to_html(document) == '<p dir="rtl">Geir Pedersen قال إن المبعوث سيصل غداً</p>'


@PROPERTY
@given(canonical_bodies)
def test_document_output_is_already_canonical(qapp, body):
    document = QTextDocument()
    load_html(document, body)
    html = to_html(document)
    assert canonicalise(html) == html


def test_document_drops_unsafe_link_typed_by_writer(qapp):
    from PySide6.QtGui import QTextCursor

    from newsdesk.ui.editor import formatting

    document = QTextDocument()
    load_html(document, "<p>انقر هنا</p>")
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    formatting.set_link(cursor, "javascript:alert(1)")
    assert to_html(document) == '<p dir="rtl">انقر هنا</p>'
