"""Grab the real main window into PNG files for the README (run offscreen or under Xvfb).

Usage: python scripts/screenshots.py OUTPUT_DIR
Uses a fresh demo store in a temporary folder, never the user's data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from newsdesk.config import resolve_paths
from newsdesk.config.settings import Settings
from newsdesk.services.demo import add_demo_content
from newsdesk.store import open_store
from newsdesk.ui.app import configure_application, install_translators
from newsdesk.ui.context import AppContext
from newsdesk.ui.dialogs.settings_dialog import Page, SettingsDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.sidebar import Place
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.widgets.views import select_row

# Name -> (language, sidebar place, article to open in the editor or None). The first-run
# hint shows in the moderation shot only, where it explains the keyboard.
SHOTS = {
    "main-ar": ("ar", Place.PUBLISHED, None),
    "editor-ar": ("ar", Place.DRAFTS, 1),
    "comments-ar": ("ar", Place.COMMENTS, None),
    "authors-ar": ("ar", Place.AUTHORS, None),
    "review-ar": ("ar", Place.IN_REVIEW, None),
    "main-en": ("en", Place.PUBLISHED, None),
}


def settle(app: QApplication, context: AppContext) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _ in range(20):
        context.tasks.wait()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def main() -> int:
    """Write one PNG per screen and language."""
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder, folder)
        store = open_store(f"sqlite:///{paths.default_database}")
        add_demo_content(store)
        for name, (language, place, article_id) in SHOTS.items():
            translators = install_translators(app, language)
            configure_application(app, language)
            settings = Settings(show_hints=place == Place.COMMENTS)
            context = AppContext(store, paths, language, TaskRunner(), settings)
            window = MainWindow(context)
            window.resize(1200, 760)
            window.show()
            settle(app, context)
            window.show_place(place)
            settle(app, context)
            if article_id is not None:
                window.edit_article(article_id)
                settle(app, context)
            if place == Place.AUTHORS:
                select_row(window.authors.table, 1)  # a person, not the editorial team
                settle(app, context)
            window.grab().save(str(args.output / f"{name}.png"))
            if name == "main-ar":
                dialog = SettingsDialog(context, settings, ["ليلى حدّاد"], window, Page.GENERAL)
                dialog.show()
                settle(app, context)
                dialog.grab().save(str(args.output / "settings-ar.png"))
                dialog.close()
            window.editor.close_article()
            window.close()
            for translator in translators:
                app.removeTranslator(translator)
        store.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
