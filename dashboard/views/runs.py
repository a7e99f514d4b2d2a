"""Crawl runs: the history of crawls and nightly jobs, and what each one changed."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import exports, widgets as w
from dashboard.fmt import local_time
from dashboard.i18n import EMPTY, change_label, flag_label, run_kind_label, run_status_label, t
from dashboard.views import queue_queries, runs_queries as q

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
    kind=runs["kind"].map(run_kind_label),
    status=runs["status"].map(run_status_label),
    started_at=runs["started_at"].map(lambda v: local_time(v) or EMPTY),
    finished_at=runs["finished_at"].map(lambda v: local_time(v) or EMPTY),
)
st.subheader(t("runs_title"))
w.table(shown, columns)
w.download(
    exports.machine_frame(runs, {"id": "run_id"}, ["run_id", *list(columns)[1:]]),
    "certwatch-runs",
    key="runs_csv",
)

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
        tooltip=[
            alt.Tooltip("run:N", title=t("col_run")),
            alt.Tooltip("what:N", title=t("col_series")),
            alt.Tooltip("n:Q", title=t("col_listings")),
        ],
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
        column_config=w.link_column(),
    )
    kinds: dict[int, list[str]] = {}  # a listing may have changed and had flags raised
    for listing_id, change in zip(changes["listing_id"], changes["change"], strict=True):
        kinds.setdefault(int(listing_id), []).append(str(change))
    ids = tuple(kinds)

    def _changed() -> pd.DataFrame:
        """The run's changed listings as the CLI export's columns, with their changes."""
        changed = exports.listing_frame(*queue_queries.export_rows(db, ids), order=ids)
        changed.insert(1, "change",
                       ["|".join(kinds.get(int(i), [])) for i in changed["listing_id"]])
        return changed

    w.download_later(_changed, f"certwatch-run-{run_id}", key="runs_csv_changes",
                     label=t("download_csv"))  # read and written when clicked
