"""Shared helpers: page registry, issuer/offer label helpers, small HTML pieces."""
import html as _html
from registry import BY_ID, lapsed

PAGES = {}        # path -> dict(html=str, encoding=str, truth=dict)
ORDER = []


def esc(s):
    return _html.escape(s, quote=True)


def page(path, html, truth, encoding="utf-8", bom=False):
    assert path.startswith("/") and path not in PAGES, path
    PAGES[path] = {"html": html, "encoding": encoding, "truth": truth, "bom": bom}
    ORDER.append(path)


# ---------------------------------------------------------------- labels
def rec(aid, name=None, alt=None):
    r = BY_ID[aid]
    d = {"name": name or r["name"], "status": "government" if r["kind"] == "government" else "recognized",
         "agency_id": aid}
    if alt:
        d["alt_names"] = list(alt)
    if d["status"] == "recognized" and lapsed(aid):
        d["status_alt"] = ["unrecognized"]
    return d


def look(name, resembles, alt_status=("unrecognized",)):
    d = {"name": name, "status": "lookalike", "agency_id": None, "resembles": resembles}
    if BY_ID[resembles]["kind"] == "government":
        d["status_alt"] = ["government", "unrecognized"]
    elif alt_status:
        d["status_alt"] = list(alt_status)
    return d


def unrec(name, alt=None):
    d = {"name": name, "status": "unrecognized", "agency_id": None}
    if alt:
        d["alt_names"] = list(alt)
    return d


def offer(ptype="offer", issuers=(), levels=(), fee=None, flags=(), optional=(), fee_alt=None,
          note="", phen=(), **extra):
    t = {"is_offer": True, "page_type": ptype, "issuers": list(issuers),
         "levels": sorted(set(levels), reverse=True),
         "fee_cny": None if fee is None else {"min": float(fee[0]), "max": float(fee[1])},
         "flags": [list(f) if isinstance(f, (list, tuple)) else f for f in flags],
         "optional_flags": list(optional), "note": note, "phenomena": list(phen)}
    if fee_alt is not None:
        t["fee_cny_alt"] = [None if a is None else {"min": float(a[0]), "max": float(a[1])} for a in fee_alt]
    t.update(extra)
    return t


def other(ptype, note, phen=(), **extra):
    t = {"is_offer": False, "page_type": ptype, "note": note, "phenomena": list(phen)}
    t.update(extra)
    return t


# ---------------------------------------------------------------- html bits
def doc(title, body, head_extra="", charset="utf-8", lang="zh-CN", meta_charset=True, body_attr=""):
    cs = f'<meta charset="{charset}">\n' if meta_charset else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{cs}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{title}</title>\n{head_extra}</head>\n<body{body_attr}>\n{body}\n</body>\n</html>\n')


STAT_JS = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?%s";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>"""


def stat(key):
    return STAT_JS % key


def table(head, rows, cls="tb", attrs=""):
    h = "".join(f"<th>{c}</th>" for c in head)
    b = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}" {attrs}>\n<thead><tr>{h}</tr></thead>\n<tbody>\n{b}\n</tbody>\n</table>'


def paras(*ps):
    return "\n".join(f"<p>{p}</p>" for p in ps)
