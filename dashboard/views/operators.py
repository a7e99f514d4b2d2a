"""Operators (issue #16): the businesses behind listings, riskiest or largest first, 50 a
page (keyset pages after a button press, LIMIT/OFFSET for a link to page N), each a link
to its page; the page as a formula-safe CSV."""

from __future__ import annotations

import math

import streamlit as st

from dashboard import exports, keyset, widgets as w
from dashboard.db import MAX_ROWS, PAGE_SIZE
from dashboard.fmt import local_time, yuan_range
from dashboard.i18n import EMPTY, bound, flag_label, region_label, t
from dashboard.views import operators_queries as q

db = w.db()
st.title(t("page_operators"))
st.caption(t("operators_intro"))



def _sort_label(sort: str, lang: str | None = None) -> str:
    return t("op_sort_risk" if sort == "risk" else "op_sort_listings", lang=lang)


wanted_sort = st.query_params.get("sort", "risk")
sort = st.radio(
    t("op_sort"),
    q.SORTS,
    index=q.SORTS.index(wanted_sort) if wanted_sort in q.SORTS else 0,
    format_func=bound(_sort_label),
    horizontal=True,
    key="op_sort",
)
if st.session_state.get("op_sorted") != sort:
    first_visit = "op_sorted" not in st.session_state
    st.session_state["op_sorted"] = sort
    url_page = st.query_params.get("page", "1")
    st.session_state["op_page_no"] = int(url_page) if first_visit and url_page.isdigit() else 1

total = q.operator_count(db)
if total == 0:
    st.info(t("no_operators"))
    st.stop()
pages = max(1, math.ceil(total / PAGE_SIZE))
page_no = min(max(1, int(st.session_state.get("op_page_no", 1))), pages)
st.session_state["op_page_no"] = page_no
params: dict[str, str] = {}
if sort != "risk":
    params["sort"] = sort
if page_no > 1:
    params["page"] = str(page_no)
st.query_params.from_dict(w.with_lang(params))


# after a button press the page is read by keyset from the row at the edge of the page before
at = keyset.turn_for(st.session_state, "op_page_no", page_no, sort, PAGE_SIZE)
frame = q.operators_page(db, sort, offset=at.offset, limit=PAGE_SIZE, after=at.after,
                         before=at.before)
columns = q.cursor_columns(sort)


def _turn(step: int, edge: keyset.Cursor | None) -> None:
    keyset.remember(st.session_state, "op_page_no", page_no, sort, step, edge)


left, middle, right = st.columns([2, 1, 1])
left.markdown(f"**{t('op_count', n=f'{total:,}')}** · {page_no} / {pages}")
middle.button("◀", on_click=_turn, args=(-1, keyset.edge(frame, columns, last=False)),
              disabled=page_no <= 1, key="op_prev", width="stretch")
right.button("▶", on_click=_turn, args=(1, keyset.edge(frame, columns, last=True)),
             disabled=page_no >= pages, key="op_next", width="stretch")


shown = frame.assign(
    link=[w.operator_href(i) for i in frame["operator_id"]],
    operator=frame["operator_id"].map(lambda i: str(int(i))),
    brands_text=frame["brands"].map(w.listed),
    domains_text=frame["domains"].map(w.listed),
    regions_text=frame["regions"].map(lambda v: w.listed(v, region_label)),
    flags_text=frame["flags"].map(lambda v: w.listed(v, flag_label)),
    fee=[yuan_range(a, b) or EMPTY for a, b in zip(frame["fee_min"], frame["fee_max"],
                                                   strict=True)],
    first=frame["first_seen"].map(lambda v: local_time(v) or EMPTY),
    last=frame["last_seen"].map(lambda v: local_time(v) or EMPTY),
)
w.table(
    shown,
    {
        "link": t("col_link"),
        "operator": t("col_operator"),
        "risk_score": t("col_risk"),
        "listing_count": t("col_listings"),
        "brands_text": t("col_brands"),
        "domains_text": t("col_domains"),
        "regions_text": t("col_regions"),
        "fee": t("col_fee_range"),
        "flags_text": t("col_codes"),
        "first": t("col_first_seen"),
        "last": t("col_last_seen"),
    },
    column_config=w.link_column(),
)


c1, c2 = st.columns(2)
with c1:
    w.download(exports.operator_frame(frame), f"certwatch-operators-p{page_no}", key="op_csv_page")
with c2:
    w.download_later(
        lambda: exports.operator_frame(q.operators_page(db, sort, 0, MAX_ROWS)),
        "certwatch-operators",
        key="op_csv_all",
        label=t("op_download_all", n=f"{MAX_ROWS:,}"),
    )
