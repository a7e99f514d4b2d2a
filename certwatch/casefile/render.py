"""The archived page rendered by headless Chromium (Playwright), never fetched live.

Every request the page makes goes through one route: a URL the archive holds is answered
with its archived response, anything else is aborted and listed (``not_archived``: the
styles, images and scripts the evidence lacks). As a second wall, the browser is given a
proxy that does not exist, so a request that escaped the route could reach nobody.

Bounds: the whole rendering has ``timeout`` seconds (navigation and screenshot each get
what is left); V8's heap is capped (``--js-flags=--max-old-space-size``), one renderer
process, no service workers, no downloads, and the screenshot is at most ``MAX_HEIGHT``
pixels tall. Whatever goes wrong (no Chromium, no Playwright, a timeout, a crash) gives a
``RenderResult`` saying why, never an exception.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from certwatch.casefile.evidence import ArchivedResponse

CHROMIUM = "/usr/bin/chromium"
WIDTH, HEIGHT, MAX_HEIGHT = 1280, 900, 6000
DEAD_PROXY = "http://127.0.0.1:9"  # discard port: nothing answers there
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--renderer-process-limit=1",
    "--js-flags=--max-old-space-size=256",
    "--disable-dev-shm-usage",
    "--proxy-bypass-list=<-loopback>",  # loopback too goes to the dead proxy, not direct
]
_HOP_HEADERS = {"content-length", "content-encoding", "transfer-encoding", "connection"}

Lookup = Callable[[str], ArchivedResponse | None]


@dataclass
class RenderResult:
    png: bytes | None  # None: not rendered (``error`` says why)
    seconds: float
    error: str = ""
    served: list[str] = field(default_factory=list)  # URLs answered from the archive
    not_archived: list[tuple[str, str]] = field(default_factory=list)  # (resource type, URL)


def _fulfil_headers(headers: list[tuple[str, str]]) -> dict[str, str]:
    """The archived headers a browser may use: no transfer details, no certwatch notes."""
    return {k: v for k, v in headers
            if k.lower() not in _HOP_HEADERS and not k.lower().startswith("x-certwatch-")}


def render(page: ArchivedResponse, lookup: Lookup, *, timeout: float = 20.0,
           chromium: str = CHROMIUM) -> RenderResult:
    """A PNG of ``page`` as archived; sub-resources only from ``lookup`` (else aborted)."""
    started = time.monotonic()
    if not Path(chromium).exists():
        return RenderResult(None, 0.0, f"no browser: {chromium} is missing")
    try:
        from playwright.sync_api import Error as PlaywrightError, sync_playwright
    except ImportError:
        return RenderResult(None, 0.0, "no browser: playwright is not installed")
    result = RenderResult(None, 0.0)

    def handle(route: Any) -> None:
        request = route.request
        url = str(request.url)
        # the first navigation is the page itself, whatever form Chromium gave its URL
        # (a trailing slash, percent-encoded path, punycode host)
        first = not result.served and request.is_navigation_request()
        archived = page if first or url == page.url else lookup(url)
        if archived is None:
            result.not_archived.append((str(request.resource_type), url))
            route.abort("blockedbyclient")
            return
        result.served.append(url)
        route.fulfill(status=archived.status, headers=_fulfil_headers(archived.headers),
                      body=archived.body)

    def left() -> float:
        return max(1.0, timeout - (time.monotonic() - started)) * 1000

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS,
                                         proxy={"server": DEAD_PROXY}, timeout=left())
            try:
                context = browser.new_context(
                    viewport={"width": WIDTH, "height": HEIGHT}, service_workers="block",
                    accept_downloads=False, offline=False,
                )
                context.route("**/*", handle)
                tab = context.new_page()
                tab.goto(page.url, wait_until="load", timeout=left())
                height = tab.evaluate("() => document.documentElement.scrollHeight || 0")
                clip_height = max(HEIGHT, min(int(height or HEIGHT), MAX_HEIGHT))
                result.png = tab.screenshot(
                    full_page=True, timeout=left(),
                    clip={"x": 0, "y": 0, "width": WIDTH, "height": clip_height},
                )
            finally:
                browser.close()
    except PlaywrightError as exc:
        result.error = f"not rendered: {str(exc).splitlines()[0][:300]}"
        result.png = None
    except Exception as exc:  # a crash of the driver: said in the summary, never raised
        result.error = f"not rendered: {type(exc).__name__}: {str(exc)[:300]}"
        result.png = None
    result.seconds = round(time.monotonic() - started, 2)
    return result
