"""WordPress accounts, and which account an article's remote copy belongs to.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store.schema import UtcDateTime

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    """Create the accounts table and link articles to it."""
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("site_url", sa.String(500), nullable=False),
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("capabilities", sa.JSON, nullable=False),
        sa.Column("site_name", sa.String(500), nullable=False),
        sa.Column("language", sa.String(20), nullable=False),
        sa.Column("timezone", sa.String(100), nullable=False),
        sa.Column("gmt_offset", sa.Float, nullable=False),
        sa.Column("verified_at", UtcDateTime, nullable=False),
        sa.UniqueConstraint("site_url", "username"),
    )
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("account_id", sa.Integer, nullable=True))
        batch.add_column(sa.Column("sync_report", sa.JSON, nullable=True))


def downgrade() -> None:
    """Drop the accounts table and the article columns."""
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("sync_report")
        batch.drop_column("account_id")
    op.drop_table("accounts")
