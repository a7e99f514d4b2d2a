"""A post sells when its writer invites the reader to reach them, priced or not (想咨询直接打…,
有意向+vx…, 需要的私我); a site's contact labels, peers who talk, and someone else's approach
quoted by a buyer do not. Link shorteners and a certificate mill's spam tie no seller."""

from __future__ import annotations

import pytest

from crawler.extract.identifiers import find_identifiers
from crawler.extract.invitations import invitation_window, invites
from crawler.extract.offer import block_sells, offer_signals, offer_veto
from crawler.extract.page import extract_page

URL = "http://127.0.0.1:8000/wenda/q/3310.html"


@pytest.mark.parametrize("line", [
    "想咨询直接打 199 2641 1873",
    "有意向+vx ztx_0925",
    "需要的私我，名额不多",
    "不放心可以先来试听，电话 180-3287-1154",
    "感兴趣的同学加我 QQ 2845107736",
    "咨询180-3287-1154，微信 bfzx_kf2",
    "想进群的宝子 🐳 v: lanjing-edu88 ，备注“四级”",
    "报名的加助理微信 XIAOMAN_XJ",
    "感谢认可～ 新同学可加微 beichen_ai",
    "现在帮学堂招生，有需要的可以进交流群 684-021-937",  # the seller's own group
    "满一年就可以报五级，我这边可以帮你走报名流程，威 aze_ai_trainer",
])
def test_a_writer_inviting_the_reader_to_reach_them(line) -> None:
    assert invites(line)


@pytest.mark.parametrize("line", [
    "有人加我微信 zs-banzheng666 说交3000直接拿证，靠谱吗？",  # someone else's approach
    "客服加我以后一直催交钱",
    "我也在纠结，懂的加我 vx: mumu_0371 交流",  # a peer who talks
    "我整理了一些资料，需要的可以加我一起（不卖课）",
    "有一起的联系我 QQ 8864920317",  # a buyer gathering others
    "学校简介 | 咨询热线：0531-86923317",  # a site's label, on all its pages
    "联系我们",
    "公司 | 襄阳博睿教育咨询有限公司",  # a company's name
    "广东省职业技能鉴定指导中心提示，咨询电话 020-8330 0815",  # a public body's line
    "维权群 被坑的联系我 18179146603 一起去市场监管局",  # victims who organise
    "同被骗的加我 18179146604，一起报警",
])
def test_lines_that_only_look_like_an_invitation(line) -> None:
    assert not invites(line)


def _answer_page(answer: str) -> str:
    return ("<html><head><title>人工智能训练师证书在深圳有用吗？ - 知问网</title></head><body>"
            "<h1>人工智能训练师证书在深圳有用吗？找工作加分吗？</h1>"
            "<p>看到很多广告说拿证就能升职加薪，想听听真实情况。</p>"
            "<p>深漂小王 提问 · 浏览 2104 次</p><p>2 个回答</p>"
            "<p>HR小林</p><p>有一定加分，但别信“拿证就加薪”。</p><p>2026-03-10 · 赞同 23</p>"
            f"<p>深训通-阿杰</p><p>{answer}</p><p>2026-03-11 · 赞同 1</p>"
            "</body></html>")


def test_an_answer_that_invites_the_reader_to_call_is_an_offer_without_a_price() -> None:
    page = extract_page(_answer_page(
        "学员去年有不少进了大模型公司做评测～课程和学员案例都在视频号，"
        "想咨询人工智能训练师直接打 199 2641 1873"), URL)
    assert page.is_offer, page.offer_evidence


def test_an_answer_that_quotes_who_approached_the_writer_is_no_offer() -> None:
    page = extract_page(_answer_page(
        "之前有人加我微信 zs-banzheng666 说交钱就能拿人工智能训练师证，我没信。"), URL)
    assert not page.is_offer, page.offer_evidence


@pytest.mark.parametrize("line", [
    "报名链接 https://dwz.cn/Bf2Kq8",  # a link shortener serves every seller
    "各类证书加急办理 vx zhengshu_daiban",  # a certificate mill's spam in the reviews
])
def test_shared_services_in_a_sellers_post_tie_nothing(line) -> None:
    found = find_identifiers([line], [], [], [])
    assert not [m for m in found if m.value in ("dwz.cn", "zhengshu_daiban")]


@pytest.mark.parametrize("lines", [
    # a group notice: the class opens, then whom to reach
    ["群：鲸学社·AI训练师交流群 · 管理员 班主任小陈 发布", "1. 12月四级班开始报名，名额30人；",
     "2. 报名联系班主任 186 5711 9204；"],
    # a classifieds post whose contact fields come before its text naming the course
    ["公司 | 襄阳博睿教育咨询有限公司", "手机 | 17762519038",
     "博睿教育专注成人职业培训，人工智能训练师四级班每月开课，包教材。"],
    ["五级考前冲刺班本周六开课，未报名的联系 137 2345 0981。"],
])
def test_an_open_class_announced_beside_a_contact_is_read(lines) -> None:
    assert invitation_window(lines)


@pytest.mark.parametrize("lines", [
    # a school's banner and its menu item, on every page of its site
    ["明德职业培训学校 | 咨询热线：0531-86923317", "招生专业", "学校简介"],
    # a home page's news after its header: the contact comes first and the line names no course
    ["QQ：2853017746 微信：zzgp-kefu01", "热烈祝贺我中心学员顺利拿证！", "2026年第一期报名通道已开启，名额有限！"],
])
def test_a_sites_banner_and_menu_announce_no_class(lines) -> None:
    assert not invitation_window(lines)


def test_a_public_bodys_explainer_that_recommends_no_school_sells_nothing() -> None:
    lines = ["政策解读｜人工智能训练师证书怎么考？", "技能提升补贴：五级1000元、四级1500元。",
             "本文不涉及任何培训机构推荐。"]
    assert offer_veto(offer_signals(lines[0], lines)) is not None



def test_a_bureaus_notice_that_delegates_no_one_sells_nothing() -> None:
    """A bureau's 关于开展…认定的公告 names the venue's desk and 12333, and says it delegates
    no one (本局未委托任何机构代收费用); a school's notice that warns of impostors still sells."""
    notice = ["关于开展2026年第一批人工智能训练师职业技能等级认定的公告",
              "考点：东营职业学院实训楼（考点前台 0546-8067730）。",
              "本局未委托任何机构代收费用、未授权任何“包过班”。", "咨询电话：12333。"]
    assert offer_veto(offer_signals(notice[0], notice)) is not None
    school = ["人工智能训练师四级开班通知", "本校未委托任何个人代收学费，报名请认准 0546-8067731。"]
    assert offer_veto(offer_signals(school[0], school)) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("报名咨询直接q：1739205846（白天回复慢见谅）", ("qq", "1739205846")),
    ("评论太多回不过来，直接加 x i a o m a n _ x j 领取，备注“资料”", ("wechat", "xiaoman_xj")),
])
def test_a_lone_q_and_an_id_spelled_out_after_jia(line, expected) -> None:
    assert expected in {(m.kind, m.value) for m in find_identifiers([line], [], [], [])}


@pytest.mark.parametrize("line", [
    "想办证书的朋友也可以找我,加vx:zhengshu_daiban 全国各类证书",  # a certificate mill
    "办证加vx:zhengshu_daiban",
    "课程还行,有同样在学的朋友可以交流,QQ 1098235476",  # a fellow learner
    "求靠谱的四级课,预算2000以内,有的联系 QQ 1098235476",  # a wanted ad
    "QQ 519283746 发我一份。",  # a reader asking to be sent the notes
    "求一份题库资料,QQ 519283746,谢谢楼主。",
    "同在杭州,我vx kk_data0901 一起组队备考呀",
    "去年被骗过，留个号大家交流 186 0595 2271",  # a reader compares notes
    "拼团便宜点,加我 laozhang_xc1975 一起问问。",
    "📚 免费资料群(公共备考群):681553220",  # a group open to all, pasted by every seller
    "快映短视频 · 官方客服 4001-866-520 · 视频内容由创作者上传",  # the video site's own line
])
def test_readers_mills_public_groups_and_platform_lines_tie_no_seller(line) -> None:
    assert not [m for m in find_identifiers([line], [], [], []) if m.place == "main"]


@pytest.mark.parametrize(("line", "value"), [
    ("加我 abc_teacher 发你资料", "abc_teacher"),  # the seller sends
    ("三人拼团价1980，加我微信 pt_teacher01", "pt_teacher01"),
    ("考证交流群：735281964", "735281964"),
    ("您方便留个联系方式吗？或者加我扣扣：2876610453", "2876610453"),  # the seller asks
])
def test_sellers_who_send_or_gather_a_group_keep_their_contact(line, value) -> None:
    assert value in {m.value for m in find_identifiers([line], [], [], [])}


@pytest.mark.parametrize("lines", [
    ["AI训练师四级报名 ＋ 代申补贴，加 RSJN_FW01。"],  # 加 and the id
    ["2026年AI训练师企业团报已开启，五级/四级可代申补贴。", "对接人微信 h c h r 2 0 2 6"],
    ["人工智能训练师报名，四级三级都有，学完统一安排考试。", "联系人：李老师 159-2187-3306；"],
    ["企业员工、待业人员都可以报，材料我们帮忙审核。", "电话 18962137054"],
    ["主营 | 人工智能训练师、数据标注员职业技能培训", "联系人 | 王老师", "手机 | 138-1726-4590"],
])
def test_more_ways_a_post_enrols_the_reader(lines) -> None:
    assert invitation_window(lines)


@pytest.mark.parametrize("lines", [
    ["楼主：电话是17088125506，说我报名的人工智能训练师考试要补缴费用。"],  # the writer enrolled
    ["欢迎访问中智国培职业技能培训网！ 全国统一咨询热线：400-665-8172",  # a site's menu
     "网站首页 | 中心简介 | 人工智能训练师 | 高级技师速成 | 报名通知 | 联系我们"],
    ["他让我加微信 zs-banzheng666 交钱，人工智能训练师报名，我没信。"],
])
def test_a_victims_story_and_a_menu_enrol_nobody(lines) -> None:
    assert not invitation_window(lines)


@pytest.mark.parametrize(("line", "expected"), [
    ("136~5527~8019，", ("phone", "+8613655278019")),  # a tilde between the groups
    ("平台不让留联系方式，V 搜 ZhouKZ177 ，说二货宝来的。", ("wechat", "zhoukz177")),
    ("有疑问加审核老师 ｙｚｊ－ｋｅｆｕ８８。", ("wechat", "yzj-kefu88")),
    ("急的直接打，或者 vx：qmx丶xuetang", ("wechat", "qmx_xuetang")),  # the dot stroke for _
    ("流程和报价见官网，或者微信搜 Hchr2026。", ("wechat", "hchr2026")),
    ("网址 gd-zyjd点com点cn，五级到三级都能报", ("domain", "gd-zyjd.com.cn")),
    # the warning is about everyone else
    ("认准李老师 QQ 2874519063、微信 jiahe-zp2024，其他人私聊都是骗子。", ("wechat", "jiahe-zp2024")),
])
def test_contacts_written_past_a_marketplaces_filter(line, expected) -> None:
    assert expected in {(m.kind, m.value) for m in find_identifiers([line], [], [], [])}


def test_a_number_a_warning_disowns_stays_disowned() -> None:
    assert not find_identifiers(["微信 sc_zheng88 是骗子，大家小心"], [], [], [])


@pytest.mark.parametrize("line", [
    "顺便说下,我这边也带四级班,包报名审核和考务,有需要加 aitrainer_wu 。",  # 考务 is the service
    "想要学习计划表的可以邮件 zhengda_kf@outlook.com 或打 +86-153-6621-8094。",
    "瀚章-李老师 20:16 我微信 hanzhang888edu ,或者打 136 9215 7408 详细说",
    "想要速通的家人私信或者直接电话 153 6621 8094",
])
def test_a_writer_asking_to_be_written_to_or_called(line) -> None:
    assert invitation_window([line])


@pytest.mark.parametrize("lines", [
    ["问:考点安排向谁咨询?", "答:可咨询省职业技能鉴定指导中心,电话 0571-8702 5519;"],
    ["考点是浦东新区职业技能鉴定所，电话021-58631470，考前可以打电话问机房安排。"],
])
def test_a_question_and_an_exam_venues_number_invite_to_no_seller(lines) -> None:
    assert not invitation_window(lines)


def test_an_id_the_writer_says_has_no_spaces_is_joined() -> None:
    found = find_identifiers(["可以把情况发过来帮你看,威信 hanzhang 888 edu(中间没空格)。"], [], [], [])
    assert ("wechat", "hanzhang888edu") in {(m.kind, m.value) for m in found}


@pytest.mark.parametrize("line", [
    "lily要上岸:加了,薇 lily_2046 求通过",  # one commenter on every seller's post
    "lily要上岸:我也想要路线 薇 lily_2046",
    "lily要上岸:求计划表 薇 lily_2046",
])
def test_a_commenter_asking_for_the_notes_is_no_seller(line) -> None:
    assert not find_identifiers([line], [], [], [])


def test_letters_spaced_one_by_one_with_a_note_to_join_them() -> None:
    found = find_identifiers(["这里消息不常看，加我 v：a i _ x l z _ 6 6 6（去掉空格）"], [], [], [])
    assert ("wechat", "ai_xlz_666") in {(m.kind, m.value) for m in found}
    assert ("wechat", "abc_teacher1") in {
        (m.kind, m.value) for m in find_identifiers(["有需求的加我微信 abc_teacher1"], [], [], [])}


@pytest.mark.parametrize("line", [
    "周老师我v:lucky_mm1990 加你了",  # a reader who added the seller
    "那到底找谁啊,我v:lucky_mm1990 有正规渠道的说一声",
    "我也想报,有没有一起的,我VX: lily_hz88 求拉群",
    "Lily在杭州:求机构,我VX: lily_hz88",
    "同问,我VX: lily_hz88 求拉群",
    "考点:杭州市西湖区职业技能考核站 0571-8591 2760",  # the assessment station's
])
def test_readers_looking_for_a_seller_and_an_assessment_station_tie_no_seller(line) -> None:
    assert not find_identifiers([line], [], [], [])


@pytest.mark.parametrize(("line", "value"), [
    ("发票、合同问题请打公司电话 400-996-6521;", "+864009966521"),  # 合同问题 is no 同问
    ("有需要的说一声，微信 abc_teacher1", "abc_teacher1"),
    ("想了解的v mashang_ai，扣 二九零四三七一八六五。", "mashang_ai"),
    ("想了解的v mashang_ai，扣 二九零四三七一八六五。", "2904371865"),
])
def test_sellers_lines_near_those_words_keep_their_contact(line, value) -> None:
    assert value in {m.value for m in find_identifiers([line], [], [], [])}


@pytest.mark.parametrize("lines", [
    # a classifieds post: contact fields, then its description further down
    ["招数据标注学员 学完考证 推荐兼职", "联系人 | 数标人才 刘老师", "电话 | 130 6781 9952",
     "微信 | 微信 bzx_data", "详细描述", "零基础学数据标注,学完报人工智能训练师五级,推荐线上兼职项目。",
     "学费可分期。"],
    # a reader asks how to enrol; the author's reply gives the contact
    ["阿豪:怎么报", "标注侠训练营:主页网站 biaozhuxia.com 或者 V:BZX_DATA"],
    # a news site's paid promotion
    ["安居积分创始人陈女士表示,机构可提供从考证到积分申报的一站式服务。", "咨询热线 180 1776 4023。",
     "(本文为合作推广内容)"],
])
def test_fields_a_buyers_question_and_paid_promotion_sell(lines) -> None:
    assert invitation_window(lines)


@pytest.mark.parametrize("line", [
    "买家秀:已考过 有问题Q我 2290417766",  # a buyer's review on every seller's item
    "往期学员:已考过 有问题Q我 2290417766",
    "评论:小透明2019:能便宜点吗,我微信mengmeng_zz0521",
    "想组团,微信 mengmeng_zz0521",
])
def test_buyers_reviews_and_haggling_tie_no_seller(line) -> None:
    assert not find_identifiers([line], [], [], [])


def test_a_placeholder_address_names_no_site_and_past_students_stay_the_sellers() -> None:
    assert not find_identifiers([], ["联系电话:138-0000-0000 邮箱:yourname@example.com"], [], [])
    found = find_identifiers(["可以先进群看看往期学员:QQ群736219804"], [], [], [])
    assert ("qq_group", "736219804") in {(m.kind, m.value) for m in found}


def test_a_forums_own_report_button_reports_nothing() -> None:
    assert block_sells(["青禾职教 | 沙发 需要的加微信 qinghe_zj01 ，发你样题。 回复 支持 举报"])
    assert not block_sells(["大家去举报这个骗子 138 0571 1234，别信"])


@pytest.mark.parametrize("lines", [
    ["恒宇职业培训：人工智能训练师、电子商务师等职业技能培训。", "电话：028-8765 1234 ｜ 官网 hengyupx.com"],
    ["杭州本地小班，五级/四级培训，考核在指定考核站。", "置顶 报名热线 139-0571-8826"],
    ["字幕：现在报名人工智能训练师，结业后推荐就业。", "名额只剩最后20个。", "报名：jingyu_edu（at）qq.com"],
    ["我们AI标注训练营专门做标注员方向，急的话打 133 6602 5718。"],
    ["北京智标科技可以帮你做材料辅导。电话 +86 130 1187 5264，微信 jxt_ai。"],
    ["郑州AI训练营开营啦🎉周末上课不耽误上班", "报名表单在官网，或v：szwl_0371"],
])
def test_a_schools_offering_and_an_open_camp_sell(lines) -> None:
    assert invitation_window(lines)


@pytest.mark.parametrize("lines", [
    ["三月份在网上看到一家做人工智能训练师培训的，交了2980，说包过。", "当时联系的号码是 180-2835-6619，现在打不通。"],
    ["电话：0531-8692 3317 手机：138 6402 7715（王老师）", "扫一扫 加老师微信", "我校首期人工智能训练师培训班顺利结业"],
])
def test_a_victims_story_and_a_schools_news_sell_nothing(lines) -> None:
    assert not invitation_window(lines)


# --- short posts, notices to students, and what only points to an announcement ----------


def test_a_short_post_announces_its_class_however_far_down_its_contact_stands() -> None:
    post = ["人工智能训练师培训 县城晚班 零基础可学", "类别：教育培训 | 区域：城关 | 浏览 415 次",
            "智联AI培训晚班招生啦！", "人工智能训练师五级/四级，3月中旬开班。",
            "上课地点：建设北街老供销社二楼，晚7点到9点。", "学完能在家接单。",
            "报名电话：139-3187-2260"]
    assert "报名电话：139-3187-2260" in invitation_window(post)
    # a long page's announcement reaches only the next two lines
    long_page = [post[0], *(f"第{n}段：数据标注行业的发展。" for n in range(12)), "电话：139-3187-2260"]
    assert not invitation_window(long_page)


def test_a_home_pages_notice_links_and_headings_point_to_announcements_made_elsewhere() -> None:
    lines = ["◆ 招生信息", "·人工智能训练师（初级工、中级工）常年招生 ·电工、焊工常年招生",
             "地址：桥西区中华南大街396号 电话：0311-8769 5523"]
    links = {"人工智能训练师（初级工、中级工）常年招生", "电工、焊工常年招生", "人工智能训练师"}
    assert not invitation_window(lines, links)
    assert invitation_window(lines)  # (the same words as text of the page: it announces)


@pytest.mark.parametrize("lines", [
    ["人工智能训练师考试报名指南（行业新闻）", "本文转载自网络。", "订购热线 0510-8577 0210"],
    ["岗位职责：图像、文本数据标注与质检。", "有人工智能训练师证书者优先，无证书可入职后培训。", "电话 | 0571-88213456"],
    ["人工智能训练师报名避坑 #南京", "不要相信包过！", "主页电话 199 5128 7704"],
])
def test_a_guide_an_employers_training_and_a_warning_announce_no_class(lines) -> None:
    assert not invitation_window(lines)


@pytest.mark.parametrize("line", [
    "加不上的同学联系班主任微信 HLZX_AI。",
    "有问题请电话 177 3986 1150 联系班主任。",
    "助教电话 186 3879 5521",
])
def test_a_notice_to_students_sends_them_to_the_class_staff(line) -> None:
    assert invites(line)


def test_a_sellers_enrolment_reminder_is_no_warning_but_a_bureaus_reminder_is() -> None:
    reminder = offer_signals("速证通｜AI训练师本月最后一批报名提醒",
                             ["【报名提醒】人工智能训练师本月最后一批，资料截止12月28日。"])
    assert not reminder.article_weak and reminder.warning_title is None
    bureau = offer_signals("人社局提醒：人工智能训练师证书", ["市人社局提醒广大群众谨防虚假培训。"])
    assert bureau.article_weak and bureau.warning_title is not None


@pytest.mark.parametrize("lines", [
    ["人工智能训练师五级、四级，学完推荐就业。", "微信：YF_biaozhu"],
    ["人工智能训练师免考直接下证，官网可查。", "客服微信：zpgj_kefu01"],
    ["人工智能训练师 四级三级 考位代报", "电话 152 0193 7548"],
])
def test_what_a_seller_does_for_the_buyer_announces_its_service(lines) -> None:
    assert invitation_window(lines)


@pytest.mark.parametrize("lines", [
    ["人工智能训练师三级四级都能办，不用去现场。", "电话：177 3184 9902"],
    ["可以的，三级积分60分。", "我们可代办，微信 1732 659 8801"],
    ["想系统学习的同学来电 150.8874.6320"],
    ["课表索取请发邮件至 qizhiweilai@163.com ，或加QQ 3310298457。"],
    ["需要我们帮你逐条核对的，可以把简历发到 dingxue_edu#163.com（#换成@）。"],
])
def test_more_ways_a_seller_asks_to_be_reached_or_offers_its_service(lines) -> None:
    assert invitation_window(lines)


def test_a_question_announces_nothing_and_the_writers_own_ask_comes_first() -> None:
    thread = ["人工智能训练师在衡水哪里能报名？", "提问者：衡水小透明",
              "我们做这个好几年了，五级四级三级都有。", "考试在石家庄的认定考点统一组织。",
              "别信那种零基础直接拿三级的。", "资料发邮箱 dingcheng_edu#163.com（#换成@），或电话 156 3211 8047。"]
    assert invitation_window(thread) == [thread[-1]]
    assert not invitation_window(["人工智能训练师在衡水哪里能报名？", "电话 156 3211 8047"])


@pytest.mark.parametrize("lines", [
    ["启明AI证书办理，一个月拿证，可加急。", "电话 +86-139-3795-5218。"],
    ["一级高级技师、二级技师均可办理，不限学历不限经验。", "电话：一七三 二零四八 五五九一"],
    ["人工智能训练师五级、四级，金华本地面授。", "电话：0579-8231 6047"],
    ["我们是授权单位，国家级证书。", "详情看官网 zkzhipei点cn，或邮箱 zkzp_henan＠qq.com。"],
])
def test_a_certificate_service_or_a_class_offered_by_its_form(lines) -> None:
    assert invitation_window(lines)


def test_a_tag_link_naming_the_occupation_does_not_hide_the_line_around_it() -> None:
    lines = ["人工智能训练师全等级报名，包过，45天下证。", "官网：zkzp-ai.com 客服扣扣：二八三九零四一七五五"]
    assert invitation_window(lines, {"人工智能训练师", "首页"})


@pytest.mark.parametrize("lines", [
    ["易考通：可以，走内部通道。", "加Q：1569 302 847"],
    ["闽职通教育12月最后一批认定，有想法的 QQ：2851736094"],
    ["人工智能训练师 五级四级 全省可报 12月认定", "资料发送邮箱 2851736094@qq.com，请注明姓名+报考等级。"],
    ["人工智能训练师三级 免考试直接下证，可用于落户加分。", "微信：hzrc_ai"],
])
def test_terse_posts_that_ask_to_be_reached_or_offer_the_certificate(lines) -> None:
    assert invitation_window(lines)


def test_a_seller_disowning_everyone_else_still_sells_but_a_warning_does_not() -> None:
    """认准…，其他都是冒充的 is a seller's claim about its own number, no warning of someone."""
    assert block_sells(["办理人工智能训练师证书，可加急。", "认准收款人周海燕，其他都是冒充的。"])
    assert block_sells(["只认这一个号，其他人私聊都是骗子"])
    assert not block_sells(["有人冒充人社局工作人员收取报名费，请勿相信。"])


def test_an_answer_that_names_its_school_and_its_number_is_an_offer() -> None:
    """我们是中科智培 … 报名电话 …: an answer that introduces its writer's school or centre and
    gives its number sells, priced or not; the same words retold by a victim do not."""
    page = extract_page(_answer_page(
        "我们是中科智培，人社部认证的新职业，证书国家承认，报名电话 17788452013。名额有限。"), URL)
    assert page.is_offer, page.offer_evidence
    told = extract_page(_answer_page(
        "对方说我们是中科智培，交了钱就拉黑了，骗子电话 17788452013。"), URL)
    assert not told.is_offer, told.offer_evidence


def test_a_caution_to_the_reader_is_no_story_told() -> None:
    # an honest seller's 别被骗 about what others promise; a victim's story still reports
    assert block_sells(["二级一级没有这个补贴，别被骗。我们驿站7月开四级班，报名找小周 186 2733 4071"])
    assert not block_sells(["我被骗了，对方电话 186 2733 4071"])


@pytest.mark.parametrize("lines", [
    ["简介:想系统学习人工智能训练师(数据标注方向)?", "微信 sdzx_kefu,电话 027-8731 6642"],
    ["想考AI训练师证？加V：kz_ai2026 了解"],
])
def test_a_teasers_question_answered_by_the_contact_invites(lines) -> None:
    """A caption opens with what the reader wants (想…？) and answers it with whom to reach."""
    assert invitation_window(lines)


@pytest.mark.parametrize("lines", [
    ["我想考三级？哪个机构靠谱？", "我QQ 1457203497"],  # a reader asks for herself
    ["人工智能训练师证书可以挂靠吗？", "微信 heming_edu8"],  # a question that wants nothing
])
def test_a_readers_question_before_a_contact_invites_no_one(lines) -> None:
    assert not invitation_window(lines)
