"""One definition of listing, flagged and open: the CLI summary, the dashboard's pages and the
export count the same, and those counts are the labeled webs' truth (the demo web and the
blind web, crawled for real from loopback)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import streamlit as st

from store.config import DATA_DIR

WEBS = {
    "demo": (DATA_DIR / "demo_site", DATA_DIR / "demo_truth.jsonl"),
    "blind": (DATA_DIR / "blind_site", DATA_DIR / "blind_truth.jsonl"),
}
CRAWL = """
import sys
from certwatch.commands import print_crawl
from certwatch.services.demo import crawl_demo_site
from pathlib import Path
from store.db import make_engine
print_crawl(crawl_demo_site(make_engine(sys.argv[1]), Path(sys.argv[2])))
"""


@dataclass(frozen=True)
class Counts:
    listings: int
    flagged: int
    open: int


def truth_counts(truth: Path) -> Counts:
    """What the web holds: one listing per crawlable offer (duplicate URLs of one offer are
    one listing), flagged when its truth names a flag; nobody has reviewed anything yet."""
    rows = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines()]
    listings = [r for r in rows if r["is_offer"] and r["crawlable"] and not r.get("duplicate_of")]
    flagged = sum(1 for r in listings if r["flags"])
    return Counts(len(listings), flagged, flagged)


@pytest.fixture(scope="module", params=sorted(WEBS))
def crawled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[str, str, Counts]:
    """(database URL, the CLI's summary, the truth's counts) of one web crawled from loopback."""
    site, truth = WEBS[request.param]
    url = f"sqlite:///{tmp_path_factory.mktemp(request.param) / 'counts.db'}"
    done = subprocess.run([sys.executable, "-c", CRAWL, url, str(site)], capture_output=True,
                          text=True, timeout=600, check=True)
    return url, done.stdout, truth_counts(truth)


def cli_counts(summary: str) -> Counts:
    found = re.search(r"store: (\d+) listings, (\d+) flagged, (\d+) open for review", summary)
    assert found, summary
    return Counts(*(int(n) for n in found.groups()))


def export_counts(url: str) -> Counts:
    def run(*extra: str) -> list[dict[str, object]]:
        out = subprocess.run([sys.executable, "-m", "certwatch", "--db", url, "export", *extra],
                             capture_output=True, text=True, timeout=120, check=True).stdout
        return [json.loads(line) for line in out.splitlines()]

    records = run()
    flagged = run("--flagged-only")
    assert all(r["flags"] for r in flagged) and all(r["review_status"] == "open" for r in flagged)
    return Counts(len(records), len(flagged), sum(r["review_status"] == "open" for r in records))


def _queue_count(at) -> int:  # type: ignore[no-untyped-def]
    for md in at.markdown:
        if found := re.search(r"共 ([\d,]+) 条广告", md.value):
            return int(found.group(1).replace(",", ""))
    raise AssertionError("the queue shows no count")


def test_cli_dashboard_and_export_agree_with_the_truth(crawled, app) -> None:  # type: ignore[no-untyped-def]
    url, summary, truth = crawled
    st.cache_data.clear()  # the module's two webs share nothing
    assert cli_counts(summary) == truth
    assert export_counts(url) == truth

    metrics = {m.label: m.value for m in app(url).metric}
    overview = Counts(*(int(metrics[k].replace(",", "")) for k in ("广告总数", "已标记", "待审核")))
    assert overview == truth
    queue = Counts(_queue_count(app(url, "views/queue.py", flagged="0", review="any")),
                   _queue_count(app(url, "views/queue.py", review="any")),
                   _queue_count(app(url, "views/queue.py")))
    assert queue == truth
    runs = app(url, "views/runs.py").dataframe[0].value
    assert list(runs["新增"]) == [truth.listings], "the run's new listings are the listings"
