"""Crawl runs: the history of crawls and nightly jobs, and what each one changed."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import widgets as w
from dashboard.fmt import local_time
from dashboard.i18n import change_label, flag_label, t
from dashboard.views import runs_queries as q

db = w.db()
st.title(t("page_runs"))

runs = q.crawl_runs(db)
if runs.empty:
    st.info(t("no_runs"))
    st.stop()

columns = {
    "id": t("col_run"),
    "kind": t("col_kind"),
    "status": t("col_status"),
    "started_at": t("col_started"),
    "finished_at": t("col_finished"),
    "pages": t("col_pages"),
    "offers": t("col_offers"),
    "errors": t("col_errors"),
    "new": t("col_new"),
    "changed": t("col_changed"),
    "removed": t("col_removed"),
    "flag_raised": t("col_flag_raised"),
    "flag_cleared": t("col_flag_cleared"),
    "error": t("col_error"),
}
shown = runs.assign(
    started_at=runs["started_at"].map(local_time),
    finished_at=runs["finished_at"].map(local_time),
)
st.subheader(t("runs_title"))
w.table(shown, columns)
w.download(shown.rename(columns=columns)[list(columns.values())], "certwatch-runs", key="runs_csv")

series = {
    "pages": t("col_pages"),
    "offers": t("col_offers"),
    "errors": t("col_errors"),
    "new": t("col_new"),
    "changed": t("col_changed"),
    "removed": t("col_removed"),
}
ordered = runs.sort_values("started_at")
long = ordered.assign(run=ordered["id"].map(lambda i: f"#{i}")).melt(
    id_vars=["run"], value_vars=list(series), var_name="what", value_name="n"
)
long["what"] = long["what"].map(series)
long["n"] = pd.to_numeric(long["n"], errors="coerce")
st.altair_chart(
    alt.Chart(long.dropna())
    .mark_bar()
    .encode(
        x=alt.X("run:N", sort=[f"#{i}" for i in ordered["id"]], title=t("col_run")),
        y=alt.Y("n:Q", title=""),
        color=alt.Color("what:N", title=""),
        xOffset="what:N",
        tooltip=["run", "what", "n"],
    )
    .properties(height=240),
    width="stretch",
)

st.subheader(t("run_detail"))
run_id = st.selectbox(
    t("pick_run"), [int(i) for i in runs["id"]], format_func=lambda i: f"#{i}", key="runs_pick"
)
changes = q.run_changes(db, run_id)
if changes.empty:
    st.caption(t("no_rows"))
else:
    rows = w.listing_rows(changes)
    rows["change"] = changes["change"].map(change_label)
    rows["flag"] = [
        flag_label(str(detail["code"])) if isinstance(detail, dict) and "code" in detail else ""
        for detail in changes["detail"]
    ]
    w.table(
        rows,
        {
            "link": t("col_link"),
            "listing_id": t("col_id"),
            "change": t("col_change"),
            "flag": t("col_flag"),
            "risk_score": t("col_risk"),
            "title": t("col_title"),
            "provider": t("col_provider"),
        },
        column_config={t("col_link"): st.column_config.LinkColumn(display_text="→")},
    )
    w.download(changes.drop(columns=["detail"]), f"certwatch-run-{run_id}", key="runs_csv_changes")
