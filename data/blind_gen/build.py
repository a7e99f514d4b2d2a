"""Build data/blind_site/ and data/blind_truth.jsonl (the blind web for certwatch).

Usage: ``python data/blind_gen/build.py [DATA_DIR]`` (default: the ``data/`` directory holding
this generator). The pages live in pages_portal.py, pages_suspicious.py and pages_honest.py;
blind_lib.py renders them.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pages_honest  # noqa: F401
import pages_portal  # noqa: F401
import pages_suspicious  # noqa: F401
from blind_lib import PAGES

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
SITE = DATA / "blind_site"
TRUTH = DATA / "blind_truth.jsonl"


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir(parents=True)
    (SITE / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="ascii")
    paths = [p["path"] for p in PAGES]
    assert len(paths) == len(set(paths)), "duplicate path"
    for page in PAGES:
        target = SITE / page["path"].lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page["html"].encode(page["encoding"]))
    with TRUTH.open("w", encoding="utf-8") as out:
        for page in sorted(PAGES, key=lambda p: p["path"]):
            out.write(json.dumps(page["truth"], ensure_ascii=False) + "\n")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
