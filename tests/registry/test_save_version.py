"""A registry version is written in bulk (COPY on PostgreSQL, one executemany on SQLite) and
stores what the ORM stored row by row, on both backends; a write that fails keeps nothing of
the new version and loses nothing stored before (issue #15)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from certwatch.cli import main
from certwatch.services.registry import import_registry_file
from registry import versions
from registry.records import AgencyRecord
from store.config import DATA_DIR
from store.db import session_scope
from store.models import Agency, RegistryVersion

BUNDLED = DATA_DIR / "registry.csv"

RECORDS = [
    AgencyRecord("A1", "杭州数智职业技能评价有限公司", aliases=("数智评价", "数智"),
                 uscc="91330100716105852F", occupations=("4-04-05-05", "*"), levels=(2, 3, 5),
                 region="浙江", valid_from=date(2021, 6, 1), source_url="https://a.cn/?q=1,2"),
    AgencyRecord("GOV", "人力资源和社会保障部", kind="government", status="active"),
    AgencyRecord("A3", "名\x00字\ud83d有限公司", aliases=("别\x00名", '引"号\\'), levels=(1,),
                 occupations=("4-04-05-05",), valid_from=date(2020, 1, 1),
                 valid_to=date(2030, 12, 31), status="revoked", source_url="\x00sample:x"),
    # longer than their String(n) columns: cut to fit, as the ORM hook did
    AgencyRecord("B" * 150, "长" * 400, region="区" * 80, kind="other", status="suspended",
                 uscc="91330100716105852F", levels=(4,), occupations=("4-04-05-05",)),
]
COLUMNS = ("agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
           "valid_from", "valid_to", "status", "source_url")


def _orm_save(engine: Engine, records: list[AgencyRecord]) -> int:
    """The version written as before issue #15: one ORM object per agency."""
    with session_scope(engine) as session:
        version = RegistryVersion(file_name="orm.csv", sha256="0" * 64, row_count=len(records))
        session.add(version)
        session.flush()
        session.add_all(
            Agency(version_id=version.id, agency_id=r.agency_id, name=r.name,
                   aliases=list(r.aliases), uscc=r.uscc, kind=r.kind,
                   occupations=list(r.occupations), levels=list(r.levels), region=r.region,
                   valid_from=r.valid_from, valid_to=r.valid_to, status=r.status,
                   source_url=r.source_url)
            for r in records
        )
        return version.id


def _stored(engine: Engine, version_id: int) -> list[tuple[object, ...]]:
    """Each agency's columns as the database holds them (JSON as its text), in id order."""
    cast = ", ".join(f"CAST({c} AS TEXT)" if c in ("aliases", "occupations", "levels") else c
                     for c in COLUMNS)
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(
            text(f"SELECT {cast} FROM agencies WHERE version_id = :v ORDER BY id"),
            {"v": version_id})]


def test_bulk_write_stores_what_the_orm_stored(engine: Engine) -> None:
    by_orm = _orm_save(engine, RECORDS)
    with session_scope(engine) as session:
        by_bulk = versions.save_version(session, RECORDS, file_name="bulk.csv",
                                        sha256="1" * 64).id
    assert by_bulk == by_orm + 1
    stored = _stored(engine, by_bulk)
    assert stored == _stored(engine, by_orm)
    assert len(stored) == 4
    assert stored[2][1] == "名字\ufffd有限公司" and stored[2][2] == '["别名", "引\\"号\\\\"]'
    assert (len(stored[3][0]), len(stored[3][1]), len(stored[3][7])) == (100, 300, 50)
    with session_scope(engine) as session:
        assert versions.load_records(session, by_bulk) == versions.load_records(session, by_orm)
        ids = session.scalars(select(Agency.id).where(Agency.version_id == by_bulk)).all()
        assert len(set(ids)) == 4  # the database numbered them


def test_an_empty_version_writes_no_agency(engine: Engine) -> None:
    with session_scope(engine) as session:
        version = versions.save_version(session, [], file_name="empty.csv", sha256="2" * 64)
        assert version.row_count == 0
    assert _stored(engine, version.id) == []


def test_a_write_that_fails_keeps_nothing_new_and_loses_nothing(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, rows = import_registry_file(engine, BUNDLED)
    real = versions.insert_rows

    def fails_after_writing(*args: object, **kwargs: object) -> int:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("the connection dropped")

    monkeypatch.setattr(versions, "insert_rows", fails_after_writing)
    with pytest.raises(RuntimeError):
        import_registry_file(engine, BUNDLED)
    with session_scope(engine) as session:
        assert session.scalars(select(RegistryVersion.id)).all() == [first]
        assert session.scalar(select(func.count(Agency.id))) == rows


def test_a_large_file_with_one_bad_row_imports_nothing(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    """5,000 good rows and a bad USCC on the last one: exit 2 naming file and line; the
    version stored before is still the only one, whole."""
    assert main(["--db", db_url, "registry", "import", str(BUNDLED)]) == 0
    header = BUNDLED.read_text(encoding="utf-8").splitlines()[0]
    lines = [header] + [
        f"R{i},杭州乙{i}号职业技能评价有限公司,,,evaluation_org,4-04-05-05,3|4|5,浙江,"
        f"2021-06-01,,active,https://pjjg.osta.org.cn/{i}" for i in range(5000)]
    lines[-1] = lines[-1].replace(",,,evaluation_org", ",,91330100716105852G,evaluation_org")
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db_url, "registry", "import", str(big)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith('certwatch: big.csv:5001: uscc "91330100716105852G" check character')
    assert main(["--db", db_url, "registry", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()[1:]
    assert len(listed) == 1 and listed[0].split()[0] == "1"
    lines[-1] = lines[-1].replace("91330100716105852G", "91330100716105852F")
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--db", db_url, "registry", "import", str(big)]) == 0
    assert "imported 5000 agencies" in capsys.readouterr().out
