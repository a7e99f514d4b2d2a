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


def test_floors_below_a_thread_whose_post_gives_its_writers_contact_are_other_peoples() -> None:
    thread = ["出人工智能训练师资料+代报名", "楼主：李老师AI证书", "另可代报名三级、二级，流程快。",
              "有意者 Q 1548376290", "2 楼 路人甲", "二级要技师条件的吧？",
              "3 楼 吃过亏的人", "去年有个号 170 8193 5526 也这么说", "lili：我也想了解，加我 lili_wf0536"]
    assert said_by_others(thread) == {4, 5, 6, 7, 8}
    answer = ["提问者：匿名用户", "回答者：华夏职业认证 顾问", "可以快速办理，三级 2980。",
              "需要的加 V信 ZKZP_2025 详聊。", "网友B：同求，加我QQ 2738451190"]
    assert said_by_others(answer) == {0, 4}  # (the asker's head is the asker's too)


def test_a_seller_answering_a_buyers_thread_keeps_the_answer() -> None:
    # the post itself gives no contact: a seller may reply under any name and sell
    thread = ["哪里能考人工智能训练师", "楼主：小白", "想考三级，求推荐", "2 楼 华夏认证",
              "可以办，微信 huaxia_ai2026"]
    assert said_by_others(thread) == set()


def test_a_comment_headed_by_its_label_is_a_readers() -> None:
    post = ["人工智能训练师五级培训开班通知", "报名电话：021-64380217", "留言：已报，同学可以加我 lucky_mm0923"]
    assert said_by_others(post) == {2}
    caption = ["3天拿证！人工智能训练师", "简介：V：dingcheng-kz", "网友：我的Q 1047728391 一起备考"]
    assert said_by_others(caption) == {2}


def test_a_post_signed_on_its_own_line_or_an_answer_opening_with_its_writer() -> None:
    thread = ["人工智能训练师证 不用考试", "楼主 国培智训-小李：三级/二级都能直接报！",
              "加VX：zkrc-kefu01 或打 177 5180 3362 咨询。", "小鱼爱学习：我也想报，有一起的吗？",
              "加我微信 xiaoyu_2024"]
    assert said_by_others(thread) == {3, 4}
    asked = ["【求助】有人考过AI训练师吗？", "楼主 阿飞不飞：有个机构让先转 1500，电话 133-6620-1874，靠谱吗？",
             "3楼 恒诚教育_周老师：我们是正常上课考试，可以先进群看看：QQ群736219804"]
    assert said_by_others(asked) == set()  # the post asks about a number: a seller may answer


def test_a_posts_own_fields_name_no_writer() -> None:
    thread = ["楼主:甘肃人才职业技能评价中心", "本中心技师直接申报，考前培训包过。",
              "上课地点:天庆大厦12楼", "报名:181 9314 2207 微信:longcai8899",
              "路过的:177 9315 6402 这个号码去年也是这么说的,后来人跑了,大家小心"]
    assert said_by_others(thread) == {4}


def test_replies_below_an_unsigned_thread_post_that_sells_are_other_peoples() -> None:
    """A forum post with no 楼主 label ends at its replies' header (全部回复): when it sells
    with its contact, a reply by a name the post does not carry is someone else's."""
    thread = ["免考拿证 人工智能训练师 七天出证", "证书服务老陈", "不用培训，提供身份证即可，官网可查。",
              "电话 15236617408（微信同号）", "全部回复", "路过的 2026-03-10", "举报了，这是卖假证的",
              "证书服务老陈 2026-03-11", "可以先看样本"]
    assert said_by_others(thread) == {5, 6}
    # a post that gives no contact: whoever replies may be the seller
    asking = ["人工智能训练师哪里报？", "新手求推荐", "回复（2）", "鼎诚教育 2026-03-10", "加V dingcheng_kz"]
    assert said_by_others(asking) == set()


def test_a_forum_floor_head_names_its_writer_before_the_floor_and_the_time() -> None:
    """Discuz-style floors head each post with its writer, then its floor and when it was
    posted (心怡 楼主 发表于 …, 阿杰 3楼 发表于 …): below a post that sells with its writer's
    contact, a reader's own QQ on a later floor is not the seller's."""
    thread = ["心怡职培 楼主 发表于 2026-01-05 09:12", "人工智能训练师四级 周末班 2380 元",
              "咨询：139 0731 5566", "阿杰 2楼 发表于 2026-01-05 10:40", "周末班几点上课？",
              "心怡职培 3楼 发表于 2026-01-05 11:02", "早九点到下午五点",
              "小夏 4楼 发表于 2026-01-06 08:15", "我也想报，Q 2946618503 加我"]
    assert said_by_others(thread) == {3, 4, 7, 8}
    # the floors of a thread whose first head is a reader's are no reader's lines by default
    assert said_by_others(["阿杰 2楼 发表于 2026-01-05 10:40", "周末班几点上课？"]) == set()


def test_a_posts_own_clause_before_a_colon_names_no_writer() -> None:
    """The post's own line 零基础可报，资料发邮箱：… is a clause before its label, no
    commenter's name: the post keeps its contact, and the floor below it is a reader's."""
    thread = ["楼主 星河培训", "零基础可报，资料发邮箱：xinghe#163.com，电话 13508712266。",
              "2楼 路过的", "有兴趣，QQ 3318862047 私我"]
    assert said_by_others(thread) == {2, 3}


def test_a_comment_head_may_end_in_where_its_writer_posted_from() -> None:
    """Apps show each comment's place after its time (阿梅在长沙 3-02 · 湖南, 2天前 IP属地：
    四川): the head still names a reader, whose contact below is not the seller's."""
    note = ["@湘江AI学姐", "四级考证班本月报名立减三百，vx: xjai_2026", "评论（2）",
            "阿梅在长沙 3-02 · 湖南", "我也在学，V:amei_0302 互相监督",
            "老周 2天前 IP属地：四川", "太卷了"]
    assert said_by_others(note) == {3, 4, 5, 6}


def test_a_comment_section_headed_by_its_count_holds_readers_lines() -> None:
    note = ["人工智能训练师四级 学姐带班 1999", "私信 ada_aike 领资料", "共 2 条评论",
            "小鱼在厦门：可以加你吗 我的v xiaoyu_0592", "Ada的AI小课：通过啦"]
    assert said_by_others(note, ["Ada的AI小课 · 关注"]) == {3}
    assert said_by_others([*note[:2], "12条留言", *note[3:]], ["Ada的AI小课 · 关注"]) == {3}


def test_the_authors_reply_marked_by_its_role_alone_is_the_sellers() -> None:
    # video and note apps head the author's answer 作者回复：… (or 作者回复 @用户A：…) under a
    # reader's question: the reader's line is theirs, the reply stays the seller's
    lines = ["@小启老师聊AI · AI训练师月入过万", "用户B：证书是哪里发的", "作者回复：V我 Qh_Ai8899",
             "用户C：多少钱", "博主回复 @用户C：私信了", "用户D：我微信 dd_2024 一起学",
             "作者：考证另算，V我 Qh_Ai8899"]
    assert said_by_others(lines, section=1) == {1, 3, 5}


def test_a_video_authors_reply_gives_the_sellers_contact() -> None:
    html = ("<html><head><title>90%小白都能学会！AI训练师月入过万</title></head><body>"
            "<div class='author'>@小启老师聊AI</div>"
            "<p>#人工智能训练师 原价9999限时99！学完送人工智能训练师证书</p>"
            "<div class='comments'><p>用户B：证书是哪里发的</p>"
            "<p>作者回复：国家认证，V我 Qh_Ai8899</p></div></body></html>")
    found = {(m.kind, m.value) for m in extract_page(html, "http://127.0.0.1:8000/dsp/v-1.html").identifiers}
    assert ("wechat", "qh_ai8899") in found


def test_a_forum_threads_post_head_signs_its_seller_and_a_reader_below_is_not() -> None:
    # a forum heads its thread's post with its writer and 发表于; when that post sells with
    # its writer's contact, a reader's floor below (lily：…？ 加我 …) is the reader's own
    thread = ["AI星球小助手 发表于 2026-06-10", "AI星球学院暑期班：人工智能训练师证书，原价9999限时99！",
              "QQ 3302196654 / vx aixingqiu2025", "lily：99块是不是还要另外交考证费？",
              "加我 lily_hy0762 说说", "AI星球小助手：不用，vx 详聊"]
    assert said_by_others(thread) == {3, 4}
    # a post that only asks sells nothing: its answers may be any seller's
    asking = ["小王 发表于 2026-06-10", "哪里可以考人工智能训练师？", "华夏教育：四级班 2680，加微信 hx_ai"]
    assert said_by_others(asking) == set()


def test_an_answer_headed_by_its_writer_on_a_qa_page_is_no_readers_comment() -> None:
    # Q&A sites head each answer 网友“…”回答：; a reader's comment is headed 网友X：
    lines = ["人工智能训练师证书在哪个网站可以查?", "网友“国职认证客服”回答:我们的证书在查询网就能查,报名咨询15609381247",
             "网友小李：我也想知道"]
    assert said_by_others(lines) == {2}


def test_a_posts_date_alone_names_no_writer() -> None:
    # 发表于 2026-03-05 above 楼主:X: the poster is X, and a reader's floor below is theirs
    thread = ["发表于 2026-03-05", "楼主:启明电脑-周老师", "麦积区启明电脑培训中心本月开人工智能训练师五级周末班。",
              "报名电话 0938-2731466,微信 qiming_mj。", "2楼 天水宝妈", "周末班能带孩子吗?我微信 tsmama_2019 加我"]
    assert said_by_others(thread) == {4, 5}
