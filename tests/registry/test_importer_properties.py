"""Property tests (hypothesis) for the registry importer (docs/contract.md, "Registry CSV").

- Any bytes, and any rows under a valid header, either import or raise ``RegistryFileError``
  (the CLI's "bad input file" error, exit 2) whose message is one line naming the file.
- Valid rows always import, whatever the quoting, line endings, BOM, blank lines, padding,
  column order or extra columns, and come back as written.

Examples are derandomized (tests/conftest.py's "ci" profile): every run checks the same ones.
"""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from registry.importer import (
    KINDS,
    REQUIRED_COLUMNS,
    STATUSES,
    RegistryFileError,
    parse_registry_csv,
)
from registry.records import AgencyRecord

GOOD = ("A1,杭州数智职业技能评价有限公司,数智评价,91330100716105852F,evaluation_org,4-04-05-05,"
        "2|3|4|5,浙江,2021-06-01,,active,https://pjjg.osta.org.cn/")
HEADER = ",".join(REQUIRED_COLUMNS)


def _import(data: bytes) -> list[AgencyRecord] | RegistryFileError:
    """The records, or the RegistryFileError: anything else raised fails the test."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "registry.csv"
        path.write_bytes(data)
        try:
            return parse_registry_csv(path)
        except RegistryFileError as exc:
            message = str(exc)
            assert message.startswith("registry.csv:"), message
            assert len(message.splitlines()) == 1 and len(message) < 400, message
            assert all(len(line.splitlines()) == 1 for line in exc.listing().split("\n"))
            return exc


@settings(max_examples=200)
@given(st.binary(max_size=400))
@example(b"\xff\xfe" + HEADER.encode("utf-16-le"))
@example(HEADER.encode() + b"\n" + b'"' * 3 + b"\x00")
def test_any_bytes_import_or_fail_with_a_one_line_message(data: bytes) -> None:
    _import(data)
    _import(HEADER.encode() + b"\n" + data)


FIELD = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", "*", "|", "1|2", "²", "٣", "4-04-05-05", "2021-06-01", "2024-13-01",
                     "active", "government", "全国", '"', "\n", "\r\n", "\x00", "\u2028",
                     "91330100716105852F", "x" * 200_000]),
)


@settings(max_examples=200)
@given(st.lists(st.lists(FIELD, min_size=0, max_size=14), max_size=4))
@example([[*GOOD.split(",")[:6], "²", *GOOD.split(",")[7:]]])  # int("²") raised ValueError
@example([GOOD.replace("杭州", "x" * 200_000).split(",")])  # csv's field size limit: csv.Error
@example([GOOD.replace("杭州数智", "\n!").split(",")])  # a line break in the message
def test_any_rows_import_or_fail_with_a_one_line_message(rows: list[list[str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REQUIRED_COLUMNS)
    writer.writerows(rows)
    _import(out.getvalue().encode("utf-8", errors="surrogatepass"))


# --- valid rows always import ----------------------------------------------------------------

PREFIX = st.text(alphabet="甲乙丙丁戊己庚辛壬癸天地玄黄宇宙洪荒", min_size=1, max_size=4)
SUFFIX = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(
    [",", '"', "'", "\n", "\r", " ", "\t", "|"]), max_size=8)
USCCS = st.sampled_from(["", "91330100716105852F"])
DAYS = st.integers(0, 20_000)


@st.composite
def valid_row(draw: st.DrawFn, i: int) -> dict[str, str]:
    kind = draw(st.sampled_from(KINDS))
    occupations = draw(st.lists(st.sampled_from(["4-04-05-05", "4-04-05-06", "*"]), unique=True,
                                min_size=0 if kind == "government" else 1, max_size=3))
    levels = draw(st.lists(st.integers(1, 5), unique=True,
                           min_size=0 if kind == "government" else 1, max_size=5))
    start = date(1990, 1, 1) + timedelta(days=draw(DAYS))
    end = start + timedelta(days=draw(DAYS))
    name = f"{draw(PREFIX)}{i}号{draw(SUFFIX).replace('|', '')}".strip()
    aliases = [f"简称{i}之{k}" for k in range(draw(st.integers(0, 3)))]
    return {
        "agency_id": f"A{i}", "name": name, "aliases": "|".join(aliases),
        "uscc": draw(USCCS), "kind": kind, "occupations": "|".join(occupations),
        "levels": "|".join(map(str, levels)), "region": draw(st.sampled_from(["浙江", "全国"])),
        "valid_from": start.isoformat() if draw(st.booleans()) else "",
        "valid_to": end.isoformat() if draw(st.booleans()) else "",
        "status": draw(st.sampled_from(STATUSES)),
        "source_url": draw(st.sampled_from(["", "https://pjjg.osta.org.cn/?a=1,2"])),
    }


@st.composite
def valid_file(draw: st.DrawFn) -> tuple[bytes, list[dict[str, str]]]:
    rows = [draw(valid_row(i)) for i in range(draw(st.integers(1, 6)))]
    columns = list(draw(st.permutations(REQUIRED_COLUMNS)))
    if draw(st.booleans()):
        columns.insert(draw(st.integers(0, len(columns))), "note")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    writer.writerow(columns)
    for row in rows:
        if draw(st.booleans()):
            out.write(draw(st.sampled_from(["\n", "\r\n", ",,,\n", " \n"])))  # blank lines
        pad = draw(st.sampled_from(["", " ", "\t", "  "]))
        writer.writerow([pad + row.get(c, "备注") + pad if row.get(c, "x") else ""
                         for c in columns])
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + out.getvalue().encode("utf-8"), rows


@settings(max_examples=150)
@given(valid_file())
def test_valid_rows_always_import_as_written(case: tuple[bytes, list[dict[str, str]]]) -> None:
    data, rows = case
    records = _import(data)
    assert not isinstance(records, RegistryFileError), str(records)
    assert [r.agency_id for r in records] == [row["agency_id"] for row in rows]
    for record, row in zip(records, rows, strict=True):
        assert record.name == row["name"]
        assert "|".join(record.aliases) == row["aliases"]
        assert record.kind == row["kind"] and record.status == row["status"]
        assert "|".join(record.occupations) == row["occupations"]
        assert record.levels == tuple(sorted(int(x) for x in row["levels"].split("|") if x))
        assert (record.valid_from.isoformat() if record.valid_from else "") == row["valid_from"]
        assert (record.valid_to.isoformat() if record.valid_to else "") == row["valid_to"]
        assert (record.uscc or "") == row["uscc"]
        assert record.source_url == row["source_url"]
