#!/usr/bin/env python3
"""Generate a small labelled web of AI-trainer (人工智能训练师) certificate sellers, Harbin (哈尔滨).
Standard library only, deterministic."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- helpers ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPH[0 if r == 31 else r]

def fw(s):  # full-width digits
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)

def cn(s):  # Chinese numerals
    return "".join("零一二三四五六七八九"[int(c)] if c.isdigit() else c for c in s)

USCC_U02 = uscc("91230103", "MA1B7K2Q")   # 黑龙江龙江数智人才服务有限公司 (enterprise)
USCC_U04 = uscc("52230103", "MJ058341")   # 民办非企业单位 (school)
USCC_U09 = uscc("91230102", "MA7C4N0E")   # 哈尔滨鑫途企业管理咨询有限公司
USCC_I03 = uscc("92230104", "MA1R2T5W")   # 个体工商户

# ---------- sites ----------
SITES = {
    "bczx":  dict(name="冰城智训教育", style="company", home="/bczx/index.html",
                  menu=["首页", "AI训练师", "报名流程", "联系我们"],
                  footer="哈尔滨冰城智训教育咨询有限公司 版权所有 · 地址：哈尔滨市南岗区中兴大道168号哈西万达写字楼B座1706 · 咨询：139-4510-2867 · 黑ICP备2023006631号-1"),
    "ljszrc": dict(name="龙江数智人才", style="company", home="/ljszrc/index.html",
                  menu=["首页", "培训项目", "师资团队", "关于我们"],
                  footer="黑龙江龙江数智人才服务有限公司 © 2026 · 统一社会信用代码：%s · 电话：0451-87921365 · 邮箱：zhaosheng@ljszrc.com · www.ljszrc.com · 黑ICP备2022011853号" % USCC_U02),
    "qihang": dict(name="启航职业技能培训学校", style="company", home="/qihang/index.html",
                  menu=["学校首页", "招生简章", "补贴政策", "证书查询", "联系我们"],
                  footer="哈尔滨市南岗区启航职业技能培训学校（民办非企业单位） · 统一社会信用代码：%s · 电话：0451-55631208 · 邮箱：qhpx_hrb@126.com · qihangpx.cn · 黑ICP备2021003902号-2" % USCC_U04),
    "kc":    dict(name="学课帮·职业教育课程平台", style="marketplace", home="/kc/index.html",
                  menu=["首页", "职业资格", "IT/互联网", "语言", "考研", "机构入驻"],
                  footer="学课帮 xuekebang.cn · 客服热线 400-690-3317（9:00-21:00）· 客服邮箱 kefu@xuekebang.cn · 平台仅提供信息服务，课程由入驻机构提供 · 京ICP备18033716号 · 增值电信业务经营许可证 京B2-20190473"),
    "hrb":   dict(name="哈尔滨生活网", style="portal", home="/hrb/index.html",
                  menu=["首页", "本地新闻", "分类信息", "教育培训", "招聘求职", "房产"],
                  footer="哈尔滨生活网 · 广告合作 0451-82305566 · 违法和不良信息举报：jubao@hrbshw.com · 黑ICP备10002837号-1 · 黑公网安备23010302000418号"),
    "job":   dict(name="龙江直聘", style="jobboard", home="/job/index.html",
                  menu=["首页", "找工作", "校园招聘", "企业入口", "求职安全"],
                  footer="龙江直聘 · 求职者服务热线 400-155-0451 · service@ljzhipin.com · 人力资源服务许可证 编号230103202100127 · 黑ICP备19004422号"),
    "bbs":   dict(name="冰城论坛", style="forum", home="/bbs/index.html",
                  menu=["论坛首页", "冰城杂谈", "教育考证", "求职招聘", "曝光台"],
                  footer="冰城论坛 · 版务QQ群：318452760 · 站务邮箱 bbs_admin@bcluntan.com · 黑ICP备09001573号"),
    "wenda": dict(name="知点问答", style="qa", home="/wenda/index.html",
                  menu=["首页", "教育", "职场", "法律", "我要提问"],
                  footer="知点问答 wendaba.cn · 侵权/举报邮箱 jubao@wendaba.cn · 浙ICP备17021139号-3"),
    "mp":    dict(name="龙江微文摘", style="wechat-repost", home="/mp/index.html",
                  menu=["首页", "教育", "职场", "本地", "投稿"],
                  footer="龙江微文摘 ljwz.com.cn 转载公众号文章，版权归原作者所有 · 投稿/删稿：tougao@ljwz.com.cn · 黑ICP备20005519号-1"),
    "v":     dict(name="快看短视频网页版", style="short-video", home="/v/index.html",
                  menu=["推荐", "关注", "同城", "直播", "知识"],
                  footer="快看短视频 · 用户服务热线 400-812-3661 · 网络文化经营许可证 京网文〔2021〕1856-332号 · 京ICP备16062001号"),
    "gov":   dict(name="哈尔滨市人力资源和社会保障局", style="government", home="/gov/index.html",
                  menu=["首页", "政务公开", "就业创业", "社会保障", "职业能力", "互动交流"],
                  footer="主办：哈尔滨市人力资源和社会保障局 · 地址：哈尔滨市南岗区 · 办公室电话：0451-84663215 · 人社服务热线：12333 · 网站标识码2301000012 · 黑ICP备05002614号"),
}

PAGES = []

def page(path, site, title, body, owner=None, provider=None, ids=(), note="", offer=None, crumbs=None, related=()):
    PAGES.append(dict(path=path, site=site, title=title, body=body, owner=owner, provider=provider,
                      ids=[list(x) for x in ids], note=note,
                      offer=(owner is not None) if offer is None else offer,
                      crumbs=crumbs or [], related=list(related)))

def comments(items):
    out = ['<div class="comments"><h3>全部回复</h3>']
    for who, t, text in items:
        out.append('<div class="reply"><span class="user">%s</span> <span class="time">%s</span><p>%s</p></div>' % (who, t, text))
    out.append("</div>")
    return "\n".join(out)

# ================= offers =================
# ---- U01 冰城智训: phone 13945102867, wechat bczx2867, qq 2853106742 (scam-ish: 包过, 三级直报) ----
page("/bczx/index.html", "bczx", "冰城智训教育-人工智能训练师考证报名中心",
     """<div class="banner"><h1>人工智能训练师 三级/二级 火热报名中</h1><p>国家新职业 4-04-05-05 · 人社部颁发 · 全国联网可查</p></div>
<section><h2>为什么选择冰城智训？</h2><ul><li>零基础可报，不限学历、不限专业</li><li>通过率98%，不过全额退费（签协议）</li><li>三级+二级一起报，立减2000元</li><li>证书可用于落户加分、职称评定、企业招投标</li></ul>
<h2>费用</h2><p>三级（高级工）4980元；二级（技师）6980元；两级联报9800元。</p>
<h2>联系我们</h2><p>报名热线：<a href="tel:+8613945102867">139-4510-2867</a>（微信同号）</p>
<p>加微信备注“AI训练师”：bczx2867</p>
<form class="contact"><label>您的手机号</label><input type="text" placeholder="例：13800138000"><button>免费领取报考资料</button></form>
<p>地址：哈西万达写字楼B座1706（到写字楼前台登记即可）</p></section>""",
     owner="U01", provider="冰城智训教育",
     ids=[("phone", "+8613945102867", "139-4510-2867"), ("phone", "+8613945102867", "tel:+8613945102867"),
          ("wechat", "bczx2867", "bczx2867")],
     note="training-company homepage selling AI trainer level 3/2 with 包过, 人社部颁发 and refund promises")
page("/kc/course-20418.html", "kc", "人工智能训练师（三级）考证班 全程托管 - 学课帮",
     """<h1>人工智能训练师（三级）考证班 全程托管</h1><div class="org">机构：冰城智训 · 哈尔滨 · 已认证</div>
<div class="price">¥4980 <del>¥7800</del></div>
<ul><li>课时：线上录播 12 课时 + 考前押题</li><li>适合人群：零基础小白、宝妈、在职提升</li><li>证书：人工智能训练师 三级 职业技能等级证书，官网可查</li></ul>
<p>证书样本（编号 S000023010001254000128 仅作展示）</p>
<p>机构说明：报名咨询可加 VX：bczx2867，发送“三级”领取资料。</p>
<p>课程编号 KC20418 · 已报名 1326 人</p>""",
     owner="U01", provider="冰城智训",
     ids=[("wechat", "bczx2867", "VX：bczx2867")],
     note="marketplace listing, level-3 package sold to beginners")
page("/bbs/thread-88213.html", "bbs", "【考证】人工智能训练师三级还能报，最后20个名额 - 冰城论坛",
     """<h1>【考证】人工智能训练师三级还能报，最后20个名额</h1><div class="post"><span class="user">智训教育王老师</span>
<p>国家认可的新职业证书，人社部备案，全国联网可查。本期考试包过，不过退费。零基础也能直接报三级！</p>
<p>咨询电话：１３９４５１０２８６７　扣扣 2853106742（备注论坛）</p></div>""" + comments([
        ("小鱼儿", "2026-03-02", "多少钱啊？求资料 我QQ 645213987"),
        ("冰城老张", "2026-03-02", "零基础报三级？不是要四级证加几年工作经验吗"),
        ("智训教育王老师", "2026-03-03", "特殊通道，私聊")]),
     owner="U01", provider="智训教育",
     ids=[("phone", "+8613945102867", "１３９４５１０２８６７"), ("qq", "2853106742", "扣扣 2853106742")],
     note="forum thread by U01 promising 包过 level 3 to beginners")
page("/hrb/info-556120.html", "hrb", "AI训练师考证 包过 不用去考场 - 哈尔滨生活网分类信息",
     """<h1>AI训练师考证 包过 不用去考场</h1><div class="meta">分类：教育培训/职业技能 · 区域：南岗区 · 发布者：AI训练师考证中心（个人）</div>
<p>人工智能训练师四级/三级/二级，三证同报更优惠，线上考试，全程代办，不用本人到场。</p>
<p>联系QQ：2853106742　V信：bczx2867</p>
<p>办公地址：哈西万达写字楼，前台电话 0451-87103388 报名字登记上楼。</p>""",
     owner="U01", provider="AI训练师考证中心",
     ids=[("qq", "2853106742", "2853106742"), ("wechat", "bczx2867", "V信：bczx2867")],
     note="classified ad: three levels at once, no attendance, 代办")

# ---- U02 龙江数智人才: landline 0451-87921365, email, domain ljszrc.com, USCC ----
page("/ljszrc/index.html", "ljszrc", "龙江数智人才-人工智能训练师培训",
     """<div class="banner"><h1>数据标注 · 人工智能训练师培训</h1><p>面向在职人员与应届生的职业技能提升项目</p></div>
<section><h2>2026春季班</h2><p>人工智能训练师（五级/四级）培训，周末班 8 周，理论+实操（数据采集、数据标注、智能系统运维）。</p>
<p>学费：五级 2600 元，四级 3200 元（符合条件者可申领失业保险技能提升补贴）。</p>
<p>认定考试由备案评价机构组织，本公司仅提供培训服务。</p>
<p>咨询：0451-87921365 / zhaosheng@ljszrc.com</p></section>""",
     owner="U02", provider="龙江数智人才",
     ids=[("phone", "0451-87921365", "0451-87921365"), ("email", "zhaosheng@ljszrc.com", "zhaosheng@ljszrc.com"),
          ("uscc", USCC_U02, USCC_U02), ("domain", "ljszrc.com", "www.ljszrc.com")],
     note="company homepage, level 5/4 course with plausible prices")
page("/ljszrc/course-ai.html", "ljszrc", "人工智能训练师四级课程详情-龙江数智人才",
     """<h1>人工智能训练师（四级/中级工）课程详情</h1>
<p>报考条件：取得五级证书后从事本职业4年，或累计从事本职业6年，或技工院校相关专业毕业生。</p>
<p>课程 50 课时，含数据采集和处理、数据标注、智能系统运维三大模块。认定批次以人社部门公布为准（本期批次号 18604510021）。</p>
<p>证书可在 jndj.osta.org.cn 查询。</p>
<p>报名邮箱：zhaosheng@ljszrc.com　电话：<a href="tel:0451-87921365">0451-87921365</a></p>""",
     owner="U02", provider="龙江数智人才",
     ids=[("email", "zhaosheng@ljszrc.com", "zhaosheng@ljszrc.com"), ("phone", "0451-87921365", "0451-87921365"),
          ("domain", "ljszrc.com", "www.ljszrc.com")],
     note="company course page, correct eligibility text for level 4")
page("/kc/course-31102.html", "kc", "数据标注员/人工智能训练师五级 周末班 - 学课帮",
     """<h1>数据标注员 / 人工智能训练师五级 周末班（哈尔滨）</h1><div class="org">机构：黑龙江龙江数智人才服务有限公司</div>
<div class="price">¥2600</div>
<p>营业执照：统一社会信用代码 %s</p>
<p>线下授课，60 课时，结业参加备案机构组织的认定，批次号 18604510021。</p>
<p>机构电话：<a href="tel:045187921365">tel:045187921365</a></p>""" % USCC_U02,
     owner="U02", provider="黑龙江龙江数智人才服务有限公司",
     ids=[("uscc", USCC_U02, USCC_U02), ("phone", "0451-87921365", "tel:045187921365")],
     note="marketplace listing of U02's level-5 weekend course")
page("/mp/a-20260311-ai.html", "mp", "转载｜人工智能训练师到底是什么证？哈尔滨可以在哪里学",
     """<div class="src">原公众号：龙江数智说 · 2026-03-11</div><h1>人工智能训练师到底是什么证？哈尔滨可以在哪里学</h1>
<p>人工智能训练师（4-04-05-05）是2020年发布的新职业，下设数据标注员、人工智能算法测试员两个工种。证书属于职业技能等级证书，由备案的评价机构颁发。</p>
<p>我们开设五级、四级培训班，欢迎来电：0451—87921365，官网 www.ljszrc.com 。</p>
<p class="end">阅读 2891 · 在看 37</p>""",
     owner="U02", provider="龙江数智说",
     ids=[("phone", "0451-87921365", "0451—87921365"), ("domain", "ljszrc.com", "www.ljszrc.com")],
     note="repost of U02's WeChat article, mostly correct explainer with ad")

# ---- U03 华鼎/小鹿老师: phone 18645079312, wechat ai_peixun888, qq_group 735920418 (scam: 高级技师零基础, 三证) ----
page("/v/video-7302215.html", "v", "小鹿老师讲AI：宝妈在家考个人工智能训练师，月入过万",
     """<div class="video"><h1>宝妈在家考个人工智能训练师，月入过万！#AI训练师 #考证</h1><div class="author">@小鹿老师讲AI · 粉丝 8.2万</div>
<p>零基础直接考高级技师（一级），三个等级一起拿，原价9999限时1999！国家认可，拿证就能接单。</p>
<p>主页简介：薇 ai_peixun888　咨询热线 一八六四五零七九三一二</p></div>""" + comments([
        ("暖暖", "3天前", "真的假的 包过吗"), ("小鹿老师讲AI", "3天前", "私信～包拿证"),
        ("理性吃瓜", "2天前", "别信，之前微信 kaozheng_vip01 也这么说，交完钱拉黑了")]),
     owner="U03", provider="小鹿老师讲AI",
     ids=[("wechat", "ai_peixun888", "薇 ai_peixun888"), ("phone", "+8618645079312", "一八六四五零七九三一二")],
     note="short-video page: level 1 to beginners, three levels, price cut, income promises")
page("/wenda/q-6621930.html", "wenda", "人工智能训练师哪里报名靠谱？ - 知点问答",
     """<h1>人工智能训练师哪里报名靠谱？</h1><div class="q">坐标哈尔滨，想考个AI训练师证，哪家机构靠谱？</div>
<div class="answer"><span class="user">华鼎职培顾问</span><p>推荐华鼎职培，人社部直属鉴定，证书终身有效全国通用，零基础两个月拿高级证。老师电话 186 4507 9312，随时咨询。</p></div>""" + comments([
        ("小鱼儿", "2026-03-05", "也想了解 我QQ 645213987 可以发资料吗")]),
     owner="U03", provider="华鼎职培",
     ids=[("phone", "+8618645079312", "186 4507 9312")],
     note="Q&A answer posted by U03 seller with false 人社部直属 claim")
page("/bbs/thread-88540.html", "bbs", "华鼎教育人工智能训练师 一级/二级/三级 同时报名 - 冰城论坛",
     """<h1>华鼎教育人工智能训练师 一级/二级/三级 同时报名</h1><div class="post"><span class="user">华鼎教育</span>
<p>高级技师也能报！不限学历不限经验，三证联报 8800 元，官方指定考点，内部题库。</p>
<p>进学员QQ群735920418，或电话 +86 186-4507-9312</p></div>""" + comments([
        ("路人甲", "2026-03-08", "高级技师要二级证加4年吧，这也敢卖")]),
     owner="U03", provider="华鼎教育",
     ids=[("qq_group", "735920418", "QQ群735920418"), ("phone", "+8618645079312", "+86 186-4507-9312")],
     note="forum ad selling levels 1-3 together, 内部题库, 官方指定")
page("/hrb/info-557301.html", "hrb", "人工智能训练师证书 速成 两个月拿证 - 哈尔滨生活网分类信息",
     """<h1>人工智能训练师证书 速成 两个月拿证</h1><div class="meta">分类：教育培训 · 发布者：鼎学职业培训</div>
<p>人社部颁发，全国通用，可挂靠年入3万+。名额有限。</p>
<p>学员群 群号：735 920 418　Vx：ai_peixun888</p>""",
     owner="U03", provider="鼎学职业培训",
     ids=[("qq_group", "735920418", "735 920 418"), ("wechat", "ai_peixun888", "Vx：ai_peixun888")],
     note="classified: 速成, 人社部颁发, 挂靠 income")

# ---- U04 启航学校 (honest): USCC 52..., landline 0451-55631208, email qhpx_hrb@126.com, domain qihangpx.cn ----
page("/qihang/index.html", "qihang", "启航职业技能培训学校-人工智能训练师（五级）培训招生",
     """<div class="banner"><h1>2026年第一期人工智能训练师（五级/四级）培训招生简章</h1></div>
<section><p>报考条件（五级）：累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满。</p>
<p>培训：五级 60 课时，四级 50 课时，理论+实操。学费：五级 1680 元，四级 2280 元。</p>
<p>参加失业保险满1年的学员，取证后可按规定申领技能提升补贴（五级最高1000元、四级最高1500元）。</p>
<p>认定由备案评价机构组织，考点：黑龙江某职业学院实训楼（考点值班电话 0451-86609527），本期批次号18604510021。</p>
<p>证书查询：jndj.osta.org.cn；政策咨询请拨打 12333。</p>
<p>咨询电话：0451-55631208 邮箱：qhpx_hrb@126.com</p></section>""",
     owner="U04", provider="启航职业技能培训学校",
     ids=[("phone", "0451-55631208", "0451-55631208"), ("email", "qhpx_hrb@126.com", "qhpx_hrb@126.com"),
          ("uscc", USCC_U04, USCC_U04), ("domain", "qihangpx.cn", "qihangpx.cn")],
     note="honest training school homepage, correct conditions, subsidy and prices")
page("/kc/course-27705.html", "kc", "人工智能训练师五级 线下班（南岗） - 学课帮",
     """<h1>人工智能训练师五级 线下班（南岗）</h1><div class="org">机构：启航职培 · 民办学校</div>
<div class="price">¥1680</div>
<p>60 课时，小班教学，结业后参加认定；不承诺通过。</p>
<p>学校官网 qihangpx.cn ，报名资料发送至 qhpx_hrb@126.com</p>""",
     owner="U04", provider="启航职培",
     ids=[("domain", "qihangpx.cn", "qihangpx.cn"), ("email", "qhpx_hrb@126.com", "qhpx_hrb@126.com")],
     note="marketplace listing of U04 honest level-5 class")
page("/wenda/q-6623815.html", "wenda", "人工智能训练师五级需要什么条件？ - 知点问答",
     """<h1>人工智能训练师五级需要什么条件？</h1><div class="q">没有相关工作经验能报五级吗？</div>
<div class="answer"><span class="user">启航学校招生办</span><p>按标准，五级需累计从事本职业或相关职业1年以上，或学徒期满。我们启航学校开五级班，电话 0451 5563 1208，也可在 osta.mohrss.gov.cn 查看政策。</p></div>""",
     owner="U04", provider="启航学校",
     ids=[("phone", "0451-55631208", "0451 5563 1208")],
     note="Q&A answer by U04 with correct level-5 eligibility and contact")
page("/mp/a-20260302-qh.html", "mp", "转载｜启航学校人工智能训练师培训班开班啦",
     """<div class="src">原公众号：南岗启航职校 · 2026-03-02</div><h1>人工智能训练师培训班开班啦</h1>
<p>首期五级班3月16日开课，名额40人。学校统一社会信用代码：%s。</p>
<p>报名热线 0451-5563-1208。政策可在 osta.mohrss.gov.cn 查询。</p>""" % USCC_U04,
     owner="U04", provider="南岗启航职校",
     ids=[("uscc", USCC_U04, USCC_U04), ("phone", "0451-55631208", "0451-5563-1208")],
     note="repost of U04 WeChat enrolment notice")

# ---- U05 证书代办: phone 15045118846 (微信同号), wechat zs_kaozheng, payee name ----
PAYEE_U05 = "哈尔滨博远信息咨询有限公司"
page("/bbs/thread-88702.html", "bbs", "免考拿证 人工智能训练师 三天出证 - 冰城论坛",
     """<h1>免考拿证 人工智能训练师 三天出证</h1><div class="post"><span class="user">证书服务小刘</span>
<p>不用培训不用考试，提供身份证照片即可，三天出证，官网可查，可挂靠。</p>
<p>电话15045118846（微信同号）</p></div>""" + comments([
        ("老哈", "2026-03-10", "举报了，这种就是卖假证的")]),
     owner="U05", provider="证书服务小刘",
     ids=[("phone", "+8615045118846", "15045118846"), ("wechat", "15045118846", "15045118846（微信同号）")],
     note="forum post selling certificates without training or exam")
page("/hrb/info-558014.html", "hrb", "各类职业技能证书代办 人工智能训练师 - 哈尔滨生活网分类信息",
     """<h1>各类职业技能证书代办 人工智能训练师</h1><div class="meta">分类：商务服务 · 发布者：博远证书服务</div>
<p>人工智能训练师、健康管理师、心理咨询师，全国联网可查，先出证后付款。</p>
<p>微信：zs_kaozheng　对公收款：%s</p>""" % PAYEE_U05 + comments([
        ("匿名网友", "2026-03-11", "小心，那个177 4512 0093也说先出证后付款，最后收了钱跑了")]),
     owner="U05", provider="博远证书服务",
     ids=[("wechat", "zs_kaozheng", "zs_kaozheng"), ("other", "payee:" + PAYEE_U05, PAYEE_U05)],
     note="classified: certificate 代办 with payee name")
page("/wenda/q-6625011.html", "wenda", "人工智能训练师证书可以直接买吗？ - 知点问答",
     """<h1>人工智能训练师证书可以直接买吗？</h1><div class="q">急用，有没有快速拿证的？</div>
<div class="answer"><span class="user">考证达人</span><p>可以的，找刘老师，150-4511-8846，微信 zs_kaozheng，三天出证。</p></div>""" + comments([
        ("阿雨", "2026-03-12", "同求 加我微信xiaoyu_hrb1990")]),
     owner="U05", provider="刘老师",
     ids=[("phone", "+8615045118846", "150-4511-8846"), ("wechat", "zs_kaozheng", "zs_kaozheng")],
     note="Q&A answer advertising direct certificate purchase")

# ---- U06 AIGC/“工信部” cert online: domain cnaitrain-cx.com (fake query site), email, qq ----
page("/kc/course-33019.html", "kc", "AIGC人工智能训练师证书 工信部认证 线上考 - 学课帮",
     """<h1>AIGC人工智能训练师证书（工信部认证）线上考</h1><div class="org">机构：中科智培（线上）</div>
<div class="price">¥2980</div>
<p>50节线上课，90分钟线上考试，60分合格，证书可在 www.cnaitrain-cx.com 查询。</p>
<p>客服扣扣3318725406</p>""",
     owner="U06", provider="中科智培",
     ids=[("domain", "cnaitrain-cx.com", "www.cnaitrain-cx.com"), ("qq", "3318725406", "扣扣3318725406")],
     note="marketplace: AIGC certificate with 工信部 claim and own query domain")
page("/mp/a-20260305-aigc.html", "mp", "转载｜2026年还不考AI证就晚了！国家级AIGC训练师证书",
     """<div class="src">原公众号：中科AI职培 · 2026-03-05</div><h1>2026年还不考AI证就晚了！</h1>
<p>国家级证书，全国联网查询（查询官网：cnaitrain-cx.com），拿到证书便可升职加薪。</p>
<p>合作咨询：service@cnaitrain-cx.com</p>""",
     owner="U06", provider="中科AI职培",
     ids=[("domain", "cnaitrain-cx.com", "cnaitrain-cx.com"), ("email", "service@cnaitrain-cx.com", "service@cnaitrain-cx.com")],
     note="repost pushing 国家级 AIGC certificate and non-official query site")
page("/v/video-7304480.html", "v", "90%小白都能学会的AI训练师证书",
     """<div class="video"><h1>90%小白都能学会！AI训练师证书怎么考 #AIGC</h1><div class="author">@中科智培官方</div>
<p>原价9999，今天直播间限时 299 定金。联合国际机构认证。</p>
<p>简介：报名邮箱 service＃cnaitrain-cx.com（＃换成@）　Q 3318725406</p></div>""",
     owner="U06", provider="中科智培官方",
     ids=[("email", "service@cnaitrain-cx.com", "service＃cnaitrain-cx.com"), ("qq", "3318725406", "Q 3318725406")],
     note="short video ad for AIGC certificate, price-anchor and fake international co-certification")

# ---- U07 招聘陷阱: phone 17645102238, wechat hr_xinrui ----
page("/job/jd-401877.html", "job", "AI数据标注员（可居家）4000-8000 - 龙江直聘",
     """<h1>AI数据标注员（可居家） 4000-8000元/月</h1><div class="co">哈尔滨鑫睿科技 · 20-99人</div>
<p>岗位要求：须持有人工智能训练师证书，无证者可由公司安排培训考证（培训费3980元，入职后报销）。</p>
<p>联系人：赵经理 176 4510 2238，微信 hr_xinrui</p>
<p>面试地址：哈西万达写字楼，到前台（0451-87103388）说找鑫睿。</p>""",
     owner="U07", provider="哈尔滨鑫睿科技",
     ids=[("phone", "+8617645102238", "176 4510 2238"), ("wechat", "hr_xinrui", "hr_xinrui")],
     note="job ad that is really a paid training/certificate offer")
page("/hrb/info-558960.html", "hrb", "招聘AI训练师 先培训后上岗 - 哈尔滨生活网分类信息",
     """<h1>招聘AI训练师 先培训后上岗 包分配</h1><div class="meta">分类：招聘 · 发布者：鑫睿人力</div>
<p>免费培训（只收考证费），持证上岗，月薪6000+。</p><p>电话 +86-176-4510-2238</p>""",
     owner="U07", provider="鑫睿人力",
     ids=[("phone", "+8617645102238", "+86-176-4510-2238")],
     note="classified recruitment ad charging certificate fees")
page("/bbs/thread-88811.html", "bbs", "有人去过鑫睿那个AI训练师培训吗 - 冰城论坛",
     """<h1>鑫睿AI训练师培训 学完推荐工作</h1><div class="post"><span class="user">鑫睿招生小周</span>
<p>人工智能训练师四级，学完推荐数据标注岗位，名额有限。加微信：hr_xinrui 详聊。</p></div>""",
     owner="U07", provider="鑫睿",
     ids=[("wechat", "hr_xinrui", "微信：hr_xinrui")],
     note="forum post by U07 recruiting trainees")

# ---- U08 智学邦 (moderate): 400 8762351, wechat zxb_ai_xiaozhu, email ----
page("/kc/course-35562.html", "kc", "人工智能训练师四级 直播+实操 - 学课帮",
     """<h1>人工智能训练师四级 直播+实操</h1><div class="org">机构：智学邦</div><div class="price">价格请咨询</div>
<p>直播 50 课时，配套标注平台实操。认定由评价机构组织。</p>
<p>咨询 400 876 2351，班主任微信 zxb_ai_xiaozhu</p>""",
     owner="U08", provider="智学邦",
     ids=[("phone", "4008762351", "400 876 2351"), ("wechat", "zxb_ai_xiaozhu", "zxb_ai_xiaozhu")],
     note="marketplace listing without price, level 4")
page("/wenda/q-6627340.html", "wenda", "线上学人工智能训练师有推荐的吗 - 知点问答",
     """<h1>线上学人工智能训练师有推荐的吗</h1><div class="q">白天上班，只能晚上学。</div>
<div class="answer"><span class="user">学员小周</span><p>我在智学邦学的，晚上直播，有班主任督学，可以加小助手 v：zxb_ai_xiaozhu 问问。</p></div>""",
     owner="U08", provider="智学邦",
     ids=[("wechat", "zxb_ai_xiaozhu", "zxb_ai_xiaozhu")],
     note="Q&A answer (astroturf) recommending U08")
page("/mp/a-20260308-zxb.html", "mp", "转载｜智学邦人工智能训练师春季班招生",
     """<div class="src">原公众号：智学邦职业教育 · 2026-03-08</div><h1>人工智能训练师春季班招生</h1>
<p>四级/三级直播班，三级需具备四级证书及相应工作年限。证书查询 zscx.osta.org.cn。</p>
<p>考点咨询可致电考点 0451-86609527。课程咨询 4008-762-351，邮箱 kefu@zhixuebang.net</p>""",
     owner="U08", provider="智学邦职业教育",
     ids=[("phone", "4008762351", "4008-762-351"), ("email", "kefu@zhixuebang.net", "kefu@zhixuebang.net")],
     note="repost of U08 enrolment article, correct level-3 conditions")

# ---- U09 鑫途 “政府补贴全免”: phone 13199460527, qq 1473620589, USCC 91... ----
page("/hrb/info-559407.html", "hrb", "政府补贴 人工智能训练师 0元学 - 哈尔滨生活网分类信息",
     """<h1>政府补贴 人工智能训练师 0元学 高级技师也补贴</h1><div class="meta">分类：教育培训 · 发布者：鑫途教育</div>
<p>人社局合作项目，一级、二级全额补贴，先交3600元押金，拿证后全额退还。</p>
<p>电话 131 9946 0527　QQ 1473620589</p>""",
     owner="U09", provider="鑫途教育",
     ids=[("phone", "+8613199460527", "131 9946 0527"), ("qq", "1473620589", "1473620589")],
     note="classified: false subsidy for levels 1/2, deposit scam")
page("/wenda/q-6628102.html", "wenda", "人工智能训练师补贴能领多少 - 知点问答",
     """<h1>人工智能训练师补贴能领多少</h1><div class="q">听说考证政府全报销？</div>
<div class="answer"><span class="user">鑫途企业管理咨询</span><p>我们是正规公司（统一社会信用代码 %s），与人社局合作，所有等级全额补贴。Q:1473620589</p></div>""" % USCC_U09,
     owner="U09", provider="鑫途企业管理咨询",
     ids=[("uscc", USCC_U09, USCC_U09), ("qq", "1473620589", "Q:1473620589")],
     note="Q&A answer with false all-level subsidy claim")
page("/v/video-7305121.html", "v", "人工智能训练师 政府买单 不花一分钱",
     """<div class="video"><h1>人工智能训练师 政府买单 不花一分钱 #补贴 #哈尔滨</h1><div class="author">@鑫途小途</div>
<p>哈尔滨鑫途企业管理咨询有限公司 %s</p><p>一键拨号：<a href="tel:13199460527">13199460527</a></p></div>""" % USCC_U09,
     owner="U09", provider="哈尔滨鑫途企业管理咨询有限公司",
     ids=[("uscc", USCC_U09, USCC_U09), ("phone", "+8613199460527", "tel:13199460527")],
     note="short video: 政府买单 subsidy lure")

# ---- independents ----
page("/kc/course-36001.html", "kc", "数据标注实战+人工智能训练师四级备考 - 学课帮",
     """<h1>数据标注实战 + 人工智能训练师四级备考</h1><div class="org">机构：松北数标工作室</div><div class="price">¥1280</div>
<p>40 课时线上课，不包含认定费，不承诺通过。证书查询请到 zscx.osta.org.cn；政策咨询 12333。</p>
<p>讲师手机 158 4613 7725</p>""",
     owner="I01", provider="松北数标工作室",
     ids=[("phone", "+8615846137725", "158 4613 7725")],
     note="independent honest online prep course")
page("/bbs/thread-88904.html", "bbs", "出人工智能训练师一级 包过 - 冰城论坛",
     """<h1>出人工智能训练师一级 包过</h1><div class="post"><span class="user">kz_laoli</span>
<p>一级高级技师，不看经验，证书样本见图（编号 S000023010001254000128）。有意 wx: laoli_kz2026</p></div>""",
     owner="I02", provider="kz_laoli",
     ids=[("wechat", "laoli_kz2026", "wx: laoli_kz2026")],
     note="independent individual selling level-1 certificate 包过")
page("/hrb/info-560012.html", "hrb", "道里区 人工智能训练师五级周末小班 - 哈尔滨生活网分类信息",
     """<h1>道里区 人工智能训练师五级周末小班</h1><div class="meta">分类：教育培训 · 发布者：道里智标培训部</div>
<p>个体培训部，营业执照 %s，五级 60 课时，学费 1500 元。</p><p>电话：0451-84127760</p>""" % USCC_I03,
     owner="I03", provider="道里智标培训部",
     ids=[("phone", "0451-84127760", "0451-84127760"), ("uscc", USCC_I03, USCC_I03)],
     note="independent small studio, level 5 weekend class")
page("/mp/a-20260314-hzy.html", "mp", "转载｜继续教育学院人工智能训练师（四级）社会培训通知",
     """<div class="src">原公众号：黑龙江某职业技术学院继续教育学院 · 2026-03-14</div><h1>人工智能训练师（四级）社会培训通知</h1>
<p>面向社会招收学员，符合条件者培训结束后参加认定，证书可在 jndj.osta.org.cn 查询。费用 2100 元。</p>
<p>报名邮箱 jxjy-ai@hljzy-edu.cn</p>""",
     owner="I04", provider="职业技术学院继续教育学院",
     ids=[("email", "jxjy-ai@hljzy-edu.cn", "jxjy-ai@hljzy-edu.cn")],
     note="independent college continuing-education notice (honest)")
page("/v/video-7306633.html", "v", "原价9999限时99 AI训练师速成",
     """<div class="video"><h1>原价9999限时99！AI训练师速成，拿证接单</h1><div class="author">@AI阿杰</div>
<p>课程+证书一站式，扣扣 2967013584 领取</p></div>""" + comments([
        ("阿雨", "1天前", "想学 加我微信xiaoyu_hrb1990")]),
     owner="I05", provider="AI阿杰",
     ids=[("qq", "2967013584", "扣扣 2967013584")],
     note="independent short-video lure, 原价9999限时99")
page("/job/jd-402230.html", "job", "人工智能训练师（储备）- 龙江直聘",
     """<h1>人工智能训练师（储备） 3500-5000元/月</h1><div class="co">哈尔滨北斗标注科技</div>
<p>入职前需参加公司合作的五级考证培训（费用1200元，自愿）。</p>
<p>联系电话：13800138000（模板请替换）　实际联系：188-4512-6634</p>""",
     owner="I06", provider="哈尔滨北斗标注科技",
     ids=[("phone", "+8618845126634", "188-4512-6634")],
     note="independent job ad bundling a paid level-5 course")

# ================= non-offers =================
page("/kc/course-19877.html", "kc", "Excel数据分析零基础入门 - 学课帮",
     """<h1>Excel数据分析零基础入门</h1><div class="org">机构：表格小课堂</div><div class="price">¥99</div>
<p>20 节录播课，不含任何证书。</p><p>示例：联系电话一栏填写格式 13800138000</p>""",
     note="unrelated course on the marketplace")
page("/hrb/news-20260309.html", "hrb", "警惕！“花钱拿证”骗局又来了 多人被骗 - 哈尔滨生活网",
     """<h1>警惕！“花钱拿证”骗局又来了</h1><div class="meta">来源：哈尔滨生活网 · 2026-03-09</div>
<p>近期多名市民反映，有人以“人工智能训练师证书包过”“免考拿证”为名收取费用后失联。警方公布的涉案号码17745120093，请市民提高警惕。</p>
<p>市人社局提示：职业技能等级证书由备案评价机构颁发，可拨打12333或市人社局 0451-84663215 咨询；遇虚假宣传可拨打12315投诉。</p>""",
     note="local news warning about certificate scams")
page("/job/jd-399015.html", "job", "行政前台 3000-4000 - 龙江直聘",
     """<h1>行政前台 3000-4000元/月</h1><div class="co">哈尔滨某物业公司</div><p>负责接待、收发快递。五险一金。</p>
<p>求职提醒：任何以招聘为名收取培训费、考证费的，请拨打 400-155-0451 举报。</p>""",
     note="ordinary job ad, not an offer")
page("/bbs/thread-87990.html", "bbs", "【曝光】交了6800考AI训练师，证书查不到 - 冰城论坛",
     """<h1>【曝光】交了6800考AI训练师，证书查不到</h1><div class="post"><span class="user">受害人小吴</span>
<p>去年在网上找的“考证中心”，对方微信 kaozheng_vip01，电话177-4512-0093，说包过、人社部颁发，交了6800，证书在官网查不到，现在拉黑了。订单号 15946120873。已打12315。</p></div>""" + comments([
        ("冰城老张", "2026-03-04", "证书要在 zscx.osta.org.cn 查，别的网站都不算")]),
     note="complaint thread about a certificate scam")
page("/wenda/q-6620017.html", "wenda", "人工智能训练师证书在哪里查真伪？ - 知点问答",
     """<h1>人工智能训练师证书在哪里查真伪？</h1><div class="q">机构给了个订单号15946120873说可以查证书，是真的吗？</div>
<div class="answer"><span class="user">热心网友</span><p>订单号查不了证书。职业技能等级证书去 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查，也可以打12333，或者问市人社局 0451-84663215。</p></div>""",
     note="learner's question about verifying a certificate")
page("/mp/a-20260301-policy.html", "mp", "转载｜一文读懂技能提升补贴：哪些等级能领？",
     """<div class="src">原公众号：龙江人社政策解读 · 2026-03-01</div><h1>一文读懂技能提升补贴</h1>
<p>参加失业保险1年以上的职工，取得五级、四级、三级职业技能等级证书的，可分别申领最高1000元、1500元、2000元补贴；二级、一级无此项全国性补贴。</p>
<p>证书可在 zscx.osta.org.cn 查询。</p>""",
     note="policy explainer on the skill-upgrade subsidy")
page("/gov/notice-2026-07.html", "gov", "关于警惕“山寨证书”和虚假培训广告的提示",
     """<h1>关于警惕“山寨证书”和虚假培训广告的提示</h1><div class="meta">发布日期：2026-03-06 · 来源：职业能力建设处</div>
<p>一、人工智能训练师（4-04-05-05）证书为职业技能等级证书，由经人社部门备案的评价机构颁发，人社部门不直接颁发。</p>
<p>二、证书可通过 jndj.osta.org.cn、zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询，其他网站均非官方查询渠道。</p>
<p>三、凡宣称“包过”“免考拿证”“零基础报考高级技师”的均属虚假宣传。近期群众举报的微信号 kaozheng_vip01 等，请勿联系。</p>
<p>四、本市2026年第一批人工智能训练师认定批次号18604510021，考点为黑龙江某职业学院（考点电话 0451-86609527）。</p>
<p>咨询电话：12333；投诉举报：12315。</p>""",
     note="official warning notice from the city HR bureau")

# ---------- index pages ----------
for key, s in SITES.items():
    if s["style"] == "company":
        continue
    items = [p for p in PAGES if p["site"] == key]
    lst = "\n".join('<li><a href="%s">%s</a></li>' % (p["path"], html.escape(p["title"])) for p in items)
    page(s["home"], key, s["name"] + " - 首页",
         '<h1>%s</h1><p>最新内容</p><ul class="list">\n%s\n</ul>' % (s["name"], lst),
         note="site index page of " + s["name"])

# company sites: homepage lists other pages
for key, s in SITES.items():
    if s["style"] == "company":
        for p in PAGES:
            if p["path"] == s["home"]:
                others = [q for q in PAGES if q["site"] == key and q["path"] != s["home"]]
                if others:
                    p["body"] += '\n<ul class="more">' + "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in others) + "</ul>"

def render(p):
    s = SITES[p["site"]]
    menu = " | ".join('<a href="%s">%s</a>' % (s["home"], m) if i == 0 else '<a href="%s#%d">%s</a>' % (s["home"], i, m)
                      for i, m in enumerate(s["menu"]))
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="%s">%s</a> &gt; %s' % (s["home"], s["name"], html.escape(p["title"]))
    siblings = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]][:6]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in siblings)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/static/%s.css"></head>
<body class="%s"><header><div class="logo">%s</div><nav class="menu">%s</nav></header>
<div class="breadcrumb">%s</div>
<div class="wrap"><main>
%s
</main>
<aside class="sidebar"><h3>相关推荐</h3><ul>%s</ul></aside></div>
<footer>%s</footer>
</body></html>
""" % (html.escape(p["title"]), s["style"], s["style"], s["name"], menu, crumbs, p["body"], related, s["footer"])

# navigation page
nav = "".join('<li><a href="%s">%s</a>（%s）</li>\n' % (s["home"], s["name"], s["style"]) for s in SITES.values())
NAV_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>哈尔滨网址导航</title></head>
<body><h1>哈尔滨常用网址导航</h1><ul>
%s</ul><footer>导航页 · 收录本地常用站点</footer></body></html>
""" % nav

# ---------- decoys (pages computed by scanning) ----------
DECOYS = [
    ("phone", "12333", ["12333"], "national HR & social-security hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline quoted in warnings"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("phone", "4006903317", ["400-690-3317"], "marketplace 学课帮 customer-service number in footer"),
    ("email", "kefu@xuekebang.cn", ["kefu@xuekebang.cn"], "marketplace customer-service e-mail in footer"),
    ("domain", "xuekebang.cn", ["xuekebang.cn"], "marketplace's own domain in footer"),
    ("other", "京ICP备18033716号", ["京ICP备18033716号"], "marketplace ICP licence in footer"),
    ("phone", "0451-82305566", ["0451-82305566"], "city portal advertising line in footer"),
    ("other", "黑ICP备10002837号-1", ["黑ICP备10002837号-1"], "city portal ICP licence in footer"),
    ("email", "jubao@hrbshw.com", ["jubao@hrbshw.com"], "city portal report e-mail in footer"),
    ("phone", "4001550451", ["400-155-0451"], "job board service number in footer"),
    ("email", "service@ljzhipin.com", ["service@ljzhipin.com"], "job board e-mail in footer"),
    ("qq_group", "318452760", ["318452760"], "forum admin QQ group in footer"),
    ("email", "bbs_admin@bcluntan.com", ["bbs_admin@bcluntan.com"], "forum admin e-mail in footer"),
    ("email", "jubao@wendaba.cn", ["jubao@wendaba.cn"], "Q&A site report e-mail in footer"),
    ("email", "tougao@ljwz.com.cn", ["tougao@ljwz.com.cn"], "WeChat-repost site submission e-mail in footer"),
    ("phone", "4008123661", ["400-812-3661"], "short-video platform service number in footer"),
    ("phone", "0451-84663215", ["0451-84663215"], "city HR bureau office number (government)"),
    ("phone", "+8617745120093", ["17745120093", "177-4512-0093", "177 4512 0093"], "scammer number quoted in news, complaint and a comment"),
    ("wechat", "kaozheng_vip01", ["kaozheng_vip01"], "scammer WeChat quoted in warning, complaint and a comment"),
    ("other", "18604510021", ["18604510021"], "phone-shaped exam batch number copied from the official notice"),
    ("other", "15946120873", ["15946120873"], "phone-shaped order number in complaint and question"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
    ("phone", "0451-86609527", ["0451-86609527"], "third party: exam venue duty phone"),
    ("phone", "0451-87103388", ["0451-87103388"], "third party: office building front desk"),
    ("qq", "645213987", ["645213987"], "a reader's own QQ in comments"),
    ("wechat", "xiaoyu_hrb1990", ["xiaoyu_hrb1990"], "a reader's own WeChat in comments"),
    ("other", "S000023010001254000128", ["S000023010001254000128"], "sample certificate number shown by two sellers"),
]

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        t = render(p)
        texts[p["path"]] = t
    texts["/index.html"] = NAV_HTML
    for path, t in texts.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(t)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                   note="navigation page linking every site's index")]
    ops = {}
    for p in PAGES:
        tpages.append(dict(path=p["path"], is_offer=p["offer"], operator=p["owner"], provider=p["provider"],
                           identifiers=p["ids"], note=p["note"]))
        if p["owner"]:
            o = ops.setdefault(p["owner"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    tpages.sort(key=lambda x: x["path"])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = {"pages": tpages, "operators": {k: ops[k] for k in sorted(ops)}, "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
