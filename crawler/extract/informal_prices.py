"""Prices written without a currency mark, as forums, notes and classifieds write them.

Informal ads leave out 元 and ¥ (docs/domain.md §3.3, "how fees are written"): a number is a
price by where it stands, not by a mark:

- right after a level, with at most a linking word: 五级1500 / 三级是2980 / 四级辅导2200 /
  高级工：3680;
- right after a class name: 包过班19800 / VIP班 12800 / 3次课 1200;
- after what it only costs: 只要一九九九 / 仅需 1680;
- right after the word for signing up: 报课2580 / 报班 1980;
- alone as a clause of a sentence naming a level or class: 四级周末班，2199，有实操环境;
- ending a short clause that starts with a level: 五级考证+派单 699 · 电话… / 四级直播班 1580。
  (a forum signature or a one-line ad; never a year such as 2026);
- right before a selling tail: 1580起 / 2980/人 / 三千八全包 / 两千八包拿证 / 2480包培训.

Never: counts, dates, hours and sizes (2200人, 2026年, 120学时, 360课时, 3个月), and a year
that starts a rule (2026起施行). Pure functions: ``informal_amounts`` yields
(start, end, value) spans of one normalized sentence; ``fees`` decides what they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from facts.money import CHINESE_DIGITS, SHORT_AMOUNT, cn_amount, short_amount, to_amount

# what may follow a number that is not a price: a unit of count, time, size or rank
_NOT_PRICE_AFTER = r"(?!\s*[\d.%年月日号人学课时天小个次分期届名位岁周级kKgG元块万])"
LEVEL_WORD = r"(?:[一二三四五1-5]\s*级|高级技师|技师|高级工|中级工|初级工|初级|中级|高级)(?:\s*[(/][^)\d]{0,6}\)?|\))?"
# "三级是2980", "四级辅导2200", "五级网课 1580": one linking word between level and number
_LINK = r"(?:是|要|收|只要|只需|仅需|仅|价格?|费用?|学费|全包|辅导|培训|报名|网课|课程|考证|证书?)?"
CN_MAGNITUDE = (r"[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+[千仟万]"
                r"[零一二两三四五六七八九百佰十壹贰叁肆伍陆柒捌玖拾]*")
# a number read out digit by digit, as ads write it past filters: 一五八零 (1580)
CN_DIGITS = r"[一二三四五六七八九][零〇一二三四五六七八九]{2,4}(?![零〇一二三四五六七八九十百千万])"
# a price in digits, or in Chinese numerals (三级班一千九百八, 四级一五八零)
_AMOUNT = rf"(?:(?P<k>{SHORT_AMOUNT})|(?P<n>\d{{1,3}},\d{{3}}(?!\d|,\d)|\d{{3,6}}(?:\.\d+)?)|(?P<cn>{CN_MAGNITUDE}|{CN_DIGITS}))"
_BARE_AFTER_LEVEL = re.compile(
    rf"(?<![0-9.]){LEVEL_WORD}\s*[:]?\s*{_LINK}\s*[:]?\s*{_AMOUNT}{_NOT_PRICE_AFTER}"
)
_BARE_AFTER_CLASS = re.compile(
    rf"(?<=[\u4e00-\u9fffA-Za-z])[班营课]\s*[:]?\s*{_AMOUNT}{_NOT_PRICE_AFTER}"
    r"(?!\s*[-/:]\s*\d)"
)
# "报课2580", "报班 1980", "限时 6999", "一对一800": a number right after the word for signing
# up, for an offer price or for private tutoring, is what it costs (said roughly too:
# 学费 4 千出头, 学费三千多)
_AFTER_SIGN_UP = re.compile(
    rf"(?:报课|报班|报名|学费|课费|限时|特价|现价|到手价|活动价|团购价|拼团价|一对一)\s*[:]?\s*{_AMOUNT}"
    rf"{_NOT_PRICE_AFTER}(?!\s*[-/:]\s*\d)")
# "0.26w 四级": an amount with an informal magnitude right before a level is that level's price
_SHORT_BEFORE_LEVEL = re.compile(rf"(?<![\d.])(?P<k>{SHORT_AMOUNT})\s*(?={LEVEL_WORD})")
# "只要一九九九", "仅需 1680": what it only costs
# (or what it costs today, after the old price: "原价九千九百九十九，今天四千六百八")
_ONLY_WORDS = r"只要|只需|仅需|仅要|只收|今天|今日|现在"
_ONLY_COSTS = re.compile(rf"(?:{_ONLY_WORDS})\s*(?:只要|仅需|价)?\s*[:]?\s*"
                         rf"{_AMOUNT}{_NOT_PRICE_AFTER}")
# a tail only a price takes: 起 (from), 全包 (all in), 一口价, 包过 / 包培训包考核, per head
_SELLING_TAIL = (r"\s*(?:全包|一口价|包[\u4e00-\u9fff]|拿证|搞定|/\s*人|一个人|每人|一位|"
                 r"含[^,;。\d]{0,6}?(?:费|教材|培训|考试|考核|证书|认定|资料|题库|实操)|"
                 r"起(?!\s*(?:施行|实施|执行|生效|开始|陆续|正式|至今)))")
_DIGITS_BEFORE_TAIL = re.compile(rf"(?<![\d.\-:])(?P<n>\d{{3,5}})(?={_SELLING_TAIL})")
# "五级考证+派单 699 · 电话…": a level, a few words for what is sold, and a number that ends
# the clause
_LEVEL_CLAUSE_PRICE = re.compile(
    rf"(?<![0-9.]){LEVEL_WORD}(?P<words>[^\d,;。:·|]{{1,8}}?)\s*(?P<n>\d{{3,5}})(?=\s*(?:[,;。·|]|$))")
# words after which a number counts or measures: 考试 120 (minutes), 人数 2000, 题库 500
_MEASURED = re.compile(r"考试|时间|时长|分|题|人|名额|课时|学时|天|期|月|年|号|编|证号|成绩|通过率|排名")
_YEARS = range(2000, 2041)
# "四级周末班，2199，有实操环境": a number standing alone as a clause of a sentence that names
# a level or a class is that class's price
# (the comma before is a clause's, not a thousands separator's: "四级,2,980," is 2980)
_LONE_NUMBER = re.compile(rf"(?:^|(?<!\d)[,;]\s*){_AMOUNT}\s*(?=[,;。]|$)")
# or a range standing alone so (周末班，1.8k-2.7k，…): both ends are the class's prices
_ONE_END = rf"{SHORT_AMOUNT}|\d{{3,5}}"
_LONE_RANGE = re.compile(rf"(?:^|(?<!\d)[,;]\s*)(?P<low>{_ONE_END})\s*[-~～]\s*(?P<high>{_ONE_END})\s*(?=[,;。]|$)")
_NAMES_A_CLASS = re.compile(r"[一二三四五1-5]\s*级|班|辅导|课程|培训")
_CN_BEFORE_TAIL = re.compile(rf"(?P<cn>{CN_MAGNITUDE})(?={_SELLING_TAIL})")
# cheap gate for the patterns above
MAY_HAVE_INFORMAL = re.compile(
    rf"(?:级|技师|工|班|课)\s*[:]?\s*{_LINK}\s*[:]?\s*\d|(?:{_ONLY_WORDS})\s*(?:只要|仅需|价)?\s*[:]?\s*[\d一二两三四五六七八九]|\d{{3}}{_SELLING_TAIL}|(?:报课|报班|报名|学费|课费|限时|特价|现价|到手价|活动价|团购价|拼团价|一对一)\s*[:]?\s*[\d一二两三四五六七八九]|"
    r"\d\s*[kKwW千万]\s*(?:[一二三四五1-5]\s*级|初级|中级|高级|技师)|[,;]\s*\d{3,5}\s*(?:[-~～]\s*\d{3,5}\s*)?(?:[,;。]|$)|[,;]\s*\d{1,3}(?:\.\d{1,2})?\s*[kKwW千万]|[,;]\s*[一二两三四五六七八九][千仟万]|(?:级|班)\s*[:]?\s*[一二两三四五六七八九]|级[^\d,;。:·|]{1,8}?\s*\d{3,5}\s*(?:[,;。·|]|$)")


def _amount(m: re.Match[str]) -> tuple[int, int, float | None]:
    """(start, end, value) of an ``_AMOUNT`` match: digits, numerals with a magnitude, or
    numerals read digit by digit."""
    if m.group("k"):  # 2.98k, 3千8
        return m.start("k"), m.end("k"), short_amount(m.group("k"))
    if m.group("n"):
        return m.start("n"), m.end("n"), to_amount(m.group("n"), None)
    cn = m.group("cn")
    if re.fullmatch(CN_DIGITS, cn):
        return m.start("cn"), m.end("cn"), float("".join(CHINESE_DIGITS[c] for c in cn))
    return m.start("cn"), m.end("cn"), cn_amount(cn)


def informal_amounts(norm: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of each price written without a mark in the sentence ``norm``."""
    for m in _BARE_AFTER_LEVEL.finditer(norm):
        start, end, amount = _amount(m)
        if amount is not None and amount >= 100:
            yield start, end, amount
    for m in _LEVEL_CLAUSE_PRICE.finditer(norm):
        value = to_amount(m.group("n"), None)
        if value >= 100 and int(value) not in _YEARS and not _MEASURED.search(m.group("words")):
            yield m.start("n"), m.end("n"), value
    for m in _BARE_AFTER_CLASS.finditer(norm):
        start, end, amount = _amount(m)
        if amount is not None and amount >= 100:
            yield start, end, amount
    for m in _SHORT_BEFORE_LEVEL.finditer(norm):
        amount = short_amount(m.group("k"))
        if amount is not None and amount >= 100:
            yield m.start("k"), m.end("k"), amount
    for m in _ONLY_COSTS.finditer(norm):
        start, end, amount = _amount(m)
        if amount is not None and amount >= 100 and int(amount) not in _YEARS:
            yield start, end, amount
    for m in _AFTER_SIGN_UP.finditer(norm):
        start, end, amount = _amount(m)
        if amount is not None and amount >= 100 and int(amount) not in _YEARS:
            yield start, end, amount
    for m in _DIGITS_BEFORE_TAIL.finditer(norm):
        yield m.start("n"), m.end("n"), to_amount(m.group("n"), None)
    if _NAMES_A_CLASS.search(norm):
        for m in _LONE_NUMBER.finditer(norm):
            start, end, amount = _amount(m)
            if amount is not None and amount >= 100:
                yield start, end, amount
        for m in _LONE_RANGE.finditer(norm):
            for side in ("low", "high"):
                written = m.group(side)
                price = to_amount(written, None) if written.isdigit() else short_amount(written)
                if price is not None and price >= 100 and int(price) not in _YEARS:
                    yield m.start(side), m.end(side), price
    for m in _CN_BEFORE_TAIL.finditer(norm):
        cn_value = cn_amount(m.group("cn"))
        if cn_value is not None:
            yield m.start("cn"), m.end("cn"), cn_value


# a card that gives the price as an element of its own: "AI训练师四级 武汉线下班" / "1580" /
# "开课：…"; the number line follows a line naming a level or a class, and the line after it
# is no unit (课时, 人, 天)
_NUMBER_LINE = re.compile(r"^\s*(?P<n>\d{3,5})\s*(?:起)?\s*(?:$|[|｜/·])")  # "2980 | 分期 3×993"
_NAMES_LEVEL_OR_CLASS = re.compile(rf"{LEVEL_WORD}|[班营]|课程")
_UNIT_LINE = re.compile(r"^\s*(?:课时|学时|人|天|小时|分钟|个|名|期|届|年|月)")


def card_price(previous: str, line: str, following: str = "") -> float | None:
    """The price a line that is only a number states, read with the lines around it
    (normalized): the card's heading above names a level or class; None otherwise."""
    m = _NUMBER_LINE.match(line)
    if m is None or not _NAMES_LEVEL_OR_CLASS.search(previous) or _UNIT_LINE.match(following):
        return None
    value = to_amount(m.group("n"), None)
    return None if value < 100 or int(value) in _YEARS else value
