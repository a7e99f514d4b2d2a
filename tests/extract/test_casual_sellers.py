"""How casual sellers write on classifieds, chat boards and social posts: prices per term
or after a tutoring word, subsidies mentioned in passing, ids after 加我, numbers cut at a
dash, a site's ICP filing, and the cues that say a class is open for enrolment."""

from __future__ import annotations

import pytest

from crawler.extract.fees import fees_in_sentence
from crawler.extract.identifiers import find_identifiers
from crawler.extract.offer import OCCUPATION, detect_offer, offer_signals
from crawler.extract.page import extract_page
from facts import contacts


def amounts(sentence: str) -> list[float]:
    return [fee.amount_min for fee in fees_in_sentence(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("周末集训 2680元/期，含教材", [2680.0]),  # the price of one term of the course
    ("三级冲刺 1650 元 / 期", [1650.0]),
    ("学费 2999 元，也可分6期，每期 520 元/期", [2999.0]),  # an instalment is no price
])
def test_a_price_per_term_is_the_course_price_unless_paid_by_instalments(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("五级1280 四级1990 有社保的还能去申请技能补贴", [1280.0, 1990.0]),
    ("三级2580 满足条件可领补贴", [2580.0]),
    ("四级1500的补贴", []),  # the number is the subsidy
])
def test_a_subsidy_said_in_passing_leaves_the_prices_before_it(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("我这边只收辅导费 600，考试费另交", [600.0]),
    ("线上一对一900，包答疑", [900.0]),
])
def test_tutoring_fees_written_without_a_currency(sentence, expected):
    assert amounts(sentence) == expected


def test_every_ceiling_of_a_subsidy_list_is_the_subsidy_not_a_price() -> None:
    assert amounts("参保职工可申领技能提升补贴，五级、四级、三级分别最高800、1200、1800元") == []


def test_letters_after_jia_wo_are_a_wechat_id() -> None:
    found = find_identifiers(["想报的直接加我 ai_coach_lin 发你资料"], [], [], [])
    assert [(m.kind, m.value) for m in found] == [("wechat", "ai_coach_lin")]
    # an address after 加我 stays an address
    assert not [m for m in find_identifiers(["加我邮箱 lin@kaozheng.cn"], [], [], [])
                if m.kind == "wechat"]


def test_a_qq_labelled_online_or_service() -> None:
    found = find_identifiers(["QQ在线：2301876654", "QQ客服 1765 432 098"], [], [], [])
    assert sorted(m.value for m in found if m.kind == "qq") == ["1765432098", "2301876654"]


def test_a_number_cut_after_its_dash_runs_on_to_the_next_line() -> None:
    found = find_identifiers(["报名电话 139-1720-", "5568（周老师）"], [], [], [])
    assert [m.value for m in found if m.kind == "phone"] == ["+8613917205568"]


def test_an_icp_filing_is_read_without_its_site_number() -> None:
    assert contacts.normalize_icp("苏ICP备2024071156号-3") == "icp:苏ICP备2024071156号"
    assert contacts.normalize_icp("ICP证：粤ICP证 110245号") == "icp:粤ICP证110245号"
    assert contacts.normalize_icp("公网安备 32050802011234号") is None
    found = find_identifiers([], ["版权所有 领学教育 苏ICP备2024071156号-3"], [], [])
    assert [(m.kind, m.value, m.place) for m in found] == [
        ("other", "icp:苏ICP备2024071156号", "side")]


def test_the_title_names_the_site_a_page_belongs_to() -> None:
    html = ("<html><head><title>明途教育 - 人工智能训练师报名 - mingtu-edu.cn</title></head><body>"
            "<h1>人工智能训练师四级</h1><p>学费 2380 元，立即报名。</p><p>电话 13851236607</p>"
            "</body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/sites/mingtu/ai.html")
    assert ("domain", "mingtu-edu.cn", "side") in {(m.kind, m.value, m.place)
                                                   for m in facts.identifiers}


@pytest.mark.parametrize("sentence", [
    "【3月班火热报名中】人工智能训练师四级 周六日上课",
    "人工智能训练师三级 开始报名啦，老学员带新立减",
    "人工智能训练师四级 报名享早鸟价",
    "我们开设人工智能训练师四级、三级周末培训班",
    "人工智能训练师 | 价格 | 面议",
])
def test_enrolment_open_and_early_bird_cues_sell(sentence: str) -> None:
    title = "人工智能训练师四级"
    assert detect_offer(title, [sentence, "联系电话 13851236607"], has_contact=True)[0]


def test_a_course_described_with_a_phone_does_not_sell_by_itself() -> None:
    assert not detect_offer("人工智能训练师四级", ["人工智能训练师四级 周六日上课",
                                           "联系电话 13851236607"], has_contact=True)[0]


def test_a_sellers_complaints_line_is_no_report_of_complaints() -> None:
    page = ["人工智能训练师四级培训，开设周末班", "招生办 | 021-6455 8120",
            "投诉 | 021-6455 8121", "投诉电话：021-6455 8122"]
    assert detect_offer(page[0], page, has_contact=True)[0]


@pytest.mark.parametrize(("text", "names"), [
    ("新一期训练师（四级）开班啦", True),  # a class term before the shortened name
    ("宠物训练师（四级）", False),
])
def test_the_shortened_name_after_a_class_term(text: str, names: bool) -> None:
    assert bool(OCCUPATION.search(text)) is names


@pytest.mark.parametrize(("sentence", "expected"), [
    ("三级冲刺营 寒假集训 只要二九八零 先到先得", [2980.0]),
    ("理论加实操，4次课 1500，周末上", [1500.0]),
    ("只要60分就能过", []),  # a score, not a price
    ("共24课 1200 分钟", []),  # a length
])
def test_what_it_only_costs_and_a_price_after_a_count_of_lessons(sentence, expected):
    assert amounts(sentence) == expected


def test_a_chat_group_that_names_only_the_occupations_work_at_a_level_sells_it() -> None:
    """数据标注 is the occupation's work type (and a chapter of its level-4 assessment): a
    group selling "数据标注 … 五级 / 四级" with prices sells the AI-trainer levels."""
    board = ["本群为云岭数据标注学院招生群", "五级1180，四级1760，报名找马老师 137 7025 1846"]
    assert detect_offer("数据标注交流群", board, has_fee=True, has_contact=True,
                        fee_texts=[board[1]])[0]
    # a language test's level is no certificate level; and the price must be there
    exam = ["数据标注员岗位招聘，英语四级优先", "薪资 6000"]
    assert not detect_offer("数据标注交流群", exam[:1], has_contact=True)[0]


def test_the_occupations_work_with_its_certificate_or_exam_names_the_occupation() -> None:
    """An ad may name only the work type (数据标注) and a certificate (先考证再上岗) or its exam
    (考点, 考场): that is the AI-trainer certificate; the work alone is a job, not it."""
    for post in (["在家做AI数据标注 先考证再上岗", "报名加V：biaozhu_edu01"],
                 ["数据标注实训班 老周带练", "考点就在漕溪北路，不包过，想认真学的加微信 zhou_bz66"],
                 ["原价9999限时99 AI双证", "拿证升职加薪，联系 19913710442"]):
        assert offer_signals(post[0], post).occupation_context, post
    assert not offer_signals("数据标注 日结", ["数据标注 在家做 日结"]).occupation_context
    # an AI school's class at a skill level; not AI alone, nor a level with no AI
    assert offer_signals("启程AI课堂", ["五级 980 元，加 vx qc_ai01 试听"]).occupation_context
    assert not offer_signals("AI绘画课", ["零基础学AI绘画 加 vx qc_ai01"]).occupation_context
    assert not offer_signals("育婴课", ["四级 980 元，加 vx qc_ai01"]).occupation_context


def test_ai_training_at_a_level_names_the_occupation() -> None:
    assert OCCUPATION.search("AI训练四级 冬季班 3980")
    assert not OCCUPATION.search("AI训练营 冬季班 3980")


def test_v_wo_before_letters_is_a_wechat_id() -> None:
    found = find_identifiers(["需要的话V我：huxi_teacher01"], [], [], [])
    assert [(m.kind, m.value) for m in found] == [("wechat", "huxi_teacher01")]


def test_a_sellers_answer_offering_group_enrolment_with_a_phone_is_an_offer() -> None:
    html = ("<html><head><title>单位想组织员工考人工智能训练师，哪里能团报？ - 问答</title></head><body>"
            "<h1>单位想组织员工考人工智能训练师，哪里能团报？</h1>"
            "<p>提问者：某物流公司行政 · 2026-10-02</p><p>二十多个人，想报四级，有没有上门的？</p>"
            "<p>回答 1</p><p>云杉职培</p>"
            "<p>您好，我们做单位团报比较多，本市可以上门，二十人单价可以优惠。</p>"
            "<p>电话：137-7025-1846（马老师）</p>"
            "<p>回答 2</p><p>路人甲</p><p>可以先问问人社局有没有补贴。</p>"
            "</body></html>")
    assert extract_page(html, "http://127.0.0.1:8000/wenda/q-3321.html").is_offer


def test_a_mark_the_page_says_to_swap_for_at_makes_an_address() -> None:
    found = find_identifiers(["资料发邮箱 chenlaoshi_ai★126.com（★换成@）"], [], [], [])
    assert [(m.kind, m.value) for m in found] == [("email", "chenlaoshi_ai@126.com")]


def test_a_short_video_account_in_corner_brackets() -> None:
    found = find_identifiers(["上课录屏都在抖音，搜「jiangcheng_ai66」"], [], [], [])
    assert [(m.kind, m.value) for m in found] == [("other", "account:抖音:jiangcheng_ai66")]


@pytest.mark.parametrize("line", [
    "五级 2980 元。考点可咨询 0513-8521 7730 了解考期",
    "考点：江淮职业技能等级认定服务站（咨询 0551-6288 4107），自己报也行",
    "考务咨询电话（考点公布）0551-6288 4107，考试当天带身份证",
    "评价合作机构信用代码 12520000456002178K",
    "评价机构：某省技能评价服务中心（信用代码 12520000456002178K）",
    "课程代码 15000620318 · 含认定费",
    "表单由 易搭表单 yidabiaodan.cn 提供技术支持",
    "报名表请填写邮箱，如 name@example.com",
])
def test_an_exam_venues_number_codes_credits_and_placeholders_tie_no_seller(line: str) -> None:
    assert list(find_identifiers([line], [], [], [])) == []


def test_the_sellers_own_number_beside_the_venues_is_kept() -> None:
    found = find_identifiers(["考点电话 0551-6288 4107（考前通知）。报名找我 139 2235 0417"],
                             [], [], [])
    assert [m.value for m in found if m.kind == "phone"] == ["+8613922350417"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("四级课程 3.68k,含实操平台", [3680.0]),  # a k for thousands
    ("报中级 4千2,两个月拿证", [4200.0]),  # a digit after 千 is the hundreds
    ("五级一千五八，四级一千八九，含教材", [1580.0, 1890.0]),  # said aloud, places left out
    ("我报的是周末班,三千二百八,老师很负责", [3280.0]),  # numerals alone as a clause
    ("💰 初级 1680 / 中级 2680 可分期", [1680.0, 2680.0]),  # 初级 / 中级 / 高级 without 工
    ("高级感拉满 2026", []),
    ("学费3k出头", []),  # approximate
])
def test_short_magnitudes_spoken_numerals_and_bare_grade_names(sentence, expected):
    assert amounts(sentence) == expected


def test_wei_alone_before_an_id_is_wechat() -> None:
    found = find_identifiers(["戳 微 lanxin_ai2026 或 Q 2457781093"], [], [], [])
    assert ("wechat", "lanxin_ai2026") in {(m.kind, m.value) for m in found}


@pytest.mark.parametrize(("text", "names"), [
    ("蓝芯智标工作室 · 训练师交流群", True),
    ("宠物训练师交流群", False),
])
def test_a_trainers_group_names_the_occupation(text: str, names: bool) -> None:
    assert bool(OCCUPATION.search(text)) is names


def test_a_sign_up_desk_sells() -> None:
    assert detect_offer("人工智能训练师四级", ["蓝芯AI训练师报名处", "QQ：2457781093"],
                        has_contact=True)[0]


def test_a_post_told_in_its_images_is_read_with_their_descriptions() -> None:
    html = ("<html><head><title>我报了AI训练师四级！ - 种草笔记</title></head><body>"
            "<h1>宝子们 我报了AI训练师四级！</h1><p>图都在上面啦，自己看～ #AI训练师 #考证</p>"
            "<img src='a.jpg' alt='蓝芯职培 人工智能训练师四级 招生海报 学费2980 可分期 加薇：lanxin_ai2026'>"
            "<img src='b.jpg' alt='答疑群 群号 736-221-905'>"
            "</body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/notes/n-1.html")
    assert facts.is_offer
    assert [fee.amount_min for fee in facts.fees] == [2980.0]


def test_a_pitch_that_names_its_brand_before_the_class() -> None:
    html = ("<html><head><title>天津哪里可以考AI训练师？</title></head><body>"
            "<h1>天津哪里可以考AI训练师？</h1><p>海河职训</p>"
            "<p>我们海河职训有人工智能训练师四级班，线下南开区，可以先试听。</p>"
            "<p>Q 2457781093</p></body></html>")
    assert extract_page(html, "http://127.0.0.1:8000/wenda/q-1.html").is_offer


def test_how_to_pay_sells() -> None:
    assert detect_offer("人工智能训练师四级", ["课程：50课时 线上", "付款方式：对公转账",
                                           "客服微信：lanxin_ai2026"], has_contact=True)[0]


@pytest.mark.parametrize(("line", "expected"), [
    ("群：588204317 加v lanxin_ai2026 领资料", {("qq_group", "588204317"),
                                              ("wechat", "lanxin_ai2026")}),
    ("来自 种草笔记App · zhongcaobiji.com", set()),  # the app the post was sent from
])
def test_a_bare_group_label_and_the_app_a_post_was_sent_from(line, expected) -> None:
    assert {(m.kind, m.value) for m in find_identifiers([line], [], [], [])} == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a warning that follows the seller's own contacts disowns what it names, not them
    ("详情私信或扣2457781093 官网lanxin-ai.cn ⚠️提醒：有人冒充我们加微信 fake_vip88 收费",
     {("qq", "2457781093"), ("domain", "lanxin-ai.cn")}),
    # the account number right after its holder's name
    ("收款户名 | 合肥蓝芯智能科技有限公司 6217 0024 9010 3385 127",
     {("other", "account:合肥蓝芯智能科技有限公司"), ("other", "account:6217002490103385127")}),
    ("想要备考资料的来我们群 783205226 自取", {("qq_group", "783205226")}),
    ("想报的加 lanxin_ai2026 或电话 199 3806 2218", {("wechat", "lanxin_ai2026"),
                                                 ("phone", "+8619938062218")}),
    ("评论区扣1，扣10000元押金", set()),  # 扣 as a comment cue and as a deduction
    ("参加 abcdefg 活动", set()),
])
def test_more_ways_sellers_give_their_contacts(line, expected) -> None:
    assert {(m.kind, m.value) for m in find_identifiers([line], [], [], [])} == expected


def test_a_business_line_that_also_takes_enrolment_is_the_sellers() -> None:
    (found,) = find_identifiers(["商务合作/报名：lanxin_ai（at）qq.com"], [], [], [])
    assert (found.kind, found.place) == ("email", "main")
    platform = find_identifiers(["商务合作：ads（at）kuaiying.cn"], [], [], [])
    assert {m.place for m in platform} == {"side"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("我们现在只开训练师四级，2,980，想报的私我", [2980.0]),  # not 980
    ("五级,1,280,四级,1,880", [1280.0, 1880.0]),
])
def test_a_thousands_comma_beside_clause_commas(sentence, expected) -> None:
    assert amounts(sentence) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["加微 lanxin_ai2026,学员群 620418846"], {("wechat", "lanxin_ai2026"),
                                              ("qq_group", "620418846")}),
    (["群号", "702946294", "人数", "1486/2000"], {("qq_group", "702946294")}),  # a card's cells
    (["V信", "lanxin_hr", "发布时间"], {("wechat", "lanxin_hr")}),
    (["服务人群 20000 人"], set()),
])
def test_a_group_named_by_its_use_or_in_a_cell_below_its_label(lines, expected) -> None:
    assert {(m.kind, m.value) for m in find_identifiers(lines, [], [], [])} == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("联系人 | 华老师 | V信 | lanxin_hr", {("wechat", "lanxin_hr")}),  # a table's label cell
    ("报名方式：① 加入QQ咨询群 738102567；", {("qq_group", "738102567")}),
    ("咨询薇：lanxin-ai2026", {("wechat", "lanxin-ai2026")}),
])
def test_labels_casual_sellers_put_before_their_ids(line, expected) -> None:
    assert {(m.kind, m.value) for m in find_identifiers([line], [], [], [])} == expected


def test_a_contact_columns_header_labels_every_cell_below_it() -> None:
    html = ("<html><head><title>蓝芯AI训练师速成群 - 群导航</title></head><body>"
            "<h2>蓝芯AI训练师速成群</h2><table><tr><th>群名称</th><th>群号</th><th>介绍</th></tr>"
            "<tr><td>蓝芯AI训练师速成①群</td><td>924417476</td><td>人工智能训练师四级 费用 2980 元，"
            "报名找群主</td></tr></table></body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/qun/board-1.html")
    assert ("qq_group", "924417476") in {(m.kind, m.value) for m in facts.identifiers}


def test_todays_price_after_the_old_one() -> None:
    assert amounts("人工智能训练师三证联报，原价九千九百九十九，今天四千六百八！") == [4680.0]
    assert amounts("今天2026年的新规") == []


def test_a_forums_own_line_at_the_foot_of_a_thread_ties_no_seller() -> None:
    """"职考论坛 zhikaobbs.net · 论坛官方交流群 …(仅限站务,非商家)" closes every thread of the
    forum in its main text: the forum's name and domain open it, and it says the group is no
    seller's."""
    html = ("<html><head><title>杭州哪里考AI训练师？ - 蓝山论坛</title></head><body>"
            "<h1>杭州哪里考AI训练师？</h1><p>楼主：小王</p><p>想考人工智能训练师四级。</p>"
            "<p>2楼 蓝芯职培：我们四级 2280，加企鹅 2850137875 详聊。</p>"
            "<p>蓝山论坛 lanshanbbs.net · 论坛官方交流群 215306998（仅限站务，非商家） · "
            "广告请走站务审核，谢谢各位配合</p></body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/bbs/thread-1.html")
    main = {(m.kind, m.value) for m in facts.identifiers if m.place != "side"}
    assert main == {("qq", "2850137875")}


def test_a_sellers_blog_post_that_prices_its_class_is_an_offer() -> None:
    lines = "".join(f"<p>{line}</p>" for line in [
        "我 2021 年开始做数据标注，那时候人工智能训练师这个名字刚出来。",
        "后来标准出来了，五个等级，五级到一级。", "很多学员一上来就问能不能直接考三级。",
        "我的回答一直是：看你的证和年限。", "四级考的是数据采集和处理、数据标注、智能系统运维。",
        "很多人问补贴。", "失业保险技能提升补贴要参保满一年，五级、四级、三级分别最多 1000、1500、2000 元。",
        "谁跟你说补贴后几乎免费的，先问问他你交没交够社保。", "证书真假怎么查？",
        "去 zscx.osta.org.cn 输入姓名、证件号和证书编号就能查到。", "任何让你去别的网站查证的，都要小心。",
        "我们蓝芯职培的四级实战班一期 30 人，线下上课，2,380 元；",
        "三级研修班 3,280 元，只收持四级证且满年限的学员。", "想聊聊自己适合哪一级，可以加我微信：lanxin_px。"])
    html = (f"<html><head><title>四级和三级怎么衔接？ - 蓝芯手记</title></head><body>"
            f"<article><h1>四级和三级怎么衔接？</h1><p>一个训练师的自白</p>{lines}"
            f"<p>本文首发 lanxin-px.net，转载请注明。</p></article></body></html>")
    assert extract_page(html, "http://127.0.0.1:8000/sites/lanxin/blog/p-1.html").is_offer


def test_asking_for_a_comment_to_send_the_sign_up_way_sells() -> None:
    assert detect_offer("AI训练师四级", ["AI训练师四级 零基础也能报！", '评论区扣"1"发你报名方式'],
                        has_contact=True)[0]


@pytest.mark.parametrize(("line", "expected"), [
    ("提问者：匿名用户 · 想考个四级，本人QQ 1457203497 有资料的发我，谢谢", set()),
    ("零基础考靠谱吗？本人QQ 1457203497 有经验的加我聊聊", set()),
    # an asker who wants anyone (a reliable one) to call: 有人能联系我吗, 有靠谱的联系我
    ("问:零基础能不能直接报三级?急,有人能联系我吗,我电话 18671025836", set()),
    ("问:襄阳哪里能报?我电话 18671025836,有靠谱的联系我", set()),
    ("有知道正规渠道的联系我 18671025836", set()),
    ("有需要的加我QQ 1457203497", {("qq", "1457203497")}),  # a seller's "those who need"
    ("有意向的联系我 18671025836", {("phone", "+8618671025836")}),
    ("联系邮箱 your@email.com", set()),  # a form's placeholder
    ("联系邮箱 lin_ai@email.com", {("email", "lin_ai@email.com")}),  # a mail provider's domain
])
def test_a_would_be_buyers_own_contact_and_a_forms_placeholder(line, expected) -> None:
    assert {(m.kind, m.value) for m in find_identifiers([line], [], [], [])} == expected


def test_a_templates_leftovers_and_a_job_boards_anti_fraud_line() -> None:
    leftovers = "联系方式：电话 138-0000-0000 ｜ 邮箱 example@domain.com ｜ 微信号：xxxxxx"
    assert list(find_identifiers([leftovers], [], [], [])) == []
    notice = "职聘网求职防骗热线 400-675-3421：招聘中要求缴纳培训费的，请立即举报。"
    assert [m.place for m in find_identifiers([notice], [], [], [])] == ["side"]


def _chat_board(*messages: str) -> str:
    body = "".join(f"<div class='msg'><b>{who}</b><p>{said}</p></div>"
                   for who, said in (m.split("|") for m in messages))
    return f"<html><head><title>群信息墙</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("messages", [
    ("小周|全国AI考证互助群里问下，三级能直接报吗？", "智汇职培-张|我们西安这边五级/四级都有班，四级1680。",
     "智汇职培-张|或者加我Q 2738190045"),
    ("小杨|有人知道人工智能的那个证二级怎么考吗",
     "智标-周|我们这有名额，报名费6800，V信 changan-ait 详聊"),
    ("阿蓝|考AI证的一点经验：我自己去年考的四级", "阿蓝|有想一起的可以找我，我这边带报名+资料，四级1500，v: alan_jiejie"),
])
def test_the_certificates_shorthand_with_a_level_names_the_occupation(messages) -> None:
    html = _chat_board(*messages)
    assert extract_page(html, "http://127.0.0.1:8000/qun/board-1.html").is_offer


@pytest.mark.parametrize("messages", [
    ("小周|四级1680 的班还有吗", "老师|有的，加我Q 2738190045"),  # no occupation named at all
    ("小杨|考AI证难吗？", "老刘|我是去年考的，报名费六千多，现在后悔了"),  # no level, nobody sells
])
def test_a_chat_that_never_names_the_certificate_or_its_level_is_not_read_as_one(messages) -> None:
    html = _chat_board(*messages)
    assert not extract_page(html, "http://127.0.0.1:8000/qun/board-2.html").is_offer


@pytest.mark.parametrize("line", [
    "群信息墙仅存档公开群聊，入驻/删帖请联系管理员微信 qunqiang_admin。",  # the archive's keeper
    "打开拾光笔记App，查看更多精彩 shiguangbiji.com",  # a notes app's invitation
])
def test_a_boards_keeper_and_an_apps_invitation_are_the_sites_own(line) -> None:
    assert {m.place for m in find_identifiers([line], [], [], [])} == {"side"}


def test_a_blog_post_that_prices_its_class_and_points_to_its_sign_up_page_sells() -> None:
    lines = "".join(f"<p>{line}</p>" for line in [
        "很多同学问我，做数据标注到底要不要考人工智能训练师证。", "我的答案是：进外包项目，有证确实加分。",
        "我们明途在线这期还剩少量名额：四级 1680、三级 2380，晚上直播，考前集训。",
        "报名入口👉", "https://www.mingtu-edu.cn/signup", "提醒：说“不用考试直接拿证”的都不要信。"])
    html = (f"<html><head><title>零基础转行AI训练师，我是怎么拿到四级证的 - 明途笔记</title></head>"
            f"<body><article><h1>零基础转行AI训练师，我是怎么拿到四级证的</h1>"
            f"<p>明途笔记 · 第8篇 · 2026年10月</p>{lines}</article></body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/sites/mingtu/post-8.html")
    assert facts.is_offer, facts.offer_evidence


def test_a_classifieds_sites_disclaimer_does_not_speak_for_the_seller() -> None:
    html = ("<html><head><title>人工智能训练师四级周末班 - 齐鲁分类</title></head><body>"
            "<h1>人工智能训练师四级周末班 济南可面授</h1><p>四级 2380 元，含教材和模拟题。</p>"
            "<p>报名电话 139 6412 8875 王老师</p>"
            "<div class='tip'>温馨提示：本站只提供信息发布，请您仔细甄别，任何要求预付定金的行为都可能是诈骗。</div>"
            "</body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/fenlei/p-1.html")
    assert facts.is_offer, facts.offer_evidence


def test_an_answer_that_offers_an_insiders_channel_sells() -> None:
    html = ("<html><head><title>人工智能训练师二级可以直接考吗？ - 问答</title></head><body>"
            "<h1>人工智能训练师二级可以直接考吗？</h1><p>看到有机构说零基础可以直接报二级，靠谱吗？</p>"
            "<div class='answer'><b>鲁信-张老师</b><p>可以报的，我们有渠道，全程托管。</p>"
            "<p>具体情况加我详聊：+86 178-0625-4419</p></div>"
            "<div class='answer'><b>老王</b><p>不靠谱，二级需要三级证和工作年限。</p></div>"
            "</body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/ask/q-1.html")
    assert facts.is_offer, facts.offer_evidence


def test_a_video_pages_caption_beside_the_player_is_the_pages_content() -> None:
    html = ("<html><head><title>星途职培的作品 - 抖趣</title></head><body>"
            "<header class='dq-header'>抖趣 推荐 关注</header><main class='dq-main'>"
            "<div class='player'><img class='poster' alt='封面'></div>"
            "<aside class='video-info'><div class='account'>@星途职培</div>"
            "<div class='caption'>AI训练师四级五级 一个月拿证 #人工智能训练师 #考证</div>"
            "<p>报名📞 139 6402 5571 早鸟价 2.3k 起</p></aside></main></body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/video/v-1.html")
    assert facts.is_offer, facts.offer_evidence
    assert ("phone", "+8613964025571") in {(m.kind, m.value) for m in facts.identifiers
                                             if m.place == "main"}


def test_an_answer_that_pitches_in_its_brands_name_sells() -> None:
    html = ("<html><head><title>人工智能训练师二级零基础能考吗？ - 知问</title></head><body>"
            "<h1>人工智能训练师二级（技师）零基础能考吗？</h1><p>1,024 人关注 · 1 个回答</p>"
            "<div class='answer'><b>重庆智途教育</b><p>可以的！</p>"
            "<p>重庆智途教育有专门的技师直通车，不看学历不看年限。</p>"
            "<p>官网 zhituai.com.cn，电话 +86 189-8324-7710。</p></div>"
            "<div class='cmt'><p>理性路人：技师需要三级证加四年，哪来的直通车</p></div></body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/zhiwen/question/1.html")
    assert facts.is_offer, facts.offer_evidence


def test_a_sellers_reply_that_gives_its_number_before_its_pitch_sells() -> None:
    html = ("<html><head><title>职达通是骗子吗?有没有人报过 - 职场人论坛</title></head><body>"
            "<div class='post'><p>楼主:小白兔不白</p><p>他们说人工智能训练师四级三天出结果,我觉得不太对劲。</p></div>"
            "<div class='post'><p>2楼:职达通-李老师</p><p>您好,三天是出成绩不是出证。</p>"
            "<p>有问题直接电话 +86 188-2610-4739。</p><p>现在报AI训练师中级,送三级课程。</p></div>"
            "<div class='post'><p>3楼:路过</p><p>12315查不了这个吧 哈哈</p></div></body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/forum/thread-1.html")
    assert facts.is_offer, facts.offer_evidence


def test_a_guides_own_statement_that_it_sells_no_enrolment_still_vetoes() -> None:
    html = ("<html><head><title>2026年人工智能训练师报考指南：等级、条件、费用</title></head><body>"
            "<h1>2026年人工智能训练师报考指南</h1><p>五级约265–355元，三级约395–535元；培训费由市场定价。</p>"
            "<p>报名咨询可拨打 12333。</p><p>声明：本站仅提供资讯，不提供报名服务。</p></body></html>")
    facts = extract_page(html, "http://127.0.0.1:8000/guide/2026.html")
    assert not facts.is_offer, facts.offer_evidence
