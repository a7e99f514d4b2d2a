#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers. Stdlib only, deterministic."""
import json, os, shutil, re

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------- USCC (GB 32100-2015) ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(org8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head2, region6, org8):
    body = head2 + region6 + org8 + org_check(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(body, W_USCC))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91", "330106", "MA2CJ8W6")
U02_USCC = uscc("91", "110108", "MA01XR4T")
U07_USCC = uscc("52", "440300", "MB2C6851")
KB_USCC = uscc("91", "310115", "MA1K4B2N")

# ---------- sites ----------
SITES = {
 "zhixueyun": dict(style="training-company", name="智学云职业教育", icp="浙ICP备20011862号-1"),
 "qiming": dict(style="training-company", name="启明AI学院", icp="京ICP备21035517号-3"),
 "kebang": dict(style="course-marketplace", name="课帮网", icp="沪ICP备19023571号-2"),
 "bbs": dict(style="forum", name="考证吧论坛", icp="苏ICP备17044092号"),
 "fenlei": dict(style="classifieds", name="同城易帮分类信息", icp="粤ICP备16087731号-5"),
 "wenda": dict(style="qa", name="知问问答", icp="京ICP备18061240号-2"),
 "mp": dict(style="wechat-repost", name="微文摘", icp="豫ICP备20006613号-1"),
 "v": dict(style="short-video", name="快看视频", icp="京ICP备22009271号-8"),
 "news": dict(style="news", name="浙东新闻网", icp="浙ICP备11002317号"),
 "gov": dict(style="government-notice", name="江安市人力资源和社会保障局", icp="浙ICP备05018822号"),
 "college": dict(style="college", name="重庆渝新职业技术学院", icp="渝ICP备12003391号-1"),
}

PAGES = []  # dicts

def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumbs=None, extra_foot=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, crumbs=crumbs, extra_foot=extra_foot))

def site_of(path):
    return path.strip("/").split("/")[0]

def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm)).replace(os.sep, "/")

U01_FOOT = ('<p>杭州智学云教育科技有限公司 · 统一社会信用代码:%s</p>'
            '<p>全国服务热线:<a href="tel:4006587320">400-658-7320</a> · 邮箱:kf@zhixueyun.com.cn · 官网 www.zhixueyun.com.cn</p>' % U01_USCC)
U02_FOOT = ('<p>北京启明智联科技有限公司 版权所有 · 统一社会信用代码 %s</p>'
            '<p>招生热线:400-186-2995 · 官网:qimingai.cn</p>' % U02_USCC)

def footer(site):
    s = SITES[site]
    f = {
     "zhixueyun": U01_FOOT,
     "qiming": U02_FOOT,
     "kebang": ('<p>课帮网客服热线:400-820-6655(9:00-21:00) · 客服邮箱:kefu@kebang.com.cn · 消费者维权热线 12315</p>'
                '<p>上海课帮网络科技有限公司 统一社会信用代码:%s · 增值电信业务经营许可证 沪B2-20190877 · © kebang.com.cn</p>' % KB_USCC),
     "bbs": '<p>站务反馈QQ群:583920147 · 版主申请请发站内信 · © 2012-2026 kaozheng8.net 考证吧</p>',
     "fenlei": '<p>同城易帮客服电话:400-690-1588 · 信息由用户自行发布,交易前请核实对方资质 · © tongchengyb.com</p>',
     "wenda": '<p>知问问答 · 侵权及不良信息举报邮箱:jubao@zhiwen.cn · 回答仅代表网友个人观点</p>',
     "mp": '<p>本站文章转载自微信公众号,版权归原作者所有,如有侵权请联系 copyright@weiwenzhai.com 删除 · 网上有害信息举报:12377</p>',
     "v": '<p>快看视频 违法和不良信息举报电话:010-58902233 · 全国网络举报 12377 · 未成年人保护</p>',
     "news": '<p>浙东新闻网 · 互联网新闻信息服务许可证 33120180003 · 违法和不良信息举报电话 12377</p>',
     "gov": '<p>主办:江安市人力资源和社会保障局 · 人社服务热线 12333 · 网站标识码 3307000021</p>',
     "college": '<p>重庆渝新职业技术学院 · 地址:重庆市沙坪坝区大学城东路88号 · 总机 023-65920000 · www.cqyxzy.edu.cn</p>',
    }[site]
    return f + '<p class="icp">%s</p>' % s["icp"]

MENUS = {
 "zhixueyun": ["首页", "职业技能课程", "人工智能训练师", "补贴政策", "关于我们"],
 "qiming": ["首页", "AI认证", "报名中心", "证书查询", "联系我们"],
 "kebang": ["首页", "职业考证", "IT互联网", "语言学习", "我的课程"],
 "bbs": ["论坛首页", "职业资格", "技能等级", "考证经验", "站务"],
 "fenlei": ["首页", "教育培训", "招聘求职", "二手", "生活服务"],
 "wenda": ["首页", "教育", "职场", "科技", "我要提问"],
 "mp": ["首页", "职场", "教育", "科技", "热文"],
 "v": ["推荐", "关注", "知识", "职场", "直播"],
 "news": ["首页", "本地", "教育", "民生", "财经"],
 "gov": ["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
 "college": ["学院首页", "学院概况", "继续教育", "招生就业", "信息公开"],
}

def frame(p, all_pages):
    site = site_of(p["path"])
    s = SITES[site]
    idx = "/%s/index.html" % site
    same = [q for q in all_pages if site_of(q["path"]) == site and q["path"] != p["path"]]
    related = "".join('<li><a href="%s">%s</a></li>' % (rel(p["path"], q["path"]), q["title"]) for q in same[:8])
    menu = "".join('<a href="%s">%s</a>' % (rel(p["path"], idx), m) for m in MENUS[site])
    crumbs = p["crumbs"] or ["首页", p["title"]]
    bc = '<a href="%s">%s</a> &gt; ' % (rel(p["path"], idx), crumbs[0]) + " &gt; ".join(crumbs[1:])
    home = rel(p["path"], "/index.html")
    side = {
     "kebang": "<h4>热门分类</h4><p>职业考证 · 数据分析 · 设计 · 考研</p>",
     "bbs": "<h4>版块公告</h4><p>禁止发布广告、代考、代办信息,违者封号。</p>",
     "fenlei": "<h4>安全提示</h4><p>凡要求先付款、包过、免考的信息请谨慎。</p>",
     "wenda": "<h4>相关问题</h4><p>人工智能训练师和数据标注员是一回事吗?</p>",
     "mp": "<h4>热门文章</h4><p>2026年哪些证书值得考?</p>",
     "v": "<h4>相关推荐</h4><p>#AI副业 #考证 #数据标注</p>",
     "news": "<h4>热点</h4><p>技能人才评价改革</p>",
     "gov": "<h4>便民服务</h4><p>社保查询 · 就业登记 · 技能补贴申领</p>",
     "college": "<h4>快速通道</h4><p>教务系统 · 图书馆 · 校园邮箱</p>",
    }.get(site, "<h4>课程导航</h4><p>人工智能训练师 五级/四级/三级</p>")
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%(title)s - %(sname)s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="site-%(site)s style-%(style)s">
<header><div class="logo">%(sname)s</div><nav class="menu">%(menu)s</nav></header>
<div class="breadcrumb">%(bc)s</div>
<main><h1>%(title)s</h1>
%(body)s
</main>
<aside class="sidebar">%(side)s</aside>
<section class="related"><h3>相关链接</h3><ul>%(related)s<li><a href="%(home)s">网站导航</a></li></ul></section>
<footer>%(extra)s%(foot)s</footer>
</body></html>
""" % dict(title=p["title"], sname=s["name"], site=site, style=s["style"], menu=menu, bc=bc, body=p["body"],
           side=side, related=related, home=home, foot=footer(site), extra=p["extra_foot"])

FORM = '<form class="lead"><input name="name" placeholder="您的姓名"><input name="tel" placeholder="请输入手机号,如13800138000"><button>免费领取资料</button></form>'

# ======================= company site: 智学云 (U01) =======================
page("/zhixueyun/index.html", "智学云职业教育 - 首页",
     "<p>智学云是面向全国的在线职业技能培训平台,开设人工智能训练师、电子商务师、健康管理师等课程,线上学习、线下认定。</p>"
     '<ul><li><a href="course/ait-4.html">人工智能训练师(四级/中级工)培训班</a></li><li><a href="course/ait-3.html">人工智能训练师(三级/高级工)培训班</a></li></ul>',
     ids=[("phone", "4006587320", "400-658-7320"), ("domain", "zhixueyun.com.cn", "zhixueyun.com.cn"),
          ("uscc", U01_USCC, U01_USCC), ("email", "kf@zhixueyun.com.cn", "kf@zhixueyun.com.cn")],
     note="home page of national online brand 智学云 (U01's own site); not an offer itself", crumbs=["首页", "首页"])

page("/zhixueyun/course/ait-4.html", "人工智能训练师四级(中级工)线上培训班",
     "<p>职业编码 4-04-05-05,依据《人工智能训练师国家职业技能标准(2021年版)》开设。课程 50 课时,含数据采集和处理、数据标注、智能系统运维。</p>"
     "<p>报考条件:取得五级证书后从事本职业4年,或累计从事本职业6年,或相关专业技工院校毕业。学费 2680 元,符合条件的参保学员可按规定申领技能提升补贴(四级最高1500元)。</p>"
     "<p>认定由备案的第三方评价机构组织,证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。政策咨询也可拨打人社服务热线 12333。</p>"
     "<p>课程顾问微信:zxy_edu01</p>" + FORM,
     True, "U01", "智学云职业教育",
     [("phone", "4006587320", "400-658-7320"), ("domain", "zhixueyun.com.cn", "zhixueyun.com.cn"),
      ("uscc", U01_USCC, U01_USCC), ("email", "kf@zhixueyun.com.cn", "kf@zhixueyun.com.cn"), ("wechat", "zxy_edu01", "zxy_edu01")],
     "U01 own-site course page, level 4 AI trainer, honest terms with price", ["首页", "职业技能课程", "人工智能训练师四级"])

page("/zhixueyun/course/ait-3.html", "人工智能训练师三级(高级工)培训班 2026春季班",
     "<p>三级课程 40 课时,内容:业务分析、智能训练、智能系统设计、培训与指导。需持四级证书并满足年限要求。</p>"
     "<p>学费 3280 元(不含认定费)。结业后参加评价机构组织的理论+实操认定,证书信息可登录 jndj.osta.org.cn 核验。</p>"
     "<p class=\"warn\">【防骗声明】近期有不法分子冒用“智学云”名义推销“免考拿证”,电话 170 8521 6634 非我司号码,请以官方热线 4006 587 320 为准。</p>",
     True, "U01", "智学云",
     [("phone", "4006587320", "4006 587 320"), ("phone", "4006587320", "400-658-7320"), ("domain", "zhixueyun.com.cn", "zhixueyun.com.cn"),
      ("uscc", U01_USCC, U01_USCC), ("email", "kf@zhixueyun.com.cn", "kf@zhixueyun.com.cn")],
     "U01 own-site level 3 course; anti-fraud notice quoting a scammer number", ["首页", "职业技能课程", "人工智能训练师三级"])

# ======================= company site: 启明 (U02) =======================
page("/qiming/index.html", "启明AI学院官网",
     "<p>启明AI学院——人工智能人才培养基地。</p><p><a href=\"zhuanti/ait.html\">人工智能训练师证书报名专题</a></p>",
     ids=[("phone", "4001862995", "400-186-2995"), ("domain", "qimingai.cn", "qimingai.cn"), ("uscc", U02_USCC, U02_USCC)],
     note="home page of national online brand 启明AI学院 (U02's own site); not an offer itself")

page("/qiming/zhuanti/ait.html", "人工智能训练师证书报名|人社部颁发 全国通用",
     "<p>人社部颁发,全国通用,入库可查!零基础、不限学历、不限经验,五级+四级+三级三证连报仅需 5980 元,一次报名三证到手。</p>"
     "<p>考试通过率98%,不过全额退费;证书可用于积分落户、评职称、申领补贴。</p>"
     "<p>在线咨询QQ:3381620457 · 邮箱 zhaosheng@qimingai.cn</p>" + FORM,
     True, "U02", "启明AI学院",
     [("phone", "4001862995", "400-186-2995"), ("domain", "qimingai.cn", "qimingai.cn"), ("uscc", U02_USCC, U02_USCC),
      ("qq", "3381620457", "3381620457"), ("email", "zhaosheng@qimingai.cn", "zhaosheng@qimingai.cn")],
     "U02 own-site sign-up page: three levels bundled to beginners, 人社部颁发, 98% pass", ["首页", "AI认证", "人工智能训练师"])

# ======================= course marketplace: 课帮 =======================
page("/kebang/index.html", "课帮网 - 找好课,上课帮",
     "<p>精选职业考证好课。人工智能训练师热门店铺:</p>",
     note="marketplace home / category page listing shops", crumbs=["首页", "职业考证"])

page("/kebang/shop/2301.html", "智学云旗舰店|人工智能训练师五级+四级 系统班",
     "<p>店铺认证:企业店 · 已售 3,214 份 · 好评率 97%</p><p>五级 60 课时 1680 元,四级 50 课时 2680 元,课程随时学,配套题库。</p>"
     "<p>售前咨询:400 658 7320(工作日) · 助教微信 Zxy_Edu01</p>" + FORM,
     True, "U01", "智学云旗舰店",
     [("phone", "4006587320", "400 658 7320"), ("wechat", "zxy_edu01", "Zxy_Edu01")],
     "U01 shop on the marketplace selling levels 5 and 4 with prices", ["首页", "职业考证", "智学云旗舰店"])

page("/kebang/shop/2315.html", "启明教育官方店|AI训练师三证连报 拿证快",
     "<p>人社部认证的新职业!三证连报立减2000,报名即送题库,<b>包过班</b>名额有限。</p>"
     "<p>客服热线:４００－１８６－２９９５ · 扣扣:3381620457</p>",
     True, "U02", "启明教育官方店",
     [("phone", "4001862995", "４００－１８６－２９９５"), ("qq", "3381620457", "3381620457")],
     "U02 marketplace shop: bundle, 包过, full-width 400 number", ["首页", "职业考证", "启明教育官方店"])

page("/kebang/shop/2342.html", "AI考证李老师|人工智能训练师报名咨询",
     "<p>个人讲师店铺。帮你选对评价机构,五级四级都能报,报名费+培训费 1980 起。</p><p>V信 li_ai_2025 · 资料发送邮箱 lilaoshi_ai@163.com</p>",
     True, "U05", "AI考证李老师",
     [("wechat", "li_ai_2025", "li_ai_2025"), ("email", "lilaoshi_ai@163.com", "lilaoshi_ai@163.com")],
     "U05 individual agent shop on marketplace", ["首页", "职业考证", "AI考证李老师"])

page("/kebang/shop/2360.html", "职育AI考证|成都人工智能训练师三级 积分可用",
     "<p>成都本地报名点,三级证书可加居住证积分、可对接职称评审。价格私聊。</p><p>QQ 625587391 · 电话 18080146621</p>",
     True, "U09", "职育AI考证",
     [("qq", "625587391", "625587391"), ("phone", "+8618080146621", "18080146621")],
     "U09 marketplace shop, Chengdu points and 职称 promises", ["首页", "职业考证", "职育AI考证"])

page("/kebang/shop/2377.html", "数小智AI课堂|数据标注员入门(人工智能训练师五级方向)",
     "<p>小班直播 8 次课,讲解数据标注工具与规范,结课后可自愿报名评价机构的五级认定(费用另计)。课程价 399 元。</p><p>答疑QQ:2207913548</p>",
     True, "I01", "数小智AI课堂", [("qq", "2207913548", "2207913548")],
     "independent small shop, honest level-5 annotation course", ["首页", "职业考证", "数小智AI课堂"])

page("/kebang/course/py-data.html", "Python数据分析实战30讲",
     "<p>零基础学习 pandas、matplotlib,适合职场人提升。199 元。本课程不涉及任何证书。</p>",
     note="unrelated course on the marketplace (no AI-trainer certificate)", crumbs=["首页", "IT互联网", "Python数据分析"])

# ======================= forum: 考证吧 =======================
page("/bbs/index.html", "考证吧论坛 - 技能等级版",
     "<p>版块:职业资格 | 技能等级 | 考证经验。今日发帖 132。</p>", note="forum board index", crumbs=["论坛首页", "技能等级"])

page("/bbs/t2010.html", "[求助] 人工智能训练师证书到底有没有用?在哪报名靠谱?",
     "<div class=\"post\"><b>楼主 小鹿不吃草</b><p>在做数据标注,想考个人工智能训练师四级,网上好多机构说人社部颁发、包过,有点慌,哪里报靠谱?</p></div>"
     "<div class=\"post\"><b>2楼 老猫</b><p>证书是备案的评价机构发的,不是人社部发的。先上 osta 查机构有没有备案这个职业,拿不准就打 12333 问。还可以看看 www.cpta.com.cn 的山寨证书声明。</p></div>"
     "<div class=\"post\"><b>3楼 星河</b><p>同求资料,有资料的加我QQ 2745190386 谢谢</p></div>",
     note="learner's question thread with advice and a reader leaving own QQ", crumbs=["论坛首页", "技能等级", "求助"])

page("/bbs/t2045.html", "星辰培训:人工智能训练师五级/四级周末班招生(杭州)",
     "<div class=\"post\"><b>楼主 星辰-周老师</b><p>杭州滨江线下周末班,五级 1280 元,四级 1880 元,理论+实操,认定由备案评价机构组织,不承诺通过。</p>"
     "<p>报名咨询 15167108823(微信同号)。提醒:有人冒充我们用 QQ 3029581746 收费,不是我们!</p></div>",
     True, "U03", "星辰培训", [("phone", "+8615167108823", "15167108823")],
     "U03 teacher's forum post for a local school; warns about fraud QQ", ["论坛首页", "技能等级", "招生"])

page("/bbs/t2077.html", "AI训练师证书 不用考 直接下证 可挂靠",
     "<div class=\"post\"><b>楼主 中培智联-小雅</b><p>人工智能训练师一级高级技师,零基础直接拿证,不用培训不用考试,全国联网可查,可挂靠年入2万!</p>"
     "<p>扣扣:二九六一四五七八零三 · 薇:zkzp668</p></div>",
     True, "U04", "中培智联",
     [("qq", "2961457803", "二九六一四五七八零三"), ("wechat", "zkzp668", "zkzp668")],
     "U04 scam forum post: level 1 to beginners, no exam, 挂靠, QQ in Chinese numerals", ["论坛首页", "技能等级", "广告"])

page("/bbs/t2088.html", "[曝光] 交了4800说包过,证书查不到,人也拉黑了",
     "<div class=\"post\"><b>楼主 维权中的阿敏</b><p>去年有个自称“国家人工智能认证中心”的人打电话 170-8521-6634 推销,说人社部颁发、包过,交了4800元,拿到的证书在官方网站查不到。已经打了12315投诉,大家别上当。</p></div>"
     "<div class=\"post\"><b>2楼 路人</b><p>这号码我也接到过,同一伙人。</p></div>",
     note="complaint thread quoting a scammer phone", crumbs=["论坛首页", "考证经验", "曝光"])

page("/bbs/t2103.html", "人工智能训练师考证交流群,资料免费分享",
     "<div class=\"post\"><b>楼主 阿杰AI</b><p>整理了四级理论题库和实操案例,进Q群:735218846 免费领,报名辅导也可以找我 QQ:1549873206。</p></div>"
     "<div class=\"post\"><b>5楼 星河</b><p>求带,加我QQ 2745190386</p></div>",
     True, "U06", "AI训练师考证交流",
     [("qq_group", "735218846", "735218846"), ("qq", "1549873206", "1549873206")],
     "U06 forum agent: free materials as lure, QQ group; reader QQ in reply", ["论坛首页", "考证经验", "资料"])

page("/bbs/t2118.html", "快证通:各类职业证书加急办理 人工智能训练师当月出证",
     "<div class=\"post\"><b>楼主 快证通</b><p>人工智能训练师各级均可办,免考试,当月出证,可查可验。加V:ZS_BANLI888 电话 153 8812 0945</p></div>",
     True, "U08", "快证通",
     [("wechat", "zs_banli888", "ZS_BANLI888"), ("phone", "+8615388120945", "153 8812 0945")],
     "U08 certificate-service scam post (免考, 当月出证)", ["论坛首页", "技能等级", "广告"])

page("/bbs/t2131.html", "本人带人工智能训练师五级数据标注实操课,小班",
     "<div class=\"post\"><b>楼主 王老师</b><p>在数据标注公司做了五年,带小班实操 6 次课 600 元,证书需自己去评价机构报名认定,我只负责教。手机 138-6745-2290。</p></div>",
     True, "I02", "王老师", [("phone", "+8613867452290", "138-6745-2290")],
     "independent individual tutor, honest, forum post")

# ======================= classifieds: 同城易帮 =======================
page("/fenlei/index.html", "同城易帮 - 教育培训信息", "<p>最新发布的教育培训、招聘信息。</p>",
     note="classifieds index", crumbs=["首页", "教育培训"])

page("/fenlei/hz/3011.html", "杭州 星辰职校 人工智能训练师 五级四级 报名中",
     "<p>机构:杭州星辰职业技能培训学校 · 地址:滨江区江南大道 · 电话 0571-86912345 / 151-6710-8823</p>"
     "<p>本期认定批次号:15720250618,报名截止6月10日。</p>",
     True, "U03", "星辰职校",
     [("phone", "0571-86912345", "0571-86912345"), ("phone", "+8615167108823", "151-6710-8823")],
     "U03 local school classified ad with exam batch number", ["首页", "杭州", "教育培训"])

page("/fenlei/hz/3050.html", "钱塘数据标注培训 人工智能训练师五级 考前辅导",
     "<p>同批次统一认定,认定批次号:15720250618。考点:滨江科创大厦 6 楼(前台 0571-87760213)。培训费 980 元,认定费按评价机构标准另交。</p>"
     "<p>机构备案情况可在 osta.mohrss.gov.cn 查询。咨询 0571-88217436</p>",
     True, "I03", "钱塘数据标注培训", [("phone", "0571-88217436", "0571-88217436")],
     "independent Hangzhou trainer; same exam batch and venue front desk as U03", ["首页", "杭州", "教育培训"])

page("/fenlei/wh/5520.html", "中科智培 人工智能训练师证 包过 免培训",
     "<p>国家认可,官方认证,包通过!三级高级工可直接报,不限学历。可查网址 www.rcpjcx.com</p><p>电话 186 2773 9015 QQ 2961457803</p>",
     True, "U04", "中科智培",
     [("phone", "+8618627739015", "186 2773 9015"), ("qq", "2961457803", "2961457803"), ("domain", "rcpjcx.com", "www.rcpjcx.com")],
     "U04 scam classified: 包过, fake query domain", ["首页", "武汉", "教育培训"])

page("/fenlei/sz/6210.html", "人工智能训练师报名点 深圳 四级三级",
     "<p>代报名各地评价机构,学信档案齐全。联系人李老师 +86 137-1294-6608,资料索取 lilaoshi_ai(at)163.com</p>",
     True, "U05", "人工智能训练师报名点",
     [("phone", "+8613712946608", "+86 137-1294-6608"), ("email", "lilaoshi_ai@163.com", "lilaoshi_ai(at)163.com")],
     "U05 agent classified ad, spelled-out e-mail", ["首页", "深圳", "教育培训"])

page("/fenlei/sz/6288.html", "鹏程职培 人工智能训练师 补贴性培训 深圳户籍/参保可报",
     "<p>深圳市鹏程职业技能培训中心,补贴性职业技能培训,参保满一年可申领技能提升补贴。评价机构名单见 osta.mohrss.gov.cn。</p>"
     "<p>电话 0755-2658 1174 手机 136 9082 7741</p>",
     True, "U07", "鹏程职培",
     [("phone", "0755-26581174", "0755-2658 1174"), ("phone", "+8613690827741", "136 9082 7741")],
     "U07 local school classified, subsidy training", ["首页", "深圳", "教育培训"])

page("/fenlei/cd/7001.html", "职业证书加急 人工智能训练师 不考试拿证",
     "<p>各类证书加急,人社可查,不过退款。详见 zhengshu-ban.top 咨询 15388120945</p>",
     True, "U08", "职业证书加急",
     [("domain", "zhengshu-ban.top", "zhengshu-ban.top"), ("phone", "+8615388120945", "15388120945")],
     "U08 scam classified ad", ["首页", "成都", "教育培训"])

page("/fenlei/job/9102.html", "招聘 数据标注员 10名 杭州 6-8K",
     "<p>某人工智能数据服务公司招聘数据标注员,有人工智能训练师证书者优先,不收任何费用。简历投递 hr@shuzhiyun-data.com</p>",
     note="job ad for data annotators (not an offer)", crumbs=["首页", "招聘求职", "数据标注员"])

# ======================= Q&A: 知问 =======================
page("/wenda/index.html", "知问问答 - 教育", "<p>热门问题:人工智能训练师证书怎么考?</p>", note="Q&A index")

page("/wenda/q/5102.html", "杭州哪里可以考人工智能训练师?",
     "<div class=\"answer\"><b>杭州星辰职业技能培训学校 的回答</b><p>我们学校常年开班,认定在滨江科创大厦考点(前台 0571-87760213 可问路)。证书可在 zscx.osta.org.cn 查。补贴政策可问12333。"
     "电话 0571 8691 2345,微信:xc_peixun</p></div>",
     True, "U03", "杭州星辰职业技能培训学校",
     [("phone", "0571-86912345", "0571 8691 2345"), ("wechat", "xc_peixun", "xc_peixun")],
     "U03 answer on Q&A promoting its school; venue front desk number", ["首页", "教育", "问题"])

page("/wenda/q/5233.html", "人工智能训练师四级可以直接报吗?",
     "<div class=\"answer\"><b>李老师考证 的回答</b><p>工作满年限就可以,没满也有办法,私信或加 li_ai_2025,电话 137 1294 6608。</p></div>",
     True, "U05", "李老师考证",
     [("wechat", "li_ai_2025", "li_ai_2025"), ("phone", "+8613712946608", "137 1294 6608")],
     "U05 answer on Q&A, hints at bypassing eligibility", ["首页", "教育", "问题"])

page("/wenda/q/5301.html", "人工智能训练师题库哪里有?",
     "<div class=\"answer\"><b>阿杰 的回答</b><p>题库我有,企鹅 1549873206,或打 177-5120-3398。注意QQ 3029581746 是骗子别加。</p></div>",
     True, "U06", "阿杰",
     [("qq", "1549873206", "1549873206"), ("phone", "+8617751203398", "177-5120-3398")],
     "U06 answer luring with question bank; warns about fraud QQ", ["首页", "教育", "问题"])

page("/wenda/q/5388.html", "成都人工智能训练师三级能加积分吗?",
     "<div class=\"answer\"><b>成都职育 的回答</b><p>可以,三级加30分,还能评助理工程师。我们代报,电话 028 85563920,Q:625587391。</p></div>",
     True, "U09", "成都职育",
     [("phone", "028-85563920", "028 85563920"), ("qq", "625587391", "625587391")],
     "U09 answer: residence-points and 职称 promises", ["首页", "教育", "问题"])

# ======================= WeChat reposts: 微文摘 =======================
page("/mp/index.html", "微文摘 - 职场教育", "<p>每日精选公众号文章。</p>", note="repost site index")

page("/mp/a1002.html", "启明人工智能研究院|2026年人工智能训练师报考全攻略",
     "<p>来源:启明人工智能研究院 公众号</p><p>人社部颁发的人工智能训练师证书,是进入AI行业的敲门砖!零基础三个月拿证,高级技师也能报。</p>"
     "<p>报名请加V信:qmai_2024,或发邮件至 zhaosheng#qimingai.cn(#换成@),QQ 3381 620 457</p>",
     True, "U02", "启明人工智能研究院",
     [("wechat", "qmai_2024", "qmai_2024"), ("email", "zhaosheng@qimingai.cn", "zhaosheng#qimingai.cn"), ("qq", "3381620457", "3381 620 457")],
     "U02 WeChat article repost; e-mail obfuscated, level 1 to beginners")

page("/mp/a1005.html", "国培人才认证中心:AI证书三级连考,一次拿齐",
     "<p>来源:国培人才认证中心</p><p>国家级证书,全国通用,包过!样证编号 18620230512(扫码可查)。</p>"
     "<p>VX:zkzp668 · 收款户名:武汉博睿达信息咨询有限公司</p>",
     True, "U04", "国培人才认证中心",
     [("wechat", "zkzp668", "zkzp668"), ("other", "武汉博睿达信息咨询有限公司", "武汉博睿达信息咨询有限公司")],
     "U04 WeChat article: 国家级, 包过, payee name, phone-shaped sample certificate number")

page("/mp/a1008.html", "政策解读:职业技能等级证书谁来发?怎么查?",
     "<p>2019年改革后,技能人员水平评价类职业资格退出目录,改由备案的用人单位和社会培训评价组织开展职业技能等级认定并颁发证书。证书信息可在 jndj.osta.org.cn 查询,评价机构可在 osta.mohrss.gov.cn 查询。</p>",
     note="policy explainer repost (not an offer)")

page("/mp/a1011.html", "鹏程职业技能培训中心|人工智能训练师补贴性培训开班通知",
     "<p>本中心为民办非企业单位,统一社会信用代码 %s。证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;山寨证书声明见 cpta.com.cn。</p>"
     "<p>近期有人冒充我中心,电话 17085216634 非本中心号码。报名:(0755)26581174</p>" % U07_USCC,
     True, "U07", "鹏程职业技能培训中心",
     [("uscc", U07_USCC, U07_USCC), ("phone", "0755-26581174", "(0755)26581174")],
     "U07 WeChat article; 52-code USCC; anti-fraud notice")

page("/mp/a1014.html", "成都职育人才服务|AI训练师证=积分+职称+补贴",
     "<p>成都职育:三级证书积分30分,对应助理工程师,补贴最高3120元!</p><p>咨询 028-8556 3920 邮箱 cdzhiyu@126.com</p>"
     "<div class=\"comments\"><p>读者“星河”:有资料吗加我QQ 2745190386</p></div>",
     True, "U09", "成都职育人才服务",
     [("phone", "028-85563920", "028-8556 3920"), ("email", "cdzhiyu@126.com", "cdzhiyu@126.com")],
     "U09 WeChat article: overclaims on points/职称/subsidy; reader comment QQ")

page("/mp/a1020.html", "南京智课堂|人工智能训练师四级周末班第3期",
     "<p>南京线下授课,四级 2200 元,按标准 50 课时,不承诺包过。咨询微信号:njzkt2025 电话 025-84467120</p>",
     True, "I04", "南京智课堂",
     [("wechat", "njzkt2025", "njzkt2025"), ("phone", "025-84467120", "025-84467120")],
     "independent Nanjing school, honest WeChat article")

# ======================= short video: 快看视频 =======================
page("/v/index.html", "快看视频 - 知识区", "<p>推荐视频</p>", note="short-video site index")

page("/v/8812.html", "智学云AI学院:3分钟了解人工智能训练师",
     "<p class=\"desc\">#人工智能训练师 #职业技能 想报名?139 5802 1476(微信同号)助教微信 zxy_edu01,官网 zhixueyun点com点cn</p>",
     True, "U01", "智学云AI学院",
     [("phone", "+8613958021476", "139 5802 1476"), ("wechat", "zxy_edu01", "zxy_edu01"), ("domain", "zhixueyun.com.cn", "zhixueyun点com点cn")],
     "U01 short video description")

page("/v/8817.html", "智培证书小助手:一级高级技师证 零基础也能拿",
     "<p class=\"desc\">不考试 不培训 挂靠年入2万 薇 zkzp668 查询网站 rcpjcx点com 收款账户:武汉博睿达信息咨询有限公司</p>",
     True, "U04", "智培证书小助手",
     [("wechat", "zkzp668", "zkzp668"), ("domain", "rcpjcx.com", "rcpjcx点com"), ("other", "武汉博睿达信息咨询有限公司", "武汉博睿达信息咨询有限公司")],
     "U04 short video: scam promises")

page("/v/8830.html", "杰哥带你考AI证 第12期",
     "<p class=\"desc\">题库+实操资料进群 735 218 846,报名咨询 177 5120 3398</p>",
     True, "U06", "杰哥带你考AI证",
     [("qq_group", "735218846", "735 218 846"), ("phone", "+8617751203398", "177 5120 3398")],
     "U06 short video")

page("/v/8842.html", "鹏程技能:参保满一年,AI训练师培训补贴怎么领",
     "<p class=\"desc\">深圳参保人员可申领技能提升补贴。<a href=\"tel:+8613690827741\">一键拨号咨询</a></p>",
     True, "U07", "鹏程技能",
     [("phone", "+8613690827741", "tel:+8613690827741")],
     "U07 short video with tel: link")

page("/v/8855.html", "证书办理小陈:今天又出了20本AI训练师证",
     "<p class=\"desc\">证书编号 18620230512 样本展示,当月出证 vx zs_banli888</p>",
     True, "U08", "证书办理小陈", [("wechat", "zs_banli888", "zs_banli888")],
     "U08 short video showing sample certificate")

page("/v/8861.html", "职育教育:成都人如何用AI证加积分",
     "<p class=\"desc\">三级=30分,咨询 180 8014 6621(同微),邮箱 cdzhiyu＠126.com</p>",
     True, "U09", "职育教育",
     [("phone", "+8618080146621", "180 8014 6621"), ("email", "cdzhiyu@126.com", "cdzhiyu＠126.com")],
     "U09 short video; full-width @")

page("/v/8873.html", "AI小白学堂:原价9999 限时99 人工智能训练师速成",
     "<p class=\"desc\">90%小白都能学会,学完送证书!v:xbxt999</p>",
     True, "I05", "AI小白学堂", [("wechat", "xbxt999", "xbxt999")],
     "independent short-video seller, 速成 and 原价9999限时99 lure")

# ======================= news =======================
page("/news/index.html", "浙东新闻网 - 教育", "<p>教育新闻</p>", note="news index")
page("/news/2026/0412.html", "“包过”“人社部颁发”?警惕人工智能训练师山寨证书",
     "<p>记者调查发现,一些机构以“人社部颁发”“包过”为噱头推销人工智能训练师证书。市民王女士接到 170 8521 6634 来电,被要求添加 QQ 3029581746 缴费。</p>"
     "<p>专家提醒,职业技能等级证书由备案评价机构颁发,可通过 zscx.osta.org.cn 查询,山寨证书可查 www.cpta.com.cn;遇到诈骗请拨打 96110 或向 12315 投诉。</p>",
     note="news report on AI-trainer certificate scams quoting scam numbers")

# ======================= gov =======================
page("/gov/index.html", "江安市人力资源和社会保障局", "<p>通知公告 · 政策解读 · 人社服务热线 12333</p>", note="government site index")
page("/gov/tzgg/0325.html", "关于谨防“人工智能训练师”等山寨证书诈骗的提示",
     "<p>近期我局接到群众反映,有不法分子冒用人社部门名义,以“免考拿证”“包过”推销人工智能训练师证书,涉及电话 17085216634、QQ 3029581746。</p>"
     "<p>提醒:人社部门不直接颁发职业技能等级证书,证书可在 zscx.osta.org.cn 查询,评价机构可在 osta.mohrss.gov.cn 查询,山寨证书声明见 cpta.com.cn。咨询请拨 12333,消费投诉 12315,反诈 96110。</p>",
     note="official warning notice quoting fraud numbers and official hotlines")

# ======================= college =======================
page("/college/index.html", "重庆渝新职业技术学院", "<p>学院新闻 · 继续教育 · 招生就业</p>", note="college site index")
page("/college/jxjy/ait-rd.html", "继续教育学院:2026年人工智能训练师(四级)社会化认定报名通知",
     "<p>我院为备案的职业技能等级认定机构。认定费 430 元/人次,理论与技能考核均达60分为合格。证书可在 jndj.osta.org.cn、zscx.osta.org.cn 查询。"
     "补贴政策请咨询 12333。</p><p>报名咨询:023-65928810 · jxjy@cqyxzy.edu.cn</p>",
     True, "I06", "重庆渝新职业技术学院继续教育学院",
     [("phone", "023-65928810", "023-65928810"), ("email", "jxjy@cqyxzy.edu.cn", "jxjy@cqyxzy.edu.cn")],
     "independent honest college evaluation sign-up notice")

# ---------- decoys ----------
DECOYS = [
 ("hotline", "phone", "12333", ["12333"], "national 人社 service hotline"),
 ("hotline", "phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("hotline", "phone", "12377", ["12377"], "national harmful-information report hotline"),
 ("hotline", "phone", "96110", ["96110"], "anti-fraud hotline"),
 ("official_site", "domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("official_site", "domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("official_site", "domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
 ("official_site", "domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心, 山寨证书 notices"),
 ("platform", "phone", "4008206655", ["400-820-6655"], "marketplace 课帮 customer service in footer"),
 ("platform", "email", "kefu@kebang.com.cn", ["kefu@kebang.com.cn"], "marketplace customer-service e-mail in footer"),
 ("platform", "domain", "kebang.com.cn", ["kebang.com.cn"], "marketplace own domain in footer"),
 ("platform", "uscc", KB_USCC, [KB_USCC], "marketplace operator's licence in footer"),
 ("platform", "other", "沪ICP备19023571号", ["沪ICP备19023571号-2"], "marketplace ICP number"),
 ("platform", "qq_group", "583920147", ["583920147"], "forum's own site-feedback QQ group"),
 ("platform", "domain", "kaozheng8.net", ["kaozheng8.net"], "forum's own domain"),
 ("platform", "phone", "4006901588", ["400-690-1588"], "classifieds platform customer service"),
 ("platform", "domain", "tongchengyb.com", ["tongchengyb.com"], "classifieds platform domain"),
 ("platform", "email", "jubao@zhiwen.cn", ["jubao@zhiwen.cn"], "Q&A platform report e-mail"),
 ("platform", "email", "copyright@weiwenzhai.com", ["copyright@weiwenzhai.com"], "repost site copyright e-mail"),
 ("platform", "phone", "010-58902233", ["010-58902233"], "video platform report line"),
 ("warning", "phone", "+8617085216634", ["170 8521 6634", "170-8521-6634", "17085216634"], "scammer number quoted in warnings, news, complaints and anti-fraud notices"),
 ("warning", "qq", "3029581746", ["3029581746"], "scammer QQ quoted in warnings and news"),
 ("number_shape", "other", "15720250618", ["15720250618"], "exam batch number shaped like a mobile, shared by two trainers of the same batch"),
 ("number_shape", "other", "18620230512", ["18620230512"], "sample certificate number shaped like a mobile, copied by two scammers"),
 ("placeholder", "phone", "+8613800138000", ["13800138000"], "template placeholder in lead forms"),
 ("third_party", "phone", "0571-87760213", ["0571-87760213"], "front desk of the exam venue building"),
 ("reader", "qq", "2745190386", ["2745190386"], "a reader's own QQ left in comments"),
]

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    # root navigation page
    sites = list(SITES)
    root_body = "<ul>" + "".join('<li><a href="%s/index.html">%s(%s)</a></li>' % (s, SITES[s]["name"], SITES[s]["style"]) for s in sites) + "</ul>"
    html = {}
    for p in PAGES:
        html[p["path"]] = frame(p, PAGES)
    # site index pages link every page of their site
    for s in sites:
        ip = "/%s/index.html" % s
        links = "".join('<li><a href="%s">%s</a></li>' % (rel(ip, q["path"]), q["title"]) for q in PAGES
                        if site_of(q["path"]) == s and q["path"] != ip)
        html[ip] = html[ip].replace("</main>", "<ul class=\"list\">%s</ul></main>" % links)
    html["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网站导航</title></head>"
                           "<body><h1>网站导航</h1>%s</body></html>\n" % root_body)
    for path, h in sorted(html.items()):
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                   note="navigation page linking every site's index")]
    for p in PAGES:
        tpages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                           identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for typ, kind, value, written, why in DECOYS:
        pages = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why, type=typ))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
