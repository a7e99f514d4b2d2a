"""Shared helpers: the page store, label builders, platform shells."""
import html as _html
import json

PAGES = {}          # path -> {"html": str, "encoding": str, "label": dict}
BROKEN = ["/tb/item/670000000001.html", "/yz/wscgoods/detail/0del9x.html"]
ROBOTS_DISALLOW = ["/jd/preview/"]

SEVERITY = {
    "UNRECOGNIZED_ISSUER": "high", "LOOKALIKE_ISSUER": "high", "ISSUER_OUT_OF_SCOPE": "high",
    "ISSUER_LAPSED": "high", "GOVERNMENT_ISSUER_CLAIM": "high",
    "UNOFFICIAL_VERIFICATION_SITE": "high", "NO_EXAM": "high",
    "GUARANTEED_PASS": "medium", "ELIGIBILITY_SHORTCUT": "medium", "BENEFIT_BAIT": "medium",
    "EXCESSIVE_FEE": "medium", "MISSING_ISSUER": "low",
}

PAGE_TYPES = {"offer", "offer_list", "article", "qa_forum", "job", "other"}

PHENOMENA = set("""tracking_params mirror canonical_ok canonical_evasion list_page search_page aggregator
reported_claim question_claim negated_claim warning cross_sentence_condition salary subsidy_amount prize
other_occupation_price bare_price split_price price_in_fen struck_price instalment deposit_balance
group_price level_table sku_table level_range level_names standard_body boilerplate_body role_issuer
long_issuer_span english_issuer traditional_script app_state noscript json_ld open_graph multi_course gbk
soft_ad reply_offer honest_offer scam_offer unofficial_query_site broken_page other""".split())


def e(s):
    return _html.escape(str(s), quote=True)


def add(path, html, label, encoding="utf-8"):
    assert path not in PAGES, path
    PAGES[path] = {"html": html, "encoding": encoding, "label": label}


def iss(name, status, agency_id=None, resembles=None, alt_names=None, status_alt=None):
    d = {"name": name, "status": status, "agency_id": agency_id}
    if alt_names:
        d["alt_names"] = list(alt_names)
    if status_alt:
        d["status_alt"] = list(status_alt)
    if resembles:
        d["resembles"] = resembles
    return d


def page(page_type, kind, note, phenomena, duplicate_of=None, robots=False):
    d = {"is_offer": False, "page_type": page_type, "kind": kind, "note": note,
         "phenomena": list(phenomena), "robots_disallowed": robots}
    if duplicate_of:
        d["duplicate_of"] = duplicate_of
    return d


def offer(kind, note, phenomena, issuers, levels, fee, flags, optional=(), fee_alt=None,
          gov_claim_text=False, robots=False, suspicious=None):
    """fee: (min, max) or None.  flags: codes or lists (any-of groups)."""
    d = {"is_offer": True, "page_type": "offer", "kind": kind, "note": note,
         "phenomena": list(phenomena), "robots_disallowed": robots,
         "issuers": issuers, "levels": sorted(levels, reverse=True),
         "fee_cny": None if fee is None else {"min": float(fee[0]), "max": float(fee[1])},
         "flags": list(flags), "optional_flags": list(optional)}
    if fee_alt is not None:
        d["fee_cny_alt"] = [None if f is None else {"min": float(f[0]), "max": float(f[1])} for f in fee_alt]
    if suspicious is None:
        suspicious = any(all(SEVERITY[c] == "high" for c in (g if isinstance(g, list) else [g])) for g in flags)
    d["suspicious"] = suspicious
    d["_gov_claim_text"] = gov_claim_text
    return d


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False, indent=1) + "</script>"


def jstate(obj):
    """JSON for embedding in a <script>: keep '</' out of it."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


# ------------------------------------------------------------------ shells
TB_NAV = """<div class="site-nav" id="J_SiteNav"><div class="site-nav-bd">
<ul class="site-nav-bd-l"><li class="sn-login-info">亲，欢迎来淘享！<a href="/tb/login.html" target="_top" class="sn-login">请登录</a> <a href="/tb/login.html#reg" class="sn-register">免费注册</a></li>
<li><a href="/index.html">职培导航</a></li></ul>
<ul class="site-nav-bd-r"><li><a href="/tb/index.html">淘享网首页</a></li><li><a href="/tb/login.html?redirect=my">我的淘享</a></li>
<li class="sn-cart"><a href="javascript:void(0)" rel="nofollow">购物车<span class="mc-count">0</span></a></li>
<li><a href="javascript:;">收藏夹</a></li><li><a href="/tb/rule/zhiye-zhengshu-guifan.html">规则中心</a></li>
<li><a href="tel:057188226688">联系客服</a></li></ul></div></div>"""

TB_FOOTER = """<div id="footer" class="footer"><div class="footer-hd"><p>
<a href="/tb/index.html">淘享网</a> | <a href="/tb/rule/zhiye-zhengshu-guifan.html">规则中心</a> | <a href="javascript:;">消费者保障</a> |
<a href="javascript:;">廉正举报</a> | <a href="javascript:;">知识产权保护</a> | <a href="mailto:service@taoxiang-demo.cn">联系我们</a></p></div>
<div class="footer-bd"><p>增值电信业务经营许可证：浙B2-20250417 | 网络文化经营许可证：浙网文〔2025〕0318-021号 |
<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备2025007711号-3</a> | 浙公网安备 33010602011771号</p>
<p>平台客服热线 0571-8822-6688（9:00-22:00） 消费者投诉 400-800-1717 违法和不良信息举报电话 0571-8101-2345</p>
<p>&copy; 2009-2026 Taoxiang.demo 版权所有 杭州淘享网络科技有限公司 统一社会信用代码 91330106MA27T0K52X</p></div></div>"""


def tb_shell(title, body, head="", canonical=None, keywords="", desc="", body_class="tb-detail"):
    can = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(title)}</title>
<meta name="keywords" content="{e(keywords)}">
<meta name="description" content="{e(desc)}">
<meta name="spm-id" content="a230r.1">
<meta name="data-spm" content="a21n57">
{can}
<link rel="stylesheet" href="/static/tb/detail-2026.css">
<script>window.g_config={{appId:12,assetsHost:"//g.alicdn-demo.cn",toolbar:false,webp:true}};</script>
{head}
</head>
<body class="{body_class}" data-spm="2013">
{TB_NAV}
<div class="header" id="J_Header"><div class="logo"><a href="/tb/index.html" title="淘享网">淘享网 Taoxiang</a></div>
<form class="search-form" action="/tb/search/rengongzhineng-xunlianshi.html" method="get"><input name="q" value="" placeholder="搜索 宝贝/店铺"><input type="hidden" name="spm" value="a21n57.1.search"><button type="submit">搜索</button></form></div>
{body}
{TB_FOOTER}
<script src="/static/tb/aplus_v2.js" async></script>
<script>(function(){{var s=document.createElement('script');s.src='//log.taoxiang-demo.cn/b.js?spm='+encodeURIComponent(location.search);}})();</script>
</body></html>
"""


JD_FOOTER = """<div id="footer-2024"><div class="ft-service"><dl><dt>购物指南</dt><dd>购物流程</dd><dd>会员介绍</dd><dd>常见问题</dd></dl>
<dl><dt>配送方式</dt><dd>上门自提</dd><dd>电子凭证（课程类）</dd></dl><dl><dt>支付方式</dt><dd>货到付款</dd><dd>在线支付</dd><dd>分期付款</dd></dl>
<dl><dt>售后服务</dt><dd>售后政策</dd><dd>价格保护</dd><dd>退款说明</dd></dl></div>
<div class="copyright"><p><a href="/jd/search/ai-xunlianshi.html">京选搜索</a>|<a href="javascript:;">关于我们</a>|<a href="javascript:;">联系我们</a>|<a href="javascript:;">商家入驻</a>|<a href="javascript:;">营销中心</a></p>
<p>苏公网安备 32011502011288号 | 苏ICP备2023018833号-1 | 出版物经营许可证 新出发苏批字第A-219号 | 增值电信业务经营许可证 苏B2-20230912</p>
<p>京选客服 950618（7×24小时） 课程类商品售后 025-5266-0808 &nbsp; Copyright&copy;2018-2026 京选商城 JXMALL.demo 版权所有 南京京选电子商务有限公司</p></div></div>"""


def jd_shell(title, body, head="", canonical=None, desc=""):
    can = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>{e(title)}</title>
<meta name="description" content="{e(desc)}">
<meta name="format-detection" content="telephone=no">
{can}
<link rel="stylesheet" type="text/css" href="/static/jd/item.min.css?v=20260105">
<script>var pageConfig={{compatible:true,product:{{skuid:0,cat:[4053,4055,27355],venderId:1000123}}}};</script>
{head}
</head>
<body version="140120"><div id="shortcut-2024"><div class="w"><ul class="fl"><li><a href="/index.html">职培导航</a></li><li class="dorpdown">南京</li></ul>
<ul class="fr"><li><a href="/jd/search/ai-xunlianshi.html">你好，请登录</a></li><li class="spacer"></li><li><a href="javascript:;">我的订单</a></li><li><a href="javascript:;">京选会员</a></li><li><a href="javascript:;">企业采购</a></li><li><a href="javascript:;">客户服务</a></li></ul></div></div>
<div id="search-2024"><form action="/jd/search/ai-xunlianshi.html"><input type="text" name="keyword" autocomplete="off" value="人工智能训练师"><button>搜索</button></form>
<div class="hotwords"><a href="/jd/search/ai-xunlianshi.html?keyword=AI%E8%AE%AD%E7%BB%83%E5%B8%88&amp;enc=utf-8&amp;pvid=a93b">AI训练师</a> <a href="javascript:;">PMP</a> <a href="javascript:;">数据分析</a> <a href="javascript:;">软考</a></div></div>
{body}
{JD_FOOTER}
<script src="/static/jd/item.js"></script>
</body></html>
"""


PDD_FOOTER = """<footer class="pdd-ft"><p>拼享团 — 多实惠 多乐趣</p><p>沪ICP备2024031166号-2 | 沪公网安备 31010402010993号 | 增值电信业务经营许可证 沪B2-20240522</p>
<p>平台客服 021-6051-7788 · 营业执照：上海拼享信息技术有限公司 91310104MA1FR8B22C</p></footer>"""


def pdd_shell(title, body, head="", canonical=None):
    can = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{e(title)}</title>{can}
<link rel="stylesheet" href="/static/pdd/goods.3f91a0.css">{head}</head>
<body><div id="main"><div class="pdd-top"><a href="/index.html" class="back">返回</a><span class="pdd-logo">拼享团</span><a href="/pdd/search/ai-xunlianshi.html" class="search-ico">搜索</a></div>
{body}
<div class="pdd-tabbar"><a href="/pdd/search/ai-xunlianshi.html">首页</a><a href="javascript:;">多多视频</a><a href="/pdd/search/ai-xunlianshi.html?tab=cat">分类</a><a href="javascript:;">聊天</a><a href="javascript:;">个人中心</a></div>
<div class="pdd-guarantee"><h4>平台保障</h4><p>退货包运费 · 极速退款 · 7天无理由（虚拟课程商品开课前）· 价格保护 · 拼单失败自动退款</p>
<p>温馨提示：请勿在平台外私下交易，谨防诈骗；课程证书类商品请核实发证机构资质。</p></div>
{PDD_FOOTER}</div>
<script src="/static/pdd/vendor.8ab1.js"></script></body></html>
"""


def yz_shell(title, body, shop, head="", canonical=None, og=None):
    can = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
    ogs = ""
    if og:
        ogs = "".join(f'<meta property="og:{k}" content="{e(v)}">' for k, v in og.items())
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>{e(title)}</title>{can}{ogs}
<link rel="stylesheet" href="https://b.yzcdn-demo.cn/wsc-h5-goods/detail_7c2a.css">
<script>window._global={{kdt_id:{shop['kdt']},shop_name:"{shop['name']}",mp_data:{{logo:"/static/yz/logo.png"}},url:{{www:"/yz/wscshop/home/kdt5120.html"}}}};</script>
{head}</head>
<body class="body-fixed-bottom">
<div class="container"><div class="shop-header"><a href="/yz/wscshop/home/kdt{shop['kdt']}.html">{e(shop['name'])}</a> <span class="cert">已认证</span></div>
{body}
<div class="shop-service"><div class="svc-row"><span class="svc-k">服务</span><span class="svc-v">店铺认证 · 担保交易 · 虚拟商品不支持7天无理由（开课前可申请退款）</span></div>
<div class="svc-row"><span class="svc-k">说明</span><span class="svc-v">课程类商品以电子凭证形式发放，购买后请在“我的订单”中查看核销码，并添加班主任完成报名信息登记。</span></div></div>
<div class="shop-nav"><a href="/yz/wscshop/home/kdt{shop['kdt']}.html">首页</a><a href="/yz/wscshop/home/kdt{shop['kdt']}.html#all">全部商品</a><a href="javascript:;">购物车</a><a href="javascript:;">个人中心</a></div>
<div class="footer"><div class="copyright"><div class="ft-links"><a href="/yz/wscshop/home/kdt{shop['kdt']}.html">店铺主页</a><a href="/yz/wscshop/about/kdt{shop['kdt']}.html">店铺信息</a><a href="javascript:;">会员中心</a></div>
<p class="ft-copyright">有客微店 提供技术支持 · 浙ICP备2019035212号-8 · 平台服务热线 0571-8890-3330</p></div></div></div>
<script src="https://b.yzcdn-demo.cn/wsc-h5-goods/vendor_2c81.js" defer></script></body></html>
"""


# ------------------------------------------------------------------ filler that real pages carry
SPA_CSS = """<style data-vue-ssr-id="7ba5bd90:0 2f1c3a11:0 5e8d1b02:0">
html{-webkit-text-size-adjust:100%;font-family:-apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif}
body{margin:0;background:#f7f8fa;color:#323233;font-size:14px;line-height:1.5}a{color:inherit;text-decoration:none}
.van-nav-bar{position:relative;z-index:1;line-height:22px;text-align:center;background:#fff;user-select:none}
.van-nav-bar__content{position:relative;display:flex;align-items:center;height:46px}
.van-nav-bar__title{max-width:60%;margin:0 auto;color:#323233;font-weight:500;font-size:16px}
.van-button{position:relative;display:inline-block;box-sizing:border-box;height:44px;margin:0;padding:0;font-size:16px;line-height:1.2;text-align:center;border-radius:2px;cursor:pointer}
.van-button--danger{color:#fff;background:#ee0a24;border:1px solid #ee0a24}.van-button--round{border-radius:999px}
.van-goods-action{position:fixed;right:0;bottom:0;left:0;display:flex;align-items:center;box-sizing:content-box;height:50px;padding-bottom:constant(safe-area-inset-bottom);padding-bottom:env(safe-area-inset-bottom);background:#fff}
.van-tabs__wrap{overflow:hidden}.van-tab{position:relative;display:flex;flex:1;align-items:center;justify-content:center;box-sizing:border-box;padding:0 4px;color:#646566;font-size:14px;line-height:20px;cursor:pointer}
.van-tab--active{color:#323233;font-weight:500}.van-sku-row{margin:0 16px 12px;border-bottom:1px solid #ebedf0}
.price-box .int{font-size:24px;font-weight:600;color:#ee0a24}.price-box .dec{font-size:14px}.price-box del{color:#969799;margin-left:6px}
.course-intro img{max-width:100%;height:auto}.course-intro p{margin:0 0 8px}.teacher-card{display:flex;padding:12px;background:#fff;border-radius:8px}
.skeleton{animation:skeleton-blink 1.2s ease-in-out infinite}@keyframes skeleton-blink{50%{opacity:.6}}
.coupon-cell{display:flex;justify-content:space-between;padding:10px 16px;background:#fff7f0;color:#ff6034}
.footer-copyright{padding:16px;color:#c8c9cc;font-size:12px;text-align:center}
@media (min-width:768px){.page-container{max-width:750px;margin:0 auto}}
</style>"""


def common_state(shop_name, tel):
    """Config objects every SPA page ships next to its content (user, flags, copy)."""
    return {
        "user": {"isLogin": False, "userId": "", "avatar": "", "nickname": "", "isVip": False},
        "env": {"platform": "h5", "isWeixin": False, "isMiniProgram": False, "isIOS": False, "cdn": "//static-demo.cdn/", "version": "6.41.2"},
        "abtest": {"detail_v3": "B", "coupon_float": "A", "sku_popup_style": "sheet", "reco_algo": "cf_2026q1"},
        "copy": {"buy": "立即报名", "consult": "咨询", "share": "分享", "collect": "收藏", "service": "客服", "soldOut": "已售罄",
                 "refundTip": "虚拟课程商品，开课前可申请退款，开课后不支持退款", "invoiceTip": "如需发票请联系客服",
                 "privacy": "我们会依据《个人信息保护法》保护你的个人信息"},
        "service": {"shopName": shop_name, "tel": tel, "workTime": "09:00-21:00", "imEnabled": True},
        "share": {"imgUrl": "//static-demo.cdn/share/default.png", "desc": "终身学习，从这里开始"},
        "report": {"spmA": "a2k0", "pageId": "detail", "sampling": 0.1},
    }


def qa_shell(title, body, related):
    rel = "".join(f'<li><a href="{e(u)}">{t}</a> <span class="n">{n}个回答</span></li>' for u, t, n in related)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}_知道</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/static/zd/qb.css">
<style>.qb h1{{font-size:20px}}.ans{{border-top:1px solid #eee;padding:12px 0}}.who{{color:#999;font-size:12px}}.side li{{margin:6px 0}}</style></head>
<body><div class="zd-top"><a href="/index.html">导航</a> · <b>知道</b> <form class="zd-search" action="javascript:;"><input name="word" placeholder="搜索问题"><button>搜索答案</button></form>
<nav><a href="javascript:;">首页</a> <a href="javascript:;">问题分类</a> <a href="javascript:;">知道日报</a> <a href="javascript:;">我的提问</a></nav></div>
<div class="zd-wrap"><div class="zd-main">{body}
<div class="zd-act"><a href="javascript:;">我来回答</a> · <a href="javascript:;">举报</a> · <a href="javascript:;">分享</a></div></div>
<div class="side"><h4>相关问题</h4><ul>{rel}</ul><h4>知道日报</h4><ul><li><a href="javascript:;">新职业怎么选？</a></li><li><a href="javascript:;">证书查询的正确姿势</a></li></ul></div></div>
<div class="ft"><p>&copy;2026 知道 · 使用前必读 · 知道协议 · 京ICP证030173号 · 京公网安备 11000002000001号</p>
<p>本页回答由网友提供，仅代表个人观点，不代表本站立场。</p></div></body></html>"""
