"""The inspector: the article's parts beyond the body (title, section, tags, byline, ...)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article, Byline
from newsdesk.store.articles import ArticleFields
from newsdesk.text.slug import slugify
from newsdesk.ui import labels

EXCERPT_TARGET = 160
TAG_SEPARATOR = "، "


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma (Arabic or Latin)."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        """Complete only the last tag."""
        return [path.replace("،", ",").split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:  # noqa: N802
        """Replace the last tag with the chosen one, keeping the others."""
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [tag.strip() for tag in text.replace("،", ",").split(",")[:-1] if tag.strip()]
        return TAG_SEPARATOR.join([*head, str(index.data())])


class Inspector(QWidget):
    """Form for the article's metadata; emits changed whenever the writer edits it."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        """Build the form."""
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.sections = QStringListModel(self)
        self.section = QComboBox(self)
        self.section.setEditable(True)
        self.section.setModel(self.sections)
        self.section.setAccessibleName(self.tr("Section"))
        self.tag_names = QStringListModel(self)
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        completer = TagCompleter(self.tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.bylines = QStringListModel(self)
        self.byline = QComboBox(self)
        self.byline.setModel(self.bylines)
        self.byline.setAccessibleName(self.tr("Byline"))
        self.excerpt = QPlainTextEdit(self)
        self.excerpt.setAccessibleName(self.tr("Excerpt"))
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(90)
        self.excerpt_count = QLabel(self)
        self.slug = QLineEdit(self)
        self.slug.setAccessibleName(self.tr("Slug"))
        self.slug.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.slug_follows_title = QCheckBox(self.tr("Make the slug from the title"), self)
        self.slug_follows_title.setChecked(True)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Section"), self.section)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Byline"), self.byline)
        form.addRow(self.tr("Excerpt"), self.excerpt)
        form.addRow("", self.excerpt_count)
        form.addRow(self.tr("Slug"), self.slug)
        form.addRow("", self.slug_follows_title)
        self.title.textEdited.connect(self._on_title_text_edited)
        self.slug.textEdited.connect(self._on_slug_text_edited)
        self.slug_follows_title.toggled.connect(self._on_title_text_edited)
        self.excerpt.textChanged.connect(self._on_excerpt_text_changed)
        for signal in (
            self.section.currentTextChanged,
            self.tags.textEdited,
            self.byline.currentIndexChanged,
            self.excerpt.textChanged,
        ):
            signal.connect(self.changed)
        self._update_excerpt_count()

    def set_choices(self, sections: list[str], tags: list[str], authors: list[str]) -> None:
        """Offer the known sections, tags and authors."""
        self.sections.setStringList(sections)
        self.tag_names.setStringList(tags)
        self.bylines.setStringList([labels.editorial_team(), *authors])

    def show_article(self, article: Article) -> None:
        """Fill the form from an article without reporting changes."""
        self.blockSignals(True)
        try:
            self.title.setText(article.title)
            self.section.setCurrentText(article.section)
            self.tags.setText(TAG_SEPARATOR.join(article.tags))
            names = self.bylines.stringList()
            signed = article.byline == Byline.AUTHOR and article.author in names
            self.byline.setCurrentIndex(names.index(article.author) if signed else 0)
            self.excerpt.setPlainText(article.excerpt)
            self.slug.setText(article.slug)
            self.slug_follows_title.setChecked(article.slug == slugify(article.title))
        finally:
            self.blockSignals(False)
        self._update_excerpt_count()

    def fields(self, body_html: str, status: Any) -> ArticleFields:
        """Return the writer's fields together with a body."""
        tags = self.tags.text().replace("،", ",").split(",")
        team = self.byline.currentIndex() <= 0
        return ArticleFields(
            title=self.title.text().strip(),
            body_html=body_html,
            excerpt=self.excerpt.toPlainText().strip(),
            slug=self.slug.text().strip(),
            section=self.section.currentText().strip(),
            tags=tuple(tag.strip() for tag in tags if tag.strip()),
            byline=Byline.EDITORIAL_TEAM if team else Byline.AUTHOR,
            author="" if team else self.byline.currentText(),
            status=status,
        )

    def _on_title_text_edited(self) -> None:
        if self.slug_follows_title.isChecked():
            self.slug.setText(slugify(self.title.text()))
        self.changed.emit()

    def _on_slug_text_edited(self) -> None:
        self.slug_follows_title.setChecked(False)
        self.changed.emit()

    def _on_excerpt_text_changed(self) -> None:
        self._update_excerpt_count()

    def _update_excerpt_count(self) -> None:
        count = len(self.excerpt.toPlainText())
        self.excerpt_count.setText(
            self.tr("%n character(s) of about {target}", "", count).format(target=EXCERPT_TARGET)
        )
