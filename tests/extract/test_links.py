"""Verification sites, contacts, dates, region and canonical URL."""

from __future__ import annotations

import pytest

from crawler.extract.links import (
    canonical_url,
    extract_contacts,
    extract_region,
    normalize_url,
    parse_date,
    published_date,
    verification_urls,
)


@pytest.mark.parametrize(
    ("sentences", "urls"),
    [
        (["证书全国联网可查，查询网址：zscx.osta.org.cn"], ["http://zscx.osta.org.cn/"]),
        (["证书查询：https://www.ai-cert-query.com/search?id=1。"],
         ["https://www.ai-cert-query.com/search?id=1"]),
        (["官网可查（www.zgrgzn.org.cn）"], ["http://www.zgrgzn.org.cn/"]),
        (["證書可在 HTTP://JNDJ.OSTA.ORG.CN 查詢"], ["http://jndj.osta.org.cn/"]),
        (["证书验证网址：", "www.certcheck.top"], ["http://www.certcheck.top/"]),
        (["欢迎访问我们的官网 www.school.com"], []),
        (["联系邮箱 query@school.com 查询"], []),
    ],
)
def test_verification_urls_in_sentences(sentences: list[str], urls: list[str]):
    assert verification_urls(sentences) == urls


def test_verification_link_by_anchor_text_is_made_absolute():
    links = [("/verify/index.html", "证书查询"), ("/about", "关于我们"), ("#top", "查询")]
    assert verification_urls([], links, "http://ads.example.com/p/1.html") == [
        "http://ads.example.com/verify/index.html"]


def test_normalize_url():
    assert normalize_url("zscx.osta.org.cn/index.html") == "http://zscx.osta.org.cn/index.html"
    assert normalize_url("javascript:void(0)") is None
    assert normalize_url("//cdn.example.com/x") == "http://cdn.example.com/x"


def test_contacts_of_many_styles():
    contacts = extract_contacts([
        "咨询电话：138-0013-8000 / 139 1234 5678",
        "全国热线：400-800-1234，座机：(020)88886666",
        "微信号：zhixue2026，加V：13912345678",
        "QQ：123456789，邮箱：Admin@School.com",
    ], [("tel:+86-10-66668888", "拨打"), ("mailto:hr@school.com?subject=x", "邮件")])
    assert contacts["phone"][:5] == ["13800138000", "13912345678", "4008001234", "02088886666",
                                     "861066668888"]
    assert contacts["wechat"] == ["zhixue2026", "13912345678"]
    assert contacts["qq"] == ["123456789"]
    assert contacts["email"] == ["admin@school.com", "hr@school.com"]


def test_dates_are_not_phone_numbers():
    assert "phone" not in extract_contacts(["发布时间：2026-03-15 10:20"])


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2026-03-15", "2026-03-15"), ("2026年3月5日", "2026-03-05"), ("2026/3/5 10:00", "2026-03-05"),
     ("2026.03.15", "2026-03-15"), ("2026-02-30", None), ("无日期", None)],
)
def test_parse_date(text: str, iso: str | None):
    assert parse_date(text) == iso


def test_published_date_sources():
    assert published_date(meta={"article:published_time": "2026-03-15T08:00:00+08:00"}) == "2026-03-15"
    assert published_date(jsonld=[{"@type": "Article", "datePublished": "2026-04-01"}]) == "2026-04-01"
    assert published_date(times=["2026-05-02T10:00"]) == "2026-05-02"
    assert published_date(texts=["某某", "发布日期：2026年6月7日 来源：本站"]) == "2026-06-07"
    assert published_date(texts=["2026年开班"]) is None


def test_region():
    assert extract_region("广东人工智能训练师报名", ["广州、深圳均设考点"]) == "广东"
    assert extract_region("", ["课程介绍"], ["地址：浙江省杭州市西湖区"]) == "浙江"
    assert extract_region("", ["北京、上海、广州、深圳均可报名"]) is None
    assert extract_region("人工智能训练师", ["全国通用"]) is None


def test_canonical_url():
    assert canonical_url("/a/b.html", "http://x.com/p?utm_source=1") == "http://x.com/a/b.html"
    assert canonical_url(None, "http://x.com/") is None


@pytest.mark.parametrize(
    ("text", "wechat"),
    [("联系V：daiban_ai88", "daiban_ai88"), ("加微信咨询：aitrainer88", "aitrainer88"),
     ("VX: ai-kz_666", "ai-kz_666"), ("V：ai_kz666", "ai_kz666")],
)
def test_wechat_spellings(text: str, wechat: str):
    assert extract_contacts([text])["wechat"] == [wechat]
