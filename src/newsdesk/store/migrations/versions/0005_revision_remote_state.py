"""Revisions that copy the site remember the site's modified time and revision id.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store.schema import UtcDateTime

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    """Add the site state to revisions."""
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(sa.Column("remote_modified_gmt", UtcDateTime, nullable=True))
        batch.add_column(sa.Column("remote_revision_id", sa.Integer, nullable=True))


def downgrade() -> None:
    """Drop the site state of revisions."""
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("remote_revision_id")
        batch.drop_column("remote_modified_gmt")
