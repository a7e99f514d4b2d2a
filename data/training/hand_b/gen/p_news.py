"""南粤都市网 news portal and city/provincial 人社 notice pages."""
import json
from common import page, iss, offer, esc
from chrome import news_page, gov_page

N = {
    "scam": "/news/society/2025-06/12/content_4412876.html",
    "explain": "/news/edu/2025-08/20/content_4419033.html",
    "jobs": "/news/tech/2025-09/03/content_4423310.html",
    "adv": "/news/biz/2025-10/15/content_4428801.html",
    "print": "/news/biz/2025-10/15/print_4428801.html",
    "police": "/news/sichuan/2025-11/02/content_4431207.html",
}
GZ = "/gov/gz/rsj/tzgg/202504/t20250418_29817.html"
CD = "/gov/cd/rsj/gsgg/202506/t20250620_7712.html"
CQW = "/gov/cq/rlsbj/tzgg/202507/t20250708_1452.html"
CQS = "/gov/cq/rlsbj/tzgg/202503/t20250326_1398.html"
CQQ = "/gov/cq/rlsbj/zscx.html"
SZ = "/gov/sz/rsj/xxgk/202509/t20250911_3391.html"


def art(title, src, date, paras, editor="责任编辑：周敏"):
    ps = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
    return f"""<h1>{esc(title)}</h1>
<div class="info">{date} &nbsp; 来源：{src} &nbsp; <a href="javascript:;">分享到微信</a> <a href="javascript:;">字号 A+ A-</a></div>
<div class="TRS_Editor">
{ps}
</div>
<p class="editor">{editor}</p>"""


def build():
    items = [
        (N["scam"] + "?from=index", "“交钱包过、人社部颁发”？记者暗访AI训练师考证班", "2025-06-12"),
        (N["explain"] + "?from=index&spm=nydsw.home.0.0", "一文读懂：人工智能训练师证书谁来发？", "2025-08-20"),
        (N["jobs"] + "?from=index", "数据标注员月薪能过万？珠三角AI训练师招聘调查", "2025-09-03"),
        (N["adv"] + "?from=index", "【资讯】人工智能训练师秋季班开放报名 考核单位公布", "2025-10-15"),
        (N["police"] + "?from=index", "成都警方破获一起“速成证书”诈骗案 涉案金额超300万元", "2025-11-02"),
        (N["police"] + "#comments", "（评论）速成证书为何屡禁不止", "2025-11-03"),
    ]
    lis = "\n".join(f'<li><a href="{u.replace("&", "&amp;")}">{esc(t)}</a> <span style="color:#999">{d}</span></li>' for u, t, d in items)
    body = f"""<h2 style="border-bottom:2px solid #b3000c">要闻</h2><ul style="line-height:2.2">{lis}</ul>
<h2 style="border-bottom:2px solid #b3000c">政务信息</h2><ul>
<li><a href="{GZ}">广州市人社局：2025年职业技能提升补贴申领指引</a></li>
<li><a href="{SZ}">深圳市人社局：人工智能训练师职业技能等级认定工作问答</a></li>
<li><a href="{CD}">成都市人社局：社会培训评价组织备案名单公示</a></li>
<li><a href="{CQW}">重庆市人社局：关于警惕“山寨证书”及虚假查询网站的提示</a></li>
<li><a href="{CQS}">重庆市人社局：急需紧缺职业技能提升补贴标准</a></li></ul>"""
    page("/news/index.html", news_page("首页", body, "首页"), "other",
         "news portal home: headlines and government-notice links", ["tracking_params"])

    # ---------------------------------------------------------------- undercover report (article)
    paras = [
        "“零基础也能考，交钱包过，证书人社部颁发，官网可查。”近日，有市民向本报反映，在短视频平台刷到多条人工智能训练师考证广告，报名后却发现证书在官方平台查不到。",
        "<b>记者调查发现</b>，这类广告多以“新职业”“高薪就业”为噱头。一家自称“国培人工智能学院”的机构客服向记者承诺：“高级工、技师双证一起拿，4880元，考不过全额退款。”当记者询问证书由谁颁发时，对方称“由人社部直接颁发，是国家职业资格证书”，并发来查询网址 www.osta-cx.org.cn。",
        "另一家机构开出更高价码：一级/高级技师“免考直接拿证”，报价12800元，“本人无需到场，20天出证”。对方提供的查询网站为 rgzn-zscx.cn。",
        "据报道，类似查询网站的页面高度模仿官方平台，但域名并非 osta.org.cn 或 mohrss.gov.cn。广东省人社厅相关负责人表示，人工智能训练师属于职业技能等级证书，由经备案的社会培训评价组织或用人单位开展认定，人社部门不直接向个人颁发该证书，更不存在“免考”“包过”。",
        "律师指出，培训广告中含有“包过”“保过”等保证性承诺，违反《广告法》相关规定；以虚假证书收取费用的，可能涉嫌诈骗。",
        "提醒：报名前请登录技能人才评价证书全国联网查询系统或所在省人社厅网站，核实评价机构是否备案了“人工智能训练师（4-04-05-05）”及对应等级。",
    ]
    page(N["scam"], news_page("“交钱包过、人社部颁发”？记者暗访AI训练师考证班",
                              art("“交钱包过、人社部颁发”？记者暗访AI训练师考证班", "南粤都市报", "2025-06-12 07:30", paras), "社会",
                              canonical=N["scam"], og={"title": "记者暗访AI训练师考证班", "type": "article"}), "article",
         "investigative report quoting scam promises (包过, 人社部颁发, 免考, 4880/12800) and two fake query domains; sells nothing",
         ["reported_claim", "unofficial_query_site", "warning", "negated_claim", "open_graph", "canonical_ok"])

    # ---------------------------------------------------------------- explainer: who guides, drafts, publishes, who issues
    paras = [
        "近两年，“人工智能训练师”频繁出现在招聘和培训广告中。不少广告写着“人社部认证的新职业”“工信部权威认证”。这张证书到底是谁发的？记者梳理了相关政策。",
        "<h3>职业从哪来？</h3>",
        "2020年2月，人社部、市场监管总局、国家统计局联合向社会发布16个新职业，人工智能训练师（职业编码4-04-05-05）位列其中。需要说明的是，人社部“发布”新职业，并不是对某张证书进行“认证”。",
        "<h3>标准谁定的？</h3>",
        "《人工智能训练师国家职业技能标准（2021年版）》由人社部、工信部联合颁布。标准开发在人社部职业技能鉴定中心、浙江省人社厅指导下进行，由阿里巴巴集团牵头，浙江省技能人才评价管理服务中心、科大讯飞、北京百度网讯等十余家单位参与起草。这些单位负责<b>制定标准</b>，并不负责给个人发证。",
        "<h3>证书谁来发？</h3>",
        "标准设五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。目前该职业实行职业技能等级认定，证书由经人社部门备案的社会培训评价组织或用人单位颁发，证书上会标明评价机构名称和证书编号。",
        "例如在广州，广州穗智职业技能评价有限公司已备案该职业一级至五级；同城名称相近的“广州穗智职业技能评价中心”备案的职业并不包括人工智能训练师。专家提醒，名称相近的机构备案范围可能完全不同，报名时要看清证书上的发证机构全称。",
        "<h3>怎么查？</h3>",
        "证书可在技能人才评价证书全国联网查询（osta.org.cn）或省级人社部门网站查询。任何自称“国家查询网”的其他网址，都需要警惕。",
    ]
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "一文读懂：人工智能训练师证书谁来发？",
                     "datePublished": "2025-08-20T08:00:00+08:00", "publisher": {"@type": "Organization", "name": "南粤都市网"}}, ensure_ascii=False)
    page(N["explain"], news_page("一文读懂：人工智能训练师证书谁来发？", art("一文读懂：人工智能训练师证书谁来发？", "南粤都市网教育频道", "2025-08-20 08:00", paras),
                                 "教育", canonical=N["explain"], jsonld=jl), "article",
         "explainer naming bodies that publish (人社部/工信部), guide and draft the standard; 人社部认证的新职业 boilerplate; near-duplicate names B01/B02 discussed; no offer",
         ["standard_body", "boilerplate_body", "level_names", "json_ld", "canonical_ok", "warning"])

    # ---------------------------------------------------------------- jobs report (article with salaries)
    paras = [
        "“数据标注员，月薪8000-12000元，持人工智能训练师证书优先。”在广州天河一家招聘平台上，类似岗位近三个月增长明显。",
        "记者在多个招聘平台检索发现，珠三角地区AI训练师（数据标注方向）初级岗位月薪多在5000-8000元，大模型评测、提示词标注等岗位可达月薪1.2万-1.8万元；部分兼职岗位按时薪计，每小时40-80元不等；深圳一家大模型公司为资深AI训练师开出年薪30-45万元。",
        "一位招聘负责人告诉记者，证书是加分项而不是门槛，“我们更看重标注质量和对业务的理解”。",
        "值得注意的是，部分“招聘”实为培训招生：以高薪岗位吸引求职者，面试后要求先交培训费、考证费，再“包分配”。人社部门提醒，用人单位招用人员不得以任何名义向劳动者收取财物，遇到此类情况可向当地劳动保障监察机构投诉。",
    ]
    page(N["jobs"], news_page("数据标注员月薪能过万？珠三角AI训练师招聘调查", art("数据标注员月薪能过万？珠三角AI训练师招聘调查", "南粤都市报", "2025-09-03 09:12", paras), "科技"),
         "article", "job-market report with monthly, hourly and yearly salaries; warns about 先交培训费 job scams; no offer",
         ["salary", "warning", "reported_claim"])

    # ---------------------------------------------------------------- advertorial (honest offer) + print view
    paras = [
        "<p style=\"color:#999\">【本文为商业资讯，不代表本网观点】</p>",
        "人工智能训练师是人社部认证的新职业，随着大模型应用加速落地，企业对数据标注、模型评测人才的需求持续上升。",
        "广州智链职业培训学校2025年秋季人工智能训练师培训班现已开放报名。本次培训面向从事数据标注、客服质检、内容审核等相关工作的在职人员，开设<b>4级到3级</b>（中级工、高级工）两个班次。",
        '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>班次</th><th>学时</th><th>学费</th></tr>'
        '<tr><td>四级/中级工</td><td>50</td><td>¥2,680</td></tr><tr><td>三级/高级工</td><td>40</td><td>¥3,280</td></tr></table>',
        "考核单位：广东粤数人工智能职业技能评价有限公司。认定包括理论知识考试和操作技能考核，成绩均达60分以上为合格，由考核单位颁发职业技能等级证书，可在全国联网查询。",
        "培训内容依据《人工智能训练师国家职业技能标准（2021年版）》编排，该标准由人社部、工信部联合颁布。",
        "报名咨询：020-38291055（工作日9:00-18:00），地址：广州市天河区天河北路233号中信广场写字楼12层。",
    ]
    jl = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "人工智能训练师秋季班开放报名 考核单位公布",
                     "datePublished": "2025-10-15T10:00:00+08:00", "author": {"@type": "Organization", "name": "南粤都市网资讯"}}, ensure_ascii=False)
    a = art("人工智能训练师秋季班开放报名 考核单位公布", "南粤都市网资讯", "2025-10-15 10:00", paras, editor="责任编辑：资讯部")
    a += f'\n<p><a href="{N["print"]}" target="_blank">打印本页</a></p>'
    offer_ = offer([iss("广东粤数人工智能职业技能评价有限公司", "B06")], [4, 3], (2680, 3280), [], optional=["EXCESSIVE_FEE"])
    page(N["adv"], news_page("人工智能训练师秋季班开放报名 考核单位公布", a, "财经·资讯", canonical=N["adv"], jsonld=jl), "offer",
         "paid advertorial on a news portal: honest offer, 考核单位 B06 (filed 3-5), '4级到3级', ¥2,680/¥3,280; '人社部认证的新职业' is boilerplate; the standard's publishers are not issuers",
         ["soft_ad", "honest_offer", "boilerplate_body", "role_issuer", "level_range", "standard_body", "json_ld", "canonical_ok"],
         offer=offer_)
    pr = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 人工智能训练师秋季班开放报名 考核单位公布</title>
<link rel="canonical" href="{N['adv']}"><style>body{{font:15px/1.9 SimSun;width:720px;margin:20px auto}}</style></head>
<body onload="window.print&&0"><div>南粤都市网 &nbsp; {N['adv']}</div><hr>
{a}
<hr><a href="{N['adv']}">返回原文</a></body></html>"""
    page(N["print"], pr, "offer", "print view of the advertorial " + N["adv"] + "; same offer, counted once there",
         ["mirror", "canonical_ok"], duplicate_of=N["adv"])

    # ---------------------------------------------------------------- Sichuan police report (article)
    paras = [
        "近日，成都市公安局高新区分局破获一起以“速成职业技能证书”为名的诈骗案，抓获犯罪嫌疑人11名，涉案金额超300万元。",
        "据警方通报，该团伙通过网络发布广告，声称其证书“由四川省人工智能职业技能鉴定中心颁发”“不用考试，包过，全国联网可查”，以人工智能训练师、健康管理师等证书为名，每证收费3800元至6800元不等。",
        "警方调查发现，所谓“四川省人工智能职业技能鉴定中心”并不存在，团伙自行搭建了证书查询网站 sc-jnjd.com，受害人输入身份证号即可“查到”证书。",
        "另据了解，四川蜀智人才职业技能评价有限公司此前因违规开展评价活动，已被省人社部门撤销备案，其撤销后发放的证书不予认可。",
        "警方提醒：职业技能等级证书须经理论与实操考核取得，请通过技能人才评价证书全国联网查询核验，勿轻信“免考”“包过”广告。",
    ]
    page(N["police"], news_page("成都警方破获一起“速成证书”诈骗案", art("成都警方破获一起“速成证书”诈骗案 涉案金额超300万元", "天府警方 · 南粤都市网川渝频道", "2025-11-02 16:20", paras), "川渝"),
         "article", "police report quoting a fake issuer, 包过/不用考试 claims, prices and a fake query domain; mentions revoked registry agency B12; no offer",
         ["reported_claim", "unofficial_query_site", "warning", "other_occupation_price"])

    build_gov()


GZ_NAV = [("通知公告", "/gov/gz/rsj/tzgg/202504/t20250418_29817.html"), ("政策解读", "javascript:;"), ("办事服务", "javascript:;")]


def build_gov():
    body = """<h1>广州市人力资源和社会保障局关于做好2025年职业技能提升补贴申领工作的通知</h1>
<div class="gmeta">发布时间：2025-04-18 &nbsp; 来源：职业能力建设处 &nbsp; 字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></div>
<p>各区人力资源和社会保障局，各有关单位：</p>
<p>为进一步支持参保职工提升职业技能，根据《广东省人力资源和社会保障厅 广东省财政厅关于失业保险支持参保职工提升职业技能有关问题的通知》等规定，现就2025年技能提升补贴申领有关事项通知如下：</p>
<p><b>一、补贴标准</b></p>
<p>参保职工取得职业技能等级证书的，取得五级（初级工）证书可申领1000元，取得四级（中级工）证书可申领1500元，取得三级（高级工）证书可申领2000元。</p>
<p>申领人须同时符合以下条件：（一）申领时累计参加失业保险1年以上；（二）证书核发日期在2025年1月1日后，且可在技能人才评价证书全国联网查询系统查询；（三）同一职业（工种）同一等级只能申领一次，每人每年最多申领三次。</p>
<p>证书职业（工种）属于《广东省急需紧缺职业（工种）目录》的（含人工智能训练师），补贴标准可提高30%，即五级至三级分别可申领1300元、1950元、2600元。</p>
<p>上述提高标准仅适用于在本市参保的职工。领取失业保险金人员、在校学生不属于申领范围。</p>
<p><b>二、申领方式</b></p>
<p>申领人通过“粤省事”或广东政务服务网在线申请，无需提交纸质材料。补贴资金直接发放至申领人本人社会保障卡银行账户。</p>
<p><b>三、其他</b></p>
<p>补贴申领不收取任何费用。任何机构以“代办补贴”“补贴返现”等名义收费的，请向12333举报。</p>
<p style="text-align:right">广州市人力资源和社会保障局<br>2025年4月18日</p>
<p>附件：<a href="/gov/gz/rsj/attach/jnts2025.pdf">2025年广东省急需紧缺职业（工种）目录.pdf</a></p>"""
    page(GZ, gov_page("广州市人力资源和社会保障局", GZ, "关于做好2025年职业技能提升补贴申领工作的通知", body, nav=GZ_NAV), "article",
         "city notice of subsidies (可申领1000/1500/2000元, +30% = 1300/1950/2600) with the conditions in the following paragraphs; sells nothing",
         ["subsidy_amount", "cross_sentence_condition", "level_range", "level_names"])

    rows = [
        ("成都锦城数字技能评价有限公司", "人工智能训练师（4-04-05-05）", "一级至五级", "备案"),
        ("成都锦城数字技能评价中心", "智能制造工程技术人员相关工种（4-04-05-01）", "三级至五级", "备案"),
        ("绵阳科技城职业技能评价中心", "人工智能训练师（4-04-05-05）", "四级、五级", "备案"),
        ("四川省数字经济职业技能评价协会", "物联网安装调试员（4-04-05-03）", "三至五级", "备案"),
        ("四川蜀智人才职业技能评价有限公司", "人工智能训练师（4-04-05-05）", "二级至五级", "撤销备案（2025年3月）"),
    ]
    trs = "\n".join(f"<tr><td>{i + 1}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for i, (a, b, c, d) in enumerate(rows))
    body = f"""<h1>关于社会培训评价组织备案及调整情况的公示</h1>
<div class="gmeta">发布时间：2025-06-20 &nbsp; 来源：成都市职业技能鉴定指导中心</div>
<p>根据职业技能等级认定有关规定，现将2025年第二批社会培训评价组织备案及调整情况公示如下。公示期为2025年6月20日至6月27日。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;width:100%"><tr><th>序号</th><th>评价机构名称</th><th>备案职业（工种）</th><th>备案等级</th><th>备注</th></tr>
{trs}</table>
<p>请注意：评价机构名称相近但备案范围不同的，以本公示所列名称及职业为准。撤销备案的机构自撤销之日起不得开展相关评价活动，其后颁发的证书无效。</p>
<p>联系电话：028-61881234</p>"""
    page(CD, gov_page("成都市人力资源和社会保障局", CD, "关于社会培训评价组织备案及调整情况的公示", body, code="5101000036", icp="蜀ICP备05018032号"), "article",
         "filing notice listing registry agencies with occupations and level ranges (一级至五级, 三至五级, 四级、五级), a revocation; not an offer",
         ["level_range", "role_issuer", "warning"])

    body = """<h1>关于警惕“山寨证书”及虚假证书查询网站的提示</h1>
<div class="gmeta">发布时间：2025-07-08 &nbsp; 来源：重庆市职业技能鉴定指导中心</div>
<p>近期，我局接到群众反映，有不法机构通过网络发布人工智能训练师等职业技能证书培训广告，宣称“免考拿证”“包过”“人社部颁发”“国家职业资格证书”，并提供 www.cq-jndj.net、zgjnzs-cx.com 等所谓“官方查询网站”。现提示如下：</p>
<p>一、人工智能训练师证书为职业技能等级证书，不属于国家职业资格证书，由经备案的评价机构颁发，人社部门不直接向个人颁发。</p>
<p>二、职业技能等级认定须进行理论知识考试和操作技能考核，<b>不存在免考、包过</b>。</p>
<p>三、证书查询请通过技能人才评价证书全国联网查询系统（osta.org.cn）或本局网站“证书查询”栏目，上述 cq-jndj.net 等网站均非官方网站。</p>
<p>四、重庆渝州职业技能鉴定中心因存在违规行为，自2025年6月起暂停开展职业技能等级认定活动，暂停期间颁发的证书不予认可。</p>
<p>五、发现虚假宣传的，可拨打12333或12315投诉举报。</p>
<p><a href="/gov/cq/rlsbj/zscx.html">【进入证书查询】</a></p>"""
    page(CQW, gov_page("重庆市人力资源和社会保障局", CQW, "关于警惕“山寨证书”及虚假证书查询网站的提示", body, charset="gbk", code="5000000059", icp="渝ICP备05003300号", http_equiv=True), "article",
         "GBK warning notice: quotes 免考/包过/人社部颁发 claims and fake query domains as things to avoid; announces suspension of B19",
         ["gbk", "warning", "negated_claim", "reported_claim", "unofficial_query_site"], encoding="gbk")

    body = """<h1>关于调整急需紧缺职业（工种）技能提升补贴标准的通知</h1>
<div class="gmeta">发布时间：2025-03-26 &nbsp; 文号：渝人社发〔2025〕12号</div>
<p>各区县（自治县）人力社保局，两江新区、西部科学城重庆高新区、万盛经开区人力社保局：</p>
<p>经研究，人工智能训练师、工业机器人系统运维员等28个职业（工种）纳入2025年度我市急需紧缺职业（工种）目录。现将补贴标准调整如下：</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>证书等级</th><th>基础标准</th><th>急需紧缺职业标准</th></tr>
<tr><td>五级/初级工</td><td>1000元</td><td>1300元</td></tr><tr><td>四级/中级工</td><td>1500元</td><td>1950元</td></tr><tr><td>三级/高级工</td><td>2000元</td><td>2600元</td></tr></table>
<p>参保职工取得目录内职业三级证书的，可申领2600元。</p>
<p>前款规定以申领人在本市累计缴纳失业保险费12个月以上为前提，且证书须由在本市备案的评价机构颁发。</p>
<p>二级/技师、一级/高级技师证书不适用本通知。</p>
<p>本通知自印发之日起执行，有效期至2025年12月31日。</p>
<p style="text-align:right">重庆市人力资源和社会保障局<br>2025年3月26日</p>"""
    page(CQS, gov_page("重庆市人力资源和社会保障局", CQS, "关于调整急需紧缺职业（工种）技能提升补贴标准的通知", body, charset="gbk", code="5000000059", icp="渝ICP备05003300号", http_equiv=True), "article",
         "GBK subsidy notice: table of amounts and '可申领2600元' with its condition in the next paragraph; no offer",
         ["gbk", "subsidy_amount", "cross_sentence_condition", "level_table", "level_names"], encoding="gbk")

    body = """<h1>职业技能等级证书查询</h1>
<form action="/gov/cq/rlsbj/zscx.html" method="get" onsubmit="return false">
<p>证件类型：<select name="zjlx"><option>居民身份证</option><option>港澳台居民居住证</option></select></p>
<p>证件号码：<input name="zjhm" size="30"></p><p>证书编号：<input name="zsbh" size="30"></p>
<p>验证码：<input name="yzm" size="6"> <img src="/gov/cq/rlsbj/captcha.jpg" alt="验证码"></p><p><button>查询</button></p></form>
<p>说明：本栏目可查询在重庆市备案的评价机构颁发的职业技能等级证书。也可登录<a href="http://zscx.osta.org.cn/">技能人才评价证书全国联网查询</a>。</p>
<p><a href="/gov/cq/rlsbj/tzgg/202507/t20250708_1452.html">《关于警惕“山寨证书”及虚假证书查询网站的提示》</a></p>"""
    page(CQQ, gov_page("重庆市人力资源和社会保障局", CQW, "证书查询", body, code="5000000059", icp="渝ICP备05003300号"), "other",
         "official certificate query form page; not an offer", ["other"])

    body = """<h1>人工智能训练师职业技能等级认定工作问答</h1>
<div class="gmeta">发布时间：2025-09-11 &nbsp; 来源：深圳市职业技能鉴定服务中心</div>
<p><b>问：人工智能训练师是什么职业？</b></p>
<p>答：人工智能训练师（4-04-05-05）是2020年人社部等部门发布的新职业，下设数据标注员、人工智能算法测试员两个工种。其国家职业技能标准由人力资源社会保障部、工业和信息化部共同制定颁布。</p>
<p><b>问：深圳哪些机构可以开展认定？</b></p>
<p>答：目前经备案可开展该职业认定的有深圳市南山数字技能人才评价中心（三级至五级），以及深圳市南山数字技能人才发展有限公司（用人单位自主评价，四级、五级，仅限本单位职工）。最新名单以广东省职业技能服务指导中心公布为准。</p>
<p><b>问：证书由谁颁发？</b></p>
<p>答：证书由开展认定的评价机构颁发，加盖评价机构印章。人社部门负责监管，不直接颁发。</p>
<p><b>问：取得证书能领多少补贴？</b></p>
<p>答：符合条件的参保职工，三级证书最高可申领2600元。</p>
<p>具体条件见广州、深圳等地人社部门通知，须累计参加失业保险1年以上。</p>
<p><b>问：有机构说可以“跨级直考二级”，可信吗？</b></p>
<p>答：不可信。申报二级/技师须具备国家职业技能标准规定的条件，不存在零基础直接报考。</p>"""
    page(SZ, gov_page("深圳市人力资源和社会保障局", SZ, "人工智能训练师职业技能等级认定工作问答", body, code="4403000064", icp="粤ICP备11009532号"), "article",
         "government Q&A: standard bodies, filed agencies B03/B04 with their level ranges, who issues, subsidy with condition on next line; no offer",
         ["standard_body", "role_issuer", "level_range", "subsidy_amount", "cross_sentence_condition", "negated_claim"])
