"""Pure extraction: HTML (already decoded) in, ``OfferFacts`` out. No network, no store.

Modules, one job each: ``text`` (main-content sentences, tables, struck-out marks, metadata),
``offer`` (offer or not), ``fees``, ``levels``, ``issuers``, ``provider``, ``links`` (verification
URLs, contacts, dates, region, canonical), ``claims`` (claim phrases and stance), and ``page``
(the glue).
"""

from __future__ import annotations

from facts.contract import OfferFacts


def extract_facts(html: str, url: str) -> OfferFacts:
    """All the facts of one page (see ``crawler.extract.page.extract_page``)."""
    from crawler.extract.page import extract_page

    return extract_page(html, url)
