"""Dashboard benchmark: every page's first render and the server's RSS at 100,000 listings.

    /work/venv/bin/python bench/dashboard/run.py [--listings 100000] [--reuse] [--write]

Seeds a SQLite file (bulk inserts, tests/dashboard/seed.py), starts the dashboard with
``dashboard.launch`` on 127.0.0.1, and opens each page in headless Chromium (Playwright,
/usr/bin/chromium). A page has rendered when Streamlit reports its script finished
(``stApp[data-test-script-state=notRunning]``) and the page title is drawn. Each page is
timed on its first visit (its queries' caches cold), reached by a click inside the app;
full page loads of each URL are timed afterwards. RSS is
the server process plus its children (psutil when installed, else /proc/<pid>/status).
``--write`` puts the figures under "## Dashboard (bench/dashboard)" in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import socket
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dashboard import launch  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
GOAL_SECONDS = 1.5
GOAL_RSS_MB = 500
SECTION = "## Dashboard (bench/dashboard)"


def load_seed():  # type: ignore[no-untyped-def]
    path = ROOT / "tests" / "dashboard" / "seed.py"
    spec = importlib.util.spec_from_file_location("dashboard_seed", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["dashboard_seed"] = module
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB."""
    try:
        import psutil  # type: ignore[import-not-found]

        proc = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20
    except ImportError:
        pass
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def wait_healthy(base: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the dashboard did not answer at {base}")


DONE = """(want) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    const heads = [...document.querySelectorAll(
        '[data-testid="stMain"] h1, [data-testid="stMain"] h3')];
    return heads.some(h => h.innerText.trim() === want);
}"""


def _finished(page, heading: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function(DONE, arg=heading, timeout=60_000, polling=20)
    errors = page.locator("[data-testid='stException'], [data-testid='stAlertContentError']")
    if errors.count():
        raise SystemExit(f"{page.url}: the page shows an error: {errors.first.inner_text()[:300]}")


def load_seconds(page, url: str, heading: str) -> float:  # type: ignore[no-untyped-def]
    """A full page load: navigation until the script finished and ``heading`` is drawn."""
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    _finished(page, heading)
    return time.perf_counter() - start


def click_seconds(page, target, heading: str) -> float:  # type: ignore[no-untyped-def]
    """In-app navigation: a click until the script finished and ``heading`` is drawn."""
    start = time.perf_counter()
    target.click()
    _finished(page, heading)
    return time.perf_counter() - start


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, Python {platform.python_version()}"


def write_results(text: str) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if SECTION in current:
        head, rest = current.split(SECTION, 1)
        tail = rest[rest.find("\n## ") :] if "\n## " in rest else ""
        current = head.rstrip() + "\n\n" + text.rstrip() + "\n" + tail
    else:
        current = current.rstrip() + "\n\n" + text.rstrip() + "\n"
    path.write_text(current, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, default=ROOT / "bench" / "out" / "dashboard" / "bench.db"
    )
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded --db")
    parser.add_argument("--write", action="store_true", help="record figures in bench/RESULTS.md")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    db_path: Path = args.db
    url = f"sqlite:///{db_path}"
    seed_seconds = None
    if not (args.reuse and db_path.exists()):
        for stale in db_path.parent.glob(db_path.name + "*"):
            stale.unlink()
        started = time.perf_counter()
        summary = load_seed().seed(url, db_path.parent / "warc", listings=args.listings)
        seed_seconds = time.perf_counter() - started
        print(f"seeded {summary.listings:,} listings in {seed_seconds:.0f}s", flush=True)

    load = os.getloadavg()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = launch.start(url, port=port)
    results: list[tuple[str, float, float, float]] = []
    peak = 0.0
    try:
        wait_healthy(base)
        idle_rss = rss_mb(server.pid)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            # opening the dashboard loads the app, the imports and the engine
            warmup = load_seconds(page, f"{base}/listing?listing=3", "广告详情")
            nav = page.locator("[data-testid='stSidebarNav']")

            def side(name: str):  # type: ignore[no-untyped-def]
                return nav.get_by_role("link", name=name)

            def button(name: str):  # type: ignore[no-untyped-def]
                return page.get_by_role("button", name=name, exact=True)

            def radio(name: str):  # type: ignore[no-untyped-def]
                return page.get_by_role("radio", name=name, exact=True)

            steps = [  # (label, what to click, the heading that shows it rendered)
                ("Overview", lambda: side("总览"), "总览"),
                ("Review queue", lambda: side("审核队列"), "审核队列"),
                ("Listing (opened from the queue)", lambda: button("打开所选广告"), "广告详情"),
                (
                    "Review queue, awaiting (link on Overview)",
                    lambda: page.get_by_role("link", name="查看对应广告").last,
                    "审核队列",
                ),
                ("Fees: by level", lambda: side("收费分析"), "各等级收费分布"),
                (
                    "Fees: by issuer status",
                    lambda: radio("按发证机构匹配状态的收费分布"),
                    "按发证机构匹配状态的收费分布",
                ),
                ("Fees: over time", lambda: radio("收费随时间变化"), "收费随时间变化"),
                ("Fees: outliers", lambda: radio("收费超出上限的广告"), "收费超出上限的广告"),
                ("Fees: providers", lambda: radio("培训商收费对比"), "培训商收费对比"),
                ("Issuers", lambda: side("发证机构与培训商"), "广告中出现的发证机构"),
                ("Providers", lambda: radio("培训商"), "培训商"),
                ("Registry", lambda: radio("登记名录版本"), "登记名录版本"),
                ("Crawl runs", lambda: side("抓取记录"), "抓取记录"),
            ]
            for label, target, heading in steps:
                if label.startswith("Review queue, awaiting"):
                    click_seconds(page, side("总览"), "总览")  # back to the overview (cached)
                first = click_seconds(page, target(), heading)
                peak = max(peak, rss_mb(server.pid))
                results.append((label, first, 0.0, rss_mb(server.pid)))
                print(
                    f"{label:42} in-app first visit {first:5.2f}s  RSS {results[-1][3]:6.0f} MB",
                    flush=True,
                )
            full = [
                ("Overview", "/", "总览"),
                ("Review queue", "/queue", "审核队列"),
                ("Listing", "/listing?listing=2", "广告详情"),
                ("Fees", "/fees", "收费分析"),
                ("Issuers & providers", "/issuers", "发证机构与培训商"),
                ("Crawl runs", "/runs", "抓取记录"),
            ]
            reloads = []
            for label, path, heading in full:
                reloads.append((label, load_seconds(page, base + path, heading)))
                peak = max(peak, rss_mb(server.pid))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)

    worst = max(r[1] for r in results)
    ok = worst <= GOAL_SECONDS and peak <= GOAL_RSS_MB
    lines = [
        SECTION,
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {machine()} · SQLite · "
        f"{args.listings:,} listings · `bench/dashboard/run.py` (headless Chromium) · "
        f"load average during the run {load[0]:.1f}–{max(load[1], os.getloadavg()[0]):.1f} "
        "(the 2 cores are shared with other jobs)",
        "",
        "First render of each page = a click in the app (sidebar, link, button or section "
        "switch) until Streamlit reports the script finished and the page's heading is "
        "drawn; every page is visited for the first time, so its queries run on cold "
        f"caches. Opening the dashboard itself (a full load of a listing: app, imports, "
        f"engine) took {warmup:.2f} s.",
        "",
        "| page | first render (in-app) | server RSS after |",
        "|---|---|---|",
        *[f"| {n} | {a:.2f} s | {r:.0f} MB |" for n, a, _b, r in results],
        "",
        "Full page loads (browser reload of the URL, caches warm): "
        + ", ".join(f"{n} {v:.2f} s" for n, v in reloads)
        + ".",
        "",
        f"Worst first render {worst:.2f} s (goal ≤ {GOAL_SECONDS} s); server RSS idle "
        f"{idle_rss:.0f} MB, peak {peak:.0f} MB (goal ≤ {GOAL_RSS_MB} MB): "
        f"{'goals met' if ok else 'GOAL MISSED'}."
        + (f" Seeding took {seed_seconds:.0f} s." if seed_seconds else ""),
    ]
    print("\n".join(lines))
    if args.write:
        write_results("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
