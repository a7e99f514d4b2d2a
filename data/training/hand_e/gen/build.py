#!/usr/bin/env python3
"""Build hand_e's labeled web: site/, truth.json, registry.csv — deterministic, then check the labels.

    python3 gen/build.py
"""
import csv
import io
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks  # noqa: E402
from common import REG_COLUMNS, registry_rows  # noqa: E402
import site_mp, site_peixun, site_peixun_detail, site_peixun_more, site_social, site_top, site_zx  # noqa: E402

ROOT = os.path.dirname(HERE)
SITE = os.path.join(ROOT, "site")
DISALLOW = ["/peixun/user/"]
BROKEN = ["/peixun/course/10199.html", "/zx/2025/1201/29001.html"]


def all_pages():
    out = []
    for mod in (site_top, site_peixun, site_peixun_detail, site_peixun_more, site_mp, site_social, site_zx):
        out.extend(mod.pages())
    return out


def main():
    pages = all_pages()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in pages:
        fn = os.path.join(SITE, p.path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "wb") as f:
            f.write(p.data())
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in DISALLOW))

    truth_pages = {}
    for p in sorted(pages, key=lambda x: x.path):
        t = dict(p.truth)
        t["bytes"] = len(p.data())
        truth_pages[p.path] = t
    truth = {
        "version": 1,
        "about": "hand_e training web for certwatch: aggregators, directories, SEO farms and social/self-media "
                 "(WeChat, Xiaohongshu, Douyin) about 人工智能训练师 in Hubei, Hunan and Henan. Keys of 'pages' are "
                 "URL paths of site/. See LABELING.md.",
        "registry": "registry.csv",
        "robots_disallow": DISALLOW,
        "broken_links": BROKEN,
        "excessive_fee_rule": {"required_at_or_above": checks.FEE_REQ, "optional_at_or_above": checks.FEE_OPT,
                               "applied_to": "fee_cny.max"},
        "severity": dict(sorted(checks.SEVERITY.items())),
        "pages": truth_pages,
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=REG_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in registry_rows():
        w.writerow(r)
    with open(os.path.join(ROOT, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    errs = checks.run(pages, truth, DISALLOW, BROKEN)
    offers = [t for t in truth_pages.values() if t["is_offer"]]
    counts = {}
    for t in truth_pages.values():
        counts[t["page_type"]] = counts.get(t["page_type"], 0) + 1
    print(f"pages={len(pages)} offers={len(offers)} suspicious={sum(t['suspicious'] for t in offers)} "
          f"types={dict(sorted(counts.items()))}")
    if errs:
        print("CHECK FAILED:")
        for e in errs:
            print("  " + e)
        return 1
    print("checks: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
