"""Official certificate-query domains (docs/domain.md §2.3, §3.5) and matching hosts against them.

A pattern is either an exact host (``osta.mohrss.gov.cn``, which also admits ``www.``) or
``*.suffix`` (``*.osta.org.cn``), which admits the suffix itself and any host ending in
``.suffix``, compared label by label: ``osta-cert.com``, ``zscx-osta.cn``,
``osta.org.cn.xyz.com`` and ``gov.cn.xx.com`` all fail, since their registrable domain
is not the official one.
"""

from __future__ import annotations

from collections.abc import Iterable

from facts.official_domains import DomainPattern, is_official_host
from facts.urls import host_of, is_ip

__all__ = ["DomainPattern", "host_of", "is_ip", "is_official"]


def is_official(url: str, patterns: Iterable[DomainPattern]) -> bool:
    """True when ``url``'s host is on the official list; IP addresses never are."""
    host = host_of(url)
    return host is not None and not is_ip(host) and is_official_host(host, patterns)
