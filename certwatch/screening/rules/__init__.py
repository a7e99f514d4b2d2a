"""The rules: one small pure function per flag code, ``(ctx) -> list[FlagResult]``.

Adding a rule = adding a function (with a docstring citing docs/domain.md) to ``RULES`` and tests.
"""

from __future__ import annotations

from collections.abc import Callable

from certwatch.screening.context import ScreeningContext
from certwatch.screening.flags import FlagResult
from certwatch.screening.rules.benefit import benefit_bait
from certwatch.screening.rules.claims import guaranteed_pass, no_exam
from certwatch.screening.rules.eligibility import eligibility_shortcut
from certwatch.screening.rules.fees import excessive_fee
from certwatch.screening.rules.government import government_issuer_claim
from certwatch.screening.rules.issuers import (
    issuer_lapsed,
    issuer_out_of_scope,
    lookalike_issuer,
    missing_issuer,
    unrecognized_issuer,
)
from certwatch.screening.rules.verification import unofficial_verification_site

Rule = Callable[[ScreeningContext], list[FlagResult]]

RULES: list[Rule] = [
    unrecognized_issuer,
    lookalike_issuer,
    issuer_out_of_scope,
    issuer_lapsed,
    government_issuer_claim,
    unofficial_verification_site,
    no_exam,
    guaranteed_pass,
    eligibility_shortcut,
    benefit_bait,
    excessive_fee,
    missing_issuer,
]

__all__ = ["RULES", "Rule"]
