"""The inspector and the article picker: read-also links, related articles, featured image."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from newsdesk.domain import RevisionKind
from newsdesk.services import articles, editing
from newsdesk.ui.dialogs.article_picker import ArticlePicker


def open_article(window, qtbot, article_id: int):
    with qtbot.waitSignal(window.editor.article_loaded):
        window.edit_article(article_id)
    return window.editor


def pick_automatically(monkeypatch, qtbot, query: str) -> None:
    """Make the picker search for query and accept its first row, instead of waiting for a user."""

    def run(dialog: ArticlePicker) -> int:
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)  # the first, unfiltered list
        dialog.search_box.setText(query)
        with qtbot.waitSignal(dialog.model.modelReset):
            dialog.reload()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ArticlePicker, "exec", run)


def test_read_also_action_inserts_link_to_chosen_article(window, qtbot, monkeypatch):
    pane = open_article(window, qtbot, 7)
    pick_automatically(monkeypatch, qtbot, "الشروق")
    pane.actions.read_also.trigger()
    assert (
        '<p class="read-also" dir="rtl">اقرأ أيضاً: <a href="/al-shorouq-cup-final/">'
        in pane.editor.html()
    )


def test_related_articles_are_saved_in_order(window, qtbot, monkeypatch, demo_store):
    pane = open_article(window, qtbot, 7)
    for query in ("الليرة", "الشروق"):
        pick_automatically(monkeypatch, qtbot, query)
        pane.inspector._on_add_related()
    pane.inspector.related_view.setCurrentIndex(pane.inspector.related.index(1, 0))
    pane.inspector._on_move_related(-1)
    with qtbot.waitSignal(pane.saved):
        pane.save()
    titles = [
        row.title
        for row in articles.get_summaries(
            demo_store, list(articles.get_article(demo_store, 7).related)
        )
    ]
    assert titles[0].startswith("الشروق")
    assert titles[1].startswith("الليرة")


def test_picker_never_offers_the_article_being_edited(window, qtbot, demo_store):
    picker = ArticlePicker(window.editor._context, exclude=1)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 6)
    assert 1 not in [row.id for row in picker.model.rows()]


def test_featured_image_shows_thumbnail_and_is_saved(window, qtbot, demo_store, tmp_path):
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.darkRed))
    path = tmp_path / "cover.png"
    image.save(str(path))
    pane = open_article(window, qtbot, 6)
    pane.inspector.set_image(str(path))
    pane.inspector.image_alt.setText("غلاف المعرض")
    assert not pane.inspector.image_preview.pixmap().isNull()
    with qtbot.waitSignal(pane.saved):
        pane.save()
    article = articles.get_article(demo_store, 6)
    assert (article.featured_image, article.featured_image_alt) == (str(path), "غلاف المعرض")


def test_missing_featured_image_says_so(window, qtbot, tmp_path):
    pane = open_article(window, qtbot, 6)
    pane.inspector.set_image(str(tmp_path / "gone.png"))
    assert pane.inspector.image_preview.pixmap().isNull()
    assert pane.inspector.image_preview.text()


def test_preview_lists_related_articles(window, qtbot, demo_store):
    editing.save_article(
        demo_store,
        2,
        editing_fields(demo_store, 2, related=(4,)),
        RevisionKind.SAVE,
    )
    pane = open_article(window, qtbot, 2)
    pane.tabs.setCurrentWidget(pane.preview)
    text = pane.preview.toPlainText()
    assert "مقالات ذات صلة" in text
    assert articles.get_article(demo_store, 4).title in text


def editing_fields(store, article_id: int, related: tuple[int, ...]):
    from newsdesk.store.articles import ArticleFields

    article = articles.get_article(store, article_id)
    return ArticleFields(
        title=article.title,
        body_html=article.body_html,
        section=article.section,
        tags=article.tags,
        byline=article.byline,
        author=article.author,
        status=article.status,
        related=related,
    )
