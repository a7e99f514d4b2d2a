"""Hong Kong training academy (traditional Chinese + English)."""
from util import add, page, offer, iss, cookie_banner, ga

HEAD_CSS = """<style>
body{font-family:"Microsoft JhengHei","PingFang HK",Arial,sans-serif;margin:0;color:#222;background:#f6f7f9}
.top{background:#0b3d6b;color:#fff;padding:6px 24px;font-size:13px}.top a{color:#cfe3ff;margin-left:12px}
header.main{background:#fff;padding:14px 24px;border-bottom:3px solid #e0a100;display:flex;justify-content:space-between}
nav.menu a{margin:0 10px;color:#0b3d6b;text-decoration:none;font-weight:600}
.wrap{max-width:1080px;margin:20px auto;background:#fff;padding:24px;display:flex;gap:24px}
.content{flex:3}.side{flex:1;font-size:14px;border-left:1px solid #eee;padding-left:16px}
table.facts{border-collapse:collapse;width:100%}table.facts td,table.facts th{border:1px solid #d5d9e0;padding:8px;vertical-align:top}
.notice{background:#fff8e1;border-left:4px solid #e0a100;padding:10px 14px;margin:16px 0}
footer{background:#1d2a36;color:#aab4bf;font-size:12px;padding:18px 24px}footer a{color:#cfd8e3}
</style>"""


def chrome(title, body, canonical=None, extra_head="", lang="zh-Hant-HK", side=None):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    side = side if side is not None else SIDE
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{can}
<link rel="alternate" hreflang="en-HK" href="/hk/index.html?lang=en">
{extra_head}
{HEAD_CSS}
{ga("G-HK4EXC0PRO")}
</head>
<body>
<div class="top">卓越專業進修學院 Excel Pro Academy｜查詢熱線 Enquiry: +852 2388 6612｜WhatsApp +852 6193 4408
<a href="/hk/index.html?lang=en">English</a><a href="/hk/index.html">繁體</a><a href="/index.html">AsiaSkills 入口</a></div>
<header class="main"><a href="/hk/index.html"><img src="/hk/img/logo.png" alt="卓越專業進修學院 Excel Pro Academy" width="180" height="40"></a>
<nav class="menu"><a href="/hk/index.html">首頁 Home</a><a href="/hk/courses/">課程 Courses</a><a href="/hk/faq.html">常見問題 FAQ</a><a href="mailto:info@excelpro-academy.hk">聯絡 Contact</a></nav></header>
<div class="wrap"><div class="content">
{body}
</div>
<aside class="side">{side}</aside></div>
<footer>© 2026 卓越專業進修學院有限公司 Excel Pro Academy Ltd.｜香港九龍旺角彌敦道 688 號 12 樓 1203 室｜本院為私營培訓機構，非考評或發證機構。<br>
<a href="/hk/faq.html#privacy">私隱政策 Privacy</a> · <a href="/hk/faq.html#terms">條款 Terms</a> · <a href="https://www.facebook.com/excelpro.academy.hk" rel="nofollow">Facebook</a></footer>
{cookie_banner("本網站使用 Cookies 以改善瀏覽體驗。This site uses cookies.", "同意 Accept", "/hk/faq.html#privacy")}
</body></html>"""


SIDE = """<h4>熱門課程 Popular</h4><ul>
<li><a href="/hk/courses/ai-trainer-l3.html?src=side">人工智能訓練師（三級）</a></li>
<li><a href="/hk/courses/data-annotator-cert.html?src=side">數據標註員（五級）</a></li>
<li><a href="/hk/courses/cpa-bridging.html?src=side">會計師銜接課程</a></li></ul>
<h4>開課日期 Intakes</h4><p>2026年4月、6月、9月（週末班）</p>
<p><a href="https://wa.me/85261934408" rel="nofollow">WhatsApp 查詢</a></p>"""


def build():
    # ---------------------------------------------------------------- home
    body = """<h1>卓越專業進修學院 · 內地職業技能課程</h1>
<p>本院自 2011 年起為香港及大灣區在職人士提供內地職業技能等級培訓。我們的角色是<strong>培訓機構</strong>：課程完成後，學員按國家職業技能標準報名，由已備案的第三方評價機構考核及頒發證書。</p>
<p>Excel Pro Academy has offered Mainland vocational skill training to working adults in Hong Kong and the Greater Bay Area since 2011. We train; accredited third-party evaluation organisations assess and issue certificates.</p>
<h2>2026 年課程 Programmes</h2>
<ul>
<li><a href="/hk/courses/ai-trainer-l3.html">人工智能訓練師（三級／高級工）AI Trainer Level 3</a> — 週末面授＋網上實操</li>
<li><a href="/hk/courses/ai-trainer-l3.html?utm_source=fb&amp;utm_medium=cpc&amp;utm_campaign=spring26">人工智能訓練師春季班（Facebook 優惠）</a></li>
<li><a href="/hk/courses/data-annotator-cert.html">數據標註員（五級）Data Annotator Level 5</a></li>
<li><a href="/hk/courses/ai-trainer-senior.html">技師／高級技師進階班 Technician / Senior Technician</a></li>
<li><a href="/hk/courses/cpa-bridging.html">會計專業銜接課程 Accounting bridging</a></li>
</ul>
<div class="notice">提提你：坊間有機構以「免試」「包過」「人社部直接頒發」招生，請小心。詳見 <a href="/hk/faq.html">常見問題</a>。</div>
<h2>為何選擇我們 Why us</h2>
<p>導師均具內地相關行業經驗；所有課程列明評價機構名稱、考核方式及費用，絕無隱藏收費。</p>
<p>All programme pages state the assessing body, the assessment format and the full fee.</p>"""
    add("/hk/index.html", chrome("卓越專業進修學院 Excel Pro Academy｜內地職業技能課程", body,
                                 canonical="/hk/index.html"),
        page("other", "HK academy home (traditional + English); links course pages under utm variants",
             ["traditional_script", "tracking_params"]))

    # ---------------------------------------------------------------- course list
    body = """<h1>課程一覽 All Programmes</h1>
<p>共 6 個課程 · 6 programmes · 排序：<a href="/hk/courses/?tab=latest">最新</a> | <a href="/hk/courses/?tab=price">價錢</a></p>
<table class="facts"><tr><th>課程 Programme</th><th>等級 Level</th><th>學費 Fee</th><th>摘要</th></tr>
<tr><td><a href="/hk/courses/ai-trainer-l3.html?from=list">人工智能訓練師 AI Trainer</a></td><td>三級 Level 3</td><td>人民幣 3,280</td><td>深圳前海考點，理論＋實操考核</td></tr>
<tr><td><a href="/hk/courses/ai-trainer-senior.html?from=list">人工智能訓練師進階班</a></td><td>二級／一級</td><td>¥9,800 起</td><td>「免試・包過・人社部頒發」（合作機構招生文案）</td></tr>
<tr><td><a href="/hk/courses/data-annotator-cert.html?from=list">數據標註員 Data Annotator</a></td><td>五級 Level 5</td><td>¥1,280</td><td>企業自主評價，網上實操</td></tr>
<tr><td><a href="/hk/courses/cpa-bridging.html?from=list">會計專業銜接 Accounting Bridging</a></td><td>—</td><td>HK$18,800</td><td>與內地會計師考試接軌</td></tr>
<tr><td>Python 數據分析 Python for Data Analysis</td><td>—</td><td>HK$4,200</td><td>已滿額 Full</td></tr>
<tr><td>普通話（職場）Workplace Putonghua</td><td>—</td><td>HK$2,600</td><td>晚間班</td></tr>
</table>
<p class="notice">價錢以人民幣計算之課程，港幣金額只供參考，以報名當日匯率為準。</p>"""
    add("/hk/courses/index.html", chrome("課程一覽 All Programmes｜卓越專業進修學院", body,
                                         canonical="/hk/courses/"),
        page("offer_list", "course directory with price snippets incl. a scam snippet quoting 免試/包過",
             ["list_page", "traditional_script", "tracking_params", "other_occupation_price"]))

    # ---------------------------------------------------------------- honest L3
    jsonld = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course",
"name":"人工智能訓練師（三級／高級工）證書課程 AI Trainer Level 3","provider":{"@type":"Organization","name":"Excel Pro Academy 卓越專業進修學院"},
"offers":{"@type":"Offer","price":"3280","priceCurrency":"CNY","availability":"https://schema.org/InStock"},
"hasCourseInstance":{"@type":"CourseInstance","courseMode":"blended","startDate":"2026-04-11"}}</script>
<meta property="og:title" content="人工智能訓練師（三級）AI Trainer Level 3 | Excel Pro Academy">
<meta property="og:type" content="product"><meta property="og:url" content="/hk/courses/ai-trainer-l3.html">
<meta property="og:description" content="三級／高級工 · 人民幣 3,280 · 深圳前海數字技能評價有限公司考核">"""
    l3 = """<h1>人工智能訓練師（三級／高級工）證書課程<br><small>AI Trainer (Level 3 / Senior Worker) Certificate Programme</small></h1>
<p>人工智能訓練師（職業編碼 4-04-05-05）為國家新職業，工種包括數據標註員及人工智能算法測試員。本課程按《人工智能訓練師國家職業技能標準（2021年版）》編排，該標準由人力資源和社會保障部、工業和信息化部聯合頒布。</p>
<p>The AI Trainer occupation (code 4-04-05-05) follows the national skill standard (2021 edition) published by the Ministry of Human Resources and Social Security and the Ministry of Industry and Information Technology.</p>
<table class="facts">
<tr><th>等級 Level</th><td>三級／高級工 Level 3 (Senior Worker)</td></tr>
<tr><th>評價機構 Assessing body</th><td>深圳前海數字技能評價有限公司<br>Shenzhen Qianhai Digital Skills Assessment Co., Ltd.</td></tr>
<tr><th>考核方式 Assessment</th><td>理論知識考試（90分鐘）＋ 技能操作考核（120分鐘），各 60 分合格；於深圳前海考點現場進行。<br>Written theory exam and practical skills test at the Qianhai test centre, pass mark 60/100 each.</td></tr>
<tr><th>學費 Fee</th><td><strong>人民幣 3,280 元</strong>（約港幣 3,580，只供參考）<br>RMB 3,280 (approx. HK$3,580 for reference), assessment fee included.</td></tr>
<tr><th>報名條件 Eligibility</th><td>取得本職業四級證書後累計從事本職業工作滿 5 年；或持四級證書並具高級技工學校畢業證書等（詳見標準）。<br>Holders of the Level 4 certificate with 5 years' relevant work, or as set out in the standard.</td></tr>
<tr><th>上課 Schedule</th><td>2026年4月11日起，逢星期六 10:00–17:00，共 8 節；另網上實操 20 小時</td></tr>
</table>
<div class="notice"><strong>重要聲明 Important:</strong> 本院為培訓機構，並非評價或發證機構。本課程<strong>不設「包過」承諾</strong>，考核結果由評價機構決定。證書資料可於人社部職業技能鑑定中心官方網站
<a href="http://www.osta.org.cn/" rel="nofollow">www.osta.org.cn</a> 查詢。<br>
We do not offer any pass guarantee. Results are decided by the assessing body.</div>
<h2>課程內容 Syllabus</h2>
<ol><li>業務分析與數據處理規範</li><li>智能訓練：標註質量控制、模型測試</li><li>智能系統設計基礎</li><li>培訓與指導</li></ol>
<p><a href="/hk/print/ai-trainer-l3.html">列印版本 Print view</a> · <a href="https://wa.me/85261934408?text=AI%20Trainer%20L3" rel="nofollow">WhatsApp 報名</a> · <a href="tel:+85223886612">致電 Call</a></p>"""
    add("/hk/courses/ai-trainer-l3.html",
        chrome("人工智能訓練師（三級）證書課程 AI Trainer Level 3｜Excel Pro Academy", l3,
               canonical="/hk/courses/ai-trainer-l3.html", extra_head=jsonld),
        offer("honest bilingual HK course: recognized Qianhai assessor named in both scripts; HK$ figure is only a conversion; says no pass guarantee",
              [iss("深圳前海數字技能評價有限公司", "recognized", "AG03",
                   alt=["Shenzhen Qianhai Digital Skills Assessment Co., Ltd.", "深圳前海数字技能评价有限公司"])],
              [3], (3280, 3280), [],
              phenomena=["traditional_script", "english_issuer", "honest_offer", "canonical_ok",
                         "json_ld", "open_graph", "negated_claim", "standard_body", "role_issuer",
                         "tracking_params"]))

    # ---------------------------------------------------------------- print mirror
    printed = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>列印 Print — 人工智能訓練師（三級）AI Trainer Level 3</title>
<link rel="canonical" href="/hk/courses/ai-trainer-l3.html">
<meta name="robots" content="noindex">
<style>body{font:14px/1.6 serif;margin:30px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:6px}</style>
</head><body onload="window.print&&0">
<p>卓越專業進修學院 Excel Pro Academy · 列印日期 ______ · <a href="/hk/courses/ai-trainer-l3.html">返回網頁版</a></p>
""" + l3.replace('<p><a href="/hk/print/ai-trainer-l3.html">列印版本 Print view</a> · ', "<p>") + """
<hr><p style="font-size:12px">本頁為列印版本，內容與網頁版相同。查詢 +852 2388 6612 · info@excelpro-academy.hk</p>
<p style="font-size:12px">香港九龍旺角彌敦道 688 號 12 樓 1203 室 · 辦公時間 星期一至五 10:00–19:00 · 星期六 10:00–17:00</p>
</body></html>"""
    add("/hk/print/ai-trainer-l3.html", printed,
        page("offer", "print view of the honest L3 course (same offer; counted at the original path)",
             ["mirror", "canonical_ok", "traditional_script"], duplicate_of="/hk/courses/ai-trainer-l3.html"))

    # ---------------------------------------------------------------- scam senior
    head = """<meta name="description" content="人工智能訓練師技師、高級技師，免試直接拿證，包過，人社部頒發，全國聯網可查。">
<meta property="og:title" content="【包過】人工智能訓練師 技師／高級技師 免試直接拿證">
<meta property="og:image" content="/hk/img/cert-sample.jpg">"""
    body = """<h1>【限時】人工智能訓練師 技師／高級技師 速成班<br><small>AI Trainer Technician / Senior Technician — Fast Track</small></h1>
<p style="color:#c00;font-weight:bold">免試直接拿證 · 包過 · 無需工作年資 · 零基礎可報</p>
<p>由合作機構代辦報名，證書由<strong>人力資源和社會保障部頒發</strong>，全國通用，全國聯網可查。</p>
<p>查詢證書真偽：<a href="/verify/index.html?from=hk">國家職業證書查詢平台</a>（www.osta-zscx.com）</p>
<table class="facts">
<tr><th>等級</th><th>學費</th></tr>
<tr><td>二級／技師 Technician</td><td><s>原價 HK$13,800</s>　<strong>人民幣 9,800</strong></td></tr>
<tr><td>一級／高級技師 Senior Technician</td><td><s>原價 HK$16,800</s>　<strong>人民幣 12,800</strong></td></tr>
</table>
<ul>
<li>本人無需到場，資料齊全約 45 個工作天出證</li>
<li>包過，不過全額退款 Pass guaranteed or full refund</li>
<li>持證可申請深圳積分入戶，另可申領大灣區人才補貼</li>
</ul>
<p>名額有限，請即 WhatsApp <a href="https://wa.me/85265550172" rel="nofollow">+852 6555 0172</a>（陳主任）。</p>
<p style="font-size:12px;color:#888">＊本頁由合作機構提供招生資料。</p>"""
    add("/hk/courses/ai-trainer-senior.html",
        chrome("【包過】人工智能訓練師 技師／高級技師 免試直接拿證｜Excel Pro Academy", body,
               canonical="/hk/courses/ai-trainer-l3.html", extra_head=head),
        offer("traditional-script scam: ministry as issuer, 免試/包過, level 2-1 without experience, fake query site; canonical points to the honest L3 page",
              [iss("人力資源和社會保障部", "government", "AG22", alt=["人力资源和社会保障部"])],
              [2, 1], (9800, 12800),
              ["GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE", "NO_EXAM", "GUARANTEED_PASS",
               "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT", "EXCESSIVE_FEE"],
              phenomena=["traditional_script", "scam_offer", "canonical_evasion", "struck_price",
                         "level_names", "unofficial_query_site", "open_graph"]))

    # ---------------------------------------------------------------- data annotator
    body = """<h1>數據標註員（人工智能訓練師工種）五級／初級工</h1>
<p>Data Annotator (a work type of the AI Trainer occupation) — Level 5 / Junior Worker</p>
<p>課程以網上形式進行，共 60 標準學時。完成後由<strong>杭州雲棲數據標註科技有限公司</strong>（企業自主評價機構）安排網上理論考試及遙距實操考核，合格者獲發職業技能等級證書。</p>
<table class="facts">
<tr><th>學費</th><td>¥1,280（約 HK$1,400）含考核費</td></tr>
<tr><th>等級</th><td>五級／初級工</td></tr>
<tr><th>評價機構</th><td>杭州雲棲數據標註科技有限公司</td></tr>
<tr><th>條件</th><td>累計從事相關工作 1 年或以上，或相關學徒期滿</td></tr>
</table>
<h2>補貼資訊</h2>
<p>內地參保學員考取五級證書後，可申請技能提升補貼最高 1,000 元。</p>
<p>申領條件：須在內地連續繳納失業保險滿一年，每人每年最多申領三次，並以當地人社部門審核為準；香港居民一般不符合資格。</p>
<div class="notice">本課程不保證合格。We do not guarantee a pass; learners must sit the online theory test and the remote practical test.</div>
<p><a href="https://wa.me/85261934408?text=DataAnnotator" rel="nofollow">WhatsApp 報名</a></p>"""
    add("/hk/courses/data-annotator-cert.html",
        chrome("數據標註員（五級）Data Annotator Level 5｜卓越專業進修學院", body,
               canonical="/hk/courses/data-annotator-cert.html"),
        offer("honest data-annotator L5 course, employer evaluator in traditional script; subsidy amount then its condition in the next sentence",
              [iss("杭州雲棲數據標註科技有限公司", "recognized", "AG11", alt=["杭州云栖数据标注科技有限公司"])],
              [5], (1280, 1280), [], optional=["BENEFIT_BAIT"],
              phenomena=["traditional_script", "honest_offer", "subsidy_amount",
                         "cross_sentence_condition", "negated_claim", "long_issuer_span"]))

    # ---------------------------------------------------------------- FAQ
    body = """<h1>常見問題 Frequently Asked Questions</h1>
<h3>Q1. 你們的人工智能訓練師課程包過嗎？ Do you guarantee a pass?</h3>
<p>不包過。考核由獨立評價機構進行，本院不能亦不會承諾合格。<br>No. We do not guarantee a pass. Any provider promising a "100% pass guarantee" is breaching Mainland advertising rules.</p>
<h3>Q2. 可以免試直接拿證嗎？ Can I get the certificate without an exam?</h3>
<p>不可以。職業技能等級認定必須參加理論知識考試及技能考核。聲稱「免試」「直接拿證」「本人無需到場」的機構，所發證書極可能無法在官方渠道查詢。<br>No. There is no legitimate "no exam" route.</p>
<h3>Q3. 證書是否由人社部頒發？ Is the certificate issued by the Ministry?</h3>
<p>不是。現行職業技能等級證書由經備案的用人單位或社會培訓評價組織頒發，人社部並不直接頒發。人工智能訓練師亦不屬國家職業資格證書。</p>
<h3>Q4. 如何查詢證書？ How do I verify a certificate?</h3>
<p>只應使用官方渠道，例如 <a href="http://www.osta.org.cn/" rel="nofollow">osta.org.cn</a> 或各省人社廳網站（gov.cn）。請勿相信名稱相近的「查詢平台」，例如 osta-zscx.com、cert-osta.net 等。</p>
<h3>Q5. 證書可以幫助落戶嗎？</h3>
<p>部分城市的積分政策會計算職業技能等級，但須符合工種對應、社保年期等條件；香港居民一般不適用。我們不會以落戶作招生賣點。</p>
<h3 id="privacy">私隱政策 Privacy</h3><p>我們只會把閣下資料用於課程查詢及報名。</p>
<h3 id="terms">條款 Terms</h3><p>學費一經繳付，開課前 14 日取消可退回 80%。</p>"""
    add("/hk/faq.html", chrome("常見問題 FAQ｜卓越專業進修學院", body, canonical="/hk/faq.html"),
        page("article", "bilingual FAQ that denies pass guarantees, no-exam routes and ministry issuance; names fake query domains as warnings",
             ["negated_claim", "warning", "traditional_script", "question_claim"]))

    # ---------------------------------------------------------------- unrelated course
    body = """<h1>會計專業銜接課程 Accounting Professional Bridging Programme</h1>
<p>為持有香港會計專業資格人士而設，協助了解內地會計準則及稅務實務。</p>
<table class="facts"><tr><th>學費 Fee</th><td>HK$18,800（分 3 期：HK$6,800 + HK$6,000 + HK$6,000）</td></tr>
<tr><th>時數</th><td>72 小時</td></tr><tr><th>開課</th><td>2026年5月</td></tr></table>
<p>本課程與人工智能訓練師課程無關。完成後頒發本院修業證書（非內地職業技能等級證書）。</p>"""
    add("/hk/courses/cpa-bridging.html",
        chrome("會計專業銜接課程 Accounting Bridging｜卓越專業進修學院", body,
               canonical="/hk/courses/cpa-bridging.html"),
        page("other", "unrelated accounting course with HK$ price and instalments; sidebar links AI-trainer course",
             ["other_occupation_price", "traditional_script", "instalment"]))
