"""Write data/demo_site/, data/demo_truth.jsonl from the page modules, after checking the labels."""
from __future__ import annotations

import io
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import site_board  # noqa: F401
import site_forum  # noqa: F401
import site_misc  # noqa: F401
import site_news  # noqa: F401
import site_other  # noqa: F401
import site_school  # noqa: F401
import site_shop  # noqa: F401
import site_wx  # noqa: F401
from lib import CODES, PAGES
from PIL import Image

CEILING = {5: 3000, 4: 4000, 3: 5000, 2: 6800, 1: 8000, None: 5000}


def check() -> None:
    paths = [p.path for p in PAGES]
    assert len(paths) == len(set(paths)), Counter(paths).most_common(3)
    for p in PAGES:
        where = p.path
        if not p.is_offer:
            assert not (p.issuers or p.levels or p.flags or p.fee or p.provider), where
            continue
        for name in p.issuers:
            assert name in p.html, f"{where}: issuer {name!r} not on page"
        top = min(p.levels) if p.levels else None
        over = p.fee is not None and p.fee[1] > CEILING[top]
        assert over == ("EXCESSIVE_FEE" in p.flags), f"{where}: fee {p.fee} vs ceiling {CEILING[top]}"
        assert (not p.issuers) == ("MISSING_ISSUER" in p.flags), where
        if p.fee:
            assert p.fee[0] <= p.fee[1], where
        if p.duplicate_of:
            assert p.duplicate_of in paths, where
        if p.encoding != "utf-8":
            p.html.encode(p.encoding)
    for p in PAGES:
        if "charset=gb2312" in p.html:
            p.html.encode("gb2312")
    counted = Counter(
        c for p in PAGES if p.is_offer and p.crawlable and not p.duplicate_of for c in p.flags
    )
    short = {c: counted[c] for c in CODES if counted[c] < 4}
    assert not short, f"flag codes on fewer than 4 offers: {short}"


def tiny_jpeg(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(buf, "JPEG", quality=60)
    return buf.getvalue()


TINY_PDF = b"""%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj
trailer<</Root 1 0 R>>
%%EOF
"""

CSS = {
    "board/static/board.css": ".w{width:980px;margin:0 auto}.list li{padding:6px 0;border-bottom:1px solid #eee}.price{color:#f40}",
    "board/static/m.css": "body.m{font-size:15px}.m-call{display:block;background:#f60;color:#fff}",
    "school/css/style.css": ".wrap{width:1100px;margin:0 auto}.nav li{display:inline-block}.fee td,.fee th{padding:6px 12px}",
    "shop/assets/shop.css": ".price{color:#e4393c;font-size:24px}.cards{display:flex;flex-wrap:wrap}",
    "forum/static/style.css": ".post{width:100%;border-bottom:1px solid #cdcdcd}.pls{width:160px}",
    "news/css/news.css": ".article{width:720px}.source{color:#999}",
}
IMAGES = [
    "board/img/cert-sample.jpg", "school/img/logo.jpg", "school/img/banner.jpg",
    "school/img/graduation.jpg", "school/img/map.jpg", "wx/img/qrcode.jpg", "wx/img/cert-a2.jpg",
    "other/img/logo-doors.jpg", *[f"shop/img/p{n}.jpg" for n in range(1001, 1010)],
]


def write(data_dir: Path) -> None:
    site = data_dir / "demo_site"
    if site.exists():
        shutil.rmtree(site)
    for p in PAGES:
        f = site / p.path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(p.html.encode(p.encoding))
    for rel, text in CSS.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text + "\n", encoding="utf-8")
    for i, rel in enumerate(IMAGES):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes(tiny_jpeg((40 * i % 255, 120, 200)))
    (site / "school/files").mkdir(parents=True, exist_ok=True)
    (site / "school/files/brochure-2026.pdf").write_bytes(TINY_PDF)
    (site / "robots.txt").write_text(
        "# demo web robots.txt\nUser-agent: *\nDisallow: /members/\nAllow: /\n\nSitemap: /sitemap.xml\n",
        encoding="utf-8")
    urls = "\n".join(
        f"  <url><loc>{p.path}</loc><lastmod>2026-11-26</lastmod></url>"
        for p in sorted(PAGES, key=lambda p: p.path) if p.crawlable
    )
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!-- locations are root-relative because the demo web is served on a random loopback port -->\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n',
        encoding="utf-8")
    with (data_dir / "demo_truth.jsonl").open("w", encoding="utf-8") as out:
        for p in sorted(PAGES, key=lambda p: p.path):
            out.write(json.dumps(p.truth(), ensure_ascii=False) + "\n")


def report() -> None:
    by_folder = Counter(p.path.split("/")[1] if p.path.count("/") > 1 else "/" for p in PAGES)
    offers = [p for p in PAGES if p.is_offer]
    print("pages", len(PAGES), dict(sorted(by_folder.items())))
    print("offers", len(offers), "crawlable unique offers",
          sum(1 for p in offers if p.crawlable and not p.duplicate_of),
          "honest", sum(1 for p in offers if not p.flags))
    counted = Counter(c for p in offers if p.crawlable and not p.duplicate_of for c in p.flags)
    for c in CODES:
        print(f"  {c:30s} {counted[c]}")


if __name__ == "__main__":
    check()
    write(Path(sys.argv[1]))
    report()
