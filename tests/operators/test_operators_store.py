"""Operators in a store (both backends): linked, kept stable across passes, merged with the
older id surviving, written as JSONL, CSV and GEXF, and named in the export."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from sqlalchemy import Engine, select

from certwatch.cli import main
from certwatch.export import export
from certwatch.operators.store import link_operators
from store.db import session_scope
from store.models import ContactIdentifier, Listing, Operator, OperatorEvent


def add(engine: Engine, key: str, provider: str, *identifiers: tuple[str, str]) -> int:
    with session_scope(engine) as session:
        listing = Listing(listing_key=key, canonical_url=f"http://{key}.example/",
                          url=f"http://{key}.example/", provider=provider, site=f"{key}.example",
                          title=f"人工智能训练师 {key}")
        session.add(listing)
        session.flush()
        for kind, value in identifiers:
            session.add(ContactIdentifier(listing_id=listing.id, kind=kind, value=value,
                                          evidence=f"{provider} 咨询 {value}"))
        return listing.id


def operator_of(engine: Engine, listing_id: int) -> int | None:
    with session_scope(engine) as session:
        return session.scalar(select(Listing.operator_id).where(Listing.id == listing_id))


PHONE_A, PHONE_B, WECHAT = ("phone", "+8613800000001"), ("phone", "+8613900000002"), (
    "wechat", "ai-trainer-88")


def test_operators_are_linked_and_keep_their_ids(engine: Engine) -> None:
    a1 = add(engine, "a1", "甲品牌", PHONE_A)
    a2 = add(engine, "a2", "乙品牌", PHONE_A, WECHAT)
    lone = add(engine, "lone", "丙品牌", ("phone", "+8613700000003"))
    link_operators(engine)
    first = operator_of(engine, a1)
    assert first is not None and operator_of(engine, a2) == first
    assert operator_of(engine, lone) is None

    a3 = add(engine, "a3", "丁品牌", WECHAT)  # joins through the WeChat id
    link_operators(engine)
    assert operator_of(engine, a3) == first, "an operator keeps its id when it gains a listing"

    b1 = add(engine, "b1", "戊品牌", PHONE_B)
    b2 = add(engine, "b2", "己品牌", PHONE_B)
    link_operators(engine)
    younger = operator_of(engine, b1)
    assert younger is not None and younger != first and operator_of(engine, b2) == younger

    add(engine, "bridge", "庚品牌", PHONE_A, PHONE_B)  # one page shows both: one business
    summary = link_operators(engine)
    assert {operator_of(engine, i) for i in (a1, a2, a3, b1, b2)} == {first}
    assert summary.merged == {younger: first}
    with session_scope(engine) as session:
        gone = session.get(Operator, younger)
        assert gone is not None and gone.merged_into == first
        kinds = [e.kind for e in session.scalars(
            select(OperatorEvent).where(OperatorEvent.operator_id == first)
            .order_by(OperatorEvent.id))]
        assert kinds[0] == "created" and "grew" in kinds and "merged" in kinds
    again = link_operators(engine)
    assert not again.new and not again.merged, "a second pass changes nothing"

    out = io.StringIO()
    export(engine, out, progress=False)
    records = {r["listing_id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert records[str(a1)]["operator_id"] == str(first)
    assert records[str(lone)]["operator_id"] is None


def test_cli_writes_jsonl_csv_and_gexf(engine: Engine, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a1 = add(engine, "a1", "甲品牌", PHONE_A)
    a2 = add(engine, "a2", "乙品牌", PHONE_A)
    add(engine, "lone", "丙品牌", PHONE_B)
    url = engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "operators"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["listing_ids"] == [str(a1), str(a2)]
    assert record["brands"] == ["乙品牌", "甲品牌"]
    assert record["identifiers"] == [{"kind": "phone", "value": "+8613800000001"}]
    (link,) = record["links"]
    assert link["listing_ids"] == [str(a1), str(a2)] and link["kind"] == "phone"
    assert link["evidence"] == ["甲品牌 咨询 +8613800000001", "乙品牌 咨询 +8613800000001"]

    assert main(["--db", url, "operators", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert [r["listing_id"] for r in rows] == [str(a1), str(a2)]
    assert {r["operator_id"] for r in rows} == {record["operator_id"]}

    gexf = tmp_path / "operators.gexf"
    assert main(["--db", url, "operators", "--format", "gexf", "--output", str(gexf)]) == 0
    ns = {"g": "http://gexf.net/1.3"}
    graph = ET.parse(gexf).getroot().find("g:graph", ns)
    assert graph is not None
    nodes = {n.get("id") for n in graph.iterfind("g:nodes/g:node", ns)}
    assert nodes == {f"L{a1}", f"L{a2}", "Iphone:+8613800000001"}
    assert len(graph.findall("g:edges/g:edge", ns)) == 2
