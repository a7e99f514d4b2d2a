"""How ads name the occupation without its full name: the 1+X certificate named after AI
training, a bundle with another certificate, a certificate bundle over the occupation's work,
a course in that work, a level named by its title. Each is about the AI-trainer certificate;
the same words around something else are not. And labels that say whose a line is: a blog's
分类：推广 (an ad), a newsroom's 新闻热线 (no seller's), a licence's code label (no name)."""

from __future__ import annotations

import pytest

from crawler.extract.identifiers import find_identifiers
from crawler.extract.invitations import labelled_ad
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


def test_a_newsrooms_tip_line_is_no_sellers_contact() -> None:
    """A paper's 新闻热线 credited in a repost (部分内容来源：…) or on its pages is the
    newsroom's: two sellers' pages that both credit it share no seller."""
    for line in ("来源：公众号「黔北职教」（部分内容来源：黔北在线 新闻热线0851-28611234）",
                 "新闻热线 0851-28611234 欢迎提供新闻线索", "报料电话：0851-28611234"):
        assert [m.value for m in find_identifiers([line]) if m.kind == "phone"] == [], line
    kept = find_identifiers(["报名热线 0851-28611234，欢迎咨询人工智能训练师课程"])
    assert [m.value for m in kept] == ["+8685128611234"]


def test_a_schools_notice_of_its_class_does_not_read_as_a_report() -> None:
    """关于开展…培训的通知 and 开班通知 call learners to a class; a bureau's notice of an
    assessment is still a notice."""
    for title in ("关于开展人工智能训练师职业技能培训的通知", "人工智能训练师四级开班通知"):
        assert offer_signals(title, []).warning_title is None, title
    assert offer_signals("关于开展2026年第一批人工智能训练师认定工作的通知", []).warning_title


def test_a_licence_label_followed_by_its_codes_label_names_no_account() -> None:
    """营业执照：统一社会信用代码 9144… gives the code, not a business named 统一社会信用代码:
    two shops that write their licence so share no account."""
    found = {(m.kind, m.value) for m in find_identifiers(
        ["营业执照：统一社会信用代码 91440402573281065A。"])}
    assert found == {("uscc", "91440402573281065A")}
    named = {m.value for m in find_identifiers(["营业执照：珠海标注人才培训中心"])}
    assert named == {"account:珠海标注人才培训中心"}


@pytest.mark.parametrize(("line", "wechat"), [
    ("详询 shubiao_hr。", "shubiao_hr"),
    ("银川线下班在招，咨询 FCSZ_edu", "fcsz_edu"),
    ("有兴趣可以加他们的助教 qiyuan_ai，课程页在 qiyuanai.cn/trainer。", "qiyuan_ai"),
])
def test_an_id_after_an_ask_or_an_assistant_is_a_wechat_id(line: str, wechat: str) -> None:
    """Letters with a digit or an underscore after 详询 / 咨询 are no word but an id; so is
    one after 加…助教, whoever's assistant it is."""
    assert ("wechat", wechat) in {(m.kind, m.value) for m in find_identifiers([line])}


@pytest.mark.parametrize("line", ["咨询 Python 课程", "咨询：abc_1@163.com", "咨询 www.abc123.cn"])
def test_a_word_a_mail_or_a_site_after_an_ask_is_no_wechat_id(line: str) -> None:
    assert "wechat" not in {m.kind for m in find_identifiers([line])}
