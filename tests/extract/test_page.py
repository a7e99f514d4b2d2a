"""Whole pages through crawler.extract.extract_facts: what a reviewer would read off the page."""

from __future__ import annotations

import pytest

from crawler.extract import extract_facts
from facts.contract import OfferFacts

AD = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>人工智能训练师三级/四级考证班火热招生 - 杭州智学教育</title>
<meta property="og:site_name" content="杭州智学教育">
<link rel="canonical" href="/courses/ai-trainer.html">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Course",
 "name": "人工智能训练师", "provider": {"@type": "Organization", "name": "杭州智学教育科技有限公司"},
 "educationalCredentialAwarded": {"@type": "EducationalOccupationalCredential",
   "recognizedBy": {"@type": "Organization", "name": "杭州数智职业技能评价有限公司"}}}</script>
</head><body>
<header><nav><a href="/">首页</a><a href="/news">新闻资讯</a></nav></header>
<div class="main"><h1>人工智能训练师（三级/四级）考证班</h1>
<p class="info">发布时间：2026-03-15</p>
<p>本班面向零基础学员。考试合格后由杭州数智职业技能评价有限公司颁发职业技能等级证书，
全国联网可查，查询网址：zscx.osta.org.cn。</p>
<table><tr><th>等级</th><th>培训费</th><th>鉴定费</th></tr>
<tr><td>四级/中级工</td><td>2980元</td><td>350元</td></tr>
<tr><td>三级/高级工</td><td><del>5800元</del> 3980元</td><td>450元</td></tr></table>
<p>原价6800元，现价仅需3980元！符合条件者可申领技能提升补贴1500元。</p>
<p>咨询电话：0571-88886666，微信号：zhixue2026</p>
<p><a class="btn" href="/signup">立即报名</a></p>
<p><img src="/img/cert.jpg" alt="杭州数智职业技能评价有限公司证书样本"></p></div>
<aside><ul><li><a href="/n/1">谨防山寨证书骗局</a></li></ul></aside>
<footer><p>地址：浙江省杭州市西湖区文三路100号</p>
<p>© 2026 杭州智学教育科技有限公司 版权所有 浙ICP备12345678号</p></footer>
</body></html>"""

WARNING = """<html><head><title>谨防“人工智能训练师”山寨证书 - 某市人社局</title></head><body>
<div class="article"><h1>谨防“人工智能训练师”山寨证书</h1>
<div class="source">发布时间：2026-05-20 来源：某市人力资源和社会保障局</div>
<p>近日，有市民反映，某机构以“人社部颁发、包过、不过退费”为噱头，收取6800元培训费。</p>
<p>人社部门提醒广大群众，职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
</div></body></html>"""

TRADITIONAL = """<html><head><title>人工智能訓練師證書報名｜學費優惠</title></head><body>
<p>人工智能訓練師三級培訓班，學費：NT$ 不適用，人民幣3,980元。</p>
<p>證書由廣東粵才職業技能等級認定中心頒發，立即報名，名額有限！</p>
<p>聯繫電話：020-88886666</p></body></html>"""

MICRODATA = """<html><head><title>AI训练师四级课程</title></head><body>
<div itemscope itemtype="https://schema.org/Course">
<h1 itemprop="name">AI训练师四级（中级工）课程</h1>
<div itemprop="hasCredential" itemscope itemtype="https://schema.org/EducationalOccupationalCredential">
 <span itemprop="recognizedBy" itemscope itemtype="https://schema.org/Organization">
  <span itemprop="name">四川天府数字技能评价中心</span></span></div>
<p>课程价格：<span itemprop="price">1980</span>元，立即购买，加微信咨询：aitrainer88</p>
</div></body></html>"""


def test_offer_page_facts():
    facts = extract_facts(AD, "http://ads.example.com/a/b.html?utm_source=x")
    assert facts.is_offer, facts.offer_evidence
    assert facts.title.startswith("人工智能训练师三级/四级考证班")
    assert facts.provider == "杭州智学教育科技有限公司"
    assert [m.name for m in facts.issuers] == ["杭州数智职业技能评价有限公司"]
    assert facts.levels == [3, 4]
    assert (facts.fee_min, facts.fee_max) == (350.0, 3980.0)
    assert 5800.0 not in {f.amount_max for f in facts.fees}  # struck out
    assert 6800.0 not in {f.amount_max for f in facts.fees}  # 原价
    assert 1500.0 not in {f.amount_max for f in facts.fees}  # subsidy
    assert facts.verification_urls == ["http://zscx.osta.org.cn/"]
    assert facts.contacts["phone"] == ["057188886666"]
    assert facts.contacts["wechat"] == ["zhixue2026"]
    assert facts.published == "2026-03-15"
    assert facts.canonical_url == "http://ads.example.com/courses/ai-trainer.html"
    assert facts.region == "浙江"
    assert "谨防山寨证书骗局" not in facts.sentences
    assert not any("ICP" in s for s in facts.sentences)


def test_facts_round_trip_through_json_dict():
    facts = extract_facts(AD, "http://ads.example.com/a.html")
    assert OfferFacts.from_dict(facts.to_dict()) == facts


def test_warning_page_is_not_an_offer():
    facts = extract_facts(WARNING, "http://gov.example.cn/news/1.html")
    assert not facts.is_offer, facts.offer_evidence
    assert "人社部" not in [m.name for m in facts.issuers]  # quoted as a scam's claim
    assert facts.published == "2026-05-20"


def test_traditional_chinese_ad_names_issuer_as_written():
    facts = extract_facts(TRADITIONAL, "http://tw.example.com/")
    assert facts.is_offer, facts.offer_evidence
    assert [m.name for m in facts.issuers] == ["廣東粵才職業技能等級認定中心"]
    assert facts.levels == [3]
    assert (facts.fee_min, facts.fee_max) == (3980.0, 3980.0)


def test_microdata_credential_issuer():
    facts = extract_facts(MICRODATA, "http://m.example.com/c/1")
    assert facts.is_offer, facts.offer_evidence
    assert [(m.name, m.source) for m in facts.issuers] == [("四川天府数字技能评价中心", "microdata")]
    assert facts.levels == [4]
    assert facts.fee_max == 1980.0
    assert facts.contacts["wechat"] == ["aitrainer88"]


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<p>你好</p>", "\x00garbage<<<>>>"])
def test_empty_or_odd_pages_give_empty_facts(html: str):
    facts = extract_facts(html, "http://x.com/")
    assert not facts.is_offer
    assert facts.fees == [] and facts.issuers == []


def test_bad_arguments_say_what_is_wrong():
    with pytest.raises(TypeError, match="decoded HTML"):
        extract_facts(b"<html></html>", "http://x.com/")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="url"):
        extract_facts("<html></html>", None)  # type: ignore[arg-type]


def test_page_that_never_names_the_occupation_takes_the_fast_path():
    html = ("<html><head><title>Python数据分析课程</title><link rel='canonical' href='/py.html'></head>"
            "<body><p>学费1980元，立即报名！由某某中心颁发证书。</p></body></html>")
    facts = extract_facts(html, "http://x.com/a?from=1")
    assert not facts.is_offer
    assert facts.page_type == "other"
    assert facts.offer_evidence == "other: does not name the AI-trainer occupation"
    assert facts.title == "Python数据分析课程"
    assert facts.canonical_url == "http://x.com/py.html"
    assert facts.fees == []


def test_claims_are_read_from_the_title_too():
    html = ("<html><head><title>人工智能训练师证 代考 本人无需到场 - 便民网</title></head>"
            "<body><p>人工智能训练师三级，价格：¥2,500/本，联系V：daiban_ai88</p></body></html>")
    facts = extract_facts(html, "http://b.example.com/ad/1")
    assert facts.is_offer, facts.offer_evidence
    assert any(c.evidence.startswith("人工智能训练师证 代考") for c in facts.claims)
