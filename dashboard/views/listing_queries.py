"""The listing page's reads (facts, flags, issuer matches, observations, archived page,
audit trail) and the dashboard's one write, ``record_review``, which appends a decision
(only for an ``Access`` that may decide) and clears the caches that show reviews."""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dashboard.access import Access
from dashboard.db import cached, engine, read_frame
from dashboard.filters import FLAG_DECISIONS, LISTING_OUTCOMES, severity_rank
from store import summaries
from store.aliases import resolve_listing_id
from store.models import Flag, IssuerMatch, Listing, Observation, Page, RegistryVersion, Review
from store.review_state import refresh_review_status
from store.timeutil import utcnow


class ReviewError(ValueError):
    """A decision that cannot be recorded (message says which field is wrong)."""


@cached
def listing(db: str, listing_id: int) -> dict[str, Any] | None:
    """The listing's current facts and screening outcome, or None when there is none."""
    stmt = select(Listing.__table__).where(Listing.id == listing_id).limit(1)
    with engine(db).connect() as conn:
        row = conn.execute(stmt).mappings().first()
    return dict(row) if row else None


@cached
def current_id(db: str, listing_id: int) -> int:
    """The id ``listing_id`` stands for now: itself, or the listing it was merged into."""
    with Session(engine(db)) as session:
        return resolve_listing_id(session, listing_id)


@cached
def page_type(db: str, listing_id: int) -> tuple[str, str, str] | None:
    """(type, reasons, warnings) of the page the listing was last read from, as extraction
    decided; warnings say what it could not read (content lost to depth, a skipped block)."""
    stmt = (select(Page.page_type, Page.page_reasons, Page.warnings)
            .join(Listing, Listing.last_page_id == Page.id).where(Listing.id == listing_id))
    with engine(db).connect() as conn:
        row = conn.execute(stmt).first()
    return (row[0] or "", row[1] or "", row[2] or "") if row and row[0] else None


@cached
def listing_flags(db: str, listing_id: int, limit: int = 200) -> pd.DataFrame:
    """The listing's flags, active ones first, with the current review of each."""
    decision = (
        select(Review.decision)
        .where(Review.listing_id == Flag.listing_id, Review.flag_fingerprint == Flag.fingerprint)
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(1)
        .correlate(Flag)
        .scalar_subquery()
    )
    stmt = (
        select(
            Flag.id,
            Flag.code,
            Flag.severity,
            Flag.evidence,
            Flag.detail,
            Flag.fingerprint,
            Flag.anchor,
            Flag.reopened_from,
            Flag.rules_version,
            Flag.registry_version_id,
            Flag.created_at,
            Flag.confirmed_at,
            Flag.superseded_at,
            Flag.active,
            decision.label("review"),
        )
        .where(Flag.listing_id == listing_id)
        .order_by(Flag.active.desc(), severity_rank(Flag.severity), Flag.code, Flag.id)
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def listing_matches(db: str, listing_id: int, limit: int = 100) -> pd.DataFrame:
    """The current issuer matches of the listing, with the registry version they used."""
    stmt = (
        select(
            IssuerMatch.mention,
            IssuerMatch.status,
            IssuerMatch.agency_id,
            IssuerMatch.matched_name,
            IssuerMatch.score,
            IssuerMatch.explanation,
            IssuerMatch.candidates,
            IssuerMatch.evidence,
            IssuerMatch.matcher_version,
            IssuerMatch.matched_at,
            IssuerMatch.registry_version_id,
            RegistryVersion.file_name.label("registry_file"),
            RegistryVersion.imported_at.label("registry_imported_at"),
        )
        .outerjoin(RegistryVersion, RegistryVersion.id == IssuerMatch.registry_version_id)
        .where(IssuerMatch.listing_id == listing_id, IssuerMatch.current.is_(True))
        .order_by(IssuerMatch.id)
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def listing_observations(db: str, listing_id: int, limit: int = 500) -> pd.DataFrame:
    """The listing's observations, oldest first (each one a change of its facts)."""
    stmt = (
        select(
            Observation.id,
            Observation.observed_at,
            Observation.run_id,
            Observation.page_id,
            Observation.fee_min,
            Observation.fee_max,
            Observation.facts_hash,
        )
        .where(Observation.listing_id == listing_id)
        .order_by(Observation.observed_at, Observation.id)
        .limit(limit)
    )
    return read_frame(db, stmt)


@cached
def latest_facts(db: str, listing_id: int) -> dict[str, Any]:
    """The facts JSON of the listing's latest observation (empty when it has none)."""
    stmt = (
        select(Observation.facts)
        .where(Observation.listing_id == listing_id)
        .order_by(Observation.observed_at.desc(), Observation.id.desc())
        .limit(1)
    )
    with engine(db).connect() as conn:
        facts = conn.execute(stmt).scalar_one_or_none()
    return facts if isinstance(facts, dict) else {}


@cached
def archived_page(db: str, listing_id: int) -> dict[str, Any] | None:
    """Where the listing's latest page is archived (the page the listing was last seen on)."""
    latest_obs_page = (
        select(Observation.page_id)
        .where(Observation.listing_id == listing_id, Observation.page_id.is_not(None))
        .order_by(Observation.observed_at.desc(), Observation.id.desc())
        .limit(1)
    )
    with engine(db).connect() as conn:
        page_id = conn.execute(
            select(Listing.last_page_id).where(Listing.id == listing_id)
        ).scalar_one_or_none()
        if page_id is None:
            page_id = conn.execute(latest_obs_page).scalar_one_or_none()
    if page_id is None:
        return None
    stmt = (
        select(
            Page.id,
            Page.url,
            Page.final_url,
            Page.fetched_at,
            Page.status,
            Page.content_type,
            Page.sha256,
            Page.size,
            Page.warc_file,
            Page.warc_offset,
            Page.warc_record_id,
            Page.error,
        )
        .where(Page.id == page_id)
        .limit(1)
    )
    with engine(db).connect() as conn:
        row = conn.execute(stmt).mappings().first()
    return dict(row) if row else None


@cached
def flag_decisions(db: str, listing_id: int) -> dict[str, dict[str, Any]]:
    """flag fingerprint -> its latest decision (decision, reviewer, decided_at, note)."""
    stmt = (
        select(Review.flag_fingerprint, Review.decision, Review.reviewer, Review.decided_at,
               Review.note)
        .where(Review.listing_id == listing_id, Review.flag_fingerprint.is_not(None))
        .order_by(Review.decided_at, Review.id)
    )
    latest: dict[str, dict[str, Any]] = {}
    with engine(db).connect() as conn:
        for fingerprint, decision, reviewer, decided_at, note in conn.execute(stmt):
            latest[str(fingerprint)] = {"decision": decision, "reviewer": reviewer,
                                   "decided_at": decided_at, "note": note}
    return latest


@cached
def listing_reviews(db: str, listing_id: int, limit: int = 500) -> pd.DataFrame:
    """Every decision recorded on the listing, newest first: the audit trail."""
    stmt = (
        select(
            Review.id,
            Review.decided_at,
            Review.reviewer,
            Review.decision,
            Review.flag_fingerprint,
            Review.note,
        )
        .where(Review.listing_id == listing_id)
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(limit)
    )
    return read_frame(db, stmt)


def record_review(
    db: str,
    listing_id: int,
    decision: str,
    access: Access,
    note: str = "",
    flag_fingerprint: str | None = None,
    typed_name: str = "",
) -> int:
    """Append a decision (never updates one) and return its id; the summaries' refresh bumps
    the store's change counter, so every cached read shows it at once.

    On a flag (``flag_fingerprint``, an active flag of the listing) the decision is one of
    FLAG_DECISIONS; on the listing as a whole (no fingerprint) one of LISTING_OUTCOMES. Every
    decision needs a reason (``note``). The listing's review status is recomputed in the same
    transaction. ``access`` says who decides (``dashboard.access``): AccessDenied when it may
    not, the identity's name when signed in (``typed_name`` is ignored), ``anonymous:
    <typed_name>`` in anonymous mode.
    """
    try:
        reviewer = access.reviewer(typed_name)  # AccessDenied before anything is read
    except ValueError as exc:
        raise ReviewError(str(exc)) from exc
    if not reviewer.strip():
        raise ReviewError("reviewer: the identity has no name, e-mail or subject")
    allowed = FLAG_DECISIONS if flag_fingerprint is not None else LISTING_OUTCOMES
    if decision not in allowed:
        what = "a flag" if flag_fingerprint is not None else "the listing"
        raise ReviewError(f"decision: {decision!r} is not one of {', '.join(allowed)} "
                          f"(on {what})")
    if not (note or "").strip():
        raise ReviewError("reason: say why (it goes into the audit trail and the case file)")
    with engine(db).begin() as conn:
        found = conn.execute(select(Listing.id).where(Listing.id == listing_id)).first()
        if found is None:
            raise ReviewError(f"listing {listing_id}: no such listing")
        if flag_fingerprint is not None:
            flagged = conn.execute(
                select(Flag.id)
                .where(Flag.listing_id == listing_id, Flag.fingerprint == flag_fingerprint,
                       Flag.active.is_(True))
                .limit(1)
            ).first()
            if flagged is None:
                raise ReviewError(
                    f"flag {flag_fingerprint}: not an active flag of listing {listing_id}")
        review_id = conn.execute(
            insert(Review)
            .values(
                listing_id=listing_id,
                flag_fingerprint=flag_fingerprint,
                decision=decision,
                note=(note or "").strip(),
                reviewer=reviewer[:200],
                decided_at=utcnow(),
            )
            .returning(Review.id)
        ).scalar_one()
        refresh_review_status(conn, [listing_id])
        summaries.refresh(conn, [listing_id])  # counts and the queue's figures
    return int(review_id)
