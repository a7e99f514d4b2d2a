"""``generic``: from start URLs, follow in-domain links, the most relevant first
(``crawler.focus``: anchor text, URL words and the linking page's own relevance).

A page read in full records the requests made of its links (``crawler.outlinks``); a page
whose known body came back replays them instead of parsing it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.focus import score_link
from crawler.focus_run import LINK_RELEVANT, RELEVANCE
from crawler.outlinks import REPLAY, Outlinks, ReplayedLinks
from crawler.pages import is_html
from crawler.revisit.versions import link_key
from crawler.spiders.base import PageSpider, in_domains

SELECTOR_LINK_COUNT = "cw_selector_links"  # response meta: links the listing selector gave


class GenericSpider(PageSpider):
    name = "generic"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Domains are checked on the host name (LinkExtractor's allow_domains compares host:port).
        self.links = LinkExtractor(allow=self.source.follow, deny=self.source.skip)
        self.link_key = link_key(self.source)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        item = self.page(response)
        replay = response.meta.get(REPLAY)
        if isinstance(replay, Outlinks):  # the known body: its links as recorded
            item.outlinks = replay
            yield item
            self.replayed(replay)
            if replay.links:
                yield ReplayedLinks(replay.links, self.link_request)
            return
        if not is_html(response):
            yield item
            return
        requests = list(self.follow_links(response))
        if self.recording():
            item.outlinks = Outlinks(
                self.link_key, int(response.meta.get(RELEVANCE, 0)),
                tuple((r.url, r.priority, bool(r.meta.get(LINK_RELEVANT))) for r in requests),
                int(response.meta.get(SELECTOR_LINK_COUNT, 0)))
        yield item
        yield from requests

    def recording(self) -> bool:
        """Whether outlinks are recorded: when unchanged pages may replay them."""
        settings = self.crawler.settings if self.crawler else None
        return settings is None or (settings.getbool("CERTWATCH_REVISITS", True)
                                    and settings.getbool("CERTWATCH_EXTRACT", True))

    def replayed(self, outlinks: Outlinks) -> None:
        """What parsing the links would have counted (``configured``: selector links)."""

    def link_request(self, url: str, priority: int, relevant: bool) -> scrapy.Request:
        """The request for a link found on a page (``follow_links``) or replayed."""
        return scrapy.Request(url, callback=self.parse, errback=self.failed, priority=priority,
                              meta={LINK_RELEVANT: True} if relevant else None)

    def follow_links(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):  # links come from HTML (parse checks is_html)
            return
        page_relevance = int(response.meta.get(RELEVANCE, 0))
        for link in self.links.extract_links(response):
            if not in_domains(link.url, self.allowed_domains):
                continue
            score = score_link(link.url, link.text, page_relevance)
            yield self.link_request(link.url, score.priority, score.relevant)
