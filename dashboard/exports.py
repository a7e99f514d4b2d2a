"""What the dashboard's CSV downloads hold: the CLI export's column names for the same facts
(``certwatch export --format csv``), numbers as numbers, times as ISO-8601 UTC.

Pure pandas, no Streamlit and no SQL: the pages hand in the frames their queries read and
``widgets.download`` writes the result with the one formula-safe writer
(``facts.spreadsheet``). CSV headers are machine names, the same in both languages, so a
spreadsheet made in the Chinese interface and one made in the English one line up with each
other and with the CLI's (dashboard/README.md, "Spreadsheets").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import pandas as pd

from dashboard.fmt import as_utc

# one listing a row: the CLI export's names (certwatch/export.py CSV_COLUMNS) plus the
# listing facts the dashboard shows (canonical URL, region, removal, the listing's outcome)
LISTING_COLUMNS = (
    "listing_id", "url", "canonical_url", "title", "provider", "issuers", "issuer_statuses",
    "levels", "fee_min", "fee_max", "region", "risk_score", "max_severity", "flags",
    "first_seen", "last_seen", "removed_at", "review_status", "outcome",
)
TIME_COLUMNS = (
    "first_seen", "last_seen", "removed_at", "observed_at", "started_at", "finished_at",
    "imported_at", "decided_at", "day",
)
# one operator a row (issue #16): the operator export's names where it has them
OPERATOR_COLUMNS = (
    "operator_id", "listing_count", "risk_score", "brands", "domains", "regions", "fee_min",
    "fee_max", "flags", "first_seen", "last_seen",
)
FLOAT_COLUMNS = ("fee_min", "fee_max", "fee_avg", "fee_before", "fee_after", "fee_from",
                 "fee_to", "avg_risk", "score")


def iso_utc(value: object) -> str | None:
    """A stored time as ISO-8601 UTC (the CLI export's form); None for no time."""
    if value is None or value != value:  # None, NaN, NaT
        return None
    if not isinstance(value, datetime):
        to_py = getattr(value, "to_pydatetime", None)
        if to_py is None:
            return str(value)
        value = to_py()
        if not isinstance(value, datetime):
            return str(value)
    return as_utc(value).isoformat()


def joined(values: object) -> str:
    """A list cell as the CLI writes it: items joined by ``|``."""
    if values is None or isinstance(values, float):
        return ""
    if isinstance(values, str):
        return values
    return "|".join("" if v is None else str(v) for v in values)  # type: ignore[attr-defined]


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _text(value: object) -> str:
    return "" if value is None or value != value else str(value)


def _number(value: object) -> float | None:
    if value is None or value != value:
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def machine_frame(frame: pd.DataFrame, rename: Mapping[str, str] | None = None,
                  columns: Sequence[str] | None = None) -> pd.DataFrame:
    """``frame`` made ready for a CSV: columns renamed to snake_case machine names, times
    as ISO UTC, amounts as floats, lists joined by ``|``; only ``columns`` when given."""
    out = frame.rename(columns=dict(rename or {})).copy()
    if columns is not None:
        out = out[[c for c in columns if c in out.columns]]
    for column in out.columns:
        if column in TIME_COLUMNS:
            out[column] = out[column].map(iso_utc).astype(object)
        elif column in FLOAT_COLUMNS:
            out[column] = out[column].map(_number).astype(object)
        elif out[column].map(lambda v: isinstance(v, list | tuple)).any():
            out[column] = out[column].map(joined)
    return out.astype(object).where(out.notna(), None)


def listing_frame(listings: pd.DataFrame, matches: pd.DataFrame,
                  order: Iterable[int] | None = None) -> pd.DataFrame:
    """One row per listing in the CLI export's columns.

    ``listings`` has the listing columns (``listing_id``, ``url``, ``flag_codes`` ...),
    ``matches`` the current issuer matches (``listing_id``, ``mention``, ``status``) in
    match order; ``order`` lists the listing ids in the order the page showed them."""
    by_listing: dict[int, list[tuple[str, str]]] = {}
    for row in matches.itertuples(index=False):
        by_listing.setdefault(int(row.listing_id), []).append((str(row.mention),
                                                               str(row.status or "")))
    rows: list[dict[str, Any]] = []
    for item in listings.to_dict("records"):
        lid = int(item["listing_id"])
        named = by_listing.get(lid, [])
        rows.append({
            **item,
            "issuers": "|".join(m for m, _ in named),
            "issuer_statuses": "|".join(s for _, s in named),
            "levels": "|".join(str(v) for v in sorted(_list(item.get("levels")))),
            "flags": "|".join(str(v) for v in _list(item.get("flag_codes"))),
            "review_status": _text(item.get("review_status")) or "none",
            "outcome": _text(item.get("outcome")),
        })
    out = pd.DataFrame(rows, columns=[*LISTING_COLUMNS, "flag_codes"])
    if order is not None:
        rank = {lid: i for i, lid in enumerate(order)}
        out = out.sort_values("listing_id", key=lambda s: s.map(lambda v: rank.get(int(v), 0)))
    return machine_frame(out, columns=LISTING_COLUMNS)


def operator_frame(operators: pd.DataFrame) -> pd.DataFrame:
    """One row per operator in ``OPERATOR_COLUMNS`` (``operator_id`` as text, the export's
    stable id; brands, domains, regions and flags joined by ``|``)."""
    out = operators.copy()
    if "operator_id" in out:
        out["operator_id"] = out["operator_id"].map(lambda i: str(int(i)))
    for column in OPERATOR_COLUMNS:
        if column not in out:
            out[column] = None
    return machine_frame(out, columns=OPERATOR_COLUMNS)
