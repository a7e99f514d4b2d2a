"""`certwatch screen --registry-version N`: screen against an older registry without writing.

Two registry versions differ in one agency (version 1 lacks DEMO-EVAL-02); a listing naming
that agency is recognized under version 2 and unrecognized under version 1. Both backends.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from certwatch.cli import main
from certwatch.errors import UsageError
from certwatch.screen import screen_all, screen_under_version
from certwatch.services.registry import import_registry_file
from facts.contract import Fee, IssuerMention, OfferFacts
from store.config import DATA_DIR
from store.db import session_scope
from store.models import Flag, IssuerMatch, Listing, Observation

SEEN = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
ISSUER = "广东粤才职业技能等级认定中心"  # DEMO-EVAL-02, missing from version 1


def offer(url: str, issuer: str) -> OfferFacts:
    sentence = f"证书由{issuer}颁发。"
    return OfferFacts(
        url=url, title="人工智能训练师三级班", is_offer=True, provider="某某教育",
        issuers=[IssuerMention(issuer, sentence)], levels=[3],
        fees=[Fee(2800, 2800, "tuition", 3, "学费2800元")], claims=[],
        sentences=["人工智能训练师三级培训报名中。", sentence],
        verification_urls=[],
    )


def add_listing(engine: Engine, facts: OfferFacts, key: str) -> int:
    with session_scope(engine) as session:
        listing = Listing(listing_key=key, canonical_url=facts.url, url=facts.url,
                          title=facts.title, provider=facts.provider, levels=facts.levels,
                          fee_min=facts.fee_min, fee_max=facts.fee_max, first_seen=SEEN,
                          last_seen=SEEN)
        session.add(listing)
        session.flush()
        session.add(Observation(listing_id=listing.id, facts_hash=key, facts=facts.to_dict(),
                                fee_min=facts.fee_min, fee_max=facts.fee_max))
        return listing.id


@pytest.fixture
def two_versions(engine: Engine, tmp_path: Path) -> Engine:
    full = (DATA_DIR / "registry.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    without = [line for line in full if not line.startswith("DEMO-EVAL-02,")]
    assert len(without) == len(full) - 1
    v1 = tmp_path / "registry-v1.csv"
    v1.write_text("".join(without), encoding="utf-8")
    assert import_registry_file(engine, v1)[0] == 1
    assert import_registry_file(engine, DATA_DIR / "registry.csv")[0] == 2
    assert add_listing(engine, offer("http://ads.example/a.html", ISSUER), "LA") == 1
    assert add_listing(engine, offer("http://ads.example/b.html", "杭州数智职业技能评价有限公司"),
                       "LB") == 2
    screen_all(engine, progress=False)  # the latest version: 2
    return engine


LA, LB = "1", "2"  # the listings' ids, as the export writes them


def stored_state(engine: Engine) -> list[Any]:
    with session_scope(engine) as session:
        return [
            sorted(tuple(r) for r in session.execute(select(
                Flag.id, Flag.listing_id, Flag.code, Flag.evidence, Flag.active,
                Flag.registry_version_id, Flag.confirmed_at, Flag.superseded_at))),
            sorted(tuple(r) for r in session.execute(select(
                IssuerMatch.id, IssuerMatch.status, IssuerMatch.agency_id,
                IssuerMatch.registry_version_id, IssuerMatch.current))),
            sorted(tuple(r) for r in session.execute(select(
                Listing.id, Listing.risk_score, Listing.flag_codes, Listing.max_severity,
                Listing.screened_at))),
        ]


def codes(flags: list[dict[str, str]]) -> set[str]:
    return {f["code"] for f in flags}


def test_version_1_vs_2_differ_in_the_missing_agency_and_nothing_is_written(
        two_versions: Engine) -> None:
    engine = two_versions
    before = stored_state(engine)
    under_1 = {r.listing_id: r for r in screen_under_version(engine, 1)}
    under_2 = {r.listing_id: r for r in screen_under_version(engine, 2)}
    assert set(under_1) == set(under_2) == {LA, LB}
    # version 2 is what was stored: nothing added or removed
    for result in under_2.values():
        assert result.registry_version == 2
        assert result.flags_added == result.flags_removed == []
        assert result.risk_score == result.stored_risk_score
    assert "UNRECOGNIZED_ISSUER" not in codes(under_2[LA].flags)
    # version 1 lacks DEMO-EVAL-02: its listing gains the flag, the other is unchanged
    a = under_1[LA]
    assert a.registry_version == 1
    assert "UNRECOGNIZED_ISSUER" in codes(a.flags)
    assert codes(a.flags_added) == {"UNRECOGNIZED_ISSUER"}
    assert a.flags_removed == []
    added = a.flags_added[0]
    assert ISSUER in added["evidence"] and added["severity"]
    assert a.risk_score > under_2[LA].risk_score
    assert under_1[LB].flags_added == under_1[LB].flags_removed == []
    assert stored_state(engine) == before


def test_cli_prints_one_json_line_per_listing_and_exits_2_on_unknown(
        two_versions: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    engine = two_versions
    url = engine.url.render_as_string(hide_password=False)
    before = stored_state(engine)
    assert main(["--db", url, "screen", "--registry-version", "1", "--listing", LA]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["listing_id"] == LA and record["registry_version"] == 1
    assert {"risk_score", "flags", "flags_added", "flags_removed"} <= set(record)
    assert [f["code"] for f in record["flags_added"]] == ["UNRECOGNIZED_ISSUER"]
    assert set(record["flags"][0]) == {"code", "severity", "evidence"}
    assert main(["--db", url, "screen", "--registry-version", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["--db", url, "screen", "--registry-version", "3"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "certwatch: no registry version 3 (see `certwatch registry list`)"
    assert main(["--db", url, "screen", "--registry-version", "1", "--listing", "nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert "no listing nope" in err and "\n" not in err
    assert stored_state(engine) == before


def test_unknown_version_raises_before_reading_listings(two_versions: Engine) -> None:
    with pytest.raises(UsageError, match="no registry version 9"):
        list(screen_under_version(two_versions, 9))
