"""GOVERNMENT_ISSUER_CLAIM: the ad says a ministry issues the certificate, or calls it a
国家职业资格证书."""

from __future__ import annotations

import re

from certwatch.screening.context import ScreeningContext
from certwatch.screening.evidence import trim_evidence
from certwatch.screening.flags import FlagResult
from facts.contract import IssuerMention

_ISSUING = r"(?:颁发|颁证|发证|签发|核发|认证|监制|盖章|出具|印制|统一发放|发放)"
_SUPERVISING = (
    r"(?:备案|指导|监督|监管|主管|管理|查询|可查|官网|网站|平台|工作网|发布|公布|制定|批准|认可"
    r"|联合颁布|颁布|新职业|职业分类|标准)"
)
_GAP = r"[^，。；！？,;!?]{0,10}?"
_ROLE = f"(?:(?P<issuing>{_ISSUING})|{_SUPERVISING})"


def _only_supervises(mention: IssuerMention) -> bool:
    """True when the sentence names the body only in a filing/guiding/query role.

    Post-reform certificates are issued by filed evaluation institutions while 人社 files,
    supervises and runs the query site (docs/domain.md §2.2); "经人社部备案的机构颁发" or
    "可在人社部官网查询" is not a government-issuer claim. The first role verb after each
    occurrence of the name decides; a sentence with no role verb at all keeps the mention an
    issuer (extraction put it there).
    """
    roles = [
        m.group("issuing") is None
        for m in re.finditer(re.escape(mention.name) + _GAP + _ROLE, mention.evidence)
    ]
    return bool(roles) and all(roles)


def government_issuer_claim(ctx: ScreeningContext) -> list[FlagResult]:
    """A government body named as the issuer (match status ``government``), or an asserted
    government claim (人社部颁发, 工信部颁发, 国徽, 国家职业资格证书). docs/domain.md §2.1 (the
    AI-trainer certificate is a 职业技能等级证书, not a 国家职业资格证书; no 国家/国徽 words),
    §2.2 ("政府部门不参与监制"; 人社部颁发 is false post-reform), §3.1 (fake 国家 sites, 工信部
    备案/官方认证)."""
    flags: list[FlagResult] = []
    seen: set[str] = set()
    for mention, match in ctx.issuer_matches:
        if match.status != "government" or mention.name in seen or _only_supervises(mention):
            continue
        seen.add(mention.name)
        evidence = trim_evidence(mention.evidence or mention.name, mention.name)
        body = match.matched_name or mention.name
        flags.append(
            FlagResult.of("GOVERNMENT_ISSUER_CLAIM", evidence, f"government body as issuer: {body}",
                          anchor=mention.name)
        )
    claims = ctx.asserted.get("government", [])
    if claims:
        first = claims[0]
        evidence = trim_evidence(first.evidence, first.phrase)
        if all(flag.evidence != evidence for flag in flags):
            phrases = "、".join(dict.fromkeys(c.phrase for c in claims))
            flags.append(FlagResult.of("GOVERNMENT_ISSUER_CLAIM", evidence, f"claims: {phrases}",
                                       anchor=first.phrase))
    return flags
