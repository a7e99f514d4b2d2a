"""More ways the web writes offers (found on a web written by other hands): chat-style refund
promises, someone "taking you through" the exam, class-name prices, labelled values side by side,
schema.org prices, second-hand listings, personal accounts of what was paid, evaluator short names,
seals on the certificate, and the occupation's grade structure.

Every example is written for the phenomenon (several phrasings each), not copied from a page.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract.claims import extract_claims
from crawler.extract.fees import fees_in_sentence, fees_in_structured
from crawler.extract.issuers import evaluator_alias, issuers_in_text
from crawler.extract.offer import detect_offer, stated_as_paid
from crawler.extract.page import extract_page
from facts.levels import extract_levels


def asserted(sentence: str, category: str) -> list[str]:
    return [c.phrase for c in extract_claims([sentence])
            if c.category == category and c.stance == "asserted"]


def amounts(sentence: str) -> list[tuple[float, float]]:
    return [(f.amount_min, f.amount_max) for f in fees_in_sentence(sentence)]


def names(sentence: str) -> list[str]:
    return [m.name for m in issuers_in_text(sentence)]


# --- guarantees -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "四级班，过不了全退！", "三级考不上包退，放心报", "没考上退全款，签协议", "拿不到证原路退",
    "考不过全额退，一分不留",
])
def test_chat_style_refund_promises_are_guarantees(sentence: str) -> None:
    assert asserted(sentence, "guaranteed_pass")


@pytest.mark.parametrize("sentence", [
    "考试有人带，放心考", "考场有人罩着，稳", "全程带考，当月出证", "老师带你过，无需担心",
    "考试时有人照应",
])
def test_someone_seeing_you_through_the_exam_is_a_guarantee(sentence: str) -> None:
    assert asserted(sentence, "guaranteed_pass")


@pytest.mark.parametrize("sentence", [
    "过不了也别灰心，可以申请补考", "老师带考生熟悉考场流程", "别信考试有人带这种鬼话",
    "谨防“过不了全退”的套路", "本校不承诺过不了全退",
])
def test_near_misses_and_warnings_are_not_guarantees(sentence: str) -> None:
    assert not asserted(sentence, "guaranteed_pass")


# --- government words describing the occupation ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "人工智能训练师是人社部认证的新职业", "这是人社部发布的新职业之一", "工信部认证的新兴职业",
])
def test_a_ministry_recognizing_the_occupation_is_no_issuer_claim(sentence: str) -> None:
    assert not asserted(sentence, "government")
    assert names(sentence) == []


@pytest.mark.parametrize("sentence", [
    "人社部认证的职业资格证书", "人社部认证，全国通用", "证书由人社局盖章",
])
def test_a_ministry_issuing_the_certificate_is_still_claimed(sentence: str) -> None:
    assert asserted(sentence, "government")


# --- fees -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("包过班19800，一次到位", [(19800, 19800)]),
    ("VIP班 12800，签协议", [(12800, 12800)]),
    ("三级冲刺班3680起", [(3680, 3680)]),
    ("2026冬季班 12月开课", []),
    ("北京周末班 2026-10-15 开课", []),
    ("周末班120人满班", []),
])
def test_a_bare_number_after_a_class_name_is_its_price(sentence, expected) -> None:
    assert amounts(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("三级 学费¥3,280 补贴¥2,000", [(3280, 3280)]),
    ("四级 培训费2680元 补助1500元", [(2680, 2680)]),
    ("学费￥4980 返现￥500 名额有限", [(4980, 4980)]),
    ("可领1500元补贴", []),
    ("学费2980元，另有1500元补贴", [(2980, 2980)]),
])
def test_label_value_pairs_side_by_side_keep_the_fee(sentence, expected) -> None:
    assert amounts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "价格两千出头，可小刀", "学费三千多块", "大概2000元吧", "培训费2000来块", "报名费几百块",
])
def test_approximate_amounts_are_not_stated_prices(sentence: str) -> None:
    assert amounts(sentence) == []


def test_schema_org_prices_in_jsonld_and_microdata() -> None:
    jsonld = [{"@type": "Product", "offers": {"@type": "Offer", "price": "2,680.00",
                                              "priceCurrency": "CNY"}},
              {"@type": "Course", "offers": [{"@type": "Offer", "name": "二级/技师", "price": 5600},
                                             {"@type": "AggregateOffer", "lowPrice": "1280",
                                              "highPrice": "3280", "priceCurrency": "RMB"}]}]
    microdata = [{"type": "https://schema.org/Offer",
                  "properties": {"price": "3980", "priceCurrency": "CNY"}}]
    found = [(f.amount_min, f.amount_max, f.level) for f in fees_in_structured([*jsonld, *microdata])]
    assert found == [(2680, 2680, None), (5600, 5600, 2), (1280, 3280, None), (3980, 3980, None)]
    assert fees_in_structured([{"@type": "Offer", "price": "99", "priceCurrency": "USD"}]) == []
    assert fees_in_structured([{"@type": "Offer", "price": "面议"}]) == []


def test_a_product_page_priced_only_in_jsonld_is_an_offer_with_that_fee() -> None:
    data = {"@context": "https://schema.org", "@type": "Product", "name": "人工智能训练师三级研修班",
            "offers": {"@type": "Offer", "price": "3580", "priceCurrency": "CNY"}}
    html = (f'<html><head><title>人工智能训练师三级研修班</title><script type="application/ld+json">'
            f"{json.dumps(data, ensure_ascii=False)}</script></head><body>"
            "<h1>人工智能训练师三级研修班</h1><p>结课参加理论与实操考核。</p>"
            "<p>价格：以下单页为准</p><button>立即购买</button></body></html>")
    facts = extract_page(html, "http://shop.test/item/9.html")
    assert facts.is_offer
    assert (facts.fee_min, facts.fee_max) == (3580, 3580)


# --- offers and non-offers ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "去年报的班，总共交了2,300元", "我当时花了三千八", "报名花了1980元，含认定费", "一共交了2680",
])
def test_a_price_the_writer_paid_is_a_personal_account(sentence: str) -> None:
    assert stated_as_paid(sentence)


@pytest.mark.parametrize("sentence", ["学费2980元", "交费后当月开课，学费2680元", "花小钱拿大证"])
def test_a_price_asked_is_not_a_paid_account(sentence: str) -> None:
    assert not stated_as_paid(sentence)


def test_a_personal_post_with_the_price_paid_is_no_offer() -> None:
    html = ("<html><head><title>人工智能训练师三级备考心路（附花费）</title></head><body>"
            "<h1>人工智能训练师三级备考心路（附花费）</h1>"
            "<p>前年在杭州报的班，一共交了3,180元，培训加认定都包含。</p>"
            "<p>理论是机考，实操做数据清洗和标注，我考了81分。</p>"
            "<p>证书在全国联网平台能查到，大家按自己情况选机构。</p></body></html>")
    assert not extract_page(html, "http://blog.test/p/1.html").is_offer


@pytest.mark.parametrize("sentences", [
    ["转让人工智能训练师三级名额", "自己没空考了，价格面议，可小刀"],
    ["人工智能训练师四级报名资格 转出", "不包邮，电子资料秒发", "我想要"],
])
def test_second_hand_listings_sell(sentences: list[str]) -> None:
    is_offer, _ = detect_offer(sentences[0], sentences)
    assert is_offer


def test_a_qa_answer_that_sells_with_chat_contact_is_an_offer() -> None:
    sentences = ["人工智能训练师三级怎么考？", "有推荐的机构吗？", "最佳答案",
                 "我们这可以报人工智能训练师三级，精品班8800，考试省心",
                 "需要的话加我vx：kaozheng-wang01"]
    is_offer, _ = detect_offer("人工智能训练师三级怎么考？靠谱吗？", sentences, has_fee=True,
                               has_contact=True, fee_texts=[sentences[3]])
    assert is_offer
    # the same question answered by a user who sells nothing stays a question
    answer = ["人工智能训练师三级怎么考？", "最佳答案", "先看评价机构是否在目录里，再报名培训"]
    assert not detect_offer("人工智能训练师三级怎么考？靠谱吗？", answer)[0]


# --- issuers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("本期由云岭鉴定组织考核", ["云岭鉴定"]),
    ("证书由海川评价统一颁发", ["海川评价"]),
    ("考点是星河认定的，机考", ["星河认定"]),
    ("考场设在滨江未来职业技能评价中心", ["滨江未来职业技能评价中心"]),
    ("由职业技能鉴定组织考核", []),
    ("由专业评价颁发", []),
    ("考点是本校机房", []),
    ("考点：浙江某大学紫金港校区", []),
])
def test_evaluator_short_names_named_as_running_the_exam(sentence, expected) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("鲁信鉴定", "鲁信鉴定"), ("天府数字评价", "天府数字评价"), ("职业技能鉴定", None),
    ("等级认定", None), ("统一评价", None),
])
def test_evaluator_alias(text: str, expected: str | None) -> None:
    assert evaluator_alias(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("证书加盖苏州市人力资源和社会保障局公章", ["苏州市人力资源和社会保障局"]),
    ("盖有宁波市人社局钢印，真实有效", ["宁波市人社局"]),
    ("证书钤有杭州数智职业技能评价有限公司印章", ["杭州数智职业技能评价有限公司"]),
    ("谨防加盖假冒人社局公章的证书", []),
    ("人社局盖章，国家级证书", []),  # a bureau with no place names no body a reader can check
])
def test_the_body_whose_seal_is_on_the_certificate(sentence, expected) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("评价机构：广西桂才职业技能等级认定中心 培训机构：南宁某某教育科技有限公司",
     ["广西桂才职业技能等级认定中心"]),
    ("发证单位：杭州数智职业技能评价有限公司 承办单位：滨江启明培训学校",
     ["杭州数智职业技能评价有限公司"]),
])
def test_labelled_values_side_by_side_end_at_the_next_label(sentence, expected) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "关于举办2027年第一期人工智能训练师职业技能培训及等级认定的通知",
    "关于开展人工智能训练师（三级）技能等级认定工作的通知",
    "我院联合举办人工智能训练师培训班",
])
def test_notice_titles_and_verbs_are_not_organizations(sentence: str) -> None:
    assert names(sentence) == []


# --- levels ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("texts", "expected"), [
    (["本职业分为五级到一级五个等级"], []),
    (["人工智能训练师共设五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师"], []),
    (["该职业划分为五个等级，本期开设四级、三级"], [3, 4]),
    (["国家标准设五级至一级共5个等级，本班招收四级"], [4]),
])
def test_the_occupations_grade_structure_is_not_levels_on_offer(texts, expected) -> None:
    assert extract_levels(texts) == expected
