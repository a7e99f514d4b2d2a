"""Contact identifiers as pages write them, normalized, and the numbers that are not a
seller's contact (warnings, order and certificate numbers, official addresses)."""

from __future__ import annotations

import pytest

from crawler.extract import extract_facts
from crawler.extract.identifiers import find_identifiers
from facts.contacts import normalize_phone
from facts.uscc import complete_uscc


@pytest.mark.parametrize("written", [
    "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000",
    "0086-13800138000", "１３８００１３８０００", "tel:+86-138-0013-8000",
])
def test_one_mobile_however_written(written: str) -> None:
    assert normalize_phone(written) == "+8613800138000"


def test_landlines_and_service_numbers() -> None:
    assert normalize_phone("(021) 6123 4567") == "+862161234567"
    assert normalize_phone("0571-88881234") == "+8657188881234"
    assert normalize_phone("400-123-4567") == "+864001234567"
    assert normalize_phone("12345678901") is None, "not a mobile prefix"


def values(texts: list[str], side: list[str] | None = None,
           links: list[tuple[str, str]] | None = None) -> set[tuple[str, str]]:
    return {(m.kind, m.value) for m in find_identifiers(texts, side or [], links or [])}


def test_every_kind_with_its_words() -> None:
    code = complete_uscc("91330106MA2GL6XG7")
    found = find_identifiers([
        "报名咨询：138 0013 8021（微信同号），QQ群：613552908，QQ：2345678，邮箱 Abc@School.cn",
        f"统一社会信用代码：{code}，收款户名：杭州某某教育科技有限公司",
        "客服热线 +86 21 6123 4567",
    ], [], [("tel:+8613900139000", "拨打电话"), ("mailto:Hi@X.cn?subject=1", "写信")])
    got = {(m.kind, m.value) for m in found}
    assert got >= {("phone", "+8613800138021"), ("wechat", "13800138021"),
                   ("qq_group", "613552908"), ("qq", "2345678"), ("email", "abc@school.cn"),
                   ("uscc", code), ("other", "account:杭州某某教育科技有限公司"),
                   ("phone", "+862161234567"), ("phone", "+8613900139000"),
                   ("email", "hi@x.cn")}
    phone = next(m for m in found if m.value == "+8613800138021")
    assert "报名咨询" in phone.evidence and phone.place == "main"
    assert next(m for m in found if m.value == "+8613900139000").place == "link"


def test_numbers_in_warnings_and_labelled_numbers_are_not_contacts() -> None:
    assert values(["谨防假冒！骗子电话 13912345678 与本校无关。"]) == set()
    assert values(["证书编号：13812345678，可在官网查询。"]) == set()
    assert values(["您的订单号 13712345678 已生成。"]) == set()
    assert values(["举报请拨打 0571-88889999。"]) == set()
    assert values(["投诉邮箱 tousu@mohrss.gov.cn"]) == set()
    assert values(["咨询 13600136000；谨防冒充我校的骗子号码 13500135000"]) == {
        ("phone", "+8613600136000")}


def test_footer_numbers_are_marked_as_side() -> None:
    (mention,) = find_identifiers([], ["平台客服热线 400-800-1234"])
    assert mention.place == "side" and mention.value == "+864008001234"


def test_numbers_disowned_right_after_them_are_not_contacts() -> None:
    assert values(["郑重声明：我们只有页面所列的电话，15190037712 系冒充人员，已报警。"]) == set()
    assert values(["注意：QQ 1047756392 冒充我校老师收取加急费，请勿相信。"]) == set()
    assert values(["提醒：139 6621 8840 不是我们的电话，警惕冒名诈骗。"]) == set()
    assert values(["报名电话 13800138021，名额有限。"]) == {("phone", "+8613800138021")}


def test_a_third_partys_number_passed_on_is_not_the_sellers() -> None:
    assert values(["证书核验请致电评价机构 010-62785531。"]) == set()
    assert values(["成绩查询、报名咨询：13800138021"]) == {("phone", "+8613800138021")}


def test_qq_groups_sites_and_accounts_as_pages_write_them() -> None:
    assert values(["备考群：61839275 Q：2851736604", "扣扣：3306152849"]) == {
        ("qq_group", "61839275"), ("qq", "2851736604"), ("qq", "3306152849")}
    assert values(["官网：www.jlaitrain.cn", "证书查询 osta.mohrss.gov.cn", "邮箱 a1@sina.com"]) == {
        ("domain", "jlaitrain.cn"), ("email", "a1@sina.com")}
    assert values(["对公收款账户：中国银行 户名：南京金智职业技能培训学校有限公司"]) == {
        ("other", "account:南京金智职业技能培训学校有限公司")}


def test_credit_codes_in_any_case_or_spaced_and_wechat_behind_a_heart() -> None:
    code = complete_uscc("91330106MA2GL6XG7")
    spaced = f"{code[:6]} {code[6:12]} {code[12:]}"
    assert values([f"主办单位统一社会信用代码 {code.lower()}申请方式"]) == {("uscc", code)}
    assert values([f"运营主体信用代码：{spaced} 学能优选"]) == {("uscc", code)}
    assert values(["联系方式V❤：hx-ai668 温馨提示"]) == {("wechat", "hx-ai668")}


def test_spaced_labels_and_digits_company_mail_domains_and_account_names() -> None:
    assert values(["微 信：suizhi-edu"]) == {("wechat", "suizhi-edu")}
    assert values(["资料私信领；群 735 218 409"]) == {("qq_group", "735218409")}
    assert values(["招生邮箱： zhaosheng@yckn-skill.cn"]) == {
        ("email", "zhaosheng@yckn-skill.cn"), ("domain", "yckn-skill.cn")}
    assert values(["邮箱 jinghua_ai@126.com"]) == {("email", "jinghua_ai@126.com")}
    assert values(["付款方式：支付宝，收款人：陈美玲（个人）"]) == values(["支付宝收款人：陈美玲 颁证"]) == {
        ("other", "account:陈美玲")}


def test_more_labels_sellers_write() -> None:
    assert values(["或加扣扣 2851447093 证书", "扣扣：1928 374 650 ，白天回复慢"]) == {
        ("qq", "2851447093"), ("qq", "1928374650")}
    assert values(["进群 614082377 领取试看"]) == {("qq_group", "614082377")}
    # a label that asks before its colon, and a group one is asked to join
    assert values(["有问题可以扣扣找我:903 317 284 。", "QQ联系我：27654318"]) == {
        ("qq", "903317284"), ("qq", "27654318")}
    assert values(["可以加资料交流群735418206，或者直接找我"]) == {("qq_group", "735418206")}
    assert values(["加V更快： zyjy_kefu01", "或添加老师 ▶ shenzhi_teacher"]) == {
        ("wechat", "zyjy_kefu01"), ("wechat", "shenzhi_teacher")}
    assert values(["缴费账户：北京北辰启航教育咨询有限公司（对公）"]) == values([
        "对公转账（户名：北京北辰启航教育咨询有限公司）。"]) == {
        ("other", "account:北京北辰启航教育咨询有限公司")}
    assert values(["课程服务商：苏州明德教育科技有限公司（可开具增值税普通发票）"]) == values([
        "开票方 苏州明德教育科技有限公司"]) == values([
        "经营者：苏州明德教育科技有限公司（证照信息详见店铺首页）"]) == values([
        # a shop's or an official account's entity, as marketplaces and WeChat show it
        "店铺主体：苏州明德教育科技有限公司，服务保障"]) == values([
        "账号主体 苏州明德教育科技有限公司"]) == {
        ("other", "account:苏州明德教育科技有限公司")}
    assert values(["颁证：浙江数智职业技能等级认定中心 📮 报名邮箱： bm@zhiyuan-ai.cn"]) == {
        ("email", "bm@zhiyuan-ai.cn"), ("domain", "zhiyuan-ai.cn")}


def test_an_account_label_before_another_label_names_nobody() -> None:
    assert values(["学费请转入对公账户（收款户名：深圳市鹏城数智教育科技有限公司，开户行：招商银行）"]) == {
        ("other", "account:深圳市鹏城数智教育科技有限公司")}
    assert values(["对公账户 户名：深圳市鹏城数智教育科技有限公司 开户行：招商银行深圳科技园支行"]) == {
        ("other", "account:深圳市鹏城数智教育科技有限公司")}


def test_group_numbers_written_with_dashes() -> None:
    assert values(["学员群 Q群735-218-409 里有往期学员"]) == {("qq_group", "735218409")}


def test_numbers_a_seller_disowns_in_its_own_words() -> None:
    assert values(["⚠️ 声明：QQ 3307781452 冒用我方名义，与本公众号无关。"]) == set()
    assert values(["网上有个QQ 3307781452 说能“免考内部出证”，千万别信，已经有学员被骗。"]) == set()


@pytest.mark.parametrize(("written", "expected"), [
    ("服务热线 4006 771 825", {("phone", "+864006771825")}),
    ("电话 139.5712.0486", {("phone", "+8613957120486")}),
    ("报名热线：86-13632487105", {("phone", "+8613632487105")}),
    ("报名热线：86 136 3248 7105", {("phone", "+8613632487105")}),
    ("QQ：2837 461 920", {("qq", "2837461920")}),
    ("报名的事找我，或者Q 3056617248。", {("qq", "3056617248")}),
    ("有问题加薇：whjc_peixun", {("wechat", "whjc_peixun")}),
    ("徽信 kaoshi_laoshi01 备注来意", {("wechat", "kaoshi_laoshi01")}),
    ("售后：service#zhida-sh.com（#换成@）", {("email", "service@zhida-sh.com"),
                                          ("domain", "zhida-sh.com")}),
    ("联系：aizhiye AT foxmail DOT com", {("email", "aizhiye@foxmail.com")}),
    ("邮箱 abc(at)qq点com", {("email", "abc@qq.com")}),
    ("班主任电话/微信：139-5712-0486", {("phone", "+8613957120486"), ("wechat", "13957120486")}),
    ("报名咨询：17739815264（同微）", {("phone", "+8617739815264"), ("wechat", "17739815264")}),
    ("户名：成都蜀智远航教育咨询有限公司(请认准对公账户)",
     {("other", "account:成都蜀智远航教育咨询有限公司")}),
    ("报名后拉入备考交流群（QQ）：736 281 904", {("qq_group", "736281904")}),
    ("想了解的可以戳🐧 2874-410-563 （备注小红书）", {("qq", "2874410563")}),
    ("报名网址：changanshuzhi点com /ai（点换成.）", {("domain", "changanshuzhi.com")}),
    # or its dot in brackets, as answers write a site a Q&A filter would cut
    ("开班时间都在 jingxuetang[.]net 上（站内链接发不了，自己复制去掉括号）。", {("domain", "jingxuetang.net")}),
    ("官网 jxt-ai(.)com【.】cn", {("domain", "jxt-ai.com.cn")}),
    # a telephone's sign between an id and a mobile labels the mobile, joins no groups
    ("主页简介：合作V：gpzn_2837 ☎ 17387650921", {("wechat", "gpzn_2837"), ("phone", "+8617387650921")}),
    ("报名电话 136📞5830📞2217 微信 zbxt_2217", {("wechat", "zbxt_2217"), ("phone", "+8613658302217")}),
    ("报名 v✚ HNZJT88", {("wechat", "hnzjt88")}),  # (a heavy cross for the plus sign)
    ("电话/微信同号：１８６２０５７７４１３（李老师）", {("phone", "+8618620577413"),
                                          ("wechat", "18620577413")}),
    ("报名表请发邮箱：huibiao_edu#126.com（#改成@）", {("email", "huibiao_edu@126.com")}),
    ("电话：0755–8888 6666", {("phone", "+8675588886666")}),
    ("电话 138—0013—8021", {("phone", "+8613800138021")}),
    ("官网：www。shuzhi-ai。com", {("domain", "shuzhi-ai.com")}),
    ("球球：3056617248", {("qq", "3056617248")}),
    ("微信 | xinrui-edu", {("wechat", "xinrui-edu")}),
    ("QQ群 | 634592817", {("qq_group", "634592817")}),
    ("户名 | 成都锦程启航教育咨询有限公司", {("other", "account:成都锦程启航教育咨询有限公司")}),
    ("蓉城AI技能认证（作者）：qihang6641 备注抖声", {("wechat", "qihang6641")}),
    ("私信太慢，电话一三八零二七六五五九一", {("phone", "+8613802765591")}),
    ("回复 橘子汽水：jcai_xz 加我，备注小绿书", {("wechat", "jcai_xz")}),
    ("回复 Lemon：平台不让发，威 jlzj_ai", {("wechat", "jlzj_ai")}),
    ("微信同号 137 5716 八四零二", {("phone", "+8613757168402"), ("wechat", "13757168402")}),
    ("收款人 陈美玲", {("other", "account:陈美玲")}),
    ("收款方：深圳启明星教育科技有限公司", {("other", "account:深圳启明星教育科技有限公司")}),
    ("报名电话 壹捌陆 贰壹柒柒 零零玖叁", {("phone", "+8618621770093")}),
    ("私信不回的加Q 2850 311 746", {("qq", "2850311746")}),
    ("三级班免费送，资料群：735218094（QQ群）", {("qq_group", "735218094")}),
    ("合作与投诉:service@shenling-edu.com", {("email", "service@shenling-edu.com"),
                                          ("domain", "shenling-edu.com")}),
    ("营业执照名称:杭州数智人才服务有限公司", {("other", "account:杭州数智人才服务有限公司")}),
    ("户名：深圳某某（集团）有限公司", {("other", "account:深圳某某(集团)有限公司")}),
])
def test_contacts_in_the_forms_sellers_write_them(written: str,
                                                  expected: set[tuple[str, str]]) -> None:
    """Digits in any grouping, a country code without "+", obfuscated mail, homophone
    labels, one label for phone and WeChat, and a bracketed note after an account name."""
    assert values([written]) == expected


@pytest.mark.parametrize("written", [
    "准考证号是13开头的11位数字（比如上期的13120260915），别当成电话打",
    "网上有人用微信号 kaozheng_vip888 卖“保过证”，和本机构无关。",
    "别信 170-8845-1230 那种说不用考的，我们是正规培训",
    "学费 2980—3980 元，2026—11—23 开课",
    "官方咨询：浙江省技能人才评价管理服务中心 0571-85102356。",
    "学费三千九百八十元，两千人已报名",
    "技术支持：云帆建站 www.yunfanjz.com 建站热线 400-990-8818",
    "对公转账，发票由收款单位开具。",
    "报名费2980 三四五人成团",
    "服务人群 20000 人，粉丝群12345人",
    "欢迎加入我们的粉丝群 20000 人",
])
def test_numbers_that_are_examples_or_disowned_are_not_contacts(written: str) -> None:
    """A number given as an example of a ticket number, one that someone else uses and the
    seller disowns (和本机构无关), and one the seller tells buyers not to believe."""
    assert values([written]) == set()


def test_a_contact_after_a_number_label_sentence_is_still_read() -> None:
    """A contact word between a number label and the number: the number is the contact."""
    assert values(["订单号在付款后发送，咨询电话 13800138021"]) == {("phone", "+8613800138021")}


def test_a_bank_account_number_is_not_a_phone() -> None:
    """A group of digits inside a longer run is part of that run, not a landline: the run is
    the seller's account; an account paid to an assessing body is not the seller's."""
    assert values(["开户行：中国建设银行北京中关村支行，账号：1105 0163 5700 0000 2719"]) == {
        ("other", "account:11050163570000002719")}
    assert values(["考务费统一缴入市职业技能鉴定服务中心 账号 3602 0201 0900 1234 567"]) == set()


def test_a_qq_chat_button_gives_its_number() -> None:
    """A QQ chat button's link carries the number (wpa.qq.com ... uin=)."""
    link = ("http://wpa.qq.com/msgrd?v=3&uin=3105526748&site=qq&menu=yes", "QQ交谈")
    assert values([], links=[link]) == {("qq", "3105526748")}


def test_what_the_site_footer_names_is_the_sites_own() -> None:
    """A marketplace's top bar and footer name its domain and service number: on its shop
    pages they are the site's own (side), however the main text names them too."""
    found = find_identifiers(["技能宝 jnbao.com.cn · 你好，请登录 免费注册 客服 400-690-1212",
                              "咨询电话：159 1860 2247"],
                             ["© 2019-2026 jnbao.com.cn 技能宝 版权所有 客服热线 400-690-1212"])
    assert {(m.kind, m.value, m.place) for m in found} == {
        ("domain", "jnbao.com.cn", "side"), ("phone", "+864006901212", "side"),
        ("phone", "+8615918602247", "main")}


def test_a_footer_number_the_main_text_gives_for_enrolment_is_the_sellers_own() -> None:
    """A school's own site gives its footer's hotline in its text for enrolment (报名热线,
    课程顾问座机): the site is the seller's, and the number is read as the page's own
    (main), so its pages tie by it. A marketplace's desk in the same words stays side."""
    footer = ["© 2026 明远职业培训学校 | 全国服务热线 400-615-2738 | 鄂ICP备20019911号-1"]
    own = find_identifiers(["人工智能训练师四级周末班", "报名热线：400-615-2738 招生老师 王老师"], footer)
    assert ("phone", "+864006152738", "main") in {(m.kind, m.value, m.place) for m in own}
    desk = find_identifiers(["报名有疑问请联系平台客服 400-615-2738"], footer)
    assert ("phone", "+864006152738", "side") in {(m.kind, m.value, m.place) for m in desk}


@pytest.mark.parametrize("written", [
    "本站广告合作：0755-86012345", "平台客服热线 400-690-1212（工作日）",
    "天水在线 · 陇上论坛  站务QQ群:213847561",
])
def test_a_platform_or_publisher_line_is_the_sites_own(written: str) -> None:
    """A number labelled as the platform's or the publisher's counts as the site's own
    (side) even in the main text; the seller's own site named as 网站 does not. (An exam
    venue's number is no one's contact: tests/extract/test_casual_sellers.py.)"""
    assert [m.place for m in find_identifiers([written])] == ["side"]
    (own,) = find_identifiers(["更多课程见我们的网站 shzxpx.cn"])
    assert own.place == "main"


def test_a_complaint_address_in_a_footer_still_names_the_sites_own_domain() -> None:
    """A platform's top bar names its domain; its footer gives it only in a complaint
    address (侵权投诉 jubao@…), which is no seller's contact but is the site's domain."""
    found = find_identifiers(["知问网 zhiwenwang.com | 首页"],
                             ["知问网 © 2026 | 侵权投诉 jubao@zhiwenwang.com | 京ICP证160392号"])
    assert [(m.kind, m.value, m.place) for m in found] == [("domain", "zhiwenwang.com", "side")]


def test_a_number_the_footer_gives_with_a_warning_is_still_the_sites_own() -> None:
    """A job board's footer warns around its own hotline; the same number in its top bar
    is the site's, not the poster's."""
    found = find_identifiers(["好工作招聘网 | 首页 | 求职防骗热线:400-885-9900", "报名电话 13800138021"],
                             ["凡收取费用的职位请立即举报,客服热线 400-885-9900"])
    assert {(m.kind, m.value, m.place) for m in found} == {
        ("phone", "+864008859900", "side"), ("phone", "+8613800138021", "main")}


def test_a_main_text_link_inviting_to_the_sellers_site_names_its_domain() -> None:
    """A post on a platform that links out to the seller's own site (点这里看报名须知) names
    that site; links to check a certificate, to a public body, to share or from the footer
    do not."""
    found = find_identifiers([], main_links=[
        ("https://www.mingde-edu.cn/baoming", "点这里看报名须知"),
        ("https://www.hz-aitrain.com/apply", "Apply now"),
        ("https://m.example-app.cn/get", "打开 APP 查看"),
        ("https://zscx.osta.org.cn/", "证书全国联网查询"),
        ("http://www.mohrss.gov.cn/", "人社部官网"),
        ("https://weibo.example.com/share", "分享到微博"),
        ("http://127.0.0.1:8000/x.html", "报名详情")])
    assert [(m.kind, m.value, m.place) for m in found] == [
        ("domain", "mingde-edu.cn", "link"), ("domain", "hz-aitrain.com", "link")]
    page = ('<html><head><title>人工智能训练师四级，周末班</title></head><body><main>'
            '<p>人工智能训练师四级 2600元，周末上课。<a href="https://www.mingde-edu.cn/bm">'
            '点这里看报名须知</a></p></main><footer><a href="https://www.jianzhan-demo.com/">'
            '网站建设 了解更多</a></footer></body></html>')
    domains = {m.value for m in extract_facts(page, "http://127.0.0.1/note/1.html").identifiers
               if m.kind == "domain"}
    assert domains == {"mingde-edu.cn"}


def test_landing_page_forms_of_a_wechat_id_and_a_bank_account() -> None:
    """A QR code's alt (微信扫码添加 …), a floating bar's id before its copy button (a line of
    its own), and a bank account's number after its label are the seller's."""
    assert values(["微信扫码添加 xhzx2025"]) == {("wechat", "xhzx2025")}
    assert values(["qianfan-edu", "复制微信号"]) == {("wechat", "qianfan-edu")}
    assert values(["复制链接打开 abcdef12"]) == set()
    assert values(["账号：5102 0188 0000 3346 71"]) == {("other", "account:510201880000334671")}
    assert values(["订单号：202611230001234567"]) == set()
    assert values(["对公转账：武汉凯程教育咨询有限公司 招商银行 127904518810602"]) == {
        ("other", "account:武汉凯程教育咨询有限公司"), ("other", "account:127904518810602")}


def test_every_contact_a_warning_lists_is_disowned() -> None:
    """A warning that names a scammer's phone and then his WeChat id disowns both, though
    the second stands far from the warning word; a seller's own list is read whole."""
    assert values(["近期有不法分子冒充考试中心工作人员，用手机号 170 9582 3641、微信号 rsks-2024 "
                   "以“证书加急”为由收取费用"]) == set()
    assert values(["报名电话 13800138021、微信号 zhixue_01，欢迎咨询"]) == {
        ("phone", "+8613800138021"), ("wechat", "zhixue_01")}


def test_a_strangers_number_given_as_an_example_is_disowned() -> None:
    """"陌生号码（如 …）均非本人 / 请勿轻信": an example of a number not to trust; but "其他号码
    均非本校" after the school's own number leaves that number the school's."""
    assert values(["凡自称“中心老师”的陌生号码（如 171 2233 8096）均非本人。"]) == set()
    assert values(["本学苑从不以“人社部”名义电话招生，陌生号码（如171 2233 8096）请勿轻信。"]) == set()
    assert values(["报名请认准唯一电话 13800138021，其他号码均非本校。"]) == {
        ("phone", "+8613800138021")}


def test_more_forms_of_the_web() -> None:
    """A landline with a spaced dash, a QQ to "Q me", a WeChat id after a clause closed by a
    tilde (补贴哦～咨询vx：… is not a subsidy hotline), a company account by its label, and a
    site builder's English credit in a seller's footer (not the seller's site)."""
    assert values(["联系电话 | 0755 - 8629 3374"]) == {("phone", "+8675586293374")}
    assert values(["有问题可以Q我 2850137764", "另有老师答疑，扣：2851 137 764"]) == {
        ("qq", "2850137764"), ("qq", "2851137764")}
    assert values(["扣费：3000元，评论区扣1"]) == set()
    assert values(["有意向的扣我：2876543109，备注来意"]) == {("qq", "2876543109")}
    # a batch's number shaped like a mobile, right after its label, is no one's phone
    assert values(["拼团批次 13920251103 截止周日", "团购批次：18620260105"]) == set()
    # so is a marketplace's id for a course or an item (课程ID：…, 商品id …)
    assert values(["课程ID：15800321776　店铺：智信职教旗舰店", "商品id 15800321776-B"]) == set()
    assert values(["可以申请技能提升补贴哦～咨询vx：huixue0755"]) == {("wechat", "huixue0755")}
    assert values(["政策补贴咨询 0755-8888 1234"]) == set()
    assert values(["线下转账请认准对公账户 1279 0658 3210 901"]) == {
        ("other", "account:127906583210901")}
    assert values([], ["hiweilai.net · Built with 极简站 jijianzhan.cn"]) == {
        ("domain", "hiweilai.net")}


def test_two_phones_in_one_line_and_a_licence_by_its_label() -> None:
    """A mobile and a landline side by side on one line are both read; a licence named after
    营业执照： is the business behind the shop, but 营业执照 已认证 names no one."""
    assert values(["电话：177-0231-5586　023-6879 2214"]) == {
        ("phone", "+8617702315586"), ("phone", "+862368792214")}
    assert values(["营业执照：成都学途博远教育咨询有限公司"]) == {
        ("other", "account:成都学途博远教育咨询有限公司")}
    assert values(["营业执照 已认证"]) == set()


def test_a_number_cut_by_a_line_break_is_one_phone() -> None:
    """A seller's post breaks the mobile across two lines (电话 139 0571<br>2846); a
    date on the next line is never glued to a number."""
    assert ("phone", "+8613905712846") in values(["报名电话 139 0571", "2846（晚上也可以）"])
    assert values(["咨询：0571-8802", "2026年3月开课"]) == set()


def test_a_short_video_account_ties_like_an_id() -> None:
    """Sellers send buyers to their short-video account (抖音号：…, 去抖音搜 …); the same
    account on two pages is one seller, whatever the letter case."""
    first = values(["关注抖音号：Xinghe_AI2027 看直播课"])
    second = values(["想报的可以去抖音搜 xinghe_ai2027 ，直播间有优惠"])
    third = values(["想了解的戳 dy号 Xinghe_AI2027 看直播"])
    assert first == second == third == {("other", "account:抖音:xinghe_ai2027")}
    assert values(["抖音上很火的课程"]) == set()


def test_an_address_with_spaces_round_the_at_sign() -> None:
    assert ("email", "zhaosheng@163.com") in values(["发票请邮件：zhaosheng @ 163.com"])


def test_a_partner_assessing_bodys_credit_code_is_not_the_sellers() -> None:
    """An ad names the evaluation organisation it works with, with that body's credit code:
    the code is the body's (every seller that works with it may quote it)."""
    body = complete_uscc("52440000MJL02468")
    seller = complete_uscc("91440300MA5H2K4L")
    found = values([f"合作评价机构：岭南数字技能评价中心（统一社会信用代码 {body}），已备案。",
                    f"企业名称 深圳某某职业培训有限公司 统一社会信用代码 {seller}"])
    assert ("uscc", seller) in found
    assert ("uscc", body) not in found


def test_a_site_builders_credit_after_this_site_is_built_by() -> None:
    found = values(["本站由快建云(kuaijianyun.com)提供建站服务 建站热线 400-690-1234"])
    assert not any(kind == "phone" or value == "kuaijianyun.com" for kind, value in found)


def test_a_label_at_the_end_of_a_line_names_what_the_next_line_holds() -> None:
    """A job board sets the credit code under its label (统一社会信用代码 / 913101 …)."""
    code = complete_uscc("91310115MA1GH7K2")
    spaced = f"{code[:6]} {code[6:12]} {code[12:]}"
    assert ("uscc", code) in values(["上海某某职业技能培训有限公司 统一社会信用代码", spaced])


def test_more_forms_from_cards_and_boards() -> None:
    assert ("wechat", "lin_teacher_ai") in values(["微信二维码 lin_teacher_ai"])  # a QR's alt
    assert ("qq_group", "582031234") in values(["学员交流群：群号 58 203 1234"])
    body = complete_uscc("52440000MJL30718")
    assert ("uscc", body) not in values([f"认定机构统一社会信用代码：{body}"])
    found = find_identifiers(["该页面由“课程通”小程序生成 · 课程通客服 4001023311"])
    assert [(m.kind, m.value, m.place) for m in found] == [("phone", "+864001023311", "side")]


def test_a_templates_placeholder_number_is_no_phone() -> None:
    """Site templates leave fillers (400-000-0000, 138-8888-8888) that every site built on
    them shows: no one answers them, and they tie nothing."""
    assert normalize_phone("400-000-0000") is None
    assert normalize_phone("138 8888 8888") is None
    assert normalize_phone("400-700-5566") == "+864007005566"


def test_a_job_boards_own_notice_at_the_foot_of_a_post_is_the_boards() -> None:
    """The board's safety tip and its hotline close every job post, in main text; a form
    tool's credit closes every form: both are the site's own, not the employer's."""
    job = ("<html><head><title>数据标注专员招聘 - 聘优网</title></head><body>"
           "<p>入职前参加公司人工智能训练师四级岗前班，学费3980。</p><p>面试预约：021-6488 1234</p>"
           "<p>【聘优网安全提示】凡以培训费名义收费的，请立即举报！</p><p>求职防骗热线 400-701-5566。</p>"
           "</body></html>")
    found = {(m.kind, m.value, m.place) for m in extract_facts(
        job, "http://jobs.example/job-1.html").identifiers}
    assert ("phone", "+864007015566", "side") in found
    assert ("phone", "+862164881234", "main") in found
    form = ("<html><head><title>启航教育 报名表</title></head><body>"
            "<p>人工智能训练师四级 1599，联系人：何老师 186 7502 1234</p>"
            "<p>本表单由 表单宝 biaodanbao.com 提供技术支持 · 表单内容由发布者负责</p></body></html>")
    found = {(m.kind, m.value, m.place) for m in extract_facts(
        form, "http://forms.example/f/1.html").identifiers}
    assert not any(value == "biaodanbao.com" for _, value, _ in found)  # the tool's, no one's


def test_a_qq_labelled_without_a_colon() -> None:
    assert ("qq", "2850171234") in values(["报名咨询：QQ咨询 285 017 1234"])
    assert values(["QQ 群 2000 人"]) == set()


# --- forms on a tool's site, a template's filler, and readers' asks ----------------------


@pytest.mark.parametrize("line", [
    "3. 报名先在线填表：tianbiaoxia.cn/f/bg0318 （填表侠）",
    "报名表填写：https://jinshuju.net/f/AbC123",
    "在线报名表由 填表宝 tianbiaobao.cn 提供",
    "网上报名由 填表宝 tianbiaobao.cn 提供技术支持。",
])
def test_a_form_on_a_form_tools_site_names_no_sellers_site(line: str) -> None:
    assert not {kind for kind, _ in values([line])} & {"domain"}


def test_the_sellers_own_site_and_its_form_stay_its_own() -> None:
    assert ("domain", "hlzxpx.cn") in values(["网址：www.hlzxpx.cn 报名请点首页在线报名"])
    assert ("domain", "hlzxpx.cn") in values(["官网 hlzxpx.cn/baoming 了解课程"])


@pytest.mark.parametrize("line", [
    "联系我们 电话：138-0000-0000 邮箱：123456@qq.com",
    "QQ：12345678（请替换为贵校QQ）",
    "客服QQ 88888888",
])
def test_a_templates_filler_reaches_nobody(line: str) -> None:
    assert not values([line])


@pytest.mark.parametrize("line", [
    "有没有一起报的，组个团便宜点，加我微信 wang_guoyuan666",
    "Kelly：讲得好，课件能发 kelly.w_0312@163.com 吗",
    "鹿鹿学姐：我也在了解，有没有一起的，我微信 luluxue_95 交流下",
    "想问问三级能加多少积分，有没有懂的，我微信 luluxue_95",
])
def test_a_readers_own_contact_is_not_a_sellers(line: str) -> None:
    assert not values([line])


@pytest.mark.parametrize("line", [
    "拼友_7c2：谁来拼一个，我手机 131 6620 8845 拼成了喊我",
    "lily：有拼的 v:lily_9527",
    "lily：拼课的加我 v:lily_9527",
])
def test_a_group_buyer_looking_for_others_is_no_seller(line: str) -> None:
    assert not values([line])


def test_a_shop_designers_credit_is_the_designers() -> None:
    assert not values(["店铺装修：旺铺易 设计 QQ 800173629"])


def test_a_qq_mail_names_its_qq_number() -> None:
    assert values(["邮箱：1834226590@qq.com"]) == {("email", "1834226590@qq.com"),
                                                   ("qq", "1834226590")}
    assert ("qq", "1834226590") not in values(["邮箱：xiaoran_edu@qq.com 或 1834226590@163.com"])


def test_a_form_tools_credit_in_brackets_leaves_the_sellers_own_contact_before_it() -> None:
    found = find_identifiers(["报名：添加微信 YongCai_Edu 或在线填写报名表（报名表由表单通 biaodantong.com 提供）。"],
                             [], [], [])
    assert {(m.kind, m.value, m.place) for m in found} == {("wechat", "yongcai_edu", "main")}
    footer = find_identifiers(["本页面由「课栈」小程序生成 客服 400-690-5527"], [], [], [])
    assert [m.place for m in footer] == ["side"]


def test_an_account_that_is_also_the_service_id() -> None:
    assert ("wechat", "yongcai_edu") in values(["电话：（0574）87315520　微信公众号/客服：yongcai_edu"])


@pytest.mark.parametrize("line", [
    "买家lily：已报名，有问题加我微信 lily_0609 一起学",
    "买家lily：同学们可以加我 lily_0609 交流",
])
def test_a_buyers_review_under_a_shops_item_is_the_buyers(line: str) -> None:
    assert not values([line])


@pytest.mark.parametrize("line", [
    "想要一份课程表，我v xiaomei_0521 麻烦发一下，谢谢~",
    "wx:Xiaomei_0521 可以先发几道看看吗",
    "有没有去年的真题，求发一份，QQ 1043958862 谢谢",
])
def test_a_reader_asking_to_be_sent_the_notes_is_no_seller(line: str) -> None:
    assert not values([line])


def test_a_sellers_ask_for_the_buyers_needs_is_no_readers_ask() -> None:
    assert ("email", "boyan_edu@126.com") in values(["详细资料发你邮箱，或者把需求发到 boyan_edu AT 126 dot com。"])


def test_a_number_warned_of_or_reported_vanished_and_an_exam_venues_number_tie_nobody() -> None:
    for line in ["大家小心 170 8193 5526 这个号，收了钱就拉黑",
                 "提醒一下，去年一个 170 8193 5526 的号也这么说",
                 "去年找的 170 8193 5526，交了钱就拉黑了",
                 "一年两考，考点：滨江职业技能实训基地（0571-87751200）"]:
        assert not [m for m in find_identifiers([line]) if m.kind == "phone"], line
    assert [m.value for m in find_identifiers(["报名找王老师 170 8193 5526"])] == ["+8617081935526"]


def test_a_phone_in_middle_dots_and_an_id_spaced_out_with_the_note_to_join_it() -> None:
    assert [m.value for m in find_identifiers(["咨询 139·2617·4405"])] == ["+8613926174405"]
    found = find_identifiers(["薇 h x _ z h i x u n 8 8 (加v去掉空格)"])
    assert [(m.kind, m.value) for m in found] == [("wechat", "hx_zhixun88")]


def test_readers_asking_to_be_pulled_in_under_a_video_are_no_sellers() -> None:
    for line in ["打工人阿强：135 8862 0471 也想要", "135 8862 0471 拉我一下"]:
        assert find_identifiers([line]) == [], line


def test_a_site_written_with_a_full_width_stop_stays_one_sentence() -> None:
    from crawler.extract.text import split_sentences
    assert split_sentences("证书官网查询:gzrcpj。com;企业信用代码 91110108MA01RT5N4R。下一句") == [
        "证书官网查询:gzrcpj。com;", "企业信用代码 91110108MA01RT5N4R。", "下一句"]


def test_a_batch_number_shaped_like_a_mobile_is_no_contact() -> None:
    for line in ["五级周末班 1680 元，第13520251206批次认定。", "三级均可报，报名批次：18820251106（本月截止）。"]:
        assert not [m for m in find_identifiers([line]) if m.kind == "phone"], line
    assert find_identifiers(["第一批学员请联系 13520251206"])  # (a seller's phone after 第…批 words)


def test_wx_inside_a_domain_is_no_wechat_label() -> None:
    """A site named www.wxwenzhai.com gives no WeChat id "wenzhai"; wx：… on its own does."""
    assert [(m.kind, m.value) for m in find_identifiers(["网址导航 | www.wxwenzhai.com"])] == [
        ("domain", "wxwenzhai.com")]
    assert ("wechat", "wenzhai_01") in {(m.kind, m.value) for m in find_identifiers(["wx：wenzhai_01"])}


def test_the_official_query_sites_named_in_text_are_no_sellers_domains() -> None:
    # every ad, honest or not, sends buyers to the official query sites (§2.1, §3.5)
    found = find_identifiers(["证书可在 zscx.osta.org.cn 查询；1+X证书查 vslc.ncb.edu.cn。",
                              "详情看官网 www.qihang-px.cn"])
    assert {m.value for m in found if m.kind == "domain"} == {"qihang-px.cn"}


def test_the_example_mobile_every_template_gives_is_no_ones() -> None:
    """138 0013 8000 is the number every form and guide shows as its example (报名格式：姓名+
    电话，例13800138000): it names no seller, so a guide that shows it is no terse offer."""
    assert values(["报名格式一般是姓名+电话(例13800138000)。"]) == set()
    assert values(["报名电话 13800138021"]) == {("phone", "+8613800138021")}


def test_a_wechat_id_written_with_its_mobile_after_a_dash_is_two_contacts() -> None:
    """"vx: hbrc8899-17603175526" gives the id and the mobile (each ties the seller's other
    ads); an id with a dash and no mobile after it stays whole."""
    found = find_identifiers(["简介:合作请 vx: hbrc8899-17603175526"])
    assert {(m.kind, m.value) for m in found} == {("wechat", "hbrc8899"), ("phone", "+8617603175526")}
    assert [(m.kind, m.value) for m in find_identifiers(["微信 wlzx-ai2024"])] == [
        ("wechat", "wlzx-ai2024")]
