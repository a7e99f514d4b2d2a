"""Review queue: flagged listings by risk, filtered and paged in SQL, state kept in the URL."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from dashboard import exports, filters, flag_help, widgets as w
from dashboard.db import MAX_ROWS, PAGE_SIZE
from dashboard.i18n import (
    bound,
    current_lang,
    decision_label,
    flag_label,
    issuer_status_label,
    region_label,
    severity_label,
    t,
)
from dashboard.urlstate import (
    QueueState,
    cursor_from_params,
    listing_id_query,
    params_from_state,
    state_from_params,
)
from dashboard.views import listing_queries, queue_queries as q

db = w.db()
st.title(t("page_queue"))

url = {name: st.query_params.get_all(name) for name in st.query_params}
wanted = state_from_params(url)


def _clear() -> None:
    for key in [k for k in st.session_state if str(k).startswith("q_")]:
        del st.session_state[key]
    st.query_params.from_dict(w.with_lang({}))
    st.session_state["queue_page_no"] = 1


region_options = ["", *filters.regions(db)]
if wanted.region and wanted.region not in region_options:
    region_options.append(wanted.region)

# the search box: a listing id (digits, the export's listing_id) opens that listing
def _searched() -> None:
    """Digits typed into the search box: remember the id and empty the box (so coming back
    to the queue does not open the listing again)."""
    typed = listing_id_query(st.session_state.get("q_search", ""))
    if typed is not None:
        st.session_state["q_open_id"] = typed
        st.session_state["q_search"] = ""


search = st.text_input(
    t("search_listing"),
    value=wanted.text if listing_id_query(wanted.text) is None else "",
    key="q_search",
    help=t("search_help"),
    on_change=_searched,
)
typed_id = st.session_state.pop("q_open_id", None) or listing_id_query(wanted.text)
if typed_id is not None:
    found = listing_queries.current_id(db, typed_id)
    if listing_queries.listing(db, found) is not None:
        w.open_listing(found)
    st.warning(t("no_listing", id=typed_id))

with st.expander(t("filters"), expanded=True):
    c1, c2, c3, c4 = st.columns(4)
    codes = c1.multiselect(
        t("f_codes"),
        filters.FLAG_CODES,
        default=list(wanted.codes),
        format_func=bound(flag_label),
        key="q_codes",
        placeholder=t("any"),
        help=t("flag_help_caption"),
    )
    if codes:
        for code in codes:
            c1.caption(f"**{flag_label(code)}**", help=flag_help.help_text(code, current_lang()))
    severities = c2.multiselect(
        t("f_severity"),
        filters.SEVERITIES,
        default=list(wanted.severities),
        format_func=bound(severity_label),
        key="q_severity",
        placeholder=t("any"),
    )
    statuses = c3.multiselect(
        t("f_issuer_status"),
        filters.ISSUER_STATUSES,
        default=list(wanted.issuer_statuses),
        format_func=bound(issuer_status_label),
        key="q_istatus",
        placeholder=t("any"),
    )
    review = c4.selectbox(
        t("f_review"),
        filters.REVIEW_STATES,
        index=filters.REVIEW_STATES.index(wanted.review),
        format_func=bound(decision_label),
        key="q_review",
    )
    c1, c2, c3, c4 = st.columns(4)
    issuer = c1.text_input(t("f_issuer"), value=wanted.issuer, key="q_issuer")
    provider = c2.text_input(t("f_provider"), value=wanted.provider, key="q_provider")
    region = c3.selectbox(
        t("f_region"),
        region_options,
        index=region_options.index(wanted.region),
        format_func=bound(region_label),
        key="q_region",
    )
    levels = c4.multiselect(
        t("f_levels"),
        [1, 2, 3, 4, 5],
        default=list(wanted.levels),
        key="q_levels",
        placeholder=t("any"),
    )
    c1, c2, c3, c4 = st.columns(4)
    fee_from = c1.number_input(
        t("f_fee_from"), min_value=0.0, value=wanted.fee_from, step=500.0, key="q_fee_from"
    )
    fee_to = c2.number_input(
        t("f_fee_to"), min_value=0.0, value=wanted.fee_to, step=500.0, key="q_fee_to"
    )
    first_seen = c3.date_input(t("f_first_seen"), value=list(wanted.first_seen), key="q_first_seen")
    last_seen = c4.date_input(t("f_last_seen"), value=list(wanted.last_seen), key="q_last_seen")
    c1, c2 = st.columns([3, 1])
    flagged_only = c1.checkbox(t("f_flagged_only"), value=wanted.flagged_only, key="q_flagged")
    c2.button(t("f_reset"), on_click=_clear, key="q_reset_button")

state = QueueState(
    codes=tuple(codes),
    severities=tuple(severities),
    issuer_statuses=tuple(statuses),
    issuer=issuer,
    provider=provider,
    region=region,
    levels=tuple(levels),
    fee_from=fee_from,
    fee_to=fee_to,
    first_seen=tuple(first_seen),
    last_seen=tuple(last_seen),
    review=review,
    flagged_only=flagged_only,
    text=search,
)
listing_filter = state.to_filter()
params = params_from_state(state)

# A new filter starts at page 1. The page number and the keyset cursor (``after`` / ``before``
# a row's risk and id: queue_queries) live in the URL beside the filters.
if st.session_state.get("queue_filter") != listing_filter:
    first_visit = "queue_filter" not in st.session_state
    st.session_state["queue_filter"] = listing_filter
    url_page = st.query_params.get("page", "1")
    st.session_state["queue_page_no"] = int(url_page) if first_visit and url_page.isdigit() else 1
    st.session_state["queue_cursor"] = (
        cursor_from_params(st.query_params.to_dict()) if first_visit else None)

total = q.queue_count(db, listing_filter)
pages = max(1, math.ceil(total / PAGE_SIZE))
page_no = min(max(1, int(st.session_state.get("queue_page_no", 1))), pages)
st.session_state["queue_page_no"] = page_no
cursor = st.session_state.get("queue_cursor") if page_no > 1 else None
if page_no > 1:
    params["page"] = str(page_no)
    if cursor:
        params[cursor[0]] = f"{cursor[1]}.{cursor[2]}"
st.query_params.from_dict(w.with_lang(params))

frame = q.queue_page(
    db, listing_filter,
    offset=0 if cursor else (page_no - 1) * PAGE_SIZE,  # a link without a cursor: by offset
    after=(cursor[1], cursor[2]) if cursor and cursor[0] == "after" else None,
    before=(cursor[1], cursor[2]) if cursor and cursor[0] == "before" else None,
)
edges = ([int(frame["risk_score"].iloc[i]), int(frame["id"].iloc[i])] for i in (0, -1)
         ) if not frame.empty else iter(([0, 0], [0, 0]))
first_row, last_row = next(edges), next(edges)


def _turn(step: int, edge: list[int]) -> None:
    st.session_state["queue_page_no"] = st.session_state.get("queue_page_no", 1) + step
    st.session_state["queue_cursor"] = ("after" if step > 0 else "before", *edge)


left, middle, right = st.columns([2, 1, 1])
left.markdown(f"**{t('queue_count', n=f'{total:,}')}** · {page_no} / {pages}")
middle.button("◀", on_click=_turn, args=(-1, first_row), disabled=page_no <= 1, key="q_prev",
              width="stretch")
right.button(
    "▶", on_click=_turn, args=(1, last_row), disabled=page_no >= pages or frame.empty,
    key="q_next", width="stretch",
)
rows = w.listing_rows(frame)
columns = {
    "link": t("col_link"),
    "id": t("col_id"),
    "risk_score": t("col_risk"),
    "max_severity": t("col_severity"),
    "title": t("col_title"),
    "provider": t("col_provider"),
    "flag_codes": t("col_codes"),
    "region": t("col_region"),
    "levels": t("col_levels"),
    "fee": t("col_fee"),
    "review": t("col_review"),
    "outcome": t("col_outcome"),
    "first_seen": t("col_first_seen"),
    "last_seen": t("col_last_seen"),
}
if rows.empty:
    st.info(t("no_rows"))
else:
    picked = w.table(
        rows,
        columns,
        column_config=w.link_column(),
        on_select="rerun",
        selection_mode="single-row",
        key="q_table",
    )
    selected = getattr(getattr(picked, "selection", None), "rows", [])
    if selected:
        w.open_listing(int(frame["id"].iloc[selected[0]]))

    def _csv(ids: tuple[int, ...]) -> pd.DataFrame:
        """The listings as the CLI export's columns, in the order shown."""
        return exports.listing_frame(*q.export_rows(db, ids), order=ids)

    c1, c2 = st.columns(2)
    with c1:
        shown_ids = tuple(int(i) for i in frame["id"])
        w.download_later(  # the page's CSV is read and written when clicked
            lambda: _csv(shown_ids), f"certwatch-queue-p{page_no}", key="q_csv_page",
            label=t("download_csv"),
        )
    with c2:
        w.download_later(
            lambda: _csv(
                tuple(int(i) for i in q.queue_page(db, listing_filter, 0, MAX_ROWS)["id"])
            ),
            "certwatch-queue",
            key="q_csv_all",
            label=t("download_all_csv", n=f"{MAX_ROWS:,}"),
        )

    st.subheader(t("open_listing"))
    c1, c2 = st.columns([3, 1])
    with c1:
        chosen = w.listing_choice(frame, key="q_open_choice", label=t("open_listing"))
    c2.markdown("&nbsp;")
    if c2.button(t("open_listing_button"), key="q_open", type="primary") and chosen:
        w.open_listing(chosen)
