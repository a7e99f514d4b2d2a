"""Honest agency sites: 陕西长安数字技能评价有限公司 (/cadj/) and 海南椰城职业技能评价有限公司 (/yecheng/)."""
import json
from common import page, doc, offer, other, rec, table, paras, stat

CA_CSS = """<link rel="stylesheet" href="/cadj/assets/site.css">
<style>
body{margin:0;font:15px/1.8 "Microsoft YaHei";color:#2b2b2b}
header{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.08)}header .in{max-width:1120px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:70px}
header .brand{font-size:20px;color:#1d3f8f;font-weight:bold}header nav a{margin-left:22px;color:#333;text-decoration:none}
.hero{background:#1d3f8f;color:#fff;padding:26px 0}.hero .in{max-width:1120px;margin:0 auto}
.page{max-width:1120px;margin:20px auto}
.tb{border-collapse:collapse;width:100%;margin:10px 0}.tb th{background:#eef2fb}.tb td,.tb th{border:1px solid #cdd6ea;padding:7px 10px}
.notice{background:#f7f9fd;border:1px solid #dfe6f5;padding:10px 16px}
footer{background:#1a1f2e;color:#9aa3b5;font-size:13px;padding:24px 0;text-align:center;line-height:2}
</style>"""


def ca(title, inner, head_extra=""):
    body = f"""<header><div class="in"><div class="brand"><img src="/cadj/assets/logo.svg" alt="长安数评" height="36"> 陕西长安数字技能评价有限公司</div>
<nav><a href="/cadj/index.html">首页</a><a href="/cadj/pjxm/rgznxls.html">评价项目</a><a href="/cadj/tzgg/2025-sfbz.html">通知公告</a><a href="/cadj/about.html">关于我们</a><a href="http://jndj.osta.org.cn/" target="_blank">证书查询</a></nav></div></header>
<div class="hero"><div class="in"><h1 style="margin:0">{title}</h1></div></div>
<div class="page">{inner}</div>
<footer>陕西长安数字技能评价有限公司　统一社会信用代码：91610131MA6W2KQ08C<br>地址：西安市高新区锦业路69号创业研发园C区3号楼　电话：029-68950712<br>陕ICP备2022003188号-1</footer>
{stat("9d0c7e2b41a54f6a8b3e1c0d5f2a7b96")}"""
    return doc(f"{title}｜陕西长安数字技能评价有限公司", body, CA_CSS + head_extra)


YC_CSS = """<style>
body{margin:0;font:15px/1.85 "PingFang SC","Microsoft YaHei";background:#fbfbf7;color:#333}
.bar{background:#0a7f5a;color:#fff;padding:14px 24px;font-size:19px}.bar a{color:#fff;font-size:14px;margin-left:18px}
.box{max-width:980px;margin:22px auto;background:#fff;border:1px solid #e8e8e0;padding:26px 36px}
.box h1{font-size:22px;color:#0a7f5a}.neg{background:#f1faf5;border:1px dashed #0a7f5a;padding:10px 16px}
.tb{border-collapse:collapse}.tb td,.tb th{border:1px solid #ccc;padding:6px 14px}
.foot{text-align:center;font-size:12px;color:#888;padding:20px}
</style>"""


def yc(title, inner):
    body = f"""<div class="bar">海南椰城职业技能评价有限公司 <a href="/yecheng/index.html">首页</a><a href="/yecheng/news/ai-xls-2025q4.html">报名通知</a><a href="/yecheng/cx.html">证书查询</a></div>
<div class="box">{inner}</div>
<div class="box" style="font-size:14px"><h3>机构资质公示</h3>
<p>名称：海南椰城职业技能评价有限公司　统一社会信用代码：91460100MA5TD0RW7N</p>
<p>备案职业及等级：人工智能训练师（数据标注员、人工智能算法测试员）五级/初级工、四级/中级工、三级/高级工</p>
<p>备案机关：海南省人力资源和社会保障厅　备案有效期：2022年10月1日至2029年9月30日</p>
<h3>常见问题</h3>
<p><b>问：可以线上考试吗？</b> 答：不可以。理论考试和实操考核均在本机构考点现场进行，全程视频监控。</p>
<p><b>问：证书多久可以查询？</b> 答：考核结果公示无异议后约30个工作日内可在全国联网查询系统查询。</p>
<p><b>问：考试不通过怎么办？</b> 答：单科不合格的可在一年内申请补考，补考按规定收取认定费。</p>
<h3>最新公告</h3>
<ul><li><a href="/yecheng/news/ai-xls-2025q4.html">2025年第四季度人工智能训练师职业技能等级认定报名通知</a></li><li>2025年第三季度认定考核成绩公示（已结束）</li><li>关于规范考场纪律的通知</li></ul>
</div>
<div class="foot">海南椰城职业技能评价有限公司 · 海口市龙华区金贸西路8号 · 0898-68552190 · 琼ICP备2022001573号</div>"""
    return doc(f"{title} - 海南椰城职业技能评价", body, YC_CSS)


def build():
    # ----------------------------------------------------------- 长安数评
    page("/cadj/index.html", ca("职业技能等级认定 · 第三方评价机构", paras(
        "本公司是经陕西省人力资源和社会保障厅备案的第三方社会培训评价组织，面向社会开展人工智能训练师等职业的职业技能等级认定。",
        '<a href="/cadj/pjxm/rgznxls.html">人工智能训练师（一级至五级）评价项目介绍</a>　|　<a href="/cadj/tzgg/2025-sfbz.html?tab=tzgg">2025年第四季度认定报名通知</a>　|　<a href="/cadj/about.html">机构简介</a>')),
         other("other", "agency home", ["other", "tracking_params"]))

    lv = [("五级/初级工", "累计从事本职业或相关职业工作1年（含）以上，或学徒期满", "980"),
          ("四级/中级工", "取得五级证书后累计工作4年以上，或累计工作6年以上等", "1380"),
          ("三级/高级工", "取得四级证书后累计工作5年以上等", "1880"),
          ("二级/技师", "取得三级证书后累计从事相关工作4年（含）以上等", "2980"),
          ("一级/高级技师", "取得二级证书后累计从事相关工作4年（含）以上", "3680")]
    ld = {"@context": "https://schema.org", "@type": "Course", "name": "人工智能训练师职业技能等级认定（一级至五级）",
          "provider": {"@type": "Organization", "name": "陕西长安数字技能评价有限公司"},
          "offers": {"@type": "AggregateOffer", "priceCurrency": "CNY", "lowPrice": "980", "highPrice": "3680"}}
    inner = paras(
        "<b>标准依据</b>：《人工智能训练师国家职业技能标准（2021年版）》由人力资源社会保障部、工业和信息化部联合颁布，本公司严格依据该标准组织认定。",
        "<b>发证说明</b>：本公司为经备案的第三方评价机构，负责组织理论知识考试、操作技能考核及技师、高级技师综合评审，并对考核合格人员颁发职业技能等级证书。证书不是国家职业资格证书，信息可在“技能人才评价证书全国联网查询”系统查询。",
        "<b>等级与收费</b>：下表费用含培训与认定，按陕西省物价备案标准收取。",
    )
    inner += table(["等级", "申报条件（摘要）", "费用（元/人）"], lv)
    inner += paras(
        "报考二级/技师、一级/高级技师的，须提交证书复印件及单位出具的工作年限证明，不符合申报条件者不予受理；资格审核未通过的，全额退还已缴费用。",
        "报名咨询：029-68950712；报名地址：西安市高新区锦业路69号创业研发园C区3号楼2层。",
    )
    page("/cadj/pjxm/rgznxls.html",
         ca("人工智能训练师评价项目", inner, f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n<link rel="canonical" href="/cadj/pjxm/rgznxls.html">\n'),
         offer(issuers=[rec("HF04")], levels=[5, 4, 3, 2, 1], fee=(980, 3680), optional=["EXCESSIVE_FEE"],
               note="honest agency: standard published by 人社部、工信部 (not issuers) next to its own issuing role; levels 1-2 with experience rules; refund only when eligibility fails",
               phen=["honest_offer", "standard_body", "role_issuer", "level_table", "level_names", "json_ld", "negated_claim", "canonical_ok"]))

    rows = [("人工智能训练师", "四级/中级工", "460"), ("人工智能训练师", "三级/高级工", "560"),
            ("计算机程序设计员", "四级/中级工", "420"), ("电工", "三级/高级工", "520"),
            ("养老护理员", "五级/初级工", "300")]
    inner = paras("各位考生：", "本公司2025年第四季度职业技能等级认定（只考不培）定于12月13日—14日举行，现将有关事项通知如下。",
                  "<b>一、认定职业及收费标准</b>（仅含认定考核费，不含培训费）：")
    inner += table(["职业", "等级", "认定费（元/人·次）"], rows)
    inner += paras(
        "<b>二、报名条件</b>：须符合相应国家职业技能标准申报条件；人工智能训练师本期仅开考四级、三级。",
        "<b>三、报名时间及方式</b>：11月20日—12月5日，登录本公司报名系统或到公司现场报名，联系电话029-68950712。",
        "<b>四、补考</b>：单科不合格的，可在一年内补考一次，补考费按单科收取。",
        "陕西长安数字技能评价有限公司　2025年11月18日",
    )
    page("/cadj/tzgg/2025-sfbz.html", ca("2025年第四季度职业技能等级认定报名通知", inner),
         offer(issuers=[rec("HF04")], levels=[4, 3], fee=(460, 560),
               note="registration notice with fee table for several occupations; AI-trainer rows only (460/560); others are other_occupation_price",
               phen=["honest_offer", "other_occupation_price", "multi_course", "level_names", "tracking_params"]))

    page("/cadj/about.html", ca("关于我们", paras(
        "陕西长安数字技能评价有限公司成立于2021年，2022年经陕西省人力资源和社会保障厅备案为社会培训评价组织，备案职业包括人工智能训练师（一级至五级）、计算机程序设计员等。",
        "近期发现有不法分子以“陕西长安数字职业技能评价有限公司”名义招生并承诺包过，该主体与本公司无任何关系，本公司已向公安机关报案。",
        "本公司从未在任何平台承诺“包过”“免考”，也从未委托中介代理招生。")),
         other("other", "about page: disowns a lookalike name, states own filing; no offer", ["negated_claim", "warning"]))

    # ----------------------------------------------------------- 椰城
    page("/yecheng/index.html", yc("首页", """<h1>海南椰城职业技能评价有限公司</h1>
<p>经海南省人力资源和社会保障厅备案的社会培训评价组织，开展人工智能训练师三级至五级认定。</p>
<p><a href="/yecheng/news/ai-xls-2025q4.html">→ 2025年第四季度人工智能训练师报名通知</a></p>
<p><a href="/yecheng/cx.html">→ 证书查询说明</a></p>
<p>注意：海南椰城职业技能评价服务中心与本公司为不同主体，其备案职业不含人工智能训练师。</p>"""),
         other("other", "agency home; warns that a near-namesake 服务中心 is a different body", ["other"]))

    inner = """<h1>2025年第四季度人工智能训练师职业技能等级认定报名通知</h1>"""
    inner += paras(
        "本期开设人工智能训练师（数据标注员）四级/中级工、三级/高级工认定，培训与认定费用如下：",
    )
    inner += table(["等级", "培训+认定费用", "学时"], [("四级/中级工", "1,900元", "50"), ("三级/高级工", "2,600元", "40")])
    inner += '<div class="neg">' + paras(
        "<b>郑重声明</b>：本机构不承诺包过，不存在免考、代考，本人必须到场参加理论考试和实操考核。",
        "本机构颁发的是职业技能等级证书，不是国家职业资格证书，也不是人社部颁发的证书；证书请在人社部职业技能等级证书全国联网查询系统（jndj.osta.org.cn）查询，我们不提供任何其他查询网站。",
        "持证本身不能直接落户或申请人才公寓，相关政策以海南省人社部门规定为准。",
    ) + "</div>"
    inner += paras(
        "符合条件的参保职工取证后，可按规定申请技能提升补贴（四级1500元、三级2000元，以人社部门审核为准）。",
        "报名：携身份证、学历及工作年限证明，到海口市龙华区金贸西路8号椰城大厦5楼报名；电话0898-68552190。",
    )
    page("/yecheng/news/ai-xls-2025q4.html", yc("人工智能训练师报名通知", inner),
         offer(issuers=[rec("HF13")], levels=[4, 3], fee=(1900, 2600), optional=["BENEFIT_BAIT"],
               note="honest offer whose claims are all negated (不承诺包过, 不存在免考, 不是国家职业资格证书, 不能直接落户); subsidy is a sober conditional note",
               phen=["honest_offer", "negated_claim", "subsidy_amount", "level_names"]))

    page("/yecheng/cx.html", yc("证书查询", """<h1>证书查询说明</h1>
<p>本公司颁发的职业技能等级证书统一在人力资源社会保障部“技能人才评价证书全国联网查询”系统查询：<a href="http://jndj.osta.org.cn/" target="_blank">http://jndj.osta.org.cn/</a>。</p>
<form action="http://jndj.osta.org.cn/" method="get" target="_blank"><label>证书编号 <input name="zsbh"></label> <label>姓名 <input name="xm"></label> <button>前往官方查询</button></form>
<p>凡以本公司名义提供的其他“查询网站”均为仿冒。</p>"""),
         other("other", "query-instructions page pointing to the official site", ["other"]))
