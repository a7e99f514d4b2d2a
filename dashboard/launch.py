"""Start the dashboard as a subprocess (what ``certwatch dashboard`` calls)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"


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


def environment(db_url: str) -> dict[str, str]:
    """This process's environment with the database set (``CERTWATCH_DB``)."""
    env = dict(os.environ)
    env["CERTWATCH_DB"] = db_url
    env.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    return env


def start(
    db_url: str, port: int = 8501, headless: bool = True, address: str = "127.0.0.1"
) -> subprocess.Popen[bytes]:
    """Start the server and return at once (tests and benchmarks stop it themselves)."""
    return subprocess.Popen(
        command(port, headless, address), env=environment(db_url), cwd=APP.parent.parent
    )


def run(db_url: str, port: int = 8501, headless: bool = True) -> int:
    """Serve the dashboard on 127.0.0.1:``port`` until interrupted; the server's exit code."""
    process = start(db_url, port, headless)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            return process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()
