"""职培汇 detail pages, part 1: 10231 (+print view), 10247 (+mobile mirror), 10252, 10266, 10270, 10283."""
from common import Page, a, esc, jdump, rec, gov, look, fee, usc, name_of
from site_peixun import layout, item

CR = lambda title: [a("/peixun/", "首页"), a("/peixun/category/rgzn/", "人工智能训练师"), title]


def _related(*keys):
    return '<div class="box"><h3>相关推荐</h3>' + "".join(item(k, "?from=related", None, ()) for k in keys) + "</div>"


O1_TEXT = f"""<h1 style="font-size:22px">武汉·人工智能训练师四级/三级认定培训（周末班）</h1>
<p style="color:#999">发布机构：{a("/peixun/jigou/hbct.html", "武汉楚才职业培训学校")} &nbsp; 更新：2026-02-11 &nbsp; 浏览 3,412 次</p>
<div class="pbox">报名价 <span class="price">¥<b>1</b><i>680</i></span> 起
<del style="color:#aaa">原价￥1980</del> &nbsp; <span class="tag">可开发票</span><span class="tag">周末班</span></div>
<h3>一、课程与收费</h3>
<table class="lv"><tr><th>等级</th><th>课时</th><th>费用（含培训费、认定费）</th></tr>
<tr><td>四级 / 中级工</td><td>50课时（线上30+线下实操20）</td><td>￥1,680</td></tr>
<tr><td>三级 / 高级工</td><td>40课时（线上20+线下实操20）</td><td>￥2,380</td></tr></table>
<p>五级、二级暂未开班，请关注后续通知。</p>
<h3>二、评价与发证</h3>
<p>评价机构：湖北楚天数字技能评价有限公司（统一社会信用代码 {usc("HE01")}），经湖北省人社厅备案，
可开展人工智能训练师一至五级认定。理论知识考试与操作技能考核均实行百分制，成绩皆达60分及以上为合格，
合格者由评价机构颁发职业技能等级证书，证书信息可在技能人才评价证书全国联网查询平台
（<a href="https://zscx.osta.org.cn/" rel="nofollow">zscx.osta.org.cn</a>）查询。</p>
<p>课程内容依据人社部、工信部联合颁布的《人工智能训练师国家职业技能标准（2021年版）》设置，涵盖数据采集和处理、
数据标注、智能系统运维、业务分析、智能训练等模块。</p>
<h3>三、报考条件（摘要）</h3>
<ul><li>四级：取得五级证书后累计从事本职业工作满4年；或累计从事本职业工作满6年；或技工院校相关专业毕业（含应届）。</li>
<li>三级：取得四级证书后累计从事本职业工作满5年；或大专及以上相关专业毕业，取得四级证书后工作满2年等。</li></ul>
<p>报名时需提交学历及工作证明，资格审核不通过的全额退款。</p>
<h3>四、关于补贴</h3>
<p>取得证书后，符合条件的学员可按规定申领技能提升补贴。申领人须为湖北省参保职工，且累计缴纳失业保险满12个月，
具体以人社部门审核为准。</p>
<h3>五、郑重说明</h3>
<p>本课程不承诺包过，考试由评价机构独立组织，本校不参与命题与阅卷。</p>
<h3 id="baoming">六、报名咨询</h3>
<p>电话：027-8761 3350（周老师） &nbsp; 微信：chucai_zhou &nbsp; 地址：武汉市洪山区珞喻路726号华乐商务中心B座11楼</p>"""


def o1():
    ld = {"@context": "https://schema.org", "@type": "Course", "name": "人工智能训练师四级/三级认定培训",
          "provider": {"@type": "Organization", "name": "武汉楚才职业培训学校"},
          "offers": {"@type": "AggregateOffer", "priceCurrency": "CNY", "lowPrice": "1680", "highPrice": "2380"}}
    body = '<div class="box">' + O1_TEXT + '<p style="text-align:right">' + \
        a("/peixun/print/10231.html", "打印本页", target="_blank") + "</p></div>" + _related("10247", "10298")
    html = layout("武汉人工智能训练师四级/三级认定培训（周末班）-职培汇", body,
                  keywords="武汉人工智能训练师,人工智能训练师三级,人工智能训练师四级",
                  description="武汉人工智能训练师四级1680元、三级2380元，评价机构湖北楚天数字技能评价有限公司。",
                  canonical="/peixun/course/10231.html", crumbs=CR("课程详情"),
                  extra_head=f'<script type="application/ld+json">{jdump(ld)}</script>')
    return Page("/peixun/course/10231.html", html, page_type="offer", kind="directory-detail",
                note="honest detail page; split price ¥<b>1</b><i>680</i>; struck 原价1980; conditional subsidy "
                     "note (optional BENEFIT_BAIT); linked under many query variants; related box quotes 包过 of another ad",
                phenomena=["honest_offer", "tracking_params", "canonical_ok", "split_price", "struck_price",
                           "level_table", "json_ld", "role_issuer", "standard_body", "cross_sentence_condition",
                           "negated_claim"],
                offer={"issuers": [rec(name_of("HE01"), "HE01")], "levels": [4, 3], "fee_cny": fee(1680, 2380),
                       "flags": [], "optional_flags": ["BENEFIT_BAIT"], "suspicious": False})


def o1_print():
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>打印 - 武汉·人工智能训练师四级/三级认定培训（周末班）</title>
<link rel="canonical" href="/peixun/course/10231.html">
<meta name="robots" content="noindex">
<style>body{{font:14px/1.8 SimSun,serif;width:720px;margin:20px auto;color:#000}}.noprint{{margin:10px 0}}
table{{border-collapse:collapse}}td,th{{border:1px solid #000;padding:4px 8px}}@media print{{.noprint{{display:none}}}}</style>
</head><body>
<div class="noprint"><button onclick="window.print()">打印</button> {a("/peixun/course/10231.html", "返回原页面")}</div>
<p>职培汇华中站 · 课程编号 10231 · 打印时间以浏览器为准</p>
{O1_TEXT.replace('<span class="price">¥<b>1</b><i>680</i></span>', '<span class="price">¥1680</span>')}
<hr><p style="font-size:12px">本页为打印版本，内容与原页面一致。原文地址：/peixun/course/10231.html</p>
</body></html>
"""
    return Page("/peixun/print/10231.html", html, page_type="offer", kind="print-view",
                note="print view of /peixun/course/10231.html under another path; canonical to the detail page",
                phenomena=["mirror", "canonical_ok"], duplicate_of="/peixun/course/10231.html")


O2_TEXT = """<h1 style="font-size:22px">人工智能训练师三级至一级 零基础直通车 包过班</h1>
<p style="color:#999">发布：华中智培教育 &nbsp; 2026-01-28 &nbsp; 已报名 1,206 人</p>
<div class="pbox"><span class="price">￥3,980</span> 起 &nbsp; <del>￥12,800</del> <span class="tag">限时</span><span class="tag">包过</span></div>
<h3>为什么选择我们？</h3>
<ul><li>零基础、无工作年限要求，高中学历即可直接报考二级（技师）、一级（高级技师）</li>
<li>签约包过，不过全额退费，白纸黑字写进合同</li>
<li>线上刷题+考前押题，平均学习时长仅15天</li></ul>
<h3>收费标准</h3>
<table class="lv"><tr><th>报考等级</th><th>学费</th><th>备注</th></tr>
<tr><td>三级（高级工）</td><td>￥3,980</td><td>含教材、考务</td></tr>
<tr><td>二级（技师）</td><td>￥5,980</td><td>含论文辅导</td></tr>
<tr><td>一级（高级技师）</td><td>￥8,800</td><td>含论文辅导、答辩陪练</td></tr></table>
<h3>考核与发证</h3>
<p>由湖北楚天数字技能鉴定评价有限公司组织理论知识考试和操作技能考核，合格后颁发对应等级职业技能等级证书，全国通用，联网可查。</p>
<h3>报名方式</h3>
<p>咨询热线：138-7125-6630（华老师，微信同号）。名额有限，报满即止！</p>"""


def o2():
    body = '<div class="box">' + O2_TEXT + '<p style="text-align:right;font-size:12px">' + \
        a("/m/peixun/course/10247.html", "手机版") + " | " + a("javascript:scrollTo(0,0)", "返回顶部") + "</p></div>" + _related("10231", "10302")
    html = layout("人工智能训练师三级至一级 零基础包过班-职培汇", body,
                  keywords="人工智能训练师包过,人工智能训练师一级,人工智能训练师技师",
                  description="人工智能训练师三级至一级，零基础直报，签约包过。", canonical="/peixun/course/10247.html",
                  crumbs=CR("课程详情"),
                  extra_head='<link rel="alternate" media="only screen and (max-width: 640px)" href="/m/peixun/course/10247.html">')
    return Page("/peixun/course/10247.html", html, page_type="offer", kind="directory-detail",
                note="lookalike issuer 湖北楚天数字技能鉴定评价有限公司 (extra 鉴定) of HE01; 三级至一级 for 零基础; "
                     "包过/不过退费; 一级 8800; struck ￥12,800",
                phenomena=["scam_offer", "level_range", "level_names", "long_issuer_span", "struck_price",
                           "level_table", "tracking_params", "canonical_ok"],
                offer={"issuers": [look("湖北楚天数字技能鉴定评价有限公司", "HE01", status_alt=["unrecognized"])],
                       "levels": [3, 2, 1], "fee_cny": fee(3980, 8800),
                       "flags": ["LOOKALIKE_ISSUER", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
                       "optional_flags": ["UNRECOGNIZED_ISSUER"], "suspicious": True})


def o2_mobile():
    text = O2_TEXT.replace('<table class="lv">', '<table class="lv" style="font-size:13px">')
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>人工智能训练师三级至一级 零基础包过班 - 职培汇手机版</title>
<link rel="canonical" href="/peixun/course/10247.html">
<style>body{{margin:0;font:15px/1.6 -apple-system,sans-serif}}header{{background:#ff6a00;color:#fff;padding:10px}}
.c{{padding:10px}}.fix{{position:fixed;bottom:0;left:0;right:0;display:flex}}.fix a{{flex:1;text-align:center;padding:12px;color:#fff;background:#f40}}</style>
</head><body>
<header>{a("/peixun/", "&lt; 职培汇")} &nbsp; 课程详情</header>
<div class="c">{text}</div>
<div class="c" style="font-size:12px;color:#999">{a("/peixun/course/10247.html?from=m", "电脑版")} | 手机版</div>
<div class="fix"><a href="tel:13871256630">电话咨询</a><a href="javascript:;" style="background:#1aad19">加微信</a></div>
</body></html>
"""
    return Page("/m/peixun/course/10247.html", html, page_type="offer", kind="mobile-mirror",
                note="mobile mirror of /peixun/course/10247.html (same offer, counted once there)",
                phenomena=["mirror", "canonical_ok"], duplicate_of="/peixun/course/10247.html")


def o3():
    body = """<div class="box"><h1 style="font-size:22px">人工智能训练师证书 快速拿证 可积分入户</h1>
<p style="color:#999">发布：鼎程职业技能服务 &nbsp; 2026-02-02</p>
<div class="pbox">惊喜价：<span class="price" data-price="498000" data-unit="fen" id="jp"></span>
<noscript>（请开启JavaScript查看价格）</noscript> <span class="tag">可办理四级到三级</span></div>
<script>(function(){var e=document.getElementById('jp');var f=parseInt(e.getAttribute('data-price'),10);
e.textContent='￥'+(f/100).toFixed(0);})();</script>
<h3>证书介绍</h3>
<p>人工智能训练师证书由人社部颁发，属于国家职业资格证书，全国通用，终身有效，人社部官网联网可查。</p>
<p>无需考试，提交身份证、学历照片即可办理，本人无需到场，最快25个工作日下证。</p>
<h3>证书用途</h3>
<ul><li>武汉积分入户加分，助力落户</li><li>可申领政府技能补贴，最高可返还2000元</li><li>企业评优、升职加薪</li></ul>
<h3>办理流程</h3><p>咨询 → 提交资料 → 缴费 → 等待出证 → 快递到家</p>
<p>联系人：吴经理 &nbsp; 电话/微信：177-6403-9921</p></div>""" + _related("10231", "10298")
    html = layout("人工智能训练师证书办理_快速拿证_积分入户-职培汇", body,
                  keywords="人工智能训练师证书,人工智能训练师免考,人工智能训练师落户,人工智能训练师补贴",
                  description="人工智能训练师证书快速办理。", canonical="/peixun/course/10231.html",
                  crumbs=CR("课程详情"))
    return Page("/peixun/course/10252.html", html, page_type="offer", kind="directory-detail",
                note="scam page whose rel=canonical names the honest page 10231; 人社部颁发 + 国家职业资格证书; "
                     "免考/本人无需到场; 积分入户; price only as data-price=498000 (fen) rendered by JS",
                phenomena=["scam_offer", "canonical_evasion", "price_in_fen", "level_range", "role_issuer",
                           "subsidy_amount", "noscript"],
                offer={"issuers": [gov("人社部", "HE22", alt_names=["人力资源和社会保障部"])], "levels": [4, 3],
                       "fee_cny": fee(4980), "flags": ["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "BENEFIT_BAIT"],
                       "optional_flags": ["EXCESSIVE_FEE"], "suspicious": True})


def o4():
    body = f"""<div class="box"><h1 style="font-size:22px">郑州 AI训练师（数据标注员）五级/四级 三人成团</h1>
<p style="color:#999">发布：郑州启航职业培训学校 &nbsp; 金水区花园路139号 &nbsp; 2026-02-16</p>
<p>春季班同时开设人工智能训练师（数据标注员工种）、企业人力资源管理师、育婴员三个方向，可单报也可拼团。</p>
<table class="lv"><tr><th>课程</th><th>单人报名</th><th>三人成团（每人）</th><th>认定</th></tr>
<tr><td>人工智能训练师 五级/初级工</td><td>1280元</td><td>980元</td><td>河南中州数字技能评价有限公司</td></tr>
<tr><td>人工智能训练师 四级/中级工</td><td>1580元</td><td>1280元</td><td>河南中州数字技能评价有限公司</td></tr>
<tr><td>企业人力资源管理师 三级</td><td>2680元</td><td>2380元</td><td>另行通知</td></tr>
<tr><td>育婴员 五级</td><td>1380元</td><td>1080元</td><td>另行通知</td></tr></table>
<h3>人工智能训练师方向说明</h3>
<p>认定机构为河南中州数字技能评价有限公司（英文名 Henan Zhongzhou Digital Skills Evaluation Co., Ltd.），
已在河南省人社厅备案人工智能训练师一至五级。五级报考需从事相关工作满1年或学徒期满；四级需取得五级证书后工作满4年等。</p>
<p>拼团规则：发起拼团后48小时内凑满3人即按团购价收费，未成团自动按单价补差或全额退款。</p>
<p>咨询：0371-6590 2288 / 微信 qihang_px</p></div>""" + _related("10270", "10291")
    html = layout("郑州人工智能训练师五级四级培训 三人成团-职培汇", body,
                  keywords="郑州人工智能训练师,郑州数据标注员培训,郑州人力资源管理师,郑州育婴员",
                  description="郑州人工智能训练师五级/四级团购价980元起。", canonical="/peixun/course/10266.html",
                  crumbs=CR("课程详情"))
    return Page("/peixun/course/10266.html", html, page_type="offer", kind="directory-detail",
                note="multi-course page: only the AI-trainer rows are the offer (980-1580; HR 2680 and 育婴员 1380 "
                     "are other occupations); group vs single price; issuer also given in English",
                phenomena=["honest_offer", "multi_course", "group_price", "sku_table", "other_occupation_price",
                           "english_issuer", "role_issuer"],
                offer={"issuers": [rec(name_of("HE12"), "HE12",
                                       alt_names=["Henan Zhongzhou Digital Skills Evaluation Co., Ltd."])],
                       "levels": [5, 4], "fee_cny": fee(980, 1580), "flags": [], "optional_flags": [],
                       "suspicious": False})


def o5():
    body = """<div class="box"><h1 style="font-size:22px">人工智能训练师中高级 0首付分期 月供低至298</h1>
<p style="color:#999">发布：豫学通在线 &nbsp; 2026-02-09</p>
<div class="pbox" id="fenqi"><span class="price">月供￥298</span> × 12期 &nbsp; <span class="tag">0首付</span><span class="tag">先学后付</span></div>
<p>报名即可开课，学费支持花呗、信用卡分12期，每期298元，无需一次性付清。</p>
<h3>适合人群</h3><p>想转行AI行业的宝妈、待业青年、在职提升人员。中级工、高级工同价。</p>
<h3>认定单位</h3>
<p>认定单位：河南中州数字技能评价服务中心。考试通过后发放人工智能训练师职业技能等级证书。</p>
<h3>学习方式</h3><p>APP录播课+每周两次直播答疑，配套数据标注实操平台账号一个。</p>
<p>客服：400-862-1357 转 6</p></div>""" + _related("10266", "10291")
    html = layout("人工智能训练师中级高级 分期付款-职培汇", body, keywords="人工智能训练师分期,AI训练师0首付",
                  description="人工智能训练师中高级分期课程。", canonical="/peixun/course/10270.html",
                  crumbs=CR("课程详情"))
    return Page("/peixun/course/10270.html", html, page_type="offer", kind="directory-detail",
                note="issuer HE13 (…评价服务中心) is not filed for 4-04-05-05, unlike its near-namesake HE12; "
                     "instalment 12×298 = 3576, no total written",
                phenomena=["scam_offer", "instalment", "level_names", "role_issuer", "tracking_params"],
                offer={"issuers": [rec(name_of("HE13"), "HE13")], "levels": [4, 3], "fee_cny": fee(3576),
                       "flags": ["ISSUER_OUT_OF_SCOPE"], "optional_flags": ["EXCESSIVE_FEE"], "suspicious": True})


def o6():
    data = {"props": {"pageProps": {"course": {
        "id": 10283, "title": "长沙 人工智能训练师 五级到三级 全程直播+实操",
        "school": {"name": "湘麓数智学堂", "address": "长沙市岳麓区麓谷大道627号", "tel": "0731-8856 4410"},
        "evaluator": {"role": "评价机构", "name": "长沙麓山职业技能评价有限公司", "uscc": usc("HE07")},
        "levelRange": "五级到三级",
        "skus": [{"skuId": "10283-5", "name": "五级/初级工", "price": 980, "currency": "CNY"},
                 {"skuId": "10283-4", "name": "四级/中级工", "price": 1480, "currency": "CNY"},
                 {"skuId": "10283-3", "name": "三级/高级工", "price": 1980, "currency": "CNY"}],
        "desc": "课程按《人工智能训练师国家职业技能标准（2021年版）》设计，理论知识考试与操作技能考核均由长沙麓山职业技能评价有限公司"
                "组织实施，成绩合格者获发职业技能等级证书，可在全国联网查询平台查询。报名需满足对应等级申报条件，资格审核未通过全额退费。",
        "tags": ["直播", "实操", "可开票"], "updatedAt": "2026-02-20"}},
        "__N_SSP": True}, "page": "/peixun/v2/course/[id]", "query": {"id": "10283"},
        "buildId": "k3Zp9Yx2LqQ7", "isFallback": False, "gssp": True, "scriptLoader": []}
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>课程详情 | 职培汇 v2</title><link rel="canonical" href="/peixun/v2/course/10283/"/>
<link rel="preload" href="/peixun/_next/static/css/8f3a1c.css" as="style"/>
<script src="/peixun/_next/static/chunks/webpack-5e1f.js" defer=""></script>
<script src="/peixun/_next/static/chunks/framework-2c79.js" defer=""></script>
<script src="/peixun/_next/static/chunks/pages/_app-7d1e.js" defer=""></script>
<script src="/peixun/_next/static/chunks/pages/course/[id]-90ab.js" defer=""></script>
</head><body><div id="__next"><div class="skeleton" style="height:600px"></div></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
<script id="__NEXT_DATA__" type="application/json">{jdump(data)}</script></body></html>
"""
    return Page("/peixun/v2/course/10283/index.html", html, page_type="offer", kind="spa-detail",
                note="Next.js page: the whole offer is only in __NEXT_DATA__ (SKU prices 980/1480/1980, 五级到三级); "
                     "linked with a trailing slash",
                phenomena=["honest_offer", "app_state", "sku_table", "level_range", "role_issuer",
                           "tracking_params", "canonical_ok"],
                offer={"issuers": [rec(name_of("HE07"), "HE07")], "levels": [5, 4, 3], "fee_cny": fee(980, 1980),
                       "flags": [], "optional_flags": [], "suspicious": False})


def pages():
    return [o1(), o1_print(), o2(), o2_mobile(), o3(), o4(), o5(), o6()]
