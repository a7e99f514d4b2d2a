"""Registry of recognized agencies for hand_a's web (Shanghai / Jiangsu / Zhejiang).

USCCs are generated with valid GB 11714 and GB 32100 check characters from a fixed
registration prefix, region code and 8-character organisation base.
"""
import csv
import io

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# date on which the ads are taken to be seen (for expiry)
SEEN_DATE = "2026-03-01"
AI = "4-04-05-05"


def uscc(prefix, region, base8):
    """prefix: '91', '52', ...; region: 6 digits; base8: 8 chars of the org code."""
    s = sum(ORG_CHARSET.index(c) * w for c, w in zip(base8, ORG_W))
    c = 11 - s % 11
    org_check = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix + region + base8 + org_check
    assert all(ch in USCC_CHARSET for ch in body), body
    t = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(body, USCC_W))
    r = 31 - t % 31
    if r == 31:
        r = 0
    return body + USCC_CHARSET[r]


SRC = "https://pjjg.osta.org.cn/"

# agency_id, name, aliases, (prefix, region, base8) or None, kind, occupations, levels,
# region, valid_from, valid_to, status, source_url
ROWS = [
    ("HA01", "上海浦东数智职业技能评价有限公司", ["浦东数智评价", "浦东数智"], ("91", "310115", "MA1H7K2N"),
     "evaluation_org", [AI, "4-04-05-13"], [1, 2, 3, 4, 5], "上海", "2022-03-01", "2029-02-28", "active", SRC),
    ("HA02", "上海浦东数智职业技能评价中心", [], ("52", "310115", "MJ4A1820"),
     "evaluation_org", ["4-04-05-01", "4-04-05-02"], [3, 4, 5], "上海", "2021-10-01", "2028-09-30", "active", SRC),
    ("HA03", "杭州云栖数字技能评价有限公司", ["云栖评价", "云栖数字评价"], ("91", "330106", "MA2KX8R4"),
     "evaluation_org", [AI], [3, 4, 5], "浙江", "2022-05-01", "2029-04-30", "active", SRC),
    ("HA04", "杭州云栖数字人才发展有限公司", [], ("91", "330106", "MA2J0P77"),
     "employer", [AI], [4, 5], "浙江", "2023-02-01", "", "active", SRC),
    ("HA05", "苏州工业园区智能技能评价中心", ["园区智能评价中心"], ("52", "320594", "MJ5T3341"),
     "evaluation_org", [AI], [1, 2, 3, 4, 5], "江苏", "2021-12-01", "2028-11-30", "active", SRC),
    ("HA06", "苏州工业园区人工智能职业技能评价有限公司", [], ("91", "320594", "MA27Q5C0"),
     "evaluation_org", [AI], [3, 4, 5], "江苏", "2022-06-01", "2029-05-31", "revoked", SRC),
    ("HA07", "南京江北新区职业技能等级认定中心", ["江北认定中心"], ("52", "320111", "MJ5N0912"),
     "evaluation_org", [AI, "4-04-05-01"], [3, 4, 5], "江苏", "2022-01-15", "2029-01-14", "suspended", SRC),
    ("HA08", "无锡太湖数据标注职业技能评价有限公司", ["太湖标注评价"], ("91", "320214", "MA20UE3K"),
     "evaluation_org", [AI], [4, 5], "江苏", "2022-07-01", "2025-06-30", "active", SRC),
    ("HA09", "宁波甬智职业技能评价有限公司", ["甬智评价"], ("91", "330212", "MA2H6Y01"),
     "evaluation_org", [AI], [2, 3, 4, 5], "浙江", "2022-09-01", "2029-08-31", "active", SRC),
    ("HA10", "嘉兴南湖数字经济职业技能评价中心", [], ("52", "330402", "MJ9B2270"),
     "evaluation_org", [AI], [4, 5], "浙江", "2023-04-01", "2028-03-31", "active", SRC),
    ("HA11", "上海张江人工智能技能评价有限公司",
     ["张江AI评价", "Shanghai Zhangjiang AI Skills Assessment Co., Ltd."], ("91", "310115", "MA1J3C8W"),
     "evaluation_org", [AI], [1, 2, 3, 4, 5], "上海", "2021-11-01", "2028-10-31", "active", SRC),
    ("HA12", "浙江省数字经济学会职业技能等级认定中心", ["浙数学会认定中心"], ("51", "330000", "MJ8E4410"),
     "association", [AI], [3, 4, 5], "浙江", "2023-01-01", "2027-12-31", "active", SRC),
    ("HA13", "常州龙城智能职业技能评价有限公司", ["龙城智能评价"], ("91", "320412", "MA1Y2B5R"),
     "evaluation_org", [AI, "4-04-05-13"], [3, 4, 5], "江苏", "2022-10-01", "2029-09-30", "active", SRC),
    ("HA14", "温州瓯越职业技能评价有限公司", ["瓯越评价"], ("91", "330302", "MA2CT0L6"),
     "evaluation_org", ["4-01-02-01", "4-07-05-01"], [3, 4, 5], "浙江", "2022-03-01", "2029-02-28", "active", SRC),
    ("HA15", "南通江海职业技能评价有限公司", ["江海评价"], ("91", "320612", "MA22R9D3"),
     "evaluation_org", [AI], [4, 5], "江苏", "2023-03-01", "2030-02-28", "active", SRC),
    ("HA16", "绍兴越智职业技能评价中心", [], ("52", "330602", "MJ9C7705"),
     "evaluation_org", [AI], [3, 4, 5], "浙江", "2022-04-01", "2029-03-31", "revoked", SRC),
    ("HA17", "上海临港数字人才评价有限公司", ["临港数评"], ("91", "310115", "MA1K0F93"),
     "evaluation_org", [AI], [3, 4, 5], "上海", "2022-04-01", "2025-03-31", "active", SRC),
    ("HA18", "扬州广陵数字技能评价有限公司", [], ("91", "321002", "MA26W1X8"),
     "evaluation_org", [AI], [5], "江苏", "2023-06-01", "2030-05-31", "active", SRC),
    ("HA19", "徐州淮海职业技能鉴定评价有限公司", ["淮海鉴定评价"], ("91", "320311", "MA1XN4E2"),
     "evaluation_org", [AI], [2, 3, 4, 5], "江苏", "2022-02-01", "2029-01-31", "active", SRC),
    ("HA20", "湖州南太湖职业技能评价有限公司", ["南太湖评价"], ("91", "330502", "MA2D5G60"),
     "evaluation_org", [AI], [3, 4, 5], "浙江", "2022-08-01", "2029-07-31", "active", SRC),
    ("HA21", "人力资源和社会保障部",
     ["人社部", "人力资源社会保障部", "中华人民共和国人力资源和社会保障部", "Ministry of Human Resources and Social Security", "MOHRSS"],
     None, "government", ["*"], [1, 2, 3, 4, 5], "全国", "", "", "active", "https://www.mohrss.gov.cn/"),
    ("HA22", "人力资源和社会保障部职业技能鉴定中心",
     ["人力资源社会保障部职业技能鉴定中心", "人社部职业技能鉴定中心", "OSTA"],
     None, "government", ["*"], [1, 2, 3, 4, 5], "全国", "", "", "active", "http://www.osta.org.cn/"),
    ("HA23", "上海市人力资源和社会保障局", ["上海市人社局"], None, "government", ["*"], [1, 2, 3, 4, 5],
     "上海", "", "", "active", "https://rsj.sh.gov.cn/"),
    ("HA24", "浙江省人力资源和社会保障厅", ["浙江省人社厅"], None, "government", ["*"], [1, 2, 3, 4, 5],
     "浙江", "", "", "active", "http://rlsbt.zj.gov.cn/"),
    ("HA25", "江苏省人力资源和社会保障厅", ["江苏省人社厅"], None, "government", ["*"], [1, 2, 3, 4, 5],
     "江苏", "", "", "active", "http://jshrss.jiangsu.gov.cn/"),
    ("HA26", "浙江省技能人才评价管理服务中心", [], None, "government", ["*"], [1, 2, 3, 4, 5],
     "浙江", "", "", "active", "http://rlsbt.zj.gov.cn/"),
]

FIELDS = ["agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
          "valid_from", "valid_to", "status", "source_url"]


def agencies():
    out = {}
    for r in ROWS:
        (aid, name, aliases, code, kind, occ, levels, region, vf, vt, status, src) = r
        out[aid] = {
            "agency_id": aid, "name": name, "aliases": aliases,
            "uscc": uscc(*code) if code else "", "kind": kind, "occupations": occ,
            "levels": levels, "region": region, "valid_from": vf, "valid_to": vt,
            "status": status, "source_url": src,
        }
    return out


def lapsed(a):
    return a["status"] in ("revoked", "suspended") or (a["valid_to"] and a["valid_to"] < SEEN_DATE)


def in_scope(a, levels):
    occ_ok = "*" in a["occupations"] or AI in a["occupations"]
    return occ_ok and set(levels) <= set(a["levels"])


def csv_text():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FIELDS)
    for a in agencies().values():
        w.writerow([a["agency_id"], a["name"], "|".join(a["aliases"]), a["uscc"], a["kind"],
                    "|".join(a["occupations"]), "|".join(str(x) for x in a["levels"]), a["region"],
                    a["valid_from"], a["valid_to"], a["status"], a["source_url"]])
    return buf.getvalue()
