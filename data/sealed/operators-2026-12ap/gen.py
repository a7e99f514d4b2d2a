#!/usr/bin/env python3
"""Generate the operators-2026-12ap test web (Shenzhen / Xiamen flavour).

Standard library only, deterministic.  `python3 gen.py` writes site/ and truth.json.
"""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helper
_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(o):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(o, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, org8):
    body = prefix8 + org8 + _org_check(org8)
    s = sum(_A.index(ch) * w for ch, w in zip(body, _W))
    r = 31 - s % 31
    return body + _A[0 if r == 31 else r]


USCC_U01 = uscc("91440300", "MA5G7K2P")   # 深圳鹏城智训教育科技有限公司
USCC_U02 = uscc("52350206", "MJ320158")   # 厦门市湖里区智启职业培训学校 (民办非企业)
USCC_U06 = uscc("91440300", "MA5HB8R1")   # 深圳粤数科技有限公司
USCC_I04 = uscc("91440300", "MA5FQ7T3")   # 深圳深澳人才发展有限公司
USCC_JOB = uscc("91440300", "MA5DW2N8")   # job ad company (non-offer)


def spaced(code):
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


# ---------------------------------------------------------------- page registry
PAGES = []


def rel(frm, to):
    """Relative link from page path `frm` to page path `to` (both site-absolute)."""
    d = posixpath.dirname(frm)
    return posixpath.relpath(to, d if d else "/")


def add(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append({
        "path": path, "html": html, "is_offer": is_offer, "operator": operator,
        "provider": provider, "identifiers": [list(x) for x in ids], "note": note,
    })


# ---------------------------------------------------------------- shells
def doc(title, css, body, lang="zh-CN", extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<title>%s</title>\n%s<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, title, extra_head, css, body))


# --- notes app: 潮记 chaojinote.cn
NOTES_CSS = """body{margin:0;font-family:-apple-system,'PingFang SC',sans-serif;background:#f7f7f7;color:#333}
.top{background:#fff;border-bottom:1px solid #eee;padding:10px 16px;display:flex;gap:16px;align-items:center}
.top .logo{color:#ff2e4d;font-weight:700;font-size:20px}.top a{color:#555;text-decoration:none}
.wrap{max-width:760px;margin:16px auto;background:#fff;border-radius:10px;padding:18px}
.author{display:flex;gap:10px;align-items:center}.author img{border-radius:50%}
.tags a{color:#13386c;margin-right:8px}.cmt{border-top:1px solid #f0f0f0;padding:8px 0;font-size:14px}
.cmt .who{color:#999}.foot{text-align:center;color:#aaa;font-size:12px;padding:24px}
.like{color:#999;font-size:13px}"""


def notes_page(path, title, author, avatar_alt, body, comments, tags, date, ip):
    cm = "\n".join(
        '<div class="cmt"><span class="who">%s</span>：%s <span class="like">%s</span></div>' % c
        for c in comments)
    tg = " ".join('<a href="%s">#%s</a>' % (rel(path, "/notes/index.html"), t) for t in tags)
    b = """<header class="top"><span class="logo">潮记</span>
<nav><a href="{home}">发现</a> <a href="{ni}">AI考证</a> <a href="{portal}">城市生活</a> <a href="#">消息</a></nav>
<form class="search" action="#"><input type="search" placeholder="搜索笔记、用户"></form></header>
<!-- note-detail v5.2 | ssr -->
<main class="wrap"><article class="note">
<div class="author"><img src="../img/avatar.png" width="40" height="40" alt="{avatar_alt}"><b>{author}</b>
<button>关注</button></div>
<h1>{title}</h1>
{body}
<p class="tags">{tags}</p>
<p class="like">编辑于 {date} · IP属地：{ip} · 赞 {likes} · 收藏 {favs}</p>
</article>
<section class="comments"><h3>共 {n} 条评论</h3>
{cm}
<form class="reply" action="#"><input type="text" placeholder="说点什么..."><button>发送</button></form>
</section></main>
<footer class="foot">潮记 chaojinote.cn · 沪ICP备2021031188号-2 · 违法和不良信息举报/客服热线：400-920-6618 · 客服邮箱 help@chaojinote.cn<br>
<a href="{home}">返回发现页</a> · 笔记内容由用户发布，不代表平台观点</footer>""".format(
        home=rel(path, "/index.html"), ni=rel(path, "/notes/index.html"), portal=rel(path, "/index.html"),
        avatar_alt=avatar_alt, author=author, title=title, body=body, tags=tg, date=date, ip=ip,
        likes=(len(title) * 37) % 900 + 12, favs=(len(title) * 13) % 300 + 3, n=len(comments), cm=cm)
    return doc(title + " - 潮记", NOTES_CSS, b)


# --- second-hand market: 闲湾 xianwan.com.cn
MARKET_CSS = """body{margin:0;font-family:'Microsoft YaHei',sans-serif;background:#fffbe6;color:#222}
.hd{background:#ffda44;padding:8px 20px;display:flex;justify-content:space-between}
.hd a{color:#222;margin-right:14px;text-decoration:none}.box{max-width:980px;margin:14px auto;display:flex;gap:16px}
.main{flex:3;background:#fff;padding:16px;border-radius:8px}.side{flex:1;background:#fff;padding:12px;border-radius:8px;font-size:13px}
.price{color:#ff4400;font-size:26px;font-weight:700}.price del{color:#999;font-size:14px;font-weight:400}
.seller{background:#fafafa;padding:8px;border-radius:6px}.ft{font-size:12px;color:#888;text-align:center;padding:20px}
table.spec td{border-bottom:1px dashed #eee;padding:4px 10px}"""


def market_page(path, title, price_html, seller, seller_alt, body, side_extra="", want=12, view=300, loc="深圳"):
    b = """<div class="hd"><div><b>闲湾</b> 二手集市 <a href="{home}">首页</a><a href="{mi}">同城闲置</a><a href="{help}">安全交易</a></div>
<div><a href="#">登录</a><a href="#">发闲置</a></div></div>
<div class="box"><div class="main">
<h1>{title}</h1>
<p class="price">{price}</p>
<p class="like">{want}人想要 · {view}浏览 · 发布于{loc}</p>
<div class="gallery"><img src="../img/item.jpg" width="360" alt="{title}"></div>
<div class="desc">{body}</div>
<p><button>我想要</button> <button>收藏</button></p>
<p class="tip" style="font-size:12px;color:#c60">闲湾提示：请勿脱离平台私下转账，谨防“包过”“内部渠道”类证书诈骗。</p>
</div>
<aside class="side"><div class="seller"><img src="../img/u.png" width="36" alt="{seller_alt}"> <b>{seller}</b><br>
信用极好 · 芝麻分 7xx · 24小时内回复</div>
{side}
<h4>猜你喜欢</h4><ul><li><a href="{mi}">更多同城闲置</a></li></ul></aside></div>
<footer class="ft">闲湾 xianwan.com.cn · 官方客服 400-878-3365（9:00-21:00） · 粤ICP备19088412号 ·
<a href="{help}">规则中心</a></footer>""".format(
        home=rel(path, "/index.html"), mi=rel(path, "/market/index.html"), help=rel(path, "/market/help-anquan.html"),
        title=title, price=price_html, want=want, view=view, loc=loc, body=body, seller=seller,
        seller_alt=seller_alt, side=side_extra)
    return doc(title + "_闲湾二手", MARKET_CSS, b)


# --- WeChat group archive exported by 群记录助手 qunjilu.net
QUN_CSS = """body{margin:0;background:#ededed;font-family:'PingFang SC',sans-serif;font-size:15px}
.bar{background:#2e2e2e;color:#fff;padding:10px 16px}.bar a{color:#9fd}
.chat{max-width:640px;margin:0 auto;padding:10px}.msg{display:flex;gap:8px;margin:10px 0}
.msg .n{font-size:12px;color:#888}.bubble{background:#fff;border-radius:6px;padding:8px 10px;max-width:480px}
.sys{text-align:center;color:#999;font-size:12px;margin:8px}.ann{background:#fffbe0;border:1px solid #f0e2a0;padding:8px;border-radius:6px}
.foot{color:#999;font-size:12px;text-align:center;padding:18px}"""

QUN_NAME = "深厦AI训练师考证交流群(2群)"


def qun_page(path, date, msgs):
    """msgs: list of (name, avatar_alt, html) or ('SYS', text)"""
    out = []
    for m in msgs:
        if m[0] == "SYS":
            out.append('<div class="sys">%s</div>' % m[1])
        else:
            out.append('<div class="msg"><img src="../img/a.png" width="34" alt="%s"><div><div class="n">%s</div>'
                       '<div class="bubble">%s</div></div></div>' % (m[1], m[0], m[2]))
    b = """<div class="bar">← <a href="{qi}">存档目录</a> &nbsp; {qn}（486） &nbsp; <small>{date}</small></div>
<!-- exported by qunjilu.net export-v3.4, html template chat-basic -->
<div class="chat">
<div class="sys">{date} 聊天记录</div>
{msgs}
</div>
<div class="foot">群主：鹭岛小北（微信 ludao_qunzhu）· 入群请备注城市+职业 · 本群禁止刷屏，广告每人每天1条<br>
本存档由「群记录助手」qunjilu.net 自动生成 · <a href="{home}">站点首页</a></div>""".format(
        qi=rel(path, "/qun/index.html"), qn=QUN_NAME, date=date, msgs="\n".join(out), home=rel(path, "/index.html"))
    return doc("%s %s 聊天存档" % (QUN_NAME, date), QUN_CSS, b)


# --- one-page landing sites built with 速页建站 suyejianzhan.com
def lp_page(path, title, css, body, float_bar, domain, form_html=""):
    b = """{body}
{form}
<div class="float-bar" style="position:fixed;right:0;bottom:80px;width:68px;background:#fff;box-shadow:0 0 8px rgba(0,0,0,.2);text-align:center;font-size:12px;z-index:99">
{float_bar}
<a href="#top">顶部</a></div>
<footer class="site-foot" style="text-align:center;font-size:12px;color:#888;padding:20px">
{domain_line}<br>
本站由 <a href="#">速页建站</a> suyejianzhan.com 提供技术支持 · 建站咨询 400-017-3088 · <a href="{sites}">更多推广站点</a></footer>""".format(
        body=body, form=form_html, float_bar=float_bar, domain_line=domain, sites=rel(path, "/sites/index.html"))
    return doc(title, css, b, extra_head='<meta name="generator" content="SuYe Builder 4.8">\n')


LP_FORM = """<section class="enroll" id="baoming"><h2>{head}</h2>
<form action="https://tianbiaotong.cn/f/{fid}" method="post">
<label>姓名 <input name="name" placeholder="请输入姓名"></label>
<label>手机 <input name="mobile" placeholder="如：13800138000"></label>
<label>报考等级 <select name="lv"><option>五级/初级</option><option>四级/中级</option><option>三级/高级</option></select></label>
<button type="submit">{btn}</button></form>
<p style="font-size:12px;color:#999">表单由 填表通 tianbiaotong.cn 提供，您的信息仅用于报名回访</p></section>"""


# --- review site 点学网 dianxue365.com
REVIEW_CSS = """body{margin:0;font-family:Arial,'Microsoft YaHei';background:#f4f5f7;color:#333}
.hdr{background:#ff6633;color:#fff;padding:10px 20px}.hdr a{color:#fff;margin-right:14px;text-decoration:none}
.crumb{max-width:1000px;margin:10px auto;font-size:13px;color:#888}.crumb a{color:#888}
.layout{max-width:1000px;margin:0 auto;display:flex;gap:16px}.col{flex:3;background:#fff;padding:16px}
.aside{flex:1;background:#fff;padding:12px;font-size:13px}.stars{color:#f90}
.shopinfo td{padding:4px 8px;border-bottom:1px solid #f2f2f2}.rv{border-top:1px solid #eee;padding:10px 0}
.rv .u{font-weight:700}.rv .t{color:#aaa;font-size:12px}.ftr{background:#333;color:#aaa;font-size:12px;padding:18px;text-align:center;margin-top:20px}"""


def review_page(path, title, crumb_city, body, reviews, aside=""):
    rv = "\n".join('<div class="rv"><span class="u">%s</span> <span class="stars">%s</span> <span class="t">%s</span><p>%s</p></div>'
                   % r for r in reviews)
    b = """<div class="hdr"><b>点学网</b> 找好学校，看真实点评 &nbsp; <a href="{home}">首页</a><a href="{ri}">职业培训</a><a href="{cp}">维权专区</a></div>
<div class="crumb"><a href="{ri}">点学网</a> &gt; {city} &gt; 职业技能培训 &gt; {title}</div>
<div class="layout"><div class="col">
{body}
<h3>学员点评（{n}）</h3>
{rv}
<form class="write" action="#"><textarea placeholder="写下你的真实体验"></textarea><button>发表点评</button></form>
</div><aside class="aside">{aside}
<h4>点学网用户交流群</h4><p>QQ群：583920174（仅限交流，不做任何推广）</p>
<h4>附近同类</h4><p><a href="{ri}">查看更多职业培训机构</a></p></aside></div>
<div class="ftr">点学网 dianxue365.com · 客服 400-155-0592 · 消费维权请拨打 12315 · 闽ICP备17002856号<br>
点评内容为用户个人观点，商户信息以工商登记为准</div>""".format(
        home=rel(path, "/index.html"), ri=rel(path, "/review/index.html"), cp=rel(path, "/review/weiquan-baoguo.html"),
        city=crumb_city, title=title, body=body, n=len(reviews), rv=rv, aside=aside)
    return doc(title + "怎么样_点评_点学网", REVIEW_CSS, b)


# --- portal / news / jobs
PORTAL_CSS = """body{margin:0;font-family:SimSun,'Microsoft YaHei';background:#fff;color:#222}
.masthead{background:#0b4f9c;color:#fff;padding:14px 24px}.masthead a{color:#fff;margin-right:12px}
.cont{max-width:960px;margin:14px auto;display:flex;gap:20px}.m{flex:3}.s{flex:1;border-left:1px solid #ddd;padding-left:12px;font-size:13px}
ul.list li{margin:6px 0}.foot{border-top:3px solid #0b4f9c;font-size:12px;color:#666;text-align:center;padding:14px}
article p{line-height:1.8;text-indent:2em}"""


def portal_page(path, title, main, side=""):
    b = """<div class="masthead"><b style="font-size:22px">湾区城事网</b> 深圳·厦门生活资讯 &nbsp;
<a href="{home}">首页</a><a href="{news}">资讯</a><a href="{ni}">潮记精选</a><a href="{mi}">二手</a><a href="{ri}">点学网</a><a href="{jobs}">招聘</a></div>
<div class="cont"><div class="m">{main}</div><div class="s">{side}
<h4>便民电话</h4><p>人社服务热线 12333<br>反诈专线 96110<br>市民热线 12345</p></div></div>
<div class="foot">湾区城事网 版权所有 · 转载请注明出处 · 部分内容来自网友投稿</div>""".format(
        home=rel(path, "/index.html"), news=rel(path, "/news/shanzhai-zhengshu.html"), ni=rel(path, "/notes/index.html"),
        mi=rel(path, "/market/index.html"), ri=rel(path, "/review/index.html"), jobs=rel(path, "/jobs/shuju-biaozhu.html"),
        main=main, side=side)
    return doc(title, PORTAL_CSS, b)


SAMPLE_CERT = "S000044030012253000167"   # sample certificate number copied by several sellers
BATCH = "135 2025 0706"                  # assessment batch number that looks like a mobile

# =====================================================================
# U01: 鹏城智训教育 / 深蓝AI学苑  (Shenzhen)
# =====================================================================
p = "/lp/pengcheng-zhixun/index.html"
LP1_CSS = """body{margin:0;font-family:'Microsoft YaHei';color:#222}.banner{background:linear-gradient(90deg,#0a2a66,#1467d6);color:#fff;padding:50px 20px;text-align:center}
.banner h1{font-size:34px}.sec{max-width:900px;margin:30px auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccd;padding:8px;text-align:center}
.enroll{background:#eef4ff;padding:20px;max-width:900px;margin:auto}"""
add(p, lp_page(p, "鹏城智训｜人工智能训练师 职业技能等级证书 考前培训", LP1_CSS, """<a id="top"></a>
<div class="banner"><img src="../../img/logo-pc.png" alt="鹏城智训教育 LOGO" height="40">
<h1>人工智能训练师（4-04-05-05）考证培训</h1><p>深圳南山 · 线上直播+线下实操 · 每月开班</p></div>
<div class="sec"><h2>为什么选择鹏城智训</h2><ul><li>资深讲师团队，覆盖数据采集、数据标注、智能系统运维</li>
<li>理论+实操双模块，模拟真实认定环境</li><li>符合条件的学员可申请失业保险技能提升补贴</li></ul>
<h2>课程费用</h2><table><tr><th>等级</th><th>课时</th><th>培训费</th><th>说明</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>¥1980</td><td rowspan="3">认定费另计，以评价机构收费为准</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>¥2680</td></tr><tr><td>三级/高级工</td><td>40</td><td>¥3580</td></tr></table>
<p>证书可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询。</p>
<h2>联系我们</h2><p>地址：深圳市南山区粤海街道科技园 高新南七道 数字大厦 11 楼<br>
咨询电话：<a href="tel:075586327719">0755-8632 7719</a>（工作日 9:00-18:00）<br>
运营主体：深圳鹏城智训教育科技有限公司 统一社会信用代码：%s</p></div>""" % USCC_U01,
    """<a href="tel:13928460517"><img src="../../img/phone.svg" alt="电话" width="24"><br>139 2846 0517</a><hr>
<a href="#wx"><img src="../../img/wx.svg" alt="微信号 pczx_ai2024 扫码咨询" width="24"><br>微信咨询</a><hr>
<a href="#baoming">在线报名</a><hr>""",
    "© 2025 pczx-ai.cn 深圳鹏城智训教育科技有限公司 粤ICP备2023051122号",
    LP_FORM.format(head="预约试听 / 报名登记", fid="pc8821", btn="立即预约")),
    True, "U01", "鹏城智训教育",
    [("phone", "+8675586327719", "0755-8632 7719"), ("phone", "+8613928460517", "139 2846 0517"),
     ("wechat", "pczx_ai2024", "微信号 pczx_ai2024"), ("uscc", USCC_U01, USCC_U01), ("domain", "pczx-ai.cn", "pczx-ai.cn")],
    "one-page landing site with floating contact bar and per-level price table")

p = "/notes/n-shenlan-kaozheng.html"
add(p, notes_page(p, "宝子们！AI训练师考证真的不难🥹附我的备考路线", "深蓝AI学苑-Lily老师", "深蓝AI学苑-Lily老师的头像", """
<img src="../img/n1.jpg" width="100%" alt="人工智能训练师 四级 证书样本 证书编号S000044030012253000167">
<p>很多姐妹私信问我AI训练师到底怎么考🙋‍♀️ 统一回复一下～</p>
<p>1️⃣ 五级、四级都能报，有相关工作经验的可以直接冲三级<br>2️⃣ 考试分理论+实操，实操主要是数据标注、清洗<br>
3️⃣ 我们深蓝这期直播班 <del>2999</del> 现在 1.68k 包含题库+实操环境</p>
<p>想一起上岸的宝子 V：PCZX_AI2024 （备注“潮记”） 或者扣扣 2875501346 都可以，名额不多～</p>
<p>ps：深圳社保满一年的可以申请技能提升补贴，算下来差不多白嫖🤫</p>""",
    [("小鱼在厦门", "求带！我v是 xiaoyu_0592 拉我一下", "12"), ("深蓝AI学苑-Lily老师", "已私信你啦～", "3"),
     ("番茄炒蛋", "这个证有用吗，hr认不认", "5"), ("深蓝AI学苑-Lily老师", "回复番茄炒蛋：国家职业技能等级证书，可官网查询，放心～", "1")],
    ["AI训练师", "考证", "深圳考证", "副业"], "2025-09-14", "广东"),
    True, "U01", "深蓝AI学苑",
    [("wechat", "pczx_ai2024", "V：PCZX_AI2024"), ("qq", "2875501346", "扣扣 2875501346")],
    "notes-app casual post; wechat written upper-case; sample certificate image alt")

p = "/market/item-7720315.html"
add(p, market_page(p, "出 人工智能训练师 四级 培训课 全套网课+实操 可开发票", '¥ 1280 <del>¥2680</del>', "深蓝学苑小店", "卖家 深蓝学苑小店 的头像", """
<p>原价买的课程名额转出，鹏城这边的正规班，跟班直播，有问题老师一对一答疑。</p>
<table class="spec"><tr><td>课程</td><td>人工只能训练师（四级）考前班</td></tr><tr><td>方式</td><td>线上直播 + 周末南山线下实操2次</td></tr>
<tr><td>认定</td><td>统一组织报名，考点深圳</td></tr></table>
<p>平台不方便回消息，加扣扣：二八七五五零一三四六，或者发邮件 shenlan_ai@163.com 我把课表发你。</p>""",
    side_extra="<p>卖家其他宝贝：3件</p>", want=41, view=1620),
    True, "U01", "深蓝学苑小店",
    [("qq", "2875501346", "扣扣：二八七五五零一三四六"), ("email", "shenlan_ai@163.com", "shenlan_ai@163.com")],
    "second-hand listing reselling a course seat; QQ in Chinese numerals; misspelled occupation")

p = "/review/school-shenlan-nanshan.html"
add(p, review_page(p, "深蓝AI学苑(南山科技园店)", "深圳 &gt; 南山区", """
<h1>深蓝AI学苑(南山科技园店)</h1><p class="stars">★★★★☆ 4.3分 · 人均 ¥2300</p>
<table class="shopinfo"><tr><td>地址</td><td>南山区高新南七道数字大厦11楼</td></tr>
<tr><td>营业时间</td><td>周一至周日 09:30-21:00</td></tr>
<tr><td>官网</td><td>www.shenlanai.cn</td></tr><tr><td>邮箱</td><td>shenlan_ai(at)163.com</td></tr></table>
<h3>商家课程</h3><ul><li>AI Trainer 人工智能训练师 五级 ¥1980 团购价 ¥1699</li><li>四级/三级 请到店咨询（可合报优惠）</li></ul>
<p class="cert"><img src="../img/cert.jpg" alt="样证 证书编号 S000044030012253000167" width="200"></p>""",
    [("Kiki", "★★★★★", "2025-10-02", "老师讲得很细，实操课是真的带着做标注。"),
     ("匿名用户", "★★★☆☆", "2025-08-19", "前台说三级不用工作年限也能报，有点怀疑，最后还是报了四级。"),
     ("阿杰jay", "★★★★☆", "2025-07-30", "环境不错，就是周末人多。")],
    aside="<h4>商户认证</h4><p>已认证 · 营业执照已上传</p>"),
    True, "U01", "深蓝AI学苑",
    [("email", "shenlan_ai@163.com", "shenlan_ai(at)163.com"), ("domain", "shenlanai.cn", "www.shenlanai.cn")],
    "review-site school page; email with (at)")

# =====================================================================
# U02: 厦门智启职业培训学校 / 启航数智 / 鹭岛AI训练营  (Xiamen)
# =====================================================================
p = "/review/school-zhiqi-huli.html"
add(p, review_page(p, "厦门市湖里区智启职业培训学校", "厦门 &gt; 湖里区", """
<h1>厦门市湖里区智启职业培训学校</h1><p class="stars">★★★★☆ 4.6分 · 人均 ¥1850</p>
<table class="shopinfo"><tr><td>地址</td><td>湖里区金山街道 云顶北路 16 号 3 楼</td></tr>
<tr><td>电话</td><td>0592-5123688</td></tr><tr><td>办学许可</td><td>教民1350206700xxxx号（已核验）</td></tr>
<tr><td>统一社会信用代码</td><td>%s</td></tr></table>
<h3>在招课程</h3><table class="shopinfo"><tr><td>人工智能训练师 五级</td><td>叁仟贰佰元 → 补贴后自付约 2200</td></tr>
<tr><td>人工智能训练师 四级</td><td>3800元</td></tr><tr><td>数据标注员（工种）专项班</td><td>1500元</td></tr></table>
<p>认定考点：深圳市南山区职业技能评价中心 0755-2651 0238（厦门学员可统一包车前往）</p>""" % USCC_U02,
    [("陈同学", "★★★★★", "2025-11-08", "学校比较正规，有发票，补贴是自己去社保那边申请的。"),
     ("林小姐", "★★★★☆", "2025-09-21", "课程安排紧凑，上课地点在湖里。"),
     ("厦门打工人", "★★☆☆☆", "2025-06-11", "电话推销有点多")],
    aside="<h4>认证信息</h4><p>民办培训学校 · 资质已审核</p>"),
    True, "U02", "厦门市湖里区智启职业培训学校",
    [("phone", "+865925123688", "0592-5123688"), ("uscc", USCC_U02, USCC_U02)],
    "review-site page of a registered private training school")

p = "/qun/2025-10-12.html"
add(p, qun_page(p, "2025年10月12日", [
    ("SYS", "“鹭岛小北”邀请“启航数智-阿May”加入了群聊"),
    ("老周", "老周的头像", "请问厦门有没有四级线下班？"),
    ("启航数智-阿May", "启航数智-阿May的头像", "【启航数智｜AI训练师秋季班】<br>✅ 五级/四级 周末班 湖里上课<br>✅ 学费 2k 出头，社保满一年可申补贴<br>"
     "✅ 考点统一安排，认定批次号 " + BATCH + "<br>咨询：186-5921-3307（同微信） 或搜微信号 qihang_shuzhi"),
    ("老周", "老周的头像", "好的 我加你"),
    ("群主 鹭岛小北", "群主头像", "提醒下大家，交钱前先查机构备案，证书以 zscx.osta.org.cn 能查到为准。"),
]), True, "U02", "启航数智",
    [("phone", "+8618659213307", "186-5921-3307"), ("wechat", "qihang_shuzhi", "qihang_shuzhi")],
    "WeChat group archive: one seller's ad message among chatter")

p = "/lp/qihang-shuzhi/index.html"
LP2_CSS = """body{margin:0;font-family:'PingFang SC';background:#0f1020;color:#eee}.hero{padding:60px 20px;text-align:center;background:url(../../img/bg-ai.jpg) center/cover}
.hero h1{font-size:30px;color:#7cf}.card{max-width:760px;margin:20px auto;background:#1b1c33;padding:20px;border-radius:10px}
.enroll{max-width:760px;margin:20px auto;background:#23244a;padding:20px}a{color:#7cf}"""
add(p, lp_page(p, "启航数智 · AI训练师认证班 厦门", LP2_CSS, """<a id="top"></a>
<section class="hero"><h1>零基础入行 AI 数据训练</h1><p>人工智能训练师 · 数据标注员 · 人工智能算法测试员</p>
<p style="font-size:22px">秋季班 <s>¥4800</s> <b>¥2,380 起</b></p></section>
<section class="card"><h2>课程亮点</h2><ol><li>对标《人工智能训练师国家职业技能标准(2021年版)》</li><li>四级章节：数据采集和处理、数据标注、智能系统运维</li>
<li>结业后统一报名职业技能等级认定</li></ol>
<p>办学单位：厦门市湖里区智启职业培训学校（启航数智为本校AI课程品牌）<br>统一社会信用代码 %s</p></section>
<section class="card"><h2>学员说</h2><blockquote>“在启航学了两个月，已经在软件园找到标注组长的工作。”——学员 W</blockquote></section>""" % spaced(USCC_U02),
    """<a href="#wx"><img src="../../img/wx.svg" alt="加微信咨询" width="24"><br>ｑｉｈａｎｇ＿ｓｈｕｚｈｉ</a><hr>
<a href="#baoming">报名</a><hr>""",
    "启航数智 版权所有 闽ICP备2024044710号-1",
    LP_FORM.format(head="免费领取备考资料", fid="qh2025", btn="提交")),
    True, "U02", "启航数智",
    [("wechat", "qihang_shuzhi", "ｑｉｈａｎｇ＿ｓｈｕｚｈｉ"), ("uscc", USCC_U02, spaced(USCC_U02))],
    "dark one-page landing; wechat id in full-width letters; USCC written with spaces")

p = "/market/item-8830142.html"
add(p, market_page(p, "厦门 AI训练师 五级 课程名额 转让 送题库", "¥ 1,500", "鹭岛AI训练营", "鹭岛AI训练营 头像", """
<p>鹭岛AI训练营 本期还剩 3 个名额，五级（初级工）线上+线下，九月底开课。</p>
<p>学费壹仟伍佰元，包含：课程、模拟题库、实操电脑。认定费另交考点。</p>
<p>线下实操在软件园二期众创空间，前台电话 0592 5902217（到了报“鹭岛训练营”）</p>
<p>联系电话：壹捌陆 伍玖贰壹 叁叁零柒 （平台消息看不到，请直接打电话）</p>""", loc="厦门", want=9, view=466),
    True, "U02", "鹭岛AI训练营",
    [("phone", "+8618659213307", "壹捌陆 伍玖贰壹 叁叁零柒")],
    "second-hand listing; mobile written in upper-case Chinese numerals")

# =====================================================================
# U03: 南山数标科技 / AI标注师联盟
# =====================================================================
p = "/notes/n-biaozhu-jianzhi.html"
add(p, notes_page(p, "在家做数据标注月入过万？先拿个证再说", "AI标注师联盟", "AI标注师联盟 官方号头像", """
<p>最近好多人问数据标注兼职，说实话现在正规的项目方都要看<b>人工智能训练师（数据标注员）</b>证书了📄</p>
<p>我们联盟这边：<br>• 考证辅导 ¥980（五级）<br>• 四级 ¥1680 ｜ 五级+四级一起报 ¥2380<br>• 拿证后推荐标注项目</p>
<p>进交流群领资料：QQ群 736 218 945<br>报名找客服小标 wx：dbiao_kf01</p>""",
    [("路人甲", "推荐项目是真的吗", "2"), ("AI标注师联盟", "真的，我们合作的都是正规数据公司", "0"),
     ("Momo", "先收藏了", "1")],
    ["数据标注", "兼职", "AI训练师"], "2025-08-02", "广东"),
    True, "U03", "AI标注师联盟",
    [("qq_group", "736218945", "QQ群 736 218 945"), ("wechat", "dbiao_kf01", "wx：dbiao_kf01")],
    "notes post bundling levels, job-referral lure")

p = "/qun/2025-08-20.html"
add(p, qun_page(p, "2025年8月20日", [
    ("阿斌", "阿斌头像", "有人做过标注项目吗"),
    ("南山数标-小标", "南山数标-小标头像", "📢 南山数标科技 8月人工智能训练师 报名中<br>五级 980 / 四级 1680<br>"
     "有意向加官方群：群号736218945<br>或电话 150🌟1384🌟7726（微信同号）"),
    ("Grace", "Grace头像", "贵不贵啊"),
    ("南山数标-小标", "南山数标-小标头像", "不贵的亲，补贴下来几乎免费"),
    ("SYS", "“南山数标-小标”撤回了一条消息"),
]), True, "U03", "南山数标科技",
    [("qq_group", "736218945", "群号736218945"), ("phone", "+8615013847726", "150🌟1384🌟7726")],
    "group archive ad; phone with emoji between digit groups")

p = "/market/item-5512098.html"
add(p, market_page(p, "【南山数标】人工智能训练师 数据标注方向 四级 辅导", "¥ 1680", "南山数标科技", "南山数标科技 店铺头像", """
<p>四级（中级工）辅导班，线上录播+直播答疑，含实操数据集。</p>
<p>付款方式：平台担保 / 对公转账（账户名：深圳南山数标科技有限公司）</p>
<p>电话 +86 150-1384-7726</p>""", side_extra="<p>店铺号：xw_nsbk2023</p>", want=18, view=530),
    True, "U03", "南山数标科技",
    [("phone", "+8615013847726", "+86 150-1384-7726"), ("other", "深圳南山数标科技有限公司", "账户名：深圳南山数标科技有限公司"),
     ("other", "xw_nsbk2023", "店铺号：xw_nsbk2023")],
    "market listing with +86 format phone and payee account name")

# =====================================================================
# U04: 鹭江职达教育 / 厦门职达 / AI训练师备考中心
# =====================================================================
p = "/lp/zhida/index.html"
LP4_CSS = """body{margin:0;font-family:'Microsoft YaHei';background:#fff}.nav{background:#c8102e;padding:10px 30px;color:#fff}.nav a{color:#fff;margin-right:16px}
.kv{background:#fdecec;padding:40px;text-align:center}.kv h1{color:#c8102e}.blk{max-width:920px;margin:24px auto}
.levels{display:flex;gap:10px}.levels div{flex:1;border:2px solid #c8102e;padding:12px;text-align:center}.enroll{background:#fafafa;padding:20px;max-width:920px;margin:auto}"""
add(p, lp_page(p, "鹭江职达教育 - 人工智能训练师培训 厦门官网", LP4_CSS, """<a id="top"></a>
<div class="nav"><b>鹭江职达教育</b> <a href="#kc">课程</a><a href="#sz">师资</a><a href="#baoming">报名</a></div>
<div class="kv"><h1>人工智能训练师 职业技能等级认定 培训</h1><p>厦门本地机构 · 软件园上课 · 小班教学</p></div>
<div class="blk" id="kc"><div class="levels"><div><h3>五级</h3><p>¥2,200</p></div><div><h3>四级</h3><p>¥2,800</p></div>
<div><h3>三级</h3><p>¥3,600<br><small>需满足申报条件</small></p></div></div>
<p>上课地点：软件园二期观日路 厦门码头众创空间（前台 0592-5902 217）</p>
<p>全国统一咨询热线：400-668-0213 · 招生邮箱：zhaosheng@zhidaedu.cn</p></div>""",
    """<a href="tel:4006680213">☎<br>热线</a><hr><a href="mailto:zhaosheng@zhidaedu.cn">✉<br>邮箱</a><hr><a href="#baoming">报名</a><hr>""",
    "Copyright © 厦门鹭江职达教育咨询有限公司 www.zhidaedu.cn",
    LP_FORM.format(head="在线报名", fid="zd0592", btn="提交报名")),
    True, "U04", "鹭江职达教育",
    [("phone", "4006680213", "400-668-0213"), ("email", "zhaosheng@zhidaedu.cn", "zhaosheng@zhidaedu.cn"),
     ("domain", "zhidaedu.cn", "www.zhidaedu.cn")],
    "corporate-looking landing page, 400 hotline")

p = "/review/school-zhida-ruanjianyuan.html"
add(p, review_page(p, "厦门职达(软件园校区)", "厦门 &gt; 思明区", """
<h1>厦门职达(软件园校区)</h1><p class="stars">★★★★★ 4.8分 · 人均 ¥2600</p>
<table class="shopinfo"><tr><td>地址</td><td>软件园二期观日路 众创空间 3F</td></tr>
<tr><td>电话</td><td>0592 5710 332</td></tr><tr><td>网址</td><td>zhidaedu.cn</td></tr></table>
<h3>团购</h3><p>【AI训练师四级】原价 3200 团购 2.8k · 【五级】2200</p>""",
    [("momo酱", "★★★★★", "2025-10-15", "班主任很负责，模拟题和真题差不多。"),
     ("Leo", "★★★★☆", "2025-09-02", "场地在众创空间，停车不方便。")]),
    True, "U04", "厦门职达",
    [("phone", "+865925710332", "0592 5710 332"), ("domain", "zhidaedu.cn", "zhidaedu.cn")],
    "review-site school page for another branch name")

p = "/notes/n-beikao-zhongxin.html"
add(p, notes_page(p, "厦门考AI训练师的看过来｜备考中心开新班啦", "AI训练师备考中心", "备考中心头像", """
<p>📍软件园二期 ｜ 周六日上课</p>
<p>这期是 <b>四级</b> 冲刺班，两千八，送三套模拟卷。想先了解的可以来现场试听，座机 0592—5710332</p>
<p>或者加我 vx：zd_beikao（备注训练师）拉你进备考群～</p>
<img src="../img/n3.jpg" width="100%" alt="课堂照片">""",
    [("椰子", "三级能报吗", "0"), ("AI训练师备考中心", "三级需要四级证+工作年限，可以私信帮你看条件", "1")],
    ["厦门", "AI训练师", "备考"], "2025-10-20", "福建"),
    True, "U04", "AI训练师备考中心",
    [("phone", "+865925710332", "0592—5710332"), ("wechat", "zd_beikao", "vx：zd_beikao")],
    "notes post, landline with em-dash")

p = "/qun/2025-11-03.html"
add(p, qun_page(p, "2025年11月3日", [
    ("群主 鹭岛小北", "群主头像", "【群公告】广告请发在晚上8点后，谢谢配合"),
    ("备考中心-周老师", "周老师头像", "晚上好～AI训练师四级十一月班还有名额<br>上课地址：软件园二期众创空间（前台0592-5902217）<br>"
     "费用：2800（含教材）<br>加v zd_beikao 或 扣 3056 2291 80"),
    ("小刘", "小刘头像", "能分期吗"),
    ("备考中心-周老师", "周老师头像", "可以花呗分期哈"),
]), True, "U04", "AI训练师备考中心",
    [("wechat", "zd_beikao", "加v zd_beikao"), ("qq", "3056229180", "扣 3056 2291 80")],
    "group archive ad in the evening slot")

# =====================================================================
# U05: 智汇未来人才 / 深圳智汇
# =====================================================================
p = "/market/item-6604187.html"
add(p, market_page(p, "AI训练师三级 高级工 考证辅导 资料+课程", "¥ 3k-4k 看等级", "智汇未来人才", "智汇未来人才 头像", """
<p>三级（高级工）/四级（中级工）都可以辅导，支持线上。</p>
<p>🔥报两个等级更优惠，具体私聊</p>
<p>微信：zhihui_future88　电话：138-2356-1904<br>QQ：159377208</p>
<img src="../img/cert2.jpg" alt="证书样本 S000044030012253000167 全国联网可查" width="220">""", want=27, view=880),
    True, "U05", "智汇未来人才",
    [("wechat", "zhihui_future88", "微信：zhihui_future88"), ("phone", "+8613823561904", "138-2356-1904"),
     ("qq", "159377208", "QQ：159377208")],
    "market listing with price range and copied sample certificate")

p = "/lp/zhihui/index.html"
LP5_CSS = """body{margin:0;font-family:sans-serif;background:#f2fbf6}.head{background:#0a7d4f;color:#fff;padding:16px 24px}
.main{max-width:860px;margin:20px auto;background:#fff;padding:24px}.enroll{max-width:860px;margin:auto;background:#e3f6ec;padding:16px}"""
add(p, lp_page(p, "深圳智汇｜人工智能训练师 一站式报考服务", LP5_CSS, """<a id="top"></a>
<div class="head"><h1>深圳智汇 · 人工智能训练师报考服务</h1></div>
<div class="main"><p>专注 AI 新职业技能提升：人工智能训练师、数据标注员、人工智能算法测试员。</p>
<h2>收费标准</h2><ul><li>五级：一千九百八十元</li><li>四级：二千六百八十元</li><li>三级：三千八百元（需提供工作证明）</li></ul>
<p>深圳户籍/社保学员：三级最高可申领技能提升补贴，具体以人社部门审核为准。</p>
<p>商务合作邮箱：hr@zhihuiwl.com</p>
<p><a href="tencent://message/?uin=159377208">Q：159-377-208</a></p></div>""",
    """<a href="tencent://message/?uin=159377208">QQ<br>咨询</a><hr><a href="#baoming">报名</a><hr>""",
    "深圳智汇 zhihuiwl.com 版权所有",
    LP_FORM.format(head="留下电话 顾问回电", fid="zh5501", btn="免费咨询")),
    True, "U05", "深圳智汇",
    [("qq", "159377208", "Q：159-377-208"), ("email", "hr@zhihuiwl.com", "hr@zhihuiwl.com"),
     ("domain", "zhihuiwl.com", "zhihuiwl.com")],
    "landing page, QQ with dashes and tencent:// link")

p = "/review/school-zhihui-futian.html"
add(p, review_page(p, "智汇未来人才(福田中心)", "深圳 &gt; 福田区", """
<h1>智汇未来人才(福田中心)</h1><p class="stars">★★★☆☆ 3.6分 · 人均 ¥3100</p>
<table class="shopinfo"><tr><td>地址</td><td>福田区深南中路 中电大厦 18F</td></tr>
<tr><td>联系</td><td>hr[at]zhihuiwl点com</td></tr></table>
<h3>课程</h3><p>人工智能训练师 二级/技师 “直通车”班 ¥6800，详询客服</p>""",
    [("大熊", "★★☆☆☆", "2025-09-29", "说二级不用看经验，交了钱又说要补材料，无语。"),
     ("Sunny", "★★★★☆", "2025-08-08", "老师挺专业的，四级过了。")]),
    True, "U05", "智汇未来人才",
    [("email", "hr@zhihuiwl.com", "hr[at]zhihuiwl点com")],
    "review page; email obfuscated with [at] and 点")

# =====================================================================
# U06: 粤数科技 / AI数据标注学院 / 小蓝鲸学堂
# =====================================================================
p = "/notes/n-xiaolanjing.html"
add(p, notes_page(p, "00后转行AI训练师｜小蓝鲸学堂真实分享", "小蓝鲸学堂", "小蓝鲸学堂 头像", """
<p>从奶茶店到AI数据标注组长，只用了半年🐳</p>
<p>我们学堂的AI训练师课程：五级 1680 / 四级 2280，每周三晚直播</p>
<p>更多干货看我们视频号：小蓝鲸学堂AI</p>
<p>咨询 ➜ 微信 xlj_xuetang</p>""",
    [("奶盖", "怎么报名", "0"), ("小鱼在厦门", "我v xiaoyu_0592 求资料", "2")],
    ["转行", "AI训练师", "小蓝鲸"], "2025-07-11", "广东"),
    True, "U06", "小蓝鲸学堂",
    [("wechat", "xlj_xuetang", "微信 xlj_xuetang"), ("other", "小蓝鲸学堂AI", "视频号：小蓝鲸学堂AI")],
    "notes success-story post with video account")

p = "/market/item-9013377.html"
add(p, market_page(p, "粤数科技 AI训练师 五级/四级 课程 可补贴", "¥ 1680 起", "粤数科技", "粤数科技 头像", """
<p>人工智能训练师培训（五级/四级），深圳宝安上课，周末班。</p>
<p>薇:Xlj_Xuetang ｜ 手机：17727450913</p>
<p>培训后由评价机构组织认定，考点：南山区职业技能评价中心（0755-26510238）</p>""", want=8, view=220),
    True, "U06", "粤数科技",
    [("wechat", "xlj_xuetang", "薇:Xlj_Xuetang"), ("phone", "+8617727450913", "17727450913")],
    "market listing; wechat with mixed case")

p = "/lp/aibiaozhu-xueyuan/index.html"
LP6_CSS = """body{margin:0;font-family:'PingFang SC';background:#fff}.hero{background:#f5a623;color:#222;padding:40px;text-align:center}
.grid{max-width:900px;margin:20px auto;display:grid;grid-template-columns:1fr 1fr;gap:14px}.grid div{border:1px solid #eee;padding:14px}
.enroll{max-width:900px;margin:auto;padding:16px;background:#fff8e6}"""
add(p, lp_page(p, "AI数据标注学院 - 人工智能训练师(数据标注员)培训", LP6_CSS, """<a id="top"></a>
<div class="hero"><h1>AI 数据标注学院</h1><p>人工智能训练师 · 数据标注员 工种 · 五级/四级</p></div>
<div class="grid"><div><h3>课程</h3><p>60课时（五级）/ 50课时（四级）</p></div><div><h3>价格</h3><p>1680 / 2280，老学员推荐减200</p></div>
<div><h3>考核</h3><p>理论+实操，评价机构统一组织</p></div><div><h3>就业</h3><p>推荐深圳本地标注岗位（不承诺）</p></div></div>
<p style="text-align:center">运营单位：深圳粤数科技有限公司｜统一社会信用代码：%s</p>""" % USCC_U06,
    """<a href="tel:17727450913">📞<br>177 2745 0913</a><hr><a href="#baoming">报名</a><hr>""",
    "aibzxy.com © 深圳粤数科技有限公司",
    LP_FORM.format(head="预约报名", fid="ys1777", btn="预约")),
    True, "U06", "AI数据标注学院",
    [("phone", "+8617727450913", "177 2745 0913"), ("uscc", USCC_U06, USCC_U06), ("domain", "aibzxy.com", "aibzxy.com")],
    "landing page with floating tel bar")

p = "/qun/2025-09-05.html"
add(p, qun_page(p, "2025年9月5日", [
    ("Tina", "Tina头像", "群里有宝安的吗"),
    ("AI数据标注学院-助教", "助教头像", "[图片] 九月班开课通知<br>AI数据标注学院 9.20 开班，五级/四级都有<br>"
     "报名入口：aibzxy点com（手机打开）<br>同一考点：南山区职业技能评价中心，考完统一发证"),
    ("Tina", "Tina头像", "收到"),
    ("SYS", "“Tina”拍了拍“AI数据标注学院-助教”"),
]), True, "U06", "AI数据标注学院",
    [("domain", "aibzxy.com", "aibzxy点com")],
    "group archive notice; domain with 点")

# =====================================================================
# U07: 厦门码上学 / 码上学AI
# =====================================================================
p = "/review/school-mashangxue-siming.html"
add(p, review_page(p, "厦门码上学(思明校区)", "厦门 &gt; 思明区", """
<h1>厦门码上学(思明校区)</h1><p class="stars">★★★★☆ 4.4分 · 人均 ¥1900</p>
<table class="shopinfo"><tr><td>地址</td><td>思明区湖滨南路 88 号 5 楼</td></tr>
<tr><td>电话</td><td>0592-2093551　/　13606012784</td></tr></table>
<h3>课程</h3><p>少儿编程 · Python · 人工智能训练师（四级）成人班 1980元</p>""",
    [("阿May妈妈", "★★★★★", "2025-10-11", "孩子在这学编程，我顺便报了AI训练师四级。"),
     ("路过", "★★★☆☆", "2025-06-30", "一般般")]),
    True, "U07", "厦门码上学",
    [("phone", "+865922093551", "0592-2093551"), ("phone", "+8613606012784", "13606012784")],
    "review page of a coding school that also sells AI-trainer level 4")

p = "/notes/n-mashangxue.html"
add(p, notes_page(p, "宝妈在厦门考了AI训练师四级，分享下流程", "码上学AI", "码上学AI 头像", """
<p>白天带娃晚上学，两个月拿下四级💪 流程：报名→培训→理论考试→实操考核→等证书（可在官网查询）</p>
<p>我在码上学报的，学费一九八零，课后有助教</p>
<img src="../img/n7.jpg" width="100%" alt="码上学AI 报名咨询 136 0601 2784">
<p>有问题可以发邮件 mashangxue@126.com</p>""",
    [("Coco", "请问实操考什么", "1"), ("码上学AI", "主要是标注和质检哦", "0")],
    ["厦门宝妈", "AI训练师", "考证"], "2025-10-25", "福建"),
    True, "U07", "码上学AI",
    [("phone", "+8613606012784", "136 0601 2784"), ("email", "mashangxue@126.com", "mashangxue@126.com")],
    "notes post with phone only in image alt")

p = "/market/item-4478201.html"
add(p, market_page(p, "码上学 AI训练师四级课 转 剩一个名额", "¥ 1680 <del>¥1980</del>", "码上学AI", "卖家头像", """
<p>人工智能训练师 四级 中级工 成人周末班 名额一个，因工作调动去不了，原价转。</p>
<p>有意者邮件：mashangxue 圈 126.com</p>""", side_extra="<p>卖家ID：xw_ms8822</p>", loc="厦门", want=3, view=95),
    True, "U07", "码上学AI",
    [("email", "mashangxue@126.com", "mashangxue 圈 126.com"), ("other", "xw_ms8822", "卖家ID：xw_ms8822")],
    "market listing; email with 圈 for @")

# =====================================================================
# U08: 前海星辰教育 / 星辰AI研习社
# =====================================================================
p = "/lp/xingchen/index.html"
LP8_CSS = """body{margin:0;background:#101828;color:#f5f5f5;font-family:'Microsoft YaHei'}.top{padding:60px 30px;text-align:center;background:radial-gradient(#344,#101828)}
.sec{max-width:860px;margin:24px auto;padding:0 16px}table{width:100%;border-collapse:collapse}td{border:1px solid #456;padding:8px}
.enroll{max-width:860px;margin:auto;background:#1d2939;padding:16px}"""
add(p, lp_page(p, "前海星辰教育｜AI训练师 三级 高级工 冲刺", LP8_CSS, """<a id="top"></a>
<div class="top"><h1>前海星辰 · 人工智能训练师</h1><p>三级/高级工 冲刺班 ｜ 理论30% 实操70%</p></div>
<div class="sec"><table><tr><td>五级</td><td>¥1,880</td></tr><tr><td>四级</td><td>¥2,580</td></tr><tr><td>三级</td><td><s>¥5,200</s> ¥3,980</td></tr></table>
<p>地址：前海深港青年梦工场 2 栋 · 电话 0755-2366 9081</p></div>""",
    """<a href="tel:075523669081">☎<br>来电</a><hr><a href="#wx"><img src="../../img/qr.png" width="50" alt="扫码加微信 xc_yanxishe"></a><hr><a href="#baoming">报名</a><hr>""",
    "前海星辰教育 © 2025 粤ICP备2025017733号",
    LP_FORM.format(head="三级报名资格预审", fid="xc3980", btn="提交预审")),
    True, "U08", "前海星辰教育",
    [("phone", "+8675523669081", "0755-2366 9081"), ("wechat", "xc_yanxishe", "扫码加微信 xc_yanxishe")],
    "landing page; wechat only in QR alt text")

p = "/qun/2025-12-01.html"
add(p, qun_page(p, "2025年12月1日", [
    ("星辰AI研习社", "研习社头像", "各位群友好～星辰AI研习社 12 月三级冲刺班开课<br>三千九百八，理论+实操<br>"
     "wx: xc_yanxishe 或者 QQ 3098 455 612"),
    ("阿文", "阿文头像", "三级要什么条件"),
    ("星辰AI研习社", "研习社头像", "四级证+工作年限，可以帮你看"),
    ("群主 鹭岛小北", "群主头像", "有问题打12333问人社，别乱交钱"),
]), True, "U08", "星辰AI研习社",
    [("wechat", "xc_yanxishe", "wx: xc_yanxishe"), ("qq", "3098455612", "QQ 3098 455 612")],
    "group archive ad")

p = "/review/school-xingchen-qianhai.html"
add(p, review_page(p, "星辰AI研习社(前海店)", "深圳 &gt; 南山区 &gt; 前海", """
<h1>星辰AI研习社(前海店)</h1><p class="stars">★★★★☆ 4.1分 · 人均 ¥3500</p>
<table class="shopinfo"><tr><td>地址</td><td>前海深港青年梦工场 2 栋</td></tr><tr><td>电话</td><td>(0755)23669081</td></tr></table>
<h3>课程</h3><p>人工智能训练师三级冲刺 ￥3980；四级 ￥2580；可开票</p>""",
    [("前海打工人", "★★★★☆", "2025-12-10", "周末课，实操环境挺完善。"),
     ("小张", "★★★★★", "2025-11-22", "三级一次过")]),
    True, "U08", "星辰AI研习社",
    [("phone", "+8675523669081", "(0755)23669081")],
    "review page, landline in parentheses")

# =====================================================================
# U09: 鹏程优才 / 优才AI证书服务中心
# =====================================================================
p = "/market/item-3390551.html"
add(p, market_page(p, "人工智能训练师 证书 快速报考 五级四级三级都有", "¥ 2,999", "鹏程优才", "鹏程优才 头像", """
<p>人工智能训练师 各等级均可报考，流程快、通过率高，不限学历，全程代办材料。</p>
<p>认定批次：""" + BATCH + """（本月截止）</p>
<p>电话 199-2568-3046</p>""", side_extra="<p>店铺：鹏程优才证书服务（ID xw_pcyc01）</p>", want=63, view=2480),
    True, "U09", "鹏程优才",
    [("phone", "+8619925683046", "199-2568-3046"), ("other", "xw_pcyc01", "ID xw_pcyc01")],
    "market listing selling all levels, no education limits")

p = "/notes/n-youcai-zhengshu.html"
add(p, notes_page(p, "拿证加薪！AI训练师证书这样考最省事", "优才AI证书服务中心", "优才 头像", """
<p>工作忙没时间学？我们<b>全程代办</b>报名材料，线上学习，最快一个月出证📜</p>
<p>五级¥1980 · 四级¥2680 · 三级¥3580 · 三个一起 ¥6999</p>
<p>电话/微信：壹玖玖 2568 叁零肆陆 ｜ 微信号 yc_zhengshu</p>""",
    [("小鱼在厦门", "v xiaoyu_0592 私我", "0"), ("Jerry", "一个月出证靠谱吗", "3")],
    ["AI训练师", "拿证", "加薪"], "2025-11-18", "广东"),
    True, "U09", "优才AI证书服务中心",
    [("phone", "+8619925683046", "壹玖玖 2568 叁零肆陆"), ("wechat", "yc_zhengshu", "微信号 yc_zhengshu")],
    "notes post; mobile mixes Chinese numerals and digits")

p = "/qun/2025-11-20.html"
add(p, qun_page(p, "2025年11月20日", [
    ("优才-Kevin", "Kevin头像", "【优才AI证书服务中心】人工智能训练师证书 代报名<br>材料我们准备，你只需提供身份证<br>"
     "加微 yc_zhengshu ，资料发邮箱 youcai_ai＠sina点com"),
    ("阿杰", "阿杰头像", "代报名是啥意思"),
    ("群主 鹭岛小北", "群主头像", "@优才-Kevin 注意广告频率。另外提醒：反诈专线96110，遇到可疑情况及时咨询"),
]), True, "U09", "优才AI证书服务中心",
    [("wechat", "yc_zhengshu", "加微 yc_zhengshu"), ("email", "youcai_ai@sina.com", "youcai_ai＠sina点com")],
    "group archive ad; email with full-width @ and 点")

p = "/lp/youcai/index.html"
LP9_CSS = """body{margin:0;background:#fffdf5;font-family:sans-serif}.bn{background:#e60012;color:#ff0;padding:30px;text-align:center}
.c{max-width:820px;margin:20px auto}.enroll{max-width:820px;margin:auto;background:#fff1f0;padding:14px}"""
add(p, lp_page(p, "优才AI证书 - 人工智能训练师 报名入口", LP9_CSS, """<a id="top"></a>
<div class="bn"><h1>人工智能训练师 报名入口</h1><p>全国通用 · 报名即安排学习</p></div>
<div class="c"><p>提交报名表后，老师会把学习资料发到您的邮箱，如未收到请联系 youcai_ai@sina.com</p>
<p>官网：youcaiai.cn（本页为报名专用页）</p></div>""",
    """<a href="#baoming">报名</a><hr>""",
    "优才AI证书服务中心 youcaiai.cn",
    LP_FORM.format(head="报名登记表", fid="yc6999", btn="提交")),
    True, "U09", "优才AI证书服务中心",
    [("email", "youcai_ai@sina.com", "youcai_ai@sina.com"), ("domain", "youcaiai.cn", "youcaiai.cn")],
    "form-only landing page")

# =====================================================================
# Independents
# =====================================================================
p = "/notes/n-ada-xiaoke.html"
add(p, notes_page(p, "AI训练师小白入门课，我自己录的😆", "Ada的AI小课", "Ada 头像", """
<p>自己考完三级后整理的笔记+录播课，适合准备五级/四级的朋友。</p>
<p>一共 12 节，<b>¥399</b>，不卖证，只卖课，考试自己去正规机构报名～</p>
<p>感兴趣的 v➕ada_aixiaoke</p>""",
    [("小鱼在厦门", "可以加你吗 我的v xiaoyu_0592", "0"), ("Ada的AI小课", "通过啦", "0")],
    ["AI训练师", "学习笔记"], "2025-09-30", "福建"),
    True, "I01", "Ada的AI小课",
    [("wechat", "ada_aixiaoke", "v➕ada_aixiaoke")],
    "independent tutor selling a recorded course")

p = "/market/item-2219840.html"
add(p, market_page(p, "转让 人工智能训练师五级 报名名额（已交费）", "¥ 800", "阿伟", "卖家 阿伟", """
<p>报了某机构五级班，临时出差去不了，名额转让，机构同意更名。</p>
<p>电话：一五八 九九四零 二二六一（晚上打）</p>""", want=2, view=77),
    True, "I02", "阿伟",
    [("phone", "+8615899402261", "一五八 九九四零 二二六一")],
    "private person reselling an enrolment seat")

p = "/qun/2025-09-18.html"
add(p, qun_page(p, "2025年9月18日", [
    ("深圳星火教育-Amy", "Amy头像", "🔥星火教育 人工智能训练師 四级 周末班（福田）<br>費用 二千四 | 可開發票<br>"
     "電話 0755 8699 4170 ｜ 扣扣 2039558176"),
    ("老王", "老王头像", "繁体字哈哈"),
    ("深圳星火教育-Amy", "Amy头像", "我们香港老师写的文案😂"),
    ("群主 鹭岛小北", "群主头像", "批次号 " + BATCH + " 这几天好几个人在问，是考点的认定批次，不是谁的电话，别打"),
]), True, "I03", "深圳星火教育",
    [("phone", "+8675586994170", "0755 8699 4170"), ("qq", "2039558176", "扣扣 2039558176")],
    "group archive ad in traditional characters (訓練師 spelled 训练師)")

p = "/lp/shenao/index.html"
LPI4_CSS = """body{margin:0;font-family:Helvetica,'PingFang SC';background:#f6f8fb}.h{background:#1f3b73;color:#fff;padding:36px 20px}
.w{max-width:880px;margin:20px auto;background:#fff;padding:20px}.enroll{max-width:880px;margin:auto;background:#e8eef9;padding:16px}"""
add(p, lp_page(p, "ShenAo AI Academy 深澳AI人才学院 | AI Trainer Certification", LPI4_CSS, """<a id="top"></a>
<div class="h"><h1>AI Trainer (人工智能训练师) Level 4 / Level 3</h1><p>English &amp; 中文双语授课 · 深港通勤友好</p></div>
<div class="w"><p>Tuition: Level 4 HK$3,200 / RMB 2,900；Level 3 RMB 3,900（须符合申报条件）</p>
<p>Hotline 400-826-5517 · Email: admissions@shenaoai.com</p>
<p>深圳深澳人才发展有限公司 统一社会信用代码 %s</p></div>""" % USCC_I04,
    """<a href="tel:4008265517">Call</a><hr><a href="#baoming">Apply</a><hr>""",
    "shenaoai.com © ShenAo Talent",
    LP_FORM.format(head="Apply / 报名", fid="sa4008", btn="Submit")),
    True, "I04", "深澳AI人才学院",
    [("phone", "4008265517", "400-826-5517"), ("email", "admissions@shenaoai.com", "admissions@shenaoai.com"),
     ("uscc", USCC_I04, USCC_I04), ("domain", "shenaoai.com", "shenaoai.com")],
    "bilingual landing page")

p = "/review/school-jimei-shuzhi.html"
add(p, review_page(p, "集美区数智培训中心", "厦门 &gt; 集美区", """
<h1>集美区数智培训中心</h1><p class="stars">★★★☆☆ 3.9分 · 人均 ¥1500</p>
<table class="shopinfo"><tr><td>地址</td><td>集美区杏林湾路 学村商业街 2 号</td></tr>
<tr><td>电话</td><td>0592-6218803</td></tr><tr><td>微信</td><td>jmsz_px</td></tr></table>
<h3>课程</h3><p>人工智能训练师（五级）1500元；数据标注实训 800 元</p>""",
    [("学生党", "★★★★☆", "2025-11-01", "离学校近，价格比岛内便宜。")]),
    True, "I05", "集美区数智培训中心",
    [("phone", "+865926218803", "0592-6218803"), ("wechat", "jmsz_px", "jmsz_px")],
    "review page of a small training centre")

p = "/notes/n-wenda-kaozheng.html"
add(p, notes_page(p, "求问：深圳哪里可以靠谱地考AI训练师？", "打工人小K", "小K 头像", """
<p>想考个人工智能训练师四级，网上好多机构，价格从几百到几千都有，不知道怎么选😵</p>
<p>有没有考过的姐妹推荐一下</p>""",
    [("考过的阿花", "先去 osta 官网查评价机构，别信包过", "21"),
     ("思睿老师", "我这边四级辅导 2200，有实操室，在龙华，私我 扣:3 3 0 2 7 1 8 8 5 6", "0"),
     ("打工人小K", "谢谢大家", "2")],
    ["AI训练师", "求助"], "2025-10-05", "广东"),
    True, "I06", "思睿老师",
    [("qq", "3302718856", "扣:3 3 0 2 7 1 8 8 5 6")],
    "question post; the only offer is a seller's comment reply")

# =====================================================================
# Non-offer pages
# =====================================================================
p = "/notes/n-jiankang-guanlishi.html"
add(p, notes_page(p, "健康管理师｜宝妈在家也能学的证", "小蓝鲸学堂·健康", "小蓝鲸学堂 健康频道头像", """
<p>除了AI，我们也开了健康管理师课程（卫健方向），适合宝妈、药店店员。</p>
<p>学费 2680，线上学习。同样可以看视频号：小蓝鲸学堂AI 里的公开课</p>
<p>健康课咨询 vx：xlj_jiankang</p>""",
    [("橙子", "和AI训练师能一起报吗", "0")], ["健康管理师", "宝妈"], "2025-08-15", "广东"),
    note="other occupation's course (健康管理师), not an AI-trainer offer")

p = "/notes/n-jingyan-fenxiang.html"
add(p, notes_page(p, "考完人工智能训练师三级的真实感受（无广）", "西瓜不甜", "西瓜不甜 头像", """
<p>本人在软件园做标注三年，今年走单位的评价机构考了三级。</p>
<p>1. 先在 pjjg.osta.org.cn 查你所在省有哪些机构备案了这个职业；2. 证书出来后在 zscx.osta.org.cn 能查到；
3. 遇到说“包过”“不用考”的直接拉黑，有疑问打 12333。</p>
<p>补贴的事：五级最多1000，四级1500，三级2000，要交满一年失业保险。</p>""",
    [("Momo", "干货！", "40"), ("小鱼在厦门", "感谢分享", "3")], ["AI训练师", "经验"], "2025-11-30", "福建"),
    note="learner's experience post, no selling; mentions official query sites and 12333")

p = "/market/item-1187620.html"
add(p, market_page(p, "二手 人工智能训练师 教材 四级 九成新", "¥ 25", "林同学", "卖家 林同学", """
<p>考完了，教材出掉，有少量笔记，包邮。</p><p>微信 book_lin1990</p>""", want=4, view=60, loc="厦门"),
    note="used textbook sale, not a course")

p = "/market/help-anquan.html"
HELP_BODY = """<div class="hd"><div><b>闲湾</b> 规则中心 <a href="{home}">首页</a><a href="{mi}">同城闲置</a></div></div>
<div class="box"><div class="main"><h1>安全交易：警惕证书类诈骗</h1>
<p>近期平台发现部分卖家以“包过”“内部名额”“人社部颁发”等名义销售证书课程。请注意：</p>
<ol><li>职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；</li>
<li>任何要求脱离平台转账的行为均属违规；</li>
<li>遇到诈骗请拨打 96110 或报警，消费纠纷可拨打 12315。</li></ol>
<p>闲湾官方客服：400-878-3365，或发送邮件至 service@xianwan.com.cn</p></div></div>
<footer class="ft">闲湾 xianwan.com.cn · 官方客服 400-878-3365（9:00-21:00） · 粤ICP备19088412号</footer>""".format(
    home=rel(p, "/index.html"), mi=rel(p, "/market/index.html"))
add(p, doc("安全交易_闲湾规则中心", MARKET_CSS, HELP_BODY), note="platform help page about certificate scams")

p = "/qun/2025-10-28.html"
add(p, qun_page(p, "2025年10月28日", [
    ("群主 鹭岛小北", "群主头像", "【群规】1. 广告每人每天一条 2. 禁止发二维码 3. 有争议找群主 微信 ludao_qunzhu"),
    ("Lucy", "Lucy头像", "有人知道数据标注员和人工智能训练师是什么关系吗"),
    ("西瓜不甜", "西瓜头像", "数据标注员是人工智能训练师下面的工种，另一个是人工智能算法测试员"),
    ("Lucy", "Lucy头像", "懂了谢谢"),
    ("阿斌", "阿斌头像", "上次那个说一个月出证的，我朋友交了钱联系不上了，大家小心，96110 可以咨询"),
]), note="group archive day with rules and discussion only")

p = "/review/weiquan-baoguo.html"
add(p, review_page(p, "维权专区：AI训练师“包过班”退费难", "深圳", """
<h1>【维权】报了所谓“包过”的AI训练师三级，退费难</h1>
<p>楼主：交了 6800 说是“人社部颁发、不用考试”，结果一直拖着不安排考试。后来发现对方说的查询网站根本不是官方的。</p>
<p>已经打了 12315 投诉，也问了 12333，说证书要看评价机构是否备案。</p>""",
    [("同病相怜", "★☆☆☆☆", "2025-12-02", "我也是，说好的包过，结果连考点都没有。"),
     ("点学网客服", "—", "2025-12-03", "已联系楼主核实，请其他用户注意甄别，可拨打 12315 维权。"),
     ("律师小王", "—", "2025-12-04", "建议保留聊天记录和付款凭证。")]),
    note="complaint thread on the review site")

p = "/news/shanzhai-zhengshu.html"
add(p, portal_page(p, "人社部门提醒：警惕“山寨证书”，AI训练师证书看清评价机构_湾区城事网", """<article>
<h1>人社部门提醒：警惕“山寨证书”，AI训练师证书看清评价机构</h1><p class="meta">来源：湾区城事网综合 2025-11-12</p>
<p>随着人工智能训练师（职业编码4-04-05-05）等新职业走红，一些机构打着“人社部颁发”“包过”的旗号招揽学员。</p>
<p>记者了解到，2019年以来职业技能等级证书由经人社部门备案的评价机构颁发，并不由人社部直接颁发，证书可在技能人才评价证书全国联网查询平台（zscx.osta.org.cn）查询。</p>
<p>市民如发现虚假宣传，可拨打12315投诉；遇到诈骗可拨打反诈专线96110；政策咨询可拨打12333。</p>
<p>据报道，有市民曾根据“0755-2651 0238 考点报名”的说法被骗，经核实该号码为真实考点电话，考点从未委托任何中介收费。</p>
</article>""", side="<h4>热门</h4><ul class=\"list\"><li><a href=\"butie-zhengce.html\">技能提升补贴怎么领</a></li></ul>"),
    note="news warning article quoting hotlines and a real assessment centre number")

p = "/news/butie-zhengce.html"
add(p, portal_page(p, "一图读懂：失业保险技能提升补贴怎么领_湾区城事网", """<article>
<h1>一图读懂：失业保险技能提升补贴怎么领</h1><p class="meta">政策解读 2025-06-03</p>
<p>取得初级（五级）、中级（四级）、高级（三级）职业技能等级证书的，分别最高可申领1000元、1500元、2000元补贴，需累计缴纳失业保险满1年。</p>
<table border="1" cellpadding="6"><tr><th>等级</th><th>补贴上限</th></tr><tr><td>五级</td><td>1000元</td></tr><tr><td>四级</td><td>1500元</td></tr><tr><td>三级</td><td>2000元</td></tr></table>
<p>二级、一级不在该项补贴范围。证书查询：osta.org.cn。咨询电话：12333。</p>
<img src="../img/butie.png" alt="技能提升补贴申领流程图" width="500">
</article>"""), note="policy explainer on the skill-upgrade subsidy")

p = "/jobs/shuju-biaozhu.html"
add(p, portal_page(p, "【招聘】数据标注专员 8-12K 深圳南山_湾区城事网", """<article>
<h1>数据标注专员（人工智能训练师方向） 8-12K·13薪</h1>
<p class="meta">深圳数源智能科技有限公司 · 南山区 · 1-3年 · 大专</p>
<h3>岗位职责</h3><ul><li>负责图像/文本数据标注与质检</li><li>参与标注规范制定</li></ul>
<h3>任职要求</h3><ul><li>有人工智能训练师四级及以上证书者优先</li><li>细心，有责任心</li></ul>
<p>投递简历：hr@shuyuandata.com ｜ 电话 0755-2698 1130（人事部）</p>
<p>统一社会信用代码：%s</p>
<p style="color:#c00">本公司招聘不收取任何费用，不推荐任何培训机构。</p>
</article>""" % USCC_JOB), note="a real job ad for a data-annotation post (no course sold)")

# --- list pages
def list_items(frm, prefix):
    items = [q for q in PAGES if q["path"].startswith(prefix)]
    return items


def title_of(q):
    h = q["html"]
    return h[h.index("<title>") + 7:h.index("</title>")]


p = "/notes/index.html"
lis = "\n".join('<li><a href="%s">%s</a></li>' % (rel(p, q["path"]), title_of(q).replace(" - 潮记", ""))
                for q in list_items(p, "/notes/"))
add(p, doc("AI考证 话题 - 潮记", NOTES_CSS, """<header class="top"><span class="logo">潮记</span><nav><a href="../index.html">首页</a></nav></header>
<main class="wrap"><h1>#AI考证 话题笔记</h1><ul>%s</ul></main>
<footer class="foot">潮记 chaojinote.cn · 客服热线：400-920-6618 · 客服邮箱 help@chaojinote.cn</footer>""" % lis),
    note="notes-app topic list page")

p = "/market/index.html"
lis = "\n".join('<li><a href="%s">%s</a></li>' % (rel(p, q["path"]), title_of(q).replace("_闲湾二手", ""))
                for q in list_items(p, "/market/item-"))
add(p, doc("同城闲置 · 技能课程 - 闲湾", MARKET_CSS, """<div class="hd"><div><b>闲湾</b> <a href="../index.html">首页</a><a href="help-anquan.html">安全交易</a></div></div>
<div class="box"><div class="main"><h1>同城闲置 · 技能/课程</h1><ul>%s</ul></div></div>
<footer class="ft">闲湾 xianwan.com.cn · 官方客服 400-878-3365</footer>""" % lis), note="market category list page")

p = "/qun/index.html"
lis = "\n".join('<li><a href="%s">%s</a></li>' % (rel(p, q["path"]), q["path"].split("/")[-1][:-5])
                for q in sorted(list_items(p, "/qun/2"), key=lambda q: q["path"]))
add(p, doc(QUN_NAME + " 存档目录", QUN_CSS, """<div class="bar"><a href="../index.html">首页</a> · %s 存档目录</div>
<div class="chat"><ul>%s</ul></div><div class="foot">本存档由「群记录助手」qunjilu.net 自动生成 · 群主微信 ludao_qunzhu</div>""" % (QUN_NAME, lis)),
    note="group-archive index")

p = "/review/index.html"
lis = "\n".join('<li><a href="%s">%s</a></li>' % (rel(p, q["path"]), title_of(q).replace("怎么样_点评_点学网", ""))
                for q in list_items(p, "/review/"))
add(p, doc("深圳/厦门 职业技能培训机构排行 - 点学网", REVIEW_CSS, """<div class="hdr"><b>点学网</b> <a href="../index.html">首页</a></div>
<div class="layout"><div class="col"><h1>职业技能培训 · 人工智能方向</h1><ol>%s</ol></div>
<aside class="aside"><p>点学网用户QQ群：583920174</p></aside></div>
<div class="ftr">点学网 dianxue365.com · 客服 400-155-0592 · 消费维权请拨打 12315</div>""" % lis), note="review-site list page")

p = "/sites/index.html"
lis = "\n".join('<li><a href="%s">%s</a></li>' % (rel(p, q["path"]), title_of(q))
                for q in list_items(p, "/lp/"))
add(p, portal_page(p, "推广站点导航_湾区城事网", "<h1>合作推广站点</h1><p>以下为广告主自建站点，本站不对其内容负责。</p><ul class=\"list\">%s</ul>" % lis),
    note="directory of advertisers' landing sites")

p = "/index.html"
main = """<h1>湾区城事网 · 深圳 厦门</h1>
<h3>频道</h3><ul class="list">
<li><a href="notes/index.html">潮记精选：#AI考证</a></li><li><a href="market/index.html">闲湾同城闲置：技能课程</a></li>
<li><a href="qun/index.html">%s 聊天存档</a></li><li><a href="review/index.html">点学网 培训机构点评</a></li>
<li><a href="sites/index.html">推广站点导航</a></li></ul>
<h3>资讯</h3><ul class="list"><li><a href="news/shanzhai-zhengshu.html">人社部门提醒：警惕“山寨证书”</a></li>
<li><a href="news/butie-zhengce.html">一图读懂：技能提升补贴</a></li><li><a href="jobs/shuju-biaozhu.html">招聘：数据标注专员</a></li>
<li><a href="market/help-anquan.html">闲湾：安全交易提示</a></li></ul>""" % QUN_NAME
add(p, portal_page(p, "湾区城事网 - 深圳厦门生活资讯", main), note="site portal")


# ---------------------------------------------------------------- decoys
def paths_with(s):
    needles = s if isinstance(s, tuple) else (s,)
    return [q["path"] for q in PAGES if any(n in q["html"] for n in needles)]


DECOYS = [
    ("phone", "12333", "12333", "人社 service hotline quoted in news, posts and group notices"),
    ("phone", "96110", "96110", "anti-fraud hotline in warnings"),
    ("phone", "12315", "12315", "market-regulation complaint line in review-site footer and help pages"),
    ("domain", "osta.org.cn", "osta.org.cn", "official certificate query site cited by sellers and non-sellers alike"),
    ("phone", "4009206618", "400-920-6618", "notes app customer-service line in every notes footer"),
    ("email", "help@chaojinote.cn", "help@chaojinote.cn", "notes app mailbox in every notes footer"),
    ("domain", "chaojinote.cn", "chaojinote.cn", "notes app's own domain"),
    ("phone", "4008783365", "400-878-3365", "second-hand market customer-service line on every item page"),
    ("domain", "xianwan.com.cn", "xianwan.com.cn", "second-hand market's own domain in footers"),
    ("phone", "4001550592", "400-155-0592", "review site hotline in every review page footer"),
    ("qq_group", "583920174", "583920174", "review site's own user QQ group in the sidebar"),
    ("domain", "dianxue365.com", "dianxue365.com", "review site's own domain"),
    ("wechat", "ludao_qunzhu", "ludao_qunzhu", "group owner's WeChat on every archive page (not a seller)"),
    ("domain", "qunjilu.net", "qunjilu.net", "group-archive export tool credit"),
    ("phone", "4000173088", "400-017-3088", "site builder's sales line on every landing page"),
    ("domain", "suyejianzhan.com", "suyejianzhan.com", "site builder credit on every landing page"),
    ("domain", "tianbiaotong.cn", "tianbiaotong.cn", "form tool used by several landing pages"),
    ("phone", "+8613800138000", "13800138000", "form placeholder text in the shared form template"),
    ("phone", "+8675526510238", ("0755-2651 0238", "0755-26510238"), "assessment centre's number quoted by several sellers and by news"),
    ("phone", "+865925902217", ("0592-5902 217", "0592-5902217", "0592 5902217"), "co-working space front desk (training venue) quoted by a seller and used as venue"),
    ("phone", "+8613520250706", BATCH, "assessment batch number written like a mobile number, quoted by different sellers"),
    ("other", SAMPLE_CERT, SAMPLE_CERT, "sample certificate number in a picture copied by several sellers"),
    ("wechat", "xiaoyu_0592", "xiaoyu_0592", "a commenter's own WeChat left under posts of different sellers"),
    ("other", "小蓝鲸学堂AI", "视频号：小蓝鲸学堂AI", "video account shared by an AI-trainer offer and the same brand's other-occupation (健康管理师) page: the non-offer must not be linked"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for q in PAGES:
        fp = os.path.join(SITE, q["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(q["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, needle, note in DECOYS:
        paths = sorted(paths_with(needle))
        decoys.append({"kind": kind, "value": value, "paths": paths, "note": note})
    ops = {}
    for q in PAGES:
        o = q["operator"]
        if o and o.startswith("U"):
            ops.setdefault(o, {"brands": [], "pages": []})
            if q["provider"] not in ops[o]["brands"]:
                ops[o]["brands"].append(q["provider"])
            ops[o]["pages"].append(q)
    operators = {}
    for o in sorted(ops):
        ties = []
        pg = ops[o]["pages"]
        for i in range(len(pg)):
            for j in range(i + 1, len(pg)):
                a = {(k, v): w for k, v, w in pg[i]["identifiers"]}
                b = {(k, v): w for k, v, w in pg[j]["identifiers"]}
                for key in sorted(set(a) & set(b)):
                    ties.append("%s ~ %s via %s %s ('%s' / '%s')" % (
                        pg[i]["path"], pg[j]["path"], key[0], key[1], a[key], b[key]))
        operators[o] = {"brands": ops[o]["brands"], "ties": "; ".join(ties)}
    truth = {
        "description": "operators-2026-12ap: Shenzhen/Xiamen city web (notes app 潮记, second-hand market 闲湾, "
                       "WeChat group archive, one-page landing sites, review site 点学网) with AI-trainer "
                       "certificate course sellers; U = multi-page operators, I = independent sellers.",
        "pages": [{k: q[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for q in sorted(PAGES, key=lambda q: q["path"])],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("pages=%d offers=%d" % (len(PAGES), sum(q["is_offer"] for q in PAGES)))


if __name__ == "__main__":
    main()
