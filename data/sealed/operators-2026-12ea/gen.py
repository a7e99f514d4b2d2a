#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- identifiers ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]

U01_USCC = uscc("52340100", "58271364")
U05_USCC = uscc("52360100", "50918276")
U07_USCC = uscc("91360100", "MA38K2Q5".replace("K", "4").replace("Q", "7"))
U08_USCC = uscc("91340100", "MA2T7B95".replace("T", "6").replace("B", "3"))
I06_USCC = uscc("52361100", "49207731")
KT_USCC = uscc("91330106", "MA2H9L04".replace("H", "8").replace("L", "5"))

# ---------- sites ----------
SITES = {
 "wanzhi": dict(name="皖智职业培训学校", dom="wanzhi-edu.cn", style="training company (Hefei), blue header, course cards"),
 "ketang": dict(name="课堂优选", dom="ketangyx.com", style="course marketplace, product pages with price box, reviews"),
 "jhjob":  dict(name="江淮英才网", dom="jhyingcai.com", style="job board, job detail tables"),
 "fenlei": dict(name="同城易帖", dom="tcyitie.com", style="classifieds for 合肥/南昌, short posts with contact boxes"),
 "blog":   dict(name="老陈的AI笔记", dom="laochen-ai.net", style="personal blog, posts with comments"),
 "wx":     dict(name="微文聚", dom="weiwenju.cn", style="WeChat public-account article reposts"),
 "luntan": dict(name="南昌生活论坛", dom="ncshbbs.com", style="Discuz-like forum threads with replies"),
 "rsj":    dict(name="某市人力资源和社会保障局(示例)", dom="rsj-notice.example.gov.cn", style="人社局-style notice site"),
 "shipin": dict(name="快看短视频", dom="kkvideo.cn", style="short-video pages with captions and comments"),
}

FOOT = {
 "wanzhi": "<p>皖智职业培训学校 版权所有 · 地址：合肥市蜀山区黄山路 · 办学许可证 教民134010070000xx号(示意)</p>",
 "ketang": ("<div class='ft'><p>课堂优选 客服热线：400-880-6125（9:00-21:00）　客服邮箱：service@ketangyx.com</p>"
            "<p>杭州课优网络科技有限公司　统一社会信用代码：" + KT_USCC + "　© 2026 ketangyx.com</p>"
            "<p>平台仅提供信息展示，课程由入驻机构提供</p></div>"),
 "jhjob": "<footer><p>江淮英才网 客服热线 0551-65109988 · 举报邮箱 jubao@jhyingcai.com</p><p>求职提醒：任何以招聘为名收取培训费、考证费的均可能是诈骗</p></footer>",
 "fenlei": "<div id='foot'>同城易帖 客服QQ 800065718 | 赣ICP备17003265号-2 | 信息由网友发布，本站不对内容真实性负责</div>",
 "blog": "<footer class='blogfoot'>© 老陈 · 皖ICP备20011374号-1 · Powered by Typecho</footer>",
 "wx": "<div class='copyright'>微文聚 · 本站内容转载自微信公众号，版权归原作者所有，侵删请联系 wenju_admin@126.com</div>",
 "luntan": "<div id='ft'>南昌生活论坛 · 论坛交流群 548209316 · 站务邮箱 admin@ncshbbs.com · Discuz! X3.4</div>",
 "rsj": "<div class='gov-foot'>主办：某市人力资源和社会保障局（示例站点）　咨询电话：0791-86220371　政务服务热线：12345</div>",
 "shipin": "<footer>快看短视频 · 违法和不良信息举报：400-990-2377 · kkvideo.cn · 网络文化经营许可证</footer>",
}

MENU = {
 "wanzhi": ["首页", "职业技能培训", "人工智能训练师", "补贴政策", "联系我们"],
 "ketang": ["首页", "IT互联网", "职业考证", "AI课程", "我的订单"],
 "jhjob": ["首页", "找工作", "招聘会", "企业招聘", "求职指南"],
 "fenlei": ["合肥", "南昌", "教育培训", "招聘求职", "二手"],
 "blog": ["首页", "AI学习", "考证记录", "关于我"],
 "wx": ["首页", "教育", "职场", "科技", "生活"],
 "luntan": ["首页", "百姓杂谈", "教育培训", "维权投诉", "二手交易"],
 "rsj": ["首页", "政务公开", "通知公告", "职业能力建设", "办事服务"],
 "shipin": ["推荐", "关注", "知识", "职场", "同城"],
}

PAGES = []   # dicts: site, file, title, body, is_offer, operator, provider, ids, note

def page(site, file, title, body, operator=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(site=site, file=file, title=title, body=body,
                      is_offer=(operator is not None) if offer is None else offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids], note=note))

def P(*ids):
    return list(ids)

# ---------- U01 皖智 (honest-ish training school, Hefei) ----------
page("wanzhi", "ai-trainer-l4.html", "人工智能训练师(四级/中级工)培训招生简章",
"""<h1>人工智能训练师（四级/中级工）培训招生简章</h1>
<p>职业编码 4-04-05-05，依据《人工智能训练师国家职业技能标准（2021年版）》开展培训。本校为合肥市人社部门备案的培训机构，评价由备案的第三方评价机构组织。</p>
<table class='info'><tr><th>培训课时</th><td>50课时（理论+实操）</td></tr><tr><th>报名条件</th><td>取得五级证书后从事本职业4年，或累计从事本职业6年，或技工院校相关专业毕业</td></tr>
<tr><th>培训费</th><td>2680元（符合条件的参保职工可申领失业保险技能提升补贴，最高1500元）</td></tr><tr><th>考试批次</th><td>批次号 2026051308</td></tr></table>
<p>考试地点：合肥市包河区职业技能鉴定考点，考点前台 0551-63358120（仅考务咨询，不受理报名）。</p>
<div class='contact'><h3>报名咨询</h3><p>招生办电话：0551-65321876　手机：139 5601 2847（李老师）</p>
<p>邮箱：zhaosheng@wanzhi-edu.cn　官网：www.wanzhi-edu.cn</p><p>办学主体统一社会信用代码：""" + U01_USCC + """</p>
<form><label>手机号</label><input placeholder='例：13800138000'></form></div>
<p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询；政策咨询可拨打 12333。</p>""",
"U01", "皖智职业培训学校",
P(["phone", "+8613956012847", "139 5601 2847"], ["phone", "055165321876", "0551-65321876"],
  ["email", "zhaosheng@wanzhi-edu.cn", "zhaosheng@wanzhi-edu.cn"], ["domain", "wanzhi-edu.cn", "www.wanzhi-edu.cn"],
  ["uscc", U01_USCC, U01_USCC]), "training school's own level-4 enrolment page")

page("wanzhi", "ai-trainer-l3.html", "人工智能训练师三级(高级工)周末班",
"""<h1>人工智能训练师三级（高级工）周末班 · 合肥</h1>
<p>面向已取得四级证书、从事数据标注/算法测试工作的学员。课程模块：业务分析、智能训练、智能系统设计、培训与指导。40课时，周末授课。</p>
<p>学费 3280 元。按规定可申领技能提升补贴（三级最高2000元，以当地人社部门审核为准），本校不承诺“包过”。</p>
<p>证书样本编号：S000034110002631250047（示意，实际以评价机构发证为准），可在 zscx.osta.org.cn 查询。</p>
<div class='contact'><p>咨询热线 13956012847　微信 wanzhiedu01（备注“三级”）</p></div>""",
"U01", "皖智职业培训学校",
P(["phone", "+8613956012847", "13956012847"], ["wechat", "wanzhiedu01", "wanzhiedu01"]),
"training school's own level-3 weekend class page")

page("ketang", "course-1021.html", "【皖智AI学院】人工智能训练师四级考证班 合肥面授",
"""<h1>【皖智AI学院】人工智能训练师四级考证班 合肥面授</h1>
<div class='pricebox'><span class='price'>¥2680</span> <span class='sold'>已报名 213 人</span></div>
<p>机构：皖智AI学院（合肥）｜ 课时：50 ｜ 上课方式：线下+直播回放</p>
<p>课程大纲：数据采集和处理、数据标注、智能系统运维、基本要求。</p>
<p>开课咨询：加老师微信 WanZhiEdu01 或致电 139-5601-2847。考点：包河区鉴定考点（考点前台 0551-63358120）。</p>
<div class='reviews'><h3>学员评价</h3><p>用户a***7：老师讲得清楚，实操多。</p></div>""",
"U01", "皖智AI学院",
P(["wechat", "wanzhiedu01", "WanZhiEdu01"], ["phone", "+8613956012847", "139-5601-2847"]),
"marketplace listing of U01 under brand 皖智AI学院")

page("wx", "a/8f3k2.html", "合肥人工智能训练师四级、三级6月班开始报名啦！",
"""<h1>合肥人工智能训练师四级、三级6月班开始报名啦！</h1><p class='src'>来源：合肥皖智教育 公众号　转载</p>
<p>人工智能训练师是2020年人社部等部门发布的新职业（4-04-05-05），含数据标注员、人工智能算法测试员两个工种。</p>
<p>6月班：四级 2680 元，三级 3280 元。报名需符合国家职业技能标准申报条件。</p>
<p>报名电话：(0551)65321876 ／ 139 5601 2847<br>官网：wanzhi-edu.cn</p>
<p class='rd'>阅读 1.2万　在看 36</p>""",
"U01", "合肥皖智教育",
P(["phone", "055165321876", "(0551)65321876"], ["phone", "+8613956012847", "139 5601 2847"],
  ["domain", "wanzhi-edu.cn", "wanzhi-edu.cn"]), "WeChat repost of U01's enrolment article")

# ---------- U02 赣鑫 (dishonest, Nanchang) ----------
page("ketang", "course-1088.html", "人工智能训练师 五级四级三级 三证同报 人社部颁发 包过",
"""<h1>人工智能训练师 五级/四级/三级 三证同报（南昌）</h1>
<div class='pricebox'><span class='price'>¥3980</span><del>¥6800</del> <span class='sold'>已报名 1024 人</span></div>
<p>机构：赣鑫教育｜零基础、不限学历、不限经验，人社部颁发国家职业资格证书，全国通用，入库可查。三证一起报立减1200！</p>
<p>不过全额退款，保过班另计。咨询手机 189 7913 5602（同微信），QQ 2851736094。</p>
<p>付款支持支付宝/微信，支付问题可咨询支付宝客服 95188。</p>""",
"U02", "赣鑫教育",
P(["phone", "+8618979135602", "189 7913 5602"], ["qq", "2851736094", "2851736094"]),
"marketplace listing, dishonest 三证同报 bundle")

page("jhjob", "job-5521.html", "招聘：AI数据标注员（居家兼职）月入8000+",
"""<h1>AI数据标注员（居家兼职）</h1><table class='job'><tr><th>公司</th><td>南昌鑫途人力资源服务</td></tr>
<tr><th>薪资</th><td>6000-12000元/月</td></tr><tr><th>要求</th><td>须持人工智能训练师证书上岗，无证者可由公司统一安排考证（费用1980元，包过，下证后即可接单）</td></tr></table>
<p>联系人：周主管　电话 18979135602　微信 gx-jineng88</p>""",
"U02", "南昌鑫途人力资源服务",
P(["phone", "+8618979135602", "18979135602"], ["wechat", "gx-jineng88", "gx-jineng88"]),
"fake job ad that requires buying a certificate (U02 under another name)")

page("fenlei", "nc-7714.html", "南昌 人工智能训练师考证 零基础 一次拿证",
"""<h1>南昌 人工智能训练师考证 零基础 一次拿证</h1><p class='meta'>南昌 · 教育培训 · 个人发布</p>
<p>赣鑫职业技能培训，人工智能训练师二级技师、三级高级工均可报，无需工作年限，不用到场，线上考试，快速下证。</p>
<div class='contactbox'>V信：gx-jineng88　QQ:2851736094</div>""",
"U02", "赣鑫职业技能培训",
P(["wechat", "gx-jineng88", "gx-jineng88"], ["qq", "2851736094", "2851736094"]),
"classifieds post, level 2 to beginners")

page("luntan", "thread-215.html", "有想考人工智能训练师的吗？名额不多了",
"""<h1>有想考人工智能训练师的吗？名额不多了</h1>
<div class='post'><div class='author'>gx教务小刘</div><div class='msg'>年底最后一期，五四三级都能报，人社部颁发，国家认可，考不过免费重考。
需要的加薇 GX-JiNeng88 或者打 189-7913-5602 问，私信也行。</div></div>
<div class='post'><div class='author'>赣江边的鱼</div><div class='msg'>三级也不要工作年限？</div></div>
<div class='post'><div class='author'>gx教务小刘</div><div class='msg'>不要的，包过</div></div>""",
"U02", "gx教务小刘",
P(["wechat", "gx-jineng88", "GX-JiNeng88"], ["phone", "+8618979135602", "189-7913-5602"]),
"forum post by U02 salesperson")

# ---------- U03 合肥数标 (chain of ties) ----------
page("fenlei", "hf-3391.html", "合肥 数据标注员/人工智能训练师 培训+推荐就业",
"""<h1>合肥 数据标注员 / 人工智能训练师 培训 + 推荐就业</h1><p class='meta'>合肥 · 教育培训 · 商家</p>
<p>合肥数标教育，小班授课，学完推荐到合作标注基地实习。五级（初级工）培训费 1580 元，需满足一年相关工作经历或学徒期满。</p>
<div class='contactbox'>电话：152-5518-7430（王老师）</div>""",
"U03", "合肥数标教育",
P(["phone", "+8615255187430", "152-5518-7430"]), "classifieds post, phone only")

page("wx", "a/9m2x7.html", "零基础转行AI数据标注，合肥这家机构推荐就业",
"""<h1>零基础转行AI数据标注，合肥这家机构推荐就业</h1><p class='src'>来源：慧标AI就业 公众号　转载</p>
<p>慧标AI课堂（合肥数标教育旗下）开设人工智能训练师五级、四级培训，理论30%、实操70%。</p>
<p>咨询：王老师 15255187430，微信 hb_ai_teacher</p>
<div class='cmt'><p>读者留言：我也想学，我电话 158 7034 2291 可以联系我吗</p></div>""",
"U03", "慧标AI课堂",
P(["phone", "+8615255187430", "15255187430"], ["wechat", "hb_ai_teacher", "hb_ai_teacher"]),
"WeChat repost, ties phone and WeChat")

page("shipin", "v/71392.html", "合肥学AI数据标注，一个月上岗",
"""<h1>合肥学AI数据标注，一个月上岗 #人工智能训练师 #转行</h1>
<div class='author'>@慧标王老师</div><p class='cap'>想了解课程的 私我或者加v：HB_AI_Teacher</p>
<p class='stat'>点赞 2341 · 评论 188</p>""",
"U03", "慧标王老师",
P(["wechat", "hb_ai_teacher", "HB_AI_Teacher"]), "short video caption, WeChat only")

page("luntan", "thread-262.html", "[合肥] 人工智能训练师五级学习交流，欢迎进群",
"""<h1>[合肥] 人工智能训练师五级学习交流，欢迎进群</h1>
<div class='post'><div class='author'>慧标小王</div><div class='msg'>我们慧标AI课堂五级班开新班了，资料群 736218405，课程咨询微信 hb_ai_teacher。南昌的同学也可以报直播班。</div></div>
<div class='post'><div class='author'>路人甲</div><div class='msg'>多少钱？</div></div>
<div class='post'><div class='author'>慧标小王</div><div class='msg'>直播班1280，线下1580</div></div>""",
"U03", "慧标AI课堂",
P(["qq_group", "736218405", "736218405"], ["wechat", "hb_ai_teacher", "hb_ai_teacher"]),
"forum post with own QQ group and WeChat")

# ---------- U04 中科智培 (dishonest 400 number) ----------
page("ketang", "course-1175.html", "【中科智培】人工智能训练师+数据标注员+AIGC 三证班",
"""<h1>【中科智培】人工智能训练师 + 数据标注员 + AIGC 三证班</h1>
<div class='pricebox'><span class='price'>¥2980</span><del>¥9999</del></div>
<p>一次学习拿三证，国家级证书，官方认证，可直接评职称，挂靠年入3万。不限年龄、不限专业、无门槛。</p>
<p>全国统一咨询：400-815-7326</p>""",
"U04", "中科智培",
P(["phone", "4008157326", "400-815-7326"]), "marketplace listing, three-certificate bundle, 挂靠 promise")

page("fenlei", "hf-3420.html", "合肥 AI训练师证 工信部认证 7天拿证",
"""<h1>合肥 AI训练师证 工信部认证 7天拿证</h1><p class='meta'>合肥 · 教育培训 · 商家</p>
<p>华培认证合肥服务点：人工智能训练师二级、一级直报，7天速成，拿证后升职加薪。</p>
<div class='contactbox'>手机 173 5510 2968　邮箱 zkzp_kf@163.com</div>""",
"U04", "华培认证",
P(["phone", "+8617355102968", "173 5510 2968"], ["email", "zkzp_kf@163.com", "zkzp_kf@163.com"]),
"classifieds post under another brand")

page("shipin", "v/71288.html", "原价9999限时99！AI训练师证书速通",
"""<h1>原价9999限时99！AI训练师证书速通 #考证 #副业</h1><div class='author'>@中科智培官方</div>
<p class='cap'>90%小白都能学会，评论区扣“证书”，或拨打 4008-157-326 / 17355102968</p>
<div class='cmts'><p>网友：99就能拿证？</p><p>作者回复：99是体验课，证书另报哦</p></div>""",
"U04", "中科智培官方",
P(["phone", "4008157326", "4008-157-326"], ["phone", "+8617355102968", "17355102968"]),
"short video, 99 bait")

# ---------- U05 洪城 (honest, Nanchang) ----------
page("ketang", "course-1107.html", "洪城AI训练营：人工智能训练师五级(初级工)南昌班",
"""<h1>洪城AI训练营：人工智能训练师五级（初级工）南昌班</h1>
<div class='pricebox'><span class='price'>¥1680</span></div>
<p>60课时，数据标注与数据处理实操。报名条件：累计从事本职业或相关职业1年以上，或学徒期满。</p>
<p>报名表在线填写：jinshuju.net/f/hc5ji（金数据表单）。</p>
<p>证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；证书样本编号 S000034110002631250047 仅为格式示例。</p>
<p>咨询电话 0791-88273415　官网 www.hcpx.org.cn</p>""",
"U05", "洪城AI训练营",
P(["phone", "079188273415", "0791-88273415"], ["domain", "hcpx.org.cn", "www.hcpx.org.cn"]),
"marketplace listing, honest level-5 class")

page("fenlei", "nc-7735.html", "南昌洪城职业培训学校 人工智能训练师五级四级招生",
"""<h1>南昌洪城职业培训学校 人工智能训练师五级、四级招生</h1><p class='meta'>南昌 · 教育培训 · 商家认证</p>
<p>老牌培训学校，按国家职业技能标准授课，参保职工可按规定申领技能提升补贴。</p>
<div class='contactbox'>招生热线 0791 8827 3415　手机 138 7910 6623</div>""",
"U05", "南昌洪城职业培训学校",
P(["phone", "079188273415", "0791 8827 3415"], ["phone", "+8613879106623", "138 7910 6623"]),
"classifieds post")

page("luntan", "thread-256.html", "洪城职校人工智能训练师培训班招生（附补贴说明）",
"""<h1>洪城职校人工智能训练师培训班招生（附补贴说明）</h1>
<div class='post'><div class='author'>洪城职校招生办</div><div class='msg'>五级1680元，四级2380元。补贴以人社部门审核为准，我们不承诺包过。
学校统一社会信用代码 """ + U05_USCC + """，电话13879106623。</div></div>""",
"U05", "洪城职校",
P(["uscc", U05_USCC, U05_USCC], ["phone", "+8613879106623", "13879106623"]), "forum post by school")

# ---------- U06 码上AI (blog-promoted) ----------
page("jhjob", "job-5547.html", "招聘：AI训练师学员（带薪培训）",
"""<h1>AI训练师学员（先培训后上岗）</h1><table class='job'><tr><th>公司</th><td>码上AI科技</td></tr>
<tr><th>薪资</th><td>培训期无薪，上岗后4500-7000</td></tr><tr><th>说明</th><td>需参加公司人工智能训练师四级课程（2980元，可分期）</td></tr></table>
<p>报名表：jinshuju.net/f/msai　HR电话 199 6502 7718　邮箱 mashang.ai@foxmail.com</p>""",
"U06", "码上AI科技",
P(["phone", "+8619965027718", "199 6502 7718"], ["email", "mashang.ai@foxmail.com", "mashang.ai@foxmail.com"]),
"training-loan style job ad")

page("blog", "post-recommend.html", "我上过的AI训练师课程，推荐给想转行的朋友",
"""<h1>我上过的AI训练师课程，推荐给想转行的朋友</h1><p class='date'>2026-03-02 · 考证记录</p>
<p>去年在码上AI上了四级课，实操部分还行。现在报名用我的推荐码 LAOCHEN 可以减200。</p>
<p>课程顾问微信：mashang_ai，电话 199-6502-7718（说是老陈介绍的）。</p>
<div class='comments'><h3>评论</h3><p>游客：这是广告吧</p><p>老陈：算是吧，但课是真上过</p></div>""",
"U06", "码上AI",
P(["wechat", "mashang_ai", "mashang_ai"], ["phone", "+8619965027718", "199-6502-7718"]),
"blogger's referral post for U06")

page("shipin", "v/71340.html", "AI训练师到底是干嘛的？",
"""<h1>AI训练师到底是干嘛的？ #人工智能训练师</h1><div class='author'>@码上AI-小码</div>
<p class='cap'>想系统学的朋友，四级课程咨询v：MaShang_AI</p>""",
"U06", "码上AI-小码",
P(["wechat", "mashang_ai", "MaShang_AI"]), "short video")

# ---------- U07 国培 (scam, fake query site) ----------
page("ketang", "course-1130.html", "国培人才评价中心 人工智能训练师高级技师 直接发证",
"""<h1>国培人才评价中心 · 人工智能训练师 高级技师（一级）</h1>
<div class='pricebox'><span class='price'>¥5800</span></div>
<p>免培训、免考试，资料审核通过直接发证，国家职业资格证书，全国联网可查：www.zgpjcx.com 。</p>
<p>咨询 151 7928 3041</p>
<div class='reviews'><p>用户b***2：交了钱一直没下证，我的订单号13512409876，客服不回。</p></div>""",
"U07", "国培人才评价中心",
P(["phone", "+8615179283041", "151 7928 3041"], ["domain", "zgpjcx.com", "www.zgpjcx.com"]),
"marketplace listing, 直接发证 scam with fake query site")

page("wx", "a/7q1p4.html", "重磅！人工智能训练师证书最后一批，人社部证书退出前抓紧",
"""<h1>重磅！人工智能训练师证书最后一批，人社部证书退出前抓紧</h1><p class='src'>来源：中鉴职业技能认证 公众号　转载</p>
<p>人社部证书退出，哪家证书来接盘？中鉴职业技能认证中心颁发证书，查询网站 zgpjcx.com。</p>
<p>报名加微信 gp_kefu_007，对公收款：南昌优途信息咨询有限公司。</p>
<p>批次号 2026051308 即将截止。</p>""",
"U07", "中鉴职业技能认证",
P(["domain", "zgpjcx.com", "zgpjcx.com"], ["wechat", "gp_kefu_007", "gp_kefu_007"],
  ["other", "南昌优途信息咨询有限公司", "南昌优途信息咨询有限公司"]), "WeChat repost, scam slogan")

page("shipin", "v/71203.html", "不用考试也能拿证？",
"""<h1>不用考试也能拿证？ #人工智能训练师 #拿证</h1><div class='author'>@国培证书老师</div>
<p class='cap'>材料齐全7天下证，官网可查。v：GP_KEFU_007　电话15179283041</p>""",
"U07", "国培证书老师",
P(["wechat", "gp_kefu_007", "GP_KEFU_007"], ["phone", "+8615179283041", "15179283041"]), "short video, scam")

page("jhjob", "job-5610.html", "招聘：人工智能训练师（持证优先）月薪过万",
"""<h1>人工智能训练师（持证优先）</h1><table class='job'><tr><th>公司</th><td>南昌优途信息咨询有限公司</td></tr>
<tr><th>统一社会信用代码</th><td>""" + U07_USCC + """</td></tr><tr><th>薪资</th><td>10000-15000</td></tr>
<tr><th>说明</th><td>无证可由我司代办高级技师证，办证费用另计</td></tr></table><p>联系电话 151-7928-3041</p>""",
"U07", "南昌优途信息咨询有限公司",
P(["uscc", U07_USCC, U07_USCC], ["phone", "+8615179283041", "151-7928-3041"],
  ["other", "南昌优途信息咨询有限公司", "南昌优途信息咨询有限公司"]), "job ad that sells certificate processing")

# ---------- U08 星瀚数据 (honest company) ----------
page("jhjob", "job-5580.html", "星瀚数据 招聘数据标注员（含五级培训）",
"""<h1>数据标注员（合肥，含岗前五级培训）</h1><table class='job'><tr><th>公司</th><td>合肥星瀚数据科技有限公司</td></tr>
<tr><th>薪资</th><td>4000-6000</td></tr><tr><th>说明</th><td>入职满一年可由公司报名人工智能训练师五级认定，培训费公司承担</td></tr></table>
<p>投递邮箱 hr@xinghan-data.com　电话 0551-62887104</p><p>手机号填写示例：13800138000</p>
<p>认定考点：包河区鉴定考点，考点前台 0551-63358120。</p>""",
"U08", "合肥星瀚数据科技有限公司",
P(["email", "hr@xinghan-data.com", "hr@xinghan-data.com"], ["phone", "055162887104", "0551-62887104"]),
"employer job + training offer")

page("wx", "a/4h6j1.html", "星瀚数据 企业职业技能等级认定 人工智能训练师 社会考生报名通知",
"""<h1>星瀚数据 人工智能训练师（数据标注员）社会考生报名通知</h1><p class='src'>来源：星瀚数据 公众号　转载</p>
<p>我公司开展人工智能训练师五级、四级培训，面向社会招收学员。证书查询：zscx.osta.org.cn。</p>
<p>合肥星瀚数据科技有限公司（统一社会信用代码 """ + U08_USCC + """）<br>电话：0551—62887104　官网 xinghan-data.com</p>""",
"U08", "星瀚数据",
P(["uscc", U08_USCC, U08_USCC], ["phone", "055162887104", "0551—62887104"], ["domain", "xinghan-data.com", "xinghan-data.com"]),
"WeChat repost of company notice")

page("ketang", "course-1199.html", "星瀚数据 人工智能训练师四级 实操课（企业讲师）",
"""<h1>星瀚数据 · 人工智能训练师四级实操课</h1><div class='pricebox'><span class='price'>¥2280</span></div>
<p>企业一线标注团队讲师授课。报名请留手机（例：13800138000）。</p>
<p>企业咨询 HR@xinghan-data.com　主体信用代码 """ + U08_USCC + """</p>""",
"U08", "星瀚数据",
P(["email", "hr@xinghan-data.com", "HR@xinghan-data.com"], ["uscc", U08_USCC, U08_USCC]), "marketplace listing")

# ---------- U09 赣江 (dishonest, QQ) ----------
page("fenlei", "nc-7760.html", "人工智能训练师证 包过 南昌可面授",
"""<h1>人工智能训练师证 包过 南昌可面授</h1><p class='meta'>南昌 · 教育培训 · 个人</p>
<p>赣江AI证书服务，内部题库，命题组老师押题，百分百通过率。</p>
<div class='contactbox'>QQ 1473920586　电话 136 0708 4419</div>""",
"U09", "赣江AI证书服务",
P(["qq", "1473920586", "1473920586"], ["phone", "+8613607084419", "136 0708 4419"]), "classifieds, 包过")

page("wx", "a/6t8r3.html", "优学网校：人工智能训练师报考全攻略（内附包过班）",
"""<h1>人工智能训练师报考全攻略（内附包过班）</h1><p class='src'>来源：优学网校 公众号　转载</p>
<p>包过班3680元，不过退费。扫码付款，支付宝客服电话 95188 可查交易。</p>
<p>咨询：微信 ganjiang_zs　扣扣 147 3920 586　手机 13607084419</p>""",
"U09", "优学网校",
P(["wechat", "ganjiang_zs", "ganjiang_zs"], ["qq", "1473920586", "147 3920 586"], ["phone", "+8613607084419", "13607084419"]),
"WeChat repost under another brand")

page("luntan", "thread-233.html", "南昌 人工智能训练师 内部资料 考前押题",
"""<h1>南昌 人工智能训练师 内部资料 考前押题</h1>
<div class='post'><div class='author'>赣江老师</div><div class='msg'>速成班，官方指定题库，不过全退。加 V Ganjiang_ZS 或 Q 1473920586。</div></div>""",
"U09", "赣江老师",
P(["wechat", "ganjiang_zs", "Ganjiang_ZS"], ["qq", "1473920586", "1473920586"]), "forum ad")

# ---------- independents ----------
page("ketang", "course-1162.html", "青禾教育 人工智能训练师五级 直播课",
"""<h1>青禾教育 · 人工智能训练师五级直播课</h1><div class='pricebox'><span class='price'>¥980</span></div>
<p>直播+录播，60课时。考试需另报评价机构。咨询 186 5623 2057</p>""",
"I01", "青禾教育", P(["phone", "+8618656232057", "186 5623 2057"]), "independent marketplace listing")

page("jhjob", "job-5602.html", "云途数据 招聘实习生（可协助报考AI训练师）",
"""<h1>数据标注实习生（南昌）</h1><table class='job'><tr><th>公司</th><td>南昌云途数据服务有限公司</td></tr>
<tr><th>说明</th><td>实习期满可参加公司组织的人工智能训练师五级培训（费用800元，自愿）</td></tr></table>
<p>联系电话 0791-86540921　邮箱 zhaopin@yuntudata.cn</p>""",
"I02", "南昌云途数据服务有限公司",
P(["phone", "079186540921", "0791-86540921"], ["email", "zhaopin@yuntudata.cn", "zhaopin@yuntudata.cn"]),
"independent employer with optional training")

page("fenlei", "nc-7802.html", "林老师 人工智能训练师考前辅导 一对一",
"""<h1>林老师 人工智能训练师考前辅导 一对一</h1><p class='meta'>南昌 · 家教 · 个人</p>
<p>有五年数据标注项目经验，辅导理论+实操，300元/次，不承诺通过。</p><div class='contactbox'>微信 lin_laoshi_nc</div>""",
"I03", "林老师", P(["wechat", "lin_laoshi_nc", "lin_laoshi_nc"]), "independent tutor")

page("wx", "a/5w2n9.html", "安徽职教在线：人工智能训练师线上培训报名",
"""<h1>人工智能训练师线上培训报名</h1><p class='src'>来源：安徽职教在线 公众号　转载</p>
<p>四级线上班 1980 元。报名网址 www.ahzjzx.cn，服务电话 400 667 1835。</p>""",
"I04", "安徽职教在线",
P(["domain", "ahzjzx.cn", "www.ahzjzx.cn"], ["phone", "4006671835", "400 667 1835"]), "independent online school")

page("shipin", "v/71415.html", "小雨带你学AI标注",
"""<h1>小雨带你学AI标注 #数据标注员</h1><div class='author'>@AI训练师小雨</div>
<p class='cap'>我的标注入门课 199，报名表在 jinshuju.net/f/xiaoyu ，有问题加 aixunlian_xiaoyu</p>""",
"I05", "AI训练师小雨", P(["wechat", "aixunlian_xiaoyu", "aixunlian_xiaoyu"]), "independent creator course")

page("ketang", "course-1212.html", "赣东职业技能学校 人工智能训练师四级（上饶）",
"""<h1>赣东职业技能学校 · 人工智能训练师四级（上饶）</h1><div class='pricebox'><span class='price'>¥2180</span></div>
<p>学校统一社会信用代码 """ + I06_USCC + """，招生电话 158 7035 2261。</p>""",
"I06", "赣东职业技能学校",
P(["uscc", I06_USCC, I06_USCC], ["phone", "+8615870352261", "158 7035 2261"]), "independent school")

# ---------- non-offers ----------
page("blog", "post-guide.html", "人工智能训练师证书怎么考？一篇讲清楚",
"""<h1>人工智能训练师证书怎么考？一篇讲清楚</h1><p class='date'>2026-01-18 · AI学习</p>
<p>职业编码4-04-05-05，共五级。证书是职业技能等级证书，不是国家职业资格证书，由备案的评价机构颁发，可在 zscx.osta.org.cn 查询，机构可在 osta.mohrss.gov.cn 相关栏目核对。</p>
<p>我考四级的考点是包河区的鉴定考点，前台电话 0551-63358120。政策问题打 12333。</p>
<div class='comments'><h3>评论</h3><p>lily：求带，我微信 lily_nc88</p><p>老陈：看文章就够了</p></div>""",
None, None, (), "blog guide with reader comment", offer=False)

page("luntan", "thread-201.html", "【曝光】交了3980说包过，现在人找不到了",
"""<h1>【曝光】交了3980说包过，现在人找不到了</h1>
<div class='post'><div class='author'>维权的小张</div><div class='msg'>大家注意这个骗子电话 17707915528，微信 zs_kaoshi666，说人社部颁发三证同报，
订单号13512409876，现在拉黑了。已经打了12315和12333。</div></div>
<div class='post'><div class='author'>版主</div><div class='msg'>已置顶，大家报班前去 zscx.osta.org.cn 核实。</div></div>""",
None, None, (), "complaint thread quoting a scam number", offer=False)

page("luntan", "thread-240.html", "求问：人工智能训练师四级要工作几年？",
"""<h1>求问：人工智能训练师四级要工作几年？</h1>
<div class='post'><div class='author'>lily</div><div class='msg'>有人知道吗，懂的加我 lily_nc88，或者打我 158 7034 2291</div></div>
<div class='post'><div class='author'>老南昌</div><div class='msg'>五级拿证后4年，或者累计6年，去问12333最靠谱。</div></div>""",
None, None, (), "Q&A thread with the asker's own contacts", offer=False)

page("rsj", "notice-warn.html", "关于谨防“山寨证书”培训诈骗的提示",
"""<h1>关于谨防“山寨证书”培训诈骗的提示</h1><p class='date'>发布日期：2026-04-10</p>
<p>近期有不法分子以“人社部颁发”“包过”“免培训直接发证”等名义销售人工智能训练师等证书。职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询。</p>
<p>群众举报的涉诈号码如 17707915528、微信号 zs_kaoshi666，请勿转账。如有疑问请拨打 12333，消费维权请拨打 12315。</p>""",
None, None, (), "official-style warning quoting scam identifiers", offer=False)

page("rsj", "notice-query.html", "职业技能等级证书查询及技能提升补贴申领指南",
"""<h1>职业技能等级证书查询及技能提升补贴申领指南</h1>
<p>职业技能等级证书编号为22位，首位为Y或S。查询：zscx.osta.org.cn；评价机构目录：osta.mohrss.gov.cn。</p>
<p>技能提升补贴：五级1000元、四级1500元、三级2000元，需参保满一年。咨询 12333。</p>""",
None, None, (), "official-style guide", offer=False)

page("wx", "a/3z9c5.html", "人社部：14个仿冒证书查询网站被关停",
"""<h1>人社部：14个仿冒证书查询网站被关停</h1><p class='src'>来源：新闻转载</p>
<p>人社部会同中央网信办开展“山寨证书”网络治理。有读者反映，号码 17707915528 以“三证同报”名义收费。遇到可拨打 12315 投诉。</p>""",
None, None, (), "news repost on fake query sites", offer=False)

page("jhjob", "job-5633.html", "招聘：标注质检员（合肥高新区）",
"""<h1>标注质检员（合肥高新区）</h1><table class='job'><tr><th>公司</th><td>合肥某智能科技公司</td></tr>
<tr><th>薪资</th><td>5000-7000</td></tr><tr><th>要求</th><td>有标注经验，持人工智能训练师证书优先，不收任何费用</td></tr></table>
<p>请通过本站简历投递，勿私下转账。</p>""",
None, None, (), "genuine job ad, no course sold", offer=False)

page("fenlei", "hf-3489.html", "合肥 九成新笔记本电脑转让",
"""<h1>合肥 九成新笔记本电脑转让</h1><p class='meta'>合肥 · 二手 · 个人</p><p>i5 16G，适合学编程和做标注，2300元，站内私信。</p>""",
None, None, (), "unrelated classifieds post", offer=False)

# ---------- rendering ----------
def rel(a, b):
    """relative link from page a to page b (both site-root paths)."""
    return os.path.relpath(b, os.path.dirname(a) or ".")

def render(site, path, title, body, siblings):
    s = SITES[site]
    menu = " | ".join("<a href='%s'>%s</a>" % (rel(path, "/%s/index.html" % site), m) for m in MENU[site])
    crumbs = "<a href='%s'>%s</a> &gt; %s" % (rel(path, "/%s/index.html" % site), s["name"], title)
    side = "".join("<li><a href='%s'>%s</a></li>" % (rel(path, q["path"]), q["title"]) for q in siblings[:5])
    hub = "<a href='%s'>导航首页</a>" % rel(path, "/index.html")
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title></head>"
            "<body class='%s'><div class='top'><span class='logo'>%s</span> <nav>%s</nav> %s</div>"
            "<div class='crumb'>%s</div><div class='main'>%s</div>"
            "<aside><h4>相关推荐</h4><ul>%s</ul></aside>%s</body></html>\n") % (
        title, s["name"], site, s["name"], menu, hub, crumbs, body, side, FOOT[site])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        p["path"] = "/%s/%s" % (p["site"], p["file"])
    index_pages = []
    for site, s in SITES.items():
        mine = [p for p in PAGES if p["site"] == site]
        body = "<h1>%s</h1><ul class='list'>%s</ul>" % (s["name"], "".join(
            "<li><a href='%s'>%s</a></li>" % (p["file"], p["title"]) for p in mine))
        index_pages.append(dict(site=site, file="index.html", path="/%s/index.html" % site, title=s["name"] + " 首页",
                                body=body, is_offer=False, operator=None, provider=None, ids=[],
                                note="site index page"))
    allp = PAGES + index_pages
    for p in allp:
        sib = [q for q in PAGES if q["site"] == p["site"] and q is not p]
        html = render(p["site"], p["path"], p["title"], p["body"], sib)
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    hub = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n"
           % "".join("<li><a href='%s/index.html'>%s</a></li>" % (k, v["name"]) for k, v in SITES.items()))
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    allp.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, ids=[], note="hub"))

    texts = {}
    for p in allp:
        with open(os.path.join(SITE, p["path"].lstrip("/")), encoding="utf-8") as f:
            texts[p["path"]] = f.read()

    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])

    D = [
     ("phone", "12333", ["12333"], "人社 public service hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("phone", "12345", ["12345"], "government service hotline in the 人社 site footer"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
     ("phone", "4008806125", ["400-880-6125"], "marketplace customer-service footer"),
     ("email", "service@ketangyx.com", ["service@ketangyx.com"], "marketplace footer e-mail"),
     ("uscc", KT_USCC, [KT_USCC], "marketplace operator's own USCC in footer"),
     ("domain", "ketangyx.com", ["ketangyx.com"], "marketplace's own domain"),
     ("phone", "055165109988", ["0551-65109988"], "job board customer-service footer"),
     ("email", "jubao@jhyingcai.com", ["jubao@jhyingcai.com"], "job board report e-mail"),
     ("qq", "800065718", ["800065718"], "classifieds platform's customer-service QQ"),
     ("other", "赣ICP备17003265号-2", ["赣ICP备17003265号-2"], "classifieds platform ICP"),
     ("other", "皖ICP备20011374号-1", ["皖ICP备20011374号-1"], "blog ICP"),
     ("email", "wenju_admin@126.com", ["wenju_admin@126.com"], "repost site's takedown e-mail"),
     ("qq_group", "548209316", ["548209316"], "forum's own QQ group in footer"),
     ("phone", "4009902377", ["400-990-2377"], "video platform report line"),
     ("phone", "+8617707915528", ["17707915528"], "scam number quoted in complaint, warning and news"),
     ("wechat", "zs_kaoshi666", ["zs_kaoshi666"], "scam WeChat quoted in complaint and warning"),
     ("other", "13512409876", ["13512409876"], "order number that looks like a mobile"),
     ("other", "2026051308", ["2026051308"], "exam batch number on pages of different sellers"),
     ("other", "S000034110002631250047", ["S000034110002631250047"], "sample certificate number"),
     ("phone", "+8613800138000", ["13800138000"], "form placeholder"),
     ("wechat", "lily_nc88", ["lily_nc88"], "a reader's own WeChat in comments"),
     ("phone", "+8615870342291", ["158 7034 2291"], "a reader's own phone in comments"),
     ("phone", "055163358120", ["0551-63358120"], "exam venue front desk quoted by several sellers"),
     ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
     ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
     ("phone", "079186220371", ["0791-86220371"], "人社-style site's own consultation line"),
    ]
    decoys = []
    for kind, value, written, why in D:
        pages = sorted(p for p, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pages, "why": why})

    truth = {"pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                        "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]}
                       for p in sorted(allp, key=lambda x: x["path"])],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
