"""Made-up certification board, an unofficial query site, a landing page, a robots-hidden preview."""
from util import add, page, offer, iss, ga


def board(title, body):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{{margin:0;font-family:Georgia,serif;background:#f3f1ea;color:#222}}
.hdr{{background:#102a43;color:#f0c35b;padding:18px 30px;font-size:22px;letter-spacing:1px}}
.hdr small{{display:block;color:#cbd5e1;font-size:13px;letter-spacing:0}}nav{{background:#1f3a5a;padding:8px 30px}}
nav a{{color:#fff;margin-right:18px;text-decoration:none}}.c{{max-width:900px;margin:26px auto;background:#fff;padding:28px;border:1px solid #ddd}}
.seal{{float:right;width:120px}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:8px 12px}}
.ft{{text-align:center;color:#777;font-size:12px;padding:20px}}</style></head><body>
<div class="hdr">INTERNATIONAL AI CERTIFICATION BOARD<small>IACB · Global Standards for Artificial Intelligence Professionals · Est. 2019</small></div>
<nav><a href="/cert-board/index.html">Home</a><a href="/cert-board/index.html#levels">Certificates</a><a href="/cert-board/verify.html">Verify a Certificate</a><a href="/index.html">AsiaSkills</a></nav>
<div class="c">{body}</div>
<div class="c" style="font-size:13px"><b>Accreditation partners</b>: Global Digital Skills Alliance · Asia-Pacific Vocational Standards Forum · AI Talent Exchange Network.
<br><b>Latest</b>: 2026-02 IACB opens new processing centre in Shenzhen · 2026-01 Over 18,000 certificates issued · 2025-11 Bilingual certificate design updated.
<br><b>Office hours</b>: Mon–Sat 09:00–21:00 (GMT+8). Response within 2 hours on WeChat.</div>
<div class="ft">© 2019–2026 International AI Certification Board. Registered office: Suite 1208, 9 Queen's Road Central, Hong Kong. All rights reserved.</div>
</body></html>"""


def build():
    body = """<img class="seal" src="/cert-board/img/seal.png" alt="IACB official seal">
<h1>Artificial Intelligence Trainer Certificate</h1>
<p>Fast-track your AI career. <b>Get your certificate directly</b> — no exam required, no prior experience needed.
Certificates are issued by the International AI Certification Board and accepted by employers across Mainland China, Hong Kong and Macau.</p>
<h2 id="levels">Certificate levels and fees</h2>
<table><tr><th>Level</th><th>Fee</th><th>Approx. USD</th></tr>
<tr><td>Level 3 — Senior Worker</td><td>CNY 3,980</td><td>US$560</td></tr>
<tr><td>Level 2 — Technician</td><td>CNY 5,980</td><td>US$840</td></tr>
<tr><td>Level 1 — Senior Technician</td><td>CNY 6,980</td><td>US$980</td></tr></table>
<p>Processing: 15 working days. Certificates can be verified at <b>www.iacb-verify.org</b> or on our <a href="/cert-board/verify.html">verification page</a>.</p>
<p>Apply: email apply@iacb-board.org or WeChat <b>IACB_Service</b>.</p>
<h3>Why IACB?</h3><ul><li>Global recognition</li><li>Bilingual certificate with QR code</li><li>Lifetime validity</li></ul>"""
    add("/cert-board/index.html", board("AI Trainer Certificate | International AI Certification Board (IACB)", body),
        offer("made-up English 'International AI Certification Board' selling levels 3-1 without exam or experience; own verification site",
              [iss("International AI Certification Board", "unrecognized", None, alt=["IACB"])],
              [3, 2, 1], (3980, 6980),
              ["UNRECOGNIZED_ISSUER", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "UNOFFICIAL_VERIFICATION_SITE"],
              optional=["EXCESSIVE_FEE"],
              phenomena=["english_issuer", "scam_offer", "level_table", "level_names", "unofficial_query_site"]))

    body = """<h1>Verify a Certificate</h1>
<form action="/cert-board/verify.html" method="get">
<p><label>Certificate No. <input name="no" placeholder="IACB-AIT-2026-000000"></label></p>
<p><label>Holder name <input name="name"></label></p><p><button>Verify</button></p></form>
<p>Our verification database is the official record of IACB certificates. Also available at www.iacb-verify.org.</p>
<p>For questions contact verify@iacb-board.org.</p>
<p>Sample result: Certificate IACB-AIT-2025-004417 · Artificial Intelligence Trainer · Level 2 · VALID</p>"""
    add("/cert-board/verify.html", board("Verify a Certificate | IACB", body),
        page("other", "the made-up board's own certificate verification form (unofficial query site)",
             ["unofficial_query_site", "english_issuer"]))

    body = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>全国职业证书查询平台 National Vocational Certificate Query Platform</title>
<style>body{margin:0;font-family:sans-serif;background:#eef3f8}.top{background:#c8161d;color:#fff;padding:16px 30px}
.top img{vertical-align:middle}.box{width:560px;margin:40px auto;background:#fff;padding:30px;border-top:4px solid #c8161d}
input{width:100%;padding:8px;margin:6px 0}button{background:#c8161d;color:#fff;border:0;padding:10px 30px}
.ft{text-align:center;color:#888;font-size:12px}</style>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="top"><img src="/verify/img/emblem.png" alt="国徽" width="40"> 全国职业证书查询平台 · National Vocational Certificate Query Platform</div>
<div class="box"><h2>证书查询 Certificate Query</h2>
<form action="/verify/index.html" method="get">
<label>证书编号 Certificate No.</label><input name="zsbh">
<label>身份证号 ID No.</label><input name="sfz">
<label>验证码</label><input name="code"><button type="submit">查询 Search</button></form>
<p>本平台收录人工智能训练师、健康管理师、心理咨询师等各类职业技能证书，全国联网，权威可查。</p>
<p>All vocational certificates, nationwide, searchable online. 备用域名：www.osta-zscx.com</p>
<h3>查询说明</h3><ol><li>输入证书编号及身份证号</li><li>输入验证码后点击查询</li><li>查询结果显示证书等级、发证日期及发证机构</li></ol>
<p>收录范围：职业技能等级证书、专项职业能力证书、培训合格证书、国际认证证书等。数据每日更新。</p>
<p>常见问题：证书编号在证书右上角；如查询不到，请联系发证机构客服。查询时间 24 小时开放。</p>
<p style="font-size:12px">友情链接：<a href="/hk/index.html">卓越专业进修学院</a> · <a href="/overseas/classifieds/index.html">海外华人分类</a></p></div>
<div class="ft">主办单位：全国职业证书查询中心 · 技术支持：中认网络 · 京ICP备2022xxxxxx号</div>
</body></html>"""
    add("/verify/index.html", body,
        page("other", "unofficial 'national' certificate query site with emblem imagery; no offer",
             ["unofficial_query_site", "english_issuer"]))

    # landing page (deposit + balance)
    lp = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Government-issued AI Trainer Certificate — Senior Technician | Enrol Today</title>
<meta property="og:title" content="Government-issued AI Trainer Certificate (Senior Technician)">
<meta property="og:description" content="Get your certificate directly. Hukou points. Deposit ¥1,000.">
<style>body{margin:0;font-family:Arial,sans-serif;background:#0f172a;color:#fff;text-align:center}
.hero{padding:60px 20px;background:linear-gradient(135deg,#1e3a8a,#7c3aed)}h1{font-size:34px}
.box{background:#fff;color:#111;max-width:560px;margin:-30px auto 30px;border-radius:12px;padding:24px;text-align:left}
.btn{display:inline-block;background:#f59e0b;color:#111;padding:14px 28px;border-radius:30px;text-decoration:none;font-weight:700}
ul{line-height:2}.tiny{font-size:11px;color:#94a3b8;padding:20px}</style>
<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};n.queue=[];}(window,document,'script');fbq('init','2987123456789');fbq('track','PageView');</script>
</head><body>
<div class="hero"><h1>AI Trainer Certificate — Level 1 (Senior Technician)</h1>
<p>Government-issued · Issued by the Ministry of Human Resources and Social Security (MOHRSS) · Nationwide validity</p></div>
<div class="box">
<ul><li>✔ Get your certificate directly — we handle the paperwork</li>
<li>✔ No degree, no work experience needed</li>
<li>✔ Worth 140 hukou points in Shanghai's residence-permit scheme</li>
<li>✔ Certificate in 60 days</li></ul>
<p><b>Deposit ¥1,000 today</b>, balance ¥3,980 when your file is submitted.</p>
<p style="text-align:center"><a class="btn" href="https://wa.me/8613688886666">Reserve my place</a></p>
<p style="font-size:12px">Limited to 20 applicants this month.</p></div>
<div class="tiny">Talentway Consulting · Room 1603, Tower B, 333 Tianhe Road, Guangzhou · <a style="color:#94a3b8" href="/index.html">Home</a></div>
</body></html>"""
    add("/lp/ai-trainer-cert/index.html", lp,
        offer("English landing page: MOHRSS named as issuer, 'get your certificate directly', level 1 with no experience, hukou points; deposit + balance = 4,980",
              [iss("Ministry of Human Resources and Social Security", "government", "AG22", alt=["MOHRSS"])],
              [1], (4980, 4980),
              ["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT"],
              optional=["EXCESSIVE_FEE"],
              phenomena=["english_issuer", "scam_offer", "deposit_balance", "open_graph", "level_names"]))

    prev = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow">
<title>[DRAFT] AI Trainer Senior Technician — Guaranteed</title>
<style>body{font-family:sans-serif;max-width:720px;margin:30px auto}.draft{background:#fee;padding:6px}</style></head><body>
<p class="draft">Preview — not published. Partner: China AI Talent Certification Centre.</p>
<h1>AI Trainer Level 1 (Senior Technician) — Guaranteed Pass</h1>
<p>Certificate issued by the China AI Talent Certification Centre. No exam, no experience required. 100% pass guarantee.</p>
<p>Fee: RMB 18,800 all-inclusive. Includes hukou-points consultation.</p>
<p>Contact: partner@ai-talent-cert.cn · <a href="/edu-hub/search.html">back to search</a></p>
<p>Internal notes: copy to be reviewed by partner manager before publishing. Images pending. Price list v3.</p>
<p>Checklist: [ ] legal review [ ] partner sign-off [ ] landing page URL [ ] tracking pixel</p>
<h2>Why choose our partner?</h2><ul><li>Dedicated adviser for each applicant</li><li>Certificate delivered to your door by courier</li><li>Bilingual support in Mandarin, Cantonese and English</li><li>Discreet processing; no attendance needed</li></ul>
<h2>FAQ (draft)</h2><p>Q: How long does it take? A: About 60 days after documents are received.</p><p>Q: Can I pay in instalments? A: To be confirmed with finance; the draft assumes full payment.</p>
<p>Q: Do I need to study? A: Optional online materials are provided.</p>
<p>Previous version: RMB 16,800 (January); updated following partner request.</p>
<p>Owner: content team · Last edited by: m.lin · Revision 7</p>
<p>Body copy (long version): Our partner centre has helped thousands of learners obtain senior certificates without the usual waiting period. Dedicated advisers handle the whole application, from document collection to certificate delivery, and the certificate can be used for employment, promotion and settlement applications.</p>
<p>This preview link is not indexed and should not be shared outside the team.</p>
</body></html>"""
    add("/portal/preview/ai-trainer-senior-technician.html", prev,
        offer("robots-disallowed draft ad (unrecognized centre, level 1, no exam, guaranteed pass, RMB 18,800); left out of metrics",
              [iss("China AI Talent Certification Centre", "unrecognized", None)],
              [1], (18800, 18800),
              ["UNRECOGNIZED_ISSUER", "NO_EXAM", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT",
               "BENEFIT_BAIT", "EXCESSIVE_FEE"],
              phenomena=["english_issuer", "scam_offer"], robots_disallowed=True))
