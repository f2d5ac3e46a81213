"""Comments, review notes, the outbox and sync cursors.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store.schema import UtcDateTime

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    """Create the moderation, review and sync tables."""
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("site", sa.String(500), nullable=False),
        sa.Column("remote_id", sa.Integer),
        sa.Column(
            "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL"), index=True
        ),
        sa.Column("remote_post_id", sa.Integer),
        sa.Column("post_title", sa.Text, nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("comments.id", ondelete="SET NULL")),
        sa.Column("author_name", sa.String(500), nullable=False),
        sa.Column("author_email", sa.String(320), nullable=False),
        sa.Column("author_url", sa.String(1000), nullable=False),
        sa.Column("author_ip", sa.String(64), nullable=False),
        sa.Column("author_user_agent", sa.Text, nullable=False),
        sa.Column("date_gmt", UtcDateTime, nullable=False, index=True),
        sa.Column("content_html", sa.Text, nullable=False),
        sa.Column("content_raw", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.UniqueConstraint("site", "remote_id"),
    )
    op.create_table(
        "review_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("author_name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("remote_key", sa.String(64), nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entity_type", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("operation", sa.String(30), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", UtcDateTime),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
    )
    op.create_index("ix_outbox_state_entity", "outbox", ["state", "entity_type", "entity_id"])
    op.create_table(
        "sync_cursors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("site", sa.String(500), nullable=False),
        sa.Column("resource", sa.String(50), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.UniqueConstraint("site", "resource"),
    )


def downgrade() -> None:
    """Drop the moderation, review and sync tables."""
    for table in ("sync_cursors", "outbox", "review_notes", "comments"):
        op.drop_table(table)
