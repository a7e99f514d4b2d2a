#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (济南, 12cp).

Standard library only, deterministic. Writes site/ and truth.json next to this file.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    t = sum(ALPH.index(ch) * w for ch, w in zip(s17, WEIGHTS))
    r = 31 - t % 31
    return s17 + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("52370102", "MJ3K0721")   # 民办非企业单位 (school)
USCC_U03 = uscc("91110108", "MA01RT5N")   # company with a state-sounding name
USCC_U05 = uscc("91370103", "MA3C8WQ2")
USCC_U07 = uscc("91370112", "MA94JD6E")
USCC_I04 = uscc("91370100", "MA7F2K9B")

# ---------------------------------------------------------------- registries
PAGES = []          # declared pages
CUR = {}            # page being rendered
DECOYS = {}


def I(kind, value, written):
    """Record a seller identifier on the current page and return its written form."""
    CUR["ids"].append([kind, value, written])
    return written


def decoy(key, kind, value, why):
    DECOYS[key] = {"kind": kind, "value": value, "why": why, "forms": []}


def D(key, written):
    """Write a decoy (not a seller identifier) and return its written form."""
    if written not in DECOYS[key]["forms"]:
        DECOYS[key]["forms"].append(written)
    return written


decoy("h12333", "phone", "12333", "人社部门公共服务热线,官方热线,被各家卖家和政府页面引用")
decoy("h12315", "phone", "12315", "市场监管投诉举报热线")
decoy("h12345", "phone", "12345", "济南市民服务热线")
decoy("zscx", "domain", "zscx.osta.org.cn", "官方证书联网查询网站,卖家普遍引用")
decoy("ostamoh", "domain", "osta.mohrss.gov.cn", "技能人才评价工作网,官方网站")
decoy("govdom", "domain", "jnhrss.jinan.gov.cn", "市人社局网站,政府页面页脚及卖家引用")
decoy("kkt400", "phone", "4006158890", "课课通平台客服电话,平台页脚,所有入驻商家共用")
decoy("kktmail", "email", "kefu@keketong.com", "课课通平台客服邮箱,平台页脚")
decoy("kktdom", "domain", "keketong.com", "课课通平台自身域名")
decoy("kkticp", "other", "京ICP备16052387号-3", "课课通平台ICP备案号")
decoy("portaltel", "phone", "0531-82921166", "泉城生活网分类信息客服电话,平台页脚")
decoy("portaldom", "domain", "jnlife.cn", "泉城生活网自身域名")
decoy("portalicp", "other", "鲁ICP备19032761号-1", "泉城生活网ICP备案号")
decoy("jobtel", "phone", "0531-88110520", "齐鲁招聘网客服电话,平台页脚")
decoy("jobdom", "domain", "qlzhaopin.com", "齐鲁招聘网自身域名")
decoy("jobicp", "other", "鲁ICP备18011375号-1", "齐鲁招聘网ICP备案号")
decoy("joblic", "other", "(鲁)人服证字〔2019〕第0102000331号", "招聘平台的人力资源服务许可证号")
decoy("bbsqun", "qq_group", "238517096", "泉城论坛官方QQ群,论坛页脚")
decoy("bbsdom", "domain", "bbs.quancheng.net", "泉城论坛自身域名")
decoy("bbsicp", "other", "鲁ICP备15008862号-2", "泉城论坛ICP备案号")
decoy("askmail", "email", "jubao@zhiliaowenda.com", "知了问答举报邮箱,页脚")
decoy("askdom", "domain", "zhiliaowenda.com", "知了问答自身域名")
decoy("askicp", "other", "京ICP备17066421号-1", "知了问答ICP备案号")
decoy("wxmail", "email", "copyright@weiyuedu.cn", "微阅读转载站侵权联系邮箱,页脚")
decoy("wxdom", "domain", "weiyuedu.cn", "微阅读转载站自身域名")
decoy("wxicp", "other", "浙ICP备18033109号-1", "微阅读ICP备案号")
decoy("video400", "phone", "4001097186", "快刷视频违法和不良信息举报电话,页脚")
decoy("videodom", "domain", "kuaishua.com", "快刷视频自身域名")
decoy("videoicp", "other", "京ICP备19044812号-5", "快刷视频ICP备案号")
decoy("scam1", "phone", "+8617083415566", "通报/投诉中点名的骗子电话,诚实卖家在防骗声明中引用")
decoy("scam2", "phone", "+8616602531908", "投诉帖和新闻里的骗子电话,读者在评论中转贴")
decoy("batch", "other", "15325103014", "省里的认定考试批次号,形似手机号,两家机构都报同一批次")
decoy("certno", "other", "1337010300367218", "网上流传的证书样本编号(旧16位格式),多家卖家盗用同一张样图")
decoy("placeholder", "phone", "+8613800138000", "广告模板里的示例号码,卖家忘了删")
decoy("venue", "phone", "0531-88625500", "考点(职业学院考务办)电话,第三方")
decoy("frontdesk", "phone", "0531-86012345", "泉城大厦前台电话,同楼不同公司都写在地址后面")
decoy("readerqq", "qq", "1035627489", "同一读者在多个帖子评论里留下自己的QQ求资料")
decoy("readerwx", "wechat", "lily_jn0531", "同一读者在问答评论里留下自己的微信")


def page(path, site, title, owner, provider, note, body, is_offer=None):
    PAGES.append({
        "path": path, "site": site, "title": title, "owner": owner,
        "provider": provider, "note": note, "body": body,
        "is_offer": (owner is not None) if is_offer is None else is_offer,
    })


# ---------------------------------------------------------------- site frames
SITES = {
    "qzpx": "泉智职业培训学校", "hyjy": "华育智联教育", "kkt": "课课通·济南站",
    "portal": "泉城生活网", "job": "齐鲁招聘网", "bbs": "泉城论坛", "ask": "知了问答",
    "wx": "微阅读", "video": "快刷视频", "gov": "济南市人力资源和社会保障局",
}
SITE_DOMAIN = {
    "qzpx": "www.jnquanzhi.com", "hyjy": "www.hyzhilian.cn", "kkt": "www.keketong.com",
    "portal": "www.jnlife.cn", "job": "www.qlzhaopin.com", "bbs": "bbs.quancheng.net",
    "ask": "www.zhiliaowenda.com", "wx": "www.weiyuedu.cn", "video": "www.kuaishua.com",
    "gov": "jnhrss.jinan.gov.cn",
}


def related(site, path, n=5):
    out = []
    for p in PAGES:
        if p["site"] == site and p["path"] != path and not p["path"].endswith("/index.html"):
            out.append('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]))
    return "\n".join(out[:n])


def footer(site):
    if site == "qzpx":
        return ("<p>济南市历下区泉智职业培训学校 版权所有 | 办学许可证:教民137010270001234号</p>"
                "<p>地址:济南市历下区解放路112号三楼 | 招生热线:%s | 邮箱:%s</p>"
                "<p>官网:%s | %s | 统一社会信用代码:%s</p>" % (
                    I("phone", "0531-88967215", "0531-88967215"),
                    I("email", "zhaosheng@jnquanzhi.com", "zhaosheng@jnquanzhi.com"),
                    I("domain", "jnquanzhi.com", "www.jnquanzhi.com"),
                    I("other", "鲁ICP备17028814号-1", "鲁ICP备17028814号-1"),
                    I("uscc", USCC_U01, USCC_U01)))
    if site == "hyjy":
        return ("<p>Copyright © 2019-2026 山东华育智联教育科技有限公司</p>"
                "<p>电话:%s | 网址:%s | %s</p>" % (
                    I("phone", "0531-82607719", "0531-82607719"),
                    I("domain", "hyzhilian.cn", "www.hyzhilian.cn"),
                    I("other", "鲁ICP备20045517号-2", "鲁ICP备20045517号-2")))
    if site == "kkt":
        return ("<p>课课通 - 找好课,上课课通 | 客服热线:%s(9:00-21:00) | 客服邮箱:%s</p>"
                "<p>%s | %s | 京公网安备11010802031234号</p>"
                "<p>平台仅提供信息发布服务,课程内容由入驻机构负责</p>" % (
                    D("kkt400", "400-615-8890"), D("kktmail", "kefu@keketong.com"),
                    D("kktdom", "www.keketong.com"), D("kkticp", "京ICP备16052387号-3")))
    if site == "portal":
        return ("<p>泉城生活网 %s 济南本地生活门户</p>"
                "<p>分类信息客服:%s | %s | 免责声明:信息由网友发布,交易请谨慎</p>" % (
                    D("portaldom", "www.jnlife.cn"), D("portaltel", "0531-82921166"),
                    D("portalicp", "鲁ICP备19032761号-1")))
    if site == "job":
        return ("<p>齐鲁招聘网 %s | 求职者客服:%s</p>"
                "<p>人力资源服务许可证:%s | %s</p>"
                "<p>求职提醒:凡以招聘为名收取培训费、考证费的,请立即举报</p>" % (
                    D("jobdom", "www.qlzhaopin.com"), D("jobtel", "0531-88110520"),
                    D("joblic", "(鲁)人服证字〔2019〕第0102000331号"),
                    D("jobicp", "鲁ICP备18011375号-1")))
    if site == "bbs":
        return ("<p>泉城论坛 %s | 官方QQ群:%s | 站务:版主申请请进站务区</p>"
                "<p>Powered by Discuz! X3.4 | %s</p>" % (
                    D("bbsdom", "bbs.quancheng.net"), D("bbsqun", "238517096"),
                    D("bbsicp", "鲁ICP备15008862号-2")))
    if site == "ask":
        return ("<p>知了问答 %s | 举报邮箱:%s | 回答内容仅代表网友观点</p>"
                "<p>%s</p>" % (D("askdom", "www.zhiliaowenda.com"),
                                D("askmail", "jubao@zhiliaowenda.com"),
                                D("askicp", "京ICP备17066421号-1")))
    if site == "wx":
        return ("<p>微阅读 %s 公众号文章聚合,文章版权归原作者 | 侵权联系:%s</p>"
                "<p>%s</p>" % (D("wxdom", "www.weiyuedu.cn"), D("wxmail", "copyright@weiyuedu.cn"),
                               D("wxicp", "浙ICP备18033109号-1")))
    if site == "video":
        return ("<p>快刷视频 %s | 违法和不良信息举报电话:%s | 网络文化经营许可证 京网文〔2021〕1234-567号</p>"
                "<p>%s</p>" % (D("videodom", "www.kuaishua.com"), D("video400", "4001097186"),
                               D("videoicp", "京ICP备19044812号-5")))
    if site == "gov":
        return ("<p>主办:济南市人力资源和社会保障局 | 网址:%s | 网站标识码:3701000031</p>"
                "<p>人社服务热线:%s | 市民热线:%s | 鲁ICP备05004366号</p>" % (
                    D("govdom", "jnhrss.jinan.gov.cn"), D("h12333", "12333"), D("h12345", "12345")))
    return "<p>网址导航</p>"


MENUS = {
    "qzpx": ["首页", "学校简介", "培训项目", "鉴定认定", "补贴政策", "联系我们"],
    "hyjy": ["首页", "关于华育", "招生简章", "实训基地", "就业服务", "在线报名"],
    "kkt": ["首页", "职业技能", "IT互联网", "语言留学", "学历提升", "机构入驻"],
    "portal": ["首页", "新闻", "分类信息", "房产", "招聘", "便民"],
    "job": ["首页", "找工作", "找人才", "校园招聘", "职场资讯", "企业服务"],
    "bbs": ["论坛首页", "泉城杂谈", "职场学习", "求职招聘", "投诉曝光", "站务"],
    "ask": ["首页", "教育", "职场", "生活", "我要提问", "问答榜单"],
    "wx": ["首页", "职场", "教育", "科技", "本地", "热门"],
    "video": ["推荐", "关注", "直播", "知识", "同城", "我的"],
    "gov": ["首页", "政务公开", "通知公告", "政策解读", "办事服务", "互动交流"],
}

STYLE = {
    "qzpx": "body{font-family:SimSun;background:#f4f4f4}.top{background:#0a4f9c;color:#fff}",
    "hyjy": "body{font-family:'Microsoft YaHei';background:#fff}.top{background:#e8380d;color:#fff}",
    "kkt": "body{font-family:'PingFang SC';background:#f7f8fa}.top{background:#12b886}",
    "portal": "body{font-size:12px;background:#fff}.top{background:#c00;color:#fff}",
    "job": "body{background:#eef3f9}.top{background:#1e6fd9;color:#fff}",
    "bbs": "body{font-size:12px;background:#e5edf2}.top{background:#2b7acd}",
    "ask": "body{background:#fff}.top{background:#3eaf7c}",
    "wx": "body{max-width:680px;margin:auto}.top{border-bottom:1px solid #eee}",
    "video": "body{background:#161823;color:#eee}.top{background:#000}",
    "gov": "body{font-family:SimSun;background:#fff}.top{background:#b40000;color:#fff}",
}


def frame(p, body):
    s = p["site"]
    if s == "root":
        return body
    name = SITES[s]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (s, m) if i == 0 else
                      '<a href="/%s/index.html#m%d">%s</a>' % (s, i, m)
                      for i, m in enumerate(MENUS[s]))
    crumbs = '<a href="/index.html">网址导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (
        s, name, p["title"])
    side = {
        "qzpx": "<h4>报名须知</h4><p>本校为人社部门备案的培训机构,培训结束后参加评价机构组织的认定考试。</p>",
        "hyjy": "<h4>热门专业</h4><p>人工智能训练师 / 电子商务师 / 网络与信息安全管理员</p>",
        "kkt": "<h4>猜你喜欢</h4><p>热门:人工智能训练师、育婴员、健康管理师、Python</p><p>课课通提醒:请勿脱离平台私下转账</p>",
        "portal": "<h4>便民信息</h4><p>天气 | 限行 | 公交 | 社保查询</p><p>提醒:凡要求先交钱的信息请谨慎</p>",
        "job": "<h4>求职安全</h4><p>招聘不收费,收费不招聘。</p>",
        "bbs": "<h4>版块规则</h4><p>禁止发布广告,违者封号。</p>",
        "ask": "<h4>相关问题</h4><p>人工智能训练师证在哪查?/ 数据标注员有前途吗?</p>",
        "wx": "<h4>热门文章</h4><p>本站文章转载自微信公众号</p>",
        "video": "<h4>相关推荐</h4><p>#AI #考证 #副业</p>",
        "gov": "<h4>便民服务</h4><p>社保查询 | 就业登记 | 职业技能等级认定</p>",
    }[s]
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<style>%s</style></head>
<body class="site-%s">
<div class="top"><span class="logo">%s</span> <nav class="menu">%s</nav></div>
<div class="crumbs">%s</div>
<div class="wrap"><div class="main">
<h1>%s</h1>
%s
</div>
<aside class="sidebar">%s
<h4>相关链接</h4><ul class="related">%s</ul></aside></div>
<footer>%s</footer>
</body></html>
""" % (p["title"], name, STYLE[s], s, name, menu, crumbs, p["title"], body, side,
       related(s, p["path"]), footer(s))


# ================================================================ pages
# ---------- root navigation
def b_root():
    links = "\n".join('<li><a href="/%s/index.html">%s</a> <small>%s</small></li>' % (s, n, s)
                      for s, n in SITES.items())
    return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head>"
            "<body><h1>济南常用网址导航</h1><ul>%s</ul><p>本页仅作导航。</p></body></html>\n" % links)


page("/index.html", "root", "网址导航", None, None, "navigation page linking every site's index", b_root)


def site_index(site, intro):
    def b():
        items = "\n".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"])
                          for p in PAGES if p["site"] == site and not p["path"].endswith("/index.html"))
        return "<p>%s</p><ul class=\"list\">%s</ul>" % (intro, items)
    return b


# ---------- qzpx: U01 company site (honest school)
def b_qzpx_index():
    return """<div class="banner">2026年人工智能训练师(四级/五级)春季班火热报名中</div>
<p>泉智职业培训学校成立于2012年,是济南市历下区人社局备案的民办职业培训学校。学校开设人工智能训练师(数据标注员方向)
五级、四级培训,结业后由备案评价机构组织认定,成绩合格的核发职业技能等级证书,证书可在
<a href="https://zscx.osta.org.cn">%s</a> 查询。</p>
<ul class="list">
<li><a href="/qzpx/kc/ai-xunlianshi.html">人工智能训练师(四级)周末班 详情</a></li>
<li>育婴员 / 保育师 / 健康管理师 课程请电话咨询</li></ul>
<div class="notice"><b>防骗声明:</b>近期有人冒用我校名义,使用 %s 等号码兜售"免考拿证",
该号码与我校无关。我校只通过官网公布的电话 %s 招生,请勿私下转账。</div>
<p>政策依据请查看市人社局官网 %s。</p>""" % (
        D("zscx", "zscx.osta.org.cn"), D("scam1", "170 8341 5566"),
        I("phone", "0531-88967215", "(0531)8896 7215"), D("govdom", "jnhrss.jinan.gov.cn"))


def b_qzpx_course():
    return """<table class="course">
<tr><th>项目</th><td>人工智能训练师 四级/中级工(工种:数据标注员)</td></tr>
<tr><th>学时</th><td>理论+实操共50课时,周末上课,约8周</td></tr>
<tr><th>学费</th><td>1980元(含教材、实训平台账号;认定费由评价机构另收,按物价标准执行)</td></tr>
<tr><th>报名条件</th><td>取得本职业五级证书后从事本职业4年,或累计从事本职业6年;不符合条件的请报五级(需1年相关工作经历)</td></tr>
<tr><th>考核</th><td>理论知识考试+操作技能考核,均实行百分制,60分合格。本校不承诺通过。</td></tr>
<tr><th>考点</th><td>山东劳动职业技术学院(考务办 %s),本期认定批次号 %s</td></tr>
</table>
<p>符合条件的参保职工可申领失业保险技能提升补贴(四级最高1500元),具体以人社部门审核为准,咨询 %s。</p>
<p>招生老师:李老师 %s</p>
<p>证书查询:%s</p>""" % (
        D("venue", "0531-88625500"), D("batch", "15325103014"), D("h12333", "12333"),
        I("phone", "+8615966031287", "159-6603-1287(微信同号)"), D("zscx", "zscx.osta.org.cn"))


page("/qzpx/index.html", "qzpx", "泉智职业培训学校首页", "U01", "泉智职业培训学校",
     "training school homepage advertising AI-trainer level 4/5 classes", b_qzpx_index)
page("/qzpx/kc/ai-xunlianshi.html", "qzpx", "人工智能训练师(四级)周末班", "U01", "泉智职业培训学校",
     "honest course page: level 4, eligibility stated, 1980 yuan, no pass promise", b_qzpx_course)


# ---------- hyjy: U05 company site (overclaims)
def b_hyjy_index():
    return """<div class="banner">华育智联 · 人工智能训练师实训基地 · 学完推荐就业</div>
<p>山东华育智联教育科技有限公司(统一社会信用代码 %s)专注人工智能数据服务人才培养,
与多家数据标注企业合作,提供"培训+认定+就业推荐"一站式服务。</p>
<p>三级/高级工:大专以上学历可直接报名(名额有限)。</p>
<p class="notice">郑重声明:%s 并非我公司电话,谨防冒充。</p>
<p><a href="/hyjy/zsjz/2026-ai.html">2026年人工智能训练师招生简章</a></p>""" % (
        I("uscc", USCC_U05, USCC_U05), D("scam1", "170-8341-5566"))


def b_hyjy_jz():
    return """<h2>一、报考等级与费用</h2>
<ul><li>五级:1280元</li><li>四级:2280元</li><li>三级:3680元(大专以上,含实训)</li></ul>
<h2>二、证书</h2><p>考核合格颁发《职业技能等级证书》,人社部技能人才评价网联网可查(%s),
可申请技能提升补贴,详询 %s。</p>
<h2>三、考点</h2><p>山东劳动职业技术学院 考务办电话 %s</p>
<h2>四、报名方式</h2><p>电话:%s 李经理<br>邮箱:%s<br>学员交流QQ群:%s</p>""" % (
        D("zscx", "zscx.osta.org.cn"), D("h12333", "12333"), D("venue", "0531-88625500"),
        I("phone", "0531-82607719", "0531 8260 7719"), I("email", "px@hyzhilian.cn", "px@hyzhilian.cn"),
        I("qq_group", "618203441", "618203441"))


page("/hyjy/index.html", "hyjy", "华育智联教育首页", "U05", "华育智联教育",
     "company homepage of an AI data-service training firm, some overclaims (大专直接报三级)", b_hyjy_index)
page("/hyjy/zsjz/2026-ai.html", "hyjy", "2026年人工智能训练师招生简章", "U05", "华育智联教育",
     "enrolment brochure with level prices 1280/2280/3680", b_hyjy_jz)


# ---------- kkt: education marketplace
def kkt_shop(name, score):
    return '<div class="shop">机构:%s | 好评率 %s | <a href="#">进店</a> | <a href="#">在线咨询</a></div>' % (name, score)


def b_kkt_u01():
    return kkt_shop("泉智教育", "98%") + """
<p class="price">¥1980 <del>¥2380</del></p>
<p>人工智能训练师五级/四级(数据标注员),线下周末班,历下区解放路校区。报名前请核对申报条件。</p>
<p>咨询李老师:%s</p>""" % I("phone", "+8615966031287", "159 6603 1287")


def b_kkt_u02():
    return kkt_shop("智培优学", "91%") + """
<p class="price">¥3980 三级+二级+一级 三证打包</p>
<p>零基础、不限学历、不限经验!人工智能训练师<b>一级/二级/三级</b>一次报三个级别,
免培训,考试不过全额退款,<b>包过</b>。国家职业资格证书,全国通用。</p>
<p>证书样本(编号 %s)见下图。</p>
<p>咨询加 VX:%s,或扣扣 %s</p>""" % (
        D("certno", "1337010300367218"), I("wechat", "zpyx_2025", "zpyx_2025"),
        I("qq", "2853104476", "2853104476"))


def b_kkt_u03():
    return kkt_shop("国职鉴定服务中心", "89%") + """
<p class="price">¥2680</p>
<p>人社部颁发 · 国家职业资格证书 · 人工智能训练师(高级技师)。无需考试,提交资料即可,
官网可查:<b>%s</b>,人社 %s 可查。</p>""" % (I("domain", "gzrcpj.com", "www.gzrcpj.com"), D("h12333", "12333"))


def b_kkt_u06():
    return kkt_shop("AI小白训练营", "96%") + """
<p class="price">¥99 <del>原价¥9999</del> 限时</p>
<p>生成式人工智能/AIGC 人工智能训练师速成课,90%%小白都能学会!结课送证书,拿到证书便可升职加薪。</p>
<p>课后答疑QQ群 %s,咨询电话 %s</p>""" % (
        I("qq_group", "735901228", "735901228"), I("phone", "+8618653179024", "186 5317 9024"))


def b_kkt_u09():
    return kkt_shop("惠民职业技能服务站", "95%") + """
<p class="price">五级 ¥1200 / 四级 ¥1700 / 三级 ¥2300</p>
<p>参保满一年可申请技能提升补贴,补贴后几乎免费!代办补贴申领,材料我们准备。政策可登录 %s 了解。</p>
<p>服务站电话 %s,手机 %s</p>""" % (
        D("ostamoh", "osta.mohrss.gov.cn"), I("phone", "0531-87013564", "0531-87013564"),
        I("phone", "+8613173008352", "131 7300 8352"))


def b_kkt_i01():
    return kkt_shop("齐鲁数智学院继续教育部", "99%") + """
<p class="price">¥1680</p>
<p>人工智能训练师四级(中级工)。学院为备案评价机构,培训与认定分开收费,认定费按物价部门标准。
考点:本院实训楼(考务办 %s)。证书查询 %s。</p>
<p>继续教育部电话:%s</p>""" % (
        D("venue", "0531-88625500"), D("zscx", "zscx.osta.org.cn"),
        I("phone", "0531-86359012", "0531-86359012"))


def b_kkt_other():
    return kkt_shop("启明电脑培训", "97%") + """
<p class="price">¥899</p><p>Python数据分析实战(零基础到就业),20课时,线上直播+录播。请通过平台在线咨询。</p>"""


page("/kkt/index.html", "kkt", "课课通济南站-职业技能课程", None, None, "marketplace channel index",
     site_index("kkt", "济南站职业技能类课程,人工智能训练师专题。"))
page("/kkt/course/30481.html", "kkt", "人工智能训练师四级周末班-泉智教育", "U01", "泉智教育",
     "marketplace listing of U01's honest level-4 class", b_kkt_u01)
page("/kkt/course/30522.html", "kkt", "人工智能训练师一二三级三证打包-智培优学", "U02", "智培优学",
     "scam listing: three levels at once, 零基础, 包过, 国家职业资格", b_kkt_u02)
page("/kkt/course/30617.html", "kkt", "人工智能训练师高级技师免考-国职鉴定服务中心", "U03", "国职鉴定服务中心",
     "scam listing: 人社部颁发, no exam, fake query domain", b_kkt_u03)
page("/kkt/course/30702.html", "kkt", "AIGC人工智能训练师速成99元-AI小白训练营", "U06", "AI小白训练营",
     "short-course upsell: 原价9999限时99, certificate promised", b_kkt_u06)
page("/kkt/course/30755.html", "kkt", "人工智能训练师补贴班-惠民职业技能服务站", "U09", "惠民职业技能服务站",
     "subsidy agency listing: 补贴后几乎免费", b_kkt_u09)
page("/kkt/course/30810.html", "kkt", "人工智能训练师四级-齐鲁数智学院", "I01", "齐鲁数智学院继续教育部",
     "honest college listing, level 4, separate assessment fee", b_kkt_i01)
page("/kkt/course/29944.html", "kkt", "Python数据分析实战-启明电脑培训", None, None,
     "unrelated course (Python), not an AI-trainer offer", b_kkt_other)


# ---------- portal: classifieds and news
def fenlei(date, area):
    return '<div class="meta">发布时间:%s | 区域:%s | 类别:教育培训 &gt; 职业技能</div>' % (date, area)


def b_portal_u02():
    return fenlei("2026-01-06", "历下") + """
<p>【中科智培(济南)】人工智能训练师证 火热报名!零基础直接报三级,不考试不上课,45天下证,国家认可全国通用。
证书样本编号 %s。</p>
<p>联系电话:%s 微信:V信 %s</p>
<p>地址:泉城大厦A座1203(到访请先联系大厦前台 %s)</p>""" % (
        D("certno", "1337010300367218"), I("phone", "+8617753108846", "177-5310-8846"),
        I("wechat", "zpyx_2025", "zpyx_2025"), D("frontdesk", "0531-86012345"))


def b_portal_u04():
    return fenlei("2025-12-20", "天桥") + """
<p>王老师专业代办各类证书:人工智能训练师、碳排放管理师、消防设施操作员。不用考试,包过,拿证后可挂靠,每年躺赚两三万。</p>
<p>电话/微信:%s</p>""" % I("phone", "+8613964012375", "139 6401 2375(微信同号)")


def b_portal_u07():
    return fenlei("2026-01-15", "市中") + """
<p>鼎诚人才服务:人工智能训练师三级证,上海居住证积分加60分,落户积分快人一步!按证收费,一证一价,
三级5800元,二级8800元。政策咨询可拨 %s。</p>
<p>手机:%s 微信:%s</p>
<p>公司地址:泉城大厦A座1508(前台电话 %s)</p>""" % (
        D("h12345", "12345"), I("phone", "+8615064128853", "150-6412-8853"),
        I("wechat", "dingcheng_hr", "dingcheng_hr"), D("frontdesk", "0531-86012345"))


def b_portal_u08():
    return fenlei("2026-01-09", "高新") + """
<p>工信部人才交流中心(山东考区)人工智能训练师报名通知:工信部职业技能鉴定中心主办,证书全国联网,
官方查询网站 %s,工信部已备案。</p>
<p>报名咨询扣扣:%s</p>""" % (I("domain", "miit-rcpj.org.cn", "www.miit-rcpj.org.cn"),
                            I("qq", "3267014852", "3267014852"))


def b_portal_i02():
    return fenlei("2026-01-11", "历城") + """
<p>AI训练师证书 快速拿证 包过 不限学历 价格美丽。</p>
<p>咨询电话:%s(模板示例,请勿拨打)</p>
<p>真实联系方式:李女士 %s</p>""" % (D("placeholder", "13800138000"),
                               I("phone", "+8615275119036", "15275119036"))


def b_portal_news():
    return """<div class="meta">来源:泉城生活网 | 2026-01-18</div>
<p>记者从市场监管部门获悉,近期我市查处多起以"人工智能训练师包过""人社部颁发"为噱头的培训诈骗。
有市民向记者反映,对方用 %s、%s 等号码联系,收费后失联。</p>
<p>市场监管部门提醒,遇到此类情况可拨打 %s 投诉,或拨打市民热线 %s 咨询。
职业技能等级证书由备案评价机构颁发,可在 %s 查询。</p>""" % (
        D("scam1", "17083415566"), D("scam2", "16602531908"), D("h12315", "12315"),
        D("h12345", "12345"), D("zscx", "zscx.osta.org.cn"))


page("/portal/index.html", "portal", "泉城生活网-分类信息-教育培训", None, None, "city portal channel index",
     site_index("portal", "最新教育培训分类信息与本地新闻。"))
page("/portal/fenlei/pxjy/582301.html", "portal", "人工智能训练师证零基础直接报三级", "U02", "中科智培(济南)",
     "classified ad: no exam, 45 days, three levels; same seller as 智培优学", b_portal_u02)
page("/portal/fenlei/pxjy/582417.html", "portal", "王老师代办各类证书", "U04", "王老师",
     "classified ad by an individual agent: 包过, 挂靠 income", b_portal_u04)
page("/portal/fenlei/pxjy/582566.html", "portal", "人工智能训练师三级证 积分落户", "U07", "鼎诚人才服务",
     "classified ad selling certificate per level for residence points", b_portal_u07)
page("/portal/fenlei/pxjy/582690.html", "portal", "工信部人工智能训练师报名通知", "U08", "工信部人才交流中心(山东考区)",
     "classified ad posing as MIIT body with fake query domain", b_portal_u08)
page("/portal/fenlei/pxjy/582733.html", "portal", "AI训练师证书快速拿证", "I02", "李女士",
     "classified ad by an individual, template placeholder left in", b_portal_i02)
page("/portal/news/2026/0118/7731.html", "portal", "我市查处多起山寨证书培训诈骗", None, None,
     "local news about certificate scams quoting scam numbers", b_portal_news)


# ---------- job board
def jobhead(company, salary):
    return '<div class="jobmeta">%s | 薪资:%s | 济南 | 经验不限 | 学历不限</div>' % (company, salary)


def b_job_u03():
    return jobhead("中培国训(北京)教育科技有限公司", "8000-15000元/月") + """
<p>招聘人工智能训练师20名,零基础可,入职前需先考取《人工智能训练师国家职业资格证书》(人社部颁发),
公司统一安排报名,费用2680元,拿证后安排上岗。</p>
<p>企业统一社会信用代码:%s</p>
<p>咨询热线:%s</p>""" % (I("uscc", USCC_U03, USCC_U03), I("phone", "4008216735", "4008-216-735"))


def b_job_u07():
    return jobhead("济南鼎诚人力资源有限公司", "面议") + """
<p>诚招人工智能训练师(可兼职),持证优先;无证可由公司协助办理三级证书,办证费另计。</p>
<p>公司信用代码 %s | 简历投递:%s | VX:%s</p>""" % (
        I("uscc", USCC_U07, USCC_U07), I("email", "dchr2020@126.com", "dchr2020@126.com"),
        I("wechat", "dingcheng_hr", "DingCheng_HR"))


def b_job_u08():
    return jobhead("工信智能人才评价中心", "6000-12000元/月") + """
<p>招聘数据标注员,需持工信部人工智能训练师证书,无证者可参加中心组织的考证培训(3600元),包就业。
证书样本编号 %s。</p>
<p>培训费请汇入对公账户,户名:%s</p>
<p>联系人:张主任 %s</p>""" % (
        D("certno", "1337010300367218"),
        I("other", "济南启程信息咨询有限公司", "济南启程信息咨询有限公司"),
        I("phone", "+8618905316627", "189 0531 6627"))


def b_job_u09():
    return jobhead("惠民技能补贴服务(个体)", "3000-5000元/月") + """
<p>招聘补贴申领专员;同时面向社会开展人工智能训练师五级至三级培训,参保职工可申领技能提升补贴,补贴后几乎免费。
认定咨询 %s。</p>
<p>电话:%s 邮箱:%s</p>""" % (
        D("h12333", "12333"), I("phone", "0531-87013564", "0531-8701 3564"),
        I("email", "hmjnfw@qq.com", "hmjnfw@qq.com"))


def b_job_real():
    return jobhead("山东某数据科技有限公司", "4500-6500元/月") + """
<p>岗位职责:图像、语音数据标注与质检;岗位要求:中专及以上,细心。公司提供岗前培训,不收取任何费用。
有人工智能训练师证书者优先。请通过平台"投递简历"按钮应聘。</p>"""


page("/job/index.html", "job", "齐鲁招聘网-人工智能训练师职位", None, None, "job board search results index",
     site_index("job", "为您找到以下与“人工智能训练师”相关的职位。"))
page("/job/jobs/j1088231.html", "job", "人工智能训练师(零基础可)-中培国训", "U03", "中培国训(北京)教育科技有限公司",
     "disguised job ad: must buy a '国家职业资格证书' first", b_job_u03)
page("/job/jobs/j1088305.html", "job", "人工智能训练师(兼职)-鼎诚人力", "U07", "济南鼎诚人力资源有限公司",
     "job ad that also sells certificate processing", b_job_u07)
page("/job/jobs/j1088419.html", "job", "数据标注员(包就业)-工信智能人才评价中心", "U08", "工信智能人才评价中心",
     "disguised job ad selling a training fee, payee account", b_job_u08)
page("/job/jobs/j1088562.html", "job", "补贴申领专员/AI训练师培训-惠民技能", "U09", "惠民技能补贴服务",
     "job ad plus subsidy-course offer", b_job_u09)
page("/job/jobs/j1088610.html", "job", "数据标注员-山东某数据科技", None, None,
     "genuine job ad for a data annotator, no fee", b_job_real)


# ---------- bbs
def post(user, date, text):
    return '<div class="post"><div class="author">%s</div><div class="time">发表于 %s</div><div class="t_f">%s</div></div>' % (
        user, date, text)


def b_bbs_u03():
    return post("国培证书服务", "2026-01-03 10:21",
                "人工智能训练师一级/二级,不限学历不限经验,人社部颁发,官网 %s 可查。咨询 %s,"
                "资料发邮箱 %s" % (
                    I("domain", "gzrcpj.com", "gzrcpj.com"), I("phone", "4008216735", "400-821-6735"),
                    I("email", "gzrcpj@163.com", "gzrcpj at 163 dot com"))) + \
        post("泉城小白", "2026-01-03 12:40", "人社部不发这种证吧?楼主是托?")


def b_bbs_u04():
    return post("AI证书王老师", "2025-12-28 21:05",
                "AI训练师证,不用考试,包过,证可以挂靠。薇 %s 或 扣扣 %s" % (
                    I("wechat", "wang_zs888", "wang_zs888"), I("qq", "1846203957", "1846203957"))) + \
        post("路过的", "2025-12-29 08:12", "这人跟 %s 那个是不是一伙的?上次被坑了" % D("scam2", "166 0253 1908"))


def b_bbs_u06():
    return post("智元AIGC学堂", "2026-01-08 15:30",
                "零基础学AIGC,拿生成式人工智能系统应用员+人工智能训练师双证,原价9999限时99!"
                "加薇 %s,学员群号 %s" % (
                    I("wechat", "zhiyuan_ai99", "zhiyuan_ai99"), I("qq_group", "735901228", "735-901-228"))) + \
        post("学Python的猫", "2026-01-08 18:02", "求资料,我QQ %s" % D("readerqq", "1035627489"))


def b_bbs_u09():
    return post("技能补贴小助手", "2026-01-10 09:45",
                "在济南参保满一年的朋友,人工智能训练师四级能领1500补贴,我们包办材料。不懂政策可以打 %s 问。"
                "V信:%s;材料发 %s" % (
                    D("h12345", "12345"), I("wechat", "hmjn_2024", "hmjn_2024"),
                    I("email", "hmjnfw@qq.com", "hmjnfw#qq.com(#换成@)")))


def b_bbs_q():
    return post("想转行的小张", "2026-01-02 20:11",
                "人工智能训练师证书到底有没有用?网上说包过的靠谱吗?") + \
        post("热心网友", "2026-01-02 21:30",
             "正规的是职业技能等级证书,评价机构发,去 %s 查,别信包过。不确定打 %s 问。" % (
                 D("zscx", "zscx.osta.org.cn"), D("h12333", "12333"))) + \
        post("学Python的猫", "2026-01-03 07:50", "同问,有资料的发我QQ %s" % D("readerqq", "1035627489"))


def b_bbs_complaint():
    return post("被坑的老刘", "2026-01-12 22:40",
                "【曝光】交了3980说包过三级证,收钱后拉黑。对方电话 %s,还有一个 %s,大家小心!已打 %s 投诉。" % (
                    D("scam1", "170 8341 5566"), D("scam2", "166-0253-1908"), D("h12315", "12315"))) + \
        post("版主", "2026-01-13 09:00", "已置顶,请大家谨慎。")


page("/bbs/index.html", "bbs", "泉城论坛-职场学习版", None, None, "forum board index",
     site_index("bbs", "职场学习版 主题列表"))
page("/bbs/thread-48812-1-1.html", "bbs", "人工智能训练师一级二级不限学历", "U03", "国培证书服务",
     "forum ad: levels 1/2 without conditions, fake query domain", b_bbs_u03)
page("/bbs/thread-48830-1-1.html", "bbs", "AI训练师证不用考试", "U04", "AI证书王老师",
     "forum ad by the same individual agent as the portal ad", b_bbs_u04)
page("/bbs/thread-48871-1-1.html", "bbs", "零基础学AIGC拿双证", "U06", "智元AIGC学堂",
     "forum ad mixing 4-04-05-13 with AI trainer, 99 yuan", b_bbs_u06)
page("/bbs/thread-48905-1-1.html", "bbs", "参保满一年可领技能补贴", "U09", "技能补贴小助手",
     "forum ad for subsidy-based courses", b_bbs_u09)
page("/bbs/thread-48766-1-1.html", "bbs", "人工智能训练师证书有用吗", None, None,
     "learner's question thread with a reader's own QQ", b_bbs_q)
page("/bbs/thread-48951-1-1.html", "bbs", "【曝光】交了3980被拉黑", None, None,
     "complaint thread quoting scam numbers", b_bbs_complaint)


# ---------- ask
def qa(question, answers):
    s = '<div class="question">%s</div>' % question
    for who, a in answers:
        s += '<div class="answer"><span class="user">%s</span><p>%s</p></div>' % (who, a)
    return s


def b_ask_u02():
    return qa("人工智能训练师三级怎么快速拿证?", [
        ("智培教育咨询", "我们可以直接报三级,不用培训,包过。电话 %s,加V详聊。" %
         I("phone", "+8617753108846", "一七七 五三一〇 八八四六")),
        ("匿名用户", "小心,之前 %s 也是这么说的,骗了我两千" % D("scam2", "16602531908"))])


def b_ask_u05():
    return qa("济南哪里有人工智能训练师实训?", [
        ("华育AI实训基地", "华育智联有实训基地,四级2280元,可申请补贴。咨询 %s 。" %
         I("phone", "0531-82607719", "0531—82607719")),
        ("lily", "想了解,我微信 %s" % D("readerwx", "lily_jn0531"))])


def b_ask_u07():
    return qa("人工智能训练师证能加积分吗?", [
        ("鼎诚积分落户", "上海居住证积分三级加60分!一证一价,办证找我 %s 。咨询电话 %s(示例)" % (
            I("phone", "+8615064128853", "１５０６４１２８８５３"), D("placeholder", "138-0013-8000"))),
        ("路人", "积分要求工种和工作对口,别光看广告")])


def b_ask_i03():
    return qa("没有工作经验能考人工智能训练师二级吗?", [
        ("启航职教", "可以的,二级技师零基础也能报,包教包会,微信 %s 。" % I("wechat", "qihang_edu", "qihang_edu")),
        ("lily", "同问,加我微信 %s 一起" % D("readerwx", "lily_jn0531"))])


def b_ask_i06():
    return qa("人工智能训练师五级报名条件是什么?", [
        ("明德培训学校", "五级需累计从事本职业或相关职业1年以上,或本职业学徒期满。我校本期认定批次号 %s,"
                    "培训费1100元,不承诺通过。政策详见 %s 或拨打 %s;如遇虚假宣传可拨 %s。电话 %s。" % (
                        D("batch", "15325103014"), D("govdom", "jnhrss.jinan.gov.cn"),
                        D("h12333", "12333"), D("h12315", "12315"),
                        I("phone", "0531-85902217", "0531-85902217")))])


page("/ask/index.html", "ask", "知了问答-人工智能训练师话题", None, None, "Q&A topic index",
     site_index("ask", "人工智能训练师 相关问题"))
page("/ask/q/6021553.html", "ask", "人工智能训练师三级怎么快速拿证", "U02", "智培教育咨询",
     "Q&A answer ad: direct level 3, phone in Chinese numerals", b_ask_u02)
page("/ask/q/6021601.html", "ask", "济南哪里有人工智能训练师实训", "U05", "华育AI实训基地",
     "Q&A answer ad by U05 with its landline", b_ask_u05)
page("/ask/q/6021688.html", "ask", "人工智能训练师证能加积分吗", "U07", "鼎诚积分落户",
     "Q&A answer selling certificates for residence points", b_ask_u07)
page("/ask/q/6021710.html", "ask", "没有工作经验能考人工智能训练师二级吗", "I03", "启航职教",
     "Q&A answer offering level 2 to beginners", b_ask_i03)
page("/ask/q/6021792.html", "ask", "人工智能训练师五级报名条件是什么", "I06", "明德培训学校",
     "honest school answer with correct level-5 eligibility", b_ask_i06)


# ---------- wx reposts
def wxhead(acct, date):
    return '<div class="rich_meta">原创 %s %s 济南</div>' % (acct, date)


def b_wx_u01():
    return wxhead("泉智AI学院", "2026-01-05") + """
<p>数据标注员、人工智能训练师是什么?本文带你了解人工智能训练师(4-04-05-05)的五个等级和申报条件。</p>
<p>我校四级周末班1月开课,咨询电话 %s,官网 %s。</p>
<p>如遇虚假宣传,可向 %s 举报。</p>""" % (
        I("phone", "0531-88967215", "０５３１－８８９６７２１５"), I("domain", "jnquanzhi.com", "jnquanzhi点com"),
        D("h12315", "12315"))


def b_wx_u03():
    return wxhead("国职人才评价网", "2025-12-30") + """
<p>重磅!人工智能训练师国家职业资格证书报名通道开启,人社部颁发,一次报考三个等级。</p>
<p>证书官网查询:%s;企业信用代码 %s。证书样本编号 %s。</p>""" % (
        I("domain", "gzrcpj.com", "gzrcpj。com"), I("uscc", USCC_U03, USCC_U03),
        D("certno", "1337010300367218"))


def b_wx_u05():
    return wxhead("华育智联", "2026-01-07") + """
<p>华育智联人工智能训练师实训基地第12期结业,学员就业率高。新一期报名中,学员交流扣扣群:%s,详见 %s。</p>""" % (
        I("qq_group", "618203441", "618 203 441"), I("domain", "hyzhilian.cn", "hyzhilian.cn"))


def b_wx_u08():
    return wxhead("工信职业能力评价中心", "2026-01-02") + """
<p>人工智能训练师(工信部)认证报名,官方查询 %s。报名费3600元,汇款户名:%s。</p>
<p>一键拨号:<a href="%s">张主任</a>。办公地址泉城大厦(前台 %s)。</p>""" % (
        I("domain", "miit-rcpj.org.cn", "miit-rcpj.org.cn"),
        I("other", "济南启程信息咨询有限公司", "济南启程信息咨询有限公司"),
        I("phone", "+8618905316627", "tel:+86-189-0531-6627"), D("frontdesk", "0531-86012345"))


def b_wx_i04():
    return wxhead("山东数标科技", "2026-01-14") + """
<p>我司为用人单位评价机构,面向本公司及合作企业员工开展人工智能训练师(数据标注员)四级认定,
仅限在岗员工报名,不对外销售证书。证书可在 %s 查询。</p>
<p>统一社会信用代码:%s;培训合作邮箱 %s</p>""" % (
        D("ostamoh", "osta.mohrss.gov.cn"), I("uscc", USCC_I04, USCC_I04),
        I("email", "train@sdshubiao.com", "train(at)sdshubiao.com"))


page("/wx/index.html", "wx", "微阅读-职场教育频道", None, None, "WeChat repost aggregator index",
     site_index("wx", "职场教育热门文章"))
page("/wx/a/8f3k2m.html", "wx", "人工智能训练师五个等级一文看懂", "U01", "泉智AI学院",
     "WeChat repost by U01 with full-width landline", b_wx_u01)
page("/wx/a/9q7x1c.html", "wx", "人工智能训练师国家职业资格证书报名通道开启", "U03", "国职人才评价网",
     "WeChat repost by U03: 人社部颁发, three levels, fake query domain", b_wx_u03)
page("/wx/a/2b6n0v.html", "wx", "华育智联第12期结业", "U05", "华育智联",
     "WeChat repost by U05 with QQ group", b_wx_u05)
page("/wx/a/5h8r3t.html", "wx", "人工智能训练师(工信部)认证报名", "U08", "工信职业能力评价中心",
     "WeChat repost posing as MIIT centre, payee account and tel link", b_wx_u08)
page("/wx/a/7d4p6s.html", "wx", "数标科技开展员工技能等级认定", "I04", "山东数标科技",
     "employer-type evaluation institution, employees only", b_wx_i04)


# ---------- video
def vhead(author, likes):
    return '<div class="video"><div class="player">[视频]</div><div class="author">@%s</div><div class="likes">%s赞</div></div>' % (
        author, likes)


def b_video_u04():
    return vhead("证书小王", "1.2万") + """
<p class="desc">AI训练师证不考试就能拿?评论区扣1 #考证 #副业 主页vx:%s 电话 %s</p>""" % (
        I("wechat", "wang_zs888", "wang_zs888"), I("phone", "+8613964012375", "+86 139-6401-2375"))


def b_video_u06():
    return vhead("智元老师", "3.4万") + """
<p class="desc">原价9999限时99!90%%小白都能学会的AI训练师课,结课发证。V信 %s 电话 %s</p>""" % (
        I("wechat", "zhiyuan_ai99", "zhiyuan_ai99"), I("phone", "+8618653179024", "+86 18653179024"))


def b_video_u09():
    return vhead("补贴姐", "8562") + """
<p class="desc">参保一年,考AI训练师国家给你补钱!vx %s 或拨 %s</p>
<div class="comments"><p>网友:求资料 QQ %s</p></div>""" % (
        I("wechat", "hmjn_2024", "hmjn_2024"), I("phone", "+8613173008352", "一三一七三零零八三五二"),
        D("readerqq", "1035627489"))


def b_video_i05():
    return vhead("AI证书速通", "2.1万") + """
<p class="desc">人工智能训练师一级二级三级,无需考试,包过!国家认可!私信或扣扣 %s</p>""" % (
        I("qq", "2974410368", "2974410368"))


page("/video/index.html", "video", "快刷视频-AI考证话题", None, None, "short-video topic index",
     site_index("video", "#人工智能训练师 话题视频"))
page("/video/v/7301552.html", "video", "AI训练师证不考试就能拿?", "U04", "证书小王",
     "short-video ad by the individual agent U04", b_video_u04)
page("/video/v/7301618.html", "video", "原价9999限时99的AI训练师课", "U06", "智元老师",
     "short-video ad for the 99-yuan AIGC course", b_video_u06)
page("/video/v/7301707.html", "video", "考AI训练师国家给你补钱", "U09", "补贴姐",
     "short-video ad for subsidy courses, phone in Chinese numerals", b_video_u09)
page("/video/v/7301844.html", "video", "人工智能训练师一二三级无需考试", "I05", "AI证书速通",
     "short-video scam ad, three levels, no exam", b_video_i05)


# ---------- gov
def b_gov_warning():
    return """<div class="meta">发布时间:2026-01-12 | 来源:职业能力建设处</div>
<p>近期,有不法机构以"人社部颁发""免考包过""一次拿三级"为名兜售人工智能训练师等证书。现提示如下:</p>
<ol><li>职业技能等级证书由备案的评价机构颁发,人社部门不直接颁发,可在 %s 查询。</li>
<li>群众反映的涉诈号码 %s 等已移交公安机关。</li>
<li>如有疑问请拨打 %s 或 %s。</li></ol>""" % (
        D("zscx", "zscx.osta.org.cn"), D("scam1", "17083415566"), D("h12333", "12333"), D("h12345", "12345"))


def b_gov_policy():
    return """<div class="meta">发布时间:2025-11-20 | 来源:就业促进处</div>
<p>失业保险技能提升补贴:参保满1年的职工取得五级、四级、三级职业技能等级证书的,分别最高补贴1000元、1500元、2000元。
二级、一级无此项国家补贴。证书信息以 %s 及 %s 联网数据为准。咨询 %s。</p>""" % (
        D("ostamoh", "osta.mohrss.gov.cn"), D("zscx", "zscx.osta.org.cn"), D("h12333", "12333"))


page("/gov/index.html", "gov", "济南市人力资源和社会保障局", None, None, "government site index",
     site_index("gov", "通知公告 / 政策解读"))
page("/gov/tzgg/202601/t20260112_5021.html", "gov", "关于谨防山寨证书培训诈骗的提示", None, None,
     "official warning quoting scam numbers and the query site", b_gov_warning)
page("/gov/zcjd/202511/t20251120_4876.html", "gov", "技能提升补贴政策解读", None, None,
     "policy explainer on the skill-upgrade subsidy", b_gov_policy)


# ================================================================ render
def boundary_find(form, text):
    pat = re.escape(form)
    if re.match(r"[0-9A-Za-z]", form[0]):
        pat = r"(?<![0-9A-Za-z])" + pat
    if re.match(r"[0-9A-Za-z]", form[-1]):
        pat = pat + r"(?![0-9A-Za-z])"
    return re.search(pat, text) is not None


def main():
    global CUR
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    truth_pages = []
    for p in PAGES:
        CUR = {"ids": []}
        body = p["body"]()
        text = frame(p, body)
        html[p["path"]] = text
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        ids = []
        for t in CUR["ids"]:
            if t not in ids:
                ids.append(t)
        truth_pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["owner"],
                            "provider": p["provider"], "identifiers": ids, "note": p["note"]})
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")

    operators = {}
    for tp in truth_pages:
        op = tp["operator"]
        if op is None:
            continue
        o = operators.setdefault(op, {"brands": [], "identifiers": []})
        if tp["provider"] not in o["brands"]:
            o["brands"].append(tp["provider"])
        for k, v, _ in tp["identifiers"]:
            if [k, v] not in o["identifiers"]:
                o["identifiers"].append([k, v])
    operators = {k: operators[k] for k in sorted(operators)}

    decoys = []
    for key, d in DECOYS.items():
        pages = [p["path"] for p in PAGES if any(boundary_find(f, html[p["path"]]) for f in d["forms"])]
        decoys.append({"kind": d["kind"], "value": d["value"], "written": d["forms"], "pages": pages,
                       "why": d["why"]})

    truth = {"pages": truth_pages, "operators": operators, "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
