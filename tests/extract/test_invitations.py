"""A post sells when its writer invites the reader to reach them, priced or not (想咨询直接打…,
有意向+vx…, 需要的私我); a site's contact labels, peers who talk, and someone else's approach
quoted by a buyer do not. Link shorteners and a certificate mill's spam tie no seller."""

from __future__ import annotations

import pytest

from crawler.extract.identifiers import find_identifiers
from crawler.extract.page import extract_page, invites

URL = "http://127.0.0.1:8000/wenda/q/3310.html"


@pytest.mark.parametrize("line", [
    "想咨询直接打 199 2641 1873",
    "有意向+vx ztx_0925",
    "需要的私我，名额不多",
    "不放心可以先来试听，电话 180-3287-1154",
    "感兴趣的同学加我 QQ 2845107736",
    "咨询180-3287-1154，微信 bfzx_kf2",
])
def test_a_writer_inviting_the_reader_to_reach_them(line) -> None:
    assert invites(line)


@pytest.mark.parametrize("line", [
    "有人加我微信 zs-banzheng666 说交3000直接拿证，靠谱吗？",  # someone else's approach
    "客服加我以后一直催交钱",
    "我也在纠结，懂的加我 vx: mumu_0371 交流",  # a peer who talks
    "我整理了一些资料，需要的可以加我一起（不卖课）",
    "有一起的联系我 QQ 8864920317",  # a buyer gathering others
    "学校简介 | 咨询热线：0531-86923317",  # a site's label, on all its pages
    "联系我们",
    "广东省职业技能鉴定指导中心提示，咨询电话 020-8330 0815",  # a public body's line
])
def test_lines_that_only_look_like_an_invitation(line) -> None:
    assert not invites(line)


def _answer_page(answer: str) -> str:
    return ("<html><head><title>人工智能训练师证书在深圳有用吗？ - 知问网</title></head><body>"
            "<h1>人工智能训练师证书在深圳有用吗？找工作加分吗？</h1>"
            "<p>看到很多广告说拿证就能升职加薪，想听听真实情况。</p>"
            "<p>深漂小王 提问 · 浏览 2104 次</p><p>2 个回答</p>"
            "<p>HR小林</p><p>有一定加分，但别信“拿证就加薪”。</p><p>2026-03-10 · 赞同 23</p>"
            f"<p>深训通-阿杰</p><p>{answer}</p><p>2026-03-11 · 赞同 1</p>"
            "</body></html>")


def test_an_answer_that_invites_the_reader_to_call_is_an_offer_without_a_price() -> None:
    page = extract_page(_answer_page(
        "学员去年有不少进了大模型公司做评测～课程和学员案例都在视频号，"
        "想咨询人工智能训练师直接打 199 2641 1873"), URL)
    assert page.is_offer, page.offer_evidence


def test_an_answer_that_quotes_who_approached_the_writer_is_no_offer() -> None:
    page = extract_page(_answer_page(
        "之前有人加我微信 zs-banzheng666 说交钱就能拿人工智能训练师证，我没信。"), URL)
    assert not page.is_offer, page.offer_evidence


@pytest.mark.parametrize("line", [
    "报名链接 https://dwz.cn/Bf2Kq8",  # a link shortener serves every seller
    "各类证书加急办理 vx zhengshu_daiban",  # a certificate mill's spam in the reviews
])
def test_shared_services_in_a_sellers_post_tie_nothing(line) -> None:
    found = find_identifiers([line], [], [], [])
    assert not [m for m in found if m.value in ("dwz.cn", "zhengshu_daiban")]
