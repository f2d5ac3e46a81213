"""The review desk: the queue of submissions, one read as the reader sees it, and decisions."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta, timezone
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QItemSelection, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services import review
from newsdesk.services.review import NoteDelivery, NoteKind, ReviewError, ReviewProblem
from newsdesk.text import Direction, paragraph_direction
from newsdesk.ui import labels
from newsdesk.ui.editor.revisions import diff_html
from newsdesk.ui.errors import error_message
from newsdesk.ui.models.base import RowTableModel
from newsdesk.ui.panes.reader_view import ReaderView
from newsdesk.ui.widgets.views import select_row, table_view

if TYPE_CHECKING:
    from datetime import tzinfo

    from newsdesk.services.review import Note, ReviewItem, ReviewOutcome, ReviewView
    from newsdesk.store import Store
    from newsdesk.ui.context import AppContext

FSI, PDI = "\u2068", "\u2069"


class Column(IntEnum):
    """The queue's columns."""

    TITLE = 0
    SECTION = 1
    AUTHOR = 2
    SUBMITTED = 3
    NOTES = 4


class ReviewQueueModel(RowTableModel["ReviewItem"]):
    """The submissions waiting for review (titles isolated so they cannot reorder a row)."""

    translation_context = "ReviewQueueModel"
    headers: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Title"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Section"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Author"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Submitted"),
        QT_TRANSLATE_NOOP("ReviewQueueModel", "Notes"),
    )

    def display(self, position: int, row: ReviewItem, column: int) -> str:
        """Return a cell's text."""
        if column == Column.TITLE:
            return f"{FSI}{row.title}{PDI}"
        if column == Column.SECTION:
            return f"{FSI}{row.section}{PDI}" if row.section else ""
        if column == Column.AUTHOR:
            return f"{FSI}{row.author}{PDI}" if row.author else ""
        if column == Column.SUBMITTED:
            return labels.date_time(row.submitted_at)
        return labels.number(row.notes) if row.notes else ""


def site_zone(name: str, gmt_offset: float) -> tzinfo:
    """Return the site's time zone: its IANA name, else its fixed offset from UTC."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return timezone(timedelta(hours=gmt_offset))


class RequestChangesDialog(QDialog):
    """Asks for the note that goes back to the writer; OK stays off while it is empty."""

    def __init__(self, parent: Any = None) -> None:
        """Build the note field and buttons."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request changes"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note to the writer"))
        self.note.setPlaceholderText(self.tr("What should the writer change? (required)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Send back to the writer"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A note is required."), self))
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._on_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _on_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.note.toPlainText().strip()))

    def text(self) -> str:
        """Return the note."""
        return self.note.toPlainText().strip()


class ScheduleDialog(QDialog):
    """Picks the publication time as the site's clock shows it, with the local time beside."""

    def __init__(self, zone: tzinfo, zone_name: str, now: datetime, parent: Any = None) -> None:
        """Start one hour from now, on the site's clock."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve and schedule"))
        self._zone = zone
        start = (now + timedelta(hours=1)).astimezone(zone).replace(second=0, microsecond=0)
        self.picker = QDateTimeEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.picker.setAccessibleName(self.tr("Publication time on the site's clock"))
        self.picker.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        self.local_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        form = QFormLayout(self)
        form.addRow(self.tr("Site time ({zone})").format(zone=zone_name), self.picker)
        form.addRow(self.tr("Your local time"), self.local_label)
        form.addRow(self.buttons)
        self.picker.dateTimeChanged.connect(self._on_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_changed()

    def set_site_time(self, moment: datetime) -> None:
        """Set the picker to a wall-clock time on the site's clock (naive or aware)."""
        wall = moment.astimezone(self._zone) if moment.tzinfo else moment
        self.picker.setDateTime(
            QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
        )

    def when_utc(self) -> datetime:
        """Return the chosen time in UTC."""
        value = self.picker.dateTime()
        date, time = value.date(), value.time()
        wall = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
        return wall.replace(tzinfo=self._zone).astimezone(UTC)

    def _on_changed(self) -> None:
        local = self.when_utc().astimezone()
        self.local_label.setText(f"{labels.date_time(local)} {local.tzname()}")


def _load_queue(
    store: Store, section: str | None, author: str | None, newest_first: bool
) -> tuple[list[ReviewItem], list[ReviewItem]]:
    """Return the whole queue (for the filter lists) and the part shown (task thread)."""
    everything = review.review_queue(store, newest_first=newest_first)
    shown = review.review_queue(store, section=section, author=author, newest_first=newest_first)
    return everything, shown


class ReviewPane(QWidget):
    """The queue, the submission (reader view, word diff, notes) and the four decisions."""

    load_failed = Signal(object)
    queue_loaded = Signal(int)
    view_loaded = Signal(int)
    # The editor takes the article over: open it in the editor.
    take_over_requested = Signal(int)
    # A decision was recorded (a ReviewOutcome); its outbox row waits for the next sync.
    decided = Signal(object)
    sync_requested = Signal()

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Build the filters, the queue table, the tabs and the action buttons."""
        super().__init__(parent)
        self._context = context
        self._view: ReviewView | None = None
        self._dialog: QDialog | None = None
        self.model = ReviewQueueModel(self)
        self.sort_box = QComboBox(self)
        self.sort_box.setAccessibleName(self.tr("Order"))
        self.sort_box.addItem(self.tr("Newest first"), True)
        self.sort_box.addItem(self.tr("Oldest first"), False)
        self.section_box = QComboBox(self)
        self.section_box.setAccessibleName(self.tr("Section"))
        self.author_box = QComboBox(self)
        self.author_box.setAccessibleName(self.tr("Author"))
        self._fill_filter(self.section_box, self.tr("All sections"), [])
        self._fill_filter(self.author_box, self.tr("All authors"), [])
        self.table = table_view(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Review queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            Column.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.reader = ReaderView(self)
        self.reader.setAccessibleName(self.tr("As the reader will see it"))
        self.diff = ReaderView(self)
        self.diff.setAccessibleName(self.tr("Changes"))
        self.notes_view = ReaderView(self)
        self.notes_view.setAccessibleName(self.tr("Review notes"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Submitted article"))
        self.tabs.addTab(self.reader, self.tr("Article"))
        self.tabs.addTab(self.diff, self.tr("Changes"))
        self.tabs.addTab(self.notes_view, self.tr("Notes"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.request_button = QPushButton(self.tr("Request changes…"), self)
        self.publish_button = QPushButton(self.tr("Approve and publish now"), self)
        self.schedule_button = QPushButton(self.tr("Approve and schedule…"), self)
        self.take_over_button = QPushButton(self.tr("Take over"), self)
        self.action_buttons = (
            self.request_button,
            self.publish_button,
            self.schedule_button,
            self.take_over_button,
        )
        filters = QHBoxLayout()
        filters.addWidget(self.sort_box)
        filters.addWidget(self.section_box)
        filters.addWidget(self.author_box)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in self.action_buttons:
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.tabs)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("review")
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(splitter)
        for box in (self.sort_box, self.section_box, self.author_box):
            box.activated.connect(self._on_filter_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.request_button.clicked.connect(self.request_changes)
        self.publish_button.clicked.connect(self.approve_publish)
        self.schedule_button.clicked.connect(self.approve_schedule)
        self.take_over_button.clicked.connect(self.take_over)

    # Loading ------------------------------------------------------------------

    @staticmethod
    def _fill_filter(box: QComboBox, everything: str, names: list[str]) -> None:
        current = box.currentData()
        box.clear()
        box.addItem(everything, None)
        for name in names:
            box.addItem(name, name)
        found = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(found, 0))

    def reload(self) -> None:
        """Load the queue in the background, with the current order and filters."""
        self._context.tasks.submit(
            partial(
                _load_queue,
                self._context.store,
                self.section_box.currentData(),
                self.author_box.currentData(),
                bool(self.sort_box.currentData()),
            ),
            self._on_loaded,
            self.load_failed.emit,
        )

    def _on_loaded(self, result: tuple[list[ReviewItem], list[ReviewItem]]) -> None:
        everything, shown = result
        self._fill_filter(
            self.section_box,
            self.tr("All sections"),
            sorted({item.section for item in everything if item.section}),
        )
        self._fill_filter(
            self.author_box,
            self.tr("All authors"),
            sorted({item.author for item in everything if item.author}),
        )
        self.model.set_rows(shown)
        if shown:
            select_row(self.table, 0)
        else:
            self._show(None)
        self.queue_loaded.emit(len(shown))

    def _on_filter_activated(self, _index: int) -> None:
        self.reload()

    def current_item(self) -> ReviewItem | None:
        """Return the submission selected in the queue."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        item = self.current_item()
        if item is None:
            self._show(None)
            return
        self._context.tasks.submit(
            partial(review.review_view, self._context.store, item.id),
            self._show,
            self.load_failed.emit,
        )

    def _show(self, view: ReviewView | None) -> None:
        self._view = view
        for button in self.action_buttons:
            button.setEnabled(view is not None)
        if view is None:
            self.reader.show_message(self.tr("Nothing is waiting for review."))
            self.diff.clear()
            self.notes_view.clear()
            return
        self.reader.show_article(view.article, view.author)
        if view.previous_kind is review.PreviousKind.NONE:
            header = self.tr("First submission: everything is new.")
        elif view.previous_kind is review.PreviousKind.REVIEWED:
            header = self.tr("Changes since the version last reviewed.")
        else:
            header = self.tr("Changes since the version last synced with the site.")
        self.diff.document().setHtml(
            f"<p><i>{html.escape(header)}</i></p>\n"
            + diff_html(view.previous_html, view.article.body_html)
        )
        self.notes_view.document().setHtml(self._notes_html(view.notes))
        if view.delivery is NoteDelivery.LOCAL_ONLY:
            self._say(self._delivery_message(view.delivery))
        self.view_loaded.emit(view.article.id)

    def _notes_html(self, notes: list[Note]) -> str:
        if not notes:
            return f"<p>{html.escape(self.tr('No notes yet.'))}</p>"
        kinds = {
            NoteKind.CHANGES_REQUESTED: self.tr("Changes requested"),
            NoteKind.APPROVED: self.tr("Approved"),
            NoteKind.TAKEN_OVER: self.tr("Taken over"),
            NoteKind.NOTE: self.tr("Note"),
        }
        parts = []
        for note in notes:
            when = labels.date_time(note.created_at)
            kind = kinds.get(note.kind, str(note.kind))  # type: ignore[call-overload]
            state = "" if note.sent else " · " + self.tr("not on the site yet")
            # The header is isolated so an Arabic name cannot reorder the date around it.
            parts.append(
                f"<p><b>{FSI}{html.escape(note.author_name)}{PDI}</b> · {html.escape(kind)}"
                f" · {when}{html.escape(state)}</p>"
            )
            for line in note.body.splitlines() or [""]:
                direction = paragraph_direction(line, Direction.RTL)
                parts.append(f'<p dir="{direction}">{html.escape(line)}</p>')
            parts.append("<hr/>")
        return "\n".join(parts)

    # Decisions ----------------------------------------------------------------

    def _editor_name(self) -> str:
        if self._view is not None and self._view.account_name:
            return self._view.account_name
        return self.tr("Editor-in-chief")

    def request_changes(self) -> None:
        """Ask for the note, then send the article back to its writer."""
        if self._view is None:
            return
        dialog = RequestChangesDialog(self)
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._submit_changes(dialog.text()))
        dialog.open()

    def _submit_changes(self, note: str) -> None:
        if self._view is None:
            return
        self._run(
            partial(
                review.request_changes,
                self._context.store,
                self._view.article.id,
                note,
                self._editor_name(),
            )
        )

    def approve_publish(self) -> None:
        """Approve and publish at the next sync."""
        if self._view is None:
            return
        self._run(
            partial(
                review.approve_publish,
                self._context.store,
                self._view.article.id,
                self._editor_name(),
            )
        )

    def approve_schedule(self) -> None:
        """Ask for the time on the site's clock, then approve and schedule."""
        if self._view is None:
            return
        zone = site_zone(self._view.timezone, self._view.gmt_offset)
        name = self._view.timezone or f"UTC{self._view.gmt_offset:+g}"
        dialog = ScheduleDialog(zone, name, datetime.now(UTC), self)
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._submit_schedule(dialog.when_utc()))
        dialog.open()

    def _submit_schedule(self, when: datetime) -> None:
        if self._view is None:
            return
        self._run(
            partial(
                review.approve_schedule,
                self._context.store,
                self._view.article.id,
                when,
                self._editor_name(),
            )
        )

    def take_over(self) -> None:
        """Record the take-over and ask the owner to open the article in the editor."""
        if self._view is None:
            return
        self._context.tasks.submit(
            partial(
                review.take_over, self._context.store, self._view.article.id, self._editor_name()
            ),
            self._on_taken_over,
            self._on_failed,
        )

    def _on_taken_over(self, article_id: int) -> None:
        self.take_over_requested.emit(article_id)

    def _run(self, call: Any) -> None:
        for button in self.action_buttons:
            button.setEnabled(False)
        self._context.tasks.submit(call, self._on_decided, self._on_failed)

    def _on_decided(self, outcome: ReviewOutcome) -> None:
        self._say(self._delivery_message(outcome.delivery))
        self.decided.emit(outcome)
        self.sync_requested.emit()
        self.reload()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, ReviewError):
            messages = {
                ReviewProblem.NOTE_REQUIRED: self.tr("Write a note for the writer first."),
                ReviewProblem.NOT_IN_REVIEW: self.tr(
                    "This article is no longer waiting for review."
                ),
                ReviewProblem.TIME_IN_PAST: self.tr("Choose a time in the future."),
            }
            self._say(messages[error.problem])
        else:
            self._say(error_message(error))
        for button in self.action_buttons:
            button.setEnabled(self._view is not None)

    def _delivery_message(self, delivery: NoteDelivery) -> str:
        messages = {
            NoteDelivery.NONE: self.tr(
                "Decision recorded; it goes to the site with the next sync."
            ),
            NoteDelivery.QUEUED: self.tr(
                "Decision recorded; the note reaches the writer with the next sync."
            ),
            NoteDelivery.SENT: self.tr("The site has the decision and the note."),
            NoteDelivery.LOCAL_ONLY: self.tr(
                "This site does not have the newsdesk review notes plugin: the status change "
                "goes to the site, but the notes stay on this computer. Ask the site's "
                "administrator to install it (see packaging/wordpress)."
            ),
            NoteDelivery.NO_ACCOUNT: self.tr(
                "This article is not linked to a site account: the decision and notes stay "
                "on this computer."
            ),
        }
        return messages[delivery]

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def message(self) -> str:
        """Return the message line's text ("" when hidden)."""
        return self.banner.text() if self.banner.isVisible() else ""
