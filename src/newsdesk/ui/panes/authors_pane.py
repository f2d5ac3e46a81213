"""The author pane: bylines to search, a profile editor, the author box preview, the articles.

What goes where is decided in ``newsdesk.services.authors``: the Arabic name, the Arabic bio
and the website go to WordPress; the Latin name, job title, English bio, e-mail, social
links and avatar stay in newsdesk, and the form says so. The editorial team is listed first
as a byline of its own, with its articles but no profile to edit.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QItemSelection,
    QRect,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Author
from newsdesk.services import authors, publishing
from newsdesk.services.authors import (
    AVATAR_SIZE,
    BIO_TARGET,
    EDITORIAL_TEAM_NAME,
    AuthorProfile,
    FieldProblem,
    InvalidProfile,
    ProfileField,
    ProfileFields,
    ProfileProblem,
)
from newsdesk.sync import CredentialStore
from newsdesk.ui import labels
from newsdesk.ui.errors import error_message
from newsdesk.ui.models.article_table import ArticleTableModel
from newsdesk.ui.models.article_table import Column as ArticleColumn
from newsdesk.ui.models.author_list import AuthorFilter, AuthorListModel, AuthorRole
from newsdesk.ui.panes.reader_view import ReaderView, text_block
from newsdesk.ui.panes.renderers import author_html
from newsdesk.ui.widgets.views import select_row, table_view

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsdesk.domain import ArticleStatus, ArticleSummary
    from newsdesk.services.authors import ProfilePush
    from newsdesk.services.publishing import SiteAccount
    from newsdesk.sync import WordPressClient
    from newsdesk.ui.context import AppContext

AVATAR_PREVIEW = 128
ERROR_STYLE = "color: #b00020;"


def square_png(path: str, size: int = AVATAR_SIZE) -> bytes | None:
    """Crop an image file to its centred square, scale it to size×size, return PNG bytes."""
    image = QImage(path)
    if image.isNull():
        return None
    side = min(image.width(), image.height())
    left = (image.width() - side) // 2
    top = (image.height() - side) // 2
    square = image.copy(QRect(left, top, side, side)).scaled(
        size,
        size,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    square.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _details(context: AppContext, author_id: int | None) -> tuple[Any, ...]:
    """Load what the pane shows for one byline (runs on the task thread)."""
    store = context.store
    profile = authors.get_author(store, author_id) if author_id is not None else None
    counts = authors.articles_by_status(store, author_id)
    return author_id, profile, counts, authors.author_articles(store, author_id)


def _load(context: AppContext) -> tuple[list[AuthorProfile], list[SiteAccount]]:
    return authors.list_profiles(context.store), publishing.list_accounts(context.store)


class AuthorsPane(QWidget):
    """Lists the bylines and edits the selected author's profile."""

    rows_loaded = Signal(int)
    load_failed = Signal(object)
    profile_shown = Signal(object)
    saved = Signal(int)
    save_failed = Signal(object)
    pushed = Signal(object)
    push_failed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: Any = None,
        connect: Callable[[int], WordPressClient] | None = None,
    ) -> None:
        """Build the list, the form, the preview and the articles tab."""
        super().__init__(parent)
        self._context = context
        self._connect = connect or self._keyring_connect
        self._profile: AuthorProfile | None = None
        self._shown_id: int | None = None
        self._team_shown = False
        self._dirty = False
        self._filling = False
        self._accounts: list[SiteAccount] = []
        self.model = AuthorListModel(self)
        self.proxy = AuthorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search authors by Arabic or Latin name"))
        self.search_box.setAccessibleName(self.tr("Search authors"))
        self.search_box.setClearButtonEnabled(True)
        self.table = QListView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Authors"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New author…"), self)
        self.new_button.clicked.connect(self._on_new_clicked)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.new_button)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Author"))
        self.tabs.addTab(self._build_profile_tab(), self.tr("Profile"))
        self.tabs.addTab(self._build_articles_tab(), self.tr("Articles"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("authors")
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._show_nothing()

    # ------------------------------------------------------------------ building

    def _line(self, label: str, ltr: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(label)
        if ltr:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.textChanged.connect(self._on_form_changed)
        return edit

    def _text(self, label: str, ltr: bool = False, height: int = 90) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(label)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        if ltr:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.textChanged.connect(self._on_form_changed)
        return edit

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _build_profile_tab(self) -> QWidget:
        local = self.tr("Kept in newsdesk only: WordPress has no field for it.")
        self.name = self._line(self.tr("Name in Arabic"))
        self.name_latin = self._line(self.tr("Name in Latin script"), ltr=True)
        self.job_title = self._line(self.tr("Job title"))
        self.bio = self._text(self.tr("Short bio in Arabic"))
        self.bio_count = QLabel(self)
        self.bio_en = self._text(self.tr("Short bio in English"), ltr=True)
        self.bio_en_count = QLabel(self)
        self.email = self._line(self.tr("E-mail"), ltr=True)
        self.website = self._line(self.tr("Website"), ltr=True)
        self.website.setPlaceholderText("https://")
        self.social_links = self._text(self.tr("Social links"), ltr=True, height=70)
        self.social_links.setPlaceholderText(self.tr("One address per line, https://…"))
        self.avatar_preview = QLabel(self)
        self.avatar_preview.setFixedSize(AVATAR_PREVIEW, AVATAR_PREVIEW)
        self.avatar_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_avatar = QPushButton(self.tr("Choose image…"), self)
        self.remove_avatar = QPushButton(self.tr("Remove image"), self)
        self.errors: dict[ProfileField, QLabel] = {
            name: self._error_label() for name in ProfileField
        }
        self.team_note = QLabel(
            self.tr(
                "The editorial team is a byline, not a person: it has no profile to edit, "
                "and articles it signs carry no author box."
            ),
            self,
        )
        self.team_note.setWordWrap(True)
        self.site_note = QLabel(self)
        self.site_note.setWordWrap(True)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        rows: list[tuple[str, QWidget | None, ProfileField | None, str]] = [
            (self.tr("Name in Arabic"), self.name, ProfileField.NAME, ""),
            (self.tr("Name in Latin script"), self.name_latin, ProfileField.NAME_LATIN, local),
            (self.tr("Job title"), self.job_title, ProfileField.JOB_TITLE, local),
            (self.tr("Short bio in Arabic"), self.bio, ProfileField.BIO, ""),
            ("", self.bio_count, None, ""),
            (self.tr("Short bio in English"), self.bio_en, ProfileField.BIO_EN, local),
            ("", self.bio_en_count, None, ""),
            (self.tr("E-mail"), self.email, ProfileField.EMAIL, local),
            (self.tr("Website"), self.website, ProfileField.WEBSITE, ""),
            (self.tr("Social links"), self.social_links, ProfileField.SOCIAL_LINKS, local),
        ]
        for label, widget, field_name, note in rows:
            form.addRow(label, widget)
            if note:
                hint = QLabel(note, self)
                hint.setEnabled(False)
                form.addRow("", hint)
            if field_name is not None:
                form.addRow("", self.errors[field_name])
        avatar_buttons = QHBoxLayout()
        avatar_buttons.addWidget(self.choose_avatar)
        avatar_buttons.addWidget(self.remove_avatar)
        avatar_buttons.addStretch(1)
        form.addRow(self.tr("Photo"), self.avatar_preview)
        form.addRow("", avatar_buttons)
        avatar_hint = QLabel(
            self.tr("Cropped square and kept on this computer; never fetched from Gravatar."), self
        )
        avatar_hint.setEnabled(False)
        form.addRow("", avatar_hint)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.push_button = QPushButton(self.tr("Update on the site"), self)
        self.accounts = QStringListModel(self)
        self.account = QComboBox(self)
        self.account.setModel(self.accounts)
        self.account.setAccessibleName(self.tr("WordPress account"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.push_button)
        buttons.addWidget(self.account, 1)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.team_note)
        editor_layout.addWidget(self.form)
        editor_layout.addWidget(self.site_note)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.status)
        editor_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Profile form"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        self.preview = ReaderView(self)
        self.preview.setAccessibleName(self.tr("Author box preview"))
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Under an article:"), self))
        preview_layout.addWidget(self.preview)
        tab = QSplitter(Qt.Orientation.Horizontal, self)
        tab.setObjectName("author-profile")
        tab.addWidget(scroll)
        tab.addWidget(preview_box)
        tab.setStretchFactor(0, 3)
        tab.setStretchFactor(1, 2)
        self.choose_avatar.clicked.connect(self._on_choose_avatar_clicked)
        self.remove_avatar.clicked.connect(self._on_remove_avatar_clicked)
        self.save_button.clicked.connect(self.save)
        self.push_button.clicked.connect(self.update_on_site)
        return tab

    def _build_articles_tab(self) -> QWidget:
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.articles = ArticleTableModel(self)
        self.articles_view = table_view(self)
        self.articles_view.setModel(self.articles)
        self.articles_view.setAccessibleName(self.tr("The author's articles"))
        self.articles_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.articles_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.articles_view.verticalHeader().hide()
        header = self.articles_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ArticleColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.counts)
        layout.addWidget(self.articles_view)
        return tab

    # ------------------------------------------------------------------ loading

    def _submit(
        self,
        function: Callable[[], Any],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Run a service call; drop its outcome if the pane was deleted meanwhile."""

        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda outcome: callback(outcome) if shiboken6.isValid(self) else None

        self._context.tasks.submit(function, alive(on_finished), alive(on_failed))

    def reload(self) -> None:
        """Fetch the profiles and accounts again in the background."""
        self._submit(partial(_load, self._context), self._on_loaded, self.load_failed.emit)

    def _on_loaded(self, result: tuple[list[AuthorProfile], list[SiteAccount]]) -> None:
        profiles, accounts = result
        keep = self._shown_id
        self._accounts = accounts
        self.accounts.setStringList(
            [
                self.tr("{name} on {site}").format(
                    name=account.display_name, site=account.site_name or account.site_url
                )
                for account in accounts
            ]
        )
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(profiles)
        self.table.selectionModel().blockSignals(False)
        row = self.model.row_of(keep) if keep is not None else 0
        self._select_source_row(row or 0)
        self.rows_loaded.emit(len(profiles))

    def _select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            select_row(self.table, index.row())
        elif self.proxy.rowCount():
            select_row(self.table, 0)

    def current_author_id(self) -> int | None:
        """Return the selected author's id (None for the editorial team or nothing)."""
        index = self.table.currentIndex()
        return index.data(AuthorRole.ID) if index.isValid() else None

    def _on_search_box_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            select_row(self.table, 0)

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if not selected.indexes():
            return
        index = selected.indexes()[0]
        if self._dirty and self._profile is not None and not self.save():
            # A switch keeps what was typed, as the editor's autosave does, unless refused.
            self.status.setText(
                self.tr("Your changes to {name} were not saved: some fields are not valid.").format(
                    name=self._profile.name
                )
            )
        author_id = index.data(AuthorRole.ID)
        self._submit(
            partial(_details, self._context, author_id), self._on_details, self.load_failed.emit
        )

    def _on_details(self, result: tuple[Any, ...]) -> None:
        author_id, profile, counts, articles = result
        current = self.table.currentIndex()
        if current.isValid() and current.data(AuthorRole.ID) != author_id:
            return  # another byline was chosen meanwhile
        self._shown_id = author_id
        self._show_articles(counts, articles)
        if profile is None:
            self._show_team()
        else:
            self._show_profile(profile)
        self.profile_shown.emit(author_id)

    def _show_articles(self, counts: dict[ArticleStatus, int], rows: list[ArticleSummary]) -> None:
        parts = [
            self.tr("{status}: {count}").format(
                status=labels.article_status(status), count=labels.number(count)
            )
            for status, count in counts.items()
        ]
        total = sum(counts.values())
        self.counts.setText(
            self.tr("%Ln article(s): {counts}", "", total).format(counts=" · ".join(parts))
        )
        self.articles.set_rows(rows)

    def _show_nothing(self) -> None:
        self._profile = None
        self._team_shown = False
        self.form.setEnabled(False)
        self.team_note.hide()
        self.save_button.setEnabled(False)
        self.push_button.setEnabled(False)

    def _show_team(self) -> None:
        self._profile = None
        self._team_shown = True
        self._dirty = False
        self._fill(ProfileFields(name=labels.editorial_team()), "")
        self.form.setEnabled(False)
        self.team_note.show()
        self.site_note.setText("")
        self.save_button.setEnabled(False)
        self.push_button.setEnabled(False)
        self.push_button.setToolTip("")
        self.preview.document().setHtml("<hr/>" + text_block("p", EDITORIAL_TEAM_NAME, "byline"))

    def _show_profile(self, profile: AuthorProfile) -> None:
        self._profile = profile
        self._team_shown = False
        self._fill(profile.fields(), profile.avatar_path)
        self.form.setEnabled(True)
        self.team_note.hide()
        self._dirty = False
        self.save_button.setEnabled(False)
        self._update_site_state()
        self._update_preview()

    def _fill(self, fields: ProfileFields, avatar: str) -> None:
        self._filling = True
        try:
            self.name.setText(fields.name)
            self.name_latin.setText(fields.name_latin)
            self.job_title.setText(fields.job_title)
            self.bio.setPlainText(fields.bio)
            self.bio_en.setPlainText(fields.bio_en)
            self.email.setText(fields.email)
            self.website.setText(fields.website)
            self.social_links.setPlainText("\n".join(fields.social_links))
        finally:
            self._filling = False
        self._show_avatar(avatar)
        self._clear_errors()
        self._update_counts()

    def _show_avatar(self, path: str) -> None:
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.avatar_preview.setPixmap(QPixmap())
            self.avatar_preview.setText(self.tr("No photo"))
        else:
            self.avatar_preview.setPixmap(
                pixmap.scaled(
                    AVATAR_PREVIEW,
                    AVATAR_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_avatar.setEnabled(bool(path))

    # ------------------------------------------------------------------ editing

    def fields(self) -> ProfileFields:
        """Return what the form holds."""
        return ProfileFields(
            name=self.name.text(),
            name_latin=self.name_latin.text(),
            job_title=self.job_title.text(),
            bio=self.bio.toPlainText(),
            bio_en=self.bio_en.toPlainText(),
            email=self.email.text(),
            website=self.website.text(),
            social_links=tuple(self.social_links.toPlainText().splitlines()),
        )

    def _on_form_changed(self) -> None:
        if self._filling:
            return
        self._dirty = self._profile is not None
        self.save_button.setEnabled(self._dirty)
        self._update_counts()
        self._update_preview()

    def _update_counts(self) -> None:
        for edit, label in ((self.bio, self.bio_count), (self.bio_en, self.bio_en_count)):
            count = len(edit.toPlainText().strip())
            if count > BIO_TARGET:
                text = self.tr(
                    "%Ln character(s): longer than the {target} the author box shows well",
                    "",
                    count,
                )
            else:
                text = self.tr("%Ln character(s) of about {target}", "", count)
            label.setText(text.format(target=labels.number(BIO_TARGET)))
            label.setStyleSheet(ERROR_STYLE if count > BIO_TARGET else "")

    def _update_preview(self) -> None:
        if self._profile is None:
            return
        shown = Author(
            id=self._profile.id,
            name=self.name.text().strip(),
            bio=self.bio.toPlainText().strip(),
        )
        self.preview.document().setHtml(author_html(shown))

    def _update_site_state(self) -> None:
        profile = self._profile
        if profile is None:
            return
        if profile.remote_id is None:
            reason = self.tr(
                "This profile is not linked to a WordPress user; pull from the site first."
            )
        elif not self._accounts:
            reason = self.tr("Add a WordPress account to update profiles on the site.")
        else:
            reason = ""
        self.push_button.setEnabled(not reason)
        self.push_button.setToolTip(
            reason
            or self.tr(
                "Sends the Arabic name, the Arabic bio and the website. Your own profile can "
                "always be updated; other people's need an administrator account."
            )
        )
        notes = [reason] if reason else []
        if profile.follows_site:
            notes.append(
                self.tr(
                    "This profile follows WordPress: the next pull replaces its name and bio "
                    "with the site's. Update it on the site to keep your changes."
                )
            )
        self.site_note.setText("\n".join(notes))

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_problems(self, problems: tuple[FieldProblem, ...]) -> None:
        """Show each refused field's reason under it."""
        self._clear_errors()
        for item in problems:
            label = self.errors[item.field]
            text = self._problem_text(item)
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()

    def _problem_text(self, item: FieldProblem) -> str:
        messages = {
            ProfileProblem.EMPTY_NAME: self.tr("Enter the name as bylines show it."),
            ProfileProblem.NAME_TAKEN: self.tr("Another profile already uses this name."),
            ProfileProblem.NAME_RESERVED: self.tr(
                "This is the editorial team's byline, not a person's name."
            ),
            ProfileProblem.TOO_LONG: self.tr("This is too long."),
            ProfileProblem.BAD_EMAIL: self.tr("This is not an e-mail address."),
            ProfileProblem.BAD_URL: self.tr(
                "Enter a whole address beginning with https:// or http://."
            ),
        }
        text = messages[item.problem]
        if item.position is not None:
            return self.tr("Link {number}: {problem}").format(
                number=labels.number(item.position + 1), problem=text
            )
        return text

    def _on_new_clicked(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("New author"), self.tr("Name as it appears in bylines:")
        )
        if accepted and name.strip():
            self.new_author(name)

    def new_author(self, name: str) -> None:
        """Add a profile known only here under that name, then show it for the rest."""
        self._submit(
            partial(authors.create_author, self._context.store, ProfileFields(name=name)),
            self._on_created,
            self._on_create_failed,
        )

    def _on_created(self, author_id: int) -> None:
        self._shown_id = author_id
        self.search_box.clear()
        self.status.setText(self.tr("Added. Fill in the rest of the profile and save."))
        self.reload()

    def _on_create_failed(self, error: Exception) -> None:
        if isinstance(error, InvalidProfile):
            self.status.setText(" ".join(self._problem_text(problem) for problem in error.problems))
        else:
            self.status.setText(error_message(error))

    def save(self) -> bool:
        """Check the form and store it in the background; refusals show under the fields."""
        profile = self._profile
        if profile is None:
            return False
        fields = self.fields()
        problems = authors.validate(authors.clean_fields(fields))
        if problems:
            self.show_problems(problems)
            self.save_failed.emit(InvalidProfile(problems))
            return False
        self._dirty = False
        self.save_button.setEnabled(False)
        self._submit(
            partial(authors.save_author, self._context.store, profile.id, fields),
            partial(self._on_saved, profile.id),
            self._on_save_failed,
        )
        return True

    def _on_saved(self, author_id: int, _changes: object) -> None:
        self._clear_errors()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(author_id)
        self.reload()

    def _on_save_failed(self, error: Exception) -> None:
        self._dirty = True
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidProfile):
            self.show_problems(error.problems)
        else:
            self.status.setText(error_message(error))
        self.save_failed.emit(error)

    def _on_choose_avatar_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif)")
        )
        if path:
            self.set_avatar_from(path)

    def set_avatar_from(self, path: str) -> None:
        """Crop a local image square, cache it, and show it."""
        profile = self._profile
        if profile is None:
            return
        png = square_png(path)
        if png is None:
            self.status.setText(self.tr("That file is not an image newsdesk can read."))
            return
        data_dir = self._context.paths.data_dir
        self._submit(
            partial(authors.set_avatar, self._context.store, profile.id, png, data_dir),
            lambda _path: self.reload(),
            self._on_save_failed,
        )

    def _on_remove_avatar_clicked(self) -> None:
        profile = self._profile
        if profile is None:
            return
        data_dir = self._context.paths.data_dir
        self._submit(
            partial(authors.clear_avatar, self._context.store, profile.id, data_dir),
            lambda _changes: self.reload(),
            self._on_save_failed,
        )

    # ------------------------------------------------------------------ the site

    def _keyring_connect(self, account_id: int) -> WordPressClient:
        store = self._context.store
        return publishing.connector(store, CredentialStore())(account_id)

    def update_on_site(self) -> None:
        """Save the form, then send name, bio and website to the author's WordPress user."""
        profile = self._profile
        row = self.account.currentIndex()
        if profile is None or not 0 <= row < len(self._accounts):
            return
        fields = self.fields()
        problems = authors.validate(authors.clean_fields(fields))
        if problems:
            self.show_problems(problems)
            return
        account_id = self._accounts[row].id
        store, connect = self._context.store, self._connect

        def push() -> ProfilePush:
            authors.save_author(store, profile.id, fields)
            with connect(account_id) as client:
                return authors.push_profile(store, client, profile.id)

        self.status.setText(self.tr("Sending…"))
        self._dirty = False
        self.save_button.setEnabled(False)
        self._submit(push, self._on_pushed, self._on_push_failed)

    def _on_pushed(self, result: ProfilePush) -> None:
        if result.differences:
            self.status.setText(
                self.tr("Updated on the site, which changed: {fields}.").format(
                    fields=", ".join(result.differences)
                )
            )
        else:
            self.status.setText(self.tr("Updated on the site."))
        self.pushed.emit(result)
        self.reload()

    def _on_push_failed(self, error: Exception) -> None:
        self._dirty = True
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidProfile):
            self.show_problems(error.problems)
        self.status.setText(error_message(error))
        self.push_failed.emit(error)
