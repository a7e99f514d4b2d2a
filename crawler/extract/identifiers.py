"""Contact identifiers of an ad, each normalized (``facts.contacts``) with the words around
it on the page: what ties the ads of one business together (issue #16, operators).

Phones, WeChat ids, QQ numbers and e-mails are found with the contact patterns of
``crawler.extract.links`` (one set of patterns), after ``+86``/``0086`` prefixes are set
apart; QQ groups, unified social credit codes, account holders' names and bank account
numbers are added here. ``tel:`` and ``mailto:`` links count too, and a main-text link to
the seller's own site (点这里看报名须知) names its domain. Every mention records where it
stood: ``main`` text, the page's ``side`` (header, footer, sidebar: a marketplace's own
service number lives there) or a ``link``.

Numbers that are not the seller's contact are left out:
- numbers quoted in warnings (骗子电话, 举报, 谨防假冒…): a warning names someone else;
- a third party's numbers (证书核验请致电评价机构 …, 人社局电话, 12333，0791-…): §2.3, §3.5;
- order, course, certificate or ticket numbers (订单号, 证书编号, 准考证号…): §2.4;
- sites and addresses on ``data/official_domains.csv`` (every ``.gov.cn``, OSTA, the 1+X
  query platform vslc.ncb.edu.cn …): the official verification and complaint channels of
  docs/domain.md §2.1, §2.3 and §3.5 that every honest and dishonest ad quotes alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from crawler.extract import contact_forms as forms
from crawler.extract.askers import BUYER_ASKS, COMMENT_SPAM
from crawler.extract.links import _EMAIL, _LANDLINE, _MOBILE, _QQ, _SERVICE, _WECHAT
from crawler.extract.official import official_host
from crawler.extract.text import normalize
from facts import contacts
from facts.contract import ContactMention
from facts.urls import hostname, is_http_url, is_ip, registrable_domain

_PREFIX = re.compile(r"(?:\+\s*86|\b0086|(?<![\d-])86(?=1[3-9]\d{9}(?!\d)))[-\s]*")
# landlines written in groups (021 6123 4567): the page-type patterns want one block
# (never a group inside a longer run of digits: 账号 1105 0163 5700 0000 2719)
_GROUPED_LANDLINE = re.compile(r"(?<![\d-])(?<!\d\s)\(?0\d{2,3}\)?(?:\s?-\s?|\s)?[2-9]\d{2,3}[-\s]\d{4}"
                               r"(?![\d-])(?!\s\d)")
# QQ as pages write it beyond "QQ": Q：, q：, Q我：, 扣扣, 加扣, 扣我：, 企鹅号; a QQ group as 备考群, 交流群, Q群 (Q裙), 群号
# (a label may ask for the contact before its colon: 扣扣找我：…, QQ联系我：…; "QQ" itself
# needs no colon before a spaced number: QQ咨询 285 017 3364)
# (or say how it is written before the colon: Q号写大写防屏蔽：…, QQ号（备注来意）：…)
_QQ_MORE = re.compile(r"(?:(?<![A-Za-z])(?:QQ|qq|[Qq])\s*号?\s*(?:找我|联系我?|加我|私我|我|咨询|在线|客服)?\s*[:：]|"
                      r"(?<![A-Za-z])(?:QQ|qq|Q)\s*号\s*(?:[（(][^）)]{1,10}[）)]|[\u4e00-\u9fff]{1,8})\s*[:：]|"
                      r"(?<![A-Za-z])(?:QQ|qq)\s*号?\s*(?:找我|联系我?|加我|私我|咨询|在线|客服)?\s+(?=[1-9])|"
                      r"(?:扣扣|企鹅|球球)\s*号?\s*(?:找我|联系我?|加我|私我)?\s*[:：]?|(?<![\u4e00-\u9fff])扣\s*[:：]|(?<=加)扣\s*[:：]?|"
                      r"扣\s*我\s*(?:[:：]|(?=[1-9]\d{4,10}(?![\d元块])))|"  # (有意向的扣我：…, 扣我 96…)
                      # "私信或扣1403385627": 扣 for 扣扣 right before a QQ-long number
                      r"(?<!扣)扣(?=[1-9]\d{4,10}(?![\d元块]))|"
                      # or before one in groups: 扣 2267 910 384
                      r"(?<![\u4e00-\u9fff])扣\s(?=[1-9]\d{2,4}(?:\s\d{2,4}){1,3}(?![\d元块]))|"
                      # or alone before a whole one, after a clause's comma (…，扣 2904371865)
                      r"(?<=[,，、])\s*扣\s(?=[1-9]\d{4,10}(?![\d元块])))\s*"
                      r"(?P<id>[1-9]\d{2,4}(?:[- ]?\d{2,4}){1,3})(?![\d])")
# (any "…群" needs its colon, 群号 or a note: "服务人群 20000 人" names no group)
# (or be asked to join: 加资料交流群735418206, 进备考群…, 进群了解：736291045; or stand alone before
# it: …，群 731846259)
_QQ_GROUP = re.compile(r"(?:(?:Q[群裙]|扣[群裙]|[进入加来]\s*[\u4e00-\u9fffA-Za-z]{0,8}群(?:(?:了解|咨询|交流|详聊|领资料)(?=\s*[:：]?\s*[1-9]))?|(?:学员|交流|答疑|备考|资料|粉丝|福利|考证|学习|备用|官方|报名|咨询|售后)群(?=\s*[1-9]\d{5})|群号|(?<![\u4e00-\u9fff])群(?=\s*[:：]|\s+[1-9]\d{5,10}(?![\d\s])))\s*号?\s*(?:[（(][^）)]{1,6}[）)])?\s*[:：]?|"
                       r"[\u4e00-\u9fff]{1,3}(?<!微信)群\s*(?:号\s*[:：]?|(?:[（(][^）)]{1,6}[）)])?\s*[:：]))"
                       r"\s*(?P<id>[1-9]\d{2,4}(?:[- ]?\d{2,4}){1,3})(?![\d])(?!\s*人)")
# a site the ad names as its own (官网：www.….cn, 报名入口：http://…)
SITE_IN_TEXT = re.compile(r"(?:https?://)?(?P<host>(?:www\.)?[a-z0-9][-a-z0-9]*(?:\.[a-z0-9][-a-z0-9]*)*"
                   r"\.(?:cn|com|net|org|top|vip|xyz|cc|info))(?![-a-z0-9.])", re.I)
# WeChat behind a heart (V❤：, 薇❤：): labels that dodge platform filters
_WECHAT_HEART = re.compile(r"(?:[Vv薇威微ⓥⓋ]\s*[❤♥❣💗💕💖]\ufe0f?)\s*[:：]?\s*"
                           r"(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9]\d{9})")
# a credit code after its label, in any case and with spaces inside (914403 00MA5G 8T2W8L)
_USCC_LABELLED = re.compile(r"信用代码\s*[:：]?\s*(?P<code>[0-9A-Za-z][0-9A-Za-z ]{16,24})")
# a WeChat label written with a space inside (微 信：…), or a staff member to add (添加招生老师：…)
_WECHAT_SPACED = re.compile(r"(?:(?:微|威|薇|[Vv])\s+信\s*号?\s*[:：]|加\s*[Vv微][\u4e00-\u9fff]{0,3}\s*[:：]|"
                            r"(?:加|添加|找)\s*(?:招生|报名|课程|学习)?\s*(?:老师|客服|助教|班主任|顾问)\s*[▶➜→:：]?)\s*"
                            r"(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9]\d{9})")
# a group number written in groups of digits after its label (群 735 218 409)
_GROUP_SPACED = re.compile(r"群\s*号?\s*[:：]?\s*(?P<id>[1-9]\d{1,4}(?:[- ]\d{2,4}){1,3})(?![\d])")
# mail providers anyone can use: their domains say nothing about who writes
_WEBMAIL = frozenset({"126.com", "163.com", "qq.com", "foxmail.com", "sina.com", "sina.cn",
                      "sohu.com", "aliyun.com", "139.com", "189.cn", "yeah.net", "gmail.com",
                      "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "wo.cn", "email.com",
                      "mail.com"})
# public platforms and tools every customer shows (a form or survey tool, a shop or page
# builder, a social or video site): their domain names the tool, never one seller
_PUBLIC_PLATFORMS = frozenset({
    "wjx.cn", "wjx.top", "wenjuan.com", "jinshuju.net", "jinshuju.com", "mikecrm.com",
    "feishu.cn", "dingtalk.com", "eqxiu.com", "rabbitpre.com", "maka.im", "youzan.com",
    "weidian.com", "xiaoe-tech.com", "douyin.com", "kuaishou.com", "xiaohongshu.com",
    "weibo.com", "bilibili.com", "zhihu.com", "baidu.com", "taobao.com", "tmall.com", "jd.com",
    "pinduoduo.com", "58.com", "ganji.com",
    # link shorteners: every seller's sign-up link may sit behind one (dwz.cn/Bf2Kq8)
    "dwz.cn", "t.cn", "url.cn", "suo.im", "bit.ly", "tinyurl.com", "is.gd", "reurl.cc"})
_NOT_A_SELLERS_DOMAIN = _WEBMAIL | _PUBLIC_PLATFORMS
_BANK = re.compile(r"银行|支行|分行|信用社|支付宝|财付通|微信支付")
# a bank account's number after its label (账号：5102 0188 0000 3346 71): 12 to 25 digits
_BANK_NUMBER = re.compile(r"(?:(?:银行|对公|收款|汇款|转账)?(?:账号|帐号|卡号)|(?:对公|收款|银行)账户|银行|支行|分行|"
                          # right after the holder's name: 收款户名 | 郑州…有限公司 6217 0024 …
                          r"信用社|户名\s*[|:：]?\s*[\u4e00-\u9fff（）()]{4,30}?)\s*[:：]?\s*"
                          r"(?P<id>\d{4}(?:[ -]?\d{2,5}){2,6})(?![\d])")
_USCC = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
_ACCOUNT = re.compile(
    r"(?:户名|开户名|收款户名|收款账户名?|收款人|收款单位|收款方|收款主体|收款公司|账户名称?|"
    r"(?:缴费|付款|对公|转账)账户|对公转账|(?:转账|汇款|打款)至|"
    # the legal name behind the brand: on a licence or as the business that runs the shop
    r"营业执照名称|营业执照(?=\s*[:：])|执照名称|企业名称|公司名称|(?:经营|运营|商家|店铺|账号|认证)主体|主体名称|"
    # or as the business a marketplace says provides the course or issues its invoice
    r"(?:课程|培训)?服务(?:商|提供方)|开票(?:方|单位|主体)|经营者(?:名称)?|运营方)"
    # a colon or a space after the label: "收款单位开具发票" (or 营业执照：信用代码…) names no one
    r"(?:\s*[:：]\s*|\s+)"
    r"(?!户名|收款|开户|账户|对公|(?:统一)?(?:社会)?信用代码|注册号)(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z（）()·]{1,39})"
)
_WARNING = re.compile(r"骗子|诈骗|举报|投诉|警惕|谨防|小心|当心|提醒(?:一下|大家)|假冒|冒充|曝光|黑名单|骗局|不法|冒用|提防|"
                      r"别信|不要信|勿信|有人(?:用|冒|以|假借|打着)|自称|陌生(?:号码|电话|来电)")
# said of the number right after it: "139… 系冒充人员", "…不是我们的电话，警惕冒名诈骗", its owner
# took the money and vanished ("…的号，交了钱就拉黑了"), or it cold-called ("…打给我说包过")
_NOT_OURS = re.compile(r"[均都]?(?:非|不是)(?:本[人校司店机]|我\S?[建开的])|勿轻信|不要轻信|别轻信|"
                       r"非商家|不是商家|非卖家|仅限站务")  # (a platform's own line: 仅限站务,非商家)
# who a warning after a number is about when it is not that number: everyone else
_THE_OTHERS = re.compile(r"其他|其它|别的|除此|以外|之外")
_OWN_COMPLAINT_LINE = re.compile(r"投诉\S{0,3}[:：]")  # a seller's 投诉建议：, no warning
_DISOWNED = re.compile(r"冒充|假冒|冒名|冒用|骗子|诈骗|请勿相信|别信|勿信|不要信|被骗|上当|已报警|拉黑|跑路|跑了|"
                       r"失联|联系不上|不退[钱款费]|不是我们|并非我们|[与和跟同]\s*(?:本|我)\S{0,4}无关|"
                       r"(?:打|来电)(?:电话)?给我|给我打|打来|(?:联系|加)我说")
# a third party's number the ad passes on: "证书核验请致电评价机构 010-…", "人社局电话"
# (buyers are sent to the assessing organisation or the bureau to verify: docs/domain.md
# §2.3, §3.5; the bureau may be named bare before its number: 补贴政策可问人社 0771-…)
THIRD_PARTY = re.compile(
    r"核验|查证|验证|评价机构|评价中心|鉴定中心|认定中心|认定机构|鉴定机构|人社[局部厅]|社保局|人力资源和社会保障|"
    r"人社\s*(?:电话|热线|窗口)?\s*[:：]?\s*$|"
    # the exam venue or the assessing body, however named: 考点咨询, 考务电话, 认定服务站,
    # 技能评价服务中心, 评价合作机构 (its number and code are quoted by every seller near it)
    r"考点|考务|考场|考试中心|(?:评价|鉴定|认定|考核)\S{0,4}(?:中心|机构|站|所)|"
    # a group open to all, pasted by every seller (公共备考群 681 553 220, 公益资料群)
    r"公[共益]\S{0,4}群|"
    r"(?:技能人才|评价管理|鉴定指导|人才交流|就业)\S{0,8}(?:中心|局|处|站)|(?:官方|政策|补贴)\S{0,2}咨询|"
    # the building a class is held in: its front desk or property office (大厦前台 0755-…)
    r"(?:大厦|大楼|写字楼|园区|酒店)\S{0,2}(?:前台|物业|总机)|物业(?:服务|管理)?(?:中心|处)")
# the front desk or booking line of the building a class is held in, named after its address
_FRONT_DESK = re.compile(r"(?:前台|场地预约|场地|物业|总机)\s*(?:电话)?\s*[:：]?\s*$")
_ADDRESS = re.compile(r"地点|地址|[A-Za-z\d一二三四五六七八九十]\s*[座栋楼层]|大厦|大楼|园区")
_OFFICIAL_ACCOUNT = re.compile(r"人社|人力资源|社保|政务|政府|发布|12333|技能人才|职业技能鉴定|就业")
# where the assessment takes place, named before the number: the venue's, not the seller's
# (in its own clause: 考试在线完成，需要的站内信 is taken online, at no venue)
# (the number right after the venue, or its desk's: 考点…学校（前台 0768-…）)
_VENUE_NUMBER = r"\s*[（(]?\s*(?:咨询|电话|热线|前台|总机|办公室)?\s*(?:电话)?\s*[:：]?\s*$"
_ASSESSED_AT = re.compile(r"(?:考核|考试|认定|鉴定)地点|考[点场]\s*(?:[:：]|是|在|设在|为)(?!.*(?:报名|发送|发至|联系|咨询))|(?:实操|理论)?考核(?:在|于)|(?:实操|考核|考试)\S{0,4}在(?!线)[^\s,，。;；:：!！?？]{2,20}(?:中心|基地|所|站)|"
                          # (the venue, its number in brackets right after it: 考点泰安市公共实训基地
                          # （咨询 0538-…）, 在…实训基地考试（0538-…）)
                          r"考[点场][^\s,，。;；:：!！?？]{2,20}?(?:中心|基地|学院|学校|所|站)" + _VENUE_NUMBER + "|"
                          r"在[^\s,，。;；:：!！?？]{2,20}?(?:中心|基地|学院|学校|所|站)(?:考试|考核|认定|鉴定)"
                          + _VENUE_NUMBER)
_CODE_LABEL_AT_END = re.compile(r"[(（]?\s*(?:统一社会信用代码|社会信用代码|信用代码)\s*[:：]?\s*$")
# an account paid to an assessing body, not to the seller (考务费缴入市职业技能鉴定服务中心 账号 …)
_PUBLIC_PAYEE = re.compile(r"(?:缴|交|汇|转|打)\S{0,3}(?:市|省|区|县)?\S{0,8}(?:鉴定|评价|认定|考试|考务|人社|社保)"
                           r"\S{0,4}(?:中心|局|站|院)")
# the platform's or the publisher's own line, not the seller's: 平台客服, 本站热线, 广告合作,
# 新闻热线, an exam venue's number (考点电话); read as the site's own (side) wherever it stands
# (and the archive's or board's keeper: 入驻/删帖请联系管理员, 站长, 版主, a forum's 站务QQ群)
_PLATFORM_LABEL = re.compile(r"平台|本站|本网|广告合作|商务合作|媒体合作|新闻热线|投稿|不良信息|防骗热线|"
                             r"考点|考场|考试中心|删帖|入驻|站长|版主|站务")


def platform_line(text: str, start: int) -> bool:
    """The clause before ``start`` labels the number as the platform's or publisher's, or
    the line credits the platform that generated the page (本页面由「…」小程序生成)."""
    label = forms.clause_before(text, start, BEFORE)[-14:]
    platform = _PLATFORM_LABEL.search(label)
    # "商务合作/报名：…": a label that goes on to enrolment is the seller's own
    return bool((platform and not _ENROLMENT_LABEL.search(label, platform.end()))
                or forms.credits_the_platform(text, start))


_ENROLMENT_LABEL = re.compile(r"报名|咨询|招生|课程")
_NUMBER_LABEL = re.compile(
    r"(?:订单|单|证书|准考证|报名|序|课程|流水|身份证|学|工|批次|文|登记|档案|考生|编)\s*(?:编)?号"
    r"|(?:鉴定|认定|考试|考核|开班|报名)批次|批次\s*[:：]?\s*$"  # (团购批次 19920251103)
    r"|(?:课程|商品|类目|产品|项目|活动|邀请|优惠|推荐)\s*(?:代码|编码|码)"
    # (a marketplace's ids: 课程ID：15800321776, 商品ID, 订单ID)
    r"|(?:课程|商品|订单|店铺|产品|项目|活动|用户|会员|视频|作品)\s*[Ii][Dd]"
    r"|编号|序列号|证号"
)
# a WeChat id written with its mobile after a dash (vx: hbrc8899-17603175526): two contacts
_WECHAT_THEN_PHONE = re.compile(r"(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19}?)-(?P<phone>1[3-9]\d{9})")
_QQ_MAIL = re.compile(r"(?P<id>\d{5,11})@(?:vip\.)?qq\.com")
_MAIL_BEFORE = re.compile(r"[@#＃]\s*$|[(（\[【]\s*at\s*[)）\]】]\s*$|\sat\s$", re.I)
BEFORE, AFTER = 30, 20  # evidence: characters kept around a mention


def _evidence(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - BEFORE):end + AFTER].split())


# the contact just before, in a list of them: "…手机号 170 9582 3641、微信号 " (a warning
# that names a scammer's phone and WeChat names both, however far the second is from it)
_LISTED_AFTER = re.compile(r"(?:\d[\d -]{3,}\d|[-_A-Za-z0-9]{5,})\s*(?:、|/|和|及|或|以及)\s*[\u4e00-\u9fffA-Za-z]{0,4}"
                           r"\s*[:：]?\s*$")


def _warned_in_list(text: str, start: int, depth: int = 2) -> bool:
    """The contact at ``start`` follows another in a list, and the words before that one
    warn (up to ``depth`` contacts back)."""
    listed = _LISTED_AFTER.search(text, max(0, start - 30), start)
    if listed is None or depth == 0:
        return False
    before = forms.sentence_before(text, listed.start(), BEFORE)
    return bool(_WARNING.search(_OWN_COMPLAINT_LINE.sub("", before))) or _warned_in_list(
        text, listed.start(), depth - 1)


def not_a_contact(text: str, start: int, end: int | None = None) -> bool:
    """The number at ``start`` is quoted in a warning (the words before it in its sentence
    warn, or the words right after it disown it), or labelled as an order, course or
    certificate number (the words just before it say so)."""
    label = text[max(0, start - 10):start]
    if (_NUMBER_LABEL.search(label) or forms.about_a_number_label(text, start)
            or forms.web_vendor_credit(text, start) or forms.ordinal(text, start, end)
            or forms.beside_the_hotline(text, start) or forms.newsroom_line(text, start)):
        return True
    # inside a generator's credit ("表单由 微搭云 wedayun.cn 提供技术支持"): the generator's
    if any(m.start() <= start < m.end() for m in forms.PLATFORM_CREDIT.finditer(text)):
        return True
    before = forms.sentence_before(text, start, BEFORE)
    if _WARNING.search(_OWN_COMPLAINT_LINE.sub("", before)):
        return True
    if _warned_in_list(text, start):
        return True
    # the body named right before the number (its code's label aside): "合作评价机构：南粤…
    # 评价中心（统一社会信用代码 5244…）" is the assessing body's code, not the seller's
    if THIRD_PARTY.search(_CODE_LABEL_AT_END.sub("", forms.clause_before(text, start, BEFORE))[-12:]):
        return True
    if _FRONT_DESK.search(text, max(0, start - 8), start) and _ADDRESS.search(before):
        return True  # the building's desk: "上课地点：…B座 7楼（前台 027-…）"
    if _ASSESSED_AT.search(before):
        return True  # "考核地点：沈阳市职业技能鉴定实训基地（咨询 024-…）": the venue's (not "考点在…，报名材料请发送至 …")
    # (up to a warning of its own: "官网 … ⚠️提醒：有人冒充我们…" disowns what follows it)
    after = re.split(r"[。！？!?；;\n⚠]|提醒|注意|温馨提示", text[end:end + 25])[0] if end is not None else ""
    if COMMENT_SPAM.search(before):
        return True
    if BUYER_ASKS.search(after) or BUYER_ASKS.search(before):
        return True  # the asker's own: "本人QQ … 有资料的发我", "求推荐，加我…"
    # in the number's own clause: "（如 171…）均非本人", "（如171…）请勿轻信"
    clause = re.split(r"[,，、]", after)[0]
    disowned = _DISOWNED.search(after)
    # (unless it disowns the others: "认准李老师 微信 …，其他人私聊都是骗子")
    if disowned and _THE_OTHERS.search(after, 0, disowned.start()):
        disowned = None
    return bool(disowned or _NOT_OURS.search(clause))


def _also_wechat(text: str, start: int, end: int) -> bool:
    """The mobile at ``start:end`` is also the WeChat id: said right after it (微信同号,
    同微) or in the label before it (电话/微信：)."""
    after, before = text[end:end + 8], text[max(0, start - 12):start]
    return bool(forms.SAME_AS_PHONE.search(after) or forms.SAME_AS_PHONE.search(before)
                or forms.SAME_AS_PHONE_LABEL.search(before))


def _without_country_code(text: str) -> str:
    """``+86 138…`` as `` 138…``, ``+86 21 6123 4567`` as `` 021 6123 4567`` (the area code
    gets its leading 0 back)."""
    def repl(m: re.Match[str]) -> str:
        rest = text[m.end():m.end() + 1]
        return " 0" if rest.isdigit() and rest in "23456789" else " "
    return forms.COUNTRY_WITHOUT_PLUS.sub(" ", _PREFIX.sub(repl, text))


def _mentions_in(text: str, place: str, screened: bool = True) -> Iterable[ContactMention]:
    """The identifiers ``text`` names; ``screened=False`` keeps the ones a warning or a label
    says are not a seller's contact too (what a page's own footer names, whatever it says)."""
    norm = _without_country_code(forms.plain_separators(normalize(text)))
    taken: list[tuple[int, int]] = []

    def add(kind: str, raw: str, start: int, end: int) -> ContactMention | None:
        value = contacts.normalize(kind, raw)
        if value in (None, contacts.EXAMPLE_PHONE) or (screened and not_a_contact(norm, start, end)):
            return None
        taken.append((start, end))
        return ContactMention(kind, value, _evidence(norm, start, end),
                              "side" if platform_line(norm, start) else place)

    found: list[ContactMention | None] = []
    for m in _QQ.finditer(norm):
        kind = "qq_group" if "群" in m.group(0) else "qq"
        found.append(add(kind, m.group("id"), m.start("id"), m.end("id")))
        taken.append((m.start("id"), m.end("id")))
    for pattern, kind in ((_QQ_GROUP, "qq_group"), (_QQ_MORE, "qq")):
        for m in pattern.finditer(norm):
            if not any(a <= m.start("id") < b for a, b in taken):
                found.append(add(kind, re.sub(r"[- ]", "", m.group("id")), m.start("id"),
                                 m.end("id")))
    sites = [(m.group("host"), m.start(), m.end()) for m in SITE_IN_TEXT.finditer(norm)]
    sites += [(f"{m.group('name')}.{re.sub(r'[^a-z]+', '.', m.group('tld'))}", m.start(), m.end())
              for m in forms.SPELLED_SITE.finditer(norm)]
    for host, start, end in sites:
        if _MAIL_BEFORE.search(norm[max(0, start - 4):start]):
            continue  # an e-mail's domain (…@site.cn, …#site.cn, …(at)site.cn)
        domain = registrable_domain(host.lower())
        if forms.hosted_form(norm, start, end):
            continue  # a form on a form tool's site (填表：tianbiaoxia.cn/f/bg0318（填表侠）)
        if domain and domain not in _NOT_A_SELLERS_DOMAIN and not official_host(host):
            found.append(add("domain", domain, start, end))
    for m in _WECHAT.finditer(norm):
        joined = _WECHAT_THEN_PHONE.fullmatch(m.group("id"))
        if joined:  # (vx: hbrc8899-17603175526: the id, then the mobile it goes with)
            at = m.start("id") + joined.start("phone")
            found.append(add("wechat", joined.group("id"), m.start("id"), at - 1))
            found.append(add("phone", joined.group("phone"), at, m.end("id")))
        else:
            found.append(add("wechat", m.group("id"), m.start("id"), m.end("id")))
    emails = [(m.group(0), m.start(), m.end()) for m in _EMAIL.finditer(norm)]
    emails += [(f"{m.group('user')}@{forms.email_domain(m.group('domain'))}", m.start(), m.end())
               for m in forms.OBFUSCATED_EMAIL.finditer(norm)]
    for address, start, end in emails:
        if not official_host(address.rpartition("@")[2]):
            mention = add("email", address, start, end)
            found.append(mention)
            qq = _QQ_MAIL.fullmatch(address.lower())
            if mention is not None and qq and contacts.normalize_qq(qq.group("id")):
                # a QQ mail's name is the QQ number (1834226590@qq.com is QQ 1834226590)
                found.append(ContactMention("qq", qq.group("id"), mention.evidence, mention.place))
            domain = registrable_domain(address.rsplit("@", 1)[1].lower())
            if (domain and domain not in _WEBMAIL and not contacts.reserved_domain(domain)
                    and (mention is not None or place == "side")):
                # a company's own mail domain is its site (zhaosheng@yckn-skill.cn); in a
                # footer even a complaint address (侵权投诉 jubao@…) names the site's own
                found.append(ContactMention("domain", domain, _evidence(norm, start, end),
                                            "side" if mention is None else mention.place))
    for m in _USCC.finditer(norm):
        found.append(add("uscc", m.group(0), m.start(), m.end()))
    for m in _USCC_LABELLED.finditer(norm):
        code = m.group("code").replace(" ", "")[:18]
        if not any(a <= m.start("code") < b for a, b in taken):
            found.append(add("uscc", code, m.start("code"), m.end("code")))
    for m in _GROUP_SPACED.finditer(norm):
        if not any(a <= m.start("id") < b for a, b in taken):
            found.append(add("qq_group", re.sub(r"[- ]", "", m.group("id")), m.start("id"),
                             m.end("id")))
    for m in _WECHAT_SPACED.finditer(norm):
        found.append(add("wechat", m.group("id"), m.start("id"), m.end("id")))
    for pattern in (_WECHAT_HEART, *forms.WECHAT_FORMS):
        for m in pattern.finditer(norm):
            found.append(add("wechat", m.group("id"), m.start("id"), m.end("id")))
    for m in [*forms.QQ_BARE_LETTER.finditer(norm), *forms.QQ_PENGUIN.finditer(norm)]:
        if not any(a <= m.start("id") < b for a, b in taken):
            found.append(add("qq", re.sub(r"[-\s]", "", m.group("id")), m.start("id"),
                             m.end("id")))
    for m in _ACCOUNT.finditer(norm):
        # 陈美玲（个人）, …（对公）, a bracket the sentence opened before the name
        name = forms.account_name_cut(m.group("name"))
        if not _BANK.search(name):  # a bank is where the account is, not whose
            found.append(add("other", name, m.start("name"), m.end("name")))
    for m in forms.SOCIAL_ACCOUNT.finditer(norm):
        platform = "抖音" if m.group("platform").lower() == "dy" else m.group("platform")
        found.append(add("other", f"{platform}:{m.group('id').lower()}", m.start("id"),
                         m.end("id")))
    for m in forms.SOCIAL_ACCOUNT_NAMED.finditer(norm):
        group = "id" if m.group("id") else "name"
        name = m.group(group)
        # (a public body's account quoted for checking a certificate is no seller's)
        if not any(a <= m.start(group) < b for a, b in taken) and not THIRD_PARTY.search(name) \
                and not _OFFICIAL_ACCOUNT.search(name):
            found.append(add("other", f"{m.group('platform')}:{name.lower()}", m.start(group),
                             m.end(group)))
    for m in forms.SHOP_NAME.finditer(norm):
        found.append(add("other", f"shop:{m.group('platform')}:{m.group('name')}", m.start("name"),
                         m.end("name")))
    for m in forms.SHOP_ID.finditer(norm):
        found.append(add("other", f"shop:{m.group('id').lower()}", m.start("id"), m.end("id")))
    for m in contacts.ICP_NUMBER.finditer(norm):  # a site's filing: its business's number
        found.append(add("other", "icp:" + m.group(0), m.start(), m.end()))
    for m in _BANK_NUMBER.finditer(norm):
        digits = re.sub(r"[ -]", "", m.group("id"))
        if 12 <= len(digits) <= 25 and not _PUBLIC_PAYEE.search(
                forms.clause_before(norm, m.start(), BEFORE)):
            found.append(add("other", digits, m.start("id"), m.end("id")))
    for pattern in (_MOBILE, _SERVICE, _LANDLINE, _GROUPED_LANDLINE, forms.DIGIT_RUN):
        # numbers already read are blanked: "177-0231-5586　023-6879 2214" holds two phones,
        # and the second does not follow a stray digit group
        masked = "".join("#" if any(a <= i < b for a, b in taken) else c
                         for i, c in enumerate(norm)) if taken else norm
        for m in pattern.finditer(masked):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            mention = add("phone", m.group(0), m.start(), m.end())
            found.append(mention)
            if mention is not None and mention.value.startswith("+861") and \
                    _also_wechat(norm, m.start(), m.end()):
                found.append(ContactMention("wechat", mention.value.removeprefix("+86"),
                                            mention.evidence, place))
    mentions = [m for m in found if m is not None]
    phones = {m.value for m in mentions if m.kind == "phone"}
    for mention in list(mentions):  # a mobile given as the WeChat id is still the mobile
        if mention.kind == "wechat" and mention.value.isdigit() and \
                "+86" + mention.value not in phones:
            mentions.append(ContactMention("phone", "+86" + mention.value, mention.evidence, place))
            phones.add("+86" + mention.value)
    yield from mentions


# a link in the main text that invites the reader to the seller's own site (点这里看报名须知,
# 机构官网); one to check a certificate, report, share or download leads elsewhere
_INVITING_ANCHOR = re.compile(r"报名|咨询|须知|简章|详情|了解|点这里|点击|官网|主页|课程|招生|预约|"
                              r"试听|more|details|enrol|apply", re.I)
_ELSEWHERE_ANCHOR = re.compile(r"查询|核验|查验|举报|投诉|备案|ICP|人社|政府|分享|下载|\bapps?\b", re.I)


def outbound_site(href: str, anchor: str) -> ContactMention | None:
    """The seller's own site a main-text link invites to, as a ``domain`` mention (place
    ``link``); None for other links, public bodies' sites and mail providers."""
    if not (is_http_url(href) and _INVITING_ANCHOR.search(anchor)) or \
            _ELSEWHERE_ANCHOR.search(anchor):
        return None
    host = hostname(href)
    domain = registrable_domain(host) if host != "localhost" and not is_ip(host) else ""
    if not domain or domain in _NOT_A_SELLERS_DOMAIN or official_host(host):
        return None
    return ContactMention("domain", domain, f"{anchor} <{href}>", "link")


# the kinds a reader can use to reach a seller (a domain, a licence or a payee is no way in)
REACHABLE = frozenset({"phone", "wechat", "qq", "qq_group", "email"})
SOCIAL_PREFIXES = tuple(f"account:{p}:" for p in ("抖音", "快手", "小红书", "视频号", "B站", "微博", "直播"))


@lru_cache(maxsize=4096)
def names_a_contact(text: str) -> bool:
    """Does ``text`` give the reader a way to reach its writer (a phone, WeChat, QQ, QQ
    group or e-mail that no warning, label or third party disowns)? The offer window of
    a thread or a note (one post that sells) is read with it."""
    return any(reaches(m) and m.place == "main" for m in _mentions_in(text, "main"))


def reaches(mention: ContactMention) -> bool:
    """A way to reach the writer: a phone, WeChat, QQ, QQ group, e-mail, or a short-video or
    social account (抖音号 …) where buyers are sent to message the seller."""
    return mention.kind in REACHABLE or (mention.kind == "other"
                                         and mention.value.startswith(SOCIAL_PREFIXES))


def find_identifiers(main: Sequence[str], side: Sequence[str] = (),
                     links: Iterable[tuple[str, str]] = (),
                     main_links: Iterable[tuple[str, str]] = ()) -> list[ContactMention]:
    """The page's contact identifiers, one mention per (kind, value). An identifier the
    page's own header, footer or sidebar names (© jnbao.com.cn, 平台客服热线…) is the site's
    own: ``side`` however the main text (an unmarked top bar) names it too, whatever the
    footer says (…请立即举报，客服热线), unless the main text gives it for enrolment."""
    seen: dict[tuple[str, str], ContactMention] = {}
    sites_own = {(m.kind, m.value) for text in side for m in _mentions_in(text, "side", False)}
    for place, texts in (("main", main), ("side", side)):
        for text in forms.with_cut_numbers(forms.with_copy_buttons(texts)):
            for mention in _mentions_in(text, place):
                key = (mention.kind, mention.value)
                if place == "main" and key in sites_own and not forms.enrols_by(key[0], text):
                    mention = ContactMention(mention.kind, mention.value, mention.evidence, "side")
                if key not in seen or seen[key].place == "side":
                    seen[key] = mention
    for href, anchor in links:
        chat = forms.QQ_CHAT_LINK.search(href)
        if chat:
            seen.setdefault(("qq", chat.group("id")), ContactMention(
                "qq", chat.group("id"), f"{anchor} <{href}>".strip(), "link"))
            continue
        lowered = href.strip().lower()
        kind = "phone" if lowered.startswith("tel:") else (
            "email" if lowered.startswith("mailto:") else None)
        if kind is None:
            continue
        value = contacts.normalize(kind, href.strip()[len("tel:" if kind == "phone" else
                                                          "mailto:"):])
        if value is None or (kind == "email" and official_host(value.rpartition("@")[2])):
            continue
        seen.setdefault((kind, value), ContactMention(kind, value, f"{anchor} <{href}>".strip(),
                                                      "link"))
    for href, anchor in main_links:
        site = outbound_site(href, anchor)
        if site is not None:
            seen.setdefault((site.kind, site.value), site)
    return list(seen.values())
