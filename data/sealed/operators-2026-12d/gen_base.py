# -*- coding: utf-8 -*-
"""Shared helpers for gen.py: USCC computation, page templates (stdlib only)."""
import html

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    """GB 11714 check digit of the 9-character organisation code part."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for c, wi in zip(body8, w):
        v = int(c) if c.isdigit() else ord(c) - 55
        s += v * wi
    c9 = 11 - s % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def make_uscc(reg, area, org8):
    """reg: 2 chars (e.g. '91'), area: 6 digits, org8: 8 chars of the org code."""
    first17 = reg + area + org8 + org_check(org8)
    return first17 + uscc_check(first17)


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


CSS = """
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333;line-height:1.7}
.wrap{max-width:980px;margin:0 auto;padding:10px 16px}
.top{background:#f5f5f5;border-bottom:1px solid #ddd;font-size:13px}
.price{color:#e4393c;font-size:22px;font-weight:bold}
.side{float:right;width:240px;border:1px solid #eee;padding:8px;margin-left:12px;font-size:14px}
.foot{background:#2b2b2b;color:#aaa;font-size:12px;padding:16px;margin-top:30px;clear:both}
.foot a{color:#ccc}
.floor{border-top:1px solid #e5e5e5;padding:10px 0}
.tag{color:#13386c}
.box{border:1px dashed #f60;padding:8px;background:#fffaf3}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}
"""


def doc(title, body, css=CSS, keywords="人工智能训练师,考证,职业技能等级证书"):
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
        f"<title>{html.escape(title)}</title>\n"
        f"<meta name=\"keywords\" content=\"{html.escape(keywords)}\">\n"
        f"<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- marketplace (技能宝)
MALL_FOOTER = """<div class="foot"><div class="wrap">
<p>技能宝 · 职业技能培训服务平台 &nbsp;|&nbsp; <a href="/mall/index.html">平台首页</a> &nbsp;|&nbsp; 关于我们 &nbsp;|&nbsp; 商家入驻 &nbsp;|&nbsp; 消费者保障</p>
<p>平台客服热线：400-690-1212（工作日 9:00-18:00） &nbsp; 平台投诉邮箱：service@jnbao.com.cn</p>
<p>本平台仅为商家提供信息展示服务，课程及证书由入驻商家自行提供，请消费者仔细甄别。交易请通过平台担保支付，切勿私下转账。</p>
<p>© 2019-2026 jnbao.com.cn 技能宝 版权所有 &nbsp; 浙ICP备2021038817号-2</p>
</div></div>"""


def mall(title, shop, crumbs, main, side):
    body = f"""<div class="top"><div class="wrap">技能宝 jnbao.com.cn &nbsp;·&nbsp; 你好，请<a href="#">登录</a> &nbsp; <a href="#">免费注册</a> &nbsp;|&nbsp; <a href="/mall/index.html">技能宝首页</a> &nbsp; 我的订单 &nbsp; 商家中心</div></div>
<div class="wrap">
<div style="font-size:13px;color:#999">当前位置：<a href="/mall/index.html">首页</a> &gt; 职业技能 &gt; {crumbs}</div>
<h2 style="margin:6px 0">{shop} <span style="font-size:12px;color:#f60;border:1px solid #f60;padding:0 4px">认证店铺</span></h2>
<div class="side">{side}</div>
<div class="main">
<h1 style="font-size:20px">{title}</h1>
{main}
</div>
</div>
{MALL_FOOTER}"""
    return doc(title + " - " + shop + " - 技能宝", body)


# ---------------------------------------------------------------- classifieds (分类圈)
FENLEI_FOOTER = """<div class="foot"><div class="wrap">
<p>分类圈 fenleiquan.com —— 本地生活分类信息平台 &nbsp; <a href="/list/offers-1.html">教育培训</a> · 招聘 · 二手 · 房产</p>
<p>分类圈客服热线：010-5896 3300 &nbsp; 举报邮箱：jubao@fenleiquan.com</p>
<p>特别提醒：本信息由用户自行发布，分类圈不对其真实性负责。凡是要求先交“押金”“保证金”“加急费”的，请提高警惕。</p>
<p>京ICP证180623号 &nbsp; 京公网安备11010502039417号</p>
</div></div>"""


def fenlei(title, city, meta, main, contact):
    body = f"""<div class="top"><div class="wrap">分类圈 · {city}站 &nbsp; [切换城市] &nbsp; <a href="/index.html">首页</a> &gt; <a href="/list/offers-1.html">{city}教育培训</a> &gt; 职业技能培训</div></div>
<div class="wrap">
<h1 style="font-size:21px">{title}</h1>
<div style="font-size:12px;color:#999">{meta}</div>
<div class="side"><b>联系方式</b><br>{contact}<p style="font-size:12px;color:#999">联系我时，请说是在分类圈看到的，谢谢！</p></div>
<div class="main">{main}</div>
</div>
{FENLEI_FOOTER}"""
    return doc(title + "_" + city + "分类圈", body)


# ---------------------------------------------------------------- WeChat 公众号 article
def mp(title, account, date, place, main, tail=""):
    body = f"""<div class="wrap" style="max-width:677px">
<h1 style="font-size:22px">{title}</h1>
<div style="font-size:15px;color:#576b95">原创 &nbsp;{account}&nbsp; <span style="color:#999">{date} &nbsp;{place}</span></div>
<div id="js_content" style="font-size:16px">
{main}
</div>
{tail}
<div style="font-size:13px;color:#999;margin-top:20px">阅读 2.3万 &nbsp; 赞 86 &nbsp; 在看 17 &nbsp;&nbsp; <a href="/list/offers-2.html">返回</a></div>
</div>"""
    return doc(title, body)


# ---------------------------------------------------------------- tieba-style forum
def tieba(title, bar, floors):
    fl = "\n".join(
        f'<div class="floor"><div style="font-size:13px;color:#2d64b3">{u} <span style="color:#999">{lv}</span></div>'
        f'<div>{c}</div><div style="font-size:12px;color:#999;text-align:right">{n}楼 {t}</div></div>'
        for (u, lv, c, n, t) in floors
    )
    body = f"""<div class="top"><div class="wrap"><a href="/index.html">贴吧首页</a> &gt; <a href="/list/more.html">{bar}吧</a> &nbsp; 关注 1.8万 &nbsp; 帖子 9.6万</div></div>
<div class="wrap">
<h1 style="font-size:19px">{title}</h1>
{fl}
<p style="font-size:12px;color:#999">贴吧协议 | 隐私政策 | 吧主制度 | 意见反馈 | 网络谣言警示</p>
</div>"""
    return doc(title + "_" + bar + "吧", body)


# ---------------------------------------------------------------- xiaohongshu-style note
def xhs(title, author, main, tags, comments, date, ip):
    cm = "\n".join(f'<div class="floor"><b>{u}</b>：{c} <span style="color:#999;font-size:12px">{d}</span></div>' for u, c, d in comments)
    body = f"""<div class="wrap" style="max-width:600px">
<div style="font-size:14px"><b>{author}</b> <span style="border:1px solid #ff2442;color:#ff2442;font-size:12px;padding:0 6px;border-radius:8px">关注</span></div>
{main[0]}
<h1 style="font-size:18px">{title}</h1>
<div style="font-size:15px">{main[1]}</div>
<p class="tag">{tags}</p>
<div style="font-size:12px;color:#999">编辑于 {date} {ip}</div>
<div style="margin-top:10px"><b>共 {len(comments)} 条评论</b>
{cm}</div>
<p><a href="/list/offers-2.html">← 返回发现页</a></p>
</div>"""
    return doc(title + " - 小红书", body)


# ---------------------------------------------------------------- Q&A
def wenda(title, asker, qtext, answers):
    an = "\n".join(
        f'<div class="floor"><div style="font-size:13px"><b>{u}</b> <span style="color:#999">{lab}</span></div><div>{c}</div>'
        f'<div style="font-size:12px;color:#999">{t} &nbsp; 赞同 {z} &nbsp; 评论</div></div>'
        for (u, lab, c, t, z) in answers
    )
    body = f"""<div class="top"><div class="wrap"><a href="/index.html">问答首页</a> &gt; <a href="/list/more.html">教育/考试</a> &gt; 职业资格</div></div>
<div class="wrap">
<h1 style="font-size:20px">{title}</h1>
<div style="font-size:14px;color:#555">{qtext}</div>
<div style="font-size:12px;color:#999">{asker} 提问 &nbsp; {len(answers)} 个回答</div>
{an}
</div>"""
    return doc(title + "_问答", body)


# ---------------------------------------------------------------- company / agency site
def corp(title, brand, nav, main, footer, logo_alt=None):
    logo = f'<img src="/img/logo.png" alt="{logo_alt or brand}" width="180" height="48"> ' if logo_alt is not None else ""
    body = f"""<div style="background:#0b4f8a;color:#fff"><div class="wrap">{logo}<b style="font-size:22px">{brand}</b>
<div style="font-size:14px">{nav}</div></div></div>
<div class="wrap">
{main}
</div>
<div class="foot"><div class="wrap">{footer}</div></div>"""
    return doc(title, body)


# ---------------------------------------------------------------- news
def news(title, source, date, main, related=""):
    body = f"""<div class="top"><div class="wrap"><a href="/index.html">首页</a> &gt; <a href="/list/news.html">新闻中心</a> &gt; 正文</div></div>
<div class="wrap" style="max-width:760px">
<h1 style="font-size:24px">{title}</h1>
<div style="font-size:13px;color:#999">{date} &nbsp; 来源：{source} &nbsp; 字号：大 中 小</div>
<div style="font-size:16px">{main}</div>
{related}
<p style="font-size:12px;color:#999">（责任编辑：王晓 ）</p>
</div>"""
    return doc(title, body)
