"""Skill levels named in a piece of text (一级/高级技师 = 1 … 五级/初级工 = 5), docs/domain.md §1.2."""

from __future__ import annotations

import re

_LEVEL_WORDS = re.compile(
    r"高级技师|(?<!高级)技师|高级工|中级工?|初级工?|预备技师|([一二三四五12345])\s?级"
)
_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_NAMED = {"高级技师": 1, "技师": 2, "预备技师": 2, "高级工": 3, "中级": 4, "中级工": 4}

LEVEL_NAMES_ZH = {
    1: "一级/高级技师",
    2: "二级/技师",
    3: "三级/高级工",
    4: "四级/中级工",
    5: "五级/初级工",
}


def levels_in(text: str) -> set[int]:
    """Every level the text names, as numbers 1..5."""
    found: set[int] = set()
    for match in _LEVEL_WORDS.finditer(text):
        word = match.group()
        if match.group(1):
            found.add(_DIGITS[match.group(1)])
        elif word.startswith("初级"):
            found.add(5)
        else:
            found.add(_NAMED[word])
    return found
