"""The author pane as a user drives it, in Arabic and in English."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from newsdesk.config import resolve_paths
from newsdesk.domain import Article, ArticleStatus, Byline
from newsdesk.services import authors
from newsdesk.services.authors import BIO_TARGET, ProfilePush
from newsdesk.store.schema import AccountRow, AuthorRow
from newsdesk.sync import RemoteUser
from newsdesk.text import normalise
from newsdesk.ui.context import AppContext
from newsdesk.ui.models.author_list import AuthorFilter, AuthorListModel, AuthorRole
from newsdesk.ui.panes.authors_pane import AuthorsPane, square_png
from newsdesk.ui.panes.reader_view import ReaderView
from newsdesk.ui.panes.renderers import author_html
from newsdesk.ui.tasks import TaskRunner
from tests.ui.keyboard import type_text

LAYLA = "ليلى حدّاد"


@dataclass
class FakeClient:
    """Records profile updates; the account is user 5."""

    sent: list[tuple[str, int, dict]] = field(default_factory=list)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return None

    def current_user(self) -> RemoteUser:
        return RemoteUser(5, "Author", "author")

    def update_me(self, fields):
        self.sent.append(("me", 5, dict(fields)))
        return RemoteUser(5, fields["name"], "author", (), fields["description"], fields["url"])

    def update_user(self, user_id, fields):
        self.sent.append(("user", user_id, dict(fields)))
        return RemoteUser(user_id, fields["name"], "x", (), fields["description"], fields["url"])


@pytest.fixture
def client() -> FakeClient:
    return FakeClient()


@pytest.fixture
def pane(qtbot, demo_store, tmp_path, language, client):
    paths = resolve_paths(str(tmp_path), str(tmp_path))
    context = AppContext(demo_store, paths, language, TaskRunner())
    widget = AuthorsPane(context, connect=lambda _account_id: client)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitSignal(widget.profile_shown):
        widget.reload()
    yield widget
    # Results arrive as events: let every chained reload land before the pane goes away.
    qtbot.waitUntil(lambda: context.tasks.pending() == 0)


def _names(pane) -> list[str]:
    return [
        pane.proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
        for row in range(pane.proxy.rowCount())
    ]


def _choose(pane, qtbot, name: str) -> None:
    for row in range(pane.proxy.rowCount()):
        index = pane.proxy.index(row, 0)
        if name in (index.data() or ""):
            with qtbot.waitSignal(pane.profile_shown):
                rect = pane.table.visualRect(index)
                QTest.mouseClick(
                    pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                )
            return
    raise AssertionError(f"{name} is not listed")


def test_authors_pane_lists_the_editorial_team_first_and_every_author(pane):
    assert pane.model.rowCount() == 1 + len(authors.list_profiles(pane._context.store))
    first = pane.proxy.index(0, 0)
    assert first.data(AuthorRole.IS_TEAM) is True
    assert first.data(AuthorRole.ID) is None


def test_authors_pane_lays_out_right_to_left_in_arabic(pane, language):
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert pane.layoutDirection() == expected
    assert pane.name_latin.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert pane.bio_en.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_authors_pane_editorial_team_is_a_byline_not_an_editable_person(pane):
    assert pane.current_author_id() is None
    assert not pane.form.isEnabled()
    assert pane.team_note.isVisible()
    assert not pane.save_button.isEnabled()
    assert not pane.push_button.isEnabled()
    assert "فريق التحرير" in pane.preview.toPlainText()


def test_authors_pane_search_ignores_hamza_and_shadda(pane, qtbot):
    type_text(pane.search_box, "ليلى حداد")
    assert [normalise(name) for name in _names(pane)] == [normalise(LAYLA)]


def test_authors_pane_search_finds_the_latin_name(pane):
    pane.search_box.setText("haddad")
    assert len(_names(pane)) == 1
    assert LAYLA in _names(pane)[0]


def test_authors_pane_shows_the_profile_and_the_box_preview(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    assert pane.form.isEnabled()
    assert pane.name.text() == LAYLA
    assert pane.name_latin.text() == "Layla Haddad"
    text = pane.preview.toPlainText()
    assert LAYLA in text
    assert "Political editor" not in text  # the English bio is not in the site's box


def test_authors_pane_preview_is_the_box_under_an_article(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    profile = authors.get_author(pane._context.store, pane.current_author_id())
    reader = ReaderView()
    article = Article(1, "u", "عنوان", "", byline=Byline.AUTHOR, author=profile.name)
    reader.show_article(article, profile.as_author())
    assert reader.toPlainText().endswith(pane.preview.toPlainText())
    assert author_html(profile.as_author()).startswith("<hr/>")


def test_authors_pane_preview_follows_typing(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    pane.bio.selectAll()
    type_text(pane.bio, "سيرة جديدة")
    assert "سيرة جديدة" in pane.preview.toPlainText()
    assert pane.save_button.isEnabled()


def test_authors_pane_counts_bio_characters_against_the_box_target(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    pane.bio.setPlainText("ب" * 10)
    assert "10" in pane.bio_count.text()
    assert str(BIO_TARGET) in pane.bio_count.text()
    pane.bio.setPlainText("ب" * (BIO_TARGET + 1))
    assert pane.bio_count.styleSheet()


def test_authors_pane_shows_articles_with_counts_by_status(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    counts = authors.articles_by_status(pane._context.store, pane.current_author_id())
    assert pane.articles.rowCount() == sum(counts.values()) > 0
    # Arabic writes two as a word (مقالان), so look for the per-status figures instead.
    assert all(str(count) in pane.counts.text() for count in counts.values() if count)


def test_authors_pane_shows_invalid_fields_inline_and_saves_nothing(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    pane.email.setText("layla-at-example")
    pane.website.setText("example.org")
    pane.social_links.setPlainText("https://x.com/layla\nmastodon")
    with qtbot.waitSignal(pane.save_failed):
        QTest.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    shown = {name.value for name, label in pane.errors.items() if label.isVisible()}
    assert shown == {"email", "website", "social_links"}
    assert "2" in pane.errors[authors.ProfileField.SOCIAL_LINKS].text()
    assert authors.get_author(pane._context.store, pane.current_author_id()).email != (
        "layla-at-example"
    )


def test_authors_pane_save_stores_the_form(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    pane.job_title.setText("رئيسة قسم السياسة")
    pane.social_links.setPlainText("https://x.com/layla")
    with qtbot.waitSignal(pane.profile_shown):
        QTest.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    saved = authors.get_author(pane._context.store, pane.current_author_id())
    assert (saved.job_title, saved.social_links) == ("رئيسة قسم السياسة", ("https://x.com/layla",))
    assert pane.job_title.text() == "رئيسة قسم السياسة"


def test_authors_pane_crops_a_chosen_image_square(pane, qtbot, tmp_path, monkeypatch):
    _choose(pane, qtbot, LAYLA)
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    source = tmp_path / "wide.png"
    image.save(str(source))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(source), ""))
    with qtbot.waitSignal(pane.profile_shown):
        QTest.mouseClick(pane.choose_avatar, Qt.MouseButton.LeftButton)
    saved = authors.get_author(pane._context.store, pane.current_author_id())
    cached = QImage(saved.avatar_path)
    assert (cached.width(), cached.height()) == (authors.AVATAR_SIZE, authors.AVATAR_SIZE)
    assert saved.avatar_path.startswith(str(tmp_path / "avatars"))
    assert not pane.avatar_preview.pixmap().isNull()


def test_square_png_refuses_a_file_that_is_not_an_image(tmp_path):
    path = tmp_path / "not.png"
    path.write_text("no")
    assert square_png(str(path)) is None


def test_authors_pane_update_on_site_needs_a_linked_profile(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    assert not pane.push_button.isEnabled()
    assert pane.push_button.toolTip()


def test_authors_pane_updates_the_accounts_own_profile_on_the_site(pane, qtbot, client):
    store = pane._context.store
    with store.transaction() as session:
        session.add(
            AccountRow(
                site_url="https://news.example",
                username="author",
                user_id=5,
                display_name="Author",
                roles=["author"],
                capabilities=[],
            )
        )
        row = session.query(AuthorRow).filter_by(name=LAYLA).one()
        row.remote_id = 5
    with qtbot.waitSignal(pane.profile_shown):
        pane.reload()
    _choose(pane, qtbot, LAYLA)
    assert pane.push_button.isEnabled()
    pane.bio.setPlainText("سيرة للموقع")
    with qtbot.waitSignal(pane.pushed) as done:
        QTest.mouseClick(pane.push_button, Qt.MouseButton.LeftButton)
    assert isinstance(done.args[0], ProfilePush)
    assert client.sent == [("me", 5, {"name": LAYLA, "description": "سيرة للموقع", "url": ""})]
    assert authors.get_author(store, pane.current_author_id()).bio == "سيرة للموقع"


def test_author_list_model_passes_model_tester(qtmodeltester, demo_store):
    model = AuthorListModel()
    qtmodeltester.check(model)
    model.set_rows(authors.list_profiles(demo_store))
    qtmodeltester.check(model)
    proxy = AuthorFilter()
    proxy.setSourceModel(model)
    proxy.set_query("نور")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_author_list_model_keeps_the_team_first_when_empty(qapp):
    model = AuthorListModel()
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), AuthorRole.IS_TEAM) is True
    assert model.row_of(None) == 0


def test_counts_cover_every_status(pane, qtbot):
    _choose(pane, qtbot, LAYLA)
    assert pane.counts.text().count(":") >= len(ArticleStatus)


def test_new_author_is_added_shown_and_can_be_filled_in(pane, qtbot, monkeypatch):
    monkeypatch.setattr(
        "newsdesk.ui.panes.authors_pane.QInputDialog.getText",
        lambda *args, **kwargs: ("  سلمى الخطيب ", True),
    )
    with qtbot.waitSignal(pane.profile_shown, timeout=5000):
        qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert any("سلمى الخطيب" in name for name in _names(pane))
    assert pane.name.text() == "سلمى الخطيب"
    assert pane.form.isEnabled()
    new_id = pane.current_author_id()
    assert new_id is not None
    assert authors.get_author(pane._context.store, new_id).name == "سلمى الخطيب"


def test_new_author_with_a_taken_name_is_refused_in_words(pane, qtbot):
    taken = authors.list_profiles(pane._context.store)[0].name
    before = len(authors.list_profiles(pane._context.store))
    pane.new_author(taken)
    qtbot.waitUntil(lambda: bool(pane.status.text()))
    assert pane.status.text() != pane.tr("Added. Fill in the rest of the profile and save.")
    assert len(authors.list_profiles(pane._context.store)) == before
