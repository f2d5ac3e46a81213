"""Reader comments for moderation: a table model sorted in Python, and a filtering proxy."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from newsdesk.domain import Comment, CommentStatus
from newsdesk.text import isolate, normalise, search_terms
from newsdesk.text.comments import display_name
from newsdesk.text.signals import CommenterHistory, Signal, SignalSet, commenter_key
from newsdesk.ui import labels
from newsdesk.ui.models.base import RowTableModel

EXCERPT_LENGTH = 140


class Column(IntEnum):
    """Columns of the moderation table."""

    AUTHOR = 0
    EXCERPT = 1
    ARTICLE = 2
    DATE = 3
    STATUS = 4
    SIGNALS = 5


@dataclass(frozen=True, slots=True)
class PreparedComment:
    """What the table shows and searches for one comment, worked out once per load."""

    excerpt: str
    search_key: str


# Cheap plain text for a table cell: script and style bodies go, tags go, entities decode.
# The detail view renders through the real sanitiser.
_HIDDEN_BODIES = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")


def prepare_comments(comments: list[Comment]) -> list[PreparedComment]:
    """Work out excerpts and search keys (pure Python: safe on the loading thread)."""
    prepared = []
    for comment in comments:
        text = html.unescape(_TAGS.sub(" ", _HIDDEN_BODIES.sub(" ", comment.content_html)))
        text = " ".join(text.split())
        key = normalise(f"{comment.author_name} {comment.author_email} {text}")
        prepared.append(PreparedComment(text[:EXCERPT_LENGTH], key))
    return prepared


class ModerationModel(RowTableModel[Comment]):
    """All loaded comments; filtering is the proxy's job, sorting is done here in Python."""

    translation_context = "ModerationModel"
    headers = (
        QT_TRANSLATE_NOOP("ModerationModel", "Author"),
        QT_TRANSLATE_NOOP("ModerationModel", "Comment"),
        QT_TRANSLATE_NOOP("ModerationModel", "Article"),
        QT_TRANSLATE_NOOP("ModerationModel", "Date"),
        QT_TRANSLATE_NOOP("ModerationModel", "Status"),
        QT_TRANSLATE_NOOP("ModerationModel", "Signals"),
    )

    def __init__(self, parent: Any = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self._signals: dict[int, SignalSet] = {}
        self._ready: list[PreparedComment] | None = None
        self.prepare([])

    def load(
        self,
        comments: list[Comment],
        signals: dict[int, SignalSet],
        prepared: list[PreparedComment] | None = None,
    ) -> None:
        """Show freshly loaded comments with their signals (and excerpts worked out already)."""
        self._signals = signals
        self._ready = prepared
        self.set_rows(comments)

    def signals_of(self, comment_id: int) -> SignalSet | None:
        """Return a comment's signals, if worked out."""
        return self._signals.get(comment_id)

    def prepare(self, rows: list[Comment]) -> None:
        """Index the rows; excerpts and search keys come ready from the loading thread."""
        prepared, self._ready = self._ready, None
        self._prepared = prepared if prepared is not None else prepare_comments(rows)
        self._positions = {row.id: position for position, row in enumerate(rows)}
        self._replies: dict[int, list[Comment]] = {}
        self._by_commenter: dict[str, list[Comment]] = {}
        for row in rows:
            if row.parent_id is not None:
                self._replies.setdefault(row.parent_id, []).append(row)
            self._by_commenter.setdefault(
                commenter_key(row.author_email, row.author_name), []
            ).append(row)

    def comment(self, comment_id: int) -> Comment | None:
        """Return a loaded comment by id."""
        position = self._positions.get(comment_id)
        return None if position is None else self._rows[position]

    def replies_to(self, comment_id: int) -> list[Comment]:
        """Return the loaded replies to a comment, oldest first."""
        return sorted(self._replies.get(comment_id, []), key=lambda reply: reply.date_gmt)

    def history_of(self, comment: Comment) -> CommenterHistory:
        """Count the commenter's other loaded comments by status."""
        others = [
            other
            for other in self._by_commenter.get(
                commenter_key(comment.author_email, comment.author_name), []
            )
            if other.id != comment.id
        ]
        count = Counter(other.status for other in others)
        return CommenterHistory(
            approved=count[CommentStatus.APPROVED],
            spam=count[CommentStatus.SPAM],
            trash=count[CommentStatus.TRASH],
            hold=count[CommentStatus.HOLD],
        )

    def prepared(self, position: int) -> PreparedComment:
        """Return the precomputed excerpt and search key of a row."""
        return self._prepared[position]

    def position_of(self, comment_id: int) -> int | None:
        """Return the row of a comment id."""
        return self._positions.get(comment_id)

    def display(self, position: int, row: Comment, column: int) -> str:
        """Return a cell's text; text from readers is isolated so it cannot reorder the row."""
        if column == Column.AUTHOR:
            # Direction controls are shown, not obeyed: "\u202erotide-feihc" must not read as
            # "chief-editor" inside its cell either.
            return display_name(row.author_name).display
        if column == Column.EXCERPT:
            return isolate(self._prepared[position].excerpt)
        if column == Column.ARTICLE:
            return isolate(row.article_title)
        if column == Column.DATE:
            return labels.date_time(row.date_gmt)
        if column == Column.STATUS:
            return self._status_text(row)
        found = self._signals.get(row.id)
        return signal_summary(found) if found else ""

    def replace_rows(self, updated: list[Comment]) -> None:
        """Put changed comments in place (same ids), telling views only about those rows."""
        for comment in updated:
            position = self._positions.get(comment.id)
            if position is None:
                continue
            self._rows[position] = comment
            self.dataChanged.emit(
                self.index(position, 0), self.index(position, len(self.headers) - 1)
            )

    def _status_text(self, row: Comment) -> str:
        mine = labels.comment_status(row.status)
        if row.conflict and row.server_status is not None:
            # Another moderator acted first: both decisions stay visible, in words.
            return QCoreApplication.translate(
                "ModerationModel", "{mine} — conflict: the site says {theirs}"
            ).format(mine=mine, theirs=labels.comment_status(row.server_status))
        if row.pending:
            return QCoreApplication.translate("ModerationModel", "{mine} (not sent yet)").format(
                mine=mine
            )
        return mine

    def _score(self, comment_id: int) -> int:
        found = self._signals.get(comment_id)
        return found.score if found else 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python (a proxy's per-comparison callbacks are far too slow for 100k rows)."""
        keys = {
            Column.AUTHOR: lambda pair: normalise(pair[1].author_name),
            Column.EXCERPT: lambda pair: pair[2].search_key,
            Column.ARTICLE: lambda pair: normalise(pair[1].article_title),
            Column.DATE: lambda pair: pair[1].date_gmt,
            Column.STATUS: lambda pair: pair[1].status.value,
            Column.SIGNALS: lambda pair: self._score(pair[1].id),
        }
        self.layoutAboutToBeChanged.emit()
        triples = sorted(
            zip(range(len(self._rows)), self._rows, self._prepared, strict=True),
            key=keys[Column(column)],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        old_positions = [position for position, _row, _prepared in triples]
        self._rows = [row for _position, row, _prepared in triples]
        self._prepared = [prepared for _position, _row, prepared in triples]
        self._positions = {row.id: position for position, row in enumerate(self._rows)}
        # Only indexes someone holds on to (selection, current row) need moving.
        new_position = {old: new for new, old in enumerate(old_positions)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_position[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()


_SIGNAL_LABELS = {
    Signal.LINKS: QT_TRANSLATE_NOOP("ModerationModel", "links: {count}"),
    Signal.BLOCKLIST: QT_TRANSLATE_NOOP("ModerationModel", "blocked words: {terms}"),
    Signal.REPEATED: QT_TRANSLATE_NOOP("ModerationModel", "repeated ×{count}"),
    Signal.SHOUTING: QT_TRANSLATE_NOOP("ModerationModel", "shouting"),
    Signal.ARABIZI: QT_TRANSLATE_NOOP("ModerationModel", "Arabizi"),
    Signal.FIRST_TIME: QT_TRANSLATE_NOOP("ModerationModel", "first comment"),
    Signal.HISTORY: QT_TRANSLATE_NOOP("ModerationModel", "earlier spam/trash: {count}"),
    Signal.BIDI_NAME: QT_TRANSLATE_NOOP("ModerationModel", "hidden characters in name"),
}


def signal_summary(signals: SignalSet) -> str:
    """Describe the active signals in words (never by colour or icon alone)."""
    values = {
        "count": "",
        "terms": "، ".join(signals.blocklist),
    }
    parts = []
    for signal in Signal:
        if signal not in signals.active:
            continue
        if signal == Signal.LINKS:
            values["count"] = labels.number(signals.links)
        elif signal == Signal.REPEATED:
            values["count"] = labels.number(signals.repeated)
        elif signal == Signal.HISTORY:
            values["count"] = labels.number(signals.history.spam + signals.history.trash)
        template = QCoreApplication.translate("ModerationModel", _SIGNAL_LABELS[signal])
        parts.append(template.format(**values))
    return isolate(" · ".join(parts)) if parts else ""


class ModerationFilter(QSortFilterProxyModel):
    """Shows the comments of one queue, optionally one article or commenter, matching a search."""

    def __init__(self, parent: Any = None) -> None:
        """Start showing the pending queue."""
        super().__init__(parent)
        self.statuses: frozenset[CommentStatus] = frozenset({CommentStatus.HOLD})
        self.article_id: int | None = None
        self.author_email: str | None = None
        self.only_flagged = False
        self._terms: list[str] = []
        self.setDynamicSortFilter(False)

    def set_filter(
        self,
        *,
        statuses: frozenset[CommentStatus] | None = None,
        article_id: int | None | str = "keep",
        author_email: str | None = "keep",
        query: str | None = None,
        only_flagged: bool | None = None,
    ) -> None:
        """Change what is shown; arguments left out keep their value."""
        self.beginFilterChange()
        if statuses is not None:
            self.statuses = statuses
        if article_id != "keep":
            self.article_id = article_id  # type: ignore[assignment]
        if author_email != "keep":
            self.author_email = author_email
        if query is not None:
            self._terms = search_terms(query)
        if only_flagged is not None:
            self.only_flagged = only_flagged
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refresh(self) -> None:
        """Filter again after the comments changed."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, _parent: QModelIndex | QPersistentModelIndex
    ) -> bool:  # noqa: N802
        """Accept a comment that passes every filter."""
        model = self.sourceModel()
        assert isinstance(model, ModerationModel)
        comment = model.row_at(source_row)
        if self.statuses and comment.status not in self.statuses:
            return False
        if self.article_id is not None and comment.article_id != self.article_id:
            return False
        if self.author_email is not None and comment.author_email != self.author_email:
            return False
        if self.only_flagged:
            # A first comment alone is no reason to look twice.
            found = model.signals_of(comment.id)
            if found is None or not found.active - {Signal.FIRST_TIME}:
                return False
        key = model.prepared(source_row).search_key
        return all(term in key for term in self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source sort itself; the proxy keeps its order."""
        # The source's layoutChanged already brings the proxy up to date.
        self.sourceModel().sort(column, order)
