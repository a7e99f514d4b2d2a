"""Tianjin agencies: the honest 天津滨城数字技能评价有限公司 (/bcpj/) and the revoked
天津津南职业技能评价中心 still enrolling (/jnpj/)."""
from common import add, rec, fee

BC = "天津滨城数字技能评价有限公司"


def bc_layout(title, body, crumbs, head_extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="SiteName" content="{BC}">
<meta name="ColumnName" content="通知公告">
{head_extra}
<link rel="stylesheet" href="/bcpj/static/css/main.css">
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun;color:#222;background:#f3f5f8}}
.head{{background:#0b4f8a;color:#fff;height:96px}} .head .in{{width:1200px;margin:0 auto;padding-top:22px}}
.head h1{{margin:0;font-size:28px;letter-spacing:2px}} .head p{{margin:4px 0 0;font-size:13px;opacity:.85}}
.menu{{background:#083a66}} .menu ul{{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}}
.menu li a{{display:block;color:#fff;padding:12px 26px;text-decoration:none}}
.main{{width:1200px;margin:16px auto;background:#fff;padding:20px 30px;min-height:500px}}
.crumb{{font-size:13px;color:#777;border-bottom:1px solid #e5e5e5;padding-bottom:8px}}
table.tb{{border-collapse:collapse;width:100%}} table.tb td,table.tb th{{border:1px solid #c9d5e3;padding:8px;text-align:center}}
table.tb th{{background:#eaf1f9}} .foot{{background:#083a66;color:#b8c8dc;text-align:center;font-size:13px;padding:20px 0;line-height:2}}
</style>
</head>
<body>
<div class="head"><div class="in"><h1>{BC}</h1><p>社会培训评价组织 ・ 天津市人力资源和社会保障局备案 ・ 统一社会信用代码 91120116MA07BC3EX8</p></div></div>
<div class="menu"><ul>
<li><a href="/bcpj/index.html">首页</a></li><li><a href="/bcpj/tzgg/list_1.html">通知公告</a></li>
<li><a href="/bcpj/tzgg/2025-0612.html">认定计划</a></li><li><a href="/bcpj/tzgg/2025-0418.html">结果公示</a></li>
<li><a href="/bcpj/zscx.html">证书查询</a></li><li><a href="/bcpj/index.html#contact">联系我们</a></li></ul></div>
<div class="main"><div class="crumb">当前位置：{crumbs}</div>
{body}
</div>
<div class="foot">{BC} &nbsp; 地址：天津市滨海新区中新生态城中成大道1108号 &nbsp; 电话：022-6632 7108<br>
监督电话：天津市人力资源和社会保障局 12333 &nbsp; <a style="color:#b8c8dc" href="https://beian.miit.gov.cn/">津ICP备2022006631号-1</a></div>
<script src="/bcpj/static/js/jquery-1.12.4.min.js"></script>
</body></html>
"""


def build():
    # ---------------------------------------------------------------- home
    body = """
<div style="display:flex;gap:30px">
<div style="flex:2"><h3 style="border-left:4px solid #0b4f8a;padding-left:8px">通知公告</h3><ul style="line-height:2.2">
<li><a href="/bcpj/tzgg/2025-0612.html?spm=home.notice.1">关于开展2025年第三批人工智能训练师职业技能等级认定工作的通知</a> <span style="color:#999">2025-06-12</span></li>
<li><a href="/bcpj/tzgg/2025-0418.html?spm=home.notice.2">2025年第一批职业技能等级认定合格人员公示</a> <span style="color:#999">2025-04-18</span></li>
<li><a href="/bcpj/tzgg/list_1.html">更多&gt;&gt;</a></li></ul></div>
<div style="flex:1;background:#f5f8fc;padding:12px"><h3>服务指南</h3><p style="font-size:14px;line-height:1.9">
备案职业：人工智能训练师（4-04-05-05）二级至五级；数据分析处理工程技术相关职业。<br>
<a href="/bcpj/zscx.html">证书查询</a> | <a href="https://pjjg.osta.org.cn/" target="_blank">评价机构目录查询</a></p></div></div>
<a name="contact"></a><h3 style="border-left:4px solid #0b4f8a;padding-left:8px">联系我们</h3>
<p>认定服务部：022-6632 7108（工作日 9:00-17:00） &nbsp; 邮箱：pj@bcszjn.com.cn</p>
<p>合作培训机构请联系：<a href="/tjpx/index.html">天津河西启航职业培训学校</a> 等，本机构不收取培训费。</p>
"""
    add("/bcpj/index.html", bc_layout(f"首页-{BC}", body, "首页"), page_type="other",
        note="honest agency home; notice links with spm params", phenomena=["tracking_params"])

    # ---------------------------------------------------------------- notice list
    body = """
<ul style="list-style:none;padding:0;line-height:1.9">
<li style="border-bottom:1px dashed #ddd;padding:10px 0"><a href="/bcpj/tzgg/2025-0612.html?spm=list.1&amp;from=tzgg"><b>关于开展2025年第三批人工智能训练师职业技能等级认定工作的通知</b></a><br>
<span style="color:#666;font-size:13px">认定等级：四级、三级、二级；评价费：四级460元/人，三级560元/人，二级960元/人。报名截止7月10日……</span> <span style="float:right;color:#999">2025-06-12</span></li>
<li style="border-bottom:1px dashed #ddd;padding:10px 0"><a href="/bcpj/tzgg/2025-0418.html"><b>2025年第一批职业技能等级认定合格人员公示</b></a><br>
<span style="color:#666;font-size:13px">经理论知识考试、操作技能考核，共有156人成绩合格，现予以公示……</span> <span style="float:right;color:#999">2025-04-18</span></li>
<li style="border-bottom:1px dashed #ddd;padding:10px 0"><a href="/bcpj/tzgg/2025-0612.html#bm"><b>2025年第二批认定报名已截止的说明</b></a><br>
<span style="color:#666;font-size:13px">第二批报名已于3月31日截止，未报上的考生请关注第三批……</span> <span style="float:right;color:#999">2025-04-01</span></li>
<li style="border-bottom:1px dashed #ddd;padding:10px 0"><a href="/bcpj/tzgg/2024-1105.html"><b>关于调整认定考点的通知（2024）</b></a><br>
<span style="color:#666;font-size:13px">因场地调整，原塘沽考点停止使用……</span> <span style="float:right;color:#999">2024-11-05</span></li>
</ul>
<p style="text-align:center">共4条 &nbsp; 第1/1页 &nbsp; 首页 上一页 下一页 尾页</p>
"""
    add("/bcpj/tzgg/list_1.html", bc_layout(f"通知公告-{BC}", body, "首页 &gt; 通知公告"), page_type="offer_list",
        note="notice list with snippets quoting evaluation fees; one dead link to a removed 2024 notice",
        phenomena=["list_page", "tracking_params"])

    # ---------------------------------------------------------------- honest offer notice
    body = f"""
<h2 style="text-align:center;font-size:22px;margin:24px 0 8px">关于开展2025年第三批人工智能训练师职业技能等级认定工作的通知</h2>
<p style="text-align:center;color:#888;font-size:13px">发布日期：2025-06-12 &nbsp; 发布机构：{BC} &nbsp; 阅读次数：4521</p>
<div style="font-size:16px;line-height:2">
<p>各有关单位、考生：</p>
<p>　　根据人社部、工信部颁布的《人工智能训练师国家职业技能标准（2021年版）》和天津市职业技能等级认定工作有关规定，
我公司作为经天津市人力资源和社会保障局备案的社会培训评价组织，现组织开展2025年第三批人工智能训练师职业技能等级认定工作。有关事项通知如下：</p>
<p><b>一、认定职业（工种）及等级</b></p>
<p>　　人工智能训练师（职业编码4-04-05-05），工种：数据标注员、人工智能算法测试员。本批次认定等级为四级/中级工、三级/高级工、二级/技师。一级/高级技师本批次暂不开展。</p>
<p><b>二、申报条件</b></p>
<p>　　（一）四级/中级工（具备以下条件之一）：1.取得本职业或相关职业五级/初级工职业技能等级证书后，累计从事本职业或相关职业工作4年（含）以上；2.累计从事本职业或相关职业工作6年（含）以上；3.取得技工学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）。</p>
<p>　　（二）三级/高级工（具备以下条件之一）：1.取得四级/中级工证书后，累计从事本职业或相关职业工作5年（含）以上；2.取得四级证书，并具有高级技工学校、技师学院毕业证书（含应届毕业生）；3.具有大专及以上本专业或相关专业毕业证书，并取得四级证书后，累计从事相关工作2年（含）以上。</p>
<p>　　（三）二级/技师（具备以下条件之一）：1.取得三级/高级工证书后，累计从事本职业或相关职业工作4年（含）以上；2.取得三级证书的高级技工学校、技师学院毕业生，累计从事本职业工作3年（含）以上。</p>
<p><b>三、认定方式</b></p>
<p>　　认定分为理论知识考试和操作技能考核，均实行百分制，成绩皆达60分（含）以上者为合格。二级/技师还须进行综合评审。考核合格者，由本公司颁发相应等级的职业技能等级证书，并上传全国联网数据库。</p>
<p><b>四、收费标准</b></p>
<table class="tb"><tr><th>等级</th><th>理论知识考试</th><th>操作技能考核</th><th>综合评审</th><th>合计（元/人・次）</th></tr>
<tr><td>四级/中级工</td><td>120</td><td>340</td><td>―</td><td>460</td></tr>
<tr><td>三级/高级工</td><td>140</td><td>420</td><td>―</td><td>560</td></tr>
<tr><td>二级/技师</td><td>160</td><td>520</td><td>280</td><td>960</td></tr></table>
<p>　　本公司只收取认定费，不组织、不强制参加任何培训，也未委托任何机构代收费用。补考只收取不合格科目费用。</p>
<p><b>五、补贴</b></p>
<p>　　取得四级、三级证书的人员，可按规定申领技能提升补贴。<br>
　　申领须满足参加失业保险1年以上等条件，由本人通过天津市人社局网上办事大厅申请，本公司不代为办理。</p>
<p><b>六、报名时间及方式</b></p><a name="bm"></a>
<p>　　报名时间：2025年6月15日至7月10日。报名方式：登录本公司认定报名系统填报，并于7月15日前将纸质材料交至认定服务部（滨海新区中成大道1108号B座3层）。</p>
<p>　　考试时间：2025年8月2日-3日，具体以准考证为准。咨询电话：022-6632 7108。</p>
<p>　　附件：1.职业技能等级认定申报表 &nbsp; 2.工作年限证明（纸质版请到认定服务部领取）</p>
<p style="text-align:right">{BC}<br>2025年6月12日</p>
</div>
"""
    head = '<link rel="canonical" href="/bcpj/tzgg/2025-0612.html">'
    add("/bcpj/tzgg/2025-0612.html", bc_layout(f"关于开展2025年第三批人工智能训练师职业技能等级认定工作的通知-{BC}", body,
                                               "首页 &gt; 通知公告 &gt; 正文", head),
        page_type="offer",
        note="honest agency enrolment notice: evaluation fee table 460/560/960 for 四级/三级/二级; 五级 and 一级 appear only in conditions/not offered; standard published by 人社部/工信部 is not the issuer",
        phenomena=["honest_offer", "level_table", "level_names", "role_issuer", "standard_body",
                   "cross_sentence_condition", "canonical_ok", "tracking_params"],
        offer={"issuers": [rec(BC, "HC04")], "levels": [4, 3, 2], "fee": fee(460, 960),
               "flags": [], "optional": ["BENEFIT_BAIT"]})

    # ---------------------------------------------------------------- result publication
    rows = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{lv}</td><td>{o}</td></tr>" for i, (n, lv, o) in enumerate([
        ("张*伟", "四级/中级工", "人工智能训练师"), ("李*", "四级/中级工", "人工智能训练师"), ("王*芳", "三级/高级工", "人工智能训练师"),
        ("赵*明", "四级/中级工", "人工智能训练师"), ("刘*洋", "三级/高级工", "人工智能训练师"), ("陈*", "四级/中级工", "人工智能训练师"),
        ("杨*静", "二级/技师", "人工智能训练师"), ("孙*", "四级/中级工", "人工智能训练师"), ("周*鹏", "三级/高级工", "人工智能训练师"),
        ("吴*", "四级/中级工", "人工智能训练师"), ("郑*婷", "四级/中级工", "人工智能训练师"), ("冯*", "三级/高级工", "人工智能训练师")], 1))
    body = f"""
<h2 style="text-align:center;font-size:22px">2025年第一批职业技能等级认定合格人员公示</h2>
<p style="text-align:center;color:#888;font-size:13px">发布日期：2025-04-18</p>
<p>　　根据《天津市职业技能等级认定工作规程》，经理论知识考试、操作技能考核（二级含综合评审），2025年第一批共有156人成绩合格，现将名单予以公示（节选）。
公示期为2025年4月18日至4月24日。如有异议，请在公示期内向本公司或天津市人力资源和社会保障局职业技能鉴定指导中心反映。</p>
<table class="tb"><tr><th>序号</th><th>姓名</th><th>等级</th><th>职业</th></tr>{rows}</table>
<p>　　公示无异议后，证书将于5月中旬发放，届时可在 <a href="http://zscx.osta.org.cn/" target="_blank">zscx.osta.org.cn</a> 查询。</p>
<p>　　监督电话：022-6632 7100</p>
"""
    add("/bcpj/tzgg/2025-0418.html", bc_layout(f"2025年第一批职业技能等级认定合格人员公示-{BC}", body, "首页 &gt; 结果公示"),
        page_type="article", note="publication of passed candidates; no offer, no price", phenomena=["other"])

    # ---------------------------------------------------------------- query page
    body = """
<h2>证书查询</h2>
<p>本公司颁发的职业技能等级证书数据均上传至人社部技能人才评价证书全国联网查询系统。请通过以下官方渠道查询，本公司不另设查询网站：</p>
<ul style="line-height:2.2"><li>技能人才评价证书全国联网查询：<a href="http://zscx.osta.org.cn/" target="_blank">http://zscx.osta.org.cn/</a></li>
<li>天津市人力资源和社会保障局：<a href="https://hrss.tj.gov.cn/" target="_blank">https://hrss.tj.gov.cn/</a></li>
<li>社会培训评价组织目录：<a href="https://pjjg.osta.org.cn/" target="_blank">https://pjjg.osta.org.cn/</a></li></ul>
<p style="color:#b00">提醒：近期发现有网站冒用“滨城评价”名义开设所谓“证书查询系统”，与本公司无关，请勿轻信。</p>
"""
    add("/bcpj/zscx.html", bc_layout(f"证书查询-{BC}", body, "首页 &gt; 证书查询"), page_type="other",
        note="query page pointing to official sites only", phenomena=["warning"])

    # ================================================================ /jnpj/ revoked agency
    jn_css = ("body{margin:0;background:#eef2ee;font:14px/1.8 微软雅黑}.t{background:#2f6b3a;color:#fff;padding:16px 40px;font-size:24px}"
              ".n a{color:#2f6b3a;margin-right:18px}.c{width:1000px;margin:12px auto;background:#fff;padding:20px 30px}"
              ".f{text-align:center;color:#777;font-size:12px;padding:16px}")
    JN_SIDE = """<div class="c" style="font-size:13px;color:#555"><b>中心动态</b><ul>
<li>关于2025年国庆假期值班安排的通知</li><li>中心开展考评员业务培训（2025-05-10）</li><li>2024年度工作总结（2025-01-15）</li>
<li>关于规范考场纪律的补充规定（2024-09-02）</li><li>中心机房设备升级改造完成（2024-06-18）</li></ul>
<b>办事指南</b><ul><li>报名须携带：身份证原件及复印件、近期一寸白底照片两张、学历证明复印件</li>
<li>工作年限证明须加盖单位公章</li><li>考试当天须提前30分钟到达考场，携带准考证和身份证</li></ul></div>"""
    JN_JS = """<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?2b7c0e4a9d31f58e6c42ab17d9e03f56";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>"""
    home = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>天津津南职业技能评价中心</title><style>{jn_css}</style></head>
<body><div class="t">天津津南职业技能评价中心</div>
<div class="c"><div class="n"><a href="/jnpj/index.html">首页</a><a href="/jnpj/zhaosheng/2025-rgzn.html">人工智能训练师招生</a><a href="/index.html">导航</a></div>
<h3>中心简介</h3><p>　　天津津南职业技能评价中心成立于2018年，2022年经备案成为社会培训评价组织，开展人工智能训练师等职业的技能等级认定工作。
中心设有标准化机房2间、考评员20余名。</p>
<h3>最新动态</h3><ul><li><a href="/jnpj/zhaosheng/2025-rgzn.html">2025年人工智能训练师（四级、五级）常年招生</a> 2025-09-26</li>
<li>中心开展考评员业务培训 2025-05-10</li><li>2024年度工作总结 2025-01-15</li></ul>
<h3>联系方式</h3><p>地址：天津市津南区咸水沽镇津沽路 & 南华路交口东南侧 &nbsp; 电话：022-8851 3306 &nbsp; 微信：jnpj8851</p></div>
{JN_SIDE}<div class="f">天津津南职业技能评价中心 © 2025 津ICP备18004517号<br>地址：天津市津南区咸水沽镇津沽路与南华路交口东南侧 电话：022-8851 3306<br>
工作时间：周一至周五 8:30-12:00 13:30-17:30（节假日除外） 乘车：地铁1号线双林站换乘津南公交</div>{JN_JS}</body></html>"""
    add("/jnpj/index.html", home, page_type="other", note="home of an agency whose registry status is revoked; no price",
        phenomena=["other"])

    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年人工智能训练师（四级、五级）常年招生-天津津南职业技能评价中心</title>
<meta name="description" content="人工智能训练师4级到5级常年招生，学费每人1600，拿证可享天津积分落户加分、领取补贴">
<style>{jn_css} table td{{border:1px solid #cfe0cf;padding:6px 14px}}</style></head>
<body><div class="t">天津津南职业技能评价中心</div>
<div class="c"><div class="n"><a href="/jnpj/index.html">首页</a><a href="/jnpj/zhaosheng/2025-rgzn.html">人工智能训练师招生</a></div>
<h2>2025年人工智能训练师（四级、五级）常年招生</h2><p style="color:#999">发布时间：2025-09-26 来源：招生办</p>
<p>　　本中心常年招收人工智能训练师学员，等级为4级到5级（中级工、初级工），周末及晚班授课，线上线下结合。</p>
<table cellspacing="0"><tr><td>培训内容</td><td>数据采集与处理、数据标注、智能系统运维基础</td></tr>
<tr><td>考核方式</td><td>理论知识考试 + 操作技能考核</td></tr>
<tr><td>发证机构</td><td>天津津南职业技能评价中心</td></tr>
<tr><td>费用</td><td>学费每人1600，含考核费、证书费</td></tr></table>
<p>　　<b>持证福利：</b>取得证书可在天津积分落户中加分，并可领取最高2000元技能补贴，学费基本全部返还，等于免费拿证！</p>
<p>　　报名请携带身份证、学历证明到中心办公室，或添加微信 jnpj8851 在线报名。</p>
<p>　　咨询电话：022-8851 3306</p></div>
{JN_SIDE}<div class="f">天津津南职业技能评价中心 © 2025 津ICP备18004517号<br>地址：天津市津南区咸水沽镇津沽路与南华路交口东南侧 电话：022-8851 3306</div>{JN_JS}</body></html>"""
    add("/jnpj/zhaosheng/2025-rgzn.html", page, page_type="offer",
        note="revoked agency still enrolling; levels written 4级到5级; issuer in a 发证机构 row; 落户/补贴 lure (等于免费拿证)",
        phenomena=["scam_offer", "level_range", "level_names", "role_issuer", "bare_price", "subsidy_amount"],
        offer={"issuers": [rec("天津津南职业技能评价中心", "HC05", status_alt=["unrecognized"])], "levels": [5, 4],
               "fee": fee(1600), "flags": ["ISSUER_LAPSED", "BENEFIT_BAIT"], "optional": []})
