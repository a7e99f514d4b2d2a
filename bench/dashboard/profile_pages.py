"""Where a dashboard page's first render spends its CPU: each page run once in-process
(Streamlit's AppTest, cold caches, in the bench's order after opening a listing) under
cProfile, on a store the bench seeded.

    python bench/dashboard/profile_pages.py sqlite:///bench/out/dashboard/head-1000000.db \\
        [--page queue] [--top 25]

Prints each page's CPU seconds (the script, its queries and Streamlit's element building;
not the browser's drawing) and the functions with the most cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

APP = ROOT / "dashboard" / "app.py"
PAGES = {  # name: (page file, query parameters), in the order bench/dashboard/run.py visits
    "overview": ("views/overview.py", {}),
    "queue": ("views/queue.py", {}),
    "queue_next": ("views/queue.py", {}),  # the ▶ button after the queue's first page
    "listing": ("views/listing.py", {"listing": "2"}),
    "fees": ("views/fees.py", {}),
    "fees_by_status": ("views/fees.py", {"view": "fees_by_status"}),
    "fee_trend": ("views/fees.py", {"view": "fee_trend"}),
    "fee_outliers": ("views/fees.py", {"view": "fee_outliers"}),
    "provider_compare": ("views/fees.py", {"view": "provider_compare"}),
    "issuers": ("views/issuers.py", {}),
    "providers": ("views/issuers.py", {"view": "providers_title"}),
    "registry": ("views/issuers.py", {"view": "registry_title"}),
    "runs": ("views/runs.py", {}),
    "operators": ("views/operators.py", {}),
}


def profile(names: list[str], top: int) -> None:
    """Open a listing first (as the bench does: the app, its imports, the engine), then
    each page in turn, its caches cleared, under cProfile."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=600)
    at.run()
    at.switch_page("views/listing.py")
    at.query_params["listing"] = "3"
    at.run()
    for name in names:
        page, query = PAGES[name]
        if name == "queue_next":
            at.switch_page(page)
            at.query_params.clear()
            at.run()
            at.button(key="q_next").click()
        else:
            at.switch_page(page)
            at.query_params.clear()
        for key, value in query.items():
            at.query_params[key] = value
        st.cache_data.clear()
        profiles: list[cProfile.Profile] = []

        def in_script_thread(*_: object, found: list[cProfile.Profile] = profiles) -> None:
            sys.setprofile(None)  # AppTest runs the script in a thread of its own
            found.append(cProfile.Profile())
            found[-1].enable()

        cpu, wall = time.process_time(), time.perf_counter()
        threading.setprofile(in_script_thread)
        at.run()
        threading.setprofile(None)  # type: ignore[arg-type]
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        if at.exception:
            raise SystemExit(f"{name}: {[e.value for e in at.exception]}")
        print(f"\n## {name}: {cpu:.2f} CPU s, {wall:.2f} s wall (in-process, cold caches)")
        out = io.StringIO()
        stats = pstats.Stats(profiles[0], stream=out)
        for more in profiles[1:]:
            stats.add(more)
        stats.sort_stats("cumulative").print_stats(top)
        print(out.getvalue().split("\n", 6)[-1] if out.getvalue() else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url")
    parser.add_argument("--page", action="append", choices=sorted(PAGES))
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    os.environ["CERTWATCH_DB"] = args.url
    profile(args.page or list(PAGES), args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
