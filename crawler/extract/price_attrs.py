"""Prices a page keeps in data attributes and fills in with a script.

Shops render a price box like ``<strong data-price="1280000" data-max="1580000">¥--</strong>``
and format it in the browser; the HTML text holds no amount. Amounts in such attributes
are read when the element's own text does not state them already; integers that are whole
hundreds of at least 10,000 are 分 (platforms keep money in 分), others yuan. SKU items
carry their level in their title (``data-sku-price="1280000" title="技师（二级）"``).
"""

from __future__ import annotations

import re

from lxml import etree

from facts.contract import Fee
from facts.levels import level_words
from facts.money import MAX_FEE, MIN_FEE

_PRICE_ATTR = re.compile(r"^data-(?:sku-|sale-|final-|real-|min-|max-)?(?:price|max|min)"
                         r"(?:-(?:min|max|fen|cent))?$")
_ORIGINAL_ATTR = re.compile(r"orig|market|line|old|list", re.I)
_INTEGER = re.compile(r"^\d{2,8}(?:\.\d{1,2})?$")


def _amount(raw: str, name: str) -> float | None:
    if not _INTEGER.match(raw):
        return None
    value = float(raw)
    if "fen" in name or "cent" in name or (value >= 10_000 and value % 100 == 0):
        value /= 100
    return value if MIN_FEE <= value <= MAX_FEE else None


def attribute_prices(tree: etree._Element) -> list[Fee]:
    """Fees held only in ``data-price``-like attributes of the page's elements."""
    fees: list[Fee] = []
    for el in tree.iter():
        if type(el.tag) is not str or not el.attrib:
            continue
        for name, raw in el.attrib.items():
            if not _PRICE_ATTR.match(name) or _ORIGINAL_ATTR.search(name):
                continue
            amount = _amount(raw.strip(), name)
            text = "".join(el.itertext())
            if amount is None or f"{amount:g}" in text.replace(",", ""):
                continue
            label = (el.get("title") or text).strip()[:60]
            levels = level_words(label)
            fees.append(Fee(amount, amount, kind="total",
                            level=next(iter(levels)) if len(levels) == 1 else None,
                            evidence=f"{label} {name}={raw}"[:300]))
    return fees
