"""Dashboard benchmark: every page's first render and the server's RSS, side by side.

    python bench/dashboard/run.py --listings 1000000 --backend sqlite|postgresql \\
        [--baseline 545089e] [--reuse]

Seeds the stores (``bench/dashboard/stores.py``: bulk inserts of ``tests/dashboard/seed.py``;
with ``--baseline`` the baseline commit's own seed and schema, copied for the new code,
whose migration 0008 builds the summary tables), starts each version's dashboard on
127.0.0.1 and opens each page in headless Chromium (Playwright, /usr/bin/chromium). A page
has rendered when Streamlit reports its script finished
(``stApp[data-test-script-state=notRunning]``) and the page title is drawn. Each page is
timed on its first visit (its queries' caches cold), reached by a click inside the app;
full page loads of each URL are timed afterwards. RSS is the server process plus its
children (psutil when installed, else /proc/<pid>/status). Prints a Markdown section for
bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stores  # type: ignore[import-not-found]  # noqa: E402

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
GOAL_SECONDS = 1.0
GOAL_RSS_MB = 500


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


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` so far (the server: the page's own cost, apart
    from the machine's other jobs)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    page.wait_for_function(DONE, arg=heading, timeout=600_000, polling=20)
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


def start_server(code: Path, url: str, port: int):  # type: ignore[no-untyped-def]
    """The dashboard of the checkout ``code`` (its own app, imports and migrations)."""
    command = launch.command(port)
    command[command.index(str(launch.APP))] = str(code / "dashboard" / "app.py")
    env = {**launch.environment(url), "PYTHONPATH": str(code)}
    return subprocess.Popen(command, env=env, cwd=code)


STEPS = [  # (label, what to click: sidebar link | link | button | radio, its name, heading)
    ("Overview", "side", "总览", "总览"),
    ("Review queue", "side", "审核队列", "审核队列"),
    ("Review queue, next page", "button", "▶", "审核队列"),
    ("Listing (opened from the queue)", "button", "打开所选广告", "广告详情"),
    ("Review queue, awaiting (link on Overview)", "link", "查看对应广告", "审核队列"),
    ("Fees: by level", "side", "收费分析", "各等级收费分布"),
    ("Fees: by issuer status", "radio", "按发证机构匹配状态的收费分布", "按发证机构匹配状态的收费分布"),
    ("Fees: over time", "radio", "收费随时间变化", "收费随时间变化"),
    ("Fees: outliers", "radio", "收费超出上限的广告", "收费超出上限的广告"),
    ("Fees: providers", "radio", "培训商收费对比", "培训商收费对比"),
    ("Issuers", "side", "发证机构与培训商", "广告中出现的发证机构"),
    ("Providers", "radio", "培训商", "培训商"),
    ("Registry", "radio", "登记名录版本", "登记名录版本"),
    ("Crawl runs", "side", "抓取记录", "抓取记录"),
    ("Operators", "side", "运营主体", "运营主体"),
]
FULL = [
    ("Overview", "/", "总览"),
    ("Review queue", "/queue", "审核队列"),
    ("Listing", "/listing?listing=2", "广告详情"),
    ("Fees", "/fees", "收费分析"),
    ("Issuers & providers", "/issuers", "发证机构与培训商"),
    ("Crawl runs", "/runs", "抓取记录"),
]


def measure(code: Path, url: str) -> dict[str, object]:
    """Every page's first render (in-app clicks, cold caches), full reloads, server RSS."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(code, url, port)
    results: list[tuple[str, float, float, float]] = []
    reloads: list[tuple[str, float]] = []
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
            targets = {
                "side": lambda name: nav.get_by_role("link", name=name, exact=True),
                "button": lambda name: page.get_by_role("button", name=name, exact=True),
                "radio": lambda name: page.get_by_role("radio", name=name, exact=True),
                "link": lambda name: page.get_by_role("link", name=name).last,
            }
            for label, kind, name, heading in STEPS:
                if label.startswith("Review queue, awaiting"):
                    click_seconds(page, targets["side"]("总览"), "总览")  # back (cached)
                cpu = cpu_seconds(server.pid)
                first = click_seconds(page, targets[kind](name), heading)
                cpu = cpu_seconds(server.pid) - cpu
                rss = rss_mb(server.pid)
                peak = max(peak, rss)
                results.append((label, first, rss, cpu))
                print(f"{code.name:>14} {label:42} first render {first:6.2f}s  server CPU "
                      f"{cpu:5.2f}s  RSS {rss:6.0f} MB", flush=True)
            for label, path, heading in FULL:
                reloads.append((label, load_seconds(page, base + path, heading)))
                peak = max(peak, rss_mb(server.pid))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"results": results, "reloads": reloads, "warmup": warmup, "idle": idle_rss,
            "peak": peak}


def report(args: argparse.Namespace, info: dict[str, object], sides: dict[str, dict[str, object]],
           load: tuple[float, float]) -> str:
    head = sides["head"]
    base = sides.get("base")
    worst = max(r[1] for r in head["results"])  # type: ignore[attr-defined]
    ok = worst <= GOAL_SECONDS and float(head["peak"]) <= GOAL_RSS_MB  # type: ignore[arg-type]
    base_rows = {r[0]: r for r in base["results"]} if base else {}  # type: ignore[attr-defined]
    header = ("| page | baseline first render (server CPU) | new first render (server CPU) "
              "| new RSS after |") if base else "| page | first render (server CPU) | RSS after |"
    rows = []
    for label, seconds, rss, cpu in head["results"]:  # type: ignore[attr-defined]
        if base:
            before = base_rows.get(label)
            was = f"{before[1]:.2f} s ({before[3]:.2f} s)" if before else "–"
            rows.append(f"| {label} | {was} | {seconds:.2f} s ({cpu:.2f} s) | {rss:.0f} MB |")
        else:
            rows.append(f"| {label} | {seconds:.2f} s ({cpu:.2f} s) | {rss:.0f} MB |")
    lines = [
        f"### {args.backend}, {args.listings:,} listings",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {machine()} · load average "
        f"{load[0]:.1f} before, {load[1]:.1f} after · "
        f"`python bench/dashboard/run.py --listings {args.listings} --backend {args.backend}"
        + (f" --baseline {args.baseline}`" if args.baseline else "`"),
        "",
        header,
        "|---|---|---|---|" if base else "|---|---|---|",
        *rows,
        "",
        "Full page loads, new code (browser reload, caches warm): "
        + ", ".join(f"{n} {v:.2f} s" for n, v in head["reloads"])  # type: ignore[attr-defined]
        + f". Opening the dashboard (first load of a listing): {head['warmup']:.2f} s"
        + (f" (baseline {base['warmup']:.2f} s)." if base else "."),
        "",
        f"New code: worst first render {worst:.2f} s (goal ≤ {GOAL_SECONDS} s); server RSS idle "
        f"{head['idle']:.0f} MB, peak {head['peak']:.0f} MB (goal ≤ {GOAL_RSS_MB} MB): "
        f"{'goals met' if ok else 'GOAL MISSED'}."
        + (f" Baseline: worst {max(r[1] for r in base['results']):.2f} s, "  # type: ignore[attr-defined]
           f"peak RSS {base['peak']:.0f} MB." if base else "")
        + "".join(f" {k}: {v:.0f} s." for k, v in info.items() if k.endswith("_s")),
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--listings", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--baseline", help="a commit to measure side by side (e.g. 545089e)")
    parser.add_argument("--reuse", action="store_true", help="keep stores already seeded")
    args = parser.parse_args()

    info = stores.prepare(args.listings, args.backend, args.baseline, args.reuse)
    print(info, flush=True)
    load_before = os.getloadavg()[0]
    sides: dict[str, dict[str, object]] = {}
    if args.baseline:
        sides["base"] = measure(stores.checkout(args.baseline), str(info["base"]))
    sides["head"] = measure(ROOT, str(info["head"]))
    text = report(args, info, sides, (load_before, os.getloadavg()[0]))
    print(text)
    worst = max(r[1] for r in sides["head"]["results"])  # type: ignore[attr-defined]
    return 0 if worst <= GOAL_SECONDS and float(sides["head"]["peak"]) <= GOAL_RSS_MB else 1  # type: ignore[arg-type]


if __name__ == "__main__":
    raise SystemExit(main())
