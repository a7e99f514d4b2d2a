"""Start the dashboard as a subprocess (what ``certwatch dashboard`` calls).

It always binds an address given here (127.0.0.1 unless a caller says otherwise). Anonymous
decisions (``anonymous_decisions=True``, ``CERTWATCH_ANONYMOUS_DECISIONS=1`` for the app)
are refused on an address that is not loopback: anyone who can reach such a server could
record decisions under any name.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dashboard.access import ANONYMOUS_ENV, is_loopback

APP = Path(__file__).resolve().parent / "app.py"
ROOT = APP.parent.parent


def command(port: int = 8501, headless: bool = True, address: str = "127.0.0.1") -> list[str]:
    """The ``python -m streamlit run`` command line for the app."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.headless",
        "true" if headless else "false",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
        "--client.toolbarMode",
        "viewer",
    ]


def environment(db_url: str, anonymous_decisions: bool = False) -> dict[str, str]:
    """This process's environment with the database set (``CERTWATCH_DB``) and anonymous
    decisions on only when asked for (an inherited ``CERTWATCH_ANONYMOUS_DECISIONS`` is
    dropped: the flag has to be given each time)."""
    env = dict(os.environ)
    env["CERTWATCH_DB"] = db_url
    env.pop(ANONYMOUS_ENV, None)
    if anonymous_decisions:
        env[ANONYMOUS_ENV] = "1"
    env.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    return env


def check_address(address: str, anonymous_decisions: bool) -> None:
    """ValueError when anonymous decisions would be served beyond this machine."""
    if anonymous_decisions and not is_loopback(address):
        raise ValueError(
            f"anonymous decisions are only allowed on a loopback address, not {address!r}: "
            "configure login (dashboard/README.md) to serve decisions to other machines"
        )


def start(
    db_url: str,
    port: int = 8501,
    headless: bool = True,
    address: str = "127.0.0.1",
    *,
    anonymous_decisions: bool = False,
    cwd: Path | None = None,
) -> subprocess.Popen[bytes]:
    """Start the server and return at once (tests and benchmarks stop it themselves).

    ``cwd`` is where Streamlit looks for ``.streamlit/secrets.toml`` (login, roles); the
    project root by default.
    """
    check_address(address, anonymous_decisions)
    return subprocess.Popen(
        command(port, headless, address),
        env=environment(db_url, anonymous_decisions),
        cwd=cwd or ROOT,
    )


def run(
    db_url: str, port: int = 8501, headless: bool = True, *, anonymous_decisions: bool = False
) -> int:
    """Serve the dashboard on 127.0.0.1:``port`` until interrupted; the server's exit code."""
    process = start(db_url, port, headless, anonymous_decisions=anonymous_decisions)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            return process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()
