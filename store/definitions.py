"""One definition each of listing, flagged and open, for every count on every surface.

- a *page* is one fetched URL; an *offer page* is a page extraction read as an offer;
- a *listing* is one offer: the offer pages that show it (several URLs, mirrors) are one
  listing. Listings merged into another or no longer read as offers are *retired*: they keep
  their history and decisions but are not listings any more. A listing whose ad is gone
  (``removed_at``) is still a listing, marked removed;
- a listing is *flagged* while it has an active flag (``max_severity`` is set by screening);
- a listing is *open* while any active flag awaits a final decision (``review_status``).

The CLI summaries, the dashboard's pages and the export all count with these.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from store.models import Listing, Page
from store.vocabulary import SEVERITIES


def is_listing() -> ColumnElement[bool]:
    """The row is a listing (not retired)."""
    return Listing.retired_at.is_(None)


def has_flags() -> ColumnElement[bool]:
    """The listing has an active flag. coalesce(): SQLite then walks the risk-score index."""
    return func.coalesce(Listing.max_severity, "").in_(SEVERITIES)


def is_flagged() -> ColumnElement[bool]:
    """A listing with an active flag."""
    return and_(is_listing(), has_flags())


def is_open() -> ColumnElement[bool]:
    """A listing with an active flag that awaits a final decision."""
    return and_(is_listing(), Listing.review_status == "open")


def is_offer_page() -> ColumnElement[bool]:
    """A fetched page extraction read as an offer."""
    return Page.is_offer.is_(True)


@dataclass(frozen=True)
class StoreCounts:
    """The headline counts of a store, by the definitions above."""

    listings: int
    flagged: int
    open: int
    decided: int
    removed: int
    by_severity: dict[str, int]


def store_counts(conn: Connection | Session) -> StoreCounts:
    """Listings, flagged, open and decided ones, removed ones, flagged by highest severity."""
    rows = conn.execute(
        select(Listing.max_severity, Listing.review_status,
               func.count(), func.count(Listing.removed_at))
        .where(is_listing())
        .group_by(Listing.max_severity, Listing.review_status)
    ).all()
    by_severity: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
    listings = open_ = decided = removed = 0
    for severity, status, count, removed_count in rows:
        listings += count
        removed += removed_count
        if severity in by_severity:
            by_severity[severity] += count
            open_ += count if status == "open" else 0
            decided += count if status == "decided" else 0
    return StoreCounts(listings, sum(by_severity.values()), open_, decided, removed, by_severity)
