"""Word lists of extraction, read from CSV files under ``data/lexicon/`` (located as
``data/fee_ceilings.csv`` is: ``store.config.DATA_DIR``).

Each file has a header row; every row fills every column, ``source`` included (the fact it
rests on, ``docs/domain.md §x.y``, or ``observed: <labeled web>``). Rows keep their file order.
A malformed file fails at import with one line naming ``file:line``.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from store.config import DATA_DIR

LEXICON_DIR = DATA_DIR / "lexicon"


class LexiconError(ValueError):
    """A lexicon file that cannot be read: ``<file>:<line>: <what is wrong>``."""


def read_rows(path: Path, columns: Sequence[str],
              optional: Sequence[str] = ()) -> list[dict[str, str]]:
    """The rows of ``path`` (UTF-8 CSV whose header is exactly ``columns``), in file order;
    only the ``optional`` columns may be empty."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}:0: cannot read: {exc}") from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header != list(columns):
        raise LexiconError(f"{path}:1: header must be {','.join(columns)}, got {header}")
    rows: list[dict[str, str]] = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(columns):
            raise LexiconError(f"{path}:{line}: {len(cells)} cells, expected {len(columns)}")
        row = dict(zip(columns, (c.strip() for c in cells), strict=True))
        empty = [name for name, value in row.items() if not value and name not in optional]
        if empty:
            raise LexiconError(f"{path}:{line}: empty {', '.join(empty)}")
        source = row.get("source", "")
        if "source" in row and not (source.startswith("docs/domain.md §")
                                    or source.startswith("observed: ")):
            raise LexiconError(f"{path}:{line}: source must be 'docs/domain.md §x.y' or "
                               f"'observed: <labeled web>', got {source!r}")
        rows.append(row)
    return rows


@cache
def grouped(name: str, key: str, value: str) -> dict[str, tuple[str, ...]]:
    """``data/lexicon/<name>.csv`` as {key: (value, ...)}, keys and values in file order."""
    out: dict[str, list[str]] = {}
    for row in read_rows(LEXICON_DIR / f"{name}.csv", (value, key, "source")):
        out.setdefault(row[key], []).append(row[value])
    return {k: tuple(v) for k, v in out.items()}
