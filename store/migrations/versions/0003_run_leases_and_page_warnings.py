"""run leases (a dead run is told from a live one) and page warnings

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 20:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("lease_holder", sa.String(length=200), nullable=True))
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("warnings", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("warnings")
    with op.batch_alter_table("crawl_runs") as batch:
        batch.drop_column("lease_holder")
        batch.drop_column("lease_until")
