"""/wx/: WeChat-official-account-style articles (offers, advertorials, one explainer)."""
from lib import add


def wx(title: str, account: str, when: str, content: str, original: str | None = None) -> str:
    read_more = (f'<div id="js_read_area"><a id="js_view_source" href="{original}">阅读原文</a> &nbsp; 阅读 10万+ &nbsp; 在看 326</div>'
                 if original else '<div id="js_read_area">阅读 2,615 &nbsp; 在看 41</div>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<title>{title}</title>
<style>
.rich_media_content section{{margin:0 8px}} .hl{{color:#e64340;font-weight:bold}} .box{{border:1px dashed #07c160;padding:10px;border-radius:6px}}
</style>
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em>
</div>
<div class="rich_media_content" id="js_content">
{content}
</div>
{read_more}
<p class="wx-back"><a href="/wx/index.html">← 更多文章</a> · <a href="/index.html">职培导航</a></p>
</div>
</body>
</html>
"""


QR = '<p style="text-align:center"><img src="/wx/img/qrcode.jpg" alt="二维码" width="180"><br><span style="font-size:13px;color:#888">长按识别二维码，添加老师咨询</span></p>'

ARTICLES = [
    ("a1", "重磅！人工智能训练师三级报名通道开启，人社部、工信部双证", "职考帮"),
    ("a2", "AI时代，这张证书让我月薪翻倍", "职场进阶说"),
    ("a3", "关于开展2026年第四期人工智能训练师职业技能等级认定的公告", "粤才认定中心"),
    ("a4", "零基础直升高级技师！人工智能训练师一级/二级限时招生", "深蓝职教"),
    ("a5", "一图读懂：职业技能等级证书怎么查？哪些说法是骗局？", "技能人才评价服务"),
    ("a6", "山东鲁信职业技能鉴定有限公司2026年人工智能训练师招生简章", "鲁信职培"),
    ("a7", "双十一特惠 | 人工智能训练师三级 最后48小时", "成都智培"),
    ("a8", "苏研评价：人工智能训练师四级 国家职业资格证书 报名中", "苏研职培"),
    ("a9", "人工智能训练师四级考证，两千八全包", "AI考证小助手"),
]
items = "\n".join(
    f'<li><a href="/wx/{slug}.html">{t}</a><span class="src">{acc}</span></li>' for slug, t, acc in ARTICLES
)
add("/wx/index.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公众号文章精选 · 职业考证</title></head>
<body>
<h1>公众号文章精选 · 职业考证</h1>
<p>以下文章收集自各公众号，仅供参考，不代表本站观点。</p>
<ul class="wx-list">
{items}
</ul>
<p><a href="/index.html">返回职培导航</a></p>
</body></html>
""", note="article list of WeChat posts: titles only")

T = {slug: (t, acc) for slug, t, acc in ARTICLES}

add("/wx/a1.html", wx(*T["a1"], "2026-11-22 20:30", f"""
<section><p><span class="hl">人工智能训练师</span>是人社部发布的新职业，是AI时代最吃香的岗位之一！</p></section>
<section class="box"><p>📌 证书：<b>人社部、工信部联合颁发</b>，双证加持，国家承认，全国通用</p>
<p>📌 等级：三级（高级工）</p>
<p>📌 费用：<span class="hl">三千八百元</span>（含培训、考试、证书费用）</p>
<p>📌 承诺：不过退费，零风险</p>
<p>📌 证书入库可查，查询网址：<a href="http://www.osta.org.cn.cx-query.com/">www.osta.org.cn.cx-query.com</a></p></section>
<section><p>名额有限，报满即止！</p><p>微信号：zkb2026（加V请备注“AI”）</p></section>
{QR}
""", original="http://www.osta.org.cn.cx-query.com/apply"),
    is_offer=True, provider="职考帮", issuers=["人社部", "工信部"], levels=[3], fee=(3800, 3800),
    flags="GOV SITE PASS",
    note="ministries named as issuers; 不过退费; query domain only imitates osta.org.cn (its registrable domain is cx-query.com); fee in Chinese numerals")

add("/wx/a2.html", wx(*T["a2"], "2026-11-15 07:45", f"""
<section><p>三年前，我还是一名月薪4500的电商客服，每天重复着同样的回复。</p>
<p>直到有一天，我在朋友圈看到了“人工智能训练师”这个新职业……</p>
<p>考下四级证书后，我跳槽到一家数据公司做标注组长，月薪变成了12000。</p></section>
<section><p>很多朋友问我在哪里考的，今天统一回复：</p>
<div class="box"><p>🎓 人工智能训练师四级（中级工）</p>
<p>🏢 发证机构：杭州数智职业技能评估有限公司</p>
<p>💰 学费：<span class="hl">两千九百八十元</span></p>
<p>🎁 拿证就能领1500元补贴，学费相当于只花一千四百八十元，等于白送一半！</p></div>
<p><img src="/wx/img/cert-a2.jpg" alt="杭州数智职业技能评估有限公司证书样本"></p></section>
<section><p>加V：zcjj_laoshi，备注“四级”领取报名资料。</p></section>
{QR}
"""), is_offer=True, provider="职场进阶说", issuers=["杭州数智职业技能评估有限公司"], levels=[4],
    fee=(2980, 2980), flags="LOOK BAIT",
    note="advertorial; one-character lookalike (评价→评估) also in alt text; unconditional 拿证就能领补贴 promise; subsidy 1500 and net 1480 are not fees; salaries are not fees")

add("/wx/a3.html", wx(*T["a3"], "2026-10-28 10:00", """
<section><p>各有关单位、考生：</p>
<p>根据职业技能等级认定工作安排，广东粤才职业技能等级认定中心定于2026年12月开展第四期人工智能训练师（职业编码4-04-05-05）职业技能等级认定，现将有关事项公告如下：</p>
<p><b>一、认定等级：</b>五级/初级工、四级/中级工、三级/高级工。</p>
<p><b>二、申报条件：</b>按《人工智能训练师国家职业技能标准（2021年版）》执行。五级：累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满；四级：取得五级证书后累计从事本职业或相关职业工作4年（含）以上，或累计工作6年（含）以上；三级：取得四级证书后累计从事本职业或相关职业工作5年（含）以上等。</p>
<p><b>三、收费标准：</b>按备案收费标准收取认定考核费，五级二百八十元/人，四级三百六十元/人，三级四百五十元/人。本中心不收取培训费，不指定培训机构。</p>
<p><b>四、报名时间：</b>2026年11月1日至11月25日。</p>
<p><b>五、证书查询：</b>考核合格人员由本中心颁发职业技能等级证书，并上传人社部职业技能鉴定中心全国联网查询系统（<a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>）及<a href="http://hrss.gd.gov.cn/">广东省人力资源和社会保障厅</a>网站。</p>
<p><b>六、特别提醒：</b>本中心从未委托任何机构或个人以“包过”“免考”“内部渠道”等名义招生，请考生谨防上当。</p>
<p>咨询电话：020-8761 3300</p>
<p style="text-align:right">广东粤才职业技能等级认定中心<br>2026年10月28日</p></section>
"""), is_offer=True, provider="广东粤才职业技能等级认定中心", issuers=["广东粤才职业技能等级认定中心"],
    levels=[3, 4, 5], fee=(280, 450),
    note="honest evaluator's own announcement; assessment fees in Chinese numerals; warning in quotes raises nothing")

add("/wx/a4.html", wx(*T["a4"], "2026-11-09 18:00", f"""
<section><p class="hl">零基础直升高级技师！无需工作经验，无需学历！</p>
<p>人工智能训练师一级（高级技师）、二级（技师）限时招生，全国人工智能人才技能认证中心主办，证书含金量高。</p></section>
<section class="box">
<p>✅ 一级学费：一万二千八百元</p>
<p>✅ 二级学费：九千八百元</p>
<p>✅ 持证可申请政府补贴，一级/二级补贴最高5000元，学费轻松回本！</p>
<p>✅ 可用于大城市积分落户、人才公寓申请</p></section>
<section><p>报名热线：400-099-1628 &nbsp; 微信号：shenlan_zj</p></section>
{QR}
""", original="http://shenlan-zj.example/apply"), is_offer=True, provider="深蓝职教",
    issuers=["全国人工智能人才技能认证中心"], levels=[1, 2], fee=(9800, 12800),
    flags="UNREC SHORT BAIT FEE",
    note="unrecognized issuer (XX主办); levels 1-2 to 零基础; subsidies for levels 1-2 + 积分落户/人才公寓; 12800 above level-1 ceiling")

add("/wx/a5.html", wx(*T["a5"], "2026-08-05 09:30", """
<section><p><b>1. 证书是谁发的？</b>2019年改革后，技能人员水平评价类职业资格陆续退出目录，改为职业技能等级认定，证书由经人社部门备案的用人单位和社会培训评价组织颁发，政府部门不直接发证。</p>
<p><b>2. 去哪里查？</b>全国联网查询：<a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>；评价机构备案信息：<a href="http://pjjg.osta.org.cn/">pjjg.osta.org.cn</a>；各省人社厅（局）官网。</p>
<p><b>3. 哪些说法是骗局？</b>“免考拿证”“包过”“不过退费”“人社部颁发”“国家职业资格证书（人工智能训练师）”“拿证即可落户”……看到这些说法，请提高警惕。</p>
<p><b>4. 遇到山寨证书怎么办？</b>可向当地人社部门或市场监管部门举报。</p></section>
"""), note="explainer from an information account: warnings quote scam phrases; no seller: not an offer")

add("/wx/a6.html", wx(*T["a6"], "2026-10-18 15:20", """
<section><p>为满足社会对数字技能人才的需求，山东鲁信职业技能鉴定有限公司现面向社会招收人工智能训练师（四级/五级）学员。</p>
<p><b>一、报名条件</b><br>五级：从事相关工作满1年或学徒期满；四级：取得五级证书后从事相关工作满4年，或累计从事相关工作满6年。</p>
<p><b>二、收费标准</b><br>五级：一千六百八十元/人；四级：二千二百元/人（含培训费和鉴定费）。</p>
<p><b>三、培训地点</b><br>济南市槐荫区经十路28999号（考点）</p>
<p><b>四、联系方式</b><br>电话：0531-8712 4450 &nbsp; 微信号：luxin_px</p></section>
"""), is_offer=True, provider="山东鲁信职业技能鉴定有限公司", issuers=["山东鲁信职业技能鉴定有限公司"],
    levels=[4, 5], fee=(1680, 2200), flags="LAPSED",
    note="issuer's recognition expired 2025-06-30 (ad seen 2026); levels 4-5 are within its former scope; otherwise clean")

add("/wx/a7.html", wx(*T["a7"], "2026-11-10 12:00", f"""
<section><p class="hl">双十一特惠，最后48小时！</p>
<p>人工智能训练师三级（高级工）冲刺班，认定机构：天府数字评价</p>
<div class="box"><p>原价 <del>¥7,980</del></p>
<p>特惠价 <b>¥4,980</b> + 鉴定费 ¥600，合计 <b>¥5,580</b></p>
<p>前20名报名再送价值999元的AI实操礼包</p></div>
<p>成都智培 · 电话 028-6612 0870</p></section>
{QR}
"""), is_offer=True, provider="成都智培", issuers=["天府数字评价"], levels=[3], fee=(600, 5580),
    flags="LAPSED FEE",
    note="issuer written by its alias (suspended); stated total 5580 above level-3 ceiling 5000; struck 原价 and the 999元 gift value are not fees")

add("/wx/a8.html", wx(*T["a8"], "2026-11-04 19:10", f"""
<section><p>经人社部备案的评价机构——江苏苏研职业技能评价有限公司，现开放人工智能训练师四级（中级工）报名！</p>
<p>考核合格颁发<b>国家职业资格证书</b>，可入人社部数据库。</p>
<div class="box"><p>费用：二千六百八十元/人，含培训与考试</p>
<p>报名条件：取得五级证书后从事相关工作满4年，或累计从事相关工作满6年。</p></div>
<p>报名咨询：025-5223 9081 &nbsp; 微信号：suyan_px</p></section>
{QR}
"""), is_offer=True, provider="苏研职培", issuers=["江苏苏研职业技能评价有限公司"], levels=[4],
    fee=(2680, 2680), flags="OOS GOV",
    note="evaluator filed for 4-04-05-13, not AI trainer (out of scope); calls it 国家职业资格证书; 人社部 named only as filing body, not issuer")

add("/wx/a9.html", wx(*T["a9"], "2026-11-26 08:08", """
<section><p>人工智能训练师四级考证，<span class="hl">两千八全包</span>，包教材包考试，报名从速！</p>
<p>想做AI数据标注的姐妹们冲！</p>
<p>加V：ai_kz666</p></section>
"""), is_offer=True, provider="AI考证小助手", issuers=[], levels=[4], fee=(2800, 2800),
    flags="MISSING",
    note="short post; colloquial 两千八 = 2800; 包教材包考试 is an inclusion, not a pass guarantee; no issuer")
