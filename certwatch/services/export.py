"""Export jobs: listings as JSONL or CSV to a file or a stream."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TextIO

from sqlalchemy import Engine

from certwatch.export import export
from certwatch.services.output import output_stream


def export_listings(engine: Engine, *, output: str | None, stream: TextIO, fmt: str = "jsonl",
                    flagged_only: bool = False) -> int:
    """Write the listings to the file ``output`` (or to ``stream`` when None); how many.

    UsageError when ``output`` cannot be written. A progress meter shows for a file only.
    """
    with ExitStack() as stack:
        out = output_stream(stack, output, stream)
        return export(engine, out, fmt=fmt, flagged_only=flagged_only, progress=bool(output))
