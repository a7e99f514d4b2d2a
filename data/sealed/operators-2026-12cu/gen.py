#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers: site/ and truth.json.
Standard library only, deterministic."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(s8))
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix2, region6, org8):
    s17 = prefix2 + region6 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(s17)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC = {
    "U01": uscc("91", "330106", "MA2H7K3Q"),
    "U02": uscc("91", "110108", "MA01R8DW"),
    "U03": uscc("52", "330104", "MJ9A3071"),
    "U08": uscc("91", "110105", "MA04C6LT"),
    "I05": uscc("52", "320102", "MJ5621840"[:8]),
}

# ---------------------------------------------------------------- recording
PAGES = {}      # path -> dict
DECOYS = {}     # key -> dict
CUR = {}

DECOY_DEF = {
    "h12333": ("phone", "12333", "人社部门全国统一咨询热线,任何人都可引用"),
    "h12315": ("phone", "12315", "市场监管投诉举报热线"),
    "h12345": ("phone", "12345", "政务服务便民热线"),
    "osta": ("domain", "osta.org.cn", "官方技能人才评价证书查询网站"),
    "mohrss": ("domain", "mohrss.gov.cn", "人社部官网域名"),
    "cpta": ("domain", "cpta.com.cn", "人事考试中心官网,山寨证书声明栏目"),
    "kt_tel": ("phone", "4008206636", "课程平台学堂云集自己的客服电话,页脚出现在所有卖家页面"),
    "kt_mail": ("email", "kefu@xuetangyunji.com", "课程平台客服邮箱"),
    "kt_icp": ("other", "沪ICP备19032117号-2", "课程平台的ICP备案号"),
    "kt_dom": ("domain", "xuetangyunji.com", "课程平台自身域名"),
    "bbs_qqg": ("qq_group", "613020588", "论坛站务QQ群,所有帖子页脚"),
    "bbs_icp": ("other", "浙ICP备17045521号-1", "论坛ICP备案号"),
    "fl_tel": ("phone", "4001558858", "分类信息网客服电话"),
    "fl_lic": ("other", "浙B2-20180932", "分类信息网增值电信业务经营许可证"),
    "fl_dom": ("domain", "bxxxg.com", "分类信息网自身域名"),
    "wd_mail": ("email", "report@wenzhidao.com", "问答平台举报邮箱"),
    "wx_mail": ("email", "tousu@wxwzjh.cn", "公众号文章聚合站的侵权投诉邮箱"),
    "dy_tel": ("phone", "4001060990", "短视频平台客服电话"),
    "dy_icp": ("other", "京ICP备20011457号-8", "短视频平台ICP备案号"),
    "news_tel": ("phone", "0571-85311010", "都市报新闻热线,被投诉帖引用"),
    "scam_tel": ("phone", "+8617283049516", "新闻、通报和投诉中点名的骗子电话,不属于本网任何卖家"),
    "scam_dom": ("domain", "zgzs-cx.net", "通报中被关停的假证书查询网站"),
    "batch": ("other", "13320260418", "浙江省统一认定批次号,形似手机号,多家机构引用"),
    "order": ("other", "18820260227", "投诉人的订单号,形似手机号,在论坛和问答中各出现一次"),
    "tpl_tel": ("phone", "+8613800138000", "模板占位手机号(发布须知/表单示例)"),
    "tpl_mail": ("email", "xxx@qq.com", "注册框中的占位邮箱"),
    "venue": ("phone", "0571-87759200", "文三路数码大厦前台电话,多家机构同楼办公"),
    "reader_wx": ("wechat", "yuer_0612", "读者在评论里留下的自己的微信"),
    "reader_qq": ("qq", "971503226", "网友在评论区留的自己的QQ"),
}

def begin(path, site, is_offer, operator, provider, note):
    CUR.clear()
    CUR.update(path=path, site=site, is_offer=is_offer, operator=operator,
               provider=provider, note=note, ids=[])

def I(kind, value, written):
    """a seller identifier written on the current page"""
    if [kind, value, written] not in CUR["ids"]:
        CUR["ids"].append([kind, value, written])
    return written

def D(key, written):
    kind, value, why = DECOY_DEF[key]
    d = DECOYS.setdefault(key, {"kind": kind, "value": value, "written": [], "pages": [], "why": why})
    if written not in d["written"]:
        d["written"].append(written)
    if CUR["path"] not in d["pages"]:
        d["pages"].append(CUR["path"])
    return written

# ---------------------------------------------------------------- site frames
SITES = {
    "zhixue": ("company", "智学未来AI职业教育", "www.zhixueweilai.com"),
    "hongtu": ("company", "鸿途职教", "www.hongtuzhijiao.cn"),
    "kt": ("marketplace", "学堂云集", "www.xuetangyunji.com"),
    "bbs": ("forum", "钱江职场人论坛", "bbs.qjzcr.com"),
    "fenlei": ("classifieds", "百姓信息港", "www.bxxxg.com"),
    "wenda": ("qa", "问知道", "www.wenzhidao.com"),
    "wx": ("wxrepost", "微文摘聚合", "www.wxwzjh.cn"),
    "dy": ("video", "快刷视频", "www.kuaishua.tv"),
    "news": ("news", "江南都市网", "www.jndsw.com.cn"),
    "college": ("college", "浙江信息工程职业学院", "www.zjxgy.edu.cn"),
    "gov": ("gov", "临江市人力资源和社会保障局", "rsj.linjiang.gov.cn"),
}
SITE_PAGES = {k: [] for k in SITES}

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def footer(site):
    st, name, dom = SITES[site]
    if site == "zhixue":
        return ("<p>智学未来(杭州)教育科技有限公司 版权所有 · 全国咨询热线 400-617-8520 · 浙ICP备20033619号-1</p>"
                "<p>地址:杭州市西湖区西溪路 556 号蚂蚁小镇 7 幢</p>")
    if site == "hongtu":
        return ("<p>北京鸿途职业技能培训有限公司 © 2019-2026 · 服务热线 400-090-1818 · 京ICP备19054102号-3</p>"
                "<p>京公网安备 11010802031544 号</p>")
    if site == "kt":
        return ("<p>学堂云集 · 让学习更简单 | 客服热线:%s(9:00-21:00) | 客服邮箱:%s</p>"
                "<p>%s | %s © 2016-2026 上海云集网络科技有限公司</p>"
                % (D("kt_tel", "400-820-6636"), D("kt_mail", "kefu@xuetangyunji.com"),
                   D("kt_icp", "沪ICP备19032117号-2"), D("kt_dom", "www.xuetangyunji.com")))
    if site == "bbs":
        return ("<p>钱江职场人论坛 · 站务QQ群:%s · 版主招募中 · 广告合作请发站内信</p>"
                "<p>Powered by Discuz! X3.4 · %s · 本帖内容仅代表作者观点</p>"
                % (D("bbs_qqg", "613020588"), D("bbs_icp", "浙ICP备17045521号-1")))
    if site == "fenlei":
        return ("<p>百姓信息港(%s) 客服电话 %s · 信息由用户自行发布,交易前请核实对方资质,谨防诈骗</p>"
                "<p>增值电信业务经营许可证:%s · 浙ICP备16020318号</p>"
                % (D("fl_dom", "bxxxg.com"), D("fl_tel", "400-155-8858"), D("fl_lic", "浙B2-20180932")))
    if site == "wenda":
        return ("<p>问知道 · 知识问答社区 | 违法和不良信息举报:%s | 京ICP备18077410号</p>"
                % D("wd_mail", "report@wenzhidao.com"))
    if site == "wx":
        return ("<p>本站文章转载自微信公众号,版权归原作者所有;侵权请联系 %s 删除 · 粤ICP备21017733号</p>"
                % D("wx_mail", "tousu@wxwzjh.cn"))
    if site == "dy":
        return ("<p>快刷视频 · 记录美好生活 | 用户服务热线 %s | %s | 网络文化经营许可证 京网文〔2021〕1873-092号</p>"
                % (D("dy_tel", "400-106-0990"), D("dy_icp", "京ICP备20011457号-8")))
    if site == "news":
        return ("<p>江南都市网 · 新闻热线:%s · 违法和不良信息举报 · 浙ICP备09012311号</p>"
                % D("news_tel", "0571-85311010"))
    if site == "college":
        return ("<p>浙江信息工程职业学院继续教育学院 · 地址:杭州市滨江区江南大道 3988 号 · 电话 0571-88206412 · 浙ICP备05007160号</p>")
    if site == "gov":
        return ("<p>主办:临江市人力资源和社会保障局 · 网站标识码 3310000021 · 浙ICP备12034556号 · 浙公网安备 33100202000211号</p>"
                "<p>政务服务便民热线:%s</p>" % D("h12345", "12345"))

MENUS = {
    "company": ["首页", "课程中心", "证书查询", "师资团队", "学员风采", "关于我们"],
    "marketplace": ["首页", "职业技能", "IT互联网", "考证", "语言", "兴趣"],
    "forum": ["论坛首页", "职场交流", "考证培训", "求职招聘", "杭城生活"],
    "classifieds": ["首页", "教育培训", "招聘", "二手", "房产", "本地服务"],
    "qa": ["首页", "热门问题", "教育", "职场", "我要提问"],
    "wxrepost": ["首页", "教育", "职场", "科技", "热文榜"],
    "video": ["推荐", "关注", "知识", "同城", "直播"],
    "news": ["首页", "本地", "民生", "教育", "财经", "曝光台"],
    "college": ["学院首页", "学院概况", "继续教育", "招生信息", "社会培训", "通知公告"],
    "gov": ["首页", "政务公开", "办事服务", "通知公告", "政策解读", "互动交流"],
}

SIDEBARS = {
    "kt": "<h3>买课须知</h3><p>平台仅提供课程展示与交易服务,证书由课程方或评价机构颁发,以官方查询结果为准。</p><form><label>手机号</label><input name='m' placeholder='请输入手机号'> <span>(如%s)</span></form>",
    "bbs": "<h3>快速注册</h3><p>邮箱:<input placeholder='邮箱'> 例:%s</p><p>版规:禁止发布办证、代考、包过类广告,违者封号。</p>",
    "fenlei": "<h3>发布须知</h3><p>联系方式请按格式填写,如 %s;请勿发布虚假证书信息。</p>",
    "wenda": "<h3>相关话题</h3><p>#考证 #人工智能 #职业技能等级证书</p>",
    "wx": "<h3>热文榜</h3><p>1. 2026年起这些证书不再认可? 2. 新职业汇总 3. 技能补贴怎么领</p>",
    "dy": "<h3>相关推荐</h3><p>#AI训练师 #副业 #考证</p>",
    "news": "<h3>曝光台</h3><p>有线索请拨打新闻热线或发送邮件至本网。</p>",
    "college": "<h3>快速通道</h3><p>成人学历 · 社会培训 · 技能认定 · 校友服务</p>",
    "gov": "<h3>办事服务</h3><p>技能补贴申领 · 证书查询 · 就业登记 · 社保查询</p>",
    "zhixue": "<h3>热门课程</h3><p>人工智能训练师四级 · 三级 · 数据标注实战 · 提示词工程</p>",
    "hongtu": "<h3>在线报名</h3><p>姓名 <input> 电话 <input> <button>提交</button></p>",
}

def sidebar(site):
    s = SIDEBARS[site]
    if site == "kt":
        return s % D("tpl_tel", "13800138000")
    if site == "bbs":
        return s % D("tpl_mail", "xxx@qq.com")
    if site == "fenlei":
        return s % D("tpl_tel", "138 0013 8000")
    return s

def end(title, crumbs, body, comments=""):
    path, site = CUR["path"], CUR["site"]
    st, name, dom = SITES[site]
    menu = "".join("<a href='/%s/index.html'>%s</a> " % (site, m) for m in MENUS[st])
    crumb = " &gt; ".join(["<a href='/%s/index.html'>%s</a>" % (site, name)] + [esc(c) for c in crumbs])
    html = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title>"
            "<meta name='viewport' content='width=device-width'></head>\n"
            "<body class='%s'><div class='top'><span class='logo'>%s</span> <nav>%s</nav></div>\n"
            "<div class='crumbs'>当前位置:%s</div>\n<div class='main'>%s%s</div>\n"
            "<aside>%s<div class='related'><h3>相关链接</h3>{{RELATED}}</div></aside>\n"
            "<footer>%s</footer></body></html>\n"
            % (esc(title), name, st, name, menu, crumb, body, comments, sidebar(site), footer(site)))
    PAGES[path] = {"path": path, "site": site, "style": st, "is_offer": CUR["is_offer"],
                   "operator": CUR["operator"], "provider": CUR["provider"],
                   "identifiers": list(CUR["ids"]), "note": CUR["note"], "title": title, "html": html}
    if path != "/%s/index.html" % site:
        SITE_PAGES[site].append(path)

def cm(items):
    return "<div class='comments'><h3>评论</h3>" + "".join(
        "<div class='c'><b>%s</b>:%s</div>" % (u, t) for u, t in items) + "</div>"

# ================================================================= U01 智学未来 (national brand)
begin("/zhixue/course/ai-trainer-4.html", "zhixue", True, "U01", "智学未来AI职业教育",
      "national online brand: AI trainer level 4 course page with price and subsidy")
end("人工智能训练师(四级/中级工)培训课程", ["课程中心", "人工智能训练师四级"], """
<h1>人工智能训练师(四级/中级工)线上+线下培训班</h1>
<p>职业编码 4-04-05-05,依据《人工智能训练师国家职业技能标准(2021年版)》开展培训,课程覆盖数据采集和处理、数据标注、智能系统运维。</p>
<ul><li>课时:50 学时(线上 30 + 实训 20)</li><li>学费:¥2680,符合条件的参保学员可申领失业保险技能提升补贴最高 1500 元</li>
<li>认定:由备案的第三方评价机构组织认定,合格者获发职业技能等级证书,可在技能人才评价证书全国联网查询平台查询</li>
<li>报名条件:累计从事本职业或相关职业工作满 6 年,或取得五级证书后从事本职业 4 年,或相关专业中职/技校毕业</li></ul>
<p>课程顾问热线:%s(工作日 9:00-18:00) · 官网 %s</p>
<p>主办单位:智学未来(杭州)教育科技有限公司 统一社会信用代码 %s</p>
""" % (I("phone", "4006178520", "400-617-8520"), I("domain", "zhixueweilai.com", "www.zhixueweilai.com"),
       I("uscc", USCC["U01"], USCC["U01"])))

begin("/zhixue/course/ai-trainer-3.html", "zhixue", True, "U01", "智学未来AI职业教育",
      "national online brand: AI trainer level 3 course, no price, consult by WeChat")
end("人工智能训练师三级(高级工)认证班", ["课程中心", "人工智能训练师三级"], """
<h1>人工智能训练师三级(高级工)· 2026 春季班</h1>
<p>面向已取得四级证书、从事数据标注/算法测试相关工作的学员。课程包括业务分析、智能训练、智能系统设计、培训与指导,约 40 学时,理论 30%% + 实操 70%%。</p>
<p>三级证书可用于部分城市人才积分与技能补贴申领(最高 2000 元,以当地政策为准)。</p>
<p>价格请咨询课程顾问:<a href="%s">一键拨打</a> · 添加顾问微信 %s 获取课表与报名表</p>
""" % (I("phone", "4006178520", "tel:4006178520"), I("wechat", "zxwl-ai01", "zxwl-ai01")))

# ================================================================= U02 鸿途职教 (national brand, aggressive)
begin("/hongtu/zhuanti/rgzn.html", "hongtu", True, "U02", "鸿途职教",
      "national brand special page: three levels together, misleading 人社部颁发 and 零基础 claims")
end("人工智能训练师报考专题", ["专题", "人工智能训练师"], """
<h1>人社部新职业 · 人工智能训练师 报考专题</h1>
<p>国家人社部颁发证书,全国通用,<b>零基础可报,不限学历、不限经验</b>!五级/四级/三级三证联报享优惠价 ¥4980(单报三级 ¥2980)。</p>
<p>证书 %s 官网可查,可用于积分落户、评职称、领补贴。过不了免费重修,通过率高达 98%%。</p>
<p>全国招生热线:%s · 招生邮箱:%s</p>
<p>北京鸿途职业技能培训有限公司(统一社会信用代码 %s)</p>
""" % (D("osta", "zscx.osta.org.cn"), I("phone", "4000901818", "400-090-1818"),
       I("email", "zhaosheng@hongtuzhijiao.cn", "zhaosheng@hongtuzhijiao.cn"), I("uscc", USCC["U02"], USCC["U02"])))

begin("/hongtu/news/baoming-2026.html", "hongtu", True, "U02", "鸿途职教",
      "national brand: exam sign-up notice for June 2026, deadline pressure")
end("2026年6月人工智能训练师考试报名通知", ["新闻动态", "报名通知"], """
<h1>2026年6月人工智能训练师考试报名即将截止</h1>
<p>本期报名截止 5 月 20 日,名额有限,报满即止。线上刷课 + 线上考试,最快 30 天拿证。</p>
<p>报名流程:提交身份证正反面、学历证明、一寸白底照片 → 缴费 → 开通学习账号。</p>
<p>招生老师:%s(微信同号) · 全国热线 %s</p>
""" % (I("phone", "+8613968123407", "139-6812-3407"), I("phone", "4000901818", "4000901818")))

# ================================================================= U03 钱塘数智 (local school, honest)
begin("/fenlei/px/3391027.html", "fenlei", True, "U03", "钱塘数智职业技能培训学校",
      "classified ad by a Hangzhou private school: level 5/4 classes, subsidy explained, batch number quoted")
end("杭州人工智能训练师五级/四级培训 周末班 可申领补贴", ["教育培训", "职业技能", "杭州"], """
<h1>杭州人工智能训练师五级/四级培训 周末班 可申领补贴</h1>
<table><tr><td>机构</td><td>钱塘数智职业技能培训学校(民办)</td></tr>
<tr><td>区域</td><td>杭州 西湖区 文三路</td></tr><tr><td>价格</td><td>五级 1680 元 / 四级 2280 元</td></tr></table>
<p>本校为人社部门批准的民办职业培训学校,统一社会信用代码 %s。学员参加本省第三方评价机构组织的认定,本期对应 %s 认定批次。参保满一年可申领技能提升补贴(五级 1000 元、四级 1500 元)。</p>
<p>报名条件请对照国家职业技能标准,不符合条件的我们不收。证书可在 %s 查询,政策咨询可拨 %s。</p>
<p>联系电话:%s / %s(张老师)</p>
""" % (I("uscc", USCC["U03"], USCC["U03"]), D("batch", "批次号 13320260418"), D("osta", "www.osta.org.cn"),
       D("h12333", "12333"), I("phone", "0571-86931250", "0571-86931250"), I("phone", "+8615867109382", "15867109382")))

begin("/bbs/thread-21044-1-1.html", "bbs", True, "U03", "钱塘数智培训",
      "forum post by the school's teacher promoting weekend class, QQ group")
end("[培训] 文三路人工智能训练师周末班开课了,欢迎交流", ["考证培训", "帖子"], """
<div class='post'><div class='author'>楼主:qtsz_张老师 | 注册:2023-05-11 | 积分 326</div>
<h1>[培训] 文三路人工智能训练师周末班开课了,欢迎交流</h1>
<p>我们是钱塘数智,做数据标注和人工智能训练师培训三年了。五级、四级都有,严格按申报条件审核,不包过,但老师会一直带到你认定考试。</p>
<p>想了解的可以加交流群 QQ群:%s,或者直接电话 %s。</p></div>
""" % (I("qq_group", "745120336", "745120336"), I("phone", "+8615867109382", "158 6710 9382")),
    cm([("西溪打工人", "请问五级要工作证明吗?"), ("qtsz_张老师", "需要单位出具一年相关工作证明或学徒期满证明。")]))

begin("/wx/a/Hq81Lm.html", "wx", True, "U03", "钱塘数智",
      "WeChat article repost: the school's enrolment brochure with venue front-desk number")
end("钱塘数智 | 2026年人工智能训练师招生简章", ["教育", "文章"], """
<h1>钱塘数智 | 2026年人工智能训练师招生简章</h1><p class='meta'>原创 钱塘数智职业培训 2026-03-02</p>
<p>一、培训等级:五级(初级工)、四级(中级工)。二、课时:五级 60 学时,四级 50 学时。三、费用:详询招生办。</p>
<p>四、上课地点:杭州市西湖区文三路 259 号数码大厦 11 楼(到访请先在大厦前台 %s 登记)。</p>
<p>五、咨询:%s;学员交流群 %s。人社政策可咨询 %s。</p>
""" % (D("venue", "0571-87759200"), I("phone", "0571-86931250", "(0571)8693 1250"),
       I("qq_group", "745120336", "745 120 336"), D("h12333", "12333")))

# ================================================================= U04 鹏城智训 (Shenzhen school)
begin("/kt/course/11022.html", "kt", True, "U04", "鹏城智训教育",
      "marketplace course by a Shenzhen school, level 4 with live classes")
end("人工智能训练师四级直播课【鹏城智训】", ["考证", "人工智能训练师"], """
<h1>人工智能训练师四级直播课【鹏城智训】</h1><p class='price'>¥1999 <s>¥3299</s> · 已报名 1,204 人 · 评分 4.7</p>
<p>机构:鹏城智训教育(深圳)。直播 + 录播 50 课时,含数据标注实操平台账号 6 个月。课程结束后协助报名第三方评价机构认定。</p>
<p>课程咨询:%s · QQ:%s</p>
""" % (I("phone", "+8613652418870", "136-5241-8870"), I("qq", "2853301746", "2853301746")))

begin("/fenlei/px/3391544.html", "fenlei", True, "U04", "深圳鹏城智训",
      "classified ad of the Shenzhen school: weekend offline class, email for brochure")
end("深圳 人工智能训练师培训 五级四级 南山线下班", ["教育培训", "职业技能", "深圳"], """
<h1>深圳 人工智能训练师培训 五级四级 南山线下班</h1>
<table><tr><td>机构</td><td>深圳鹏城智训</td></tr><tr><td>区域</td><td>深圳 南山 科技园</td></tr><tr><td>价格</td><td>面议</td></tr></table>
<p>小班教学,每班不超过 25 人,企业真实标注项目实训。深圳户籍或社保满一年可申请补贴。</p>
<p>电话 %s 微信同号;要招生简章请发邮件 %s</p>
""" % (I("phone", "+8613652418870", "13652418870"), I("email", "pczx2024@163.com", "pczx2024@163.com")))

begin("/wenda/q/88341.html", "wenda", True, "U04", "鹏城智训 陈老师",
      "Q&A answer by the school's teacher with contacts (answer-advertising)")
end("深圳哪里可以考人工智能训练师?", ["教育", "问题"], """
<div class='q'><h1>深圳哪里可以考人工智能训练师?</h1><p>提问者:匿名用户 · 2026-02-19</p></div>
<div class='a'><b>鹏城智训陈老师</b>(认证:教育从业者)<p>深圳本地有第三方评价机构组织认定,先参加培训再统一报名。四级要满足工作年限或中职相关专业毕业条件。我们这边南山有班,有问题可以扣扣 %s 或者薇:%s 问我。</p></div>
<div class='a'><b>路过的HR</b><p>先去 %s 看看你想报的机构有没有备案。</p></div>
""" % (I("qq", "2853301746", "2853301746"), I("wechat", "pczx2024", "pczx2024"), D("osta", "osta.org.cn")))

begin("/dy/video/7392810.html", "dy", True, "U04", "鹏城智训·AI训练师",
      "short-video page of the school, phone written in Chinese numerals to dodge filters")
end("深圳AI训练师四级周末班实拍", ["知识", "视频"], """
<div class='video'><h1>深圳AI训练师四级周末班实拍 #人工智能训练师 #深圳考证</h1><p>@鹏城智训·AI训练师 · 3.2万 播放 · 2026-03-09</p>
<p>简介:带大家看看我们的标注实训课~报名看主页,电话 %s,vx %s</p></div>
""" % (I("phone", "+8613652418870", "一三六 五二四一 八八七〇"), I("wechat", "pczx2024", "pczx2024")),
    cm([("深漂小王", "四级多少钱"), ("阿杰", "求带!我Q %s" % D("reader_qq", "971503226"))]))

# ================================================================= U05 蓉城技能 (Chengdu)
begin("/fenlei/px/3395002.html", "fenlei", True, "U05", "蓉城技能培训中心",
      "Chengdu classified: level 5 to 3 courses, 成都 points promise, price listed")
end("成都人工智能训练师培训 三级可加积分 报名中", ["教育培训", "职业技能", "成都"], """
<h1>成都人工智能训练师培训 三级可加积分 报名中</h1>
<table><tr><td>机构</td><td>蓉城技能培训中心</td></tr><tr><td>区域</td><td>成都 武侯区</td></tr><tr><td>价格</td><td>五级 1280 / 四级 1880 / 三级 2680</td></tr></table>
<p>四级可加居住证积分 20 分,三级 30 分(以当年政策为准)。补贴政策可拨打 %s 核实。</p>
<p>咨询:%s 刘老师 %s</p>
""" % (D("h12333", "12333"), I("phone", "028-85126633", "028-85126633"), I("phone", "+8618180627755", "181 8062 7755")))

begin("/wx/a/Pp02Wd.html", "wx", True, "U05", "蓉城启航教育",
      "WeChat repost by the Chengdu operator under another brand, transfer payee given")
end("蓉城启航 | 人工智能训练师春季班最后 8 个名额", ["职场", "文章"], """
<h1>蓉城启航 | 人工智能训练师春季班最后 8 个名额</h1><p class='meta'>蓉城启航教育 2026-03-15</p>
<p>春季班 3 月 28 日开课,线下实训 + 线上刷题,四级通过率 92%%(2025 年秋季班数据)。</p>
<p>对公转账:收款账户名 %s,开户行 成都银行武侯支行。转账后请备注姓名+等级并联系 %s。</p>
""" % (I("other", "成都蓉城启航教育咨询有限公司", "成都蓉城启航教育咨询有限公司"),
       I("phone", "+8618180627755", "+86-181-8062-7755")))

begin("/dy/video/7396544.html", "dy", True, "U05", "蓉城技能小刘老师",
      "short video by the Chengdu operator's teacher, landline written with spaces")
end("三分钟讲清楚人工智能训练师怎么报", ["知识", "视频"], """
<div class='video'><h1>三分钟讲清楚人工智能训练师怎么报 #成都考证</h1><p>@蓉城技能小刘老师 · 1.1万 播放</p>
<p>简介:五级需要一年相关工作经历哦~成都的朋友报名咨询 %s 或 v:%s</p></div>
""" % (I("phone", "028-85126633", "028 8512 6633"), I("wechat", "rcjn028", "rcjn028")))

# ================================================================= U06 李老师 (individual agent, scam)
begin("/bbs/thread-20931-1-1.html", "bbs", True, "U06", "李老师(证书咨询)",
      "forum post by individual agent: 包过, 免考, level 2 to beginners")
end("人工智能训练师二级/三级 免考包过 全国可查", ["考证培训", "帖子"], """
<div class='post'><div class='author'>楼主:证书李老师 | 注册:2026-01-03 | 积分 12</div>
<h1>人工智能训练师二级/三级 免考包过 全国可查</h1>
<p>人社部备案证书,零基础不用上课,提交资料 45 天下证,<b>包过,不过全退</b>。二级技师 3800,三级 2600,两个一起报 5500。</p>
<p>名额不多,要的抓紧。薇 %s 扣扣:%s</p></div>
""" % (I("wechat", "li_teacher_ai", "li_teacher_ai"), I("qq", "3120458769", "3120458769")),
    cm([("小鱼", "真的假的,求资料,我微信 %s" % D("reader_wx", "yuer_0612")), ("老版主", "这种帖子大家注意甄别,证书去官网查。")]))

begin("/fenlei/px/3392210.html", "fenlei", True, "U06", "人工智能训练师报名处",
      "classified ad by the same agent under a generic name: 不限学历 三证联报")
end("人工智能训练师报名 不限学历 三证联报 下证快", ["教育培训", "职业技能", "全国"], """
<h1>人工智能训练师报名 不限学历 三证联报 下证快</h1>
<table><tr><td>联系人</td><td>李老师</td></tr><tr><td>价格</td><td>五级 980 起</td></tr></table>
<p>全国统一报名,国家认可,可挂靠,一年挂证收入 2 万+。不限年龄不限学历,无门槛。</p>
<p>电话:%s 微信:%s</p>
""" % (I("phone", "+8617706513928", "177 0651 3928"), I("wechat", "li_teacher_ai", "li_teacher_ai")))

begin("/wenda/q/88502.html", "wenda", True, "U06", "李老师",
      "Q&A answer by the agent: claims 人社部颁发, gives full-width phone")
end("人工智能训练师证书是国家承认的吗?", ["职场", "问题"], """
<div class='q'><h1>人工智能训练师证书是国家承认的吗?</h1><p>提问者:想转行的小陈 · 2026-03-01</p></div>
<div class='a'><b>证书李老师</b><p>是的,人社部颁发的国家职业资格证书,含金量很高。我这边可以直接报,包过。Q:%s 电话 %s</p></div>
<div class='a'><b>匿名用户</b><p>现在这是职业技能等级证书,不是人社部颁发的,别信包过。</p></div>
""" % (I("qq", "3120458769", "3120458769"), I("phone", "+8617706513928", "１７７０６５１３９２８")))

# ================================================================= U07 王姐 (certificate agent, scam)
begin("/bbs/thread-21510-1-1.html", "bbs", True, "U07", "王姐证书代办",
      "forum post: certificate agent, no training, e-mail spelled out")
end("各类证书加急代办 人工智能训练师 当月出证", ["考证培训", "帖子"], """
<div class='post'><div class='author'>楼主:王姐证书 | 注册:2025-11-20</div>
<h1>各类证书加急代办 人工智能训练师 当月出证</h1>
<p>不用培训,不用到场,提供身份证照片就行,当月出证,入库可查。人工智能训练师三级 1800。</p>
<p>加群%s 了解,资料发邮箱 %s</p></div>
""" % (I("qq_group", "839271605", "839271605"), I("email", "wangjie_zs@126.com", "wangjie_zs艾特126点com")))

begin("/fenlei/px/3393018.html", "fenlei", True, "U07", "证书加急代办",
      "classified ad by the same agent: payee name and mobile")
end("证书加急 人工智能训练师 数据标注员 速办", ["教育培训", "职业技能", "杭州"], """
<h1>证书加急 人工智能训练师 数据标注员 速办</h1>
<table><tr><td>联系人</td><td>王女士</td></tr><tr><td>价格</td><td>电议</td></tr></table>
<p>速成拿证,先付一半定金,出证后付尾款。定金请转 支付宝 收款人:%s</p>
<p>电话 %s</p>
""" % (I("other", "王丽娟", "王丽娟"), I("phone", "+8615057762219", "150-5776-2219")))

begin("/dy/video/7393377.html", "dy", True, "U07", "王姐说证书",
      "short video by the agent: QQ group with dashes, payee")
end("这几个证书今年必须拿", ["知识", "视频"], """
<div class='video'><h1>这几个证书今年必须拿!人工智能训练师排第一 #考证 #副业</h1><p>@王姐说证书 · 8.7万 播放</p>
<p>简介:不培训直接出证,需要的进Q群 %s,付款认准收款人 %s,电话 %s</p></div>
""" % (I("qq_group", "839271605", "839-271-605"), I("other", "王丽娟", "王丽娟"), I("phone", "+8615057762219", "15057762219")),
    cm([("打工人阿伟", "我Q %s 带带我" % D("reader_qq", "971503226"))]))

# ================================================================= U08 中科智培 (fake issuer + fake query site)
begin("/kt/course/11260.html", "kt", True, "U08", "中科智培AI认证",
      "marketplace course by a company with state-sounding name, fake query site")
end("人工智能训练师高级证书(中科智培认证)", ["考证", "人工智能训练师"], """
<h1>人工智能训练师高级证书(中科智培认证)</h1><p class='price'>¥3980 · 已报名 356 人</p>
<p>国家级权威认证,中国人工智能人才库入库,证书全国联网查询:%s。线上 7 天速成,考试不过不收费。</p>
<p>报名咨询 %s</p>
""" % (I("domain", "zkzp-cx.com", "www.zkzp-cx.com"), I("phone", "+8618610372254", "186 1037 2254")))

begin("/fenlei/px/3394120.html", "fenlei", True, "U08", "中科智培(北京)人工智能认证中心",
      "classified ad: 'national' centre that is a 91 company, USCC shown")
end("中科智培人工智能认证中心 全国招生 官方认证", ["教育培训", "职业技能", "北京"], """
<h1>中科智培人工智能认证中心 全国招生 官方认证</h1>
<table><tr><td>机构</td><td>中科智培(北京)人工智能认证中心</td></tr><tr><td>价格</td><td>3980 元/证</td></tr></table>
<p>官方指定考点,命题组老师授课,证书由国家人工智能认证中心颁发,统一社会信用代码 %s。</p>
<p>电话:%s</p>
""" % (I("uscc", USCC["U08"], USCC["U08"]), I("phone", "+8618610372254", "18610372254")))

begin("/wx/a/Kc55Ra.html", "wx", True, "U08", "国培中科人工智能研究院",
      "WeChat repost of the same operator under a third brand: query domain and WeChat")
end("重磅!人工智能训练师证书纳入国家人才库", ["科技", "文章"], """
<h1>重磅!人工智能训练师证书纳入国家人才库</h1><p class='meta'>国培中科人工智能研究院 2026-02-27</p>
<p>即日起,经本院培训考核合格者颁发《人工智能训练师》高级证书,录入国家人才库,可登录 %s 查询。</p>
<p>报名请加招生老师微信 %s(备注:训练师)。主办单位信用代码:%s</p>
""" % (I("domain", "zkzp-cx.com", "zkzp-cx.com"), I("wechat", "zkzp_kefu", "zkzp_kefu"), I("uscc", USCC["U08"], USCC["U08"])))

begin("/dy/video/7394001.html", "dy", True, "U08", "AI证书官方认证中心",
      "short video: 原价9999限时 pitch, WeChat only")
end("AI训练师证书原价9999 今天限时", ["知识", "视频"], """
<div class='video'><h1>AI训练师证书原价9999 今天限时 #人工智能 #拿证</h1><p>@AI证书官方认证中心 · 12.4万 播放</p>
<p>简介:90%%小白都能学会,拿证升职加薪!扫码或加 vx: %s 领取报名链接</p></div>
""" % I("wechat", "zkzp_kefu", "zkzp_kefu"))

# ================================================================= U09 智途 (small agency)
begin("/bbs/thread-21666-1-1.html", "bbs", True, "U09", "智途教育",
      "forum post by a small agency: level 5 online class, price")
end("人工智能训练师五级网课 学完协助报名认定", ["考证培训", "帖子"], """
<div class='post'><div class='author'>楼主:智途小周 | 注册:2024-09-02</div>
<h1>人工智能训练师五级网课 学完协助报名认定</h1>
<p>五级网课 699,60 学时录播,学完协助报名第三方机构认定,认定费另付给评价机构。需要提供一年相关工作证明。</p>
<p>电话 %s</p></div>
""" % I("phone", "+8613735514860", "137 3551 4860"))

begin("/wenda/q/88933.html", "wenda", True, "U09", "智途证书",
      "Q&A answer by the agency with tel: link and QQ")
end("人工智能训练师五级网课哪家靠谱?", ["教育", "问题"], """
<div class='q'><h1>人工智能训练师五级网课哪家靠谱?</h1><p>提问者:宝妈转行中 · 2026-01-27</p></div>
<div class='a'><b>智途证书</b><p>我们是做五级网课的,699 含资料,<a href="%s">点击拨打</a>,或者QQ %s</p></div>
""" % (I("phone", "+8613735514860", "tel:+8613735514860"), I("qq", "1548862093", "1548862093")))

begin("/kt/course/11420.html", "kt", True, "U09", "智途职业培训",
      "marketplace course of the agency, QQ and WeChat")
end("人工智能训练师(五级)零基础入门录播课", ["考证", "人工智能训练师"], """
<h1>人工智能训练师(五级)零基础入门录播课</h1><p class='price'>¥699 · 已报名 87 人</p>
<p>机构:智途职业培训。60 课时录播,配套题库。报名认定需满足五级申报条件。</p>
<p>售后答疑QQ %s,微信 %s</p>
""" % (I("qq", "1548862093", "1548862093"), I("wechat", "zhitu_cert", "zhitu_cert")))

# ================================================================= remaining U01/U02 pages
begin("/kt/course/10231.html", "kt", True, "U01", "智学未来官方旗舰店",
      "national brand's flagship store on the course marketplace")
end("人工智能训练师四级全程班|智学未来", ["考证", "人工智能训练师"], """
<h1>人工智能训练师四级全程班|智学未来</h1><p class='price'>¥2680 · 已报名 5,316 人 · 评分 4.8</p>
<p>智学未来官方旗舰店。购课后添加课程顾问微信 %s 入班,更多课程见官网 %s,课程咨询 %s。</p>
""" % (I("wechat", "zxwl-ai01", "ZXWL-AI01"), I("domain", "zhixueweilai.com", "zhixueweilai.com"),
       I("phone", "4006178520", "400 617 8520")))

begin("/dy/video/7391022.html", "dy", True, "U01", "智学AI老师小周",
      "short video by a teacher of the national brand, full-width 400 number, spelled domain")
end("数据标注员一天都在干什么", ["知识", "视频"], """
<div class='video'><h1>数据标注员一天都在干什么?#人工智能训练师 #新职业</h1><p>@智学AI老师小周 · 5.6万 播放</p>
<p>简介:想系统学习人工智能训练师四级,官网搜 %s,咨询 %s</p></div>
""" % (I("domain", "zhixueweilai.com", "zhixueweilai点com"), I("phone", "4006178520", "４００－６１７－８５２０")),
    cm([("小鱼", "我也想学,我微信 %s" % D("reader_wx", "yuer_0612"))]))

begin("/kt/course/10587.html", "kt", True, "U02", "鸿途AI学院",
      "national brand store on the marketplace under a sub-brand")
end("人工智能训练师三证联报 零基础拿证", ["考证", "人工智能训练师"], """
<h1>人工智能训练师三证联报 零基础拿证</h1><p class='price'>¥4980 <s>¥8800</s> · 已报名 2,107 人</p>
<p>鸿途AI学院出品,五级+四级+三级一次报齐,人社部颁发,终身有效。班主任:%s,微信 %s</p>
""" % (I("phone", "+8613968123407", "+86 139 6812 3407"), I("wechat", "hongtu_zj", "hongtu_zj")))

begin("/wx/a/ZxT3kq.html", "wx", True, "U02", "鸿途教育服务号",
      "WeChat repost of the national brand, e-mail spelled out, VX")
end("人社部新职业!人工智能训练师报考指南(2026版)", ["教育", "文章"], """
<h1>人社部新职业!人工智能训练师报考指南(2026版)</h1><p class='meta'>鸿途教育服务号 2026-03-06</p>
<p>人社部认证的新职业,持证可领补贴、积分落户、评职称。三级证书直接对应助理工程师职称。</p>
<p>报名请加 VX:%s,或发送简历至 %s,官网 %s</p>
""" % (I("wechat", "hongtu_zj", "hongtu_zj"), I("email", "zhaosheng@hongtuzhijiao.cn", "zhaosheng(at)hongtuzhijiao.cn"),
       I("domain", "hongtuzhijiao.cn", "hongtuzhijiao.cn")))

# ================================================================= independents
begin("/college/jxjy/ai-trainer-2026.html", "college", True, "I01", "浙江信息工程职业学院继续教育学院",
      "college continuing-education notice: honest level 5/4 training with evaluation, official query")
end("2026年人工智能训练师(五级、四级)社会培训招生通知", ["继续教育", "社会培训"], """
<h1>关于举办2026年人工智能训练师(五级、四级)社会培训的通知</h1><p>发布时间:2026-03-10</p>
<p>我院为人社部门备案的职业技能等级认定机构,现面向社会招收人工智能训练师五级、四级学员,本期对应 %s。培训费五级 1200 元、四级 1600 元,认定费按物价部门核定标准另收。</p>
<p>证书信息可登录 %s 查询;补贴政策咨询 %s。报名咨询:%s,邮箱 %s。</p>
""" % (D("batch", "13320260418"), D("osta", "zscx.osta.org.cn"), D("h12333", "12333"),
       I("phone", "0571-88206412", "0571-88206412"), I("email", "jxjy@zjxgy.edu.cn", "jxjy@zjxgy.edu.cn")))

begin("/bbs/thread-21877-1-1.html", "bbs", True, "I02", "杭数标注工作室",
      "forum post by a small annotation studio: training plus paid annotation work, same building as U03")
end("数据标注工作室招学员 学完可接单 顺带考五级", ["考证培训", "帖子"], """
<div class='post'><div class='author'>楼主:杭数标注 | 注册:2022-10-08</div>
<h1>数据标注工作室招学员 学完可接单 顺带考五级</h1>
<p>我们在数码大厦 6 楼,做图像/文本标注外包。学员培训 980,学完可以在工作室接单,满一年后可以报人工智能训练师五级。来访先到大厦前台(%s)登记。</p>
<p>联系 %s 孙工</p></div>
""" % (D("venue", "0571-87759200"), I("phone", "+8613857160423", "13857160423")),
    cm([("小鱼", "还招人吗?我微信 %s" % D("reader_wx", "yuer_0612"))]))

begin("/fenlei/px/3394877.html", "fenlei", True, "I03", "佛山智邦培训",
      "Foshan classified: subsidy-based level 4/3 training, landline and mobile")
end("佛山人工智能训练师四级三级 补贴后低至几百元", ["教育培训", "职业技能", "佛山"], """
<h1>佛山人工智能训练师四级三级 补贴后低至几百元</h1>
<table><tr><td>机构</td><td>佛山智邦培训</td></tr><tr><td>区域</td><td>佛山 禅城</td></tr><tr><td>价格</td><td>四级 2200 / 三级 2900</td></tr></table>
<p>广东三级基础补贴 2400 元,佛山上浮 30%% 最高 3120 元(需参保满一年)。</p>
<p>电话:%s / %s</p>
""" % (I("phone", "0757-83352108", "0757-83352108"), I("phone", "+8613925410776", "139 2541 0776")))

begin("/wenda/q/88790.html", "wenda", True, "I04", "张老师 考证规划",
      "Q&A answer by a freelance certificate consultant offering paid planning")
end("没有相关工作经验能考人工智能训练师吗?", ["职场", "问题"], """
<div class='q'><h1>没有相关工作经验能考人工智能训练师吗?</h1><p>提问者:应届生小吴 · 2026-02-08</p></div>
<div class='a'><b>张老师 考证规划</b><p>五级需要一年相关工作或学徒期满;应届生可以先找标注岗位。需要一对一考证规划(199 元/次)可以加我微信 %s。</p></div>
""" % I("wechat", "zhang_kz88", "zhang_kz88"),
    cm([("小鱼", "收藏了,也加我 %s" % D("reader_wx", "yuer_0612"))]))

begin("/wx/a/Yb7e0N.html", "wx", True, "I05", "南京启慧职业培训学校",
      "WeChat repost: Nanjing private school enrolment, USCC and landline, honest")
end("启慧职培 | 人工智能训练师四级4月班招生", ["职场", "文章"], """
<h1>启慧职培 | 人工智能训练师四级4月班招生</h1><p class='meta'>南京启慧职业培训学校 2026-03-18</p>
<p>四级 50 学时,周末上课,费用 1980 元,认定由备案评价机构组织。学校统一社会信用代码 %s。</p>
<p>咨询电话:%s</p>
""" % (I("uscc", USCC["I05"], USCC["I05"]), I("phone", "025-84410237", "025-84410237")))

begin("/dy/video/7395128.html", "dy", True, "I06", "AI小白进阶营",
      "short video selling a 99-yuan AI course that hints at a certificate")
end("99元学会AI训练 送证书", ["知识", "视频"], """
<div class='video'><h1>原价999 今天99 学AI训练师 结业送证书 #AI副业</h1><p>@AI小白进阶营 · 2.3万 播放</p>
<p>简介:小白也能学会,结业送《人工智能训练师》结业证书。微信 %s,QQ %s</p></div>
""" % (I("wechat", "aixb_99", "aixb_99"), I("qq", "2208756314", "2208756314")),
    cm([("路人甲", "结业证书和职业技能等级证书不是一回事吧"), ("小K", "求链接 Q%s" % D("reader_qq", "971503226"))]))

# ================================================================= non-offers
begin("/kt/course/9876.html", "kt", False, None, None, "unrelated course on the marketplace (Excel)")
end("Excel 函数与数据透视表 30 讲", ["职业技能", "办公软件"], """
<h1>Excel 函数与数据透视表 30 讲</h1><p class='price'>¥59 · 已报名 18,220 人</p><p>从 VLOOKUP 到 Power Query,适合职场新人。</p>""")

begin("/bbs/thread-22013-1-1.html", "bbs", False, None, None,
      "complaint thread: paid for a 包过 certificate, seller vanished; quotes scam phone, order number, hotlines")
end("[曝光] 花2600报人工智能训练师三级,交钱后拉黑了", ["职场交流", "帖子"], """
<div class='post'><div class='author'>楼主:被坑的阿文 | 注册:2021-06-30</div>
<h1>[曝光] 花2600报人工智能训练师三级,交钱后拉黑了</h1>
<p>去年在网上看到包过的广告,对方电话 %s,说人社部颁发、入库可查,给了个查询网站 %s。转账后人就联系不上了,订单号 %s。</p>
<p>已经打了 %s 投诉,也打了 %s,还给都市报热线 %s 报了料。大家一定去官网查!</p></div>
""" % (D("scam_tel", "172-8304-9516"), D("scam_dom", "zgzs-cx.net"), D("order", "18820260227"),
       D("h12315", "12315"), D("h12345", "12345"), D("news_tel", "0571-85311010")),
    cm([("老版主", "置顶警示。正规证书在 %s 可查。" % D("osta", "zscx.osta.org.cn"))]))

begin("/fenlei/zp/5520931.html", "fenlei", False, None, None, "job ad: data annotator position (no certificate offer)")
end("招聘数据标注员 8 名 6000-8000", ["招聘", "杭州"], """
<h1>招聘数据标注员 8 名 月薪 6000-8000</h1>
<p>杭州某科技公司,负责自动驾驶图像标注,有人工智能训练师证书优先,无经验可培训。简历投递:hr@zhiyuandata.cn</p>""")

begin("/wenda/q/88120.html", "wenda", False, None, None,
      "learner's question: was I scammed, quotes order number; reader leaves own WeChat")
end("花钱报了人工智能训练师,说包过,现在联系不上,是被骗了吗?", ["教育", "问题"], """
<div class='q'><h1>花钱报了人工智能训练师,说包过,现在联系不上,是被骗了吗?</h1><p>提问者:被坑的阿文 · 2026-02-02</p>
<p>订单号 %s,对方说证书人社部颁发,现在微信把我删了。</p></div>
<div class='a'><b>热心网友</b><p>大概率是骗局,保留转账记录报警,同时拨打 %s 投诉。</p></div>
""" % (D("order", "18820260227"), D("h12315", "12315")),
    cm([("小鱼", "我也遇到过,加我微信 %s 一起维权" % D("reader_wx", "yuer_0612"))]))

begin("/news/2026/0312/a1.html", "news", False, None, None,
      "news article: fake AI-trainer certificate scam exposed, scam phone and fake query site quoted")
end("花两千多买“人工智能训练师”证书,查询网站竟是假的", ["曝光台", "正文"], """
<h1>花两千多买“人工智能训练师”证书,查询网站竟是假的</h1><p>本报记者 周莉 2026-03-12</p>
<p>近日,市民阿文向本报反映,他通过一个自称“人社部备案”的电话 %s 报名人工智能训练师三级,对方提供的查询网站 %s 如今已无法打开。</p>
<p>市人社局提醒,人工智能训练师证书属于职业技能等级证书,由备案的评价机构颁发,并非“人社部颁发”,可在 %s 查询,也可登录 %s 查看山寨证书声明。有疑问可拨打 %s,遇到虚假宣传可拨打 %s 投诉。</p>
""" % (D("scam_tel", "17283049516"), D("scam_dom", "zgzs-cx.net"), D("osta", "zscx.osta.org.cn"),
       D("cpta", "www.cpta.com.cn"), D("h12333", "12333"), D("h12315", "12315")))

begin("/news/2026/0408/a2.html", "news", False, None, None,
      "policy explainer: how the skill-upgrade subsidy works for AI trainer levels 5-3")
end("技能提升补贴怎么领?人工智能训练师五级到三级都能申请", ["民生", "正文"], """
<h1>技能提升补贴怎么领?人工智能训练师五级到三级都能申请</h1><p>2026-04-08</p>
<p>参加失业保险满一年的职工,取得五级、四级、三级职业技能等级证书,可分别申领最高 1000、1500、2000 元补贴;二级、一级没有此项全国补贴。证书须能在 %s 查到,政策详见 %s,或拨打 %s。</p>
""" % (D("osta", "osta.org.cn"), D("mohrss", "www.mohrss.gov.cn"), D("h12333", "12333")))

begin("/gov/tzgg/2026-0305.html", "gov", False, None, None,
      "official warning notice about 山寨证书 and fake AI-trainer query sites")
end("关于警惕人工智能训练师“山寨证书”的提醒", ["通知公告", "正文"], """
<h1>关于警惕人工智能训练师“山寨证书”的提醒</h1><p>发布日期:2026-03-05 来源:职业能力建设科</p>
<p>近期我局接到群众反映,有机构或个人以“人社部颁发”“包过”“免考拿证”等名义收费。现提醒如下:一、人工智能训练师(4-04-05-05)证书为职业技能等级证书,由备案评价机构颁发;二、证书请在 %s 或 %s 查询;三、已查实的假查询网站 %s 已被关停,群众反映的电话 %s 不属于任何备案机构。</p>
<p>山寨证书声明见 %s。咨询电话 %s;投诉举报 %s。</p>
""" % (D("osta", "zscx.osta.org.cn"), D("mohrss", "osta.mohrss.gov.cn"), D("scam_dom", "zgzs-cx.net"),
       D("scam_tel", "172 8304 9516"), D("cpta", "cpta.com.cn"), D("h12333", "12333"), D("h12315", "12315")))

# ================================================================= site index pages
SITE_INDEX_NOTE = {
    "zhixue": "national brand's own site home page (course list)", "hongtu": "national brand's own site home page",
    "kt": "course marketplace category index", "bbs": "forum board index", "fenlei": "classifieds category index",
    "wenda": "Q&A home index", "wx": "WeChat repost site index", "dy": "short-video site index",
    "news": "news site home", "college": "college continuing-education home", "gov": "人社局 portal home",
}
for site in SITES:
    path = "/%s/index.html" % site
    begin(path, site, False, None, None, SITE_INDEX_NOTE[site])
    end(SITES[site][1] + " 首页", ["列表"], "<h1>%s</h1><ul>{{LIST}}</ul>" % SITES[site][1])

# ---------------------------------------------------------------- write
def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for path, p in sorted(PAGES.items()):
        html = p["html"]
        site = p["site"]
        if path.endswith("/%s/index.html" % site):
            lst = "".join("<li><a href='%s'>%s</a></li>" % (q, esc(PAGES[q]["title"])) for q in sorted(SITE_PAGES[site]))
            html = html.replace("{{LIST}}", lst)
            rel = "<a href='/index.html'>全站导航</a>"
        else:
            others = [q for q in sorted(SITE_PAGES[site]) if q != path][:4]
            rel = "".join("<a href='%s'>%s</a><br>" % (q, esc(PAGES[q]["title"])) for q in others)
            rel += "<a href='/%s/index.html'>返回列表</a>" % site
        html = html.replace("{{RELATED}}", rel)
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    nav = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>网站导航</title></head><body>"
           "<h1>网站导航</h1><ul>%s</ul><footer>导航页 · 链接仅供浏览</footer></body></html>\n"
           % "".join("<li><a href='/%s/index.html'>%s</a></li>" % (s, SITES[s][1]) for s in SITES))
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(nav)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "navigation page linking every site's index", "site": None, "style": "nav"}]
    for path, p in sorted(PAGES.items()):
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note", "site", "style")})
    ops = {}
    for p in pages:
        o = p["operator"]
        if not o:
            continue
        e = ops.setdefault(o, {"brands": [], "pages": [], "identifiers": [], "all_identifiers": []})
        e["pages"].append(p["path"])
        if p["provider"] not in e["brands"]:
            e["brands"].append(p["provider"])
        for k, v, w in p["identifiers"]:
            if [k, v] not in e["all_identifiers"]:
                e["all_identifiers"].append([k, v])
    for o, e in ops.items():
        if o.startswith("U"):
            for k, v in e["all_identifiers"]:
                n = sum(1 for p in pages if p["operator"] == o and any(i[0] == k and i[1] == v for i in p["identifiers"]))
                if n >= 2:
                    e["identifiers"].append([k, v])
        else:
            e["identifiers"] = list(e["all_identifiers"])
    decoys = [DECOYS[k] for k in sorted(DECOYS)]
    truth = {"pages": pages, "operators": {k: ops[k] for k in sorted(ops)}, "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")

if __name__ == "__main__":
    main()
