"""What a run found per source, and what it changed: new, changed and removed listings,
flags raised and cleared (``certwatch.changes``, plus removals, which need the monitors).

Everything is derived from the store (pages and listings carry their source and times),
so a resumed run counts the pages it fetched before it was killed too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from certwatch.batches import iter_listing_batches
from certwatch.changes import Counts, change_recorder, record_flag_changes, record_listing_changes
from certwatch.nightly.monitors import SourceStats
from store.models import CrawlRun, Listing, Page
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


def record_changes(
    session: Session, run: CrawlRun, trusted_sources: Iterable[str], *, remove_after_runs: int,
    now: datetime | None = None,
) -> dict[str, dict[str, int]]:
    """Write RunChange rows for ``run`` (``certwatch.changes``, then removals); returns counts
    per source and kind.

    Only sources whose monitors passed ("trusted") count missed runs toward removal: a
    source that failed tonight says nothing about whether its ads are gone.
    """
    now = now or utcnow()
    counts: Counts = {}
    add = change_recorder(session, run, counts)
    already = record_listing_changes(session, run, add)
    record_flag_changes(session, run, add)
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
