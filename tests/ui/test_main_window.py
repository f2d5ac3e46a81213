"""The main window as a user meets it: queues, search, reading, languages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from newsdesk.services import articles
from newsdesk.ui.models.article_table import Column
from newsdesk.ui.models.sidebar import Place, statuses_of
from newsdesk.ui.widgets.views import select_row


def _titles(window) -> list[str]:
    model = window.articles.model
    return [model.row_at(row).title for row in range(model.rowCount())]


def test_main_window_layout_follows_language(window, language):
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert QApplication.layoutDirection() == expected
    assert window.isRightToLeft() == (language == "ar")


def test_main_window_translates_sidebar(window, language):
    label = window.sidebar_model.data(window.sidebar_model.index(0))
    assert label.startswith("المسودات" if language == "ar" else "Drafts")


def test_main_window_opens_on_drafts_with_counts(window, qtbot):
    assert window.current_place() == Place.DRAFTS
    assert window.articles.model.rowCount() == 2
    qtbot.waitUntil(lambda: "(3)" in window.sidebar_model.data(window.sidebar_model.index(3)))


def test_main_window_shows_first_article_in_reader(window, qtbot):
    first = window.articles.model.row_at(0).title
    qtbot.waitUntil(lambda: first in window.articles.reader.toPlainText())


def test_main_window_published_queue_lists_published(window, qtbot):
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.show_place(Place.PUBLISHED)
    assert window.articles.model.rowCount() == 3


def test_main_window_search_matches_vocalised_query(window, qtbot):
    window.show_place(Place.PUBLISHED)
    qtbot.waitUntil(lambda: window.articles.model.rowCount() == 3)
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.articles.search_box.setText("المفاوضات")
    plain = _titles(window)
    with qtbot.waitSignal(window.articles.articles_loaded):
        # With harakat and tatweel; the articles spell it plainly.
        window.articles.search_box.setText("الْمُفـاوَضات")
    assert 0 < len(_titles(window)) < 3
    assert _titles(window) == plain
    assert any("المفاوضات" in title for title in plain)


def test_main_window_search_with_no_match_says_so(window, qtbot):
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.articles.search_box.setText("كلمةغيرموجودة")
    assert window.articles.model.rowCount() == 0


def test_main_window_read_also_link_opens_that_article(window, qtbot):
    window.show_place(Place.PUBLISHED)
    qtbot.waitUntil(lambda: window.articles.model.rowCount() == 3)
    reader = window.articles.reader
    qtbot.waitUntil(lambda: "اقرأ أيضاً" in reader.toPlainText())
    target = next(
        fmt.anchorHref()
        for block in _blocks(reader.document())
        for fmt in _char_formats(block)
        if fmt.isAnchor() and fmt.anchorHref().startswith("/")
    )
    before = reader.toPlainText()
    reader.anchorClicked.emit(target)
    qtbot.waitUntil(lambda: reader.toPlainText() != before)
    assert "اقرأ أيضاً" in reader.toPlainText()


def test_main_window_comments_place_lists_pending_comments(window, qtbot):
    with qtbot.waitSignal(window.comments.comments_loaded):
        window.show_place(Place.COMMENTS)
    assert window.comments.model.rowCount() == 24
    assert window.comments.proxy.rowCount() == 6
    qtbot.waitUntil(lambda: window.comments.detail.toPlainText() != "")


def test_main_window_authors_place_shows_author_box(window, qtbot):
    with qtbot.waitSignal(window.authors.rows_loaded) as loaded:
        window.show_place(Place.AUTHORS)
    assert loaded.args[0] == 3
    from newsdesk.ui.widgets.views import select_row

    select_row(window.authors.table, 1)  # row 0 is the editorial team, not a person
    profile = window.authors.model.profile_at(
        window.authors.proxy.mapToSource(window.authors.proxy.index(1, 0)).row()
    )
    qtbot.waitUntil(lambda: profile.bio in window.authors.preview.toPlainText())


def test_main_window_status_bar_names_store(window, demo_store):
    assert demo_store.describe() in window.store_label.text()


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _char_formats(block):
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment().charFormat()
        iterator += 1


def test_delete_in_the_list_moves_a_draft_to_the_trash_and_back(window, qtbot):
    window.show_place(Place.DRAFTS)
    window.editor._context.tasks.wait()
    QApplication.processEvents()
    select_row(window.articles.table, 1)
    chosen = window.articles.model.row_at(1).id
    window.articles.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.articles.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.articles.model.rowCount() == 1)
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.show_place(Place.TRASH)
    assert [window.articles.model.row_at(0).id] == [chosen]
    assert not window.trash_action.isEnabled()
    select_row(window.articles.table, 0)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: window.articles.model.rowCount() == 0)
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.show_place(Place.DRAFTS)
    assert window.articles.model.rowCount() == 2


def test_article_list_sorts_by_a_clicked_header_and_keeps_it_on_reload(window, qtbot):
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.show_place(Place.PUBLISHED)
    model, header = window.articles.model, window.articles.table.horizontalHeader()

    def words() -> list[int]:
        return [model.row_at(row).word_count for row in range(model.rowCount())]

    newest_first = [model.row_at(row).updated_at for row in range(model.rowCount())]
    assert newest_first == sorted(newest_first, reverse=True)
    before = words()
    assert before not in (sorted(before), sorted(before, reverse=True))  # the click must sort
    selected = window.articles.model.row_at(0).id
    select_row(window.articles.table, 0)
    middle = header.sectionViewportPosition(Column.WORDS) + header.sectionSize(Column.WORDS) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )
    assert words() in (sorted(before), sorted(before, reverse=True))
    order = words()
    chosen = window.articles.table.selectionModel().selectedRows()
    assert [model.row_at(index.row()).id for index in chosen] == [selected]
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.articles.reload()
    assert words() == order


def test_search_results_keep_their_rank_until_a_header_is_clicked(window, qtbot):
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.show_place(Place.PUBLISHED)
    model = window.articles.model
    newest_first = [model.row_at(row).id for row in range(model.rowCount())]
    store, published = window.editor._context.store, statuses_of(Place.PUBLISHED)
    ranked = [hit.id for hit in articles.search_articles(store, "قرطال", published)]
    assert len(ranked) == len(newest_first) > 1
    assert ranked != newest_first  # otherwise the test could not tell rank from date
    with qtbot.waitSignal(window.articles.articles_loaded):
        window.articles.search_box.setText("قرطال")
    assert [model.row_at(row).id for row in range(model.rowCount())] == ranked


def test_article_actions_do_not_reach_the_hidden_list(window, qtbot):
    select_row(window.articles.table, 0)
    window.show_place(Place.COMMENTS)
    assert not window.trash_action.isEnabled()
    window.draft_action.trigger()
    assert window.statusBar().currentMessage() == window.tr("Choose an article to send first.")
