"""知鹅通 (Xiaoe-tong-like) knowledge shop: SPA pages whose content lives in window.__INITIAL_STATE__."""
from common import SPA_CSS, add, common_state, e, iss, jstate, offer, page

X1 = "/xet/p/course/ecourse/v_6512a0c1e4b0.html"
X2 = "/xet/p/course/ecourse/v_6533f9d2e4b0.html"
X3 = "/xet/p/course/ecourse/v_65440b11e4b0.html"
XH = "/xet/homepage/app_a1b2c3.html"
XC = "/xet/p/course/column/p_64f0a7.html"

APP = {"app_id": "appa1b2c3", "shop_name": "张江智课堂", "shop_logo": "https://wechatapppro-demo.cdn/appa1b2c3/logo.png",
       "icp": "沪ICP备2022013370号-4", "service_tel": "021-6108-5530"}


def shell(title, state, noscript="", extra_head=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no"><title>{e(title)}</title>
<link rel="preload" href="https://commonresource-demo.xet.cn/js/vendor.4f21c0.js" as="script">
<link href="https://commonresource-demo.xet.cn/css/app.9bd81e.css" rel="stylesheet">{extra_head}
{SPA_CSS}
<script>window.__APP_CONFIG__={jstate(APP)};</script>
</head><body>
{noscript}<div id="app"></div>
<script>window.__INITIAL_STATE__={jstate(dict(state, common=common_state("张江智课堂", "021-6108-5530")))};</script>
<script src="https://commonresource-demo.xet.cn/js/vendor.4f21c0.js"></script>
<script src="https://commonresource-demo.xet.cn/js/course_detail.77aa2d.js"></script>
</body></html>
"""


def x1():
    state = {"route": {"path": X1, "query": {}},
             "course": {"resource_id": "v_6512a0c1e4b0", "resource_type": 50, "title": "人工智能训练师三级（高级工）认定冲刺课｜张江线下实训",
                        "price": 298000, "line_price": 498000, "price_unit": "fen", "sale_count": 1042, "period_count": 36,
                        "summary": "覆盖三级《认定要素细目表》：业务分析、智能训练、智能系统设计、培训与指导。",
                        "desc_html": "<p>课程含 36 节直播回放 + 张江园区 2 天实训。</p><p>认定考核：上海张江人工智能技能评价有限公司组织理论知识考试和操作技能考核，合格者颁发三级/高级工职业技能等级证书。</p><p>报名条件：取得四级证书后从事本职业满5年，或大专及以上相关专业取得四级证书后满2年。</p><p>本课程不含“包过”承诺，请理性选课。</p>",
                        "teacher": [{"name": "周老师", "intro": "大模型数据团队负责人，人工智能训练师一级"}],
                        "coupon": None, "is_free": False},
             "shop": {"name": "张江智课堂", "service_tel": "021-6108-5530"},
             "recommend": [{"title": "数据分析入门到实战", "price": 39900, "url": XC}]}
    add(X1, shell("课程详情", state),
        offer("xet-spa", "empty SPA shell; everything in window.__INITIAL_STATE__; price 298000 分 = 2980, line_price 498000 (struck, not the fee); issuer named with a verb phrase",
              ["app_state", "price_in_fen", "struck_price", "long_issuer_span", "negated_claim", "honest_offer"],
              [iss("上海张江人工智能技能评价有限公司", "recognized", "HA11")], [3], (2980, 2980), []))


def x2():
    state = {"route": {"path": X2}, "course": {
        "resource_id": "v_6533f9d2e4b0", "title": "人工智能训练师 五级到一级 一站式拿证全程班",
        "price": 1680000, "line_price": 2680000, "price_unit": "fen",
        "desc_html": "<p>证书由人力资源和社会保障部职业技能鉴定中心颁发，全国通用。</p><p>零基础、不限学历、不限工作年限，五级到一级一次报齐，最快 60 天拿到高级技师证书。</p><p>报名即送 AI 绘画课。</p>",
        "sale_count": 268, "tags": ["零基础", "一次报齐", "全国通用"]}}
    nos = """<noscript><div class="noscript-fallback"><h1>人工智能训练师 五级到一级 一站式拿证全程班</h1>
<p>价格：¥16800.00</p><p>证书由人力资源和社会保障部职业技能鉴定中心颁发。零基础可报，五级到一级一次报齐。</p>
<p>请开启浏览器 JavaScript 以获得完整体验。客服 021-6108-5530</p></div></noscript>"""
    add(X2, shell("人工智能训练师 五级到一级 全程班", state, noscript=nos),
        offer("xet-spa", "SPA shell with <noscript> fallback; OSTA named as issuer; 五级到一级 to 零基础 buyers; 16800 (1680000 分)",
              ["app_state", "noscript", "price_in_fen", "level_range", "struck_price", "role_issuer", "scam_offer"],
              [iss("人力资源和社会保障部职业技能鉴定中心", "government", "HA22")], [5, 4, 3, 2, 1], (16800, 16800),
              ["GOVERNMENT_ISSUER_CLAIM", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"]))


def x3():
    state = {"course": {"resource_id": "v_65440b11e4b0", "title": "人工智能训练师四级（中级工）｜南通周末班", "instalment": {"periods": 12, "per_period": 29900, "interest_free": True}}}
    body = f"""<div class="course-detail ssr"><h1>人工智能训练师四级（中级工）｜南通周末班</h1>
<div class="price-line"><span class="fq">花呗分期 12期 × ¥299 免息</span> <span class="tip">仅支持分期购买</span></div>
<div class="intro"><p>四级课程 50 课时，内容为数据采集和处理、数据标注、智能系统运维。</p>
<p>认定：南通江海职业技能评价有限公司。考核合格颁发四级/中级工证书。</p>
<p>报名条件：取得五级证书后从事本职业满4年；或累计从事本职业6年；或技工院校相关专业毕业生。</p></div>
<div class="shop-foot">张江智课堂 · 合作校区：南通崇川 · <a href="{XH}">进入店铺</a></div></div>"""
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>人工智能训练师四级｜南通周末班 - 张江智课堂</title><link rel="canonical" href="{X3}">{SPA_CSS}</head><body>
<div id="app" data-server-rendered="true">{body}</div>
<script>window.__INITIAL_STATE__={jstate(dict(state, common=common_state("张江智课堂", "021-6108-5530")))};</script></body></html>
"""
    add(X3, html, offer("xet-ssr", "server-rendered course sold only as 12期×¥299 with no total written (3588); price per period also in 分",
                        ["instalment", "app_state", "price_in_fen", "role_issuer", "canonical_ok", "honest_offer"],
                        [iss("南通江海职业技能评价有限公司", "recognized", "HA15")], [4], (3588, 3588), [],
                        optional=["EXCESSIVE_FEE"]))


def column():
    state = {"column": {"id": "p_64f0a7", "title": "数据分析入门到实战（Excel+SQL+Python）", "price": 39900, "line_price": 69900,
                        "desc": "32 节录播，适合零基础转行。结课无证书。"},
             "sidebar": [{"title": "人工智能训练师三级认定冲刺课", "price": 298000, "url": X1}]}
    add(XC, shell("数据分析入门到实战", state), page("other", "unrelated-course", "数据分析 column (SPA shell); sidebar in the state names the AI-trainer course with a 分 price",
                                                   ["app_state", "other_occupation_price", "price_in_fen"]))


def home():
    lis = [(X1 + "?entry=2&entry_type=2001&share_user_id=u_61a0&share_type=5", "人工智能训练师三级（高级工）认定冲刺课", "¥2980", "¥4980"),
           (X2 + "?entry=2&scene=%E5%88%86%E4%BA%AB", "人工智能训练师 五级到一级 一站式拿证全程班", "¥16800", "¥26800"),
           (X3 + "?entry=3&utm_source=wxmp&utm_medium=menu", "人工智能训练师四级（中级工）南通周末班", "12期×¥299", ""),
           (XC + "?entry=2", "数据分析入门到实战", "¥399", "¥699")]
    cards = "".join(f'<li class="goods-item"><a href="{e(u)}"><h3>{t}</h3><p><span class="price">{p}</span> {f"<s>{d}</s>" if d else ""}</p></a></li>' for u, t, p, d in lis)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>张江智课堂 - 店铺首页</title>{SPA_CSS}</head><body><div id="app" data-server-rendered="true">
<header class="shop-hd"><h1>张江智课堂</h1><p>上海张江 · AI 职业技能课程</p></header>
<section class="tabs"><a href="{XH}?tab=course" class="on">课程</a> <a href="{XH}?tab=column">专栏</a> <a href="{XH}?tab=about">关于我们</a></section>
<ul class="goods-list">{cards}</ul>
<section class="about" id="about"><p>主体：上海张江智课堂教育科技有限公司 · 客服 021-6108-5530 · 沪ICP备2022013370号-4</p></section>
</div><script>window.__INITIAL_STATE__={jstate({"home": {"app_id": "appa1b2c3", "modules": ["banner", "goods_list"]}, "common": common_state("张江智课堂", "021-6108-5530")})};</script></body></html>
"""
    add(XH, html, page("offer_list", "store-page", "knowledge-shop home listing courses with prices and struck prices", ["list_page", "tracking_params", "struck_price", "instalment"]))


def build():
    x1()
    x2()
    x3()
    column()
    home()
