"""The listing page's case file: built by ``certwatch casefile`` in a subprocess.

The case file is the application's job (``certwatch.services.casefile``, the floor above the
dashboard), and it starts a headless browser: running the command in its own process keeps
the dashboard off that floor and Chromium's memory out of the Streamlit server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180  # seconds for the whole command (its rendering has 20 of them)


def build(db_url: str, listing_id: int, timeout: float = TIMEOUT) -> tuple[bytes | None, str]:
    """The case file's ZIP and the command's one-line report, or None and why it failed."""
    with tempfile.TemporaryDirectory(prefix="certwatch-casefile-") as scratch:
        out = Path(scratch) / f"casefile-{listing_id}.zip"
        command = [sys.executable, "-m", "certwatch", "casefile", str(listing_id),
                   "--output", str(out)]
        env = {**os.environ, "CERTWATCH_DB": db_url}  # not on the command line: ps shows it
        try:
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, f"the case file took longer than {timeout:g} s"
        if done.returncode != 0 or not out.is_file():
            lines = (done.stderr or done.stdout).strip().splitlines()
            return None, lines[-1] if lines else f"exit code {done.returncode}"
        return out.read_bytes(), done.stdout.strip()
