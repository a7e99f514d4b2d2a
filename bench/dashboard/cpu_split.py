"""Where a page's first render spends its wall time: the CPU seconds of the dashboard
server, of Chromium (with the Playwright driver) and of the PostgreSQL backends serving
the store, per step of ``bench/dashboard/run.py``'s navigation, next to the wall time.

    python bench/dashboard/cpu_split.py postgresql+psycopg://postgres@127.0.0.1:5432/\\
certwatch_bench_dash_head_1000000 [--code bench/out/dashboard/code-545089e]

Runs on a store ``stores.py`` seeded; the new code's dashboard unless ``--code`` names
another checkout. PostgreSQL's CPU is that of the backends connected to the store before
and after the step (a parallel query's workers, which end with it, are not counted); on
SQLite that column stays 0 (the queries run in the server's process).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # type: ignore[import-not-found]  # noqa: E402
import stores  # type: ignore[import-not-found]  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def cpu(pids: list[int]) -> float:
    """User + system CPU seconds of ``pids`` (those still running)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to serve")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    database = make_url(args.url).database
    postgres = make_url(args.url).get_backend_name() == "postgresql"
    admin = create_engine(stores.PG_ADMIN) if postgres else None

    def backends() -> list[int]:
        if admin is None:
            return []
        with admin.connect() as conn:
            return [int(r[0]) for r in conn.execute(
                text("SELECT pid FROM pg_stat_activity WHERE datname = :d"), {"d": database})]

    port = run.free_port()
    base = f"http://127.0.0.1:{port}"
    server = run.start_server(args.code.resolve(), args.url, port)
    try:
        run.wait_healthy(base)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=run.CHROMIUM, args=run.ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            run.load_seconds(page, f"{base}/listing?listing=3", "广告详情")
            nav = page.locator("[data-testid='stSidebarNav']")
            targets = {
                "side": lambda name: nav.get_by_role("link", name=name, exact=True),
                "button": lambda name: page.get_by_role("button", name=name, exact=True),
                "radio": lambda name: page.get_by_role("radio", name=name, exact=True),
                "link": lambda name: page.get_by_role("link", name=name).last,
            }
            print("| page | first render | server CPU | Chromium CPU | PostgreSQL CPU | load |")
            print("|---|---|---|---|---|---|")
            for label, kind, name, heading in run.STEPS:
                if label.startswith("Review queue, awaiting"):
                    run.click_seconds(page, targets["side"]("总览"), "总览")  # back (cached)
                served = set(descendants(server.pid))
                client = [p for p in descendants(os.getpid()) if p not in served
                          and p != os.getpid()]
                load = os.getloadavg()[0]
                before = (cpu(list(served)), cpu(client), cpu(backends()))
                wall = run.click_seconds(page, targets[kind](name), heading)
                after = (cpu(list(served)), cpu(client), cpu(backends()))
                used = [b - a for a, b in zip(before, after, strict=True)]
                print(f"| {label} | {wall:.2f} s | {used[0]:.2f} s | {used[1]:.2f} s | "
                      f"{used[2]:.2f} s | {load:.1f} |", flush=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
        if admin is not None:
            admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
