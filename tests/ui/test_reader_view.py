"""The reader view renders articles and never fetches a resource."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from newsdesk.domain import Article, Byline
from newsdesk.ui.panes.reader_view import ReaderView


def test_reader_view_refuses_every_resource(qtbot):
    view = ReaderView()
    qtbot.addWidget(view)
    for url in ("http://127.0.0.1:9/x.png", "file:///etc/passwd", "data:image/png;base64,AAAA"):
        assert view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None


def test_reader_view_keeps_explicit_paragraph_direction(qtbot):
    view = ReaderView()
    qtbot.addWidget(view)
    article = Article(
        id=1,
        uid="u",
        title="عنوان",
        body_html='<p dir="rtl">Geir Pedersen قال</p>\n<p dir="ltr">English line</p>',
        byline=Byline.EDITORIAL_TEAM,
    )
    view.show_article(article, None)
    directions = {}
    block = view.document().begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    from PySide6.QtCore import Qt

    assert directions["Geir Pedersen قال"] == Qt.LayoutDirection.RightToLeft
    assert directions["English line"] == Qt.LayoutDirection.LeftToRight
