"""Settings in four pages: general, editor, WordPress accounts, data folder.

Preferences are written only when the dialog is accepted. Accounts are not preferences:
adding one acts at once. Moving the data folder is asked for here and carried out by the
window once the store is closed.
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.config.paths import DATABASE_FILE
from newsdesk.config.settings import DIGIT_STYLES, LANGUAGES, Settings
from newsdesk.text import isolate
from newsdesk.ui import labels
from newsdesk.ui.dialogs.accounts_panel import AccountsPanel
from newsdesk.ui.errors import error_message

if TYPE_CHECKING:
    from newsdesk.ui.context import AppContext


class Page(IntEnum):
    """The dialog's pages, in tab order."""

    GENERAL = 0
    EDITOR = 1
    ACCOUNTS = 2
    DATA = 3


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Edits a Settings value; nothing is written until the caller saves the result."""

    def __init__(
        self,
        context: AppContext,
        settings: Settings,
        authors: list[str],
        parent: Any = None,
        page: Page = Page.GENERAL,
    ) -> None:
        """Show the current choices on the given page."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._context = context
        self._settings = settings
        self._authors = authors
        self._fonts = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
        self.requested_data_folder: Path | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.tabs.addTab(self._editor_page(), self.tr("Editor"))
        self.accounts = AccountsPanel(context, self)
        self.tabs.addTab(self.accounts, self.tr("WordPress accounts"))
        self.tabs.addTab(self._data_page(), self.tr("Data"))
        self.tabs.setCurrentIndex(page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(680, 520)

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        settings = self._settings
        self.language = QComboBox(page)
        self.language.setModel(
            QStringListModel([self.tr("Follow the system"), "العربية", "English"], self.language)
        )
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.digits = QComboBox(page)
        # Each choice shows itself: the same year in both kinds of digits.
        self.digits.setModel(
            QStringListModel(
                [self.tr("Western (2026)"), self.tr("Arabic-Indic (٢٠٢٦)")], self.digits
            )
        )
        self.digits.setCurrentIndex(DIGIT_STYLES.index(settings.digits))
        self.byline = QComboBox(page)
        self.byline.setModel(
            QStringListModel([labels.editorial_team(), *self._authors], self.byline)
        )
        if settings.default_byline in self._authors:
            self.byline.setCurrentIndex(self._authors.index(settings.default_byline) + 1)
        self.show_hints = QCheckBox(self.tr("Show hints for newcomers at the top of each place"))
        self.show_hints.setChecked(settings.show_hints)
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Digits in the Arabic interface"), self.digits)
        form.addRow(self.tr("Byline of new articles"), self.byline)
        form.addRow(self.show_hints)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                self.tr(
                    "A new interface language or digit style takes effect the next time "
                    "newsdesk starts."
                ),
                page,
            )
        )
        layout.addStretch(1)
        return page

    def _editor_page(self) -> QWidget:
        page = QWidget(self)
        settings = self._settings
        self.font_family = QComboBox(page)
        self.font_family.setModel(
            QStringListModel([self.tr("Default (Noto Naskh Arabic)"), *self._fonts], page)
        )
        if settings.editor_font_family in self._fonts:
            self.font_family.setCurrentIndex(self._fonts.index(settings.editor_font_family) + 1)
        self.font_size = QSpinBox(page)
        self.font_size.setRange(8, 40)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.editor_font_size)
        self.autosave = QSpinBox(page)
        self.autosave.setRange(1, 120)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        form = QFormLayout(page)
        form.addRow(self.tr("Editor font (fonts with Arabic letters)"), self.font_family)
        form.addRow(self.tr("Editor text size"), self.font_size)
        form.addRow(self.tr("Autosave after typing pauses for"), self.autosave)
        return page

    def _data_page(self) -> QWidget:
        page = QWidget(self)
        paths = self._context.paths
        self.data_folder = QLabel(isolate(str(paths.data_dir)), page)
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Move to another folder…"), page)
        self.move_button.setEnabled(paths.data_dir_movable)
        self.move_button.clicked.connect(self._on_move_clicked)
        self.backup_button = QPushButton(self.tr("Back up the store…"), page)
        self.backup_button.setEnabled(self._context.store.backend == "sqlite")
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.data_message = _note("", page)
        if not paths.data_dir_movable:
            self.data_message.setText(
                self.tr(
                    "This folder is set by --data-dir or NEWSDESK_DATA_DIR, so it is moved "
                    "by changing that."
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Data folder"), self.data_folder)
        form.addRow(self.tr("Store"), QLabel(isolate(self._context.store.describe()), page))
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                self.tr(
                    "Moving copies the store with SQLite's backup, checks the copy, and only "
                    "then removes the old files. newsdesk closes the store for the move and "
                    "opens it again in the new folder."
                ),
                page,
            )
        )
        layout.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.data_message)
        layout.addStretch(1)
        return page

    def _on_move_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for newsdesk's data")
        )
        if folder:
            self.request_data_folder(Path(folder))

    def request_data_folder(self, folder: Path) -> None:
        """Remember where the data should move when the dialog is accepted."""
        self.requested_data_folder = folder
        self.data_message.setText(
            self.tr("The data will move to {folder} when you press OK.").format(
                folder=isolate(str(folder))
            )
        )

    def _on_backup_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the store"), DATABASE_FILE, self.tr("SQLite store (*.sqlite3)")
        )
        if name:
            self.back_up_to(Path(name))

    def back_up_to(self, target: Path) -> None:
        """Copy the open store to target in the background with SQLite's online backup."""
        self.backup_button.setEnabled(False)
        self._context.tasks.submit(
            partial(self._context.store.backup, target),
            lambda _none: self._on_backup_done(
                self.tr("Backed up to {file}.").format(file=isolate(str(target)))
            ),
            lambda error: self._on_backup_done(error_message(error)),
        )

    def _on_backup_done(self, message: str) -> None:
        self.backup_button.setEnabled(True)
        self.data_message.setText(message)

    def chosen(self) -> Settings:
        """Return the settings as the dialog shows them."""
        byline = self.byline.currentIndex()
        family = self.font_family.currentIndex()
        return replace(
            self._settings,
            language=LANGUAGES[self.language.currentIndex()],
            digits=DIGIT_STYLES[self.digits.currentIndex()],
            editor_font_family=self._fonts[family - 1] if family > 0 else "",
            editor_font_size=self.font_size.value(),
            autosave_seconds=self.autosave.value(),
            default_byline=self._authors[byline - 1] if byline > 0 else "",
            show_hints=self.show_hints.isChecked(),
        )
