"""The crawl runs page's reads: runs with their figures, and the listings a run changed
(the overview draws its trend from ``crawl_runs`` too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import func, select

from dashboard.db import TTL, engine, read_frame
from store.models import CrawlRun, Listing, Page, RunChange

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
    runs = read_frame(
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
            pages = {
                run_id: n
                for run_id, n in conn.execute(
                    select(Page.run_id, func.count())
                    .where(Page.run_id.in_(ids))
                    .group_by(Page.run_id)
                    .limit(limit)
                ).all()
                if run_id is not None  # never: run_id IN (ids)
            }
            changes = {
                (run_id, change): n
                for run_id, change, n in conn.execute(
                    select(RunChange.run_id, RunChange.change, func.count())
                    .where(RunChange.run_id.in_(ids))
                    .group_by(RunChange.run_id, RunChange.change)
                    .limit(limit * 3)
                ).all()
            }
    fallback: dict[str, Callable[[int], int | None]] = {
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
    return read_frame(db, stmt)
