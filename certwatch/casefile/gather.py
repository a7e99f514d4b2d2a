"""What the store holds about one listing, read in one session into plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import desc, or_, select
from sqlalchemy.orm import Session

from certwatch.export import listing_record
from store.models import (
    Agency,
    Flag,
    IssuerMatch,
    Listing,
    Observation,
    Page,
    RegistryVersion,
    Review,
)
from store.timeutil import as_utc


@dataclass(frozen=True)
class Capture:
    """One archived fetch of the listing's page."""

    page_id: int
    url: str
    final_url: str
    fetched_at: str
    status: int | None
    warc_file: str
    warc_offset: int
    warc_record_id: str


@dataclass
class CaseData:
    listing_id: int
    record: dict[str, Any]  # the export record (certwatch.export.listing_record)
    registry_version: int | None
    flags: list[dict[str, Any]]  # every flag raised on the listing, active ones first
    matches: list[dict[str, Any]]  # current issuer matches
    agencies: list[dict[str, Any]]  # the registry entries those matches name
    decisions: list[dict[str, Any]]  # oldest first
    captures: list[Capture]  # oldest first; the newest is rendered
    facts: dict[str, Any] = field(default_factory=dict)  # the latest observation's facts


def _iso(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value is not None else None


def _captures(session: Session, listing: Listing) -> list[Capture]:
    """Every page linked to the listing (observations, last page) or of the same URL."""
    linked = select(Observation.page_id).where(Observation.listing_id == listing.id,
                                               Observation.page_id.is_not(None))
    page_ids = set(session.scalars(linked))
    if listing.last_page_id is not None:
        page_ids.add(listing.last_page_id)
    urls = {listing.url, listing.canonical_url}
    urls |= set(session.scalars(select(Page.final_url).where(Page.id.in_(page_ids))))
    rows = session.scalars(
        select(Page)
        .where(or_(Page.id.in_(page_ids), Page.final_url.in_(urls), Page.url.in_(urls)),
               Page.warc_file.is_not(None), Page.warc_offset.is_not(None))
        .order_by(Page.fetched_at, Page.id)
    )
    return [
        Capture(p.id, p.url, p.final_url, _iso(p.fetched_at) or "", p.status,
                str(p.warc_file), int(p.warc_offset or 0), p.warc_record_id or "")
        for p in rows
    ]


def _decisions(session: Session, listing_id: int, flags: list[Flag]) -> list[dict[str, Any]]:
    codes = {f.fingerprint: f.code for f in flags}
    rows = session.scalars(
        select(Review).where(Review.listing_id == listing_id)
        .order_by(Review.decided_at, Review.id)
    )
    return [
        {
            "decided_at": _iso(r.decided_at),
            "reviewer": r.reviewer,
            "decision": r.decision,
            "note": r.note,
            "flag": ({"code": codes.get(r.flag_fingerprint), "fingerprint": r.flag_fingerprint}
                     if r.flag_fingerprint else None),
        }
        for r in rows
    ]


def _registry_version(session: Session, matches: list[IssuerMatch],
                      flags: list[Flag]) -> int | None:
    used = [m.registry_version_id for m in matches if m.registry_version_id is not None]
    used += [f.registry_version_id for f in flags if f.active and f.registry_version_id]
    if used:
        return max(used)
    return session.scalar(select(RegistryVersion.id).order_by(desc(RegistryVersion.id)).limit(1))


def gather(session: Session, listing_id: int) -> CaseData | None:
    """Everything the case file says about listing ``listing_id`` (already resolved); None
    when there is no such listing."""
    listing = session.get(Listing, listing_id)
    if listing is None:
        return None
    observation = session.scalar(
        select(Observation).where(Observation.listing_id == listing_id)
        .order_by(desc(Observation.id)).limit(1)
    )
    all_flags = list(session.scalars(
        select(Flag).where(Flag.listing_id == listing_id).order_by(desc(Flag.active), Flag.id)
    ))
    active = [f for f in all_flags if f.active]
    matches = list(session.scalars(
        select(IssuerMatch).where(IssuerMatch.listing_id == listing_id,
                                  IssuerMatch.current.is_(True)).order_by(IssuerMatch.id)
    ))
    version = _registry_version(session, matches, all_flags)
    agency_ids = {m.agency_id for m in matches if m.agency_id}
    agencies = list(session.scalars(
        select(Agency).where(Agency.version_id == version, Agency.agency_id.in_(agency_ids))
        .order_by(Agency.agency_id)
    )) if version is not None and agency_ids else []
    return CaseData(
        listing_id=listing_id,
        record=listing_record(listing, observation, matches, active),
        registry_version=version,
        flags=[{"code": f.code, "severity": f.severity, "evidence": f.evidence,
                "detail": f.detail, "fingerprint": f.fingerprint, "active": f.active,
                "created_at": _iso(f.created_at), "superseded_at": _iso(f.superseded_at)}
               for f in all_flags],
        matches=[{"mention": m.mention, "evidence": m.evidence, "status": m.status,
                  "agency_id": m.agency_id, "matched_name": m.matched_name,
                  "score": round(m.score, 1), "explanation": m.explanation,
                  "registry_version": m.registry_version_id} for m in matches],
        agencies=[{"agency_id": a.agency_id, "name": a.name, "uscc": a.uscc, "kind": a.kind,
                   "status": a.status, "levels": a.levels, "occupations": a.occupations,
                   "region": a.region, "valid_from": a.valid_from.isoformat()
                   if a.valid_from else None,
                   "valid_to": a.valid_to.isoformat() if a.valid_to else None,
                   "source_url": a.source_url} for a in agencies],
        decisions=_decisions(session, listing_id, all_flags),
        captures=_captures(session, listing),
        facts=dict(observation.facts) if observation else {},
    )
