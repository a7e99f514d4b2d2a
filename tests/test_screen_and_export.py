"""Re-screening keeps reviews and history; export follows docs/contract.md (both backends)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, delete, func, select, update

from certwatch.export import export
from certwatch.screen import screen_all
from certwatch.services.registry import import_registry_file
from facts.contract import Claim, Fee, IssuerMention, OfferFacts
from store.config import DATA_DIR
from store.db import session_scope
from store.models import Flag, IssuerMatch, Listing, Observation, Review

SEEN = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def facts(*, guarantee: bool, issuer: str, fee: float) -> OfferFacts:
    sentences = ["人工智能训练师三级培训火热报名中。", f"证书由{issuer}颁发。"]
    claims = []
    if guarantee:
        sentences.append("本班承诺包过，不过全额退费。")
        claims.append(Claim("包过", "guaranteed_pass", "本班承诺包过，不过全额退费。"))
    return OfferFacts(
        url="http://ads.example/ai/1.html", title="人工智能训练师三级班", is_offer=True,
        provider="某某教育", issuers=[IssuerMention(issuer, f"证书由{issuer}颁发。")],
        levels=[3], fees=[Fee(fee, fee, "tuition", 3, f"学费{fee:.0f}元")],
        claims=claims, sentences=sentences,
        verification_urls=["http://www.osta-cert.com/query"],
    )


def add_listing(engine: Engine, offer: OfferFacts, key: str = "L1") -> int:
    with session_scope(engine) as session:
        listing = Listing(listing_key=key, canonical_url=offer.url, url=offer.url,
                          title=offer.title, provider=offer.provider, levels=offer.levels,
                          fee_min=offer.fee_min, fee_max=offer.fee_max, first_seen=SEEN,
                          last_seen=SEEN)
        session.add(listing)
        session.flush()
        observe(session, listing.id, offer)
        return listing.id


def observe(session, listing_id: int, offer: OfferFacts) -> None:  # type: ignore[no-untyped-def]
    session.add(Observation(listing_id=listing_id, facts_hash=str(hash(repr(offer))),
                            facts=offer.to_dict(), fee_min=offer.fee_min, fee_max=offer.fee_max))


@pytest.fixture
def screened(engine: Engine) -> tuple[Engine, int]:
    import_registry_file(engine, DATA_DIR / "registry.csv")
    listing_id = add_listing(engine, facts(guarantee=True, issuer="国家数智职业技能评价中心",
                                           fee=12800))
    screen_all(engine, progress=False)
    return engine, listing_id


def active_codes(engine: Engine, listing_id: int) -> set[str]:
    with session_scope(engine) as session:
        return set(session.scalars(
            select(Flag.code).where(Flag.listing_id == listing_id, Flag.active.is_(True))))


def test_screen_flags_with_evidence_and_versions(screened: tuple[Engine, int]) -> None:
    engine, listing_id = screened
    assert {"GUARANTEED_PASS", "LOOKALIKE_ISSUER", "EXCESSIVE_FEE",
            "UNOFFICIAL_VERIFICATION_SITE"} <= active_codes(engine, listing_id)
    with session_scope(engine) as session:
        flag = session.scalars(select(Flag).where(Flag.code == "GUARANTEED_PASS")).one()
        assert "包过" in flag.evidence and flag.rules_version and flag.registry_version_id == 1
        match = session.scalars(select(IssuerMatch)).one()
        assert match.status == "lookalike" and match.agency_id == "DEMO-EVAL-01"
        assert "杭州数智职业技能评价有限公司" in match.explanation
        listing = session.get(Listing, listing_id)
        assert listing.risk_score > 50 and listing.max_severity == "high"
        assert listing.summary_zh and listing.summary_en


def test_review_survives_rescreens_and_a_returning_flag_stays_dismissed(
    screened: tuple[Engine, int],
) -> None:
    engine, listing_id = screened
    with session_scope(engine) as session:
        flag = session.scalars(select(Flag).where(Flag.code == "GUARANTEED_PASS")).one()
        fingerprint, flag_id = flag.fingerprint, flag.id
        session.add(Review(listing_id=listing_id, flag_fingerprint=fingerprint,
                           decision="dismissed", note="退费承诺是合同条款", reviewer="审核员乙"))
    screen_all(engine, progress=False)  # identical: same flag row, still active
    with session_scope(engine) as session:
        same = session.get(Flag, flag_id)
        assert same.active and same.fingerprint == fingerprint
    with session_scope(engine) as session:  # the ad drops its promise
        observe(session, listing_id, facts(guarantee=False, issuer="国家数智职业技能评价中心",
                                           fee=12800))
    screen_all(engine, progress=False)
    assert "GUARANTEED_PASS" not in active_codes(engine, listing_id)
    with session_scope(engine) as session:  # the promise comes back, word for word
        observe(session, listing_id, facts(guarantee=True, issuer="国家数智职业技能评价中心",
                                           fee=12800))
    screen_all(engine, progress=False)
    with session_scope(engine) as session:
        rows = session.scalars(
            select(Flag).where(Flag.code == "GUARANTEED_PASS").order_by(Flag.id)).all()
        assert [r.active for r in rows] == [False, True]  # history shows both
        assert rows[0].superseded_at is not None
        assert {r.fingerprint for r in rows} == {fingerprint}
        reviews = session.scalars(select(Review)).all()
        assert [(r.flag_fingerprint, r.decision) for r in reviews] == [(fingerprint, "dismissed")]


def test_rescreen_after_registry_import_changes_matches(screened: tuple[Engine, int], tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine, listing_id = screened
    registry = tmp_path / "registry.csv"
    text = (DATA_DIR / "registry.csv").read_text(encoding="utf-8")
    registry.write_text(text.rstrip("\n") + "\nNEW-1,国家数智职业技能评价中心,,,evaluation_org,"
                        "4-04-05-05,3|4|5,全国,2020-01-01,,active,https://example.org/filing\n",
                        encoding="utf-8")
    import_registry_file(engine, registry)
    screen_all(engine, progress=False)
    codes = active_codes(engine, listing_id)
    assert "LOOKALIKE_ISSUER" not in codes and "UNRECOGNIZED_ISSUER" not in codes
    with session_scope(engine) as session:
        current = session.scalars(select(IssuerMatch).where(IssuerMatch.current.is_(True))).one()
        assert (current.status, current.agency_id, current.registry_version_id) == (
            "recognized", "NEW-1", 2)
        assert session.scalars(select(IssuerMatch).where(IssuerMatch.current.is_(False))).one()


def test_export_jsonl_follows_the_contract(screened: tuple[Engine, int]) -> None:
    engine, _ = screened
    add_listing(engine, facts(guarantee=False, issuer="杭州数智职业技能评价有限公司", fee=2980),
                key="L2")
    screen_all(engine, progress=False)
    out = io.StringIO()
    assert export(engine, out, progress=False) == 2
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert set(first) >= {"listing_id", "url", "title", "provider", "issuers", "levels",
                          "fee_cny", "verification_urls", "claims", "flags", "risk_score",
                          "first_seen", "last_seen"}
    assert first["issuers"] == [{"name": "国家数智职业技能评价中心", "agency_id": "DEMO-EVAL-01",
                                 "score": first["issuers"][0]["score"], "status": "lookalike"}]
    assert first["fee_cny"] == {"min": 12800.0, "max": 12800.0}
    assert first["claims"] == ["包过"] and first["levels"] == [3]
    assert all(set(f) == {"code", "severity", "evidence"} for f in first["flags"])
    assert datetime.fromisoformat(first["first_seen"]) == SEEN
    assert second["issuers"][0]["status"] == "recognized"
    flagged = io.StringIO()
    export(engine, flagged, flagged_only=True, progress=False)
    ids = [json.loads(line)["listing_id"] for line in flagged.getvalue().splitlines()]
    assert "1" in ids and all(json.loads(x)["flags"] for x in flagged.getvalue().splitlines())


def test_export_csv_opens_in_spreadsheets(screened: tuple[Engine, int]) -> None:
    engine, _ = screened
    out = io.StringIO()
    export(engine, out, fmt="csv", progress=False)
    text = out.getvalue()
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["issuers"] == "国家数智职业技能评价中心" and row["levels"] == "3"
    assert "GUARANTEED_PASS" in row["flags"].split("|")
    assert row["fee_min"] == "12800.0"


def test_parallel_screen_gives_the_same_flags_as_one_process(engine: Engine) -> None:
    import_registry_file(engine, DATA_DIR / "registry.csv")
    issuers = ["国家数智职业技能评价中心", "杭州数智职业技能评价有限公司", "中国人工智能训练师认证中心"]
    for i in range(30):
        add_listing(engine, facts(guarantee=i % 2 == 0, issuer=issuers[i % 3], fee=1000 + 400 * i),
                    key=f"L{i}")
    summary = screen_all(engine, progress=False, workers=2)
    assert summary.listings == 30
    with session_scope(engine) as session:
        parallel = sorted(session.execute(select(Flag.listing_id, Flag.code, Flag.evidence)).all())
        assert session.scalar(select(func.count(Listing.id)).where(
            Listing.screened_at.is_(None))) == 0
        session.execute(delete(Flag))
        session.execute(update(Listing).values(screened_at=None))
    screen_all(engine, progress=False, workers=1)
    with session_scope(engine) as session:
        single = sorted(session.execute(select(Flag.listing_id, Flag.code, Flag.evidence)).all())
    assert parallel == single and len(single) > 30
