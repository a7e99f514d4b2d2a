"""The operators pages (issue #16) on a seeded SQLite database with three operators, one
merged away and decoy identifiers (tests/dashboard/operator_seed.py): counts, sorting,
paging in SQL, the merged id's redirect, the CSV's columns, the network graph and its cap,
and the listing page's link to its operator."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from sqlalchemy import create_engine, func, select
from streamlit.testing.v1 import AppTest

from dashboard import exports, network, widgets
from dashboard.i18n import identifier_kind_label
from dashboard.views import operators_queries as q
from store.models import Listing

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
OPERATORS, OPERATOR, LISTING = "views/operators.py", "views/operator.py", "views/listing.py"


def _frames(at) -> list[pd.DataFrame]:  # type: ignore[no-untyped-def]
    return [f.value for f in at.dataframe]


def _risk(url: str, operator_id: int) -> int:
    with create_engine(url).connect() as conn:
        return int(conn.execute(select(func.max(Listing.risk_score))
                                .where(Listing.operator_id == operator_id)).scalar_one())


def test_operators_page_lists_current_operators_by_risk_and_by_size(op_seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary, _ops = op_seeded
    at = app(url, OPERATORS)
    assert any("共 3 个运营主体" in str(m.value) for m in at.markdown)
    table = _frames(at)[0]
    assert list(table["运营主体"]) != [] and "4" not in set(table["运营主体"]), "merged: gone"
    risks = [int(v) for v in table["风险分"]]
    assert risks == sorted(risks, reverse=True)
    assert risks[0] == max(_risk(url, i) for i in (1, 2, 3))
    counts = dict(zip(table["运营主体"], table["广告数"], strict=True))
    assert counts == {"1": 150, "2": 5, "3": 3}
    big = table[table["运营主体"] == "1"].iloc[0]
    assert "ai-cert0.example.cn" in big["网站域名"]
    assert big["详情"].startswith("operator?operator=1&lang=zh")

    at.radio(key="op_sort").set_value("listings").run()
    by_size = _frames(at)[0]
    assert list(by_size["运营主体"]) == ["1", "2", "3"]
    assert at.query_params["sort"] in ("listings", ["listings"])


def test_operators_page_in_sql_pages_and_csv_columns(op_seeded) -> None:  # type: ignore[no-untyped-def]
    url, _summary, _ops = op_seeded
    assert q.operator_count(url) == 3
    first = q.operators_page(url, "listings", offset=0, limit=2)
    rest = q.operators_page(url, "listings", offset=2, limit=2)
    assert list(first["operator_id"]) == [1, 2] and list(rest["operator_id"]) == [3]
    csv = exports.operator_frame(q.operators_page(url, "risk"))
    assert tuple(csv.columns) == exports.OPERATOR_COLUMNS
    assert set(csv.columns) >= {"operator_id", "listing_count", "brands", "domains", "regions",
                                "fee_min", "fee_max", "flags", "first_seen", "last_seen",
                                "risk_score"}
    row = csv[csv["operator_id"] == "1"].iloc[0]
    assert row["listing_count"] == 150 and "|" in row["brands"] and "|" in row["domains"]
    assert str(row["first_seen"]).endswith("+00:00")
    text = widgets.csv_bytes(csv).decode("utf-8-sig")
    parsed = pd.read_csv(io.StringIO(text), dtype=str)
    assert list(parsed.columns) == list(exports.OPERATOR_COLUMNS)


def test_operator_page_facts_listings_ties_events_and_graph(op_seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary, ops = op_seeded
    at = app(url, OPERATOR, operator="1")
    listings, ties, events = _frames(at)
    assert len(listings) == 150
    assert set(listings["编号"].astype(int)) == set(ops.members[1])
    assert all(link.startswith("listing?listing=") for link in listings["详情"])
    assert ties.drop_duplicates(["类型", "联系标识"]).shape[0] == ops.ties[1]
    values = set(ties["联系标识"])
    assert "+8612333" not in values and "+864008001234" not in values, "decoys are no ties"
    assert not any(v.startswith("a1") and v.endswith("@example.cn") for v in values)
    assert "咨询热线：138-2013-8560（同微信）" in set(ties["证据"])
    assert set(events["事件"]) == {"建立", "扩大"}
    assert any("只画出其中 200 个" in str(w.value) for w in at.warning), "the cap is said"
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    assert "layer" in spec


def test_merged_operator_id_opens_the_surviving_operator(op_seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary, ops = op_seeded
    at = app(url, OPERATOR, operator=str(ops.merged))
    assert any("运营主体 4 已并入运营主体 3" in str(i.value) for i in at.info)
    assert at.query_params["operator"] in ("3", ["3"])
    listings, ties, events = _frames(at)
    assert sorted(listings["编号"].astype(int)) == ops.members[3]
    assert set(events["事件"]) == {"建立", "合并"}
    assert set(ties["联系标识"]) == {"91110108MA01ABCD2X"}
    assert not at.warning, "three listings: no cap"

    unknown = app(url, OPERATOR, operator="999")
    assert any("999" in str(w.value) for w in unknown.warning)


def test_scraped_identifier_text_stays_text(op_seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary, _ops = op_seeded
    at = app(url, OPERATOR, operator="2")
    _listings, ties, _events = _frames(at)
    assert "邮箱 <b>报名</b>" in set(ties["证据"])
    assert not at.get("html")
    csv = widgets.csv_bytes(ties).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv, "formula-safe"


def test_listing_page_links_to_its_operator(op_seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, _summary, ops = op_seeded
    at = app(url, LISTING, listing="120")
    links = [p for p in at.get("page_link") if "运营主体" in str(p.proto.label)]
    assert len(links) == 1
    assert str(links[0].proto.label) == "运营主体 1（150 条广告）"
    assert "operator=1" in links[0].proto.query_string
    alone = app(url, LISTING, listing=str(ops.unlinked_listing))
    assert not [p for p in alone.get("page_link") if "运营主体" in str(p.proto.label)]


def test_network_caps_at_200_nodes_and_keeps_edges_inside() -> None:
    ties = pd.DataFrame(
        [{"kind": "phone", "value": "+86138", "listing_id": i} for i in range(1, 151)]
        + [{"kind": "qq", "value": str(i // 2), "listing_id": i} for i in range(1, 151)]
    )
    listings = pd.DataFrame({"id": range(1, 151), "provider": "p", "title": "t"})
    graph = network.build(ties, listings, lambda k: identifier_kind_label(k, "en"))
    assert graph.total_nodes == 150 + 1 + 76
    assert graph.capped and len(graph.nodes) <= network.MAX_NODES
    assert len(graph.nodes) >= 190, "fills the cap"
    assert graph.nodes["node"].is_unique
    assert graph.nodes[["x", "y"]].notna().all().all()
    small = network.build(ties.head(4), listings.head(4), str)
    assert not small.capped and len(small.nodes) == 5 and len(small.edges) == 4
    chart = network.chart(small, "Kind", lambda k: identifier_kind_label(k, "en"))
    assert "layer" in chart.to_dict()


def test_operators_page_downloads_are_machine_csv(op_seeded, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _summary, _ops = op_seeded
    captured: dict[str, bytes] = {}
    monkeypatch.setattr(widgets, "download",
                        lambda frame, name, key: captured.__setitem__(name, widgets.csv_bytes(frame)))
    monkeypatch.setattr(widgets, "download_later",
                        lambda produce, name, key, label: captured.__setitem__(
                            name, widgets.csv_bytes(produce())))
    app(url, OPERATORS)
    assert set(captured) == {"certwatch-operators-p1", "certwatch-operators"}
    for data in captured.values():
        text = data.decode("utf-8")
        assert text.startswith("\ufeff")
        frame = pd.read_csv(io.StringIO(text[1:]), dtype=str, keep_default_na=False)
        assert list(frame.columns) == list(exports.OPERATOR_COLUMNS)
        assert sorted(frame["operator_id"]) == ["1", "2", "3"]
        assert set(frame.loc[frame["operator_id"] == "2", "listing_count"]) == {"5"}


def test_a_store_without_operators_says_so(seeded, app) -> None:  # type: ignore[no-untyped-def]
    url, summary = seeded
    at = app(url, OPERATORS)
    assert any("还没有运营主体" in str(i.value) for i in at.info)
    listing = app(url, LISTING, listing=str(summary.plain_listing_id or 5))
    assert not [p for p in listing.get("page_link") if "运营主体" in str(p.proto.label)]


def test_operators_pages_in_english(op_seeded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _summary, _ops = op_seeded
    monkeypatch.setenv("CERTWATCH_DB", url)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = "en"  # a new session takes the language from the URL
    at.run()
    at.switch_page(OPERATORS).run()
    assert not at.exception
    assert any("3 operators" in str(m.value) for m in at.markdown)
    table = _frames(at)[0]
    assert {"Operator", "Listings", "Brands", "Domains", "Regions", "Fee range"} <= set(
        table.columns)
    assert ", " in table.loc[table["Operator"] == "1", "Domains"].iloc[0]
    at.switch_page(OPERATOR)
    at.query_params["operator"] = "4"
    at.run()
    assert any("Operator 4 was merged into operator 3" in str(i.value) for i in at.info)
    assert at.query_params["lang"] in ("en", ["en"])
