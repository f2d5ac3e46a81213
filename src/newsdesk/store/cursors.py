"""Per-site sync cursors: the newest change time seen of a resource, or a remembered fact.

A cursor is a text value under (site, resource). Time cursors hold an aware ISO time; an
unreadable or naive one reads as None, which costs one full listing and nothing more.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from newsdesk.store.schema import SyncCursorRow, utc_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def read_cursor(session: Session, site: str, resource: str) -> str | None:
    """Return a cursor's text, None when it was never set."""
    row = _row(session, site, resource)
    return row.value if row is not None and row.value else None


def write_cursor(session: Session, site: str, resource: str, value: str) -> None:
    """Set a cursor's text (its change time moves only when the text does)."""
    row = _row(session, site, resource)
    if row is None:
        row = SyncCursorRow(site=site, resource=resource)
        session.add(row)
    if row.value != value:
        row.value = value
        row.updated_at = utc_now()


def read_time_cursor(session: Session, site: str, resource: str) -> datetime | None:
    """Return a time cursor, None when never set or unreadable."""
    value = read_cursor(session, site, resource)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def write_time_cursor(session: Session, site: str, resource: str, value: datetime) -> None:
    """Set a time cursor."""
    write_cursor(session, site, resource, value.isoformat())


def _row(session: Session, site: str, resource: str) -> SyncCursorRow | None:
    return session.scalar(
        select(SyncCursorRow).where(SyncCursorRow.site == site, SyncCursorRow.resource == resource)
    )
