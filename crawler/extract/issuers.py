"""Who the ad says issues the certificate (issuers), and who sells the course (provider).

Issuer phrasings (docs/domain.md §2.2, §3.3): "由XX颁发/核发/发放/签发/监制/认证", "XX颁发", "XX主办",
"发证机构：XX" (and table columns with such headers), JSON-LD/microdata ``recognizedBy`` /
``educationalCredentialAwarded`` / ``hasCredential``, and image alt texts ("XX证书样本"). Names
are returned as written on the page, trimmed to the organization (ending in 中心/部/协会/公司…).
Mentions in negated or warning clauses (并非人社部颁发, 谨防冒充…) are not issuers. An organization
whose very name says it evaluates (…职业技能评价有限公司, …等级认定中心, …鉴定中心) is an issuer
wherever the ad names it, except as a website to look certificates up on. The provider (the seller,
``crawler.extract.provider``) is never an issuer unless the page says it issues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from crawler.extract.issuer_names import (
    LATIN_WORD as _LATIN_WORD,
    ORG_CHARS as _ORG_CHARS,
    ORG_END as _ORG_END,
    ORG_SUFFIX as _ORG_SUFFIX,
    english_body as _english_body,
    tighten_name,
)
from crawler.extract.lexicon import grouped
from crawler.extract.text import Table, normalize
from facts.contract import IssuerMention
from facts.structured import walk_entries

# 承办 (the school running the class) is the provider's word, not the issuer's
_WORDS = grouped("issuer_words", "role", "phrase")  # data/lexicon/issuer_words.csv
_VERBS = "(?:" + "|".join(_WORDS["issuing_verb"]) + ")"
# a verb that is really part of a name: 认证中心, 发证机构, 认定机构, 鉴定中心
_VERB_NOT_NAME = (
    r"(?!中心|机构|协会|委员会|有限|公司|研究|管理|服务|考试|办公|学会|联盟|体系|单位|部门|机关|平台|官网|"
    r"网站|查询|系统|专家|标准|工作|项目|方|站|处|科|所)"
    # "人社部认证的新职业": the occupation was recognized, no certificate is issued
    r"(?!的?(?:新|新兴|国家)?(?:职业|工种|行业|岗位|专业)(?!资格|技能等级|证))"
)
_ORG_LIST_CHARS = r"[\u4e00-\u9fffA-Za-z0-9()（）·&\-、]"
# "由X组织认定", "由X负责考核": X runs the assessment (not 组织培训/考试: schools do that)
# (a level may sit between: "组织三级/高级工认定")
_ORGANIZES = (r"(?:具体)?(?:组织|负责|开展|实施)(?:[一二三四五1-5]级|初级工?|中级工?|高级工|技师|高级技师|[/、])*"
              r"(?:职业技能)?(?:等级)?(?:认定|考核|鉴定|评价)")
_BY_ORG = re.compile(
    rf"由\s*(?P<org>{_ORG_LIST_CHARS}{{2,40}}?)\s*(?:统一|联合|共同|正式|直接|官方)?\s*"
    rf"(?:{_VERBS}{_VERB_NOT_NAME}|{_ORGANIZES})"
)
_ORG_VERB = re.compile(rf"(?P<org>{_ORG_LIST_CHARS}{{2,40}}?)\s*(?:统一|联合|共同|正式|官方)?\s*{_VERBS}{_VERB_NOT_NAME}")
_LABELS = "|".join(_WORDS["issuer_label"])
_LABELLED = re.compile(
    rf"(?:{_LABELS})\s*(?:(?:为|是)\s*[:|]?|(?:[:|]\s*)+|——|—|-)\s*"
    rf"(?P<org>(?:[^,;。!?|]|,(?=\s*(?:Ltd|Limited|Inc)\b)){{2,60}})", re.I
)
# "X为经…备案的职业技能等级认定用人单位", "X是人社部门备案的评价机构"
# "证书加盖X公章", "盖有X钢印": the body whose seal is on the certificate issues it
_SEALED_BY = re.compile(
    rf"(?:加盖|盖有|盖着|钤有|钤盖|印有)(?:了)?\s*(?P<org>{_ORG_CHARS}{{3,40}}?)\s*(?:的)?"
    r"(?:公章|钢印|印章|红章|鲜章|电子章|电子印章|骑缝章)"
)
# "考点是数智评价的", "考场设在X职业技能评价中心": the evaluator that runs the exam site
_EXAM_SITE_OF = re.compile(
    rf"(?:考点|考场|考核点|认定点|鉴定点|评价点|考试点)\s*(?:是|为|设在|设于|在|属于|:)\s*"
    rf"(?P<org>{_ORG_CHARS}{{2,40}}?)(?=的|[,;。!?\s]|$)"
)
# a registry-style short name: brand + 评价/鉴定/认定/考评 ("鲁信鉴定", "数智评价")
_ALIAS_NAME = re.compile(r"(?P<brand>[\u4e00-\u9fff]{2,4})(?:评价|鉴定|认定|考评)")
_GENERIC_BRAND = re.compile(
    r"职业|技能|等级|统一|集中|线上|线下|社会|第三方|专业|正规|官方|国家|人社|政府|机构|单位|企业|自主|"
    r"综合|过程|岗位|专项|能力|水平|质量|教学|培训|考试|学员|本人|相关|权威|合格|结业|备案|评价|认定|"
    r"鉴定|考核|正式|现场|在线|实操|理论|资格|本期|本批|批次|我们|我校|本校|学校|直接|负责|组织|开展"
)


# "由鲁信鉴定组织考核": the alias ends in a verb-like word, so _BY_ORG would stop inside it
_BY_ALIAS = re.compile(
    r"由\s*(?P<org>[\u4e00-\u9fff]{2,4}(?:评价|鉴定|认定|考评))\s*(?:统一|联合|共同|正式|直接|官方)?"
    rf"\s*(?:{_VERBS}|{_ORGANIZES}|组织|负责|实施)"
)


def evaluator_alias(text: str) -> str | None:
    """A short evaluator name with no legal suffix ("鲁信鉴定"), or None for generic words."""
    value = _WRAP.sub("", text.strip())
    m = _ALIAS_NAME.fullmatch(normalize(value))
    if m is None or _GENERIC_BRAND.search(m.group("brand")):
        return None
    return value


_NEXT_LABEL = re.compile(r"\s+[\u4e00-\u9fffA-Za-z]{2,8}\s*:")
_IS_EVALUATOR = re.compile(
    rf"(?P<org>{_ORG_CHARS}{{3,40}}?)\s*(?:为|是|系|作为)[^,;。!?]{{0,30}}?"
    r"(?:评价机构|认定机构|鉴定机构|评价组织|认定单位|用人单位|评价单位|发证机构|认证机构|发证单位)"
)
# "证书是X发的", "考核和发证是X", "发证的是X": the certificate's issuer named with 是
_CERT_IS = re.compile(
    rf"(?:证书|证|发证|颁证|考核和发证|考核与发证|考核发证|发证的|颁证的)\s*(?:都|也|就)?\s*(?:是|为)\s*"
    rf"(?P<org>{_ORG_CHARS}{{3,40}}?)(?=发的|颁发的|出的|签发的|[,;。!?\s~～]|$)"
)
_SITE_AFTER = re.compile(r"\s*(?:的)?\s*(?:网站|官网|官方网站|网|平台|系统|查询|公众号|小程序|APP|app)")
_SITE_BEFORE = re.compile(r"登录|访问|上传|关注|打开|进入|查询|查验|验证|可查")
# names that say the organization evaluates: 职业技能评价有限公司, 等级认定中心, 鉴定中心 …
_EVALUATOR_NAME = re.compile(
    rf"{_ORG_CHARS}{{2,40}}?(?:评价|认定|鉴定|评估|考评|认证)(?:管理服务)?"
    r"(?:中心|有限责任公司|有限公司|公司|站|所|总会|协会|院)"
)
# cheap gate, split by script: a flat alternation of Chinese literals without re.I keeps the regex
# engine's literal-prefix scan; the English words (issuer, issued by …) go to a re.I pattern
_GATE_WORDS = sorted(
    {w for w in (*_WORDS["issuing_verb"], *_LABELS.split("|")) if not w.isascii()}
    | {"证书", "样本", "评价", "认定", "鉴定", "评估", "考评", "认证", "考核", "加盖", "盖有", "钤有",
       "公章", "钢印", "印章", "考点", "考场"},
    key=len, reverse=True,
)
_MAY_NAME_ISSUER_CN = re.compile("|".join(_GATE_WORDS))
_MAY_NAME_ISSUER_EN = re.compile(r"issuer|awarding body|\bby\b|assess|evaluat|certif", re.I)
_HEADER_ISSUER = re.compile(rf"(?:{_LABELS})", re.I)
_ALT_ORG = re.compile(rf"(?P<org>{_ORG_CHARS}{{2,40}}?{_ORG_SUFFIX})\s*(?:颁发|监制|认证)?的?\s*(?:证书|样本|证书样本|样图|证书样图)", re.I)
# words that end a preceding phrase: the org starts after the last of them
_LEAD_TRIM = re.compile(
    r"^.*(?:证书是|证书由|证书为|证书均|证书|即可|可获得|可获|获得|取得|领取|颁发的|考核合格后|合格后|通过后|"
    r"合格者|学员|结业后|完成后|由|经过|并且|统一|均由|和由|备案的|认可的|指定的|授权的|的)"
)
# "我校联合X", "我们和X合作", "参加X组织的认定": the partner named after a subject + conjunction
_PARTNER_LEAD = re.compile(
    r"^(?:(?:我校|本校|我们|我司|本司|我院|本院|本机构|我机构|本中心|我中心|本单位|我单位|本平台|学校|"
    r"机构|公司)(?:已|已经|现|正式|深度|长期|共同)?(?:联合|携手|联手|和|与|同|跟)"
    r"|(?:联合|携手|联手)|(?:报名)?(?:参加|参与))"
)
# English ads: "issued by X", "Assessment is conducted by X (English name)"
_BY_EN = re.compile(
    r"(?:(?:issued|awarded|certified|assessed|evaluated|granted|accredited)"
    r"|(?:assessment|evaluation|exam(?:ination)?s?|certification|testing)\s+(?:is\s+|are\s+|will\s+be\s+)?"
    r"(?:conducted|administered|carried\s+out|organi[sz]ed|run))\s+by\s+(?:the\s+)?"
    r"(?P<org>(?:[^,;.()。，；（]|[.,](?=,?\s*(?:Ltd|Limited|Inc)\b)){2,80})",
    re.I,
)
_LEAD_WORDS = re.compile(
    r"^(?:本|该|此|证书|考试|可|将|会|被|是|为|的|后|并|均|即|经|再|则|统一|直接|官方|与|经与|登录|上传|访问|"
    r"通过|向|在|到|联系|关注|前往|请|凭)+"
)
_TRAILING_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]?\s*$")
_LEAD_FILLER = re.compile(r"^(?:[《“\"'「『【(（]|本|该|此)+")
_TAIL_TRIM = re.compile(r"(?:统一|联合|共同|正式|官方|直接|颁发|监制|认证|签发|核发|的|等)+$")
_GENERIC = re.compile(
    r"^(?:国家|全国|官方|政府|权威|正规|相关|有关|其他|其它|各|本|我|该|贵|此|第三方|社会|用人|合法|指定|"
    r"国家认可的?|官方认可的?|备案|经备案的?|具备资质的?|有资质的?|专业|培训|评价|认定|鉴定|考核|考评|颁证|"
    r"发证|权威认证|职业技能|等级认定|技能|各地|地方|省级|市级|当地|属地)*"
    r"(?:单位|机构|部门|公司|中心|学校|学院|政府|部|局|厅|委员会|协会|组织|机关|院|办|站)$"
    r"|^(?:当地|各地|地方|各级|省级|市级|县级|省|市|县|区)?(?:人社|人力资源和?社会保障|人社行政|劳动)部门$"
    # a bureau with no place ("人社局盖章"): some local bureau, no body a reader could check
    r"|^(?:当地|各地|地方|本地|属地|省|市|县|区)?(?:人社|劳动|劳动保障|人力资源和?社会保障)(?:局|厅)$"
)
_NEGATED = re.compile(
    r"(?:非|不是|并非|并不是|不由|没有|冒充|假冒|谎称|声称|号称|自称|所谓|谨防|警惕|虚假|伪造|冒用|假的|"
    r"不得|严禁|禁止|不会|从未|而非|未经|骗局|山寨|不属于|不可能)"
)
_CLAIMED = re.compile("|".join(_WORDS["claimed_marker"]))
_WRAP = re.compile(r"^[\s\"'“”‘’「」『』《》【】\[\]:：|,，。]+|[\s\"'“”‘’「」『』《》【】\[\]:：|,，。]+$")

def _span_original(original: str, norm: str, start: int, end: int) -> str:
    """The original text of a span found in ``norm`` (equal lengths map 1:1)."""
    if len(original) == len(norm):
        return original[start:end]
    return norm[start:end]


# a notice title or a verb, not an organization: "关于举办…", "…联合举办", "…开办"
_NOT_A_NAME = re.compile(
    r"^(?:关于|为了|对于|根据|按照|依据|现将|通知)|(?:举办|开办|承办|协办|主办|创办|合办|兴办|申办|"
    r"代办|包办|督办|交办|报办)$"
)


def trim_org(name: str) -> str | None:
    """An organization name cut out of a phrase, or None when nothing name-like is left."""
    name = _WRAP.sub("", name.strip())
    norm = normalize(name)
    m = _LEAD_TRIM.match(norm)
    if m and m.end() < len(norm):
        cut = m.end()
        # do not cut inside a name like "人力资源和社会保障部" / "工业和信息化部"
        rest = norm[cut:]
        if _ORG_END.search(rest) and len(rest) >= 3:
            name, norm = name[cut:], rest
    partner = _PARTNER_LEAD.match(normalize(name))
    if partner and _ORG_END.search(normalize(name)) and len(name) - partner.end() >= 3:
        name = name[partner.end():]
    lead = _LEAD_WORDS.match(normalize(name))
    if lead and _ORG_END.search(normalize(name)[lead.end():]) and len(name) - lead.end() >= 3:
        name = name[lead.end():]
    name = _LEAD_FILLER.sub("", name)
    norm = normalize(name)
    while (paren := _TRAILING_PAREN.search(norm)) and not _ORG_END.search(norm):
        cut = paren.start()
        name, norm = name[:cut], norm[:cut]
    if not _ORG_END.search(norm):
        ends = [m.end() for m in re.finditer(_ORG_SUFFIX, norm, re.I)
                if not re.match(r"[\u4e00-\u9fffA-Za-z]", norm[m.end():m.end() + 1])]
        if ends:
            name, norm = name[: ends[-1]], norm[: ends[-1]]
    tail = _TAIL_TRIM.search(norm)
    if tail:
        name, norm = name[: tail.start()], norm[: tail.start()]
    name = _WRAP.sub("", name).strip()
    norm = normalize(name)
    if len(norm) < 3 or len(norm) > (90 if _LATIN_WORD.search(norm) else 50):
        return None  # English names run longer: "… Vocational Skill Evaluation Co., Ltd"
    if not _ORG_END.search(norm) or _GENERIC.match(norm) or _NOT_A_NAME.search(norm):
        return None
    return name


_LABEL_VALUE_STOP = re.compile(r"\s|[(（]|证书|全国|可查|官网|联网|备案|负责|统一|颁发|发证")


_ALIAS_WORD = re.compile(
    r"评价|鉴定|认定|认证|考评|考核|中心|协会|学会|委员会|联合会|总会|教育|学校|学院|大学|公司|集团|研究|"
    r"部|厅|局|院|所|站|科技|职培|人才|培训|[A-Z]{2,}"
)


def trim_labelled(value: str) -> str | None:
    """The issuer named after a label ("发证单位：鲁信鉴定"): an org name, or a short alias."""
    name = _english_body(value) if _LATIN_WORD.search(value) else None
    name = name or trim_org(value)
    if name:
        return name
    value = _WRAP.sub("", value.strip())
    stop = _LABEL_VALUE_STOP.search(normalize(value), 2)
    if stop:
        value = value[: stop.start()]
    value = _WRAP.sub("", value)
    norm = normalize(value)
    if not 2 <= len(norm) <= 30 or _GENERIC.match(norm) or _NEGATED.search(norm):
        return None
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", norm) or re.search(r"[是为的了吗呢]$|等级$|证书$", norm):
        return None
    if not (_ALIAS_WORD.search(norm) or re.fullmatch(r"[A-Z]{2,10}", norm)):
        return None  # "全国通用", "终身有效": a slogan after the label, not a name
    return value


def normalized_name(name: str) -> str:
    """Dedupe key: simplified, half-width, no spaces or punctuation, lower case."""
    return re.sub(r"[\s()（）·\-\"'“”]", "", normalize(name)).lower()


def _negated(norm: str, start: int, end: int) -> bool:
    """True when the clause around [start, end) denies or warns about the attribution."""
    left = max(norm.rfind(c, 0, start) for c in ",;。!?\n") + 1
    rights = [i for i in (norm.find(c, end) for c in ",;。!?\n") if i >= 0]
    right = min([*rights, end + 6])
    if _NEGATED.search(norm[left:right]):
        return True
    # a quoted attribution in a sentence that reports it as someone's claim ("以“人社部颁发”为噱头")
    return _in_quotes(norm, start) and bool(_CLAIMED.search(norm))


def _in_quotes(norm: str, pos: int) -> bool:
    before = norm[:pos]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」") or (
        before.count('"') % 2 == 1)


def issuers_in_text(text: str, source: str = "text") -> list[IssuerMention]:
    """Issuer mentions in one sentence, table row or alt text."""
    norm = normalize(text)
    if not _MAY_NAME_ISSUER_CN.search(norm) and not (
            _LATIN_WORD.search(norm) and _MAY_NAME_ISSUER_EN.search(norm)):
        return []
    out: list[IssuerMention] = []
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int, labelled: bool = False, alias_ok: bool = False,
            named: str | None = None) -> None:
        if any(not (end <= a or start >= b) for a, b in spans):
            return
        raw = _span_original(text, norm, start, end)
        name = named or (trim_labelled(raw) if labelled else trim_org(raw))
        if name is None and alias_ok:
            name = evaluator_alias(raw)
        name = tighten_name(name) if name else None
        if not name or _negated(norm, start, end) or _GENERIC.match(normalize(name)):
            return
        spans.append((start, end))
        out.append(IssuerMention(name=name, evidence=text.strip()[:300], source=source))

    for m in _LABELLED.finditer(norm):
        org_text = m.group("org")
        next_label = _NEXT_LABEL.search(org_text)
        if next_label:  # "评价机构：X 培训机构：Y": the value ends where the next label starts
            org_text = org_text[: next_label.start()]
        # several names in one cell: "A、B" / "A和B联合"
        pos = m.start("org")
        for part in re.split(r"[、/]|以及|及(?=[\u4e00-\u9fff]{4})", org_text):
            if part.strip():
                p = norm.find(part, pos)
                add(p, p + len(part), labelled=True)
                pos = p + len(part)
    for m in _BY_ALIAS.finditer(norm):
        if evaluator_alias(m.group("org")):
            add(m.start("org"), m.end("org"), alias_ok=True)
    for m in _BY_ORG.finditer(norm):
        _add_parts(norm, m.start("org"), m.end("org"), add, alias_ok=True)
    for m in _SEALED_BY.finditer(norm):
        add(m.start("org"), m.end("org"))
    for m in _EXAM_SITE_OF.finditer(norm):
        name = trim_org(m.group("org"))
        if name is None or not _EVALUATOR_NAME.fullmatch(normalize(name)):
            name = evaluator_alias(m.group("org"))
        if name:
            add(m.start("org"), m.end("org"), alias_ok=True)
    for m in _ORG_VERB.finditer(norm):
        _add_parts(norm, m.start("org"), m.end("org"), add)
    for m in _BY_EN.finditer(norm):
        raw = _span_original(text, norm, m.start("org"), m.end("org"))
        body = _english_body(raw)
        name = body or trim_labelled(raw)
        if name and (re.search(r"[\u4e00-\u9fff]", name) or " " in name.strip()):
            start = norm.find(normalize(name), m.start("org"))
            add(start, start + len(name), labelled=True, named=body if name == body else None)
    for m in _IS_EVALUATOR.finditer(norm):
        add(m.start("org"), m.end("org"))
    for m in _CERT_IS.finditer(norm):
        add(m.start("org"), m.end("org"))
    if len(norm.strip()) > 12:  # not a byline / logo line made of the name alone
        for m in _EVALUATOR_NAME.finditer(norm):
            name = trim_org(_span_original(text, norm, m.start(), m.end()))
            if not name:
                continue
            start = norm.find(normalize(name), m.start())
            clause_start = max(norm.rfind(c, 0, start) for c in ",;。!?\n") + 1
            if _SITE_AFTER.match(norm, m.end()) or _SITE_BEFORE.search(norm[clause_start:start]):
                continue  # "登录人社部职业技能鉴定中心官网查询": a website, not an issuer
            add(start, start + len(name))
    if source == "alt":
        for m in _ALT_ORG.finditer(norm):
            add(m.start("org"), m.end("org"))
    return out


def _add_parts(norm: str, start: int, end: int, add: Any, alias_ok: bool = False) -> None:
    """Split "A和B联合颁发" / "A、B颁发" into A and B when both look like organizations."""
    segment = norm[start:end]
    parts = re.split(r"、|与(?=[\u4e00-\u9fff]{3,}$)|和(?=[\u4e00-\u9fff]{3,}(?:中心|协会|学会|公司|委员会)$)", segment)
    if len(parts) > 1 and all(_ORG_END.search(p.strip()) for p in parts if p.strip()):
        pos = start
        for part in parts:
            p = norm.find(part, pos)
            add(p, p + len(part), alias_ok=alias_ok)
            pos = p + len(part)
    else:
        add(start, end, alias_ok=alias_ok)


def issuers_in_table(table: Table) -> list[IssuerMention]:
    """Cells of table columns whose header names the issuer (发证机构, 认证机构 …)."""
    out: list[IssuerMention] = []
    columns = [i for i, h in enumerate(table.header) if _HEADER_ISSUER.search(normalize(h))]
    for row in table.rows:
        for i in columns:
            if i < len(row):
                name = trim_org(row[i])
                if name:
                    out.append(IssuerMention(name=name, evidence=" | ".join(row)[:300],
                                             source="table"))
    return out


_ISSUER_KEYS = frozenset({"recognizedby", "issuedby", "issuer", "awardedby", "accreditedby",
                          "certifiedby", "credentialissuer"})
# an evaluation body named as the course's provider/author is the issuer too ("认定中心直营")
_ORG_ROLE_KEYS = frozenset({"provider", "author", "publisher", "brand", "seller", "creator",
                            "organizer", "sponsor", "offeredby"})
_CREDENTIAL_KEYS = frozenset({"educationalcredentialawarded", "hascredential",
                              "occupationalcredentialawarded"})


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        props = value.get("properties")
        if isinstance(props, dict) and "name" not in value:
            value = props  # extruct microdata item
        name = value.get("name") or value.get("legalName")
        if isinstance(name, str):
            return [name]
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def issuers_in_structured(data: Iterable[Any], source: str) -> list[IssuerMention]:
    """Issuers from JSON-LD / microdata: recognizedBy, issuedBy, credentials' recognizers."""
    out: list[IssuerMention] = []
    entries = walk_entries(list(data), microdata=True,
                           descend=lambda key, _value: str(key).lower() not in _ISSUER_KEYS)
    for key, value in entries:
        lkey = str(key).lower()
        if lkey in _ISSUER_KEYS:
            for name in _names(value):
                out.append(IssuerMention(name=name.strip(), evidence=f"{key}: {name}"[:300],
                                         source=source))
        elif lkey in _CREDENTIAL_KEYS:
            if isinstance(value, str):
                out.extend(
                    IssuerMention(name=m.name, evidence=f"{key}: {value}"[:300], source=source)
                    for m in issuers_in_text(value, source)
                )
        elif lkey in _ORG_ROLE_KEYS:
            for name in _names(value):
                if _EVALUATOR_NAME.fullmatch(normalize(name.strip())):
                    out.append(IssuerMention(name=name.strip(),
                                             evidence=f"{key}: {name}"[:300], source=source))
    return [m for m in out if m.name]


def dedupe_issuers(mentions: Iterable[IssuerMention]) -> list[IssuerMention]:
    """First mention per normalized name; a name contained in a longer one found is dropped."""
    kept: list[IssuerMention] = []
    keys: list[str] = []
    for mention in mentions:
        key = normalized_name(mention.name)
        if not key or key in keys:
            continue
        kept.append(mention)
        keys.append(key)
    # "人社部" beside "国家人社部": keep the longer, more specific one only when it contains it
    final = []
    for mention, key in zip(kept, keys, strict=True):
        if any(other != key and key in other and other.endswith(key) for other in keys):
            continue
        final.append(mention)
    return final


def extract_issuers(sentences: Sequence[str], tables: Iterable[Table] = (),
                    jsonld: Iterable[Any] = (), microdata: Iterable[Any] = (),
                    alts: Iterable[str] = ()) -> list[IssuerMention]:
    """Every issuer named by the page, deduplicated by normalized name, in page order."""
    mentions: list[IssuerMention] = []
    mentions.extend(issuers_in_structured(jsonld, "jsonld"))
    mentions.extend(issuers_in_structured(microdata, "microdata"))
    for sentence in sentences:
        mentions.extend(issuers_in_text(sentence))
    for table in tables:
        mentions.extend(issuers_in_table(table))
    for alt in alts:
        mentions.extend(issuers_in_text(alt, "alt"))
    return dedupe_issuers(mentions)
