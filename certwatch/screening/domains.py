"""Official certificate-query domains (DOMAIN.md §2.3, §3.5) and matching hosts against them.

A pattern is either an exact host (``osta.mohrss.gov.cn``, which also admits ``www.``) or
``*.suffix`` (``*.osta.org.cn``), which admits the suffix itself and any host ending in
``.suffix``, compared label by label: ``osta-cert.com``, ``zscx-osta.cn``,
``osta.org.cn.xyz.com`` and ``gov.cn.xx.com`` all fail, since their registrable domain
is not the official one.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class DomainPattern:
    """One row of data/official_domains.csv."""

    pattern: str
    owner: str = ""
    source: str = ""

    @property
    def is_wildcard(self) -> bool:
        return self.pattern.startswith("*.")

    @property
    def base(self) -> str:
        return self.pattern[2:] if self.is_wildcard else self.pattern

    def admits(self, host: str) -> bool:
        """True when ``host`` (lower case, no port, no trailing dot) is covered."""
        base = self.base
        if host == base:
            return True
        if self.is_wildcard:
            return host.endswith("." + base)
        return host == "www." + base


def normalize_pattern(raw: str) -> str:
    """A pattern in canonical form; raises ValueError when it is not a host or ``*.host``."""
    pattern = raw.strip().lower().rstrip(".")
    body = pattern[2:] if pattern.startswith("*.") else pattern
    labels = body.split(".")
    if len(labels) < 2 or not all(_is_label(lab) for lab in labels):
        raise ValueError(f"{raw!r} is not a host name or *.host pattern")
    return pattern


def _is_label(label: str) -> bool:
    return bool(label) and len(label) <= 63 and all(c.isalnum() or c == "-" for c in label)


def host_of(url: str) -> str | None:
    """The host of ``url`` (scheme optional), lower case, without port or trailing dot."""
    url = url.strip()
    if not url:
        return None
    if "//" not in url.split("?", 1)[0].split("#", 1)[0]:
        url = "//" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return host
    return host


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def is_official(url: str, patterns: Iterable[DomainPattern]) -> bool:
    """True when ``url``'s host is on the official list; IP addresses never are."""
    host = host_of(url)
    if host is None or is_ip(host):
        return False
    return any(p.admits(host) for p in patterns)
