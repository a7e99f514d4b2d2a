"""Keyset pages for the dashboard's lists: the next page starts after the last row shown,
the previous one ends before the first, so page 1,000 costs what page 1 does (no OFFSET
walking past the rows before it).

An order is a sequence of (column, descending) ending in a unique column; a cursor is the
values of those columns in the row at a page's edge. ``remember`` keeps the page number and
the cursor of the page a button asked for in the session and ``turn_for`` reads them back,
so a list paged by buttons reads by keyset, and a page reached otherwise (a link with
``page=N``, a filter that changed) by OFFSET, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement

Order = Sequence[tuple[Any, bool]]  # (column, descending), the last one unique
Cursor = tuple[Any, ...]  # the order's values in the row at a page's edge


def beyond(order: Order, edge: Cursor) -> ColumnElement[bool]:
    """The rows strictly after ``edge`` in ``order`` (no column may be NULL)."""
    (column, descending), *rest = order
    value = edge[0]
    past: ColumnElement[bool] = column < value if descending else column > value
    if not rest:
        return past
    return or_(past, and_(column == value, beyond(rest, edge[1:])))


def reverse(order: Order) -> list[tuple[Any, bool]]:
    """The same order the other way round (for the rows before a cursor)."""
    return [(column, not descending) for column, descending in order]


def order_by(order: Order) -> list[Any]:
    """``ORDER BY`` clauses of ``order``."""
    return [column.desc() if descending else column.asc() for column, descending in order]


def page(stmt: Any, order: Order, after: Cursor | None, before: Cursor | None) -> tuple[Any, bool]:
    """``stmt`` narrowed to the rows after ``after`` (or before ``before``) and ordered; True
    when the rows come in reverse and the caller turns them round (``upright``)."""
    if after is not None:
        return stmt.where(beyond(order, after)).order_by(*order_by(order)), False
    if before is not None:
        backwards = reverse(order)
        return stmt.where(beyond(backwards, before)).order_by(*order_by(backwards)), True
    return stmt.order_by(*order_by(order)), False


def upright(frame: pd.DataFrame, reversed_rows: bool) -> pd.DataFrame:
    """The rows of a page in the list's order."""
    return frame.iloc[::-1].reset_index(drop=True) if reversed_rows else frame


@dataclass(frozen=True)
class Turn:
    """How to read the page shown: from ``offset``, or after / before a cursor."""

    offset: int
    after: Cursor | None = None
    before: Cursor | None = None


def turn_for(state: Any, key: str, page_no: int, scope: object, page_size: int) -> Turn:
    """The read for page ``page_no`` of the list ``key`` under ``scope`` (its filter): by
    the cursor the last button press left when it led to this page in this scope, else by
    OFFSET."""
    saved = state.get(f"{key}_cursor")
    if saved and saved[0] == page_no and saved[1] == scope:
        direction, edge = saved[2], tuple(saved[3])
        return Turn(0, edge, None) if direction == "after" else Turn(0, None, edge)
    return Turn((page_no - 1) * page_size)


def remember(state: Any, key: str, page_no: int, scope: object, step: int,
             edge: Cursor | None) -> None:
    """A button press: go ``step`` pages on from ``page_no``, from the row at ``edge``
    (None: no row shown, the page is read by OFFSET)."""
    state[key] = page_no + step
    state[f"{key}_cursor"] = None if edge is None else (
        page_no + step, scope, "after" if step > 0 else "before", tuple(edge))


def edge(frame: pd.DataFrame, columns: Sequence[str], last: bool) -> Cursor | None:
    """The cursor of a page's first or last row (plain Python values); None for no rows."""
    if frame.empty:
        return None
    row = frame.iloc[-1 if last else 0]
    return tuple(_plain(row[c]) for c in columns)


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value
