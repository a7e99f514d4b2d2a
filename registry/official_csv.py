"""The official list's organisations as registry CSV rows (docs/contract.md format), written atomically.

The crawl itself (``crawler.official_crawl``) yields one item per organisation filed for
人工智能训练师; this module only turns those items into registry rows.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from facts.spreadsheet import SafeCsvWriter
from registry.importer import REQUIRED_COLUMNS
from registry.normalize import normalize_name
from registry.records import AI_TRAINER_CODE


def registry_rows(items: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Registry CSV rows (docs/contract.md), one per organisation; the same name filed in two provinces is merged
    (levels united, the first region and page kept)."""
    merged: dict[str, dict[str, Any]] = {}
    for item in sorted(items, key=lambda i: (str(i["detail_id"] or ""), i["url"])):
        key = normalize_name(item["name"])
        if key in merged:
            merged[key]["levels"] = sorted(set(merged[key]["levels"]) | set(item["levels"]))
            continue
        merged[key] = dict(item, levels=sorted(item["levels"]))
    rows = []
    for item in merged.values():
        identifier = item["detail_id"] or normalize_name(item["name"])
        rows.append({
            "agency_id": f"PJJG-{identifier}", "name": item["name"], "aliases": "", "uscc": "",
            "kind": "evaluation_org", "occupations": AI_TRAINER_CODE,
            "levels": "|".join(str(level) for level in item["levels"]),
            "region": item["region"], "valid_from": "", "valid_to": "", "status": "active",
            "source_url": item["url"],
        })
    return rows


def write_registry_csv(rows: list[dict[str, str]], output: Path) -> None:
    """Write atomically (a temporary file renamed over ``output``)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".registry-", suffix=".csv", dir=output.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            writer = SafeCsvWriter(stream, bom=False)  # the importer reads its cells back
            writer.writerow(REQUIRED_COLUMNS)
            writer.writerows([row[column] for column in REQUIRED_COLUMNS] for row in rows)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
