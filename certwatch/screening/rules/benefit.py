"""BENEFIT_BAIT: the certificate sold on hukou, points, housing, 挂靠 income or subsidy promises.

How a subsidy claim is judged (docs/domain.md §3.4: 失业保险技能提升补贴 caps 1000/1500/2000 for
五/四/三级, provinces may add 30%, nothing national for 二级/一级):

- money back is always bait: 返现, 返还学费, 学费全退, 免费拿证, 0元拿证;
- a subsidy promised unconditionally (拿证就能领, 人人可领, 包领, 稳领) with no condition in
  its sentence (符合条件, 按规定, 参保, 失业保险 …) is bait: the real subsidy needs a year of
  unemployment-insurance contributions;
- a subsidy named for level 1 or 2 in its sentence is bait; with no level in the sentence,
  it is bait when every level the ad offers is 1 or 2;
- a subsidy amount above the cap of the levels it is for (levels named in the sentence, else
  the levels offered at 3–5, else the level-3 cap) × 1.3 is bait; "补贴后免费/0元" counts the
  whole fee (fee_max) as the subsidy amount;
- otherwise ("符合条件可申领技能提升补贴", "五级补贴1000元") it is a plain fact, not bait.

English ads are judged the same way (hukou, residence points, talent housing; "can claim a
subsidy" with no condition). Hukou, points, housing and income lures are bait whenever asserted: the certificate is being
sold on something other than the skill (docs/domain.md §3.3 挂靠/落户 lures, §4 居住证积分).
人才引进 and 职称 mentions are recorded as claims but are not bait by themselves.
"""

from __future__ import annotations

import re

from certwatch.screening.context import ScreeningContext
from certwatch.screening.evidence import trim_evidence
from certwatch.screening.flags import FlagResult
from facts.contract import Claim
from facts.levels import level_words
from facts.money import terse_amounts

_LURE = re.compile(r"落户|入户|积分|加\s?\d+\s?分|购房|买房|住房|公租房|人才公寓|挂靠|赚|入|收入|"
                   r"hukou|household registration|points|talent (?:apartment|housing)", re.I)
_MONEY_BACK = re.compile(r"返现|返还|全退|报销|免费|0元|零元|cash ?back|money back", re.I)
_SUBSIDY = re.compile(r"补贴|补助|subsid", re.I)
_AFTER_SUBSIDY_PRICE = re.compile(r"后|仅需|只需|低至|仅|需|学费|费用|自付|实付")
_FREE_AFTER = re.compile(r"补[贴助]后[^，。；！？]{0,6}(?:免费|0元|零元|不花钱|白拿)")
_CLAUSE = re.compile(r"[，,；;。！？!?]")
_UNCONDITIONAL = re.compile(
    r"拿证就|拿证即|拿证后就|人人(?:都)?(?:能|可)|都能领|都可(?:以)?领|就能领|就可(?:以)?领|即可领"
    r"|直接领|保证领|包领|必领|稳领|轻松领|白送|白拿|百分百领|100%领"
    r"|(?:can|will|to) (?:claim|get|receive)|guaranteed|everyone", re.I
)
_CONDITIONAL = re.compile(
    r"符合条件|符合规定|满足条件|按规定|按照规定|按政策|依规|参保|社保|失业保险|缴纳|缴费满|条件的|"
    r"eligible|subject to|insured|social insurance|if you qualify", re.I
)


def benefit_bait(ctx: ScreeningContext) -> list[FlagResult]:
    """Asserted benefit claims that bait (see the module docstring for subsidies).
    docs/domain.md §3.3, §3.4, §4."""
    reasons: list[tuple[Claim, str]] = []
    for claim in ctx.asserted.get("benefit", []):
        reason = _bait_reason(claim, ctx)
        if reason:
            reasons.append((claim, reason))
    if not reasons:
        return []
    first, _ = reasons[0]
    detail = "; ".join(dict.fromkeys(f"{c.phrase}: {why}" for c, why in reasons))
    return [FlagResult.of("BENEFIT_BAIT", trim_evidence(first.evidence, first.phrase), detail,
                          anchor=first.phrase)]


def _bait_reason(claim: Claim, ctx: ScreeningContext) -> str | None:
    phrase = claim.phrase
    if _LURE.search(phrase):
        return "hukou, points, housing or income lure"
    if _MONEY_BACK.search(phrase):
        return "money back / free certificate"
    if not _SUBSIDY.search(phrase):
        return None
    return _subsidy_reason(claim, ctx)


def _subsidy_reason(claim: Claim, ctx: ScreeningContext) -> str | None:
    named = level_words(claim.evidence)
    offered = set(ctx.facts.levels)
    if _UNCONDITIONAL.search(claim.evidence) and not _CONDITIONAL.search(claim.evidence):
        return "subsidy promised unconditionally (it needs insured work history)"
    if named & {1, 2}:
        return "subsidy for level 1–2 (no national subsidy)"
    if not named and offered and offered <= {1, 2}:
        return "subsidy on a level 1–2 offer (no national subsidy)"
    levels = (named or offered) & set(ctx.settings.subsidy_caps)
    caps = ctx.settings.subsidy_caps
    cap = max((caps[lv] for lv in levels), default=max(caps.values()))
    allowed = cap * ctx.settings.subsidy_uplift
    amount = _subsidy_amount(claim)
    if amount is None and _FREE_AFTER.search(claim.evidence):
        amount = ctx.facts.fee_max
    if amount is not None and amount > allowed:
        return f"subsidy ¥{amount:,.0f} above the cap ¥{cap:,.0f} (+30% ≤ ¥{allowed:,.0f})"
    return None


def _subsidy_amount(claim: Claim) -> float | None:
    """The largest amount stated as the subsidy in the claim's clause, if any.

    Amounts after the phrase count unless a price word sits between ("补贴后仅需1980元");
    an amount right before the phrase ("3000元补贴") counts too.
    """
    text = claim.evidence
    at = text.find(claim.phrase)
    if at < 0:
        return None
    end = at + len(claim.phrase)
    stop = _CLAUSE.search(text, end)
    clause_end = stop.start() if stop else len(text)
    amounts: list[float] = []
    for start, _, value in terse_amounts(text, end, clause_end):
        if not _AFTER_SUBSIDY_PRICE.search(text, end, start):
            amounts.append(value)
    for _, stop_at, value in terse_amounts(text, max(0, at - 12), at):
        if at - stop_at <= 2:
            amounts.append(value)
    return max(amounts, default=None)
