"""The overview page's reads: headline counts, flags by code, top issuer names, providers
by risk (the trend per crawl run comes from ``runs_queries.crawl_runs``).

All four read the summary tables ``store.summaries`` keeps (a few hundred rows at most),
never the listings themselves: the overview costs the same at a million listings.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Float, cast, func, select

from dashboard.db import cached, engine, read_frame
from dashboard.filters import FLAG_SEVERITIES
from store.definitions import StoreCounts
from store.summary_models import SummaryCount, SummaryFlagCode, SummaryIssuer, SummaryProvider
from store.vocabulary import SEVERITIES


def counts_from_summary(rows: list[tuple[str, str, int, int]]) -> StoreCounts:
    """``store.definitions.StoreCounts`` from (severity, review status, listings, removed)."""
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


@cached
def overview_counts(db: str) -> dict[str, int]:
    """Listings, flagged ones by severity, open and decided ones (``store.definitions``)."""
    with engine(db).connect() as conn:
        rows = conn.execute(select(SummaryCount.severity, SummaryCount.review_status,
                                   SummaryCount.listings, SummaryCount.removed)).all()
    counts = counts_from_summary([tuple(r) for r in rows])  # type: ignore[misc]
    return {**counts.by_severity, "listings": counts.listings, "flagged": counts.flagged,
            "open": counts.open, "decided": counts.decided, "removed": counts.removed}


@cached
def flags_by_code(db: str) -> pd.DataFrame:
    """Active flags per code: how many flags and how many listings carry one."""
    stmt = (
        select(SummaryFlagCode.code, SummaryFlagCode.flags, SummaryFlagCode.listings)
        .where(SummaryFlagCode.listings > 0)
        .order_by(SummaryFlagCode.listings.desc(), SummaryFlagCode.code)
        .limit(100)
    )
    frame = read_frame(db, stmt)
    frame["severity"] = frame["code"].map(FLAG_SEVERITIES).fillna("")
    return frame


@cached
def top_issuers(db: str, status: str = "unrecognized", limit: int = 10) -> pd.DataFrame:
    """The issuer names of one match status advertised by the most listings."""
    stmt = (
        select(SummaryIssuer.mention, SummaryIssuer.listings)
        .where(SummaryIssuer.status == status, SummaryIssuer.listings > 0)
        .order_by(SummaryIssuer.listings.desc(), SummaryIssuer.mention)
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def providers_by_risk(db: str, limit: int = 10) -> pd.DataFrame:
    """Providers with the most flagged listings (then the highest average risk)."""
    avg_risk = SummaryProvider.risk_sum / cast(func.nullif(SummaryProvider.listings, 0), Float)
    stmt = (
        select(
            SummaryProvider.provider,
            SummaryProvider.listings,
            SummaryProvider.flagged,
            SummaryProvider.max_risk,
            avg_risk.label("avg_risk"),
        )
        .where(SummaryProvider.listings > 0)
        .order_by(SummaryProvider.flagged.desc(), avg_risk.desc(), SummaryProvider.provider)
        .limit(limit)
    )
    return read_frame(db, stmt)
