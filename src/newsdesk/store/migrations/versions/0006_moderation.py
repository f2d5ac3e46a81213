"""Comment moderation: the site's status beside the local decision, restore, edits, undo.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    """Add the moderation columns to comments; comments from a site start in agreement."""
    with op.batch_alter_table("comments") as batch:
        batch.add_column(
            sa.Column("server_status", sa.String(20), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("restore_status", sa.String(20), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("conflict", sa.Boolean, nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("original_content_raw", sa.Text, nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("remote_parent_id", sa.Integer, nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("remote_author_id", sa.Integer, nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("decision_seq", sa.Integer, nullable=True))
        batch.create_index("ix_comments_decision_seq", ["decision_seq"])
        batch.create_index("ix_comments_site_post", ["site", "remote_post_id"])
    op.execute("UPDATE comments SET server_status = status WHERE remote_id IS NOT NULL")


def downgrade() -> None:
    """Drop the moderation columns."""
    with op.batch_alter_table("comments") as batch:
        batch.drop_index("ix_comments_site_post")
        batch.drop_index("ix_comments_decision_seq")
        for column in (
            "decision_seq",
            "remote_author_id",
            "remote_parent_id",
            "original_content_raw",
            "conflict",
            "restore_status",
            "server_status",
        ):
            batch.drop_column(column)
