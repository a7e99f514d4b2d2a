#!/usr/bin/env python3
"""Build the hand_c labeled web: site/, truth.json, registry.csv, and check the labels.

    python3 gen/build.py
"""
import collections
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import registry_data  # noqa: E402
import checks  # noqa: E402
import s_jinan, s_sdfake, s_tianjin, s_tjschool, s_hebei, s_beijing, s_bjscam, s_news  # noqa: E402,E401

OUT = os.path.dirname(HERE)
SITE = os.path.join(OUT, "site")
ROBOTS = ["/jxzs/draft/"]
BROKEN = ["/jnpx/zsjz/rgzn2023.htm", "/bcpj/tzgg/2024-1105.html"]


def main():
    common.PAGES.clear()
    for mod in (s_news, s_jinan, s_sdfake, s_tianjin, s_tjschool, s_hebei, s_beijing, s_bjscam):
        mod.build()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    paths = [p["path"] for p in common.PAGES]
    dup = [p for p, n in collections.Counter(paths).items() if n > 1]
    checks.need(not dup, f"duplicate paths {dup}")
    for p in common.PAGES:
        data = p["html"].encode(p["encoding"])  # strict: a GBK page must be GBK-encodable
        if p["bom"]:
            data = b"\xef\xbb\xbf" + data
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
        p["truth"]["bytes"] = len(data)
        p["text"] = p["html"]
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("# robots.txt for the 京津冀鲁 training web\nUser-agent: *\n" +
                "".join(f"Disallow: {r}\n" for r in ROBOTS) + "\nUser-agent: Baiduspider\nDisallow: /jxzs/draft/\n")

    reg = registry_data.by_id()
    checks.check_labels(common.PAGES, reg)
    checks.check_graph(SITE, common.PAGES, BROKEN, ROBOTS)

    pages = {}
    for p in sorted(common.PAGES, key=lambda x: x["path"]):
        t = {k: v for k, v in p["truth"].items() if not k.startswith("_")}
        pages[p["path"]] = t
    truth = {
        "version": 1,
        "about": "hand_c training web: vocational schools and skill-evaluation agencies of Beijing, Tianjin, Hebei and Shandong. Keys of 'pages' are URL paths on the static site served from site/. See LABELING.md.",
        "registry": "registry.csv",
        "seen_date": common.SEEN_DATE,
        "robots_disallow": ROBOTS,
        "broken_links": BROKEN,
        "excessive_fee_rule": {"required_at_or_above": 8000, "optional_at_or_above": 3000, "applied_to": "fee_cny.max"},
        "severity": dict(sorted(common.SEVERITY.items())),
        "pages": pages,
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(registry_data.csv_text())

    # summary
    types = collections.Counter(t["page_type"] for t in pages.values())
    offers = [t for t in pages.values() if t["is_offer"] and not t["robots_disallowed"]]
    susp = sum(1 for t in offers if t["suspicious"])
    ph = collections.Counter(x for t in pages.values() for x in t["phenomena"])
    enc = collections.Counter(t["encoding"] for t in pages.values())
    print(f"pages: {len(pages)}  types: {dict(types)}")
    print(f"scored offers: {len(offers)} (suspicious {susp}); robots-disallowed: {sum(t['robots_disallowed'] for t in pages.values())}")
    print(f"encodings: {dict(enc)}")
    print(f"phenomena ({len(ph)}): {dict(sorted(ph.items()))}")
    print(f"missing phenomena: {sorted(common.PHENOMENA - set(ph))}")
    print("checks: OK")


if __name__ == "__main__":
    main()
