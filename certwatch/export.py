"""Write listings as JSONL or CSV (docs/contract.md "Export"), streaming batch by batch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import Engine, and_
from sqlalchemy.orm import Session

from certwatch.batches import iter_listing_batches
from certwatch.progress import Progress
from facts.contract import OfferFacts
from facts.spreadsheet import SafeCsvWriter, json_line
from store.db import session_factory
from store.models import Flag, IssuerMatch, Listing, Observation
from store.timeutil import as_utc

CSV_COLUMNS = [
    "listing_id", "url", "title", "provider", "issuers", "issuer_statuses", "levels",
    "fee_min", "fee_max", "verification_urls", "claims", "flags", "risk_score",
    "first_seen", "last_seen", "summary_zh", "summary_en",
    # added in the review round: the same names as the dashboard's downloads
    "canonical_url", "region", "removed_at", "review_status", "operator_id",
]


def listing_id_of(listing: Listing) -> str:
    """A listing's one id (docs/contract.md): its number, as the dashboard shows it."""
    return str(listing.id)


def listing_record(
    listing: Listing, observation: Observation | None, matches: list[IssuerMatch],
    flags: list[Flag],
) -> dict[str, Any]:
    """One listing as the export object of docs/contract.md (plus a few documented extras)."""
    facts = OfferFacts.from_dict(observation.facts) if observation else None
    if matches:
        issuers = [
            {"name": m.mention, "agency_id": m.agency_id, "score": round(m.score, 1),
             "status": m.status}
            for m in matches
        ]
    else:  # not screened yet: names only
        issuers = [
            {"name": i.name, "agency_id": None, "score": 0, "status": None}
            for i in (facts.issuers if facts else [])
        ]
    fee = (
        {"min": listing.fee_min, "max": listing.fee_max}
        if listing.fee_min is not None and listing.fee_max is not None else None
    )
    claims = (
        list(dict.fromkeys(c.phrase for c in facts.claims if c.stance == "asserted"))
        if facts else []
    )
    return {
        "listing_id": listing_id_of(listing),
        "url": listing.url,
        "canonical_url": listing.canonical_url,
        "title": listing.title,
        "provider": listing.provider,
        "issuers": issuers,
        "levels": sorted(listing.levels or []),
        "fee_cny": fee,
        "verification_urls": list(facts.verification_urls) if facts else [],
        "claims": claims,
        "flags": [{"code": f.code, "severity": f.severity, "evidence": f.evidence} for f in flags],
        "risk_score": listing.risk_score,
        "summary_zh": listing.summary_zh,
        "summary_en": listing.summary_en,
        "region": listing.region,
        "first_seen": as_utc(listing.first_seen).isoformat(),
        "last_seen": as_utc(listing.last_seen).isoformat(),
        "removed": listing.removed_at is not None,
        "removed_at": as_utc(listing.removed_at).isoformat() if listing.removed_at else None,
        # open while any flag awaits a decision, decided when all have one, none without flags
        "review_status": listing.review_status or "none",
        # the business behind it (certwatch.operators), null when it shares no identifier
        "operator_id": str(listing.operator_id) if listing.operator_id is not None else None,
    }


def iter_records(session: Session, *, flagged_only: bool = False,
                 batch_size: int = 500) -> Iterator[dict[str, Any]]:
    """Every current listing's export object, in id order, one batch in memory at a time.

    Retired listings (merged into another, or no longer read as an offer) are left out.
    """
    current = Listing.retired_at.is_(None)
    where = and_(current, Listing.risk_score > 0) if flagged_only else current
    for batch in iter_listing_batches(session, batch_size=batch_size, where=where):
        flags = batch.flags(session)
        matches = batch.matches(session)
        for listing in batch.listings:
            if flagged_only and not flags[listing.id]:
                continue
            yield listing_record(listing, batch.latest.get(listing.id), matches[listing.id],
                                 flags[listing.id])
        session.expunge_all()


def csv_row(record: dict[str, Any]) -> list[Any]:
    """Lists joined with ``|``; issuers and flags by name and code (docs/contract.md)."""
    fee = record["fee_cny"] or {}
    return [
        record["listing_id"], record["url"], record["title"], record["provider"] or "",
        "|".join(i["name"] for i in record["issuers"]),
        "|".join(i["status"] or "" for i in record["issuers"]),
        "|".join(str(level) for level in record["levels"]),
        fee.get("min", ""), fee.get("max", ""),
        "|".join(record["verification_urls"]),
        "|".join(record["claims"]),
        "|".join(f["code"] for f in record["flags"]),
        record["risk_score"], record["first_seen"], record["last_seen"],
        record["summary_zh"], record["summary_en"],
        record["canonical_url"], record["region"] or "", record["removed_at"] or "",
        record["review_status"], record["operator_id"] or "",
    ]


def export(engine: Engine, out: TextIO, *, fmt: str = "jsonl", flagged_only: bool = False,
           progress: bool = True) -> int:
    """Write every listing to ``out``; returns how many were written."""
    meter = Progress("export", log_every=50_000) if progress else None
    count = 0
    writer: SafeCsvWriter | None = None
    if fmt == "csv":
        writer = SafeCsvWriter(out)  # formula-safe, BOM for spreadsheet programs
        writer.writerow(CSV_COLUMNS)
    with session_factory(engine)() as session:
        for record in iter_records(session, flagged_only=flagged_only):
            if writer is not None:
                writer.writerow(csv_row(record))
            else:
                out.write(json_line(record) + "\n")
            count += 1
            if meter:
                meter.advance()
    if meter:
        meter.close()
    return count
