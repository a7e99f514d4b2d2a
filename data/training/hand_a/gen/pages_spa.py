"""Next.js shop (智训学堂, Shanghai) and Nuxt shop (苏课优选, Suzhou)."""
import json

from common import SPA_CSS, add, common_state, e, iss, jstate, offer, page

Z1 = "/zx/course/ai-trainer-l4/index.html"
ZH = "/zx/index.html"
ZP = "/zx/course/pmp-exam-prep/index.html"
ZL = "/zx/login/index.html"
ZA = "/zx/about/index.html"
N1 = "/nx/goods/10231/index.html"
N2 = "/nx/goods/10232/index.html"
N3 = "/nx/goods/10240/index.html"
NC = "/nx/category/ai/index.html"

Z1_LINKS = ["/zx/course/ai-trainer-l4/", "/zx/course/ai-trainer-l4/index.html",
            "/zx/course/ai-trainer-l4/?utm_source=baidu&utm_medium=cpc&utm_campaign=ai_trainer&bd_vid=11823901",
            "/zx/course/ai-trainer-l4", "/zx/course/ai-trainer-l4/?ref=home#syllabus"]

ZX_FOOT = '<footer class="ft"><p>智训学堂 · 上海智训教育科技有限公司 · 沪ICP备2021028814号-1 · 沪公网安备 31011502019921号 · 咨询 400-021-6618</p></footer>'


def next_page(title, page_name, props, ssr_html="", head=""):
    props = dict(props, layout={"nav": ["首页", "AI训练师", "PMP", "关于我们"], "common": common_state("智训学堂", "400-021-6618")})
    data = {"props": {"pageProps": props, "__N_SSG": True}, "page": page_name, "query": {}, "buildId": "k3Jd0xQmA9pL2z",
            "isFallback": False, "gsp": True, "scriptLoader": []}
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{e(title)}</title>{head}<meta name="next-head-count" content="3"/>
<link rel="preload" href="/_next/static/css/5c2a81f0d3e1.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5c2a81f0d3e1.css" data-n-g=""/>
<noscript data-n-css=""></noscript>{SPA_CSS}
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4a01.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-71b1.js" defer=""></script><script src="/_next/static/k3Jd0xQmA9pL2z/_buildManifest.js" defer=""></script>
</head><body><div id="__next">{ssr_html}</div>
<script id="__NEXT_DATA__" type="application/json">{jstate(data)}</script></body></html>
"""


def zx():
    props = {"course": {"slug": "ai-trainer-l4", "title": "人工智能训练师 职业技能等级认定 精品班（四级/三级/二级）",
                        "subtitle": "上海徐汇 · 周末面授 + 线上直播",
                        "skus": [{"level": "四级/中级工", "priceYuan": 2280}, {"level": "三级/高级工", "priceYuan": 2980}, {"level": "二级/技师", "priceYuan": 4580}],
                        "assessment": {"label": "认定机构", "org": "杭州云栖数字技能评价有限公司", "note": "理论知识考试+操作技能考核，二级另加综合评审"},
                        "eligibility": {"二级/技师": "取得三级证书后从事本职业满4年；或高级技工学校/技师学院毕业取得三级证书后满3年"},
                        "sections": ["数据采集和处理", "数据标注", "智能系统运维", "业务分析", "智能训练", "智能系统设计", "培训与指导"],
                        "contact": {"tel": "400-021-6618", "wechat": "zhixun-xh"}},
             "seo": {"canonical": "/zx/course/ai-trainer-l4/"}}
    add(Z1, next_page("智训学堂", "/course/[slug]", props, head='<link rel="canonical" href="/zx/course/ai-trainer-l4/"/>'),
        offer("next-spa", "Next.js page with empty #__next, content only in __NEXT_DATA__; issuer HA03 filed for 3-5 but 二级 is sold; SKU prices 2280/2980/4580; linked with and without trailing slash",
              ["app_state", "sku_table", "level_names", "tracking_params", "canonical_ok", "role_issuer", "scam_offer"],
              [iss("杭州云栖数字技能评价有限公司", "recognized", "HA03")], [4, 3, 2], (2280, 4580), ["ISSUER_OUT_OF_SCOPE"],
              optional=["EXCESSIVE_FEE"]))

    courses = [{"slug": "ai-trainer-l4", "title": "人工智能训练师 精品班（四级/三级/二级）", "from": 2280, "href": Z1_LINKS[0]},
               {"slug": "pmp-exam-prep", "title": "PMP 项目管理认证备考", "from": 4200, "href": "/zx/course/pmp-exam-prep/"}]
    ssr = f"""<header class="hd"><a href="/zx/">智训学堂</a><nav><a href="{Z1_LINKS[2]}">AI训练师</a><a href="{ZP}">PMP</a><a href="{ZA}">关于我们</a><a href="{ZL}">登录</a></nav></header>
<main><section class="hero"><h1>上海职场人的技能提升课</h1><p>徐汇校区 · 周末班 · 线上直播</p></section>
<section class="list"><article><a href="{Z1_LINKS[0]}"><h2>人工智能训练师 精品班（四级/三级/二级）</h2><p>¥2,280 起 · 认定机构合作 · 小班 20 人</p></a></article>
<article><a href="{Z1_LINKS[4]}"><h2>AI训练师 三级 冲刺（同上课程）</h2><p>¥2,980</p></a></article>
<article><a href="/zx/course/pmp-exam-prep/"><h2>PMP 项目管理认证备考</h2><p>¥4,200 · 35 PDU</p></a></article></section></main>{ZX_FOOT}"""
    add(ZH, next_page("智训学堂 - 上海职业技能课程", "/", {"courses": courses}, ssr_html=ssr),
        page("offer_list", "spa-home", "Next.js home (SSR + __NEXT_DATA__) listing courses with 'from' prices; course linked with/without trailing slash",
             ["list_page", "app_state", "tracking_params", "other_occupation_price"]))

    ssr = f"""<header class="hd"><a href="/zx/">智训学堂</a></header><main><h1>PMP 项目管理认证备考班</h1>
<p class="price">¥4,200 <del>¥5,600</del></p><p>35 学时，含 PDU 证明。考试费用另付，按 PMI 官方标准收取。</p>
<aside><h3>你可能还喜欢</h3><a href="{Z1_LINKS[1]}">人工智能训练师 精品班 ¥2,280 起</a></aside></main>{ZX_FOOT}"""
    add(ZP, next_page("PMP 项目管理认证备考 - 智训学堂", "/course/[slug]", {"course": {"slug": "pmp-exam-prep", "price": 4200}}, ssr_html=ssr),
        page("other", "unrelated-course", "PMP course on the same Next.js shop, links the AI-trainer course", ["other_occupation_price", "struck_price", "app_state"]))

    ssr = f"""<main class="login"><h1>登录智训学堂</h1><form><input name="mobile" placeholder="手机号"><input name="code" placeholder="验证码"><button type="button">登录 / 注册</button></form>
<p><a href="/zx/">返回首页</a></p></main>{ZX_FOOT}"""
    add(ZL, next_page("登录 - 智训学堂", "/login", {}, ssr_html=ssr), page("other", "login", "Next.js login page", ["app_state"]))

    ssr = f"""<main class="about"><h1>关于智训学堂</h1><p>上海智训教育科技有限公司成立于 2019 年，位于上海市徐汇区漕溪北路 595 号。我们是培训机构，职业技能等级证书由备案评价机构颁发。</p>
<h2>联系我们</h2><ul><li>电话：400-021-6618 / 021-6438-2207</li><li>邮箱：<a href="mailto:hi@zhixun.demo">hi@zhixun.demo</a></li><li>公众号：智训学堂</li></ul>
<p><a href="/zx/">返回首页</a></p></main>{ZX_FOOT}"""
    add(ZA, next_page("关于我们 - 智训学堂", "/about", {}, ssr_html=ssr), page("other", "about", "about/contact page of the Next.js shop", ["app_state"]))


def nuxt_page(title, fn_args, fn_vals, body_obj, noscript="", head=""):
    args = ",".join(fn_args)
    vals = ",".join(json.dumps(v, ensure_ascii=False) for v in fn_vals)
    return f"""<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D"><head>
<title>{e(title)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">{head}
<link rel="preload" href="/_nuxt/2f1a9c4.js" as="script"><link rel="preload" href="/_nuxt/app.8c1d7e.js" as="script">{SPA_CSS}
<script>window.__NUXT_CONFIG__={jstate({"_app": {"basePath": "/nx/", "cdnURL": "//static-demo.sukeyx.cn/"}, "public": common_state("苏课优选", "0512-6588-1010")})};</script>
</head><body>{noscript}<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="page-loading"></div></div></div>
<script>window.__NUXT__=(function({args}){{return {body_obj}}}({vals}));</script>
<script src="/_nuxt/2f1a9c4.js" defer></script><script src="/_nuxt/app.8c1d7e.js" defer></script>
</body></html>
"""


NX_FOOT_TXT = "苏课优选 · 苏州苏课网络科技有限公司 · 苏ICP备2020047731号-2 · 客服 0512-6588-1010"


def nx():
    body = ('{layout:"default",data:[{goods:{id:10231,title:"人工智能训练师 五级/四级 认定培训（常州）",skus:[{name:"五级/初级工",price:a},{name:"四级/中级工",price:b}],'
            'assess:"考核与发证：常州龙城智能职业技能评价有限公司",intro:"人工智能训练师是人社部认证的新职业，就业面向数据标注、模型测评岗位。",'
            'cond:"五级：累计从事相关工作满1年；四级：取得五级证书后满4年或累计工作6年。",tel:c}}],fetch:{},error:d,state:{shop:{name:"苏课优选",footer:e}},serverRendered:true}')
    nos = f"""<noscript><div class="nojs"><h1>人工智能训练师 五级/四级 认定培训（常州）</h1><ul><li>五级/初级工：¥1380</li><li>四级/中级工：¥1880</li></ul>
<p>考核与发证：常州龙城智能职业技能评价有限公司。</p><p><a href="{NC}">返回分类</a></p></div></noscript>"""
    add(N1, nuxt_page("人工智能训练师 五级/四级 认定培训 - 苏课优选", list("abcde"), [1380, 1880, "0519-8699-3021", None, NX_FOOT_TXT], body, noscript=nos),
        offer("nuxt-spa", "Nuxt page: __NUXT__ IIFE with prices passed as function arguments; <noscript> fallback repeats them; '人社部认证的新职业' boilerplate",
              ["app_state", "noscript", "boilerplate_body", "role_issuer", "sku_table", "honest_offer"],
              [iss("常州龙城智能职业技能评价有限公司", "recognized", "HA13")], [5, 4], (1380, 1880), []))

    body = ('{layout:"default",data:[{pkg:{id:10232,title:"职业技能三证联报（南京）",items:['
            '{course:"人工智能训练师 三级/高级工",price:a,issuer:"南京江北新区职业技能等级认定中心",promise:"包过班，签协议"},'
            '{course:"健康管理师 三级",price:b,issuer:"另行公布"},{course:"心理咨询（心理健康指导）",price:c,issuer:"另行公布"}],'
            'note:"三门可单独报名；人工智能训练师班由认定中心统一组织考试，包过，未通过免费重读直至通过。",tel:d}}],state:{shop:{footer:e}},serverRendered:true}')
    add(N2, nuxt_page("职业技能三证联报 人工智能训练师 健康管理师 - 苏课优选", list("abcde"), [2580, 3980, 4580, "025-5862-0931", NX_FOOT_TXT], body),
        offer("nuxt-spa", "multi-course package in __NUXT__; only the AI-trainer item (2580) is the offer; issuer HA07 suspended; 包过; other courses' prices are not fees",
              ["app_state", "multi_course", "other_occupation_price", "role_issuer", "scam_offer"],
              [iss("南京江北新区职业技能等级认定中心", "recognized", "HA07", status_alt=["unrecognized"])], [3], (2580, 2580),
              ["ISSUER_LAPSED", "GUARANTEED_PASS"]))

    body = ('{layout:"default",data:[{goods:{id:10240,title:"AI Trainer (人工智能训练师) Level 4 – weekend class in Suzhou for international staff",'
            'price:a,currency:"CNY",assessment:"Assessment and certificate: Shanghai Zhangjiang AI Skills Assessment Co., Ltd. (上海张江人工智能技能评价有限公司)",'
            'req:"Requires a Level 5 certificate plus 4 years in the occupation, or 6 years of related work.",lang:"English/中文",tel:b}}],state:{shop:{footer:c}},serverRendered:true}')
    nos = """<noscript><p>AI Trainer Level 4 (中级工) · CNY 2,380 · Assessment: Shanghai Zhangjiang AI Skills Assessment Co., Ltd.</p></noscript>"""
    add(N3, nuxt_page("AI Trainer Level 4 – 苏课优选", list("abc"), [2380, "0512-6588-1010", NX_FOOT_TXT], body, noscript=nos,
                      head='<meta data-n-head="ssr" property="og:title" content="AI Trainer Level 4 weekend class"><meta data-n-head="ssr" property="og:locale" content="en_US">'),
        offer("nuxt-spa-en", "English-language Nuxt page; issuer given in English with the Chinese name in brackets; CNY 2,380",
              ["app_state", "noscript", "english_issuer", "open_graph", "role_issuer", "honest_offer"],
              [iss("Shanghai Zhangjiang AI Skills Assessment Co., Ltd.", "recognized", "HA11", alt_names=["上海张江人工智能技能评价有限公司"])],
              [4], (2380, 2380), []))

    cat = [(N1 + "?from=cat&sid=ai&spm_id=nx.cat.1", "人工智能训练师 五级/四级 认定培训（常州）", "¥1380起", "含认定 · 人社备案机构"),
           (N2 + "?from=cat&utm_source=douyin&utm_medium=feed&clickid=B.9k2Jx7a", "职业技能三证联报（南京）", "¥2580起", "包过班 · 签协议"),
           (N3 + "?lang=en&from=cat", "AI Trainer Level 4 (English)", "¥2380", "Weekend class"),
           (N1 + "#sku", "人工智能训练师 四级（常州）", "¥1880", "")]
    cards = "".join(f'<li class="card"><a href="{e(u)}"><h3>{t}</h3><p class="p">{p}</p><p class="tags">{g}</p></a></li>' for u, t, p, g in cat)
    html = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>人工智能 分类 - 苏课优选</title>{SPA_CSS}</head><body>
<div id="__nuxt"><div id="__layout"><header><a href="/index.html">职培导航</a> · <b>苏课优选</b></header>
<main><h1>人工智能 · 全部课程（4）</h1><ul class="cards">{cards}</ul></main><footer>{NX_FOOT_TXT}</footer></div></div>
<script>window.__NUXT__={{layout:"default",data:[{{cat:"ai",count:4}}],serverRendered:true}};</script></body></html>
"""
    add(NC, html, page("offer_list", "category-page", "Nuxt category page listing courses with prices and promises (包过班), click-id/utm variants",
                       ["list_page", "tracking_params", "reported_claim"]))


def build():
    zx()
    nx()
