"""Start the window: application, translations, layout direction, store, main window."""

from __future__ import annotations

import logging
import sys
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.config import resolve_database_url, resolve_paths
from newsdesk.config.settings import load_settings
from newsdesk.domain import NewsdeskError
from newsdesk.services.data_folder import move_data_folder
from newsdesk.store import open_store
from newsdesk.ui.context import AppContext
from newsdesk.ui.errors import error_message
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)

LANGUAGES = ("ar", "en")
UI_FONTS = ["Noto Sans Arabic UI", "Noto Sans", "DejaVu Sans"]
DEFAULT_SIZE = (1200, 760)


def choose_language(requested: str | None) -> str:
    """Return the UI language: the one asked for, else the system locale's if Arabic."""
    if requested in LANGUAGES:
        return requested
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own translations first, then newsdesk's; return them to keep them alive."""
    installed = []
    if language == "en":
        return installed
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{language}", qt_translations),
        (f"newsdesk_{language}", str(files("newsdesk.ui") / "i18n")),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no %s translation in %s", name, folder)
    return installed


def interface_locale(language: str, digits: str = "western") -> QLocale:
    """Return the locale numbers and dates are shown in.

    Arabic with Western digits is Qt's "ar_001" (Modern Standard Arabic: Latin digits, the
    month names most Arab newsrooms print); Arabic-Indic digits come with Egypt's "ar_EG".
    """
    if language != "ar":
        return QLocale("en_US")
    return QLocale("ar_EG" if digits == "arabic-indic" else "ar_001")


def configure_application(app: QApplication, language: str, digits: str = "western") -> None:
    """Set the locale, layout direction and fonts that follow from the UI language."""
    QLocale.setDefault(interface_locale(language, digits))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    font = QFont(app.font())
    font.setFamilies(UI_FONTS)
    app.setFont(font)


class _QuitAfterFirstPaint(QObject):
    """Quit the application as soon as the watched window has painted once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_app(args: argparse.Namespace) -> int:
    """Open the main window on the chosen store and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("newsdesk")
    app.setOrganizationName("newsdesk")
    app.setDesktopFileName("org.newsdesk.Newsdesk")
    bundled = QIcon(str(files("newsdesk.ui") / "icons" / "org.newsdesk.Newsdesk.svg"))
    app.setWindowIcon(QIcon.fromTheme("org.newsdesk.Newsdesk", bundled))
    paths = resolve_paths(args.data_dir, args.config_dir)
    settings = load_settings(paths)
    language = choose_language(args.lang or settings.language or None)
    translators = install_translators(app, language)
    configure_application(app, language, settings.digits)
    first = True
    try:
        while True:
            # The window is built again after the data folder moved, on the moved store.
            try:
                store = open_store(resolve_database_url(paths, args.db))
            except NewsdeskError as error:
                _tell(
                    QApplication.translate("App", "The store could not be opened ({code}).").format(
                        code=error.code.value
                    )
                )
                return 2
            context = AppContext(
                store=store,
                paths=paths,
                language=language,
                tasks=TaskRunner(),
                settings=settings,
            )
            window = _open_window(context, args if first else None)
            first = False
            try:
                code = app.exec()
            finally:
                context.tasks.wait()
                store.close()
            folder = window.requested_data_folder
            window.deleteLater()
            if folder is None:
                return code
            try:
                paths = move_data_folder(paths, folder).paths
                settings = load_settings(paths)
            except NewsdeskError as error:
                _tell(error_message(error))
    finally:
        del translators


def _open_window(context: AppContext, args: argparse.Namespace | None) -> MainWindow:
    """Show the main window as it was left; args carry the first start's options."""
    window = MainWindow(context)
    if not window.restore_layout():
        window.resize(*DEFAULT_SIZE)
    if args is not None and getattr(args, "exit_after_paint", False):
        window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    window.recover_interrupted_session()
    if args is not None and getattr(args, "edit", None) is not None:
        window.edit_article(args.edit)
    return window


def _tell(message: str) -> None:
    QMessageBox.critical(None, QApplication.translate("App", "newsdesk"), message)
