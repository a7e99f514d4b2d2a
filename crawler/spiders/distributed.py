"""``distributed``: every source of a shared (Redis) crawl in one spider, for one worker.

Requests travel between worker processes through Redis, so their callbacks must be methods
of the spider every worker runs. Each request carries its source's name and the name of the
callback the source's own spider (generic, sitemap, configured) gave it; ``route`` hands the
response to that spider, so parsing, link following and extraction are the single-process
ones.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from functools import partial
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.outlinks import ReplayedLinks
from crawler.sources import Source
from crawler.spiders.base import PageSpider, failed_request
from crawler.spiders.configured import ConfiguredSpider
from crawler.spiders.generic import GenericSpider
from crawler.spiders.sitemap import SitemapPageSpider

SPIDER_KINDS: dict[str, type[PageSpider]] = {
    "generic": GenericSpider, "sitemap": SitemapPageSpider, "configured": ConfiguredSpider,
}  # fmt: skip
SOURCE, CALLBACK, ERRBACK = "cw_source", "cw_callback", "cw_errback"


def _name(method: Callable[..., Any] | None) -> str | None:
    return getattr(method, "__name__", None) if method is not None else None


class DistributedSpider(scrapy.Spider):
    name = "distributed"

    def __init__(self, *args: Any, sources: Iterable[Source] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.delegates = {s.name: SPIDER_KINDS[s.spider](source=s) for s in sources}
        if not self.delegates:
            raise ValueError("a distributed crawl needs at least one source")
        domains = (d for spider in self.delegates.values() for d in spider.allowed_domains)
        self.allowed_domains = list(dict.fromkeys(domains))
        # source name -> whether its links may still be followed (max_pages across workers)
        self.may_follow: Callable[[str], bool] = lambda source: True

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> DistributedSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        for delegate in spider.delegates.values():
            delegate.crawler = crawler
            delegate.settings = crawler.settings
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Nothing: the start requests were seeded into the shared queue."""
        return
        yield  # an async generator

    async def seed_requests(self) -> list[scrapy.Request]:
        """Every source's start requests, routed through this spider (for seeding)."""
        requests = []
        for name, delegate in self.delegates.items():
            async for request in delegate.start():
                requests.append(self.adopt(request, name))
        return requests

    def adopt(self, request: scrapy.Request, source: str) -> scrapy.Request:
        """``request`` with this spider's callbacks; the source's own ones named in meta."""
        meta = {
            **request.meta,
            SOURCE: source,
            CALLBACK: _name(request.callback) or "parse",
            ERRBACK: _name(request.errback),
        }
        return request.replace(callback=self.route, errback=self.route_failure, meta=meta)

    def _adopt_all(self, outputs: Iterable[Any] | None, source: str) -> Iterator[Any]:
        follow = True
        for out in outputs or ():
            if isinstance(out, scrapy.Request):
                follow = follow and self.may_follow(source)
                if follow:
                    yield self.adopt(out, source)
            elif isinstance(out, ReplayedLinks):  # replayed links: made requests of this spider
                follow = follow and self.may_follow(source)
                if follow:
                    yield ReplayedLinks(out.links, partial(self._built, out.build, source))
            else:
                yield out

    def _built(self, build: Callable[[str, int, bool], scrapy.Request], source: str,
               url: str, priority: int, relevant: bool) -> scrapy.Request:
        return self.adopt(build(url, priority, relevant), source)

    def route(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        source = response.meta[SOURCE]
        callback = getattr(self.delegates[source], response.meta.get(CALLBACK) or "parse")
        yield from self._adopt_all(callback(response), source)

    def route_failure(self, failure: Failure) -> Iterator[Any]:
        meta = failed_request(failure).meta
        errback = meta.get(ERRBACK)
        if errback:
            source = meta[SOURCE]
            yield from self._adopt_all(getattr(self.delegates[source], errback)(failure), source)
