"""What an issuer's name looks like: organization endings, and cutting a span to the name.

Shared by ``crawler.extract.issuers``: the organization suffixes (有限公司, 中心, 协会, Co., Ltd …),
English bodies named organization-word first ("the Ministry of …"), and ``tighten_name``,
which cuts a span that swallowed its lead-in or its verb phrase down to the organization.
"""

from __future__ import annotations

import re

from crawler.extract.text import normalize

ORG_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|研究院|研究所|研究会|研究中心|中心|协会|学会|"
    r"委员会|办公室|联合会|促进会|基金会|总会|分会|商会|联盟|学院|大学|学校|总局|总署|部|厅|局|院|署|"
    r"委|办|站|所|"
    r"Center|Centre|Association|Institute|Council|Committee|Ministry|Bureau|Board|Society|"
    r"Foundation|Academy|University|Ltd\.?|Inc\.?|Co\.,? ?Ltd\.?|Limited|Corporation)"
)
ORG_CHARS = r"[\u4e00-\u9fffA-Za-z0-9()（）·&\-]"
ORG_END = re.compile(rf"{ORG_SUFFIX}$", re.I)
LATIN_WORD = re.compile(r"[A-Za-z]{3}")

# "the Ministry of Human Resources and Social Security", "Bureau of …": English bodies whose
# organization word comes first
_EN_BODY = re.compile(
    r"^(?:Ministry|Department|Bureau|Office|Cent(?:er|re)|Council|Board|Commission|Committee|"
    r"Administration)\s+(?:of|for)\s+[A-Z][A-Za-z ,&'-]{3,80}?(?=\s*(?:$|\(|,\s*(?:and|which)\b|"
    r"\s+(?:and\s+(?:is|are|can)|which|under|after|upon|for\s+(?:all|each|the\s+exam))\b))"
)


def english_body(value: str) -> str | None:
    """A body named organization-word first ("Ministry of …"), or None."""
    m = _EN_BODY.match(value.strip())
    return m.group(0).strip(" ,") if m else None


_LEAD_IN = re.compile(r"^.{0,16}?(?:由|经由|经|交由|委托|好像是|应该是|据说是|就是|是)(?=.{2})")
_ALIAS_CHARS = 12


def tighten_name(name: str) -> str | None:
    """An issuer span cut to the organization it names.

    "本次认定由陕西长安数字职业技能评价有限公司具体组织实施" → "陕西长安数字职业技能评价有限公司": a
    span that swallowed its lead-in (本次认定由) or the verb phrase after it (具体组织实施)
    keeps the organization only. A long span with no organization ending is no name.
    """
    norm = normalize(name)
    if english_body(name) == name.strip():
        return name.strip()  # "Ministry of …": the organization word comes first
    if not ORG_END.search(norm):
        ends = [m.end() for m in re.finditer(ORG_SUFFIX, name, re.I)]
        if not ends:
            return name if len(norm) <= _ALIAS_CHARS else None
        name = name[: ends[-1]]
    lead = _LEAD_IN.match(name)
    if (lead and "由" in lead.group(0)) or (lead and len(lead.group(0)) <= 3):
        name = name[lead.end():]
    if not LATIN_WORD.search(name):  # "…常年招生-天津津南职业技能评价中心": a title's site name
        tail = re.split(r"[-_|—–·:：\s（(]", name)[-1]
        if len(tail) >= 4 and ORG_END.search(normalize(tail)):
            name = tail
    return name.strip() or None
