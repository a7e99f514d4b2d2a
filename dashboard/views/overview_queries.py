"""The overview page's reads: headline counts, flags by code, top issuer names, providers
by risk (the trend per crawl run comes from ``runs_queries.crawl_runs``)."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import case, distinct, func, select

from dashboard.db import TTL, engine, read_frame
from dashboard.filters import FLAG_SEVERITIES
from store.definitions import has_flags, is_listing, store_counts
from store.models import Flag, IssuerMatch, Listing


@st.cache_data(ttl=TTL, show_spinner=False)
def overview_counts(db: str) -> dict[str, int]:
    """Listings, flagged ones by severity, open and decided ones (``store.definitions``)."""
    with engine(db).connect() as conn:
        counts = store_counts(conn)
    return {**counts.by_severity, "listings": counts.listings, "flagged": counts.flagged,
            "open": counts.open, "decided": counts.decided, "removed": counts.removed}


@st.cache_data(ttl=TTL, show_spinner=False)
def flags_by_code(db: str) -> pd.DataFrame:
    """Active flags per code: how many flags and how many listings carry one."""
    stmt = (
        select(
            Flag.code,
            func.count().label("flags"),
            func.count(distinct(Flag.listing_id)).label("listings"),
        )
        .join(Listing, Listing.id == Flag.listing_id)
        .where(Flag.active.is_(True), is_listing())
        .group_by(Flag.code)
        .order_by(func.count(distinct(Flag.listing_id)).desc())
        .limit(100)
    )
    frame = read_frame(db, stmt)
    frame["severity"] = frame["code"].map(FLAG_SEVERITIES).fillna("")
    return frame


@st.cache_data(ttl=TTL, show_spinner=False)
def top_issuers(db: str, status: str = "unrecognized", limit: int = 10) -> pd.DataFrame:
    """The issuer names of one match status advertised by the most listings."""
    listings = func.count(distinct(IssuerMatch.listing_id))
    stmt = (
        select(IssuerMatch.mention, listings.label("listings"))
        .join(Listing, Listing.id == IssuerMatch.listing_id)
        .where(IssuerMatch.current.is_(True), IssuerMatch.status == status, is_listing())
        .group_by(IssuerMatch.mention)
        .order_by(listings.desc(), IssuerMatch.mention)
        .limit(limit)
    )
    return read_frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def providers_by_risk(db: str, limit: int = 10) -> pd.DataFrame:
    """Providers with the most flagged listings (then the highest average risk)."""
    flagged = func.sum(case((has_flags(), 1), else_=0))
    avg_risk = func.avg(Listing.risk_score)
    stmt = (
        select(
            Listing.provider,
            func.count().label("listings"),
            flagged.label("flagged"),
            func.max(Listing.risk_score).label("max_risk"),
            avg_risk.label("avg_risk"),
        )
        .where(is_listing(), Listing.provider.is_not(None), Listing.provider != "")
        .group_by(Listing.provider)
        .order_by(flagged.desc(), avg_risk.desc())
        .limit(limit)
    )
    return read_frame(db, stmt)
