"""The one object that carries what every window needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsdesk.config.settings import Settings

if TYPE_CHECKING:
    from newsdesk.config import Paths
    from newsdesk.store import Store
    from newsdesk.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class AppContext:
    """The open store, its folders, the UI language and the background task runner."""

    store: Store
    paths: Paths
    language: str
    tasks: TaskRunner
    settings: Settings = field(default_factory=Settings)
