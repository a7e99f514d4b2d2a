"""dashboard indexes: listings by highest fee descending, then id (the fees page's outliers);
a run's changes by kind, listings by risk descending, then id, and a listing's changes in
a run (the crawl runs page)

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

INDEXES = {"ix_listings_fee_desc": "listings", "ix_run_changes_run_change": "run_changes",
           "ix_run_changes_listing_run": "run_changes", "ix_listings_risk_desc_id": "listings"}


def upgrade() -> None:
    # ORDER BY fee_max DESC, id: the outliers walk this index until 100 flagged listings
    op.create_index("ix_listings_fee_desc", "listings", [sa.text("fee_max DESC"), "id"])
    # a run's changes of one kind, riskiest first, read kind by kind, each with its LIMIT:
    # a few from the run's rows and a sort, many by walking the listings riskiest first
    op.create_index("ix_run_changes_run_change", "run_changes", ["run_id", "change"])
    op.create_index("ix_run_changes_listing_run", "run_changes", ["listing_id", "run_id", "change"])
    op.create_index("ix_listings_risk_desc_id", "listings", [sa.text("risk_score DESC"), "id"])
    # the planner's statistics for them (SQLite analyzes an index, PostgreSQL a table)
    if op.get_bind().dialect.name == "sqlite":
        for index in INDEXES:
            op.execute(f"ANALYZE {index}")
    else:
        op.execute("ANALYZE listings")
        op.execute("ANALYZE run_changes")


def downgrade() -> None:
    for index, table in INDEXES.items():
        op.drop_index(index, table_name=table)
