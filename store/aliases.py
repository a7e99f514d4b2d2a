"""Listing ids that identity rules merged away still resolve (``listing_aliases``)."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Listing, ListingAlias

_LEGACY_KEY = re.compile(r"[0-9a-f]{40}")

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


def resolve_export_id(session: Session, text: str) -> int | None:
    """The current listing a ``listing_id`` as the export writes it stands for, or None.

    The id is the listing's number (``"38"``); an id merged into another listing leads to
    it. The 40-hex keys the first wave's exports wrote are still accepted.
    """
    text = text.strip()
    if text.isascii() and text.isdigit():
        found = resolve_listing_id(session, int(text))
        return found if session.get(Listing, found) is not None else None
    if _LEGACY_KEY.fullmatch(text.lower()):
        return session.scalar(select(Listing.id).where(Listing.listing_key == text.lower()))
    return None
