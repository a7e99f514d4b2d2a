"""SkillBridge Academy: an international English e-learning site."""
import json

from util import add, page, offer, iss, cookie_banner, ga, lorem_para

CSS = """<style>
:root{--brand:#5b3cc4}body{margin:0;font:16px/1.6 Inter,Helvetica,Arial,sans-serif;color:#1f2330}
.nav{display:flex;align-items:center;gap:22px;padding:14px 32px;border-bottom:1px solid #eee}
.nav .logo{font-weight:800;color:var(--brand);text-decoration:none;font-size:20px}.nav a{color:#333;text-decoration:none}
main{max-width:980px;margin:30px auto;padding:0 20px}.card{border:1px solid #e6e6ef;border-radius:10px;padding:18px;margin:14px 0}
.price{font-size:28px;font-weight:700;color:var(--brand)}.badge{background:#ffe9a8;border-radius:4px;padding:2px 8px;font-size:12px}
.foot{background:#14122b;color:#9a98b8;padding:28px 32px;font-size:13px}.foot a{color:#c9c7e6;margin-right:14px}
table.t{border-collapse:collapse;width:100%}.t td,.t th{border-bottom:1px solid #eee;padding:8px;text-align:left}
</style>"""


def chrome(title, body, canonical=None, head="", desc=""):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title><meta name="description" content="{desc}">{can}
{head}{CSS}{ga("G-SKB2026EDU")}</head>
<body>
<div class="nav"><a class="logo" href="/en/index.html">SkillBridge</a><a href="/en/courses/">Courses</a>
<a href="/en/courses/?category=china-vocational">China Vocational</a><a href="/en/faq.html">FAQ</a>
<a href="/en/index.html#login">Log in</a><a href="/index.html">AsiaSkills Hub</a></div>
<main>{body}</main>
<div class="foot"><p>SkillBridge Learning Pte. Ltd. · 71 Ayer Rajah Crescent, Singapore 139951 · support@skillbridge-learning.sg</p>
<p><a href="/en/faq.html">Help centre</a><a href="/en/faq.html#refunds">Refunds</a><a href="/en/faq.html#privacy">Privacy</a>
<a href="https://www.linkedin.com/company/skillbridge-learning" rel="nofollow">LinkedIn</a></p>
<p>SkillBridge is a training platform. Certificates of the People's Republic of China vocational skill system are issued by filed evaluation organisations, not by SkillBridge.</p></div>
{cookie_banner()}
</body></html>"""


L4_BODY = """<p class="badge">China Vocational Skills · Blended</p>
<h1>AI Trainer — Level 4 (Intermediate Worker) Certificate Course</h1>
<p>The AI Trainer (人工智能训练师, code 4-04-05-05) is one of the new occupations published in 2020.
This 50-hour course prepares you for the Level 4 skill assessment.</p>
<div class="card">
<p class="price">CNY 1,980</p>
<p>Pay CNY 1,980 upfront, or choose 6 monthly instalments of CNY 349 (CNY 2,094 in total).</p>
<table class="t">
<tr><th>Level</th><td>Level 4 / Intermediate Worker (四级/中级工)</td></tr>
<tr><th>Assessment</th><td>Theory exam (computer-based) and practical skills test, pass mark 60/100 each.
The assessment is organised by Shanghai Shenzhi Skills Talent Evaluation Co., Ltd. (上海申智技能人才评价有限公司), a filed evaluation organisation, at its Pudong test centre.</td></tr>
<tr><th>Eligibility</th><td>Level 5 certificate plus 4 years in the occupation, or 6 years' relevant work, or a relevant vocational-school diploma.</td></tr>
<tr><th>Duration</th><td>8 weeks, 50 standard hours</td></tr>
</table>
<p><a href="/en/courses/ai-trainer-level-4.html?tab=enrol#enrol">Enrol now</a></p>
</div>
<h2>What you will learn</h2>
<ul><li>Data collection and cleaning workflows</li><li>Annotation specifications and quality checks</li>
<li>Operating and monitoring intelligent systems</li></ul>
<p>Results are decided by the evaluation organisation; SkillBridge cannot guarantee a pass.</p>"""


def build():
    body = """<h1>Learn skills that employers in Asia are hiring for</h1>
<p>Over 120,000 learners in 40 countries. Live cohorts, recorded lessons, and exam-prep for China's vocational skill certificates.</p>
<div class="card"><h3>Trending: AI Trainer certificates</h3><ul>
<li><a href="/en/courses/ai-trainer-level-4.html?utm_source=home&amp;utm_medium=hero">AI Trainer Level 4 — from CNY 1,980</a></li>
<li><a href="/en/courses/ai-trainer-level-4.html?ref=homepage_banner&amp;sessionid=9f8e7d6c5b">AI Trainer Level 4 (spring cohort)</a></li>
<li><a href="/en/courses/ai-trainer-level-3-weekend.html?utm_source=home">AI Trainer Level 3 weekend cohort</a></li>
<li><a href="/en/courses/data-annotation-bootcamp.html#syllabus">Data Annotation Bootcamp</a></li>
<li><a href="/en/app/ai-trainer-bundle.html?src=home">Level 5–3 Career Bundle (app)</a></li>
<li><a href="/en/courses/ai-trainer-level-2-fasttrack.html?gclid=Cj0KCQiA4fake">Partner course: Level 2 Fast Track</a></li></ul></div>
<div class="card"><h3>Also popular</h3><p><a href="/en/courses/python-for-ml.html">Python for Machine Learning</a></p></div>
<p id="login"><a href="/en/index.html?login=1">Log in</a> · <a href="/en/m/ai-trainer-level-4.html">Mobile site</a></p>"""
    add("/en/index.html", chrome("SkillBridge — Online courses for careers in Asia", body, canonical="/en/index.html"),
        page("other", "e-learning home; course links carry utm/ref/session/gclid variants", ["tracking_params"]))

    rows = [
        ("/en/courses/ai-trainer-level-4.html?src=catalog", "AI Trainer — Level 4 (Intermediate Worker)", "CNY 1,980 · or 6 × CNY 349", "Assessed by a filed evaluation organisation in Shanghai"),
        ("/en/courses/ai-trainer-level-3-weekend.html?src=catalog", "AI Trainer — Level 3 Weekend Cohort", "CNY 2,880 (was CNY 3,600)", "Xiamen assessment centre"),
        ("/en/courses/data-annotation-bootcamp.html?src=catalog", "Data Annotation Bootcamp (Level 5/4)", "from ¥980 per person in groups", "Employer-run assessment"),
        ("/en/courses/ai-trainer-level-2-fasttrack.html?src=catalog", "Partner: AI Trainer Level 2 Fast Track", "12 × RMB 1,180", "\u201c100% pass guarantee\u201d, \u201cno exam required\u201d (partner copy)"),
        ("/en/app/ai-trainer-bundle.html?src=catalog", "Career Bundle: Level 5 → Level 3", "CNY 4,580", "App-only checkout"),
        ("/en/courses/python-for-ml.html?src=catalog", "Python for Machine Learning", "USD 299", "Self-paced"),
    ]
    lis = "\n".join(f'<div class="card"><a href="{u}"><b>{t}</b></a><br><span class="price" style="font-size:18px">{p}</span><br><small>{d}</small></div>'
                    for u, t, p, d in rows)
    body = f"""<h1>Course catalogue</h1>
<p>Showing 6 of 6 courses · Category: <a href="/en/courses/?category=china-vocational&amp;sort=popular">China Vocational</a> ·
Sort: <a href="/en/courses/?sort=price_asc">Price ↑</a> <a href="/en/courses/?sort=new">Newest</a></p>
{lis}
<p>Prices in CNY are charged in CNY; USD prices are charged in USD.</p>"""
    add("/en/courses/index.html", chrome("Course catalogue | SkillBridge", body, canonical="/en/courses/"),
        page("offer_list", "catalogue of six programmes with prices and a partner snippet quoting pass-guarantee/no-exam",
             ["list_page", "tracking_params", "other_occupation_price", "reported_claim"]))

    og = """<meta property="og:title" content="AI Trainer Level 4 Certificate Course"><meta property="og:type" content="product">
<meta property="product:price:amount" content="1980"><meta property="product:price:currency" content="CNY">"""
    add("/en/courses/ai-trainer-level-4.html",
        chrome("AI Trainer Level 4 Certificate Course | SkillBridge", L4_BODY + lorem_para("the Level 4 assessment", 4),
               canonical="/en/courses/ai-trainer-level-4.html", head=og),
        offer("honest English course; issuer in English with Chinese in brackets; upfront price and an instalment plan with its total",
              [iss("Shanghai Shenzhi Skills Talent Evaluation Co., Ltd.", "recognized", "AG05",
                   alt=["上海申智技能人才评价有限公司"])],
              [4], (1980, 2094), [], fee_alt=[(1980, 1980)],
              phenomena=["english_issuer", "honest_offer", "instalment", "open_graph", "canonical_ok",
                         "tracking_params", "long_issuer_span", "negated_claim", "level_names"]))

    mob = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>AI Trainer Level 4 | SkillBridge mobile</title><link rel="canonical" href="/en/courses/ai-trainer-level-4.html">
<style>body{{font:15px/1.5 sans-serif;margin:0}}header{{background:#5b3cc4;color:#fff;padding:10px}}section{{padding:12px}}</style></head>
<body><header><a style="color:#fff" href="/en/index.html">☰ SkillBridge</a></header><section>{L4_BODY}</section>
<section><p>Download the SkillBridge app for offline lessons.</p><p><a href="/en/courses/">All courses</a> · <a href="/en/faq.html">Help</a></p>
<p>SkillBridge Learning Pte. Ltd. · support@skillbridge-learning.sg</p></section></body></html>"""
    add("/en/m/ai-trainer-level-4.html", mob,
        page("offer", "mobile mirror of the Level 4 course (same offer; counted at the desktop path)",
             ["mirror", "canonical_ok", "english_issuer"], duplicate_of="/en/courses/ai-trainer-level-4.html"))

    body = """<p class="badge">Partner course</p>
<h1>AI Trainer Level 2 (Technician) &amp; Level 1 (Senior Technician) — Fast Track</h1>
<p><b>No exam required. 100% pass guarantee. No work experience needed.</b></p>
<p>Get your certificate directly in 30 days. Your certificate is issued by the International AI Certification Board (IACB)
and can be verified online at <a href="/cert-board/verify.html">www.iacb-verify.org</a>.</p>
<div class="card"><p class="price">12 monthly payments of RMB 1,180</p>
<p>Choose Level 2 (Technician) or Level 1 (Senior Technician) — same price. Use your certificate for hukou points in Shanghai, Shenzhen and Hangzhou and for talent subsidies.</p>
<p><a href="https://wa.me/8613912345678" rel="nofollow">Chat with an adviser</a></p></div>
<p><small>Partner content. Offered by IACB Education Services Ltd. SkillBridge receives a referral commission.</small></p>"""
    add("/en/courses/ai-trainer-level-2-fasttrack.html",
        chrome("AI Trainer Level 2 & Level 1 Fast Track — No Exam | SkillBridge", body + lorem_para("the technician levels", 3),
               canonical="/en/courses/ai-trainer-level-2-fasttrack.html"),
        offer("English scam partner page: made-up IACB issuer, no exam, 100% pass guarantee, level 2/1 without experience, hukou points, instalments only (12 x 1,180)",
              [iss("International AI Certification Board", "unrecognized", None, alt=["IACB"])],
              [2, 1], (14160, 14160),
              ["UNRECOGNIZED_ISSUER", "NO_EXAM", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT",
               "UNOFFICIAL_VERIFICATION_SITE", "BENEFIT_BAIT", "EXCESSIVE_FEE"],
              phenomena=["english_issuer", "scam_offer", "instalment", "level_names", "unofficial_query_site"]))

    body = """<p class="badge">Weekend cohort · Xiamen</p>
<h1>AI Trainer — Level 3 (Senior Worker) Weekend Cohort</h1>
<div class="card"><p><s>CNY 3,600</s> <span class="price">CNY 2,880</span> <span class="badge">Early bird</span></p>
<p>Assessment by Xiamen Ludao Digital Skills Evaluation Co., Ltd. at its Siming test centre (theory + practical).</p>
<p>Eligibility: a Level 4 AI Trainer certificate and 5 years in the occupation (or as specified in the national standard).</p>
<p>Graduates in our 2025 cohort reported starting salaries of CNY 9,000–14,000 a month.</p></div>"""
    add("/en/courses/ai-trainer-level-3-weekend.html",
        chrome("AI Trainer Level 3 Weekend Cohort | SkillBridge", body + lorem_para("the Level 3 assessment", 3),
               canonical="/en/courses/ai-trainer-level-3-weekend.html"),
        offer("English course whose assessor (Xiamen Ludao) is suspended in the registry; struck price; salary figure is not a fee",
              [iss("Xiamen Ludao Digital Skills Evaluation Co., Ltd.", "recognized", "AG09",
                   status_alt=["unrecognized"])],
              [3], (2880, 2880), ["ISSUER_LAPSED"],
              phenomena=["english_issuer", "struck_price", "salary", "scam_offer", "level_names"]))

    body = """<h1>Data Annotation Bootcamp — Data Annotator (Level 5 / Level 4)</h1>
<p>Data Annotator is a work type (工种) of the AI Trainer occupation. This bootcamp prepares you for the employer-run skill assessment of
Hangzhou Yunqi Data Annotation Technology Co., Ltd., which issues the skill-level certificate to those who pass.</p>
<h2 id="syllabus">Fees</h2>
<table class="t"><tr><th>Track</th><th>Single</th><th>Group of 3+ (per person)</th></tr>
<tr><td>Junior Worker (Level 5)</td><td>¥1,280</td><td>¥980</td></tr>
<tr><td>Intermediate Worker (Level 4)</td><td>¥1,680</td><td>—</td></tr></table>
<p>Level 4 requires a Level 5 certificate and 4 years' annotation work, or 6 years' related work.</p>"""
    add("/en/courses/data-annotation-bootcamp.html",
        chrome("Data Annotation Bootcamp | SkillBridge", body + lorem_para("annotation work", 4),
               canonical="/en/courses/data-annotation-bootcamp.html"),
        offer("honest data-annotator course; employer evaluator in English; single and group prices",
              [iss("Hangzhou Yunqi Data Annotation Technology Co., Ltd.", "recognized", "AG11")],
              [5, 4], (980, 1680), [],
              phenomena=["english_issuer", "honest_offer", "group_price", "level_table", "level_names", "role_issuer"]))

    body = """<h1>Python for Machine Learning</h1><p class="price">USD 299</p>
<p>Self-paced, 40 hours, certificate of completion from SkillBridge. Learners in China pay CNY 2,150.</p>
<p>Not related to the China vocational skill certificates. See also: <a href="/en/courses/ai-trainer-level-4.html?utm_source=crosssell">AI Trainer Level 4</a>.</p>"""
    add("/en/courses/python-for-ml.html", chrome("Python for Machine Learning | SkillBridge", body + lorem_para("Python", 5),
                                                 canonical="/en/courses/python-for-ml.html"),
        page("other", "unrelated Python course with USD/CNY price", ["other_occupation_price", "tracking_params"]))

    body = """<h1>Help centre — China vocational certificates</h1>
<h3>Do you guarantee a pass?</h3><p>No. We do not guarantee a pass. Assessments are run by independent evaluation organisations.
Be wary of anyone offering a "100% pass guarantee" or "guaranteed pass".</p>
<h3>Is there a "no exam" option?</h3><p>No. Every level requires a theory exam and a practical test. Offers to "get your certificate directly" with "no exam required" are not legitimate.</p>
<h3>Is the certificate government-issued?</h3><p>No. Since the 2019–2020 reform, skill-level certificates are issued by filed employers and social evaluation organisations. The AI Trainer certificate is not a national vocational qualification.</p>
<h3>Will it give me hukou points?</h3><p>Some cities count skill levels in points schemes, with strict conditions. We do not sell courses on that basis.</p>
<h3 id="refunds">Refunds</h3><p>Full refund within 14 days if you have completed less than 20% of the lessons.</p>
<h3 id="privacy">Privacy</h3><p>We process your data under the Singapore PDPA.</p>"""
    add("/en/faq.html", chrome("Help centre | SkillBridge", body, canonical="/en/faq.html"),
        page("article", "English FAQ denying pass guarantees, no-exam, government issuance and hukou claims",
             ["negated_claim", "warning"]))

    state = {"props": {"pageProps": {"course": {
        "id": "bundle-l5-l3", "title": "AI Trainer Career Bundle: Level 5 → Level 3",
        "levels": ["Level 5 (Junior Worker)", "Level 4 (Intermediate Worker)", "Level 3 (Senior Worker)"],
        "assessor": "Nanjing Jinling Digital Intelligence Vocational Skills Evaluation Co., Ltd.",
        "assessorRole": "Skill assessment and certificate issuance",
        "priceFen": 458000, "currency": "CNY",
        "promise": "100% pass guarantee or free resit",
        "schedule": "Each level is assessed separately; Level 4 and Level 3 require the work years set by the national standard.",
        "cta": {"label": "Buy in app", "deeplink": "skillbridge://course/bundle-l5-l3"}}},
        "__N_SSG": True, "i18n": {k: k.replace("_", " ").capitalize() for k in [
            "add_to_cart", "buy_now", "share_course", "learners_enrolled", "rating_out_of_five",
            "syllabus_overview", "refund_policy_14_days", "contact_adviser", "download_app",
            "cohort_starts_soon", "limited_seats", "ask_a_question", "terms_of_service",
            "privacy_policy", "cookie_settings", "language_english", "language_chinese",
            "payment_methods_alipay_wechat_card", "invoice_available", "certificate_info",
            "assessment_format", "theory_and_practical", "your_progress", "continue_learning"]}}, "page": "/app/[slug]", "query": {"slug": "ai-trainer-bundle"},
        "buildId": "k3Jx9Qw2mN7", "isFallback": False, "gsp": True, "scriptLoader": []}
    body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>SkillBridge App</title><link rel="preload" href="/_next/static/chunks/main-5d8f1a.js" as="script"></head>
<body><div id="__next"></div>
<noscript>You need to enable JavaScript to run this app. <a href="/en/courses/">Browse the course catalogue</a>.</noscript>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>
<script src="/_next/static/chunks/webpack-2b7c1f.js" defer></script><script src="/_next/static/chunks/main-5d8f1a.js" defer></script>
<script src="/_next/static/chunks/pages/_app-77a0c3.js" defer></script>
<!-- build k3Jx9Qw2mN7 · region sg-1 --></body></html>"""
    add("/en/app/ai-trainer-bundle.html", body,
        offer("app shell: the offer lives only in __NEXT_DATA__ (recognized Nanjing assessor, levels 5-3, price in fen 458000, 100% pass guarantee)",
              [iss("Nanjing Jinling Digital Intelligence Vocational Skills Evaluation Co., Ltd.", "recognized", "AG14")],
              [5, 4, 3], (4580, 4580), ["GUARANTEED_PASS"],
              phenomena=["app_state", "noscript", "price_in_fen", "english_issuer", "level_names"]))
