"""Saving from the editor: fields, related articles, revisions, on both backends."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from newsdesk.domain import ArticleStatus, ErrorCode, NewsdeskError, RevisionKind
from newsdesk.services import articles, editing
from newsdesk.services.demo import add_demo_content
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import ArticleRow, RevisionRow

FIELDS = ArticleFields(title="عنوان", body_html='<p dir="rtl">نص</p>')


def _revisions(store, article_id: int) -> list[str]:
    with store.transaction() as session:
        query = (
            select(RevisionRow.kind)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.id)
        )
        return list(session.scalars(query))


def test_new_draft_is_empty_untitled_draft(store):
    article = articles.get_article(store, editing.new_draft(store))
    assert (article.title, article.body_html, article.status.value) == ("", "", "draft")


def test_save_article_records_revision_of_its_kind(store):
    article_id = editing.new_draft(store)
    editing.save_article(store, article_id, FIELDS, RevisionKind.AUTOSAVE)
    editing.save_article(store, article_id, FIELDS, RevisionKind.SAVE, "before review")
    assert _revisions(store, article_id) == ["save", "autosave", "save"]


def test_save_article_keeps_untitled_text(store):
    article_id = editing.new_draft(store)
    editing.save_article(store, article_id, replace(FIELDS, title=""), RevisionKind.AUTOSAVE)
    assert articles.get_article(store, article_id).body_html == FIELDS.body_html


def test_save_article_stores_related_in_order(store):
    add_demo_content(store)
    editing.save_article(store, 1, replace(FIELDS, related=(5, 3, 4)), RevisionKind.SAVE)
    assert articles.get_article(store, 1).related == (5, 3, 4)


def test_save_article_reorders_and_drops_related(store):
    add_demo_content(store)
    editing.save_article(store, 1, replace(FIELDS, related=(5, 3, 4)), RevisionKind.SAVE)
    editing.save_article(store, 1, replace(FIELDS, related=(4, 5)), RevisionKind.SAVE)
    assert articles.get_article(store, 1).related == (4, 5)


def test_save_article_never_relates_article_to_itself(store):
    add_demo_content(store)
    editing.save_article(store, 2, replace(FIELDS, related=(2, 3)), RevisionKind.SAVE)
    assert articles.get_article(store, 2).related == (3,)


def test_save_article_keeps_featured_image(store, tmp_path):
    image = tmp_path / "cover.png"
    fields = replace(FIELDS, featured_image=str(image), featured_image_alt="صورة الغلاف")
    article_id = editing.new_draft(store)
    editing.save_article(store, article_id, fields, RevisionKind.SAVE)
    article = articles.get_article(store, article_id)
    assert (article.featured_image, article.featured_image_alt) == (str(image), "صورة الغلاف")


def test_section_names_lists_known_sections_sorted(store):
    add_demo_content(store)
    names = editing.section_names(store)
    assert "سياسة" in names
    assert names == sorted(names)


def test_tag_names_lists_demo_tags(store):
    add_demo_content(store)
    assert {"قرطال", "مفاوضات"} <= set(editing.tag_names(store))


def test_trash_and_restore_a_local_article(store):
    article_id = editing.new_draft(store, "مسودة لا حاجة إليها")
    editing.save_article(
        store,
        article_id,
        ArticleFields(title="مسودة لا حاجة إليها", body_html=""),
        RevisionKind.SAVE,
    )
    editing.trash_article(store, article_id)
    assert articles.get_article(store, article_id).status is ArticleStatus.TRASHED
    assert article_id not in {
        row.id for row in articles.list_articles(store, [ArticleStatus.DRAFT])
    }
    assert editing.list_revisions(store, article_id)  # nothing of it is lost
    editing.restore_article(store, article_id)
    assert articles.get_article(store, article_id).status is ArticleStatus.DRAFT


def test_article_sent_to_the_site_is_not_trashed_here(store):
    article_id = editing.new_draft(store, "على الموقع")
    with store.transaction() as session:
        session.get(ArticleRow, article_id).remote_id = 42
    with pytest.raises(NewsdeskError) as refused:
        editing.trash_article(store, article_id)
    assert refused.value.code is ErrorCode.ARTICLE_ON_SITE
    assert articles.get_article(store, article_id).status is ArticleStatus.DRAFT
