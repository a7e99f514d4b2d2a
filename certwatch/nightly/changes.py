"""What a run found per source, and what it changed: new, changed and removed listings.

Everything is derived from the store (pages and listings carry their source and times),
so a resumed run counts the pages it fetched before it was killed too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from certwatch.batches import iter_listing_batches
from certwatch.nightly.monitors import SourceStats
from store.models import CrawlRun, Listing, Observation, Page, RunChange
from store.timeutil import as_utc, utcnow


def source_stats(session: Session, run: CrawlRun, sources: Iterable[str]) -> dict[str, SourceStats]:
    """Pages, errors, offers and field fill counts of ``run``, per source."""
    out: dict[str, SourceStats] = {}
    for source in sources:
        pages, errors, offers = session.execute(
            select(
                func.count(Page.id),
                func.count(Page.id).filter(or_(Page.error.is_not(None), Page.status >= 400)),
                func.count(Page.id).filter(Page.is_offer.is_(True)),
            ).where(Page.run_id == run.id, Page.source == source)
        ).one()
        filled = {"title": 0, "fee": 0, "issuer": 0, "levels": 0}
        seen = Listing.source == source
        for batch in iter_listing_batches(session, where=seen & (Listing.last_seen >= run.started_at)):
            for listing in batch.listings:
                facts = batch.latest[listing.id].facts if listing.id in batch.latest else {}
                filled["title"] += bool(listing.title)
                filled["fee"] += listing.fee_min is not None
                filled["levels"] += bool(listing.levels)
                filled["issuer"] += bool(facts.get("issuers"))
        out[source] = SourceStats(source, pages, errors, offers, filled)
    return out


def _fee(obs: Observation | None) -> dict[str, Any] | None:
    if obs is None or obs.fee_min is None:
        return None
    return {"min": obs.fee_min, "max": obs.fee_max}


def record_changes(
    session: Session, run: CrawlRun, trusted_sources: Iterable[str], *, remove_after_runs: int,
    now: datetime | None = None,
) -> dict[str, dict[str, int]]:
    """Write RunChange rows for ``run``; returns counts per source and kind.

    Only sources whose monitors passed ("trusted") count missed runs toward removal: a
    source that failed tonight says nothing about whether its ads are gone.
    """
    now = now or utcnow()
    counts: dict[str, dict[str, int]] = {}

    def add(listing: Listing, change: str, detail: dict[str, Any]) -> None:
        session.add(RunChange(run_id=run.id, listing_id=listing.id, change=change,
                              source=listing.source, detail=detail))
        per = counts.setdefault(listing.source, {"new": 0, "changed": 0, "removed": 0})
        per[change] += 1

    already = set(session.scalars(select(RunChange.listing_id).where(RunChange.run_id == run.id)))
    new = session.scalars(select(Listing).where(Listing.first_seen >= run.started_at))
    for listing in new:
        if listing.id not in already:
            add(listing, "new", {"title": listing.title, "fee_min": listing.fee_min,
                                 "fee_max": listing.fee_max, "risk_score": listing.risk_score})
            already.add(listing.id)
    changed_ids = session.scalars(
        select(Observation.listing_id).where(Observation.run_id == run.id).distinct()
    ).all()
    for listing_id in changed_ids:
        if listing_id in already:
            continue
        changed = session.get(Listing, listing_id)
        if changed is None:
            continue
        observations = session.scalars(
            select(Observation).where(Observation.listing_id == listing_id)
            .order_by(Observation.id.desc()).limit(2)
        ).all()
        before = observations[1] if len(observations) > 1 else None
        add(changed, "changed", {"fee_before": _fee(before), "fee_after": _fee(observations[0]),
                                 "title": changed.title})
        already.add(listing_id)
    trusted = list(trusted_sources)
    if trusted:
        seen = select(Listing).where(Listing.source.in_(trusted), Listing.removed_at.is_(None))
        for listing in session.scalars(seen):
            if as_utc(listing.last_seen) >= as_utc(run.started_at):
                listing.missed_runs = 0
                continue
            listing.missed_runs += 1
            if listing.missed_runs >= remove_after_runs and listing.id not in already:
                listing.removed_at = now
                add(listing, "removed", {"last_seen": as_utc(listing.last_seen).isoformat(),
                                         "missed_runs": listing.missed_runs,
                                         "title": listing.title})
    session.flush()
    return counts
