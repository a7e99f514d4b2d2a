"""Written amounts of money, the one parser of them (docs/domain.md §3.3, §3.4).

How an amount is written: digits with thousands separators (2,980 / 2，980), decimals
(2980.00), full-width digits (２９８０), a magnitude (1.98万, 1.2w, 3.98k, 3千), Chinese numerals
(三千八百, 两千九百八十, 壹万), a currency mark before (¥ ￥ RMB CNY 人民币) or after (元 块 圆
RMB CNY yuan), and ranges (1980-3980, 1980~3980, 1980至3980).

This module reads *how much* a written amount is. *Which* amounts on a page are fees (a price,
not a subsidy, salary or struck-out price) is decided by ``crawler.extract.fees``; the regex
fragments below are the grammar it builds its patterns from.
"""

from __future__ import annotations

import re

# regex fragments (no capturing groups) of the grammar of written amounts
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CN_NUMERAL = r"[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+"
# numerals read out digit by digit, as ads and contacts write numbers past filters
# (一五八零, 壹捌陆, 幺三八…): each character stands for one digit
CHINESE_DIGITS = {**dict.fromkeys("零〇○洞", "0"), **dict.fromkeys("一幺壹", "1"),
                  **dict.fromkeys("二贰", "2"), **dict.fromkeys("三叁", "3"),
                  **dict.fromkeys("四肆", "4"), **dict.fromkeys("五伍", "5"),
                  **dict.fromkeys("六陆", "6"), **dict.fromkeys("七柒", "7"),
                  **dict.fromkeys("八捌", "8"), **dict.fromkeys("九玖", "9")}
DASH = r"\s*(?:-|~|—|–|－|至|到)\s*"
CUR_PREFIX = r"(?:¥|RMB|CNY|人民币)"
CUR_SUFFIX = r"(?:元|块钱|块|圆|RMB|CNY|yuan)"
# 万 / 1.2w / 3.98k: the informal magnitudes of chat-style ads (a letter must not follow: 3kg, 5km)
MAGNITUDE = r"(?:万|[wWkK](?![A-Za-z]))"

_FULL_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0xFFE5] = "¥"  # ￥
_FULL_WIDTH[0x3000] = " "
_FULL_WIDTH[ord("，")] = ","

_MAGNITUDES = {"万": 10_000.0, "w": 10_000.0, "W": 10_000.0, "k": 1_000.0, "K": 1_000.0,
               "千": 1_000.0}

# a whole string written as one amount: "¥2,980", "1.98万元", "RMB 3980"
_ONE_AMOUNT = re.compile(
    rf"\s*(?:{CUR_PREFIX})?\s*(?P<n>{NUM})\s*(?P<m>{MAGNITUDE}|千)?\s*(?:{CUR_SUFFIX})?\s*", re.I
)
_ONE_CN_AMOUNT = re.compile(rf"\s*(?:{CUR_PREFIX})?\s*(?P<cn>{CN_NUMERAL})\s*(?:{CUR_SUFFIX})?\s*")
# amounts marked as money in a short text: "¥1,980", "3980元", "2，980 RMB"
_MARKED = re.compile(
    r"[¥￥]\s*(\d[\d,，]*(?:\.\d+)?)|(\d[\d,，]*(?:\.\d+)?)\s*(?:元|块|RMB|CNY)", re.I
)
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# the terse form a subsidy is stated in: "1500元", "1.5万元", "3千块", "¥2000"
_TERSE = re.compile(r"(\d+(?:\.\d+)?)\s?(万|千)?\s?(?:元|块|RMB|rmb)|[¥￥]\s?(\d+(?:\.\d+)?)")


def half_width(text: str) -> str:
    """Full-width digits, letters, ¥ and the ideographic comma/space as ASCII ("２，９８０" → "2,980")."""
    return text.translate(_FULL_WIDTH)


def to_amount(num: str, magnitude: str | None = None) -> float:
    """``num`` ("2,980", "1.98") times its magnitude: 万 / w = 10,000, 千 / k = 1,000."""
    value = float(half_width(num).replace(",", ""))
    if not magnitude:
        return value
    return value * _MAGNITUDES[magnitude]


# "一千六八" (1680), "三千九八" (3980), "一万二五" (12500): two digits after the magnitude, the
# next two places, as people say prices aloud
_TWO_PLACES_AFTER = re.compile(r"(?P<head>.*(?P<mag>[千仟万]))(?P<a>[一二两三四五六七八九])(?P<b>[一二两三四五六七八九])$")
_NEXT_PLACES = {"千": ("百", "十"), "仟": ("百", "十"), "万": ("千", "百")}


def cn_amount(text: str) -> float | None:
    """Chinese numerals → number ("三千八百" → 3800, "一千六八" → 1680); shrinks from the left
    until cn2an reads them ("学费三千八" is not passed here, but "费三千八" would read as 3800)."""
    import cn2an  # here, not at the top: its import compiles regexes for 0.2 s (the dashboard
    # imports this module for its fee filter and seldom reads a Chinese numeral)

    spoken = _TWO_PLACES_AFTER.match(text)
    if spoken:
        first, second = _NEXT_PLACES[spoken.group("mag")]
        text = f"{spoken.group('head')}{spoken.group('a')}{first}{spoken.group('b')}{second}"
    for i in range(len(text)):
        part = text[i:]
        try:
            value = cn2an.cn2an(part, "normal")
        except (ValueError, KeyError, IndexError, TypeError):
            continue
        return float(value)
    return None


# "2.98k", "3千8", "1.2w", "3k": a number with an informal magnitude, and maybe one more digit
SHORT_AMOUNT = r"\d{1,3}(?:\.\d{1,2})?\s*(?:[kK](?![A-Za-z])|千)(?:\d(?![\d.]))?|\d{1,2}(?:\.\d{1,2})?\s*(?:[wW](?![A-Za-z])|万)(?:\d(?![\d.]))?"
_SHORT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<m>[kKwW千万])(?P<d>\d)?")


def short_amount(text: str) -> float | None:
    """The amount of ``SHORT_AMOUNT`` text: "2.98k" → 2980, "3千8" → 3800, "1w2" → 12000."""
    m = _SHORT.fullmatch(text.strip())
    if m is None:
        return None
    value = to_amount(m.group("n"), "千" if m.group("m") in "kK千" else "万")
    if m.group("d"):  # the digit after names the next place down: 3千8 = 3800
        value += int(m.group("d")) * _MAGNITUDES["千" if m.group("m") in "kK千" else "万"] / 10
    return value


def parse_amount(text: str) -> float | None:
    """The amount a whole string states ("¥2,980", "1.98万", "三千八百元", "２９８０"), or None."""
    text = half_width(text)
    m = _ONE_AMOUNT.fullmatch(text)
    if m is not None:
        return to_amount(m.group("n"), m.group("m"))
    m = _ONE_CN_AMOUNT.fullmatch(text)
    return cn_amount(m.group("cn")) if m is not None else None


def amounts_in(text: str) -> list[float]:
    """Every amount of a short price text ("¥1,980", "1980-3980元"): those marked as money,
    else every number; zero and negative amounts are dropped."""
    amounts = [float((a or b).replace(",", "").replace("，", "")) for a, b in _MARKED.findall(text)]
    if not amounts:
        amounts = [float(m.replace(",", "")) for m in _DIGITS.findall(text)]
    return [a for a in amounts if a > 0]


def terse_amounts(text: str, pos: int, endpos: int) -> list[tuple[int, int, float]]:
    """(start, end, amount) of each tersely written amount in ``text[pos:endpos]`` ("1500元",
    "1.5万元", "¥2000"), the form subsidies are stated in."""
    out: list[tuple[int, int, float]] = []
    for m in _TERSE.finditer(text, pos, endpos):
        out.append((m.start(), m.end(), to_amount(m.group(1) or m.group(3), m.group(2))))
    return out


# the range a price asked for a course or certificate can take, in CNY; amounts outside it
# are counts, codes, phone fragments or capital, not fees
MIN_FEE = 10.0
MAX_FEE = 300_000.0
