"""The lists read page by page (issuer names, providers, operators) show the same rows
whichever way a page is reached: next and previous buttons (keyset pages from the row at
the edge) or a link to page N (OFFSET); the fee outliers are the dearest listings flagged
above the ceiling; a run's changes come by kind, riskiest first. On SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from sqlalchemy import select

from dashboard import keyset
from dashboard.filters import ListingFilter
from dashboard.views import (
    fees_queries as fees_q,
    issuers_queries as issuers_q,
    operators_queries as operators_q,
    runs_queries as runs_q,
)
from store.db import make_engine
from store.models import Flag, Listing, RunChange

ISSUERS = "views/issuers.py"
OPERATORS = "views/operators.py"


@pytest.fixture
def seeded_any(db_url: str, tmp_path: Path, seeder, operator_seeder) -> Iterator[str]:  # type: ignore[no-untyped-def]
    st.cache_data.clear()  # one URL may now hold another database's rows
    seeder(db_url, tmp_path / "warc")  # 300 listings: the operators' seed needs them
    operator_seeder(db_url)
    yield db_url
    st.cache_data.clear()


def _walk(read: Callable[..., pd.DataFrame], cursor: tuple[str, ...], total: int,
          size: int) -> tuple[list[pd.DataFrame], list[pd.DataFrame]]:
    """Every page forwards by ``after`` from page 1, then backwards by ``before``."""
    forwards = [read(offset=0, limit=size)]
    while sum(len(p) for p in forwards) < total:
        forwards.append(read(limit=size, after=keyset.edge(forwards[-1], cursor, last=True)))
    backwards = [forwards[-1]]
    while len(backwards) < len(forwards):
        backwards.insert(0, read(limit=size, before=keyset.edge(backwards[0], cursor,
                                                                 last=False)))
    return forwards, backwards


def _same_pages(read: Callable[..., pd.DataFrame], cursor: tuple[str, ...], total: int,
                size: int) -> None:
    forwards, backwards = _walk(read, cursor, total, size)
    by_offset = [read(offset=n * size, limit=size) for n in range(len(forwards))]
    assert len(forwards) > 2, "enough rows for several pages"
    for mine, theirs, back in zip(forwards, by_offset, backwards, strict=True):
        pd.testing.assert_frame_equal(mine, theirs)
        pd.testing.assert_frame_equal(back, theirs)
    everything = read(offset=0, limit=total)
    assert [tuple(r) for r in pd.concat(forwards)[list(cursor)].itertuples(index=False)] == [
        tuple(r) for r in everything[list(cursor)].itertuples(index=False)]


def test_issuer_names_pages_by_keyset_are_the_pages_by_offset(seeded_any: str) -> None:
    db = seeded_any
    total = issuers_q.issuer_name_count(db)
    _same_pages(lambda **kw: issuers_q.issuer_names(db, **kw), issuers_q.ISSUER_CURSOR,
                total, 7)
    unrecognized = issuers_q.issuer_name_count(db, statuses=("unrecognized",))
    _same_pages(lambda **kw: issuers_q.issuer_names(db, statuses=("unrecognized",), **kw),
                issuers_q.ISSUER_CURSOR, unrecognized, 3)


def test_provider_pages_by_keyset_are_the_pages_by_offset(seeded_any: str) -> None:
    db = seeded_any
    _same_pages(lambda **kw: issuers_q.providers(db, **kw), issuers_q.PROVIDER_CURSOR,
                issuers_q.provider_count(db), 2)


def test_operator_pages_by_keyset_are_the_pages_by_offset(seeded_any: str) -> None:
    db = seeded_any
    for sort in operators_q.SORTS:
        _same_pages(lambda **kw: operators_q.operators_page(db, sort, **kw),  # noqa: B023
                    operators_q.cursor_columns(sort), operators_q.operator_count(db), 1)


def _outliers_by_hand(db: str, where: Any = None) -> list[tuple[int, str]]:
    """(listing, evidence) of every active EXCESSIVE_FEE flag, dearest listing first."""
    engine = make_engine(db)
    stmt = (select(Listing.id, Listing.fee_max, Flag.evidence)
            .join(Flag, Flag.listing_id == Listing.id)
            .where(Flag.active.is_(True), Flag.code == "EXCESSIVE_FEE",
                   Listing.retired_at.is_(None)))
    if where is not None:
        stmt = stmt.where(where)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    engine.dispose()
    return [(int(i), str(e)) for i, _fee, e in sorted(rows, key=lambda r: (-r[1], r[0]))]


def test_fee_outliers_are_the_dearest_listings_flagged_above_the_ceiling(seeded_any: str) -> None:
    db = seeded_any
    expected = _outliers_by_hand(db)
    assert len(expected) > 10, "the seed prices some listings above the ceiling"
    for limit in (100, 10):
        found = fees_q.fee_outliers(db, ListingFilter(flagged_only=False), limit)
        assert list(zip(found["id"].astype(int), found["evidence"], strict=True)) == \
            expected[:limit]
        assert (found["fee_max"].diff().dropna() <= 0).all()
    region = str(fees_q.fee_outliers(db, ListingFilter(flagged_only=False))["region"].iloc[-1])
    in_region = fees_q.fee_outliers(db, ListingFilter(flagged_only=False, region=region))
    assert list(zip(in_region["id"].astype(int), in_region["evidence"], strict=True)) == \
        _outliers_by_hand(db, Listing.region == region)[:100]


@pytest.mark.parametrize("walk", [False, True], ids=["sorted", "walked"])
def test_a_runs_changes_come_by_kind_riskiest_first(seeded_any: str, walk: bool,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db = seeded_any
    walked: list[str] = []
    if walk:  # steps of 7 listings down the risk index, for every kind this seed has
        monkeypatch.setattr(runs_q, "WALK_CHUNK", 7)
        monkeypatch.setattr(runs_q, "WALK_STEPS", 40)
        real = runs_q._walk
        monkeypatch.setattr(runs_q, "_walk", lambda *a: walked.append(a[2]) or real(*a))
        st.cache_data.clear()
    engine = make_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(select(RunChange.run_id, RunChange.change, Listing.risk_score,
                                   RunChange.listing_id)
                            .join(Listing, Listing.id == RunChange.listing_id)).all()
    engine.dispose()
    runs = {int(r[0]) for r in rows}
    assert len({r[1] for r in rows}) >= 3, "the seed's runs record several kinds of change"
    for run_id in runs:
        expected = sorted(((c, -int(risk), int(i)) for rid, c, risk, i in rows if rid == run_id))
        for limit in (500, 7, 1):
            found = runs_q.run_changes(db, run_id, limit)
            assert [(c, -int(risk), int(i)) for c, risk, i in zip(
                found["change"], found["risk_score"], found["listing_id"], strict=True)] == \
                expected[:limit]
    assert runs_q.run_changes(db, max(runs) + 1).empty
    assert bool(walked) == walk, "the walk down the risk index read the changes"


def test_issuer_provider_and_operator_buttons_page_forwards_and_back(
        op_seeded, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _summary, _operators = op_seeded
    monkeypatch.setattr("dashboard.db.PAGE_SIZE", 2)  # the seed's 9 providers, 3 operators
    at = app(url, ISSUERS)

    def shown() -> pd.DataFrame:
        return at.dataframe[0].value.reset_index(drop=True)

    first = shown()
    names = issuers_q.issuer_names(url, offset=2, limit=2)
    at.button(key="iss_page_next").click().run()
    assert list(shown()["广告所写发证机构"]) == list(names["mention"])
    at.button(key="iss_page_next").click().run()
    assert list(shown()["广告所写发证机构"]) == list(
        issuers_q.issuer_names(url, offset=4, limit=2)["mention"])
    at.button(key="iss_page_prev").click().run()
    assert list(shown()["广告所写发证机构"]) == list(names["mention"])
    at.button(key="iss_page_prev").click().run()
    pd.testing.assert_frame_equal(shown(), first)

    at.segmented_control(key="iss_section").set_value("providers_title").run()
    providers_first = shown()
    later = issuers_q.providers(url, offset=2, limit=2)
    at.button(key="prov_page_next").click().run()
    assert list(shown()["培训商"]) == list(later["provider"])
    at.button(key="prov_page_prev").click().run()
    pd.testing.assert_frame_equal(shown(), providers_first)

    at = app(url, OPERATORS)
    top = list(operators_q.operators_page(url, "risk", offset=0, limit=3)["operator_id"])
    at.button(key="op_next").click().run()
    assert at.query_params["page"] == "2"
    assert list(shown()["运营主体"]) == [str(top[2])]
    at.button(key="op_prev").click().run()
    assert list(shown()["运营主体"]) == [str(i) for i in top[:2]]
