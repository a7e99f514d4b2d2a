"""List the pages of a listed seller that do not read as offers on their own.

Extraction keeps the facts of a page that sells and gives a seller's contact but is not
read as an offer (``crawler.extract.seller_pages``: a caption or a group notice that never
names the occupation, a post among related links, a job post that enrols). Such a page is its
seller's ad when a listed offer on another site gives the same contact and that contact
ties them as ``linking`` would: not a marketplace's desk, a hotline or a template's number
shared by many sellers. It is listed then, its reasons saying which contact and which
listing. On the seller's own site it is not: the site's frame repeats the contact on every
page (its home, contact, sign-up and FAQ pages), and those are told apart by their own text.

Only the captures of one run are weighed (or all captures, ``run_id=None``); a page whose
seller is listed later is weighed again when it is fetched again with new content.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from certwatch.operators.linking import Mention, site_for_linking, ties
from certwatch.operators.store import load_mentions
from crawler.identity import site_of
from crawler.listings import upsert_listing
from facts.contacts import SELLER_KINDS
from facts.contract import OfferFacts
from store.db import session_scope
from store.models import Listing, Page


def list_sellers_pages(engine: Engine, run_id: int | None = None) -> list[int]:
    """List the waiting seller's pages (of ``run_id``, or all) whose contact ties them to a
    listed offer; the ids of their listings. One transaction."""
    with session_scope(engine) as session:
        return _list_in(session, run_id)


def _list_in(session: Session, run_id: int | None) -> list[int]:
    query = select(Page).where(Page.seller_facts.is_not(None), Page.is_offer.is_(False),
                               Page.error.is_(None))
    if run_id is not None:
        query = query.where(Page.run_id == run_id)
    waiting = {page.id: page for page in session.scalars(query)}
    if not waiting:
        return []
    facts = {pid: OfferFacts.from_dict(page.seller_facts or {}) for pid, page in waiting.items()}
    listed = load_mentions(session)
    # each waiting page as a listing of its own (negative ids), with the contacts a seller gives
    candidates = [
        Mention(-pid, m.kind, m.value, m.place, facts[pid].provider,
                site_for_linking(site_of(page.final_url), page.final_url), m.evidence)
        for pid, page in waiting.items() for m in facts[pid].identifiers if m.kind in SELLER_KINDS
    ]
    site_of_listing = {m.listing_id: m.site for m in [*listed, *candidates]}
    listed_ids: list[int] = []
    for tie in ties([*listed, *candidates]):
        for pid in (-lid for lid in tie.listing_ids if lid < 0):
            page = waiting.get(pid)
            # (a seller's offer on another site: its contact given away from its own site's
            # frame, which every page of that site repeats, its contact and about pages too)
            sellers = [lid for lid in tie.listing_ids
                       if lid > 0 and site_of_listing[lid] != site_of_listing[-pid]]
            if page is None or page.is_offer or not sellers:
                continue
            seller = session.get(Listing, sellers[0])
            because = (f"offer (a listed seller's page): it gives {tie.kind} {tie.value}, as the "
                       f"listed offer {seller.url if seller else sellers[0]} does; read alone: "
                       f"{facts[pid].offer_evidence}")
            listed_facts = replace(facts[pid], is_offer=True, page_type="offer",
                                   offer_evidence=because, sellers_page=False)
            page.is_offer, page.page_type = True, "offer"
            page.page_reasons = because[:2000]
            stored = upsert_listing(session, page, listed_facts, page.source, page.run_id)
            listed_ids.extend([stored.listing_id] if stored.listing_id is not None else [])
    return listed_ids
