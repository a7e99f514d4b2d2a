"""Fees in CNY stated by an ad, with kind and level (docs/domain.md §3.3, §3.4).

Amounts: ¥2,980 / ￥2980.00 / 2980元 / RMB 2980 / 1.98万(元) / 三千八百元 / ranges (1980-3980元,
1980~3980元, 1980至3980元) / 1980元起 / bare numbers right after a fee label (学费：2980) or under a
fee column of a table / prices written without a mark (三级是2980, 1580起: ``informal_prices``). Each amount takes its kind from the nearest fee word before it in its
clause (学费/培训费 = tuition; 考试费/鉴定费/认定费/报名费 = exam; 资料费 = material; 总价/合计 and
plain 价格/费用 = total), or from a heading label ("收费标准：", a short "补贴标准" line, a table
column header). Never recorded: subsidies (补贴/补助/返还 1500元; "补贴后仅需980元" is a price),
struck-out or 原价/划线价 amounts, salaries (月薪8000元, 8000元/月), deposits (定金/押金: a part
payment of the fee, not a fee), discounts (立减500元), gift values (价值1980元), per-hour prices,
and numbers that are phone numbers, dates, years, counts or percentages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from crawler.extract.fee_totals import instalment_totals, without_parts_of_totals
from crawler.extract.informal_prices import (
    CN_MAGNITUDE,
    MAY_HAVE_INFORMAL,
    card_price,
    informal_amounts,
)
from crawler.extract.lexicon import grouped
from crawler.extract.text import (
    STRIKE_CLOSE,
    STRIKE_OPEN,
    Table,
    join_cells,
    normalize,
    strip_marks,
)
from facts.contract import Fee
from facts.levels import find_levels
from facts.money import (
    CN_NUMERAL as _CN,
    CUR_PREFIX as _CUR_PREFIX,
    CUR_SUFFIX as _CUR_SUFFIX,
    DASH as _DASH,
    MAGNITUDE as _MAG,
    MAX_FEE as MAX_FEE,
    MIN_FEE as MIN_FEE,
    NUM as _NUM,
    cn_amount,
    parse_amount,
    to_amount,
)
from facts.structured import walk

# fee label words by kind (price, tuition, subsidy, salary ...): data/lexicon/fee_labels.csv
_LABEL_WORDS: dict[str, tuple[str, ...]] = grouped("fee_labels", "kind", "word")
_KIND_OF = {w: k for k, words in _LABEL_WORDS.items() for w in words}
_LABEL = re.compile(
    "|".join(re.escape(w) for w in sorted(_KIND_OF, key=len, reverse=True)), re.I
)
# the same words split by script for searching: without re.I the Chinese alternation keeps the
# regex engine's literal-prefix scan (~5x faster over a page); the few English words go apart
_LABEL_CN = re.compile(
    "|".join(re.escape(w) for w in sorted(_KIND_OF, key=len, reverse=True) if w.isascii() is False)
)
_LABEL_EN = re.compile(
    "|".join(re.escape(w) for w in sorted(_KIND_OF, key=len, reverse=True) if w.isascii()), re.I
)
_LATIN = re.compile(r"[A-Za-z]{3}")
_SKIP_KINDS = frozenset(
    {"old", "subsidy", "salary", "deposit", "discount", "value", "installment", "net", "extra"}
)
_FEE_KINDS = frozenset({"tuition", "exam", "material", "total", "price"})
_HEADING_TAIL = re.compile(r"^\s*(?:标准|金额|明细|一览|情况|说明|如下|为)?\s*(?:如下)?\s*[:]")

_NO_DIGIT_BEFORE = r"(?<![\d.])(?<!\d-)"
_AMOUNTS = re.compile(
    # ¥1980-3980, ¥1.98万, RMB 2980
    rf"{_CUR_PREFIX}\s*(?P<p1>{_NUM})\s*(?P<pw1>{_MAG})?(?:{_DASH}{_CUR_PREFIX}?\s*(?P<p2>{_NUM})\s*(?P<pw2>{_MAG})?)?"
    # 1980-3980元, 1980元-3980元, 1.98万元
    rf"|{_NO_DIGIT_BEFORE}(?P<s1>{_NUM})\s*(?P<sw1>万)?\s*(?:{_CUR_SUFFIX})?{_DASH}(?P<s2>{_NUM})\s*(?P<sw2>万)?\s*{_CUR_SUFFIX}"
    rf"|{_NO_DIGIT_BEFORE}(?P<n>{_NUM})\s*(?P<nw>万)?\s*{_CUR_SUFFIX}"
    # 三千八百元, 两千九百八十元
    rf"|(?P<cn>{_CN})\s*{_CUR_SUFFIX}",
    re.I,
)
# a bare number right after a fee word: 学费：2980 / 价格 2980/人 / 费用为1.98万
_BARE_AFTER_LABEL = re.compile(
    rf"\s*(?:\([^)]{{0,8}}\))?\s*[:|]?\s*(?:为|是|仅|只要|仅需|只需|约)?\s*{_CUR_PREFIX}?\s*"
    rf"(?P<b1>{_NUM})\s*(?P<bw1>{_MAG})?(?:{_DASH}(?P<b2>{_NUM})\s*(?P<bw2>{_MAG})?)?"
    r"(?![\d.%年月日号人课时天小个次分期届名位岁周级kKgG])"
)
_CN_BARE_AFTER_LABEL = re.compile(rf"\s*[:]?\s*(?:为|是|仅|只要|仅需|只需|约)?\s*(?P<cn>{CN_MAGNITUDE})(?![元块圆\u4e00-\u9fff]*[年月日人课时天])")
_AFTER_SKIP = re.compile(
    r"^\s*(?:/|每)\s*(?:月|年|天|日|课时|节|小时|时|周)|^\s*[×xX*]\s*\d+\s*期|^\s*一\s*个?月|"
    r"^\s*(?:的)?\s*[\u4e00-\u9fff]{0,8}?(?:补贴|补助|津贴|"
    r"返还|返现|奖励|奖金|红包|定金|订金|押金|月薪|年薪|工资|收入|优惠券|券|差价)|"
    r"^\s*(?:以上|左右)\s*的?\s*(?:月薪|收入|工资|薪)|"
    # English: "CNY 9,000–14,000 a month", "RMB 15,000 / month", "USD 300 per year"
    r"^\s*(?:/\s*|a\s+|an\s+|per\s+)(?:month|year|hour|day|week|annum)\b|^\s*(?:monthly|annually)\b",
    re.I,
)
# "663元/期" is an instalment where the sentence pays by instalments (分12期); elsewhere
# "1880元/期" is what one term of the course costs
_NEAR_LABEL = 3  # characters: a subsidy word this close after a bare number is about it
_PER_TERM = re.compile(r"^\s*(?:/|每)\s*期")
_BY_INSTALMENTS = re.compile(r"分\s*\d*\s*期|月供|期数|[×xX*]\s*\d+\s*期|免息")
# "学费¥3,280 补贴¥2,000": the skip word labels the amount after it, not the one before
_NEXT_AMOUNT = re.compile(rf"\s*(?:[:]|为|是)?\s*(?:{_CUR_PREFIX}|\d|最高|高达|约)")
# a rate per period before the amount: 每天 / 每月 / 每期 / 每小时 (+ a few words: 仅需, 最低)
_RATE_BEFORE = re.compile(r"(?:每\s*(?:天|日|月|期|周|小时|课时|节课|晚)|月供)[^,;。，；\d]{0,6}$")
# "申领技能提升补贴，三级最高3120元": a ceiling after a subsidy word is the subsidy's, not a price
# (also each of a list: "五级、四级、三级分别最高1000、1500、2000元")
_CEILING_BEFORE = re.compile(r"(?:最高|最多|高达|up to)\s*(?:可达|可领|可得)?\s*"
                             r"(?:\d[\d.,]*\s*元?\s*[、/]\s*)*$", re.I)
_SUBSIDY_EARLIER = re.compile(r"补贴|补助|subsid", re.I)
# "可申领技能提升补贴，五级1000元、四级1500元": amounts listed by level right after a subsidy
# word are the subsidy's (docs/domain.md §3.4), not prices
_LISTED_AFTER_SUBSIDY = re.compile(r"(?:补贴|补助)(?:标准|金额)?\s*[，,:：]\s*"
                                   r"(?:[一二三四五]级\s*\d[\d,]*\s*元?\s*[、，,/]\s*)*[一二三四五]级\s*$")
# approximate amounts are no stated price: 两千出头, 三千多块, 2000来块, 大概两千
_VAGUE_AFTER = re.compile(r"\s*(?:出头|多块|多元|多点|来块|好几|几百|多一点|挂零|多(?=[\s,;.!?。，；！？、)]|$))")
_VAGUE_BEFORE = re.compile(r"(?:大概|大约|差不多|估计|好像是?)\s*$")
_AFTER_KIND = re.compile(
    r"^\s*(?:的)?\s*(?:" + "|".join(re.escape(w) for w in sorted(
        [w for w, k in _KIND_OF.items() if k in ("tuition", "exam", "material") and len(w) >= 2], key=len,
        reverse=True)) + ")"
)
# cheap gate: a currency mark, or a digit together with a fee word
_MAY_HAVE_AMOUNT = re.compile(rf"{_CUR_PREFIX}|{_CUR_SUFFIX}|[千仟万]|(?:级|技师|工|班)\s*:?\s*\d|\d.*(?:费|价|仅|只|需|要|计|共|price|fee|cost)|(?:费|价|仅|只|需|要|计|共|报名|每人|price|fee|cost).*\d", re.I | re.S)
_MAY_SPLIT_PAY = re.compile(r"(?:可|支持|能|可以)\s*$")  # "1980 可分期": the price, payable in parts
_CLAUSE_END = re.compile(r"[,;!?。，；！？\n]|\s\|\s")
# "2280元/人（其中培训费1900元，认定费380元）", "合计2280元，其中培训费1900元": the parts of a
# stated total are not fees of their own (a bracket or a 其中 tail after an amount)
_COMPONENTS = re.compile(
    r"\((?:其中|含|包含|包括|内含|内有)[^()]*\)?|(?:其中|内含)[^。!?;]*"
)
_SECTION_MAX = 24
_HEADING_WORDS = r"(?:标准|金额|明细|一览|说明|如下|表|情况|政策|详情|介绍)"
_LABEL_ONLY = re.compile(rf"^[\s|]*(?:[\u4e00-\u9fff]{{0,8}}?)\s*(?P<label>{_LABEL.pattern})\s*{_HEADING_WORDS}?\s*[:]?[\s|]*$", re.I)


@dataclass(frozen=True)
class _Label:
    start: int
    end: int
    kind: str
    heading: bool


def _strike_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == STRIKE_OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch == STRIKE_CLOSE and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    if depth:
        spans.append((start, len(text)))
    return spans


def _labels(norm: str) -> list[_Label]:
    out = []
    matches = list(_LABEL_CN.finditer(norm))
    if _LATIN.search(norm):
        matches = sorted([*matches, *_LABEL_EN.finditer(norm)], key=lambda m: m.start())
    for m in matches:
        word = m.group(0).lower()
        kind = _KIND_OF.get(word) or _KIND_OF.get(m.group(0), "price")
        heading = bool(_HEADING_TAIL.match(norm[m.end():m.end() + 8]))
        out.append(_Label(m.start(), m.end(), kind, heading))
    return out


def _clause_start(norm: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_END.finditer(norm, 0, pos):
        start = m.end()
    return start


def _section_label(norm: str) -> str | None:
    """The kind a short label-only line ("补贴标准", "收费标准：") sets for the lines after it."""
    if len(norm) > _SECTION_MAX or any(ch.isdigit() for ch in norm):
        return None
    m = _LABEL_ONLY.match(norm)
    if not m:
        return None
    kind = _KIND_OF.get(m.group("label")) or _KIND_OF.get(m.group("label").lower(), "price")
    if kind in _SKIP_KINDS and not re.search(rf"{_HEADING_WORDS}\s*:?\s*$|:\s*$", norm.strip()):
        return None  # "不过退费", "可申请补贴": a claim, not a heading
    return kind


def _level_for(levels: list[tuple[int, int]], clause_start: int, pos: int) -> int | None:
    in_clause = [(p, lv) for p, lv in levels if clause_start <= p < pos]
    if in_clause:
        nearest = in_clause[-1][0]
        group = {lv for p, lv in in_clause if nearest - 5 <= p <= nearest}
        return in_clause[-1][1] if len(group) == 1 else None
    distinct = {lv for _, lv in levels}
    return distinct.pop() if len(distinct) == 1 else None


def _kind_before(labels: list[_Label], norm: str, pos: int, clause_start: int,
                 section: str | None) -> str | None:
    """Kind from the nearest label before ``pos``: same clause, else heading, else section."""
    before = [lb for lb in labels if lb.end <= pos]
    in_clause = [lb for lb in before if lb.start >= clause_start]
    if in_clause:
        return in_clause[-1].kind
    headings = [lb for lb in before if lb.heading]
    # a label-only clause right before ("学费 | 2980元", "补贴，1500元")
    prev_start = _clause_start(norm, max(clause_start - 1, 0))
    prev_clause = norm[prev_start:clause_start]
    prev_labels = [lb for lb in before if prev_start <= lb.start < clause_start]
    if prev_labels and _LABEL_ONLY.match(prev_clause) and not re.search(r"\d", prev_clause):
        return prev_labels[-1].kind
    if headings:
        return headings[-1].kind
    return section


def fees_in_sentence(marked: str, section: str | None = None,
                     levels: list[tuple[int, int]] | None = None) -> list[Fee]:
    """Fees stated in one sentence (strike marks allowed); ``section`` = heading label kind."""
    norm = normalize(marked)
    if not (_MAY_HAVE_AMOUNT.search(norm) or MAY_HAVE_INFORMAL.search(norm)):
        return []
    struck = _strike_spans(norm)
    first = _AMOUNTS.search(norm)
    if first is not None:
        struck += [m.span() for m in _COMPONENTS.finditer(norm, first.end())]
    labels = _labels(norm)
    if levels is None:
        levels = find_levels(norm)
    evidence = strip_marks(marked).strip()
    out: list[Fee] = []
    seen_spans: list[tuple[int, int]] = []

    def record(start: int, end: int, low: float, high: float) -> None:
        if any(a <= start < b for a, b in struck):
            return
        if any(a <= start < b or a < end <= b for a, b in seen_spans):
            return
        seen_spans.append((start, end))
        low, high = min(low, high), max(low, high)
        if low < MIN_FEE or high > MAX_FEE:
            return
        after = norm[end:end + 8]
        skip = _AFTER_SKIP.match(after)
        if skip and not _NEXT_AMOUNT.match(norm, end + skip.end()):
            return
        if _PER_TERM.match(after) and _BY_INSTALMENTS.search(norm):
            return
        if _VAGUE_AFTER.match(norm, end) or _VAGUE_BEFORE.search(norm, max(0, start - 4), start):
            return  # "两千出头", "三千多块", "大概2000": not a stated price
        if _RATE_BEFORE.search(norm, max(0, start - 12), start):
            return  # "每人每天40元", "每期仅需399元", "每月最低663元": a rate, not the price
        if _CEILING_BEFORE.search(norm, max(0, start - 30), start) and _SUBSIDY_EARLIER.search(
                norm, 0, start):
            return
        if _LISTED_AFTER_SUBSIDY.search(norm, max(0, start - 40), start):
            return
        clause_start = _clause_start(norm, start)
        if any(lb.kind == "net" and clause_start <= lb.start < start for lb in labels):
            return  # "补贴后仅需980元": arithmetic on a subsidy, not a price asked
        kind = _kind_before(labels, norm, start, clause_start, section)
        after_kind = _AFTER_KIND.match(after)
        if after_kind and kind not in _SKIP_KINDS:
            kind = _KIND_OF.get(after_kind.group(0).strip().lstrip("的").strip(), kind)
        if kind in _SKIP_KINDS:
            return
        fee_kind = kind if kind in ("tuition", "exam", "material") else "total"
        out.append(Fee(amount_min=low, amount_max=high, kind=fee_kind,
                       level=_level_for(levels, clause_start, start), evidence=evidence))

    for m in _AMOUNTS.finditer(norm):
        g = m.groupdict()
        if g["p1"]:
            low = to_amount(g["p1"], g["pw1"])
            high = to_amount(g["p2"], g["pw2"] or g["pw1"]) if g["p2"] else low
        elif g["s1"]:
            high = to_amount(g["s2"], g["sw2"])
            low = to_amount(g["s1"], g["sw1"] or (g["sw2"] if high >= 10000 else None))
        elif g["n"]:
            low = high = to_amount(g["n"], g["nw"])
        else:
            value = cn_amount(g["cn"])
            if value is None:
                continue
            low = high = value
        record(m.start(), m.end(), low, high)
    def informal_ok(end: int) -> bool:
        """A bare number is no fee when its clause goes on to say subsidy/salary ("…的补贴");
        one that may be paid in instalments (1980 可分期, 支持分期) is still the price. In a
        clause of words set apart by spaces ("四级2180 交社保满一年可以申请补贴"), a subsidy
        word in a later part, far from the number, speaks of something else."""
        stop = _CLAUSE_END.search(norm, end)
        clause_end = stop.start() if stop else len(norm)
        return not any(lb.kind in _SKIP_KINDS and end <= lb.start < clause_end
                       and not (lb.kind == "installment" and _MAY_SPLIT_PAY.search(
                           norm, max(0, lb.start - 2), lb.start))
                       and not (lb.start - end > _NEAR_LABEL and " " in norm[end:lb.start])
                       for lb in labels)

    for start, end, value in informal_amounts(norm):
        if informal_ok(end):
            record(start, end, value, value)
    for lb in labels:
        if lb.kind not in _FEE_KINDS:
            continue
        cn_hit = _CN_BARE_AFTER_LABEL.match(norm, lb.end)
        if cn_hit:
            value = cn_amount(cn_hit.group("cn"))
            if value is not None:
                record(cn_hit.start("cn"), cn_hit.end("cn"), value, value)
            continue
        bare = _BARE_AFTER_LABEL.match(norm, lb.end)
        if not bare:
            continue
        low = to_amount(bare.group("b1"), bare.group("bw1"))
        high = (to_amount(bare.group("b2"), bare.group("bw2") or bare.group("bw1"))
                if bare.group("b2") else low)
        if not bare.group("bw1") and len(bare.group("b1").replace(",", "").split(".")[0]) > 6:
            continue  # phone numbers, ids
        record(bare.start("b1"), bare.end(), low, high)
    return out


def _table_fees(table: Table) -> list[Fee]:
    """Fees of a data table: each cell read as "<column header>: <cell>", level from its row."""
    out: list[Fee] = []
    for row in table.rows:
        row_text = " | ".join(row)
        row_levels = {lv for _, lv in find_levels(row_text)}
        row_level = row_levels.pop() if len(row_levels) == 1 else None
        parts = []
        for i, cell in enumerate(row):
            head = table.header[i] if i < len(table.header) else ""
            parts.append(f"{head}:{cell}" if head and cell else cell)
        sentence = join_cells(parts)
        levels = [(0, row_level)] if row_level else []
        for fee in fees_in_sentence(sentence, None, levels):
            out.append(Fee(amount_min=fee.amount_min, amount_max=fee.amount_max, kind=fee.kind,
                           level=fee.level, evidence=strip_marks(row_text)))
    return out


def extract_fees(sentences: Sequence[str], tables: Iterable[Table] = (),
                 skip: Iterable[int] = ()) -> list[Fee]:
    """Every fee in ``sentences`` (strike-marked text) and ``tables``, deduplicated.

    ``skip`` holds indices of sentences already covered by ``tables`` (table rows).
    """
    skipped = set(skip)
    out: list[Fee] = []
    section: str | None = None
    for i, sentence in enumerate(sentences):
        if i in skipped:
            continue
        norm = normalize(sentence)
        heading = _section_label(norm)
        if heading is not None:
            section = heading
            continue
        found = fees_in_sentence(sentence, section)
        if not found and i > 0:  # "AI训练师（四级）" over a line "1599"
            following = normalize(sentences[i + 1]) if i + 1 < len(sentences) else ""
            value = card_price(normalize(sentences[i - 1]), norm, following)
            if value is not None:
                levels = find_levels(normalize(sentences[i - 1]))
                found = [Fee(amount_min=value, amount_max=value,
                             level=levels[0][1] if len(levels) == 1 else None,
                             evidence=strip_marks(sentence).strip())]
        out.extend(found)
        if not found and len(norm) > 60:
            section = None
    for table in tables:
        out.extend(_table_fees(table))
    out.extend(_split_payment_totals(sentences, out))
    out.extend(instalment_totals(sentences, out))
    return dedupe_fees(without_parts_of_totals(out))


_DEPOSIT_PART = re.compile(r"定金|订金|预付款?|首付款?|首款|预交")
_BALANCE_PART = re.compile(r"尾款|余款|剩余(?:款项|费用|学费)|补交余额|余额")
_MAY_SPLIT = re.compile(r"定金|订金|预付|首付|首款|预交")


def _part_amount(norm: str, start: int) -> float | None:
    """The amount written within a few characters after a 定金/尾款 label."""
    m = _AMOUNTS.search(norm, start, start + 14)
    if m is None or (m.group("n") is None and m.group("p1") is None):
        return None
    value = to_amount(m.group("n"), m.group("nw")) if m.group("n") else to_amount(
        m.group("p1"), m.group("pw1"))
    return value if MIN_FEE <= value <= MAX_FEE else None


def _split_payment_totals(sentences: Sequence[str], found: Sequence[Fee]) -> list[Fee]:
    """"定金500元 … 尾款2480元": the buyer pays the sum (2980), which the page may never write.

    Deposits and balances are paired in page order; a sum already stated as a fee adds nothing.
    """
    deposits: list[tuple[float, str, int | None]] = []
    balances: list[tuple[float, str, int | None]] = []
    for sentence in sentences:
        norm = normalize(strip_marks(sentence))
        if not (_MAY_SPLIT.search(norm) or balances or deposits):
            continue
        levels = {lv for _, lv in find_levels(norm)}
        level = levels.pop() if len(levels) == 1 else None
        for pattern, bucket in ((_DEPOSIT_PART, deposits), (_BALANCE_PART, balances)):
            for m in pattern.finditer(norm):
                value = _part_amount(norm, m.end())
                if value is not None:
                    bucket.append((value, strip_marks(sentence).strip(), level))
    stated = {f.amount_max for f in found} | {f.amount_min for f in found}
    out: list[Fee] = []
    for (deposit, evidence, level), (balance, evidence2, level2) in zip(
            deposits, balances, strict=False):
        total = deposit + balance
        if total in stated or total > MAX_FEE:
            continue
        out.append(Fee(amount_min=total, amount_max=total, kind="total", level=level2 or level,
                       evidence=f"{evidence} + {evidence2}"[:300]))
    return out


def dedupe_fees(fees: Iterable[Fee]) -> list[Fee]:
    """One fee per (min, max, kind, level), first evidence kept, order kept."""
    seen: set[tuple[float, float, str, int | None]] = set()
    out = []
    for fee in fees:
        key = (fee.amount_min, fee.amount_max, fee.kind, fee.level)
        if key not in seen:
            seen.add(key)
            out.append(fee)
    return out


_PRICE_KEYS = ("price", "lowprice", "highprice")
_CNY = frozenset({"cny", "rmb", "元", "人民币", "¥", "￥"})


def _structured_amount(value: Any) -> float | None:
    """A schema.org price value ("2200.00", 2200, "¥2,200") as a number, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        amount = float(value)
    elif isinstance(value, str):
        parsed = parse_amount(value)
        if parsed is None:
            return None
        amount = parsed
    else:
        return None
    return amount if MIN_FEE <= amount <= MAX_FEE else None


def fees_in_structured(items: Iterable[Any]) -> list[Fee]:
    """Prices of schema.org offers in JSON-LD or microdata (``price``, ``lowPrice``/``highPrice``).

    A product page may state its price only there (the visible text says "见下单页"). An offer
    priced in another currency is skipped; one with no currency is taken as CNY (a Chinese page).
    """
    out: list[Fee] = []
    for fields in walk(list(items), microdata=True):
        lowered = {str(k).lower(): v for k, v in fields.items()}
        currency = lowered.get("pricecurrency")
        if not isinstance(currency, str) or currency.strip().lower() in _CNY:
            amounts = [a for a in (_structured_amount(lowered.get(k)) for k in _PRICE_KEYS)
                       if a is not None]
            if amounts:
                name = lowered.get("name")
                levels = {lv for _, lv in find_levels(name)} if isinstance(name, str) else set()
                evidence = "offers: " + ", ".join(
                    f"{k}={lowered[k]}" for k in _PRICE_KEYS if k in lowered)
                out.append(Fee(amount_min=min(amounts), amount_max=max(amounts), kind="total",
                               level=levels.pop() if len(levels) == 1 else None,
                               evidence=evidence[:300]))
    return out
