"""``DEPTH_LIMIT`` on a page's shortest known path from the start, not on the path found first.

Scrapy's ``DepthMiddleware`` gives a request its linking page's depth plus one, and the
duplicate filter keeps only the first request of a URL, so a page's depth is that of the
path that reached it first. Scrapy's queue takes the newest request of a priority first: a
crawl goes deep before it goes wide, and the path found first can be far longer than the
shortest. On the nightly bench's web (5,000 pages, none more than five links from the start)
pages were fetched at depth 20, the limit; their links past it were dropped for good, and a
page linked only from such pages was never requested, on about one night in four.

``ShortestDepthMiddleware`` (in Scrapy's ``DepthMiddleware``'s place) keeps for the crawl
(``Depths``) each URL's least depth over every link to it seen, the links of each page read,
and one request of each URL held back for the limit. A page's links get its least depth plus
one. When a shorter path to a URL turns up, the better depth flows on through the links of
the pages already read, and a held request now within the limit is let through then. So a
URL is requested if some path to it through the pages read is within the limit. Past
``MAX_URLS`` URLs a crawl it keeps nothing more and depths are Scrapy's (the path first found).
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.http import Response

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
MAX_URLS = 200_000  # URLs whose depths are kept (a few hundred bytes each, links included)
HELD = "certwatch/depth/held"  # stats: links held back for the limit
RELEASED = "certwatch/depth/released"  # stats: held links let through after a shorter path
FULL = "certwatch/depth/full"  # stats: MAX_URLS reached (depths are Scrapy's from then on)


def source_url(response: Response) -> str:
    """The URL a page was requested by (before any redirect): its links hang from it."""
    redirects = response.meta.get("redirect_urls")
    return str(redirects[0]) if redirects else response.url


class Depths:
    """One crawl's least depths, links of pages read and held requests (see the module)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.limit = crawler.settings.getint("DEPTH_LIMIT")
        self.best: dict[str, int] = {}
        self.links: dict[str, list[str]] = {}
        self.held: dict[str, Request] = {}
        self.full = False

    @classmethod
    def of(cls, crawler: Crawler) -> Depths:
        """The crawler's depths, made once (the depth and replay middlewares share them)."""
        depths = getattr(crawler, "certwatch_depths", None)
        if isinstance(depths, Depths):
            return depths
        depths = cls(crawler)
        crawler.certwatch_depths = depths  # type: ignore[attr-defined]
        return depths

    def of_response(self, response: Response) -> int:
        """A page's least known depth (its request's, or a shorter path's seen since)."""
        depth = int(response.meta.get("depth", 0))
        known = self.best.get(source_url(response))
        return depth if known is None else min(depth, known)

    def improves(self, url: str, depth: int) -> bool:
        """Whether a link at ``depth`` is a shorter path to ``url`` than any seen."""
        known = self.best.get(url)
        return not self.full and bool(self.limit) and (known is None or depth < known)

    def note(self, response: Response, url: str) -> None:
        """A link of the page left out before this middleware (a replayed duplicate, no
        shorter path): kept among the page's links, for a shorter path to the page later."""
        if self.limit and not self.full:
            self.links.setdefault(self._key(source_url(response)), []).append(self._key(url))

    def _stat(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)

    def _fill(self) -> None:
        """MAX_URLS reached: depths are Scrapy's from now on (held requests are dropped)."""
        logger.warning("depths of %d URLs kept: from now on a page's depth is that of the "
                       "path that reached it first", len(self.best))
        self.full = True
        self.best.clear()
        self.links.clear()
        self.held.clear()
        self._stat(FULL)

    def read(self, response: Response, requests: Iterable[Any]) -> Iterator[Any]:
        """The outputs of a page: its links at its depth plus one, held past the limit; other
        outputs as they are; and the held requests a shorter path brings within the limit."""
        depth = self.of_response(response)
        response.meta["depth"] = depth
        source = source_url(response)
        keep = self.limit and not self.full
        if keep and self.best.get(source, depth + 1) > depth:
            self.best[self._key(source)] = depth
        kids = self.links.setdefault(self._key(source), []) if keep else None
        for out in requests:
            if not isinstance(out, Request):
                yield out
                continue
            if self.full or not self.limit:  # no limit: nothing to keep
                yield from self._scrapy(out, depth + 1)
                continue
            if len(self.best) >= MAX_URLS:
                self._fill()
                yield from self._scrapy(out, depth + 1)
                continue
            url = self._key(out.url)
            if kids is not None:
                kids.append(url)
            yield from self._relax(url, depth + 1, out)

    @staticmethod
    def _key(url: str) -> str:
        """The one string kept for a URL (the links of many pages share it)."""
        return sys.intern(url)

    def _scrapy(self, request: Request, depth: int) -> Iterator[Request]:
        """Scrapy's own rule: the request's depth is its page's plus one; past the limit,
        dropped."""
        request.meta["depth"] = depth
        if not self.limit or depth <= self.limit:
            self._max(depth)
            yield request

    def _max(self, depth: int) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.max_value("request_depth_max", depth)

    def _relax(self, url: str, depth: int, request: Request) -> Iterator[Request]:
        """A link to ``url`` at ``depth``; a shorter path than known flows on through the
        links of the pages read."""
        known = self.best.get(url)
        if known is not None and known <= depth:  # nothing shorter: Scrapy's rule
            if not self.limit or depth <= self.limit:
                request.meta["depth"] = depth
                self._max(depth)
                yield request
            return
        queue: deque[tuple[str, int, Request | None]] = deque([(url, depth, request)])
        while queue:
            url, depth, link = queue.popleft()
            known = self.best.get(url)
            if known is not None and known <= depth:
                continue
            self.best[url] = depth
            if self.limit and depth > self.limit:
                if link is not None and url not in self.held:
                    self.held[url] = link
                    self._stat(HELD)
            else:
                held = self.held.pop(url, None)
                if held is not None:
                    self._stat(RELEASED)
                out = link if link is not None else held
                if out is not None:
                    out.meta["depth"] = depth
                    self._max(depth)
                    yield out
            for kid in self.links.get(url, ()):  # a page read: its links are one deeper
                queue.append((kid, depth + 1, None))


class ShortestDepthMiddleware:
    """Scrapy's ``DepthMiddleware`` on least depths (see the module)."""

    def __init__(self, depths: Depths) -> None:
        self.depths = depths

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ShortestDepthMiddleware:
        return cls(Depths.of(crawler))

    def process_spider_output(self, response: Response, result: Iterable[Any],
                              spider: Any = None) -> Iterator[Any]:
        yield from self.depths.read(response, result)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any],
                                          spider: Any = None) -> AsyncIterator[Any]:
        outputs = [out async for out in result]
        for out in self.depths.read(response, outputs):
            yield out
