"""Name normalization for issuer matching.

``normalize_name`` maps the ways one organization name gets written in ads onto one key:

- NFKC (full-width letters, digits and brackets become half-width), lower-case Latin;
- 繁体 → 简体 with OpenCC ``t2s`` (only called when the name holds a traditional character);
- a region written in brackets inside the name moves to the front (``数智（杭州）评价`` →
  ``杭州数智评价``: the registered form and the spoken form of one company);
- whitespace, punctuation and bracket characters are removed, bracket *contents* are kept
  (``杭州数智（职业）技能`` → ``杭州数智职业技能``);
- trailing legal-form suffixes are dropped (有限责任公司, 股份有限公司, 有限公司, 公司 …), so
  ``…评价有限公司`` and ``…评价公司`` are one name, while ``…评价中心`` stays different.

``core_name`` further drops what makes every name in this trade look alike: state-sounding
words (国家, 中国, 中华, 全国 …), province and big-city names, and generic words (职业技能,
评价, 鉴定, 认定, 中心, 协会, 人工智能 …). What is left is the distinctive part (``数智``,
``粤才``, ``中关村``), used to explain lookalikes: same core, different wrapping.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from facts.script import changing_chars, clear_caches as _clear_script_caches, to_simplified

NORMALIZE_VERSION = "1"

# State-sounding words: a company may not use them in a certificate name (docs/domain.md §2.1,
# 人社部发〔2017〕68号), so a fake issuer often adds one in front of a real name.
STATE_WORDS: tuple[str, ...] = ("中华人民共和国", "国家", "中国", "中华", "全国", "国际")

PROVINCES: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
    "澳门",
)
# Provincial capitals and large cities; ordinary words that are also city names (大同, 安康,
# 朝阳 …) are left out on purpose so they are never stripped from a brand.
CITIES: tuple[str, ...] = (
    "石家庄", "太原", "呼和浩特", "沈阳", "大连", "长春", "哈尔滨", "南京", "苏州", "无锡",
    "常州", "南通", "徐州", "扬州", "杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "台州",
    "金华", "合肥", "芜湖", "福州", "厦门", "泉州", "南昌", "赣州", "济南", "青岛", "烟台",
    "潍坊", "临沂", "郑州", "洛阳", "武汉", "宜昌", "襄阳", "长沙", "株洲", "广州", "深圳",
    "东莞", "佛山", "珠海", "惠州", "汕头", "中山", "江门", "湛江", "南宁", "柳州", "桂林",
    "海口", "三亚", "成都", "绵阳", "宜宾", "贵阳", "遵义", "昆明", "拉萨", "西安", "咸阳",
    "兰州", "西宁", "银川", "乌鲁木齐", "唐山", "保定", "廊坊", "邯郸", "海淀", "浦东",
    "福田", "天河", "雄安",
)
_REGION_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市", "区",
                    "县")
_REGION_SUFFIX = "(?:" + "|".join(_REGION_SUFFIXES) + ")?"

# Generic words of the trade: present in thousands of names, so they tell nothing apart.
GENERIC_WORDS: tuple[str, ...] = (
    "职业技能等级认定", "职业技能鉴定", "职业技能", "职业资格", "职业", "技能", "等级", "认定",
    "鉴定", "评价", "评估", "认证", "考试", "考核", "测评", "培训", "教育", "中心", "学院",
    "研究院", "研究所", "研究会", "服务", "管理", "发展", "人才", "协会", "学会", "联合会",
    "促进会", "委员会", "指导", "有限", "责任", "股份", "集团", "公司", "科技", "技术", "信息",
    "智能", "人工智能", "训练师", "训练", "数字", "网络", "工作", "事务所", "办公室", "就业",
)

_LEGAL_SUFFIXES: tuple[str, ...] = (
    "股份有限公司", "有限责任公司", "有限公司", "责任公司", "股份公司", "公司", "有限",
)

# Verbs ads put after an issuer's name ("…有限公司颁发"): not part of the name.
_TRAILING_VERBS = re.compile(r"(?:颁发|颁证|发证|签发|核发|监制|主办|出具)+$")
_NON_WORD = re.compile(r"[\W_]+")
_REGION_ALT = "|".join(sorted(PROVINCES + CITIES, key=len, reverse=True))
_REGION_RE = re.compile(f"(?:{_REGION_ALT}){_REGION_SUFFIX}")
_BRACKETED_REGION = re.compile(rf"^(.+?)[(\[【〔]\s*((?:{_REGION_ALT}){_REGION_SUFFIX})\s*[)\]】〕](.*)$")
_LEADING_REGION = re.compile(f"^(?:{_REGION_ALT})")


def _longest_literal_pattern(literals: set[str]) -> str:
    """A regex matching the longest of ``literals`` at a position, written as a trie so that
    re tries one branch per first character (and skips positions no literal starts at)."""
    trie: dict[str, Any] = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "|".join(re.escape(char) + emit(child) for char, child in sorted(trie.items()))


# What core_name drops: a region (with its 省/市/区 … suffix), a state word or a generic word,
# the longest one at each position (no region starts a word or the other way round, so this is
# the same as trying regions first).
_CORE_STRIP = re.compile(_longest_literal_pattern(
    {region + suffix for region in PROVINCES + CITIES for suffix in ("", *_REGION_SUFFIXES)}
    | set(STATE_WORDS + GENERIC_WORDS)))
_STATE_PREFIX = re.compile("^(?:" + "|".join(STATE_WORDS) + ")+")


# _LEGAL_SUFFIXES by length: the list runs from the longest to the shortest, and two suffixes
# of one length cannot both end a name, so "the first suffix of the list that the name ends
# with" is the one of these lengths, longest first, that it ends with
_LEGAL_SUFFIX_SETS: tuple[tuple[int, frozenset[str]], ...] = tuple(
    (length, frozenset(s for s in _LEGAL_SUFFIXES if len(s) == length))
    for length in sorted({len(s) for s in _LEGAL_SUFFIXES}, reverse=True))
assert [len(s) for s in _LEGAL_SUFFIXES] == sorted(map(len, _LEGAL_SUFFIXES), reverse=True)


def strip_legal_suffix(name: str) -> str:
    """Drop trailing legal-form words (有限公司, 股份有限公司 …), keeping at least 2 characters.

    Repeatedly drops the first suffix of ``_LEGAL_SUFFIXES`` the name ends with that leaves
    2 characters or more.
    """
    if not name.endswith(_LEGAL_SUFFIXES):
        return name
    while True:
        size = len(name)
        for length, suffixes in _LEGAL_SUFFIX_SETS:
            if size - length >= 2 and name[-length:] in suffixes:
                name = name[:-length]
                break
        else:
            return name


_OPENING_BRACKETS = frozenset("([【〔")
_OPENING_BRACKET = re.compile(r"[(\[【〔]")
_TRAILING_VERB_ENDS = ("颁发", "颁证", "发证", "签发", "核发", "监制", "主办", "出具")


def _region_to_front(text: str) -> str:
    """``数智(杭州)评价`` → ``杭州数智评价`` when the name does not start with a region."""
    if not _OPENING_BRACKET.search(text):
        return text
    found = _BRACKETED_REGION.match(text)
    if not found or _LEADING_REGION.match(found.group(1)):
        return text
    before, region, after = found.groups()
    return region + before + after


@lru_cache(maxsize=200_000)
def normalize_name(name: str) -> str:
    """The matching key of an organization name (see the module docstring)."""
    text = unicodedata.normalize("NFKC", name).lower()
    text = to_simplified(text)
    text = _region_to_front(text.strip())
    if not text.isalnum():
        text = _NON_WORD.sub("", text)
    if text.endswith(_TRAILING_VERB_ENDS):
        text = _TRAILING_VERBS.sub("", text) or text
    return strip_legal_suffix(text)


# -- batch form (same keys as normalize_name, one numpy pass over all names) ------------------
_SEPARATOR = "\x00"  # NFKC, lower() and t2s never make or remove it
_UNICODE_SIZE = 0x110000


def _flag_table(chars: frozenset[str] | str) -> np.ndarray:
    table = np.zeros(_UNICODE_SIZE, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


# Names holding a 繁体 character take the one-by-one path (phrase-level t2s); so do names with
# an opening bracket around a region (moved to the front).
_TRADITIONAL, _BRACKET = 1, 2
_SLOW_PATH_FLAGS = np.zeros(_UNICODE_SIZE, dtype=np.uint8)
_SLOW_PATH_FLAGS[[ord(c) for c in changing_chars()]] |= _TRADITIONAL
_SLOW_PATH_FLAGS[[ord(c) for c in _OPENING_BRACKETS]] |= _BRACKET
_BRACKET_CHARS = _flag_table(_OPENING_BRACKETS)
_WORD_CHAR = np.zeros(_UNICODE_SIZE, dtype=bool)  # str.isalnum() of each code point, as re's \w
_WORD_CHAR_KNOWN = np.zeros(_UNICODE_SIZE, dtype=bool)


def _word_char_table(codes: np.ndarray) -> np.ndarray:
    """``_WORD_CHAR``, filled in for the code points in ``codes`` not seen before."""
    unknown = codes[~_WORD_CHAR_KNOWN[codes]]
    if unknown.size:
        unknown = np.flatnonzero(np.bincount(unknown))  # distinct, without numpy 2's slow unique
        _WORD_CHAR[unknown] = [chr(code).isalnum() for code in unknown.tolist()]
        _WORD_CHAR_KNOWN[unknown] = True
    return _WORD_CHAR


def _finish_key(text: str) -> str:
    if text.endswith(_TRAILING_VERB_ENDS):
        text = _TRAILING_VERBS.sub("", text) or text
    return strip_legal_suffix(text)


def _codes_of(words: Sequence[str]) -> list[np.ndarray]:
    return [np.frombuffer(word.encode("utf-32-le"), dtype=np.uint32) for word in words]


_VERB_CODES = _codes_of(_TRAILING_VERB_ENDS)  # every trailing verb is 2 characters
assert {len(verb) for verb in _TRAILING_VERB_ENDS} == {2}
_LEGAL_CODES = [(length, _codes_of(sorted(suffixes))) for length, suffixes in _LEGAL_SUFFIX_SETS]


def _ends_with(kept: np.ndarray, ends: np.ndarray, words: list[np.ndarray]) -> np.ndarray:
    """For names ending (exclusive) at ``ends`` in ``kept``, whether each ends with one of
    ``words`` (all of one length; the caller makes sure each name is that long)."""
    length = len(words[0])
    tails = [kept[ends - length + offset] for offset in range(length)]
    found = np.zeros(len(ends), dtype=bool)
    for word in words:
        same = tails[0] == word[0]
        for offset in range(1, length):
            same &= tails[offset] == word[offset]
        found |= same
    return found


def _finished_keys(kept: np.ndarray) -> np.ndarray:
    """``_finish_key`` of every name in ``kept`` (code points, names ended by separators), in
    bulk: trailing verbs (2 characters each; all of them, unless that is the whole name), then
    legal-form suffixes as ``strip_legal_suffix`` drops them (the longest that leaves 2
    characters or more, again and again). The codes kept, names still ended by separators."""
    ends = np.append(np.flatnonzero(kept == 0), len(kept))
    lengths = ends - np.append(0, ends[:-1] + 1)
    dropped = np.zeros(len(ends), dtype=np.int64)
    active = np.flatnonzero(lengths >= 2)
    while len(active):  # verbs: 2 characters at a time
        verb = _ends_with(kept, ends[active] - dropped[active], _VERB_CODES)
        active = active[verb]
        dropped[active] += 2
        active = active[lengths[active] - dropped[active] >= 2]
    dropped[dropped == lengths] = 0  # a name that is all verbs keeps them (``or text``)
    active = np.flatnonzero(lengths - dropped >= 4)  # a suffix must leave 2 characters
    while len(active):
        left = lengths[active] - dropped[active]
        cut = np.zeros(len(active), dtype=np.int64)
        for length, words in _LEGAL_CODES:  # the longest first
            room = np.flatnonzero((cut == 0) & (left - length >= 2))
            hit = room[_ends_with(kept, ends[active[room]] - dropped[active[room]], words)]
            cut[hit] = length
        dropped[active] += cut
        active = active[cut > 0]
    if not dropped.any():
        return kept
    total = int(dropped.sum())
    firsts = np.repeat(ends - dropped, dropped)
    within = np.arange(total) - np.repeat(np.cumsum(dropped) - dropped, dropped)
    keep = np.ones(len(kept), dtype=bool)
    keep[firsts + within] = False
    return kept[keep]


_BULK_FROM = 64  # names from which normalize_names works on all of them at once


def normalize_names(names: Sequence[str]) -> list[str]:
    """``[normalize_name(n) for n in names]``, computed in bulk.

    NFKC, lower-casing and the removal of non-word characters run once over all names joined
    by a separator; names with a 繁体 character, and names with a bracketed region, go through
    ``normalize_name`` one by one (phrase-level t2s, the region moved to the front).
    """
    names = list(names)
    if len(names) < _BULK_FROM:  # a few names: one by one is cheaper (and memoized)
        return [normalize_name(name) for name in names]
    joined = _SEPARATOR.join(names)
    if joined.count(_SEPARATOR) != len(names) - 1:
        return [normalize_name(name) for name in names]
    lowered = unicodedata.normalize("NFKC", joined).lower()
    codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    is_separator = codes == 0
    name_of_code = np.cumsum(is_separator)
    flags = _SLOW_PATH_FLAGS[codes]
    flagged = np.flatnonzero(flags)
    traditional = np.zeros(len(names), dtype=bool)
    traditional[name_of_code[flagged[flags[flagged] & _TRADITIONAL > 0]]] = True
    bracketed = np.zeros(len(names), dtype=bool)
    bracketed[name_of_code[flagged[flags[flagged] & _BRACKET > 0]]] = True
    kept = codes[_word_char_table(codes)[codes] | is_separator]
    keys = _finished_keys(kept).tobytes().decode("utf-32-le", "surrogatepass").split(_SEPARATOR)
    for index in np.flatnonzero(traditional).tolist():
        keys[index] = normalize_name(names[index])
    bracketed &= ~traditional
    if bracketed.any():  # the bulk key stands unless a bracketed region moves to the front
        lowered_names = lowered.split(_SEPARATOR)
        for index in np.flatnonzero(bracketed).tolist():
            text = lowered_names[index].strip()
            if _region_to_front(text) != text:
                keys[index] = normalize_name(names[index])
    return keys


def core_names_of_keys(keys: Sequence[str]) -> list[str]:
    """``core_name`` of names already normalized (``normalize_name`` output), in bulk."""
    joined = "\n".join(keys)
    if joined.count("\n") != len(keys) - 1:
        return [_CORE_STRIP.sub("", key) for key in keys]
    return _CORE_STRIP.sub("", joined).split("\n") if keys else []


def has_opening_bracket(name: str) -> bool:
    """Whether the name (after NFKC) holds an opening bracket, where a region may hide."""
    return _OPENING_BRACKET.search(unicodedata.normalize("NFKC", name)) is not None


def have_opening_brackets(names: Sequence[str]) -> list[bool]:
    """``[has_opening_bracket(n) for n in names]``, computed in bulk."""
    names = list(names)
    joined = _SEPARATOR.join(names)
    if len(names) < 2 or joined.count(_SEPARATOR) != len(names) - 1:
        return [has_opening_bracket(name) for name in names]
    codes = np.frombuffer(unicodedata.normalize("NFKC", joined)
                          .encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    owners = np.cumsum(codes == 0)[_BRACKET_CHARS[codes]]
    flags: list[bool] = (np.bincount(owners, minlength=len(names)) > 0).tolist()
    return flags


@lru_cache(maxsize=200_000)
def core_name(name: str) -> str:
    """The distinctive part of a name: normalized, without state, region and generic words."""
    return _CORE_STRIP.sub("", normalize_name(name))


def registered_name_keys(name: str) -> tuple[str, ...]:
    """Keys under which a registry name is found: its normalized form and, for a name with a
    bracketed region (``腾讯科技（深圳）有限公司``), the form without it (``腾讯科技``), the way
    such names are usually written."""
    key = normalize_name(name)
    text = unicodedata.normalize("NFKC", name).strip()
    found = _BRACKETED_REGION.match(text) if _OPENING_BRACKET.search(text) else None
    if not found:
        return (key,)
    short = normalize_name(found.group(1) + found.group(3))
    return (key, short) if short and short != key else (key,)


def clear_caches() -> None:
    """Forget every memoized result of this module (for benchmarks measuring a cold start)."""
    for cached in (normalize_name, core_name):
        cached.cache_clear()
    _clear_script_caches()
    _WORD_CHAR_KNOWN[:] = False


def strip_state_prefix(normalized: str) -> str:
    """``国家工信部`` → ``工信部``: leading state-sounding words removed from a normalized name."""
    return _STATE_PREFIX.sub("", normalized)


def region_words(normalized: str) -> list[str]:
    """Province/city names found in a normalized name, in order."""
    return _REGION_RE.findall(normalized)


def normalization_steps(name: str) -> list[str]:
    """Which normalizations change ``name`` (for explanations): 全角, 繁体, punctuation, suffix."""
    steps: list[str] = []
    text = unicodedata.normalize("NFKC", name)
    if text != name:
        steps.append("full-width")
    if text.lower() != text:
        steps.append("case")
    text = text.lower()
    simplified = to_simplified(text)
    if simplified != text:
        steps.append("traditional")
    moved = _region_to_front(simplified.strip())
    if moved != simplified.strip():
        steps.append("bracketed region")
    bare = moved if moved.isalnum() else _NON_WORD.sub("", moved)
    if bare != moved:
        steps.append("punctuation/spaces")
    if bare.endswith(_TRAILING_VERB_ENDS) and _TRAILING_VERBS.sub("", bare):
        steps.append("trailing 颁发")
        bare = _TRAILING_VERBS.sub("", bare)
    if bare.endswith(_LEGAL_SUFFIXES) and strip_legal_suffix(bare) != bare:
        steps.append("legal-form suffix")
    return steps
