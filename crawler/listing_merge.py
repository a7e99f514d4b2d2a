"""Merging listings that turned out to be one offer, and retiring listings that are no offer.

Neither deletes anything. A merged listing keeps its row and history, is retired with the
reason, and its id resolves to the survivor through ``listing_aliases``
(``store.aliases.resolve_listing_id``); its reviewers' decisions move to the survivor. A
listing that the current rules no longer read as an offer is retired: it keeps its
decisions and leaves the review queue, with the reason.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from facts.urls import query_params, same_site
from store import summaries
from store.db import session_scope
from store.models import Listing, ListingAlias, Review
from store.timeutil import utcnow


def retire_listing(session: Session, listing: Listing, reason: str) -> None:
    """Take ``listing`` out of the queue (and the export) for ``reason``; nothing is deleted."""
    if listing.retired_at is None:
        listing.retired_at = utcnow()
    listing.retired_reason = reason[:2000]
    summaries.refresh(session, [listing.id])  # it leaves the dashboard's counts


def merge_listing(session: Session, keep: Listing, gone: Listing, reason: str) -> None:
    """``gone`` becomes an alias of ``keep``: decisions move, ``gone`` is retired."""
    session.execute(update(Review).where(Review.listing_id == gone.id)
                    .values(listing_id=keep.id))
    session.execute(update(ListingAlias).where(ListingAlias.listing_id == gone.id)
                    .values(listing_id=keep.id))
    session.add(ListingAlias(alias_id=gone.id, listing_id=keep.id, reason=reason[:2000]))
    retire_listing(session, gone, f"merged into listing {keep.id}: {reason}")
    # its key is free again, and a later fetch of its URL finds the survivor by content
    gone.listing_key = hashlib.sha1(f"merged:{gone.id}".encode()).hexdigest()
    keep.first_seen = min(keep.first_seen, gone.first_seen)


def _rank(listing: Listing) -> tuple[int, int]:
    """Which of same-content listings survives: the cleanest URL, then the oldest."""
    return (len(query_params(listing.canonical_url)), listing.id)


def merge_same_content(session: Session) -> list[tuple[int, int]]:
    """Merge current listings of one site that show the same main text: (gone, kept) ids."""
    groups: dict[str, list[Listing]] = defaultdict(list)
    for listing in session.scalars(
        select(Listing).where(Listing.retired_at.is_(None), Listing.content_digest.is_not(None))
        .order_by(Listing.id)
    ):
        groups[str(listing.content_digest)].append(listing)
    merged: list[tuple[int, int]] = []
    for listings in groups.values():
        while len(listings) > 1:
            keep = min(listings, key=_rank)
            same = [other for other in listings
                    if other is not keep and same_site(other.canonical_url, keep.canonical_url)]
            for gone in same:
                merge_listing(session, keep, gone, "the same main text under another URL")
                merged.append((gone.id, keep.id))
            listings = [other for other in listings if other is not keep and other not in same]
    session.flush()
    return merged


def merge_duplicates(engine: Engine) -> list[tuple[int, int]]:
    """``merge_same_content`` in a transaction of its own (after a crawl, before screening)."""
    with session_scope(engine) as session:
        return merge_same_content(session)
