"""On a page that sells several certificates, which fees belong to the AI-trainer course?

A school's page lists 心理咨询师 3980元, 健康管理师 2980元 and 人工智能训练师四级 2680元; only the
last is this offer's fee (docs/domain.md §1.1: other occupations are other certificates). A
fee belongs to the course named last before it: in its own clause or sentence, else in the
sentences before it (a heading "二、心理咨询师" scopes the lines under it). Pages that name no
other occupation are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crawler.extract.offer import OCCUPATION, OTHER_OCCUPATION
from crawler.extract.text import normalize
from facts.contract import Fee

HEADING_CHARS = 30
# a table cell that is an occupation's name: 计算机程序设计员, 健康管理师, 茶艺师
_TEACHER = re.compile(r"老师|讲师|导师|教师|班主任|咨询师|顾问")
_OCCUPATION_CELL = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:员|师)(?:\s*[(（][^)）]{0,12}[)）])?$")
_CLAUSE = re.compile(r"[,;，；|。!?！？\n]")


def _last_course(text: str) -> str | None:
    """'ours' or 'other': whichever occupation ``text`` names last (None: neither)."""
    ours = [m.start() for m in OCCUPATION.finditer(text)]
    other = [m.start() for m in OTHER_OCCUPATION.finditer(text)]
    if not ours and not other:
        return None
    return "ours" if max(ours, default=-1) >= max(other, default=-1) else "other"


def _amount_digits(fee: Fee) -> str:
    return f"{fee.amount_max:g}"


def _course_of(fee: Fee, sentences: Sequence[str], index: dict[str, int],
               scope: list[str | None]) -> str | None:
    evidence = normalize(fee.evidence).replace(",", "")
    digits = _amount_digits(fee)
    at = evidence.find(digits)
    if at >= 0:
        clause_start = max((m.end() for m in _CLAUSE.finditer(evidence, 0, at)), default=0)
        course = _last_course(evidence[clause_start:at])
        if course is not None:
            return course
    if " | " in fee.evidence:  # a table row: the course its cells name
        cells = [c.strip() for c in evidence.split("|")]
        if any(OCCUPATION.search(c) for c in cells):
            return "ours"
        if any(OTHER_OCCUPATION.search(c) for c in cells) or (
            _OCCUPATION_CELL.match(cells[0]) and not _TEACHER.search(cells[0])
        ):  # another occupation named, or the row's first cell is one: 计算机程序设计员
            return "other"
    i = index.get(fee.evidence)
    return scope[i] if i is not None else None


def fees_of_the_occupation(fees: Sequence[Fee], sentences: Sequence[str]) -> list[Fee]:
    """``fees`` without those that belong to another occupation's course on the same page."""
    if not fees or (not any(OTHER_OCCUPATION.search(normalize(s)) for s in sentences) and not any(
        " | " in f.evidence for f in fees
    )):
        return list(fees)
    scope: list[str | None] = []
    current: str | None = None
    for sentence in sentences:
        if len(sentence) <= HEADING_CHARS:  # a heading or a short line names the course below
            current = _last_course(normalize(sentence)) or current
        scope.append(current)
    index = {s.strip(): i for i, s in enumerate(sentences)}
    index.update({s: i for i, s in enumerate(sentences)})
    kept = [f for f in fees if _course_of(f, sentences, index, scope) != "other"]
    return kept if kept else list(fees)
