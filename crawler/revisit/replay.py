"""Replayed links into requests, without the ones the scheduler would drop anyway.

A page whose known body came back replays its recorded links (``crawler.outlinks``): about
fifty a page, nearly all of them already requested tonight. ``ReplaySpiderMiddleware`` turns
the spider's ``ReplayedLinks`` into requests, first among the spider middlewares, and leaves
out a link whose URL already reached the scheduler in this run (the duplicate filter would
drop it) when leaving it out changes nothing else: focused crawling would follow it without
counting anything (within the off-topic hop limit, not into a trap, so no link counted too
far, no request cut and no trap probe taken from a later link) and the depth limit would learn
nothing from it (it is no shorter path to the URL than one seen: ``crawler.depth``). Every
other replayed link goes on as a request, exactly as the spider would have made it by
parsing the page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.http import Response

from crawler.depth import Depths
from crawler.focus import is_trap, next_hops, path_pattern
from crawler.focus_run import HOPS, RELEVANCE, Focus
from crawler.outlinks import ReplayedLinks

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

MAX_SCHEDULED = 200_000  # URLs remembered (then it starts afresh: only fewer links are left out)
DROPPED = "certwatch/revisit/links_dropped"


class ReplaySpiderMiddleware:
    """Makes replayed links requests; leaves out the harmless duplicates (see the module)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.focus = Focus.of(crawler)
        self.depths = Depths.of(crawler)
        self.scheduled: set[str] = set()
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplaySpiderMiddleware:
        return cls(crawler)

    def request_scheduled(self, request: Request, spider: Any = None) -> None:
        """The scheduler's duplicate filter now knows this URL (unless told not to filter)."""
        if not request.dont_filter and request.method == "GET" and not request.body:
            if len(self.scheduled) >= MAX_SCHEDULED:
                self.scheduled.clear()
            self.scheduled.add(request.url)

    def _requests(self, response: Response, replayed: ReplayedLinks) -> Iterator[Request]:
        focus, scheduled, depths = self.focus, self.scheduled, self.depths
        seen = [link for link in replayed.links if link[0] in scheduled]
        counts = (focus.counts.get_many({path_pattern(url) for url, _, _ in seen})
                  if seen and focus.enabled else {})
        relevance = int(response.meta.get(RELEVANCE, 0))
        parent_hops = int(response.meta.get(HOPS, 0))
        depth = depths.of_response(response) + 1  # its links' depth
        dropped = 0
        for url, priority, relevant in replayed.links:
            if url in scheduled and not depths.improves(url, depth) and (not focus.enabled or (
                    next_hops(relevant, relevance, parent_hops) <= focus.limits.max_hops
                    and not is_trap(*counts.get(path_pattern(url), (0, 0)), focus.limits))):
                depths.note(response, url)
                dropped += 1
                continue
            yield replayed.build(url, priority, relevant)
        if dropped and self.crawler.stats is not None:
            self.crawler.stats.inc_value(DROPPED, dropped)

    def process_spider_output(self, response: Response, result: Iterable[Any],
                              spider: Any = None) -> Iterator[Any]:
        for out in result:
            if isinstance(out, ReplayedLinks):
                yield from self._requests(response, out)
            else:
                yield out

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any],
                                          spider: Any = None) -> AsyncIterator[Any]:
        async for out in result:
            if isinstance(out, ReplayedLinks):
                for request in self._requests(response, out):
                    yield request
            else:
                yield out
