"""职培汇·华中站 (/peixun/): a training directory — layout, list/category/city/tag/search pages."""
from common import Page, a, esc, jdump, BAIDU_TONGJI, COOKIE_BAR

CSS = """<style>
body{margin:0;font:14px/1.7 "PingFang SC","Microsoft YaHei",sans-serif;color:#333;background:#f4f5f7}
.w{width:1180px;margin:0 auto}.top{background:#1f2d3d;color:#cfd8e3;font-size:12px;line-height:32px}
.top a{color:#cfd8e3;margin-left:12px}.hd{background:#fff;border-bottom:2px solid #ff6a00}
.logo{font-size:26px;color:#ff6a00;font-weight:bold;display:inline-block;padding:16px 0}
.nav a{display:inline-block;padding:0 18px;line-height:44px;color:#333}.nav a.on{color:#ff6a00}
.so{float:right;margin-top:20px}.so input{width:300px;height:30px;border:2px solid #ff6a00}
.main{float:left;width:860px}.side{float:right;width:300px}.box{background:#fff;margin:12px 0;padding:16px}
.item{border-bottom:1px dashed #ddd;padding:12px 0}.item h3{margin:0;font-size:16px}
.price{color:#f40;font-size:18px;font-weight:bold}.tag{background:#fff2e8;color:#fa541c;padding:0 6px;margin-right:6px;font-size:12px}
.ft{clear:both;background:#2b2b2b;color:#999;font-size:12px;padding:20px 0;text-align:center}
.ft a{color:#999}.cookie-tip{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:8px}
table.lv{border-collapse:collapse;width:100%}table.lv td,table.lv th{border:1px solid #e5e5e5;padding:6px 10px}
.pager a,.pager span{display:inline-block;padding:2px 10px;border:1px solid #ddd;margin-right:4px}
.crumb{font-size:12px;color:#999;padding:8px 0}.crumb a{color:#666}
</style>"""

CITIES = [("wuhan", "武汉"), ("changsha", "长沙"), ("zhengzhou", "郑州"), ("yichang", "宜昌"),
          ("xiangyang", "襄阳"), ("zhuzhou", "株洲"), ("luoyang", "洛阳")]

# Course catalogue used by every list page: (path, title, city, price_html, promise, school)
CATALOG = {
    "10231": ("/peixun/course/10231.html", "武汉·人工智能训练师四级/三级认定培训（周末班）", "武汉",
              "￥1680起", "评价机构：湖北楚天数字技能评价有限公司 · 全国联网可查", "武汉楚才职业培训学校"),
    "10247": ("/peixun/course/10247.html", "人工智能训练师三级至一级 零基础直通车 包过班", "武汉",
              "￥3980起", "零基础可报技师 不过全额退费", "华中智培教育"),
    "10252": ("/peixun/course/10252.html", "人工智能训练师证书 快速拿证 可积分入户", "武汉",
              "惊喜价", "人社部颁发 国家职业资格 免考", "鼎程职业技能服务"),
    "10266": ("/peixun/course/10266.html", "郑州 AI训练师（数据标注员）五级/四级 三人成团", "郑州",
              "￥980/人起", "中州数评认定 · 团报更优惠", "郑州启航职业培训学校"),
    "10270": ("/peixun/course/10270.html", "人工智能训练师中高级 0首付分期 月供低至298", "郑州",
              "月供￥298", "0元入学 先学后付", "豫学通在线"),
    "10283": ("/peixun/v2/course/10283/", "长沙 人工智能训练师 五级到三级 全程直播+实操", "长沙",
              "￥980起", "麓山评价认定 理论+实操", "湘麓数智学堂"),
    "10291": ("/peixun/course/10291.html", "洛阳 人工智能训练师四级 定金锁位", "洛阳",
              "定金￥500", "不过免费重考", "河洛职业培训中心"),
    "10298": ("/peixun/course/10298.html", "武汉 人工智能训练师五级-三级 晚班/周末班", "武汉",
              "￥1280起", "江城智能评价认定 · 可申领补贴(符合条件)", "武汉楚才职业培训学校"),
    "10302": ("/peixun/course/10302.html", "人工智能训练师技师/高级技师 本科学历直报", "武汉",
              "￥5800起", "学历直报 无需工作年限", "华中智培教育"),
    "en": ("/peixun/en/ai-trainer-level5-wuhan.html", "AI Trainer Level 5 Weekend Course (English-taught)",
           "武汉", "RMB 1,180", "For international students in Wuhan", "武汉楚才职业培训学校"),
    "10305": ("/peixun/course/10305.html", "健康管理师三级 考证培训（非人工智能类）", "武汉",
              "￥3980", "线上直播", "华中智培教育"),
}


def layout(title, body, *, keywords="", description="", canonical=None, crumbs=None,
           side=True, extra_head="", charset="utf-8", cur=""):
    head_meta = f'<meta charset="{charset}">' if charset == "utf-8" else \
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    canon = f'<link rel="canonical" href="{esc(canonical)}">' if canonical else ""
    crumb = ""
    if crumbs:
        crumb = '<div class="crumb w">当前位置：' + " &gt; ".join(crumbs) + "</div>"
    nav_items = [("/peixun/", "首页", "home"), ("/peixun/category/rgzn/", "人工智能训练师", "rgzn"),
                 ("/peixun/city/wuhan.html", "武汉", "wuhan"), ("/peixun/city/changsha.html", "长沙", "changsha"),
                 ("/peixun/city/zhengzhou.html", "郑州", "zhengzhou"), ("/peixun/tag/baoguo.html", "热门专题", "tag"),
                 ("/peixun/ask/5512.html", "问答", "ask"), ("/peixun/job/7781.html", "招聘", "job")]
    nav = "".join(f'<a href="{h}"{" class=on" if k == cur else ""}>{t}</a>' for h, t, k in nav_items)
    sidebar = ""
    if side:
        sidebar = f"""<div class="side">
<div class="box"><h4>热门课程</h4><ol>
<li>{a(CATALOG["10231"][0] + "?from=side_hot", "人工智能训练师四级/三级 周末班")}</li>
<li>{a(CATALOG["10298"][0] + "?from=side_hot", "五级-三级 晚班 ￥1280起")}</li>
<li>{a(CATALOG["10283"][0] + "?from=side_hot", "长沙 五级到三级 直播+实操")}</li>
<li>{a(CATALOG["10266"][0] + "?from=side_hot&amp;utm_source=side", "郑州 三人成团 980/人")}</li>
</ol></div>
<div class="box"><h4>报考须知</h4><p style="font-size:12px;color:#666">职业技能等级证书由经人社部门备案的评价机构颁发，
可登录<a href="https://zscx.osta.org.cn/" rel="nofollow" target="_blank">技能人才评价证书全国联网查询</a>核验。
本站仅提供信息展示，请认准机构资质，谨防"免考""包过"等虚假宣传。</p></div>
<div class="box ad"><a href="/top/2026-ai-xunlianshi-paihang.html?utm_source=zph&amp;utm_medium=banner">
<img src="/static/ad/top2026.gif" alt="2026年AI训练师培训机构排行榜" width="268" height="120"></a></div>
</div>"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{head_meta}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="{esc(keywords)}">
<meta name="description" content="{esc(description)}">
{canon}
{extra_head}
{CSS}
</head>
<body>
<div class="top"><div class="w">欢迎来到职培汇华中站！<a href="/peixun/about.html">关于我们</a><a href="/peixun/user/fav.html">我的收藏</a>
<a href="javascript:;" onclick="login()">登录</a><a href="javascript:;">注册</a><span style="float:right">客服热线：027-8765 1200</span></div></div>
<div class="hd"><div class="w"><a class="logo" href="/peixun/">职培汇<small style="font-size:13px">·华中站</small></a>
<form class="so" action="/peixun/search/index.html" method="get"><input name="q" placeholder="搜课程/机构，如：人工智能训练师">
<button type="submit">搜索</button></form>
<div class="nav">{nav}</div></div></div>
{crumb}
<div class="w">
<div class="main">
{body}
</div>
{sidebar}
</div>
<div class="ft">
<p><a href="/peixun/about.html">关于职培汇</a> | <a href="/peixun/about.html#hezuo">机构入驻</a> | <a href="/peixun/about.html#mianze">免责声明</a> |
<a href="/index.html">华中职教导航</a></p>
<p>本站课程信息由入驻机构自行发布，本站不对其真实性承担责任。举报电话：027-8765 1200</p>
<p>Copyright © 2019-2026 职培汇 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow">鄂ICP备19033817号-2</a></p>
</div>
{COOKIE_BAR}
{BAIDU_TONGJI % "4a2f0c7e19d8b3a51e6f2c0d9b7a8e31"}
</body>
</html>
"""


def item(key, href_suffix="", snippet=None, tags=()):
    path, title, city, price, promise, school = CATALOG[key]
    tg = "".join(f'<span class="tag">{t}</span>' for t in tags)
    return f"""<div class="item"><h3>{a(path + href_suffix, esc(title), target="_blank")}</h3>
<p>{tg}<span class="city">[{city}]</span> {esc(snippet or promise)}</p>
<p><span class="price">{esc(price)}</span> &nbsp; <span style="color:#999">{esc(school)}</span></p></div>"""


def p_home():
    body = f"""<div class="box"><h2>热门专题 · 2026上半年</h2>
<p>{a("/peixun/category/rgzn/?from=home_banner", "人工智能训练师（AI训练师）专区")} ·
{a("/peixun/tag/baoguo.html?from=home", "通关班/冲刺班专题")} ·
{a("/top/2026-ai-xunlianshi-paihang.html?utm_source=zph_home&amp;utm_medium=link", "2026年AI训练师培训机构排行榜")}</p></div>
<div class="box"><h2>最新发布</h2>
{item("10298", "?from=home_new", "五级1280/四级1780/三级2380，湖北省内可申领技能提升补贴（需满足参保条件）", ("新课",))}
{item("10247", "?from=home_new", "三级3980 二级5980 一级8800，零基础直报，不过退费！", ("热",))}
{item("10266", "?from=home_new", "五级单报1280，三人成团980/人；四级单报1580", ("团购",))}
{item("10283", "?from=home_new", "五级980/四级1480/三级1980，理论+实操双考核", ())}
{item("10252", "?from=home_new", "人社部颁发，免考拿证，武汉积分入户加分", ("急招",))}
<p style="text-align:right">{a("/peixun/category/rgzn/index.html?page=1&amp;from=home", "查看全部人工智能训练师课程 &gt;&gt;")}</p></div>
<div class="box"><h2>热门搜索</h2><p>""" + a("/peixun/search/index.html?q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%AE%AD%E7%BB%83%E5%B8%88", "人工智能训练师") + " " + \
        a("/peixun/search/index.html?q=AI%E8%AE%AD%E7%BB%83%E5%B8%88&amp;from=hot", "AI训练师") + """ 健康管理师 电工证 育婴员</p></div>
<div class="box"><h2>按城市找课程</h2><p>""" + " ".join(
        a(f"/peixun/city/{c}.html", n) for c, n in CITIES[:3]) + """ 宜昌 襄阳 株洲 洛阳（即将开通）</p></div>
<div class="box"><h2>认证机构</h2><p>""" + a("/peixun/jigou/hbct.html", "武汉楚才职业培训学校") + """ · 华中智培教育 · 湘麓数智学堂 · 郑州启航职业培训学校</p></div>"""
    html = layout("职培汇华中站-职业技能培训课程大全_考证培训机构查询", body,
                  keywords="职业培训,考证,人工智能训练师,武汉培训,长沙培训,郑州培训",
                  description="职培汇华中站汇集湖北、湖南、河南职业技能培训课程信息。", canonical="/peixun/", cur="home")
    return Page("/peixun/index.html", html, page_type="offer_list", kind="directory-home",
                note="directory home with snippet prices/promises of several offers; not an offer itself",
                phenomena=["list_page", "aggregator", "tracking_params", "canonical_ok"])


def p_category1():
    items = [("10231", "?from=list&amp;pos=1", None, ("认证",)),
             ("10247", "?from=list&amp;pos=2", "零基础直报技师/高级技师，签协议不过全额退费", ("热",)),
             ("10298", "?from=list&amp;pos=3", None, ()),
             ("10283", "?from=list&amp;pos=4", "五级到三级，长沙岳麓区线下实操+直播", ()),
             ("10266", "?from=list&amp;pos=5", "单报1280，三人成团每人980", ("团购",)),
             ("10270", "?from=list&amp;pos=6", "12期分期，月供298，0首付", ("分期",)),
             ("10252", "?from=list&amp;pos=7", "国家职业资格证书 人社部颁发 免考快速下证", ()),
             ("10291", "?from=list&amp;pos=8", "四级，交定金500锁定名额，尾款开课前付清", ())]
    body = """<div class="box"><h1 style="font-size:20px">人工智能训练师培训课程（共 13 条）</h1>
<p style="font-size:12px;color:#999">人工智能训练师（职业编码4-04-05-05）含数据标注员、人工智能算法测试员两个工种。
排序：""" + a("/peixun/category/rgzn/?sort=default", "默认") + " | " + a("/peixun/category/rgzn/?sort=price", "价格↑") + \
        " | " + a("/peixun/category/rgzn/?sort=price_desc", "价格↓") + " | " + a("/peixun/category/rgzn/?sort=new", "最新") + "</p>" + \
        "".join(item(k, s, sn, t) for k, s, sn, t in items) + """
<div class="pager"><span>1</span>""" + a("/peixun/category/rgzn/list_2.html", "2") + \
        a("/peixun/category/rgzn/list_2.html?page=2", "下一页") + "</div></div>"
    html = layout("人工智能训练师培训_AI训练师考证培训班-职培汇华中站", body,
                  keywords="人工智能训练师培训,AI训练师,数据标注员培训",
                  description="人工智能训练师培训课程列表，第1页。", canonical="/peixun/category/rgzn/",
                  crumbs=[a("/peixun/", "首页"), "人工智能训练师"], cur="rgzn")
    return Page("/peixun/category/rgzn/index.html", html, page_type="offer_list", kind="category-list",
                note="category page 1, linked as /, index.html?page=1 and several ?sort= orders (same file)",
                phenomena=["list_page", "tracking_params", "canonical_ok", "aggregator"])


def p_category2():
    items = [("10298", "?from=list&amp;page=2", "周一至周五晚班，三级2380，含认定费", ()),
             ("10302", "?from=list&amp;page=2", "本科学历可直接报考技师，5800起", ("新",)),
             ("en", "?from=list&amp;page=2", "English-taught, Level 5 (五级), RMB 1,180", ("EN",)),
             ("10305", "?from=list&amp;page=2", "健康管理师（非AI类，因关键词匹配展示）", ())]
    body = """<div class="box"><h1 style="font-size:20px">人工智能训练师培训课程 - 第2页</h1>""" + \
        "".join(item(k, s, sn, t) for k, s, sn, t in items) + \
        '<div class="item"><h3>' + a("/peixun/course/10199.html?from=list", "人工智能训练师寒假速成班（已下架）") + \
        '</h3><p>该课程已下架</p></div>' + \
        '<div class="pager">' + a("/peixun/category/rgzn/", "上一页") + a("/peixun/category/rgzn/?page=1", "1") + \
        "<span>2</span></div></div>"
    html = layout("人工智能训练师培训_第2页-职培汇华中站", body, keywords="人工智能训练师培训",
                  description="人工智能训练师培训课程列表，第2页。", canonical="/peixun/category/rgzn/list_2.html",
                  crumbs=[a("/peixun/", "首页"), a("/peixun/category/rgzn/", "人工智能训练师"), "第2页"], cur="rgzn")
    return Page("/peixun/category/rgzn/list_2.html", html, page_type="offer_list", kind="category-list",
                note="category page 2; links a delisted course (404) and an unrelated course",
                phenomena=["list_page", "tracking_params", "canonical_ok"])


def p_city(code, cname, keys, charset="utf-8", extra=""):
    intro = {
        "wuhan": "武汉地区人工智能训练师培训机构主要集中在洪山区、东湖高新区（光谷）。报名前请核实评价机构是否在"
                 "湖北省人社厅公布的备案名单中。",
        "changsha": "长沙的AI训练师课程多为线上直播+线下实操，岳麓区、雨花区开班较多。",
        "zhengzhou": "郑州地区课程以数据标注员方向为主，金水区、郑东新区有多家培训学校开班。",
    }[code]
    rows = "".join(item(k, f"?src=city_{code}", None, ()) for k in keys)
    body = f"""<div class="box"><h1 style="font-size:20px">{cname}人工智能训练师培训机构推荐</h1>
<p style="color:#666">{intro}</p>{rows}</div>{extra}"""
    html = layout(f"{cname}人工智能训练师培训_{cname}AI训练师考证哪家好-职培汇", body,
                  keywords=f"{cname}人工智能训练师,{cname}AI训练师培训,{cname}数据标注员",
                  description=f"{cname}人工智能训练师培训课程汇总。", canonical=f"/peixun/city/{code}.html",
                  crumbs=[a("/peixun/", "首页"), f"{cname}"], cur=code, charset=charset)
    ph = ["list_page", "aggregator", "tracking_params", "canonical_ok"]
    if charset != "utf-8":
        ph.append("gbk")
        html = html.replace("©", "(C)")
    return Page(f"/peixun/city/{code}.html", html, page_type="offer_list", kind="city-list",
                note=f"city page for {cname} listing several offers" + (" (GBK encoded)" if charset != "utf-8" else ""),
                phenomena=ph, encoding="gbk" if charset != "utf-8" else "utf-8")


def p_tag():
    body = """<div class="box"><h1 style="font-size:20px">专题：人工智能训练师 通关班 / 包过班</h1>
<p style="color:#999;font-size:12px">专题由系统根据关键词"包过""通关""保过""快速拿证"自动聚合，内容来自机构发布。</p>""" + \
        item("10247", "?ref=tag_baoguo", "签约包过，不过全额退费；三级至一级均可报", ("包过",)) + \
        item("10252", "?ref=tag_baoguo", "免考试直接拿证，人社部颁发，可积分入户", ("快速拿证",)) + \
        item("10291", "?ref=tag_baoguo", "一次不过免费重考一次，四级定金500", ("重考",)) + \
        item("10270", "?ref=tag_baoguo#fenqi", "通关率高，0首付分期", ()) + \
        """<p style="font-size:12px;color:#c00">风险提示：依据《广告法》，教育培训广告不得对考试通过、取得证书作出保证性承诺。
请谨慎甄别"包过""免考"类宣传。</p></div>"""
    html = layout("人工智能训练师包过班_通关班专题-职培汇华中站", body,
                  keywords="人工智能训练师包过,AI训练师包过班,人工智能训练师免考,人工智能训练师快速拿证",
                  description="人工智能训练师包过班、通关班专题。", canonical="/peixun/tag/baoguo.html",
                  crumbs=[a("/peixun/", "首页"), "专题"], cur="tag")
    return Page("/peixun/tag/baoguo.html", html, page_type="offer_list", kind="tag-page",
                note="tag/topic page aggregating 包过/免考 snippets of other ads plus a legal warning; no own offer",
                phenomena=["list_page", "aggregator", "tracking_params", "warning"])


def p_search():
    body = """<div class="box"><p>搜索 <b style="color:#f40">人工智能训练师</b> 找到约 11 条结果（用时0.03秒）
&nbsp; 相关搜索：""" + a("/peixun/search/index.html?q=AI训练师", "AI训练师") + " " + \
        a("/peixun/search/index.html?q=数据标注员&amp;page=1", "数据标注员") + " " + \
        a("/peixun/search/index.html?q=人工智能训练师+包过", "人工智能训练师 包过") + "</p>" + \
        item("10231", "?spm=zph.search.0.1&amp;q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", None, ()) + \
        item("10283", "?spm=zph.search.0.2&amp;q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", None, ()) + \
        item("10302", "?spm=zph.search.0.3&amp;q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", None, ()) + \
        item("10270", "?spm=zph.search.0.4&amp;q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", None, ()) + \
        item("en", "?spm=zph.search.0.5", None, ()) + \
        '<div class="pager"><span>1</span>' + a("/peixun/search/index.html?q=人工智能训练师&amp;page=2", "2") + "</div></div>"
    html = layout("人工智能训练师_搜索结果-职培汇华中站", body, keywords="", description="",
                  extra_head='<meta name="robots" content="noindex,follow">',
                  crumbs=[a("/peixun/", "首页"), "搜索"])
    return Page("/peixun/search/index.html", html, page_type="offer_list", kind="search-results",
                note="site search results page (query variants are the same file); snippets only",
                phenomena=["search_page", "list_page", "tracking_params"])


def p_fav():
    body = """<div class="box"><h2>我的收藏（3）</h2><p style="color:#999">以下为示例收藏（未登录用户展示默认推荐）</p>""" + \
        item("10247", "?from=fav", None, ()) + item("10231", "?from=fav", None, ()) + item("10302", "?from=fav", None, ()) + "</div>"
    html = layout("我的收藏-职培汇华中站", body, extra_head='<meta name="robots" content="noindex,nofollow">', side=False)
    return Page("/peixun/user/fav.html", html, page_type="offer_list", kind="user-favorites", robots=True,
                note="user favourites page, disallowed by robots.txt (still linked from the top bar)",
                phenomena=["list_page"])


def p_jigou():
    body = """<div class="box"><h1 style="font-size:20px">武汉楚才职业培训学校</h1>
<p>办学许可证：鄂人社民字4201110000123号 &nbsp; 地址：武汉市洪山区珞喻路726号华乐商务中心B座11楼</p>
<p>学校成立于2014年，主要开展人工智能训练师、电子商务师、健康管理师等职业技能培训。学校为培训机构，
不颁发职业技能等级证书，认定工作由合作的备案评价机构组织实施。</p>
<h3>在招课程</h3>""" + item("10231", "?from=jigou", None, ()) + item("10298", "?from=jigou", None, ()) + \
        item("en", "?from=jigou", None, ()) + """<h3>学员评价</h3>
<p>“老师讲得细，实操题练了好多遍。” —— 学员 周**</p><p>“周末班对上班族友好。” —— 学员 L**</p></div>"""
    html = layout("武汉楚才职业培训学校_课程_评价-职培汇华中站", body, keywords="武汉楚才职业培训学校",
                  description="武汉楚才职业培训学校机构主页", canonical="/peixun/jigou/hbct.html",
                  crumbs=[a("/peixun/", "首页"), "机构"])
    return Page("/peixun/jigou/hbct.html", html, page_type="offer_list", kind="school-profile",
                note="school profile listing three of its courses with prices; the school says it does not issue",
                phenomena=["list_page", "aggregator"])


def p_about():
    body = """<div class="box"><h1 style="font-size:20px">关于职培汇</h1>
<p>职培汇（华中站）是面向湖北、湖南、河南三省的职业技能培训信息平台，为学员提供课程检索、机构比较与在线咨询服务。</p>
<h3 id="hezuo">机构入驻</h3><p>培训机构可提交办学许可证、营业执照申请入驻。入驻咨询：hezuo@zhipeihui.example（工作日 9:00-18:00）。</p>
<h3 id="mianze">免责声明</h3><p>本站课程信息由机构自行发布。职业技能等级证书由备案评价机构颁发，本站及入驻培训机构均不发证。
如发现虚假宣传，请拨打举报电话或向当地市场监管部门反映。</p>
<h3>联系我们</h3><p>电话：027-8765 1200 &nbsp; 地址：武汉市东湖新技术开发区光谷大道77号金融港B18栋</p></div>"""
    html = layout("关于我们-职培汇华中站", body, side=False, canonical="/peixun/about.html")
    return Page("/peixun/about.html", html, page_type="other", kind="about",
                note="about/contact page of the directory", phenomena=["other"])


def pages():
    return [p_home(), p_category1(), p_category2(),
            p_city("wuhan", "武汉", ["10231", "10247", "10298", "10302", "10252", "en"]),
            _changsha(),
            p_city("zhengzhou", "郑州", ["10266", "10270", "10291"], charset="gbk"),
            p_tag(), p_search(), p_fav(), p_jigou(), p_about()]


def _changsha():
    extra = """<div class="box"><h3>长沙周边</h3><p>株洲、湘潭暂无在招课程。您也可以查看""" + \
        a("/xhs/search_result/?keyword=%E9%95%BF%E6%B2%99AI%E8%AE%AD%E7%BB%83%E5%B8%88&amp;source=web_explore_feed",
          "长沙AI训练师 网友笔记") + "或" + a("/top/duibi/hubei-hunan-henan.html?from=zph_city", "湘鄂豫机构对比表") + \
        "。</p></div>"
    return p_city("changsha", "长沙", ["10283"], extra=extra)
