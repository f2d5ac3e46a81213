"""The editor driven as a writer drives it: typing, toolbar actions, saving, failures."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from sqlalchemy import event

from newsdesk.config.session import EditingSession
from newsdesk.services import articles
from newsdesk.ui.editor import formatting
from newsdesk.ui.editor.document import is_forced
from tests.ui.keyboard import type_text


def press_return(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def open_new_article(window, qtbot):
    with qtbot.waitSignal(window.editor.article_loaded):
        window.new_article()
    return window.editor


def save(pane, qtbot) -> None:
    with qtbot.waitSignal(pane.saved):
        pane.save()


def stored_body(store, pane) -> str:
    return articles.get_article(store, pane.article_id).body_html


def test_editor_typed_article_survives_save_and_reload(window, qtbot, demo_store):
    pane = open_new_article(window, qtbot)
    editor = pane.editor
    type_text(editor, "حوار في جنيف")
    window.editor.actions.heading2.trigger()
    press_return(editor)
    type_text(editor, "Geir Pedersen قال إن القرار 2254 «أساس الحل»، أليس كذلك؟")
    press_return(editor)
    type_text(editor, "A plain English sentence")
    qtbot.waitUntil(lambda: editor.document().lastBlock().text() == "A plain English sentence")
    before = editor.html()
    save(pane, qtbot)
    with qtbot.waitSignal(pane.article_loaded):
        pane.open_article(pane.article_id)
    assert editor.html() == before
    assert before == (
        '<h2 dir="rtl">حوار في جنيف</h2>\n'
        '<p dir="rtl">Geir Pedersen قال إن القرار 2254 «أساس الحل»، أليس كذلك؟</p>\n'
        '<p dir="ltr">A plain English sentence</p>'
    )
    assert stored_body(demo_store, pane) == before


def test_editor_forced_direction_is_stored_and_reloaded(window, qtbot, demo_store):
    pane = open_new_article(window, qtbot)
    type_text(pane.editor, "نص عربي قصير")
    pane.actions.left_to_right.trigger()
    save(pane, qtbot)
    assert stored_body(demo_store, pane) == '<p dir="ltr">نص عربي قصير</p>'
    with qtbot.waitSignal(pane.article_loaded):
        pane.open_article(pane.article_id)
    assert is_forced(pane.editor.document().begin())
    pane.actions.auto_direction.trigger()
    assert pane.editor.html() == '<p dir="rtl">نص عربي قصير</p>'


def test_editor_bold_action_formats_selected_word(window, qtbot):
    pane = open_new_article(window, qtbot)
    type_text(pane.editor, "خبر عاجل اليوم")
    cursor = pane.editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(8, QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)
    pane.actions.bold.trigger()
    assert pane.editor.html() == '<p dir="rtl">خبر <strong>عاجل</strong> اليوم</p>'


def test_editor_bulleted_list_action_makes_list(window, qtbot):
    pane = open_new_article(window, qtbot)
    type_text(pane.editor, "البند الأول")
    press_return(pane.editor)
    type_text(pane.editor, "البند الثاني")
    cursor = pane.editor.textCursor()
    cursor.setPosition(0, QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)
    pane.actions.bullets.trigger()
    assert pane.editor.html() == (
        '<ul dir="rtl">\n<li dir="rtl">البند الأول</li>\n<li dir="rtl">البند الثاني</li>\n</ul>'
    )


def test_editor_read_also_block_is_its_own_block(window, qtbot):
    pane = open_new_article(window, qtbot)
    type_text(pane.editor, "فقرة أولى")
    formatting.insert_read_also(
        pane.editor.textCursor(),
        "المبعوثة تعلن استئناف المفاوضات",
        "/un-envoy-talks-resume/",
        pane.editor.base,
    )
    assert pane.editor.html() == (
        '<p dir="rtl">فقرة أولى</p>\n'
        '<p class="read-also" dir="rtl">اقرأ أيضاً: '
        '<a href="/un-envoy-talks-resume/">المبعوثة تعلن استئناف المفاوضات</a></p>'
    )


def test_editor_paste_from_web_page_keeps_structure_only(window, qtbot):
    pane = open_new_article(window, qtbot)
    mime = QMimeData()
    mime.setHtml(
        '<div style="color:red"><h1 onclick="x()">عنوان</h1><script>alert(1)</script>'
        '<p style="direction:ltr">نص <b>مهم</b> <img src="http://127.0.0.1:9/x.png"></p>'
        "<ul><li>أول</li><li>ثان</li></ul></div>"
    )
    pane.editor.insertFromMimeData(mime)
    html = pane.editor.html()
    assert html == (
        '<h2 dir="rtl">عنوان</h2>\n<p dir="rtl">نص <strong>مهم</strong></p>\n'
        '<ul dir="rtl">\n<li dir="rtl">أول</li>\n<li dir="rtl">ثان</li>\n</ul>'
    )


def test_editor_paste_plain_wall_of_text_is_split(window, qtbot):
    pane = open_new_article(window, qtbot)
    mime = QMimeData()
    mime.setText("جملة طويلة بعض الشيء. " * 200)
    pane.editor.insertFromMimeData(mime)
    assert pane.editor.document().blockCount() > 1


def test_editor_autosaves_after_typing_pauses(window, qtbot, demo_store):
    pane = open_new_article(window, qtbot)
    pane.set_autosave_delays(idle_ms=50, max_wait_ms=1000)
    with qtbot.waitSignal(pane.saved):
        type_text(pane.editor, "مسودة لم تحفظ بعد")
    assert "مسودة لم تحفظ بعد" in stored_body(demo_store, pane)
    assert not pane.has_unsaved_changes()


def test_editor_failed_write_keeps_text_and_never_says_saved(window, qtbot, demo_store):
    pane = open_new_article(window, qtbot)

    def refuse_writes(connection, _record):
        connection.execute("PRAGMA query_only=ON")

    event.listen(demo_store.engine, "connect", refuse_writes)
    demo_store.engine.dispose()
    try:
        type_text(pane.editor, "نص يجب ألا يضيع")
        with qtbot.waitSignal(pane.save_failed):
            pane.save()
        assert pane.editor.document().toPlainText() == "نص يجب ألا يضيع"
        assert pane.has_unsaved_changes()
        assert pane.status_label.text() not in ("Saved", "محفوظ")
        assert "Saved at" not in pane.status_label.text()
    finally:
        event.remove(demo_store.engine, "connect", refuse_writes)
        demo_store.engine.dispose()
    save(pane, qtbot)
    assert "نص يجب ألا يضيع" in stored_body(demo_store, pane)


def test_main_window_close_saves_unsaved_text(window, qtbot, demo_store, tmp_path):
    pane = open_new_article(window, qtbot)
    type_text(pane.editor, "كتبت ثم أغلقت")
    article_id = pane.article_id
    window.close()
    assert "كتبت ثم أغلقت" in articles.get_article(demo_store, article_id).body_html
    assert EditingSession.in_folder(tmp_path).interrupted() is None


def test_main_window_reopens_article_after_interrupted_session(window, qtbot, tmp_path):
    EditingSession.in_folder(tmp_path).begin(1)
    with qtbot.waitSignal(window.editor.article_loaded):
        window.recover_interrupted_session()
    assert window.editor.article_id == 1
    assert window.stack.currentWidget() is window.editor
    assert window.statusBar().currentMessage()


def test_editor_copy_as_markdown_then_paste_markdown(window, qtbot):
    pane = open_new_article(window, qtbot)
    type_text(pane.editor, "عنوان الخبر")
    pane.actions.heading2.trigger()
    press_return(pane.editor)
    type_text(pane.editor, "English words in an Arabic article")
    pane.actions.right_to_left.trigger()
    pane.editor.selectAll()
    pane.actions.copy_markdown.trigger()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == (
        '## عنوان الخبر\n\nEnglish words in an Arabic article\n{: dir="rtl" }'
    )
    before = pane.editor.html()
    pane.editor.clear()
    pane.actions.paste_markdown.trigger()
    assert pane.editor.html() == before


def test_editor_disk_full_keeps_text_and_never_says_saved(window, qtbot, demo_store):
    pane = open_new_article(window, qtbot)

    def fill_disk(connection, _record):
        # SQLite's own "database or disk is full": the file may not grow by a single page.
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(demo_store.engine, "connect", fill_disk)
    demo_store.engine.dispose()
    text = "فقرة طويلة " * 2000
    try:
        type_text(pane.editor, "بداية ")
        pane.editor.insertPlainText(text)
        with qtbot.waitSignal(pane.save_failed) as failure:
            pane.save()
        assert failure.args[0].code.value == "store-write-failed"
        assert pane.has_unsaved_changes()
        assert "Saved at" not in pane.status_label.text()
        assert pane.editor.document().toPlainText().startswith("بداية فقرة طويلة")
    finally:
        event.remove(demo_store.engine, "connect", fill_disk)
        demo_store.engine.dispose()
