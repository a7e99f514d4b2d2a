#!/usr/bin/env python3
"""Generate site/ and truth.json for the sealed operators web 2026-12f (stdlib only)."""
import json
import os
import shutil

import pages1
import pages2  # noqa: F401  (registers pages)
import pages3  # noqa: F401
from chrome import doc, mall, fenlei, wenda, note, bbs, news, huangye, zhaopin

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

BRANDS = {
    "U01": ["瀚星AI学堂", "智训职业培训", "星途技能"],
    "U02": ["鹏智教育", "深训通", "AI证书帮"],
    "U03": ["之江数智学院", "杭职AI培训中心"],
    "U04": ["李老师考证", "京才认证服务", "北京智能职培"],
    "U05": ["成都锦程培训", "蜀才教育", "天府AI职训"],
    "U06": ["楚天智训", "江城AI学院"],
    "U07": ["粤智职培", "羊城数标学院", "南粤技能服务中心", "智标通"],
    "U08": ["金陵智能职教", "宁训AI"],
    "U09": ["职达网校", "豫才教育", "中科智培"],
}

TIES = {
    "U01": "mall shop 瀚星AI学堂 (/mall/item-8841203.html) and classifieds 智训职业培训 (/fenlei/post-5520931.html) share WeChat hx_ai_xt "
           "(sidebar 'hx_ai_xt' vs 'VX：HX_AI_XT' in upper case); the classifieds post and own site 星途技能 (/xingtu/kecheng.html) share QQ 2851370496 "
           "(body 'QQ 2851370496' vs floating widget '扣扣：2851370496'). Chain mall-fenlei-own site.",
    "U02": "公众号 鹏智教育 (/mp/s-pzjy-ai.html) and advertorial 深训通 (/news/tg-20261118.html) share landline 0755-86612290 ('(0755)86612290' vs '0755-8661-2290'); "
           "公众号 and Q&A answer 深训通 (/wenda/q-30871.html) share 400 number ('4006-931-180' vs '4006931180'); the answer and note AI证书帮 (/note/n-6a1f93.html) "
           "share e-mail pzjy_kf@163.com (plain vs 'pzjy_kf艾特163.com').",
    "U03": "own site 之江数智学院 (/zjsz/course-ai.html) and directory entry 杭职AI培训中心 (/dir/hz-company-2291.html) share the USCC (footer vs table row); "
           "own site and mall shop 杭职AI培训中心 (/mall/item-7719025.html) share domain zjszxy.com (footer 'www.zjszxy.com' vs body text 'zjszxy.com').",
    "U04": "forum thread 李老师考证 (/bbs/thread-88213.html) and classifieds 京才认证服务 (/fenlei/post-5531177.html) share mobile 18610327745 (Chinese numerals "
           "'一八六一零三二七七四五' vs table cell); forum thread and recruitment post 北京智能职培 (/zhaopin/job-102934.html) share QQ group 738264190.",
    "U05": "own site 成都锦程培训 (/jincheng/ai.html) and mall shop 蜀才教育 (/mall/item-9903316.html) share the bank-transfer holder name 成都锦程启航教育咨询有限公司; "
           "own site and 公众号 天府AI职训 (/mp/s-tfai.html) share landline 028-85326617 (ASCII hyphen vs full-width '028－85326617').",
    "U06": "own site 楚天智训 (/ctzx/index.html) and advertorial 江城AI学院 (/news/tg-20261122.html) share e-mail ctzx@ctzx-edu.com; own site and note 江城AI学院 "
           "(/note/n-7c02d4.html) share domain ctzx-edu.com (footer 'www.ctzx-edu.com' vs link href only).",
    "U07": "mall shop 粤智职培 (/mall/item-6650218.html) and own site 羊城数标学院 (/yangcheng/peixun.html) share WeChat yzzp2026 ('微❤：yzzp2026' vs 'Yzzp2026'); "
           "own site and classifieds 南粤技能服务中心 (/fenlei/post-5540862.html) share mobile 13533018846 ('(+86)135-3301-8846' vs '135 3301 8846（微信同号）'); classifieds and forum "
           "post 智标通 (/bbs/thread-88540.html) share QQ 1984406652 (table cell vs 'Q：198 440 6652', also as 1984406652@qq.com). Chain of four.",
    "U08": "note 金陵智能职教 (/note/n-8e55b1.html) writes WeChat jlzj_ai in an author's comment reply ('威 jlzj_ai'); Q&A answer 宁训AI (/wenda/q-31022.html) "
           "has it only in an image alt text.",
    "U09": "own site 职达网校 (/zhida/index.html) and directory entry 豫才教育 (/dir/zz-company-5530.html) share landline 0371-65912280 (hyphen vs em dash '0371—65912280'); "
           "own site and mall shop 中科智培 (/mall/item-5521873.html) share the USCC (footer vs the shop's 企业资质 sidebar).",
}

# Decoys: (kind, normalized value, [written forms searched in the HTML]).
DECOYS = [
    ("public_number", "12333", ["12333"]),
    ("public_number", "+862012333", ["020-12333"]),
    ("public_number", "12345", ["12345热线"]),
    ("public_number", "96110", ["96110"]),
    ("public_number", "+8657185053615", ["0571-8505 3615"]),
    ("public_number", "zscx.osta.org.cn", ["zscx.osta.org.cn"]),
    ("public_number", "osta.org.cn", ["www.osta.org.cn"]),
    ("marketplace_footer", "+864008205517", ["400-820-5517"]),
    ("marketplace_footer", "kefu@xueyigou.com", ["kefu@xueyigou.com"]),
    ("marketplace_footer", "xueyigou.com", ["xueyigou.com"]),
    ("marketplace_footer", "+865925190365", ["0592-5190365"]),
    ("marketplace_footer", "jubao@bst365.cn", ["jubao@bst365.cn"]),
    ("marketplace_footer", "bst365.cn", ["bst365.cn"]),
    ("marketplace_footer", "厦门百事通网络科技有限公司", ["开户名：厦门百事通网络科技有限公司"]),
    ("marketplace_footer", "35150198730100000365", ["3515 0198 7301 0000 0365"]),
    ("marketplace_footer", "tousu@wendaba.com", ["tousu@wendaba.com"]),
    ("marketplace_footer", "+861053992618", ["010-5399 2618"]),
    ("marketplace_footer", "+862162360599", ["021-6236 0599"]),
    ("marketplace_footer", "jubao@xiaolvshu.com", ["jubao@xiaolvshu.com"]),
    ("marketplace_footer", "800042175", ["800042175"]),
    ("marketplace_footer", "619437728", ["619437728"]),
    ("marketplace_footer", "admin@aizcbbs.com", ["admin@aizcbbs.com"]),
    ("marketplace_footer", "+862155580110", ["021-5558 0110"]),
    ("marketplace_footer", "+862160907788", ["021-6090 7788"]),
    ("marketplace_footer", "news@dfcx.com.cn", ["news@dfcx.com.cn"]),
    ("marketplace_footer", "+864006183355", ["400-618-3355"]),
    ("marketplace_footer", "jiucuo@qiyehuangye.net", ["jiucuo@qiyehuangye.net"]),
    ("marketplace_footer", "+864000109969", ["400-010-9969"]),
    ("marketplace_footer", "mp.weixin.qq.com", ["mp.weixin.qq.com"]),
    ("other", "yunfanjz.com", ["www.yunfanjz.com"]),
    ("other", "+864009908818", ["400-990-8818"]),
    ("warning_quote", "+8617721083359", ["177-2108-3359", "177 2108 3359"]),
    ("warning_quote", "zgjnzs-cx.com", ["zgjnzs-cx.com"]),
    ("order_number", "13926120501", ["13926120501"]),
    ("order_number", "S000031000012253000127", ["S000031000012253000127"]),
]

SITES = [
    ("mall", "学易购 · 职业技能课程", mall, "学易购"),
    ("fenlei", "城市百事通 · 教育培训", fenlei, "城市百事通"),
    ("wenda", "问答吧 · 职业考证", wenda, "问答吧"),
    ("mp", "公众号文章精选", None, "公众号"),
    ("note", "小绿书 · 考证笔记", note, "小绿书"),
    ("bbs", "AI职场论坛 · 考证交流", bbs, "AI职场论坛"),
    ("news", "东方财讯网 · 教育频道", news, "东方财讯网"),
    ("dir", "企业黄页网 · 教育培训", huangye, "企业黄页网"),
    ("zhaopin", "快招网 · 职位列表", zhaopin, "快招网"),
]
OWN = ["xingtu", "zjsz", "jincheng", "ctzx", "yangcheng", "zhida", "qiantang", "xyjy"]


def list_pages():
    out = []
    for folder, title, wrap, _name in SITES:
        items = [p for p in pages1.P if p["path"].startswith(f"/{folder}/")]
        lis = "\n".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in items)
        body = f"<h1>{title}</h1>\n<ul class=\"list\">\n{lis}\n</ul>\n<div class=\"pager\">共 {len(items)} 条 ｜ 第 1 页</div>"
        if folder == "mp":
            html = f'<div class="wrap"><h1>{title}</h1><p>来自多个公众号的文章，点击阅读</p><ul>{lis}</ul><p><a href="/index.html">返回首页</a></p></div>'
        elif folder == "mall":
            html = wrap(title, body, shop_side="<p>热门分类：IT培训 · 职业技能 · 学历提升</p>")
        else:
            html = wrap(title, body)
        out.append(dict(path=f"/{folder}/index.html", title=title, html=html, is_offer=False, operator=None,
                        provider=None, ids=[], note="list page"))
    own_links = []
    for f in OWN:
        p = next(p for p in pages1.P if p["path"].startswith(f"/{f}/"))
        own_links.append(f'<li><a href="{p["path"]}">{p["title"]}</a></li>')
    site_links = "\n".join(f'<li><a href="/{f}/index.html">{n}</a></li>' for f, _t, _w, n in SITES)
    idx = (f'<div class="wrap"><h1>职教导航 — 职业技能与考证网址大全</h1>\n<h3>平台与社区</h3><ul>\n{site_links}\n</ul>\n'
           f'<h3>机构与院校网站</h3><ul>\n' + "\n".join(own_links) + '\n</ul>\n'
           '<p>本导航仅收录网址，不对所列机构作任何担保。</p></div>')
    out.insert(0, dict(path="/index.html", title="职教导航", html=idx, is_offer=False, operator=None, provider=None,
                       ids=[], note="index"))
    return out


def main():
    pages = list_pages() + pages1.P
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in pages:
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(doc(p["title"], p["html"]))
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    texts = {p["path"]: open(os.path.join(SITE, p["path"].lstrip("/")), encoding="utf-8").read() for p in pages}
    decoys = []
    for kind, value, forms in DECOYS:
        paths = sorted(path for path, t in texts.items() if any(fm in t for fm in forms))
        decoys.append({"kind": kind, "value": value, "paths": paths})
    truth = {
        "description": "Sealed operators web 2026-12f: 51 pages over nine site styles (marketplace, classifieds, Q&A, WeChat articles, "
                       "note platform, forum, news portal with advertorials, business directory, recruitment board) and eight own sites. "
                       "36 AI-trainer offers, 28 of them from 9 operators, 8 from independent sellers; 15 non-offers.",
        "pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"], "provider": p["provider"],
                   "identifiers": [{"kind": k, "value": v} for k, v, _raw in p["ids"]], "note": p["note"]} for p in pages],
        "operators": {u: {"brands": BRANDS[u], "ties": TIES[u]} for u in sorted(BRANDS)},
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # raw written forms, for check.py
    with open(os.path.join(HERE, "written_forms.json"), "w", encoding="utf-8") as f:
        json.dump({p["path"]: [[k, v, raw] for k, v, raw in p["ids"]] for p in pages}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    json.dump([[k, v, forms] for k, v, forms in DECOYS], open(os.path.join(HERE, "decoy_forms.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(f"{len(pages)} pages, {sum(p['is_offer'] for p in pages)} offers")


if __name__ == "__main__":
    main()
