"""Totals a page states in parts: instalment plans, and the parts of a stated total.

An instalment plan (12期×330元, 分10期每期298元, 6 monthly instalments of CNY 349) costs the
buyer count × instalment unless the page writes that total; the parts of a total written in
the same sentence (培训费2680元+认定费300元，合计2980元) are not prices of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crawler.extract.text import normalize, strip_marks
from facts.contract import Fee
from facts.money import (
    CUR_PREFIX as _CUR_PREFIX,
    CUR_SUFFIX as _CUR_SUFFIX,
    MAX_FEE,
    MIN_FEE,
    NUM as _NUM,
    parse_amount,
)

# "12期×330元", "分12期，每期330元", "330元×12期": the buyer pays count × instalment
_INSTALMENT = re.compile(
    rf"(?P<k1>\d{{1,2}})\s*期\s*[×xX*]\s*{_CUR_PREFIX}?\s*(?P<a1>{_NUM})"
    rf"|分\s*(?P<k2>\d{{1,2}})\s*期[^。;]{{0,8}}?每期\s*{_CUR_PREFIX}?\s*(?P<a2>{_NUM})"
    rf"|{_CUR_PREFIX}?\s*(?P<a3>{_NUM})\s*(?:{_CUR_SUFFIX})?\s*[×xX*]\s*(?P<k3>\d{{1,2}})\s*期"
    rf"|(?P<k4>\d{{1,2}})\s*期[^。;\d]{{0,8}}?每(?:期|月)\s*(?:仅需|只需|仅|只要)?\s*{_CUR_PREFIX}?\s*(?P<a4>{_NUM})"
    rf"|(?P<k5>\d{{1,2}})\s+monthly\s+(?:instal+ments?|payments?)\s+of\s+{_CUR_PREFIX}?\s*(?P<a5>{_NUM})",
    re.I,
)


def instalment_totals(sentences: Sequence[str], found: Sequence[Fee]) -> list[Fee]:
    """The total of an instalment plan, unless the page states that total as a fee already."""
    stated = {f.amount_max for f in found}
    out: list[Fee] = []
    for sentence in sentences:
        if "期" not in sentence and "onthly" not in sentence:
            continue  # no plan named: the common case, skipped before normalizing
        norm = normalize(strip_marks(sentence))
        for m in _INSTALMENT.finditer(norm):
            if "最低" in norm[m.start():m.end()]:
                continue  # "6期免息，每月最低663元": the cheapest plan's rate, not a plan
            count = int(next(m.group(k) for k in ("k1", "k2", "k3", "k4", "k5") if m.group(k)))
            amount = parse_amount(next(m.group(a) for a in ("a1", "a2", "a3", "a4", "a5")
                                       if m.group(a)))
            total = round(count * amount, 2) if amount and count >= 2 else 0.0
            if MIN_FEE <= total <= MAX_FEE and not any(abs(total - s) <= 0.02 * total
                                                       for s in stated):
                out.append(Fee(total, total, kind="total",
                               evidence=strip_marks(sentence).strip()[:300]))
    return out


def without_parts_of_totals(fees: list[Fee]) -> list[Fee]:
    """The fees without those that add up to another fee of the same sentence."""
    by_sentence: dict[str, list[Fee]] = {}
    for f in fees:
        by_sentence.setdefault(f.evidence, []).append(f)
    parts: set[int] = set()
    for group in by_sentence.values():
        if len(group) < 3:
            continue
        for total in group:
            others = [f for f in group if f is not total and f.amount_max < total.amount_max]
            if len(others) >= 2 and abs(sum(f.amount_max for f in others) - total.amount_max) < 1:
                parts.update(id(f) for f in others)
    return [f for f in fees if id(f) not in parts]
