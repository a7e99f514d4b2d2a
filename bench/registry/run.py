"""Registry import benchmark: time ``certwatch registry import`` of a large valid registry CSV.

    python bench/registry/run.py [--rows 100000] [--db sqlite,postgresql] [--seed 15]

Generates a valid registry CSV of ``--rows`` agencies (seeded, so every run and every commit
gets the same bytes: the generator uses nothing from the project), then, for each store:

1. a scratch store (a new SQLite file, or a new PostgreSQL database on the server of
   ``CERTWATCH_BENCH_PG``, default ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``),
   its schema made with ``certwatch db upgrade`` (not timed);
2. ``certwatch --db URL registry import FILE``, timed: the first version, into an empty store;
3. the same command again, timed: a second version on top of the first (what a monthly update
   of the official list does);
4. a copy of the file with one bad cell on its last line, timed: it must be refused with exit
   2 and a message naming the file and line, and the store must still hold both versions.

Each command runs in a child process, start-up included (the ``certwatch`` of the Python that
runs this script, so ``bench/compare.py`` times each commit's own code on the same file).
Wall time and the child's CPU time (user + system) are printed; the PostgreSQL server's CPU is
not in the child's figure.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out" / "registry"
PG_SERVER = os.environ.get("CERTWATCH_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

HEADER = ("agency_id", "name", "aliases", "uscc", "kind", "occupations", "levels", "region",
          "valid_from", "valid_to", "status", "source_url")
REGIONS = (
    ("北京", "110108"), ("天津", "120101"), ("上海", "310115"), ("重庆", "500103"),
    ("河北", "130102"), ("山西", "140105"), ("辽宁", "210102"), ("吉林", "220102"),
    ("黑龙江", "230102"), ("江苏", "320102"), ("浙江", "330106"), ("安徽", "340104"),
    ("福建", "350102"), ("江西", "360102"), ("山东", "370102"), ("河南", "410105"),
    ("湖北", "420106"), ("湖南", "430104"), ("广东", "440106"), ("海南", "460106"),
    ("四川", "510107"), ("贵州", "520102"), ("云南", "530102"), ("陕西", "610113"),
    ("甘肃", "620102"), ("青海", "630104"), ("内蒙古", "150102"), ("广西", "450103"),
    ("宁夏", "640104"), ("新疆", "650102"), ("杭州", "330106"), ("深圳", "440305"),
    ("广州", "440106"), ("成都", "510107"), ("武汉", "420106"), ("南京", "320102"),
)
BRAND_CHARS = (
    "华信达瑞博泰恒鼎德安嘉禾盛世荣昌宏远启明晨星云天海川金银玉宝锦程智慧数联创科研学才"
    "英杰俊卓越优品佳美正道光辉耀阳春秋松柏兰竹梅菊龙凤麒麟鹏飞翔腾跃航领先锋锐精诚义仁"
)
TEMPLATES = (
    "职业技能评价有限公司", "职业技能等级认定中心", "人才发展评价中心", "技能评价中心",
    "职业技能鉴定有限公司", "人力资源有限公司", "教育科技有限公司", "智能科技有限公司",
    "数据标注服务有限公司", "职业培训学校", "人工智能研究院", "职业技能等级评价有限责任公司",
)
KINDS = ("evaluation_org",) * 8 + ("employer", "association")
OCCUPATIONS = ("4-04-05-05", "4-04-05-05", "4-04-05-05|4-04-05-13", "4-04-05-05|4-04-05-13|*")
LEVELS = ("3|4|5", "1|2|3|4|5", "2|3|4", "4|5", "5")
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def uscc(rng: random.Random, region_code: str) -> str:
    """A valid 统一社会信用代码 (GB 32100 and GB 11714 check characters), region ``region_code``."""
    org8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    check = 11 - sum(ORG_CHARSET.index(c) * w for c, w in zip(org8, weights, strict=True)) % 11
    org9 = org8 + {10: "X", 11: "0"}.get(check, str(check))
    prefix = "91" + region_code + org9
    total = sum(USCC_CHARSET.index(c) * pow(3, i, 31) for i, c in enumerate(prefix))
    return prefix + USCC_CHARSET[(31 - total % 31) % 31]


def make_rows(rows: int, seed: int) -> list[tuple[str, ...]]:
    """``rows`` valid registry rows: unique ids, names and aliases (after normalization)."""
    rng = random.Random(seed)
    out: list[tuple[str, ...]] = []
    brands: set[str] = set()
    start = date(2019, 1, 1)
    while len(out) < rows:
        # a brand of 4 characters is unique per row, so names and aliases never collide
        brand = "".join(rng.choice(BRAND_CHARS) for _ in range(4))
        if brand in brands:
            continue
        brands.add(brand)
        region, code = rng.choice(REGIONS)
        template = rng.choice(TEMPLATES)
        # 5% in the registered form with the region in brackets
        name = (f"{brand}（{region}）{template}" if rng.random() < 0.05
                else region + brand + template)
        aliases = [brand + "评价"] if rng.random() < 0.3 else []
        if rng.random() < 0.05:
            aliases.append(brand + "认定中心")
        valid_from = start + timedelta(days=rng.randrange(1500))
        valid_to = (valid_from + timedelta(days=365 * rng.choice((3, 5)))
                    if rng.random() < 0.4 else None)
        status = "active" if rng.random() < 0.92 else rng.choice(("suspended", "revoked"))
        number = len(out)
        out.append((
            f"PJ-{code}-{number:06d}", name, "|".join(aliases),
            uscc(rng, code) if rng.random() < 0.7 else "", rng.choice(KINDS),
            rng.choice(OCCUPATIONS), rng.choice(LEVELS), region,
            valid_from.isoformat(), valid_to.isoformat() if valid_to else "", status,
            f"https://pjjg.osta.org.cn/org/{number}",
        ))
    return out


def write_csv(path: Path, rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)


def certwatch() -> str:
    """The ``certwatch`` of the Python running this script (each commit's own, in compare)."""
    found = Path(sys.executable).with_name("certwatch")
    return str(found) if found.exists() else shutil.which("certwatch") or "certwatch"


def timed(argv: list[str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Run ``argv``; (wall s, child CPU s, the finished process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done


def must(done: subprocess.CompletedProcess[str], what: str) -> None:
    if done.returncode:
        raise SystemExit(f"{what} failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")


def scratch_postgres(name: str) -> str:
    """A new, empty PostgreSQL database on the bench server; its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(PG_SERVER)
    conninfo = (f"host={server.host or '127.0.0.1'} port={server.port or 5432} "
                f"user={server.username or 'postgres'} dbname={server.database or 'postgres'}")
    if server.password:
        conninfo += f" password={server.password}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.set(database=name).render_as_string(hide_password=False)


def version_count(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM registry_versions")).scalar_one()
    engine.dispose()
    return int(count)


def bench_store(store: str, file: Path, bad: Path, rows: int, scratch: Path) -> None:
    if store == "sqlite":
        url = f"sqlite:///{scratch / 'bench.db'}"
    else:
        url = scratch_postgres(f"certwatch_bench_registry_{os.getpid()}")
    exe = certwatch()
    _, _, done = timed([exe, "--db", url, "db", "upgrade"])
    must(done, "certwatch db upgrade")
    for label in ("first import (empty store)", "second import (on a 100k version)"):
        wall, cpu, done = timed([exe, "--db", url, "registry", "import", str(file)])
        must(done, f"{store} {label}")
        if f"imported {rows} agencies" not in done.stdout:
            raise SystemExit(f"unexpected output: {done.stdout}")
        label = label.replace("100k", f"{rows // 1000}k")
        print(f"{store} {label}: {rows:,} rows in {wall:.2f} s wall (CPU {cpu:.2f} s), "
              f"{rows / wall:,.0f} rows/s", flush=True)
    wall, cpu, done = timed([exe, "--db", url, "registry", "import", str(bad)])
    line = rows + 1
    if done.returncode != 2 or f"{bad.name}:{line}:" not in done.stderr:
        raise SystemExit(f"the bad file was not refused as expected (exit {done.returncode}):\n"
                         f"{done.stdout}\n{done.stderr}")
    versions = version_count(url)
    if versions != 2:
        raise SystemExit(f"{store}: {versions} registry versions after the refused file, not 2")
    print(f"{store} bad last row refused: {wall:.2f} s wall (CPU {cpu:.2f} s), exit 2, "
          f"{done.stderr.strip().splitlines()[-1]}; both versions kept", flush=True)
    if store == "postgresql":
        from sqlalchemy.engine import make_url
        with_db = make_url(url)
        scratch_postgres(with_db.database or "")  # leave an empty database behind, not 200k rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", default="sqlite,postgresql",
                        help="comma-separated: sqlite, postgresql")
    parser.add_argument("--seed", type=int, default=15)
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    file = OUT / f"registry-{options.rows}-{options.seed}.csv"
    rows = make_rows(options.rows, options.seed)
    if not file.exists():
        write_csv(file, rows)
    bad = OUT / f"registry-{options.rows}-{options.seed}-bad.csv"
    if not bad.exists():
        last = list(rows[-1])
        last[HEADER.index("valid_to")] = "2024-13-01"
        write_csv(bad, [*rows[:-1], tuple(last)])
    load = os.getloadavg()
    print(f"date {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}; load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"file {file.relative_to(ROOT)}: {options.rows:,} rows, "
          f"{file.stat().st_size / 1e6:.1f} MB; certwatch {certwatch()}", flush=True)
    for store in options.db.split(","):
        with tempfile.TemporaryDirectory(prefix="certwatch-bench-registry-") as scratch:
            bench_store(store.strip(), file, bad, options.rows, Path(scratch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
