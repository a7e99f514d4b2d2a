"""``summary.html``: the case on one page, in Chinese with English alongside.

Everything that came from a page or a person (titles, evidence, notes, URLs) is
HTML-escaped: advertiser text is hostile. The page loads nothing (no scripts, no styles
from elsewhere, no images) and says so in its Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from certwatch.casefile.gather import CaseData
from certwatch.casefile.render import RenderResult
from dashboard.i18n_text import DECISION_LABELS, FLAG_LABELS  # the dashboard's words (data)


def _both(labels: dict[str, tuple[str, str]], code: str) -> str:
    """``确认属实 / Confirmed (confirmed)``: the dashboard's words in both languages."""
    pair = labels.get(code)
    return f"{pair[0]} / {pair[1]} ({code})" if pair else code

STYLE = """body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;margin:2em;
max-width:1100px;color:#222}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eee}.en{color:#555}.high{color:#a00;font-weight:bold}.evidence{background:#fff3c4}
"""


def _h(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _heading(zh: str, en: str) -> str:
    return f"<h2>{_h(zh)} <span class=en>/ {_h(en)}</span></h2>"


def _table(headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[object]]) -> str:
    head = "".join(f"<th>{_h(zh)}<br><span class=en>{_h(en)}</span></th>" for zh, en in headers)
    body = "".join("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _fee(record: dict[str, Any]) -> str:
    fee = record.get("fee_cny") or {}
    if not fee:
        return ""
    low, high = fee.get("min"), fee.get("max")
    return f"¥{low:g}" if low == high else f"¥{low:g} – ¥{high:g}"


def _facts(case: CaseData) -> str:
    r = case.record
    issuers = "; ".join(f"{i['name']} ({i.get('status') or '-'})" for i in r.get("issuers", []))
    rows = [
        ("编号", "Listing id", case.listing_id),
        ("网址", "URL", r.get("url")),
        ("标题", "Title", r.get("title")),
        ("机构", "Provider", r.get("provider")),
        ("发证机构", "Issuers named", issuers),
        ("等级", "Levels", ", ".join(str(v) for v in r.get("levels", []))),
        ("费用", "Fee", _fee(r)),
        ("查询网址", "Verification sites", " ".join(r.get("verification_urls", []))),
        ("承诺", "Claims", "; ".join(r.get("claims", []))),
        ("风险分", "Risk score", r.get("risk_score")),
        ("首次发现", "First seen", r.get("first_seen")),
        ("最近发现", "Last seen", r.get("last_seen")),
        ("中文摘要", "Summary (zh)", r.get("summary_zh")),
        ("英文摘要", "Summary (en)", r.get("summary_en")),
    ]
    return _table([("项目", "Item"), ("内容", "Value")], (
        (f"{zh} / {en}", value) for zh, en, value in rows))


def _flags(case: CaseData) -> str:
    if not case.flags:
        return "<p>无标记。<span class=en>No flags.</span></p>"
    return _table(
        [("代码", "Code"), ("严重性", "Severity"), ("证据（页面原文）", "Evidence (words on the page)"),
         ("说明", "Detail"), ("状态", "State"), ("指纹", "Fingerprint")],
        ((f["code"], f["severity"], f["evidence"], f["detail"],
          "有效 / active" if f["active"] else f"已取代 / superseded {f['superseded_at'] or ''}",
          f["fingerprint"]) for f in case.flags),
    )


def _registry(case: CaseData) -> str:
    parts = [f"<p>登记册版本 <span class=en>Registry version</span>: "
             f"{_h(case.registry_version if case.registry_version is not None else '—')}</p>"]
    parts.append(_table(
        [("页面所写", "Named on the page"), ("证据", "Evidence"), ("结果", "Result"),
         ("机构编号", "Agency id"), ("登记名称", "Registered name"), ("分数", "Score"),
         ("理由", "Explanation")],
        ((m["mention"], m["evidence"], m["status"], m["agency_id"] or "", m["matched_name"] or "",
          m["score"], m["explanation"]) for m in case.matches),
    ) if case.matches else "<p>无匹配记录。<span class=en>No issuer matches.</span></p>")
    if case.agencies:
        parts.append(_table(
            [("机构编号", "Agency id"), ("名称", "Name"), ("统一社会信用代码", "USCC"),
             ("类别", "Kind"), ("状态", "Status"), ("等级", "Levels"), ("有效期", "Valid"),
             ("来源", "Source")],
            ((a["agency_id"], a["name"], a["uscc"] or "", a["kind"], a["status"],
              ", ".join(str(v) for v in a["levels"]),
              f"{a['valid_from'] or ''} – {a['valid_to'] or ''}", a["source_url"])
             for a in case.agencies),
        ))
    return "".join(parts)


def _decisions(case: CaseData) -> str:
    if not case.decisions:
        return "<p>尚无审核决定。<span class=en>No decisions yet.</span></p>"
    return _table(
        [("时间 (UTC)", "When (UTC)"), ("审核人", "Reviewer"), ("决定", "Decision"),
         ("标记", "Flag"), ("理由", "Note")],
        ((d["decided_at"], d["reviewer"], _both(DECISION_LABELS, str(d["decision"])),
          (f"{_both(FLAG_LABELS, str(d['flag']['code'] or '?'))} {d['flag']['fingerprint']}"
           if d["flag"]
           else "整条广告 / whole listing"), d["note"]) for d in case.decisions),
    )


def _evidence(records: list[dict[str, object]], missing: list[str],
              rendered: RenderResult) -> str:
    parts = [_table(
        [("类型", "Type"), ("网址", "URL"), ("抓取时间", "Captured (UTC)"), ("记录编号", "Record id")],
        ((r["type"], r["url"], r["date"], r["record_id"]) for r in records),
    )]
    if missing:
        parts.append("<p class=high>无法读取的存档 <span class=en>Captures that could not be "
                     "read</span>:</p><ul>" + "".join(f"<li>{_h(m)}</li>" for m in missing)
                     + "</ul>")
    if rendered.png is not None:
        parts.append(f"<p>截图由存档内容生成，未访问网络（{rendered.seconds:g} 秒）。"
                     f"<span class=en>The screenshot was rendered from the archive, with no "
                     f"live fetch ({rendered.seconds:g} s).</span> screenshot.png</p>")
    else:
        parts.append(f"<p class=high>未能生成截图。<span class=en>The page could not be "
                     f"rendered</span>: {_h(rendered.error)}</p>")
    if rendered.not_archived:
        parts.append("<p>以下资源未存档，渲染时已拦截（截图中缺失）。<span class=en>Not archived, "
                     "blocked while rendering (missing from the screenshot):</span></p>")
        parts.append(_table([("类型", "Type"), ("网址", "URL")], rendered.not_archived))
    return "".join(parts)


def summary_html(case: CaseData, *, created_at: str, records: list[dict[str, object]],
                 missing: list[str], rendered: RenderResult) -> str:
    """The whole page, as a string (UTF-8 when written)."""
    title = f"案件材料 / Case file — listing {case.listing_id}"
    return "".join([
        "<!doctype html><html lang=zh-CN><head><meta charset=utf-8>",
        "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src 'self'\">",
        f"<title>{_h(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_h(title)}</h1>",
        f"<p>生成时间 <span class=en>Created</span>: {_h(created_at)}</p>",
        _heading("广告事实", "Facts"), _facts(case),
        _heading("风险标记及证据", "Flags and their evidence"), _flags(case),
        _heading("登记册匹配", "Registry entries matched"), _registry(case),
        _heading("审核决定（按时间先后）", "Decisions (oldest first)"), _decisions(case),
        _heading("存档证据", "Archived evidence"), _evidence(records, missing, rendered),
        "</body></html>",
    ])
