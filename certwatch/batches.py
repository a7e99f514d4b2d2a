"""Read listings in id-ordered batches with their latest observation (keyset, not OFFSET)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from store.models import Flag, IssuerMatch, Listing, Observation


@dataclass
class ListingBatch:
    listings: list[Listing]
    latest: dict[int, Observation]  # listing id -> its latest observation

    def flags(self, session: Session) -> dict[int, list[Flag]]:
        """Active flags of the batch, by listing id."""
        out: dict[int, list[Flag]] = {listing.id: [] for listing in self.listings}
        rows = session.scalars(
            select(Flag)
            .where(Flag.listing_id.in_(out), Flag.active.is_(True))
            .order_by(Flag.id)
        )
        for flag in rows:
            out[flag.listing_id].append(flag)
        return out

    def matches(self, session: Session) -> dict[int, list[IssuerMatch]]:
        """Current issuer matches of the batch, by listing id."""
        out: dict[int, list[IssuerMatch]] = {listing.id: [] for listing in self.listings}
        rows = session.scalars(
            select(IssuerMatch)
            .where(IssuerMatch.listing_id.in_(out), IssuerMatch.current.is_(True))
            .order_by(IssuerMatch.id)
        )
        for match in rows:
            out[match.listing_id].append(match)
        return out


def _id_batches(
    session: Session, batch_size: int, where: ColumnElement[bool] | None
) -> Iterator[list[int]]:
    """Listing ids (matching ``where``) in id order, ``batch_size`` at a time (keyset paging)."""
    last_id = 0
    while True:
        query = select(Listing.id).where(Listing.id > last_id)
        if where is not None:
            query = query.where(where)
        ids = list(session.scalars(query.order_by(Listing.id).limit(batch_size)))
        if not ids:
            return
        yield ids
        last_id = ids[-1]


def _latest_observation_ids(ids: list[int]) -> Select[int]:
    """The id of each listing's newest observation."""
    return (
        select(func.max(Observation.id))
        .where(Observation.listing_id.in_(ids))
        .group_by(Observation.listing_id)
    )


def iter_listing_batches(
    session: Session, *, batch_size: int = 500, where: ColumnElement[bool] | None = None
) -> Iterator[ListingBatch]:
    """Every listing (matching ``where``) in batches, memory bounded by ``batch_size``."""
    for ids in _id_batches(session, batch_size, where):
        listings = list(session.scalars(select(Listing).where(Listing.id.in_(ids))
                                        .order_by(Listing.id)))
        latest = {
            obs.listing_id: obs
            for obs in session.scalars(
                select(Observation).where(Observation.id.in_(_latest_observation_ids(ids))))
        }
        yield ListingBatch(listings, latest)


def iter_latest_facts(
    session: Session, *, batch_size: int = 1000, where: ColumnElement[bool] | None = None
) -> Iterator[list[tuple[int, datetime, int, dict[str, Any]]]]:
    """(listing id, last_seen, latest observation id, its facts) in id-ordered batches.

    Plain rows, no ORM objects: the screening hot path reads only these four values.
    """
    for ids in _id_batches(session, batch_size, where):
        rows = session.execute(
            select(Listing.id, Listing.last_seen, Observation.id, Observation.facts)
            .join(Observation, Observation.listing_id == Listing.id)
            .where(Observation.id.in_(_latest_observation_ids(ids)))
            .order_by(Listing.id)
        ).all()
        yield [(r[0], r[1], r[2], r[3]) for r in rows]
