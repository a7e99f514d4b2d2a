# -*- coding: utf-8 -*-
"""Hubs: offer_list pages (snippets with prices/promises) and 'other' pages."""
from core import add, doc, esc, a, PAGES


def items(rows, cls="item"):
    return "\n".join('<div class="%s"><h3>%s</h3><p>%s</p></div>' % (cls, a(h, esc(t)), s) for h, t, s in rows)


def build():
    OL = "offer_list"
    add("/fenlei/list/rgzn-1.html", doc("fenlei", "人工智能训练师培训 - 百姓分类信息网", """
<h1>教育培训 &gt; 人工智能训练师（共 12 条）</h1>
%s
<div class="pager">第1页 <a href="/fenlei/list/rgzn-2.html">下一页</a></div>""" % items([
        ("/fenlei/info/50231.html?from=list", "济南人工智能训练师四级、三级认定培训 周末班", "价格：1980起 · 济南-历下"),
        ("/fenlei/info/50244.html?from=list", "【零基础可报】人工智能训练师技师、高级技师", "零基础 包过 · 1.28万 · 郑州"),
        ("/fenlei/info/50258.html", "人工智能训练师三级 免考试直接拿证", "叁仟捌佰元 · 洛阳"),
        ("/fenlei/info/50262.html", "南宁数据标注员免费培训 考核合格发证", "免费 · 月薪3500-6500"),
        ("/fenlei/info/50277.html", "齐鲁数智人工智能训练师 三至四级", "定金600 · 不过退费"),
        ("/fenlei/info/50290.html", "郑州人工智能训练师 从五级到二级", "1380-3180元"),
        ("/fenlei/info/50199.html", "人工智能训练师五级速成（已删除）", "—"),
    ])), OL, "classifieds-list", "list page 1 with price/promise snippets; one link is a deleted post (404)")

    add("/fenlei/list/rgzn-2.html", doc("fenlei", "人工智能训练师培训 第2页 - 百姓分类信息网", """
<h1>教育培训 &gt; 人工智能训练师（第2页）</h1>
%s
<div class="pager"><a href="/fenlei/list/rgzn-1.html">上一页</a> 第2页</div>""" % items([
        ("/fenlei/info/50301.html", "沈阳 高级工/技师连报 本科直接报技师", "学费六千八 · 两证齐拿"),
        ("/fenlei/info/50315.html", "哈尔滨 人工智能训练师二级申报辅导", "3,200元"),
        ("/fenlei/info/50328.html", "青岛 数据标注 初级工认定", "考务费350元"),
        ("/fenlei/info/50342.html", "人工智能训练师四级培训 含考证", "报名费2200 · 通过率高"),
        ("/fenlei/info/50231.html?spm=fl.list2.3", "【置顶】济南四级、三级周末班", "1980起"),
    ])), OL, "classifieds-list", "list page 2; links a query variant of 50231")

    add("/fenlei/search/rengongzhineng.html", doc("fenlei", "“人工智能”搜索结果 - 百姓分类信息网", """
<h1>搜索“人工智能训练师” 找到 3 条结果</h1>
%s""" % items([
        ("/fenlei/info/50231.html?from=search&kw=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", "济南人工智能训练师四级、三级认定培训", "价格 1980 起"),
        ("/fenlei/info/50244.html?from=search", "人工智能训练师技师、高级技师 签约保障 包过", "1.28万"),
        ("/fenlei/info/50342.html?from=search", "人工智能训练师四级培训 含考证", "2200元"),
    ])), OL, "search-results", "search results quoting prices and 包过")

    add("/mall/index.html", doc("mall", "学途课堂 - 职业技能课程商城", """
<h1>学途课堂</h1><h2>热门分类</h2><p>%s · %s</p>
<h2>今日推荐</h2>%s""" % (a("/mall/cat/ai-xunlianshi.html", "人工智能训练师"), a("/mall/search/ai.html", "AI课程搜索"), items([
        ("/mall/item/7730.html?spm=a21.home.rec1", "人工智能训练师三级认定培训", "¥2980 <del>¥3580</del>"),
        ("/mall/item/7781.html", "人工智能训练师三级 郑州周末班 可分期", "￥4,680 · 6期免息"),
        ("/mall/item/7815.html", "人工智能训练师高级工 签约班", "￥2,480 · 签约包过"),
        ("/mall/item/7700.html", "人工智能训练师初级班（已下架）", "—"),
    ]))), OL, "shop-home", "mall home with price snippets; one link to a delisted item (404)")

    add("/mall/cat/ai-xunlianshi.html", doc("mall", "人工智能训练师课程 - 学途课堂", """
<h1>人工智能训练师 课程（9）</h1>%s""" % items([
        ("/mall/item/7730.html#reviews", "人工智能训练师三级（高级工）认定培训班", "¥2980 · 126条评价"),
        ("/mall/item/7745.html", "人工智能训练师五级/四级 线上+线下（沈阳）", "¥1280起"),
        ("/mall/item/7752.html", "人工智能训练师 中级/高级 全国通用证书", "¥1880起 · 全国通用"),
        ("/mall/item/7768.html", "南宁职业技能培训 多证书报名", "¥980起"),
        ("/mall/item/7781.html", "人工智能训练师三级 郑州周末班", "分期每期780元"),
        ("/mall/item/7790.html", "AI训练师中级工 拼团", "3人团 ¥2680/人"),
        ("/mall/item/7802.html", "武汉职业技能等级认定 人工智能训练师", "1780元起"),
        ("/mall/item/7815.html", "人工智能训练师高级工 签约班", "￥2,480"),
    ])), OL, "shop-category", "category page; links #reviews variant")

    add("/mall/search/ai.html", doc("mall", "搜索：人工智能训练师 - 学途课堂", """
<h1>“人工智能训练师”的搜索结果</h1>%s""" % items([
        ("/mall/item/7730.html?spm=a21.mall.s1", "人工智能训练师三级（高级工）", "¥2980"),
        ("/mall/item/7731.html?spm=a21.mall.s2", "人工智能训练师技师/高级技师 包过班", "限时¥6980 · 零基础可报"),
        ("/mall/item/7752.html?spm=a21.mall.s3", "人工智能训练师 中级/高级 全国通用证书", "¥1880起"),
    ])), OL, "shop-search", "search results with spm variants")

    add("/topic/ai-trainer.html", doc("topic", "人工智能训练师专题 - 热门课程与资讯", """
<h1>人工智能训练师专题</h1>
<p>%s · %s · %s</p>
<h2>热门课程</h2>%s
<h2>资讯与指南</h2>%s""" % (a("/topic/tag/baoguo.html", "#包过"), a("/topic/tag/butie.html", "#补贴"), a("/topic/guide/level-compare.html", "等级对照"),
        items([
            ("/fenlei/info/50231.html?utm_source=topic&utm_medium=card", "济南四级、三级认定培训", "1980起"),
            ("/mp/s/xK3pQ9.html?utm_source=topic", "从客服到AI训练师", "早鸟价1,580元"),
            ("/school/qlzx/zhaosheng-2026.html?utm_source=topic", "齐鲁智学2026冬季招生简章", "1200-2200元"),
            ("/wenda/q/10533.html", "南宁五级和四级费用", "五级1,180元"),
        ], "card"),
        items([
            ("/news/2026/0915-biaozhun.html", "读懂人工智能训练师国家职业技能标准", "五个等级、两个工种"),
            ("/mp/s/Za8dE1.html", "人工智能训练师证书怎么考？", "一千多到上万"),
            ("/mp/s/Rb2yU4.html", "避坑指南：8个骗局话术", "包过、免考、人社部颁发"),
        ], "card"))), OL, "topic-aggregator", "aggregator with price snippets and utm variants")

    add("/topic/tag/baoguo.html", doc("topic", "#包过 相关内容", """
<h1>标签：包过</h1>%s""" % items([
        ("/fenlei/info/50244.html?share_token=Zk82hQ", "人工智能训练师技师、高级技师 签约保障", "“包过！一次不过免费重考” · 1.28万"),
        ("/mall/item/7731.html", "技师/高级技师 包过班", "¥6980 · 不过全额退"),
        ("/mall/item/7815.html?utm_source=tag", "高级工 签约班", "签约包过 ￥2,480"),
        ("/wenda/q/10471.html", "人工智能训练师能包过吗？", "正规认定不存在包过"),
        ("/bbs/thread-3380-1-1.html", "说好的不过退费，现在联系不上了", "交了2980"),
    ], "card")), OL, "tag-page", "tag page quoting promises and prices")

    add("/topic/tag/butie.html", doc("topic", "#补贴 相关内容", """
<h1>标签：补贴</h1>%s""" % items([
        ("/rsj/tzgg/2026-09-butie.html", "2026年度职工技能提升补贴申领通知", "五级1000元、四级1500元、三级2000元"),
        ("/mp/s/Lm7tR2.html?utm_source=tag", "济南落户新通道", "补贴2000元，报名费2980元"),
        ("/m/lp/ai-c3.html", "拿证领补贴", "报名费1980，返补贴2000"),
        ("/wenda/q/10502.html", "三级能领多少补贴", "一般2000元"),
        ("/news/2026/0630-hubei.html", "湖北上浮30%", "最高2600元"),
    ], "card")), OL, "tag-page", "subsidy tag page")

    bbs_rows = [
        ("/bbs/thread-3298-1-1.html", "曝光：号称包过的AI训练师机构收了我12800", "被坑的老王"),
        ("/bbs/thread-3311-1-1.html", "郑州有没有靠谱的人工智能训练师报考渠道？", "四级1500？"),
        ("/bbs/thread-3320-1-1.html", "四级考试经验分享（齐鲁数智考点）", "一共花了1680"),
        ("/bbs/thread-3335-1-1.html", "求助：这个证书查询网站是真的吗？", ""),
        ("/bbs/thread-3350-1-1.html", "【打卡楼】人工智能训练师备考每日签到", "4000 回复"),
        ("/bbs/thread-3361-1-1.html", "数据标注这行现在还好做吗？", ""),
        ("/bbs/thread-3372-1-1.html", "大连星海数据标注 四级认定开放社会报名（官方帖）", "考务费480元"),
        ("/bbs/thread-3380-1-1.html", "说好的不过退费，现在联系不上了", "交了2980"),
        ("/fenlei/info/50244.html?share_token=bbs77", "[广告] 零基础报技师 包过", "1.28万"),
    ]
    add("/bbs/forum-12-1.html", doc("bbs", "人工智能/认证考证 - 北方IT人论坛", "<h1>人工智能/认证考证</h1>" + items(bbs_rows)),
        OL, "forum-list", "thread list with price/promise titles")

    add("/wenda/index.html", doc("wenda", "问答宝 - 人工智能训练师", "<h1>人工智能训练师 相关问题</h1>" + items([
        ("/wenda/q/10471.html", "人工智能训练师能包过吗？", "正规认定不存在包过……"),
        ("/wenda/q/10482.html", "沈阳考三级，有没有能包过的？", "三级包过班，2,680一期……"),
        ("/wenda/q/10490.html", "“人社部颁发的国家职业资格证书”是真的吗？", "3800元……"),
        ("/wenda/q/10502.html", "考了三级能领多少补贴？", "2000元"),
        ("/wenda/q/10517.html", "哈尔滨哪里可以考四级？", "合计1,860元"),
        ("/wenda/q/10525.html", "零基础能直接考二级吗？", ""),
        ("/wenda/q/10533.html", "南宁五级和四级费用大概多少？", "五级1,180元，四级1,480元"),
        ("/wenda/q/10540.html", "江城智能评价中心和江城智能装备是一家吗？", ""),
        ("/wenda/q/10551.html", "人工智能训练师和生成式人工智能系统应用员有什么区别？", ""),
    ])), OL, "qa-list", "question list with answer snippets quoting prices")

    add("/m/index.html", doc("m", "热门考证 - 移动专区", "<h1>热门考证</h1>" + items([
        ("/m/lp/ai-a1.html?utm_source=douyin&utm_campaign=gj", "人工智能训练师高级技师直通车", "限时3980 原价9980"),
        ("/m/lp/ai-b2.html", "免费学数据标注", "0元学"),
        ("/m/lp/ai-c3.html?from=feed", "拿证领补贴", "1980元 返补贴"),
        ("/m/preview/ai-d4.html", "代办（预览）", "2,580元"),
    ])), OL, "landing-hub", "landing hub with prices; links the robots-disallowed preview")

    add("/school/qlzx/kecheng.html", doc("school", "齐鲁智学 课程列表", "<h1>课程列表</h1>" + items([
        ("/school/qlzx/zhaosheng-2026.html", "人工智能训练师 五级至三级", "1200-2200元"),
        ("/school/qlzx/python.html", "Python数据分析实战", "3980元"),
        ("/school/qlzx/jianzhang-2025.html", "2025年招生简章（旧）", ""),
    ])), OL, "school-course-list", "course list with prices; old brochure link is broken")

    # ------------------------------------------------------------ other
    O = "other"
    add("/school/qlzx/python.html", doc("school", "Python数据分析实战班 - 齐鲁智学", """
<h1>Python数据分析实战班</h1><p>学费 3980 元，12 周，含 pandas、可视化和项目实战。本课程不含任何职业技能等级证书。</p>
<div class="side"><h4>其他课程</h4><ul><li>%s</li></ul></div>""" % a("/school/qlzx/zhaosheng-2026.html", "人工智能训练师招生简章")), O, "unrelated-course",
        "unrelated course with a price; sidebar link to AI-trainer brochure")
    add("/school/cthb/pmp.html", doc("school", "PMP项目管理认证培训 - 楚天慧博", """
<h1>PMP项目管理认证培训</h1><p>学费 4200 元（含35学时证明），考试费另交。</p>
<div class="side"><h4>热门课程</h4><ul><li>%s ¥2680</li><li>%s ¥3980</li></ul></div>""" % (
        a("/school/cthb/kecheng-3ji.html", "人工智能训练师三级"), a("/school/cthb/jishi-ban.html", "人工智能训练师技师班"))),
        O, "unrelated-course", "PMP course; sidebar lists AI-trainer course titles/prices")
    add("/school/qlzx/index.html", doc("school", "齐鲁智学培训学校", """
<h1>齐鲁智学培训学校</h1><p>济南市人社局备案的民办职业培训学校，开设人工智能、数据分析等课程。</p>
<ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>""" % (a("/school/qlzx/kecheng.html", "课程列表"),
        a("/school/qlzx/zhaosheng-2026.html", "2026冬季招生简章"), a("/school/qlzx/news-kaohe.html", "学校新闻"),
        a("/school/qlzx/python.html", "Python数据分析"))), O, "school-home", "school home")
    add("/school/cthb/index.html", doc("school", "楚天慧博职业培训学校", """
<h1>楚天慧博职业培训学校</h1><ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>""" % (
        a("/school/cthb/kecheng-3ji.html", "人工智能训练师三级课程"), a("/school/cthb/jishi-ban.html", "技师研修班"),
        a("/school/cthb/pmp.html", "PMP认证培训"), a("/school/en/ai-trainer-certificate.html", "English: AI Trainer Certificate"))),
        O, "school-home", "school home")
    add("/school/index.html", doc("school", "培训机构黄页", """
<h1>培训机构黄页</h1><ul><li>%s（济南）</li><li>%s（武汉）</li><li>%s（郑州）</li><li>%s</li><li>%s</li></ul>""" % (
        a("/school/qlzx/index.html", "齐鲁智学培训学校"), a("/school/cthb/index.html", "楚天慧博职业培训学校"),
        a("/school/hn/zhaosheng.html", "郑州云途学院"), a("/school/en/ai-trainer-certificate.html", "Chutian Huibo (English)"),
        a("/school/en/fast-track.html", "Global Skills Bridge"))), O, "directory", "school directory, no prices")
    news_links = ["/news/2026/1103-shanzhai.html", "/news/2026/1020-butie.html", "/news/2026/0915-biaozhun.html",
                  "/news/2026/0828-chaxun.html", "/news/2026/0712-luohu.html", "/news/2026/1125-henan.html",
                  "/news/2026/1201-heilongjiang.html", "/news/2026/1010-guangxi.html", "/news/2026/0630-hubei.html",
                  "/news/2026/1215-fake-policy.html", "/news/2026/0101-old.html"]
    add("/news/index.html", doc("news", "时讯网·教育频道", "<h1>教育频道</h1><ul>%s</ul>" % "".join(
        "<li>%s</li>" % a(h, h.rsplit("/", 1)[1].replace(".html", "")) for h in news_links)),
        O, "news-index", "news index, titles only; one link is a removed article (404)")
    add("/rsj/index.html", doc("rsj", "人社服务资讯平台", """
<h1>人社服务资讯平台</h1><ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>""" % (
        a("/rsj/tzgg/2026-10-beian.html", "第六批评价机构备案名单"), a("/rsj/tzgg/2026-09-butie.html", "技能提升补贴申领通知"),
        a("/rsj/tzgg/2026-06-qingli.html", "山寨证书专项治理通告"), a("/rsj/zscx.html", "职业技能等级证书查询")), enc="gbk", decl="http-equiv"),
        O, "gov-home", "GBK portal home", enc="gbk")
    add("/rsj/zscx.html", doc("rsj", "职业技能等级证书查询", """
<h1>职业技能等级证书查询</h1><form action="/rsj/zscx.html" method="get">
<label>证书编号 <input name="zsbh"></label> <label>身份证号 <input name="sfz"></label> <button>查询</button></form>
<p>说明：本平台数据来源于备案评价机构上报信息。</p>"""), O, "query-form", "certificate query form")
    add("/jobs/index.html", doc("jobs", "智聘网 - AI相关职位", "<h1>AI相关职位</h1>" + items([
        ("/jobs/detail/88001.html", "数据标注员（济南）", "5000-7000元/月"),
        ("/jobs/detail/88002.html", "AI训练师（大模型对话方向）", "8000-12000元/月"),
        ("/jobs/detail/88003.html", "数据标注专员（哈尔滨）", "4500-6000元/月"),
        ("/jobs/detail/88004.html", "人工智能算法测试员", "年薪12-18万"),
        ("/jobs/detail/88005.html", "人工智能训练师培训讲师", "1万-1.5万"),
        ("/jobs/detail/88006.html", "大模型标注兼职", "日结300元"),
        ("/jobs/detail/88007.html", "人工智能训练师考评员", "6000-9000元/月"),
    ])), O, "job-list", "job list with salaries (not fees)")
    add("/mp/index.html", doc("mp", "公众号文章合集", "<h1>文章合集</h1><ul>%s</ul>" % "".join("<li>%s</li>" % a(h, t) for h, t in [
        ("/mp/s/xK3pQ9.html?utm_source=wechat&share_token=u81k", "从客服到AI训练师"), ("/mp/s/Lm7tR2.html", "济南落户新通道"),
        ("/mp/s/Qw5vN8.html", "三证连报"), ("/mp/s/Ht4jC6.html", "官方渠道｜认定报名通知"),
        ("/mp/s/Za8dE1.html", "证书怎么考"), ("/mp/s/Rb2yU4.html", "避坑指南")])), O, "wechat-index", "article index, titles only")
    add("/about.html", doc("root", "关于职达信息港", "<h1>关于我们</h1><p>职达信息港汇集职业培训、招聘与政策资讯，覆盖山东、河南、湖北、辽宁、黑龙江、广西。</p>"),
        O, "about", "about page")
    add("/contact.html", doc("root", "联系我们", "<h1>联系我们</h1><p>客服电话 400-800-2026 · 邮箱 kefu@zhida.example</p>"),
        O, "contact", "contact page")


def home_and_sitemap():
    hubs = [("/news/index.html", "资讯"), ("/rsj/index.html", "人社服务"), ("/fenlei/list/rgzn-1.html", "分类信息"),
            ("/mall/index.html", "课程商城"), ("/bbs/forum-12-1.html", "论坛"), ("/wenda/index.html", "问答"),
            ("/jobs/index.html", "招聘"), ("/school/index.html", "培训机构"), ("/mp/index.html", "公众号文章"),
            ("/topic/ai-trainer.html", "人工智能训练师专题"), ("/m/index.html", "移动专区")]
    body = "<h1>职达信息港</h1><ul>%s</ul><p>%s · %s · %s</p>" % (
        "".join("<li>%s</li>" % a(h, t) for h, t in hubs), a("/sitemap.html", "网站地图"), a("/about.html", "关于"),
        a("/contact.html", "联系"))
    add("/index.html", doc("root", "职达信息港 - 职业培训 招聘 资讯", body, chrome=False), "other", "home", "start page")
    paths = sorted(p for p, v in PAGES.items() if not v["truth"]["robots_disallowed"]) + ["/sitemap.html"]
    add("/sitemap.html", doc("root", "网站地图", "<h1>网站地图</h1><ul>%s</ul>" % "".join(
        "<li>%s</li>" % a(p, p) for p in paths if p != "/sitemap.html")), "other", "sitemap", "links every page except the robots-disallowed one")
