"""The overview page's reads: headline counts, flags by code, top issuer names, providers
by risk (the trend per crawl run comes from ``runs_queries.crawl_runs``)."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import case, distinct, func, select

from dashboard.db import TTL, engine, read_frame
from dashboard.filters import FLAG_SEVERITIES, SEVERITIES
from store.models import Flag, IssuerMatch, Listing, Review


@st.cache_data(ttl=TTL, show_spinner=False)
def overview_counts(db: str) -> dict[str, int]:
    """Listings, flagged ones by severity, and flagged ones nobody has reviewed yet."""
    sev = Listing.max_severity
    by_severity = select(sev, func.count()).group_by(sev).limit(20)  # index-only
    # reviews are few next to listings: count the flagged listings that have one
    reviewed = (
        select(func.count(distinct(Review.listing_id)))
        .join(Listing, Listing.id == Review.listing_id)
        .where(sev.in_(SEVERITIES))
    )
    with engine(db).connect() as conn:
        found = {severity: int(n) for severity, n in conn.execute(by_severity).all()}
        reviewed_flagged = int(conn.execute(reviewed).scalar_one() or 0)
    counts: dict[str, int] = {severity: found.get(severity, 0) for severity in SEVERITIES}
    counts["listings"] = sum(found.values())
    counts["flagged"] = sum(counts[severity] for severity in SEVERITIES)
    counts["awaiting"] = counts["flagged"] - reviewed_flagged
    return counts


@st.cache_data(ttl=TTL, show_spinner=False)
def flags_by_code(db: str) -> pd.DataFrame:
    """Active flags per code: how many flags and how many listings carry one."""
    stmt = (
        select(
            Flag.code,
            func.count().label("flags"),
            func.count(distinct(Flag.listing_id)).label("listings"),
        )
        .where(Flag.active.is_(True))
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
        .where(IssuerMatch.current.is_(True), IssuerMatch.status == status)
        .group_by(IssuerMatch.mention)
        .order_by(listings.desc(), IssuerMatch.mention)
        .limit(limit)
    )
    return read_frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def providers_by_risk(db: str, limit: int = 10) -> pd.DataFrame:
    """Providers with the most flagged listings (then the highest average risk)."""
    flagged = func.sum(case((Listing.max_severity.in_(SEVERITIES), 1), else_=0))
    avg_risk = func.avg(Listing.risk_score)
    stmt = (
        select(
            Listing.provider,
            func.count().label("listings"),
            flagged.label("flagged"),
            func.max(Listing.risk_score).label("max_risk"),
            avg_risk.label("avg_risk"),
        )
        .where(Listing.provider.is_not(None), Listing.provider != "")
        .group_by(Listing.provider)
        .order_by(flagged.desc(), avg_risk.desc())
        .limit(limit)
    )
    return read_frame(db, stmt)
