#!/usr/bin/env python3
"""Generate site/ and truth.json for the operators-2026-12i sealed web (stdlib only)."""
import json
import os
import shutil

import pages as PG
import sites

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

OPERATORS = {
    "U01": {"brands": ["智学汇教育", "京训职业培训旗舰店", "AI训练师考证中心"],
            "ties": "/zhixuehui/ai-course.html and /shop/item-1021.html share the e-mail zhaosheng@zhixuehui-edu.cn "
                    "(own-site body 招生咨询邮箱; shop sidebar 售后/发票请发邮件). /shop/item-1021.html and "
                    "/fenlei/post-3301.html share the mobile 13911862047 (written 139-1186-2047 in the shop body, "
                    "139 1186 2047 in the classified). Chain own site -e-mail- shop -mobile- classified."},
    "U02": {"brands": ["启航职业技能培训学校", "鹏城AI训练师报名处", "深训通"],
            "ties": "/qihang/ai-trainer.html (top bar and floating widget, 400-188-6520) and /mp/qihang-2026.html "
                    "(body, 4001886520) share the 400 number. /mp/qihang-2026.html (qihang-px88) and "
                    "/note/n-7781.html (comment reply, mixed case QiHang-px88 after 薇:) share the WeChat id."},
    "U03": {"brands": ["数标学院", "浙里考证", "杭州数智人才服务中心"],
            "ties": "/wenda/q-2031.html (738215946) and /bbs/thread-5521.html (738 215 946) share the QQ group. "
                    "/bbs/thread-5521.html (Q 1538806274 in a reply) and /shop/item-1044.html (sidebar 客服QQ) share "
                    "the QQ. /shop/item-1044.html (对公 户名) and /tuan/deal-0088.html (商家资质 营业执照名称) share the "
                    "company name 杭州数智人才服务有限公司 (payment holder). Chain of four pages."},
    "U04": {"brands": ["蜀才教育", "天府AI训练师考证", "蓉职通"],
            "ties": "/shucai/ai-xunlianshi.html (186 2803 7719) and /jobs/job-2207.html (18628037719) share the mobile. "
                    "/jobs/job-2207.html (微信 scjy_2025) and /fenlei/post-3318.html (微 信 号 :SCJY_2025, upper case) "
                    "share the WeChat id."},
    "U05": {"brands": ["中原技能人才服务", "豫才教育", "河南AI训练师报名中心"],
            "ties": "/zhongyuan/baoming.html (footer) and /news/2026-11-adv-yucai.html (主办单位 line) share the USCC of "
                    "河南豫才教育咨询有限公司. /news/2026-11-adv-yucai.html (yucai_edu@163.com) and /wenda/q-2044.html "
                    "(yucai_edu#163.com, '#换成@') share the e-mail."},
    "U06": {"brands": ["羊城训练师考证", "粤技通", "穗智教育"],
            "ties": "/tuan/deal-0102.html (商家电话 137 2540 6318) and /note/n-7790.html (comment reply 13725406318) "
                    "share the mobile. /note/n-7790.html (+v: gzsz-ai) and /mp/suizhi-ai.html (QR image alt text "
                    "微信号:gzsz-ai) share the WeChat id."},
    "U07": {"brands": ["申领职业培训", "沪上AI训练师", "申城技能"],
            "ties": "/shenling/course.html (header 021-54893316) and /shop/item-1066.html (sidebar (021)5489-3316) share "
                    "the Shanghai landline. /shop/item-1066.html (QQ 903317284) and /bbs/thread-5530.html "
                    "(扣扣 903 317 284) share the QQ. The forum post also names the payment holder "
                    "上海申领企业管理咨询有限公司, which is the company in the own site's footer (not labeled as a tie "
                    "there: the footer is the company name, not a payment holder)."},
    "U08": {"brands": ["楚天数智学院", "江城训练师之家"],
            "ties": "/fenlei/post-3325.html (微信:whctsz01) and /wenda/q-2052.html (V:whctsz01) share the WeChat id. "
                    "/wenda/q-2052.html (QQ群612734590) and /jobs/job-2215.html (群号:612734590) share the QQ group."},
    "U09": {"brands": ["秦才培训", "长安AI技能中心", "三秦考证通"],
            "ties": "/qincai/ai.html (top bar 400-029-8816) and /shop/item-1088.html (sidebar 400 029 8816) share the "
                    "400 number. /qincai/ai.html (qincai_px@163.com) and /note/n-7802.html (qincai_px (at) 163.com) "
                    "share the e-mail."},
}

# kind, normalized value, written variants (paths are found by scanning the generated pages)
DECOYS = [
    ("public_number", "+8612333", ["12333"], "人社 service hotline quoted in subsidy notes"),
    ("public_number", "+8696110", ["96110"], "national anti-fraud number"),
    ("public_number", "+8695533", ["95533"], "CCB bank hotline in payment notes"),
    ("public_number", "+8695338", ["95338"], "SF Express hotline in certificate mailing notes"),
    ("other", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("other", "osta.org.cn", ["www.osta.org.cn"], "official skill evaluation site"),
    ("marketplace_footer", "+864008205566", ["400-820-5566"], "marketplace customer service"),
    ("marketplace_footer", "kefu@youkejishi.com", ["kefu@youkejishi.com"], "marketplace complaint e-mail"),
    ("marketplace_footer", "youkejishi.com", ["www.youkejishi.com"], "marketplace domain"),
    ("marketplace_footer", sites.MKT_USCC, [sites.MKT_USCC], "marketplace operator USCC"),
    ("marketplace_footer", "+864006607788", ["400-660-7788"], "classifieds board report line"),
    ("marketplace_footer", "jubao@chengshifenlei.com", ["jubao@chengshifenlei.com"], "classifieds report e-mail"),
    ("marketplace_footer", "help@zhidaobang.com", ["help@zhidaobang.com"], "Q&A site feedback e-mail"),
    ("marketplace_footer", "1733029088", ["1733029088"], "forum admin QQ"),
    ("marketplace_footer", "admin@zckzlt.com", ["admin@zckzlt.com"], "forum admin e-mail"),
    ("marketplace_footer", "jubao@xiaolvshu.com", ["jubao@xiaolvshu.com"], "note platform report e-mail"),
    ("marketplace_footer", "+864008859900", ["400-885-9900"], "job board anti-fraud hotline"),
    ("marketplace_footer", "惠团购(上海)网络科技有限公司", ["惠团购(上海)网络科技有限公司"], "group-buy escrow payee (payment holder)"),
    ("marketplace_footer", "12190815321060 1".replace(" ", ""), ["1219 0815 3210 601"], "group-buy escrow bank account number"),
    ("marketplace_footer", sites.TUAN_USCC, [sites.TUAN_USCC], "group-buy platform USCC"),
    ("marketplace_footer", "+8637165795110", ["0371-65795110"], "news portal's news hotline"),
    ("warning_quote", "+861057268890", ["010-57268890"], "scam number quoted in news and sellers' anti-fraud notes"),
    ("warning_quote", "osta-zscx.com", ["osta-zscx.com"], "fake query site quoted in news and sellers' notes"),
    ("order_number", "1330302605000127", ["1330302605000127"], "certificate number on a sample certificate copied by many sellers"),
    ("order_number", "18826050710331", ["18826050710331"], "admission-ticket number on a copied screenshot"),
    ("other", "+8613800138000", ["13800138000"], "phone placeholder in a lead form template"),
    ("other", "+8675523338866", ["0755-23338866"], "web builder's hotline in site footers"),
    ("other", "xunjie-jz.com", ["www.xunjie-jz.com"], "web builder's domain in site footers"),
]

LISTS = {
    "shop": ("/shop/index.html", "优课集市 - 职业技能课程"),
    "fenlei": ("/fenlei/index.html", "城事分类网 - 教育培训信息"),
    "wenda": ("/wenda/index.html", "知道帮 - 考证问题"),
    "mp": ("/mp/index.html", "公众号文章精选"),
    "bbs": ("/bbs/index.html", "职场考证论坛 - 考证交流版"),
    "note": ("/note/index.html", "小绿书 - 考证笔记"),
    "news": ("/news/index.html", "大河资讯网 - 教育频道"),
    "jobs": ("/jobs/index.html", "好工作招聘网 - 职位列表"),
    "tuan": ("/tuan/index.html", "惠团购 - 教育培训"),
}
DIR_LINKS = ["/zhixuehui/index.html", "/qihang/ai-trainer.html", "/shucai/ai-xunlianshi.html",
             "/zhongyuan/baoming.html", "/shenling/course.html", "/qincai/ai.html", "/kaizheng/index.html"]


def all_pages():
    pages = list(PG.PAGES)
    for site, (path, title) in LISTS.items():
        items = [p for p in PG.PAGES if p["site"] == site]
        body = f"<h1>{title}</h1><ul>" + "".join(
            f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in items) + "</ul>"
        pages.append(dict(path=path, site=site, title=title, body=body, is_offer=False, operator=None,
                          provider=None, ids=[], note="list page", extra_head=""))
    by = {p["path"]: p for p in PG.PAGES}
    body = "<h1>教育培训机构名录</h1><ul>" + "".join(
        f'<li><a href="{u}">{by[u]["title"]}</a></li>' for u in DIR_LINKS) + "</ul>"
    pages.append(dict(path="/dir/index.html", site="dir", title="本地生活黄页 - 教育培训机构", body=body,
                      is_offer=False, operator=None, provider=None, ids=[], note="directory list page",
                      extra_head=""))
    body = ("<h1>考证信息导航</h1><p>汇集职业技能证书培训信息与防骗资讯。</p><ul>" + "".join(
        f'<li><a href="{path}">{title}</a></li>' for path, title in LISTS.values()) +
        '<li><a href="/dir/index.html">本地培训机构黄页</a></li></ul>')
    pages.append(dict(path="/index.html", site="root", title="考证信息导航", body=body, is_offer=False,
                      operator=None, provider=None, ids=[], note="root index", extra_head=""))
    return pages


def render(p):
    return sites.html(p["title"], p["site"], p["body"], p["extra_head"])


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    pages = all_pages()
    texts = {}
    for p in pages:
        out = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        t = render(p)
        texts[p["path"]] = t
        with open(out, "w", encoding="utf-8") as f:
            f.write(t)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, variants, note in DECOYS:
        paths = sorted(path for path, t in texts.items() if any(v in t for v in variants))
        decoys.append({"kind": kind, "value": value, "paths": paths})
    truth = {
        "description": "Sealed operator-linking web operators-2026-12i: 54 pages on one host (marketplace, "
                       "classifieds, Q&A, WeChat articles, forum, note platform, news portal, job board, group-buy, "
                       "directory and sellers' own sites); 36 AI-trainer certificate offers, 28 of them behind 9 "
                       "operators, 8 independent sellers.",
        "pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                   "provider": p["provider"],
                   "identifiers": [{"kind": k, "value": v} for k, v, _ in p["ids"]],
                   "note": p["note"]} for p in sorted(pages, key=lambda q: q["path"])],
        "operators": OPERATORS,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"pages={len(pages)} offers={sum(p['is_offer'] for p in pages)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
