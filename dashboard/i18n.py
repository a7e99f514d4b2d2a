"""Every label of the dashboard in Chinese (first) and English.

``t(key)`` looks the key up in the language chosen in the sidebar (``st.session_state``
key ``lang``); ``t(key, lang="en")`` forces one. Unknown keys raise KeyError so a typo
fails in the tests instead of showing a key to a user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

LANGS = ("zh", "en")
LANG_NAMES = {"zh": "中文", "en": "English"}
DEFAULT_LANG = "zh"

_T: dict[str, tuple[str, str]] = {
    # app shell
    "app_title": ("人工智能训练师证书广告监测", "AI-trainer certificate ad monitor"),
    "language": ("语言", "Language"),
    "page_overview": ("总览", "Overview"),
    "page_queue": ("审核队列", "Review queue"),
    "page_listing": ("广告详情", "Listing"),
    "page_fees": ("收费分析", "Fees"),
    "page_issuers": ("发证机构与培训商", "Issuers & providers"),
    "page_runs": ("抓取记录", "Crawl runs"),
    "section_review": ("监管审核", "Review"),
    "section_research": ("调查研究", "Research"),
    "database": ("数据库", "Database"),
    "db_error": ("无法打开数据库：{error}", "Cannot open the database: {error}"),
    "signed_in_as": ("已登录：{name}", "Signed in as {name}"),
    "log_in": ("登录", "Log in"),
    "log_out": ("退出登录", "Log out"),
    "your_role": ("角色：{role}", "Role: {role}"),
    "role_viewer": ("查看者（只读）", "viewer (read only)"),
    "role_reviewer": ("审核员", "reviewer"),
    "role_admin": ("管理员", "admin"),
    "access_config": ("访问权限配置", "Access configuration"),
    "access_default_role": ("未列出用户的角色：{role}", "Role of users not listed: {role}"),
    "anonymous_mode": (
        "匿名决定模式：任何能打开本页面的人都能以自填姓名记录决定，审核记录标为“anonymous”。",
        "Anonymous decisions: anyone who can open this page records decisions under a typed "
        "name; the audit trail marks them “anonymous”.",
    ),
    "times_in": ("时间按 {zone} 显示", "Times shown in {zone}"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "download_all_csv": (
        "下载全部筛选结果 CSV（最多 {n} 行）",
        "Download all filtered rows as CSV (up to {n})",
    ),
    "no_rows": ("没有符合条件的记录。", "No rows match."),
    "open": ("打开", "Open"),
    # overview
    "listings": ("广告总数", "Listings"),
    "flagged": ("已标记", "Flagged"),
    "awaiting": ("待审核", "Awaiting review"),
    "sev_high": ("高风险", "High"),
    "sev_medium": ("中风险", "Medium"),
    "sev_low": ("低风险", "Low"),
    "show_listings": ("查看对应广告", "Show these listings"),
    "trend": ("各次抓取趋势", "Trend per crawl run"),
    "top_unrecognized": ("出现最多的未登记发证机构", "Top unrecognized issuers"),
    "flags_by_code": ("按问题类型统计", "Flags by code"),
    "providers_by_risk": ("风险最高的培训商", "Providers by risk"),
    "no_runs": ("还没有抓取记录。", "No crawl runs yet."),
    "last_run_failed": (
        "最近一次运行（#{run}）失败：{error}。以下数据截至上次成功运行（{good}），本次失败运行的数据未经监控确认。",
        "The latest run (#{run}) failed: {error}. The figures below are as of the last good "
        "run ({good}); data from the failed run has not passed its monitors.",
    ),
    "no_good_run": ("尚无成功运行", "none yet"),
    # columns
    "col_id": ("编号", "ID"),
    "col_risk": ("风险分", "Risk"),
    "col_severity": ("最高严重度", "Severity"),
    "col_codes": ("问题类型", "Flags"),
    "col_title": ("标题", "Title"),
    "col_provider": ("培训商", "Provider"),
    "col_region": ("地区", "Region"),
    "col_levels": ("等级", "Levels"),
    "col_fee": ("收费", "Fee"),
    "col_fee_min": ("最低收费", "Lowest fee"),
    "col_fee_avg": ("平均收费", "Average fee"),
    "col_fee_max": ("最高收费", "Highest fee"),
    "col_first_seen": ("首次发现", "First seen"),
    "col_last_seen": ("最近发现", "Last seen"),
    "col_review": ("审核状态", "Review"),
    "col_listings": ("广告数", "Listings"),
    "col_flags": ("标记数", "Flags"),
    "col_flagged": ("已标记广告", "Flagged"),
    "col_max_risk": ("最高风险分", "Max risk"),
    "col_avg_risk": ("平均风险分", "Average risk"),
    "col_mention": ("广告所写发证机构", "Issuer as advertised"),
    "col_status": ("状态", "Status"),
    "col_agency": ("机构编号", "Agency ID"),
    "col_matched": ("匹配名称", "Matched name"),
    "col_score": ("相似度", "Score"),
    "col_providers": ("培训商数", "Providers"),
    "col_explanation": ("匹配说明", "Explanation"),
    "col_candidates": ("候选机构", "Candidates"),
    "col_registry": ("名录版本", "Registry version"),
    "col_matcher": ("匹配器版本", "Matcher version"),
    "col_time": ("时间", "Time"),
    "col_reviewer": ("审核人", "Reviewer"),
    "col_decision": ("决定", "Decision"),
    "col_target": ("对象", "Applies to"),
    "col_note": ("备注", "Note"),
    "col_run": ("抓取批次", "Run"),
    "col_kind": ("类型", "Kind"),
    "col_started": ("开始", "Started"),
    "col_finished": ("结束", "Finished"),
    "col_pages": ("页面", "Pages"),
    "col_offers": ("广告", "Offers"),
    "col_errors": ("错误", "Errors"),
    "col_new": ("新增", "New"),
    "col_changed": ("变化", "Changed"),
    "col_removed": ("下线", "Removed"),
    "col_change": ("变化类型", "Change"),
    "col_day": ("日期", "Day"),
    "col_observations": ("观测数", "Observations"),
    "col_fee_before": ("原收费", "Fee before"),
    "col_fee_after": ("新收费", "Fee after"),
    "col_evidence": ("证据", "Evidence"),
    "col_detail": ("说明", "Detail"),
    "col_name": ("名称", "Name"),
    "col_aliases": ("别名", "Aliases"),
    "col_valid": ("有效期", "Valid"),
    "col_source": ("来源", "Source"),
    "col_file": ("文件", "File"),
    "col_imported": ("导入时间", "Imported"),
    "col_agencies": ("机构数", "Agencies"),
    "col_occupations": ("职业", "Occupations"),
    "col_link": ("详情", "Details"),
    "col_fee_band": (
        "每档 {width}；{cap} 及以上合为最后一档",
        "Bars of {width}; {cap} and above share the last one",
    ),
    "col_level": ("等级", "Level"),
    "col_error": ("错误信息", "Error"),
    # queue
    "filters": ("筛选条件", "Filters"),
    "f_codes": ("问题类型", "Flag code"),
    "f_severity": ("严重度", "Severity"),
    "f_issuer_status": ("发证机构匹配状态", "Issuer status"),
    "f_issuer": ("发证机构名称包含", "Issuer name contains"),
    "f_provider": ("培训商名称包含", "Provider contains"),
    "f_region": ("地区", "Region"),
    "f_levels": ("等级", "Level"),
    "f_fee_from": ("收费不低于（¥）", "Fee at least (¥)"),
    "f_fee_to": ("收费不高于（¥）", "Fee at most (¥)"),
    "f_first_seen": ("首次发现日期", "First seen between"),
    "f_last_seen": ("最近发现日期", "Last seen between"),
    "f_review": ("审核状态", "Review status"),
    "f_flagged_only": ("只看已标记广告", "Flagged listings only"),
    "f_reset": ("清除筛选", "Clear filters"),
    "any": ("全部", "Any"),
    "queue_count": ("共 {n} 条广告", "{n} listings"),
    "page_n": ("第几页（共 {pages} 页）", "Page (of {pages})"),
    "open_listing": ("打开广告", "Open a listing"),
    "open_listing_button": ("打开所选广告", "Open the selected listing"),
    # listing
    "listing_id": ("广告编号", "Listing ID"),
    "casefile_title": ("案件材料", "Case file"),
    "casefile_help": (
        "一个 ZIP：广告记录、存档原始记录（WARC）、由存档生成的截图、审核决定和中英文摘要，可附于移送材料。",
        "One ZIP for a referral: the listing record, the archived WARC records, a screenshot "
        "rendered from the archive, the decisions and a summary in Chinese and English.",
    ),
    "casefile_build": ("生成案件材料", "Build the case file"),
    "casefile_building": ("正在生成案件材料（含截图，最多约半分钟）…",
                          "Building the case file (with the screenshot, up to half a minute)…"),
    "casefile_download": ("下载案件材料", "Download the case file"),
    "casefile_failed": ("无法生成案件材料：{error}", "Could not build the case file: {error}"),
    "no_listing": ("没有编号为 {id} 的广告。", "There is no listing {id}."),
    "pick_listing": (
        "请输入广告编号，或从审核队列打开一条广告。",
        "Enter a listing ID, or open one from the review queue.",
    ),
    "facts": ("基本信息", "Facts"),
    "url": ("网址", "URL"),
    "summary": ("筛查摘要", "Screening summary"),
    "page_type": ("页面类型及判断依据", "Page type and why"),
    "page_warnings": ("提取时有内容未能读取（见下）：请对照存档页面核实",
                      "Extraction could not read part of this page (below): check the archived page"),
    "merged_into": ("编号 {old} 已合并到编号 {new}（同一广告的另一个网址）。",
                    "Listing {old} was merged into listing {new} (another URL of the same ad)."),
    "retired": ("这条广告已退出审核队列：{reason}", "This listing has left the queue: {reason}"),
    "flags_title": ("问题标记与证据", "Flags and their evidence"),
    "no_flags": ("这条广告没有问题标记。", "This listing carries no flags."),
    "evidence_in_text": (
        "证据在原文中的位置（【】内为证据）",
        "Evidence in the page text (marked with 【】)",
    ),
    "superseded_flags": ("已被后续筛查撤销的标记", "Flags dropped by a later screening"),
    "rules_version": ("规则版本", "Rules version"),
    "matches_title": ("发证机构匹配", "Issuer matches"),
    "no_matches": ("广告没有写明发证机构。", "The ad names no issuer."),
    "history_title": ("历次观测（收费变化）", "Observation history (fee changes)"),
    "archive_title": ("存档原页面（纯文本，不渲染）", "Archived page (as text, never rendered)"),
    "archive_missing": ("这条广告没有存档页面。", "No archived page for this listing."),
    "archive_error": ("存档无法读取：{error}", "The archive cannot be read: {error}"),
    "capture_time": ("抓取时间", "Captured"),
    "digest": ("摘要值", "Digest"),
    "record_id": ("WARC 记录", "WARC record"),
    "page_text": ("页面文字", "Page text"),
    "page_source": ("页面源代码", "Page source"),
    "truncated": ("（过长，已截断）", "(too long, truncated)"),
    "decision_title": ("审核决定", "Decision"),
    "decision": ("决定", "Decision"),
    "applies_to": ("适用于", "Applies to"),
    "whole_listing": ("整条广告", "The whole listing"),
    "note": ("备注", "Note"),
    "reviewer": ("审核人姓名", "Reviewer name"),
    "submit_decision": ("记录决定", "Record decision"),
    "reviewer_required": ("请填写审核人姓名。", "Enter the reviewer's name."),
    "decisions_read_only": (
        "本看板为只读模式，不能记录决定。要记录决定，请配置登录（OIDC，见 dashboard/README.md）"
        "并为审核员分配 reviewer 角色；或在本机用 `certwatch dashboard --anonymous-decisions` "
        "启动（匿名决定，仅限 127.0.0.1）。",
        "This dashboard is read-only: decisions cannot be recorded. To record decisions, "
        "configure login (OIDC, see dashboard/README.md) and give reviewers the reviewer "
        "role, or start it on this machine with `certwatch dashboard --anonymous-decisions` "
        "(anonymous decisions, 127.0.0.1 only).",
    ),
    "decisions_login_needed": (
        "请先登录（侧栏“登录”）；只有具有审核员角色的用户才能记录决定。",
        "Log in (sidebar, “Log in”) to record decisions; only users with the reviewer role "
        "may record them.",
    ),
    "decisions_viewer": (
        "您的角色（查看者）不能记录决定。如需审核，请联系管理员分配 reviewer 角色。",
        "Your role (viewer) may not record decisions. Ask an administrator for the reviewer "
        "role.",
    ),
    "decisions_anonymous_not_loopback": (
        "匿名决定只在本机地址（127.0.0.1）上开放；本服务器监听其他地址，因此为只读模式。",
        "Anonymous decisions are only allowed on a loopback address (127.0.0.1); this server "
        "listens on another address, so it is read-only.",
    ),
    "decision_as": ("将以此身份记录：{name}", "Recorded as: {name}"),
    "anonymous_note": (
        "匿名决定：姓名未经核实，审核记录中记为“anonymous: 姓名”。",
        "Anonymous decision: the name is not verified and is recorded as “anonymous: name”.",
    ),
    "decision_saved": ("已记录：{decision}（{reviewer}）", "Recorded: {decision} ({reviewer})"),
    "audit_title": ("审核记录", "Audit trail"),
    "no_reviews": ("还没有审核记录。", "No decisions recorded yet."),
    "back_to_queue": ("返回审核队列", "Back to the review queue"),
    # fees
    "fees_by_level": ("各等级收费分布", "Fee distribution by level"),
    "fees_by_status": ("按发证机构匹配状态的收费分布", "Fee distribution by issuer status"),
    "fee_stats": ("各等级收费统计", "Fees per level"),
    "fee_trend": ("收费随时间变化", "Fees over time"),
    "fee_changes": ("最近的调价", "Recent price changes"),
    "fee_outliers": ("收费超出上限的广告", "Fees above the ceiling"),
    "provider_compare": ("培训商收费对比", "Provider comparison"),
    "level_none": ("未注明", "not stated"),
    # issuers
    "issuer_names": ("广告中出现的发证机构", "Issuers named in ads"),
    "search": ("搜索", "Search"),
    "issuer_detail": (
        "选择一个发证机构名称查看使用它的广告和培训商",
        "Pick an issuer name to see the listings and providers using it",
    ),
    "providers_using": ("使用该名称的培训商", "Providers using this name"),
    "listings_using": ("使用该名称的广告", "Listings using this name"),
    "providers_title": ("培训商", "Providers"),
    "provider_issuers": ("该培训商所写的发证机构", "Issuers this provider names"),
    "pick_provider": ("选择培训商", "Pick a provider"),
    "registry_title": ("登记名录版本", "Registry versions"),
    "pick_version": ("名录版本", "Registry version"),
    "agencies_title": ("该版本的机构", "Agencies of this version"),
    "no_registry": ("还没有导入登记名录。", "No registry imported yet."),
    # runs
    "runs_title": ("抓取历史", "Run history"),
    "run_detail": ("查看某次抓取的变化", "Changes of one run"),
    "pick_run": ("抓取批次", "Run"),
}

FLAG_LABELS: dict[str, tuple[str, str]] = {
    "UNRECOGNIZED_ISSUER": ("发证机构未在名录中", "Unrecognized issuer"),
    "LOOKALIKE_ISSUER": ("冒用近似机构名", "Lookalike issuer"),
    "ISSUER_OUT_OF_SCOPE": ("机构无此职业/等级资质", "Issuer out of scope"),
    "ISSUER_LAPSED": ("机构资质已失效", "Issuer lapsed"),
    "GOVERNMENT_ISSUER_CLAIM": ("谎称政府部门发证", "Claims a government issuer"),
    "UNOFFICIAL_VERIFICATION_SITE": ("非官方查询网站", "Unofficial verification site"),
    "NO_EXAM": ("免考拿证", "No exam"),
    "GUARANTEED_PASS": ("承诺包过", "Guaranteed pass"),
    "ELIGIBILITY_SHORTCUT": ("降低报考条件", "Eligibility shortcut"),
    "BENEFIT_BAIT": ("以落户补贴等利诱", "Benefit bait"),
    "EXCESSIVE_FEE": ("收费过高", "Excessive fee"),
    "MISSING_ISSUER": ("未写明发证机构", "Missing issuer"),
}
SEVERITY_LABELS = {
    "high": ("高", "high"),
    "medium": ("中", "medium"),
    "low": ("低", "low"),
}
ISSUER_STATUS_LABELS = {
    "recognized": ("已登记", "recognized"),
    "lookalike": ("近似冒用", "lookalike"),
    "unrecognized": ("未登记", "unrecognized"),
    "government": ("政府部门", "government"),
}
DECISION_LABELS = {
    "confirmed": ("确认违规", "Confirm violation"),
    "dismissed": ("排除", "Dismiss"),
    "escalated": ("上报", "Escalate"),
    "needs_evidence": ("需要更多证据", "Needs more evidence"),
    "awaiting": ("待审核", "Awaiting review"),
    "any": ("全部", "Any"),
}
CHANGE_LABELS = {
    "new": ("新增", "new"),
    "changed": ("变化", "changed"),
    "removed": ("下线", "removed"),
}


def current_lang() -> str:
    """The language picked in the sidebar (Chinese until the user switches)."""
    try:
        lang = st.session_state.get("lang", DEFAULT_LANG)
    except Exception:
        lang = DEFAULT_LANG
    return lang if lang in LANGS else DEFAULT_LANG


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[LANGS.index(lang or current_lang())]


def t(key: str, lang: str | None = None, **values: Any) -> str:
    """The label ``key`` in the current language, with ``{placeholders}`` filled in."""
    text = _pick(_T[key], lang)
    return text.format(**values) if values else text


def _label(table: dict[str, tuple[str, str]], key: str | None, lang: str | None) -> str:
    if key is None or key != key:  # None or NaN
        return ""
    pair = table.get(str(key))
    return _pick(pair, lang) if pair else str(key)


def flag_label(code: str, lang: str | None = None) -> str:
    return _label(FLAG_LABELS, code, lang)


def severity_label(severity: str | None, lang: str | None = None) -> str:
    return _label(SEVERITY_LABELS, severity, lang)


def issuer_status_label(status: str | None, lang: str | None = None) -> str:
    return _label(ISSUER_STATUS_LABELS, status, lang)


def decision_label(decision: str | None, lang: str | None = None) -> str:
    return _label(DECISION_LABELS, decision, lang)


def region_label(region: str | None, lang: str | None = None) -> str:
    """A region as written, or "any" for the empty choice."""
    return region or t("any", lang=lang)


def bound(label: Callable[..., str]) -> Callable[[Any], str]:
    """``label`` with today's language fixed, for a widget's ``format_func`` (Streamlit may
    call it outside the script run, where the session's language cannot be read)."""
    lang = current_lang()
    return lambda value: label(value, lang=lang)


def change_label(change: str | None, lang: str | None = None) -> str:
    return _label(CHANGE_LABELS, change, lang)
