"""Saving from the editor: fields, related articles, revisions, on both backends."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from newsdesk.domain import RevisionKind
from newsdesk.services import articles, editing
from newsdesk.services.demo import add_demo_content
from newsdesk.store.articles import ArticleFields
from newsdesk.store.schema import RevisionRow

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
