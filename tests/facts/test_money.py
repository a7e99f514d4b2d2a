"""facts.money: the one parser of written amounts (docs/domain.md §3.3, §3.4).

Which amounts on a page are fees is tested with ``crawler.extract.fees`` (tests/extract).
"""

from __future__ import annotations

import pytest

from facts.money import amounts_in, cn_amount, half_width, parse_amount, terse_amounts, to_amount


@pytest.mark.parametrize(
    ("num", "magnitude", "expected"),
    [
        ("2980", None, 2980.0),
        ("2,980", None, 2980.0),
        ("2980.50", None, 2980.5),
        ("1,280,000", None, 1_280_000.0),
        ("1.98", "万", 19_800.0),
        ("1.2", "w", 12_000.0),
        ("1.2", "W", 12_000.0),
        ("3.98", "k", 3_980.0),
        ("3.98", "K", 3_980.0),
        ("3", "千", 3_000.0),
        ("２９８０", None, 2980.0),
        ("２，９８０", None, 2980.0),
    ],
)
def test_to_amount(num: str, magnitude: str | None, expected: float) -> None:
    assert to_amount(num, magnitude) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三千八百", 3800.0),
        ("两千九百八十", 2980.0),
        ("一万二", 12000.0),
        ("壹万", 10000.0),
        ("三千八", 3800.0),
        ("费三千八百", 3800.0),  # shrinks from the left until the numerals read
        ("学费", None),
        ("", None),
    ],
)
def test_cn_amount(text: str, expected: float | None) -> None:
    assert cn_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5000", 5000.0),
        ("5,000", 5000.0),
        ("¥5000", 5000.0),
        ("￥2,980.00", 2980.0),
        ("RMB 2980", 2980.0),
        ("2980元", 2980.0),
        ("1.98万", 19800.0),
        ("1.98万元", 19800.0),
        ("３９８０", 3980.0),
        ("三千八百元", 3800.0),
        (" 2200.00 ", 2200.0),
        ("-5", None),
        ("", None),
        ("abc", None),
        ("1980-3980元", None),  # a range is not one amount
        ("见下单页", None),
    ],
)
def test_parse_amount(text: str, expected: float | None) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¥1,980", [1980.0]),
        ("1980-3980元", [3980.0]),  # only the marked one: the range's first end has no mark
        ("¥1980 - ¥3980", [1980.0, 3980.0]),
        ("2，980元", [2980.0]),
        ("价格 2980", [2980.0]),  # no money mark: every number
        ("0元", []),
        ("面议", []),
    ],
)
def test_amounts_in(text: str, expected: list[float]) -> None:
    assert amounts_in(text) == expected


def test_terse_amounts_positions_and_magnitudes() -> None:
    text = "补贴1500元，最高1.5万元，另有3千块和¥2000"
    found = terse_amounts(text, 0, len(text))
    assert [v for _, _, v in found] == [1500.0, 15000.0, 3000.0, 2000.0]
    start, end, _ = found[0]
    assert text[start:end] == "1500元"
    assert terse_amounts(text, 0, 4) == []  # the window bounds the search


def test_half_width() -> None:
    assert half_width("￥２，９８０　元") == "¥2,980 元"
