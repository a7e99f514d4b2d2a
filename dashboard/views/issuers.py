"""Issuers and providers: every advertised issuer name with its match status and who uses
it; providers and the issuers they name; the registry versions and their agencies."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import exports, keyset, widgets as w
from dashboard.db import PAGE_SIZE
from dashboard.filters import ISSUER_STATUSES, ListingFilter
from dashboard.fmt import local_time
from dashboard.i18n import (
    EMPTY,
    agency_kind_label,
    agency_status_label,
    bound,
    issuer_status_label,
    t,
)
from dashboard.views import issuers_queries as q, queue_queries

db = w.db()
st.title(t("page_issuers"))

SECTIONS = ("issuer_names", "providers_title", "registry_title")
wanted = st.query_params.get("view", "")
section = st.segmented_control(
    t("page_issuers"),
    SECTIONS,
    format_func=bound(t),
    key="iss_section",
    required=True,
    default=wanted if wanted in SECTIONS else SECTIONS[0],
    label_visibility="collapsed",
)
if st.query_params.get("view") != section:
    st.query_params["view"] = section


def _page_no(key: str, total: int) -> tuple[int, int]:
    """The page shown of a list of ``total`` rows (kept in the session) and how many."""
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page_no = min(max(1, int(st.session_state.get(key, 1))), pages)
    st.session_state[key] = page_no
    return page_no, pages


def _pager(key: str, total: int, scope: object, read: Callable[[keyset.Turn], pd.DataFrame],
           cursor: tuple[str, ...]) -> pd.DataFrame:
    """Previous/next buttons over ``total`` rows and the page shown, read by keyset after a
    button press (``dashboard.keyset``) and by OFFSET otherwise."""
    page_no, pages = _page_no(key, total)
    frame = read(keyset.turn_for(st.session_state, key, page_no, scope, PAGE_SIZE))
    first, last = keyset.edge(frame, cursor, last=False), keyset.edge(frame, cursor, last=True)

    def turn(step: int, edge: keyset.Cursor | None) -> None:
        keyset.remember(st.session_state, key, page_no, scope, step, edge)

    c1, c2, c3 = st.columns([2, 1, 1])
    c1.caption(f"{total:,} · {page_no} / {pages}")
    c2.button(
        "◀", on_click=turn, args=(-1, first), disabled=page_no <= 1, key=f"{key}_prev",
        width="stretch"
    )
    c3.button(
        "▶", on_click=turn, args=(1, last), disabled=page_no >= pages, key=f"{key}_next",
        width="stretch"
    )
    return frame


st.subheader(t(section))
if section == "issuer_names":
    c1, c2 = st.columns(2)
    search = c1.text_input(t("search"), key="iss_search")
    statuses = tuple(
        c2.multiselect(
            t("f_issuer_status"),
            ISSUER_STATUSES,
            format_func=bound(issuer_status_label),
            key="iss_status",
            placeholder=t("any"),
        )
    )
    names = _pager(
        "iss_page", q.issuer_name_count(db, search, statuses), (search, statuses),
        lambda at: q.issuer_names(db, search, statuses, offset=at.offset, limit=PAGE_SIZE,
                                  after=at.after, before=at.before),
        q.ISSUER_CURSOR,
    )
    if names.empty:
        st.info(t("no_rows"))
    else:
        shown = names.assign(status=names["status"].map(issuer_status_label))
        w.table(
            shown,
            {
                "mention": t("col_mention"),
                "status": t("col_status"),
                "agency_id": t("col_agency"),
                "matched_name": t("col_matched"),
                "score": t("col_score"),
                "listings": t("col_listings"),
            },
        )
        w.download(
            exports.machine_frame(names, {"mention": "issuer", "status": "issuer_status"}),
            "certwatch-issuers",
            key="iss_csv",
        )
        st.subheader(t("issuer_detail"))
        mention = st.selectbox(
            t("col_mention"), list(dict.fromkeys(names["mention"])), key="iss_pick"
        )
        if mention:
            w.link_to_queue(f"{t('listings_using')}: {mention}", issuer=mention, flagged="0")
            c1, c2 = st.columns(2)
            with c1:
                st.caption(t("providers_using"))
                users = q.issuer_providers(db, mention)
                w.table(
                    users,
                    {
                        "provider": t("col_provider"),
                        "listings": t("col_listings"),
                        "max_risk": t("col_max_risk"),
                    },
                )
            with c2:
                st.caption(t("listings_using"))
                using = queue_queries.queue_page(
                    db, ListingFilter(issuer=mention, flagged_only=False), 0, 100
                )
                w.table(
                    w.listing_rows(using),
                    {
                        "link": t("col_link"),
                        "id": t("col_id"),
                        "risk_score": t("col_risk"),
                        "title": t("col_title"),
                        "provider": t("col_provider"),
                    },
                    column_config=w.link_column(),
                )

elif section == "providers_title":
    search = st.text_input(t("search"), key="prov_search")
    table = _pager(
        "prov_page", q.provider_count(db, search), search,
        lambda at: q.providers(db, search, offset=at.offset, limit=PAGE_SIZE, after=at.after,
                               before=at.before),
        q.PROVIDER_CURSOR,
    )
    if table.empty:
        st.info(t("no_rows"))
    else:
        w.table(
            w.money(table, "fee_min", "fee_max"),
            {
                "provider": t("col_provider"),
                "listings": t("col_listings"),
                "flagged": t("col_flagged"),
                "max_risk": t("col_max_risk"),
                "fee_min": t("col_fee_min"),
                "fee_max": t("col_fee_max"),
            },
        )
        w.download(
            exports.machine_frame(table, {"flagged": "flagged_listings"}),
            "certwatch-providers",
            key="prov_csv",
        )
        chosen = st.selectbox(t("pick_provider"), list(table["provider"]), key="prov_pick")
        if chosen:
            w.link_to_queue(f"{t('page_queue')}: {chosen}", provider=chosen, flagged="0")
            st.caption(t("provider_issuers"))
            used = q.provider_issuers(db, chosen)
            w.table(
                used.assign(status=used["status"].map(issuer_status_label)),
                {
                    "mention": t("col_mention"),
                    "status": t("col_status"),
                    "listings": t("col_listings"),
                },
            )

else:
    versions = q.registry_versions(db)
    if versions.empty:
        st.info(t("no_registry"))
    else:
        shown = versions.assign(
            imported_at=versions["imported_at"].map(lambda v: local_time(v) or EMPTY),
            sample=versions["sample"].map(
                lambda v: t("sample_version") if int(v or 0) else t("official_version")
            ),
        )
        w.table(
            shown,
            {
                "id": t("col_id"),
                "sample": t("col_sample"),
                "file_name": t("col_file"),
                "sha256": "sha256",
                "imported_at": t("col_imported"),
                "row_count": t("col_listings"),
                "agencies": t("col_agencies"),
            },
        )
        samples = {int(v) for v, s in zip(versions["id"], versions["sample"], strict=True) if s}
        c1, c2 = st.columns(2)
        version = c1.selectbox(
            t("pick_version"),
            [int(v) for v in versions["id"]],
            format_func=lambda v: f"#{v}" + (f" · {t('sample_version')}" if v in samples else ""),
            key="reg_version",
        )
        search = c2.text_input(t("search"), key="reg_search")
        st.caption(t("agencies_title"))
        agencies = q.agencies(db, version, search)
        if agencies.empty:
            st.caption(t("no_rows"))
        else:
            shown = agencies.assign(
                aliases=agencies["aliases"].map(lambda a: " | ".join(map(str, a or []))),
                occupations=agencies["occupations"].map(lambda a: " | ".join(map(str, a or []))),
                levels=agencies["levels"].map(lambda a: ", ".join(map(str, a or []))),
                status=agencies["status"].map(agency_status_label),
                kind=agencies["kind"].map(agency_kind_label),
                valid=[
                    f"{a or '…'} – {b or '…'}"
                    for a, b in zip(agencies["valid_from"], agencies["valid_to"], strict=True)
                ],
            )
            w.table(
                shown,
                {
                    "agency_id": t("col_agency"),
                    "name": t("col_name"),
                    "aliases": t("col_aliases"),
                    "kind": t("col_kind"),
                    "occupations": t("col_occupations"),
                    "levels": t("col_levels"),
                    "region": t("col_region"),
                    "valid": t("col_valid"),
                    "status": t("col_status"),
                    "source_url": t("col_source"),
                },
            )
            w.download(  # the registry CSV's own columns (docs/contract.md)
                exports.machine_frame(agencies),
                f"certwatch-registry-v{version}",
                key="reg_csv",
            )
