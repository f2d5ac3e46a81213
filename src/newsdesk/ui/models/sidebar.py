"""The sidebar: the newsroom's queues and the other panes, with counts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from newsdesk.domain import ArticleStatus
from newsdesk.ui import labels
from newsdesk.ui.widgets import icons

Index = QModelIndex | QPersistentModelIndex


class Place(StrEnum):
    """What the centre of the window can show."""

    DRAFTS = "drafts"
    IN_REVIEW = "in_review"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    COMMENTS = "comments"
    AUTHORS = "authors"
    TRASH = "trash"


class Role(IntEnum):
    """Custom data roles."""

    PLACE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class _Entry:
    place: Place
    label: str
    icon: str
    statuses: tuple[ArticleStatus, ...] = ()


ENTRIES = (
    _Entry(
        Place.DRAFTS,
        QT_TRANSLATE_NOOP("Sidebar", "Drafts"),
        "mdi6.file-document-edit-outline",
        (ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED),
    ),
    _Entry(
        Place.IN_REVIEW,
        QT_TRANSLATE_NOOP("Sidebar", "In review"),
        "mdi6.eye-check-outline",
        (ArticleStatus.IN_REVIEW,),
    ),
    _Entry(
        Place.SCHEDULED,
        QT_TRANSLATE_NOOP("Sidebar", "Scheduled"),
        "mdi6.calendar-clock",
        (ArticleStatus.SCHEDULED,),
    ),
    _Entry(
        Place.PUBLISHED,
        QT_TRANSLATE_NOOP("Sidebar", "Published"),
        "mdi6.newspaper-variant-outline",
        (ArticleStatus.PUBLISHED,),
    ),
    _Entry(
        Place.COMMENTS,
        QT_TRANSLATE_NOOP("Sidebar", "Comments"),
        "mdi6.comment-text-multiple-outline",
    ),
    _Entry(Place.AUTHORS, QT_TRANSLATE_NOOP("Sidebar", "Authors"), "mdi6.account-edit-outline"),
    _Entry(
        Place.TRASH,
        QT_TRANSLATE_NOOP("Sidebar", "Trash"),
        "mdi6.delete-outline",
        (ArticleStatus.TRASHED,),
    ),
)


def statuses_of(place: Place) -> tuple[ArticleStatus, ...]:
    """Return the article statuses listed under a place (none for non-article places)."""
    return next(entry.statuses for entry in ENTRIES if entry.place == place)


class SidebarModel(QAbstractListModel):
    """The fixed list of places, each with a count of what waits there."""

    def __init__(self, parent: Any = None) -> None:
        """Start with no counts."""
        super().__init__(parent)
        self._counts: dict[Place, int] = {}
        self._icons = [icons.icon(entry.icon) for entry in ENTRIES]

    def set_counts(self, counts: dict[Place, int]) -> None:
        """Show new counts."""
        self._counts = dict(counts)
        self.dataChanged.emit(self.index(0), self.index(len(ENTRIES) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of places."""
        return 0 if parent.isValid() else len(ENTRIES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a place's label with its count, icon or key."""
        if not index.isValid() or index.row() >= len(ENTRIES):
            return None
        entry = ENTRIES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = QCoreApplication.translate("Sidebar", entry.label)
            count = self._counts.get(entry.place)
            return label if count is None else f"{label} ({labels.number(count)})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("Sidebar", entry.label)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[index.row()]
        if role == Role.PLACE:
            return entry.place.value
        return None
