"""Beijing bilingual GBK site and the AsiaSkills portal (start page)."""
from util import add, page, offer, iss, baidu_tongji


def bj(title, body):
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{title}</title>
<style>body{{font:14px/1.7 SimSun,Arial;margin:0}}.nav{{background:#8b0000;padding:8px 20px}}.nav a{{color:#fff;margin-right:16px}}
.c{{width:920px;margin:16px auto}}.cn{{float:left;width:440px}}.en{{float:right;width:440px;color:#333}}.clr{{clear:both}}
table{{border-collapse:collapse}}td,th{{border:1px solid #bbb;padding:6px}}</style>{baidu_tongji("9a8b7c6d5e4f30211200aabbccddeeff")}</head>
<body><div class="nav"><a href="/bj-ai/index.html">首页 Home</a><a href="/bj-ai/course-ai-trainer.html">人工智能训练师 AI Trainer</a><a href="/index.html">AsiaSkills</a></div>
<div class="c">{body}<div class="clr"></div>
<div style="border-top:1px solid #ddd;margin-top:20px;font-size:13px"><b>学校动态 News</b><ul>
<li>2026-02-26 春季班开课通知 Spring term starts 9 March</li><li>2026-01-15 关于寒假期间咨询安排的通知 Office hours during the winter break</li>
<li>2025-12-20 我校学员参加职业技能竞赛获奖 Our students won prizes in a skills contest</li></ul>
<b>友情链接</b>：<a href="http://www.osta.org.cn/" rel="nofollow">人社部职业技能鉴定中心</a> · <a href="http://rsj.beijing.gov.cn/" rel="nofollow">北京市人社局</a></div>
<p style="font-size:12px;color:#777;border-top:1px solid #ddd;margin-top:20px">北京京智培训学校 Beijing Jingzhi Training School · 北京市海淀区中关村大街 27 号 · 010-6255 8800 · 京ICP备2020012345号</p></div></body></html>"""


def build():
    body = """<h1>北京京智培训学校 Beijing Jingzhi Training School</h1>
<div class="cn"><p>本校开设人工智能训练师（四级至二级）培训，与北京京数职业技能评价有限公司合作开展职业技能等级认定。</p>
<p><a href="/bj-ai/course-ai-trainer.html">查看招生简章</a></p></div>
<div class="en"><p>We offer AI Trainer training (Levels 4 to 2) in cooperation with Beijing Jingshu Vocational Skills Evaluation Co., Ltd.</p>
<p><a href="/bj-ai/course-ai-trainer.html?lang=en">Read the prospectus</a></p></div>"""
    add("/bj-ai/index.html", bj("北京京智培训学校 Beijing Jingzhi Training School", body),
        page("other", "bilingual school home (GBK) naming its assessment partner; no price", ["gbk", "english_issuer"]),
        encoding="gbk")

    body = """<h1>人工智能训练师招生简章 · AI Trainer Prospectus 2026</h1>
<div class="cn">
<p>职业编码：4-04-05-05。报考等级：四级至二级（中级工、高级工、技师）。</p>
<p>评价机构：北京京数职业技能评价有限公司。考核包括理论知识考试和技能考核，二级另加综合评审。</p>
<table><tr><th>等级</th><th>费用</th></tr><tr><td>四级/中级工</td><td>2680元</td></tr><tr><td>三级/高级工</td><td>3580元</td></tr><tr><td>二级/技师</td><td>4980元</td></tr></table>
<p>申报条件：二级须取得三级证书后从事本职业满 4 年，并提交工作业绩材料。我校不承诺通过。</p>
<p>证书查询：人社部职业技能鉴定中心官网 www.osta.org.cn</p></div>
<div class="en">
<p>Occupation code 4-04-05-05. Levels offered: Level 4 to Level 2 (Intermediate Worker, Senior Worker, Technician).</p>
<p>Assessing body: Beijing Jingshu Vocational Skills Evaluation Co., Ltd. Theory exam and skills test; Level 2 adds a portfolio review.</p>
<table><tr><th>Level</th><th>Fee</th></tr><tr><td>Level 4</td><td>CNY 2,680</td></tr><tr><td>Level 3</td><td>CNY 3,580</td></tr><tr><td>Level 2</td><td>CNY 4,980</td></tr></table>
<p>Eligibility: Level 2 requires a Level 3 certificate and 4 years in the occupation. We do not guarantee a pass.</p></div>"""
    add("/bj-ai/course-ai-trainer.html", bj("人工智能训练师招生简章 AI Trainer Prospectus", body),
        offer("bilingual GBK prospectus, same facts in two columns: recognized Beijing Jingshu in both languages, levels 4-2 with proper eligibility",
              [iss("北京京数职业技能评价有限公司", "recognized", "AG07",
                   alt=["Beijing Jingshu Vocational Skills Evaluation Co., Ltd."])],
              [4, 3, 2], (2680, 4980), [],
              phenomena=["gbk", "english_issuer", "honest_offer", "level_range", "level_names", "level_table",
                         "negated_claim", "role_issuer", "tracking_params"]),
        encoding="gbk")

    body = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>AsiaSkills Hub — Chinese vocational certificates for Hong Kong, Macau, Taiwan and overseas learners</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{margin:0;font:15px/1.6 Arial,"PingFang HK",sans-serif;background:#f7f7f2}header{background:#243b53;color:#fff;padding:20px 30px}
.g{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:16px;max-width:1100px;margin:24px auto;padding:0 16px}
.b{background:#fff;border:1px solid #ddd;padding:14px;border-radius:6px}.b h3{margin-top:0}footer{text-align:center;font-size:12px;color:#777;padding:20px}</style>
</head><body>
<header><h1>AsiaSkills Hub 亞洲技能入口</h1><p>Links to training providers, news and community sites about China's vocational skill certificates.</p></header>
<div class="g">
<div class="b"><h3>Hong Kong 香港</h3><ul><li><a href="/hk/index.html">卓越專業進修學院 Excel Pro Academy</a></li><li><a href="/hk/courses/?tab=ai">AI 課程 AI courses</a></li><li><a href="/jobs/ai-trainer-hk-4410.html">HK AI trainer job</a></li></ul></div>
<div class="b"><h3>Macau 澳門</h3><ul><li><a href="/mo/index.html">澳門智匯培訓中心</a></li></ul></div>
<div class="b"><h3>Taiwan 台灣</h3><ul><li><a href="/tw/ptt/index.html">PTT Oversea_Job</a></li><li><a href="/tw/blog/ai-trainer-cert.html">小安的斜槓筆記</a></li></ul></div>
<div class="b"><h3>Overseas 海外</h3><ul><li><a href="/overseas/classifieds/index.html">溫哥華華人生活網 分類</a></li><li><a href="/overseas/forum/thread-1203.html">論壇：真係免試？</a></li></ul></div>
<div class="b"><h3>E-learning</h3><ul><li><a href="/en/index.html">SkillBridge</a></li><li><a href="/edu-hub/index.html">CourseCompass Asia</a></li><li><a href="/edu-hub/ranking/top-ai-trainer-courses-2026.html">Rankings 2026</a></li></ul></div>
<div class="b"><h3>Mainland (English versions)</h3><ul><li><a href="/gz-skills/en/index.html">Yuexiu Digital Skills School</a></li><li><a href="/bj-ai/index.html">北京京智培训学校</a></li></ul></div>
<div class="b"><h3>News 新聞</h3><ul><li><a href="/news/index.html">The Bay Ledger</a></li><li><a href="/news/2026/02/official-notice-fake-certificates.html">Notice on fake certificates</a></li></ul></div>
<div class="b"><h3>Jobs 職位</h3><ul><li><a href="/jobs/index.html">AsiaTalent Jobs</a></li></ul></div>
<div class="b"><h3>Certificate checks 證書查詢</h3><ul><li><a href="http://www.osta.org.cn/" rel="nofollow">OSTA (official)</a></li><li><a href="/verify/index.html">全国职业证书查询平台</a> (not official)</li><li><a href="/cert-board/index.html">IACB</a></li></ul></div>
<div class="b"><h3>Sponsored</h3><ul><li><a href="/lp/ai-trainer-cert/?utm_source=asiaskills&amp;utm_campaign=senior">Senior Technician certificate</a></li><li><a href="/edu-hub/tag/hukou-points.html">#hukou-points</a></li></ul></div>
</div>
<footer>AsiaSkills Hub is a directory. Listing here is not an endorsement. · <a href="/robots.txt">robots.txt</a></footer>
</body></html>"""
    add("/index.html", body, page("other", "start page: directory of all sub-sites", ["traditional_script", "tracking_params"]))
