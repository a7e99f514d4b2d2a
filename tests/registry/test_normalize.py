from __future__ import annotations

import pytest

from registry.normalize import core_name, normalization_steps, normalize_name, strip_state_prefix


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
