#!/usr/bin/env python3
"""Generate the operators-2026-12ai test web (site/ + truth.json).

Standard library only, deterministic (no randomness at all).
Theme: e-commerce and live commerce selling 人工智能训练师 certificate courses.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WU = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind2, region6, body8):
    s17 = kind2 + region6 + body8 + _org_check(body8)
    s = sum(AL.index(c) * w for c, w in zip(s17, WU))
    r = 31 - s % 31
    return s17 + AL[0 if r == 31 else r]


USCC_TAOJISHI = uscc("91", "330100", "MA27WL4C")   # marketplace operator (decoy)
USCC_HUAYAN = uscc("91", "440300", "MA5G2R8C")     # U03
USCC_PENGCHENG = uscc("52", "440306", "MJL61274")  # U04 (民办非企业单位 training school)
USCC_LUMING = uscc("91", "330106", "MA2J0F6U")     # U01
USCC_ZHICAI = uscc("91", "330110", "MA2H7K31")     # U07
USCC_HENGZHI = uscc("91", "440104", "MA9W3D5X")    # I05
USCC_JZT = uscc("91", "310115", "MA1K4N7P")        # U08

PAGES = {}   # path -> html
TRUTH = []   # page entries
DECOYS = []


def page(path, html, is_offer, operator, provider, identifiers, note):
    assert path not in PAGES, path
    PAGES[path] = html
    TRUTH.append({
        "path": "/" + path,
        "is_offer": is_offer,
        "operator": operator,
        "provider": provider,
        "identifiers": [list(x) for x in identifiers],
        "note": note,
    })


def decoy(kind, value, paths, note):
    DECOYS.append({"kind": kind, "value": value, "paths": ["/" + p for p in paths], "note": note})


def up(path):
    """relative prefix from a page back to site root"""
    d = path.count("/")
    return "../" * d


# ---------------------------------------------------------------- shared CSS
CSS_MALL_A = """body{margin:0;font:12px/1.6 "PingFang SC","Microsoft YaHei",sans-serif;color:#3c3c3c;background:#f4f4f4}
.site-nav{background:#f5f5f5;border-bottom:1px solid #eee;height:30px;line-height:30px}
.site-nav a{color:#6c6c6c;margin:0 8px;text-decoration:none}
.hd{background:#fff;padding:14px 40px;display:flex;align-items:center}
.logo{font-size:26px;color:#ff5000;font-weight:bold;margin-right:40px}
.search input{width:420px;border:2px solid #ff5000;height:32px}
.search button{background:#ff5000;color:#fff;border:0;height:36px;width:80px}
.shop-hd{background:linear-gradient(90deg,#2b2b2b,#5a4632);color:#fff;padding:12px 40px}
.shop-hd .score span{margin-right:14px}
.wrap{width:1190px;margin:10px auto;display:flex;gap:12px}
.main{flex:1;background:#fff;padding:18px}
.side{width:230px;background:#fff;padding:12px}
.price{background:#fff2e8;padding:10px;font-size:14px}
.price em{color:#ff4400;font-size:26px;font-style:normal}
.tb-btn{display:inline-block;padding:10px 34px;margin-right:8px;color:#fff;background:#ff4400}
.tb-btn.cart{background:#ff9402}
.rate li{border-bottom:1px dashed #e5e5e5;padding:8px 0;list-style:none}
.ft{background:#fff;border-top:2px solid #ff5000;margin-top:30px;padding:20px 40px;color:#999;text-align:center}
.ft a{color:#666;margin:0 6px}
table.spec{border-collapse:collapse}table.spec td,table.spec th{border:1px solid #e6e6e6;padding:6px 10px}
"""

CSS_MALL_B = """body{margin:0;font:12px/150% Arial,"Microsoft YaHei";color:#666;background:#fff}
#shortcut{background:#e3e4e5;height:30px;line-height:30px}#shortcut a{color:#999;margin:0 10px}
#header{height:110px;display:flex;align-items:center;padding:0 60px}
#logo{font:bold 30px/1 "Microsoft YaHei";color:#e1251b;margin-right:60px}
#search input{width:460px;height:34px;border:2px solid #e1251b}
#search .btn{background:#e1251b;color:#fff;padding:9px 20px}
#navitems{background:#e1251b;color:#fff;padding:8px 60px}#navitems a{color:#fff;margin-right:22px}
.crumb-wrap{padding:8px 60px;border-bottom:1px solid #ddd}
.contact-shop{float:right;color:#333}
.product-intro{display:flex;padding:20px 60px;gap:24px}
.preview img{width:350px;height:350px;border:1px solid #eee}
.sku-name{font:700 16px "Microsoft YaHei";color:#666}
.summary-price{background:#f3f3f3;padding:10px}.p-price{color:#e4393c;font-size:22px}
.btn-special1{background:#df3033;color:#fff;padding:10px 26px;display:inline-block}
.detail{padding:0 60px}.tab-main{border-bottom:2px solid #e4393c}.tab-main span{padding:8px 20px;display:inline-block}
.tab-main span.current{background:#e4393c;color:#fff}
.comment-item{border-bottom:1px solid #eee;padding:10px 0}
table.Ptable{border-collapse:collapse;width:600px}table.Ptable td,table.Ptable th{border:1px solid #ddd;padding:6px}
#footer{border-top:1px solid #ddd;margin-top:30px;padding:20px 60px;background:#f5f5f5}
#footer dl{display:inline-block;width:160px;vertical-align:top}
#footer .copyright{text-align:center;color:#999;margin-top:16px}
"""

CSS_LIVE = """body{margin:0;background:#161823;color:#e8e8ea;font:14px/1.6 -apple-system,"PingFang SC",sans-serif}
a{color:#fe2c55}header.top{height:56px;display:flex;align-items:center;padding:0 24px;background:#121212}
.brand{font-size:22px;font-weight:700;color:#fff;margin-right:30px}
.container{display:flex;gap:16px;padding:16px 24px}
.player{flex:1}.player video{width:100%;background:#000;aspect-ratio:16/9}
.anchor{display:flex;align-items:center;gap:10px;padding:10px 0}
.anchor img{width:48px;height:48px;border-radius:50%}
.cart{background:#241f2e;border-radius:8px;padding:10px;margin-top:10px}
.cart .item{display:flex;gap:10px;border-bottom:1px solid #333;padding:8px 0}
.cart .item .pr{color:#fe2c55;font-weight:700}
aside.chat{width:340px;background:#1f2029;border-radius:8px;padding:12px}
.pinned{background:#3a2a10;border-left:3px solid #facd41;padding:8px;margin-bottom:10px}
.cmt{padding:6px 0;border-bottom:1px solid #2a2a33}.cmt b{color:#8ab4ff;font-weight:400}
.subtitle{background:#1f2029;padding:12px;border-radius:8px;margin-top:14px;color:#bbb}
footer.ft{color:#777;font-size:12px;text-align:center;padding:24px;border-top:1px solid #2a2a33}
"""

CSS_TUAN = """body{margin:0 auto;max-width:480px;background:#f6f6f6;font:14px/1.5 -apple-system,sans-serif;color:#222}
.bar{background:#fff;padding:10px 14px;display:flex;justify-content:space-between;border-bottom:1px solid #eee}
.banner img{width:100%;height:240px;background:#ddd;display:block}
.pricebox{background:linear-gradient(90deg,#ff3b30,#ff7a45);color:#fff;padding:12px 14px}
.pricebox .now{font-size:28px;font-weight:700}.pricebox del{opacity:.75;margin-left:6px}
.card{background:#fff;margin:8px 0;padding:12px 14px}
.leader{display:flex;align-items:center;gap:10px}.leader img{width:40px;height:40px;border-radius:50%}
.joined li{list-style:none;padding:4px 0;border-bottom:1px dashed #eee}
.btns{position:sticky;bottom:0;display:flex}.btns a{flex:1;text-align:center;padding:14px;color:#fff;background:#ff3b30}
.btns a.solo{background:#ff9f0a}
.powered{text-align:center;color:#aaa;font-size:12px;padding:16px}
table.lv{width:100%;border-collapse:collapse}table.lv td,table.lv th{border:1px solid #eee;padding:6px;text-align:center}
"""

CSS_XQ = """body{margin:0;background:#fff;font:14px/1.6 "PingFang SC",sans-serif;color:#111}
.topbar{background:#ffe60f;padding:10px 20px;font-weight:700}
.topbar a{color:#111;margin-left:16px;font-weight:400}
.wrap{max-width:760px;margin:0 auto;padding:16px}
.seller{display:flex;gap:12px;align-items:center}.seller img{width:44px;height:44px;border-radius:50%}
.tag{background:#fff6b3;color:#8a6d00;padding:0 6px;border-radius:4px;font-size:12px}
.price{color:#ff4400;font-size:24px;font-weight:700}.price small{font-size:13px;color:#999;text-decoration:line-through;margin-left:8px}
.desc{white-space:pre-wrap;margin:12px 0}.pics img{width:220px;height:220px;background:#eee;margin:4px}
.msgs li{list-style:none;border-top:1px solid #f0f0f0;padding:8px 0}
.footer{color:#999;font-size:12px;text-align:center;padding:20px;border-top:1px solid #eee}
"""

CSS_KEFU = """body{margin:0;background:#eef1f5;font:13px/1.6 "Microsoft YaHei",sans-serif}
.win{max-width:720px;margin:20px auto;background:#fff;border-radius:6px;box-shadow:0 2px 12px rgba(0,0,0,.12)}
.win-hd{background:#2d8cf0;color:#fff;padding:10px 16px;border-radius:6px 6px 0 0}
.log{padding:14px 18px}.msg{margin:10px 0;display:flex;flex-direction:column}
.msg .who{color:#999;font-size:12px}.msg .bubble{display:inline-block;max-width:78%;padding:8px 12px;border-radius:6px;background:#f2f3f5}
.msg.agent .bubble{background:#e8f3ff}.msg.visitor{align-items:flex-end}.msg.visitor .bubble{background:#95ec69}
.sys{color:#aaa;text-align:center;font-size:12px;margin:8px 0}
.win-ft{border-top:1px solid #eee;padding:10px 16px;color:#aaa;font-size:12px}
textarea{width:100%;height:60px;border:1px solid #ddd}
"""

CSS_PLAIN = """body{margin:0;font:15px/1.75 "PingFang SC","Microsoft YaHei",serif;color:#333;background:#fafafa}
header{background:#fff;border-bottom:1px solid #e5e5e5;padding:10px 30px}header nav a{margin-right:16px;color:#333}
.container{max-width:960px;margin:0 auto;display:flex;gap:24px;padding:20px}
article{flex:1;background:#fff;padding:24px}aside{width:250px;background:#fff;padding:16px;font-size:13px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:6px 10px}
footer{text-align:center;color:#888;font-size:12px;padding:24px;border-top:1px solid #e5e5e5;background:#fff}
.meta{color:#999;font-size:13px}.reply{border-top:1px solid #eee;padding:10px 0}
"""


def doc(title, css, body, path, extra_head=""):
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{title}</title>\n{extra_head}<style>\n{css}</style>\n</head>\n<body>\n"
        + body + "\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- platform: 淘集市 (mall A)
def mall_a(path, title, shop, shop_score, item_html, side_html, rates_html, crumbs="教育培训 &gt; 职业技能 &gt; IT/互联网"):
    r = up(path)
    body = f"""<div class="site-nav">
  <a href="{r}index.html">淘集市首页</a><span>亲，请<a href="#login">登录</a> <a href="#reg">免费注册</a></span>
  <span style="float:right"><a href="#my">我的淘集市</a><a href="#cart">购物车</a><a href="#fav">收藏夹</a><a href="#seller">千牛卖家中心</a><a href="{r}mall-a/help-cert.html">帮助中心</a><a href="#map">网站导航</a></span>
</div>
<div class="hd">
  <div class="logo"><a href="{r}mall-a/search.html" style="color:#ff5000;text-decoration:none">淘集市</a></div>
  <form class="search" action="{r}mall-a/search.html" method="get"><input name="q" value="人工智能训练师" aria-label="搜索"><button type="submit">搜 索</button></form>
</div>
<div class="shop-hd">
  <strong style="font-size:18px">{shop}</strong>
  <span class="score">&nbsp;&nbsp;{shop_score}</span>
  <span style="float:right"><a href="#follow" style="color:#ffd">+ 关注店铺</a> | <a href="#shop" style="color:#ffd">进店逛逛</a></span>
</div>
<div style="width:1190px;margin:8px auto;color:#999">所在位置：<a href="{r}mall-a/search.html">淘集市</a> &gt; {crumbs}</div>
<div class="wrap">
<div class="main">
{item_html}
<div class="tabs" style="margin-top:20px;border-bottom:2px solid #ff5000"><b style="background:#ff5000;color:#fff;padding:6px 18px;display:inline-block">宝贝详情</b> <span style="padding:6px 18px">累计评价</span> <span style="padding:6px 18px">专享服务</span></div>
<!-- rate list start -->
<h3>累计评价</h3>
<ul class="rate">
{rates_html}
</ul>
<!-- rate list end -->
</div>
<aside class="side">
{side_html}
</aside>
</div>
<div class="ft">
  <p><a href="#about">关于淘集市</a>|<a href="#partner">合作伙伴</a>|<a href="#ad">营销中心</a>|<a href="#jubao">廉正举报</a>|<a href="{r}mall-a/help-cert.html">联系客服</a>|<a href="#open">开放平台</a>|<a href="#job">诚征英才</a>|<a href="#legal">法律声明及隐私权政策</a></p>
  <p>淘集市客服热线：400-857-1688（7×24小时） 违规举报邮箱：jubao@taojishi.com</p>
  <p>© 2014-2025 taojishi.com 版权所有 浙ICP备14038821号-3 增值电信业务经营许可证：浙B2-20140517</p>
  <p>杭州淘集市网络有限公司 统一社会信用代码：{USCC_TAOJISHI}</p>
</div>"""
    return doc(title + " - 淘集市", CSS_MALL_A, body, path)


MALL_A_PAGES = []


# ---------------------------------------------------------------- platform: 京选商城 (mall B)
def mall_b(path, title, shop, item_html, detail_html, comments_html, crumbs="图书/教育 &gt; 职业培训 &gt; 人工智能"):
    r = up(path)
    body = f"""<div id="shortcut"><div style="padding:0 60px"><a href="{r}index.html">京选首页</a><span>你好，请<a href="#login">登录</a><a href="#reg">免费注册</a></span>
<span style="float:right"><a href="#order">我的订单</a><a href="#vip">会员PLUS</a><a href="#biz">企业采购</a><a href="#service">客户服务</a><a href="#merchant">商家服务</a></span></div></div>
<div id="header"><div id="logo"><a href="{r}mall-b/list.html" style="color:#e1251b;text-decoration:none">京选商城</a></div>
<div id="search"><input type="text" value="AI训练师 证书" aria-label="搜索"><a class="btn" href="{r}mall-b/list.html">搜索</a></div></div>
<div id="navitems"><a href="#">秒杀</a><a href="#">优惠券</a><a href="#">PLUS会员</a><a href="#">品牌闪购</a><a href="#">拍卖</a><a href="#">京选教育</a></div>
<div class="crumb-wrap"><a href="{r}mall-b/list.html">全部分类</a> &gt; {crumbs}
<div class="contact-shop"><span class="name">{shop}</span> <a href="#im">联系客服</a> <a href="#follow">关注店铺</a></div></div>
<div class="product-intro">
{item_html}
</div>
<div class="detail">
<div class="tab-main"><span class="current">商品介绍</span><span>规格与包装</span><span>售后保障</span><span>商品评价</span></div>
{detail_html}
<h3>商品评价</h3>
<div id="comment">
{comments_html}
</div>
</div>
<div id="footer">
<dl><dt>购物指南</dt><dd>购物流程</dd><dd>会员介绍</dd><dd>常见问题</dd></dl>
<dl><dt>支付方式</dt><dd>货到付款</dd><dd>在线支付</dd><dd>分期付款</dd></dl>
<dl><dt>售后服务</dt><dd>售后政策</dd><dd>价格保护</dd><dd>退款说明</dd></dl>
<dl><dt>商家服务</dt><dd>商家入驻</dd><dd>商家后台</dd><dd>入驻交流QQ群：735120486</dd></dl>
<div class="copyright">京选商城全国客服热线：4006-189-360 ｜ 京ICP备19027731号 ｜ © 2019-2025 jxmall.cn 版权所有<br>
<small>本商城部分商品由第三方商家提供，商家资质信息请见店铺首页“商家资质”栏目。</small></div>
</div>"""
    return doc(title + "【行情 价格 评价】-京选商城", CSS_MALL_B, body, path)


# ---------------------------------------------------------------- platform: 快看直播 (live)
def live(path, title, anchor_name, anchor_meta, room_title, date, cart_html, pinned_html, comments_html, subtitle_html):
    r = up(path)
    body = f"""<header class="top"><span class="brand">快看直播</span>
<nav><a href="{r}live/index.html">推荐</a> · <a href="{r}live/index.html">直播回放</a> · <a href="#follow">关注</a> · <a href="#upload">投稿</a></nav>
<span style="margin-left:auto"><a href="{r}index.html">网站导航</a></span></header>
<div class="container">
<main class="player">
  <video controls poster="../img/live-poster.jpg" aria-label="直播回放"></video>
  <h1 style="font-size:18px">【直播回放】{room_title}</h1>
  <div class="anchor"><img src="../img/avatar-{os.path.basename(path)[:-5]}.jpg" alt="{anchor_name}的头像"><div><b>{anchor_name}</b><br><small>{anchor_meta}</small></div>
  <a href="#follow" style="margin-left:auto;background:#fe2c55;color:#fff;padding:4px 16px;border-radius:4px">关注</a></div>
  <div class="meta" style="color:#999">直播时间：{date} · 回放由平台自动生成</div>
  <section class="cart"><h3 style="margin:0">🛒 小黄车商品</h3>
  {cart_html}
  </section>
  <section class="subtitle"><h3 style="margin-top:0">回放字幕摘录（自动识别，可能有误）</h3>
  {subtitle_html}
  </section>
</main>
<aside class="chat">
  <div class="pinned">📌 <b>置顶评论</b><br>{pinned_html}</div>
  {comments_html}
  <div class="cmt" style="color:#facd41"><b>快看直播小助手</b>：欢迎来到直播间！快看直播倡导绿色直播，严禁私下交易、引导站外付款，谨防诈骗，如遇诈骗请拨打反诈专线96110。</div>
</aside>
</div>
<footer class="ft">快看直播 kkzhibo.com ｜ 官方账号：快看直播小助手 ｜ 违法和不良信息举报电话：400-140-1800 ｜ 网络文化经营许可证 京网文〔2021〕1357-208号<br>
未成年人保护 ｜ 用户协议 ｜ 隐私政策 ｜ © 2025 快看直播</footer>"""
    return doc(title + " - 快看直播", CSS_LIVE, body, path)


# ---------------------------------------------------------------- platform: 拼拼团 mini program (web view)
def tuan(path, title, banner_alt, price_html, leader_html, card_html, joined_html):
    r = up(path)
    body = f"""<div class="bar"><a href="{r}tuan/index.html">‹ 返回</a><b>拼拼团</b><span>··· ◎</span></div>
<div class="banner"><img src="../img/{os.path.basename(path)[:-5]}-banner.jpg" alt="{banner_alt}"></div>
<div class="pricebox">{price_html}</div>
<div class="card leader">{leader_html}</div>
{card_html}
<div class="card"><h4 style="margin:0 0 6px">拼团记录</h4><ul class="joined" style="padding:0">
{joined_html}
</ul></div>
<div class="btns"><a class="solo" href="#buy">单独购买</a><a href="#join">发起拼团</a></div>
<div class="powered">拼拼团小程序 · 本页面由 团立方SaaS 提供技术支持 · 服务热线 0571-86930211<br>
<a href="{r}index.html">更多拼团</a> ｜ 交易纠纷请在小程序内“我的-售后”发起</div>"""
    return doc(title, CSS_TUAN, body, path)


# ---------------------------------------------------------------- platform: 闲趣二手 (second hand)
def xq(path, title, seller_html, price_html, desc, pics_html, msgs_html):
    r = up(path)
    body = f"""<div class="topbar">闲趣 · 让闲置游起来 <a href="{r}xianyu/index.html">首页</a><a href="{r}xianyu/index.html">分类</a><a href="#sell">发闲置</a><a href="#msg">消息</a></div>
<div class="wrap">
<div class="seller">{seller_html}</div>
<div class="price">{price_html}</div>
<h1 style="font-size:17px">{title}</h1>
<div class="desc">{desc}</div>
<div class="pics">{pics_html}</div>
<h3>留言</h3><ul class="msgs" style="padding:0">
{msgs_html}
</ul>
<p><a href="#want" style="background:#ffe60f;color:#111;padding:8px 26px;border-radius:18px">我想要</a> <a href="#chat">聊一聊</a></p>
</div>
<div class="footer">闲趣二手 xianqu.com ｜ 交易请走平台担保，勿私下转账 ｜ © 2025</div>"""
    return doc(title + "_闲趣", CSS_XQ, body, path)


# ---------------------------------------------------------------- chat transcript (智云客服 widget)
def kefu(path, title, head, msgs):
    r = up(path)
    rows = []
    for who, name, t, text in msgs:
        if who == "sys":
            rows.append(f'<div class="sys">{text}</div>')
        else:
            rows.append(f'<div class="msg {who}"><span class="who">{name} {t}</span><div class="bubble">{text}</div></div>')
    body = f"""<div class="win">
<div class="win-hd">{head}</div>
<div class="log">
{chr(10).join(rows)}
</div>
<form class="win-ft" action="#send" method="post"><textarea placeholder="请输入您要咨询的问题" aria-label="输入框"></textarea>
<button type="submit">发送</button> <a href="{r}index.html">关闭</a><br>
本对话由 智云客服 提供技术支持 · zhiyunkf.com · 400-611-7072</form>
</div>"""
    return doc(title, CSS_KEFU, body, path)


def plain(path, title, header_html, article_html, aside_html, footer_html, css=CSS_PLAIN):
    body = f"""<header>{header_html}</header>
<div class="container">
<article>
{article_html}
</article>
<aside>
{aside_html}
</aside>
</div>
<footer>{footer_html}</footer>"""
    return doc(title, css, body, path)


# ======================================================================
# U01 — 智训未来 / 小鹿老师讲AI / 鹿鸣数智
# ======================================================================
P = "mall-a/item-7731.html"
PAGES_U01 = [P]
item = """<div style="display:flex;gap:20px">
<div><img src="../img/7731-main.jpg" alt="人工智能训练师证书 三级四级 报名 智训未来 官方授权" width="400" height="400"></div>
<div style="flex:1">
<h1 style="font-size:16px">【官方报名】人工智能训练师证书考证培训 四级/三级 职业技能等级证书 数据标注 零基础可报 包教包会</h1>
<p style="color:#ff4400">限时加赠：历年真题题库+实操录播课 ｜ 报名成功后48小时内拉班级群</p>
<div class="price">价格 <del>¥4980.00</del><br>淘集市价 <em>¥1680.00</em> - <em>¥2680.00</em><br>
<span>月销 300+ ｜ 累计评价 1263 ｜ 送积分 168</span></div>
<p>等级：<label><input type="radio" name="lv" checked> 四级(中级工) ¥1680</label> <label><input type="radio" name="lv"> 三级(高级工) ¥2680</label> <label><input type="radio" name="lv"> 四级+三级 连报</label></p>
<p>服务：✓ 7天无理由（未开课） ✓ 极速退款 ✓ 电子发票</p>
<p><a class="tb-btn" href="#buy">立即购买</a><a class="tb-btn cart" href="#cart">加入购物车</a></p>
</div></div>
<h2 style="font-size:14px;border-left:3px solid #ff5000;padding-left:8px">宝贝详情</h2>
<p><img src="../img/7731-d1.jpg" alt="人社部门备案认定机构颁发 全国联网可查 智训未来"></p>
<table class="spec"><tr><th>课程名称</th><td>人工智能训练师（4-04-05-05）考前培训</td></tr>
<tr><th>授课方式</th><td>线上直播+录播，实操线上模拟</td></tr>
<tr><th>课时</th><td>四级50课时 / 三级40课时</td></tr>
<tr><th>证书</th><td>职业技能等级证书，可在 技能人才评价证书全国联网查询（zscx.osta.org.cn）查询</td></tr>
<tr><th>咨询</th><td>下单前请先联系客服核对报考条件</td></tr></table>
<p>🔥报名条件：四级需从事相关工作满一定年限，不满足的同学请先咨询老师帮您评估～<br>
💬 课程顾问微信（备注“淘集市”）：<b>V：zxwl_kf01</b><br>
📞 报名咨询：137 6182 4590（工作日9:00-18:00）</p>
<p style="color:#999">*人社咨询请拨打12333。证书查询以官方网站为准。</p>"""
side = """<div class="seller-info"><h4>掌柜档案</h4>
<p>店铺：智训未来教育旗舰店<br>掌柜：智训未来官方<br>店铺ID：66120387<br>所在地：浙江 杭州</p>
<p><img src="../img/wangwang.png" alt="和我联系"> 旺旺在线</p></div>
<h4>店内热销</h4><ul style="padding-left:16px"><li>数据标注员实操训练营 ¥399</li><li>Python零基础入门 ¥199</li><li>人工智能训练师 题库VIP ¥69</li></ul>"""
rates = """<li><b>t**8</b>（超级会员）：课程很系统，老师回复及时，四级已经拿证了，可以在官网查到。<small>2025-07-19 · 等级:四级</small></li>
<li><b>小**喵</b>：客服态度好，就是实操部分要自己多练。<small>2025-08-02 · 等级:三级</small><br><i>[掌柜回复] 亲，实操可以在群里预约老师一对一答疑哦~</i></li>
<li><b>a**y</b>：比线下机构便宜不少，推荐。<small>2025-08-30</small></li>"""
page(P, mall_a(P, "人工智能训练师证书考证培训 四级/三级", "智训未来教育旗舰店",
               "<span>描述 4.8↑</span><span>服务 4.9↑</span><span>物流 4.8-</span>", item, side, rates),
     True, "U01", "智训未来教育旗舰店",
     [("wechat", "zxwl_kf01", "V：zxwl_kf01"), ("phone", "+8613761824590", "137 6182 4590"),
      ("other", "taojishi-shop:66120387", "店铺ID：66120387")],
     "marketplace item page, AI trainer level 4/3 course, shop header + platform footer")
MALL_A_PAGES.append(P)

P = "live/replay-20250916.html"
PAGES_U01.append(P)
cart = """<div class="item"><img src="../img/cart-1.jpg" alt="AI训练师三级冲刺班" width="60"><div>1号链接｜AI训练师 三级冲刺班（含题库+实操）<br><span class="pr">¥1980</span> <del>¥3980</del> 已售 862</div></div>
<div class="item"><img src="../img/cart-2.jpg" alt="数据标注实操课" width="60"><div>2号链接｜数据标注实战小白课 <span class="pr">¥9.9</span> 引流款</div></div>"""
pinned = "【小鹿老师】今晚福利价只到12点！拍1号链接后一定加助教 <b>ｖ：ＺＸＷＬ＿ＫＦ０１</b> 领资料包，拉你进班群；不方便微信的加扣扣 2876 610 453"
cmts = """<div class="cmt"><b>用户7712</b>：三级要什么条件啊</div>
<div class="cmt"><b>小鹿老师讲AI</b> 回复 用户7712：做过标注/审核一年以上的基本都能报，不确定的私我帮你看</div>
<div class="cmt"><b>王小明1990</b>：我也想学 有没有一起的 加我 wx：wang_xm1990 组队报名</div>
<div class="cmt"><b>橘子汽水</b>：证书是人社部发的吗</div>
<div class="cmt"><b>小鹿老师讲AI</b> 回复 橘子汽水：是备案的评价机构发证，官网可查的哈，查询网站 zscx.osta.org.cn</div>
<div class="cmt"><b>momo</b>：已拍 等发货（虚拟商品也叫发货哈哈）</div>"""
sub = """<p>……家人们，人工智能训练师，国家职业分类大典里面的，编码四零四零五零五，新职业。现在好多公司做大模型，都缺做数据标注、做评测的人……</p>
<p>……原价三千九百八，今天直播间一千九百八，再送你们题库……名额就五十个，拍完的扣个“已拍”……</p>
<p>……有宝宝问能不能补贴，有社保满一年的，考完三级可以去申请技能提升补贴，具体以当地为准啊……</p>"""
page(P, live(P, "AI训练师三级考证 福利专场", "小鹿老师讲AI", "快看号：xiaolu_ai88 · 粉丝 3.2万 · 教育领域创作者",
             "零基础转行AI训练师｜三级证书福利专场", "2025-09-16 20:00", cart, pinned, cmts, sub),
     True, "U01", "小鹿老师讲AI",
     [("wechat", "zxwl_kf01", "ｖ：ＺＸＷＬ＿ＫＦ０１"), ("qq", "2876610453", "2876 610 453"),
      ("other", "kkzhibo:xiaolu_ai88", "快看号：xiaolu_ai88")],
     "live-stream replay; pinned comment gives assistant wechat (full-width) and QQ")

P = "kefu/chat-luming.html"
PAGES_U01.append(P)
msgs = [
    ("sys", "", "", "访客来自：百度推广 · 关键词“人工智能训练师怎么考” · 2025-10-11 14:02"),
    ("agent", "鹿鸣数智-李老师", "14:02:10", "您好，欢迎咨询鹿鸣数智职业培训，请问您想了解哪个项目？"),
    ("visitor", "访客#20931", "14:02:41", "人工智能训练师 四级多少钱"),
    ("agent", "鹿鸣数智-李老师", "14:03:05", "四级（中级工）培训+认定一共 1580 元，三级 2380 元，两级一起报是 3600 元，现在报名送一年题库会员哦"),
    ("visitor", "访客#20931", "14:03:30", "我没做过相关工作可以吗"),
    ("agent", "鹿鸣数智-李老师", "14:04:12", "四级需要有相关工作经历，我们这边可以帮您看一下材料，您方便留个联系方式吗？或者加我扣扣：二八七六六一〇四五三"),
    ("visitor", "访客#20931", "14:05:01", "有没有邮箱 我把简历发过去"),
    ("agent", "鹿鸣数智-李老师", "14:05:33", "可以的，发到 luming_ai(at)163.com ，标题写“训练师报名+姓名”。我们官网 www.lmszedu.cn 上有往期学员的证书展示~"),
    ("visitor", "访客#20931", "14:06:10", "好 谢谢"),
    ("agent", "鹿鸣数智-李老师", "14:06:20", "不客气～考试在每季度末，今年最后一期12月中旬截止报名"),
    ("sys", "", "", "访客已离开 · 对话时长 4分10秒"),
]
page(P, kefu(P, "在线咨询 - 鹿鸣数智职业培训", "鹿鸣数智职业培训 · 在线咨询（对话记录）", msgs),
     True, "U01", "鹿鸣数智职业培训",
     [("qq", "2876610453", "二八七六六一〇四五三"), ("email", "luming_ai@163.com", "luming_ai(at)163.com"),
      ("domain", "lmszedu.cn", "www.lmszedu.cn")],
     "customer-service chat transcript with price quote; QQ in Chinese numerals")

P = "lmsz/index.html"
PAGES_U01.append(P)
art = f"""<h1>人工智能训练师（四级/三级）职业技能等级认定 培训招生简章</h1>
<p class="meta">发布：鹿鸣数智教务处 ｜ 2025年第四期</p>
<p><img src="../img/lmsz-banner.jpg" alt="鹿鸣数智 人工智能训练师 招生 2025第四期"></p>
<h2>一、项目介绍</h2>
<p>人工智能训练师是《中华人民共和国职业分类大典》收录的新职业（职业编码4-04-05-05），下设数据标注员、人工智能算法测试员两个工种。本期培训面向从事数据标注、内容审核、智能客服运营等相关岗位的在职人员。</p>
<h2>二、报考条件（摘要）</h2>
<ul><li>四级：累计从事本职业或相关职业工作满规定年限，或相关专业技工院校毕业生；</li><li>三级：取得四级证书后从事本职业满规定年限等（具体以评价机构公告为准）。</li></ul>
<h2>三、费用</h2>
<table><tr><th>级别</th><th>培训费</th><th>认定费</th><th>合计</th></tr>
<tr><td>四级/中级工</td><td>1200元</td><td>380元</td><td>壹仟伍佰捌拾元</td></tr>
<tr><td>三级/高级工</td><td>1880元</td><td>500元</td><td>贰仟叁佰捌拾元</td></tr></table>
<p>符合条件的参保职工取证后可按规定申领失业保险技能提升补贴（四级最高1500元、三级最高2000元），政策咨询请拨打12333。</p>
<h2>四、报名方式</h2>
<p>邮箱报名：<a href="mailto:luming_ai@163.com">luming_ai@163.com</a><br>
报名热线：0571-8819 2036（周一至周五）<br>
地址：杭州市西湖区文三路 398 号 东信大厦 7 楼</p>"""
aside = f"""<h3>机构信息</h3><p>杭州鹿鸣数智科技有限公司<br>统一社会信用代码：{USCC_LUMING}</p>
<h3>快速导航</h3><ul><li><a href="#kc">课程体系</a></li><li><a href="#sz">师资团队</a></li><li><a href="../kefu/chat-luming.html">在线咨询</a></li></ul>"""
foot = """Copyright © 2025 www.lmszedu.cn 杭州鹿鸣数智科技有限公司 浙ICP备2023011872号<br>
<small>技术支持：建站宝 jianzhanbao.com</small>"""
page(P, plain(P, "人工智能训练师招生简章_鹿鸣数智职业培训",
              '<nav><b>鹿鸣数智</b> <a href="../index.html">首页</a><a href="#kc">课程</a><a href="#news">新闻</a><a href="#about">关于我们</a></nav>',
              art, aside, foot),
     True, "U01", "鹿鸣数智职业培训",
     [("email", "luming_ai@163.com", "luming_ai@163.com"), ("domain", "lmszedu.cn", "www.lmszedu.cn"),
      ("phone", "+8657188192036", "0571-8819 2036"), ("uscc", USCC_LUMING, USCC_LUMING)],
     "training company's own enrolment page (招生简章) with fee table and email sign-up")


# ======================================================================
# U02 — 码上AI职教 / 职通证书拼团 / 柚子不加糖 / AI职业规划研究所
# ======================================================================
P = "mall-b/item-100234.html"
PAGES_U02 = [P]
item = """<div class="preview"><img src="../img/100234.jpg" alt="码上AI职教 AI训练师证书课程 主图"></div>
<div class="itemInfo">
<div class="sku-name">码上AI职教 AI训练师（人工智能训练师）职业技能等级证书 五级/四级 网课+模拟考试 在线课程</div>
<div class="news" style="color:#e4393c">【学员专享】报名即入学员群，班主任全程督学</div>
<div class="summary-price">京 选 价 <span class="p-price">￥<b>2.98k</b></span> <del>￥5,980.00</del><br>
促　　销 满2000减200　｜　PLUS会员再享95折</div>
<p>选择等级： [五级 ￥1,980] [四级 ￥2,980] [五级+四级 ￥4,380]</p>
<p>服务支持：店铺发货 · 虚拟商品不支持7天无理由 · 提供电子发票</p>
<p><a class="btn-special1" href="#buy">立即购买</a></p>
<p style="color:#999">商家咨询电话：186-2103-7745 ｜ 学员群：812346650</p>
</div>"""
detail = """<div class="p-parameter"><table class="Ptable"><tr><th>商品名称</th><td>AI训练师 五/四级 网课</td></tr><tr><th>店铺</th><td>码上AI职教专营店</td></tr>
<tr><th>授课形式</th><td>录播 + 每周两次直播答疑</td></tr><tr><th>有效期</th><td>购买后 365 天</td></tr></table></div>
<p><img src="../img/100234-d.jpg" alt="AI训练师证书样本 职业技能等级证书 示意图"></p>
<p>📌 AI Trainer（人工智能训练师）是大模型时代的新兴岗位：数据清洗、数据标注、Prompt评测……本课程按照《人工智能训练师国家职业技能标准（2021年版）》编排。</p>
<p>❗说明：证书由备案评价机构颁发，需本人满足申报条件并参加认定考试；本店只提供培训与报名辅导服务。</p>"""
comments = """<div class="comment-item"><b>j***n</b> ★★★★★ 课程内容可以，助教挺负责。<small>2025-06-11</small></div>
<div class="comment-item"><b>深***2</b> ★★★★ 就是题库有点旧了，问了客服说会更新。<small>2025-07-03</small></div>
<div class="comment-item"><b>匿名用户</b> ★★★★★ 五级一次过，开心。<small>2025-08-21</small></div>"""
page(P, mall_b(P, "码上AI职教 AI训练师职业技能等级证书网课", "码上AI职教专营店", item, detail, comments),
     True, "U02", "码上AI职教专营店",
     [("phone", "+8618621037745", "186-2103-7745"), ("qq_group", "812346650", "学员群：812346650")],
     "second marketplace item page, price written 2.98k with strike-through")

P = "tuan/group-ai-trainer.html"
PAGES_U02.append(P)
price = """<span class="now">¥699</span><span>3人团</span><del>单买¥1280</del><br><small>已拼 1,026 件 ｜ 距结束 02:13:45</small>"""
leader = """<img src="../img/leader-zt.jpg" alt="团长头像"><div><b>团长：职通证书拼团 · 小橙</b><br><small>本团专属客服 vx：mashang_ai</small></div>"""
card = """<div class="card"><h3 style="margin:0">【3人成团】人工智能训练师五级（初级工）考证全程班 网课+报名指导</h3>
<p>✅ 国家新职业 4-04-05-05 ✅ 零基础也能学（申报条件需审核）✅ 每月开班</p>
<table class="lv"><tr><th>等级</th><th>拼团价</th><th>单买价</th></tr><tr><td>五级</td><td>699</td><td>1280</td></tr><tr><td>四级</td><td>1099</td><td>1980</td></tr></table>
<p>成团后请联系团长核对身份信息：☎ 186📞2103📞7745</p></div>
<div class="card"><h4 style="margin:0">商品详情</h4><img src="../img/tuan-zt-d.jpg" alt="拼团商品详情 人工智能训练师五级 课程目录" style="width:100%"></div>"""
joined = """<li>🙋 王**（已成团）3分钟前</li><li>🙋 L***a 等待1人成团 <a href="#join">去参团</a></li><li>🙋 大**子（已成团）1小时前</li>"""
page(P, tuan(P, "【3人团】人工智能训练师五级考证全程班 - 拼拼团", "人工智能训练师五级 拼团 699", price, leader, card, joined),
     True, "U02", "职通证书拼团",
     [("wechat", "mashang_ai", "vx：mashang_ai"), ("phone", "+8618621037745", "186📞2103📞7745")],
     "group-buy mini-program page; phone split by emoji")

P = "xianyu/item-5589103.html"
PAGES_U02.append(P)
seller = """<img src="../img/xq-youzi.jpg" alt="柚子不加糖"><div><b>柚子不加糖</b> <span class="tag">芝麻信用极好</span><br><small>来自 上海 · 3天前来过 · 卖出 47 件</small></div>"""
price = "¥399<small>¥1280</small>"
desc = """出！AI训练师四级 网课账号 + 报名名额 🙏
本人报了机构的课后来有事没法学，课程还有 10 个月有效期，题库都没动过
可以帮你走报名流程（要你自己符合条件哈，有标注工作经历的最好）
诚心要的直接 薇 mashang_ai 备注闲趣，不回就是在上班～
不包邮（虚拟的包啥邮 哈哈）"""
pics = """<img src="../img/xq-5589103-1.jpg" alt="网课截图 人工智能训练师 四级 课程目录"><img src="../img/xq-5589103-2.jpg" alt="示例证书 证书编号1511 2033 089">"""
msgs = """<li><b>一只小咸鱼</b>：还在吗 能便宜点不</li><li><b>柚子不加糖</b>：在的 可以小刀</li><li><b>Ricky</b>：证书查得到吗</li>
<li><b>柚子不加糖</b>：考过了就能在osta那个网站查到</li>"""
page(P, xq(P, "转 AI训练师四级网课+报名名额 有效期10个月", seller, price, desc, pics, msgs),
     True, "U02", "柚子不加糖",
     [("wechat", "mashang_ai", "薇 mashang_ai"), ("other", "xianqu:柚子不加糖", "柚子不加糖")],
     "second-hand post reselling a course seat; actually the operator's sales channel")

P = "wx/aizhigui-20251102.html"
PAGES_U02.append(P)
art = """<h1>2025年最后一批！人工智能训练师报名通道即将关闭（附报考条件+费用）</h1>
<p class="meta">原创 AI职业规划研究所 · 2025-11-02 20:31 · 上海</p>
<p>最近后台好多小伙伴问：<b>AI训练师</b>到底值不值得考？今天一次说清楚👇</p>
<h2>01 这是个什么证？</h2>
<p>人工智能训练师，是2020年人社部等部门发布的新职业，大典编码 4-04-05-05。证书属于<strong>职业技能等级证书</strong>，由备案的评价机构颁发，可在“技能人才评价证书全国联网查询”查询。</p>
<h2>02 费用多少？</h2>
<p>五级：一千二百八；四级：一千九百八；三级：两千九百八。<br>（参保满一年的，取证后还可以申请技能提升补贴，四级最高1500元）</p>
<h2>03 怎么报名？</h2>
<p>扫描文末二维码，或者加入学员答疑QQ群 8１2３4６6５0，群公告里有报名表。<br>
商务合作：aizhigui@foxmail.com</p>
<p><img src="../img/wx-qr-aizhigui.jpg" alt="长按识别二维码 加入人工智能训练师报名群"></p>
<p class="meta">阅读 1.1万 · 在看 86 · 赞 203</p>
<h3>精选留言</h3>
<div class="reply"><b>春风十里</b>：去年考了四级，补贴到账了1500</div>
<div class="reply"><b>作者</b> 回复：恭喜！</div>"""
aside = """<h3>关于公众号</h3><p>AI职业规划研究所<br>专注AI新职业规划与职业技能证书</p><p><img src="../img/wx-logo.jpg" alt="公众号二维码"></p>"""
page(P, plain(P, "2025年最后一批！人工智能训练师报名通道即将关闭",
              '<nav><b>微信公众平台 · 文章</b> <a href="../index.html">返回</a></nav>', art, aside,
              "微信扫一扫 关注该公众号 ｜ 本页面为公众号文章网页版"),
     True, "U02", "AI职业规划研究所",
     [("qq_group", "812346650", "8１2３4６6５0"), ("email", "aizhigui@foxmail.com", "aizhigui@foxmail.com")],
     "WeChat official-account article (web view) with Chinese-numeral prices and mixed-width QQ group")


# ======================================================================
# U03 — 启元职业教育 / 数标工坊 / 华研职培
# ======================================================================
P = "mall-a/item-8820.html"
PAGES_U03 = [P]
item = """<div style="display:flex;gap:20px">
<div><img src="../img/8820-main.jpg" alt="启元教育 AI训练师 考证 包过班? 不，是陪跑班" width="400" height="400"></div>
<div style="flex:1">
<h1 style="font-size:16px">启元 人工只能训练师 证书报考 三级 高级工 数据标注员 算法测试员 深圳线下+线上</h1>
<div class="price">价格 <em>¥3280.00</em> <span style="color:#999">起</span><br>
<span>月销 86 ｜ 累计评价 402</span></div>
<p>课程编号：13905120618（下单请备注）</p>
<p>套餐：<label><input type="radio" name="t" checked> 三级全程班</label> <label><input type="radio" name="t"> 三级+技能补贴申领辅导</label></p>
<p><a class="tb-btn" href="#buy">立即购买</a><a class="tb-btn cart" href="#cart">加入购物车</a></p>
</div></div>
<h2 style="font-size:14px;border-left:3px solid #ff5000;padding-left:8px">宝贝详情</h2>
<p>✔ 三级（高级工）需持四级证书并满足工作年限，报名前老师一对一审核材料。<br>
✔ 认定考点：深圳市职业技能鉴定第三考点（考务咨询 0755-2396 0817）<br>
✔ 线下班地址：深圳市福田区深南中路 3024 号 航空大厦 12 楼</p>
<p>报名咨询 ☎ 0755-28336719 ｜ 微信：qiyuan_edu2024</p>
<p><img src="../img/8820-d.jpg" alt="启元教育 学员证书墙 人工智能训练师三级"></p>"""
side = """<div class="seller-info"><h4>掌柜档案</h4><p>启元职业教育专营店<br>企业店铺 · 广东 深圳<br>开店 3 年</p></div>
<h4>看了又看</h4><ul style="padding-left:16px"><li>人工智能训练师四级 ¥1980</li><li>健康管理师 ¥2580</li></ul>"""
rates = """<li><b>z**w</b>：线下课老师讲得很细，考点离地铁近。<small>2025-05-06</small></li>
<li><b>匿名</b>：补贴申请那块帮忙挺多。<small>2025-06-18</small></li>"""
page(P, mall_a(P, "启元 人工只能训练师 证书报考 三级", "启元职业教育专营店",
               "<span>描述 4.7</span><span>服务 4.8</span><span>物流 4.7</span>", item, side, rates),
     True, "U03", "启元职业教育专营店",
     [("phone", "+8675528336719", "0755-28336719"), ("wechat", "qiyuan_edu2024", "微信：qiyuan_edu2024")],
     "marketplace item with misspelled occupation name (人工只能训练师); course number looks like a phone")
MALL_A_PAGES.append(P)

P = "mall-b/item-100871.html"
PAGES_U03.append(P)
item = """<div class="preview"><img src="../img/100871.jpg" alt="数标工坊 数据标注员 人工智能训练师 高级工"></div>
<div class="itemInfo">
<div class="sku-name">数标工坊 数据标注员（人工智能训练师工种）高级工 三级 认定辅导 企业内训可开专票</div>
<div class="summary-price">京 选 价 <span class="p-price">￥3,080.00</span><br>团购价（5人以上）￥2,680/人</div>
<p>服务：由 数标工坊 从店铺发货并提供售后服务</p>
<p><a class="btn-special1" href="#buy">加入购物车</a></p>
</div>"""
detail = f"""<table class="Ptable"><tr><th>品牌</th><td>数标工坊</td></tr><tr><th>级别</th><td>三级/高级工</td></tr>
<tr><th>主体</th><td>深圳华研职业培训有限公司</td></tr>
<tr><th>营业执照</th><td>统一社会信用代码 {USCC_HUAYAN}</td></tr></table>
<p>企业批量报名请联系商务：V信 Qiyuan_Edu2024（工作时间秒回）</p>
<p>认定考点统一安排在深圳市职业技能鉴定第三考点，考务电话 0755-23960817。</p>"""
comments = """<div class="comment-item"><b>企业采购***</b> ★★★★★ 公司批量报的，发票开得很快。<small>2025-04-09</small></div>"""
page(P, mall_b(P, "数标工坊 数据标注员 高级工 三级 认定辅导", "数标工坊京选自营专区", item, detail, comments),
     True, "U03", "数标工坊",
     [("wechat", "qiyuan_edu2024", "Qiyuan_Edu2024"), ("uscc", USCC_HUAYAN, USCC_HUAYAN)],
     "marketplace B item naming only the work type (数据标注员); licence code in spec table")

P = "kefu/chat-huayan.html"
PAGES_U03.append(P)
msgs = [
    ("sys", "", "", "访客来自：京选商城店铺首页 · 2025-09-03 10:17"),
    ("agent", "华研职培-小周", "10:17:22", "您好，华研职培在线客服小周为您服务～"),
    ("visitor", "访客#77102", "10:17:50", "你们和数标工坊是一家吗？我在京选看到的"),
    ("agent", "华研职培-小周", "10:18:15", "是的亲，数标工坊是我们公司的品牌，主体都是深圳华研职业培训有限公司，统一社会信用代码 " + USCC_HUAYAN + "，可以在国家企业信用信息公示系统查到"),
    ("visitor", "访客#77102", "10:19:02", "三级多少钱 我有四级证"),
    ("agent", "华研职培-小周", "10:19:40", "有四级证就方便了～三级三千零八十，含考前集训和认定费。这周报名送实操模拟账号"),
    ("visitor", "访客#77102", "10:20:11", "能电话聊吗"),
    ("agent", "华研职培-小周", "10:20:30", "可以的，座机 0755 2833 6719，找周老师。考点是深圳市职业技能鉴定第三考点，考务那边电话0755-23960817，您也可以自己核实"),
    ("sys", "", "", "对话已结束，感谢您的咨询"),
]
page(P, kefu(P, "华研职培 在线客服", "华研职培 · 在线客服（历史会话）", msgs),
     True, "U03", "华研职培",
     [("uscc", USCC_HUAYAN, USCC_HUAYAN), ("phone", "+8675528336719", "0755 2833 6719")],
     "chat transcript admitting the brand link; landline written with spaces")


# ======================================================================
# U04 — 阿杰聊AI副业 / 职达拼团 / 鹏程职业技能培训学校
# ======================================================================
P = "live/replay-aj-1024.html"
PAGES_U04 = [P]
cart = """<div class="item"><img src="../img/cart-aj.jpg" alt="AI训练师 四级 报名定金" width="60"><div>AI训练师四级 报名定金 <span class="pr">¥99</span>（尾款线下补齐 1,500）</div></div>"""
pinned = "报名找阿杰本人 159 2037 6618（微信同号）⚠️只认这一个号，其他都是骗子"
cmts = """<div class="cmt"><b>阿杰聊AI副业</b>：今天讲的是人工智能训练师，英文叫 AI Trainer，别搞混了“人工智能工程技术人员”那是职称</div>
<div class="cmt"><b>星河</b>：在哪考</div>
<div class="cmt"><b>阿杰聊AI副业</b> 回复 星河：深圳，鉴定第三考点，考务 0755-23960817 你可以自己打过去问</div>
<div class="cmt"><b>三毛</b>：上课地点在哪</div>
<div class="cmt"><b>阿杰聊AI副业</b> 回复 三毛：宝安那边，线下两天实操</div>"""
sub = """<p>……四级呢我们这边总共一千五百九十九，定金九十九在小黄车拍……剩下的尾款……</p>
<p>……做副业的，兼职标注一单几毛钱，你有证书就能接更高单价的审核……</p>"""
page(P, live(P, "AI训练师四级 副业入门", "阿杰聊AI副业", "快看号：ajie_fuye · 粉丝 12.6万",
             "干货｜AI训练师四级怎么报？定金99锁名额", "2025-10-24 21:00", cart, pinned, cmts, sub),
     True, "U04", "阿杰聊AI副业",
     [("phone", "+8615920376618", "159 2037 6618"), ("other", "kkzhibo:ajie_fuye", "快看号：ajie_fuye")],
     "live replay; deposit item in shopping cart, phone in pinned comment")

P = "tuan/tuan-zhida.html"
PAGES_U04.append(P)
price = """<span class="now">¥1,399</span><span>2人团</span><del>¥1,599</del><br><small>已拼 318 件</small>"""
leader = """<img src="../img/leader-zd.jpg" alt="职达拼团"><div><b>团长：职达拼团（深圳宝安）</b><br><small>团长电话：159-2037-6618</small></div>"""
card = """<div class="card"><h3 style="margin:0">2人拼｜AI训练师 中级工（四级）线下实操班 宝安</h3>
<p>两人同行立减200，包含：理论网课 + 2天线下实操 + 认定报名</p>
<p>📍上课地点：深圳市宝安区新安街道创业二路 鹏程实训基地（前台 0755-8326 1170）</p>
<p>有问题加团长QQ 3310257789</p></div>"""
joined = """<li>🙋 阿*（已成团）</li><li>🙋 Y****（等待1人）<a href="#join">去参团</a></li>"""
page(P, tuan(P, "2人拼 AI训练师中级工线下实操班 - 拼拼团", "AI训练师 中级工 线下实操班 2人拼", price, leader, card, joined),
     True, "U04", "职达拼团",
     [("phone", "+8615920376618", "159-2037-6618"), ("qq", "3310257789", "QQ 3310257789")],
     "group-buy page with training venue phone quoted")

P = "fenlei/sz-ai-xunlianshi-7730.html"
PAGES_U04.append(P)
art = """<h1>宝安正规培训学校｜人工智能训练师四级、三级 周末班 晚班 招生中</h1>
<p class="meta">发布于 2025-10-30 ｜ 浏览 1,204 次 ｜ 分类：职业技能培训 &gt; IT培训 ｜ 区域：深圳-宝安-西乡</p>
<table><tr><th>培训机构</th><td>鹏程职业技能培训学校</td></tr>
<tr><th>课程费用</th><td>四级 1599 元 / 三级 2299 元（可分期）</td></tr>
<tr><th>上课时间</th><td>周末班、晚班</td></tr>
<tr><th>联系人</th><td>陈老师</td></tr>
<tr><th>联系电话</th><td>０７５５－２７６１４８０２</td></tr>
<tr><th>QQ</th><td>Q：3310-257-789</td></tr></table>
<p>我校是经人社部门审批的民办职业培训学校，常年开设人工智能训练师、电工、焊工等课程，学员可申请技能提升补贴。</p>
<p style="color:#c00">温馨提示：凡是要求先付款、交押金的都可能是骗子，请勿相信“包过”，如遇欺诈可拨打12315投诉。本站不对信息真实性负责。</p>"""
aside = """<h3>发布者</h3><p>鹏程职业技能培训学校<br>商家认证 ✓<br>已发布 23 条信息</p>
<h3>相关信息</h3><ul><li>宝安 电工证 培训</li><li>西乡 叉车证</li><li>健康管理师 报名</li></ul>"""
page(P, plain(P, "宝安人工智能训练师四级三级培训 - 深圳分类信息网",
              '<nav><b>深圳分类信息网</b> <a href="../index.html">首页</a><a href="#">招聘</a><a href="#">二手</a><a href="#">培训</a><a href="#">房产</a></nav>',
              art, aside, "深圳分类信息网 ｜ 客服 QQ：800026618 ｜ 本页面信息由用户发布"),
     True, "U04", "鹏程职业技能培训学校",
     [("phone", "+8675527614802", "０７５５－２７６１４８０２"), ("qq", "3310257789", "Q：3310-257-789")],
     "classified-ad listing; full-width landline in a table cell")

P = "pcjn/index.html"
PAGES_U04.append(P)
art = f"""<h1>人工智能训练师培训｜深圳市宝安区鹏程职业技能培训学校</h1>
<p><img src="../img/pcjn-banner.jpg" alt="鹏程职校 人工智能训练师 四级三级 招生"></p>
<p>人工智能训练师（AI Trainer，职业编码4-04-05-05），本校开设四级（中级工）、三级（高级工）培训班，理论+实操，认定考试由备案评价机构组织。</p>
<h2>收费标准</h2>
<table><tr><th>等级</th><th>学费</th><th>备注</th></tr><tr><td>四级</td><td><del>1899</del> 1599</td><td>含教材</td></tr><tr><td>三级</td><td>2299</td><td>需持四级证</td></tr></table>
<p>考务咨询：深圳市职业技能鉴定第三考点 0755-23960817；政策咨询：12333。</p>
<h2>在线报名</h2>
<form action="https://www.biaodanyun.cn/f/pcjn01" method="post">
<p>姓名 <input name="name"> 手机 <input name="tel" placeholder="例如 13800138000"></p>
<p>报考等级 <select name="lv"><option>四级</option><option>三级</option></select> <button type="submit">提交</button></p>
<p><small>表单由 表单云 biaodanyun.cn 提供</small></p></form>
<h2>联系我们</h2>
<p>招生办：<a href="tel:0755-27614802">0755-27614802</a><br>邮箱：zhaosheng@pcjnpx.com<br>地址：深圳市宝安区新安街道创业二路 鹏程实训基地</p>"""
aside = f"""<h3>学校概况</h3><p>办学许可证：人社民 4403060000xxx 号<br>统一社会信用代码：{USCC_PENGCHENG}</p>"""
page(P, plain(P, "人工智能训练师培训_鹏程职业技能培训学校",
              '<nav><b>鹏程职校</b> <a href="../index.html">首页</a><a href="#">专业设置</a><a href="#">招生信息</a><a href="#">联系我们</a></nav>',
              art, aside, "© 2025 www.pcjnpx.com 深圳市宝安区鹏程职业技能培训学校 ｜ 粤ICP备19106623号<br><small>技术支持：建站宝 jianzhanbao.com</small>"),
     True, "U04", "鹏程职业技能培训学校",
     [("phone", "+8675527614802", "0755-27614802"), ("email", "zhaosheng@pcjnpx.com", "zhaosheng@pcjnpx.com"),
      ("domain", "pcjnpx.com", "www.pcjnpx.com"), ("uscc", USCC_PENGCHENG, USCC_PENGCHENG)],
     "school website with form (form tool credit, placeholder phone), assessment centre phone, site-builder credit")


# ======================================================================
# U05 — 数智星球 / 星球学姐 / 考证小陈
# ======================================================================
P = "mall-a/item-9034.html"
PAGES_U05 = [P]
item = """<div style="display:flex;gap:20px">
<div><img src="../img/9034-main.jpg" alt="数智星球 AI训练师 五级 初级 0基础 入门" width="400" height="400"></div>
<div style="flex:1">
<h1 style="font-size:16px">数智星球 AI训练师五级初级工 入门网课 大模型数据标注 考证辅导 学生党宝妈可学</h1>
<div class="price">价格 <em>¥599</em>~<em>¥899</em><br><span>月销 1000+ ｜ 累计评价 5721</span></div>
<p>版本：[网课版 599] [网课+督学 899]</p>
<p><a class="tb-btn" href="#buy">立即购买</a><a class="tb-btn cart" href="#cart">加入购物车</a></p>
</div></div>
<h2 style="font-size:14px;border-left:3px solid #ff5000;padding-left:8px">宝贝详情</h2>
<p>🌟五级是AI训练师第一级台阶：有一年相关工作经历或者学徒经历就可以报～<br>
🌟课后服务：wx: szxq_2025（拍下后主动添加，发订单截图）<br>
🌟发票/合作：szxq2025@126.com</p>
<p><img src="../img/9034-d.jpg" alt="课程大纲 数据采集 数据标注 智能系统运维"></p>"""
side = """<div class="seller-info"><h4>掌柜档案</h4><p>数智星球官方企业店<br>上海 · 企业认证</p></div>"""
rates = """<li><b>宝**妈</b>：带娃间隙刷课，挺友好的。<small>2025-09-09</small></li>
<li><b>u**3</b>：还没考，先好评。<small>2025-09-12</small></li>"""
page(P, mall_a(P, "数智星球 AI训练师五级初级工 入门网课", "数智星球官方企业店",
               "<span>描述 4.9</span><span>服务 4.9</span><span>物流 4.9</span>", item, side, rates),
     True, "U05", "数智星球官方企业店",
     [("wechat", "szxq_2025", "wx: szxq_2025"), ("email", "szxq2025@126.com", "szxq2025@126.com")],
     "marketplace item, level 5 entry course, price range")
MALL_A_PAGES.append(P)

P = "live/replay-xingqiu-1101.html"
PAGES_U05.append(P)
cart = """<div class="item"><img src="../img/cart-xq.jpg" alt="AI训练师 五级网课" width="60"><div>AI训练师 五级网课（直播间专享）<span class="pr">¥499</span> <del>¥599</del></div></div>
<div class="item"><img src="../img/cart-xq2.jpg" alt="四级 进阶" width="60"><div>四级进阶（需有五级证）<span class="pr">0.12w</span></div></div>"""
pinned = "星球学姐：拍了的宝子加 薇：szxq_2025 ，着急的直接打 177 0215 6093 ！！"
cmts = """<div class="cmt"><b>王小明1990</b>：有人一起吗 加我 wx：wang_xm1990</div>
<div class="cmt"><b>Luna</b>：学姐四级是不是要五级证</div>
<div class="cmt"><b>星球学姐</b> 回复 Luna：对的，要按等级一级一级来</div>
<div class="cmt"><b>路人甲</b>：这个证到底谁发的</div>
<div class="cmt"><b>星球学姐</b> 回复 路人甲：备案的评价机构发，不是人社部直接发的哈</div>"""
sub = """<p>……五级直播间专享四百九十九……四级一千二……宝子们手慢无……</p>"""
page(P, live(P, "AI训练师五级 直播专享", "星球学姐", "快看号：xingqiu_xuejie · 粉丝 5.8万",
             "宝妈也能做的AI副业｜训练师五级直播专享价", "2025-11-01 19:30", cart, pinned, cmts, sub),
     True, "U05", "星球学姐",
     [("wechat", "szxq_2025", "薇：szxq_2025"), ("phone", "+8617702156093", "177 0215 6093"),
      ("other", "kkzhibo:xingqiu_xuejie", "快看号：xingqiu_xuejie")],
     "live replay with pinned comment; price written 0.12w")

P = "bbs/thread-5521.html"
PAGES_U05.append(P)
art = """<h1>【经验】AI训练师五级拿证了，顺便说下报名渠道（有需要的看）</h1>
<p class="meta">楼主：考证小陈 ｜ 发表于 2025-11-08 22:14 ｜ 考证吧</p>
<div class="post"><p>1楼：坐标上海，在一家做大模型数据的外包公司干了一年多标注，上个月考了AI训练师五级，理论+实操，不难。</p>
<p>报名是找的一个学姐的机构，五级四百多（直播间价），比我问的线下便宜一半。</p>
<p>想报的可以问我要学姐电话：一七七 零二一五 六零九三（吧里不让发号码，我写汉字了）</p></div>
<div class="reply"><b>2楼 路过的鱼</b>：求问五级证有啥用</div>
<div class="reply"><b>3楼 考证小陈</b>：简历好看点，有的公司标注组长要求有证。还能申请补贴</div>
<div class="reply"><b>4楼 吧务-阿茶</b>：请勿发布广告信息，涉嫌广告的帖子将被删除。</div>
<div class="reply"><b>5楼 考证小陈</b>：不是广告 真实分享😂 学姐也可以私信我拿</div>"""
aside = """<h3>考证吧</h3><p>关注 12.3万 ｜ 帖子 88万</p><p><a href="index.html">返回吧首页</a></p>"""
page(P, plain(P, "【经验】AI训练师五级拿证了，顺便说下报名渠道_考证吧",
              '<nav><b>贴吧式论坛 · 考证吧</b> <a href="../index.html">首页</a><a href="index.html">考证吧</a></nav>', art, aside,
              "论坛协议 ｜ 违规信息举报 ｜ © 2025"),
     True, "U05", "考证小陈",
     [("phone", "+8617702156093", "一七七 零二一五 六零九三")],
     "forum 'experience' post that is a soft ad; phone only in Chinese numerals")


# ======================================================================
# U06 — AI标注学院 / 不吃香菜的猫 / 数据标注老K
# ======================================================================
P = "mall-b/item-101552.html"
PAGES_U06 = [P]
item = """<div class="preview"><img src="../img/101552.jpg" alt="AI标注学院 训练师 认证课程"></div>
<div class="itemInfo">
<div class="sku-name">AI标注学院 人工智能训练师 算法测试员方向 四级 认定培训 大模型评测实战</div>
<div class="summary-price">京 选 价 <span class="p-price">￥1,880 - 2,380</span><br>
学员可申领失业保险技能提升补贴（符合条件者），补贴后实际花费低至 ￥380 起*</div>
<p style="font-size:11px;color:#999">*补贴金额以当地人社部门审核为准，需参保缴费满1年。</p>
<p><a class="btn-special1" href="#buy">立即购买</a></p>
</div>"""
detail = """<p>官方学院网站：biaozhuxy.com（课程试听、证书样本）</p>
<p>售前咨询 QQ：1594427306</p>
<table class="Ptable"><tr><th>等级</th><th>价格</th><th>课时</th></tr><tr><td>四级</td><td>1880</td><td>50</td></tr><tr><td>四级+实训营</td><td>2380</td><td>80</td></tr></table>"""
comments = """<div class="comment-item"><b>c***e</b> ★★★★★ 评测实战有用，找工作面试被问到了。<small>2025-10-02</small></div>"""
page(P, mall_b(P, "AI标注学院 人工智能训练师 算法测试员方向 四级", "AI标注学院旗舰店", item, detail, comments),
     True, "U06", "AI标注学院旗舰店",
     [("qq", "1594427306", "QQ：1594427306"), ("domain", "biaozhuxy.com", "biaozhuxy.com")],
     "marketplace B item, subsidy talk (补贴后 380)")

P = "xianyu/item-6120448.html"
PAGES_U06.append(P)
seller = """<img src="../img/xq-cat.jpg" alt="不吃香菜的猫"><div><b>不吃香菜的猫</b> <span class="tag">实名认证</span><br><small>来自 北京 · 刚刚来过</small></div>"""
price = "¥1,280"
desc = """AI训练师 算法测试员 四级 全套资料+报名 
之前在机构当助教 手里有内部资料 带模拟系统账号
能帮你报名认定 不过申报条件得你自己满足哈
企鹅 159 442 7306 / vx bzxy_laok 都行"""
pics = """<img src="../img/xq-6120448-1.jpg" alt="资料截图"><img src="../img/xq-6120448-2.jpg" alt="示例证书 证书编号1511 2033 089 仅供参考">"""
msgs = """<li><b>Kiki</b>：包过吗</li><li><b>不吃香菜的猫</b>：不包过，没人能包过，说包过的都是骗子</li>"""
page(P, xq(P, "AI训练师 算法测试员四级 资料+报名", seller, price, desc, pics, msgs),
     True, "U06", "不吃香菜的猫",
     [("qq", "1594427306", "159 442 7306"), ("wechat", "bzxy_laok", "vx bzxy_laok")],
     "second-hand post selling materials plus enrolment")

P = "zhihu/answer-338120.html"
PAGES_U06.append(P)
art = """<h1>人工智能训练师证书怎么考？需要什么条件？</h1>
<p class="meta">关注者 2,318 ｜ 被浏览 1,402,716</p>
<div class="answer"><p><b>数据标注老K</b> · 数据标注团队负责人 / AI训练师</p>
<p>谢邀。干了五年标注，带过一百多人的团队，说点实在的。</p>
<p>1. 这个证是<b>职业技能等级证书</b>，不是“国家职业资格证书”，谁跟你说是资格证的可以直接拉黑。</p>
<p>2. 等级从五级到一级，<b>一级、二级</b>要前面的证加好多年工作经验，零基础直接报二级的都是坑。</p>
<p>3. 费用：四级正常在一千五到两千五之间（含培训），超过五千的慎重。</p>
<p>4. 想系统学的可以看看我们学院的课（biaozhuxy点com），或者私信我 V：BZXY_LAOK 要一份备考清单，免费的。</p>
<p><img src="../img/zh-cert.jpg" alt="示例证书 证书编号1511 2033 089"></p>
<p class="meta">编辑于 2025-09-27 · 著作权归作者所有 · 赞同 1.3万 · 评论 412</p></div>
<div class="reply"><b>小透明</b>：老K说的靠谱，上次被一个说包过二级的骗了3000</div>
<div class="reply"><b>Ethan</b>：1+X的证现在还能考吗？去 vslc.ncb.edu.cn 查不到我的了</div>"""
aside = """<h3>相关问题</h3><ul><li><a href="../zhihu/q-ai-trainer-useful.html">人工智能训练师证书有用吗？</a></li><li>数据标注员有前途吗？</li></ul>"""
page(P, plain(P, "人工智能训练师证书怎么考？需要什么条件？ - 知乎式问答",
              '<nav><b>知识问答</b> <a href="../index.html">首页</a><a href="#">发现</a><a href="#">等你来答</a></nav>', art, aside,
              "© 2025 问答社区 ｜ 侵权举报 ｜ 网上有害信息举报专区"),
     True, "U06", "数据标注老K",
     [("wechat", "bzxy_laok", "V：BZXY_LAOK"), ("domain", "biaozhuxy.com", "biaozhuxy点com")],
     "Q&A answer that turns into a course pitch; domain written with 点")


# ======================================================================
# U07 — 未来智才教育 / 智才拼课 / 智才学苑 / 杭州智才职业技能培训
# ======================================================================
P = "mall-a/item-9412.html"
PAGES_U07 = [P]
item = """<div style="display:flex;gap:20px">
<div><img src="../img/9412-main.jpg" alt="未来智才 人工智能训练师 二级 技师 一级 高级技师 直通" width="400" height="400"></div>
<div style="flex:1">
<h1 style="font-size:16px">未来智才 人工智能训练师 技师（二级）报名 零基础 不限学历 快速拿证 人社部颁发 入库可查</h1>
<div class="price">价格 <del>¥12800</del> <em>¥6,800</em><br><span>月销 40+</span></div>
<p>套餐：[二级技师 6800] [一级高级技师 9800] [三证连报（三级+二级+一级）15800 限时]</p>
<p><a class="tb-btn" href="#buy">立即购买</a><a class="tb-btn cart" href="#cart">加入购物车</a></p>
</div></div>
<h2 style="font-size:14px;border-left:3px solid #ff5000;padding-left:8px">宝贝详情</h2>
<p>👉 报名专线：135 8820 4719（同微信）<br>👉 证书可用于职称评定、落户积分、企业资质</p>
<p><img src="../img/9412-d.jpg" alt="人工智能训练师 技师证书样本 人社部颁发"></p>"""
side = """<div class="seller-info"><h4>掌柜档案</h4><p>未来智才教育专营店<br>浙江 杭州<br>店铺ID：70318854</p></div>"""
rates = """<li><b>匿名</b>：还在等证。<small>2025-10-12</small></li>
<li><b>h**5</b>：说好一个月出证，两个月了还没消息。<small>2025-11-03</small><br><i>[掌柜回复] 亲，认定批次原因，请耐心等待~</i></li>"""
page(P, mall_a(P, "未来智才 人工智能训练师 技师（二级）报名", "未来智才教育专营店",
               "<span>描述 4.5↓</span><span>服务 4.6↓</span><span>物流 4.7</span>", item, side, rates),
     True, "U07", "未来智才教育专营店",
     [("phone", "+8613588204719", "135 8820 4719"), ("other", "taojishi-shop:70318854", "店铺ID：70318854")],
     "marketplace item selling level 2/1 to beginners and a 3-level bundle")
MALL_A_PAGES.append(P)

P = "tuan/tuan-zhicai.html"
PAGES_U07.append(P)
price = """<span class="now">¥4,980</span><span>5人团</span><del>¥6,800</del><br><small>已拼 97 件 ｜ 仅剩 3 个名额</small>"""
leader = """<img src="../img/leader-zc.jpg" alt="智才拼课"><div><b>团长：智才拼课·周老师</b><br><small>微信号 zhicai_laoshi</small></div>"""
card = """<div class="card"><h3 style="margin:0">5人团｜AI训练师 技师 二级 快速取证班</h3>
<p>无需工作经验 ✔ 不限学历 ✔ 全程代办 ✔</p>
<p>拼团成功后致电：+86 135-8820-4719</p></div>"""
joined = """<li>🙋 张**（已成团）</li><li>🙋 阿**（等待2人）</li>"""
page(P, tuan(P, "5人团 AI训练师技师二级快速取证班 - 拼拼团", "AI训练师 技师 二级 快速取证 拼团", price, leader, card, joined),
     True, "U07", "智才拼课",
     [("phone", "+8613588204719", "+86 135-8820-4719"), ("wechat", "zhicai_laoshi", "微信号 zhicai_laoshi")],
     "group-buy page for level 2 'no experience needed'")

P = "kefu/chat-zhicai.html"
PAGES_U07.append(P)
msgs = [
    ("sys", "", "", "访客来自：www.zhicaiedu.com/ai · 2025-11-15 21:44"),
    ("agent", "智才学苑-周老师", "21:44:30", "晚上好～我是智才学苑的周老师，看到您在浏览人工智能训练师技师班"),
    ("visitor", "访客#5520", "21:45:02", "技师要多久拿证"),
    ("agent", "智才学苑-周老师", "21:45:40", "正常 45-60 天，学历和工作年限我们这边都可以帮您处理的，您放心"),
    ("visitor", "访客#5520", "21:46:11", "这不就是造假吗"),
    ("agent", "智才学苑-周老师", "21:46:50", "不是的亲，是走企业内部评价通道。您要是不放心可以先交 2000 定金，出证后再付尾款"),
    ("visitor", "访客#5520", "21:47:20", "我考虑一下"),
    ("agent", "智才学苑-周老师", "21:47:55", "好的，方便的话加我 ｖ：zhicai_laoshi ，或者把资料发到 kefu圈zhicaiedu.com 给您评估"),
    ("sys", "", "", "访客已离开"),
]
page(P, kefu(P, "智才学苑 在线客服", "智才学苑 · 在线咨询（会话存档）", msgs),
     True, "U07", "智才学苑",
     [("wechat", "zhicai_laoshi", "ｖ：zhicai_laoshi"), ("email", "kefu@zhicaiedu.com", "kefu圈zhicaiedu.com"),
      ("domain", "zhicaiedu.com", "www.zhicaiedu.com")],
     "chat transcript promising to 'handle' education and work years; email with 圈 for @")

P = "zhicai/index.html"
PAGES_U07.append(P)
art = f"""<h1>AI训练师 技师/高级技师 直通车 —— 杭州智才职业技能培训有限公司</h1>
<p><img src="../img/zhicai-banner.jpg" alt="智才学苑 AI训练师 高级技师 直通车 名额有限"></p>
<p>国家人社部认证新职业！人工智能训练师一级/二级，<b>不看学历、不看工作年限</b>，全程托管，证书全国联网可查（查询网址：zscx.osta.org.cn）。</p>
<table><tr><th>等级</th><th>原价</th><th>现价</th></tr>
<tr><td>二级/技师</td><td><del>12800</del></td><td>6800</td></tr>
<tr><td>一级/高级技师</td><td><del>16800</del></td><td>9800</td></tr>
<tr><td>三证连报</td><td>—</td><td>一万五千八</td></tr></table>
<p>持证可享：落户加分、职称评审、每月技能津贴 ¥800～¥3000（以企业为准）。人社政策咨询 12333。</p>
<h2>免费评估</h2>
<form action="https://www.biaodanyun.cn/f/zc2025" method="post">
<p>姓名 <input name="n"> 手机号 <input name="m" placeholder="13800138000"> <button type="submit">立即评估</button></p>
<p><small>表单由 表单云 biaodanyun.cn 提供</small></p></form>
<p>联系邮箱：<a href="mailto:kefu@zhicaiedu.com">kefu@zhicaiedu.com</a> ｜ <a href="../kefu/chat-zhicai.html">在线客服</a></p>"""
aside = f"""<h3>关于我们</h3><p>杭州智才职业技能培训有限公司<br>统一社会信用代码：{USCC_ZHICAI}<br>地址：杭州市滨江区江南大道 588 号</p>"""
page(P, plain(P, "AI训练师技师高级技师直通车_智才学苑",
              '<nav><b>智才学苑</b> <a href="../index.html">首页</a><a href="#">证书中心</a><a href="#">学员风采</a></nav>',
              art, aside, "Copyright © www.zhicaiedu.com 版权所有 ｜ 浙ICP备2024086617号"),
     True, "U07", "杭州智才职业技能培训有限公司",
     [("email", "kefu@zhicaiedu.com", "kefu@zhicaiedu.com"), ("domain", "zhicaiedu.com", "www.zhicaiedu.com"),
      ("uscc", USCC_ZHICAI, USCC_ZHICAI)],
     "landing page with lead form (form tool credit, placeholder phone), level 1/2 for anyone")


# ======================================================================
# U08 — AI证书姐姐小美 / 技证通旗舰店 / 群公告
# ======================================================================
P = "live/replay-xiaomei-1118.html"
PAGES_U08 = [P]
cart = """<div class="item"><img src="../img/cart-xm.jpg" alt="人工智能训练师 三级" width="60"><div>人工智能训练师三级 考证班 <span class="pr">¥2,499</span></div></div>
<div class="item"><img src="../img/cart-xm2.jpg" alt="生成式AI应用 证书" width="60"><div>AIGC应用 结业证书班 <span class="pr">¥598</span></div></div>"""
pinned = "小美：需要报名表的私信或者加 V jztxm888 ，名额满了就下架了！！考点：深圳市职业技能鉴定第三考点"
cmts = """<div class="cmt"><b>鱼丸粗面</b>：三级和AIGC有什么区别</div>
<div class="cmt"><b>AI证书姐姐小美</b> 回复 鱼丸粗面：三级是人工智能训练师职业技能等级证，AIGC是培训结业证，不一样哦</div>
<div class="cmt"><b>阿飞</b>：我被别家骗过 你们不会也是吧</div>
<div class="cmt"><b>AI证书姐姐小美</b> 回复 阿飞：我们是公司开的店，京选商城搜“技证通”就有</div>"""
sub = """<p>……三级两千四百九十九，记住要有四级证……没有的先报四级……</p>"""
page(P, live(P, "人工智能训练师三级 报名专场", "AI证书姐姐小美", "快看号：jzt_xiaomei · 粉丝 8,912",
             "人工智能训练师三级报名专场｜附考点信息", "2025-11-18 20:30", cart, pinned, cmts, sub),
     True, "U08", "AI证书姐姐小美",
     [("wechat", "jztxm888", "V jztxm888"), ("other", "kkzhibo:jzt_xiaomei", "快看号：jzt_xiaomei")],
     "live replay; names assessment centre; mixes in an AIGC training certificate")

P = "mall-b/item-102218.html"
PAGES_U08.append(P)
item = """<div class="preview"><img src="../img/102218.jpg" alt="技证通 人工智能训练师三级"></div>
<div class="itemInfo">
<div class="sku-name">技证通 人工智能训练师 三级/高级工 考证班 理论+实操 含认定报名</div>
<div class="summary-price">京 选 价 <span class="p-price">￥2,499.00</span> <del>￥3,699.00</del></div>
<p>客服微信：JZTxm888 ｜ 企业热线：400-996-6521</p>
<p><a class="btn-special1" href="#buy">立即购买</a></p>
</div>"""
detail = f"""<table class="Ptable"><tr><th>商家名称</th><td>上海技证通教育科技有限公司</td></tr>
<tr><th>营业执照</th><td>{USCC_JZT}</td></tr><tr><th>考点</th><td>深圳市职业技能鉴定第三考点（0755-23960817）/ 上海考点另行通知</td></tr></table>
<p>温馨提示：报名三级需持有人工智能训练师四级证书并满足工作年限要求。</p>"""
comments = """<div class="comment-item"><b>l***y</b> ★★★★★ 小美姐姐直播间过来的，靠谱。<small>2025-11-20</small></div>"""
page(P, mall_b(P, "技证通 人工智能训练师三级考证班", "技证通旗舰店", item, detail, comments),
     True, "U08", "技证通旗舰店",
     [("wechat", "jztxm888", "JZTxm888"), ("phone", "4009966521", "400-996-6521"), ("uscc", USCC_JZT, USCC_JZT)],
     "marketplace B item of the same business; 400 number")

P = "qun/notice-906218847.html"
PAGES_U08.append(P)
art = """<h1>群公告｜人工智能训练师考证交流群（12月批次报名通知）</h1>
<p class="meta">群号906218847 ｜ 群主：美美 ｜ 发布于 2025-11-25 ｜ 已读 376 人</p>
<div class="notice"><p>@全体成员</p>
<p>1️⃣ 12月批次报名截止 12月10日，三级 ¥2499，四级 ¥1699，两级同报 ¥3800；</p>
<p>2️⃣ 报名表在群文件“报名表-12月.xlsx”，填好私发群主；</p>
<p>3️⃣ 发票、合同问题请打公司电话 ４００-９９６-６５２１；</p>
<p>4️⃣ 群内禁止发广告，发广告直接踢；</p>
<p>5️⃣ 证书查询请认准官网，不要相信群里私聊你的“老师”。</p></div>
<h3>群文件</h3><table><tr><th>文件</th><th>大小</th><th>上传者</th></tr><tr><td>报名表-12月.xlsx</td><td>18KB</td><td>美美</td></tr><tr><td>四级理论复习要点.pdf</td><td>2.3MB</td><td>美美</td></tr></table>"""
aside = """<h3>群资料</h3><p>人工智能训练师考证交流群<br>成员 1,842 / 2,000<br>分类：教育·考证</p>"""
page(P, plain(P, "群公告｜人工智能训练师考证交流群",
              '<nav><b>群公告网页版</b> <a href="../index.html">返回</a></nav>', art, aside,
              "本页面由群应用“群公告”生成"),
     True, "U08", "人工智能训练师考证交流群",
     [("phone", "4009966521", "４００-９９６-６５２１"), ("qq_group", "906218847", "群号906218847")],
     "group notice page with enrolment prices; full-width 400 number")


# ======================================================================
# U09 — 考证达人阿May / 知行AI职业教育 / 知行笔记
# ======================================================================
P = "xianyu/item-7003215.html"
PAGES_U09 = [P]
seller = """<img src="../img/xq-amay.jpg" alt="考证达人阿May"><div><b>考证达人阿May</b> <span class="tag">鱼小铺</span><br><small>来自 成都 · 卖出 312 件</small></div>"""
price = "¥88<small>¥299</small>"
desc = """【拍前必看】人工智能训练师 四级三级 题库+实操模拟 电子版
拍下自动发网盘链接～
想报班考证的也可以找我，有合作机构，成都本地有考点
v: amay_zhixing（备注闲趣）"""
pics = """<img src="../img/xq-7003215.jpg" alt="题库截图 人工智能训练师 四级 理论 2025版">"""
msgs = """<li><b>熊猫不吃竹</b>：题库是最新的吗</li><li><b>考证达人阿May</b>：2025.7 新版细目表对应的</li>"""
page(P, xq(P, "人工智能训练师 四级三级 题库+实操模拟 电子版", seller, price, desc, pics, msgs),
     True, "U09", "考证达人阿May",
     [("wechat", "amay_zhixing", "v: amay_zhixing"), ("other", "xianqu:考证达人阿May", "考证达人阿May")],
     "second-hand 'fish shop' selling question bank and referring to paid enrolment")

P = "mall-a/item-9655.html"
PAGES_U09.append(P)
item = """<div style="display:flex;gap:20px">
<div><img src="../img/9655-main.jpg" alt="知行 AI Trainer 认证 四级" width="400" height="400"></div>
<div style="flex:1">
<h1 style="font-size:16px">知行 AI Trainer 人工智能训练师 四级 考证网课 成都考点 含报名</h1>
<div class="price">价格 <em>¥1,699</em><br><span>月销 120+</span></div>
<p>课程编号：13905120618</p>
<p><a class="tb-btn" href="#buy">立即购买</a><a class="tb-btn cart" href="#cart">加入购物车</a></p>
</div></div>
<h2 style="font-size:14px;border-left:3px solid #ff5000;padding-left:8px">宝贝详情</h2>
<p>课程由合作机构提供，本店负责报名与答疑。<br>答疑老师 薇信：Amay_Zhixing<br>资料领取邮箱：zhixing_ai@qq.com</p>"""
side = """<div class="seller-info"><h4>掌柜档案</h4><p>知行AI职业教育店<br>四川 成都</p></div>"""
rates = """<li><b>r**n</b>：和闲趣上那个阿May是一家吧哈哈，服务不错。<small>2025-09-30</small></li>"""
page(P, mall_a(P, "知行 AI Trainer 人工智能训练师 四级 考证网课", "知行AI职业教育店",
               "<span>描述 4.8</span><span>服务 4.8</span><span>物流 4.8</span>", item, side, rates),
     True, "U09", "知行AI职业教育店",
     [("wechat", "amay_zhixing", "Amay_Zhixing"), ("email", "zhixing_ai@qq.com", "zhixing_ai@qq.com")],
     "marketplace item, English occupation name; same white-label course number as another shop")
MALL_A_PAGES.append(P)

P = "blog/zhixing-notes-ai-trainer.html"
PAGES_U09.append(P)
art = """<h1>成都考AI训练师四级全记录（附备考资料领取）</h1>
<p class="meta">知行笔记 · 2025-10-05 · 分类：考证 · 阅读 3,412</p>
<p>这篇写给在成都、做数据标注想考四级的朋友。四级全称是“人工智能训练师（中级工）”，理论+操作两场，都是百分制六十分及格。</p>
<p>我的时间线：8月报名 → 9月集训 → 9月底认定 → 10月出证，证书在全国联网查询平台能查到。</p>
<p>费用：培训＋认定合计一千六百九十九元。我是参保满一年的，拿证后申请了一千五的技能提升补贴。</p>
<p>备考资料（题库、实操模拟说明）想要的发邮件到 zhixing_ai[at]qq.com，标题写“四级资料”，报班的话也可以咨询。</p>
<h3>评论（6）</h3>
<div class="reply"><b>mia</b>：请问实操考什么？</div>
<div class="reply"><b>知行笔记</b>：数据采集和处理、标注、智能系统运维那几块。</div>"""
aside = """<h3>博主</h3><p>知行笔记<br>AI职教 / 考证</p><h3>分类</h3><ul><li>考证（23）</li><li>AI工具（11）</li></ul>"""
page(P, plain(P, "成都考AI训练师四级全记录（附备考资料领取）_知行笔记",
              '<nav><b>知行笔记</b> <a href="../index.html">首页</a><a href="#">归档</a><a href="#">关于</a></nav>', art, aside,
              "© 2025 知行笔记 · Powered by WordPress"),
     True, "U09", "知行笔记",
     [("email", "zhixing_ai@qq.com", "zhixing_ai[at]qq.com")],
     "personal blog post that sells materials and referrals; email written with [at]")


# ======================================================================
# Independents I01–I06
# ======================================================================
P = "mall-a/item-9980.html"
item = """<div style="display:flex;gap:20px">
<div><img src="../img/9980-main.jpg" alt="青蓝职教 人工智能训练师 五级" width="400" height="400"></div>
<div style="flex:1">
<h1 style="font-size:16px">青蓝职教 人工智能训练师（五级/初级工）培训 理论+实操 周末班 南京</h1>
<div class="price">价格 <em>¥980.00</em><br><span>月销 12</span></div>
<p><a class="tb-btn" href="#buy">立即购买</a><a class="tb-btn cart" href="#cart">加入购物车</a></p>
</div></div>
<h2 style="font-size:14px;border-left:3px solid #ff5000;padding-left:8px">宝贝详情</h2>
<p>本店为南京本地培训机构，五级报名需满足：累计从事相关工作1年以上或完成学徒培训。<br>
咨询电话：130 4662 8157（王老师）</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn；政策咨询 12333。</p>"""
side = """<div class="seller-info"><h4>掌柜档案</h4><p>青蓝职教小店<br>江苏 南京</p></div>"""
rates = """<li><b>暂无评价</b></li>"""
page(P, mall_a(P, "青蓝职教 人工智能训练师五级培训", "青蓝职教小店",
               "<span>描述 5.0</span><span>服务 5.0</span><span>物流 5.0</span>", item, side, rates),
     True, "I01", "青蓝职教小店",
     [("phone", "+8613046628157", "130 4662 8157")],
     "small independent shop on marketplace A")
MALL_A_PAGES.append(P)

P = "live/replay-laozhou-1203.html"
cart = """<div class="item"><img src="../img/cart-lz.jpg" alt="训练师四级" width="60"><div>训练师四级 线下班（深圳宝安） <span class="pr">¥1,680</span></div></div>"""
pinned = "老周：四级线下班还剩8个位，想来的 vx laozhou_ai_fy 。上课地点：宝安创业二路 鹏程实训基地（前台 0755-8326 1170，只负责场地，别问课程）"
cmts = """<div class="cmt"><b>大飞</b>：线下几天</div><div class="cmt"><b>老周AI副业课</b> 回复 大飞：两个周末</div>"""
sub = """<p>……我们租的是那边的实训场地，设备是齐的……一千六百八……</p>"""
page(P, live(P, "训练师四级 线下班", "老周AI副业课", "快看号：laozhou_fy · 粉丝 2,306",
             "训练师四级线下班最后8个位", "2025-12-03 20:00", cart, pinned, cmts, sub),
     True, "I02", "老周AI副业课",
     [("wechat", "laozhou_ai_fy", "vx laozhou_ai_fy"), ("other", "kkzhibo:laozhou_fy", "快看号：laozhou_fy")],
     "independent live seller renting the same training venue as another seller")

P = "xianyu/item-7241890.html"
seller = """<img src="../img/xq-xz.jpg" alt="闲置小铺0719"><div><b>闲置小铺0719</b><br><small>来自 武汉 · 1小时前来过</small></div>"""
price = "¥150"
desc = """低价出 人工只能训练师（打错了，人工智能😂）三级网课年卡
买了没时间学，机构可以过户，过户后你自己报名考试
可小刀，Q986512203"""
pics = """<img src="../img/xq-7241890.jpg" alt="网课年卡截图">"""
msgs = """<li><b>Z</b>：过户要手续费吗</li><li><b>闲置小铺0719</b>：不要</li>"""
page(P, xq(P, "出 人工智能训练师三级网课年卡", seller, price, desc, pics, msgs),
     True, "I03", "闲置小铺0719",
     [("qq", "986512203", "Q986512203"), ("other", "xianqu:闲置小铺0719", "闲置小铺0719")],
     "independent second-hand resale of a course card")

P = "tuan/tuan-xinchuang.html"
price = """<span class="now">¥880</span><span>2人团</span><del>¥1,080</del><br><small>已拼 41 件</small>"""
leader = """<img src="../img/leader-xc.jpg" alt="新创职教"><div><b>团长：新创职教（杭州）</b></div>"""
card = """<div class="card"><h3 style="margin:0">2人团｜人工智能训练师 五级 初级工 培训</h3>
<p>面向数据标注从业者，满一年工作经历可报。</p>
<p>咨询：189 0571 3362</p></div>"""
joined = """<li>🙋 陈**（已成团）</li>"""
page(P, tuan(P, "2人团 人工智能训练师五级 - 拼拼团", "人工智能训练师 五级 2人团", price, leader, card, joined),
     True, "I04", "新创职教",
     [("phone", "+8618905713362", "189 0571 3362")],
     "independent group-buy seller on the same mini-program platform")

P = "hzjn/index.html"
art = f"""<h1>恒智职业技能培训中心 · 人工智能训练师 招生</h1>
<p><img src="../img/hzjn-banner.jpg" alt="恒智培训 人工智能训练师 广州"></p>
<p>人工智能训练师五级、四级、三级培训（广州天河），取证后符合条件可申领技能提升补贴：五级1000元、四级1500元、三级2000元（广东省紧缺职业最高上浮30%）。政策咨询12333。</p>
<table><tr><th>等级</th><th>培训费</th></tr><tr><td>五级</td><td>1,080 元</td></tr><tr><td>四级</td><td>1,580 元</td></tr><tr><td>三级</td><td>2,280 元</td></tr></table>
<p>认定考点参考：深圳市职业技能鉴定第三考点 0755-23960817（异地考点需自行前往）。</p>
<form action="https://www.biaodanyun.cn/f/hzjn" method="post"><p>手机号 <input name="t" placeholder="如：13800138000"> <button>预约试听</button></p><p><small>表单由 表单云 biaodanyun.cn 提供</small></p></form>
<p>联系电话：020-38621457 ｜ 邮箱：hengzhi_px@sina.com ｜ 地址：广州市天河区体育西路 191 号</p>"""
aside = f"""<h3>机构信息</h3><p>广州恒智职业技能培训有限公司<br>{USCC_HENGZHI}</p>"""
page(P, plain(P, "人工智能训练师培训_恒智职业技能培训中心",
              '<nav><b>恒智培训</b> <a href="../index.html">首页</a><a href="#">课程</a><a href="#">联系</a></nav>', art, aside,
              "© 2025 www.hengzhipx.cn ｜ 粤ICP备20061552号 ｜ 技术支持：建站宝 jianzhanbao.com"),
     True, "I05", "恒智职业技能培训中心",
     [("phone", "+862038621457", "020-38621457"), ("email", "hengzhi_px@sina.com", "hengzhi_px@sina.com"),
      ("domain", "hengzhipx.cn", "www.hengzhipx.cn"), ("uscc", USCC_HENGZHI, USCC_HENGZHI)],
     "independent training centre site sharing builder, form tool, hotline and assessment-centre number with others")

P = "mall-b/item-103007.html"
item = """<div class="preview"><img src="../img/103007.jpg" alt="途知教育 AI训练师"></div>
<div class="itemInfo">
<div class="sku-name">途知教育 AI训练师 四级 在线课程 送模拟题</div>
<div class="summary-price">京 选 价 <span class="p-price">￥一千三百八十</span>（活动价）</div>
<p><a class="btn-special1" href="#buy">立即购买</a></p></div>"""
detail = """<p>班主任答疑 QQ交流群 765201349（购买后凭订单号入群）</p>
<p>订单号示例：JX20251108XXXX，入群请按此格式填写。</p>"""
comments = """<div class="comment-item"><b>匿名</b> ★★★★ 课程一般，群里答疑挺快。<small>2025-11-19</small></div>"""
page(P, mall_b(P, "途知教育 AI训练师四级在线课程", "途知教育专营店", item, detail, comments),
     True, "I06", "途知教育专营店",
     [("qq_group", "765201349", "QQ交流群 765201349")],
     "independent seller on marketplace B, price in Chinese numerals")


# ======================================================================
# Non-offer pages
# ======================================================================
P = "mall-a/item-9120.html"
item = """<div style="display:flex;gap:20px">
<div><img src="../img/9120-main.jpg" alt="健康管理师 三级 培训" width="400" height="400"></div>
<div style="flex:1">
<h1 style="font-size:16px">康源健康学院 健康管理师 三级 考证培训 网课+题库</h1>
<div class="price">价格 <em>¥2,180</em></div>
<p><a class="tb-btn" href="#buy">立即购买</a></p></div></div>
<p>健康管理师（4-14-02-02）培训，报名咨询 158 2277 0931 / 微信 kangyuan_jk。</p>"""
side = """<div class="seller-info"><h4>掌柜档案</h4><p>康源健康学院<br>湖南 长沙</p></div>"""
page(P, mall_a(P, "康源健康学院 健康管理师三级考证培训", "康源健康学院",
               "<span>描述 4.8</span><span>服务 4.8</span><span>物流 4.8</span>", item, side,
               "<li><b>k**1</b>：题库很全。</li>", crumbs="教育培训 &gt; 职业技能 &gt; 医疗健康"),
     False, None, "康源健康学院", [("phone", "+8615822770931", "158 2277 0931"), ("wechat", "kangyuan_jk", "微信 kangyuan_jk")],
     "another occupation's course (健康管理师) on the same marketplace; not an AI-trainer offer")
MALL_A_PAGES.append(P)

P = "mall-b/item-103340.html"
item = """<div class="preview"><img src="../img/103340.jpg" alt="生成式人工智能系统应用员"></div>
<div class="itemInfo"><div class="sku-name">智享课堂 生成式人工智能系统应用员（4-04-05-13）培训 AIGC 办公应用</div>
<div class="summary-price">京 选 价 <span class="p-price">￥899.00</span></div>
<p><a class="btn-special1" href="#buy">立即购买</a></p></div>"""
detail = """<p>本课程针对生成式人工智能系统应用员，与人工智能训练师（4-04-05-05）不是同一职业，请勿混淆。</p><p>客服电话 0512-6588 3301</p>"""
page(P, mall_b(P, "生成式人工智能系统应用员培训", "智享课堂专营店", item, detail, "<div class='comment-item'>暂无评价</div>"),
     False, None, "智享课堂专营店", [("phone", "+8651265883301", "0512-6588 3301")],
     "course for a different occupation (生成式人工智能系统应用员), not an AI-trainer offer")

P = "jobs/data-annotation-zj.html"
art = """<h1>【招聘】大模型数据标注员 / AI训练师（有证优先）6-9K</h1>
<p class="meta">杭州 · 滨江 ｜ 经验不限 ｜ 大专 ｜ 全职 ｜ 更新于 2025-11-20</p>
<h2>职位描述</h2><ul><li>负责文本、图像数据的标注与质检；</li><li>参与大模型回答质量评测；</li><li>持有人工智能训练师四级及以上证书者优先，公司可报销认定费用。</li></ul>
<h2>公司信息</h2><p>杭州云图数智科技有限公司 · 100-499人 · 人工智能</p>
<p>简历投递：hr@yuntushuzhi.com ｜ HR 电话 0571-8770 2210</p>
<p style="color:#c00">求职安全提示：招聘过程中要求缴纳培训费、考证费的均属违规，请提高警惕。</p>"""
page(P, plain(P, "大模型数据标注员/AI训练师招聘 - 杭州",
              '<nav><b>职聘网</b> <a href="../index.html">首页</a><a href="#">职位</a><a href="#">公司</a></nav>', art,
              "<h3>相似职位</h3><ul><li>数据标注组长</li><li>AI评测专员</li></ul>", "职聘网 ｜ 人力资源服务许可证"),
     False, None, "杭州云图数智科技有限公司",
     [("email", "hr@yuntushuzhi.com", "hr@yuntushuzhi.com"), ("phone", "+8657187702210", "0571-8770 2210")],
     "real job ad that mentions the certificate; not an offer")

P = "news/osta-query-guide.html"
art = """<h1>职业技能等级证书怎么查？人社部门提醒：认准官方查询渠道</h1>
<p class="meta">来源：某市人社局 ｜ 2025-08-12</p>
<p>近年来，职业技能等级认定工作有序推进。职业技能等级证书由经人力资源社会保障部门备案的用人单位和社会培训评价组织颁发，政府部门不直接颁发此类证书。</p>
<p>证书信息可通过“技能人才评价证书全国联网查询”（zscx.osta.org.cn）查询，也可登录技能人才评价工作网（osta.org.cn）了解备案评价机构名单。原“1+X”证书可在 vslc.ncb.edu.cn 查询。</p>
<p>市民如有疑问，可拨打人社服务热线 12333 咨询。对“包过”“免考拿证”等虚假宣传，可向市场监管部门投诉（12315）。</p>"""
page(P, plain(P, "职业技能等级证书怎么查？认准官方查询渠道",
              '<nav><b>人社资讯</b> <a href="../index.html">首页</a><a href="subsidy-policy.html">政策解读</a></nav>', art,
              '<h3>相关阅读</h3><ul><li><a href="subsidy-policy.html">技能提升补贴怎么领</a></li><li><a href="scam-warning.html">警惕考证骗局</a></li></ul>',
              "主办单位：某市人力资源和社会保障局"),
     False, None, None, [], "policy explainer about the official query sites")

P = "news/subsidy-policy.html"
art = """<h1>政策解读｜失业保险技能提升补贴怎么申领？</h1>
<p class="meta">2025-05-30 ｜ 政策解读</p>
<p>参保职工取得初级（五级）、中级（四级）、高级（三级）职业资格证书或职业技能等级证书的，可按规定申领技能提升补贴，标准分别不超过1000元、1500元、2000元。</p>
<table><tr><th>等级</th><th>补贴上限</th></tr><tr><td>五级</td><td>1000元</td></tr><tr><td>四级</td><td>1500元</td></tr><tr><td>三级</td><td>2000元</td></tr></table>
<p>申领条件：累计缴纳失业保险费1年以上；同一职业同一等级只能申请一次。二级、一级不在此项补贴范围。</p>
<p>咨询电话：12333。</p>"""
page(P, plain(P, "失业保险技能提升补贴怎么申领",
              '<nav><b>人社资讯</b> <a href="../index.html">首页</a><a href="osta-query-guide.html">证书查询</a></nav>', art,
              "<h3>热点</h3><ul><li>社保转移</li><li>灵活就业参保</li></ul>", "主办单位：某市人力资源和社会保障局"),
     False, None, None, [], "subsidy policy explainer")

P = "news/scam-warning.html"
art = """<h1>警方提醒：“零基础拿高级技师证”是骗局！已有市民被骗2万余元</h1>
<p class="meta">来源：平安某市 ｜ 2025-10-20</p>
<p>近日，市民李女士在某直播间看到“人工智能训练师二级，不限学历，45天拿证”的广告，添加对方联系方式后先后转账2.3万元，最终未拿到任何证书。</p>
<p>经查，涉案人员使用的联系电话为171-5023-7764，已被依法处置。警方提示：职业技能等级证书需按规定参加认定，不存在“花钱直接拿证”。</p>
<p>如遇可疑情况，请拨打反诈专线96110或报警110；消费纠纷可拨打12315。</p>"""
page(P, plain(P, "警方提醒：零基础拿高级技师证是骗局",
              '<nav><b>平安资讯</b> <a href="../index.html">首页</a></nav>', art,
              '<h3>反诈课堂</h3><ul><li><a href="../bbs/complaint-8812.html">网友投诉：直播间买课被骗</a></li></ul>', "平安某市 官方网站"),
     False, None, None, [], "police scam warning quoting a scammer's number and hotlines")

P = "bbs/complaint-8812.html"
art = """<h1>【投诉】直播间报AI训练师二级，交了钱联系不上了</h1>
<p class="meta">投诉编号：TS20251102008812 ｜ 投诉对象：某直播间商家 ｜ 状态：处理中</p>
<p>11月初在直播间看到说二级技师不限学历，加了一个号码 17150237764 的微信，交了8800，后来就被拉黑了。订单号 13512009876（平台订单），平台客服 400-857-1688 说不是站内交易无法处理。</p>
<p>诉求：退款，追究商家责任。已拨打12315。</p>
<div class="reply"><b>网友 风吹麦浪</b>：一样被骗，记住二级需要三级证加年限，零基础根本报不了。</div>
<div class="reply"><b>网友 王小明1990</b>：我在直播间认识的人也说要拉我一起报，幸好没交钱。wx：wang_xm1990 大家一起维权</div>
<div class="reply"><b>平台小助手</b>：您好，已将您的投诉转交商家，请耐心等待。</div>"""
page(P, plain(P, "【投诉】直播间报AI训练师二级 交了钱联系不上",
              '<nav><b>消费投诉平台</b> <a href="../index.html">首页</a><a href="index.html">投诉大厅</a></nav>', art,
              "<h3>投诉须知</h3><p>请如实填写投诉内容</p>", "消费投诉平台 ｜ 本平台不对投诉内容真实性负责"),
     False, None, None, [], "complaint thread quoting a scam number, platform hotline and an order number")

P = "zhihu/q-ai-trainer-useful.html"
art = """<h1>人工智能训练师证书有用吗？</h1>
<p class="meta">关注者 905 ｜ 被浏览 388,201</p>
<div class="answer"><p><b>匿名用户</b></p><p>有用但没那么神。找标注、评测的工作，HR会看一眼；想靠它落户、评职称，得看当地政策。</p></div>
<div class="answer"><p><b>不写代码的产品汪</b></p><p>公司报销考了四级，理论很简单，实操要练。不要买那种“三证连报”，二级一级都要年限。</p></div>
<div class="reply"><b>王小明1990</b>：有一起备考的吗 wx：wang_xm1990</div>
<div class="reply"><b>数据猿</b>：官网 osta.org.cn 可以查备案机构</div>"""
page(P, plain(P, "人工智能训练师证书有用吗？ - 知乎式问答",
              '<nav><b>知识问答</b> <a href="../index.html">首页</a></nav>', art,
              '<h3>相关问题</h3><ul><li><a href="answer-338120.html">人工智能训练师证书怎么考？</a></li></ul>', "© 2025 问答社区"),
     False, None, None, [], "Q&A without selling; a commenter posts his own contact")

P = "mall-a/help-cert.html"
body_ft = f"""<h1>帮助中心｜购买职业技能证书类课程须知</h1>
<p>1. 淘集市仅允许商家销售培训服务，禁止销售“代考”“包过”“免考拿证”等服务。</p>
<p>2. 职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
<p>3. 商家引导您添加站外联系方式、私下转账的，请拒绝并举报。</p>
<p>4. 如遇问题请联系淘集市客服：400-857-1688，或发送邮件至 jubao@taojishi.com。</p>
<p><a href="search.html">返回搜索</a></p>"""
page(P, mall_a(P, "帮助中心 购买职业技能证书类课程须知", "淘集市帮助中心", "", body_ft,
               '<h4>常见问题</h4><ul><li>如何申请退款</li><li>虚拟商品发货规则</li></ul>', "<li>—</li>", crumbs="帮助中心"),
     False, None, "淘集市", [], "marketplace help page")

# ---------------------------------------------------------------- list pages
def links(items):
    return "\n".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items)


P = "mall-a/search.html"
lst = links([("item-7731.html", "【官方报名】人工智能训练师证书考证培训 四级/三级 ¥1680"),
             ("item-8820.html", "启元 人工只能训练师 证书报考 三级 ¥3280"),
             ("item-9034.html", "数智星球 AI训练师五级初级工 入门网课 ¥599"),
             ("item-9412.html", "未来智才 人工智能训练师 技师（二级）报名 ¥6800"),
             ("item-9655.html", "知行 AI Trainer 人工智能训练师 四级 ¥1699"),
             ("item-9980.html", "青蓝职教 人工智能训练师（五级）培训 ¥980"),
             ("item-9120.html", "康源健康学院 健康管理师 三级 ¥2180"),
             ("help-cert.html", "帮助：购买职业技能证书类课程须知")])
page(P, mall_a(P, "人工智能训练师 搜索结果", "搜索“人工智能训练师”", "共 7 件宝贝",
               f"<h2>搜索结果</h2><ul>{lst}</ul>", "<h4>筛选</h4><p>价格 / 销量 / 信用</p>", "<li>—</li>", crumbs="搜索"),
     False, None, None, [], "marketplace search result list")

P = "mall-b/list.html"
lst = links([("item-100234.html", "码上AI职教 AI训练师 五级/四级 网课"), ("item-100871.html", "数标工坊 数据标注员 高级工"),
             ("item-101552.html", "AI标注学院 人工智能训练师 算法测试员方向"), ("item-102218.html", "技证通 人工智能训练师三级"),
             ("item-103007.html", "途知教育 AI训练师 四级"), ("item-103340.html", "生成式人工智能系统应用员培训")])
page(P, mall_b(P, "AI训练师 证书 商品搜索", "京选商城", f"<div><h2>商品列表</h2><ul>{lst}</ul></div>", "", ""),
     False, None, None, [], "marketplace B list page")

P = "live/index.html"
lst = links([("replay-20250916.html", "小鹿老师讲AI｜三级证书福利专场"), ("replay-aj-1024.html", "阿杰聊AI副业｜四级定金99"),
             ("replay-xingqiu-1101.html", "星球学姐｜五级直播专享"), ("replay-xiaomei-1118.html", "AI证书姐姐小美｜三级报名专场"),
             ("replay-laozhou-1203.html", "老周AI副业课｜四级线下班")])
page(P, doc("直播回放 - 快看直播", CSS_LIVE, f"""<header class="top"><span class="brand">快看直播</span><a href="../index.html">网站导航</a></header>
<div class="container"><main><h1>“AI训练师” 相关直播回放</h1><ul>{lst}</ul></main></div>
<footer class="ft">快看直播 kkzhibo.com ｜ 官方账号：快看直播小助手 ｜ 违法和不良信息举报电话：400-140-1800</footer>""", P),
     False, None, None, [], "live platform replay list")

P = "tuan/index.html"
lst = links([("group-ai-trainer.html", "【3人团】人工智能训练师五级 ¥699"), ("tuan-zhida.html", "2人拼 AI训练师中级工 ¥1399"),
             ("tuan-zhicai.html", "5人团 AI训练师技师二级 ¥4980"), ("tuan-xinchuang.html", "2人团 人工智能训练师五级 ¥880")])
page(P, doc("拼拼团 - 职业考证", CSS_TUAN, f"""<div class="bar"><a href="../index.html">‹ 首页</a><b>拼拼团 · 职业考证</b><span>···</span></div>
<div class="card"><ul>{lst}</ul></div>
<div class="powered">拼拼团小程序 · 本页面由 团立方SaaS 提供技术支持 · 服务热线 0571-86930211</div>""", P),
     False, None, None, [], "mini-program category list")

P = "xianyu/index.html"
lst = links([("item-5589103.html", "转 AI训练师四级网课+报名名额 ¥399"), ("item-6120448.html", "AI训练师 算法测试员四级 资料+报名 ¥1280"),
             ("item-7003215.html", "人工智能训练师 题库+实操模拟 ¥88"), ("item-7241890.html", "出 人工智能训练师三级网课年卡 ¥150")])
page(P, doc("闲趣 - 搜索 AI训练师", CSS_XQ, f"""<div class="topbar">闲趣 <a href="../index.html">首页</a></div>
<div class="wrap"><h1>“AI训练师” 的闲置</h1><ul>{lst}</ul></div><div class="footer">闲趣二手 xianqu.com ｜ 交易请走平台担保，勿私下转账</div>""", P),
     False, None, None, [], "second-hand platform search list")

P = "bbs/index.html"
lst = links([("thread-5521.html", "【经验】AI训练师五级拿证了，顺便说下报名渠道"), ("complaint-8812.html", "【投诉】直播间报AI训练师二级，交了钱联系不上了")])
page(P, plain(P, "考证吧 - 论坛", '<nav><b>论坛</b> <a href="../index.html">首页</a></nav>', f"<h1>考证吧 · 帖子列表</h1><ul>{lst}</ul>",
              "<h3>吧规</h3><p>禁止广告</p>", "论坛协议"),
     False, None, None, [], "forum thread list")

P = "index.html"
groups = [
    ("电商平台 · 淘集市", [("mall-a/search.html", "淘集市搜索：人工智能训练师"), ("mall-a/help-cert.html", "淘集市帮助中心")]),
    ("电商平台 · 京选商城", [("mall-b/list.html", "京选商城：AI训练师 证书")]),
    ("直播", [("live/index.html", "快看直播 · 直播回放")]),
    ("拼团小程序", [("tuan/index.html", "拼拼团 · 职业考证")]),
    ("二手", [("xianyu/index.html", "闲趣 · AI训练师")]),
    ("客服会话存档", [("kefu/chat-luming.html", "鹿鸣数智 在线咨询"), ("kefu/chat-huayan.html", "华研职培 在线客服"), ("kefu/chat-zhicai.html", "智才学苑 在线咨询")]),
    ("机构网站", [("lmsz/index.html", "鹿鸣数智"), ("pcjn/index.html", "鹏程职校"), ("zhicai/index.html", "智才学苑"), ("hzjn/index.html", "恒智培训")]),
    ("社区与内容", [("wx/aizhigui-20251102.html", "公众号：AI职业规划研究所"), ("bbs/index.html", "考证吧"),
                 ("zhihu/answer-338120.html", "问答：证书怎么考"), ("zhihu/q-ai-trainer-useful.html", "问答：证书有用吗"),
                 ("blog/zhixing-notes-ai-trainer.html", "知行笔记"), ("qun/notice-906218847.html", "群公告"),
                 ("fenlei/sz-ai-xunlianshi-7730.html", "分类信息：宝安培训")]),
    ("资讯与招聘", [("news/osta-query-guide.html", "证书查询指南"), ("news/subsidy-policy.html", "技能提升补贴解读"),
                 ("news/scam-warning.html", "警方提醒"), ("jobs/data-annotation-zj.html", "招聘：数据标注员")]),
]
sec = "\n".join(f"<section><h2>{g}</h2><ul>{links(items)}</ul></section>" for g, items in groups)
page(P, plain(P, "AI训练师考证 · 网页导航（测试站点）", '<nav><b>网址导航</b></nav>',
              f"<h1>人工智能训练师 相关网页导航</h1>\n<!-- crawl seed -->\n{sec}",
              "<h3>说明</h3><p>本导航收录电商、直播、拼团、二手、社区与资讯页面。</p>", "网址导航 © 2025"),
     False, None, None, [], "directory / crawl seed page")


# ======================================================================
# Decoys: paths are computed from the written forms actually present
# ======================================================================
DECOY_SPECS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline quoted by sellers and by news pages"),
    ("domain", "osta.org.cn", ["osta.org.cn"], "official certificate query site quoted as proof by many sellers and news"),
    ("domain", "ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform quoted in a news page and a Q&A comment"),
    ("phone", "4008571688", ["400-857-1688"], "marketplace A customer-service hotline in every 淘集市 footer"),
    ("email", "jubao@taojishi.com", ["jubao@taojishi.com"], "marketplace A report mailbox in every 淘集市 footer"),
    ("uscc", USCC_TAOJISHI, [USCC_TAOJISHI], "marketplace A operator's own licence code in every 淘集市 footer"),
    ("domain", "taojishi.com", ["taojishi.com"], "marketplace A platform domain in every footer"),
    ("phone", "4006189360", ["4006-189-360"], "marketplace B customer-service hotline in every 京选 footer"),
    ("qq_group", "735120486", ["735120486"], "marketplace B merchant-onboarding QQ group in every 京选 footer"),
    ("other", "快看直播小助手", ["快看直播小助手"], "live platform's official account, on every replay page"),
    ("phone", "4001401800", ["400-140-1800"], "live platform's report hotline in every replay footer"),
    ("phone", "+8657186930211", ["0571-86930211"], "mini-program SaaS provider's support line on every group-buy page"),
    ("phone", "4006117072", ["400-611-7072"], "chat-widget vendor's number under every chat transcript"),
    ("domain", "zhiyunkf.com", ["zhiyunkf.com"], "chat-widget vendor's domain under every chat transcript"),
    ("domain", "biaodanyun.cn", ["biaodanyun.cn"], "form tool credit/endpoint on several sellers' sign-up forms"),
    ("domain", "jianzhanbao.com", ["jianzhanbao.com"], "site builder credit in several sellers' footers"),
    ("phone", "+8675523960817", ["0755-23960817", "0755-2396 0817"], "assessment centre's 考务 number quoted by several sellers"),
    ("phone", "+8675583261170", ["0755-8326 1170"], "training venue's front desk, quoted by two unrelated sellers who rent it"),
    ("phone", "+8613905120618", ["13905120618"], "white-label course number (looks like a mobile) used by two resellers"),
    ("phone", "+8615112033089", ["1511 2033 089"], "number on a sample certificate image copied around the web"),
    ("phone", "+8613800138000", ["13800138000"], "form placeholder phone in several templates"),
    ("wechat", "wang_xm1990", ["wang_xm1990"], "a commenter's own WeChat posted under several sellers' streams and a complaint"),
    ("phone", "+8617150237764", ["171-5023-7764", "17150237764"], "scammer number quoted in a police warning and a complaint"),
    ("phone", "96110", ["96110"], "anti-fraud hotline in a warning"),
    ("phone", "12315", ["12315"], "consumer complaint hotline in news and complaints"),
]


def build_decoys():
    for kind, value, forms, note in DECOY_SPECS:
        paths = sorted(p for p, h in PAGES.items() if any(f in h for f in forms))
        decoy(kind, value, paths, note)


def write():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p, h in PAGES.items():
        fp = os.path.join(SITE, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    build_decoys()
    ops = {
        "U01": ("智训未来 shop → live assistant WeChat (full-width) → QQ (digits vs Chinese numerals) → email/domain on own site", PAGES_U01),
        "U02": ("mall B phone ↔ group-buy phone (emoji-split); group-buy WeChat ↔ second-hand post; mall B QQ group ↔ article (mixed-width)", PAGES_U02),
        "U03": ("mall A WeChat ↔ mall B WeChat (case); mall B USCC ↔ chat; chat landline (spaces) ↔ mall A landline", PAGES_U03),
        "U04": ("live phone ↔ group-buy phone; group-buy QQ ↔ classified QQ (dashes); classified full-width landline ↔ school site landline", PAGES_U04),
        "U05": ("mall A WeChat ↔ live WeChat; live mobile ↔ forum post mobile written in Chinese numerals only", PAGES_U05),
        "U06": ("mall B QQ ↔ second-hand QQ (spaced); second-hand WeChat ↔ Q&A WeChat (upper case); mall B domain ↔ Q&A domain (点)", PAGES_U06),
        "U07": ("mall A mobile ↔ group-buy mobile (+86, dashes); group-buy WeChat ↔ chat WeChat; chat email (圈)/domain ↔ landing page", PAGES_U07),
        "U08": ("live WeChat ↔ mall B WeChat (case); mall B 400 number ↔ group notice 400 number (full-width)", PAGES_U08),
        "U09": ("second-hand WeChat ↔ mall A WeChat (case); mall A email ↔ blog email ([at])", PAGES_U09),
    }
    operators = {}
    for oid, (ties, paths) in ops.items():
        brands = []
        for e in TRUTH:
            if e["operator"] == oid and e["provider"] not in brands:
                brands.append(e["provider"])
        operators[oid] = {"brands": brands, "ties": ties}
    for e in TRUTH:
        if e["operator"] and e["operator"].startswith("I"):
            operators[e["operator"]] = {"brands": [e["provider"]], "ties": "independent: one offer page, shares nothing"}
    TRUTH.sort(key=lambda e: e["path"])
    truth = {
        "description": "operators-2026-12ai: e-commerce and live-commerce web of 人工智能训练师 (4-04-05-05) "
                       "certificate-course sellers — two marketplaces, live replays, group-buy mini-program, "
                       "second-hand posts, chat transcripts, plus standalone sites, community posts and non-offer pages.",
        "pages": TRUTH,
        "operators": operators,
        "decoys": DECOYS,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


def counts(truth):
    pages = truth["pages"]
    offers = [p for p in pages if p["is_offer"]]
    u = {p["operator"] for p in offers if p["operator"].startswith("U")}
    i = {p["operator"] for p in offers if p["operator"].startswith("I")}
    return {"pages": len(pages), "offers": len(offers), "non_offers": len(pages) - len(offers),
            "operators": len(u), "independents": len(i), "decoys": len(truth["decoys"])}


if __name__ == "__main__":
    t = write()
    c = counts(t)
    readme_path = os.path.join(HERE, "README.md")
    with open(readme_path, encoding="utf-8") as f:
        txt = f.read()
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    block = start + "\n" + "\n".join(f"- {k}: {v}" for k, v in c.items()) + "\n" + end
    a, b = txt.index(start), txt.index(end) + len(end)
    txt = txt[:a] + block + txt[b:]
    with open(readme_path, "w", encoding="utf-8") as f:
        f.write(txt)
    print(json.dumps(c, ensure_ascii=False))
