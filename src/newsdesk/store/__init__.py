"""The local article store: SQLAlchemy mapping, migrations, search."""

from newsdesk.store.database import Store, head_revision, open_store, upgrade

__all__ = ["Store", "head_revision", "open_store", "upgrade"]
