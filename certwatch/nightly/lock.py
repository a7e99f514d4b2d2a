"""One nightly run at a time: an advisory file lock the kernel releases when we die.

A POSIX record lock (``lockf``) belongs to the process that took it: the kernel releases
it when that process exits for any reason (SIGKILL included), so a stale lock never blocks
the next run, and, unlike ``flock``, worker processes forked by the run (extraction,
screening) do not inherit it and cannot keep it alive. The file keeps the holder's pid
and start time for the message shown to a second run.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from types import TracebackType

from store.timeutil import utcnow


class LockHeld(Exception):
    """Another live process holds the lock."""


class RunLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # EAGAIN / EACCES: held by a live process
            holder = self.path.read_text(encoding="utf-8", errors="replace").strip()
            os.close(fd)
            raise LockHeld(f"another nightly run holds {self.path}: {holder or 'unknown'}") from None
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "since": utcnow().isoformat()}).encode())
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.lockf(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
