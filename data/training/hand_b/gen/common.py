"""Shared helpers for hand_b's labeled web: registry, page store, small HTML helpers."""
import html
import os

REF_DATE = "2025-10-01"   # a registry valid_to before this date counts as lapsed
AI = "4-04-05-05"

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(base8):
    s = sum(int(c) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(kind2, region6, base8):
    body = kind2 + region6 + org_code(base8)
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_W))
    r = 31 - s % 31
    return body + USCC_CHARS[0 if r == 31 else r]


OSTA = "https://pjjg.osta.org.cn/"
# agency_id, name, aliases, uscc parts or "", kind, occupations, levels, region, from, to, status, source
REGISTRY = [
    ("B01", "广州穗智职业技能评价有限公司", "穗智评价|穗智技能评价", ("91", "440106", "31827705"), "evaluation_org", AI + "|4-04-05-02", "1|2|3|4|5", "广东", "2022-03-01", "2029-02-28", "active", OSTA),
    ("B02", "广州穗智职业技能评价中心", "", ("52", "440106", "50612837"), "evaluation_org", "4-04-05-01|4-04-05-02", "3|4|5", "广东", "2022-06-01", "2029-05-31", "active", OSTA),
    ("B03", "深圳市南山数字技能人才评价中心", "南山数字技能评价中心|Shenzhen Nanshan Digital Skills Talent Evaluation Center", ("52", "440305", "62019348"), "evaluation_org", AI, "3|4|5", "广东", "2021-12-01", "2028-11-30", "active", OSTA),
    ("B04", "深圳市南山数字技能人才发展有限公司", "", ("91", "440305", "35507261"), "employer", AI, "4|5", "广东", "2023-04-01", "", "active", OSTA),
    ("B05", "佛山市禅城智能制造职业技能评价有限公司", "禅城智造评价", ("91", "440604", "27731945"), "evaluation_org", AI + "|6-20-99-00", "3|4|5", "广东", "2022-01-15", "2028-01-14", "suspended", OSTA),
    ("B06", "广东粤数人工智能职业技能评价有限公司", "粤数评价|粤数AI评价", ("91", "440106", "40288153"), "evaluation_org", AI, "3|4|5", "广东", "2022-09-01", "2029-08-31", "active", OSTA),
    ("B07", "广东省粤港澳大湾区数字技能协会", "湾区数字技能协会", ("51", "440000", "51930628"), "association", AI, "3|4|5", "广东", "2023-02-01", "2028-01-31", "active", OSTA),
    ("B08", "珠海横琴职业技能评价服务中心", "横琴评价中心", ("52", "440402", "60481327"), "evaluation_org", AI, "3|4|5", "广东", "2021-01-01", "2023-12-31", "active", OSTA),
    ("B09", "东莞松湖职业技能鉴定服务有限公司", "松湖鉴定", ("91", "441900", "19375520"), "evaluation_org", AI, "2|3|4|5", "广东", "2022-05-10", "2029-05-09", "active", OSTA),
    ("B10", "成都锦城数字技能评价有限公司", "锦城数字评价", ("91", "510107", "33091842"), "evaluation_org", AI, "1|2|3|4|5", "四川", "2022-04-01", "2029-03-31", "active", OSTA),
    ("B11", "成都锦城数字技能评价中心", "", ("52", "510104", "70125563"), "evaluation_org", "4-04-05-01", "3|4|5", "四川", "2022-08-01", "2029-07-31", "active", OSTA),
    ("B12", "四川蜀智人才职业技能评价有限公司", "蜀智评价", ("91", "510107", "28846301"), "evaluation_org", AI, "2|3|4|5", "四川", "2021-10-01", "2028-09-30", "revoked", OSTA),
    ("B13", "绵阳科技城职业技能评价中心", "科技城评价中心", ("52", "510703", "61752094"), "evaluation_org", AI, "4|5", "四川", "2023-03-01", "2028-02-29", "active", OSTA),
    ("B14", "四川省数字经济职业技能评价协会", "", ("51", "510000", "50377218"), "association", "4-04-05-03", "3|4|5", "四川", "2023-01-01", "2027-12-31", "active", OSTA),
    ("B15", "重庆巴渝数智职业技能评价有限公司", "巴渝数智评价|巴渝数智", ("91", "500112", "30589176"), "evaluation_org", AI, "1|2|3|4|5", "重庆", "2022-02-01", "2029-01-31", "active", OSTA),
    ("B16", "重庆两江新区智能产业职业技能评价中心", "两江智能评价中心", ("52", "500112", "60038815"), "evaluation_org", AI + "|4-04-05-01", "3|4|5", "重庆", "2022-11-01", "2028-10-31", "active", OSTA),
    ("B17", "重庆两江新区智能产业发展有限公司", "", ("91", "500112", "45129936"), "employer", "4-04-05-01", "4|5", "重庆", "2023-06-01", "", "active", OSTA),
    ("B18", "重庆山城数据标注科技有限公司", "山城标注", ("91", "500107", "36640271"), "employer", AI, "4|5", "重庆", "2023-05-01", "2025-04-30", "active", OSTA),
    ("B19", "重庆渝州职业技能鉴定中心", "渝州鉴定中心", ("52", "500107", "61109457"), "evaluation_org", AI, "3|4|5", "重庆", "2021-07-01", "2028-06-30", "suspended", OSTA),
    ("B20", "汕头潮汕数字人才职业技能评价有限公司", "", ("91", "440507", "29905613"), "evaluation_org", AI, "4|5", "广东", "2023-08-01", "2029-07-31", "active", OSTA),
    ("G01", "人力资源和社会保障部", "人社部|人力资源社会保障部|中华人民共和国人力资源和社会保障部|国家人社部|Ministry of Human Resources and Social Security|MOHRSS", "", "government", "*", "1|2|3|4|5", "全国", "", "", "active", "https://www.mohrss.gov.cn/"),
    ("G02", "人力资源和社会保障部职业技能鉴定中心", "人力资源社会保障部职业技能鉴定中心|人社部职业技能鉴定中心|OSTA", "", "government", "*", "1|2|3|4|5", "全国", "", "", "active", "http://www.osta.org.cn/"),
    ("G03", "广东省人力资源和社会保障厅", "广东省人社厅", "", "government", "*", "1|2|3|4|5", "广东", "", "", "active", "https://hrss.gd.gov.cn/"),
    ("G04", "四川省人力资源和社会保障厅", "四川省人社厅", "", "government", "*", "1|2|3|4|5", "四川", "", "", "active", "https://rst.sc.gov.cn/"),
    ("G05", "重庆市人力资源和社会保障局", "重庆市人社局", "", "government", "*", "1|2|3|4|5", "重庆", "", "", "active", "https://rlsbj.cq.gov.cn/"),
    ("G06", "广东省职业技能服务指导中心", "广东省职业技能鉴定指导中心", "", "government", "*", "1|2|3|4|5", "广东", "", "", "active", "https://hrss.gd.gov.cn/"),
]

HEADER = ["agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
          "valid_from", "valid_to", "status", "source_url"]


def registry_rows():
    rows = []
    for r in REGISTRY:
        code = uscc(*r[3]) if r[3] else ""
        rows.append(dict(zip(HEADER, [r[0], r[1], r[2], code] + list(r[4:]))))
    return rows


def agency(aid):
    for row in registry_rows():
        if row["agency_id"] == aid:
            return row
    raise KeyError(aid)


def esc(s):
    return html.escape(s, quote=True)


# ------------------------------------------------------------------ page store
PAGES = {}


def page(path, text, page_type, note, phenomena, encoding="utf-8", offer=None,
         duplicate_of=None, robots=False, kind=None, declared=True, bom=False, raw=None):
    """Register one page.  offer: dict(issuers, levels, fee, flags, optional, fee_alt)."""
    assert path.startswith("/") and path not in PAGES, path
    PAGES[path] = dict(text=text, page_type=page_type, note=note, phenomena=list(phenomena),
                       encoding=encoding, offer=offer, duplicate_of=duplicate_of,
                       robots=robots, kind=kind or page_type, bom=bom, raw=raw)


def iss(name, aid=None, status=None, resembles=None, alt=None, either=False, ministry=False):
    """An issuer as written.  aid given -> recognized/government (from registry kind)."""
    return dict(name=name, aid=aid, status=status, resembles=resembles, alt=alt or [],
                either=either, ministry=ministry)


def offer(issuers, levels, fee, flags, optional=(), fee_alt=None):
    return dict(issuers=issuers, levels=sorted(levels, reverse=True), fee=fee,
                flags=list(flags), optional=list(optional), fee_alt=fee_alt)


def qs(path, q):
    """The same page under a query/fragment variant (tracking_params)."""
    return path + q
