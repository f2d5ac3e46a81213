"""GUI fixtures (a pytest plugin): a demo store, a main window, and no surprise dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from newsdesk.config import resolve_paths
from newsdesk.services.demo import add_demo_content
from newsdesk.store import Store, open_store
from newsdesk.ui.app import configure_application, install_translators
from newsdesk.ui.context import AppContext
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def no_unexpected_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that opens a modal dialog it did not ask for."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected modal dialog: {args!r}")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def demo_store(tmp_path) -> Iterator[Store]:
    """Yield an SQLite store holding the demo content."""
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    add_demo_content(store)
    yield store
    store.close()


@pytest.fixture(params=["ar", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Run a test with the UI in Arabic and again in English."""
    translators = install_translators(qapp, request.param)
    configure_application(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    configure_application(qapp, "en")


@pytest.fixture
def window(qtbot, demo_store: Store, tmp_path, language: str) -> Iterator[MainWindow]:
    """Yield a shown main window on the demo store, its first list loaded."""
    paths = resolve_paths(str(tmp_path), str(tmp_path))
    context = AppContext(demo_store, paths, language, TaskRunner())
    main_window = MainWindow(context)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.articles.model.rowCount() > 0)
    yield main_window
    context.tasks.wait()
