"""Who is looking, and may they decide: Streamlit's login (OIDC), the roles in
``[certwatch.roles]`` and the operator's anonymous-decisions flag, fed to
``dashboard.access.resolve`` (the rules themselves live there, free of Streamlit)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import streamlit as st

from dashboard.access import (
    Access,
    RolesConfig,
    RolesConfigError,
    anonymous_requested,
    parse_roles,
    resolve,
)
from dashboard.i18n import t


def auth_configured() -> bool:
    """True when ``.streamlit/secrets.toml`` has an ``[auth]`` section for ``st.login``."""
    try:
        return "auth" in st.secrets
    except Exception:
        return False


def roles_config() -> RolesConfig:
    """``[certwatch.roles]`` from the secrets; nobody decides when it is malformed."""
    try:
        section = st.secrets.get("certwatch", {})
        table = section.get("roles", {}) if isinstance(section, Mapping) else {}
    except Exception:
        table = {}
    try:
        return parse_roles(table)
    except RolesConfigError as exc:
        st.sidebar.error(t("roles_config_error", error=exc))
        return RolesConfig(entries={}, default="viewer")


def claims() -> dict[str, Any] | None:
    """The signed-in user's ID-token claims, or None when nobody is signed in."""
    if not auth_configured():
        return None
    try:
        if not st.user.is_logged_in:
            return None
        return {k: v for k, v in st.user.to_dict().items() if k != "tokens"}
    except Exception:
        return None


def current_access() -> Access:
    """What this session may do (see ``dashboard.access``)."""
    return resolve(
        login_configured=auth_configured(),
        claims=claims(),
        roles=roles_config(),
        anonymous=anonymous_requested(os.environ),
        address=st.get_option("server.address"),
    )


def sidebar_login() -> None:
    """Log-in / log-out controls and the session's role or mode in the sidebar."""
    access = current_access()
    if access.mode == "anonymous":
        st.sidebar.warning(t("anonymous_mode"))
    if access.mode != "login":
        return
    if access.identity:
        st.sidebar.text(t("signed_in_as", name=access.identity))
        st.sidebar.caption(t("your_role", role=t(f"role_{access.role}")))
        if access.role == "admin":
            _roles_overview(roles_config())
        st.sidebar.button(t("log_out"), on_click=st.logout, key="logout")
    else:
        st.sidebar.button(t("log_in"), on_click=st.login, key="login")


def _roles_overview(config: RolesConfig) -> None:
    """For admins: who has which role, as configured (entries are shown as text)."""
    with st.sidebar.expander(t("access_config")):
        for role in ("admin", "reviewer", "viewer"):
            entries = config.entries.get(role, ())
            st.caption(t(f"role_{role}"))
            st.text("\n".join(entries) or "-")
        st.caption(t("access_default_role", role=t(f"role_{config.default}")))
