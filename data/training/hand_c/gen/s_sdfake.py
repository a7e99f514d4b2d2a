"""Shandong: a lookalike 'agency' site imitating 山东鲁信 (/sdzx/) and a Qingdao training
brand built as a Nuxt single-page app (/qdpx/)."""
import json
from common import add, rec, gov, look, fee, esc

LX_FAKE = "山东鲁信职业技能鉴定评价有限公司"


def sd_layout(title, body, head_extra=""):
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="人工智能训练师,人工智能训练师证书,人工智能训练师报名,山东鲁信,职业技能等级证书">
{head_extra}
<style>
body{{margin:0;font:14px/1.7 "Microsoft YaHei",sans-serif;color:#333;background:#fff}}
.hd{{background:linear-gradient(90deg,#b30000,#e03b00);color:#fff;padding:12px 0}}
.wrap{{width:1100px;margin:0 auto}} .logo{{font-size:24px;font-weight:bold}} .logo small{{font-size:12px;opacity:.8}}
.nav{{background:#8a0000}} .nav a{{color:#fff;display:inline-block;padding:10px 18px;text-decoration:none}}
.box{{border:1px solid #f0d0d0;margin:16px 0;padding:16px}} .red{{color:#d00}} .big{{font-size:26px;color:#d00;font-weight:bold}}
.float{{position:fixed;right:10px;bottom:80px;width:120px;background:#d00;color:#fff;text-align:center;padding:8px;border-radius:6px}}
.ft{{background:#333;color:#aaa;text-align:center;padding:18px 0;font-size:12px}}
table.p td,table.p th{{border:1px solid #e6bcbc;padding:6px 12px;text-align:center}}
</style></head>
<body>
<div class="hd"><div class="wrap"><span class="logo">山东鲁信职业技能鉴定评价有限公司 <small>SHANDONG LUXIN SKILL APPRAISAL</small></span>
<span style="float:right">全国统一咨询热线：400-0531-889</span></div></div>
<div class="nav"><div class="wrap"><a href="/sdzx/index.html">首页</a><a href="/sdzx/rgzn.html">人工智能训练师</a>
<a href="/sdzx/rgzn-jishi.html">技师/高级技师</a><a href="/sdzx/cx.html">证书查询</a><a href="/sdzx/index.html#about">关于我们</a></div></div>
<div class="wrap">{body}</div>
<div class="float">在线咨询<br>微信 lxpj2025<br>QQ 2850017316</div>
<div class="ft">Copyright © 2019-2025 山东鲁信职业技能鉴定评价有限公司 版权所有 &nbsp; 鲁ICP备2023018***号<br>
地址：济南市高新区舜华路2000号舜泰广场 &nbsp; 本站证书查询系统：www.lxjd-zscx.com</div>
<script>
setTimeout(function(){{ if(!sessionStorage.getItem('tc')){{ sessionStorage.setItem('tc',1);
 alert('限时优惠：今日报名人工智能训练师立减500元！咨询微信 lxpj2025'); }} }}, 8000);
</script>
</body></html>
"""


def qd_shell(title, state, noscript="", head_extra="", canonical=None):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    data = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    return f"""<!doctype html>
<html data-n-head-ssr lang="zh"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
{can}
{head_extra}
<link rel="preload" href="/qdpx/_nuxt/app.7c1e2f.js" as="script">
<link rel="preload" href="/qdpx/_nuxt/vendors.app.93bd04.js" as="script">
<link rel="stylesheet" href="/qdpx/_nuxt/css/app.5d2a1b.css">
</head>
<body>
<noscript>{noscript}</noscript>
<div id="__nuxt"><div id="__layout"><div class="app-loading"><span class="spinner"></span></div></div></div>
<script>window.__INITIAL_STATE__={data};</script>
<script src="/qdpx/_nuxt/vendors.app.93bd04.js" defer></script>
<script src="/qdpx/_nuxt/app.7c1e2f.js" defer></script>
<script>
(function(){{var h=document.createElement('script');h.src='https://hm.baidu.com/hm.js?5f3c21a9e07d4b0f81c6a23d9b7e1c44';document.head.appendChild(h)}})();
</script>
</body></html>
"""


QD_NAV = [{"title": "首页", "path": "/qdpx/index.html"}, {"title": "人工智能训练师", "path": "/qdpx/detail/rgzn-4.html"},
          {"title": "高级班", "path": "/qdpx/detail/rgzn-3.html"}, {"title": "导航", "path": "/index.html"}]


def build():
    # ================================================================ /sdzx/ home
    body = """
<div class="box" style="background:#fff6f0"><p class="big">人工智能训练师 火热报名中</p>
<p>国家新职业 ・ 人社部门备案 ・ 全国联网可查 ・ 终身有效</p>
<p>五级/四级/三级 <span class="red">¥1880起</span> &nbsp; <b>技师/高级技师</b> <span class="red">名额紧张</span></p>
<p><a href="/sdzx/rgzn.html?utm_source=home&utm_medium=banner">立即了解 &gt;&gt;</a> &nbsp; <a href="/sdzx/rgzn-jishi.html?from=home">技师班 &gt;&gt;</a></p></div>
<div class="box"><h3>热门项目</h3><ul>
<li><a href="/sdzx/rgzn.html?tab=price">人工智能训练师（初级-高级）</a> ― 签约包过，¥1880 起</li>
<li><a href="/sdzx/rgzn-jishi.html?tab=price">人工智能训练师技师/高级技师</a> ― 零基础可报</li>
<li>数据标注员 ― 线上学习，随报随考</li>
<li>健康管理师 / 心理咨询师 / 碳排放管理员 ― 电话咨询</li></ul></div>
<a name="about"></a>
<div class="box"><h3>关于我们</h3><p>山东鲁信职业技能鉴定评价有限公司致力于职业技能培训与评价服务，已累计服务学员5万余人，合作院校100余所。
证书查询：<a href="/sdzx/cx.html">www.lxjd-zscx.com</a></p></div>
"""
    add("/sdzx/index.html", sd_layout("山东鲁信职业技能鉴定评价有限公司-人工智能训练师报名", body),
        page_type="offer_list", note="home page of a lookalike 'agency' with price snippets and 包过 in snippets",
        phenomena=["list_page", "tracking_params"])

    # ================================================================ /sdzx/rgzn.html  lookalike scam
    body = f"""
<div class="box"><h1 style="font-size:22px">人工智能训练师职业技能等级证书（从初级到高级）报名简章</h1>
<p>发证单位：<b>{LX_FAKE}</b> &nbsp; 更新时间：2025-11-02</p></div>
<div class="box"><h3>一、报考等级与费用</h3>
<table class="p" cellspacing="0"><tr><th>等级</th><th>名称</th><th>原价</th><th>现价</th></tr>
<tr><td>五级</td><td>初级工</td><td><del>¥2,680</del></td><td class="red">¥<b>1</b><i>880</i></td></tr>
<tr><td>四级</td><td>中级工</td><td><del>¥3,280</del></td><td class="red">¥<b>2</b><i>680</i></td></tr>
<tr><td>三级</td><td>高级工</td><td><del>¥4,980</del></td><td class="red">¥<b>3</b><i>880</i></td></tr></table>
<p>以上费用包含报名费、培训费、考试费、证书费，无其他任何费用。</p></div>
<div class="box"><h3>二、我们的承诺</h3>
<p>✔ 签约包过，一次不过免费重考，二次不过<span class="red">全额退费</span>；<br>
✔ 全程线上学习，考前提供题库与押题，轻松通过；<br>
✔ 证书由{LX_FAKE}统一颁发，可在本公司证书查询系统 <a href="/sdzx/cx.html">www.lxjd-zscx.com</a> 永久查询。</p></div>
<div class="box"><h3>三、报名条件</h3><p>年满16周岁，初中及以上学历即可报名，无需复杂材料。</p></div>
<div class="box"><h3>四、报名方式</h3><p>添加招生老师微信：lxpj2025（备注：AI训练师），或拨打 400-0531-889。</p></div>
"""
    head = '<link rel="canonical" href="/jnpx/zsjz/rgznxls.htm">'
    add("/sdzx/rgzn.html", sd_layout("人工智能训练师报名_初级到高级_山东鲁信", body, head),
        page_type="offer",
        note="lookalike issuer (鉴定 inserted into 山东鲁信职业技能评价有限公司), split price digits, struck 原价, 包过/退费, own query site; canonical points to the honest Jinan notice",
        phenomena=["scam_offer", "level_range", "level_names", "level_table", "split_price", "struck_price",
                   "canonical_evasion", "unofficial_query_site", "role_issuer", "tracking_params"],
        offer={"issuers": [look(LX_FAKE, "HC10")], "levels": [5, 4, 3], "fee": fee(1880, 3880),
               "flags": [["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"], "GUARANTEED_PASS", "UNOFFICIAL_VERIFICATION_SITE"],
               "optional": ["EXCESSIVE_FEE"]})

    # ================================================================ /sdzx/cx.html fake query
    body = """
<div class="box" style="max-width:560px;margin:30px auto"><h2 style="text-align:center">职业技能等级证书查询系统</h2>
<p style="text-align:center;color:#888">www.lxjd-zscx.com ・ 本系统数据与全国联网同步</p>
<form action="/sdzx/cx.html" method="get">
<p>证书编号：<input name="zsbh" style="width:300px"></p>
<p>姓　　名：<input name="xm" style="width:300px"></p>
<p>验 证 码：<input name="yzm" style="width:120px"> <img src="/sdzx/yzm.php" alt="验证码"></p>
<p style="text-align:center"><button type="submit" style="background:#d00;color:#fff;border:0;padding:8px 40px">查 询</button></p>
</form>
<p style="font-size:12px;color:#999">说明：本公司颁发的所有证书均可在本系统查询；查询结果截图可作为求职、投标证明材料。</p></div>
"""
    add("/sdzx/cx.html", sd_layout("证书查询-山东鲁信职业技能鉴定评价有限公司", body),
        page_type="other", note="the lookalike's own 'certificate query system' (unofficial query site), no offer",
        phenomena=["unofficial_query_site"])

    # ================================================================ /sdzx/rgzn-jishi.html  gov claim + no exam
    body = """
<div class="box"><h1 style="font-size:22px">人工智能训练师 技师（二级）/ 高级技师（一级）快速通道</h1>
<p class="red">★ 零基础可报 ★ 无需工作年限证明 ★ 免考试直接拿证 ★</p></div>
<div class="box"><p>　　很多学员问：没有三级证书能不能直接考技师？答案是<b>可以</b>！我们的技师快速通道不需要逐级报考，
不需要参加理论和实操考试，资料审核通过后45个工作日直接拿证。</p>
<p>　　证书为<b>国家职业资格证书</b>，由山东省人力资源和社会保障厅颁发，全国通用，可用于评职称、积分落户济南、申请人才公寓。</p></div>
<div class="box"><h3>收费方式</h3>
<table class="p" cellspacing="0"><tr><th>等级</th><th>定金</th><th>拿证后尾款</th></tr>
<tr><td>二级/技师</td><td>2000元</td><td>6800元</td></tr>
<tr><td>一级/高级技师</td><td>3000元</td><td>9800元</td></tr></table>
<p>先交定金办理，拿到证书后再付尾款，安全放心。名额每月限20人。</p></div>
<div class="box"><p>咨询微信：lxpj2025 &nbsp; 电话：400-0531-889 &nbsp; <a href="/sdzx/rgzn.html">返回初中高级报名</a></p></div>
"""
    add("/sdzx/rgzn-jishi.html", sd_layout("人工智能训练师技师高级技师快速拿证", body),
        page_type="offer",
        note="二级/一级 to beginners without exam, sold as 国家职业资格证书 issued by the provincial 人社厅; deposit+balance = 8800/12800; 落户/人才公寓 lure",
        phenomena=["scam_offer", "deposit_balance", "level_names", "level_table", "tracking_params"],
        offer={"issuers": [gov("山东省人力资源和社会保障厅", "HC93")], "levels": [2, 1], "fee": fee(8800, 12800),
               "flags": ["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE", "BENEFIT_BAIT"],
               "optional": ["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER", "UNOFFICIAL_VERIFICATION_SITE"], "gov_wording": True})

    # ================================================================ /qdpx/ Nuxt SPA
    courses = [
        {"id": "rgzn-4", "name": "人工智能训练师（四级/中级工）周末班", "price": 1880, "tag": "热招"},
        {"id": "rgzn-3", "name": "人工智能训练师 三级及以上 进阶班", "price": 2680, "tag": "进阶"},
        {"id": "pmp", "name": "PMP项目管理认证备考", "price": 4980, "tag": ""},
        {"id": "python", "name": "Python数据分析入门", "price": 1299, "tag": ""},
    ]
    state = {"layout": {"nav": QD_NAV, "brand": "青岛启智职业培训学校", "tel": "0532-8566 1020"},
             "home": {"banner": "青岛市市南区人社局备案培训机构・人工智能训练师培训", "courses": courses,
                      "links": [{"t": c["name"], "href": f"/qdpx/detail/{c['id']}.html" if c["id"].startswith("rgzn") else None}
                                for c in courses]}}
    nos = ('<p>青岛启智职业培训学校：<a href="/qdpx/detail/rgzn-4.html">人工智能训练师四级 1880元</a> | '
           '<a href="/qdpx/detail/rgzn-3.html">三级及以上进阶班</a> | <a href="/index.html">导航</a></p>'
           '<p>本站需要启用JavaScript。地址：青岛市市南区香港中路61号乙 电话0532-85661020</p>')
    add("/qdpx/index.html", qd_shell("青岛启智职业培训学校-人工智能训练师培训", state, nos),
        page_type="offer_list", note="Nuxt shell home; course cards with prices only in window.__INITIAL_STATE__ (noscript has links)",
        phenomena=["app_state", "noscript", "list_page", "other_occupation_price"])

    detail3 = {
        "id": "rgzn-3", "title": "人工智能训练师 三级及以上 进阶班（高级工/技师/高级技师）",
        "summary": "面向已取得本职业证书、具备相应工作年限的在职人员，开设三级、二级、一级认定辅导。",
        "levels": [{"level": "三级/高级工", "price": 2680, "condition": "取得四级证书后累计从事本职业工作满5年"},
                   {"level": "二级/技师", "price": 3980, "condition": "取得三级证书后累计从事本职业工作满4年"},
                   {"level": "一级/高级技师", "price": 4980, "condition": "取得二级证书后累计从事本职业工作满4年"}],
        "assess": "青岛海智职业技能评价有限公司负责组织理论知识考试、操作技能考核，二级、一级另加综合评审，合格后由其颁发职业技能等级证书。",
        "note": "报名须提交证书原件及单位出具的工作年限证明，资格审核不通过全额退费。",
        "contact": {"tel": "0532-85661020", "wechat": "qizhi_qd"},
    }
    nos = "<p>人工智能训练师三级及以上进阶班，详情请启用JavaScript浏览。</p>"
    add("/qdpx/detail/rgzn-3.html",
        qd_shell("人工智能训练师三级及以上进阶班-青岛启智", {"layout": state["layout"], "detail": detail3}, nos,
                 canonical="/qdpx/detail/rgzn-3.html"),
        page_type="offer",
        note="SPA detail with content only in __INITIAL_STATE__; 三级及以上 = 3,2,1 but 海智 is authorized for 2–5 only (一级 out of scope); conditions stated properly",
        phenomena=["app_state", "noscript", "level_range", "level_names", "level_table", "long_issuer_span", "canonical_ok", "scam_offer"],
        offer={"issuers": [rec("青岛海智职业技能评价有限公司", "HC12")], "levels": [3, 2, 1], "fee": fee(2680, 4980),
               "flags": ["ISSUER_OUT_OF_SCOPE"], "optional": ["EXCESSIVE_FEE"]})

    ld = {"@context": "https://schema.org", "@type": "Course", "name": "人工智能训练师（四级/中级工）周末班",
          "description": "数据采集和处理、数据标注、智能系统运维，50学时，考核由青岛海智职业技能评价有限公司实施。",
          "provider": {"@type": "Organization", "name": "青岛启智职业培训学校"},
          "offers": {"@type": "Offer", "price": "1880", "priceCurrency": "CNY", "availability": "https://schema.org/InStock"}}
    head = (f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            '<meta property="og:type" content="product">\n<meta property="og:title" content="人工智能训练师四级周末班 1880元">\n'
            '<meta property="og:url" content="/qdpx/detail/rgzn-4.html">')
    detail4 = {"id": "rgzn-4", "title": "人工智能训练师（四级/中级工）周末班", "price": 1880, "oldPrice": None,
               "hours": 50, "start": "2025-12-06",
               "body": ["课程内容：数据采集和处理、数据标注、智能系统运维。",
                        "报名条件：取得五级证书后累计从事本职业或相关职业工作满4年，或累计从事本职业工作满6年，或技工学校相关专业毕业。",
                        "考核：由青岛海智职业技能评价有限公司组织理论知识考试和操作技能考核，合格者由该机构颁发四级/中级工职业技能等级证书。",
                        "补贴：取得证书后，符合条件的可申领1500元技能提升补贴。",
                        "条件：须在青岛参加失业保险满1年，以人社部门审核为准。"],
               "contact": {"tel": "0532-85661020"}}
    nos = ("<h1>人工智能训练师（四级/中级工）周末班</h1><p>学费：1880元（含考核费）。考核：由青岛海智职业技能评价有限公司组织理论知识考试和操作技能考核。"
           "</p><p>取得证书后，符合条件的可申领1500元技能提升补贴。</p><p>须在青岛参加失业保险满1年，以人社部门审核为准。</p>"
           '<p><a href="/qdpx/index.html">返回首页</a></p>')
    add("/qdpx/detail/rgzn-4.html",
        qd_shell("人工智能训练师四级周末班-青岛启智", {"layout": state["layout"], "detail": detail4}, nos, head),
        page_type="offer",
        note="honest SPA detail with JSON-LD Offer 1880 and noscript copy; subsidy 1500 with its condition on the next line",
        phenomena=["app_state", "noscript", "json_ld", "open_graph", "honest_offer", "cross_sentence_condition",
                   "subsidy_amount", "long_issuer_span", "level_names"],
        offer={"issuers": [rec("青岛海智职业技能评价有限公司", "HC12")], "levels": [4], "fee": fee(1880),
               "flags": [], "optional": ["BENEFIT_BAIT"]})

    # server-rendered scam page of the same brand family (lookalike 中心 instead of 有限公司)
    body = f"""
<div class="box"><h1 style="font-size:22px">人工智能训练师 三至一级 急速取证班</h1>
<p>评价机构：<b>青岛海智职业技能评价中心</b> &nbsp;|&nbsp; 适合人群：零基础、转行、想评职称的在职人员</p></div>
<div class="box"><p>　　<b>三至一级</b>一次报齐：不看学历、不看工作年限，零基础也能直接报高级技师！</p>
<p>　　全程免考，资料提交后由青岛海智职业技能评价中心审核发证，60天出证。</p>
<p>　　一口价：<span class="big">9800</span>元/人（三证全包），两人同行每人9200元。</p></div>
<div class="box"><p>咨询：0532-8566 1020（同启智学校前台） &nbsp; <a href="/qdpx/index.html">启智学校首页</a></p></div>
"""
    page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>人工智能训练师三至一级急速取证-青岛</title>
<style>body{{margin:0;font:15px/1.8 "PingFang SC","Microsoft YaHei";background:#f7f7fb;color:#222}}
.top{{background:#2b2f8f;color:#fff;padding:14px 20px;font-size:20px}} .wrap{{max-width:760px;margin:0 auto;padding:0 14px}}
.box{{background:#fff;border-radius:8px;margin:14px 0;padding:16px;box-shadow:0 1px 4px rgba(0,0,0,.06)}}
.big{{font-size:30px;color:#e4393c;font-weight:bold}} .cta{{position:fixed;bottom:0;left:0;right:0;background:#e4393c;color:#fff;text-align:center;padding:12px}}
</style></head><body>
<div class="top">青岛海智职业技能评价中心 ・ 官方合作报名点</div>
<div class="wrap">{body}
<div class="box" style="font-size:12px;color:#888">学员评价：“两个月就拿到三本证，太省心了” ―― 李女士（青岛城阳）<br>
“零基础也能报技师，客服很耐心” ―― 王先生（即墨）<br>
“公司要求持证上岗，找了他们很快就办好了” ―― 赵先生（黄岛）</div>
<div class="box" style="font-size:13px;color:#666"><b>办理流程：</b>①添加微信咨询 → ②提交身份证、照片 → ③缴费 → ④等待出证 → ⑤快递到家</div></div>
<div class="cta">立即咨询 ・ 加微信 haizhi-pj 领取报名表</div>
<script>document.querySelector('.cta').onclick=function(){{location.href='tel:053285661020'}}</script>
</body></html>
"""
    add("/qdpx/detail/rgzn-kuaisu.html", page,
        page_type="offer",
        note="lookalike (中心 for 有限公司) of 青岛海智; 三至一级 = 3,2,1 to 零基础, 免考; 9800 single, 9200 group",
        phenomena=["scam_offer", "level_range", "group_price", "role_issuer"],
        offer={"issuers": [look("青岛海智职业技能评价中心", "HC12")], "levels": [3, 2, 1], "fee": fee(9200, 9800),
               "flags": [["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"], "NO_EXAM", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
               "optional": []})
