"""The morning report (what changed, in JSON and Markdown) and retention (old evidence goes,
evidence behind flags and reviews stays), on both backends."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from certwatch.nightly.changes import record_changes
from certwatch.nightly.monitors import MonitorResult
from certwatch.nightly.report import build_report, write_report
from certwatch.nightly.retention import prune
from store.db import session_scope
from store.models import (
    CrawlRun,
    Flag,
    IssuerMatch,
    Listing,
    Observation,
    Page,
    Review,
    RunChange,
)
from store.timeutil import utcnow


def _listing(session, key: str, *, source: str = "alpha", seen, first=None, risk: int = 0,
             fee: float | None = None, missed: int = 0) -> Listing:  # type: ignore[no-untyped-def]
    listing = Listing(listing_key=key, canonical_url=f"https://{source}.example/{key}",
                      url=f"https://{source}.example/{key}", source=source,
                      title=f"人工智能训练师 {key}", first_seen=first or seen, last_seen=seen,
                      risk_score=risk, flag_codes=["UNRECOGNIZED_ISSUER"] if risk else [],
                      fee_min=fee, fee_max=fee, missed_runs=missed)
    session.add(listing)
    session.flush()
    return listing


def _observe(session, listing: Listing, run_id: int | None, fee: float, at) -> None:  # type: ignore[no-untyped-def]
    session.add(Observation(listing_id=listing.id, run_id=run_id, observed_at=at,
                            facts_hash=f"{listing.listing_key}-{fee}-{run_id}",
                            facts={"fee": fee}, fee_min=fee, fee_max=fee))


def test_report_counts_and_lists_new_changed_and_removed(engine: Engine, tmp_path: Path) -> None:
    now = utcnow()
    started, yesterday, last_week = now - timedelta(hours=1), now - timedelta(days=1), now - timedelta(days=7)
    with session_scope(engine) as session:
        session.add(IssuerMatch(listing_id=_listing(session, "old", seen=last_week).id,
                                mention="老牌认证中心", status="unrecognized",
                                matched_at=last_week))
        run = CrawlRun(kind="nightly", started_at=started, status="failed",
                       stats={"sources": {"alpha": {"pages": 9, "errors": 1, "offers": 6},
                                          "beta": {"pages": 0, "errors": 0, "offers": 0}}})
        session.add(run)
        session.flush()
        risky = _listing(session, "risky", seen=now, risk=85, fee=6800)
        _observe(session, risky, run.id, 6800, now)  # a crawl observes every listing it adds
        calm = _listing(session, "calm", seen=now, risk=10, fee=980)
        _observe(session, calm, run.id, 980, now)
        dearer = _listing(session, "dearer", seen=now, first=last_week, fee=3580)
        _observe(session, dearer, None, 2980, last_week)
        _observe(session, dearer, run.id, 3580, now)
        retitled = _listing(session, "retitled", seen=now, first=last_week, fee=1980)
        _observe(session, retitled, None, 1980, last_week)
        _observe(session, retitled, run.id, 1980, now)
        _listing(session, "gone", seen=yesterday - timedelta(days=1), first=last_week, missed=1)
        _listing(session, "fading", seen=yesterday, first=last_week, missed=0)
        _listing(session, "broken-source", source="beta", seen=last_week, missed=5)
        for mention, status, listing in (("某某人工智能评价中心", "unrecognized", risky),
                                         ("人社部职业技能鉴定中心", "lookalike", risky),
                                         ("老牌认证中心", "unrecognized", risky),
                                         ("正规评价机构", "verified", risky)):
            session.add(IssuerMatch(listing_id=listing.id, mention=mention, status=status,
                                    matched_at=now))
        counts = record_changes(session, run, ["alpha"], remove_after_runs=2, now=now)
        assert counts == {"alpha": {"new": 2, "changed": 2, "removed": 1, "flag_raised": 0,
                                    "flag_cleared": 0}}
        monitors = [MonitorResult("alpha", "min_pages", True, "9 pages fetched (minimum 1)"),
                    MonitorResult("beta", "min_pages", False, "0 pages fetched (minimum 1)")]
        report = build_report(session, run, monitors, high_risk=60)
        run_id = run.id
    json_path, md_path = write_report(report, tmp_path / "reports")
    assert (json_path.name, md_path.name) == (f"run-{run_id}.json", f"run-{run_id}.md")

    data = json.loads(json_path.read_text("utf-8"))
    assert data["run_id"] == run_id and data["status"] == "failed"
    assert data["changes"] == {"new": 2, "changed": 2, "removed": 1, "flag_raised": 0,
                               "flag_cleared": 0}
    assert [x["url"].rsplit("/", 1)[-1] for x in data["new_high_risk_listings"]] == ["risky"]
    assert data["new_high_risk_listings"][0]["risk_score"] == 85
    assert [(x["url"].rsplit("/", 1)[-1], x["before"], x["after"]) for x in data["fee_changes"]] \
        == [("dearer", {"min": 2980, "max": 2980}, {"min": 3580, "max": 3580})]
    assert data["new_unrecognized_issuers"] == ["人社部职业技能鉴定中心", "某某人工智能评价中心"]
    assert data["failed_monitors"] == [
        {"source": "beta", "monitor": "min_pages", "message": "0 pages fetched (minimum 1)"}]
    assert data["sources"]["alpha"]["pages"] == 9

    markdown = md_path.read_text("utf-8")
    assert markdown.startswith(f"# certwatch nightly run {run_id}: failed\n")
    assert "New listings: 2; changed: 2; removed: 1." in markdown
    assert "- **beta** `min_pages`: 0 pages fetched (minimum 1)" in markdown
    assert "| alpha | 9 | 1 | 6 |" in markdown
    assert "- 85 — 人工智能训练师 risky <https://alpha.example/risky> (UNRECOGNIZED_ISSUER)" in markdown
    assert "人工智能训练师 dearer <https://alpha.example/dearer>: ¥2,980 → ¥3,580" in markdown
    assert "- 某某人工智能评价中心" in markdown and "老牌认证中心" not in markdown
    assert "calm" not in markdown  # new, but under the high-risk line

    with session_scope(engine) as session:
        by_key = {listing.listing_key: listing for listing in session.scalars(select(Listing))}
        assert by_key["gone"].removed_at is not None and by_key["gone"].missed_runs == 2
        assert by_key["fading"].removed_at is None and by_key["fading"].missed_runs == 1
        assert by_key["broken-source"].removed_at is None  # its source was not trusted tonight
        assert by_key["broken-source"].missed_runs == 5
        assert len(session.scalars(select(RunChange)).all()) == 5


def test_an_empty_night_reports_nothing_new(engine: Engine, tmp_path: Path) -> None:
    with session_scope(engine) as session:
        run = CrawlRun(kind="nightly", status="succeeded", finished_at=utcnow(), stats={})
        session.add(run)
        session.flush()
        assert record_changes(session, run, ["alpha"], remove_after_runs=2) == {}
        report = build_report(session, run, [], high_risk=60)
    _, md_path = write_report(report, tmp_path)
    markdown = md_path.read_text("utf-8")
    assert "New listings: 0; changed: 0; removed: 0." in markdown
    assert "None: every source passed its monitors." in markdown
    assert markdown.count("None.") == 5  # listings, fees, issuers, operators, joined


def test_the_report_names_new_operators_and_listings_joining_a_risky_one(
    engine: Engine, tmp_path: Path
) -> None:
    stats = {"operators": {"new": ["3"], "joined_high_risk": [
        {"listing_id": "5", "operator_id": "2"}]}}
    with session_scope(engine) as session:
        run = CrawlRun(kind="nightly", status="succeeded", finished_at=utcnow(), stats=stats)
        session.add(run)
        session.flush()
        report = build_report(session, run, [], high_risk=60)
    assert report["new_operators"] == ["3"]
    _, md_path = write_report(report, tmp_path)
    markdown = md_path.read_text("utf-8")
    assert "- operator 3" in markdown and "- listing 5 joined operator 2" in markdown


def test_retention_prunes_old_evidence_but_spares_flagged_and_reviewed(
    engine: Engine, tmp_path: Path
) -> None:
    now = utcnow()
    old, recent = now - timedelta(days=200), now - timedelta(days=10)
    warcs = {name: tmp_path / f"{name}.warc.gz" for name in ("plain", "flagged", "reviewed",
                                                              "shared", "superseded")}
    for path in warcs.values():
        path.write_bytes(b"WARC/1.1\r\n")
    pages: dict[str, int] = {}
    with session_scope(engine) as session:
        def page(name: str, at, warc: str | None) -> Page:  # type: ignore[no-untyped-def]
            p = Page(url=f"https://a.example/{name}", final_url=f"https://a.example/{name}",
                     fetched_at=at, status=200, warc_file=str(warcs[warc]) if warc else None)
            session.add(p)
            session.flush()
            pages[name] = p.id
            return p

        for name, warc in (("plain", "plain"), ("flagged", "flagged"), ("reviewed", "reviewed"),
                           ("superseded", "superseded")):
            p = page(name, old, warc)
            listing = _listing(session, name, seen=old)
            listing.last_page_id = p.id
            session.add(Observation(listing_id=listing.id, page_id=p.id, facts_hash="h",
                                    facts={}, observed_at=old))
            if name in ("flagged", "superseded"):
                session.add(Flag(listing_id=listing.id, code="FAKE_ISSUER", severity="high",
                                 fingerprint=name, rules_version="1", active=name == "flagged"))
            if name == "reviewed":
                session.add(Review(listing_id=listing.id, decision="dismissed", reviewer="审核员"))
        page("old-error", old, None)
        page("old-shared", old, "shared")
        page("recent-shared", recent, "shared")
        pruned = prune(session, older_than_days=180, now=now)
    assert pruned.pages == 4  # plain, superseded, old-error, old-shared
    assert pruned.warc_files == 2  # plain and superseded; shared is still used by a recent page
    assert {name for name, path in warcs.items() if path.exists()} == {
        "flagged", "reviewed", "shared"}
    with session_scope(engine) as session:
        left = {p.url.rsplit("/", 1)[-1] for p in session.scalars(select(Page))}
        assert left == {"flagged", "reviewed", "recent-shared"}
        listings = {x.listing_key: x for x in session.scalars(select(Listing))}
        assert set(listings) == {"plain", "flagged", "reviewed", "superseded"}  # listings stay
        assert listings["plain"].last_page_id is None
        assert listings["flagged"].last_page_id == pages["flagged"]
        observations = {o.listing_id: o.page_id for o in session.scalars(select(Observation))}
        assert observations[listings["plain"].id] is None
        assert observations[listings["reviewed"].id] == pages["reviewed"]
        assert prune(session, older_than_days=180, now=now).pages == 0  # nothing more to do
