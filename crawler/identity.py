"""Which listing is this offer page? Identity by URL, then by content.

1. The page's own URL, canonical form (``facts.urls.canonical_url``: tracking parameters
   anyone knows, fragments, order) minus the parameters this host has shown to change
   nothing (``host_params``, learned below).
2. ``rel=canonical`` counts only when the content agrees: the named page, already
   fetched, showed the same main text (equal ``content_digest``). A page that names an
   honest page as its canonical but says something else keeps its own listing and flags.
3. A page of the same site showing the same main text as a listed page is that listing
   (a mobile mirror, a print view, a URL variant with a parameter no list knows). When the
   two URLs share a path and differ only in query parameters, those parameters are learned
   for the host (DUST: different URLs, same text); nothing is fetched to learn.

Listings that later turn out to be one (rules changed, a merge across runs) are merged by
``crawler.listing_merge``: the old ids resolve through ``listing_aliases``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.extract.digest import sketch_similarity
from crawler.urls import canonicalize, listing_key
from facts.contract import OfferFacts
from facts.urls import (
    hostname,
    path_of,
    query_params,
    registrable_domain,
    same_site,
    without_params,
)
from store.models import HostParam, Listing, Observation, Page

# near duplicates: estimated Jaccard of sentence sets, alone or with equal fees and levels
NEAR_SAME = 0.85
NEAR_SAME_FACTS = 0.5
NEAR_CANDIDATES = 200


@dataclass(frozen=True)
class Identity:
    """The listing an offer page belongs to, and how that was decided."""

    canonical_url: str
    listing: Listing | None  # None: a new listing at ``canonical_url``
    copy: bool  # the page is another URL of an existing listing: seen, facts not taken
    how: str


def learned_params(session: Session, url: str) -> set[str]:
    """The query parameters learned to change nothing on ``url``'s host."""
    host = hostname(url)
    return set(session.scalars(select(HostParam.param).where(HostParam.host == host)))


def own_url(session: Session, url: str) -> str:
    """``url`` in canonical form without the parameters its host has shown to be inert."""
    canonical = canonicalize(url)
    inert = learned_params(session, canonical) & set(query_params(canonical))
    return without_params(canonical, inert) if inert else canonical


def _listing_at(session: Session, url: str) -> Listing | None:
    return session.scalars(
        select(Listing).where(Listing.listing_key == listing_key(url))
    ).one_or_none()


def _page_digest(session: Session, url: str) -> str | None:
    """The content digest of the newest fetched page at canonical ``url``, if any."""
    return session.scalars(
        select(Page.content_digest).where(Page.final_url == url, Page.content_digest.is_not(None))
        .order_by(Page.id.desc()).limit(1)
    ).first()


def site_of(url: str) -> str:
    """The site a URL belongs to (its registrable domain; the host for IPs and localhost)."""
    return registrable_domain(hostname(url)) or hostname(url)


def _facts_agree(listing: Listing, facts: OfferFacts) -> bool:
    return ((listing.fee_min, listing.fee_max) == (facts.fee_min, facts.fee_max)
            and sorted(listing.levels or []) == sorted(set(facts.levels)))


def same_content_listing(session: Session, url: str, facts: OfferFacts) -> Listing | None:
    """A current listing of the same site whose page showed the same main text.

    Equal digests first; else a near duplicate by MinHash (a print view, a mobile page that
    drops or adds a few lines) asking the same fees: nearly the same sentences, or most of
    them and the same levels.
    """
    if facts.content_digest:
        for listing in session.scalars(
            select(Listing).where(Listing.content_digest == facts.content_digest,
                                  Listing.retired_at.is_(None)).order_by(Listing.id)
        ):
            if same_site(listing.canonical_url, url):
                return listing
    if not facts.content_sketch:
        return None
    best: tuple[float, Listing] | None = None
    # candidates: the site's current listings asking the same fees (a mirror or a print view
    # states the offer's prices too); an indexed lookup, whatever the size of the store
    same_fees = [Listing.fee_min.is_(None)] if facts.fee_min is None else [
        Listing.fee_min == facts.fee_min, Listing.fee_max == facts.fee_max]
    for listing in session.scalars(
        select(Listing).where(Listing.site == site_of(url), *same_fees,
                              Listing.retired_at.is_(None), Listing.content_sketch.is_not(None))
        .order_by(Listing.last_seen.desc()).limit(NEAR_CANDIDATES)
    ):
        similarity = sketch_similarity(listing.content_sketch or [], facts.content_sketch)
        near = similarity >= NEAR_SAME or (similarity >= NEAR_SAME_FACTS
                                           and _facts_agree(listing, facts))
        if near and (best is None or similarity > best[0]):
            best = (similarity, listing)
    return best[1] if best else None


def learn_inert_params(session: Session, url_a: str, url_b: str) -> list[str]:
    """Record the parameters two same-content URLs of one path differ in (DUST rules)."""
    if hostname(url_a) != hostname(url_b) or path_of(url_a) != path_of(url_b):
        return []
    a, b = query_params(url_a), query_params(url_b)
    differing = sorted({k for k in a.keys() | b.keys() if a.get(k) != b.get(k)})
    host = hostname(url_a)
    for param in differing[:10]:
        if session.get(HostParam, (host, param[:100])) is None:
            session.add(HostParam(host=host, param=param[:100],
                                  evidence=f"{url_a} and {url_b} show the same main text"))
    return differing


def _named_canonical(session: Session, listing: Listing) -> str | None:
    """The rel=canonical the listing's latest observed page named, in canonical form."""
    facts = session.scalars(
        select(Observation.facts).where(Observation.listing_id == listing.id)
        .order_by(Observation.id.desc()).limit(1)
    ).first()
    named = facts.get("canonical_url") if isinstance(facts, dict) else None
    return canonicalize(named) if isinstance(named, str) and named else None


def identify(session: Session, page_url: str, facts: OfferFacts) -> Identity:
    """The listing ``facts`` (the offer read at ``page_url``) belongs to."""
    own = own_url(session, page_url)
    digest = facts.content_digest
    named = canonicalize(facts.canonical_url) if facts.canonical_url else None
    if named and named != own and same_site(named, own):
        target = _listing_at(session, named)
        target_digest = target.content_digest if target else _page_digest(session, named)
        if digest and target_digest == digest:
            return Identity(named, target, target is not None, "rel=canonical, same content")
    listing = _listing_at(session, own)
    if listing is not None:
        return Identity(own, listing, False, "same URL")
    twin = same_content_listing(session, own, facts)
    if twin is not None:
        learn_inert_params(session, twin.canonical_url, own)
        if _named_canonical(session, twin) == own or (
            path_of(twin.canonical_url) == path_of(own)
            and len(query_params(own)) < len(query_params(twin.canonical_url))
        ):  # the page the copy named canonical, or the cleaner URL, stands for it from now on
            twin.canonical_url, twin.listing_key = own, listing_key(own)
            return Identity(own, twin, False, "the canonical URL of a listed copy")
        return Identity(twin.canonical_url, twin, True, "same content on the same site")
    return Identity(own, None, False, "new")
