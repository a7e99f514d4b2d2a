"""A synthetic web of Chinese training-school pages for the crawl benchmark.

Pages look like the real thing: a navigation bar with dozens of links, inline CSS and
script, a side column, a footer, and a main text that is either a course ad (levels, fees,
issuer, contact, sometimes scam phrasing) or not (news, notices, unrelated courses).
Sizes fall between 20 and 60 KB; every page is reachable from /index.html.
"""

from __future__ import annotations

import random
from pathlib import Path

PROVINCES = ["广东", "浙江", "江苏", "山东", "四川", "湖北", "河南", "北京", "上海", "福建"]
LEVELS = ["五级/初级工", "四级/中级工", "三级/高级工", "二级/技师", "一级/高级技师"]
ISSUERS = [
    "{p}省人工智能产业协会职业技能等级认定中心",
    "{p}数字技能职业技能鉴定站",
    "中国人工智能培训认证中心",
    "{p}省职业技能鉴定指导中心",
    "国家人工智能职业技能评价中心",
]
AD_LINES = [
    "本课程面向零基础学员，系统学习数据采集、数据标注、智能系统运维等内容。",
    "考试合格后由{issuer}颁发人工智能训练师（{level}）职业技能等级证书。",
    "培训费用：{fee}元/人（含教材费、考试费），报名即送学习资料。",
    "报名咨询电话：0{area}-{phone}，微信同号，名额有限，报满即止。",
    "证书全国通用，可在官网查询，可用于积分落户、申领技能补贴。",
    "线上直播+线下实操，随到随学，周末班、晚班可选。",
    "包过班：不过全额退费，100%通过！",
    "原价{orig}元，现限时优惠价{fee}元。",
    "课程共计{hours}课时，由行业资深讲师授课。",
]
NEWS_LINES = [
    "近日，{p}省人社厅公布了新一批职业技能等级认定机构名单。",
    "记者调查发现，一些机构宣称“包过”“免考拿证”，收取高额费用后发放无法查询的证书。",
    "人社部门提醒，职业技能等级证书应通过官方渠道查询，谨防上当受骗。",
    "会议指出，要加快培养数字经济领域技能人才，完善评价体系。",
    "本校烹饪、美容美发、汽车维修专业秋季班火热招生中。",
    "图书馆开放时间调整通知：周一至周五8:00-21:00。",
]
STYLE = "".join(
    f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 4099 % 0xFFFFFF:06x};"
    f"font-size:{12 + i % 6}px;line-height:1.{i % 9}}}\n"
    for i in range(160)
)
SCRIPT = "".join(
    f"function track{i}(e){{var d=document,s=d.createElement('img');"
    f"s.src='/t.gif?e='+encodeURIComponent(e)+'&i={i}&r='+Math.random();}}\n"
    for i in range(60)
)


def _ad(rng: random.Random, province: str) -> tuple[str, list[str]]:
    level = rng.choice(LEVELS)
    fee = rng.choice([980, 1680, 1980, 2980, 3980, 5800, 6800, 12800])
    values = {
        "issuer": rng.choice(ISSUERS).format(p=province),
        "level": level,
        "fee": fee,
        "orig": fee * 2,
        "area": rng.randint(10, 999),
        "phone": rng.randint(10_000_000, 99_999_999),
        "hours": rng.randint(40, 200),
        "p": province,
    }
    title = f"{province}人工智能训练师（{level}）职业技能等级证书培训报名"
    lines = [line.format(**values) for line in rng.sample(AD_LINES, k=6)]
    return title, lines


def _news(rng: random.Random, province: str) -> tuple[str, list[str]]:
    title = rng.choice(["职业技能评价工作动态", "警惕假证骗局", "秋季招生简章", "通知公告"])
    return f"{province}{title}", [line.format(p=province) for line in rng.sample(NEWS_LINES, k=4)]


def render(index: int, total: int, rng: random.Random) -> str:
    """One page: about 1 in 3 is an ad; links to its children and a few random pages."""
    province = rng.choice(PROVINCES)
    title, lines = (_ad if index % 3 == 1 else _news)(rng, province)
    children = [c for c in (index * 8 + k for k in range(1, 9)) if c < total]
    others = [rng.randrange(total) for _ in range(6)]
    nav = "".join(f'<li class="c{k}"><a href="/p/{k}.html">栏目{k}</a></li>' for k in range(40))
    links = "".join(
        f'<li><a href="/p/{n}.html">{"课程报名" if n % 3 == 1 else "资讯"}{n}</a></li>'
        for n in children + others
    )
    main = "".join(f"<p>{line}</p>" for line in lines)
    filler = "".join(
        f'<div class="c{k % 160}"><span>推荐阅读：{province}职业教育动态第{k}期</span></div>'
        for k in range(rng.randint(20, 200))
    )
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{STYLE}</style><script>{SCRIPT}</script></head><body>"
        f'<div class="header"><ul class="nav">{nav}</ul></div>'
        f'<div class="main"><h1>{title}</h1>{main}</div>'
        f'<div class="side"><ul>{links}</ul>{filler}</div>'
        f'<div class="footer"><p>版权所有 © 2026 {province}某某教育科技有限公司 备案号：京ICP备{index:08d}号</p></div>'
        "</body></html>"
    )


def generate(root: Path, total: int, seed: int = 7) -> list[int]:
    """Write ``total`` pages under root/p/ plus root/index.html; returns their sizes."""
    rng = random.Random(seed)
    (root / "p").mkdir(parents=True, exist_ok=True)
    sizes = []
    for index in range(total):
        body = render(index, total, rng).encode("utf-8")
        sizes.append(len(body))
        (root / "p" / f"{index}.html").write_bytes(body)
    (root / "index.html").write_text(
        '<html><body><a href="/p/0.html">首页</a></body></html>', "utf-8"
    )
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", "utf-8")
    return sizes
