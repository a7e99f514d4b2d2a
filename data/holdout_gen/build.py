"""Write data/holdout_site/ and data/holdout_truth.jsonl from the page modules."""
import json
import re
import shutil
import sys
from pathlib import Path

import lib
import p_honest  # noqa: F401
import p_non  # noqa: F401
import p_region  # noqa: F401
import p_shop  # noqa: F401
import p_social  # noqa: F401

ROOT = Path("/work/main/data")
SITE = ROOT / "holdout_site"
HUB_ONLY = {"/tieba/p/8890123.html", "/zhihu/question/60117420/answer/2981.html",
            "/blog/2026/10/zhaosheng-jianzhang.html"}

LABELS = {
    "/58/bj/jineng/x5521907.html": "58同城 · 北京 · 技能培训",
    "/act/ai-train-618.html": "穗星教育 · 活动页",
    "/aigc/yingyongyuan.html": "金陵数智学院 · 课程中心",
    "/bj/zgc/jianzhang-2026.html": "北京博研职业技能培训学校",
    "/blog/index.html": "启明职培（博客）",
    "/dl/guaming.html": "华夏智培",
    "/en/ai-trainer-level-3.html": "Yuntu Academy (English)",
    "/en/news/china-ai-trainer-occupation.html": "English news",
    "/ganji/ai-zheng-2980.html": "赶集网 · 成都",
    "/gbk/jsjypx/rgzn3.html": "苏州吴中区新起点职业培训学校",
    "/gd/yuecai/fees.html": "广州穗智职业培训中心",
    "/gov/hrss/tzgg/2026/t20261105_4471.html": "杭州市人社局 · 通知公告",
    "/guide/baokao-zhinan-2026.html": "职考百科",
    "/gz/jishi/ai-level2.html": "羊城技能学院继续教育部",
    "/hk/zhengshu/ai-trainer.html": "智匯通顧問（香港）",
    "/intl/capt.html": "APDSA China",
    "/item/detail-712093.html": "淘宝 · 智联考证专营店",
    "/jobs/zhaopin/cc-88213.html": "智联招聘 · 深圳",
    "/miit/rgzn-zhengshu.html": "中工信人才网",
    "/mp/s/Rq8LmW2c.html": "公众号 · 数智观察",
    "/mp/s/Xk3fQ9aT.html": "公众号 · 海淀智训学堂",
    "/news/toutiao/7421983306.html": "今日头条 · 社会",
    "/sd/luxin/zhaosheng.html": "济南明德职业培训学校",
    "/sh/jifen/ai-trainer-3.html": "沪上人才服务",
    "/shop/book-7731.html": "淘宝 · 书香图书专营店",
    "/tieba/p/8890456.html": "百度贴吧 · 人工智能训练师吧",
    "/vip/baoguo-ban.html": "之江职教在线",
    "/zhihu/question/58213377.html": "知乎 · 职业发展",
    "/zj/pingjia/baoming.html": "浙数技能",
    "/zj/shuzhi/dingjin.html": "杭州云帆数字技能培训",
}
links = []
for p in sorted(lib.PAGES, key=lambda p: p["path"]):
    if p["crawlable"] and p["path"] not in HUB_ONLY:
        links.append(f'<li><a href="{p["path"]}">{LABELS[p["path"]]}</a></li>')
index_html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职技导航 - 职业技能培训与证书资讯聚合</title></head>
<body>
<h1>职技导航</h1>
<p>聚合各站点的职业技能培训、证书与就业资讯。收录不代表推荐，请通过
<a href="https://zscx.osta.org.cn/">技能人才评价证书全国联网查询</a>核验证书。</p>
<ul class="sites">
""" + "\n".join(links) + """
</ul>
<p class="ft">© 2026 职技导航 · <a href="#top">回到顶部</a></p>
</body></html>"""
lib.page("/index.html", index_html, note="portal page linking the other pages; no offer")

if SITE.exists():
    shutil.rmtree(SITE)
truth = []
for p in sorted(lib.PAGES, key=lambda p: p["path"]):
    f = SITE / p["path"].lstrip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(p["html"].encode(p["enc"]))
    title = re.search(r"<title>(.*?)</title>", p["html"], re.S).group(1)
    title = title.replace("&#8211;", "–").replace("&raquo;", "»").replace("&amp;", "&")
    rec = {k: p[k] for k in ("path", "crawlable", "is_offer")}
    rec["title"] = title
    for k in ("provider", "issuers", "levels", "fee_min", "fee_max", "flags", "note"):
        rec[k] = p[k]
    rec["flags"] = sorted(rec["flags"])
    truth.append(rec)
(SITE / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", encoding="ascii")
with open(ROOT / "holdout_truth.jsonl", "w", encoding="utf-8") as out:
    for rec in truth:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(truth), "pages", file=sys.stderr)
