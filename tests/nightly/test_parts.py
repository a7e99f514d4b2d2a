"""The nightly job's parts: monitors, the run lock, the nightly settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from certwatch.errors import UsageError
from certwatch.nightly.config import load_nightly_config
from certwatch.nightly.lock import RunLock
from certwatch.nightly.monitors import MonitorConfig, SourceStats, check_source


def failed(stats: SourceStats, config: MonitorConfig) -> set[str]:
    return {r.monitor for r in check_source(stats, config) if not r.ok}


def test_monitors_pass_a_healthy_source_and_fail_a_broken_one() -> None:
    config = MonitorConfig(min_pages=5, min_offers=2, max_error_rate=0.2,
                           min_fill={"fee": 0.5, "issuer": 0.5})
    healthy = SourceStats("school", pages=20, errors=1, offers=4,
                          filled={"fee": 3, "issuer": 2, "title": 4})
    assert failed(healthy, config) == set()
    broken = SourceStats("school", pages=1, errors=1, offers=0, filled={})
    assert failed(broken, config) == {"min_pages", "min_offers", "max_error_rate"}
    unparsed = SourceStats("school", pages=20, errors=0, offers=10, filled={"fee": 1, "issuer": 9})
    assert failed(unparsed, config) == {"fill_fee"}
    message = next(r.message for r in check_source(unparsed, config) if r.monitor == "fill_fee")
    assert message == "fee found on 10% of 10 offers (minimum 50%)"


def _try_lock(path: Path) -> str:
    """Another process tries the lock: "locked" or the refusal it got."""
    script = (
        "import sys; from pathlib import Path; from certwatch.nightly.lock import RunLock, LockHeld\n"
        f"try:\n    RunLock(Path({str(path)!r})).acquire(); print('locked')\n"
        "except LockHeld as exc:\n    print(exc)"
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_lock_refuses_a_second_process_but_not_a_forked_worker_after_death(tmp_path: Path) -> None:
    path = tmp_path / "nightly.lock"
    with RunLock(path):
        refusal = _try_lock(path)
        assert "another nightly run holds" in refusal and '"pid"' in refusal
    assert _try_lock(path) == "locked"
    # a holder killed while a forked child of it lives on leaves no lock behind
    script = (
        "import os, signal, time; from pathlib import Path; from certwatch.nightly.lock import RunLock\n"
        f"RunLock(Path({str(path)!r})).acquire()\n"
        "if os.fork() == 0:\n    time.sleep(30); os._exit(0)\n"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    assert path.read_text(encoding="utf-8")  # the dead holder's pid is still written there
    assert _try_lock(path) == "locked"


def test_nightly_settings_errors_name_file_source_and_field(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[nightly]\nremove_after_runs = 0\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"sources.toml: \[nightly\] remove_after_runs must be"):
        load_nightly_config(path)
    path.write_text(
        '[[source]]\nname = "school"\nstart_urls = ["https://a.example/"]\n'
        '[source.monitors]\nmax_error_rate = 1.5\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r'source "school" \(#1\): field "monitors.max_error_rate"'):
        load_nightly_config(path)
    path.write_text(
        '[nightly]\nretention_days = 30\n[[source]]\nname = "school"\n'
        'start_urls = ["https://a.example/"]\n[source.monitors]\nmin_offers = 3\n'
        '[source.monitors.min_fill]\nfee = 0.6\n', encoding="utf-8")
    config = load_nightly_config(path)
    assert config.retention_days == 30
    assert config.monitors["school"] == MonitorConfig(min_offers=3, min_fill={"fee": 0.6})
