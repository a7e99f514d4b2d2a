"""The review queue's reads: how many listings pass a ``ListingFilter`` and one page of
them, riskiest first (the issuers page lists an issuer name's listings with ``queue_page``).
The filter itself and its WHERE clauses are in ``dashboard/filters.py``.

Pages are keyset pages: ordered by (risk, id) descending, the next page starts after the
last row shown and the previous one ends before the first, so page 1,000 costs what page 1
does. A count by severity and review state only comes from ``summary_counts``."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from sqlalchemy import and_, func, or_, select

from dashboard.db import MAX_ROWS, PAGE_SIZE, cached, engine, read_frame
from dashboard.filters import ListingFilter, latest_outcome, listing_conditions
from store.models import IssuerMatch, Listing
from store.summary_models import SummaryCount

Cursor = tuple[int, int]  # (risk score, listing id) of a row at a page's edge
BY_COUNTS = ListingFilter(flagged_only=True)  # a filter summary_counts answers, but for these:
COUNTED = ("severities", "flagged_only", "review")


def _summary_count(db: str, f: ListingFilter) -> int | None:
    """The count from ``summary_counts`` when the filter is by severity, flags and review
    state (open, decided, any) only; None otherwise."""
    if replace(f, **{name: getattr(BY_COUNTS, name) for name in COUNTED}) != BY_COUNTS:
        return None
    if f.review not in ("open", "decided", "any"):
        return None
    stmt = select(func.coalesce(func.sum(SummaryCount.listings), 0))
    if f.flagged_only:
        stmt = stmt.where(SummaryCount.severity != "")
    if f.severities:
        stmt = stmt.where(SummaryCount.severity.in_(f.severities))
    if f.review != "any":
        stmt = stmt.where(SummaryCount.review_status == f.review)
    with engine(db).connect() as conn:
        return int(conn.execute(stmt).scalar_one())


@cached
def queue_count(db: str, f: ListingFilter) -> int:
    """How many listings pass the filter (from the summary, or one COUNT)."""
    if (counted := _summary_count(db, f)) is not None:
        return counted
    stmt = select(func.count()).select_from(Listing).where(*listing_conditions(f))
    with engine(db).connect() as conn:
        return int(conn.execute(stmt).scalar_one())


@cached
def queue_page(db: str, f: ListingFilter, offset: int = 0, limit: int = PAGE_SIZE,
               after: Cursor | None = None, before: Cursor | None = None) -> pd.DataFrame:
    """One page of listings passing the filter, riskiest first: the rows after the cursor
    ``after`` (the next page), or those before ``before`` (the previous page), else from
    ``offset`` (LIMIT/OFFSET, for the first page and old links)."""
    limit = max(1, min(int(limit), MAX_ROWS))
    where = listing_conditions(f)
    order = [Listing.risk_score.desc(), Listing.id.desc()]
    if after is not None:
        risk, last = int(after[0]), int(after[1])
        where.append(or_(Listing.risk_score < risk,
                         and_(Listing.risk_score == risk, Listing.id < last)))
        offset = 0
    elif before is not None:
        risk, first = int(before[0]), int(before[1])
        where.append(or_(Listing.risk_score > risk,
                         and_(Listing.risk_score == risk, Listing.id > first)))
        order, offset = [Listing.risk_score.asc(), Listing.id.asc()], 0
    stmt = (
        select(
            Listing.id,
            Listing.risk_score,
            Listing.max_severity,
            Listing.flag_codes,
            Listing.title,
            Listing.provider,
            Listing.region,
            Listing.levels,
            Listing.fee_min,
            Listing.fee_max,
            Listing.first_seen,
            Listing.last_seen,
            Listing.url,
            Listing.review_status.label("review"),
            Listing.open_flags,
            latest_outcome().label("outcome"),
        )
        .where(*where)
        .order_by(*order)
        .offset(max(0, int(offset)))
        .limit(limit)
    )
    frame = read_frame(db, stmt)
    return frame.iloc[::-1].reset_index(drop=True) if before is not None and after is None else frame


@cached
def export_rows(db: str, listing_ids: tuple[int, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What a listing CSV needs for these listings (at most MAX_ROWS): the listings' facts
    and their current issuer matches (``dashboard.exports.listing_frame`` joins them)."""
    ids = [int(i) for i in listing_ids][:MAX_ROWS]
    listings = read_frame(
        db,
        select(
            Listing.id.label("listing_id"),
            Listing.url,
            Listing.canonical_url,
            Listing.title,
            Listing.provider,
            Listing.levels,
            Listing.fee_min,
            Listing.fee_max,
            Listing.region,
            Listing.risk_score,
            Listing.max_severity,
            Listing.flag_codes,
            Listing.first_seen,
            Listing.last_seen,
            Listing.removed_at,
            Listing.review_status,
            latest_outcome().label("outcome"),
        ).where(Listing.id.in_(ids)),
    )
    matches = read_frame(
        db,
        select(IssuerMatch.listing_id, IssuerMatch.mention, IssuerMatch.status)
        .where(IssuerMatch.listing_id.in_(ids), IssuerMatch.current.is_(True))
        .order_by(IssuerMatch.listing_id, IssuerMatch.id),
    )
    return listings, matches
