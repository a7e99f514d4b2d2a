"""Shared crawls over a Redis frontier: seed one, wait for it, crawl it as a worker, and
screen the run once it is closed (see crawler/frontier.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from certwatch.errors import JobFailed
from certwatch.operators.seller_pages import list_sellers_pages
from certwatch.operators.store import link_operators
from certwatch.screen import ScreenSummary, screen_all
from certwatch.services.registry import ensure_registry
from crawler.frontier import Frontier, FrontierError
from crawler.frontier_run import (
    WorkerSummary,
    close_frontier_run,
    run_worker,
    seed_crawl,
    wait_for_crawl,
)
from crawler.listing_merge import merge_duplicates
from crawler.runner import cli_source
from crawler.settings import CERTWATCH_FRONTIER_IDLE_SECONDS
from crawler.sources import SourcesConfig


@dataclass(frozen=True)
class SeededCrawl:
    run_id: int
    frontier: Frontier


def open_frontier(url: str) -> Frontier:
    """The frontier at ``url``, its Redis server reached; JobFailed when it cannot be."""
    try:
        frontier = Frontier.parse(url)
        frontier.client()
    except FrontierError as exc:
        raise JobFailed(str(exc)) from exc
    return frontier


def seed_frontier_crawl(
    engine: Engine, frontier_url: str, *, urls: Sequence[str] = (),
    sources: SourcesConfig | None = None, allow_domains: Sequence[str] = (),
    max_pages: int | None = None, allow_private_hosts: bool = False,
) -> SeededCrawl:
    """Open a crawl run and put its start requests on the shared frontier."""
    crawl_sources = list(sources.sources) if sources else [cli_source(urls, allow_domains)]
    db_url = engine.url.render_as_string(hide_password=False)
    frontier = open_frontier(frontier_url)
    try:
        run_id = seed_crawl(
            frontier, db_url, crawl_sources,
            allow_private_hosts=allow_private_hosts or bool(sources and sources.allow_private_hosts),
            max_pages=max_pages or (sources.max_pages if sources else None),
            user_agent=sources.user_agent if sources else None,
        )  # fmt: skip
    except FrontierError as exc:
        raise JobFailed(str(exc)) from exc
    return SeededCrawl(run_id, frontier)


def screen_closed_run(engine: Engine) -> ScreenSummary:
    """Screen after a shared run was closed (the registry imported on first use)."""
    ensure_registry(engine)
    merge_duplicates(engine)
    list_sellers_pages(engine)
    screened = screen_all(engine)
    link_operators(engine)
    return screened


def wait_and_close(engine: Engine, frontier: Frontier,
                   idle_seconds: float = CERTWATCH_FRONTIER_IDLE_SECONDS) -> dict[str, Any] | None:
    """Wait until the shared crawl is done, then close its run: the run's stats, or None when
    a worker closed (and screened) it first."""
    wait_for_crawl(frontier, idle_seconds)
    return close_frontier_run(frontier, engine.url.render_as_string(hide_password=False))


def work_frontier(engine: Engine, frontier_url: str, *, idle_seconds: float,
                  name: str | None, wait_for_job: float | None,
                  progress: bool = False) -> WorkerSummary:
    """Crawl from the shared frontier until the crawl is done (one worker)."""
    frontier = open_frontier(frontier_url)
    return run_worker(frontier, engine.url.render_as_string(hide_password=False),
                      idle_seconds=idle_seconds, worker=name, progress=progress,
                      wait_for_job=wait_for_job)
