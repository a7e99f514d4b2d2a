"""Two processes storing the same listings at once leave one listing each, without errors or
stuck locks, while a reader (the dashboard's kind of query) keeps reading."""

from __future__ import annotations

import subprocess
import sys
import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from workers import ROOT

from store.db import make_engine
from store.models import Listing, Observation, Page

KEYS, ROUNDS = 25, 8
HAMMER = """
import sys, time
from facts.contract import Fee, OfferFacts
from crawler.items import PageItem
from crawler.listings import save_page
from store.db import make_engine, session_factory
url, start, keys, rounds = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
sessions = session_factory(make_engine(url))
while time.time() < start:
    time.sleep(0.001)
for round_ in range(rounds):
    for key in range(keys):
        link = f"https://school.example/course/{key}.html"
        facts = OfferFacts(url=link, title=f"人工智能训练师四级 {key}", is_offer=True,
                           levels=[4], fees=[Fee(1980.0, 1980.0)])
        item = PageItem(url=link, final_url=link, status=200, fetched_at="2026-01-01T00:00:00",
                        source="race", facts=facts)
        save_page(sessions, item, None)
print("ok")
"""


def test_two_processes_storing_the_same_listings_leave_one_each(db_url: str) -> None:
    engine = make_engine(db_url)  # migrated before the writers start
    start = time.time() + 2.0
    writers = [
        subprocess.Popen([sys.executable, "-c", HAMMER, db_url, str(start), str(KEYS), str(ROUNDS)],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    reads, slowest = 0, 0.0
    while any(w.poll() is None for w in writers):
        began = time.monotonic()
        with Session(engine) as session:  # a reader alongside, as the dashboard is
            session.scalar(select(func.count()).select_from(Listing))
        slowest = max(slowest, time.monotonic() - began)
        reads += 1
        time.sleep(0.01)
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0 and out.strip() == "ok", err[-3000:]
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Listing)) == KEYS
        assert session.scalar(select(func.count()).select_from(Observation)) == KEYS
        assert session.scalar(select(func.count()).select_from(Page)) == 2 * KEYS * ROUNDS
    assert reads > 5 and slowest < 2.0  # reads never waited on the writers' locks
