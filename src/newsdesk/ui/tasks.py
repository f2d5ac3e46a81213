"""Run service calls off the GUI thread and hand results back on it."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)


class Task(QObject):
    """One service call; it lives on the GUI thread, so its signals are delivered there."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, task: Task, function: Callable[[], Any]) -> None:
        super().__init__()
        self._task = task
        self._function = function

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # handed to the GUI, which decides what to show
            log.warning("background task failed: %s", type(error).__name__)
            self._task.failed.emit(error)
        else:
            self._task.finished.emit(result)


class TaskRunner:
    """Submit callables to a thread pool; keep each task alive until its callback has run."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        """Use the given pool, or a private one with a single worker thread."""
        if pool is None:
            pool = QThreadPool()
            # One worker keeps service calls in submission order.
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._running: set[Task] = set()

    def submit(
        self,
        function: Callable[[], Any],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> Task:
        """Run function in the background and call one of the callbacks with its outcome."""
        task = Task()
        self._running.add(task)
        queued = Qt.ConnectionType.QueuedConnection
        task.finished.connect(partial(self._deliver, task, on_finished), queued)
        task.failed.connect(partial(self._deliver, task, on_failed), queued)
        self._pool.start(_Job(task, function))
        return task

    def _deliver(self, task: Task, callback: Callable[[Any], None], outcome: Any) -> None:
        self._running.discard(task)
        # A pane closed while its work ran must not be called back into.
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return
        callback(outcome)

    def pending(self) -> int:
        """Return how many tasks have not reported yet."""
        return len(self._running)

    def wait(self) -> None:
        """Block until every submitted job has run (results still arrive as events)."""
        self._pool.waitForDone()
