"""CPU seconds of the processes behind a crawl, by kind, from /proc (Linux).

- ``crawl``: the crawling processes (the single-process crawl, or each worker);
- ``extraction``: their descendants (the extraction pool, ``CERTWATCH_EXTRACT_PROCESSES``);
- ``postgresql``: the server backends connected to the crawl's database, from their start
  (the bench's own polling connection left out);
- ``redis``: the Redis server (``INFO cpu``), over the whole measured interval.

Processes are sampled while they run (``CpuMeter.sample``), so a figure can be taken at the
moment the last page was stored, before the workers' idle wait and the run's screening.
PostgreSQL's shared processes (WAL writer, checkpointer) serve every database on the
server and are not counted; neither is the static web server.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def proc_cpu(pid: int) -> tuple[float, float, int] | None:
    """(own CPU s, reaped children's CPU s, parent pid) of ``pid``, None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            raw = handle.read().decode("latin-1")
    except OSError:
        return None
    fields = raw[raw.rfind(")") + 2:].split()  # after "pid (comm) "
    ppid = int(fields[1])
    utime, stime, cutime, cstime = (int(v) for v in fields[11:15])
    return (utime + stime) / TICK, (cutime + cstime) / TICK, ppid


def children_of(pids: Iterable[int]) -> dict[int, list[int]]:
    """Every live process's children, for the trees under ``pids``."""
    wanted = set(pids)
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        stat = proc_cpu(int(name))
        if stat is not None:
            tree.setdefault(stat[2], []).append(int(name))
    return {pid: tree.get(pid, []) for pid in wanted} | tree


def descendants(root: int, tree: dict[int, list[int]]) -> list[int]:
    found, stack = [], list(tree.get(root, []))
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(tree.get(pid, []))
    return found


def redis_cpu(client: Any) -> float:
    info = client.info("cpu")
    return float(info["used_cpu_sys"]) + float(info["used_cpu_user"])


class CpuMeter:
    """Samples the CPU used by crawl processes, their descendants, PostgreSQL backends of one
    database and Redis; ``taken`` holds the kinds' CPU seconds at the last ``sample``."""

    def __init__(self, roots: list[int], pg: Any | None = None, redis: Any | None = None,
                 database: str | None = None, exclude: Iterable[int] = ()) -> None:
        self.roots, self.pg, self.redis, self.database = roots, pg, redis, database
        self.exclude = set(exclude)
        self.crawl: dict[int, float] = {}
        self.extraction: dict[int, float] = {}
        self.backends: dict[int, float] = {}
        self.redis_start = redis_cpu(redis) if redis is not None else 0.0
        self.redis_now = self.redis_start

    def sample(self) -> None:
        tree = children_of(self.roots)
        for root in self.roots:
            stat = proc_cpu(root)
            if stat is None:
                continue
            own, reaped, _ = stat
            self.crawl[root] = own
            alive = 0.0
            for pid in descendants(root, tree):
                child = proc_cpu(pid)
                if child is not None:
                    alive += child[0] + child[1]
            self.extraction[root] = max(self.extraction.get(root, 0.0), reaped + alive)
        if self.pg is not None and self.database:
            from sqlalchemy import text
            with self.pg.connect() as conn:
                pids = conn.execute(text(
                    "SELECT pid FROM pg_stat_activity WHERE datname = :d "
                    "AND pid <> pg_backend_pid()"), {"d": self.database}).scalars().all()
            for pid in set(pids) - self.exclude:
                stat = proc_cpu(int(pid))
                if stat is not None:
                    self.backends[int(pid)] = stat[0]
        if self.redis is not None:
            self.redis_now = redis_cpu(self.redis)

    def taken(self) -> dict[str, float]:
        """CPU seconds by kind (Redis: since the meter started)."""
        figures = {"crawl": sum(self.crawl.values()),
                   "extraction": sum(self.extraction.values())}
        if self.pg is not None:
            figures["postgresql"] = sum(self.backends.values())
        if self.redis is not None:
            figures["redis"] = self.redis_now - self.redis_start
        figures["total"] = sum(figures.values())
        return {k: round(v, 2) for k, v in figures.items()}
