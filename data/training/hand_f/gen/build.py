#!/usr/bin/env python3
"""Build hand_f's labeled web: site/, truth.json, registry.csv (deterministic, stdlib only).

    python3 gen/build.py
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
SITE = os.path.join(ROOT, "site")

import common                                   # noqa: E402
from common import page, doc, other, stat       # noqa: E402
import registry                                 # noqa: E402
import checks                                   # noqa: E402
import pages_ln, pages_xa, pages_xj, pages_ynhn, pages_news, pages_px, pages_agency, pages_lp  # noqa: E402

ROBOTS_DISALLOW = ["/lp/preview/"]
BROKEN = ["/ln-rst/zwgk/tzgg/202401/t20240105_3010.html", "/ln-rst/zwgk/tzgg/202503/P020250318_4471_fj1.xls",
          "/px/course/10199.html"]


def portal():
    sections = [
        ("政府部门", [("/ln-rst/index.html", "辽宁省人力资源和社会保障厅"), ("/xa-hrss/index.html", "西安市人力资源和社会保障局"),
                  ("/xj-rst/index.html", "新疆维吾尔自治区人力资源和社会保障厅"), ("/yn-hrss/index.html", "云南省人力资源和社会保障厅"),
                  ("/hn-rst/index.html", "海南省人力资源和社会保障厅")]),
        ("新闻资讯", [("/news/index.html", "新观察网"), ("/news/zt/rgznxls.html?spm=nav.zt.0.0", "人工智能训练师专题")]),
        ("培训机构", [("/px/index.html", "优培网·西部站"), ("/cadj/index.html", "陕西长安数字技能评价有限公司"),
                  ("/yecheng/index.html", "海南椰城职业技能评价有限公司")]),
        ("推广", [("/lp/ln-rgzn/?utm_source=nav&utm_campaign=ln2025", "辽宁人工智能训练师报名中心"),
                ("/lp/ln-rgzn/index.html#form", "辽宁报名中心（表单）"),
                ("/lp/sx-zgz/index.html?clickid=8fd2a0c1b3", "陕西省职业技能等级认定服务平台"),
                ("/lp/xj-rcgy/index.html?src=dy&share_id=7321889045", "考证落户乌鲁木齐"),
                ("/lp/yn-gov/index.html", "云南鉴定中心报名简章"),
                ("/lp/hn-luohu/index.html?from=timeline", "自贸港人才落户直通车"), ("/lp/hn-luohu/m.html", "自贸港人才落户直通车（手机）"),
                ("/lp/sx-qcx/index.html?ab=v3", "宝鸡拼团特惠"), ("/lp/ln-dl/index.html?gclid=Cj0KCQiA", "大连认定培训")]),
    ]
    blocks = []
    for name, links in sections:
        li = "\n".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        blocks.append(f'<div class="sec"><h2>{name}</h2><ul>\n{li}\n</ul></div>')
    body = f"""<div class="top"><h1>技能人才信息导航</h1><p>辽宁 · 陕西 · 新疆 · 云南 · 海南 —— 职业技能政策、培训、认定信息汇总</p></div>
<div class="grid">
{chr(10).join(blocks)}
</div>
<div class="sec"><h2>使用提示</h2>
<p>本导航收录的链接来自政府网站、新闻媒体与各类培训机构，推广链接不代表本站立场。职业技能等级证书请在人社部官方系统查询：<a href="http://jndj.osta.org.cn/">jndj.osta.org.cn</a>、<a href="http://zscx.osta.org.cn/">zscx.osta.org.cn</a>。</p>
<p>如发现虚假宣传，可拨打12333或登录 <a href="https://www.mohrss.gov.cn/">人力资源和社会保障部网站</a> 反映。</p>
<p>友情链接：<a href="http://www.ln.gov.cn/">辽宁省人民政府</a> | <a href="http://www.shaanxi.gov.cn/">陕西省人民政府</a> | <a href="http://www.xinjiang.gov.cn/">新疆维吾尔自治区人民政府</a> | <a href="http://www.yn.gov.cn/">云南省人民政府</a> | <a href="https://www.hainan.gov.cn/">海南省人民政府</a></p>
</div>
<footer>技能人才信息导航 · 非官方信息汇总 · 联系：<a href="mailto:admin@jnrc-nav.cn">admin@jnrc-nav.cn</a></footer>
{stat("0e4c2b7a9d1f48e3a6b5c0d9e8f7a123")}"""
    css = """<style>body{margin:0;font:15px/1.7 "Microsoft YaHei";background:#f7f7f7}.top{background:#334;color:#fff;padding:20px 40px}
.grid{display:grid;grid-template-columns:repeat(2,1fr);gap:16px;padding:20px 40px}.sec{background:#fff;padding:10px 20px;margin:0 40px 16px}
.grid .sec{margin:0}footer{text-align:center;color:#999;font-size:12px;padding:20px}</style>\n"""
    page("/index.html", doc("技能人才信息导航 - 辽宁 陕西 新疆 云南 海南", body, css),
         other("other", "start page: directory of sub-sites; landing pages linked with tracking parameters, a trailing slash and a fragment",
               ["tracking_params", "list_page"]))


def main():
    portal()
    for mod in (pages_ln, pages_xa, pages_xj, pages_ynhn, pages_news, pages_px, pages_agency, pages_lp):
        mod.build()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    pages_truth = {}
    for path in sorted(common.PAGES):
        pg = common.PAGES[path]
        data = pg["html"].encode(pg["encoding"])
        if pg["bom"]:
            data = b"\xef\xbb\xbf" + data
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
        t = dict(pg["truth"])
        if t["is_offer"]:
            groups = [g if isinstance(g, list) else [g] for g in t["flags"]]
            t["suspicious"] = any(all(checks.SEV[c] == "high" for c in g) for g in groups)
        t.setdefault("robots_disallowed", False)
        t["encoding"] = pg["encoding"]
        t["bytes"] = len(data)
        pg["truth"] = t
        pages_truth[path] = t
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in ROBOTS_DISALLOW))
    truth = {
        "version": 1,
        "about": "hand_f training web for certwatch: government/policy pages, news and aggressive landing pages "
                 "(辽宁, 陕西, 新疆, 云南, 海南). Keys of 'pages' are URL paths on the static site in site/. See LABELING.md.",
        "registry": "registry.csv",
        "robots_disallow": ROBOTS_DISALLOW,
        "broken_links": BROKEN,
        "excessive_fee_rule": {"required_at_or_above": checks.REQ_FEE, "optional_at_or_above": checks.OPT_FEE,
                               "applied_to": "fee_cny.max"},
        "severity": dict(sorted(checks.SEV.items())),
        "pages": pages_truth,
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    with open(os.path.join(ROOT, "registry.csv"), "w", encoding="utf-8") as f:
        f.write(registry.csv_text())
    errors = checks.check_all(common.PAGES, SITE, BROKEN, ROBOTS_DISALLOW)
    n_off = sum(1 for t in pages_truth.values() if t["is_offer"] and not t["robots_disallowed"])
    n_susp = sum(1 for t in pages_truth.values() if t.get("suspicious") and not t["robots_disallowed"])
    print(f"pages={len(pages_truth)} offers={n_off} suspicious={n_susp} agencies={len(registry.ROWS)}")
    if errors:
        print("CHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("checks ok")


if __name__ == "__main__":
    main()
