"""Prune old evidence, except the evidence behind a flagged or reviewed listing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from store.models import Flag, Listing, Observation, Page, PageOutlinks, Review


@dataclass
class Pruned:
    pages: int = 0
    warc_files: int = 0


def prune(session: Session, *, older_than_days: int, now: datetime) -> Pruned:
    """Delete page records fetched before the cutoff and WARC files nothing kept points to."""
    cutoff = now - timedelta(days=older_than_days)
    protected_listings = (
        select(Flag.listing_id).where(Flag.active.is_(True))
        .union(select(Review.listing_id))
    ).subquery()
    protected_pages = (
        select(Observation.page_id).where(Observation.listing_id.in_(select(protected_listings)))
        .union(select(Listing.last_page_id).where(Listing.id.in_(select(protected_listings))))
    ).subquery()
    doomed = session.execute(
        select(Page.id, Page.warc_file, Page.revisit_warc_file).where(
            Page.fetched_at < cutoff,
            Page.id.not_in(select(protected_pages).where(protected_pages.c[0].is_not(None))),
        )
    ).all()
    if not doomed:
        return Pruned()
    ids = [page_id for page_id, _, _ in doomed]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        session.execute(update(Observation).where(Observation.page_id.in_(chunk))
                        .values(page_id=None))
        session.execute(update(Listing).where(Listing.last_page_id.in_(chunk))
                        .values(last_page_id=None))
        session.execute(delete(Page).where(Page.id.in_(chunk)))
    # recorded outlinks no capture points at any more (crawler.outlinks)
    session.execute(delete(PageOutlinks).where(PageOutlinks.id.not_in(
        select(Page.outlinks_id).where(Page.outlinks_id.is_not(None)))))
    # a 304's page points at the original response's file and at its revisit record's file
    files = {warc for _, original, revisit in doomed for warc in (original, revisit) if warc}
    still_used = set(session.scalars(select(Page.warc_file).where(Page.warc_file.in_(files))))
    still_used |= set(session.scalars(
        select(Page.revisit_warc_file).where(Page.revisit_warc_file.in_(files))))
    removed = 0
    for name in files - still_used:
        path = Path(name)
        if path.exists():
            path.unlink()
            removed += 1
    return Pruned(pages=len(ids), warc_files=removed)
