"""The fixed vocabulary every floor shares: flag codes, severities, statuses, decisions.

The flag codes and severities are docs/contract.md's ("Flag vocabulary"), in its order; scripts
outside the project depend on them, so they are kept exactly and only ever added to.
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["high", "medium", "low"]

FLAG_SEVERITIES: dict[str, Severity] = {
    "UNRECOGNIZED_ISSUER": "high",
    "LOOKALIKE_ISSUER": "high",
    "ISSUER_OUT_OF_SCOPE": "high",
    "ISSUER_LAPSED": "high",
    "GOVERNMENT_ISSUER_CLAIM": "high",
    "UNOFFICIAL_VERIFICATION_SITE": "high",
    "NO_EXAM": "high",
    "GUARANTEED_PASS": "medium",
    "ELIGIBILITY_SHORTCUT": "medium",
    "BENEFIT_BAIT": "medium",
    "EXCESSIVE_FEE": "medium",
    "MISSING_ISSUER": "low",
}
FLAG_CODES: tuple[str, ...] = tuple(FLAG_SEVERITIES)
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low")  # most severe first
ISSUER_STATUSES = ("recognized", "lookalike", "unrecognized", "government")
# A reviewer decides each flag: confirmed or dismissed, or needs_evidence (check further: the
# flag stays open). The listing as a whole gets an outcome, apart from its flags.
FLAG_DECISIONS = ("confirmed", "dismissed", "needs_evidence")
# a flag whose latest decision is one of these is decided ("escalated": the first wave's word)
FINAL_FLAG_DECISIONS = ("confirmed", "dismissed", "escalated")
LISTING_OUTCOMES = ("refer", "monitor", "no_action")
# decisions of the first wave, kept readable in audit trails (listing-level, before outcomes)
LEGACY_DECISIONS = ("escalated",)
DECISIONS = (*FLAG_DECISIONS, *LISTING_OUTCOMES)  # every decision a reviewer can record now
# a listing's review status (docs/contract.md "Export"): open while any active flag awaits a
# final decision, decided when every active flag has one, none without active flags
REVIEW_STATUSES = ("open", "decided", "none")
# what a run changed (run_changes.change)
LISTING_CHANGES = ("new", "changed", "removed")
FLAG_CHANGES = ("flag_raised", "flag_cleared")
CHANGE_KINDS = (*LISTING_CHANGES, *FLAG_CHANGES)

# what kind of page a fetched page is; only an ``offer`` page becomes a listing
PAGE_TYPES = ("offer", "offer_list", "article", "qa_forum", "job", "other")
# the outside web labels kinds of pages (truth.json ``kind``), not page types
_KIND_PAGE_TYPES = {
    "list": "offer_list", "news": "article", "news-seo-spam": "article", "blog-post": "article",
    "wechat-article": "article", "forum-thread": "qa_forum", "forum-thread-large": "qa_forum",
    "job": "job", "qa-answer": "qa_forum",
}


def labeled_page_type(entry: dict[str, object]) -> str:
    """The page type a labeled web's truth entry gives: ``page_type``, else from ``kind``."""
    kind = entry.get("page_type")
    if isinstance(kind, str) and kind in PAGE_TYPES:
        return kind
    if entry.get("is_offer"):
        return "offer"
    return _KIND_PAGE_TYPES.get(str(entry.get("kind", "")), "other")
