#!/usr/bin/env python3
"""Generate web 12bj: a Q&A/forum-heavy labeled test web about 人工智能训练师 sellers.

Deterministic, standard library only. Writes site/ and truth.json next to this file.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(s):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(x) * w for x, w in zip(s, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(base16):
    b = base16 + org_check(base16[8:16])
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(b, WEIGHTS)) % 31
    return b + ALPHA[0 if r == 31 else r]


USCC_U02 = uscc("91330106MA2H7K3P")   # 杭州知讯教育科技有限公司
USCC_U09 = uscc("91110108MA01R5QW")   # 中职联(北京)职业技能评价中心有限公司
USCC_I05 = uscc("91440300MA5F2T8N")   # 深圳星河智能科技有限公司
USCC_WENDA = uscc("91110105MA00C7UJ")  # platform: 问知道
USCC_SHOP = uscc("91330110MA27Y6KB")   # platform: 课多多

PAGES = []  # dicts: path, html, is_offer, operator, provider, identifiers, note


def add(path, html, note, op=None, provider=None, ids=()):
    PAGES.append({"path": path, "html": html, "is_offer": op is not None,
                  "operator": op, "provider": provider,
                  "identifiers": [list(x) for x in ids], "note": note})


def rel(frm, to):
    """relative href from page path frm to page path to (both start with /)."""
    return os.path.relpath(to, os.path.dirname(frm) or "/")


def doc(title, body, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            f"<title>{title}</title>\n{extra_head}</head>\n<body>\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------- 问知道 (Q&A)
WENDA_LIST = []  # (path, title)


def wenda_page(path, title, asker, qtext, answers, tags, views):
    home = rel(path, "/index.html")
    ans_html = []
    for a in answers:
        user, badge, text, likes, comments = a
        cm = "".join(f"<li><b>{c[0]}</b>：{c[1]}</li>" for c in comments)
        ans_html.append(
            f"<div class=\"answer\">\n<div class=\"answer-author\"><a href=\"index.html\">{user}</a>"
            f" <span class=\"badge\">{badge}</span></div>\n<div class=\"answer-body\">{text}</div>\n"
            f"<div class=\"answer-meta\">赞同 {likes} · <a href=\"help.html#report\">举报</a> · 评论 {len(comments)}</div>\n"
            + (f"<ul class=\"comments\">{cm}</ul>\n" if cm else "") + "</div>")
    side = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in WENDA_LIST if p != path)
    tag_html = " ".join(f"<span class=\"tag\">{t}</span>" for t in tags)
    body = f"""<header class="wz-top"><a class="logo" href="index.html">问知道</a>
<nav><a href="{home}">职培导航</a> | <a href="index.html">问答首页</a> | <a href="index.html#cat-skill">职业技能</a> | <a href="help.html">帮助中心</a></nav>
<form class="search"><input placeholder="搜索你想知道的问题"><button>搜索</button></form></header>
<div class="crumb"><a href="index.html">问知道</a> &gt; <a href="index.html#cat-skill">教育/职业技能</a> &gt; 问题详情</div>
<main class="wz-main">
<article class="question"><h1>{title}</h1>
<div class="q-meta">提问者：{asker} · 浏览 {views} · {tag_html}</div>
<div class="q-body">{qtext}</div></article>
<h2 class="ans-count">{len(answers)} 个回答</h2>
{chr(10).join(ans_html)}
<div class="write-answer"><textarea placeholder="写下你的回答，禁止发布广告和联系方式"></textarea><button>提交回答</button></div>
</main>
<aside class="wz-side"><h3>相关问题</h3><ul>{side}</ul>
<div class="side-ad">问知道App：随时随地提问</div></aside>
<footer class="wz-foot"><a href="help.html">帮助中心</a> · <a href="help.html#rules">社区规范</a> · <a href="help.html#report">侵权投诉</a><br>
客服热线：400-616-8800（工作日 9:00-18:00） 客服邮箱：kefu@wenzhidao.com<br>
北京问知道网络科技有限公司 统一社会信用代码：{USCC_WENDA} 京ICP备18034521号-2<br>© 2026 wenzhidao.com</footer>"""
    return doc(f"{title} - 问知道", body)


# ---------------------------------------------------------------- 职达论坛 (Discuz)
BBS_LIST = []


def bbs_page(path, title, forum, posts, views):
    home = rel(path, "/index.html")
    floors = ["楼主", "沙发", "板凳", "地板", "5#", "6#", "7#", "8#"]
    ph = []
    for i, p in enumerate(posts):
        user, meta, text, sig = p
        ph.append(f"""<table class="plhin"><tr><td class="pls"><div class="authi"><a href="index.html">{user}</a></div>
<div class="pi">{meta}</div></td>
<td class="plc"><div class="pti"><em>{floors[i]}</em> 发表于 2026-0{(i % 5) + 3}-1{i} 20:1{i}</div>
<div class="t_f">{text}</div>{('<div class="sign">' + sig + '</div>') if sig else ''}
<div class="po"><a href="#">回复</a> <a href="#">支持</a> <a href="#">举报</a></div></td></tr></table>""")
    side = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in BBS_LIST if p != path)
    body = f"""<div id="toptb"><a href="{home}">职培导航</a> · <a href="index.html">职达论坛</a> · <a href="#">登录</a> | <a href="#">立即注册</a></div>
<div id="hd"><h2><a href="index.html">职达论坛 zhidaluntan.cn</a></h2>
<ul id="nv"><li><a href="index.html">论坛</a></li><li><a href="index.html#guide">版规</a></li><li><a href="index.html#mod">版主招募</a></li></ul></div>
<div id="pt"><a href="index.html">职达论坛</a> <em>&rsaquo;</em> <a href="index.html">职业技能</a> <em>&rsaquo;</em> <a href="index.html">{forum}</a> <em>&rsaquo;</em> {title}</div>
<div id="postlist"><div class="ts"><h1>{title}</h1> <span>查看: {views} | 回复: {len(posts) - 1}</span></div>
{chr(10).join(ph)}
</div>
<div id="f_pst">快速回复 <textarea>本版禁止发布广告、联系方式，违者禁言</textarea></div>
<div class="bm"><h3>相关帖子</h3><ul>{side}</ul></div>
<div id="ft"><p>官方交流QQ群：438216905 · 站务邮箱：zhanwu@zhidaluntan.cn · <a href="index.html">Archiver</a> · 手机版</p>
<p>Powered by Discuz! X3.5 &copy; 2001-2026 Tencent Cloud. 浙ICP备19021187号</p></div>"""
    return doc(f"{title} - {forum} - 职达论坛", body)


# ---------------------------------------------------------------- 人工智能训练师吧 (tieba)
TIEBA_LIST = []


def tieba_page(path, title, floors_, replies):
    home = rel(path, "/index.html")
    fl = []
    for i, f in enumerate(floors_):
        user, lvl, text, sub = f
        subh = "".join(f"<li><b>{s[0]}</b>：{s[1]}</li>" for s in sub)
        fl.append(f"""<div class="l_post"><div class="d_author"><a href="index.html">{user}</a><span class="lv">{lvl}</span></div>
<div class="d_post_content">{text}</div>
<div class="post-tail">{i + 1}楼 · 2026-04-0{i + 1} 1{i}:2{i} · 来自Android客户端</div>
{('<ul class="lzl">' + subh + '</ul>') if subh else ''}</div>""")
    side = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in TIEBA_LIST if p != path)
    body = f"""<div class="tb-head"><a href="{home}">职培导航</a> · <a href="index.html">人工智能训练师吧</a> <span>关注 18,402 · 帖子 96,117</span></div>
<div class="nav-tab"><a href="index.html">看帖</a> <a href="index.html#good">精品</a> <a href="index.html#rule">吧规</a></div>
<h1 class="core_title">{title}</h1><div class="reply-num">回复贴：{replies}</div>
{chr(10).join(fl)}
<div class="right-section"><h4>吧内热帖</h4><ul>{side}</ul></div>
<div class="footer">©2026 贴吧 · 贴吧协议 · 隐私政策 · 吧主制度 · 意见反馈 · 违法和不良信息举报电话：12377</div>"""
    return doc(f"{title}_人工智能训练师吧", body)


# ---------------------------------------------------------------- 课多多 (marketplace)
SHOP_LIST = []


def shop_page(path, title, store, price, sold, detail, reviews, item_no):
    home = rel(path, "/index.html")
    rv = "".join(f"<li><b>{r[0]}</b> <span class=\"star\">{r[1]}</span><p>{r[2]}</p></li>" for r in reviews)
    side = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in SHOP_LIST if p != path)
    body = f"""<div class="site-nav"><a href="{home}">职培导航</a> · <a href="index.html">课多多首页</a> · 我的订单 · 购物车 · 联系客服</div>
<header><a href="index.html" class="logo">课多多 keduoduo.com</a><form><input placeholder="搜课程/证书"><button>搜索</button></form></header>
<div class="crumb"><a href="index.html">全部课程</a> &gt; <a href="index.html">职业技能</a> &gt; <a href="index.html">人工智能</a></div>
<div class="item"><h1>{title}</h1><div class="price">¥<b>{price}</b> <del>¥3980</del></div>
<div class="sold">已售 {sold} · 商品编号：{item_no}</div>
<div class="shop-card">店铺：{store}</div>
<button>立即购买</button> <button>加入购物车</button></div>
<div class="tabs"><span class="on">课程详情</span> <span>评价({len(reviews)})</span> <span>购买须知</span></div>
<div class="detail">{detail}</div>
<div class="reviews"><h3>买家评价</h3><ul>{rv}</ul></div>
<div class="notice">购买须知：平台不对任何"包过"承诺负责，请勿脱离平台交易。</div>
<aside><h3>看了又看</h3><ul>{side}</ul></aside>
<footer>平台客服 400-886-3355 · 投诉邮箱 tousu@keduoduo.com · 课多多（杭州）网络科技有限公司 统一社会信用代码：{USCC_SHOP} · 浙B2-20190213</footer>"""
    return doc(f"{title}-课多多", body)


# ---------------------------------------------------------------- 快拍 (short video)
VIDEO_LIST = []


def video_page(path, author, caption, comments, likes):
    home = rel(path, "/index.html")
    cm = "".join(f"<li><b>{c[0]}</b>：{c[1]} <span class=\"t\">{c[2]}</span></li>" for c in comments)
    side = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in VIDEO_LIST if p != path)
    body = f"""<header class="kp-head"><a href="{home}">职培导航</a> · <b>快拍</b> kuaipai.com · 推荐 · 关注 · 直播</header>
<div class="player"><div class="video-box">[视频 00:58]</div></div>
<div class="info"><div class="author">@{author} <button>关注</button></div>
<p class="desc">{caption}</p><div class="act">❤ {likes} · 💬 {len(comments)} · 分享</div></div>
<div class="cmt"><h3>全部评论</h3><ul>{cm}</ul></div>
<aside><h3>相关推荐</h3><ul>{side}<li><a href="{home}">更多内容</a></li></ul></aside>
<footer>快拍客服 400-140-2108 · 网上有害信息举报 · 未成年人专区 · © 2026 kuaipai.com</footer>"""
    return doc(f"{author}的作品 - 快拍", body)


# ---------------------------------------------------------------- 种草笔记 (notes)
NOTES_LIST = []


def notes_page(path, title, author, text, tags, comments, likes):
    cm = "".join(f"<li><b>{c[0]}</b>：{c[1]}</li>" for c in comments)
    side = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in NOTES_LIST if p != path)
    body = f"""<header><a href="index.html">种草笔记</a> · <a href="{rel(path, '/index.html')}">职培导航</a> · 发现 · 发布 · 通知</header>
<div class="note"><div class="author"><img alt="头像"> {author} <button>关注</button></div>
<h1>{title}</h1><div class="note-text">{text}</div>
<div class="tags">{' '.join('#' + t for t in tags)}</div>
<div class="date">编辑于 2026-05-1{len(title) % 9} · 上海</div>
<div class="interact">赞 {likes} · 收藏 {likes // 3} · 评论 {len(comments)}</div>
<ul class="comments">{cm}</ul></div>
<aside><h3>相关笔记</h3><ul>{side}</ul></aside>
<footer>种草笔记 zhongcaobiji.com · 违法不良信息举报：report@zhongcaobiji.com · 沪ICP备20011932号</footer>"""
    return doc(f"{title} - 种草笔记", body)


# ---------------------------------------------------------------- 百姓分类 (classifieds)
FENLEI_LIST = []


def fenlei_page(path, title, cat, info, text, contact):
    side = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in FENLEI_LIST if p != path)
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in info)
    body = f"""<div class="topbar"><a href="{rel(path, '/index.html')}">职培导航</a> · <a href="index.html">百姓分类信息网</a> · 切换城市[上海] · 免费发布信息</div>
<div class="crumb"><a href="index.html">上海百姓分类</a> &gt; <a href="index.html">{cat}</a> &gt; 信息详情</div>
<h1>{title}</h1><div class="meta">发布时间：2026-04-2{len(title) % 9} · 浏览 1{len(text) % 900}次 · 信息编号 {os.path.basename(path)[3:10]}</div>
<table class="info">{rows}</table>
<div class="desc">{text}</div>
<div class="contact">{contact}</div>
<div class="safe-tip">安全提示：凡要求先交"定金""报名费"再发证的，极可能为诈骗，请拨打110或12315。</div>
<aside><h3>同类信息</h3><ul>{side}</ul></aside>
<footer>百姓分类信息网 baixingfenlei.com · 客服电话 400-010-5858 · 沪ICP备16052021号</footer>"""
    return doc(f"{title}_上海{cat}_百姓分类信息网", body)


# ---------------------------------------------------------------- QQ/微信 群公告 pages
def qun_page(path, app, group, owner, notice, members, readers):
    body = f"""<div class="qun-head"><a href="{rel(path, '/index.html')}">职培导航</a> · {app} · 群公告</div>
<div class="qun-card"><h1>{group}</h1><div class="meta">群主：{owner} · 成员 {members}人</div></div>
<div class="qun-notice"><h2>群公告</h2><div class="text">{notice}</div>
<div class="read">{readers}人已读 · 发布于 2026-05-0{members % 9 + 1}</div></div>
<div class="qun-foot">该页面由{app}分享生成，仅供群成员查看；请勿轻信转账要求。<br><a href="{rel(path, '/index.html')}">返回导航</a></div>"""
    return doc(f"{group} - 群公告", body)


# ---------------------------------------------------------------- 今日职教网 (news)
def news_page(path, title, source, text, related):
    rl = "".join(f"<li><a href=\"{rel(path, p)}\">{t}</a></li>" for p, t in related)
    body = f"""<header><a href="index.html">今日职教网</a> · <a href="{rel(path, '/index.html')}">职培导航</a> · 要闻 · 政策 · 维权 · 就业</header>
<div class="crumb"><a href="index.html">首页</a> &gt; <a href="index.html">职教要闻</a> &gt; 正文</div>
<article><h1>{title}</h1><div class="src">来源：{source} · 2026-05-08 · 责任编辑：周楠</div>
{text}</article>
<div class="related"><h3>相关阅读</h3><ul>{rl}</ul></div>
<footer>今日职教网 报料热线：0571-85310022 · 违法和不良信息举报电话：12377 · 浙ICP备17030911号</footer>"""
    return doc(f"{title}_今日职教网", body)


# ====================================================================== content
# Register list entries first (so sidebars can link everywhere).
W = {  # wenda
    "w1": ("/wenda/q-71820345.html", "零基础能考人工智能训练师吗？想转行做数据标注"),
    "w2": ("/wenda/q-71833019.html", "人工智能训练师四级证书在哪里报名，杭州的"),
    "w3": ("/wenda/q-71845572.html", "宝妈在家能学人工智能训练师吗？靠谱吗"),
    "w4": ("/wenda/q-71851206.html", "人工智能训练师三级好考吗，需要什么条件"),
    "w5": ("/wenda/q-71862488.html", "有没有人知道人工智能训练师证能领补贴吗？"),
    "w6": ("/wenda/q-71870931.html", "数据标注员和人工智能训练师是一个证吗"),
    "w7": ("/wenda/q-71884417.html", "北京哪里可以考人工智能训练师，求推荐机构"),
    "w8": ("/wenda/q-71890262.html", "人工智能训练师证书网上能查到吗？怎么辨别真假"),
    "w9": ("/wenda/q-71903374.html", "大专学历能直接考人工智能训练师二级吗"),
    "w10": ("/wenda/q-71911850.html", "人工智能训练师报名费一般多少钱？"),
    "w11": ("/wenda/q-71925093.html", "人工智能训练师证书是人社部颁发的吗？"),
}
B = {
    "b1": ("/bbs/thread-208814-1-1.html", "上海人工智能训练师培训机构有推荐的吗"),
    "b2": ("/bbs/thread-208930-1-1.html", "杭州考人工智能训练师四级的进来交流一下"),
    "b3": ("/bbs/thread-209015-1-1.html", "在职想考个AI训练师三级，线上班靠谱吗？"),
    "b4": ("/bbs/thread-209144-1-1.html", "数据标注转人工智能训练师，证书有用吗"),
    "b5": ("/bbs/thread-209260-1-1.html", "人工智能训练师二级技师，有人考过吗"),
    "b6": ("/bbs/thread-209377-1-1.html", "求问：人工智能训练师理论考试题型"),
    "b7": ("/bbs/thread-209402-1-1.html", "【求助】北京人工智能训练师哪家能报"),
    "b8": ("/bbs/thread-209518-1-1.html", "【曝光】交了4800报人工智能训练师，证没拿到人也找不到了"),
}
T = {
    "t1": ("/tieba/p-8841230576.html", "求问吧友，四级人工智能训练师怎么报"),
    "t2": ("/tieba/p-8841377702.html", "人工智能训练师证书到底有没有用？"),
    "t3": ("/tieba/p-8841502219.html", "零基础备考人工智能训练师，求带"),
    "t4": ("/tieba/p-8841633845.html", "有没有便宜点的人工智能训练师培训"),
    "t5": ("/tieba/p-8841760391.html", "人工智能训练师五级和四级有啥区别"),
    "t6": ("/tieba/p-8841894020.html", "急！下个月想拿人工智能训练师证"),
    "t7": ("/tieba/p-8842015537.html", "【经验贴】自己报名考过人工智能训练师四级，流程分享"),
}
S = {
    "s1": ("/shop/item-6031287.html", "人工智能训练师四级/三级 线上培训+考前辅导 全国可报"),
    "s2": ("/shop/item-6034419.html", "【数智未来】人工智能训练师 零基础直播课 送题库"),
    "s3": ("/shop/item-6037752.html", "人工智能训练师 数据标注员 职业技能等级 备考班"),
    "s4": ("/shop/item-6040018.html", "健康管理师 三级 网课+题库 (非人工智能类)"),
}
V = {
    "v1": ("/video/kp-5512093.html", "小鹿老师：人工智能训练师到底怎么考"),
    "v2": ("/video/kp-5519870.html", "AI标注训练营：在家做标注也能拿证"),
}
N = {
    "n1": ("/notes/n-64f2a91c.html", "30岁转行AI训练师，我是怎么拿到四级证的"),
    "n2": ("/notes/n-64f3b7e0.html", "人工智能训练师证书｜我踩过的坑和靠谱路线"),
}
F = {
    "f1": ("/fenlei/px-3390817.html", "人工智能训练师/数据标注员 培训报名 政府补贴"),
    "f2": ("/fenlei/px-3391245.html", "深圳宏远技能培训学校 人工智能训练师周末班招生"),
    "f3": ("/fenlei/zp-3392006.html", "招聘 数据标注员 若干 双休 五险一金"),
}
Q = {
    "q1": ("/qun/notice-ai4-hz.html", "智训教育·AI训练师四级备考3群"),
    "q2": ("/qun/notice-shenlan.html", "深蓝职教 人工智能训练师交流群"),
    "q3": ("/qun/notice-xzt.html", "学证通·人工智能训练师报名群"),
}
NEWS = {
    "x1": ("/news/20260508-shanzhai.html", "警惕！“人工智能训练师包过”骗局又来了 多地学员报名费打水漂"),
    "x2": ("/news/20260426-policy.html", "人工智能训练师是什么证？一文读懂职业技能等级认定"),
}
CORP = {
    "c1": ("/corp/zhixun/index.html", "杭州知讯教育科技有限公司"),
    "c2": ("/corp/xinghe/index.html", "深圳星河智能科技有限公司"),
}
for d, lst in ((W, WENDA_LIST), (B, BBS_LIST), (T, TIEBA_LIST), (S, SHOP_LIST), (V, VIDEO_LIST),
               (N, NOTES_LIST), (F, FENLEI_LIST)):
    lst.extend(d.values())

# shared decoy strings
STATION = "杭州市技能人才评价服务中心滨江考点（0571-8777 3021）"
CERT_SAMPLE = "S000033000101265000128"
COMMENT_EMAIL = "pengpeng_0712@163.com"
COMMENT_WX = "lucky_mimi0909"

# ----------------------------------------------------------------- wenda pages
def ordinary(user, text, likes=3, comments=()):
    return (user, "", text, likes, list(comments))


# w1 — U01 (启航AI职培)
p, t = W["w1"]
add(p, wenda_page(p, t, "匿名用户", "今年32岁，之前做行政，想转行做数据标注。零基础能考人工智能训练师吗？要学多久？", [
    ordinary("路过的喵", "能考，五级要求一年相关工作经历或者学徒经历，零基础的话建议先找份标注的工作干着。", 41),
    ("启航AI职培-周老师", "职业培训讲师",
     "您好，零基础完全可以的。我们启航AI职培专门做人工智能训练师（4-04-05-05）五级、四级培训，"
     "线上直播+录播，每周两次课，大约6-8周可以参加认定考试。理论+实操两部分，我们有实操模拟系统。"
     "<br>证书为职业技能等级证书，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。"
     "<br>本期报名截止本月25号，想了解课表的可以加老师 v❤：zx_ai2024 ，或直接致电 138 1724 6590（周老师），发你简章。", 12,
     [("pengpeng", f"求课表，发我邮箱 {COMMENT_EMAIL} 谢谢"), ("路过的喵", "五级要一年经历的，零基础直接考不了吧？")]),
    ordinary("数据民工老王", "我自己在标注公司干了两年，公司统一报的四级，费用公司出的。建议先找工作。", 9),
], ["人工智能训练师", "转行"], 3621),
    "Q&A thread; answer by a trainer selling 五级/四级 courses", "U01", "启航AI职培",
    [("wechat", "zx_ai2024", "zx_ai2024"), ("phone", "+8613817246590", "138 1724 6590")])

# w2 — U02 (AI训练师备考营)
p, t = W["w2"]
add(p, wenda_page(p, t, "小鱼爱吃鱼", "在杭州，做了三年客服，公司在搞智能客服，想考个人工智能训练师四级。去哪里报名？自己报还是找机构？", [
    ordinary("杭漂阿杰", "可以看看浙江省人社厅公布的评价机构名单，有的机构可以个人报名。", 17),
    ("AI训练师备考营", "认证机构",
     "杭州本地四级这边一直有开班的。你的情况（三年客服+智能客服相关）可以按相关职业年限申报，具体看材料。"
     "<br>我们是正规公司，课程、题库、实操环境都有，滨江有线下考点，考点地址：" + STATION + "。"
     "<br>详细简章在官网 zhixunedu点cn 上，报名咨询微信：Zhixun-KF01（备注“四级”）。", 6, []),
    ordinary("匿名用户", "别信什么包过，能考就自己考。", 4),
], ["杭州", "四级"], 2210),
    "Q&A answer by a company's course account, spelled-out domain", "U02", "AI训练师备考营",
    [("domain", "zhixunedu.cn", "zhixunedu点cn"), ("wechat", "zhixun-kf01", "Zhixun-KF01")])

# w3 — U03 (小鹿老师)
p, t = W["w3"]
add(p, wenda_page(p, t, "宝妈日记", "孩子上幼儿园了，白天有空，看到说人工智能训练师在家就能学能做，是真的吗？", [
    ("小鹿老师", "",
     "宝妈学的很多的，我带的班里一半是宝妈😊 课程都是线上，晚上也能学，主要学数据采集、数据标注和一点点系统运维。"
     "<br>学完考五级或者四级（有工作经历可以直接四级），考完还有合作的标注项目可以接单。"
     "<br>不懂的直接扣扣 2846137095 问我，看到就回，名额不多哈。", 8,
     [("pengpeng", f"老师资料能发 {COMMENT_EMAIL} 吗"), ("宝妈日记", "接单一个月大概多少？")]),
    ordinary("知乎搬运工", "“学完接单”这种话听听就好，标注单价这两年降得很厉害。", 33),
], ["宝妈", "兼职"], 5120),
    "Q&A answer by a personal-brand teacher (QQ)", "U03", "小鹿老师",
    [("qq", "2846137095", "2846137095")])

# w4 — U04 (深蓝职教)
p, t = W["w4"]
add(p, wenda_page(p, t, "tiger_2019", "想直接考人工智能训练师三级（高级工），本科计算机，工作两年，需要什么条件？好考吗？", [
    ordinary("HR小姐姐", "三级一般要先有四级证书再加工作年限，或者相关专业毕业加四级证。具体以评价机构的申报条件为准。", 28),
    ("深蓝职教", "教育机构",
     "三级主要考业务分析、智能训练、智能系统设计、培训与指导，实操比重大，自学难度不小。"
     "<br>我们这边三级班每月开，带实操项目，申报条件可以帮你预审，不符合的不收费。"
     "<br>➕V：shenlan_zj 发你三级申报条件表和往期学员反馈。", 5, []),
    ordinary("tiger_2019", "谢谢，我先去问问公司HR。", 0),
], ["三级", "申报条件"], 1804),
    "Q&A answer; wechat with emoji separator", "U04", "深蓝职教",
    [("wechat", "shenlan_zj", "shenlan_zj")])

# w5 — U05 (优才在线)
p, t = W["w5"]
add(p, wenda_page(p, t, "匿名用户", "听说考人工智能训练师能领技能提升补贴，最多能领多少？怎么领？", [
    ordinary("社保小百科", "失业保险技能提升补贴：五级最高1000、四级1500、三级2000，需要参保满一年，有疑问打12333问当地人社。", 66),
    ("优才在线", "",
     "补贴确实有的，我们很多学员拿证后都领到了。学费先交，拿证后按当地政策申领，四级基本能覆盖大部分学费。"
     "<br>名额有限，需要的话直接打电话 177 0215 6483 （优才在线 课程顾问），帮你算能领多少。", 3, []),
], ["补贴", "人工智能训练师"], 2950),
    "Q&A answer selling courses via subsidy angle", "U05", "优才在线",
    [("phone", "+8617702156483", "177 0215 6483")])

# w6 — U06 (星火职培)
p, t = W["w6"]
add(p, wenda_page(p, t, "cc_bear", "数据标注员和人工智能训练师是一个证吗？招聘上写要数据标注员证。", [
    ordinary("一只程序猿", "数据标注员是人工智能训练师下面的一个工种，还有一个是人工智能算法测试员。证书上写的是人工智能训练师（数据标注员）这种格式。", 52),
    ("星火职培", "",
     "楼上说得对。我们星火职培就是专门做数据标注员方向的，课程包括标注工具、质检规范和认定考试辅导，"
     "报名考试全程代办，不用自己跑。<br>有需要的企鹅联系 Q：3051829476（备注问知道）。", 2, []),
], ["数据标注员"], 1330),
    "Q&A answer with QQ", "U06", "星火职培",
    [("qq", "3051829476", "3051829476")])

# w7 — U07 (鲸学堂)
p, t = W["w7"]
add(p, wenda_page(p, t, "北漂小陈", "在北京海淀上班，想周末考个人工智能训练师证，有没有靠谱的机构推荐？", [
    ("鲸学堂", "",
     "可以了解下鲸学堂，海淀有教室，也有线上班，周末班一期8周。课程大纲、开班时间都在 jingxuetang[.]net 上（站内链接发不了，自己复制去掉括号）。"
     "<br>三级和四级都开，三级需要先有四级证书哈。", 4, []),
    ordinary("学长不是学姐", "北京可以去人社局官网查评价机构名单，比问答里推荐的靠谱。", 21),
], ["北京", "机构推荐"], 980),
    "Q&A answer giving a bracket-dodged domain", "U07", "鲸学堂",
    [("domain", "jingxuetang.net", "jingxuetang[.]net")])

# w8 — U08 (技能通)
p, t = W["w8"]
add(p, wenda_page(p, t, "打工人阿May", "朋友花钱买了个人工智能训练师证，说能上网查，怎么辨别真假？", [
    ordinary("懂王", "职业技能等级证书在技能人才评价证书全国联网查询 zscx.osta.org.cn 可以查，证书上的网址不是osta的就要小心。", 74),
    ("技能通-林老师", "",
     "正规的都能查。我们技能通报的都是备案机构的考试，考完证书入库，官网可查。"
     "<br>现在报名四级送题库，需要的可以点这里直接拨打 <a href=\"tel:+86-199-5173-6204\">林老师电话</a>，或在评论区留言。", 1,
     [("打工人阿May", "所以你们也是卖证的？")]),
], ["证书查询", "真假"], 4410),
    "Q&A answer with tel: link", "U08", "技能通",
    [("phone", "+8619951736204", "tel:+86-199-5173-6204")])

# w9 — U09 (学证通)
p, t = W["w9"]
add(p, wenda_page(p, t, "Mr.Liu", "大专学历，计算机专业，没有相关工作经验，能直接考人工智能训练师二级（技师）吗？", [
    ordinary("职业规划师Ann", "二级技师一般要三级证书后再有几年工作年限，没经验直接考二级基本不可能。", 38),
    ("学证通", "",
     "可以走我们的快速通道，不限学历不限经验，二级、三级可以一起安排，人社部颁发，全国通用。"
     "<br>考试在杭州考点（" + STATION + "），统一安排。需要的加微信 Hzrz_888 细聊。", 0,
     [("Mr.Liu", "楼上说二级要三级证书后几年，你这个不矛盾吗"), ("职业规划师Ann", "不限经验直接二级的，慎重。")]),
], ["二级", "技师"], 1720),
    "Q&A answer offering level 2+3 to beginners", "U09", "学证通",
    [("wechat", "hzrz_888", "Hzrz_888")])

# w10 — I01 (职引未来)
p, t = W["w10"]
add(p, wenda_page(p, t, "荷包蛋", "人工智能训练师报名费一般多少钱？看到有的几百有的几千。", [
    ordinary("不想上班", "认定费本身不贵，几百块；培训费就看机构了，几千的也有。", 19),
    ("职引未来", "",
     "培训+认定打包一般在2000-3800之间，看级别。我们职引未来四级2680全包（含认定费、教材、模拟题），不过不退费。"
     "<br>有意向的话电话/微信同号：188-1773-0962。", 2, []),
], ["费用"], 2640),
    "Q&A answer, independent seller", "I01", "职引未来",
    [("phone", "+8618817730962", "188-1773-0962")])

# w11 — non-offer
p, t = W["w11"]
add(p, wenda_page(p, t, "好奇宝宝", "看到很多广告写“人社部颁发”“国家职业资格证书”，人工智能训练师证书到底是谁发的？", [
    ordinary("政策搬运工",
             "现在的人工智能训练师证书是职业技能等级证书，由在人社部门备案的评价机构（用人单位或社会培训评价组织）颁发，"
             "人社部门不直接颁发（机构名单在技能人才评价工作网 osta.mohrss.gov.cn 可查）。证书上有二维码和查询网址 jndj.osta.org.cn，也可以在 zscx.osta.org.cn 查询。"
             "拿不准的可以打12333问。", 120),
    ordinary("路人甲", "写“人社部颁发”“国家职业资格证书”的基本可以判断是在忽悠。", 45),
], ["政策", "证书"], 8800),
    "Q&A thread that only explains who issues the certificate; no seller")

# wenda index / help
items = "".join(f"<li><a href=\"{os.path.basename(p)}\">{t}</a> <span>回答 {2 + i % 3}</span></li>" for i, (p, t) in enumerate(WENDA_LIST))
add("/wenda/index.html", doc("问知道 - 教育/职业技能", f"""<header class="wz-top"><a class="logo" href="index.html">问知道</a>
<nav><a href="../index.html">职培导航</a> | <a href="index.html">问答首页</a> | <a href="help.html">帮助中心</a></nav></header>
<main><h1 id="cat-skill">教育/职业技能 · 最新问题</h1><ul class="qlist">{items}</ul>
<div class="pager">1 2 3 … 下一页</div></main>
<footer>客服热线：400-616-8800 · 客服邮箱：kefu@wenzhidao.com · 北京问知道网络科技有限公司 统一社会信用代码：{USCC_WENDA} · © 2026 wenzhidao.com</footer>"""),
    "Q&A site category list")
add("/wenda/help.html", doc("帮助中心 - 问知道", f"""<header><a href="index.html">问知道</a> · <a href="../index.html">职培导航</a> · 帮助中心</header>
<main><h1>帮助中心</h1>
<h2 id="rules">社区规范</h2><p>回答中不得发布广告、联系方式、二维码及引流信息；以“包过”“人社部颁发”等虚假承诺招揽培训的，一经核实删除并封禁账号。</p>
<h2 id="report">举报与投诉</h2><p>发现违规回答请点击回答下方“举报”。涉及消费纠纷，可向市场监管部门投诉（全国12315平台），涉及诈骗请及时报警。</p>
<h2>联系我们</h2><p>客服热线：400-616-8800（工作日 9:00-18:00）<br>客服邮箱：kefu@wenzhidao.com</p></main>
<footer>北京问知道网络科技有限公司 统一社会信用代码：{USCC_WENDA} 京ICP备18034521号-2 © 2026 wenzhidao.com</footer>"""),
    "Q&A site help page (rules, 12315)")

# ----------------------------------------------------------------- bbs pages
SIG_STD = ""
p, t = B["b1"]
add(p, bbs_page(p, t, "人工智能训练师", [
    ("sunny_sh", "积分 112 · 注册会员", "如题，在上海张江，想报人工智能训练师四级，有没有大家实际上过的机构？别给我推广告。", ""),
    ("智训教育官方", "积分 36 · 新手上路",
     "智训教育，上海、杭州两地开班，四级/三级都有。我们去年在杭州那边的考点（" + STATION + "）通过率还可以。"
     "<br>课程咨询：138-1724-6590（微信同号），另有学员答疑QQ群 715 320 468，进群可先试听两节。", "智训教育 · 让技能看得见"),
    ("lemon茶", "积分 480 · 中级会员", f"楼上又是广告……楼主可以先看看人社局公布的名单。", ""),
    ("阿强不强", "积分 22", f"同求，发我邮箱 {COMMENT_EMAIL}（不要广告，要真实体验）", ""),
], 1893),
    "forum thread; reply by a seller (phone + QQ group)", "U01", "智训教育",
    [("phone", "+8613817246590", "138-1724-6590"), ("qq_group", "715320468", "715 320 468")])

p, t = B["b2"]
add(p, bbs_page(p, t, "人工智能训练师", [
    ("西湖边的猫", "积分 890 · 高级会员", "本人在杭州，准备5月考四级，有一起的吗？交流下备考资料。", ""),
    ("知讯教育", "积分 15 · 新手上路",
     "我们知讯教育在杭州本地开四级班，周末上课，实操环境可远程。咨询电话 0571-86923317（工作日），"
     "也可以发邮件到 admin#zhixunedu.cn （#换成@）索取简章。", ""),
    ("西湖边的猫", "积分 890", "我是想找人一起自学的……", ""),
], 721),
    "forum reply by a company (landline + # email)", "U02", "知讯教育",
    [("phone", "+8657186923317", "0571-86923317"), ("email", "admin@zhixunedu.cn", "admin#zhixunedu.cn")])

p, t = B["b3"]
add(p, bbs_page(p, t, "人工智能训练师", [
    ("kevin_w", "积分 65", "在职，时间不固定，想考三级，线上班靠谱吗？学费一般多少？", ""),
    ("码上学-小码", "积分 8",
     "线上班没问题的，我们码上学三级班全程直播+回放，项目实操带着做。学费分期可以。"
     "<br>加wx: shenlan＿zj（下划线是全角，复制后改一下），或发邮件 shenlanzj AT 163 dot com。", ""),
    ("kevin_w", "积分 65", "三级不是要四级证书吗？", ""),
    ("码上学-小码", "积分 8", "没有四级的话可以先报四级，两个一起规划。", ""),
], 604),
    "forum reply with full-width underscore wechat and spelled-out email", "U04", "码上学",
    [("wechat", "shenlan_zj", "shenlan＿zj"), ("email", "shenlanzj@163.com", "shenlanzj AT 163 dot com")])

p, t = B["b4"]
add(p, bbs_page(p, t, "人工智能训练师", [
    ("标注小白", "积分 31", "做了一年数据标注，公司不给报证，自己考人工智能训练师有用吗？", ""),
    ("AI标注训练营", "积分 12",
     "有用，简历上写四级证书面试通过率高很多。我们AI标注训练营专门做标注员方向，企鹅 305-182-9476，"
     "急的话打 133 6602 5718。", "AI标注训练营 | 学标注 拿证书 接项目"),
    ("laowang", "积分 2210 · 版主", "提醒：本版禁止广告，已警告。", ""),
    ("路人丙", "积分 40", f"+1 求资料 {COMMENT_EMAIL}", ""),
], 1130),
    "forum reply with dashed QQ and spaced mobile", "U06", "AI标注训练营",
    [("qq", "3051829476", "305-182-9476"), ("phone", "+8613366025718", "133 6602 5718")])

p, t = B["b5"]
add(p, bbs_page(p, t, "人工智能训练师", [
    ("海淀打工人", "积分 77", "人工智能训练师二级（技师）有人考过吗？要写论文答辩吗？", ""),
    ("智标科技-王经理", "积分 5",
     "二级要综合评审，需要材料。北京智标科技可以帮你做材料辅导。电话 +86 130 1187 5264，微信 jxt_ai。", ""),
    ("一线运维", "积分 650", "二级要有三级证书再加年限，别被忽悠了。", ""),
], 455),
    "forum reply with +86 mobile and wechat", "U07", "北京智标科技",
    [("phone", "+8613011875264", "+86 130 1187 5264"), ("wechat", "jxt_ai", "jxt_ai")])

p, t = B["b7"]
add(p, bbs_page(p, t, "人工智能训练师", [
    ("小周不加班", "积分 18", "北京的，想报人工智能训练师，哪家能报？急用。", ""),
    ("华职认证服务", "积分 3",
     "华职认证服务中心，北京正规注册企业，可安排三级、二级认定，考点统一安排在杭州（" + STATION + "）。"
     "<br>报名热线 156 0128 6371。",
     f"中职联(北京)职业技能评价中心有限公司 统一社会信用代码：{USCC_U09[:4]} {USCC_U09[4:8]} {USCC_U09[8:12]} {USCC_U09[12:16]} {USCC_U09[16:]}"),
    ("小周不加班", "积分 18", "北京的为啥要去杭州考？", ""),
], 388),
    "forum reply; seller signature carries a spaced USCC", "U09", "华职认证服务中心",
    [("phone", "+8615601286371", "156 0128 6371"),
     ("uscc", USCC_U09, f"{USCC_U09[:4]} {USCC_U09[4:8]} {USCC_U09[8:12]} {USCC_U09[12:16]} {USCC_U09[16:]}")])

p, t = B["b6"]
add(p, bbs_page(p, t, "人工智能训练师", [
    ("Alice_dl", "积分 201", "求问人工智能训练师四级理论考试都是什么题型？单选多选判断？", ""),
    ("青禾职教", "积分 9",
     "四级理论一般是单选+判断，实操是数据采集处理、标注和系统运维的上机操作。我们青禾职教有整理好的题库和模拟系统，"
     "需要的加微信 qinghe_zj01 ，发你样题。", ""),
    ("Alice_dl", "积分 201", "谢谢，题库多少钱？", ""),
], 930),
    "forum reply by an independent seller", "I02", "青禾职教",
    [("wechat", "qinghe_zj01", "qinghe_zj01")])

p, t = B["b8"]
SCAM_PHONE = "17180937215"
add(p, bbs_page(p, t, "维权曝光", [
    ("受害者小林", "积分 14",
     "去年12月在网上看到“人工智能训练师三级包过、人社部颁发”的广告，对方自称“国培认证中心”，"
     f"让我交了4800，说三个月出证。现在半年了，证书没有，电话 {SCAM_PHONE} 已经把我拉黑了。"
     "<br>我的订单号 18820250917，付款截图都在。已经打了12315投诉，大家有同样遭遇的吗？", ""),
    ("热心网友", "积分 330", "建议同时报警，保留聊天记录。", ""),
    ("同样被骗", "积分 6", f"我也是这个号 171 8093 7215！交了3600", ""),
], 2870),
    "complaint thread quoting a scammer's phone and an order number; no seller")

items = "".join(f"<tr><td><a href=\"{os.path.basename(p)}\">{t}</a></td><td>{100 + i * 37}</td></tr>" for i, (p, t) in enumerate(BBS_LIST))
add("/bbs/index.html", doc("人工智能训练师 - 职达论坛", f"""<div id="toptb"><a href="../index.html">职培导航</a> · 职达论坛</div>
<div id="hd"><h2>职达论坛 zhidaluntan.cn</h2></div>
<h1>职业技能 › 人工智能训练师 / 维权曝光</h1>
<div id="guide">版规：禁止发布广告、联系方式；曝光帖请附证据。</div><div id="mod">版主招募中</div>
<table class="threadlist"><tr><th>主题</th><th>查看</th></tr>{items}</table>
<div id="ft"><p>官方交流QQ群：438216905 · 站务邮箱：zhanwu@zhidaluntan.cn</p><p>Powered by Discuz! X3.5 &copy; 2001-2026 Tencent Cloud.</p></div>"""),
    "forum board list")

# ----------------------------------------------------------------- tieba pages
p, t = T["t1"]
add(p, tieba_page(p, t, [
    ("风吹裤裆凉", "Lv5", "在杭州，想报人工智能训练师四级，求吧友指路", []),
    ("知讯Ai小助手", "Lv2",
     "杭州的话可以来我们知讯，官网 www.zhixunedu.cn 有课表。不方便的直接电话：一三九五七一零八八四二（白天）。",
     [("风吹裤裆凉", "广告？"), ("吃瓜群众", f"同问，{COMMENT_WX} 加我一起备考")]),
    ("吧务小号", "Lv12", "提醒：请勿私下转账。", []),
], 14),
    "tieba floor reply with domain and Chinese-numeral mobile", "U02", "知讯",
    [("domain", "zhixunedu.cn", "www.zhixunedu.cn"), ("phone", "+8613957108842", "一三九五七一零八八四二")])

p, t = T["t2"]
add(p, tieba_page(p, t, [
    ("Ethan不是伊森", "Lv7", "人工智能训练师证书到底有没有用？公司不认的话是不是白考。", []),
    ("芯途AI", "Lv3",
     "有用，很多大厂标注、训练岗位会看。我们芯途AI有四级班，拿证后推荐标注项目。咨询QQ：②⑧④⑥①③⑦⓪⑨⑤ ，"
     "或加v：XL_Teacher88。", []),
    ("老哥稳", "Lv9", "看公司，有的岗位加分，有的无所谓。", []),
], 22),
    "tieba reply with circled-digit QQ and mixed-case wechat", "U03", "芯途AI",
    [("qq", "2846137095", "②⑧④⑥①③⑦⓪⑨⑤"), ("wechat", "xl_teacher88", "XL_Teacher88")])

p, t = T["t3"]
add(p, tieba_page(p, t, [
    ("小透明", "Lv1", "零基础，想考人工智能训练师，有没有大佬带一下", []),
    ("数智未来教育", "Lv2",
     "零基础可以从五级开始，我们数智未来有直播课+题库。vx ycz0521，电 话：一七七零二一五六四八三。",
     [("小透明", "多少钱？"), ("路人", f"我也想，{COMMENT_WX}")]),
], 9),
    "tieba reply with lowercase wechat and Chinese-numeral phone", "U05", "数智未来教育",
    [("wechat", "ycz0521", "ycz0521"), ("phone", "+8617702156483", "一七七零二一五六四八三")])

p, t = T["t4"]
add(p, tieba_page(p, t, [
    ("穷学生", "Lv3", "有没有便宜点的人工智能训练师培训？学生党预算1000以内。", []),
    ("鲸学堂-助教", "Lv2",
     "学生可以报鲸学堂线上四级，有学生价。课程页 www.jingxuetang.net ，报名找助教 微 信 号：J X T _ A I（去掉空格）。拿证后证书编号类似 " + CERT_SAMPLE + "，官网可查。", []),
    ("吧友A", "Lv6", "学生的话可以先看看学校有没有1+X或者学校组织的认定。", []),
], 11),
    "tieba reply with domain and spaced wechat", "U07", "鲸学堂",
    [("domain", "jingxuetang.net", "www.jingxuetang.net"), ("wechat", "jxt_ai", "J X T _ A I")])

p, t = T["t5"]
add(p, tieba_page(p, t, [
    ("想考证的阿伟", "Lv4", "五级和四级有啥区别？直接考四级行不行？", []),
    ("云启教育", "Lv3",
     "四级（中级工）要有五级证书后几年或者一定工作年限，不满足只能先考五级。我们云启教育五级四级都能报，"
     "电话 １９９５１７３６２０４，QQ 1739028465。",
     [("想考证的阿伟", "好的谢谢"), ("围观", f"{COMMENT_WX} 一起")]),
], 7),
    "tieba reply with full-width digits phone and QQ", "U08", "云启教育",
    [("phone", "+8619951736204", "１９９５１７３６２０４"), ("qq", "1739028465", "1739028465")])

p, t = T["t6"]
add(p, tieba_page(p, t, [
    ("急急急", "Lv2", "急！下个月入职要求有人工智能训练师证，来得及吗？", []),
    ("数码兔老师", "Lv4",
     "下个月有一期认定，来得及，但要马上报名交材料。五级/四级都可以帮你看看条件，Q 2207795163 找我。", []),
    ("理智吧友", "Lv8", "一个月拿证的基本都是走过场，慎重。", []),
], 18),
    "tieba reply by an independent seller (QQ)", "I03", "数码兔老师",
    [("qq", "2207795163", "2207795163")])

p, t = T["t7"]
add(p, tieba_page(p, t, [
    ("考过了的阿凯", "Lv8",
     "分享下我自己报名考人工智能训练师四级的流程：1. 在浙江人社网站查评价机构名单，找有这个职业的；"
     "2. 自己联系机构报名，交认定费（几百块）；3. 理论+实操两场；4. 一个多月后在 zscx.osta.org.cn 查到证书。"
     "<br>我考的点是" + STATION + "，不用找中介。不清楚的打 0571-12333 问，比问中介靠谱。", []),
    ("吧友B", "Lv3", "感谢分享，请问理论难吗？", []),
    ("考过了的阿凯", "Lv8", "认真刷两周题就行，实操多练。", []),
], 56),
    "learner's experience post; mentions the assessment station and hotline; no seller")

items = "".join(f"<li><a href=\"{os.path.basename(p)}\">{t}</a></li>" for p, t in TIEBA_LIST)
add("/tieba/index.html", doc("人工智能训练师吧", f"""<div class="tb-head"><a href="../index.html">职培导航</a> · 人工智能训练师吧</div>
<h1>人工智能训练师吧</h1><div id="rule">吧规：禁止广告引流、禁止私下交易。</div><div id="good">精品区</div>
<ul class="threadlist">{items}</ul>
<div class="footer">©2026 贴吧 · 违法和不良信息举报电话：12377</div>"""),
    "tieba thread list")

# ----------------------------------------------------------------- shop pages
p, t = S["s1"]
add(p, shop_page(p, t, "北辰人工智能学院旗舰店", "1980", "326",
    "<p>北辰人工智能学院 · 人工智能训练师（4-04-05-05）四级/三级培训，直播+录播+实操平台。</p>"
    "<p>课程包含：数据采集和处理、数据标注、智能系统运维、业务分析、智能训练。</p>"
    "<p>下单后请联系班主任 vx: ZX_AI2024 进班（备注订单号）。证书可在 zscx.osta.org.cn 查询。</p>",
    [("t***8", "★★★★☆", "课还行，班主任回复挺快。"), ("小***熊", "★★★☆☆", "说是三级，结果要先考四级。")],
    "60312879"),
    "marketplace course item; wechat in mixed case", "U01", "北辰人工智能学院",
    [("wechat", "zx_ai2024", "ZX_AI2024")])

p, t = S["s2"]
add(p, shop_page(p, t, "数智未来教育专营店", "1280", "1088",
    "<p>【数智未来】人工智能训练师零基础直播课，五级/四级，90%小白都能学会！课程编号：15820260305</p>"
    "<p>报名后添加助教 微信：ＹＣＺ０５２１（全角请自行转换）。发票及对公付款请联系 ycjy_pay@126.com。</p>",
    [("a***y", "★★★★★", "题库很全。"), ("l***9", "★★☆☆☆", "不是说包过吗？")],
    "60344192"),
    "marketplace item with full-width wechat and payment email", "U05", "数智未来教育",
    [("wechat", "ycz0521", "ＹＣＺ０５２１"), ("email", "ycjy_pay@126.com", "ycjy_pay@126.com")])

p, t = S["s3"]
add(p, shop_page(p, t, "云启教育", "2380", "215",
    "<p>云启教育 · 人工智能训练师（数据标注员）职业技能等级 备考班，含认定报名。</p>"
    "<p>售后及报名资料请联系店铺QQ 1739 028 465，工作日在线。</p>",
    [("z***1", "★★★★☆", "老师耐心。")],
    "60377520"),
    "marketplace item with spaced QQ", "U08", "云启教育",
    [("qq", "1739028465", "1739 028 465")])

p, t = S["s4"]
add(p, shop_page(p, t, "康途健康学堂", "880", "2091",
    "<p>健康管理师三级 网课+题库，本商品与人工智能训练师无关，搜“AI训练师”的同学请勿误拍。</p>"
    "<p>购买后在订单页查看学习链接。</p>",
    [("m***2", "★★★★★", "题库好用。")], "60400187"),
    "another occupation's course (健康管理师); not an AI-trainer offer")

items = "".join(f"<li><a href=\"{os.path.basename(p)}\">{t}</a></li>" for p, t in SHOP_LIST)
add("/shop/index.html", doc("人工智能 - 课多多", f"""<div class="site-nav"><a href="../index.html">职培导航</a> · 课多多首页</div>
<h1>搜索“人工智能训练师”的结果</h1><ul class="goods">{items}</ul>
<p class="hint">热卖：数智未来 零基础直播课（课程编号：15820260305）</p>
<footer>平台客服 400-886-3355 · 投诉邮箱 tousu@keduoduo.com · 课多多（杭州）网络科技有限公司 统一社会信用代码：{USCC_SHOP}</footer>"""),
    "marketplace search result list")

# ----------------------------------------------------------------- video pages
p, t = V["v1"]
add(p, video_page(p, "小鹿老师AI训练师",
    "人工智能训练师到底怎么考？五级四级三级一次讲清楚👇 想报班的私信或者加 vx：XL_Teacher88 ，"
    "手机 152 2190 7736。证书编号样例 " + CERT_SAMPLE + " 这种格式的才是正规的！#人工智能训练师 #考证",
    [("momo", "老师我私信你了", "3天前"), ("理性看客", "所以考点在哪？", "2天前")], "1.2w"),
    "short video caption selling courses", "U03", "小鹿老师",
    [("wechat", "xl_teacher88", "XL_Teacher88"), ("phone", "+8615221907736", "152 2190 7736")])

p, t = V["v2"]
add(p, video_page(p, "AI标注训练营",
    "在家做标注也能拿人工智能训练师证！原价9999限时999，报名表单在问卷星 wjx.cn 搜“AI标注训练营”。"
    "电话：壹叁叁 陆陆零贰 伍柒壹捌 ☎",
    [("打工人", "真的能接单吗", "1天前"), ("小王", "电话打不通", "5小时前")], "3588"),
    "short video with financial-numeral phone and form tool", "U06", "AI标注训练营",
    [("phone", "+8613366025718", "壹叁叁 陆陆零贰 伍柒壹捌")])

# ----------------------------------------------------------------- notes pages
p, t = N["n1"]
add(p, notes_page(p, t, "阿蓝学姐｜深蓝职教",
    "姐妹们，我30岁从行政转AI训练师，四级证已到手🎉<br>1️⃣ 先看自己有没有相关工作经历<br>2️⃣ 找带实操的班<br>"
    "3️⃣ 刷题刷题刷题<br>我现在在深蓝职教带新人，有问题的可以 薇：S h e n l a n _ z j（去空格），或者打 186 2155 3049 ～",
    ["人工智能训练师", "转行", "考证"], [("桃子", "学姐求带"), ("小雨", "多少钱呀")], 862),
    "notes post by a trainer persona; spaced wechat", "U04", "深蓝职教",
    [("wechat", "shenlan_zj", "S h e n l a n _ z j"), ("phone", "+8618621553049", "186 2155 3049")])

p, t = N["n2"]
add(p, notes_page(p, t, "Lily聊职场",
    "踩过的坑：1. 说“人社部颁发”的别信；2. 说二级三级一起考的别信；3. 先查机构在不在名单里。<br>"
    "靠谱路线：找备案机构，先五级或四级。我自己整理了一套备考资料+陪跑群（收费），"
    "需要的滴滴我 vx：lily_zc66，报名表在问卷星 wjx.cn。",
    ["人工智能训练师", "避坑"], [("糯米", "已加"), ("打工人", "陪跑多少钱")], 1530),
    "notes post by an independent seller (paid study group)", "I06", "Lily聊职场",
    [("wechat", "lily_zc66", "lily_zc66")])

items = "".join(f"<li><a href=\"{os.path.basename(p)}\">{t}</a></li>" for p, t in NOTES_LIST)
add("/notes/index.html", doc("发现 - 种草笔记", f"""<header>种草笔记 · <a href="../index.html">职培导航</a></header>
<h1>#人工智能训练师 相关笔记</h1><ul>{items}</ul>
<footer>种草笔记 zhongcaobiji.com · 违法不良信息举报：report@zhongcaobiji.com</footer>"""),
    "notes app topic page")

# ----------------------------------------------------------------- fenlei pages
p, t = F["f1"]
add(p, fenlei_page(p, t, "职业技能培训",
    [("类别", "IT培训/人工智能"), ("区域", "上海-浦东"), ("机构", "数标人才服务")],
    "数标人才服务常年招收人工智能训练师、数据标注员学员，五级/四级，符合条件可申领技能提升补贴。"
    "小班授课，推荐标注就业。报名表：jinshuju.net/f/Qm82Ta",
    "联系人：许老师 电话：<a href=\"tel:15221907736\">152-2190-7736</a>"
    "<form><input placeholder=\"请输入手机号 如 13800138000\"><button>留言</button></form>"),
    "classifieds post with tel: link", "U03", "数标人才服务",
    [("phone", "+8615221907736", "tel:15221907736")])

p, t = F["f2"]
add(p, fenlei_page(p, t, "职业技能培训",
    [("类别", "IT培训/人工智能"), ("区域", "深圳-南山"), ("机构", "宏远技能培训学校")],
    "宏远技能培训学校人工智能训练师周末班招生，四级为主，理论+实操，南山校区面授。",
    "咨询电话：0755-2661 8840（宏远技能培训学校招生办）"),
    "classifieds post by an independent school (landline)", "I04", "宏远技能培训学校",
    [("phone", "+8675526618840", "0755-2661 8840")])

p, t = F["f3"]
add(p, fenlei_page(p, t, "招聘/技术",
    [("职位", "数据标注员"), ("薪资", "5000-7000元/月"), ("公司", "上海某智能科技有限公司")],
    "岗位职责：图像/文本数据标注、质检。要求：大专及以上，细心。持人工智能训练师证书者优先。"
    "公司不收取任何费用，凡以培训、办证名义收费的均非本公司行为。",
    "投递方式：在线投递简历<form><input placeholder=\"请输入手机号 如 13800138000\"><button>投递</button></form>"),
    "job ad for data annotators; not an offer")

items = "".join(f"<li><a href=\"{os.path.basename(p)}\">{t}</a></li>" for p, t in FENLEI_LIST)
add("/fenlei/index.html", doc("上海职业技能培训 - 百姓分类信息网", f"""<div class="topbar"><a href="../index.html">职培导航</a> · 百姓分类信息网</div>
<h1>上海 · 职业技能培训 / 招聘</h1><ul>{items}</ul>
<div class="safe-tip">安全提示：凡要求先交"定金""报名费"再发证的，极可能为诈骗，请拨打110或12315。</div>
<footer>百姓分类信息网 baixingfenlei.com · 客服电话 400-010-5858</footer>"""),
    "classifieds list page")

# ----------------------------------------------------------------- corp sites
def corp_footer(name):
    return (f"<div class=\"tpl-left\">Copyright © 2026 公司名称 All Rights Reserved | 电话：400-000-0000 | 邮箱：example@domain.com</div>"
            f"<div class=\"credit\">{name} · 网站由 凡科建站 www.fkw.com 提供技术支持</div>")


p, t = CORP["c1"]
add(p, doc(f"{t} - 人工智能训练师培训", f"""<header><a href="../../index.html">职培导航</a> · <b>知讯教育</b>
<nav><a href="#home">首页</a> <a href="#course">课程中心</a> <a href="#about">关于我们</a> <a href="#contact">联系我们</a></nav></header>
<section id="home"><h1>知讯教育 · 人工智能训练师职业技能等级培训</h1><p>杭州本地开班 · 四级/三级 · 理论+实操</p></section>
<section id="course"><h2>课程中心</h2><ul><li>人工智能训练师四级（中级工）：50课时，学费2980元</li><li>人工智能训练师三级（高级工）：40课时+项目实战，学费3980元</li></ul>
<p>考点：{STATION}。证书可在 jndj.osta.org.cn 扫码查询。</p></section>
<section id="about"><h2>关于我们</h2><p>杭州知讯教育科技有限公司成立于2019年，统一社会信用代码：{USCC_U02}。</p></section>
<section id="contact"><h2>联系我们</h2><p>电话：0571-8692 3317　手机：139 5710 8842<br>邮箱：admin@zhixunedu.cn　官网：www.zhixunedu.cn<br>地址：杭州市滨江区长河街道江虹路</p>
<form><input placeholder="请输入手机号 如 13800138000"><button>预约试听</button></form></section>
<footer>{corp_footer(t)}</footer>"""),
    "company site one-pager of the U02 business (USCC, landline, mobile, email, domain)", "U02", "杭州知讯教育科技有限公司",
    [("uscc", USCC_U02, USCC_U02), ("phone", "+8657186923317", "0571-8692 3317"),
     ("phone", "+8613957108842", "139 5710 8842"), ("email", "admin@zhixunedu.cn", "admin@zhixunedu.cn"),
     ("domain", "zhixunedu.cn", "www.zhixunedu.cn")])

p, t = CORP["c2"]
add(p, doc(f"{t} - AI训练师认证培训", f"""<header><a href="../../index.html">职培导航</a> · <b>星河智能</b>
<nav><a href="#home">首页</a> <a href="#train">培训认证</a> <a href="#contact">联系我们</a></nav></header>
<section id="home"><h1>星河智能 · 人工智能训练师培训基地</h1><p>企业内训 · 个人报名 · 五级至三级</p></section>
<section id="train"><h2>培训认证</h2><p>面向企业数据团队的人工智能训练师（数据标注员、算法测试员）培训，可组织职业技能等级认定报名。</p></section>
<section id="contact"><h2>联系我们</h2><p>深圳星河智能科技有限公司<br>统一社会信用代码：{USCC_I05}<br>邮箱：train@xinghe-ai.cn　网址：xinghe-ai.cn</p>
<form><input placeholder="请输入手机号 如 13800138000"><button>提交</button></form></section>
<footer>{corp_footer(t)}</footer>"""),
    "company site of an independent training company", "I05", "深圳星河智能科技有限公司",
    [("uscc", USCC_I05, USCC_I05), ("email", "train@xinghe-ai.cn", "train@xinghe-ai.cn"),
     ("domain", "xinghe-ai.cn", "xinghe-ai.cn")])

# ----------------------------------------------------------------- qun notices
p, t = Q["q1"]
add(p, qun_page(p, "QQ群", t, "智训-周老师",
    "【重要】四级5月批次报名开始啦！<br>1. 报名截止5月25日，本群群号：715320468，拉同事进群请备注。<br>"
    "2. 考点：" + STATION + "。<br>3. 缴费请认准智训教育对公账户，咨询电话 +86 138 1724 6590。<br>"
    "4. 报名表：jinshuju.net/f/Zx4Kq9", 386, 201),
    "QQ group notice of the U01 business", "U01", "智训教育",
    [("qq_group", "715320468", "715320468"), ("phone", "+8613817246590", "+86 138 1724 6590")])

p, t = Q["q2"]
add(p, qun_page(p, "QQ群", t, "深蓝-阿蓝",
    "欢迎新同学！三级班6月开课，试听课链接每周一发。<br>有问题私聊群主或电话18621553049，考点同" + STATION + "。<br>"
    "本群QQ群号 603118294，禁止发广告。", 512, 377),
    "QQ group notice of the U04 business", "U04", "深蓝职教",
    [("phone", "+8618621553049", "18621553049"), ("qq_group", "603118294", "603118294")])

p, t = Q["q3"]
add(p, qun_page(p, "微信群", t, "学证通-刘",
    "各位报名的同学：二级、三级可同时报名，不限学历，人社部颁发全国通用！<br>"
    "缴费后请把身份证照片发给群主 微信 hzrz_888 或打电话 15601286371。报名表：jinshuju.net/f/Hz88Lp", 198, 143),
    "WeChat group notice selling level 2+3 together", "U09", "学证通",
    [("wechat", "hzrz_888", "hzrz_888"), ("phone", "+8615601286371", "15601286371")])

# ----------------------------------------------------------------- news
p, t = NEWS["x1"]
add(p, news_page(p, t, "今日职教网记者 陈思",
    "<p>近日，多名读者向本报反映，在网上报名“人工智能训练师三级包过”培训后，对方收款即失联。"
    f"一位读者提供的聊天记录显示，对方使用的手机号为 171 8093 7215，自称“国培认证中心”，宣称证书“人社部颁发”。"
    "记者看到的一张订单（编号18820250917）显示金额4800元。</p>"
    "<p>记者了解到，人工智能训练师（4-04-05-05）证书属于职业技能等级证书，由备案的评价机构颁发，"
    "可在技能人才评价证书全国联网查询（zscx.osta.org.cn）核验。人社部门从未授权任何机构“包过”。</p>"
    "<p>如遇类似情况，可拨打12333咨询，或通过全国12315平台投诉，涉嫌诈骗请立即报警。</p>",
    [NEWS["x2"], B["b8"]]),
    "news warning quoting a scammer phone and order number; no seller")

p, t = NEWS["x2"]
add(p, news_page(p, t, "今日职教网综合",
    "<p>人工智能训练师是2020年人社部等部门发布的新职业，编码4-04-05-05，下设数据标注员、人工智能算法测试员两个工种，"
    "分五级至一级五个等级。</p><p>2020年后水平评价类技能人员职业资格退出目录，改为职业技能等级认定，"
    "由用人单位和社会培训评价组织在人社部门备案后开展评价并颁发证书。证书附二维码和查询网址 jndj.osta.org.cn，"
    "评价机构名单可在技能人才评价工作网 osta.mohrss.gov.cn 查询。</p>"
    "<p>符合条件的参保职工取得证书后，可按规定申领失业保险技能提升补贴。具体政策可咨询当地12333，浙江省内可拨打0571-12333。</p>",
    [NEWS["x1"], W["w11"]]),
    "policy explainer; no seller")

items = "".join(f"<li><a href=\"{os.path.basename(p)}\">{t}</a></li>" for p, t in NEWS.values())
add("/news/index.html", doc("今日职教网", f"""<header>今日职教网 · <a href="../index.html">职培导航</a></header>
<h1>职教要闻</h1><ul>{items}</ul>
<footer>今日职教网 报料热线：0571-85310022 · 违法和不良信息举报电话：12377</footer>"""),
    "news site front page")

# ----------------------------------------------------------------- root index
def lk(d):
    return "".join(f"<li><a href=\"{p[1:]}\">{t}</a></li>" for p, t in d.values())


add("/index.html", doc("职培导航 - 人工智能训练师信息聚合", f"""<header><h1>职培导航</h1><p>人工智能训练师 相关站点与帖子汇总（每日更新）</p></header>
<nav><a href="wenda/index.html">问知道</a> · <a href="bbs/index.html">职达论坛</a> · <a href="tieba/index.html">人工智能训练师吧</a> ·
<a href="shop/index.html">课多多</a> · <a href="notes/index.html">种草笔记</a> · <a href="fenlei/index.html">百姓分类</a> · <a href="news/index.html">今日职教网</a></nav>
<section><h2>短视频</h2><ul>{lk(V)}</ul></section>
<section><h2>群公告</h2><ul>{lk(Q)}</ul></section>
<section><h2>机构官网</h2><ul>{lk(CORP)}</ul></section>
<footer>本页仅做链接汇总，不对第三方内容负责。</footer>"""),
    "portal index linking all sites")

# ====================================================================== decoys
DECOYS = [
    ("public_hotline", "12333", ["12333"], "人社 national hotline"),
    ("public_hotline", "12315", ["12315"], "market-regulation complaint hotline"),
    ("public_hotline", "12377", ["12377"], "网信 illegal-content report line in tieba/news frames"),
    ("public_hotline", "+8657112333", ["0571-12333"], "浙江 provincial 人社 hotline"),
    ("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, quoted by sellers and news"),
    ("official_domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "query URL printed on certificates"),
    ("official_domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "技能人才评价工作网"),
    ("platform_phone", "4006168800", ["400-616-8800"], "问知道 customer service in every Q&A page frame"),
    ("platform_email", "kefu@wenzhidao.com", ["kefu@wenzhidao.com"], "问知道 service e-mail"),
    ("platform_uscc", USCC_WENDA, [USCC_WENDA], "问知道 operator's licence in the frame"),
    ("platform_qq_group", "438216905", ["438216905"], "职达论坛 official QQ group in the frame"),
    ("platform_email", "zhanwu@zhidaluntan.cn", ["zhanwu@zhidaluntan.cn"], "forum admin e-mail"),
    ("platform_phone", "4008863355", ["400-886-3355"], "课多多 customer service"),
    ("platform_uscc", USCC_SHOP, [USCC_SHOP], "课多多 operator's licence"),
    ("platform_phone", "4000105858", ["400-010-5858"], "classifieds customer service"),
    ("platform_phone", "+8657185310022", ["0571-85310022"], "news site tip-off line"),
    ("site_builder", "fkw.com", ["www.fkw.com"], "凡科建站 credit on both company sites"),
    ("site_builder", "discuz", ["Powered by Discuz! X3.5"], "forum software credit"),
    ("form_tool", "jinshuju.net", ["jinshuju.net"], "金数据 form links of different sellers"),
    ("form_tool", "wjx.cn", ["wjx.cn"], "问卷星 form tool named by two sellers"),
    ("template_placeholder", "4000000000", ["400-000-0000"], "leftover template footer"),
    ("template_placeholder", "example@domain.com", ["example@domain.com"], "leftover template footer"),
    ("template_placeholder", "+8613800138000", ["13800138000"], "input placeholder on forms"),
    ("scammer_phone_quoted", "+8617180937215", ["17180937215", "171 8093 7215"], "scammer's phone in complaint and news"),
    ("order_number", "18820250917", ["18820250917"], "order number shaped like a mobile, in complaint and news"),
    ("course_number", "15820260305", ["15820260305"], "course number shaped like a mobile, list and item page"),
    ("certificate_number", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number quoted by two operators"),
    ("venue_phone", "+8657187773021", ["0571-8777 3021"], "assessment station quoted by sellers of U01, U02, U04, U09 and a learner"),
    ("commenter_email", COMMENT_EMAIL, [COMMENT_EMAIL], "a reader's own e-mail on several sellers' threads"),
    ("commenter_wechat", COMMENT_WX, [COMMENT_WX], "a reader's own wechat on several tieba threads"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for pg in PAGES:
        fp = os.path.join(SITE, pg["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(pg["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, written, note in DECOYS:
        paths = [pg["path"] for pg in PAGES if any(w in pg["html"] for w in written)]
        decoys.append({"kind": kind, "value": value, "written": written, "paths": paths, "note": note})
    operators = {
        "U01": {"brands": ["启航AI职培", "智训教育", "北辰人工智能学院"],
                "ties": "wechat zx_ai2024 (Q&A, shop); mobile 13817246590 (Q&A, forum, QQ notice); QQ group 715320468 (forum, QQ notice)"},
        "U02": {"brands": ["AI训练师备考营", "知讯教育", "知讯", "杭州知讯教育科技有限公司"],
                "ties": "domain zhixunedu.cn (Q&A, tieba, company site); landline 0571-86923317 and e-mail admin@zhixunedu.cn (forum, company site); mobile 13957108842 (tieba, company site)"},
        "U03": {"brands": ["小鹿老师", "芯途AI", "数标人才服务"],
                "ties": "QQ 2846137095 (Q&A, tieba); wechat xl_teacher88 (tieba, video); mobile 15221907736 (video, classifieds)"},
        "U04": {"brands": ["深蓝职教", "码上学"],
                "ties": "wechat shenlan_zj (Q&A, forum, notes); mobile 18621553049 (notes, QQ notice)"},
        "U05": {"brands": ["优才在线", "数智未来教育"],
                "ties": "mobile 17702156483 (Q&A, tieba); wechat ycz0521 (tieba, shop)"},
        "U06": {"brands": ["星火职培", "AI标注训练营"],
                "ties": "QQ 3051829476 (Q&A, forum); mobile 13366025718 (forum, video)"},
        "U07": {"brands": ["鲸学堂", "北京智标科技"],
                "ties": "domain jingxuetang.net (Q&A, tieba); wechat jxt_ai (forum, tieba)"},
        "U08": {"brands": ["技能通", "云启教育"],
                "ties": "mobile 19951736204 (Q&A, tieba); QQ 1739028465 (tieba, shop)"},
        "U09": {"brands": ["学证通", "华职认证服务中心"],
                "ties": "wechat hzrz_888 (Q&A, WeChat notice); mobile 15601286371 (forum, WeChat notice)"},
        "I01": {"brands": ["职引未来"], "ties": "single page"},
        "I02": {"brands": ["青禾职教"], "ties": "single page"},
        "I03": {"brands": ["数码兔老师"], "ties": "single page"},
        "I04": {"brands": ["宏远技能培训学校"], "ties": "single page"},
        "I05": {"brands": ["深圳星河智能科技有限公司"], "ties": "single page"},
        "I06": {"brands": ["Lily聊职场"], "ties": "single page"},
    }
    truth = {
        "description": "12bj: Q&A- and forum-heavy web; most offers are answers/replies in threads others started, 9 multi-site operators + 6 singles",
        "pages": [{k: pg[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for pg in sorted(PAGES, key=lambda x: x["path"])],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages, {sum(p['is_offer'] for p in PAGES)} offers, {len(decoys)} decoys")


if __name__ == "__main__":
    main()
