"""One listing: facts, flags with evidence in context and a decision on each, issuer
matches, history, archive, the listing's outcome and the audit trail. Scraped text is only
ever shown as text."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import casefile, flag_help, identity, widgets as w
from dashboard.fmt import (
    as_utc,
    escape_markdown,
    evidence_in_context,
    highlight_all,
    iso_local,
    levels_text,
    local_time,
    yuan,
    yuan_range,
)
from dashboard.i18n import (
    EMPTY,
    cell,
    current_lang,
    decision_label,
    flag_label,
    issuer_status_label,
    page_type_label,
    severity_label,
    t,
)
from dashboard.views import listing_queries as q, listing_review, operators_queries
from dashboard.warc import ArchiveError

READ_ONLY_NOTES = {
    "login_needed": "decisions_login_needed",
    "login_viewer": "decisions_viewer",
    "anonymous_not_loopback": "decisions_anonymous_not_loopback",
}

db = w.db()
st.title(t("page_listing"))

# /listing?listing=<listing_id> (listings.id, the export's listing_id); ?id= still opens
raw_id = (st.query_params.get("listing") or st.query_params.get("id") or "").strip()
if raw_id.isdigit() and st.session_state.get("listing_url_id") != raw_id:
    st.session_state["listing_url_id"] = raw_id  # a new address wins over the old input
    st.session_state["listing_id_input"] = int(raw_id)
chosen = st.number_input(t("listing_id"), min_value=1, step=1, value=None, key="listing_id_input")
if chosen is None:
    st.info(t("pick_listing"))
    st.stop()
listing_id = int(chosen)
if st.query_params.get("listing") != str(listing_id) or "id" in st.query_params:
    st.query_params.from_dict(w.with_lang({"listing": str(listing_id)}))
st.session_state["listing_url_id"] = str(listing_id)

current = q.current_id(db, listing_id)
if current != listing_id:  # identity rules merged it: the old id still leads to its listing
    st.info(t("merged_into", old=listing_id, new=current))
    listing_id = current
item = q.listing(db, listing_id)
if item is None:
    st.warning(t("no_listing", id=listing_id))
    st.stop()

st.page_link(
    w.QUEUE_PAGE,
    label=t("back_to_queue"),
    icon=":material/arrow_back:",
    query_params=w.with_lang({}),
)

# ---------------------------------------------------------------- facts
st.subheader(f"{t('listing_id')} {int(item['id'])}")
st.text(item["title"] or EMPTY)
w.facts(
    [
        (t("listing_id"), str(item["id"])),
        (t("col_provider"), item["provider"]),
        (t("col_region"), item["region"]),
        (t("col_levels"), levels_text(item["levels"])),
        (t("col_fee"), yuan_range(item["fee_min"], item["fee_max"])),
        (t("col_risk"), cell(item["risk_score"])),
        (t("col_severity"), severity_label(item["max_severity"])),
        (t("col_first_seen"), local_time(item["first_seen"])),
        (t("col_last_seen"), local_time(item["last_seen"])),
        (t("col_removed_at"), local_time(item.get("removed_at"))),
    ]
)
operator = operators_queries.listing_operator(db, listing_id)
if operator is not None:  # issue #16: the business behind it, by identifiers it shares
    st.page_link(w.OPERATOR_PAGE, label=t("listing_operator", id=operator[0], n=operator[1]),
                 icon=":material/hub:", query_params=w.with_lang({"operator": str(operator[0])}))
# addresses as code, never as links (a table would turn them into live links)
w.url_facts([(t("url"), item["url"]), (t("col_canonical_url"), item.get("canonical_url"))])
# the archived copy first (an anchor on this page), the live site only as a marked link
st.markdown(f"[{escape_markdown(t('archived_copy'))}](#archive)")
live = w.live_link_html(item["url"])
if live:
    st.markdown(live, unsafe_allow_html=True)  # built and escaped by live_link_html
    st.caption(t("live_site_note"))
if item.get("retired_at") is not None:
    reason = str(item.get("retired_reason") or "")
    if reason.startswith("merged into listing "):
        shown_reason = t("retired_merged", id=reason.split()[3].rstrip(":"))
    elif reason.startswith("no longer read as an offer"):
        shown_reason = t("retired_not_offer")
    else:
        shown_reason = reason or t("unknown")
    st.warning(t("retired", reason=shown_reason))
typed = q.page_type(db, listing_id)
if typed is not None:
    st.caption(t("page_type"))
    st.text(page_type_label(typed[0]))
    if typed[1]:
        with st.expander(t("page_reasons_raw")):
            st.text(typed[1])
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
flash = st.session_state.pop("listing_flash", None)
if flash:
    st.success(flash)
flags = q.listing_flags(db, listing_id)
active = flags[flags["active"].astype(bool)] if not flags.empty else flags
decided = q.flag_decisions(db, listing_id)
access = identity.current_access()
typed_name = ""
if active.empty:
    st.info(t("no_flags"))
else:
    st.markdown(t("review_progress", open=int(item.get("open_flags") or 0), total=len(active)))
    if access.may_decide:
        typed_name = listing_review.reviewer_name(access)
    else:  # read-only, not signed in, or a viewer: say how to get a form
        st.info(t(READ_ONLY_NOTES.get(access.reason, "decisions_read_only")))
earlier_evidence = dict(zip(flags["fingerprint"], flags["evidence"], strict=True)) if not (
    flags.empty) else {}
for flag in active.itertuples():
    with st.container(border=True):
        st.markdown(
            f"**{escape_markdown(flag_label(flag.code))}** · `{flag.code}` · "
            f"{escape_markdown(severity_label(flag.severity))} · "
            f"{escape_markdown(listing_review.decision_text(decided.get(flag.fingerprint)))}",
            help=flag_help.help_text(flag.code, current_lang()) or None,
        )
        with st.expander(t("flag_help", label=flag_label(flag.code))):
            st.text(flag_help.help_text(flag.code, current_lang()))
        context = evidence_in_context(flag.evidence, page_sentences,
                                      archive.text if archive else "")
        if context:
            st.code(context, language=None, wrap_lines=True)
        if flag.detail:
            st.caption(t("rule_detail"))
            st.text(flag.detail)
        earlier = decided.get(flag.reopened_from) if flag.reopened_from else None
        if earlier and flag.fingerprint not in decided:
            st.warning(t("reopened", decision=decision_label(earlier["decision"]),
                         reviewer=earlier["reviewer"], when=local_time(earlier["decided_at"]),
                         note=earlier["note"]))
            st.caption(t("earlier_evidence"))
            st.text(earlier_evidence.get(flag.reopened_from, ""))
        st.caption(f"{t('rules_version')}: {escape_markdown(str(flag.rules_version))}")
        if access.may_decide:
            listing_review.flag_form(db, listing_id, flag.fingerprint, access, typed_name)
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
        explanation=[
            t("match_explained", status=issuer_status_label(s), score=cell(
                None if sc is None or sc != sc else round(float(sc))))
            for s, sc in zip(matches["status"], matches["score"], strict=True)
        ],
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
st.subheader(t("archive_title"), anchor="archive")
if archive_error:
    st.error(t("archive_error", error=archive_error))
elif archive is None:
    st.info(t("archive_missing"))
else:
    w.url_facts([(t("url"), archive.target_uri)])
    w.facts(
        [
            (t("capture_time"), iso_local(archive.warc_date)),
            (t("digest"), archive.payload_digest or archive.block_digest),
            ("sha256", (page or {}).get("sha256") or ""),
            (t("record_id"), archive.record_id),
            ("HTTP", f"{archive.http_status} {archive.content_type}".strip()),
        ]
    )
    text = highlight_all(archive.text, list(active["evidence"]) if not active.empty else [])
    st.caption(t("page_text") + (t("truncated") if archive.truncated else ""))
    st.code(text, language=None, wrap_lines=True, height=400)
    with st.expander(t("page_source")):
        st.code(archive.source, language=None, wrap_lines=True, height=400)

# ---------------------------------------------------------------- outcome
st.subheader(t("outcome_title"))
if access.may_decide:
    if active.empty:  # no flag form above asked for the name
        typed_name = listing_review.reviewer_name(access)
    listing_review.outcome_form(db, listing_id, access, typed_name)
elif active.empty:  # the flags section said it already otherwise
    st.info(t(READ_ONLY_NOTES.get(access.reason, "decisions_read_only")))

labels: dict[str | None, str] = {None: t("whole_listing")}
for flag in flags.itertuples():
    labels[flag.fingerprint] = f"{flag_label(flag.code)} · {flag.evidence[:40]}"
st.subheader(t("audit_title"))
trail = q.listing_reviews(db, listing_id)
if trail.empty:
    st.caption(t("no_reviews"))
else:
    shown = trail.assign(
        decided_at=trail["decided_at"].map(local_time),
        decision=trail["decision"].map(decision_label),
        target=trail["flag_fingerprint"].map(
            lambda f: labels.get(f, f) if isinstance(f, str) and f else t("whole_listing")
        ),
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
