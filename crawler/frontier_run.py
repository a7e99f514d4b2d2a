"""Seed a shared crawl, run a worker on it, close its run (see ``crawler.frontier``)."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.exceptions import DontCloseSpider
from scrapy.settings import Settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from sqlalchemy.engine import make_url
from twisted.internet import task

from crawler.focus_run import focus_stats, redis_report
from crawler.frontier import (
    Frontier,
    FrontierError,
    FrontierJob,
    WorkerState,
    claim_close,
    frontier_done,
    get_int,
    mark_closed,
    read_job,
    remove_worker,
    set_worker_state,
    write_job,
)
from crawler.run_lease import RunLease
from crawler.runner import crawl_settings
from crawler.runs import close_run, open_run
from crawler.sources import Source
from crawler.spiders.distributed import DistributedSpider
from crawler.warc import warc_path_for_run
from store.config import database_url
from store.db import make_engine

logger = logging.getLogger(__name__)
HEARTBEAT = 1.0  # seconds between a worker's heartbeats


def _shown(db_url: str | None) -> str:
    return make_url(database_url(db_url)).render_as_string(hide_password=True)


def seed_crawl(frontier: Frontier, db_url: str | None, sources: list[Source], *,
               allow_private_hosts: bool = False, max_pages: int | None = None,
               user_agent: str | None = None, settings: dict[str, Any] | None = None) -> int:
    """Open a run, store the job and push the start requests; returns the run id."""
    client = frontier.client()
    engine = make_engine(db_url)
    args = {"frontier": f"{frontier.redis_url} prefix={frontier.prefix}",
            "sources": [s.name for s in sources], "max_pages": max_pages,
            "allow_private_hosts": allow_private_hosts}
    current = read_job(client, frontier)
    if current is not None and current.state == "running":
        write_job(client, frontier, current)  # raises: a crawl is still running here
    job = FrontierJob(open_run(engine, "crawl", args), sources, allow_private_hosts, max_pages,
                      user_agent, dict(settings or {}), _shown(db_url))
    write_job(client, frontier, job)
    spider = DistributedSpider(sources=sources)
    queue = PriorityQueue(client, spider, frontier.queue_key)
    seen = RFPDupeFilter(client, frontier.dupefilter_key)
    for request in asyncio.run(spider.seed_requests()):
        if not seen.request_seen(request):
            queue.push(request)
    engine.dispose()
    return job.run_id


def close_frontier_run(frontier: Frontier, db_url: str | None) -> dict[str, Any] | None:
    """Close the job's run in the store, once; None when someone else closed it."""
    client = frontier.client()
    job = read_job(client, frontier)
    if job is None or job.state != "running" or not claim_close(client, frontier):
        return None
    engine = make_engine(db_url)
    focus = focus_stats([redis_report(client, frontier.prefix)])  # before the keys are cleared
    stats = close_run(engine, job.run_id, status="succeeded",
                      warc_path=str(warc_path_for_run(engine, job.run_id).parent),
                      extra_stats={"frontier": frontier.prefix, **focus})
    engine.dispose()
    mark_closed(client, frontier)
    return {"run_id": job.run_id, **stats}


def wait_for_crawl(frontier: Frontier, idle_seconds: float, poll: float = 1.0) -> None:
    """Block until the crawl at ``frontier`` is done or closed."""
    client = frontier.client()
    while True:
        job = read_job(client, frontier)
        if job is None or job.state != "running" or frontier_done(client, frontier, idle_seconds):
            return
        time.sleep(poll)


class Heartbeat:
    """Keeps this worker's state in Redis; lets the spider close only when the crawl is done."""

    def __init__(self, crawler: Crawler, frontier: Frontier, worker: str, idle: float) -> None:
        self.crawler, self.frontier, self.worker, self.idle = crawler, frontier, worker, idle
        self.client = frontier.client()
        self.state: WorkerState | None = None
        self.loop: task.LoopingCall | None = None  # made when the spider opens (the reactor)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.idle_signal, signal=signals.spider_idle)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    def mark(self, busy: bool, force: bool = False) -> None:
        """Record the state when it changed (or always, ``force``: the heartbeat)."""
        if force or self.state is None or (self.state.state == "busy") != busy:
            self.state = set_worker_state(self.client, self.frontier, self.worker, busy,
                                          self.state)

    def locally_busy(self) -> bool:
        engine = self.crawler.engine
        slot = engine.scraper.slot  # made when the spider opens, before the heartbeat starts
        return bool(engine.downloader.active) or (slot is not None and not slot.is_idle())

    def beat(self) -> None:
        busy = self.locally_busy()
        self.mark(busy, force=True)
        if not busy and self.client.zcard(self.frontier.queue_key):
            # Scrapy looks at an idle scheduler only every 5 s; others filled the queue: look now
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:
                slot.nextcall.schedule()

    def opened(self, spider: Any) -> None:
        spider.heartbeat = self
        self.mark(busy=False)
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(HEARTBEAT, now=False)

    def idle_signal(self, spider: Any) -> None:
        self.mark(busy=False)
        job = read_job(self.client, self.frontier)
        running = job is not None and job.state == "running"
        if running and not frontier_done(self.client, self.frontier, self.idle):
            raise DontCloseSpider

    def closed(self, spider: Any) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        remove_worker(self.client, self.frontier, self.worker)


def frontier_settings(frontier: Frontier, job: FrontierJob) -> dict[str, Any]:
    return {
        **job.settings,
        "SCHEDULER": "crawler.frontier_scheduler.FrontierScheduler",
        "SCHEDULER_PERSIST": True,  # the queue outlives each worker
        "SCHEDULER_QUEUE_KEY": frontier.queue_key,
        "SCHEDULER_DUPEFILTER_KEY": frontier.dupefilter_key,
        "DUPEFILTER_CLASS": "crawler.frontier_dupefilter.CachedDupeFilter",
        "REDIS_URL": frontier.redis_url,
        "CERTWATCH_FRONTIER_URL": frontier.redis_url,
        "CERTWATCH_FRONTIER_PREFIX": frontier.prefix,
    }


def share_politeness(settings: Settings) -> None:
    """Move the delay (and AutoThrottle) from this worker's Scrapy to the shared throttle.

    Scrapy applies its own delay *after* the downloader middlewares, so a local delay would
    shift requests the shared throttle already let go, and two workers' requests could bunch.
    """
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")  # add to the project's, not replace
    middlewares["crawler.frontier_throttle.SharedThrottleMiddleware"] = 900
    settings.setdict({
        "DOWNLOADER_MIDDLEWARES": middlewares,
        "CERTWATCH_SHARED_DELAY": settings.getfloat("DOWNLOAD_DELAY"),
        "CERTWATCH_SHARED_AUTOTHROTTLE": settings.getbool("AUTOTHROTTLE_ENABLED"),
        "DOWNLOAD_DELAY": 0,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,
    }, priority="cmdline")  # fmt: skip


@dataclass
class WorkerSummary:
    run_id: int | None
    worker: str
    pages: int = 0
    finish_reason: str | None = None
    closed_run: dict[str, Any] | None = None  # stats, when this worker closed the run


def run_worker(frontier: Frontier, db_url: str | None, *, idle_seconds: float = 10.0,
               worker: str | None = None, progress: bool = False,
               wait_for_job: float | None = None) -> WorkerSummary:
    """Crawl from the shared queue until the crawl is done; close the run if last."""
    worker = worker or f"{socket.gethostname()}-{os.getpid()}"
    client = frontier.client()
    deadline = time.time() + (idle_seconds if wait_for_job is None else wait_for_job)
    while (job := read_job(client, frontier)) is None or job.state != "running":
        if time.time() >= deadline:
            return WorkerSummary(None, worker)
        time.sleep(0.5)
    if job.db and job.db != _shown(db_url):
        logger.warning("this worker writes to %s, the crawl was seeded for %s",
                       _shown(db_url), job.db)
    engine = make_engine(db_url)
    warc = warc_path_for_run(engine, job.run_id, suffix=f"-{worker}")
    settings = crawl_settings(db_url, job.run_id, warc, allow_private_hosts=job.allow_private_hosts,
                              progress=progress, user_agent=job.user_agent,
                              overrides=frontier_settings(frontier, job))
    share_politeness(settings)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(DistributedSpider)
    # signal handlers are weak references: the crawler keeps their owners alive
    crawler.certwatch_heartbeat = Heartbeat(crawler, frontier, worker, idle_seconds)  # type: ignore[attr-defined]
    process.crawl(crawler, sources=job.sources)
    _limit_pages(crawler, frontier, job)
    with RunLease(engine, job.run_id):  # every live worker keeps the run alive
        process.start()
    stats = crawler.stats
    summary = WorkerSummary(job.run_id, worker,
                            int(stats.get_value("certwatch/pages", 0)) if stats else 0,
                            stats.get_value("finish_reason") if stats else None)
    if summary.finish_reason == "finished":
        summary.closed_run = close_frontier_run(frontier, db_url)
    return summary


def _limit_pages(crawler: Crawler, frontier: Frontier, job: FrontierJob) -> None:
    """A soft ``max_pages`` per source across workers: links stop being followed past it."""
    limits = {s.name: s.max_pages or job.max_pages for s in job.sources}
    if not any(limits.values()):
        return
    client = frontier.client()

    def may_follow(source: str) -> bool:
        limit = limits.get(source)
        return not limit or get_int(client, frontier.key(f"pages:{source}")) < limit

    def count(response: Any, request: Any, spider: Any) -> None:
        source = request.meta.get("cw_source")
        if source:
            client.incr(frontier.key(f"pages:{source}"))

    crawler.signals.connect(count, signal=signals.response_received)

    def attach(spider: Any) -> None:
        spider.may_follow = may_follow

    crawler.signals.connect(attach, signal=signals.spider_opened)
    crawler.certwatch_page_limit = (count, attach)  # type: ignore[attr-defined]


__all__ = ["FrontierError", "close_frontier_run", "run_worker", "seed_crawl", "wait_for_crawl"]
