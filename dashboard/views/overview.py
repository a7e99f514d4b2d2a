"""Overview: the counts a regulator starts from, each one a link to the listings behind it."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import widgets as w
from dashboard.fmt import local_time
from dashboard.i18n import flag_label, severity_label, t
from dashboard.views import overview_queries as q, runs_queries

db = w.db()
st.title(t("page_overview"))

runs = runs_queries.crawl_runs(db, limit=30)
if not runs.empty and runs.iloc[0]["status"] in ("failed", "interrupted"):  # newest first
    good = runs[runs["status"] == "succeeded"]
    st.warning(t(
        "last_run_failed", run=int(runs.iloc[0]["id"]), error=str(runs.iloc[0]["error"] or t("unknown")),
        good=local_time(good.iloc[0]["finished_at"]) if not good.empty else t("no_good_run"),
    ))

counts = q.overview_counts(db)
cells = st.columns(6)
metrics = [
    ("listings", counts["listings"], {"flagged": "0", "review": "any"}),
    ("flagged", counts["flagged"], {"review": "any"}),
    ("sev_high", counts["high"], {"severity": "high", "review": "any"}),
    ("sev_medium", counts["medium"], {"severity": "medium", "review": "any"}),
    ("sev_low", counts["low"], {"severity": "low", "review": "any"}),
    ("awaiting", counts["open"], {}),  # the queue's default: listings with an open flag
]
for cell, (label, value, params) in zip(cells, metrics, strict=True):
    with cell:
        st.metric(t(label), f"{value:,}")
        w.link_to_queue(t("show_listings"), **params)

st.subheader(t("trend"))
if runs.empty:
    st.info(t("no_runs"))
else:
    trend = runs.sort_values("started_at").copy()
    trend["run"] = trend["id"].map(lambda i: f"#{i}")
    series = {
        "offers": t("col_offers"),
        "new": t("col_new"),
        "changed": t("col_changed"),
        "removed": t("col_removed"),
    }
    long = trend.melt(id_vars=["run"], value_vars=list(series), var_name="what", value_name="n")
    long["what"] = long["what"].map(series)
    long["n"] = pd.to_numeric(long["n"], errors="coerce")
    chart = (
        alt.Chart(long.dropna())
        .mark_line(point=True)
        .encode(
            x=alt.X("run:N", sort=list(trend["run"]), title=t("col_run")),
            y=alt.Y("n:Q", title=""),
            color=alt.Color("what:N", title=""),
            tooltip=[
                alt.Tooltip("run:N", title=t("col_run")),
                alt.Tooltip("what:N", title=t("col_series")),
                alt.Tooltip("n:Q", title=t("col_listings")),
            ],
        )
        .properties(height=220)
    )
    st.altair_chart(chart, width="stretch")

left, middle, right = st.columns(3)

with left:
    st.subheader(t("top_unrecognized"))
    top = q.top_issuers(db, "unrecognized", 10)
    if top.empty:
        st.caption(t("no_rows"))
    for row in top.itertuples():
        w.link_to_queue(
            f"{row.mention} · {row.listings:,}",
            istatus="unrecognized",
            issuer=row.mention,
            flagged="0",
        )

with middle:
    st.subheader(t("flags_by_code"))
    codes = q.flags_by_code(db)
    if codes.empty:
        st.caption(t("no_rows"))
    else:
        codes["label"] = codes["code"].map(flag_label)
        for row in codes.itertuples():
            w.link_to_queue(
                f"{row.label} ({severity_label(row.severity)}) · {row.listings:,}",
                code=row.code,
            )

with right:
    st.subheader(t("providers_by_risk"))
    prov = q.providers_by_risk(db, 10)
    if prov.empty:
        st.caption(t("no_rows"))
    for row in prov.itertuples():
        w.link_to_queue(
            f"{row.provider} · {int(row.flagged or 0):,}/{row.listings:,}",
            provider=row.provider,
        )
