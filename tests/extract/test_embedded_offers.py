"""One post that sells inside a longer page (a forum thread, a Q&A, a landing page): read as
an offer on the post's own lines, whatever the board's pinned warning or the other replies
say; and a story that only mentions a price and a phone call is not one (docs/domain.md §3.3)."""

from __future__ import annotations

from crawler.extract import extract_facts


def thread(title: str, *posts: str, pinned: str = "") -> str:
    floors = "".join(f'<div class="post"><div class="author">{i + 1}楼</div><p>{p}</p></div>'
                     for i, p in enumerate(posts))
    sticky = f'<div class="sticky"><p>{pinned}</p></div>' if pinned else ""
    return (f"<html><head><title>{title} - 考证交流论坛</title></head><body>"
            f'<div class="nav">考证交流论坛 | 首页</div>{sticky}<h1>{title}</h1>{floors}'
            "<footer>考证交流论坛 禁止发布广告</footer></body></html>")


def read(html: str, path: str = "/bbs/thread-88.html") -> tuple[bool, str]:
    facts = extract_facts(html, f"http://forum.example.cn{path}")
    return facts.is_offer, facts.offer_evidence


def test_a_sellers_post_under_a_pinned_scam_warning_is_an_offer() -> None:
    page = thread(
        "【分享】人工智能训练师四级备考经验",
        "楼主：智远考证 | 发表于 2026-10-02 上个月考完四级，理论和实操都不难，主要是数据标注。",
        "我们这边下期还有名额，四级 2480，三级 3380，含培训和考务，备考群号：618 204 733 （备注论坛）",
        "又是广告，举报了",
        pinned="【置顶】骗子曝光：网友举报以下号码收钱不发证，QQ：2233445566，大家警惕！",
    )
    is_offer, why = read(page)
    assert is_offer, why


def test_an_answer_with_a_price_and_a_wechat_id_is_an_offer() -> None:
    page = thread(
        "杭州人工智能训练师三级培训多少钱？",
        "提问者：路人甲 想考三级，有没有靠谱的机构？",
        "西湖智培（认证商家）：三级是2980，含教材和考试费，不承诺包过。有问题加薇：xhzp_kefu",
        "学员小李：一起组队学习吗？",
        pinned="",
    )
    is_offer, why = read(page, "/wenda/q-301.html")
    assert is_offer, why


def test_a_warning_that_quotes_a_sellers_price_and_number_is_not_an_offer() -> None:
    page = thread(
        "人工智能训练师报班被骗经历",
        "楼主：小王 有人自称人社部直属机构，四级2480，QQ：1122334455，交钱后就拉黑了，千万别信。",
        "同样被骗过，已经报警",
    )
    is_offer, why = read(page)
    assert not is_offer, why


def test_a_question_that_tells_of_a_phone_call_and_a_vague_price_is_not_an_offer() -> None:
    page = thread(
        "深圳考人工智能训练师，机构说能包过，靠谱吗？",
        "提问者：匿名 有个机构电话里说包过，还说证书是人社部颁发的，价格三千多。能信吗？",
        "答主：凡是承诺包过的都别信，认定必须考理论和实操。",
    )
    is_offer, why = read(page, "/wenda/q-302.html")
    assert not is_offer, why


def test_a_short_landing_page_prices_the_course_named_in_the_line_above() -> None:
    page = ("<html><head><title>临安启明职业培训学校</title></head><body>"
            "<div>首页 | 招生</div><h2>人工智能训练师（四级）培训招生</h2>"
            "<p>学费 2600 元，周末班，理论加实操。</p><p>电话：0571-8866 1234</p>"
            "<footer>临安启明职业培训学校</footer></body></html>")
    is_offer, why = read(page, "/qiming/index.html")
    assert is_offer, why


def test_a_short_page_without_any_items_is_no_list() -> None:
    """A short-video caption that prices one course and names the seller's site is an offer:
    a list page is made of repeated items, and this page has none."""
    page = ("<html><head><title>上班族考证攻略 - 快看</title></head><body><div>快看</div>"
            "<div>推荐 · 关注 · 同城 · 直播</div><div>▶ 视频 01:32</div><div>@明德考培</div>"
            "<div>上班族考证攻略｜人工智能训练师四级周末班2980，参保满一年可申请补贴 官网 "
            "mingde-px.com #考证</div><div>❤ 3,288 · 💬 97 · 广东</div><div>小吴</div>"
            "<div>：补贴能拿多少？</div></body></html>")
    is_offer, why = read(page, "/video/v-1001.html")
    assert is_offer, why


def test_a_question_retelling_an_ad_beside_the_sites_hotline_is_not_an_offer() -> None:
    """The asker retells an ad (广告说“交3980包过”) a line below the site's service number:
    the lines quote someone else's offer, they do not make one."""
    page = thread(
        "人工智能训练师能包过吗？",
        "登录 注册 客服热线：027-8765 1200",
        "刷到一个广告说“交3980包过，免考直接拿证”，这种靠谱吗？",
        "答主：不靠谱，认定必须考理论和实操。",
    )
    is_offer, why = read(page, "/ask/5513.html")
    assert not is_offer, why


def test_an_answer_whose_contact_is_a_chat_button_is_an_offer() -> None:
    """A seller's answer states the fee and says "在线咨询"; the QQ is only in the chat
    button's link."""
    page = thread(
        "上海人工智能训练师哪里报名？",
        "提问者：小林 想报四级，哪家靠谱？",
        '申城智训：我们四级费用 ¥3200，周末班，详情请在线咨询 '
        '<a href="http://wpa.qq.com/msgrd?v=3&uin=3105526748&site=qq">点我</a>',
    )
    is_offer, why = read(page, "/wenda/q-77.html")
    assert is_offer, why


def test_a_victims_story_with_the_scammers_price_and_number_is_not_an_offer() -> None:
    """The victim retells the ad (刷到一个“…三级2980”的广告) and gives the other party's
    number (对方电话 …): a warning thread, however much it sounds like selling."""
    page = thread(
        "【避坑置顶】AI训练师证被骗全过程",
        "楼主：阿May 去年刷到一个“人社部直接发证、不用考试、三级2980”的广告，对方电话 171 2233 8096，"
        "还给了个查询网站。",
        "对方QQ 3012288471 现在已经把我拉黑了。",
        "小组管理员：已置顶。",
    )
    is_offer, why = read(page, "/group/topic-9.html")
    assert not is_offer, why


def test_a_note_whose_author_gives_the_contact_in_a_reply_is_an_offer() -> None:
    """A short video's caption prices the course (五级1480 四级1980 可分期); the author
    answers a comment with the WeChat id: the author's reply is the post's contact. A
    commenter's contact would not be."""
    page = thread(
        "宝妈在家也能学的AI新职业 - 快映",
        "@小鹿学证 宝妈在家也能学的AI新职业，每天1小时，三个月拿证！#人工智能训练师",
        "五级1480 四级1980 可分期 不限学历",
        "momo：在哪报名",
        "路人甲：不限学历能考四级？",
        "作者回复：主页有联系方式哦~ 私信或者加wx: xiaolu_xz66",
    )
    is_offer, why = read(page, "/kv/v-91.html")
    assert is_offer, why


def test_a_forum_post_whose_signature_sells_is_an_offer() -> None:
    """The post shares an experience; the writer's signature sells a level with a price
    written bare (四级考证+接单 799) and a phone: the signature is the writer's ad."""
    page = thread(
        "分享：兼职做标注半年的收获",
        "星河小周 半年下来每月多了一千多，新人先把人工智能训练师四级考了再接单。"
        "签名：星河数据标注 四级考证+接单 799 · 电话 135 7720 1946",
        "路人：是你们带考吗？",
        "星河小周：对，看签名",
    )
    is_offer, why = read(page, "/bbs/thread-2207.html")
    assert is_offer, why


def note(tags: str, caption: str, replies: str) -> str:
    return ("<html><head><title>四级实操怎么准备？老周整理了 - 青柠笔记</title></head><body>"
            '<div class="hd">青柠笔记 发现 · 考证</div><div class="note">'
            f'<div class="author">周老师_考证</div><p>四级实操怎么准备？</p><p>{caption}</p>'
            f'<div class="tags">{tags}</div><div class="comments">{replies}</div></div>'
            "<footer>青柠笔记 违法信息举报 report@qnbj.example</footer></body></html>")


def test_a_note_tagged_with_the_occupation_that_prices_a_class_is_an_offer() -> None:
    """The note's text says only 四级 and 班; its topic tags name the occupation, and the
    author gives a WeChat id in a reply: a seller's note."""
    replies = ("<p>小陈：有班吗</p><p>周老师_考证 作者：有的，V：zhou_aizheng 细聊</p>")
    tagged = note('<a href="/t/1">#人工智能训练师四级</a><a href="/t/2">#考证</a>',
                  "整理了实操必考的三类标注题。我们四级直播班 1680，含认定费。", replies)
    is_offer, why = read(tagged, "/note/n-5521.html")
    assert is_offer, why
    untagged = note('<a href="/t/2">#考证</a><a href="/t/3">#干货</a>',
                    "整理了实操必考的三类标注题。我们四级直播班 1680，含认定费。", replies)
    is_offer, why = read(untagged, "/note/n-5522.html")
    assert not is_offer, why  # nothing names the occupation: some other 四级


def test_a_post_on_a_course_blog_whose_header_names_the_occupation_is_an_offer() -> None:
    """A course school's blog (its header: 人工智能训练师 · 课程) posts exam tips and ends
    with a class price and "报名请发邮件到右侧邮箱"; the address is in the sidebar."""
    page = ("<html><head><title>四级理论怎么复习 – 启明AI课堂</title></head><body>"
            "<header><p>启明AI课堂</p><p>人工智能训练师 · 课程</p></header>"
            "<article><h1>四级理论怎么复习</h1><time datetime='2026-03-02'>2026-03-02</time>"
            "<p>理论题以数据标注流程和质检为主，建议刷题三轮。</p>"
            "<p>想系统学的同学，我们的四级班 1880 元，含两套实操项目，报名请发邮件到右侧邮箱。</p>"
            "</article><aside><p>课程咨询</p><p>邮箱：qiming_ai@example.cn</p></aside>"
            "<footer>© 2026 启明AI课堂</footer></body></html>")
    is_offer, why = read(page, "/2026/03/siji-lilun.html")
    assert is_offer, why


def test_a_sellers_answer_that_pitches_without_a_price_is_an_offer() -> None:
    """A school answers a question in the first person (我们这边…不卡年限) with its phone:
    a seller's pitch, priced or not. An answer that points to the official site is not."""
    page = thread(
        "人工智能训练师三级能直接报吗？",
        "提问者：小吴 没有相关工作经验，能直接报三级吗？",
        "云阶学堂 许老师：可以的，我们这边三级不卡工作年限，学历够就行。",
        "手机 137 5512 0846 微信同号",
    )
    run_on = thread(  # the pitch runs over a line break: "我们云阶学堂" / "开设三级、四级"
        "人工智能训练师证书能积分吗？",
        "提问者：小吴 在上海工作，人工智能训练师算吗？",
        "云阶学堂：可以算技能类积分。<br>我们云阶学堂<br>开设三级、四级，有需要可以电话 13755120846。",
    )
    assert read(run_on, "/wenda/q/4412.html")[0]
    is_offer, why = read(page, "/wenda/q/4410.html")
    assert is_offer, why
    helpful = thread(
        "人工智能训练师三级能直接报吗？",
        "提问者：小吴 没有相关工作经验，能直接报三级吗？",
        "热心网友：按国家标准三级要求有四级证书和工作年限，可以在 osta.org.cn 查评价机构。",
    )
    is_offer, why = read(helpful, "/wenda/q/4411.html")
    assert not is_offer, why


def test_the_sites_masthead_and_its_generator_credit_are_the_sites_own() -> None:
    """A platform's name and domain atop a user's post ("微博客 weibk.cn"), and the last lines
    from a page generator's credit (本页面由「报名宝」生成… / 更多 · bmbao.cn), name the
    platform: never a tie between its users."""
    post = ("<html><head><title>启航学堂的主页 | 微博客</title></head><body>"
            "<p>微博客 weibk.cn</p><p>#人工智能训练师# 四级周末班 1680，报名加V：qihang_ai01</p>"
            "</body></html>")
    found = {(m.kind, m.value, m.place) for m in extract_facts(
        post, "http://weibk.example/u/1.html").identifiers}
    assert ("domain", "weibk.cn", "side") in found
    card = ("<html><head><title>启航学堂 四级班报名</title></head><body>"
            "<p>人工智能训练师四级 周末班 1680</p><p>报名后请入群：QQ群号903551234</p>"
            "<p>本页面由「报名宝」小程序生成，内容由发布者提供。</p><p>更多活动 · bmbao.cn</p>"
            "</body></html>")
    found = {(m.kind, m.value, m.place) for m in extract_facts(
        card, "http://mp.example/s/1.html").identifiers}
    assert ("domain", "bmbao.cn", "side") in found
    assert ("qq_group", "903551234", "main") in found


def test_a_sellers_reply_that_repeats_the_price_the_question_quoted_is_an_offer() -> None:
    """The question quotes a price it saw (…四级，1980，有人报过吗？) beside a scam story;
    the seller's reply below asks the same price with its own contact: the reply sells."""
    page = thread(
        "郑州这家培训靠谱吗？",
        "楼主：看到有人发广告说能考人工智能训练师四级，1980，有人报过吗？之前被骗过，很怕。",
        "2楼：我投诉过那个骗子，到现在也没下文。",
        "3楼 数智培训-小赵：您好，正规学校，面授周末班，四级1980不含住宿，电话 139 3710 5528。",
    )
    is_offer, why = read(page, "/bbs/thread-4412.html")
    assert is_offer, why


def test_a_note_that_sends_buyers_to_a_short_video_account_is_an_offer() -> None:
    """A seller's note shows its class's work and sends readers to its Douyin account for
    the course: a pitch whose contact is the account."""
    page = thread(
        "数据标注小白入行记录 - 笔记",
        "@北斗数标 今天分享一下我们班学员的作业～ #AI训练师 #数据标注",
        "想了解训练师课程的 抖音搜 bd_aishubiao 看直播回放",
    )
    is_offer, why = read(page, "/notes/n-551.html")
    assert is_offer, why


def repost(body: str, related: list[str]) -> str:
    items = "".join(f'<li><a href="/wx/a-{i}.html">{t}</a></li>' for i, t in enumerate(related))
    return ("<html><head><title>宁波人工智能训练师培训开春季班了 - 微文转载</title></head><body>"
            '<div class="hd">微文转载 · 公众号文章</div><div class="content">'
            f"<h1>宁波人工智能训练师培训开春季班了</h1><p>原创 甬智职培 · 2026-03-03</p>{body}</div>"
            f'<aside class="wz-rel"><h3>相关文章</h3><ul>{items}</ul></aside>'
            "<footer>文章均转载自公众号，版权归原作者所有</footer></body></html>")


def test_a_repost_that_sells_beside_priced_related_articles_is_an_offer() -> None:
    body = ("<p>甬智教育开设人工智能训练师五级、四级课程，按国家职业技能标准教学。</p>"
            "<p>四级学员需满足工作年限条件，报名时现场审核。</p>"
            "<p>咨询电话：0574 8733 2145</p>")
    related = ["人工智能训练师补贴最高可领2000元", "考个AI训练师证，一年多赚2万",
               "人工智能训练师三级周末班 ￥2680", "数据标注员入门指南"]
    is_offer, why = read(repost(body, related), "/wx/a-20260303.html")
    assert is_offer, why
    # the same priced list as the page's own content is a list of offers, not one post
    listing = repost(body, related).replace('<aside class="wz-rel"><h3>相关文章</h3>',
                                            '<div class="wz-list">').replace("</aside>", "</div>")
    assert not read(listing, "/wx/a-20260303.html")[0]


def forum_thread(post: str) -> str:
    related = "".join(f'<li><a href="/bbs/thread-{i}.html">{t}</a></li>' for i, t in enumerate(
        ["人工智能训练师四级怎么备考", "人工智能训练师证书有用吗", "人工智能训练师三级报名条件"]))
    return ("<html><head><title>人工智能训练师考证 - 职考论坛</title></head><body>"
            '<div class="nav">职考论坛 | 首页</div><div class="main">'
            f'<h1>人工智能训练师考证</h1><div class="post"><p>{post}</p></div>'
            '<div class="pages"><a href="?page=1">1</a> <a href="?page=2">2</a> '
            '<a href="?page=2">下一页</a></div></div>'
            f'<div class="side"><h3>相关帖子</h3><ul>{related}</ul></div>'
            "<footer>职考论坛 禁止发布广告</footer></body></html>")


def test_a_thread_with_its_own_pages_beside_related_threads_is_one_post() -> None:
    page = forum_thread("不用考试直接拿人工智能训练师证，挂靠一年2万，需要的加微信 kz_laoli2026")
    is_offer, why = read(page, "/bbs/thread-102.html")
    assert is_offer, why


def test_a_question_quoting_an_offers_number_is_no_offer() -> None:
    page = thread("网上说交钱就能拿人工智能训练师证，是真的吗？",
                  "有人加我说三千八包过，号码17603716651，靠谱吗？",
                  "不靠谱。证书由备案评价机构考核后颁发，有疑问拨打12333。")
    is_offer, why = read(page, "/wenda/q-510.html")
    assert not is_offer, why


def fee_page(link_href: str) -> str:
    return ("<html><head><title>收费标准 - 宁波启衡职业技能培训</title></head><body>"
            '<header>宁波启衡职业技能培训 <a href="/qiheng/">首页</a></header><main>'
            "<h1>收费标准（2026年春季）</h1><table><tr><th>等级</th><th>培训费</th></tr>"
            "<tr><td>五级</td><td>1800元</td></tr><tr><td>四级</td><td>2600元</td></tr></table>"
            "<p>缴费请到前台或对公转账，报名加微信：qiheng_px，或致电13957162049。</p></main>"
            f'<aside><h3>相关推荐</h3><a href="{link_href}">人工智能训练师五级/四级培训 招生中</a></aside>'
            "<footer>宁波启衡职业技能培训有限公司 · 浙ICP备20031946号</footer></body></html>")


def test_a_schools_fee_page_of_skill_levels_is_about_the_course_its_site_links() -> None:
    is_offer, why = read(fee_page("/qiheng/course-ai.html"), "/qiheng/fees.html")
    assert is_offer, why
    # the same link to another site names no topic of this school's
    assert not read(fee_page("http://ad.example.com/course-ai.html"), "/qiheng/fees.html")[0]
