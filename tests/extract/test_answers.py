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
