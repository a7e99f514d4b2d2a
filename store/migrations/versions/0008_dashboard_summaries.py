"""dashboard summaries: summary tables, the store's change counter, indexes for the pages

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-06 02:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("summary_run_changes", "summary_fee_days", "summary_regions", "summary_issuer_providers", "summary_fee_status", "summary_fees", "summary_providers",
          "summary_issuers", "summary_flag_codes", "summary_counts", "summary_listing_state",
          "store_changes")


def upgrade() -> None:
    op.create_table(
        "store_changes",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "summary_listing_state",
        sa.Column("listing_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("listing_id"),
    )
    op.create_table(
        "summary_counts",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("review_status", sa.String(length=10), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "summary_flag_codes",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("flags", sa.Integer(), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "summary_issuers",
        sa.Column("key", sa.String(length=700), nullable=False),
        sa.Column("mention", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_summary_issuers_order", "summary_issuers", ["listings", "mention"])
    op.create_index("ix_summary_issuers_status_order", "summary_issuers",
                    ["status", "listings", "mention"])
    op.create_table(
        "summary_providers",
        sa.Column("key", sa.String(length=700), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.Column("flagged", sa.Integer(), nullable=False),
        sa.Column("risk_sum", sa.Float(), nullable=False),
        sa.Column("max_risk", sa.Float(), nullable=True),
        sa.Column("fee_min", sa.Float(), nullable=True),
        sa.Column("fee_max", sa.Float(), nullable=True),
        sa.Column("priced", sa.Integer(), nullable=False),
        sa.Column("priced_flagged", sa.Integer(), nullable=False),
        sa.Column("priced_fee_sum", sa.Float(), nullable=False),
        sa.Column("priced_fee_min", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_summary_providers_order", "summary_providers", ["listings", "provider"])
    op.create_index("ix_summary_providers_flagged", "summary_providers", ["flagged", "risk_sum"])
    op.create_index("ix_summary_providers_priced", "summary_providers", ["priced", "provider"])
    op.create_table(
        "summary_fees",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("levels", sa.String(length=100), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.Column("fee_sum", sa.Float(), nullable=False),
        sa.Column("fee_min", sa.Float(), nullable=True),
        sa.Column("fee_max", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "summary_fee_status",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "summary_issuer_providers",
        sa.Column("key", sa.String(length=1000), nullable=False),
        sa.Column("mention", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.Column("max_risk", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_summary_issuer_providers_mention", "summary_issuer_providers",
                    ["mention", "listings"])
    op.create_index("ix_summary_issuer_providers_provider", "summary_issuer_providers",
                    ["provider", "listings"])
    op.create_table(
        "summary_regions",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=50), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "summary_fee_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("observations", sa.Integer(), nullable=False),
        sa.Column("fee_sum", sa.Float(), nullable=False),
        sa.Column("fee_max", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "summary_run_changes",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_summary_run_changes_run_id", "summary_run_changes", ["run_id"])
    # the pages' lists and the end-of-run refresh
    op.create_index("ix_listings_removed_at", "listings", ["removed_at"])
    op.create_index("ix_listings_retired_at", "listings", ["retired_at"])
    op.create_index("ix_listings_risk_id", "listings", ["risk_score", "id"])
    op.create_index("ix_listings_review_risk", "listings", ["review_status", "risk_score", "id"])
    op.create_index("ix_listings_operator_risk", "listings", ["operator_id", "risk_score", "id"])

    from store.summaries import rebuild  # existing listings: every summary from scratch

    rebuild(op.get_bind())
    op.execute("ANALYZE")  # the planner's statistics, for the new indexes (both backends)


def downgrade() -> None:
    for name in ("ix_listings_operator_risk", "ix_listings_review_risk", "ix_listings_risk_id", "ix_listings_retired_at",
                 "ix_listings_removed_at"):
        op.drop_index(name, table_name="listings")
    for table in TABLES:
        op.drop_table(table)
