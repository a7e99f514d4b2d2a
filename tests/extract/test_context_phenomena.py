"""Facts read in their context: stance across sentences, fees that are not prices, prices only
a script shows, other occupations' courses, level ranges, issuer spans, page types."""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract_facts
from crawler.extract.claims import page_claims
from crawler.extract.fees import extract_fees
from crawler.extract.issuers import issuers_in_text
from crawler.extract.text import split_sentences
from facts.levels import extract_levels


def stances(text: str) -> list[tuple[str, str]]:
    return [(c.phrase, c.stance) for c in page_claims(split_sentences(text))]


def amounts(text: str) -> list[float]:
    return sorted(f.amount_max for f in extract_fees([text]))


def test_claims_asked_introduced_or_conditioned_across_sentences_count_for_nothing() -> None:
    assert stances("这个班真的能包过吗？") == [("包过", "asked")]
    assert stances("有学员在群里转发了对方的话：稳过，免考。") == [("稳过", "quoted"), ("免考", "quoted")]
    assert stances("警惕以下说法：\n包过\n不用考试直接拿证") == [
        ("包过", "warning"), ("不用考试", "warning"), ("直接拿证", "warning")]
    said = stances("取证后可以领技能补贴。领取需连续参保满12个月，以当地审核为准。")
    assert said and all(stance == "conditional" for _, stance in said)
    assert stances("报名即可领补贴，包过！") == [("补贴", "asserted"), ("包过", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("考完还能领1500元的技能提升补贴", []),
    ("岗位月薪6000-9000元，包住", []),
    ("培训期间每人每天发放生活费60元", []),
    ("花呗分6期，每月最低497元", []),
    ("分10期，每期298元", [2980.0]),
    ("学费到手价1680，补考费另交200元", [1680.0]),
    ("现在报名是3280，含教材", [3280.0]),
    ("Starting salaries reach RMB 12,000 a month", []),
    ("培训费1980元+考务费400元，共计2380元", [2380.0]),
    ("结业可申请补贴，四级最高1500元", []),
    ("月供仅需199元，轻松学", []),
    ("or 10 monthly payments of CNY 300", [3000.0]),
    ("本公司注册资本500万元，实力雄厚", []),
])
def test_amounts_that_are_not_the_price_asked(text: str, expected: list[float]) -> None:
    assert amounts(text) == expected


def test_prices_only_a_script_shows_or_only_app_state_holds() -> None:
    shell = ('<html><head><title>人工智能训练师四级 周末班</title></head><body>'
             '<span class="price" data-price="198000">¥--</span>'
             '<ul><li data-sku-price="258000" title="三级（高级工）">三级</li></ul></body></html>')
    assert sorted(f.amount_max for f in extract_facts(shell, "http://s.cn/i/1").fees) == [
        1980.0, 2580.0]
    state = {"props": {"course": {"title": "人工智能训练师三级认定培训", "priceUnit": "分",
                                  "salePrice": 328000, "desc": "由某某评价中心组织认定，报名加微信。"}}}
    app = ('<html><head><title>课程</title></head><body><div id="app"></div>'
           '<script id="__NEXT_DATA__" type="application/json">'
           f'{json.dumps(state, ensure_ascii=False)}</script></body></html>')
    facts = extract_facts(app, "http://s.cn/c/9")
    assert [f.amount_max for f in facts.fees] == [3280.0]


def test_only_the_ai_trainer_course_is_priced_on_a_page_selling_several() -> None:
    html = ("<html><head><title>2026春季班</title></head><body><h1>2026春季职业技能班 招生中</h1>"
            "<table><tr><th>工种</th><th>等级</th><th>学费</th></tr>"
            "<tr><td>茶艺师</td><td>四级</td><td>1500</td></tr>"
            "<tr><td>人工智能训练师</td><td>四级</td><td>2380</td></tr></table>"
            "<p>健康管理师三级3800元；人工智能训练师三级2980元。报名电话13800000000</p></body></html>")
    facts = extract_facts(html, "http://school.cn/zs.html")
    assert sorted(f.amount_max for f in facts.fees) == [2380.0, 2980.0]


@pytest.mark.parametrize("text, levels", [
    ("本期开设初级工至高级工三个等级", [3, 4, 5]),
    ("可报技师及以上", [1, 2]),
    ("Levels 5 to 3 available", [3, 4, 5]),
    ("持四级证书满5年者可报三级", [3]),
])
def test_level_ranges_in_their_written_forms(text: str, levels: list[int]) -> None:
    assert extract_levels([text]) == levels


@pytest.mark.parametrize("text, name", [
    ("结业后统一由江城智评职业技能评价有限公司具体负责三级认定工作", "江城智评职业技能评价有限公司"),
    ("我们这边发证的是湘江数字技能评价中心，可以查", "湘江数字技能评价中心"),
    ("Certificates are issued by the Department of Human Resources and Social Security of "
     "Guangdong Province (GDHRSS).",
     "Department of Human Resources and Social Security of Guangdong Province"),
])
def test_issuer_spans_are_cut_to_the_organization(text: str, name: str) -> None:
    assert [i.name for i in issuers_in_text(text)] == [name]


def test_a_list_of_priced_courses_is_not_an_offer() -> None:
    items = "".join(
        f'<li class="item"><a href="/c/{i}.html">人工智能训练师{lv}级 周末班</a>'
        f'<span class="price">¥{p}</span><span>包过率高</span></li>'
        for i, (lv, p) in enumerate([("四", 1680), ("三", 2380), ("二", 5800), ("五", 980)] * 3))
    html = (f"<html><head><title>人工智能训练师培训课程 - 第2页 - 职教网</title></head><body>"
            f"<h1>人工智能训练师 课程列表</h1><ul>{items}</ul>"
            f'<a href="?page=1">上一页</a><a href="?page=3">下一页</a></body></html>')
    facts = extract_facts(html, "http://zj.cn/list/rgzn?page=2")
    assert facts.page_type == "offer_list" and not facts.is_offer
