"""A worker's scheduler on the shared frontier, with few round trips to Redis.

scrapy-redis's scheduler asks Redis twice for every link a page yields (is it new:
``SADD``; queue it: ``ZADD``) and once for every request taken. This one:

- answers "already seen" for the URLs this worker has seen (``CachedDupeFilter``);
- sends the other links of a page together, in one script that adds each to the shared
  duplicate filter and queues those that were new (one round trip a page, not two a link);
- takes ``POP_BATCH`` requests a round trip (they wait in this worker, which downloads
  them next; politeness is applied at download by the shared throttle).

Links wait in the worker only until its engine next asks for a request (after every
response). At close, links not yet sent are sent and requests not downloaded go back to
the shared queue, so nothing is lost to batching. The worker is marked busy the moment it
takes a request.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from scrapy import Request
from scrapy_redis.scheduler import Scheduler

POP_BATCH = 4  # requests a worker takes from the shared queue at once

# KEYS: the duplicate filter's set, the queue's sorted set. ARGV: triples of fingerprint
# ('' for a request that is never filtered), score, encoded request. Queues the requests
# whose fingerprint was new; returns how many.
ENQUEUE = """
local queued = 0
for i = 1, #ARGV, 3 do
  if ARGV[i] == '' or redis.call('SADD', KEYS[1], ARGV[i]) == 1 then
    redis.call('ZADD', KEYS[2], ARGV[i + 1], ARGV[i + 2])
    queued = queued + 1
  end
end
return queued
"""


# scrapy_redis ships no type information (ignored in pyproject): its Scheduler is Any.
class FrontierScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's scheduler, batching its round trips (see the module's docstring)."""

    def open(self, spider: Any) -> Any:
        self.taken: deque[Request] = deque()
        self.unsent: list[Request] = []
        self.enqueue = self.server.register_script(ENQUEUE)
        return super().open(spider)

    def enqueue_request(self, request: Request) -> bool:
        known = getattr(self.df, "known_seen", None)
        if not request.dont_filter and known is not None and known(request):
            self.df.log(request, self.spider)
            return False
        self.unsent.append(request)
        return True

    def send(self) -> None:
        """Send the links waiting in this worker to the shared filter and queue."""
        if not self.unsent:
            return
        args: list[Any] = []
        for request in self.unsent:
            fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
            args += [fingerprint, -request.priority, self.queue._encode_request(request)]
            remember = getattr(self.df, "remember", None)
            if remember is not None and not request.dont_filter:
                remember(request)
        self.unsent = []
        queued = int(self.enqueue(keys=[self.df.key, self.queue.key], args=args))
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", queued, spider=self.spider)

    def __len__(self) -> int:
        self.send()
        return len(self.taken) + int(super().__len__())

    def has_pending_requests(self) -> bool:
        self.send()
        return bool(self.taken) or bool(super().has_pending_requests())

    def _take(self) -> None:
        """Move up to ``POP_BATCH`` of the best requests from the shared queue to this worker."""
        pipe = self.server.pipeline()  # MULTI/EXEC: no other worker takes the same ones
        pipe.zrange(self.queue.key, 0, POP_BATCH - 1)
        pipe.zremrangebyrank(self.queue.key, 0, POP_BATCH - 1)
        encoded, _ = pipe.execute()
        self.taken.extend(self.queue._decode_request(raw) for raw in encoded)

    def next_request(self) -> Request | None:
        self.send()
        if not self.taken:
            self._take()
        if not self.taken:
            return None
        request = self.taken.popleft()
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis", spider=self.spider)
        beat = getattr(self.spider, "heartbeat", None)
        if beat is not None:
            beat.mark(busy=True)
        return request

    def close(self, reason: str) -> Any:
        self.send()
        while self.taken:  # not downloaded: back to the shared queue for the other workers
            self.queue.push(self.taken.popleft())
        return super().close(reason)
