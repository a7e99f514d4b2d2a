"""The bench's stores: seeded once with bulk inserts, one copy per code version.

    python bench/dashboard/stores.py --listings 1000000 --backend postgresql --baseline 545089e

seeds (``tests/dashboard/seed.py``, not the crawl: a million listings in minutes) the
baseline's store with the baseline commit's own seed and schema, then copies it for the
new code, whose migrations bring it up to date (0008 builds the summary tables). Without
``--baseline`` only the new code's store is seeded. ``run.py`` calls the same functions.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out" / "dashboard"
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"  # not `test`: the tests own it
SEED = """
import importlib.util, sys, time
from pathlib import Path
root, url, n, warc = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
sys.path.insert(0, str(root))
spec = importlib.util.spec_from_file_location("dashboard_seed", root / "tests/dashboard/seed.py")
seed = importlib.util.module_from_spec(spec)
sys.modules["dashboard_seed"] = seed
spec.loader.exec_module(seed)
started = time.perf_counter()
done = seed.seed(url, warc, listings=n)
print(f"seeded {done.listings:,} listings in {time.perf_counter() - started:.0f} s", flush=True)
"""


def checkout(commit: str) -> Path:
    """A detached worktree of ``commit`` under bench/out (made once)."""
    path = OUT / f"code-{commit}"
    if not (path / "dashboard" / "app.py").exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), commit],
                       check=True, capture_output=True)
    return path


def store_url(backend: str, side: str, listings: int) -> str:
    if backend == "sqlite":
        return f"sqlite:///{OUT / f'{side}-{listings}.db'}"
    return make_url(PG_ADMIN).set(database=f"certwatch_bench_dash_{side}_{listings}"
                                  ).render_as_string(hide_password=False)


def exists(url: str) -> bool:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return Path(str(parsed.database)).exists()
    admin = create_engine(PG_ADMIN)
    with admin.connect() as conn:
        found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                             {"n": parsed.database}).first()
    admin.dispose()
    return found is not None


def drop(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        for stale in Path(str(parsed.database)).parent.glob(Path(str(parsed.database)).name + "*"):
            stale.unlink()
        return
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    admin.dispose()


def seed(code: Path, url: str, listings: int) -> float:
    """Seed an empty store at ``url`` with the seed of the checkout ``code``; seconds."""
    drop(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
        admin.dispose()
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", SEED, str(code), url, str(listings),
                    str(OUT / f"warc-{parsed.database and Path(parsed.database).stem}")],
                   check=True, env={**_env(), "PYTHONPATH": str(code)}, cwd=code)
    return time.perf_counter() - started


def copy(source: str, target: str) -> None:
    """``target`` becomes a copy of the store ``source`` (a file copy; a template database)."""
    drop(target)
    src, dst = make_url(source), make_url(target)
    if src.get_backend_name() == "sqlite":
        shutil.copyfile(str(src.database), str(dst.database))
        return
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{dst.database}" TEMPLATE "{src.database}"'))
    admin.dispose()


def migrate(code: Path, url: str) -> float:
    """Bring ``url`` up to the schema of the checkout ``code`` (0008 builds the summaries);
    seconds."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; from store.db import make_engine; "
                    "make_engine(sys.argv[1]).dispose()", url],
                   check=True, env={**_env(), "PYTHONPATH": str(code)}, cwd=code)
    return time.perf_counter() - started


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def prepare(listings: int, backend: str, baseline: str | None, reuse: bool) -> dict[str, object]:
    """The stores (``base`` when a baseline is given, and ``head``) seeded and migrated."""
    info: dict[str, object] = {}
    head = store_url(backend, "head", listings)
    if baseline:
        base = store_url(backend, "base", listings)
        code = checkout(baseline)
        if not (reuse and exists(base)):
            info["seed_s"] = seed(code, base, listings)
        if not (reuse and exists(head)):
            copy(base, head)
            info["summaries_s"] = migrate(ROOT, head)
        info["base"] = base
    elif not (reuse and exists(head)):
        info["seed_s"] = seed(ROOT, head, listings)
    info["head"] = head
    return info


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--listings", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--baseline", help="commit whose own seed and schema the base store has")
    parser.add_argument("--reuse", action="store_true", help="keep stores already seeded")
    args = parser.parse_args()
    print(prepare(args.listings, args.backend, args.baseline, args.reuse), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
