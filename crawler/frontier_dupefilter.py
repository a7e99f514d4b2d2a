"""The shared duplicate filter with a local memory: a URL known seen costs no round trip.

scrapy-redis's ``RFPDupeFilter`` asks Redis (``SADD``) about every link a worker finds, and
a site's pages repeat the same navigation links: ~50 round trips a page, most of them for
URLs this worker already asked about. A fingerprint once in the shared set stays there for
the crawl, so a worker may remember the URLs it has seen answered and answer itself: only
URLs new to this worker go to Redis. The memory is bounded (``MAX_KNOWN`` URLs, then it
starts afresh), so a worker's memory stays flat on a crawl of millions of pages.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter

MAX_KNOWN = 200_000  # URLs remembered per worker (~40 MB at most)


# scrapy_redis ships no type information (ignored in pyproject): its RFPDupeFilter is Any.
class CachedDupeFilter(RFPDupeFilter):  # type: ignore[misc]
    """``RFPDupeFilter`` that answers for URLs it has already put in the shared set."""

    def __init__(self, server: Any, key: str, debug: bool = False) -> None:
        super().__init__(server, key, debug)
        self.known: set[str] = set()

    def known_seen(self, request: Request) -> bool:
        """Whether this worker knows ``request`` is in the shared set (no round trip)."""
        # a body or another method makes another fingerprint: those always ask Redis
        return request.method == "GET" and not request.body and request.url in self.known

    def remember(self, request: Request) -> None:
        """``request`` is in the shared set now (this worker added it, or found it there)."""
        if request.method == "GET" and not request.body:
            if len(self.known) >= MAX_KNOWN:
                self.known.clear()
            self.known.add(request.url)

    def request_seen(self, request: Request) -> bool:
        if self.known_seen(request):
            return True
        seen = bool(super().request_seen(request))
        self.remember(request)
        return seen

    def clear(self) -> None:
        self.known.clear()
        super().clear()
