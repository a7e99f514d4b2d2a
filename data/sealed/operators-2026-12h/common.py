"""Site chrome (headers/footers per site style) and USCC helpers. stdlib only."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8):
    s = 0
    for c, w in zip(code8, ORG_W):
        v = int(c) if c.isdigit() else ord(c) - 55
        s += v * w
    r = 11 - s % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    r = 31 - s % 31
    return USCC_CHARS[0 if r == 31 else r]


def uscc(prefix8, org8):
    """prefix8 = 登记管理部门+机构类别+行政区划 (e.g. 91440106); org8 = 组织机构代码本体."""
    body = prefix8 + org8 + org_check(org8)
    return body + uscc_check(body)


def uscc_valid(code):
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17])


def page(title, body, head_extra="", css=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333}}
.wrap{{max-width:1000px;margin:0 auto;padding:10px}}.side{{float:right;width:260px;border:1px solid #eee;padding:8px}}
.float-kf{{position:fixed;right:8px;bottom:80px;background:#1e88e5;color:#fff;padding:8px;width:120px;font-size:12px}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ddd;padding:4px 8px}}.foot{{clear:both;background:#f5f5f5;font-size:12px;color:#888;padding:12px;margin-top:20px}}
{css}</style>
{head_extra}
</head>
<body>
{body}
</body>
</html>
"""


# ---------------------------------------------------------------- site chrome

def mall(title, shop_name, main, side):
    return page(title + " - 优学集市", f"""
<div class="topbar">您好，欢迎来到优学集市！ <a href="/mall/index.html">首页</a> | 我的订单 | 客服热线 400-820-5717 | 商家入驻</div>
<div class="wrap"><div class="logo">优学集市 · 职业技能</div>
<div class="crumb"><a href="/mall/index.html">职业技能</a> &gt; 人工智能 &gt; {shop_name}</div>
<div class="side">{side}
<div class="plat">平台保障：七天无理由（课程未开通）· 资金由优学集市担保交易</div></div>
<div class="main">{main}</div></div>
<div class="foot">优学集市 youxuemall.cn · 平台客服 400-820-5717 · 投诉邮箱 kefu@youxuemall.cn<br>
优学集市（杭州）网络科技有限公司 统一社会信用代码 {MALL_USCC} · 浙ICP备2021003817号-2<br>
本平台所有交易款项由优学集市（杭州）网络科技有限公司代收，请勿向商家私下转账。</div>""")


def fenlei(title, main, city="北京"):
    return page(title + f"_{city}信息通分类网", f"""
<div class="wrap"><div class="hd"><b>信息通</b> xxt58.cn <a href="/fenlei/index.html">{city}教育培训</a> 免费发布信息 | 客服：020-2916 0088</div>
{main}
<div class="tips">【信息通提醒】凡涉及先交钱、保过、代考的信息请谨慎，遇诈骗请拨打110或全国反诈专线96110。</div></div>
<div class="foot">信息通分类网 © 2012-2026 xxt58.cn 客服热线 020-29160088 违法信息举报 jubao@xxt58.cn<br>
本站信息由用户自行发布，信息通不对其真实性负责。</div>""")


def wenda(title, question, answers):
    return page(title + " - 知问网", f"""
<div class="wrap"><div class="hd"><a href="/wenda/index.html">知问网</a> 教育/培训 分类</div>
<h1>{question}</h1>
{answers}
<div class="related">相关问题：人工智能训练师证怎么查询？ 数据标注员有证书吗？</div></div>
<div class="foot">知问网 zhiwen.net.cn · 举报与客服邮箱 help@zhiwen.net.cn · 回答仅代表网友个人观点</div>""")


def bbs(title, posts):
    return page(title + " - 考证人论坛 - Powered by Discuz!", f"""
<div class="wrap"><div class="hd"><a href="/bbs/index.html">考证人论坛</a> › 职业技能等级认定 › 人工智能训练师版</div>
{posts}</div>
<div class="foot">Powered by Discuz! X3.4 · 考证人论坛 kzr-bbs.com · 论坛客服QQ：800056371 · 版主招募<br>
广告位招租，联系论坛客服QQ 800056371</div>""")


def mp(title, account, main):
    return page(title, f"""
<div class="wrap" style="max-width:680px"><h1>{title}</h1>
<div class="meta">原创 <span class="nick">{account}</span> {account} <a href="/mp/index.html">公众号文章列表</a></div>
{main}
<div class="end">阅读 10万+ · 在看 · 分享 · 微信扫一扫关注该公众号</div></div>""")


def news(title, main, kind="资讯"):
    return page(title + "_南方资讯网", f"""
<div class="wrap"><div class="hd"><a href="/news/index.html">南方资讯网</a> &gt; 教育 &gt; {kind}</div>
<h1>{title}</h1>
{main}</div>
<div class="foot">南方资讯网 nfzx-news.com 新闻热线：020-3718 5500 · 违法和不良信息举报电话：12377 · 举报邮箱 jb@nfzx-news.com<br>
本文为{kind}，不代表本网观点。</div>""")


def note(title, author, main, comments):
    return page(title + " - 小记", f"""
<div class="wrap" style="max-width:600px"><div class="hd"><a href="/note/index.html">小记</a> · 发现</div>
<div class="author">@{author}</div>
<h1>{title}</h1>
{main}
<div class="comments"><h3>评论</h3>{comments}</div></div>
<div class="foot">小记 xiaojinote.com · 违法和不良信息举报 400-990-2816 · jubao@xiaojinote.com</div>""")


def jobs(title, main):
    return page(title + "招聘_职聘网", f"""
<div class="wrap"><div class="hd"><a href="/jobs/index.html">职聘网</a> 找工作 | 企业招聘</div>
{main}
<div class="warn">职聘网提醒：用人单位以任何名义收取费用均属违规，请提高警惕。求职投诉热线 400-606-3322</div></div>
<div class="foot">职聘网 zhipin-wang.com.cn · 客服 400-606-3322 · kf@zhipin-wang.com.cn</div>""")


def dirsite(title, main):
    return page(title + " - 企业名录网", f"""
<div class="wrap"><div class="hd"><a href="/dir/index.html">企业名录网</a> qiyeminglu.cn · 商务服务 &gt; 教育培训</div>
{main}</div>
<div class="foot">企业名录网 qiyeminglu.cn · 数据来源于公开信息及企业自主上传 · 纠错：0755-2660 3090</div>""")


def tuan(title, main):
    return page(title + " - 拼学团", f"""
<div class="wrap" style="max-width:640px"><div class="hd"><a href="/tuan/index.html">拼学团</a> 学技能 拼团更省</div>
{main}
<div class="foot">拼学团 pinxuetuan.com · 官方客服 400-009-3311（9:00-21:00） · 团购课程由开团机构提供</div></div>""")


def app(title, main):
    return page(title, f"""
<div class="wrap" style="max-width:420px;border:1px solid #ddd">
<div class="mp-bar">◀ {title} ··· ◎</div>
{main}
<div class="foot">本服务由微信小程序提供 · 小程序内容由开发者负责</div></div>""")


def own(title, brand, nav, main, footer):
    return page(title, f"""
<div class="top">{nav}</div>
<div class="wrap"><div class="logo">{brand}</div>
{main}</div>
<div class="foot">{footer}<br>技术支持：云企建站 www.yunqijz.com 建站热线 400-115-6685</div>""")


MALL_USCC = uscc("91330106", "MA2H7Q4C")
