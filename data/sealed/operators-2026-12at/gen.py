#!/usr/bin/env python3
"""Generate a labeled test web (northeastern city web: Shenyang / Harbin).

python3 gen.py  -> writes site/ and truth.json (deterministic, no randomness).
Standard library only.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(head, div, body8):
    """head: 2 chars, div: 6 digits, body8: 8 chars of org code; returns 18-char USCC."""
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(v(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    first = head + div + body8 + oc
    s2 = sum(ALPHA.index(ch) * w for ch, w in zip(first, W18))
    r = 31 - s2 % 31
    if r == 31:
        r = 0
    return first + ALPHA[r]


USCC_A = uscc("91", "210112", "MA0Y7K3R")   # U01 云启数智
USCC_B = uscc("91", "210106", "MA10QW5N")   # U03 盛京启航
USCC_C = uscc("52", "230103", "MJ77310E")   # U06 启明星 school (民办非企业)
USCC_D = uscc("91", "210102", "MA0UX2D8")   # U08 华信远程
USCC_E = uscc("52", "210106", "MJ5C2204")   # I05 铁西学校
USCC_F = uscc("91", "230109", "MA1BRT6H")   # U04 智训信息
USCC_QA = uscc("91", "230103", "MA1A9PGL")  # Q&A platform operator (decoy)
USCC_JOB = uscc("91", "210104", "MA0P3LXQ")  # real employer, job ad (non-offer)

PAGES = []


def rel(src, dst):
    """relative link from page src to page dst (both site-absolute paths)."""
    sd = os.path.dirname(src)
    return os.path.relpath(dst, sd if sd else "/").replace(os.sep, "/")


def add(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "html": html, "is_offer": is_offer, "operator": operator,
                  "provider": provider, "identifiers": [list(x) for x in ids], "note": note})


def shell(title, body, css="", extra_head="", lang="zh-CN"):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
{extra_head}
</head>
<body>
{body}
</body>
</html>
"""


# ---------------------------------------------------------------- site skins
def L(src, dst, text, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{rel(src, dst)}"{c}>{text}</a>'


def portal_nav(p):
    return ('<div class="topnav">' + " | ".join([
        L(p, "/index.html", "东北生活圈首页"), L(p, "/gov/index.html", "政务公开"),
        L(p, "/news/index.html", "辽沈晨报网"), L(p, "/school/index.html", "培训黄页"),
        L(p, "/ask/index.html", "北国问答"), L(p, "/notes/index.html", "小雪花笔记"),
        L(p, "/jobs/index.html", "东北人才网"), L(p, "/bbs/index.html", "沈哈论坛")]) + "</div>")


GOV_CSS = "body{font-family:SimSun,serif;background:#f2f2f2;margin:0}.banner{background:#b71c1c;color:#fff;padding:18px 40px;font-size:26px}.wrap{width:1000px;margin:0 auto;background:#fff;padding:20px 40px}.crumb{font-size:12px;color:#666}.meta{text-align:center;color:#888;font-size:12px}.art p{text-indent:2em;line-height:2}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}.foot{background:#ddd;text-align:center;font-size:12px;padding:14px}"


def gov_page(p, title, content):
    body = f"""<div class="banner"><img src="{rel(p, '/img/guohui.png')}" alt="国徽" width="48"> 沈阳市人力资源和社会保障局</div>
{portal_nav(p)}
<div class="wrap">
<div class="crumb">当前位置:{L(p, '/gov/index.html', '首页')} &gt; 政务公开 &gt; 通知公告</div>
{content}
</div>
<div class="foot">
<p>主办单位:沈阳市人力资源和社会保障局 &nbsp; 地址:沈阳市沈河区市府大路260号</p>
<p>政务服务热线:024-12333 &nbsp; 辽ICP备05006812号-1 &nbsp; 网站标识码2101000034</p>
<p><a href="http://www.gov.cn/">中国政府网</a> | <a href="https://www.mohrss.gov.cn/">人力资源和社会保障部</a> | <a href="http://rst.ln.gov.cn/">辽宁省人社厅</a></p>
</div>"""
    return shell(title + "_沈阳市人力资源和社会保障局", body, GOV_CSS)


NEWS_CSS = "body{font-family:'Microsoft YaHei',sans-serif;margin:0;background:#fafafa}header{background:#0d47a1;color:#fff;padding:10px 30px}header h1{margin:0;font-size:28px}.topnav{background:#eceff1;padding:6px 30px;font-size:13px}.main{display:flex;width:1100px;margin:10px auto}.col{flex:3;background:#fff;padding:16px}aside{flex:1;margin-left:12px;font-size:13px}.ad{border:1px dashed #aaa;padding:8px;margin-bottom:10px;background:#fffde7}.tag{color:#c62828;font-size:12px}footer{background:#263238;color:#ccc;font-size:12px;padding:16px 30px}"


def news_page(p, title, content, side_extra="", tag=""):
    body = f"""<header><h1>辽沈晨报网</h1><small>www.lschb.com.cn · 沈阳本地新闻门户</small></header>
{portal_nav(p)}
<nav class="topnav">{L(p, '/news/index.html', '首页')} · 本地 · 民生 · 教育 · 就业 · 房产 · 汽车 · {L(p, '/news/index.html', '推广')}</nav>
<div class="main">
<div class="col">
{('<span class="tag">' + tag + '</span>') if tag else ''}
{content}
</div>
<aside>
<div class="ad"><b>广告</b><br>{L(p, '/news/ad/20260315-zhiyun.html', '春季新职业考证班火热报名')}</div>
<div class="ad"><b>热门</b><ul>
<li>{L(p, '/news/2026/0312/rgzn-xqzz.html', '沈阳AI企业用工需求旺盛')}</li>
<li>{L(p, '/news/2026/0320/jzpx-pianju.html', '警惕"包过拿证"培训陷阱')}</li></ul></div>
{side_extra}
<div class="ad">广告投放热线:024-2285 6600<br>新闻爆料微信:lschb_bl</div>
</aside>
</div>
<footer>辽沈晨报网 版权所有 · 广告合作:024-2285 6600 · 违法和不良信息举报:jubao@lschb.com.cn · 辽ICP备10203344号<br>
本站部分内容为推广信息,不代表本站观点,请读者自行甄别。</footer>"""
    return shell(title + " - 辽沈晨报网", body, NEWS_CSS)


ASK_CSS = "body{background:#f4f5f7;font-family:sans-serif;margin:0}.hd{background:#fff;border-bottom:1px solid #ddd;padding:10px 40px}.hd b{color:#1e88e5;font-size:22px}.q{background:#fff;width:860px;margin:12px auto;padding:18px}.ans{border-top:1px solid #eee;padding:12px 0}.who{color:#555;font-size:13px}.best{border:1px solid #4caf50;padding:6px}.ft{text-align:center;font-size:12px;color:#888;padding:20px}"


def ask_page(p, title, question, answers, qmeta="浏览 2,311 次"):
    ans = "\n".join(answers)
    body = f"""<div class="hd"><b>北国问答</b> <form style="display:inline" action="#"><input name="q" placeholder="搜索你想知道的问题"><button>搜索</button></form> {L(p, '/ask/index.html', '问答首页')} · 我要提问 · 登录</div>
{portal_nav(p)}
<div class="q">
<h1 style="font-size:20px">{title}</h1>
<div class="who">{qmeta} · 分类:教育/考试/职业资格</div>
<div class="qbody">{question}</div>
<h3>{len(answers)} 个回答</h3>
{ans}
</div>
<div class="ft">北国问答 beiguowenda.com · 用户协议 · 隐私政策 · 侵权投诉:kefu@beiguowenda.com<br>
运营主体:哈尔滨北国网络科技有限公司 统一社会信用代码 {USCC_QA} · 黑ICP备17003318号-2<br>
回答内容由网友提供,仅代表个人观点,涉及付费培训请谨慎核实。</div>"""
    return shell(title + "_北国问答", body, ASK_CSS)


def answer(user, text, meta="", best=False):
    cls = "ans best" if best else "ans"
    return f'<div class="{cls}"><div class="who"><img src="../../img/avatar.png" alt="{user}的头像" width="24"> {user} {meta}</div><div class="txt">{text}</div></div>'


NOTES_CSS = "body{font-family:-apple-system,'PingFang SC',sans-serif;background:#fff;margin:0}.bar{display:flex;justify-content:space-between;padding:10px 20px;border-bottom:1px solid #eee}.logo{color:#e53935;font-weight:bold;font-size:20px}.note{max-width:620px;margin:0 auto;padding:14px}.author{display:flex;align-items:center;gap:8px}.cover img{width:100%;border-radius:8px}.tags a{color:#3949ab;margin-right:6px}.cmt{border-top:1px solid #f0f0f0;padding:8px 0;font-size:14px}.cmt .n{color:#888}.nft{font-size:12px;color:#999;text-align:center;padding:18px}"


def notes_page(p, author, title, text, comments, cover_alt, likes="326", date="03-18"):
    cm = "\n".join(f'<div class="cmt"><span class="n">{n}</span>:{t}</div>' for n, t in comments)
    body = f"""<div class="bar"><span class="logo">小雪花笔记</span><span>{L(p, '/notes/index.html', '发现')} · 发布 · 消息 · 我</span></div>
{portal_nav(p)}
<article class="note">
<div class="author"><img src="../../img/avatar.png" alt="{author}" width="36"><b>{author}</b> <button>关注</button></div>
<div class="cover"><img src="../../img/note-{p.split('/')[-1].split('.')[0]}.jpg" alt="{cover_alt}"></div>
<h1 style="font-size:18px">{title}</h1>
<div class="txt">{text}</div>
<div class="meta" style="color:#999;font-size:12px">编辑于 {date} · 黑龙江/辽宁 · ♥ {likes} · ☆ 收藏</div>
<h4>共 {len(comments)} 条评论</h4>
{cm}
</article>
<div class="nft">小雪花笔记 · {L(p, '/notes/help/shibie.html', '社区规范')} · 客服热线 400-185-9966 · 官方交流QQ群:582660117<br>平台不提供任何培训服务,谨防站外交易</div>"""
    return shell(title + " - 小雪花笔记", body, NOTES_CSS)


JOBS_CSS = "body{font-family:'Microsoft YaHei';background:#eef3f7;margin:0}.jh{background:#00897b;color:#fff;padding:12px 40px;font-size:22px}.box{width:900px;margin:14px auto;background:#fff;padding:20px}.sal{color:#f4511e;font-size:22px}.kv td{padding:4px 10px;border-bottom:1px solid #eee}.co{background:#fafafa;padding:10px;margin-top:12px}.jf{text-align:center;font-size:12px;color:#777;padding:14px}"


def jobs_page(p, title, content):
    body = f"""<div class="jh">东北人才网 <small>dbrcw.com · 沈阳 | 哈尔滨 | 长春</small></div>
{portal_nav(p)}
<div class="box">
<div class="crumb" style="font-size:12px">{L(p, '/jobs/index.html', '首页')} &gt; 职位详情</div>
{content}
<p style="font-size:12px;color:#c62828">求职安全提示:凡以"先交培训费、考证费、押金"为入职条件的,均涉嫌违规,请立即举报。</p>
</div>
<div class="jf">东北人才网 客服热线:400-024-5151(工作日 8:30-17:00) · 举报邮箱:jubao@dbrcw.com · 人力资源服务许可证 210100202301 · © 2026</div>"""
    return shell(title + "-东北人才网", body, JOBS_CSS)


BBS_CSS = "body{font-family:Tahoma,'SimSun';font-size:13px;background:#e8eef5;margin:0}.bh{background:url(../img/bbs.png) #3b5998;color:#fff;padding:14px 30px;font-size:20px}.th{width:960px;margin:10px auto;background:#fff}.post{display:flex;border-bottom:2px solid #c2d5e3}.pl{width:150px;background:#e5edf2;padding:10px;font-size:12px}.pr{flex:1;padding:10px}.pr .t{color:#999;font-size:12px;border-bottom:1px dashed #ccc}.bf{text-align:center;padding:12px;color:#666;font-size:12px}"


def bbs_page(p, title, posts, board="沈阳吧·生活杂谈"):
    ps = []
    for i, (user, info, t, txt) in enumerate(posts):
        ps.append(f'<div class="post" id="pid{i+1}"><div class="pl"><b>{user}</b><br>{info}</div><div class="pr"><div class="t">{i+1}#  发表于 {t}</div><div class="c">{txt}</div></div></div>')
    body = f"""<div class="bh">沈哈论坛 <small>bbs.shenha.net</small></div>
{portal_nav(p)}
<div class="th">
<div style="padding:8px">{L(p, '/bbs/index.html', '论坛')} › {board} › {title}</div>
{''.join(ps)}
<form action="#" style="padding:10px"><textarea name="reply" rows="3" cols="80" placeholder="发表回复……"></textarea><br><button>回复</button></form>
</div>
<div class="bf">Powered by Discuz! X3.4 · 沈哈论坛 · 请勿发布广告,违者封号</div>"""
    return shell(title + " - " + board + " - 沈哈论坛", body, BBS_CSS)


SCHOOL_CSS = {
    "red": "body{margin:0;font-family:'Microsoft YaHei'}.top{background:#c62828;color:#fff;padding:6px 30px;font-size:12px}.logo{padding:16px 30px;font-size:28px;color:#c62828;font-weight:bold}.menu{background:#333}.menu a,.menu span{color:#fff;padding:10px 16px;display:inline-block}.hero{background:#ffebee;padding:40px;text-align:center}.sec{width:1000px;margin:20px auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:8px;text-align:center}th{background:#c62828;color:#fff}del{color:#999}.sf{background:#222;color:#aaa;padding:20px 30px;font-size:12px}.float{position:fixed;right:10px;bottom:80px;background:#c62828;color:#fff;padding:10px}",
    "blue": "body{margin:0;font-family:sans-serif;color:#233}.top{background:#0b3d91;color:#cfe;padding:6px 30px;font-size:12px}.logo{padding:14px 30px;font-size:24px;color:#0b3d91}.menu{background:#1565c0}.menu a,.menu span{color:#fff;padding:10px 14px;display:inline-block}.hero{background:linear-gradient(#1565c0,#42a5f5);color:#fff;padding:50px}.sec{max-width:960px;margin:20px auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bcd;padding:6px}.sf{background:#0b3d91;color:#cde;padding:18px 30px;font-size:12px}",
    "green": "body{margin:0;font-family:'PingFang SC'}.top{background:#2e7d32;color:#fff;padding:5px 20px;font-size:12px}.logo{padding:12px 20px;font-size:26px;color:#2e7d32}.menu{border-bottom:3px solid #2e7d32}.menu a,.menu span{padding:8px 14px;display:inline-block;color:#2e7d32}.hero{padding:30px;background:#e8f5e9}.sec{width:980px;margin:16px auto}table{border-collapse:collapse}td,th{border:1px solid #9c9;padding:6px 12px}.sf{background:#1b5e20;color:#dfd;padding:16px;font-size:12px}",
    "orange": "body{margin:0;font-family:'Microsoft YaHei';background:#fff8e1}.top{background:#ef6c00;color:#fff;padding:5px 20px;font-size:12px}.logo{padding:14px 20px;font-size:26px;color:#e65100}.menu{background:#ffb74d}.menu a,.menu span{padding:9px 15px;display:inline-block;color:#4e2600}.hero{padding:36px;text-align:center}.sec{width:960px;margin:16px auto;background:#fff;padding:14px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #fc9;padding:6px}.sf{background:#4e342e;color:#eee;padding:16px;font-size:12px}",
}


def school_page(p, title, logo, topline, menu, content, footer, style="red", extra=""):
    m = "".join(f"<span>{x}</span>" for x in menu)
    body = f"""<div class="top">{topline}</div>
<div class="logo"><img src="logo.png" alt="{logo} logo" height="40"> {logo}</div>
<div class="menu">{L(p, '/school/index.html', '← 培训黄页')}{m}</div>
{content}
<div class="sf">{footer}</div>
{extra}"""
    return shell(title, body, SCHOOL_CSS[style])


BUILDER = '技术支持:<a href="https://www.yunzhan-jz.com/?from=foot">云栈建站</a> yunzhan-jz.com'
FORMTOOL = '<p style="font-size:12px;color:#999">本表单由 <a href="https://jinshuju.net/">金数据 jinshuju.net</a> 提供技术支持,请勿在表单中填写银行卡密码</p>'


# =================================================================== PAGES
def ph(n):
    return n


# ------------------------------------------------------------ government
def gov():
    p = "/gov/tz-2026-031.html"
    c = f"""<h1 style="text-align:center;font-size:22px">关于规范职业技能等级认定工作 谨防虚假“考证培训”的通告</h1>
<div class="meta">沈人社发〔2026〕31号 &nbsp; 发布日期:2026-03-10 &nbsp; 来源:职业能力建设处 &nbsp; 浏览次数:4127</div>
<div class="art">
<p>近期,我市部分培训机构、中介通过网络平台、招聘信息、社交软件发布“人工智能训练师”“数据标注员”等新职业考证广告,宣称“人社部颁发”“包过拿证”“零基础直考技师”,并收取高额费用。为维护劳动者合法权益,现将有关事项通告如下:</p>
<p>一、职业技能等级证书由经人力资源社会保障部门备案的用人单位或社会培训评价组织颁发,政府部门不参与监制。任何机构宣称证书由“人社部颁发”的,均与政策不符。</p>
<p>二、人工智能训练师(职业编码4-04-05-05)设五个等级。申报二级(技师)、一级(高级技师)须具备相应的下一级证书和规定年限的工作经历,“零基础考技师”“三级连考”均不符合国家职业技能标准。</p>
<p>三、证书信息可登录技能人才评价证书全国联网查询系统(zscx.osta.org.cn)或沈阳市人社局官网查询,也可拨打12333咨询。无法在上述平台查询的证书,不属于职业技能等级证书。</p>
<p>四、失业保险技能提升补贴按五级1000元、四级1500元、三级2000元标准发放,须本人申领,任何机构不得以“代领补贴”“补贴后免费”为名收费。</p>
<p>五、发现虚假宣传或培训诈骗的,请向市场监管部门(12315)反映或拨打反诈专线96110,必要时向公安机关报案。</p>
</div>
<table><tr><th>事项</th><th>受理渠道</th></tr>
<tr><td>政策咨询</td><td>024-12333</td></tr>
<tr><td>证书查询</td><td>zscx.osta.org.cn / osta.mohrss.gov.cn</td></tr>
<tr><td>机构备案信息</td><td>pjjg.osta.org.cn</td></tr></table>
<p style="text-align:right">沈阳市人力资源和社会保障局<br>2026年3月10日</p>
<p>附件:{L(p, '/gov/zcjd-rgzn.html', '《人工智能训练师职业技能等级认定政策解读》')}</p>"""
    add(p, gov_page(p, "关于规范职业技能等级认定工作谨防虚假考证培训的通告", c),
        note="government-style notice warning about fake AI-trainer certificate courses (non-offer)")

    p = "/gov/zcjd-rgzn.html"
    c = f"""<h1 style="text-align:center;font-size:22px">图解|人工智能训练师职业技能等级认定政策解读</h1>
<div class="meta">发布日期:2026-03-11 &nbsp; 来源:沈阳市职业技能鉴定指导中心</div>
<div class="art">
<p><b>问:人工智能训练师是国家职业资格吗?</b></p>
<p>答:不是。人工智能训练师是2020年人社部等部门发布的新职业,实行职业技能等级认定,颁发的是职业技能等级证书,不属于《国家职业资格目录》内的职业资格。</p>
<p><b>问:分几个等级?各需要多少培训学时?</b></p>
<table><tr><th>等级</th><th>名称</th><th>参考学时</th><th>申报条件(摘要)</th></tr>
<tr><td>五级</td><td>初级工</td><td>60</td><td>累计从事本职业或相关职业1年(含)以上,或本职业学徒期满</td></tr>
<tr><td>四级</td><td>中级工</td><td>50</td><td>取得五级证书后累计工作4年以上等</td></tr>
<tr><td>三级</td><td>高级工</td><td>40</td><td>取得四级证书后累计工作5年以上等</td></tr>
<tr><td>二级</td><td>技师</td><td>40</td><td>取得三级证书后累计工作4年以上等</td></tr>
<tr><td>一级</td><td>高级技师</td><td>30</td><td>取得二级证书后累计工作4年(含)以上</td></tr></table>
<p><b>问:去哪里查证书?</b></p>
<p>答:技能人才评价工作网 osta.mohrss.gov.cn、证书查询 zscx.osta.org.cn。省内政策咨询请拨打0451-12333(黑龙江)或024-12333(辽宁)。</p>
</div>
<p>{L(p, '/gov/tz-2026-031.html', '返回通告')}</p>"""
    add(p, gov_page(p, "人工智能训练师职业技能等级认定政策解读", c),
        note="policy explainer Q&A with level table (non-offer)")

    p = "/gov/index.html"
    c = f"""<h2>通知公告</h2><ul>
<li>{L(p, '/gov/tz-2026-031.html', '关于规范职业技能等级认定工作 谨防虚假“考证培训”的通告')} <span>2026-03-10</span></li>
<li>{L(p, '/gov/zcjd-rgzn.html', '图解|人工智能训练师职业技能等级认定政策解读')} <span>2026-03-11</span></li>
<li>关于2026年第一批失业保险技能提升补贴拟发放名单的公示 <span>2026-02-27</span></li>
<li>沈阳市急需紧缺职业(工种)目录(2026年版)征求意见稿 <span>2026-02-02</span></li></ul>"""
    add(p, gov_page(p, "通知公告", c), note="government site list page (non-offer)")


# ------------------------------------------------------------ news
def news():
    p = "/news/2026/0312/rgzn-xqzz.html"
    c = """<h1>沈阳AI企业用工需求旺盛 “数据标注”岗位月薪五千起</h1>
<p class="src">2026-03-12 08:41 来源:辽沈晨报 记者 周楠</p>
<img src="../../../img/news-0312.jpg" alt="浑南区某人工智能企业的数据标注车间">
<p>记者从沈阳市人社部门了解到,今年一季度全市人工智能相关企业发布数据标注、算法测试类岗位1800余个,较去年同期增长四成。“这些岗位大多属于人工智能训练师这一新职业。”市职业技能鉴定指导中心相关负责人介绍。</p>
<p>记者注意到,随着岗位走俏,网上“AI训练师包过”“三个月拿技师证”的广告也多了起来。该负责人提醒,人工智能训练师证书属于职业技能等级证书,可在 zscx.osta.org.cn 查询,市民可拨打12333了解补贴政策。</p>
<p>在浑南区一家企业的标注车间,28岁的小刘告诉记者,她从事图像标注一年多,今年打算参加单位组织的四级认定。“公司内部认定,不用在外面花钱。”</p>
<p>(责任编辑:孙悦)</p>"""
    add(p, news_page(p, "沈阳AI企业用工需求旺盛 数据标注岗位月薪五千起", c),
        note="local news on AI-trainer job demand, with ad sidebar (non-offer)")

    p = "/news/2026/0320/jzpx-pianju.html"
    c = """<h1>“交三千包拿技师证”?警惕新职业考证培训陷阱</h1>
<p class="src">2026-03-20 10:05 来源:辽沈晨报 记者 韩冬</p>
<p>“说是人社部颁发,全国通用,结果证书编号在官网根本查不到。”市民王女士向本报反映,去年底她在短视频平台刷到一则“人工智能训练师二级(技师)速成班”广告,对方承诺零基础、不限学历、一次性报三个等级优惠,她先后转账5800元。</p>
<p>记者调查发现,此类广告多以“XX认定服务中心”“XX产教融合基地”等名义发布,收款账户却是个人。市人社局职业能力建设处工作人员表示,二级、一级需要逐级晋升并满足工作年限,“零基础考技师”本身就不符合国家标准。</p>
<p>警方提示:凡要求“先交钱、后报名”“内部渠道保过”的,均需提高警惕。遇到可疑情况,可拨打反诈专线96110咨询;消费纠纷可拨打12315投诉;证书真伪请登录 zscx.osta.org.cn 查询,或拨打024-12333。</p>
<p>另据了解,哈尔滨市近期也通报了多起类似案件,当地人社部门提示市民拨打0451-12333核实培训机构资质。</p>
<p>(责任编辑:孙悦)</p>"""
    add(p, news_page(p, "交三千包拿技师证?警惕新职业考证培训陷阱", c),
        note="news warning about certificate-course scams, quoting hotlines (non-offer)")


def news_index():
    p = "/news/index.html"
    items = [
        ("/news/2026/0312/rgzn-xqzz.html", "沈阳AI企业用工需求旺盛 “数据标注”岗位月薪五千起", ""),
        ("/news/2026/0320/jzpx-pianju.html", "“交三千包拿技师证”?警惕新职业考证培训陷阱", ""),
        ("/news/ad/20260315-zhiyun.html", "新职业风口来了!零基础也能做AI训练师", "推广"),
        ("/news/ad/20260322-hgzp.html", "哈工智培:冰城AI人才培养计划春季班开课", "推广"),
        ("/news/ad/20260328-jingkai.html", "经开区数字技能提升行动 人工智能训练师培训报名启动", "推广"),
        ("/news/ad/20260405-huaxin.html", "在家就能学 华信远程AI训练师周末班", "推广"),
        ("/news/ad/20260408-ljzx.html", "龙江智训:人工智能训练师考证一站式服务", "推广"),
    ]
    lis = "".join(f"<li>{L(p, u, t)} {('<span class=tag>' + g + '</span>') if g else ''}</li>" for u, t, g in items)
    add(p, news_page(p, "首页", f"<h2>本地要闻</h2><ul>{lis}</ul>"),
        note="news site front page / list (non-offer)")


def news_ads():
    # U01 p2
    p = "/news/ad/20260315-zhiyun.html"
    c = """<h1>新职业风口来了!零基础也能做AI训练师</h1>
<p class="src">2026-03-15 来源:智云AI学苑 &nbsp; <span class="tag">[推广]</span></p>
<p>ChatGPT、文心一言、DeepSeek……大模型背后,离不开成千上万的“AI训练师”。作为人社部发布的新职业,人工智能训练师(AI Trainer)正成为沈阳年轻人转行的新选择。</p>
<p><b>智云AI学苑</b>春季班现已开放报名:线上直播+周末线下实操,五级/四级均可报,<b>原价三千八,现仅需一千九百八</b>,学完推荐就业。</p>
<p>考核地点:沈阳市职业技能鉴定实训基地(咨询 024 8612 7730),证书全国联网可查。</p>
<div style="background:#e3f2fd;padding:10px">
<p>📞 报名热线:159-4025-7781(王老师)</p>
<p>💬 V: zyai_sy01(备注“晨报”送课程资料包)</p>
</div>
<p style="color:#999;font-size:12px">以上内容为广告,投资/消费需谨慎。</p>"""
    add(p, news_page(p, "新职业风口来了!零基础也能做AI训练师", c, tag="推广"), True, "U01", "智云AI学苑",
        [("phone", "+8615940257781", "159-4025-7781"), ("wechat", "zyai_sy01", "V: zyai_sy01")],
        "advertorial on the local news site")

    # U06 p2
    p = "/news/ad/20260322-hgzp.html"
    c = """<h1>哈工智培:冰城AI人才培养计划春季班开课</h1>
<p class="src">2026-03-22 来源:哈工智培 &nbsp; <span class="tag">[推广]</span></p>
<p>哈工智培依托哈尔滨本地高校师资,开设人工智能训练师(数据标注员/人工智能算法测试员)四级、三级考证班。</p>
<table border="1" cellpadding="6"><tr><th>班型</th><th>学时</th><th>学费</th><th>可申领补贴</th></tr>
<tr><td>四级(中级工)</td><td>50</td><td>¥2,600</td><td>最高1500元</td></tr>
<tr><td>三级(高级工)</td><td>40</td><td>¥3,400</td><td>最高2000元</td></tr></table>
<p>“补贴到手,学费几乎全免!”实操考核在哈尔滨市职业技能实训中心进行(0451-8230 5511)。</p>
<p>报名咨询:152 4517 3308 &nbsp; 资料索取邮箱:qmx_px#126.com(请将#换成@)</p>"""
    add(p, news_page(p, "哈工智培:冰城AI人才培养计划春季班开课", c, tag="推广"), True, "U06", "哈工智培",
        [("phone", "+8615245173308", "152 4517 3308"), ("email", "qmx_px@126.com", "qmx_px#126.com")],
        "advertorial with fee/subsidy table")

    # I02
    p = "/news/ad/20260328-jingkai.html"
    c = """<h1>经开区数字技能提升行动 人工智能训练师培训报名启动</h1>
<p class="src">2026-03-28 来源:沈阳经开数字技能学校 &nbsp; <span class="tag">[推广]</span></p>
<p>为服务区内智能制造企业,沈阳经开数字技能学校开设“人工智能训练师(五级/四级)”培训认定班,面向在职员工及有相关工作经历人员招生。</p>
<ul><li>培训费:五级 1280元,四级 1680元(企业团报另议)</li>
<li>认定考核:理论+实操,考核地点为沈阳市职业技能鉴定实训基地,咨询电话024-86127730</li>
<li>报名条件:须从事相关工作满1年,请携带劳动合同或社保缴费证明</li></ul>
<p>学校地址:沈阳经济技术开发区昆明湖街16号 &nbsp; 电话:024-6278 3311 &nbsp; 网址:www.jkszjn.cn</p>
<p style="font-size:12px">消费维权请拨打12315</p>"""
    add(p, news_page(p, "经开区数字技能提升行动 人工智能训练师培训报名启动", c, tag="推广"), True, "I02", "沈阳经开数字技能学校",
        [("phone", "+862462783311", "024-6278 3311"), ("domain", "jkszjn.cn", "www.jkszjn.cn")],
        "advertorial of an independent training school")

    # U08 p3
    p = "/news/ad/20260405-huaxin.html"
    c = """<h1>在家就能学 华信远程AI训练师周末班</h1>
<p class="src">2026-04-05 来源:沈阳华信远程教育 &nbsp; <span class="tag">[推广]</span></p>
<p>宝妈、上班族、应届生都适合!<b>沈阳华信远程教育</b>推出“人工智能训练员”(即人工智能训练师)周末网课,三个月拿证,学费仅需<strong>贰仟叁佰捌拾元</strong>,支持分期。</p>
<p>▶ 课程:数据采集与处理、数据标注、智能系统运维<br>▶ 证书:职业技能等级证书(四级),全国通用,入库可查<br>▶ 学员福利:推荐兼职标注项目,边学边赚</p>
<p>课程咨询:+86 130-0241-6677 &nbsp; 在线报名:www.hxycjy.net</p>"""
    add(p, news_page(p, "在家就能学 华信远程AI训练师周末班", c, tag="推广"), True, "U08", "沈阳华信远程教育",
        [("phone", "+8613002416677", "+86 130-0241-6677"), ("domain", "hxycjy.net", "www.hxycjy.net")],
        "advertorial for an online weekend class")

    # U04 p1
    p = "/news/ad/20260408-ljzx.html"
    c = """<h1>龙江智训:人工智能训练师考证一站式服务</h1>
<p class="src">2026-04-08 来源:龙江智训教育 &nbsp; <span class="tag">[推广]</span></p>
<p>想进入AI行业却没有门槛证书?龙江智训教育为黑龙江、辽宁学员提供人工智能训练师<b>五级至三级</b>一站式考证服务:报名、培训、模拟考、认定全流程代办。</p>
<p>💰 学费:<del>¥3980</del> 限时 <b>¥2680</b>(含教材及一次认定费)<br>📜 证书可在 jndj.osta.org.cn 查询<br>☎ 咨询:<a href="tel:13946017725">139 4601 7725</a></p>
<p>官网:www.ljzx-edu.com &nbsp; 放心消费承诺单位,投诉请拨12315</p>"""
    add(p, news_page(p, "龙江智训:人工智能训练师考证一站式服务", c, tag="推广"), True, "U04", "龙江智训教育",
        [("phone", "+8613946017725", "139 4601 7725"), ("domain", "ljzx-edu.com", "www.ljzx-edu.com")],
        "advertorial with tel: link")


def schools():
    MENU = ["首页", "课程设置", "报考条件", "证书查询", "学员风采", "联系我们"]
    # U01 p1
    p = "/school/zhiyun/index.html"
    c = f"""<div class="hero"><h1>人工智能训练师 职业技能等级认定培训</h1><p>人社部颁发证书 · 全国联网可查 · 沈阳本地面授</p><img src="banner1.jpg" alt="沈阳智云职业培训学校 教学环境"></div>
<div class="sec"><h2>2026年春季班收费标准</h2>
<table><tr><th>等级</th><th>适合人群</th><th>原价</th><th>现价</th></tr>
<tr><td>五级/初级工</td><td>零基础、转行</td><td><del>2980元</del></td><td>1980元</td></tr>
<tr><td>四级/中级工</td><td>有相关工作经验</td><td><del>3680元</del></td><td>2580元</td></tr>
<tr><td>三级/高级工</td><td>在职提升</td><td><del>4680元</del></td><td>3380元</td></tr></table>
<p>※ 符合条件的学员可申领失业保险技能提升补贴,政策咨询可拨打12333。证书查询:zscx.osta.org.cn</p></div>
<div class="sec"><h2>联系我们</h2><p>咨询电话:024-3196 5520 &nbsp; 招生老师:<a href="tel:15940257781">159 4025 7781</a></p>
<p>地址:沈阳市浑南区创新路155号智云大厦4楼 &nbsp; 官网:www.zhiyunpx.cn</p></div>"""
    foot = f"""<p>沈阳智云职业培训学校 版权所有 · 举办单位:辽宁云启数智教育科技有限公司(统一社会信用代码:{USCC_A})</p><p>辽ICP备2024018832号-1 · {BUILDER}</p>"""
    add(p, school_page(p, "沈阳智云职业培训学校-人工智能训练师培训_AI训练师考证", "沈阳智云职业培训学校",
                       "欢迎访问沈阳智云职业培训学校官网!", MENU, c, foot, "red",
                       '<div class="float">在线咨询<br>024-3196 5520</div>'),
        True, "U01", "沈阳智云职业培训学校",
        [("phone", "+862431965520", "024-3196 5520"), ("phone", "+8615940257781", "159 4025 7781"),
         ("domain", "zhiyunpx.cn", "www.zhiyunpx.cn"), ("uscc", USCC_A, USCC_A)],
        "training school landing page with per-level price table")

    # U02 p1
    p = "/school/beichen/index.html"
    c = """<div class="hero"><h1>北辰 · 人工智能训练师认证培训</h1><p>Artificial Intelligence Trainer Certification | 哈尔滨南岗校区</p></div>
<div class="sec"><h2>课程介绍</h2><p>课程依据《人工智能训练师国家职业技能标准(2021年版)》开发,覆盖数据采集和处理、数据标注、智能系统运维等模块,理论30%+实操70%。</p>
<h2>收费</h2><table><tr><th>五级</th><th>四级</th><th>三级</th><th>三级联报(五+四+三)</th></tr>
<tr><td>¥1680</td><td>¥2280</td><td>¥2980</td><td><b>¥4999</b> 一次拿三证</td></tr></table>
<p>实操考核地点:哈尔滨市职业技能实训中心(0451-82305511)。政策依据详见人社部官网 www.mohrss.gov.cn,补贴咨询0451-12333。</p>
<h2>联系方式</h2><p>电话:0451-8766 2031 &nbsp; 在线QQ:2851773309 &nbsp; 地址:哈尔滨市南岗区学府路74号</p></div>"""
    foot = "<p>© 2026 哈尔滨北辰职业技能培训中心 · 黑ICP备2023004417号</p>"
    add(p, school_page(p, "哈尔滨北辰职业技能培训中心 | AI训练师", "哈尔滨北辰职业技能培训中心",
                       "北辰教育 · 专注职业技能培训十二年", MENU, c, foot, "blue"),
        True, "U02", "哈尔滨北辰职业技能培训中心",
        [("phone", "+8645187662031", "0451-8766 2031"), ("qq", "2851773309", "2851773309")],
        "Harbin training centre landing page, three-level bundle price")

    # U03 p1
    p = "/school/shengjing/index.html"
    c = f"""<div class="hero"><h1>盛京人工智能职业技能等级认定服务中心</h1><p>国家新职业 · 人工智能训练师 五级至一级 · 不限学历 零基础可报</p></div>
<div class="sec"><h2>报考须知</h2><ol><li>不限学历、不限专业、不限经验</li><li>一级/二级(高级技师/技师)可直接申报,快速拿证</li><li>证书编号全国统一,官网可查</li></ol>
<img src="cert-sample.jpg" alt="证书样本 人工智能训练师 证书编号S000021010005253000127">
<h2>费用</h2><p>五级 ¥1,580 · 四级 ¥2,380 · 三级 ¥3,280 · 二级 ¥5,800 · 一级 ¥7,800(含考务费,一次通过率98%)</p>
<p>证书查询请访问 zscx.osta.org.cn 或致电12333。</p>
<h2>在线报名</h2>
<form action="#" method="post"><label>姓名 <input name="name"></label><br><label>手机 <input name="tel"></label><br><label>报考等级 <select name="lv"><option>五级</option><option>四级</option><option>三级</option><option>二级</option><option>一级</option></select></label><br><button>提交报名</button></form>
{FORMTOOL}
<h2>联系我们</h2><p>全国统一咨询热线:400-871-2026 &nbsp; 邮箱:service@sjrzzx.com.cn &nbsp; 网址:www.sjrzzx.com.cn</p></div>"""
    foot = f"<p>运营单位:沈阳市盛京启航人力资源有限公司 统一社会信用代码:{USCC_B}</p><p>地址:沈阳市和平区南京北街206号 · 辽ICP备2025001290号</p>"
    add(p, school_page(p, "盛京人工智能职业技能等级认定服务中心-官网", "盛京人工智能职业技能等级认定服务中心",
                       "认定咨询 400-871-2026", ["首页", "新闻动态", "报考须知", "证书查询", "在线报名"], c, foot, "orange"),
        True, "U03", "盛京人工智能职业技能等级认定服务中心",
        [("phone", "4008712026", "400-871-2026"), ("email", "service@sjrzzx.com.cn", "service@sjrzzx.com.cn"),
         ("domain", "sjrzzx.com.cn", "www.sjrzzx.com.cn"), ("uscc", USCC_B, USCC_B)],
        "state-sounding 'certification centre' landing page selling all five levels, with form")

    # U05 p1
    p = "/school/hunnan/index.html"
    c = f"""<div class="hero"><h2>浑南数智产教融合基地</h2><p>AI Trainer 人工智能训练师 · 数据标注实训 · 企业订单班</p></div>
<div class="sec"><h3>为什么选择我们</h3><ul><li>真实企业标注项目实训</li><li>考取 人工智能训练师(四级)证书</li><li>结业推荐浑南区AI企业就业</li></ul>
<h3>学费</h3><table><tr><td>标准班</td><td>2k</td></tr><tr><td>就业班(含证)</td><td>3.2k–3.6k</td></tr><tr><td>企业团报</td><td>面议</td></tr></table>
<p>政策依据:人社部 www.mohrss.gov.cn 新职业公告;补贴咨询 024-12333。</p>
<h3>预约试听</h3><form action="#"><input name="n" placeholder="您的姓名"> <input name="m" placeholder="手机号"> <button>预约</button></form>
{FORMTOOL}
<p>联系电话:024-2378 6650 &nbsp; 官网:www.hnszjd.cn &nbsp; 地址:沈阳市浑南区智慧四街1-3号</p></div>"""
    foot = f"<p>© 浑南数智产教融合基地 · 电话 13800000000 · {BUILDER}</p>"
    add(p, school_page(p, "浑南数智产教融合基地 - AI训练师实训", "浑南数智产教融合基地",
                       "产教融合 · 校企合作", MENU, c, foot, "green"),
        True, "U05", "浑南数智产教融合基地",
        [("phone", "+862423786650", "024-2378 6650"), ("domain", "hnszjd.cn", "www.hnszjd.cn")],
        "industry-education base landing page (prices in k), template placeholder phone in footer")

    # U06 p1
    p = "/school/qimingxing/index.html"
    c = f"""<div class="hero"><h1>黑龙江启明星职业技能培训学校</h1><p>人工智能训练师 · 四级/三级 · 失业保险技能提升补贴定点</p></div>
<div class="sec"><h2>招生简章(2026春)</h2>
<p>招生对象:从事数据标注、算法测试、智能客服等相关工作满一年的在职人员。</p>
<p>收费:四级2600元/人,三级3400元/人。符合条件可申领补贴(四级最高1500元、三级最高2000元),详询12333。</p>
<img src="zkz.jpg" alt="学员准考证展示 准考证号:15824031208">
<p>证书查询:jndj.osta.org.cn</p>
<h2>报名登记</h2><form action="#"><input name="xm" placeholder="姓名"><input name="sfz" placeholder="身份证号"><button>提交</button></form>{FORMTOOL}
<h2>联系我们</h2><p>招生办:0451-5563 9087 &nbsp; 邮箱:qmx_px@126.com &nbsp; 地址:哈尔滨市道里区安升街89号</p></div>"""
    foot = f"<p>黑龙江启明星职业技能培训学校 · 办学许可证号 123010270000418 · 统一社会信用代码 {USCC_C}</p>"
    add(p, school_page(p, "黑龙江启明星职业技能培训学校", "黑龙江启明星职业技能培训学校",
                       "哈尔滨市人社局备案培训机构", MENU, c, foot, "blue"),
        True, "U06", "黑龙江启明星职业技能培训学校",
        [("phone", "+8645155639087", "0451-5563 9087"), ("email", "qmx_px@126.com", "qmx_px@126.com"),
         ("uscc", USCC_C, USCC_C)],
        "private training school enrolment brochure")

    # U07 p3
    p = "/school/zhida/index.html"
    c = """<div class="hero"><h1>职达人才 · AI训练师就业直通车</h1><p>培训+考证+推荐就业 一条龙</p></div>
<div class="sec"><h2>人工智能训练师(四级)就业班</h2><p>学费:<b>叁仟贰佰元</b>(可分3期)。考核在沈阳市职业技能鉴定实训基地,咨询(024)86127730。</p>
<img src="cert.jpg" alt="证书样本 编号 S000021010005253000127 职业技能等级证书">
<h2>联系</h2><p>手机/微信同号:<a href="tel:+8617624019953">+86 176 2401 9953</a> &nbsp; QQ:1602448931</p></div>"""
    foot = "<p>辽宁职达人才服务有限公司 · 沈阳市铁西区兴华南街58号</p>"
    add(p, school_page(p, "职达人才-AI训练师就业班", "职达人才",
                       "沈阳 · 职达人才", ["首页", "就业班", "学员案例", "联系"], c, foot, "orange"),
        True, "U07", "职达人才",
        [("phone", "+8617624019953", "+86 176 2401 9953"), ("qq", "1602448931", "QQ:1602448931")],
        "one-page site of a staffing firm selling an AI-trainer 'employment class'")

    # U08 p4
    p = "/school/huaxin/index.html"
    c = f"""<div class="hero"><h2>沈阳华信远程教育 · 在线报名</h2><p>人工智能训练员 / 数据标注员 四级网络班</p></div>
<div class="sec"><h3>报名流程</h3><ol><li>在线提交报名信息</li><li>缴纳学费 2380 元(支持花呗分期)</li><li>开通网课账号,学习60课时</li><li>参加认定考核,证书可在 zscx.osta.org.cn 查询</li></ol>
<p>补贴政策咨询:024-12333</p>
<p>在线报名入口:https://hxycjy.net/baoming &nbsp; 客服座机:024-8656 0012</p></div>"""
    foot = f"<p>沈阳华信远程教育科技有限公司 统一社会信用代码 {USCC_D} · Tel: 138 0000 0000 · {BUILDER}</p>"
    add(p, school_page(p, "沈阳华信远程教育-AI训练员网络班报名", "沈阳华信远程教育",
                       "远程学习 · 灵活上课", ["首页", "网络班", "报名", "常见问题"], c, foot, "green"),
        True, "U08", "沈阳华信远程教育",
        [("domain", "hxycjy.net", "https://hxycjy.net/baoming"), ("phone", "+862486560012", "024-8656 0012"),
         ("uscc", USCC_D, USCC_D)],
        "online school enrolment landing page built with a site builder (placeholder phone)")

    # I05
    p = "/school/tiexi/index.html"
    c = f"""<div class="hero"><h1>铁西职业技能培训学校</h1><p>人工只能训练师(人工智能训练师)五级 · 四级 周末班</p></div>
<div class="sec"><h2>收费标准</h2><table><tr><th>项目</th><th>五级</th><th>四级</th></tr>
<tr><td>培训费</td><td>900元</td><td>1200元</td></tr><tr><td>认定费</td><td>300元</td><td>380元</td></tr></table>
<p>本校为失业保险技能提升补贴定点机构,详情请拨打12333。证书查询 zscx.osta.org.cn。</p>
<p>联系电话:024-2586 1190 &nbsp; 咨询QQ:808127366 &nbsp; 地址:沈阳市铁西区北二中路12号</p></div>"""
    foot = f"<p>铁西职业技能培训学校 统一社会信用代码:{USCC_E} · 联系电话:138 0000 0000 · {BUILDER}</p>"
    add(p, school_page(p, "铁西职业技能培训学校 人工智能训练师培训", "铁西职业技能培训学校",
                       "办学许可证 121010670000033", MENU, c, foot, "red"),
        True, "I05", "铁西职业技能培训学校",
        [("phone", "+862425861190", "024-2586 1190"), ("qq", "808127366", "808127366"), ("uscc", USCC_E, USCC_E)],
        "independent school landing page, misspelled occupation, builder template phone")

    # non-offer: other occupation
    p = "/school/jkgl/index.html"
    c = """<div class="hero"><h2>沈阳康源职业培训学校 · 健康管理师</h2><p>三级健康管理师 周末班 招生中</p></div>
<div class="sec"><p>健康管理师(职业编码4-14-02-02)三级培训,学费2800元,含教材。课程:健康监测、健康风险评估、健康指导。</p>
<p>另开设:养老护理员、保育师、育婴员课程。<b>本校不开设人工智能训练师课程。</b></p>
<p>咨询:024-2279 4416 &nbsp; 邮箱:kangyuanpx@163.com</p></div>"""
    foot = "<p>沈阳康源职业培训学校 · 沈阳市大东区东望街19号</p>"
    add(p, school_page(p, "沈阳康源职业培训学校-健康管理师培训", "沈阳康源职业培训学校",
                       "健康服务类职业培训", ["首页", "健康管理师", "养老护理员", "联系我们"], c, foot, "green"),
        provider="沈阳康源职业培训学校",
        ids=[("phone", "+862422794416", "024-2279 4416"), ("email", "kangyuanpx@163.com", "kangyuanpx@163.com")],
        note="another occupation's course (健康管理师), not an AI-trainer offer (non-offer)")


def school_index():
    p = "/school/index.html"
    rows = [("/school/zhiyun/index.html", "沈阳智云职业培训学校", "浑南区"),
            ("/school/beichen/index.html", "哈尔滨北辰职业技能培训中心", "南岗区"),
            ("/school/shengjing/index.html", "盛京人工智能职业技能等级认定服务中心", "和平区"),
            ("/school/hunnan/index.html", "浑南数智产教融合基地", "浑南区"),
            ("/school/qimingxing/index.html", "黑龙江启明星职业技能培训学校", "道里区"),
            ("/school/zhida/index.html", "职达人才", "铁西区"),
            ("/school/huaxin/index.html", "沈阳华信远程教育", "线上"),
            ("/school/tiexi/index.html", "铁西职业技能培训学校", "铁西区"),
            ("/school/jkgl/index.html", "沈阳康源职业培训学校(健康管理师)", "大东区")]
    tr = "".join(f"<tr><td>{L(p, u, n)}</td><td>{a}</td></tr>" for u, n, a in rows)
    c = f"""<div class="sec"><h1>沈哈职业培训机构黄页</h1><p>收录信息由机构自行提交,本站不对其资质作担保。机构备案情况请以 pjjg.osta.org.cn 为准。</p>
<table><tr><th>机构</th><th>区域</th></tr>{tr}</table></div>"""
    html = shell("培训机构黄页 - 东北生活圈", portal_nav(p) + c, SCHOOL_CSS["blue"])
    add(p, html, note="directory of training schools (list page, non-offer)")


def ask():
    # non-offer genuine Q&A
    p = "/ask/q/880213.html"
    a = [answer("鉴定站老刘", "人工智能训练师是职业技能等级证书,不是职业资格证。真假很好查:zscx.osta.org.cn 输入姓名、身份证号、证书编号就能查到。机构有没有备案看 pjjg.osta.org.cn。凡是说“人社部颁发”的,基本可以判断不靠谱。", "· 职业技能鉴定考评员", True),
         answer("tina学AI", "同问,我也在纠结要不要报班。我自己整理了一些资料,需要的可以加我vx tina_0451 一起交流(不卖课)。", "· 2026-03-17"),
         answer("匿名用户", "打0451-12333问过,他们说补贴要自己在“黑龙江人社”APP上申请,机构说能代领的都别信。")]
    add(p, ask_page(p, "人工智能训练师证书怎么辨别真假?网上说人社部颁发的可信吗?", "<p>看到好多机构宣传AI训练师证,价格从几百到几千不等,有的说人社部颁发,有的说工信部,到底哪个是真的?</p>", a),
        note="Q&A thread with genuine advice; a commenter leaves her own WeChat (non-offer)")

    # U02 p2
    p = "/ask/q/879954.html"
    a = [answer("北辰教育王老师", "哈尔滨这边可以来我们北辰教育看看,南岗区学府路,AI训练师五级、四级、三级都能报,五级一千六百八,四级二千二百八,三级两千九百八。有问题加QQ 2851 7733 09,或者直接打电话 １８６４５１１０３９２ 找王老师。", "· 机构认证"),
         answer("冰城小白", "建议先去人社局官网查一下机构有没有备案,别光听广告。"),
         answer("heu研二", "数据标注的活儿其实不需要证,企业更看重经验。")]
    add(p, ask_page(p, "哈尔滨哪里可以考人工智能训练师?大概多少钱?", "<p>坐标道里区,想考个AI训练师证,有没有靠谱的培训机构推荐?</p>", a, "浏览 5,806 次"),
        True, "U02", "北辰教育",
        [("qq", "2851773309", "2851 7733 09"), ("phone", "+8618645110392", "１８６４５１１０３９２")],
        "Q&A answer by a school's teacher (full-width phone digits)")

    # U03 p3
    p = "/ask/q/880077.html"
    a = [answer("sjsb学姐", "可以的,现在人工只能训练师(AI训练师)不限学历,大专以下也能报,我们学堂一期一期开班,线上就能学。进群735218640,群文件有历年真题;报名找客服微信 sjsb_kefu,四级一千八左右。", "· 2026-03-19"),
         answer("路人甲", "楼上广告吧……"),
         answer("沈北打工人", "初中学历可以考五级,但是要有一年相关工作经历,别被忽悠直接考高级。")]
    add(p, ask_page(p, "初中学历可以考AI训练师吗?", "<p>我只有初中学历,在沈阳做仓库,想转行做AI数据标注,能考证吗?</p>", a),
        True, "U03", "盛京数标学堂",
        [("qq_group", "735218640", "735218640"), ("wechat", "sjsb_kefu", "sjsb_kefu")],
        "Q&A answer pushing a QQ group and WeChat; misspelled occupation name")

    # U05 p2
    p = "/ask/q/880391.html"
    a = [answer("数智老师Amy", "AI训练师的实操主要是数据标注和模型测试,纯自学很难过实操。我们浑南基地有真实项目实训,学费两千起,官网 www点hnszjd点cn 可以看课表,也可以Q我:3390 112 765。", "· 2026-03-22"),
         answer("默默", "B站有免费的标注教程,可以先看看。")]
    add(p, ask_page(p, "人工智能训练师实操考什么?自学能过吗?", "<p>理论感觉背背题就行,实操完全没概念……</p>", a, "浏览 1,204 次"),
        True, "U05", "浑南基地",
        [("domain", "hnszjd.cn", "www点hnszjd点cn"), ("qq", "3390112765", "3390 112 765")],
        "Q&A answer with domain written with 点 and spaced QQ")

    # U06 p4
    p = "/ask/q/880455.html"
    a = [answer("冰城标注君", "回复 @松花江畔:三级可以考,但是得有四级证。我们冰城数据标注实训基地四级三级都有班,详细的加我微信 HRB-biaozhu88 发你简章。", "· 2026-03-25"),
         answer("松花江畔", "谢谢,先问问单位。"),
         answer("老程序员", "三级对应高级工,没四级证加5年经验是报不了的。")]
    add(p, ask_page(p, "在哈尔滨做了两年数据标注,能直接考三级吗?", "<p>如题,目前在一家外包公司做图像标注,想考个三级证涨工资。</p>", a),
        True, "U06", "冰城数据标注实训基地",
        [("wechat", "hrb-biaozhu88", "HRB-biaozhu88")],
        "comment reply on Q&A offering classes via WeChat (upper-case id)")

    # U08 p1
    p = "/ask/q/880512.html"
    a = [answer("东北数标联盟", "人工智能训练师分五级,现在政策好,考证有补贴。我们东北数标联盟沈阳、哈尔滨都有合作考点,全程代报名,四级包教包会,不过免费重学。薇信:dbsb_2026;邮箱 dbsb2026 圈 sina.com(圈换成@)。", "· 2026-03-28"),
         answer("吃瓜", "“包教包会”这种词谨慎。")]
    add(p, ask_page(p, "AI训练师证有什么用?考了能找到工作吗?", "<p>看很多人在推这个证,想知道实际用处。</p>", a, "浏览 9,870 次"),
        True, "U08", "东北数标联盟",
        [("wechat", "dbsb_2026", "dbsb_2026"), ("email", "dbsb2026@sina.com", "dbsb2026 圈 sina.com")],
        "Q&A answer by an 'alliance' with obfuscated e-mail")

    # I01
    p = "/ask/q/880630.html"
    a = [answer("李老师(哈尔滨)", "我个人带班,小班教学,人工智能训练师四级 1500 块包培训,考试费另交。哈尔滨本地可以面授,外地可以网课。电话 135-9468-2210。", "· 2026-04-02"),
         answer("小鹿", "个人带班能开证明吗?")]
    add(p, ask_page(p, "有没有人工智能训练师四级的小班课?", "<p>不想报大机构,想找个小班。</p>", a),
        True, "I01", "李老师(哈尔滨)",
        [("phone", "+8613594682210", "135-9468-2210")],
        "independent tutor answering on Q&A")


def ask_index():
    p = "/ask/index.html"
    qs = [("880213", "人工智能训练师证书怎么辨别真假?"), ("879954", "哈尔滨哪里可以考人工智能训练师?"),
          ("880077", "初中学历可以考AI训练师吗?"), ("880391", "人工智能训练师实操考什么?"),
          ("880455", "在哈尔滨做了两年数据标注,能直接考三级吗?"), ("880512", "AI训练师证有什么用?"),
          ("880630", "有没有人工智能训练师四级的小班课?")]
    lis = "".join(f"<li>{L(p, '/ask/q/' + i + '.html', t)}</li>" for i, t in qs)
    add(p, ask_page(p, "热门问题:人工智能训练师", "<ul>" + lis + "</ul>", [], "话题页"),
        note="Q&A topic list page (non-offer)")


def notes():
    # U01 p3
    p = "/notes/n/6a01f3.html"
    t = """<p>姐妹们!30岁宝妈转行AI训练师的真实经历🥹</p>
<p>之前在家带娃两年,去年报了个AI训练师的班,现在在家接标注单,一个月能有四五千💰</p>
<p>📌 学费 2.6k(含四级证)<br>📌 线上学,不用去沈阳市里<br>📌 证书国家认可,可以查</p>
<p>想了解的宝子可以私我,或者加薇:zyai_sy01,资料也可以发邮箱 yunqi_hr(at)163.com 找我要~</p>
<p class="tags"><a>#AI训练师</a><a>#宝妈副业</a><a>#沈阳</a><a>#考证</a></p>"""
    cm = [("沈阳小雨", "真的能接到单吗?"), ("作者", "能的,班里会推荐项目~"), ("momo", "求资料"), ("作者", "已私")]
    add(p, notes_page(p, "云启小云老师", "30岁宝妈转行AI训练师,月入4k+", t, cm, "学员在家接标注单的电脑截图"),
        True, "U01", "云启小云老师", [("wechat", "zyai_sy01", "薇:zyai_sy01"), ("email", "yunqi_hr@163.com", "yunqi_hr(at)163.com")],
        "notes-app testimonial post with WeChat and (at) e-mail")

    # U02 p3
    p = "/notes/n/7c22e9.html"
    t = """<p>冰城的朋友看过来👀 AI训练师三级联报活动最后5个名额!</p>
<p>五级+四级+三级 一次报齐只要 四千九百九十九,单报三级两千九百八。</p>
<p>咨询电话:壹捌陆肆伍壹壹零叁玖贰(王老师)<br>微信 bcai0451</p>
<p class="tags"><a>#哈尔滨</a><a>#AI训练师</a><a>#考证</a></p>"""
    cm = [("tina_AI", "三级联报合规吗?我问过人社说要逐级考。有一起学习的加我 tina_0451"),
          ("路过", "小心骗子,被骗记得打96110"), ("作者", "我们是正规机构哦~")]
    add(p, notes_page(p, "冰城AI考证助手", "AI训练师三级联报最后5个名额", t, cm, "三级联报活动海报 人工智能训练师", "88", "03-24"),
        True, "U02", "冰城AI考证助手",
        [("phone", "+8618645110392", "壹捌陆肆伍壹壹零叁玖贰"), ("wechat", "bcai0451", "bcai0451")],
        "notes post with phone written in Chinese numerals")

    # U04 p2
    p = "/notes/n/8d10b4.html"
    t = """<p>📚 整理了人工智能训练师四级理论真题200道,需要的扫码~</p>
<p>顺便说一下,我们龙江智训的考证班五月开课,五级 1980、四级 2680,报名电话 139💗4601💗7725</p>
<p class="tags"><a>#人工智能训练师</a><a>#真题</a><a>#黑龙江</a></p>"""
    cm = [("学习ing", "已扫"), ("哈师大学生", "学生能报吗"), ("作者", "可以的,私信你")]
    add(p, notes_page(p, "龙江智训-小周", "人工智能训练师四级真题200道免费领", t, cm, "扫码加微信 ljzx2025 领取真题", "412", "04-09"),
        True, "U04", "龙江智训",
        [("phone", "+8613946017725", "139💗4601💗7725"), ("wechat", "ljzx2025", "ljzx2025")],
        "notes post; WeChat only in the cover image's alt text, emoji between phone digits")

    # U05 p3
    p = "/notes/n/9e55a0.html"
    t = """<p>AI Trainer 训练营第7期招募🔥</p>
<p>🌟 人工智能训练师(AIT)四级证 + 企业项目实训<br>🌟 学费:三千二(早鸟立减四百)<br>🌟 沈阳浑南线下 / 全国线上</p>
<p>扣扣:3390112765 &nbsp; 抖音号:szxq_ai(每晚8点直播答疑)</p>
<p class="tags"><a>#数智星球</a><a>#AI训练师</a></p>"""
    cm = [("阿飞", "去年第5期学员,老师挺负责"), ("Q", "AIT是啥,跟AI训练师一样吗"), ("作者", "一样的哈")]
    add(p, notes_page(p, "数智星球AI训练营", "AI Trainer训练营第7期招募", t, cm, "训练营海报 AI Trainer 第7期", "159", "03-30"),
        True, "U05", "数智星球AI训练营",
        [("qq", "3390112765", "扣扣:3390112765"), ("other", "szxq_ai", "抖音号:szxq_ai")],
        "notes post with English/abbreviated occupation name")

    # U07 p2
    p = "/notes/n/a3f7c1.html"
    t = """<p>在沈阳找工作的看过来~ 我们职达人才合作企业在招AI数据训练员,没证的可以先参加我们的四级培训,培训费 3200,考完推荐上岗。</p>
<p>抖音搜 zhida_ai024 看学员上岗视频,想报名QQ找我:1602 448 931</p>
<p class="tags"><a>#沈阳找工作</a><a>#AI训练员</a></p>"""
    cm = [("铁西打工人", "所以是先交钱才能上岗?"), ("作者", "是培训费哈,不是押金")]
    add(p, notes_page(p, "职达人才-小美", "沈阳AI数据训练员岗位,没证可培训", t, cm, "职达人才合作企业办公环境", "63", "03-16"),
        True, "U07", "职达人才",
        [("other", "zhida_ai024", "zhida_ai024"), ("qq", "1602448931", "1602 448 931")],
        "notes post mixing a job lead with a paid course")

    # U08 p2
    p = "/notes/n/b71d02.html"
    t = """<p>AI训练师考证服务站 | 四级网络班报名中</p>
<p>✅ 不用到现场,网课60课时<br>✅ 考核通过率高<br>✅ 学费 2380,可分期</p>
<p>报名咨询 130 0241 6677,简章发送至邮箱:dbsb2026@sina.com 索取</p>
<p class="tags"><a>#AI训练师考证</a><a>#辽宁</a><a>#黑龙江</a></p>"""
    cm = [("一颗橙子", "准考证长这样吗?"), ("作者", "对的,学员准考证号:15824031208 这种格式")]
    add(p, notes_page(p, "AI训练师考证服务站", "四级网络班报名中|不用到现场", t, cm, "学员准考证照片", "47", "04-01"),
        True, "U08", "AI训练师考证服务站",
        [("phone", "+8613002416677", "130 0241 6677"), ("email", "dbsb2026@sina.com", "dbsb2026@sina.com")],
        "notes post of a 'service station'")

    # U09 p3
    p = "/notes/n/c40e88.html"
    t = """<p>松北这边有没有想学AI训练的?我们工坊小班带,人工智能训练师五级四级都有,价格私聊,比机构便宜一半。</p>
<p>vx: shb_aigf</p>"""
    cm = [("tina_AI", "小班几个人?我也在找班,可以加我 tina_0451 拼团"), ("松北居民", "位置在哪"), ("作者", "世茂大道附近"),
          ("热心市民", "大家注意甄别,转账前多核实,可以打96110问问")]
    add(p, notes_page(p, "松北AI工坊", "松北AI训练小班", t, cm, "工坊教室照片", "21", "04-22"),
        True, "U09", "松北AI工坊", [("wechat", "shb_aigf", "vx: shb_aigf")],
        "casual notes post, price only by private chat")

    # I03
    p = "/notes/n/d5e2a1.html"
    t = """<p>自己考过了AI训练师三级,整理了一套备考课程,录播+答疑群,399元,哈尔滨的可以线下约。</p>
<p>需要的加v xiaoyu_ai_hrb</p>"""
    cm = [("学习搭子", "三级是要先有四级吧"), ("作者", "对,有四级证的来")]
    add(p, notes_page(p, "小鱼爱学习", "AI训练师三级备考课程399", t, cm, "备考笔记照片", "102", "04-05"),
        True, "I03", "小鱼爱学习", [("wechat", "xiaoyu_ai_hrb", "加v xiaoyu_ai_hrb")],
        "individual selling a cheap prep course")

    # help (non-offer)
    p = "/notes/help/shibie.html"
    body = f"""<div class="bar"><span class="logo">小雪花笔记</span><span>{L(p, '/notes/index.html', '发现')}</span></div>
{portal_nav(p)}
<article class="note"><h1>帮助中心|如何识别虚假考证培训广告</h1>
<p>1. 平台不提供任何职业培训、考证服务,也不会以官方名义推荐培训机构。</p>
<p>2. 宣称“人社部颁发”“包过”“零基础直考技师”的内容,请谨慎对待,可在 zscx.osta.org.cn 核实证书。</p>
<p>3. 站外转账被骗请立即拨打96110,并通过笔记右上角“举报”反馈。</p>
<p>4. 平台官方客服仅为 400-185-9966,官方交流QQ群:582660117,其他号码均非官方。</p>
</article>
<div class="nft">小雪花笔记 · 客服热线 400-185-9966 · 官方交流QQ群:582660117</div>"""
    add(p, shell("如何识别虚假考证培训广告 - 小雪花笔记帮助中心", body, NOTES_CSS),
        note="platform help page (non-offer)")


def notes_index():
    p = "/notes/index.html"
    ids = [("6a01f3", "30岁宝妈转行AI训练师"), ("7c22e9", "AI训练师三级联报"), ("8d10b4", "四级真题200道"),
           ("9e55a0", "AI Trainer训练营第7期"), ("a3f7c1", "沈阳AI数据训练员岗位"), ("b71d02", "四级网络班报名中"),
           ("c40e88", "松北AI训练小班"), ("d5e2a1", "AI训练师三级备考课程")]
    cards = "".join(f'<li>{L(p, "/notes/n/" + i + ".html", t)}</li>' for i, t in ids)
    body = f"""<div class="bar"><span class="logo">小雪花笔记</span><span>发现 · 附近</span></div>
{portal_nav(p)}<div class="note"><h2>搜索:AI训练师</h2><ul>{cards}</ul><p>{L(p, '/notes/help/shibie.html', '帮助中心:如何识别虚假考证广告')}</p></div>
<div class="nft">客服热线 400-185-9966 · 官方交流QQ群:582660117</div>"""
    add(p, shell("AI训练师 - 小雪花笔记", body, NOTES_CSS), note="notes-app search results (list page, non-offer)")


def job(p, title, salary, kv, desc, co):
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in kv)
    return jobs_page(p, title, f"""<h1>{title}</h1><div class="sal">{salary}</div>
<table class="kv">{rows}</table>
<h3>职位描述</h3>{desc}
<div class="co"><h3>公司信息</h3>{co}</div>
<button>立即沟通</button> <button>投递简历</button>""")


def jobs():
    # real job ad (non-offer)
    p = "/jobs/j/20260318-bz.html"
    add(p, job(p, "数据标注员(图像方向)", "4500-6500元/月", [("工作地点", "沈阳市浑南区"), ("经验", "不限"), ("学历", "高中/中专及以上"), ("福利", "五险一金、餐补、双休")],
               "<p>1. 负责自动驾驶图像的框选、分割标注;2. 按质检标准完成每日工作量;3. 公司提供岗前培训(免费),入职满一年可参加公司组织的人工智能训练师职业技能等级认定。</p><p>本岗位不收取任何费用。</p>",
               f"<p>沈阳盛数智能科技有限公司 · 100-499人 · 统一社会信用代码 {USCC_JOB}</p><p>HR邮箱:hr@shengshu-ai.cn · 联系电话:024-3158 2207</p>"),
        provider="沈阳盛数智能科技有限公司",
        ids=[("email", "hr@shengshu-ai.cn", "hr@shengshu-ai.cn"), ("phone", "+862431582207", "024-3158 2207"), ("uscc", USCC_JOB, USCC_JOB)],
        note="real job ad for a data annotator, free training, no fees (non-offer)")

    # U01 p4
    p = "/jobs/j/20260402-yq.html"
    add(p, job(p, "AI数据训练师(储备)", "6000-9000元/月", [("工作地点", "沈阳·浑南"), ("经验", "无经验可"), ("学历", "不限")],
               "<p>岗位要求:持有人工智能训练师四级及以上证书。无证者可参加公司合作院校组织的培训考证,培训费2680元,考取后优先录用。</p><p>简历投递:yunqi_hr@163.com</p>",
               f"<p>辽宁云启数智教育科技有限公司 · 20-99人 · 统一社会信用代码:{USCC_A}</p>"),
        True, "U01", "辽宁云启数智教育科技有限公司",
        [("email", "yunqi_hr@163.com", "yunqi_hr@163.com"), ("uscc", USCC_A, USCC_A)],
        "'job' post that requires buying a certificate course first")

    # U03 p4
    p = "/jobs/j/20260325-sjqh.html"
    add(p, job(p, "数据标注员 可居家 日结", "150-300元/天", [("工作地点", "沈阳·和平区/居家"), ("经验", "不限"), ("学历", "不限")],
               "<p>公司承接大模型训练数据项目,需持AI训练师证上岗。没证的由公司统一安排培训考证(费用1980元,考核地点沈阳市职业技能鉴定实训基地,电话(024)86127730),考完即可派单。</p><p>联系人:赵经理 133 0401 8865 &nbsp; 微信:SJSB_Kefu</p>",
               "<p>沈阳市盛京启航人力资源有限公司 · 人力资源服务</p>"),
        True, "U03", "沈阳市盛京启航人力资源有限公司",
        [("phone", "+8613304018865", "133 0401 8865"), ("wechat", "sjsb_kefu", "SJSB_Kefu")],
        "home-work job post that sells a certificate course")

    # U04 p3
    p = "/jobs/j/20260410-zx.html"
    add(p, job(p, "人工智能训练师学员(带薪实训)", "3000-5000元/月", [("工作地点", "哈尔滨·松北区"), ("经验", "应届生可"), ("学历", "大专")],
               "<p>招收AI训练师学员,先培训后上岗。培训期间需缴纳实训及考证费用贰仟陆佰捌拾元,取得证书后签订劳动合同。</p><p>报名请加v:ljzx2025(补贴政策可致电0451-12333核实)</p>",
               f"<p>黑龙江省智训信息技术有限公司 · 统一社会信用代码 {USCC_F}</p>"),
        True, "U04", "黑龙江省智训信息技术有限公司",
        [("wechat", "ljzx2025", "加v:ljzx2025"), ("uscc", USCC_F, USCC_F)],
        "'paid training' job post charging a certificate fee")

    # U07 p1
    p = "/jobs/j/20260315-zd.html"
    add(p, job(p, "AI训练师(数据标注方向)急招", "5000-8000元/月", [("工作地点", "沈阳·铁西区"), ("经验", "不限"), ("学历", "初中以上")],
               "<p>合作企业急招AI训练师20名。无证人员需参加四级培训(3200元,可分期),考试通过后推荐上岗。</p><p>联系电话:176-2401-9953 &nbsp; 抖音号:zhida_ai024</p>",
               "<p>辽宁职达人才服务有限公司 · 职业中介</p>"),
        True, "U07", "辽宁职达人才服务有限公司",
        [("phone", "+8617624019953", "176-2401-9953"), ("other", "zhida_ai024", "zhida_ai024")],
        "staffing agency job post selling a course")

    # U09 p2
    p = "/jobs/j/20260420-sb.html"
    add(p, job(p, "兼职AI数据训练员", "按件计酬", [("工作地点", "哈尔滨·松北区"), ("经验", "不限"), ("学历", "不限")],
               "<p>松花江智能训练师培训部招兼职学员,先学后做。AI训练师五级速成班980元,四级1580元,学完接单。</p><p>电话 188 4517 0260 &nbsp; 微信 shb_aigf</p>",
               "<p>松花江智能训练师培训部 · 个体</p>"),
        True, "U09", "松花江智能训练师培训部",
        [("phone", "+8618845170260", "188 4517 0260"), ("wechat", "shb_aigf", "shb_aigf")],
        "part-time 'job' post with a course price list")

    # I04
    p = "/jobs/j/20260412-sd.html"
    add(p, job(p, "人工智能训练师(持证上岗)", "7000-12000元/月", [("工作地点", "哈尔滨·南岗区"), ("经验", "1年"), ("学历", "不限")],
               "<p>需持有AI训练师证。无证可由我司代办培训及考证,四级全包价1w2,含“工信部”双证。</p><img src=\"../../img/cert-s.jpg\" alt=\"证书样本 证书编号S000021010005253000127\"><p>联系:147 1450 9921 / sudajy@163.com</p>",
               "<p>哈尔滨速达教育咨询有限公司</p>"),
        True, "I04", "哈尔滨速达教育咨询有限公司",
        [("phone", "+8614714509921", "147 1450 9921"), ("email", "sudajy@163.com", "sudajy@163.com")],
        "job post selling a 'double certificate' package for 1w2")


def jobs_index():
    p = "/jobs/index.html"
    js = [("20260318-bz", "数据标注员(图像方向)· 沈阳盛数智能"), ("20260402-yq", "AI数据训练师(储备)"), ("20260325-sjqh", "数据标注员 可居家 日结"),
          ("20260410-zx", "人工智能训练师学员(带薪实训)"), ("20260315-zd", "AI训练师(数据标注方向)急招"), ("20260420-sb", "兼职AI数据训练员"),
          ("20260412-sd", "人工智能训练师(持证上岗)")]
    lis = "".join(f"<li>{L(p, '/jobs/j/' + i + '.html', t)}</li>" for i, t in js)
    add(p, jobs_page(p, "职位搜索:AI训练师", f"<h2>搜索“AI训练师”共{len(js)}个职位</h2><ul>{lis}</ul>"),
        note="job-site search results (list page, non-offer)")


def bbs():
    p = "/bbs/thread-5521.html"
    posts = [("被坑的小陈", "帖子 12 · 注册 2025-11", "2026-03-21 21:14",
              "<p>【曝光】去年在网上报了个“人工智能训练师二级”,说是人社部颁发、零基础可考,交了4800,到现在证书在 zscx.osta.org.cn 查不到,客服微信已经把我拉黑了。订单截图如下:</p><img src=\"../img/bbs-5521.jpg\" alt=\"转账记录截图\"><p>有同样经历的兄弟姐妹加我QQ 1093385520,一起去12315投诉。</p>"),
             ("沈阳老张", "帖子 832", "2026-03-21 22:03", "<p>技师哪有零基础考的,一看就是忽悠。打12333问问,人家会告诉你。</p>"),
             ("版主-北风", "管理员", "2026-03-22 09:10", "<p>已加精。提醒大家:报名前先在 pjjg.osta.org.cn 查机构备案,转账被骗打96110。</p>")]
    add(p, bbs_page(p, "【曝光】花4800报AI训练师二级,证书查不到", posts),
        note="complaint thread; the buyer posts her own QQ (non-offer)")

    # U03 p2
    p = "/bbs/thread-5630.html"
    posts = [("sjsb助教", "帖子 3 · 注册 2026-03", "2026-03-23 10:30",
              "<p>【群公告 转】盛京数标学堂AI训练师交流群 第12期</p><pre>1、本群为人工智能训练师(数据标注员)考证交流群,群号 735 218 640\n2、四级班 ¥1,880 / 三级班 ¥2,680,报二送一(送五级)\n3、报名热线 4００-８７１-２０２６\n4、禁止发广告,违者踢</pre><p>有想考证的沈阳朋友欢迎进群~</p>"),
             ("路人乙", "帖子 55", "2026-03-23 11:02", "<p>报二送一??证书还能送的?</p>"),
             ("sjsb助教", "帖子 3", "2026-03-23 11:40", "<p>送的是培训课程哈,考试另算</p>")]
    add(p, bbs_page(p, "AI训练师考证交流群招新(沈阳)", posts),
        True, "U03", "盛京数标学堂",
        [("qq_group", "735218640", "735 218 640"), ("phone", "4008712026", "4００-８７１-２０２６")],
        "QQ group notice reposted on a forum; 400 number in mixed full-width digits")

    # U06 p3
    p = "/bbs/thread-5702.html"
    posts = [("标注基地小何", "帖子 9", "2026-03-26 14:20",
              "<p>哈尔滨本地的数据标注实训基地,人工智能训练师四级、三级考证班,四级两千六、三级三千四,能申请补贴。实训完可以留基地做项目。</p><p>电话:152-4517-3308 &nbsp; wx: hrb-biaozhu88</p>"),
             ("想转行的阿敏", "帖子 2", "2026-03-26 15:01", "<p>我有兴趣,已经在外包做了一年标注,我QQ1093385520,麻烦发下简章</p>"),
             ("标注基地小何", "帖子 9", "2026-03-26 15:30", "<p>已加</p>")]
    add(p, bbs_page(p, "冰城数据标注实训基地 AI训练师考证班招生", posts, "哈尔滨吧·求职招聘"),
        True, "U06", "冰城数据标注实训基地",
        [("phone", "+8615245173308", "152-4517-3308"), ("wechat", "hrb-biaozhu88", "wx: hrb-biaozhu88")],
        "forum post; a would-be buyer replies with her own QQ")

    # U09 p1
    p = "/bbs/thread-5788.html"
    posts = [("松北AI工坊", "帖子 1", "2026-04-18 19:45",
              "<p>【群通知】松北AI工坊 人工智能训练师五级/四级 4月周末班开课啦!</p><p>五级 980,四级 1580,实操在哈尔滨市职业技能实训中心(0451-8230 5511)考。</p><p>QQ群:614003382 &nbsp; 负责人手机 18845170260</p>"),
             ("松北居民", "帖子 40", "2026-04-18 20:12", "<p>顶一个,离家近</p>")]
    add(p, bbs_page(p, "松北AI工坊 4月周末班开课", posts, "哈尔滨吧·教育培训"),
        True, "U09", "松北AI工坊",
        [("qq_group", "614003382", "614003382"), ("phone", "+8618845170260", "18845170260")],
        "group notice posted to a Harbin forum board")

    # I06
    p = "/bbs/thread-5811.html"
    posts = [("阿杰", "帖子 77", "2026-04-21 08:30",
              "<p>出个人工智能训练师四级的内部资料+一对一辅导,沈阳面授,全程六百,报名就送模拟题库。有意Q 305 771 6642</p>"),
             ("奶茶", "帖子 5", "2026-04-21 09:12", "<p>内部资料是什么?</p>")]
    add(p, bbs_page(p, "出AI训练师四级辅导", posts, "沈阳吧·二手闲置"),
        True, "I06", "阿杰", [("qq", "3057716642", "Q 305 771 6642")],
        "individual forum seller offering tutoring for the level-4 exam")


def bbs_index():
    p = "/bbs/index.html"
    ts = [("5521", "【曝光】花4800报AI训练师二级,证书查不到"), ("5630", "AI训练师考证交流群招新(沈阳)"),
          ("5702", "冰城数据标注实训基地 AI训练师考证班招生"), ("5788", "松北AI工坊 4月周末班开课"), ("5811", "出AI训练师四级辅导")]
    lis = "".join(f"<li>{L(p, '/bbs/thread-' + i + '.html', t)}</li>" for i, t in ts)
    body = f'<div class="bh">沈哈论坛</div>{portal_nav(p)}<div class="th"><h2>最新主题</h2><ul>{lis}</ul></div><div class="bf">Powered by Discuz! X3.4</div>'
    add(p, shell("沈哈论坛 - 首页", body, BBS_CSS), note="forum front page (list page, non-offer)")


def portal():
    p = "/index.html"
    secs = [("/gov/index.html", "政务公开 · 沈阳市人社局"), ("/news/index.html", "辽沈晨报网"), ("/school/index.html", "培训机构黄页"),
            ("/ask/index.html", "北国问答"), ("/notes/index.html", "小雪花笔记"), ("/jobs/index.html", "东北人才网"), ("/bbs/index.html", "沈哈论坛")]
    lis = "".join(f"<li>{L(p, u, t)}</li>" for u, t in secs)
    hot = "".join(f"<li>{L(p, x['path'], x['path'])}</li>" for x in PAGES if x["path"] != p)
    body = f"""<header style="background:#1a237e;color:#fff;padding:14px 30px"><h1>东北生活圈 · 沈哈便民导航</h1><p>沈阳 · 哈尔滨 本地生活信息聚合</p></header>
{portal_nav(p)}
<div style="display:flex;gap:30px;padding:20px 30px"><section><h2>频道</h2><ul>{lis}</ul></section>
<section><h2>站点地图</h2><ul>{hot}</ul></section></div>
<footer style="font-size:12px;color:#888;padding:20px 30px">东北生活圈 · 信息来自各合作站点,请自行甄别 · 沈阳天气 -3℃~8℃</footer>"""
    add(p, shell("东北生活圈 - 沈阳哈尔滨便民导航", body, "body{font-family:sans-serif;margin:0}"),
        note="portal front page / site map (non-offer)")


# =================================================================== decoys
import re  # noqa: E402

DECOYS = [
    ("phone", "12333", r"(?<![-\d])12333(?!\d)", "national 人社 hotline quoted by the government, news and many sellers"),
    ("phone", "+862412333", r"024-12333", "Liaoning/Shenyang 12333 hotline with area code, in gov footer and on seller pages"),
    ("phone", "+8645112333", r"0451-12333", "Harbin 12333 hotline quoted in news, policy page and a Q&A answer"),
    ("phone", "96110", r"96110", "anti-fraud hotline quoted in warnings and in comments under offers"),
    ("phone", "12315", r"12315", "market-regulation complaint line quoted by news, a complaint thread and sellers"),
    ("domain", "osta.org.cn", r"osta\.org\.cn", "official certificate query / registry site quoted everywhere"),
    ("domain", "mohrss.gov.cn", r"mohrss\.gov\.cn", "ministry website cited as 'policy basis' by sellers and by the gov site"),
    ("email", "kefu@beiguowenda.com", r"kefu@beiguowenda\.com", "Q&A platform's own complaint mailbox in the footer of every Q&A page"),
    ("domain", "beiguowenda.com", r"beiguowenda\.com", "Q&A platform's own domain in every footer"),
    ("uscc", USCC_QA, re.escape(USCC_QA), "Q&A platform operator's credit code in every footer"),
    ("phone", "4001859966", r"400-185-9966", "notes app customer-service number in every notes footer"),
    ("qq_group", "582660117", r"582660117", "notes app official QQ group in every notes footer"),
    ("phone", "4000245151", r"400-024-5151", "job site hotline in every job page footer"),
    ("email", "jubao@dbrcw.com", r"jubao@dbrcw\.com", "job site report mailbox in every job page footer"),
    ("domain", "dbrcw.com", r"dbrcw\.com", "job site's own domain in header/footer"),
    ("phone", "+862422856600", r"024-2285 6600", "news site advertising hotline on every news page incl. advertorials"),
    ("wechat", "lschb_bl", r"lschb_bl", "news site tip-off WeChat in the sidebar of every news page"),
    ("email", "jubao@lschb.com.cn", r"jubao@lschb\.com\.cn", "news site report mailbox in every news footer"),
    ("domain", "lschb.com.cn", r"lschb\.com\.cn", "news site's own domain"),
    ("domain", "shenha.net", r"shenha\.net", "forum's own domain on every forum page"),
    ("domain", "yunzhan-jz.com", r"yunzhan-jz\.com", "site builder credit on landing pages of unrelated schools"),
    ("domain", "jinshuju.net", r"jinshuju\.net", "form tool credit under enrolment forms of unrelated schools"),
    ("phone", "+862486127730", r"024[- ]?8612 ?7730|\(024\)86127730", "Shenyang assessment venue number quoted by several unrelated sellers"),
    ("phone", "+8645182305511", r"0451-8230 ?5511", "Harbin assessment venue number quoted by several unrelated sellers"),
    ("phone", "+8613800000000", r"138 0000 0000|13800000000", "site-builder template placeholder phone left in footers"),
    ("other", "S000021010005253000127", r"S000021010005253000127", "certificate number on a copied sample certificate image (alt text)"),
    ("phone", "+8615824031208", r"15824031208", "admission-ticket number on a copied sample image, looks like a mobile"),
    ("wechat", "tina_0451", r"tina_0451", "a commenter's own WeChat, left under unrelated posts and a Q&A thread"),
    ("qq", "1093385520", r"1093385520", "a buyer's own QQ, in a complaint thread and as a reply under an offer"),
]

OPERATOR_TIES = {
    "U01": "school page and advertorial share the mobile (spaced vs dashed); advertorial and note share the WeChat; note and job post share the e-mail ((at) vs @); job post and school page share the USCC",
    "U02": "school page and Q&A answer share the QQ (spaced); Q&A answer and note share the mobile (full-width digits vs Chinese numerals)",
    "U03": "landing page and forum group notice share the 400 number (mixed full-width); notice and Q&A answer share the QQ group; Q&A answer and job post share the WeChat (case differs)",
    "U04": "advertorial and note share the mobile (tel: link vs emoji-separated); note (image alt) and job post share the WeChat",
    "U05": "landing page and Q&A answer share the domain (written with 点); Q&A answer and note share the QQ",
    "U06": "school page and advertorial share the e-mail (# for @); advertorial and forum post share the mobile; forum post and Q&A reply share the WeChat (case differs)",
    "U07": "job post and note share the Douyin account; note and one-page site share the QQ; site and job post share the mobile",
    "U08": "Q&A answer and note share the e-mail (圈 for @); note and advertorial share the mobile; advertorial and landing page share the domain",
    "U09": "forum group notice and job post share the mobile; job post and note share the WeChat",
}


def main():
    gov(); news(); news_ads(); news_index(); schools(); school_index(); ask(); ask_index()
    notes(); notes_index(); jobs(); jobs_index(); bbs(); bbs_index(); portal()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for pg in PAGES:
        fp = os.path.join(SITE, pg["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(pg["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    decoys = []
    for kind, value, rx, note in DECOYS:
        paths = [pg["path"] for pg in PAGES if re.search(rx, pg["html"])]
        decoys.append({"kind": kind, "value": value, "paths": paths, "note": note})

    ops = {}
    for pg in PAGES:
        o = pg["operator"]
        if o and o.startswith("U"):
            ops.setdefault(o, {"brands": [], "ties": OPERATOR_TIES[o]})
            if pg["provider"] not in ops[o]["brands"]:
                ops[o]["brands"].append(pg["provider"])
    offers = [pg for pg in PAGES if pg["is_offer"]]
    inds = sorted({pg["operator"] for pg in offers if pg["operator"].startswith("I")})
    truth = {
        "description": ("Northeastern city web (Shenyang/Harbin): government notices, a local news site with "
                        "advertorials, training-school landing pages, a Q&A site, a notes app, a job site and a forum. "
                        f"{len(PAGES)} pages, {len(offers)} AI-trainer offer pages, {len(ops)} multi-page operators, "
                        f"{len(inds)} independent sellers, {len(decoys)} decoy identifiers."),
        "pages": [{k: pg[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for pg in PAGES],
        "operators": dict(sorted(ops.items())),
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(PAGES)} offers={len(offers)} operators={len(ops)} independents={len(inds)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
