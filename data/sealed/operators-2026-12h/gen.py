"""Generate site/ and truth.json from data.py. stdlib only: python3 gen.py"""
import sys; sys.dont_write_bytecode = True
import json, os, re, shutil
import common
from common import page, mall, fenlei, wenda, bbs, mp, news, note, jobs, dirsite, tuan
from data import PAGES, LISTS

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# decoys: kind, normalized value, written variants (regex-bounded search), description
DECOYS = [
    ("public_number", "+8612333", ["12333"]),
    ("public_number", "+8696110", ["96110"]),
    ("public_number", "+8612377", ["12377"]),
    ("public_number", "osta.org.cn", ["osta.org.cn"]),
    ("marketplace_footer", "+864008205717", ["400-820-5717"]),
    ("marketplace_footer", "kefu@youxuemall.cn", ["kefu@youxuemall.cn"]),
    ("marketplace_footer", "youxuemall.cn", ["youxuemall.cn"]),
    ("marketplace_footer", "优学集市（杭州）网络科技有限公司", ["优学集市（杭州）网络科技有限公司"]),
    ("marketplace_footer", common.MALL_USCC, [common.MALL_USCC]),
    ("marketplace_footer", "+862029160088", ["020-2916 0088", "020-29160088"]),
    ("marketplace_footer", "jubao@xxt58.cn", ["jubao@xxt58.cn"]),
    ("marketplace_footer", "xxt58.cn", ["xxt58.cn"]),
    ("marketplace_footer", "help@zhiwen.net.cn", ["help@zhiwen.net.cn"]),
    ("marketplace_footer", "800056371", ["800056371"]),
    ("marketplace_footer", "+862037185500", ["020-3718 5500"]),
    ("marketplace_footer", "+864009902816", ["400-990-2816"]),
    ("marketplace_footer", "jubao@xiaojinote.com", ["jubao@xiaojinote.com"]),
    ("marketplace_footer", "+864006063322", ["400-606-3322"]),
    ("marketplace_footer", "kf@zhipin-wang.com.cn", ["kf@zhipin-wang.com.cn"]),
    ("marketplace_footer", "+8675526603090", ["0755-2660 3090"]),
    ("marketplace_footer", "+864000093311", ["400-009-3311"]),
    ("other", "+864001156685", ["400-115-6685"]),
    ("other", "yunqijz.com", ["yunqijz.com"]),
    ("warning_quote", "+8617023158864", ["170 2315 8864", "17023158864"]),
    ("warning_quote", "zs-banzheng666", ["zs-banzheng666"]),
    ("order_number", "S000044010020253000128", ["S000044010020253000128"]),
    ("order_number", "13620260518", ["13620260518"]),
    ("order_number", "3602020109001234567", ["3602 0201 0900 1234 567"]),
]
DECOY_NOTES = {
    "400-115-6685": "site-builder (技术支持) footer on several sellers' own sites",
    "yunqijz.com": "site-builder (技术支持) footer on several sellers' own sites",
    "13620260518": "sample admission-ticket number that looks like a mobile",
    "S000044010020253000128": "sample certificate number in image alt text",
    "3602 0201 0900 1234 567": "assessment centre's bank account quoted by several sellers",
}


def title_of(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def list_body(path, items):
    lis = "\n".join(f'<li><a href="{p}">{t}</a></li>' for p, t in items)
    return f"<ul class='list'>\n{lis}\n</ul>"


def build_lists():
    out = []
    by_dir = {}
    for p in PAGES:
        by_dir.setdefault(p["path"].split("/")[1], []).append((p["path"], title_of(p["html"])))
    for path, (title, fn, d) in LISTS.items():
        body = f"<h2>{title}</h2>" + list_body(path, by_dir.get(d, []))
        if fn is mall:
            html = mall(title, "列表", body, "<div>热门分类：职业技能 / IT / 语言</div>")
        elif fn is fenlei:
            html = fenlei(title, body, "全国")
        elif fn is wenda:
            html = wenda(title, title, body)
        elif fn is bbs:
            html = bbs(title, body)
        elif fn is mp:
            html = mp(title, "文章合集", body)
        elif fn is news:
            html = news(title, body, "列表")
        elif fn is note:
            html = note(title, "发现", body, "")
        else:
            html = fn(title, body)
        out.append(dict(path=path, html=html, is_offer=False, operator=None, provider=None,
                        ids=[], note="list page"))
    sites = "\n".join(f'<li><a href="{p}">{t}</a></li>' for p, (t, _, _) in LISTS.items())
    owns = [p for p in PAGES if p["path"].split("/")[1] in
            ("zhituo", "qihang", "dingsheng", "weilai", "hengyuan", "app")]
    own_links = "\n".join(f'<li><a href="{p["path"]}">{title_of(p["html"])}</a></li>' for p in owns)
    idx = page("考证导航 - 职业技能培训网址大全", f"""
<div class="wrap"><h1>考证导航</h1><p>收录职业技能培训相关网站，仅供参考，报名前请到 osta.org.cn 核实机构备案。</p>
<h2>平台与社区</h2><ul>{sites}</ul>
<h2>机构官网 / 小程序</h2><ul>{own_links}</ul></div>""")
    out.append(dict(path="/index.html", html=idx, is_offer=False, operator=None, provider=None,
                    ids=[], note="entry page"))
    return out


def find_written(html, w):
    return re.search(r"(?<![0-9A-Za-z_-])" + re.escape(w) + r"(?![0-9A-Za-z_])", html) is not None


def main():
    allp = PAGES + build_lists()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in allp:
        f = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    allp.sort(key=lambda p: p["path"])
    decoys = []
    for kind, value, ws in DECOYS:
        paths = sorted(p["path"] for p in allp if any(find_written(p["html"], w) for w in ws))
        d = {"kind": kind, "value": value, "paths": paths}
        if ws[0] in DECOY_NOTES:
            d["note"] = DECOY_NOTES[ws[0]]
        decoys.append(d)
    ops = {}
    for p in allp:
        if p["operator"]:
            ops.setdefault(p["operator"], []).append(p)
    operators = {}
    for op, ps in sorted(ops.items()):
        brands = []
        for p in ps:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        ties = []
        vals = {}
        for p in ps:
            for k, v, w in p["ids"]:
                vals.setdefault((k, v), []).append((p["path"], w))
        for (k, v), occ in sorted(vals.items()):
            if len(occ) > 1:
                ties.append(f"{k} {v}: " + "; ".join(f"{path} writes '{w}'" for path, w in occ))
        operators[op] = {"brands": brands, "ties": " | ".join(ties)}
    truth = {
        "description": "Sealed operators web 2026-12h (h16-web5): 50 pages across marketplace, classifieds, "
                       "Q&A, forum, WeChat articles, notes, news, job board, directory, group-buy, mini-programs "
                       "and sellers' own sites; 35 offers, 9 operators behind 27 of them, 8 independent offers.",
        "pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                   "provider": p["provider"],
                   "identifiers": [{"kind": k, "value": v} for k, v, _ in p["ids"]],
                   "note": p["note"]} for p in allp],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"pages={len(allp)} offers={sum(p['is_offer'] for p in allp)} operators={len(operators)}")


if __name__ == "__main__":
    main()
