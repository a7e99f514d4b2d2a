"""``generic``: from start URLs, follow in-domain links, course pages first."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.items import PageItem
from crawler.pages import is_html
from crawler.spiders.base import PageSpider, in_domains

# Words in a link's text or URL that suggest a course, a certificate or an enrolment page.
COURSE_HINTS = re.compile(
    r"课程|报名|招生|证书|培训|训练师|考证|考试|鉴定|评价|收费|学费"
    r"|course|cert|enrol|train|exam|kecheng|baoming|zhengshu|peixun",
    re.IGNORECASE,
)
HINT_PRIORITY = 10


def link_priority(url: str, text: str) -> int:
    """Scheduling priority of a link: higher when it looks like a course or certificate page."""
    return HINT_PRIORITY if COURSE_HINTS.search(text) or COURSE_HINTS.search(url) else 0


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
        for link in self.links.extract_links(response):
            if not in_domains(link.url, self.allowed_domains):
                continue
            yield scrapy.Request(
                link.url,
                callback=self.parse,
                errback=self.failed,
                priority=link_priority(link.url, link.text),
            )
