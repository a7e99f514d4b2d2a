"""The morning report of a run, as JSON (for scripts) and Markdown (for people)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from certwatch.nightly.monitors import MonitorResult
from store.models import CrawlRun, IssuerMatch, Listing, RunChange
from store.timeutil import as_utc
from store.vocabulary import CHANGE_KINDS


def build_report(
    session: Session, run: CrawlRun, monitors: list[MonitorResult], *, high_risk: int
) -> dict[str, Any]:
    """New high-risk listings, fee changes, new unrecognized issuers, failed monitors."""
    changes = session.execute(
        select(RunChange, Listing).join(Listing, Listing.id == RunChange.listing_id)
        .where(RunChange.run_id == run.id).order_by(RunChange.id)
    ).all()
    new_high = [
        {"listing_id": str(listing.id), "url": listing.url, "title": listing.title,
         "risk_score": listing.risk_score, "flags": listing.flag_codes}
        for change, listing in changes
        if change.change == "new" and listing.risk_score >= high_risk
    ]
    fee_changes = [
        {"listing_id": str(listing.id), "url": listing.url, "title": listing.title,
         "before": change.detail.get("fee_before"), "after": change.detail.get("fee_after")}
        for change, listing in changes
        if change.change == "changed"
        and change.detail.get("fee_before") != change.detail.get("fee_after")
    ]
    earlier = select(IssuerMatch.mention).where(IssuerMatch.matched_at < run.started_at)
    new_issuers = sorted(set(session.scalars(
        select(IssuerMatch.mention).where(
            IssuerMatch.current.is_(True), IssuerMatch.status.in_(("unrecognized", "lookalike")),
            IssuerMatch.matched_at >= run.started_at, IssuerMatch.mention.not_in(earlier),
        )
    )))
    counts = {kind: sum(1 for c, _ in changes if c.change == kind) for kind in CHANGE_KINDS}
    return {
        "run_id": run.id,
        "status": run.status,
        "started_at": as_utc(run.started_at).isoformat(),
        "finished_at": as_utc(run.finished_at).isoformat() if run.finished_at else None,
        "changes": counts,
        "sources": run.stats.get("sources", {}),
        "new_high_risk_listings": new_high,
        "fee_changes": fee_changes,
        "new_unrecognized_issuers": new_issuers,
        # operators (certwatch.operators): new ones, and listings that joined a risky one
        "new_operators": (run.stats or {}).get("operators", {}).get("new", []),
        "joined_high_risk_operators": (run.stats or {}).get("operators", {}).get(
            "joined_high_risk", []),
        "failed_monitors": [
            {"source": m.source, "monitor": m.monitor, "message": m.message}
            for m in monitors if not m.ok
        ],
        "error": run.error,
    }


def _fee(fee: dict[str, float] | None) -> str:
    if not fee:
        return "—"
    low, high = fee["min"], fee["max"]
    return f"¥{low:,.0f}" if low == high else f"¥{low:,.0f}–{high:,.0f}"


def to_markdown(report: dict[str, Any]) -> str:
    c = report["changes"]
    lines = [
        f"# certwatch nightly run {report['run_id']}: {report['status']}",
        "",
        f"Started {report['started_at']}, finished {report['finished_at'] or '—'} (UTC).",
        f"New listings: {c['new']}; changed: {c['changed']}; removed: {c['removed']}.",
        "",
    ]
    if report["error"]:
        lines += [f"**Run error:** {report['error']}", ""]
    lines.append("## Failed monitors")
    lines += [f"- **{m['source']}** `{m['monitor']}`: {m['message']}"
              for m in report["failed_monitors"]] or ["None: every source passed its monitors."]
    lines += ["", "## Sources", "", "| source | pages | errors | offers | new | changed | removed |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for name, s in sorted(report["sources"].items()):
        lines.append(f"| {name} | {s.get('pages', 0)} | {s.get('errors', 0)} | "
                     f"{s.get('offers', 0)} | {s.get('new', 0)} | {s.get('changed', 0)} | "
                     f"{s.get('removed', 0)} |")
    lines += ["", "## New high-risk listings"]
    lines += [f"- {x['risk_score']} — {x['title']} <{x['url']}> ({', '.join(x['flags'])})"
              for x in report["new_high_risk_listings"]] or ["None."]
    lines += ["", "## Fee changes"]
    lines += [f"- {x['title']} <{x['url']}>: {_fee(x['before'])} → {_fee(x['after'])}"
              for x in report["fee_changes"]] or ["None."]
    lines += ["", "## New unrecognized or lookalike issuers"]
    lines += [f"- {name}" for name in report["new_unrecognized_issuers"]] or ["None."]
    lines += ["", "## New operators"]
    lines += [f"- operator {op}" for op in report.get("new_operators", [])] or ["None."]
    lines += ["", "## Listings that joined a high-risk operator"]
    lines += [f"- listing {x['listing_id']} joined operator {x['operator_id']}"
              for x in report.get("joined_high_risk_operators", [])] or ["None."]
    return "\n".join(lines) + "\n"


def write_report(report: dict[str, Any], directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    stem = directory / f"run-{report['run_id']}"
    json_path, md_path = stem.with_suffix(".json"), stem.with_suffix(".md")
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    md_path.write_text(to_markdown(report), encoding="utf-8")
    return json_path, md_path
