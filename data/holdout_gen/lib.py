"""Tiny helpers for the holdout generator (kept outside the repo)."""
PAGES = []


def page(path, html, *, enc="utf-8", crawlable=True, is_offer=False, provider=None,
         issuers=(), levels=(), fee_min=None, fee_max=None, flags=(), note=""):
    PAGES.append(dict(path=path, html=html, enc=enc, crawlable=crawlable, is_offer=is_offer,
                      provider=provider, issuers=list(issuers), levels=sorted(levels),
                      fee_min=fee_min, fee_max=fee_max, flags=list(flags), note=note))
