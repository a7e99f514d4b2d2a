"""Per-page cost of ``extract_page`` on a ~40 KB course-ad page (ms/page, median of runs).

Run: /work/venv/bin/python bench/extract_cost.py [N]
"""

from __future__ import annotations

import statistics
import sys
import time

from crawler.extract.page import extract_page
from crawler.extract.text import normalize
from facts.levels import _find_levels

_AD_BLOCK = """
<div class="course"><h2>人工智能训练师{lv}级考证班 第{i}期</h2>
<p>人工智能训练师（职业编码4-04-05-05）{lv}级培训，课程涵盖数据采集、数据标注、智能系统运维，共50课时。
考试合格后由杭州数智职业技能评价有限公司颁发职业技能等级证书，全国联网可查：zscx.osta.org.cn。</p>
<table><tr><th>等级</th><th>培训费</th><th>鉴定费</th></tr>
<tr><td>{lv}级</td><td><del>6800元</del> ¥2,980</td><td>350元</td></tr></table>
<p>原价6800元，现价仅需2980元！可申领技能提升补贴1500元。咨询电话：138-0013-8000，微信：zhixue2026。</p>
<ul class="tags"><li><a href="/t/{i}">人工智能</a></li><li><a href="/t/x{i}">考证</a></li></ul>
</div>
"""


_FILLER = (
    "<div class='wrap clearfix'><div class='row'><div class='col-md-4 item'>"
    "<a href='/course/{i}' class='thumb'><img src='/img/{i}.jpg' alt='课程封面{i}'></a>"
    "<span class='meta'>浏览 {i}23 次</span></div></div></div>"
    "<script>window._hmt=window._hmt||[];(function(){{var hm=document.createElement('script');"
    "hm.src='https://hm.example.com/hm.js?{i}abcdef';var s=document.getElementsByTagName('script')[0];"
    "s.parentNode.insertBefore(hm,s);}})();</script>"
)


def build_page(target_bytes: int = 40_000, dense: bool = False) -> str:
    """An ad page of about ``target_bytes`` UTF-8 bytes.

    ``dense``: all text (a worst case, ~350 sentences); otherwise typical markup: scripts, a
    long nav, layout wrappers, and 8 ad blocks of text (~130 sentences, 8 fee tables).
    """
    head = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>人工智能训练师考证 - 智学教育</title>"
        "<meta property='og:site_name' content='智学教育'><link rel='canonical' href='/a.html'>"
        "<script>var tracking = {a: 1, b: [1,2,3]};</script><style>.a{color:red}</style>"
        "</head><body><header><nav>" + "".join(f"<a href='/n{i}'>栏目{i}</a>" for i in range(30))
        + "</nav></header><main>"
    )
    tail = ("</main><footer><p>地址：浙江省杭州市西湖区</p>"
            "<p>© 2026 杭州智学教育科技有限公司 版权所有 浙ICP备12345678号</p></footer></body></html>")
    blocks = []
    i = 0
    while len((head + "".join(blocks) + tail).encode()) < target_bytes:
        if dense or i < 8:
            blocks.append(_AD_BLOCK.format(lv="三四五"[i % 3], i=i))
        else:
            blocks.append(_FILLER.format(i=i))
        i += 1
    return head + "".join(blocks) + tail


def _clear_caches() -> None:
    """Forget cached normalizations so every run pays full price (as a crawl of new pages)."""
    normalize.cache_clear()
    _find_levels.cache_clear()


def measure(html: str, runs: int) -> list[float]:
    """CPU milliseconds per extract_page call (process time: robust to a shared machine)."""
    extract_page(html, "http://example.com/a.html")  # warm-up: imports, regex compile, tables
    times = []
    for _ in range(runs):
        _clear_caches()
        start = time.process_time()
        extract_page(html, "http://example.com/a.html")
        times.append((time.process_time() - start) * 1000)
    return times


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    unrelated = build_page().replace("人工智能训练师", "电子商务师").replace("4-04-05-05", "4-01-02-02")
    cases = (("typical ad", build_page()), ("text-dense worst case", build_page(dense=True)),
             ("page not naming the occupation (fast path)", unrelated))
    for label, html in cases:
        times = measure(html, runs)
        print(f"{label}: {len(html.encode()) / 1000:.1f} KB, runs: {runs}: "
              f"median {statistics.median(times):.2f} ms/page, "
              f"p90 {sorted(times)[int(runs * 0.9)]:.2f} ms, min {min(times):.2f} ms")


if __name__ == "__main__":
    main()
