from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from registry.importer import RegistryFileError, file_sha256, parse_registry_csv
from store.sample import is_sample_source

HEADER = ("agency_id,name,aliases,uscc,kind,occupations,levels,region,valid_from,valid_to,"
          "status,source_url")
GOOD = ("A1,杭州数智职业技能评价有限公司,数智评价,91330100716105852F,evaluation_org,4-04-05-05,"
        "2|3|4|5,浙江,2021-06-01,,active,https://pjjg.osta.org.cn/")
GOV = "G1,中华人民共和国人力资源和社会保障部,人社部,,government,*,,全国,,,active,https://www.mohrss.gov.cn/"
BUNDLED = Path(__file__).resolve().parents[2] / "data" / "registry.csv"


def _write(tmp_path: Path, *rows: str, bom: bool = False) -> Path:
    path = tmp_path / "registry.csv"
    text = "\n".join([HEADER, *rows]) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_good_file_parses_with_bom(tmp_path: Path) -> None:
    records = parse_registry_csv(_write(tmp_path, GOOD, GOV, bom=True))
    first, gov = records
    assert first.agency_id == "A1" and first.aliases == ("数智评价",)
    assert first.levels == (2, 3, 4, 5) and first.valid_from == date(2021, 6, 1)
    assert first.valid_to is None and first.uscc == "91330100716105852F"
    assert gov.kind == "government" and gov.levels == () and gov.occupations == ("*",)


def _bad(row: str) -> str:
    return GOOD.replace(*row.split(" => ")) if " => " in row else row


@pytest.mark.parametrize(("change", "message"), [
    ("2021-06-01,, => 2021-06-01,2024-13-01,", 'registry.csv:3: valid_to "2024-13-01" is not a date'),
    ("2021-06-01 => 2021/06/01", 'registry.csv:3: valid_from "2021/06/01" is not a date'),
    ("2021-06-01,, => 2021-06-01,2020-01-01,",
     "registry.csv:3: valid_from 2021-06-01 is after valid_to 2020-01-01"),
    ("evaluation_org => school",
     'registry.csv:3: kind "school" is not one of evaluation_org, employer, government, '
     "association, other"),
    (",active, => ,expired,", 'registry.csv:3: status "expired" is not one of active, suspended, revoked'),
    ("2|3|4|5 => 2|6", 'registry.csv:3: levels "2|6" must be integers 1-5 joined by |'),
    ("2|3|4|5 => 三级", 'registry.csv:3: levels "三级" must be integers 1-5 joined by |'),
    (",2|3|4|5, => ,,", "registry.csv:3: levels is empty (only government rows may leave it empty)"),
    (",4-04-05-05, => ,,", "registry.csv:3: occupations is empty (codes like 4-04-05-05, or *)"),
    ("4-04-05-05 => 40405", 'registry.csv:3: occupations "40405" is not a code like 4-04-05-05 or *'),
    ("91330100716105852F => 91330100716105852G",
     'registry.csv:3: uscc "91330100716105852G" check character is G, GB 32100 gives F'),
    ("91330100716105852F => 9133010071610585", 'registry.csv:3: uscc "9133010071610585" has 16 characters, expected 18'),
    ("A1,杭州数智职业技能评价有限公司, => A1,,", "registry.csv:3: name is empty"),
    ("A1, => G1,", 'registry.csv:3: agency_id "G1" repeats line 2'),
    ("杭州数智职业技能评价有限公司 => 中華人民共和國人力資源和社會保障部",
     'registry.csv:3: name "中華人民共和國人力資源和社會保障部" is the same name as '
     '"中华人民共和国人力资源和社会保障部" on line 2 (after normalization)'),
    ("数智评价 => 人社部", 'registry.csv:3: aliases "人社部" is the same name as "人社部" on line 2 '
     "(after normalization)"),
])
def test_each_kind_of_bad_row_is_rejected_with_file_and_line(tmp_path: Path, change: str,
                                                               message: str) -> None:
    path = _write(tmp_path, GOV, _bad(change))
    with pytest.raises(RegistryFileError) as caught:
        parse_registry_csv(path)
    assert str(caught.value) == message
    assert caught.value.line == 3 and caught.value.path == path


def test_missing_columns_are_listed(tmp_path: Path) -> None:
    path = tmp_path / "agencies.csv"
    path.write_text("agency_id,name,kind\nA,B,government\n", encoding="utf-8")
    with pytest.raises(RegistryFileError, match=r"^agencies\.csv:1: missing columns: aliases, uscc, "
                       r"occupations, levels, region, valid_from, valid_to, status, source_url$"):
        parse_registry_csv(path)


def test_physical_line_counts_multiline_fields_and_blank_lines(tmp_path: Path) -> None:
    multiline = GOV.replace("人社部", '"人社部\n人力资源社会保障部"')
    path = _write(tmp_path, multiline, "", _bad("2|3|4|5 => 9"))
    with pytest.raises(RegistryFileError) as caught:
        parse_registry_csv(path)
    assert caught.value.line == 5 and caught.value.column == "levels"


def test_all_bad_rows_are_listed_and_nothing_is_returned(tmp_path: Path) -> None:
    path = _write(tmp_path, _bad("evaluation_org => x"), GOV, _bad("A1, => A2,").replace("2|3", "7"))
    with pytest.raises(RegistryFileError) as caught:
        parse_registry_csv(path)
    assert [p.line for p in caught.value.errors] == [2, 4]
    assert caught.value.listing().count("registry.csv:") == 2


def test_not_utf8_says_where(tmp_path: Path) -> None:
    path = tmp_path / "registry.csv"
    path.write_bytes((HEADER + "\n" + GOV + "\n").encode("utf-8") + "A9,杭州".encode("gbk") + b"\n")
    with pytest.raises(RegistryFileError, match=r"^registry\.csv:3: not UTF-8"):
        parse_registry_csv(path)


def test_bundled_registry_holds_the_fixed_agencies() -> None:
    records = {r.agency_id: r for r in parse_registry_csv(BUNDLED)}
    assert records["DEMO-EVAL-04"].occupations == ("4-04-05-13",)
    assert records["DEMO-EVAL-05"].status == "suspended"
    assert records["DEMO-EVAL-06"].valid_to == date(2025, 6, 30)
    assert records["GOV-OSTA"].aliases == ("人社部职业技能鉴定中心", "OSTA", "中国就业培训技术指导中心")
    # the illustrative rows say they are a sample (store/sample.py), the rest cite a source
    assert all(r.source_url.startswith("http") or is_sample_source(r.source_url)
               for r in records.values())
    assert all(is_sample_source(r.source_url) == r.agency_id.startswith("DEMO-")
               for r in records.values())
    assert len(file_sha256(BUNDLED)) == 64
