"""Full-text search over normalised article text.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store.search import create_index, drop_index, search_document
from newsdesk.text.article_html import plain_text

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    """Add the normalised search column, fill it, and index it."""
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    connection = op.get_bind()
    articles = connection.execute(
        sa.text("SELECT id, title, excerpt, body_html FROM articles")
    ).all()
    for article_id, title, excerpt, body_html in articles:
        connection.execute(
            sa.text("UPDATE articles SET search_text = :s WHERE id = :id"),
            {"s": search_document(title, excerpt, plain_text(body_html)), "id": article_id},
        )
    create_index(connection)


def downgrade() -> None:
    """Drop the index and the search column."""
    drop_index(op.get_bind())
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("search_text")
