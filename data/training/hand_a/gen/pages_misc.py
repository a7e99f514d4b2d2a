"""Portal, news site (长三角职教网), Q&A (知道), job posts."""
from common import add, e, iss, jsonld, offer, page, qa_shell
import pages_jd as jd
import pages_pdd_yz as py
import pages_spa as spa
import pages_tb as tb
import pages_xet as xet

NEWS_HEAD = """<div class="topbar"><a href="/news/index.html">长三角职教网</a> | <a href="/news/index.html#zc">政策</a> | <a href="/news/index.html#kz">考证</a> | <a href="/zhidao/question/58377.html">问答</a> | <a href="/zhaopin/job/88123.html">招聘</a> | <a href="/index.html">导航</a></div>"""
NEWS_FOOT = """<div class="footer"><p>长三角职教网 版权所有 · 苏ICP备2018061123号-1 · 苏公网安备 32050802011021号</p>
<p>新闻热线 0512-6801-2266 · 违法和不良信息举报 0512-6801-2299 · 本站部分内容转载自网络，如有侵权请联系删除</p>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu-demo.cn/hm.js?9f1c";})();</script></div>"""


def news_page(title, body, head=""):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}_长三角职教网</title>
<meta name="keywords" content="人工智能训练师,职业技能等级认定,长三角"><link rel="stylesheet" href="/static/news/main.css">{head}</head>
<body>{NEWS_HEAD}<div class="wrap"><div class="main">{body}</div>
<div class="side"><h4>热门文章</h4><ul><li><a href="/news/2025/0612/shanghai-ai-xunlianshi.html">上海去年人工智能训练师认定超1.6万人次</a></li>
<li><a href="/news/2025/0903/jingti-shanzhai-zhengshu.html">“免考拿证”？警惕山寨AI证书</a></li><li><a href="/news/2026/0108/paihangbang.html">2026长三角AI训练师培训机构盘点</a></li></ul>
<div class="ad-slot" data-ad="side-300x250"><a href="/news/2026/0115/tuiguang-ouyue.html" rel="sponsored">【推广】温州瓯越 AI训练师三级 报名中</a></div></div></div>{NEWS_FOOT}</body></html>
"""


def portal():
    links = [
        ("淘享网 · 职业教育频道", "/tb/index.html"), ("淘享搜索：人工智能训练师", "/tb/search/rengongzhineng-xunlianshi.html?q=人工智能训练师&spm=nav"),
        ("京选 · 人工智能训练师", jd.SEARCH), ("京选 · 园区智培专营店", jd.SHOP),
        ("拼享团 · AI训练师", py.PS), ("有客微店 · 甬上智学", py.YH),
        ("知鹅通 · 张江智课堂", xet.XH), ("智训学堂（上海）", "/zx/"), ("智训学堂 · AI训练师精品班", spa.Z1_LINKS[3]),
        ("苏课优选 · 人工智能分类", spa.NC), ("长三角职教网", "/news/index.html"),
        ("知道 · AI训练师证书怎么考", "/zhidao/question/58213.html"), ("知道 · 包过的靠谱吗", "/zhidao/question/58377.html"),
        ("招聘 · 数据标注员", "/zhaopin/job/88123.html"), ("招聘 · 大模型训练师", "/zhaopin/job/88190.html"),
    ]
    lis = "\n".join(f'<li><a href="{e(u)}">{t}</a></li>' for t, u in links)
    hot = f"""<ul class="hot"><li><a href="{tb.O1_VARIANTS[7]}">浦江职培 AI训练师 四级 ¥1980</a></li>
<li><a href="{jd.O7}?utm_source=daohang&amp;utm_medium=link&amp;msclkid=7e1f0ab2">园区智培 五级至三级 ¥1680起</a></li>
<li><a href="{py.Y1}?is_share=1&amp;share_from=timeline&amp;kdtfrom=wsc">甬上智学 四级 ¥1880</a></li>
<li><a href="{xet.X1}?entry=2&amp;entry_type=2002&amp;fbclid=IwAR2x7">张江智课堂 三级冲刺 ¥2980</a></li></ul>"""
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>长三角职培好店导航 - 人工智能训练师课程入口</title>
<meta name="description" content="上海、江苏、浙江职业技能培训网店与课程入口导航"></head><body>
<header><h1>长三角职培好店导航</h1><p>收录沪苏浙职业技能培训网店、知识付费店铺与资讯。本站仅做导航，不销售课程。</p></header>
<main><section><h2>平台与店铺</h2><ul>{lis}</ul></section><section><h2>热门课程（价格以店铺页面为准）</h2>{hot}</section>
<section class="tip"><p>提示：职业技能等级证书由备案评价机构颁发，可在 <a href="https://www.osta.org.cn/">技能人才评价证书全国联网查询</a> 核验；凡宣称“免考”“包过”者请谨慎。</p></section></main>
<footer><p>导航站 · 浙ICP备2024011208号-1 · 联系 <a href="mailto:daohang@csj-zp.demo">daohang@csj-zp.demo</a></p></footer></body></html>
"""
    add("/index.html", html, page("other", "portal-home", "start page: link hub to all sub-sites, with a few price snippets", ["tracking_params", "negated_claim"]))


def news():
    items = [("/news/2026/0108/paihangbang.html", "2026长三角AI训练师培训机构盘点：价格、等级、认定机构一览", "2026-01-08"),
             ("/news/2025/0903/jingti-shanzhai-zhengshu.html", "“免考拿证”“人社部颁发”？警惕山寨AI训练师证书", "2025-09-03"),
             ("/news/2025/0612/shanghai-ai-xunlianshi.html", "上海：人工智能训练师纳入急需紧缺目录，去年认定超1.6万人次", "2025-06-12"),
             ("/news/2026/0115/tuiguang-ouyue.html", "【推广】瓯越职培：人工智能训练师三级春季班报名中", "2026-01-15")]
    lis = "".join(f'<li><a href="{u}">{t}</a> <span class="date">{d}</span></li>' for u, t, d in items)
    add("/news/index.html", news_page("资讯", f'<h1>资讯</h1><ul class="news-list" id="zc">{lis}</ul><div id="kz"></div>'),
        page("other", "news-index", "news index (titles only, no prices)", ["list_page"]))

    body = """<h1>上海：人工智能训练师纳入急需紧缺目录，去年认定超1.6万人次</h1><p class="info">2025-06-12 来源：综合新华社等</p>
<p>记者从上海市人力资源和社会保障局获悉，人工智能训练师（职业编码4-04-05-05）已列入本市急需紧缺高技能人才职业（工种）目录。去年全市该职业共认定1.63万人次，发放证书1.09万张。</p>
<p>据介绍，《人工智能训练师国家职业技能标准（2021年版）》由人力资源社会保障部、工业和信息化部联合颁布，人社部职业技能鉴定中心和浙江省人社厅指导，阿里巴巴集团牵头，浙江省技能人才评价管理服务中心、科大讯飞、百度等十余家单位参与起草。</p>
<p>按规定，参加失业保险1年以上的企业职工取得职业技能等级证书后，可申请技能提升补贴，五级、四级、三级分别最高1000元、1500元、2000元。</p>
<p>有培训机构负责人表示，课程中理论约占三成、实操约占七成。业内人士提醒，职业技能等级证书由备案的评价机构颁发，不属于国家职业资格证书。</p>"""
    add("/news/2025/0612/shanghai-ai-xunlianshi.html", news_page("上海人工智能训练师认定", body),
        page("article", "news", "news: Shanghai statistics, standard drafters and guiding bodies, subsidy amounts; sells nothing",
             ["standard_body", "subsidy_amount", "negated_claim"]))

    body = """<h1>“免考拿证”“人社部颁发”？警惕山寨AI训练师证书</h1><p class="info">2025-09-03 记者 沈悦</p>
<p>近期，有读者反映在某电商平台看到“人工智能训练师技师证 免考 45天拿证 12800元”的商品，商品页称证书“由人力资源和社会保障部颁发”“国家职业资格证书”，并提供“www.osta-zscx.cn”供查询。</p>
<p>人社部门工作人员表示，人工智能训练师属于职业技能等级认定范围，证书由经备案的评价机构颁发，人社部不直接颁发；所谓“免考”“包过”均不可信，查询应通过技能人才评价证书全国联网查询等官方渠道。</p>
<p>另一名读者称，某拼团商品只要88元就能“直接发证”。律师提醒，此类证书不具备效力，消费者可向平台和市场监管部门投诉。</p>
<p>记者梳理发现，部分商品还以“上海积分+60分”“苏州落户”为卖点。按规定，积分须工种与岗位对应，并满足社保等条件，并非“拿证即加分”。</p>"""
    add("/news/2025/0903/jingti-shanzhai-zhengshu.html", news_page("警惕山寨AI训练师证书", body),
        page("article", "news-warning", "warning article quoting scam ads (免考, 人社部颁发, 12800, fake query domain, 88元直接发证, 积分) as things to avoid",
             ["warning", "reported_claim", "negated_claim", "unofficial_query_site"]))

    rows = [("浦江职培（上海）", "四级/三级", "¥1980–2680", "上海浦东数智职业技能评价有限公司", tb.O1 + "?src=csjzj&tab=rank"),
            ("园区智培（苏州）", "五级–三级", "¥1680–2976", "苏州工业园区智能技能评价中心", jd.O7 + "?src=csjzj"),
            ("甬上智学（宁波）", "四级/三级", "¥1880起", "宁波甬智职业技能评价有限公司", py.Y1 + "?src=csjzj"),
            ("智训学堂（上海）", "四级–二级", "¥2280起", "见课程页", spa.Z1_LINKS[2]),
            ("苏课优选（苏州）", "五级/四级", "¥1380起", "常州龙城智能职业技能评价有限公司", spa.N1 + "?src=csjzj")]
    trs = "".join(f'<tr><td><a href="{e(u)}">{a}</a></td><td>{b}</td><td>{c}</td><td>{d}</td></tr>' for a, b, c, d, u in rows)
    body = f"""<h1>2026长三角AI训练师培训机构盘点：价格、等级、认定机构一览</h1><p class="info">2026-01-08 编辑部</p>
<p>我们整理了沪苏浙几家线上可报名的人工智能训练师培训机构，价格为网店标价（截至发稿），仅供参考，不构成推荐。</p>
<table class="rank"><tr><th>机构</th><th>等级</th><th>价格</th><th>认定机构（店铺自述）</th></tr>{trs}</table>
<p>选择时请核对评价机构是否在人社部门备案、所报等级是否在其备案范围内。对宣称包过、免考的机构请保持警惕。</p>"""
    add("/news/2026/0108/paihangbang.html", news_page("2026长三角AI训练师培训机构盘点", body),
        page("offer_list", "aggregator-ranking", "ranking table of several shops with prices, levels and issuers; no own offer",
             ["aggregator", "list_page", "level_table", "tracking_params", "negated_claim"]))

    body = """<h1>【推广】瓯越职培：人工智能训练师三级春季班报名中</h1><p class="info">2026-01-15 推广 · 本文由合作方提供</p>
<p>瓯越职培（温州）2026年春季人工智能训练师三级（高级工）班开始报名，周末面授，共 40 课时。</p>
<p>学费 <b>¥2,680</b>，支持分3期（每期¥893.33，共¥2,680）。</p>
<p>考核由温州瓯越职业技能评价有限公司负责，考试合格颁发三级职业技能等级证书。</p>
<p>报名条件：取得四级证书后从事本职业满5年等。报名电话 0577-8890-1203，地址：温州市鹿城区车站大道 577 号。</p>"""
    add("/news/2026/0115/tuiguang-ouyue.html", news_page("【推广】瓯越职培 人工智能训练师三级", body),
        offer("advertorial", "sponsored news-site article; issuer HA14 has no 4-04-05-05 in scope; 分3期 with total written (2680)",
              ["soft_ad", "instalment", "role_issuer", "scam_offer"],
              [iss("温州瓯越职业技能评价有限公司", "recognized", "HA14")], [3], (2680, 2680), ["ISSUER_OUT_OF_SCOPE"]))


def zhidao():
    body = f"""<div class="qb"><h1>人工智能训练师四级证书在浙江哪里考？能包过吗？</h1><p class="ask">提问者：湖州打工人 · 2025-12-02 · 浏览 3,218</p>
<p>在湖州做电商客服，公司让学数据标注，想考个四级，哪里报名比较靠谱？网上有说包过的，是真的吗？</p></div>
<div class="answers"><div class="ans"><div class="who">热心网友 · 采纳率 61%</div><p>没有包过这回事，别信。证书可以在技能人才评价证书全国联网查询上查，查不到的都是假的。</p></div>
<div class="ans"><div class="who">南太湖职培 小周老师 · 认证机构</div><p>你好，我们在湖州吴兴区开班，四级（中级工）培训+认定 <b>1680元</b>，周末两天面授+线上练习。考核发证是湖州南太湖职业技能评价有限公司，成绩合格就发证，不合格可以补考一次。</p>
<p>报名需要取得五级后满4年或者累计工作6年哦，材料我们先帮你审。现在报名是1680，下月起调整为1880。按往期情况基本稳过。电话 0572-2158-7710，微信 ntzp_zhou。</p></div>
<div class="ans"><div class="who">用户8821</div><p>我去年在上海考的三级，理论+实操两门，实操挺难的，花了两千多。</p></div></div>"""
    related = [("/zhidao/question/58377.html", "网上说AI训练师证免考包过，靠谱吗？", 3), ("javascript:;", "人工智能训练师和数据标注员是什么关系？", 12),
               ("javascript:;", "四级证书可以申请多少补贴？", 7), ("javascript:;", "三级需要先有四级吗？", 9), ("javascript:;", "杭州哪里有数据标注的工作？", 21),
               ("javascript:;", "AI训练师证书官网怎么查？", 15), ("javascript:;", "PMP和AI训练师哪个更有用？", 4)]
    html = qa_shell("人工智能训练师四级证书在浙江哪里考？能包过吗？", body.replace('</div></div>', '</div></div>', 1), related)
    html = html.replace("</head>", jsonld({"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {"@type": "Question", "name": "人工智能训练师四级证书在浙江哪里考？能包过吗？", "answerCount": 3}}) + "</head>", 1)
    add("/zhidao/question/58213.html", html,
        offer("qa-reply-offer", "Q&A page; the second answer (a school teacher) makes the offer: 四级 现在报名是1680 (bare price; the future 1880 is not asked now), HA20; asker's 能包过吗 is a question; 基本稳过 optional",
              ["reply_offer", "question_claim", "negated_claim", "role_issuer", "json_ld", "bare_price", "honest_offer"],
              [iss("湖州南太湖职业技能评价有限公司", "recognized", "HA20")], [4], (1680, 1680), [],
              optional=["GUARANTEED_PASS"]))

    body = """<div class="qb"><h1>网上说“AI训练师证 免考包过 人社部颁发”，靠谱吗？</h1><p class="ask">提问者：小王在昆山 · 2025-10-19</p>
<p>看到有卖家说免考、包过，还能上海积分加60分，3980元，心动了，有没有人买过？</p></div>
<div class="answers"><div class="ans"><div class="who">职业规划师李老师</div><p>不靠谱。职业技能等级证书由备案评价机构组织考核后颁发，人社部不直接发证，也不存在“免考”。积分要工种与岗位对应，不是拿证就加。</p></div>
<div class="ans"><div class="who">用户A93</div><p>我同事买过一个88块的，直接寄了个证书，官网根本查不到，钱也退不回来。</p></div>
<div class="ans"><div class="who">用户kk</div><p>正规的四级三级一般两三千，自己要考理论和实操，谨防“免考”。</p></div></div>"""
    related = [("/zhidao/question/58213.html", "人工智能训练师四级证书在浙江哪里考？能包过吗？", 3), ("javascript:;", "上海积分职业技能证书怎么加分？", 33),
               ("javascript:;", "88块的证书能用吗？", 6), ("javascript:;", "山寨证书被骗了怎么投诉？", 18), ("javascript:;", "人社部颁发的证书有哪些？", 11),
               ("javascript:;", "职业资格证书和职业技能等级证书的区别", 25)]
    html = qa_shell("网上说“AI训练师证 免考包过 人社部颁发”，靠谱吗？", body, related)
    add("/zhidao/question/58377.html", html,
        page("qa_forum", "qa", "question quotes an ad's 免考/包过/人社部颁发/积分 promises; answers warn; nobody offers",
             ["question_claim", "reported_claim", "negated_claim", "warning"]))


def jobs():
    def job(title, company, salary, city, body):
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}-{e(company)}-长三角职教网招聘</title>
{jsonld({"@context": "https://schema.org", "@type": "JobPosting", "title": title, "hiringOrganization": {"@type": "Organization", "name": company},
         "jobLocation": {"@type": "Place", "address": city}, "baseSalary": {"@type": "MonetaryAmount", "currency": "CNY", "value": salary}})}</head>
<body>{NEWS_HEAD}<div class="wrap"><div class="job main"><div class="crumb"><a href="/news/index.html">首页</a> &gt; 招聘 &gt; {e(city)}</div><h1>{e(title)}</h1><p class="salary">{e(salary)}</p><p class="co">{e(company)} · {e(city)} · 经验不限 · 全职</p>
<div class="tags"><span>五险一金</span><span>双休</span><span>带薪年假</span><span>节日福利</span></div>{body}
<div class="co-intro"><h3>公司介绍</h3><p>{e(company)}专注于人工智能数据服务与模型评测，服务长三角多家互联网与制造企业，现有员工 300 余人。</p></div>
<div class="addr"><h3>工作地址</h3><p>{e(city)}（具体地址面试时告知）</p></div>
<div class="safe"><p>【安全提示】求职过程中凡是要求缴纳培训费、服装费、押金、考证费的，均可能涉嫌违法，请提高警惕。</p></div></div>
<div class="side"><h4>相似职位</h4><ul><li>数据标注质检员 · 5000-7000元/月 · 嘉兴</li><li>语音标注员 · 4500-6500元/月 · 南通</li><li>AI训练师（对话方向） · 9000-14000元/月 · 上海</li>
<li>算法测试工程师 · 15000-22000元/月 · 苏州</li><li>大模型评测专员 · 8000-12000元/月 · 杭州</li><li>图像标注组长 · 7000-9000元/月 · 无锡</li></ul></div></div>{NEWS_FOOT}</body></html>"""
    add("/zhaopin/job/88123.html", job("数据标注员（人工智能训练师方向）", "杭州澜图数据服务有限公司", "6000-9000元/月", "杭州·余杭",
                                      """<h3>岗位职责</h3><ol><li>文本/图像/语音数据标注与质检；</li><li>配合算法团队完成标注规范迭代。</li></ol>
<h3>任职要求</h3><ul><li>大专及以上，细心耐心；</li><li>持人工智能训练师（数据标注员）四级及以上证书者优先；</li><li>试用期3个月，工资8折。</li></ul>
<p>福利：五险一金、餐补 600 元/月、年终奖 1-3 个月。</p><p>投递：hr@lantu-data.demo</p>"""),
        page("job", "job-post", "job post for 数据标注员; salary, meal allowance and bonus are not fees", ["salary", "json_ld"]))
    add("/zhaopin/job/88190.html", job("大模型训练师（AI Trainer）", "苏州言川智能科技有限公司", "15000-25000元/月·14薪", "苏州·工业园区",
                                      """<h3>职责</h3><p>负责大模型指令数据构造、RLHF 偏好标注、模型评测。</p>
<h3>要求</h3><p>本科及以上；有人工智能训练师三级证书或相关项目经验加分。入职后公司安排内部培训，不收取任何费用。</p>
<p>警惕：本公司招聘不收取培训费、考证费，谨防冒名“先交费后上岗”。</p>"""),
        page("job", "job-post", "AI-trainer job post; salary; says it charges no training fee", ["salary", "negated_claim", "warning", "json_ld"]))


def build():
    portal()
    news()
    zhidao()
    jobs()
