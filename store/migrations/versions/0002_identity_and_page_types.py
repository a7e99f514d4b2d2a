"""page types, identity by content, aliases and retirement

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05 17:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("page_type", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("page_reasons", sa.Text(), nullable=True))
        batch.add_column(sa.Column("content_digest", sa.String(length=40), nullable=True))
        batch.create_index("ix_pages_content_digest", ["content_digest"])
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("content_digest", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("content_sketch", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("site", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("retired_reason", sa.Text(), nullable=True))
        batch.create_index("ix_listings_content_digest", ["content_digest"])
        batch.create_index("ix_listings_site", ["site"])
    op.create_table(
        "listing_aliases",
        sa.Column("alias_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("listing_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["listing_id"], ["listings.id"]),
        sa.PrimaryKeyConstraint("alias_id"),
    )
    op.create_index("ix_listing_aliases_listing_id", "listing_aliases", ["listing_id"])
    op.create_table(
        "host_params",
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("param", sa.String(length=100), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("learned_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("host", "param"),
    )


def downgrade() -> None:
    op.drop_table("host_params")
    op.drop_index("ix_listing_aliases_listing_id", table_name="listing_aliases")
    op.drop_table("listing_aliases")
    with op.batch_alter_table("listings") as batch:
        batch.drop_index("ix_listings_site")
        batch.drop_index("ix_listings_content_digest")
        batch.drop_column("site")
        batch.drop_column("content_sketch")
        batch.drop_column("retired_reason")
        batch.drop_column("retired_at")
        batch.drop_column("content_digest")
    with op.batch_alter_table("pages") as batch:
        batch.drop_index("ix_pages_content_digest")
        batch.drop_column("content_digest")
        batch.drop_column("page_reasons")
        batch.drop_column("page_type")
