"""Item pipelines, one job each: archive the response (WARC), then store the page.

Both find the crawl run through ``run_context(crawler)``: the runner passes the database,
run id and WARC path in settings; a bare ``scrapy crawl`` gets a run opened (and closed) by
the store pipeline itself.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy import Engine

from crawler.items import PageItem
from crawler.listings import save_page
from crawler.revisit_store import RevisitWriter, archive_not_modified
from crawler.runs import close_run, open_run
from crawler.store_batch import BatchWriter
from crawler.warc import WarcArchive, archive_for_run, open_shared, release_shared
from store.db import make_engine, session_factory

logger = logging.getLogger(__name__)


@cache
def shared_engine(db_url: str | None) -> Engine:
    """One engine per database for all crawlers of a process."""
    return make_engine(db_url)


@dataclass
class RunContext:
    engine: Engine
    run_id: int
    warc_path: str
    owns_run: bool  # opened here (bare ``scrapy crawl``): close it when the spider closes
    store_id: str  # the store's id (store.evidence), written into the WARC's warcinfo


def run_context(crawler: Crawler) -> RunContext:
    """The crawl run this crawler writes to (created once per crawler)."""
    context = getattr(crawler, "_certwatch_run", None)
    if context is None:
        settings = crawler.settings
        engine = shared_engine(settings.get("CERTWATCH_DB_URL"))
        run_id = settings.getint("CERTWATCH_RUN_ID") or None
        owns_run = run_id is None
        if run_id is None:
            spider = crawler.spidercls.name
            run_id = open_run(engine, "crawl", {"spider": spider, "via": "scrapy crawl"})
        default_path, store_id = archive_for_run(engine, run_id)
        warc_path = settings.get("CERTWATCH_WARC_PATH") or str(default_path)
        context = RunContext(engine, run_id, warc_path, owns_run, store_id)
        # Scrapy's Crawler takes no extension data: the run rides on it as an undeclared attribute
        crawler._certwatch_run = context  # type: ignore[attr-defined]
    return context


def _page_item(item: Any) -> PageItem:
    if not isinstance(item, PageItem):
        raise DropItem(f"not a PageItem: {type(item).__name__}")
    return item


class ArchivePipeline:
    """Writes every response (body and headers as received) to the run's WARC file."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.archive: WarcArchive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        context = run_context(self.crawler)
        self.archive = open_shared(context.warc_path, context.store_id)

    def close_spider(self, spider: Any = None) -> None:
        if self.archive is not None:
            release_shared(self.archive)
            self.archive = None

    def process_item(self, item: Any, spider: Any = None) -> PageItem:
        page = _page_item(item)
        if page.revisit is not None and page.revisit.not_modified:  # a 304: crawler.revisit
            return archive_not_modified(self.archive, page)
        if page.status is not None and self.archive is not None:
            record = self.archive.write_response(
                page.final_url,
                page.status,
                page.http_headers,
                page.body,
                protocol=page.protocol,
                fetched_at=page.fetched_at,
            )
            self.archive.write_request(
                page.final_url,
                page.request_method,
                page.request_headers,
                concurrent_to=record.record_id,  # Scrapy's HTTP/1.1 client sent it
                fetched_at=page.fetched_at,
            )
            page.warc_file = record.warc_file
            page.warc_offset = record.offset
            page.warc_record_id = record.record_id
            page.sha256 = record.sha256
        page.body = b""  # archived: no need to keep it in memory
        page.http_headers = []
        page.request_headers = []
        return page


class StorePipeline:
    """A Page row per fetch; for offers, the listing and (when changed) an observation.

    Pages are written in batches, one transaction each, in a thread of its own
    (``crawler.store_batch``), so a killed crawl leaves every stored page complete. A listing
    inserted concurrently by another crawler (unique ``listing_key``) is re-read and updated.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.context: RunContext | None = None
        self.seen: set[tuple[str, str]] = set()
        self.writer: BatchWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        self.context = run_context(self.crawler)
        self.sessions = session_factory(self.context.engine)
        self.writer = BatchWriter(self.sessions, self.context.run_id)
        self.revisits = RevisitWriter(self.sessions, self.context.run_id,
                                      on_failure=self._record_unstorable)

    def close_spider(self, spider: Any = None) -> None:
        if self.writer is not None:
            self.writer.close()
        if self.context is not None:
            self.revisits.flush()
        if self.context is not None and self.context.owns_run:
            reason = self.crawler.stats.get_value("finish_reason") if self.crawler.stats else None
            status = (
                "succeeded" if reason in (None, "finished", "closespider_pagecount") else "failed"
            )
            stats = close_run(
                self.context.engine,
                self.context.run_id,
                status=status,
                warc_path=self.context.warc_path,
                extra_stats={"finish_reason": reason},
            )
            logger.info("crawl run %s %s: %s", self.context.run_id, status, stats)

    async def process_item(self, item: Any, spider: Any = None) -> PageItem:
        page = _page_item(item)
        assert self.context is not None and self.writer is not None
        key = (page.final_url, page.sha256 or page.error or "")
        if key in self.seen:  # two URLs redirected to one page, fetched twice
            raise DropItem(f"already stored in this run: {page.final_url}")
        self.seen.add(key)
        try:
            if page.revisit and page.revisit.skip:  # unchanged since the last capture
                stored = self.revisits.add(page)
            else:
                stored = await asyncio.wrap_future(self.writer.submit(page))
        except Exception as exc:
            self._record_unstorable(page, exc)
            raise DropItem(f"could not store {page.url}: {one_line(exc)}") from exc
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("certwatch/pages")
            if page.error:
                stats.inc_value("certwatch/errors")
            if stored.listing_id is not None:
                stats.inc_value("certwatch/offers")
                stats.inc_value(
                    "certwatch/new_listings" if stored.new_listing else "certwatch/seen_listings"
                )
        return page

    def _record_unstorable(self, page: PageItem, exc: Exception) -> None:
        """A page the store refused is an error of the run: counted in the crawl's stats
        (the run is then not ``succeeded``) and, where the store still takes it, kept as a
        page row without its facts, carrying the reason, so it shows among the run's errors."""
        assert self.context is not None
        reason = f"could not store the page: {one_line(exc)}"
        logger.error("%s: %s", page.url, reason)
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("certwatch/store_failures")
        bare = replace(page, facts=None, html=None, selected={}, error=reason)
        try:
            save_page(self.sessions, bare, self.context.run_id, attempts=2)
        except Exception as again:
            logger.error("%s: not even its error could be stored: %s", page.url, one_line(again))


def one_line(exc: BaseException) -> str:
    """``exc`` as a short line (a DBAPI error's first line, without the SQL echoed after)."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:300]}" if lines else type(exc).__name__
