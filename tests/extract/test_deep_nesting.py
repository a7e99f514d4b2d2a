"""Offers hidden by structure: extraction survives any nesting depth and says what it lost.

libxml2 stops building the tree at 2,048 open elements and drops the rest of the page;
Python's recursion limit (1,000) stopped the old recursive text walker much earlier; a
JSON-LD block nested past the recursion limit cannot be read by ``json``; extruct takes
minutes over microdata nested a few hundred items deep.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_facts
from crawler.extract.html_tree import FLAT_DEPTH, PARSER_DEPTH, flatten, parse_page
from crawler.extract.page import read_page
from crawler.extract.text import page_text, parse_html

URL = "http://ads.example.com/course/ai-trainer.html"
OFFER = """<h1>人工智能训练师（三级）考证班</h1>
<p>人工智能训练师三级考证班火热招生，考试合格后由杭州数智职业技能评价有限公司颁发职业技能等级证书。</p>
<p>报名费：<del>¥5800</del> ¥2980，包教包会。</p>
<p>咨询电话：0571-88886666，微信号：zhixue2026</p>
<p><a class="btn" href="/signup">立即报名</a></p>"""


def page(depth: int, body: str = OFFER, tag: str = "div", after: str = "") -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<title>人工智能训练师三级考证班 - 智学教育</title></head><body>"
            + f"<{tag}>" * depth + body + f"</{tag}>" * depth + after + "</body></html>")


def assert_offer(facts_depth: int, **kwargs: str) -> list[str]:
    facts, _features = read_page(page(facts_depth, **kwargs), URL)
    assert facts.is_offer, facts.offer_evidence
    assert [(f.amount_min, f.amount_max) for f in facts.fees] == [(2980.0, 2980.0)]
    assert [i.name for i in facts.issuers] == ["杭州数智职业技能评价有限公司"]
    assert 3 in facts.levels
    assert facts.contacts.get("phone") or facts.contacts.get("wechat")
    return facts.warnings


@pytest.mark.parametrize("depth", [0, 500, 1500, 2000])
def test_an_offer_the_tree_parser_holds_is_read_whole_and_without_warning(depth: int) -> None:
    assert assert_offer(depth) == []


@pytest.mark.parametrize("depth", [1500, 2040])
def test_the_text_walker_keeps_structure_past_the_recursion_limit(depth: int) -> None:
    """Past ~1,000 levels the old recursive walker fell back to plain text: the link line
    "立即报名" became a sentence and the struck-out price lost its marks."""
    text = page_text(parse_html(page(depth)))
    assert "立即报名" in text.link_lines and "立即报名" not in text.sentences
    assert any("⟦¥5800⟧" in s for s in text.marked)
    assert text.h1 == "人工智能训练师（三级）考证班"


@pytest.mark.parametrize("depth", [2100, 3000, 10_000])
def test_an_offer_nested_past_the_parser_limit_is_still_read_and_warned(depth: int) -> None:
    warnings = assert_offer(depth)
    assert len(warnings) == 1 and f"stops at {PARSER_DEPTH}" in warnings[0], warnings


@pytest.mark.parametrize("tag", ["span", "section", "font", "blockquote", "article"])
def test_any_wrapper_tag_nested_10000_deep(tag: str) -> None:
    assert len(assert_offer(10_000, tag=tag)) == 1


def test_an_offer_in_nested_layout_tables() -> None:
    html = ("<html><head><title>人工智能训练师三级考证班</title></head><body>"
            + "<table><tr><td>" * 1000 + OFFER + "</td></tr></table>" * 1000 + "</body></html>")
    facts, _ = read_page(html, URL)
    assert facts.is_offer and facts.fee_min == 2980.0 and facts.warnings


def test_what_follows_a_too_deep_block_is_kept() -> None:
    html = page(5000, body="<p>深层的说明文字。</p>", after=OFFER)
    facts, _ = read_page(html, URL)
    assert facts.is_offer and [f.amount_min for f in facts.fees] == [2980.0]
    assert "深层的说明文字。" in facts.sentences
    assert facts.warnings


def test_the_fallback_keeps_struck_prices_links_and_scripts_out_of_the_text() -> None:
    deep = ("<div>" * 4000 + "<p>原价<del>5800元</del>，现价2980元</p>"
            "<script>var price = '9999元';</script><a href='/buy'>购买</a>" + "</div>" * 4000)
    tree, warnings = parse_page(f"<html><body>{deep}</body></html>")
    text = page_text(tree)
    assert "原价⟦5800元⟧，现价2980元" in text.marked
    assert ("/buy", "购买") in text.links
    assert not any("9999" in s for s in text.sentences)
    assert warnings


def test_flatten_bounds_depth_and_keeps_text() -> None:
    flat, deepest = flatten("<div>" * 3000 + "a &amp; <b>b</b>" + "</div>" * 3000)
    assert deepest == 3001  # the <b> inside the deepest <div>
    assert flat.count("<div>") == FLAT_DEPTH - 1  # the outer 200, the inner 799 (and the <b>)
    tree = parse_html(flat)
    assert "".join(tree.itertext()).strip() == "a & b"
    assert max(sum(1 for _ in el.iterancestors()) for el in tree.iter()) < PARSER_DEPTH


def test_the_crawl_pipeline_entry_point_reads_a_deep_offer() -> None:
    facts = extract_facts(page(8000), URL)
    assert facts.is_offer and facts.fee_min == 2980.0 and facts.warnings


# --- structured data ------------------------------------------------------------------------

def _with_jsonld(block: str) -> str:
    return page(0).replace("</head>", f'<script type="application/ld+json">{block}</script></head>')


@pytest.mark.parametrize("block", [
    '{"a":' * 5000 + "1" + "}" * 5000,
    "[" * 5000 + "]" * 5000,
])
def test_a_json_ld_block_nested_5000_deep_is_skipped_with_a_warning(block: str) -> None:
    facts, _ = read_page(_with_jsonld(block), URL)
    assert facts.is_offer and facts.fee_min == 2980.0
    assert facts.warnings == ["JSON-LD block 1 nested too deep: skipped"]


def test_an_unreadable_json_ld_block_is_named_and_the_good_ones_read() -> None:
    html = _with_jsonld('{"@type": "Course", "name": "x"}').replace(
        "</head>", '<script type="application/ld+json">{oops</script></head>')
    facts, _ = read_page(html, URL)
    assert facts.warnings == ["JSON-LD block 2 not valid JSON: skipped"]


def test_deeply_nested_microdata_is_skipped_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """extruct's cost grows with the cube of the nesting (400 levels: a minute): not called."""
    from extruct.w3cmicrodata import MicrodataExtractor

    def refuse(*_args: object) -> None:
        raise AssertionError("extruct called on microdata nested 40 deep")

    monkeypatch.setattr(MicrodataExtractor, "extract_items", refuse)
    nested = ('<div itemscope itemtype="https://schema.org/Thing"><div itemprop="x" itemscope>'
              * 20 + '<span itemprop="price">2980</span>' + "</div></div>" * 20)
    facts, _ = read_page(page(0, body=nested + OFFER), URL)
    assert facts.is_offer and facts.fee_min == 2980.0
    assert facts.warnings == ["microdata items nested over 32 deep: skipped"]


def test_warnings_round_trip_through_the_facts_json() -> None:
    from facts.contract import OfferFacts

    facts = extract_facts(page(3000), URL)
    assert OfferFacts.from_dict(facts.to_dict()).warnings == facts.warnings


def test_when_the_tree_parser_gives_up_the_text_is_still_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml import etree

    from crawler.extract import html_tree

    real = html_tree._parse
    calls: list[str] = []

    def gives_up_once(html: str) -> tuple[etree._Element | None, bool]:
        calls.append(html)
        if len(calls) == 1:
            raise etree.ParserError("Document is empty")
        return real(html)

    monkeypatch.setattr(html_tree, "_parse", gives_up_once)
    facts, _ = read_page(page(0), URL)
    assert facts.is_offer and 2980.0 in [f.amount_min for f in facts.fees]
    assert "报名费：¥5800 ¥2980，包教包会。" in facts.sentences  # text, not structure
    assert facts.warnings == ["tree parser failed (Document is empty): read as plain text"]


def test_an_app_shell_whose_state_is_nested_too_deep_says_so() -> None:
    deep = "[" * 5000 + "]" * 5000
    html = ("<html><head><title>人工智能训练师</title></head><body><div id='app'></div>"
            f'<script id="__NEXT_DATA__" type="application/json">{deep}</script>'
            f"<script>window.__NUXT__ = {deep};</script></body></html>")
    facts, _ = read_page(html, URL)
    assert facts.warnings == ["app state __NEXT_DATA__ nested too deep: skipped",
                              "app state __NUXT__ nested too deep: skipped"]


def test_the_crawl_pipeline_hands_on_the_warnings() -> None:
    from crawler.extraction import extract_item_facts

    facts = extract_item_facts(page(3000), URL, {"title": ["h1"]})
    assert facts.is_offer and facts.fee_min == 2980.0 and len(facts.warnings) == 1
