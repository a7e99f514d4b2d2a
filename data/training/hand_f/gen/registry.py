"""Registry of recognized agencies for hand_f's web (contract CSV format)."""

HEADER = ["agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels",
          "region", "valid_from", "valid_to", "status", "source_url"]

AI = "4-04-05-05"
SRC_LN = "http://rst.ln.gov.cn/zwgk/tzgg/"
SRC_SX = "http://rsj.xa.gov.cn/xwzx/tzgg/"
SRC_XJ = "http://rst.xinjiang.gov.cn/tzgg/"
SRC_YN = "http://hrss.yn.gov.cn/pjjg/"
SRC_HN = "http://hrss.hainan.gov.cn/jnpx/"
SRC_OSTA = "http://pjjg.osta.org.cn/"

# id, name, aliases, uscc, kind, occupations, levels, region, from, to, status, source
ROWS = [
    ("HF01", "辽宁盛京数智职业技能评价有限公司", "盛京数智评价|盛京数智", "91210102MA10XK3R3E",
     "evaluation_org", AI + "|4-04-05-03", "3|4|5", "辽宁", "2022-06-01", "2029-05-31", "active", SRC_LN),
    ("HF02", "辽宁盛京数智职业技能评价中心", "", "52210102MJ0P38166N",
     "evaluation_org", "4-04-05-01|4-04-05-02", "3|4|5", "辽宁", "2022-09-15", "2029-09-14", "active", SRC_LN),
    ("HF03", "大连星海职业技能鉴定有限公司", "星海鉴定", "91210204MA0UB9C21H",
     "evaluation_org", AI, "2|3|4|5", "辽宁", "2021-12-01", "2028-11-30", "revoked", SRC_LN),
    ("HF04", "陕西长安数字技能评价有限公司", "长安数字评价|长安数评", "91610131MA6W2KQ08C",
     "evaluation_org", AI + "|4-04-05-02", "1|2|3|4|5", "陕西", "2022-03-01", "2029-02-28", "active", SRC_SX),
    ("HF05", "西安高新区职业技能评价服务中心", "高新区技能评价中心", "52610131MJU55201XT",
     "evaluation_org", AI, "4|5", "陕西", "2023-02-01", "2028-01-31", "active", SRC_SX),
    ("HF06", "西安高新数字职业技能评价有限公司", "高新数字评价", "91610131MAB0T7PX3Y",
     "evaluation_org", AI, "3|4|5", "陕西", "2022-11-01", "2029-10-31", "suspended", SRC_SX),
    ("HF07", "新疆天山职业技能评价有限公司", "天山技能评价", "91650100MA78Q1E43N",
     "evaluation_org", AI + "|6-31-01-03", "3|4|5", "新疆", "2022-08-01", "2029-07-31", "active", SRC_XJ),
    ("HF08", "新疆天山数智职业技能评价中心", "", "52650100MJT6100469",
     "evaluation_org", "4-04-05-03", "3|4|5", "新疆", "2023-04-01", "2028-03-31", "active", SRC_XJ),
    ("HF09", "乌鲁木齐丝路数据标注科技有限公司", "丝路标注", "91650104MA79GR2K54",
     "employer", AI, "4|5", "新疆", "2023-06-01", "", "active", SRC_XJ),
    ("HF10", "云南滇池数字技能评价有限公司", "滇池数字评价", "91530102MA6P04HN84",
     "evaluation_org", AI, "2|3|4|5", "云南", "2022-05-01", "2029-04-30", "active", SRC_YN),
    ("HF11", "昆明滇池职业技能评价中心", "", "52530102MJQ8321023",
     "evaluation_org", AI, "3|4|5", "云南", "2021-07-01", "2024-06-30", "active", SRC_YN),
    ("HF12", "云南省人工智能产业协会职业技能等级认定中心", "云南AI产业协会认定中心", "51530000MJY417763Y",
     "association", AI, "3|4|5", "云南", "2023-03-01", "2028-02-29", "active", SRC_YN),
    ("HF13", "海南椰城职业技能评价有限公司", "椰城技能评价", "91460100MA5TD0RW7N",
     "evaluation_org", AI + "|4-04-05-02", "3|4|5", "海南", "2022-10-01", "2029-09-30", "active", SRC_HN),
    ("HF14", "海南自贸港数字技能评价中心", "自贸港数字评价", "52460000MJP066119N",
     "evaluation_org", AI, "3|4|5", "海南", "2023-01-01", "2028-12-31", "suspended", SRC_HN),
    ("HF15", "三亚鹿城数据服务有限公司", "鹿城数据", "91460200MA5U3H9C1X",
     "employer", AI, "4|5", "海南", "2024-01-01", "", "active", SRC_HN),
    ("HF16", "沈阳浑南职业技能评价中心", "浑南技能评价", "52210112MJ07925N0L",
     "evaluation_org", AI, "3|4|5", "辽宁", "2021-01-01", "2023-12-31", "active", SRC_LN),
    ("HF17", "宝鸡秦川职业技能评价有限公司", "秦川技能评价", "91610300MA6XH3R19N",
     "evaluation_org", "4-04-05-01|6-31-01-03", "3|4|5", "陕西", "2022-07-01", "2029-06-30", "active", SRC_SX),
    ("HF18", "辽宁省数字经济职业技能协会", "", "51210000MJ0348559T",
     "association", AI, "4|5", "辽宁", "2023-05-01", "2028-04-30", "active", SRC_LN),
    ("HF19", "新疆丝路职业技能鉴定有限公司", "", "91650100MA7AB1C59F",
     "evaluation_org", AI, "3|4|5", "新疆", "2021-03-01", "2028-02-28", "revoked", SRC_XJ),
    ("HF20", "海南椰城职业技能评价服务中心", "", "52460100MJ50021X02",
     "evaluation_org", "6-31-01-03|4-07-02-03", "3|4|5", "海南", "2022-12-01", "2029-11-30", "active", SRC_HN),
    ("HF90", "人力资源和社会保障部", "人社部|人力资源社会保障部|中华人民共和国人力资源和社会保障部|国家人社部|MOHRSS",
     "", "government", "*", "1|2|3|4|5", "全国", "", "", "active", "https://www.mohrss.gov.cn/"),
    ("HF91", "人力资源和社会保障部职业技能鉴定中心", "人力资源社会保障部职业技能鉴定中心|人社部职业技能鉴定中心|OSTA",
     "", "government", "*", "1|2|3|4|5", "全国", "", "", "active", "http://www.osta.org.cn/"),
    ("HF92", "工业和信息化部", "工信部|国家工信部|中华人民共和国工业和信息化部", "",
     "government", "*", "1|2|3|4|5", "全国", "", "", "active", "https://www.miit.gov.cn/"),
    ("HF93", "辽宁省人力资源和社会保障厅", "辽宁省人社厅", "", "government", "*", "1|2|3|4|5",
     "辽宁", "", "", "active", "http://rst.ln.gov.cn/"),
    ("HF94", "陕西省人力资源和社会保障厅", "陕西省人社厅", "", "government", "*", "1|2|3|4|5",
     "陕西", "", "", "active", "http://rst.shaanxi.gov.cn/"),
    ("HF95", "云南省人力资源和社会保障厅", "云南省人社厅", "", "government", "*", "1|2|3|4|5",
     "云南", "", "", "active", "http://hrss.yn.gov.cn/"),
]

BY_ID = {r[0]: dict(zip(HEADER, r)) for r in ROWS}
AS_OF = "2025-12-15"   # date at which 'lapsed' is judged (ads seen after this date)


def lapsed(aid):
    r = BY_ID[aid]
    if r["status"] in ("revoked", "suspended"):
        return True
    return bool(r["valid_to"]) and r["valid_to"] < AS_OF


def in_scope(aid, levels):
    r = BY_ID[aid]
    occ = r["occupations"].split("|")
    if "*" not in occ and AI not in occ:
        return False
    lv = {int(x) for x in r["levels"].split("|")}
    return set(levels) <= lv


def csv_text():
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for r in ROWS:
        w.writerow(r)
    return buf.getvalue()
