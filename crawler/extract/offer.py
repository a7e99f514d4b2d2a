"""Is this page an offer of an AI-trainer certificate or course, or only talk about one?

An offer names the occupation (人工智能训练师 4-04-05-05, AI训练师, its work types 数据标注员 /
人工智能算法测试员, English "AI trainer") and sells: enrolment and sales words (报名, 招生, 学费,
立即购买, 加微信, 名额, 开班), prices, contacts. Not offers: news and official notices (记者, 通报,
据…报道, 责任编辑, 发布时间 + 来源), warnings (谨防, 骗局, 山寨证书, 提醒), job postings, SEO-spam
reposts, and pages selling another course that only mentions the occupation (生成式人工智能系统应用员
4-04-05-13, 人工智能工程技术人员: docs/domain.md §1.1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crawler.extract.text import normalize

OCCUPATION = re.compile(
    r"人工智能训练师|AI\s*训练师|人工智能\s*训练\s*师|数据标注员|数据标注师|人工智能算法测试员|"
    r"算法测试员|4-04-05-05|AI\s*trainer|artificial intelligence trainer|ai-trainer|"
    # as ads misname it (人工智能训练员) or shorten it where a level or the certificate
    # follows (训练师四级, 训练师证, 训练师考试, 训练师备考群)
    r"(?:人工智能|AI)\s*训练员|(?:人工智能|AI)\s*训练\s*[(（]?\s*[一二三四五1-5]\s*级|"
    # or its training's certificate, as 1+X ads name it (1+X 人工智能训练 职业技能等级证书,
    # 人工智能训练证书（中级）: docs/domain.md §2.1)
    r"人工智能\s*训练\s*(?:职业技能)?\s*(?:等级)?\s*证|"
    # (a word of its own: after a space, a stop or 的/考/报/有…, not inside a brand such as a
    # spam page's "赢咖4训练师证", nor a fitness or pet trainer)
    r"(?:^|(?<=[\s,.;:!?()（）【】《》“”、，。；：！？|·的考报个有当做拿取期+＋&和及与]))"
    r"训练师\s*(?:[(（]?\s*[一二三四五1-5]\s*级|证|考证|考试|考核|备考|报考|资格|(?:交流|学员|考证|备考)群)",
    re.I,
)
# words of a course or its certificate (the occupation, a level, 班, 培训, 报名 …): a contact
# beside them is the course's (not a door maker's 热销产品…电话 on a parasite page)
COURSE_WORDS = re.compile(OCCUPATION.pattern + r"|[一二三四五1-5]\s*级|技师|班|课|培训|考证|证书|报名|认定|"
                          r"course|class|training|certificat|level|exam", re.I)
# the occupation's own work, named by ads that never name the occupation: its work type
# 数据标注(员) and the chapters of its level-4 assessment (docs/domain.md §1.1, §1.4)
# (its worker too: 标注员, 从标注员到训练师)
OCCUPATION_WORK = re.compile(r"数据标注|数据采集和处理|智能系统运维|标注[员师]")
# or the shorthand social posts and chat groups use for its certificate: AI证, 考AI证, AI考证群,
# AI职训, AI训练营, "人工智能的那个证" (read with a certificate level, like the work above)
# (or with the other certificates sold beside it: AI双证, AI三证)
AI_CERT_SHORTHAND = re.compile(r"AI\s*(?:[双两三]?证|考证|职训|训练营)|人工智能(?:的?那个)?证(?!券)", re.I)
# a certificate level (not a language test's 英语四级 / CET-4)
# (or its name as a title: 高级技师 is 一级, docs/domain.md §1.2)
_LEVEL = re.compile(r"(?<!英语)(?<!CET)(?<!cet)[一二三四五]\s*级(?!\s*(?:英语|运动员|裁判|台风|地震|风))|"
                    r"高级工|中级工|初级工|高级技师")
OTHER_OCCUPATION = re.compile(
    r"生成式人工智能系统应用员|生成式人工智能|4-04-05-13|人工智能工程技术人员|2-02-\d\d-\d\d|AIGC|"
    r"提示词工程师|数据分析师|Python|大数据工程技术人员|人工智能应用工程师|CAIE|云计算|网络安全|"
    r"区块链|健康管理师|心理咨询师|育婴员|保育师|消防设施操作员|人力资源管理师|电工",
    re.I,
)
_STRONG_SALES = re.compile(
    r"立即报名|马上报名|在线报名|报名入口|点击报名|我要报名|立即购买|马上购买|立即抢购|加入购物车|立即咨询|"
    r"免费咨询|在线咨询|预约试听|免费试听|"
    # a course offered free (an employer's 定向班: 免费参加岗前培训, 培训费、认定费全免)
    r"免费(?:参加|参训|培训|学习|报名)|(?:培训费|学费|认定费|考试费)\S{0,6}(?:全免|全部免除|由企业承担)|扫码报名|扫码咨询|扫码添加|扫描二维码|识别二维码|添加微信|加微信|"
    r"加V|加v|加我V|加我v|加我微信|加我vx|加我VX|加我wx|加微|联系V|微信咨询|添加老师|联系老师|咨询老师|报名热线|咨询热线|报名电话|咨询电话|招生简章|招生中|"
    r"火热招生|正在招生|开班|"
    # enrolment open, an early-bird price, a class set up (报名中, 开始报名, 早鸟价, 开设…培训班)
    r"报名中|报名处|报名点|小黄车|下单|评论区扣|扣\s*[\"“”']?1[\"“”']?\s*(?:发|领|获取|私)|(?:开始|开启|火热|正在)报名|报名(?:通道)?(?:已)?开启|早鸟|开设[^,，。;；]{0,20}班|名额有限|仅剩|(?:还有|最后|剩)[^,，。;；!！]{0,6}名额|限时优惠|特惠|特价|秒杀|抢购|优惠价|拼团|团购|学费|报名费|培训费|"
    r"报名即|报名送|欢迎报名|欢迎咨询|随到随学|随报随学|购买课程|课程购买|立即下单|商品编号|选择等级|"
    r"代办|代考|办证|出证|私聊|私信|私我|需要的联系|有需要的|出售|包拿证|"
    # second-hand listings (闲鱼, 转转): a place sold on, haggling, the "I want it" button
    r"转让|转出|(?:价格|费用|学费|收费)\s*[:：|｜]?\s*面议|可小刀|小刀|不包邮|包邮|我想要|"
    r"提交报名|确认报名|预报名|报名通道|报名表|支付定金|交定金|缴纳定金|锁定名额|锁定学位|立即支付|"
    # how to pay (付款方式：对公转账 …): a page that takes money
    r"(?:付款|支付|缴费)方式|对公转账",
)
# English cues apart: a case-insensitive pattern loses the regex engine's literal-prefix scan
# (measured ~10x slower over a page), so the Chinese cues above compile without re.I
_STRONG_SALES_EN = re.compile(r"enrol+ now|buy now|sign up|register now|add to cart", re.I)
_WEAK_SALES = re.compile(
    r"报名|招生|报考|咨询|课程|班级?|培训|优惠|价格|费用|收费|考证|上课|课时|学员|学习|领证|颁发|"
    r"证书|商家|course|certificat|price",
    re.I,
)
_ARTICLE_STRONG = re.compile(
    r"记者|通讯员|责任编辑|原标题|新华社|人民日报|央视|本报讯|本报|日电|日讯|答记者问|警方|立案|查处|涉嫌|"
    # (a news lead and its sources: 本网讯, 市民向本网反映, 工作人员表示, 记者就此咨询了…)
    r"本网讯|本台讯|[向给]本[网报台]\S{0,2}反映|工作人员表示|就此咨询|"
    r"通报|专项治理|提醒广大|据[^,。\n]{0,12}报道|市场监管部门|网信办|依法|行政处罚|被罚|被查|"
    r"楼主|发表于|回复本帖|Powered by Discuz",
)
_ARTICLE_STRONG_EN = re.compile(
    r"staff writer|reporter|correspondent|\bexplainer\b|according to|officials?\b|"
    r"regulators?\b|crackdown",
    re.I,
)
# a classifieds site's own disclaimer (温馨提示：本站只提供信息发布…) speaks for the site that
# publishes other people's posts, not for the seller whose post it frames (a guide's own
# "本站仅提供资讯，不提供报名服务" still says the guide sells nothing)
_SITE_DISCLAIMER = re.compile(r"(?:本站|本网|本平台|平台|网站)\S{0,4}(?:仅|只)提供(?:信息发布|发布信息)")
# the page says it sells no enrolment, training or certificate ("本站仅提供资讯，不提供报名服务",
# "本店只售图书，不提供报名、培训及证书服务"): a guide, a bookshop, a portal, not an offer
_NO_SERVICE = re.compile(
    "|".join(
        f"{neg}{verb}" + r"[^,;。!?\n]{0,6}?(?:报名|招生|办证|考证|证书办理|证书服务)"
        for neg in ("不", "并不", "概不", "从不")
        for verb in ("提供", "办理", "代办", "开展", "承接", "代理", "经营")
    )
    + r"|仅提供(?:资讯|信息|参考)|只提供(?:资讯|信息|参考)|"
    r"只售(?:图书|书籍|教材)|仅售(?:图书|书籍|教材)|只卖(?:图书|书籍|教材)|"
    r"不是培训机构|并非培训机构|非培训机构|不是招生机构|并非招生机构|"
    # a public body's explainer: 本文不涉及任何培训机构推荐, 不推荐任何机构; or its notice:
    # 本局未委托任何机构代收费用, 本局不委托任何机构或个人代办证书
    r"不涉及任何\S{0,4}机构|不推荐任何\S{0,4}机构|本[局厅]\S{0,4}(?:不|未|从不|从未)(?:委托|授权)任何"
)
_NO_SERVICE_EN = re.compile(
    r"(?:do(?:es)?\s+not|don't|doesn't)\s+(?:offer|provide|sell|accept)\s+(?:any\s+)?"
    r"(?:enrol|registration|training|certificat)",
    re.I,
)
# a book product page: 书名 / ISBN / 出版社 / 定价 (a textbook for sale is not a course)
_BOOK = re.compile(r"ISBN|isbn|出版社|书名|开本|页数|印次|版次|图书|教材")
# a seller's reminder to its students (报名提醒, 开班提醒, 缴费提醒): no warning
NOT_A_REMINDER = r"(?<!报名|开班|缴费|考前|上课|截止|开课|补贴|交费)"
_ARTICLE_WEAK = re.compile(
    # (a seller's own complaints line, 投诉电话 / 投诉 | 0755-…, is no report of one)
    r"据悉|据了解|调查发现|业内人士|专家提醒|专家表示|专家认为|消费者|"
    r"投诉(?!\s*(?:电话|热线|邮箱|专线|与建议|建议|请拨|请致电|可拨|请打)|\s*[|｜:：]?\s*[(（]?\d)|维权|曝光|谨防|警惕|骗局|山寨|"
    r"被骗|套路|陷阱|假证|辟谣|" + NOT_A_REMINDER + r"提醒|受害|诈骗|骗子|骗取|退款难|虚假宣传|智商税|避坑",
)
_ARTICLE_WEAK_EN = re.compile(r"warned|warning|\bscams?\b|fraud|fake|beware|complain", re.I)
_LATIN = re.compile(r"[A-Za-z]{2}")
# a bundle: two certificates sold together (AIGC证+训练师证, 双证同报, 一起考), read in a
# sentence that names both occupations
_BUNDLE = re.compile(r"[+＋]|[双两三]证|同报|联报|一起[考报]|套餐")
_WARNING_TITLE = re.compile(
    r"谨防|警惕|骗局|山寨|" + NOT_A_REMINDER + r"提醒|通报|曝光|揭秘|真相|防骗|别被|被骗|套路|陷阱|辟谣|假证|打击|整治|治理|查处|"
    # (an enrolment's own notice, 报名通知 / 招生公告, calls to enrol: no report; so does a
    # school's notice of its class, 关于开展…培训的通知 / 开班通知)
    r"骗|坑|智商税|避坑|靠谱吗|是真的吗|有用吗|值得考吗|含金量|新闻|资讯|快讯|政策解读|解读|"
    r"(?<!报名)(?<!招生)(?<!培训的)(?<!培训班的)(?<!开班)(?:通知|公告)|"
    r"问答|百科|是什么|起底|调查|乱象|经历|心得|经验贴|求助|请问|吐槽|维权|[吗呢][?？]|"
    r"一文看懂|一文读懂|科普|"
    r"^\s*(?:what|why|how|is|are|can|does|do|should)\b[^?]*\?|\bexplainer\b|\bnews\b|\bwarn|"
    r"\bscams?\b|\bfraud",
    re.I,
)
# a notice of one's own class or enrolment (开班通知, 招生简章) may append a warning (附防骗提醒)
_OWN_NOTICE = re.compile(r"开班通知|开课通知|招生简章|招生公告|报名通知|招生通知")
_APPENDED_WARNING = re.compile(r"附\S{0,2}$")
_SOURCE_LINE = re.compile(r"来源\s*[:]|作者\s*[:]|编辑\s*[:]|浏览次数|阅读量|发布者")
_DATE_LINE = re.compile(r"发布时间|发布日期|发表时间|时间\s*[:]\s*20\d\d|日期\s*[:]\s*20\d\d")
# a job post's words (招聘, 岗位职责, 简历 …)
JOB = re.compile(r"招聘|岗位职责|任职要求|职位描述|五险一金|投递简历|简历|入职|月薪|薪资|薪酬|双休|全职")
_SPAM = re.compile(
    r"赢咖|博彩|娱乐城|棋牌|彩票|真人娱乐|老虎机|百家乐|体育投注|投注|开户送|注册送|彩金|下注|赌|"
    r"六合|时时彩|澳门|威尼斯人|葡京|AG真人|电子游艺",
)


# a price the writer says was paid ("总共交了2,300元", "当时花了三千"): a personal account, not a
# price asked of the reader
_PAID = re.compile(
    r"(?:交了|花了|付了|缴了|花费了|掏了|报名花|当时交|当初交|一共交|总共交|总共花|一共花|共花)"
)


def stated_as_paid(fee_text: str) -> bool:
    """True when a fee's sentence tells what the writer paid (交了/花了…), not what a buyer pays."""
    return _PAID.search(normalize(fee_text)) is not None


@dataclass(frozen=True)
class OfferSignals:
    """The counts the decision is made from (kept for the evidence string)."""

    occupation_title: bool
    occupation_sentences: int
    other_title: bool
    other_sentences: int
    occupation_priced: bool
    strong_sales: list[str]
    weak_sales: int
    article_strong: list[str]
    article_weak: list[str]
    warning_title: str | None
    job: int
    spam: int
    no_service: str | None = None
    book: int = 0
    occupation_context: bool = False
    course_fee: bool = False
    short: bool = False
    bundled: bool = False  # the occupation sold in one bundle with another (AIGC证+训练师证)


def _distinct(pattern: re.Pattern[str], texts: Sequence[str],
              english: re.Pattern[str] | None = None) -> list[str]:
    """Distinct words ``pattern`` (then ``english``, when the texts hold Latin letters) finds."""
    found: list[str] = []
    joined = "\n".join(texts)
    matches = list(pattern.finditer(joined))
    if english is not None and _LATIN.search(joined):
        matches.extend(english.finditer(joined))
    for m in matches:
        word = m.group(0)
        if word not in found:
            found.append(word)
    return found


# a post's own lines that report rather than sell: news and warning words, and reported
# speech (骗子自称…, 对方号称…, 打着…旗号): a seller's price quoted by someone else
_REPORTING_LINES = re.compile(
    r"记者|通讯员|责任编辑|据[^,。\n]{0,12}报道|警方|通报|涉嫌|立案|查处|"
    r"[自号声谎据人]称|冒充|打着|别信|不要信|千万别|拉黑|举报|"
    # someone else's ad retold: 广告说“交3980包过”, 刷到一个“…”的广告, 对方电话 …
    r"广告[说里上称]|[刷看]到.{0,30}?广告|(?:说|称|讲|写着|宣传)\s*[:：]?\s*[“\"「『]|对方|" + _ARTICLE_WEAK.pattern
)


# a post's own buttons, written into its line by a forum (回复 支持 举报, 赞同 · 举报 · 评论):
# the word 举报 there reports nothing
_POST_BUTTONS = re.compile(r"(?:回复|支持|反对|赞同|分享|评论|收藏)?\s*[·|｜]?\s*举报(?=\s*(?:[·|｜]|回复|评论|$))")


# a seller disowning everyone else (认准收款人…，其他都是冒充的; 只认这一个号，其他都是骗子):
# its own claim, no warning of someone
_OTHERS_ARE_FAKES = re.compile(r"(?:其他|其它|别的)[^，,。；;！!]{0,8}?(?:都是|均为|均是|一律是?)?(?:冒充|假冒|骗子)的?|"
                               # or cautions the reader (二级一级没有这个补贴，别被骗): no story told
                               r"(?:别|不要|千万别|谨防|以免|避免)\S?(?:被骗|上当)")


def asks(line: str) -> bool:
    """A line that ends in a question mark asks (靠谱吗？, 向谁咨询？): it offers nothing."""
    return line.rstrip().endswith(("?", "？"))


def block_sells(block: Sequence[str]) -> bool:
    """Do these few lines (one post, answer or note that states a price and a contact) sell
    in their own words? Yes unless they report, warn or quote someone else: in a thread the
    rest of the page (the question, other replies, a pinned warning) is not the post's."""
    return not any(_REPORTING_LINES.search(_OTHERS_ARE_FAKES.sub(" ", _POST_BUTTONS.sub(" ", normalize(line))))
                   for line in block)


def _priced_for_occupation(norms: Sequence[str], fee_texts: Sequence[str]) -> bool:
    """Is a price stated for the occupation: in a line naming it, or in the line right after
    one (a product heading "人工智能训练师 四级 全程班" over its price line "¥2380 · 50课时")?"""
    fees = {normalize(t).strip() for t in fee_texts}
    if any(OCCUPATION.search(t) for t in fees):
        return True
    return any(n.strip() in fees and i > 0 and OCCUPATION.search(norms[i - 1])
               for i, n in enumerate(norms))


# a post this short (in sentences) is about what it names once: a microblog post, a card
SHORT_PAGE = 10
# a job post that charges the applicant for a course or the certificate (岗前培训，培训费
# 2680 元; 考证班（费用1980…）) sells that course: a job is no veto then (招转培, §3.3)
_COURSE_FEE = re.compile(r"培训|考证|取证|课程|学费|认证|训练营|[班营]\S{0,3}(?:费用|[:(])")


# AI as a word of its own (a school's 极客学院AI, 数智AI课堂; not AIGC, not a domain's "ai"),
# or 人工智能 (XT人工智能研究院)
_AI_WORD = re.compile(r"(?<![A-Za-z])AI(?![A-Za-z])|人工智能")
# a certificate or its exam (先考证再上岗, 拿证, 考点就在…, 考场安排), or what only a certificate
# seller promises of one (包过, 免考, 三证同出: docs/domain.md §3.3)
# (or a bundle of certificates: 双证班, 三证联报)
_CERTIFIED = re.compile(r"考证|拿证|取证|持证|下证|出证|证书|考点|考场|鉴定|认定|包过|免考|证同出|证一起出|"
                        r"[双两三]证(?!券)")
# a course in the occupation's work, with or without its certificate (零基础学数据标注,
# 数据标注入行第一课, 数据标注实训营): a course for the occupation (its work type, §1.1)
_WORK_COURSE = re.compile(r"(?:学(?![校院生])|培训|教(?![室育]))\S{0,2}数据标注|数据标注\S{0,6}(?:培训|课|训练营|入行|实训[营班课]|学员|速成)")


def work_certified(texts: Sequence[str]) -> bool:
    """The page names the occupation's work (数据标注 …) or its certificate's shorthand
    (AI证) with a certificate level or a certificate: a chat group's "星火数据标注学院招生群 …
    五级1280，四级1880", a note's "考AI证的一点经验 … 四级1500左右", a caption's "在家做AI
    数据标注 … 先考证再上岗" or a class's "数据标注实训班 … 考点就在…" is about the AI-trainer
    certificate (its work type, docs/domain.md §1.1), and so is a course in that work (零基础学
    数据标注). So is an AI school's class at a skill level (极客学院AI … 五级 899 元, 人工智能
    研究院 … 高级技师): levels 五级 … 一级 are the national skill standard's."""
    leveled = any(_LEVEL.search(t) for t in texts)
    return ((any(OCCUPATION_WORK.search(t) or AI_CERT_SHORTHAND.search(t) for t in texts)
             and (leveled or any(_CERTIFIED.search(t) for t in texts)))
            or any(_WORK_COURSE.search(t) for t in texts)
            or (leveled and any(_AI_WORD.search(t) for t in texts)))


def offer_signals(title: str, sentences: Sequence[str], cta_texts: Sequence[str] = (),
                  has_fee: bool = False, has_contact: bool = False,
                  fee_texts: Sequence[str] = (), context: Sequence[str] = ()) -> OfferSignals:
    """Count the offer / article / warning cues of a page (texts already main-content only).

    ``fee_texts``: the sentences or table rows fees were read from. ``context``: what names
    the page's topic outside its text (topic tags, the site's own header and footer).
    """
    title_n = normalize(title)
    norms = [normalize(s) for s in sentences]
    named = sum(1 for s in norms if OCCUPATION.search(s))
    ctas = [normalize(c) for c in cta_texts]
    strong = _distinct(_STRONG_SALES, [title_n, *norms, *ctas], _STRONG_SALES_EN)
    if has_fee:
        strong.append("价格")
    if has_contact:
        strong.append("联系方式")
    weak = len(_distinct(_WEAK_SALES, [title_n, *norms]))
    article_strong = _distinct(_ARTICLE_STRONG, norms[:60], _ARTICLE_STRONG_EN)
    if any(_SOURCE_LINE.search(s) for s in norms[:15]) and any(
        _DATE_LINE.search(s) for s in norms[:15]
    ):
        article_strong.append("发布时间+来源")
    warning = _WARNING_TITLE.search(title_n)
    if warning and _APPENDED_WARNING.search(title_n[:warning.start()]) and _OWN_NOTICE.search(title_n):
        warning = None  # 开班通知，附防骗提醒: the school's notice, with a warning appended
    return OfferSignals(
        occupation_title=bool(OCCUPATION.search(title_n)),
        occupation_sentences=named,
        other_title=bool(OTHER_OCCUPATION.search(title_n)),
        other_sentences=sum(1 for s in norms if OTHER_OCCUPATION.search(s)),
        occupation_priced=_priced_for_occupation(norms, fee_texts),
        strong_sales=strong,
        weak_sales=weak,
        article_strong=article_strong,
        article_weak=_distinct(_ARTICLE_WEAK, norms, _ARTICLE_WEAK_EN),
        warning_title=warning.group(0) if warning else None,
        job=len(_distinct(JOB, [title_n, *norms])),
        spam=len(_distinct(_SPAM, [title_n, *norms])),
        no_service=next(iter(_distinct(
            _NO_SERVICE, [s for s in norms if not _SITE_DISCLAIMER.search(s)], _NO_SERVICE_EN)), None),
        book=len({m.group(0).lower() for m in _BOOK.finditer("\n".join([title_n, *norms[:40]]))}),
        occupation_context=any(OCCUPATION.search(normalize(c)) for c in context)
        # a page that never names the occupation may name its work and its certificate
        or (not named and not OCCUPATION.search(title_n)
            and work_certified([title_n, *norms, *(normalize(c) for c in context)])),
        course_fee=has_fee and any(_COURSE_FEE.search(normalize(t)) for t in fee_texts),
        short=len(norms) <= SHORT_PAGE,
        bundled=any(_BUNDLE.search(n) for n in [title_n, *norms]
                    if OCCUPATION.search(n) and OTHER_OCCUPATION.search(n)),
    )


def offer_veto(sig: OfferSignals) -> str | None:
    """Why the page cannot be an offer whatever else it says, or None.

    Another occupation's course, a page that says it sells no enrolment, a book, gambling
    spam, a job posting with little selling: each is a kind of page, not a matter of weights.
    """
    if not sig.occupation_title and sig.occupation_sentences == 0 and not sig.occupation_context:
        return "does not name the AI-trainer occupation"
    if sig.spam >= 2:
        return "SEO-spam page (gambling words)"
    if sig.other_title and not sig.occupation_title and not sig.bundled:
        return "sells or discusses another occupation; AI trainer only mentioned"
    if (not sig.occupation_title and not sig.bundled
            and sig.other_sentences > 2 * sig.occupation_sentences):
        return "another occupation dominates; AI trainer only mentioned"
    if sig.job >= 3 and len(sig.strong_sales) <= 2 and not sig.course_fee:
        return f"job posting ({sig.job} recruiting cues)"
    if sig.no_service:
        return f"says it sells no enrolment or certificate ({sig.no_service})"
    if sig.book >= 3 and len(sig.strong_sales) <= 2:
        return f"a book for sale ({sig.book} book cues)"
    return None


def decide_offer(sig: OfferSignals) -> tuple[bool, str]:
    """The decision and a short evidence string from the counted cues.

    An offer needs focus on the occupation (title/h1, or two sentences), a price or two strong
    sales cues, and more selling than reporting. Titles that warn, report or ask (谨防…, …是真的吗？)
    and news layouts without a price are reporting.
    """
    veto = offer_veto(sig)
    if veto is not None:
        return False, veto
    has_fee = "价格" in sig.strong_sales
    sales = 2 * len(sig.strong_sales) + min(sig.weak_sales, 6)
    article = 3 * len(sig.article_strong) + 2 * len(sig.article_weak)
    if sig.warning_title:
        article += 6
    evidence = (
        f"sales cues: {', '.join(sig.strong_sales[:6]) or 'none'}; "
        f"article cues: {', '.join([*sig.article_strong, *sig.article_weak][:6]) or 'none'}"
        + (f"; title says {sig.warning_title}" if sig.warning_title else "")
    )
    # the page is about the occupation: its title, two sentences, or a price stated for it;
    # or its tags or its site name the occupation and the page asks a price (a note tagged
    # #人工智能训练师三级 selling "三级直播班 2580", a course blog's post "三级班 2680 元")
    # or a short post (a microblog, a card) names it once
    focus = (sig.occupation_title or sig.occupation_sentences >= 2 or sig.occupation_priced
             or (sig.occupation_context and has_fee) or (sig.short and sig.occupation_sentences))
    news_without_price = "发布时间+来源" in sig.article_strong and not has_fee
    if (focus and (has_fee or len(sig.strong_sales) >= 2) and sales > article
            and not news_without_price):
        return True, "offer: " + evidence
    return False, "not an offer: " + evidence


def detect_offer(title: str, sentences: Sequence[str], cta_texts: Sequence[str] = (),
                 has_fee: bool = False, has_contact: bool = False,
                 fee_texts: Sequence[str] = ()) -> tuple[bool, str]:
    """Does the page offer an AI-trainer certificate or course? (decision, evidence)."""
    return decide_offer(
        offer_signals(title, sentences, cta_texts, has_fee, has_contact, fee_texts)
    )
