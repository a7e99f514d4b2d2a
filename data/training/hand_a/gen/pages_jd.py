"""京选商城 (JD-like): items, instalments, coupons, store, search, robots-hidden preview."""
from common import SPA_CSS, add, e, iss, jd_shell, jsonld, offer, page

O7 = "/jd/item/100072881234.html"
O8 = "/jd/item/100072889999.html"
O9 = "/jd/item/100079001122.html"
PREV = "/jd/preview/100072880000.html"
DA = "/jd/item/100075550001.html"
SHOP = "/jd/shop/1000123/index.html"
SEARCH = "/jd/search/ai-xunlianshi.html"


def crumb(*names):
    return '<div class="crumb-wrap"><div class="crumb">' + " &gt; ".join(f'<div class="item">{n}</div>' for n in names) + "</div></div>"


def o7():
    body = f"""{crumb('<a href="javascript:;">教育培训</a>', '<a href="javascript:;">职业技能</a>', '<a href="javascript:;">人工智能</a>', '园区智培')}
<div class="w"><div class="product-intro clearfix"><div class="preview-wrap"><img data-origin="/static/img/yq-ai.jpg" alt="园区智培 人工智能训练师" src="/static/img/yq-ai-s.jpg"></div>
<div class="itemInfo-wrap"><div class="sku-name">园区智培 人工智能训练师职业技能等级认定培训 五级至三级 苏州工业园区 面授+直播</div>
<div class="news"><div class="item">3月16日开班 · 限30人 · 含认定费</div></div>
<div class="summary summary-first"><div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">京 选 价</div>
<div class="dd"><span class="p-price"><span>￥</span><span class="price J-p-100072881234">1680.00</span></span> <a class="notice J-notify-sale" href="#none">降价通知</a></div></div></div>
<div id="choose-attrs"><div id="choose-attr-1" class="li p-choose"><div class="dt">选择等级</div><div class="dd">
<div class="item selected" data-sku="100072881234" data-value="五级/初级工"><a href="#none">五级/初级工 ￥1680</a></div>
<div class="item" data-sku="100072881235" data-value="四级/中级工"><a href="#none">四级/中级工 ￥2280</a></div>
<div class="item" data-sku="100072881236" data-value="三级/高级工"><a href="#none">三级/高级工 ￥2976</a></div></div></div></div>
<div id="choose-baitiao" class="li"><div class="dt">白条分期</div><div class="dd"><div class="baitiao-list J-baitiao-list">
<div class="item"><b>不分期</b></div><div class="item"><b>￥248×12期</b><i>免息</i><span class="baitiao-tips">（三级/高级工，分期总额￥2976）</span></div></div></div></div>
<div id="choose-btns"><a href="#none" class="btn-special1 btn-lg" id="InitCartUrl">加入购物车</a></div></div></div></div>
<div class="detail"><div class="ETab"><div class="tab-main"><ul><li class="current">商品介绍</li><li>规格与包装</li><li>售后保障</li><li>商品评价(2000+)</li></ul></div>
<div class="tab-con"><div class="p-parameter"><ul class="parameter2 p-parameter-list"><li>商品名称：园区智培人工智能训练师</li><li>商品编号：100072881234</li><li>授课方式：面授+直播</li><li>适用等级：五级至三级</li></ul></div>
<div id="J-detail-content"><h3>认定说明</h3><p>评价机构：苏州工业园区智能技能评价中心。该中心负责理论知识考试、操作技能考核与证书发放；本店负责培训与报名服务。</p>
<table class="lvl"><tr><th>等级</th><th>课时</th><th>价格</th><th>申报条件（摘要）</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>1680</td><td>累计从事相关工作1年以上或学徒期满</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2280</td><td>取得五级证书后满4年；或累计工作6年；或技工院校相关专业毕业</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>2976</td><td>取得四级证书后满5年；或大专相关专业取得四级证书后满2年</td></tr></table>
<p>京选课程类商品支持7天无理由退款（未开课）。客服：0512-6295-7736</p></div></div></div></div></div>
{jsonld({"@context": "https://schema.org/", "@type": "Product", "name": "园区智培 人工智能训练师职业技能等级认定培训 五级至三级", "sku": "100072881234",
          "offers": [{"@type": "Offer", "price": "1680.00", "priceCurrency": "CNY", "name": "五级"},
                     {"@type": "Offer", "price": "2280.00", "priceCurrency": "CNY", "name": "四级"},
                     {"@type": "Offer", "price": "2976.00", "priceCurrency": "CNY", "name": "三级"}]})}"""
    html = jd_shell("【园区智培人工智能训练师】园区智培 人工智能训练师职业技能等级认定培训 五级至三级【行情 报价 价格 评测】-京选", body,
                    canonical=O7, desc="京选JXMALL.demo提供园区智培人工智能训练师正品行货")
    lab = offer("jd-item", "honest JD item; levels 五级至三级 (range); per-level table; 白条 12期×248 with total 2976; JSON-LD offers array",
                ["level_range", "level_table", "sku_table", "instalment", "json_ld", "canonical_ok", "tracking_params", "role_issuer", "honest_offer"],
                [iss("苏州工业园区智能技能评价中心", "recognized", "HA05")], [5, 4, 3], (1680, 2976), [])
    add(O7, html, lab)
    mhtml = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>园区智培 人工智能训练师 - 京选触屏版</title><link rel="canonical" href="{O7}">{SPA_CSS}</head><body class="m-jd">
<div class="m-header"><a href="/jd/search/ai-xunlianshi.html" class="back">返回</a><span>商品详情</span><a href="javascript:;" class="more">更多</a></div>
<div id="itemName">园区智培 人工智能训练师职业技能等级认定培训 五级至三级 苏州工业园区 面授+直播</div>
<div id="priceSale"><em>¥</em><span class="big-price">1680</span><span class="small-price">.00</span> 起</div>
<div class="sku-list">五级 1680 · 四级 2280 · 三级 2976（可分12期 ¥248/期 免息）</div>
<div class="desc">评价机构：苏州工业园区智能技能评价中心，负责考试与证书发放。</div>
<div class="m-svc"><p>7天无理由退款（未开课） · 京选自营物流不适用 · 电子凭证</p></div>
<div class="m-comment"><h3>评价 2000+ · 好评率 97%</h3><p>j***8：面授老师很专业，五级一次过。</p><p>小***k：分期免息很方便，班主任回复及时。</p><p>苏***州：实操课时充足，教室就在园区。</p></div>
<div class="m-reco"><a href="{DA}?from=m">园区智培 数据分析实战班 ￥4280</a></div>
<div class="m-foot"><a href="{O7}">电脑版</a> | <a href="{SEARCH}">搜索</a> | 客服 950618 | 苏ICP备2023018833号-1</div></body></html>"""
    add("/m" + O7, mhtml, page("offer", "mobile-mirror", "touch-screen mirror of the JD item under /m/", ["mirror", "canonical_ok", "split_price"], duplicate_of=O7))


def o8():
    body = f"""{crumb('教育培训', '职业技能', '智途教育专营店')}
<div class="w"><div class="itemInfo-wrap"><div class="sku-name">【不过全额退款】智途教育 人工智能训练师 三级/二级（技师） 无需工作经验 直接报名 签约班</div>
<div class="summary-price"><span class="dt">京 选 价</span> <span class="p-price">￥<span class="price">3680.00</span></span></div>
<div class="li"><div class="dt">选择等级</div><div class="dd"><span class="item" data-sku="100072889999">三级/高级工 ￥3680</span> <span class="item" data-sku="100072889998">二级/技师 分期购</span></div></div>
<div id="choose-baitiao"><div class="dt">白条分期</div><div class="dd"><div class="item">二级/技师：<b>￥330×24期</b></div></div></div></div>
<div id="J-detail-content"><img src="/static/img/zt-contract.jpg" alt="签约保障 不过退款">
<p>考核发证：苏州工业园区智能职业技能评价中心（园区备案评价机构）</p>
<p>零基础也能报！本科及以上学历无需工作年限可直接申报二级（技师），大专学历工作满1年即可。</p>
<p>签订培训协议，考试不通过全额退款，<b>通过率98%</b>。</p><p>咨询热线：400-886-1302 · 微信 zhitu_ai01</p></div></div>"""
    html = jd_shell("【智途教育】人工智能训练师 三级/二级 签约班-京选", body)
    lab = offer("jd-item", "lookalike issuer (职业 inserted into HA05's name); 二级 without work experience; 不过全额退款; 二级 price only as 24期×330 (no total) = 7920",
                ["instalment", "role_issuer", "level_names", "scam_offer"],
                [iss("苏州工业园区智能职业技能评价中心", "lookalike", None, resembles="HA05", status_alt=["unrecognized"])],
                [3, 2], (3680, 7920), [["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"], "ELIGIBILITY_SHORTCUT", "GUARANTEED_PASS"],
                optional=["EXCESSIVE_FEE"])
    add(O8, html, lab)


def o9():
    body = f"""{crumb('教育培训', '职业技能', '淮海职教京选旗舰店')}
<div class="w"><div class="itemInfo-wrap"><div class="sku-name">淮海职教 人工智能训练师（三级/高级工）认定培训 徐州 周末面授</div>
<div class="summary-price"><div class="dt">京 选 价</div><div class="dd"><span class="p-price">￥<span class="price">3580.00</span></span></div></div>
<div class="summary-quan"><div class="dt">领 券</div><div class="dd"><span class="quan-item">满3500减300</span> <span class="quan-price">券后价 <b>￥3280</b></span></div></div>
<div class="summary-service">由 淮海职教京选旗舰店 发货并提供售后服务。</div></div>
<div id="J-detail-content"><h3>课程信息</h3><ul><li>总课时 40，含 2 天实操（数据标注质检、模型效果评测）。</li>
<li>认定机构：徐州淮海职业技能鉴定评价有限公司，考试合格颁发三级/高级工职业技能等级证书。</li>
<li>报考条件：取得四级证书后累计从事本职业满5年，或相关专业大专及以上学历取得四级证书后满2年。</li>
<li>考试未通过的学员可免费参加下一期复训一次（认定费另计）。</li></ul>
<p>发票：可开具增值税普通发票（培训费）。客服电话 0516-8377-2190</p></div></div>"""
    html = jd_shell("淮海职教 人工智能训练师三级 认定培训-京选", body)
    lab = offer("jd-item", "honest JD item with coupon: list price 3580, 券后价 3280; free retake (not a pass guarantee)",
                ["role_issuer", "level_names", "honest_offer", "other"],
                [iss("徐州淮海职业技能鉴定评价有限公司", "recognized", "HA19")], [3], (3280, 3580), [],
                optional=["EXCESSIVE_FEE", "GUARANTEED_PASS"], fee_alt=[(3580, 3580), (3280, 3280)])
    add(O9, html, lab)


def preview():
    body = f"""<div class="w preview-banner">商品预览（未上架）· 仅商家可见</div>
<div class="w"><div class="sku-name">【江苏人社厅颁发】人工智能训练师三级 免考 快速拿证</div>
<div class="p-price">￥<span class="price">6800.00</span></div>
<div id="J-detail-content"><p>证书由江苏省人力资源和社会保障厅颁发，免考试，资料审核通过即可出证。</p></div></div>"""
    html = jd_shell("商品预览 - 京选商家后台", body)
    lab = offer("jd-preview", "robots-disallowed unpublished preview of a scam item (江苏省人社厅颁发, 免考)",
                ["scam_offer", "role_issuer"],
                [iss("江苏省人力资源和社会保障厅", "government", "HA25")], [3], (6800, 6800),
                ["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM"], optional=["EXCESSIVE_FEE"], robots=True)
    add(PREV, html, lab)


def data_analysis():
    body = f"""{crumb('教育培训', '数据分析', '园区智培')}
<div class="w"><div class="itemInfo-wrap"><div class="sku-name">园区智培 数据分析实战班 Python+SQL+Tableau 苏州 12周</div>
<div class="p-price">￥<span class="price">4280.00</span> <del>￥5680.00</del></div>
<div class="baitiao">可选 ￥357×12期</div></div>
<div id="J-detail-content"><p>面向转行人群的数据分析课程，结课颁发本机构结业证书（非职业技能等级证书）。</p></div>
<div class="aside"><h4>店铺热销</h4><ul>
<li><a href="{O7}?spm=jx.side.1&amp;pvid=1a2b">人工智能训练师 五级至三级 ￥1680起</a></li>
<li><a href="{O7}?utm_source=jx_side&amp;utm_medium=cpc&amp;utm_term=ai">AI训练师 三级 12期免息</a></li>
<li><a href="/m{O7}">手机版查看</a></li></ul></div></div>"""
    html = jd_shell("园区智培 数据分析实战班-京选", body)
    add(DA, html, page("other", "unrelated-course", "数据分析 course of the same store, with instalment and struck price; sidebar links the AI-trainer item",
                       ["other_occupation_price", "instalment", "struck_price", "tracking_params"]))


def shop():
    body = f"""<div class="w shop-head"><h1>园区智培京选专营店</h1><p>苏州园区智培教育科技有限公司 · 店铺星级 ★★★★☆ · <a href="javascript:;">关注店铺</a></p></div>
<div class="w j-module"><h2>全部商品</h2><ul class="gl-warp">
<li class="gl-item"><div class="p-price"><strong><em>￥</em><i>1680.00</i></strong></div><div class="p-name"><a href="{O7}?cu=true&amp;utm_source=shop">人工智能训练师 五级至三级 园区面授+直播</a></div><div class="p-promise">含认定费 · 7天无理由(未开课)</div></li>
<li class="gl-item"><div class="p-price"><strong><em>￥</em><i>4280.00</i></strong></div><div class="p-name"><a href="{DA}">数据分析实战班 12周</a></div></li></ul></div>"""
    html = jd_shell("园区智培京选专营店 - 京选", body)
    add(SHOP, html, page("offer_list", "store-page", "JD store page listing the AI-trainer item and a 数据分析 course", ["list_page", "tracking_params", "other_occupation_price"]))


def search():
    rows = [
        (O7 + "?from=search&keyword=AI%E8%AE%AD%E7%BB%83%E5%B8%88&pvid=7c1e&spmTag=YTAyMTkuYjAwMjM1Ni5jMDAwMDQ2NjIuMSUyM3NrdV9jYXJk", "园区智培 人工智能训练师 五级至三级 苏州工业园区", "1680.00", "2000+条评价", "白条12期免息"),
        (O8 + "?from=search&pvid=7c1e", "【不过全额退款】智途教育 人工智能训练师 三级/二级 签约班", "3680.00", "500+条评价", "通过率98%"),
        (O9 + "?from=search&pvid=7c1e#crumb-wrap", "淮海职教 人工智能训练师 三级 徐州", "3580.00", "200+条评价", "券后￥3280"),
        (PREV + "?from=search", "【预览】人工智能训练师三级 快速拿证", "6800.00", "0条评价", "免考"),
        (DA + "?from=search", "园区智培 数据分析实战班", "4280.00", "300+条评价", ""),
    ]
    lis = "\n".join(f'<li class="gl-item" data-sku="{u.split("/")[-1][:12]}"><div class="gl-i-wrap"><div class="p-price"><strong class="J_{i}"><em>￥</em><i>{p}</i></strong></div>'
                    f'<div class="p-name p-name-type-2"><a target="_blank" title="{e(t)}" href="{e(u)}"><em>{t}</em></a></div><div class="p-commit"><strong>{c}</strong></div>'
                    f'<div class="p-icons"><i class="goods-icons">{pr}</i></div></div></li>' for i, (u, t, p, c, pr) in enumerate(rows))
    body = f"""<div class="w"><div id="J_crumbsBar"><strong>全部结果</strong> &gt; "人工智能训练师"</div>
<div id="J_filter"><a href="?sort=sales">销量</a> <a href="?sort=price">价格</a> <a href="?sort=comments">评论数</a></div>
<div id="J_goodsList" class="goods-list-v2"><ul class="gl-warp clearfix">{lis}</ul></div>
<div class="p-wrap"><span class="p-num"><a class="curr">1</a><a href="javascript:;">2</a></span></div></div>
<div class="w"><a href="{SHOP}?from=search">进入 园区智培京选专营店</a></div>"""
    html = jd_shell("人工智能训练师 - 商品搜索 - 京选", body)
    add(SEARCH, html, page("offer_list", "search-results", "JD search results with prices and promises (通过率98%, 免考, 券后价); links a robots-disallowed preview",
                           ["search_page", "list_page", "tracking_params", "reported_claim"]))


def build():
    o7()
    o8()
    o9()
    preview()
    data_analysis()
    shop()
    search()
