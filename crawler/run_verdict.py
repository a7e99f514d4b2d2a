"""Did each source of a run fetch anything? If not, why, for each of its start URLs.

A crawl whose start URLs yield no page is a failed run, not an empty success: the user
is told, per start URL, what stood in the way (a refused private host and the flag that
allows it, a DNS failure, robots.txt, an HTTP status) or, for a source whose selectors
matched nothing, which selector.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, or_, select

from crawler.sources import Source
from facts import urls
from store.models import Page

ROBOTS_FORBIDDEN_URLS = "certwatch/robots_forbidden_urls"  # crawler stat: a list, capped
SELECTOR_LINKS = "certwatch/selector_links"  # crawler stat: links a listing_links selector gave
STORE_FAILURES = "certwatch/store_failures"


@dataclass(frozen=True)
class StartProblem:
    """Why one start URL of a source gave the run nothing."""

    source: str
    url: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.url}: {self.reason}"


def _fetched_pages(engine: Engine, run_id: int, source: str) -> int:
    """Pages of the source this run fetched with a usable response (no error)."""
    query = select(func.count()).where(
        Page.run_id == run_id, Page.source == source, Page.error.is_(None),
        Page.status.is_not(None))
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _start_url_reason(engine: Engine, run_id: int, source: str, url: str,
                      robots_forbidden: Sequence[str]) -> str:
    forms = {url, urls.wire_form(url)}  # requests carry IDN hosts in punycode
    query = (select(Page.status, Page.error)
             .where(Page.run_id == run_id, Page.source == source,
                    or_(Page.url.in_(forms), Page.final_url.in_(forms)))
             .order_by(Page.id.desc()).limit(1))
    with engine.connect() as connection:
        row = connection.execute(query).first()
    if row is not None:
        status, error = row
        if error:
            return str(error)
        return f"fetched (HTTP {status}) but it led to no other page"
    if url in robots_forbidden:
        return "robots.txt forbids it"
    return ("never fetched: outside the source's allowed domains, filtered as a duplicate, "
            "or cut by a page budget")


def start_problems(engine: Engine, run_id: int, sources: Sequence[Source],
                   stats_by_source: Mapping[str, Mapping[str, Any]]) -> list[StartProblem]:
    """For every source that fetched no usable page, why, per start URL; and for a
    configured source whose ``listing_links`` selector matched nothing, that selector."""
    problems: list[StartProblem] = []
    for source in sources:
        stats = stats_by_source.get(source.name, {})
        if _fetched_pages(engine, run_id, source.name) == 0:
            forbidden = list(stats.get(ROBOTS_FORBIDDEN_URLS) or [])
            problems.extend(
                StartProblem(source.name, url,
                             _start_url_reason(engine, run_id, source.name, url, forbidden))
                for url in source.start_urls)
            continue
        selector = source.selectors.get("listing_links") if source.spider == "configured" else None
        if selector and not stats.get(SELECTOR_LINKS) and not stats.get("certwatch/offers"):
            pages = stats.get("certwatch/pages", 0)
            problems.append(StartProblem(
                source.name, source.start_urls[0] if source.start_urls else "",
                f"the listing_links selector {selector!r} matched no link on {pages} pages "
                "and no offer was found (has the site changed its layout?)"))
    return problems
