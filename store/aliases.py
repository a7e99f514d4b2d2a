"""Listing ids that identity rules merged away still resolve (``listing_aliases``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from store.models import ListingAlias

MAX_HOPS = 20


def resolve_listing_id(session: Session, listing_id: int) -> int:
    """The current id of a listing: ``listing_id`` itself, or where its merges led."""
    seen = {listing_id}
    for _ in range(MAX_HOPS):
        alias = session.get(ListingAlias, listing_id)
        if alias is None or alias.listing_id in seen:
            return listing_id
        listing_id = alias.listing_id
        seen.add(listing_id)
    return listing_id
