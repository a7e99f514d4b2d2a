"""北京博学优才教育: a multi-course commercial school site (/bjpx/)."""
import json
from common import add, rec, fee

BR = "博学优才教育"


def page(title, body, *, head_extra="", mobile=False):
    chat = """<script>(function(){var _53code=document.createElement("script");_53code.src="https://tb.53kf.com/code/code/7f3a0c18e2b04d7c9e2a61d2f8b5c910/1";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(_53code,s);})();</script>"""
    if mobile:
        return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{title}</title>{head_extra}
<link rel="stylesheet" href="/bjpx/m/css/m.css?v=20251018">
<style>body{{margin:0;font:15px/1.7 -apple-system,"PingFang SC";background:#f5f6f8}} .bar{{background:#1663d6;color:#fff;padding:10px 14px}}
.card{{background:#fff;margin:10px;padding:12px;border-radius:10px}} .tab{{position:fixed;bottom:0;left:0;right:0;display:flex;background:#fff;border-top:1px solid #eee}}
.tab a{{flex:1;text-align:center;padding:8px 0;color:#333;text-decoration:none}} del{{color:#999}} .p{{color:#f23030;font-size:22px}}</style></head>
<body><div class="bar"><a href="/bjpx/index.html" style="color:#fff">&lt;</a> {BR}</div>
{body}
<div class="tab"><a href="/bjpx/index.html">首页</a><a href="tel:4006180235">电话</a><a href="/bjpx/kecheng/rgzn-xls.html">电脑版</a></div>
{chat}</body></html>"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{title}</title>
<meta name="keywords" content="北京PMP培训,心理咨询师报名,健康管理师考试,人工智能训练师证书,博学优才">
{head_extra}
<link rel="stylesheet" href="/bjpx/static/css/common.css?v=3.2.1">
<style>
body{{margin:0;font:14px/1.7 "Microsoft YaHei",Arial;color:#333;background:#f4f6f9}} a{{color:#1663d6;text-decoration:none}}
.top{{background:#fff;border-bottom:1px solid #e8e8e8}} .w{{width:1180px;margin:0 auto}} .logo{{font-size:26px;color:#1663d6;font-weight:bold;line-height:70px}}
.nav{{background:#1663d6}} .nav a{{color:#fff;display:inline-block;padding:0 22px;line-height:44px}}
.main{{display:flex;gap:20px;margin:20px auto}} .ct{{flex:1;background:#fff;padding:24px}} .sd{{width:280px}}
.sd .b{{background:#fff;padding:16px;margin-bottom:16px}} .price{{color:#f23030;font-size:28px;font-weight:bold}} del{{color:#999}}
.tbl{{border-collapse:collapse;width:100%}} .tbl td,.tbl th{{border:1px solid #dfe6f0;padding:8px 10px}} .tbl th{{background:#f0f5fd}}
.ft{{background:#2b2f36;color:#9aa3ad;padding:30px 0;font-size:12px;line-height:2}}
#cookie{{position:fixed;left:0;right:0;bottom:0;background:rgba(0,0,0,.8);color:#fff;padding:10px;text-align:center;font-size:13px}}
</style>
</head>
<body>
<div class="top"><div class="w"><span class="logo">{BR}</span> <span style="color:#888">北京・职业技能与认证培训 15年</span>
<span style="float:right;line-height:70px;color:#f23030;font-size:18px">400-618-0235</span></div></div>
<div class="nav"><div class="w"><a href="/bjpx/index.html">首页</a><a href="/bjpx/kecheng/sizheng-lianbao.html">热门联报</a>
<a href="/bjpx/kecheng/rgzn-xls.html">人工智能训练师</a><a href="/bjpx/kecheng/xinli.html">心理咨询师</a>
<a href="/bjpx/news/2025-ai-xunlianshi-baokao.html">报考指南</a><a href="/index.html">导航</a></div></div>
<div class="w">{body}</div>
<div class="ft"><div class="w">北京博学优才教育科技有限公司　地址：北京市海淀区中关村南大街12号天作国际中心B座1506　电话：400-618-0235<br>
京ICP备16028837号-3　京公网安备11010802031166号　本公司为培训机构，不颁发任何职业技能等级证书，证书由有资质的评价机构颁发。</div></div>
<div id="cookie">我们使用Cookie来分析流量和改善体验。<a href="javascript:;" onclick="document.getElementById('cookie').style.display='none'" style="color:#7fb2ff">同意</a></div>
{chat}
</body></html>
"""


def side():
    return """<div class="sd"><div class="b"><b>热门课程</b><ul style="padding-left:16px">
<li><a href="/bjpx/kecheng/rgzn-xls.html?src=side&amp;spm=bx.side.1">人工智能训练师</a></li>
<li><a href="/bjpx/kecheng/sizheng-lianbao.html?src=side">四证联报</a></li>
<li><a href="/bjpx/kecheng/xinli.html?src=side">心理咨询师</a></li></ul></div>
<div class="b"><b>免费资料</b><p>扫码领取《2025人工智能训练师考试大纲》</p><img src="/bjpx/static/img/qr-zl.png" width="120" alt="资料二维码"></div></div>"""


def build():
    # ---------------------------------------------------------------- home
    body = f"""<div class="main"><div class="ct">
<h2>热门认证课程</h2>
<div style="display:grid;grid-template-columns:1fr 1fr;gap:16px">
<div style="border:1px solid #e5e9f0;padding:14px"><h3><a href="/bjpx/kecheng/rgzn-xls.html?src=home&amp;spm=bx.home.card1">人工智能训练师（三级/二级）</a></h3><p>现价 <span class="price" style="font-size:20px">2980</span> 起・本科可报技师</p></div>
<div style="border:1px solid #e5e9f0;padding:14px"><h3><a href="/bjpx/kecheng/sizheng-lianbao.html?src=home">四证联报：PMP+心理+健康+AI</a></h3><p>AI训练师四级 现价1980・联报每门再减200</p></div>
<div style="border:1px solid #e5e9f0;padding:14px"><h3><a href="/bjpx/kecheng/xinli.html?src=home">心理咨询师（三级）</a></h3><p>2680元・直播+录播</p></div>
<div style="border:1px solid #e5e9f0;padding:14px"><h3>PMP项目管理</h3><p>5800元・35学时认证</p></div>
</div>
<h2>报考资讯</h2><ul><li><a href="/bjpx/news/2025-ai-xunlianshi-baokao.html">2025年人工智能训练师报考指南：等级、条件、费用一文看懂</a></li>
<li><a href="/bjpx/m/kecheng/rgzn-xls.html">手机版：人工智能训练师课程</a></li></ul>
</div>{side()}</div>"""
    add("/bjpx/index.html", page(f"{BR}-北京职业技能与认证培训", body), page_type="offer_list",
        note="commercial school home: course cards quoting prices of AI trainer, PMP, 心理咨询师",
        phenomena=["list_page", "tracking_params", "other_occupation_price", "multi_course"])

    # ---------------------------------------------------------------- multi-course honest offer
    body = f"""<div class="main"><div class="ct">
<h1 style="font-size:24px">四证联报｜PMP・心理咨询师・健康管理师・人工智能训练师</h1>
<p style="color:#888">更新：2025-10-18　已报名 1,862 人</p>
<p>职场人最常问的四门认证一次讲清。可单报、可联报；<b>两门及以上联报，每门再减200元</b>。</p>
<table class="tbl"><tr><th>课程</th><th>认证/证书</th><th>学时</th><th>价格</th></tr>
<tr><td>PMP®项目管理</td><td>PMI项目管理专业人士资格认证</td><td>35</td><td>5800元</td></tr>
<tr><td>心理咨询师</td><td>心理咨询师职业技能等级证书（三级）</td><td>72</td><td>2680元</td></tr>
<tr><td>健康管理师</td><td>健康管理师职业技能等级证书（三级）</td><td>80</td><td>2380元</td></tr>
<tr><td>人工智能训练师</td><td>人工智能训练师职业技能等级证书（四级/中级工）</td><td>50</td><td><del>2980元</del> 现价1980</td></tr></table>
<h3 id="ai">人工智能训练师（四级）说明</h3>
<p>课程覆盖数据采集和处理、数据标注、智能系统运维三大模块，提供标注平台实操账号。</p>
<p>报考条件：取得五级证书后累计从事本职业或相关职业工作满4年，或累计从事本职业工作满6年，或技工学校相关专业毕业生。</p>
<p>证书：经北京京师智联职业技能评价有限公司考核合格后颁发人工智能训练师四级职业技能等级证书，可在全国联网系统查询。</p>
<h3>PMP说明</h3><p>本课程提供35学时培训证明，考试由中国国际人才交流基金会组织，费用3900元另交。</p>
<h3>心理咨询师、健康管理师说明</h3><p>由相应备案评价机构考核发证，报考条件详询课程顾问。</p>
<p><a class="price" style="font-size:18px" href="tel:4006180235">电话报名 400-618-0235</a></p>
</div>{side()}</div>"""
    add("/bjpx/kecheng/sizheng-lianbao.html", page(f"四证联报-PMP心理咨询师健康管理师人工智能训练师-{BR}", body),
        page_type="offer",
        note="multi-course page: only the AI-trainer part is the offer (现价1980, struck 2980; 联报 each -200 → 1780); PMP 5800/exam 3900, 心理 2680, 健康 2380 are other courses",
        phenomena=["multi_course", "other_occupation_price", "struck_price", "bare_price", "long_issuer_span",
                   "honest_offer", "level_names", "tracking_params"],
        offer={"issuers": [rec("北京京师智联职业技能评价有限公司", "HC01")], "levels": [4], "fee": fee(1780, 1980),
               "fee_alt": [fee(1980)], "flags": [], "optional": []})

    # ---------------------------------------------------------------- out-of-scope near-duplicate + shortcut
    ld = {"@context": "https://schema.org", "@type": "Product", "name": "人工智能训练师（三级/二级）认证班",
          "brand": {"@type": "Brand", "name": BR},
          "offers": {"@type": "AggregateOffer", "lowPrice": "2980", "highPrice": "4680", "priceCurrency": "CNY", "offerCount": "2"}}
    head = (f'<link rel="canonical" href="/bjpx/kecheng/rgzn-xls.html">\n'
            f'<link rel="alternate" media="only screen and (max-width: 640px)" href="/bjpx/m/kecheng/rgzn-xls.html">\n'
            '<meta property="og:title" content="人工智能训练师三级/二级认证班｜现在报名2980">\n'
            '<meta property="og:type" content="product"><meta property="og:url" content="/bjpx/kecheng/rgzn-xls.html">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    core = """<h1 style="font-size:24px">人工智能训练师（三级/二级）认证班</h1>
<p>高级工・技师 双等级可选　｜　北京海淀面授 + 线上直播</p>
<p>现在报名是<span class="price">2980</span>（三级/高级工），二级/技师 4680元。</p>
<h3>为什么选择我们</h3><ul><li>本科学历即可直接报考技师（二级），无需三级证书和工作年限证明</li>
<li>大专学历可报三级，材料由课程顾问协助准备</li><li>小班教学，每班不超过30人</li></ul>
<h3>考核与证书</h3><p>考核由北京京师智联职业技能鉴定中心组织实施，理论知识考试和操作技能考核合格后，证书由北京京师智联职业技能鉴定中心颁发。</p>
<h3>课程安排</h3><p>三级：业务分析、智能训练、智能系统设计、培训与指导，共40学时；二级：另加综合评审论文辅导。</p>"""
    body = f"""<div class="main"><div class="ct">{core}
<p><a href="/bjpx/kecheng/sizheng-lianbao.html#ai">想先考四级？看四证联报 &gt;&gt;</a></p>
</div>{side()}</div>"""
    add("/bjpx/kecheng/rgzn-xls.html", page(f"人工智能训练师三级二级认证班-{BR}", body, head_extra=head), page_type="offer",
        note="issuer is the near-duplicate 北京京师智联职业技能鉴定中心 (registry: no 4-04-05-05 in scope); 本科直接报技师 without experience; bare 现在报名是2980, 二级4680; AggregateOffer JSON-LD",
        phenomena=["scam_offer", "bare_price", "json_ld", "open_graph", "canonical_ok", "level_names", "tracking_params", "role_issuer"],
        offer={"issuers": [rec("北京京师智联职业技能鉴定中心", "HC02")], "levels": [3, 2], "fee": fee(2980, 4680),
               "flags": ["ISSUER_OUT_OF_SCOPE", "ELIGIBILITY_SHORTCUT"], "optional": ["EXCESSIVE_FEE"]})

    mbody = f"""<div class="card">{core.replace('<span class="price">', '<span class="p">')}</div>
<div class="card"><a href="tel:4006180235">一键拨号咨询</a> ・ <a href="/bjpx/index.html">返回首页</a></div>"""
    add("/bjpx/m/kecheng/rgzn-xls.html",
        page(f"人工智能训练师三级二级认证班-{BR}手机版", mbody, mobile=True,
             head_extra='<link rel="canonical" href="/bjpx/kecheng/rgzn-xls.html">'),
        page_type="offer", duplicate_of="/bjpx/kecheng/rgzn-xls.html", offer={},
        note="mobile mirror of the AI-trainer course page (canonical to the desktop URL)",
        phenomena=["mirror", "canonical_ok"])

    # ---------------------------------------------------------------- unrelated course
    body = f"""<div class="main"><div class="ct">
<h1 style="font-size:24px">心理咨询师（三级）职业技能等级培训</h1>
<p>价格：<span class="price">2680</span> 元　<del>3580元</del>　｜　72学时　｜　直播+录播+案例督导</p>
<p>适合人群：教师、HR、社工、心理学爱好者。考核由备案评价机构组织，合格颁发心理咨询师职业技能等级证书。</p>
<h3>课程大纲</h3><ol><li>基础心理学</li><li>发展心理学</li><li>社会心理学</li><li>心理测量学</li><li>咨询心理学</li><li>案例实操</li></ol>
<p>报考条件：具有心理学相关专业大专以上学历，或其他专业本科以上学历并从事相关工作满一年。</p>
<div style="border:1px dashed #ccc;padding:10px;margin-top:20px">同学还在看：<a href="/bjpx/kecheng/rgzn-xls.html?src=xinli&amp;spm=bx.xl.rel">人工智能训练师三级 2980元</a> ｜ <a href="/bjpx/kecheng/sizheng-lianbao.html">四证联报</a></div>
</div>{side()}</div>"""
    add("/bjpx/kecheng/xinli.html", page(f"心理咨询师培训-{BR}", body), page_type="other",
        note="unrelated course (心理咨询师 2680); a related-links box quotes an AI-trainer price",
        phenomena=["other_occupation_price", "tracking_params"])

    # ---------------------------------------------------------------- guide article
    body = f"""<div class="main"><div class="ct">
<h1 style="font-size:24px">2025年人工智能训练师报考指南：等级、条件、费用一文看懂</h1>
<p style="color:#888">编辑：博学优才教研组　2025-07-08　阅读 12,406</p>
<p>人工智能训练师（4-04-05-05）是人社部、市场监管总局、国家统计局2020年发布的新职业。很多文章说它是“人社部认证的新职业”，严格说人社部是发布职业和标准，证书则由经备案的评价机构颁发。</p>
<h3>一、五个等级</h3><p>五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。国家职业技能标准由人社部、工信部联合颁布，阿里巴巴等单位参与起草。</p>
<h3>二、申报条件</h3><p>五级需从事相关工作1年；四级需五级证书后4年；三级需四级证书后5年（大专相关专业可缩短为2年）；二级需三级证书后4年；一级需二级证书后4年。</p>
<h3>三、费用大概多少？</h3><p>认定费各地在300―1000元之间；培训费由市场定价，北京地区四级通常在1500―3000元。网上有人报价“技师9800包过”“免考直接拿证”，这些都不可信。</p>
<h3>四、怎么辨别评价机构</h3><p>登录 <a href="https://pjjg.osta.org.cn/">pjjg.osta.org.cn</a> 查询机构是否备案、备案职业是否包含人工智能训练师、等级范围是多少。名字相近的机构要特别留意，例如“评价有限公司”与“鉴定中心”可能是两家单位。</p>
<h3>五、补贴</h3><p>参保职工取得五级、四级、三级证书后，可按规定申领1000/1500/2000元技能提升补贴，二级、一级没有此项补贴。</p>
<p style="color:#888">（本文为报考知识科普，课程咨询请另行联系课程顾问。）</p>
</div>{side()}</div>"""
    add("/bjpx/news/2025-ai-xunlianshi-baokao.html", page(f"2025年人工智能训练师报考指南-{BR}", body), page_type="article",
        note="guide article on the school site: levels, conditions, fee ranges, quotes 9800包过/免考 as untrustworthy; sells nothing itself",
        phenomena=["boilerplate_body", "standard_body", "negated_claim", "warning", "reported_claim", "subsidy_amount", "level_names"])
