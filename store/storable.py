"""Text made storable before it is stored: what PostgreSQL refuses never reaches it.

PostgreSQL's text and jsonb refuse NUL (U+0000, also as the JSON escape ``\\u0000``), and
no UTF-8 database takes a lone surrogate (from a broken ``\\ud83d`` escape in a page's
JSON-LD). Scraped pages carry both, so a page would be lost to a DataError. Both are
replaced on the way in, on every dialect, so SQLite and PostgreSQL store the same text:
NUL is dropped and a lone surrogate becomes U+FFFD.
"""

from __future__ import annotations

import json
import re
from typing import Any

_REFUSED = re.compile("[\x00\ud800-\udfff]")


def has_unstorable(text: str) -> bool:
    """Whether ``text`` holds a character that ``storable_text`` would change."""
    return _REFUSED.search(text) is not None


def storable_text(text: str) -> str:
    """``text`` without NUL, its lone surrogates as U+FFFD (unchanged when clean: fast)."""
    if not _REFUSED.search(text):
        return text
    return _REFUSED.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def storable(value: Any) -> Any:
    """``value`` with every string in it (keys too, at any depth) made storable; tuples
    come back as lists (JSON has no tuples). Iterative: no nesting depth is too deep."""
    root = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, str):
            container[key] = storable_text(item)
        elif isinstance(item, dict):
            cleaned = {storable_text(k) if isinstance(k, str) else k: v for k, v in item.items()}
            container[key] = cleaned
            stack.extend((cleaned, k) for k in cleaned)
        elif isinstance(item, list | tuple):
            copy = list(item)
            container[key] = copy
            stack.extend((copy, i) for i in range(len(copy)))
    return root[0]


def json_serializer(value: Any) -> str:
    """The engine's JSON serializer: storable strings, no ``\\u0000`` escape left."""
    return json.dumps(storable(value), ensure_ascii=False)


def storable_parameters(parameters: Any) -> Any:
    """A DBAPI call's parameters (a dict, a sequence, or a list of either) made storable."""
    if isinstance(parameters, dict):
        return {k: storable_text(v) if isinstance(v, str) else v for k, v in parameters.items()}
    if isinstance(parameters, list):
        return [storable_parameters(p) for p in parameters]
    if isinstance(parameters, tuple):
        return tuple(storable_text(v) if isinstance(v, str) else v for v in parameters)
    return parameters


def fit_to_columns(_mapper: Any, _connection: Any, target: Any) -> None:
    """ORM hook: a string longer than its ``String(n)`` column is cut to ``n`` characters.

    PostgreSQL refuses an over-long value (SQLite does not check), and the values come
    from pages: a 300-character Content-Type or provider name must not cost the page.
    """
    table = getattr(target, "__table__", None)
    if table is None:
        return
    for column in table.columns:
        length = getattr(column.type, "length", None)
        if not length:
            continue
        value = getattr(target, column.key, None)
        if isinstance(value, str) and len(value) > length:
            setattr(target, column.key, value[:length])
