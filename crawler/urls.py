"""Canonical URLs: one listing per offer, whatever tracking parameters a link carried.

Pure functions; no network.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that say where a visitor came from, not which page it is. Ads are shared
# through WeChat, Baidu, Taobao (spm) and newsletters; each adds its own.
TRACKING_PARAMS = frozenset(
    {
        "from", "spm", "source", "share", "fbclid", "gclid", "msclkid", "yclid", "bd_vid",
        "track", "ref", "ref_src", "scene", "isappinstalled", "wxfrom", "share_token",
        "sharer", "shareid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "share_")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Second-level labels under which the registrable name has three labels (a.com.cn).
_SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "ac", "co"}


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def site_of(host: str) -> str:
    """The registrable part of a host name (``m.example.com.cn`` -> ``example.com.cn``)."""
    labels = host.lower().rstrip(".").split(".")
    if re.fullmatch(r"[\d.]+", host) or len(labels) <= 2:
        return host.lower()
    if labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def same_site(url_a: str, url_b: str) -> bool:
    host_a, host_b = urlsplit(url_a).hostname or "", urlsplit(url_b).hostname or ""
    return bool(host_a) and site_of(host_a) == site_of(host_b)


def canonicalize(url: str, rel_canonical: str | None = None) -> str:
    """The one URL that stands for the page at ``url``.

    Lower-cases scheme and host, drops default ports, fragments and tracking parameters
    (utm_*, from, spm, ...), sorts the remaining parameters and normalizes percent-escapes.
    A ``rel=canonical`` URL on the same site wins over ``url``; one on another site is
    ignored (a page cannot claim to be someone else's listing).
    """
    if (
        rel_canonical
        and rel_canonical.startswith(("http://", "https://"))
        and same_site(url, rel_canonical)
    ):
        url = rel_canonical
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]  # fmt: skip
    rebuilt = urlunsplit((scheme, netloc, parts.path or "/", urlencode(sorted(query)), ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


def listing_key(canonical_url: str) -> str:
    """The stable identifier of a listing: sha1 of its canonical URL (40 hex digits)."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()
