# -*- coding: utf-8 -*-
"""Offer pages, part 2: mall."""
import json
from core import add, doc, esc
from offers1 import R, L, U


def mall(title, body, head=""):
    b = ('<div class="nav"><a href="/mall/index.html">学途课堂</a> &gt; <a href="/mall/cat/ai-xunlianshi.html">人工智能训练师</a></div>\n'
         '%s\n<div class="foot-links"><a href="/mall/search/ai.html">搜索更多课程</a></div>' % body)
    return doc("mall", title + " | 学途课堂", b, head=head)


def build():
    add("/mall/item/7730.html", mall("人工智能训练师三级（高级工）认定培训 湖北楚天数字评价", """
<div class="goods">
<h1>人工智能训练师三级（高级工）认定培训班 · 武汉线下</h1>
<div class="price-box">原价 <del><span>¥</span>3580</del>
 &nbsp; 到手价 <span class="p"><span>¥</span><b>2</b><b>980</b></span></div>
<ul class="info">
<li>评价机构：湖北楚天数字技能评价有限公司</li>
<li>课时：40 标准学时，理论 30% + 实操 70%</li>
<li>考核：理论知识考试 + 操作技能考核，均 60 分合格</li>
<li>报名条件：持四级证书满5年，或大专及以上相关专业+四级证书+2年等（以标准为准）</li>
</ul>
</div>
<div id="reviews"><h3>学员评价（126）</h3>
<p>“老师讲得细，实操平台好用。” —— 武汉学员 L**</p>
<p>“考前资格审核很严格，材料要准备齐。” —— 孝感学员 Z**</p></div>
"""), "offer", "shop-product", "honest; price split across tags; struck-through 原价 is not the fee",
        offer=dict(issuers=[R("HB01")], levels=[3], fee=(2980, 2980), flags=[], suspicious=False))

    add("/mall/item/7731.html", mall("人工智能训练师技师/高级技师 包过班", """
<div class="goods">
<h1>人工智能训练师 技师/高级技师 包过班（零基础可报）</h1>
<div class="price-box">限时 <span class="p"><span>¥</span><b>6</b><b>980</b></span> <del>¥12800</del></div>
<ul class="info">
<li>发证机构：湖北楚天数字技能评估有限公司</li>
<li>零基础可报二级、一级，无需工作年限证明</li>
<li>包过班：签协议，不过全额退</li>
</ul>
</div>
""", head='<link rel="canonical" href="/mall/item/7730.html">\n'), "offer", "shop-product",
        "scam page whose rel=canonical points to the honest 7730 page; labeled as its own offer; lookalike of HB01 (评估 for 评价)",
        offer=dict(issuers=[L("湖北楚天数字技能评估有限公司", "HB01")], levels=[2, 1], fee=(6980, 6980),
                   flags=["LOOKALIKE_ISSUER", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
                   optional=["UNRECOGNIZED_ISSUER"], suspicious=True))

    nd = {"props": {"pageProps": {"item": {
        "id": 7745, "title": "人工智能训练师五级/四级 线上+线下认定班（沈阳）",
        "provider": "沈阳启航职业培训学校",
        "certificate": {"name": "人工智能训练师职业技能等级证书", "issuedBy": "辽宁辽沈数智职业技能评价有限公司",
                        "levels": ["五级/初级工", "四级/中级工"]},
        "skus": [{"level": "五级", "priceFen": 128000}, {"level": "四级", "priceFen": 168000}],
        "desc": "理论+实操，考前资格审核；五级需相关工作1年或学徒期满。",
        "contact": "024-2351 6678"}}}, "page": "/item/[id]", "buildId": "xt-20261201"}
    add("/mall/item/7745.html", mall("课程详情", """
<div id="__next"><div class="loading">加载中…</div></div>
<script id="__NEXT_DATA__" type="application/json">%s</script>
""" % json.dumps(nd, ensure_ascii=False)), "offer", "shop-product-nextjs",
        "content only in __NEXT_DATA__; prices in 分 (priceFen)",
        offer=dict(issuers=[R("LN01")], levels=[5, 4], fee=(1280, 1680), flags=[], suspicious=False))

    add("/mall/item/7752.html", mall("人工智能训练师 中级/高级 全国通用证书", """
<h1>人工智能训练师 中级工 / 高级工 证书课程</h1>
<div class="sku-list">
<div class="sku" data-sku="7752-4" data-level="4" data-price-fen="188000"><span class="lv">中级工</span> <span class="price-ph"></span></div>
<div class="sku" data-sku="7752-3" data-level="3" data-price-fen="258000"><span class="lv">高级工</span> <span class="price-ph"></span></div>
</div>
<script>document.querySelectorAll('.sku').forEach(function(e){e.querySelector('.price-ph').textContent='¥'+(e.dataset.priceFen/100).toFixed(0)})</script>
<p>证书由中国人工智能培训认证管理中心颁发，全国通用，可登录 <a href="http://www.rgzn-zscx.com/query">www.rgzn-zscx.com</a> 输入身份证号查询。</p>
"""), "offer", "shop-product", "prices only in data-price-fen attributes; unrecognized issuer; fake query site",
        offer=dict(issuers=[U("中国人工智能培训认证管理中心")], levels=[4, 3], fee=(1880, 2580),
                   flags=["UNRECOGNIZED_ISSUER", "UNOFFICIAL_VERIFICATION_SITE"], suspicious=True))

    add("/mall/item/7768.html", mall("南宁职业技能培训 多证书报名中心", """
<h1>南宁职业技能培训报名中心（2026年12月批次）</h1>
<div class="block"><h2>健康管理师（三级）</h2><p>学费 ¥3980，含教材。发证：另行通知。</p></div>
<div class="block"><h2>育婴员（四级）</h2><p>学费 ¥1880。</p></div>
<div class="block"><h2>人工智能训练师（四级/中级工）</h2>
<p>学费 <span class="p">¥1580</span>（含认定考务费）。考核发证：广西八桂智联职业技能评价有限公司。</p>
<p>要求：累计从事相关工作满6年，或五级证书后满4年，或技工院校相关专业毕业。</p></div>
<div class="block"><h2>茶艺师（五级）</h2><p>学费 ¥980。</p></div>
<p>咨询：0771-5620 3348</p>
"""), "offer", "shop-multi-cert", "only the AI-trainer block is the offer; other certificates' prices are not its fee",
        offer=dict(issuers=[R("GX01")], levels=[4], fee=(1580, 1580), flags=[], suspicious=False))

    add("/mall/item/7781.html", mall("人工智能训练师三级 郑州周末班 可分期", """
<h1>人工智能训练师三级（高级工）郑州周末班</h1>
<p class="p">总价 ￥4,680 &nbsp; 支持分6期，每期780元，0手续费</p>
<p>包含：40学时面授、实操平台 3 个月、认定考务费。评价机构：河南中智职业技能评价有限公司。</p>
<p>报考三级须持四级证书并满足工作年限，报名时审核。</p>
"""), "offer", "shop-product", "instalments; total stated; honest",
        offer=dict(issuers=[R("HN01")], levels=[3], fee=(4680, 4680), flags=[], optional=["EXCESSIVE_FEE"],
                   suspicious=False))

    add("/mall/item/7790.html", mall("AI训练师中级工 拼团价", """
<h1>AI训练师（人工智能训练师）中级工 证书班 · 拼团</h1>
<div class="group"><p>单人购买 <span class="p">¥3,280</span></p><p>3人拼团 <span class="p">¥2,680/人</span></p></div>
<p>考核单位：河南数启生成式人工智能评价有限公司，人工智能训练师四级（中级工）职业技能等级证书。</p>
<p>线上学习 + 郑州集中考核。</p>
"""), "offer", "shop-product", "group price range; issuer filed only for 4-04-05-13 (out of scope)",
        offer=dict(issuers=[R("HN05")], levels=[4], fee=(2680, 3280), flags=["ISSUER_OUT_OF_SCOPE"], suspicious=True))

    add("/mall/item/7802.html", mall("武汉职业技能等级认定 人工智能训练师", """
<h1>2026 武汉职业技能等级认定 · 人工智能训练师</h1>
<table class="t">
<tr><th>职业（工种）</th><th>等级</th><th>费用(元)</th><th>发证机构</th></tr>
<tr><td>人工智能训练师</td><td>中级工</td><td>1780</td><td>武汉江城智能装备职业技能评价有限公司</td></tr>
<tr><td>人工智能训练师</td><td>高级工</td><td>2380</td><td>武汉江城智能装备职业技能评价有限公司</td></tr>
</table>
<p>报名咨询：027-5931 4402</p>
"""), "offer", "shop-product", "issuer column; near-duplicate name of HB02, filed only for other occupations",
        offer=dict(issuers=[R("HB03")], levels=[4, 3], fee=(1780, 2380), flags=["ISSUER_OUT_OF_SCOPE"], suspicious=True))

    add("/mall/item/7815.html", mall("人工智能训练师高级工 签约班", """
<h1>人工智能训练师高级工 签约班（线上）</h1>
<p class="p">￥2,480</p>
<p>证书：中国数字经济协会职业技能等级认定中心 人工智能训练师三级。</p>
<p>签约包过，未通过免费重读并退还考务费。</p>
"""), "offer", "shop-product", "recognized issuer + pass guarantee only (not suspicious)",
        offer=dict(issuers=[R("CN03")], levels=[3], fee=(2480, 2480), flags=["GUARANTEED_PASS"], suspicious=False))
