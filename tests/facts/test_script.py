"""facts.script: the one reader of script (Traditional → Simplified, full-width → ASCII)."""

from __future__ import annotations

import pytest

from facts.script import (
    changing_chars,
    has_traditional,
    normalize,
    t2s,
    to_simplified,
    traditional_forms,
)


def test_normalize_is_simplified_half_width_and_same_length() -> None:
    assert normalize("人工智能訓練師：學費２９８０元（￥）") == "人工智能训练师:学费2980元(¥)"
    text = "證書由廣東粵才職業技能等級認定中心頒發"
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＩ訓練師", "AI训练师"),
        ("保證通過", "保证通过"),
        ("２，９８０元", "2,980元"),
        ("学费\u3000980", "学费 980"),
        ("a\u00a0b", "a b"),
        ("人工智能训练师", "人工智能训练师"),  # simplified text is unchanged
        ("", ""),
    ],
)
def test_normalize_cases(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("廣東粵才職業技能等級認定中心", "广东粤才职业技能等级认定中心"),
        ("瞭解課程", "了解课程"),  # a phrase: the full converter, not the character table
        ("乾坤", "乾坤"),
        ("杭州数智评价", "杭州数智评价"),
    ],
)
def test_to_simplified_is_opencc_t2s(text: str, expected: str) -> None:
    assert to_simplified(text) == expected
    assert to_simplified(text) == t2s(text)


def test_has_traditional() -> None:
    assert has_traditional("職業")
    assert not has_traditional("职业")
    assert not has_traditional("ASCII 2980")
    assert "職" in changing_chars()


def test_traditional_forms() -> None:
    assert traditional_forms("证过") == {"證", "過"}
    assert traditional_forms("人") == set()  # same in both scripts
