"""The command log: every run appends to a dated file, where tracebacks go instead of stderr.

A user sees one line per failure; the line names this file, which holds the details
(``-v`` prints them too). Files are ``<runtime>/logs/certwatch-YYYY-MM-DD.log``.
"""

from __future__ import annotations

import logging
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from store.config import runtime_dir

LOG = logging.getLogger("certwatch")


class _CommandLogHandler(logging.FileHandler):
    """The file handler this module adds (found again when ``main`` runs twice)."""


def log_path() -> Path:
    """Today's command log (UTC date)."""
    return runtime_dir() / "logs" / f"certwatch-{datetime.now(UTC):%Y-%m-%d}.log"


def attach(level: int = logging.INFO) -> Path | None:
    """Append records at ``level`` and above to today's log; None when it cannot be written."""
    for previous in [h for h in logging.root.handlers if isinstance(h, _CommandLogHandler)]:
        logging.root.removeHandler(previous)
        previous.close()
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _CommandLogHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(
        f"%(asctime)s pid {os.getpid()} %(levelname)s %(name)s: %(message)s"))
    logging.root.addHandler(handler)
    return path


def record_failure(exc: BaseException, command: str) -> Path | None:
    """Write ``exc`` with its traceback to the log; the log's path, or None if unwritable."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"{datetime.now(UTC).isoformat()} pid {os.getpid()} ERROR "
                         f"certwatch {command} failed:\n")
            handle.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path


def one_line(exc: BaseException) -> str:
    """The exception as one short line: its type and the first line of its message."""
    message = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."
