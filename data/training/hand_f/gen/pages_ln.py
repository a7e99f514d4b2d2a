"""辽宁省人社厅-style government site (/ln-rst/)."""
from common import page, doc, offer, other, rec, table, paras, stat

NAV = [("首页", "/ln-rst/index.html"), ("机构概况", "/ln-rst/index.html#jggk"),
       ("政务公开", "/ln-rst/index.html?tab=zwgk"), ("政务服务", "/ln-rst/index.html?tab=zwfw"),
       ("互动交流", "/ln-rst/index.html#hdjl"), ("专题专栏", "/ln-rst/index.html?tab=ztzl")]

CSS = """<link rel="stylesheet" href="/ln-rst/css/common.css">
<style>
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f4f6f9;color:#333}
.top-bar{background:#0b4a8b;color:#dfe9f5;font-size:12px;padding:4px 0}
.top-bar .w{width:1200px;margin:0 auto;display:flex;justify-content:space-between}
.top-bar a{color:#dfe9f5;margin-left:12px;text-decoration:none}
.hd{background:#1160a8 url(/ln-rst/images/hd_bg.jpg) no-repeat center;height:120px}
.hd h1{width:1200px;margin:0 auto;line-height:120px;color:#fff;font-size:34px;letter-spacing:3px}
.nav{background:#0d3f75}.nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}
.nav li a{display:block;padding:0 30px;line-height:46px;color:#fff;text-decoration:none;font-size:16px}
.main{width:1200px;margin:18px auto;background:#fff;padding:24px 40px;box-sizing:border-box}
.crumb{font-size:13px;color:#777;border-bottom:1px solid #e3e3e3;padding-bottom:8px}
.crumb a{color:#555}
.art-title{font-size:24px;text-align:center;color:#0d3f75;margin:22px 0 10px}
.art-info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.art-con{font-size:16px;line-height:2;text-indent:0}
.art-con p{text-indent:2em;margin:6px 0}
.tb{border-collapse:collapse;width:100%;font-size:14px;margin:10px 0}
.tb td,.tb th{border:1px solid #999;padding:6px 8px;text-align:center}
.fj{margin-top:20px;font-size:14px}
.ft{background:#0d3f75;color:#c9d6e6;font-size:13px;text-align:center;padding:20px 0;line-height:2}
.ft a{color:#c9d6e6}
.share{margin:20px 0;text-align:right;font-size:13px;color:#888}
</style>"""


def shell(title, crumbs, inner, head_extra=""):
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in NAV)
    cr = " &gt; ".join(f'<a href="{h}">{t}</a>' for t, h in crumbs)
    body = f"""<div class="top-bar"><div class="w"><span>今天是：<span id="today"></span></span>
<span><a href="javascript:void(0)" onclick="aria.start()">无障碍浏览</a><a href="javascript:void(0)">长者模式</a><a href="/ln-rst/index.html?lang=fanti">繁体版</a><a href="http://www.ln.gov.cn/" target="_blank">辽宁省人民政府</a></span></div></div>
<div class="hd"><h1>辽宁省人力资源和社会保障厅</h1></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="main">
<div class="crumb">当前位置：{cr}</div>
{inner}
</div>
<div class="ft">
<p><a href="/ln-rst/index.html#wzdt">网站地图</a> | <a href="/ln-rst/index.html#lxwm">联系我们</a> | <a href="/ln-rst/index.html#sm">网站声明</a></p>
<p>主办单位：辽宁省人力资源和社会保障厅　地址：沈阳市和平区南京北街十四号</p>
<p>网站标识码：2100000041　辽ICP备05007531号　<img src="/ln-rst/images/ga.png" alt="">辽公网安备 21010202000318号</p>
<p><img src="/ln-rst/images/dzjg.png" alt="党政机关"> <img src="/ln-rst/images/jiucuo.png" alt="政府网站找错"></p>
</div>
<script src="/ln-rst/js/jquery-1.12.4.min.js"></script>
<script>document.getElementById("today").innerHTML=new Date().toLocaleDateString("zh-CN");</script>
{stat("5c2b8e1f7d0a4e3c9b6f2a1d8e7c4b30")}"""
    return doc(f"{title}_辽宁省人力资源和社会保障厅", body, CSS + head_extra)


def article(title, date, source, crumbs, content, extra_meta=""):
    head = (f'<meta name="ArticleTitle" content="{title}">\n<meta name="PubDate" content="{date}">\n'
            f'<meta name="ContentSource" content="{source}">\n<meta name="SiteName" content="辽宁省人力资源和社会保障厅">\n'
            f'<meta name="SiteDomain" content="rst.ln.gov.cn">\n<meta name="SiteIDCode" content="2100000041">\n' + extra_meta)
    inner = f"""<h2 class="art-title">{title}</h2>
<div class="art-info">发布时间：{date}　来源：{source}　浏览次数：<span id="hits">--</span>　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="art-con" id="zoom">
{content}
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>"""
    return shell(title, crumbs, inner, head)


def build():
    # ---------------------------------------------------------------- home
    items = [
        ("/ln-rst/ztzl/jnpx/2025/rgznxls-bm.html?tab=ztzl", "沈阳市2025年第二期人工智能训练师（数据标注员）补贴性培训报名通知", "2025-07-21"),
        ("/ln-rst/zwgk/tzgg/202506/t20250611_4702.html", "关于警惕“职业技能等级证书”网络诈骗的风险提示", "2025-06-11"),
        ("/ln-rst/zwgk/zcjd/202504/t20250402_4520.html#zoom", "图解｜职业技能提升补贴怎么领？一图读懂", "2025-04-02"),
        ("/ln-rst/zwgk/tzgg/202503/t20250318_4471.html", "关于公布辽宁省第十二批职业技能等级认定社会培训评价组织名单的通知", "2025-03-18"),
        ("/ln-rst/zwgk/tzgg/202401/t20240105_3010.html", "关于做好2024年元旦春节期间根治欠薪工作的通知", "2024-01-05"),
    ]
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in items)
    inner = f"""<div class="idx-banner"><a href="/ln-rst/ztzl/jnpx/2025/rgznxls-bm.html?from=banner"><img src="/ln-rst/images/banner_jnpx2025.jpg" alt="技能辽宁行动 免费培训 报名进行中"></a></div>
<div class="idx-col" id="tzgg"><h3>通知公告 <a class="more" href="/ln-rst/index.html?tab=tzgg">更多&gt;&gt;</a></h3>
<ul class="list">
{lis}
</ul></div>
<div class="idx-col" id="zwfw"><h3>政务服务</h3>
<ul class="svc"><li><a href="http://zwfw.ln.gov.cn/" target="_blank">辽宁政务服务网</a></li><li><a href="http://zscx.osta.org.cn/" target="_blank">技能人员职业资格证书查询</a></li><li><a href="http://jndj.osta.org.cn/" target="_blank">职业技能等级证书查询</a></li><li><a href="https://si.12333.gov.cn/" target="_blank">国家社会保险公共服务平台</a></li></ul></div>
<div class="idx-col" id="hdjl"><h3>互动交流</h3><p>12333咨询服务电话：024-12333（工作日 8:30-17:00）</p><p><a href="javascript:;">厅长信箱</a> | <a href="javascript:;">网上调查</a> | <a href="javascript:;">在线访谈</a></p></div>
<div class="idx-col" id="jggk"><h3>机构概况</h3><p>辽宁省人力资源和社会保障厅是省政府组成部门，为正厅级。</p></div>"""
    page("/ln-rst/index.html", shell("首页", [("首页", "/ln-rst/index.html")], inner),
         other("other", "provincial 人社厅 home; one notice link is a 404 (deleted old notice)",
               ["tracking_params", "other"]))

    # ---------------------------------------------------------------- agency list notice
    rows = [
        ("1", "辽宁盛京数智职业技能评价有限公司", "91210102MA10XK3R3E", "人工智能训练师（数据标注员、人工智能算法测试员）", "五级/初级工、四级/中级工、三级/高级工"),
        ("2", "辽宁盛京数智职业技能评价中心", "52210102MJ0P38166N", "人工智能工程技术人员相关：计算机程序设计员、计算机软件测试员", "五级至三级"),
        ("3", "辽宁省数字经济职业技能协会", "51210000MJ0348559T", "人工智能训练师（数据标注员）", "五级/初级工、四级/中级工"),
        ("4", "鞍山钢都职业技能评价有限公司", "—", "电工、焊工、钳工", "五级至二级"),
        ("5", "锦州渤海职业技能评价服务有限公司", "—", "保育师、育婴员、养老护理员", "五级至三级"),
    ]
    content = paras(
        "各市人力资源社会保障局，沈抚示范区人力资源社会保障部门，各有关单位：",
        "根据《人力资源社会保障部办公厅关于进一步加强高技能人才与专业技术人才职业发展贯通的实施意见》和《辽宁省职业技能等级认定工作实施办法》有关规定，经机构申请、专家评估、社会公示等程序，现将第十二批职业技能等级认定社会培训评价组织名单予以公布（见附件）。",
        "各社会培训评价组织应严格按照备案的职业（工种）和等级范围开展认定，严格执行国家职业技能标准，不得超范围、超等级开展评价，不得以“包过”“免考”等名义组织考试，不得委托或变相委托其他机构发证。职业技能等级证书由社会培训评价组织按照规定样式颁发，证书信息纳入人才统计库，可在人力资源社会保障部职业技能等级证书全国联网查询系统查询。",
        "同时，经核查，大连星海职业技能鉴定有限公司存在超范围评价、考务管理混乱等问题，撤销其职业技能等级认定社会培训评价组织备案，自公告之日起其颁发的证书不纳入人才统计库。",
    )
    content += "\n<p><b>附件：辽宁省第十二批职业技能等级认定社会培训评价组织名单</b></p>\n"
    content += table(["序号", "机构名称", "统一社会信用代码", "认定职业（工种）", "认定等级"], rows)
    content += paras("辽宁省人力资源和社会保障厅", "2025年3月18日") + \
        '\n<div class="fj">附件下载：<a href="/ln-rst/zwgk/tzgg/202503/P020250318_4471_fj1.xls">第十二批名单.xls</a>（信息公开选项：主动公开）</div>'
    page("/ln-rst/zwgk/tzgg/202503/t20250318_4471.html",
         article("关于公布辽宁省第十二批职业技能等级认定社会培训评价组织名单的通知", "2025-03-18",
                 "职业能力建设处", [("首页", "/ln-rst/index.html"), ("政务公开", "/ln-rst/index.html?tab=zwgk"), ("通知公告", "/ln-rst/index.html?tab=tzgg")], content),
         other("article", "official list of recognized evaluation orgs incl. near-duplicate 中心 vs 有限公司 and a revocation; names agencies, sells nothing",
               ["level_range", "role_issuer", "negated_claim"]))

    # ---------------------------------------------------------------- subsidy explainer
    content = paras(
        "<b>一、什么是职业技能提升补贴？</b>",
        "职业技能提升补贴是从失业保险基金中列支、用于支持参保职工提升职业技能的补贴。参保职工取得初级（五级）、中级（四级）、高级（三级）职业资格证书或职业技能等级证书的，可申领相应补贴。",
        "<b>二、补贴标准是多少？</b>",
        "取得初级工（五级）证书的，补贴标准为1000元；取得中级工（四级）证书的，补贴标准为1500元；取得高级工（三级）证书的，补贴标准为2000元。",
        "对列入《辽宁省急需紧缺职业（工种）目录》的，补贴标准可上浮30%。人工智能训练师已列入2025年版目录，按此计算，高级工最高可达2600元。",
        "<b>三、谁可以申领？</b>",
        "上述补贴并非所有持证人员均可享受。申领人须在辽宁省依法参加失业保险，累计缴纳失业保险费1年以上，且证书须在参保地取得并已纳入人才统计库。",
        "同一职业同一等级只能申请并享受一次补贴；每人每年享受补贴次数最多不超过三次。二级/技师、一级/高级技师不在本项补贴范围内。",
        "<b>四、怎么申领？</b>",
        "通过“辽事通”APP或辽宁政务服务网“技能提升补贴申领”事项在线申请，全程免费，无需任何中介代办。",
        "<b>五、温馨提示</b>",
        "近期发现有培训机构宣称“报名即返补贴”“补贴后零元拿证”，人社部门从未委托任何机构代领、代办补贴，也不存在“先交钱、后全额返还”的做法。请广大群众提高警惕。",
    )
    page("/ln-rst/zwgk/zcjd/202504/t20250402_4520.html",
         article("图解｜职业技能提升补贴怎么领？一图读懂", "2025-04-02", "失业保险处",
                 [("首页", "/ln-rst/index.html"), ("政务公开", "/ln-rst/index.html?tab=zwgk"), ("政策解读", "/ln-rst/index.html?tab=zcjd")], content),
         other("article", "policy explainer: subsidy amounts with conditions in the next paragraph; warns against 零元拿证",
               ["subsidy_amount", "cross_sentence_condition", "negated_claim", "level_names", "warning"]))

    # ---------------------------------------------------------------- free training (offer)
    content = paras(
        "为深入实施“技能辽宁行动”，加快培养数字经济领域技能人才，沈阳市人力资源和社会保障局联合市财政局组织开展2025年第二期人工智能训练师（数据标注员）补贴性职业技能培训，现将有关事项通知如下：",
        "<b>一、培训对象</b>",
        "具有沈阳市户籍或持有沈阳市居住证、年满16周岁至60周岁、有培训意愿的城乡劳动者，重点面向登记失业人员、离校2年内未就业高校毕业生、农民工和脱贫劳动力。",
        "<b>二、培训内容及等级</b>",
        "依据《人工智能训练师国家职业技能标准（2021年版）》（人力资源社会保障部、工业和信息化部颁布）开展五级/初级工培训，主要内容包括数据采集与处理、数据标注、智能系统基础运维等，共60标准学时，其中实操不少于40学时。",
        "<b>三、培训费用</b>",
        "本期培训免收培训费和评价费，所需费用由就业补助资金列支。",
        "但参训学员须全勤参加培训：缺课超过总学时20%的，不得参加认定考核，且本年度内不得再次报名补贴性培训。",
        "培训期间为登记失业人员发放生活费补贴，每人每天40元，最多不超过15天。",
        "<b>四、考核与发证</b>",
        "培训结束后，由辽宁盛京数智职业技能评价有限公司组织理论知识考试和操作技能考核，两项成绩均达60分及以上者，由该评价机构颁发人工智能训练师（数据标注员）五级/初级工职业技能等级证书。证书可登录“技能人才评价证书全国联网查询”系统（jndj.osta.org.cn）查询。",
        "<b>五、报名方式</b>",
        "请于2025年8月10日前携带身份证、学历证明（或就业失业登记证明）到沈阳市公共就业服务中心三楼技能培训窗口报名，也可扫描下方二维码在线预报名。名额60人，额满为止。",
        "咨询电话：024-22720395（工作日）　地址：沈阳市沈河区市府大路260号",
    )
    content += '\n<p style="text-align:center"><img src="/ln-rst/images/qr_bm_rgzn.png" alt="扫码预报名" width="160"></p>'
    page("/ln-rst/ztzl/jnpx/2025/rgznxls-bm.html",
         article("沈阳市2025年第二期人工智能训练师（数据标注员）补贴性培训报名通知", "2025-07-21", "沈阳市人力资源和社会保障局",
                 [("首页", "/ln-rst/index.html"), ("专题专栏", "/ln-rst/index.html?tab=ztzl"), ("技能辽宁行动", "/ln-rst/index.html?tab=ztzl#jnln")], content,
                 '<link rel="canonical" href="/ln-rst/ztzl/jnpx/2025/rgznxls-bm.html">\n'),
         offer(issuers=[rec("HF01")], levels=[5], fee=(0, 0), fee_alt=[None], optional=["BENEFIT_BAIT"],
               note="government free training; 生活费补贴 40元/天 is not a fee; condition in the next paragraph; issuer followed by verb phrase",
               phen=["honest_offer", "subsidy_amount", "cross_sentence_condition", "role_issuer", "long_issuer_span",
                     "standard_body", "level_names", "canonical_ok", "tracking_params"]))

    # ---------------------------------------------------------------- warning
    content = paras(
        "近期，我厅接到群众反映，有不法分子冒用人社部门名义，在网络平台、短视频和微信群中发布“人工智能训练师”“数据标注员”等职业技能等级证书虚假广告，诱导群众缴费。现就有关情况提示如下：",
        "<b>一、“包过”“免考”均为虚假承诺。</b>部分广告宣称“签约包过”“免考直接拿证”“本人无需到场，全程代办”。职业技能等级认定必须由备案的评价机构组织理论和实操考核，任何机构均不得承诺包过或免考。",
        "<b>二、“人社部颁发”“国家职业资格证书”均为误导。</b>人工智能训练师属于技能类职业，现行证书为职业技能等级证书，由经备案的社会培训评价组织或用人单位颁发，人社部不直接颁发该证书，该职业也不在《国家职业资格目录》之内。",
        "<b>三、警惕仿冒查询网站。</b>经查，“ln-rgzn-cx.com”“lnjnzs-cx.cn”等网站仿冒官方查询系统，伪造证书信息。职业技能等级证书请通过 <a href=\"http://jndj.osta.org.cn/\" target=\"_blank\">jndj.osta.org.cn</a> 或 <a href=\"http://zscx.osta.org.cn/\" target=\"_blank\">zscx.osta.org.cn</a> 查询。",
        "<b>四、警惕仿冒机构名称。</b>部分广告使用“辽宁盛京数智职业技能鉴定评价有限公司”“辽宁省人社厅职业技能评价指导中心”等与备案机构、政府部门相似的名称，请以我厅公布的名单为准。",
        "<b>五、“落户”“人才补贴”须依政策申请。</b>持证后能否落户、能否享受补贴，须符合各地政策规定的全部条件，不存在“买证即落户”“交钱返补贴”。",
        "如发现上述情况，请拨打12333或向当地公安机关报案。",
        "辽宁省人力资源和社会保障厅职业能力建设处",
    )
    page("/ln-rst/zwgk/tzgg/202506/t20250611_4702.html",
         article("关于警惕“职业技能等级证书”网络诈骗的风险提示", "2025-06-11", "职业能力建设处",
                 [("首页", "/ln-rst/index.html"), ("政务公开", "/ln-rst/index.html?tab=zwgk"), ("通知公告", "/ln-rst/index.html?tab=tzgg")], content),
         other("article", "official warning quoting 包过/免考/本人无需到场/人社部颁发, fake query domains and lookalike names",
               ["warning", "reported_claim", "negated_claim", "unofficial_query_site"]))
