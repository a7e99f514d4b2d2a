"""Extract stored captures again: read each page's response back from the WARC archive, run
the crawl's extraction on it and store the facts the way the crawl's store pipeline does.

For when an extraction rule changed: a listing gets a new Observation only when its facts
changed (``crawler.listings.upsert_listing``, as in a crawl), and an offer page that now reads
as one becomes a listing. Re-reading is not seeing: a listing's ``last_seen``, ``missed_runs``
and ``removed_at`` stay as the crawls left them. Only the newest successful capture of each
URL is read (older captures would add stale observations on the way). A configured source's
selectors are not re-applied (the spider's picks are not archived).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy.http import Headers, Response, TextResponse
from scrapy.responsetypes import responsetypes
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crawler.extraction import extract_item_facts
from crawler.identity import identify, own_url
from crawler.listing_merge import merge_same_content, retire_listing
from crawler.listings import page_warnings, upsert_listing
from crawler.pages import decode_html, is_html
from crawler.runs import close_run, open_run
from crawler.urls import listing_key
from crawler.warc import RecordHeaders, read_record
from facts.contract import OfferFacts
from store.db import session_factory
from store.models import Listing, Page

logger = logging.getLogger(__name__)


class CaptureMissing(Exception):
    """The capture's WARC file is gone (pruned, moved) or has no record at the offset."""


def read_capture(warc_file: str, offset: int,
                 headers_only: bool = False) -> tuple[RecordHeaders, bytes]:
    """The archived HTTP headers and body at ``offset`` (the one place that reads the WARC
    archive here; CaptureMissing when the file or the record is not there).
    ``headers_only``: the body is not read (returned empty)."""
    if not Path(warc_file).is_file():
        raise CaptureMissing(f"{warc_file}: the WARC file is missing")
    try:
        return read_record(warc_file, offset, headers_only)
    except (OSError, ValueError) as exc:
        raise CaptureMissing(f"{warc_file}@{offset}: cannot read the WARC record: {exc}") from exc


def response_from_capture(url: str, headers: RecordHeaders, body: bytes) -> Response:
    """The Scrapy response the spider had (as archived: body already decoded from gzip)."""
    status = int(headers.status_line.split(" ", 1)[0] or 200)
    scrapy_headers = Headers([(k, v) for k, v in headers.http
                              if not k.lower().startswith("x-certwatch-original-")])
    cls = responsetypes.from_args(headers=scrapy_headers, url=url, body=body)
    response: Response = cls(url=url, status=status, headers=scrapy_headers, body=body)
    return response


def facts_from_capture(url: str, headers: RecordHeaders, body: bytes) -> OfferFacts | None:
    """What the crawl's extraction says about a captured response; None when not HTML."""
    response = response_from_capture(url, headers, body)
    if not is_html(response):
        return None
    assert isinstance(response, TextResponse)
    return extract_item_facts(decode_html(response), url, {})


@dataclass
class ReextractSummary:
    run_id: int
    pages: int = 0  # captures read and extracted
    missing: int = 0  # captures whose WARC file or record is gone
    errors: int = 0  # captures that could not be extracted
    changed_listing_ids: list[int] = field(default_factory=list)  # new or with new facts
    new_listings: int = 0
    retired_listing_ids: list[int] = field(default_factory=list)  # no longer offers
    merged: list[tuple[int, int]] = field(default_factory=list)  # (merged id, surviving id)


def latest_captures(session: Session, *, source: str | None = None,
                    since: datetime | None = None) -> list[tuple[int, str, int]]:
    """(page id, WARC file, offset) of the newest successful capture of each URL, oldest first."""
    query = select(func.max(Page.id)).where(
        Page.warc_file.is_not(None), Page.warc_offset.is_not(None), Page.error.is_(None),
        Page.status.is_not(None),
    )
    if source is not None:
        query = query.where(Page.source == source)
    if since is not None:
        query = query.where(Page.fetched_at >= since)
    newest = query.group_by(Page.final_url).scalar_subquery()
    rows = session.execute(
        select(Page.id, Page.warc_file, Page.warc_offset).where(Page.id.in_(newest))
        .order_by(Page.id)
    ).all()
    return [(page_id, str(warc), int(offset)) for page_id, warc, offset in rows
            if warc is not None and offset is not None]


def _store(session: Session, page: Page, facts: OfferFacts, run_id: int,
           summary: ReextractSummary) -> None:
    """The store pipeline's part after the Page row: page type, then listing and observation.

    A listed page the rules no longer read as an offer retires its listing (with the reason);
    one read as an offer again brings it back.
    """
    page.is_offer = bool(facts.is_offer)
    page.page_type, page.page_reasons = facts.page_type, facts.offer_evidence[:2000]
    page.content_digest = facts.content_digest
    page.warnings = page_warnings(facts)
    page.seller_facts = facts.to_dict() if facts.sellers_page else None
    if not page.is_offer:
        # (a listed seller's page keeps its listing: its seller's offers decide it afterwards,
        # certwatch.operators.seller_pages)
        listed = None if facts.sellers_page else session.scalars(
            select(Listing).where(Listing.listing_key == listing_key(own_url(session, page.final_url)))
        ).one_or_none()
        if listed is not None and listed.retired_at is None:
            retire_listing(session, listed, f"no longer read as an offer: {facts.offer_evidence}")
            summary.retired_listing_ids.append(listed.id)
        return
    known = identify(session, page.final_url, facts).listing
    kept: dict[str, Any] = {}
    if known is not None:
        kept = {"last_seen": known.last_seen, "missed_runs": known.missed_runs,
                "removed_at": known.removed_at}
    stored = upsert_listing(session, page, facts, page.source, run_id)
    if known is not None:
        for name, value in kept.items():
            setattr(known, name, value)
    if stored.listing_id is not None and (stored.new_listing or stored.new_observation):
        summary.changed_listing_ids.append(stored.listing_id)
        summary.new_listings += stored.new_listing


def reextract_pages(engine: Engine, *, source: str | None = None, since: datetime | None = None,
                    read: Callable[[str, int], tuple[RecordHeaders, bytes]] = read_capture,
                    ) -> ReextractSummary:
    """Re-extract the newest capture of every URL (of ``source``, fetched ``since``), in a
    run of kind ``reextract``; one transaction per page."""
    args = {"source": source, "since": since.isoformat() if since else None}
    summary = ReextractSummary(open_run(engine, "reextract", args))
    sessions = session_factory(engine)
    with sessions() as session:
        captures = latest_captures(session, source=source, since=since)
    for page_id, warc_file, offset in captures:
        try:
            headers, body = read(warc_file, offset)
        except CaptureMissing as exc:
            logger.warning("page %d: %s", page_id, exc)
            summary.missing += 1
            continue
        with sessions() as session, session.begin():
            page = session.get(Page, page_id)
            assert page is not None
            try:
                facts = facts_from_capture(page.final_url, headers, body)
            except Exception as exc:
                logger.exception("extraction failed on %s", page.final_url)
                summary.errors += 1
                logger.debug("%s", exc)
                continue
            summary.pages += 1
            if facts is not None:
                _store(session, page, facts, summary.run_id, summary)
    with sessions() as session, session.begin():
        summary.merged = merge_same_content(session)
    close_run(engine, summary.run_id, status="succeeded" if not summary.errors else "failed",
              error=f"{summary.errors} captures could not be extracted" if summary.errors else None,
              extra_stats={"pages_read": summary.pages, "missing_captures": summary.missing,
                           "extraction_errors": summary.errors,
                           "listings_changed": len(summary.changed_listing_ids),
                           "listings_retired": len(summary.retired_listing_ids),
                           "listings_merged": len(summary.merged)})
    return summary
