#!/usr/bin/env python3
"""Generate the operators-2026-12ar test web (central China: Wuhan / Changsha).

Python 3 standard library only, fully deterministic (no randomness).
Writes site/ and truth.json next to this file.
"""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helper
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wt in zip(body8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wt
    c = 11 - (s % 11)
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, body8):
    s17 = head8 + body8 + org_check(body8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18))
    r = 31 - (s % 31)
    if r == 31:
        r = 0
    return s17 + ALPHA[r]


# ---------------------------------------------------------------- registry
PAGES = []
DECOYS = {}


def decoy(key, kind, value, note):
    DECOYS[key] = {"kind": kind, "value": value, "paths": [], "written": {}, "note": note}


class Page:
    def __init__(self, path, is_offer, operator, provider, note):
        self.path = path
        self.is_offer = is_offer
        self.operator = operator
        self.provider = provider
        self.note = note
        self.ids = []
        self.html = ""
        PAGES.append(self)

    def w(self, kind, value, text):
        """Seller identifier written on this page."""
        item = [kind, value, text]
        if item not in self.ids:
            self.ids.append(item)
        return text

    def d(self, key, text):
        """Decoy identifier written on this page."""
        dd = DECOYS[key]
        if self.path not in dd["paths"]:
            dd["paths"].append(self.path)
        dd["written"].setdefault(self.path, [])
        if text not in dd["written"][self.path]:
            dd["written"][self.path].append(text)
        return text

    def rel(self, target):
        return posixpath.relpath(target, posixpath.dirname(self.path))


# ---------------------------------------------------------------- decoys
decoy("12333", "phone", "12333", "人社服务热线, quoted by many sellers and by policy pages")
decoy("osta", "domain", "osta.org.cn", "official certificate query site (zscx/jndj.osta.org.cn) quoted everywhere")
decoy("mohrss", "domain", "mohrss.gov.cn", "ministry domain quoted by sellers and news")
decoy("hubeirst", "domain", "hubei.gov.cn", "湖北省人社厅 site quoted by several sellers")
decoy("hunanrst", "domain", "hunan.gov.cn", "湖南省人社厅 site quoted by several sellers")
decoy("fl400", "phone", "4006605858", "classifieds board's own customer-service number in every ad footer")
decoy("flmail", "email", "kefu@jcfl.cn", "classifieds board's service mailbox in every footer")
decoy("fluscc", "uscc", uscc("91420100", "MA4KWN2T"), "classifieds board operator's own credit code in footer")
decoy("tbqun", "qq_group", "603718245", "forum's own 吧务 QQ group in every thread footer")
decoy("tbmail", "email", "bawu@hkba.cn", "forum's own moderator mailbox in every footer")
decoy("vqun", "qq_group", "562019384", "video site's official fan/service QQ group on every video page")
decoy("vmail", "email", "report@doudianv.com", "video site's report mailbox on every video page")
decoy("mpmail", "email", "tougao@wdjh.cn", "WeChat-mirror site's own submission mailbox in every article footer")
decoy("weixin", "domain", "qq.com", "mp.weixin.qq.com 原文链接 on every mirrored article (also QQ mail domain - not a tie)")
decoy("builder", "qq", "800017264", "site builder's credit (技术支持) on three different schools' sites")
decoy("builderdom", "domain", "yunduanjz.com", "site builder's domain in credits of three different schools")
decoy("placeholder", "phone", "4000000000", "template placeholder left in two different templates")
decoy("placemail", "email", "admin@example.com", "template placeholder mailbox")
decoy("jinshuju", "domain", "jinshuju.net", "form tool (金数据) credit under sign-up forms of different sellers")
decoy("wjx", "domain", "wjx.cn", "form tool (问卷星) used by different sellers")
decoy("jhcenter", "phone", "+862785796612", "assessment venue's number quoted by several Wuhan sellers")
decoy("cscenter", "phone", "+8673185160022", "Changsha assessment venue's number quoted by several sellers")
decoy("commenter", "wechat", "lily_wh0817", "a commenter's own WeChat left under several posts/videos")
decoy("buyer_order", "other", "17740219983", "a victim's order number (looks like a mobile) quoted in complaint and news")
decoy("scamnum", "phone", "+8673184239911", "scam number quoted in warnings, not a seller on this web")
decoy("96110", "phone", "96110", "anti-fraud hotline quoted in warnings and footers")
decoy("12315", "phone", "12315", "market-supervision complaint hotline")
decoy("isbn", "other", "9787516742983", "textbook ISBN quoted by several sellers")
decoy("vhelper", "other", "抖点小助手", "video platform's own assistant account replying under every video")

# ---------------------------------------------------------------- common CSS
CSS_TB = """body{margin:0;font:14px/1.6 "Microsoft YaHei",sans-serif;background:#f2f3f5}
.top{background:#3385ff;color:#fff;padding:6px 20px}.top a{color:#fff;margin-right:14px}
.bar-head{background:#fff;padding:14px 20px;border-bottom:1px solid #e5e5e5}
.wrap{width:980px;margin:10px auto;display:flex;gap:12px}.main{flex:1}.side{width:230px}
.floor{background:#fff;margin-bottom:8px;display:flex}.u{width:130px;padding:12px;border-right:1px solid #eee;text-align:center}
.c{flex:1;padding:12px}.meta{color:#999;font-size:12px}.lzl{background:#f7f8fa;margin-top:8px;padding:6px 10px;font-size:13px}
.box{background:#fff;padding:10px;margin-bottom:10px}.foot{text-align:center;color:#999;font-size:12px;padding:20px}"""

CSS_FL = """body{margin:0;font:13px/1.7 SimSun,"Microsoft YaHei",serif;background:#fff}
.hd{border-bottom:3px solid #ff5a00;padding:8px 30px}.hd b{color:#ff5a00;font-size:22px}
.nav{background:#ff5a00;padding:4px 30px}.nav a{color:#fff;margin-right:16px}
.crumb{padding:6px 30px;color:#666}.wrap{width:960px;margin:0 auto;display:flex;gap:16px}
.main{flex:1}.side{width:240px;border:1px solid #eee;padding:8px}
table.info td{padding:4px 10px;border-bottom:1px dashed #ddd}.tips{background:#fff8e1;border:1px solid #f5d58a;padding:8px;margin:10px 0}
.ft{border-top:1px solid #ddd;margin-top:20px;padding:14px;text-align:center;color:#888;font-size:12px}"""

CSS_MP = """body{margin:0;background:#ededed;font:16px/1.8 -apple-system,"PingFang SC",sans-serif}
.hdr{background:#fff;padding:8px 16px;border-bottom:1px solid #ddd}.art{max-width:680px;margin:0 auto;background:#fff;padding:20px 24px}
h1{font-size:22px}.acct{color:#576b95}.rich p{margin:12px 0}.orig{color:#576b95;font-size:14px}
.ft{max-width:680px;margin:0 auto;color:#999;font-size:12px;padding:16px}"""

CSS_V = """body{margin:0;background:#161823;color:#e8e8e8;font:14px/1.6 "PingFang SC",sans-serif}
a{color:#fe2c55}.top{padding:10px 24px;background:#0f1018}.wrap{display:flex;gap:20px;padding:20px 24px}
.player{width:405px}.player img{width:405px;height:720px;background:#000}.info{flex:1}
.cmt{border-bottom:1px solid #2a2c37;padding:8px 0}.cmt .n{color:#aaa;font-size:12px}
.ft{padding:16px 24px;color:#777;font-size:12px}"""

CSS_NEWS = """body{margin:0;font:15px/1.9 "Microsoft YaHei",sans-serif;color:#222}
.mast{background:#b30000;color:#fff;padding:10px 30px;font-size:24px}.nav{background:#7a0000;padding:4px 30px}
.nav a{color:#fff;margin-right:18px}.wrap{width:900px;margin:16px auto}.src{color:#888;font-size:13px}
.ft{background:#eee;padding:16px 30px;color:#666;font-size:12px;margin-top:30px}"""


def doc(title, css, body, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n{extra_head}<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------- site: tieba-style forum
TB_INDEX = "/tieba/index.html"


def tb_page(p, title, bar, floors, side=""):
    """floors: list of (user, level, html, time, [ (lzl_user, lzl_html) ])"""
    fl = []
    for i, (user, lv, content, t, subs) in enumerate(floors, 1):
        lz = "".join(f'<div class="lzl"><a class="lzl-u">{su}</a>：{sc}</div>' for su, sc in subs)
        fl.append(f'''<div class="floor" id="post_{i}">
  <div class="u"><img src="/img/avatar/{(i * 37) % 90}.jpg" alt="{user}的头像" width="80" height="80"><br><a class="p_author_name">{user}</a><br><span class="lv">Lv.{lv}</span></div>
  <div class="c"><div class="d_post_content">{content}</div>
  <div class="meta">{i}楼 · {t} · 来自Android客户端 · <a href="#post_{i}">回复</a></div>{lz}</div>
</div>''')
    body = f'''<div class="top"><a href="{p.rel('/index.html')}">首页</a><a href="{p.rel(TB_INDEX)}">进吧</a><a>消息</a><a>登录</a></div>
<div class="bar-head"><img src="/img/bar/{bar}.png" alt="{bar}吧" width="60" height="60"> <b style="font-size:20px">{bar}吧</b> 关注 18.6万 · 帖子 92万
<form class="search" action="#"><input name="kw" placeholder="吧内搜索"><button>搜索</button></form></div>
<div class="wrap"><div class="main">
<div class="box"><h1 class="core_title_txt">{title}</h1><span class="meta">只看楼主 · 收藏 · 回复</span></div>
{"".join(fl)}
<div class="box"><form action="#"><textarea placeholder="发表回复（请遵守贴吧协议，禁止发布广告）" rows="4" cols="70"></textarea><br><button>发 表</button></form></div>
</div>
<div class="side"><div class="box"><b>吧务团队</b><br>吧主：江城老猫<br>小吧主：热干面不加葱</div>
{side}<div class="box"><a href="{p.rel(TB_INDEX)}">返回{bar}吧</a></div></div></div>
<!-- pb_footer -->
<div class="foot">©2026 汉口吧 hkba.cn · <a>贴吧协议</a> · <a>隐私政策</a> · 吧务监督QQ群：{p.d('tbqun', '603718245')} · 投诉邮箱 {p.d('tbmail', 'bawu@hkba.cn')}<br>鄂ICP备19024771号-2</div>'''
    p.html = doc(f"{title}_{bar}吧_汉口吧", CSS_TB, body)


# ---------------------------------------------------------------- site: classifieds board
FL_INDEX = "/fenlei/index.html"
FL_HELP = "/fenlei/help.html"


def fl_page(p, city, title, infotable, desc, cat="教育培训 > 职业技能培训", infoid="", side=""):
    rows = "".join(f"<tr><td class=\"k\">{k}</td><td>{v}</td></tr>" for k, v in infotable)
    cityname = {"wh": "武汉", "cs": "长沙"}[city]
    body = f'''<div class="hd"><b>江城分类</b> <span>{cityname}站</span> [<a href="{p.rel(FL_INDEX)}">切换城市</a>] <form style="display:inline" action="#"><input name="key" placeholder="找工作 找房子 找培训"><button>搜 索</button></form> <a href="{p.rel(FL_HELP)}">帮助中心</a></div>
<div class="nav"><a href="{p.rel(FL_INDEX)}">首页</a><a>招聘</a><a>二手房</a><a>租房</a><a>教育培训</a><a>生活服务</a></div>
<div class="crumb">{cityname}江城分类 &gt; {cat} &gt; 信息详情</div>
<div class="wrap"><div class="main">
<h1 style="font-size:20px">{title}</h1>
<div class="meta" style="color:#999">信息编号：{infoid} · 浏览 {len(title) * 31} 次 · 个人/商家认证：未认证</div>
<table class="info">{rows}</table>
<div class="tips">江城分类提醒：凡是以各种名义要求先付款的，均可能是诈骗！请勿私下转账。遇到诈骗请拨打反诈专线 {p.d('96110', '96110')}。</div>
<div class="desc"><h3>详细描述</h3>{desc}</div>
<p style="color:#999">联系我时，请说是在江城分类上看到的，谢谢！</p>
</div><div class="side"><b>相关推荐</b><ul><li><a href="{p.rel(FL_INDEX)}">更多{cityname}职业培训信息</a></li><li><a href="{p.rel(FL_HELP)}">如何识别培训诈骗</a></li></ul>{side}</div></div>
<div class="ft">江城分类 jcfl.cn 客服热线：{p.d('fl400', '400-660-5858')}（9:00-18:00） 客服邮箱：{p.d('flmail', 'kefu@jcfl.cn')}<br>
湖北江城信息科技有限公司 统一社会信用代码：{p.d('fluscc', DECOYS['fluscc']['value'])} 鄂ICP备16008812号<br>本站所有信息均由用户自行发布，本站不对其真实性负责</div>'''
    p.html = doc(f"{title} - {cityname}江城分类", CSS_FL, body)


# ---------------------------------------------------------------- site: WeChat mirror
MP_INDEX = "/mp/index.html"


def mp_page(p, title, acct, date, paras, origid):
    body = f'''<div class="hdr"><a href="{p.rel('/index.html')}">微读江汉</a> · <a href="{p.rel(MP_INDEX)}">公众号文章</a> · 职场 · 教育</div>
<div class="art" id="js_article"><h1 class="rich_media_title">{title}</h1>
<div class="meta"><span class="acct" id="js_name">{acct}</span> <em>{date}</em> <span>湖北</span></div>
<div class="rich rich_media_content" id="js_content">{"".join(paras)}</div>
<p class="orig">原文链接：https://mp.{p.d('weixin', 'weixin.qq.com')}/s/{origid} · 阅读 3.1万 · 在看 86</p>
<!-- mirrored by wdjh crawler v2.3 -->
</div>
<div class="ft">本站内容转载自微信公众平台，版权归原作者所有，如有侵权请联系 {p.d('mpmail', 'tougao@wdjh.cn')} 删除。 <a href="{p.rel(MP_INDEX)}">返回列表</a></div>'''
    p.html = doc(title, CSS_MP, body)


# ---------------------------------------------------------------- site: short video
V_INDEX = "/v/index.html"


def v_page(p, author, handle, desc, alt, comments, likes):
    cm = "".join(f'<div class="cmt"><b>{u}</b> <span class="n">{t}</span><p>{c}</p></div>' for u, t, c in comments)
    body = f'''<div class="top"><a href="{p.rel('/index.html')}">首页</a> <b style="color:#fff;font-size:18px">抖点</b> <a href="{p.rel(V_INDEX)}">推荐</a> <a>关注</a> <a>直播</a> <form style="display:inline" action="#"><input placeholder="搜索你感兴趣的内容"></form></div>
<div class="wrap"><div class="player"><img src="/cover/{handle}.jpg" alt="{alt}"><div>❤ {likes} · 💬 {len(comments)} · ⭐ 收藏 · ↗ 分享</div></div>
<div class="info"><h2 class="author">@{author}</h2><div class="uid">抖点号：{handle}</div>
<div class="desc">{desc}</div>
<h3>评论（{len(comments)}）</h3>{cm}
<form action="#"><input placeholder="留下你的精彩评论吧" size="40"><button>发送</button></form>
<p><a href="{p.rel(V_INDEX)}">← 更多推荐视频</a></p></div></div>
<div class="ft">抖点 doudianv.com · 官方用户交流QQ群 {p.d('vqun', '562019384')} · 违法和不良信息举报邮箱：{p.d('vmail', 'report@doudianv.com')} · 网络举报APP · 鄂网文〔2024〕1033-077号</div>'''
    p.html = doc(f"{author}的作品 - 抖点", CSS_V, body)


def v_helper(p):
    return (p.d("vhelper", "抖点小助手"), "官方",
            "温馨提示：涉及证书办理、付费报名请通过正规渠道核实，谨防上当受骗～")


# ---------------------------------------------------------------- site: news
NEWS_INDEX = "/news/index.html"


def news_page(p, title, src, date, paras):
    body = f'''<div class="mast">楚天民生网</div><div class="nav"><a href="{p.rel('/index.html')}">首页</a><a href="{p.rel(NEWS_INDEX)}">民生</a><a>教育</a><a>就业</a><a>曝光台</a></div>
<div class="wrap"><h1>{title}</h1><div class="src">来源：{src} · {date} · 编辑：周敏</div>
{"".join(f"<p>{x}</p>" for x in paras)}
<p class="src">【责任编辑：刘畅】 <a href="{p.rel(NEWS_INDEX)}">返回民生频道</a></p></div>
<div class="ft">楚天民生网 版权所有 · 新闻热线 027-8888 6000 转 3 · 违法和不良信息举报 · 鄂ICP备10017334号</div>'''
    p.html = doc(f"{title}_楚天民生网", CSS_NEWS, body)


# ================================================================ OFFER PAGES
CUR_YEAR = "2026"

# ---------------- U01: 智启教育 / 楚才职业培训 / 启航AI考证
p = Page("/tieba/p/7301.html", True, "U01", "智启教育",
         "Tieba post by a seller: casual 'DD me' post for AI trainer 四级/三级, WeChat only")
tb_page(p, "武汉考人工智能训练师的看过来，四级三级都能报", "武汉", [
    ("智启教育小周", 6,
     f"有没有想考人工智能训练师的？人社认证的新职业，武汉本地线下考试，<b>四级三级</b>都可以报。<br>"
     f"零基础也能学，两个月拿证，学费一千出头（具体私聊，吧里不让发价格）<br>"
     f"能申请技能提升补贴，三级最高两千！<br>有意向的 {p.w('wechat', 'zhiqi_edu027', '薇:zhiqi_edu027')} 备注贴吧<br>"
     f'<img src="/img/tb/7301_1.jpg" alt="人工智能训练师证书样本 四级 高级工">',
     "2026-03-11 20:41", [("热干面不加葱", "别在吧里打广告哈，再发删帖"), ("智启教育小周", "好的吧主，已经私信了")]),
    ("江夏小胖墩", 3, "一千出头是真的吗？其他家都要三四千", "2026-03-11 21:02",
     [("智启教育小周", "真的，加薇聊")]),
    ("光谷打工人", 9, "楼上小心，这种证去人社查一下机构有没有备案先", "2026-03-12 08:15", []),
])

p = Page("/v/7391.html", True, "U01", "启航AI考证",
         "short video by seller account: AI trainer exam, WeChat with capital letters + mobile with dashes")
v_page(p, "启航AI考证", "qihang_ai",
       f"📢{CUR_YEAR}年人工智能训练师考证季来啦！<br>✅四级/三级 ✅武汉线下考点 ✅可申请补贴<br>"
       f"学费 <del>¥3980</del> 现价 ¥1280（含教材+考试费）<br>"
       f"咨询 {p.w('wechat', 'zhiqi_edu027', 'vx→Zhiqi_Edu027')} 或电话 {p.w('phone', '+8615927461830', '159-2746-1830')}<br>"
       "#人工智能训练师 #AI训练师 #武汉考证 #技能提升补贴",
       "视频封面：手拿人工智能训练师证书，字幕“零基础两个月拿证”",
       [("今天也要加油鸭", "3-14 · 湖北", "三级零基础能考吗"),
        ("被坑过的小王", "3-15 · 湖北", f"之前在别家报的，订单号{p.d('buyer_order', '17740219983')}，证到现在查不到，你们家靠谱吗"),
        ("启航AI考证", "3-14 · 作者", "可以的宝，私信你了"),
        v_helper(p)], "1.2w")

p = Page("/fenlei/wh/ai-32871.html", True, "U01", "楚才职业培训",
         "classifieds ad (Wuhan): AI trainer course, table of contacts: mobile + QQ")
fl_page(p, "wh", "【楚才职业培训】人工智能训练师四级/三级 报名中 武昌面授",
        [("联系人", "周老师"), ("联系电话", p.w("phone", "+8615927461830", "159 2746 1830")),
         ("QQ", p.w("qq", "2851736490", "2851736490")), ("区域", "武昌 - 中南路"), ("价格", "1280-2680元/人")],
        f"<p>人工智能训练师（职业编码4-04-05-05）国家职业技能标准2021版，开设四级（中级工）、三级（高级工）。</p>"
        f"<p>课时：四级50课时，三级40课时，周末班/晚班。证书官网可查（{p.d('osta', 'zscx.osta.org.cn')}）。</p>"
        f"<p>学费：四级1280元，三级2680元，四级+三级联报3500元。缴纳社保满一年可申请技能提升补贴。</p>"
        f"<p>考试地点：江汉区职业技能鉴定所（电话 {p.d('jhcenter', '027-85796612')}）</p>",
        infoid="32871")

p = Page("/mp/s-aq19.html", True, "U01", "楚才职业培训",
         "WeChat article mirror: soft article with QQ (扣扣) and QQ mail obfuscated with #")
mp_page(p, "人工智能训练师到底是什么？一篇讲清楚报考条件和补贴", "楚才职业培训", "2026-03-20", [
    "<p>最近很多朋友问小编：人工智能训练师是什么？能不能考？今天一次说清楚。</p>",
    "<p><strong>一、职业介绍</strong><br>人工智能训练师是2020年人社部等三部门发布的新职业，包含数据标注员、人工智能算法测试员两个工种。</p>",
    "<p><strong>二、报考条件</strong><br>五级：累计从事本职业或相关职业工作满1年；四级、三级按标准逐级申报。</p>",
    f"<p><strong>三、补贴</strong><br>参加失业保险满1年的职工，取得四级证书最多可申请1500元，三级最多2000元，具体以当地人社部门为准，可拨打{p.d('12333', '12333')}咨询。</p>",
    '<p><img src="/img/mp/aq19_fee.png" alt="学费表：四级1280 三级2680 联报3500"></p>',
    f"<p>报名咨询：{p.w('qq', '2851736490', '扣扣：2851736490')}<br>资料可发邮箱 {p.w('email', '2851736490@qq.com', '2851736490#qq.com')}（#换成@）</p>",
    "<p style=\"color:#888\">点个“在看”，让更多人看到～</p>",
], "aq19Tk3vXcL")

# ---------------- U02: 江城数智人才服务 / 湖北鑫途教育科技有限公司 / 鑫途小助手
U02_USCC = uscc("91420106", "MA4KLQ3B")
p = Page("/fenlei/wh/ai-33012.html", True, "U02", "江城数智人才服务",
         "classifieds ad (Wuhan): landline + mobile with spaces")
fl_page(p, "wh", "AI训练师证 数据标注员 报名 包教包会 补贴申领指导",
        [("联系人", "陈女士"), ("联系电话", p.w("phone", "+862785561247", "027-8556 1247")),
         ("手机", p.w("phone", "+8618672395104", "186 7239 5104")), ("区域", "江汉 - 新华路"), ("价格", "面议")],
        f"<p>江城数智人才服务，专注新职业培训。<b>AI训练师</b>（人工智能训练师）五级、四级开班啦。</p>"
        f"<p>学费两千八百八，补贴到手后实际自付不到一千（需参保满12个月）。</p>"
        f"<p>考点：江汉区职业技能鉴定所 {p.d('jhcenter', '027－85796612')}，考试合格后可在{p.d('osta', 'jndj.osta.org.cn')}查询。</p>"
        f"<p>在线报名表：https://{p.d('wjx', 'wjx.cn')}/vm/Q8sd2.aspx</p>",
        infoid="33012")

p = Page("/mp/s-bk22.html", True, "U02", "湖北鑫途教育科技有限公司",
         "WeChat article mirror: company with USCC, mobile with emoji prefix, domain written with 点")
mp_page(p, "2026上半年人工智能训练师（四级/三级）招生简章", "鑫途职教", "2026-02-27", [
    "<p>为贯彻落实技能人才评价制度改革，满足数字经济发展对数据标注、算法测试人才的需求，我单位现面向社会招收人工智能训练师培训学员。</p>",
    "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th>等级</th><th>课时</th><th>学费</th></tr>"
    "<tr><td>五级/初级工</td><td>60</td><td>¥1880</td></tr><tr><td>四级/中级工</td><td>50</td><td>¥2880</td></tr>"
    "<tr><td>三级/高级工</td><td>40</td><td>¥3680</td></tr></table>",
    "<p>报名材料：身份证复印件、学历证明、工作年限证明、两寸白底照片。</p>",
    f"<p>报名方式：扫码填写 {p.d('wjx', 'wjx.cn')} 报名表或致电 {p.w('phone', '+8618672395104', '📱186-7239-5104')}</p>",
    f"<p>官网：{p.w('domain', 'xintuedu.cn', 'www点xintuedu点cn')}</p>",
    f"<p>主办：湖北鑫途教育科技有限公司（统一社会信用代码 {p.w('uscc', U02_USCC, U02_USCC)}）</p>",
    '<p><img src="/img/mp/bk22_qr.png" alt="长按识别二维码报名"></p>',
], "bk22Yh8dKp1")

p = Page("/tieba/p/7322.html", True, "U02", "鑫途职教",
         "Tieba question thread where a seller replies with an offer; domain in full-width characters")
tb_page(p, "求问：人工智能训练师在哪报名靠谱？", "人工智能训练师", [
    ("汉阳小林", 2, "刚毕业做数据标注的，想考个证，武汉哪里能报名？别是骗子就行", "2026-03-02 12:10", []),
    ("鑫途职教", 4,
     f"你好，我们是正规培训单位，人工智能训练师四级学费2880，参保满一年可以领补贴1500。"
     f"官网 {p.w('domain', 'xintuedu.cn', 'ｘｉｎｔｕｅｄｕ.ｃｎ')} 上有招生简章，可以先看看。",
     "2026-03-02 13:45", [("汉阳小林", "谢谢，我去看看"), ("光谷打工人", "正规的话先去人社网站查备案")]),
    ("老猫不吃鱼", 11, f"考前先去 {p.d('osta', 'pjjg.osta.org.cn')} 查评价机构，能查到的才靠谱", "2026-03-02 18:30", []),
])

# ---------------- U03: 武汉智远职业技能培训学校 (school site) + 星城职达教育 (classifieds Changsha)
U03_USCC = uscc("52420102", "MJY7384K")
S1 = "/school/zhiyuan/"
CSS_S1 = """body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333}.hd{background:#0a3d7a;color:#fff;padding:12px 40px;display:flex;justify-content:space-between}
.menu{background:#1565c0}.menu a{color:#fff;display:inline-block;padding:8px 20px}.ban{background:#e3f2fd;padding:30px 40px}
.ct{width:1000px;margin:20px auto;display:flex;gap:20px}.ct .m{flex:1}.ct .s{width:260px;background:#f5f5f5;padding:10px}
.ft{background:#0a3d7a;color:#cfd8dc;padding:18px 40px;font-size:12px}"""


def s1_page(p, title, main, side=""):
    body = f'''<div class="hd"><div><img src="/img/s1/logo.png" alt="智远职校logo" height="40"> <b style="font-size:22px">武汉智远职业技能培训学校</b></div><div>全国服务热线：{p.w('phone', '+862759327718', '027-5932 7718')}</div></div>
<div class="menu"><a href="{p.rel(S1 + 'index.html')}">网站首页</a><a href="{p.rel(S1 + 'course-l4.html')}">四级课程</a><a href="{p.rel(S1 + 'course-l3.html')}">三级课程</a><a>师资力量</a><a>学员风采</a><a href="{p.rel('/index.html')}">返回导航</a></div>
<div class="ct"><div class="m">{main}</div><div class="s"><h4>联系我们</h4>地址：武汉市洪山区珞喻路XX号科技大厦6楼<br>电话：027-5932 7718<br>{side}</div></div>
<div class="ft">Copyright © 2019-2026 武汉智远职业技能培训学校 版权所有 鄂ICP备20013578号-1<br>技术支持：<a href="http://www.{p.d('builderdom', 'yunduanjz.com')}/">云端建站</a> 客服QQ：{p.d('builder', '800017264')}</div>'''
    p.html = doc(title, CSS_S1, body)


p = Page(S1 + "index.html", True, "U03", "武汉智远职业技能培训学校",
         "training school home page: banner enrolment for 人工智能训练师, footer landline, USCC, email")
s1_page(p, "武汉智远职业技能培训学校-人工智能训练师培训|职业技能等级认定", f'''
<div class="ban"><h2>2026年春季 人工智能训练师 招生火热进行中</h2><p>四级（中级工）· 三级（高级工）  小班授课  理论+实操</p><p>早鸟价 <b style="color:#d32f2f;font-size:22px">¥2480</b> 起  <del>¥3200</del></p></div>
<h3>学校简介</h3><p>武汉智远职业技能培训学校是经洪山区人社局批准设立的民办职业培训学校（统一社会信用代码：{p.w('uscc', U03_USCC, U03_USCC)}），开设人工智能训练师、育婴员、电工等培训项目。</p>
<h3>热门课程</h3><ul><li><a href="course-l4.html">人工智能训练师（四级）数据标注方向</a></li><li><a href="course-l3.html">人工智能训练师（三级）算法测试方向</a></li></ul>
<p>招生邮箱：{p.w('email', 'zhiyuan_px@163.com', 'zhiyuan_px@163.com')}</p>''')

p = Page(S1 + "course-l4.html", True, "U03", "武汉智远职业技能培训学校",
         "school course page, level 4; per-level fee table; footer landline only")
s1_page(p, "人工智能训练师四级培训课程_武汉智远职业技能培训学校", f'''
<h2>人工智能训练师（四级/中级工）</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>项目</th><th>内容</th></tr>
<tr><td>职业编码</td><td>4-04-05-05</td></tr><tr><td>课时</td><td>50课时（理论20+实操30）</td></tr>
<tr><td>学费</td><td>贰仟肆佰捌拾元整（含教材、鉴定费）</td></tr>
<tr><td>教材</td><td>《人工智能训练师（基础知识）》ISBN {p.d('isbn', '978-7-5167-4298-3')}</td></tr>
<tr><td>报考条件</td><td>具备五级证书后从事本职业4年，或中职相关专业毕业生</td></tr></table>
<p>课程内容：数据采集和处理、数据标注、智能系统运维。</p>
<p>证书查询：人社部技能人才评价证书全国联网查询 {p.d('osta', 'zscx.osta.org.cn')}；咨询当地人社服务热线 {p.d('12333', '12333')}。</p>''')

p = Page(S1 + "course-l3.html", True, "U03", "武汉智远职业技能培训学校",
         "school course page, level 3; enrolment teacher's mobile (WeChat same number)")
s1_page(p, "人工智能训练师三级培训_武汉智远职校", f'''
<h2>人工智能训练师 三级/高级工 培训班</h2>
<p>适合已取得四级证书、从事数据标注/算法测试工作的学员。课程40课时，内容包括业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>学费：3,280元  ｜  四三级联报：5,200元（立省560）</p>
<p>失业保险技能提升补贴：三级最高2000元（按湖北省政策执行，详见 {p.d('hubeirst', 'rst.hubei.gov.cn')}）</p>
<p>招生老师：张老师 {p.w('phone', '+8613476219058', '134-7621-9058')}（微信同号）{p.w('wechat', '13476219058', '134-7621-9058（微信同号）') and ''}</p>''',
        side="张老师：134-7621-9058")

p = Page("/fenlei/cs/ai-40110.html", True, "U03", "星城职达教育",
         "classifieds ad (Changsha) with mobile in capital Chinese numerals only")
fl_page(p, "cs", "长沙 人工智能训练师 四级 三级 周末班 星城职达教育",
        [("联系人", "张老师"), ("联系电话", p.w("phone", "+8613476219058", "壹叁肆 柒陆贰壹 玖零伍捌")),
         ("区域", "岳麓 - 麓谷"), ("价格", "2480元起")],
        f"<p>人工智能训练师四级、三级周末班，长沙武汉两地开班。因平台限制，电话用大写数字写的，请自行转换。</p>"
        f"<p>考试考点：天心区职业技能鉴定考点（{p.d('cscenter', '0731-85160022')}）</p>"
        f"<p>学费二四八零起，三级三二八零，可开发票。</p>",
        infoid="40110")

# ---------------- U04: 启明星AI职训 / 光谷职业技能服务站 / 武汉启明星教育咨询有限公司
p = Page("/tieba/p/7345.html", True, "U04", "启明星AI职训",
         "Tieba thread where the offer is in a seller's reply; a commenter leaves her own WeChat (decoy)")
tb_page(p, "在做数据标注，有必要考人工智能训练师吗", "人工智能训练师", [
    ("小雨点_WH", 4, "在光谷做数据标注快一年了，公司说有证可以加工资，有必要考吗？", "2026-03-05 22:14", []),
    ("启明星AI职训", 5,
     f"有必要的，干满一年就可以报五级，有基础的可以直接冲四级。我们这边四级1680，三级2980，考前集训+题库。"
     f"有问题可以 {p.w('qq', '3190472265', 'Q 3190472265')} 或者 {p.w('wechat', 'qmx-ai88', '加v：qmx-ai88')}",
     "2026-03-05 22:40", [("小雨点_WH", "三级能直接报吗"), ("启明星AI职训", "要看工作年限，私聊")]),
    ("lily在武汉", 6, f"我也在准备，有没有一起组队学习的，加我 {p.d('commenter', 'vx: lily_wh0817')}", "2026-03-06 09:03", []),
])

p = Page("/v/7420.html", True, "U04", "光谷职业技能服务站",
         "short video: WeChat id in full-width capitals, fan QQ group")
v_page(p, "光谷职业技能服务站", "gg_jineng",
       f"三分钟带你了解人工智能训练师！数据标注员、算法测试员都属于这个职业👀<br>"
       f"四级 1.68k｜三级 2.98k 报名请加 {p.w('wechat', 'qmx-ai88', 'ＱＭＸ－ＡＩ８８')}<br>"
       f"粉丝交流群：{p.w('qq_group', '715230946', '715230946')}<br>#人工智能训练师 #数据标注",
       "视频封面：人工智能训练师是做什么的 三分钟讲清楚",
       [("lily在武汉", "3-08 · 湖北", f"求组队一起考，{p.d('commenter', '薇 lily_wh0817')}"),
        ("数据民工", "3-08 · 湖南", "三级2980贵了吧"), v_helper(p)], "8639")

p = Page("/fenlei/wh/ai-33156.html", True, "U04", "武汉启明星教育咨询有限公司",
         "classifieds ad (Wuhan): QQ group with spaces, mobile")
fl_page(p, "wh", "人工只能训练师（AI训练师）培训考证 启明星教育 光谷校区",
        [("联系人", "何经理"), ("联系电话", p.w("phone", "+8617786403921", "177 8640 3921")),
         ("QQ群", p.w("qq_group", "715230946", "715 230 946")), ("区域", "东湖高新 - 光谷广场")],
        f"<p>武汉启明星教育咨询有限公司，开设人工智能训练师四级、三级培训。</p>"
        f"<p>价格：四级一千六百八十元，三级两千九百八十元，老学员推荐减200。</p>"
        f"<p>考点：江汉区职业技能鉴定所，考务电话 {p.d('jhcenter', '027-85796612')}。</p>"
        f"<p>证书可在人社部网站 {p.d('mohrss', 'osta.mohrss.gov.cn')} 查询。</p>",
        infoid="33156")

# ---------------- U05: 湘楚职业技能评价服务中心 / 长沙麓山教育 / 麓山刘老师讲考证
U05_USCC = uscc("91430104", "MA4T2WQ9")
p = Page("/mp/s-cd07.html", True, "U05", "湘楚职业技能评价服务中心",
         "WeChat article mirror: state-sounding name, USCC starting 91, landline, email")
mp_page(p, "关于开展2026年第二期人工智能训练师职业技能等级认定的通知", "湘楚职业技能评价服务中心", "2026-04-02", [
    "<p>各有关单位、学员：</p>",
    "<p>根据《人工智能训练师国家职业技能标准（2021年版）》，我中心定于2026年5月开展第二期人工智能训练师（五级至三级）等级认定工作，现将有关事项通知如下。</p>",
    "<p>一、认定等级及费用：五级1580元、四级2380元、三级3380元（含培训费、认定费）。</p>",
    f"<p>二、咨询电话：{p.w('phone', '+8673185527390', '0731-8552 7390')}；报名邮箱：{p.w('email', 'lushan_edu@126.com', 'lushan_edu@126.com')}</p>",
    f"<p>三、补贴政策咨询：{p.d('12333', '0731-12333')}，或登录 {p.d('hunanrst', 'rst.hunan.gov.cn')} 查看。</p>",
    f"<p>四、在线报名：https://{p.d('wjx', 'wjx.cn')}/vm/hXc0a.aspx</p>",
    f"<p style=\"text-align:right\">湘楚职业技能评价服务中心<br>（长沙麓山教育咨询有限公司 {p.w('uscc', U05_USCC, U05_USCC)}）<br>2026年4月2日</p>",
], "cd07Ms2LqB0")

p = Page("/fenlei/cs/ai-40231.html", True, "U05", "长沙麓山教育",
         "classifieds ad (Changsha): landline with em dash + mobile")
fl_page(p, "cs", "长沙麓山教育 人工智能训练师/数据标注 等级认定 报名",
        [("联系人", "刘老师"), ("联系电话", p.w("phone", "+8673185527390", "0731—85527390")),
         ("手机", p.w("phone", "+8615173128846", "151 7312 8846")), ("区域", "岳麓 - 麓山南路")],
        f"<p>人工智能训练师（俗称AI训练师）五级/四级/三级报名，学费1580-3380元。</p>"
        f"<p>认定考点：天心区职业技能鉴定考点 {p.d('cscenter', '0731-8516 0022')}</p>",
        infoid="40231")

p = Page("/tieba/p/7360.html", True, "U05", "麓山考证小刘",
         "Tieba post in Changsha bar: mobile with emoji separators, video-account name")
tb_page(p, "长沙的朋友，人工智能训练师五月考试还能报", "长沙", [
    ("麓山考证小刘", 5,
     f"五月那期还剩十几个名额，五级四级三级都有。<br>不方便留电话，{p.w('phone', '+8615173128846', '151🌸7312🌸8846')}<br>"
     f"平时在视频号发考试干货：{p.w('other', '麓山刘老师讲考证', '麓山刘老师讲考证')}",
     "2026-04-06 19:20", [("星沙打工人", "三级多少钱"), ("麓山考证小刘", "三千三百八，含认定费")]),
    ("芙蓉区小透明", 2, "去年考了四级，感觉用处不大，自己看着办", "2026-04-06 21:55", []),
])

p = Page("/v/7455.html", True, "U05", "麓山刘老师讲考证",
         "short video from the same video-account name; email written with [at]")
v_page(p, "麓山刘老师讲考证", "lushan_liu",
       f"人工智能训练师三级实操怎么考？今天给大家拆解一下考试流程📝<br>"
       f"需要题库和报名的，资料发邮箱 {p.w('email', 'lushan_edu@126.com', 'lushan_edu[at]126.com')}<br>"
       f"视频号同名：{p.w('other', '麓山刘老师讲考证', '麓山刘老师讲考证')}<br>#人工智能训练师 #长沙考证",
       "视频封面：人工智能训练师三级 实操考试流程",
       [("湘江边的猫", "4-09 · 湖南", "老师，五级一年工作经验怎么证明"),
        ("麓山刘老师讲考证", "4-09 · 作者", "单位开证明盖章就行"), v_helper(p)], "2.3w")

# ---------------- U06: 长沙湘江数智职业培训学校 (school) / 湘数姐姐 (video) / 湖南芯课教育 (mp)
U06_USCC = uscc("52430102", "MJJ4R21X")
S2 = "/school/xiangjiang/"
CSS_S2 = """body{margin:0;font:15px/1.75 "PingFang SC";background:#fafafa}.nav{background:#fff;box-shadow:0 1px 4px #ccc;padding:10px 8%;display:flex;gap:24px;align-items:center}
.nav .logo{font-weight:bold;color:#00897b;font-size:20px}.hero{background:linear-gradient(90deg,#00897b,#26a69a);color:#fff;padding:40px 8%}
.sec{padding:24px 8%}.card{background:#fff;border-radius:6px;padding:16px;margin:10px 0}footer{background:#263238;color:#b0bec5;padding:20px 8%;font-size:12px}"""


def s2_page(p, title, main):
    body = f'''<nav class="nav"><span class="logo">湘江数智</span><a href="{p.rel(S2 + 'index.html')}">首页</a><a href="{p.rel(S2 + 'ai.html')}">人工智能训练师</a><a>关于我们</a><a href="{p.rel('/index.html')}">导航</a></nav>
{main}
<footer><p>长沙湘江数智职业培训学校 · 地址：长沙市岳麓区麓谷大道XXX号 · 电话：{p.w('phone', '+8673188963125', '0731-88963125')} · 网址：{p.w('domain', 'xjszpx.cn', 'www.xjszpx.cn')}</p>
<p class="tpl-contact" style="display:none">电话：{p.d('placeholder', '400-000-0000')} 邮箱：{p.d('placemail', 'admin@example.com')}</p>
<p>湘ICP备21007745号 · 技术支持：云端建站 {p.d('builderdom', 'www.yunduanjz.com')}</p></footer>'''
    p.html = doc(title, CSS_S2, body)


p = Page(S2 + "index.html", True, "U06", "长沙湘江数智职业培训学校",
         "second school site (different template): hero banner with price, USCC")
s2_page(p, "长沙湘江数智职业培训学校 | AI训练师 数据标注 培训", f'''
<section class="hero"><h1>成为一名 AI Trainer（人工智能训练师）</h1><p>长沙本地 · 人社备案评价机构合作考点 · 三个月拿证</p><p>学费 0.26w 起，补贴最高可达 ¥2000</p></section>
<section class="sec"><div class="card"><h3>关于我们</h3><p>学校（统一社会信用代码 {p.w('uscc', U06_USCC, U06_USCC)}）成立于2018年，已培训学员5000余人。</p></div>
<div class="card"><h3>课程</h3><p><a href="ai.html">人工智能训练师 五级 / 四级 / 三级</a></p></div></section>''')

p = Page(S2 + "ai.html", True, "U06", "长沙湘江数智职业培训学校",
         "school course page with per-level table, enrolment mobile, form")
s2_page(p, "人工智能训练师课程 - 长沙湘江数智职业培训学校", f'''
<section class="sec"><h1>人工智能训练师（4-04-05-05）培训</h1>
<table border="1" cellpadding="8" style="border-collapse:collapse;background:#fff"><tr><th>等级</th><th>学时</th><th>原价</th><th>优惠价</th></tr>
<tr><td>五级</td><td>60</td><td><del>2200</del></td><td>1600</td></tr><tr><td>四级</td><td>50</td><td><del>3200</del></td><td>2600</td></tr>
<tr><td>三级</td><td>40</td><td><del>4200</del></td><td>3600</td></tr></table>
<p>招生热线：{p.w('phone', '+8618974120367', '189-7412-0367')}（同微信）</p>
<p>补贴政策以湖南省人社厅 {p.d('hunanrst', 'rst.hunan.gov.cn')} 公布为准。</p>
<p style="color:#c62828">郑重声明：近期有人冒用我校名义，使用号码 {p.d('scamnum', '0731-8423 9911')} 招生，与本校无关，谨防受骗！</p>
<form action="#" class="card"><h3>在线预约</h3><input name="name" placeholder="姓名"> <input name="tel" placeholder="手机号"> <select><option>五级</option><option>四级</option><option>三级</option></select> <button>提交</button></form></section>''')

p = Page("/v/7502.html", True, "U06", "湘数姐姐",
         "short video: WeChat id after emoji, mobile with +86 and spaces; commenter decoy")
v_page(p, "湘数姐姐", "xiangshu_jj",
       f"在长沙做AI训练师是一种什么体验？每天标注三千张图🖼️<br>想入行/考证的姐妹 🛰{p.w('wechat', 'xjsz2026', 'vx: xjsz2026')}<br>"
       f"电话 {p.w('phone', '+8618974120367', '+86 189 7412 0367')}<br>四级考证班这个月报名立减四百",
       "视频封面：00后女生在长沙当人工智能训练师",
       [("lily在武汉", "4-11 · 湖北", f"姐妹我也在学，{p.d('commenter', 'V:lily_wh0817')} 互相监督"),
        ("干饭人", "4-11 · 湖南", "一天三千张也太卷了"), v_helper(p)], "5.6w")

p = Page("/mp/s-dk31.html", True, "U06", "湖南芯课教育",
         "WeChat article mirror: WeChat id in upper case + QQ")
mp_page(p, "零基础转行AI训练师，我是怎么做到的（附考证攻略）", "湖南芯课教育", "2026-04-15", [
    "<p>我叫小敏，去年还在奶茶店上班，今年已经是一名数据标注组长了。</p>",
    "<p>很多人问我人工智能训练师证好不好考，其实四级只要认真学一个月就可以。</p>",
    "<p>我是在芯课报的班，四级两千六，补贴领回来一千五，相当于一千出头。</p>",
    f"<p>想了解的可以加课程顾问 微信号：{p.w('wechat', 'xjsz2026', 'XJSZ2026')}，或QQ {p.w('qq', '1643872950', '1643872950')}</p>",
    '<p><img src="/img/mp/dk31.png" alt="课程顾问二维码 扫码领取学习资料"></p>',
], "dk31Ja9qWe2")

# ---------------- U07: 楚天AI就业联盟 / 武昌职考帮 / 小职考证工作室
p = Page("/tieba/p/7388.html", True, "U07", "楚天AI就业联盟",
         "Tieba 'group notice' style post: QQ group number and WeChat")
tb_page(p, "【群公告】楚天AI就业联盟 人工智能训练师4月班开课通知", "武汉", [
    ("楚天AI就业联盟", 7,
     "<b>群公告（转）</b><br>1. 人工智能训练师四级4月班20号开课，线上直播+线下实操（武昌）。<br>"
     "2. 学费：1580，老带新再减100；三级班2880。<br>3. 推荐就业数据标注岗位，月薪4-6k。<br>"
     f"4. 入群：{p.w('qq_group', '826417593', '群号：826417593')}　咨询{p.w('wechat', 'chutian_ai', 'wx chutian_ai')}<br>"
     f"5. 考点：江汉区职业技能鉴定所（{p.d('jhcenter', '85796612')}）",
     "2026-04-01 10:02", [("武昌鱼", "推荐就业是真的吗")]),
    ("热干面不加葱", 12, "推荐就业的多留个心眼", "2026-04-01 11:40", []),
])

p = Page("/v/7533.html", True, "U07", "武昌职考帮",
         "short video: QQ group in lowercase Chinese numerals; shop id")
v_page(p, "武昌职考帮", "wczkb",
       f"AI训练师四级考试真题讲解第3期🔥 完整题库在群里<br>群号 {p.w('qq_group', '826417593', '八二六四一七五九三')}<br>"
       f"小店有资料包，{p.w('other', '58210937', '抖店ID 58210937')}<br>#人工智能训练师 #考证",
       "视频封面：人工智能训练师四级理论真题讲解",
       [("冲冲冲", "4-03 · 湖北", "群满了"), ("武昌职考帮", "4-03 · 作者", "已开二群，私信"), v_helper(p)], "3412")

p = Page("/fenlei/wh/ai-33390.html", True, "U07", "小职考证工作室",
         "classifieds ad (Wuhan): WeChat with capitals, mobile")
fl_page(p, "wh", "考人工智能训练师找小职 四级/三级 学费透明 不过重学",
        [("联系人", "小职"), ("联系电话", p.w("phone", "+8613995617204", "139 9561 7204")),
         ("微信", p.w("wechat", "chutian_ai", "加v Chutian_AI")), ("区域", "武昌 - 街道口")],
        "<p>人工智能训练师四级1580元、三级2880元，不过免费重学一期（限一次）。</p>"
        "<p>教材统一用《人工智能训练师（基础知识）》，课后有题库。</p>",
        infoid="33390")

# ---------------- U08: 湖南智培人力资源有限公司 / 星城AI训练营 / 智培AI人才认证中心 (landing page)
U08_USCC = uscc("91430105", "MA4R8D1K")
p = Page("/mp/s-em12.html", True, "U08", "湖南智培人力资源有限公司",
         "WeChat article mirror: HR company, USCC, mobile with spaces")
mp_page(p, "人社新职业｜人工智能训练师报考全攻略（2026最新）", "智培人力", "2026-03-28", [
    "<p>人工智能训练师是人社部、市场监管总局、国家统计局2020年联合发布的新职业，职业编码4-04-05-05。</p>",
    "<p>很多机构宣传“人社部颁发”，其实新的职业技能等级证书是由备案的评价机构颁发的，选择机构一定要看备案。</p>",
    f"<p>我司为湖南智培人力资源有限公司（{p.w('uscc', U08_USCC, U08_USCC)}），与多家评价机构合作开展培训。</p>",
    "<p>费用：四级二千五，三级三千五，高级技师另询。</p>",
    f"<p>咨询：{p.w('phone', '+8618229753016', '182 2975 3016')}</p>",
], "em12Rt4nBv7")

p = Page("/fenlei/cs/ai-40377.html", True, "U08", "星城AI训练营",
         "classifieds ad (Changsha): tel: link with mobile, 400 number with odd dashes")
fl_page(p, "cs", "星城AI训练营 人工智能训练师 一级/二级/三级 直接报考 包过",
        [("联系人", "钟老师"), ("联系电话", f'<a href="{p.w("phone", "+8618229753016", "tel:18229753016")}">点击拨打</a>'),
         ("全国热线", p.w("phone", "4008162739", "4008-162-739")), ("区域", "雨花 - 东塘")],
        "<p>不限学历不限经验，一级二级三级都可直接报考，三证同报优惠价7980，包过，不过全额退。</p>"
        f"<p>考点：天心区职业技能鉴定考点 {p.d('cscenter', '0731-85160022')}</p>"
        f"<p>教材ISBN {p.d('isbn', '9787516742983')}</p>",
        infoid="40377")

p = Page("/lp/zpai-2026.html", True, "U08", "智培AI人才认证中心",
         "formal landing page with own domain (fake query site), 400 number with spaces, email")
CSS_LP = """body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#0b1e3f;color:#fff}.w{max-width:960px;margin:0 auto;padding:20px}
.hero{text-align:center;padding:40px}.hero h1{font-size:34px;color:#ffd54f}.pr{background:#fff;color:#333;border-radius:8px;padding:20px}
.ft{font-size:12px;color:#8fa3c7;text-align:center;padding:20px}"""
p.html = doc("智培AI人才认证中心 - 人工智能训练师等级证书报名", CSS_LP, f'''<div class="w">
<header><b>智培AI人才认证中心</b> | <a style="color:#ffd54f" href="{p.rel('/index.html')}">首页</a> | 证书查询 | 联系我们</header>
<div class="hero"><h1>人工智能训练师 职业技能等级证书</h1><p>全国通用 · 入库可查 · 终身有效</p><img src="/img/lp/cert.png" alt="人工智能训练师三级证书样本 智培AI人才认证中心"></div>
<div class="pr"><h2>报考费用</h2><table border="1" cellpadding="8" style="border-collapse:collapse;width:100%"><tr><th>等级</th><th>费用</th></tr>
<tr><td>三级（高级工）</td><td>¥3,500</td></tr><tr><td>二级（技师）</td><td>¥5,800</td></tr><tr><td>一级（高级技师）</td><td>¥7,200</td></tr></table>
<p>证书查询：{p.w('domain', 'zpai-cert.com', 'www.zpai-cert.com')}/query （另可咨询{p.d('12333', '12333')}）</p>
<p>全国咨询热线：{p.w('phone', '4008162739', '400 816 2739')} · 邮箱 {p.w('email', 'service@zpai-cert.com', 'service@zpai-cert.com')}</p></div>
<div class="ft">© 2026 智培AI人才认证中心 版权所有</div></div>''')

# ---------------- U09: 光谷AI数据学院 (school) / 数标营 (tieba) / 武汉数联未来科技有限公司
U09_USCC = uscc("91420100", "MA49XK3P")
S3 = "/school/guanggu/"
CSS_S3 = """body{margin:0;font:14px/1.7 Arial,"Microsoft YaHei";background:#fff;color:#222}.tp{background:#222;color:#bbb;font-size:12px;padding:4px 30px}
.hd{padding:16px 30px;border-bottom:4px solid #7b1fa2;display:flex;gap:30px;align-items:center}.hd a{color:#7b1fa2}
.main{width:940px;margin:20px auto}.ft{background:#f3e5f5;padding:16px 30px;font-size:12px;color:#555;margin-top:30px}"""


def s3_page(p, title, main):
    body = f'''<div class="tp">欢迎访问光谷AI数据学院官网 | 客服QQ：{p.w('qq', '1098237465', '1098237465')}</div>
<div class="hd"><img src="/img/s3/logo.svg" alt="光谷AI数据学院" height="48"><a href="{p.rel(S3 + 'index.html')}">学院首页</a><a href="{p.rel(S3 + 'kc-01.html')}">AI训练师就业班</a><a href="{p.rel(S3 + 'kc-02.html')}">企业内训</a><a href="{p.rel('/index.html')}">导航</a></div>
<div class="main">{main}</div>
<div class="ft">光谷AI数据学院 | 武汉市东湖高新区光谷软件园F区 | 电话：{p.w('phone', '+862787119036', '027-8711 9036')} | {p.w('domain', 'ggaidata.com', 'ggaidata.com')}<br>
<span class="tpl">联系电话：{p.d('placeholder', '400-000-0000')}</span> | Powered by 云端建站 QQ{p.d('builder', '800017264')}</div>'''
    p.html = doc(title, CSS_S3, body)


p = Page(S3 + "index.html", True, "U09", "光谷AI数据学院",
         "third school site: home with AI-trainer class banner (English name)")
s3_page(p, "光谷AI数据学院 - AI Trainer 人工智能训练师就业班", '''
<h1>AI Trainer 就业班 · 第18期招生</h1><p>学数据标注、学模型评测，结业可报考人工智能训练师四级。</p>
<p>学费 ￥3980（含四级考证费），分期0利息。<del>￥5980</del></p>
<ul><li><a href="kc-01.html">AI训练师就业班（四级）</a></li><li><a href="kc-02.html">企业内训/三级提升班</a></li></ul>''')

p = Page(S3 + "kc-01.html", True, "U09", "光谷AI数据学院",
         "school course page with a sign-up form by a form tool")
s3_page(p, "AI训练师就业班（四级）- 光谷AI数据学院", f'''
<h1>人工智能训练师（中级工）就业班</h1><p>8周全日制 · 项目实战 · 推荐就业</p>
<p>费用：三千九百八十元；四级鉴定费已包含。</p>
<p>结业后可申报人工智能训练师四级，证书可登录 {p.d('osta', 'zscx.osta.org.cn')} 查询。</p>
<iframe title="报名表" src="about:blank" width="600" height="120"></iframe><p style="font-size:12px;color:#999">报名表由 金数据 {p.d('jinshuju', 'jinshuju.net')} 提供技术支持</p>''')

p = Page(S3 + "kc-02.html", True, "U09", "武汉数联未来科技有限公司",
         "school's corporate-training page naming the company behind it (USCC) and a WeChat")
s3_page(p, "企业内训 / 三级提升班 - 光谷AI数据学院", f'''
<h1>人工智能训练师三级（高级工）提升班 &amp; 企业内训</h1>
<p>面向数据标注团队负责人，40学时。报价：个人2980元/人，企业团报10人以上8.5折。</p>
<p>运营主体：武汉数联未来科技有限公司（统一社会信用代码 {p.w('uscc', U09_USCC, U09_USCC)}）</p>
<p>企业合作请加微信：{p.w('wechat', 'ggai_data', 'ggai_data')}</p>
<p>教材：《人工智能训练师（基础知识）》{p.d('isbn', 'ISBN 978-7-5167-4298-3')}</p>''')

p = Page("/tieba/p/7401.html", True, "U09", "数标营",
         "Tieba post: WeChat with full-width underscore")
tb_page(p, "数据标注转正攻略+人工智能训练师四级考证经验（长文）", "人工智能训练师", [
    ("数标营", 6,
     "分享一下我们营里学员的经验：先做半年标注，再报人工智能训练师四级，实操考的就是标注和质检。<br>"
     "我们营四级班三千九百八，带实习。<br>"
     f"想进营的 {p.w('wechat', 'ggai_data', 'V：ggai＿data')}（下划线是半角的）",
     "2026-03-25 23:11", [("一只小标注", "营里在光谷吗"), ("数标营", "对的")]),
    ("老猫不吃鱼", 11, "这是广告吧，不过攻略部分是对的", "2026-03-26 08:01", []),
])

# ================================================================ INDEPENDENTS
p = Page("/tieba/p/7412.html", True, "I01", "老周考证",
         "independent seller's Tieba post (Hankou), WeChat and mobile with dashes")
tb_page(p, "人工智能训练师五级，一年工作经验的来，汉口线下", "武汉", [
    ("老周考证", 3,
     f"五级（初级工）班，汉口线下，学费980，需要一年相关工作证明。<br>"
     f"电话 {p.w('phone', '+8613554118097', '135-5411-8097')} 微信 {p.w('wechat', 'zhou_kz1989', 'zhou_kz1989')}",
     "2026-04-10 14:33", [("汉口小明", "980挺便宜")]),
])

p = Page("/fenlei/wh/ai-33508.html", True, "I02", "汉阳博睿培训",
         "independent classifieds ad (Wuhan): landline and mobile")
fl_page(p, "wh", "汉阳博睿培训 人工智能训练师 数据标注 技能培训 晚班",
        [("联系人", "吴老师"), ("联系电话", p.w("phone", "+862784471526", "027-84471526")),
         ("手机", p.w("phone", "+8615623087419", "15623087419")), ("区域", "汉阳 - 王家湾")],
        "<p>人工智能训练师四级晚班，每周二四六晚7点-9点，学费2200元。另有育婴员、保育员班。</p>",
        infoid="33508")

I03_USCC = uscc("91430102", "MA4PY7N2")
p = Page("/mp/s-fq44.html", True, "I03", "长沙云帆职业教育",
         "independent WeChat article: soft ad with USCC, WeChat, email with 圈")
mp_page(p, "AI时代，这个证书让你多一份底气 | 人工智能训练师招生", "云帆职教", "2026-04-18", [
    "<p>AI越来越火，懂AI的人越来越值钱。人工智能训练师，你值得拥有。</p>",
    "<p>开设四级、三级，学费2680/3680，长沙五一广场附近授课。</p>",
    f"<p>报名加微信 {p.w('wechat', 'yunfan_cs', 'yunfan_cs')}，简历投递 {p.w('email', 'yunfanedu@sina.com', 'yunfanedu圈sina.com')}</p>",
    f"<p>长沙云帆职业教育咨询有限公司 {p.w('uscc', I03_USCC, I03_USCC)}</p>",
], "fq44Lp0zXc3")

p = Page("/v/7560.html", True, "I04", "AI训练师阿杰",
         "independent short video; WeChat with spaced letters 'w x'")
v_page(p, "AI训练师阿杰", "ajie_ai2026",
       f"考了人工智能训练师三级之后我涨薪了2k！想要学习资料+报名的找我 w x：{p.w('wechat', 'ajie0731ai', 'ajie0731ai')}<br>三级班两千八，带你一次过",
       "视频封面：考完AI训练师三级涨薪两千",
       [("小透明", "4-20 · 湖南", "真的假的"), v_helper(p)], "6.7k")

p = Page("/fenlei/cs/ai-40412.html", True, "I05", "星沙技能驿站",
         "independent classifieds ad (Changsha): mobile + QQ")
fl_page(p, "cs", "星沙技能驿站：人工智能训练师四级 开班 长沙县",
        [("联系人", "罗老师"), ("联系电话", p.w("phone", "+8613787206651", "137 8720 6651")),
         ("QQ", p.w("qq", "2307915584", "2307915584")), ("区域", "长沙县 - 星沙")],
        f"<p>人工智能训练师四级，学费￥2,300，可协助申领技能提升补贴（需参保满一年）。</p><p>诚信经营，如有纠纷可拨打{p.d('12315', '12315')}</p>",
        infoid="40412")

I06_USCC = uscc("91420111", "MA4KQ8C0")
p = Page("/lp/rgzn-xlsh.html", True, "I06", "荆楚人工智能人才发展中心",
         "independent formal landing page: state-sounding name with 91 USCC, 400 number, own domain, form tool")
p.html = doc("荆楚人工智能人才发展中心-人工智能训练师报名入口", CSS_LP.replace("#0b1e3f", "#f4f6fb").replace("color:#fff}", "color:#222}"), f'''<div class="w">
<header><b>荆楚人工智能人才发展中心</b> · <a href="{p.rel('/index.html')}">首页</a></header>
<div class="hero"><h1 style="color:#1a237e">人工智能训练师（AI训练师）证书报名入口</h1><p>二级/三级 火热报名 · 一次报名 终身可查</p></div>
<div class="pr"><p>报名费用：三级 ¥3,980 / 二级 ¥6,980，报二送三（仅限本月）。</p>
<p>证书查询：{p.d('osta', 'zscx.osta.org.cn')}；政策咨询 {p.d('12333', '12333')}</p>
<p>报名咨询：{p.w('phone', '4006527813', '4006-527-813')}　邮箱：{p.w('email', 'jcai@jcai-talent.cn', 'jcai@jcai-talent.cn')}　官网 {p.w('domain', 'jcai-talent.cn', 'jcai-talent.cn')}</p>
<form action="#"><input placeholder="姓名"> <input placeholder="手机"> <button>立即报名</button></form><p style="font-size:12px">表单服务由 {p.d('jinshuju', 'jinshuju.net')} 提供</p>
<p class="tpl" style="display:none">联系电话 {p.d('placeholder', '400-000-0000')} · {p.d('placemail', 'admin@example.com')}</p></div>
<div class="ft">荆楚人工智能人才发展中心（武汉荆楚智才教育科技有限公司 {p.w('uscc', I06_USCC, I06_USCC)}）· 鄂ICP备25011209号</div></div>''')

# ================================================================ NON-OFFER PAGES
p = Page("/tieba/p/7330.html", False, None, None,
         "complaint thread: victim paid for a fake AI trainer certificate; quotes scam number and order number")
tb_page(p, "【避雷】报了个人工智能训练师三级，交了3800，证书查不到", "人工智能训练师", [
    ("受害者小王", 2,
     "去年十月在网上报了个“人工智能训练师三级”，对方说人社部颁发、全国联网可查，交了3800。"
     f"拿到证以后在 {p.d('osta', 'zscx.osta.org.cn')} 根本查不到！对方电话 {p.d('scamnum', '0731-84239911')} 现在打不通了。<br>"
     f"付款记录订单号 {p.d('buyer_order', '17740219983')}，已经打 {p.d('12315', '12315')} 投诉了。",
     "2026-02-18 10:22", [("老猫不吃鱼", f"报警吧，{p.d('96110', '96110')}")]),
    ("热干面不加葱", 12, "置顶一下，大家报班前先查评价机构备案", "2026-02-18 11:00", []),
])

p = Page("/tieba/p/7371.html", False, None, None,
         "discussion thread: is the certificate useful; commenter leaves own WeChat")
tb_page(p, "人工智能训练师证到底有没有用？做标注的来说说", "人工智能训练师", [
    ("光谷打工人", 9, "我们组长说有四级证可以每月多200，没证也不影响干活", "2026-03-15 20:00", []),
    ("lily在武汉", 6, f"我准备考四级，想找人一起刷题，{p.d('commenter', '加v lily_wh0817')}", "2026-03-15 20:31", []),
    ("数据民工", 5, "证本身不值钱，值钱的是补贴，参保满一年的可以去领", "2026-03-15 21:12", []),
])

p = Page("/fenlei/wh/job-33277.html", False, None, None,
         "a real job ad: data-annotation company hiring, no course sold")
fl_page(p, "wh", "【急招】数据标注员 20名 双休 4500-6500 光谷",
        [("招聘单位", "武汉某数据服务公司"), ("联系人", "HR 杨女士"), ("联系电话", "132 9712 4058"),
         ("薪资", "4500-6500元/月"), ("区域", "东湖高新 - 光谷软件园")],
        "<p>岗位职责：图像、文本、语音数据标注与质检。</p><p>任职要求：大专及以上，细心，会基本电脑操作；"
        "有人工智能训练师证书者优先，入职后公司统一安排考证，费用公司承担。</p><p>五险一金，不收任何费用。</p>",
        cat="招聘 > 普工/技工", infoid="33277")

p = Page("/fenlei/cs/px-40290.html", False, None, None,
         "another occupation's course (健康管理师), not an AI trainer offer")
fl_page(p, "cs", "健康管理师 三级 报名 长沙 线上+线下",
        [("联系人", "唐老师"), ("联系电话", "0731-8402 3317"), ("区域", "开福 - 伍家岭")],
        "<p>健康管理师三级（职业编码4-14-02-02），学费2980，线上课+线下考。</p>"
        f"<p>考点：天心区职业技能鉴定考点 {p.d('cscenter', '0731-85160022')}</p>",
        infoid="40290")

p = Page(FL_HELP, False, None, None, "classifieds platform's help page on training fraud")
p.html = doc("帮助中心 - 如何识别培训考证诈骗 - 江城分类", CSS_FL, f'''<div class="hd"><b>江城分类</b> 帮助中心 <a href="{p.rel(FL_INDEX)}">返回首页</a></div>
<div class="wrap"><div class="main"><h1>如何识别培训考证类诈骗信息</h1>
<ol><li>宣称“包过”“不过全额退”“免考拿证”的，多为虚假宣传。</li>
<li>宣称“人社部颁发”的职业技能等级证书：新的职业技能等级证书由备案的评价机构颁发，可在 {p.d('osta', 'zscx.osta.org.cn')} 查询。</li>
<li>零基础直接报二级、一级的，不符合国家职业技能标准的申报条件。</li>
<li>遇到问题请拨打人社服务热线 {p.d('12333', '12333')} 或市场监管投诉 {p.d('12315', '12315')}。</li></ol>
<p>如您发现违规信息，请联系平台客服。</p></div></div>
<div class="ft">江城分类 jcfl.cn 客服热线：{p.d('fl400', '4006605858')} 客服邮箱：{p.d('flmail', 'kefu@jcfl.cn')}<br>湖北江城信息科技有限公司 统一社会信用代码：{p.d('fluscc', DECOYS['fluscc']['value'])}</div>''')

p = Page("/mp/s-gr50.html", False, None, None,
         "policy explainer by a government WeChat account: skill-upgrade subsidy")
mp_page(p, "技能提升补贴怎么领？一图读懂", "武汉人社（转载）", "2026-03-08", [
    "<p>参加失业保险累计缴费满1年以上的企业职工，取得初级工（五级）、中级工（四级）、高级工（三级）职业资格证书或职业技能等级证书的，可申请技能提升补贴。</p>",
    "<p>补贴标准分别不超过1000元、1500元、2000元。每人每年最多享受3次，同一职业同一等级只能享受一次。</p>",
    f"<p>申领渠道：湖北政务服务网、{p.d('hubeirst', 'rst.hubei.gov.cn')}。咨询电话：{p.d('12333', '027-12333')}。</p>",
    f"<p>证书须能在 {p.d('mohrss', 'osta.mohrss.gov.cn')} 或技能人才评价证书全国联网查询系统查询。</p>",
], "gr50Bz7yTq1")

p = Page("/mp/s-hs61.html", False, None, None,
         "anti-fraud warning article quoting a scam number and hotlines")
mp_page(p, "警惕！“人工智能训练师”证书骗局又来了", "长沙反诈", "2026-04-21", [
    "<p>近期，我市多名群众反映，在网上报名“人工智能训练师”培训，被告知“包过”“人社部颁发”，缴费后证书无法查询。</p>",
    f"<p>有群众反映，自称“湘X职业评价中心”的人员使用号码 {p.d('scamnum', '0731-84239911')} 联系学员，目前已无法接通。</p>",
    f"<p>警方提示：正规职业技能等级证书可在 {p.d('osta', 'zscx.osta.org.cn')} 查询；遇到可疑情况请拨打 {p.d('96110', '96110')}。</p>",
], "hs61Pq3kLw8")

p = Page("/news/2026/0425-ai-cert.html", False, None, None,
         "local news report on fake AI-trainer certificates, quotes order number and hotlines")
news_page(p, "花3800元考“人工智能训练师”，证书却查不到", "楚天民生网记者", "2026-04-25 08:30", [
    "近日，市民王先生向本网反映，他去年通过网络报名某机构的“人工智能训练师三级”培训，对方承诺“人社部颁发、全国联网可查”。",
    f"王先生出示的付款记录显示，订单号为{p.d('buyer_order', '17740219983')}，付款金额3800元。",
    f"记者登录{p.d('osta', 'zscx.osta.org.cn')}，以证书编号查询无结果。",
    f"律师提示，职业技能等级证书由经人社部门备案的评价机构颁发，可拨打{p.d('12333', '12333')}咨询；消费纠纷可拨打{p.d('12315', '12315')}。",
    f"据{p.d('mohrss', 'www.mohrss.gov.cn')}公开信息，人工智能训练师属于2020年发布的新职业。",
])

p = Page("/v/7610.html", False, None, None,
         "a vlog about a data annotator's day, no course sold")
v_page(p, "光谷标注员日记", "biaozhu_diary",
       "打工人的一天：早上9点打卡，标注2000条对话数据，下午质检。 #数据标注 #打工人日常<br>不卖课，不带货，纯分享～",
       "视频封面：光谷数据标注员的一天",
       [("lily在武汉", "4-22 · 湖北", f"同行！{p.d('commenter', 'vx lily_wh0817')} 交流一下"), v_helper(p)], "1.1w")

# ---------------- list / index pages (built last so they can list everything)
def items(prefix):
    return [q for q in PAGES if q.path.startswith(prefix) and not q.path.endswith("index.html") and q.path != FL_HELP]


def title_of(q):
    s = q.html
    return s[s.index("<title>") + 7:s.index("</title>")]


p = Page(TB_INDEX, False, None, None, "forum bar list page linking all threads")
lis = "".join(f'<li class="j_thread_list"><a href="{p.rel(q.path)}">{title_of(q).split("_")[0]}</a> <span class="meta">回复 {len(q.path) * 3}</span></li>' for q in items("/tieba/"))
p.html = doc("汉口吧 - 帖子列表", CSS_TB, f'''<div class="top"><a href="{p.rel('/index.html')}">首页</a></div>
<div class="bar-head"><b style="font-size:20px">汉口吧 · 热门帖子</b>（武汉吧 / 长沙吧 / 人工智能训练师吧）</div>
<div class="wrap"><div class="main"><div class="box"><ul>{lis}</ul></div></div>
<div class="side"><div class="box">吧规：禁止发布广告、联系方式，违者删帖封号。</div></div></div>
<div class="foot">©2026 汉口吧 hkba.cn · 吧务监督QQ群：{p.d('tbqun', '603718245')} · {p.d('tbmail', 'bawu@hkba.cn')}</div>''')

p = Page(FL_INDEX, False, None, None, "classifieds board index listing ads in Wuhan and Changsha")
lis = "".join(f'<li><a href="{p.rel(q.path)}">{title_of(q).split(" - ")[0]}</a> <span>{"武汉" if "/wh/" in q.path else "长沙"}</span></li>' for q in items("/fenlei/"))
p.html = doc("江城分类 - 武汉 长沙 免费发布信息", CSS_FL, f'''<div class="hd"><b>江城分类</b> 武汉站 | 长沙站 <a href="{p.rel(FL_HELP)}">帮助中心</a> <a href="{p.rel('/index.html')}">网站导航</a></div>
<div class="nav"><a>首页</a><a>招聘</a><a>教育培训</a></div>
<div class="wrap"><div class="main"><h2>最新信息</h2><ul>{lis}</ul></div></div>
<div class="ft">客服热线：{p.d('fl400', '400-660-5858')} · {p.d('flmail', 'kefu@jcfl.cn')} · 湖北江城信息科技有限公司 {p.d('fluscc', DECOYS['fluscc']['value'])}</div>''')

p = Page(MP_INDEX, False, None, None, "WeChat-mirror list page")
lis = "".join(f'<li><a href="{p.rel(q.path)}">{title_of(q)}</a></li>' for q in items("/mp/"))
p.html = doc("微读江汉 - 公众号文章", CSS_MP, f'''<div class="hdr"><a href="{p.rel('/index.html')}">微读江汉</a> · 公众号文章</div>
<div class="art"><ul>{lis}</ul></div><div class="ft">投稿：{p.d('mpmail', 'tougao@wdjh.cn')}</div>''')

p = Page(V_INDEX, False, None, None, "short-video site recommendation list")
lis = "".join(f'<li><a href="{p.rel(q.path)}"><img src="/cover/{q.path[3:-5]}.jpg" alt="{title_of(q)}" width="120"> {title_of(q)}</a></li>' for q in items("/v/"))
p.html = doc("抖点 - 推荐", CSS_V, f'''<div class="top"><a href="{p.rel('/index.html')}">首页</a> <b>抖点</b> 推荐</div>
<div class="wrap"><ul>{lis}</ul></div><div class="ft">官方用户交流QQ群 {p.d('vqun', '562019384')} · {p.d('vmail', 'report@doudianv.com')}</div>''')

p = Page(NEWS_INDEX, False, None, None, "news channel list page")
lis = "".join(f'<li><a href="{p.rel(q.path)}">{title_of(q).split("_")[0]}</a></li>' for q in items("/news/"))
p.html = doc("民生_楚天民生网", CSS_NEWS, f'''<div class="mast">楚天民生网</div><div class="nav"><a href="{p.rel('/index.html')}">首页</a></div>
<div class="wrap"><h2>民生 · 曝光台</h2><ul>{lis}</ul></div><div class="ft">楚天民生网 版权所有</div>''')

p = Page("/index.html", False, None, None, "portal page linking all sites")
p.html = doc("江城导航 - 武汉 长沙 本地生活网址大全", CSS_NEWS, f'''<div class="mast">江城导航</div>
<div class="wrap"><h2>本地社区</h2><ul>
<li><a href="tieba/index.html">汉口吧（武汉吧 / 长沙吧 / 人工智能训练师吧）</a></li>
<li><a href="fenlei/index.html">江城分类信息网</a></li>
<li><a href="mp/index.html">微读江汉 · 公众号文章</a></li>
<li><a href="v/index.html">抖点短视频</a></li>
<li><a href="news/index.html">楚天民生网</a></li></ul>
<h2>培训机构</h2><ul>
<li><a href="school/zhiyuan/index.html">武汉智远职业技能培训学校</a></li>
<li><a href="school/xiangjiang/index.html">长沙湘江数智职业培训学校</a></li>
<li><a href="school/guanggu/index.html">光谷AI数据学院</a></li></ul>
<h2>推广</h2><ul><li><a href="lp/zpai-2026.html">智培AI人才认证中心</a></li><li><a href="lp/rgzn-xlsh.html">荆楚人工智能人才发展中心</a></li></ul>
<p>便民电话：人社服务 {p.d('12333', '12333')} · 反诈 {p.d('96110', '96110')} · 消费投诉 {p.d('12315', '12315')}</p></div>''')


# ================================================================ write out
def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for q in sorted(PAGES, key=lambda x: x.path):
        fp = os.path.join(SITE, q.path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(q.html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    operators = {}
    for q in PAGES:
        if q.operator and q.operator.startswith("U"):
            operators.setdefault(q.operator, {"brands": [], "ties": ""})
            if q.provider not in operators[q.operator]["brands"]:
                operators[q.operator]["brands"].append(q.provider)
    ties = {
        "U01": "tieba(wechat 薇:) - video(wechat in caps) ; video - classifieds (mobile) ; classifieds - mp (QQ)",
        "U02": "classifieds - mp (mobile) ; mp - tieba reply (domain written with 点 vs full-width)",
        "U03": "school pages share footer landline ; course-l3 - Changsha classifieds (mobile in capital Chinese numerals)",
        "U04": "tieba reply - video (wechat, full-width caps) ; video - classifieds (QQ group)",
        "U05": "mp - classifieds (landline) ; classifieds - tieba (mobile with emoji) ; tieba - video (video-account name) ; video - mp (email with [at])",
        "U06": "school pages share landline/domain ; course page - video (mobile) ; video - mp (wechat in caps)",
        "U07": "tieba - video (QQ group in Chinese numerals) ; tieba - classifieds (wechat)",
        "U08": "mp - classifieds (mobile, tel: link) ; classifieds - landing page (400 number, different grouping)",
        "U09": "school pages share QQ/landline/domain ; kc-02 - tieba (wechat with full-width underscore)",
    }
    for k in operators:
        operators[k]["ties"] = ties[k]

    decoys = []
    for key, dd in DECOYS.items():
        decoys.append({"kind": dd["kind"], "value": dd["value"], "paths": dd["paths"],
                       "written": dd["written"], "note": dd["note"]})

    truth = {
        "description": ("operators-2026-12ar: central-China (Wuhan/Changsha) web of AI-trainer (人工智能训练师, 4-04-05-05) "
                        "certificate-course ads: a Tieba-style forum, a local classifieds board, three training schools' "
                        "own sites, a WeChat-article mirror, a short-video site, a news site and two landing pages."),
        "pages": [{"path": q.path, "is_offer": q.is_offer, "operator": q.operator, "provider": q.provider,
                   "identifiers": q.ids, "note": q.note} for q in sorted(PAGES, key=lambda x: x.path)],
        "operators": dict(sorted(operators.items())),
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
