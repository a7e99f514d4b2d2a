"""择校网 training-school directory (list, ranking, school pages, mobile mirror, robots-hidden preview),
a traditional-script Greater-Bay-Area page and an unrelated Python course."""
import json
from common import page, iss, offer, esc
from chrome import jg_page

S = "/jigou/school/"


def jsonld_course(name, provider, low, high, n):
    return '<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "Course", "name": name,
        "provider": {"@type": "Organization", "name": provider},
        "offers": {"@type": "AggregateOffer", "priceCurrency": "CNY", "lowPrice": str(low), "highPrice": str(high), "offerCount": str(n)}},
        ensure_ascii=False) + "</script>"


def school_head(name, city, years, rating):
    return f"""<div class="crumb" style="color:#999"><a href="/jigou/">择校网</a> &gt; <a href="/jigou/?cat=zhengshu">职业证书</a> &gt; 人工智能训练师 &gt; {esc(name)}</div>
<h1 style="font-size:24px">{esc(name)} <span style="font-size:13px;background:#fff3e8;color:#f60;padding:2px 6px">{city}</span></h1>
<div style="color:#999">办学{years}年 · 评分 {rating} · <a href="javascript:;">收藏</a> · <a href="javascript:;">分享</a></div>"""


def build():
    # ---------------------------------------------------------------- directory (offer_list)
    lst = [
        (S + "2231.html?from=list&spm=zx.list.1", "穗智数字技能培训学校（广州天河）", "人工智能训练师五级-三级 ¥1280起", "发证：广州穗智职业技能评价有限公司"),
        (S + "2232.html?from=list&spm=zx.list.2", "羊城智培教育（广州越秀）", "三级至一级 ¥3980起 本科可直接报技师", "发证：广州穗智职业技能评价中心"),
        (S + "2240.html?from=list&spm=zx.list.3", "蓉城智训（成都武侯）", "四级 拼团价¥1580", "证书由四川蜀智人才职业技能评价有限公司颁发"),
        (S + "2247.html?from=list&spm=zx.list.4", "重庆两江智训职业培训学校", "五级/四级 ¥1800-2400 可分期", "评价机构：重庆两江新区智能产业职业技能评价中心"),
        (S + "2251.html?from=list&spm=zx.list.5", "Qianhai AI Skills Academy 前海AI技能学院（深圳）", "Level 4 / Level 3 CNY 2,380起", "Nanshan Digital Skills Talent Evaluation Center"),
        (S + "2263.html?from=list&spm=zx.list.6", "佛山智标职业技能培训中心", "四级 拼团¥1,280", ""),
        (S + "2270.html?from=list&spm=zx.list.7", "南山数字技能人才发展有限公司·标注学院", "四级 免费（入职培训）", ""),
        (S + "2275.html?from=list&spm=zx.list.8", "横琴湾职业培训学校（珠海）", "健康管理师/心理咨询/人工智能训练师", "珠海横琴职业技能评价服务中心"),
        (S + "2281.html?from=list&spm=zx.list.9", "松湖数智培训（东莞）", "四级/三级 ¥1580-2180", ""),
        ("/jigou/preview/2290.html", "【待审核】速成人工智能训练师一级", "预览", ""),
        (S + "2199.html", "（已下架）AI训练师精品班", "", ""),
    ]
    lis = "\n".join(f"""<li style="border-bottom:1px solid #eee;padding:10px 0"><a href="{u.replace('&', '&amp;')}"><b>{esc(t)}</b></a><br><span class="price" style="font-size:16px">{esc(p)}</span> <span style="color:#999">{esc(i)}</span></li>""" for u, t, p, i in lst)
    body = f"""<h1 style="font-size:20px">人工智能训练师培训机构（共 86 家）</h1>
<div>城市：<a href="/jigou/?city=gz">广州</a> <a href="/jigou/?city=sz">深圳</a> <a href="/jigou/?city=cd">成都</a> <a href="/jigou/?city=cq">重庆</a> &nbsp; 排序：<a href="/jigou/?sort=hot">人气</a> <a href="/jigou/?sort=price">价格</a></div>
<ul style="list-style:none;padding:0">{lis}</ul>
<div><a href="/jigou/?page=2">下一页</a> · <a href="/jigou/rank/rgznxls-shida.html?from=list">查看十大机构排行榜</a></div>"""
    page("/jigou/index.html", jg_page("人工智能训练师培训机构大全", body), "offer_list",
         "school directory with price and issuer snippets; links to a robots-disallowed preview and a delisted (404) school",
         ["list_page", "tracking_params", "bare_price"])

    # ---------------------------------------------------------------- ranking (aggregator)
    rank = [
        ("穗智数字技能培训学校", "广州", 9.6, "¥1280-2280", "广州穗智职业技能评价有限公司认定，五级到三级", "2231.html"),
        ("重庆两江智训职业培训学校", "重庆", 9.4, "¥1800-2400", "两江新区评价中心认定，支持分期", "2247.html"),
        ("前海AI技能学院", "深圳", 9.3, "CNY 2,380-2,980", "双语教学，南山评价中心认定", "2251.html"),
        ("羊城智培教育", "广州", 9.1, "¥3980-6980", "本科可直接报技师，三至一级", "2232.html"),
        ("蓉城智训", "成都", 8.9, "拼团¥1580", "四级速成班，30天拿证", "2240.html"),
        ("佛山智标职业技能培训中心", "佛山", 8.8, "¥1,280起", "小班教学", "2263.html"),
        ("横琴湾职业培训学校", "珠海", 8.6, "¥2580", "多证联报更优惠", "2275.html"),
        ("松湖数智培训", "东莞", 8.5, "¥1580起", "", "2281.html"),
        ("绵州智训", "绵阳", 8.3, "现价2180", "科技城评价中心认定", None),
        ("山城标注学院", "重庆", 8.1, "定金500", "企业内部评价", None),
    ]
    trs = "\n".join(f"""<tr><td style="font-size:22px;color:#f60">{i + 1}</td><td>{f'<a href="{S}{u}?from=rank&amp;rk={i + 1}">{esc(n)}</a>' if u else esc(n)}</td><td>{c}</td><td>{s}</td><td>{esc(p)}</td><td>{esc(x)}</td></tr>""" for i, (n, c, s, p, x, u) in enumerate(rank))
    body = f"""<h1 style="font-size:22px">2025年华南·西南十大人工智能训练师培训机构排名（10月更新）</h1>
<p style="color:#999">本榜单综合机构口碑、通过率、价格、师资等维度评选，仅供参考。数据来源：择校网用户评价。</p>
<table class="sku"><tr><th>排名</th><th>机构</th><th>城市</th><th>综合评分</th><th>价格</th><th>亮点</th></tr>
{trs}</table>
<h3>如何选择人工智能训练师培训机构？</h3>
<p>1. 看评价机构：证书由谁颁发？是否在人社部门备案了人工智能训练师（4-04-05-05）及对应等级；</p>
<p>2. 看价格：四级培训一般在1000-2500元之间，明显高于市场价或低得离谱都要谨慎；</p>
<p>3. 看承诺：“包过”“免考”“直接拿证”都是违规宣传。</p>
<p><a href="/jigou/?from=rank">返回机构大全</a> · <a href="/news/edu/2025-08/20/content_4419033.html">延伸阅读：证书谁来发？</a></p>"""
    page("/jigou/rank/rgznxls-shida.html", jg_page("2025十大人工智能训练师培训机构排名", body), "offer_list",
         "aggregator '十大机构' ranking quoting prices and promises of many schools; sells nothing itself",
         ["aggregator", "list_page", "tracking_params", "level_range"])

    # ---------------------------------------------------------------- honest school, split prices, JSON-LD, mobile mirror
    core = f"""{school_head("穗智数字技能培训学校（广州天河）", "广州", 7, 4.8)}
<div style="margin:14px 0"><span class="price">¥<b>1</b><i style="font-style:normal">280</i></span><span class="old">起</span> &nbsp; <s class="old">原价¥1,580</s></div>
<p>课程：人工智能训练师（数据标注员）职业技能等级培训，<b>五级/初级工至三级/高级工</b>。</p>
<table class="sku"><tr><th>等级</th><th>学时</th><th>学费（含认定费）</th><th>申报条件</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>¥<span>1</span><span>280</span></td><td>从事相关工作满1年或学徒期满</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>¥<span>1</span><span>680</span></td><td>五级证书后4年，或相关专业中职毕业等</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>¥<span>2</span><span>280</span></td><td>四级证书后5年，或大专+四级证书+2年等</td></tr></table>
<p>发证机构：广州穗智职业技能评价有限公司（已在广东省人社厅备案，可在 <a href="https://pjjg.osta.org.cn/">pjjg.osta.org.cn</a> 查询）。</p>
<p>办学成果：本校学员在2024年广州市职业技能大赛人工智能训练师赛项中获一等奖，奖金8000元。</p>
<p>考核方式：理论知识考试（机考90分钟）+操作技能考核（标注平台实操），均60分合格；不合格可补考一次。本校不承诺包过。</p>
<p>地址：广州市天河区五山路371号 &nbsp; 电话：020-85213306</p>
<p><a class="btn-bm" href="javascript:;">在线报名</a></p>"""
    off = offer([iss("广州穗智职业技能评价有限公司", "B01")], [5, 4, 3], (1280, 2280), [])
    page(S + "2231.html", jg_page("穗智数字技能培训学校 人工智能训练师", core, canonical=S + "2231.html",
                                  extra=jsonld_course("人工智能训练师职业技能等级培训", "穗智数字技能培训学校", 1280, 2280, 3)), "offer",
         "honest school page: B01 as 发证机构, 五级至三级, prices split over tags (1280/1680/2280), 原价 struck, a competition prize of 8000 (not a fee), JSON-LD AggregateOffer",
         ["honest_offer", "split_price", "struck_price", "prize", "sku_table", "level_table", "level_range", "json_ld", "canonical_ok", "role_issuer", "negated_claim"],
         offer=off)
    m = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>穗智数字技能培训学校 - 择校网手机版</title><link rel="canonical" href="{S}2231.html">
<style>body{{margin:0;font:15px/1.6 -apple-system,sans-serif}}.m-hd{{background:#ff6a00;color:#fff;padding:10px}}.price{{color:#f40;font-size:24px}}table{{width:100%;border-collapse:collapse}}td,th{{border:1px solid #eee;padding:4px}}</style></head>
<body><div class="m-hd"><a href="/jigou/" style="color:#fff">&lt; 择校网</a></div><div style="padding:10px">
{core}
</div><div style="text-align:center;color:#999;font-size:12px"><a href="{S}2231.html?m=0">电脑版</a></div></body></html>"""
    page("/m" + S + "2231.html", m, "offer", "mobile mirror of " + S + "2231.html (same offer)", ["mirror", "canonical_ok"], duplicate_of=S + "2231.html")

    # ---------------------------------------------------------------- out-of-scope issuer, prices in fen, canonical evasion
    body = f"""{school_head("羊城智培教育（广州越秀）", "广州", 3, 4.2)}
<div style="margin:14px 0" id="priceBox">¥<span class="price" id="price">3,980</span> <span class="old">/ 三级</span></div>
<ul class="sku-list" style="list-style:none;padding:0;display:flex;gap:8px">
<li class="sku on" data-sku="L3" data-price="398000">三级/高级工</li>
<li class="sku" data-sku="L2" data-price="598000">二级/技师</li>
<li class="sku" data-sku="L1" data-price="698000">一级/高级技师</li></ul>
<p>人工智能训练师 <b>三级至一级</b> 全程班。<b>本科学历即可直接报考技师，无需相关工作年限</b>；大专可报高级工。</p>
<p>发证机构：广州穗智职业技能评价中心（广州本地老牌评价机构），证书全国联网可查。</p>
<p>课程：理论直播课 + 实操项目 + 考前冲刺。</p>
<p>咨询热线：020-83556107</p>
<script>document.querySelectorAll('.sku').forEach(function(e){{e.onclick=function(){{document.getElementById('price').textContent=(e.dataset.price/100).toLocaleString();}}}});</script>"""
    page(S + "2232.html", jg_page("羊城智培教育 人工智能训练师三级至一级", body, canonical=S + "2231.html"), "offer",
         "issuer B02 (穗智…中心) has no 4-04-05-05 filing (B01 …有限公司 does); 本科直接报技师; SKU prices in fen 398000/598000/698000; rel=canonical names the honest 2231 page",
         ["scam_offer", "price_in_fen", "sku_table", "canonical_evasion", "level_range", "role_issuer"],
         offer=offer([iss("广州穗智职业技能评价中心", "B02")], [3, 2, 1], (3980, 6980), ["ISSUER_OUT_OF_SCOPE", "ELIGIBILITY_SHORTCUT"], optional=["EXCESSIVE_FEE"]))

    # ---------------------------------------------------------------- revoked issuer, group price, long issuer span
    body = f"""{school_head("蓉城智训（成都武侯）", "成都", 4, 4.5)}
<div style="margin:14px 0"><span class="price">拼团价 ¥1580</span> <span class="old">3人成团</span> &nbsp; 单人报名 ¥1980</div>
<p>人工智能训练师（数据标注员）<b>四级/中级工</b>速成班，30天完成培训与认定。</p>
<p>证书由四川蜀智人才职业技能评价有限公司组织理论知识考试和实操考核后颁发，证书编号可在全国联网查询。</p>
<p>适合：电商客服、内容审核、行政文员等相关岗位在职人员。</p>
<p>地址：成都市武侯区天府大道北段1700号 &nbsp; 电话：028-85092281</p>"""
    page(S + "2240.html", jg_page("蓉城智训 人工智能训练师四级", body), "offer",
         "issuer B12 revoked in the registry (ISSUER_LAPSED); issuer name followed directly by a verb phrase; group price 1580 and single price 1980",
         ["scam_offer", "group_price", "long_issuer_span", "role_issuer"],
         offer=offer([iss("四川蜀智人才职业技能评价有限公司", "B12")], [4], (1580, 1980), ["ISSUER_LAPSED"]))

    # ---------------------------------------------------------------- honest Chongqing school, instalments with a written total
    body = f"""{school_head("重庆两江智训职业培训学校", "重庆", 6, 4.7)}
<table class="sku"><tr><th>班型</th><th>学费</th><th>分期</th></tr>
<tr><td>五级/初级工</td><td>1800元</td><td>—</td></tr>
<tr><td>四级/中级工</td><td>2400元</td><td>可分6期，每期400元，共计2400元，0手续费</td></tr></table>
<p>评价机构：重庆两江新区智能产业职业技能评价中心（重庆市人社局备案，人工智能训练师三至五级）。</p>
<p>认定流程：报名审核 → 培训 → 理论考试 → 实操考核 → 成绩公示 → 证书发放。考试不合格可参加下一批次补考。</p>
<p>温馨提示：取得证书后，符合条件的参保职工可按重庆市政策申请技能提升补贴，以人社部门审核为准。</p>
<p>地址：重庆市渝北区金渝大道89号 &nbsp; 电话：023-67451120</p>"""
    page(S + "2247.html", jg_page("重庆两江智训 人工智能训练师", body), "offer",
         "honest school: B16 as 评价机构, 五级/四级 1800/2400, 6期×400 with the total written (2400); sober subsidy note (optional BENEFIT_BAIT)",
         ["honest_offer", "instalment", "sku_table", "role_issuer"],
         offer=offer([iss("重庆两江新区智能产业职业技能评价中心", "B16")], [5, 4], (1800, 2400), [], optional=["BENEFIT_BAIT"]))

    # ---------------------------------------------------------------- bilingual Shenzhen school, English issuer name
    body = f"""{school_head("Qianhai AI Skills Academy 前海AI技能学院（深圳）", "深圳", 5, 4.6)}
<h3>AI Trainer (Data Annotator) — Level 4 (Intermediate) &amp; Level 3 (Advanced)</h3>
<p>Course fee: <b>CNY 2,380</b> (Level 4) / <b>CNY 2,980</b> (Level 3), exam fee included. Taught in Mandarin and English, weekend classes in Qianhai.</p>
<p>Assessment body: <b>Shenzhen Nanshan Digital Skills Talent Evaluation Center</b>. Written exam + practical exam, 60/100 to pass. We do not guarantee a pass.</p>
<p>Certificates can be verified on the national skills certificate query system (osta.org.cn).</p>
<hr><p style="color:#666">中文说明：人工智能训练师四级/三级培训，学费2380元/2980元（含认定费）。认定由南山评价中心负责（详见英文说明）。</p>
<p>Contact: +86 755 2658 9012 · hello@qhaiacademy.example</p>"""
    page(S + "2251.html", jg_page("Qianhai AI Skills Academy - AI Trainer Level 4/3", body), "offer",
         "bilingual honest offer; issuer named in English (registry alias of B03) and in Chinese shorthand 南山评价中心; CNY 2,380/2,980",
         ["english_issuer", "honest_offer", "level_names"],
         offer=offer([iss("Shenzhen Nanshan Digital Skills Talent Evaluation Center", "B03", alt=["深圳市南山数字技能人才评价中心", "南山评价中心"])], [4, 3], (2380, 2980), []))

    # ---------------------------------------------------------------- no issuer named, group price, boilerplate body
    body = f"""{school_head("佛山智标职业技能培训中心", "佛山", 2, 4.4)}
<div style="margin:14px 0"><span class="price">拼团 ¥1,280</span> <span class="old">2人成团</span> · 单报 ¥1,580</div>
<p>人工智能训练师是人社部认证的新职业，国家职业技能标准由人社部、工信部联合颁布。</p>
<p>本中心开设<b>人工智能训练师（数据标注员）四级</b>培训，结业后统一安排职业技能等级认定，考试合格取得四级证书。</p>
<p>小班教学，每班不超过20人，提供标注平台实操账号。</p>
<p>地址：佛山市禅城区季华五路22号 &nbsp; 电话：0757-83321905</p>"""
    page(S + "2263.html", jg_page("佛山智标 人工智能训练师四级", body), "offer",
         "offer naming no issuer (MISSING_ISSUER); 人社部/工信部 appear only as boilerplate and standard publishers; group 1280 / single 1580",
         ["group_price", "boilerplate_body", "standard_body"],
         offer=offer([], [4], (1280, 1580), ["MISSING_ISSUER"]))

    # ---------------------------------------------------------------- employer's free training
    body = f"""{school_head("南山数字技能人才发展有限公司 · 标注学院", "深圳", 2, 4.9)}
<div style="margin:14px 0"><span class="price">免费</span> <span class="old">企业定向培养</span></div>
<p>深圳市南山数字技能人才发展有限公司面向社会招募数据标注学员：免费参加为期4周的岗前培训，培训结束由本公司开展用人单位自主评价，合格者取得人工智能训练师<b>四级/中级工</b>职业技能等级证书，证书由深圳市南山数字技能人才发展有限公司颁发。</p>
<p>结业考核合格者可签约入职，试用期月薪6000元，转正后6500-8000元。</p>
<p>报名要求：大专及以上，或中职相关专业；每期30人。</p>
<p>电话：0755-86099371</p>"""
    page(S + "2270.html", jg_page("南山数字技能人才发展有限公司 标注学院", body), "offer",
         "free employer training with in-house evaluation by B04 (employer, filed 4-5); salaries are not fees",
         ["honest_offer", "salary", "role_issuer"],
         offer=offer([iss("深圳市南山数字技能人才发展有限公司", "B04")], [4], (0, 0), [], fee_alt=[None]))

    # ---------------------------------------------------------------- multi-course, expired issuer
    body = f"""{school_head("横琴湾职业培训学校（珠海）", "珠海", 9, 4.3)}
<table class="sku"><tr><th>课程</th><th>等级</th><th>学费</th></tr>
<tr><td>健康管理师</td><td>三级</td><td>3980元</td></tr>
<tr><td>心理咨询技能培训</td><td>—</td><td>2980元</td></tr>
<tr><td>人工智能训练师</td><td>三级/高级工</td><td>2580元</td></tr></table>
<p>人工智能训练师课程：数据采集与处理、数据标注、智能系统运维、业务分析，认定由珠海横琴职业技能评价服务中心实施，颁发职业技能等级证书。</p>
<p>健康管理师、心理咨询课程证书由相应机构颁发，详情咨询。多证联报享9折。</p>
<p>地址：珠海市横琴新区环岛东路3000号 &nbsp; 电话：0756-2991830</p>"""
    page(S + "2275.html", jg_page("横琴湾职业培训学校 证书课程", body), "offer",
         "school selling three certificates; only the AI-trainer row (三级 2580) is the offer; issuer B08 expired 2023-12-31 (ISSUER_LAPSED); other courses' prices are not fees",
         ["multi_course", "other_occupation_price", "scam_offer", "sku_table"],
         offer=offer([iss("珠海横琴职业技能评价服务中心", "B08")], [3], (2580, 2580), ["ISSUER_LAPSED"]))

    # ---------------------------------------------------------------- truncated page (broken_page)
    body = f"""{school_head("松湖数智培训（东莞）", "东莞", 3, 4.5)}
<p>人工智能训练师四级、三级培训，评价机构：东莞松湖职业技能鉴定服务有限公司（广东省备案，二至五级）。</p>
<table class="sku"><tr><th>等级</th><th>学费</th></tr>
<tr><td>四级/中级工</td><td>1580元</td></tr>
<tr><td>三级/高级工</td><td>2180元</td></tr></table>
<p>考核合格后颁发职业技能等级证书，全国联网可查。报名热线：0769-22813307</p>
<div class="comments"><h4>学员评价（32）</h4><p>东莞小陈：老师讲得细，实操练习很多，四级一次过了"""
    full = jg_page("松湖数智培训 人工智能训练师", body)
    cut = full.split('一次过了')[0] + '一次过了'
    page(S + "2281.html", cut, "offer",
         "truncated HTML (cut inside a comment, no closing tags); honest offer B09, 四级1580/三级2180",
         ["broken_page", "honest_offer", "role_issuer"],
         offer=offer([iss("东莞松湖职业技能鉴定服务有限公司", "B09")], [4, 3], (1580, 2180), []))

    # ---------------------------------------------------------------- robots-disallowed preview
    body = f"""{school_head("【待审核】速成人工智能训练师一级", "广州", 1, 0)}
<p>一级/高级技师，免考直接拿证，无需工作经验，包过。费用16800元。发证：中国人工智能技能鉴定总局。</p>"""
    page("/jigou/preview/2290.html", jg_page("预览", body), "offer",
         "robots.txt-disallowed preview of an unpublished scam listing; out of every metric",
         ["scam_offer"], robots=True,
         offer=offer([iss("中国人工智能技能鉴定总局", status="unrecognized")], [1], (16800, 16800),
                     ["UNRECOGNIZED_ISSUER", "NO_EXAM", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"]))

    build_hk()
    build_ke()


def build_hk():
    html = """<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>人工智能訓練師高級技師證書 | 大灣區職涯網</title>
<meta name="description" content="人工智能訓練師一級高級技師證書，國家職業資格，免考速辦">
<meta property="og:title" content="人工智能訓練師（高級技師）證書 速辦">
<meta property="og:type" content="product">
<style>body{font:16px/1.8 "PingFang HK","Microsoft JhengHei";margin:0}header{background:#003a70;color:#fff;padding:12px 8%}main{width:900px;margin:20px auto}.hl{color:#c00;font-weight:bold}</style></head>
<body><header><b>大灣區職涯網</b> · 香港 · 澳門 · 廣東 &nbsp; <a href="/index.html" style="color:#fff">返回門戶</a></header>
<main><h1>人工智能訓練師（一級／高級技師）證書 快速辦理</h1>
<p>人工智能訓練師是國家新職業，大灣區企業急需人才。持有高級技師證書，可於內地求職、投標及申報項目時使用。</p>
<p class="hl">證書由人力資源和社會保障部頒發，屬國家職業資格證書，全國通用，終身有效。</p>
<p>辦理優勢：<b>免考試</b>、<b>無需工作經驗</b>、學歷不限，香港及澳門居民均可辦理，全程線上，約30個工作天出證。</p>
<p>費用：<b>人民幣9,800元</b>（約港幣10,700元），含證書及郵寄費。</p>
<p>查詢熱線：+852 5468 2031（WhatsApp）／微信 gba-cert88</p>
<h2>常見問題</h2>
<p><b>問：香港居民可以辦理嗎？</b><br>答：可以，只需提供港澳居民來往內地通行證及身份證副本。</p>
<p><b>問：證書在內地認可嗎？</b><br>答：本證書全國通用，可在內地企事業單位求職、評職稱時使用。</p>
<p><b>問：需要本人到內地考試嗎？</b><br>答：不需要，全程線上辦理，證書直接郵寄到香港或澳門地址。</p>
<p><b>問：可以同時辦理其他證書嗎？</b><br>答：可以，我們同時代辦健康管理師、心理諮詢師、碳排放管理員等證書，多證同辦有優惠。</p>
<h2>辦理流程</h2><ol><li>WhatsApp 或微信聯繫顧問，提交資料</li><li>繳費（支持轉數快、支付寶HK、微信支付）</li><li>資料審核（約3個工作天）</li><li>出證並寄送</li></ol>
<p style="color:#888;font-size:13px">本網站資料僅供參考。</p></main>
<footer style="text-align:center;color:#888;font-size:12px;padding:20px">© 2025 大灣區職涯網 GBA Career Net</footer></body></html>"""
    page("/hk/rgzn-xunlianshi.html", html, "offer",
         "traditional-script scam page: 人力資源和社會保障部頒發, 國家職業資格證書, 免考試, 無需工作經驗 for 一級, 人民幣9,800元 (HKD figure is a conversion)",
         ["traditional_script", "scam_offer", "open_graph", "level_names"],
         offer=offer([iss("人力資源和社會保障部", "G01", alt=["人力资源和社会保障部"])], [1], (9800, 9800),
                     ["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"]))


def build_ke():
    body = """<div class="crumb" style="color:#999"><a href="/jigou/">择校网</a> &gt; IT课程 &gt; Python数据分析</div>
<h1 style="font-size:24px">Python数据分析实战班（零基础）</h1>
<div style="margin:14px 0"><span class="price">¥1980</span> <s class="old">¥2980</s></div>
<p>12周系统学习Python、Pandas、可视化与机器学习入门，结业颁发本机构结业证书（非职业技能等级证书）。</p>
<p>授课：每周二、四晚直播，周六线下答疑（广州天河）。</p>
<p>电话：020-85213399</p>"""
    side = """<h4>热门证书广告</h4><ul style="font-size:13px">
<li><a href="/jigou/school/2232.html?from=ke_side">人工智能训练师三级至一级 本科直接报技师</a></li>
<li><a href="/jigou/school/2240.html?from=ke_side">AI训练师四级 拼团¥1580 30天拿证</a></li>
<li><a href="/hk/rgzn-xunlianshi.html?from=ke_side">高級技師證書 免考速辦</a></li></ul>"""
    page("/ke/python-shuju-fenxi.html", jg_page("Python数据分析实战班", body, side=side), "other",
         "unrelated Python course (1980) whose sidebar lists AI-trainer ads; not an AI-trainer offer",
         ["other_occupation_price", "struck_price"])
