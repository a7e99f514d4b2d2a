#!/usr/bin/env python3
"""Deterministic generator for test web 12bf (subsidy-driven AI-trainer sales).
Writes site/ and truth.json next to this file. Standard library only."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = 0
    for ch, w in zip(body8, W11714):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    """prefix8 = 2 chars kind + 6-digit division; org8 = 8-char org body."""
    s17 = prefix8 + org8 + org_check(org8)
    tot = sum(ALPHA.index(c) * w for c, w in zip(s17, W32100))
    r = 31 - tot % 31
    r = 0 if r == 31 else r
    return s17 + ALPHA[r]


# ---------------------------------------------------------------- identifiers
U01_USCC = uscc("52330106", "MJ892345")
U02_USCC = uscc("91330105", "MA2KD731")
U04_USCC = uscc("91330104", "MA7GT520")
U05_USCC = uscc("91330110", "MA2H8Q61")
I04_USCC = uscc("52330203", "MJ917204")
MKT_USCC = uscc("91330108", "MA27WX93")   # marketplace operator (decoy)


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


CSS = """body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333;font-size:14px;line-height:1.7}
a{color:#1a5fb4;text-decoration:none}header,footer{padding:10px 20px}nav a{margin-right:14px}
.wrap{display:flex;max-width:1100px;margin:0 auto}main{flex:3;padding:16px}aside{flex:1;padding:16px;border-left:1px solid #eee}
.crumb{font-size:12px;color:#888;margin:8px 0}.floor{border-bottom:1px dashed #ddd;padding:10px 0}.meta{color:#999;font-size:12px}
footer{font-size:12px;color:#777;border-top:1px solid #ddd;text-align:center}.red{color:#c00}.price{color:#e4393c;font-size:22px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}"""


def doc(title, head, nav, crumbs, main, aside, foot, cls):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{CSS}</style>
</head>
<body class="{cls}">
<header>{head}</header>
<nav>{nav}</nav>
<div class="crumb">{crumbs}</div>
<div class="wrap">
<main>
{main}
</main>
<aside>
{aside}
</aside>
</div>
<footer>{foot}</footer>
</body>
</html>
"""


PAGES = {}


def add(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    assert path not in PAGES, path
    PAGES[path] = dict(path=path, html=html, is_offer=is_offer, operator=operator,
                       provider=provider, identifiers=[list(x) for x in ids], note=note)


# ================================================================ site frames
# ---- forum: 钱塘邻里论坛
FORUM_FOOT = ("钱塘邻里论坛 qtlinli.net · 版务邮箱 banwu@qtlinli.net · 版务QQ 800 315 266<br>"
              "本站帖子仅代表网友个人观点,涉及交易请核实对方资质,谨防诈骗。浙ICP备1805xxxx号")
FORUM_THREADS = [
    ("thread-101.html", "人工智能训练师补贴培训靠谱吗?社保交满一年能退多少"),
    ("thread-102.html", "上海居住证积分差20分,考证能补上吗?经验分享"),
    ("thread-103.html", "【求助】数据标注员想考个证,有没有线上班推荐"),
    ("thread-104.html", "居转户/积分规划 找机构还是自己弄?"),
    ("thread-105.html", "自己整理的人工智能训练师四级备考资料,顺便带几个同学"),
    ("thread-106.html", "【曝光】交了3980说包过补贴全退,现在人找不到了"),
]


def forum(path, title, floors, note_side=""):
    r = "../"
    head = f'<a href="{r}index.html">站点导航</a> | <b>钱塘邻里论坛</b> — 杭州本地生活社区'
    nav = ('<a href="index.html">论坛首页</a><a href="index.html#edu">教育培训</a>'
           '<a href="index.html#job">求职招聘</a><a href="thread-106.html">投诉维权</a>')
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">钱塘邻里论坛</a> &gt; 教育培训 &gt; 正文'
    body = f"<h1>{title}</h1>\n"
    for i, (user, when, text) in enumerate(floors, 1):
        lab = "楼主" if i == 1 else f"{i}楼"
        body += (f'<div class="floor"><div class="meta">{lab} · <b>{user}</b> · 发表于 {when}</div>'
                 f"<div>{text}</div></div>\n")
    body += '<p class="meta">回复 · 收藏 · 举报 · <a href="index.html">返回列表</a></p>'
    side = "<h3>本版热帖</h3><ul>" + "".join(
        f'<li><a href="{p}">{t}</a></li>' for p, t in FORUM_THREADS if p != path.split("/")[-1]) + "</ul>" + note_side
    return doc(title + " - 钱塘邻里论坛", head, nav, crumbs, body, side, FORUM_FOOT, "forum")


# ---- marketplace: 技能优品
MKT_FOOT = (f"技能优品 jinengyoupin.cn · 平台客服热线 400-826-3311 · 客服邮箱 service@jinengyoupin.cn · "
            f"商家交流QQ群 718520364<br>杭州优品云学网络科技有限公司 统一社会信用代码 {MKT_USCC} · "
            f'<a href="help.html">帮助中心</a> · 平台仅提供信息展示与交易服务,课程及证书由入驻商家负责')
MKT_ITEMS = [
    ("item-2001.html", "企业团报 人工智能训练师四级/三级 补贴班"),
    ("item-2002.html", "人工智能训练师(三级)直播+实操 可申领技能提升补贴"),
    ("item-2003.html", "技能提升补贴代申报+人工智能训练师五级 一站式"),
    ("item-2004.html", "人工智能训练师 零基础到四级 周末班"),
    ("item-2005.html", "2026人工智能训练师报名通道 补贴申领指导"),
    ("item-2006.html", "育婴员(五级)线上课 宝妈考证"),
]


def market(path, title, main, shop, shop_side=""):
    r = "../"
    head = (f'<a href="{r}index.html">站点导航</a> | <b>技能优品</b> 职业教育好课商城 '
            '<form style="display:inline"><input placeholder="搜索 课程/证书/店铺"></form>')
    nav = ('<a href="index.html">首页</a><a href="index.html#ai">人工智能</a><a href="index.html#care">家政育婴</a>'
           '<a href="index.html#it">IT技能</a><a href="help.html">帮助中心</a>')
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">技能优品</a> &gt; 职业技能 &gt; {shop}'
    side = (f"<h3>店铺:{shop}</h3><p>店铺评分 4.8 · 保证金已缴纳</p>{shop_side}<h3>看了又看</h3><ul>" +
            "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in MKT_ITEMS if p != path.split("/")[-1]) + "</ul>")
    return doc(title + " - 技能优品", head, nav, crumbs, main, side, MKT_FOOT, "market")


# ---- Q&A: 知了问答
QA_FOOT = "知了问答 zhiliaowenda.com · 违法和不良信息举报邮箱 jubao@zhiliaowenda.com · 回答内容由用户提供,不代表平台观点"
QA_LIST = [
    ("q-301.html", "公司想给员工统一报人工智能训练师,怎么走补贴?"),
    ("q-302.html", "人工智能训练师三级能加多少积分?上海居住证"),
    ("q-303.html", "人工智能训练师考试难吗?线上学习可以吗"),
    ("q-304.html", "技能提升补贴怎么申请?自己弄还是找人代办"),
    ("q-305.html", "零基础转行数据标注,人工智能训练师证有用吗"),
]


def qa(path, question, qdetail, answers):
    r = "../"
    head = f'<a href="{r}index.html">站点导航</a> | <b>知了问答</b> — 有问题,就会有答案'
    nav = '<a href="index.html">首页</a><a href="index.html#edu">教育</a><a href="index.html#job">职场</a>'
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">知了问答</a> &gt; 职业教育'
    body = f"<h1>{question}</h1><p>{qdetail}</p><p class='meta'>{len(answers)} 个回答</p>\n"
    for user, tag, votes, text in answers:
        body += (f'<div class="floor"><div class="meta"><b>{user}</b> {tag}</div><div>{text}</div>'
                 f'<div class="meta">赞同 {votes} · 评论 · 分享</div></div>\n')
    side = "<h3>相关问题</h3><ul>" + "".join(
        f'<li><a href="{p}">{t}</a></li>' for p, t in QA_LIST if p != path.split("/")[-1]) + "</ul>"
    return doc(question + " - 知了问答", head, nav, crumbs, body, side, QA_FOOT, "qa")


# ---- short video: 快看
VID_FOOT = "快看短视频 · 网络内容举报热线 400-140-2108 · 未成年人保护 · 平台不支持站外私下交易,谨防诈骗"
VID_LIST = [
    ("v-401.html", "社保满一年的注意!这个证考完补贴两千"),
    ("v-402.html", "2026年度职业技能提升补贴申领开始了"),
    ("v-403.html", "AI训练师三级,我是怎么一个月拿证的"),
    ("v-404.html", "在家做数据标注,先把证考了"),
    ("v-405.html", "阿杰带你看懂人工智能训练师"),
]


def video(path, author, caption, tags, plays, comments, extra=""):
    r = "../"
    head = f'<a href="{r}index.html">站点导航</a> | <b>快看</b> 记录美好生活'
    nav = '<a href="index.html">推荐</a><a href="index.html">关注</a><a href="index.html">同城</a>'
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">快看</a> &gt; @{author}'
    body = (f'<div class="player">[视频] 播放 {plays} · 时长 00:58</div><h1>@{author}</h1><p>{caption}</p>'
            f'<p>{" ".join("#" + t for t in tags)}</p>{extra}<h3>评论 {len(comments)}</h3>')
    for u, t in comments:
        body += f'<div class="floor"><b>{u}</b>:{t}</div>'
    side = "<h3>相关推荐</h3><ul>" + "".join(
        f'<li><a href="{p}">{t}</a></li>' for p, t in VID_LIST if p != path.split("/")[-1]) + "</ul>"
    return doc(caption[:24] + " - 快看", head, nav, crumbs, body, side, VID_FOOT, "video")


# ---- notes app: 拾光笔记
NOTE_LIST = [
    ("n-501.html", "沪漂积分攻略|技能证书是性价比最高的加分项"),
    ("n-502.html", "宝妈在家学AI|训练师三级备考全记录"),
    ("n-503.html", "数据标注员入门|我踩过的坑"),
    ("n-504.html", "居住证积分120分怎么凑?过来人告诉你"),
    ("n-505.html", "考完人工智能训练师四级,说点真话"),
]


def note(path, author, title, text, tags, likes, comments):
    r = "../"
    head = f'<a href="{r}index.html">站点导航</a> | <b>拾光笔记</b> 标记你的生活'
    nav = '<a href="index.html">发现</a><a href="index.html">职场</a><a href="index.html">学习</a>'
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">拾光笔记</a> &gt; 笔记详情'
    body = (f'<div class="meta">{author} · 编辑于 2026-1{len(title) % 2}-0{len(text) % 9 + 1}</div><h1>{title}</h1>'
            f'<div class="img">[图片 1/6]</div>{text}<p>{" ".join("#" + t for t in tags)}</p>'
            f'<p class="meta">赞 {likes} · 收藏 · 评论 {len(comments)}</p>')
    for u, t in comments:
        body += f'<div class="floor"><b>{u}</b>:{t}</div>'
    side = "<h3>相关笔记</h3><ul>" + "".join(
        f'<li><a href="{p}">{t}</a></li>' for p, t in NOTE_LIST if p != path.split("/")[-1]) + "</ul>"
    return doc(title + " - 拾光笔记", head, nav, crumbs, body, side, "拾光笔记 · 社区规范 · 笔记内容由作者发布", "notes")


# ---- classifieds: 同城快讯
CL_FOOT = ("同城快讯 tongchengkx.com · 客服热线 400-650-7788 · 温馨提示:凡要求先交押金、报名费后安排工作的,请提高警惕<br>"
           "本站信息由用户自行发布,请仔细甄别")
CL_LIST = [
    ("c-601.html", "企业员工技能提升 人工智能训练师团报 可开票"),
    ("c-602.html", "积分落户 人工智能训练师 补分"),
    ("c-603.html", "招数据标注学员 学完考证 推荐兼职"),
    ("c-604.html", "宁波 人工智能训练师 四级/三级 报名"),
    ("c-605.html", "招聘 数据标注员 5名 (有训练师证优先)"),
]


def classified(path, title, fields, text):
    r = "../"
    head = f'<a href="{r}index.html">站点导航</a> | <b>同城快讯</b> 杭州 · 宁波 · 上海'
    nav = '<a href="index.html">首页</a><a href="index.html#edu">教育培训</a><a href="index.html#job">招聘</a>'
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">同城快讯</a> &gt; 教育培训 &gt; 详情'
    tb = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields) + "</table>"
    body = f"<h1>{title}</h1><p class='meta'>信息编号 仅供参考 · 浏览 {len(text) * 3} 次</p>{tb}<h3>详细描述</h3>{text}"
    side = "<h3>同类信息</h3><ul>" + "".join(
        f'<li><a href="{p}">{t}</a></li>' for p, t in CL_LIST if p != path.split("/")[-1]) + "</ul>"
    return doc(title + " - 同城快讯", head, nav, crumbs, body, side, CL_FOOT, "classifieds")


# ---- notices: 邻里通·社区公告
NT_LIST = [
    ("n-701.html", "关于组织辖区居民参加人工智能训练师补贴培训的通知"),
    ("n-702.html", "关于做好2026年度职业技能提升补贴培训报名工作的通知"),
    ("n-703.html", "【群公告】技能补贴群 本周报名安排"),
    ("n-704.html", "失业保险技能提升补贴政策问答"),
]


def notice(title, body, aside_extra=""):
    r = "../"
    head = f'<a href="{r}index.html">站点导航</a> | <b>邻里通 · 社区公告栏</b> 转发社区、街道及居民群通知'
    nav = '<a href="index.html">全部公告</a><a href="index.html#gov">政策通知</a><a href="index.html#group">群公告</a>'
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">社区公告栏</a> &gt; 正文'
    side = "<h3>最新公告</h3><ul>" + "".join(
        f'<li><a href="{p}">{t}</a></li>' for p, t in NT_LIST if t != title) + "</ul>" + aside_extra
    return doc(title, head, nav, crumbs, body, side, "邻里通社区公告栏 · 内容由社区工作者及居民转发,请以官方发布为准", "notice")


# ---- news: 钱江观察网
NEWS_FOOT = "钱江观察网 · 新闻热线 0571-85100000 · 违法和不良信息举报 · 互联网新闻信息服务许可证 33120xxxxx"
NEWS_LIST = [
    ("a-801.html", "“交钱包过、补贴全退”?警惕人工智能训练师考证骗局"),
    ("a-802.html", "积分落户新思路:技能证书成为沪漂“加分利器”"),
    ("a-803.html", "套取技能提升补贴,一培训机构负责人被立案调查"),
]


def news(path, title, src, body):
    r = "../"
    head = f'<a href="{r}index.html">站点导航</a> | <b>钱江观察网</b> 新闻 · 民生 · 教育'
    nav = '<a href="index.html">首页</a><a href="index.html#edu">教育</a><a href="index.html#life">民生</a>'
    crumbs = f'<a href="{r}index.html">首页</a> &gt; <a href="index.html">钱江观察网</a> &gt; 教育'
    main = f"<h1>{title}</h1><p class='meta'>{src}</p>{body}<p class='meta'>【纠错】 【分享】</p>"
    side = "<h3>相关阅读</h3><ul>" + "".join(
        f'<li><a href="{p}">{t}</a></li>' for p, t in NEWS_LIST if p != path.split("/")[-1]) + "</ul>"
    return doc(title + " - 钱江观察网", head, nav, crumbs, main, side, NEWS_FOOT, "news")


CORP_CREDIT = '技术支持:<a href="https://www.sujianzhan.com">速建站 sujianzhan.com</a>'
PLACEHOLDER = "电话:138-0000-0000 邮箱:example@example.com"

# ================================================================ OPERATORS
# ---------- U01 智训 (community notice, company site, forum, video)
U01_PHONE = "+8613857126630"
add("corp/zhixun/index.html", doc(
    "智训职业技能培训学校 - 人工智能训练师补贴培训",
    '<a href="../../index.html">站点导航</a> | <b>智训职业技能培训学校</b> 人社部门备案民办培训机构',
    '<a href="index.html">学校首页</a><a href="#course">课程设置</a><a href="#subsidy">补贴政策</a><a href="#contact">联系我们</a>',
    '<a href="../../index.html">首页</a> &gt; 智训职业技能培训学校',
    f"""<h1>人工智能训练师(4-04-05-05)补贴培训招生简章</h1>
<p>智训职业技能培训学校是经区人力社保局审批的民办职业培训学校,2026年开设人工智能训练师五级、四级、三级培训班,
课程包含数据采集和处理、数据标注、智能系统运维等模块,理论+实操结合,线下小班授课。</p>
<h2 id="course">课程设置</h2>
<table><tr><th>等级</th><th>学时</th><th>培训费</th><th>可申领补贴(参考)</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>1280元</td><td>1000元</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>1880元</td><td>1500元</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>2580元</td><td>2000元</td></tr></table>
<h2 id="subsidy">补贴政策</h2>
<p>参加失业保险累计缴费满1年的企业职工,取得证书后可按规定申领技能提升补贴;本校老师全程指导申领。
证书可登录 zscx.osta.org.cn 查询。报名请携带身份证复印件、学历证明。</p>
<h2 id="contact">联系我们</h2>
<p>招生热线:138-5712-6630(艾老师)<br>微信:zxjy_ai2026<br>官网:www.zhixunjy.cn<br>
地址:杭州市西湖区文一西路某大厦5楼<br>统一社会信用代码:{U01_USCC}</p>""",
    '<h3>快速导航</h3><ul><li><a href="#course">课程设置</a></li><li><a href="../../notice/n-701.html">社区合作通知</a></li></ul>',
    f"版权所有 © 2026 智训职业技能培训学校 · {CORP_CREDIT}", "corp"),
    True, "U01", "智训职业技能培训学校",
    [("phone", U01_PHONE, "138-5712-6630"), ("wechat", "zxjy_ai2026", "zxjy_ai2026"),
     ("domain", "zhixunjy.cn", "www.zhixunjy.cn"), ("uscc", U01_USCC, U01_USCC)],
    "U01 school's own site: course table with subsidy amounts")

add("notice/n-701.html", notice(
    "关于组织辖区居民参加人工智能训练师补贴培训的通知",
    """<h1>关于组织辖区居民参加人工智能训练师补贴培训的通知</h1>
<p class="meta">发布:文新街道某社区居委会 · 2026-11-03 · 转发</p>
<p>各位居民朋友:</p>
<p>为提升辖区居民就业技能,社区联合智训教育开展人工智能训练师(五级、四级)技能培训,现将有关事项通知如下:</p>
<p>一、培训对象:辖区内参加失业保险满一年的在职人员、待业青年及有意转岗的居民。</p>
<p>二、培训时间:2026年11月中旬开班,每周六、日上课,共约8周。</p>
<p>三、费用:培训费先行缴纳,取得证书后按政策申领技能提升补贴(五级最高1000元、四级最高1500元)。</p>
<p>四、报名方式:扫描下方二维码或通过金数据表单报名(jinshuju.net/f/Zx8qLm),也可电话联系培训机构艾老师 138 5712 6630。</p>
<p>政策咨询可拨打人社服务热线12333或政务服务便民热线12345。社区服务中心电话:0571-86017730。</p>
<p style="text-align:right">某社区居民委员会<br>2026年11月3日</p>""",
    ), True, "U01", "智训教育",
    [("phone", U01_PHONE, "138 5712 6630")],
    "community residents' committee notice co-branded with U01 (智训教育)")

add("forum/thread-101.html", forum("forum/thread-101.html",
    "人工智能训练师补贴培训靠谱吗?社保交满一年能退多少", [
        ("西溪打工人", "2026-10-28 21:14", "公司同事说考人工智能训练师能拿补贴,四级能退1500?有没有人真拿到过的,求说说流程。"),
        ("小艾老师AI训练营", "2026-10-28 21:40",
         "可以的,前提是失业保险交满一年(看社保缴费记录),证书出来后在浙里办申请,一般一两个月到账。"
         "我们这期四级班11月开,补贴后基本等于没花钱,想了解加V:ZXJY_AI2026,或者电话 一三八五七一二六六三零 (不方便发数字见谅)"),
        ("三墩阿强", "2026-10-29 08:02", "楼上是打广告的吧……不过补贴政策是真的,12333可以问。"),
        ("Lily在杭州", "2026-10-29 12:30", "我也想报,有没有一起的,我VX: lily_hz88 求拉群"),
    ]), True, "U01", "小艾老师AI训练营",
    [("wechat", "zxjy_ai2026", "ZXJY_AI2026"), ("phone", U01_PHONE, "一三八五七一二六六三零")],
    "forum reply that sells U01 course (mixed-case WeChat, Chinese-numeral phone)")

add("video/v-401.html", video("video/v-401.html", "小艾老师AI训练营",
    "社保满一年的注意!人工智能训练师证考完补贴最高2000,学费基本能退回来,11月班还剩8个名额",
    ["技能提升补贴", "人工智能训练师", "杭州考证"], "3.2w", [
        ("momo", "怎么报名"), ("小艾老师AI训练营", "私信或者v ｚｘｊｙ_ａｉ２０２６ ,官网 zhixunjy点cn 也能看课表"),
        ("Lily在杭州", "已私信"), ("路人乙", "不交社保的能拿吗"), ("小艾老师AI训练营", "不交社保的拿不了补贴哦,但也能考证")]),
    True, "U01", "小艾老师AI训练营",
    [("wechat", "zxjy_ai2026", "ｚｘｊｙ_ａｉ２０２６"), ("domain", "zhixunjy.cn", "zhixunjy点cn")],
    "short video + comment replies selling U01 (full-width WeChat, spelled-out domain)")

# ---------- U02 鼎程 (enterprise group enrolment)
U02_TEL = "+86-571-87236619"
U02_MAIL = "hr@dingchenghr.com"
add("corp/dingcheng/index.html", doc(
    "鼎程人力资源 - 企业员工技能提升 团报服务",
    '<a href="../../index.html">站点导航</a> | <b>鼎程人力资源</b> 人力资源外包 · 企业培训 · 技能认定团报',
    '<a href="index.html">首页</a><a href="#group">企业团报</a><a href="#case">服务案例</a><a href="#contact">联系方式</a>',
    '<a href="../../index.html">首页</a> &gt; 鼎程人力资源 &gt; 企业团报',
    f"""<h1>企业员工人工智能训练师技能等级认定团报服务</h1>
<p>面向电商、客服、内容审核、数据服务类企业,为员工统一组织人工智能训练师四级/三级培训及报名,
协助企业整理社保缴费证明、花名册,员工取证后可个人申领技能提升补贴,企业可享受职工教育经费税前扣除。</p>
<h2 id="group">团报流程</h2><ol><li>企业提交员工花名册(10人起)</li><li>签订培训服务协议,开具增值税发票</li>
<li>线上理论+周末实操,统一安排认定考试</li><li>出证后指导员工申领补贴</li></ol>
<h2 id="case">服务案例</h2><p>2026年已服务杭州、湖州、嘉兴等地企业40余家,累计组织员工参训1200余人次。</p>
<h2 id="contact">联系方式</h2><p>企业服务专线:0571-87236619<br>商务邮箱:hr@dingchenghr.com<br>
网址:www.dingchenghr.com<br>杭州鼎程人力资源服务有限公司 统一社会信用代码 {U02_USCC}</p>""",
    '<h3>相关服务</h3><ul><li>劳务派遣</li><li>社保代理</li><li>企业内训</li></ul>',
    f"© 杭州鼎程人力资源服务有限公司 · {CORP_CREDIT}", "corp"),
    True, "U02", "鼎程人力资源",
    [("phone", U02_TEL, "0571-87236619"), ("email", U02_MAIL, "hr@dingchenghr.com"),
     ("domain", "dingchenghr.com", "www.dingchenghr.com"), ("uscc", U02_USCC, U02_USCC)],
    "U02 HR company's site: enterprise group enrolment")

add("classifieds/c-601.html", classified("classifieds/c-601.html",
    "企业员工技能提升 人工智能训练师团报 可开票", [
        ("类别", "教育培训 / 职业技能"), ("区域", "杭州 拱墅区"), ("联系人", "鼎程企服 周经理"),
        ("电话", "0571 8723 6619"), ("QQ", "2853716604")],
    """<p>承接企业批量报名人工智能训练师四级、三级,10人起团,价格从优,可开专票。</p>
<p>实操考点安排在某职业技术学院鉴定站(考点咨询电话 0571-86739120),统一大巴接送。</p>
<p>员工社保满一年,拿证后个人可领补贴1500~2000元。企业HR请备注“团报”。</p>"""),
    True, "U02", "鼎程企服",
    [("phone", U02_TEL, "0571 8723 6619"), ("qq", "2853716604", "2853716604")],
    "classifieds post for U02 group enrolment")

add("market/item-2001.html", market("market/item-2001.html", "企业团报 人工智能训练师四级/三级 补贴班",
    """<h1>【企业团报】人工智能训练师四级/三级 补贴班 10人起</h1>
<p class="price">¥1680 起/人</p><p>已售 326 · 评价 58</p>
<h3>商品详情</h3><p>适合企业统一组织员工考证,线上直播+实操,统一安排认定。员工拿证后可申领技能提升补贴。</p>
<p>企业团购咨询 QQ 285 371 6604 · 方案及报价请发邮件 hr#dingchenghr.com(#改@)</p>
<h3>买家评价</h3><div class="floor">j***8:HR同事统一报的,老师挺负责。</div>
<div class="floor">匿名用户:开票很快。</div>""", "鼎程企服旗舰店"),
    True, "U02", "鼎程企服",
    [("qq", "2853716604", "285 371 6604"), ("email", U02_MAIL, "hr#dingchenghr.com")],
    "marketplace shop item of U02 (spaced QQ, #-for-@ email)")

add("qa/q-301.html", qa("qa/q-301.html", "公司想给员工统一报人工智能训练师,怎么走补贴?",
    "我们是做电商客服的,老板想让30个员工都考个人工智能训练师,听说有补贴,怎么操作?", [
        ("劳动法小白", "", 12, "补贴是发给个人的,不是发给公司。员工社保(失业保险)交满一年,取证后自己在当地人社平台申请。"),
        ("AI训练师企业团报中心", "职业培训 从业8年", 7,
         "企业批量报名建议直接找做团报的机构,流程省事很多:花名册、社保证明、开票我们都能处理。"
         "可以看下我们官网 DingChengHR.com 的团报流程,或者打 +86-571-8723-6619 找周经理。"),
        ("匿名用户", "", 2, "注意别找那种“包过”的,认定是要真考的。"),
    ]), True, "U02", "AI训练师企业团报中心",
    [("domain", "dingchenghr.com", "DingChengHR.com"), ("phone", U02_TEL, "+86-571-8723-6619")],
    "Q&A answer selling U02 group enrolment")

# ---------- U03 沪享积分 (Shanghai residence points)
U03_PHONE = "+8618621739045"
add("notes/n-501.html", note("notes/n-501.html", "沪享积分小助理",
    "沪漂积分攻略|技能证书是性价比最高的加分项",
    """<p>居住证积分差分的宝子看过来!技能证书加分:五级15、四级30、三级60(工种需与工作岗位对应)。</p>
<p>人工智能训练师是今年很多人选的方向,考完证书在 zscx.osta.org.cn 能查到。我们做积分规划+考证一条龙,
从材料到打分都帮你看。想算自己差多少分的,v❤ hxjf_sh (备注积分)</p>""",
    ["上海积分", "居住证积分", "人工智能训练师", "沪漂"], 1862,
    [("奶茶不加糖", "三级要求几年工作经验啊"), ("沪享积分小助理", "看个人情况,私信发你"), ("Cici", "求带")]),
    True, "U03", "沪享积分",
    [("wechat", "hxjf_sh", "hxjf_sh")],
    "notes-app post selling U03 residence-points planning + cert (emoji-split WeChat)")

add("qa/q-302.html", qa("qa/q-302.html", "人工智能训练师三级能加多少积分?上海居住证",
    "目前98分,差22分,想靠技能证书补上,三级训练师可以吗?", [
        ("沪上老法师", "", 33, "技能类三级是60分,但要求工种与岗位相符,还要在本市缴纳社保,别光看证。"),
        ("申城积分通", "积分规划顾问", 9,
         "三级可以加60分,你这个情况刚好够。我们这边可以帮你规划工种和岗位匹配,报班到拿证大概3~4个月,"
         "有需要可以电话 186 2173 9045 咨询,免费帮算分。"),
        ("Lily在杭州", "", 1, "同问,我VX: lily_hz88 求拉群"),
    ]), True, "U03", "申城积分通",
    [("phone", U03_PHONE, "186 2173 9045")],
    "Q&A answer selling U03")

add("forum/thread-102.html", forum("forum/thread-102.html",
    "上海居住证积分差20分,考证能补上吗?经验分享", [
        ("申城积分通", "2026-09-12 10:20",
         "分享下最近几个客户的案例:大多数人卡在学历分,技能证书三级60分,效率最高。人工智能训练师今年很热门,"
         "报名到拿证3个多月。有兴趣的进Q群 735-920-118 交流,或者加微信 HXJF_SH 免费算分。"),
        ("浦东小林", "2026-09-12 11:02", "三级不是要先有四级吗?"),
        ("申城积分通", "2026-09-12 11:30", "具体看申报条件,可以私聊。"),
        ("阿飞", "2026-09-13 09:15", "这种帖子版主不管的吗"),
    ]), True, "U03", "申城积分通",
    [("qq_group", "735920118", "735-920-118"), ("wechat", "hxjf_sh", "HXJF_SH")],
    "forum thread opened by U03 as 'experience sharing' (dashed QQ group, upper-case WeChat)")

add("classifieds/c-602.html", classified("classifieds/c-602.html", "积分落户 人工智能训练师 补分", [
        ("类别", "商务服务 / 积分落户"), ("区域", "上海 浦东"), ("联系人", "沪享积分 王老师"),
        ("电话", "+86 186-2173-9045"), ("QQ群", "QQ群735920118")],
    """<p>专业居住证积分、居转户规划,技能证书补分(人工智能训练师四级30分/三级60分)。</p>
<p>免费测算,方案不满意不收费。</p>"""),
    True, "U03", "沪享积分",
    [("phone", U03_PHONE, "+86 186-2173-9045"), ("qq_group", "735920118", "QQ群735920118")],
    "classifieds post for U03")

# ---------- U04 职业技能提升服务中心 (gov-styled)
U04_PHONE = "+8617706521348"
U04_MAIL = "jnts2026@163.com"
add("corp/jnts/index.html", doc(
    "浙江职业技能提升服务网 - 补贴培训报名",
    '<div style="background:#b30000;color:#fff;padding:8px"><b>职业技能提升服务中心</b> · 技能补贴申领服务平台</div>'
    '<a href="../../index.html">站点导航</a>',
    '<a href="index.html">首页</a><a href="#tz">通知公告</a><a href="#bm">在线报名</a><a href="#cx">证书查询</a>',
    '<a href="../../index.html">首页</a> &gt; 职业技能提升服务中心 &gt; 通知公告',
    f"""<h1 id="tz">2026年度人工智能训练师补贴培训报名公告</h1>
<p>根据《关于实施职业技能提升行动的有关政策》等文件精神,本中心面向全省参保职工开展人工智能训练师
(五级至三级)补贴性培训,名额有限,额满即止。</p>
<p>一、报名条件:参加失业保险累计满12个月。二、培训费用:三级2980元,取证后可申领技能提升补贴,最高2000元。</p>
<p id="bm">三、在线报名:www.zjjnts.com/baoming 或致电 177 0652 1348。材料请发送至 jnts2026@163.com。</p>
<p id="cx">四、证书查询:本中心证书信息同步上传,可在浙江省人力资源和社会保障厅网站(rlsbt.zj.gov.cn)查询政策,
人社咨询可拨打12333。</p>
<p>主办单位:浙江职培通信息技术有限公司(统一社会信用代码 {U04_USCC})</p>""",
    '<h3>服务指南</h3><ul><li>补贴申领流程</li><li>常见问题</li><li><a href="../../notice/n-702.html">报名通知</a></li></ul>',
    "职业技能提升服务中心 版权所有 · 建议使用IE9以上浏览器", "corp"),
    True, "U04", "职业技能提升服务中心",
    [("phone", U04_PHONE, "177 0652 1348"), ("domain", "zjjnts.com", "www.zjjnts.com"),
     ("email", U04_MAIL, "jnts2026@163.com"), ("uscc", U04_USCC, U04_USCC)],
    "U04 gov-styled site run by a company (91 code) with state-sounding name")

add("notice/n-702.html", notice(
    "关于做好2026年度职业技能提升补贴培训报名工作的通知",
    """<div style="text-align:center;color:#c00;font-size:26px;font-weight:bold;border-bottom:2px solid #c00">职业技能提升服务中心文件</div>
<p style="text-align:center">职培〔2026〕18号</p>
<h1 style="text-align:center">关于做好2026年度职业技能提升补贴培训报名工作的通知</h1>
<p>各街道、社区,各有关企业:</p>
<p>为贯彻落实技能提升行动要求,现组织开展人工智能训练师补贴培训报名工作。请各社区广泛宣传,
符合条件的参保职工于2026年12月20日前完成报名,逾期视为自动放弃本年度补贴名额。</p>
<p>报名网址:www.zjjnts.com 咨询电话:177-0652-1348</p>
<p style="text-align:right">技能补贴申领服务站<br>2026年11月15日</p>
<p class="meta">(居民群转发)</p>""",
    ), True, "U04", "技能补贴申领服务站",
    [("domain", "zjjnts.com", "www.zjjnts.com"), ("phone", U04_PHONE, "177-0652-1348")],
    "red-head notice imitating a government document, posted by U04")

add("video/v-402.html", video("video/v-402.html", "职培通官方",
    "2026年度职业技能提升补贴申领开始了!人工智能训练师补贴名额12月20日截止,错过等明年",
    ["技能补贴", "政策解读", "人工智能训练师"], "12.7w", [
        ("老周", "真的假的,官方的吗"), ("职培通官方", "报名咨询 一七七 零六五二 一三四八,材料发 jnts2026＠163.com"),
        ("青青", "又是卖课的"), ("小雨", "12333打过去问了,说补贴是真的但没有截止这回事")]),
    True, "U04", "职培通",
    [("phone", U04_PHONE, "一七七 零六五二 一三四八"), ("email", U04_MAIL, "jnts2026＠163.com")],
    "short video by U04 with deadline pressure (Chinese numerals, full-width @)")

add("market/item-2005.html", market("market/item-2005.html", "2026人工智能训练师报名通道 补贴申领指导",
    """<h1>2026人工智能训练师报名通道(五级/四级/三级)含补贴申领指导</h1>
<p class="price">¥2980</p><p>已售 91 · 评价 12</p>
<h3>商品详情</h3><p>拍下后客服联系登记信息,统一安排培训与认定。报名详情见官网 ZJJNTS.COM,
资料请发 jnts2026 at 163 dot com。</p>
<h3>买家评价</h3><div class="floor">z***a:客服回复慢。</div>""", "职培通报名服务店"),
    True, "U04", "职培通",
    [("domain", "zjjnts.com", "ZJJNTS.COM"), ("email", U04_MAIL, "jnts2026 at 163 dot com")],
    "marketplace item of U04 (upper-case domain, spelled-out email)")

# ---------- U05 未来智联
U05_PHONE = "+8615968143207"
U05_BANK = "33010400018246705913"
add("market/item-2002.html", market("market/item-2002.html", "人工智能训练师(三级)直播+实操 可申领技能提升补贴",
    f"""<h1>人工智能训练师(三级)直播课+实操 可申领技能提升补贴</h1>
<p class="price">¥2580</p><p>课程编号 15720260301 · 已售 1.2k</p>
<h3>商品详情</h3><p>未来智联AI学院出品,40课时,覆盖业务分析、智能训练、智能系统设计、培训与指导。
证书可在 jndj.osta.org.cn 查询。课程顾问:159 6814 3207</p>
<p>开票主体:杭州未来智联教育科技有限公司 统一社会信用代码 {U05_USCC}</p>
<h3>买家评价</h3><div class="floor">宝***妈:直播回放很方便。</div>""", "未来智联AI学院"),
    True, "U05", "未来智联AI学院",
    [("phone", U05_PHONE, "159 6814 3207"), ("uscc", U05_USCC, U05_USCC)],
    "marketplace item of U05 (course number that looks like a phone is a decoy)")

add("video/v-403.html", video("video/v-403.html", "未来智联AI学院",
    "宝妈在家学AI!人工智能训练师三级一个月搞定,社保满一年补贴2000,原价3980现在2580",
    ["宝妈副业", "人工智能训练师", "技能补贴"], "8.4w", [
        ("小鱼", "怎么联系"), ("未来智联AI学院", "vx: wlzl_ai 或者 159-6814-3207"), ("路过", "一个月?")]),
    True, "U05", "未来智联AI学院",
    [("wechat", "wlzl_ai", "wlzl_ai"), ("phone", U05_PHONE, "159-6814-3207")],
    "short video of U05")

add("notes/n-502.html", note("notes/n-502.html", "未来智联-Kiki老师",
    "宝妈在家学AI|训练师三级备考全记录",
    f"""<p>带娃间隙学了一个月,实操在某职业技术学院鉴定站考的(考点咨询电话 0571-86739120)。</p>
<p>想一起学的姐妹加 WLZL_AI,报名费对公转账:户名 杭州未来智联教育科技有限公司,账号 3301 0400 0182 4670 5913,
转账后截图给我登记。</p>""",
    ["宝妈", "人工智能训练师", "在家学习"], 927,
    [("糖糖", "姐妹求链接"), ("未来智联-Kiki老师", "私你了")]),
    True, "U05", "杭州未来智联教育科技有限公司",
    [("wechat", "wlzl_ai", "WLZL_AI"), ("other", "bank:" + U05_BANK, "3301 0400 0182 4670 5913")],
    "notes post by U05 staff; bank account as tie")

# ---------- U06 蓝鲸职培
add("forum/thread-103.html", forum("forum/thread-103.html",
    "【求助】数据标注员想考个证,有没有线上班推荐", [
        ("奔三的小王", "2026-08-03 19:40", "在做数据标注外包,想考人工智能训练师四级,线上能学吗?"),
        ("蓝鲸职培", "2026-08-03 20:12", "可以的,我们蓝鲸职培线上直播,实操统一安排,四级1580。QQ 3190562287 咨询。"),
        ("Lily在杭州", "2026-08-04 09:00", "同求推荐,我VX: lily_hz88 求拉群"),
        ("奔三的小王", "2026-08-04 10:20", "谢谢,先看看。"),
    ]), True, "U06", "蓝鲸职培",
    [("qq", "3190562287", "3190562287")],
    "forum reply selling U06")

add("qa/q-303.html", qa("qa/q-303.html", "人工智能训练师考试难吗?线上学习可以吗",
    "想报个四级,理论和实操分别考什么?", [
        ("数据人阿木", "标注项目经理", 41, "四级实操主要是数据采集处理和标注,有工作经验的不算难。理论刷题就行。"),
        ("鲸学堂", "职业培训", 6, "线上可以学,我们鲸学堂有录播+答疑群,扣扣:三一九零五六二二八七,学员群826174093。"),
    ]), True, "U06", "鲸学堂",
    [("qq", "3190562287", "三一九零五六二二八七"), ("qq_group", "826174093", "826174093")],
    "Q&A answer selling U06 (Chinese-numeral QQ)")

add("notes/n-503.html", note("notes/n-503.html", "鲸学堂小助手",
    "数据标注员入门|我踩过的坑",
    """<p>做了两年标注,说几点:1.证书不是必须但加分;2.别信包过;3.找正规机构。</p>
<p>我们鲸学堂开了人工智能训练师四级班,补贴政策有疑问可以进 Q群 826-174-093,资料发邮箱 3190562287@QQ.com</p>""",
    ["数据标注", "人工智能训练师", "职场干货"], 533, [("Echo", "已加群")]),
    True, "U06", "鲸学堂",
    [("qq_group", "826174093", "826-174-093"), ("email", "3190562287@qq.com", "3190562287@QQ.com")],
    "notes post selling U06")

# ---------- U07 标注侠
U07_PHONE = "+8613067819952"
add("classifieds/c-603.html", classified("classifieds/c-603.html", "招数据标注学员 学完考证 推荐兼职", [
        ("类别", "教育培训 / IT"), ("区域", "杭州 余杭区"), ("联系人", "数标人才 刘老师"),
        ("电话", "130 6781 9952"), ("微信", "微信 bzx_data")],
    "<p>零基础学数据标注,学完报人工智能训练师五级,推荐线上兼职项目。学费可分期。</p>"),
    True, "U07", "数标人才",
    [("phone", U07_PHONE, "130 6781 9952"), ("wechat", "bzx_data", "bzx_data")],
    "classifieds post of U07")

add("video/v-404.html", video("video/v-404.html", "标注侠训练营",
    "在家做数据标注,先把人工智能训练师证考了,接单单价更高",
    ["数据标注", "在家兼职", "人工智能训练师"], "5.6w", [
        ("阿豪", "怎么报"), ("标注侠训练营", "主页网站 biaozhuxia.com 或者 V:BZX_DATA")]),
    True, "U07", "标注侠训练营",
    [("wechat", "bzx_data", "BZX_DATA"), ("domain", "biaozhuxia.com", "biaozhuxia.com")],
    "short video of U07")

add("corp/biaozhuxia/index.html", doc(
    "标注侠训练营 - 数据标注 · 人工智能训练师",
    '<a href="../../index.html">站点导航</a> | <b>标注侠训练营</b>',
    '<a href="index.html">首页</a><a href="#kc">课程</a><a href="#lx">联系</a>',
    '<a href="../../index.html">首页</a> &gt; 标注侠训练营',
    """<h1>数据标注实战 + 人工智能训练师五级/四级</h1>
<p id="kc">8周线上实战,完成图像、文本、语音标注项目,结业后报名人工智能训练师认定,证书可在 zscx.osta.org.cn 查询。</p>
<p id="lx">报名电话:<a href="tel:13067819952">130-6781-9952</a><br>网址:www.biaozhuxia.com</p>
<p class="meta">联系我们(模板示例):电话:138-0000-0000 邮箱:example@example.com</p>""",
    '<h3>学员作品</h3><ul><li>图像框选项目</li><li>意图分类项目</li></ul>',
    f"© 标注侠训练营 · {CORP_CREDIT}", "corp"),
    True, "U07", "标注侠训练营",
    [("phone", U07_PHONE, "tel:13067819952"), ("phone", U07_PHONE, "130-6781-9952"),
     ("domain", "biaozhuxia.com", "www.biaozhuxia.com")],
    "U07 own site (tel: link; left-over template placeholder)")

# ---------- U08 优才积分
U08_PHONE = "+8618017764023"
add("notes/n-504.html", note("notes/n-504.html", "优才积分规划-Amy",
    "居住证积分120分怎么凑?过来人告诉你",
    "<p>学历+社保+技能证书是三大块。技能证书里人工智能训练师报的人最多,三级60分。"
    "我们优才积分规划做考证+积分申报打包,想测分的 wx:yc_jifen88</p>",
    ["上海积分", "居转户", "技能证书"], 2210, [("Mia", "打包多少钱"), ("优才积分规划-Amy", "私信")]),
    True, "U08", "优才积分规划",
    [("wechat", "yc_jifen88", "yc_jifen88")],
    "notes post of U08")

add("news/a-802.html", news("news/a-802.html", "积分落户新思路:技能证书成为沪漂“加分利器”",
    "来源:钱江观察网 合作专栏 · 2026-10-09 · 推广",
    """<p>近年来,越来越多在沪工作的年轻人选择通过职业技能等级证书补足居住证积分。业内人士介绍,
人工智能训练师三级可计60分,但需注意工种与岗位对应、社保缴纳等条件。</p>
<p>安居积分创始人陈女士表示,机构可为申请人提供从考证到积分申报的一站式服务。咨询热线 180 1776 4023。</p>
<p class="meta">(本文为合作推广内容)</p>"""),
    True, "U08", "安居积分",
    [("phone", U08_PHONE, "180 1776 4023")],
    "advertorial on a news site for U08")

add("forum/thread-104.html", forum("forum/thread-104.html", "居转户/积分规划 找机构还是自己弄?", [
        ("新上海人2026", "2026-07-21 22:05", "差分有点多,纠结找机构还是自己弄。"),
        ("安居积分", "2026-07-21 22:40", "自己弄也可以,但考证选工种很关键。需要规划的可以联系 1８0-1７7６-4０23 或微信 YC_JIFEN88。"),
        ("老沪漂", "2026-07-22 08:10", "自己弄,网上政策都有。"),
    ]), True, "U08", "安居积分",
    [("phone", U08_PHONE, "1８0-1７7６-4０23"), ("wechat", "yc_jifen88", "YC_JIFEN88")],
    "forum reply of U08 (mixed full-width phone)")

# ---------- U09 技能补贴帮办
U09_PHONE = "+8615158872416"
add("market/item-2003.html", market("market/item-2003.html", "技能提升补贴代申报+人工智能训练师五级 一站式",
    """<h1>技能提升补贴代申报 + 人工智能训练师五级 一站式服务</h1>
<p class="price">¥1380</p><p>已售 640 · 评价 77</p>
<h3>商品详情</h3><p>技能补贴帮办:报名、培训、认定、补贴申领一条龙。拍前请咨询 151 5887 2416。售后Q群:648203517</p>
<h3>买家评价</h3><div class="floor">l***9:补贴到了1000。</div><div class="floor">匿名:等了两个月。</div>""",
    "技能补贴帮办"),
    True, "U09", "技能补贴帮办",
    [("phone", U09_PHONE, "151 5887 2416"), ("qq_group", "648203517", "648203517")],
    "marketplace item of U09")

add("qa/q-304.html", qa("qa/q-304.html", "技能提升补贴怎么申请?自己弄还是找人代办",
    "浙江的,拿了证,补贴入口在哪?", [
        ("杭漂十年", "", 28, "浙里办搜“技能提升补贴”,自己申请就行,不用代办。"),
        ("职享补", "补贴服务", 3, "自己也能弄,但很多人卡在证书信息同步。没证的可以在我们这考五级,实操在"
         "某职业技术学院鉴定站(考点咨询电话 0571-86739120)。电话一五一五八八七二四一六,详情 zhixiangbu.cn"),
    ]), True, "U09", "职享补",
    [("phone", U09_PHONE, "一五一五八八七二四一六"), ("domain", "zhixiangbu.cn", "zhixiangbu.cn")],
    "Q&A answer selling U09")

add("notice/n-703.html", notice("【群公告】技能补贴群 本周报名安排",
    """<h1>【群公告】技能补贴群 本周报名安排</h1>
<p class="meta">来源:居民微信群“职享补·技能补贴交流群”群公告截图转录</p>
<p>@所有人 本周五截止人工智能训练师五级报名,名额30个。报名表:jinshuju.net/f/Pb3kTw
<br>新朋友请加QQ群 群号 648 203 517 获取资料;发票及材料请发 bangban@zhixiangbu.cn
<br>补贴政策以人社部门为准,有疑问打12333。</p>"""),
    True, "U09", "职享补",
    [("qq_group", "648203517", "648 203 517"), ("email", "bangban@zhixiangbu.cn", "bangban@zhixiangbu.cn")],
    "group announcement of U09 relayed on the notice board")

# ================================================================ independents
add("market/item-2004.html", market("market/item-2004.html", "人工智能训练师 零基础到四级 周末班",
    """<h1>人工智能训练师 零基础到四级 周末班(杭州线下)</h1>
<p class="price">¥1880</p><p>已售 58</p><h3>商品详情</h3>
<p>启明AI教育,周末线下小班,四级需满足申报条件。咨询 137 5820 1964,微信 qm_edu</p>""", "启明AI教育"),
    True, "I01", "启明AI教育",
    [("phone", "+8613758201964", "137 5820 1964"), ("wechat", "qm_edu", "qm_edu")],
    "independent shop item on the marketplace")

add("qa/q-305.html", qa("qa/q-305.html", "零基础转行数据标注,人工智能训练师证有用吗",
    "30岁,想转行,这个证值不值得考?", [
        ("HR老李", "招聘负责人", 54, "标注岗位更看实操和准确率,证书是加分项,不是敲门砖。"),
        ("数智未来培训", "", 4, "五级入门很适合转行,我们数智未来培训五级班1280,可申请补贴。Q:1579834420"),
    ]), True, "I02", "数智未来培训",
    [("qq", "1579834420", "1579834420")],
    "independent seller answer on Q&A")

add("video/v-405.html", video("video/v-405.html", "阿杰聊AI",
    "阿杰带你看懂人工智能训练师:五个等级、补贴多少、哪些人能报。想跟我学的评论区扣1",
    ["人工智能训练师", "职业规划"], "2.1w", [("小北", "1"), ("阿杰聊AI", "课程私我 V:ajie_ai_2026")]),
    True, "I03", "阿杰聊AI",
    [("wechat", "ajie_ai_2026", "ajie_ai_2026")],
    "independent short-video seller")

add("classifieds/c-604.html", classified("classifieds/c-604.html", "宁波 人工智能训练师 四级/三级 报名", [
        ("类别", "教育培训"), ("区域", "宁波 海曙区"), ("联系人", "恒信职业培训学校 招生办"),
        ("电话", "0574-87352210")],
    f"<p>本校开设人工智能训练师四级、三级培训,符合条件可申领补贴。办学许可及信用代码:{I04_USCC}</p>"),
    True, "I04", "恒信职业培训学校",
    [("phone", "+86-574-87352210", "0574-87352210"), ("uscc", I04_USCC, I04_USCC)],
    "independent school classifieds post")

add("forum/thread-105.html", forum("forum/thread-105.html",
    "自己整理的人工智能训练师四级备考资料,顺便带几个同学", [
        ("小周老师", "2026-06-30 14:00", "整理了四级理论题库和实操要点,免费分享。另外我下月开个小班辅导,"
         "想报的电话 178 5510 2983。"),
        ("学习使我快乐", "2026-06-30 15:20", "感谢分享!"),
    ]), True, "I05", "小周老师",
    [("phone", "+8617855102983", "178 5510 2983")],
    "independent tutor selling in own forum thread")

add("corp/lingdian/index.html", doc(
    "零点智能科技 - 企业AI训练师内训",
    '<a href="../../index.html">站点导航</a> | <b>零点智能科技</b>',
    '<a href="index.html">首页</a><a href="#nx">企业内训</a><a href="#lx">联系</a>',
    '<a href="../../index.html">首页</a> &gt; 零点智能科技',
    """<h1 id="nx">企业人工智能训练师内训与认定辅导</h1>
<p>为企业数据团队提供人工智能训练师三级/四级内训,可对接认定机构组织考核,员工取证后按规定申领补贴。</p>
<p id="lx">商务合作:0571-86650193 · zs@lingdianai.cn · www.lingdianai.cn</p>
<p class="meta">电话:138-0000-0000 邮箱:example@example.com</p>""",
    '<h3>关于我们</h3><p>专注AI数据服务与人才培养。</p>',
    f"© 零点智能科技 · {CORP_CREDIT}", "corp"),
    True, "I06", "零点智能科技",
    [("phone", "+86-571-86650193", "0571-86650193"), ("email", "zs@lingdianai.cn", "zs@lingdianai.cn"),
     ("domain", "lingdianai.cn", "www.lingdianai.cn")],
    "independent company site (enterprise training)")

# ================================================================ non-offer pages
add("forum/thread-106.html", forum("forum/thread-106.html", "【曝光】交了3980说包过补贴全退,现在人找不到了", [
        ("维权的阿梅", "2026-11-20 23:10", "9月在网上看到“人工智能训练师三级,包过,补贴全退”,对方电话 191 5729 0466,"
         "转了3980,订单号 13620260418。现在电话打不通,微信也拉黑了。大家引以为戒!"),
        ("热心网友", "2026-11-21 08:30", "赶紧打12315投诉,再去派出所报案。"),
        ("阿梅", "2026-11-21 09:12", "已经打了12315,说让提供转账记录。"),
        ("版主", "2026-11-21 10:00", "已置顶。提醒:技能等级证书必须经过真实认定,任何“包过”都不可信。"),
    ]), note="complaint thread quoting a scammer's phone and an order number")

add("market/item-2006.html", market("market/item-2006.html", "育婴员(五级)线上课 宝妈考证",
    """<h1>育婴员(五级)线上课 宝妈考证</h1><p class="price">¥980</p>
<p>育婴员职业技能等级培训,含实操视频。客服请通过平台聊天窗口咨询。</p>""", "暖阳家政培训"),
    note="another occupation's course on the marketplace (not AI trainer)")

add("market/help.html", market("market/help.html", "帮助中心",
    """<h1>帮助中心</h1><h3>如何辨别违规课程?</h3>
<p>平台禁止商家使用“包过”“保过”“官方指定”等用语。职业技能等级证书由备案评价机构颁发,可通过 zscx.osta.org.cn 查询。</p>
<h3>投诉渠道</h3><p>请联系平台客服;如协商不成,可拨打12315。</p>""", "平台服务"),
    note="marketplace help page")

add("notes/n-505.html", note("notes/n-505.html", "不想上班的桃子",
    "考完人工智能训练师四级,说点真话",
    "<p>在平台上买的课(课程编号 15720260301),学了五十课时,实操考数据清洗和标注。证书在 jndj.osta.org.cn 查得到。"
    "补贴申请了1500,等了六周到账。不打广告,别私信问机构。</p>",
    ["人工智能训练师", "考证经验"], 688, [("路人", "真实"), ("Lily在杭州", "求机构,我VX: lily_hz88")]),
    note="learner's experience post (mentions course number)")

add("classifieds/c-605.html", classified("classifieds/c-605.html", "招聘 数据标注员 5名 (有训练师证优先)", [
        ("类别", "招聘 / 互联网"), ("区域", "杭州 滨江区"), ("薪资", "5500-8000元/月"), ("联系人", "人事 孙女士")],
    "<p>岗位职责:图像/文本数据标注与质检。要求:大专以上,细心,有人工智能训练师证书优先。请通过平台投递简历。</p>"),
    note="job ad")

add("notice/n-704.html", notice("失业保险技能提升补贴政策问答",
    """<h1>失业保险技能提升补贴政策问答</h1><p class="meta">街道社保服务站 整理 · 2026-10-10</p>
<p>问:谁可以申领?答:参加失业保险累计缴费满1年的企业职工,取得职业资格证书或职业技能等级证书的。</p>
<p>问:标准是多少?答:初级(五级)最高1000元,中级(四级)最高1500元,高级(三级)最高2000元;技师、高级技师不在此列。</p>
<p>问:怎么查证书?答:职业技能等级证书可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。</p>
<p>问:去哪申请?答:通过浙里办或当地人社部门,政策见 rlsbt.zj.gov.cn。咨询电话12333,也可拨打12345。</p>
<p class="red">提醒:补贴由个人申领,任何机构承诺“包过”“补贴全退”请提高警惕。</p>"""),
    note="policy explainer only, no seller")

add("news/a-801.html", news("news/a-801.html", "“交钱包过、补贴全退”?警惕人工智能训练师考证骗局",
    "来源:钱江观察网 记者 林 · 2026-11-25",
    """<p>近期,本网接到多名读者反映,有人以“人工智能训练师三级包过、补贴全退”为名收取费用后失联。
读者阿梅提供的聊天记录显示,对方使用号码 191 5729 0466,收款后即拉黑。</p>
<p>人社部门提醒,人工智能训练师证书属于职业技能等级证书,由备案的评价机构颁发,可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询;
技能提升补贴由个人申领,不存在“全退”一说。遇到问题可拨打12333咨询,或拨打12315投诉。</p>"""),
    note="warning news quoting a scammer's phone")

add("news/a-803.html", news("news/a-803.html", "套取技能提升补贴,一培训机构负责人被立案调查",
    "来源:钱江观察网 · 2026-12-01",
    """<p>记者从有关部门获悉,某培训机构以“补贴班”名义招揽学员,涉嫌虚构培训记录套取补贴,负责人已被立案调查。
此前有学员反映,订单号 13620260418 的课程交费后未获任何培训。</p>
<p>省人社厅网站 rlsbt.zj.gov.cn 已发布相关提示。</p>"""),
    note="news on subsidy fraud (quotes the order number)")

# ---------------------------------------------------------------- index pages
def listing(items):
    return "<ul>" + "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in items) + "</ul>"


add("forum/index.html", forum("forum/index.html", "钱塘邻里论坛 · 教育培训版",
    [("版主", "置顶", '<a id="edu"></a>本版讨论职业培训、考证经验。广告请发到分类信息。' + listing(FORUM_THREADS)
      + '<p id="job">求职招聘版请移步同城快讯。</p>')]), note="forum board index")
add("market/index.html", market("market/index.html", "技能优品首页",
    '<h1 id="ai">人工智能 · 职业技能</h1>' + listing(MKT_ITEMS) + '<h2 id="care">家政育婴</h2><h2 id="it">IT技能</h2>',
    "平台推荐"), note="marketplace index")
add("qa/index.html", qa("qa/index.html", "知了问答 · 职业教育话题", '<span id="edu"></span><span id="job"></span>热门问题:' + listing(QA_LIST), []),
    note="Q&A index")
add("video/index.html", video("video/index.html", "推荐", "推荐视频:" + listing(VID_LIST), ["推荐"], "-", []),
    note="video feed index")
add("notes/index.html", note("notes/index.html", "拾光笔记", "发现 · 职场学习", listing(NOTE_LIST), ["发现"], 0, []),
    note="notes index")
add("classifieds/index.html", classified("classifieds/index.html", "同城快讯 · 教育培训/招聘",
    [("分类", '<span id="edu">教育培训</span> / <span id="job">招聘</span>')], listing(CL_LIST)), note="classifieds index")
add("notice/index.html", notice("邻里通 · 社区公告栏",
    '<h1 id="gov">社区公告栏</h1>' + listing(NT_LIST) + '<p id="group">社区服务中心电话:0571-86017730</p>'),
    note="notice board index")
add("news/index.html", news("news/index.html", "钱江观察网 · 教育频道", "", '<span id="edu"></span><span id="life"></span>' + listing(NEWS_LIST)),
    note="news index")

CORPS = [("corp/zhixun/index.html", "智训职业技能培训学校"), ("corp/dingcheng/index.html", "鼎程人力资源"),
         ("corp/jnts/index.html", "职业技能提升服务中心"), ("corp/biaozhuxia/index.html", "标注侠训练营"),
         ("corp/lingdian/index.html", "零点智能科技")]
add("index.html", doc("站点导航 - 12bf 测试网", "<b>站点导航</b>", "", "首页",
    "<h1>站点导航</h1>" + listing([("forum/index.html", "钱塘邻里论坛"), ("market/index.html", "技能优品商城"),
                                  ("qa/index.html", "知了问答"), ("video/index.html", "快看短视频"),
                                  ("notes/index.html", "拾光笔记"), ("classifieds/index.html", "同城快讯"),
                                  ("notice/index.html", "邻里通社区公告栏"), ("news/index.html", "钱江观察网")])
    + "<h2>企业网站</h2>" + listing(CORPS), "", "", "portal"), note="root portal")

# ================================================================ decoys
MKT_PAGES = ["market/" + p for p, _ in MKT_ITEMS] + ["market/index.html", "market/help.html"]
FORUM_PAGES = ["forum/" + p for p, _ in FORUM_THREADS] + ["forum/index.html"]
QA_PAGES = ["qa/" + p for p, _ in QA_LIST] + ["qa/index.html"]
VID_PAGES = ["video/" + p for p, _ in VID_LIST] + ["video/index.html"]
CL_PAGES = ["classifieds/" + p for p, _ in CL_LIST] + ["classifieds/index.html"]
NEWS_PAGES = ["news/" + p for p, _ in NEWS_LIST] + ["news/index.html"]
CORP_CREDIT_PAGES = ["corp/zhixun/index.html", "corp/dingcheng/index.html", "corp/biaozhuxia/index.html",
                     "corp/lingdian/index.html"]

DECOYS = [
    ("phone", "12333", ["12333"], ["notice/n-701.html", "notice/n-704.html", "news/a-801.html",
                                   "corp/jnts/index.html", "notice/n-703.html", "forum/thread-101.html",
                                   "video/v-402.html"], "national 人社 hotline"),
    ("phone", "12315", ["12315"], ["forum/thread-106.html", "market/help.html", "news/a-801.html"],
     "market-regulation complaint hotline"),
    ("phone", "12345", ["12345"], ["notice/n-701.html", "notice/n-704.html"], "government service hotline"),
    ("domain", "rlsbt.zj.gov.cn", ["rlsbt.zj.gov.cn"], ["notice/n-704.html", "news/a-803.html", "corp/jnts/index.html"],
     "provincial 人社厅 domain, cited also by the gov-styled seller"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"],
     ["corp/zhixun/index.html", "notes/n-501.html", "corp/biaozhuxia/index.html", "news/a-801.html",
      "market/help.html", "notice/n-704.html"], "official certificate query domain"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"],
     ["market/item-2002.html", "notes/n-505.html", "notice/n-704.html", "news/a-801.html"],
     "official query URL printed on certificates"),
    ("phone", "4008263311", ["400-826-3311"], MKT_PAGES, "marketplace customer-service number in frame"),
    ("email", "service@jinengyoupin.cn", ["service@jinengyoupin.cn"], MKT_PAGES, "marketplace service e-mail"),
    ("domain", "jinengyoupin.cn", ["jinengyoupin.cn"], MKT_PAGES, "marketplace domain"),
    ("qq_group", "718520364", ["718520364"], MKT_PAGES, "marketplace merchants' QQ group"),
    ("uscc", MKT_USCC, [MKT_USCC], MKT_PAGES, "marketplace operator's licence code in footer"),
    ("phone", "4006507788", ["400-650-7788"], CL_PAGES, "classifieds platform hotline"),
    ("domain", "tongchengkx.com", ["tongchengkx.com"], CL_PAGES, "classifieds platform domain"),
    ("email", "banwu@qtlinli.net", ["banwu@qtlinli.net"], FORUM_PAGES, "forum moderators' e-mail"),
    ("qq", "800315266", ["800 315 266"], FORUM_PAGES, "forum moderators' QQ"),
    ("email", "jubao@zhiliaowenda.com", ["jubao@zhiliaowenda.com"], QA_PAGES, "Q&A platform report mailbox"),
    ("phone", "4001402108", ["400-140-2108"], VID_PAGES, "video platform report hotline"),
    ("phone", "+86-571-85100000", ["0571-85100000"], NEWS_PAGES, "news site's tip line (also on the advertorial)"),
    ("domain", "sujianzhan.com", ["sujianzhan.com"], CORP_CREDIT_PAGES, "site-builder credit"),
    ("domain", "jinshuju.net", ["jinshuju.net/f/"], ["notice/n-701.html", "notice/n-703.html"],
     "form-tool links (different forms, same tool)"),
    ("phone", "+8613800000000", ["138-0000-0000"], ["corp/biaozhuxia/index.html", "corp/lingdian/index.html"],
     "template placeholder phone"),
    ("email", "example@example.com", ["example@example.com"], ["corp/biaozhuxia/index.html", "corp/lingdian/index.html"],
     "template placeholder e-mail"),
    ("phone", "+8619157290466", ["191 5729 0466"], ["forum/thread-106.html", "news/a-801.html"],
     "scammer's phone quoted in complaint and news"),
    ("other", "order:13620260418", ["13620260418"], ["forum/thread-106.html", "news/a-803.html"],
     "order number shaped like a mobile"),
    ("other", "course:15720260301", ["15720260301"], ["market/item-2002.html", "notes/n-505.html"],
     "course number shaped like a mobile"),
    ("phone", "+86-571-86739120", ["0571-86739120"], ["classifieds/c-601.html", "notes/n-502.html", "qa/q-304.html"],
     "assessment station number quoted by U02, U05 and U09"),
    ("wechat", "lily_hz88", ["lily_hz88"], ["forum/thread-101.html", "forum/thread-103.html", "qa/q-302.html",
                                            "notes/n-505.html"], "a would-be buyer's own WeChat on several threads"),
    ("phone", "+86-571-86017730", ["0571-86017730"], ["notice/n-701.html", "notice/index.html"],
     "community service centre number"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for path, p in sorted(PAGES.items()):
        fp = os.path.join(SITE, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in PAGES.values():
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "ties": ""})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
    for op, o in ops.items():
        kinds = {}
        for p in PAGES.values():
            if p["operator"] == op:
                for k, v, _ in p["identifiers"]:
                    kinds.setdefault((k, v), set()).add(p["path"])
        o["ties"] = "; ".join(f"{k} {v} on {len(s)} pages" for (k, v), s in sorted(kinds.items()) if len(s) > 1)
    truth = {
        "description": "12bf: subsidy-driven AI-trainer sales (skill-upgrade subsidy, residence points, community and gov-styled notices, group enrolment, news)",
        "pages": [{k: p[k] for k in ("is_offer", "operator", "provider", "identifiers", "note")} | {"path": "/" + p["path"]}
                  for p in sorted(PAGES.values(), key=lambda x: x["path"])],
        "operators": dict(sorted(ops.items())),
        "decoys": [{"kind": k, "value": v, "written": w, "paths": ["/" + x for x in ps], "note": n}
                   for k, v, w, ps, n in DECOYS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
