"""Every database read and write of the dashboard, as ``select()`` statements.

Page scripts call these functions and never build SQL. Each read takes the database
URL first (so one process can serve several databases, as the tests do), aggregates in
SQL, carries a LIMIT, and is cached with ``st.cache_data(ttl=...)``; the engine is a
``st.cache_resource``. The one write, ``record_review``, appends a row and clears the
caches that show reviews.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import (
    Engine,
    Integer,
    String,
    and_,
    bindparam,
    case,
    cast,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from store.config import database_url
from store.db import make_engine
from store.models import (
    Agency,
    CrawlRun,
    Flag,
    IssuerMatch,
    Listing,
    Observation,
    Page,
    RegistryVersion,
    Review,
    RunChange,
)
from store.timeutil import utcnow
from store.vocabulary import (  # re-exported: the views take the vocabulary from here
    DECISIONS as DECISIONS,
    FLAG_CODES as FLAG_CODES,
    FLAG_SEVERITIES,
    ISSUER_STATUSES as ISSUER_STATUSES,
    SEVERITIES as SEVERITIES,
)

TTL = 60  # seconds a cached read may be stale (a recorded decision clears the review caches)
PAGE_SIZE = 50
MAX_ROWS = 10_000  # cap on any table offered for download
REVIEW_STATES = ("any", "awaiting", *DECISIONS)
FLAG_SEVERITY = FLAG_SEVERITIES
FEE_BUCKET = 500  # ¥ width of a histogram bar
FEE_BUCKETS = 40  # fees at or above FEE_BUCKET * FEE_BUCKETS share the last bar


class ReviewError(ValueError):
    """A decision that cannot be recorded (message says which field is wrong)."""


# --------------------------------------------------------------------------- engine


def current_db() -> str:
    """The database the dashboard shows: ``CERTWATCH_DB`` or the default SQLite file."""
    return database_url()


@st.cache_resource(show_spinner=False)
def engine(db: str) -> Engine:
    """One engine (and connection pool) per database URL for the whole server."""
    return make_engine(db)


def _frame(db: str, stmt: Any) -> pd.DataFrame:
    with engine(db).connect() as conn:
        result = conn.execute(stmt)
        return pd.DataFrame(result.mappings().all(), columns=list(result.keys()))


def _dialect(db: str) -> str:
    return engine(db).dialect.name


# --------------------------------------------------------------------------- filters


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
    review: str = "any"  # any | awaiting | one of DECISIONS (the latest decision)
    flagged_only: bool = True


def _severity_rank(column: Any) -> Any:
    """0 for high, 1 medium, 2 low, 3 anything else (for ORDER BY)."""
    return case({severity: rank for rank, severity in enumerate(SEVERITIES)}, value=column, else_=3)


def _latest_decision() -> Any:
    """The latest decision recorded on the listing (any flag), as a correlated subquery."""
    return (
        select(Review.decision)
        .where(Review.listing_id == Listing.id)
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(1)
        .correlate(Listing)
        .scalar_subquery()
    )


def _levels_text() -> Any:
    """The levels list as JSON text, e.g. ``[3, 4, 5]``."""
    return cast(Listing.levels, String)


def _level_in(level: int) -> ColumnElement[bool]:
    """The listing offers ``level``. Levels are the digits 1..5 in a JSON list of
    integers, so a substring test is exact, portable (SQLite, PostgreSQL) and, unlike
    json_each, cheap enough to run over 100,000 listings from a covering index."""
    return _levels_text().contains(str(int(level)))


def _has_level(levels: tuple[int, ...], _dialect: str = "") -> ColumnElement[bool]:
    return or_(*(_level_in(level) for level in levels))


def _conditions(f: ListingFilter, dialect: str) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.flagged_only:
        # coalesce(): keeps SQLite walking ix_listings_risk_score for ORDER BY risk_score
        where.append(func.coalesce(Listing.max_severity, "").in_(SEVERITIES))
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
    if f.region:
        where.append(Listing.region == f.region)
    if f.levels:
        where.append(_has_level(f.levels, dialect))
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
    if f.review == "awaiting":
        where.append(~exists().where(Review.listing_id == Listing.id))
    elif f.review in DECISIONS:
        where.append(_latest_decision() == f.review)
    elif f.review != "any":
        raise ValueError(f"review state {f.review!r} is not one of {REVIEW_STATES}")
    return where


# --------------------------------------------------------------------------- overview


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
    counts = {severity: found.get(severity, 0) for severity in SEVERITIES}
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
    frame = _frame(db, stmt)
    frame["severity"] = frame["code"].map(FLAG_SEVERITY).fillna("")
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
    return _frame(db, stmt)


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
    return _frame(db, stmt)


# --------------------------------------------------------------------------- runs


_STAT_KEYS = {
    "pages": ("pages", "pages_fetched", "fetched"),
    "offers": ("offers", "listings", "offers_found"),
    "errors": ("errors", "error_count", "failed"),
    "new": ("new", "new_listings", "listings_new"),
    "changed": ("changed", "changed_listings", "listings_changed"),
    "removed": ("removed", "removed_listings", "listings_removed"),
}


def _stat(stats: dict[str, Any], name: str) -> int | None:
    for key in _STAT_KEYS[name]:
        value = stats.get(key) if isinstance(stats, dict) else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return int(value)
        if isinstance(value, list | dict):
            return len(value)
    return None


@st.cache_data(ttl=TTL, show_spinner=False)
def crawl_runs(db: str, limit: int = 200) -> pd.DataFrame:
    """The latest runs, newest first, with pages, offers, errors and listing changes.

    Figures come from the run's stats; where a run did not record one, the pages and
    run_changes tables are counted instead (for the shown runs only).
    """
    runs = _frame(
        db,
        select(
            CrawlRun.id,
            CrawlRun.kind,
            CrawlRun.status,
            CrawlRun.started_at,
            CrawlRun.finished_at,
            CrawlRun.stats,
            CrawlRun.error,
        )
        .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
        .limit(limit),
    )
    if runs.empty:
        return runs.assign(**{name: [] for name in _STAT_KEYS}).drop(columns=["stats"])
    ids = [
        int(rid)
        for rid, stats in zip(runs["id"], runs["stats"], strict=True)
        if any(_stat(stats or {}, name) is None for name in ("pages", "new", "changed", "removed"))
    ]
    pages: dict[int, int] = {}
    changes: dict[tuple[int, str], int] = {}
    if ids:  # count only for runs whose stats lack a figure
        with engine(db).connect() as conn:
            pages = dict(
                conn.execute(
                    select(Page.run_id, func.count())
                    .where(Page.run_id.in_(ids))
                    .group_by(Page.run_id)
                    .limit(limit)
                ).all()
            )
            changes = {
                (run_id, change): n
                for run_id, change, n in conn.execute(
                    select(RunChange.run_id, RunChange.change, func.count())
                    .where(RunChange.run_id.in_(ids))
                    .group_by(RunChange.run_id, RunChange.change)
                    .limit(limit * 3)
                ).all()
            }
    fallback = {
        "pages": lambda run_id: pages.get(run_id),
        "offers": lambda run_id: None,
        "errors": lambda run_id: None,
        "new": lambda run_id: changes.get((run_id, "new"), 0),
        "changed": lambda run_id: changes.get((run_id, "changed"), 0),
        "removed": lambda run_id: changes.get((run_id, "removed"), 0),
    }
    for name in _STAT_KEYS:
        runs[name] = [
            value if (value := _stat(stats or {}, name)) is not None else fallback[name](rid)
            for rid, stats in zip(runs["id"], runs["stats"], strict=True)
        ]
        runs[name] = runs[name].astype("Int64")
    return runs.drop(columns=["stats"])


@st.cache_data(ttl=TTL, show_spinner=False)
def run_changes(db: str, run_id: int, limit: int = 500) -> pd.DataFrame:
    """The listings a run found new, changed or removed."""
    stmt = (
        select(
            RunChange.listing_id,
            RunChange.change,
            Listing.title,
            Listing.provider,
            Listing.risk_score,
        )
        .join(Listing, Listing.id == RunChange.listing_id)
        .where(RunChange.run_id == run_id)
        .order_by(RunChange.change, Listing.risk_score.desc(), RunChange.listing_id)
        .limit(limit)
    )
    return _frame(db, stmt)


# --------------------------------------------------------------------------- queue


@st.cache_data(ttl=TTL, show_spinner=False)
def queue_count(db: str, f: ListingFilter) -> int:
    """How many listings pass the filter (one COUNT)."""
    stmt = select(func.count()).select_from(Listing).where(*_conditions(f, _dialect(db)))
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
            _latest_decision().label("review"),
        )
        .where(*_conditions(f, _dialect(db)))
        .order_by(Listing.risk_score.desc(), Listing.id.desc())
        .offset(max(0, int(offset)))
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def regions(db: str, limit: int = 100) -> list[str]:
    """Regions named by listings, most common first (for the region filter)."""
    stmt = (
        select(Listing.region)
        .where(Listing.region.is_not(None), Listing.region != "")
        .group_by(Listing.region)
        .order_by(func.count().desc())
        .limit(limit)
    )
    with engine(db).connect() as conn:
        return [r for (r,) in conn.execute(stmt).all()]


# --------------------------------------------------------------------------- one listing


@st.cache_data(ttl=TTL, show_spinner=False)
def listing(db: str, listing_id: int) -> dict[str, Any] | None:
    """The listing's current facts and screening outcome, or None when there is none."""
    stmt = select(Listing.__table__).where(Listing.id == listing_id).limit(1)
    with engine(db).connect() as conn:
        row = conn.execute(stmt).mappings().first()
    return dict(row) if row else None


@st.cache_data(ttl=TTL, show_spinner=False)
def listing_flags(db: str, listing_id: int, limit: int = 200) -> pd.DataFrame:
    """The listing's flags, active ones first, with the current review of each."""
    decision = (
        select(Review.decision)
        .where(Review.listing_id == Flag.listing_id, Review.flag_fingerprint == Flag.fingerprint)
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(1)
        .correlate(Flag)
        .scalar_subquery()
    )
    stmt = (
        select(
            Flag.id,
            Flag.code,
            Flag.severity,
            Flag.evidence,
            Flag.detail,
            Flag.fingerprint,
            Flag.rules_version,
            Flag.registry_version_id,
            Flag.created_at,
            Flag.confirmed_at,
            Flag.superseded_at,
            Flag.active,
            decision.label("review"),
        )
        .where(Flag.listing_id == listing_id)
        .order_by(Flag.active.desc(), _severity_rank(Flag.severity), Flag.code, Flag.id)
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def listing_matches(db: str, listing_id: int, limit: int = 100) -> pd.DataFrame:
    """The current issuer matches of the listing, with the registry version they used."""
    stmt = (
        select(
            IssuerMatch.mention,
            IssuerMatch.status,
            IssuerMatch.agency_id,
            IssuerMatch.matched_name,
            IssuerMatch.score,
            IssuerMatch.explanation,
            IssuerMatch.candidates,
            IssuerMatch.evidence,
            IssuerMatch.matcher_version,
            IssuerMatch.matched_at,
            IssuerMatch.registry_version_id,
            RegistryVersion.file_name.label("registry_file"),
            RegistryVersion.imported_at.label("registry_imported_at"),
        )
        .outerjoin(RegistryVersion, RegistryVersion.id == IssuerMatch.registry_version_id)
        .where(IssuerMatch.listing_id == listing_id, IssuerMatch.current.is_(True))
        .order_by(IssuerMatch.id)
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def listing_observations(db: str, listing_id: int, limit: int = 500) -> pd.DataFrame:
    """The listing's observations, oldest first (each one a change of its facts)."""
    stmt = (
        select(
            Observation.id,
            Observation.observed_at,
            Observation.run_id,
            Observation.page_id,
            Observation.fee_min,
            Observation.fee_max,
            Observation.facts_hash,
        )
        .where(Observation.listing_id == listing_id)
        .order_by(Observation.observed_at, Observation.id)
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def latest_facts(db: str, listing_id: int) -> dict[str, Any]:
    """The facts JSON of the listing's latest observation (empty when it has none)."""
    stmt = (
        select(Observation.facts)
        .where(Observation.listing_id == listing_id)
        .order_by(Observation.observed_at.desc(), Observation.id.desc())
        .limit(1)
    )
    with engine(db).connect() as conn:
        facts = conn.execute(stmt).scalar_one_or_none()
    return facts if isinstance(facts, dict) else {}


@st.cache_data(ttl=TTL, show_spinner=False)
def archived_page(db: str, listing_id: int) -> dict[str, Any] | None:
    """Where the listing's latest page is archived (the page the listing was last seen on)."""
    latest_obs_page = (
        select(Observation.page_id)
        .where(Observation.listing_id == listing_id, Observation.page_id.is_not(None))
        .order_by(Observation.observed_at.desc(), Observation.id.desc())
        .limit(1)
    )
    with engine(db).connect() as conn:
        page_id = conn.execute(
            select(Listing.last_page_id).where(Listing.id == listing_id)
        ).scalar_one_or_none()
        if page_id is None:
            page_id = conn.execute(latest_obs_page).scalar_one_or_none()
    if page_id is None:
        return None
    stmt = (
        select(
            Page.id,
            Page.url,
            Page.final_url,
            Page.fetched_at,
            Page.status,
            Page.content_type,
            Page.sha256,
            Page.size,
            Page.warc_file,
            Page.warc_offset,
            Page.warc_record_id,
            Page.error,
        )
        .where(Page.id == page_id)
        .limit(1)
    )
    with engine(db).connect() as conn:
        row = conn.execute(stmt).mappings().first()
    return dict(row) if row else None


@st.cache_data(ttl=TTL, show_spinner=False)
def listing_reviews(db: str, listing_id: int, limit: int = 500) -> pd.DataFrame:
    """Every decision recorded on the listing, newest first: the audit trail."""
    stmt = (
        select(
            Review.id,
            Review.decided_at,
            Review.reviewer,
            Review.decision,
            Review.flag_fingerprint,
            Review.note,
        )
        .where(Review.listing_id == listing_id)
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(limit)
    )
    return _frame(db, stmt)


def record_review(
    db: str,
    listing_id: int,
    decision: str,
    reviewer: str,
    note: str = "",
    flag_fingerprint: str | None = None,
) -> int:
    """Append a decision (never updates one) and return its id; clears the review caches."""
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise ReviewError("reviewer: a name is required to record a decision")
    if decision not in DECISIONS:
        raise ReviewError(f"decision: {decision!r} is not one of {', '.join(DECISIONS)}")
    with engine(db).begin() as conn:
        found = conn.execute(select(Listing.id).where(Listing.id == listing_id)).first()
        if found is None:
            raise ReviewError(f"listing {listing_id}: no such listing")
        if flag_fingerprint is not None:
            flagged = conn.execute(
                select(Flag.id)
                .where(Flag.listing_id == listing_id, Flag.fingerprint == flag_fingerprint)
                .limit(1)
            ).first()
            if flagged is None:
                raise ReviewError(f"flag {flag_fingerprint}: not a flag of listing {listing_id}")
        review_id = conn.execute(
            Review.__table__.insert()
            .values(
                listing_id=listing_id,
                flag_fingerprint=flag_fingerprint,
                decision=decision,
                note=(note or "").strip(),
                reviewer=reviewer[:200],
                decided_at=utcnow(),
            )
            .returning(Review.id)
        ).scalar_one()
    for cached in (listing_reviews, listing_flags, overview_counts, queue_count, queue_page):
        cached.clear()
    return int(review_id)


# --------------------------------------------------------------------------- fees


def _bucket(column: Any, dialect: str) -> Any:
    width = literal(FEE_BUCKET)
    raw = (
        func.floor(column / width)
        if dialect == "postgresql"
        else cast(column / width, Integer)  # SQLite's CAST truncates: floor for fees >= 0
    )
    return case((column >= FEE_BUCKET * FEE_BUCKETS, FEE_BUCKETS), else_=raw)


LEVELS = (1, 2, 3, 4, 5)


@st.cache_data(ttl=TTL, show_spinner=False)
def _fees_by_level_set(db: str, f: ListingFilter) -> pd.DataFrame:
    """Fee aggregates per (set of levels offered, fee bucket): at most 31 x 41 rows, from
    one GROUP BY over a covering index; the per-level figures are combined from these."""
    dialect = _dialect(db)
    bucket = _bucket(Listing.fee_max, dialect)
    levels = _levels_text()
    stmt = (
        select(
            levels.label("levels"),
            bucket.label("bucket"),
            func.count().label("listings"),
            func.min(Listing.fee_min).label("fee_min"),
            func.sum(Listing.fee_max).label("fee_sum"),
            func.max(Listing.fee_max).label("fee_max"),
        )
        .where(Listing.fee_max.is_not(None), *_conditions(f, dialect))
        .group_by(levels, bucket)
        .limit(5000)
    )
    frame = _frame(db, stmt)
    frame["level"] = frame["levels"].map(_parse_levels)
    return frame.drop(columns=["levels"]).explode("level")


def _parse_levels(text: str | None) -> list[int]:
    """``"[3, 4, 5]"`` -> [3, 4, 5]; no level stated -> [0]."""
    try:
        found = [int(v) for v in json.loads(text or "[]") if int(v) in LEVELS]
    except (ValueError, TypeError):
        found = []
    return sorted(set(found)) or [0]


@st.cache_data(ttl=TTL, show_spinner=False)
def fee_histogram_by_level(db: str, f: ListingFilter) -> pd.DataFrame:
    """Listings per (level offered, fee bucket of their highest fee); level 0 = none stated
    (a listing offering three levels counts under each of them)."""
    sets = _fees_by_level_set(db, f)
    if sets.empty:
        return _with_bucket_bounds(pd.DataFrame(columns=["level", "bucket", "listings"]))
    hist = sets.groupby(["level", "bucket"], as_index=False)["listings"].sum()
    hist["level"] = hist["level"].astype(int)
    return _with_bucket_bounds(hist.sort_values(["level", "bucket"]).reset_index(drop=True))


@st.cache_data(ttl=TTL, show_spinner=False)
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


@st.cache_data(ttl=TTL, show_spinner=False)
def fee_histogram_by_issuer_status(db: str, f: ListingFilter) -> pd.DataFrame:
    """Listings per (issuer match status, fee bucket); a listing counts once per status."""
    dialect = _dialect(db)
    bucket = _bucket(Listing.fee_max, dialect)
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
        .where(Listing.fee_max.is_not(None), *_conditions(f, dialect))
        .group_by(IssuerMatch.status, bucket)
        .order_by(IssuerMatch.status, bucket)
        .limit(1000)
    )
    return _with_bucket_bounds(_frame(db, stmt))


def _with_bucket_bounds(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return frame.assign(fee_from=[], fee_to=[])
    frame["bucket"] = frame["bucket"].astype(int)
    frame["fee_from"] = frame["bucket"] * FEE_BUCKET
    frame["fee_to"] = (frame["bucket"] + 1) * FEE_BUCKET
    return frame


@st.cache_data(ttl=TTL, show_spinner=False)
def fee_trend(db: str, limit: int = 365) -> pd.DataFrame:
    """Per UTC day of observation: observations with a fee, their average and highest fee."""
    day = func.date(Observation.observed_at)
    stmt = (
        select(
            day.label("day"),
            func.count().label("observations"),
            func.avg(Observation.fee_max).label("fee_avg"),
            func.max(Observation.fee_max).label("fee_max"),
        )
        .where(Observation.fee_max.is_not(None))
        .group_by(day)
        .order_by(day.desc())
        .limit(limit)
    )
    return _frame(db, stmt).sort_values("day")


@st.cache_data(ttl=TTL, show_spinner=False)
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
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def fee_outliers(db: str, f: ListingFilter, limit: int = 100) -> pd.DataFrame:
    """Listings screening found above the fee ceiling for their level, dearest first."""
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
        .join(Flag, and_(Flag.listing_id == Listing.id, Flag.active.is_(True)))
        .where(Flag.code == "EXCESSIVE_FEE", *_conditions(f, _dialect(db)))
        .order_by(Listing.fee_max.desc(), Listing.id)
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def provider_fees(db: str, f: ListingFilter, limit: int = 30) -> pd.DataFrame:
    """Providers with the most priced listings: their lowest, average and highest fees."""
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
            *_conditions(f, _dialect(db)),
        )
        .group_by(Listing.provider)
        .order_by(n.desc(), Listing.provider)
        .limit(limit)
    )
    return _frame(db, stmt)


# --------------------------------------------------------------------------- issuers, providers


@st.cache_data(ttl=TTL, show_spinner=False)
def issuer_names(
    db: str,
    search: str = "",
    statuses: tuple[str, ...] = (),
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> pd.DataFrame:
    """Every advertised issuer name with its match status and listings, most used first.

    Two steps: the page of (name, status, listings) from the covering index, then the
    matched agency of just those names.
    """
    listings = func.count(distinct(IssuerMatch.listing_id))
    where = [IssuerMatch.current.is_(True)]
    if search:
        where.append(IssuerMatch.mention.contains(search, autoescape=True))
    if statuses:
        where.append(IssuerMatch.status.in_(statuses))
    stmt = (
        select(IssuerMatch.mention, IssuerMatch.status, listings.label("listings"))
        .where(*where)
        .group_by(IssuerMatch.mention, IssuerMatch.status)
        .order_by(listings.desc(), IssuerMatch.mention)
        .offset(max(0, int(offset)))
        .limit(max(1, min(int(limit), MAX_ROWS)))
    )
    names = _frame(db, stmt)
    if names.empty:
        return names.assign(agency_id=[], matched_name=[], score=[])
    one_match = (
        select(IssuerMatch.agency_id, IssuerMatch.matched_name, IssuerMatch.score)
        .where(
            IssuerMatch.current.is_(True),
            IssuerMatch.mention == bindparam("mention"),
            IssuerMatch.status == bindparam("status"),
        )
        .limit(1)
    )
    found = []
    with engine(db).connect() as conn:  # one indexed lookup per name shown
        for mention, status in zip(names["mention"], names["status"], strict=True):
            row = conn.execute(one_match, {"mention": mention, "status": status}).first()
            found.append(
                {
                    "mention": mention,
                    "status": status,
                    "agency_id": row[0] if row else None,
                    "matched_name": row[1] if row else None,
                    "score": row[2] if row else None,
                }
            )
    agencies = pd.DataFrame(found)
    return names.merge(agencies, on=["mention", "status"], how="left")


@st.cache_data(ttl=TTL, show_spinner=False)
def issuer_name_count(db: str, search: str = "", statuses: tuple[str, ...] = ()) -> int:
    """How many (name, status) rows ``issuer_names`` pages through."""
    where = [IssuerMatch.current.is_(True)]
    if search:
        where.append(IssuerMatch.mention.contains(search, autoescape=True))
    if statuses:
        where.append(IssuerMatch.status.in_(statuses))
    groups = (
        select(IssuerMatch.mention, IssuerMatch.status)
        .where(*where)
        .group_by(IssuerMatch.mention, IssuerMatch.status)
        .subquery()
    )
    with engine(db).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(groups)).scalar_one())


@st.cache_data(ttl=TTL, show_spinner=False)
def issuer_providers(db: str, mention: str, limit: int = 100) -> pd.DataFrame:
    """The providers whose listings advertise an issuer name, with how many listings."""
    n = func.count(distinct(Listing.id))
    stmt = (
        select(
            Listing.provider, n.label("listings"), func.max(Listing.risk_score).label("max_risk")
        )
        .join(IssuerMatch, IssuerMatch.listing_id == Listing.id)
        .where(IssuerMatch.current.is_(True), IssuerMatch.mention == mention)
        .group_by(Listing.provider)
        .order_by(n.desc(), Listing.provider)
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def providers(db: str, search: str = "", offset: int = 0, limit: int = PAGE_SIZE) -> pd.DataFrame:
    """Providers with their listings, flagged listings, risk and fee range."""
    n = func.count()
    where = [Listing.provider.is_not(None), Listing.provider != ""]
    if search:
        where.append(Listing.provider.contains(search, autoescape=True))
    stmt = (
        select(
            Listing.provider,
            n.label("listings"),
            func.sum(case((Listing.max_severity.in_(SEVERITIES), 1), else_=0)).label("flagged"),
            func.max(Listing.risk_score).label("max_risk"),
            func.min(Listing.fee_min).label("fee_min"),
            func.max(Listing.fee_max).label("fee_max"),
        )
        .where(*where)
        .group_by(Listing.provider)
        .order_by(n.desc(), Listing.provider)
        .offset(max(0, int(offset)))
        .limit(max(1, min(int(limit), MAX_ROWS)))
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def provider_count(db: str, search: str = "") -> int:
    """How many providers ``providers`` pages through."""
    where = [Listing.provider.is_not(None), Listing.provider != ""]
    if search:
        where.append(Listing.provider.contains(search, autoescape=True))
    groups = select(Listing.provider).where(*where).group_by(Listing.provider).subquery()
    with engine(db).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(groups)).scalar_one())


@st.cache_data(ttl=TTL, show_spinner=False)
def provider_issuers(db: str, provider: str, limit: int = 100) -> pd.DataFrame:
    """The issuer names a provider's listings advertise, with their match status."""
    n = func.count(distinct(IssuerMatch.listing_id))
    stmt = (
        select(IssuerMatch.mention, IssuerMatch.status, n.label("listings"))
        .join(Listing, Listing.id == IssuerMatch.listing_id)
        .where(IssuerMatch.current.is_(True), Listing.provider == provider)
        .group_by(IssuerMatch.mention, IssuerMatch.status)
        .order_by(n.desc(), IssuerMatch.mention)
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def registry_versions(db: str, limit: int = 100) -> pd.DataFrame:
    """Registry imports, newest first, with how many agencies each holds."""
    agencies = (
        select(Agency.version_id, func.count().label("agencies"))
        .group_by(Agency.version_id)
        .subquery()
    )
    stmt = (
        select(
            RegistryVersion.id,
            RegistryVersion.file_name,
            RegistryVersion.sha256,
            RegistryVersion.imported_at,
            RegistryVersion.row_count,
            func.coalesce(agencies.c.agencies, 0).label("agencies"),
        )
        .outerjoin(agencies, agencies.c.version_id == RegistryVersion.id)
        .order_by(RegistryVersion.id.desc())
        .limit(limit)
    )
    return _frame(db, stmt)


@st.cache_data(ttl=TTL, show_spinner=False)
def agencies(db: str, version_id: int, search: str = "", limit: int = 1000) -> pd.DataFrame:
    """The agencies of one registry version (name, alias or id containing ``search``)."""
    where = [Agency.version_id == version_id]
    if search:
        where.append(
            or_(
                Agency.name.contains(search, autoescape=True),
                Agency.agency_id.contains(search, autoescape=True),
            )
        )
    stmt = (
        select(
            Agency.agency_id,
            Agency.name,
            Agency.aliases,
            Agency.kind,
            Agency.occupations,
            Agency.levels,
            Agency.region,
            Agency.valid_from,
            Agency.valid_to,
            Agency.status,
            Agency.source_url,
        )
        .where(*where)
        .order_by(Agency.agency_id)
        .limit(limit)
    )
    return _frame(db, stmt)
