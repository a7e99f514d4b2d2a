"""``sitemap``: the pages a site lists in its sitemaps (robots.txt ``Sitemap:`` lines, else
``/sitemap.xml``), sitemap indexes and gzipped sitemaps included."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler.items import PageItem
from crawler.spiders.base import PageSpider, failed_request, in_domains
from facts.urls import join as join_url


class SitemapPageSpider(PageSpider):
    name = "sitemap"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.follow = [re.compile(p) for p in self.source.follow]
        self.skip = [re.compile(p) for p in self.source.skip]

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.source.start_urls:
            if url.endswith((".xml", ".xml.gz")):
                yield scrapy.Request(url, callback=self.parse_sitemap)
            else:
                robots = join_url(url, "/robots.txt")
                yield scrapy.Request(robots, callback=self.parse_robots, errback=self.no_robots)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        urls = list(sitemap_urls_from_robots(response.text, base_url=response.url))
        for url in urls or [join_url(response.url, "/sitemap.xml")]:
            yield scrapy.Request(url, callback=self.parse_sitemap)

    def no_robots(self, failure: Failure) -> Iterator[scrapy.Request]:
        yield scrapy.Request(
            join_url(failed_request(failure).url, "/sitemap.xml"), callback=self.parse_sitemap
        )

    def wanted(self, url: str) -> bool:
        in_domain = in_domains(url, self.allowed_domains)
        followed = not self.follow or any(p.search(url) for p in self.follow)
        return in_domain and followed and not any(p.search(url) for p in self.skip)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        try:
            sitemap = Sitemap(body)
        except Exception:
            self.logger.warning("not a sitemap: %s", response.url)
            return
        for entry in sitemap:
            loc = entry.get("loc", "").strip()
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(loc, callback=self.parse_sitemap)
            elif self.wanted(loc):
                yield scrapy.Request(loc, callback=self.parse, errback=self.failed)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[PageItem]:
        yield self.page(response)
