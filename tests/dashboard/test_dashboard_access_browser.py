"""Access control in a real browser: the dashboard (``dashboard.launch``) with Streamlit's
login against a local OIDC provider (oidc-provider-mock, started here on loopback), roles
from ``[certwatch.roles]``, and the read-only default without login."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, select
from test_dashboard_browser import (  # the helpers of the review-flow browser test
    CHROMIUM,
    CHROMIUM_ARGS,
    OUTPUT,
    free_port,
    serving,
    sync_playwright,
    wait_idle,
)

from store.models import Review

try:
    import httpx
    import oidc_provider_mock
except ImportError:  # pragma: no cover - depends on the machine
    oidc_provider_mock = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`",
    ),
    pytest.mark.skipif(
        sync_playwright is None, reason="playwright is missing: `pip install playwright`"
    ),
    pytest.mark.skipif(
        oidc_provider_mock is None, reason="oidc-provider-mock is missing: `pip install -e .[test]`"
    ),
]

REVIEWER = {"sub": "wang", "email": "wang@audit.example.gov.cn", "name": "王审核"}
VIEWER = {"sub": "zhao", "email": "zhao@example.gov.cn", "name": "赵查看"}
ADMIN = {"sub": "chief", "email": "chief@example.gov.cn", "name": "李主任"}
GROUP_REVIEWER = {"sub": "sun", "email": "sun@example.org", "name": "孙外聘",
                  "groups": ["certwatch-reviewers"]}


@pytest.fixture(scope="module")
def oidc() -> Iterator[str]:
    """A local OpenID provider that knows the test users; its issuer URL."""
    with oidc_provider_mock.run_server_in_thread() as server:
        issuer = f"http://localhost:{server.server_port}"
        for user in (REVIEWER, VIEWER, ADMIN, GROUP_REVIEWER):
            claims = {k: v for k, v in user.items() if k != "sub"}
            response = httpx.put(f"{issuer}/users/{quote(user['sub'])}", json=claims)
            assert response.status_code == 204
        yield issuer


@pytest.fixture
def login_served(fresh, oidc: str, tmp_path: Path) -> Iterator[tuple[str, str, object]]:  # type: ignore[no-untyped-def]
    """The dashboard with login and roles configured in ``.streamlit/secrets.toml`` of the
    directory it is started from, and the anonymous flag given too (login must win)."""
    url, summary = fresh
    port = free_port()
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        f"""
[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "{secrets.token_hex(32)}"
client_id = "certwatch-dashboard"
client_secret = "{secrets.token_hex(16)}"
server_metadata_url = "{oidc}/.well-known/openid-configuration"

[certwatch.roles]
admin = ["chief@example.gov.cn"]
reviewer = ["@audit.example.gov.cn", "group:certwatch-reviewers"]
""",
        encoding="utf-8",
    )
    with serving(url, port=port, cwd=tmp_path, anonymous=True) as base:
        yield base, url, summary


def _listing(page, base: str, listing_id: int) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/listing?id={listing_id}")
    page.get_by_text("审核记录", exact=True).wait_for(timeout=30_000)
    wait_idle(page)


def _log_in(page, base: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    """Through the sidebar's 登录 button and the provider's own form, as a person would."""
    page.goto(base)
    wait_idle(page)
    page.get_by_role("button", name="登录").click()
    page.get_by_placeholder("sub").fill(sub)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{base}/**", timeout=30_000)
    page.get_by_text("已登录：").wait_for(timeout=30_000)
    wait_idle(page)


def _reviews(db_url: str, listing_id: int) -> list[tuple[str, str, str]]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(Review.reviewer, Review.decision, Review.note)
            .where(Review.listing_id == listing_id)
            .order_by(Review.id)
        ).all()
    engine.dispose()
    return [(r[0], r[1], r[2]) for r in rows]


def _decide_first_flag(page, choice: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    """Decide the listing's first flag in its own form."""
    form = page.locator("[data-testid='stForm']").first
    form.get_by_text(choice, exact=True).click()
    form.get_by_label("理由").fill(reason)
    form.get_by_role("button", name="记录决定").click()


def _browser(pw):  # type: ignore[no-untyped-def]
    return pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def test_signed_in_reviewer_decides_under_the_identity(login_served) -> None:  # type: ignore[no-untyped-def]
    base, db_url, summary = login_served
    listing_id = summary.plain_listing_id
    with sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})

        # not signed in: no form, a note saying to log in (the anonymous flag opens nothing)
        _listing(page, base, listing_id)
        page.get_by_text("请先登录").first.wait_for(timeout=30_000)
        assert page.get_by_role("button", name="记录决定").count() == 0
        assert page.get_by_label("审核人姓名").count() == 0

        _log_in(page, base, REVIEWER["sub"])
        assert page.get_by_text("角色：审核员").count() == 1
        _listing(page, base, listing_id)
        identity = "王审核 <wang@audit.example.gov.cn>"
        page.get_by_text(f"将以此身份记录：{identity}").wait_for(timeout=30_000)
        assert page.get_by_label("审核人姓名").count() == 0, "no name field to type into"
        _decide_first_flag(page, "确认属实", "登录后记录")
        page.get_by_text(f"已记录：确认属实（{identity}）").wait_for(timeout=30_000)
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "dashboard-login-reviewer.png"), full_page=True)

        # logged out again: read-only for this browser
        # (Streamlit drops its cookie, then sends the browser to the provider's end-session
        # page, which in the mock is a page of its own)
        page.get_by_role("button", name="退出登录").click()
        page.wait_for_url("**/end_session**", timeout=30_000)
        _listing(page, base, listing_id)
        page.get_by_text("请先登录").wait_for(timeout=30_000)
        browser.close()
    assert _reviews(db_url, listing_id) == [(identity, "confirmed", "登录后记录")]


def test_a_group_member_reviews_and_an_admin_sees_the_roles(login_served) -> None:  # type: ignore[no-untyped-def]
    base, db_url, summary = login_served
    listing_id = summary.plain_listing_id
    with sync_playwright() as pw:
        browser = _browser(pw)
        for user, role in ((GROUP_REVIEWER, "审核员"), (ADMIN, "管理员")):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            _log_in(page, base, user["sub"])
            assert page.get_by_text(f"角色：{role}").count() == 1
            _listing(page, base, listing_id)
            _decide_first_flag(page, "排除", f"{role}核查")
            page.get_by_text(f"（{user['name']} <{user['email']}>）").wait_for(timeout=30_000)
            if user is ADMIN:
                page.get_by_text("访问权限配置").click()
                page.get_by_text("@audit.example.gov.cn").wait_for(timeout=30_000)
            context.close()
        browser.close()
    assert [r[0] for r in _reviews(db_url, listing_id)] == [
        "孙外聘 <sun@example.org>", "李主任 <chief@example.gov.cn>"
    ]


def test_signed_in_viewer_gets_no_decision_form(login_served) -> None:  # type: ignore[no-untyped-def]
    base, db_url, summary = login_served
    listing_id = summary.plain_listing_id
    with sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _log_in(page, base, VIEWER["sub"])
        page.get_by_text("角色：查看者（只读）").wait_for(timeout=30_000)
        _listing(page, base, listing_id)
        page.get_by_text("您的角色（查看者）不能记录决定").wait_for(timeout=30_000)
        assert page.get_by_role("button", name="记录决定").count() == 0
        assert page.get_by_label("审核人姓名").count() == 0
        browser.close()
    assert _reviews(db_url, listing_id) == []


def test_without_login_or_flag_the_dashboard_is_read_only(fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db_url, summary = fresh
    listing_id = summary.plain_listing_id
    with serving(db_url, cwd=tmp_path) as base, sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _listing(page, base, listing_id)
        page.get_by_text("本看板为只读模式").wait_for(timeout=30_000)
        assert page.get_by_role("button", name="记录决定").count() == 0
        assert page.get_by_label("审核人姓名").count() == 0
        assert page.get_by_role("button", name="登录").count() == 0  # no login configured
        browser.close()
    assert _reviews(db_url, listing_id) == []
