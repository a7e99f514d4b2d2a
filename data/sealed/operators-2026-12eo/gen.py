#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.

Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json.
"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(s8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(_orgval(ch) * w for ch, w in zip(s8, ws)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head2, div6, org8):
    body = head2 + div6 + org8 + org_check(org8)
    assert len(body) == 17 and all(ch in ALPH for ch in body), body
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(body, WTS)) % 31
    return body + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("91", "500103", "MA5U7K3D")   # 重庆智训职业技能培训有限公司
USCC_U04 = uscc("52", "370203", "MJD1204R")   # 青岛市市北区岛城数智职业培训学校 (民非)
USCC_U05 = uscc("91", "500112", "MA60QX2B")   # 重庆川渝职鉴服务中心有限公司 (91 = company)
USCC_I04 = uscc("12", "500000", "45038126")   # 重庆科技职业学院 (事业单位)
USCC_SHOP = uscc("91", "330106", "MA2H8T4P")  # 优课集市 platform operator

# ---------------------------------------------------------------- site frames
SITES = {}


def site(key, **kw):
    kw["key"] = key
    SITES[key] = kw


site("zhixun", name="智训教育·重庆智训职业技能培训有限公司", style="training company site",
     city="重庆")
site("forum", name="山城论坛", style="forum (Discuz-like threads)", city="重庆")
site("video", name="快看短视频", style="short-video pages", city="全国")
site("shop", name="优课集市", style="course marketplace / shop", city="全国")
site("blog", name="岛城博客·老周的职场笔记", style="personal blog", city="青岛")
site("college", name="重庆科技职业学院继续教育学院", style="college site", city="重庆")
site("news", name="青岛早报网", style="local news portal", city="青岛")
site("rsj", name="青岛市市北区人力资源和社会保障局", style="人社局 notice site", city="青岛")
site("fenlei", name="百姓分类网", style="classifieds", city="青岛/重庆")
site("wenda", name="问答圈", style="Q&A", city="全国")
site("wx", name="微文摘", style="WeChat-article reposts", city="全国")

PAGES = []


def page(path, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None,
         extra=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      crumb=crumb or title, extra=extra or {}))


def site_of(path):
    return path.strip("/").split("/")[0] if path.count("/") > 1 else None


def related(p, n=4):
    sk = site_of(p["path"])
    sibs = [q for q in PAGES if site_of(q["path"]) == sk and q["path"] != p["path"]
            and not q["path"].endswith("index.html")]
    i = [q["path"] for q in PAGES].index(p["path"])
    sibs.sort(key=lambda q: (([x["path"] for x in PAGES].index(q["path"]) - i) % 97))
    return "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in sibs[:n])


def head(title, css):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<style>%s</style>\n</head>\n' % (title, css))


def frame_zhixun(p):
    return head(p["title"] + " - 智训教育", "body{font-family:sans-serif;margin:0}.top{background:#0b4f9c;color:#fff;padding:8px 20px}.nav a{color:#fff;margin-right:18px}.wrap{display:flex}.main{flex:3;padding:20px}.side{flex:1;background:#f3f6fa;padding:20px}") + (
        '<body>\n<div class="top"><b>智训教育</b> 重庆智训职业技能培训有限公司 '
        '<span class="nav"><a href="/zhixun/index.html">首页</a><a href="/zhixun/course-l4.html">课程中心</a>'
        '<a href="/zhixun/index.html#about">关于我们</a><a href="/zhixun/index.html#contact">联系我们</a></span></div>\n'
        '<div class="crumb">当前位置：<a href="/zhixun/index.html">首页</a> &gt; %s</div>\n'
        '<div class="wrap"><div class="main">\n%s\n</div>\n<div class="side"><h4>热门课程</h4><ul>%s</ul>'
        '<h4>在线咨询</h4><p>工作日 9:00-18:00</p></div></div>\n'
        '<div class="footer" id="contact"><p>重庆智训职业技能培训有限公司 版权所有 | 地址：重庆市渝中区大坪正街118号大坪时代天街B座17楼</p>'
        '<p>招生热线：023-63158827 | 网址：www.cqzhixun.cn | 渝ICP备2021008812号-1</p></div>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p))


def frame_forum(p):
    return head(p["title"] + " - 职场教育 - 山城论坛", "body{font:14px/1.6 Tahoma,'Microsoft YaHei';background:#e9eef2}.hd{background:#2b7acd;color:#fff;padding:6px}.hd a{color:#fff;margin:0 8px}.post{background:#fff;border:1px solid #cdd;margin:8px 0;padding:10px}.author{color:#369;font-weight:bold}") + (
        '<body>\n<div class="hd"><b>山城论坛</b> bbs.shanchengluntan.com '
        '<a href="/forum/index.html">论坛首页</a><a href="/forum/index.html">职场教育</a><a href="/forum/index.html">重庆同城</a>'
        '<a href="/forum/index.html">二手闲置</a><a href="/forum/index.html">求职招聘</a> | <a href="/index.html">导航</a></div>\n'
        '<div class="crumb"><a href="/forum/index.html">山城论坛</a> › <a href="/forum/index.html">职场教育</a> › 技能培训 › %s</div>\n'
        '<div id="postlist">\n%s\n</div>\n'
        '<div class="side"><h4>本版版规</h4><p>禁止发布办证、代考、包过类信息，违者封号。广告请联系站务。</p>'
        '<h4>相关帖子</h4><ul>%s</ul></div>\n'
        '<div class="ft"><p>山城论坛 · 重庆人自己的论坛 | 站务客服电话：023-6888 2100 | 站务QQ群：512347789 | '
        '<a href="/forum/index.html">联系我们</a></p><p>渝ICP备17004521号 | Powered by Discuz! X3.4</p></div>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p, 5))


def frame_video(p):
    return head(p["title"] + " - 快看短视频", "body{background:#111;color:#eee;font-family:sans-serif}.player{width:360px;height:640px;background:#000;display:flex;align-items:center;justify-content:center}.desc{max-width:520px}.cmt{border-top:1px solid #333;padding:4px 0}") + (
        '<body>\n<header><b>快看</b> <a href="/video/index.html">推荐</a> <a href="/video/index.html">关注</a> '
        '<a href="/video/index.html">同城</a> <a href="/video/index.html">学习</a> <input placeholder="搜索 人工智能训练师"></header>\n'
        '<nav class="crumb"><a href="/video/index.html">快看</a> / 学习 / 职业技能 / %s</nav>\n'
        '<main>\n%s\n</main>\n<aside><h4>相关推荐</h4><ul>%s</ul></aside>\n'
        '<footer><p>快看短视频 www.kuaikanvideo.com | 违法和不良信息举报邮箱：jubao@kuaikanvideo.com | '
        '京ICP备19033108号-3 | 网络文化经营许可证 京网文〔2020〕1175-203号</p>'
        '<p>温馨提示：视频内容由创作者发布，涉及课程购买请谨慎甄别。</p></footer>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p))


def frame_shop(p):
    return head(p["title"] + " - 优课集市", "body{font-family:'PingFang SC',sans-serif;margin:0}.bar{background:#ff5000;color:#fff;padding:6px 16px}.bar a{color:#fff;margin-right:12px}.price{color:#ff5000;font-size:24px}.coupon{background:#fff2e8;padding:4px}") + (
        '<body>\n<div class="bar"><b>优课集市</b> <a href="/shop/index.html">首页</a><a href="/shop/index.html">职业技能</a>'
        '<a href="/shop/index.html">考证专区</a><a href="/shop/index.html">IT互联网</a><a href="/shop/index.html">我的订单</a></div>\n'
        '<div class="coupon">双十二平台券：复制口令 4008123950 到搜索框，满299减30</div>\n'
        '<div class="crumb"><a href="/shop/index.html">首页</a> &gt; <a href="/shop/index.html">考证专区</a> &gt; %s</div>\n'
        '<div class="item">\n%s\n</div>\n<div class="side"><h4>看了又看</h4><ul>%s</ul></div>\n'
        '<div class="footer"><p>平台客服热线：400-900-6655（9:00-21:00） | 支付宝客服 95188 | 付款请认准平台担保交易，勿私下转账</p>'
        '<p>杭州优课集市网络科技有限公司 营业执照：%s | 浙ICP备20011873号 | www.youkejishi.com</p></div>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p), USCC_SHOP)


def frame_blog(p):
    return head(p["title"] + " | 老周的职场笔记", "body{max-width:860px;margin:auto;font-family:Georgia,serif}.post{line-height:1.9}.widget{border:1px dashed #ccc;padding:8px;margin:8px 0}") + (
        '<body>\n<header><h1><a href="/blog/index.html">老周的职场笔记</a></h1><p>一个青岛HR的碎碎念</p>'
        '<nav><a href="/blog/index.html">首页</a> · <a href="/blog/index.html">考证</a> · <a href="/blog/index.html">求职</a> · <a href="/blog/index.html">关于</a></nav></header>\n'
        '<div class="crumb">首页 » 考证 » %s</div>\n<article class="post">\n%s\n</article>\n'
        '<aside class="widget"><h4>近期文章</h4><ul>%s</ul><h4>标签</h4><p>人工智能训练师 技能补贴 数据标注 青岛</p></aside>\n'
        '<footer><p>本博客托管于 岛城博客 blog.daochengblog.com | 平台客服：service@daochengblog.com | 鲁ICP备18027716号</p></footer>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p))


def frame_college(p):
    return head(p["title"] + "-重庆科技职业学院继续教育学院", "body{font-family:SimSun,serif;background:#f5f5f5}.banner{background:#8b0000;color:#fff;padding:14px}.content{background:#fff;padding:20px}") + (
        '<body>\n<div class="banner"><h2>重庆科技职业学院 继续教育学院</h2></div>\n'
        '<div class="menu"><a href="/college/index.html">学院首页</a> | <a href="/college/index.html">通知公告</a> | '
        '<a href="/college/index.html">社会培训</a> | <a href="/college/index.html">技能等级认定</a> | <a href="/college/index.html">联系我们</a></div>\n'
        '<div class="crumb">您现在的位置：<a href="/college/index.html">首页</a> &gt;&gt; 通知公告 &gt;&gt; %s</div>\n'
        '<div class="content">\n%s\n</div>\n<div class="side"><h4>相关链接</h4><ul>%s'
        '<li><a href="/index.html">网站导航</a></li></ul><p>重庆市人力资源和社会保障局 rlsbj.cq.gov.cn</p></div>\n'
        '<div class="footer"><p>版权所有：重庆科技职业学院继续教育学院 地址：重庆市沙坪坝区大学城东路20号 学院总机：023-65870001</p>'
        '<p>jxjy.cqkjzy.edu.cn 渝ICP备05003321号-2</p></div>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p))


def frame_news(p):
    return head(p["title"] + "_青岛早报网", "body{font-family:'Microsoft YaHei'}.channel a{margin-right:10px}.article{max-width:720px}.src{color:#888}") + (
        '<body>\n<div class="channel"><b>青岛早报网</b> <a href="/news/index.html">首页</a><a href="/news/index.html">岛城</a>'
        '<a href="/news/index.html">民生</a><a href="/news/index.html">教育</a><a href="/news/index.html">财经</a><a href="/news/index.html">推广</a></div>\n'
        '<div class="crumb"><a href="/news/index.html">青岛早报网</a> &gt; 民生 &gt; 正文</div>\n'
        '<div class="article">\n%s\n</div>\n<div class="rel"><h4>相关新闻</h4><ul>%s</ul></div>\n'
        '<div class="footer"><p>新闻热线：0532-8288 0000 | 违法和不良信息举报：jubao@qdzaobao.com.cn</p>'
        '<p>青岛早报网 www.qdzaobao.com.cn 版权所有 鲁ICP备09012206号</p></div>\n</body>\n</html>\n'
    ) % (p["body"], related(p))


def frame_rsj(p):
    return head(p["title"], "body{font-family:SimSun;background:#eef3f8}.gov{background:#c00;color:#fff;padding:10px}.doc{background:#fff;padding:24px}") + (
        '<body>\n<div class="gov"><h2>青岛市市北区人力资源和社会保障局</h2></div>\n'
        '<div class="menu"><a href="/rsj/index.html">首页</a> | <a href="/rsj/index.html">政务公开</a> | <a href="/rsj/index.html">通知公告</a> | '
        '<a href="/rsj/index.html">就业创业</a> | <a href="/rsj/index.html">职业能力建设</a> | <a href="/rsj/index.html">互动交流</a></div>\n'
        '<div class="crumb">当前位置：<a href="/rsj/index.html">首页</a> &gt; 通知公告 &gt; %s</div>\n'
        '<div class="doc">\n%s\n</div>\n<div class="side"><h4>相关文件</h4><ul>%s</ul></div>\n'
        '<div class="footer"><p>主办单位：青岛市市北区人力资源和社会保障局 | 人社服务热线：12333 | 网站标识码：3702030011</p>'
        '<p>鲁ICP备05042161号 | 鲁公网安备37020302000419号</p></div>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p))


def frame_fenlei(p):
    return head(p["title"] + " - 百姓分类网", "body{font-family:sans-serif}.hd{background:#3c9;padding:6px}.info td{padding:2px 8px}") + (
        '<body>\n<div class="hd"><b>百姓分类网</b> [切换城市：青岛 重庆] <a href="/fenlei/index.html">首页</a> '
        '<a href="/fenlei/index.html">教育培训</a> <a href="/fenlei/index.html">招聘</a> <a href="/fenlei/index.html">二手</a> <a href="/fenlei/index.html">免费发布</a></div>\n'
        '<div class="crumb"><a href="/fenlei/index.html">百姓分类网</a> &gt; 教育培训 &gt; 职业技能培训 &gt; %s</div>\n'
        '<div class="detail">\n%s\n</div>\n'
        '<div class="tip">【安全提示】凡是要求预付“保证金”“办证费”的都可能是骗子，交易前请核实对方资质。</div>\n'
        '<div class="side"><h4>同类信息</h4><ul>%s</ul></div>\n'
        '<div class="footer"><p>百姓分类网 baixingfenlei.com | 客服QQ：800012580 | 客服邮箱：kf@baixingfenlei.com | 沪ICP备13027612号</p></div>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p))


def frame_wenda(p):
    return head(p["title"] + " - 问答圈", "body{font-family:sans-serif;max-width:900px;margin:auto}.q{font-size:20px}.ans{border-bottom:1px solid #eee;padding:10px 0}.who{color:#175199}") + (
        '<body>\n<header><b>问答圈</b> <a href="/wenda/index.html">首页</a> <a href="/wenda/index.html">话题</a> '
        '<a href="/wenda/index.html">职业考证</a> <a href="/wenda/index.html">提问</a></header>\n'
        '<div class="crumb"><a href="/wenda/index.html">问答圈</a> › 职业考证 › 人工智能训练师</div>\n'
        '<main>\n%s\n</main>\n<aside><h4>相关问题</h4><ul>%s</ul></aside>\n'
        '<footer><p>问答圈 www.wendaquan.com | 侵权及违规内容举报：report@wendaquan.com | 京ICP备16058213号</p>'
        '<p>回答仅代表答主个人观点，不构成任何建议。</p></footer>\n</body>\n</html>\n'
    ) % (p["body"], related(p))


def frame_wx(p):
    return head(p["title"] + " - 微文摘", "body{max-width:680px;margin:auto;font-family:-apple-system,sans-serif}.meta{color:#999}.qr{border:1px solid #ddd;padding:6px}") + (
        '<body>\n<header><b>微文摘</b> — 精选公众号文章 <a href="/wx/index.html">首页</a> <a href="/wx/index.html">教育</a> '
        '<a href="/wx/index.html">职场</a> <a href="/wx/index.html">科技</a></header>\n'
        '<div class="crumb"><a href="/wx/index.html">微文摘</a> / 职场 / %s</div>\n'
        '<article>\n%s\n</article>\n<p class="meta">本文转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p>\n'
        '<aside><h4>相关文章</h4><ul>%s</ul></aside>\n'
        '<footer><p>微文摘 www.wxwenzhai.cn | 投稿与删稿：tougao@wxwenzhai.cn | 粤ICP备19160442号</p></footer>\n</body>\n</html>\n'
    ) % (p["crumb"], p["body"], related(p))


FRAMES = {k: globals()["frame_" + k] for k in SITES}


def comments(items):
    return '<div class="comments"><h4>评论（%d）</h4>%s</div>' % (len(items), "".join(
        '<div class="cmt"><b>%s</b>：%s</div>' % (u, t) for u, t in items))


def post(author, when, text, floor):
    return ('<div class="post"><div class="author">%s</div><div class="time">发表于 %s  %s</div>'
            '<div class="msg">%s</div></div>') % (author, when, floor, text)


# ================================================================ PAGES
# ---------------------------------------------------------------- zhixun (U01 own site)
page("/zhixun/index.html", "人工智能训练师职业技能等级认定培训招生",
     """<h1>2025年冬季班 人工智能训练师（4-04-05-05）培训招生</h1>
<p>智训教育（重庆智训职业技能培训有限公司）是经区人社部门备案的民办职业培训机构，开设人工智能训练师五级/四级培训课程，
培训结束后由备案的第三方评价机构组织理论考试与操作技能考核，合格者取得职业技能等级证书。</p>
<h3 id="about">报考条件</h3>
<ul><li>五级（初级工）：累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满；</li>
<li>四级（中级工）：取得五级证书后累计从事本职业4年以上等，详见国家职业技能标准（2021年版）。</li></ul>
<p>证书可登录“技能人才评价证书全国联网查询”（zscx.osta.org.cn）查询。证书编号样式：S000050012345253000126（仅示例）。</p>
<h3>学费</h3><p>五级 1680元，四级 2280元（含教材、上机实训）；符合条件的参保职工可按规定申领失业保险技能提升补贴，详询12333。</p>
<h3>联系方式</h3><p>报名电话：023-63158827 / 158 2341 7706（李老师）<br>邮箱：zhaosheng@cqzhixun.cn<br>
统一社会信用代码：%s</p>""" % USCC_U01,
     offer=True, op="U01", provider="智训教育",
     ids=[("phone", "02363158827", "023-63158827"), ("phone", "+8615823417706", "158 2341 7706"),
          ("email", "zhaosheng@cqzhixun.cn", "zhaosheng@cqzhixun.cn"), ("uscc", USCC_U01, USCC_U01),
          ("domain", "cqzhixun.cn", "www.cqzhixun.cn"), ("other", "渝ICP备2021008812号-1", "渝ICP备2021008812号-1")],
     note="training company homepage inviting enrolment (honest wording)", crumb="首页")

page("/zhixun/course-l4.html", "人工智能训练师（四级/中级工）周末班",
     """<h1>人工智能训练师（四级/中级工）周末班</h1>
<p>课程模块：数据采集和处理、数据标注、智能系统运维、基本要求，共50课时，理论+上机操作。</p>
<p>开课时间：每月第二个周六；上课地点：渝中区大坪时代天街B座17楼实训室。</p>
<p>说明：培训不等于发证，考核由备案评价机构组织，理论和技能均需达到60分。本机构不作“包过”承诺。</p>
<p>报名咨询：（023）6315 8827，或添加招生老师微信 zhixun_cq 获取课表。</p>
<p>官网：www.cqzhixun.cn</p>""",
     offer=True, op="U01", provider="重庆智训职业技能培训有限公司",
     ids=[("phone", "02363158827", "（023）6315 8827"), ("wechat", "zhixun_cq", "zhixun_cq"),
          ("domain", "cqzhixun.cn", "www.cqzhixun.cn")],
     note="course page of U01 (level 4 weekend class)")

# ---------------------------------------------------------------- forum (重庆)
page("/forum/thread-101.html", "【渝职培训】人工智能训练师三级 零基础 包拿证 名额不多了",
     post("渝职培训_小陈", "2025-11-03 10:21", """人工智能训练师三级（高级工）火热报名中！<br>
✔ 零基础可报 ✔ 不限学历不限经验 ✔ 人社部颁发 全国通用 ✔ 考不过全额退<br>
本批次认定批次号：13520251128，考点在大学城重庆科技职业学院实训楼（前台 023-6587 0000）。<br>
学费3980，三级+四级一起报只要5280！<br>
咨询电话 177-2308-5561  扣扣：2837465911""", "楼主") +
     post("等风来", "2025-11-03 12:40", "三级零基础能考？不是要四级证加年限吗", "2#") +
     post("渝职培训_小陈", "2025-11-03 12:58", "特殊通道，交了钱都能安排，私聊", "3#") +
     post("求资料的阿杰", "2025-11-04 09:02", "求一份题库，好心人发我qq 845120339 谢谢", "4#"),
     offer=True, op="U02", provider="渝职培训",
     ids=[("phone", "+8617723085561", "177-2308-5561"), ("qq", "2837465911", "2837465911")],
     note="forum ad post: level 3 to beginners, 人社部颁发, 包拿证 (dishonest)")

page("/forum/thread-102.html", "人工智能训练师国家职业资格证书 一次考三个等级 职鉴通报名处",
     post("职鉴通老师", "2025-11-06 15:12", """【川渝职鉴服务中心】人工智能训练师国家职业资格证书报名<br>
五级、四级、三级可同时报考，一次考试拿三本证，人社部颁发，国家认可，官网可查。<br>
统一考点：重庆科技职业学院实训楼，前台电话023-65870000，本期批次号13520251128。<br>
全国统一报名热线：400-6680-315<br>手机：19923618804（同微信）""", "楼主") +
     post("山城小王", "2025-11-06 18:30", "一次考三个等级？这不合规吧", "2#") +
     post("求资料的阿杰", "2025-11-07 08:11", "楼主能发资料吗 qq 845120339", "3#"),
     offer=True, op="U05", provider="川渝职鉴服务中心",
     ids=[("phone", "4006680315", "400-6680-315"), ("phone", "+8619923618804", "19923618804")],
     note="forum ad: three levels at once, calls it 国家职业资格证书 (dishonest)")

page("/forum/thread-103.html", "退休讲师带数据标注实操小班，准备考人工智能训练师五级的来",
     post("老冉讲数据", "2025-11-08 20:05", """本人做了十几年数据处理，现退休在家，周末在观音桥带小班（6人）数据标注实操，
帮准备考人工智能训练师五级的朋友把操作练熟。只讲课不办证，认定请自己找备案机构报名。<br>
每人600元/8次课，有意者打电话：一三八九六零四一二五八（冉老师），短信也行。""", "楼主") +
     post("yoyo", "2025-11-09 09:10", "支持，实在人", "2#"),
     offer=True, op="I01", provider="老冉讲数据",
     ids=[("phone", "+8613896041258", "一三八九六零四一二五八")],
     note="independent tutor offering practice class, number written in Chinese digits")

page("/forum/thread-104.html", "分享一下报人工智能训练师五级的经历（附机构电话）",
     post("橙子味的夏天", "2025-11-10 22:41", """上个月在渝中一家机构报了五级，老师挺负责，会先问你有没有满一年相关工作。
考试分理论和实操，都是60分及格。不是那种包过的，大家放心。<br>
我是跟李老师报的：158-2341-7706（电话微信同号），他们官网是 cqzhixun点cn，可以自己去看。""", "楼主") +
     post("智训教育李老师", "2025-11-11 09:15", "感谢分享！12月班还有名额，可以直接打电话咨询。", "2#"),
     offer=True, op="U01", provider="智训教育",
     ids=[("phone", "+8615823417706", "158-2341-7706"), ("domain", "cqzhixun.cn", "cqzhixun点cn")],
     note="testimonial-style forum post that is a soft ad for U01")

page("/forum/thread-105.html", "曝光！交了3980报人工智能训练师，说好的证一直不给，电话拉黑",
     post("被坑的大刘", "2025-11-15 23:02", """九月在网上看到人工智能训练师“包过”广告，对方说人社部颁发，交了3980。
到现在两个月了，证书没有，所谓的“官网可查”网址打不开，打他电话 176 0832 5519 已经拉黑了。<br>
已经打了12315投诉，也去派出所报了案。大家千万别信零基础包过！""", "楼主") +
     post("版主-山城", "2025-11-16 09:00", "已加精。证书真伪请到 zscx.osta.org.cn 查询，或拨打12333咨询。", "2#") +
     post("维权的老王", "2025-11-16 13:22", "我也被同一个号骗了，拉了个维权群，加我微信 cqlaowang1988 一起", "3#"),
     crumb="曝光帖", note="complaint thread (non-offer): scam number, 12315, reader WeChat")

page("/forum/thread-106.html", "青岛那边的启航AI教育靠谱吗？他们说证书全国联网可查",
     post("路人甲乙丙", "2025-11-18 11:30", "看到一个启航AI教育在推人工智能训练师，说15天拿证，有人了解吗？", "楼主") +
     post("启航学堂-客服", "2025-11-18 11:52", """您好，我们是启航学堂，三级零基础15天拿证，全国联网可查，
查询网站 www.jnzs-cx.com 输入身份证号就能查到。学员交流群：738291046（Q群），进群领资料。""", "2#") +
     post("路人甲乙丙", "2025-11-18 12:10", "这查询网站不是osta的啊……", "3#"),
     offer=True, op="U03", provider="启航学堂",
     ids=[("domain", "jnzs-cx.com", "www.jnzs-cx.com"), ("qq_group", "738291046", "738291046")],
     note="seller replies in a question thread; own fake query domain (dishonest)")

# ---------------------------------------------------------------- video
def vpage(path, title, author, fans, text, cmts, **kw):
    body = ('<div class="player">▶ 视频 %s</div><div class="author-card">@%s · 粉丝 %s · <button>关注</button></div>'
            '<h1>%s</h1><div class="desc">%s</div>%s') % (path.split("-")[-1][:4], author, fans, title, text, comments(cmts))
    page(path, title, body, **kw)


vpage("/video/v-2001.html", "零基础15天拿人工智能训练师三级证！月入过万不是梦", "启航AI教育-王老师", "3.2万",
      """文案：90%的小白都能学会！不用学历不用经验，15天拿三级证，全国联网可查，拿证就能升职加薪💰<br>
原价9999，今天直播间限时1980，交费包过！<br>想了解的私信或者加V：qh_aixunlian 备注“训练师”""",
      [("用户8812", "真的假的"), ("启航AI教育-王老师", "真的，已经帮3000+学员拿证"), ("青岛小鱼", "三级不是要四级证吗")],
      offer=True, op="U03", provider="启航AI教育",
      ids=[("wechat", "qh_aixunlian", "qh_aixunlian")], note="short-video ad: 零基础 三级 包过 (dishonest)")

vpage("/video/v-2002.html", "人工智能训练师到底考什么？岛城数智带你看五级实操考场", "数智职培", "1.1万",
      """文案：很多人问人工智能训练师考什么。五级主要是数据采集、数据标注，理论+实操都要60分。<br>
报考需要相关工作满一年。我们是青岛市市北区的民办培训学校，培训课时60学时。<br>报名电话：135 8920 1746""",
      [("阿亮", "讲得实在"), ("海边的风", "市南区的能报吗"), ("数智职培", "可以的，全市都能报")],
      offer=True, op="U04", provider="数智职培",
      ids=[("phone", "+8613589201746", "135 8920 1746")], note="short-video: honest school in 青岛")

vpage("/video/v-2003.html", "在职宝妈拿下人工智能训练师四级，补贴到账了！", "李老师AI证书工作室", "8672",
      """文案：学员张姐，在电商公司做了五年客服标注，报了四级，补贴到账1500！<br>
注意：补贴要交满一年失业保险才有哦，二级一级没有这个补贴。<br>想咨询的加vx：lilaoshi_ai""",
      [("张姐本人", "谢谢李老师"), ("路过", "这种补贴在哪申请")],
      offer=True, op="U06", provider="李老师AI证书工作室",
      ids=[("wechat", "lilaoshi_ai", "lilaoshi_ai")], note="short-video testimonial ad (mostly accurate subsidy info)")

vpage("/video/v-2004.html", "拿了人工智能训练师三级，直接对应助理工程师职称", "巴渝匠心职培", "2.4万",
      """文案：职业技能等级证书直接对应职称证书！三级+2年=助理工程师，评职称、落户积分都用得上。<br>
重庆本地面授，晚班周末班都有。微信：jiangxin_023""",
      [("用户2231", "直接对应？我们单位说还要评审"), ("巴渝匠心职培", "详细政策私信")],
      offer=True, op="U08", provider="巴渝匠心职培",
      ids=[("wechat", "jiangxin_023", "jiangxin_023")], note="short-video: overclaims 职称 equivalence")

vpage("/video/v-2005.html", "数据标注小工作室招学员，边学边接单", "码上标注", "5120",
      """文案：我们是青岛一家小的标注工作室，带新人学拉框、语义分割，学完可以考人工智能训练师五级（自己报名）。<br>
学费980，学完推荐兼职单。加微信 mashang_biaozhu 看课表。""",
      [("打工人", "兼职单稳定吗"), ("码上标注", "看项目，不保证")],
      offer=True, op="I02", provider="码上标注",
      ids=[("wechat", "mashang_biaozhu", "mashang_biaozhu")], note="independent labeling studio course")

vpage("/video/v-2006.html", "重庆人工智能训练师拿证攻略，人社部颁发的证才有用", "渝才教育", "6.8万",
      """文案：人工智能训练师证书由人社部颁发，国家认可，全国通用！渝才教育重庆报名点，考不过全额退。<br>
报名热线：177 2308 5561  微信：yuzhi-ai88<br>
评论区有人问真假，证书编号样式 S000050012345253000126，到官网查。""",
      [("用户5567", "人社部不发证吧"), ("渝才教育", "我们合作的就是人社部"),
       ("小心", "之前17608325519也是这么说的，结果跑路了")],
      offer=True, op="U02", provider="渝才教育",
      ids=[("phone", "+8617723085561", "177 2308 5561"), ("wechat", "yuzhi-ai88", "yuzhi-ai88")],
      note="short-video ad: 人社部颁发, 全额退 (dishonest)")

# ---------------------------------------------------------------- shop
def item(path, title, store, price, detail, reviews, **kw):
    body = ('<h1>%s</h1><div class="price">¥%s</div><div class="store">店铺：%s <span>已缴保证金</span></div>'
            '<h3>宝贝详情</h3><div class="detail">%s</div><h3>累计评价</h3>%s') % (
        title, price, store, detail, comments(reviews))
    page(path, title, body, **kw)


item("/shop/item-301.html", "人工智能训练师三级高级工 报名+培训+考试 全程托管", "山城AI训练营", "3980",
     """零基础托管拿证，人社部颁发，全国联网可查。<br>下单后请添加客服微信：yuzhi-ai88，或QQ 2837465911 发送身份证照片。<br>
拍下即安排本期批次，预计45天出证。""",
     [("t***9", "客服回复很快"), ("匿名", "还没拿到证，等着")],
     offer=True, op="U02", provider="山城AI训练营",
     ids=[("wechat", "yuzhi-ai88", "yuzhi-ai88"), ("qq", "2837465911", "2837465911")],
     note="shop listing: 托管拿证, 人社部颁发 (dishonest)")

item("/shop/item-302.html", "【15天拿证】人工智能训练师三级 零基础 包过班", "青岛启航AI教育", "1980",
     """不用学历，不用经验，交费包过，不过退款。<br>下单后联系班主任：185-6192-7340（微信：qh_aixunlian）。<br>
证书全国联网可查，拿证就能升职加薪。""",
     [("q***1", "班主任态度好"), ("匿名", "说好的退款一直拖")],
     offer=True, op="U03", provider="青岛启航AI教育",
     ids=[("phone", "+8618561927340", "185-6192-7340"), ("wechat", "qh_aixunlian", "qh_aixunlian")],
     note="shop listing: 包过 (dishonest)")

item("/shop/item-303.html", "AI训练师速成营 原价9999限时99 AIGC+人工智能训练师双证", "华智未来官方店", "99",
     """AIGC技术应用证书+人工智能训练师证书，双证齐发，人社部颁发！40课时录播，随到随学。<br>
售后请拨打400-0521-776，或加企业微信 hzwl_kf 领取学习资料。""",
     [("a***n", "99块挺值"), ("匿名", "后面要补2980考试费才发证，坑")],
     offer=True, op="U07", provider="华智未来官方店",
     ids=[("phone", "4000521776", "400-0521-776"), ("wechat", "hzwl_kf", "hzwl_kf")],
     note="shop listing: 99 bait then upsell, 双证 (dishonest)")

item("/shop/item-304.html", "人工智能训练师证 挂靠年入3万 青岛落户积分加分", "蓝海智训", "4680",
     """拿证后可挂靠企业，年收益2-3万；青岛落户、积分都能加分。包拿证，不成功全退。<br>
对公转账收款户名：青岛蓝海企业管理咨询有限公司（财付通担保）<br>售后QQ：3094417726<br>
（模板）联系电话：13800138000 微信：your_wechat""",
     [("l***8", "咨询了说能挂靠"), ("匿名", "不建议私下转账")],
     offer=True, op="U09", provider="蓝海智训",
     ids=[("other", "青岛蓝海企业管理咨询有限公司", "青岛蓝海企业管理咨询有限公司"), ("qq", "3094417726", "3094417726")],
     note="shop listing: 挂靠 income lure, template placeholders left in (dishonest)")

item("/shop/item-305.html", "人工智能训练师 国家职业资格证书 五四三级同报 优惠套餐", "职鉴通官方旗舰店", "6680",
     """五级+四级+三级三证同报立减1200！国家职业资格证书，人社部颁发，官网可查。<br>
全国服务热线 4006-680-315，报名顾问微信 zhijiantong01。""",
     [("z***2", "三证一起拿划算"), ("匿名", "这不是职业资格证吧")],
     offer=True, op="U05", provider="职鉴通官方旗舰店",
     ids=[("phone", "4006680315", "4006-680-315"), ("wechat", "zhijiantong01", "zhijiantong01")],
     note="shop listing: three-level bundle, 国家职业资格证书 (dishonest)")

# ---------------------------------------------------------------- blog (青岛)
page("/blog/post-1.html", "HR视角：人工智能训练师证怎么辨真假（附查询方法）",
     """<h1>HR视角：人工智能训练师证怎么辨真假（附查询方法）</h1><p>发布于 2025-10-28 · 老周</p>
<p>最近面试的候选人里，简历上写“人工智能训练师三级”的越来越多。作为HR，我一般这么核：</p>
<ol><li>它是职业技能等级证书，不是国家职业资格证书，由备案的评价机构发证，不是人社部发。</li>
<li>编号22位，一个大写字母加21位数字，例如规则里给的 Y000123XXXXXX195000001。</li>
<li>到 zscx.osta.org.cn 或 jndj.osta.org.cn 查询；查不到的一律存疑。</li>
<li>拿不准就打12333问。</li></ol>
<p>那些“零基础三级”“三个等级一起考”的，基本可以不看了。</p>""",
     note="blog guide (non-offer): how to verify certificates")

page("/blog/post-2.html", "我朋友在青岛报的人工智能训练师四级，顺便说说补贴",
     """<h1>我朋友在青岛报的人工智能训练师四级，顺便说说补贴</h1><p>发布于 2025-11-05 · 老周</p>
<p>朋友在电商公司做了好几年标注，今年报了四级，找的是李老师的工作室（青岛智学堂），前后一个半月。</p>
<p>补贴方面：参保满一年、四级最高1500元，三级2000元，二级一级没有国家这项补贴，别被“补贴后免费”忽悠。</p>
<p>李老师那边说可以先填个报名意向表：https://jinshuju.net/f/Qd7LzA ，想问的可以加他微信 lilaoshi_ai 或者 QQ：1574092368。</p>
<p>（本文非广告，纯分享……好吧，李老师说介绍人报名送本教材。）</p>""",
     offer=True, op="U06", provider="青岛智学堂",
     ids=[("wechat", "lilaoshi_ai", "lilaoshi_ai"), ("qq", "1574092368", "1574092368")],
     note="blog soft ad recommending U06")

page("/blog/post-3.html", "开个小课：HR教你写人工智能训练师岗位简历+面试（线上）",
     """<h1>开个小课：HR教你写人工智能训练师岗位简历+面试（线上）</h1><p>发布于 2025-11-20 · 老周</p>
<p>不少读者留言问转行做数据标注/训练师怎么找工作。12月开一期线上小课，4次，每次90分钟，299元，含简历修改一次。</p>
<p>说明：本课不涉及考证，不卖证。想报名的发邮件到 LaoZhou_HR@163.com ，标题写“训练师小课”。</p>""",
     offer=True, op="I03", provider="老周的职场笔记",
     ids=[("email", "laozhou_hr@163.com", "LaoZhou_HR@163.com")],
     note="blogger's own paid course (independent, honest)")

# ---------------------------------------------------------------- college
page("/college/notice-1.html", "关于开展2025年第四期人工智能训练师（五级、四级）职业技能等级认定培训的通知",
     """<h2>关于开展2025年第四期人工智能训练师（五级、四级）职业技能等级认定培训的通知</h2>
<p>发布时间：2025-10-20　来源：继续教育学院</p>
<p>根据《人工智能训练师国家职业技能标准（2021年版）》，我院作为经备案的职业技能等级认定机构，面向社会开展培训及认定。</p>
<p>一、申报条件：五级须累计从事本职业或相关职业工作满1年，或学徒期满；四级按标准执行。</p>
<p>二、收费：培训费五级1200元、四级1500元；认定费按渝价〔2016〕128号执行，另行收取。</p>
<p>三、证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn；重庆市人力资源和社会保障局 rlsbj.cq.gov.cn。</p>
<p>四、报名咨询：继续教育学院培训科 023-65870321（工作日），政策咨询可拨打12333。</p>
<p>单位统一社会信用代码：%s</p>""" % USCC_I04,
     offer=True, op="I04", provider="重庆科技职业学院继续教育学院",
     ids=[("phone", "02365870321", "023-65870321"), ("uscc", USCC_I04, USCC_I04),
          ("domain", "jxjy.cqkjzy.edu.cn", "jxjy.cqkjzy.edu.cn"), ("phone", "02365870001", "023-65870001")],
     note="college notice inviting enrolment (independent, honest)")

page("/college/news-1.html", "2025年11月职业技能等级认定考点安排",
     """<h2>2025年11月职业技能等级认定考点安排</h2><p>发布时间：2025-11-01</p>
<p>本月认定考核在大学城校区实训楼进行，涉及电工、人工智能训练师等职业。考生请携带身份证提前30分钟到场。</p>
<p>考点前台电话：023-6587 0000；考务咨询：023-65870321。</p>
<p>本月批次号：13520251128（外单位组织考生请凭批次号与考点对接）。</p>""",
     note="college exam-venue notice (non-offer): venue front desk, batch number")

# ---------------------------------------------------------------- news (青岛)
page("/news/a-1.html", "“零基础包过”的人工智能训练师证？市民花3980元只换来拉黑",
     """<h1>“零基础包过”的人工智能训练师证？市民花3980元只换来拉黑</h1>
<p class="src">2025-11-19 08:30 来源：青岛早报 记者 孙晓</p>
<p>近日，市民刘先生向本报反映，他在网上看到人工智能训练师“零基础包过、人社部颁发”的广告，交费3980元后对方失联，
联系电话176 0832 5519已无法接通。对方提供的“证书查询网站” www.cx-zgjndj.com 也早已打不开。</p>
<p>市人社部门提醒，职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；“包过”“免培训直接发证”均属违规宣传。
遇到此类情况可拨打12315投诉或12333咨询。</p>""",
     note="news warning (non-offer): quotes scam number and fake query domain")

page("/news/a-2.html", "上海去年人工智能训练师认定1.63万人次 青岛相关培训升温",
     """<h1>上海去年人工智能训练师认定1.63万人次 青岛相关培训升温</h1>
<p class="src">2026-01-27 来源：综合</p>
<p>据新华社报道，2025年上海人工智能训练师职业技能等级认定1.63万人次，发证1.09万张。
在青岛，多家培训机构推出五级、四级课程。人社部门表示，符合条件的参保职工可申领技能提升补贴，五级至三级最高1000元至2000元。</p>
<p>咨询电话：12333。</p>""",
     note="news (non-offer)")

page("/news/a-3.html", "【推广】华智未来：AI时代，人人都能成为人工智能训练师",
     """<h1>【推广】华智未来：AI时代，人人都能成为人工智能训练师</h1><p class="src">2025-11-12 推广 本文为广告</p>
<p>华智未来（北京）教育科技有限公司推出“AI训练师速成营”，零基础40课时，学完可获AIGC技术应用证书及人工智能训练师证书，
UNDP联合认证，人社部颁发。</p>
<p>官网：HuaZhiWeiLai.com　课程顾问热线：400 052 1776　合作邮箱：Kefu@HuaZhiWeiLai.com</p>""",
     offer=True, op="U07", provider="华智未来",
     ids=[("domain", "huazhiweilai.com", "HuaZhiWeiLai.com"), ("phone", "4000521776", "400 052 1776"),
          ("email", "kefu@huazhiweilai.com", "Kefu@HuaZhiWeiLai.com")],
     note="advertorial on news portal (dishonest claims)")

# ---------------------------------------------------------------- rsj
page("/rsj/notice-1.html", "关于做好2025年失业保险技能提升补贴申领工作的通知",
     """<h2>关于做好2025年失业保险技能提升补贴申领工作的通知</h2><p>发布日期：2025-09-10</p>
<p>一、补贴标准：取得职业技能等级证书（五级/初级工、四级/中级工、三级/高级工）的，分别不超过1000元、1500元、2000元。</p>
<p>二、条件：累计缴纳失业保险费1年以上；同一职业同一等级只能申领一次。</p>
<p>三、证书须可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。</p>
<p>四、咨询电话：12333。</p>""", note="人社局 subsidy notice (non-offer)")

page("/rsj/notice-2.html", "关于警惕“山寨证书”和虚假证书查询网站的提示",
     """<h2>关于警惕“山寨证书”和虚假证书查询网站的提示</h2><p>发布日期：2025-11-21</p>
<p>近期有不法分子以“人工智能训练师”“零基础包过”“人社部颁发”为噱头招揽学员，并使用仿冒查询网站（如 www.cx-zgjndj.com 等）。</p>
<p>职业技能等级证书查询请认准 zscx.osta.org.cn；人社部门不直接颁发职业技能等级证书，也不委托任何机构“内部办证”。</p>
<p>举报投诉：12333、12315。</p>""", note="人社局 warning (non-offer): fake query domain")

# ---------------------------------------------------------------- fenlei
def ad(path, title, poster, area, text, **kw):
    body = ('<h1>%s</h1><table class="info"><tr><td>发布人：%s</td><td>区域：%s</td><td>类别：职业技能培训</td></tr></table>'
            '<div class="content">%s</div>') % (title, poster, area, text)
    page(path, title, body, **kw)


ad("/fenlei/ad-1.html", "市北区岛城数智职业培训学校 人工智能训练师五级四级招生", "岛城数智培训学校", "青岛-市北",
   """本校为人社部门批准的民办职业培训学校，开设人工智能训练师五级、四级，小班面授+上机实训。<br>
认定由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。符合条件可申领技能提升补贴。<br>
电话：0532-85612290　手机：13589201746<br>办学许可证号：3702036000123　统一社会信用代码：%s""" % USCC_U04,
   offer=True, op="U04", provider="岛城数智培训学校",
   ids=[("phone", "053285612290", "0532-85612290"), ("phone", "+8613589201746", "13589201746"),
        ("uscc", USCC_U04, USCC_U04)], note="classified ad: honest school")

ad("/fenlei/ad-2.html", "人工智能训练师证 重庆报名处 三证同考 国家职业资格", "职鉴通", "重庆-渝北",
   """人工智能训练师国家职业资格证书，五四三级同考，人社部颁发！<br>考点：重庆科技职业学院实训楼（前台023-6587 0000）<br>
联系人：周老师 199 2361 8804<br>本机构信用代码 %s 可查""" % USCC_U05,
   offer=True, op="U05", provider="职鉴通",
   ids=[("phone", "+8619923618804", "199 2361 8804"), ("uscc", USCC_U05, USCC_U05)],
   note="classified ad: three-level bundle (dishonest)")

ad("/fenlei/ad-3.html", "巴渝匠心 人工智能训练师四级三级面授 晚班周末班", "匠心职培", "重庆-南岸",
   """面授+实训，三级证书可对应职称，评职称落户积分都有用。<br>
微信 jiangxin_023 　手机 13368097215（王老师）""",
   offer=True, op="U08", provider="匠心职培",
   ids=[("wechat", "jiangxin_023", "jiangxin_023"), ("phone", "+8613368097215", "13368097215")],
   note="classified ad: 职称 overclaim")

ad("/fenlei/ad-4.html", "青岛蓝海职业技能 人工智能训练师 挂靠年入2万 包拿证", "青岛蓝海职业技能", "青岛-黄岛",
   """考证+挂靠一条龙，证书挂靠企业年入2万+，包拿证！<br>咨询：180 5324 7716　QQ：309 441 7726""",
   offer=True, op="U09", provider="青岛蓝海职业技能",
   ids=[("phone", "+8618053247716", "180 5324 7716"), ("qq", "3094417726", "309 441 7726")],
   note="classified ad: 挂靠 lure (dishonest)")

ad("/fenlei/ad-5.html", "个人带人工智能训练师五级备考 一对一 城阳可上门", "小王", "青岛-城阳",
   """本人持人工智能训练师三级证，在标注公司带过团队，可一对一辅导五级理论和实操，只辅导不办证，100元/小时。<br>
电话17853260419<br>（发布模板示例：138 0013 8000 微信：your_wechat 请勿拨打）""",
   offer=True, op="I05", provider="小王",
   ids=[("phone", "+8617853260419", "17853260419")], note="independent tutor classified (honest)")

ad("/fenlei/ad-6.html", "启航学堂 人工智能训练师三级 15天拿证 全国可查", "启航学堂", "青岛-李沧",
   """零基础15天拿三级证，全国联网可查（查询网：jnzs-cx.com）。<br>电话：185 6192 7340""",
   offer=True, op="U03", provider="启航学堂",
   ids=[("phone", "+8618561927340", "185 6192 7340"), ("domain", "jnzs-cx.com", "jnzs-cx.com")],
   note="classified ad: 15天拿证, own fake query domain (dishonest)")

# ---------------------------------------------------------------- wenda
def qa(path, q, answers, **kw):
    body = '<h1 class="q">%s</h1>%s' % (q, "".join(
        '<div class="ans"><div class="who">%s</div><div>%s</div></div>' % a for a in answers))
    page(path, q, body, **kw)


qa("/wenda/q-1.html", "99元的AI训练师速成营能拿到人工智能训练师证吗？",
   [("华智未来课程顾问", """可以的，我们课程学完就能拿AIGC和人工智能训练师双证。官网 huazhiweilai.com 有详细介绍，
    也可以加企业微信 HZWL_KF 咨询。"""),
    ("路人", "99只是课程费，后面考试还要交钱，之前17608325519那家也是这个套路。")],
   offer=True, op="U07", provider="华智未来",
   ids=[("wechat", "hzwl_kf", "HZWL_KF"), ("domain", "huazhiweilai.com", "huazhiweilai.com")],
   note="Q&A answer promoting U07")

qa("/wenda/q-2.html", "人工智能训练师证能挂靠吗？一年能挣多少？",
   [("蓝海智训-刘老师", """能挂，我们有合作企业，一年2万左右。需要的话打电话18053247716，或者发邮件 lanhaizx@126.com 要资料。"""),
    ("求资料的阿杰", "求挂靠资料 qq 845120339"),
    ("资深HR", "这个证基本没有挂靠价值，别信。")],
   offer=True, op="U09", provider="蓝海智训",
   ids=[("phone", "+8618053247716", "18053247716"), ("email", "lanhaizx@126.com", "lanhaizx@126.com")],
   note="Q&A answer: 挂靠 lure (dishonest)")

qa("/wenda/q-3.html", "青岛哪里可以培训人工智能训练师五级？",
   [("岛城数智培训学校", """市北区岛城数智职业培训学校有五级、四级班，电话 0532—85612290，邮箱 ShuZhi_PX@163.com。
    报考五级需要相关工作满一年。"""),
    ("热心网友", "也可以先去人社局网站看看备案机构名单。")],
   offer=True, op="U04", provider="岛城数智培训学校",
   ids=[("phone", "053285612290", "0532—85612290"), ("email", "shuzhi_px@163.com", "ShuZhi_PX@163.com")],
   note="Q&A answer by honest school")

qa("/wenda/q-4.html", "想在线学数据标注和人工智能训练师，有推荐的课吗？",
   [("知行AI学苑", """我们是杭州的线上学苑，录播+直播答疑，8周，1499元，不含认定费，不承诺拿证。联系邮箱 zhixing_ai@foxmail.com，
    或者QQ 2650318847。""")],
   offer=True, op="I06", provider="知行AI学苑",
   ids=[("email", "zhixing_ai@foxmail.com", "zhixing_ai@foxmail.com"), ("qq", "2650318847", "2650318847")],
   note="independent online course (honest)")

qa("/wenda/q-5.html", "花钱报了“人工智能训练师三级包过”，现在联系不上怎么办？",
   [("律师助理小何", "保留付款凭证，拨打12315投诉，金额较大可以报警。"),
    ("维权的老王", "我也是，176-0832-5519这个号，加我微信 cqlaowang1988 一起维权"),
    ("资深HR", "证书真伪到 zscx.osta.org.cn 查。")],
   note="Q&A (non-offer): victim question, scam number, reader contacts")

# ---------------------------------------------------------------- wx
def art(path, title, account, when, text, **kw):
    body = ('<h1>%s</h1><p class="meta">原创 %s %s</p><div class="rich">%s</div>') % (title, account, when, text)
    page(path, title, body, **kw)


art("/wx/art-1.html", "重庆人注意！人工智能训练师12月班开始报名", "智训AI学院", "2025-11-14",
    """<p>人工智能训练师是人社部等发布的新职业（4-04-05-05）。智训AI学院12月开设五级、四级班。</p>
<p>报考五级需从事相关工作满1年，报名时需提供证明。考核合格证书可在全国联网平台查询。</p>
<p>在线报名表：https://jinshuju.net/f/Zx82Kd</p>
<p class="qr">长按识别二维码，或搜索微信号 ZhiXun_CQ ；报名热线 023 63158827</p>""",
    offer=True, op="U01", provider="智训AI学院",
    ids=[("wechat", "zhixun_cq", "ZhiXun_CQ"), ("phone", "02363158827", "023 63158827")],
    note="WeChat article repost: U01 enrolment")

art("/wx/art-2.html", "人社部颁发！人工智能训练师证书最后一批，错过再等一年", "渝才职业教育", "2025-11-09",
    """<p>人工智能训练师证书由人社部颁发，全国通用，入库可查！本期最后名额，三级零基础可报，考不过全额退款。</p>
<p>学费请转账至：重庆渝才企业管理咨询有限公司（对公账户），也支持财付通扫码，备注姓名+身份证后四位。</p>
<p>添加老师微信：yuzhi-ai88 发送“报名”领取简章。</p>""",
    offer=True, op="U02", provider="渝才职业教育",
    ids=[("wechat", "yuzhi-ai88", "yuzhi-ai88"), ("other", "重庆渝才企业管理咨询有限公司", "重庆渝才企业管理咨询有限公司")],
    note="WeChat article: urgency, 人社部颁发 (dishonest)")

art("/wx/art-3.html", "青岛在职人员考人工智能训练师，补贴怎么领？", "青岛智学堂", "2025-11-02",
    """<p>很多学员问补贴：五级最高1000元、四级1500元、三级2000元，需要交满一年失业保险。</p>
<p>青岛智学堂开设四级、三级周末班，报名咨询李老师：151-6630-8912，QQ 1574 092 368。</p>""",
    offer=True, op="U06", provider="青岛智学堂",
    ids=[("phone", "+8615166308912", "151-6630-8912"), ("qq", "1574092368", "1574 092 368")],
    note="WeChat article: U06 enrolment")

art("/wx/art-4.html", "巴渝匠心：人工智能训练师三级周末班开课啦", "巴渝匠心技能培训", "2025-11-16",
    """<p>三级（高级工）需取得四级证书后满5年等条件，报名前请老师先帮你审核资格。</p>
<p>三级+2年即可申报助理工程师，职业技能等级证书直接对应职称证书。</p>
<p>报名表：https://jinshuju.net/f/Bj4mQe　电话：133 6809 7215　座机：023-88120456</p>""",
    offer=True, op="U08", provider="巴渝匠心技能培训",
    ids=[("phone", "+8613368097215", "133 6809 7215"), ("phone", "02388120456", "023-88120456")],
    note="WeChat article: U08 (职称 overclaim)")

art("/wx/art-5.html", "人工智能训练师国家职业资格证书报名通道开启", "全国职业技能鉴定报名处", "2025-11-22",
    """<p>人工智能训练师国家职业资格证书，五级、四级、三级同报，官网可查，人社部颁发。</p>
<p>咨询微信：zhijiantong01（请备注“训练师”）</p>
<p>主办：重庆川渝职鉴服务中心有限公司 统一社会信用代码 %s</p>
<p>（此处填写联系电话：13800138000）</p>""" % USCC_U05,
    offer=True, op="U05", provider="全国职业技能鉴定报名处",
    ids=[("wechat", "zhijiantong01", "zhijiantong01"), ("uscc", USCC_U05, USCC_U05)],
    note="WeChat article posing as a national body (dishonest)")

# ---------------------------------------------------------------- site index pages
INDEX_INTRO = {
    "zhixun": None,
    "forum": "<h1>职场教育 · 技能培训版</h1><p>今日：12 | 主题：3821 | 帖子：40211</p>",
    "video": "<h1>学习 · 职业技能</h1><p>为你推荐以下视频</p>",
    "shop": "<h1>考证专区</h1><p>热销课程，平台担保交易</p>",
    "blog": "<h1>老周的职场笔记</h1><p>一个青岛HR，写写招聘、考证和转行。</p>",
    "college": "<h1>通知公告</h1>",
    "news": "<h1>岛城民生</h1>",
    "rsj": "<h1>通知公告</h1>",
    "fenlei": "<h1>职业技能培训信息</h1><p>青岛、重庆最新发布</p>",
    "wenda": "<h1>话题：人工智能训练师</h1><p>关注者 2.1万 · 问题 860</p>",
    "wx": "<h1>职场精选</h1><p>每日更新公众号好文</p>",
}
for k, intro in INDEX_INTRO.items():
    if intro is None:
        continue
    lst = [q for q in PAGES if site_of(q["path"]) == k]
    body = intro + "<ul class='list'>" + "".join(
        '<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in lst) + "</ul>"
    page("/%s/index.html" % k, SITES[k]["name"], body, note="site index (non-offer)", crumb="列表")

# zhixun index must also link its course page (already via menu/side) -------------

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline quoted on notices, guides and ads"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline quoted in warnings"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site cited by honest and dishonest pages alike"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "rlsbj.cq.gov.cn", ["rlsbj.cq.gov.cn"], "重庆人社 official site"),
    ("phone", "02368882100", ["023-6888 2100"], "山城论坛 platform's own 站务 phone in every forum footer"),
    ("qq_group", "512347789", ["512347789"], "山城论坛 站务 QQ group in every forum footer"),
    ("other", "渝ICP备17004521号", ["渝ICP备17004521号"], "forum ICP number in every forum footer"),
    ("email", "jubao@kuaikanvideo.com", ["jubao@kuaikanvideo.com"], "short-video platform report e-mail in every video footer"),
    ("domain", "kuaikanvideo.com", ["www.kuaikanvideo.com"], "short-video platform's own domain"),
    ("phone", "4009006655", ["400-900-6655"], "marketplace customer-service hotline in every shop footer"),
    ("phone", "4008123950", ["4008123950"], "marketplace coupon code that looks like a 400 number"),
    ("phone", "95188", ["95188"], "payment platform (支付宝) hotline in shop footer"),
    ("uscc", USCC_SHOP, [USCC_SHOP], "marketplace operator's licence in every shop footer"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
    ("phone", "+8617608325519", ["176 0832 5519", "17608325519", "176-0832-5519"], "scammer number quoted in complaint, news and comments"),
    ("domain", "cx-zgjndj.com", ["www.cx-zgjndj.com"], "closed fake query site quoted in warnings"),
    ("phone", "+8613520251128", ["13520251128"], "evaluation batch number that looks like a mobile"),
    ("phone", "02365870000", ["023-6587 0000", "023-65870000", "023-6587 0000"], "exam venue front desk (third party)"),
    ("other", "S000050012345253000126", ["S000050012345253000126"], "sample certificate number quoted on several pages"),
    ("phone", "+8613800138000", ["13800138000", "138 0013 8000"], "template placeholder phone"),
    ("wechat", "your_wechat", ["your_wechat"], "template placeholder WeChat"),
    ("qq", "845120339", ["845120339"], "a reader's own QQ left in comments on several sellers' pages"),
    ("wechat", "cqlaowang1988", ["cqlaowang1988"], "a victim's own WeChat in comments"),
    ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's own footer e-mail"),
    ("domain", "wxwenzhai.cn", ["www.wxwenzhai.cn"], "repost site's own domain"),
    ("qq", "800012580", ["800012580"], "classifieds platform customer-service QQ in every footer"),
    ("email", "kf@baixingfenlei.com", ["kf@baixingfenlei.com"], "classifieds platform footer e-mail"),
    ("email", "report@wendaquan.com", ["report@wendaquan.com"], "Q&A platform footer report e-mail"),
    ("phone", "053282880000", ["0532-8288 0000"], "news portal hotline in every news footer"),
    ("email", "service@daochengblog.com", ["service@daochengblog.com"], "blog host's footer e-mail"),
    ("other", "财付通", ["财付通"], "payment platform named as escrow"),
]


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in PAGES:
        out = FRAMES[site_of(p["path"])](p)
        html[p["path"]] = out
    # hub
    hub_links = "".join('<li><a href="/%s/index.html">%s</a> — %s（%s）</li>' % (
        k, s["name"], s["style"], s["city"]) for k, s in SITES.items())
    html["/index.html"] = head("网址导航 - 人工智能训练师一周搜索", "body{font-family:sans-serif}") + (
        '<body>\n<h1>网址导航</h1><p>重庆、青岛一周搜索“人工智能训练师”打开过的网站：</p><ul>%s</ul>\n'
        '<footer>本页仅为导航</footer>\n</body>\n</html>\n') % hub_links
    hub = dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
               note="hub page linking every site's index")
    for path, text in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [hub] + [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                          provider=p["provider"], identifiers=p["identifiers"], note=p["note"])
                     for p in PAGES]
    # sanity: written forms on pages; seller identifiers never on another seller's offer page
    for p in pages:
        for kind, val, wr in p["identifiers"]:
            assert wr in html[p["path"]], (p["path"], wr)
    operators = {}
    for p in pages:
        op = p["operator"]
        if op and op.startswith("U"):
            o = operators.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for kind, val, wr in p["identifiers"]:
                if [kind, val] not in o["identifiers"]:
                    o["identifiers"].append([kind, val])
    owner = {}
    for p in pages:
        for kind, val, wr in p["identifiers"]:
            owner.setdefault(val, set()).add(p["operator"])
    for val, ops in owner.items():
        assert len(ops) == 1, (val, ops)
    for p in pages:
        if not p["is_offer"]:
            continue
        for q in pages:
            if q["operator"] and q["operator"] != p["operator"]:
                for kind, val, wr in q["identifiers"]:
                    assert wr not in html[p["path"]] or len(wr) < 6, (p["path"], wr, q["path"])
    decoys = []
    for kind, val, written, why in DECOYS:
        written = sorted(set(written))
        on = sorted(path for path, t in html.items() if any(w in t for w in written))
        assert len(on) >= 2, (val, on)
        decoys.append({"kind": kind, "value": val, "written": written, "pages": on, "why": why})
        assert val not in owner, val
    truth = {"pages": pages, "operators": dict(sorted(operators.items())), "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(pages), "offers", sum(p["is_offer"] for p in pages), "decoys", len(decoys))


if __name__ == "__main__":
    main()
