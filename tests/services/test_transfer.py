"""Tests for importing and exporting articles, and for the demo content."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import func, select

import newsdesk.services
from newsdesk.domain import ArticleStatus, Byline, ErrorCode, NewsdeskError
from newsdesk.services.articles import get_article
from newsdesk.services.demo import DEMO_SITE, add_demo_content
from newsdesk.services.transfer import ExportFormat, export_article, export_to_file, import_files
from newsdesk.store.schema import ArticleRow, AuthorRow, CommentRow, RevisionRow

DEMO_CONTENT = Path(newsdesk.services.__file__).parent / "demo_content"
GOLDEN = Path(__file__).parent / "golden"
MARKDOWN_GOLDEN_SET = sorted((DEMO_CONTENT / "articles").glob("*.md")) + [
    GOLDEN / "formatting-test.md"
]


def _count(store, table) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(table))


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _import_one(store, path: Path):
    ids, _ = import_files(store, [path])
    assert len(ids) == 1
    return get_article(store, ids[0])


ARTICLE_MD = """\
Title: المبعوث الأممي يصل إلى جنيف <عاجل> & مهم
Section: سياسة
Tags: جنيف، مفاوضات
Author: ليلى حدّاد
Excerpt: مقتطف قصير.
Slug: envoy-geneva
Status: published

قال المبعوث إن المحادثات ستستأنف.
"""


# Markdown ----------------------------------------------------------------


def test_markdown_golden_set_is_complete():
    assert len(MARKDOWN_GOLDEN_SET) == 8


@pytest.mark.parametrize("source", MARKDOWN_GOLDEN_SET, ids=lambda path: path.stem)
def test_import_then_export_markdown_is_byte_exact(store, source):
    article = _import_one(store, source)
    exported = export_article(article, ExportFormat.MARKDOWN)
    assert exported.encode("utf-8") == source.read_bytes()


def test_import_markdown_reads_metadata_header(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.md", ARTICLE_MD))
    assert (
        article.title,
        article.section,
        article.tags,
        article.byline,
        article.author,
        article.excerpt,
        article.slug,
        article.status,
    ) == (
        "المبعوث الأممي يصل إلى جنيف <عاجل> & مهم",
        "سياسة",
        ("جنيف", "مفاوضات"),
        Byline.AUTHOR,
        "ليلى حدّاد",
        "مقتطف قصير.",
        "envoy-geneva",
        ArticleStatus.PUBLISHED,
    )


def test_import_markdown_editorial_team_author_is_team_byline(store, tmp_path):
    source = ARTICLE_MD.replace("Author: ليلى حدّاد", "Author: فريق التحرير")
    article = _import_one(store, _write(tmp_path / "a.md", source))
    assert (article.byline, article.author) == (Byline.EDITORIAL_TEAM, "")


def test_import_markdown_without_title_header_takes_first_heading(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.md", "# عنوان من السطر الأول\n\nنص.\n"))
    assert article.title == "عنوان من السطر الأول"
    assert article.body_html == '<p dir="rtl">نص.</p>'


# Plain text --------------------------------------------------------------

PLAIN_TEXT = (
    "عنوان الخبر من السطر الأول\n"
    "\n"
    "السطر الأول من الفقرة الأولى\n"
    "والسطر الثاني منها.\n"
    "\n"
    "Geir Pedersen قال إن المبعوث الأممي سيزور دمشق.\n"
)


def test_import_plain_text_first_line_is_title(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.txt", PLAIN_TEXT))
    assert article.title == "عنوان الخبر من السطر الأول"


def test_import_plain_text_blank_lines_separate_paragraphs(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.txt", PLAIN_TEXT))
    assert article.body_html.splitlines()[0] == (
        '<p dir="rtl">السطر الأول من الفقرة الأولى والسطر الثاني منها.</p>'
    )
    assert len(article.body_html.splitlines()) == 2


def test_import_plain_text_latin_first_arabic_paragraph_is_rtl(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.txt", PLAIN_TEXT))
    assert article.body_html.splitlines()[1] == (
        '<p dir="rtl">Geir Pedersen قال إن المبعوث الأممي سيزور دمشق.</p>'
    )


def test_import_plain_text_escapes_markup(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.txt", "عنوان\n\n3 < 5 & <b>ليس عريضاً</b>\n"))
    assert article.body_html == '<p dir="rtl">3 &lt; 5 &amp; &lt;b&gt;ليس عريضاً&lt;/b&gt;</p>'


def test_import_plain_text_whitespace_only_line_separates_paragraphs(store, tmp_path):
    article = _import_one(
        store, _write(tmp_path / "a.txt", "عنوان\n\nالفقرة الأولى\n   \nالفقرة الثانية\n")
    )
    assert article.body_html == '<p dir="rtl">الفقرة الأولى</p>\n<p dir="rtl">الفقرة الثانية</p>'


# Errors: the code, and nothing written -----------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        pytest.param("missing.md", None, ErrorCode.FILE_NOT_FOUND, id="missing-file"),
        pytest.param(
            "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrorCode.NOT_TEXT, id="binary"
        ),
        pytest.param(
            "latin1.txt", "عنوان\n\n".encode() + b"caf\xe9\n", ErrorCode.BAD_ENCODING, id="bad-utf8"
        ),
        pytest.param("blank.txt", "\n  \n\n", ErrorCode.EMPTY_TITLE, id="empty-plain-title"),
        pytest.param(
            "blank.md",
            "Title:   \nSection: سياسة\n\nنص.\n",
            ErrorCode.EMPTY_TITLE,
            id="empty-md-title",
        ),
        pytest.param(
            "key.md",
            "Title: عنوان\nColour: أحمر\n\nنص.\n",
            ErrorCode.BAD_METADATA,
            id="unknown-key",
        ),
        pytest.param(
            "status.md",
            "Title: عنوان\nStatus: live\n\nنص.\n",
            ErrorCode.BAD_METADATA,
            id="bad-status",
        ),
    ],
)
def test_import_bad_file_raises_code_and_writes_nothing(store, tmp_path, name, content, code):
    path = tmp_path / name
    if content is not None:
        _write(path, content)

    with pytest.raises(NewsdeskError) as raised:
        import_files(store, [path])

    assert raised.value.code is code
    assert (_count(store, ArticleRow), _count(store, RevisionRow)) == (0, 0)


def test_import_batch_with_bad_second_file_imports_none(store, tmp_path):
    paths = [
        _write(tmp_path / "1.md", "Title: الأول\n\nنص.\n"),
        _write(tmp_path / "2.txt", b"\x00\x01\x02"),
        _write(tmp_path / "3.md", "Title: الثالث\n\nنص.\n"),
    ]

    with pytest.raises(NewsdeskError) as raised:
        import_files(store, paths)

    assert raised.value.code is ErrorCode.NOT_TEXT
    assert _count(store, ArticleRow) == 0


def test_import_batch_of_good_files_imports_all_in_order(store, tmp_path):
    paths = [_write(tmp_path / f"{n}.md", f"Title: خبر {n}\n\nنص.\n") for n in (1, 2, 3)]
    ids, _ = import_files(store, paths)
    assert [get_article(store, article_id).title for article_id in ids] == [
        "خبر 1",
        "خبر 2",
        "خبر 3",
    ]


# Export ------------------------------------------------------------------


def test_export_html_is_full_rtl_document(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.md", ARTICLE_MD))
    document = export_article(article, ExportFormat.HTML)
    assert document.startswith(
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">'
    )
    assert document.endswith("</article>\n</body>\n</html>\n")
    assert article.body_html in document


def test_export_html_escapes_title(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.md", ARTICLE_MD))
    document = export_article(article, ExportFormat.HTML)
    assert "<title>المبعوث الأممي يصل إلى جنيف &lt;عاجل&gt; &amp; مهم</title>" in document
    assert "<عاجل>" not in document


def test_export_json_has_the_fields(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.md", ARTICLE_MD))
    data = json.loads(export_article(article, ExportFormat.JSON))
    assert data == {
        "id": article.id,
        "uid": article.uid,
        "title": "المبعوث الأممي يصل إلى جنيف <عاجل> & مهم",
        "section": "سياسة",
        "tags": ["جنيف", "مفاوضات"],
        "byline": "author",
        "author": "ليلى حدّاد",
        "excerpt": "مقتطف قصير.",
        "slug": "envoy-geneva",
        "status": "published",
        "word_count": article.word_count,
        "featured_image": "",
        "created_at": article.created_at.isoformat(),
        "updated_at": article.updated_at.isoformat(),
        "remote_id": None,
        "body_html": '<p dir="rtl">قال المبعوث إن المحادثات ستستأنف.</p>',
    }


def test_export_json_keeps_arabic_unescaped(store, tmp_path):
    article = _import_one(store, _write(tmp_path / "a.md", ARTICLE_MD))
    assert "المبعوث" in export_article(article, ExportFormat.JSON)


# Demo content ------------------------------------------------------------


def _demo_comments() -> list[dict]:
    return tomllib.loads((DEMO_CONTENT / "comments.toml").read_text(encoding="utf-8"))["comment"]


def test_add_demo_content_makes_articles_authors_and_comments(store):
    add_demo_content(store)
    assert (_count(store, ArticleRow), _count(store, AuthorRow), _count(store, CommentRow)) == (
        7,
        3,
        24,
    )


def test_add_demo_content_reports_what_it_added(store):
    changes = add_demo_content(store)
    assert (len(changes.articles), len(changes.authors), len(changes.comments)) == (7, 3, 24)


def test_add_demo_content_links_replies_to_their_parents(store):
    add_demo_content(store)
    entries = _demo_comments()
    with store.transaction() as session:
        rows = {row.content_raw: row for row in session.scalars(select(CommentRow))}
        replies = [row for row in rows.values() if row.parent_id is not None]
        expected = {
            entry["content"]: entries[entry["parent"] - 1]["content"]
            for entry in entries
            if entry.get("parent")
        }
        linked = {
            row.content_raw: session.get(CommentRow, row.parent_id).content_raw for row in replies
        }
    assert len(replies) == 3
    assert linked == expected


def test_add_demo_content_replies_sit_under_the_same_article(store):
    add_demo_content(store)
    with store.transaction() as session:
        replies = session.scalars(select(CommentRow).where(CommentRow.parent_id.is_not(None))).all()
        pairs = [
            (row.article_id, session.get(CommentRow, row.parent_id).article_id) for row in replies
        ]
    assert pairs
    assert all(child == parent for child, parent in pairs)


def test_add_demo_content_comments_belong_to_demo_site(store):
    add_demo_content(store)
    with store.transaction() as session:
        assert set(session.scalars(select(CommentRow.site))) == {DEMO_SITE}


def test_add_demo_content_twice_adds_nothing(store):
    add_demo_content(store)
    changes = add_demo_content(store)
    assert (changes.articles, changes.authors, changes.comments) == (set(), set(), set())
    assert (_count(store, ArticleRow), _count(store, AuthorRow), _count(store, CommentRow)) == (
        7,
        3,
        24,
    )


@pytest.mark.parametrize("path", MARKDOWN_GOLDEN_SET, ids=lambda path: path.stem)
def test_export_html_then_import_gives_same_article(store, path, tmp_path):
    (original_id,), _ = import_files(store, [path])
    exported = tmp_path / "article.html"
    export_to_file(store, original_id, exported)
    (copy_id,), _ = import_files(store, [exported])
    original, copy = get_article(store, original_id), get_article(store, copy_id)
    fields = (
        "title",
        "body_html",
        "excerpt",
        "slug",
        "section",
        "tags",
        "byline",
        "author",
        "status",
    )
    assert [getattr(copy, name) for name in fields] == [getattr(original, name) for name in fields]


def test_import_foreign_html_page_takes_title_and_sanitised_body(store, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>خبر من موقع آخر</title><script>x()</script></head>"
        '<body><p style="color:red">نص <b>الخبر</b></p><img src="http://127.0.0.1:9/a.png"></body></html>',
        encoding="utf-8",
    )
    (article_id,), _ = import_files(store, [page])
    article = get_article(store, article_id)
    assert article.title == "خبر من موقع آخر"
    assert article.body_html == '<p dir="rtl">نص <strong>الخبر</strong></p>'
