"""The certwatch dashboard: ``streamlit run dashboard/app.py`` (or ``certwatch dashboard``).

The database comes from ``CERTWATCH_DB`` (``store.config.database_url``). Each page is a
script under ``dashboard/views/``; this file only sets up the shell: the language switch,
the login controls and the navigation.
"""

from __future__ import annotations

import streamlit as st

from dashboard import identity
from dashboard.fmt import display_zone
from dashboard.i18n import LANG_NAMES, LANGS, t

st.set_page_config(page_title="certwatch", page_icon=":material/policy:", layout="wide")

with st.sidebar:
    st.radio(
        t("language"),
        LANGS,
        format_func=LANG_NAMES.__getitem__,
        horizontal=True,
        key="lang",
    )

PAGES = {
    t("section_review"): [
        st.Page(
            "views/overview.py",
            title=t("page_overview"),
            icon=":material/dashboard:",
            url_path="overview",
            default=True,
        ),
        st.Page(
            "views/queue.py", title=t("page_queue"), icon=":material/fact_check:", url_path="queue"
        ),
        st.Page(
            "views/listing.py",
            title=t("page_listing"),
            icon=":material/article:",
            url_path="listing",
        ),
    ],
    t("section_research"): [
        st.Page("views/fees.py", title=t("page_fees"), icon=":material/payments:", url_path="fees"),
        st.Page(
            "views/issuers.py",
            title=t("page_issuers"),
            icon=":material/apartment:",
            url_path="issuers",
        ),
        st.Page("views/runs.py", title=t("page_runs"), icon=":material/history:", url_path="runs"),
    ],
}

page = st.navigation(PAGES)
identity.sidebar_login()
st.sidebar.caption(t("times_in", zone=str(display_zone())))
page.run()
