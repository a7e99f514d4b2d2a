"""Read and validate a registry CSV (docs/contract.md, "Registry CSV"): all rows or none.

The first problem found is raised as :class:`RegistryFileError` with a message such as
``registry.csv:14: valid_to "2024-13-01" is not a date`` (file basename, 1-based physical line,
header on line 1); ``.errors`` holds the first problem of every bad row for a longer listing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, get_args

from facts.spreadsheet import read_cell
from facts.uscc import uscc_problem
from registry.gcpause import gc_paused
from registry.normalize import normalize_names
from registry.records import AgencyKind, AgencyRecord, AgencyStatus

if TYPE_CHECKING:
    from _csv import Reader

REQUIRED_COLUMNS: tuple[str, ...] = (
    "agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
    "valid_from", "valid_to", "status", "source_url",
)
KINDS: tuple[str, ...] = get_args(AgencyKind)
STATUSES: tuple[str, ...] = get_args(AgencyStatus)


def _is_kind(value: str) -> TypeGuard[AgencyKind]:
    return value in KINDS


def _is_status(value: str) -> TypeGuard[AgencyStatus]:
    return value in STATUSES


_OCCUPATION_CODE = re.compile(r"\d-\d{2}-\d{2}-\d{2}")


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str | None
    message: str


# what str.splitlines breaks on, and other control characters: shown escaped in a message
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_MESSAGE_CHARS = 300


def one_line(message: str) -> str:
    """``message`` on one line: control characters escaped (a quoted value may hold a line
    break), at most ``MAX_MESSAGE_CHARS`` long."""
    text = _LINE_BREAKING.sub(lambda m: repr(m.group())[1:-1], message)
    return text if len(text) <= MAX_MESSAGE_CHARS else text[:MAX_MESSAGE_CHARS - 1] + "…"


class RegistryFileError(ValueError):
    """A registry file that cannot be imported; ``str()`` is the one-line ``file:line: what``."""

    def __init__(self, path: Path, line: int, message: str, column: str | None = None,
                 errors: tuple[RowProblem, ...] = ()) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.reason = one_line(message)
        self.errors = errors or (RowProblem(line, column, message),)
        super().__init__(f"{one_line(path.name)}:{line}: {self.reason}")

    def listing(self) -> str:
        """Every bad row's first problem, one per line."""
        return "\n".join(f"{one_line(self.path.name)}:{p.line}: {one_line(p.message)}"
                         for p in self.errors)


class _RowError(Exception):
    def __init__(self, column: str | None, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes (identifies a registry version)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


# Each check below depends on its cell's text alone (and whether the row is a government's),
# and a registry repeats the same levels, occupations and dates on thousands of rows: the
# outcome of each distinct text is computed once. A bad value raises every time it is met.
@lru_cache(maxsize=4096)
def _date(column: str, value: str) -> date | None:
    if not value:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 10:
        raise _RowError(column, f'{column} "{value}" is not a date')
    return parsed


@lru_cache(maxsize=4096)
def _levels(value: str, government: bool) -> tuple[int, ...]:
    parts = _split(value)
    if not parts:
        if government:
            return ()
        raise _RowError("levels", "levels is empty (only government rows may leave it empty)")
    levels: set[int] = set()
    for part in parts:
        if part not in ("1", "2", "3", "4", "5"):  # not isdigit(): "²" is a digit int() refuses
            raise _RowError("levels", f'levels "{value}" must be integers 1-5 joined by |')
        levels.add(int(part))
    return tuple(sorted(levels))


@lru_cache(maxsize=4096)
def _occupations(value: str, government: bool) -> tuple[str, ...]:
    codes = _split(value)
    if not codes and not government:
        raise _RowError("occupations", "occupations is empty (codes like 4-04-05-05, or *)")
    for code in codes:
        if code != "*" and not _OCCUPATION_CODE.fullmatch(code):
            raise _RowError("occupations", f'occupations "{code}" is not a code like 4-04-05-05 or *')
    return codes


@dataclass(frozen=True)
class _Columns:
    """Where each required column is in the file's header (a repeated column: its last)."""

    agency_id: int
    name: int
    aliases: int
    uscc: int
    kind: int
    occupations: int
    levels: int
    region: int
    valid_from: int
    valid_to: int
    status: int
    source_url: int


def _record(cells: list[str], at: _Columns, aliases: tuple[str, ...],
            keys: dict[str, str]) -> AgencyRecord:
    """One validated row (its cells stripped, ``keys`` the normalized form of its name);
    raises _RowError on the first problem."""
    agency_id, name = cells[at.agency_id], cells[at.name]
    if not agency_id:
        raise _RowError("agency_id", "agency_id is empty")
    if not name:
        raise _RowError("name", "name is empty")
    if not keys[name]:
        raise _RowError("name", f'name "{name}" has no letters or digits')
    kind = cells[at.kind]
    if not _is_kind(kind):
        raise _RowError("kind", f'kind "{kind}" is not one of {", ".join(KINDS)}')
    status = cells[at.status]
    if not _is_status(status):
        raise _RowError("status", f'status "{status}" is not one of {", ".join(STATUSES)}')
    government = kind == "government"
    occupations = _occupations(cells[at.occupations], government)
    levels = _levels(cells[at.levels], government)
    region = cells[at.region]
    if not region:
        raise _RowError("region", "region is empty (a province or 全国)")
    valid_from = _date("valid_from", cells[at.valid_from])
    valid_to = _date("valid_to", cells[at.valid_to])
    if valid_from and valid_to and valid_from > valid_to:
        raise _RowError("valid_to", f"valid_from {valid_from} is after valid_to {valid_to}")
    uscc = cells[at.uscc].upper() or None
    if uscc and (problem := uscc_problem(uscc)):
        raise _RowError("uscc", f'uscc "{cells[at.uscc]}" {problem}')
    return AgencyRecord(
        agency_id=agency_id, name=name, aliases=aliases, uscc=uscc, kind=kind,
        occupations=occupations, levels=levels, region=region, valid_from=valid_from,
        valid_to=valid_to, status=status, source_url=cells[at.source_url],
    )


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise RegistryFileError(path, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); "
                                "save the file as UTF-8") from None


def parse_registry_csv(path: Path) -> list[AgencyRecord]:
    """Validated records of a registry CSV, or RegistryFileError naming the first bad line."""
    path = Path(path)
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        with gc_paused():  # 100,000 rows of small objects: no cycles to collect among them
            return _parse_rows(path, reader, may_be_defused="'" in text)
    except csv.Error as exc:  # a field over csv.field_size_limit(), a stray quote ...
        reason = str(exc)
        if "field limit" in reason:
            reason = f"a cell longer than {csv.field_size_limit():,} characters"
        raise RegistryFileError(path, max(reader.line_num, 1),
                                f"unreadable CSV row: {reason}") from None


def _parse_rows(path: Path, reader: Reader, *, may_be_defused: bool) -> list[AgencyRecord]:
    """The file whole, in three passes: its rows' cells; the normalized form of every name and
    alias, in bulk; then each row's checks, in file order. Each bad row's first problem is
    kept (in line order), as if the rows were checked one by one."""
    header = next(reader, None)
    if not header:
        raise RegistryFileError(path, 1, "empty file, expected a header row: "
                                + ",".join(REQUIRED_COLUMNS))
    header = [column.strip() for column in header]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise RegistryFileError(path, 1, f"missing columns: {', '.join(missing)}")
    position = {column: i for i, column in enumerate(header)}
    at = _Columns(*(position[column] for column in REQUIRED_COLUMNS))
    width = len(header)
    problems: list[RowProblem] = []
    rows: list[tuple[int, list[str]]] = []
    end_of_previous = reader.line_num
    for fields in reader:
        line, end_of_previous = end_of_previous + 1, reader.line_num
        cells = list(map(str.strip, fields))
        if not any(cells):
            continue
        if len(cells) > width:
            problems.append(RowProblem(line, None, f"{len(cells)} fields, the header has {width}"))
            continue
        if may_be_defused:  # only a cell starting with ' can change (facts.spreadsheet)
            cells = [read_cell(cell) for cell in cells]
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        rows.append((line, cells))
    aliases = [_split(cells[at.aliases]) for _, cells in rows]
    texts = [cells[at.name] for _, cells in rows]
    texts += [alias for row_aliases in aliases for alias in row_aliases]
    keys = dict(zip(texts, normalize_names(texts), strict=True))
    records: list[AgencyRecord] = []
    id_lines: dict[str, int] = {}
    name_lines: dict[str, tuple[str, int]] = {}
    for (line, cells), row_aliases in zip(rows, aliases, strict=True):
        try:
            record = _record(cells, at, row_aliases, keys)
            if record.agency_id in id_lines:
                raise _RowError("agency_id", f'agency_id "{record.agency_id}" repeats line '
                                f"{id_lines[record.agency_id]}")
            _check_names_unique(record, line, name_lines, keys)
        except _RowError as problem:
            problems.append(RowProblem(line, problem.column, problem.message))
            continue
        id_lines[record.agency_id] = line
        records.append(record)
    if problems:
        problems.sort(key=lambda problem: problem.line)
        first = problems[0]
        raise RegistryFileError(path, first.line, first.message, first.column, tuple(problems))
    return records


def _check_names_unique(record: AgencyRecord, line: int, seen: dict[str, tuple[str, int]],
                        normalized: dict[str, str]) -> None:
    """Reject a name or alias that normalizes like one on another row; then remember them."""
    keys = {normalized[text]: text for text in (record.name, *record.aliases)}
    for key, text in keys.items():
        if key in seen:
            other, other_line = seen[key]
            column = "name" if text == record.name else "aliases"
            raise _RowError(column, f'{column} "{text}" is the same name as "{other}" on line '
                            f"{other_line} (after normalization)")
    for key, text in keys.items():
        if key:
            seen[key] = (text, line)
