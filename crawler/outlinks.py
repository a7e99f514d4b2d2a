"""Outlinks: the links a page's body gave link following, kept to be followed again.

When a page is read in full, its spider records the requests it made of the page's links,
in order (URL, priority, whether the link itself is relevant), the page's focus relevance
and, for a configured source, how many links its ``listing_links`` selector gave. They are
stored with the capture (``page_outlinks``, one zlib-compressed JSON blob). When the same
body comes back (a 304, or a 200 with the same digest) and was read by the same link code
and link settings (``crawler.revisit.versions.link_key``), the spider *replays* them
instead of parsing the body: ``REPLAY`` in the request's meta holds them, and the spider
yields one ``ReplayedLinks`` for ``crawler.revisit.replay`` to turn into requests.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy import Request

REPLAY = "cw_replay"  # request meta: the known capture's Outlinks, followed without parsing
Link = tuple[str, int, bool]  # URL (as the request carried it), priority, link relevant


@dataclass(frozen=True)
class Outlinks:
    """What link following read on one body (``id``: its stored row, once stored)."""

    key: str
    relevance: int
    links: tuple[Link, ...]
    selector_links: int = 0
    id: int | None = None


@dataclass(frozen=True)
class ReplayedLinks:
    """A spider's replayed links, made into requests by ``build`` (in order) unless known
    to be duplicates (``crawler.revisit.replay``)."""

    links: tuple[Link, ...]
    build: Callable[[str, int, bool], Request]


def pack(outlinks: Outlinks) -> bytes:
    """The links and selector count as stored: zlib-compressed compact JSON."""
    data = {"s": outlinks.selector_links,
            "l": [[url, priority, int(relevant)] for url, priority, relevant in outlinks.links]}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(blob: bytes, key: str, relevance: int, row_id: int | None = None) -> Outlinks:
    """``pack``'s blob back as Outlinks."""
    data = json.loads(zlib.decompress(blob))
    links = tuple((str(url), int(priority), bool(relevant))
                  for url, priority, relevant in data["l"])
    return Outlinks(key, relevance, links, int(data.get("s", 0)), row_id)
