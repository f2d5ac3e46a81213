"""Articles, their revisions, authors, sections and tags.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store.schema import UtcDateTime

revision = "0001"
down_revision = None


def upgrade() -> None:
    """Create the writing tables."""
    op.create_table(
        "authors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_latin", sa.String(200), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False, index=True),
        sa.Column("job_title", sa.String(200), nullable=False),
        sa.Column("bio", sa.Text, nullable=False),
        sa.Column("bio_en", sa.Text, nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("website", sa.String(500), nullable=False),
        sa.Column("avatar_path", sa.String(1000), nullable=False),
        sa.Column("remote_id", sa.Integer, index=True),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "sections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("sections.id", ondelete="SET NULL")),
        sa.Column("remote_id", sa.Integer, index=True),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("remote_id", sa.Integer, index=True),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body_html", sa.Text, nullable=False),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column(
            "section_id", sa.Integer, sa.ForeignKey("sections.id", ondelete="SET NULL"), index=True
        ),
        sa.Column("byline", sa.String(20), nullable=False),
        sa.Column(
            "author_id", sa.Integer, sa.ForeignKey("authors.id", ondelete="SET NULL"), index=True
        ),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("featured_image_path", sa.String(1000), nullable=False),
        sa.Column("featured_image_alt", sa.Text, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("scheduled_for", UtcDateTime),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False, index=True),
        sa.Column("remote_id", sa.Integer, index=True),
        sa.Column("remote_status", sa.String(20), nullable=False),
        sa.Column("remote_modified_gmt", UtcDateTime),
        sa.Column("remote_revision_id", sa.Integer),
        sa.Column("remote_featured_media_id", sa.Integer),
        sa.Column("synced_at", UtcDateTime),
        sa.Column("base_revision_id", sa.Integer),
        sa.Column("dirty", sa.Boolean, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
    )
    op.create_table(
        "article_tags",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_table(
        "article_related",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "related_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body_html", sa.Text, nullable=False),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
    )
    op.create_index("ix_revisions_article_created", "revisions", ["article_id", "created_at"])


def downgrade() -> None:
    """Drop the writing tables."""
    for table in (
        "revisions",
        "article_related",
        "article_tags",
        "articles",
        "tags",
        "sections",
        "authors",
    ):
        op.drop_table(table)
