"""The dashboard's summary tables (``store.summary_models``), kept up to date by the writers.

Writers call one function after changing listings, in the same transaction:

- ``refresh(conn, listing_ids)``: screening (per batch), a reviewer's decision, anything that
  changes listings it can name. Each listing's previous contribution (kept in
  ``summary_listing_state``) is subtracted and its new one added, so only the groups those
  listings fall in, or fell in, are rewritten; a group's lowest or highest fee is read
  again from ``listings`` only when the listing leaving it could have held it.
- ``refresh_after_run(conn, run_id)``: the end of a crawl, nightly or re-extraction: the
  listings the run saw, removed or retired, and the run's change counts.
- ``rebuild(conn)``: every summary from scratch (migration 0008, and the dashboard bench's seed).

Every one of them bumps the store's change counter (``change_counter``), which keys the
dashboard's caches. On PostgreSQL the writers take one advisory lock, so two concurrent
transactions never interleave their read-modify-write of a group.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from store.models import CrawlRun, IssuerMatch, Listing, Observation, RunChange
from store.summary_models import (
    StoreChange,
    SummaryCount,
    SummaryFee,
    SummaryFeeDay,
    SummaryFeeStatus,
    SummaryFlagCode,
    SummaryIssuer,
    SummaryIssuerProvider,
    SummaryListingState,
    SummaryProvider,
    SummaryRegion,
    SummaryRunChange,
)
from store.summary_state import FEE_BUCKET, FEE_BUCKETS, State, Values, contributions, read_states
from store.timeutil import as_utc, utcnow

Conn = Connection | Session
CHUNK = 500
SUMMARY_LOCK_KEY = 0x73756D6D  # "summ": PostgreSQL advisory lock of the summary writers


@dataclass(frozen=True)
class Spec:
    """A summary table: its group-key columns, the additive, lowest-of and highest-of ones,
    and the column whose zero means the group is empty."""

    model: Any
    keys: tuple[str, ...]
    add: tuple[str, ...]
    low: tuple[str, ...] = ()
    high: tuple[str, ...] = ()
    size: str = "listings"


SPECS: dict[str, Spec] = {
    "counts": Spec(SummaryCount, ("severity", "review_status"), ("listings", "removed")),
    "flag_codes": Spec(SummaryFlagCode, ("code",), ("flags", "listings")),
    "issuers": Spec(SummaryIssuer, ("mention", "status"), ("listings",)),
    "issuer_providers": Spec(SummaryIssuerProvider, ("mention", "status", "provider"),
                             ("listings",), high=("max_risk",)),
    "providers": Spec(
        SummaryProvider, ("provider",),
        ("listings", "flagged", "risk_sum", "priced", "priced_flagged", "priced_fee_sum"),
        low=("fee_min", "priced_fee_min"), high=("max_risk", "fee_max")),
    "fees": Spec(SummaryFee, ("levels", "bucket"), ("listings", "fee_sum"),
                 low=("fee_min",), high=("fee_max",)),
    "fee_status": Spec(SummaryFeeStatus, ("status", "bucket"), ("listings",)),
    "regions": Spec(SummaryRegion, ("region",), ("listings",)),
}


def group_key(key: tuple[Any, ...]) -> str:
    """The primary key text of a group."""
    return json.dumps(list(key), ensure_ascii=False)


def _chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    it = iter(values)
    while chunk := list(islice(it, size)):
        yield chunk


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _lock(conn: Conn) -> None:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SUMMARY_LOCK_KEY})


def bump(conn: Conn) -> None:
    """Add one to the store's change counter."""
    table = _table(StoreChange)
    done = conn.execute(update(table).where(table.c.id == 1)
                        .values(counter=table.c.counter + 1))
    if not done.rowcount:  # type: ignore[attr-defined]
        conn.execute(insert(table).values(id=1, counter=1))


def change_counter(conn: Conn) -> int:
    """The store's change counter (0 before any summary write)."""
    value = conn.execute(select(StoreChange.counter).where(StoreChange.id == 1)).scalar()
    return int(value or 0)


def _fold(row: dict[str, Any], spec: Spec, values: Values, sign: int) -> bool:
    """Add (sign 1) or subtract (-1) one contribution; True when a lowest or highest value
    may have left the group (it must be read again)."""
    for column in spec.add:
        row[column] = (row.get(column) or 0) + sign * (values[column] or 0)
    stale = False
    for columns, better in ((spec.low, min), (spec.high, max)):
        for column in columns:
            value, current = values[column], row.get(column)
            if value is None:
                continue
            if sign > 0:
                row[column] = value if current is None else better(current, value)
            elif current is None or better(current, value) == value:
                stale = True
    return stale


def _existing(conn: Conn, spec: Spec, keys: list[str]) -> dict[str, dict[str, Any]]:
    table = _table(spec.model)
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(keys):
        for row in conn.execute(select(table).where(table.c.key.in_(chunk))).mappings():
            found[row["key"]] = dict(row)
    return found


def _apply(conn: Conn, name: str, old: list[tuple[tuple[Any, ...], Values]],
           new: list[tuple[tuple[Any, ...], Values]]) -> None:
    """Subtract ``old`` contributions, add ``new`` ones, write the groups touched."""
    if not old and not new:
        return
    spec = SPECS[name]
    by_key = {group_key(k): k for k, _ in (*old, *new)}
    rows = _existing(conn, spec, list(by_key))
    stale: set[str] = set()
    for sign, part in ((-1, old), (1, new)):
        for key, values in part:
            text_key = group_key(key)
            row = rows.setdefault(text_key, {"key": text_key, **dict(zip(spec.keys, key, strict=True))})
            if _fold(row, spec, values, sign):
                stale.add(text_key)
    for text_key in stale:
        row = rows[text_key]
        for column in (*spec.low, *spec.high):
            row[column] = None
    if stale:
        _reread(conn, name, [rows[k] for k in sorted(stale) if (rows[k].get(spec.size) or 0) > 0])
    _write(conn, spec, list(by_key), [r for r in rows.values() if (r.get(spec.size) or 0) > 0])


def _write(conn: Conn, spec: Spec, keys: list[str], rows: list[dict[str, Any]]) -> None:
    table = _table(spec.model)
    for chunk in _chunks(sorted(keys)):
        conn.execute(delete(table).where(table.c.key.in_(chunk)))
    columns = [c.name for c in table.columns]
    full = [{c: row.get(c) for c in columns} for row in sorted(rows, key=lambda r: r["key"])]
    for fill in full:
        for column in spec.add:
            fill[column] = fill[column] or 0
    for chunk in _chunks(full, 1000):
        conn.execute(insert(table), chunk)


def _reread(conn: Conn, name: str, rows: list[dict[str, Any]]) -> None:
    """Read the lowest and highest values of ``rows``' groups again from ``listings``."""
    live = Listing.retired_at.is_(None)
    if name == "providers":
        priced_min = func.min(case((Listing.fee_max.is_not(None), Listing.fee_min)))
        by_provider = {row["provider"]: row for row in rows}
        for chunk in _chunks(list(by_provider)):
            for provider, max_risk, fee_min, fee_max, pmin in conn.execute(
                select(Listing.provider, func.max(Listing.risk_score), func.min(Listing.fee_min),
                       func.max(Listing.fee_max), priced_min)
                .where(Listing.provider.in_(chunk), live).group_by(Listing.provider)
            ):
                by_provider[provider].update(
                    max_risk=None if max_risk is None else float(max_risk),
                    fee_min=fee_min, fee_max=fee_max, priced_fee_min=pmin)
    elif name == "issuer_providers":
        for row in rows:
            row["max_risk"] = conn.execute(
                select(func.max(Listing.risk_score))
                .join(IssuerMatch, IssuerMatch.listing_id == Listing.id)
                .where(IssuerMatch.current.is_(True), IssuerMatch.mention == row["mention"],
                       IssuerMatch.status == row["status"],
                       func.coalesce(Listing.provider, "") == row["provider"], live)
            ).scalar()
    elif name == "fees":
        for row in rows:
            low = row["bucket"] * FEE_BUCKET
            in_bucket = (Listing.fee_max >= low if row["bucket"] >= FEE_BUCKETS
                         else and_(Listing.fee_max >= low, Listing.fee_max < low + FEE_BUCKET))
            fee_min, fee_max = conn.execute(
                select(func.min(Listing.fee_min), func.max(Listing.fee_max))
                .where(in_bucket, cast(Listing.levels, String) == row["levels"], live)
            ).one()
            row.update(fee_min=fee_min, fee_max=fee_max)


def _states(conn: Conn, ids: list[int]) -> dict[int, State | None]:
    states: dict[int, State | None] = {}
    for chunk in _chunks(ids):
        for listing_id, raw in conn.execute(
            select(SummaryListingState.listing_id, SummaryListingState.state)
            .where(SummaryListingState.listing_id.in_(chunk))
        ):
            states[listing_id] = json.loads(raw)
    return states


def refresh(conn: Conn, listing_ids: Iterable[int]) -> None:
    """Bring the summaries up to date for ``listing_ids`` (call after writing them, in the
    same transaction); bumps the change counter."""
    _lock(conn)
    for chunk in _chunks(sorted(set(listing_ids)), 2000):
        before = _states(conn, chunk)
        after = read_states(conn, chunk)
        changed = [i for i in chunk if before.get(i) != after[i]]
        if not changed:
            continue
        old = [contributions(before.get(i)) for i in changed]
        new = [contributions(after[i]) for i in changed]
        for name in SPECS:
            _apply(conn, name, [r for c in old for r in c[name]], [r for c in new for r in c[name]])
        state_table = _table(SummaryListingState)
        conn.execute(delete(state_table).where(state_table.c.listing_id.in_(changed)))
        kept = [{"listing_id": i, "state": json.dumps(after[i], ensure_ascii=False)}
                for i in changed if after[i] is not None]
        if kept:
            conn.execute(insert(state_table), kept)
    bump(conn)


def refresh_runs(conn: Conn, run_ids: Iterable[int]) -> None:
    """Count the ``run_changes`` of ``run_ids`` again (small: one run's rows, by index)."""
    ids = sorted(set(run_ids))
    table = _table(SummaryRunChange)
    _lock(conn)
    for chunk in _chunks(ids):
        conn.execute(delete(table).where(table.c.run_id.in_(chunk)))
        rows = [{"key": group_key((run_id, change)), "run_id": run_id, "change": change, "n": n}
                for run_id, change, n in conn.execute(
                    select(RunChange.run_id, RunChange.change, func.count())
                    .where(RunChange.run_id.in_(chunk))
                    .group_by(RunChange.run_id, RunChange.change))]
        if rows:
            conn.execute(insert(table), rows)
    bump(conn)


def refresh_after_run(conn: Conn, run_id: int | None) -> None:
    """After a crawl, nightly or re-extraction: the listings it saw (``last_seen``), removed
    or retired since it started, and its change counts."""
    started = conn.execute(select(CrawlRun.started_at).where(CrawlRun.id == run_id)).scalar()
    ids: set[int] = set()
    if started is not None:
        ids.update(conn.execute(select(Listing.id).where(or_(
            Listing.last_seen >= started, Listing.removed_at >= started,
            Listing.retired_at >= started))).scalars())
    ids.update(conn.execute(select(RunChange.listing_id).where(RunChange.run_id == run_id))
               .scalars())
    refresh(conn, ids)
    if run_id is not None:
        refresh_runs(conn, [run_id])
    if started is not None:  # the run's observations were made since it started
        refresh_fee_days(conn, as_utc(started), utcnow())


def refresh_fee_days(conn: Conn, start: datetime, end: datetime) -> None:
    """Count the observations of every UTC day from ``start`` to ``end`` again."""
    table = _table(SummaryFeeDay)
    day = start.astimezone(UTC).date()
    while day <= end.astimezone(UTC).date():
        low = datetime.combine(day, time(), UTC)
        n, total, high = conn.execute(
            select(func.count(), func.sum(Observation.fee_max), func.max(Observation.fee_max))
            .where(Observation.observed_at >= low,
                   Observation.observed_at < low + timedelta(days=1),
                   Observation.fee_max.is_not(None))
        ).one()
        conn.execute(delete(table).where(table.c.day == day.isoformat()))
        if n:
            conn.execute(insert(table).values(day=day.isoformat(), observations=int(n),
                                              fee_sum=float(total or 0), fee_max=high))
        day += timedelta(days=1)
    bump(conn)


def rebuild(conn: Conn) -> int:
    """Every summary from scratch, listing by listing (in id order, a chunk at a time);
    returns how many listings it read."""
    _lock(conn)
    for spec in (*SPECS.values(),):
        conn.execute(delete(_table(spec.model)))
    conn.execute(delete(_table(SummaryListingState)))
    groups: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in SPECS}
    last, seen = 0, 0
    while ids := list(conn.execute(select(Listing.id).where(Listing.id > last)
                                   .order_by(Listing.id).limit(5000)).scalars()):
        last, seen = ids[-1], seen + len(ids)
        states = read_states(conn, ids)
        for state in states.values():
            for name, rows in contributions(state).items():
                spec = SPECS[name]
                for key, values in rows:
                    text_key = group_key(key)
                    row = groups[name].setdefault(
                        text_key, {"key": text_key, **dict(zip(spec.keys, key, strict=True))})
                    _fold(row, spec, values, 1)
        kept = [{"listing_id": i, "state": json.dumps(s, ensure_ascii=False)}
                for i, s in states.items() if s is not None]
        if kept:
            conn.execute(insert(_table(SummaryListingState)), kept)
    for name, spec in SPECS.items():
        _write(conn, spec, [], list(groups[name].values()))
    conn.execute(delete(_table(SummaryRunChange)))
    run_ids = list(conn.execute(select(RunChange.run_id).distinct()).scalars())
    refresh_runs(conn, run_ids)
    conn.execute(delete(_table(SummaryFeeDay)))
    first, last_seen = conn.execute(
        select(func.min(Observation.observed_at), func.max(Observation.observed_at))).one()
    if first is not None:
        refresh_fee_days(conn, as_utc(first), as_utc(last_seen))
    return seen
