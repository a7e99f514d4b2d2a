"""A Scrapy extension for the benchmark: time from the first to the last response or item.

Excludes start-up and Scrapy's idle wait before closing (up to 5 s), which would otherwise
blur pages/s on short crawls. Writes ``{"first": t0, "last": t1, "responses": n}`` to the file
named by the ``BENCH_TIMING_FILE`` setting when the spider closes.
"""

from __future__ import annotations

import json
import time
from typing import Any

from scrapy import signals


class Timing:
    def __init__(self, path: str) -> None:
        self.path = path
        self.first: float | None = None
        self.last = 0.0
        self.responses = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> Timing:
        ext = cls(crawler.settings.get("BENCH_TIMING_FILE"))
        crawler.signals.connect(ext.response, signal=signals.response_received)
        crawler.signals.connect(ext.touch, signal=signals.item_scraped)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def response(self, **kwargs: Any) -> None:
        self.responses += 1
        self.touch()

    def touch(self, **kwargs: Any) -> None:
        now = time.monotonic()
        self.first = self.first if self.first is not None else now
        self.last = now

    def closed(self, **kwargs: Any) -> None:
        with open(self.path, "w", encoding="utf-8") as handle:
            json.dump({"first": self.first, "last": self.last, "responses": self.responses}, handle)
