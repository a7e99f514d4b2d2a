"""Ways the web writes offers that the first rules missed: slang guarantees, 3.98k fees, parts of
a stated total, 定金 + 尾款, prices in <option>s, query links, disclaimers, partner wording, English.

Every example is written for the phenomenon (several phrasings each), not copied from a page.
"""

from __future__ import annotations

import pytest

from crawler.extract.claims import extract_claims
from crawler.extract.fees import extract_fees, fees_in_sentence
from crawler.extract.issuers import issuers_in_text
from crawler.extract.offer import detect_offer
from crawler.extract.page import extract_page


def asserted(sentence: str, category: str) -> list[str]:
    return [c.phrase for c in extract_claims([sentence])
            if c.category == category and c.stance == "asserted"]


@pytest.mark.parametrize("sentence", [
    "跟着老师学，三级稳过！", "四级必过班火热报名", "保姆式辅导，稳稳拿证", "考前冲刺，学员稳 过",
    "穩過班，名額有限", "签协议，考试必通过",
])
def test_slang_pass_guarantees_are_asserted(sentence: str) -> None:
    assert asserted(sentence, "guaranteed_pass")


@pytest.mark.parametrize("sentence", [
    "新旧标准平稳过渡", "零基础未必过得了三级", "大家不必过于担心", "本校不承诺稳过",
    "谨防所谓“必过班”骗局", "稳拿高薪不是梦",
])
def test_look_alike_words_and_denials_are_not_guarantees(sentence: str) -> None:
    assert not asserted(sentence, "guaranteed_pass")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("课程费4.5k，送题库", [(4500, 4500)]),
    ("学费：2.98K/人", [(2980, 2980)]),
    ("全程班仅需1.2w包拿证", [(12000, 12000)]),
    ("¥3.6k起", [(3600, 3600)]),
    ("价格 RMB 3k-5k", [(3000, 5000)]),
    ("点赞 2.1k，收藏 800", []),
    ("费用含5kg教材包", []),
])
def test_k_and_w_magnitudes_next_to_a_fee_word_or_currency(sentence, expected) -> None:
    assert [(f.amount_min, f.amount_max) for f in fees_in_sentence(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("五级：1880元/人（其中培训费1500元、鉴定费380元）", [1880]),
    ("总费用3600元，其中培训费3100元，认定费500元", [3600]),
    ("培训费2600元（含考核费420元）", [2600]),
    ("四级2280元，其中认定费380元；三级3280元，其中认定费460元", [2280, 3280]),
    ("培训费1900元，另收认定费380元", [1900, 380]),  # an extra charge is a fee of its own
])
def test_parts_of_a_stated_total_are_not_fees(sentence, expected) -> None:
    assert [f.amount_min for f in fees_in_sentence(sentence)] == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    (["第一步：交定金300元占位", "第二步：开班前交尾款1700元"], [2000]),
    (["订金¥800，余款¥2,200于开班当天缴清"], [3000]),
    (["先付预付款 1000 元", "剩余费用 2980 元结业前付清"], [3980]),
    (["学费3000元，定金500元，尾款2500元"], [3000]),  # the total is stated: nothing added
    (["报名请先交定金200元"], []),  # a deposit alone is no price
])
def test_deposit_plus_balance_is_the_price_paid(sentences, expected) -> None:
    assert sorted({f.amount_max for f in extract_fees(sentences)}) == expected


FORM = """<html><head><meta charset="utf-8"><title>人工智能训练师认定报名表</title></head><body>
<form><h1>人工智能训练师职业技能等级认定 报名</h1>
<p>认定机构：浙江某某职业技能评价有限公司</p>
<label>选择省份<select><option>浙江</option><option>江苏</option></select></label>
<label>报考级别<select name="lv"><option>请选择</option>
<option>五级/初级工（1680元）</option><option>四级/中级工（2380元）</option></select></label>
<input name="tel"><button>确认报名</button></form></body></html>"""


def test_prices_inside_form_options_make_the_page_an_offer() -> None:
    facts = extract_page(FORM, "http://example.com/form.html")
    assert facts.is_offer
    assert sorted(f.amount_max for f in facts.fees) == [1680, 2380]
    assert facts.levels == [4, 5]


LINKED_QUERY = """<html><head><meta charset="utf-8"><title>人工智能训练师四级招生</title></head><body>
<h1>人工智能训练师四级培训招生</h1><p>学费2600元，由浙江某某职业技能评价有限公司颁发证书。</p>
<p>证书查验：<a href="http://www.cert-check-ai.com/">www.cert-check-ai.com</a></p>
<p>咨询电话：0571-88886666</p></body></html>"""


def test_a_query_site_written_as_its_own_link_is_a_verification_url() -> None:
    facts = extract_page(LINKED_QUERY, "http://example.com/a.html")
    assert "http://www.cert-check-ai.com/" in facts.verification_urls


@pytest.mark.parametrize(("title", "sentences"), [
    ("人工智能训练师考证费用参考", ["四级认定费约300-400元，培训费2000-3000元。",
                                    "说明：本号只提供信息参考，不提供代报名服务。"]),
    ("人工智能训练师（四级）考试指导用书", ["定价：58.00元", "ISBN 978-7-0000-0000-0",
                                            "出版社：某某出版社", "书名：人工智能训练师（四级）"]),
    ("人工智能训练师备考资料", ["售价：29元", "本店并非培训机构，资料仅供自学。"]),
    ("Is the AI trainer certificate worth it?", [
        "According to officials, AI trainer (人工智能训练师) ads priced at RMB 5,000 drew complaints.",
        "Regulators warned against scams promising a certificate without an exam."]),
])
def test_guides_books_and_english_reports_are_not_offers(title, sentences) -> None:
    fees = [f for s in sentences for f in fees_in_sentence(s)]
    assert detect_offer(title, sentences, has_fee=bool(fees))[0] is False


def test_an_honest_offer_that_refuses_proxy_exams_is_still_an_offer() -> None:
    sentences = ["人工智能训练师三级培训，学费3200元。", "本校不提供代考服务，不承诺包过。",
                 "不符合条件者不接受报名。", "立即报名，咨询电话0571-88886666。"]
    assert detect_offer("人工智能训练师三级招生", sentences, has_fee=True)[0] is True


def names(text: str) -> list[str]:
    return [m.name for m in issuers_in_text(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("本校联合广西桂智职业技能评价有限公司开展四级认定", ["广西桂智职业技能评价有限公司"]),
    ("我们与湖南湘才技能等级认定中心合作开班", ["湖南湘才技能等级认定中心"]),
    ("学员结业后参加河北冀能职业技能鉴定中心组织的认定", ["河北冀能职业技能鉴定中心"]),
    ("携手安徽徽智评价中心开展人工智能训练师认定", ["安徽徽智评价中心"]),
    ("证书由人力资源和社会保障部社会保障能力建设中心颁发",
     ["人力资源和社会保障部社会保障能力建设中心"]),  # 和 inside a name is not a conjunction
])
def test_partner_wording_before_an_issuer_is_trimmed(text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("培训结束由宁波智远数字科技有限公司组织等级认定", ["宁波智远数字科技有限公司"]),
    ("由福州闽才信息技术有限公司负责考核", ["福州闽才信息技术有限公司"]),
    ("主办：云南滇智职业技能评价有限公司", ["云南滇智职业技能评价有限公司"]),
    ("由本中心组织认定", []),
    ("由启明职业培训学校组织培训", []),
])
def test_the_body_that_runs_the_assessment_is_the_issuer(text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The assessment is administered by 苏州智评科技有限公司 (Suzhou Zhiping Tech Co., Ltd.).",
     ["苏州智评科技有限公司"]),
    ("Certificates are issued by the Guangxi Digital Skills Evaluation Center.",
     ["Guangxi Digital Skills Evaluation Center"]),
    ("The exam is conducted by Nanjing Kaiyuan Vocational Skill Evaluation Co., Ltd. twice a year",
     ["Nanjing Kaiyuan Vocational Skill Evaluation Co., Ltd"]),
    ("Training is conducted by experienced teachers.", []),
    ("Such certificates are issued by filed evaluation institutions, not by the ministry.", []),
])
def test_english_ads_name_the_issuer_after_by(text, expected) -> None:
    assert names(text) == expected
