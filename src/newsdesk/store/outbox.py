"""Outbox bookkeeping shared by every worker: finishing a row, or trying it again later."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from newsdesk.store.schema import OutboxRow

if TYPE_CHECKING:
    from datetime import datetime

    from newsdesk.store.database import Store

# Retries wait 2, 4, 8 … seconds (with jitter), never more than ten minutes.
BACKOFF_BASE_SECONDS = 2.0
BACKOFF_CAP_SECONDS = 600.0


def backoff_seconds(attempts: int, retry_after: float | None = None) -> float:
    """Return how long to wait before attempt number attempts+1 (jittered, capped)."""
    ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0))
    wait = random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not secrecy
    return max(wait, retry_after or 0.0)


def finish_row(store: Store, outbox_id: int, state: str, error: str = "") -> None:
    """Record a row's final state (done, failed or conflict) and what went wrong."""
    with store.durable_transaction() as session:
        row = session.get(OutboxRow, outbox_id)
        if row is not None:
            row.state = state
            row.last_error = error
            row.attempts += 1


def retry_row_later(
    store: Store, outbox_id: int, error_code: str, retry_after: float | None, now: datetime
) -> None:
    """Count a failed attempt and schedule the next one after the backoff."""
    with store.durable_transaction() as session:
        row = session.get(OutboxRow, outbox_id)
        if row is None:
            return
        row.attempts += 1
        row.last_error = error_code
        row.next_attempt_at = now + timedelta(seconds=backoff_seconds(row.attempts, retry_after))
