"""Whether a host is an official query or complaint channel: ``data/official_domains.csv``
(located as ``data/fee_ceilings.csv`` is: ``store.config.DATA_DIR``), read once through
``facts.official_domains``, the parser screening uses too."""

from __future__ import annotations

from functools import cache

from facts.official_domains import (
    OFFICIAL_DOMAINS_FILE,
    DomainPattern,
    is_official_host,
    read_official_domains,
)
from store.config import DATA_DIR


@cache
def official_patterns() -> tuple[DomainPattern, ...]:
    """The list's patterns, read on first use; a malformed file fails naming ``file:line``."""
    return read_official_domains(DATA_DIR / OFFICIAL_DOMAINS_FILE)


def official_host(host: str) -> bool:
    """True for a host on the official list (osta.org.cn, mohrss.gov.cn and every .gov.cn,
    cpta.com.cn, vslc.ncb.edu.cn …)."""
    return is_official_host(host, official_patterns())
