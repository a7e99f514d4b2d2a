"""Shared data and helpers for hand_e's labeled web (standard library only)."""
import html as _html
import json

AS_OF = "2026-03-01"          # the day the ads are "seen"; used for expiry checks
HOST_NOTE = "served from one loopback host"

# --------------------------------------------------------------------------- USCC
_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_OC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_OW = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(prefix2, area6, body8):
    """Build a GB 32100 code with valid org-code (GB 11714) and final check chars."""
    s = sum(_OC.index(c) * w for c, w in zip(body8, _OW))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = prefix2 + area6 + body8 + oc
    total = sum(_CS.index(ch) * w for ch, w in zip(first17, _W))
    r = 31 - total % 31
    r = 0 if r == 31 else r
    return first17 + _CS[r]


# --------------------------------------------------------------------------- registry
# (id, name, aliases, uscc parts or None, kind, occupations, levels, region, from, to, status)
_REG = [
    ("HE01", "湖北楚天数字技能评价有限公司", "楚天数评|Hubei Chutian Digital Skills Evaluation Co., Ltd.",
     ("91", "420106", "MA4K7C2P"), "evaluation_org", "4-04-05-05|4-04-05-13", "1|2|3|4|5", "湖北",
     "2022-05-01", "2029-04-30", "active"),
    ("HE02", "湖北楚天数字技能评价中心", "", ("52", "420106", "MJY61H3Q"), "evaluation_org",
     "4-04-05-01|4-04-05-02", "3|4|5", "湖北", "2023-01-01", "2028-12-31", "active"),
    ("HE03", "武汉江城智能职业技能评价有限公司", "江城智能评价", ("91", "420102", "MA49R2T8"),
     "evaluation_org", "4-04-05-05", "3|4|5", "湖北", "2022-09-01", "2029-08-31", "active"),
    ("HE04", "武汉东湖新技术开发区职业技能鉴定服务中心", "东湖鉴定服务中心", ("52", "420111", "MJ0N82D4"),
     "evaluation_org", "4-04-05-05|4-04-05-01", "3|4|5", "湖北", "2021-06-01", "2026-05-31", "revoked"),
    ("HE05", "宜昌三峡数字人才评价有限公司", "三峡数字人才", ("91", "420500", "MA48B5W1"),
     "evaluation_org", "4-04-05-05", "4|5", "湖北", "2021-07-01", "2024-06-30", "active"),
    ("HE06", "襄阳隆中职业技能评价有限公司", "隆中评价", ("91", "420600", "MA4A0E6K"),
     "evaluation_org", "4-04-05-05", "2|3|4|5", "湖北", "2023-03-01", "2030-02-28", "active"),
    ("HE07", "长沙麓山职业技能评价有限公司", "麓山评价", ("91", "430104", "MA4T1L9G"),
     "evaluation_org", "4-04-05-05|4-04-05-03", "1|2|3|4|5", "湖南", "2022-03-15", "2029-03-14", "active"),
    ("HE08", "湖南潇湘数智职业技能等级认定中心", "潇湘数智认定中心", ("52", "430100", "MJK37X0R"),
     "evaluation_org", "4-04-05-05", "3|4|5", "湖南", "2022-08-01", "2027-07-31", "suspended"),
    ("HE09", "株洲湘创智能科技有限公司", "湘创智能", ("91", "430200", "MA4PQ8U3"),
     "employer", "4-04-05-05", "4|5", "湖南", "2023-05-01", "", "active"),
    ("HE10", "湘潭智谷职业技能评价服务有限公司", "湘潭智谷评价", ("91", "430300", "MA4R6J2N"),
     "evaluation_org", "4-04-05-03|4-04-05-01", "3|4|5", "湖南", "2023-02-01", "2028-01-31", "active"),
    ("HE11", "长沙岳麓数据标注服务有限公司", "", ("91", "430104", "MA4W0C7D"),
     "employer", "4-04-05-05", "4|5", "湖南", "2024-01-01", "", "active"),
    ("HE12", "河南中州数字技能评价有限公司", "中州数评|Henan Zhongzhou Digital Skills Evaluation Co., Ltd.",
     ("91", "410100", "MA9G4H1E"), "evaluation_org", "4-04-05-05", "1|2|3|4|5", "河南",
     "2022-06-01", "2029-05-31", "active"),
    ("HE13", "河南中州数字技能评价服务中心", "", ("52", "410100", "MJ2E9T5A"), "evaluation_org",
     "4-04-05-01|4-04-05-13", "3|4|5", "河南", "2023-04-01", "2028-03-31", "active"),
    ("HE14", "郑州郑东新区职业技能评价有限公司", "郑东评价", ("91", "410100", "MA9K2B8C"),
     "evaluation_org", "4-04-05-05", "3|4|5", "河南", "2022-11-01", "2029-10-31", "active"),
    ("HE15", "洛阳河洛职业技能鉴定有限公司", "河洛鉴定", ("91", "410300", "MA44D0P7"),
     "evaluation_org", "4-04-05-05", "3|4|5", "河南", "2020-12-01", "2023-12-31", "active"),
    ("HE16", "河南豫才人力资源服务有限公司", "豫才人力", ("91", "410100", "MA9M3A6F"),
     "evaluation_org", "4-04-05-05", "2|3|4|5", "河南", "2022-01-01", "2028-12-31", "revoked"),
    ("HE17", "新乡牧野智能标注科技有限公司", "牧野标注", ("91", "410700", "MA9X1N4R"),
     "employer", "4-04-05-05", "4|5", "河南", "2023-08-01", "", "active"),
    ("HE18", "湖北省人工智能产业协会", "湖北AI产业协会", ("51", "420000", "MJH04W2L"),
     "association", "4-04-05-05", "3|4|5", "湖北", "2023-06-01", "2028-05-31", "active"),
    ("HE19", "湖南省数字经济职业技能协会", "", ("51", "430000", "MJ8U5K3C"),
     "association", "4-04-05-13", "3|4|5", "湖南", "2024-03-01", "2029-02-28", "active"),
    ("HE20", "武汉信科职业技术学院", "信科职院", ("52", "420100", "MJ6D2Q9B"),
     "other", "4-04-05-05", "4|5", "湖北", "2023-09-01", "2028-08-31", "active"),
    ("HE21", "人力资源和社会保障部职业技能鉴定中心",
     "人力资源社会保障部职业技能鉴定中心|人社部职业技能鉴定中心|OSTA", None,
     "government", "*", "1|2|3|4|5", "全国", "", "", "active"),
    ("HE22", "人力资源和社会保障部",
     "人社部|人力资源社会保障部|中华人民共和国人力资源和社会保障部|国家人社部|Ministry of Human Resources and Social Security|MOHRSS",
     None, "government", "*", "1|2|3|4|5", "全国", "", "", "active"),
    ("HE23", "湖北省人力资源和社会保障厅", "湖北省人社厅", None, "government", "*", "1|2|3|4|5",
     "湖北", "", "", "active"),
    ("HE24", "湖南省人力资源和社会保障厅", "湖南省人社厅", None, "government", "*", "1|2|3|4|5",
     "湖南", "", "", "active"),
    ("HE25", "河南省人力资源和社会保障厅", "河南省人社厅", None, "government", "*", "1|2|3|4|5",
     "河南", "", "", "active"),
]

SOURCE = {
    "government": {"HE21": "http://www.osta.org.cn/", "HE22": "https://www.mohrss.gov.cn/",
                   "HE23": "https://rst.hubei.gov.cn/", "HE24": "https://rst.hunan.gov.cn/",
                   "HE25": "https://hrss.henan.gov.cn/"},
}


def registry_rows():
    rows = []
    for (aid, name, aliases, parts, kind, occ, lv, region, vf, vt, st) in _REG:
        code = uscc(*parts) if parts else ""
        src = SOURCE["government"].get(aid, "https://pjjg.osta.org.cn/")
        rows.append({"agency_id": aid, "name": name, "aliases": aliases, "uscc": code,
                     "kind": kind, "occupations": occ, "levels": lv, "region": region,
                     "valid_from": vf, "valid_to": vt, "status": st, "source_url": src})
    return rows


REG = {r["agency_id"]: r for r in registry_rows()}
REG_COLUMNS = ["agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
               "valid_from", "valid_to", "status", "source_url"]


def name_of(aid):
    return REG[aid]["name"]


def usc(aid):
    return REG[aid]["uscc"]


# --------------------------------------------------------------------------- truth helpers
def rec(name, aid, **kw):
    d = {"name": name, "status": "recognized", "agency_id": aid}
    r = REG[aid]
    if r["status"] != "active" or (r["valid_to"] and r["valid_to"] < AS_OF):
        d["status_alt"] = ["unrecognized"]
    d.update(kw)
    return d


def gov(name, aid, **kw):
    d = {"name": name, "status": "government", "agency_id": aid}
    d.update(kw)
    return d


def look(name, resembles, **kw):
    d = {"name": name, "status": "lookalike", "agency_id": None, "resembles": resembles}
    d.update(kw)
    return d


def unrec(name, **kw):
    d = {"name": name, "status": "unrecognized", "agency_id": None}
    d.update(kw)
    return d


def fee(lo, hi=None):
    return {"min": float(lo), "max": float(lo if hi is None else hi)}


class Page:
    """One HTML file of the web plus its truth entry."""

    def __init__(self, path, html, *, page_type, note, phenomena, kind, encoding="utf-8",
                 offer=None, duplicate_of=None, robots=False, bom=False):
        self.path = path
        self.html = html
        self.encoding = encoding
        self.bom = bom
        self.truth = {"is_offer": offer is not None, "page_type": page_type, "kind": kind,
                      "note": note, "phenomena": list(phenomena), "robots_disallowed": robots,
                      "encoding": encoding + ("-bom" if bom else "")}
        if duplicate_of:
            self.truth["duplicate_of"] = duplicate_of
        if offer is not None:
            o = {"issuers": [], "levels": [], "fee_cny": None, "flags": [], "optional_flags": []}
            o.update(offer)
            self.truth.update(o)

    def data(self):
        b = self.html.encode(self.encoding)
        if self.bom:
            b = b"\xef\xbb\xbf" + b
        return b


# --------------------------------------------------------------------------- html helpers
def esc(s):
    return _html.escape(s, quote=True)


def a(href, text, **attrs):
    """<a> tag; href is written as given except quotes/angle brackets (callers write &amp; themselves)."""
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(str(v))}"' for k, v in attrs.items())
    h = href.replace('"', "%22").replace("<", "%3C").replace(">", "%3E")
    return f'<a href="{h}"{extra}>{text}</a>'


def jdump(obj):
    """JSON for <script> blocks: non-ASCII kept, '</' escaped."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


BAIDU_TONGJI = """<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?%s";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>"""

COOKIE_BAR = """<div id="cookie-tip" class="cookie-tip" style="display:none">本站使用Cookie以改善浏览体验，继续访问即表示您同意我们的
<a href="javascript:;" onclick="document.getElementById('cookie-tip').style.display='none'">《隐私政策》</a>
<button type="button" onclick="localStorage.setItem('ck','1');this.parentNode.style.display='none'">我知道了</button></div>
<script>if(!localStorage.getItem('ck')){document.getElementById('cookie-tip').style.display='block'}</script>"""
