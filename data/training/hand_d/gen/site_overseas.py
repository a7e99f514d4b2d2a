"""Overseas Chinese community site (traditional), a mainland site's English version, a bilingual GBK page, the portal."""
from util import add, page, offer, iss, ga, baidu_tongji, lorem_para, BROKEN


def van(title, body, nav="classifieds"):
    return f"""<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>{title} - 溫哥華華人生活網 VanHuaren</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{{margin:0;font:14px/1.7 "Microsoft JhengHei",Arial;background:#eef1f4}}.t{{background:#c62828;color:#fff;padding:8px 20px}}
.t a{{color:#fff;margin-right:14px}}.w{{max-width:960px;margin:14px auto;background:#fff;padding:18px}}.post{{border-bottom:1px dashed #ccc;padding:10px 0}}
.meta{{color:#888;font-size:12px}}.rep{{border:1px solid #eee;margin:10px 0;padding:10px}}.rep .u{{color:#1565c0;font-weight:bold}}</style>
{ga("G-VANHUAREN7")}</head><body>
<div class="t"><b>溫哥華華人生活網</b> · <a href="/overseas/classifieds/index.html">分類廣告</a><a href="/overseas/forum/thread-1203.html">論壇</a><a href="/index.html">AsiaSkills</a> <span style="float:right">登入 | 註冊</span></div>
<div class="w">{body}</div>
<div class="w" style="font-size:12px;color:#777">免責聲明：分類廣告由用戶發佈，本網不對內容真偽負責。舉報：report@vanhuaren.example · © 2026 VanHuaren Media Inc., Richmond BC</div>
</body></html>"""


def build():
    body = """<h2>分類廣告 › 教育培訓</h2><p class="meta">共 5 則 · 排序：最新</p>
<div class="post"><a href="/overseas/classifieds/post-58812.html">【回國落戶加分】人工智能訓練師 免試直接拿證 CNY 4,980</a><div class="meta">02-20 · 列治文 · 「國家職業資格證書」</div></div>
<div class="post"><a href="/overseas/classifieds/post-58907.html">人工智能訓練師四級（中級工）網課＋回國考核 ¥2,680</a><div class="meta">02-18 · 本拿比</div></div>
<div class="post"><a href="/overseas/classifieds/post-59015.html">AI Trainer Level 4 / 3 certificate — 6.8k RMB all-in</a><div class="meta">02-25 · 溫哥華</div></div>
<div class="post">鋼琴一對一 RCM 考級 每堂 CAD 60 <div class="meta">02-24 · 素里</div></div>
<div class="post">中醫針灸課程 證書班 CAD 3,200 <div class="meta">02-19 · 列治文</div></div>
<p><a href="/overseas/classifieds/index.html?page=2">下一頁</a> · <a href="/overseas/forum/thread-1377.html">論壇：誰考過人工智能訓練師？</a></p>"""
    add("/overseas/classifieds/index.html", van("分類廣告 教育培訓", body),
        page("offer_list", "overseas classifieds list (traditional) with titles quoting 免試/落戶/prices; unrelated piano and acupuncture ads",
             ["list_page", "traditional_script", "other_occupation_price", "reported_claim"]))

    body = """<h1>【回國落戶加分】人工智能訓練師 高級工 免試直接拿證</h1><p class="meta">發佈：ai_cert_van · 2026-02-20 · 瀏覽 1,382</p>
<p>人在海外，也可以輕鬆考取國內證書！人工智能訓練師（高級工）<b>國家職業資格證書</b>，由中國人工智能職業認證中心頒發，全國聯網可查。</p>
<p>✅ 免試直接拿證，本人無需回國<br>✅ 回國落戶加分、申請人才補貼必備<br>✅ 全程代辦，30 天出證</p>
<p>費用：CNY 4,980（可用加幣支付，約 CAD 940）</p>
<p>微信：aicert_van2026 ｜ 電話：604-555-0188</p>"""
    add("/overseas/classifieds/post-58812.html", van("人工智能訓練師 免試直接拿證", body),
        offer("traditional-script classified: calls it 國家職業資格證書, unrecognized 'centre' issuer, 免試直接拿證, 回國落戶加分; CAD figure is a conversion",
              [iss("中國人工智能職業認證中心", "unrecognized", None, alt=["中国人工智能职业认证中心"])],
              [3], (4980, 4980), ["UNRECOGNIZED_ISSUER", "GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "BENEFIT_BAIT"],
              optional=["EXCESSIVE_FEE"],
              phenomena=["traditional_script", "scam_offer", "level_names", "tracking_params"]))

    body = """<h1>人工智能訓練師四級（中級工）網課＋回國考核 ¥2,680</h1><p class="meta">發佈：jinling_edu · 2026-02-18</p>
<p>適合在溫哥華做數據標註、想回國發展的朋友。網課 6 週（溫哥華時間晚上），考核須本人回國參加。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>評價機構</td><td>南京金陵數智職業技能評價有限公司</td></tr>
<tr><td>等級</td><td>四級／中級工</td></tr>
<tr><td>費用</td><td>¥2,680（含考核費）</td></tr>
<tr><td>考核</td><td>理論知識考試＋技能考核，南京考點現場進行</td></tr>
<tr><td>條件</td><td>持五級證書並從事相關工作 4 年，或累計相關工作 6 年</td></tr></table>
<p>不包過，認真學習就有機會。聯絡：jinling.edu@example.com</p>
<div class="rep"><span class="u">mapleleaf</span>：請問網課有錄播嗎？</div>
<div class="rep"><span class="u">jinling_edu</span>：有的，每堂課都有錄播，可以重溫。另外考核日期每月公佈一次，請留意</div>"""
    add("/overseas/classifieds/post-58907.html", van("人工智能訓練師四級 網課", body),
        offer("honest traditional classified (recognized Nanjing assessor, L4, ¥2,680, 不包過); the HTML is truncated mid-reply",
              [iss("南京金陵數智職業技能評價有限公司", "recognized", "AG14", alt=["南京金陵数智职业技能评价有限公司"])],
              [4], (2680, 2680), [],
              phenomena=["traditional_script", "honest_offer", "broken_page", "negated_claim", "role_issuer"]),
        truncate_at="另外考核日期")

    body = """<h1>AI Trainer Level 4 / 3 certificate — 6.8k RMB all-in</h1><p class="meta">Posted by gz_skills_agent · 2026-02-25</p>
<p>Looking to work in AI back in China? Get the AI Trainer (人工智能訓練師) certificate, Level 4 (Intermediate Worker) or Level 3 (Senior Worker).</p>
<p>Assessment and certificate by Guangzhou Suizhi Vocational Skills Evaluation Centre (廣州穗智職業技能評價中心). Online classes from Vancouver, one trip to Guangzhou for the test.</p>
<p>Price: 6.8k RMB all-in (tuition + assessment + certificate). 價錢：人民幣 6,800 全包。</p>
<p>WeChat: gzskills_ca · Email: gzskills.ca@example.com</p>"""
    add("/overseas/classifieds/post-59015.html", van("AI Trainer Level 4 / 3 certificate", body),
        offer("bilingual classified naming the Guangzhou Suizhi 'Centre' (registry: not scoped for 4-04-05-05; the Co., Ltd. is) — near-duplicate names; price written 6.8k RMB",
              [iss("Guangzhou Suizhi Vocational Skills Evaluation Centre", "recognized", "AG02",
                   alt=["廣州穗智職業技能評價中心", "广州穗智职业技能评价中心"])],
              [4, 3], (6800, 6800), ["ISSUER_OUT_OF_SCOPE"], optional=["EXCESSIVE_FEE"],
              phenomena=["english_issuer", "traditional_script", "scam_offer", "level_names"]))

    body = """<h1>[求助] 國內的人工智能訓練師證書，真係免試？包過？</h1>
<div class="rep"><span class="u">richmond_dad</span>（樓主）：成日喺微信群見到「免試直接拿證」「包過」「人社部頒發」，仲話可以幫小朋友回國落戶加分。真係咁容易？邊度可以查證書？</div>
<div class="rep"><span class="u">datalabeller</span>：#2 正規嘅要考理論同實操，唔存在免試。</div>
<div class="rep"><span class="u">mapleleaf</span>：#3 證書係備案嘅評價機構發，唔係人社部直接發。查詢要用 osta.org.cn，唔好信 osta-zscx.com 嗰啲。</div>
<div class="rep"><span class="u">kitty_bby</span>：#4 我表姐喺深圳考咗四級，培訓加考試大概二千幾人民幣，冇人話包過。</div>
<div class="rep"><span class="u">richmond_dad</span>：#5 明白，多謝各位！</div>"""
    add("/overseas/forum/thread-1203.html", van("國內的人工智能訓練師證書，真係免試？包過？", body, nav="forum"),
        page("qa_forum", "Cantonese forum question (真係免試？包過？) with warning replies; nobody sells",
             ["traditional_script", "question_claim", "reported_claim", "warning", "negated_claim"]))

    replies = [
        ("bc_coder", "#1 樓主：有冇人考過人工智能訓練師？想知道流程同費用。"),
        ("mapleleaf", "#2 我考過四級，南京考點，要回國考，大概二千幾。"),
        ("yvr_mom", "#3 聽講而家好多假證，小心啲。"),
        ("datalabeller", "#4 記住唔好俾錢啲話免試嘅，查證書只用官方網站。"),
        ("bc_coder", "#5 多謝，我再研究下。"),
        ("cert_agent_88", "#6 有需要可以搵我 🙋 三級＋二級套餐 ¥8,800，包過！唔需要工作經驗，零基礎都得。證書由廣東省人社廳頒發，回國求職加分。微信 cert88_gd"),
        ("mapleleaf", "#7 樓上係廣告，大家小心，二級要三級後做滿四年先報得。"),
        ("admin", "#8 已警告 #6，請勿在討論區發廣告。"),
        ("yvr_mom", "#9 +1，呢啲包過嘅多數係呃人。"),
    ]
    body = "<h1>誰考過人工智能訓練師？分享一下</h1>" + "\n".join(
        f'<div class="rep" id="p{i}"><span class="u">{u}</span>：{t}</div>' for i, (u, t) in enumerate(replies, 1))
    add("/overseas/forum/thread-1377.html", van("誰考過人工智能訓練師？", body, nav="forum"),
        offer("forum thread where reply #6 sells a level 3+2 package (¥8,800, 包過, no experience, 廣東省人社廳頒發); other replies warn",
              [iss("廣東省人社廳", "government", "AG24", alt=["广东省人社厅"])],
              [3, 2], (8800, 8800),
              ["GOVERNMENT_ISSUER_CLAIM", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
              phenomena=["reply_offer", "traditional_script", "scam_offer", "warning"]))

    # ------------------------------------------------------------- mainland site, English version
    def gz(title, body):
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Yuexiu Digital Skills School</title>
<link rel="alternate" hreflang="zh-CN" href="/gz-skills/zh/ai-trainer-training.html">
<link rel="alternate" hreflang="en" href="/gz-skills/en/ai-trainer-training.html">
<style>body{{margin:0;font:15px/1.6 Arial,"Microsoft YaHei"}}.top{{background:#1a5fb4;color:#fff;padding:10px 24px}}.top a{{color:#fff;margin-left:12px}}
.box{{max-width:940px;margin:20px auto;padding:0 16px}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccd;padding:8px}}
.foot{{background:#eee;font-size:12px;padding:16px 24px;color:#555}}</style>{baidu_tongji()}</head>
<body><div class="top">Yuexiu Digital Skills School 越秀数字技能学校 <a href="/gz-skills/en/index.html">Home</a><a href="/gz-skills/en/ai-trainer-training.html">AI Trainer</a><a href="/gz-skills/zh/ai-trainer-training.html">中文</a><a href="/index.html">AsiaSkills</a></div>
<div class="box">{body}</div>
<div class="foot">Yuexiu Digital Skills School · No. 88 Dongfeng Middle Road, Yuexiu District, Guangzhou · Tel 020-8333 2716 · 粤ICP备2021088888号-1</div></body></html>"""

    body = """<h1>Welcome to Yuexiu Digital Skills School</h1>
<p>A private vocational training school in Guangzhou, approved by the district human-resources bureau. We train; filed evaluation organisations assess and certify.</p>
<ul><li><a href="/gz-skills/en/ai-trainer-training.html">AI Trainer Levels 5–3 (English information)</a></li>
<li><a href="/gz-skills/zh/ai-trainer-training.html">人工智能训练师培训（中文）</a></li></ul>
<p>News: 2026 spring classes open on 9 March.</p>
<h2>About the school</h2><p>Founded in 2014, the school runs day and evening classes in digital skills, e-commerce operations and office software. Classes are taught in Mandarin; English information pages are provided for international and Hong Kong learners.</p>
<h2>Campus</h2><p>Our campus is a five-minute walk from Dongshankou Metro Station (Lines 1 and 6). Computer labs are open to enrolled learners from 9:00 to 21:30.</p>"""
    add("/gz-skills/en/index.html", gz("Home", body),
        page("other", "English version of a mainland school home; links a Chinese version that returns 404", ["other"]))
    BROKEN.append("/gz-skills/zh/ai-trainer-training.html")

    body = """<h1>AI Trainer (人工智能训练师) Training — Levels 5 to 3</h1>
<p>The AI Trainer is a new occupation recognised by the Ministry of Human Resources and Social Security (人社部认证的新职业). Training follows the national skill standard (2021 edition) jointly issued by MOHRSS and MIIT.</p>
<p>Assessment: 由广州穗智职业技能评价有限公司组织理论知识考试和技能考核，合格者颁发职业技能等级证书。
Guangzhou Suizhi Vocational Skills Evaluation Co., Ltd. organises the theory exam and the skills test and issues the certificate to those who pass.</p>
<table><tr><th>Level</th><th>Fee (RMB)</th><th>Eligibility (summary)</th></tr>
<tr><td>Level 5 · Junior Worker 五级</td><td>1,680</td><td>1 year in a related job, or apprenticeship completed</td></tr>
<tr><td>Level 4 · Intermediate Worker 四级</td><td>2,280</td><td>Level 5 + 4 years, or 6 years</td></tr>
<tr><td>Level 3 · Senior Worker 三级</td><td>2,980</td><td>Level 4 + 5 years, or as per the standard</td></tr></table>
<p>Subsidy: insured workers in Guangdong may apply for a skill-upgrade subsidy of RMB 1,000 / 1,500 / 2,000 (Levels 5 / 4 / 3) after certification. Eligibility is decided by the social-insurance authority.</p>
<p>Contact: 020-8333 2716 · admissions@yuexiu-skills.example</p>"""
    add("/gz-skills/en/ai-trainer-training.html", gz("AI Trainer Training Levels 5-3", body + lorem_para("the AI Trainer levels", 3)),
        offer("honest English page of a mainland school: recognized Guangzhou Suizhi Co., Ltd. in Chinese (long span) and English; 人社部 only as source of the occupation/standard; sober subsidy note",
              [iss("广州穗智职业技能评价有限公司", "recognized", "AG01",
                   alt=["Guangzhou Suizhi Vocational Skills Evaluation Co., Ltd."])],
              [5, 4, 3], (1680, 2980), [], optional=["BENEFIT_BAIT"],
              phenomena=["english_issuer", "honest_offer", "long_issuer_span", "boilerplate_body",
                         "standard_body", "subsidy_amount", "level_table", "level_range", "level_names",
                         "tracking_params"]))
