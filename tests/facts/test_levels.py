"""Skill levels as ads name them, and level words of other certificates (docs/domain.md §1.2)."""

from __future__ import annotations

import pytest

from facts.levels import LEVEL_NAMES_ZH, extract_levels, find_levels, level_words


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("人工智能训练师三级", [3]),
        ("報考人工智能訓練師四級", [4]),
        ("3级/高级工", [3]),
        ("三级（高级工）", [3]),
        ("高级技师", [1]),
        ("二级/技师", [2]),
        ("中级工、初级工均可报名", [4, 5]),
        ("一至三级", [1, 2, 3]),
        ("三到一级", [1, 2, 3]),
        ("3-5级", [3, 4, 5]),
        ("三、四、五级同时招生", [3, 4, 5]),
        ("三/四/五级", [3, 4, 5]),
        ("AI Trainer Level 3", [3]),
        ("L4 course", [4]),
        ("高级人工智能训练师", [3]),
        ("中级证书", [4]),
        ("三级数据标注员", [3]),
    ],
)
def test_levels(text: str, levels: list[int]) -> None:
    assert extract_levels([text]) == levels


@pytest.mark.parametrize(
    "text",
    [
        "一级建造师",
        "二级建造师考试",
        "二级心理咨询师",
        "英语四级",
        "计算机二级",
        "技师学院",
        "2025级学生",
        "15级台风",
        "三级甲等医院",
        "二级学院",
        "取得四级证书后，累计从事本职业工作4年",
        "三级企业培训师",
        "面向持二级/技师证书的资深从业者",
        "已有低一级职业技能等级证书复印件",
        "Eligibility: a Level 4 certificate plus 5 years of work",
        "a college diploma in a related major plus a Level 4 certificate and 2 years of work",
    ],
)
def test_level_words_that_are_not_ai_trainer_levels(text: str) -> None:
    assert extract_levels([text]) == []


def test_levels_collected_over_sentences() -> None:
    assert extract_levels(["开设四级班", "三级班下月开班", "一级建造师另有课程"]) == [3, 4]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("一级/高级技师", {1}),
        ("二级/技师", {2}),
        ("预备技师", {2}),
        ("三级/高级工", {3}),
        ("四级/中级工", {4}),
        ("五级/初级工", {5}),
        ("中级", {4}),
        ("初级", {5}),
        ("3级", {3}),
        ("三 级", {3}),
        ("高级工、中级工", {3, 4}),
        ("零基础直接报二级", {2}),
        ("一级建造师", {1}),  # context is not judged here
        ("人工智能训练师", set()),
    ],
)
def test_level_words(text: str, levels: set[int]) -> None:
    assert level_words(text) == levels


def test_level_words_without_bare_grades() -> None:
    assert level_words("初级", bare_grades=False) == set()
    assert level_words("中级工", bare_grades=False) == {4}
    assert level_words("五级/初级工、四级/中级工", bare_grades=False) == {4, 5}


def test_find_levels_positions() -> None:
    assert find_levels("报名三级和四级") == [(2, 3), (5, 4)]
    assert find_levels("") == []


def test_level_names() -> None:
    assert LEVEL_NAMES_ZH[1] == "一级/高级技师" and LEVEL_NAMES_ZH[5] == "五级/初级工"
