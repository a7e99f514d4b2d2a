#!/usr/bin/env python3
"""Build hand_a's labeled web: site/, truth.json, registry.csv; then check the labels.

    python3 gen/build.py
"""
import collections
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import checks  # noqa: E402
import common  # noqa: E402
import registry  # noqa: E402
import pages_jd  # noqa: E402
import pages_misc  # noqa: E402
import pages_pdd_yz  # noqa: E402
import pages_spa  # noqa: E402
import pages_tb  # noqa: E402
import pages_xet  # noqa: E402


def main():
    for mod in (pages_tb, pages_jd, pages_pdd_yz, pages_xet, pages_spa, pages_misc):
        mod.build()
    site = os.path.join(ROOT, "site")
    if os.path.isdir(site):
        shutil.rmtree(site)
    os.makedirs(site)
    out_pages = {}
    for path in sorted(common.PAGES):
        pg = common.PAGES[path]
        data = pg["html"].encode(pg["encoding"])
        fn = os.path.join(site, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "wb") as fh:
            fh.write(data)
        lab = dict(pg["label"])
        lab["encoding"] = pg["encoding"]
        lab["bytes"] = len(data)
        out_pages[path] = lab
    with open(os.path.join(site, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in common.ROBOTS_DISALLOW)
)
    with open(os.path.join(ROOT, "registry.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(registry.csv_text())
    truth = {
        "version": 1,
        "about": "hand_a labeled web: online marketplaces and SPA course shops of Shanghai/Jiangsu/Zhejiang. Keys of 'pages' are URL paths on the static site served from site/. See LABELING.md.",
        "registry": "registry.csv",
        "robots_disallow": list(common.ROBOTS_DISALLOW),
        "broken_links": list(common.BROKEN),
        "excessive_fee_rule": {"required_at_or_above": 8000, "optional_at_or_above": 3000, "applied_to": "fee_cny.max"},
        "severity": dict(sorted(common.SEVERITY.items())),
        "seen_date": registry.SEEN_DATE,
        "pages": out_pages,
    }
    errors = []
    checks.check(site, truth, errors)
    for lab in out_pages.values():
        lab.pop("_gov_claim_text", None)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    types = collections.Counter(t["page_type"] for t in out_pages.values())
    offers = [t for t in out_pages.values() if t["is_offer"]]
    print(f"pages={len(out_pages)} types={dict(sorted(types.items()))} offers={len(offers)} "
          f"suspicious={sum(t['suspicious'] for t in offers)} robots={sum(t['robots_disallowed'] for t in out_pages.values())}")
    ph = collections.Counter(x for t in out_pages.values() for x in t["phenomena"])
    print("phenomena:", ", ".join(f"{k}={v}" for k, v in sorted(ph.items())))
    print("not covered:", ", ".join(sorted(common.PHENOMENA - set(ph))))
    if errors:
        print(f"{len(errors)} CHECK ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("checks: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
