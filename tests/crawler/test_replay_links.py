"""Replayed links already scheduled are left out only where focused crawling would not notice."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.depth import ShortestDepthMiddleware
from crawler.focus import path_pattern
from crawler.focus_run import HOPS, LINK_RELEVANT, RELEVANCE, Focus
from crawler.outlinks import Outlinks, ReplayedLinks, pack, unpack
from crawler.revisit.replay import ReplaySpiderMiddleware


def build(url: str, priority: int, relevant: bool) -> Request:
    return Request(url, priority=priority, meta={LINK_RELEVANT: True} if relevant else None)


def replay(links: list[tuple[str, int, bool]], hops: int = 0,
           settings: dict[str, object] | None = None, depth: int = 0) -> tuple[list[Request], Focus]:
    """The requests made of ``links`` replayed by a page at ``depth``, after the start page
    (depth 0) linked /1.html and /cal/1.html and both reached the scheduler."""
    crawler = get_crawler(Spider, {"DEPTH_LIMIT": 20, **(settings or {})})
    middleware = ReplaySpiderMiddleware.from_crawler(crawler)
    depths = ShortestDepthMiddleware.from_crawler(crawler)
    focus = Focus.of(crawler)
    start = HtmlResponse("http://a.cn/", body=b"<html></html>", request=Request("http://a.cn/"))
    for request in depths.process_spider_output(start, [
            Request("http://a.cn/1.html"), Request("http://a.cn/cal/1.html")]):
        middleware.request_scheduled(request)
    middleware.request_scheduled(Request("http://a.cn/again.html", dont_filter=True))
    for _ in range(25):  # the calendar is a trap: 25 requests, none relevant
        focus.counts.admit(path_pattern("http://a.cn/cal/2.html"))
    page = Request("http://a.cn/page.html", meta={RELEVANCE: 0, HOPS: hops, "depth": depth})
    response = HtmlResponse(page.url, body=b"<html></html>", request=page)
    out = list(middleware.process_spider_output(
        response, [ReplayedLinks(tuple(links), build)]))
    return out, focus


def test_a_scheduled_link_is_left_out_an_unscheduled_one_goes_on_in_order() -> None:
    out, _ = replay([("http://a.cn/2.html", 3, False), ("http://a.cn/1.html", 5, True),
                     ("http://a.cn/again.html", 1, False), ("http://a.cn/3.html", 9, True)])
    assert [(r.url, r.priority, bool(r.meta.get(LINK_RELEVANT))) for r in out] == [
        ("http://a.cn/2.html", 3, False), ("http://a.cn/again.html", 1, False),
        ("http://a.cn/3.html", 9, True)]


def test_a_scheduled_link_focus_would_count_goes_on() -> None:
    # into a trap: focus cuts it or makes it the trap's probe
    out, _ = replay([("http://a.cn/cal/1.html", 0, True)])
    assert [r.url for r in out] == ["http://a.cn/cal/1.html"]
    # one off-topic hop too many: focus counts it as too far
    out, _ = replay([("http://a.cn/1.html", 0, False)], hops=8)
    assert [r.url for r in out] == ["http://a.cn/1.html"]
    # within the hop limit it is left out
    out, _ = replay([("http://a.cn/1.html", 0, False)], hops=7)
    assert out == []
    # focus off: only the duplicate filter would see it
    out, _ = replay([("http://a.cn/cal/1.html", 0, True)],
                    settings={"CERTWATCH_FOCUS_ENABLED": False})
    assert out == []


def test_a_scheduled_link_on_a_shorter_path_goes_on() -> None:
    # /1.html was linked at depth 1; a page at depth 0 replaying it is a shorter path, which
    # the depth limit must learn of (crawler.depth): the link goes on
    out, _ = replay([("http://a.cn/1.html", 0, False)], depth=0)
    assert out == []  # depth 1 again: no shorter
    crawler = get_crawler(Spider, {"DEPTH_LIMIT": 20})
    middleware = ReplaySpiderMiddleware.from_crawler(crawler)
    depths = ShortestDepthMiddleware.from_crawler(crawler)
    deep = Request("http://a.cn/deep.html", meta={"depth": 5})
    deep_page = HtmlResponse(deep.url, body=b"<html></html>", request=deep)
    for request in depths.process_spider_output(deep_page, [Request("http://a.cn/1.html")]):
        middleware.request_scheduled(request)  # /1.html at depth 6
    page = Request("http://a.cn/page.html", meta={RELEVANCE: 0, HOPS: 0, "depth": 1})
    response = HtmlResponse(page.url, body=b"<html></html>", request=page)
    out = list(middleware.process_spider_output(
        response, [ReplayedLinks((("http://a.cn/1.html", 0, False),), build)]))
    assert [r.url for r in out] == ["http://a.cn/1.html"]


def test_outlinks_pack_and_unpack() -> None:
    links = (("http://a.cn/课程?id=1", 17, True), ("http://a.cn/2.html", 0, False))
    outlinks = Outlinks("key", 3, links, 2)
    assert unpack(pack(outlinks), "key", 3, 7) == Outlinks("key", 3, links, 2, 7)
