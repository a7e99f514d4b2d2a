"""Progress of a crawl: a live line on a terminal, a plain log line every N pages otherwise.

Counts are shared by every crawler of the process (all sources of one run add up).
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.items import PageItem

logger = logging.getLogger(__name__)


@dataclass
class Totals:
    pages: int = 0
    offers: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)
    open_crawlers: int = 0

    def reset(self) -> None:
        """Count from zero again, in place (every crawler of the process holds this object)."""
        self.pages = self.offers = self.errors = self.open_crawlers = 0
        self.started = time.monotonic()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return (
            f"pages {self.pages} | offers {self.offers} | errors {self.errors}"
            f" | {self.pages / elapsed:.1f} pages/s"
        )


_totals = Totals()


class ProgressExtension:
    """Settings: ``CERTWATCH_PROGRESS`` (on by default), ``CERTWATCH_PROGRESS_EVERY``."""

    def __init__(self, every: int, stream: TextIO) -> None:
        self.every = max(1, every)
        self.stream = stream
        self.live = stream.isatty()
        self._last_draw = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        if not crawler.settings.getbool("CERTWATCH_PROGRESS", True):
            raise NotConfigured
        ext = cls(crawler.settings.getint("CERTWATCH_PROGRESS_EVERY", 100), sys.stderr)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any = None) -> None:
        if _totals.open_crawlers == 0:
            _totals.reset()  # a new run in this process
        _totals.open_crawlers += 1

    def item_scraped(self, item: Any, **kwargs: Any) -> None:
        if not isinstance(item, PageItem):
            return
        _totals.pages += 1
        _totals.errors += bool(item.error)
        _totals.offers += bool(item.facts and item.facts.is_offer and not item.error)
        if self.live:
            now = time.monotonic()
            if now - self._last_draw >= 0.5:
                self._last_draw = now
                self.stream.write("\r\x1b[K" + _totals.line())
                self.stream.flush()
        elif _totals.pages % self.every == 0:
            logger.info("progress: %s", _totals.line())

    def spider_closed(self, spider: Any = None) -> None:
        _totals.open_crawlers -= 1
        if _totals.open_crawlers == 0:
            if self.live:
                self.stream.write("\r\x1b[K" + _totals.line() + "\n")
                self.stream.flush()
            else:
                logger.info("done: %s", _totals.line())
