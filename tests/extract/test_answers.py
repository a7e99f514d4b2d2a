"""A Q&A page's answers and a thread's floors, each its own writer's: one that sells with its
contact is an offer though the next answer warns; a page of answers that only warn or tell
of a cold call is not."""

from __future__ import annotations

from crawler.extract.answers import answer_lines, answer_texts
from crawler.extract.html_tree import parse_page
from crawler.extract.identifiers import names_a_contact
from crawler.extract.page import extract_page

URL = "http://127.0.0.1/wenda/q-5012.html"


def _qa(*answers: str, title: str = "人工智能训练师证书多久能拿到？") -> str:
    blocks = "".join(f"<div class='answer'>{a}</div>" for a in answers)
    return (f"<html><head><title>{title} - 某问答</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/wenda/'>问答</a></nav><main>"
            f"<div class='question'><h1>{title}</h1><p>提问者：匿名用户</p></div>"
            f"<p>{len(answers)} 个回答</p>{blocks}</main>"
            "<footer>某问答 © 2026 举报邮箱 jubao@mouwenda.cn</footer></body></html>")


def test_each_answer_is_found_with_its_lines() -> None:
    tree, _ = parse_page(_qa("<p>智启认证</p><p>一个月拿证，电话 139 3795 5218</p>",
                             "<p>河洛小白</p><p>快速拿证的都要小心。</p>"))
    lines = ["人工智能训练师证书多久能拿到？", "智启认证", "一个月拿证，电话 139 3795 5218",
             "河洛小白", "快速拿证的都要小心。"]
    assert answer_lines(lines, answer_texts(tree)) == [{1, 2}, {3, 4}]
    # one answer alone is the page's own post, not a page of answers
    assert answer_texts(parse_page(_qa("<p>一个回答</p>"))[0]) == []


def test_answers_named_with_one_letter_under_a_lettered_question_are_answers() -> None:
    """Many Q&A templates write <article class="q"> … <div class="a">: each "a" is an answer
    there, and nowhere else (a page's class "a" alone names no answer)."""
    answers = ("<div class='a'><b>鹤鸣考证</b><p>可以的，考完直接挂。</p><p>详情Q：1594837261</p></div>"
               "<div class='a'><b>路人甲</b><p>别信，打12315投诉。</p></div>")
    lettered = f"<html><body><main><article class='q'><h1>训练师证可以挂靠吗？</h1></article>{answers}</main></body></html>"
    assert len(answer_texts(parse_page(lettered)[0])) == 2
    assert answer_texts(parse_page(lettered.replace("class='q'", "class='post'"))[0]) == []


def test_a_selling_answer_is_an_offer_though_the_next_answer_warns() -> None:
    html = _qa("<p>考试助手</p><p>线上理论可以远程协助，保过，不过不收费。</p><p>Q:2398017746</p>",
               "<p>法律咨询师</p><p>代考涉嫌违法，请勿尝试。</p>", title="人工智能训练师考试能找人代考吗？")
    assert extract_page(html, URL).is_offer
    # the same answers in one block, one writer's: the warning is the writer's own
    one = html.replace("</div><div class='answer'>", "")
    assert not extract_page(one, URL).is_offer


def test_answers_that_warn_or_tell_of_a_cold_call_sell_nothing() -> None:
    html = _qa("<p>路人甲</p><p>人社部不发证，去 www.osta.org.cn 查机构。不懂就打12333问。</p>",
               "<p>打工人</p><p>之前有个 0371-66598120 打给我说包过，直接挂了。</p>")
    assert not extract_page(html, URL).is_offer
    assert not names_a_contact("之前有个 0371-66598120 打给我说包过，直接挂了。")
    assert names_a_contact("报名请打 0371-66598120")


def test_answers_are_found_under_a_sites_prefix_or_abbreviated() -> None:
    html = _qa("<p>答主：知行教育</p><p>我们开了三级周末班，扣我：2745019836</p>",
               "<p>路人</p><p>先查清楚评价机构再报。</p>").replace("class='answer'", "class='wd-ans'")
    assert len(answer_texts(parse_page(html)[0])) == 2
    # a button to write an answer, or an author's reply inside a comment, is no answer
    buttons = html.replace("class='wd-ans'", "class='write-answer'")
    assert answer_texts(parse_page(buttons)[0]) == []


def test_a_readers_contact_under_a_selling_answer_is_not_the_sellers() -> None:
    html = _qa("<p>答主：知行教育</p><p>我们开了人工智能训练师三级周末班，学费2980。</p>"
               "<p>报名加扣：2745019836</p>",
               "<p>读书的猫</p><p>网课随便买哪个都行，关键是考试得在评价机构报。我QQ 1390027745，有资料可以分享。</p>")
    facts = extract_page(html, URL)
    assert facts.is_offer
    qq = {m.value for m in facts.identifiers if m.kind == "qq"}
    assert qq == {"2745019836"}
    # with no answer that sells, the page's identifiers are read as before
    quiet = html.replace("我们开了人工智能训练师三级周末班，学费2980。</p><p>报名加扣：2745019836",
                         "三级要先有四级证书。")
    assert "1390027745" in {m.value for m in extract_page(quiet, URL).identifiers}


def test_a_victims_reply_under_a_warning_title_sells_nothing() -> None:
    html = _qa("<p>被坑的小王</p><p>交了钱说不用考试，拿到的证书查不到，对方电话已经关机。</p>",
               "<p>热心网友</p><p>同被坑，我加你微信 tongkeng_2025 一起去投诉吧。</p>",
               title="【避坑】花了6000买的人工智能训练师证书，查不到！")
    assert not extract_page(html, URL).is_offer


def test_answers_under_a_question_about_a_scam_sell_nothing() -> None:
    html = _qa("<p>号码是 170 6623 1890，说交900就能下个月拿人工智能训练师三级证。</p>",
               "<p>热心网友：肯定是骗子，证书要考试，拿不准打12333问。</p>",
               title="接到说能加急出证的电话，是骗子吗？")
    assert not extract_page(html, URL).is_offer


def test_a_buyers_question_under_a_selling_answer_is_not_the_sellers() -> None:
    """A reply that asks (同问，代办靠谱吗？) speaks as a buyer, though its question names
    the seller's trade: its contact is the asker's, not a second seller's."""
    html = _qa("<p>华信考务</p><p>可以代办报名，人工智能训练师四级材料齐全一周出准考证。QQ：2630174418</p>",
               "<p>网友 小麦</p><p>同问，代办报名靠谱吗？谁办过加我QQ 3391057726</p>")
    facts = extract_page(html, URL)
    assert facts.is_offer
    assert {m.value for m in facts.identifiers if m.kind == "qq"} == {"2630174418"}


def test_a_question_laid_out_in_a_table_is_the_askers_and_its_contact_too() -> None:
    """An old Q&A site lays its page out in a table: the cell holding the heading, the
    question and its answers is no data row, and the asker's own QQ in the question (split
    from its 提问者 label) is no seller's."""
    html = ("<html><head><title>数标科技的数据标注培训靠谱吗? - 问答吧</title></head><body>"
            "<table width='100%'><tr><td class='main'><h1>数标科技的数据标注培训靠谱吗?</h1>"
            "<div class='q'><p>提问者:安庆小陈 · 说先交3980培训费,还送人工智能训练师证。求懂的说说。我QQ 893340125</p></div>"
            "<div class='a'><p><b>数标AI训练营-班主任</b>回答:学员群 736015248 里可以看到往期学员反馈,"
            "也可以加微信 ShuBiao_HR 了解。</p></div>"
            "<div class='a'><p><b>网友</b>回答:招聘先收钱的一律小心。</p></div></td></tr></table></body></html>")
    facts = extract_page(html, URL)
    assert "数标科技的数据标注培训靠谱吗?" in facts.sentences  # a line of its own, not a table row
    found = {(m.kind, m.value) for m in facts.identifiers}
    assert ("wechat", "shubiao_hr") in found and ("qq", "893340125") not in found
