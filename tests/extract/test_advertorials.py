"""Advertorials: a news portal's article its publisher labels an advertisement (【推广】,
（本文为广告）, 来源：企业供稿) that names the occupation and its advertiser's contact is an
offer, whatever its news template says (记者了解到, 责任编辑); unlabelled news is not."""

from __future__ import annotations

from crawler.extract.invitations import labelled_ad
from crawler.extract.page import extract_page

URL = "http://127.0.0.1/news/2026/0312-ai.html"


def _news(*lines: str, title: str = "新职业人才缺口大 启航教育开设人工智能训练师周末班") -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><title>{title} - 东南商报</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/news/'>资讯</a></nav><main><article>"
            f"<h1>{title}</h1><p class='byline'>2026-03-12 · 责任编辑：陈明</p>{body}</article></main>"
            "<footer>东南商报 新闻热线 0591-8765 4321 闽ICP备10004567号</footer></body></html>")


STORY = ["记者了解到，启航教育今年开设人工智能训练师四级、三级周末班，理论加实操。",
         "该机构负责人表示，学员须参加备案评价机构组织的认定考核。"]


def test_a_labelled_advertorial_with_its_advertisers_contact_is_an_offer() -> None:
    for label in ("【推广】", "（本文为广告）", "来源：企业供稿", "【商讯】",  # (商讯: a paper's paid notice)
                  "2026-04-02 来源：冀中新闻网 （推广）"):  # (the label closing the byline)
        html = _news(label, *STORY, "“我们不承诺包过，学员要上满课时。”该负责人说。",
                     "感兴趣的读者可登录 qihang-ai.cn 了解。")
        assert extract_page(html, URL).is_offer, label


def test_unlabelled_news_or_a_label_without_a_contact_is_no_offer() -> None:
    contact = "感兴趣的读者可登录 qihang-ai.cn 报名，咨询电话 0591-8812 3456。"
    assert not labelled_ad([*STORY, contact])  # news that quotes a school's number
    assert not labelled_ad(["【推广】", *STORY])  # nothing to reach
    assert not labelled_ad(["记者调查：网上的推广广告说包过", *STORY, contact])  # (says 广告, no label)
    assert not labelled_ad(["本报商讯 记者调查发现", *STORY, contact])  # (says 商讯, no label)
    assert labelled_ad(["【推广】", *STORY, contact])
    # the same article unlabelled is news about a school
    assert not extract_page(_news(*STORY, "“我们不承诺包过，学员要上满课时。”该负责人说。",
                                  "感兴趣的读者可登录 qihang-ai.cn 了解。"), URL).is_offer


def test_a_bloggers_disclosure_of_advertising_labels_the_post_an_advertorial() -> None:
    lines = ["去年在职达教育学了四级课，讲得还行，实操作业比较多。",
             "他们官网 www.youxuezd.com 可以领试听，咨询 400 618 2735。"]
    for disclosure in ("（本文含推广）", "【文末有广告】", "本篇包含推广，介意慎入"):
        assert labelled_ad([disclosure, *lines], title="我是怎么拿到人工智能训练师四级的"), disclosure
    for denial in ("（本文不含推广）", "（无广告）", "本文不含广告，纯分享"):
        assert not labelled_ad([denial, *lines], title="我是怎么拿到人工智能训练师四级的"), denial


def _repost(title: str, *lines: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><title>{title} - 公众号文摘</title></head><body>"
            "<nav><a href='/'>首页</a></nav><main><article>"
            f"<h1>{title}</h1><p>来源：浙南人才发展研究院 2025-06-01</p>{body}</article></main>"
            "<aside><h4>相关推荐</h4><ul><li><a href='/a/1.html'>人工智能训练师报名开始了</a></li>"
            "<li><a href='/a/2.html'>人工智能训练师三证联报</a></li>"
            "<li><a href='/a/3.html'>人工智能训练师补贴政策</a></li></ul></aside>"
            "<footer>公众号文摘 wxwenzhai.cn 内容转载自微信公众号</footer></body></html>")


def test_an_enrolment_notice_calls_to_enrol_and_is_no_report() -> None:
    """A school's 报名通知 / 招生公告 calls readers to enrol, whatever its warning against
    others' fake certificates; a bureau's 通知 about the work is a notice."""
    lines = ("本院开展人工智能训练师职业技能等级认定报名，证书全国联网可查。",
             "报名热线：150 0587 9913。请勿相信其他机构的“山寨证书”！")
    url = "http://127.0.0.1:8000/wx/a-2025-0601.html"
    assert extract_page(_repost("人工智能训练师职业技能等级证书报名通知（第六批）", *lines), url).is_offer
    notice = _repost("关于做好人工智能训练师职业技能等级认定工作的通知",
                     "各有关单位：请按规定组织人工智能训练师认定。", "咨询电话：12333")
    assert not extract_page(notice, url).is_offer


def test_a_news_story_that_quotes_a_scams_price_and_number_is_news() -> None:
    """本网讯（记者…）, 市民向本网反映, 工作人员表示: a news lead and its sources report, however
    many prices and numbers the story quotes."""
    story = _news("本网讯（记者 林静）市民李先生向本网反映，他在网上看到“人工智能训练师一级 零基础”的广告，"
                  "通过电话 170-9988-7766 联系后，向对方转账 3800 元。",
                  "记者就此咨询了当地人社部门。工作人员表示，一级需取得二级证书后从事本职业 4 年以上。",
                  title="花3800买“人工智能训练师一级”，市民发现查无此证")
    assert not extract_page(story, URL).is_offer
