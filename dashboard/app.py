"""The certwatch dashboard: ``streamlit run dashboard/app.py`` (or ``certwatch dashboard``).

The database comes from ``CERTWATCH_DB`` (``store.config.database_url``). Each page is a
script under ``dashboard/views/``; this file only sets up the shell: the language switch,
the login controls and the navigation.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import identity, widgets
from dashboard.fmt import display_zone
from dashboard.i18n import DEFAULT_LANG, LANG_NAMES, LANG_PARAM, LANGS, lang_from_params, t

# The favicon is a file of ours, served by the dashboard itself: a ":material/…" or emoji
# icon makes every visitor's browser fetch it from fonts.gstatic.com or a CDN.
FAVICON = str(Path(__file__).with_name("favicon.png"))
st.set_page_config(page_title="certwatch", page_icon=FAVICON, layout="wide")

# The language lives in the URL (?lang=zh|en): a new session (a reload, a shared link) takes
# it from there; afterwards the sidebar switch decides and is written back to the URL, also
# after a page's own query parameters replaced the URL's (navigation, queue filters).
if LANG_PARAM not in st.session_state:
    st.session_state[LANG_PARAM] = lang_from_params(st.query_params.to_dict()) or DEFAULT_LANG

with st.sidebar:
    st.radio(
        t("language"),
        LANGS,
        format_func=LANG_NAMES.__getitem__,
        horizontal=True,
        key=LANG_PARAM,
    )
if st.query_params.get(LANG_PARAM) != st.session_state[LANG_PARAM]:
    st.query_params[LANG_PARAM] = st.session_state[LANG_PARAM]

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
        st.Page(
            "views/operators.py",
            title=t("page_operators"),
            icon=":material/hub:",
            url_path="operators",
        ),
        st.Page(
            "views/operator.py",
            title=t("page_operator"),
            icon=":material/account_tree:",
            url_path="operator",
        ),
    ],
}

page = st.navigation(PAGES)
identity.sidebar_login()
st.sidebar.caption(t("times_in", zone=str(display_zone())))
widgets.sample_registry_banner()
page.run()
if st.query_params.get(LANG_PARAM) != st.session_state[LANG_PARAM]:  # the page replaced them
    st.query_params[LANG_PARAM] = st.session_state[LANG_PARAM]
