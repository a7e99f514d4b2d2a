"""Run benches side by side on two commits and print the median of each figure.

    python3 bench/compare.py BASE [HEAD] [--runs 3] [--bench crawl,match,screen,store,dashboard]
        [--crawl-pages 2000] [--store-listings 20000] [--screen-listings 30000]
        [--dashboard-listings 20000] [--registry-rows 100000] [--registry-db sqlite,postgresql]

Each commit is checked out into its own git worktree under ``bench/out/compare/`` with
its own virtualenv (made once, reused). Runs alternate between the two commits (base,
head, head, base, ...) so that a drift in the machine's load falls on both alike. Each
bench's own script is run from its commit's tree, so a bench compares the code as it was
with the code as it is. The figures are parsed from each bench's own output; a ratio
head/base above 1 means head is faster (for times, the inverse is shown).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "compare"


@dataclass(frozen=True)
class Figure:
    """One number a bench prints: where to find it and which way is better."""

    name: str
    pattern: str
    higher_is_better: bool
    optional: bool = False  # a figure the bench prints only for some options


@dataclass(frozen=True)
class Bench:
    """A bench script with its arguments and the figures read from its output."""

    name: str
    argv: Callable[[argparse.Namespace], list[str]]
    figures: tuple[Figure, ...]


BENCHES = {
    "crawl": Bench(
        "crawl",
        lambda o: ["bench/crawl/run.py", "--pages", str(o.crawl_pages), "--skip-archive-only"],
        (
            Figure("crawl pages/s", r"\(b\) certwatch crawl.*= ([\d.]+) pages/s", True),
            Figure("do-nothing pages/s", r"\(a\) do-nothing.*= ([\d.]+) pages/s", True),
            Figure("ratio (b)/(a)", r"ratio \(b\)/\(a\): ([\d.]+)", True),
        ),
    ),
    "match": Bench(
        "match",
        lambda o: ["bench/match/run.py"],
        (
            Figure("matcher CPU s", r"IssuerMatcher:.*\(CPU ([\d.]+) s\)", False),
            Figure("matcher wall s", r"IssuerMatcher:.*total ([\d.]+) s", False),
            Figure("brute-force CPU s", r"brute-force cdist:.*\(CPU ([\d.]+) s", False),
        ),
    ),
    # newer than the commits it compares: this checkout's script, run by each commit's Python,
    # times that commit's `certwatch registry import` on the same generated file
    "registry": Bench(
        "registry",
        lambda o: [str(ROOT / "bench/registry/run.py"), "--rows", str(o.registry_rows),
                   "--db", o.registry_db],
        tuple(
            Figure(f"{store} {what}", pattern.format(store=store), False, optional=True)
            for store in ("sqlite", "postgresql")
            for what, pattern in (
                ("first import s", r"{store} first import.* in ([\d.]+) s wall"),
                ("second import s", r"{store} second import.* in ([\d.]+) s wall"),
                ("first import CPU s", r"{store} first import.*\(CPU ([\d.]+) s\)"),
            )
        ),
    ),
    "screen": Bench(
        "screen",
        lambda o: ["bench/screen/run.py", "--listings", str(o.screen_listings)],
        (
            Figure("rules listings/s", r"screened .* ([\d,]+) listings/s", True),
            Figure("rules per CPU-s", r"; ([\d,]+) per CPU-second", True),
        ),
    ),
    "store": Bench(
        "store",
        lambda o: ["bench/store_screen_export.py", "--listings", str(o.store_listings)],
        (
            Figure("first screen listings/s", r"first screen: ([\d,]+) listings/s", True),
            Figure("re-screen listings/s", r"re-screen: ([\d,]+) listings/s", True),
            Figure("export listings/s", r"export [\d,]+: [\d.]+s \(([\d,]+) listings/s\)", True),
        ),
    ),
    "dashboard": Bench(
        "dashboard",
        lambda o: ["bench/dashboard/run.py", "--listings", str(o.dashboard_listings)],
        (
            Figure("worst first render s", r"Worst first render ([\d.]+) s", False),
            Figure("Overview first render s", r"\| Overview \| ([\d.]+) s", False),
            Figure("Review queue first render s", r"\| Review queue \| ([\d.]+) s", False),
        ),
    ),
}


def sh(*argv: str, cwd: Path = ROOT) -> str:
    """Run a command, fail loudly with its output."""
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(argv)} failed in {cwd}:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def tree_for(ref: str) -> tuple[str, Path]:
    """A worktree with a virtualenv for ``ref`` (made once)."""
    sha = sh("git", "rev-parse", "--short=10", ref).strip()
    tree = OUT / sha
    if not tree.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        sh("git", "worktree", "add", "--detach", str(tree), sha)
    if not (tree / ".venv" / "bin" / "python").exists():
        sh(sys.executable, "-m", "venv", ".venv", cwd=tree)
        sh(".venv/bin/pip", "install", "-q", "-e", ".[test]", cwd=tree)
    return sha, tree


def run_once(bench: Bench, tree: Path, options: argparse.Namespace) -> dict[str, float]:
    """Run one bench in one tree; the figures it printed."""
    started = time.perf_counter()
    out = sh(str(tree / ".venv" / "bin" / "python"), *bench.argv(options), cwd=tree)
    found = {"wall s": time.perf_counter() - started}
    for figure in bench.figures:
        match = re.search(figure.pattern, out)
        if match is None and figure.optional:
            continue
        if match is None:
            raise SystemExit(f"{bench.name}: no '{figure.name}' in its output:\n{out}")
        found[figure.name] = float(match.group(1).replace(",", ""))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("head", nargs="?", default="HEAD")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bench", default="crawl,match,screen,store")
    parser.add_argument("--crawl-pages", type=int, default=2000)
    parser.add_argument("--screen-listings", type=int, default=30_000)
    parser.add_argument("--store-listings", type=int, default=20_000)
    parser.add_argument("--dashboard-listings", type=int, default=20_000)
    parser.add_argument("--registry-rows", type=int, default=100_000)
    parser.add_argument("--registry-db", default="sqlite,postgresql",
                        help="registry bench stores; a figure of a store left out is not shown")
    options = parser.parse_args()
    sides = [tree_for(options.base), tree_for(options.head)]
    print(f"base {sides[0][0]}  head {sides[1][0]}  runs {options.runs} (median shown)")
    for name in options.bench.split(","):
        bench = BENCHES[name]
        results: dict[str, list[dict[str, float]]] = {sha: [] for sha, _ in sides}
        for run in range(options.runs):
            order = sides if run % 2 == 0 else sides[::-1]
            for sha, tree in order:
                results[sha].append(run_once(bench, tree, options))
        print(f"\n{name}: {' '.join(bench.argv(options))}")
        higher = {f.name: f.higher_is_better for f in bench.figures} | {"wall s": False}
        for key in higher:
            if any(key not in r for runs in results.values() for r in runs):
                continue  # an optional figure this run did not print
            base = statistics.median(r[key] for r in results[sides[0][0]])
            head = statistics.median(r[key] for r in results[sides[1][0]])
            speed = (head / base if higher[key] else base / head) if base and head else float("nan")
            print(f"  {key:26s} base {base:>10.2f}  head {head:>10.2f}  head/base {speed:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
