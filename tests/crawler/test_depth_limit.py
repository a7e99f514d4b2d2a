"""The depth limit counts a page's shortest path from the start, not the path found first.

Scrapy gives a request the depth of the page that first linked it plus one, and its
duplicate filter drops every later link, however short its path. Its queue takes the newest
request of a priority first, so a crawl goes deep before it goes wide: on the nightly bench
web (5,000 pages, none more than five links from the start) pages were fetched at depth 20,
the limit, and a page linked only from such pages was never requested (1–2 pages on a
quarter of the nights).

The web below does that with one request at a time and ``DEPTH_LIMIT`` 3. ``/`` links
``/a.html`` (a plain anchor) and the chain ``/b.html`` → ``/c.html`` → ``/l.html`` (course
anchors: a higher priority); the chain goes first, each of its pages with a dead end of the
same priority to fetch while the page's links are being scheduled (the engine takes the next
request as soon as a download ends). So ``/l.html`` is fetched at depth 3 before ``/a.html``
(depth 1), which links it too. ``/t.html`` is linked from ``/l.html`` only: depth 3 by ``/`` →
``/a.html`` → ``/l.html`` → ``/t.html``, within the limit, so it must be fetched; ``/u.html``,
linked from ``/t.html`` only, is at depth 4 by any path and must not be.
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

import pytest
from crawl_server import run_crawl_process
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.depth import ShortestDepthMiddleware

COURSE, PLAIN = "课程报名", "资讯"  # a link's anchor: course links are fetched first
WEB = {
    "/": [("/a.html", PLAIN), ("/d0.html", COURSE), ("/b.html", COURSE)],
    "/a.html": [("/l.html", PLAIN)],
    "/b.html": [("/d1.html", COURSE), ("/c.html", COURSE)],
    "/c.html": [("/d2.html", COURSE), ("/l.html", COURSE)],
    "/l.html": [("/t.html", PLAIN)],
    "/t.html": [("/u.html", PLAIN)],  # depth 4 by any path: past the limit
    **{path: [] for path in ("/d0.html", "/d1.html", "/d2.html", "/u.html")},
}


def page(path: str) -> bytes:
    links = "".join(f'<li><a href="{href}">{anchor}</a></li>' for href, anchor in WEB[path])
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>栏目</title></head>'
            f"<body><h1>栏目</h1><ul>{links}</ul></body></html>").encode()


@pytest.fixture
def web() -> Iterator[tuple[str, list[str]]]:
    fetched: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            fetched.append(self.path)
            body = page(self.path) if self.path in WEB else b"not found"
            self.send_response(200 if self.path in WEB else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", fetched
    server.shutdown()
    server.server_close()


def test_a_page_within_the_depth_limit_by_its_shortest_path_is_fetched(
    web: tuple[str, list[str]], sqlite_url: str, tmp_path: Path
) -> None:
    base, fetched = web
    done = run_crawl_process(sqlite_url, tmp_path, base + "/", "--allow-private-hosts",
                             settings={"DEPTH_LIMIT": 3, "CONCURRENT_REQUESTS": 1,
                                       "CONCURRENT_REQUESTS_PER_DOMAIN": 1}, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    # the deep path was taken first (newest request first), so the limit was met on it
    assert fetched.index("/l.html") < fetched.index("/a.html"), fetched
    assert sorted(p for p in fetched if p != "/robots.txt") == sorted(set(WEB) - {"/u.html"}), (
        fetched)


def read(middleware: ShortestDepthMiddleware, url: str, depth: int, links: list[str]) -> list[str]:
    """What the middleware lets out of a page fetched at ``depth`` linking ``links``."""
    request = Request(url, meta={"depth": depth})
    response = HtmlResponse(url, body=b"<html></html>", request=request)
    out = middleware.process_spider_output(response, [Request(link) for link in links])
    return [f"{r.url} {r.meta['depth']}" for r in out]


def test_a_shorter_path_found_later_flows_through_the_pages_read_to_a_held_link() -> None:
    middleware = ShortestDepthMiddleware.from_crawler(get_crawler(Spider, {"DEPTH_LIMIT": 3}))
    assert read(middleware, "http://a.cn/w", 2, ["http://a.cn/x"]) == ["http://a.cn/x 3"]
    assert read(middleware, "http://a.cn/x", 3, ["http://a.cn/y"]) == []  # held: depth 4
    assert read(middleware, "http://a.cn/z", 3, ["http://a.cn/y"]) == []  # still 4
    # /a at depth 0 links /w: /w is at 1, so /x at 2 and /y at 3, within the limit
    assert read(middleware, "http://a.cn/", 0, ["http://a.cn/w"]) == [
        "http://a.cn/w 1", "http://a.cn/y 3"]
    # /y is let out once; a link as long as the shortest known goes on (the duplicate
    # filter drops it), a longer one past the limit does not
    assert read(middleware, "http://a.cn/b", 2, ["http://a.cn/y", "http://a.cn/w"]) == [
        "http://a.cn/y 3", "http://a.cn/w 3"]
    assert read(middleware, "http://a.cn/c", 3, ["http://a.cn/y"]) == []
