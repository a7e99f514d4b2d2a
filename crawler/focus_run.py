"""Focused crawling in a running crawl: count pages per path pattern, cut traps, keep score.

``FocusDownloaderMiddleware`` counts every request it lets through under its path pattern,
judges every response's own relevance (its title and text, links left out: a farm page is
not relevant for linking somewhere relevant; a known body replayed by ``crawler.outlinks``
keeps its recorded relevance) and counts it too; it cuts a request into a
trap unless it is the trap's one probe in flight and budget is left. ``FocusSpiderMiddleware``
gives every followed link its off-topic hop count and drops links beyond ``max_hops`` or
into a trap (but one probe per page while the trap has budget) before they reach the
queue, so a link farm cannot fill the frontier. The rules are ``crawler.focus``'s.

Where the counts live: dicts in the crawl process (``LocalCounts``), or, on a shared Redis
frontier, Redis hashes under the frontier's prefix, one field per pattern
(``{prefix}:focus:admitted``, ``…:pages``, ``…:relevant``, ``…:cut``) and a key per trap
being probed (``…:probing:PATTERN``, expiring) — ``RedisCounts`` — so that every worker
judges a pattern on what all workers requested and fetched. The report goes into the
crawl's stats (``certwatch/focus``) and from there into the run's stats
(``crawl_runs.stats["focus"]``) and the printed summary.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, cast

import redis
from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response, TextResponse

from crawler.focus import (
    FocusLimits,
    budget_left,
    is_trap,
    next_hops,
    path_pattern,
    probe_priority,
    summarize,
    text_relevance,
)
from crawler.outlinks import REPLAY, Outlinks

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
RELEVANCE = "cw_relevance"  # response meta: the page's own relevance (0..4)
HOPS = "cw_hops"  # request meta: off-topic links since the last relevant one
LINK_RELEVANT = "cw_link_relevant"  # request meta: set by spiders for relevant links
PROBE = "cw_probe"  # request meta: this request probes a trap (see crawler.focus)
PROBING = "cw_probing"  # request meta: the trap whose one probe slot this request holds
PROBE_TTL = 120  # seconds a probe slot is held at most (a worker may die holding it)
STATS_KEY = "certwatch/focus"
# the page's own words: title and text, not inside links, scripts or styles
_OWN_TEXT = ("//title//text() | //body//text()[not(ancestor::a) and not(ancestor::script)"
             " and not(ancestor::style) and not(ancestor::noscript)]")
MAX_TEXT = 200_000  # characters of a page's text looked at


class TrapCut(IgnoreRequest):
    """A request not made: its path pattern is a trap that used up its budget."""


class FocusCounts(Protocol):
    def admit(self, pattern: str) -> None: ...
    def claim_probe(self, pattern: str) -> bool: ...
    def release_probe(self, pattern: str) -> None: ...
    def record(self, pattern: str, relevant: bool) -> None: ...
    def relevant(self, pattern: str) -> None: ...
    def get(self, pattern: str) -> tuple[int, int]: ...
    def get_many(self, patterns: Collection[str]) -> dict[str, tuple[int, int]]: ...
    def cut(self, pattern: str) -> None: ...
    def report(self) -> dict[str, tuple[int, int, int]]: ...
    def flush(self) -> None: ...


class LocalCounts:
    """Requests let through, pages fetched, relevant pages and cut requests per pattern, and
    the traps being probed, in this process."""

    def __init__(self) -> None:
        self.admitted: dict[str, int] = {}
        self.pages: dict[str, int] = {}
        self.relevant_pages: dict[str, int] = {}
        self.cuts: dict[str, int] = {}
        self.probing: set[str] = set()

    def admit(self, pattern: str) -> None:
        self.admitted[pattern] = self.admitted.get(pattern, 0) + 1

    def claim_probe(self, pattern: str) -> bool:
        if pattern in self.probing:
            return False
        self.probing.add(pattern)
        return True

    def release_probe(self, pattern: str) -> None:
        self.probing.discard(pattern)

    def record(self, pattern: str, relevant: bool) -> None:
        self.pages[pattern] = self.pages.get(pattern, 0) + 1
        if relevant:
            self.relevant(pattern)

    def relevant(self, pattern: str) -> None:
        self.relevant_pages[pattern] = self.relevant_pages.get(pattern, 0) + 1

    def get(self, pattern: str) -> tuple[int, int]:
        """Requests let through and relevant pages fetched."""
        return self.admitted.get(pattern, 0), self.relevant_pages.get(pattern, 0)

    def get_many(self, patterns: Collection[str]) -> dict[str, tuple[int, int]]:
        return {p: self.get(p) for p in patterns}

    def cut(self, pattern: str) -> None:
        self.cuts[pattern] = self.cuts.get(pattern, 0) + 1

    def report(self) -> dict[str, tuple[int, int, int]]:
        return {p: (n, self.relevant_pages.get(p, 0), self.cuts.get(p, 0))
                for p, n in self.pages.items()}

    def flush(self) -> None:
        """Nothing waits: the counts are this process's."""


class RedisCounts:
    """The same counts in Redis hashes, shared by every worker of a frontier.

    ``deferred`` (a worker's): increments wait in the worker and go out with its next read,
    in the same round trip and before it (a pipeline keeps the order), so this worker reads
    its own counts exactly and the others see them a request later. ``flush`` sends what
    waits (the spider's idle and close signals call it, so the run's report has every
    count)."""

    def __init__(self, client: redis.Redis, prefix: str, deferred: bool = False) -> None:
        self.client = client
        self.deferred = deferred
        names = ("admitted", "pages", "relevant", "cut")
        self.keys = {name: f"{prefix}:focus:{name}" for name in names}
        self.probe_key = f"{prefix}:focus:probing:"
        self.unsent: dict[tuple[str, str], int] = {}

    def _add(self, name: str, pattern: str) -> None:
        key = (self.keys[name], pattern)
        self.unsent[key] = self.unsent.get(key, 0) + 1
        if not self.deferred:
            self.flush()

    def _pipeline(self) -> tuple[redis.client.Pipeline, int]:
        """A pipeline that first sends the waiting increments; how many it holds."""
        pipe = self.client.pipeline(transaction=False)
        for (key, pattern), amount in self.unsent.items():
            pipe.hincrby(key, pattern, amount)
        sent = len(self.unsent)
        self.unsent.clear()
        return pipe, sent

    def flush(self) -> None:
        if self.unsent:
            self._pipeline()[0].execute()

    def admit(self, pattern: str) -> None:
        self._add("admitted", pattern)

    def claim_probe(self, pattern: str) -> bool:
        self.flush()
        return bool(self.client.set(self.probe_key + pattern, "1", nx=True, ex=PROBE_TTL))

    def release_probe(self, pattern: str) -> None:
        self.client.delete(self.probe_key + pattern)

    def record(self, pattern: str, relevant: bool) -> None:
        self._add("pages", pattern)
        if relevant:
            self._add("relevant", pattern)

    def relevant(self, pattern: str) -> None:
        self._add("relevant", pattern)

    def get(self, pattern: str) -> tuple[int, int]:
        return self.get_many([pattern]).get(pattern, (0, 0))

    def get_many(self, patterns: Collection[str]) -> dict[str, tuple[int, int]]:
        """``get`` for many patterns in one round trip (the links of a page)."""
        names = sorted(patterns)
        if not names:
            return {}
        pipe, sent = self._pipeline()
        pipe.hmget(self.keys["admitted"], names)
        pipe.hmget(self.keys["relevant"], names)
        admitted, relevant = cast("list[list[bytes | None]]", pipe.execute()[sent:])
        return {name: (int(a or 0), int(r or 0))
                for name, a, r in zip(names, admitted, relevant, strict=True)}

    def cut(self, pattern: str) -> None:
        self._add("cut", pattern)

    def report(self) -> dict[str, tuple[int, int, int]]:
        self.flush()

        def read(name: str) -> dict[str, int]:
            raw = cast(dict[bytes, bytes], self.client.hgetall(self.keys[name]))
            return {k.decode(): int(v) for k, v in raw.items()}

        pages, relevant, cuts = read("pages"), read("relevant"), read("cut")
        return {p: (pages.get(p, 0), relevant.get(p, 0), cuts.get(p, 0))
                for p in {*pages, *cuts}}


def redis_report(client: redis.Redis, prefix: str) -> dict[str, Any]:
    """A shared frontier's focus report (read before the frontier's keys are cleared)."""
    counts = RedisCounts(client, prefix)
    too_far = int(cast("bytes | None", client.get(f"{prefix}:focus:too_far")) or 0)
    return summarize(counts.report(), too_far)


class Focus:
    """One crawl's focus state: limits, counts, and the links dropped for distance."""

    def __init__(self, limits: FocusLimits, counts: FocusCounts, enabled: bool = True,
                 too_far_key: tuple[redis.Redis, str] | None = None) -> None:
        self.limits, self.counts, self.enabled = limits, counts, enabled
        self.too_far = 0
        self.too_far_key = too_far_key

    @classmethod
    def of(cls, crawler: Crawler) -> Focus:
        """The crawler's focus state, made once (both middlewares share it)."""
        focus = getattr(crawler, "certwatch_focus", None)
        if isinstance(focus, Focus):
            return focus
        settings = crawler.settings
        limits = FocusLimits.from_settings(settings)
        url = settings.get("CERTWATCH_FRONTIER_URL")
        counts: FocusCounts
        too_far_key = None
        if url:
            client = redis.Redis.from_url(url, socket_connect_timeout=5)
            prefix = settings.get("CERTWATCH_FRONTIER_PREFIX")
            counts = RedisCounts(client, prefix, deferred=True)
            too_far_key = (client, f"{prefix}:focus:too_far")
        else:
            counts = LocalCounts()
        focus = cls(limits, counts, settings.getbool("CERTWATCH_FOCUS_ENABLED", True),
                    too_far_key)
        crawler.certwatch_focus = focus  # type: ignore[attr-defined]
        crawler.signals.connect(focus.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(focus.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(focus.spider_closed, signal=signals.spider_closed)
        return focus

    def admit(self, request: Request) -> bool:
        """Whether ``request`` may go out now: counted as let through, or as cut."""
        pattern = path_pattern(request.url)
        if not self.enabled:
            return True
        admitted, relevant = self.counts.get(pattern)
        if not is_trap(admitted, relevant, self.limits):
            self.counts.admit(pattern)
            return True
        if (budget_left(admitted, self.limits) and request.meta.get(PROBE)
                and self.counts.claim_probe(pattern)):
            self.counts.admit(pattern)
            request.meta[PROBING] = pattern
            return True
        self.counts.cut(pattern)  # the trap's width, or its budget is spent
        return False

    def release(self, request: Request) -> None:
        pattern = request.meta.pop(PROBING, None)
        if pattern is not None:
            self.counts.release_probe(pattern)

    def follow(self, request: Request, hops: int, probed: set[str],
               known: dict[str, tuple[int, int]] | None = None) -> bool:
        """Whether a link found on a page is queued; a link into a trap with budget left is
        queued as its probe: a relevant link keeping its priority, else the page's first
        link into that trap only. ``known``: counts read for the page's links at once."""
        if not self.enabled:
            return True
        pattern = path_pattern(request.url)
        counted = known.get(pattern) if known is not None else None
        admitted, relevant = counted if counted is not None else self.counts.get(pattern)
        if not is_trap(admitted, relevant, self.limits):
            return True
        if budget_left(admitted, self.limits) and request.meta.get(LINK_RELEVANT):
            request.meta[PROBE] = True
            return True
        if budget_left(admitted, self.limits) and pattern not in probed:
            probed.add(pattern)
            request.meta[PROBE] = True
            request.priority = probe_priority(hops, self.limits)
            return True
        self.counts.cut(pattern)
        return False

    def drop_far(self) -> None:
        self.too_far += 1
        if self.too_far_key is not None:
            client, key = self.too_far_key
            client.incr(key)

    def report(self) -> dict[str, Any]:
        return summarize(self.counts.report(), self.too_far)

    def item_scraped(self, item: Any, response: Response, spider: Any) -> None:
        """A page judged an offer by extraction counts as relevant (if its words did not)."""
        facts = getattr(item, "facts", None)
        if facts is not None and facts.is_offer and not response.meta.get(RELEVANCE):
            self.counts.relevant(path_pattern(response.url))

    def spider_idle(self, spider: Any) -> None:
        self.counts.flush()  # before the crawl can be judged done and its report read

    def spider_closed(self, spider: Any) -> None:
        stats = getattr(spider.crawler, "stats", None) if hasattr(spider, "crawler") else None
        if stats is not None:
            stats.set_value(STATS_KEY, self.report())


def page_relevance(response: Response) -> int:
    """The relevance of a page's own words (title and text, links left out)."""
    if not isinstance(response, TextResponse):
        return 0
    content_type = (response.headers.get(b"Content-Type") or b"").lower()
    if not isinstance(response, HtmlResponse) and not content_type.startswith(b"text/html"):
        return 0
    try:
        texts = response.xpath(_OWN_TEXT).getall()
    except ValueError:  # not parseable as HTML
        return 0
    return text_relevance(" ".join(texts)[:MAX_TEXT])


class FocusDownloaderMiddleware:
    """Cuts requests into exhausted traps; judges and counts every response."""

    def __init__(self, focus: Focus) -> None:
        self.focus = focus

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FocusDownloaderMiddleware:
        return cls(Focus.of(crawler))

    def process_request(self, request: Request) -> None:
        if not self.focus.admit(request):
            raise TrapCut(f"cut: {path_pattern(request.url)} is a link farm or trap")

    def process_exception(self, request: Request, exception: Exception) -> None:
        self.focus.release(request)

    def process_response(self, request: Request, response: Response) -> Response:
        self.focus.release(request)
        replay = request.meta.get(REPLAY)  # a known body: its relevance as recorded
        relevance = replay.relevance if isinstance(replay, Outlinks) else page_relevance(response)
        request.meta[RELEVANCE] = relevance
        self.focus.counts.record(path_pattern(response.url), relevance > 0)
        return response


class FocusSpiderMiddleware:
    """Gives followed links their hop count; drops those too far off topic or into traps."""

    def __init__(self, focus: Focus) -> None:
        self.focus = focus

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FocusSpiderMiddleware:
        if not crawler.settings.getbool("CERTWATCH_FOCUS_ENABLED", True):
            raise NotConfigured("focus off")
        return cls(Focus.of(crawler))

    def _filter(self, response: Response, result: Any, probed: set[str],
                known: dict[str, tuple[int, int]] | None = None) -> Any:
        if not isinstance(result, Request):
            return result
        relevance = int(response.meta.get(RELEVANCE, 0))
        hops = next_hops(bool(result.meta.get(LINK_RELEVANT)), relevance,
                         int(response.meta.get(HOPS, 0)))
        if hops > self.focus.limits.max_hops:
            self.focus.drop_far()
            return None
        result.meta[HOPS] = hops
        return result if self.focus.follow(result, hops, probed, known) else None

    def _known(self, outputs: list[Any]) -> dict[str, tuple[int, int]] | None:
        """The counts of every pattern the page links into, read at once (one round trip
        on a shared frontier instead of one per link)."""
        if not self.focus.enabled:
            return None
        patterns = {path_pattern(out.url) for out in outputs if isinstance(out, Request)}
        return self.focus.counts.get_many(patterns)

    def process_spider_output(self, response: Response, result: Iterable[Any],
                              spider: Any = None) -> Iterator[Any]:
        probed: set[str] = set()
        outputs = list(result)
        known = self._known(outputs)
        for out in outputs:
            kept = self._filter(response, out, probed, known)
            if kept is not None:
                yield kept

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any],
                                          spider: Any = None) -> AsyncIterator[Any]:
        probed: set[str] = set()
        outputs = [out async for out in result]
        known = self._known(outputs)
        for out in outputs:
            kept = self._filter(response, out, probed, known)
            if kept is not None:
                yield kept


def focus_stats(values: Iterable[Any]) -> dict[str, Any]:
    """The run's ``focus`` stats from each spider's report (several sources, one run)."""
    merged: dict[str, Any] = {"trap_patterns": {}, "requests_cut": 0, "links_too_far": 0}
    for report in values:
        if not isinstance(report, dict):
            continue
        merged["trap_patterns"].update(report.get("trap_patterns", {}))
        merged["requests_cut"] += int(report.get("requests_cut", 0))
        merged["links_too_far"] += int(report.get("links_too_far", 0))
    return {"focus": merged}


def describe_focus(stats: dict[str, Any]) -> str | None:
    """One line for the printed summary: what focus cut, or None when nothing was."""
    focus = stats.get("focus") or {}
    patterns = focus.get("trap_patterns") or {}
    if not patterns and not focus.get("links_too_far"):
        return None
    shown = ", ".join(f"{p} ({v['pages']} pages, {v['relevant']} relevant, {v['cut']} cut)"
                      for p, v in list(patterns.items())[:5])
    more = f" and {len(patterns) - 5} more" if len(patterns) > 5 else ""
    return (f"focus: {focus.get('requests_cut', 0)} requests cut in {len(patterns)} link-farm/"
            f"trap patterns{': ' + shown + more if shown else ''}; "
            f"{focus.get('links_too_far', 0)} links beyond the off-topic hop limit")
