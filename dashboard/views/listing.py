"""One listing: facts, flags with evidence in context, issuer matches, history, archive,
and the reviewer's decision with its audit trail. Scraped text is only ever shown as text."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import casefile, identity, widgets as w
from dashboard.access import AccessDenied
from dashboard.filters import DECISIONS
from dashboard.fmt import (
    as_utc,
    escape_markdown,
    evidence_in_context,
    highlight,
    iso_local,
    levels_text,
    local_time,
    yuan,
    yuan_range,
)
from dashboard.i18n import (
    bound,
    current_lang,
    decision_label,
    flag_label,
    issuer_status_label,
    severity_label,
    t,
)
from dashboard.views import listing_queries as q
from dashboard.warc import ArchiveError

READ_ONLY_NOTES = {
    "login_needed": "decisions_login_needed",
    "login_viewer": "decisions_viewer",
    "anonymous_not_loopback": "decisions_anonymous_not_loopback",
}

db = w.db()
st.title(t("page_listing"))

raw_id = st.query_params.get("id", "")
chosen = st.number_input(
    t("listing_id"),
    min_value=1,
    step=1,
    value=int(raw_id) if raw_id.isdigit() else None,
    key="listing_id_input",
)
if chosen is None:
    st.info(t("pick_listing"))
    st.stop()
listing_id = int(chosen)
if raw_id != str(listing_id):
    st.query_params["id"] = str(listing_id)

current = q.current_id(db, listing_id)
if current != listing_id:  # identity rules merged it: the old id still leads to its listing
    st.info(t("merged_into", old=listing_id, new=current))
    listing_id = current
item = q.listing(db, listing_id)
if item is None:
    st.warning(t("no_listing", id=listing_id))
    st.stop()

st.page_link(w.QUEUE_PAGE, label=t("back_to_queue"), icon=":material/arrow_back:")

# ---------------------------------------------------------------- facts
st.subheader(t("facts"))
st.text(item["title"] or "")
w.facts(
    [
        (t("col_id"), str(item["id"])),
        (t("url"), item["url"]),
        (t("col_provider"), item["provider"] or ""),
        (t("col_region"), item["region"] or ""),
        (t("col_levels"), levels_text(item["levels"])),
        (t("col_fee"), yuan_range(item["fee_min"], item["fee_max"])),
        (t("col_risk"), str(item["risk_score"])),
        (t("col_severity"), severity_label(item["max_severity"])),
        (t("col_first_seen"), local_time(item["first_seen"])),
        (t("col_last_seen"), local_time(item["last_seen"])),
    ]
)
if item.get("retired_at") is not None:
    st.warning(t("retired", reason=item.get("retired_reason") or ""))
typed = q.page_type(db, listing_id)
if typed is not None:
    st.caption(t("page_type"))
    st.text(typed[1] or typed[0])
    if typed[2]:
        st.warning(t("page_warnings"))
        st.text(typed[2])
summary = item["summary_zh"] if current_lang() == "zh" else item["summary_en"]
if summary:
    st.caption(t("summary"))
    st.text(summary)

# ---------------------------------------------------------------- flags
facts = q.latest_facts(db, listing_id)
page_sentences = [s for s in facts.get("sentences", []) if isinstance(s, str)]
page = q.archived_page(db, listing_id)
archive = None
archive_error = ""
if page and page.get("warc_file") and page.get("warc_offset") is not None:
    try:
        archive = w.archived(page["warc_file"], int(page["warc_offset"]))
    except ArchiveError as exc:
        archive_error = str(exc)

st.subheader(t("flags_title"))
flags = q.listing_flags(db, listing_id)
active = flags[flags["active"].astype(bool)] if not flags.empty else flags
if active.empty:
    st.info(t("no_flags"))
for flag in active.itertuples():
    review = decision_label(flag.review or "awaiting")
    st.markdown(
        f"**{escape_markdown(flag_label(flag.code))}** · `{flag.code}` · "
        f"{escape_markdown(severity_label(flag.severity))} · {escape_markdown(review)}"
    )
    context = evidence_in_context(flag.evidence, page_sentences, archive.text if archive else "")
    if context:
        st.code(context, language=None, wrap_lines=True)
    if flag.detail:
        st.text(flag.detail)
    st.caption(f"{t('rules_version')}: {escape_markdown(str(flag.rules_version))}")
superseded = flags[~flags["active"].astype(bool)] if not flags.empty else flags
if not superseded.empty:
    with st.expander(t("superseded_flags")):
        shown = superseded.assign(
            code=superseded["code"].map(flag_label),
            superseded_at=superseded["superseded_at"].map(local_time),
        )
        w.table(
            shown,
            {"code": t("col_codes"), "evidence": t("col_evidence"), "superseded_at": t("col_time")},
        )

# ---------------------------------------------------------------- issuer matches
st.subheader(t("matches_title"))
matches = q.listing_matches(db, listing_id)
if matches.empty:
    st.info(t("no_matches"))
else:
    shown = matches.assign(
        status=matches["status"].map(issuer_status_label),
        registry=[
            f"#{int(v)} {f or ''} {local_time(at) if at is not None else ''}".strip()
            if v == v and v is not None
            else ""
            for v, f, at in zip(
                matches["registry_version_id"],
                matches["registry_file"],
                matches["registry_imported_at"],
                strict=True,
            )
        ],
    )
    w.table(
        shown,
        {
            "mention": t("col_mention"),
            "status": t("col_status"),
            "agency_id": t("col_agency"),
            "matched_name": t("col_matched"),
            "score": t("col_score"),
            "explanation": t("col_explanation"),
            "registry": t("col_registry"),
            "matcher_version": t("col_matcher"),
        },
    )
    for match in matches.itertuples():
        candidates = []
        for c in match.candidates or []:
            if isinstance(c, dict):
                candidates.append((c.get("agency_id"), c.get("name"), c.get("score")))
            elif isinstance(c, list | tuple) and len(c) >= 3:
                candidates.append(tuple(c[:3]))
        if candidates:
            with st.expander(f"{t('col_candidates')}: {escape_markdown(match.mention)}"):
                st.dataframe(
                    pd.DataFrame(
                        candidates, columns=[t("col_agency"), t("col_name"), t("col_score")]
                    ),
                    hide_index=True,
                    width="stretch",
                )

# ---------------------------------------------------------------- history
st.subheader(t("history_title"))
history = q.listing_observations(db, listing_id)
if history.empty:
    st.caption(t("no_rows"))
else:
    priced = history.dropna(subset=["fee_max"])
    if len(priced) > 1:
        chart_data = priced.assign(when=priced["observed_at"].map(lambda d: as_utc(d)))
        st.altair_chart(
            alt.Chart(chart_data)
            .mark_line(point=True, interpolate="step-after")
            .encode(
                x=alt.X("when:T", title=t("col_time")),
                y=alt.Y("fee_max:Q", title=t("col_fee_max")),
                tooltip=["when:T", "fee_min", "fee_max"],
            )
            .properties(height=200),
            width="stretch",
        )
    shown = history.assign(
        observed_at=history["observed_at"].map(local_time),
        fee_min=history["fee_min"].map(yuan),
        fee_max=history["fee_max"].map(yuan),
    )
    w.table(
        shown,
        {
            "observed_at": t("col_time"),
            "fee_min": t("col_fee_min"),
            "fee_max": t("col_fee_max"),
            "run_id": t("col_run"),
        },
    )

# ---------------------------------------------------------------- archive
st.subheader(t("archive_title"))
if archive_error:
    st.error(t("archive_error", error=archive_error))
elif archive is None:
    st.info(t("archive_missing"))
else:
    w.facts(
        [
            (t("url"), archive.target_uri),
            (t("capture_time"), iso_local(archive.warc_date)),
            (t("digest"), archive.payload_digest or archive.block_digest),
            ("sha256", (page or {}).get("sha256") or ""),
            (t("record_id"), archive.record_id),
            ("HTTP", f"{archive.http_status} {archive.content_type}".strip()),
        ]
    )
    text = archive.text
    for evidence in active["evidence"] if not active.empty else []:
        text = highlight(text, evidence)
    st.caption(t("page_text") + (t("truncated") if archive.truncated else ""))
    st.code(text, language=None, wrap_lines=True, height=400)
    with st.expander(t("page_source")):
        st.code(archive.source, language=None, wrap_lines=True, height=400)

# ---------------------------------------------------------------- decision
st.subheader(t("decision_title"))
flash = st.session_state.pop("listing_flash", None)
if flash:
    st.success(flash)
access = identity.current_access()
targets: list[str | None] = (
    [None, *(f for f in active["fingerprint"])] if not active.empty else [None]
)
labels = {None: t("whole_listing")}
for flag in active.itertuples():
    labels[flag.fingerprint] = f"{flag_label(flag.code)} · {flag.evidence[:40]}"

if not access.may_decide:  # read-only, not signed in, or a viewer: say how to get a form
    st.info(t(READ_ONLY_NOTES.get(access.reason, "decisions_read_only")))
else:
    with st.form("decision_form", clear_on_submit=False):
        decision = st.selectbox(
            t("decision"), DECISIONS, format_func=bound(decision_label), key="decision_choice"
        )
        target = st.selectbox(
            t("applies_to"),
            targets,
            format_func=lambda f: labels.get(f, str(f)),
            key="decision_target",
        )
        note = st.text_area(t("note"), key="decision_note")
        typed_name = ""
        if access.mode == "login":  # the name comes from the identity, never from a field
            st.text(t("decision_as", name=access.identity))
        else:
            st.caption(t("anonymous_note"))
            typed_name = st.text_input(
                t("reviewer"),
                value=st.session_state.get("reviewer_name", ""),
                key="decision_reviewer",
            )
        submitted = st.form_submit_button(t("submit_decision"), type="primary")

    if submitted:
        if access.mode == "anonymous" and not (typed_name or "").strip():
            st.error(t("reviewer_required"))
        else:
            try:
                q.record_review(db, listing_id, decision, access, note, target, typed_name)
            except (q.ReviewError, AccessDenied) as exc:
                st.error(str(exc))
            else:
                st.session_state["reviewer_name"] = (typed_name or "").strip()
                st.session_state["listing_flash"] = t(
                    "decision_saved",
                    decision=decision_label(decision),
                    reviewer=escape_markdown(access.reviewer(typed_name)),  # st.success: Markdown
                )
                st.rerun()

st.subheader(t("audit_title"))
trail = q.listing_reviews(db, listing_id)
if trail.empty:
    st.caption(t("no_reviews"))
else:
    shown = trail.assign(
        decided_at=trail["decided_at"].map(local_time),
        decision=trail["decision"].map(decision_label),
        target=trail["flag_fingerprint"].map(lambda f: labels.get(f, f or t("whole_listing"))),
    )
    w.text_table(
        shown,
        {
            "decided_at": t("col_time"),
            "reviewer": t("col_reviewer"),
            "decision": t("col_decision"),
            "target": t("col_target"),
            "note": t("col_note"),
        },
    )

# ---------------------------------------------------------------- case file
st.subheader(t("casefile_title"))
st.caption(t("casefile_help"))
casefile_key = f"casefile-{listing_id}"
if st.button(t("casefile_build"), key=f"{casefile_key}-build", icon=":material/folder_zip:"):
    with st.spinner(t("casefile_building")):
        st.session_state[casefile_key] = casefile.build(db, listing_id)
built = st.session_state.get(casefile_key)
if built is not None:
    zip_bytes, report = built
    if zip_bytes is None:
        st.error(t("casefile_failed", error=report))
    else:
        st.download_button(t("casefile_download"), zip_bytes,
                           file_name=f"casefile-{listing_id}.zip", mime="application/zip",
                           key=f"{casefile_key}-download", icon=":material/download:")
        st.caption(report)
