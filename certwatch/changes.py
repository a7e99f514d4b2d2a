"""What a run changed, recorded for every run (crawl, demo, re-extraction, nightly):
listings new and changed, flags raised and cleared (``run_changes`` rows).

Everything is derived from the store (listings, observations and flags carry their times and
runs), so a resumed run counts what it did before it was killed too, and recording twice
writes nothing twice. Removals need tonight's monitors, so only nightly records them
(``certwatch.nightly.changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session

from store import summaries
from store.db import session_scope
from store.models import CrawlRun, Flag, Listing, Observation, RunChange
from store.vocabulary import CHANGE_KINDS, FLAG_CHANGES, LISTING_CHANGES

Counts = dict[str, dict[str, int]]  # source -> change kind -> how many
AddChange = Callable[[Listing, str, dict[str, Any]], None]


def change_recorder(session: Session, run: CrawlRun, counts: Counts) -> AddChange:
    """A function that adds one RunChange row of ``run`` and counts it per source."""

    def add(listing: Listing, change: str, detail: dict[str, Any]) -> None:
        session.add(RunChange(run_id=run.id, listing_id=listing.id, change=change,
                              source=listing.source, detail=detail))
        per = counts.setdefault(listing.source, dict.fromkeys(CHANGE_KINDS, 0))
        per[change] += 1

    return add


def _fee(obs: Observation | None) -> dict[str, Any] | None:
    if obs is None or obs.fee_min is None:
        return None
    return {"min": obs.fee_min, "max": obs.fee_max}


def record_listing_changes(session: Session, run: CrawlRun, add: AddChange) -> set[int]:
    """New listings (every observation of theirs is the run's) and changed ones (a new
    observation by the run after earlier ones); returns the ids recorded for this run.

    Judged by observations, not by times: a page's capture time has whole seconds, so a
    listing first seen in the second a run started must not pass for an old one.
    """
    already = set(session.scalars(
        select(RunChange.listing_id).where(RunChange.run_id == run.id,
                                           RunChange.change.in_(LISTING_CHANGES))))
    touched = sorted(set(session.scalars(
        select(Observation.listing_id).where(Observation.run_id == run.id))) - already)
    for chunk in (touched[i:i + 500] for i in range(0, len(touched), 500)):
        seen_before = set(session.scalars(
            select(Observation.listing_id).where(
                Observation.listing_id.in_(chunk),
                or_(Observation.run_id.is_(None), Observation.run_id != run.id))))
        for listing in session.scalars(select(Listing).where(Listing.id.in_(chunk))
                                       .order_by(Listing.id)):
            if listing.id not in seen_before:
                add(listing, "new", {"title": listing.title, "fee_min": listing.fee_min,
                                     "fee_max": listing.fee_max,
                                     "risk_score": listing.risk_score,
                                     "flags": list(listing.flag_codes or [])})
                continue
            observations = session.scalars(
                select(Observation).where(Observation.listing_id == listing.id)
                .order_by(Observation.id.desc()).limit(2)
            ).all()
            before = observations[1] if len(observations) > 1 else None
            add(listing, "changed", {"fee_before": _fee(before),
                                     "fee_after": _fee(observations[0]),
                                     "title": listing.title})
        already.update(chunk)
    return already


def record_flag_changes(session: Session, run: CrawlRun, add: AddChange) -> None:
    """Flags raised since the run started on listings that are not new in it (a new listing's
    flags are part of its ``new`` row), and flags cleared (superseded) since then."""
    recorded = {
        (change.listing_id, change.change, str((change.detail or {}).get("fingerprint")))
        for change in session.scalars(select(RunChange).where(
            RunChange.run_id == run.id, RunChange.change.in_(FLAG_CHANGES)))
    }
    new = select(RunChange.listing_id).where(RunChange.run_id == run.id,
                                             RunChange.change == "new")
    raised = select(Flag, Listing).join(Listing, Listing.id == Flag.listing_id).where(
        Flag.created_at >= run.started_at, Listing.id.not_in(new))
    cleared = select(Flag, Listing).join(Listing, Listing.id == Flag.listing_id).where(
        Flag.superseded_at >= run.started_at)
    for kind, stmt in (("flag_raised", raised), ("flag_cleared", cleared)):
        for flag, listing in session.execute(stmt.order_by(Flag.id)).all():
            if (listing.id, kind, flag.fingerprint) in recorded:
                continue
            add(listing, kind, {"code": flag.code, "severity": flag.severity,
                                "evidence": flag.evidence, "fingerprint": flag.fingerprint,
                                "reopened_from": flag.reopened_from})
            recorded.add((listing.id, kind, flag.fingerprint))


def record_run_changes(session: Session, run: CrawlRun) -> Counts:
    """Record what ``run`` changed (listings new and changed, flags raised and cleared);
    returns counts per source and kind."""
    counts: Counts = {}
    add = change_recorder(session, run, counts)
    record_listing_changes(session, run, add)
    record_flag_changes(session, run, add)
    session.flush()
    return counts


def total(counts: Counts) -> dict[str, int]:
    """Counts per kind over every source."""
    return {kind: sum(per.get(kind, 0) for per in counts.values()) for kind in CHANGE_KINDS}


def record_changes_of(engine: Engine, run_id: int | None) -> dict[str, int]:
    """Record what run ``run_id`` changed (``certwatch.changes``) and keep the totals in its
    stats; returns them (empty when there is no run)."""
    if run_id is None:
        return {}
    with session_scope(engine) as session:
        run = session.get(CrawlRun, run_id)
        if run is None:
            return {}
        changes = total(record_run_changes(session, run))
        run.stats = {**(run.stats or {}), "changes": changes}
        summaries.refresh_after_run(session, run_id)  # the dashboard's summary tables
    return changes
