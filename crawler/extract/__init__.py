"""Pure extraction: HTML (already decoded) in, ``OfferFacts`` out. No network, no store."""

from __future__ import annotations

from crawler.items import OfferFacts


def extract_facts(html: str, url: str) -> OfferFacts:
    """All the facts of one page (placeholder until ``crawler.extract.page`` lands)."""
    from crawler.extract.page import extract_page

    return extract_page(html, url)
