"""Whose contact a line gives: a newsroom's tip line, a licence's code label, a reader who
asks to be told or to team up, a comment headed by its writer are no seller's; an id after
详询 / 咨询 or an assistant, a Q glued to its number and 扣我 before one are the seller's."""

from __future__ import annotations

import pytest

from crawler.extract.identifiers import find_identifiers
from crawler.extract.page import extract_page
from crawler.extract.speakers import said_by_others


def test_a_newsrooms_tip_line_is_no_sellers_contact() -> None:
    """A paper's 新闻热线 credited in a repost (部分内容来源：…) or on its pages is the
    newsroom's: two sellers' pages that both credit it share no seller."""
    for line in ("来源：公众号「黔北职教」（部分内容来源：黔北在线 新闻热线0851-28611234）",
                 "新闻热线 0851-28611234 欢迎提供新闻线索", "报料电话：0851-28611234"):
        assert [m.value for m in find_identifiers([line]) if m.kind == "phone"] == [], line
    kept = find_identifiers(["报名热线 0851-28611234，欢迎咨询人工智能训练师课程"])
    assert [m.value for m in kept] == ["+8685128611234"]


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


def test_a_q_glued_to_its_number_is_a_qq() -> None:
    """或 Q1432667901: the bare letter with the number right after it, as posts write it; a
    quarter (2026Q1, Q3 2025) is none."""
    assert ("qq", "1432667901") in {(m.kind, m.value) for m in find_identifiers(
        ["加微信 xiaolu_xz2024 或 Q1432667901 拉你进群。"])}
    assert find_identifiers(["2026Q1 报名人数", "Q3 2025 季度报告"]) == []


@pytest.mark.parametrize("line", [
    "鱼塘主 的回答 我也想了解，我QQ 903377461，有靠谱渠道麻烦告诉我",
    "鱼塘主：已报，我QQ 903377461 求组队",
    "鱼塘主：我QQ 903377461，报了的来交流",
])
def test_a_readers_own_number_asking_to_be_told_or_for_company_is_no_sellers(line: str) -> None:
    """A reader who wants to hear of a channel or to team up gives their own QQ: on three
    sellers' pages it would join them."""
    assert find_identifiers([line]) == []
    invited = find_identifiers(["有意向的来交流，我QQ 903377461"])  # (a seller's invitation)
    assert [(m.kind, m.value) for m in invited] == [("qq", "903377461")]


def test_a_comment_headed_by_its_label_and_writer_is_anothers() -> None:
    """评论 鱼塘主：… under a caption is a viewer's comment, not the author's post."""
    caption = ["视频文案：90%小白都能学会", "主页：yangfan_ai99 · 官网 yangfanai.cn"]
    assert said_by_others([*caption, "评论 鱼塘主：我QQ 903377461，一起学"]) == {2}
    assert said_by_others([*caption, "留言 小王：同问"]) == {2}
    assert said_by_others([*caption, "评论区见"]) == set()
    # a viewer named after the site's word for its users (用户小鱼：…, 网友东营小白：…)
    assert said_by_others([*caption, "用户小鱼：老师怎么收费？我V：xiaoyu_dy88"]) == {2}
    assert said_by_others([*caption, "网友东营小白：我V：xiaoyu_dy88 想报名"]) == {2}
    assert said_by_others([*caption, "用户须知：报名请联系班主任"]) == set()
    assert said_by_others([*caption, "读者如需报名可联系:联系电话 021-64873920"]) == set()
    question = "提问者:安庆小陈 · 在同城网站看到招聘,说先交3980培训费,还送人工智能训练师证。我QQ 893340125"
    assert said_by_others(["人工智能训练师招聘先交培训费靠谱吗？", question]) == {1}


def test_kou_wo_before_a_qq_long_number_is_a_qq() -> None:
    """扣我 963512847 (扣 for QQ) gives a QQ without a colon; 扣我 10000元 is a price."""
    found = find_identifiers(["想报三级班的扣我 963512847 ，名额不多。"])
    assert [(m.kind, m.value) for m in found] == [("qq", "963512847")]
    assert find_identifiers(["扣我 10000元 就能报", "评论区扣我 1 领资料"]) == []



def test_a_comment_section_its_markup_names_is_one_without_a_header() -> None:
    """<div class="comments"> under a video, with no 评论 header: a viewer's own WeChat there
    (lily：dd 我 v：…) is no seller's; the author's pinned comment stays the author's."""
    html = ("<html><head><title>国培证书姐：人工智能训练师证三级一起拿 - 快视</title></head><body><main>"
            "<h1>@国培证书姐 · 人工智能训练师证三级一起拿</h1>"
            "<p>零基础不限学历，原价9999限时1999。电话：177-5120-3398 V：gpzx2026</p>"
            "<div class='comments'><p>置顶评论：报名加 gpzx_kefu01</p><p>lily：dd 我 v：lily_sz1990</p>"
            "<p>路人甲：挂靠？谁要啊</p></div></main></body></html>")
    facts = extract_page(html, "http://127.0.0.1/kuaishi/v/7302.html")
    wechats = {m.value for m in facts.identifiers if m.kind == "wechat"}
    assert {"gpzx2026", "gpzx_kefu01"} <= wechats and "lily_sz1990" not in wechats
    # the viewer's line with no section in the markup is the page's own line
    loose = html.replace("<div class='comments'><p>置顶评论：报名加 gpzx_kefu01</p>", "<div>")
    ids = extract_page(loose, "http://127.0.0.1/kuaishi/v/7302.html").identifiers
    assert "lily_sz1990" in {m.value for m in ids}
