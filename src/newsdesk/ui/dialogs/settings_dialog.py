"""Preferences: interface language, editor text size, autosave pause, default byline."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from newsdesk.config.settings import LANGUAGES, Settings
from newsdesk.ui import labels


class SettingsDialog(QDialog):
    """Edits a Settings value; nothing is written until the caller saves the result."""

    def __init__(self, settings: Settings, authors: list[str], parent: Any = None) -> None:
        """Show the current choices."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._authors = authors
        self.language = QComboBox(self)
        self.language.setModel(
            QStringListModel([self.tr("Follow the system"), "العربية", "English"], self.language)
        )
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(8, 40)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.editor_font_size)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(1, 120)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.byline = QComboBox(self)
        self.byline.setModel(QStringListModel([labels.editorial_team(), *authors], self.byline))
        if settings.default_byline in authors:
            self.byline.setCurrentIndex(authors.index(settings.default_byline) + 1)
        note = QLabel(
            self.tr("A new interface language takes effect the next time newsdesk starts."), self
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Editor text size"), self.font_size)
        form.addRow(self.tr("Autosave after typing pauses for"), self.autosave)
        form.addRow(self.tr("Byline of new articles"), self.byline)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Settings:
        """Return the settings as the dialog shows them."""
        byline = self.byline.currentIndex()
        return replace(
            self._settings,
            language=LANGUAGES[self.language.currentIndex()],
            editor_font_size=self.font_size.value(),
            autosave_seconds=self.autosave.value(),
            default_byline=self._authors[byline - 1] if byline > 0 else "",
        )

    @classmethod
    def ask(cls, parent: Any, settings: Settings, authors: list[str]) -> Settings | None:
        """Show the dialog and return the new settings, or None when cancelled."""
        dialog = cls(settings, authors, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
