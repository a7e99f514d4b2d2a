"""The page list of the blind web and ``add``, which renders one page and its truth."""
from __future__ import annotations

PAGES: list[dict] = []


def add(path, title, body, *, offer=False, provider=None, issuers=(), levels=(), fee=None,
        flags=(), note="", crawlable=True, encoding="utf-8", charset=True, head="", lang="zh-CN"):
    meta = '<meta charset="utf-8">\n' if charset else ""
    html = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{meta}<title>{title}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{head}</head>\n'
            f'<body>\n{body.strip()}\n</body>\n</html>\n')
    PAGES.append(dict(path=path, html=html, encoding=encoding, truth=dict(
        path=path, crawlable=crawlable, is_offer=offer, title=title,
        provider=provider if offer else None, issuers=list(issuers), levels=sorted(levels),
        fee_min=float(fee[0]) if fee else None, fee_max=float(fee[1]) if fee else None,
        flags=sorted(flags), note=note)))
