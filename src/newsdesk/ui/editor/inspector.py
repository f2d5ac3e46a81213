"""The inspector: the article's parts beyond the body (title, section, tags, byline, ...)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article, ArticleSummary, Byline
from newsdesk.store.articles import ArticleFields
from newsdesk.text.slug import slugify
from newsdesk.ui import labels
from newsdesk.ui.models.related import RelatedArticlesModel
from newsdesk.ui.widgets import icons

if TYPE_CHECKING:
    from collections.abc import Callable

EXCERPT_TARGET = 160
THUMBNAIL_WIDTH = 240
THUMBNAIL_HEIGHT = 135
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

    def __init__(
        self, pick_article: Callable[[], ArticleSummary | None], parent: Any = None
    ) -> None:
        """Build the form; pick_article asks the writer to choose another article."""
        super().__init__(parent)
        self._pick_article = pick_article
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.sections = QStringListModel(self)
        self.section = QComboBox(self)
        self.section.setEditable(True)
        self.section.setModel(self.sections)
        self.section.setAccessibleName(self.tr("Section"))
        self.section.lineEdit().setAccessibleName(self.tr("Section"))
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
        self._image_path = ""
        self.image_preview = QLabel(self.tr("No featured image"), self)
        self.image_preview.setFixedSize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT)
        self.image_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_image = QPushButton(self.tr("Choose image…"), self)
        self.remove_image = QPushButton(self.tr("Remove image"), self)
        self.image_alt = QLineEdit(self)
        self.image_alt.setAccessibleName(self.tr("Image description"))
        self.image_alt.setPlaceholderText(self.tr("What the image shows (alt text)"))
        image_buttons = QHBoxLayout()
        image_buttons.addWidget(self.choose_image)
        image_buttons.addWidget(self.remove_image)
        self.related = RelatedArticlesModel(self)
        self.related_view = QListView(self)
        self.related_view.setModel(self.related)
        self.related_view.setAccessibleName(self.tr("Related articles"))
        self.related_view.setFixedHeight(110)
        related_buttons = QHBoxLayout()
        for icon, label, handler in (
            ("mdi6.plus", self.tr("Add related article"), self._on_add_related),
            ("mdi6.minus", self.tr("Remove related article"), self._on_remove_related),
            ("mdi6.arrow-up", self.tr("Move up"), partial(self._on_move_related, -1)),
            ("mdi6.arrow-down", self.tr("Move down"), partial(self._on_move_related, 1)),
        ):
            button = QToolButton(self)
            button.setIcon(icons.icon(icon))
            button.setToolTip(label)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, run=handler: run())
            related_buttons.addWidget(button)
        related_buttons.addStretch(1)
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
        form.addRow(self.tr("Featured image"), self.image_preview)
        form.addRow("", image_buttons)
        form.addRow("", self.image_alt)
        form.addRow(self.tr("Related"), self.related_view)
        form.addRow("", related_buttons)
        self.choose_image.clicked.connect(self._on_choose_image_clicked)
        self.remove_image.clicked.connect(lambda _checked=False: self.set_image(""))
        self.image_alt.textEdited.connect(self.changed)
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

    def show_article(self, article: Article, related: list[ArticleSummary]) -> None:
        """Fill the form from an article without reporting changes."""
        self.blockSignals(True)
        try:
            self.related.set_rows(related)
            self.set_image(article.featured_image)
            self.image_alt.setText(article.featured_image_alt)
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
            featured_image=self._image_path,
            featured_image_alt=self.image_alt.text().strip(),
            related=self.related.ids(),
        )

    def set_image(self, path: str) -> None:
        """Show a local image file as the featured image ("" for none)."""
        self._image_path = path
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.image_preview.setPixmap(QPixmap())
            self.image_preview.setText(
                self.tr("Image not found") if path else self.tr("No featured image")
            )
        else:
            self.image_preview.setPixmap(
                pixmap.scaled(
                    THUMBNAIL_WIDTH,
                    THUMBNAIL_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.changed.emit()

    def _on_choose_image_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Featured image"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif)")
        )
        if path:
            self.set_image(path)

    def _on_add_related(self) -> None:
        chosen = self._pick_article()
        if chosen is not None and self.related.append(chosen):
            self.changed.emit()

    def _on_remove_related(self) -> None:
        index = self.related_view.currentIndex()
        if index.isValid():
            self.related.remove(index.row())
            self.changed.emit()

    def _on_move_related(self, offset: int) -> None:
        index = self.related_view.currentIndex()
        if index.isValid():
            moved = self.related.move(index.row(), offset)
            self.related_view.setCurrentIndex(self.related.index(moved, 0))
            self.changed.emit()

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
            self.tr("%Ln character(s) of about {target}", "", count).format(
                target=labels.number(EXCERPT_TARGET)
            )
        )
