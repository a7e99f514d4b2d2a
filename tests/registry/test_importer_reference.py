"""The bulk importer decides exactly as the row-by-row one it replaced (issue #15).

``parse_registry_csv`` reads a file in passes (cells, every name normalized in bulk, then the
checks) with memoized checks of repeated cells. ``_reference`` below is the importer as it was
at 545089e: one row at a time, ``normalize_name`` per name. On any file both give the same
records, or the same error: the same first line, column and message, and the same listing of
every bad row's first problem.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from facts.spreadsheet import read_cell
from facts.uscc import uscc_problem
from registry.importer import (
    KINDS,
    REQUIRED_COLUMNS,
    STATUSES,
    RegistryFileError,
    RowProblem,
    _decode,
    _split,
    parse_registry_csv,
)
from registry.normalize import normalize_name
from registry.records import AgencyRecord

# --- the row-by-row importer of 545089e -------------------------------------------------------


class _Bad(Exception):
    def __init__(self, column: str | None, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


def _date(row: dict[str, str], column: str):  # type: ignore[no-untyped-def]
    from datetime import date

    value = row[column]
    if not value:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 10:
        raise _Bad(column, f'{column} "{value}" is not a date')
    return parsed


def _record(row: dict[str, str]) -> AgencyRecord:
    if not row["agency_id"]:
        raise _Bad("agency_id", "agency_id is empty")
    if not row["name"]:
        raise _Bad("name", "name is empty")
    if not normalize_name(row["name"]):
        raise _Bad("name", f'name "{row["name"]}" has no letters or digits')
    kind = row["kind"]
    if kind not in KINDS:
        raise _Bad("kind", f'kind "{kind}" is not one of {", ".join(KINDS)}')
    status = row["status"]
    if status not in STATUSES:
        raise _Bad("status", f'status "{status}" is not one of {", ".join(STATUSES)}')
    codes = _split(row["occupations"])
    if not codes and kind != "government":
        raise _Bad("occupations", "occupations is empty (codes like 4-04-05-05, or *)")
    for code in codes:
        if code != "*" and not re.fullmatch(r"\d-\d{2}-\d{2}-\d{2}", code):
            raise _Bad("occupations", f'occupations "{code}" is not a code like 4-04-05-05 or *')
    parts = _split(row["levels"])
    if not parts and kind != "government":
        raise _Bad("levels", "levels is empty (only government rows may leave it empty)")
    for part in parts:
        if part not in ("1", "2", "3", "4", "5"):
            raise _Bad("levels", f'levels "{row["levels"]}" must be integers 1-5 joined by |')
    levels = tuple(sorted({int(p) for p in parts}))
    if not row["region"]:
        raise _Bad("region", "region is empty (a province or 全国)")
    valid_from, valid_to = _date(row, "valid_from"), _date(row, "valid_to")
    if valid_from and valid_to and valid_from > valid_to:
        raise _Bad("valid_to", f"valid_from {valid_from} is after valid_to {valid_to}")
    uscc = row["uscc"].upper() or None
    if uscc and (problem := uscc_problem(uscc)):
        raise _Bad("uscc", f'uscc "{row["uscc"]}" {problem}')
    return AgencyRecord(
        agency_id=row["agency_id"], name=row["name"], aliases=_split(row["aliases"]), uscc=uscc,
        kind=kind, occupations=codes, levels=levels, region=row["region"],  # type: ignore[arg-type]
        valid_from=valid_from, valid_to=valid_to, status=status,  # type: ignore[arg-type]
        source_url=row["source_url"],
    )


def _reference(path: Path) -> list[AgencyRecord]:
    reader = csv.reader(io.StringIO(_decode(path), newline=""))
    try:
        header = next(reader, None)
        if not header:
            raise RegistryFileError(path, 1, "empty file, expected a header row: "
                                    + ",".join(REQUIRED_COLUMNS))
        header = [column.strip() for column in header]
        missing = [column for column in REQUIRED_COLUMNS if column not in header]
        if missing:
            raise RegistryFileError(path, 1, f"missing columns: {', '.join(missing)}")
        records: list[AgencyRecord] = []
        problems: list[RowProblem] = []
        id_lines: dict[str, int] = {}
        name_lines: dict[str, tuple[str, int]] = {}
        end_of_previous = reader.line_num
        for fields in reader:
            line, end_of_previous = end_of_previous + 1, reader.line_num
            if not any(field.strip() for field in fields):
                continue
            try:
                if len(fields) > len(header):
                    raise _Bad(None, f"{len(fields)} fields, the header has {len(header)}")
                row = {column: (read_cell(fields[i].strip()) if i < len(fields) else "")
                       for i, column in enumerate(header)}
                record = _record(row)
                if record.agency_id in id_lines:
                    raise _Bad("agency_id", f'agency_id "{record.agency_id}" repeats line '
                               f"{id_lines[record.agency_id]}")
                keys = {normalize_name(t): t for t in (record.name, *record.aliases)}
                for key, text in keys.items():
                    if key in name_lines:
                        other, other_line = name_lines[key]
                        column = "name" if text == record.name else "aliases"
                        raise _Bad(column, f'{column} "{text}" is the same name as "{other}" on '
                                   f"line {other_line} (after normalization)")
                for key, text in keys.items():
                    if key:
                        name_lines[key] = (text, line)
            except _Bad as problem:
                problems.append(RowProblem(line, problem.column, problem.message))
                continue
            id_lines[record.agency_id] = line
            records.append(record)
    except csv.Error as exc:
        reason = str(exc)
        if "field limit" in reason:
            reason = f"a cell longer than {csv.field_size_limit():,} characters"
        raise RegistryFileError(path, max(reader.line_num, 1),
                                f"unreadable CSV row: {reason}") from None
    if problems:
        first = problems[0]
        raise RegistryFileError(path, first.line, first.message, first.column, tuple(problems))
    return records


# --- both on the same files --------------------------------------------------------------------

GOOD = ["A1", "杭州数智职业技能评价有限公司", "数智评价", "91330100716105852F", "evaluation_org",
        "4-04-05-05", "2|3|4|5", "浙江", "2021-06-01", "", "active", "https://pjjg.osta.org.cn/"]
CELL = st.one_of(
    st.text(max_size=12),
    st.text(alphabet="杭州數智评價（）()【】 -_·公司有限责任颁发国际ａＡ１1'\u3000\x00", max_size=14),
    st.sampled_from([
        "", "*", "|", "1|2", "2|2|5", "²", "4-04-05-05", "4-04-05-05|*", "4-04-5-05",
        "2021-06-01", "2024-13-01", "20210601", "2020-01-01", "active", "government",
        "revoked", "全国", "'=1", "'+x", " 数智评价 ", "數智評價", "杭州数智职业技能评价公司",
        "91330100716105852F", "91330100716105852f", "91330100716105852G", "A1", "A2",
        "（杭州）数智评价", "数智（杭州）评价", "—", "数智评价|数智评价有限公司",
    ]),
)


def _outcome(parse, path: Path) -> object:  # type: ignore[no-untyped-def]
    try:
        return parse(path)
    except RegistryFileError as exc:
        return (str(exc), exc.column, exc.listing(), exc.errors)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.lists(st.tuples(st.integers(0, 11), CELL), max_size=4),
                          st.integers(0, 14)), max_size=8),
       st.permutations(list(range(12))), st.booleans())
def test_the_bulk_importer_decides_as_the_row_by_row_one(
    edits: list[tuple[list[tuple[int, str]], int]], order: list[int], repeated_column: bool
) -> None:
    """Rows made from a good one with 0-4 cells changed, cut short or padded, in any column
    order, with a repeated column (its last copy counts): same records or same errors."""
    header = [REQUIRED_COLUMNS[i] for i in order] + (["name"] if repeated_column else [])
    rows = []
    for changes, width in edits:
        row = list(GOOD)
        for column, value in changes:
            row[column] = value
        row = [row[i] for i in order] + ([row[1]] if repeated_column else [])
        rows.append(row[:width] if width < 12 else row + ["x"] * (width - 12))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "registry.csv"
        path.write_bytes(out.getvalue().encode("utf-8", "surrogatepass"))
        assert _outcome(parse_registry_csv, path) == _outcome(_reference, path)


def test_many_bad_rows_are_listed_in_line_order_with_the_first_named(tmp_path: Path) -> None:
    """A 3,000-row file with problems found in different passes (a row too wide, a bad date,
    a name repeating one 2,000 lines up): every bad row once, in line order."""
    header = ",".join(REQUIRED_COLUMNS)
    lines = [header]
    for i in range(3000):
        lines.append(f"A{i},杭州甲{i}号职业技能评价有限公司,甲{i}评价,,evaluation_org,4-04-05-05,"
                     f"3|4|5,浙江,2021-06-01,,active,https://pjjg.osta.org.cn/{i}")
    lines[2500] = lines[2500].replace("杭州甲2499号", "杭州甲499号").replace("甲2499评价", "x")
    lines[1200] += ",extra"
    lines[2999] = lines[2999].replace("2021-06-01", "2021-02-30")
    lines[7] = lines[7].replace("3|4|5", "3|6")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = _outcome(_reference, path)
    assert _outcome(parse_registry_csv, path) == expected
    assert isinstance(expected, tuple)
    assert expected[0] == 'big.csv:8: levels "3|6" must be integers 1-5 joined by |'
    assert [line.split(":")[1] for line in str(expected[2]).splitlines()] == [
        "8", "1201", "2501", "3000"]
    assert "is the same name as" in str(expected[2]).splitlines()[2]
