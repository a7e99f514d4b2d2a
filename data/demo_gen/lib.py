"""Page registry for the demo-web generator: each page is HTML text plus its truth labels."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

CODES = [
    "UNRECOGNIZED_ISSUER", "LOOKALIKE_ISSUER", "ISSUER_OUT_OF_SCOPE", "ISSUER_LAPSED",
    "GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE", "NO_EXAM", "GUARANTEED_PASS",
    "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT", "EXCESSIVE_FEE", "MISSING_ISSUER",
]
SHORT = {
    "UNREC": "UNRECOGNIZED_ISSUER", "LOOK": "LOOKALIKE_ISSUER", "OOS": "ISSUER_OUT_OF_SCOPE",
    "LAPSED": "ISSUER_LAPSED", "GOV": "GOVERNMENT_ISSUER_CLAIM",
    "SITE": "UNOFFICIAL_VERIFICATION_SITE", "NOEXAM": "NO_EXAM", "PASS": "GUARANTEED_PASS",
    "SHORT": "ELIGIBILITY_SHORTCUT", "BAIT": "BENEFIT_BAIT", "FEE": "EXCESSIVE_FEE",
    "MISSING": "MISSING_ISSUER",
}
DEMO_COMMENT = "<!-- certwatch demo web: fictional page written for testing; organisations, phones and sites are invented -->"


@dataclass
class Page:
    path: str
    html: str
    is_offer: bool = False
    provider: str | None = None
    issuers: list[str] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)
    fee: tuple[float, float] | None = None
    flags: list[str] = field(default_factory=list)
    note: str = ""
    crawlable: bool = True
    duplicate_of: str | None = None
    encoding: str = "utf-8"

    def title(self) -> str:
        m = re.search(r"<title>(.*?)</title>", self.html, re.S)
        assert m, f"{self.path}: no <title>"
        return re.sub(r"\s+", " ", m.group(1)).strip()

    def truth(self) -> dict:
        rec = {
            "path": self.path, "crawlable": self.crawlable, "is_offer": self.is_offer,
            "title": self.title(), "provider": self.provider, "issuers": list(self.issuers),
            "levels": sorted(self.levels),
            "fee_min": None if self.fee is None else float(self.fee[0]),
            "fee_max": None if self.fee is None else float(self.fee[1]),
            "flags": [c for c in CODES if c in self.flags], "note": self.note,
        }
        if self.duplicate_of:
            rec["duplicate_of"] = self.duplicate_of
        return rec


PAGES: list[Page] = []


def add(path: str, html: str, *, flags: str = "", **kw) -> Page:
    codes = [SHORT[f] for f in flags.split()]
    if "<!--" not in html[:400]:
        html = html.replace("<head>", "<head>\n" + DEMO_COMMENT, 1)
    p = Page(path=path, html=html, flags=codes, **kw)
    PAGES.append(p)
    return p
