"""The crawler's own item: one fetched response on its way through the pipelines.

The facts of an offer are the ground-floor contract (``facts.contract``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facts.contract import OfferFacts

if TYPE_CHECKING:
    from crawler.known_captures import Revisit
    from crawler.outlinks import Outlinks


@dataclass
class PageItem:
    """One fetched response, as the store pipeline receives it."""

    url: str
    final_url: str
    status: int | None
    fetched_at: str  # ISO-8601 UTC
    content_type: str = ""
    sha256: str = ""
    size: int = 0
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_record_id: str | None = None
    error: str | None = None
    source: str = ""  # the configured source (or "cli")
    facts: OfferFacts | None = None
    # validators sent back next time, and the extraction key it was read with (crawler.revisit)
    etag: str | None = None
    last_modified: str | None = None
    extract_key: str | None = None
    revisit: Revisit | None = None  # this fetch confirmed an earlier capture (crawler.revisit)
    # the links link following read on the body, or replayed (crawler.outlinks), and the
    # stored row holding them (set when the page is stored)
    outlinks: Outlinks | None = None
    outlinks_id: int | None = None
    # Transient, for the extraction pipeline (not stored; cleared once extracted):
    html: str | None = None  # the decoded page, when it is HTML to extract facts from
    selected: dict[str, list[str]] = field(default_factory=dict)  # a configured source's picks
    # Transient, for the archive pipeline only (not stored; cleared once archived):
    http_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    protocol: str = "HTTP/1.1"
    request_method: str = "GET"
    request_headers: list[tuple[str, str]] = field(default_factory=list)  # as sent
