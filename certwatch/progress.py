"""Progress for long work: a live line on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts items and reports ``label: N done (rate/s)`` without flooding logs."""

    def __init__(
        self, label: str, *, total: int | None = None, stream: TextIO | None = None,
        every_seconds: float = 1.0, log_every: int = 10_000,
    ) -> None:
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.every_seconds = every_seconds
        self.log_every = log_every
        self.count = 0
        self.errors = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last_logged = 0

    def advance(self, n: int = 1, *, errors: int = 0) -> None:
        self.count += n
        self.errors += errors
        now = time.monotonic()
        if self.tty and now - self._last_draw >= self.every_seconds:
            self._last_draw = now
            self.stream.write("\r" + self._line() + "   ")
            self.stream.flush()
        elif not self.tty and self.count - self._last_logged >= self.log_every:
            self._last_logged = self.count
            self.stream.write(self._line() + "\n")

    def _line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        total = f"/{self.total:,}" if self.total is not None else ""
        errors = f", {self.errors:,} errors" if self.errors else ""
        return f"{self.label}: {self.count:,}{total} ({self.count / elapsed:,.0f}/s{errors})"

    def close(self) -> None:
        if self.tty:
            self.stream.write("\r")
        self.stream.write(self._line() + " done\n")
        self.stream.flush()
