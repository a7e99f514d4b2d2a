"""The dashboard's summary tables, kept incrementally by the writers, equal a from-scratch
aggregation of the store: after a real crawl of the demo web, after a re-screen under a
changed registry, and after reviewers' decisions, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, String, case, cast, distinct, func, select

from certwatch.services.registry import import_registry_file
from certwatch.services.screen import screen_listings
from dashboard.access import Access
from dashboard.views import listing_queries as listing_q
from store import summaries
from store.config import DATA_DIR
from store.db import make_engine
from store.definitions import has_flags, is_listing
from store.models import Flag, IssuerMatch, Listing
from store.summary_state import fee_bucket

CRAWL = """
import sys
from pathlib import Path
from certwatch.services.demo import crawl_demo_site
from store.db import make_engine
crawl_demo_site(make_engine(sys.argv[1]), Path(sys.argv[2]))
"""
REVIEWER = Access("login", "login_reviewer", role="reviewer", identity="甲 <jia@example.gov.cn>")
TABLES = ("counts", "flag_codes", "issuers", "issuer_providers", "providers", "fees", "fee_status",
          "regions")


def _rounded(value: Any) -> Any:
    return round(float(value), 6) if isinstance(value, float) else value


def kept(engine: Engine) -> dict[str, set[tuple[Any, ...]]]:
    """What the summary tables hold now (group key columns and figures)."""
    out: dict[str, set[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for name in TABLES:
            spec = summaries.SPECS[name]
            columns = [*spec.keys, *spec.add, *spec.low, *spec.high]
            table = spec.model.__table__
            out[name] = {tuple(_rounded(v) for v in row) for row in conn.execute(
                select(*(table.c[c] for c in columns)))}
    return out


def from_scratch(engine: Engine) -> dict[str, set[tuple[Any, ...]]]:
    """The same figures aggregated from the listings, flags and issuer matches by GROUP BY
    (the dashboard's read-time queries before the summaries), not by ``store.summaries``."""
    out: dict[str, set[tuple[Any, ...]]] = {}
    severity = case((has_flags(), Listing.max_severity), else_="")
    flagged = func.sum(case((has_flags(), 1), else_=0))
    with engine.connect() as conn:
        out["counts"] = set(conn.execute(
            select(severity, Listing.review_status, func.count(), func.count(Listing.removed_at))
            .where(is_listing()).group_by(severity, Listing.review_status)).all())
        out["flag_codes"] = set(conn.execute(
            select(Flag.code, func.count(), func.count(distinct(Flag.listing_id)))
            .join(Listing, Listing.id == Flag.listing_id)
            .where(Flag.active.is_(True), is_listing()).group_by(Flag.code)).all())
        out["issuers"] = set(conn.execute(
            select(IssuerMatch.mention, IssuerMatch.status,
                   func.count(distinct(IssuerMatch.listing_id)))
            .join(Listing, Listing.id == IssuerMatch.listing_id)
            .where(IssuerMatch.current.is_(True), is_listing())
            .group_by(IssuerMatch.mention, IssuerMatch.status)).all())
        provider = func.coalesce(Listing.provider, "")
        out["issuer_providers"] = {tuple(_rounded(v) for v in row) for row in conn.execute(
            select(IssuerMatch.mention, IssuerMatch.status, provider,
                   func.count(distinct(IssuerMatch.listing_id)), func.max(Listing.risk_score) * 1.0)
            .join(Listing, Listing.id == IssuerMatch.listing_id)
            .where(IssuerMatch.current.is_(True), is_listing())
            .group_by(IssuerMatch.mention, IssuerMatch.status, provider))}
        priced = Listing.fee_max.is_not(None)
        out["providers"] = {tuple(_rounded(v) for v in row) for row in conn.execute(
            select(Listing.provider, func.count(), flagged, func.sum(Listing.risk_score) * 1.0,
                   func.sum(case((priced, 1), else_=0)),
                   func.sum(case((priced & has_flags(), 1), else_=0)),
                   func.coalesce(func.sum(Listing.fee_max), 0.0),
                   func.min(Listing.fee_min), func.min(case((priced, Listing.fee_min))),
                   func.max(Listing.risk_score) * 1.0, func.max(Listing.fee_max))
            .where(is_listing(), Listing.provider.is_not(None), Listing.provider != "")
            .group_by(Listing.provider))}
        out["regions"] = set(conn.execute(
            select(Listing.region, func.count())
            .where(is_listing(), Listing.region.is_not(None), Listing.region != "")
            .group_by(Listing.region)).all())
        fees: dict[tuple[str, int], list[Any]] = {}
        statuses: dict[tuple[str, int], set[int]] = defaultdict(set)
        for listing_id, levels, fee_min, fee_max in conn.execute(
            select(Listing.id, cast(Listing.levels, String), Listing.fee_min, Listing.fee_max)
            .where(is_listing(), priced)
        ):
            bucket = fee_bucket(fee_max)
            row = fees.setdefault((levels, bucket), [0, 0.0, None, None])
            row[0] += 1
            row[1] += fee_max
            row[2] = fee_min if row[2] is None else min(x for x in (row[2], fee_min) if x is not None)
            row[3] = fee_max if row[3] is None else max(row[3], fee_max)
            for (status,) in conn.execute(select(IssuerMatch.status).where(
                    IssuerMatch.listing_id == listing_id, IssuerMatch.current.is_(True))):
                statuses[(status, bucket)].add(listing_id)
        out["fees"] = {tuple(_rounded(v) for v in (*key, *row)) for key, row in fees.items()}
        out["fee_status"] = {(*key, len(ids)) for key, ids in statuses.items()}
    return out


def _agree(engine: Engine) -> None:
    incremental = kept(engine)
    assert incremental == from_scratch(engine)
    assert incremental["counts"], "the crawl stored no listing"
    with engine.begin() as conn:  # and the rebuild (migration, existing stores) agrees too
        summaries.rebuild(conn)
    assert kept(engine) == incremental


@pytest.fixture
def crawled(db_url: str) -> Engine:
    subprocess.run([sys.executable, "-c", CRAWL, db_url, str(DATA_DIR / "demo_site")],
                   capture_output=True, text=True, timeout=900, check=True)
    return make_engine(db_url)


def _registry_without_some(path: Path) -> Path:
    """The bundled registry with every third agency left out and one revoked."""
    with (DATA_DIR / "registry.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    kept_rows = [row for i, row in enumerate(rows) if i % 3 != 1]
    kept_rows[0]["status"] = "revoked"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept_rows)
    return path


def test_summaries_equal_a_from_scratch_aggregation(crawled: Engine, db_url: str,
                                                    tmp_path: Path) -> None:
    engine = crawled
    _agree(engine)  # after the crawl (its screen and its end of run)
    before = kept(engine)
    version_before = summaries_counter(engine)
    import_registry_file(engine, _registry_without_some(tmp_path / "registry.csv"))
    screen_listings(engine, progress=False)
    assert kept(engine) != before, "the re-screen under a smaller registry changed nothing"
    assert summaries_counter(engine) > version_before
    _agree(engine)
    with engine.connect() as conn:
        flagged = list(conn.execute(
            select(Flag.listing_id, Flag.fingerprint).join(Listing, Listing.id == Flag.listing_id)
            .where(Flag.active.is_(True), Listing.review_status == "open")
            .order_by(Flag.listing_id, Flag.id).limit(6)))
    assert flagged
    for listing_id, fingerprint in flagged:
        listing_q.record_review(db_url, listing_id, "dismissed", REVIEWER, "不成立", fingerprint)
    listing_q.record_review(db_url, flagged[0][0], "refer", REVIEWER, "移交")
    _agree(engine)
    engine.dispose()


def summaries_counter(engine: Engine) -> int:
    with engine.connect() as conn:
        return summaries.change_counter(conn)
