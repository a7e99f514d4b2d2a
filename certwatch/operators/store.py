"""Link the listings of a store into operators (``linking``) and keep their ids stable."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from itertools import combinations

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from certwatch.operators.linking import Mention, Tie, assign, groups, site_for_linking, ties
from facts.urls import path_of
from store import summaries
from store.db import session_scope
from store.definitions import is_listing
from store.models import ContactIdentifier, Listing, Operator, OperatorEvent
from store.timeutil import utcnow

HIGH_RISK = 60  # an operator this risky makes a listing joining it news (nightly report)


@dataclass
class LinkSummary:
    operators: int = 0
    ties: int = 0
    new: list[int] = field(default_factory=list)  # operator ids created in this pass
    merged: dict[int, int] = field(default_factory=dict)  # younger id -> surviving id
    split: list[int] = field(default_factory=list)  # new ids split from an operator
    dissolved: list[int] = field(default_factory=list)
    joined_high_risk: list[tuple[int, int]] = field(default_factory=list)  # (listing, op)


def load_mentions(session: Session) -> list[Mention]:
    """Every identifier of every listing (retired listings left out)."""
    rows = session.execute(
        select(ContactIdentifier.listing_id, ContactIdentifier.kind, ContactIdentifier.value,
               ContactIdentifier.place, Listing.provider, Listing.site, Listing.url,
               ContactIdentifier.evidence)
        .join(Listing, Listing.id == ContactIdentifier.listing_id)
        .where(is_listing())
    )
    site_of: dict[int, str | None] = {}  # a listing's several identifiers share its site
    mentions = []
    for listing, kind, value, place, provider, site, url, evidence in rows:
        if listing not in site_of:
            site_of[listing] = site_for_linking(site, url)
        mentions.append(Mention(listing, kind, value, place, provider, site_of[listing],
                                evidence or ""))
    return mentions


def current_ties(session: Session) -> list[Tie]:
    return ties(load_mentions(session))


def link_operators(engine: Engine) -> LinkSummary:
    """Group the store's listings into operators; one transaction."""
    with session_scope(engine) as session:
        summaries.bump(session)  # the dashboard's operator pages read afresh
        return link_in(session)


def link_in(session: Session) -> LinkSummary:
    found_ties = current_ties(session)
    found = groups(found_ties)
    previous = {int(listing): int(op) for listing, op in session.execute(
        select(Listing.id, Listing.operator_id).where(Listing.operator_id.is_not(None)))
        if op is not None}
    result = assign(found, previous)
    summary = LinkSummary(operators=len(found), ties=len(found_ties))
    now = utcnow()
    fresh = [index for index, op in enumerate(result.group_ids) if op is None]
    created = [Operator(created_at=now, updated_at=now) for _ in fresh]
    session.add_all(created)
    session.flush()  # one multi-row insert; ids in the groups' order
    for index, operator in zip(fresh, created, strict=True):
        result.group_ids[index] = operator.id
        summary.new.append(operator.id)
        parent = result.split_from.get(index)
        session.add(OperatorEvent(operator_id=operator.id, kind="split" if parent else "created",
                                  other_operator_id=parent, at=now,
                                  detail={"listing_ids": [str(i) for i in found[index]]}))
        if parent:
            summary.split.append(operator.id)
    for younger, older in result.merged.items():
        session.execute(update(Operator).where(Operator.id == younger)
                        .values(merged_into=older, listing_count=0, updated_at=now))
        session.add(OperatorEvent(operator_id=older, kind="merged", other_operator_id=younger,
                                  at=now))
    for gone in result.dissolved:
        session.execute(update(Operator).where(Operator.id == gone)
                        .values(listing_count=0, updated_at=now))
        session.add(OperatorEvent(operator_id=gone, kind="dissolved", at=now))
    summary.merged, summary.dissolved = dict(result.merged), list(result.dissolved)
    _write_members(session, found, result.group_ids, previous, summary, now)
    return summary


def _write_members(session: Session, found: list[list[int]], ids: list[int | None],
                   previous: dict[int, int], summary: LinkSummary, now: datetime) -> None:
    assigned: dict[int, int] = {}
    for group, op in zip(found, ids, strict=True):
        assert op is not None
        assigned.update(dict.fromkeys(group, op))
    by_operator: dict[int | None, list[int]] = defaultdict(list)
    for listing, op in assigned.items():
        if previous.get(listing) != op:
            by_operator[op].append(listing)
    for listing in previous:
        if listing not in assigned:
            by_operator[None].append(listing)
    for op, listings in by_operator.items():
        for start in range(0, len(listings), 500):
            session.execute(update(Listing).where(Listing.id.in_(listings[start:start + 500]))
                            .values(operator_id=op).execution_options(synchronize_session=False))
    risk = dict(session.execute(
        select(Listing.operator_id, func.max(Listing.risk_score))
        .where(Listing.operator_id.is_not(None)).group_by(Listing.operator_id)).all())
    new_ops = set(summary.new)
    rows: list[dict[str, object]] = []
    for group, op in zip(found, ids, strict=True):
        assert op is not None
        gained = [i for i in group if previous.get(i) != op]
        rows.append({"id": op, "listing_count": len(group), "risk_score": risk.get(op, 0),
                     "updated_at": now if gained else None})
        if gained and op not in new_ops:
            session.add(OperatorEvent(operator_id=op, kind="grew", at=now,
                                      detail={"listing_ids": [str(i) for i in gained]}))
            if int(risk.get(op, 0) or 0) >= HIGH_RISK:
                summary.joined_high_risk += [(i, op) for i in gained]
    # by primary key, many rows a statement; an operator that gained nothing keeps its time
    for touched in (True, False):
        batch = [row if touched else {k: v for k, v in row.items() if k != "updated_at"}
                 for row in rows if (row["updated_at"] is not None) == touched]
        if batch:
            session.execute(update(Operator), batch)


def operator_predictions(engine: Engine) -> tuple[dict[str, str | None],
                                                   dict[tuple[str, str], list[str]]]:
    """(page path -> operator id or None, (path, path) -> identifiers tying them) of a
    crawled labeled web: the listings' canonical URL paths."""
    with session_scope(engine) as session:
        paths: dict[int, str] = {}
        predicted: dict[str, str | None] = {}
        for listing_id, url, op in session.execute(
            select(Listing.id, Listing.canonical_url, Listing.operator_id).where(is_listing())
        ):
            paths[listing_id] = path_of(url) or "/"
            predicted[paths[listing_id]] = str(op) if op is not None else None
        tied_by: dict[tuple[str, str], list[str]] = defaultdict(list)
        for tie in current_ties(session):
            for a, b in combinations(tie.listing_ids, 2):
                if a in paths and b in paths:
                    key = tuple(sorted((paths[a], paths[b])))
                    tied_by[key].append(f"{tie.kind}:{tie.value}")  # type: ignore[index]
    return predicted, dict(tied_by)
