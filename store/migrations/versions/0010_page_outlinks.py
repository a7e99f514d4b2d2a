"""page outlinks: the links a page's body gave, replayed when the body is confirmed unchanged

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 05:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "page_outlinks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("link_key", sa.String(length=80), nullable=False),
        sa.Column("relevance", sa.Integer(), nullable=False),
        sa.Column("links", sa.LargeBinary(), nullable=False),
    )
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("outlinks_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("outlinks_id")
    op.drop_table("page_outlinks")
