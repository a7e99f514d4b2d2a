"""The fees page's reads: fee histograms and figures by level and by issuer status, fees
over time, recent price changes, fees above the ceiling, provider comparison.

Without a filter (the page's first render) the histograms, the figures by level, the
trend and the provider comparison read the summary tables ``store.summaries`` keeps; a
filter narrows the listings themselves, with the same GROUP BY as the summaries."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
from sqlalchemy import Integer, and_, case, cast, distinct, exists, func, literal, select
from sqlalchemy.orm import aliased

from dashboard.db import cached, dialect, read_frame
from dashboard.filters import SEVERITIES, ListingFilter, levels_text, listing_conditions
from store.models import Flag, IssuerMatch, Listing, Observation
from store.summary_models import SummaryFee, SummaryFeeDay, SummaryFeeStatus, SummaryProvider

FEE_BUCKET = 500  # ¥ width of a histogram bar
FEE_BUCKETS = 40  # fees at or above FEE_BUCKET * FEE_BUCKETS share the last bar


def _bucket(column: Any, dialect_name: str) -> Any:
    width = literal(FEE_BUCKET)
    raw = (
        func.floor(column / width)
        if dialect_name == "postgresql"
        else cast(column / width, Integer)  # SQLite's CAST truncates: floor for fees >= 0
    )
    return case((column >= FEE_BUCKET * FEE_BUCKETS, FEE_BUCKETS), else_=raw)


LEVELS = (1, 2, 3, 4, 5)
UNFILTERED = ListingFilter(flagged_only=False)  # every listing: what the summaries hold


def _summarized(f: ListingFilter) -> bool:
    return f == UNFILTERED


@cached
def _fees_by_level_set(db: str, f: ListingFilter) -> pd.DataFrame:
    """Fee aggregates per (set of levels offered, fee bucket): at most 31 x 41 rows, from
    one GROUP BY over a covering index; the per-level figures are combined from these."""
    bucket = _bucket(Listing.fee_max, dialect(db))
    levels = levels_text()
    stmt: Any = (
        select(
            levels.label("levels"),
            bucket.label("bucket"),
            func.count().label("listings"),
            func.min(Listing.fee_min).label("fee_min"),
            func.sum(Listing.fee_max).label("fee_sum"),
            func.max(Listing.fee_max).label("fee_max"),
        )
        .where(Listing.fee_max.is_not(None), *listing_conditions(f))
        .group_by(levels, bucket)
        .limit(5000)
    )
    if _summarized(f):
        stmt = select(SummaryFee.levels, SummaryFee.bucket, SummaryFee.listings,
                      SummaryFee.fee_min, SummaryFee.fee_sum, SummaryFee.fee_max
                      ).where(SummaryFee.listings > 0).limit(5000)
    frame = read_frame(db, stmt)
    frame["level"] = frame["levels"].map(_parse_levels)
    return frame.drop(columns=["levels"]).explode("level")


def _parse_levels(text: str | None) -> list[int]:
    """``"[3, 4, 5]"`` -> [3, 4, 5]; no level stated -> [0]."""
    try:
        found = [int(v) for v in json.loads(text or "[]") if int(v) in LEVELS]
    except (ValueError, TypeError):
        found = []
    return sorted(set(found)) or [0]


@cached
def fee_histogram_by_level(db: str, f: ListingFilter) -> pd.DataFrame:
    """Listings per (level offered, fee bucket of their highest fee); level 0 = none stated
    (a listing offering three levels counts under each of them)."""
    sets = _fees_by_level_set(db, f)
    if sets.empty:
        return _with_bucket_bounds(pd.DataFrame(columns=["level", "bucket", "listings"]))
    hist = sets.groupby(["level", "bucket"], as_index=False)["listings"].sum()
    hist["level"] = hist["level"].astype(int)
    return _with_bucket_bounds(hist.sort_values(["level", "bucket"]).reset_index(drop=True))


@cached
def fee_stats_by_level(db: str, f: ListingFilter) -> pd.DataFrame:
    """Per level offered: listings with a fee, lowest, average and highest fee."""
    sets = _fees_by_level_set(db, f)
    columns = ["level", "listings", "fee_min", "fee_avg", "fee_max"]
    if sets.empty:
        return pd.DataFrame(columns=columns)
    stats = sets.groupby("level", as_index=False).agg(
        listings=("listings", "sum"),
        fee_min=("fee_min", "min"),
        fee_sum=("fee_sum", "sum"),
        fee_max=("fee_max", "max"),
    )
    stats["fee_avg"] = stats["fee_sum"] / stats["listings"]
    stats["level"] = stats["level"].astype(int)
    order = {level: i for i, level in enumerate((*LEVELS, 0))}
    stats = stats.sort_values("level", key=lambda s: s.map(order)).reset_index(drop=True)
    return stats[columns]


@cached
def fee_histogram_by_issuer_status(db: str, f: ListingFilter) -> pd.DataFrame:
    """Listings per (issuer match status, fee bucket); a listing counts once per status."""
    if _summarized(f):
        return _with_bucket_bounds(read_frame(db, select(
            SummaryFeeStatus.status, SummaryFeeStatus.bucket, SummaryFeeStatus.listings)
            .where(SummaryFeeStatus.listings > 0)
            .order_by(SummaryFeeStatus.status, SummaryFeeStatus.bucket).limit(1000)))
    bucket = _bucket(Listing.fee_max, dialect(db))
    stmt = (
        select(
            IssuerMatch.status.label("status"),
            bucket.label("bucket"),
            func.count(distinct(Listing.id)).label("listings"),
        )
        .select_from(Listing)
        .join(
            IssuerMatch,
            and_(IssuerMatch.listing_id == Listing.id, IssuerMatch.current.is_(True)),
        )
        .where(Listing.fee_max.is_not(None), *listing_conditions(f))
        .group_by(IssuerMatch.status, bucket)
        .order_by(IssuerMatch.status, bucket)
        .limit(1000)
    )
    return _with_bucket_bounds(read_frame(db, stmt))


def _with_bucket_bounds(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return frame.assign(fee_from=[], fee_to=[])
    frame["bucket"] = frame["bucket"].astype(int)
    frame["fee_from"] = frame["bucket"] * FEE_BUCKET
    frame["fee_to"] = (frame["bucket"] + 1) * FEE_BUCKET
    return frame


@cached
def fee_trend(db: str, limit: int = 365) -> pd.DataFrame:
    """Per UTC day of observation: observations with a fee, their average and highest fee
    (``summary_fee_days``)."""
    stmt = (
        select(
            SummaryFeeDay.day,
            SummaryFeeDay.observations,
            (SummaryFeeDay.fee_sum / SummaryFeeDay.observations).label("fee_avg"),
            SummaryFeeDay.fee_max,
        )
        .where(SummaryFeeDay.observations > 0)
        .order_by(SummaryFeeDay.day.desc())
        .limit(limit)
    )
    return read_frame(db, stmt).sort_values("day")


@cached
def fee_changes(db: str, limit: int = 200, window: int = 5000) -> pd.DataFrame:
    """Recent price changes: among the latest ``window`` observations, those whose highest
    fee differs from the listing's observation before (newest first)."""
    before = aliased(Observation)
    previous_fee = (
        select(before.fee_max)
        .where(
            before.listing_id == Observation.listing_id,
            before.observed_at < Observation.observed_at,
        )
        .order_by(before.observed_at.desc())
        .limit(1)
        .correlate(Observation)
        .scalar_subquery()
    )
    recent = (
        select(
            Observation.listing_id,
            Observation.observed_at,
            Observation.fee_max.label("fee_after"),
            previous_fee.label("fee_before"),
        )
        .order_by(Observation.observed_at.desc())
        .limit(window)
        .subquery()
    )
    stmt = (
        select(
            recent.c.listing_id,
            recent.c.observed_at,
            recent.c.fee_before,
            recent.c.fee_after,
            Listing.title,
            Listing.provider,
            Listing.url,
        )
        .join(Listing, Listing.id == recent.c.listing_id)
        .where(
            recent.c.fee_before.is_not(None),
            recent.c.fee_after.is_not(None),
            recent.c.fee_before != recent.c.fee_after,
        )
        .order_by(recent.c.observed_at.desc())
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def fee_outliers(db: str, f: ListingFilter, limit: int = 100) -> pd.DataFrame:
    """Listings screening found above the fee ceiling for their level, dearest first.

    Two steps in one statement: the first ``limit`` listings with an active EXCESSIVE_FEE
    flag, walked down the index on (highest fee descending, id) until enough are found,
    then their flags' evidence. A join from the flags sorted every flagged listing (about
    a third of a million at 1,000,000 listings)."""
    excessive = and_(Flag.listing_id == Listing.id, Flag.active.is_(True),
                     Flag.code == "EXCESSIVE_FEE")
    first = (
        select(Listing.id)
        .where(exists().where(excessive), *listing_conditions(f))
        .order_by(Listing.fee_max.desc(), Listing.id)
        .limit(limit)
        .subquery("first")
    )
    stmt = (
        select(
            Listing.id,
            Listing.fee_min,
            Listing.fee_max,
            Listing.levels,
            Listing.title,
            Listing.provider,
            Listing.region,
            Flag.evidence,
            Flag.detail,
        )
        .select_from(first)
        .join(Listing, Listing.id == first.c.id)
        .join(Flag, excessive)
        .order_by(Listing.fee_max.desc(), Listing.id)
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def provider_fees(db: str, f: ListingFilter, limit: int = 30) -> pd.DataFrame:
    """Providers with the most priced listings: their lowest, average and highest fees."""
    if _summarized(f):
        return read_frame(db, select(
            SummaryProvider.provider, SummaryProvider.priced.label("listings"),
            SummaryProvider.priced_fee_min.label("fee_min"),
            (SummaryProvider.priced_fee_sum / SummaryProvider.priced).label("fee_avg"),
            SummaryProvider.fee_max, SummaryProvider.priced_flagged.label("flagged"),
        ).where(SummaryProvider.priced > 0)
            .order_by(SummaryProvider.priced.desc(), SummaryProvider.provider).limit(limit))
    n = func.count()
    stmt = (
        select(
            Listing.provider,
            n.label("listings"),
            func.min(Listing.fee_min).label("fee_min"),
            func.avg(Listing.fee_max).label("fee_avg"),
            func.max(Listing.fee_max).label("fee_max"),
            func.sum(case((Listing.max_severity.in_(SEVERITIES), 1), else_=0)).label("flagged"),
        )
        .where(
            Listing.fee_max.is_not(None),
            Listing.provider.is_not(None),
            Listing.provider != "",
            *listing_conditions(f),
        )
        .group_by(Listing.provider)
        .order_by(n.desc(), Listing.provider)
        .limit(limit)
    )
    return read_frame(db, stmt)
