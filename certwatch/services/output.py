"""Where a command writes: a file it opens, or the stream it was given."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TextIO

from certwatch.errors import UsageError


def output_stream(stack: ExitStack, output: str | None, stream: TextIO) -> TextIO:
    """The file ``output`` opened for writing (closed with ``stack``), or ``stream`` when None.

    UsageError naming the file when it cannot be written.
    """
    if not output:
        return stream
    try:
        return stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise UsageError(f"{output}: cannot write ({exc.strerror})") from exc
