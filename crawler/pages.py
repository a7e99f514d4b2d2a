"""Responses and failures as ``PageItem``s: what every spider yields, one per fetch."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionRefusedError as TxConnectionRefused,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError as TxTimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.focus_run import TrapCut
from crawler.items import PageItem
from crawler.middlewares import RESOLVER_REFUSALS, HostRefused
from facts import charset, urls
from store.timeutil import utcnow

if TYPE_CHECKING:
    from scrapy import Request
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

ROBOTS_FORBIDDEN = "Forbidden by robots.txt"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def now_iso() -> str:
    return utcnow().isoformat(timespec="seconds")


def _content_type(response: Response) -> str:
    return (response.headers.get(b"Content-Type") or b"").decode("latin-1")


def is_html(response: Response) -> bool:
    content_type = _content_type(response).lower()
    if isinstance(response, HtmlResponse):
        return True
    return isinstance(response, TextResponse) and content_type.startswith(HTML_TYPES)


def decode_html(response: TextResponse) -> str:
    """The page's text: declared charset (BOM, header, <meta>), else detected, with the
    GB18030/Big5 fallbacks for pages that lie about it (``facts.charset.decode_html``)."""
    return charset.decode_html(response.body, _content_type(response))


def _first_url(request: Request) -> str:
    return str((request.meta.get("redirect_urls") or [request.url])[0])


def item_from_response(
    response: Response, source: str, *, error: str | None = None, extract: bool = True
) -> PageItem:
    """A PageItem for a response; HTML is decoded for extraction (when ``extract``)."""
    headers = [
        (k.decode("latin-1"), v.decode("latin-1"))
        for k, values in response.headers.items()
        for v in values
    ]
    content_type = _content_type(response)
    request = response.request
    sent = [
        (k.decode("latin-1"), v.decode("latin-1"))
        for k, values in (request.headers.items() if request is not None else [])
        for v in values
    ]
    item = PageItem(
        url=_first_url(response.request) if response.request else response.url,
        final_url=response.url,
        status=response.status,
        fetched_at=now_iso(),
        content_type=content_type[:200],
        size=len(response.body),
        error=error,
        source=source,
        http_headers=headers,
        body=response.body,
        protocol=response.protocol or "HTTP/1.1",
        request_method=request.method if request is not None else "GET",
        request_headers=sent,
    )
    if extract and error is None and is_html(response):
        assert isinstance(response, TextResponse)
        item.html = decode_html(response)  # facts come from crawler.extraction.ExtractPipeline
    return item


def describe_failure(failure: Failure, timeout: float | None = None) -> str:
    """A one-line reason a request failed, for the Page row."""
    exc = failure.value
    request = getattr(failure, "request", None)
    if isinstance(exc, HostRefused):
        return str(exc)
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}"
    if isinstance(exc, (DownloadTimeoutError, TxTimeoutError, TCPTimedOutError)):
        limit = f" within {timeout:g}s" if timeout else ""
        return f"timeout: no complete response{limit}"
    if isinstance(exc, DownloadCancelledError) and "max size" in str(exc):
        return f"too large: {exc}"
    if isinstance(exc, IgnoreRequest) and "DOWNLOAD_MAXSIZE" in str(exc):
        return f"too large after decompression: {exc}"
    if isinstance(exc, (ResponseDataLossError, ResponseFailed)):
        return "truncated: the connection closed before the whole body arrived"
    if isinstance(exc, (CannotResolveHostError, DNSLookupError)):
        host = urls.hostname(request.url) if request is not None else ""
        if host in RESOLVER_REFUSALS:  # the name resolved to a non-public address
            return f"{RESOLVER_REFUSALS[host]}; pass --allow-private-hosts to crawl it"
        return f"DNS lookup failed: {exc}"
    if isinstance(exc, (DownloadConnectionRefusedError, TxConnectionRefused)):
        return "connection refused"
    if isinstance(exc, ResponseNeverReceived):
        return "no response: the connection closed before any response"
    if isinstance(exc, IgnoreRequest) and "max redirections" in str(exc):
        return "redirect loop: too many redirects"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def item_from_failure(
    failure: Failure, source: str, timeout: float | None = None
) -> PageItem | None:
    """A PageItem recording why a request failed; None for robots.txt refusals and trap cuts
    (not fetched)."""
    exc = failure.value
    if isinstance(exc, IgnoreRequest) and str(exc) == ROBOTS_FORBIDDEN:
        return None
    if isinstance(exc, TrapCut):  # not fetched: counted in the run's focus stats instead
        return None
    error = describe_failure(failure, timeout)
    response = getattr(exc, "response", None)
    if isinstance(response, Response):
        return item_from_response(response, source, error=error)
    request = getattr(failure, "request", None)
    url = request.url if request is not None else ""
    return PageItem(
        url=_first_url(request) if request is not None else url,
        final_url=url,
        status=None,
        fetched_at=now_iso(),
        error=error,
        source=source,
    )
