"""Fees, for journalists: distributions by level and issuer status, changes over time,
outliers and providers side by side; every table downloadable as CSV."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import exports, filters, widgets as w
from dashboard.fmt import yuan
from dashboard.i18n import bound, issuer_status_label, region_label, t
from dashboard.urlstate import QueueState
from dashboard.views import fees_queries as q, queue_queries

db = w.db()
st.title(t("page_fees"))

with st.expander(t("filters"), expanded=False):
    c1, c2, c3, c4 = st.columns(4)
    levels = c1.multiselect(t("f_levels"), [1, 2, 3, 4, 5], key="fees_levels", placeholder=t("any"))
    statuses = c2.multiselect(
        t("f_issuer_status"),
        filters.ISSUER_STATUSES,
        format_func=bound(issuer_status_label),
        key="fees_istatus",
        placeholder=t("any"),
    )
    provider = c3.text_input(t("f_provider"), key="fees_provider")
    region_options = ["", *filters.regions(db)]
    region = c4.selectbox(
        t("f_region"),
        region_options,
        format_func=bound(region_label),
        key="fees_region",
    )
    flagged_only = st.checkbox(t("f_flagged_only"), value=False, key="fees_flagged")

listing_filter = QueueState(
    levels=tuple(levels),
    issuer_statuses=tuple(statuses),
    provider=provider,
    region=region,
    flagged_only=flagged_only,
    review="any",  # every listing, reviewed or not (the queue's default is the open ones)
).to_filter()


def _level_name(level: int) -> str:
    return t("level_none") if int(level) == 0 else f"{int(level)}"


def _histogram(frame, series: str, title: str):  # type: ignore[no-untyped-def]
    return (
        alt.Chart(frame)
        .mark_bar(opacity=0.85)
        .encode(
            x=alt.X("fee_from:Q", bin=alt.Bin(binned=True, step=q.FEE_BUCKET), title="¥"),
            x2="fee_to:Q",
            y=alt.Y("sum(listings):Q", stack=True, title=t("col_listings")),
            color=alt.Color(f"{series}:N", title=title),
            tooltip=[
                alt.Tooltip(f"{series}:N", title=title),
                alt.Tooltip("fee_from:Q", title=t("col_fee_from")),
                alt.Tooltip("fee_to:Q", title=t("col_fee_to")),
                alt.Tooltip("listings:Q", title=t("col_listings")),
            ],
        )
        .properties(height=260)
    )


def by_level() -> None:
    st.subheader(t("fees_by_level"))
    hist = q.fee_histogram_by_level(db, listing_filter)
    if hist.empty:
        st.caption(t("no_rows"))
    else:
        hist["level_name"] = hist["level"].map(_level_name)
        st.altair_chart(_histogram(hist, "level_name", t("col_level")), width="stretch")
        w.download(
            exports.machine_frame(hist, columns=["level", "fee_from", "fee_to", "listings"]),
            "certwatch-fees-by-level",
            key="fees_csv_level",
        )
    st.caption(t("col_fee_band", width=yuan(q.FEE_BUCKET), cap=yuan(q.FEE_BUCKET * q.FEE_BUCKETS)))
    st.subheader(t("fee_stats"))
    stats = q.fee_stats_by_level(db, listing_filter)
    if stats.empty:
        st.caption(t("no_rows"))
        return
    shown = stats.assign(level=stats["level"].map(_level_name))
    w.table(
        w.money(shown, "fee_min", "fee_avg", "fee_max"),
        {
            "level": t("col_level"),
            "listings": t("col_listings"),
            "fee_min": t("col_fee_min"),
            "fee_avg": t("col_fee_avg"),
            "fee_max": t("col_fee_max"),
        },
    )
    w.download(  # level 0 (not stated) is an empty cell, not the word
        exports.machine_frame(stats.assign(level=stats["level"].map(lambda v: int(v) or None))),
        "certwatch-fee-stats",
        key="fees_csv_stats",
    )


def by_status() -> None:
    st.subheader(t("fees_by_status"))
    hist = q.fee_histogram_by_issuer_status(db, listing_filter)
    if hist.empty:
        st.caption(t("no_rows"))
        return
    hist["status_name"] = hist["status"].map(issuer_status_label)
    st.altair_chart(_histogram(hist, "status_name", t("col_status")), width="stretch")
    w.download(
        exports.machine_frame(
            hist, {"status": "issuer_status"}, ["issuer_status", "fee_from", "fee_to", "listings"]
        ),
        "certwatch-fees-by-status",
        key="fees_csv_status",
    )


def over_time() -> None:
    st.subheader(t("fee_trend"))
    trend = q.fee_trend(db)
    if trend.empty:
        st.caption(t("no_rows"))
    else:
        series = {"fee_avg": t("col_fee_avg"), "fee_max": t("col_fee_max")}
        st.altair_chart(
            alt.Chart(trend.rename(columns=series))
            .transform_fold(list(series.values()), as_=["series", "fee"])
            .mark_line(point=True)
            .encode(
                x=alt.X("day:T", title=t("col_day")),
                y=alt.Y("fee:Q", title="¥"),
                color=alt.Color("series:N", title=""),
                tooltip=[
                    alt.Tooltip("day:T", title=t("col_day")),
                    alt.Tooltip("series:N", title=t("col_series")),
                    alt.Tooltip("fee:Q", title="¥"),
                    alt.Tooltip("observations:Q", title=t("col_observations")),
                ],
            )
            .properties(height=240),
            width="stretch",
        )
        w.download(exports.machine_frame(trend), "certwatch-fee-trend", key="fees_csv_trend")
    st.subheader(t("fee_changes"))
    changes = q.fee_changes(db)
    if changes.empty:
        st.caption(t("no_rows"))
        return
    shown = w.listing_rows(changes)
    w.table(
        w.money(shown, "fee_before", "fee_after"),
        {
            "link": t("col_link"),
            "listing_id": t("col_id"),
            "observed_at": t("col_time"),
            "fee_before": t("col_fee_before"),
            "fee_after": t("col_fee_after"),
            "title": t("col_title"),
            "provider": t("col_provider"),
        },
        column_config=LINK,
    )
    w.download(
        exports.machine_frame(
            changes, columns=["listing_id", "observed_at", "fee_before", "fee_after", "title",
                              "provider", "url"]
        ),
        "certwatch-fee-changes",
        key="fees_csv_changes",
    )


def outliers() -> None:
    st.subheader(t("fee_outliers"))
    found = q.fee_outliers(db, listing_filter)
    if found.empty:
        st.caption(t("no_rows"))
        return
    w.table(
        w.listing_rows(found),
        {
            "link": t("col_link"),
            "id": t("col_id"),
            "fee": t("col_fee"),
            "levels": t("col_levels"),
            "title": t("col_title"),
            "provider": t("col_provider"),
            "region": t("col_region"),
            "evidence": t("col_evidence"),
        },
        column_config=LINK,
    )
    ids = tuple(int(i) for i in found["id"])
    evidence = dict(zip((int(i) for i in found["id"]), found["evidence"], strict=True))

    def _outlying() -> pd.DataFrame:
        """The outliers as the CLI export's columns, with the fee's evidence."""
        outlying = exports.listing_frame(*queue_queries.export_rows(db, ids), order=ids)
        outlying["fee_evidence"] = [evidence.get(int(i)) for i in outlying["listing_id"]]
        return outlying

    w.download_later(_outlying, "certwatch-fee-outliers", key="fees_csv_outliers",
                     label=t("download_csv"))  # read and written when clicked


def providers() -> None:
    st.subheader(t("provider_compare"))
    compare = q.provider_fees(db, listing_filter)
    if compare.empty:
        st.caption(t("no_rows"))
        return
    st.altair_chart(
        alt.Chart(compare)
        .mark_bar()
        .encode(
            x=alt.X("fee_avg:Q", title=t("col_fee_avg")),
            y=alt.Y("provider:N", sort="-x", title=""),
            tooltip=[
                alt.Tooltip("provider:N", title=t("col_provider")),
                alt.Tooltip("listings:Q", title=t("col_listings")),
                alt.Tooltip("fee_min:Q", title=t("col_fee_min")),
                alt.Tooltip("fee_avg:Q", title=t("col_fee_avg")),
                alt.Tooltip("fee_max:Q", title=t("col_fee_max")),
                alt.Tooltip("flagged:Q", title=t("col_flagged")),
            ],
        )
        .properties(height=18 * len(compare) + 30),
        width="stretch",
    )
    w.table(
        w.money(compare, "fee_min", "fee_avg", "fee_max"),
        {
            "provider": t("col_provider"),
            "listings": t("col_listings"),
            "fee_min": t("col_fee_min"),
            "fee_avg": t("col_fee_avg"),
            "fee_max": t("col_fee_max"),
            "flagged": t("col_flagged"),
        },
    )
    w.download(
        exports.machine_frame(compare, {"flagged": "flagged_listings"}),
        "certwatch-provider-fees",
        key="fees_csv_providers",
    )


LINK = w.link_column()
VIEWS = {
    "fees_by_level": by_level,
    "fees_by_status": by_status,
    "fee_trend": over_time,
    "fee_outliers": outliers,
    "provider_compare": providers,
}
wanted = st.query_params.get("view", "")
view = st.segmented_control(
    t("page_fees"),
    list(VIEWS),
    format_func=bound(t),
    key="fees_view",
    required=True,
    default=wanted if wanted in VIEWS else "fees_by_level",
    label_visibility="collapsed",
)
if st.query_params.get("view") != view:
    st.query_params["view"] = view
VIEWS[view]()
