"""What one listing contributes to each summary table: pure functions over its state.

A listing's *state* is the handful of its fields the summaries group or add up (read from
the store by ``read_states``); ``contributions`` turns it into (table, group key, values)
rows. ``store.summaries`` subtracts a listing's previous contributions and adds its new
ones, so only the groups it falls in (or fell in) change. Retired listings contribute
nothing (``store.definitions``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, String, cast, func, select
from sqlalchemy.orm import Session

from store.models import Flag, IssuerMatch, Listing
from store.vocabulary import SEVERITIES

FEE_BUCKET = 500  # ¥ width of a fee histogram bar (the dashboard's fees page)
FEE_BUCKETS = 40  # fees at or above FEE_BUCKET * FEE_BUCKETS share the last bar

State = dict[str, Any]
Values = dict[str, Any]
Rows = dict[str, list[tuple[tuple[Any, ...], Values]]]
TABLES = ("counts", "flag_codes", "issuers", "issuer_providers", "providers", "fees", "fee_status",
          "regions")


def fee_bucket(fee: float) -> int:
    """The histogram bar of a fee (fees are >= 0)."""
    return FEE_BUCKETS if fee >= FEE_BUCKET * FEE_BUCKETS else int(fee // FEE_BUCKET)


def contributions(state: State | None) -> Rows:
    """table -> [(group key, values)] that a listing in ``state`` adds (None: nothing)."""
    out: Rows = {name: [] for name in TABLES}
    if state is None:
        return out
    flagged = state["sev"] in SEVERITIES
    out["counts"].append(((state["sev"], state["rs"]), {"listings": 1, "removed": state["rm"]}))
    if state["rg"]:
        out["regions"].append(((state["rg"],), {"listings": 1}))
    for code, n in sorted(state["codes"].items()):
        out["flag_codes"].append(((code,), {"flags": n, "listings": 1}))
    for mention, status in state["iss"]:
        out["issuers"].append(((mention, status), {"listings": 1}))
        out["issuer_providers"].append(((mention, status, state["p"]),
                                        {"listings": 1, "max_risk": state["r"]}))
    fee_max, fee_min, risk = state["fmax"], state["fmin"], state["r"]
    priced = fee_max is not None
    if state["p"]:
        out["providers"].append(((state["p"],), {
            "listings": 1, "flagged": int(flagged), "risk_sum": risk, "max_risk": risk,
            "fee_min": fee_min, "fee_max": fee_max, "priced": int(priced),
            "priced_flagged": int(priced and flagged), "priced_fee_sum": fee_max or 0.0,
            "priced_fee_min": fee_min if priced else None,
        }))
    if priced:
        bucket = fee_bucket(fee_max)
        out["fees"].append(((state["lv"], bucket), {
            "listings": 1, "fee_sum": fee_max, "fee_min": fee_min, "fee_max": fee_max}))
        for status in sorted({status for _, status in state["iss"]}):
            out["fee_status"].append(((status, bucket), {"listings": 1}))
    return out


def read_states(conn: Connection | Session, ids: Iterable[int]) -> dict[int, State | None]:
    """The current state of each listing of ``ids`` (None: retired or gone)."""
    wanted = sorted(set(ids))
    states: dict[int, State | None] = dict.fromkeys(wanted)
    if not wanted:
        return states
    for row in conn.execute(
        select(Listing.id, Listing.max_severity, Listing.review_status, Listing.removed_at,
               Listing.provider, Listing.risk_score, Listing.fee_min, Listing.fee_max,
               cast(Listing.levels, String), Listing.region)
        .where(Listing.id.in_(wanted), Listing.retired_at.is_(None))
    ):
        states[row[0]] = {
            "sev": row[1] if row[1] in SEVERITIES else "", "rs": row[2] or "none",
            "rm": int(row[3] is not None), "p": row[4] or "", "r": float(row[5] or 0),
            "fmin": row[6], "fmax": row[7], "lv": row[8] or "", "rg": row[9] or "", "codes": {}, "iss": [],
        }
    for listing_id, code, n in conn.execute(
        select(Flag.listing_id, Flag.code, func.count())
        .where(Flag.listing_id.in_(wanted), Flag.active.is_(True))
        .group_by(Flag.listing_id, Flag.code)
    ):
        if (state := states.get(listing_id)) is not None:
            state["codes"][code] = int(n)
    for listing_id, mention, status in conn.execute(
        select(IssuerMatch.listing_id, IssuerMatch.mention, IssuerMatch.status)
        .where(IssuerMatch.listing_id.in_(wanted), IssuerMatch.current.is_(True))
        .distinct()
    ):
        if (state := states.get(listing_id)) is not None:
            state["iss"].append([mention, status])
    for state in states.values():
        if state is not None:
            state["iss"].sort()
    return states
