"""Baseline for first paint: the barest Qt main window, quit right after its first paint.

A QApplication, a QMainWindow whose central widget is a QTextEdit, shown; an event
filter on the window catches the first QEvent.Paint and queues app.quit. This is what
``newsdesk gui --exit-after-paint`` is compared with in bench_startup.py. It prints
nothing and exits 0 (1 if no paint came within 30 s).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

PAINT_TIMEOUT_MS = 30_000


class QuitAfterFirstPaint(QObject):
    """Event filter that quits the application once the watched widget has painted."""

    def __init__(self, app: QApplication) -> None:
        """Remember the application to quit."""
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Queue app.quit at the first paint event; never swallow the event."""
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    """Show the window and run the event loop until the first paint (or the timeout)."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QTextEdit())
    window.resize(1200, 800)
    watcher = QuitAfterFirstPaint(app)
    window.installEventFilter(watcher)
    QTimer.singleShot(PAINT_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
