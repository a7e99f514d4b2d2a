"""Crawls of the hostile web (hostile_web.py): an endless link farm must not eat the crawl.

Politeness stays on, shortened for test time: ``DOWNLOAD_DELAY`` 0.1 s and two requests at a
time to the site (the defaults are 0.25 s, four, and AutoThrottle). The private-host guard stays
on too: only the test server's own host, 127.0.0.1, is exempt
(``CERTWATCH_PRIVATE_HOSTS_EXEMPT``), not every private address (``--allow-private-hosts``).
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_server import run_crawl_process
from hostile_web import DEEP_OFFER, OFFERS, HostileWeb, start_hostile_web, stop_hostile_web
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.focus import FocusLimits
from facts.urls import hostname
from store.db import make_engine
from store.models import Page

POLITE = {"DOWNLOAD_DELAY": 0.1, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
          "DOWNLOAD_TIMEOUT": 5, "CERTWATCH_PRIVATE_HOSTS_EXEMPT": ["127.0.0.1"]}
MAX_REQUESTS = 100  # what the crawl may send the hostile web, robots.txt included
ONE_GB_KB = 1024 * 1024  # ru_maxrss is in KiB on Linux


@pytest.fixture
def web() -> Iterator[HostileWeb]:
    server = start_hostile_web()
    yield server
    stop_hostile_web(server)


def stored_pages(db_url: str, run_id: int) -> list[Page]:
    with Session(make_engine(db_url)) as session:
        return list(session.scalars(select(Page).where(Page.run_id == run_id)).all())


def test_hostile_web_ends_by_itself_with_every_offer_and_names_the_cut_farm(
    web: HostileWeb, sqlite_url: str, tmp_path: Path
) -> None:
    started = time.monotonic()
    done = run_crawl_process(sqlite_url, tmp_path, web.base_url + "/", settings=POLITE,
                             timeout=90)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-3000:]
    summary = done.summary
    assert summary is not None and summary["stats"]["finish_reasons"] == ["finished"]
    assert elapsed < 60

    # every honest offer found, the deep one included
    pages = stored_pages(sqlite_url, summary["run_id"])
    offers = {p.url.removeprefix(web.base_url) for p in pages if p.is_offer}
    assert offers == set(OFFERS)

    # the farm got a small budget, and the summary says what was cut
    paths = web.paths()
    farm = [p for p in paths if p.startswith("/t/")]
    assert len(paths) <= MAX_REQUESTS, len(paths)
    budget = FocusLimits().trap_pages + FocusLimits().trap_budget  # judged at 20, then 10 more
    assert len(farm) <= budget, len(farm)
    focus = summary["stats"]["focus"]
    pattern = f"127.0.0.1:{web.httpd.server_address[1]}/t/{{id}}.html"
    assert pattern in focus["trap_patterns"], focus
    assert focus["trap_patterns"][pattern]["relevant"] == 0
    assert focus["requests_cut"] >= focus["trap_patterns"][pattern]["cut"] > 0

    # nothing was fetched from a private address: the farm's redirect to the metadata
    # endpoint went no further (off-site, and refused were it allowed), its links to
    # 10.0.0.1 and localhost were never followed
    assert [p for p in paths if p.startswith("/go/")]
    fetched_elsewhere = [(p.url, p.final_url) for p in pages if p.status is not None and
                         {hostname(p.url), hostname(p.final_url or p.url)} != {"127.0.0.1"}]
    assert fetched_elsewhere == []

    # the crawl (the largest child process so far) stayed well under 1 GB
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < ONE_GB_KB


def test_offer_linked_only_from_deep_inside_the_farm_is_found_within_the_page_budget(
    web: HostileWeb, sqlite_url: str, tmp_path: Path
) -> None:
    """The third offer is linked only from farm pages eight links from the home page."""
    done = run_crawl_process(sqlite_url, tmp_path, web.base_url + "/", "--max-pages", "100",
                             settings=POLITE, timeout=90)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.summary is not None
    pages = stored_pages(sqlite_url, done.summary["run_id"])
    deep = [p for p in pages if p.url == web.base_url + DEEP_OFFER]
    assert deep and deep[0].is_offer
    assert len(pages) <= 100
