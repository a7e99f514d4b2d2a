"""Listing identity: one listing per offer, whatever tracking parameters a link carried.

URL parsing itself lives in ``facts.urls`` (canonical form, hosts, sites); this module
keeps the listing key and the names the crawler has always imported from here.
Pure functions; no network.
"""

from __future__ import annotations

import hashlib

from facts.urls import (
    DEFAULT_PORTS,
    TRACKING_PARAMS,
    TRACKING_PREFIXES,
    canonical_url as canonicalize,
    is_tracking_param,
    registrable_domain as site_of,
    same_site,
)

__all__ = [
    "DEFAULT_PORTS",
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "canonicalize",
    "is_tracking_param",
    "listing_key",
    "same_site",
    "site_of",
]


def listing_key(canonical_url: str) -> str:
    """The stable identifier of a listing: sha1 of its canonical URL (40 hex digits)."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()
