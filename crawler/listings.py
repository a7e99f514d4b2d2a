"""A fetched page into the store: its Page row, and for an offer its Listing and Observation.

A listing is identified by its URL and its content (``crawler.identity``); an Observation is
added only when the facts that matter changed (``facts_hash``), so URL variants of one offer
and re-crawls of an unchanged page add nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crawler.identity import identify, site_of
from crawler.items import PageItem
from crawler.listing_contacts import replace_identifiers
from crawler.outlinks_store import record_outlinks
from crawler.revisit_columns import revisit_columns
from crawler.urls import listing_key
from facts.contract import OfferFacts
from store.models import Listing, Observation, Page
from store.timeutil import utcnow

logger = logging.getLogger(__name__)


def facts_fingerprint(facts: OfferFacts) -> dict[str, object]:
    """The facts whose change is news (evidence sentences, contacts and order are not)."""
    return {
        "title": " ".join(facts.title.split()),
        "provider": facts.provider,
        "region": facts.region,
        "issuers": sorted({i.name for i in facts.issuers}),
        "levels": sorted(set(facts.levels)),
        "fees": sorted({(f.amount_min, f.amount_max, f.kind, f.level or 0) for f in facts.fees}),
        "claims": sorted({(c.category, c.phrase, c.stance) for c in facts.claims}),
        "verification_urls": sorted(set(facts.verification_urls)),
    }


def facts_hash(facts: OfferFacts) -> str:
    """SHA-256 of the canonical JSON of ``facts_fingerprint``."""
    canonical = json.dumps(facts_fingerprint(facts), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredPage:
    page_id: int
    listing_id: int | None = None
    new_listing: bool = False
    new_observation: bool = False


def _parse_time(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return utcnow()


def page_warnings(facts: OfferFacts | None) -> str | None:
    """What extraction could not read on the page (one warning a line), or None."""
    return "\n".join(facts.warnings) if facts and facts.warnings else None


def new_page(item: PageItem, run_id: int | None) -> Page:
    """The Page row for a fetched item (not yet added to a session)."""
    return Page(
        run_id=run_id,
        source=item.source[:200],
        url=item.url,
        final_url=item.final_url,
        fetched_at=_parse_time(item.fetched_at),
        status=item.status,
        content_type=item.content_type[:200],
        sha256=item.sha256,
        size=item.size,
        warc_file=item.warc_file,
        warc_offset=item.warc_offset,
        warc_record_id=item.warc_record_id,
        error=item.error,
        is_offer=bool(item.facts and item.facts.is_offer and not item.error),
        page_type=item.facts.page_type if item.facts else None,
        page_reasons=item.facts.offer_evidence[:2000] if item.facts else None,
        content_digest=item.facts.content_digest if item.facts else None,
        warnings=page_warnings(item.facts),
        seller_facts=(item.facts.to_dict() if item.facts and item.facts.sellers_page
                      and not item.error else None),
        **revisit_columns(item),  # validators, extraction key (crawler.revisit)
    )


def add_page(session: Session, item: PageItem, run_id: int | None) -> Page:
    page = new_page(item, run_id)
    session.add(page)
    session.flush()
    return page


def page_only(item: PageItem) -> bool:
    """Whether ``store_page`` writes nothing for ``item`` but its Page row (no listing).

    Such rows may wait and go into the store together, in one multi-row INSERT
    (``crawler.store_batch``). Keep in step with ``store_page``."""
    return not (item.facts is not None and item.facts.is_offer and not item.error)


def upsert_listing(
    session: Session, page: Page, facts: OfferFacts, source: str, run_id: int | None
) -> StoredPage:
    """Create or refresh the listing behind an offer page; add an Observation if changed."""
    identity = identify(session, page.final_url, facts)
    listing = identity.listing
    seen_at = page.fetched_at
    is_new = listing is None
    if listing is not None and identity.copy:
        # Another URL of a listed offer (a mirror, a variant, a copy naming it canonical, with
        # the same main text): the listing is seen, its facts come from its own page.
        listing.last_seen = seen_at
        listing.missed_runs = 0
        listing.removed_at = None
        session.flush()
        return StoredPage(page.id, listing.id, False, False)
    if listing is None:
        canonical = identity.canonical_url
        listing = Listing(listing_key=listing_key(canonical), canonical_url=canonical,
                          first_seen=seen_at)
        session.add(listing)
    listing.content_digest = facts.content_digest
    listing.content_sketch = facts.content_sketch
    listing.site = site_of(page.final_url)
    listing.retired_at = None
    listing.retired_reason = None
    listing.url = page.final_url
    listing.source = source[:200]
    listing.last_seen = seen_at
    listing.last_page_id = page.id
    listing.missed_runs = 0
    listing.removed_at = None
    listing.title = facts.title
    listing.provider = facts.provider[:300] if facts.provider else None
    listing.region = facts.region
    listing.levels = sorted(set(facts.levels))
    listing.fee_min = facts.fee_min
    listing.fee_max = facts.fee_max
    session.flush()

    digest = facts_hash(facts)
    latest = session.scalars(
        select(Observation.facts_hash)
        .where(Observation.listing_id == listing.id)
        .order_by(Observation.id.desc())
        .limit(1)
    ).first()
    replace_identifiers(session, listing.id, facts.identifiers, seen_at)
    changed = latest != digest
    if changed:
        session.add(
            Observation(
                listing_id=listing.id,
                page_id=page.id,
                run_id=run_id,
                observed_at=seen_at,
                facts_hash=digest,
                facts=facts.to_dict(),
                fee_min=facts.fee_min,
                fee_max=facts.fee_max,
            )
        )
    return StoredPage(page.id, listing.id, is_new, changed)


def store_page(session: Session, item: PageItem, run_id: int | None) -> StoredPage:
    """Write one fetched page (and its listing, when an offer) in ``session`` (no commit)."""
    record_outlinks(session, [item])
    return store_recorded_page(session, item, run_id)


def store_recorded_page(session: Session, item: PageItem, run_id: int | None) -> StoredPage:
    """``store_page`` once the item's outlinks are recorded (``record_outlinks``)."""
    page = add_page(session, item, run_id)
    if page.is_offer and item.facts is not None:
        return upsert_listing(session, page, item.facts, item.source, run_id)
    return StoredPage(page.id)


def save_page(
    sessions: sessionmaker[Session], item: PageItem, run_id: int | None, attempts: int = 5
) -> StoredPage:
    """``store_page`` in a transaction of its own, retried when a concurrent writer interferes.

    Two crawlers (or workers) storing the same offer at once both find no listing and both
    insert one: the unique ``listing_key`` lets one commit and the other fail with
    IntegrityError (PostgreSQL makes it wait for the first to commit); on the retry it finds
    and updates that listing. A PostgreSQL deadlock or SQLite's "database is locked" comes as
    OperationalError and is retried the same way, after a short random pause. The last
    failure is raised.
    """
    for attempt in range(1, attempts + 1):
        session = sessions()
        try:
            stored = store_page(session, item, run_id)
            session.commit()
            return stored
        except (IntegrityError, OperationalError) as exc:
            session.rollback()
            if attempt == attempts:
                raise
            logger.info("retrying store of %s after %s", item.url, type(exc).__name__)
            time.sleep(random.uniform(0, 0.05 * attempt))
        finally:
            session.close()
    raise AssertionError("unreachable")
