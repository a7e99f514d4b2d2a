"""The review queue's reads: how many listings pass a ``ListingFilter`` and one page of
them, riskiest first (the issuers page lists an issuer name's listings with ``queue_page``).
The filter itself and its WHERE clauses are in ``dashboard/filters.py``."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import func, select

from dashboard.db import MAX_ROWS, PAGE_SIZE, TTL, engine, read_frame
from dashboard.filters import ListingFilter, latest_outcome, listing_conditions
from store.models import IssuerMatch, Listing


@st.cache_data(ttl=TTL, show_spinner=False)
def queue_count(db: str, f: ListingFilter) -> int:
    """How many listings pass the filter (one COUNT)."""
    stmt = select(func.count()).select_from(Listing).where(*listing_conditions(f))
    with engine(db).connect() as conn:
        return int(conn.execute(stmt).scalar_one())


@st.cache_data(ttl=TTL, show_spinner=False)
def queue_page(db: str, f: ListingFilter, offset: int = 0, limit: int = PAGE_SIZE) -> pd.DataFrame:
    """One page of listings passing the filter, riskiest first (LIMIT/OFFSET in SQL)."""
    limit = max(1, min(int(limit), MAX_ROWS))
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
        .where(*listing_conditions(f))
        .order_by(Listing.risk_score.desc(), Listing.id.desc())
        .offset(max(0, int(offset)))
        .limit(limit)
    )
    return read_frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
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
