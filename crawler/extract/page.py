"""One page in, its facts out: the glue over the single-purpose extractors (pure, no network)."""

from __future__ import annotations

import re
from typing import Any

from crawler.extract.claims import page_claims
from crawler.extract.fees import dedupe_fees, extract_fees, fees_in_structured
from crawler.extract.issuers import extract_issuers
from crawler.extract.links import (
    canonical_url,
    extract_contacts,
    extract_region,
    published_date,
    verification_urls,
)
from crawler.extract.offer import detect_offer, stated_as_paid
from crawler.extract.provider import extract_provider
from crawler.extract.text import PageText, page_text, parse_html, text_content
from facts.contract import Fee, OfferFacts
from facts.levels import extract_levels
from facts.structured import microdata_items


def page_title(page: PageText) -> str:
    """og:title, else <title>, else the first h1."""
    return (page.meta.get("og:title") or page.title or page.h1 or "").strip()


# any spelling of the occupation in raw HTML, simplified or traditional (a C-speed pre-check)
_RAW_OCCUPATION = re.compile(
    r"训练师|訓練師|标注员|標註員|標注員|标注师|標註師|算法测试员|算法測試員|AI\s*trainer|"
    r"artificial intelligence trainer|4-04-05-05|&#\d+;",
    re.I,
)


def _unrelated_page(tree: Any, url: str) -> OfferFacts:
    """Facts of a page that never names the occupation: title and canonical only."""
    title_el = tree.find(".//title")
    title = " ".join(text_content(title_el).split()) if title_el is not None else ""
    canonical = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = canonical_url(link.get("href"), url)
            break
    return OfferFacts(url=url, title=title, is_offer=False,
                      offer_evidence="does not name the AI-trainer occupation",
                      canonical_url=canonical)


def _with_structured(fees: list[Fee], structured: list[Fee]) -> list[Fee]:
    """Text fees plus the structured-data prices the text does not already state."""
    stated = {(f.amount_min, f.amount_max) for f in fees}
    return [*fees, *(f for f in dedupe_fees(structured)
                     if (f.amount_min, f.amount_max) not in stated)]


def extract_page(html: str, url: str) -> OfferFacts:
    """All the facts of one page: offer decision, issuers, levels, fees, links, claims.

    Pages that never name the occupation (most of the open web) take a fast path.
    """
    if not isinstance(url, str):
        raise TypeError(f"extract_page: url must be a str, got {type(url).__name__}")
    tree = parse_html(html)
    if not _RAW_OCCUPATION.search(html):
        return _unrelated_page(tree, url)
    page = page_text(tree)
    sentences = page.sentences
    title = page_title(page)
    microdata = microdata_items(tree, url) if page.has_microdata else []

    title_lines = [title] if title and title != page.h1 else []
    fees = extract_fees([*title_lines, *page.marked], page.tables,
                        {i + len(title_lines) for i in page.table_rows})
    if page.options:  # an enrolment form that prices its choices: "三级/高级工 — 3580元"
        fees = dedupe_fees([*fees, *extract_fees(page.options)])
    if page.jsonld or microdata:  # schema.org offers: a price may be stated only there
        fees = _with_structured(fees, fees_in_structured([*page.jsonld, *microdata]))
    main_contacts = extract_contacts(sentences)
    contacts = extract_contacts([*sentences, *page.boilerplate, *page.side], page.links)
    heading = [t for t in (page.title, page.h1) if t]
    is_offer, evidence = detect_offer(
        title if title == page.h1 or not page.h1 else f"{title} {page.h1}",
        sentences,
        cta_texts=page.link_lines,
        # a price the writer says was paid (总共交了2300元) sells nothing
        has_fee=any(not stated_as_paid(f.evidence) for f in fees),
        has_contact=bool(main_contacts),
        fee_texts=[f.evidence for f in fees],
    )
    if is_offer and not fees and page.side:  # a price box in the sidebar of an offer page
        fees = extract_fees(page.side)
    issuers = extract_issuers([*title_lines, *sentences], page.tables, page.jsonld, microdata,
                              page.alts)
    provider = extract_provider(jsonld=page.jsonld, meta=page.meta, sentences=sentences,
                                bylines=page.bylines, boilerplate=page.boilerplate,
                                title=page.title)
    return OfferFacts(
        url=url,
        title=title,
        is_offer=is_offer,
        offer_evidence=evidence,
        provider=provider,
        issuers=issuers,
        levels=extract_levels([*heading, *sentences, *page.options]),
        fees=fees,
        # a "查询：<a>domain</a>" line is mostly link text, so it sits among the link lines
        verification_urls=verification_urls([*sentences, *page.link_lines], page.links, url),
        claims=page_claims(sentences, title_lines),
        contacts=contacts,
        published=published_date(meta=page.meta, jsonld=page.jsonld, times=page.times,
                                  texts=[*sentences[:30], *page.boilerplate]),
        canonical_url=canonical_url(page.canonical, url),
        region=extract_region(title, sentences, page.boilerplate),
        sentences=sentences,
    )
