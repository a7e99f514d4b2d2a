"""Registry of recognized agencies for the sealed-2026-12 web, with GB 32100 USCCs."""
import csv, hashlib

CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_CS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = sum(ORG_CS.index(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(CS.index(c) * w for c, w in zip(first17, W))
    r = 31 - s % 31
    return CS[0 if r == 31 else r]


def make_uscc(prefix2, region6, seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    body8 = "".join(str(int(h[i:i + 2], 16) % 10) for i in range(0, 16, 2))
    if prefix2.startswith("9"):
        body8 = "MA" + body8[2:]
    org = body8 + org_check(body8)
    first17 = prefix2 + region6 + org
    return first17 + uscc_check(first17)


def valid_uscc(code):
    if len(code) != 18 or any(c not in CS for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


AI = "4-04-05-05"
SRC = "http://127.0.0.1/rsj/tzgg/2026-10-beian.html"
# id, name, aliases, prefix, region code, kind, occupations, levels, region, from, to, status
ROWS = [
    ("SD01", "山东齐鲁数智职业技能评价有限公司", "齐鲁数智|齐鲁数智评价", "91", "370100", "evaluation_org", AI, "3|4|5", "山东", "2022-03-01", "", "active"),
    ("SD02", "青岛海川数据科技有限公司", "海川数据", "91", "370200", "employer", AI, "4|5", "山东", "2023-01-10", "", "active"),
    ("SD03", "济南泉城家政服务职业技能评价有限公司", "泉城家政评价", "91", "370100", "evaluation_org", "4-10-01-06|4-10-01-03", "3|4|5", "山东", "2021-07-01", "", "active"),
    ("SD04", "山东省职业技能鉴定指导中心", "山东省职业技能鉴定中心", "12", "370000", "government", "*", "1|2|3|4|5", "山东", "", "", "active"),
    ("SD05", "山东省人力资源和社会保障厅", "山东省人社厅", "11", "370000", "government", "*", "1|2|3|4|5", "山东", "", "", "active"),
    ("HN01", "河南中智职业技能评价有限公司", "河南中智|中智评价", "91", "410100", "evaluation_org", AI + "|4-04-05-13", "2|3|4|5", "河南", "2021-11-15", "", "active"),
    ("HN02", "郑州云途数据服务有限公司", "云途数据", "91", "410100", "employer", AI, "4|5", "河南", "2023-05-20", "", "active"),
    ("HN03", "河南豫才职业技能鉴定有限公司", "豫才鉴定", "91", "410100", "evaluation_org", AI, "3|4|5", "河南", "2021-06-01", "", "revoked"),
    ("HN04", "洛阳智造职业技能评价中心", "洛阳智造评价", "52", "410300", "evaluation_org", "6-18-01-01|6-25-04-08", "3|4|5", "河南", "2022-01-01", "", "active"),
    ("HN05", "河南数启生成式人工智能评价有限公司", "数启评价", "91", "410100", "evaluation_org", "4-04-05-13", "3|4|5", "河南", "2024-09-01", "", "active"),
    ("HN06", "河南省人力资源和社会保障厅", "河南省人社厅", "11", "410000", "government", "*", "1|2|3|4|5", "河南", "", "", "active"),
    ("HB01", "湖北楚天数字技能评价有限公司", "楚天数字评价|Hubei Chutian Digital Skills Evaluation Co., Ltd.", "91", "420100", "evaluation_org", AI, "1|2|3|4|5", "湖北", "2021-09-01", "", "active"),
    ("HB02", "武汉江城智能职业技能评价中心", "江城智能评价中心", "52", "420100", "evaluation_org", AI, "3|4|5", "湖北", "2022-04-01", "", "active"),
    ("HB03", "武汉江城智能装备职业技能评价有限公司", "江城装备评价", "91", "420100", "evaluation_org", "6-20-03-01|6-31-01-03", "3|4|5", "湖北", "2022-04-01", "", "active"),
    ("HB04", "湖北省人力资源和社会保障厅", "湖北省人社厅", "11", "420000", "government", "*", "1|2|3|4|5", "湖北", "", "", "active"),
    ("HB05", "宜昌三峡数据标注有限公司", "三峡标注", "91", "420500", "employer", AI, "4|5", "湖北", "2024-02-01", "", "active"),
    ("LN01", "辽宁辽沈数智职业技能评价有限公司", "辽沈数智", "91", "210100", "evaluation_org", AI, "3|4|5", "辽宁", "2022-06-01", "", "active"),
    ("LN02", "大连星海数据标注科技有限公司", "星海标注", "91", "210200", "employer", AI, "4|5", "辽宁", "2023-03-01", "", "active"),
    ("LN03", "沈阳盛京职业技能鉴定有限公司", "盛京鉴定", "91", "210100", "evaluation_org", AI, "3|4|5", "辽宁", "2021-05-01", "", "suspended"),
    ("LN04", "辽宁省人力资源和社会保障厅", "辽宁省人社厅", "11", "210000", "government", "*", "1|2|3|4|5", "辽宁", "", "", "active"),
    ("HL01", "黑龙江龙江智训职业技能评价有限公司", "龙江智训", "91", "230100", "evaluation_org", AI, "2|3|4|5", "黑龙江", "2022-08-01", "", "active"),
    ("HL02", "哈尔滨冰城人工智能技术有限公司", "冰城人工智能", "91", "230100", "employer", AI, "4|5", "黑龙江", "2022-07-01", "2025-06-30", "active"),
    ("HL03", "黑龙江北大荒农业职业技能等级认定中心", "北大荒认定中心", "12", "230100", "evaluation_org", "5-01-01-01|5-05-01-01", "3|4|5", "黑龙江", "2021-10-01", "", "active"),
    ("HL04", "黑龙江省人力资源和社会保障厅", "黑龙江省人社厅", "11", "230000", "government", "*", "1|2|3|4|5", "黑龙江", "", "", "active"),
    ("GX01", "广西八桂智联职业技能评价有限公司", "八桂智联", "91", "450100", "evaluation_org", AI, "3|4|5", "广西", "2022-05-01", "", "active"),
    ("GX02", "南宁邕江数据服务有限公司", "邕江数据", "91", "450100", "employer", AI, "4|5", "广西", "2023-08-01", "", "active"),
    ("GX03", "广西壮族自治区职业技能鉴定指导中心", "广西职业技能鉴定指导中心", "12", "450000", "government", "*", "1|2|3|4|5", "广西", "", "", "active"),
    ("GX04", "广西壮族自治区人力资源和社会保障厅", "广西人社厅", "11", "450000", "government", "*", "1|2|3|4|5", "广西", "", "", "active"),
    ("CN01", "人力资源和社会保障部", "人社部|人力资源社会保障部|MOHRSS|Ministry of Human Resources and Social Security", "11", "100000", "government", "*", "1|2|3|4|5", "全国", "", "", "active"),
    ("CN02", "人力资源和社会保障部职业技能鉴定中心", "人社部职业技能鉴定中心|OSTA", "12", "100000", "government", "*", "1|2|3|4|5", "全国", "", "", "active"),
    ("CN03", "中国数字经济协会职业技能等级认定中心", "数字经济协会认定中心", "51", "100000", "association", AI + "|4-04-05-13", "2|3|4|5", "全国", "2022-10-01", "", "active"),
    ("CN04", "工业和信息化部", "工信部|MIIT", "11", "100000", "government", "*", "1|2|3|4|5", "全国", "", "", "active"),
]
HEAD = ["agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
        "valid_from", "valid_to", "status", "source_url"]


def registry():
    out = {}
    for (aid, name, al, p2, reg, kind, occ, lv, region, vf, vt, st) in ROWS:
        out[aid] = dict(agency_id=aid, name=name, aliases=al, uscc=make_uscc(p2, reg, aid + name),
                        kind=kind, occupations=occ, levels=lv, region=region, valid_from=vf,
                        valid_to=vt, status=st, source_url=SRC if kind != "government" else "http://127.0.0.1/rsj/index.html")
    return out


def write_csv(path):
    reg = registry()
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEAD)
        w.writeheader()
        for r in reg.values():
            assert valid_uscc(r["uscc"]), r
            w.writerow(r)
    return reg


if __name__ == "__main__":
    for c in ("914403001922038216", "91330100716105852F", "9144030071526726XG"):
        assert valid_uscc(c), c
    for r in registry().values():
        print(r["agency_id"], r["uscc"], valid_uscc(r["uscc"]))
