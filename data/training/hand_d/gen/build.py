#!/usr/bin/env python3
"""Build hand_d's labeled web: site/, truth.json, registry.csv (deterministic), then check it."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import util  # noqa: E402
import registry_data  # noqa: E402
import checks  # noqa: E402
import site_hk, site_motw, site_en, site_boards, site_news, site_hub, site_overseas, site_portal  # noqa: E402

DISALLOW = ["/portal/preview/"]
ROBOTS = """User-agent: *
Disallow: /portal/preview/

Sitemap: /sitemap.xml
"""


def main():
    for m in (site_portal, site_hk, site_motw, site_en, site_boards, site_news, site_hub, site_overseas):
        m.build()
    # a second planned 404: a deleted forum post linked from the board index
    util.BROKEN.append("/tw/ptt/M.1702.html")
    idx = util.PAGES["/tw/ptt/index.html"]
    idx["html"] = idx["html"].replace("[心得] 深圳數據標註外包一年心得 (本文已被刪除)",
                                      '<a href="/tw/ptt/M.1702.html">[心得] 深圳數據標註外包一年心得</a> (本文已被刪除)')

    site = os.path.join(ROOT, "site")
    if os.path.isdir(site):
        shutil.rmtree(site)
    os.makedirs(site)
    reg = registry_data.by_id()
    errors, pages, texts = [], {}, {}
    for path in sorted(util.PAGES):
        rec = util.PAGES[path]
        text, enc = rec["html"], rec["encoding"]
        if rec["truncate_at"]:
            cut = text.index(rec["truncate_at"])
            text = text[:cut + len(rec["truncate_at"])]
        try:
            raw = text.encode(enc)
        except UnicodeEncodeError as ex:
            errors.append(f"{path}: cannot encode as {enc}: {ex}")
            raw = text.encode(enc, "replace")
        fn = os.path.join(site, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "wb") as f:
            f.write(raw)
        texts[path] = text
        lab = checks.finalize(dict(rec["label"]))
        lab.pop("encoding", None)
        lab["robots_disallowed"] = any(path.startswith(d) for d in DISALLOW)
        lab["encoding"] = enc
        lab["bytes"] = len(raw)
        if not 2000 <= len(raw) <= 60000:
            errors.append(f"{path}: size {len(raw)} outside 2-60 KB")
        checks.check_label(path, lab, reg, text, errors)
        pages[path] = lab
    with open(os.path.join(site, "robots.txt"), "w") as f:
        f.write(ROBOTS)
    for path, lab in pages.items():
        d = lab.get("duplicate_of")
        if d and not (d in pages and pages[d]["is_offer"]):
            errors.append(f"{path}: duplicate_of {d} is not an offer page")
        if lab["robots_disallowed"] and not lab.get("robots_disallowed"):
            errors.append(path)
    files = set(pages) | {"/robots.txt"}
    checks.check_site(texts, files, util.BROKEN, DISALLOW, errors)
    # every file on disk has a truth entry and vice versa
    on_disk = set()
    for dp, _, fns in os.walk(site):
        for fn in fns:
            on_disk.add("/" + os.path.relpath(os.path.join(dp, fn), site).replace(os.sep, "/"))
    if on_disk - {"/robots.txt"} != set(pages):
        errors.append(f"files vs truth differ: {sorted(on_disk ^ set(pages))}")
    if len([p for p in pages if pages[p]["robots_disallowed"]]) != 1:
        errors.append("expected exactly one robots-disallowed page")

    truth = {
        "version": 1,
        "about": "hand_d labeled web: English, bilingual and traditional-script sites (HK, Macau, Taiwan, overseas Chinese, "
                 "international e-learning, mainland English versions). Keys of 'pages' are URL paths on the static site "
                 "served from site/. See LABELING.md.",
        "registry": "registry.csv",
        "seen_date": checks.SEEN,
        "robots_disallow": DISALLOW,
        "broken_links": sorted(util.BROKEN),
        "excessive_fee_rule": {"required_at_or_above": checks.EXCESSIVE_REQUIRED,
                               "optional_at_or_above": checks.EXCESSIVE_OPTIONAL, "applied_to": "fee_cny.max"},
        "severity": dict(sorted(util.SEVERITY.items())),
        "pages": pages,
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    with open(os.path.join(ROOT, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(registry_data.csv_text())
    for r in registry_data.rows():
        if r["uscc"] and not util.uscc_ok(r["uscc"]):
            errors.append(f"registry {r['agency_id']}: bad USCC {r['uscc']}")

    offers = [p for p, l in pages.items() if l["is_offer"] and not l["robots_disallowed"]]
    susp = [p for p in offers if pages[p]["suspicious"]]
    print(f"pages={len(pages)} offers={len(offers)} suspicious={len(susp)} broken={len(util.BROKEN)}")
    if errors:
        print("CHECK FAILED:")
        for x in errors:
            print("  " + x)
        return 1
    print("checks ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
