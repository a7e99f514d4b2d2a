"""Who may record decisions: roles from configuration, and the dashboard's three modes.

Pure functions, no Streamlit (``dashboard.identity`` feeds them what Streamlit knows):

- **login** — ``[auth]`` is configured for ``st.login`` (OIDC). Only a signed-in user whose
  role is ``reviewer`` or ``admin`` records decisions, under the name the identity gives
  (never a typed one). Anonymous visitors and ``viewer`` users only read.
- **anonymous** — no login, and the operator started the dashboard with
  ``--anonymous-decisions`` (``CERTWATCH_ANONYMOUS_DECISIONS=1``) on a loopback address.
  Anyone who can open the page records decisions under a typed name, stored as
  ``anonymous: <name>`` so the audit trail never passes it off as a verified identity.
- **read-only** — neither: nobody records decisions (the default).

Roles come from a ``[certwatch.roles]`` table (``.streamlit/secrets.toml``)::

    [certwatch.roles]
    admin = ["chief@example.gov.cn"]
    reviewer = ["wang@example.gov.cn", "@audit.example.gov.cn", "group:certwatch-reviewers",
                "sub:5f1c…"]
    viewer = ["intern@example.gov.cn"]
    default = "viewer"        # role of a signed-in user no entry names (default: viewer)
    groups_claim = "groups"   # the ID-token claim that lists a user's groups

An entry is an e-mail address (the ``email`` claim, case-insensitive), ``@domain`` (every
address of that domain), ``sub:<subject>`` (the ``sub`` claim, exactly) or
``group:<name>`` (a member of that group in ``groups_claim``). E-mail entries are ignored
when the provider says ``email_verified = false``. A user named by several entries gets
the highest of their roles.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

VIEWER, REVIEWER, ADMIN = "viewer", "reviewer", "admin"
ROLES = (VIEWER, REVIEWER, ADMIN)  # lowest to highest
DECIDING_ROLES = frozenset({REVIEWER, ADMIN})
ANONYMOUS_PREFIX = "anonymous: "
ANONYMOUS_ENV = "CERTWATCH_ANONYMOUS_DECISIONS"
MAX_REVIEWER = 200  # reviews.reviewer is a VARCHAR(200)

Mode = Literal["login", "anonymous", "read_only"]


class AccessDenied(PermissionError):
    """The caller may not record decisions (message says why)."""


class RolesConfigError(ValueError):
    """The ``[certwatch.roles]`` table is malformed (message says where)."""


@dataclass(frozen=True)
class RolesConfig:
    """Who has which role: entries per role, the default role, the groups claim."""

    entries: Mapping[str, tuple[str, ...]]
    default: str = VIEWER
    groups_claim: str = "groups"


def parse_roles(table: Mapping[str, Any] | None) -> RolesConfig:
    """The ``[certwatch.roles]`` table as a RolesConfig; RolesConfigError when malformed."""
    table = dict(table or {})
    default = str(table.pop("default", VIEWER)).strip().lower()
    if default not in ROLES:
        raise RolesConfigError(f"certwatch.roles.default: {default!r} is not one of {ROLES}")
    groups_claim = str(table.pop("groups_claim", "groups")).strip() or "groups"
    entries: dict[str, tuple[str, ...]] = {}
    for role, listed in table.items():
        if role not in ROLES:
            raise RolesConfigError(f"certwatch.roles.{role}: unknown role (use {', '.join(ROLES)})")
        if isinstance(listed, str) or not isinstance(listed, Iterable):
            raise RolesConfigError(f"certwatch.roles.{role}: expected a list of entries")
        entries[role] = tuple(str(e).strip() for e in listed if str(e).strip())
    return RolesConfig(entries=entries, default=default, groups_claim=groups_claim)


def _groups(claims: Mapping[str, Any], claim: str) -> set[str]:
    value = claims.get(claim)
    if isinstance(value, str):
        return {value}
    if isinstance(value, Iterable):
        return {str(v) for v in value}
    return set()


def _matches(entry: str, claims: Mapping[str, Any], config: RolesConfig) -> bool:
    """True when one configuration entry names the user with these ID-token claims."""
    if entry.startswith("sub:"):
        return bool(claims.get("sub")) and str(claims.get("sub")) == entry[4:]
    if entry.startswith("group:"):
        return entry[6:] in _groups(claims, config.groups_claim)
    email = str(claims.get("email") or "").strip().lower()
    if not email or claims.get("email_verified") is False:
        return False
    if entry.startswith("@"):
        return email.endswith(entry.lower()) and email.count("@") == 1
    return email == entry.lower()


def role_of(claims: Mapping[str, Any], config: RolesConfig) -> str:
    """The role of a signed-in user: the highest role an entry gives, else the default."""
    best: str | None = None
    for role in ROLES:  # lowest to highest, so the last match is the highest
        if any(_matches(entry, claims, config) for entry in config.entries.get(role, ())):
            best = role
    return best if best is not None else config.default


def may_decide(role: str | None) -> bool:
    """True for the roles that record decisions (reviewer, admin)."""
    return role in DECIDING_ROLES


def identity_name(claims: Mapping[str, Any]) -> str:
    """How a signed-in user appears in the audit trail: ``Name <email>`` (or the ``sub``)."""
    name = str(claims.get("name") or claims.get("preferred_username") or "").strip()
    handle = str(claims.get("email") or claims.get("sub") or "").strip()
    if name and handle and name != handle:
        return f"{name} <{handle}>"[:MAX_REVIEWER]
    return (name or handle)[:MAX_REVIEWER]


def is_loopback(address: str | None) -> bool:
    """True when a bind address serves this machine only (unset means every interface)."""
    if not address:
        return False
    if address.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def anonymous_requested(env: Mapping[str, str]) -> bool:
    """True when ``CERTWATCH_ANONYMOUS_DECISIONS`` is set to 1/true/yes/on."""
    return env.get(ANONYMOUS_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Access:
    """What the person looking at the dashboard may do, and why.

    ``reason`` (for the UI) is one of: ``login_reviewer``, ``login_viewer``,
    ``login_needed``, ``anonymous``, ``anonymous_not_loopback``, ``read_only``.
    """

    mode: Mode
    reason: str
    role: str | None = None
    identity: str = ""  # the signed-in user's audit-trail name ("" when none)

    @property
    def may_decide(self) -> bool:
        return self.mode == "anonymous" or (
            self.mode == "login" and bool(self.identity) and may_decide(self.role)
        )

    def reviewer(self, typed_name: str = "") -> str:
        """The name a decision is recorded under; AccessDenied when none may be recorded.

        Signed in: the identity's name, whatever was typed. Anonymous: ``anonymous: <typed
        name>`` (ValueError when nothing was typed).
        """
        if not self.may_decide:
            raise AccessDenied(f"decisions are not allowed here ({self.reason})")
        if self.mode == "login":
            return self.identity
        typed = " ".join((typed_name or "").split())
        if not typed:
            raise ValueError("reviewer: a name is required to record an anonymous decision")
        return (ANONYMOUS_PREFIX + typed)[:MAX_REVIEWER]


def resolve(
    *,
    login_configured: bool,
    claims: Mapping[str, Any] | None,
    roles: RolesConfig,
    anonymous: bool,
    address: str | None,
) -> Access:
    """The access of one visitor.

    ``claims`` are the signed-in user's ID-token claims (None when nobody is signed in);
    ``anonymous`` is the operator's flag; ``address`` the server's bind address. When login
    is configured it alone decides: the anonymous flag never lets an unsigned visitor in.
    """
    if login_configured:
        if not claims:
            return Access("login", "login_needed")
        role = role_of(claims, roles)
        reason = "login_reviewer" if may_decide(role) else "login_viewer"
        return Access("login", reason, role=role, identity=identity_name(claims))
    if anonymous:
        if is_loopback(address):
            return Access("anonymous", "anonymous")
        return Access("read_only", "anonymous_not_loopback")
    return Access("read_only", "read_only")
