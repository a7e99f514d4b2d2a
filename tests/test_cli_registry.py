"""`certwatch registry ...` as a user runs it: versions, precise errors, nothing half-imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from certwatch.cli import main
from store.config import DATA_DIR

BUNDLED = DATA_DIR / "registry.csv"


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_each_import_is_a_new_version_and_the_first_stays_listed(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, db_url, "registry", "import", str(BUNDLED))
    assert code == 0 and "as registry version 1" in out
    smaller = tmp_path / "registry-v2.csv"
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    smaller.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, db_url, "registry", "import", str(smaller), "--allow-shrink")
    assert code == 0 and "4 agencies" in out and "version 2" in out
    code, out, _ = run(capsys, db_url, "registry", "list")
    rows = [line.split() for line in out.splitlines()[1:]]
    assert [(r[0], r[-1]) for r in rows] == [("2", "registry-v2.csv"), ("1", "registry.csv")]
    code, out, _ = run(capsys, db_url, "registry", "show", "1")
    assert code == 0 and "DEMO-EVAL-01" in out and "GOV-MOHRSS" in out
    code, out, _ = run(capsys, db_url, "registry", "show", "DEMO-EVAL-01")
    assert code == 0 and "杭州数智职业技能评价有限公司" in out and "registry version 2" in out


def test_bad_row_imports_nothing_and_names_file_and_line(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "registry.csv"
    broken = lines[3].split(",")
    broken[9] = "2024-13-01"  # valid_to
    bad.write_text("\n".join([*lines[:3], ",".join(broken), *lines[4:]]) + "\n", encoding="utf-8")
    code, out, err = run(capsys, sqlite_url, "registry", "import", str(bad))
    assert code == 2
    assert err.strip() == 'certwatch: registry.csv:4: valid_to "2024-13-01" is not a date'
    code, out, _ = run(capsys, sqlite_url, "registry", "list")
    assert "no registry loaded" in out


def test_missing_file_and_unknown_version_are_usage_errors(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    code, _, err = run(capsys, sqlite_url, "registry", "import", "/nonexistent/registry.csv")
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, sqlite_url, "registry", "show", "7")
    assert code == 2 and "no registry version 7" in err


def test_the_bundled_sample_says_it_is_one(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, db_url, "registry", "import", str(BUNDLED))
    assert code == 0 and "sample registry" in err
    code, out, err = run(capsys, db_url, "registry", "list")
    assert "SAMPLE  registry.csv" in out and "SAMPLE" in err
    real = tmp_path / "official.csv"
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    real.write_text("\n".join(line for line in lines if "sample:" not in line) + "\n",
                    encoding="utf-8")
    code, out, err = run(capsys, db_url, "registry", "import", str(real))
    assert code == 0 and "sample" not in err
    code, out, _ = run(capsys, db_url, "registry", "list")
    first = out.splitlines()[1]
    assert "SAMPLE" not in first and first.split()[-1] == "official.csv"


def test_an_import_tells_the_dashboard_to_read_again(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    """The dashboard caches on the store's change counter: a new registry version bumps it,
    so the registry page does not show the old version for the cache's lifetime."""
    from store import summaries
    from store.db import make_engine

    engine = make_engine(db_url)
    with engine.connect() as conn:
        before = summaries.change_counter(conn)
    code, _, _ = run(capsys, db_url, "registry", "import", str(BUNDLED))
    assert code == 0
    with engine.connect() as conn:
        assert summaries.change_counter(conn) > before
    engine.dispose()
