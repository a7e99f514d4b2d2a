"""The operators pages' reads (issue #16): current operators with their listings' facts, one
operator's listings, the identifiers that tie them, its events, and the operator a listing
belongs to.

An operator is current when ``merged_into`` is null; its listings are the listings whose
``operator_id`` is its id. A tie is an identifier (kind, value) that at least two listings
of the same operator show: an identifier shared only across operators (a public hotline, a
marketplace's footer number) is not one.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlalchemy import func, select

from dashboard import keyset
from dashboard.db import MAX_ROWS, PAGE_SIZE, cached, engine, read_frame
from dashboard.keyset import Cursor
from store.models import ContactIdentifier, Listing, Operator, OperatorEvent

SORTS = ("risk", "listings")
MAX_HOPS = 20  # merged_into chains longer than this are treated as broken


def _current_groups() -> Any:
    """Per current operator: its listings' figures (GROUP BY in SQL), ≥ 2 listings."""
    return (
        select(
            Listing.operator_id.label("operator_id"),
            func.count(Listing.id).label("listing_count"),
            func.max(Listing.risk_score).label("risk_score"),
            func.min(Listing.fee_min).label("fee_min"),
            func.max(Listing.fee_max).label("fee_max"),
            func.min(Listing.first_seen).label("first_seen"),
            func.max(Listing.last_seen).label("last_seen"),
        )
        .join(Operator, Operator.id == Listing.operator_id)
        .where(Operator.merged_into.is_(None))
        .group_by(Listing.operator_id)
        .having(func.count(Listing.id) >= 2)
    )


@cached
def operator_count(db: str) -> int:
    """How many current operators there are."""
    groups = _current_groups().subquery()
    with engine(db).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(groups)).scalar_one())


def _attributes(db: str, operator_ids: list[int]) -> pd.DataFrame:
    """brands, domains, regions and flags of each operator (distinct, sorted)."""
    columns = ["operator_id", "brands", "domains", "regions", "flags"]
    if not operator_ids:
        return pd.DataFrame(columns=columns)
    rows = read_frame(
        db,
        select(Listing.operator_id, Listing.provider, Listing.site, Listing.region,
               Listing.flag_codes)
        .where(Listing.operator_id.in_(operator_ids))
        .limit(MAX_ROWS * 5),
    )
    out: list[dict[str, Any]] = []
    for operator_id in operator_ids:
        mine = rows[rows["operator_id"] == operator_id]
        out.append({
            "operator_id": operator_id,
            "brands": _distinct(mine["provider"]),
            "domains": _distinct(mine["site"]),
            "regions": _distinct(mine["region"]),
            "flags": _distinct(code for codes in mine["flag_codes"] for code in (codes or [])),
        })
    return pd.DataFrame(out, columns=columns)


def _distinct(values: Any) -> list[str]:
    return sorted({str(v) for v in values if v is not None and v == v and str(v).strip()})


def _order(groups: Any, sort: str) -> list[tuple[Any, bool]]:
    """The list's order: riskiest (or largest) first, then the other figure, then the id."""
    risk, size = (groups.c.risk_score, True), (groups.c.listing_count, True)
    return [*((size, risk) if sort == "listings" else (risk, size)), (groups.c.operator_id, False)]


def cursor_columns(sort: str) -> tuple[str, ...]:
    """The columns of a row's place in the order of ``sort`` (a keyset cursor)."""
    first = ("listing_count", "risk_score") if sort == "listings" else ("risk_score", "listing_count")
    return (*first, "operator_id")


@cached
def operators_page(db: str, sort: str = "risk", offset: int = 0, limit: int = PAGE_SIZE,
                   after: Cursor | None = None, before: Cursor | None = None) -> pd.DataFrame:
    """One page of current operators, riskiest first or largest first, with their brands,
    domains, regions and flags: the page after the cursor ``after`` (values of
    ``cursor_columns(sort)``), before ``before``, else from ``offset`` (LIMIT/OFFSET)."""
    limit = max(1, min(int(limit), MAX_ROWS))
    groups = _current_groups().subquery()
    stmt, backwards = keyset.page(select(groups), _order(groups, sort), after, before)
    if after is None and before is None:
        stmt = stmt.offset(max(0, int(offset)))
    page = keyset.upright(read_frame(db, stmt.limit(limit)), backwards)
    if page.empty:
        return page.assign(brands=[], domains=[], regions=[], flags=[])
    page["operator_id"] = page["operator_id"].astype(int)
    attributes = _attributes(db, [int(i) for i in page["operator_id"]])
    return page.merge(attributes, on="operator_id", how="left")


@cached
def current_operator(db: str, operator_id: int) -> int | None:
    """The operator ``operator_id`` is now: itself, or the one it was merged into (followed
    to the end of the chain); None for an unknown id."""
    seen: set[int] = set()
    current = int(operator_id)
    with engine(db).connect() as conn:
        for _ in range(MAX_HOPS):
            row = conn.execute(
                select(Operator.id, Operator.merged_into).where(Operator.id == current)
            ).first()
            if row is None:
                return None
            if row.merged_into is None or row.merged_into in seen:
                return int(row.id)
            seen.add(current)
            current = int(row.merged_into)
    return current


@cached
def operator(db: str, operator_id: int) -> dict[str, Any] | None:
    """An operator's own row and its listings' figures; None when it does not exist."""
    with engine(db).connect() as conn:
        row = conn.execute(select(Operator).where(Operator.id == int(operator_id))).first()
        if row is None:
            return None
        figures = conn.execute(
            select(
                func.count(Listing.id).label("listing_count"),
                func.max(Listing.risk_score).label("risk_score"),
                func.min(Listing.fee_min).label("fee_min"),
                func.max(Listing.fee_max).label("fee_max"),
                func.min(Listing.first_seen).label("first_seen"),
                func.max(Listing.last_seen).label("last_seen"),
            ).where(Listing.operator_id == int(operator_id))
        ).one()
    out = dict(row._mapping)
    out.update(figures._mapping)
    attributes = _attributes(db, [int(operator_id)])
    out.update(attributes.iloc[0].to_dict())
    return out


@cached
def operator_listings(db: str, operator_id: int, limit: int = MAX_ROWS) -> pd.DataFrame:
    """The operator's listings, riskiest first."""
    return read_frame(
        db,
        select(
            Listing.id, Listing.risk_score, Listing.max_severity, Listing.title,
            Listing.provider, Listing.site, Listing.region, Listing.fee_min, Listing.fee_max,
            Listing.flag_codes, Listing.first_seen, Listing.last_seen,
        )
        .where(Listing.operator_id == int(operator_id))
        .order_by(Listing.risk_score.desc(), Listing.id)
        .limit(max(1, min(int(limit), MAX_ROWS))),
    )


@cached
def operator_ties(db: str, operator_id: int, limit: int = MAX_ROWS) -> pd.DataFrame:
    """The identifiers that tie the operator's listings: one row per (identifier, listing)
    for every (kind, value) at least two of its listings show, with the words around it on
    each page (``kind``, ``value``, ``listing_id``, ``evidence``, ``seen_at``, ``listings``:
    how many of its listings show it)."""
    mine = Listing.operator_id == int(operator_id)
    shared = (
        select(ContactIdentifier.kind, ContactIdentifier.value,
               func.count(func.distinct(ContactIdentifier.listing_id)).label("listings"))
        .join(Listing, Listing.id == ContactIdentifier.listing_id)
        .where(mine)
        .group_by(ContactIdentifier.kind, ContactIdentifier.value)
        .having(func.count(func.distinct(ContactIdentifier.listing_id)) >= 2)
        .subquery()
    )
    return read_frame(
        db,
        select(
            ContactIdentifier.kind, ContactIdentifier.value, ContactIdentifier.listing_id,
            ContactIdentifier.evidence, ContactIdentifier.seen_at, shared.c.listings,
        )
        .join(Listing, Listing.id == ContactIdentifier.listing_id)
        .join(shared, (shared.c.kind == ContactIdentifier.kind)
              & (shared.c.value == ContactIdentifier.value))
        .where(mine)
        .order_by(shared.c.listings.desc(), ContactIdentifier.kind, ContactIdentifier.value,
                  ContactIdentifier.listing_id)
        .limit(max(1, min(int(limit), MAX_ROWS))),
    )


@cached
def operator_events(db: str, operator_id: int, limit: int = 500) -> pd.DataFrame:
    """The operator's events, newest first (also those naming it as the other operator)."""
    return read_frame(
        db,
        select(OperatorEvent.at, OperatorEvent.kind, OperatorEvent.operator_id,
               OperatorEvent.other_operator_id, OperatorEvent.detail)
        .where((OperatorEvent.operator_id == int(operator_id))
               | (OperatorEvent.other_operator_id == int(operator_id)))
        .order_by(OperatorEvent.at.desc(), OperatorEvent.id.desc())
        .limit(limit),
    )


@cached
def listing_operator(db: str, listing_id: int) -> tuple[int, int] | None:
    """The current operator of a listing and how many listings it has, or None."""
    with engine(db).connect() as conn:
        linked = conn.execute(
            select(Listing.operator_id).where(Listing.id == int(listing_id))
        ).scalar_one_or_none()
    if linked is None:
        return None
    current = current_operator(db, int(linked))
    if current is None:
        return None
    with engine(db).connect() as conn:
        count = conn.execute(
            select(func.count(Listing.id)).where(Listing.operator_id == current)
        ).scalar_one()
    return current, int(count)
