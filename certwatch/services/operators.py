"""``certwatch operators``: link the listings into operators, then write them."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TextIO

from sqlalchemy import Engine

from certwatch.operators.formats import write_csv, write_gexf, write_jsonl
from certwatch.operators.store import LinkSummary, link_operators
from certwatch.services.output import output_stream
from store.db import session_scope

WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "gexf": write_gexf}


def write_operators(engine: Engine, *, output: str | None, stream: TextIO,
                    fmt: str = "jsonl") -> tuple[int, LinkSummary]:
    """Link (so the file shows the store as it is now) and write the operators to the file
    ``output`` (or ``stream``); how many, and what linking changed."""
    summary = link_operators(engine)
    with ExitStack() as stack:
        out = output_stream(stack, output, stream)
        with session_scope(engine) as session:
            return WRITERS[fmt](session, out), summary
