"""Contacts written past a platform's filter: sellers on video, notes and Q&A sites spell an
underscore out, split a number with a pictograph, space its digits one by one, write it in
capital numerals, swap @ for 圈, or put a circled Ⓥ for WeChat. Each is read as the
identifier a buyer would type, so two pages that write it differently still tie."""

from __future__ import annotations

import pytest

from crawler.extract.fees import fees_in_sentence
from crawler.extract.identifiers import find_identifiers


def ids(line: str) -> set[tuple[str, str]]:
    return {(m.kind, m.value) for m in find_identifiers([line]) if m.place == "main"}


@pytest.mark.parametrize(("line", "expected"), [
    ("主页有v：qihang 下划线 shuzhi", ("wechat", "qihang_shuzhi")),
    ("微信：ai 横杠 laoshi2025", ("wechat", "ai-laoshi2025")),
    ("电话不让发，我拆开写：199🐟2340🐟6677", ("phone", "+8619923406677")),
    ("手机 138⭐️0013⭐️8021 白天打", ("phone", "+8613800138021")),
    ("扣扣：1 9 4 8 3 0 2 5 7 6，备注来意", ("qq", "1948302576")),
    ("Q号写大写防屏蔽：叁零伍柒柒壹贰陆肆", ("qq", "305771264")),
    ("QQ号（备注问知）：2874461093", ("qq", "2874461093")),
    ("有问题 扣 2267 910 384", ("qq", "2267910384")),
    ("资料领取：aixiaoketang 圈 163 点 com", ("email", "aixiaoketang@163.com")),
    ("需要的 ⓥ zhixing-ai-lu", ("wechat", "zhixing-ai-lu")),
    ("想报名的姐妹 ⓥ❤ qihang_shuzhi", ("wechat", "qihang_shuzhi")),
    ("备用群 824613907", ("qq_group", "824613907")),
    ("不方便在这说，直接打 159二七04一一86", ("phone", "+8615927041186")),
    ("学习打卡进 Q裙 735-120-468", ("qq_group", "735120468")),
    ("详细加扣：2716043985", ("qq", "2716043985")),
    ("感兴趣 Q 我：1274309918", ("qq", "1274309918")),
    ("看正文哦 抖音也搜 qihangAI0755", ("other", "account:抖音:qihangai0755")),
    ("抖音同名 qihangAI0755", ("other", "account:抖音:qihangai0755")),
    ("想报的评论区扣1，或直接打 177 1O2O 3344", ("phone", "+8617710203344")),  # O for 0
    ("主页简介：官方授权报名点 | V信 zzrc 8866", ("wechat", "zzrc8866")),  # an id split in two
    ("报名找助教：xb_ai99", ("wechat", "xb_ai99")),
    # a bare V set off by a dash or a space in a video's subtitle
    ("字幕：V 一 zkzp_kefu8 电话 17736025814", ("wechat", "zkzp_kefu8")),
    ("想了解的 V—hr_2024 私聊", ("wechat", "hr_2024")),
    ("姐妹们 v zhang2025 备注训练师", ("wechat", "zhang2025")),
    ("想要证书的同学主页看简介 简介：V WLZX-AI", ("wechat", "wlzx-ai")),  # an id with a dash
])
def test_a_contact_written_past_a_filter_is_read_as_typed(line, expected) -> None:
    assert expected in ids(line)


@pytest.mark.parametrize("line", [
    "第 1 2 3 4 5 页",  # a pager, no label
    "价格 3 9 8 0 元",  # digits spaced with no colon: not a contact
    "2026🔥3🔥15 开课",  # a date with pictographs: too short for any number
    "评论区扣1，私发报名方式",  # 扣1 asks for a comment
    "服务人群 20000 人",
    "本课程 V 2.0 版 Python V3 环境",  # a version after V is no id
    "V 一下你就知道",  # a word after V, no id
    "Plan V Alpha 方案",  # a word after V with no digit, dash or underscore in it
    "服务人群 200000 人次",  # a crowd served, no group
    "客服 Python 课程",  # a word after 客服
    "型号 1OO0 系列",  # an O among a few digits is no mobile
    "微信 ab 12 个好友",  # letters and digits too few for an id
])
def test_ordinary_text_with_the_same_marks_names_no_contact(line) -> None:
    assert not {kind for kind, _ in ids(line)} & {"phone", "qq", "qq_group", "wechat"}


def test_a_fee_after_the_tuition_word_in_chinese_numerals_is_the_price() -> None:
    assert [f.amount_min for f in fees_in_sentence("学费三千二，含教材")] == [3200.0]
    assert [f.amount_min for f in fees_in_sentence("学费 3千8 全包")] == [3800.0]
    assert fees_in_sentence("学费三千多，具体问老师") == []  # a rough figure states no price


@pytest.mark.parametrize("line", [
    "上课地点：深圳市南山区科技园创新大厦B座 6 楼（大厦前台 0755-26651180）",  # the building's
    "表单由问卷星 wjx.cn 提供",  # a form tool's credit
    "问卷星 wjx.cn 提供表单服务",
    "报名问卷：wjx.cn 搜“未来智训”",  # the tool's domain names the tool, not the seller
    "补贴政策可问人社 0771-5510816。",  # the bureau, named bare before its number
    "当地人社电话：0771-5510817",
    "咨询电话：12333，0791-83883370。",  # the bureau's own line beside the national hotline
    "想交流可以进QQ群 583301927（不是我建的）。",  # a group its writer disowns
])
def test_a_buildings_front_desk_and_a_form_tool_tie_no_seller(line) -> None:
    assert ids(line) == set()


def test_a_training_centres_own_front_desk_is_its_contact() -> None:
    assert ("phone", "+8675526651181") in ids("培训中心前台 0755-26651181 报名咨询")
    # (a class the bureau subsidizes is the seller's: its number is the seller's)
    assert ("phone", "+867715510818") in ids("人社补贴班报名 0771-5510818")
    assert ("phone", "+8679183883371") in ids("报名咨询 0791-83883371，政策可问12333")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("人工智能训练师（五级/四级）周末班，1.8k-2.7k，学完推荐实习。", [1800.0, 2700.0]),
    ("四级班，1980-2580，含教材", [1980.0, 2580.0]),
    ("周末班，2.7k，学完推荐", [2700.0]),
    ("周末班，2026-2027，两期", []),  # years
    ("课程共 40-60 课时，周末班", []),  # hours
])
def test_a_price_range_standing_alone_as_a_clause_gives_both_prices(sentence, expected) -> None:
    assert [f.amount_min for f in fees_in_sentence(sentence)] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("电话 1 5 3 - 6 6 0 1 - 2 8 7 4，嫌麻烦直接私信", ("phone", "+8615366012874")),
    ("联系：biaozhu_laobing（微信）", ("wechat", "biaozhu_laobing")),  # the app named after
    ("助理微信领回放：hzt_peixun", ("wechat", "hzt_peixun")),  # what it is for, then the id
    ("vx→ lin_ai_studio", ("wechat", "lin_ai_studio")),  # an arrow for a colon
    ("直播号：hzt8866", ("other", "account:直播:hzt8866")),
    ("淘宝店铺：启航AI学堂考证店", ("other", "account:shop:淘宝:启航AI学堂考证店")),
])
def test_labels_after_the_id_or_with_words_before_the_colon(line, expected) -> None:
    assert expected in ids(line)


@pytest.mark.parametrize("line", [
    "三、上课地点：武汉光谷创业街B座 7楼（前台 027-87309911，来访请先电话预约）",
    "星火职培-徐老师：武汉光谷创业街B座，前台 027-87309911",  # the venue's desk, passed on
    "蹲一个，有想拼团的加我 vx：xiaoyu_pt0921",  # a would-be buyer gathering others
    "吓人，幸好我还没交钱，拼团的朋友也注意 vx：xiaoyu_pt0921",
    "微信支付：abcdef1",
])
def test_a_venues_desk_and_a_buyer_gathering_a_group_are_no_sellers_contacts(line) -> None:
    assert ids(line) == set()


def test_a_seller_offering_a_group_price_keeps_its_contact() -> None:
    assert ("wechat", "abc_teacher") in ids("拼团价1980，想报的加我 vx：abc_teacher")
    assert ("phone", "+862787309912") in ids("前台 027-87309912 报名咨询")


@pytest.mark.parametrize("line", [
    "我也想学 有没有一起的 加我 wx：wang_xm1990 组队报名",  # buyers looking for company
    "有一起备考的吗 wx：wang_xm1990",
    "想一起报的加我 vx lulu_jn2019 拼团能便宜点",
    "我也被推销过这个，有一起避坑的加我微信 lulu_jn2019",
    "幸好没交钱。wx：wang_xm1990 大家一起维权",
])
def test_a_buyer_looking_for_company_is_no_seller(line) -> None:
    assert ids(line) == set()


def test_a_shill_who_sends_readers_to_the_sellers_site_still_names_the_seller() -> None:
    line = "有想一起报的可以看他们官网 dingshengpx.com，或者加V：DSJN2020 说是论坛来的有优惠。"
    assert ("wechat", "dsjn2020") in ids(line)


@pytest.mark.parametrize("line", [
    "同行勿扰，标注兼职加 Q 3391204481",  # part-time work spam under others' posts
    "数据标注兼职日结200+，同行加Q 3391204481",
    "标注日结 加Q3391204481",
])
def test_part_time_spam_in_the_comments_is_no_sellers_contact(line) -> None:
    assert ids(line) == set()


@pytest.mark.parametrize(("line", "expected"), [
    ("学完推荐兼职，加Q 3391204482", ("qq", "3391204482")),  # a seller's own promise
    ('加微信备注"直播"：bzxq_2026', ("wechat", "bzxq_2026")),
    ("直播间下单请认准小店ID 88231457", ("other", "account:shop:88231457")),
])
def test_a_sellers_note_and_shop_id_are_read(line, expected) -> None:
    assert expected in ids(line)


@pytest.mark.parametrize(("line", "expected"), [
    ("资料发群主微：CZY_AI_CD", ("wechat", "czy_ai_cd")),  # a role's WeChat
    ("推荐视频号「蜀慧职教」，老师每周讲真题", ("other", "account:视频号:蜀慧职教")),
    ("关注公众号“智学AI训练营”领资料", ("other", "account:公众号:智学ai训练营")),
])
def test_a_roles_wechat_and_an_account_named_in_brackets(line, expected) -> None:
    assert expected in ids(line)


def test_a_public_bodys_account_quoted_for_checking_is_no_sellers() -> None:
    assert ids("证书可关注公众号“杭州人社”查询") == set()


def test_an_informal_amount_right_before_a_level_is_its_price() -> None:
    assert [(f.amount_min, f.level) for f in fees_in_sentence("0.26w 四级")] == [(2600.0, 4)]
    assert fees_in_sentence("月入1w 三级也不难") == []


@pytest.mark.parametrize(("line", "expected"), [
    ("卖家ID：xw_ms8822", ("other", "account:shop:xw_ms8822")),
    ("闲鱼店铺：小鱼考证铺", ("other", "account:shop:闲鱼:小鱼考证铺")),
    ("v➕ada_aixiaoke", ("wechat", "ada_aixiaoke")),
    ("视频号：小蓝鲸学堂AI", ("other", "account:视频号:小蓝鲸学堂ai")),
    ("抖音搜：辰星AI课堂", ("other", "account:抖音:辰星ai课堂")),
    ("youcai_ai＠sina点com", ("email", "youcai_ai@sina.com")),
    ("微信 m i n g d e _ a i _ 0 1", ("wechat", "mingde_ai_01")),
    ("手机①⑧⓪⑥②④③⑦⑦①⑨", ("phone", "+8618062437719")),
    ("威信 cx丶ai丶kt（丶换成下划线）", ("wechat", "cx_ai_kt")),
])
def test_more_ways_past_a_filter(line, expected) -> None:
    assert expected in ids(line)


@pytest.mark.parametrize("line", [
    "二、上课地点：深圳市南山区科技园创新大厦B座（场地预约 0755-8663 1120）。",  # the venue's
    "四、考试地点：上海考点 上海市徐汇区职业技能鉴定所（021-6438 1177）",  # the assessing office's
    "同学推荐来的，我微信lily_0912，想组队的找我",  # a fellow buyer
    "已报名，有问题的可以问我，我微信 lily_0912",
    "邮箱：admin@yourdomain.com",  # a template's stand-in
    "抖音：每晚八点直播",  # words after a platform's name are no account
])
def test_venues_assessing_offices_fellow_buyers_and_stand_ins_are_no_sellers(line) -> None:
    assert not {k for k, _ in ids(line)} & {"phone", "wechat", "email", "domain", "other"}


@pytest.mark.parametrize("line", [
    "四级数据标注方向实训营，鉴定批次 13120250712 还有两个位置",  # a batch number
    "这家我做过比价，价格中等。想看全网对比的加我 vx bijia_xiaoke",  # a price comparer's own
    "全网最低了，别家都两千多。比价表找我 vx bijia_xiaoke",
])
def test_a_batch_number_and_a_price_comparers_contact_are_no_sellers(line) -> None:
    assert ids(line) == set()


@pytest.mark.parametrize("line", [
    "学费:叁仟贰佰元(可分3期)。考核在沈阳市职业技能鉴定实训基地,咨询(024)86127730。",
    "考核地点沈阳市职业技能鉴定实训基地,电话(024)86127730",  # the assessment venue's
    "五级 980,四级 1580,实操在哈尔滨市职业技能实训中心(0451-8230 5511)考。",
    # the venue named right before its number (考点…基地（咨询 …）, 在…基地考试（…）)
    "本期认定计划编号15926051837，考点泰安市公共实训基地（咨询 0538-8927760）。",
    "个人带报五级，在泰安市公共实训基地考试（0538-8927760），我只收80元服务费。",
    # or with its front desk named in the brackets
    "满一年可参加五级认定，考点潮州市高级技工学校（前台 0768-2299188），批次号 2026041888。",
])
def test_the_assessment_venues_number_is_no_sellers(line) -> None:
    assert ids(line) == set()


@pytest.mark.parametrize(("line", "expected"), [
    ("我们在沈阳开班，咨询电话 024-86127732", ("phone", "+862486127732")),
    ("我们在泰安市育才培训中心（电话 0538-8927761）开班。", ("phone", "+865388927761")),
    ("平时在视频号发考试干货：麓山刘老师讲考证", ("other", "account:视频号:麓山刘老师讲考证")),
    ("视频号同名：麓山刘老师讲考证", ("other", "account:视频号:麓山刘老师讲考证")),
    ("想要学习资料+报名的找我 w x：ajie0731ai", ("wechat", "ajie0731ai")),
    ("抖店ID 58210937", ("other", "account:shop:58210937")),
    # an exam taken online names no venue (考试在线完成，…站内信)
    ("考试在线完成，需要的站内信或邮件 hxrc@hxrcpj.com。", ("email", "hxrc@hxrcpj.com")),
    ("扫码添加招生老师：zkzp-kefu08", ("wechat", "zkzp-kefu08")),  # the staff named by their job
    # a caption's bare 群 before the group's number, and 客服 before an id no word could be
    ("进群了解，群 731846259，客服 DZJY_KF", ("qq_group", "731846259")),
    ("进群了解，群 731846259，客服 DZJY_KF", ("wechat", "dzjy_kf")),
    ("进群了解:736291045", ("qq_group", "736291045")),  # what joining brings, before the colon
])
def test_a_sellers_own_number_account_and_shop_are_read(line, expected) -> None:
    assert expected in ids(line)


@pytest.mark.parametrize("line", [
    "我也想问问，我微信 lily_mom88，求私",  # readers asking to be told
    "太可怕了，有消息告诉我 lily_mom88",
    "评论：Mia：已私信，我的微信 lily_mom88",
])
def test_a_reader_asking_to_be_told_is_no_seller(line) -> None:
    assert ids(line) == set()
