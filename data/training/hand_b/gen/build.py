#!/usr/bin/env python3
"""Build hand_b's labeled web: site/, truth.json, registry.csv; then check the labels.

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

import common  # noqa: E402
import checks  # noqa: E402
import hub, p_wenda, p_forum, p_news, p_jobs, p_jigou  # noqa: E402,E401

OUT = os.path.dirname(HERE)
SITE = os.path.join(OUT, "site")
DISALLOW = ["/jigou/preview/"]
BROKEN = ["/tieba/p/8812300001.html", "/zhidao/question/1739001234.html", "/bbs/forum-58-2.html",
          "/bbs/thread-301977-1-1.html", "/jigou/school/2199.html", "/gov/gz/rsj/attach/jnts2025.pdf"]


def encode(e):
    data = e["text"].encode(e["encoding"])  # strict: fails loudly on an unencodable character
    return (b"\xef\xbb\xbf" if e["bom"] else b"") + data


def main():
    for mod in (hub, p_wenda, p_forum, p_news, p_jobs, p_jigou):
        mod.build()
    pages = common.PAGES
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    errors = []
    truth_pages = {}
    for path in sorted(pages):
        e = pages[path]
        data = encode(e)
        fn = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "wb") as f:
            f.write(data)
        if not 2000 <= len(data) <= 60000:
            errors.append(f"{path}: size {len(data)} outside 2-60 KB")
        checks.check_text(path, e, e["text"], errors)
        t = {"is_offer": bool(e["offer"]), "page_type": e["page_type"], "kind": e["kind"], "note": e["note"],
             "phenomena": e["phenomena"], "robots_disallowed": e["robots"], "encoding": e["encoding"], "bytes": len(data)}
        if e["offer"]:
            o = e["offer"]
            issuers, susp = checks.check_offer(path, o, errors)
            t.update({"issuers": issuers, "levels": o["levels"],
                      "fee_cny": None if o["fee"] is None else {"min": float(o["fee"][0]), "max": float(o["fee"][1])},
                      "flags": o["flags"], "optional_flags": o["optional"], "suspicious": susp})
            if o["fee_alt"] is not None:
                t["fee_cny_alt"] = o["fee_alt"]
        if e["duplicate_of"]:
            t["duplicate_of"] = e["duplicate_of"]
        truth_pages[path] = t
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in DISALLOW) + "\n")
    checks.check_site(pages, SITE, BROKEN, DISALLOW, errors)

    truth = {
        "version": 1,
        "about": "hand_b training web: Guangdong/Sichuan/Chongqing content platforms and job boards "
                 "(Q&A, Tieba/Discuz forums, news, 人社局 notices, job boards, school directory). See LABELING.md.",
        "registry": "registry.csv",
        "robots_disallow": DISALLOW,
        "broken_links": BROKEN,
        "excessive_fee_rule": {"required_at_or_above": checks.FEE_REQ, "optional_at_or_above": checks.FEE_OPT,
                               "applied_to": "fee_cny.max"},
        "severity": dict(sorted(checks.SEVERITY.items())),
        "pages": truth_pages,
    }
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=common.HEADER, lineterminator="\n")
    w.writeheader()
    for row in common.registry_rows():
        w.writerow(row)
    with open(os.path.join(OUT, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # summary
    from collections import Counter
    types = Counter(t["page_type"] for t in truth_pages.values())
    counted = [t for t in truth_pages.values() if t["is_offer"] and not t["robots_disallowed"]]
    print(f"pages: {len(truth_pages)}  types: {dict(sorted(types.items()))}")
    print(f"offers (scored): {len(counted)}  suspicious: {sum(t['suspicious'] for t in counted)}  "
          f"share: {len(counted) / len(truth_pages):.0%}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("checks: ok")


if __name__ == "__main__":
    main()
