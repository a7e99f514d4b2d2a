"""淘享网 (Taobao/Tmall-like marketplace): items, store, search, Q&A, rules."""
from common import SPA_CSS, add, e, iss, jsonld, offer, page, tb_shell

O1 = "/tb/item/672031458812.html"
O2 = "/tb/item/675500913377.html"
O3 = "/tb/item/676688120045.html"
O4 = "/tb/item/681234500987.html"
O5 = "/tb/item/683300445566.html"
NOTE = "/tb/guangguang/note/7731208.html"
PMP = "/tb/item/680012345678.html"

O1_VARIANTS = [
    O1 + "?spm=a21n57.1.0.0.5c3a523cXyZ1Bq&id=672031458812&ns=1&abbucket=7",
    O1 + "?src=search&q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%AE%AD%E7%BB%83%E5%B8%88",
    O1 + "?tab=detail#J_DetailMeta",
    O1 + "?utm_source=weixin&utm_medium=share&utm_campaign=618chuxia",
    O1 + "?shareId=8813ZKq2&sp_tk=5rW35rGf5Z+56K6t&share_crt_v=1",
    O1 + "?sessionid=Q2F7E0B14C9D&ali_trackid=2:mm_1201_99:1740652211_117",
    O1 + "?gclid=EAIaIQobChMI7d2x&bd_vid=8812773019#reviews",
    O1 + "?skuId=5101839922&tab=sku",
]


def price_split(yuan, cls="tm-price"):
    s = str(yuan)
    return f'<em class="tb-rmb">¥</em><span class="{cls}">{s[0]}<i>{s[1:]}</i></span>'


def item_o1():
    sku_rows = """<tr data-sku="5101839921"><td>四级 / 中级工</td><td>线上直播+录播 50 课时</td><td class="p">¥1980</td><td>现货</td></tr>
<tr data-sku="5101839922"><td>三级 / 高级工</td><td>线上直播+录播 40 课时 + 实操 2 天</td><td class="p">¥2680</td><td>现货</td></tr>"""
    body = f"""<div class="tm-shop-hd"><a href="/tb/shop/pujiang/index.html">浦江职培旗舰店</a> <span class="tm-shop-badge">天猫 · 品牌直营</span> <a href="/tb/shop/pujiang/about.html">店铺资质</a></div>
<div id="detail" class="tm-clear"><div class="tb-gallery"><img src="/static/img/pj-ai-cover.jpg" alt="人工智能训练师 四级三级 职业技能等级认定培训 上海"></div>
<div class="tb-property"><div class="tb-detail-hd"><h1 data-spm="1000983">浦江职培 人工智能训练师 四级/三级 职业技能等级认定培训班 上海线下实操+线上课</h1>
<p class="newp">2026年3月班 · 浦东张江校区 · 理论+实操 · 全程班主任跟进</p></div>
<div class="tm-fcs-panel"><dl class="tm-price-panel"><dt class="tb-metatit">原价</dt><dd><del class="tm-price-del">¥3680.00</del></dd></dl>
<dl class="tm-promo-panel"><dt class="tb-metatit">促销价</dt><dd><div class="tm-promo-price">{price_split(1980)} <span class="tm-price-range">- {price_split(2680, 'tm-price r')}</span></div>
<div class="tm-coupon">店铺券：满2000减200 <a href="javascript:;" class="J_GetCoupon">领取</a> · 三级券后价 <b>¥2480</b></div></dd></dl>
<dl class="tm-sales"><dt>月销量</dt><dd>312</dd><dt>累计评价</dt><dd>1486</dd></dl></div>
<div class="tb-sku"><dl class="tb-prop"><dt>等级</dt><dd><ul><li data-value="20509:5101839921"><a href="javascript:;">四级/中级工</a></li><li data-value="20509:5101839922"><a href="javascript:;">三级/高级工</a></li></ul></dd></dl>
<dl><dt>数量</dt><dd><input class="tb-text mui-amount-input" value="1" maxlength="3"> 件（库存 200）</dd></dl>
<div class="tb-action"><a href="javascript:;" id="J_LinkBuy" rel="nofollow">立即购买</a><a href="javascript:;" id="J_LinkBasket">加入购物车</a></div></div></div></div>
<div id="J_TabBar" class="tabbar"><a href="{O1}?tab=detail#J_DetailMeta">商品详情</a> <a href="{O1}?tab=review#reviews">累计评价 1486</a> <a href="/tb/wenda/672031458812.html">问大家（38）</a></div>
<div id="description" class="J_DetailSection"><div class="content ke-post">
<h3>课程与等级</h3>
<table class="sku-table" border="1" cellspacing="0"><thead><tr><th>等级</th><th>课程内容</th><th>价格（含认定费）</th><th>状态</th></tr></thead><tbody>
{sku_rows}</tbody></table>
<p>报名四级：累计从事本职业或相关职业工作满1年（或学徒期满）；三级：取得四级证书后从事本职业满5年，或大专及以上相关专业取得四级证书后满2年。报名前由班主任审核材料，<strong>审核不通过全额退款</strong>。</p>
<h3>证书与认定</h3>
<p>考核与发证机构：上海浦东数智职业技能评价有限公司（人社部门备案的社会培训评价组织）。理论知识考试与操作技能考核均采用百分制，皆达60分及以上者为合格，合格后颁发职业技能等级证书，可在<a href="https://www.osta.org.cn/" rel="nofollow" target="_blank">技能人才评价证书查询</a>官方渠道查询。</p>
<p>本店仅提供培训服务，认定考试由评价机构独立组织，<b>不承诺通过</b>。</p>
<h3>购买须知</h3><ul><li>课程为虚拟商品，开课前7天可申请退款。</li><li>发票：下单后在“我的订单”申请电子普通发票。</li><li>咨询：店铺旺旺或 021-5089-3172（工作日 9:00-18:00）。</li></ul>
</div></div>
<div class="tb-mobile-entry"><a href="/m{O1}?from=pc_qrcode">手机版</a> · 扫码下单</div>
<div class="tb-side"><h4>看了又看</h4><ul><li><a href="{PMP}?spm=a21n57.1.side.1">PMP 项目管理 35学时 ¥3980</a></li><li><a href="/tb/shop/pujiang/index.html?spm=a21n57.1.side.2">本店全部宝贝</a></li></ul></div>
{jsonld({"@context": "https://schema.org", "@type": "Product", "name": "浦江职培 人工智能训练师 四级/三级 职业技能等级认定培训班",
          "brand": {"@type": "Brand", "name": "浦江职培"},
          "offers": {"@type": "AggregateOffer", "priceCurrency": "CNY", "lowPrice": "1980.00", "highPrice": "2680.00", "offerCount": 2}})}"""
    head = '<meta property="og:title" content="浦江职培 人工智能训练师 四级/三级培训"><meta property="og:type" content="product"><meta property="og:url" content="http://127.0.0.1/tb/item/672031458812.html">'
    html = tb_shell("浦江职培 人工智能训练师四级三级 职业技能等级认定培训-tmall.demo天猫", body, head=head,
                    canonical=O1, keywords="人工智能训练师,AI训练师,职业技能等级认定,上海",
                    desc="浦江职培旗舰店 人工智能训练师 四级/三级 培训班")
    lab = offer("tmall-item", "honest Tmall item; SKU table 四级1980/三级2680, 原价3680 struck, coupon 券后2480; canonical to clean URL; many query variants link here",
                ["split_price", "struck_price", "sku_table", "level_table", "canonical_ok", "tracking_params", "json_ld",
                 "open_graph", "role_issuer", "negated_claim", "honest_offer", "other"],
                [iss("上海浦东数智职业技能评价有限公司", "recognized", "HA01")], [4, 3], (1980, 2680), [])
    add(O1, html, lab)

    # mobile mirror
    mbody = f"""<div class="m-detail"><div class="m-price"><span class="m-now">¥<b>1980</b>.00-2680.00</span> <s>¥3680</s></div>
<h1 class="m-title">浦江职培 人工智能训练师 四级/三级 职业技能等级认定培训班 上海线下实操+线上课</h1>
<div class="m-coupon">满2000减200 · 三级券后¥2480</div>
<div class="m-sku"><p>四级/中级工 ¥1980 · 三级/高级工 ¥2680</p></div>
<div class="m-desc"><p>考核与发证机构：上海浦东数智职业技能评价有限公司。理论与技能考核均达60分合格，颁发职业技能等级证书。</p>
<p>本店仅提供培训服务，不承诺通过。报名材料审核不通过全额退款。</p><p>咨询 021-5089-3172</p></div>
<div class="m-service"><h3>服务保障</h3><ul><li>官方旗舰店</li><li>开课前7天可退</li><li>电子发票</li><li>班主任全程跟进</li></ul></div>
<div class="m-reviews"><h3>宝贝评价（1486）</h3><div class="rv"><b>t**1</b> 老师讲得很实在，实操部分很有用，四级已经过了。</div>
<div class="rv"><b>小**鹿</b> 报名材料审核很仔细，上课地点在张江地铁站附近。</div><div class="rv"><b>a**9</b> 性价比可以，题库更新及时。</div></div>
<div class="m-reco"><h3>猜你喜欢</h3><ul><li><a href="{PMP}?from=m">PMP 项目管理备考班 ¥3980</a></li><li><a href="/tb/shop/pujiang/index.html?from=m">本店全部宝贝</a></li></ul></div>
<div class="m-foot"><a href="{O1}">电脑版</a> · <a href="/tb/shop/pujiang/index.html">进店逛逛</a></div></div>"""
    mhtml = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>浦江职培 人工智能训练师 - 淘享手机版</title><link rel="canonical" href="{O1}"><link rel="stylesheet" href="/static/tb/m.css">{SPA_CSS}</head>
<body class="m-tb"><header class="m-hd"><a href="/tb/index.html">淘享</a></header>{mbody}
<footer class="m-ft">浙ICP备2025007711号-3 · 客服 0571-8822-6688</footer></body></html>"""
    add("/m" + O1, mhtml, page("offer", "mobile-mirror", "mobile mirror of the Tmall item under /m/, canonical to desktop item",
                               ["mirror", "canonical_ok", "struck_price"], duplicate_of=O1))


def item_o2():
    body = f"""<div class="tb-shop-hd"><a href="javascript:;">速证通教育专营店</a> <span class="shop-rank">⭐⭐⭐</span></div>
<div id="detail"><div class="tb-gallery"><img src="/static/img/szt-cert.jpg" alt="人社部颁发 国家职业资格证书 人工智能训练师 技师 高级技师"></div>
<div class="tb-property"><h1>【免考拿证】人工智能训练师 技师/高级技师 二级一级 国家职业资格证书 全国通用 零基础可报</h1>
<div class="tb-price-panel"><span class="tb-price-title">价格</span> <strong class="J_price" id="J_StrPrice" data-price="1280000" data-max="1580000"><em class="tb-rmb">¥</em><span class="tb-rmb-num">--</span></strong>
<span class="tip">（价格加载中，请稍候）</span></div>
<ul class="J_TSaleProp tb-clearfix" data-property="等级">
<li data-sku-id="88301" data-sku-price="1280000" title="技师（二级）"><a href="javascript:;"><span>技师（二级）</span></a></li>
<li data-sku-id="88302" data-sku-price="1580000" title="高级技师（一级）"><a href="javascript:;"><span>高级技师（一级）</span></a></li></ul>
<div class="tb-action"><a href="javascript:;">立即购买</a></div></div></div>
<div id="description"><div class="content">
<p style="color:#c00;font-size:18px">人力资源和社会保障部颁发，国家职业资格证书，档案可查，终身有效！</p>
<p>无需学历、无需工作年限，零基础直接申报技师、高级技师；<b>免考试</b>，提交身份证+照片，45个工作日直接拿证，本人无需到场。</p>
<p>证书全国联网可查：<a href="http://www.osta-zscx.cn/query">www.osta-zscx.cn</a>（输入身份证号即可查询）</p>
<p>适用：评职称、加薪、投标资质、企业资质升级。名额有限，拍前请联系客服确认资料。</p>
</div></div>
<script>
(function(){{var el=document.getElementById('J_StrPrice');var f=function(v){{return (v/100).toFixed(2)}};
el.querySelector('.tb-rmb-num').textContent=f(+el.getAttribute('data-price'))+'-'+f(+el.getAttribute('data-max'));}})();
</script>"""
    html = tb_shell("【免考拿证】人工智能训练师技师高级技师证书-淘享网", body, keywords="人工智能训练师,免考,国家职业资格证书")
    lab = offer("taobao-item", "scam item; prices only in 分 data attributes (1280000/1580000 = 12800/15800); 人社部颁发, 国家职业资格证书, 免考, 零基础报技师/高级技师, fake query domain",
                ["price_in_fen", "level_names", "role_issuer", "unofficial_query_site", "scam_offer"],
                [iss("人力资源和社会保障部", "government", "HA21")], [2, 1], (12800, 15800),
                ["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "UNOFFICIAL_VERIFICATION_SITE", "EXCESSIVE_FEE"],
                gov_claim_text=True)
    add(O2, html, lab)


def item_o3():
    body = f"""<div class="tm-shop-hd"><a href="javascript:;">禾川教育旗舰店</a> <span>嘉兴 · 天猫</span></div>
<div id="detail"><div class="tb-property"><h1>【3.8预售】禾川教育 人工智能训练师 四级/三级 职业技能等级认定 培训+认定 嘉兴班</h1>
<div class="tm-presale"><div class="presale-flow"><span class="step on">① 付定金 3月1日-3月7日</span><span class="step">② 付尾款 3月8日 20:00</span><span class="step">③ 开班</span></div>
<table class="presale-table"><tr><th>规格</th><th>定金</th><th>尾款</th><th>预售价</th></tr>
<tr><td>四级/中级工</td><td>¥100</td><td>¥1880</td><td>¥1980</td></tr>
<tr><td>三级/高级工</td><td>¥200</td><td>¥2580</td><td>¥2780</td></tr></table>
<p class="presale-tip">定金支付后不退（商家原因除外）；尾款支付时间以页面为准。</p></div>
<div class="tb-action"><a href="javascript:;">支付定金</a></div></div></div>
<div id="description"><div class="content">
<h3>关于认定</h3><p>本期班级由嘉兴南湖数字经济职业技能评价中心组织理论知识考试和技能操作考核，成绩合格者由该中心颁发相应等级的职业技能等级证书。</p>
<p>课程依据《人工智能训练师国家职业技能标准（2021年版）》开发，覆盖数据采集和处理、数据标注、智能系统运维（四级）以及业务分析、智能训练、智能系统设计（三级）。</p>
<h3>报名条件</h3><p>四级：从事相关工作满4年取得五级证书，或累计工作6年，或技工院校相关专业毕业生；三级：取得四级证书后满5年，或大专以上相关专业取得四级证书后满2年。</p>
<p>上课地点：嘉兴市南湖区 · 周末班。客服：0573-8266-1092</p></div></div>"""
    html = tb_shell("禾川教育 人工智能训练师 四级三级 预售-天猫", body, keywords="人工智能训练师 预售 嘉兴")
    lab = offer("tmall-presale", "presale with 定金+尾款 (100+1880=1980, 200+2580=2780); issuer HA10 only filed for levels 4-5 but sold for 三级; issuer name followed by a verb phrase",
                ["deposit_balance", "long_issuer_span", "role_issuer", "level_table", "scam_offer"],
                [iss("嘉兴南湖数字经济职业技能评价中心", "recognized", "HA10")], [4, 3], (1980, 2780),
                ["ISSUER_OUT_OF_SCOPE"])
    add(O3, html, lab)


def item_o4_gbk():
    body = f"""<div class="tb-shop-hd"><a href="javascript:;">云栖数字人才官方店</a> 杭州 西湖区</div>
<div id="detail"><div class="tb-property"><h3 class="tb-main-title">云栖数字人才 人工智能训练师（数据标注员）五级/四级 企业内部认定 培训班 杭州</h3>
<ul class="tb-meta"><li><span class="tb-property-type">价格</span> <strong class="tb-rmb-num"><em class="tb-rmb">￥</em><em>1280</em>.00 - <em>1680</em>.00</strong></li>
<li><span>配送</span> 电子凭证 · 到店学习</li><li><span>月销</span> 64</li></ul>
<dl class="tb-prop"><dt>等级</dt><dd><ul><li>五级/初级工 ￥1280</li><li>四级/中级工 ￥1680</li></ul></dd></dl></div></div>
<div id="description"><div class="content">
<p>本课程面向数据标注、质检岗位在职人员。认定由杭州云栖数字人才发展有限公司（人社部门备案的用人单位自主评价主体）组织实施并颁发职业技能等级证书。</p>
<p>关于职业标准：《人工智能训练师国家职业技能标准》由人力资源社会保障部、工业和信息化部共同颁布，人社部职业技能鉴定中心、浙江省技能人才评价管理服务中心指导，阿里巴巴集团等单位牵头起草。</p>
<p>报名须知：五级需累计从事相关工作1年以上；四级需取得五级证书后满4年或累计工作6年。客服电话 0571-8709-5521。</p>
</div></div>"""
    html = tb_shell("云栖数字人才 人工智能训练师 五级四级-淘享网", body, keywords="数据标注员,人工智能训练师,杭州")
    html = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    html = html.replace("¥", "￥").replace("&copy;", "(c)")
    lab = offer("taobao-item-gbk", "GBK-encoded old-style Taobao item; employer evaluator HA04 in scope for 5/4; standard bodies (人社部, OSTA, 浙江省技能人才评价管理服务中心, 阿里巴巴) named only as guiding/drafting the standard",
                ["gbk", "standard_body", "role_issuer", "level_names", "honest_offer"],
                [iss("杭州云栖数字人才发展有限公司", "recognized", "HA04")], [5, 4], (1280, 1680), [])
    add(O4, html, lab, encoding="gbk")


def item_o5():
    body = f"""<div class="tb-shop-hd"><a href="javascript:;">苏城智培企业店</a> 苏州</div>
<div id="detail"><div class="tb-property"><h1>苏城智培 人工智能训练师三级（高级工） 考证培训 上海积分 苏州落户</h1>
<div class="price-box"><span class="label">淘享价</span> <span class="now">¥4980</span> <span class="label">原价</span> <del>¥6980</del> <span class="tag">限时直降2000</span></div>
<div class="tb-action"><a href="javascript:;">立即购买</a> <a href="javascript:;">咨询客服</a></div></div></div>
<div id="description"><div class="content">
<p>证书由苏州工业园区人工智能职业技能评价有限公司考核颁发，人社备案机构，全国可查。</p>
<p>持三级（高级工）证书：上海居住证积分直接+60分！</p>
<p>符合条件者可加快苏州、上海落户进度，还可申请技能提升补贴，最高2000元。</p>
<p>课程：线上 40 课时 + 苏州园区线下实操 2 天。报名条件以评价机构审核为准。客服 0512-6280-3391 / 微信 szzp-kefu01</p>
</div></div>"""
    html = tb_shell("苏城智培 人工智能训练师三级 上海积分落户-淘享网", body, keywords="人工智能训练师,积分落户,苏州")
    lab = offer("taobao-item", "revoked issuer HA06 (near-dup of HA05); sold on 上海积分/落户 and subsidy; 原价6980 struck, fee 4980",
                ["struck_price", "role_issuer", "cross_sentence_condition", "subsidy_amount", "scam_offer"],
                [iss("苏州工业园区人工智能职业技能评价有限公司", "recognized", "HA06", status_alt=["unrecognized"])],
                [3], (4980, 4980), ["ISSUER_LAPSED", "BENEFIT_BAIT"], optional=["EXCESSIVE_FEE"])
    add(O5, html, lab)


def note_soft_ad():
    body = f"""<div class="gg-note"><div class="gg-author"><img src="/static/img/avatar-17.png" alt=""> <b>打工人小鹿在浦东</b> · 上海 · 3天前</div>
<h1>转行AI训练师第30天｜考证踩坑+真实花费</h1>
<div class="gg-content">
<p>姐妹们！！我终于把人工智能训练师三级报完名了🎉 之前在好几家问过，有说能包过的我都没敢报（真的不靠谱）。</p>
<p>最后选的是浦江职培，在张江上课，老师是做大模型数据的，讲得很实在。</p>
<p>👉 <b>到手2680</b>，三级（高级工）培训+认定一起，考核和发证是上海浦东数智职业技能评价中心，我问了老师说是正规备案的评价机构。</p>
<p>我这边有店铺的新人券链接，评论区扣“训练师”私你，或者直接戳 👉 <a href="/tb/item/672031458812.html?src=guangguang&amp;shareId=gg7731208">宝贝链接</a>，报名前记得让班主任帮你审一下材料～</p>
<p>#AI训练师 #人工智能训练师 #上海考证 #转行</p></div>
<div class="gg-stat">❤ 1.2w · ⭐ 3861 · 💬 428</div>
<div class="gg-comments"><h4>评论</h4>
<div class="c"><b>momo：</b>求链接！请问四级能直接考吗</div><div class="c"><b>打工人小鹿在浦东（作者）：</b>四级要工作满一年哦，已私</div>
<div class="c"><b>阿杰：</b>三级不是要先有四级吗？</div><div class="c"><b>路人甲：</b>种草了，周末去问问</div></div></div>"""
    html = tb_shell("转行AI训练师第30天｜考证踩坑+真实花费 - 淘享逛逛", body, body_class="gg")
    lab = offer("guangguang-note", "种草 soft ad linking the store item; names 上海浦东数智职业技能评价中心 (HA02, near-dup of HA01, not filed for 4-04-05-05); 到手2680; denies 包过 shops",
                ["soft_ad", "role_issuer", "negated_claim", "tracking_params", "scam_offer"],
                [iss("上海浦东数智职业技能评价中心", "recognized", "HA02")], [3], (2680, 2680),
                ["ISSUER_OUT_OF_SCOPE"])
    add(NOTE, html, lab)


def build():
    item_o1()
    item_o2()
    item_o3()
    item_o4_gbk()
    item_o5()
    note_soft_ad()
    import pages_tb2
    pages_tb2.build()
