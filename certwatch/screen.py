"""Re-run issuer matching and flagging over stored listings, keeping reviews and history.

Flags are identified by a fingerprint of (code, evidence). A re-screen keeps a flag that
comes back identical (so a reviewer's dismissal of it still applies), supersedes flags no
longer raised (never deletes them) and adds new ones. Each flag records the rules and
registry versions that last raised it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from certwatch.batches import ListingBatch, iter_listing_batches
from certwatch.errors import UsageError
from certwatch.progress import Progress
from certwatch.screening import (
    RULES_VERSION,
    ScreeningContext,
    ScreeningOutcome,
    ScreeningSettings,
    screen_listing,
)
from crawler.items import OfferFacts
from registry.matcher import MATCHER_VERSION, IssuerMatcher
from registry.records import AgencyRecord, MatchResult
from registry.versions import latest_version, load_records
from store.db import session_factory
from store.models import Flag, IssuerMatch, Listing, Observation
from store.timeutil import as_utc, utcnow

SEVERITY_ORDER = {"high": 3, "medium": 2, "low": 1}


def flag_fingerprint(code: str, evidence: str) -> str:
    return hashlib.sha1(f"{code}\x1f{evidence}".encode()).hexdigest()


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


def screener_for(session: Session) -> Screener:
    version = latest_version(session)
    if version is None:
        raise UsageError(
            "no registry loaded: run `certwatch registry import data/registry.csv` first"
        )
    return Screener(load_records(session, version.id), version.id)


def screen_all(engine: Engine, *, listing_ids: list[int] | None = None,
               progress: bool = True, batch_size: int = 500) -> ScreenSummary:
    """Screen every stored listing (or only ``listing_ids``) against the latest registry.

    Each batch commits on its own, so an interrupted screen keeps what it finished.
    """
    summary = ScreenSummary()
    meter = Progress("screen") if progress else None
    where = Listing.id.in_(listing_ids) if listing_ids is not None else None
    with session_factory(engine)() as session:
        screener = screener_for(session)
        summary.registry_version = screener.registry_version
        for batch in iter_listing_batches(session, batch_size=batch_size, where=where):
            _screen_batch(session, screener, batch, summary)
            session.commit()
            session.expunge_all()
            if meter:
                meter.advance(len(batch.listings))
    if meter:
        meter.close()
    return summary


def _screen_batch(
    session: Session, screener: Screener, batch: ListingBatch, summary: ScreenSummary
) -> None:
    active_flags = batch.flags(session)
    current_matches = batch.matches(session)
    now = utcnow()
    for listing in batch.listings:
        observation = batch.latest.get(listing.id)
        if observation is None:
            continue
        facts = OfferFacts.from_dict(observation.facts)
        matches, outcome = screener.outcome(facts, as_utc(listing.last_seen).date())
        _store_matches(session, screener, listing, observation, facts, matches,
                       current_matches[listing.id], now)
        added, superseded = _store_flags(session, screener, listing, outcome,
                                         active_flags[listing.id], now)
        summary.flags_added += added
        summary.flags_superseded += superseded
        codes = sorted({f.code for f in outcome.flags})
        listing.risk_score = outcome.risk_score
        listing.flag_codes = codes
        listing.max_severity = max(
            (f.severity for f in outcome.flags), key=SEVERITY_ORDER.__getitem__, default=None
        )
        listing.summary_zh = outcome.summary_zh
        listing.summary_en = outcome.summary_en
        listing.screened_at = now
        summary.listings += 1
        summary.flagged += bool(codes)


def _store_matches(
    session: Session, screener: Screener, listing: Listing, observation: Observation,
    facts: OfferFacts, matches: list[MatchResult], current: list[IssuerMatch], now: datetime,
) -> None:
    wanted = [
        (issuer.name, m.status, m.agency_id, screener.registry_version, MATCHER_VERSION)
        for issuer, m in zip(facts.issuers, matches, strict=True)
    ]
    existing = [
        (c.mention, c.status, c.agency_id, c.registry_version_id, c.matcher_version)
        for c in current
    ]
    if sorted(wanted, key=repr) == sorted(existing, key=repr):
        return
    for old in current:
        old.current = False
    session.add_all(
        IssuerMatch(
            listing_id=listing.id,
            observation_id=observation.id,
            mention=issuer.name,
            evidence=issuer.evidence,
            registry_version_id=screener.registry_version,
            agency_id=m.agency_id,
            status=m.status,
            score=float(m.score),
            matched_name=m.matched_name,
            explanation=m.explanation,
            candidates=[
                {"agency_id": c.agency_id, "name": c.name, "score": c.score} for c in m.candidates
            ],
            matcher_version=MATCHER_VERSION,
            matched_at=now,
            current=True,
        )
        for issuer, m in zip(facts.issuers, matches, strict=True)
    )


def _store_flags(
    session: Session, screener: Screener, listing: Listing, outcome: ScreeningOutcome,
    active: list[Flag], now: datetime,
) -> tuple[int, int]:
    by_print = {flag.fingerprint: flag for flag in active}
    raised: set[str] = set()
    added = 0
    for result in outcome.flags:
        fingerprint = flag_fingerprint(result.code, result.evidence)
        if fingerprint in raised:
            continue
        raised.add(fingerprint)
        kept = by_print.get(fingerprint)
        if kept is not None:
            kept.confirmed_at = now
            kept.rules_version = RULES_VERSION
            kept.registry_version_id = screener.registry_version
            kept.detail = result.detail
            continue
        session.add(
            Flag(
                listing_id=listing.id, code=result.code, severity=result.severity,
                evidence=result.evidence, detail=result.detail, fingerprint=fingerprint,
                rules_version=RULES_VERSION, registry_version_id=screener.registry_version,
                created_at=now, confirmed_at=now, active=True,
            )
        )
        added += 1
    superseded = 0
    for fingerprint, flag in by_print.items():
        if fingerprint not in raised:
            flag.active = False
            flag.superseded_at = now
            superseded += 1
    return added, superseded
