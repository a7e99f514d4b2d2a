"""fee outliers index: listings by highest fee descending, then id (the fees page's outliers)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 05:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ORDER BY fee_max DESC, id: the outliers walk this index until 100 flagged listings
    op.create_index("ix_listings_fee_desc", "listings", [sa.text("fee_max DESC"), "id"])
    # the planner's statistics for it (SQLite analyzes one index, PostgreSQL the table)
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute("ANALYZE ix_listings_fee_desc" if sqlite else "ANALYZE listings")


def downgrade() -> None:
    op.drop_index("ix_listings_fee_desc", table_name="listings")
