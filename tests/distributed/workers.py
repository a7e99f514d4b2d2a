"""Start ``certwatch worker`` processes (and other commands) for the distributed tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Politeness off for speed where a test does not measure it (the job carries it to workers).
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "DOWNLOAD_TIMEOUT": 10, "LOG_LEVEL": "INFO"}


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str

    def pages(self) -> int:
        found = re.search(r": (\d+) pages for crawl run", self.stdout)
        return int(found.group(1)) if found else -1


def certwatch(db_url: str, runtime: Path, *args: str) -> subprocess.Popen[str]:
    """``python -m certwatch --db db_url ARGS`` in the background; generated files in runtime."""
    pythonpath = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)
    env = {**os.environ, "CERTWATCH_RUNTIME": str(runtime), "PYTHONPATH": pythonpath}
    return subprocess.Popen([sys.executable, "-m", "certwatch", "--db", db_url, *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def start_workers(db_url: str, runtime: Path, frontier_url: str, count: int,
                  idle_seconds: float = 3) -> list[subprocess.Popen[str]]:
    return [
        certwatch(db_url, runtime, "worker", "--frontier", frontier_url,
                  "--idle-seconds", str(idle_seconds), "--name", f"w{i}")
        for i in range(count)
    ]


def finish(processes: list[subprocess.Popen[str]], timeout: float = 240) -> list[Done]:
    done = []
    for process in processes:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        done.append(Done(process.returncode, out, err))
    return done
