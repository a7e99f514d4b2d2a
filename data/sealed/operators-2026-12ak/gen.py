#!/usr/bin/env python3
"""Generate the operators-2026-12ak test web: site/ and truth.json.

Standard library only, fully deterministic (no randomness is used).
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helper
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(x) * y for x, y in zip(body8, w)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, body8):
    s = prefix8 + body8 + _org_check(body8)
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s, WEIGHTS)) % 31
    return s + ALPHA[0 if r == 31 else r]


C_U01 = uscc("91310115", "MA1K4B7N")
C_U03 = uscc("91440106", "MA59C3RW")
C_U05 = uscc("91110108", "MA01Q8TL")
C_U06 = uscc("91510104", "MA6CK7U2")
C_U08 = uscc("91440300", "MA5G2HYR")
C_I02 = uscc("91420106", "MA4K9PD3")
C_PLAT = uscc("91330106", "MA2H7XB5")   # the B2B directory's own operating company

PAGES = []      # (path, html)
TRUTH = []      # truth entries


def add(path, html, is_offer, operator, provider, identifiers, note):
    PAGES.append((path, html))
    TRUTH.append({
        "path": path,
        "is_offer": is_offer,
        "operator": operator,
        "provider": provider,
        "identifiers": [list(x) for x in identifiers],
        "note": note,
    })


def rel(frm, to):
    """Relative link from page path `frm` to page path `to` (both start with /)."""
    return os.path.relpath(to, os.path.dirname(frm) or "/").replace(os.sep, "/")


# ====================================================================== B2B
B2B_CSS = """body{margin:0;font:13px/1.6 'Microsoft YaHei',SimSun,sans-serif;background:#f2f2f2;color:#333}
.top{background:#e4393c;color:#fff;padding:4px 20px;font-size:12px}.top a{color:#fff}
.hd{background:#fff;padding:10px 20px;border-bottom:2px solid #e4393c}.logo{font-size:24px;color:#e4393c;font-weight:bold}
.wrap{width:1100px;margin:10px auto;display:flex;gap:12px}.side{width:260px;background:#fff;padding:10px}
.main{flex:1;background:#fff;padding:14px}table.info{border-collapse:collapse;width:100%}
table.info td,table.info th{border:1px solid #ddd;padding:5px 8px}table.info th{background:#fafafa;width:30%;text-align:left}
.ft{background:#333;color:#aaa;padding:16px;text-align:center;font-size:12px;margin-top:20px}.ft a{color:#ccc}
.crumb{font-size:12px;color:#888;margin-bottom:8px}.tag{display:inline-block;background:#fff3f3;color:#e4393c;border:1px solid #f5c6c6;padding:0 6px;margin:2px}"""


def b2b_page(path, title, crumb, side, main):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 商企黄页网</title>
<meta name="keywords" content="企业名录,公司黄页,{title}">
<meta name="description" content="商企黄页网提供{title}的联系方式、地址、主营产品等企业信息。">
<style>{B2B_CSS}</style>
</head>
<body>
<div class="top">您好，欢迎来到商企黄页网！ <a href="{rel(path, '/b2b/help.html')}">帮助中心</a> | <a href="{rel(path, '/b2b/index.html')}">企业名录</a> | <a href="{rel(path, '/index.html')}">网站导航</a></div>
<div class="hd">
  <span class="logo"><img src="/static/sqyp-logo.png" alt="商企黄页网 shangqiyp.com" width="150" height="40"></span>
  <form class="search" action="#" method="get" style="display:inline-block;margin-left:40px">
    <select name="t"><option>公司</option><option>产品</option></select>
    <input type="text" name="kw" placeholder="输入公司名称、产品关键词" size="40"><button type="submit">搜索</button>
  </form>
</div>
<div class="crumb" style="width:1100px;margin:8px auto 0">当前位置：<a href="{rel(path, '/b2b/index.html')}">首页</a> &gt; {crumb}</div>
<div class="wrap">
<div class="side">
{side}
</div>
<div class="main">
{main}
</div>
</div>
<!-- footer start -->
<div class="ft">
<p><a href="{rel(path, '/b2b/help.html')}">关于我们</a> | <a href="{rel(path, '/b2b/help.html')}">会员服务</a> | <a href="{rel(path, '/b2b/help.html')}">免责声明</a></p>
<p>商企黄页网 版权所有 运营单位：杭州商企云信息技术有限公司（统一社会信用代码 {C_PLAT}）</p>
<p>全国客服热线：400-900-2618 　客服邮箱：kefu@shangqiyp.com 　会员交流QQ群：638120947</p>
<p>本站企业信息由会员自行发布，真实性请自行核实，交易前请谨慎。 浙ICP备1703xxxx号</p>
</div>
</body>
</html>"""


def b2b_side(name, rows):
    trs = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f"""<h3>企业档案</h3>
<p><b>{name}</b></p>
<p><span class="tag">营业执照已认证</span><span class="tag">VIP会员第3年</span></p>
<table class="info">
{trs}
</table>
<p style="color:#999;font-size:12px">联系我时请说明是在商企黄页网看到的，谢谢！</p>"""


# ====================================================================== City portal
CITY_CSS = """body{margin:0;font:14px/1.7 'PingFang SC','Microsoft YaHei',sans-serif;background:#fff;color:#222}
header{background:#1769aa;color:#fff}header .bar{width:1000px;margin:0 auto;padding:10px 0;display:flex;justify-content:space-between}
header a{color:#fff}nav{background:#0f4f82}nav ul{width:1000px;margin:0 auto;padding:0;list-style:none;display:flex}
nav li a{display:block;padding:8px 18px;color:#fff;text-decoration:none}.box{width:1000px;margin:14px auto;display:flex;gap:20px}
article{flex:1}aside{width:260px;border-left:1px solid #e5e5e5;padding-left:16px}.meta{color:#888;font-size:12px}
footer{background:#f5f5f5;border-top:3px solid #1769aa;padding:18px;text-align:center;font-size:12px;color:#666}
table.t{border-collapse:collapse}table.t td,table.t th{border:1px solid #bbb;padding:4px 10px}"""


def city_page(path, title, body, aside_extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}_便民365城市服务网</title>
<style>{CITY_CSS}</style>
</head>
<body>
<header><div class="bar"><span><img src="/static/bm365.png" alt="便民365城市服务网" height="32"> 便民365 · 城市服务</span>
<span>[切换城市] 上海 广州 深圳 成都 济南 杭州 西安 南京 | <a href="{rel(path, '/city/index.html')}">首页</a></span></div></header>
<nav><ul>
<li><a href="{rel(path, '/city/index.html')}">首页</a></li>
<li><a href="{rel(path, '/city/policy-ai-trainer.html')}">政策解读</a></li>
<li><a href="{rel(path, '/city/index.html')}#train">职业培训</a></li>
<li><a href="{rel(path, '/city/index.html')}#classified">便民信息</a></li>
<li><a href="{rel(path, '/index.html')}">网站地图</a></li>
</ul></nav>
<div class="box">
<article>
{body}
</article>
<aside>
<h4>办事指南</h4>
<ul><li>社保卡补办</li><li>居住证积分查询</li><li>职业技能提升补贴申领</li><li>灵活就业登记</li></ul>
{aside_extra}
<h4>便民电话</h4>
<p>政务服务便民热线：12345<br>人社服务热线：12333<br>消费者投诉：12315</p>
</aside>
</div>
<footer>
<p>便民365城市服务网（bianmin365.cn）为信息发布平台，培训机构信息由商家提供，请核实资质后再报名缴费。</p>
<p>违法和不良信息举报邮箱：jubao@bianmin365.cn 　平台热线 12345 转便民服务</p>
<p>&copy; 2016-2026 bianmin365.cn</p>
</footer>
</body>
</html>"""


# ====================================================================== Job board
JOB_CSS = """body{margin:0;background:#f6f6f8;font:14px/1.6 -apple-system,'Microsoft YaHei',sans-serif}
.nav{background:#202329;color:#fff;padding:0 40px;height:52px;display:flex;align-items:center;gap:28px}.nav a{color:#ddd;text-decoration:none}
.nav .brand{color:#00c2b3;font-weight:700;font-size:20px}.job-wrap{width:1080px;margin:16px auto;display:flex;gap:16px}
.job-main{flex:1;background:#fff;border-radius:8px;padding:24px}.job-side{width:300px;background:#fff;border-radius:8px;padding:16px}
.salary{color:#fe574a;font-size:22px;font-weight:600}.tags span{background:#f1f2f5;padding:2px 8px;margin-right:6px;border-radius:3px;font-size:12px}
.foot{text-align:center;color:#999;font-size:12px;padding:20px}"""


def job_page(path, title, main, side):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 速聘网</title>
<style>{JOB_CSS}</style>
<script>window.__PAGE__={{"type":"job_detail"}};</script>
</head>
<body>
<div class="nav"><span class="brand">速聘网</span><a href="{rel(path, '/job/index.html')}">职位</a><a href="{rel(path, '/job/index.html')}">校园</a><a href="{rel(path, '/job/index.html')}">公司</a><a href="{rel(path, '/index.html')}">站点导航</a></div>
<div class="job-wrap">
<div class="job-main">
{main}
</div>
<div class="job-side">
{side}
<div style="margin-top:16px;font-size:12px;color:#999;border-top:1px dashed #ddd;padding-top:8px">
<b>求职安全提示</b>：招聘方以任何名义收取培训费、考证费、押金均属违规，请立即举报。<br>
速聘网客服：400-655-3180 　反诈专线：96110
</div>
</div>
</div>
<div class="foot">速聘网 supin123.com　人力资源服务许可证 · 客服热线 400-655-3180 · 消费投诉 12315　&copy;2026</div>
</body>
</html>"""


# ====================================================================== Forum
BBS_CSS = """body{background:#e9edf2;font:12px/1.6 Tahoma,'Microsoft YaHei';margin:0}#hd{background:#2b6fb6;color:#fff;padding:8px 20px}
#hd a{color:#fff}#wp{width:960px;margin:10px auto;background:#fff;border:1px solid #c2d5e3}
table.plhin{width:100%;border-bottom:4px solid #c2d5e3;border-collapse:collapse}td.pls{width:160px;background:#e5edf2;vertical-align:top;padding:10px}
td.plc{padding:10px;vertical-align:top}.pi{color:#999;border-bottom:1px dashed #ccc;margin-bottom:6px}.sign{color:#999;border-top:1px dashed #ddd;margin-top:8px}"""


def bbs_page(path, title, floors):
    rows = []
    for i, (user, meta, text) in enumerate(floors):
        n = "楼主" if i == 0 else f"{i + 1}#"
        rows.append(f"""<table class="plhin" id="pid{1000 + i}"><tr>
<td class="pls"><div class="authi"><a href="#">{user}</a></div><div>{meta}</div></td>
<td class="plc"><div class="pi">{n} 发表于 2026-0{3 + i % 5}-1{i} 2{i % 4}:1{i}</div>
<div class="t_fsz">{text}</div></td></tr></table>""")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{title} - 职场考证 - 职友圈论坛</title><style>{BBS_CSS}</style></head>
<body>
<div id="hd"><b>职友圈论坛</b> · <a href="{rel(path, '/index.html')}">首页</a> › 职场考证 › 帖子</div>
<div id="wp">
<h1 style="font-size:16px;padding:10px">{title}</h1>
{''.join(rows)}
<form style="padding:10px" action="#" method="post"><textarea name="message" rows="4" cols="80" placeholder="发帖请遵守版规，禁止留联系方式打广告"></textarea><br><button type="submit">发表回复</button></form>
</div>
<p style="text-align:center;color:#888">Powered by Discuz! X3.4 © 2001-2026 职友圈论坛</p>
</body></html>"""


# ====================================================================== Doc library (brochures)
DOC_CSS = """body{font:14px/1.8 SimSun,'Songti SC',serif;background:#ececec;margin:0}.bar{background:#3d4a5c;color:#fff;padding:6px 18px}
.bar a{color:#fff}.paper{width:820px;margin:16px auto;background:#fff;padding:40px 56px;box-shadow:0 0 6px #aaa}
h1{text-align:center;font-size:22px}table.bro{border-collapse:collapse;width:100%;margin:10px 0}
table.bro td,table.bro th{border:1px solid #000;padding:5px 8px}.dl{color:#888;font-size:12px}"""


def doc_page(path, title, body, views):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{title} - 简章文库</title><style>{DOC_CSS}</style></head>
<body>
<div class="bar">简章文库 | <a href="{rel(path, '/doc/index.html')}">全部简章</a> | <a href="{rel(path, '/index.html')}">站点导航</a> <span style="float:right">上传者：认证用户 · 浏览 {views} 次 · 下载需 2 积分</span></div>
<div class="paper">
<h1>{title}</h1>
{body}
</div>
<p class="dl" style="text-align:center">本文档由用户上传，仅供参考。如有侵权请联系删除。简章文库不对文档内容的真实性负责。</p>
</body></html>"""


# ====================================================================== Company sites
def corp_page(path, site, title, body):
    s = SITES[site]
    links = " ".join(f'<a href="{rel(path, href)}">{label}</a>' for label, href in s["nav"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | {s['name']}</title>
<style>{s['css']}</style>
</head>
<body>
<div class="header"><img src="{s['logo']}" alt="{s['name']} LOGO" height="48"> <span class="sn">{s['name']}</span> <span class="slogan">{s['slogan']}</span></div>
<div class="menu">{links}</div>
<div class="content">
{body}
</div>
<div class="footer">
{s['footer']}
</div>
</body>
</html>"""


SITES = {
    "zhiyuan": {
        "name": "智远教育", "logo": "images/zy-logo.png", "slogan": "上海市浦东新区民办职业培训机构",
        "css": "body{margin:0;font:15px/1.8 'Microsoft YaHei'}.header{background:#0b2e59;color:#fff;padding:14px 60px}.sn{font-size:24px;font-weight:bold}.slogan{margin-left:20px;color:#9ec3ff;font-size:13px}.menu{background:#f4b400;padding:8px 60px}.menu a{margin-right:26px;color:#0b2e59;font-weight:bold;text-decoration:none}.content{padding:20px 60px}.footer{background:#0b2e59;color:#c9d6ea;padding:16px 60px;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:6px 12px}",
        "nav": [("首页", "/zhiyuan/course.html"), ("课程中心", "/zhiyuan/course.html"), ("在线报名", "/zhiyuan/enroll.html"), ("关于智远", "/zhiyuan/about.html")],
        "footer": "<p>智远教育 · 地址：上海市浦东新区张江路 xxx 号 3 楼</p><p>电话：021-54387712 　网址：www.zhiyuanpx.com</p><p>沪ICP备2021xxxxx号-1</p>",
    },
    "hx": {
        "name": "华讯数科", "logo": "img/logo_hx.svg", "slogan": "数字技能人才培养 · 深圳",
        "css": "body{margin:0;font:14px/1.7 Arial,'PingFang SC'}.header{padding:18px 8%;border-bottom:1px solid #eee}.sn{font-size:22px;color:#5b2be0}.slogan{color:#999;margin-left:12px}.menu{padding:10px 8%;background:#5b2be0}.menu a{color:#fff;margin-right:30px;text-decoration:none}.content{padding:30px 8%}.footer{background:#17122b;color:#a99fd1;padding:24px 8%}.card{border:1px solid #e3dcfb;border-radius:8px;padding:14px;margin:10px 0}",
        "nav": [("首页", "/hx/index.html"), ("课程", "/hx/course.html"), ("关于我们", "/hx/about.html")],
        "footer": "<p>华讯数科 © 2026 　联系电话：0755-86237710 　官网：huaxunsk.com</p><p>粤ICP备2023xxxxxx号</p>",
    },
    "yf": {
        "name": "云帆职业技能培训中心", "logo": "static/yf.png", "slogan": "专注新职业技能培训十年",
        "css": "body{margin:0;font:14px/1.75 'Microsoft YaHei';color:#333}.header{background:linear-gradient(90deg,#00897b,#26a69a);color:#fff;padding:16px 50px}.sn{font-size:26px}.slogan{font-size:13px;margin-left:16px}.menu{border-bottom:2px solid #00897b;padding:10px 50px}.menu a{margin-right:24px;color:#00695c;text-decoration:none}.content{padding:24px 50px;min-height:400px}.footer{background:#263238;color:#b0bec5;padding:20px 50px;font-size:12px}.price{color:#d32f2f;font-size:20px}table.lv{border-collapse:collapse}table.lv td,table.lv th{border:1px solid #b2dfdb;padding:6px 14px}",
        "nav": [("网站首页", "/yf/course-l4.html"), ("四级课程", "/yf/course-l4.html"), ("三级课程", "/yf/course-l3.html"), ("新闻动态", "/yf/news.html"), ("关于我们", "/yf/about.html"), ("联系我们", "/yf/contact.html")],
        "footer": "<p>云帆职业技能培训中心 　全国咨询热线：400-617-2839 　官网：www.yunfanedu.cn</p><p>技术支持：云启建站 www.yunqijianzhan.com 建站热线 400-086-5520</p><p>京ICP备2020xxxxx号</p>",
    },
    "jnt": {
        "name": "技能通在线", "logo": "assets/jnt_logo.jpg", "slogan": "学技能 · 考证书 · 就业通",
        "css": "body{margin:0;font:15px/1.7 'Hiragino Sans GB','Microsoft YaHei';background:#fffaf3}.header{padding:12px 40px;background:#fff}.sn{font-size:22px;color:#ff6a00;font-weight:bold}.slogan{color:#777;margin-left:14px}.menu{background:#ff6a00;padding:9px 40px}.menu a{color:#fff;margin-right:22px;text-decoration:none}.content{padding:22px 40px}.footer{border-top:1px solid #f1d7bd;padding:18px 40px;color:#8d6e63;font-size:12px}",
        "nav": [("首页", "/jnt/index.html"), ("AI课程", "/jnt/course.html"), ("关于技能通", "/jnt/about.html")],
        "footer": "<p>技能通在线 jinengtong.net 版权所有</p><p>Powered by 云启建站 yunqijianzhan.com | 售后 400-086-5520</p>",
    },
    "kd": {
        "name": "凯德教育", "logo": "kd.png", "slogan": "重庆 · 新职业技能培训",
        "css": "body{margin:0;font:15px/1.8 sans-serif}.header{background:#222;color:#ffd54f;padding:16px 30px}.sn{font-size:24px}.slogan{color:#eee;margin-left:10px;font-size:12px}.menu{background:#333;padding:6px 30px}.menu a{color:#ffd54f;margin-right:18px}.content{padding:22px 30px}.footer{background:#111;color:#888;padding:16px 30px;font-size:12px}",
        "nav": [("首页", "/kd/index.html"), ("立即报名", "/kd/index.html#form")],
        "footer": "<p>凯德教育 kaide-edu.com</p><p>网站由 云启建站 提供技术支持 · 热线 400-086-5520</p>",
    },
}

# Shared decoy snippets
EVAL_CENTRE = "考核评价：由人社部门备案的评价机构“中启数智职业技能评价中心”组织认定，考务咨询 010-57209813"
VENUE_SZ = "上课地点：深圳市南山区科技园创新大厦B座 6 楼（大厦前台 0755-26651180）"
PROJECT_NO = "13120260415"

# =================================================================== U01 智远
add("/zhiyuan/course.html", corp_page("/zhiyuan/course.html", "zhiyuan", "人工智能训练师（三级/四级）培训课程", f"""
<h2>人工智能训练师 职业技能等级培训 招生中</h2>
<p>职业编码 4-04-05-05，《人工智能训练师国家职业技能标准（2021年版）》规定的新职业。我校开设四级（中级工）、三级（高级工）两个等级培训班，小班授课，理论 30% + 实操 70%。</p>
<img src="images/ai-class.jpg" alt="智远教育人工智能训练师实操课堂">
<table>
<tr><th>等级</th><th>课时</th><th>学费</th><th>可申领补贴（符合条件者）</th></tr>
<tr><td>四级/中级工</td><td>50 课时</td><td><del>¥4200</del> ¥3600</td><td>最高 1500 元</td></tr>
<tr><td>三级/高级工</td><td>40 课时</td><td><del>¥5800</del> ¥4800</td><td>最高 2000 元</td></tr>
</table>
<p>证书查询：职业技能等级证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<p>咨询微信：zy_peixun88（工作日 9:00-18:00）</p>
<p><a href="enroll.html">→ 去在线报名</a></p>
"""), True, "U01", "智远教育",
    [("phone", "+862154387712", "021-54387712"), ("domain", "zhiyuanpx.com", "www.zhiyuanpx.com"),
     ("wechat", "zy_peixun88", "zy_peixun88")],
    "training company site, course page with per-level price table")

add("/zhiyuan/enroll.html", corp_page("/zhiyuan/enroll.html", "zhiyuan", "在线报名", """
<h2>2026年第二期 AI训练师（人工智能训练师）报名表</h2>
<p>开班时间：2026年7月12日（周末班）　报名截止：7月5日</p>
<form action="https://www.wjx.cn/vm/ZyB8k2.aspx" method="post">
<p>姓名：<input name="name"> 　手机：<input name="mobile" placeholder="请输入11位手机号"></p>
<p>报考等级：<select name="lv"><option>五级</option><option>四级</option><option>三级</option></select></p>
<p>学历：<select name="edu"><option>初中</option><option>高中/中专</option><option>大专及以上</option></select></p>
<p><button type="submit">提交报名</button></p>
</form>
<p style="font-size:12px;color:#888">本问卷由 问卷星 wjx.cn 提供技术支持</p>
<p>报名后老师会在 24 小时内联系您。也可直接加老师 vx：zy_peixun88 或致电报名专线 139-1762-4408（陈老师）。</p>
<p>费用：四级叁仟陆佰元整，三级肆仟捌佰元整，可开具发票。</p>
"""), True, "U01", "智远教育",
    [("phone", "+862154387712", "021-54387712"), ("domain", "zhiyuanpx.com", "www.zhiyuanpx.com"),
     ("wechat", "zy_peixun88", "vx：zy_peixun88"), ("phone", "+8613917624408", "139-1762-4408")],
    "enrolment form page of the same company site")

add("/zhiyuan/about.html", corp_page("/zhiyuan/about.html", "zhiyuan", "关于智远", """
<h2>关于智远</h2>
<p>智远教育成立于 2014 年，是经区人社局审批的民办职业培训机构，开设电工、育婴员、保育师、人工智能训练师等项目。</p>
<p>学校拥有标准化实训教室 6 间、机房 2 间，累计培训学员 2 万余人次。</p>
<img src="images/zy-building.jpg" alt="智远教育教学楼外景">
<h3>办学理念</h3><p>以就业为导向，以技能为根本。</p>
"""), False, None, None, [],
    "company about page (non-offer); footer carries the company's landline and domain")

add("/b2b/company/31805.html", b2b_page("/b2b/company/31805.html", "上海智远信息咨询有限公司",
    '<a href="../index.html">教育培训</a> &gt; 上海智远信息咨询有限公司',
    b2b_side("上海智远信息咨询有限公司", [("统一社会信用代码", C_U01), ("法人代表", "陈**"), ("注册资本", "100万人民币"), ("成立日期", "2019-04-22"),
             ("所在地", "上海市浦东新区"), ("联系人", "陈经理"), ("手机", "１３９１７６２４４０８"), ("邮箱", "请登录后查看")]),
    f"""<h2>上海智远信息咨询有限公司</h2>
<h3>公司简介</h3>
<p>上海智远信息咨询有限公司主要从事教育咨询、职业技能培训咨询、人力资源信息咨询等业务，长期与本地培训学校合作开展新职业技能等级认定报名服务。</p>
<h3>主营产品/服务</h3>
<ul>
<li><b>人工智能训练师证书报考</b> —— 五级/四级/三级，全程代办报名，线上课 + 线下实操，费用 2680~4800 元/人</li>
<li>数据标注员（人工智能训练师工种）专项培训</li>
<li>企业员工技能提升补贴申领咨询，补贴咨询请拨人社热线 12333 核实政策</li>
</ul>
<img src="/static/upload/31805-cert.jpg" alt="人工智能训练师职业技能等级证书样本">
<h3>联系方式</h3>
<table class="info"><tr><th>联系人</th><td>陈经理</td></tr><tr><th>手机</th><td>１３９１７６２４４０８</td></tr><tr><th>地址</th><td>上海市浦东新区张江路 xxx 号</td></tr></table>
"""), True, "U01", "上海智远信息咨询有限公司",
    [("phone", "+8613917624408", "１３９１７６２４４０８"), ("uscc", C_U01, C_U01)],
    "B2B directory company profile selling AI-trainer certificate registration")

add("/doc/brochure-2026-sh.html", doc_page("/doc/brochure-2026-sh.html", "智远职训 2026年人工智能训练师招生简章", f"""
<p>根据《人工智能训练师国家职业技能标准》，现面向社会招收人工智能训练师（数据标注员工种）培训学员。</p>
<table class="bro">
<tr><th colspan="4">一、办学单位信息</th></tr>
<tr><td>单位名称</td><td colspan="3">上海智远信息咨询有限公司（品牌：智远职训）</td></tr>
<tr><td>统一社会信用代码</td><td colspan="3">{C_U01}</td></tr>
<tr><td>咨询邮箱</td><td colspan="3">zhiyuan_zx@126.com</td></tr>
<tr><th colspan="4">二、培训等级与费用</th></tr>
<tr><th>等级</th><th>申报条件</th><th>培训费</th><th>认定费</th></tr>
<tr><td>五级</td><td>从事相关工作满 1 年</td><td>1980</td><td>另计</td></tr>
<tr><td>四级</td><td>取得五级证书后满 4 年等</td><td>3600</td><td>另计</td></tr>
<tr><td>三级</td><td>取得四级证书后满 5 年等</td><td>4800</td><td>另计</td></tr>
<tr><th colspan="4">三、补贴说明</th></tr>
<tr><td colspan="4">符合条件的参保职工取证后可申领技能提升补贴（五级 1000 元、四级 1500 元、三级 2000 元），政策以人社部门为准，可拨打 12333 咨询。</td></tr>
</table>
""", "1,208"), True, "U01", "智远职训",
    [("uscc", C_U01, C_U01), ("email", "zhiyuan_zx@126.com", "zhiyuan_zx@126.com")],
    "brochure laid out as a table in a document library")

# =================================================================== U02 华讯
add("/job/post-5521.html", job_page("/job/post-5521.html", "人工智能训练师（可零基础）", """
<h1>人工智能训练师（可零基础）</h1>
<p class="salary">8-15K·13薪</p>
<p class="tags"><span>深圳·南山</span><span>经验不限</span><span>学历不限</span><span>包培训</span></p>
<h3>职位描述</h3>
<p>1. 负责大模型数据标注、对话质检；<br>2. 入职前需参加公司组织的人工智能训练师岗前培训并取得四级证书（培训费 3980 元，可分期，取证后部分报销）；<br>3. 名额有限，先到先得。</p>
<h3>联系方式</h3>
<p>HR 刘老师：158 2109 3376（微信同号） 　QQ 2851907736</p>
""", """<h4>华讯人才服务</h4><p>人力资源服务 · 20-99人</p><p>深圳市南山区</p>"""),
    True, "U02", "华讯人才服务",
    [("phone", "+8615821093376", "158 2109 3376"), ("qq", "2851907736", "QQ 2851907736")],
    "recruitment-style post that really sells a paid certificate course")

add("/job/post-5608.html", job_page("/job/post-5608.html", "数据标注员/AI训练师 储备", """
<h1>数据标注员/AI训练师 储备（带薪培训）</h1>
<p class="salary">6千-1.2万</p>
<p class="tags"><span>深圳·福田</span><span>应届可投</span><span>五险</span></p>
<h3>职位详情</h3>
<p>招收AI训练师储备人员，统一安排《人工智能训练师》职业技能等级培训，结业可考五级/四级证书。培训资料费一次性 ￥2,980（原价 ￥4,980），考试通过后推荐合作企业上岗。</p>
<p>简历投递：hr_huaxun(at)163.com 　扣扣：二八五一九零七七三六</p>
""", """<h4>华讯人才服务</h4><p>已认证企业</p><p>深圳市福田区</p>"""),
    True, "U02", "华讯人才服务",
    [("qq", "2851907736", "二八五一九零七七三六"), ("email", "hr_huaxun@163.com", "hr_huaxun(at)163.com")],
    "second recruitment-style post of the same business; QQ written in Chinese numerals")

add("/hx/index.html", corp_page("/hx/index.html", "hx", "首页", """
<div class="card"><h2>AI Trainer 认证班 · 2026 夏季</h2>
<p>人工智能训练师（AI Trainer）四级 / 三级 双等级班，14 天集训，线上直播 + 周末线下实操。</p>
<p>早鸟价 <b>0.36w</b>，团报 3 人以上每人再减 300。</p>
<p>商务合作 &amp; 报名：hr_huaxun@163.com</p></div>
<div class="card"><h3>为什么选择华讯数科</h3><ul><li>真实大模型标注项目实操</li><li>讲师来自一线数据标注团队</li><li>结业推荐就业</li></ul></div>
<img src="img/banner-ai.png" alt="华讯数科 AI训练师集训营 扫码报名">
"""), True, "U02", "华讯数科",
    [("phone", "+8675586237710", "0755-86237710"), ("domain", "huaxunsk.com", "huaxunsk.com"),
     ("email", "hr_huaxun@163.com", "hr_huaxun@163.com")],
    "training company home page with a summer AI-trainer class")

add("/hx/course.html", corp_page("/hx/course.html", "hx", "课程", f"""
<h2>人工智能训练师 课程体系</h2>
<div class="card"><h3>四级 · 数据采集和处理 / 数据标注 / 智能系统运维</h3><p>50 课时 · 学费 ¥3,600</p></div>
<div class="card"><h3>三级 · 业务分析 / 智能训练 / 智能系统设计 / 培训与指导</h3><p>40 课时 · 学费 ¥4,600</p></div>
<p>{EVAL_CENTRE}</p>
<p>{VENUE_SZ}</p>
<p>课程顾问微信：hxsk2024</p>
"""), True, "U02", "华讯数科",
    [("phone", "+8675586237710", "0755-86237710"), ("domain", "huaxunsk.com", "huaxunsk.com"),
     ("wechat", "hxsk2024", "hxsk2024")],
    "course page of the same company site")

add("/hx/about.html", corp_page("/hx/about.html", "hx", "关于我们", """
<h2>关于华讯数科</h2>
<p>华讯数科成立于 2021 年，主营数据服务与数字技能培训。公司目前承接多家互联网企业的数据标注外包业务。</p>
<h3>发展历程</h3>
<ul><li>2021 公司成立</li><li>2023 建立标注基地</li><li>2025 开展职业技能培训业务</li></ul>
"""), False, None, None, [], "company about page (non-offer)")

# =================================================================== U03 博睿
add("/b2b/company/44172.html", b2b_page("/b2b/company/44172.html", "广州博睿教育科技有限公司",
    '<a href="../index.html">教育培训</a> &gt; 广州博睿教育科技有限公司',
    b2b_side("广州博睿教育科技有限公司", [("统一社会信用代码", C_U03), ("成立日期", "2017-09-13"), ("所在地", "广东 广州 天河区"),
             ("联系人", "黄老师"), ("电话", "020-38921145")]),
    """<h2>广州博睿教育科技有限公司</h2>
<h3>供应产品</h3>
<div style="border:1px solid #eee;padding:10px">
<h4>人工智能训练员 三级 培训报名（广州）</h4>
<p>价格：面议 / 参考价 ¥4,380 起</p>
<p>本公司长期开展人工智能训练员（人工智能训练师）职业技能培训，含理论 + 实操，协助报名认定。证书样本编号格式：S000031000012255000123（仅示例）。</p>
<img src="/static/upload/44172-1.jpg" alt="博睿教育 AI训练师 证书样本 S000031000012255000123">
</div>
<h3>联系我们</h3>
<p>电话：020-38921145　地址：广州市天河区体育西路 xxx 号</p>
"""), True, "U03", "广州博睿教育科技有限公司",
    [("uscc", C_U03, C_U03), ("phone", "+862038921145", "020-38921145")],
    "B2B directory profile with product listing (occupation misspelled 训练员)")

add("/city/train/p-1093.html", city_page("/city/train/p-1093.html", "广州人工智能训练师培训 博睿职培", """
<h1>【广州】人工智能训练师培训 五级/四级/三级 周末班 博睿职培</h1>
<p class="meta">发布：2026-05-08 　浏览：3421 　分类：职业培训 · 广州</p>
<p>人工智能训练师是人社部门发布的新职业（4-04-05-05）。博睿职培在天河区开设周末班，理论线上、实操线下。</p>
<p>收费：五级 2千，四级 3千2，三级 4千4（补贴后最低几百元，具体看个人参保情况）。</p>
<p>报名电话：(020)38921145 　手机：186 2041 7735（黄老师）</p>
<p>地址：广州市天河区体育西路 xxx 号</p>
"""), True, "U03", "博睿职培",
    [("phone", "+862038921145", "(020)38921145"), ("phone", "+8618620417735", "186 2041 7735")],
    "city portal training listing; landline written differently from the B2B page")

add("/doc/brochure-gz-br.html", doc_page("/doc/brochure-gz-br.html", "博睿教育 人工智能训练师（高级工）招生简章", """
<p>一、招生对象：具有初中及以上学历，从事数据标注、AI 产品运营等相关工作的人员。</p>
<p>二、证书：职业技能等级证书，全国联网可查（查询网址 http://jndj.osta.org.cn）。</p>
<table class="bro">
<tr><th>项目</th><th>内容</th></tr>
<tr><td>培训周期</td><td>6 周（40 课时）</td></tr>
<tr><td>培训费用</td><td>肆仟叁佰捌拾元（含教材）</td></tr>
<tr><td>手机/微信</td><td>18620417735 / br-zhipei</td></tr>
<tr><td>报名地点</td><td>广州市天河区体育西路 xxx 号</td></tr>
</table>
<p>三、注意：请携带身份证、学历证明复印件各 2 份。</p>
""", "886"), True, "U03", "博睿教育",
    [("phone", "+8618620417735", "18620417735"), ("wechat", "br-zhipei", "br-zhipei")],
    "brochure table; ties to the city listing through the mobile")

# =================================================================== U04 星途
add("/city/classified/c-2207.html", city_page("/city/classified/c-2207.html", "考个AI训练师证 南京", """
<h1>考个AI训练师证吧～南京可报，线上学</h1>
<p class="meta">便民信息 · 南京 · 教育培训 　个人发布 　2026-04-17</p>
<p>姐妹们！今年最火的新职业人工智能训练师了解一下～四级三级都能报，线上看课，考前集训两天，拿证可以领补贴💰</p>
<p>价格不贵，两千多就能搞定，具体私我</p>
<p>薇：qmx-ai01　电话 136🔥0521🔥9087（防爬虫）</p>
<p>—— 启明星AI学院 小星老师</p>
"""), True, "U04", "启明星AI学院",
    [("wechat", "qmx-ai01", "薇：qmx-ai01"), ("phone", "+8613605219087", "136🔥0521🔥9087")],
    "casual classified post with emoji between digits")

add("/job/post-5733.html", job_page("/job/post-5733.html", "AI训练师助理（南京）", f"""
<h1>AI训练师助理（包考证）</h1>
<p class="salary">5000-9000元/月</p>
<p class="tags"><span>南京·江宁</span><span>无经验可</span><span>兼职可</span></p>
<h3>岗位要求</h3>
<p>无需经验，我们提供全套人工智能训练师（四级）课程，考证费用 2680 元，学员结业后推荐标注兼职，月入过万不是梦。</p>
<p>本课程已纳入补贴培训目录，培训项目编号：{PROJECT_NO}</p>
<p>联系：13605219087 　学员 Q群 716238845</p>
""", """<h4>星途教育</h4><p>教育培训 · 0-20人</p>"""),
    True, "U04", "星途教育",
    [("phone", "+8613605219087", "13605219087"), ("qq_group", "716238845", "Q群 716238845")],
    "recruitment-style post selling the course; includes a phone-like project number")

add("/b2b/company/52290.html", b2b_page("/b2b/company/52290.html", "南京星途信息技术有限公司",
    '<a href="../index.html">教育培训</a> &gt; 南京星途信息技术有限公司',
    b2b_side("南京星途信息技术有限公司", [("成立日期", "2022-02-10"), ("所在地", "江苏 南京"), ("联系人", "王先生"),
             ("手机", "138-0000-0000"), ("邮箱", "xxx@xxx.com")]),
    """<h2>南京星途信息技术有限公司</h2>
<p style="color:#c00">（该会员尚未完善联系方式，以下为系统默认模板信息）</p>
<h3>主营业务</h3>
<p>AI数据服务、人工智能训练师培训考证（五级-三级），在线学习平台 www.xingtu-ai.cn 。学员交流群号：716 238 845。</p>
<p>AI 训练师全科班：<s>￥3999</s> 现 ￥2680；三级冲刺班 ￥3280。</p>
"""), True, "U04", "南京星途信息技术有限公司",
    [("qq_group", "716238845", "716 238 845"), ("domain", "xingtu-ai.cn", "www.xingtu-ai.cn")],
    "B2B profile whose contact table still shows template placeholders")

# =================================================================== U05 云帆
add("/yf/course-l4.html", corp_page("/yf/course-l4.html", "yf", "人工智能训练师四级", """
<h2>人工智能训练师（四级/中级工）</h2>
<p>适合：从事数据标注、客服质检、AI 产品运营的在职人员。</p>
<p class="price">学费 ¥3280 <del style="color:#999;font-size:14px">¥4580</del></p>
<p>符合条件的参保职工取证后可申请技能提升补贴，咨询 12333。</p>
<table class="lv"><tr><th>模块</th><th>课时</th></tr><tr><td>数据采集和处理</td><td>14</td></tr><tr><td>数据标注</td><td>20</td></tr><tr><td>智能系统运维</td><td>16</td></tr></table>
"""), True, "U05", "云帆职业技能培训中心",
    [("phone", "4006172839", "400-617-2839"), ("domain", "yunfanedu.cn", "www.yunfanedu.cn")],
    "company site course page, level 4")

add("/yf/course-l3.html", corp_page("/yf/course-l3.html", "yf", "人工智能训练师三级", """
<h2>人工智能训练师（三级/高级工）</h2>
<p class="price">学费 3980 元</p>
<p>三级需取得四级证书并满足年限，报名前请先让老师审核资料。审核老师：177-0138-2296</p>
<ul><li>业务分析</li><li>智能训练</li><li>智能系统设计</li><li>培训与指导</li></ul>
"""), True, "U05", "云帆职业技能培训中心",
    [("phone", "4006172839", "400-617-2839"), ("domain", "yunfanedu.cn", "www.yunfanedu.cn"),
     ("phone", "+8617701382296", "177-0138-2296")],
    "company site course page, level 3")

add("/yf/contact.html", corp_page("/yf/contact.html", "yf", "联系我们", """
<h2>联系我们 / 报名咨询</h2>
<p>云帆教育 北京市海淀区学院路 xxx 号</p>
<p>手机：<a href="tel:+8617701382296">177 0138 2296</a></p>
<p>邮箱：yunfan_px[at]qq.com</p>
<h3>人工智能训练师报名登记</h3>
<form action="https://www.wjx.cn/jq/88123.aspx" method="post"><input name="n" placeholder="姓名"> <input name="p" placeholder="电话"> <select name="lv"><option>四级 3280元</option><option>三级 3980元</option></select> <button>提交</button></form>
<p style="font-size:12px">表单由问卷星 wjx.cn 提供</p>
<img src="static/map.png" alt="云帆职业技能培训中心位置地图">
"""), True, "U05", "云帆教育",
    [("phone", "4006172839", "400-617-2839"), ("domain", "yunfanedu.cn", "www.yunfanedu.cn"),
     ("phone", "+8617701382296", "177 0138 2296"), ("email", "yunfan_px@qq.com", "yunfan_px[at]qq.com")],
    "contact page with an enrolment form listing prices")

add("/yf/about.html", corp_page("/yf/about.html", "yf", "关于我们", """
<h2>关于我们</h2>
<p>云帆职业技能培训中心成立于 2015 年，开设电子商务师、互联网营销师、人工智能训练师等新职业培训项目。</p>
<img src="static/team.jpg" alt="云帆教学团队合影">
"""), False, None, None, [], "company about page (non-offer)")

add("/yf/news.html", corp_page("/yf/news.html", "yf", "新闻动态", """
<h2>新闻动态</h2>
<ul>
<li>2026-05-20 人社部公布新一批新职业信息（转载）</li>
<li>2026-04-11 本中心组织学员参观数据标注基地</li>
<li>2026-03-02 关于技能提升补贴政策的解读（以人社部门发布为准）</li>
</ul>
<p>证书真伪请以技能人才评价证书全国联网查询平台为准。</p>
"""), False, None, None, [], "company news list (non-offer)")

add("/doc/brochure-bj-lh.html", doc_page("/doc/brochure-bj-lh.html", "北京领航启智 人工智能训练师培训简章（2026）", f"""
<table class="bro">
<tr><td>主办单位</td><td>北京领航启智教育咨询有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{C_U05}</td></tr>
<tr><td>培训项目</td><td>人工智能训练师 四级 / 三级</td></tr>
<tr><td>费用</td><td>四级 3.28k / 三级 3.98k（两级连报 6800）</td></tr>
<tr><td>报名邮箱</td><td>yunfan_px 圈 qq 点 com</td></tr>
</table>
<p>注：本简章最终解释权归主办单位所有。</p>
""", "512"), True, "U05", "北京领航启智教育咨询有限公司",
    [("uscc", C_U05, C_U05), ("email", "yunfan_px@qq.com", "yunfan_px 圈 qq 点 com")],
    "brochure table; tied only via the email written with 圈/点")

# =================================================================== U06 鼎学 / 匠心
add("/doc/brochure-cd-dx.html", doc_page("/doc/brochure-cd-dx.html", "成都鼎学职业技能培训学校 人工智能训练师招生简章", f"""
<table class="bro">
<tr><th colspan="5">人工智能训练师（4-04-05-05）培训收费一览</th></tr>
<tr><th>等级</th><th>五级</th><th>四级</th><th>三级</th><th>备注</th></tr>
<tr><td>培训费</td><td>1800</td><td>2400</td><td>3600</td><td rowspan="2">可申领补贴</td></tr>
<tr><td>认定费</td><td>300</td><td>380</td><td>460</td></tr>
</table>
<p>{EVAL_CENTRE}</p>
<p>证书可在 zscx.osta.org.cn 查询。证书样本编号 S000031000012255000123。</p>
<p>学校电话：028-85553170 　招生微信：dingxue_028</p>
""", "2,034"), True, "U06", "成都鼎学职业技能培训学校",
    [("phone", "+862885553170", "028-85553170"), ("wechat", "dingxue_028", "dingxue_028")],
    "per-level fee table brochure")

add("/city/train/p-1120.html", city_page("/city/train/p-1120.html", "成都 人工智能训练师 鼎学教育", f"""
<h1>成都 人工智能训练师考证 鼎学教育 春季班</h1>
<p class="meta">发布：2026-03-22 　职业培训 · 成都</p>
<p>AI训练师，五级/四级周末班，1800 元起。本项目列入补贴培训目录，项目编号 {PROJECT_NO}。</p>
<p>微信：Dingxue_028 　QQ：3097716652</p>
"""), True, "U06", "鼎学教育",
    [("wechat", "dingxue_028", "Dingxue_028"), ("qq", "3097716652", "3097716652")],
    "city portal listing; WeChat id written with capital D")

add("/b2b/company/60317.html", b2b_page("/b2b/company/60317.html", "四川匠心人力资源服务有限公司",
    '<a href="../index.html">人力资源</a> &gt; 四川匠心人力资源服务有限公司',
    b2b_side("四川匠心人力资源服务有限公司", [("统一社会信用代码", C_U06), ("所在地", "四川 成都 锦江区"), ("联系人", "罗女士"),
             ("QQ", "QQ：3097716652"), ("邮箱", "jx_hr@jiangxinhr.com")]),
    """<h2>四川匠心人力资源服务有限公司</h2>
<p>人力资源外包、劳务派遣、职业技能培训报名服务。官网 www.jiangxinhr.com</p>
<h3>热门服务</h3>
<table class="info"><tr><th>服务</th><th>价格</th></tr>
<tr><td>人工智能训练师 五级 报名+培训</td><td>2100 元</td></tr>
<tr><td>人工智能训练师 四级 报名+培训</td><td>2780 元</td></tr>
<tr><td>企业批量报名（10人起）</td><td>面议</td></tr></table>
"""), True, "U06", "四川匠心人力资源服务有限公司",
    [("uscc", C_U06, C_U06), ("qq", "3097716652", "QQ：3097716652"),
     ("email", "jx_hr@jiangxinhr.com", "jx_hr@jiangxinhr.com"), ("domain", "jiangxinhr.com", "www.jiangxinhr.com")],
    "B2B profile of an HR company selling AI-trainer registration")

add("/job/post-5790.html", job_page("/job/post-5790.html", "招聘：人工智能训练师（需持证）", """
<h1>人工智能训练师（需持证上岗）</h1>
<p class="salary">7-10K</p>
<p class="tags"><span>成都·高新</span><span>1年以上</span></p>
<p>岗位需持人工智能训练师职业技能等级证书。无证者可参加我司合作培训（五级 2100 元，四级 2780 元），取证后安排面试。</p>
<p>简历发送 jx_hr#jiangxinhr.com（#换成@） 　电话 135 4806 1229</p>
""", """<h4>四川匠心人力资源服务有限公司</h4><p>人力资源服务</p>"""),
    True, "U06", "四川匠心人力资源服务有限公司",
    [("email", "jx_hr@jiangxinhr.com", "jx_hr#jiangxinhr.com"), ("phone", "+8613548061229", "135 4806 1229")],
    "recruitment-style post whose real product is the paid training")

# =================================================================== U07 数标
add("/job/post-5812.html", job_page("/job/post-5812.html", "数据标注员 先培训后上岗", """
<h1>数据标注员（人工智能训练师工种）</h1>
<p class="salary">4500-8000元</p>
<p class="tags"><span>杭州·余杭</span><span>学历不限</span></p>
<p>先考证后上岗：参加公司组织的人工智能训练师五级培训（培训费 2680，考试通过后分 6 个月返还），证书全国通用。</p>
<p>联系人：周经理 199-3801-5562 　微信 shubiao_hr</p>
""", """<h4>数标科技</h4><p>数据服务 · 100-499人</p>"""),
    True, "U07", "数标科技",
    [("phone", "+8619938015562", "199-3801-5562"), ("wechat", "shubiao_hr", "shubiao_hr")],
    "recruitment post that charges a training fee before hiring")

add("/job/post-5844.html", job_page("/job/post-5844.html", "AI训练师学员 招募", """
<h1>AI训练师学员招募（杭州）</h1>
<p class="salary">面议</p>
<p>杭州数标信息科技有限公司面向社会招募人工智能训练师学员：线上 40 课时 + 线下实操，学费贰仟陆佰捌拾元，通过者优先录用。</p>
<p>了解详情：www.shubiaotech.com 　加v：shubiao_hr</p>
""", """<h4>杭州数标信息科技有限公司</h4><p>已认证</p>"""),
    True, "U07", "杭州数标信息科技有限公司",
    [("domain", "shubiaotech.com", "www.shubiaotech.com"), ("wechat", "shubiao_hr", "加v：shubiao_hr")],
    "second recruitment-style post")

add("/city/classified/c-2231.html", city_page("/city/classified/c-2231.html", "杭州AI训练师周末班", """
<h1>杭州 AI训练师 周末班 未来智训</h1>
<p class="meta">便民信息 · 杭州 · 培训 　2026-06-02</p>
<p>想转行AI的看过来：人工智能训练师（五级/四级）周末班，1.8k-2.7k，学完推荐实习。</p>
<p>报名问卷：wjx.cn 搜“未来智训”　官网 shubiaotech 点 com　手机 178 5890 3317</p>
"""), True, "U07", "未来智训",
    [("domain", "shubiaotech.com", "shubiaotech 点 com"), ("phone", "+8617858903317", "178 5890 3317")],
    "classified post tied only through the domain written with 点")

# =================================================================== U08 技能通 / 学汇
add("/jnt/index.html", corp_page("/jnt/index.html", "jnt", "首页", """
<h2>AI时代，先拿一张人工智能训练师证</h2>
<p>技能通在线：五级 ¥1,680 · 四级 ¥2,580 · 三级 ¥3,580（均含教材与模拟题库）</p>
<p>客服手机：150 1389 7760</p>
<img src="assets/qr.png" alt="扫码咨询 技能通在线客服">
"""), True, "U08", "技能通在线",
    [("phone", "+8615013897760", "150 1389 7760"), ("domain", "jinengtong.net", "jinengtong.net")],
    "small company site home selling three levels")

add("/jnt/course.html", corp_page("/jnt/course.html", "jnt", "AI课程", f"""
<h2>人工智能训练师 四级 周末面授班</h2>
<p>开课：每月第二周周六　学费 2580 元</p>
<p>{VENUE_SZ}</p>
<p>证书联网可查：zscx.osta.org.cn</p>
<p>课程答疑 Q 1457793021</p>
"""), True, "U08", "技能通在线",
    [("domain", "jinengtong.net", "jinengtong.net"), ("qq", "1457793021", "Q 1457793021")],
    "course page; shares a venue front-desk number with another operator")

add("/jnt/about.html", corp_page("/jnt/about.html", "jnt", "关于技能通", """
<h2>关于技能通</h2>
<p>技能通在线是一个职业技能学习平台，提供电工、焊工、健康管理、人工智能等课程资讯。</p>
"""), False, None, None, [], "company about page (non-offer)")

add("/b2b/company/71542.html", b2b_page("/b2b/company/71542.html", "深圳学汇教育咨询有限公司",
    '<a href="../index.html">教育培训</a> &gt; 深圳学汇教育咨询有限公司',
    b2b_side("深圳学汇教育咨询有限公司", [("统一社会信用代码", C_U08), ("所在地", "广东 深圳 南山区"), ("固话", "0755-23790081"), ("QQ", "1457793021")]),
    f"""<h2>深圳学汇教育咨询有限公司</h2>
<p>主营：职业技能培训咨询（人工智能训练师、健康管理师、心理咨询）。</p>
<p>人工智能训练师 四级 2580 / 三级 3580，均可线上学习。{EVAL_CENTRE}</p>
"""), True, "U08", "深圳学汇教育咨询有限公司",
    [("uscc", C_U08, C_U08), ("phone", "+8675523790081", "0755-23790081"), ("qq", "1457793021", "1457793021")],
    "B2B profile")

add("/doc/brochure-sz-xh.html", doc_page("/doc/brochure-sz-xh.html", "学汇教育 AI Trainer（人工智能训练师）招生简章", """
<table class="bro">
<tr><th>班型</th><th>价格</th><th>说明</th></tr>
<tr><td>四级精品班</td><td>2580</td><td>含教材</td></tr>
<tr><td>三级精品班</td><td>3580</td><td>需四级证书</td></tr>
<tr><td colspan="3">咨询电话 0755—2379 0081 　微信 xuehui0755</td></tr>
</table>
""", "377"), True, "U08", "学汇教育",
    [("phone", "+8675523790081", "0755—2379 0081"), ("wechat", "xuehui0755", "xuehui0755")],
    "brochure table; landline written with an em dash and a space")

# =================================================================== U09 安信 / 鲁班
add("/city/train/p-1151.html", city_page("/city/train/p-1151.html", "济南 人工智能训练师 安信职业培训", """
<h1>济南安信职业培训学校 人工智能训练师（五级、四级）招生</h1>
<p class="meta">发布：2026-05-30 　职业培训 · 济南</p>
<p>学费：五级 1500 元，四级 2200 元。参保职工可按政策申领补贴，政策咨询 12333。</p>
<p>电话：0531-88612093 　手机：159-6632-0418</p>
"""), True, "U09", "济南安信职业培训学校",
    [("phone", "+8653188612093", "0531-88612093"), ("phone", "+8615966320418", "159-6632-0418")],
    "city portal training listing")

add("/bbs/thread-2291.html", bbs_page("/bbs/thread-2291.html", "济南哪里能考人工智能训练师证？靠谱吗", [
    ("小鱼爱学习", "新手上路", "最近想考个人工智能训练师证，济南有靠谱的地方吗？求推荐，我v：lin_xiaoyu_93"),
    ("鲁班技能-王老师", "积分 12", "楼主可以了解下我们鲁班技能，济南本地面授，四级 2200 全包，不过不退。电话一五九六六三二零四一八，微信 lubanjn"),
    ("路人甲", "积分 305", "楼上广告吧……建议去人社局网站看备案机构。"),
]), True, "U09", "鲁班技能",
    [("phone", "+8615966320418", "一五九六六三二零四一八"), ("wechat", "lubanjn", "lubanjn")],
    "forum thread whose reply sells the course; phone in Chinese numerals; asker leaves own WeChat")

add("/doc/brochure-jn-lb.html", doc_page("/doc/brochure-jn-lb.html", "鲁班职业技能 人工智能训练员四级简章", f"""
<p>鲁班职业技能面向济南地区招收人工智能训练员（四级/中级工）学员。补贴目录项目编号 {PROJECT_NO}。</p>
<table class="bro">
<tr><td>学费</td><td>二千二百元</td></tr>
<tr><td>联系</td><td>V：lubanjn 　邮箱 lubanjn@126.com</td></tr>
</table>
""", "164"), True, "U09", "鲁班职业技能",
    [("wechat", "lubanjn", "V：lubanjn"), ("email", "lubanjn@126.com", "lubanjn@126.com")],
    "brochure; occupation name misspelled 训练员")

# =================================================================== Independents
add("/city/train/p-1177.html", city_page("/city/train/p-1177.html", "西安 人工智能训练师 开元", """
<h1>西安开元职业技能培训学校 人工智能训练师 四级班</h1>
<p class="meta">职业培训 · 西安 　2026-06-11</p>
<p>四级 2500 元，含教材和实操机位。每期 30 人。</p>
<p>电话 029-88326615，微信 xa_kaiyuan</p>
"""), True, "I01", "西安开元职业技能培训学校",
    [("phone", "+862988326615", "029-88326615"), ("wechat", "xa_kaiyuan", "xa_kaiyuan")],
    "independent school listing on the city portal")

add("/b2b/company/80223.html", b2b_page("/b2b/company/80223.html", "武汉楚才智能科技有限公司",
    '<a href="../index.html">教育培训</a> &gt; 武汉楚才智能科技有限公司',
    b2b_side("武汉楚才智能科技有限公司", [("统一社会信用代码", C_I02), ("所在地", "湖北 武汉"), ("手机", "189 7115 4230"), ("邮箱", "chucai_ai@sina.com")]),
    """<h2>武汉楚才智能科技有限公司</h2>
<p>人工智能训练师三级考证辅导，¥3800/人，含 40 课时。</p>
<img src="/static/upload/80223.jpg" alt="证书样本 S000031000012255000123">
"""), True, "I02", "武汉楚才智能科技有限公司",
    [("uscc", C_I02, C_I02), ("phone", "+8618971154230", "189 7115 4230"), ("email", "chucai_ai@sina.com", "chucai_ai@sina.com")],
    "independent company on the B2B directory")

add("/job/post-5902.html", job_page("/job/post-5902.html", "AI标注培训生（长沙）", """
<h1>AI标注培训生</h1>
<p class="salary">3-6K</p>
<p>长沙岳麓区，招 AI 训练师培训生，统一参加人工智能训练师五级培训（1680 元），考完推荐项目。</p>
<p>联系电话：138-0000-0000（请勿直接拨打，加QQ）　QQ：597731204　邮箱：xxx@xxx.com</p>
""", """<h4>长沙智标网络</h4>"""),
    True, "I03", "长沙智标网络",
    [("qq", "597731204", "597731204")],
    "independent recruitment-style post; phone field is a template placeholder")

add("/bbs/thread-2310.html", bbs_page("/bbs/thread-2310.html", "人工智能训练师证有用吗？有没有考过的", [
    ("小鱼爱学习", "新手上路", "又来问了，AI训练师证到底有没有用？有考过的吗？我v：lin_xiaoyu_93 可以交流"),
    ("Lily老师", "积分 8", '有用的呀，我们这边线上班 1980 一期，包教材。<img src="data/attach/lily-qr.jpg" alt="扫码加微信 wx：aitrain_lily">'),
    ("职场老油条", "积分 1024", "先去 zscx 官网查清楚证书能不能查再说。"),
]), True, "I04", "Lily老师",
    [("wechat", "aitrain_lily", "wx：aitrain_lily")],
    "forum thread with a seller reply; seller's WeChat only in image alt text")

add("/doc/brochure-hz-ql.html", doc_page("/doc/brochure-hz-ql.html", "杭州麒麟教育 人工智能训练师四级/三级简章", """
<table class="bro">
<tr><td>单位</td><td>杭州麒麟教育培训学校</td></tr>
<tr><td>费用</td><td>四级 2800 元、三级 3900 元</td></tr>
<tr><td>证书查询</td><td>zscx.osta.org.cn</td></tr>
<tr><td>补贴政策咨询</td><td>12333</td></tr>
<tr><td>联系</td><td>0571-86974420 / qilin_edu@126.com</td></tr>
</table>
""", "95"), True, "I05", "杭州麒麟教育培训学校",
    [("phone", "+8657186974420", "0571-86974420"), ("email", "qilin_edu@126.com", "qilin_edu@126.com")],
    "independent brochure")

add("/kd/index.html", corp_page("/kd/index.html", "kd", "人工智能训练师报名", """
<h2>重庆 · 人工智能训练师 五级/四级 火热报名</h2>
<p>五级 1600 / 四级 2400，线上+线下。</p>
<p>报名热线：<a href="tel:13370152847">133 7015 2847</a></p>
<form id="form" action="https://www.wjx.cn/vm/kd2026.aspx"><input placeholder="姓名"><input placeholder="手机"><button>立即预约</button></form>
<p style="font-size:12px">问卷星 wjx.cn 提供表单服务</p>
"""), True, "I06", "凯德教育",
    [("phone", "+8613370152847", "133 7015 2847"), ("domain", "kaide-edu.com", "kaide-edu.com")],
    "independent one-page landing site")

# =================================================================== Non-offers
add("/city/policy-ai-trainer.html", city_page("/city/policy-ai-trainer.html", "人工智能训练师证书怎么考？政策解读", """
<h1>人工智能训练师证书怎么考？一文读懂报考条件与补贴</h1>
<p class="meta">来源：便民365编辑部 　2026-05-12</p>
<p>人工智能训练师（职业编码 4-04-05-05）是 2020 年人社部等部门发布的新职业，设五个等级。证书为职业技能等级证书，由经人社部门备案的评价机构颁发，不是人社部直接颁发。</p>
<table class="t"><tr><th>等级</th><th>技能提升补贴上限</th></tr><tr><td>五级</td><td>1000 元</td></tr><tr><td>四级</td><td>1500 元</td></tr><tr><td>三级</td><td>2000 元</td></tr></table>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn。政策咨询：12333。</p>
<p>提醒：凡宣称“包过”“免考拿证”的均涉嫌违规，可拨打 12315 投诉。</p>
"""), False, None, None, [], "policy explainer on the city portal")

add("/news/2026-ai-cert-warning.html", f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>警惕“AI训练师证”包过骗局_新闻频道</title>
<style>body{{font:16px/1.9 'Songti SC',serif;width:760px;margin:20px auto}}.src{{color:#888;font-size:13px}}</style></head>
<body>
<p><a href="../index.html">首页</a> &gt; 社会 &gt; 正文</p>
<h1>警惕“AI训练师证”包过骗局：交了钱，证书查不到</h1>
<p class="src">2026-06-08 09:12 来源：都市晚报 记者 李某</p>
<p>近期，多名市民反映在网上报名“人工智能训练师”考证班后，收到的证书在官方平台查询不到。人社部门提醒，职业技能等级证书可登录 zscx.osta.org.cn 查询，如有疑问请拨打 12333。</p>
<p>警方提示：遇到“交钱包过”“先培训后上岗”等要求先交费的情况，请拨打反诈专线 96110 咨询，或向 12315 投诉。</p>
<img src="img/news-0608.jpg" alt="记者展示查询不到的证书">
<p>（责任编辑：王某）</p>
</body></html>""", False, None, None, [], "news article warning about scams")

add("/bbs/thread-2144.html", bbs_page("/bbs/thread-2144.html", "【避雷】广州某机构 AI训练师证 交了钱拖了半年", [
    ("维权中的阿杰", "积分 56", "去年在商企黄页上看到一家广州的机构，说人工智能训练师三级四千多，包过。交了钱一直拖，证书到现在没有。打平台客服 4009002618 说让我们自己协商。"),
    ("热心网友", "积分 210", "可以打 12315 投诉，也可以到 zscx.osta.org.cn 查一下机构是不是备案的。"),
    ("阿杰", "积分 56", "已经投诉了，等结果。大家避雷。"),
]), False, None, None, [], "complaint thread (non-offer) quoting the B2B platform hotline and 12315")

add("/job/post-5650.html", job_page("/job/post-5650.html", "数据标注员（正式员工）", """
<h1>数据标注员（正式员工，不收取任何费用）</h1>
<p class="salary">6-8K·14薪</p>
<p class="tags"><span>杭州·滨江</span><span>大专</span><span>五险一金</span></p>
<p>负责自动驾驶点云标注与质检。公司提供带薪岗前培训，不收取任何培训费。持有人工智能训练师证书者优先。</p>
<p>投递方式：站内投递简历</p>
""", """<h4>杭州某智能驾驶科技有限公司</h4><p>500-999人 · 已上市</p>"""),
    False, None, None, [], "a genuine job ad (non-offer)")

add("/doc/brochure-jkgl.html", doc_page("/doc/brochure-jkgl.html", "健康管理师 职业技能等级培训简章", f"""
<p>本简章为健康管理师（非人工智能训练师）培训项目。</p>
<table class="bro"><tr><td>三级</td><td>3200 元</td></tr><tr><td>二级</td><td>4600 元</td></tr></table>
<p>{EVAL_CENTRE}</p>
""", "640"), False, None, None, [], "another occupation's course (non-offer) quoting the same evaluation centre")

add("/b2b/help.html", b2b_page("/b2b/help.html", "帮助中心",
    "帮助中心", "<h3>帮助分类</h3><ul><li>会员注册</li><li>信息发布</li><li>投诉举报</li></ul>",
    """<h2>帮助中心</h2>
<h3>如何联系客服？</h3>
<p>全国客服热线 400-900-2618（工作日 9:00-18:00），客服邮箱 kefu@shangqiyp.com，会员交流QQ群：638120947。</p>
<h3>发现虚假信息怎么办？</h3>
<p>请点击企业页面“举报”按钮或发邮件至客服邮箱，平台核实后下架。</p>
"""), False, None, None, [], "B2B platform help page (non-offer)")

# List pages -------------------------------------------------------------
B2B_COMPANIES = [("31805", "上海智远信息咨询有限公司"), ("44172", "广州博睿教育科技有限公司"), ("52290", "南京星途信息技术有限公司"),
                 ("60317", "四川匠心人力资源服务有限公司"), ("71542", "深圳学汇教育咨询有限公司"), ("80223", "武汉楚才智能科技有限公司")]
lis = "\n".join(f'<li><a href="company/{cid}.html">{name}</a> <span class="tag">教育培训</span></li>' for cid, name in B2B_COMPANIES)
add("/b2b/index.html", b2b_page("/b2b/index.html", "教育培训企业名录", "教育培训",
    "<h3>行业分类</h3><ul><li>教育培训</li><li>人力资源</li><li>IT服务</li></ul>",
    f"""<h2>教育培训 · 企业名录（人工智能培训相关）</h2>
<ul>
{lis}
</ul>
<p>共 6 家企业　第 1/1 页</p>"""), False, None, None, [], "B2B directory list page")

city_train = [("/city/train/p-1093.html", "广州 博睿职培 人工智能训练师"), ("/city/train/p-1120.html", "成都 鼎学教育 AI训练师"),
              ("/city/train/p-1151.html", "济南 安信 人工智能训练师"), ("/city/train/p-1177.html", "西安 开元 人工智能训练师")]
city_cls = [("/city/classified/c-2207.html", "南京 考个AI训练师证"), ("/city/classified/c-2231.html", "杭州 AI训练师周末班")]
add("/city/index.html", city_page("/city/index.html", "首页", f"""
<h1>便民365 城市服务网</h1>
<h2><a href="policy-ai-trainer.html">政策解读：人工智能训练师证书怎么考</a></h2>
<h2 id="train">职业培训</h2>
<ul>{''.join(f'<li><a href="{rel("/city/index.html", p)}">{t}</a></li>' for p, t in city_train)}</ul>
<h2 id="classified">便民信息</h2>
<ul>{''.join(f'<li><a href="{rel("/city/index.html", p)}">{t}</a></li>' for p, t in city_cls)}</ul>
"""), False, None, None, [], "city services portal front page (list)")

jobs = [("post-5521", "人工智能训练师（可零基础）"), ("post-5608", "数据标注员/AI训练师 储备"), ("post-5650", "数据标注员（正式员工）"),
        ("post-5733", "AI训练师助理"), ("post-5790", "人工智能训练师（需持证）"), ("post-5812", "数据标注员 先培训后上岗"),
        ("post-5844", "AI训练师学员招募"), ("post-5902", "AI标注培训生")]
add("/job/index.html", job_page("/job/index.html", "AI训练师 职位搜索", f"""
<h1>搜索“AI训练师” 共 {len(jobs)} 个职位</h1>
<ul>{''.join(f'<li><a href="{j}.html">{t}</a></li>' for j, t in jobs)}</ul>
""", "<h4>热门搜索</h4><p>数据标注 · AI训练师 · 大模型</p>"), False, None, None, [], "job board search-result list")

docs = [("brochure-2026-sh", "智远职训 招生简章"), ("brochure-gz-br", "博睿教育 招生简章"), ("brochure-bj-lh", "北京领航启智 简章"),
        ("brochure-cd-dx", "成都鼎学 简章"), ("brochure-sz-xh", "学汇教育 简章"), ("brochure-jn-lb", "鲁班职业技能 简章"),
        ("brochure-hz-ql", "杭州麒麟教育 简章"), ("brochure-jkgl", "健康管理师 简章")]
add("/doc/index.html", doc_page("/doc/index.html", "招生简章 · 全部文档",
    "<ul>" + "".join('<li><a href="%s.html">%s</a></li>' % (d, t) for d, t in docs) + "</ul>", "—"),
    False, None, None, [], "document library list page")


def build_index():
    groups = {}
    for e in TRUTH:
        top = e["path"].split("/")[1]
        groups.setdefault(top, []).append(e["path"])
    names = {"b2b": "商企黄页网 企业名录", "city": "便民365 城市服务网", "job": "速聘网", "bbs": "职友圈论坛", "doc": "简章文库",
             "news": "新闻", "zhiyuan": "智远教育官网", "hx": "华讯数科官网", "yf": "云帆职业技能培训中心官网",
             "jnt": "技能通在线", "kd": "凯德教育"}
    parts = []
    for top in sorted(groups):
        items = "".join(f'<li><a href="{p[1:]}">{p}</a></li>' for p in sorted(groups[top]))
        parts.append(f"<h2>{names.get(top, top)}</h2><ul>{items}</ul>")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>站点导航</title></head>
<body><h1>站点导航 / Site map</h1>
{''.join(parts)}
</body></html>"""


TRUTH.insert(0, {"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                 "identifiers": [], "note": "site map (list page)"})

DECOYS = [
    {"kind": "phone", "value": "12333", "as_written": ["12333"],
     "paths": ["/city/policy-ai-trainer.html", "/news/2026-ai-cert-warning.html", "/b2b/company/31805.html", "/doc/brochure-2026-sh.html",
               "/yf/course-l4.html", "/city/train/p-1151.html", "/doc/brochure-hz-ql.html"],
     "note": "national 人社 hotline quoted by many sellers and news; also in every city-portal sidebar"},
    {"kind": "domain", "value": "osta.org.cn", "as_written": ["zscx.osta.org.cn", "jndj.osta.org.cn"],
     "paths": ["/zhiyuan/course.html", "/doc/brochure-gz-br.html", "/doc/brochure-cd-dx.html", "/jnt/course.html",
               "/doc/brochure-hz-ql.html", "/city/policy-ai-trainer.html", "/bbs/thread-2144.html", "/news/2026-ai-cert-warning.html"],
     "note": "official certificate query site quoted by sellers of different operators"},
    {"kind": "phone", "value": "4009002618", "as_written": ["400-900-2618", "4009002618"],
     "paths": ["/b2b/index.html", "/b2b/help.html", "/b2b/company/31805.html", "/b2b/company/44172.html", "/b2b/company/52290.html",
               "/b2b/company/60317.html", "/b2b/company/71542.html", "/b2b/company/80223.html", "/bbs/thread-2144.html"],
     "note": "B2B directory's own customer-service line in every page footer, and quoted in a complaint"},
    {"kind": "email", "value": "kefu@shangqiyp.com", "as_written": ["kefu@shangqiyp.com"],
     "paths": ["/b2b/index.html", "/b2b/help.html", "/b2b/company/31805.html", "/b2b/company/44172.html", "/b2b/company/52290.html",
               "/b2b/company/60317.html", "/b2b/company/71542.html", "/b2b/company/80223.html"],
     "note": "platform customer-service mailbox in the footer"},
    {"kind": "qq_group", "value": "638120947", "as_written": ["638120947"],
     "paths": ["/b2b/help.html", "/b2b/company/31805.html", "/b2b/company/44172.html", "/b2b/company/52290.html",
               "/b2b/company/60317.html", "/b2b/company/71542.html", "/b2b/company/80223.html"],
     "note": "platform member QQ group in the footer"},
    {"kind": "uscc", "value": C_PLAT, "as_written": [C_PLAT],
     "paths": ["/b2b/index.html", "/b2b/company/31805.html", "/b2b/company/44172.html", "/b2b/company/60317.html",
               "/b2b/company/71542.html", "/b2b/company/80223.html"],
     "note": "credit code of the directory's operating company in the footer"},
    {"kind": "domain", "value": "shangqiyp.com", "as_written": ["shangqiyp.com"],
     "paths": ["/b2b/index.html", "/b2b/company/31805.html", "/b2b/company/44172.html", "/b2b/company/52290.html",
               "/b2b/company/60317.html", "/b2b/company/71542.html", "/b2b/company/80223.html"],
     "note": "the directory's own domain (logo alt text and footer mailbox)"},
    {"kind": "phone", "value": "4006553180", "as_written": ["400-655-3180"],
     "paths": ["/job/index.html", "/job/post-5521.html", "/job/post-5608.html", "/job/post-5650.html", "/job/post-5733.html",
               "/job/post-5790.html", "/job/post-5812.html", "/job/post-5844.html", "/job/post-5902.html"],
     "note": "job board customer-service line on every post"},
    {"kind": "domain", "value": "supin123.com", "as_written": ["supin123.com"],
     "paths": ["/job/post-5521.html", "/job/post-5733.html", "/job/post-5790.html", "/job/post-5812.html", "/job/post-5902.html"],
     "note": "job board's own domain in the footer"},
    {"kind": "phone", "value": "96110", "as_written": ["96110"],
     "paths": ["/job/post-5521.html", "/job/post-5812.html", "/news/2026-ai-cert-warning.html"],
     "note": "anti-fraud hotline in the job board's safety box and in news"},
    {"kind": "phone", "value": "12315", "as_written": ["12315"],
     "paths": ["/city/train/p-1093.html", "/job/post-5733.html", "/bbs/thread-2144.html", "/news/2026-ai-cert-warning.html"],
     "note": "consumer complaint hotline (city sidebar, job footer, complaint, news)"},
    {"kind": "phone", "value": "12345", "as_written": ["12345"],
     "paths": ["/city/train/p-1093.html", "/city/train/p-1120.html", "/city/classified/c-2207.html", "/city/train/p-1177.html"],
     "note": "city service hotline on every city-portal page"},
    {"kind": "email", "value": "jubao@bianmin365.cn", "as_written": ["jubao@bianmin365.cn"],
     "paths": ["/city/train/p-1093.html", "/city/train/p-1120.html", "/city/classified/c-2207.html", "/city/classified/c-2231.html",
               "/city/train/p-1151.html", "/city/train/p-1177.html"],
     "note": "city portal's report mailbox in the footer"},
    {"kind": "phone", "value": "4000865520", "as_written": ["400-086-5520"],
     "paths": ["/yf/course-l4.html", "/yf/contact.html", "/jnt/index.html", "/jnt/course.html", "/kd/index.html"],
     "note": "site builder's hotline in the footer credit of three unrelated company sites"},
    {"kind": "domain", "value": "yunqijianzhan.com", "as_written": ["yunqijianzhan.com"],
     "paths": ["/yf/course-l3.html", "/jnt/index.html", "/jnt/course.html"],
     "note": "site builder's domain in the footer credit"},
    {"kind": "domain", "value": "wjx.cn", "as_written": ["wjx.cn"],
     "paths": ["/zhiyuan/enroll.html", "/yf/contact.html", "/city/classified/c-2231.html", "/kd/index.html"],
     "note": "form tool (问卷星) used by several sellers"},
    {"kind": "phone", "value": "+861057209813", "as_written": ["010-57209813"],
     "paths": ["/hx/course.html", "/doc/brochure-cd-dx.html", "/b2b/company/71542.html", "/doc/brochure-jkgl.html"],
     "note": "evaluation centre's exam-affairs line quoted by several sellers and by another occupation's brochure"},
    {"kind": "phone", "value": "+8675526651180", "as_written": ["0755-26651180"],
     "paths": ["/hx/course.html", "/jnt/course.html"],
     "note": "front desk of a rented classroom building quoted by two Shenzhen sellers"},
    {"kind": "other", "value": PROJECT_NO, "as_written": [PROJECT_NO],
     "paths": ["/job/post-5733.html", "/city/train/p-1120.html", "/doc/brochure-jn-lb.html"],
     "note": "subsidy-catalogue project number that looks like a mobile number"},
    {"kind": "other", "value": "S000031000012255000123", "as_written": ["S000031000012255000123"],
     "paths": ["/b2b/company/44172.html", "/doc/brochure-cd-dx.html", "/b2b/company/80223.html"],
     "note": "sample certificate number from a stock certificate image"},
    {"kind": "phone", "value": "+8613800000000", "as_written": ["138-0000-0000"],
     "paths": ["/b2b/company/52290.html", "/job/post-5902.html"],
     "note": "template placeholder phone"},
    {"kind": "email", "value": "xxx@xxx.com", "as_written": ["xxx@xxx.com"],
     "paths": ["/b2b/company/52290.html", "/job/post-5902.html"],
     "note": "template placeholder email"},
    {"kind": "wechat", "value": "lin_xiaoyu_93", "as_written": ["lin_xiaoyu_93"],
     "paths": ["/bbs/thread-2291.html", "/bbs/thread-2310.html"],
     "note": "a prospective buyer's own WeChat, posted in two threads answered by different sellers"},
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html_by_path = dict(PAGES)
    html_by_path["/index.html"] = build_index()
    for path, html in html_by_path.items():
        full = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for e in TRUTH:
        if e["operator"]:
            ops.setdefault(e["operator"], []).append(e)
    ties = {
        "U01": "zhiyuan course and enroll share the footer landline, domain and WeChat; enroll and the B2B profile share the mobile (dashes vs full-width digits); the B2B profile and the brochure share the USCC",
        "U02": "job posts share the QQ (digits vs Chinese numerals); post-5608 and hx/index share the email ((at) vs @); hx pages share footer landline and domain",
        "U03": "B2B and city listing share the landline (020- vs (020)); city listing and brochure share the mobile (spaced vs plain)",
        "U04": "classified and job post share the mobile (emoji vs plain); job post and B2B share the QQ group (plain vs spaced)",
        "U05": "yf pages share footer 400 number and domain; l3 and contact share the mobile; contact and brochure share the email ([at] vs 圈/点)",
        "U06": "brochure and city share the WeChat (case differs); city and B2B share the QQ; B2B and job post share the email (@ vs #)",
        "U07": "two job posts share the WeChat; post-5844 and the classified share the domain (plain vs 点)",
        "U08": "jnt pages share the footer domain; jnt/course and B2B share the QQ; B2B and brochure share the landline (hyphen vs em dash)",
        "U09": "city listing and forum reply share the mobile (digits vs Chinese numerals); forum reply and brochure share the WeChat",
    }
    operators = {}
    for op, es in sorted(ops.items()):
        brands = []
        for e in es:
            if e["provider"] not in brands:
                brands.append(e["provider"])
        operators[op] = {"brands": brands, "ties": ties.get(op, "independent seller, one offer page, shares nothing")}
    truth = {
        "description": "operators-2026-12ak: company and directory sites (training companies' multi-page sites, a B2B 企业名录, "
                       "brochure tables in a document library, recruitment-style posts, a city services portal, a forum) "
                       "advertising 人工智能训练师 certificate courses.",
        "pages": sorted(TRUTH, key=lambda e: e["path"]),
        "operators": operators,
        "decoys": DECOYS,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(html_by_path)} pages")


if __name__ == "__main__":
    main()
