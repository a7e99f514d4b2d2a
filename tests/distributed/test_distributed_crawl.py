"""Two ``certwatch worker`` processes share one crawl through the local Redis.

Real parts throughout: a generated site on a threaded loopback server that logs every
request, Redis at 127.0.0.1:6379 (a key prefix per test), the store on PostgreSQL/SQLite.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from loopback_site import generate_site, serve
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from workers import FAST, certwatch, finish, start_workers

from crawler.frontier import Frontier, read_job
from crawler.frontier_run import seed_crawl
from crawler.runner import cli_source
from store.db import make_engine
from store.models import CrawlRun, Listing, Observation, Page

pytestmark = pytest.mark.redis


def count(engine, model) -> int:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_workers_fetch_every_page_once_and_store_every_offer_once(
    db_url: str, frontier_url: str, tmp_path: Path
) -> None:
    total = 540
    offers = generate_site(tmp_path / "site", total)
    server = serve(tmp_path / "site")
    try:
        start = cli_source([server.base_url + "/index.html"])
        run_id = seed_crawl(Frontier.parse(frontier_url), db_url, [start],
                            allow_private_hosts=True, settings=FAST)
        results = finish(start_workers(db_url, tmp_path, frontier_url, 2))
    finally:
        server.stop()
    for done in results:
        assert done.returncode == 0, done.stderr[-3000:]
    # the work was shared, and every page fetched exactly once across both workers
    assert all(done.pages() > 0 for done in results), [d.stdout for d in results]
    assert sum(done.pages() for done in results) == total + 1
    hits = server.counts()
    expected = {f"/p/{i}.html" for i in range(total)} | {"/index.html"}
    pages = Counter({path: n for path, n in hits.items() if path != "/robots.txt"})
    assert set(pages) == expected
    assert set(pages.values()) == {1}
    assert 1 <= hits["/robots.txt"] <= 2  # each worker reads robots.txt once

    # every offer stored once; one worker closed the run (and screened), once
    engine = make_engine(db_url)
    assert count(engine, Listing) == offers == count(engine, Observation)
    assert count(engine, Page) == total + 1
    with Session(engine) as session:
        run = session.get(CrawlRun, run_id)
        assert run is not None and run.status == "succeeded"
        assert run.stats["pages"] == total + 1 and run.stats["new_listings"] == offers
    closers = [d for d in results if f"crawl run {run_id} closed" in d.stdout]
    assert len(closers) == 1 and "store: " in closers[0].stdout
    frontier = Frontier.parse(frontier_url)
    client = frontier.client()
    job = read_job(client, frontier)
    assert job is not None and job.state == "closed"
    assert client.zcard(frontier.queue_key) == 0 and not client.exists(frontier.dupefilter_key)


def test_workers_refuse_private_hosts_unless_the_seeding_allowed_them(
    sqlite_url: str, frontier_url: str, tmp_path: Path
) -> None:
    generate_site(tmp_path / "site", 10)
    server = serve(tmp_path / "site")
    try:
        start = cli_source([server.base_url + "/index.html"])
        seed_crawl(Frontier.parse(frontier_url), sqlite_url, [start], settings=FAST)
        (done,) = finish(start_workers(sqlite_url, tmp_path, frontier_url, 1, idle_seconds=1))
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr[-3000:]
    assert server.hits == []  # not even robots.txt
    with Session(make_engine(sqlite_url)) as session:
        errors = session.scalars(select(Page.error)).all()
    assert len(errors) == 1 and "127.0.0.1 is a loopback address" in (errors[0] or "")


def test_politeness_holds_across_workers(
    sqlite_url: str, frontier_url: str, tmp_path: Path
) -> None:
    """DOWNLOAD_DELAY is kept between any two requests to the site, whichever worker sends."""
    delay = 0.3
    generate_site(tmp_path / "site", 20)
    server = serve(tmp_path / "site")
    try:
        start = cli_source([server.base_url + "/index.html"])
        # each worker holds at most 2 requests, so both get work from the shared queue
        polite = {**FAST, "DOWNLOAD_DELAY": delay, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                  "CONCURRENT_REQUESTS": 2}
        seed_crawl(Frontier.parse(frontier_url), sqlite_url, [start],
                   allow_private_hosts=True, settings=polite)
        results = finish(start_workers(sqlite_url, tmp_path, frontier_url, 2, idle_seconds=2))
    finally:
        server.stop()
    for done in results:
        assert done.returncode == 0, done.stderr[-3000:]
    assert all(done.pages() > 0 for done in results), [d.stdout for d in results]
    times = sorted(at for _, at in server.hits)
    assert len(times) >= 21
    gaps = [b - a for a, b in pairwise(times)]
    assert min(gaps) >= delay - 0.03, gaps


def test_crawl_frontier_wait_closes_the_run_and_screens(
    sqlite_url: str, frontier_url: str, tmp_path: Path
) -> None:
    """The CLI end to end: seed, one worker, the seeding command reports the closed run."""
    generate_site(tmp_path / "site", 5)
    server = serve(tmp_path / "site")
    try:
        seeder = certwatch(sqlite_url, tmp_path, "crawl", "--frontier", frontier_url, "--wait",
                           "--allow-private-hosts", server.base_url + "/index.html")
        workers = start_workers(sqlite_url, tmp_path, frontier_url, 1, idle_seconds=30)
        (seeded,) = finish([seeder], timeout=120)
        (worker,) = finish(workers, timeout=60)
    finally:
        server.stop()
    report = (seeded.stdout, seeded.stderr[-2000:], worker.stdout, worker.stderr[-2000:])
    assert seeded.returncode == 0, report
    assert "seeded" in seeded.stdout and "closed: 6 pages (2 read as offers)" in seeded.stdout, report
    assert "store: 2 listings" in seeded.stdout and "2 new" in seeded.stdout, report
    assert worker.returncode == 0 and worker.pages() == 6, worker.stderr[-3000:]
    assert set(server.counts()) == {"/robots.txt", "/index.html"} | {
        f"/p/{i}.html" for i in range(5)
    }


def test_a_second_seed_is_refused_while_a_crawl_runs(
    sqlite_url: str, frontier_url: str, tmp_path: Path
) -> None:
    first = certwatch(sqlite_url, tmp_path, "crawl", "--frontier", frontier_url,
                      "http://example.com/")
    (done,) = finish([first], timeout=60)
    assert done.returncode == 0, done.stderr
    second = certwatch(sqlite_url, tmp_path, "crawl", "--frontier", frontier_url,
                       "http://example.com/")
    (again,) = finish([second], timeout=60)
    assert again.returncode == 1
    assert "is still running" in again.stderr and "prefix" in again.stderr
