"""Spider for the official list of evaluation organisations (pjjg.osta.org.cn shaped sites).

Index page → province pages (menu ``div > a``) → detail pages (``a.detail``); yields one item
per organisation filed for 人工智能训练师. Parsing lives in ``registry.official_list``; this
module only walks the site and counts what it could not understand (docs/domain.md §2.3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from facts import urls
from registry.official_list import detail_links, parse_detail, province_links


class OfficialRegistrySpider(scrapy.Spider):
    name = "official_registry"

    def __init__(self, start_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.allowed_domains = [urls.hostname(start_url)]

    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        """The index: follow every province menu link, and any detail links on the index."""
        provinces = province_links(response.text, response.url)
        self.crawler.stats.set_value("official/provinces", len(provinces))
        own_region = ""
        for region, url in provinces:
            if url == response.url:  # the index is itself a province's list page
                own_region = region
                continue
            yield response.follow(url, self.parse_province, cb_kwargs={"region": region})
        yield from self.parse_province(response, region=own_region)

    def parse_province(self, response: Response, region: str) -> Iterator[scrapy.Request]:
        for url in detail_links(response.text, response.url):
            yield response.follow(url, self.parse_detail, cb_kwargs={"region": region})

    def parse_detail(self, response: Response, region: str) -> Iterator[dict[str, Any]]:
        stats = self.crawler.stats
        stats.inc_value("official/detail_pages")
        organization = parse_detail(response.text, response.url)
        if organization.unparsed_rows:
            stats.inc_value("official/unparsed_rows", organization.unparsed_rows)
        if not organization.name or not organization.occupations:
            stats.inc_value("official/detail_not_understood")
            self.logger.warning(
                "detail page not understood (no name or no occupation table): %s", response.url
            )
            return
        levels = organization.ai_trainer_levels()
        if levels:
            yield {
                "name": organization.name,
                "detail_id": organization.detail_id,
                "url": response.url,
                "region": _province(region),
                "levels": levels,
                "contacts": organization.contacts,
            }


_PROVINCE_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$")


def _province(menu_text: str) -> str:
    """``广东省`` → ``广东`` (the registry's region form); ``全国`` when the page had none."""
    text = menu_text.strip()
    return (_PROVINCE_SUFFIX.sub("", text) or text) if text else "全国"
