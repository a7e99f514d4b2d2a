"""Where the dashboard listens, and who turns anonymous decisions on: `.streamlit/config.toml`
binds `streamlit run` to 127.0.0.1, `certwatch dashboard` only with `--anonymous-decisions`,
`certwatch demo` always, and never on an address beyond this machine."""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

from certwatch import cli, commands
from dashboard import launch

ROOT = Path(__file__).resolve().parents[2]


def test_repo_config_binds_streamlit_run_to_loopback() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"


def test_secrets_stay_out_of_git() -> None:
    assert ".streamlit/secrets.toml" in (ROOT / ".gitignore").read_text().splitlines()


def test_anonymous_decisions_are_refused_off_loopback() -> None:
    launch.check_address("127.0.0.1", anonymous_decisions=True)
    launch.check_address("0.0.0.0", anonymous_decisions=False)  # read-only or login: allowed
    for address in ("0.0.0.0", "::", "192.168.1.10"):
        with pytest.raises(ValueError, match="loopback"):
            launch.start("sqlite://", address=address, anonymous_decisions=True)


def test_only_the_flag_turns_anonymous_decisions_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CERTWATCH_ANONYMOUS_DECISIONS", "1")  # inherited: not enough
    assert "CERTWATCH_ANONYMOUS_DECISIONS" not in launch.environment("sqlite://")
    assert launch.environment("sqlite://", anonymous_decisions=True)[
        "CERTWATCH_ANONYMOUS_DECISIONS"
    ] == "1"


def _parse(argv: list[str]) -> argparse.Namespace:
    return cli.build_parser().parse_args(argv)


def test_dashboard_command_passes_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(
        "certwatch.services.dashboard.run", lambda url, **kw: calls.append(kw) or 0
    )
    monkeypatch.setattr(commands, "engine_for", lambda args: _Engine())
    assert commands.dashboard(_parse(["dashboard", "--port", "8600"])) == 0
    assert commands.dashboard(_parse(["dashboard", "--anonymous-decisions"])) == 0
    assert calls == [
        {"port": 8600, "anonymous_decisions": False},
        {"port": 8501, "anonymous_decisions": True},
    ]


def test_demo_starts_its_dashboard_with_anonymous_decisions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from certwatch.services import demo as demo_service

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(
        "certwatch.services.dashboard.run", lambda url, **kw: calls.append(kw) or 0
    )
    monkeypatch.setattr(commands, "engine_for", lambda args: _Engine())
    monkeypatch.setattr(commands, "print_crawl", lambda stats: None)
    monkeypatch.setattr(demo_service, "crawl_demo_site", lambda engine, progress=None: None)
    monkeypatch.setattr(
        demo_service,
        "demo_summary",
        lambda engine: argparse.Namespace(listings=0, flagged=0, flag_codes=[], riskiest=[]),
    )
    assert commands.demo(_parse(["demo", "--port", "8601"])) == 0
    assert calls == [{"port": 8601, "anonymous_decisions": True}]
    assert "anonymous" in capsys.readouterr().out


class _Engine:
    class url:  # stands in for sqlalchemy's URL
        @staticmethod
        def render_as_string(hide_password: bool = True) -> str:
            return "sqlite://"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> list[str]:
    """The local addresses (hex, as /proc/net/tcp* writes them) listening on ``port``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":  # LISTEN
                found.append(address)
    return found


def _other_address() -> str | None:
    """An address of this machine that is not loopback (None when it has none)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("10.255.255.255", 1))  # no packet is sent
            address = str(sock.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_streamlit_run_from_the_repo_listens_on_loopback_only(tmp_path: Path) -> None:
    """`streamlit run dashboard/app.py` as dashboard/README.md documents it, no flags."""
    port = _free_port()
    env = launch.environment(f"sqlite:///{tmp_path / 'certwatch.db'}")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port",
         str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not _listening(port):
            assert process.poll() is None, "streamlit exited"
            assert time.monotonic() < deadline, "streamlit did not listen within 60 s"
            time.sleep(0.3)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=30) as r:
            assert r.status == 200
        listening = _listening(port)
        assert listening and all(a in {"0100007F", "00000000000000000000000001000000"}
                                 for a in listening), f"listening on {listening}"
        other = _other_address()
        if other is not None:
            with pytest.raises(OSError), socket.create_connection((other, port), timeout=3):
                pass
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
