"""Local 人社 bureaus absent from the registry are government bodies, not lookalikes."""

from __future__ import annotations

from pathlib import Path

import pytest

from registry.importer import parse_registry_csv
from registry.matcher import IssuerMatcher

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "registry.csv"


@pytest.fixture(scope="module")
def matcher() -> IssuerMatcher:
    return IssuerMatcher(parse_registry_csv(BUNDLED))


@pytest.mark.parametrize("mention", [
    "佛山市人力资源和社会保障局", "宁波市人社局", "江苏省苏州市人力资源和社会保障局",
    "延边朝鲜族自治州人力资源和社会保障局", "杭州市西湖区人力资源和社会保障局", "温州市人力资源社会保障局",
])
def test_a_bureau_of_another_place_is_a_government_body(matcher: IssuerMatcher, mention: str) -> None:
    result = matcher.match(mention)
    assert result.status == "government"
    assert result.agency_id is None  # not in the registry: no record to judge scope or validity
    assert "local 人社 bureau" in result.explanation


@pytest.mark.parametrize(("mention", "status"), [
    ("北京市人力资源和社会保障局", "government"),  # in the registry: matched to its row
    ("国家人力资源和社会保障局", "lookalike"),  # a state prefix is no place
    ("中国人工智能市人社局", "unrecognized"),
    ("广东省人社厅职业技能鉴定中心", "lookalike"),  # a bureau's name in a made-up body
    ("佛山市人力资源和社会保障局职业技能评价中心", "lookalike"),
])
def test_imitations_of_bureaus_are_not_local_bureaus(matcher: IssuerMatcher, mention: str,
                                                     status: str) -> None:
    result = matcher.match(mention)
    assert result.status == status
    if mention.startswith("北京市"):
        assert result.agency_id == "GOV-HRSS-BJ"
