"""A post's comment section: lines by readers are theirs, lines by the post's author stay
the seller's (crawler.extract.speakers); a reader's contact under a seller's post ties no one."""

from __future__ import annotations

from crawler.extract.page import extract_page
from crawler.extract.speakers import said_by_others

VIDEO = ["@小鹿AI就业营", "视频文案：零基础学一个月就能上岗！", "评论（3）",
         "奶茶续命 2天前", "1",
         "lily学姐 2天前", "学过的来说一句，证书确实能查。", "我微信 lily_0925 可以问",
         "小鹿AI就业营 2天前", "已私信～ 微信 luming_ai88"]


def test_readers_lines_are_theirs_and_the_signed_authors_reply_is_the_sellers() -> None:
    assert said_by_others(VIDEO) == {3, 4, 5, 6, 7}


def test_the_author_marked_named_or_answering_keeps_its_lines() -> None:
    note = ["学姐带班，人工智能训练师四级 1999", "评论", "奶茶：怎么联系学姐",
            "作者 AI小雪学姐 回复：vx xiaoxue_ai2024",
            "云帆AI学堂（作者） 4月21日", "特殊通道，详询顾问 yunfan_ai",
            "粤技通 回复 Lily：电话13725406318"]
    assert said_by_others(note, ["粤技通 · 关注"]) == {2}


def test_a_label_inside_a_comment_names_no_writer_and_a_page_without_comments_has_none() -> None:
    lines = ["评论（1）", "橙子 4月21日", "三级不是要四级证加五年吗？", "微信：chengzi_88"]
    assert said_by_others(lines) == {1, 2, 3}
    assert said_by_others(["我们四级班 2680 元", "微信：jxt_ai", "楼主：谢谢"]) == set()


def test_a_readers_contact_under_a_sellers_video_is_not_read_as_the_sellers() -> None:
    html = ("<html><head><title>AI训练师就业营</title></head><body><div class='author'>@小鹿AI就业营</div>"
            "<p>人工智能训练师先培训后上岗，四级班 2680 元，报名加微信 luming_ai88。</p>"
            "<div class='comments'><h4>评论（2）</h4><p>lily学姐 2天前</p>"
            "<p>我微信 lily_0925 可以问</p><p>小鹿AI就业营 2天前</p><p>已私信～</p></div></body></html>")
    found = {(m.kind, m.value) for m in extract_page(html, "http://127.0.0.1:8000/video/v-1.html").identifiers}
    assert ("wechat", "luming_ai88") in found and ("wechat", "lily_0925") not in found
