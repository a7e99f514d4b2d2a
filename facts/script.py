"""Script of Chinese text, the one reader of it: Traditional → Simplified (OpenCC) and
full-width → ASCII.

Ads in this trade are written in either script (保證通過 is 保证通过; Hong Kong and Taiwan
pages, and sellers who want to slip past keyword filters) and with full-width digits and
punctuation (２９８０元，). Everything that matches words reads text through this module:

- ``normalize``: one character for one character (positions map 1:1, so a match in the
  normalized text is a span of the page's text): OpenCC's per-character t2s table (first
  choice) plus full-width ASCII → ASCII, ideographic space → space, ￥ → ¥.
- ``to_simplified``: 繁体 → 简体 exactly as OpenCC ``t2s`` converts (phrases included, so
  ``瞭解`` → ``了解``), the character table when no phrase could apply. Lengths may change.
- ``traditional_forms``: the traditional forms of simplified characters (OpenCC ``s2t``), to
  build a cheap pre-check for text that needs ``to_simplified``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import opencc


def _dictionary(name: str) -> list[tuple[str, str]]:
    """(key, first choice) of each line of an OpenCC dictionary file."""
    folder = Path(opencc.__file__).parent / "dictionary"
    pairs: list[tuple[str, str]] = []
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            pairs.append((parts[0], parts[1].split(" ")[0]))
    return pairs


@cache
def _char_table() -> dict[int, str]:
    """Each traditional character of OpenCC's TSCharacters → its first simplified choice."""
    return {ord(key): value for key, value in _dictionary("TSCharacters.txt")
            if len(key) == 1 and len(value) == 1 and value != key}


@cache
def _normalize_table() -> dict[int, str]:
    table = dict(_char_table())
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    table[0xFFE5] = "¥"  # ￥
    table[0x00A0] = " "
    return table


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Simplified Chinese + half-width ASCII, same length as ``text`` (positions map 1:1).

    Cached: every extractor normalizes the same sentences of the page being read.
    """
    return text.translate(_normalize_table())


@cache
def _converter(config: str) -> Any:
    return opencc.OpenCC(config)


@cache
def _phrase_chars() -> frozenset[str]:
    """Characters of TSPhrases entries that the character table alone converts wrongly."""
    table = _char_table()
    chars: set[str] = set()
    for key, by_phrase in _dictionary("TSPhrases.txt"):
        by_char = key.translate(table)
        if by_char == by_phrase:
            continue
        if len(by_char) != len(by_phrase):
            chars.update(key)
        else:  # the characters the table gets wrong here; a text without them is safe
            chars.update(k for k, a, b in zip(key, by_char, by_phrase, strict=True) if a != b)
    return frozenset(chars)


@cache
def _changing() -> tuple[frozenset[str], re.Pattern[str]]:
    changing = frozenset(chr(code) for code in _char_table()) | _phrase_chars()
    # re builds a fast lookup for a class of BMP characters only; astral ones are checked apart
    bmp = re.compile("[" + "".join(re.escape(c) for c in sorted(changing) if ord(c) <= 0xFFFF)
                     + "]")
    return changing, bmp


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def changing_chars() -> frozenset[str]:
    """Every character t2s could change (the character table's keys and the phrase characters)."""
    return _changing()[0]


def has_traditional(text: str) -> bool:
    """Whether t2s could change ``text`` (it holds a character of the t2s tables)."""
    changing, bmp = _changing()
    if bmp.search(text):
        return True
    return _ASTRAL.search(text) is not None and not changing.isdisjoint(text)


def to_simplified(text: str) -> str:
    """繁体 → 简体 as OpenCC ``t2s`` does; a character table unless a phrase could apply."""
    return _to_simplified(text) if has_traditional(text) else text


@lru_cache(maxsize=65_536)
def _to_simplified(text: str) -> str:
    if _phrase_chars().isdisjoint(text):
        return text.translate(_char_table())
    return str(_converter("t2s").convert(text))


def t2s(text: str) -> str:
    """``text`` through OpenCC's full ``t2s`` converter (phrases included)."""
    return str(_converter("t2s").convert(text))


def traditional_forms(chars: str) -> set[str]:
    """The single-character traditional forms (OpenCC ``s2t``) of ``chars`` that differ from them."""
    unique = sorted(set(chars))
    converted = str(_converter("s2t").convert(" ".join(unique))).split(" ")
    return {t for c, t in zip(unique, converted, strict=False) if len(t) == 1 and t != c}


def clear_caches() -> None:
    """Forget memoized conversions (for benchmarks measuring a cold start)."""
    _to_simplified.cache_clear()
    normalize.cache_clear()
