"""Many rows into one table at once: COPY on PostgreSQL, one ``executemany`` elsewhere.

For a write of tens of thousands of rows built in one go (a registry version of 100,000
agencies), the ORM's per-object unit of work and SQLAlchemy's per-row parameter handling cost
more than the database does. ``insert_rows`` takes plain tuples and does, per column and in
bulk, what the engine and the ORM hooks would have done per value, so the stored values are the
same as an ORM insert's:

- text made storable (``store.storable``: NUL dropped, lone surrogates replaced), checked with
  one search over each column's values joined, and cleaned one by one only when that finds one;
- strings cut to their ``String(n)`` column's length (``store.storable.fit_to_columns``);
- JSON columns serialized with the engine's serializer (``store.storable.json_serializer``),
  once per distinct value (a registry's levels and occupations repeat on most rows);
- other types through the dialect's own bind processor (dates on SQLite).

The rows are written in the caller's transaction, on its connection: nothing is visible before
the caller commits, and a rollback takes them all back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import JSON, Connection, String, Table

from store.storable import has_unstorable, json_serializer, storable_text


def _flat_json_column(values: list[Any]) -> list[str] | None:
    """The JSON of a column of lists or tuples of storable strings only, or of ints only (a
    registry's aliases, occupations, levels), each distinct value serialized once; None for
    any other column. Equal values then serialize alike (no ``True == 1``), and
    ``json_serializer`` would change nothing in them: its output, with less work."""
    if not set(map(type, values)) <= {tuple, list}:
        return None
    members = list(chain.from_iterable(values))
    kinds = set(map(type, members))
    if not ((kinds <= {str} and not has_unstorable("".join(members))) or kinds <= {int}):
        return None
    keys = values if all(type(v) is tuple for v in values) else [tuple(v) for v in values]
    texts = {key: json.dumps(key, ensure_ascii=False) for key in set(keys)}
    return list(map(texts.__getitem__, keys))


def _json_column(values: list[Any]) -> list[str | None]:
    """Each value serialized by the engine's JSON serializer (which also makes its strings
    storable); a list or tuple of hashable members once per distinct value."""
    flat = _flat_json_column(values)
    if flat is not None:
        return list(flat)
    seen: dict[Hashable, str] = {}
    out: list[str | None] = []
    for value in values:
        if value is None:
            out.append(None)
            continue
        if not isinstance(value, list | tuple):
            out.append(json_serializer(value))
            continue
        key = (tuple(value), tuple(map(type, value)))  # types too: True == 1, "true" != "1"
        try:
            text = seen.get(key)
        except TypeError:  # an unhashable member
            out.append(json_serializer(value))
            continue
        if text is None:
            text = seen[key] = json_serializer(value)
        out.append(text)
    return out


def _strings(values: list[Any]) -> list[str]:
    return [v for v in values if isinstance(v, str)]


def _storable_column(values: list[Any]) -> list[Any]:
    """``values`` with every string made storable (one regex search when all are clean)."""
    try:
        joined = "".join(values)  # a column of strings only: no filtering
    except TypeError:
        joined = "".join(_strings(values))
    if not has_unstorable(joined):
        return values
    return [storable_text(v) if isinstance(v, str) else v for v in values]


def _fit(values: list[Any], length: int) -> list[Any]:
    """``values`` with each string longer than ``length`` cut to it."""
    try:
        longest = max(map(len, values), default=0)
    except TypeError:  # None among them
        longest = max(map(len, _strings(values)), default=0)
    if longest <= length:
        return values
    return [v[:length] if isinstance(v, str) and len(v) > length else v for v in values]


def _processed(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``process`` (a bind processor: a pure function of the value) of each value, once per
    distinct value when they repeat (a registry's dates)."""
    try:
        distinct = set(values)
    except TypeError:  # unhashable values
        return list(map(process, values))
    if len(distinct) * 2 > len(values):
        return list(map(process, values))
    done = {value: process(value) for value in distinct}
    return list(map(done.__getitem__, values))


def prepared_columns(connection: Connection, table: Table, columns: Sequence[str],
                     rows: Sequence[Sequence[Any]], *, adapt: bool) -> list[list[Any]]:
    """The rows' values column by column, made storable, fitted and (``adapt``) converted by
    the dialect's bind processors, ready for the driver."""
    dialect = connection.dialect
    out: list[list[Any]] = []
    by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    for name, raw in zip(columns, by_column, strict=True):
        column = table.c[name]
        values = list(raw)
        if isinstance(column.type, JSON):
            out.append(_json_column(values))
            continue
        values = _storable_column(values)
        if isinstance(column.type, String) and column.type.length:
            values = _fit(values, column.type.length)
        process: Callable[[Any], Any] | None = None
        if adapt:
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
        out.append(_processed(values, process) if process else values)
    return out


def insert_rows(connection: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> int:
    """Insert ``rows`` (tuples in the order of ``columns``) into ``table`` inside the
    connection's transaction; how many. COPY on PostgreSQL, ``executemany`` elsewhere."""
    if not rows:
        return 0
    driver: Any = connection.connection.driver_connection  # the session's, in its transaction
    quoted = ", ".join(connection.dialect.identifier_preparer.quote(c) for c in columns)
    target = connection.dialect.identifier_preparer.format_table(table)
    if connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg":
        prepared = prepared_columns(connection, table, columns, rows, adapt=False)
        with driver.cursor() as cursor, cursor.copy(f"COPY {target} ({quoted}) FROM STDIN") as copy:
            for row in zip(*prepared, strict=True):
                copy.write_row(row)
        return len(rows)
    prepared = prepared_columns(connection, table, columns, rows, adapt=True)
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = f"INSERT INTO {target} ({quoted}) VALUES ({', '.join([marker] * len(columns))})"
    cursor = driver.cursor()
    try:
        cursor.executemany(statement, list(zip(*prepared, strict=True)))
    finally:
        cursor.close()
    return len(rows)

