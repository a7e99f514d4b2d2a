"""Revisits into the archive and the store, without extraction.

``archive_not_modified``: a 304 is archived as a WARC revisit record (and its request);
the page then points at the original response, whose body it confirmed, so every reader of
``pages.warc_*`` (case files, re-extraction, the dashboard) still finds the body.

``RevisitWriter``: a revisit that skips extraction is stored in batches: a Page row with
the earlier capture's classification, and its listing's ``last_seen`` (and ``missed_runs``,
``removed_at``, ``last_page_id``) as the store pipeline would set them. No observation is
added (the facts did not change), so the run's recorded changes hold only what changed.
A listing whose last page is no longer the one revisited (another page of it was stored
meanwhile) is left as that page set it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session, sessionmaker

from crawler.items import PageItem
from crawler.listings import StoredPage
from crawler.outlinks_store import record_outlinks
from crawler.revisit_columns import revisit_columns
from crawler.warc import WarcArchive
from store.models import Listing, Page
from store.timeutil import utcnow

logger = logging.getLogger(__name__)


def archive_not_modified(archive: WarcArchive | None, page: PageItem) -> PageItem:
    """Write the revisit and request records of a 304; point the page at the original."""
    revisit = page.revisit
    assert revisit is not None and revisit.not_modified
    known = revisit.known
    if archive is not None:
        record = archive.write_revisit(
            page.final_url, page.http_headers, refers_to=revisit.refers_to, sha256=known.sha256,
            protocol=page.protocol, fetched_at=page.fetched_at)
        archive.write_request(page.final_url, page.request_method, page.request_headers,
                              concurrent_to=record.record_id, fetched_at=page.fetched_at)
        page.revisit = replace(revisit, record=(record.warc_file, record.offset))
    page.warc_file, page.warc_offset = known.warc_file, known.warc_offset
    page.warc_record_id, page.sha256 = known.warc_record_id, known.sha256
    page.body, page.http_headers, page.request_headers = b"", [], []
    return page


def _fetched_at(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return utcnow()


def page_row(page: PageItem, run_id: int | None) -> dict[str, Any]:
    """The Page row of a revisit that skipped extraction."""
    assert page.revisit is not None
    known = page.revisit.known
    return {
        "run_id": run_id, "source": page.source[:200], "url": page.url,
        "final_url": page.final_url, "fetched_at": _fetched_at(page.fetched_at),
        "status": page.status, "content_type": (page.content_type or known.content_type)[:200],
        "sha256": known.sha256, "size": known.size, "warc_file": page.warc_file,
        "warc_offset": page.warc_offset, "warc_record_id": page.warc_record_id, "error": None,
        "is_offer": known.is_offer, "page_type": known.page_type,
        "page_reasons": known.page_reasons, "content_digest": known.content_digest,
        "warnings": known.warnings, **revisit_columns(page),
        "extract_key": known.extract_key,
    }


def write_revisits(session: Session, pages: list[PageItem], run_id: int | None) -> int:
    """Insert the pages' rows and refresh their listings; returns the listings refreshed."""
    record_outlinks(session, pages)
    rows = [page_row(p, run_id) for p in pages]
    ids = list(session.scalars(
        insert(Page).returning(Page.id, sort_by_parameter_order=True), rows))
    seen = [
        {"b_id": p.revisit.known.listing_id, "b_prev": p.revisit.known.page_id,
         "b_seen": row["fetched_at"], "b_page": page_id, "b_url": p.final_url,
         "b_source": row["source"]}
        for p, row, page_id in zip(pages, rows, ids, strict=True)
        if p.revisit is not None and p.revisit.known.listing_id is not None
    ]
    if not seen:
        return 0
    table = Listing.__table__
    assert isinstance(table, Table)
    result = session.connection().execute(
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.last_page_id == bindparam("b_prev"))
        .values(last_seen=bindparam("b_seen"), last_page_id=bindparam("b_page"),
                url=bindparam("b_url"), source=bindparam("b_source"), missed_runs=0,
                removed_at=None),
        seen,
    )
    refreshed = result.rowcount if result.rowcount is not None and result.rowcount >= 0 else len(seen)
    if refreshed < len(seen):
        logger.info("%d revisited listings had another page stored meanwhile",
                    len(seen) - refreshed)
    return refreshed


class RevisitWriter:
    """Buffers revisits and writes them ``batch`` at a time (or every ``seconds``)."""

    def __init__(self, sessions: sessionmaker[Session], run_id: int | None, *,
                 batch: int = 200, seconds: float = 2.0,
                 on_failure: Callable[[PageItem, Exception], None] | None = None) -> None:
        self.sessions = sessions
        self.on_failure = on_failure
        self.run_id = run_id
        self.batch = batch
        self.seconds = seconds
        self.pending: list[PageItem] = []
        self.last_flush = time.monotonic()

    def add(self, page: PageItem) -> StoredPage:
        self.pending.append(page)
        if len(self.pending) >= self.batch or time.monotonic() - self.last_flush >= self.seconds:
            self.flush()
        return StoredPage(0, page.revisit.known.listing_id if page.revisit else None)

    def flush(self) -> None:
        pages, self.pending = self.pending, []
        self.last_flush = time.monotonic()
        if not pages:
            return
        try:
            self._write(pages)
        except Exception:  # one bad page must not lose the batch: write them one by one
            for page in pages:
                try:
                    self._write([page])
                except Exception as exc:
                    logger.error("%s: could not store the revisit: %s", page.url, exc)
                    if self.on_failure is not None:
                        self.on_failure(page, exc)

    def _write(self, pages: list[PageItem]) -> None:
        with self.sessions() as session, session.begin():
            write_revisits(session, pages, self.run_id)
