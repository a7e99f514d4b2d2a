"""Who is reviewing: Streamlit's built-in login (OIDC) when configured, else a typed name."""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import t


def auth_configured() -> bool:
    """True when ``.streamlit/secrets.toml`` has an ``[auth]`` section for ``st.login``."""
    try:
        return "auth" in st.secrets
    except Exception:
        return False


def logged_in_name() -> str | None:
    """The signed-in user's name (or e-mail), or None when nobody is signed in."""
    if not auth_configured():
        return None
    try:
        if not st.user.is_logged_in:
            return None
        for claim in ("name", "email", "preferred_username", "sub"):
            value = st.user.get(claim)
            if value:
                return str(value)
    except Exception:
        return None
    return None


def sidebar_login() -> None:
    """Log-in / log-out controls in the sidebar, only when login is configured."""
    if not auth_configured():
        return
    name = logged_in_name()
    if name:
        st.sidebar.text(t("signed_in_as", name=name))
        st.sidebar.button(t("log_out"), on_click=st.logout, key="logout")
    else:
        st.sidebar.button(t("log_in"), on_click=st.login, key="login")
