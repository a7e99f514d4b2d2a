"""Extraction pipeline: decoded HTML in the item → its ``OfferFacts``, on a second core.

Extraction is pure CPU work (tens of ms on a long page) while the crawl process must keep
the network, the archive and the store moving. With ``CERTWATCH_EXTRACT_PROCESSES`` ≥ 1 the
pages are extracted in that many worker processes (forked, so they start at once with the
extraction code already imported); 0 extracts inside the crawl process.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing
import signal
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from scrapy.crawler import Crawler

from crawler.extract import extract_facts
from crawler.items import PageItem
from crawler.selected import apply_selected
from facts.contract import OfferFacts

logger = logging.getLogger(__name__)
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent() -> None:
    """Worker initializer: the kernel kills this worker when the crawl process dies.

    A crawl killed by SIGKILL cannot shut its pool down; without this, its workers would
    live on, idle, forever.
    """
    with contextlib.suppress(OSError, AttributeError):  # not Linux: no such call, carry on
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def extract_item_facts(html: str, url: str, selected: dict[str, list[str]]) -> OfferFacts:
    """Everything extraction and a configured source's selectors say about one page."""
    facts = extract_facts(html, url)
    return apply_selected(facts, selected) if selected else facts


class ExtractPipeline:
    def __init__(self, processes: int) -> None:
        self.processes = processes
        self.pool: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler.settings.getint("CERTWATCH_EXTRACT_PROCESSES", 1))

    def open_spider(self, spider: Any = None) -> None:
        if self.processes > 0:
            self.pool = ProcessPoolExecutor(
                self.processes, mp_context=multiprocessing.get_context("fork"),
                initializer=_die_with_parent,
            )

    def close_spider(self, spider: Any = None) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, PageItem) or item.html is None:
            return item
        html, item.html = item.html, None
        try:
            item.facts = await self._extract(html, item.final_url, item.selected)
        except Exception as exc:
            logger.exception("extraction failed on %s", item.final_url)
            item.error = f"extraction failed: {type(exc).__name__}: {exc}"
        return item

    async def _extract(self, html: str, url: str, selected: dict[str, list[str]]) -> OfferFacts:
        if self.pool is None:
            return extract_item_facts(html, url, selected)
        try:
            future = self.pool.submit(extract_item_facts, html, url, selected)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:  # a worker died (out of memory?): carry on in-process
            logger.warning("extraction worker died; extracting in the crawl process from now on")
            self.pool = None
            return extract_item_facts(html, url, selected)
