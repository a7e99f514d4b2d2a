"""Consistency checks over labels, registry and the written site."""
import html
import posixpath
import re
import unicodedata
import urllib.parse

from util import SEVERITY, PAGE_TYPES, PHENOMENA

SEEN = "2026-03-01"   # the date the ads are considered seen
EXCESSIVE_REQUIRED, EXCESSIVE_OPTIONAL = 8000, 3000
HREF = re.compile(r"""<a\b[^>]*?\shref\s*=\s*["']([^"']*)["']""", re.I)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(c for c in s if unicodedata.category(c)[0] not in "PSZC")


def flag_codes(flags):
    out = set()
    for f in flags:
        out |= set(f) if isinstance(f, list) else {f}
    return out


def registry_names(reg):
    names = {}
    for aid, r in reg.items():
        for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
            names[norm(n)] = aid
    return names


def lapsed(r):
    return r["status"] != "active" or (r["valid_to"] and r["valid_to"] < SEEN)


def out_of_scope(r, levels):
    occ = r["occupations"].split("|")
    lv = {int(x) for x in r["levels"].split("|")}
    return not ("*" in occ or "4-04-05-05" in occ) or not set(levels) <= lv


def check_label(path, lab, reg, text, errors):
    e = lambda m: errors.append(f"{path}: {m}")
    if lab["page_type"] not in PAGE_TYPES:
        e(f"bad page_type {lab['page_type']}")
    bad = set(lab["phenomena"]) - PHENOMENA
    if bad:
        e(f"unknown phenomena {bad}")
    if not lab.get("note"):
        e("missing note")
    if "duplicate_of" in lab and lab["is_offer"]:
        e("duplicate page must not be an offer")
    if not lab["is_offer"]:
        if lab["page_type"] == "offer" and "duplicate_of" not in lab:
            e("page_type offer but is_offer false")
        return
    if lab["page_type"] != "offer":
        e("offer must have page_type offer")
    names = registry_names(reg)
    codes = flag_codes(lab["flags"])
    opt = set(lab["optional_flags"])
    for c in codes | opt:
        if c not in SEVERITY:
            e(f"unknown flag {c}")
    if codes & opt:
        e(f"flag both required and optional: {codes & opt}")
    levels = lab["levels"]
    if not levels or not set(levels) <= {1, 2, 3, 4, 5}:
        e(f"bad levels {levels}")
    need = set()
    plain = html.unescape(text)
    for i in lab["issuers"]:
        st, aid, nm = i["status"], i.get("agency_id"), i["name"]
        if nm not in plain:
            e(f"issuer name not on page: {nm}")
        if st in ("recognized", "government"):
            r = reg.get(aid)
            if r is None:
                e(f"unknown agency {aid}")
                continue
            if names.get(norm(nm)) != aid:
                e(f"issuer '{nm}' is not a registry name/alias of {aid}")
            if (r["kind"] == "government") != (st == "government"):
                e(f"status {st} vs kind {r['kind']}")
            if st == "government":
                need.add("GOVERNMENT_ISSUER_CLAIM")
                continue
            if lapsed(r):
                need.add("ISSUER_LAPSED")
                if "unrecognized" not in i.get("status_alt", []):
                    e(f"lapsed agency {aid} without status_alt")
            if out_of_scope(r, levels):
                need.add("ISSUER_OUT_OF_SCOPE")
        elif st == "lookalike":
            if aid or not i.get("resembles") or norm(nm) in names:
                e(f"bad lookalike {nm}")
            gov = reg[i["resembles"]]["kind"] == "government"
            need.add("GOVERNMENT_ISSUER_CLAIM" if gov else "LOOKALIKE_ISSUER")
        elif st == "unrecognized":
            if aid or norm(nm) in names:
                e(f"unrecognized issuer {nm} is in the registry")
            need.add("UNRECOGNIZED_ISSUER")
        else:
            e(f"bad status {st}")
    for n in need:
        if n not in codes:
            e(f"issuer requires {n}")
    sts = {i["status"] for i in lab["issuers"]}
    rec_ids = [reg[i["agency_id"]] for i in lab["issuers"] if i["status"] == "recognized"]
    if "ISSUER_LAPSED" in codes and not any(lapsed(r) for r in rec_ids):
        e("ISSUER_LAPSED without a lapsed issuer")
    if "ISSUER_OUT_OF_SCOPE" in codes and not any(out_of_scope(r, levels) for r in rec_ids):
        e("ISSUER_OUT_OF_SCOPE without an out-of-scope issuer")
    if "UNRECOGNIZED_ISSUER" in codes and not sts & {"unrecognized", "lookalike"}:
        e("UNRECOGNIZED_ISSUER without such issuer")
    if "LOOKALIKE_ISSUER" in codes and "lookalike" not in sts:
        e("LOOKALIKE_ISSUER without lookalike")
    if "GOVERNMENT_ISSUER_CLAIM" in codes and "government" not in sts \
            and not re.search("國家職業資格證書|国家职业资格证书", plain) \
            and not any(i.get("resembles") and reg[i["resembles"]]["kind"] == "government" for i in lab["issuers"]):
        e("GOVERNMENT_ISSUER_CLAIM without government issuer or 国家职业资格证书")
    if lab["issuers"] and "MISSING_ISSUER" in codes | opt:
        e("MISSING_ISSUER with issuers")
    if not lab["issuers"] and "MISSING_ISSUER" not in codes | opt:
        e("no issuer but no MISSING_ISSUER")
    fee = lab["fee_cny"]
    mx = fee["max"] if fee else 0
    if fee and fee["min"] > fee["max"]:
        e("fee min > max")
    if mx >= EXCESSIVE_REQUIRED:
        if "EXCESSIVE_FEE" not in codes:
            e("fee >= 8000 needs EXCESSIVE_FEE")
    elif mx >= EXCESSIVE_OPTIONAL:
        if "EXCESSIVE_FEE" not in opt or "EXCESSIVE_FEE" in codes:
            e("fee in [3000,8000) needs optional EXCESSIVE_FEE only")
    elif "EXCESSIVE_FEE" in codes | opt:
        e("EXCESSIVE_FEE below 3000")
    susp = any(all(SEVERITY[c] == "high" for c in (g if isinstance(g, list) else [g])) for g in lab["flags"])
    if susp != lab["suspicious"]:
        e("suspicious mismatch")
    honest, scam = "honest_offer" in lab["phenomena"], "scam_offer" in lab["phenomena"]
    if honest and susp:
        e("honest_offer tag on a suspicious offer")


def finalize(lab):
    """Fill derived fields: optional EXCESSIVE_FEE band, suspicious."""
    if lab["is_offer"]:
        fee = lab["fee_cny"]
        mx = fee["max"] if fee else 0
        if EXCESSIVE_OPTIONAL <= mx < EXCESSIVE_REQUIRED and "EXCESSIVE_FEE" not in lab["optional_flags"]:
            lab["optional_flags"] = sorted(set(lab["optional_flags"]) | {"EXCESSIVE_FEE"})
        lab["suspicious"] = any(all(SEVERITY[c] == "high" for c in (g if isinstance(g, list) else [g]))
                                for g in lab["flags"])
    return lab


def links_of(path, text):
    out = []
    for href in HREF.findall(text):
        href = html.unescape(href).strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        u = urllib.parse.urlsplit(href)
        if u.scheme or u.netloc:
            continue  # external
        p = u.path or path
        if not p.startswith("/"):
            p = posixpath.join(posixpath.dirname(path), p)
        trailing = p.endswith("/")
        p = posixpath.normpath(p)
        if trailing or p == "/":
            p = p.rstrip("/") + "/index.html"
        out.append(p)
    return out


def check_site(texts, files, broken, disallow, errors):
    """texts: path -> decoded html; files: set of all file paths (incl. robots.txt)."""
    graph = {p: links_of(p, t) for p, t in texts.items()}
    seen_broken = set()
    for p, ls in graph.items():
        for q in ls:
            if q not in files:
                seen_broken.add(q)
                if q not in broken:
                    errors.append(f"{p}: unplanned broken link {q}")
    for b in broken:
        if b not in seen_broken:
            errors.append(f"planned broken link {b} is never linked")
    reach, todo = set(), ["/index.html"]
    while todo:
        p = todo.pop()
        if p in reach or p not in texts:
            continue
        reach.add(p)
        todo.extend(graph[p])
    for p in texts:
        if p not in reach:
            errors.append(f"{p}: not reachable from /index.html")
    return reach
