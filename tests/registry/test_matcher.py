"""Matcher statuses and explanations on the bundled registry (data/registry.csv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from registry.importer import parse_registry_csv
from registry.matcher import MATCHER_VERSION, IssuerMatcher
from registry.records import AgencyRecord

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "registry.csv"


@pytest.fixture(scope="module")
def matcher() -> IssuerMatcher:
    return IssuerMatcher(parse_registry_csv(BUNDLED))


@pytest.mark.parametrize(("mention", "status", "agency_id"), [
    ("杭州數智職業技能評價有限公司", "recognized", "DEMO-EVAL-01"),
    ("杭州数智职业技能评价公司", "recognized", "DEMO-EVAL-01"),
    ("数智评价", "recognized", "DEMO-EVAL-01"),
    ("江苏苏研职业技能评价有限公司", "recognized", "DEMO-EVAL-04"),
    ("人社部", "government", "GOV-MOHRSS"),
    ("工信部颁发", "government", "GOV-MIIT"),
    ("国家人社部", "government", "GOV-MOHRSS"),
    ("广东省人社厅", "government", "GOV-HRSS-GD"),
    ("国家数智职业技能评价中心", "lookalike", "DEMO-EVAL-01"),
    ("中国粤才职业技能等级认定中心", "lookalike", "DEMO-EVAL-02"),
    ("杭州数智职业技能评估有限公司", "lookalike", "DEMO-EVAL-01"),
    ("北京中关材人才发展评价中心", "lookalike", "DEMO-EVAL-03"),
    ("广东粤才人工智能职业技能等级认定中心", "lookalike", "DEMO-EVAL-02"),
    ("国家工信部职业技能鉴定中心", "lookalike", "GOV-MIIT"),
    ("JYPC全国职业资格考试认证中心", "unrecognized", None),
    ("中国人工智能训练师认证中心", "unrecognized", None),
    ("国际人工智能技能认证协会", "unrecognized", None),
    ("杭州云帆职业技能评价有限公司", "unrecognized", None),
    ("", "unrecognized", None),
])
def test_statuses(matcher: IssuerMatcher, mention: str, status: str, agency_id: str | None) -> None:
    result = matcher.match(mention)
    assert (result.status, result.agency_id) == (status, agency_id), result.explanation


def test_explanations_name_the_evidence(matcher: IssuerMatcher) -> None:
    lookalike = matcher.match("杭州数智职业技能评估有限公司")
    assert lookalike.explanation.startswith(
        "lookalike of 杭州数智职业技能评价有限公司 (DEMO-EVAL-01): ")
    assert '"价"→"估"' in lookalike.explanation and "(score " in lookalike.explanation
    assert lookalike.matched_name == "杭州数智职业技能评价有限公司"
    alias = matcher.match("数智评价")
    assert alias.explanation == ('recognized: alias "数智评价" of DEMO-EVAL-01 '
                                 "杭州数智职业技能评价有限公司")
    assert alias.score == 100
    traditional = matcher.match("杭州數智職業技能評價有限公司")
    assert "traditional" in traditional.explanation
    prefix = matcher.match("国家数智职业技能评价中心")
    assert 'same distinctive part "数智"' in prefix.explanation
    unrecognized = matcher.match("杭州云帆职业技能评价有限公司")
    assert unrecognized.explanation.startswith("unrecognized: nearest ")
    assert " < 75" in unrecognized.explanation
    assert unrecognized.candidates and len(unrecognized.candidates) <= 3
    assert unrecognized.candidates[0].score == unrecognized.score


def test_match_many_keeps_order_and_duplicates(matcher: IssuerMatcher) -> None:
    names = ["人社部", "数智评价", "人社部", "无名机构"]
    results = matcher.match_many(names)
    assert [r.mention for r in results] == names
    assert results[0] == results[2]
    assert [r.status for r in results] == ["government", "recognized", "government", "unrecognized"]


def test_registry_names_are_data_not_code() -> None:
    registry = [AgencyRecord("X1", "成都锦官职业技能评价有限公司", aliases=("锦官评价",))]
    matcher = IssuerMatcher(registry)
    assert matcher.match("锦官评价").status == "recognized"
    assert matcher.match("四川锦官职业技能评价有限公司").status == "lookalike"
    assert matcher.match("杭州数智职业技能评价有限公司").status == "unrecognized"
    assert MATCHER_VERSION
