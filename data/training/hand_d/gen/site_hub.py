"""Course aggregator (edu-hub): home, ranking, search, tag page, four course pages."""
import json

from util import add, page, offer, iss, cookie_banner, ga


def hub(title, body, canonical=None, head=""):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | CourseCompass Asia</title>{can}{head}
<style>body{{margin:0;font:15px/1.55 "Segoe UI",Arial,sans-serif;background:#fafafa;color:#222}}
.h{{background:#fff;border-bottom:1px solid #e3e3e3;padding:12px 26px;display:flex;gap:20px;align-items:center}}
.h b{{color:#00897b;font-size:20px}}.h a{{color:#444;text-decoration:none}}.m{{max-width:1000px;margin:22px auto;padding:0 18px}}
.it{{background:#fff;border:1px solid #e6e6e6;border-radius:6px;padding:14px 18px;margin:10px 0}}.pr{{color:#d84315;font-weight:700}}
.st{{color:#f9a825}}.f{{background:#263238;color:#b0bec5;font-size:12px;padding:24px}}.f a{{color:#cfd8dc}}
table.sku{{border-collapse:collapse}}.sku td,.sku th{{border:1px solid #ddd;padding:8px 12px}}</style>
{ga("G-CCASIA0099")}</head><body>
<div class="h"><b>CourseCompass</b><a href="/edu-hub/index.html">Home</a><a href="/edu-hub/ranking/top-ai-trainer-courses-2026.html">Rankings</a>
<a href="/edu-hub/search.html?q=ai+trainer">Search</a><a href="/edu-hub/tag/hukou-points.html">#hukou-points</a><a href="/index.html">AsiaSkills</a>
<form action="/edu-hub/search.html" style="margin-left:auto"><input name="q" placeholder="Search courses"></form></div>
<div class="m">{body}</div>
<div class="f">CourseCompass Asia compares courses from third-party providers. Listings are supplied by providers; we do not verify every claim.
<a href="/edu-hub/index.html#disclosure">Advertising disclosure</a> · <a href="/edu-hub/index.html#contact">Contact</a></div>
{cookie_banner()}</body></html>"""


def build():
    body = """<h1>Compare AI Trainer certificate courses</h1>
<p>128 courses from 64 providers · updated daily</p>
<div class="it"><a href="/edu-hub/course/10533.html?spm=cc.home.0&amp;q=">Xi'an AI Trainer Level 5–3 (SKU pricing)</a> · <span class="pr">¥1,280–2,680</span> · <span class="st">★4.6</span></div>
<div class="it"><a href="/edu-hub/course/10517.html?spm=cc.home.1">Shanghai AI Trainer Level 3 — "100% pass guarantee"</a> · <span class="pr">¥3,980</span></div>
<div class="it"><a href="/edu-hub/course/10482.html?spm=cc.home.2">Chengdu Digital Careers Bundle (AI Trainer + Data Analyst + PMP prep)</a> · <span class="pr">from CNY 2,380</span></div>
<div class="it"><a href="/edu-hub/course/10561.html?spm=cc.home.3">Dongguan AI Trainer Level 4 evening class</a> · <span class="pr">CNY 1,880</span></div>
<div class="it"><a href="/cert-board/index.html?ref=coursecompass">IACB AI Trainer Certificate — "no exam required"</a> · <span class="pr">CNY 3,980–6,980</span></div>
<p id="disclosure">Some listings are sponsored. <span id="contact">Contact: hello@coursecompass.asia</span></p>"""
    add("/edu-hub/index.html", hub("Compare AI Trainer certificate courses", body, canonical="/edu-hub/index.html"),
        page("offer_list", "aggregator home with snippets quoting prices and promises of several providers",
             ["aggregator", "tracking_params", "reported_claim"]))

    ranks = [
        ("/edu-hub/course/10533.html?src=rank", "Xi'an Chang'an AI Trainer Level 5–3", "¥1,280–2,680", "4.6"),
        ("/en/courses/ai-trainer-level-4.html?utm_source=coursecompass&utm_medium=ranking", "SkillBridge AI Trainer Level 4", "CNY 1,980", "4.5"),
        ("/gz-skills/en/ai-trainer-training.html?src=cc_rank", "Yuexiu Digital Skills School Levels 5–3", "RMB 1,680–2,980", "4.4"),
        ("/hk/courses/ai-trainer-l3.html?src=cc_rank", "Excel Pro Academy (HK) Level 3", "RMB 3,280", "4.3"),
        ("/edu-hub/course/10482.html?src=rank", "Chengdu Digital Careers Bundle", "CNY 2,380+", "4.1"),
        ("/edu-hub/course/10517.html?src=rank", "Shanghai Level 3 pass-guarantee class", "¥3,980", "3.9"),
        ("/bj-ai/course-ai-trainer.html?src=cc_rank", "Beijing Jingshu Levels 4–2 (bilingual)", "CNY 2,680–4,980", "3.9"),
        ("/en/courses/ai-trainer-level-2-fasttrack.html?utm_source=coursecompass", "Level 2 Fast Track (no exam)", "12 × RMB 1,180", "2.1"),
    ]
    rows = "\n".join(f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{t}</a></td><td class="pr">{p}</td><td class="st">★{s}</td></tr>'
                     for i, (u, t, p, s) in enumerate(ranks, 1))
    body = f"""<h1>Top AI Trainer certificate courses 2026</h1>
<p>Our editors ranked 8 programmes by syllabus, assessor transparency, price and learner reviews.</p>
<table class="sku"><tr><th>#</th><th>Course</th><th>Price</th><th>Rating</th></tr>{rows}</table>
<p>Methodology: 40% learner reviews, 30% assessor transparency (is the evaluation organisation named and filed?), 20% price, 10% support.</p>"""
    add("/edu-hub/ranking/top-ai-trainer-courses-2026.html",
        hub("Top AI Trainer courses 2026", body, canonical="/edu-hub/ranking/top-ai-trainer-courses-2026.html"),
        page("offer_list", "ranking of eight programmes across sub-sites, prices in several formats",
             ["aggregator", "tracking_params", "list_page"]))

    body = """<h1>Search results for "ai trainer"</h1><p>6 results · <a href="/edu-hub/search.html?q=ai+trainer&amp;page=2">next ›</a></p>
<div class="it"><a href="/edu-hub/course/10517.html?spm=cc.search.0&amp;q=ai+trainer">Shanghai AI Trainer Level 3</a> — <span class="pr">¥3,980</span> · 100% pass guarantee</div>
<div class="it"><a href="/edu-hub/course/10533.html?spm=cc.search.1&amp;q=ai+trainer">Xi'an AI Trainer Level 5–3</a> — <span class="pr">from ¥1,280</span></div>
<div class="it"><a href="/edu-hub/course/10561.html?spm=cc.search.2&amp;q=ai+trainer">Dongguan AI Trainer Level 4</a> — <span class="pr">CNY 1,880</span></div>
<div class="it"><a href="/edu-hub/course/10482.html?spm=cc.search.3&amp;q=ai+trainer#ai-trainer">Chengdu bundle (AI Trainer part)</a> — <span class="pr">CNY 2,380</span></div>
<div class="it"><a href="/portal/preview/ai-trainer-senior-technician.html">[Sponsored preview] Senior Technician — guaranteed</a> — <span class="pr">RMB 18,800</span></div>
<div class="it"><a href="/overseas/classifieds/index.html?q=ai+trainer">Classifieds: AI trainer in overseas communities</a></div>"""
    add("/edu-hub/search.html", hub('Search: "ai trainer"', body),
        page("offer_list", "search results with spm/q variants; links the robots-disallowed preview",
             ["search_page", "tracking_params", "reported_claim"]))

    body = """<h1>#hukou-points</h1><p>Courses whose providers mention residency (hukou) points or subsidies. Check the conditions with the city authorities.</p>
<div class="it"><a href="/lp/ai-trainer-cert/index.html?utm_source=cc_tag">Senior Technician, "worth 140 hukou points"</a> · <span class="pr">deposit ¥1,000</span></div>
<div class="it"><a href="/news/partner/ai-trainer-advertorial.html?utm_source=cc_tag">Huaxin Career Institute Levels 3–2</a> · <span class="pr">¥3,980–5,980</span></div>
<div class="it"><a href="/overseas/classifieds/post-58812.html?from=cc_tag">回國落戶加分 人工智能訓練師（免試）</a> · <span class="pr">CNY 4,980</span></div>
<div class="it"><a href="/hk/courses/ai-trainer-senior.html?from=cc_tag">技師／高級技師 深圳積分入戶</a> · <span class="pr">¥9,800 起</span></div>"""
    add("/edu-hub/tag/hukou-points.html", hub("#hukou-points", body, canonical="/edu-hub/tag/hukou-points.html"),
        page("offer_list", "tag page listing hukou-point offers with snippets", ["list_page", "tracking_params", "reported_claim", "traditional_script"]))

    # ------------------------------------------------------------- multi course
    ld = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
        {"@type": "Course", "position": 1, "name": "AI Trainer Level 4", "offers": {"@type": "Offer", "price": "2380", "priceCurrency": "CNY"}},
        {"@type": "Course", "position": 2, "name": "Data Analyst (CDA Level I prep)", "offers": {"@type": "Offer", "price": "5800", "priceCurrency": "CNY"}},
        {"@type": "Course", "position": 3, "name": "PMP Exam Prep", "offers": {"@type": "Offer", "price": "4200", "priceCurrency": "CNY"}}]}
    body = """<p><a href="/edu-hub/index.html">Home</a> › Provider: Chengdu Tianfu Digital Careers College</p>
<h1>Digital Careers Bundle — choose one or more programmes</h1>
<div class="it"><h2>1. Data Analyst (CDA Level I prep)</h2><p class="pr">CNY 5,800</p><p>12 weeks, exam fee paid separately to the CDA institute.</p></div>
<div class="it" id="ai-trainer"><h2>2. AI Trainer — Level 4 (Intermediate Worker)</h2><p class="pr">CNY 2,380</p>
<p>Assessment and certificate: Chengdu Jincheng Vocational Skills Evaluation Co., Ltd. (成都锦城职业技能评价有限公司), theory + practical, at its Wuhou test centre.</p>
<p>Eligibility: Level 5 certificate + 4 years, or 6 years' related work.</p></div>
<div class="it"><h2>3. PMP Exam Prep</h2><p class="pr">CNY 4,200</p><p>35 contact hours; PMI exam fee not included.</p></div>
<p>Buy two programmes and save CNY 500. Contact: +86 28 8555 3021.</p>"""
    add("/edu-hub/course/10482.html",
        hub("Digital Careers Bundle (AI Trainer, Data Analyst, PMP)", body, canonical="/edu-hub/course/10482.html",
            head=f'<script type="application/ld+json">{json.dumps(ld)}</script>'),
        offer("multi-course page: only the AI-trainer part is the offer (Chengdu Jincheng, L4, CNY 2,380); other courses' prices are not fees",
              [iss("Chengdu Jincheng Vocational Skills Evaluation Co., Ltd.", "recognized", "AG12",
                   alt=["成都锦城职业技能评价有限公司"])],
              [4], (2380, 2380), [],
              phenomena=["multi_course", "other_occupation_price", "json_ld", "english_issuer", "honest_offer",
                         "canonical_ok", "tracking_params"]))

    body = """<p><a href="/edu-hub/index.html">Home</a> › Shanghai › AI Trainer</p>
<h1>AI Trainer Level 3 (Senior Worker) · 人工智能训练师三级 — Shanghai weekend class</h1>
<div class="it" data-sku="AIT-L3-SH" data-price="398000" data-currency="CNY">
<p>Price: <span class="pr">¥<b>3</b><i>,9</i><i>80</i></span> <small>per learner</small></p>
<p><b>100% pass guarantee</b> — fail and retake free until you pass.</p>
<p>Certificate issued by 上海申智技能人材评价有限公司 after theory and practical assessment.</p>
<p>Requirements: Level 4 certificate and 5 years' relevant work.</p></div>
<p>WeChat: shenzhi_ait · Tel 021-5899 6612</p>"""
    add("/edu-hub/course/10517.html", hub("AI Trainer Level 3 Shanghai weekend class", body, canonical="/edu-hub/course/10517.html"),
        offer("price split over tags and given in fen (data-price=398000); issuer is a lookalike of the Shanghai Shenzhi assessor (人材 for 人才); 100% pass guarantee",
              [iss("上海申智技能人材评价有限公司", "lookalike", None, resembles="AG05", status_alt=["unrecognized"])],
              [3], (3980, 3980), ["LOOKALIKE_ISSUER", "GUARANTEED_PASS"], optional=["UNRECOGNIZED_ISSUER"],
              phenomena=["split_price", "price_in_fen", "scam_offer", "tracking_params", "level_names"]))

    body = """<p><a href="/edu-hub/index.html">Home</a> › Xi'an › AI Trainer</p>
<h1>AI Trainer Levels 5–3 · Xi'an Chang'an programme</h1>
<p>Assessing body: Xi'an Chang'an Digital Intelligence Vocational Skills Evaluation Co., Ltd. (西安长安数智职业技能评价有限公司)</p>
<table class="sku"><tr><th>SKU</th><th>Level</th><th>Price</th><th>Payment</th></tr>
<tr><td>AIT-5</td><td>Level 5 · Junior Worker</td><td>¥1,280</td><td>full</td></tr>
<tr><td>AIT-4</td><td>Level 4 · Intermediate Worker</td><td>¥1,880</td><td>deposit ¥500 + balance ¥1,380</td></tr>
<tr><td>AIT-3</td><td>Level 3 · Senior Worker</td><td>¥2,680</td><td>full</td></tr>
<tr><td>AIT-3-G</td><td>Level 3 · group of 3+</td><td>¥2,280 per person</td><td>full</td></tr></table>
<p>Eligibility follows the national standard; we check your documents before you pay the balance. If you are not eligible, the deposit is refunded.</p>"""
    add("/edu-hub/course/10533.html", hub("AI Trainer Levels 5–3 Xi'an", body, canonical="/edu-hub/course/10533.html"),
        offer("honest SKU table: levels 5-3, deposit + balance, group price; refund only on failed eligibility check",
              [iss("Xi'an Chang'an Digital Intelligence Vocational Skills Evaluation Co., Ltd.", "recognized", "AG19",
                   alt=["西安长安数智职业技能评价有限公司"])],
              [5, 4, 3], (1280, 2680), [],
              phenomena=["sku_table", "deposit_balance", "group_price", "english_issuer", "honest_offer",
                         "level_range", "level_names", "role_issuer", "tracking_params"]))

    body = """<p><a href="/edu-hub/index.html">Home</a> › Dongguan › AI Trainer</p>
<h1>AI Trainer Level 4 — Dongguan evening class</h1>
<p class="pr">CNY 1,880 (assessment included)</p>
<p>Skill assessment by Dongguan Songhu Vocational Skills Appraisal Service Co., Ltd., Songshan Lake test centre. Classes Tue/Thu 19:00–21:30, 6 weeks.</p>
<p>Eligibility: Level 5 + 4 years or 6 years' work.</p>"""
    add("/edu-hub/course/10561.html", hub("AI Trainer Level 4 Dongguan", body, canonical="/edu-hub/course/10561.html"),
        offer("English name of the Dongguan Songhu assessor whose registry entry expired 2024-06-30",
              [iss("Dongguan Songhu Vocational Skills Appraisal Service Co., Ltd.", "recognized", "AG10",
                   status_alt=["unrecognized"])],
              [4], (1880, 1880), ["ISSUER_LAPSED"],
              phenomena=["english_issuer", "scam_offer", "tracking_params"]))
