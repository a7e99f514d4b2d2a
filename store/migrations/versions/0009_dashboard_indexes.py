"""dashboard indexes: listings by highest fee descending, then id (the fees page's outliers);
a run's changes by kind (the crawl runs page)

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
    # a run's changes of one kind, riskiest first: read kind by kind, each with its LIMIT
    op.create_index("ix_run_changes_run_change", "run_changes", ["run_id", "change"])
    # the planner's statistics for them (SQLite analyzes an index, PostgreSQL a table)
    sqlite = op.get_bind().dialect.name == "sqlite"
    for index, table in (("ix_listings_fee_desc", "listings"),
                         ("ix_run_changes_run_change", "run_changes")):
        op.execute(f"ANALYZE {index if sqlite else table}")


def downgrade() -> None:
    op.drop_index("ix_run_changes_run_change", table_name="run_changes")
    op.drop_index("ix_listings_fee_desc", table_name="listings")
