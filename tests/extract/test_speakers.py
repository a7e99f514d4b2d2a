"""A post's comment section: lines by readers are theirs, lines by the post's author stay
the seller's (crawler.extract.speakers); a reader's contact under a seller's post ties no one."""

from __future__ import annotations

from crawler.extract.invitations import invitation_window
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


def test_the_authors_mark_without_brackets_keeps_its_reply_the_sellers() -> None:
    note = ["评论", "小鱼想上岸：扣1，能周末去吗？", "我v：xiaoyu_0823 求带",
            "小蓉老师AI职培作者：可以的宝，加我v：RZai2021 发你课表", "成都吃货阿飞：楼主头像好看"]
    assert said_by_others(note) == {1, 2, 4}


def test_a_sellers_invitation_under_someone_elses_complaint_invites_to_nothing_of_it() -> None:
    lines = ["【避雷】交了3980的AI训练师包过班", "去年刷到一个视频，说人工智能训练师三级包过，交了 3980。",
             "评论", "天府证书服务中心：别找那种小作坊，找我们正规的 QQ 2837461955",
             "锦江打工仔：楼上也是卖包过的"]
    others = said_by_others(lines, ["倒霉的小刘"])
    assert others == {3, 4}
    assert invitation_window(lines) and not invitation_window(lines, (), others)


def test_a_readers_question_the_author_answers_with_a_contact_still_sells() -> None:
    html = ("<html><head><title>宝妈在家学AI</title></head><body><p>@未来智联AI学院</p>"
            "<p>人工智能训练师三级一个月搞定，原价3980现在2580</p><div class='comments'><h4>评论 3</h4>"
            "<p>小鱼:怎么联系</p><p>未来智联AI学院:vx: wlzl_ai 或者 159-6814-3207</p>"
            "<p>路过:一个月?</p></div></body></html>")
    assert extract_page(html, "http://127.0.0.1:8000/video/v-403.html").is_offer
