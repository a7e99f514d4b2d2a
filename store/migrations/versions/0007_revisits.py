"""revisits: validators and extraction key per page, revisit pointers, listings' screen key

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 02:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("etag", sa.Text(), nullable=True))
        batch.add_column(sa.Column("last_modified", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("extract_key", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("revisit_of", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("revisit_warc_file", sa.Text(), nullable=True))
        batch.add_column(sa.Column("revisit_warc_offset", sa.BigInteger(), nullable=True))
        batch.create_index("ix_pages_source_final_url", ["source", "final_url"])
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("screen_key", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.drop_column("screen_key")
    with op.batch_alter_table("pages") as batch:
        batch.drop_index("ix_pages_source_final_url")
        for column in ("revisit_warc_offset", "revisit_warc_file", "revisit_of", "extract_key",
                       "last_modified", "etag"):
            batch.drop_column(column)
