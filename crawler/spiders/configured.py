"""``configured``: a generic crawl steered by one source's selectors.

``selectors.listing_links`` marks the page regions holding links to offers (followed first);
``title``, ``fee``, ``issuer`` pick those fields on sites with a known structure, and win over
what general extraction found. A selector starting with ``/`` or ``(`` is XPath, else CSS.
"""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.items import PageItem
from crawler.outlinks import Outlinks
from crawler.run_verdict import SELECTOR_LINKS
from crawler.selected import select_fields
from crawler.spiders.base import in_domains
from crawler.spiders.generic import SELECTOR_LINK_COUNT, GenericSpider

LISTING_PRIORITY = 20


class ConfiguredSpider(GenericSpider):
    name = "configured"

    def page(self, response: Response) -> PageItem:
        item = super().page(response)
        # applied after extraction by the extraction pipeline
        if item.html is not None and isinstance(response, TextResponse):
            item.selected = select_fields(response.selector, self.source.selectors)
        return item

    def follow_links(self, response: Response) -> Iterator[scrapy.Request]:
        query = self.source.selectors.get("listing_links")
        if query and isinstance(response, TextResponse):
            listing = (LinkExtractor(deny=self.source.skip, restrict_xpaths=query)
                       if query.startswith(("/", "("))
                       else LinkExtractor(deny=self.source.skip, restrict_css=query))
            links = listing.extract_links(response)
            response.meta[SELECTOR_LINK_COUNT] = len(links)  # recorded with the outlinks
            if links and self.crawler.stats is not None:
                self.crawler.stats.inc_value(SELECTOR_LINKS, len(links))
            for link in links:
                if not in_domains(link.url, self.allowed_domains):
                    continue
                # a listing region's links count as relevant links
                yield self.link_request(link.url, LISTING_PRIORITY, True)
        yield from super().follow_links(response)

    def replayed(self, outlinks: Outlinks) -> None:
        if outlinks.selector_links and self.crawler.stats is not None:
            self.crawler.stats.inc_value(SELECTOR_LINKS, outlinks.selector_links)
