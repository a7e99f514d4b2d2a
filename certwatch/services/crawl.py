"""Crawl jobs: one crawl of start URLs or configured sources, then a screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from certwatch.changes import record_changes_of
from certwatch.errors import UsageError
from certwatch.operators.seller_pages import list_sellers_pages
from certwatch.operators.store import link_operators
from certwatch.screen import ScreenSummary, screen_all
from certwatch.services.registry import ensure_registry
from crawler.listing_merge import merge_duplicates
from crawler.runner import CrawlSummary, run_crawl
from crawler.sources import SourcesConfig, SourcesFileError, load_sources
from store.db import session_scope
from store.definitions import StoreCounts, store_counts


@dataclass(frozen=True)
class CrawlOutcome:
    crawl: CrawlSummary
    screen: ScreenSummary
    changes: dict[str, int] = field(default_factory=dict)  # change kind -> how many
    counts: StoreCounts | None = None  # the store after the run (store.definitions)

    @property
    def ok(self) -> bool:
        return self.crawl.status == "succeeded"


def load_sources_file(path: str | Path) -> SourcesConfig:
    """The sources file, or a UsageError naming file, source and field."""
    try:
        return load_sources(Path(path))
    except SourcesFileError as exc:
        raise UsageError(str(exc)) from exc


def check_crawl_targets(urls: Sequence[str], sources_file: str | None) -> None:
    """Start URLs or a sources file, one of the two; URLs must be http(s)."""
    if bool(urls) == bool(sources_file):
        raise UsageError("give start URLs or --sources FILE (one of the two)")
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"{url}: not an http(s) URL")


def crawl_and_screen(
    engine: Engine, *, urls: Sequence[str] = (), sources: SourcesConfig | None = None,
    allow_domains: Sequence[str] = (), max_pages: int | None = None,
    allow_private_hosts: bool = False, run_kind: str = "crawl",
    settings: dict[str, Any] | None = None, progress: bool = False,
) -> CrawlOutcome:
    """One crawl (once per process: Scrapy's reactor cannot restart), then a screen."""
    ensure_registry(engine)
    summary = run_crawl(
        engine.url.render_as_string(hide_password=False),
        start_urls=urls, sources=sources.sources if sources else (),
        allow_domains=allow_domains,
        max_pages=max_pages or (sources.max_pages if sources else None),
        allow_private_hosts=allow_private_hosts or bool(sources and sources.allow_private_hosts),
        user_agent=sources.user_agent if sources else None, run_kind=run_kind,
        progress=progress,
        # Scrapy logs through our root handler (cli.main sets its level): one line per event
        settings={"LOG_ENABLED": False, **(settings or {})},
    )
    merge_duplicates(engine)  # URLs of one offer that concurrent fetches listed twice
    list_sellers_pages(engine, summary.run_id)  # a listed seller's pages that sell unnamed
    screened = screen_all(engine)
    link_operators(engine)  # after screening: an operator's risk is its riskiest listing's
    changes = record_changes_of(engine, summary.run_id)
    with session_scope(engine) as session:
        counts = store_counts(session)
    return CrawlOutcome(summary, screened, changes, counts)
