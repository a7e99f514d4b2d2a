"""``configured``: a generic crawl steered by one source's selectors.

``selectors.listing_links`` marks the page regions holding links to offers (followed first);
``title``, ``fee``, ``issuer`` pick those fields on sites with a known structure, and win over
what general extraction found. A selector starting with ``/`` or ``(`` is XPath, else CSS.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import scrapy
from parsel import Selector
from scrapy.http import Response
from scrapy.linkextractors import LinkExtractor

from crawler.items import PageItem
from crawler.spiders.base import in_domains
from crawler.spiders.generic import GenericSpider
from facts.contract import Fee, IssuerMention, OfferFacts

LISTING_PRIORITY = 20
SELECTED_FIELDS = ("title", "fee", "issuer")
_MONEY = re.compile(
    r"[¥￥]\s*(\d[\d,，]*(?:\.\d+)?)|(\d[\d,，]*(?:\.\d+)?)\s*(?:元|块|RMB|CNY)", re.I
)


def select_texts(selector: Selector, query: str) -> list[str]:
    """Trimmed texts of the nodes a CSS or XPath query matches."""
    nodes = selector.xpath(query) if query.startswith(("/", "(")) else selector.css(query)
    texts = [" ".join(t.split()) for t in (" ".join(n.xpath(".//text()").getall()) for n in nodes)]
    return [t for t in texts if t]


def fee_from_text(text: str) -> Fee | None:
    """A fee from a selected price cell: every amount in it (¥1,980 / 3980元 / 1980-3980元)."""
    amounts = [float((a or b).replace(",", "").replace("，", "")) for a, b in _MONEY.findall(text)]
    if not amounts:
        amounts = [float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]
    amounts = [a for a in amounts if a > 0]
    if not amounts:
        return None
    return Fee(min(amounts), max(amounts), kind="total", evidence=text[:300])


def apply_selected(facts: OfferFacts, selected: dict[str, list[str]]) -> OfferFacts:
    """The facts with title / fee / issuer taken from the texts the selectors matched."""
    if titles := selected.get("title"):
        facts = replace(facts, title=titles[0])
    if fees := [f for f in map(fee_from_text, selected.get("fee", [])) if f]:
        facts = replace(facts, fees=fees)
    if names := selected.get("issuer"):
        known = {i.name for i in facts.issuers}
        extra = [IssuerMention(name=n, evidence=n, source="selector") for n in names if n not in known]
        facts = replace(facts, issuers=[*facts.issuers, *extra])
    return facts


class ConfiguredSpider(GenericSpider):
    name = "configured"

    def page(self, response: Response) -> PageItem:
        item = super().page(response)
        if item.html is not None:  # applied after extraction by the extraction pipeline
            item.selected = {
                name: select_texts(response.selector, query)
                for name, query in self.source.selectors.items()
                if name in SELECTED_FIELDS and query
            }
        return item

    def follow_links(self, response: Response) -> Iterator[scrapy.Request]:
        query = self.source.selectors.get("listing_links")
        if query:
            region = {"restrict_xpaths" if query.startswith(("/", "(")) else "restrict_css": query}
            listing = LinkExtractor(deny=self.source.skip, **region)
            for link in listing.extract_links(response):
                if not in_domains(link.url, self.allowed_domains):
                    continue
                yield scrapy.Request(
                    link.url, callback=self.parse, errback=self.failed, priority=LISTING_PRIORITY
                )
        yield from super().follow_links(response)
