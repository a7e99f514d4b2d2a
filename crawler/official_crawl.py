"""Crawl the official list of evaluation organisations into a registry CSV (docs/contract.md format).

``crawl_official_registry`` runs ``crawler.spiders.official_registry`` in this process with
Scrapy's CrawlerProcess (robots.txt obeyed, AutoThrottle, a delay, a certwatch User-Agent),
keeps the organisations filed for 人工智能训练师 and writes one row each
(``registry.official_csv``). A crawl that finds none raises ``RegistryCrawlError`` (the site
changed or is down: never write an empty registry). Twisted's reactor runs once per process:
call this once (the CLI does).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from crawler.settings import DEFAULT_USER_AGENT
from crawler.spiders.official_registry import OfficialRegistrySpider
from registry.official_csv import registry_rows, write_registry_csv

logger = logging.getLogger(__name__)

DEFAULT_START_URL = "https://pjjg.osta.org.cn/pjjg/3303_gd_dfpjjgpx.html"  # docs/domain.md §2.3


class RegistryCrawlError(RuntimeError):
    """The official list crawl produced no organisations (or could not run)."""


def crawl_settings(*, allow_private_hosts: bool, user_agent: str | None) -> dict[str, Any]:
    """Polite Scrapy settings for the official list (no store, no archive)."""
    return {
        "USER_AGENT": user_agent or DEFAULT_USER_AGENT,
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 0.5,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_DELAY": 0.5,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_MAXSIZE": 5 * 1024 * 1024,
        "DOWNLOAD_TIMEOUT": 30,
        "RETRY_TIMES": 2,
        "DEPTH_LIMIT": 4,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.PrivateHostGuardMiddleware": 40},
        "CERTWATCH_ALLOW_PRIVATE_HOSTS": allow_private_hosts,
    }


def crawl_official_list(start_url: str, *, allow_private_hosts: bool = False,
                        user_agent: str | None = None) -> list[dict[str, Any]]:
    """The spider's items (one per organisation filed for 人工智能训练师), crawled from
    ``start_url``; RegistryCrawlError when there are none."""
    items: list[dict[str, Any]] = []
    process = CrawlerProcess(crawl_settings(allow_private_hosts=allow_private_hosts,
                                            user_agent=user_agent), install_root_handler=False)
    crawler = process.create_crawler(OfficialRegistrySpider)

    def collect(item: dict[str, Any], **_: Any) -> None:
        items.append(item)

    crawler.signals.connect(collect, signal=signals.item_scraped)  # held weakly: keep `collect`
    process.crawl(crawler, start_url=start_url)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    detail_pages = stats.get("official/detail_pages", 0)
    not_understood = stats.get("official/detail_not_understood", 0)
    if not_understood:
        logger.warning("%d of %d detail pages not understood", not_understood, detail_pages)
    refused = stats.get("downloader/exception_type_count/crawler.middlewares.HostRefused", 0)
    if not items and refused and not stats.get("downloader/response_count", 0):
        raise RegistryCrawlError(
            f"{start_url}: refused to fetch (a loopback or private address); pass "
            "--allow-private-hosts for a copy of the directory on your own network"
        )
    if not items:
        raise RegistryCrawlError(
            f"no organisations filed for 人工智能训练师 found from {start_url} "
            f"({stats.get('official/provinces', 0)} province links, {detail_pages} detail pages, "
            f"{not_understood} not understood, {stats.get('downloader/response_count', 0)} "
            "responses); the site may have changed: registry not written"
        )
    return items


def crawl_official_registry(start_url: str, output: Path, *, allow_private_hosts: bool = False,
                            user_agent: str | None = None) -> int:
    """Crawl from ``start_url``, write the AI-trainer organisations to ``output``, return how
    many; RegistryCrawlError when there are none (``output`` is then left untouched)."""
    items = crawl_official_list(start_url, allow_private_hosts=allow_private_hosts,
                                user_agent=user_agent)
    rows = registry_rows(items)
    write_registry_csv(rows, Path(output))
    return len(rows)
