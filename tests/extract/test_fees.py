"""Fees as Chinese course ads write them, and the numbers that are not fees (docs/domain.md §3.4)."""

from __future__ import annotations

import pytest

from crawler.extract.fees import extract_fees, fees_in_sentence
from crawler.extract.text import STRIKE_CLOSE, STRIKE_OPEN, Table


def amounts(sentence: str) -> list[tuple[float, float]]:
    return [(f.amount_min, f.amount_max) for f in fees_in_sentence(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("学费：¥2,980", [(2980, 2980)]),
        ("课程价格￥2980.00", [(2980, 2980)]),
        ("报名费用2980元/人", [(2980, 2980)]),
        ("三级班 2,980 元", [(2980, 2980)]),
        ("费用：RMB 2980", [(2980, 2980)]),
        ("VIP班仅需1.98万", [(19800, 19800)]),
        ("全程班1.98万元", [(19800, 19800)]),
        ("培训费三千八百元", [(3800, 3800)]),
        ("学费两千九百八十元", [(2980, 2980)]),
        ("收费标准1980-3980元", [(1980, 3980)]),
        ("1980~3980元不等", [(1980, 3980)]),
        ("1980元-3980元", [(1980, 3980)]),
        ("1980至3980元", [(1980, 3980)]),
        ("¥1,980～¥3,980", [(1980, 3980)]),
        ("人工智能训练师课程1980元起", [(1980, 1980)]),
        ("学费：2980", [(2980, 2980)]),
        ("价格 | 2980/人", [(2980, 2980)]),
        ("費用：¥3,980（含鑑定費）", [(3980, 3980)]),
        ("学費２９８０元", [(2980, 2980)]),
    ],
)
def test_amounts_in_the_ways_ads_write_them(sentence: str, expected: list[tuple[float, float]]):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "咨询电话：13800138000",
        "报名热线 400-800-2980",
        "联系电话：0571-88886666",
        "2026年3月15日开班",
        "共50课时，已有3000人报名，通过率98%",
        "考试合格可申领技能提升补贴1500元",
        "三级可获补助2000元",
        "补贴1500元，先到先得",
        "学费全额返还1000元",
        "数据标注员月薪8000元",
        "毕业后8000元/月起",
        "报名立减500元",
        "赠送价值1980元的学习资料",
        "交定金500元锁定名额",
        "尾款2480元开课前付清",
        "市场规模超过100亿元",
        "编号：2026",
    ],
)
def test_numbers_that_are_not_fees(sentence: str):
    assert fees_in_sentence(sentence) == []


def test_struck_out_and_original_prices_are_skipped():
    assert amounts("原价6800元 现价2980元") == [(2980, 2980)]
    assert amounts("原价9999限时99") == [(99, 99)]
    assert amounts(f"{STRIKE_OPEN}¥5800{STRIKE_CLOSE} ¥3980") == [(3980, 3980)]
    assert amounts("划线价4980元，活动价2980元") == [(2980, 2980)]


def test_subsidy_beside_a_fee_keeps_only_the_fee():
    fees = fees_in_sentence("学费2980元，可申领补贴1500元")
    assert [(f.amount_min, f.kind) for f in fees] == [(2980, "tuition")]


@pytest.mark.parametrize(
    "sentence",
    ["补贴后仅需980元", "拿证领1500元补贴，学费相当于只花一千四百八十元", "算下来实际只要1480元"],
)
def test_net_of_subsidy_arithmetic_is_not_a_fee(sentence: str):
    assert fees_in_sentence(sentence) == []


def test_installments_are_not_fees():
    assert amounts("套餐价 1.98万，支持分期：¥1,650 × 12期") == [(19800, 19800)]
    assert amounts("月供399元") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("五级1500，四级1800，两周出证", [(1500, 1500), (1800, 1800)]),
        ("三级：2680", [(2680, 2680)]),
        ("人工智能训练师四级考证，两千八全包", [(2800, 2800)]),
        ("学费三千八，包教包会", [(3800, 3800)]),
        ("三级 2026年12月开考", []),
        ("四级 60分及格", []),
        ("五级1000、四级1500元的补贴", []),
        # a linking word between the level and the number (forum answers, classifieds)
        ("江城智培三级是2980，含教材和考试费", [(2980, 2980)]),
        ("个人辅导：四级辅导2200，提供题库", [(2200, 2200)]),
        ("五级网课 1580，录播加答疑", [(1580, 1580)]),
        # a tail only a price takes: 起, per head, 全包
        ("人工智能训练师五级/四级网课，1580起，录播+直播答疑", [(1580, 1580)]),
        ("四级冲刺班 2980/人，小班授课", [(2980, 2980)]),
        ("四级3280全包，不再收费", [(3280, 3280)]),
        ("训练师四级证2480包培训包考核", [(2480, 2480)]),
        ("报课2580，电话咨询", [(2580, 2580)]),
        # alone as a clause of a sentence naming a level or class
        ("可以了解下我们的四级周末班，2199，有实操环境", [(2199, 2199)]),
        ("四级班，2026年开课", []),
        # ending a short clause that starts with a level (a forum signature, a one-line ad)
        ("签名：星河数据标注 四级考证+接单 799 · 微信同号", [(799, 799)]),
        ("三级周末直播班 2380。", [(2380, 2380)]),
        ("四级理论考试 90", []),
        ("三级题库 600", []),
        ("四级新标准 2026。", []),
        # numerals: read out digit by digit past ad filters, or with a magnitude after a class
        ("滨江这边有线下班，四级一六八零，周六上课", [(1680, 1680)]),
        ("我们三级实操班两千三百八，包教材", [(2380, 2380)]),
        ("周一三五上课的四级班", []),
        ("四级班三千人报名", []),
        # a number before what it includes is what it costs; a camp is a class
        ("下期四级班，1880 含认定费，线上学", [(1880, 1880)]),
        ("四级陪跑营799，限40人", [(799, 799)]),
        ("AI训练师 三证连报 限时 6999", [(6999, 6999)]),
        ("限时 3 天", []),
        # counts, hours and years in the same places are no prices
        ("报名 1000 人以上", []),
        ("报班人数300人", []),
        ("四级考试2200人参加", []),
        ("五级培训120学时", []),
        ("三级课程360课时", []),
        ("本办法自2026起施行", []),
        ("四级报名 2026年3月截止", []),
    ],
)
def test_informal_amounts(sentence: str, expected: list[tuple[float, float]]):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("学费2980元", "tuition"),
        ("培训费：2980元", "tuition"),
        ("考试费500元", "exam"),
        ("鉴定费 350 元", "exam"),
        ("认定费：400元", "exam"),
        ("报名费300元", "exam"),
        ("资料费200元", "material"),
        ("总费用3480元", "total"),
        ("合计：3480元", "total"),
        ("价格2980元", "total"),
        ("2980元学费", "tuition"),
    ],
)
def test_fee_kind(sentence: str, kind: str):
    (fee,) = fees_in_sentence(sentence)
    assert fee.kind == kind


def test_levels_follow_their_own_clause():
    fees = fees_in_sentence("四级2980元，三级3980元，二级/技师5980元")
    assert [(f.amount_min, f.level) for f in fees] == [(2980, 4), (3980, 3), (5980, 2)]


def test_one_price_for_many_levels_has_no_level():
    (fee,) = fees_in_sentence("三级、四级、五级统一价2980元")
    assert fee.level is None


def test_table_of_levels_and_fee_columns():
    table = Table(header=["等级", "培训费", "鉴定费"],
                  rows=[["四级（中级工）", "2980", "350元"], ["三级（高级工）", "3980元", "450"]])
    fees = extract_fees([], [table])
    assert {(f.amount_min, f.kind, f.level) for f in fees} == {
        (2980, "tuition", 4), (350, "exam", 4), (3980, "tuition", 3), (450, "exam", 3)}


def test_table_subsidy_column_is_not_a_fee():
    table = Table(header=["等级", "学费", "可领补贴"], rows=[["三级", "3980元", "2000元"]])
    assert [(f.amount_min, f.level) for f in extract_fees([], [table])] == [(3980, 3)]


def test_key_value_rows_without_header():
    table = Table(header=[], rows=[["学费", "¥2980"], ["发证机构", "某某中心"]])
    assert [f.amount_min for f in extract_fees([], [table])] == [2980]


def test_subsidy_heading_governs_the_list_after_it():
    sentences = ["技能提升补贴标准", "五级：1000元", "四级：1500元", "收费标准：", "五级：2980元"]
    fees = extract_fees(sentences)
    assert [(f.amount_min, f.level) for f in fees] == [(2980, 5)]


def test_subsidy_list_after_a_colon_heading():
    assert amounts("补贴标准：五级1000元，四级1500元，三级2000元") == []


def test_amounts_listed_by_level_right_after_a_subsidy_clause_are_the_subsidys():
    # a bureau's notice: what each level's certificate earns back (docs/domain.md §3.4)
    assert amounts("参保职工取得证书后可申领技能提升补贴，五级1000元、四级1500元、三级2000元。") == []
    # a price after a subsidy clause is still a price
    assert amounts("报名后可申领补贴，四级班学费2680元") == [(2680, 2680)]
    assert amounts("学费：五级1000元、四级1500元") == [(1000, 1000), (1500, 1500)]


def test_a_claim_line_is_not_a_heading():
    fees = extract_fees(["不过退费", "三级 3980元"])
    assert [f.amount_min for f in fees] == [3980]


def test_duplicate_fees_counted_once():
    fees = extract_fees(["三级学费3980元", "三级学费3980元"])
    assert len(fees) == 1
    assert fees[0].evidence == "三级学费3980元"


def test_a_card_gives_its_price_as_a_line_of_its_own() -> None:
    """A shop card or mini-program card sets the price apart from its heading
    ("AI训练师（三级）" over "2680"); a number after a line that names no level or class,
    a year, or a count with its unit on the next line is no price."""
    fees = extract_fees(["AI训练师（四级）", "1780", "AI训练师（三级）", "2680", "育婴员"])
    assert [(f.amount_min, f.level) for f in fees] == [(1780, 4), (2680, 3)]
    assert extract_fees(["四级课程", "160", "课时"]) == []
    assert extract_fees(["三级", "2026"]) == []
    assert extract_fees(["关于我们", "1580"]) == []
    card = extract_fees(["锦程学堂 · AI训练师四级 全程班", "2980 | 分期 3×993"])
    assert [f.amount_min for f in card] == [2980]


def test_pay_after_probation_is_a_salary() -> None:
    assert fees_in_sentence("试用期月薪5000元，转正后6000-8000元，五险一金。") == []


def test_a_label_cell_with_its_colon_runs_on_into_its_value() -> None:
    """A classifieds board's detail table: "价格：" in one cell, "1880" in the next."""
    from crawler.extract.text import page_text, parse_html
    page = page_text(parse_html("<html><body><table><tr><td>价格：</td><td>1880</td></tr>"
                                "<tr><td>QQ：</td><td>3049 1827 56</td></tr></table></body></html>"))
    assert "价格： 1880" in page.sentences
    assert [f.amount_min for f in extract_fees(page.marked, page.tables, page.table_rows)] == [1880]
