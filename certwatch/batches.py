"""Read listings in id-ordered batches with their latest observation (keyset, not OFFSET)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
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


def iter_listing_batches(
    session: Session, *, batch_size: int = 500, where: ColumnElement[bool] | None = None
) -> Iterator[ListingBatch]:
    """Every listing (matching ``where``) in batches, memory bounded by ``batch_size``."""
    last_id = 0
    while True:
        query = select(Listing).where(Listing.id > last_id)
        if where is not None:
            query = query.where(where)
        listings = list(session.scalars(query.order_by(Listing.id).limit(batch_size)))
        if not listings:
            return
        ids = [listing.id for listing in listings]
        latest_ids = (
            select(func.max(Observation.id))
            .where(Observation.listing_id.in_(ids))
            .group_by(Observation.listing_id)
        )
        latest = {
            obs.listing_id: obs
            for obs in session.scalars(select(Observation).where(Observation.id.in_(latest_ids)))
        }
        yield ListingBatch(listings, latest)
        last_id = ids[-1]
