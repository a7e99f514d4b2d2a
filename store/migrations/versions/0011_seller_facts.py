"""seller facts: a page that sells without reading as an offer keeps its facts, to be listed
once a listed offer gives its contact too

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 22:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("seller_facts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("seller_facts")
