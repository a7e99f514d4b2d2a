"""The official query and complaint domains (data/official_domains.csv) have one parser:
screening checks verification links with it, and extraction leaves the same hosts out of a
seller's identifiers."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract.identifiers import find_identifiers
from facts.official_domains import OfficialDomainsError, is_official_host, read_official_domains
from store.config import DATA_DIR


def test_the_bundled_list_admits_official_hosts_and_not_lookalikes() -> None:
    patterns = read_official_domains(DATA_DIR / "official_domains.csv")
    for host in ("zscx.osta.org.cn", "www.cpta.com.cn", "hrss.gd.gov.cn", "vslc.ncb.edu.cn"):
        assert is_official_host(host, patterns), host
    for host in ("osta-cert.com", "gov.cn.xx.com", "ncb-edu.cn"):
        assert not is_official_host(host, patterns), host


def test_a_listed_host_quoted_in_an_ad_is_no_sellers_site_or_mail() -> None:
    def domains(line: str) -> set[str]:
        return {m.value for m in find_identifiers([line]) if m.kind in ("domain", "email")}

    assert domains("更多信息见 www.cpta.com.cn") == set()  # 人事考试中心, on the list
    assert domains("更多信息见 www.cptax.com.cn") == {"cptax.com.cn"}  # a lookalike is a site
    assert domains("资料发 ts@hrss.gd.gov.cn") == set()
    assert domains("详见 vslc.ncb.edu.cn") == set()
    assert domains("官网 zhixun-ai.cn 欢迎咨询") == {"zhixun-ai.cn"}


@pytest.mark.parametrize(("text", "where"), [
    ("pattern,owner\nosta org,x\n", "official_domains.csv:2"),
    ("host,owner\nosta.org.cn,x\n", r"official_domains.csv:1: missing column\(s\) pattern"),
    ("pattern,owner\n", "official_domains.csv: no domain patterns"),
])
def test_a_malformed_list_names_file_and_line(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "official_domains.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OfficialDomainsError, match=where):
        read_official_domains(path)
