"""One operator (issue #16): its facts, its listings (links to their pages), the identifiers
that tie them with the words around each on every page, its events, and its network drawn
as a graph. Opened as ``/operator?operator=<id>``; an id merged into another opens the
surviving operator. Scraped text is only ever shown as text."""

from __future__ import annotations

import streamlit as st

from dashboard import network, widgets as w
from dashboard.fmt import local_time, yuan_range
from dashboard.i18n import (
    EMPTY,
    cell,
    flag_label,
    identifier_kind_label,
    operator_event_label,
    region_label,
    t,
)
from dashboard.views import operators_queries as q

OPERATORS_PAGE = "views/operators.py"

db = w.db()
st.title(t("page_operator"))
st.page_link(OPERATORS_PAGE, label=t("back_to_operators"), icon=":material/arrow_back:",
             query_params=w.with_lang({}))

raw_id = (st.query_params.get("operator") or "").strip()
if raw_id.isdigit() and st.session_state.get("operator_url_id") != raw_id:
    st.session_state["operator_url_id"] = raw_id  # a new address wins over the old input
    st.session_state["operator_id_input"] = int(raw_id)
chosen = st.number_input(t("operator_id"), min_value=1, step=1, value=None,
                         key="operator_id_input")
if chosen is None:
    st.info(t("pick_operator"))
    st.stop()
asked = int(chosen)
operator_id = q.current_operator(db, asked)
if operator_id is None:
    st.warning(t("no_operator", id=asked))
    st.stop()
if operator_id != asked:  # merged into another: the old id leads to the surviving one
    st.info(t("operator_merged", old=asked, new=operator_id))
if st.query_params.get("operator") != str(operator_id):
    st.query_params.from_dict(w.with_lang({"operator": str(operator_id)}))
st.session_state["operator_url_id"] = str(operator_id)

item = q.operator(db, operator_id)
if item is None:
    st.warning(t("no_operator", id=operator_id))
    st.stop()


# ---------------------------------------------------------------- facts
st.subheader(t("operator_heading", id=operator_id))
if not item["listing_count"]:
    st.warning(t("operator_gone", id=operator_id))
w.facts(
    [
        (t("operator_id"), str(operator_id)),
        (t("col_listings"), cell(item["listing_count"])),
        (t("col_risk"), cell(item["risk_score"])),
        (t("col_brands"), w.listed(item.get("brands"))),
        (t("col_domains"), w.listed(item.get("domains"))),
        (t("col_regions"), w.listed(item.get("regions"), region_label)),
        (t("col_fee_range"), yuan_range(item["fee_min"], item["fee_max"])),
        (t("col_codes"), w.listed(item.get("flags"), flag_label)),
        (t("col_first_seen"), local_time(item["first_seen"])),
        (t("col_last_seen"), local_time(item["last_seen"])),
        (t("col_created"), local_time(item["created_at"])),
        (t("col_updated"), local_time(item["updated_at"])),
    ]
)

listings = q.operator_listings(db, operator_id)
ties = q.operator_ties(db, operator_id)

# ---------------------------------------------------------------- network
st.subheader(t("op_network_title"))
st.caption(t("op_network_help"))
graph = network.build(ties, listings, identifier_kind_label)
if graph.capped:
    st.warning(t("op_network_capped", total=graph.total_nodes, shown=len(graph.nodes),
                 cap=network.MAX_NODES))
if graph.nodes.empty:
    st.caption(t("op_no_ties"))
else:
    st.altair_chart(
        network.chart(graph, t("op_node_kind"), identifier_kind_label), width="stretch",
        key="op_network",
    )

# ---------------------------------------------------------------- listings
st.subheader(t("op_listings_title"))
rows = w.listing_rows(listings)
if rows.empty:
    st.info(t("no_rows"))
else:
    w.table(
        rows,
        {
            "link": t("col_link"),
            "id": t("col_id"),
            "risk_score": t("col_risk"),
            "max_severity": t("col_severity"),
            "title": t("col_title"),
            "provider": t("col_provider"),
            "site": t("col_domains"),
            "region": t("col_region"),
            "fee": t("col_fee"),
            "flag_codes": t("col_codes"),
            "first_seen": t("col_first_seen"),
            "last_seen": t("col_last_seen"),
        },
        column_config=w.link_column(),
    )

# ---------------------------------------------------------------- identifiers
st.subheader(t("op_ties_title"))
st.caption(t("op_ties_help"))
if ties.empty:
    st.info(t("op_no_ties"))
else:
    shown = ties.assign(
        kind=ties["kind"].map(identifier_kind_label),
        link=[w.listing_href(i) for i in ties["listing_id"]],
        listing=ties["listing_id"].map(lambda i: str(int(i))),
        seen_at=ties["seen_at"].map(lambda v: local_time(v) or EMPTY),
    )
    w.table(
        shown,
        {
            "kind": t("col_kind"),
            "value": t("col_identifier"),
            "listings": t("col_tie_listings"),
            "link": t("col_link"),
            "listing": t("col_id"),
            "evidence": t("col_evidence"),
            "seen_at": t("col_time"),
        },
        column_config=w.link_column(),
    )

# ---------------------------------------------------------------- events
st.subheader(t("op_events_title"))
events = q.operator_events(db, operator_id)
if events.empty:
    st.caption(t("op_no_events"))
else:
    shown = events.assign(
        at=events["at"].map(lambda v: local_time(v) or EMPTY),
        kind=events["kind"].map(operator_event_label),
        operator=events["operator_id"].map(lambda v: cell(None if v != v else int(v))),
        other=events["other_operator_id"].map(
            lambda v: EMPTY if v is None or v != v else str(int(v))
        ),
    )
    w.table(
        shown,
        {
            "at": t("col_time"),
            "kind": t("col_event"),
            "operator": t("col_operator"),
            "other": t("col_other_operator"),
        },
    )
