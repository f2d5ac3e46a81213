"""Drains the outbox in the background and tells the window how sending is going."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.services import moderation, publishing, pulling, review
from newsdesk.sync import CredentialStore, RemoteError
from newsdesk.ui.errors import error_message

if TYPE_CHECKING:
    from newsdesk.services.publishing import DrainReport
    from newsdesk.ui.context import AppContext

# How often waiting pushes are tried again; each row also keeps its own backoff.
DRAIN_INTERVAL_MS = 30_000


def _drain(context: AppContext) -> tuple[DrainReport, int]:
    """Send what waits (articles, then moderation decisions), then bring in what changed."""
    store = context.store
    connect = publishing.connector(store, CredentialStore())
    report = publishing.drain_outbox(store, connect)
    reviewed = review.drain_review(store, connect)
    report.conflicts += reviewed.conflicts
    report.failed += reviewed.failed
    decisions = moderation.drain_moderation(store, connect)
    report.conflicts += decisions.conflicts
    report.failed += decisions.failed
    report.retrying += decisions.retrying
    report.moderated = decisions.pushed
    for known in publishing.list_accounts(store):
        try:
            with connect(known.id) as client:
                pulled = pulling.pull_all(store, client, known.id)
                review.pull_notes(store, client, known.id)
                comments = moderation.pull_comments(store, client, known.id)
        except RemoteError as error:
            if not error.retryable:
                raise
            continue  # offline: the next pass tries again
        report.conflicts += pulled.conflicts
        report.pulled += [*pulled.created, *pulled.updated]
        report.comments_changed = report.comments_changed or bool(comments.comments)
    rows = publishing.pending_pushes(store)
    waiting = sum(1 for _row, _article, state, _error in rows if state == publishing.PENDING)
    return report, waiting


class SyncWorker(QObject):
    """Runs drain passes on the task thread, one at a time."""

    drained = Signal(object, int)
    status_changed = Signal(str)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Start the periodic timer."""
        super().__init__(parent)
        self._context = context
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self.drain)
        self._timer.start()

    def drain(self) -> None:
        """Send what is due now (or right after the pass that is running)."""
        if self._running:
            self._again = True
            return
        self._running = True
        self._context.tasks.submit(
            partial(_drain, self._context), self._on_drained, self._on_failed
        )

    def _on_drained(self, result: tuple[DrainReport, int]) -> None:
        report, waiting = result
        self._running = False
        if report.conflicts:
            text = self.tr("Conflict: an article changed on the site; nothing was overwritten.")
        elif report.failed:
            text = self.tr("Some articles could not be sent; see the article's status.")
        elif report.retrying:
            text = self.tr("Offline: %Ln article(s) waiting to be sent.", "", waiting)
        elif waiting:
            text = self.tr("%Ln article(s) waiting to be sent.", "", waiting)
        elif report.pushed:
            text = self.tr("Sent %Ln article(s) to the site.", "", len(report.pushed))
        else:
            text = ""
        if text:
            self.status_changed.emit(text)
        self.drained.emit(report, waiting)
        if self._again:
            self._again = False
            self.drain()

    def _on_failed(self, error: Exception) -> None:
        self._running = False
        self.status_changed.emit(error_message(error))
