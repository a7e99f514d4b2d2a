"""/gbk/ (GBK-encoded site), /tw/ (Big5 page), /members/ (robots-disallowed), and the portal."""
from lib import add


# ---------------------------------------------------------------- GBK site (old table layout)
def gbk_page(title: str, decl: str, body: str) -> str:
    return f"""<html>
<head>
{decl}
<title>{title}</title>
</head>
<body bgcolor="#FFFFFF" topmargin="0">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#0055AA" height="60"><font color="#FFFFFF" size="5"><b>华夏技能培训网</b></font> &nbsp; <a href="/gbk/index.html"><font color="#FFFFFF">首页</font></a> | <a href="/index.html"><font color="#FFFFFF">职培导航</font></a></td></tr>
<tr><td valign="top" style="padding:12px">
{body}
</td></tr>
<tr><td align="center" bgcolor="#EEEEEE"><font size="2">版权所有 华夏技能培训网 京ICP备09012345号 联系电话：010-6258 7733</font></td></tr>
</table>
</body>
</html>
"""


META_GBK = '<meta charset="gbk">'
META_GB2312 = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'

add("/gbk/index.html", gbk_page("华夏技能培训网 - 首页", META_GBK, """
<p><font color="#CC0000"><b>最新招生</b></font></p>
<ul>
<li><a href="/gbk/ai1.html">人工智能训练师四级 济南考点招生</a> 2026-11-01</li>
<li><a href="/gbk/ai2.html">人工智能训练师四级五级 快速取证</a> 2026-10-22</li>
<li><a href="/gbk/ai3.html">人工智能训练师三级（高级工）北京周末班</a> 2026-10-15</li>
</ul>
<p><font color="#CC0000"><b>公告</b></font></p>
<ul><li><a href="/gbk/notice.html">关于谨防冒用本网名义招生的声明</a></li></ul>
"""), encoding="gbk", note="GBK-encoded index (meta charset=gbk), list only")

add("/gbk/ai1.html", gbk_page("人工智能训练师四级 济南考点招生 - 华夏技能培训网", META_GB2312, """
<p><font size="4"><b>人工智能训练师（四级/中级工）济南考点招生</b></font></p>
<table border="1" cellpadding="6" cellspacing="0" width="600">
<tr><td width="120">发证单位：</td><td>鲁信鉴定</td></tr>
<tr><td>培训费用：</td><td>￥2,380元/人（含鉴定费）</td></tr>
<tr><td>报名条件：</td><td>取得五级证书后从事本职业4年以上，或累计从事本职业6年以上</td></tr>
<tr><td>开班时间：</td><td>2026年12月12日</td></tr>
<tr><td>联系电话：</td><td>0531-8609 2235 于老师</td></tr>
</table>
"""), encoding="gbk", is_offer=True, provider="华夏技能培训网", issuers=["鲁信鉴定"], levels=[4],
    fee=(2380, 2380), flags="LAPSED",
    note="GBK bytes declared as gb2312 (http-equiv); issuer by alias, recognition expired 2025-06-30")

add("/gbk/ai2.html", gbk_page("人工智能训练师四级五级 快速取证 - 华夏技能培训网", "", """
<p><font size="4"><b>人工智能训练师 四级/五级 快速取证</b></font></p>
<p>无需考试，提交资料即可直接发证！中国职业技能认证管理中心颁发，全国通用。</p>
<p>五级：<b>￥1280</b> &nbsp; 四级：<b>￥1580</b></p>
<p>办理时间：10个工作日 &nbsp; 咨询QQ：3077415592</p>
"""), encoding="gbk", is_offer=True, provider="华夏技能培训网", issuers=["中国职业技能认证管理中心"],
    levels=[4, 5], fee=(1280, 1580), flags="UNREC NOEXAM",
    note="GBK bytes with NO charset declaration; 无需考试/直接发证; unrecognized issuer")

add("/gbk/ai3.html", gbk_page("人工智能训练师三级（高级工）北京周末班 - 华夏技能培训网", META_GBK, """
<p><font size="4"><b>人工智能训练师三级（高级工）北京周末班</b></font></p>
<p>评价机构：北京中关村人才发展评价中心（已备案，可在 <a href="http://pjjg.osta.org.cn/">pjjg.osta.org.cn</a> 查询备案信息）</p>
<p>学费：叁仟伍佰元整（含认定考核费）</p>
<p>报名条件：取得四级证书后累计从事本职业或相关职业工作5年以上；或大专及以上相关专业毕业，取得四级证书后工作2年以上。</p>
<p>考核：理论知识考试+操作技能考核，须本人参加，本网不承诺通过。</p>
<p>证书查询：<a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a></p>
"""), encoding="gbk", is_offer=True, provider="华夏技能培训网", issuers=["北京中关村人才发展评价中心"],
    levels=[3], fee=(3500, 3500),
    note="GBK; honest; fee in uppercase financial numerals 叁仟伍佰元")

add("/gbk/notice.html", gbk_page("关于谨防冒用本网名义招生的声明 - 华夏技能培训网", META_GBK, """
<p><font size="4"><b>关于谨防冒用本网名义招生的声明</b></font></p>
<p>近期发现有不法分子冒用本网名义，以“人社部颁发”“免考拿证”“包过”等说辞招收人工智能训练师学员，并收取费用。</p>
<p>本网郑重声明：本网从未授权任何个人代理招生，所有课程均需本人参加考核。如遇上述情况，请拨打010-6258 7733核实。</p>
<p>华夏技能培训网 2026年9月30日</p>
"""), encoding="gbk", note="GBK warning notice: scam phrases in quotes; not an offer")

# ---------------------------------------------------------------- Big5 page
add("/tw/index.html", """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="big5">
<title>人工智能訓練師 三級認證班 報名中 - 亞太職能學苑</title>
</head>
<body>
<h1>人工智能訓練師（三級／高級工）認證班</h1>
<p>亞太職能學苑 熱烈招生中！完成課程即可取得人工智能訓練師三級證書。</p>
<p>認證機構：亞洲人工智能訓練師認證總會</p>
<p>報名費用：人民幣3,600元（含教材、考試及證書費）</p>
<p>保證通過，<b>包過</b>！不過免費重讀。</p>
<p>聯絡電話：(02) 2771-5603 &nbsp; LINE：aptc_ai</p>
<p><a href="/index.html">返回導航</a></p>
</body>
</html>
""", encoding="big5", is_offer=True, provider="亞太職能學苑", issuers=["亞洲人工智能訓練師認證總會"],
    levels=[3], fee=(3600, 3600), flags="UNREC PASS",
    note="Big5-encoded traditional-Chinese page; unrecognized issuer; 保證通過/包過")

# ---------------------------------------------------------------- members (robots-disallowed)
MEMBERS = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title><meta name="robots" content="noindex"></head>
<body><div class="vip">VIP会员专区 · <a href="/members/index.html">会员首页</a> · <a href="/index.html">职培导航</a></div>
{body}
</body></html>
"""
add("/members/index.html", MEMBERS.format(title="VIP会员专区", body="""
<h1>VIP会员专区</h1>
<ul><li><a href="/members/vip-1.html">内部渠道：人工智能训练师二级</a></li>
<li><a href="/members/vip-2.html">积分落户专用：人工智能训练师三级</a></li></ul>
"""), crawlable=False, note="robots-disallowed member index")

add("/members/vip-1.html", MEMBERS.format(title="内部渠道：人工智能训练师二级 代考包过 - VIP会员专区", body="""
<h1>内部渠道：人工智能训练师二级（技师）</h1>
<p>无需任何经验，全程代考，包过，一个月出证。</p>
<p>VIP价：3万元，名额仅剩3个。</p>
<p>联系专属顾问：vip_kefu01</p>
"""), crawlable=False, is_offer=True, provider=None, issuers=[], levels=[2], fee=(30000, 30000),
    flags="NOEXAM PASS SHORT FEE MISSING",
    note="disallowed by robots.txt: must never be fetched; would be an offer")

add("/members/vip-2.html", MEMBERS.format(title="积分落户专用：人工智能训练师三级 - VIP会员专区", body="""
<h1>积分落户专用：人工智能训练师三级（高级工）</h1>
<p>人社部颁发，可用于居住证积分和落户加分。</p>
<p>费用：3980元</p>
"""), crawlable=False, is_offer=True, provider=None, issuers=["人社部"], levels=[3], fee=(3980, 3980),
    flags="GOV BAIT", note="disallowed by robots.txt: must never be fetched; would be an offer")

# ---------------------------------------------------------------- the portal
add("/index.html", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>职培导航 - 职业技能培训考证网址大全</title>
<meta name="description" content="职业培训、技能考证、人工智能课程网址导航">
</head>
<body>
<div class="hd"><h1>职培导航</h1><p>职业技能培训 · 考证资讯 · 课程商城 一站直达</p></div>
<div class="sections">
<h2>频道</h2>
<ul>
<li><a href="/board/index.html">便民分类信息 · 职业培训</a></li>
<li><a href="/school/index.html">智训职业技能培训学校</a></li>
<li><a href="/shop/index.html">智学优选 · 课程商城</a></li>
<li><a href="/forum/index.html">职场人论坛 · 职业考证版</a></li>
<li><a href="/wx/index.html">公众号文章精选</a></li>
<li><a href="/news/">资讯频道</a></li>
<li><a href="/other/index.html">更多职业培训课程</a></li>
<li><a href="/gbk/index.html">华夏技能培训网</a></li>
<li><a href="/tw/index.html">亞太職能學苑（繁體）</a></li>
<li><a href="/members/index.html">VIP会员专区</a></li>
</ul>
</div>
<div class="hot">
<h2>热门推荐</h2>
<ul>
<li><a href="/board/ad-1002.html?spm=a21bo.portal.hot.1">人工智能训练师证书 全国通用 可查</a></li>
<li><a href="/shop/p/1001.html?utm_source=portal&amp;utm_medium=hot">人工智能训练师四级系统班</a></li>
<li><a href="/wx/a1.html?from=timeline&amp;isappinstalled=0">人工智能训练师三级报名通道开启</a></li>
<li><a href="/news/n1.html#comments">警惕“山寨证书”</a></li>
</ul>
</div>
<div class="links">
<h2>官方查询</h2>
<ul>
<li><a href="https://www.osta.org.cn/">人社部职业技能鉴定中心</a></li>
<li><a href="http://jndj.osta.org.cn/">职业技能等级证书全国联网查询</a></li>
<li><a href="http://www.mohrss.gov.cn/">人力资源和社会保障部</a></li>
</ul>
</div>
<div class="ft"><a href="/sitemap.xml">网站地图</a> · 本导航收录的网站内容由其发布者负责</div>
</body>
</html>
""", note="portal home: links to every section, hot links with tracking params; not an offer")
