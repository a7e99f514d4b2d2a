"""The one CSV writer (cells from advertisers never run as formulas) and the JSONL line.

docs/contract.md ("Export"): a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return is written with a leading ``'`` (OWASP's CSV-injection advice), so
``=HYPERLINK(…)`` in an ad is shown as text, not run. Numbers stay numbers. The CLI's
export, every dashboard download and the operator export write through here.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # spreadsheet programs then read the Chinese as UTF-8


def safe_cell(value: Any) -> Any:
    """``value`` as a CSV cell: numbers as they are, text defused, missing as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "" if isinstance(value, float) and math.isnan(value) else value
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        item = value.item()
        if isinstance(item, int | float | bool):
            return safe_cell(item)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class SafeCsvWriter:
    """``csv.writer`` over ``out`` whose every cell goes through ``safe_cell``."""

    def __init__(self, out: TextIO, *, bom: bool = True) -> None:
        if bom:
            out.write(BOM)
        self._writer = csv.writer(out, lineterminator="\r\n")

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_text(header: Sequence[str], rows: Iterable[Iterable[Any]], *, bom: bool = True) -> str:
    """The whole CSV as text (dashboard downloads)."""
    out = io.StringIO()
    writer = SafeCsvWriter(out, bom=bom)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def json_line(record: Any) -> str:
    """One JSONL line: UTF-8 text kept readable, but U+2028 and U+2029 escaped.

    Both are line breaks to JavaScript and to many line readers, so a raw one from an ad
    would split a record in two for them.
    """
    text = json.dumps(record, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def read_cell(text: str) -> str:
    """A cell read back from a CSV this writer wrote: the defusing ``'`` taken off again."""
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
