"""Each listing's review status, kept from its active flags and the decisions on them.

``review_status`` is a pure function; ``refresh_review_status`` writes it to the listings
whose flags or decisions changed (screening and ``record_review`` call it), so counts and
the queue read a column instead of aggregating reviews.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session

from store.models import Flag, Listing, Review
from store.vocabulary import FINAL_FLAG_DECISIONS

CHUNK = 500


def review_status(active: Iterable[str], latest: Mapping[str, str]) -> tuple[str, int]:
    """(status, open flags) of a listing with ``active`` flag fingerprints, whose latest
    decision per fingerprint is ``latest``: ``none`` without flags, ``open`` while any flag
    lacks a final decision (needs_evidence is not one), else ``decided``."""
    fingerprints = set(active)
    if not fingerprints:
        return "none", 0
    waiting = sum(latest.get(fp) not in FINAL_FLAG_DECISIONS for fp in fingerprints)
    return ("open" if waiting else "decided"), waiting


def latest_flag_decisions(conn: Connection | Session, listing_ids: list[int]
                          ) -> dict[int, dict[str, str]]:
    """listing -> flag fingerprint -> its latest decision, for ``listing_ids``."""
    latest: dict[int, dict[str, str]] = {i: {} for i in listing_ids}
    for listing_id, fingerprint, decision in conn.execute(
        select(Review.listing_id, Review.flag_fingerprint, Review.decision)
        .where(Review.listing_id.in_(listing_ids), Review.flag_fingerprint.is_not(None))
        .order_by(Review.decided_at, Review.id)
    ):
        latest[listing_id][str(fingerprint)] = decision  # later rows overwrite earlier ones
    return latest


def refresh_review_status(conn: Connection | Session, listing_ids: Iterable[int]) -> None:
    """Recompute ``review_status`` and ``open_flags`` of ``listing_ids`` from the store."""
    ids = iter(sorted(set(listing_ids)))
    table = Listing.__table__
    assert isinstance(table, Table)
    stmt = (update(table).where(table.c.id == bindparam("b_id"))
            .values(review_status=bindparam("b_status"), open_flags=bindparam("b_open")))
    while chunk := list(islice(ids, CHUNK)):
        active: dict[int, list[str]] = {i: [] for i in chunk}
        for listing_id, fingerprint in conn.execute(
            select(Flag.listing_id, Flag.fingerprint)
            .where(Flag.listing_id.in_(chunk), Flag.active.is_(True))
        ):
            active[listing_id].append(fingerprint)
        latest = latest_flag_decisions(conn, chunk)
        rows = []
        for listing_id in chunk:
            status, waiting = review_status(active[listing_id], latest[listing_id])
            rows.append({"b_id": listing_id, "b_status": status, "b_open": waiting})
        conn.execute(stmt, rows)
