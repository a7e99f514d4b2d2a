"""知行 (Zhihu-like Q&A) and 问问知道 (Zhidao-like, GBK) pages."""
import json
from common import page, iss, offer, esc
from chrome import zx_page, zx_answer, zd_page

Q1 = "/wenda/question/61827345.html"


def qheader(title, topics, detail, followers, views, answers):
    t = "".join(f'<a class="Tag" href="/wenda/topic/19550517/hot.html?src=qtag">{x}</a>' for x in topics)
    return f"""<div class="Card QuestionHeader">{t}
<h1 class="QuestionHeader-title">{esc(title)}</h1>
<div class="QuestionRichText">{detail}</div>
<div style="color:#8590a6;font-size:14px">关注者 {followers} · 被浏览 {views} · {answers} 个回答 &nbsp; <button class="VoteButton">关注问题</button> <button>写回答</button> <button>邀请回答</button></div></div>"""


def build():
    # ---------------------------------------------------------------- home feed
    feed = [
        (Q1, "2025年考人工智能训练师证书还值得吗？", "数据民工老周：先说结论，做标注这行的可以考，想靠一张证转行的别急着交钱……"),
        ("/wenda/question/62004411.html", "广州考人工智能训练师，培训机构说能包过，靠谱吗？", "核查员小吴：凡是承诺“包过”的，基本可以直接划走……"),
        ("/wenda/question/62233017.html", "人工智能训练师到底分几级？四级和三级差别大吗？", "标注组长Echo：一共五个等级，从五级（初级工）到一级（高级技师）……"),
        ("/wenda/question/62110958.html", "零基础能直接考人工智能训练师二级（技师）吗？", "技能评价那点事：按国家职业技能标准，二级要先有三级证书……"),
        ("/wenda/question/62300871.html", "深圳有哪些靠谱的人工智能训练师培训机构？", "南山码农：别看广告，看评价机构有没有备案……"),
        ("/wenda/zhuanlan/p/71120458.html", "广东人工智能训练师三级报考攻略（2025最新）", "湾区数字技能学堂 · 专栏文章"),
    ]
    cards = "\n".join(f"""<div class="Card Feed"><h2 style="font-size:18px;margin:0"><a href="{u}{'?utm_source=feed&amp;utm_medium=recommend' if i % 2 else ''}">{esc(t)}</a></h2>
<div style="color:#444">{esc(x)} <a href="{u}#read-more">阅读全文</a></div><div class="ContentItem-actions">▲ 赞同 {(i * 37 + 11) % 400} · {(i * 7 + 3)} 条评论 · 分享 · 收藏</div></div>""" for i, (u, t, x) in enumerate(feed))
    body = f"""<div class="Card" style="display:flex;gap:30px"><a href="/wenda/">关注</a><b>推荐</b><a href="/wenda/?tab=hot">热榜</a><a href="/wenda/?tab=zvideo">视频</a></div>
{cards}
<div class="Card" style="text-align:center;color:#8590a6">— 已经到底了 · <a href="/index.html">返回门户首页</a> —</div>"""
    page("/wenda/index.html", zx_page("首页", body), "other",
         "Q&A site home feed; titles and one-line excerpts, no prices", ["tracking_params"])

    # ---------------------------------------------------------------- topic page (offer_list)
    snippets = [
        (Q1 + "?utm_source=topic&utm_campaign=hot#answer-2290173345", "2025年考人工智能训练师证书还值得吗？", "蓉城AI实训营 教务：……四级（中级工）班1680元，三级（高级工）班2280元，评价由成都锦城数字技能评价有限公司组织实施……"),
        ("/wenda/question/62110958.html?utm_source=topic", "零基础能直接考人工智能训练师二级（技师）吗？", "AI证书规划师阿杰：可以的！零基础不看工作年限直接报二级，考不过全额退费，报名费6800元……"),
        ("/wenda/question/62300871.html?utm_source=topic&utm_content=answer", "深圳有哪些靠谱的人工智能训练师培训机构？", "鹏城AI学苑：三级（高级工）¥3,680，考前押题，基本稳过……"),
        ("/wenda/zhuanlan/p/71120458.html?utm_source=topic", "广东人工智能训练师三级报考攻略（2025最新）", "本期三级精品班学费2980元，拿证后最高可申领补贴3120元……"),
        ("/wenda/question/62004411.html?utm_source=topic", "广州考人工智能训练师，培训机构说能包过，靠谱吗？", "核查员小吴：凡是承诺“包过”“免考”的，基本可以直接划走……"),
        ("/wenda/question/62233017.html?utm_source=topic", "人工智能训练师到底分几级？", "标注组长Echo：从五级到一级，对应初级工、中级工、高级工、技师、高级技师……"),
    ]
    items = "\n".join(f"""<div class="Card TopicFeedItem"><h2 style="font-size:17px;margin:0 0 6px"><a href="{u.replace('&', '&amp;')}">{esc(t)}</a></h2><div class="RichContent-inner">{esc(x)} <a href="{u.replace('&', '&amp;')}">阅读全文 ▾</a></div></div>""" for u, t, x in snippets)
    body = f"""<div class="Card"><div style="display:flex;gap:16px;align-items:center"><img src="/static/topic/19550517.png" width="100" alt="人工智能训练师"><div><h1 style="margin:0">人工智能训练师</h1>
<div style="color:#8590a6">人工智能训练师（职业编码4-04-05-05）是2020年公布的新职业，下设数据标注员、人工智能算法测试员两个工种。<br>关注者 52,117 · 问题 1,803 · 精华 96</div></div></div></div>
<div class="Card" style="display:flex;gap:24px"><b>讨论</b><a href="/wenda/topic/19550517/hot.html?tab=top-answers">精华</a><a href="/wenda/topic/19550517/hot.html?tab=unanswered">等待回答</a></div>
{items}
<div class="Card" style="text-align:center"><a href="/wenda/topic/19550517/hot.html?page=2">加载更多</a></div>"""
    page("/wenda/topic/19550517/hot.html", zx_page("人工智能训练师 - 话题精华", body, canonical="/wenda/topic/19550517/hot.html"), "offer_list",
         "topic page whose answer excerpts quote prices and promises of several answer-ads", ["list_page", "tracking_params", "reported_claim"])

    # ---------------------------------------------------------------- Q1: worth it? answer 3 is an honest soft ad
    ad3 = zx_answer("蓉城AI实训营-教务陈老师", "成都 · 人工智能训练师培训 · 已认证机构号", 87, "2025-07-14", [
        "利益相关，我们是成都本地做数据标注实训的机构，说点实在的。",
        "人工智能训练师属于<b>职业技能等级证书</b>，不是人社部直接发的，也不是国家职业资格证书。它由经过备案的第三方评价机构组织考核、颁发证书，证书信息可以在“技能人才评价证书全国联网查询”里查到。",
        "我们合作的评价机构是<b>成都锦城数字技能评价有限公司</b>（在四川省人社厅备案，可以在 pjjg.osta.org.cn 查到），考试分理论和实操两部分，各100分，60分合格，<b>不包过</b>，考不过可以补考一次（补考费另算）。",
        '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>班型</th><th>适合人群</th><th>学费（含考务费）</th></tr>'
        '<tr><td>四级/中级工（数据标注员）</td><td>从事标注工作满一定年限，或相关专业中职在读</td><td>1680元</td></tr>'
        '<tr><td>三级/高级工</td><td>已有四级证书并满足工作年限</td><td>2280元</td></tr></table>',
        "课时：四级约50学时，三级约40学时，周末线下+线上直播。报名前老师会先帮你核对申报条件，不符合条件的我们不收费。",
        "另外，符合条件的学员可按规定向当地人社部门申请职业技能提升补贴，能不能领、领多少以人社部门审核为准，我们不做承诺。",
        "想了解的可以私信我，或者加教务微信：jc-ai2025（备注“知行”）。",
    ], comments=31, ad=True, aid="2290173345",
        permalink="/wenda/question/61827345/answer/2290173345.html")
    answers = [
        zx_answer("数据民工老周", "AI数据标注项目经理", 1203, "2025-06-02", [
            "先说结论：<b>已经在做标注、质检的，可以考；想靠一张证书转行的，别急着交钱。</b>",
            "我在成都带一个四十多人的标注团队，招聘时证书确实是加分项，但不是门槛。新人标注员月薪4000-6000元，组长8000左右，持不持证差别主要体现在定级和项目补贴上。",
            "证书本身是职业技能等级证书，由备案的评价机构颁发，不是人社部直接发。报名前一定去 pjjg.osta.org.cn 查一下机构有没有人工智能训练师这个职业的备案。",
            "至于那些说“人社部认证的新职业，拿证就能进大厂”的，前半句不严谨（人社部是发布职业，不是认证），后半句纯属画饼。",
        ], comments=214, aid="2290011842"),
        zx_answer("HR小林", "互联网公司招聘", 356, "2025-06-19", [
            "HR角度：我们筛简历时看项目经验远多于看证书。四级、三级证书能证明你系统学过标注规范和质检流程，有用，但别指望它当敲门砖。",
            "倒是有些岗位（比如政府项目外包、国企数据中心）会要求持证上岗，这种可以考。",
        ], comments=48, aid="2290056630"),
        ad3,
        zx_answer("被割过的韭菜", "学生", 95, "2025-08-03", [
            "去年被一个机构忽悠过，说“不过退费、二级直接报”，交了四千多，结果证书在官方平台查不到。后来才知道它给的查询网址是自己做的假网站。",
            "所以大家一定记住：能查的只有全国联网查询和各省人社的平台，机构给你的那种花里胡哨的“官网”别信。",
        ], comments=77, aid="2290210057"),
    ]
    q = qheader("2025年考人工智能训练师证书还值得吗？", ["人工智能训练师", "职业技能等级证书", "数据标注"],
                "<p>在成都做电商客服三年，想转行做数据标注。看到很多人说要先考人工智能训练师证，四级还是三级？有没有必要花钱报班？</p>",
                "2,031", "1,874,220", 156)
    og = {"title": "2025年考人工智能训练师证书还值得吗？", "type": "website", "url": "/wenda/question/61827345.html",
          "description": "在成都做电商客服三年，想转行做数据标注……", "site_name": "知行"}
    page(Q1, zx_page("2025年考人工智能训练师证书还值得吗？", q + "\n" + "\n".join(answers), canonical=Q1, og=og), "offer",
         "Q&A: answers debate whether the certificate is worth it; answer 3 is an honest soft ad (B10, 四级1680/三级2280, 不包过, subsidy only conditional)",
         ["soft_ad", "reply_offer", "honest_offer", "open_graph", "canonical_ok", "level_names", "warning", "negated_claim", "salary"],
         offer=offer([iss("成都锦城数字技能评价有限公司", "B10")], [4, 3], (1680, 2280), [], optional=["BENEFIT_BAIT"]))

    # ---------------------------------------------------------------- answer permalink (mirror of the offer)
    q = qheader("2025年考人工智能训练师证书还值得吗？", ["人工智能训练师"], "", "2,031", "1,874,220", 156)
    body = q + "\n" + ad3 + f'\n<div class="Card" style="text-align:center"><a href="{Q1}?utm_source=answer_page">查看全部 156 个回答</a></div>'
    page("/wenda/question/61827345/answer/2290173345.html", zx_page("蓉城AI实训营-教务陈老师 的回答", body, canonical=Q1), "offer",
         "answer permalink showing only the soft-ad answer of " + Q1 + "; same offer, counted there",
         ["mirror", "canonical_ok", "soft_ad", "reply_offer"], duplicate_of=Q1)

    # ---------------------------------------------------------------- 包过 question, nobody offers
    answers = [
        zx_answer("核查员小吴", "前培训行业从业者，现做消费维权", 2210, "2025-05-21", [
            "凡是承诺“包过”“免考”“直接拿证”的，基本可以直接划走。职业技能等级认定必须有理论考试和操作技能考核，正规评价机构<b>不可能</b>向你保证通过。",
            "我整理过投诉里机构最常用的话术：“交钱包过”“人社部颁发”“国家职业资格证书”“全国联网可查（附一个奇怪的网址）”“不限学历不限经验直接报二级”。这几句出现任何一句都要警惕。",
            "人工智能训练师的国家职业技能标准是人社部和工信部联合颁布的，人社部职业技能鉴定中心和浙江省人社厅负责指导，阿里巴巴牵头、十多家单位参与起草——这些单位都是<b>制定标准</b>的，不是给你发证的，广告里拿它们当背书也是常见套路。",
        ], comments=305, aid="2301118800"),
        zx_answer("广州标注师阿May", "数据标注 · 广州", 418, "2025-06-08", [
            "我在广州考的四级，机构明确说“不包过，考不过可补考一次”。评价机构是广州穗智职业技能评价有限公司，考场在天河，理论90分钟机考，实操是标注平台上做题。",
            "费用我就不说了，各家差别挺大，问清楚是不是含考务费。证书出来以后在全国联网查询能查到编号，这才是真的。",
        ], comments=52, aid="2301150011"),
        zx_answer("匿名用户", "", 64, "2025-07-30", [
            "能包过吗？能包过的话我还学什么……别问，问就是不能。",
        ], comments=9, aid="2301260077"),
    ]
    q = qheader("广州考人工智能训练师，培训机构说能包过，靠谱吗？", ["人工智能训练师", "消费维权", "广州"],
                "<p>有个机构电话里说“包过，不过全额退”，还说证书是人社部颁发的，价格三千多。这种能信吗？</p>", "688", "402,553", 23)
    page("/wenda/question/62004411.html", zx_page("广州考人工智能训练师，培训机构说能包过，靠谱吗？", q + "\n" + "\n".join(answers),
         canonical="/wenda/question/62004411.html"), "qa_forum",
         "question asks 能包过吗; answers quote and reject 包过/人社部颁发/fake query sites; a first-person exam story names B01; standard bodies named; no offer",
         ["question_claim", "reported_claim", "negated_claim", "warning", "standard_body", "canonical_ok"])

    # ---------------------------------------------------------------- 零基础二级: answer 2 is a scam ad
    answers = [
        zx_answer("技能评价那点事", "职业技能评价从业者", 891, "2025-06-11", [
            "按《人工智能训练师国家职业技能标准（2021年版）》，二级/技师一般要先取得三级/高级工证书，再累计从事本职业工作4年以上（技工院校毕业生等另有规定）。<b>零基础直接考二级，正规渠道是不行的。</b>",
            "五级（初级工）门槛最低，从事相关工作1年或学徒期满即可；建议从四级、五级开始。",
        ], comments=120, aid="2305540012"),
        zx_answer("AI证书规划师阿杰", "帮助3000+学员成功拿证", 12, "2025-07-02", [
            "可以的！现在政策窗口期，<b>零基础、不看工作年限，直接报二级技师</b>。",
            "我们和<b>中国人工智能职业技能认证中心</b>合作，证书由该中心颁发，全程线上学习+线上考试，<b>考不过全额退费</b>。",
            "证书全国联网可查，查询网址：<a href=\"http://www.rgzn-zscx.cn/query\" rel=\"nofollow\">www.rgzn-zscx.cn</a>，拿证后可用于评职称、企业申报、投标加分。",
            "报名费<b>6800元</b>（含教材、考务、证书费），本月报名送Python入门课。名额有限，需要的戳我主页或加V：AIxls_6688。",
        ], comments=3, ad=True, aid="2305561907"),
        zx_answer("南山码农", "算法工程师", 233, "2025-07-05", [
            "楼上那个就是典型话术，“中国XX认证中心”这种名字在备案平台根本查不到，查询网址也不是 osta.org.cn。大家别上当。",
        ], comments=41, aid="2305602210"),
    ]
    q = qheader("零基础能直接考人工智能训练师二级（技师）吗？", ["人工智能训练师", "技师"],
                "<p>本科非计算机专业，没有相关工作经验，听说二级证书含金量高，可以直接考吗？</p>", "420", "233,180", 17)
    page("/wenda/question/62110958.html", zx_page("零基础能直接考人工智能训练师二级（技师）吗？", q + "\n" + "\n".join(answers)), "offer",
         "answer 2 is a scam ad: unrecognized 中国人工智能职业技能认证中心, 零基础直接报二级, 考不过全额退费, fake query site, 6800; answers 1 and 3 warn",
         ["reply_offer", "soft_ad", "scam_offer", "unofficial_query_site", "level_names", "warning"],
         offer=offer([iss("中国人工智能职业技能认证中心", status="unrecognized")], [2], (6800, 6800),
                     ["UNRECOGNIZED_ISSUER", "ELIGIBILITY_SHORTCUT", "GUARANTEED_PASS", "UNOFFICIAL_VERIFICATION_SITE"],
                     optional=["EXCESSIVE_FEE"]))

    # ---------------------------------------------------------------- levels question (qa only)
    answers = [
        zx_answer("标注组长Echo", "数据标注 · 重庆", 1502, "2025-04-18", [
            "一共五个等级，从五级到一级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。等级越高数字越小，别搞反了。",
            "工种分数据标注员和人工智能算法测试员。我们公司内部把它们叫L5到L1，招聘JD里写“三级及以上优先”的，就是高级工、技师、高级技师都行。",
            "四级和三级的差别：四级考数据采集、处理和标注，三级多了业务分析、智能训练、智能系统设计，还有培训指导。重庆这边持三级的标注组长月薪普遍8000+，四级的一般五六千。",
        ], comments=188, aid="2311900042"),
        zx_answer("考证狂魔", "已考12个证", 244, "2025-05-06", [
            "补充：有的地方叫法是初级、中级、高级、技师、高级技师；老资料里还有“国家职业资格X级”的叫法，那是2019年以前的，现在人工智能训练师只有职业技能等级证书。",
            "想从4级到5级往回考没意义，直接考4级就行（满足条件的话）。三至一级对工作年限要求越来越高，一级要二级证书后再干4年。",
        ], comments=35, aid="2311933310"),
    ]
    q = qheader("人工智能训练师到底分几级？四级和三级差别大吗？", ["人工智能训练师", "职业技能等级"],
                "<p>看到有写“高级工”的，有写“三级”的，还有写“L3”的，到底怎么对应？</p>", "951", "610,334", 41)
    page("/wenda/question/62233017.html", zx_page("人工智能训练师到底分几级？四级和三级差别大吗？", q + "\n" + "\n".join(answers)), "qa_forum",
         "level naming discussion (从五级到一级, L5-L1, 三级及以上, 4级到5级, 三至一级) and salaries; no offer",
         ["level_range", "level_names", "salary"])

    # ---------------------------------------------------------------- Shenzhen: answer 2 names a lookalike issuer
    answers = [
        zx_answer("南山码农", "算法工程师", 506, "2025-08-12", [
            "别看广告，看三点：①评价机构是否在 pjjg.osta.org.cn 备案了“人工智能训练师”；②备案的等级是否覆盖你要考的等级（很多机构只备案了三到五级）；③证书能否在全国联网查询。",
            "深圳我知道的备案机构有深圳市南山数字技能人才评价中心，只做三级到五级。",
        ], comments=66, aid="2320018870"),
        zx_answer("鹏城AI学苑", "深圳职业技能培训 · 机构号", 28, "2025-08-20", [
            "深圳本地机构，开班6年，学员2000+。人工智能训练师三级（高级工）周末班正在招生：",
            "考核单位：<b>深圳市南山数字技能人才评价有限公司</b>，理论+实操，证书可查。",
            "学费 <b>¥3,680</b>（含教材、考务费），考前两周集中押题，<b>基本稳过</b>。",
            "地址：南山区科技园科苑路15号，咨询热线 0755-86132208（同微信）。",
        ], comments=6, ad=True, aid="2320044102"),
    ]
    q = qheader("深圳有哪些靠谱的人工智能训练师培训机构？", ["人工智能训练师", "深圳"], "<p>想在深圳考三级，求推荐。</p>", "316", "98,007", 12)
    page("/wenda/question/62300871.html", zx_page("深圳有哪些靠谱的人工智能训练师培训机构？", q + "\n" + "\n".join(answers)), "offer",
         "answer 2 is an ad naming 深圳市南山数字技能人才评价有限公司 as 考核单位 (lookalike of B03 …中心); answer 1 names the real B03 (not part of the ad); 基本稳过 optional",
         ["reply_offer", "soft_ad", "role_issuer", "scam_offer", "level_names"],
         offer=offer([iss("深圳市南山数字技能人才评价有限公司", status="lookalike", resembles="B03", either=True)], [3], (3680, 3680),
                     [["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"]], optional=["GUARANTEED_PASS", "EXCESSIVE_FEE"]))

    build_zhuanlan()
    build_zhidao()


def build_zhuanlan():
    art = {
        "title": "广东人工智能训练师三级报考攻略（2025最新）｜补贴最高3120元",
        "author": {"name": "湾区数字技能学堂", "headline": "大湾区职业技能培训 · 机构号"},
        "created": "2025-09-02",
        "content": [
            "人工智能训练师是人社部认证的新职业，职业编码4-04-05-05，2020年由人社部、市场监管总局、国家统计局联合发布。",
            "很多同学问三级（高级工）怎么报，这里一次讲清楚：三级需取得四级证书后累计从事本职业工作5年，或四级证书+高级技工学校毕业等。",
            "【本期开班】人工智能训练师三级（高级工）精品班，学费2980元（含教材与考务费），线上直播+广州天河线下实操。",
            "评价与发证：由广东省粤港澳大湾区数字技能协会开展职业技能等级认定并颁发证书，证书可在技能人才评价证书全国联网查询系统查询。",
            "为什么现在必须考？拿证后即可申领技能提升补贴，三级最高3120元，学费几乎全部回本！持证还能为广州积分入户加分，早考早落户！",
            "报名方式：私信“三级”领取报名表，或添加课程顾问微信 wanqu-ai01。",
        ],
        "voteup": 214, "comments": 38,
    }
    data = {"props": {"pageProps": {"article": art, "related": [
        {"title": "人工智能训练师到底分几级？", "url": "/wenda/question/62233017.html"}]}},
        "page": "/zhuanlan/p/[id]", "query": {"id": "71120458"}, "buildId": "zx-3f91c2a", "isFallback": False}
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>知行专栏</title>
<link rel="preload" href="/_next/static/chunks/pages/zhuanlan-7c1e.js" as="script">
<link rel="stylesheet" href="/_next/static/css/zhuanlan.9a41.css">
</head>
<body><div id="__next"><div class="ColumnPageHeader"></div><div class="Post-Main Post-NormalMain"></div></div>
<script id="__NEXT_DATA__" type="application/json">{blob}</script>
<script src="/_next/static/chunks/webpack-1a2b.js" defer></script>
<script src="/_next/static/chunks/framework-55ff.js" defer></script>
<script src="/_next/static/chunks/pages/zhuanlan-7c1e.js" defer></script>
</body></html>
"""
    page("/wenda/zhuanlan/p/71120458.html", html, "offer",
         "column article rendered only from __NEXT_DATA__ (empty body); offer of 三级 2980 by association B07; sold on subsidy and 积分入户 (BENEFIT_BAIT); '人社部认证的新职业' boilerplate",
         ["app_state", "soft_ad", "boilerplate_body", "subsidy_amount", "role_issuer"],
         offer=offer([iss("广东省粤港澳大湾区数字技能协会", "B07")], [3], (2980, 2980), ["BENEFIT_BAIT"]))


def build_zhidao():
    best = """<div class="qb best"><span class="best-tag">推荐答案</span> <span style="color:#999">AI证书服务中心 | 来自团队 证书办理团 | 2025-07-22</span>
<p>可以办理。<b>无需工作年限，免考试，直接拿证</b>，本人无需到场，提供身份证照片和学历即可。</p>
<p>证书由<b>人社部颁发</b>，属于国家职业资格证书，全国通用，终身有效，官网可查（www.osta-zscx.com 输入身份证号即可查询）。</p>
<p>费用：二级/技师 9800元；一级/高级技师 1.28万元。20个工作日出证，可开发票。</p>
<p>联系电话：139 8220 7415（微信同号）张老师</p>
<div style="color:#999">本回答由网友推荐 &nbsp; 评论(2) &nbsp; 赞 4</div></div>"""
    others = """<div class="qb"><b>其他 3 条回答</b>
<p>2025-07-23 川西小哥：楼上的别信，哪有免考的职业技能等级证书，查询网址也不是官方的。官方查询在人社部和 osta.org.cn。</p>
<p>2025-07-25 匿名用户：高级技师要先有技师证，再干4年，规矩摆在那里。</p>
<p>2025-08-02 技能君：正规途径是找备案的评价机构报名考试，成都有成都锦城数字技能评价有限公司等，报名前核对条件。</p></div>"""
    body = f"""<div class="qb"><h1 style="font-size:20px">人工智能训练师高级技师证怎么考？没有相关工作经验可以吗</h1>
<p style="color:#999">浏览 3,208 次 &nbsp; 提问者：成都小白_2025 &nbsp; 2025-07-21</p>
<p>在成都做行政，想弄个高级技师或者技师证，公司说有证可以加工资，没有相关经验能考吗？多少钱？</p></div>
{best}
{others}
<div class="qb"><b>相关问题</b><br><a href="/zhidao/question/1740022218.html">成都考了人工智能训练师四级，技能补贴怎么领？</a><br><a href="/zhidao/question/1739001234.html">人工智能训练师证书查询网址是哪个？</a></div>"""
    page("/zhidao/question/1738495562.html", zd_page("人工智能训练师高级技师证怎么考？没有相关工作经验可以吗", body), "offer",
         "GBK Zhidao page; the 推荐答案 is a scam ad: 免考直接拿证, 人社部颁发, 国家职业资格证书, fake query domain, 二级9800/一级1.28万, 无需工作年限; other answers warn",
         ["gbk", "reply_offer", "scam_offer", "unofficial_query_site", "level_names", "warning"], encoding="gbk",
         offer=offer([iss("人社部", "G01")], [2, 1], (9800, 12800),
                     ["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "UNOFFICIAL_VERIFICATION_SITE", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"]))

    body = """<div class="qb"><h1 style="font-size:20px">成都考了人工智能训练师四级，技能补贴怎么领？</h1>
<p style="color:#999">浏览 1,122 次 &nbsp; 提问者：锦江区打工人 &nbsp; 2025-08-09</p>
<p>上个月拿到四级（中级工）证书了，听说能领补贴，能领多少？怎么申请？</p></div>
<div class="qb best"><span class="best-tag">推荐答案</span> <span style="color:#999">蓉城社保通 | 2025-08-10</span>
<p>按照失业保险支持技能提升的政策，取得职业技能等级证书的，可以申领技能提升补贴：</p>
<p>五级（初级工）可申领1000元，四级（中级工）可申领1500元，三级（高级工）可申领2000元。</p>
<p>条件是：申领时须参加失业保险累计满1年，证书须在有效期内取得，且同一职业同一等级只能申领一次，每人每年最多三次。</p>
<p>四川省紧缺职业目录内的，可在上述标准基础上再提高30%。</p>
<p>但要注意，这个补贴只对已参保的职工，且需在“天府通办”或四川人社APP线上申请，审核通过后打到社保卡金融账户。二级、一级不在这个补贴范围。</p>
<div style="color:#999">赞 58 &nbsp; 评论(6)</div></div>
<div class="qb"><b>其他 2 条回答</b>
<p>2025-08-11 网友甲：我去年三级领了2000，大概一个月到账。当时报班花了1980，相当于白考。</p>
<p>2025-08-15 网友乙：没交满一年社保的领不了，我就是差两个月被退回了。</p></div>"""
    page("/zhidao/question/1740022218.html", zd_page("成都考了人工智能训练师四级，技能补贴怎么领？", body), "qa_forum",
         "GBK Zhidao page: subsidy amounts per level with the conditions in the following paragraph; a first-person past fee (1980) is not an offer",
         ["gbk", "subsidy_amount", "cross_sentence_condition", "level_names"], encoding="gbk")
