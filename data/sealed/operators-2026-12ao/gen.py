#!/usr/bin/env python3
"""Generate the operators-2026-12ao test web (site/ + truth.json). Standard library only, deterministic."""
import json, os, shutil, posixpath

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- helpers
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _orgcheck(o):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(x) * y for x, y in zip(o, w)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(head8, org8):
    s = head8 + org8 + _orgcheck(org8)
    r = 31 - sum(ALPHA.index(ch) * (3 ** i % 31) for i, ch in enumerate(s)) % 31
    return s + ALPHA[0 if r == 31 else r]


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


CN = dict(zip("0123456789", "〇一二三四五六七八九"))
CNU = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))


def cn(s, table=CN):
    return "".join(table.get(c, c) for c in s)


def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm))


PAGES = []


def add(path, html, is_offer, operator, provider, ids, note, group):
    PAGES.append(dict(path=path, html=html, is_offer=is_offer, operator=operator, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, group=group))


def doc(title, body, css="", head_extra="", lang="zh-CN"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n%s<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, title, head_extra, css, body))


# ---------------------------------------------------------------- site styles
GOV_CSS = "body{margin:0;font:14px/1.8 'Microsoft YaHei',SimSun;background:#f2f2f2}.top{background:#b30000;color:#fff;padding:14px 40px}.top h1{margin:0;font-size:26px}.nav{background:#8c0000}.nav a{color:#fff;padding:0 18px;line-height:40px;text-decoration:none}.wrap{width:1000px;margin:10px auto;background:#fff;padding:20px 40px}.crumb{color:#666;border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px}.foot{text-align:center;color:#555;font-size:12px;padding:20px}"


def gov(path, dept, domain, title, crumb, content, date, source, icp, bsm):
    body = f"""<div class="top"><img src="/images/ghlogo.png" alt="{dept}" width="60"><h1>{dept}</h1>
<span>{domain}</span></div>
<div class="nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; {crumb}</div>
<h2 style="text-align:center">{title}</h2>
<p style="text-align:center;color:#888">发布日期：{date}　来源：{source}　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></p>
<!--TRS_Content begin-->
<div class="TRS_Editor">
{content}
</div>
<!--TRS_Content end-->
</div>
<div class="foot">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">无障碍浏览</a></p>
<p>主办单位：{dept}　政务服务热线：12333　网站标识码：{bsm}</p>
<p>{icp}　<img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p>
</div>"""
    return doc(title + "_" + dept, body, GOV_CSS)


FAKE_CSS = "body{margin:0;font:14px 'SimSun';background:#fff}.hd{background:linear-gradient(#d40000,#a00);color:#ffde00;padding:10px 60px;height:90px}.hd h1{font-size:30px;margin:8px 0}.menu{background:#e8e8e8;border-bottom:3px solid #c00}.menu a{display:inline-block;padding:8px 22px;color:#333}.main{display:flex;width:1100px;margin:auto}.left{width:260px;background:#fafafa;padding:10px}.right{flex:1;padding:10px 20px}.ft{background:#333;color:#bbb;text-align:center;padding:16px;font-size:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:5px}"


def fake_official(name, sub, menu, left, right, foot, title):
    body = f"""<div class="hd"><img src="img/logo_hui.png" alt="{name}徽标" height="70" style="float:left;margin-right:12px">
<h1>{name}</h1><div>{sub}</div></div>
<div class="menu">{menu}</div>
<div class="main"><div class="left">{left}</div>
<div class="right">{right}</div></div>
<div class="ft">{foot}</div>"""
    return doc(title, body, FAKE_CSS)


CORP_CSS = "body{margin:0;font:14px/1.7 'PingFang SC','Microsoft YaHei';color:#333}header{display:flex;align-items:center;justify-content:space-between;padding:10px 8%;border-bottom:1px solid #eee}header nav a{margin:0 12px;color:#333;text-decoration:none}.banner{background:#0b5ed7;color:#fff;padding:40px 8%}.container{display:flex;padding:20px 8%;gap:30px}.content{flex:3}aside{flex:1;background:#f7f9fc;padding:14px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #dde;padding:6px}footer{background:#222;color:#aaa;padding:20px 8%;font-size:12px}"


def corp(logo_alt, brand, nav, banner, content, aside, footer, title):
    body = f"""<header><a href="#"><img src="/static/img/logo.png" alt="{logo_alt}" height="48"></a>
<nav>{nav}</nav><div class="hotline">{brand}</div></header>
<section class="banner">{banner}</section>
<div class="container"><main class="content">{content}</main>
<aside>{aside}</aside></div>
<footer>{footer}</footer>"""
    return doc(title, body, CORP_CSS)


BAIYE_CSS = "body{margin:0;font:13px/1.7 Arial,'Microsoft YaHei';background:#f5f5f5}.bar{background:#ff6a00;color:#fff;padding:6px 10%}.bar a{color:#fff}.logo{padding:12px 10%;background:#fff}.box{width:80%;margin:10px auto;display:flex;gap:14px}.detail{flex:3;background:#fff;padding:16px}.seller{flex:1;background:#fff;padding:14px}.kv td{padding:4px 10px;border-bottom:1px dashed #eee}.pf{text-align:center;color:#888;padding:20px;font-size:12px}"


def baiye(path, cat, title, kv_rows, desc, seller, pubdate, infoid):
    rows = "".join(f"<tr><td class=\"k\">{k}</td><td>{v}</td></tr>" for k, v in kv_rows)
    body = f"""<div class="bar">百业信息网 — 免费发布分类信息 | <a href="#">登录</a> <a href="#">免费注册</a> | <a href="{rel(path, '/www.baiyexinxi.com/help/ruzhu.html')}">商家帮助</a> | 客服热线：400-680-1235</div>
<div class="logo"><img src="/img/baiye_logo.png" alt="百业信息网 baiyexinxi.com" height="40"> <form style="display:inline" action="#"><input name="kw" placeholder="搜索职业培训、考证信息"><button>搜索</button></form></div>
<div class="box"><div class="detail">
<div class="crumb"><a href="#">百业信息网</a> &gt; <a href="#">教育培训</a> &gt; <a href="#">{cat}</a></div>
<h1>{title}</h1>
<p class="meta">信息编号：{infoid}　发布时间：{pubdate}　浏览：{(int(infoid[-3:]) * 7) % 900 + 101}次</p>
<table class="kv">{rows}</table>
<div class="desc"><h3>详细介绍</h3>
{desc}
</div>
<p class="warn" style="color:#c00;font-size:12px">【百业提醒】本信息由用户自行发布，百业信息网不对其真实性负责。凡涉及预付费、"包过"、"内部渠道"等请谨慎，如遇诈骗请拨打110或反诈专线96110。</p>
</div>
<div class="seller">{seller}
<hr><p>平台认证 · 实名商家</p></div></div>
<div class="pf"><p><a href="#">关于我们</a> | <a href="#">服务条款</a> | <a href="{rel(path, '/www.baiyexinxi.com/help/ruzhu.html')}">商家入驻</a> | 投诉邮箱：kefu@baiyexinxi.com | 商家交流QQ群：812736450</p>
<p>Copyright © 2012-2026 www.baiyexinxi.com 百业信息网 版权所有　客服热线：400-680-1235（9:00-18:00）　苏ICP备13028866号-2</p></div>"""
    return doc(title + " - 百业信息网", body, BAIYE_CSS)


BBS_CSS = "body{margin:0;font:14px/1.6 Tahoma,'Microsoft YaHei';background:#e9eef3}.hdr{background:#2b579a;color:#fff;padding:8px 5%}.hdr a{color:#cfe}.th{width:90%;margin:10px auto;background:#fff}.post{display:flex;border-bottom:1px solid #dde}.auth{width:160px;background:#f4f7fa;padding:10px;font-size:12px}.msg{flex:1;padding:10px 16px}.floor{float:right;color:#999}.sig{color:#999;border-top:1px dashed #ddd;font-size:12px}"


def bbs(path, board, title, posts, tid):
    ps = []
    for i, (user, info, when, msg) in enumerate(posts):
        fl = "楼主" if i == 0 else ("沙发" if i == 1 else ("板凳" if i == 2 else f"{i + 1}#"))
        ps.append(f"""<div class="post" id="pid{int(tid) * 10 + i}"><div class="auth"><img src="/uc_server/avatar.php?uid={int(tid) % 9000 + i * 37}" alt="{user}的头像" width="80"><br><b>{user}</b><br>{info}</div>
<div class="msg"><span class="floor">{fl}</span><p style="color:#999;font-size:12px">发表于 {when}</p>{msg}</div></div>""")
    body = f"""<div class="hdr">职培圈论坛 bbs.zhipeiquan.com　<a href="#">首页</a> | <a href="#">考证交流</a> | <a href="#">技能培训</a> | <a href="#">招聘求职</a>　<a href="#">登录</a>/<a href="#">注册</a></div>
<div class="th"><div style="padding:10px 16px"><a href="#">职培圈</a> › <a href="#">{board}</a> › <h1 style="display:inline;font-size:18px">{title}</h1> <span style="color:#999">[复制链接]</span></div>
{''.join(ps)}
<div style="padding:10px 16px"><form action="#" method="post"><textarea name="message" rows="4" cols="80" placeholder="文明发言，禁止发布广告及联系方式"></textarea><br><button type="submit">发表回复</button></form></div></div>
<p style="text-align:center;font-size:12px;color:#777">Powered by Discuz! X3.4 © 2001-2026 职培圈论坛　<a href="#">Archiver</a> | <a href="#">手机版</a> | <a href="#">小黑屋</a></p>"""
    return doc(title + " - " + board + " - 职培圈论坛", body, BBS_CSS)


QA_CSS = "body{margin:0;background:#f6f6f6;font:15px/1.7 -apple-system,'PingFang SC'}.appbar{background:#fff;padding:10px 12%;box-shadow:0 1px 3px #ddd}.q{background:#fff;padding:16px 12%;margin-bottom:10px}.ans{background:#fff;margin:0 12% 10px;padding:16px}.who{display:flex;gap:10px;align-items:center;color:#555}.vote{color:#1772f6;font-size:13px}"


def qa(question, qdesc, answers, tags, follow):
    ans = "".join(f"""<div class="ans"><div class="who"><img src="/avatars/{i + 1}.jpg" alt="{a[0]}" width="36"><b>{a[0]}</b><span>{a[1]}</span></div>
<div class="RichContent">{a[2]}</div><p class="vote">▲ 赞同 {a[3]}　💬 {a[4]} 条评论　发布于 {a[5]}</p></div>""" for i, a in enumerate(answers))
    body = f"""<div class="appbar"><b>问答圈</b> wendaquan.com　<a href="#">首页</a> <a href="#">发现</a> <a href="#">等你来答</a> <input placeholder="搜索你感兴趣的内容…"></div>
<div class="q"><div class="tags">{''.join('<a href="#">' + t + '</a> ' for t in tags)}</div><h1>{question}</h1><p>{qdesc}</p><p style="color:#888">关注者 {follow}　被浏览 {follow * 37}</p></div>
{ans}
<p style="text-align:center;color:#aaa;font-size:12px">© 2026 问答圈　京ICP证150512号　违法和不良信息举报：010-82716601</p>"""
    return doc(question + " - 问答圈", body, QA_CSS)


SHOP_CSS = "body{margin:0;font:13px Arial,'Microsoft YaHei'}.top{background:#f40;color:#fff;padding:6px 8%}.item{display:flex;gap:20px;padding:20px 8%}.pic{width:380px}.info{flex:1}.price{color:#f40;font-size:26px}.sku span{border:1px solid #ccc;padding:3px 8px;margin-right:6px}.tabs{padding:0 8%}.shopbox{border:1px solid #eee;padding:10px;width:220px}.rv{border-bottom:1px solid #f0f0f0;padding:8px 0}"


def shop(title, shopname, shopid, pics, price_html, sku, detail, shopside, reviews):
    rv = "".join(f"<div class=\"rv\"><b>{u}</b> <span style=\"color:#999\">{d}</span><p>{t}</p></div>" for u, d, t in reviews)
    body = f"""<div class="top">可店宝 kedianbao.cn ｜ 全网好课一站购　<a href="#" style="color:#fff">我的订单</a> · <a href="#" style="color:#fff">联系平台客服</a></div>
<div class="item"><div class="pic">{pics}</div>
<div class="info"><h1 style="font-size:18px">{title}</h1>
{price_html}
<div class="sku">{sku}</div>
<p><button>立即购买</button> <button>加入购物车</button> <a href="#">💬 联系客服</a></p>
<p style="color:#999">平台保障：7天无忧退（虚拟课程除外）· 可店宝担保交易</p></div>
<div class="shopbox"><h3>{shopname}</h3><p>店铺ID：{shopid}</p>{shopside}<p><a href="#">进店逛逛</a></p></div></div>
<div class="tabs"><h3>商品详情</h3>{detail}<h3>累计评价</h3>{rv}</div>
<div style="background:#fafafa;color:#888;padding:16px 8%;font-size:12px">可店宝平台客服：400-820-7719（每天 9:00-22:00）　平台课程编号：13520260901 类目：职业技能/考证　© 2026 kedianbao.cn　粤ICP备19110338号</div>"""
    return doc(title + "-可店宝", body, SHOP_CSS)


NEWS_CSS = "body{margin:0;font:16px/1.9 'PingFang SC','Microsoft YaHei';background:#fff}.nh{border-bottom:2px solid #e33;padding:10px 10%}.nh a{margin-right:14px;color:#222}.art{width:720px;margin:20px auto}.art h1{font-size:26px}.src{color:#999;font-size:13px}.cm{border-top:1px solid #eee;padding:8px 0;font-size:14px}.side{position:absolute;right:3%;top:120px;width:220px;font-size:13px}"


def news(site, title, src, content, comments="", side=""):
    cms = "".join(f"<div class=\"cm\"><b>{u}</b> <span style=\"color:#999\">{w}</span><p>{t}</p></div>" for u, w, t in comments) if comments else ""
    body = f"""<div class="nh"><b>{site}</b>　<a href="#">推荐</a><a href="#">财经</a><a href="#">教育</a><a href="#">科技</a><a href="#">职场</a></div>
<div class="side">{side}</div>
<article class="art"><h1>{title}</h1><p class="src">{src}</p>
{content}
<div class="comments"><h3>网友评论</h3>{cms or '<p style="color:#999">暂无评论</p>'}</div></article>"""
    return doc(title + "_" + site, body, NEWS_CSS)


WENKU_CSS = "body{margin:0;background:#eef0f3;font:14px 'Microsoft YaHei'}.wk{background:#fff;padding:8px 10%}.pg{width:760px;margin:16px auto;background:#fff;padding:50px 60px;box-shadow:0 0 6px #ccc;font:15px/2 SimSun}.pg h1{text-align:center;font-size:22px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px}"


def wenku(title, uploader, pages_html, meta):
    body = f"""<div class="wk"><b>文库吧</b> wenkuba.net　<input placeholder="搜索文档"> <a href="#">上传文档</a></div>
<div style="width:760px;margin:10px auto;color:#666">{meta}　上传者：{uploader}　<a href="#">下载文档</a>（需2下载券）</div>
<div class="pg">{pages_html}</div>
<p style="text-align:center;color:#999;font-size:12px">本文档由用户上传，仅供学习交流，如有侵权请联系删除。文库吧 © 2026</p>"""
    return doc(title + " - 文库吧", body, WENKU_CSS)


MP_CSS = "body{margin:0;background:#fff;font:17px/1.8 -apple-system,'PingFang SC'}.rich_media{max-width:640px;margin:auto;padding:20px}.meta{color:#576b95;font-size:15px}.qr{text-align:center;background:#f7f7f7;padding:10px}"

# ---------------------------------------------------------------- identifiers
U01_USCC = uscc("91110108", "MA01KT3P")
U02_USCC = uscc("52310104", "MJ501283")
U04_USCC = uscc("91330106", "MA2H7Y41")
U05_USCC = uscc("91110105", "MA04E9C2")
U06_USCC = uscc("91440300", "MA5FQ8D1")
U08_USCC = uscc("91440300", "MA5G2L7W")
U09_USCC = uscc("91510107", "MA62XN3B")
I01_USCC = uscc("12330200", "47301962")
N9_USCC = uscc("91320594", "MA27U8RJ")

SAMPLE_CERT = "S000044000012253000018"

# ============================================================ NON-OFFERS (part, some need links later)
# N3 Hangzhou subsidy catalogue
P_N3 = "/hrss.hangzhou.gov.cn/art/2026/3/12/art_1229612334_59031847.html"
rows = [
    ("1", "杭州市钱塘职业技能培训学校", "钱塘区下沙街道学源街118号", "0571-8691 2207", "人工智能训练师（四级、三级）；电工（五级—三级）"),
    ("2", "杭州市第三职业技能鉴定站（考点）", "拱墅区湖墅南路284号", "0571-8520 3317", "人工智能训练师（五级—三级）认定考点"),
    ("3", "杭州之江数字技能培训中心", "西湖区西园八路11号", "0571-8808 4196", "人工智能训练师（五级、四级）；网络与信息安全管理员"),
    ("4", "浙江省新华技工学校", "余杭区仓前街道文一西路1500号", "0571-8816 3025", "人工智能训练师（五级—三级）；计算机程序设计员"),
    ("5", "杭州市萧山区职业技能培训中心", "萧山区市心北路99号", "0571-8262 7711", "健康照护师；养老护理员；中式烹调师"),
    ("6", "杭州滨江高新技术职业培训学校", "滨江区江南大道3880号", "0571-8669 5403", "人工智能训练师（四级）；互联网营销师"),
]
tbl = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in rows)
add(P_N3, gov(P_N3, "杭州市人力资源和社会保障局", "hrss.hangzhou.gov.cn", "关于公布2026年度杭州市职业技能培训补贴目录（第一批）的通知",
              "<a href=\"#\">政务公开</a> &gt; <a href=\"#\">通知公告</a>",
              f"""<p>各区、县（市）人力社保局，各有关培训机构：</p>
<p>根据《浙江省职业技能提升行动实施方案》及失业保险技能提升补贴有关规定，经机构申报、专家评审和社会公示，现将2026年度杭州市职业技能培训补贴目录（第一批）予以公布。</p>
<p>一、目录内培训项目按职业（工种）和等级给予补贴。人工智能训练师（职业编码4-04-05-05）补贴标准为：五级（初级工）1000元/人，四级（中级工）1500元/人，三级（高级工）2000元/人；列入本市紧缺职业目录的，可上浮30%。二级、一级暂不列入补贴范围。</p>
<p>二、补贴对象须在取得证书前累计缴纳失业保险满1年，同一职业同一等级只能享受一次。</p>
<p>三、未列入本目录的机构发布"全额补贴""0元考证"等宣传的，请向所在区人力社保部门或拨打12345、12333反映。</p>
<table><thead><tr><th>序号</th><th>机构名称</th><th>地址</th><th>联系电话</th><th>补贴职业（工种）及等级</th></tr></thead><tbody>{tbl}</tbody></table>
<p>附件：<a href="#">2026年度职业技能培训补贴目录（第一批）.xlsx</a></p>
<p style="text-align:right">杭州市人力资源和社会保障局<br>2026年3月12日</p>""",
              "2026-03-12 16:20", "职业能力建设处", "浙ICP备05003021号-1", "3301000032"),
    False, None, None, [], "city subsidy catalogue (official policy page) listing approved schools and one assessment site; quoted by sellers", "gov")

# N4 provincial policy Q&A
P_N4 = "/rlsbt.zj.gov.cn/art/2026/1/8/art_1229506771_58942210.html"
add(P_N4, gov(P_N4, "浙江省人力资源和社会保障厅", "rlsbt.zj.gov.cn", "人工智能训练师职业技能等级认定政策问答",
              "<a href=\"#\">政策解读</a> &gt; <a href=\"#\">图文解读</a>",
              """<p><b>问1：人工智能训练师是什么职业？</b><br>答：人工智能训练师（4-04-05-05）是2020年人社厅发〔2020〕17号文件发布的新职业，设数据标注员、人工智能算法测试员两个工种，共设五个等级。</p>
<p><b>问2：证书由谁颁发？</b><br>答：职业技能等级证书由经人力资源社会保障部门备案的用人单位或社会培训评价组织颁发，政府部门不直接发证。任何机构宣称"人社部颁发""国家职业资格证书"的均不符合规定。</p>
<p><b>问3：如何查询证书真伪？</b><br>答：可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）或扫描证书二维码，也可登录浙江省职业技能等级认定信息系统查询。</p>
<p><b>问4：零基础能否直接报考三级、二级？</b><br>答：不能。申报四级及以上等级须具备相应的下一级证书和工作年限，申报五级须累计从事本职业或相关职业工作1年（含）以上或本职业学徒期满。</p>
<p><b>问5：遇到"包过""免考拿证"的宣传怎么办？</b><br>答：此类宣传违反《广告法》有关规定，请勿轻信。可拨打12333咨询或向市场监管部门（12315）投诉。</p>""",
              "2026-01-08 09:30", "职业能力建设处", "浙ICP备05003021号", "3300000052"),
    False, None, None, [], "provincial policy explainer (FAQ), only official hotlines/query sites", "gov")

# N5 Shenzhen warning naming a look-alike domain
P_N5 = "/hrss.sz.gov.cn/xxgk/tzgg/content/post_11920375.html"
add(P_N5, gov(P_N5, "深圳市人力资源和社会保障局", "hrss.sz.gov.cn", "关于谨防假冒职业技能证书查询网站的风险提示",
              "<a href=\"#\">信息公开</a> &gt; <a href=\"#\">通知公告</a>",
              """<p>近期，我局接到市民反映，有网站冒用"国家""全国""认证中心"等字样，仿冒官方证书查询页面，以"人工智能训练师证书全国联网可查""国家认证"等名义收取报名费、办证费。</p>
<p>经核查，网址为 guozhirenzheng.com.cn 的"国职认证网"等网站并非人力资源社会保障部门或其备案评价机构设立的网站，其"证书查询"结果不具有任何效力。</p>
<p>特此提醒：</p>
<ol><li>职业技能等级证书的唯一全国联网查询渠道为技能人才评价证书全国联网查询系统（zscx.osta.org.cn），亦可通过技能人才评价工作网（osta.mohrss.gov.cn）查询评价机构备案情况；</li>
<li>人力资源社会保障部门不直接颁发人工智能训练师等职业技能等级证书；</li>
<li>凡宣称"不用考试""包过""先拿证后付款"的，均系虚假宣传。</li></ol>
<p>如发现上当受骗，请立即拨打110或全国反诈专线96110报警；政策咨询请拨打12333。</p>
<p style="text-align:right">深圳市人力资源和社会保障局<br>2026年4月2日</p>""",
              "2026-04-02 10:05", "职业能力建设处", "粤ICP备10223698号", "4403000062"),
    False, None, None, [], "official warning that quotes a look-alike site's domain and hotlines", "gov")

# N6 news
P_N6 = "/www.dongfangzixun.com/edu/2026/0415/art_7745120.html"
add(P_N6, news("东方资讯网", "“花3980元买了个查不到的证”——起底人工智能训练师“速成证书”生意", "2026-04-15 07:42　来源：东方资讯网 记者 韩雪　编辑：周一",
               """<p>"零基础、不用考试、15天出证、官网可查。"今年2月，在杭州工作的刘女士在某短视频平台刷到一则广告，对方自称"职业技能人才评价服务中心"，称交3980元就能拿到人工智能训练师三级证书，"人社部颁发，全国通用"。</p>
<p>刘女士付款后收到一本红色封皮证书，证书号为"S000044000012253000018"。她登录对方提供的"查询网站"能查到信息，但在技能人才评价证书全国联网查询平台（zscx.osta.org.cn）却查无此证。</p>
<p>记者调查发现，同一证书号出现在多个商家的"证书样本"图片中。业内人士介绍，根据规定，职业技能等级证书由备案评价机构颁发，人社部门并不直接发证，"三级证书要求有四级证书和相应工作年限，零基础直接报三级本身就不合规"。</p>
<p>人社部此前公开的山寨证书声明可在中国人事考试网（www.cpta.com.cn）查询。律师提醒，消费者可向12315投诉，涉嫌诈骗的应拨打110报警。浙江省人社厅政策咨询热线为12333。</p>
<p>截至发稿，记者多次拨打该"中心"公布的400-869-2175均无人接听。</p>""",
               [("用户7731xx", "04-15 09:12", "我也被坑了，同样的话术"), ("杭城小陈", "04-15 10:40", "证书还是要上官网查，别信截图")],
               "<h4>相关阅读</h4><p>· 人社部：警惕“山寨证书”</p><p>· 新职业观察：AI训练师</p>"),
    False, None, None, [], "press investigation quoting hotlines, a sample certificate number and one seller's 400 number", "news")

# N7 complaint
P_N7 = "/ts.weiquan365.com/complaint/view/17720488.html"
add(P_N7, doc("[已回复] 启智AI考证退款难，交1680元后客服拉黑 - 维权365投诉平台", f"""<div style="background:#222;color:#fff;padding:8px 10%">维权365 · 消费投诉平台　<a href="#" style="color:#fc0">我要投诉</a></div>
<div style="width:80%;margin:auto">
<h1 style="font-size:20px">启智AI考证退款难，交1680元后客服拉黑</h1>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>投诉编号</th><td>17720488</td><th>投诉对象</th><td>启智云课堂</td></tr>
<tr><th>投诉问题</th><td>虚假宣传、拒绝退款</td><th>投诉要求</th><td>退款1680元</td></tr>
<tr><th>涉诉金额</th><td>1680元</td><th>投诉进度</th><td>处理中</td></tr></table>
<div class="content"><p>2026年3月在小红书看到"小启老师"发的AI训练师考证笔记，说四级证包过、人社部可查。加了对方微信 qizhiyun_kf，对方让我转账1680元，说两周安排考试。之后一直拖，再打18620473318就不接了，微信也把我拉黑。</p>
<p>本人联系方式已提交平台，不公开。请平台协助处理！</p>
<p><img src="img/chat1.jpg" alt="聊天记录截图1"> <img src="img/pay.jpg" alt="转账截图"></p></div>
<div class="timeline"><p>2026-03-29 投诉已提交　2026-03-30 平台已分配商家　2026-04-06 商家暂未回复</p></div>
</div>
<div style="text-align:center;color:#999;font-size:12px;margin-top:20px">维权365 平台客服邮箱 service@weiquan365.com　© 2026</div>""", "body{font:14px/1.8 'Microsoft YaHei'}"),
    False, None, None, [], "buyer complaint thread quoting a seller's wechat and mobile", "complaint")

# N8 forum discussion (commenter leaves own wechat)
P_N8 = "/bbs.zhipeiquan.com/thread-283164-1-1.html"
add(P_N8, bbs(P_N8, "考证交流", "人工智能训练师证书到底有没有用？考了的来说说", [
    ("海边的阿杰", "新手上路<br>帖子 12", "2026-2-27 21:14", "<p>公司在搞AI项目，领导说有个人工智能训练师的证可以加分。网上一搜全是卖证的，几百到几千都有，有的还说包过……到底正规的怎么考？</p>"),
    ("数据标注老油条", "中级会员<br>帖子 486", "2026-2-27 21:40", "<p>正规的是找人社备案的评价机构报名认定，证书能在 zscx.osta.org.cn 查到。五级要求一年相关工作经历，四级往上要证书+年限，不存在零基础直接考三级的。</p>"),
    ("路过的小白", "注册会员<br>帖子 3", "2026-2-28 08:02", "<p>同问，我也在准备四级，有一起备考的可以互相监督，我wx: xiaobai_0921 一起交流备考，不卖课哈</p>"),
    ("浙里打工人", "中级会员<br>帖子 211", "2026-2-28 12:19", "<p>杭州的话看人社局公布的补贴目录，目录里的学校考完还能申请技能提升补贴，四级1500。不清楚的打12333问。</p>"),
], "283164"), False, None, None, [], "forum discussion; a commenter posts his own wechat for study partners", "forum")

# N9 real job ad
P_N9 = "/www.qiuzhibang.com/job/cc7a1f39e2.html"
add(P_N9, doc("AI数据训练师（标注方向）-苏州智标数据科技有限公司-求职帮", f"""<div style="background:#00b38a;color:#fff;padding:10px 10%">求职帮 qiuzhibang.com　<a href="#" style="color:#fff">职位</a> <a href="#" style="color:#fff">公司</a> <a href="#" style="color:#fff">校园</a></div>
<div style="width:80%;margin:auto;display:flex;gap:20px"><div style="flex:3">
<h1>AI数据训练师（标注方向）</h1><p style="color:#f60;font-size:20px">7-10K·13薪</p>
<p>苏州 · 工业园区 ｜ 1-3年 ｜ 大专</p>
<h3>职位描述</h3><ul><li>负责大模型SFT/RLHF数据的标注、质检与规范制定；</li><li>参与标注工具需求整理，配合算法同学完成badcase分析；</li><li>持有人工智能训练师（数据标注员）四级及以上职业技能等级证书者优先，入职后公司可组织参加企业自主评价。</li></ul>
<h3>工作地址</h3><p>苏州工业园区星湖街328号创意产业园12栋</p>
<p>简历投递：hr@zhibiao-data.com（邮件标题：姓名+岗位+到岗时间）</p></div>
<div style="flex:1;background:#f7f7f7;padding:10px"><h4>苏州智标数据科技有限公司</h4><p>人工智能 · 50-150人 · A轮</p><p>统一社会信用代码：{N9_USCC}</p><p>HR 电话：0512-6258 3390</p></div></div>
<p style="text-align:center;color:#999;font-size:12px">求职帮 · 求职安全提示：招聘方以任何理由收取费用（含考证费、培训费）均属违规，请拨打 12333 举报</p>""", "body{font:14px/1.8 'Microsoft YaHei'}"),
    False, None, None, [], "genuine job advertisement asking for the certificate; not a seller", "job")

# N11 platform help page
P_N11 = "/www.baiyexinxi.com/help/ruzhu.html"

# N12 academic enrolment brochure (degree programme, not certificate sale)
P_N12 = "/zs.jndzxy.edu.cn/info/1021/3377.htm"
add(P_N12, doc("江南数字职业技术学院2026年招生简章-招生信息网", """<div style="background:#003a8c;color:#fff;padding:14px 10%"><img src="../../images/xiaohui.png" alt="江南数字职业技术学院校徽" height="50"> 江南数字职业技术学院 招生信息网</div>
<div style="background:#e6eefa;padding:6px 10%"><a href="#">首页</a> | <a href="#">招生简章</a> | <a href="#">专业介绍</a> | <a href="#">历年分数</a> | <a href="#">在线咨询</a></div>
<div style="width:80%;margin:auto"><h1 style="text-align:center">江南数字职业技术学院2026年招生简章</h1>
<p>第一条　学校全称：江南数字职业技术学院；国标代码：14972；办学层次：专科（高职）。</p>
<p>第五条　2026年面向全国招收普通高考考生，开设人工智能技术应用、大数据技术、工业互联网应用等32个专业。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;width:100%"><tr><th>专业</th><th>学制</th><th>学费（元/年）</th><th>可考取证书（在校期间，自愿）</th></tr>
<tr><td>人工智能技术应用</td><td>三年</td><td>6000</td><td>人工智能训练师（四级）、计算机程序设计员</td></tr>
<tr><td>大数据技术</td><td>三年</td><td>6000</td><td>大数据工程技术人员（初级）</td></tr></table>
<p>第十二条　学生在校期间可参加学校组织的职业技能等级认定，认定费用按物价部门核定标准收取，不得强制参加。</p>
<p>第二十条　招生咨询电话：0510-8119 6012；招生办邮箱：zsb@jndzxy.edu.cn；监督电话：0510-8119 6000。</p></div>
<p style="text-align:center;font-size:12px;color:#777">江南数字职业技术学院招生办公室 © 2026　苏ICP备05083311号</p>""", "body{font:14px/1.8 SimSun}"),
    False, None, None, [], "college degree-programme enrolment brochure (招生简章) mentioning the certificate; not a certificate sale", "edu")

# N13 SEO guide
P_N13 = "/www.kaozhengzhinan.com/rgzn/6628.html"
add(P_N13, news("考证指南网", "2026年人工只能训练师报考条件、费用及查询入口（最新整理）", "2026-05-06　小编：考证君　阅读 3.2w",
                """<p>人工智能训练师（AI Trainer）属于人社部2020年发布的新职业，证书为职业技能等级证书，分五级到一级。</p>
<h2>一、报考条件</h2><p>五级：累计从事本职业或相关职业工作满1年；或本职业学徒期满。四级及以上需逐级申报。</p>
<h2>二、考试内容</h2><p>理论知识考试+操作技能考核，均实行百分制，60分及格。</p>
<h2>三、费用参考</h2><p>各地评价机构认定费在三百到五百元不等，培训费另计；部分城市可申请技能提升补贴（五级1000元、四级1500元、三级2000元）。</p>
<h2>四、证书查询</h2><p>技能人才评价证书全国联网查询：zscx.osta.org.cn；咨询电话：12333。</p>
<p style="color:#999">（本文由网络资料整理，如有出入以官方为准）</p>""",
                [("AI小王", "05-07", "写得挺清楚，谢谢")], "<h4>热门考证</h4><p>· 健康管理师</p><p>· 心理咨询师</p>"),
    False, None, None, [], "SEO guide article with only official query site and hotline (title misspells the occupation)", "guide")

# N14 other occupation (生成式人工智能系统应用员)
P_N14 = "/www.zhichuang-aigc.com/course/aigc-yingyongyuan.html"
add(P_N14, corp("智创AIGC学院", "咨询：0532-8097 6630", "<a href=\"#\">首页</a><a href=\"#\">AIGC课程</a><a href=\"#\">师资</a><a href=\"#\">联系我们</a>",
                "<h1>生成式人工智能系统应用员（4-04-05-13）职业技能培训</h1><p>提示词工程 · AI绘画 · 智能体搭建 · 企业AIGC落地</p>",
                """<p>生成式人工智能系统应用员是《中华人民共和国职业分类大典（2022年版）》后新增职业，<b>与人工智能训练师（4-04-05-05）不是同一职业</b>，本课程不包含AI训练师认定。</p>
<table><tr><th>班型</th><th>课时</th><th>学费</th></tr><tr><td>周末班</td><td>48课时</td><td>¥2,680</td></tr><tr><td>企业内训</td><td>定制</td><td>面议</td></tr></table>
<p>报名邮箱：hi@zhichuang-aigc.com　地址：青岛市崂山区株洲路151号</p>""",
                "<h4>联系我们</h4><p>电话：0532-8097 6630</p><p>微信：zcaigc_qd</p><img src=\"/static/img/qr.png\" alt=\"微信二维码 zcaigc_qd\">",
                "© 2026 青岛智创AIGC教育科技有限公司 www.zhichuang-aigc.com　鲁ICP备2024031157号", "生成式人工智能系统应用员培训-智创AIGC学院"),
    False, None, None, [], "course for a different occupation (4-04-05-13), explicitly not the AI trainer", "agency")

# N16 news Shanghai
P_N16 = "/sh.xinwenzhan.com/2026-01/25/c_1130419902.htm"
add(P_N16, news("新闻站·上海频道", "去年上海人工智能训练师认定1.63万人次 发证1.09万张", "2026-01-25 15:03:22　来源：新闻站",
                """<p>记者从上海市人社局获悉，2025年本市共开展人工智能训练师职业技能等级认定1.63万人次，发放证书1.09万张。人工智能训练师已列入本市急需紧缺高技能人才职业（工种）目录。</p>
<p>上海产训融合技能发展中心负责人介绍，课程约三成为理论、七成为实操，学员多来自数据标注、智能客服等岗位。"证书不是买来的，要真考。"</p>
<p>市人社部门提醒，职业技能等级证书可通过全国联网查询平台（zscx.osta.org.cn）查验，政策咨询可拨打12333。</p>"""),
    False, None, None, [], "news report on official assessment figures", "news")

# ============================================================ OFFERS
# ---------------- U01: look-alike "service centre" + agency + Q&A + advertorial
P_U01a = "/www.zyjnrc-pjfw.org.cn/rgznxls/index.html"
P_N15 = "/www.zyjnrc-pjfw.org.cn/zscx/index.html"
menu01 = f"<a href=\"#\">网站首页</a><a href=\"#\">中心概况</a><a href=\"#\">政策法规</a><a href=\"{rel(P_U01a, P_U01a)}\">人工智能训练师</a><a href=\"{rel(P_U01a, P_N15)}\">证书查询</a><a href=\"#\">报名入口</a><a href=\"#\">联系我们</a>"
foot01 = "主办：职业技能人才评价服务中心　地址：北京市海淀区中关村南大街甲8号　报名咨询：010-6283 5170　邮箱：zyjnrc_bm@163.com<br>Copyright © 2019-2026 www.zyjnrc-pjfw.org.cn All Rights Reserved　京ICP备19027753号-1"
add(P_U01a, fake_official("职业技能人才评价服务中心", "Vocational Skills Talent Evaluation Service Center　证书全国联网 · 官网可查",
    menu01,
    f"""<h3>通知公告</h3><ul><li>2026年第二批人工智能训练师报名通知</li><li>关于启用新版证书查询系统的公告</li></ul>
<h3>证书查询</h3><p><a href="{rel(P_U01a, P_N15)}">>> 点击进入证书查询</a></p><p>国家政务服务热线：12333</p>""",
    f"""<h2>人工智能训练师（4-04-05-05）职业技能等级认定报名简章</h2>
<p>为贯彻落实国家新职业人才培养要求，本中心面向社会开展人工智能训练师五级至一级认定报名工作。证书全国联网、官网可查，可用于积分落户、职称评定、人才补贴申领。</p>
<table><tr><th>等级</th><th>报考条件</th><th>费用（含培训、考试、证书）</th></tr>
<tr><td>五级/初级工</td><td>不限学历</td><td><del>¥2800</del> ¥1680</td></tr>
<tr><td>四级/中级工</td><td>不限学历</td><td><del>¥3800</del> ¥2380</td></tr>
<tr><td>三级/高级工</td><td>大专及以上或相关工作经验</td><td>¥3980</td></tr>
<tr><td>二级/技师</td><td>本科可直报</td><td>¥6800</td></tr></table>
<p>证书样本：<img src="img/zs_yb.jpg" alt="人工智能训练师证书样本 证书编号{SAMPLE_CERT}" width="300"></p>
<p>查询说明：证书发放后可在本中心官网及技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>报名热线：010-6283 5170（工作日 8:30-17:30）　报名邮箱：zyjnrc_bm@163.com</p>""",
    foot01, "人工智能训练师报名_职业技能人才评价服务中心"),
    True, "U01", "职业技能人才评价服务中心",
    [("phone", "+861062835170", "010-6283 5170"), ("email", "zyjnrc_bm@163.com", "zyjnrc_bm@163.com"),
     ("domain", "zyjnrc-pjfw.org.cn", "www.zyjnrc-pjfw.org.cn")],
    "look-alike 'evaluation service centre' site, enrolment notice with per-level fees", "fake")

add(P_N15, fake_official("职业技能人才评价服务中心", "Vocational Skills Talent Evaluation Service Center　证书全国联网 · 官网可查",
    menu01.replace(rel(P_U01a, P_U01a), rel(P_N15, P_U01a)).replace(rel(P_U01a, P_N15), rel(P_N15, P_N15)),
    "<h3>查询须知</h3><p>请输入证书编号及身份证号查询。查询不到请联系客服核实。</p>",
    """<h2>证书查询</h2>
<form action="#" method="post"><table><tr><td>姓名</td><td><input name="xm"></td></tr>
<tr><td>身份证号</td><td><input name="sfz"></td></tr><tr><td>证书编号</td><td><input name="zsbh" placeholder="如 S000044000012253000018"></td></tr>
<tr><td>验证码</td><td><input name="yzm" size="6"> <img src="img/code.jpg" alt="验证码"></td></tr></table>
<button type="submit">查 询</button></form>
<p style="color:#999">本系统数据与全国职业技能人才数据库同步更新。</p>""",
    foot01, "证书查询_职业技能人才评价服务中心"),
    False, None, None, [], "the look-alike centre's own fake certificate-query page (not an offer)", "fake")

P_U01b = "/www.jinghuazhixun.com/news/202603/ai-trainer.html"
add(P_U01b, corp("京华智训教育", "全国服务热线（010）62835170",
    "<a href=\"#\">首页</a><a href=\"#\">关于京华</a><a href=\"#\">考证项目</a><a href=\"#\">学员风采</a><a href=\"#\">新闻资讯</a><a href=\"#\">联系我们</a>",
    "<h1>AI训练师 | 新职业 · 新风口</h1><p>京华智训 · 十年职业技能培训服务经验</p>",
    f"""<h2>2026年人工智能训练师考证培训招生（北京/线上同步）</h2>
<p>发布时间：2026-03-18　作者：招生部</p>
<p>人工智能训练师是人社部发布的新职业，持证可申请补贴、积分落户加分。京华智训联合多家评价机构开设AI训练师四级、三级考前培训班，线上直播+线下实操，<b>通过率98%</b>。</p>
<ul><li>四级（中级工）：培训+考务 2,380元</li><li>三级（高级工）：培训+考务 3,980元，<span style="color:red">报两级立减800</span></li></ul>
<p>报名方式：致电（010）62835170，或添加招生老师微信 jhzx_teacher。</p>
<p>对公账户：京华智训教育科技有限公司　开户行：中国工商银行北京海淀支行　账号：0200 0045 0920 0187 632</p>""",
    "<h4>联系我们</h4><p>电话：（010）62835170</p><p>微信：jhzx_teacher</p><h4>热门项目</h4><p>AI训练师</p><p>健康管理师</p><p>碳排放管理员</p>",
    f"京华智训教育科技有限公司　统一社会信用代码：{U01_USCC}<br>© 2026 www.jinghuazhixun.com 版权所有　京ICP备2021012468号-1　技术支持：网站建设",
    "2026年人工智能训练师考证培训招生-京华智训教育"),
    True, "U01", "京华智训教育科技有限公司",
    [("phone", "+861062835170", "（010）62835170"), ("wechat", "jhzx_teacher", "jhzx_teacher"),
     ("uscc", U01_USCC, U01_USCC), ("domain", "jinghuazhixun.com", "www.jinghuazhixun.com"),
     ("other", "0200004509200187632", "0200 0045 0920 0187 632")],
    "training agency's own site, news-style enrolment post with bundle discount", "agency")

P_U01c = "/www.wendaquan.com/question/56120873/answer/3318402.html"
add(P_U01c, qa("零基础想考AI训练师，有靠谱的机构推荐吗？", "宝妈一枚，想转行做数据标注，看到说有人工智能训练师证，不知道怎么报名，求推荐。", [
    ("智训AI学苑-周老师", "职业技能培训从业者", "<p>谢邀。AI训练师（也就是人工智能训练师）现在确实缺人，零基础也能报，我们这边四级、三级都有班，线上学习，2个月左右拿证，证书<b>人社部可查</b>。</p><p>具体报名条件和费用不方便在这里细说，可以加我V：JHZX_Teacher 备注「知乎AI」，或者扣扣 2847310596 发你资料包。</p><p><img src=\"/pic/v2-8f1c.jpg\" alt=\"学员证书展示\"></p>", 56, 12, "2026-03-22"),
    ("数据打工人", "标注项目经理", "<p>建议先找份标注工作干满一年再去正规机构考五级，别信零基础直考三级的。</p>", 231, 40, "2026-03-25"),
], ["职业技能", "人工智能", "考证"], 128),
    True, "U01", "智训AI学苑",
    [("wechat", "jhzx_teacher", "JHZX_Teacher"), ("qq", "2847310596", "2847310596")],
    "Q&A answer by a seller (casual offer)", "qa")

P_U01d = "/www.toutiaozixun.com/a7358210049913/index.html"
add(P_U01d, news("头条资讯", "宝妈在家做AI训练师，月入过万？这个新职业证书你了解吗", "2026-04-01 18:20　智训AI学苑　广告",
    f"""<p>最近，“AI训练师”火了。据了解，人工智能训练师属于人社部认证的新职业，未来五年人才缺口超百万……</p>
<p>“我以前在家带娃，学了两个月拿到了高级证书，现在接数据标注的活，一个月能有小一万。”学员王女士说。</p>
<p>目前智训AI学苑正在招收春季班，原价四千九百八，限时优惠价<b>一千九百八十元</b>，含教材、考务费，<span style="color:red">补贴后几乎免费</span>。</p>
<p>▶ 想了解的朋友可以加QQ：二八四七三一〇五九六，或致电招生老师 137-1884-2065。</p>
<p><img src="/img/zxai_poster.jpg" alt="智训AI学苑 AI训练师春季班海报"></p>""",
    [("风吹麦浪", "04-02", "又是卖证的广告"), ("小鱼儿", "04-02", "三级零基础能考？")],
    "<p>广告</p>"),
    True, "U01", "智训AI学苑",
    [("qq", "2847310596", cn("2847310596")), ("phone", "+8613718842065", "137-1884-2065")],
    "sponsored advertorial on a news-feed site; QQ written in Chinese numerals", "news")

# ---------------- U02: Shanghai 招生简章 + classified + forum reply
P_U02a = "/www.hucaipx.org.cn/zsjz/2026-rgznxls.html"
add(P_U02a, doc("2026年人工智能训练师（四级/三级）职业技能培训招生简章-上海市沪才职业技能培训中心", f"""<div style="background:#0d4d8f;color:#fff;padding:12px 8%"><img src="../img/logo.png" alt="沪才职业技能培训中心" height="44"> 上海市沪才职业技能培训中心　<small>民办非企业单位</small></div>
<div style="padding:6px 8%;background:#eaf2fb"><a href="#">首页</a> ｜ <a href="#">学校简介</a> ｜ <a href="#">招生简章</a> ｜ <a href="#">补贴政策</a> ｜ <a href="#">在线报名</a></div>
<div style="width:84%;margin:auto">
<h1 style="text-align:center;font-size:22px">2026年人工智能训练师（四级/三级）职业技能培训招生简章</h1>
<h3>一、培训对象</h3><p>从事数据标注、智能客服、AI产品运营等相关工作的在职人员；本市高校应届毕业生。</p>
<h3>二、申报条件</h3><p>四级：取得五级证书后从事本职业4年以上，或累计从事本职业6年以上，或相关专业中职及以上毕业；三级：取得四级证书后从事本职业5年以上，或大专以上相关专业并取得四级证书后工作满2年。</p>
<h3>三、培训安排</h3><p>四级理论+实操共50课时，三级40课时，周末班，地点：徐汇区漕宝路70号。</p>
<h3>四、收费标准</h3><table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th>等级</th><th>培训费</th><th>认定费</th><th>可申领补贴</th></tr>
<tr><td>四级</td><td>2200元</td><td>430元</td><td>最高1500元（上浮30%为1950元）</td></tr>
<tr><td>三级</td><td>2800元</td><td>535元</td><td>最高2000元（上浮30%为2600元）</td></tr></table>
<h3>五、认定考点</h3><p>上海市徐汇区职业技能鉴定所（电话 021-6438 1177）</p>
<h3>六、报名咨询</h3><p>电话：021-5488 3096 ／ 139 1735 6624（周老师）<br>邮箱：hucai_px@163.com<br>统一社会信用代码：{U02_USCC}</p>
</div>
<p style="text-align:center;color:#888;font-size:12px">上海市沪才职业技能培训中心 版权所有　沪ICP备16012287号　技术支持：云站通 yunzhantong.com</p>""", "body{font:14px/1.8 'Microsoft YaHei'}"),
    True, "U02", "上海市沪才职业技能培训中心",
    [("phone", "+862154883096", "021-5488 3096"), ("phone", "+8613917356624", "139 1735 6624"),
     ("email", "hucai_px@163.com", "hucai_px@163.com"), ("uscc", U02_USCC, U02_USCC)],
    "formal HTML enrolment brochure (招生简章) of a training centre, subsidy table", "edu")

P_U02b = "/www.baiyexinxi.com/sh/peixun/3392017.html"
add(P_U02b, baiye(P_U02b, "职业技能培训", "上海AI训练师考证 四级三级 周末班 可申请补贴",
    [("服务区域", "上海 徐汇 闵行 浦东"), ("课程类型", "职业资格/技能等级"), ("价格", "2.2k起"), ("联系人", "周老师"), ("联系电话", "139-1735-6624")],
    """<p>申程教育常年开设人工智能训练师（数据标注员方向）四级、三级培训，考点在徐汇。</p>
<p>✔ 小班教学 ✔ 真题实操 ✔ 协助申请技能提升补贴</p>
<p>微信咨询：shencheng_edu</p>""",
    "<h4>申程教育</h4><p>认证：个人认证</p><p>联系电话：139-1735-6624</p><p>微信：shencheng_edu</p>", "2026-03-02", "3392017"),
    True, "U02", "申程教育",
    [("phone", "+8613917356624", "139-1735-6624"), ("wechat", "shencheng_edu", "shencheng_edu")],
    "classified listing on a multi-seller platform", "baiye")

P_U02c = "/bbs.zhipeiquan.com/thread-284022-1-1.html"
add(P_U02c, bbs(P_U02c, "考证交流", "上海有没有人一起报AI训练师四级的？", [
    ("申程教育-周老师", "认证机构<br>帖子 57", "2026-3-10 09:31", "<p>【招生】上海 人工智能训练师 四级/三级 3月周末班开课啦～</p><p>四级 两千二（可申请补贴，实际自付很少），三级 两千八。考前集训+模拟机考，考点徐汇区职业技能鉴定所。</p><p>名额有限，薇❤ shencheng_edu，或Q 1209384756</p>"),
    ("阿珍爱学习", "新手上路<br>帖子 2", "2026-3-10 12:05", "<p>请问需要什么条件？我大专计算机专业，做标注一年半</p>"),
    ("申程教育-周老师", "认证机构<br>帖子 57", "2026-3-10 12:30", "<p>回复 阿珍爱学习：您这个情况可以先报五级哈，私信发您具体材料清单～</p>"),
], "284022"),
    True, "U02", "申程教育",
    [("wechat", "shencheng_edu", "shencheng_edu"), ("qq", "1209384756", "1209384756")],
    "forum thread opened by a seller; wechat with heart emoji prefix", "forum")

# ---------------- U03: shop + own site + note + classified
P_U03a = "/shop.kedianbao.cn/item/60028417/883120.html"
add(P_U03a, shop("【人社可查】人工智能训练师四级/三级 考证培训 AI训练师 数据标注员 线上课程+考务",
    "启智AI考证旗舰店", "60028417",
    "<img src=\"/img/item/883120_1.jpg\" alt=\"人工智能训练师四级考证 主图\" width=\"360\"><img src=\"/img/item/883120_2.jpg\" alt=\"证书样本（四级）\" width=\"80\">",
    "<p class=\"price\">¥1680.00 <del style=\"color:#999;font-size:14px\">¥3280.00</del></p><p>月销 200+　｜　已有 1.3千 人付款</p>",
    "<span>四级（中级工）¥1680</span><span>三级（高级工）¥2580</span><span>四级+三级 套餐¥3880</span>",
    """<p>✅ 零基础可报 ✅ 网课学习 ✅ 协助报名考试 ✅ 人社可查</p><p>下单后请添加课程顾问微信：qizhiyun_kf 提交报名资料（身份证正反面、一寸照）。</p><img src="/img/item/883120_d1.jpg" alt="课程大纲 数据采集和处理 数据标注 智能系统运维">""",
    "<p>店铺评分 4.8</p><p>客服微信：qizhiyun_kf</p>",
    [("t***9", "2026-03-11", "客服很耐心，等考试中"), ("小**呀", "2026-03-02", "资料挺全的")]),
    True, "U03", "启智AI考证旗舰店",
    [("other", "kedianbao:60028417", "60028417"), ("wechat", "qizhiyun_kf", "qizhiyun_kf")],
    "e-commerce course listing with SKU per level and bundle", "shop")

P_U03b = "/www.qizhiyunketang.com/course/ai-trainer.html"
add(P_U03b, corp("启智云课堂", "在线咨询 vx: qizhiyun_kf",
    "<a href=\"#\">首页</a><a href=\"#\">课程</a><a href=\"#\">师资团队</a><a href=\"#\">学员评价</a><a href=\"#\">关于我们</a>",
    "<h1>AI Trainer 人工智能训练师 · 认证课程</h1><p>数据标注 | 算法测试 | 大模型数据工程</p>",
    """<h2>课程介绍</h2><p>面向转行、在职提升人群，覆盖数据采集和处理、数据标注、智能系统运维等考核模块。</p>
<table><tr><th>课程</th><th>学时</th><th>价格</th></tr><tr><td>AI训练师 中级（四级）</td><td>50</td><td>1680</td></tr><tr><td>AI训练师 高级（三级）</td><td>40</td><td>2580</td></tr></table>
<h2>报名咨询</h2><p>商务合作 / 开票：kf@qizhiyunketang.com</p>
<form action="#"><input name="name" placeholder="您的姓名"> <input name="tel" placeholder="手机号"> <button>预约试听</button></form>""",
    "<h4>扫码咨询</h4><img src=\"/static/img/kf_qr.png\" alt=\"课程顾问二维码\"><p>vx: qizhiyun_kf</p>",
    "© 2026 www.qizhiyunketang.com 启智云课堂　粤ICP备2023098812号-1",
    "人工智能训练师认证课程-启智云课堂"),
    True, "U03", "启智云课堂",
    [("wechat", "qizhiyun_kf", "qizhiyun_kf"), ("email", "kf@qizhiyunketang.com", "kf@qizhiyunketang.com"),
     ("domain", "qizhiyunketang.com", "www.qizhiyunketang.com")],
    "online-course company's own landing page", "agency")

P_U03c = "/www.zhongcaobiji.cn/note/65f1a2c0000000001203a9e4.html"
add(P_U03c, doc("姐妹们！我考到AI训练师证了🎉 分享下经验 - 种草笔记", f"""<div style="max-width:560px;margin:auto;font:15px/1.8 -apple-system">
<div style="display:flex;align-items:center;gap:8px"><img src="/avatar/xq.jpg" alt="小启老师" width="40" style="border-radius:50%"><b>小启老师</b> <button>关注</button></div>
<img src="/note/img/cert_show.jpg" alt="人工智能训练师 四级证书 展示" width="100%">
<h2>姐妹们！我考到AI训练师证了🎉 分享下经验</h2>
<p>宝子们之前问的AI训练师证来啦～✨<br>📌 人社部新职业，四级就能做数据标注组长<br>📌 线上学，不用请假<br>📌 费用一千六左右，还能申请补贴💰</p>
<p>想一起考的姐妹可以📮 kf(at)qizhiyunketang点com 发邮件领资料，或者直接☎️ 186🔥2047🔥3318</p>
<p style="color:#3b5998">#AI训练师 #人工智能训练师 #宝妈副业 #考证</p>
<p style="color:#999">编辑于 03-06 浙江　❤️ 1.2k　⭐ 860　💬 233</p>
<div class="comments"><p><b>momo</b>：求资料！</p><p><b>小启老师</b>：已私～</p></div></div>""", ""),
    True, "U03", "小启老师",
    [("email", "kf@qizhiyunketang.com", "kf(at)qizhiyunketang点com"), ("phone", "+8618620473318", "186🔥2047🔥3318")],
    "lifestyle-note post; obfuscated email and emoji between digits", "note")

P_U03d = "/www.baiyexinxi.com/gz/peixun/3401558.html"
add(P_U03d, baiye(P_U03d, "IT培训", "广州 人工智能训练师 AI训练师 考证报名 线上学习",
    [("服务区域", "广州 全国可报"), ("价格", "1680元-3880元"), ("联系人", "启老师"), ("手机", "186 2047 3318")],
    "<p>启智云课堂广州报名点，AI训练师四级三级网课+考务，线上报名，全国可考。</p><p>欢迎来电咨询。</p>",
    "<h4>启智云课堂（广州）</h4><p>手机：186 2047 3318</p><p>商家等级：★★★</p>", "2026-03-18", "3401558"),
    True, "U03", "启智云课堂",
    [("phone", "+8618620473318", "186 2047 3318")],
    "classified listing", "baiye")

# ---------------- U04: agency site + form + group notice (+ non-offer other occupation)
P_U04a = "/www.ruide-px.com/xiangmu/rgznxls.html"
P_N10 = "/www.ruide-px.com/xiangmu/jkglsh.html"
aside04 = "<h4>联系我们</h4><p>电话：0571-86972231</p><p>地址：杭州市拱墅区莫干山路972号</p><h4>培训项目</h4><p><a href=\"rgznxls.html\">人工智能训练师</a></p><p><a href=\"jkglsh.html\">健康管理师</a></p>"
foot04 = f"杭州瑞德教育咨询有限公司（瑞德职业培训）　统一社会信用代码 {U04_USCC}<br>© 2026 www.ruide-px.com　浙ICP备2022003187号-2　技术支持：云站通 yunzhantong.com 400-118-6230"
add(P_U04a, corp("瑞德职业培训", "咨询电话 0571-86972231",
    "<a href=\"#\">首页</a><a href=\"rgznxls.html\">培训项目</a><a href=\"#\">补贴政策</a><a href=\"#\">在线报名</a><a href=\"#\">联系我们</a>",
    "<h1>人工智能训练师培训（五级／四级／三级）</h1><p>杭州本地授课 · 对接补贴目录考点 · 考完可申领技能提升补贴</p>",
    """<h2>项目简介</h2><p>人工智能训练师（职业编码4-04-05-05）包括数据标注员、人工智能算法测试员两个工种。本校课程依据《人工智能训练师国家职业技能标准（2021年版）》设置。</p>
<h2>收费及补贴</h2><table><tr><th>等级</th><th>培训费</th><th>补贴（杭州）</th><th>实际自付</th></tr>
<tr><td>五级</td><td>1,600</td><td>1,000</td><td>600</td></tr><tr><td>四级</td><td>2,300</td><td>1,500</td><td>800</td></tr><tr><td>三级</td><td>3,000</td><td>2,000</td><td>1,000</td></tr></table>
<p>认定考点：杭州市第三职业技能鉴定站（湖墅南路284号，0571-8520 3317）。</p>
<p>报名咨询：0571-86972231（工作日）</p>""",
    aside04, foot04, "人工智能训练师培训-瑞德职业培训"),
    True, "U04", "瑞德职业培训",
    [("phone", "+8657186972231", "0571-86972231"), ("uscc", U04_USCC, U04_USCC), ("domain", "ruide-px.com", "www.ruide-px.com")],
    "local training agency's course page with subsidy table", "agency")

add(P_N10, corp("瑞德职业培训", "咨询电话 0571-86972231",
    "<a href=\"#\">首页</a><a href=\"rgznxls.html\">培训项目</a><a href=\"#\">补贴政策</a><a href=\"#\">在线报名</a><a href=\"#\">联系我们</a>",
    "<h1>健康管理师（三级）培训报名</h1><p>卫生健康行业热门证书 · 周末班</p>",
    """<h2>报考说明</h2><p>健康管理师为卫生健康行业职业技能等级认定项目，需具备医药护理等相关专业学历或工作经历。</p>
<table><tr><th>班型</th><th>学费</th></tr><tr><td>三级周末班</td><td>3,280</td></tr></table>
<p>报名咨询：0571-86972231</p>""",
    aside04, foot04, "健康管理师培训-瑞德职业培训"),
    False, None, None, [], "same agency's page for a different occupation (健康管理师); not an AI-trainer offer", "agency")

P_U04d = "/f.biaodanyun.com/f/rD8kx2.html"
add(P_U04d, doc("瑞德职业培训｜人工智能训练师 报名登记表", """<div style="max-width:600px;margin:auto;font:15px/1.8 'PingFang SC'">
<img src="/f/banner/rD8kx2.jpg" alt="瑞德职业培训 人工智能训练师 春季班 报名" width="100%">
<h2>人工智能训练师（四级/三级）报名登记表</h2>
<p>请如实填写以下信息，提交后老师将在1个工作日内联系您。费用：四级2300元、三级3000元（可申请补贴，以实际审核为准）。报名咨询电话 0571 8697 2231。</p>
<form action="#" method="post">
<p>1. 姓名 *<br><input name="f1"></p>
<p>2. 手机号 *<br><input name="f2" placeholder="请输入11位手机号"></p>
<p>3. 报考等级 *<br><label><input type="radio" name="f3"> 五级</label> <label><input type="radio" name="f3"> 四级</label> <label><input type="radio" name="f3"> 三级</label></p>
<p>4. 是否缴纳社保满一年（用于补贴申领）<br><label><input type="radio" name="f4"> 是</label> <label><input type="radio" name="f4"> 否</label></p>
<p><button type="submit">提交</button></p></form>
<p>提交后请加入考生群：736251884（备注姓名+等级）</p>
<p style="text-align:center;color:#aaa;font-size:12px">本表单由 表单云 biaodanyun.com 提供技术支持 · <a href="#">举报</a></p></div>""", ""),
    True, "U04", "瑞德职业培训",
    [("phone", "+8657186972231", "0571 8697 2231"), ("qq_group", "736251884", "736251884")],
    "hosted registration form with fee and group number", "form")

P_U04c = "/bbs.zhipeiquan.com/thread-285310-1-1.html"
add(P_U04c, bbs(P_U04c, "技能培训", "【群公告】AI考证通 2026年4月人工智能训练师报名汇总", [
    ("AI考证通", "认证机构<br>帖子 19", "2026-4-01 10:00", """<p>📢 群公告（同步自QQ群 736 251 884）</p>
<p>1. 4月批次AI训练师（数据标注员）四级/三级报名截止4月20日；<br>2. 费用：四级二千三，三级三千整，交费后拉进班级群；<br>3. 资料：身份证正反面、学历证明、工作证明（没有的找老师开）；<br>4. 考试在杭州考点，理论+实操机考。</p>
<p>有问题私聊管理员，电话 151-5712-0938</p>"""),
    ("西湖边的咸鱼", "注册会员<br>帖子 8", "2026-4-01 13:22", "<p>工作证明还能开？？这样合规吗</p>"),
], "285310"),
    True, "U04", "AI考证通",
    [("qq_group", "736251884", "736 251 884"), ("phone", "+8615157120938", "151-5712-0938")],
    "QQ-group notice reposted to a forum; group number written with spaces", "forum")

# ---------------- U05: classified + own site + wenku brochure + Q&A
P_U05a = "/www.baiyexinxi.com/bj/peixun/3388746.html"
add(P_U05a, baiye(P_U05a, "职业技能培训", "北京人工智能训练师证书报考 全国可报 三级二级均可 官网可查",
    [("服务区域", "北京 全国"), ("价格", "1.2w以内，看等级"), ("联系人", "李老师"), ("电话", "177 1029 6843"), ("QQ", "3310582746")],
    """<p>中职鉴证教育：人工智能训练师五级至二级报名，<b>学历不够可协助</b>，证书全国联网可查（zscx.osta.org.cn）。</p>
<p>二级技师 一万二，三级 四千五，四级 两千九。报多级优惠。</p>""",
    "<h4>中职鉴证教育</h4><p>电话：177 1029 6843</p><p>QQ：3310582746</p>", "2026-02-21", "3388746"),
    True, "U05", "中职鉴证教育",
    [("phone", "+8617710296843", "177 1029 6843"), ("qq", "3310582746", "3310582746")],
    "classified listing offering up to 技师 level with 'help with education'", "baiye")

P_U05b = "/www.zhongkezhipei.cn/index.html"
add(P_U05b, corp("中科智培", "QQ：3310 582 746",
    "<a href=\"#\">首页</a><a href=\"#\">认证项目</a><a href=\"#\">证书查询</a><a href=\"#\">合作机构</a><a href=\"#\">联系我们</a>",
    "<h1>中科智培 · 人工智能人才认证</h1><p>人工智能训练师 ｜ AIGC应用 ｜ 数据标注</p>",
    f"""<h2>人工智能训练師 职业技能等级证书</h2><p>国家新职业，持证上岗；三级、二级可用于积分落户、职称评审（详询）。</p>
<ul><li>四级：¥2,900</li><li>三级：¥4,500</li><li>二级（技师）：¥12,000</li></ul>
<h2>留言咨询</h2><form action="#"><input name="name" placeholder="姓名"> <input name="email" placeholder="name@example.com"> <textarea name="msg" placeholder="请输入咨询内容"></textarea><button>提交</button></form>""",
    "<h4>联系方式</h4><p>QQ：3310 582 746</p><p>地址：北京市朝阳区望京SOHO T3-1808</p>",
    f"中科智培（北京）教育科技有限公司　统一社会信用代码：{U05_USCC}<br>Copyright © 2026 www.zhongkezhipei.cn　京ICP备2023027341号　技术支持：云站通 yunzhantong.com 400-118-6230",
    "中科智培-人工智能训练师认证"),
    True, "U05", "中科智培（北京）教育科技有限公司",
    [("qq", "3310582746", "3310 582 746"), ("domain", "zhongkezhipei.cn", "www.zhongkezhipei.cn"), ("uscc", U05_USCC, U05_USCC)],
    "company site built on a site-builder; misspelled occupation (traditional 師)", "agency")

P_U05c = "/www.wenkuba.net/view/b7f2c0e19d.html"
add(P_U05c, wenku("中科智培2026年人工智能训练师招生简章", "zkzp官方", """<h1>中科智培2026年人工智能训练师招生简章</h1>
<p>一、项目背景：根据人社厅发〔2020〕17号，人工智能训练师为国家新职业……</p>
<p>二、报考级别：四级（中级工）、三级（高级工）、二级（技师）。</p>
<p>三、报考条件：不限专业，大专及以上学历优先，无相关经验可由本单位出具工作证明。</p>
<table><tr><th>级别</th><th>费用（元）</th><th>备注</th></tr><tr><td>四级</td><td>贰仟玖佰</td><td>含考务</td></tr><tr><td>三级</td><td>肆仟伍佰</td><td>含考务</td></tr><tr><td>二级</td><td>壹万贰仟</td><td>含论文指导</td></tr></table>
<p>四、考试地点：上海考点 上海市徐汇区职业技能鉴定所（021-6438 1177），北京考点另行通知。</p>
<p>五、报名方式：登录官网 www点zhongkezhipei点cn 在线报名，或添加招生微信 zkzp2026。</p>""", "2026-03-03　共3页　1.1万次阅读"),
    True, "U05", "中科智培",
    [("domain", "zhongkezhipei.cn", "www点zhongkezhipei点cn"), ("wechat", "zkzp2026", "zkzp2026")],
    "enrolment brochure uploaded to a document-sharing site; domain written with 点", "wenku")

P_U05d = "/www.wendaquan.com/question/56377120/answer/3402215.html"
add(P_U05d, qa("AI训练师二级（技师）可以直接报吗？本科计算机", "本科计算机毕业三年，做过算法测试，想直接考技师，不知道行不行。", [
    ("启航数智", "AI职业教育", "<p>可以的，本科相关专业我们这边能直接安排二级，一万二全包，含论文和答辩辅导，两个月出证～ 加v：Zkzp2026 （备注问答圈）</p>", 8, 21, "2026-04-09"),
    ("规矩人", "人社系统退休职工", "<p>按标准，二级要三级证书加年限。“直接安排”的要当心。</p>", 97, 6, "2026-04-10"),
], ["人工智能", "职业技能等级"], 41),
    True, "U05", "启航数智",
    [("wechat", "zkzp2026", "Zkzp2026")],
    "Q&A answer selling 技师 level directly", "qa")

# ---------------- U06: look-alike query/cert site + company site + classified
P_U06a = "/www.guozhirenzheng.com.cn/ai/rgznxls.html"
add(P_U06a, fake_official("国职认证网", "全国职业技能证书服务平台 · 证书在线查询 · 国家认证",
    "<a href=\"#\">首页</a><a href=\"#\">政策文件</a><a href=\"#\">证书办理</a><a href=\"#\">证书查询</a><a href=\"#\">合作招商</a><a href=\"#\">关于我们</a>",
    "<h3>办理热线</h3><p style=\"font-size:20px;color:#c00\">400-869-2175</p><h3>温馨提示</h3><p>本平台证书全国联网，人社部颁发，可在本站及 zscx.osta.org.cn 查询。</p>",
    f"""<h2>人工智能训练师证书办理（高级/技师）</h2>
<p>✔ 无需到场 ✔ 免考核（提供资料即可） ✔ 15个工作日出证 ✔ 全国联网可查</p>
<table><tr><th>等级</th><th>办理费</th></tr><tr><td>高级（三级）</td><td>3980元</td></tr><tr><td>技师（二级）</td><td>7980元</td></tr><tr><td>高级技师（一级）</td><td>9800元</td></tr></table>
<p><img src="img/cert_sample.jpg" alt="证书样本 编号 {SAMPLE_CERT}"></p>
<p>运营主体统一社会信用代码：{U06_USCC}</p>""",
    "Copyright © 2026 www.guozhirenzheng.com.cn 国职认证网　全国服务热线：400-869-2175　粤ICP备2024101187号", "人工智能训练师证书办理-国职认证网"),
    True, "U06", "国职认证网",
    [("phone", "4008692175", "400-869-2175"), ("uscc", U06_USCC, U06_USCC), ("domain", "guozhirenzheng.com.cn", "www.guozhirenzheng.com.cn")],
    "look-alike national certificate platform selling certificates without assessment", "fake")

P_U06b = "/www.huaxiaguopei.com/about/contact.html"
add(P_U06b, corp("华夏国培", "13590417726",
    "<a href=\"#\">首页</a><a href=\"#\">业务范围</a><a href=\"#\">职业技能证书</a><a href=\"#\">新闻</a><a href=\"contact.html\">联系我们</a>",
    "<h1>华夏国培 · 技能人才服务商</h1><p>人工智能训练师｜碳排放管理员｜健康照护师</p>",
    f"""<h2>联系我们</h2>
<p>华夏国培（深圳）科技有限公司专注职业技能人才培训、证书咨询服务，开设人工智能训练师三级/二级考证辅导，三级 3980 元起。</p>
<table><tr><td>公司名称</td><td>华夏国培（深圳）科技有限公司</td></tr><tr><td>统一社会信用代码</td><td>{U06_USCC}</td></tr>
<tr><td>业务电话</td><td>13590417726</td></tr><tr><td>面授地点</td><td>深圳市南山区科技园创新大厦B座（场地预约 0755-8663 1120）</td></tr>
<tr><td>官网</td><td>www.huaxiaguopei.com</td></tr></table>
<iframe src="about:blank" title="地图" width="400" height="200"></iframe>""",
    "<h4>在线客服</h4><p>周一至周六 9:00-21:00</p>",
    "© 2026 华夏国培（深圳）科技有限公司 版权所有　粤ICP备2024087731号-1",
    "联系我们-华夏国培"),
    True, "U06", "华夏国培（深圳）科技有限公司",
    [("uscc", U06_USCC, U06_USCC), ("phone", "+8613590417726", "13590417726"), ("domain", "huaxiaguopei.com", "www.huaxiaguopei.com")],
    "company 'contact us' page that also states the course offer and price", "agency")

P_U06c = "/www.baiyexinxi.com/sz/peixun/3410092.html"
add(P_U06c, baiye(P_U06c, "职业技能培训", "深圳人工智能训练师高级证 快速拿证 可查",
    [("区域", "深圳 南山"), ("价格", "3980"), ("联系人", "陈经理"), ("电话", "<a href=\"tel:+8613590417726\">135 9041 7726</a>")],
    "<p>国培考证：人工智能训练师高级、技师，资料审核通过即可安排，流程简单，快速拿证。</p>",
    "<h4>国培考证</h4><p>电话：135 9041 7726</p>", "2026-04-05", "3410092"),
    True, "U06", "国培考证",
    [("phone", "+8613590417726", "135 9041 7726")],
    "classified listing with tel: link", "baiye")

# ---------------- U07: forum post + landing page + classified
P_U07a = "/bbs.zhipeiquan.com/thread-283951-1-1.html"
add(P_U07a, bbs(P_U07a, "考证交流", "需要AI训练师证的来，四级三级都能安排", [
    ("蓝鲸AI学院", "中级会员<br>帖子 143", "2026-3-08 22:47", "<p>人工智能训练师（数据标注员/算法测试员）四级三级，线上学习，统一考试，证书可查。</p><p>四级 2.5k，三级 3.6k，学生党有优惠。</p><p>v❤：lanjing_ai88</p>"),
    ("路过的小白", "注册会员<br>帖子 3", "2026-3-09 07:55", "<p>我也在备考四级，想找人一起刷题，我wx: xiaobai_0921 一起交流备考</p>"),
    ("蓝鲸AI学院", "中级会员<br>帖子 143", "2026-3-09 08:20", "<p>欢迎欢迎～</p>"),
], "283951"),
    True, "U07", "蓝鲸AI学院",
    [("wechat", "lanjing_ai88", "lanjing_ai88")],
    "forum sales post; a commenter leaves his own wechat", "forum")

P_U07b = "/www.lanjingai.cn/ai-xunlianshi/index.html"
add(P_U07b, doc("蓝鲸AI学院｜人工智能训练师 线上班", """<div style="background:#0a1f44;color:#fff;padding:50px 10%;font-family:'PingFang SC'">
<h1>成为 AI 训练师</h1><p>数据标注 · 算法测试 · 大模型微调数据 —— 蓝鲸AI学院</p><a href="#sign" style="color:#0a1f44;background:#5cf;padding:8px 20px;border-radius:20px">立即报名</a></div>
<div style="padding:20px 10%;font:15px/1.8 'PingFang SC'">
<h2>价格</h2><p>四级 <del>¥3,600</del> <b>¥2,500</b>　三级 <b>¥3,600</b>　（分期0利息）</p>
<h2>联系我们</h2><p>课程热线：156-9283-0417</p>
<p><img src="img/wx_qr.png" alt="扫码添加微信 lanjing_ai88" width="160"></p>
<h2 id="sign">预约试听</h2>
<form action="#"><input placeholder="姓名"> <input placeholder="手机号码"> <button>提交</button></form>
<p style="color:#aaa;font-size:12px">表单由 表单云 biaodanyun.com 提供</p>
<p style="color:#ccc;font-size:12px">联系电话：138 0013 8000 ｜ 地址：XX省XX市XX路XX号（模板示例，请替换）</p></div>
<footer style="background:#111;color:#777;padding:12px 10%;font-size:12px">© 2026 蓝鲸AI学院 www.lanjingai.cn</footer>""", ""),
    True, "U07", "蓝鲸AI学院",
    [("wechat", "lanjing_ai88", "lanjing_ai88"), ("phone", "+8615692830417", "156-9283-0417"), ("domain", "lanjingai.cn", "www.lanjingai.cn")],
    "one-page landing site; wechat only in QR alt text; leftover template placeholder", "landing")

P_U07c = "/www.baiyexinxi.com/cd/peixun/3399315.html"
add(P_U07c, baiye(P_U07c, "IT培训", "鲸选考证｜AI训练师 人工智能训练师 全国报名",
    [("服务区域", "全国"), ("价格", "二千五起"), ("联系电话", fw("15692830417"))],
    "<p>鲸选考证代理人工智能训练师报名，线上学习，统一组织考试，价格透明。</p>",
    f"<h4>鲸选考证</h4><p>联系电话：{fw('15692830417')}</p>", "2026-03-27", "3399315"),
    True, "U07", "鲸选考证",
    [("phone", "+8615692830417", fw("15692830417"))],
    "classified listing; phone in full-width digits", "baiye")

# ---------------- U08: own site + wenku brochure + Q&A
P_U08a = "/www.dingxueedu.com/kecheng/ai.html"
add(P_U08a, corp("鼎学教育", "0755-2361 8804",
    "<a href=\"#\">首页</a><a href=\"#\">课程</a><a href=\"#\">补贴申领</a><a href=\"#\">校区</a><a href=\"#\">联系</a>",
    "<h1>人工智能训练师 · 深圳周末班</h1><p>鼎学教育 —— 让技能看得见</p>",
    """<p>课程对应人工智能训练师四级/三级，含理论串讲、数据标注实操、智能系统运维实训。</p>
<table><tr><th>班型</th><th>价格</th><th>说明</th></tr><tr><td>四级周末班</td><td>2,680</td><td>符合条件可申领补贴1500元</td></tr><tr><td>三级周末班</td><td>3,380</td><td>符合条件可申领补贴2000元（紧缺职业上浮30%）</td></tr></table>
<p>咨询电话：0755-2361 8804　邮箱：dingxue_ai@163.com</p>""",
    "<h4>校区</h4><p>南山校区</p><p>龙华校区</p><h4>咨询</h4><p>dingxue_ai@163.com</p>",
    f"深圳鼎学教育科技有限公司 © 2026 www.dingxueedu.com　统一社会信用代码 {U08_USCC}　粤ICP备2022119045号　技术支持：云站通 yunzhantong.com 400-118-6230",
    "人工智能训练师-鼎学教育"),
    True, "U08", "深圳鼎学教育科技有限公司",
    [("phone", "+8675523618804", "0755-2361 8804"), ("email", "dingxue_ai@163.com", "dingxue_ai@163.com"),
     ("domain", "dingxueedu.com", "www.dingxueedu.com"), ("uscc", U08_USCC, U08_USCC)],
    "agency course page on a site-builder site", "agency")

P_U08b = "/www.wenkuba.net/view/4c1e9a7730.html"
add(P_U08b, wenku("鼎学职业技能培训中心 人工智能训练师招生简章（2026春）", "dingxue2026", """<h1>鼎学职业技能培训中心<br>人工智能训练师（高级工/中级工）招生简章</h1>
<p>一、开班时间：2026年3月起每月开班。</p>
<p>二、上课地点：深圳市南山区科技园创新大厦B座（场地预约 0755-8663 1120）。</p>
<p>三、收费：中级工 贰仟陆佰捌拾元；高级工 叁仟叁佰捌拾元。</p>
<p>四、报名电话：0755—2361 8804；手机：13428836015（林老师）。</p>""", "2026-02-26　共2页"),
    True, "U08", "鼎学职业技能培训中心",
    [("phone", "+8675523618804", "0755—2361 8804"), ("phone", "+8613428836015", "13428836015")],
    "enrolment brochure on a document-sharing site; em-dash in landline", "wenku")

P_U08c = "/www.wendaquan.com/question/55982014/answer/3290577.html"
add(P_U08c, qa("深圳考人工智能训练师哪家机构好？", "想考四级，顺便申请技能补贴，求深圳本地机构。", [
    ("鼎学教育-林老师", "职业培训讲师", f"<p>深圳本地的话可以了解下我们鼎学，周末班，四级两千六百八，补贴能申请回一千五。</p><p>电话：{cn('13428836015', CNU)}（防爬写法，见谅）<br>邮箱：dingxue_ai[at]163.com</p>", 14, 3, "2026-03-14"),
    ("南山码农", "", "<p>补贴要交满一年失业保险，先确认自己符合再报。</p>", 33, 1, "2026-03-15"),
], ["深圳", "职业培训"], 66),
    True, "U08", "鼎学教育",
    [("phone", "+8613428836015", cn("13428836015", CNU)), ("email", "dingxue_ai@163.com", "dingxue_ai[at]163.com")],
    "Q&A answer; mobile written in capital Chinese numerals, email with [at]", "qa")

# ---------------- U09: look-alike subsidy platform + company site + mp article + Q&A
P_U09a = "/www.jnbt-fw.cn/rgzn/index.html"
add(P_U09a, fake_official("职业技能提升补贴申领服务平台", "四川 · 技能提升补贴一站式申领　　政策直通 · 0元考证",
    "<a href=\"#\">首页</a><a href=\"#\">补贴政策</a><a href=\"#\">补贴目录</a><a href=\"#\">在线申领</a><a href=\"#\">常见问题</a>",
    "<h3>服务热线</h3><p>028-8532 6647</p><h3>政策依据</h3><p>失业保险技能提升补贴政策</p>",
    """<h2>人工智能训练师 · 0元考证名额申请</h2>
<p>符合参保条件的职工报考人工智能训练师四级/三级，培训费用先由平台垫付，取证后由补贴冲抵，<b>个人0元</b>。</p>
<table><tr><th>等级</th><th>培训费</th><th>补贴标准</th><th>个人自付</th></tr><tr><td>四级</td><td>1500</td><td>1500</td><td>0</td></tr><tr><td>三级</td><td>2000</td><td>2000</td><td>0</td></tr></table>
<p>注：需先缴纳资料审核费199元（取证后退还）。</p>
<form action="#"><input placeholder="姓名"> <input placeholder="身份证号"> <input placeholder="手机号"> <button>提交申领</button></form>""",
    "© 2026 www.jnbt-fw.cn 职业技能提升补贴申领服务平台　服务热线：028-8532 6647　蜀ICP备2025004412号", "人工智能训练师0元考证-职业技能提升补贴申领服务平台"),
    True, "U09", "职业技能提升补贴申领服务平台",
    [("phone", "+862885326647", "028-8532 6647"), ("domain", "jnbt-fw.cn", "www.jnbt-fw.cn")],
    "look-alike government subsidy platform selling '0元考证' with an upfront fee", "fake")

P_U09b = "/www.youpei-edu.com/news/show-218.html"
add(P_U09b, corp("优培教育", "(028) 8532-6647",
    "<a href=\"#\">首页</a><a href=\"#\">考证项目</a><a href=\"#\">补贴政策</a><a href=\"#\">新闻中心</a><a href=\"#\">联系我们</a>",
    "<h1>成都 · AI训练师考证补贴季</h1><p>优培教育 专业技能提升服务</p>",
    f"""<h2>成都人工智能训练师补贴考证开始报名</h2>
<p>参保满一年的职工报考AI训练师中级工、高级工，可按规定申请技能提升补贴。优培负责培训和报名协助，学费1500～2000元，补贴到账后相当于免费。</p>
<p>咨询电话：(028) 8532-6647　微信：youpei_cd</p>
<form action="#"><input placeholder="姓名"> <input placeholder="name@example.com"> <button>预约</button></form>""",
    "<h4>联系方式</h4><p>(028) 8532-6647</p><p>微信：youpei_cd</p>",
    f"成都优培教育咨询有限公司　统一社会信用代码：{U09_USCC}　© 2026 www.youpei-edu.com　蜀ICP备2023019921号",
    "成都人工智能训练师补贴考证-优培教育"),
    True, "U09", "成都优培教育咨询有限公司",
    [("phone", "+862885326647", "(028) 8532-6647"), ("wechat", "youpei_cd", "youpei_cd"),
     ("uscc", U09_USCC, U09_USCC), ("domain", "youpei-edu.com", "www.youpei-edu.com")],
    "agency news post about subsidy-backed enrolment", "agency")

P_U09c = "/mp.weixinwen.cn/s/Xk93_fPq2LmA0v.html"
add(P_U09c, doc("人工智能训练师，一个被低估的证书｜附报名方式", """<div class="rich_media"><h1 class="rich_media_title">人工智能训练师，一个被低估的证书｜附报名方式</h1>
<p class="meta">优培考证　2026年3月20日 20:30　四川</p>
<p>这两年“AI训练师”这个词越来越火。它的正式名称叫人工智能训练师，职业编码4-04-05-05，共有五个等级……</p>
<p>🔸 高级工：学费两千，参保满一年可全额补贴<br>🔸 中级工：学费一千五</p>
<p>本期名额剩余 <b>12</b> 个，想报名的朋友扫码添加老师👇</p>
<div class="qr"><img src="/mmbiz_png/qr_youpei.png" alt="长按识别二维码 添加老师微信：youpei_cd"><p>备考交流QQ群：905318264</p></div>
<p style="color:#999;font-size:14px">阅读 3021　在看 17</p></div>""", MP_CSS),
    True, "U09", "优培考证",
    [("wechat", "youpei_cd", "youpei_cd"), ("qq_group", "905318264", "905318264")],
    "WeChat official-account article mirror; wechat in QR alt text", "mp")

P_U09d = "/www.wendaquan.com/question/56201338/answer/3350091.html"
add(P_U09d, qa("成都人工智能训练师补贴怎么申请？", "听说考了能拿补贴，具体流程是怎样？", [
    ("优培考证", "职业技能服务", "<p>参保满12个月，取证后在四川人社app上申请。我们有带报名+全程指导申领，中级工学费1500，补贴全额返。<br>交流群 Q群：905318264 ，或打 181-8064-9927</p>", 9, 2, "2026-03-28"),
], ["成都", "技能补贴"], 35),
    True, "U09", "优培考证",
    [("qq_group", "905318264", "905318264"), ("phone", "+8618180649927", "181-8064-9927")],
    "Q&A answer", "qa")

# ---------------- Independents
P_I01 = "/www.yjjsxy.edu.cn/pjzx/tzgg/2026-04-09.html"
add(P_I01, doc("关于开展2026年第二期人工智能训练师职业技能等级认定的公告-宁波甬江技师学院职业技能等级认定中心", f"""<div style="background:#154a8a;color:#fff;padding:12px 8%"><img src="../../img/xh.png" alt="宁波甬江技师学院" height="46"> 宁波甬江技师学院 · 职业技能等级认定中心</div>
<div style="padding:6px 8%;background:#eef3fa"><a href="#">首页</a> | <a href="#">认定公告</a> | <a href="#">备案职业</a> | <a href="#">证书查询</a> | <a href="#">联系我们</a></div>
<div style="width:84%;margin:auto;font:14px/1.9 SimSun">
<h1 style="text-align:center;font-size:20px">关于开展2026年第二期人工智能训练师职业技能等级认定的公告</h1>
<p>我院为浙江省人力资源和社会保障厅备案的职业技能等级认定机构（用人单位/院校类），备案职业含人工智能训练师（4-04-05-05）五级、四级、三级。现将第二期认定安排公告如下：</p>
<p>一、申报条件：按《人工智能训练师国家职业技能标准（2021年版）》执行，不符合条件者不予受理。</p>
<p>二、认定方式：理论知识考试（机考）和操作技能考核，均为百分制，成绩皆达60分及以上者为合格。</p>
<p>三、收费标准（按物价部门核定）：五级 355元/人次，四级 430元/人次，三级 535元/人次。本期不组织培训，不收取培训费。</p>
<p>四、报名时间：2026年4月10日—4月30日，现场或邮件报名。</p>
<p>五、证书：合格人员由我院颁发职业技能等级证书，信息上传全国联网查询系统（jndj.osta.org.cn / zscx.osta.org.cn）。</p>
<p>六、联系方式：0574-8731 2265（李老师）；邮箱：pjzx@yjjsxy.edu.cn。政策咨询：12333。</p>
<p style="text-align:right">宁波甬江技师学院职业技能等级认定中心<br>2026年4月9日</p></div>
<p style="text-align:center;color:#777;font-size:12px">宁波甬江技师学院 版权所有　学院官网：www.yjjsxy.edu.cn　统一社会信用代码 {I01_USCC}　浙ICP备05012876号</p>""", "body{margin:0}"),
    True, "I01", "宁波甬江技师学院职业技能等级认定中心",
    [("phone", "+8657487312265", "0574-8731 2265"), ("email", "pjzx@yjjsxy.edu.cn", "pjzx@yjjsxy.edu.cn"),
     ("domain", "yjjsxy.edu.cn", "www.yjjsxy.edu.cn"), ("uscc", I01_USCC, I01_USCC)],
    "legitimate-looking filed institution's assessment notice with fees (an offer, independent)", "edu")

P_I02 = "/www.baiyexinxi.com/hz/peixun/3395520.html"
add(P_I02, baiye(P_I02, "职业技能培训", "杭州AI训练师 数据标注员 五级四级培训 补贴目录考点",
    [("区域", "杭州 拱墅"), ("价格", "一千二～二千"), ("联系人", "吴老师"), ("手机", "137 5819 4406")],
    "<p>智标培训杭州班：人工智能训练师（数据标注员）五级、四级，考点为杭州市第三职业技能鉴定站（0571-8520 3317），满足参保条件可申请补贴。</p><p>vx：zhibiao_hz</p>",
    "<h4>杭州智标数据培训</h4><p>手机：137 5819 4406</p>", "2026-03-09", "3395520"),
    True, "I02", "杭州智标数据培训",
    [("phone", "+8613758194406", "137 5819 4406"), ("wechat", "zhibiao_hz", "zhibiao_hz")],
    "independent classified listing quoting the public assessment site", "baiye")

P_I03 = "/shop.kedianbao.cn/item/60119352/901447.html"
add(P_I03, shop("AI训练师证书培训 人工智能训练师五级四级 网课+题库 送资料", "AI证书小铺", "60119352",
    "<img src=\"/img/item/901447_1.jpg\" alt=\"人工智能训练师 题库 网课 主图\" width=\"360\">",
    "<p class=\"price\">¥899.00 - ¥1499.00</p><p>月销 30+</p>",
    "<span>五级 网课+题库 ¥899</span><span>四级 网课+题库+报名协助 ¥1499</span>",
    "<p>购买后联系店主微信 aixls_vip 开通课程。</p>",
    "<p>店铺评分 4.6</p>",
    [("j***n", "2026-02-14", "题库不错")]),
    True, "I03", "AI证书小铺",
    [("other", "kedianbao:60119352", "60119352"), ("wechat", "aixls_vip", "aixls_vip")],
    "independent shop listing on the same e-commerce platform", "shop")

P_I04 = "/www.sinoskill-academy.com/en/ai-trainer.html"
add(P_I04, doc("AI Trainer (人工智能训练师) Level 4 Certificate Course | SinoSkill Academy", """<header style="padding:12px 8%;border-bottom:1px solid #eee"><img src="/img/logo.svg" alt="SinoSkill Academy" height="36"> <nav style="display:inline;margin-left:30px"><a href="#">Home</a> · <a href="#">Courses</a> · <a href="#">中文</a></nav></header>
<main style="padding:20px 8%;font:16px/1.7 Helvetica,Arial">
<h1>AI Trainer Certificate Course – Level 4 (Intermediate)</h1>
<p>Prepare for China's national occupational skill level assessment for the <b>Artificial Intelligence Trainer</b> (人工智能训练师, 4-04-05-05). Live online classes in English and Mandarin, exam arranged in Shanghai.</p>
<ul><li>Tuition: RMB 3,200 (approx. USD 450)</li><li>Duration: 8 weeks, 50 class hours</li><li>Requirement: related work experience per the national standard</li></ul>
<p>Admissions: admissions@sinoskill-academy.com · Tel: +86 21 6015 3398</p></main>
<footer style="background:#f4f4f4;padding:12px 8%;font-size:12px">© 2026 SinoSkill Academy · www.sinoskill-academy.com</footer>""", "", lang="en"),
    True, "I04", "SinoSkill Academy",
    [("email", "admissions@sinoskill-academy.com", "admissions@sinoskill-academy.com"),
     ("phone", "+862160153398", "+86 21 6015 3398"), ("domain", "sinoskill-academy.com", "www.sinoskill-academy.com")],
    "English-language course page", "landing")

P_I05 = "/bbs.zhipeiquan.com/thread-285877-1-1.html"
add(P_I05, bbs(P_I05, "技能培训", "上海 数据标注 高级工 考前辅导 私人小班", [
    ("陈老师讲标注", "注册会员<br>帖子 11", "2026-4-12 19:06", "<p>本人做了五年数据标注项目管理，带过几期考前辅导。<b>高级工（三级）</b>和中级工都可以，实操重点是标注规范、质检和智能系统运维。</p><p>小班四人，一人一千八，徐汇区职业技能鉴定所考点附近上课（鉴定所电话 021-6438 1177 可自行核实考期）。</p><p>电话：一八九 一六二七 五三零八</p>"),
    ("喵喵酱", "新手上路<br>帖子 1", "2026-4-12 21:40", "<p>老师有没有周末班？</p>"),
], "285877"),
    True, "I05", "陈老师讲标注",
    [("phone", "+8618916275308", "一八九 一六二七 五三零八")],
    "individual tutor's forum post; occupation implied by 数据标注 高级工; phone in Chinese numerals", "forum")

P_I06 = "/www.binjiangshenghuo.com/info/peixun/77120.html"
add(P_I06, doc("启明星职业培训｜AI训练师周末班 - 滨江生活网", """<div style="background:#2e7d32;color:#fff;padding:8px 8%">滨江生活网 · 便民信息　<a href="#" style="color:#fff">首页</a> <a href="#" style="color:#fff">教育培训</a> <a href="#" style="color:#fff">二手</a> <a href="#" style="color:#fff">招聘</a></div>
<div style="padding:12px 8%;font:14px/1.8 'Microsoft YaHei'">
<h1>启明星职业培训 AI训练师周末班招生</h1>
<p><img src="img/77120_1.jpg" alt="启明星职业培训 人工智能训练师周末班 四级 1980元 咨询热线 153 8862 4017" width="600"></p>
<p><img src="img/77120_2.jpg" alt="课程表 周六 理论 周日 实操 数据标注 算法测试"></p>
<p>详见图片。</p>
<form action="#"><input placeholder="您的手机"> <button>获取课程表</button><br><small>表单由 表单云 biaodanyun.com 提供</small></form>
<p style="color:#bbb;font-size:12px">商家电话：138 0013 8000（示例）</p></div>
<div style="text-align:center;font-size:12px;color:#888">滨江生活网 © 2026　信息发布须知</div>""", ""),
    True, "I06", "启明星职业培训",
    [("phone", "+8615388624017", "153 8862 4017")],
    "local info-site flyer; price and contact only in image alt text; template placeholder left in", "landing")

# ---------------- N11 platform help page (links to listings)
listing_paths = [p["path"] for p in PAGES if p["path"].startswith("/www.baiyexinxi.com/")]
add(P_N11, doc("商家入驻帮助 - 百业信息网", f"""<div style="background:#ff6a00;color:#fff;padding:6px 10%">百业信息网 帮助中心</div>
<div style="width:80%;margin:auto;font:14px/1.8 'Microsoft YaHei'">
<h1>商家入驻与信息发布规则</h1>
<ol><li>发布教育培训类信息须完成实名认证，机构须上传营业执照（统一社会信用代码）。</li>
<li>禁止发布"包过""免考""内部渠道"、代办证书等信息，一经发现删除并封号。</li>
<li>平台不参与交易，请勿向陌生人预付费用。</li></ol>
<h2>联系平台</h2><table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>客服热线</td><td>400-680-1235</td></tr><tr><td>投诉邮箱</td><td>kefu@baiyexinxi.com</td></tr><tr><td>商家交流QQ群</td><td>812736450</td></tr></table>
<h2>最新教育培训信息</h2><ul>{''.join(f'<li><a href="{rel(P_N11, p)}">{p}</a></li>' for p in listing_paths)}</ul></div>
<p style="text-align:center;color:#888;font-size:12px">Copyright © 2012-2026 www.baiyexinxi.com 百业信息网</p>""", ""),
    False, None, None, [], "platform help page with the platform's own hotline, mailbox and QQ group", "baiye")

# ============================================================ index + list pages
P_INDEX = "/index.html"
P_LIST2 = "/list/page2.html"
GROUP_NAMES = [("gov", "政府 · 政策"), ("fake", "证书服务中心 / 查询平台"), ("edu", "学校 · 招生简章"),
               ("agency", "培训机构官网"), ("landing", "落地页 · 便民信息"), ("baiye", "分类信息"),
               ("shop", "网店"), ("forum", "论坛"), ("qa", "问答"), ("note", "笔记"), ("mp", "公众号"),
               ("wenku", "文库"), ("news", "资讯"), ("complaint", "投诉"), ("job", "招聘"), ("form", "在线表单"),
               ("guide", "考证指南")]
first = [g for g in GROUP_NAMES[:8]]
second = [g for g in GROUP_NAMES[8:]]


def listing(frm, groups, extra=""):
    out = []
    for g, name in groups:
        items = [p for p in PAGES if p["group"] == g]
        if not items:
            continue
        t = lambda p: p["html"].split("<title>")[1].split("</title>")[0]
        out.append(f"<section><h2>{name}</h2><ul>" + "".join(
            f"<li><a href=\"{rel(frm, p['path'])}\">{t(p)}</a></li>" for p in items) + "</ul></section>")
    return "\n".join(out) + extra


NAV_CSS = "body{margin:0;font:14px/1.8 'Microsoft YaHei';background:#fafafa}.hd{background:#1e3a5f;color:#fff;padding:12px 6%}.hd a{color:#9cf}main{padding:10px 6%;columns:2}section{break-inside:avoid;background:#fff;margin-bottom:10px;padding:6px 14px}.ft{text-align:center;color:#999;font-size:12px;padding:16px}"
add(P_INDEX, doc("职培导航 - 职业技能培训与考证网址大全（人工智能训练师专题）", f"""<div class="hd"><h1>职培导航</h1><p>人工智能训练师 · 职业技能等级认定 · 网址收录　<a href="{rel(P_INDEX, P_LIST2)}">下一页 »</a></p></div>
<main>{listing(P_INDEX, first)}</main>
<div class="ft">职培导航仅收录公开网页，不对第三方内容负责。<a href="{rel(P_INDEX, P_LIST2)}">第2页</a></div>""", NAV_CSS),
    False, None, None, [], "crawl entry: navigation/directory page (list page)", "index")
add(P_LIST2, doc("职培导航 - 第2页", f"""<div class="hd"><h1>职培导航 · 第2页</h1><p><a href="{rel(P_LIST2, P_INDEX)}">« 上一页</a></p></div>
<main>{listing(P_LIST2, second)}</main>
<div class="ft">职培导航 © 2026</div>""", NAV_CSS),
    False, None, None, [], "directory page 2 (list page)", "index")

# ============================================================ truth
OPERATORS = {
    "U01": {"brands": ["职业技能人才评价服务中心", "京华智训教育科技有限公司", "智训AI学苑"],
            "ties": "look-alike centre site and agency site share the Beijing landline (written differently); agency site and Q&A answer share the wechat (case differs); Q&A answer and advertorial share the QQ (digits vs Chinese numerals)"},
    "U02": {"brands": ["上海市沪才职业技能培训中心", "申程教育"],
            "ties": "enrolment brochure and classified share the mobile (spaces vs dashes); classified and forum thread share the wechat"},
    "U03": {"brands": ["启智AI考证旗舰店", "启智云课堂", "小启老师"],
            "ties": "shop and own site share the wechat; own site and note share the email (note writes (at) and 点); note and classified share the mobile (emoji vs spaces)"},
    "U04": {"brands": ["瑞德职业培训", "AI考证通"],
            "ties": "agency page and hosted form share the landline (dash vs spaces); form and group notice share the QQ group (spaces in the notice)"},
    "U05": {"brands": ["中职鉴证教育", "中科智培（北京）教育科技有限公司", "中科智培", "启航数智"],
            "ties": "classified and company site share the QQ (spaced on the site); company site and brochure share the domain (brochure writes 点); brochure and Q&A answer share the wechat (case differs)"},
    "U06": {"brands": ["国职认证网", "华夏国培（深圳）科技有限公司", "国培考证"],
            "ties": "look-alike certificate platform and company contact page share the USCC; company page and classified share the mobile"},
    "U07": {"brands": ["蓝鲸AI学院", "鲸选考证"],
            "ties": "forum post and landing page share the wechat (only in QR alt text on the landing page); landing page and classified share the mobile (full-width digits on the classified)"},
    "U08": {"brands": ["深圳鼎学教育科技有限公司", "鼎学职业技能培训中心", "鼎学教育"],
            "ties": "agency page and brochure share the landline (em-dash); brochure and Q&A share the mobile (capital Chinese numerals); agency page and Q&A share the email ([at])"},
    "U09": {"brands": ["职业技能提升补贴申领服务平台", "成都优培教育咨询有限公司", "优培考证"],
            "ties": "look-alike subsidy platform and company site share the Chengdu landline (written differently); company site and WeChat article share the wechat (QR alt text); article and Q&A share the QQ group"},
}

U04_N10 = [P_U04a, P_U04d, P_N10]
DECOYS = [
    {"kind": "phone", "value": "12333", "paths": [P_N3, P_N4, P_N5, P_N6, P_N8, P_N9, P_N13, P_N16, P_U01a, P_I01],
     "note": "national 人社 service hotline, quoted by official pages, news and sellers alike"},
    {"kind": "phone", "value": "12315", "paths": [P_N4, P_N6], "note": "market-regulation complaints hotline in policy/news text"},
    {"kind": "phone", "value": "96110", "paths": [P_N5, P_U02b, P_U03d, P_U05a, P_U06c, P_U07c, P_I02],
     "note": "anti-fraud hotline in a warning and in the classified platform's boiler-plate warning"},
    {"kind": "domain", "value": "osta.org.cn", "paths": [P_N4, P_N5, P_N6, P_N8, P_N13, P_N16, P_U01a, P_U05a, P_U06a, P_I01],
     "note": "official certificate query site (zscx/jndj.osta.org.cn) cited by officials, press, and sellers claiming '可查'"},
    {"kind": "phone", "value": "4006801235", "paths": [P_U02b, P_U03d, P_U05a, P_U06c, P_U07c, P_I02, P_N11],
     "note": "classified platform's customer-service hotline in the header/footer of every listing"},
    {"kind": "email", "value": "kefu@baiyexinxi.com", "paths": [P_U02b, P_U03d, P_U05a, P_U06c, P_U07c, P_I02, P_N11],
     "note": "classified platform's complaint mailbox in every listing footer"},
    {"kind": "qq_group", "value": "812736450", "paths": [P_U02b, P_U03d, P_U05a, P_U06c, P_U07c, P_I02, P_N11],
     "note": "classified platform's merchant QQ group in every listing footer"},
    {"kind": "domain", "value": "baiyexinxi.com", "paths": [P_U02b, P_U03d, P_U05a, P_U06c, P_U07c, P_I02, P_N11],
     "note": "host platform's domain shown on every listing"},
    {"kind": "phone", "value": "+861082716601", "paths": [P_U01c, P_U05d, P_U08c, P_U09d],
     "note": "Q&A platform's illegal-content report line in the footer of every answer page"},
    {"kind": "domain", "value": "wendaquan.com", "paths": [P_U01c, P_U05d, P_U08c, P_U09d], "note": "Q&A platform's own domain"},
    {"kind": "domain", "value": "zhipeiquan.com", "paths": [P_N8, P_U02c, P_U04c, P_U07a, P_I05], "note": "forum's own domain in the header"},
    {"kind": "domain", "value": "wenkuba.net", "paths": [P_U05c, P_U08b], "note": "document-sharing site's own domain"},
    {"kind": "phone", "value": "4008207719", "paths": [P_U03a, P_I03], "note": "e-shop platform's customer-service number on every item page"},
    {"kind": "domain", "value": "kedianbao.cn", "paths": [P_U03a, P_I03], "note": "e-shop platform's domain on every item page"},
    {"kind": "other", "value": "13520260901", "paths": [P_U03a, P_I03],
     "note": "platform course/category number in the shop footer that looks like a mobile number"},
    {"kind": "domain", "value": "yunzhantong.com", "paths": [P_U02a, P_U04a, P_N10, P_U05b, P_U08a],
     "note": "site-builder credit (技术支持) on several unrelated sellers' sites"},
    {"kind": "phone", "value": "4001186230", "paths": [P_U04a, P_N10, P_U05b, P_U08a], "note": "site-builder's sales number in the credit line"},
    {"kind": "domain", "value": "biaodanyun.com", "paths": [P_U04d, P_U07b, P_I06], "note": "form tool's 'powered by' credit"},
    {"kind": "phone", "value": "+8657185203317", "paths": [P_N3, P_U04a, P_I02],
     "note": "public assessment site listed in the city's subsidy catalogue and quoted as 考点 by two unrelated sellers"},
    {"kind": "phone", "value": "+862164381177", "paths": [P_U02a, P_U05c, P_I05],
     "note": "district assessment office quoted as 考点 by three unrelated sellers"},
    {"kind": "phone", "value": "+8675586631120", "paths": [P_U06b, P_U08b],
     "note": "rented training venue's booking number quoted by two unrelated sellers"},
    {"kind": "phone", "value": "+8613800138000", "paths": [P_U07b, P_I06], "note": "template placeholder phone left on two pages"},
    {"kind": "email", "value": "name@example.com", "paths": [P_U05b, P_U09b], "note": "form placeholder e-mail"},
    {"kind": "other", "value": SAMPLE_CERT, "paths": [P_U01a, P_N15, P_U06a, P_N6],
     "note": "sample certificate number copied into image alt text by two unrelated sellers and quoted in news"},
    {"kind": "wechat", "value": "xiaobai_0921", "paths": [P_N8, P_U07a],
     "note": "a forum commenter's own wechat (study partner), posted under a discussion and under a seller's thread"},
    {"kind": "phone", "value": "+8618620473318", "paths": [P_N7, P_U03c, P_U03d],
     "note": "seller's mobile quoted by a buyer's complaint (non-offer must not join the operator)"},
    {"kind": "wechat", "value": "qizhiyun_kf", "paths": [P_N7, P_U03a, P_U03b],
     "note": "seller's wechat quoted by a complaint"},
    {"kind": "domain", "value": "guozhirenzheng.com.cn", "paths": [P_N5, P_U06a],
     "note": "look-alike site's domain named in an official warning"},
    {"kind": "phone", "value": "4008692175", "paths": [P_N6, P_U06a], "note": "seller's 400 number quoted in a news investigation"},
    {"kind": "phone", "value": "+8657186972231", "paths": U04_N10,
     "note": "agency landline also on its page for another occupation (健康管理师), a non-offer"},
    {"kind": "phone", "value": "+861062835170", "paths": [P_U01a, P_U01b, P_N15],
     "note": "look-alike centre's number also in the footer of its fake query page (non-offer)"},
    {"kind": "domain", "value": "zyjnrc-pjfw.org.cn", "paths": [P_U01a, P_N15], "note": "look-alike centre's domain on its fake query page"},
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    truth = {
        "description": "operators-2026-12ao: a crawled-looking web of AI-trainer (人工智能训练师) certificate sellers with emphasis on look-alike "
                       "official sites, real-style policy pages, enrolment brochures (招生简章) and a city subsidy catalogue. "
                       "Pairs of offer pages with the same U id must be linked; nothing else.",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
        "operators": OPERATORS,
        "decoys": DECOYS,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(PAGES))


if __name__ == "__main__":
    main()
