"""Focused crawling's rules as pure functions: relevance, path patterns, traps, the report."""

from __future__ import annotations

import pytest
from scrapy import Request

from crawler.focus import (
    FocusLimits,
    is_trap,
    link_priority,
    may_fetch,
    next_hops,
    path_pattern,
    probe_priority,
    score_link,
    summarize,
    text_relevance,
    url_relevance,
)
from crawler.focus_run import LINK_RELEVANT, PROBE, Focus, LocalCounts, describe_focus, focus_stats


@pytest.mark.parametrize(
    ("text", "relevance"),
    [
        ("人工智能训练师三级报名", 4),  # the occupation and a course word
        ("AI 训练师", 3),  # blanks do not hide a cue
        ("數據標註員", 3),  # traditional characters
        ("职业技能等级证书培训", 1),
        ("Course catalogue", 1),
        ("友情链接", 0),
        ("更多精彩 12", 0),
        ("", 0),
    ],
)
def test_text_relevance_counts_occupation_and_course_cues(text: str, relevance: int) -> None:
    assert text_relevance(text) == relevance


def test_url_words_count_in_pinyin_english_and_percent_encoded_chinese() -> None:
    assert url_relevance("http://a.cn/rengongzhineng-xunlianshi/baoming.html") == 4
    assert url_relevance("http://a.cn/ai-trainer/") == 3
    assert url_relevance("http://a.cn/%E8%AF%81%E4%B9%A6/list.html") == 1  # /证书/
    assert url_relevance("http://a.cn/t/9f3ab2c7d1.html") == 0
    assert url_relevance("http://certificates.example/") == 0  # the host is not a URL word


def test_relevant_anchor_outranks_url_words_and_the_linking_page() -> None:
    farm = link_priority("http://a.cn/t/9f3ab2c7d1.html", "更多精彩 3")
    from_relevant_page = link_priority("http://a.cn/t/9f3ab2c7d1.html", "更多", page_relevance=4)
    by_url = link_priority("http://a.cn/kecheng/12.html", "详情")
    by_anchor = link_priority("http://a.cn/p/7310.html", "人工智能训练师三级报名")
    assert farm == 0 < from_relevant_page < by_url < by_anchor
    assert score_link("http://a.cn/p/1.html", "人工智能训练师").relevant
    assert not score_link("http://a.cn/p/1.html", "更多", page_relevance=4).relevant


def test_off_topic_hops_restart_at_relevant_links_and_pages() -> None:
    assert next_hops(link_relevant=True, page_relevance=0, parent_hops=7) == 0
    assert next_hops(link_relevant=False, page_relevance=3, parent_hops=7) == 1
    assert next_hops(link_relevant=False, page_relevance=0, parent_hops=7) == 8


@pytest.mark.parametrize(
    ("url", "pattern"),
    [
        ("http://a.cn/t/9f3ab2c7d1.html?s=2", "a.cn/t/{id}.html"),  # hash token, query dropped
        ("http://a.cn/t/k3x9q2m7zp.html", "a.cn/t/{id}.html"),  # letters and digits mixed
        # a farm's hex token that happens to be all digits stays in its siblings' pattern
        # (else each such token opens a fresh budget for the farm)
        ("http://a.cn/t/4821907736.html", "a.cn/t/{id}.html"),
        ("http://a.cn/news/2024/05/12345.html", "a.cn/news/{n}/{n}/{n}.html"),
        ("http://a.cn/list_12.html", "a.cn/list_{n}.html"),
        ("http://a.cn/page2/", "a.cn/page{n}/"),
        ("http://A.cn:8080/s/" + "x" * 24, "a.cn:8080/s/{id}"),  # a long token
        ("http://a.cn/courses/ai-trainer-3.html", "a.cn/courses/ai-trainer-{n}.html"),
        ("http://a.cn/%E8%AF%BE%E7%A8%8B/", "a.cn/课程/"),
        ("http://a.cn", "a.cn/"),
    ],
)
def test_path_pattern_generalizes_numbers_and_tokens(url: str, pattern: str) -> None:
    assert path_pattern(url) == pattern


def test_a_pattern_is_a_trap_when_many_pages_and_few_relevant_then_gets_a_small_budget() -> None:
    limits = FocusLimits(trap_pages=20, relevant_share=0.1, trap_budget=10)
    assert not is_trap(19, 0, limits)  # too few pages to judge
    assert is_trap(20, 1, limits) and not is_trap(20, 2, limits)  # 10% relevant is enough
    assert may_fetch(29, 0, limits) and not may_fetch(30, 0, limits)  # the budget: 10 more
    assert may_fetch(500, 60, limits)  # an honest catalogue is never cut


def test_probes_come_after_ordinary_links_deepest_first() -> None:
    limits = FocusLimits(max_hops=8)
    assert [probe_priority(h, limits) for h in (1, 5, 8)] == [-8, -4, -1]
    assert probe_priority(8, limits) < link_priority("http://a.cn/t/9f3ab2c7d1.html", "更多")


def farm_request(n: int) -> Request:
    return Request(f"http://a.cn/t/{n:04d}ab{n:04d}.html")


def test_a_trap_is_probed_one_chain_deep_within_its_budget_then_cut() -> None:
    limits = FocusLimits(trap_pages=3, relevant_share=0.5, trap_budget=2, max_hops=8)
    focus = Focus(limits, LocalCounts())
    farm = "a.cn/t/{id}.html"
    for n in range(3):  # three farm pages let through and fetched: none relevant
        assert focus.admit(farm_request(n))
        focus.counts.record(farm, relevant=False)
    # a trap now: of a page's links into it, only the first is queued, as a probe
    probed: set[str] = set()
    first, second = farm_request(10), farm_request(11)
    assert focus.follow(first, hops=4, probed=probed) and first.meta[PROBE]
    assert first.priority == probe_priority(4, limits)
    assert not focus.follow(second, hops=4, probed=probed)
    honest = Request("http://a.cn/t/7310ab7310.html", priority=16, meta={LINK_RELEVANT: True})
    assert focus.follow(honest, hops=0, probed=probed)  # a relevant link: a probe all the same
    assert honest.meta[PROBE] and honest.priority == 16  # keeping its priority
    # requests queued before it was judged are cut; one probe goes out at a time
    assert not focus.admit(farm_request(12))
    assert focus.admit(first)
    other = farm_request(13)
    other.meta[PROBE] = True
    assert not focus.admit(other)  # the first probe is still in flight
    focus.release(first)
    focus.counts.record(farm, relevant=False)
    assert focus.admit(other)  # the second probe: the budget (2) is spent
    focus.release(other)
    last = farm_request(14)
    assert not focus.follow(last, hops=6, probed=set())
    assert focus.admit(Request("http://a.cn/course/99.html"))  # other patterns go on
    focus.drop_far()
    report = focus.report()
    assert report == {"trap_patterns": {farm: {"pages": 4, "relevant": 0, "cut": 4}},
                      "requests_cut": 4, "links_too_far": 1}
    stats = focus_stats([report, None])
    line = describe_focus(stats)
    assert line is not None and "4 requests cut" in line and farm in line
    assert describe_focus(focus_stats([summarize({}, 0)])) is None


def test_focus_can_be_turned_off() -> None:
    focus = Focus(FocusLimits(trap_pages=1, trap_budget=0), LocalCounts(), enabled=False)
    focus.counts.admit("a.cn/t/{id}.html")
    focus.counts.record("a.cn/t/{id}.html", relevant=False)
    assert focus.admit(farm_request(1))
    assert focus.follow(farm_request(2), hops=1, probed=set())
