"""The web's registry of recognized agencies (contract CSV format)."""
import csv
import io

from util import uscc

SRC = "https://pjjg.osta.org.cn/"
L15 = "1|2|3|4|5"
# id, name, aliases, uscc args or "", kind, occupations, levels, region, from, to, status, source
ROWS = [
    ("AG01", "广州穗智职业技能评价有限公司",
     "穗智评价|Guangzhou Suizhi Vocational Skills Evaluation Co., Ltd.|廣州穗智職業技能評價有限公司",
     ("91", "440106", "MA59K3T8"), "evaluation_org", "4-04-05-05|4-04-05-02", L15, "广东",
     "2022-03-01", "2029-02-28", "active", SRC),
    ("AG02", "广州穗智职业技能评价中心", "Guangzhou Suizhi Vocational Skills Evaluation Centre",
     ("52", "440106", "MJL4026P"), "evaluation_org", "4-04-05-01|4-04-05-03", "3|4|5", "广东",
     "2022-06-01", "2029-05-31", "active", SRC),
    ("AG03", "深圳前海数字技能评价有限公司",
     "前海数评|Shenzhen Qianhai Digital Skills Assessment Co., Ltd.|深圳前海數字技能評價有限公司",
     ("91", "440300", "MA5H2R7C"), "evaluation_org", "4-04-05-05", "3|4|5", "广东",
     "2021-12-01", "2028-11-30", "active", SRC),
    ("AG04", "珠海横琴职业技能评价中心",
     "横琴评价中心|Zhuhai Hengqin Vocational Skills Evaluation Centre|珠海橫琴職業技能評價中心",
     ("52", "440400", "MJL83X1D"), "evaluation_org", "4-04-05-05", "4|5", "广东",
     "2023-02-01", "2028-01-31", "active", SRC),
    ("AG05", "上海申智技能人才评价有限公司",
     "申智评价|Shanghai Shenzhi Skills Talent Evaluation Co., Ltd.",
     ("91", "310115", "MA1K7E2N"), "evaluation_org", "4-04-05-05|4-04-05-02", L15, "上海",
     "2021-10-15", "2028-10-14", "active", SRC),
    ("AG06", "上海申智人力资源服务有限公司", "申智人力",
     ("91", "310115", "MA1J60WQ"), "employer", "4-04-05-02", "3|4|5", "上海",
     "2022-04-01", "", "active", SRC),
    ("AG07", "北京京数职业技能评价有限公司",
     "京数评价|Beijing Jingshu Vocational Skills Evaluation Co., Ltd.",
     ("91", "110108", "MA04C9LT"), "evaluation_org", "4-04-05-05", "2|3|4|5", "北京",
     "2021-09-01", "2028-08-31", "active", SRC),
    ("AG08", "福建榕数职业技能评价中心", "榕数评价中心|福建榕數職業技能評價中心",
     ("52", "350102", "MJK5507R"), "evaluation_org", "4-04-05-05", "3|4|5", "福建",
     "2022-05-01", "2027-04-30", "revoked", SRC),
    ("AG09", "厦门鹭岛数字技能评价有限公司",
     "鹭岛数评|Xiamen Ludao Digital Skills Evaluation Co., Ltd.",
     ("91", "350203", "MA8RT41U"), "evaluation_org", "4-04-05-05", "3|4|5", "福建",
     "2022-08-01", "2029-07-31", "suspended", SRC),
    ("AG10", "东莞松湖职业技能鉴定服务有限公司",
     "松湖鉴定|Dongguan Songhu Vocational Skills Appraisal Service Co., Ltd.",
     ("91", "441900", "MA4W3P6B"), "evaluation_org", "4-04-05-05", "2|3|4|5", "广东",
     "2021-07-01", "2024-06-30", "active", SRC),
    ("AG11", "杭州云栖数据标注科技有限公司",
     "云栖标注|Hangzhou Yunqi Data Annotation Technology Co., Ltd.|杭州雲棲數據標註科技有限公司",
     ("91", "330106", "MA2H8N5K"), "employer", "4-04-05-05", "4|5", "浙江",
     "2022-11-01", "", "active", SRC),
    ("AG12", "成都锦城职业技能评价有限公司",
     "锦城评价|Chengdu Jincheng Vocational Skills Evaluation Co., Ltd.",
     ("91", "510107", "MA6AB29E"), "evaluation_org", "4-04-05-05", "3|4|5", "四川",
     "2022-07-01", "2029-06-30", "active", SRC),
    ("AG13", "成都锦城数字技能评价中心", "",
     ("52", "510107", "MJQ0174A"), "evaluation_org", "4-04-05-01|4-04-05-02", "3|4|5", "四川",
     "2022-09-01", "2029-08-31", "active", SRC),
    ("AG14", "南京金陵数智职业技能评价有限公司",
     "金陵数智评价|Nanjing Jinling Digital Intelligence Vocational Skills Evaluation Co., Ltd.|南京金陵數智職業技能評價有限公司",
     ("91", "320105", "MA1Y5D8C"), "evaluation_org", "4-04-05-05", L15, "江苏",
     "2022-01-01", "2028-12-31", "active", SRC),
    ("AG15", "武汉江城职业技能评价有限公司", "江城评价",
     ("91", "420106", "MA4K2F7W"), "evaluation_org", "4-04-05-05|4-04-05-13", "3|4|5", "湖北",
     "2023-01-10", "2028-01-09", "active", SRC),
    ("AG16", "天津海河数字职业技能评价中心", "",
     ("52", "120104", "MJ09A66L"), "evaluation_org", "4-04-05-05", "4|5", "天津",
     "2023-03-01", "2028-02-28", "active", SRC),
    ("AG17", "广东省数字技能人才协会", "粤数技协",
     ("51", "440000", "MJL0172H"), "association", "4-04-05-05", "3|4|5", "广东",
     "2023-04-01", "2028-03-31", "active", SRC),
    ("AG18", "海南自贸港职业技能评价有限公司", "",
     ("91", "460100", "MA5T1E0R"), "evaluation_org", "4-04-05-05", "3|4|5", "海南",
     "2021-01-01", "2023-12-31", "active", SRC),
    ("AG19", "西安长安数智职业技能评价有限公司",
     "长安数智评价|Xi'an Chang'an Digital Intelligence Vocational Skills Evaluation Co., Ltd.",
     ("91", "610113", "MAB2W87P"), "evaluation_org", "4-04-05-05", L15, "陕西",
     "2022-10-01", "2029-09-30", "active", SRC),
    ("AG20", "青岛琴岛数据服务有限公司", "琴岛数据",
     ("91", "370212", "MA3U6Y1N"), "employer", "4-04-05-05", "5", "山东",
     "2023-06-01", "", "active", SRC),
    ("AG21", "苏州工业园区数智技能评价中心", "",
     ("52", "320505", "MJ1M9Q3F"), "evaluation_org", "4-04-05-02|4-04-05-03", L15, "江苏",
     "2022-03-01", "2029-02-28", "active", SRC),
    ("AG22", "人力资源和社会保障部",
     "人社部|人力资源社会保障部|中华人民共和国人力资源和社会保障部|Ministry of Human Resources and Social Security|MOHRSS|人力資源和社會保障部",
     "", "government", "*", L15, "全国", "", "", "active", "https://www.mohrss.gov.cn/"),
    ("AG23", "人力资源和社会保障部职业技能鉴定中心",
     "人社部职业技能鉴定中心|人力资源社会保障部职业技能鉴定中心|OSTA|Occupational Skill Testing Authority|人社部職業技能鑑定中心|人力資源和社會保障部職業技能鑑定中心",
     "", "government", "*", L15, "全国", "", "", "active", "http://www.osta.org.cn/"),
    ("AG24", "广东省人力资源和社会保障厅",
     "广东省人社厅|廣東省人社廳|Human Resources and Social Security Department of Guangdong Province",
     "", "government", "*", L15, "广东", "", "", "active", "https://hrss.gd.gov.cn/"),
]

HEADER = ["agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
          "valid_from", "valid_to", "status", "source_url"]


def rows():
    out = []
    for r in ROWS:
        code = uscc(*r[3]) if r[3] else ""
        out.append(dict(zip(HEADER, [r[0], r[1], r[2], code] + list(r[4:]))))
    return out


def by_id():
    return {r["agency_id"]: r for r in rows()}


def csv_text():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for r in rows():
        w.writerow([r[h] for h in HEADER])
    return buf.getvalue()
