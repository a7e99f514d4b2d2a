"""per-flag review: flag anchors, reopened flags, listings' review status

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 23:40:00

Existing flags take their evidence as anchor, so their fingerprints (sha1 of code and
evidence, the first formula) still hold, and their decisions stay attached. The review status
of every listing is computed from its active flags and their latest decisions.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FINAL = ("confirmed", "dismissed", "escalated")


def upgrade() -> None:
    with op.batch_alter_table("flags") as batch:
        batch.add_column(sa.Column("anchor", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("reopened_from", sa.String(length=40), nullable=True))
    with op.batch_alter_table("listings") as batch:
        batch.add_column(sa.Column("review_status", sa.String(length=10), nullable=False,
                                   server_default="none"))
        batch.add_column(sa.Column("open_flags", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.create_index("ix_listings_review_status", ["review_status"], unique=False)
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE flags SET anchor = evidence"))
    latest: dict[tuple[int, str], str] = {}
    for listing_id, fingerprint, decision in bind.execute(sa.text(
        "SELECT listing_id, flag_fingerprint, decision FROM reviews "
        "WHERE flag_fingerprint IS NOT NULL ORDER BY decided_at, id"
    )):
        latest[(listing_id, fingerprint)] = decision
    waiting: dict[int, int] = {}
    for listing_id, fingerprint in bind.execute(sa.text(
        "SELECT DISTINCT listing_id, fingerprint FROM flags WHERE active = :yes"
    ), {"yes": True}):
        waiting[listing_id] = waiting.get(listing_id, 0) + (
            latest.get((listing_id, fingerprint)) not in FINAL)
    if waiting:
        bind.execute(
            sa.text("UPDATE listings SET review_status = :status, open_flags = :open "
                    "WHERE id = :id"),
            [{"id": i, "open": n, "status": "open" if n else "decided"}
             for i, n in waiting.items()],
        )


def downgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.drop_index("ix_listings_review_status")
        batch.drop_column("open_flags")
        batch.drop_column("review_status")
    with op.batch_alter_table("flags") as batch:
        batch.drop_column("reopened_from")
        batch.drop_column("anchor")
