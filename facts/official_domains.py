"""The official certificate-query and complaint domains (docs/domain.md §2.1, §2.3, §3.5), as
``data/official_domains.csv`` lists them: one parser for every reader.

Screening checks an ad's verification links against them; extraction leaves them out of a
seller's identifiers, since every honest and dishonest ad quotes the same official channels.

A pattern is an exact host (``osta.mohrss.gov.cn``, which also admits ``www.``) or
``*.suffix`` (``*.osta.org.cn``), which admits the suffix and any host under it, label by
label (``facts.urls.host_matches``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from facts.urls import host_matches, normalize_host_pattern

OFFICIAL_DOMAINS_FILE = "official_domains.csv"


class OfficialDomainsError(ValueError):
    """The file cannot be read: ``<file>:<line>: <what is wrong>`` (line 0: the whole file)."""


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
        return host_matches(host, self.pattern)


def read_official_domains(path: Path) -> tuple[DomainPattern, ...]:
    """``pattern,owner,source`` rows in file order; a pattern is a host or ``*.host``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise OfficialDomainsError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OfficialDomainsError(f"{path}:0: cannot read: {exc}") from None
    reader = csv.DictReader(text.splitlines())
    if "pattern" not in (reader.fieldnames or []):
        raise OfficialDomainsError(f"{path.name}:1: missing column(s) pattern")
    patterns: list[DomainPattern] = []
    for row in reader:
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        try:
            pattern = normalize_host_pattern(cells["pattern"])
        except ValueError as exc:
            raise OfficialDomainsError(f"{path.name}:{reader.line_num}: {exc}") from None
        patterns.append(DomainPattern(pattern, cells.get("owner", ""), cells.get("source", "")))
    if not patterns:
        raise OfficialDomainsError(f"{path.name}: no domain patterns")
    return tuple(patterns)


def is_official_host(host: str, patterns: Iterable[DomainPattern]) -> bool:
    """True when ``host`` (any case, no port) is on the list."""
    host = host.lower().rstrip(".")
    return any(p.admits(host) for p in patterns)
