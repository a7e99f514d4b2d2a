"""The crawl runs page's reads: runs with their figures, and the listings a run changed
(the overview draws its trend from ``crawl_runs`` too)."""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlalchemy import func, select

from dashboard.db import cached, engine, read_frame
from store.models import CrawlRun, Listing, Page, RunChange
from store.summary_models import SummaryRunChange
from store.vocabulary import CHANGE_KINDS, FLAG_CHANGES

_STAT_KEYS = {
    "pages": ("pages", "pages_fetched", "fetched"),
    "offers": ("offers", "listings", "offers_found"),
    "errors": ("errors", "error_count", "failed"),
    "new": ("new", "new_listings", "listings_new"),
    "changed": ("changed", "changed_listings", "listings_changed"),
    "removed": ("removed", "removed_listings", "listings_removed"),
    "flag_raised": (),
    "flag_cleared": (),
}
_COLUMNS = tuple(_STAT_KEYS)


def _stat(stats: dict[str, Any], name: str) -> int | None:
    for key in _STAT_KEYS[name]:
        value = stats.get(key) if isinstance(stats, dict) else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return int(value)
        if isinstance(value, list | dict):
            return len(value)
    return None


@cached
def crawl_runs(db: str, limit: int = 200) -> pd.DataFrame:
    """The latest runs, newest first, with pages, offer pages, errors and what they changed.

    What a run changed is counted from ``run_changes`` (its counts in ``summary_run_changes``) (every run records it: listings new,
    changed, removed; flags raised, cleared). Pages, offer pages and errors come from the
    run's stats, or the pages table for a run that did not record them. Runs from before
    every run recorded its changes fall back to their stats.
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
        return runs.assign(**{name: [] for name in _COLUMNS}).drop(columns=["stats"])
    ids = [int(rid) for rid in runs["id"]]
    with engine(db).connect() as conn:
        changes: dict[tuple[int, str], int] = {
            (run_id, change): n
            for run_id, change, n in conn.execute(
                select(SummaryRunChange.run_id, SummaryRunChange.change, SummaryRunChange.n)
                .where(SummaryRunChange.run_id.in_(ids))
            ).all()
        }
        lacking = [int(rid) for rid, stats in zip(runs["id"], runs["stats"], strict=True)
                   if _stat(stats or {}, "pages") is None]
        pages: dict[int, int] = dict(conn.execute(  # type: ignore[arg-type]
            select(Page.run_id, func.count()).where(Page.run_id.in_(lacking))
            .group_by(Page.run_id)
        ).all()) if lacking else {}
    recorded = {run_id for run_id, _ in changes}
    for name in _COLUMNS:
        values: list[int | None] = []
        for rid, stats in zip(runs["id"], runs["stats"], strict=True):
            if name in CHANGE_KINDS and (int(rid) in recorded or name in FLAG_CHANGES):
                values.append(changes.get((int(rid), name), 0))
            elif (value := _stat(stats or {}, name)) is not None:
                values.append(value)
            else:
                values.append(pages.get(int(rid)) if name == "pages" else None)
        runs[name] = pd.Series(values, index=runs.index, dtype="Int64")
    return runs.drop(columns=["stats"])


WALK_CHUNK = 5000  # listings a step of the walk down the risk index looks up
WALK_STEPS = 4  # a kind is walked when this many steps should find its rows


def _changes(run_id: int) -> Any:
    """A run's changes with their listings' title, provider and risk, riskiest first."""
    return (
        select(
            RunChange.listing_id,
            RunChange.change,
            RunChange.detail,
            Listing.title,
            Listing.provider,
            Listing.risk_score,
        )
        .join(Listing, Listing.id == RunChange.listing_id)
        .where(RunChange.run_id == run_id)
        .order_by(Listing.risk_score.desc(), Listing.id)
    )


def _walk(db: str, run_id: int, kind: str, limit: int) -> pd.DataFrame:
    """The first ``limit`` changes of ``kind``, riskiest first, found by walking the listings
    down the index on (risk descending, id) ``WALK_CHUNK`` at a time and looking their
    changes up in the index on (listing, run, change)."""
    frames: list[pd.DataFrame] = []
    found, step = 0, 0
    order = (Listing.risk_score.desc(), Listing.id)
    with engine(db).connect() as conn:
        while found < limit:
            ids = list(conn.execute(select(Listing.id).order_by(*order)
                                    .offset(step * WALK_CHUNK).limit(WALK_CHUNK)).scalars())
            if not ids:
                break
            step += 1
            frame = read_frame(db, _changes(run_id).where(RunChange.change == kind,
                                                         RunChange.listing_id.in_(ids)))
            frames.append(frame)
            found += len(frame)
    if not frames:
        return read_frame(db, _changes(run_id).limit(0))
    return pd.concat(frames, ignore_index=True).head(limit) if len(frames) > 1 else \
        frames[0].head(limit)


@cached
def run_changes(db: str, run_id: int, limit: int = 500) -> pd.DataFrame:
    """The listings a run found new, changed or removed, and the flags it raised or cleared:
    by kind of change, riskiest first.

    Read kind by kind, in that order, each with its own LIMIT until ``limit`` rows are
    found, not as a sort of every change of the run (a nightly over 1,000,000 listings
    records about 150,000): a kind with few rows (``summary_run_changes``) from the index
    on (run, change) and a sort, one with many by walking the riskiest listings
    (``_walk``), which costs what the rows shown cost, not the kind's size."""
    kinds = select(RunChange.change).where(RunChange.run_id == run_id).distinct()
    with engine(db).connect() as conn:
        found = [str(k) for k in conn.execute(kinds.order_by(RunChange.change)).scalars()]
        sizes = dict(conn.execute(select(SummaryRunChange.change, SummaryRunChange.n)
                                  .where(SummaryRunChange.run_id == run_id)).all())
        listings = int(conn.execute(select(func.max(Listing.id))).scalar() or 0)
    frames: list[pd.DataFrame] = []
    left = limit
    for kind in found:
        if left <= 0:
            break
        # rows of this kind expected among WALK_STEPS * WALK_CHUNK of the riskiest listings
        expected = int(sizes.get(kind) or 0) * WALK_STEPS * WALK_CHUNK / max(listings, 1)
        if expected >= left and listings > WALK_STEPS * WALK_CHUNK:
            frames.append(_walk(db, run_id, kind, left))
        else:
            frames.append(read_frame(db, _changes(run_id).where(RunChange.change == kind)
                                     .limit(left)))
        left -= len(frames[-1])
    if not frames:
        return read_frame(db, _changes(run_id).limit(0))
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
