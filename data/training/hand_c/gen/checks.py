"""Consistency checks of the labels and of the link graph."""
import os
import re
import urllib.parse

from common import SEVERITY, PAGE_TYPES, PHENOMENA, SEEN_DATE

AI = "4-04-05-05"
ISSUER_CODES = {"UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
                "GOVERNMENT_ISSUER_CLAIM", "MISSING_ISSUER"}


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def names_of(row):
    return {row["name"], *[a for a in row["aliases"].split("|") if a]}


def check_labels(pages, reg, rule_req=8000, rule_opt=3000):
    all_names = {}
    for aid, row in reg.items():
        for n in names_of(row):
            all_names[n] = aid
    for p in pages:
        path, t = p["path"], p["truth"]
        need(t["page_type"] in PAGE_TYPES, f"{path}: bad page_type")
        bad = set(t["phenomena"]) - PHENOMENA
        need(not bad, f"{path}: unknown phenomena {bad}")
        need(bool(t["note"]), f"{path}: empty note")
        if t.get("duplicate_of"):
            need(not t["is_offer"], f"{path}: duplicate must not be an offer")
            continue
        need((t["page_type"] == "offer") == t["is_offer"], f"{path}: page_type/is_offer mismatch")
        if not t["is_offer"]:
            continue
        groups = [set(g) if isinstance(g, list) else {g} for g in t["flags"]]
        required_codes = set().union(*groups) if groups else set()
        optional = set(t["optional_flags"])
        need(not (required_codes & optional - {c for g in groups if len(g) > 1 for c in g}),
             f"{path}: a code is both required and optional")
        for c in required_codes | optional:
            need(c in SEVERITY, f"{path}: unknown flag {c}")
        levels = t["levels"]
        need(levels and set(levels) <= {1, 2, 3, 4, 5}, f"{path}: bad levels")
        expected = set()
        for iss in t["issuers"]:
            st, name = iss["status"], iss["name"]
            if st in ("recognized", "government"):
                row = reg.get(iss["agency_id"])
                need(row is not None, f"{path}: unknown agency {iss['agency_id']}")
                need(name in names_of(row), f"{path}: '{name}' is not a name of {row['agency_id']}")
                need((row["kind"] == "government") == (st == "government"), f"{path}: status/kind mismatch for {name}")
            if st == "recognized":
                occ = row["occupations"].split("|")
                lv = {int(x) for x in row["levels"].split("|")}
                if not ("*" in occ or AI in occ) or not set(levels) <= lv:
                    expected.add("ISSUER_OUT_OF_SCOPE")
                lapsed = row["status"] != "active" or (row["valid_to"] and row["valid_to"] < SEEN_DATE)
                if lapsed:
                    expected.add("ISSUER_LAPSED")
                    need("unrecognized" in iss.get("status_alt", []), f"{path}: lapsed issuer needs status_alt")
            elif st == "government":
                expected.add("GOVERNMENT_ISSUER_CLAIM")
            elif st == "lookalike":
                need(name not in all_names, f"{path}: lookalike '{name}' is a registry name")
                need(iss["resembles"] in reg, f"{path}: resembles unknown")
                expected.add("GOVERNMENT_ISSUER_CLAIM" if reg[iss["resembles"]]["kind"] == "government" else "LOOKALIKE_ISSUER")
            elif st == "unrecognized":
                need(name not in all_names, f"{path}: unrecognized '{name}' is a registry name")
                expected.add("UNRECOGNIZED_ISSUER")
            else:
                raise CheckError(f"{path}: bad issuer status {st}")
        if not t["issuers"]:
            need("MISSING_ISSUER" in required_codes | optional, f"{path}: no issuer but no MISSING_ISSUER")
        else:
            need("MISSING_ISSUER" not in required_codes, f"{path}: MISSING_ISSUER with issuers")
        for code in expected:
            need(any(code in g for g in groups), f"{path}: expected {code} from issuers")
        extra = {c for g in groups if len(g) == 1 for c in g} & ISSUER_CODES - expected - {"MISSING_ISSUER"}
        if t.get("_gov_wording"):
            extra.discard("GOVERNMENT_ISSUER_CLAIM")
        need(not extra, f"{path}: issuer flags without cause {extra}")
        # any-of groups must be justified by a lookalike
        for g in groups:
            if len(g) > 1:
                need(g == {"LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"} and "LOOKALIKE_ISSUER" in expected,
                     f"{path}: unexpected any-of group {g}")
        # fee rule
        fee = t["fee_cny"]
        mx = fee["max"] if fee else None
        if mx is not None:
            need(fee["min"] <= mx, f"{path}: fee min > max")
        if mx is not None and mx >= rule_req:
            need("EXCESSIVE_FEE" in required_codes, f"{path}: fee {mx} needs EXCESSIVE_FEE")
        elif mx is not None and mx >= rule_opt:
            need("EXCESSIVE_FEE" not in required_codes, f"{path}: EXCESSIVE_FEE required below {rule_req}")
        else:
            need("EXCESSIVE_FEE" not in required_codes | optional, f"{path}: EXCESSIVE_FEE below {rule_opt}")
        if "ELIGIBILITY_SHORTCUT" in required_codes:
            need(set(levels) & {1, 2}, f"{path}: ELIGIBILITY_SHORTCUT without level 1/2")
        susp = any(all(SEVERITY[c] == "high" for c in g) for g in groups)
        need(susp == t["suspicious"], f"{path}: suspicious mismatch")
    return True


HREF = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']*)[\"']", re.I)
BASE = re.compile(r"<base\b[^>]*?\bhref\s*=\s*[\"']([^\"']*)[\"']", re.I)
SKIP_EXT = (".css", ".js", ".png", ".jpg", ".gif", ".ico", ".xml", ".docx", ".pdf")


def links_of(path, text):
    base = BASE.search(text)
    base_url = urllib.parse.urljoin(path, base.group(1)) if base else path
    out = []
    for raw in HREF.findall(text):
        raw = raw.strip().replace("&amp;", "&")
        if not raw or raw.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        u = urllib.parse.urljoin("http://h" + base_url, raw)
        s = urllib.parse.urlsplit(u)
        if s.netloc != "h":
            continue  # external
        tp = urllib.parse.unquote(s.path)
        if tp.endswith("/"):
            tp += "index.html"
        if tp.lower().endswith(SKIP_EXT):
            continue
        out.append(tp)
    return out


def check_graph(site_dir, pages, broken_expected, robots_prefixes):
    texts = {p["path"]: p["text"] for p in pages}
    seen, queue, broken = {"/index.html"}, ["/index.html"], set()
    while queue:
        cur = queue.pop()
        for tgt in links_of(cur, texts[cur]):
            if tgt in texts:
                if tgt not in seen:
                    seen.add(tgt)
                    queue.append(tgt)
            else:
                broken.add(tgt)
    missing = set(texts) - seen
    need(not missing, f"unreachable pages: {sorted(missing)}")
    need(broken == set(broken_expected), f"broken links {sorted(broken)} != expected {sorted(broken_expected)}")
    on_disk = set()
    for root, _, files in os.walk(site_dir):
        for f in files:
            if f.endswith((".html", ".htm")):
                on_disk.add("/" + os.path.relpath(os.path.join(root, f), site_dir).replace(os.sep, "/"))
    need(on_disk == set(texts), f"files vs truth mismatch: {sorted(on_disk ^ set(texts))}")
    for p in pages:
        in_robots = any(p["path"].startswith(r) for r in robots_prefixes)
        need(in_robots == p["truth"]["robots_disallowed"], f"{p['path']}: robots flag mismatch")
        need(2000 <= p["truth"]["bytes"] <= 60000, f"{p['path']}: size {p['truth']['bytes']} out of 2–60 KB")
    return True
