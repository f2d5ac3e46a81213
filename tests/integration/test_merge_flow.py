"""A conflict with the site, settled in the merge dialog, then pushed without overwriting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from newsdesk.domain import RevisionKind
from newsdesk.services import articles, editing, publishing
from newsdesk.store.articles import ArticleFields
from newsdesk.sync import CredentialStore, WordPressClient
from newsdesk.text.merge import MergeKind
from newsdesk.ui.dialogs.merge_dialog import THEIRS, MergeDialog
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

FIRST = '<p dir="rtl">الفقرة الأولى كما كتبت.</p>'
SECOND = '<p dir="rtl">الفقرة الثانية كما كتبت.</p>'


def test_conflict_is_merged_in_the_window_and_pushed(
    window, qtbot, demo_store, wordpress, wp_client, monkeypatch
):
    credentials = CredentialStore(MemoryKeyring(), environ={})
    password = wordpress.users["editor"].app_password
    with WordPressClient(wordpress.base_url, "editor", password) as client:
        account = publishing.add_account(demo_store, credentials, client, password)
    connect = publishing.connector(demo_store, credentials)
    article_id = editing.new_draft(demo_store)
    editing.save_article(
        demo_store, article_id, ArticleFields("خبر للدمج", f"{FIRST}\n{SECOND}"), RevisionKind.SAVE
    )
    publishing.request_push(demo_store, article_id, account.id)
    publishing.drain_outbox(demo_store, connect)
    remote_id = publishing.article_sync_state(demo_store, article_id)[0]
    site = wp_client("editor")
    on_site = site.get_post(remote_id).content_raw
    # Another editor changes both paragraphs on the site...
    site.update_post(
        remote_id,
        {
            "content": on_site.replace("الأولى كما كتبت", "الأولى بتعديل المحرر").replace(
                "الثانية كما كتبت", "الثانية بتعديل المحرر"
            )
        },
    )
    # ...while the writer changes the second one locally.
    mine = f'{FIRST}\n<p dir="rtl">الفقرة الثانية بتعديلي.</p>'
    editing.save_article(
        demo_store, article_id, ArticleFields("خبر للدمج", mine), RevisionKind.SAVE
    )
    publishing.request_push(demo_store, article_id, account.id)
    assert publishing.drain_outbox(demo_store, connect).conflicts == [article_id]

    with qtbot.waitSignal(window.editor.article_loaded):
        window.edit_article(article_id)
    assert window.editor.conflict_banner.isVisibleTo(window.editor)

    def settle(dialog: MergeDialog) -> int:
        kinds = [region.kind for region in dialog.regions]
        assert MergeKind.THEIRS in kinds  # the first paragraph: changed on the site only
        dialog.choose(kinds.index(MergeKind.CONFLICT), THEIRS)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", settle)
    with qtbot.waitSignal(window.editor.article_loaded):
        window.editor.merge_with_site()
    assert not window.editor.conflict_banner.isVisibleTo(window.editor)
    merged = articles.get_article(demo_store, article_id)
    assert "الأولى بتعديل المحرر" in merged.body_html
    assert "الثانية بتعديل المحرر" in merged.body_html
    assert not merged.conflict

    publishing.request_push(demo_store, article_id, account.id)
    assert publishing.drain_outbox(demo_store, connect).pushed == [article_id]
    assert "الثانية بتعديل المحرر" in site.get_post(remote_id).content_raw
