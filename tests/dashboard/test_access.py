"""dashboard.access: roles from configuration, who may decide, and under which name."""

from __future__ import annotations

import pytest

from dashboard.access import (
    Access,
    AccessDenied,
    RolesConfigError,
    anonymous_requested,
    identity_name,
    is_loopback,
    may_decide,
    parse_roles,
    resolve,
    role_of,
)

ROLES = parse_roles(
    {
        "admin": ["Chief@Example.gov.cn"],
        "reviewer": ["wang@example.gov.cn", "@audit.example.gov.cn", "group:cw-reviewers",
                     "sub:user-42"],
        "viewer": ["intern@audit.example.gov.cn"],
    }
)


@pytest.mark.parametrize(
    ("claims", "role"),
    [
        ({"sub": "1", "email": "chief@example.gov.cn"}, "admin"),  # case-insensitive
        ({"sub": "2", "email": "wang@example.gov.cn"}, "reviewer"),
        ({"sub": "3", "email": "li@audit.example.gov.cn"}, "reviewer"),  # the domain
        ({"sub": "4", "email": "li@notaudit.example.gov.cn"}, "viewer"),  # not the domain
        ({"sub": "5", "email": "x@example.org", "groups": ["cw-reviewers"]}, "reviewer"),
        ({"sub": "6", "email": "x@example.org", "groups": "cw-reviewers"}, "reviewer"),
        ({"sub": "user-42"}, "reviewer"),
        ({"sub": "user-421"}, "viewer"),
        ({"sub": "7", "email": "stranger@example.org"}, "viewer"),  # not listed: the default
        # listed as viewer and, by domain, as reviewer: the highest role wins
        ({"sub": "8", "email": "intern@audit.example.gov.cn"}, "reviewer"),
        # an address the provider has not verified names nobody
        ({"sub": "9", "email": "wang@example.gov.cn", "email_verified": False}, "viewer"),
        ({"sub": "10", "email": "wang@example.gov.cn", "email_verified": True}, "reviewer"),
    ],
)
def test_role_of_claims(claims: dict[str, object], role: str) -> None:
    assert role_of(claims, ROLES) == role


def test_default_role_and_groups_claim_are_configurable() -> None:
    config = parse_roles({"default": "reviewer", "groups_claim": "roles", "admin": ["group:x"]})
    assert role_of({"sub": "a"}, config) == "reviewer"
    assert role_of({"sub": "a", "roles": ["x"]}, config) == "admin"
    assert role_of({"sub": "a", "groups": ["x"]}, config) == "reviewer"
    assert parse_roles(None).default == "viewer"


@pytest.mark.parametrize(
    "table",
    [{"default": "owner"}, {"superuser": ["a@b.c"]}, {"reviewer": "a@b.c"}],
)
def test_malformed_roles_are_refused(table: dict[str, object]) -> None:
    with pytest.raises(RolesConfigError):
        parse_roles(table)


def test_only_reviewers_and_admins_decide() -> None:
    assert [may_decide(r) for r in ("viewer", "reviewer", "admin", None, "")] == [
        False, True, True, False, False
    ]


def test_the_audit_name_comes_from_the_identity() -> None:
    assert identity_name({"sub": "s", "name": "王芳", "email": "wang@x.cn"}) == "王芳 <wang@x.cn>"
    assert identity_name({"sub": "s", "email": "wang@x.cn"}) == "wang@x.cn"
    assert identity_name({"sub": "s"}) == "s"
    assert identity_name({"sub": "s", "name": "王芳"}) == "王芳 <s>"
    assert len(identity_name({"sub": "s", "name": "x" * 500})) == 200


@pytest.mark.parametrize(
    ("address", "loopback"),
    [("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True), ("::1", True),
     ("[::1]", True), ("0.0.0.0", False), ("", False), (None, False), ("::", False),
     ("192.168.1.10", False), ("example.org", False)],
)
def test_is_loopback(address: str | None, loopback: bool) -> None:
    assert is_loopback(address) is loopback


def test_anonymous_flag_values() -> None:
    assert anonymous_requested({"CERTWATCH_ANONYMOUS_DECISIONS": "1"})
    assert anonymous_requested({"CERTWATCH_ANONYMOUS_DECISIONS": "yes"})
    assert not anonymous_requested({"CERTWATCH_ANONYMOUS_DECISIONS": "0"})
    assert not anonymous_requested({})


def _resolve(**kw: object) -> Access:
    args: dict[str, object] = {
        "login_configured": False, "claims": None, "roles": ROLES, "anonymous": False,
        "address": "127.0.0.1",
    }
    args.update(kw)
    return resolve(**args)  # type: ignore[arg-type]


def test_without_login_or_flag_nobody_decides() -> None:
    access = _resolve()
    assert (access.mode, access.may_decide) == ("read_only", False)
    with pytest.raises(AccessDenied):
        access.reviewer("王芳")


def test_anonymous_decisions_only_on_loopback_and_marked() -> None:
    access = _resolve(anonymous=True)
    assert access.may_decide
    assert access.reviewer("  王  芳 ") == "anonymous: 王 芳"
    with pytest.raises(ValueError, match="name is required"):
        access.reviewer("   ")
    for address in ("0.0.0.0", "", None, "10.0.0.5"):
        off = _resolve(anonymous=True, address=address)
        assert (off.mode, off.reason, off.may_decide) == (
            "read_only", "anonymous_not_loopback", False
        )


def test_with_login_only_signed_in_reviewers_decide_under_their_identity() -> None:
    nobody = _resolve(login_configured=True, anonymous=True)  # the flag opens nothing
    assert (nobody.mode, nobody.reason, nobody.may_decide) == ("login", "login_needed", False)
    viewer = _resolve(login_configured=True, claims={"sub": "v", "email": "v@example.org"})
    assert (viewer.role, viewer.may_decide) == ("viewer", False)
    with pytest.raises(AccessDenied):
        viewer.reviewer("v")
    reviewer = _resolve(
        login_configured=True, claims={"sub": "w", "name": "王", "email": "wang@example.gov.cn"}
    )
    assert (reviewer.role, reviewer.may_decide) == ("reviewer", True)
    assert reviewer.reviewer("someone else typed this") == "王 <wang@example.gov.cn>"
    admin = _resolve(login_configured=True, claims={"sub": "c", "email": "chief@example.gov.cn"})
    assert (admin.role, admin.may_decide) == ("admin", True)
