"""Crawl runs in the store: open (or continue) one, count what it did, close it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from crawler.run_lease import LEASE_SECONDS, holder, mark_interrupted
from store.models import CrawlRun, Listing, Observation, Page
from store.timeutil import utcnow


def open_run(engine: Engine, kind: str, args: dict[str, Any], run_id: int | None = None) -> int:
    """A new CrawlRun row (status running, leased), or ``run_id`` marked running again.

    Runs whose lease expired (their process died) are marked ``interrupted`` first."""
    mark_interrupted(engine)
    lease = {"lease_until": utcnow() + timedelta(seconds=LEASE_SECONDS), "lease_holder": holder()}
    with engine.begin() as connection:
        if run_id is not None:
            found = connection.execute(select(CrawlRun.id).where(CrawlRun.id == run_id)).first()
            if found is None:
                raise ValueError(f"no crawl run with id {run_id} to continue")
            connection.execute(
                update(CrawlRun)
                .where(CrawlRun.id == run_id)
                .values(status="running", finished_at=None, error=None, **lease)
            )
            return run_id
        result = connection.execute(
            insert(CrawlRun).values(
                kind=kind, started_at=utcnow(), status="running", args=args, stats={}, **lease
            )
        )
        key = result.inserted_primary_key  # None only when no row was inserted
        if key is None:
            raise RuntimeError("the store returned no id for the new crawl run")
        return int(key[0])


def run_stats(engine: Engine, run_id: int) -> dict[str, int]:
    """What run ``run_id`` stored, counted from the store (robust to several spiders)."""
    in_run = Page.run_id == run_id
    first_obs = (
        select(Observation.listing_id, func.min(Observation.id).label("first_id"))
        .group_by(Observation.listing_id)
        .subquery()
    )
    new_ids = (
        select(Observation.listing_id)
        .join(first_obs, first_obs.c.first_id == Observation.id)
        .where(Observation.run_id == run_id)
    )
    with engine.connect() as connection:

        def count(query: Any) -> int:
            return int(connection.execute(query).scalar_one())

        return {
            "pages": count(select(func.count()).where(in_run)),
            "errors": count(select(func.count()).where(in_run, Page.error.is_not(None))),
            # pages read only in part (content past the parser's depth, a skipped block)
            "pages_with_warnings": count(
                select(func.count()).where(in_run, Page.warnings.is_not(None))),
            "offers": count(select(func.count()).where(in_run, Page.is_offer.is_(True))),
            "listings_seen": count(
                select(func.count(Listing.id))
                .join(Page, Page.id == Listing.last_page_id)
                .where(in_run)
            ),
            "new_listings": count(select(func.count()).select_from(new_ids.subquery())),
            "changed_listings": count(
                select(func.count(func.distinct(Observation.listing_id))).where(
                    Observation.run_id == run_id, Observation.listing_id.not_in(new_ids)
                )
            ),
        }


def close_run(
    engine: Engine,
    run_id: int,
    *,
    status: str = "succeeded",
    error: str | None = None,
    warc_path: str | None = None,
    extra_stats: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Record the run's outcome and stats; returns the stats."""
    return record_run_stats(engine, run_id, error=error, warc_path=warc_path,
                            extra_stats=extra_stats, status=status, finished=True)


def record_run_stats(
    engine: Engine,
    run_id: int,
    *,
    error: str | None = None,
    warc_path: str | None = None,
    extra_stats: dict[str, Any] | None = None,
    status: str | None = None,
    finished: bool = False,
) -> dict[str, Any]:
    """Record the run's stats (and its status and end when ``finished``); returns the stats.

    A job that goes on after its crawl (nightly screens, diffs and reports) records the
    crawl's stats without closing the run, so a run killed after its crawl stays
    ``running`` and is resumed by the next night instead of passing for finished.
    """
    stats: dict[str, Any] = {**(extra_stats or {}), **run_stats(engine, run_id)}
    values: dict[str, Any] = {"stats": stats, "error": error}
    if finished:
        values |= {"status": status or "succeeded", "finished_at": utcnow()}
    if warc_path:
        values["warc_path"] = warc_path
    with engine.begin() as connection:
        connection.execute(
            update(CrawlRun).where(CrawlRun.id == run_id).values(**values)
        )
    return stats
