"""``certwatch reextract`` on a real crawl: captures read back from the WARC archive,
extracted again, stored like a crawl stores them, and the changed listings re-screened."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from crawl_server import FixtureServer, run_crawl_process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certwatch.cli import main
from crawler.extract import extract_facts
from crawler.listings import facts_hash
from crawler.urls import canonicalize, listing_key
from facts.contract import Fee, OfferFacts
from store.config import DATA_DIR
from store.db import make_engine
from store.models import CrawlRun, Flag, Listing, Observation, Page, Review

PAGE = "/courses/ai-trainer-4.html"


def cli(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def latest(session: Session, listing_id: int) -> Observation:
    return session.scalars(select(Observation).where(Observation.listing_id == listing_id)
                           .order_by(Observation.id.desc()).limit(1)).one()


def active_codes(session: Session, listing_id: int) -> set[str]:
    return set(session.scalars(select(Flag.code).where(Flag.listing_id == listing_id,
                                                       Flag.active.is_(True))))


def test_reextract_restores_facts_and_flags_from_the_archive(
    site: FixtureServer, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site.base_url + PAGE
    crawled = run_crawl_process(sqlite_url, tmp_path, url, site.base_url + "/about.html",
                                "--allow-private-hosts")
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    assert cli(capsys, sqlite_url, "registry", "import", str(DATA_DIR / "registry.csv"))[0] == 0
    assert cli(capsys, sqlite_url, "screen")[0] == 0
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        listing = session.scalars(select(Listing).where(Listing.url == url)).one()
        listing_id, seen = listing.id, (listing.last_seen, listing.missed_runs)
        crawled_facts = latest(session, listing_id).facts
        crawled_flags = active_codes(session, listing_id)
        pages_before = session.scalar(select(func.count(Page.id)))
        captures = session.scalar(select(func.count(func.distinct(Page.final_url))).where(
            Page.warc_file.is_not(None), Page.error.is_(None)))
    assert crawled_flags, "the fixture offer should raise at least one flag"

    # an older extraction: no issuer, another fee and title; screened as such
    old = replace(OfferFacts.from_dict(crawled_facts), title="旧标题", issuers=[],
                  fees=[Fee(99800.0, 99800.0, "total", None, "学费99800元")])
    with Session(engine) as session, session.begin():
        observation = latest(session, listing_id)
        observation.facts, observation.facts_hash = old.to_dict(), facts_hash(old)
        observation.fee_min = observation.fee_max = 99800.0
        row = session.get(Listing, listing_id)
        assert row is not None
        row.title, row.fee_min, row.fee_max = old.title, 99800.0, 99800.0
    assert cli(capsys, sqlite_url, "screen")[0] == 0
    with Session(engine) as session:
        old_flags = active_codes(session, listing_id)
    assert old_flags != crawled_flags

    code, out, err = cli(capsys, sqlite_url, "reextract")
    assert code == 0, err
    assert out.startswith("reextract run ")
    assert f"{captures} pages read, 1 listings changed (0 new)" in out
    assert "0 errors, 0 missing WARC records; screened 1 listings" in out

    with urllib.request.urlopen(url) as response:
        fresh = extract_facts(response.read().decode("utf-8"), url)
    with Session(engine) as session:
        observation = latest(session, listing_id)
        assert observation.facts == json.loads(json.dumps(fresh.to_dict())) == crawled_facts
        assert observation.facts_hash == facts_hash(fresh)
        run = session.get(CrawlRun, observation.run_id)
        assert run is not None and (run.kind, run.status) == ("reextract", "succeeded")
        row = session.get(Listing, listing_id)
        assert row is not None
        assert (row.title, row.fee_min) == (fresh.title, fresh.fee_min)
        assert (row.last_seen, row.missed_runs) == seen  # re-reading is not seeing
        assert active_codes(session, listing_id) == crawled_flags
        assert session.scalar(select(func.count(Page.id))) == pages_before

    # nothing changed since: no new observation
    code, out, _ = cli(capsys, sqlite_url, "reextract", "--source", "cli", "--since", "2000-01-01")
    assert code == 0 and f"{captures} pages read, 0 listings changed" in out
    with Session(engine) as session:
        assert session.scalar(select(func.count(Observation.id))
                              .where(Observation.listing_id == listing_id)) == 2

    # the archive moved away: counted and reported, exit 1, no traceback
    assert crawled.summary is not None  # the store's WARC directory (store.evidence)
    for warc in Path(crawled.summary["warc_path"]).parent.glob("*.warc.gz"):
        warc.rename(warc.with_suffix(".moved"))
    code, out, err = cli(capsys, sqlite_url, "reextract")
    assert code == 1 and "0 pages read" in out and f"{captures} missing WARC records" in out
    assert "Traceback" not in err

    code, _, err = cli(capsys, sqlite_url, "reextract", "--since", "yesterday")
    assert code == 2 and "--since yesterday: not a date" in err
    engine.dispose()


def test_reextract_retires_a_listing_the_rules_no_longer_read_as_an_offer(
    site: FixtureServer, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    about = site.base_url + "/about.html"
    crawled = run_crawl_process(sqlite_url, tmp_path, site.base_url + PAGE, about,
                                "--allow-private-hosts")
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    engine = make_engine(sqlite_url)
    with Session(engine) as session, session.begin():  # an older rule had listed the about page
        old = Listing(listing_key=listing_key(canonicalize(about)), canonical_url=about, url=about,
                      title="关于我们")
        session.add(old)
        session.flush()
        session.add(Review(listing_id=old.id, decision="confirmed", reviewer="wang"))
        old_id = old.id
    code, out, err = cli(capsys, sqlite_url, "reextract")
    assert code == 0, err
    with Session(engine) as session:
        row = session.get(Listing, old_id)
        assert row is not None and row.retired_at is not None  # kept, not deleted
        assert (row.retired_reason or "").startswith("no longer read as an offer: ")
        assert session.scalar(select(func.count(Review.id)).where(Review.listing_id == old_id)) == 1
        offer = session.scalars(select(Listing).where(Listing.url == site.base_url + PAGE)).one()
        assert offer.retired_at is None
    code, out, _ = cli(capsys, sqlite_url, "export", "--format", "jsonl")
    exported = [json.loads(line)["url"] for line in out.splitlines() if line.strip()]
    assert about not in exported and site.base_url + PAGE in exported
    engine.dispose()
