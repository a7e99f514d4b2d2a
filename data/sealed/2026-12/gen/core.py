"""Page registry, layouts and truth helpers."""
import html as _h

PAGES = {}      # path -> dict(html, enc, truth)
SITES = {
    "root": ("职达信息港", "/index.html"),
    "news": ("时讯网·教育频道", "/news/index.html"),
    "rsj": ("人社服务资讯平台", "/rsj/index.html"),
    "fenlei": ("百姓分类信息网", "/fenlei/list/rgzn-1.html"),
    "mall": ("学途课堂", "/mall/index.html"),
    "bbs": ("北方IT人论坛", "/bbs/forum-12-1.html"),
    "wenda": ("问答宝", "/wenda/index.html"),
    "jobs": ("智聘网", "/jobs/index.html"),
    "school": ("培训机构黄页", "/school/index.html"),
    "mp": ("公众号文章", "/mp/index.html"),
    "topic": ("专题聚合", "/topic/ai-trainer.html"),
    "m": ("移动落地页", "/m/index.html"),
}
CSS = {
    "news": "body{font:14px/1.7 SimSun,serif;margin:0 auto;max-width:960px}h1{font-size:22px}",
    "rsj": "body{font:14px SimSun;background:#f4f8fc}table{border-collapse:collapse}td,th{border:1px solid #9bb}",
    "fenlei": "body{font:13px Arial;margin:0}.price{color:#f60;font-size:20px}.box{border:1px solid #eee;padding:8px}",
    "mall": "body{font:14px PingFang SC,sans-serif}.p{color:#e4393c}del{color:#999}",
    "bbs": "body{font:12px Tahoma}.post{border-bottom:1px dashed #ccc;padding:6px}.au{color:#369}",
    "wenda": "body{font:14px sans-serif}.ans{border-top:1px solid #ddd;margin-top:12px}",
    "jobs": "body{font:14px sans-serif}.sal{color:#fe574a;font-weight:bold}",
    "school": "body{font:15px 'Microsoft YaHei'}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px}",
    "mp": "body{font:16px/1.8 -apple-system,sans-serif;max-width:680px;margin:auto}.meta{color:#888}",
    "topic": "body{font:14px sans-serif}.card{margin:10px 0;padding:8px;border:1px solid #eee}",
    "m": "body{font:16px sans-serif;margin:0}.btn{background:#f33;color:#fff;padding:10px}",
    "root": "body{font:14px sans-serif}",
}


def esc(s):
    return _h.escape(s, quote=True)


def doc(site, title, body, enc="utf-8", head="", decl="charset", chrome=True, lang="zh-CN"):
    name, hub = SITES[site]
    if enc == "utf-8":
        meta = '<meta charset="utf-8">'
    elif decl == "charset":
        meta = '<meta charset="%s">' % enc
    else:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc
    nav = ""
    foot = ""
    if chrome:
        nav = ('<div class="topbar"><a href="/index.html">职达信息港首页</a> | <a href="%s">%s</a>'
               ' | <a href="/sitemap.html">网站地图</a></div>\n' % (hub, name))
        foot = ('\n<div class="footer">&copy; 2026 %s · <a href="/about.html">关于我们</a>'
                ' · <a href="/contact.html">联系我们</a></div>' % name)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n%s\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<style>%s</style>\n%s</head>\n<body>\n%s%s%s\n</body>\n</html>\n"
            % (lang, meta, esc(title), CSS.get(site, ""), head, nav, body, foot))


def I(name, aid=None, status=None, alt=(), resembles=None, status_alt=None):
    d = {"name": name, "status": status, "agency_id": aid}
    if alt:
        d["alt_names"] = list(alt)
    if resembles:
        d["resembles"] = resembles
    if status_alt:
        d["status_alt"] = list(status_alt)
    return d


def add(path, html, ptype, kind, note, enc="utf-8", offer=None, robots=False, hub=True):
    assert path not in PAGES, path
    t = {"is_offer": offer is not None}
    if offer is not None:
        fee = offer.get("fee")
        t.update({
            "issuers": offer.get("issuers", []),
            "levels": sorted(offer["levels"], reverse=True),
            "fee_cny": None if fee is None else {"min": float(fee[0]), "max": float(fee[1])},
            "flags": offer.get("flags", []),
            "optional_flags": offer.get("optional", []),
            "suspicious": offer["suspicious"],
        })
        if "fee_alt" in offer:
            t["fee_cny_alt"] = offer["fee_alt"]
    t.update({"page_type": ptype, "kind": kind, "note": note, "robots_disallowed": robots,
              "encoding": enc})
    PAGES[path] = {"html": html, "enc": enc, "truth": t, "hub": hub}


def a(href, text):
    return '<a href="%s">%s</a>' % (esc(href), text)
