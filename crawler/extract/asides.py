"""Blocks of a page's main column that are really sidebars: 相关推荐, 猜你喜欢, Related courses.

A detail page often lists other offers under such a heading, with their titles, prices
and promises; those belong to other pages, not to this offer (``crawler.extract.text``
puts them with the sidebar).
"""

from __future__ import annotations

import re

from lxml import etree

# a block headed "相关推荐" / "猜你喜欢" / "Related courses" lists other pages: a sidebar in place
_ASIDE_HEADING = re.compile(
    r"^\s*(?:相关|热门|推荐|猜你|你可能|其他|其它|同类|更多|最新|精选|看了又看|大家都在)"
    r"[\u4e00-\u9fff]{0,6}\s*$|^\s*(?:related|recommended|more|popular|you may also)\b",
    re.I,
)
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "dt"})


def headed_aside(el: etree._Element) -> bool:
    """True for a block whose first child is a heading like 相关推荐 / 猜你喜欢 / Related."""
    first = el[0] if len(el) else None
    if first is None or first.tag not in _HEADING_TAGS or (el.text or "").strip():
        return False
    heading = "".join(first.itertext())
    return len(heading) <= 24 and _ASIDE_HEADING.search(heading) is not None


# an aside that holds the item's own description beside its player or picture (a video
# site's <aside class="video-info"> with the caption and the account): the page's content
_ITEM_INFO = re.compile(r"(?:^|[\s_-])(?:info|caption|desc|description|detail|intro)(?:$|[\s_-])",
                        re.I)


def item_info_aside(marks: str | None) -> bool:
    """An ``<aside>`` whose class or id says it describes the page's own item."""
    return bool(marks and _ITEM_INFO.search(marks))
