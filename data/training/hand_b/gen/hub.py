"""The start page /index.html: a regional portal linking every sub-site (with tracking variants)."""
from common import page

SECTIONS = [
    ("问答社区", [
        ("/wenda/", "知行 · 首页"),
        ("/wenda/question/61827345.html?utm_source=portal&utm_medium=banner&utm_campaign=ai2025", "2025年考人工智能训练师证书还值得吗？"),
        ("/wenda/question/61827345.html#answer-2290173345", "（精选回答）蓉城AI实训营说人话"),
        ("/wenda/question/62004411.html?utm_source=portal", "培训机构说能包过，靠谱吗？"),
        ("/wenda/question/62300871.html?share_code=1kYx9Qe2Gm&utm_psn=1890224", "深圳有哪些靠谱的人工智能训练师培训机构？"),
        ("/zhidao/question/1738495562.html?fr=iks&word=人工智能训练师高级技师&ie=gbk", "问问知道：高级技师证怎么考？"),
        ("/zhidao/question/1740022218.html", "问问知道：四级技能补贴怎么领？"),
    ]),
    ("论坛 · 贴吧", [
        ("/tieba/f/index.html?kw=人工智能训练师&amp;ie=utf-8&amp;tab=good", "人工智能训练师吧（精品）"),
        ("/tieba/p/8812398820.html?share=9105&amp;fr=share&amp;see_lz=0&amp;sfc=copy&amp;client_type=2&amp;client_version=12.25.1.0&amp;st=1726312345&amp;unique=5F3A0C", "四级考完了，问下三级怎么报？"),
        ("/bbs/index.html", "山城社区（重庆）"),
        ("/bbs/thread-302456-1-1.html?extra=page%3D1&amp;_dsign=7a21c0f3", "重庆哪里可以考人工智能训练师？"),
    ]),
    ("新闻 · 政务", [
        ("/news/", "南粤都市网"),
        ("/news/society/2025-06/12/content_4412876.html?spm=C73544894212.P99790479609.0.0", "记者暗访AI训练师考证班"),
        ("/gov/gz/rsj/tzgg/202504/t20250418_29817.html", "广州市人社局：技能提升补贴申领通知"),
        ("/gov/cd/rsj/gsgg/202506/t20250620_7712.html", "成都市人社局：评价机构备案公示"),
        ("/gov/cq/rlsbj/zscx.html", "重庆市人社局：证书查询"),
        ("/gov/sz/rsj/xxgk/202509/t20250911_3391.html", "深圳市人社局：认定工作问答"),
    ]),
    ("招聘求职", [
        ("/zhipin/", "职聘直达"),
        ("/zhipin/job_detail/a8f3c2e91d0b.html?ka=portal_job_1&amp;securityId=Xp0~", "数据标注员 8-12K"),
        ("/zhilian/jobs/CC415233077J40567900815.html?refcode=portal", "AI数据训练师（储备干部）"),
    ]),
    ("培训择校", [
        ("/jigou/", "择校网 · 机构大全"),
        ("/jigou/rank/rgznxls-shida.html?utm_source=portal", "十大人工智能训练师培训机构"),
        ("/jigou/school/2231.html?spm=a21bo.jianhua.201862-1.d1&amp;scm=1007.40986.275655.0", "穗智数字技能培训学校"),
        ("/m/jigou/school/2231.html?from=qrcode", "穗智数字技能培训学校（手机版）"),
        ("/hk/rgzn-xunlianshi.html?lang=zh-hk", "大灣區職涯網：人工智能訓練師"),
    ]),
]


def build():
    blocks = []
    for title, links in SECTIONS:
        lis = "\n".join(f'<li><a href="{u if "&amp;" in u else u.replace("&", "&amp;")}">{t}</a></li>' for u, t in links)
        blocks.append(f'<section class="blk"><h2>{title}</h2><ul>\n{lis}\n</ul></section>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>湾区巴蜀生活网 - 广东·四川·重庆本地生活信息门户</title>
<meta name="keywords" content="广州,深圳,成都,重庆,招聘,考证,论坛,新闻">
<style>body{{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fafafa}}header{{background:#1f6f43;color:#fff;padding:14px 10%}}header h1{{margin:0;font-size:26px}}
main{{width:1100px;margin:16px auto;display:grid;grid-template-columns:repeat(3,1fr);gap:14px}}.blk{{background:#fff;border:1px solid #e5e5e5;padding:10px 16px}}.blk h2{{font-size:16px;border-bottom:2px solid #1f6f43}}
footer{{text-align:center;color:#888;font-size:12px;padding:20px}}</style></head>
<body><header><h1>湾区巴蜀生活网</h1><div>广州 · 深圳 · 佛山 · 东莞 · 珠海 · 成都 · 绵阳 · 重庆 &nbsp; | &nbsp; 2025年10月 星期三</div></header>
<main>
{chr(10).join(blocks)}
<section class="blk"><h2>友情链接</h2><ul><li><a href="https://www.osta.org.cn/">技能人才评价证书全国联网查询</a></li><li><a href="https://www.mohrss.gov.cn/">人力资源和社会保障部</a></li><li><a href="https://hrss.gd.gov.cn/">广东省人社厅</a></li><li><a href="mailto:service@wbsh.example">联系我们</a></li><li><a href="tel:02088886666">客服电话</a></li></ul></section>
</main>
<footer>湾区巴蜀生活网 © 2025 | 粤ICP备20251234号 | 本站部分内容来自网友发布，不代表本站立场</footer>
</body></html>"""
    page("/index.html", html, "other", "portal start page linking every sub-site, many links with tracking parameters and fragments",
         ["tracking_params"])
