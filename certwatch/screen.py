"""Re-run issuer matching and flagging over stored listings, keeping reviews and history.

Flags are identified by a fingerprint of (code, anchor): the anchor names the place on the
page the flag points to (an issuer name, a claim phrase, a fee, a host), so a flag keeps its
identity when extraction rules only change the evidence words around it. A re-screen keeps a
flag that comes back (so a reviewer's decision on it still applies), supersedes flags no
longer raised (never deletes them) and adds new ones. A new flag that replaces a decided flag
of the same code reopens, pointing to it (``reopened_from``), so the earlier decision is shown
beside it. Each flag records the rules and registry versions that last raised it, and each
listing's review status is recomputed (``store.review_state``).

``screen_under_version`` answers "what would this listing have been under registry version
N": it screens against version N without writing anything and compares with what is stored.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from certwatch.batches import iter_latest_facts
from certwatch.errors import UsageError
from certwatch.progress import Progress
from certwatch.screening import (
    RULES_VERSION,
    ScreeningContext,
    ScreeningOutcome,
    ScreeningSettings,
    screen_listing,
)
from facts.contract import OfferFacts
from facts.spreadsheet import json_line
from registry.matcher import MATCHER_VERSION, IssuerMatcher
from registry.records import AgencyRecord, MatchResult
from registry.versions import get_registry_version, latest_registry_version, load_records
from store import summaries
from store.aliases import resolve_export_id
from store.db import make_engine, session_factory
from store.models import Flag, IssuerMatch, Listing
from store.review_state import latest_flag_decisions, refresh_review_status
from store.timeutil import as_utc, utcnow

SEVERITY_ORDER = {"high": 3, "medium": 2, "low": 1}


def flag_fingerprint(code: str, place: str) -> str:
    """A flag's identity: sha1 of its code and its place (``FlagResult.place``)."""
    return hashlib.sha1(f"{code}\x1f{place}".encode()).hexdigest()


@dataclass
class ScreenSummary:
    listings: int = 0
    flagged: int = 0
    flags_added: int = 0
    flags_superseded: int = 0
    registry_version: int | None = None


class Screener:
    """Matcher, registry and rules of one screening pass."""

    def __init__(
        self,
        records: list[AgencyRecord],
        registry_version: int | None,
        settings: ScreeningSettings | None = None,
    ) -> None:
        self.matcher = IssuerMatcher(records)
        self.agencies = {r.agency_id: r for r in records}
        self.registry_version = registry_version
        self.settings = settings or ScreeningSettings.load_default()
        self._match_cache: dict[str, MatchResult] = {}

    def match(self, names: list[str]) -> list[MatchResult]:
        missing = [n for n in dict.fromkeys(names) if n not in self._match_cache]
        if missing:
            for name, result in zip(missing, self.matcher.match_many(missing), strict=True):
                self._match_cache[name] = result
        return [self._match_cache[n] for n in names]

    def outcome(self, facts: OfferFacts, seen_on: date) -> tuple[list[MatchResult], ScreeningOutcome]:
        matches = self.match([issuer.name for issuer in facts.issuers])
        ctx = ScreeningContext(
            facts=facts, matches=matches, agencies=self.agencies, seen_on=seen_on,
            settings=self.settings,
        )
        return matches, screen_listing(ctx)


def screener_for(session: Session, registry_version: int | None = None) -> Screener:
    """A screener for registry version ``registry_version`` (default: the latest)."""
    if registry_version is None:
        version = latest_registry_version(session)
        if version is None:
            raise UsageError(
                "no registry loaded: run `certwatch registry import data/registry.csv` first"
            )
    else:
        version = get_registry_version(session, registry_version)
        if version is None:
            raise UsageError(
                f"no registry version {registry_version} (see `certwatch registry list`)"
            )
    return Screener(load_records(session, version.id), version.id)


PARALLEL_FROM = 5_000  # listings from which a screen splits the work over the CPU cores


def screen_all(engine: Engine, *, listing_ids: list[int] | None = None,
               progress: bool = True, batch_size: int = 1000,
               workers: int | None = None) -> ScreenSummary:
    """Screen every stored listing (or only ``listing_ids``) against the latest registry.

    Each batch commits on its own, so an interrupted screen keeps what it finished. Large
    screens run in ``workers`` forked processes (default: one per core), each taking the
    listings whose id falls in its residue class, so the rules use every core.
    """
    with session_factory(engine)() as session:
        screener = screener_for(session)
        total = session.scalar(select(func.count(Listing.id))) or 0
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if total >= PARALLEL_FROM else 1
    if listing_ids is not None or workers <= 1:
        where = Listing.id.in_(listing_ids) if listing_ids is not None else None
        meter = Progress("screen", total=None if listing_ids else total) if progress else None
        summary = _screen_part(engine, screener, where, batch_size, meter)
        if meter:
            meter.close()
        return summary
    global _forked_screener
    _forked_screener = screener  # forked workers inherit it: no pickling of the matcher
    url = engine.url.render_as_string(hide_password=False)
    meter = Progress("screen", total=total) if progress else None
    started = utcnow()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        parts = [pool.submit(_screen_residue, url, k, workers, batch_size)
                 for k in range(workers)]
        while meter and not all(part.done() for part in parts):
            time.sleep(1)
            with session_factory(engine)() as session:
                done = session.scalar(
                    select(func.count(Listing.id)).where(Listing.screened_at >= started)) or 0
            meter.advance(done - meter.count)
        summaries = [part.result() for part in parts]
    _forked_screener = None
    summary = ScreenSummary(registry_version=screener.registry_version)
    for part in summaries:
        summary.listings += part.listings
        summary.flagged += part.flagged
        summary.flags_added += part.flags_added
        summary.flags_superseded += part.flags_superseded
    if meter:
        meter.advance(summary.listings - meter.count)
        meter.close()
    return summary


_forked_screener: Screener | None = None


def _screen_residue(url: str, k: int, n: int, batch_size: int) -> ScreenSummary:
    """One forked worker's share: the listings whose id is ``k`` modulo ``n``."""
    assert _forked_screener is not None, "screen workers must be forked by screen_all"
    engine = make_engine(url)
    try:
        return _screen_part(engine, _forked_screener, Listing.id % n == k, batch_size, None)
    finally:
        engine.dispose()


def _screen_part(engine: Engine, screener: Screener, where: ColumnElement[bool] | None,
                 batch_size: int, meter: Progress | None) -> ScreenSummary:
    summary = ScreenSummary(registry_version=screener.registry_version)
    with session_factory(engine)() as session:
        for batch in iter_latest_facts(session, batch_size=batch_size, where=where):
            _screen_batch(session, screener, batch, summary)
            session.commit()
            if meter:
                meter.advance(len(batch))
    return summary


def _screen_batch(
    session: Session, screener: Screener, batch: list[tuple[int, datetime, int, dict[str, Any]]],
    summary: ScreenSummary,
) -> None:
    """Screen one batch and write its results with a few bulk statements."""
    ids = [row[0] for row in batch]
    # listing -> fingerprint -> (flag id, code)
    active: dict[int, dict[str, tuple[int, str]]] = {i: {} for i in ids}
    for flag_id, listing_id, fingerprint, code in session.execute(
        select(Flag.id, Flag.listing_id, Flag.fingerprint, Flag.code)
        .where(Flag.listing_id.in_(ids), Flag.active.is_(True))
    ):
        active[listing_id][fingerprint] = (flag_id, code)
    decided = latest_flag_decisions(session, ids)
    current: dict[int, list[tuple[int, tuple[object, ...]]]] = {i: [] for i in ids}
    for row in session.execute(
        select(IssuerMatch.id, IssuerMatch.listing_id, IssuerMatch.mention, IssuerMatch.status,
               IssuerMatch.agency_id, IssuerMatch.registry_version_id,
               IssuerMatch.matcher_version)
        .where(IssuerMatch.listing_id.in_(ids), IssuerMatch.current.is_(True))
    ):
        current[row[1]].append((row[0], tuple(row[2:])))
    now = utcnow()
    writes = _Writes()
    all_facts = [OfferFacts.from_dict(row[3]) for row in batch]
    # one matcher call per batch: the matcher is fastest on many names at once
    screener.match([issuer.name for facts in all_facts for issuer in facts.issuers])
    for (listing_id, last_seen, observation_id, _), facts in zip(batch, all_facts, strict=True):
        matches, outcome = screener.outcome(facts, as_utc(last_seen).date())
        writes.matches(screener, listing_id, observation_id, facts, matches,
                       current[listing_id], now)
        writes.flags(screener, listing_id, outcome, active[listing_id], decided[listing_id], now)
        codes = sorted({f.code for f in outcome.flags})
        writes.listing_rows.append({
            "id": listing_id, "risk_score": outcome.risk_score, "flag_codes": codes,
            "max_severity": max((f.severity for f in outcome.flags),
                                key=SEVERITY_ORDER.__getitem__, default=None),
            "summary_zh": outcome.summary_zh, "summary_en": outcome.summary_en,
            "screened_at": now,
        })
        summary.listings += 1
        summary.flagged += bool(codes)
    writes.execute(session, now, screener.registry_version)
    refresh_review_status(session, ids)
    summaries.refresh(session, ids)  # the dashboard's summary tables
    summary.flags_added += len(writes.new_flags)
    summary.flags_superseded += len(writes.superseded_flags)


class _Writes:
    """The rows one batch inserts and updates, executed as bulk statements."""

    def __init__(self) -> None:
        self.new_flags: list[dict[str, object]] = []
        self.kept_flags: list[dict[str, object]] = []
        self.superseded_flags: list[int] = []
        self.new_matches: list[dict[str, object]] = []
        self.stale_matches: list[int] = []
        self.listing_rows: list[dict[str, object]] = []

    def matches(self, screener: Screener, listing_id: int, observation_id: int,
                facts: OfferFacts, matches: list[MatchResult],
                current: list[tuple[int, tuple[object, ...]]], now: datetime) -> None:
        """Keep the current matches when nothing differs; otherwise replace them."""
        wanted = [(issuer.name, m.status, m.agency_id, screener.registry_version,
                   MATCHER_VERSION) for issuer, m in zip(facts.issuers, matches, strict=True)]
        if sorted(wanted, key=repr) == sorted((key for _, key in current), key=repr):
            return
        self.stale_matches += [match_id for match_id, _ in current]
        self.new_matches += [
            {"listing_id": listing_id, "observation_id": observation_id, "mention": issuer.name,
             "evidence": issuer.evidence, "registry_version_id": screener.registry_version,
             "agency_id": m.agency_id, "status": m.status, "score": float(m.score),
             "matched_name": m.matched_name, "explanation": m.explanation,
             "candidates": [{"agency_id": c.agency_id, "name": c.name, "score": c.score}
                            for c in m.candidates],
             "matcher_version": MATCHER_VERSION, "matched_at": now, "current": True}
            for issuer, m in zip(facts.issuers, matches, strict=True)
        ]

    def flags(self, screener: Screener, listing_id: int, outcome: ScreeningOutcome,
              active: dict[str, tuple[int, str]], decided: dict[str, str],
              now: datetime) -> None:
        """Same fingerprint: keep the row (reviews stay attached); gone: supersede; new: add,
        reopening the decided flag of the same code it replaces, if any."""
        raised: set[str] = set()
        start = len(self.new_flags)
        for result in outcome.flags:
            fingerprint = flag_fingerprint(result.code, result.place)
            if fingerprint in raised:
                continue
            raised.add(fingerprint)
            if fingerprint in active:
                flag_id = active[fingerprint][0]
                self.kept_flags.append({"b_id": flag_id, "b_evidence": result.evidence,
                                        "b_detail": result.detail})
                continue
            self.new_flags.append({
                "listing_id": listing_id, "code": result.code, "severity": result.severity,
                "evidence": result.evidence, "detail": result.detail, "fingerprint": fingerprint,
                "anchor": result.place, "rules_version": RULES_VERSION,
                "registry_version_id": screener.registry_version, "created_at": now,
                "confirmed_at": now, "active": True,
            })
        gone = {fp: code for fp, (_, code) in active.items() if fp not in raised}
        self.superseded_flags += [active[fp][0] for fp in gone]
        for row in self.new_flags[start:]:
            earlier = [fp for fp, code in gone.items() if code == row["code"] and fp in decided]
            row["reopened_from"] = earlier[0] if earlier else None

    def execute(self, session: Session, now: datetime, registry_version: int | None) -> None:
        if self.new_flags:
            session.execute(insert(Flag), self.new_flags)
        if self.kept_flags:  # the evidence words may have changed with the rules: the latest
            table = Flag.__table__
            assert isinstance(table, Table)
            session.execute(
                update(table).where(table.c.id == bindparam("b_id"))
                .values(confirmed_at=now, rules_version=RULES_VERSION,
                        registry_version_id=registry_version, evidence=bindparam("b_evidence"),
                        detail=bindparam("b_detail")),
                self.kept_flags,
            )
        if self.superseded_flags:
            session.execute(
                update(Flag).where(Flag.id.in_(self.superseded_flags))
                .values(active=False, superseded_at=now)
                .execution_options(synchronize_session=False)
            )
        if self.stale_matches:
            session.execute(
                update(IssuerMatch).where(IssuerMatch.id.in_(self.stale_matches))
                .values(current=False).execution_options(synchronize_session=False)
            )
        if self.new_matches:
            session.execute(insert(IssuerMatch), self.new_matches)
        if self.listing_rows:
            session.execute(update(Listing), self.listing_rows)


# --- what a listing would have been under registry version N (writes nothing) -----------


@dataclass
class VersionScreen:
    """One listing screened against one registry version, compared with what is stored."""

    listing_id: str  # the listing id the export shows (str(Listing.id))
    registry_version: int
    risk_score: int
    flags: list[dict[str, str]] = field(default_factory=list)
    flags_added: list[dict[str, str]] = field(default_factory=list)
    flags_removed: list[dict[str, str]] = field(default_factory=list)
    stored_risk_score: int | None = None

    def to_json(self) -> str:
        return json_line({
            "listing_id": self.listing_id, "registry_version": self.registry_version,
            "risk_score": self.risk_score, "flags": self.flags,
            "flags_added": self.flags_added, "flags_removed": self.flags_removed,
            "stored_risk_score": self.stored_risk_score,
        })


def _flag_json(code: str, severity: str, evidence: str) -> dict[str, str]:
    return {"code": code, "severity": severity, "evidence": evidence}


def screen_under_version(engine: Engine, registry_version: int, *, listing: str | None = None,
                         batch_size: int = 1000) -> Iterator[VersionScreen]:
    """Every listing (or only the one whose export id is ``listing``) screened against
    registry version ``registry_version``, without writing anything: stored flags, matches and
    risk scores stay as they are. ``flags_added``/``flags_removed`` compare the flags raised
    under that version with the listing's active stored flags (same code and evidence = same).

    Raises UsageError for an unknown version or listing.
    """
    with session_factory(engine)() as session:
        try:
            screener = screener_for(session, registry_version)
            where: ColumnElement[bool] | None = None
            if listing is not None:
                listing_pk = resolve_export_id(session, listing)
                if listing_pk is None:
                    raise UsageError(f"no listing {listing} (give the listing_id the export shows)")
                where = Listing.id == listing_pk
            for batch in iter_latest_facts(session, batch_size=batch_size, where=where):
                yield from _version_batch(session, screener, batch)
        finally:
            session.rollback()


def _version_batch(session: Session, screener: Screener,
                   batch: list[tuple[int, datetime, int, dict[str, Any]]]
                   ) -> Iterator[VersionScreen]:
    ids = [row[0] for row in batch]
    stored_scores: dict[int, int | None] = {
        row[0]: row[1] for row in session.execute(
            select(Listing.id, Listing.risk_score).where(Listing.id.in_(ids)))
    }
    stored: dict[int, dict[str, dict[str, str]]] = {i: {} for i in ids}
    for listing_id, code, severity, evidence, fingerprint in session.execute(
        select(Flag.listing_id, Flag.code, Flag.severity, Flag.evidence, Flag.fingerprint)
        .where(Flag.listing_id.in_(ids), Flag.active.is_(True)).order_by(Flag.id)
    ):
        stored[listing_id][fingerprint] = _flag_json(code, severity, evidence)
    all_facts = [OfferFacts.from_dict(row[3]) for row in batch]
    screener.match([issuer.name for facts in all_facts for issuer in facts.issuers])
    assert screener.registry_version is not None
    for (listing_id, last_seen, _, _), facts in zip(batch, all_facts, strict=True):
        _, outcome = screener.outcome(facts, as_utc(last_seen).date())
        raised: dict[str, dict[str, str]] = {}
        for f in outcome.flags:
            raised.setdefault(flag_fingerprint(f.code, f.place),
                              _flag_json(f.code, f.severity, f.evidence))
        before = stored[listing_id]
        yield VersionScreen(
            listing_id=str(listing_id), registry_version=screener.registry_version,
            risk_score=outcome.risk_score, flags=list(raised.values()),
            flags_added=[f for fp, f in raised.items() if fp not in before],
            flags_removed=[f for fp, f in before.items() if fp not in raised],
            stored_risk_score=stored_scores[listing_id],
        )
