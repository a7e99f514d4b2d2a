"""A crawl shared by many worker processes through Redis (scrapy-redis).

``certwatch crawl --frontier redis://HOST:6379/0`` opens the run in the store and *seeds* a
job: the start requests go into a shared priority queue and duplicate filter (scrapy-redis
keys), and the job's settings (sources, private-host choice, politeness) into a Redis hash.
Every ``certwatch worker`` reads that job, takes requests from the queue, pushes the links it
finds back into it and writes pages to the shared store.

When is the crawl done? Each worker keeps a heartbeat in ``{prefix}:workers`` saying whether
it has anything in flight (``busy``) or not (``idle``, since when). The crawl is done when the
queue is empty and every live worker has been idle for ``idle_seconds``; the first process to
see that (a worker, or the seeding command waiting with ``--wait``) closes the run, once
(``SET NX``). Keys live under a prefix (``redis://…/0?prefix=NAME``, default ``certwatch``),
so several crawls can share one Redis.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, cast

import redis

from crawler.sources import Source
from facts.urls import pop_query_param, scheme_of

DEFAULT_PREFIX = "certwatch"
DEAD_AFTER = 30.0  # a worker whose heartbeat is older than this (s) is gone


class FrontierError(Exception):
    """The frontier cannot be used (unreachable, bad URL, a crawl already running)."""


@dataclass(frozen=True)
class Frontier:
    """Where the shared frontier lives: a Redis URL and a key prefix."""

    redis_url: str
    prefix: str = DEFAULT_PREFIX

    @classmethod
    def parse(cls, url: str) -> Frontier:
        """``redis://host:6379/0?prefix=NAME`` (the prefix is ours, not a Redis option)."""
        if scheme_of(url) not in ("redis", "rediss", "unix"):
            raise FrontierError(f"{url}: the frontier must be a redis:// URL")
        redis_url, prefix = pop_query_param(url, "prefix")
        prefix = DEFAULT_PREFIX if prefix is None else prefix
        if not prefix or any(c in prefix for c in " :*"):
            raise FrontierError(f"{url}: prefix must be a word without spaces, ':' or '*'")
        return cls(redis_url, prefix)

    def key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    @property
    def queue_key(self) -> str:
        return self.key("requests")

    @property
    def dupefilter_key(self) -> str:
        return self.key("dupefilter")

    def client(self) -> redis.Redis:
        """A Redis client, checked with a PING (FrontierError when unreachable)."""
        client = redis.Redis.from_url(self.redis_url, socket_connect_timeout=5)
        try:
            client.ping()
        except redis.RedisError as exc:
            raise FrontierError(f"Redis at {self.redis_url} not reachable: {exc}") from exc
        return client


@dataclass
class FrontierJob:
    """What the seeding command decided; every worker crawls by it."""

    run_id: int
    sources: list[Source]
    allow_private_hosts: bool = False
    max_pages: int | None = None
    user_agent: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)  # Scrapy overrides for all workers
    db: str = ""  # the seeder's store, password hidden (workers warn when theirs differs)
    state: str = "running"  # running | closed

    def to_redis(self) -> dict[str, str]:
        data = asdict(self)
        return {k: json.dumps(v, ensure_ascii=False) for k, v in data.items()}

    @classmethod
    def from_redis(cls, raw: Mapping[bytes, bytes]) -> FrontierJob:
        data = {k.decode(): json.loads(v) for k, v in raw.items()}
        sources = [_source(s) for s in data.pop("sources")]
        return cls(sources=sources, **data)


def _source(data: dict[str, Any]) -> Source:
    tuples = ("start_urls", "allowed_domains", "follow", "skip")
    fields: dict[str, Any] = {k: tuple(v) if k in tuples else v for k, v in data.items()}
    return Source(**fields)


# redis-py annotates every command as ``Awaitable[T] | T``, one signature for its sync and
# asyncio clients. Our clients are sync ``redis.Redis`` without ``decode_responses``: the
# replies below are plain bytes (or None / int), never awaitables.
def hgetall(client: redis.Redis, key: str) -> dict[bytes, bytes]:
    """``HGETALL key`` (sync client, bytes replies)."""
    return cast(dict[bytes, bytes], client.hgetall(key))


def get_int(client: redis.Redis, key: str) -> int:
    """The integer stored at ``key``, 0 when unset (sync client, bytes replies)."""
    return int(cast("bytes | None", client.get(key)) or 0)


def zcard(client: redis.Redis, key: str) -> int:
    """``ZCARD key`` (sync client: an int)."""
    return int(cast(int, client.zcard(key)))


def read_job(client: redis.Redis, frontier: Frontier) -> FrontierJob | None:
    raw = hgetall(client, frontier.key("job"))
    return FrontierJob.from_redis(raw) if raw else None


def write_job(client: redis.Redis, frontier: Frontier, job: FrontierJob) -> None:
    """Store ``job``, refusing to replace a crawl that is still running."""
    current = read_job(client, frontier)
    if current is not None and current.state == "running":
        raise FrontierError(
            f"a crawl (run {current.run_id}) is still running at {frontier.redis_url} prefix "
            f"{frontier.prefix!r}: wait for it (`certwatch crawl --frontier … --wait`) or use "
            "another ?prefix="
        )
    clear_frontier(client, frontier, keep_job=False)
    client.hset(frontier.key("job"), mapping=job.to_redis())


def clear_frontier(client: redis.Redis, frontier: Frontier, *, keep_job: bool = True) -> None:
    """Delete the queue, duplicate filter, throttle slots, counters and worker states."""
    names = [k for k in client.scan_iter(match=f"{frontier.prefix}:*", count=500)]
    if keep_job:  # and the closing claim, so a closed run is never closed twice
        kept = {frontier.key("job").encode(), frontier.key("closing").encode()}
        names = [k for k in names if k not in kept]
    for start in range(0, len(names), 500):
        client.delete(*names[start : start + 500])


# --- worker states and the end of a crawl -------------------------------------------------


@dataclass(frozen=True)
class WorkerState:
    state: str  # busy | idle
    since: float  # when it entered this state (epoch seconds)
    at: float  # last heartbeat


def set_worker_state(client: redis.Redis, frontier: Frontier, worker: str, busy: bool,
                     previous: WorkerState | None, now: float | None = None) -> WorkerState:
    """Record this worker's heartbeat; ``since`` moves only when the state changes."""
    now = time.time() if now is None else now
    state = "busy" if busy else "idle"
    since = previous.since if previous is not None and previous.state == state else now
    current = WorkerState(state, since, now)
    client.hset(frontier.key("workers"), worker, json.dumps(asdict(current)))
    return current


def remove_worker(client: redis.Redis, frontier: Frontier, worker: str) -> None:
    client.hdel(frontier.key("workers"), worker)


def worker_states(client: redis.Redis, frontier: Frontier) -> dict[str, WorkerState]:
    raw = hgetall(client, frontier.key("workers"))
    return {k.decode(): WorkerState(**json.loads(v)) for k, v in raw.items()}


def crawl_done(queue_length: int, workers: Mapping[str, WorkerState], now: float,
               idle_seconds: float, dead_after: float = DEAD_AFTER) -> bool:
    """Queue empty, at least one worker seen, every live worker idle for ``idle_seconds``."""
    if queue_length > 0 or not workers:
        return False
    live = [w for w in workers.values() if now - w.at <= dead_after]
    return all(w.state == "idle" and now - w.since >= idle_seconds for w in live)


def frontier_done(client: redis.Redis, frontier: Frontier, idle_seconds: float) -> bool:
    queue_length = zcard(client, frontier.queue_key)
    return crawl_done(queue_length, worker_states(client, frontier), time.time(), idle_seconds)


def claim_close(client: redis.Redis, frontier: Frontier) -> bool:
    """True for exactly one caller: the one that closes the run."""
    return bool(client.set(frontier.key("closing"), "1", nx=True, ex=3600))


def mark_closed(client: redis.Redis, frontier: Frontier) -> None:
    """The run is closed: keep the job (state closed) for late workers, drop the rest."""
    client.hset(frontier.key("job"), "state", json.dumps("closed"))
    clear_frontier(client, frontier, keep_job=True)
