"""Skill levels, the one parser of them: 一级…五级, 1级…5级, 高级技师…初级工, ranges, L3 / Level 3.

Levels are ints 1 (一级/高级技师) … 5 (五级/初级工), docs/domain.md §1.2.

- ``find_levels`` / ``extract_levels`` read the levels a page *offers*: level words that belong
  to another certificate (一级建造师, 二级心理咨询师, 英语四级, 二级学院) are skipped; a level named
  as a prerequisite (取得四级证书后…) or while describing the five grades is not on offer.
- ``level_words`` reads every level word of a short text (a claim's sentence, a registry cell)
  without judging its context: 中级 is 4, 初级 is 5, 预备技师 is 2.
"""

from __future__ import annotations

import re
from functools import lru_cache

from facts.script import normalize

_MAY_HAVE_LEVEL = re.compile(r"级|技师|级工|L\s*[1-5]|level|lv", re.I)
_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_TITLE_LEVEL = {"高级技师": 1, "技师": 2, "高级工": 3, "中级工": 4, "初级工": 5}

_D = r"[一二三四五1-5]"
# "一至三级", "三到一级", "1-3级", "三~五级", "L3-L5"
_RANGE = re.compile(rf"(?<![0-9.])({_D})\s*级?\s*(?:至|到|~|-|—|–|－)\s*({_D})\s*级")
# "三、四、五级", "三/四/五级", "三四五级"
_LIST = re.compile(rf"(?<![0-9.])((?:{_D}\s*[、/,，和及与或]?\s*){{1,4}}{_D})\s*级")
_SINGLE = re.compile(rf"(?<![0-9.])({_D})\s*级")
_TITLE = re.compile(r"高级技师|(?<!高级)技师(?!学院|学校)|高级工|中级工|初级工")
# 初级/中级/高级 + the occupation or a certificate word: "高级人工智能训练师", "中级证书"
_GRADE = re.compile(r"(初级|中级|高级)(?=\s*(?:人工智能训练师|AI训练师|人工智能|AI|数据标注|训练师|证书?|班))",
                    re.I)
_GRADE_LEVEL = {"初级": 5, "中级": 4, "高级": 3}
_NAMED_WORDS = r"高级技师|技师|高级工|中级工|初级工|初级|中级|高级"
_NAMED_LEVEL = {**_TITLE_LEVEL, **_GRADE_LEVEL}
# "从初级到高级", "高级工至技师", "中级工-高级技师": a range written with level names
_NAMED_RANGE = re.compile(rf"({_NAMED_WORDS})\s*(?:至|到|~|-|—|–|－)\s*({_NAMED_WORDS})")
# "三级及以上", "高级工及以上", "技师以上": that level and every higher one (down to 一级)
_AND_ABOVE = re.compile(rf"(?<![0-9.])(?:({_D})\s*级|({_NAMED_WORDS}))\s*(?:及|或|和)?\s*以上")
# "Level 3 to Level 1", "Levels 3-5", "L5-L3"
_ENGLISH_RANGE = re.compile(
    r"(?<![A-Za-z0-9])(?:Levels?|LEVELS?|L)\s*([1-5])\s*(?:to|-|–|~|through)\s*"
    r"(?:Levels?\s*|LEVELS?\s*|L)?([1-5])(?![0-9])"
)
_ENGLISH = re.compile(r"(?<![A-Za-z0-9])(?:L|Level\s*|LEVEL\s*|Lv\.?\s*)([1-5])(?![0-9])")

# what follows a level word that makes it another certificate's level
_OTHER_AFTER = re.compile(
    r"^\s*(?:\(|（)?\s*(?:注册)?(?:建造|造价|心理|消防|建筑|结构|会计|律师|翻译|教师|人力资源|健康管理|"
    r"营养|茶艺|评茶|企业培训|理财|公共营养|育婴|保育|电工|焊工|钳工|甲等|乙等|丙等|学院|学科|"
    r"响应|医院|目录|指标|标题|分类|菜单|页面|域名|城市|市场|代理|公路|建造|物业|安全|资质|"
    r"残疾|伤残|风险|预警|保护|行政|单位|部门|分公司|经销|警报|台风|地震|文物|运动员|裁判|"
    r"计算机|英语|日语|钢琴|乐理|考级|证件|职称)"
)
_OTHER_BEFORE = re.compile(
    r"(?:英语|计算机|CET-?|日语|韩语|钢琴|书法|舞蹈|普通话|围棋|美术|乐理|全国计算机|NCRE|"
    r"等级考试)\s*$",
    re.I,
)
_OTHER_OCCUPATION_AFTER = re.compile(r"^\s*([\u4e00-\u9fff]{1,6}?)(师|员)")
_OK_OCCUPATIONS = ("人工智能训练", "训练", "AI训练", "数据标注", "人工智能算法测试", "算法测试",
                   "技", "高级技", "学")
_NOT_OCCUPATION = re.compile(r"[证班课考报费培学习]")
_PREREQ = re.compile(r"(?:取得|持有|获得|具有|具备)[^,;。]{0,16}$")
# holding a level is a condition whatever follows: "面向持二级/技师证书的从业者", "已有四级证"
_HOLDING = re.compile(
    r"(?:持有?|已有|已取得|已获得|已考取|需具备)[^,;。]{0,8}$"
    r"|(?:eligibility|require[sd]?|requirement|holders? of|hold(?:ing)?|prerequisite|after obtaining)"
    r"[^.;]{0,24}$"
    r"|(?:低|高|上|下|同|每|逐|越|跨)\s*$",
    re.I,
)
_EN_ARTICLE = re.compile(r"\b(?:a|an|with|holding|hold|have)\s+$", re.I)
_EN_CERT_AFTER = re.compile(r"\s*(?:certificate|certification|qualification|cert)\b", re.I)
_PREREQ_AFTER = re.compile(r"^[^,;。]{0,12}(?:证书)?(?:后|满\s*[\d一二两三四五六七八九十半])")


# the occupation's grade structure, not levels on offer: "分为五级到一级五个等级",
# "共设五个等级：五级（初级工）…一级（高级技师）"
_STRUCTURE_BEFORE = re.compile(
    r"(?:分为|分成|共分|共设|设有|设置|划分为|划分成)\s*$"
    r"|(?:[五5]|几)\s*个\s*(?:等级|级别)\s*(?::[^;。:]*)?$"
)
_STRUCTURE_AFTER = re.compile(r"^[^,;。]{0,4}?(?:[五5])\s*个\s*(?:等级|级别)")


def _grade_structure(norm: str, start: int, end: int) -> bool:
    """True for a level named while describing the occupation's five grades."""
    return bool(_STRUCTURE_BEFORE.search(norm[max(0, start - 90):start])
                or _STRUCTURE_AFTER.match(norm[end:end + 12]))


def _other_certificate(norm: str, start: int, end: int) -> bool:
    """True when the level word at [start, end) belongs to another certificate or thing."""
    after = norm[end:end + 12]
    if _OTHER_AFTER.match(after):
        return True
    if _OTHER_BEFORE.search(norm[max(0, start - 8):start]):
        return True
    m = _OTHER_OCCUPATION_AFTER.match(after)
    if m:
        name = m.group(1)
        if _NOT_OCCUPATION.search(name):
            return False
        if not any(name.startswith(ok) for ok in _OK_OCCUPATIONS):
            return True
    return False


def _prerequisite(norm: str, start: int, end: int) -> bool:
    """True for "取得四级证书后…": the level is a condition, not on offer."""
    before = norm[max(0, start - 30):start]
    if _HOLDING.search(before):
        return True
    if _EN_ARTICLE.search(before) and _EN_CERT_AFTER.match(norm, end):
        return True  # "… plus a Level 4 certificate and 2 years of work"
    return bool(_PREREQ.search(before[-16:]) and _PREREQ_AFTER.match(norm[end:end + 14]))


def find_levels(text: str) -> list[tuple[int, int]]:
    """(position, level) for every level named in ``text``, in order of position."""
    return list(_find_levels(text))


@lru_cache(maxsize=4096)
def _find_levels(text: str) -> tuple[tuple[int, int], ...]:
    norm = normalize(text)
    if not _MAY_HAVE_LEVEL.search(norm):
        return ()
    found: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def keep(s: int, e: int, levels: list[int]) -> None:
        if not free(s, e):
            return
        taken.append((s, e))
        if (_other_certificate(norm, s, e) or _prerequisite(norm, s, e)
                or _grade_structure(norm, s, e)):
            return
        found.extend((s, lv) for lv in levels)

    for m in _AND_ABOVE.finditer(norm):
        top = _CN_DIGIT[m.group(1)] if m.group(1) else _NAMED_LEVEL[m.group(2)]
        keep(m.start(), m.end(), list(range(1, top + 1)))
    for m in _NAMED_RANGE.finditer(norm):
        a, b = _NAMED_LEVEL[m.group(1)], _NAMED_LEVEL[m.group(2)]
        keep(m.start(), m.end(), list(range(min(a, b), max(a, b) + 1)))
    for m in _ENGLISH_RANGE.finditer(norm):
        a, b = int(m.group(1)), int(m.group(2))
        keep(m.start(), m.end(), list(range(min(a, b), max(a, b) + 1)))
    for m in _RANGE.finditer(norm):
        a, b = _CN_DIGIT[m.group(1)], _CN_DIGIT[m.group(2)]
        keep(m.start(), m.end(), list(range(min(a, b), max(a, b) + 1)))
    for m in _LIST.finditer(norm):
        digits = [_CN_DIGIT[c] for c in m.group(1) if c in _CN_DIGIT]
        keep(m.start(), m.end(), digits)
    for m in _SINGLE.finditer(norm):
        keep(m.start(), m.end(), [_CN_DIGIT[m.group(1)]])
    for m in _TITLE.finditer(norm):
        keep(m.start(), m.end(), [_TITLE_LEVEL[m.group(0)]])
    for m in _GRADE.finditer(norm):
        keep(m.start(), m.end(), [_GRADE_LEVEL[m.group(1)]])
    for m in _ENGLISH.finditer(norm):
        keep(m.start(), m.end(), [int(m.group(1))])
    found.sort()
    return tuple(found)


def extract_levels(texts: list[str] | tuple[str, ...]) -> list[int]:
    """Sorted distinct levels named in ``texts``."""
    levels: set[int] = set()
    for text in texts:
        levels.update(lv for _, lv in find_levels(text))
    return sorted(levels)


LEVEL_NAMES_ZH = {
    1: "一级/高级技师",
    2: "二级/技师",
    3: "三级/高级工",
    4: "四级/中级工",
    5: "五级/初级工",
}

_LEVEL_WORDS = re.compile(
    r"高级技师|(?<!高级)技师|高级工|中级工?|初级工?|预备技师|([一二三四五12345])\s?级"
)
_NAMED = {"高级技师": 1, "技师": 2, "预备技师": 2, "高级工": 3, "中级": 4, "中级工": 4}


def level_words(text: str, *, bare_grades: bool = True) -> set[int]:
    """Every level word ``text`` names, as numbers 1..5, context not judged.

    ``bare_grades=False`` leaves out 中级 / 初级 without 工 (an official filing names its levels
    in full, so a bare grade there is no level).
    """
    found: set[int] = set()
    for match in _LEVEL_WORDS.finditer(text):
        word = match.group()
        if not bare_grades and word in ("中级", "初级"):
            continue
        if match.group(1):
            found.add(_CN_DIGIT[match.group(1)])
        elif word.startswith("初级"):
            found.add(5)
        else:
            found.add(_NAMED[word])
    return found
