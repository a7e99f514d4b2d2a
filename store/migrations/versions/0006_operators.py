"""operators: contact identifiers per listing, operators, their events, listings.operator_id

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 00:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("listing_count", sa.Integer(), nullable=False),
        sa.Column("risk_score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["merged_into"], ["operators.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "contact_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("listing_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=10), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["listing_id"], ["listings.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("listing_id", "kind", "value"),
    )
    with op.batch_alter_table("contact_identifiers") as batch:
        batch.create_index("ix_contact_identifiers_kind_value", ["kind", "value"], unique=False)
        batch.create_index(batch.f("ix_contact_identifiers_listing_id"), ["listing_id"],
                           unique=False)
    op.create_table(
        "operator_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("other_operator_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["operator_id"], ["operators.id"]),
        sa.ForeignKeyConstraint(["other_operator_id"], ["operators.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("operator_events") as batch:
        batch.create_index(batch.f("ix_operator_events_operator_id"), ["operator_id"],
                           unique=False)
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("operator_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_listings_operator_id"), ["operator_id"], unique=False)
        batch.create_foreign_key("fk_listings_operator_id", "operators", ["operator_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.drop_constraint("fk_listings_operator_id", type_="foreignkey")
        batch.drop_index(batch.f("ix_listings_operator_id"))
        batch.drop_column("operator_id")
    with op.batch_alter_table("operator_events") as batch:
        batch.drop_index(batch.f("ix_operator_events_operator_id"))
    op.drop_table("operator_events")
    with op.batch_alter_table("contact_identifiers") as batch:
        batch.drop_index(batch.f("ix_contact_identifiers_listing_id"))
        batch.drop_index("ix_contact_identifiers_kind_value")
    op.drop_table("contact_identifiers")
    op.drop_table("operators")
