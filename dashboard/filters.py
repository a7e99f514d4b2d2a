"""The listing filter every page narrows listings by, and the WHERE clauses it becomes.

``ListingFilter`` is what the review queue (and the fees and issuers pages) ask for;
``listing_conditions`` turns it into SQL conditions on ``listings``. The other builders
here (latest decision, levels offered, severity order) are shared by the page query
modules in ``dashboard/views/*_queries.py``. The vocabulary the filters accept is
re-exported from ``store.vocabulary`` so pages take it from one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, case, cast, exists, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from dashboard.db import cached, engine
from store.definitions import has_flags, is_listing
from store.models import Flag, IssuerMatch, Listing, Review
from store.summary_models import SummaryRegion
from store.vocabulary import (  # re-exported: the views take the vocabulary from here
    DECISIONS as DECISIONS,
    FLAG_CODES as FLAG_CODES,
    FLAG_DECISIONS as FLAG_DECISIONS,
    FLAG_SEVERITIES as FLAG_SEVERITIES,
    ISSUER_STATUSES as ISSUER_STATUSES,
    LISTING_OUTCOMES as LISTING_OUTCOMES,
    SEVERITIES as SEVERITIES,
)

# the queue's review filter: open (a flag awaits a decision: the queue's default), decided
# (every flag decided), any, or the listing's latest outcome
REVIEW_STATES = ("open", "decided", "any", *LISTING_OUTCOMES)


@dataclass(frozen=True)
class ListingFilter:
    """What the review queue (and the fees page) narrow listings by; empty means "any"."""

    codes: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    issuer_statuses: tuple[str, ...] = ()
    issuer: str = ""  # an advertised issuer name contains this
    provider: str = ""  # provider contains this
    region: str = ""
    levels: tuple[int, ...] = ()
    fee_from: float | None = None  # the offer's fees reach at least this
    fee_to: float | None = None  # the offer's fees start at most at this
    first_seen_from: datetime | None = None  # UTC bounds, [from, to)
    first_seen_to: datetime | None = None
    last_seen_from: datetime | None = None
    last_seen_to: datetime | None = None
    review: str = "any"  # one of REVIEW_STATES
    flagged_only: bool = True
    text: str = ""  # the title or the provider contains this (the queue's search box)


def severity_rank(column: Any) -> Any:
    """0 for high, 1 medium, 2 low, 3 anything else (for ORDER BY)."""
    return case({severity: rank for rank, severity in enumerate(SEVERITIES)}, value=column, else_=3)


def latest_outcome() -> Any:
    """The listing's latest outcome (refer, monitor, no action), as a correlated subquery."""
    return (
        select(Review.decision)
        .where(Review.listing_id == Listing.id, Review.flag_fingerprint.is_(None),
               Review.decision.in_(LISTING_OUTCOMES))
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(1)
        .correlate(Listing)
        .scalar_subquery()
    )


def levels_text() -> ColumnElement[str]:
    """The levels list as JSON text, e.g. ``[3, 4, 5]``."""
    return cast(Listing.levels, String)


def level_in(level: int) -> ColumnElement[bool]:
    """The listing offers ``level``. Levels are the digits 1..5 in a JSON list of
    integers, so a substring test is exact, portable (SQLite, PostgreSQL) and, unlike
    json_each, cheap enough to run over 100,000 listings from a covering index."""
    return levels_text().contains(str(int(level)))


def has_level(levels: tuple[int, ...]) -> ColumnElement[bool]:
    """The listing offers any of ``levels`` (not empty)."""
    first, *rest = (level_in(level) for level in levels)
    return or_(first, *rest)


def listing_conditions(f: ListingFilter) -> list[ColumnElement[bool]]:
    """The WHERE conditions on ``listings`` (correlated EXISTS for flags, issuer matches
    and reviews) that keep the listings passing ``f``."""
    # retired listings (merged, or no longer offers) keep their decisions, out of the queue
    where: list[ColumnElement[bool]] = [is_listing()]  # store.definitions: one meaning
    if f.flagged_only:
        where.append(has_flags())
    if f.severities:
        where.append(Listing.max_severity.in_(f.severities))
    if f.codes:
        where.append(
            exists().where(
                Flag.listing_id == Listing.id, Flag.active.is_(True), Flag.code.in_(f.codes)
            )
        )
    if f.issuer_statuses or f.issuer:
        match_where = [IssuerMatch.listing_id == Listing.id, IssuerMatch.current.is_(True)]
        if f.issuer_statuses:
            match_where.append(IssuerMatch.status.in_(f.issuer_statuses))
        if f.issuer:
            match_where.append(IssuerMatch.mention.contains(f.issuer, autoescape=True))
        where.append(exists().where(*match_where))
    if f.provider:
        where.append(Listing.provider.contains(f.provider, autoescape=True))
    if f.text:
        where.append(
            or_(
                Listing.title.contains(f.text, autoescape=True),
                Listing.provider.contains(f.text, autoescape=True),
            )
        )
    if f.region:
        where.append(Listing.region == f.region)
    if f.levels:
        where.append(has_level(f.levels))
    if f.fee_from is not None:
        where.append(func.coalesce(Listing.fee_max, Listing.fee_min) >= f.fee_from)
    if f.fee_to is not None:
        where.append(func.coalesce(Listing.fee_min, Listing.fee_max) <= f.fee_to)
    for column, low, high in (
        (Listing.first_seen, f.first_seen_from, f.first_seen_to),
        (Listing.last_seen, f.last_seen_from, f.last_seen_to),
    ):
        if low is not None:
            where.append(column >= low)
        if high is not None:
            where.append(column < high)
    if f.review in ("open", "decided"):
        where.append(Listing.review_status == f.review)
    elif f.review in LISTING_OUTCOMES:
        where.append(latest_outcome() == f.review)
    elif f.review != "any":
        raise ValueError(f"review state {f.review!r} is not one of {REVIEW_STATES}")
    return where


@cached
def regions(db: str, limit: int = 100) -> list[str]:
    """Regions named by listings, most common first (the region filter's choices)."""
    stmt = (
        select(SummaryRegion.region)
        .where(SummaryRegion.listings > 0)
        .order_by(SummaryRegion.listings.desc(), SummaryRegion.region)
        .limit(limit)
    )
    with engine(db).connect() as conn:
        return [r for (r,) in conn.execute(stmt).all() if r is not None]
