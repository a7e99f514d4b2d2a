"""Downloader middlewares: refuse non-public hosts, back off before retrying.

Links inside scraped pages are chosen by whoever wrote the page, so a crawl must not be
steered into the operator's own network (SSRF). ``PrivateHostGuardMiddleware`` resolves
every request's host (redirects included: Scrapy sends a redirected request through the
whole middleware chain again) and refuses it when any address is not public.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import DownloadTimeoutError, IgnoreRequest
from scrapy.http import Request as ScrapyRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task, threads
from twisted.internet.error import DNSLookupError, TimeoutError as TxTimeoutError

from facts import urls
from store.timeutil import utcnow

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

# Checked in this order; the first that applies names the refusal.
_ADDRESS_KINDS = (
    ("is_unspecified", "an unspecified"),
    ("is_loopback", "a loopback"),
    ("is_link_local", "a link-local"),
    ("is_multicast", "a multicast"),
    ("is_reserved", "a reserved"),
    ("is_private", "a private"),
)


class HostRefused(IgnoreRequest):
    """The request's host resolves to an address the crawler must not contact."""


def address_kind(address: str) -> str | None:
    """What kind of non-public address ``address`` (an IP literal) is, or None when public.

    >>> address_kind("127.0.0.1")
    'a loopback address'
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attribute, kind in _ADDRESS_KINDS:
        if getattr(ip, attribute):
            return f"{kind} address"
    if not ip.is_global:  # e.g. 100.64.0.0/10 carrier-grade NAT
        return "not a public address"
    return None


def address_refusal(address: str) -> str | None:
    """Why ``address`` must not be crawled (``127.0.0.1 is a loopback address``), or None."""
    kind = address_kind(address)
    return None if kind is None else f"{address} is {kind}"


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (blocking; run it in a thread)."""
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def host_refusal(host: str, port: int) -> str | None:
    """Why ``host`` must not be crawled (it resolves to a non-public address), or None."""
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError):
        return None  # unresolvable: the download fails with its own DNS error
    for address in addresses:
        kind = address_kind(address)
        if kind:
            return (
                f"{address} is {kind}"
                if address == host
                else f"{host} resolves to {address}, {kind}"
            )
    return None


class PrivateHostGuardMiddleware:
    """Refuses requests to loopback, private, link-local, reserved, multicast hosts.

    Settings: ``CERTWATCH_ALLOW_PRIVATE_HOSTS`` (bool) turns the guard off;
    ``CERTWATCH_PRIVATE_HOSTS_EXEMPT`` (list of host names) lets exactly those hosts through
    (the demo and tests serve on one loopback host and must still refuse every other one).
    """

    def __init__(self, allow_private: bool, exempt_hosts: list[str]) -> None:
        self.allow_private = allow_private
        self.exempt = {h.lower() for h in exempt_hosts}
        self._verdicts: dict[tuple[str, int], str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateHostGuardMiddleware:
        settings = crawler.settings
        return cls(
            settings.getbool("CERTWATCH_ALLOW_PRIVATE_HOSTS"),
            settings.getlist("CERTWATCH_PRIVATE_HOSTS_EXEMPT"),
        )

    async def process_request(self, request: Request) -> None:
        if self.allow_private:
            return
        host = urls.hostname(request.url)
        if not host or host in self.exempt:
            return
        port = urls.port_of(request.url)
        key = (host, port)
        if key not in self._verdicts:
            deferred = threads.deferToThread(host_refusal, host, port)
            self._verdicts[key] = await maybe_deferred_to_future(deferred)
        reason = self._verdicts[key]
        if reason:
            raise HostRefused(f"refused: {reason}; pass --allow-private-hosts to crawl it")


def retry_delay(attempt: int, retry_after: str | None, base: float, cap: float) -> float:
    """Seconds to wait before retry number ``attempt`` (1, 2, ...): Retry-After, else exponential.

    ``Retry-After`` may be seconds or an HTTP date; it is honoured up to ``cap``.
    """
    if retry_after:
        value = retry_after.strip()
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = (parsedate_to_datetime(value) - utcnow()).total_seconds()
            except (TypeError, ValueError):
                seconds = base * 2 ** (attempt - 1)
        return max(0.0, min(cap, seconds))
    return min(cap, base * 2.0 ** (attempt - 1))


def is_timeout(exception: BaseException) -> bool:
    """A download that ran out of ``DOWNLOAD_TIMEOUT`` (a total time per response)."""
    return isinstance(exception, TimeoutError | DownloadTimeoutError | TxTimeoutError)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry (429, 5xx, connection errors) with a wait before each retry.

    A timeout is not retried: ``DOWNLOAD_TIMEOUT`` is a total time per response, so a
    server that trickles its body is cut off once, recorded, and does not hold the source
    for three times the limit.

    Scrapy 2.19 retries at once; a server saying 429/503 asks us to slow down. The wait
    (``Retry-After`` or ``CERTWATCH_RETRY_BACKOFF_BASE`` × 2^n, at most
    ``CERTWATCH_RETRY_BACKOFF_MAX`` seconds) holds only the retried request.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("CERTWATCH_RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("CERTWATCH_RETRY_BACKOFF_MAX", 30.0)

    async def _wait(self, request: Request, retry_after: str | None) -> None:
        attempt = request.meta.get("retry_times", 0) + 1
        delay = retry_delay(attempt, retry_after, self.backoff_base, self.backoff_max)
        if delay > 0:
            from twisted.internet import reactor  # the installed one (never import it early)

            logger.debug("waiting %.1fs before retrying %s", delay, request.url)
            await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))

    async def process_response(  # type: ignore[override]  # Scrapy 2.13+ async form
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        header = response.headers.get(b"Retry-After")
        await self._wait(request, header.decode("latin-1") if header else None)
        return retry

    async def process_exception(  # type: ignore[override]  # Scrapy 2.13+ async form
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        if is_timeout(exception):  # the whole time limit is spent: trickling or stuck
            return None  # recorded as the page's error; retrying would hold the source again
        retry = super().process_exception(request, exception)
        if retry is not None:
            await self._wait(request, None)
        return retry


class RedirectLoopMiddleware(RedirectMiddleware):
    """Redirects, where a loop ends in a recorded error instead of vanishing.

    A redirect back to a URL of its own chain would be dropped by the duplicate filter
    without a word (no errback, no Page row). Letting it through makes a loop stop at
    ``REDIRECT_MAX_TIMES`` with ``IgnoreRequest``, which the spider records; a
    cookie-setting bounce (A -> B -> A) still works.
    """

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Any:
        result = super().process_response(request, response)
        if isinstance(result, ScrapyRequest) and result.url in result.meta.get("redirect_urls", ()):
            return result.replace(dont_filter=True)
        return result


# name -> why PublicOnlyResolver refused it; Twisted reports such a failure only as "no results
# for hostname lookup", so the spider looks the reason up here to record it.
RESOLVER_REFUSALS: dict[str, str] = {}


class PublicOnlyResolver(CachingThreadedResolver):
    """Scrapy's DNS resolver, refusing non-public answers when the connection is made.

    ``PrivateHostGuardMiddleware`` resolves names once to give a clear refusal; a hostile DNS
    server could answer differently a moment later (DNS rebinding). This resolver checks the
    address Twisted actually connects to. IP literals never reach a resolver; the middleware
    judges those.
    """

    allow_private = False
    exempt: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> PublicOnlyResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool("CERTWATCH_ALLOW_PRIVATE_HOSTS")
        exempt = crawler.settings.getlist("CERTWATCH_PRIVATE_HOSTS_EXEMPT")
        resolver.exempt = frozenset(h.lower() for h in exempt)
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:
        deferred = super().getHostByName(name, timeout)
        if self.allow_private or name.lower() in self.exempt:
            return deferred

        def check(address: str) -> str:
            kind = address_kind(address)
            if kind:
                reason = f"refused: {name} resolves to {address}, {kind}"
                RESOLVER_REFUSALS[name.lower()] = reason
                logger.warning("%s", reason)
                raise DNSLookupError(reason)
            return address

        return deferred.addCallback(check)
