from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings, strategies as st

from registry.normalize import (
    _BULK_FROM,
    _LEGAL_SUFFIXES,
    clear_caches,
    core_name,
    normalization_steps,
    normalize_name,
    normalize_names,
    strip_legal_suffix,
    strip_state_prefix,
)


@pytest.mark.parametrize(("raw", "key"), [
    ("杭州數智職業技能評價有限責任公司", "杭州数智职业技能评价"),  # 繁体 + legal form
    ("杭州数智（职业）技能评价有限公司", "杭州数智职业技能评价"),  # bracket characters go, contents stay
    ("数智（杭州）职业技能评价有限公司", "杭州数智职业技能评价"),  # bracketed region moves to the front
    ("杭州 数智·职业技能评价 公司", "杭州数智职业技能评价"),
    ("「杭州数智职业技能评价有限公司」颁发", "杭州数智职业技能评价"),
    ("ＯＳＴＡ", "osta"),
    ("JYPC全国职业资格考试认证中心", "jypc全国职业资格考试认证中心"),
    ("广东粤才职业技能等级认定中心", "广东粤才职业技能等级认定中心"),  # 中心 is not a legal form
    ("科大讯飞股份有限公司", "科大讯飞"),
    ("公司", "公司"),  # never strips a name to nothing
])
def test_normalize_name(raw: str, key: str) -> None:
    assert normalize_name(raw) == key


@pytest.mark.parametrize(("raw", "core"), [
    ("国家数智职业技能评价中心", "数智"),
    ("广东粤才人工智能职业技能等级认定中心", "粤才"),
    ("北京中关村人才发展评价中心", "中关村"),
    ("上海市浦江智训职业技能评价有限公司", "浦江智训"),
    ("中国人工智能训练师认证中心", ""),
    ("国家工信部职业技能鉴定中心", "工信部"),
])
def test_core_name_keeps_the_distinctive_part(raw: str, core: str) -> None:
    assert core_name(raw) == core


def test_state_prefix_and_steps() -> None:
    assert strip_state_prefix("中华人民共和国教育部") == "教育部"
    assert strip_state_prefix("国家人社部") == "人社部"
    assert normalization_steps("杭州數智職業技能評價有限公司") == ["traditional", "legal-form suffix"]


# --- the bulk form and the fast suffix stripping give the same keys (issue #15) ----------------

PIECES = ["杭州", "北京市", "（", "）", "(", ")", "[", "【", "】", "〔", "數智", "职業", "評價", "数智",
          "有限公司", "股份有限公司", "有限责任公司", "股份公司", "责任公司", "公司", "有限", "责任",
          "股份", "颁发", "颁证", "发证", "签发", "核发", "监制", "主办", "出具", "颁", " ", "　",
          "·", "_", "ＡＢ", "Σ", "1", "１", "²", "廣東", "（深圳）", "(杭州市)", "国家", "\u200b",
          "\t", "！", "评价中心", "後", "髮", "a"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=8).map("".join), min_size=64,
                max_size=120))
def test_bulk_normalization_gives_the_keys_of_one_by_one(names: list[str]) -> None:
    """Lists long enough for the bulk path (``_BULK_FROM``)."""
    assert len(names) >= _BULK_FROM
    clear_caches()
    assert normalize_names(names) == [normalize_name(name) for name in names]


def _strip_slowly(name: str) -> str:
    """strip_legal_suffix as first written: the first suffix of the list that leaves 2."""
    while True:
        for suffix in _LEGAL_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                name = name[: -len(suffix)]
                break
        else:
            return name


def test_legal_suffixes_are_stripped_as_the_list_says() -> None:
    pieces = ["股份", "有限", "责任", "公司", "a", "限", "公"]
    names = ["".join(p) for n in range(6) for p in itertools.product(pieces, repeat=n)]
    assert [strip_legal_suffix(n) for n in names] == [_strip_slowly(n) for n in names]
    clear_caches()
    assert normalize_names(names) == [_strip_slowly(n) if n else n for n in names]
