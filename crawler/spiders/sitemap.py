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
        self.sitemap_files = 0  # sitemaps requested from indexes (CERTWATCH_SITEMAP_MAX_FILES)

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

    def _count(self, stat: str, by: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(stat, by)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """The sitemap's pages, bounded: a sitemap bomb (a gzip bomb, a million URLs, an
        endless index of indexes) is cut at the limits in crawler/settings.py and counted."""
        settings = self.crawler.settings
        self._count("certwatch/sitemaps")
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception:
                self.logger.warning("sitemap too large or corrupt once unzipped: %s", response.url)
                self._count("certwatch/sitemaps_cut")
                return
        try:
            sitemap = Sitemap(body)
        except Exception:
            self.logger.warning("not a sitemap: %s", response.url)
            return
        max_urls = settings.getint("CERTWATCH_SITEMAP_MAX_URLS")
        max_files = settings.getint("CERTWATCH_SITEMAP_MAX_FILES")
        for taken, entry in enumerate(sitemap):
            loc = entry.get("loc", "").strip()
            if taken >= max_urls:
                self.logger.warning("sitemap %s: only its first %d URLs followed",
                                    response.url, max_urls)
                self._count("certwatch/sitemap_urls_cut")
                return
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                self.sitemap_files += 1
                if self.sitemap_files > max_files:
                    self._count("certwatch/sitemaps_cut")
                    continue
                yield scrapy.Request(loc, callback=self.parse_sitemap)
            elif self.wanted(loc):
                yield scrapy.Request(loc, callback=self.parse, errback=self.failed)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[PageItem]:
        yield self.page(response)
