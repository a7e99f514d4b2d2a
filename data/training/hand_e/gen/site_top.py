"""Portal /index.html, ranking site /top/, fake query site /cx/."""
from common import Page, a, esc, jdump, BAIDU_TONGJI, name_of

MP = {"A": "/mp/s/Qn4Zk8TwR2vLx7Ud1MhPcA.html", "B": "/mp/s/Wb7Rt2YcN9eKs4Hq6LpXuB.html",
      "C": "/mp/s/Jm3Vx9PfT6aQw2Ez8NkRdC.html", "D": "/mp/s/Hs5Lc1GuY8bNr3Vt7XqWeD.html",
      "E": "/mp/s/Pt8Ka6DwS3mXj1Rc9VhLfE.html", "F": "/mp/s/Zy2Ne5QbH7tUg4Mw6CsJkF.html",
      "profile": "/mp/profile/MzkzNjE4MDQyMg.html"}
XHS = {"a": "/xhs/explore/65f1c2a0000000001203b7e4.html", "b": "/xhs/explore/6601a9e3000000001a02f5c1.html",
       "c": "/xhs/explore/65e8b71d0000000012019d3a.html", "d": "/xhs/explore/6612f04b000000001b00c8e2.html",
       "e": "/xhs/explore/65d47e90000000000b0161f7.html", "f": "/xhs/explore/65c03b2e000000001302a4d9.html",
       "search": "/xhs/search_result/"}
DY = {"x": "/douyin/video/7338125590412377382.html", "y": "/douyin/video/7341907265031728419.html",
      "z": "/douyin/video/7329861044187524362.html"}


def portal():
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>华中职教导航 - 湖北湖南河南职业培训网址大全</title>
<meta name="keywords" content="职教导航,培训网址,人工智能训练师">
<style>body{{font:14px/1.8 "Microsoft YaHei";margin:0;background:#f6f6f6}}.w{{width:1000px;margin:0 auto}}
.blk{{background:#fff;margin:12px 0;padding:12px 18px}}.blk a{{display:inline-block;width:230px;color:#0645ad}}
h1{{font-size:22px;color:#1f6f43}}</style></head><body><div class="w">
<h1>华中职教导航</h1><p>收录湖北、湖南、河南职业培训、考证资讯类网站，排名不分先后。</p>
<div class="blk"><h3>培训平台</h3>
{a("/peixun/", "职培汇·华中站")}{a("/peixun/category/rgzn/?utm_source=dh&amp;utm_medium=nav", "人工智能训练师课程")}
{a("/peixun/city/wuhan.html?from=dh", "武汉培训")}{a("/peixun/city/zhengzhou.html?from=dh", "郑州培训")}</div>
<div class="blk"><h3>排行榜 · 测评</h3>
{a("/top/", "优选排行网")}{a("/top/2026-ai-xunlianshi-paihang.html?utm_source=dh&amp;utm_medium=nav&amp;utm_campaign=top2026", "2026年AI训练师机构排行榜")}
{a("/top/duibi/hubei-hunan-henan.html", "湘鄂豫AI训练师机构对比")}</div>
<div class="blk"><h3>公众号 · 自媒体</h3>
{a(MP["profile"] + "?scene=124", "公众号：华中技能考证通")}{a(XHS["search"] + "?keyword=AI%E8%AE%AD%E7%BB%83%E5%B8%88&amp;source=web_search_result_notes", "小红书：AI训练师笔记")}
{a(DY["z"] + "?previous_page=web_code_link", "抖音：人社提醒")}{a(DY["y"] + "?modeFrom=searchResult", "抖音：郑州课程")}</div>
<div class="blk"><h3>资讯</h3>{a("/zx/", "华中资讯网")}{a("/zx/tag/rgznxls.html", "人工智能训练师专题")}</div>
<div class="blk"><h3>官方查询（外部）</h3>
<a href="https://zscx.osta.org.cn/" rel="nofollow">技能人才评价证书全国联网查询</a>
<a href="https://pjjg.osta.org.cn/" rel="nofollow">评价机构公示</a>
<a href="https://rst.hubei.gov.cn/" rel="nofollow">湖北省人社厅</a><a href="https://rst.hunan.gov.cn/" rel="nofollow">湖南省人社厅</a>
<a href="https://hrss.henan.gov.cn/" rel="nofollow">河南省人社厅</a></div>
<p style="font-size:12px;color:#999">© 2026 华中职教导航 | 联系站长：dh@example.cn</p></div>
{BAIDU_TONGJI % "0b1f7e2d6c5a4938271605f4e3d2c1b0"}</body></html>
"""
    return Page("/index.html", html, page_type="other", kind="portal",
                note="start page: link directory to every sub-site", phenomena=["other", "tracking_params"])


TOP_HEAD = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="{kw}"><meta name="description" content="{desc}">{canon}{extra}
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="og:site_name" content="优选排行网">
<style>body{{font:15px/1.8 "PingFang SC","Microsoft YaHei";margin:0;color:#222}}.hd{{background:#c8102e;color:#fff;padding:10px 0}}
.w{{width:980px;margin:0 auto}}.hd a{{color:#fff;margin-right:16px}}table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #e3e3e3;padding:6px 8px;font-size:14px}}th{{background:#fafafa}}.rk{{color:#c8102e;font-weight:bold}}
.note{{font-size:12px;color:#999}}.adv{{border:1px dashed #c8102e;padding:8px;margin:12px 0}}</style></head><body>
<div class="hd"><div class="w"><b style="font-size:20px">优选排行网</b> &nbsp; <a href="/top/">首页</a><a href="/top/?cat=edu">教育培训</a>
<a href="/top/2026-ai-xunlianshi-paihang.html?from=nav">AI训练师榜</a><a href="/top/duibi/hubei-hunan-henan.html?from=nav">机构对比</a>
<a href="/index.html">导航</a></div></div><div class="w">"""
TOP_FOOT = """<p class="note">声明：榜单综合网络公开信息、用户评价及机构投稿整理，部分位置为商业推广，仅供参考，不构成报名建议。
证书真伪请以技能人才评价证书全国联网查询结果为准。</p>
<p class="note">© 2026 优选排行网 豫ICP备2023018824号-1</p></div>
<script src="https://s.example-cnzz.com/z_stat.php?id=1281736&amp;web_id=1281736"></script></body></html>
"""


def top_head(title, kw, desc, canonical=None, extra=""):
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return TOP_HEAD.format(title=title, kw=kw, desc=desc, canon=canon, extra=extra)


def top_home():
    body = f"""<h2>最新榜单</h2><ul>
<li>{a("/top/2026-ai-xunlianshi-paihang.html?utm_source=top_home&amp;utm_medium=list", "2026年AI训练师培训机构排行榜（湖北/湖南/河南）")}</li>
<li>{a("/top/duibi/hubei-hunan-henan.html?from=top_home", "湘鄂豫人工智能训练师机构收费对比表")}</li>
<li>2026年郑州十大少儿编程机构排行（更新中）</li><li>2026年武汉考研集训营排行（更新中）</li>
<li>2026年长沙十大月嫂培训学校（更新中）</li><li>2026年洛阳驾校口碑榜（更新中）</li></ul>
<h2>热门分类</h2><p>教育培训 · 家居建材 · 汽车 · 母婴 · 美食 · 旅游</p>
<div class="adv">广告：{a(XHS["search"] + "?keyword=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%AE%AD%E7%BB%83%E5%B8%88", "小红书搜“人工智能训练师”看真实经验")}</div>"""
    html = top_head("优选排行网 - 2026各行业品牌排行榜_十大品牌", "排行榜,十大品牌,培训机构排行", "优选排行网", "/top/") + \
        body + TOP_FOOT
    return Page("/top/index.html", html, page_type="other", kind="ranking-home",
                note="ranking-site home: titles of rankings, no prices", phenomena=["other", "open_graph"])


RANK = [
    (1, "武汉楚才职业培训学校", "武汉", name_of("HE01"), "1680-2380", "周末班，不承诺包过，评价机构可查", 9.6, "/peixun/course/10231.html?ref=top2026"),
    (2, "湘麓数智学堂", "长沙", name_of("HE07"), "980-1980", "五级到三级，直播+实操", 9.4, "/peixun/v2/course/10283/?ref=top2026"),
    (3, "华中智培教育", "武汉", "湖北楚天数字技能鉴定评价有限公司", "3980-8800", "包过率99%，零基础可报技师", 9.3, "/peixun/course/10247.html?ref=top2026"),
    (4, "郑州启航职业培训学校", "郑州", name_of("HE12"), "980-1580", "三人成团优惠", 9.1, "/peixun/course/10266.html?ref=top2026"),
    (5, "东湖智训", "武汉", name_of("HE04"), "2280", "光谷本地考点", 8.8, None),
    (6, "豫学通在线", "郑州", name_of("HE13"), "月供298起", "0首付分期", 8.6, "/peixun/course/10270.html?ref=top2026"),
    (7, "三峡数智培训", "宜昌", name_of("HE05"), "1580", "宜昌本地班", 8.3, None),
]


def top_rank():
    rows = "".join(
        f'<tr><td class="rk">{r}</td><td>{a(u, n) if u else n}</td><td>{c}</td><td>{ev}</td><td>{p}</td><td>{t}</td><td>{s}</td></tr>'
        for r, n, c, ev, p, t, s, u in RANK)
    ld = {"@context": "https://schema.org", "@type": "ItemList", "name": "2026年AI训练师培训机构排行榜",
          "itemListElement": [{"@type": "ListItem", "position": r, "name": n, "url": u or ""} for r, n, _, _, _, _, _, u in RANK]}
    body = f"""<h1>2026年AI训练师培训机构排行榜（湖北/湖南/河南）</h1>
<p class="note">更新时间：2026-02-22 &nbsp; 作者：排行君 &nbsp; 阅读 18.2万</p>
<p>人工智能训练师（AI训练师）是2020年发布的新职业，2026年报考热度持续走高。小编综合课程质量、价格、学员口碑和评价机构资质，
整理出湘鄂豫三省AI训练师培训机构TOP7，供大家参考。</p>
<table><tr><th>排名</th><th>机构</th><th>城市</th><th>认定/评价机构</th><th>价格（元）</th><th>特色</th><th>评分</th></tr>{rows}</table>
<h2>各机构点评</h2>
<p><b>NO.1 武汉楚才</b>：老牌机构，四级1680、三级2380，合作评价机构备案信息公开，适合在职人员。</p>
<p><b>NO.3 华中智培</b>：宣传“包过率99%”“不过退费”，价格偏高，一级高达8800元，报名前务必核实评价机构名称是否与备案名单一致。</p>
<p><b>NO.5 东湖智训</b>：有网友反映其合作的评价机构资质已被撤销，小编未能核实，请谨慎。</p>
<h2>怎么选？</h2><ol><li>查评价机构备案：以省人社厅公布名单为准；</li><li>不信“包过”“免考”；</li><li>价格一般四级一两千元，二级以上更高。</li></ol>
<div class="adv">📢 想报名？{a("/peixun/category/rgzn/?utm_source=top2026&amp;utm_medium=cta", "点此查看全部在招课程")}，或阅读
{a(MP["F"] + "?scene=21#wechat_redirect", "《AI训练师证书到底有没有用？》")}</div>"""
    html = top_head("2026年AI训练师培训机构排行榜（湖北湖南河南）_人工智能训练师培训哪家好",
                    "AI训练师培训机构排行榜,人工智能训练师培训哪家好,武汉人工智能训练师,长沙,郑州",
                    "2026年AI训练师培训机构排行榜TOP7", "/top/2026-ai-xunlianshi-paihang.html",
                    f'<script type="application/ld+json">{jdump(ld)}</script>') + body + TOP_FOOT
    return Page("/top/2026-ai-xunlianshi-paihang.html", html, page_type="offer_list", kind="ranking",
                note="ranking table of 7 schools with price ranges and promises (包过率99%), names lapsed/out-of-scope "
                     "evaluators; linked with utm_* variants; no own offer",
                phenomena=["aggregator", "list_page", "tracking_params", "canonical_ok", "json_ld", "open_graph",
                           "reported_claim"])


def top_compare():
    body = f"""<h1>湘鄂豫人工智能训练师机构收费对比表（2026春季）</h1>
<p class="note">数据来源：各机构官网及客服报价，统计日期2026-02-20，含培训费与认定费，实际以机构报价为准。</p>
<table><tr><th>机构</th><th>五级</th><th>四级</th><th>三级</th><th>二级</th><th>一级</th><th>评价机构</th></tr>
<tr><td>{a("/peixun/course/10298.html?ref=duibi", "武汉楚才（晚班）")}</td><td>1280</td><td>1780</td><td>2380</td><td>—</td><td>—</td><td>江城智能评价</td></tr>
<tr><td>{a("/peixun/v2/course/10283/?ref=duibi", "湘麓数智学堂")}</td><td>980</td><td>1480</td><td>1980</td><td>—</td><td>—</td><td>麓山评价</td></tr>
<tr><td>{a("/peixun/course/10266.html?ref=duibi", "郑州启航")}</td><td>1280/团980</td><td>1580/团1280</td><td>—</td><td>—</td><td>—</td><td>中州数评</td></tr>
<tr><td>{a("/peixun/course/10302.html?ref=duibi", "华中智培（技师班）")}</td><td>—</td><td>—</td><td>3980</td><td>5800</td><td>7800</td><td>江城智能评价（宣称）</td></tr>
<tr><td>{a("/peixun/course/10291.html?ref=duibi", "河洛职培")}</td><td>—</td><td>2480</td><td>—</td><td>—</td><td>—</td><td>河洛鉴定</td></tr>
<tr><td>{a(DY["y"] + "?ref=duibi", "抖音@郑州小周老师")}</td><td>—</td><td>单买1880/拼团1480</td><td>—</td><td>—</td><td>—</td><td>郑东评价</td></tr></table>
<h2>结论</h2><p>五级普遍在千元左右，三级两千元上下；二级、一级需满足工作年限，报价5000元以上的需特别留意是否承诺“学历直报”。
另外，江城智能评价目前公示的人工智能训练师备案等级为三至五级，宣称可考二级、一级的请自行核实。</p>
<p>{a("/top/2026-ai-xunlianshi-paihang.html?utm_source=duibi&amp;utm_medium=inner", "查看2026年AI训练师机构排行榜 &gt;")}</p>"""
    html = top_head("湘鄂豫人工智能训练师机构收费对比表_AI训练师培训多少钱", "人工智能训练师多少钱,AI训练师培训费用对比",
                    "人工智能训练师各机构各等级收费对比", "/top/duibi/hubei-hunan-henan.html") + body + TOP_FOOT
    return Page("/top/duibi/hubei-hunan-henan.html", html, page_type="offer_list", kind="comparison-table",
                note="per-level price comparison table across six sellers (level table with group prices); no own offer",
                phenomena=["aggregator", "level_table", "group_price", "list_page", "tracking_params", "canonical_ok",
                           "open_graph"])


def cx():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>全国职业技能等级证书查询中心 - 官方查询入口</title>
<meta name="keywords" content="证书查询,人工智能训练师证书查询,职业技能等级证书查询">
<style>body{font:14px "SimSun";background:#eef3f9;margin:0}.hd{background:#b40000;color:#fff;padding:14px;font-size:22px}
.f{width:520px;margin:30px auto;background:#fff;padding:20px;border:1px solid #ccc}.f input{width:300px}</style></head><body>
<div class="hd"><img src="/cx/img/logo-hui.png" alt="全国职业技能等级证书查询中心" width="48"> 全国职业技能等级证书查询中心
<small style="font-size:13px">www.rgzn-zscx.com</small></div>
<div class="f"><h3>证书查询</h3><form action="/cx/index.html" method="get">
<p>姓　　名：<input name="xm"></p><p>身份证号：<input name="sfz"></p><p>证书编号：<input name="zsbh"></p>
<p>验 证 码：<input name="yzm" style="width:80px"> <img src="/cx/yzm.png" alt="验证码"></p><p><button>查 询</button></p></form>
<p style="font-size:12px;color:#666">本站数据与国家人社系统同步更新，查询结果具有权威性。证书可用于入户、评职称、申领补贴。</p>
<p style="font-size:12px;color:#666">主办：全国职业技能等级证书查询中心 &nbsp; 技术支持：北京某某网络 &nbsp; 工信部备案：京ICP备2025000000号</p></div>
<div class="f"><h3>常见问题</h3>
<p><b>问：为什么查不到我的证书？</b><br>答：证书信息录入需要15-30个工作日，请耐心等待；加急录入请联系发证单位。</p>
<p><b>问：本站查询结果是否权威？</b><br>答：本站与各发证单位数据实时对接，查询结果可作为用人单位核验依据。</p>
<p><b>问：可以查询哪些证书？</b><br>答：人工智能训练师、数据标注员、健康管理师、心理咨询师、碳排放管理员、家庭教育指导师等200余种证书。</p>
<h3>最新公告</h3><ul><li>关于2026年第一批人工智能训练师证书数据入库的公告</li><li>关于谨防假冒本站查询网址的声明</li>
<li>关于开通证书电子版下载服务的通知</li></ul></div>
<p style="text-align:center;font-size:12px"><a href="/index.html">返回导航</a> | 客服QQ：2870019931 | 工作时间 9:00-17:30</p></body></html>
"""
    return Page("/cx/index.html", html, page_type="other", kind="query-page",
                note="unofficial 'national' certificate query form (www.rgzn-zscx.com) that scam ads send buyers to; sells nothing",
                phenomena=["unofficial_query_site", "other"])


def pages():
    return [portal(), top_home(), top_rank(), top_compare(), cx()]
