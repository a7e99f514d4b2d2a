"""Consistency checks over the generated web, its truth and its registry."""
import collections
import html.parser
import os
import posixpath
import urllib.parse

from common import BROKEN, PAGE_TYPES, PHENOMENA, ROBOTS_DISALLOW, SEVERITY
from registry import agencies, in_scope, lapsed


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)


def norm_link(base, href, files):
    href = href.strip()
    if href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    u = urllib.parse.urlsplit(urllib.parse.urljoin("http://h" + base, href))
    if u.netloc != "h":
        return None
    path = urllib.parse.unquote(u.path) or "/"
    if path.endswith("/"):
        return path + "index.html"
    path = posixpath.normpath(path)
    if path not in files and path + "/index.html" in files:
        return path + "/index.html"
    return path


def fail(errors, msg):
    errors.append(msg)


def check(site_dir, truth, errors):
    pages = truth["pages"]
    regs = agencies()
    files = set()
    for root, _, names in os.walk(site_dir):
        for n in names:
            if n.endswith(".html"):
                files.add("/" + os.path.relpath(os.path.join(root, n), site_dir).replace(os.sep, "/"))
    for p in pages:
        if p not in files:
            fail(errors, f"truth key without file: {p}")
    for f in files:
        if f not in pages:
            fail(errors, f"file without truth entry: {f}")

    # reachability
    seen, queue, linked_broken = {"/index.html"}, ["/index.html"], set()
    while queue:
        p = queue.pop()
        enc = pages[p].get("encoding", "utf-8")
        with open(os.path.join(site_dir, p.lstrip("/")), "rb") as fh:
            text = fh.read().decode(enc)
        lp = LinkParser()
        lp.feed(text)
        for href in lp.links:
            t = norm_link(p, href, files)
            if t is None:
                continue
            if t not in files:
                if t in BROKEN:
                    linked_broken.add(t)
                else:
                    fail(errors, f"{p}: unplanned dead link {href}")
                continue
            if t not in seen:
                seen.add(t)
                queue.append(t)
    for f in sorted(files - seen):
        fail(errors, f"unreachable from /index.html: {f}")
    for b in BROKEN:
        if b not in linked_broken:
            fail(errors, f"planned broken link never linked: {b}")
        if b in files:
            fail(errors, f"planned broken link exists: {b}")

    big = 0
    for p, t in pages.items():
        if t["page_type"] not in PAGE_TYPES:
            fail(errors, f"{p}: bad page_type")
        for ph in t["phenomena"]:
            if ph not in PHENOMENA:
                fail(errors, f"{p}: unknown phenomenon {ph}")
        robots = any(p.startswith(d) for d in ROBOTS_DISALLOW)
        if robots != t["robots_disallowed"]:
            fail(errors, f"{p}: robots_disallowed mismatch")
        if not 2000 <= t["bytes"] <= 60000:
            if t["bytes"] > 60000:
                big += 1
            else:
                fail(errors, f"{p}: size {t['bytes']} outside 2-60 KB")
        if t.get("duplicate_of"):
            d = pages.get(t["duplicate_of"])
            if not d or not d["is_offer"] or t["is_offer"] or t["page_type"] != d["page_type"]:
                fail(errors, f"{p}: bad duplicate_of")
            continue
        if t["is_offer"] != (t["page_type"] == "offer"):
            fail(errors, f"{p}: is_offer and page_type disagree")
        if t["is_offer"]:
            check_offer(p, t, regs, errors)
            with open(os.path.join(site_dir, p.lstrip("/")), "rb") as fh:
                text = fh.read().decode(t.get("encoding", "utf-8"))
            for i in t["issuers"]:
                for n in [i["name"], *i.get("alt_names", [])]:
                    if n not in text:
                        fail(errors, f"{p}: issuer name {n} not on the page")
    if big > 1:
        fail(errors, "more than one page above 60 KB")


def check_offer(p, t, regs, errors):
    groups = [set(g) if isinstance(g, list) else {g} for g in t["flags"]]
    flat = set().union(*groups) if groups else set()
    opt = set(t["optional_flags"])
    if flat & opt:
        fail(errors, f"{p}: flag both required and optional")
    for c in flat | opt:
        if c not in SEVERITY:
            fail(errors, f"{p}: unknown flag {c}")
    levels = t["levels"]
    if not levels or any(lv not in (1, 2, 3, 4, 5) for lv in levels):
        fail(errors, f"{p}: bad levels {levels}")
    need = collections.OrderedDict()
    for i in t["issuers"]:
        st, aid = i["status"], i.get("agency_id")
        names_all = {i["name"], *i.get("alt_names", [])}
        if st in ("recognized", "government"):
            a = regs.get(aid)
            if not a:
                fail(errors, f"{p}: unknown agency {aid}")
                continue
            if not names_all & {a["name"], *a["aliases"]}:
                fail(errors, f"{p}: issuer name {i['name']} is neither name nor alias of {aid}")
            if (a["kind"] == "government") != (st == "government"):
                fail(errors, f"{p}: status {st} vs registry kind {a['kind']}")
            if st == "government":
                need["GOVERNMENT_ISSUER_CLAIM"] = True
            else:
                if lapsed(a):
                    need["ISSUER_LAPSED"] = True
                    if "unrecognized" not in i.get("status_alt", []):
                        fail(errors, f"{p}: lapsed issuer without status_alt")
                if not in_scope(a, levels):
                    need["ISSUER_OUT_OF_SCOPE"] = True
        else:
            if aid:
                fail(errors, f"{p}: {st} issuer with agency_id")
            for a in regs.values():
                if i["name"] in (a["name"], *a["aliases"]):
                    fail(errors, f"{p}: {st} issuer {i['name']} is a registry name")
            if st == "lookalike":
                if i.get("resembles") not in regs:
                    fail(errors, f"{p}: lookalike without valid resembles")
                need["LOOKALIKE_ISSUER"] = True
            elif st == "unrecognized":
                need["UNRECOGNIZED_ISSUER"] = True
            else:
                fail(errors, f"{p}: bad issuer status {st}")
    if not t["issuers"]:
        need["MISSING_ISSUER"] = True
    for code in need:
        if code == "MISSING_ISSUER" and code in opt:
            continue
        if code not in flat:
            fail(errors, f"{p}: issuers imply {code} but it is not required")
    issuer_codes = {"UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_LAPSED", "ISSUER_OUT_OF_SCOPE", "MISSING_ISSUER"}
    for g in groups:
        codes = g & issuer_codes
        if codes and not codes & set(need):
            fail(errors, f"{p}: required {codes} not justified by issuers")
    if "GOVERNMENT_ISSUER_CLAIM" in flat and "GOVERNMENT_ISSUER_CLAIM" not in need and not t.get("_gov_claim_text"):
        fail(errors, f"{p}: GOVERNMENT_ISSUER_CLAIM without government issuer or claim text")
    if "LOOKALIKE_ISSUER" in need:
        if not any("LOOKALIKE_ISSUER" in g for g in groups):
            fail(errors, f"{p}: lookalike group missing")
    if "ELIGIBILITY_SHORTCUT" in flat and not set(levels) & {1, 2}:
        fail(errors, f"{p}: ELIGIBILITY_SHORTCUT without level 1 or 2")
    # fee rule
    fee = t["fee_cny"]
    mx = fee["max"] if fee else None
    if fee and fee["min"] > fee["max"]:
        fail(errors, f"{p}: fee min > max")
    if mx is not None and mx >= 8000:
        if "EXCESSIVE_FEE" not in flat:
            fail(errors, f"{p}: fee {mx} >= 8000 but EXCESSIVE_FEE not required")
    elif mx is not None and mx >= 3000:
        if "EXCESSIVE_FEE" in flat or "EXCESSIVE_FEE" not in opt:
            fail(errors, f"{p}: fee {mx} in [3000, 8000) needs optional EXCESSIVE_FEE")
    else:
        if "EXCESSIVE_FEE" in flat | opt:
            fail(errors, f"{p}: fee {mx} < 3000 but EXCESSIVE_FEE listed")
    for alt in t.get("fee_cny_alt", []):
        if alt and alt["max"] >= 8000 and "EXCESSIVE_FEE" not in flat:
            fail(errors, f"{p}: alternative fee crosses 8000")
    susp = any(all(SEVERITY[c] == "high" for c in g) for g in groups)
    if susp != t["suspicious"]:
        fail(errors, f"{p}: suspicious mismatch")
