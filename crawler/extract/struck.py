"""Struck-out text: the tags, styles, classes and page style sheets that strike a price out.

``crawler.extract.text`` wraps such text in ``STRIKE_OPEN``/``STRIKE_CLOSE`` so that fee
extraction skips an original price (``<del>5800元</del> 3980元``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

STRIKE_OPEN = "⟦"
STRIKE_CLOSE = "⟧"

STRIKE_TAGS = frozenset({"del", "s", "strike"})
_STRIKE_ATTR = re.compile(
    r"line-?through|old-?price|price-?old|original-?price|origin(?:al)?-?price|market-?price|"
    r"was-?price|price-?del|del-?price|price-?was|strike",
    re.I,
)


@lru_cache(maxsize=4096)
def _struck_class(cls: str) -> bool:
    return bool(_STRIKE_ATTR.search(cls))


def is_struck(el: etree._Element, tag: str, css_struck: frozenset[str] = frozenset()) -> bool:
    if tag in STRIKE_TAGS:
        return True
    attrib = el.attrib
    if not attrib:
        return False
    style = attrib.get("style")
    if style and "line-through" in style.replace(" ", ""):
        return True
    cls = attrib.get("class")
    if not cls:
        return False
    return _struck_class(cls) or bool(css_struck and not css_struck.isdisjoint(cls.split()))


_CSS_STRUCK_RULE = re.compile(r"([^{}]+)\{[^}]*line-through", re.I)
_CSS_CLASS = re.compile(r"\.([A-Za-z_][-\w]*)")


def css_struck_classes(tree: etree._Element) -> frozenset[str]:
    """Class names that a page's own <style> sheets strike through (".yj{text-decoration:…}")."""
    found: set[str] = set()
    for style in tree.iter("style"):
        css = style.text or ""
        if "line-through" not in css:
            continue
        for rule in _CSS_STRUCK_RULE.finditer(css):
            for selector in rule.group(1).split(","):
                classes = _CSS_CLASS.findall(selector)
                if classes:
                    found.add(classes[-1])  # the class of the element the rule styles
    return frozenset(found)
