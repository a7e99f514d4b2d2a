#!/usr/bin/env python3
"""Generate site/ and truth.json for the operators-2026-12e labeled web (stdlib only)."""
import json
import os
import shutil

import chrome
from util import normalize, uscc_valid
from pages_a import PAGES
import pages_b  # noqa: F401  (registers more pages)
from decoys import DECOYS, OPERATORS, DESCRIPTION

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

LISTS = [
    ("/mall/index.html", "学途商城 - 人工智能训练师 搜索结果", "学途商城 · 搜索“人工智能训练师”", "/mall/"),
    ("/fenlei/index.html", "百城分类网 - 职业技能培训 信息列表", "百城分类网 · 职业技能培训", "/fenlei/"),
    ("/qa/index.html", "问答 · 社区 · 贴吧 - 人工智能训练师话题", "人工智能训练师 相关问答与讨论", "/qa/"),
    ("/notes/index.html", "红薯笔记 / 抖声 - #人工智能训练师 话题", "#人工智能训练师 话题笔记", "/notes/"),
    ("/mp/index.html", "公众号文章 - 人工智能训练师", "搜一搜 · 公众号文章", "/mp/"),
    ("/sites/index.html", "培训学校与企业网站导航", "培训学校与企业官网导航", "/sites/"),
    ("/dir/index.html", "职培机构网 - 培训机构名录", "职培机构网 · 机构名录 | 机构入驻热线 400-700-3069", "/dir/"),
    ("/news/index.html", "南粤资讯网 - 职业培训频道", "南粤资讯网 · 职业培训频道 | 新闻热线 020-6688 1000", "/news/"),
]


def render(p):
    st, ex = p["style"], p.get("extra", {})
    if st == "mall":
        return chrome.mall(p["title"], p["body"], ex.get("goods_no", ""))
    if st == "fenlei":
        return chrome.fenlei(p["title"], p["body"], ex.get("city", "杭州"), ex.get("post_no", ""))
    if st == "wenda":
        return chrome.wenda(p["title"], p["body"])
    if st == "zhiliao":
        return chrome.zhiliao(p["title"], p["body"])
    if st == "tieba":
        return chrome.tieba(p["title"], p["body"], ex["bar"])
    if st == "notes":
        return chrome.notes(p["title"], p["body"], ex.get("app", "红薯笔记"))
    if st == "mp":
        return chrome.mp(p["title"], p["body"], ex["account"], ex["date"])
    return chrome.plain(p["title"], p["body"])


def list_page(title, head, prefix):
    items = [p for p in PAGES if p["path"].startswith(prefix)]
    lis = "\n".join(f"<li><a href=\"{p['path']}\">{p['title']}</a></li>" for p in items)
    body = (f"<div class=\"topbar\"><a href=\"/index.html\">首页</a></div><h1 style=\"font-size:20px\">{head}</h1>"
            f"<p>共 {len(items)} 条结果</p><ul>\n{lis}\n</ul>")
    if prefix == "/mall/":
        return chrome.mall(title, body)
    if prefix == "/fenlei/":
        return chrome.fenlei(title, body, "全国")
    return chrome.plain(title, body)


def index_page():
    lis = "\n".join(f"<li><a href=\"{path}\">{head.split(' | ')[0]}</a></li>" for path, _t, head, _p in LISTS)
    body = ("<h1>考证观察 · 人工智能训练师信息导航</h1>"
            "<p>汇集各平台人工智能训练师（4-04-05-05）培训与认定信息、问答与新闻，仅供参考。</p>"
            f"<ul>\n{lis}\n</ul><p style=\"font-size:12px;color:#888\">本站不提供任何证书办理服务。</p>")
    return chrome.plain("考证观察 - 人工智能训练师信息导航", body)


def write(path, text):
    full = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    write("/robots.txt", "User-agent: *\nAllow: /\n")
    entries = []
    write("/index.html", index_page())
    entries.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                    "identifiers": [], "note": "index page"})
    for path, title, head, prefix in LISTS:
        write(path, list_page(title, head, prefix))
        entries.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                        "identifiers": [], "note": "list page"})
    seen_paths = set()
    for p in PAGES:
        assert p["path"] not in seen_paths, p["path"]
        seen_paths.add(p["path"])
        write(p["path"], render(p))
        ids = []
        for kind, written, value in p["ids"]:
            assert normalize(kind, written) == value, (p["path"], kind, written, value)
            if kind == "uscc":
                assert uscc_valid(value), value
            d = {"kind": kind, "value": value}
            if d not in ids:
                ids.append(d)
        entries.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                        "provider": p["provider"], "identifiers": ids, "note": p.get("note", "")})
    # decoys: paths are found by scanning the generated pages for the written forms
    htmls = {}
    for e in entries:
        with open(os.path.join(SITE, e["path"].lstrip("/")), encoding="utf-8") as f:
            htmls[e["path"]] = f.read()
    decoys = []
    for d in DECOYS:
        for w in d["written"]:
            assert normalize(d["nkind"], w) == d["value"] or d["nkind"] == "raw", (d, w)
        paths = sorted(path for path, h in htmls.items() if any(w in h for w in d["written"]))
        assert paths, d
        decoys.append({"kind": d["kind"], "value": d["value"], "paths": paths})
    truth = {"description": DESCRIPTION, "pages": sorted(entries, key=lambda e: e["path"]),
             "operators": OPERATORS, "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(entries)} pages, {sum(e['is_offer'] for e in entries)} offers, "
          f"{len(OPERATORS)} operators, {len(decoys)} decoys")


if __name__ == "__main__":
    main()
