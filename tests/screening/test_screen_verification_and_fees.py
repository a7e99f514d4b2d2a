"""UNOFFICIAL_VERIFICATION_SITE and EXCESSIVE_FEE."""

from __future__ import annotations

import pytest
from screening_builders import HONEST_SENTENCES, fee, honest_facts

from certwatch.screening import screen_listing
from certwatch.screening.domains import host_of, is_official


def raised(ctx_of, code: str, **changes):
    return [f for f in screen_listing(ctx_of(honest_facts(**changes))).flags if f.code == code]


@pytest.mark.parametrize(
    "url",
    [
        "http://zscx.osta.org.cn/",
        "https://osta.org.cn",
        "osta.mohrss.gov.cn/zscx",
        "http://www.cpta.com.cn/certCheck.html",
        "https://cpta.mohrss.gov.cn",
        "http://hrss.gd.gov.cn/x",
        "https://vslc.ncb.edu.cn/",
        "HTTP://JNDJ.OSTA.ORG.CN.:80/q?a=1",
        "http://www.gdosta.org.cn/",
    ],
)
def test_official_hosts(url: str, settings) -> None:
    assert is_official(url, settings.official_domains)


@pytest.mark.parametrize(
    "url",
    [
        "http://osta-cert.com/query",
        "https://zscx-osta.cn/",
        "http://osta.org.cn.xyz.com/",
        "http://gov.cn.xx.com/",
        "http://fakeosta.org.cn/",
        "http://mohrss.gov.cn.cx/",
        "http://cpta.com.cn.verify.net",
        "http://123.56.7.8/query",
        "",
        "http:///nohost",
    ],
)
def test_lookalike_hosts_are_not_official(url: str, settings) -> None:
    assert not is_official(url, settings.official_domains)


def test_host_of_handles_ports_case_and_missing_scheme() -> None:
    assert host_of("WWW.Example.COM:8080/a") == "www.example.com"
    assert host_of("https://zscx.osta.org.cn./") == "zscx.osta.org.cn"


def test_unofficial_site_flag_cites_the_url_and_its_sentence(ctx_of) -> None:
    sentence = "证书可在 http://zscx-osta.cn/query 查询真伪"
    [flag] = raised(
        ctx_of,
        "UNOFFICIAL_VERIFICATION_SITE",
        sentences=[*HONEST_SENTENCES, sentence],
        verification_urls=["http://zscx-osta.cn/query", "http://zscx-osta.cn/other"],
    )
    assert flag.evidence == sentence and "zscx-osta.cn" in flag.detail


def test_unofficial_site_without_a_sentence_cites_the_url(ctx_of) -> None:
    [flag] = raised(
        ctx_of, "UNOFFICIAL_VERIFICATION_SITE", verification_urls=["osta.org.cn.xyz.com/q"]
    )
    assert flag.evidence == "osta.org.cn.xyz.com/q"


def test_official_site_raises_nothing(ctx_of) -> None:
    urls = ["http://jndj.osta.org.cn", "https://osta.mohrss.gov.cn/"]
    assert raised(ctx_of, "UNOFFICIAL_VERIFICATION_SITE", verification_urls=urls) == []


# EXCESSIVE_FEE: fee_max against the ceiling of the highest level offered (lowest number)


def test_fee_above_the_ceiling_of_the_highest_level(ctx_of) -> None:
    sentence = "三级、四级联报，学费6800元"
    [flag] = raised(
        ctx_of,
        "EXCESSIVE_FEE",
        levels=[3, 4],
        sentences=[*HONEST_SENTENCES, sentence],
        fees=[fee(2980, "四级2980元", 4), fee(6800, sentence)],
    )
    assert flag.evidence == sentence and "5,000" in flag.detail


def test_fee_at_the_ceiling_is_not_excessive(ctx_of) -> None:
    assert raised(ctx_of, "EXCESSIVE_FEE", levels=[5], fees=[fee(3000, "五级3000元")]) == []


def test_ceiling_follows_the_highest_level(ctx_of) -> None:
    fees = [fee(6500, "二级技师6500元")]
    assert raised(ctx_of, "EXCESSIVE_FEE", levels=[2, 3], fees=fees) == []
    assert raised(ctx_of, "EXCESSIVE_FEE", levels=[3], fees=fees) != []


def test_no_level_uses_the_none_ceiling(ctx_of) -> None:
    assert raised(ctx_of, "EXCESSIVE_FEE", levels=[], fees=[fee(5200, "AIGC证书5200元")]) != []
    assert raised(ctx_of, "EXCESSIVE_FEE", levels=[], fees=[fee(4800, "AIGC证书4800元")]) == []


def test_no_fee_no_flag(ctx_of) -> None:
    assert raised(ctx_of, "EXCESSIVE_FEE", fees=[]) == []


def test_a_query_page_on_the_ads_own_site_is_not_a_query_site(ctx_of) -> None:
    own = "https://www.jnpx-school.cn/zscx.htm"  # the agency's own 证书查询 page
    other = "http://rgzn-cx.com/q"  # a query domain of its own: the fake-site pattern
    flags = raised(ctx_of, "UNOFFICIAL_VERIFICATION_SITE",
                   url="https://m.jnpx-school.cn/zsjz/rgznxls.htm", verification_urls=[own, other])
    assert [f.detail for f in flags] == ["rgzn-cx.com is not an official query domain"]
