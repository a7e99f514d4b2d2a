"""What every certwatch spider shares: a ``Source``, one PageItem per fetch, page limits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.items import PageItem
from crawler.pages import item_from_failure, item_from_response
from crawler.revisit.middleware import UNCHANGED
from crawler.run_verdict import ROBOTS_FORBIDDEN_URLS
from crawler.sources import Source, SourcesFileError, is_http_url, load_sources
from facts.urls import in_domains as in_domains


def split_arg(value: Any) -> tuple[str, ...]:
    """A spider argument given as a list or as a comma-separated string (``-a x=a,b``)."""
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(value)


def failed_request(failure: Failure) -> scrapy.Request:
    """The request an errback's ``failure`` is about: Scrapy sets ``failure.request`` on the
    failures it hands to errbacks (an attribute Twisted's ``Failure`` does not declare)."""
    request = getattr(failure, "request", None)
    if not isinstance(request, scrapy.Request):
        raise TypeError(f"not a Scrapy errback failure: {failure!r}")
    return request


def source_from_args(kwargs: dict[str, Any], spider: str) -> Source:
    """The ``Source`` a spider crawls: given in-process, or from ``-a`` arguments."""
    given = kwargs.get("source")
    if isinstance(given, Source):
        return given
    if kwargs.get("sources_file"):
        config = load_sources(kwargs["sources_file"])
        wanted = kwargs.get("source")
        for source in config.sources:
            if wanted in (None, source.name):
                return source
        raise SourcesFileError(f'{kwargs["sources_file"]}: no source named "{wanted}"')
    start_urls = split_arg(kwargs.get("start_urls"))
    bad = [u for u in start_urls if not is_http_url(u)]
    if not start_urls or bad:
        raise ValueError(f"start_urls must be http(s) URLs (got {bad or 'none'})")
    return Source(
        name=kwargs.get("source_name") or "cli",
        start_urls=start_urls,
        allowed_domains=split_arg(kwargs.get("allowed_domains")),
        spider=spider,
    )


class PageSpider(scrapy.Spider):
    """Base: ``self.source`` says what to crawl; ``page``/``failed`` make the items."""

    source: Source

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        source = source_from_args(kwargs, getattr(self, "name", "generic"))
        for key in ("source", "sources_file", "start_urls", "allowed_domains", "source_name"):
            kwargs.pop(key, None)
        super().__init__(*args, **kwargs)
        self.source = source
        self.allowed_domains = list(source.domains())

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PageSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        limit = kwargs.get("max_pages") or spider.source.max_pages
        if limit and not crawler.settings.frozen:
            crawler.settings.set("CLOSESPIDER_PAGECOUNT", int(limit), priority="spider")
        return spider

    def page(self, response: Response) -> PageItem:
        extract = self.crawler.settings.getbool("CERTWATCH_EXTRACT", True) if self.crawler else True
        if response.request is not None and response.meta.get(UNCHANGED):  # the known body: not decoded again (crawler.revisit)
            extract = False
        return item_from_response(response, self.source.name, extract=extract)

    def failed(self, failure: Failure) -> Iterator[PageItem]:
        timeout = self.crawler.settings.getfloat("DOWNLOAD_TIMEOUT") if self.crawler else None
        item = item_from_failure(failure, self.source.name, timeout)
        if item is not None:
            yield item
        elif self.crawler and self.crawler.stats is not None:  # robots.txt: not fetched
            forbidden = self.crawler.stats.get_value(ROBOTS_FORBIDDEN_URLS) or []
            if len(forbidden) < 100:
                url = failed_request(failure).url
                self.crawler.stats.set_value(ROBOTS_FORBIDDEN_URLS, [*forbidden, url])
