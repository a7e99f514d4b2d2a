"""Does a post invite the reader to reach its writer or to enrol? The lines that say so.

A post sells when its writer invites the reader to reach them (想咨询直接打…, 有意向+vx…,
需要的私我), or announces an open class beside a contact (12月四级班开始报名 / 报名联系班主任…),
priced or not, or says no more than the certificate and a contact (``terse_window``).
``invitation_window`` gives those lines to the page-type rules
(``crawler.extract.page_type.embedded_offer``); ``labelled_ad`` tells an advertorial its
publisher labels as one. Pure functions over a page's main lines.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import islice

from crawler.extract.identifiers import find_identifiers, names_a_contact, reaches
from crawler.extract.offer import (
    AI_CERT_SHORTHAND,
    COURSE_WORDS,
    JOB,
    OCCUPATION,
    OTHER_OCCUPATION,
    asks,
    block_sells,
    work_certified,
)
from crawler.extract.text import normalize

# the writer invites the reader to reach them (想咨询直接打…, 有意向+vx…, 需要的私我,
# 不放心可以先来试听, 报名的加助理微信…, 想进群的宝子 v:…, 新同学可加微…, 我这边可以帮你走
# 报名流程): in a thread, a note or a classifieds post, with the contact on that line or the
# next, the post sells even when it names neither a price nor "我们" (a company's name,
# 博睿教育咨询有限公司, invites nobody)
_INVITATION = re.compile(r"咨询(?!\S{0,2}(?:有限|公司|中心))|详询|有意向|有需要|需要的|想[报考学拿][^。！？!?]{0,6}?(?:的|可以|找|加|私)|"
                         r"想了解|感兴趣|私信我|私我|私聊|加我|找我|联系我|问我|试听|欢迎[来加报咨]|了解详情|"
                         r"可以?加|加(?:助理|老师|班主任|客服)|报名(?:的|请|就|直接)?\s*(?:加|找|联系|进群|私|扫)|"
                         r"进群|备注|帮你(?:报|走|办|拿|安排|做)|的话打|未报名的|新同学|"
                         # 加 and the id or the app (加 RSJN_FW01, 加微信 …)
                         r"加\s*(?:微信|vx|VX|薇|威)|加\s+[A-Za-z][A-Za-z0-9_-]{4,}|"
                         # or to write, call or talk it over (想要计划表的可以邮件…或打…, 私信或者直接
                         # 电话, 我微信 … 详细说, 可以把情况发过来帮你看, 推荐我们知行AI)
                         r"想要\S{0,8}的|(?:直接|或者?|可以)打|直接电话|私信|详细说|详聊|细聊|帮您|帮你看|"
                         r"推荐我们|认准我们|需要\S{0,4}的|"
                         # (想系统学习的同学来电…, 课表索取请发邮件至…)
                         r"直接\s*(?:加|[Vv]|微信|私|联系|找)|加\s*(?:[Qq]{1,2}|扣|企鹅)|有想法|发送(?:邮箱|至)|来电|发邮件至|发邮箱|发到邮箱|索取|把\S{0,6}发(?:到|给|过来)|详情(?:看|见|请)|"
                         # or to reach the class's own staff (a notice to its students: 有问题请
                         # 电话…联系班主任, 加不上的同学联系班主任微信, 助教电话 …)
                         r"联系(?:班主任|助教|教务|顾问)|(?:班主任|助教|顾问)\S{0,3}(?:电话|微信|[Vv]信|QQ|qq)")
# a reader asks how to reach or enrol (怎么联系, 怎么报): the next line's contact answers it
_HOW_TO_BUY = re.compile(r"怎么(?:联系|报|买|加|购买)|如何(?:联系|报名|购买)")
# a page that says it is paid promotion (本文为合作推广内容, 企业供稿, 合作稿件): its contact sells
_ADVERTORIAL = re.compile(r"合作推广|推广内容|企业供稿|合作稿件|广告内容|软文")
# a classifieds post's contact person field (联系人 | 王老师): the post's fields are its seller's
_CONTACT_PERSON = re.compile(r"^\s*联系人\s*[|｜:：]")
# or announces an open class, with the contact within two lines (长期招生，四级、三级小班 /
# 联系电话 …; 12月四级班开始报名，名额30人 / 报名联系班主任 …; 冲刺班本周六开课)
_ENROLMENT = re.compile(r"招生|开始报名|开放报名|火热报名|报名中|正在报名|报名进行|开课|开班|还有名额|"
                        r"名额有限|名额\s*\d|名额剩余|剩余\S{0,3}名额|招募学员|团报|报名通道|开营|"
                        r"报名\S{0,2}开启|"
                        # or whom it takes and what it promises and charges (都可以报, 21天拿证,
                        # 打包价更优惠), or a directory's 主营 … 培训
                        r"(?:都|均|也|就)可以?报(?![道告销])|(?:都|均)能[报办考]|(?:全省|全国|全市|各地)可报|\d+\s*天\S{0,2}拿\S{0,10}证|打包价|优惠价|"
                        r"价更优惠|限时优惠|主营[^。！？!?]{0,24}培训|"
                        # (学完推荐就业, 免考直接下证, 代报考位: what it does for the buyer)
                        r"(?:推荐|安排|包)就业|(?:直接|快速|包)下证|快速拿证|免考\S{0,4}下证|代报|代办|考位|"
                        # (证书办理 / 均可办理 / 可加急, 一个月拿证, 零基础也能拿证)
                        r"证书?\S{0,2}办理|(?:可|均可|都可|快速|加急)办理?|可加急|"
                        r"[一两二三四五六七八九十半\d]+\s*个?\s*(?:天|周|月)\S{0,2}拿\S{0,10}证|(?:也|都|就)能拿证|"
                        # or asks to enrol by a date, takes students, spreads the fee (学费可分期)
                        r"完成报名|尽快报名|抓紧报名|招\S{0,6}学员|可分期|分期付|补分|一站式服务|"
                        # or names a class at a level or of a kind (五级报名辅导, 就业班, 周末班)
                        r"(?:[一二三四五1-5]\s*级|初级|中级|高级)[^。！？!?]{0,8}?(?:班|培训|辅导|课程|报名|面授|网课|直播课)|"
                        r"(?:就业|周末|晚|小|实战|冲刺|精品|全程|速成|考证|集训|直通)班")
# lines that only look like one: someone else reached the writer (有人加我微信说…, 客服加我),
# peers who talk or gather (加我交流, not 进交流群 or 学员交流 QQ群; 有一起备考的吗; victims who
# organise, 维权群 被坑的联系我), a writer who says it sells nothing, and a
# public body's own line (…鉴定指导中心提示…咨询电话)
_NOT_INVITED = re.compile(r"有人\S{0,3}(?:加我|找我|联系我)|[让叫要]我\S{0,2}加|(?:他|她|对方|客服|机构|骗子)\S{0,4}(?:加我|找我|联系我)|"
                          r"交流(?![^，。,;；]{0,6}群)|不卖|不是(?:机构|卖课|培训机构)|不收费|(?:有|有没有|有人|找人)一起|"
                          r"维权|被(?:坑|骗)的?\S{0,2}(?:联系|加|找)我")
# a public body's or an exam venue's own line (…人社局提示…咨询电话, 考点是…鉴定所，电话…，可以
# 打电话问; not a seller's 包报名审核和考务)
_NOT_THE_WRITERS = re.compile(r"人社[局部厅]|社保局|人力资源和社会保障|鉴定指导|政府|政务|12333|"
                              r"考点|考场|考试中心|(?:评价|鉴定|认定|考核)\S{0,4}(?:中心|机构|站|所)")
# a site's labels and buttons, on every page of it: 咨询热线：…, 联系我们, 在线咨询
_CONTACT_LABELS = re.compile(r"(?:咨询|报名|服务|客服|招生|全国统一)\S{0,2}(?:热线|电话|专线)|在线咨询|^\s*联系我们\s*$|联系方式")


def invites(line: str) -> bool:
    """Does ``line`` invite the reader to reach its writer (咨询…, 有意向加…, 需要的私我)?
    A site's contact labels do not: they stand on its home, form and query pages alike."""
    return _invites(normalize(line))


# a teaser's question that opens a line (or a caption's 简介：) and is answered by the contact
# right after it, on its line or the next (想系统学习人工智能训练师？/ 微信 …, 想考证？加V …):
# the writer asks what the reader wants and says whom to reach (not a reader's 我想考三级？)
_TEASER = re.compile(r"^(?:[^\s:：]{1,4}[:：])?\s*想\S{0,4}?[报考学拿要][^。！!？?]{0,24}[?？]\s*"
                     r"(?:$|加|私|微信|[Vv]|电话|联系|咨询|详询|[Qq]|扣)")


def _invites(norm: str) -> bool:
    text = _CONTACT_LABELS.sub(" ", norm).strip()
    return bool(_TEASER.search(text)) or bool(
        _INVITATION.search(text) and not _NOT_INVITED.search(text)
        and not _NOT_THE_WRITERS.search(text)
        and not asks(text))  # (a question: 考点安排向谁咨询？)


ENROLMENT_LINE = 6  # characters (not marks): shorter is a menu item or a heading (◆ 招生信息)
_WORD = re.compile(r"\w")
MENU_BARS = 3  # a line cut this many times by bars is a menu
SHORT_POST = 12  # lines: a post this short is one block (its contact may stand anywhere below)
# a classifieds post's field label on a line of its own (类别, 区域, 联系人, 电话, QQ)
_FIELD_LABEL = re.compile(r"^\s*(?:类别|分类|类目|区域|地区|所在地|联系人|联系电话|电话|手机|微信|QQ|qq|邮箱|地址|"
                          r"价格|费用|学费|时间|日期|发布时间|有效期|浏览|标题|描述|详情)\s*[:：]?\s*$")
JOB_WORDS = 2  # distinct job words (招聘, 薪资, 简历 …) that make a short post a job post
# what a buyer's story or a school's news says of a class: not an open one (a course's 结业推荐
# 参加认定 or 结业证书 tells what it gives)
_TOLD_AFTER = re.compile(r"一家|那家|交了|(?<![正适恰相])当时|结业(?!后|证|推荐|考)|毕业(?!后)|顺利|圆满")
# or a warning (报名避坑, 不要相信包过, 谨防): it names enrolment to warn of it
_WARNS = re.compile(r"避坑|谨防|当心|小心|别信|不要(?:相信|信)|骗")
# enrolment for the occupation named on the line (not 我报名的…考试, not its 报名条件), or a
# school's line of what it teaches (人工智能训练师、电子商务师等职业技能培训, 四级三级都有, 均可)
# (not a guide to it, 报名指南 / 报名须知, nor an employer's 入职后培训 / 岗前培训)
_ENROLS_FOR_IT = re.compile(r"(?<![我你他她已])(?<!入职后)(?<!岗前)(?:报名|培训|辅导|招生)"
                            r"(?!条件|时间|流程|要求|方式|乱象|指南|须知|机构[?？])"
                            r"|都有|均可")


def announces_enrolment(line: str) -> bool:
    """Does ``line`` announce an open class (招生, 开始报名, 开课, 还有名额), or enrolment
    for the occupation (人工智能训练师报名，四级三级都有; not its 报名条件)?"""
    return _announces_enrolment(normalize(line))


def _announces_enrolment(text: str) -> bool:
    if len(re.findall(r"[|｜]", text)) >= MENU_BARS:
        return False  # a site's menu: 人工智能训练师 | 高级技师速成 | 报名通知 | 证书查询
    if _TOLD_AFTER.search(text) or _WARNS.search(text):
        return False  # a story, a report or a warning: 看到一家…交了…; 首期…培训班顺利结业; 报名避坑
    named = OCCUPATION.search(text) and _ENROLS_FOR_IT.search(text)
    return bool((_ENROLMENT.search(text) or named) and not _NOT_INVITED.search(text))


def without_links(line: str, link_texts: Collection[str]) -> str:
    """``line`` without the links in it that announce: a home page's notice list
    (·2025年秋季…培训班招生简章 new) points to announcements made on other pages (a tag
    link, 人工智能训练师, stays: it announces nothing by itself)."""
    for text in sorted(link_texts, key=len, reverse=True):  # (a longer text holds a shorter)
        if len(text) >= ENROLMENT_LINE and text in line and _announces_enrolment(normalize(text)):
            line = line.replace(text, " ")
    return line


def invitation_window(sentences: list[str], link_texts: Collection[str] = (),
                      others: Collection[int] = ()) -> list[str]:
    """An invitation to reach the writer and the line that names the contact (the same or
    the next), or an open class announced with the contact on its line or the next two
    (anywhere in a short post: a classifieds post, a group notice, a video's caption);
    empty when there is none. ``link_texts``: the texts of the main text's links, which
    announce nothing on this page; ``others``: lines a commenter wrote, whose contact is
    not the post's writer's (a reader's 怎么联系 may still ask what the author answers)."""
    contact_at = {i for i, s in enumerate(sentences) if i not in others and names_a_contact(s)}
    if not contact_at:
        return []
    norms = [normalize(s) for s in sentences]  # (each line normalized once)
    fields = any(_CONTACT_PERSON.search(s) for s in sentences)

    def the_writers(j: int, i: int) -> bool:  # (the next line's contact may be a public body's)
        return j in contact_at and not (j != i and _NOT_THE_WRITERS.search(sentences[j]))

    for i, norm in enumerate(norms):  # (an invitation anywhere first: the writer's own ask)
        if _ADVERTORIAL.search(norm):
            return [sentences[min(contact_at)], sentences[i]]
        if _HOW_TO_BUY.search(norm) and i + 1 in contact_at:
            return sentences[i:i + 2]
        if _invites(norm):
            for j in (i, i + 1):
                if the_writers(j, i):
                    return sentences[i:j + 1]
    for i, norm in enumerate(norms):
        # (a notice announces, then says whom to reach; a menu's 招生专业 is no notice; a
        # classifieds post's contact fields may come first when its text names the course:
        # 手机 | 177… / 微信 | … / 博睿教育…人工智能训练师四级班每月开课; a question
        # (哪里能报名？) announces nothing)
        own = normalize(without_links(sentences[i], link_texts)) if link_texts else norm
        if (len(_WORD.findall(own)) >= ENROLMENT_LINE and not asks(own)
                and _announces_enrolment(own)):
            reach = 2 if OCCUPATION.search(norm) else 0
            reach = len(sentences) if fields else reach  # (联系人 | … fields above 详细描述)
            ahead = len(sentences) if fields or len(sentences) <= SHORT_POST else i + 3
            near = [j for j in range(max(0, i - reach), min(len(sentences), ahead)) if the_writers(j, i)]
            if near:
                j = min(near, key=lambda k: abs(i - k))
                return sentences[min(i, j):max(i, j) + 1]
    return []


# a text reprinted from nowhere named (本文转载自网络): the contact beside it is the reprinting
# site's, not its writer's (not 转载自公众号「…」 or 本文转载自微信公众号, a seller's own
# account reposted)
_REPRINT = re.compile(r"转载自?(?:网络|互联网)|本文\S{0,2}转载(?!自?(?:微信)?公众号)|转自网络")
# a platform's search results (搜索：AI训练师 over the platform's own 客服热线): no post
_SEARCH = re.compile(r"^\s*(?:搜索|搜索结果|search)\s*[:：]", re.I)


# a site's home page (/, /index.html, or a top folder's on a loopback web): no post, its
# short text a masthead and a menu (a section's /news/index.html too: a list, no post either)
_HOME = re.compile(r"^/(?:[^/]+/)?(?:index\.html?|default\.aspx?)?$")
# a contact given only as a link: 一键拨号：<a href="tel:131…">, 写信 <a href="mailto:…">
_CONTACT_HREF = re.compile(r"^\s*(?:tel|mailto|sms):", re.I)


# what stands between two certificates sold together: 、 or + (a level or 证 before it)
_LISTED = re.compile(r"[^，,。？?！!和与及跟比]{0,6}[、+＋/]\s*")


def _about_another(line: str) -> bool:
    """The line is about another occupation: it names one, unless it lists the AI trainer
    first and the other after it (承接人工智能训练师、生成式人工智能系统应用员等证书报考, AI训练师
    +AIGC双证 sell both; 健康管理师三级精品班，比人工智能训练师好考 sells the other, and 人工智能
    训练师和…有啥区别 compares)."""
    other = OTHER_OCCUPATION.search(line)
    ours = OCCUPATION.search(line)
    listed = bool(ours and other and ours.end() <= other.start()
                  and _LISTED.fullmatch(line[ours.end():other.start()]))
    return bool(other and not listed)


def terse_window(sentences: list[str], others: Collection[int] = (), host: str | None = None,
                 title: str = "", path: str = "", links: Sequence[tuple[str, str]] = ()
                 ) -> list[str]:
    """A terse post: on a classifieds site, under a question, in a video's caption, a group
    notice or a profile's bio, a seller says no more than the certificate and a way to reach
    them (人工智能训练师三级周末班 / 了解更多 … ; 可以直接报三级 / 邮箱 …). A short post
    (``SHORT_POST`` lines of its writer's) is about the one thing it names: naming the
    occupation (in its lines or its ``title``) with its writer's contact, it sells; unless a
    line of it reports, warns or retells (``block_sells``), tells a story (结业, 交了), hires
    (``JOB_WORDS`` job words), is reprinted, lists a search's results or is about another
    occupation. The lines from the naming to the nearest contact; empty when the post is
    not one. ``host``: the site's name (from its title), whose own line (华鑫门业 —— 防盗门 ·
    服务热线 …) is a parasite host's, not the post's, unless it names the course. ``path``:
    the page's (a site's home page is no post); ``links``: the post's own (href, text), whose
    tel: and mailto: links are contacts too."""
    if path and _HOME.match(path):
        return []
    host = re.sub(r"(?:有限)?公司$", "", host) if host else None
    own = [s for i, s in enumerate(sentences) if i not in others]
    own += [f"{text} {href}" for href, text in links if _CONTACT_HREF.match(href)]
    # (a classifieds post's field labels, 联系人 / 电话 / QQ on lines of their own, are no lines
    # of its writer's)
    if not own or sum(not _FIELD_LABEL.match(s) for s in own) > SHORT_POST or not block_sells(own):
        return []
    norms = [normalize(s) for s in own]
    # (one job word is no job post: a lure's 月薪3千到过万, a seller's 发送简历 to check the
    # requirements)
    if ((len({m.group(0) for n in norms for m in JOB.finditer(n)}) >= JOB_WORDS
         and not enrols_learners(norms))
            or any(_about_another(n) or _REPRINT.search(n)
                   or _TOLD_AFTER.search(n) or _SEARCH.match(n) for n in norms)):
        return []
    # (a caption's title may be all that names it: 人工智能训练师三证同发 - 快看短视频; or a
    # line may name its work with a certificate: 在家做AI数据标注，…先考证再上岗)
    named = [i for i, n in enumerate(norms) if OCCUPATION.search(n) or work_certified([n])]
    # (or its title names the certificate's shorthand that its lines sell: 不用考试也能拿AI证？
    # … 免培训直接拿证)
    heading = normalize(title)
    named += [-1] if (OCCUPATION.search(heading) or work_certified([heading]) or (
        AI_CERT_SHORTHAND.search(heading) and work_certified([heading, *norms]))) else []
    contacts = [j for j, n in enumerate(norms)
                # (a public body's or a venue's number is no contact of the writer's: see
                # names_a_contact; a seller's 带你看考场 is still the seller's)
                if not asks(n)
                and not _NOT_INVITED.search(n) and names_a_contact(own[j])
                and not (host and n.lstrip().startswith(host) and not COURSE_WORDS.search(n))]
    pairs = [(abs(i - j), i, j) for i in named for j in contacts]
    if not pairs:
        return []
    _, i, j = min(pairs)
    return own[max(0, min(i, j)):max(i, j) + 1]


# a post that enrols learners or charges them for training (学员招募, 报名我司培训, 先交3980元
# 培训考证费): a job post that does is a 招转培 lure selling its course (docs/domain.md §3.3:
# 零基础 and 包过 tied to jobs), not a hiring; so does one that charges tuition (学费可分期) or
# arranges the certificate's exam for the applicant (公司代报名, 培训后协助报考)
_ENROLS = re.compile(r"学员招募|招募\S{0,20}学员|招收学员|招生|报名\S{0,4}培训|(?:培训|考证|取证)\S{0,2}费|包拿证|"
                     r"学费|代报名|协助(?:报考|报名|考证|取证)|帮(?:你|忙)?(?:报考|报名)")


def enrols_learners(lines: Sequence[str]) -> bool:
    """Does a post enrol learners or charge them for training (``_ENROLS``)?"""
    return any(_ENROLS.search(normalize(line)) for line in lines)


# an advertisement's label, which the law requires (《互联网广告管理办法》 art. 9: an internet
# ad must be identifiable as one, 标明"广告"); news portals label a paid article 【推广】,
# (本文为广告), 2026-03-12 · 推广 or 来源：企业供稿 (a sentence that merely says 广告 is no label)
# (or a writer's disclosure in brackets: （本文含推广）, 【文末有广告】, (内含推广链接))
# (or the category a blog files it under: 发布于 2025-11-21 · 分类：推广; or the paper's own
# word for a paid notice, 【商讯】; or the label closing its byline: 来源：冀中新闻网 （推广）)
_AD_LABEL = re.compile(r"^\s*[【\[（(]\s*(?:推广|广告|赞助|软文|商业信息|商讯|企业商讯)\s*[】\]）)]|"
                       r"[【\[（(]\s*(?:推广|广告|赞助|软文|商业信息|商讯)\s*[】\]）)]\s*$|"
                       r"^\s*[【\[（(]\s*(?:本文|本帖|本篇|文中|文末)?\s*(?:含有?|内含|包含|有|为)\s*"
                       r"(?:推广|广告)\s*(?:信息|内容|链接)?\s*[】\]）)]|^\s*本(?:文|帖|篇)(?:含有?|包含|内含)(?:推广|广告)|"
                       r"^\s*(?:推广|广告)\s*(?:[|｜·:：]|$)|[|｜·]\s*(?:推广|广告)\s*$|"
                       r"来源\s*[:：]\s*企业供稿|本文为广告|"
                       r"(?:分类|类别|栏目|标签)\s*[:：]\s*(?:推广|广告|软文|赞助|商业信息)\s*(?:[|｜·,，]|$)")
_AD_WORDS = re.compile(r"推广|广告|赞助|软文|商业信息|企业供稿|商讯")  # what every label holds


def labelled_ad(sentences: list[str], others: Collection[int] = (), title: str = "") -> bool:
    """An advertorial: a page its publisher labels an advertisement (``_AD_LABEL``, in its
    title or a line of its own) that names the occupation and gives its advertiser's contact.
    Its "记者了解到" and 责任编辑 are the portal's template, not a report; the site it sends
    readers to (感兴趣的读者可登录 … 报名) is a contact too."""
    if not any(_AD_WORDS.search(s) for s in [title, *sentences]):
        return False  # (most pages: nothing to normalize)
    own = [normalize(s) for i, s in enumerate(sentences) if i not in others]
    title_n = normalize(title)
    return (any(_AD_LABEL.search(n) for n in [title_n, *own])
            and any(OCCUPATION.search(n) for n in [title_n, *own])
            and any((reaches(m) or m.kind == "domain") and m.place == "main"
                    for m in find_identifiers([n for n in own if not asks(n)])))


# a classifieds post's category field, filed under education or skills (类别：教育培训 ›
# 职业技能, 区域:南京-建邺 | 类别:教育培训-职业技能, a 类别 line over its value): the board's
# own form around one seller's ad
_EDUCATION_CATEGORY = re.compile(r"(?:类别|分类|类目)\s*(?:[:：|｜>›]|\n)\s*[^\n]{0,14}?"
                                 r"(?:教育|培训|职业技能|技能|考证|证书)")
# a post that asks rather than offers (求职, 求购, 求推荐)
_ASKING_POST = re.compile(r"求职|求购|求助|求推荐|寻\S?(?:机构|老师)")
CLASSIFIED_HEAD = 12  # lines of a post its fields stand in


def classified_ad(sentences: list[str], others: Collection[int] = (), title: str = "") -> bool:
    """A classifieds post filed under education (its category field) that names the
    occupation or its work and gives a way to reach its poster: the board files it as an
    ad for a course, whatever else it reads like."""
    head = [normalize(s) for s in islice((s for i, s in enumerate(sentences) if i not in others),
                                          CLASSIFIED_HEAD)]
    if not _EDUCATION_CATEGORY.search("\n".join(head)) or _ASKING_POST.search(normalize(title)):
        return False  # (most pages: only their first lines normalized)
    own = [normalize(s) for i, s in enumerate(sentences) if i not in others]
    named = any(OCCUPATION.search(n) for n in [normalize(title), *own]) or work_certified(own)
    return named and any(reaches(m) and m.place == "main"
                         for m in find_identifiers([n for n in own if not asks(n)]))
