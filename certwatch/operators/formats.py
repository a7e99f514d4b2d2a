"""Operators for people and tools (docs/contract.md "Operators"): JSON lines, CSV (one row per
listing) and GEXF (listings and identifiers as nodes) for network tools such as Gephi."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any, TextIO
from xml.sax.saxutils import quoteattr

from sqlalchemy import select
from sqlalchemy.orm import Session

from certwatch.operators.linking import Tie
from certwatch.operators.store import current_ties
from facts.spreadsheet import SafeCsvWriter, json_line
from store.definitions import is_listing
from store.models import ContactIdentifier, Listing, Operator

CSV_COLUMNS = ["operator_id", "listing_id", "url", "provider", "identifiers"]


def _members(session: Session) -> dict[int, list[Listing]]:
    members: dict[int, list[Listing]] = defaultdict(list)
    current = select(Operator.id).where(Operator.merged_into.is_(None))
    for listing in session.scalars(
        select(Listing).where(is_listing(), Listing.operator_id.in_(current))
        .order_by(Listing.id)
    ):
        assert listing.operator_id is not None
        members[listing.operator_id].append(listing)
    return members


def _evidence(session: Session) -> dict[tuple[int, str, str], str]:
    return {(row[0], row[1], row[2]): row[3] for row in session.execute(
        select(ContactIdentifier.listing_id, ContactIdentifier.kind, ContactIdentifier.value,
               ContactIdentifier.evidence))}


def operator_records(session: Session) -> Iterator[dict[str, Any]]:
    """Each current operator as its docs/contract.md JSON object, oldest id first."""
    members = _members(session)
    owner = {listing.id: op for op, listings in members.items() for listing in listings}
    by_operator: dict[int, list[Tie]] = defaultdict(list)
    for tie in current_ties(session):
        op = owner.get(tie.listing_ids[0])
        if op is not None:
            by_operator[op].append(tie)
    words = _evidence(session)
    for op in sorted(members):
        listings = members[op]
        links = []
        for tie in by_operator[op]:
            for a, b in zip(tie.listing_ids, tie.listing_ids[1:], strict=False):
                links.append({"listing_ids": [str(a), str(b)], "kind": tie.kind,
                              "value": tie.value,
                              "evidence": [words.get((a, tie.kind, tie.value), ""),
                                           words.get((b, tie.kind, tie.value), "")]})
        yield {
            "operator_id": str(op),
            "listing_ids": [str(listing.id) for listing in listings],
            "brands": sorted({listing.provider for listing in listings if listing.provider}),
            "domains": sorted({listing.site for listing in listings if listing.site}),
            "identifiers": [{"kind": kind, "value": value} for kind, value in
                            sorted({(t.kind, t.value) for t in by_operator[op]})],
            "links": links,
        }


def write_jsonl(session: Session, out: TextIO) -> int:
    count = 0
    for record in operator_records(session):
        out.write(json_line(record) + "\n")
        count += 1
    return count


def write_csv(session: Session, out: TextIO) -> int:
    """One row per listing of an operator (formula-safe)."""
    writer = SafeCsvWriter(out)
    writer.writerow(CSV_COLUMNS)
    members = _members(session)  # read once, not once per operator
    count = 0
    for record in operator_records(session):
        idents = "|".join(f"{i['kind']}:{i['value']}" for i in record["identifiers"])
        for listing in members[int(record["operator_id"])]:
            writer.writerow([record["operator_id"], str(listing.id), listing.url,
                             listing.provider or "", idents])
        count += 1
    return count


def write_gexf(session: Session, out: TextIO) -> int:
    """The operators' graph: listing and identifier nodes, an edge where a page shows one."""
    nodes: list[str] = []
    edges: list[str] = []
    count = 0
    for record in operator_records(session):
        count += 1
        op = record["operator_id"]
        for listing_id in record["listing_ids"]:
            nodes.append(f'<node id="L{listing_id}" label={quoteattr("listing " + listing_id)}>'
                         f'<attvalues><attvalue for="0" value="listing"/>'
                         f'<attvalue for="1" value={quoteattr(op)}/></attvalues></node>')
        for ident in record["identifiers"]:
            key = f"I{ident['kind']}:{ident['value']}"
            nodes.append(f'<node id={quoteattr(key)} label={quoteattr(ident["value"])}>'
                         f'<attvalues><attvalue for="0" value={quoteattr(ident["kind"])}/>'
                         f'<attvalue for="1" value={quoteattr(op)}/></attvalues></node>')
        pairs = {(lid, f"I{link['kind']}:{link['value']}") for link in record["links"]
                 for lid in link["listing_ids"]}
        edges += [f'<edge id={quoteattr(f"{a}-{b}")} source="L{a}" target={quoteattr(b)}/>'
                  for a, b in sorted(pairs)]
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
              '<graph mode="static" defaultedgetype="undirected">\n'
              '<attributes class="node"><attribute id="0" title="kind" type="string"/>'
              '<attribute id="1" title="operator_id" type="string"/></attributes>\n'
              "<nodes>\n" + "\n".join(nodes) + "\n</nodes>\n"
              "<edges>\n" + "\n".join(edges) + "\n</edges>\n</graph>\n</gexf>\n")
    return count
