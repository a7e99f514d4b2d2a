"""``generic``: from start URLs, follow in-domain links, the most relevant first
(``crawler.focus``: anchor text, URL words and the linking page's own relevance)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.focus import score_link
from crawler.focus_run import LINK_RELEVANT, RELEVANCE
from crawler.items import PageItem
from crawler.pages import is_html
from crawler.spiders.base import PageSpider, in_domains


class GenericSpider(PageSpider):
    name = "generic"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Domains are checked on the host name (LinkExtractor's allow_domains compares host:port).
        self.links = LinkExtractor(allow=self.source.follow, deny=self.source.skip)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[PageItem | scrapy.Request]:
        yield self.page(response)
        if is_html(response):
            yield from self.follow_links(response)

    def follow_links(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):  # links come from HTML (parse checks is_html)
            return
        page_relevance = int(response.meta.get(RELEVANCE, 0))
        for link in self.links.extract_links(response):
            if not in_domains(link.url, self.allowed_domains):
                continue
            score = score_link(link.url, link.text, page_relevance)
            yield scrapy.Request(
                link.url,
                callback=self.parse,
                errback=self.failed,
                priority=score.priority,
                meta={LINK_RELEVANT: True} if score.relevant else None,
            )
