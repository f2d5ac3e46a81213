"""Drains the outbox in the background and tells the window how sending is going."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.services import publishing
from newsdesk.sync import CredentialStore
from newsdesk.ui.errors import error_message

if TYPE_CHECKING:
    from newsdesk.services.publishing import DrainReport
    from newsdesk.ui.context import AppContext

# How often waiting pushes are tried again; each row also keeps its own backoff.
DRAIN_INTERVAL_MS = 30_000


def _drain(context: AppContext) -> tuple[DrainReport, int]:
    store = context.store
    report = publishing.drain_outbox(store, publishing.connector(store, CredentialStore()))
    waiting = sum(
        1 for _row, _id, state, _error in publishing.pending_pushes(store) if state == "pending"
    )
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
            text = self.tr("Offline: %n article(s) waiting to be sent.", "", waiting)
        elif waiting:
            text = self.tr("%n article(s) waiting to be sent.", "", waiting)
        elif report.pushed:
            text = self.tr("Sent %n article(s) to the site.", "", len(report.pushed))
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
