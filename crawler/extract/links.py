"""Verification sites, contacts, publication date, canonical URL and region of an ad.

Verification URLs (docs/domain.md §3.5): URLs or bare domains in a sentence that speaks of
查询/验证/可查/查验/入库/核验 (or the sentence right after such a label), and link hrefs whose
anchor text says so; normalized to absolute URLs with a scheme.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from crawler.extract.text import normalize
from facts import urls
from facts.structured import walk_entries

_VERIFY_WORDS = re.compile(
    r"查询|验证|可查|查验|入库|核验|验真|查证|检索|真伪|联网|verify|verification|lookup|check", re.I
)
_TLDS = (
    r"(?:com|cn|net|org|gov|edu|info|top|xyz|cc|vip|ltd|site|online|co|biz|tech|club|wang|ren|"
    r"link|work|fun|icu|shop|store|pro|me|io|asia|tv|hk|tw)"
)
_URL = re.compile(
    rf"(?:https?://[^\s\"'<>，。；、）)\]】]+)"
    rf"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+{_TLDS}(?:\.cn)?(?![\w-])"
    rf"(?::\d{{2,5}})?(?:/[^\s\"'<>，。；、）)\]】]*)?",
    re.I,
)
_TRAILING = ".,;:!?)]}>'\"|/"

_MOBILE = re.compile(r"(?<![\d-])(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?![\d-])")
_SERVICE = re.compile(r"(?<![\d-])([48]00)[-\s]?(\d{3,4})[-\s]?(\d{3,4})(?![\d-])")
_LANDLINE = re.compile(r"(?<![\d-])\(?(0\d{2,3})\)?[-\s]?([2-9]\d{6,7})(?:-\d{1,4})?(?![\d])")
_WECHAT = re.compile(
    # (a Latin label is a word of its own: not the wx of www.wxwenzhai.com)
    # (a bare V before a spaced id that has a digit, - or _ in it: 简介：V WLZX-AI, a caption's
    # way past the filter)
    r"(?:微信号?|微信|加\s*[Vv微]|联系\s*[Vv]|(?<![A-Za-z])[Vv](?=\s*[:])|[Vv]信|薇信|威信|"
    r"(?<![A-Za-z0-9])[Vv](?=\s+[A-Za-z][A-Za-z]*[-_0-9][-_A-Za-z0-9]*(?![-_A-Za-z0-9]))|"
    r"(?<![A-Za-z0-9._-])(?:[Vv][Xx]|wechat|weixin|wx))\s*"
    # (微信公众号/客服：id, an account and a service id the same)
    r"(?:公众号\s*[/、]\s*)?(?:号|咨询|联系|客服|同号|搜索|搜|添加)?\s*(?:号)?\s*[:]?\s*"
    r"(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9]\d{9})",
    re.I,
)
_QQ = re.compile(r"QQ\s*(?:号|群)?\s*[:]?\s*(?P<id>[1-9]\d{4,10})(?!\d)", re.I)
_MAY_HAVE_CONTACT = re.compile(r"\d{5}|\d[-\s]\d{3}|@|微信|[Vv][Xx]|加\s*[Vv]|[Vv]\s*[:：]|(?<![A-Za-z])[Vv]\s+[A-Za-z]|"
                               r"qq|wechat|weixin|wx", re.I)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

_DATE_LABEL = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|发布于|更新时间|更新日期|时间|日期|published|posted|date)"
    r"\s*[:]?\s*(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})",
    re.I,
)
_DATE = re.compile(r"(?P<y>20\d{2}|19\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
_META_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished",
                   "pubdate", "publishdate", "publish_date", "date", "dc.date", "dc.date.issued",
                   "sailthru.date", "parsely-pub-date")

PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
_CITY_PROVINCE = {
    "广州": "广东", "深圳": "广东", "东莞": "广东", "佛山": "广东", "珠海": "广东", "杭州": "浙江",
    "宁波": "浙江", "温州": "浙江", "南京": "江苏", "苏州": "江苏", "无锡": "江苏", "常州": "江苏",
    "成都": "四川", "济南": "山东", "青岛": "山东", "武汉": "湖北", "西安": "陕西", "郑州": "河南",
    "长沙": "湖南", "合肥": "安徽", "福州": "福建", "厦门": "福建", "沈阳": "辽宁", "大连": "辽宁",
    "哈尔滨": "黑龙江", "长春": "吉林", "石家庄": "河北", "太原": "山西", "南昌": "江西",
    "昆明": "云南", "贵阳": "贵州", "南宁": "广西", "海口": "海南", "兰州": "甘肃", "西宁": "青海",
    "银川": "宁夏", "呼和浩特": "内蒙古", "乌鲁木齐": "新疆", "拉萨": "西藏",
}
_PLACE = re.compile("|".join(sorted([*PROVINCES, *_CITY_PROVINCE], key=len, reverse=True)))
_ADDRESS = re.compile(r"(?:地址|校区|地点|总部|所在地|培训地点|考点|address)\s*[:]?", re.I)


def normalize_url(raw: str, base: str = "") -> str | None:
    """An absolute http(s) URL for ``raw`` (a URL, a bare domain or a relative href)."""
    if raw.strip().lower().startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    raw = raw.strip().rstrip(_TRAILING) if not raw.strip().endswith("/") else raw.strip()
    raw = raw.rstrip(".,;:!?)]}>'\"|")
    if not raw:
        return None
    if not re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.I):
        if raw.startswith("//"):
            raw = "http:" + raw
        elif re.match(rf"^(?:[a-z0-9-]+\.)+{_TLDS}(?:\.cn)?(?:[:/]|$)", raw, re.I):
            raw = "http://" + raw
        elif base:
            raw = urls.join(base, raw)
        else:
            return None
    return urls.http_url(raw)


# chat and messenger links ("咨询/查询请WhatsApp"): a way to talk to the seller, not a query site
_MESSENGER_HOSTS = frozenset({
    "wa.me", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "line.me",
    "m.me", "weixin.qq.com", "work.weixin.qq.com", "wpa.qq.com", "qm.qq.com", "u.wechat.com",
})


def _messenger(url: str) -> bool:
    host = (urls.host_of(url) or "").removeprefix("www.")
    return host in _MESSENGER_HOSTS


def verification_urls(sentences: Sequence[str], links: Iterable[tuple[str, str]] = (),
                      base: str = "") -> list[str]:
    """URLs offered to look up or verify the certificate, absolute, in page order, distinct.

    Messenger links (WhatsApp, Telegram, WeChat, QQ chats) are contacts, never query sites.
    """
    return [url for url in _verification_urls(sentences, links, base) if not _messenger(url)]


def _verification_urls(sentences: Sequence[str], links: Iterable[tuple[str, str]],
                       base: str) -> list[str]:
    found: list[str] = []
    previous_says_verify = False
    for sentence in sentences:
        norm = normalize(sentence)
        says_verify = bool(_VERIFY_WORDS.search(norm))
        if says_verify or previous_says_verify:
            for m in _URL.finditer(norm):
                if "@" in norm[max(0, m.start() - 1):m.start()]:
                    continue
                url = normalize_url(sentence[m.start():m.end()] if len(sentence) == len(norm)
                                    else m.group(0))
                if url and url not in found:
                    found.append(url)
        # a label line ("证书查询网址：") whose URL is on the next line
        previous_says_verify = says_verify and not _URL.search(norm) and len(norm) < 40
    for href, anchor in links:
        if _VERIFY_WORDS.search(normalize(anchor)):
            url = normalize_url(href, base)
            if url and url not in found:
                found.append(url)
    return found


def _add(bucket: dict[str, list[str]], key: str, value: str) -> None:
    values = bucket.setdefault(key, [])
    if value not in values:
        values.append(value)


def extract_contacts(texts: Iterable[str], links: Iterable[tuple[str, str]] = ()
                     ) -> dict[str, list[str]]:
    """Phones (digits only), WeChat ids, QQ numbers and e-mails named on the page."""
    contacts: dict[str, list[str]] = {}
    for text in texts:
        norm = normalize(text)
        if not _MAY_HAVE_CONTACT.search(norm):
            continue
        wechat_spans = []
        for m in _WECHAT.finditer(norm):
            _add(contacts, "wechat", m.group("id"))
            wechat_spans.append((m.start("id"), m.end("id")))
        qq_spans = []
        for m in _QQ.finditer(norm):
            _add(contacts, "qq", m.group("id"))
            qq_spans.append((m.start("id"), m.end("id")))
        for m in _EMAIL.finditer(norm):
            _add(contacts, "email", m.group(0).lower())
        for pattern in (_MOBILE, _SERVICE, _LANDLINE):
            for m in pattern.finditer(norm):
                if any(a <= m.start() < b for a, b in qq_spans):
                    continue
                if pattern is _LANDLINE and _DATE.match(norm, max(0, m.start() - 5)):
                    continue
                _add(contacts, "phone", "".join(g for g in m.groups() if g))
    for href, _anchor in links:
        if href.lower().startswith("tel:"):
            digits = re.sub(r"\D", "", href[4:])
            if len(digits) >= 7:
                _add(contacts, "phone", digits)
        elif href.lower().startswith("mailto:"):
            addr = href[7:].split("?")[0].strip().lower()
            if "@" in addr:
                _add(contacts, "email", addr)
    return contacts


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) of the first date written in ``text``."""
    m = _DATE.search(normalize(text))
    if not m:
        return None
    return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _jsonld_dates(data: Iterable[Any]) -> list[str]:
    return [value for key, value in walk_entries(list(data))
            if key in ("datePublished", "dateCreated", "uploadDate") and isinstance(value, str)]


def published_date(*, meta: dict[str, str] | None = None, jsonld: Iterable[Any] = (),
                   times: Sequence[str] = (), texts: Sequence[str] = ()) -> str | None:
    """Publication date: meta tags, JSON-LD datePublished, <time>, then 发布时间 lines."""
    meta = meta or {}
    candidates = [meta[k] for k in _META_DATE_KEYS if k in meta]
    candidates += _jsonld_dates(jsonld)
    candidates += list(times)
    for value in candidates:
        found = parse_date(value)
        if found:
            return found
    for text in texts:
        m = _DATE_LABEL.search(normalize(text))
        if m:
            found = parse_date(m.group("date"))
            if found:
                return found
    return None


def _province(place: str) -> str:
    return _CITY_PROVINCE.get(place, place)


def extract_region(title: str, sentences: Sequence[str], extra: Sequence[str] = ()) -> str | None:
    """The province the ad is about: an address line first, else one clearly dominant province."""
    for text in [*sentences, *extra]:
        norm = normalize(text)
        m = _ADDRESS.search(norm)
        if m:
            place = _PLACE.search(norm, m.end(), m.end() + 12)
            if place:
                return _province(place.group(0))
    counts: dict[str, int] = {}
    for text in [title, title, *sentences]:  # each text counts a province once
        for prov in {_province(m.group(0)) for m in _PLACE.finditer(normalize(text))}:
            counts[prov] = counts.get(prov, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def canonical_url(href: str | None, base: str) -> str | None:
    """The absolute canonical URL from <link rel=canonical href>."""
    if not href:
        return None
    return normalize_url(urls.join(base, href.strip()), base)
