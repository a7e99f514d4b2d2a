"""Conditional requests and revisits in a running crawl.

``ConditionalRequestMiddleware`` (downloader) loads the source's known captures once when
its spider opens (``crawler.known_captures``) and sends each known URL's validators
(``If-None-Match``, ``If-Modified-Since``) when its capture was read by the current
extraction code. A ``304`` becomes the archived response of that capture, so the spider
follows the same links and focused crawling judges the same words as on a full fetch; the
304 itself is kept in the request's meta, to be archived as a WARC revisit record.

A 304 whose capture skips extraction and replays its links has only its archived headers
read (the WARC record's own, for the revisit record, and the HTTP ones): nothing reads
its body.

``RevisitSpiderMiddleware`` marks the spider's PageItem: a 304, or a 200 whose body digest
equals the known capture's, read with the same extraction key, is a revisit that skips
extraction and is stored by ``crawler.revisit_store``; it carries a stub of the known
classification (offer or not) so progress and focus count it as before.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Response, TextResponse

from crawler.items import PageItem
from crawler.known_captures import KnownCapture, Revisit, load_known_for
from crawler.outlinks import REPLAY, Outlinks
from crawler.pages import decode_html, is_html
from crawler.pipelines import shared_engine
from crawler.reextract import CaptureMissing, read_capture, response_from_capture
from crawler.revisit.versions import extract_key, extraction_version, link_key
from facts.contract import OfferFacts

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
KNOWN = "cw_known"  # request meta: the URL's known capture
NOT_MODIFIED = "cw_not_modified"  # request meta: the 304 that confirmed it (NotModified)
VALIDATED = "cw_validated"  # request meta: validators were added by this middleware
NO_VALIDATORS = "cw_no_validators"  # request meta: ask without validators (archive unreadable)
# request meta: the body is the known one, read by the current code without selections, so
# the spider need not decode it for extraction (crawler.spiders.base); the spider middleware
# decodes it after all if the page's selections turn out to differ
UNCHANGED = "cw_unchanged"
VALIDATOR_HEADERS = (b"If-None-Match", b"If-Modified-Since")
STATS = "certwatch/revisit"


@dataclass(frozen=True)
class NotModified:
    headers: list[tuple[str, str]]  # the 304's headers, as received
    protocol: str
    refers_to: tuple[str, str, str]  # the original's record id, target URI, WARC-Date


def _headers(response: Response) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1"))
            for k, values in response.headers.items() for v in values]


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    lowered = name.lower()
    return next((v for k, v in headers if k.lower() == lowered), None)


def _inc(crawler: Crawler, key: str) -> None:
    if crawler.stats is not None:
        crawler.stats.inc_value(f"{STATS}/{key}")


class ConditionalRequestMiddleware:
    """Sends the known validators; answers a 304 from the archive (see the module)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.known: dict[str, KnownCapture] = {}
        self.version = extraction_version()
        self.link_key: str | None = None  # the spider's source's (crawler.outlinks)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        settings = crawler.settings
        if not (settings.getbool("CERTWATCH_REVISITS", True)
                and settings.getbool("CERTWATCH_EXTRACT", True)):
            raise NotConfigured("revisits off")
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider: Any) -> None:
        source = getattr(getattr(spider, "source", None), "name", None)
        if source is None:
            return
        engine = shared_engine(self.crawler.settings.get("CERTWATCH_DB_URL"))
        self.known = load_known_for(engine, source)
        self.link_key = link_key(spider.source)
        if self.crawler.stats is not None:
            self.crawler.stats.set_value(f"{STATS}/known", len(self.known))

    def process_request(self, request: Request) -> None:
        if request.meta.pop(VALIDATED, False):  # a redirect or retry copied them: start over
            for name in VALIDATOR_HEADERS:
                request.headers.pop(name, None)
        request.meta.pop(UNCHANGED, None)
        request.meta.pop(REPLAY, None)
        known = self.known.get(request.url)
        if known is None or not known.archived:
            request.meta.pop(KNOWN, None)
            return
        request.meta[KNOWN] = known
        current = (known.extract_key or "").split(":", 1)[0] == self.version
        if not current or request.meta.get(NO_VALIDATORS) or request.method != "GET":
            return
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag.encode("latin-1")
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified.encode("latin-1")
        if known.etag or known.last_modified:
            request.meta[VALIDATED] = True
            _inc(self.crawler, "conditional")

    def process_response(self, request: Request, response: Response) -> Request | Response:
        known = request.meta.get(KNOWN)
        if not isinstance(known, KnownCapture):
            return response
        if response.status != 304:
            same = (response.status == 200
                    and hashlib.sha256(response.body).hexdigest() == known.sha256)
            request.meta[UNCHANGED] = same and known.skippable(self.version)
            content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
            if same and content_type[:200] == known.content_type:
                self._replay(request, self._outlinks(known))
            return response
        assert known.warc_file is not None and known.warc_offset is not None  # archived
        # a body that skips extraction and whose links are replayed is read by no one
        skip = known.skippable(self.version)
        outlinks = self._outlinks(known)
        bodiless = skip and outlinks is not None
        try:
            archived, body = read_capture(known.warc_file, known.warc_offset, bodiless)
        except CaptureMissing as exc:
            logger.warning("%s: 304 but %s; fetching it again in full", request.url, exc)
            _inc(self.crawler, "archive_missing")
            again = request.replace(dont_filter=True)
            again.meta[NO_VALIDATORS] = True
            return again
        _inc(self.crawler, "not_modified")
        request.meta[UNCHANGED] = skip
        self._replay(request, outlinks)
        request.meta[NOT_MODIFIED] = NotModified(
            _headers(response), response.protocol or "HTTP/1.1",
            (archived.warc.get("WARC-Record-ID", known.warc_record_id or ""),
             archived.warc.get("WARC-Target-URI", known.final_url),
             archived.warc.get("WARC-Date", "")))
        return response_from_capture(request.url, archived, body)

    def _outlinks(self, known: KnownCapture) -> Outlinks | None:
        """The capture's recorded outlinks, if read by the current link code and settings."""
        return known.outlinks(self.link_key) if self.link_key else None

    def _replay(self, request: Request, outlinks: Outlinks | None) -> None:
        """The body is the known one: its recorded outlinks are followed without parsing it."""
        if outlinks is not None:
            request.meta[REPLAY] = outlinks
            _inc(self.crawler, "replayed")


class RevisitSpiderMiddleware:
    """Marks revisits among the spider's PageItems (see the module)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RevisitSpiderMiddleware:
        settings = crawler.settings
        if not (settings.getbool("CERTWATCH_REVISITS", True)
                and settings.getbool("CERTWATCH_EXTRACT", True)):
            raise NotConfigured("revisits off")
        return cls(crawler)

    def _mark(self, response: Response, out: Any) -> Any:
        if not isinstance(out, PageItem) or out.status is None or out.error:
            return out
        out.extract_key = extract_key(out.selected)
        headers = out.http_headers
        not_modified = response.meta.get(NOT_MODIFIED)
        known = response.meta.get(KNOWN)
        if not isinstance(known, KnownCapture) or known.final_url != out.final_url:
            known, not_modified = None, None
        if known is None:
            out.etag, out.last_modified = _header(headers, "ETag"), _header(headers, "Last-Modified")
            return out
        if isinstance(not_modified, NotModified):  # a 304 may omit them: the known ones hold
            headers = not_modified.headers
            out.etag = _header(headers, "ETag") or known.etag
            out.last_modified = _header(headers, "Last-Modified") or known.last_modified
        else:
            out.etag, out.last_modified = _header(headers, "ETag"), _header(headers, "Last-Modified")
        if not_modified or response.meta.get(UNCHANGED):
            digest = known.sha256
        else:
            digest = hashlib.sha256(response.body).hexdigest()
        skip = digest == known.sha256 and known.skippable(out.extract_key)
        if not skip and out.html is None and response.meta.get(UNCHANGED) and is_html(response):
            assert isinstance(response, TextResponse)  # selections differ: extract after all
            out.html = decode_html(response)
        if not (skip or not_modified):
            return out
        nm = not_modified if isinstance(not_modified, NotModified) else None
        out.revisit = Revisit(known, not_modified=nm is not None, skip=skip,
                              refers_to=nm.refers_to if nm else ("", "", ""))
        if nm is not None:
            out.status, out.http_headers, out.protocol = 304, nm.headers, nm.protocol
            out.size, out.content_type, out.body = known.size, known.content_type, b""
        if skip:
            out.html = None
            out.facts = OfferFacts(url=out.final_url, is_offer=known.is_offer,
                                   page_type=known.page_type or "other")
            _inc(self.crawler, "skipped")
        return out

    def process_spider_output(self, response: Response, result: Iterable[Any],
                              spider: Any = None) -> Iterator[Any]:
        for out in result:
            yield self._mark(response, out)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any],
                                          spider: Any = None) -> AsyncIterator[Any]:
        async for out in result:
            yield self._mark(response, out)


def revisit_stats(stats: Iterable[dict[str, Any]]) -> dict[str, int]:
    """The run's ``revisits`` stats summed over its crawlers: known captures, conditional
    requests sent, 304s answered from the archive, pages that skipped extraction, pages
    whose links were replayed, replayed links dropped as already scheduled."""
    prefix = f"{STATS}/"
    total: dict[str, int] = {"known": 0, "conditional": 0, "not_modified": 0, "skipped": 0,
                             "replayed": 0, "links_dropped": 0}
    for values in stats:
        for key, value in values.items():
            if key.startswith(prefix):
                name = key[len(prefix):]
                total[name] = total.get(name, 0) + int(value)
    return total
