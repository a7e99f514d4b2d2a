"""How ads name the occupation without its full name: the 1+X certificate named after AI
training, a bundle with another certificate, a certificate bundle over the occupation's work,
a course in that work, a level named by its title. Each is about the AI-trainer certificate;
the same words around something else are not. And how a page says it sells: a blog's
分类：推广 (an ad), a school's 开班通知 (no report), a classifieds post filed under education."""

from __future__ import annotations

import pytest

from crawler.extract.invitations import classified_ad, labelled_ad
from crawler.extract.offer import OCCUPATION, offer_signals, offer_veto, work_certified
from crawler.extract.page import extract_page

URL = "http://127.0.0.1/p/1.html"


def _page(*lines: str, title: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><title>{title}</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/list'>分类</a></nav>"
            f"<main><h1>{title}</h1>{body}</main>"
            "<footer>某某信息网 © 2026</footer></body></html>")


@pytest.mark.parametrize("text", ["1+X 人工智能训练 职业技能等级证书 2026春季班",
                                  "1+X 人工智能训练证书（中级）", "人工智能训练等级证书报考"])
def test_the_1x_certificate_named_after_ai_training_names_the_occupation(text: str) -> None:
    """1+X ads name it so (docs/domain.md §2.1: a 1+X 人工智能… certificate sold after 2025
    is suspect); a training camp or training data is no certificate."""
    assert OCCUPATION.search(text)


@pytest.mark.parametrize("text", ["人工智能训练营第3期", "人工智能训练数据采集服务"])
def test_ai_training_without_its_certificate_names_no_occupation(text: str) -> None:
    assert not OCCUPATION.search(text)


def test_the_trainers_exam_named_alone_names_the_occupation() -> None:
    """A caption says 训练师考试 as it says 训练师证; a fitness or pet trainer's exam is none."""
    assert OCCUPATION.search("@AI小鹿老师 ：训练师考试实操就考这个，想系统学的可报我的训练营 399元")
    assert OCCUPATION.search("训练师考核怎么过")
    assert not OCCUPATION.search("健身训练师考试报名") and not OCCUPATION.search("宠物训练师考核")


def test_a_shop_listing_of_the_1x_ai_training_certificate_is_an_offer() -> None:
    lines = ["¥1280 月销 57", "店铺：职教云证", "下单后请到 www.zjyz-edu.com 完善报名信息。"]
    page = extract_page(_page(*lines, title="职教云证 1+X人工智能训练证书 初级/中级 考试报名"), URL)
    assert page.is_offer, page.offer_evidence
    other = extract_page(_page(*lines, title="职教云证 1+X网店运营推广证书 初级/中级 考试报名"), URL)
    assert not other.is_offer


def test_the_occupation_bundled_with_another_certificate_is_sold_too() -> None:
    """"AIGC证+训练师证一起考" sells the AI-trainer certificate in a bundle: the other
    occupation in the title does not make it another trade's page."""
    lines = ["双证一起报更划算，交费包过，拿证升职加薪。", "加 AIGC_sz888 了解，或者Q 3318620457"]
    bundle = offer_signals("AIGC证+训练师证一起考", lines)
    assert offer_veto(bundle) is None
    assert extract_page(_page(*lines, title="AIGC证+训练师证一起考"), URL).is_offer
    compared = offer_signals("AIGC证书报名", ["AIGC证书比考训练师证容易。报名电话：182-5401-7736"])
    assert offer_veto(compared) == "sells or discusses another occupation; AI trainer only mentioned"


@pytest.mark.parametrize("texts", [
    ["在家做数据标注的姐妹看过来", "我们的双证班又开了"],  # a certificate bundle over its work
    ["零基础学数据标注 学完就业"],  # a course in its work
    ["数据标注入行第一课", "训练营第3期报名中"],
    ["XT人工智能研究院", "高级技师证书对应正高级职称"],  # a level named by its title (一级)
])
def test_ads_that_name_the_work_its_course_or_its_levels_are_about_the_occupation(
        texts: list[str]) -> None:
    assert work_certified(texts)


@pytest.mark.parametrize("texts", [
    ["在家做数据标注的姐妹看过来", "周末一起去爬山"],
    ["学校拥有数据标注实训室2间、机位120个。"],  # a school's facility, not a course
    ["招聘数据标注员，上班时间灵活"],
    ["汽修高级技师王师傅", "专修进口车"],
])
def test_the_work_or_a_title_alone_says_nothing_of_the_certificate(texts: list[str]) -> None:
    assert not work_certified(texts)


def test_a_video_caption_selling_a_data_annotation_course_is_an_offer() -> None:
    caption = ["@麓山数标官方", "90%小白都能学会！学员群689214537，加微信lsdb_hr领试听课。"]
    assert extract_page(_page(*caption, title="零基础学数据标注 学完就业"), URL).is_offer
    assert not extract_page(_page(*caption, title="零基础学剪辑 学完就业"), URL).is_offer


LINES = ["桂林新程职业技能培训有限公司开设人工智能训练师五级四级连读班，学完领补贴。",
         "详见 xinchengai.com"]


@pytest.mark.parametrize("label", ["发布于 2025-11-21 · 分类：推广", "栏目：广告", "标签: 软文 | 教育"])
def test_a_blog_post_filed_under_its_ad_category_is_an_advertorial(label: str) -> None:
    assert labelled_ad([label, *LINES], title="新程AI学院合作招生")


@pytest.mark.parametrize("label", ["发布于 2025-11-21 · 分类：推广技巧", "分类：学习笔记"])
def test_a_category_that_is_no_ad_label_is_none(label: str) -> None:
    assert not labelled_ad([label, *LINES], title="新程AI学院合作招生")


def test_a_schools_notice_of_its_class_does_not_read_as_a_report() -> None:
    """关于开展…培训的通知 and 开班通知 call learners to a class; a bureau's notice of an
    assessment is still a notice."""
    for title in ("关于开展人工智能训练师职业技能培训的通知", "人工智能训练师四级开班通知"):
        assert offer_signals(title, []).warning_title is None, title
    assert offer_signals("关于开展2026年第一批人工智能训练师认定工作的通知", []).warning_title


def test_a_classifieds_post_filed_under_education_is_an_offer() -> None:
    """A board's category field (类别：教育培训) files the post as a course ad: its poster's
    contact sells it, however plainly it reads; filed elsewhere, or asking, it is none."""
    post = ["区域:南京-建邺 | 类别:教育培训-职业技能 | 发布:2026-03-02",
            "南京智云教育科技有限公司，数据标注员（人工智能训练师）线上课，40课时。",
            "联系人:周老师", "电话:151-0517-9943"]
    assert classified_ad(post, title="南京 人工智能训练师线上课+证书")
    page = extract_page(_page(*post, title="南京 人工智能训练师线上课+证书"), URL)
    assert page.is_offer, page.offer_evidence
    assert not classified_ad([post[0].replace("教育培训-职业技能", "二手-数码"), *post[1:]],
                             title="南京 人工智能训练师线上课+证书")
    assert not classified_ad(post, title="求职：持人工智能训练师证书，求数据标注兼职")
    assert not classified_ad(post[:3], title="南京 人工智能训练师线上课+证书")  # no contact


def test_a_schools_notice_with_a_fraud_warning_appended_is_no_report() -> None:
    """A repost of 开班通知，附防骗提醒 announces the class; 防骗提醒 alone still warns."""
    assert offer_signals("盐城智培｜人工智能训练师开班通知，附防骗提醒", []).warning_title is None
    assert offer_signals("人工智能训练师防骗提醒", []).warning_title
    assert offer_signals("人工智能训练师开班通知？小心防骗", []).warning_title
