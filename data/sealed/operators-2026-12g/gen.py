#!/usr/bin/env python3
"""Generate site/ and truth.json for the sealed operators web 2026-12g (stdlib only)."""
import json
import os
import shutil

import chrome
import pages_a
import pages_b  # noqa: F401  (registers pages)
import pages_c  # noqa: F401
from chrome import page, mall, fenlei, wenda, bbs, note, news, jobs, dirpage, tuan

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
PAGES = pages_a.P

# ---------------------------------------------------------------- list pages
SITES = {
    "mall": ("技能优选商城 · 人工智能训练师", lambda b: mall("人工智能训练师 课程列表", "列表", b)),
    "fenlei": ("同城信息网 · 职业技能培训", lambda b: fenlei("职业技能培训信息", "全国", b)),
    "wenda": ("知问网 · 人工智能训练师话题", lambda b: wenda("人工智能训练师 话题", b)),
    "mp": ("公众号文章精选", lambda b: page("公众号文章精选", '<div class="wrap">' + b + "</div>")),
    "bbs": ("职场人论坛 · 考证交流区", lambda b: bbs("考证交流区", b)),
    "note": ("小薯笔记 · 搜索：AI训练师", lambda b: note("搜索结果：AI训练师", "小薯笔记", b, [])),
    "news": ("东方资讯网 · 教育", lambda b: news("教育频道", b, "2026-12-01")),
    "jobs": ("快聘网 · AI相关职位", lambda b: jobs("AI相关职位", "快聘网", b)),
    "dir": ("城市黄页 · 职业技能培训", lambda b: dirpage("职业技能培训商家", b)),
    "tuan": ("惠团购 · 教育培训", lambda b: tuan("教育培训团购", b)),
}
OWN = [("/zhixun/ai-trainer.html", "智训教育"), ("/dingcheng/kecheng.html", "鼎程教育"),
       ("/yuezhi/rgzn.html", "广州粤智职业培训学校"), ("/kejian/index.html", "科鉴教育"),
       ("/hongtu/course.html", "鸿图教育"), ("/jinqiao/index.html", "金桥人力")]

DECOYS = [
    # kind, value, written forms (any of them counts as present)
    ("public_number", "+8612333", ["12333"]),
    ("public_number", "+8696110", ["96110"]),
    ("public_number", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"]),
    ("marketplace_footer", "+864008265150", ["400-826-5150"]),
    ("marketplace_footer", "kefu@jinengyouxuan.com", ["kefu@jinengyouxuan.com"]),
    ("marketplace_footer", "jinengyouxuan.com", ["jinengyouxuan.com"]),
    ("marketplace_footer", chrome.MALL_USCC, [chrome.MALL_USCC]),
    ("marketplace_footer", "杭州技能优选网络科技有限公司", ["杭州技能优选网络科技有限公司"]),
    ("marketplace_footer", "+8653266778920", ["0532-66778920"]),
    ("marketplace_footer", "jubao@tongchengxinxi.net", ["jubao@tongchengxinxi.net"]),
    ("marketplace_footer", "tongchengxinxi.net", ["tongchengxinxi.net"]),
    ("marketplace_footer", "jubao@zhiwenwang.com", ["jubao@zhiwenwang.com"]),
    ("marketplace_footer", "zhiwenwang.com", ["zhiwenwang.com"]),
    ("marketplace_footer", "+864009210706", ["400-921-0706"]),
    ("marketplace_footer", "jubao@xiaoshubiji.com", ["jubao@xiaoshubiji.com"]),
    ("marketplace_footer", "+864006163355", ["400-616-3355"]),
    ("marketplace_footer", "service@kuaipin.com", ["service@kuaipin.com"]),
    ("marketplace_footer", "kuaipin.com", ["kuaipin.com"]),
    ("marketplace_footer", "+862367718890", ["023-67718890"]),
    ("marketplace_footer", "+864006152288", ["400-615-2288"]),
    ("marketplace_footer", "bd@huituangou.cn", ["bd@huituangou.cn"]),
    ("other", "财付通支付科技有限公司", ["财付通支付科技有限公司"]),
    ("other", "+864000278899", ["400-027-8899"]),
    ("other", "广东省南粤技能评价服务中心", ["广东省南粤技能评价服务中心"]),
    ("other", "4400158302605300128 8".replace(" ", ""), ["4400 1583 0260 5300 1288"]),
    ("warning_quote", "2470013658", ["2470013658"]),
    ("warning_quote", "zs-kaozheng888", ["zs-kaozheng888"]),
    ("warning_quote", "+8689831562478", ["0898-31562478"]),
    ("warning_quote", "+8617132659870", ["171 3265 9870"]),
    ("order_number", "13572046180", ["13572046180"]),
    ("order_number", "2511030158", ["2511030158"]),
    ("order_number", chrome.CERT_SAMPLE, [chrome.CERT_SAMPLE]),
]


def build_lists():
    for d, (title, wrap) in SITES.items():
        items = [p for p in PAGES if p["path"].startswith("/" + d + "/")]
        lis = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in items)
        body = f'<h1>{title}</h1><ul class="list">{lis}</ul><p><a href="/index.html">返回导航</a></p>'
        pages_a.add(f"/{d}/index.html", False, None, None, [], wrap(body), "list page")
    sites = "".join(f'<li><a href="/{d}/index.html">{t}</a></li>' for d, (t, _) in SITES.items())
    own = "".join(f'<li><a href="{p}">{name}</a></li>' for p, name in OWN)
    pages_a.add("/index.html", False, None, None, [], page("考证资讯导航", f"""
<div class="wrap"><h1>考证资讯导航</h1><p>汇集职业技能考证相关的商城、论坛、问答、资讯站点。</p>
<h3>站点</h3><ul>{sites}</ul><h3>机构官网</h3><ul>{own}</ul></div>"""), "index")


def title_of(html):
    return html.split("<title>", 1)[1].split("</title>", 1)[0]


def ties_of(op):
    seen = {}
    for p in PAGES:
        if p["operator"] != op:
            continue
        for kind, value, written in p["ids"]:
            seen.setdefault((kind, value), []).append((p["path"], written))
    return {k: v for k, v in seen.items() if len({x[0] for x in v}) > 1}


def decoy_paths(forms):
    return [p["path"] for p in PAGES if any(f in p["html"] for f in forms)]


def main():
    for p in PAGES:
        p["title"] = title_of(p["html"])
    build_lists()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for op in sorted({p["operator"] for p in PAGES if p["operator"]}):
        brands = []
        for p in PAGES:
            if p["operator"] == op and p["provider"] not in brands:
                brands.append(p["provider"])
        desc = []
        for (kind, value), occ in ties_of(op).items():
            desc.append(f"{kind} {value}: " + "; ".join(f"{path} written '{w}'" for path, w in occ))
        ops[op] = {"brands": brands, "ties": " | ".join(desc)}
    truth = {
        "description": ("Sealed operators web 2026-12g: 51 HTML pages on one host (10 platform sites + 6 own sites), "
                        "35 AI-trainer certificate course offers, 9 operators behind 27 offers, 8 independent sellers. "
                        "Generated by gen.py; checked by check.py."),
        "pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                   "provider": p["provider"],
                   "identifiers": [{"kind": k, "value": v} for k, v, _ in p["ids"]],
                   "note": p["note"]} for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": ops,
        "decoys": [{"kind": k, "value": v, "paths": decoy_paths(forms)} for k, v, forms in DECOYS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
