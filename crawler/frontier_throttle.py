"""Politeness across workers: one per-domain delay and concurrency limit shared in Redis.

Each worker's Scrapy throttles only its own requests; N workers would hit a site N times as
hard. ``SharedThrottleMiddleware`` takes a slot in Redis before every download: an atomic
script lets a request start only ``DOWNLOAD_DELAY`` after the domain's previous start
(whichever worker made it) and while fewer than ``CONCURRENT_REQUESTS_PER_DOMAIN`` leases
are out, and records its start and lease; the lease
is returned when the response or error comes back, and expires by itself if a worker dies.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from typing import TYPE_CHECKING, Any

import redis
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

from facts import urls

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

logger = logging.getLogger(__name__)
LEASE = "cw_lease"
RETRY_FULL = 0.05  # seconds to wait when every slot of the domain is taken

# KEYS: next-start key, leases zset. ARGV: delay ms, max concurrent (0: no limit), lease ms,
# lease id. Returns 0 when the request may start now (its start and lease recorded), the ms
# until the domain's next allowed start, or -1 when every slot is taken. Granting only "now"
# (not a reserved future time) keeps the delay between actual starts, even when a worker
# busy parsing wakes late.
RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local limit = tonumber(ARGV[2])
if limit > 0 and redis.call('ZCARD', KEYS[2]) >= limit then return -1 end
local next_start = tonumber(redis.call('GET', KEYS[1]) or '0')
if next_start > now then return next_start - now end
local delay = tonumber(ARGV[1])
redis.call('SET', KEYS[1], now + delay, 'PX', delay + 60000)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]) + 60000)
return 0
"""


def _domain(request: Request) -> str:
    return urls.hostname(request.url)


class AdaptiveDelay:
    """AutoThrottle's rule, per worker: delay ≈ latency / target concurrency (smoothed),
    never below the configured delay nor above the maximum; the shared throttle applies it
    to every worker's requests."""

    def __init__(self, target_concurrency: float, max_delay: float) -> None:
        self.target = max(target_concurrency, 0.1)
        self.max_delay = max_delay
        self.latency: dict[str, float] = {}

    def observe(self, domain: str, latency: float) -> None:
        previous = self.latency.get(domain, latency)
        self.latency[domain] = (previous + latency) / 2

    def delay(self, domain: str, minimum: float) -> float:
        wanted = self.latency.get(domain, 0.0) / self.target
        return min(max(minimum, wanted), max(self.max_delay, minimum))


class SharedThrottleMiddleware:
    """Settings: ``CERTWATCH_FRONTIER_URL``/``_PREFIX`` (off when unset),
    ``CERTWATCH_SHARED_DELAY`` (the seeding's ``DOWNLOAD_DELAY``), ``CONCURRENT_REQUESTS_PER_DOMAIN``
    (limits for all workers together), ``CERTWATCH_SHARED_AUTOTHROTTLE`` (``AdaptiveDelay``)."""

    def __init__(self, client: redis.Redis, prefix: str, delay: float, concurrency: int,
                 lease_seconds: float, adapt: AdaptiveDelay | None = None) -> None:
        self.client = client
        self.prefix = prefix
        self.delay = delay
        self.adapt = adapt
        self.concurrency = concurrency
        self.lease_ms = int(lease_seconds * 1000)
        self.reserve = client.register_script(RESERVE)
        self.ids = (f"{uuid.uuid4().hex[:8]}-{n}" for n in itertools.count())

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedThrottleMiddleware:
        from scrapy.exceptions import NotConfigured

        from crawler.frontier import Frontier

        settings = crawler.settings
        url = settings.get("CERTWATCH_FRONTIER_URL")
        if not url:
            raise NotConfigured("no shared frontier")
        frontier = Frontier(url, settings.get("CERTWATCH_FRONTIER_PREFIX"))
        adapt = None
        if settings.getbool("CERTWATCH_SHARED_AUTOTHROTTLE"):
            adapt = AdaptiveDelay(settings.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY"),
                                  settings.getfloat("AUTOTHROTTLE_MAX_DELAY"))
        return cls(
            frontier.client(),
            frontier.prefix,
            settings.getfloat("CERTWATCH_SHARED_DELAY", settings.getfloat("DOWNLOAD_DELAY")),
            settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
            settings.getfloat("DOWNLOAD_TIMEOUT") + 30,
            adapt,
        )

    def _delay_ms(self, domain: str) -> int:
        delay = self.delay if self.adapt is None else self.adapt.delay(domain, self.delay)
        return int(delay * 1000)

    def _keys(self, domain: str) -> list[str]:
        return [f"{self.prefix}:throttle:next:{domain}", f"{self.prefix}:throttle:leases:{domain}"]

    async def process_request(self, request: Request) -> None:
        from twisted.internet import reactor  # the installed one

        lease = next(self.ids)
        domain = _domain(request)
        args: list[int | str] = [self._delay_ms(domain), self.concurrency, self.lease_ms, lease]
        while (wait_ms := int(self.reserve(keys=self._keys(domain), args=args))) != 0:
            wait = RETRY_FULL if wait_ms < 0 else wait_ms / 1000
            await maybe_deferred_to_future(task.deferLater(reactor, wait, lambda: None))
        request.meta[LEASE] = lease

    def _release(self, request: Request) -> None:
        lease = request.meta.pop(LEASE, None)
        if lease is not None:
            self.client.zrem(self._keys(_domain(request))[1], lease)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        latency = request.meta.get("download_latency")
        if self.adapt is not None and latency is not None and response.status < 500:
            self.adapt.observe(_domain(request), latency)
        return response

    def process_exception(self, request: Request, exception: Exception) -> Any:
        self._release(request)
        return None
