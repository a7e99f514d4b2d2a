"""The store migrates itself and keeps what it is given, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, inspect, select

from store.db import make_engine, session_scope
from store.models import CrawlRun, Listing, Observation, Page, Review


def test_fresh_database_gets_every_table(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {
        "registry_versions", "agencies", "crawl_runs", "pages", "listings", "observations",
        "issuer_matches", "flags", "reviews", "run_changes", "alembic_version",
    } <= tables


def test_migration_is_idempotent(db_url: str) -> None:
    make_engine(db_url).dispose()
    again = make_engine(db_url)  # a second process opening the same database
    assert "listings" in inspect(again).get_table_names()
    again.dispose()


def test_listing_round_trip_keeps_chinese_json_and_utc_times(engine: Engine) -> None:
    seen = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
    with session_scope(engine) as session:
        run = CrawlRun(kind="crawl")
        session.add(run)
        session.flush()
        page = Page(run_id=run.id, url="http://a.example/x", final_url="http://a.example/x",
                    status=200, sha256="0" * 64)
        session.add(page)
        session.flush()
        listing = Listing(listing_key="k1", canonical_url="http://a.example/x",
                          url="http://a.example/x", title="人工智能训练师三级", levels=[3, 4],
                          fee_min=1980.0, fee_max=3980.0, first_seen=seen, last_seen=seen,
                          last_page_id=page.id)
        session.add(listing)
        session.flush()
        session.add(Observation(listing_id=listing.id, page_id=page.id, run_id=run.id,
                                facts_hash="h", facts={"title": "人工智能训练师", "levels": [3]}))
        session.add(Review(listing_id=listing.id, decision="dismissed", note="误报",
                           reviewer="王审核"))
    with session_scope(engine) as session:
        stored = session.scalars(select(Listing)).one()
        assert stored.title == "人工智能训练师三级"
        assert stored.levels == [3, 4]
        assert stored.observations[0].facts["title"] == "人工智能训练师"
        first_seen = stored.first_seen
        if first_seen.tzinfo is None:  # SQLite drops the zone; the value is UTC
            first_seen = first_seen.replace(tzinfo=UTC)
        assert first_seen == seen
        assert session.scalars(select(Review)).one().reviewer == "王审核"


def test_processes_opening_a_new_database_at_once_all_succeed(db_url: str) -> None:
    """A crawl seeding while its workers start: each one migrates, none trips over another."""
    import subprocess
    import sys

    code = "import sys; from store.db import make_engine; make_engine(sys.argv[1]).dispose()"
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url], stderr=subprocess.PIPE,
                              text=True) for _ in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
