"""Focused crawling on the shared Redis frontier: workers agree on which patterns are traps.

The hostile web (tests/crawler/hostile_web.py) crawled by two ``certwatch worker``s: the page
counts per path pattern live in Redis, so the farm's budget is one budget for both workers.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from workers import finish, start_workers

from crawler.focus import FocusLimits
from crawler.focus_run import RedisCounts, redis_report
from crawler.frontier import Frontier
from crawler.frontier_run import seed_crawl
from crawler.runner import cli_source
from store.db import make_engine
from store.models import CrawlRun, Page

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "crawler"))
from hostile_web import OFFERS, start_hostile_web, stop_hostile_web

pytestmark = pytest.mark.redis
POLITE = {"DOWNLOAD_DELAY": 0.1, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
          "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 5,
          "CERTWATCH_PRIVATE_HOSTS_EXEMPT": ["127.0.0.1"]}


def test_redis_counts_are_shared_by_every_client(frontier_url: str) -> None:
    frontier = Frontier.parse(frontier_url)
    one = RedisCounts(frontier.client(), frontier.prefix)
    other = RedisCounts(frontier.client(), frontier.prefix)
    for counts, relevant in ((one, False), (other, True)):
        counts.admit("a.cn/t/{id}.html")
        counts.record("a.cn/t/{id}.html", relevant=relevant)
    other.cut("a.cn/t/{id}.html")
    assert one.get("a.cn/t/{id}.html") == (2, 1)
    assert one.claim_probe("a.cn/t/{id}.html") and not other.claim_probe("a.cn/t/{id}.html")
    one.release_probe("a.cn/t/{id}.html")
    assert other.claim_probe("a.cn/t/{id}.html")
    assert redis_report(frontier.client(), frontier.prefix)["trap_patterns"] == {
        "a.cn/t/{id}.html": {"pages": 2, "relevant": 1, "cut": 1}}


def test_two_workers_cut_the_link_farm_together_and_the_run_says_so(
    sqlite_url: str, frontier_url: str, tmp_path: Path
) -> None:
    web = start_hostile_web()
    try:
        start = cli_source([web.base_url + "/"])
        run_id = seed_crawl(Frontier.parse(frontier_url), sqlite_url, [start], settings=POLITE)
        results = finish(start_workers(sqlite_url, tmp_path, frontier_url, 2, idle_seconds=2),
                         timeout=120)
    finally:
        stop_hostile_web(web)
    for done in results:
        assert done.returncode == 0, done.stderr[-3000:]
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        run = session.get(CrawlRun, run_id)
        assert run is not None and run.status == "succeeded"
        offers = set(session.scalars(select(Page.url).where(Page.is_offer.is_(True))).all())
        stats = run.stats
    # every offer, the one linked only from the farm's depth-8 pages included (the probes)
    assert offers == {web.base_url + p for p in OFFERS}
    pattern = f"127.0.0.1:{web.httpd.server_address[1]}/t/{{id}}.html"
    assert stats["focus"]["trap_patterns"][pattern]["cut"] > 0, stats
    farm = [p for p in web.paths() if p.startswith("/t/")]
    # one budget for both (20 to judge, 10 more); a worker's own counts reach the other one
    # read later, so each may let one request more through
    assert len(farm) <= FocusLimits().trap_pages + FocusLimits().trap_budget + 2, len(farm)
    closer = [d for d in results if "closed" in d.stdout]
    assert len(closer) == 1 and f"{pattern} (" in closer[0].stdout, [d.stdout for d in results]

