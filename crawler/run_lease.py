"""Run leases: a running run's process renews a lease in the store; a run whose lease ran
out is dead and is marked ``interrupted`` (nightly resumes it).

A lease, not a process id: workers on other machines renew the same run's lease, so no
process declares a live run on another machine dead. Expiry is the only evidence used.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import timedelta
from types import TracebackType

from sqlalchemy import Engine, and_, or_, update

from store.models import CrawlRun
from store.timeutil import utcnow

logger = logging.getLogger(__name__)

# a run not renewed for this long is dead; renewed every third of it (CERTWATCH_LEASE_SECONDS)
LEASE_SECONDS = float(os.environ.get("CERTWATCH_LEASE_SECONDS") or 120)


def holder() -> str:
    """Who renews: host and process id (shown, never used to judge liveness)."""
    return f"{socket.gethostname()}:{os.getpid()}"[:200]


def renew(engine: Engine, run_id: int, seconds: float = LEASE_SECONDS) -> None:
    """Extend run ``run_id``'s lease by ``seconds`` from now (while it is running)."""
    with engine.begin() as connection:
        connection.execute(
            update(CrawlRun)
            .where(CrawlRun.id == run_id, CrawlRun.status == "running")
            .values(lease_until=utcnow() + timedelta(seconds=seconds), lease_holder=holder()))


def mark_interrupted(engine: Engine, grace_seconds: float = LEASE_SECONDS) -> list[int]:
    """Mark every running run whose lease has expired ``interrupted``; their ids.

    A run from before leases existed (no lease) counts as dead once it started more than
    ``grace_seconds`` ago.
    """
    now = utcnow()
    expired = and_(
        CrawlRun.status == "running",
        or_(CrawlRun.lease_until < now,
            and_(CrawlRun.lease_until.is_(None),
                 CrawlRun.started_at < now - timedelta(seconds=grace_seconds))))
    with engine.begin() as connection:
        rows = connection.execute(
            update(CrawlRun).where(expired)
            .values(status="interrupted", finished_at=now,
                    error="interrupted: its process stopped renewing the run's lease")
            .returning(CrawlRun.id)).all()
    ids = [int(row[0]) for row in rows]
    if ids:
        logger.warning("runs %s were interrupted (their lease expired)", ids)
    return ids


class RunLease:
    """Renew a run's lease from a daemon thread while the ``with`` block runs."""

    def __init__(self, engine: Engine, run_id: int, seconds: float = LEASE_SECONDS) -> None:
        self.engine, self.run_id, self.seconds = engine, run_id, seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"lease-{run_id}", daemon=True)

    def __enter__(self) -> RunLease:
        renew(self.engine, self.run_id, self.seconds)
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _loop(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            try:
                renew(self.engine, self.run_id, self.seconds)
            except Exception as exc:
                logger.warning("could not renew the lease of run %s: %s", self.run_id, exc)
