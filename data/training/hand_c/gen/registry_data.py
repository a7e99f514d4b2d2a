"""The registry of recognized agencies of the hand_c web (contract CSV format)."""
import csv
import io

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]
ORGSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def uscc(prefix2, region6, body8):
    """Build a check-valid 18-character code from kind, region and an 8-char body."""
    s = sum(ORGSET.index(c) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    org_chk = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = prefix2 + region6 + body8 + org_chk
    s = sum(CHARSET.index(ch) * w for ch, w in zip(first17, W_USCC))
    r = 31 - s % 31
    return first17 + CHARSET[0 if r == 31 else r]


SRC = "https://pjjg.osta.org.cn/"
AI = "4-04-05-05"

# agency_id, name, aliases, (prefix, region, body) or None, kind, occupations, levels, region,
# valid_from, valid_to, status, source
ROWS = [
    ("HC01", "北京京师智联职业技能评价有限公司", "京师智联评价|京师智联", ("91", "110108", "MA01RK5C"),
     "evaluation_org", f"{AI}|4-04-05-01", "1|2|3|4|5", "北京", "2022-03-01", "2029-02-28", "active"),
    ("HC02", "北京京师智联职业技能鉴定中心", "京师智联鉴定中心", ("52", "110108", "MJ0U7718"),
     "evaluation_org", "4-07-02-03|4-07-05-04", "3|4|5", "北京", "2021-05-01", "2028-04-30", "active"),
    ("HC03", "北京海淀数智人才评价中心", "海淀数智评价", ("52", "110108", "MJ0W3D2A"),
     "evaluation_org", AI, "3|4|5", "北京", "2023-05-01", "2028-04-30", "active"),
    ("HC04", "天津滨城数字技能评价有限公司", "滨城数字评价|滨城评价", ("91", "120116", "MA07BC3E"),
     "evaluation_org", f"{AI}|4-04-05-02", "2|3|4|5", "天津", "2022-06-01", "2029-05-31", "active"),
    ("HC05", "天津津南职业技能评价中心", "津南评价中心", ("52", "120112", "MJ1P6604"),
     "evaluation_org", AI, "3|4|5", "天津", "2022-01-01", "2027-12-31", "revoked"),
    ("HC06", "河北燕赵职业技能评价有限公司", "燕赵技能评价", ("91", "130104", "MA0DYN8P"),
     "evaluation_org", f"{AI}|4-04-05-01", "3|4|5", "河北", "2022-09-01", "2029-08-31", "active"),
    ("HC07", "河北燕赵职业技能鉴定服务中心", "", ("52", "130102", "MJ0A1193"),
     "evaluation_org", "4-01-02-01|4-10-01-06", "3|4|5", "河北", "2021-03-01", "2028-02-28", "active"),
    ("HC08", "石家庄正定数字产业职业技能评价中心", "正定数字评价", ("52", "130123", "MJ0Q2R5L"),
     "evaluation_org", AI, "4|5", "河北", "2023-02-01", "2028-01-31", "active"),
    ("HC09", "保定雄安智训职业技能评价有限公司", "雄安智训", ("91", "130600", "MA0CXA2N"),
     "evaluation_org", AI, "3|4|5", "河北", "2021-07-01", "2024-06-30", "active"),
    ("HC10", "山东鲁信职业技能评价有限公司", "鲁信技能评价|鲁信评价", ("91", "370102", "MA3LX9Q7"),
     "evaluation_org", f"{AI}|4-04-05-02", "1|2|3|4|5", "山东", "2022-04-01", "2029-03-31", "active"),
    ("HC11", "济南泉城职业技能评价有限公司", "泉城评价", ("91", "370103", "MA3QC07B"),
     "evaluation_org", AI, "3|4|5", "山东", "2022-08-01", "2029-07-31", "suspended"),
    ("HC12", "青岛海智职业技能评价有限公司", "海智评价", ("91", "370212", "MA3HY2K6"),
     "evaluation_org", AI, "2|3|4|5", "山东", "2022-11-01", "2029-10-31", "active"),
    ("HC13", "烟台芝罘数字技能评价中心", "", ("52", "370602", "MJ1YF310"),
     "evaluation_org", "4-04-05-01|4-04-05-03", "3|4|5", "山东", "2023-01-01", "2027-12-31", "active"),
    ("HC14", "潍坊鸢都职业技能评价有限公司", "鸢都评价", ("91", "370702", "MA3YD5W2"),
     "evaluation_org", AI, "3|4|5", "山东", "2021-06-01", "2023-12-31", "active"),
    ("HC15", "淄博齐都技师学院", "齐都技院", ("12", "370300", "4938116K"),
     "other", f"{AI}|6-31-01-03", "4|5", "山东", "2023-03-01", "2028-02-29", "active"),
    ("HC16", "天津渤海标注科技有限公司", "渤海标注", ("91", "120118", "MA06BH4T"),
     "employer", AI, "4|5", "天津", "2023-06-01", "", "active"),
    ("HC17", "北京中关村数据标注产业有限公司", "", ("91", "110108", "MA04UG9D"),
     "employer", AI, "3|4|5", "北京", "2022-12-01", "", "active"),
    ("HC18", "山东省人工智能行业协会", "山东省AI行业协会", ("51", "370000", "MJD8A2C5"),
     "association", AI, "3|4|5", "山东", "2023-04-01", "2028-03-31", "active"),
    ("HC19", "河北省数字经济联合会", "", ("51", "130000", "MJ07RW4E"),
     "association", "4-04-05-01|4-04-05-02", "3|4|5", "河北", "2022-10-01", "2027-09-30", "active"),
    ("HC90", "人力资源和社会保障部", "人社部|人力资源社会保障部|中华人民共和国人力资源和社会保障部|国家人社部",
     None, "government", "*", "1|2|3|4|5", "全国", "", "", "active"),
    ("HC91", "人力资源和社会保障部职业技能鉴定中心", "人力资源社会保障部职业技能鉴定中心|人社部职业技能鉴定中心|OSTA",
     None, "government", "*", "1|2|3|4|5", "全国", "", "", "active"),
    ("HC92", "北京市人力资源和社会保障局", "北京市人社局", None, "government", "*", "1|2|3|4|5", "北京", "", "", "active"),
    ("HC93", "山东省人力资源和社会保障厅", "山东省人社厅", None, "government", "*", "1|2|3|4|5", "山东", "", "", "active"),
    ("HC94", "天津市人力资源和社会保障局", "天津市人社局", None, "government", "*", "1|2|3|4|5", "天津", "", "", "active"),
    ("HC95", "河北省人力资源和社会保障厅", "河北省人社厅", None, "government", "*", "1|2|3|4|5", "河北", "", "", "active"),
]

GOV_SRC = {"HC90": "https://www.mohrss.gov.cn/", "HC91": "http://www.osta.org.cn/",
           "HC92": "https://rsj.beijing.gov.cn/", "HC93": "http://hrss.shandong.gov.cn/",
           "HC94": "https://hrss.tj.gov.cn/", "HC95": "https://rst.hebei.gov.cn/"}

HEADER = ["agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
          "valid_from", "valid_to", "status", "source_url"]


def rows():
    out = []
    for r in ROWS:
        aid, name, aliases, code, kind, occ, lv, region, vf, vt, st = r
        out.append({
            "agency_id": aid, "name": name, "aliases": aliases,
            "uscc": uscc(*code) if code else "", "kind": kind, "occupations": occ,
            "levels": lv, "region": region, "valid_from": vf, "valid_to": vt, "status": st,
            "source_url": GOV_SRC.get(aid, SRC),
        })
    return out


def by_id():
    return {r["agency_id"]: r for r in rows()}


def csv_text():
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\n")
    w.writeheader()
    for r in rows():
        w.writerow(r)
    return buf.getvalue()
