#!/usr/bin/env python3
"""Generate the operators-2026-12an test web (site/ + truth.json).

Standard library only, fully deterministic (no randomness, no clock).
"""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helpers
_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(o):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(o))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix16):
    body = prefix16 + _org_check(prefix16[8:16])
    s = sum(_A.index(ch) * _W[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + _A[r]


USCC = {
    "U01": uscc("9111010878293561"),
    "U02": uscc("9131010432907715"),
    "U03": uscc("9144010659120836"),
    "U04": uscc("9133010634781206"),
    "U06": uscc("9142011173345098"),
    "U07": uscc("9161013160218873"),
    "U08": uscc("9144030539760142"),
    "U09": uscc("9137010271530629"),
    "I04": uscc("5243010458901374"),
    "I05": uscc("9112010367402815"),
    "HEALTH": uscc("9144010380526617"),
    "JOB": uscc("9111010861127734"),
}

PAGES = []  # (path, html, entry)


def rel(frm, to):
    r = posixpath.relpath(to, posixpath.dirname(frm))
    return r


def add(path, html, is_offer, operator, provider, ids, note):
    PAGES.append((path, html, {
        "path": path, "is_offer": is_offer, "operator": operator,
        "provider": provider, "identifiers": [list(x) for x in ids], "note": note,
    }))


def doc(title, head_extra, body, lang="zh-CN"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n") % (lang, title, head_extra, body)


# ====================================================================== KKT
# 课课通 — national aggregator of training schools
KKT_LIST1 = "/kkt/list/ai-xunlianshi.html"
KKT_LIST2 = "/kkt/list/ai-xunlianshi-p2.html"


def kkt(path, title, main, side_extra=""):
    h = lambda p: rel(path, p)
    body = """<div class="top-bar"><div class="w1200">您好，欢迎来到课课通！<a href="{home}">全国站</a> [切换城市]
 <span class="fr"><a href="#">登录</a> | <a href="#">免费注册</a> | 客服热线：400-615-8899</span></div></div>
<header class="kkt-header w1200">
  <a href="{home}" class="logo"><img src="/static/kkt/logo.png" alt="课课通 - 全国培训机构大全"></a>
  <form class="search" action="#" method="get"><input name="kw" placeholder="搜课程/机构，如：人工智能训练师"><button type="submit">搜索</button></form>
</header>
<nav class="kkt-nav"><ul class="w1200">
  <li><a href="{home}">首页</a></li><li class="on"><a href="{l1}">职业技能</a></li><li><a href="{l2}">更多机构</a></li>
  <li><a href="#">学历提升</a></li><li><a href="#">IT培训</a></li><li><a href="#">语言留学</a></li></ul></nav>
<div class="w1200 crumbs">当前位置：<a href="{home}">课课通</a> &gt; <a href="{l1}">职业技能</a> &gt; {title}</div>
<div class="w1200 clearfix">
<div class="main-l">
{main}
</div>
<aside class="side-r">
  <div class="box"><h3>热门城市</h3><p>北京 上海 广州 深圳 杭州 成都 武汉 西安 济南 海口</p></div>
  <div class="box"><h3>热门课程</h3><ul><li><a href="{l1}">人工智能训练师</a></li><li><a href="{l2}">数据标注员</a></li><li><a href="#">健康管理师</a></li><li><a href="#">碳排放管理员</a></li></ul></div>
  {side}
  <div class="box tip">温馨提示：报名前请核实机构资质，证书可登录技能人才评价证书全国联网查询核验，切勿轻信"包过"宣传。</div>
</aside>
</div>
<footer class="kkt-footer"><div class="w1200">
<p><a href="#">关于课课通</a> | <a href="#">机构入驻</a> | <a href="#">广告服务</a> | <a href="#">免责声明</a> | <a href="#">网站地图</a></p>
<p>客服热线：400-615-8899（9:00-21:00） 投诉邮箱：kefu@kktong.cn 全国学员交流QQ群：712093355 微信公众号：kktong_official</p>
<p>本站机构信息由机构自行发布，课课通仅提供信息展示服务，不对机构资质及课程效果作任何担保。</p>
<p>Copyright © 2014-2026 kktong.cn 课课通 版权所有 京ICP备15023317号-2</p>
</div></footer>
<!-- kkt tongji v3.2 -->""".format(home=h("/index.html"), l1=h(KKT_LIST1), l2=h(KKT_LIST2), title=title,
                                  main=main, side=side_extra)
    return doc(title + " - 课课通", '<link rel="stylesheet" href="/static/kkt/main.css">', body)


def kkt_school(path, name, tags, info_rows, tabs_html):
    rows = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in info_rows)
    main = """<div class="school-head">
  <img class="school-logo" src="/static/kkt/logo/{pid}.jpg" alt="{name}">
  <div class="school-info"><h1>{name}</h1><p class="tags">{tags}</p>
  <p class="rate">机构评分 <b>4.{r}</b> · 浏览 {v} 次 · <span class="auth">已认证</span></p></div>
</div>
<table class="info-table">
{rows}
</table>
<div class="tabs"><span class="on">课程介绍</span><span>机构简介</span><span>学员评价</span><span>在线咨询</span></div>
{tabs}""".format(pid=posixpath.basename(path)[:-5], name=name, tags=tags, rows=rows, tabs=tabs_html,
                 r=len(name) % 9, v=1000 + 37 * len(tabs_html) % 9000)
    return kkt(path, name, main)


# ---------------------------------------------------------------- EDU portal
EDU_IDX = "/edu/index.html"


def edu(path, title, kind, date, source, article, related=""):
    h = lambda p: rel(path, p)
    ad = '<span class="ad-flag">推广</span>' if kind == "ad" else ""
    body = """<div id="topnav"><a href="{home}">网站导航</a> | <a href="{idx}">中教在线首页</a> | 职教 | 考试 | 留学 | <a href="#">登录</a></div>
<header id="hd"><a href="{idx}"><img src="/static/zjzx/logo.gif" alt="中教在线 zjzx-news.com.cn"></a>
<ul class="channel"><li><a href="{idx}">资讯</a></li><li><a href="{idx}">政策</a></li><li><a href="{idx}">职业教育</a></li><li><a href="{idx}">培训</a></li><li><a href="{idx}">考证</a></li></ul></header>
<div class="wrap">
<div class="article">
<h1>{title}</h1>
<div class="meta">{date} &nbsp; 来源：{source} {ad} <span class="share">分享到：微信 微博 QQ空间</span></div>
<div class="content">
{article}
</div>
<p class="editor">（责任编辑：{ed}）</p>
{related}
<div class="comment"><h4>网友评论</h4><p class="nocmt">已有 0 条评论，<a href="#">登录</a>后发表评论</p></div>
</div>
<div class="sidebar"><h3>热点排行</h3><ol><li><a href="{idx}">2026年职业技能等级认定计划发布</a></li><li><a href="{idx}">山寨证书整治持续推进</a></li><li><a href="{idx}">新职业：生成式人工智能系统应用员</a></li></ol></div>
</div>
<footer id="ft"><p><a href="#">关于我们</a> - <a href="#">广告服务</a> - <a href="#">联系我们</a> - <a href="#">版权声明</a></p>
<p>广告热线：010-82653170 投稿邮箱：tougao@zjzx-news.com.cn 违法和不良信息举报电话：12377</p>
<p>凡标注"推广"的内容为广告，相关内容由广告主提供，不代表本站观点。</p>
<p>© 2008-2026 中教在线 京ICP证080416号</p></footer>""".format(
        home=h("/index.html"), idx=h(EDU_IDX), title=title, date=date, source=source, ad=ad,
        article=article, ed=["王蕾", "林舟", "赵一鸣"][len(title) % 3], related=related)
    return doc(title + "_中教在线", '<meta name="keywords" content="职业技能,证书,培训">', body)


# -------------------------------------------------------------- mini program
MP_IDX = "/mp/index.html"
MP_HELP = "/mp/help.html"


def mp(path, title, inner, shop):
    h = lambda p: rel(path, p)
    body = """<div class="mp-page" data-route="pages/course/detail">
<div class="mp-navbar"><span class="back">&lt;</span><span class="mp-title">{title}</span><span class="capsule">··· ◎</span></div>
<div class="mp-shopbar"><img src="/static/mp/avatar.png" alt="{shop}头像"> <b>{shop}</b> <span class="mp-badge">职培云认证机构</span></div>
{inner}
<div class="mp-tabbar"><a href="{idx}">首页</a><a href="{idx}">课程</a><a href="{help}">帮助</a><a href="#">我的</a></div>
<div class="mp-platform">本页面由"职培云"小程序提供，机构信息由入驻机构自行填写。平台客服微信：zpy_kefu</div>
<div class="mp-powered">技术支持：云雀小程序 yunque-app.com · 400-066-5577</div>
</div>""".format(title=title, inner=inner, shop=shop, idx=h(MP_IDX), help=h(MP_HELP))
    return doc(title, '<meta name="mp-appid" content="wx5f2a17c0e93d4b61"><link rel="stylesheet" href="/static/mp/weui.css">', body)


# ------------------------------------------------------------------ Q&A site
WD_IDX = "/wenda/index.html"


def wenda(path, q_title, q_body, asker, answers, views):
    h = lambda p: rel(path, p)
    ans = "\n".join(
        """<div class="answer{best}"><div class="au"><img src="/static/zw/u.png" alt="{u}的头像"> <b>{u}</b> <span class="lv">{lv}</span></div>
<div class="ac">{t}</div><div class="af">{d} · 赞同 {z} · <a href="#">评论</a></div>{c}</div>""".format(
            best=" best" if a.get("best") else "", u=a["user"], lv=a.get("lv", "LV3"), t=a["text"],
            d=a["date"], z=a.get("zan", 0),
            c=('<div class="cmts">' + "".join('<p class="cmt"><b>%s</b>：%s</p>' % c for c in a.get("cmts", [])) + "</div>") if a.get("cmts") else "")
        for a in answers)
    body = """<header class="zw-hd"><a href="{idx}" class="logo">知问网</a><form action="#"><input placeholder="有问题，上知问"><button>搜索</button></form>
<a href="{home}">返回导航</a> <a href="#">提问</a></header>
<div class="zw-wrap">
<div class="question"><div class="tags"><a href="{idx}">职业技能</a> <a href="{idx}">考证</a></div>
<h1>{qt}</h1><div class="qd">{qb}</div><div class="qm">{asker} 提问 · 浏览 {views} 次</div></div>
<div class="answers"><h3>{n} 个回答</h3>
{ans}
</div>
<div class="zw-side"><h4>相关问题</h4><ul><li><a href="{idx}">人工智能训练师证书怎么查真伪？</a></li><li><a href="{idx}">数据标注员有前途吗？</a></li></ul></div>
</div>
<footer class="zw-ft">知问网 · 用户协议 · 隐私政策 · 侵权投诉：help@zhiwenwang.com · 回答内容仅代表网友个人观点</footer>""".format(
        idx=h(WD_IDX), home=h("/index.html"), qt=q_title, qb=q_body, asker=asker, views=views,
        n=len(answers), ans=ans)
    return doc(q_title + " - 知问网", "", body)


# ----------------------------------------------------------------- BBS forum
BBS_IDX = "/bbs/index.html"


def bbs(path, title, author, posts):
    h = lambda p: rel(path, p)
    ps = "\n".join("""<table class="plhin" id="pid{i}"><tr><td class="pls"><div class="avatar"><img src="/uc_server/avatar.php?uid={i}" alt="{a}"></div><div class="authi">{a}</div><p>积分 {j}</p></td>
<td class="plc"><div class="pi"><strong>{floor}</strong> 发表于 {d}</div><div class="t_f">{t}</div></td></tr></table>""".format(
        i=8800 + k, a=p[0], j=120 * (k + 2), floor="楼主" if k == 0 else "%d#" % (k + 1), d=p[1], t=p[2])
        for k, p in enumerate(posts))
    body = """<div id="toptb">职场人论坛 · <a href="{home}">网站导航</a> <span class="y"><a href="#">登录</a> <a href="#">立即注册</a></span></div>
<div id="hd"><a href="{idx}"><img src="/static/image/common/logo.png" alt="职场人论坛"></a></div>
<div id="pt">职场人论坛 › <a href="{idx}">考证交流</a> › {title}</div>
<div id="postlist"><h1 class="ts">{title}</h1>
{ps}
</div>
<div id="f_pst"><form action="#" method="post"><textarea name="message" placeholder="发表回复"></textarea><button type="submit">参与/回复主题</button></form></div>
<div id="ft"><p>Archiver | 手机版 | 小黑屋 | 职场人论坛 | 广告合作QQ：800036112</p><p>Powered by Discuz! X3.4 © 2001-2026 Comsenz Inc.</p></div>""".format(
        home=h("/index.html"), idx=h(BBS_IDX), title=title, ps=ps)
    return doc(title + " - 考证交流 - 职场人论坛", "", body)


# ============================================================== BUILD PAGES
def build():
    P = {}
    # ---------------------------------------------------------- U01 智训未来
    p = "/sites/zhixunweilai/ai-trainer.html"
    html = doc("人工智能训练师（三级/四级）职业技能等级认定培训_智训未来教育", '<link rel="stylesheet" href="css/style.css">', """
<header class="site-header"><div class="container"><img src="images/logo.png" alt="智训未来教育 logo" class="logo">
<nav><a href="../../index.html">首页</a><a href="#about">关于我们</a><a href="#course" class="active">人工智能训练师</a><a href="#teacher">师资</a><a href="#contact">联系我们</a></nav>
<span class="hotline">咨询热线 010-6298 7350</span></div></header>
<section class="banner"><img src="images/banner-ai.jpg" alt="人工智能训练师 职业技能等级认定 2026春季班 火热报名中"><h1>人工智能训练师 职业技能等级培训</h1><p>职业编码 4-04-05-05 · 数据标注员 / 人工智能算法测试员</p></section>
<section id="course" class="container">
<h2>课程介绍</h2>
<p>本课程依据《人工智能训练师国家职业技能标准（2021年版）》设计，理论+实操，覆盖数据采集和处理、数据标注、智能系统运维（四级）以及业务分析、智能训练、智能系统设计（三级）。</p>
<table class="price"><thead><tr><th>级别</th><th>课时</th><th>培训费</th><th>备注</th></tr></thead><tbody>
<tr><td>四级/中级工</td><td>50课时</td><td>¥3,280</td><td>含教材、实训平台账号</td></tr>
<tr><td>三级/高级工</td><td>40课时+实训</td><td>¥4,680</td><td>需持四级证书满足年限</td></tr>
</tbody></table>
<p class="note">认定费另按评价机构标准收取。符合条件的参保职工可申领失业保险技能提升补贴（四级最高1500元，三级最高2000元），具体以北京市人社局政策为准，政策咨询可拨打12333。</p>
<p>证书由备案评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
</section>
<section id="contact" class="container contact">
<h2>联系我们</h2>
<ul><li>招生老师：139 1102 7456（王老师）</li><li>邮箱：zhaosheng@zhixunweilai.com</li><li>地址：北京市海淀区知春路甲48号盈都大厦B座9层</li></ul>
<form class="enroll" action="#" method="post"><input name="name" placeholder="姓名"><input name="tel" placeholder="手机号"><select name="level"><option>四级</option><option>三级</option></select><button type="submit">预约试听</button></form>
</section>
<footer class="site-footer"><p>北京智训未来教育科技有限公司 统一社会信用代码：%s</p>
<p>© 2026 www.zhixunweilai.com 京ICP备2021031876号-1 | 本站由 凡科建站 fkw.com 提供建站服务</p></footer>
<!-- template: edu-theme-07 -->""" % USCC["U01"])
    add(p, html, True, "U01", "智训未来教育", [
        ["phone", "+861062987350", "010-6298 7350"],
        ["phone", "+8613911027456", "139 1102 7456"],
        ["email", "zhaosheng@zhixunweilai.com", "zhaosheng@zhixunweilai.com"],
        ["uscc", USCC["U01"], USCC["U01"]],
        ["domain", "zhixunweilai.com", "www.zhixunweilai.com"],
    ], "school's own landing page with per-level price table and enrol form")

    p = "/kkt/school/10231.html"
    html = kkt_school(p, "京能职培（海淀校区）", "人工智能训练师 · 数据标注 · 周末班", [
        ("机构类型", "职业技能培训"), ("所在地区", "北京市 海淀区"),
        ("联系电话", "１３９－１１０２－７４５６"), ("咨询QQ", "QQ：2850337461"),
        ("开课方式", "线下面授+线上直播")],
        """<div class="course-card"><h2>AI训练师四级（中级工）周末班</h2>
<p class="price"><del>原价 ¥4980</del> <em>现价 ¥2980</em> <span>仅剩8个名额</span></p>
<p>零基础也能学！6周周末班，学数据清洗、标注工具、质检流程，结课参加职业技能等级认定。</p>
<p>证书查询：技能人才评价工作网可查，政策咨询可拨12333。</p></div>
<div class="review"><h4>学员评价</h4><p>"老师很负责，实训平台挺好用。" —— 学员 l**8</p></div>""")
    add(p, html, True, "U01", "京能职培", [
        ["phone", "+8613911027456", "１３９－１１０２－７４５６"],
        ["qq", "2850337461", "QQ：2850337461"],
    ], "aggregator school page, full-width phone")

    p = "/wenda/q/20583.html"
    html = wenda(p, "在北京想考人工智能训练师，哪家机构靠谱？多少钱？",
                 "本人在互联网公司做审核两年了，想考个AI训练师证，预算三四千，求推荐。", "匿名用户", [
                     {"user": "数据民工老张", "lv": "LV5", "date": "2026-02-11", "zan": 31,
                      "text": "<p>先去技能人才评价工作网看看评价机构名单，认准备案机构。别信包过，查证就上 osta.org.cn。</p>"},
                     {"user": "京能职培-刘老师", "lv": "LV2", "date": "2026-02-12", "zan": 3, "best": True,
                      "text": "<p>同学你好～你有两年相关工作经历，可以直接报<b>四级</b>。我们海淀校区三月份开周末班，学费三千左右，含上机实训。</p><p>详细简章可以加我：扣扣 二八五零三三七四六一，或者加v zxwl_kefu02 发你课表。</p>"},
                     {"user": "路过的HR", "lv": "LV4", "date": "2026-02-15", "zan": 12,
                      "text": "<p>实话说，招标注岗我们更看项目经验，证书是加分项。</p>"}], 2391)
    add(p, html, True, "U01", "京能职培", [
        ["qq", "2850337461", "二八五零三三七四六一"],
        ["wechat", "zxwl_kefu02", "zxwl_kefu02"],
    ], "Q&A answer by a school's teacher; QQ written in Chinese numerals")

    p = "/mp/pages/course/detail-61207.html"
    html = mp(p, "AI训练师认证课", """<div class="mp-swiper"><img src="/static/mp/c61207.jpg" alt="智训AI学堂 人工智能训练师 高级工 限时特惠"></div>
<div class="mp-cell price">¥<b>3980</b> <del>¥5800</del> <span class="mp-tag">可分3期</span></div>
<div class="mp-cell"><h2>人工智能训练师（高级工）全程班</h2><p>讲练结合 · 全国统一认定 · 证书联网可查</p></div>
<div class="mp-cell detail"><p>适合人群：从事数据标注、AI产品运营工作者</p><p>上课形式：直播+录播，实训平台7×24开放</p>
<p>报名咨询 微信号：ZXWL_kefu02</p><p>资料索取：zhaosheng(at)zhixunweilai.com</p></div>
<div class="mp-btnbar"><button class="btn-kefu">客服</button><button class="btn-buy">立即报名</button></div>""", "智训AI学堂")
    add(p, html, True, "U01", "智训AI学堂", [
        ["wechat", "zxwl_kefu02", "ZXWL_kefu02"],
        ["email", "zhaosheng@zhixunweilai.com", "zhaosheng(at)zhixunweilai.com"],
    ], "mini-program course page")

    # ---------------------------------------------------------- U02 申城数智
    p = "/edu/tuiguang/2026/0308-shencheng.html"
    html = edu(p, "上海急需紧缺职业目录里的“人工智能训练师”，在职人员怎么报？", "ad", "2026-03-08 10:21", "申城数智", """
<p>据新华社报道，2025年上海人工智能训练师职业技能等级认定达1.63万人次，发证1.09万本。记者走访发现，不少在职人员利用周末学习考证。</p>
<p>申城数智技能培训中心负责人介绍，中心开设四级、三级两个班型，课程约三成理论、七成实操，“学员大多来自电商、客服、内容审核岗位”。</p>
<p><img src="/static/zjzx/ad/sczz-class.jpg" alt="申城数智技能培训中心 实训教室"></p>
<p>费用方面，四级班学费两千八百八十元，三级班三千八百八十元，符合条件的可申请技能提升补贴。</p>
<p><strong>报名咨询：</strong>021-6438 2915 / 186 2173 5590（周一至周日）<br>地址：上海市徐汇区漕溪北路398号汇智大厦11楼</p>
<p class="small">申城数智（上海）教育科技有限公司 %s</p>""" % USCC["U02"],
               related='<div class="related"><h4>相关阅读</h4><a href="../../news/2026/0125-shanghai.html">上海去年发放人工智能训练师证书1.09万本</a></div>')
    add(p, html, True, "U02", "申城数智技能培训中心", [
        ["phone", "+862164382915", "021-6438 2915"],
        ["phone", "+8618621735590", "186 2173 5590"],
        ["uscc", USCC["U02"], USCC["U02"]],
    ], "advertorial on an education news portal")

    p = "/kkt/school/10457.html"
    html = kkt_school(p, "沪上AI训练营", "人工智能训练师 · 晚班 · 徐汇", [
        ("所在地区", "上海市 徐汇区"), ("联系电话", '<a href="tel:18621735590">186-2173-5590</a>'),
        ("微信", "sczz_ai"), ("评价机构", "以报名时公布的备案评价机构为准")],
        """<div class="course-card"><h2>人工智能训练师 4级/3级 晚班（上海）</h2>
<table class="lv"><tr><th>班型</th><th>学费</th></tr><tr><td>四级</td><td>2.88k</td></tr><tr><td>三级</td><td>3.88k</td></tr><tr><td>四级+三级连报</td><td>6k（需满足申报年限）</td></tr></table>
<p>上海户籍/居住证均可报，在职人员可申领补贴，补贴政策咨询12333。</p></div>""")
    add(p, html, True, "U02", "沪上AI训练营", [
        ["phone", "+8618621735590", "186-2173-5590"],
        ["wechat", "sczz_ai", "sczz_ai"],
    ], "aggregator school page with tel: link and level table")

    p = "/bbs/thread-88123-1-1.html"
    html = bbs(p, "【群公告】沪上AI训练营 人工智能训练员 3月班 开始接龙", "沪上AI小助手", [
        ("沪上AI小助手", "2026-02-27 20:13", """<p>📢 群公告（二群）</p>
<p>1. 三月人工智能训练员(四级)晚班 3月16号开课，周二四晚上7点，徐汇上课。</p>
<p>2. 学费2880，老学员推荐立减200，接龙格式：姓名+手机尾号+班型</p>
<p>3. 没进群的加薇：sczz_ai 拉你，QQ群 893417265 也同步发资料</p>
<p>4. 报名材料：身份证、学历证明、工作年限证明（单位盖章）</p>"""),
        ("momo_sh", "2026-02-27 21:40", "<p>接龙 莫某 尾号0932 四级</p>"),
        ("小橙子", "2026-02-28 09:02", "<p>请问三级可以直接报吗？我没有四级证</p>"),
        ("沪上AI小助手", "2026-02-28 09:30", "<p>@小橙子 三级需要持四级证书满一定年限的，具体私聊评估哈</p>")])
    add(p, html, True, "U02", "沪上AI训练营", [
        ["wechat", "sczz_ai", "薇：sczz_ai"],
        ["qq_group", "893417265", "QQ群 893417265"],
    ], "forum repost of a chat-group enrolment notice; occupation misnamed 训练员")

    # ---------------------------------------------------------- U03 穗智
    p = "/kkt/school/10612.html"
    html = kkt_school(p, "羊城AI训练师考证中心", "人工智能训练师 · 广州天河 · 考前冲刺", [
        ("所在地区", "广东省 广州市 天河区"), ("咨询电话", "135 6021 8847"),
        ("QQ咨询", "3306617280"), ("考点", "广州市天河区职业技能鉴定考点 020-3722 5168")],
        """<div class="course-card"><h2>人工智能训练师三级 考前冲刺班</h2>
<p class="price">￥3,600 起 <small>（四级 ￥2,600）</small></p>
<p>广东基础补贴：五级1000元、四级1500元、三级2000元，广州深圳佛山可上浮，符合条件者以人社部门审核为准（hrss.gd.gov.cn 可查政策）。</p>
<p><img src="/static/kkt/cert-sample.jpg" alt="证书样本 证书编号 S000044010012345001234 仅供参考"></p></div>""")
    add(p, html, True, "U03", "羊城AI训练师考证中心", [
        ["phone", "+8613560218847", "135 6021 8847"],
        ["qq", "3306617280", "3306617280"],
    ], "aggregator page; quotes an assessment site number and a sample certificate number")

    p = "/mp/pages/course/detail-61355.html"
    html = mp(p, "南粤数标学院", """<div class="mp-swiper"><img src="/static/mp/c61355.jpg" alt="数据标注员 四级 周末班 南粤数标学院"></div>
<div class="mp-cell price">¥<b>2680</b> <span class="mp-tag">拼团价</span> 单买 ¥3280</div>
<div class="mp-cell"><h2>人工智能训练师·数据标注方向（中级）</h2><p>广州天河/番禺双校区 · 小班 20 人</p></div>
<div class="mp-cell detail"><ul><li>电话：177 2203 6158</li><li>微信：suizhi_px</li><li>邮箱：suizhipx@163.com</li></ul>
<p>开班后满15天不退费，详见报名须知。</p></div>
<div class="mp-btnbar"><button>咨询</button><button class="btn-buy">发起拼团</button></div>""", "南粤数标学院")
    add(p, html, True, "U03", "南粤数标学院", [
        ["phone", "+8617722036158", "177 2203 6158"],
        ["wechat", "suizhi_px", "suizhi_px"],
        ["email", "suizhipx@163.com", "suizhipx@163.com"],
    ], "mini-program group-buy course page")

    p = "/wenda/q/21146.html"
    html = wenda(p, "人工智能训练师证在广州有补贴吗？能拿多少？",
                 "刚交了社保一年多，听说考这个证能领补贴，是真的吗？", "小陈同学", [
                     {"user": "穗智老师", "lv": "LV3", "date": "2025-12-03", "zan": 8,
                      "text": "<p>有的，参保满1年就可以申请技能提升补贴，四级1500，三级2000（按政策上限）。我们学校每期都有同学申请成功。</p><p>想报名的话 135⭐6021⭐8847 电话微信同号，或者 vx suizhi_px 备注“知问”。</p>",
                      "cmts": [("lily_88223", "我也在找，有一起报的加我 lily_88223 组队砍价"), ("小陈同学", "谢谢老师")]},
                     {"user": "社保小百科", "lv": "LV6", "date": "2025-12-05", "zan": 45,
                      "text": "<p>补贴要在参保地申请，不是培训机构发。以当地人社公布为准，可以打12333问。</p>"}], 5820)
    add(p, html, True, "U03", "穗智老师", [
        ["phone", "+8613560218847", "135⭐6021⭐8847"],
        ["wechat", "suizhi_px", "suizhi_px"],
    ], "Q&A answer with emoji-split phone; a commenter leaves his own WeChat")

    p = "/sites/suizhi-edu/index.html"
    html = doc("广州穗智职业培训学校 - 人工智能训练师培训", '<link rel="stylesheet" href="assets/app.css">', """
<div class="topline">欢迎访问广州穗智职业培训学校官网！ 办学许可证号：教民144010670001234号</div>
<header><img src="assets/logo-suizhi.png" alt="穗智职培"><ul class="menu"><li><a href="../../index.html">首页</a></li><li><a href="#">学校概况</a></li><li><a href="#">招生简章</a></li><li><a href="#">新闻动态</a></li><li><a href="#">联系我们</a></li></ul></header>
<div class="slider"><img src="assets/slide1.jpg" alt="人工智能训练师 AI Trainer 招生简章 2026"></div>
<div class="row">
<div class="col-8"><h1>2026年人工智能训练师（AI Trainer）招生简章</h1>
<h3>一、培训对象</h3><p>从事或准备从事数据标注、算法测试、AI产品运营的人员。五级需相关工作满1年；四级、三级按国家职业技能标准申报。</p>
<h3>二、收费标准</h3><p>五级1,980元；四级2,680元；三级3,680元（含教材、实训，认定费另计）。</p>
<h3>三、考核</h3><p>理论知识考试+操作技能考核，均实行百分制，60分及以上为合格。考核地点：广州市天河区职业技能鉴定考点（电话 020-3722 5168）。</p>
<h3>四、报名方式</h3><p>电话：020-8525 6613　邮箱：suizhipx圈163点com</p></div>
<div class="col-4 news"><h4>学校动态</h4><ul><li>2026-01-18 第12期人工智能训练师结业</li><li>2025-11-02 学校获评区级优秀培训机构</li></ul></div>
</div>
<footer><p>广州穗智职业培训学校 版权所有 地址：广州市天河区中山大道西89号华景软件园B栋3楼</p><p>统一社会信用代码 %s · 官网 www.suizhi-edu.com</p></footer>""" % USCC["U03"])
    add(p, html, True, "U03", "广州穗智职业培训学校", [
        ["phone", "+862085256613", "020-8525 6613"],
        ["email", "suizhipx@163.com", "suizhipx圈163点com"],
        ["uscc", USCC["U03"], USCC["U03"]],
        ["domain", "suizhi-edu.com", "www.suizhi-edu.com"],
    ], "school's own site enrolment brochure; email obfuscated with 圈/点")

    # ---------------------------------------------------------- U04 之江数标
    p = "/sites/zjshubiao/index.html"
    html = doc("之江数标 | 人工智能训练师培训·杭州", '<link rel="stylesheet" href="static/zj.css"><script src="static/jquery.min.js"></script>', """
<nav class="navbar"><a class="brand" href="../../index.html"><img src="static/zjsb.svg" alt="之江数标职业技能培训"></a>
<a href="#courses">课程</a><a href="#apply">在线报名</a><a href="#faq">常见问题</a><span class="tel">全国服务热线 400-826-3571</span></nav>
<section class="hero"><h1>AI训练师 · 杭州实训基地</h1><p>数据标注 | 算法测试 | 大模型数据工程</p></section>
<section id="courses"><div class="card"><h3>五级（初级工）</h3><p class="p">¥1,680</p><p>60课时</p></div>
<div class="card"><h3>四级（中级工）</h3><p class="p">¥2,480</p><p>50课时</p></div>
<div class="card"><h3>三级（高级工）</h3><p class="p">¥3,580</p><p>40课时</p></div></section>
<section id="apply"><h2>在线报名</h2>
<form action="https://jinshuju.net/f/Zj8sB2" method="post"><label>姓名 <input name="field_1"></label><label>手机 <input name="field_2" placeholder="请输入11位手机号"></label>
<label>意向级别 <select name="field_3"><option>五级</option><option>四级</option><option>三级</option></select></label><button type="submit">提交</button></form>
<p class="powered">本表单由 金数据 jinshuju.net 提供技术支持</p></section>
<section id="faq"><h2>常见问题</h2><dl><dt>证书能查吗？</dt><dd>由备案评价机构发证，可登录 zscx.osta.org.cn 查询。</dd><dt>可以补贴吗？</dt><dd>符合条件的参保人员可按规定申领，详询 12333。</dd></dl></section>
<footer>杭州之江数标教育科技有限公司 | 统一社会信用代码 %s | 邮箱 admin@zjshubiao.cn | zjshubiao.cn 浙ICP备2022018833号</footer>""" % USCC["U04"])
    add(p, html, True, "U04", "之江数标职业技能培训", [
        ["phone", "4008263571", "400-826-3571"],
        ["uscc", USCC["U04"], USCC["U04"]],
        ["email", "admin@zjshubiao.cn", "admin@zjshubiao.cn"],
        ["domain", "zjshubiao.cn", "zjshubiao.cn"],
    ], "own site with level cards and an online form (form-tool credit)")

    p = "/edu/tuiguang/2026/0217-hangshu.html"
    html = edu(p, "数字经济浪潮下，杭州这家机构让“数据标注员”吃上技术饭", "ad", "2026-02-17 15:40", "杭数职培", """
<p>在杭州未来科技城，一间不大的实训室里，二十多名学员正对着屏幕给图片拉框、给语音转写打标签。他们大多来自客服、电商运营岗位，目标是拿下人工智能训练师四级证书。</p>
<p>“零基础的学员我们一般建议从五级起步。”杭数职培的教学负责人说，目前四级班学费两千四百八，三级三千五百八，“春季班报满就截止”。</p>
<blockquote>学员小李：以前做客服，现在在一家大模型公司做数据质检，月薪涨了两千。</blockquote>
<p>咨询方式：肆零零－捌贰陆－叁伍柒壹（工作日），或直接联系招生主管 159-6814-2307。</p>""")
    add(p, html, True, "U04", "杭数职培", [
        ["phone", "4008263571", "肆零零－捌贰陆－叁伍柒壹"],
        ["phone", "+8615968142307", "159-6814-2307"],
    ], "advertorial; the 400 number in capital Chinese numerals")

    p = "/mp/pages/course/detail-61480.html"
    html = mp(p, "之江AI训练师", """<div class="mp-swiper"><img src="/static/mp/c61480.jpg" alt="之江AI训练师 报名咨询 微信 zjsb_hz"></div>
<div class="mp-cell price"><b>¥1680 – ¥3580</b> <span class="mp-tag">按级别</span></div>
<div class="mp-cell"><h2>人工智能训练师 五/四/三级 杭州班</h2><p>滨江、余杭可选 · 每月开班</p></div>
<div class="mp-cell detail"><p>招生老师：+86 159 6814 2307</p><p>微信：zjsb_hz（长按复制）</p><p>支付方式：微信支付 / 支付宝（担保交易，支付宝客服95188）</p></div>
<div class="mp-btnbar"><button>电话</button><button class="btn-buy">预约</button></div>""", "之江AI训练师")
    add(p, html, True, "U04", "之江AI训练师", [
        ["phone", "+8615968142307", "+86 159 6814 2307"],
        ["wechat", "zjsb_hz", "zjsb_hz"],
    ], "mini-program page; WeChat also in banner alt text")

    # ---------------------------------------------------------- U05 蓉城智能
    p = "/kkt/school/10745.html"
    html = kkt_school(p, "蓉城智能职业技能培训学校", "AI训练师 · 成都高新 · 可补贴", [
        ("所在地区", "四川省 成都市 高新区"), ("座机", "(028)8521-6630"), ("手机", "180 8091 7362"),
        ("课程编号", "15720250301")],
        """<div class="course-card"><h2>人工智能训练师（四级）成都班</h2>
<p class="price">学费：贰仟陆佰捌拾元 <small>（含教材资料费）</small></p>
<p>成都本地参保满一年可申请技能提升补贴；持证可参与成都居住证积分（以官方公布为准）。</p>
<p>证书全国联网，zscx.osta.org.cn 可查。</p></div>""")
    add(p, html, True, "U05", "蓉城智能职业技能培训学校", [
        ["phone", "+862885216630", "(028)8521-6630"],
        ["phone", "+8618080917362", "180 8091 7362"],
    ], "aggregator page; a course number shaped like a mobile number")

    p = "/wenda/q/21408.html"
    html = wenda(p, "人工智能训炼师零基础能考吗？成都有班吗",
                 "文科生，目前做行政，想转行AI方向，人工智能训炼师这个证零基础能拿吗", "阿柒", [
                     {"user": "天府AI训练师", "lv": "LV2", "date": "2026-01-07", "zan": 2,
                      "text": "<p>可以的呀，我们成都班很多文科同学。五级/四级按工作年限报，课程从Python都不用学，主要是标注工具和质检规范。</p><p>打电话 幺八零 八零九幺 七三六二 或者加Q 1530926648 发你资料～</p>"},
                     {"user": "理性劝退", "lv": "LV5", "date": "2026-01-09", "zan": 66,
                      "text": "<p>零基础别被“包就业”忽悠了，先看岗位需求再说。五级要求相关工作满1年。</p>"}], 1322)
    add(p, html, True, "U05", "天府AI训练师", [
        ["phone", "+8618080917362", "幺八零 八零九幺 七三六二"],
        ["qq", "1530926648", "1530926648"],
    ], "Q&A answer; phone in spoken Chinese numerals; occupation misspelled 训炼师 in question")

    p = "/bbs/thread-88410-1-1.html"
    html = bbs(p, "成都 AI训练师 交流群 欢迎进群（附2026上半年开班时间）", "天府AI小管家", [
        ("天府AI小管家", "2026-01-20 11:05", """<p>天府AI训练师交流群 群号：658 201 377</p>
<p>开班：3月9日（四级）、4月13日（三级）。学费四级2.68k / 三级3.68k，团报3人以上每人减300。</p>
<p>群里有往期学员分享，报名找管理员Q 1530926648</p>
<p><img src="data/attachment/forum/202601/20/qr-group.jpg" alt="扫码加群 天府AI训练师交流群"></p>"""),
        ("蜀黍", "2026-01-20 13:22", "<p>已加，顶一下</p>"),
        ("nana", "2026-01-21 08:47", "<p>三级是不是要先有四级？</p>")])
    add(p, html, True, "U05", "天府AI训练师", [
        ["qq_group", "658201377", "658 201 377"],
        ["qq", "1530926648", "1530926648"],
    ], "forum post advertising a QQ study group with class dates and prices")

    p = "/edu/tuiguang/2026/0112-rongcheng.html"
    html = edu(p, "AI训练师成“新蓝领” 蓉城智能：让更多人搭上人工智能快车", "ad", "2026-01-12 09:30", "蓉城智能", """
<p>2020年，人工智能训练师作为新职业正式纳入国家职业分类。六年过去，这一职业在成都已形成上万人的从业群体。</p>
<p>蓉城智能职业技能培训学校校长表示，学校已累计培训学员三千余人次，<strong>结业学员就业推荐率九成以上</strong>。</p>
<table class="t"><tr><th>级别</th><th>学费</th><th>可申领补贴（上限）</th></tr><tr><td>四级</td><td>2680元</td><td>1500元</td></tr><tr><td>三级</td><td>3680元</td><td>2000元</td></tr></table>
<p>咨询电话：028-85216630　抖音号：rczn666</p>""")
    add(p, html, True, "U05", "蓉城智能", [
        ["phone", "+862885216630", "028-85216630"],
        ["other", "rczn666", "抖音号：rczn666"],
    ], "advertorial with price/subsidy table")

    # ---------------------------------------------------------- U06 江城未来
    p = "/mp/pages/course/detail-61592.html"
    html = mp(p, "江城未来教育", """<div class="mp-swiper"><img src="/static/mp/c61592.jpg" alt="人工智能训练师 三合一 五级四级三级 一次拿证"></div>
<div class="mp-cell price">¥<b>6999</b> <del>¥12800</del> <span class="mp-tag">三级连报</span></div>
<div class="mp-cell"><h2>AI训练师 五级+四级+三级 一站式通关班</h2><p>不限学历 · 不限专业 · 线上学习 · 快速拿证</p></div>
<div class="mp-cell detail"><p>课程顾问：137 9704 5218</p><p>V：jcwl_peixun</p></div>
<div class="mp-btnbar"><button>咨询</button><button class="btn-buy">立即抢购</button></div>""", "江城未来教育")
    add(p, html, True, "U06", "江城未来教育", [
        ["phone", "+8613797045218", "137 9704 5218"],
        ["wechat", "jcwl_peixun", "V：jcwl_peixun"],
    ], "mini-program selling three levels at once")

    p = "/kkt/school/10533.html"
    html = kkt_school(p, "楚才职培（武汉光谷）", "人工智能训练师 · 线上班 · 全国招生", [
        ("所在地区", "湖北省 武汉市 洪山区"), ("微信咨询", "vx:jcwl_peixun"), ("邮箱", "2975503318@qq.com")],
        """<div class="course-card"><h2>人工智能训练师 线上直播班（全国可报）</h2>
<p class="price">1w以内搞定三个等级？详询顾问。单报四级 ¥2999</p>
<p>支持支付宝担保交易（支付宝客服95188）</p>
<p><img src="/static/kkt/cert-sample.jpg" alt="证书样本 证书编号 S000044010012345001234 仅供参考"></p></div>""")
    add(p, html, True, "U06", "楚才职培", [
        ["wechat", "jcwl_peixun", "vx:jcwl_peixun"],
        ["email", "2975503318@qq.com", "2975503318@qq.com"],
    ], "aggregator page; same stock certificate sample as another seller")

    p = "/sites/jcwljy/kecheng.html"
    html = doc("课程中心-武汉江城未来职业培训学校", '<link rel="stylesheet" href="css/base.css">', """
<div class="header"><div class="logo"><img src="images/logo.jpg" alt="江城未来"></div>
<ul class="nav"><li><a href="../../index.html">网站首页</a></li><li class="cur"><a href="#">课程中心</a></li><li><a href="#">学员风采</a></li><li><a href="#">联系我们</a></li></ul>
<div class="tel">联系电话：13800138000</div></div>
<div class="pos">您的位置：首页 &gt; 课程中心 &gt; 人工智能训练师</div>
<div class="left"><h1>人工智能训练师（Artificial Intelligence Trainer）</h1>
<p>国家职业分类大典新职业，职业编码4-04-05-05。本校开设五级至三级培训，学员可选择线上+线下混合模式。</p>
<p>学费：五级一千九、四级两千九、三级三千九。报名三个级别享套餐价。</p>
<p>联系：027-8731 6650　邮箱：2975503318[at]qq.com</p></div>
<div class="right"><h3>联系我们</h3><p>电话：13800138000</p><p>邮箱：service@example.com</p><p>地址：请在后台修改</p></div>
<div class="footer">Copyright © 2026 武汉江城未来职业培训学校 www.jcwljy.com 统一社会信用代码：%s<br>技术支持：凡科建站 fkw.com</div>""" % USCC["U06"])
    add(p, html, True, "U06", "武汉江城未来职业培训学校", [
        ["phone", "+862787316650", "027-8731 6650"],
        ["email", "2975503318@qq.com", "2975503318[at]qq.com"],
        ["domain", "jcwljy.com", "www.jcwljy.com"],
        ["uscc", USCC["U06"], USCC["U06"]],
    ], "own site built from a template whose placeholder phone/email were never replaced")

    # ---------------------------------------------------------- U07 秦岭智算
    p = "/wenda/q/21690.html"
    html = wenda(p, "西安有人工智能训练师培训吗？想考三级",
                 "坐标西安，做了四年数据标注，有四级证，想冲三级，哪里有培训？", "秦川打工人", [
                     {"user": "长安数据标注学院", "lv": "LV3", "date": "2026-03-02", "zan": 5,
                      "text": "<p>您好，您的情况符合三级申报（四级证+年限），我们高新区校区4月开三级班，学费3k多一点，含业务分析、智能训练实操项目。</p><p>➕V qinling_ai 或 Q：1198834520 了解</p>",
                      "cmts": [("lily_88223", "有西安一起的吗 加我 lily_88223")]},
                     {"user": "不想上班", "lv": "LV1", "date": "2026-03-03", "zan": 0, "text": "<p>蹲一个</p>"}], 877)
    add(p, html, True, "U07", "长安数据标注学院", [
        ["wechat", "qinling_ai", "qinling_ai"],
        ["qq", "1198834520", "Q：1198834520"],
    ], "Q&A answer; same commenter contact as on another school's Q&A page")

    p = "/sites/qlzhisuan/index.html"
    html = doc("秦岭智算 - 西安人工智能训练师培训基地", '<link rel="stylesheet" href="/qlzs/css/index.css">', """
<header class="hd"><div class="logo"><img src="/qlzs/img/logo.png" alt="秦岭智算职业技能培训"></div>
<nav><a href="../../index.html">首页</a> <a href="#kc">培训课程</a> <a href="#bm">报名</a> <a href="#lx">联系</a></nav></header>
<main>
<section id="kc"><h1>人工智能训练师职业技能培训</h1>
<p>面向数据标注员、人工智能算法测试员两个工种，开设四级（中级工）、三级（高级工）、二级（技师）培训。二级须持三级证书并满足工作年限。</p>
<ul class="price"><li>四级：2,800元</li><li>三级：3,200元</li><li>二级（技师）：5,800元，另需综合评审</li></ul></section>
<section id="bm"><h2>在线报名</h2><form action="https://jinshuju.net/f/QLzs01" method="post"><input name="n" placeholder="姓名"><input name="m" placeholder="电话"><button>提交报名</button></form><p class="f">表单服务：金数据 jinshuju.net</p></section>
<section id="lx"><h2>联系我们</h2><table><tr><td>座机</td><td>029-88451276</td></tr><tr><td>手机</td><td>159 9172 8834</td></tr><tr><td>微信</td><td>微信：qinling_ai</td></tr><tr><td>地址</td><td>西安市高新区锦业路69号创业研发园C区</td></tr></table></section>
</main>
<footer>西安秦岭智算职业技能培训有限公司 版权所有 统一社会信用代码 %s · qlzhisuan.com · 消费投诉：12315</footer>""" % USCC["U07"])
    add(p, html, True, "U07", "秦岭智算", [
        ["phone", "+862988451276", "029-88451276"],
        ["phone", "+8615991728834", "159 9172 8834"],
        ["wechat", "qinling_ai", "微信：qinling_ai"],
        ["uscc", USCC["U07"], USCC["U07"]],
        ["domain", "qlzhisuan.com", "qlzhisuan.com"],
    ], "own site, contacts in a table; uses the same form tool as another school")

    p = "/kkt/school/10820.html"
    html = kkt_school(p, "长安数据标注学院", "数据标注员 · 人工智能算法测试员 · 西安", [
        ("所在地区", "陕西省 西安市 雁塔区"), ("联系电话", "159-9172-8834"), ("QQ", "1198834520")],
        """<div class="course-card"><h2>数据标注员（中级工）/ 算法测试员（高级工）</h2>
<p class="price">2800～3200元/人</p>
<p>结课后参加职业技能等级认定，理论+实操双考核，合格发证。</p></div>""")
    add(p, html, True, "U07", "长安数据标注学院", [
        ["phone", "+8615991728834", "159-9172-8834"],
        ["qq", "1198834520", "1198834520"],
    ], "aggregator page; occupation only implied by its two work types")

    # ---------------------------------------------------------- U08 鹏城AI
    p = "/edu/tuiguang/2025/1126-pengcheng.html"
    html = edu(p, "深圳职场人新选择：鹏城AI职业技能推出“AI训练师”周末实训营", "ad", "2025-11-26 14:05", "鹏城AI职业技能", """
<p>随着大模型应用落地，深圳企业对数据标注、模型评测人才需求旺盛。鹏城AI职业技能近日推出人工智能训练师周末实训营，四级、三级同步开班。</p>
<p>课程价格：四级 <del>3980</del> 2980元，三级 <del>4980</del> 3880元；考核在广州考点进行（天河区职业技能鉴定考点，020-3722 5168）。深圳参保人员补贴可上浮，详见 hrss.gd.gov.cn。</p>
<p>报名热线：134 2876 5019　电子邮箱：service@pcaiedu.com</p>
<p><img src="/static/zjzx/ad/pcai.jpg" alt="鹏城AI职业技能 实训营开营仪式"></p>""")
    add(p, html, True, "U08", "鹏城AI职业技能", [
        ["phone", "+8613428765019", "134 2876 5019"],
        ["email", "service@pcaiedu.com", "service@pcaiedu.com"],
    ], "advertorial; quotes the same assessment site number as a Guangzhou school")

    p = "/mp/pages/course/detail-61733.html"
    html = mp(p, "深训通", """<div class="mp-swiper"><img src="/static/mp/c61733.jpg" alt="深训通 AI训练师 深圳周末班"></div>
<div class="mp-cell price">¥<b>2980</b> 起</div>
<div class="mp-cell"><h2>AI训练师（4级）深圳周末实训营</h2></div>
<table class="mp-table"><tr><td>课程顾问</td><td><a href="tel:13428765019">13428765019</a></td></tr><tr><td>微信</td><td>pcai_trainer</td></tr><tr><td>视频号</td><td>深训通AI考证</td></tr></table>
<div class="mp-btnbar"><button>咨询</button><button class="btn-buy">报名</button></div>""", "深训通")
    add(p, html, True, "U08", "深训通", [
        ["phone", "+8613428765019", "13428765019"],
        ["wechat", "pcai_trainer", "pcai_trainer"],
        ["other", "深训通AI考证", "深训通AI考证"],
    ], "mini-program page, contacts in table cells, video-account name")

    p = "/sites/pcaiedu/ai.html"
    html = doc("南山数智学苑｜人工智能训练师", '<link rel="stylesheet" href="https://cdn.pcaiedu.com/css/site.min.css">', """
<div class="nav-wrap"><a href="../../index.html" class="logo"><img src="img/nsxy.png" alt="南山数智学苑"></a><a href="#c">课程</a><a href="#t">讲师</a><a href="#q">咨询</a></div>
<div class="hero"><h1>成为一名 AI Trainer</h1><p>深圳南山 · 人工智能训练师四级/三级</p></div>
<div id="c" class="grid"><div class="item"><h3>四级</h3><p>2980元</p></div><div class="item"><h3>三级</h3><p>3880元</p></div><div class="item"><h3>企业内训</h3><p>面议</p></div></div>
<div id="t"><h2>讲师团队</h2><p>来自头部互联网公司的数据标注与模型评测负责人。</p></div>
<div id="q" class="consult"><h2>咨询</h2><p>电话/微信：199 2641 1873</p><p>合作邮箱：service(at)pcaiedu点com</p></div>
<footer>深圳市南山数智学苑教育咨询有限公司 · 统一社会信用代码 %s · www.pcaiedu.com · 粤ICP备2023071542号</footer>""" % USCC["U08"])
    add(p, html, True, "U08", "南山数智学苑", [
        ["phone", "+8619926411873", "199 2641 1873"],
        ["email", "service@pcaiedu.com", "service(at)pcaiedu点com"],
        ["uscc", USCC["U08"], USCC["U08"]],
        ["domain", "pcaiedu.com", "www.pcaiedu.com"],
    ], "own site; email written with (at) and 点")

    p = "/wenda/q/22015.html"
    html = wenda(p, "AI训练师证书在深圳有用吗？找工作加分吗？",
                 "看到很多广告说拿证就能升职加薪，想听听真实情况。", "深漂小王", [
                     {"user": "HR小林", "lv": "LV4", "date": "2026-03-10", "zan": 23,
                      "text": "<p>有一定加分，但别信“拿证就加薪”。</p>"},
                     {"user": "深训通-阿杰", "lv": "LV1", "date": "2026-03-11", "zan": 1,
                      "text": "<p>我们学员去年有不少进了大模型公司做评测～课程和学员案例都在视频号搜：深训通AI考证，想咨询直接打 199 2641 1873</p>"}], 2104)
    add(p, html, True, "U08", "深训通", [
        ["other", "深训通AI考证", "深训通AI考证"],
        ["phone", "+8619926411873", "199 2641 1873"],
    ], "Q&A answer pointing to a video account")

    # ---------------------------------------------------------- U09 鲁班在线
    p = "/bbs/thread-88577-1-1.html"
    html = bbs(p, "齐鲁AI考证 本月最后一期 人智训练师 线上班 速来", "齐鲁考证君", [
        ("齐鲁考证君", "2026-03-05 18:30", """<p>全国可报！线上学习，<font color="red">人智训练师</font>四级三级都有。</p>
<p>学费：四级二千六，三级三千三，两个一起报五千五。</p>
<p>薇信：lubanzx88　QQ群：791155032（备注论坛）</p>"""),
        ("李四", "2026-03-05 19:02", "<p>线上考试还是线下？</p>"),
        ("齐鲁考证君", "2026-03-05 19:10", "<p>理论线上，实操到考点，具体看评价机构安排</p>")])
    add(p, html, True, "U09", "齐鲁AI考证", [
        ["wechat", "lubanzx88", "薇信：lubanzx88"],
        ["qq_group", "791155032", "QQ群：791155032"],
    ], "casual forum post, occupation shortened to 人智训练师")

    p = "/kkt/school/10966.html"
    html = kkt_school(p, "鲁班在线职业培训", "人工智能训练师 · 线上 · 济南", [
        ("所在地区", "山东省 济南市 历下区"), ("咨询热线", "178 6531 0492"), ("微信", "lubanzx88"),
        ("统一社会信用代码", USCC["U09"])],
        """<div class="course-card"><h2>人工智能训练师 线上班（四级/三级）</h2>
<p class="price">￥2600 / ￥3300</p>
<p>证书样本见下图，可在官网查询。</p>
<p><img src="/static/kkt/cert-sample.jpg" alt="证书样本 证书编号 S000044010012345001234 仅供参考"></p></div>""")
    add(p, html, True, "U09", "鲁班在线职业培训", [
        ["phone", "+8617865310492", "178 6531 0492"],
        ["wechat", "lubanzx88", "lubanzx88"],
        ["uscc", USCC["U09"], USCC["U09"]],
    ], "aggregator page with an info table and the stock certificate sample")

    p = "/mp/pages/course/detail-61804.html"
    html = mp(p, "鲁班在线", """<div class="mp-swiper"><img src="/static/mp/c61804.jpg" alt="鲁班在线 人工智能训练师 线上班"></div>
<div class="mp-cell price">¥<b>2600</b> 起</div>
<div class="mp-cell"><h2>人工智能训练师（中级工）线上直播</h2><p>全国可报 · 学完参加认定</p></div>
<div class="mp-cell detail"><p>课程顾问 178-6531-0492</p><p>顾问QQ 3468125097</p><p>学习群 QQ群 791155032</p></div>
<div class="mp-btnbar"><button>客服</button><button class="btn-buy">购买</button></div>""", "鲁班在线")
    add(p, html, True, "U09", "鲁班在线", [
        ["phone", "+8617865310492", "178-6531-0492"],
        ["qq", "3468125097", "3468125097"],
        ["qq_group", "791155032", "791155032"],
    ], "mini-program page")

    # ---------------------------------------------------------- independents
    p = "/kkt/school/10899.html"
    html = kkt_school(p, "海口椰智培训", "人工智能训练师 · 海口 · 小班", [
        ("所在地区", "海南省 海口市 龙华区"), ("电话", "0898-66271835"), ("手机", "138-7609-4521")],
        """<div class="course-card"><h2>人工智能训练师五级（初级工）</h2>
<p class="price">1680元，自贸港人才可享补贴</p>
<p>五级申报需相关工作满一年或完成学徒培训，报名时请备好证明材料。</p></div>""")
    add(p, html, True, "I01", "海口椰智培训", [
        ["phone", "+8689866271835", "0898-66271835"],
        ["phone", "+8613876094521", "138-7609-4521"],
    ], "independent school on the aggregator")

    p = "/mp/pages/course/detail-61911.html"
    html = mp(p, "金陵数标课堂", """<div class="mp-swiper"><img src="/static/mp/c61911.jpg" alt="人工智能训练师 南京 晚班 扫码咨询 jlsb_ai2025"></div>
<div class="mp-cell price">¥<b>2,380</b></div>
<div class="mp-cell"><h2>南京·人工智能训练师（四级）晚班</h2><p>新街口校区 · 8 周</p></div>
<div class="mp-cell detail"><p>电话：152 0518 3376</p><p>微信号：jlsb_ai2025</p></div>
<div class="mp-btnbar"><button>咨询</button><button class="btn-buy">报名</button></div>""", "金陵数标课堂")
    add(p, html, True, "I02", "金陵数标课堂", [
        ["phone", "+8615205183376", "152 0518 3376"],
        ["wechat", "jlsb_ai2025", "jlsb_ai2025"],
    ], "independent mini-program page")

    p = "/wenda/q/22307.html"
    html = wenda(p, "郑州哪里可以考AI训练师？",
                 "郑州本地，求推荐靠谱的培训学校。", "中原小鹿", [
                     {"user": "中原智培小周", "lv": "LV2", "date": "2026-02-21", "zan": 4,
                      "text": "<p>郑东新区这边有班，中原智培四级学费2580，周六日上课。加QQ2214096637或者电话186 3825 9014咨询。</p>"},
                     {"user": "考过的人", "lv": "LV3", "date": "2026-02-23", "zan": 9,
                      "text": "<p>考完记得去 zscx.osta.org.cn 查一下证书，查不到的别领。</p>"}], 640)
    add(p, html, True, "I03", "中原智培", [
        ["qq", "2214096637", "2214096637"],
        ["phone", "+8618638259014", "186 3825 9014"],
    ], "independent seller's Q&A answer; QQ glued to text")

    p = "/edu/tuiguang/2026/0222-lushan.html"
    html = edu(p, "长沙麓山智能培训中心：人工智能训练师春季班招生", "ad", "2026-02-22 08:50", "麓山智能", """
<p>长沙麓山智能培训中心（民办非企业单位）2026年春季人工智能训练师培训班现面向社会招生。</p>
<ul><li>五级：一千五百元</li><li>四级：二千三百元</li><li>三级：三千二百元</li></ul>
<p>报名电话：0731-84562290　邮箱：lushanzn@126.com</p>
<p>另可加报“1+X 人工智能数据处理”证书，学信平台 vslc.ncb.edu.cn 可查。</p>
<p>统一社会信用代码：%s</p>""" % USCC["I04"])
    add(p, html, True, "I04", "长沙麓山智能培训中心", [
        ["phone", "+8673184562290", "0731-84562290"],
        ["email", "lushanzn@126.com", "lushanzn@126.com"],
        ["uscc", USCC["I04"], USCC["I04"]],
    ], "independent advertorial (a 52-type private non-enterprise unit)")

    p = "/sites/hhszpx/index.html"
    html = doc("天津海河数智职业技能培训学校", '<link rel="stylesheet" href="style.css">', """
<div class="header"><div class="logo"><img src="logo.gif" alt="海河数智"></div>
<ul class="nav"><li><a href="../../index.html">网站首页</a></li><li><a href="#">学校简介</a></li><li class="cur"><a href="#">人工智能训练师</a></li><li><a href="#">联系我们</a></li></ul></div>
<div class="left"><h1>人工智能训练师 报名进行中</h1>
<p>职业编码4-04-05-05，本校开设五级、四级两个级别，2026年4月开课。</p>
<p>学费 ¥1,800 / ¥2,600。天津市参保职工可申请技能提升补贴，政策咨询12333。</p>
<p>联系电话：022-2351 7689　电子邮件：info@hhszpx.com</p></div>
<div class="right"><h3>联系我们</h3><p>电话：13800138000</p><p>邮箱：service@example.com</p></div>
<div class="footer">Copyright © 2026 天津海河数智职业技能培训学校 hhszpx.com 统一社会信用代码 %s<br>技术支持：凡科建站 fkw.com</div>""" % USCC["I05"])
    add(p, html, True, "I05", "天津海河数智职业技能培训学校", [
        ["phone", "+862223517689", "022-2351 7689"],
        ["email", "info@hhszpx.com", "info@hhszpx.com"],
        ["domain", "hhszpx.com", "hhszpx.com"],
        ["uscc", USCC["I05"], USCC["I05"]],
    ], "independent own site built on the same template as another school (placeholders left)")

    p = "/bbs/thread-88702-1-1.html"
    html = bbs(p, "出个AI训练师课程名额，有意私", "小鱼老师", [
        ("小鱼老师", "2026-03-12 22:41", """<p>本人兼职招生，人工智能训练师四级线上课，原价3k，现在1999带走，证书走正规认定流程。</p>
<p>ⅴ：xiaoyu_kaozheng（小写） 闲鱼店铺：小鱼考证铺</p>"""),
        ("吃瓜群众", "2026-03-13 07:15", "<p>兼职招生……懂的都懂</p>")])
    add(p, html, True, "I06", "小鱼老师", [
        ["wechat", "xiaoyu_kaozheng", "xiaoyu_kaozheng"],
        ["other", "小鱼考证铺", "闲鱼店铺：小鱼考证铺"],
    ], "independent casual resale post")

    # ============================================================ NON-OFFERS
    p = "/kkt/school/10388.html"
    html = kkt_school(p, "广州康源职业培训学校", "健康管理师 · 广州越秀", [
        ("所在地区", "广东省 广州市 越秀区"), ("电话", "020-8333 4521"), ("统一社会信用代码", USCC["HEALTH"])],
        """<div class="course-card"><h2>健康管理师（三级）周末班</h2><p class="price">¥3,200</p>
<p>职业编码4-14-02-02，结课参加职业技能等级认定。补贴咨询12333。</p></div>""")
    add(p, html, False, None, None, [], "another occupation's course (健康管理师) on the aggregator")

    def school_li(pth, frm, name, desc):
        return '<li class="school-item"><a href="%s"><img src="/static/kkt/s.jpg" alt="%s"></a><div><h3><a href="%s">%s</a></h3><p>%s</p></div></li>' % (
            rel(frm, pth), name, rel(frm, pth), name, desc)

    p = KKT_LIST1
    items = "\n".join([
        school_li("/kkt/school/10231.html", p, "京能职培（海淀校区）", "北京 · 人工智能训练师四级周末班 · ¥2980"),
        school_li("/kkt/school/10457.html", p, "沪上AI训练营", "上海 · 4级/3级晚班"),
        school_li("/kkt/school/10612.html", p, "羊城AI训练师考证中心", "广州 · 三级冲刺"),
        school_li("/kkt/school/10745.html", p, "蓉城智能职业技能培训学校", "成都 · 四级"),
        school_li("/kkt/school/10388.html", p, "广州康源职业培训学校", "广州 · 健康管理师（相关推荐）")])
    html = kkt(p, "人工智能训练师培训机构", """<h1>人工智能训练师培训机构大全 <small>共 8 家，第1页</small></h1>
<div class="filter">地区：全部 北京 上海 广东 四川 湖北 陕西 山东 海南 | 级别：全部 五级 四级 三级</div>
<ul class="school-list">%s</ul>
<div class="pager"><span class="cur">1</span> <a href="ai-xunlianshi-p2.html">2</a> <a href="ai-xunlianshi-p2.html">下一页</a></div>""" % items)
    add(p, html, False, None, None, [], "aggregator list page 1")

    p = KKT_LIST2
    items = "\n".join([
        school_li("/kkt/school/10533.html", p, "楚才职培（武汉光谷）", "武汉 · 线上班"),
        school_li("/kkt/school/10820.html", p, "长安数据标注学院", "西安 · 数据标注员/算法测试员"),
        school_li("/kkt/school/10966.html", p, "鲁班在线职业培训", "济南 · 线上"),
        school_li("/kkt/school/10899.html", p, "海口椰智培训", "海口 · 五级")])
    html = kkt(p, "人工智能训练师培训机构 第2页", """<h1>人工智能训练师培训机构大全 <small>第2页</small></h1>
<ul class="school-list">%s</ul>
<div class="pager"><a href="ai-xunlianshi.html">上一页</a> <a href="ai-xunlianshi.html">1</a> <span class="cur">2</span></div>""" % items)
    add(p, html, False, None, None, [], "aggregator list page 2")

    # baike
    def baike(path, title, body):
        h = lambda q: rel(path, q)
        return doc(title + "_百识百科", "", """<div class="bk-top"><a href="%s">百识百科</a> <form action="#"><input name="wd"><button>进入词条</button></form> <a href="%s">返回导航</a></div>
<div class="bk-main"><h1 class="lemma-title">%s</h1>
%s
<div class="bk-ref"><h3>参考资料</h3><ol><li>人社厅发〔2020〕17号 关于发布智能制造工程技术人员等职业信息的通知</li><li>人工智能训练师国家职业技能标准（2021年版）</li></ol></div>
<p class="bk-edit">词条统计：浏览 48,207 次 · 编辑 23 次 · 最近更新 2026-01-30</p></div>
<div class="bk-ft">© 2026 百识百科 baishibaike.com · 意见反馈：feedback@baishibaike.com · 本词条内容由网友共同编辑，仅供参考</div>""" % (
            h("/index.html"), h("/index.html"), title, body))

    p = "/baike/item/rengongzhineng-xunlianshi.html"
    html = baike(p, "人工智能训练师", """<div class="lemma-summary">人工智能训练师（AI Trainer），是指使用智能训练软件，在人工智能产品实际使用过程中进行数据库管理、算法参数设置、人机交互设计、性能测试跟踪及其他辅助作业的人员。职业编码4-04-05-05。</div>
<table class="basic-info"><tr><th>中文名</th><td>人工智能训练师</td><th>外文名</th><td>AI Trainer</td></tr><tr><th>职业编码</th><td>4-04-05-05</td><th>发布时间</th><td>2020年2月</td></tr><tr><th>工种</th><td>数据标注员、人工智能算法测试员</td><th>等级</th><td>五级至一级</td></tr></table>
<h2>职业等级</h2><p>本职业共设五个等级：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。</p>
<h2>证书</h2><p>属于职业技能等级证书，由经人力资源社会保障部门备案的评价机构颁发，可通过技能人才评价证书全国联网查询（zscx.osta.org.cn）核验，政策咨询可拨打12333。</p>
<h2>注意事项</h2><p>社会上存在“包过”“免考拿证”等违规宣传，人社部门已开展技术技能类“山寨证书”专项治理。</p>
<p>相关词条：<a href="shengchengshi-ai-xitong-yingyongyuan.html">生成式人工智能系统应用员</a></p>""")
    add(p, html, False, None, None, [], "encyclopedia entry about the occupation")

    p = "/baike/item/shengchengshi-ai-xitong-yingyongyuan.html"
    html = baike(p, "生成式人工智能系统应用员", """<div class="lemma-summary">生成式人工智能系统应用员，职业编码4-04-05-13，是与人工智能训练师（4-04-05-05）不同的新职业。</div>
<h2>区别</h2><p>部分培训广告将两者混为一谈，报名前应核对职业名称和编码。</p>
<p>相关词条：<a href="rengongzhineng-xunlianshi.html">人工智能训练师</a></p>""")
    add(p, html, False, None, None, [], "encyclopedia entry on a different occupation")

    # news
    p = "/edu/news/2025/1121-x-zhengshu.html"
    html = edu(p, "政策解读：1+X证书转由人社部门管理，已考证书还有效吗？", "news", "2025-11-21 11:00", "中教在线综合", """
<p>人社厅函〔2025〕154号明确，教育部将职业教育培训评价组织和X证书有关标准等移交人社部门，相关组织不得再新开展X证书工作。</p>
<p>已取得的X证书仍可通过原查询平台 vslc.ncb.edu.cn 查询。职业技能等级证书则可登录技能人才评价工作网（osta.org.cn）或拨打12333咨询。</p>
<p>业内提醒：2025年底以后仍以“1+X人工智能证书”名义招生的，要格外警惕。</p>""")
    add(p, html, False, None, None, [], "policy explainer")

    p = "/edu/news/2025/0930-shanzhai-jinggao.html"
    html = edu(p, "警惕！冒充“官网可查”的人工智能证书骗局又出新花样", "news", "2025-09-30 16:20", "中教在线记者 林舟", """
<p>近日，多名读者反映，在网上报名“人工智能训练师包过班”后，对方发来的证书查询网址 zgzsjy-cx.com 并非官方平台。有受害者称，对方客服电话 0571-8690 2243 在收款后即无法接通。</p>
<p>人社部门提醒，职业技能等级证书查询请认准技能人才评价证书全国联网查询（zscx.osta.org.cn），遇到虚假宣传可拨打12315投诉，咨询政策请拨12333，遭遇诈骗请拨打96110反诈专线。</p>
<p>根据《广告法》，教育培训广告不得作出“包过”“保过”等保证性承诺。</p>""")
    add(p, html, False, None, None, [], "warning news quoting a scam number and a fake query site")

    p = "/edu/news/2026/0125-shanghai.html"
    html = edu(p, "上海去年发放人工智能训练师证书1.09万本", "news", "2026-01-25 09:12", "新华社", """
<p>记者从上海市人社局获悉，2025年上海人工智能训练师职业技能等级认定1.63万人次，发证1.09万本，该职业已列入上海急需紧缺高技能人才职业（工种）目录。</p>
<p>一家培训机构介绍，其课程理论与实践比例约为三比七。人社部门提醒，可拨打12333了解补贴政策。</p>""")
    add(p, html, False, None, None, [], "news report")

    p = EDU_IDX
    lst = [("/edu/news/2026/0125-shanghai.html", "上海去年发放人工智能训练师证书1.09万本", ""),
           ("/edu/news/2025/1121-x-zhengshu.html", "政策解读：1+X证书转由人社部门管理", ""),
           ("/edu/news/2025/0930-shanzhai-jinggao.html", "警惕！冒充“官网可查”的人工智能证书骗局", ""),
           ("/edu/tuiguang/2026/0308-shencheng.html", "上海急需紧缺职业目录里的“人工智能训练师”，在职人员怎么报？", "推广"),
           ("/edu/tuiguang/2026/0217-hangshu.html", "杭州这家机构让“数据标注员”吃上技术饭", "推广"),
           ("/edu/tuiguang/2026/0112-rongcheng.html", "AI训练师成“新蓝领”", "推广"),
           ("/edu/tuiguang/2025/1126-pengcheng.html", "鹏城AI职业技能推出“AI训练师”周末实训营", "推广"),
           ("/edu/tuiguang/2026/0222-lushan.html", "长沙麓山智能培训中心春季班招生", "推广")]
    items = "\n".join('<li><a href="%s">%s</a> %s</li>' % (rel(p, a), t, ('<span class="ad-flag">%s</span>' % f) if f else "") for a, t, f in lst)
    html = edu(p, "职业教育资讯", "news", "2026-03-15", "中教在线", "<ul class=\"newslist\">%s</ul>" % items)
    add(p, html, False, None, None, [], "news portal channel list")

    # mini program index + help
    p = MP_IDX
    lst = [("/mp/pages/course/detail-61207.html", "智训AI学堂"), ("/mp/pages/course/detail-61355.html", "南粤数标学院"),
           ("/mp/pages/course/detail-61480.html", "之江AI训练师"), ("/mp/pages/course/detail-61592.html", "江城未来教育"),
           ("/mp/pages/course/detail-61733.html", "深训通"), ("/mp/pages/course/detail-61804.html", "鲁班在线"),
           ("/mp/pages/course/detail-61911.html", "金陵数标课堂")]
    items = "\n".join('<div class="mp-cell"><a href="%s"><img src="/static/mp/s.png" alt="%s"> %s · 人工智能训练师</a></div>' % (rel(p, a), t, t) for a, t in lst)
    html = doc("职培云 - 找课程", '<link rel="stylesheet" href="/static/mp/weui.css">', """<div class="mp-page" data-route="pages/index/index">
<div class="mp-navbar"><span class="mp-title">职培云</span><span class="capsule">··· ◎</span></div>
<div class="mp-search"><input placeholder="搜索课程"></div>
%s
<div class="mp-tabbar"><a href="../index.html">返回导航</a><a href="help.html">帮助</a></div>
<div class="mp-platform">平台客服微信：zpy_kefu</div>
<div class="mp-powered">技术支持：云雀小程序 yunque-app.com · 400-066-5577</div></div>""" % items)
    add(p, html, False, None, None, [], "mini-program platform home listing schools")

    p = MP_HELP
    html = doc("职培云 - 帮助中心", "", """<div class="mp-page" data-route="pages/help/index">
<div class="mp-navbar"><span class="mp-title">帮助中心</span></div>
<h2>常见问题</h2>
<dl><dt>如何联系机构？</dt><dd>在课程详情页点击“咨询”，或使用机构留下的联系方式。平台不代收学费以外的任何费用。</dd>
<dt>退款怎么办？</dt><dd>请先与机构协商；协商不成可联系平台客服微信 zpy_kefu，或拨打12315。</dd>
<dt>证书真伪</dt><dd>职业技能等级证书可在 zscx.osta.org.cn 查询。</dd></dl>
<div class="mp-tabbar"><a href="index.html">首页</a></div>
<div class="mp-powered">技术支持：云雀小程序 yunque-app.com · 400-066-5577</div></div>""")
    add(p, html, False, None, None, [], "platform help page")

    # Q&A non-offers
    p = "/wenda/q/20977.html"
    html = wenda(p, "交了4980报人工智能训练师“包过班”，现在老师联系不上了怎么办？",
                 "去年在网上报的，说三级直接拿证不用考，官网可查。交完钱给了个查询网址 zgzsjy-cx.com，查出来的证书有问题。客服电话0571-8690 2243打不通了，订单号13920250611，还能追回吗？", "维权中的阿明", [
                     {"user": "律师张某", "lv": "LV6", "date": "2025-10-12", "zan": 88,
                      "text": "<p>保存聊天记录和转账凭证，向当地市场监管部门投诉（12315），涉嫌诈骗的报警或拨打96110。正规证书只在 zscx.osta.org.cn 查。</p>"},
                     {"user": "同病相怜", "lv": "LV2", "date": "2025-10-13", "zan": 15,
                      "text": "<p>我也被骗了，对方还说是“人社部颁发”。</p>"}], 9312)
    add(p, html, False, None, None, [], "complaint thread quoting the scammer's number, fake site and an order number")

    p = "/wenda/q/21833.html"
    html = wenda(p, "人工智能训练师证书是国家职业资格证书吗？",
                 "", "好奇宝宝", [
                     {"user": "社保小百科", "lv": "LV6", "date": "2026-01-15", "zan": 120, "best": True,
                      "text": "<p>不是。2019年后该类证书是职业技能等级证书，由备案的评价机构颁发，人社部不直接颁发。查询：zscx.osta.org.cn；咨询：12333。</p>"}], 15023)
    add(p, html, False, None, None, [], "neutral Q&A explainer")

    p = WD_IDX
    lst = [("/wenda/q/20583.html", "在北京想考人工智能训练师，哪家机构靠谱？"), ("/wenda/q/21146.html", "人工智能训练师证在广州有补贴吗？"),
           ("/wenda/q/21408.html", "人工智能训炼师零基础能考吗？"), ("/wenda/q/21690.html", "西安有人工智能训练师培训吗？"),
           ("/wenda/q/22015.html", "AI训练师证书在深圳有用吗？"), ("/wenda/q/22307.html", "郑州哪里可以考AI训练师？"),
           ("/wenda/q/20977.html", "交了4980报“包过班”，老师联系不上了"), ("/wenda/q/21833.html", "人工智能训练师证书是国家职业资格证书吗？")]
    items = "\n".join('<li><a href="%s">%s</a></li>' % (rel(p, a), t) for a, t in lst)
    html = doc("职业技能 话题 - 知问网", "", """<header class="zw-hd"><a href="index.html" class="logo">知问网</a> <a href="../index.html">返回导航</a></header>
<div class="zw-wrap"><h1>职业技能 · 热门问题</h1><ul class="qlist">%s</ul></div>
<footer class="zw-ft">知问网 · 侵权投诉：help@zhiwenwang.com</footer>""" % items)
    add(p, html, False, None, None, [], "Q&A topic list")

    p = BBS_IDX
    lst = [("/bbs/thread-88123-1-1.html", "【群公告】沪上AI训练营 3月班 开始接龙"), ("/bbs/thread-88410-1-1.html", "成都 AI训练师 交流群 欢迎进群"),
           ("/bbs/thread-88577-1-1.html", "齐鲁AI考证 本月最后一期"), ("/bbs/thread-88702-1-1.html", "出个AI训练师课程名额，有意私")]
    items = "\n".join('<tr><th><a href="%s">%s</a></th><td>回复 %d</td></tr>' % (rel(p, a), t, 3 + i) for i, (a, t) in enumerate(lst))
    html = doc("考证交流 - 职场人论坛", "", """<div id="toptb">职场人论坛 · <a href="../index.html">网站导航</a></div>
<div id="pt">职场人论坛 › 考证交流</div>
<p class="bm">版规：禁止发布“包过”“免考拿证”广告，违者删帖封号。</p>
<table id="threadlisttableid">%s</table>
<div id="ft"><p>广告合作QQ：800036112</p><p>Powered by Discuz! X3.4</p></div>""" % items)
    add(p, html, False, None, None, [], "forum board list")

    p = "/jobs/ai-xunlianshi-bj-0412.html"
    html = doc("人工智能训练师（大模型数据方向）- 北京云帆数智科技有限公司 - 招聘", "", """<header class="job-hd"><a href="../index.html">返回导航</a> | 职位详情</header>
<div class="job"><h1>人工智能训练师（大模型数据方向）</h1><p class="salary">8-13K·13薪</p>
<p>北京·海淀 | 1-3年 | 大专</p>
<h3>职位描述</h3><ol><li>负责大模型SFT数据的编写、标注与质检；</li><li>参与模型评测，撰写评测报告；</li><li>有人工智能训练师证书者优先，无证书可入职后由公司安排培训，不收取任何费用。</li></ol>
<h3>公司信息</h3><p>北京云帆数智科技有限公司 · 统一社会信用代码 %s</p>
<p>简历投递：hr@yunfanshuzhi.com</p>
<p class="warn">求职提醒：用人单位以任何名义向求职者收取费用均属违法，如遇收费请拨12333举报。</p></div>""" % USCC["JOB"])
    add(p, html, False, None, None, [], "real job ad for the occupation (no course sold)")

    # index
    p = "/index.html"
    sec = [("职业技能培训机构（课课通）", [(KKT_LIST1, "人工智能训练师培训机构 第1页"), (KKT_LIST2, "第2页")]),
           ("百科", [("/baike/item/rengongzhineng-xunlianshi.html", "人工智能训练师"), ("/baike/item/shengchengshi-ai-xitong-yingyongyuan.html", "生成式人工智能系统应用员")]),
           ("教育资讯（中教在线）", [(EDU_IDX, "职业教育资讯")]),
           ("小程序（职培云）", [(MP_IDX, "找课程"), (MP_HELP, "帮助中心")]),
           ("问答（知问网）", [(WD_IDX, "职业技能话题")]),
           ("论坛（职场人论坛）", [(BBS_IDX, "考证交流")]),
           ("招聘", [("/jobs/ai-xunlianshi-bj-0412.html", "人工智能训练师（大模型数据方向）")]),
           ("机构官网", [("/sites/zhixunweilai/ai-trainer.html", "智训未来教育"), ("/sites/suizhi-edu/index.html", "广州穗智职业培训学校"),
                      ("/sites/zjshubiao/index.html", "之江数标"), ("/sites/jcwljy/kecheng.html", "武汉江城未来职业培训学校"),
                      ("/sites/qlzhisuan/index.html", "秦岭智算"), ("/sites/pcaiedu/ai.html", "南山数智学苑"),
                      ("/sites/hhszpx/index.html", "天津海河数智职业技能培训学校")])]
    blocks = "\n".join('<section class="nav-block"><h2>%s</h2><ul>%s</ul></section>' % (
        t, "".join('<li><a href="%s">%s</a></li>' % (rel(p, a), n) for a, n in links)) for t, links in sec)
    html = doc("人工智能训练师 信息导航", "", """<header><h1>人工智能训练师 · 网络信息导航</h1><p>收录培训机构、资讯、问答、论坛等公开页面</p></header>
%s
<footer><p>本导航仅收录公开网页，不代表推荐。</p></footer>""" % blocks)
    add(p, html, False, None, None, [], "entry page linking every section")


OPERATORS = {
    "U01": {"brands": ["智训未来教育", "京能职培", "智训AI学堂"],
            "ties": "own site-aggregator by mobile (spaced vs full-width); aggregator-Q&A by QQ (digits vs Chinese numerals); Q&A-mini by WeChat (case differs); mini-own site by email ((at) form)"},
    "U02": {"brands": ["申城数智技能培训中心", "沪上AI训练营"],
            "ties": "advertorial-aggregator by mobile; aggregator-forum notice by WeChat (薇：)"},
    "U03": {"brands": ["羊城AI训练师考证中心", "南粤数标学院", "穗智老师", "广州穗智职业培训学校"],
            "ties": "aggregator-Q&A by mobile (emoji-split); Q&A-mini by WeChat; mini-own site by email (圈/点 form)"},
    "U04": {"brands": ["之江数标职业技能培训", "杭数职培", "之江AI训练师"],
            "ties": "own site-advertorial only by the 400 number (capital Chinese numerals); advertorial-mini by mobile (+86 form)"},
    "U05": {"brands": ["蓉城智能职业技能培训学校", "天府AI训练师", "蓉城智能"],
            "ties": "aggregator-Q&A by mobile (spoken numerals); Q&A-forum by QQ; aggregator-advertorial by landline ((028) vs 028-)"},
    "U06": {"brands": ["江城未来教育", "楚才职培", "武汉江城未来职业培训学校"],
            "ties": "mini-aggregator by WeChat (V： vs vx:); aggregator-own site by QQ-mail address ([at] form)"},
    "U07": {"brands": ["长安数据标注学院", "秦岭智算"],
            "ties": "Q&A-own site by WeChat; own site-aggregator by mobile; Q&A-aggregator by QQ"},
    "U08": {"brands": ["鹏城AI职业技能", "深训通", "南山数智学苑"],
            "ties": "advertorial-mini by mobile; advertorial-own site by email ((at)/点 form); own site-Q&A by second mobile; mini-Q&A by video-account name"},
    "U09": {"brands": ["齐鲁AI考证", "鲁班在线职业培训", "鲁班在线"],
            "ties": "forum-aggregator by WeChat; aggregator-mini by mobile; forum-mini by QQ group"},
    "I01": {"brands": ["海口椰智培训"], "ties": "single offer page"},
    "I02": {"brands": ["金陵数标课堂"], "ties": "single offer page"},
    "I03": {"brands": ["中原智培"], "ties": "single offer page"},
    "I04": {"brands": ["长沙麓山智能培训中心"], "ties": "single offer page"},
    "I05": {"brands": ["天津海河数智职业技能培训学校"], "ties": "single offer page"},
    "I06": {"brands": ["小鱼老师"], "ties": "single offer page"},
}

# decoys: paths are filled in automatically from where the written forms occur
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline quoted by sellers, news and Q&A"),
    ("domain", "osta.org.cn", ["osta.org.cn"], "official certificate query site cited as '联网可查' by many sellers and by news"),
    ("phone", "4006158899", ["400-615-8899"], "aggregator 课课通's own customer-service line in header/footer of every school page"),
    ("email", "kefu@kktong.cn", ["kefu@kktong.cn"], "aggregator's complaint mailbox in every footer"),
    ("qq_group", "712093355", ["712093355"], "aggregator's national student QQ group in every footer"),
    ("wechat", "kktong_official", ["kktong_official"], "aggregator's official account in every footer"),
    ("phone", "+861082653170", ["010-82653170"], "news portal's advertising line, on advertorials and news alike"),
    ("email", "tougao@zjzx-news.com.cn", ["tougao@zjzx-news.com.cn"], "news portal's submissions mailbox in every footer"),
    ("phone", "4000665577", ["400-066-5577"], "mini-program builder's credit line on every mini-program page"),
    ("domain", "yunque-app.com", ["yunque-app.com"], "mini-program builder's domain credit"),
    ("wechat", "zpy_kefu", ["zpy_kefu"], "mini-program platform's customer-service WeChat on every page"),
    ("email", "help@zhiwenwang.com", ["help@zhiwenwang.com"], "Q&A site's complaint mailbox"),
    ("qq", "800036112", ["800036112"], "forum's advertising QQ in the footer"),
    ("domain", "fkw.com", ["fkw.com"], "site-builder credit on several unrelated schools' sites"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool credit and form action on two unrelated schools' sites"),
    ("phone", "+862037225168", ["020-3722 5168"], "assessment site's number quoted by a Guangzhou and a Shenzhen seller"),
    ("other", "S000044010012345001234", ["S000044010012345001234"], "stock certificate-sample number reused in image alt text by several sellers"),
    ("phone", "+8613800138000", ["13800138000"], "site-template placeholder phone left on two unrelated schools' sites"),
    ("email", "service@example.com", ["service@example.com"], "site-template placeholder email"),
    ("wechat", "lily_88223", ["lily_88223"], "a commenter's own WeChat posted under two different schools' answers"),
    ("phone", "95188", ["95188"], "Alipay customer service cited as payment guarantee by two sellers"),
    ("phone", "+8657186902243", ["0571-8690 2243"], "scammer's number quoted in warning news and a complaint thread, never on an offer"),
    ("domain", "zgzsjy-cx.com", ["zgzsjy-cx.com"], "fake query site quoted in warning news and a complaint thread"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("other", "15720250301", ["15720250301"], "aggregator course number shaped like a mobile number"),
    ("other", "13920250611", ["13920250611"], "buyer's order number shaped like a mobile number in a complaint"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform quoted in policy news"),
    ("domain", "hrss.gd.gov.cn", ["hrss.gd.gov.cn"], "Guangdong 人社 site quoted by a seller for subsidy policy"),
    ("other", "wx5f2a17c0e93d4b61", ["wx5f2a17c0e93d4b61"], "the mini-program platform's app id in the meta of every mini-program page"),
]


def main():
    build()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    PAGES.sort(key=lambda x: x[0])
    for path, html, _ in PAGES:
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, forms, note in DECOYS:
        paths = [path for path, html, _ in PAGES if any(fm in html for fm in forms)]
        decoys.append({"kind": kind, "value": value, "paths": paths, "note": note})
    truth = {
        "description": "operators-2026-12an: a mixed national web (training-school aggregator, encyclopedia, "
                       "education news portal with advertorials, mini-program course pages, Q&A site, forum, "
                       "schools' own sites, a job ad) about 人工智能训练师 certificate courses, labelled by the "
                       "business behind each offer page.",
        "pages": [e for _, _, e in PAGES],
        "operators": OPERATORS,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
