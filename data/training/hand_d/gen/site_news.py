"""English news site (articles + one advertorial) and an English job board."""
from util import add, page, offer, iss, cookie_banner, ga


def news(title, body, section="China", canonical=None, head=""):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | The Bay Ledger</title>{can}{head}
<style>body{{margin:0;font:17px/1.7 "Source Serif Pro",Georgia,serif;color:#111}}.mast{{border-bottom:4px double #111;text-align:center;padding:14px}}
.mast a{{font:700 34px/1 "Playfair Display",serif;color:#111;text-decoration:none}}.sec{{font:13px Arial;text-transform:uppercase;color:#b5121b}}
article{{max-width:700px;margin:30px auto;padding:0 16px}}.by{{font:13px Arial;color:#666}}blockquote{{border-left:3px solid #b5121b;margin:16px 0;padding-left:14px;color:#333}}
aside.rel{{max-width:700px;margin:20px auto;font:14px Arial;border-top:1px solid #ddd;padding:10px 16px}}.ad{{background:#f4f4f4;text-align:center;font:12px Arial;padding:30px;margin:20px auto;max-width:700px}}
footer{{font:12px Arial;color:#777;text-align:center;padding:30px}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:6px 10px;font:14px Arial}}</style>
{ga("G-BAYLEDGER1")}</head><body>
<div class="mast"><a href="/news/index.html">The Bay Ledger</a><div style="font:12px Arial">Hong Kong · Shenzhen · Macau · <a href="/index.html">AsiaSkills</a></div></div>
<article><p class="sec">{section}</p>{body}</article>
<div class="ad">Advertisement<br><ins class="adsbygoogle" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins></div>
<aside class="rel"><b>Read more</b><ul>
<li><a href="/news/2025/11/china-ai-trainer-certificate-scams.html?utm_source=related">Inside China's AI-trainer certificate mills</a></li>
<li><a href="/news/2025/12/explainer-ai-trainer-levels.html?utm_source=related">Explainer: what the five AI-trainer levels mean</a></li>
<li><a href="/news/2026/01/hukou-points-certificate-warning.html?utm_source=related">Hukou points for sale?</a></li>
<li><a href="/news/partner/ai-trainer-advertorial.html?utm_source=related">Partner content: start your AI career</a></li></ul></aside>
<footer>© 2026 The Bay Ledger Media Ltd. · <a href="/news/index.html">Home</a> · Corrections: desk@bayledger.example</footer>
{cookie_banner()}</body></html>"""


def job(title, body, ld=""):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | AsiaTalent Jobs</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{ld}{ga("G-ASIATALENT")}<style>body{{margin:0;font-family:Roboto,Arial,sans-serif;background:#f2f5f8}}.bar{{background:#0a66c2;color:#fff;padding:12px 28px}}
.bar a{{color:#fff;margin-right:16px}}.job{{max-width:820px;margin:24px auto;background:#fff;padding:26px;border-radius:8px}}
.sal{{color:#0a7d3b;font-weight:700;font-size:20px}}.tag{{display:inline-block;background:#e8f0fe;padding:2px 8px;margin:2px;border-radius:3px;font-size:13px}}</style>
</head><body><div class="bar"><b>AsiaTalent Jobs</b> · <a href="/jobs/index.html">All jobs</a><a href="/jobs/index.html?q=ai+trainer">AI trainer jobs</a><a href="/index.html">AsiaSkills</a></div>
<div class="job">{body}<hr><p style="font-size:12px;color:#666">AsiaTalent never asks candidates to pay for a job. Report suspicious postings to trust@asiatalent.example.</p></div>
<div class="job" style="font-size:14px"><h3>Similar jobs</h3><ul>
<li><a href="/jobs/ai-trainer-shenzhen-2291.html?from=similar">AI Trainer (LLM evaluation), Shenzhen</a></li>
<li><a href="/jobs/data-annotator-remote-3307.html?from=similar">Data Annotator (remote)</a></li>
<li><a href="/jobs/ai-trainer-hk-4410.html?from=similar">人工智能訓練師 AI Trainer, Hong Kong</a></li></ul>
<h3>Job-seeker safety tips</h3><ul><li>Never pay a "training fee", "deposit" or "certificate fee" to get a job.</li>
<li>Check the employer's business registration before you send ID documents.</li>
<li>Be careful with recruiters who only use WeChat or WhatsApp and have no company e-mail.</li></ul>
<p style="font-size:12px;color:#888">© 2026 AsiaTalent Jobs Ltd. · <a href="/jobs/index.html">Browse jobs</a> · Employers: post a job from HK$980 · Privacy · Terms</p></div>
{cookie_banner()}
</body></html>"""


def build():
    body = """<h1>Latest</h1>
<h2><a href="/news/2025/11/china-ai-trainer-certificate-scams.html">Inside China's AI-trainer certificate mills: "no exam, guaranteed pass"</a></h2>
<p>Agents promise a "government-issued" certificate for up to RMB 12,800. Regulators say none of it is true.</p>
<h2><a href="/news/2025/12/explainer-ai-trainer-levels.html">Explainer: what the five AI-trainer levels actually mean</a></h2>
<p>From Junior Worker to Senior Technician — and who really issues the certificate.</p>
<h2><a href="/news/2026/01/hukou-points-certificate-warning.html">Hukou points for sale? Cities warn on certificate-for-residency pitches</a></h2>
<h2><a href="/news/2026/02/official-notice-fake-certificates.html">Full text (translation): notice on 'knock-off certificates' and fake query sites</a></h2>
<p style="font:13px Arial"><a href="/news/partner/ai-trainer-advertorial.html">PARTNER CONTENT · Start your AI career with a recognised certificate</a></p>"""
    add("/news/index.html", news("Latest news", body, section="Front page", canonical="/news/index.html"),
        page("other", "news front page: headlines quoting 'no exam, guaranteed pass' and a partner-content link",
             ["reported_claim"]))

    body = """<h1>Inside China's AI-trainer certificate mills: "no exam, guaranteed pass"</h1>
<p class="by">By Karen Leung · 18 November 2025</p>
<p>The advertisement arrived on a reporter's WeChat within minutes of a search for "AI trainer certificate". It promised a Level 2 "Technician" certificate with <em>"no exam"</em>, a <em>"100% pass guarantee"</em> and a price of RMB 9,800, "government-issued and searchable nationwide".</p>
<blockquote>"Get your certificate directly, you don't even need to come in person," the agent wrote, adding that the certificate would earn "hukou points" in Shenzhen.</blockquote>
<p>The AI trainer (人工智能训练师) became an official occupation in 2020. Since the 2019–2020 reform, skill-level certificates are issued by employers and social evaluation organisations that have filed with the human-resources authorities — not by the ministry itself.</p>
<p>The agent's "verification site", osta-zscx.com, imitates the domain of the Ministry's Occupational Skill Testing Authority, whose real address ends in osta.org.cn. Another agent offered a certificate from an "International AI Certification Board" for CNY 6,980.</p>
<p>Lawyers say advertisements promising guaranteed passes breach the Advertising Law. "Nobody can legitimately sell a Technician certificate to someone with no work experience," said one Shenzhen assessor.</p>
<p>Genuine training courses typically cost between RMB 1,500 and RMB 3,500 per level, according to prices seen by The Bay Ledger.</p>"""
    add("/news/2025/11/china-ai-trainer-certificate-scams.html",
        news("Inside China's AI-trainer certificate mills", body, canonical="/news/2025/11/china-ai-trainer-certificate-scams.html"),
        page("article", "English investigation quoting scam promises (no exam, 100% pass guarantee, RMB 9,800, hukou points, fake query domain); sells nothing",
             ["reported_claim", "warning", "english_issuer", "tracking_params"]))

    body = """<h1>Explainer: what the five AI-trainer levels actually mean</h1>
<p class="by">By Daniel Ho · 9 December 2025</p>
<p>The national skill standard for AI trainers (2021 edition) was issued by the Ministry of Human Resources and Social Security and the Ministry of Industry and Information Technology. Its drafting was led by Alibaba Group together with a dozen other units.</p>
<table><tr><th>Level</th><th>English title</th><th>Chinese</th><th>Reference hours</th></tr>
<tr><td>5</td><td>Junior Worker</td><td>五级/初级工</td><td>60</td></tr>
<tr><td>4</td><td>Intermediate Worker</td><td>四级/中级工</td><td>50</td></tr>
<tr><td>3</td><td>Senior Worker</td><td>三级/高级工</td><td>40</td></tr>
<tr><td>2</td><td>Technician</td><td>二级/技师</td><td>40</td></tr>
<tr><td>1</td><td>Senior Technician</td><td>一级/高级技师</td><td>30</td></tr></table>
<p>Insured workers may claim a skill-upgrade subsidy of up to RMB 1,000, 1,500 and 2,000 for Levels 5, 4 and 3. There is no such national subsidy for Levels 2 and 1.</p>
<p>Level 1 requires a Level 2 certificate and four further years in the occupation. The national AI-trainer competition, meanwhile, awards a first prize of RMB 20,000 and can lead to a Technician title.</p>
<p>Who issues the certificate? Filed evaluation organisations — for example, training-and-assessment companies in Guangzhou, Shanghai or Nanjing — whose filings can be checked on the OSTA website.</p>"""
    add("/news/2025/12/explainer-ai-trainer-levels.html",
        news("Explainer: the five AI-trainer levels", body, section="Explainer", canonical="/news/2025/12/explainer-ai-trainer-levels.html"),
        page("article", "explainer with level table, subsidy amounts, competition prize and standard drafters (not issuers)",
             ["level_table", "level_names", "subsidy_amount", "prize", "standard_body", "tracking_params"]))

    body = """<h1>Hukou points for sale? Cities warn on certificate-for-residency pitches</h1>
<p class="by">By Karen Leung · 14 January 2026</p>
<p>Ads aimed at Hong Kong and overseas Chinese jobseekers increasingly promise that an AI-trainer certificate will "add 140 hukou points". Shanghai's residence-permit scheme does count skill levels: 15 points for Level 5 up to 140 for Level 1.</p>
<p>But the points apply only when the job matches the certificate. Applicants must also have paid social insurance at the required base, and Level 2 and 1 holders need six months of contributions within the last year.</p>
<p>"Certificates sold as residency tickets are the most common complaint we get," said a Guangzhou consumer-council officer. Advertisers using phrases such as "government-issued" or "no exam required" should be reported.</p>"""
    add("/news/2026/01/hukou-points-certificate-warning.html",
        news("Hukou points for sale?", body, canonical="/news/2026/01/hukou-points-certificate-warning.html"),
        page("article", "warning about hukou-points pitches; points figures followed by conditions in the next sentences",
             ["warning", "reported_claim", "cross_sentence_condition", "tracking_params"]))

    body = """<h1>Notice on the online governance of technical and skills 'knock-off certificates' (translation)</h1>
<p class="by">Translated by The Bay Ledger · 3 February 2026 · Unofficial translation</p>
<p>1. No organisation may issue skill certificates in the name of the Ministry of Human Resources and Social Security or its centres, or call them "national vocational qualification certificates" unless they are in the national catalogue.</p>
<p>2. Certificates of the skill-level system are issued by filed employers and social training and evaluation organisations. Their filing can be checked on osta.org.cn and on the websites of provincial human-resources departments (gov.cn).</p>
<p>3. The following sites imitate official query platforms and have been reported: osta-zscx.com, cert-osta.net, zgzscx.org.cn. Do not enter personal data on them.</p>
<p>4. Advertisements claiming "no exam", "guaranteed pass" or "certificate without attendance" are unlawful.</p>"""
    add("/news/2026/02/official-notice-fake-certificates.html",
        news("Notice on knock-off certificates (translation)", body, section="Policy", canonical="/news/2026/02/official-notice-fake-certificates.html"),
        page("article", "translated policy notice naming fake query domains and banned claims as warnings",
             ["warning", "unofficial_query_site", "negated_claim"]))

    body = """<p style="font:12px Arial;background:#fff4d6;padding:6px">PARTNER CONTENT · Produced for Huaxin Career Institute</p>
<h1>Start your AI career with a recognised AI Trainer certificate</h1>
<p class="by">Sponsored · 20 January 2026</p>
<p>China needs millions of AI trainers. Huaxin Career Institute prepares learners in Hong Kong and the Greater Bay Area for the Level 3 (Senior Worker) and Level 2 (Technician) certificates.</p>
<p>Certificates are issued by OSTA, the Occupational Skill Testing Authority, and are government-issued and valid nationwide. They count towards hukou points in Shenzhen and Guangzhou, and holders can claim talent subsidies.</p>
<p>No degree or work experience is needed, even for Level 2.</p>
<table><tr><th>Programme</th><th>Fee</th></tr><tr><td>Level 3 · Senior Worker</td><td>¥3,980</td></tr><tr><td>Level 2 · Technician</td><td>¥5,980</td></tr></table>
<p>Enquiries: WhatsApp +852 5403 7781 · www.huaxin-career.hk</p>"""
    add("/news/partner/ai-trainer-advertorial.html",
        news("Partner content: AI Trainer certificate", body, section="Partner content",
             head='<meta name="robots" content="noindex">'),
        offer("English advertorial on a news site: OSTA named as issuer ('government-issued'), hukou points and subsidies, level 2 without experience",
              [iss("OSTA", "government", "AG23", alt=["Occupational Skill Testing Authority"])],
              [3, 2], (3980, 5980), ["GOVERNMENT_ISSUER_CLAIM", "BENEFIT_BAIT", "ELIGIBILITY_SHORTCUT"],
              optional=["EXCESSIVE_FEE"],
              phenomena=["soft_ad", "english_issuer", "scam_offer", "level_names", "tracking_params"]))

    # ---------------------------------------------------------------- jobs
    body = """<h1>AI trainer &amp; data annotation jobs</h1><p>4 results for "ai trainer"</p>
<ul>
<li><a href="/jobs/ai-trainer-shenzhen-2291.html?from=search&amp;q=ai+trainer">AI Trainer (LLM evaluation) — Shenzhen</a> · RMB 15,000–22,000/month</li>
<li><a href="/jobs/data-annotator-remote-3307.html?from=search">Data Annotator (remote, Mandarin)</a> · RMB 6,500–8,000/month</li>
<li><a href="/jobs/ai-trainer-hk-4410.html?from=search">人工智能訓練師 AI Trainer — Hong Kong</a> · HK$28,000–35,000/month</li>
<li><a href="/jobs/ai-trainer-trainee-5512.html?from=search">AI Trainer Trainee — guaranteed placement</a> · RMB 8,000–12,000/month</li>
</ul>"""
    add("/jobs/index.html", job("AI trainer jobs", body),
        page("other", "job search results with monthly salaries", ["salary", "tracking_params"]))

    body = """<h1>AI Trainer (LLM evaluation)</h1><p>Lingxi AI Technology Co., Ltd. · Shenzhen, Nanshan · Full-time</p>
<p class="sal">RMB 15,000 – 22,000 / month · 14 months</p>
<h3>Responsibilities</h3><ul><li>Write and review prompts and reference answers for Chinese LLMs</li><li>Design annotation guidelines; audit vendor quality</li></ul>
<h3>Requirements</h3><ul><li>Bachelor's degree; 2+ years in data annotation or content QA</li><li>AI Trainer certificate (Level 3 or above) is a plus</li></ul>
<p><span class="tag">AI trainer</span><span class="tag">LLM</span><span class="tag">annotation</span></p><p><a href="mailto:hr@lingxi-ai.example">Apply</a></p>"""
    ld = '''<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"AI Trainer (LLM evaluation)",
"hiringOrganization":{"@type":"Organization","name":"Lingxi AI Technology Co., Ltd."},"jobLocation":{"@type":"Place","address":"Nanshan, Shenzhen"},
"baseSalary":{"@type":"MonetaryAmount","currency":"CNY","value":{"@type":"QuantitativeValue","minValue":15000,"maxValue":22000,"unitText":"MONTH"}},
"datePosted":"2026-02-10","employmentType":"FULL_TIME"}</script>'''
    add("/jobs/ai-trainer-shenzhen-2291.html", job("AI Trainer (LLM evaluation) — Shenzhen", body, ld),
        page("job", "English AI-trainer job with monthly salary (also in JSON-LD baseSalary); certificate only as a plus", ["salary", "json_ld"]))

    body = """<h1>Data Annotator (remote, Mandarin)</h1><p>Yunqi Data Services · Remote (Mainland China) · Contract</p>
<p class="sal">RMB 6,500 – 8,000 / month</p>
<p>Label images, speech and text for AI models. Training provided. After probation the company registers you for the Data Annotator Level 5 assessment and covers the assessment fee (about RMB 300).</p>
<p>Requirements: high-school diploma, 6 hours/day availability, accuracy above 98%.</p>
<p><a href="mailto:jobs@yunqi-data.example">Apply</a></p>"""
    add("/jobs/data-annotator-remote-3307.html", job("Data Annotator (remote)", body),
        page("job", "remote annotator job; employer pays the Level 5 assessment fee (not an offer to the reader)",
             ["salary", "other"]))

    body = """<h1>人工智能訓練師 AI Trainer（粵語／普通話）</h1><p>匯思數碼有限公司 Wisdom Digital Ltd. · 香港觀塘 Kwun Tong</p>
<p class="sal">月薪 HK$28,000 – 35,000 / month</p>
<p>職責：為粵語大型語言模型撰寫及審核訓練數據；制定標註規範。</p>
<p>Requirements: 2 years' experience in NLP data; fluent Cantonese, Mandarin and English. 公司資助考取人工智能訓練師證書。</p>
<p><a href="mailto:careers@wisdomdigital.example">申請 Apply</a></p>"""
    add("/jobs/ai-trainer-hk-4410.html", job("人工智能訓練師 AI Trainer — Hong Kong", body),
        page("job", "bilingual HK job (traditional script), HK$ monthly salary; employer sponsors the certificate",
             ["salary", "traditional_script"]))

    body = """<h1>AI Trainer Trainee — guaranteed placement</h1><p>Zhiyuan Talent Services · Guangzhou / Dongguan · Full-time after training</p>
<p class="sal">RMB 8,000 – 12,000 / month after placement</p>
<p>No experience? No problem. Before placement every candidate completes our AI Trainer Level 4 certification programme (4 weeks).</p>
<p><b>Programme fee: RMB 3,980</b>, refunded in full after 6 months of employment. Pass guaranteed — or your fee back.</p>
<p>Steps: 1) register and pay the programme fee 2) training 3) certificate 4) placement interview.</p>
<p>Contact HR Ms Zhou: +86 139 2888 0417 (WeChat same)</p>"""
    add("/jobs/ai-trainer-trainee-5512.html", job("AI Trainer Trainee — guaranteed placement", body),
        offer("fake job that sells a Level 4 certification programme (RMB 3,980, pass guaranteed); salary is not a fee; no issuer named",
              [], [4], (3980, 3980), ["MISSING_ISSUER", "GUARANTEED_PASS"], optional=["EXCESSIVE_FEE"],
              phenomena=["salary", "scam_offer", "other"]))
