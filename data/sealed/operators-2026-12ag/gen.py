#!/usr/bin/env python3
"""Write site/ and truth.json for the sealed web operators-2026-12ag (stdlib only)."""
import json, os, shutil, html, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org(body):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(kind, div, body):
    x = kind + div + _org(body)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(x, WTS)) % 31
    return x + ALPHA[0 if r == 31 else r]


C_U01 = uscc("91", "420106", "MA4K7Q2B")   # 智跃教育科技(武汉)
C_U03 = uscc("91", "440305", "MA5H3R8N")   # 深圳启航数智
C_U05 = uscc("91", "310115", "MA1J9T4C")   # 上海芯学堂
C_U06 = uscc("91", "500105", "MA60W2E7")   # 重庆卓盈科技
C_U08 = uscc("91", "370102", "MA3P8L5D")   # 济南恒信
C_MALL = uscc("91", "330106", "MA2G6K1U")  # marketplace operator
C_EMP = uscc("91", "320508", "MA1Q4N6H")   # real employer in a job ad

# ---------------------------------------------------------------- decoys
DECOYS = {
    "d12333": ("phone", "12333", "public 人社 hotline quoted by news, explainer and several sellers"),
    "d12345": ("phone", "12345", "government service hotline quoted in complaint and warning"),
    "d12315": ("phone", "12315", "consumer-complaint hotline (news, complaint thread, marketplace footer)"),
    "dzscx": ("domain", "zscx.osta.org.cn", "official certificate query site, cited by news and by sellers of several operators"),
    "djndj": ("domain", "jndj.osta.org.cn", "official query URL printed on certificates, quoted by several operators"),
    "dmall_tel": ("phone", "+864006176518", "marketplace 淘学集 own service number in the footer of every mall page"),
    "dmall_uscc": ("uscc", C_MALL, "marketplace operator's USCC in the footer of every mall page"),
    "dmall_mail": ("email", "jubao@taoxueji.com", "marketplace report mailbox in every mall footer"),
    "dfl_tel": ("phone", "+861053270088", "classifieds site's own anti-fraud hotline on every 同城快帖 page"),
    "dbbs_grp": ("qq_group", "58320417", "forum's own member QQ group in every forum footer"),
    "dwd_tel": ("phone", "+861062917785", "Q&A site's 违法信息举报 number in every 问知 footer"),
    "dwd_mail": ("email", "jubao@wenzhi.net", "Q&A site's report mailbox in every 问知 footer"),
    "dvid_tel": ("phone", "+864009102233", "short-video platform's report hotline on every video page"),
    "djob_tel": ("phone", "+864006753310", "job board's 求职防骗热线 on every job page"),
    "dmp_dom": ("domain", "mp.weixin.qq.com", "WeChat article origin links on every 公众号 page"),
    "dscam_tel": ("phone", "+8615307712468", "scammer's phone quoted in the news warning, repeated in complaint and neutral Q&A"),
    "dscam_wx": ("wechat", "zs_kaozheng666", "scammer's WeChat quoted in the news warning and the complaint thread"),
    "dscam_qq": ("qq", "2870041956", "scammer's QQ quoted in the news warning"),
    "dcourse": ("other", "15010235522", "11-digit course code copied from a supplier catalogue onto two operators' pages; looks like a mobile number"),
    "dorder": ("other", "18820250306", "order number in the complaint thread that looks like a mobile number"),
    "dcert": ("other", "S000044000005254001207", "sample certificate number shown on several sellers' pages and the explainer"),
    "dbuild_dom": ("domain", "yunzhan-site.com", "site builder credit on two company sites of different operators"),
    "dbuild_tel": ("phone", "+864008862317", "site builder's service number in the same credit"),
    "dcentre": ("phone", "+862089235160", "assessment centre's number quoted by several sellers and a neutral forum thread"),
    "dtpl_tel": ("phone", "+8613800000000", "template placeholder phone left on two landing pages of different sellers"),
    "dtpl_mail": ("email", "example@domain.com", "template placeholder e-mail left on the same two landing pages"),
    "demp_tel": ("phone", "+8651262873390", "real employer's HR line in an honest job ad (not a seller)"),
    "demp_uscc": ("uscc", C_EMP, "real employer's USCC in an honest job ad (not a seller)"),
    "dhealth_tel": ("phone", "+8615655810273", "seller of a 健康管理师 course (another occupation), one page"),
}

PAGES = []


def page(path, title, body, *, offer=False, op=None, provider=None, ids=(), decoys=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, offer=offer, op=op, provider=provider,
                      ids=[list(i) for i in ids], decoys=list(decoys), note=note))


def rel(src, dst):
    """relative link from page src to page dst (both site paths starting with /)."""
    sd = os.path.dirname(src)
    return os.path.relpath(dst, sd if sd else "/")


def doc(title, body, css="", cls=""):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<title>{html.escape(title)}</title><style>{css}</style></head>'
            f'<body class="{cls}">\n{body}\n</body></html>\n')


# ---------------------------------------------------------------- site chromes
def mall(path, title, shop, inner, **kw):
    css = "body{font-family:sans-serif;margin:0}header{background:#ff5a00;color:#fff;padding:8px}.shop{background:#fff3e8;padding:6px}.price{color:#e40;font-size:22px}footer{font-size:12px;color:#777;border-top:1px solid #ddd;padding:8px}"
    body = (f'<header>淘学集 · 职业技能好课 | <a href="{rel(path, "/mall/index.html")}" style="color:#fff">返回频道</a></header>'
            f'<div class="shop">店铺：<b>{shop}</b> 　好评率 98.7%　已售 2.3万</div>'
            f'<main>{inner}</main>'
            f'<footer><p>淘学集平台客服热线 400-617-6518（9:00-21:00）｜ 违规举报邮箱 jubao@taoxueji.com ｜ 消费维权 12315</p>'
            f'<p>杭州淘学集网络科技有限公司 统一社会信用代码 {C_MALL} ｜ 浙ICP备2021033871号</p>'
            f'<p>平台提示：请勿脱离平台私下交易，平台不对站外交易承担责任。</p></footer>')
    kw["decoys"] = list(kw.get("decoys", ())) + ["dmall_tel", "dmall_uscc", "dmall_mail", "d12315"]
    page(path, title, doc(title, body, css), **kw)


def fenlei(path, title, inner, **kw):
    css = "body{font:14px/1.7 'Microsoft YaHei';max-width:760px;margin:auto}.post{border:1px solid #9c6;padding:10px}dt{float:left;width:90px;color:#888}dd{margin-left:100px}"
    body = (f'<div style="background:#6a3">同城快帖 · 教育培训 &gt; 职业技能 ｜ <a href="{rel(path, "/fenlei/index.html")}">列表</a></div>'
            f'<div class="post">{inner}</div>'
            f'<p style="font-size:12px;color:#999">同城快帖提醒：凡要求先交“押金”“保证金”的均为诈骗。防骗热线 010-5327 0088</p>')
    kw["decoys"] = list(kw.get("decoys", ())) + ["dfl_tel"]
    page(path, title, doc(title, body, css), **kw)


def bbs(path, title, posts, **kw):
    css = "table{border-collapse:collapse;width:100%}td{border:1px solid #ccd;vertical-align:top;padding:8px}.au{width:140px;background:#eef}"
    rows = "".join(f'<tr><td class="au">{a}<br><small>{m}</small></td><td>{t}</td></tr>' for a, m, t in posts)
    body = (f'<h2>职场充电论坛 » 职业资格与证书 » {html.escape(title)}</h2><p><a href="{rel(path, "/bbs/index.html")}">返回版块</a></p>'
            f'<table>{rows}</table><hr><p style="font-size:12px">本站会员交流 QQ群：58320417 ｜ 帖子内容仅代表作者观点</p>')
    kw["decoys"] = list(kw.get("decoys", ())) + ["dbbs_grp"]
    page(path, title, doc(title, body, css), **kw)


def wenda(path, q, answers, **kw):
    css = ".ans{border-bottom:1px solid #eee;padding:12px 0}.who{color:#369}"
    a = "".join(f'<div class="ans"><div class="who">{w}</div><div>{t}</div></div>' for w, t in answers)
    body = (f'<nav>问知 · <a href="{rel(path, "/wenda/index.html")}">职业教育话题</a></nav><h1>{html.escape(q)}</h1>{a}'
            f'<footer style="font-size:12px">违法和不良信息举报电话：010-6291 7785 ｜ 举报邮箱：jubao@wenzhi.net</footer>')
    kw["decoys"] = list(kw.get("decoys", ())) + ["dwd_tel", "dwd_mail"]
    page(path, q, doc(q, body, css), **kw)


def weibo(path, user, text, extra="", **kw):
    css = ".card{max-width:600px;margin:20px auto;border:1px solid #ddd;border-radius:8px;padding:14px;white-space:pre-line}"
    body = (f'<div class="card"><b>@{user}</b> <small>来自 微言 iPhone客户端</small>\n{text}</div>{extra}'
            f'<p style="text-align:center"><a href="{rel(path, "/weibo/index.html")}">返回话题 #AI训练师#</a></p>')
    page(path, f"{user}的微言", doc(f"{user}的微言", body, css), **kw)


def notes(path, title, author, text, comments, **kw):
    css = ".note{max-width:520px;margin:auto;white-space:pre-line}.c{color:#555;border-top:1px dashed #ccc}"
    cm = "".join(f'<div class="c"><b>{a}</b>：{t}</div>' for a, t in comments)
    body = (f'<div class="note"><h3>{html.escape(title)}</h3><i>{author}</i>\n{text}</div>'
            f'<section><h4>评论 {len(comments)}</h4>{cm}</section>'
            f'<p><a href="{rel(path, "/index.html")}">小绿书 首页</a></p>')
    page(path, title, doc(title, body, css), **kw)


def video(path, acct, caption, comments, **kw):
    css = ".v{background:#111;color:#eee;padding:14px;max-width:420px}.cap{white-space:pre-line}"
    cm = "".join(f'<li><b>{a}</b> {t}</li>' for a, t in comments)
    body = (f'<div class="v"><div>▶ 快看视频 · {acct}</div><img src="cover.jpg" alt="视频封面：{html.escape(acct)}">'
            f'<div class="cap">{caption}</div></div><h4>评论</h4><ul>{cm}</ul>'
            f'<p style="font-size:11px">快看视频 举报热线 400-910-2233 ｜ <a href="{rel(path, "/index.html")}">首页</a></p>')
    kw["decoys"] = list(kw.get("decoys", ())) + ["dvid_tel"]
    page(path, f"{acct} - 快看视频", doc(f"{acct} - 快看视频", body, css), **kw)


def mp(path, title, acct, date, inner, **kw):
    css = "article{max-width:640px;margin:auto;font-size:16px;line-height:1.8}.meta{color:#576b95}"
    body = (f'<article><h1>{html.escape(title)}</h1><p class="meta">{acct} {date}</p>{inner}'
            f'<p style="color:#999">原文链接：mp.weixin.qq.com/s/{zlib.crc32(title.encode()) % 10**8:08d}　阅读 1.2万　在看 86</p></article>'
            f'<p><a href="{rel(path, "/mp/index.html")}">更多文章</a></p>')
    kw["decoys"] = list(kw.get("decoys", ())) + ["dmp_dom"]
    page(path, title, doc(title, body, css), **kw)


def h5(path, title, inner, **kw):
    css = "body{background:linear-gradient(#1b3a8a,#4b7be5);color:#fff;font-family:sans-serif}.box{background:#fff;color:#222;margin:12px;padding:12px;border-radius:12px}input,select{width:90%;margin:4px}"
    body = f'<div class="box">{inner}</div><p><a style="color:#fff" href="{rel(path, "/index.html")}">返回</a></p>'
    page(path, title, doc(title, body, css), **kw)


def qun(path, group, lines, **kw):
    css = "pre{white-space:pre-wrap;font-family:inherit;background:#f5f5f5;padding:10px}"
    body = (f'<h3>群公告板 · {group}</h3><pre>{lines}</pre>'
            f'<p><a href="{rel(path, "/index.html")}">返回</a></p>')
    page(path, f"{group} 群公告", doc(f"{group} 群公告", body, css), **kw)


def jobs(path, title, inner, **kw):
    css = "table{border:1px solid #aaa}th{text-align:left;background:#def}"
    body = (f'<div>职点招聘 | <a href="{rel(path, "/jobs/index.html")}">全部职位</a></div>{inner}'
            f'<p style="font-size:12px">职点招聘求职防骗热线 400-675-3310：招聘中要求缴纳培训费、考证费的，请立即举报。</p>')
    kw["decoys"] = list(kw.get("decoys", ())) + ["djob_tel"]
    page(path, title, doc(title, body, css), **kw)


def news(path, title, inner, **kw):
    css = "body{font-family:serif;max-width:720px;margin:auto}.src{color:#888}"
    body = (f'<div>民生观察网 · <a href="{rel(path, "/news/index.html")}">新闻中心</a></div><h1>{html.escape(title)}</h1>{inner}')
    page(path, title, doc(title, body, css), **kw)


BUILDER = ('<p style="font-size:12px;color:#888">网站建设：云栈建站 www.yunzhan-site.com 客服 400-886-2317 ｜ '
           '模板编号 YZ-EDU-07</p>')

# ================================================================= U01 智跃
mall("/mall/item-2031.html", "人工智能训练师四级/三级精品班", "智跃AI学院旗舰店",
     '<h1>【智跃】人工智能训练师 四级/三级 精品班 线上+实操</h1>'
     '<p class="price">¥3,980 起</p><p>支持 12 期分期，每期 ¥331.67</p>'
     '<table border="1"><tr><th>级别</th><th>学费</th><th>课时</th></tr>'
     '<tr><td>四级（中级工）</td><td>¥3,980</td><td>50</td></tr><tr><td>三级（高级工）</td><td>¥4,680</td><td>40</td></tr></table>'
     '<p>报考须满足《国家职业技能标准》申报条件，报名前老师会核对工作年限。证书可在 zscx.osta.org.cn 查询。</p>'
     '<p>课程顾问：张老师 159-2760-4318 ｜ 售后QQ：2874461093</p>',
     offer=True, op="U01", provider="智跃AI学院",
     ids=[("phone", "+8615927604318", "159-2760-4318"), ("qq", "2874461093", "2874461093")],
     decoys=["dzscx"], note="marketplace item; seller phone and QQ inside the description")

weibo("/weibo/s-88412.html", "智跃教育",
      "🔥训练师证 五级 1980元 ！零基础 包过 不过全退\n"
      "AI时代最缺的就是人工智能训练师，拿证就能接数据标注单～\n"
      "咨询：+86 159 2760 4318\nvx：zhiyue_ai01\n#AI训练师# #考证#",
      offer=True, op="U01", provider="智跃教育",
      ids=[("phone", "+8615927604318", "+86 159 2760 4318"), ("wechat", "zhiyue_ai01", "zhiyue_ai01")],
      note="microblog status; overpromising (零基础 包过) level-5 offer")

page("/sites/zhiyue/index.html", "智跃教育科技 - 人工智能训练师培训",
     doc("智跃教育科技", f'''<header><h1>智跃教育科技（武汉）有限公司</h1><nav><a href="blog-level3.html">深蓝职培专栏</a> | <a href="../../index.html">站点导航</a></nav></header>
<section class="cards" style="display:flex;gap:10px">
<div style="border:1px solid #ccc;padding:8px"><h3>五级 入门班</h3><p>1980元 / 人</p></div>
<div style="border:1px solid #ccc;padding:8px"><h3>四级 进阶班</h3><p>3980元 / 人</p></div>
<div style="border:1px solid #ccc;padding:8px"><h3>三级 高级班</h3><p>4680元 / 人</p></div></section>
<p>人社部颁发 国家职业技能等级证书，全国通用，终身有效。</p>
<dl><dt>官网</dt><dd>www.zhiyue-ai.com</dd><dt>客服微信</dt><dd>ZhiYue_AI01</dd><dt>商务邮箱</dt><dd><a href="mailto:kefu@zhiyue-ai.com">kefu@zhiyue-ai.com</a></dd></dl>
<footer>智跃教育科技（武汉）有限公司 ｜ 统一社会信用代码：{C_U01} ｜ 鄂ICP备2022018826号-1{BUILDER}</footer>'''),
     offer=True, op="U01", provider="智跃教育",
     ids=[("wechat", "zhiyue_ai01", "ZhiYue_AI01"), ("uscc", C_U01, C_U01), ("domain", "zhiyue-ai.com", "www.zhiyue-ai.com"),
          ("email", "kefu@zhiyue-ai.com", "kefu@zhiyue-ai.com")],
     decoys=["dbuild_dom", "dbuild_tel"], note="company site home with cards; '人社部颁发' misattribution; builder credit shared with U06")

page("/sites/zhiyue/blog-level3.html", "深蓝职培｜三级人工智能训练师怎么报",
     doc("深蓝职培｜三级人工智能训练师怎么报", f'''<article><h1>三级人工智能训练师怎么报？一篇讲清楚</h1><p>作者：深蓝职培 教务组</p>
<p>三级（高级工）要求持四级证书并满足年限，我们会先帮你核对。学费 4 千出头，含理论+实操，可分 3 期。</p>
<p>证书样本（编号示例 S000044000005254001207），拿证后可自行查询。</p>
<p>报名邮箱：kefu(at)zhiyue-ai.com　座机：<a href="tel:02787793412">027-87793412</a></p>
<p><a href="index.html">返回智跃教育首页</a></p></article>{BUILDER}'''),
     offer=True, op="U01", provider="深蓝职培",
     ids=[("email", "kefu@zhiyue-ai.com", "kefu(at)zhiyue-ai.com"), ("phone", "+862787793412", "027-87793412")],
     decoys=["dcert", "dbuild_dom", "dbuild_tel"], note="company blog under a second brand; e-mail written with (at)")

# ================================================================= U02 博研
fenlei("/fenlei/p-50917.html", "人工智能训练师 初级/中级 报名",
       '<h2>人工智能训练师 初级/中级 火热报名 可开发票</h2>'
       '<dl><dt>类别</dt><dd>职业技能培训</dd><dt>费用</dt><dd>初级 2680元，中级 3580元</dd>'
       '<dt>商家</dt><dd>博研职业培训</dd><dt>电话</dt><dd>186 7523 0964</dd><dt>微信</dt><dd>boyan-px</dd></dl>'
       '<p>考点：华南数智职业技能评价中心（咨询 020-8923 5160）。政策问题可拨 12333 核实。</p>',
       offer=True, op="U02", provider="博研职业培训",
       ids=[("phone", "+8618675230964", "186 7523 0964"), ("wechat", "boyan-px", "boyan-px")],
       decoys=["dcentre", "d12333"], note="classifieds post, definition list")

bbs("/bbs/t-3307.html", "三级AI训练师 一次拿证 经验分享（内有福利）", [
    ("博研教育-陈老师", "注册 2025-03", "兄弟们，三级人工智能训练师我们这里三千九百八全包，一次拿证。<br>不会的实操我们有题库。<br>想了解的加薇：boyan-px（备注论坛）<br>也可以进交流群，群号 617 240 385"),
    ("路人甲", "注册 2019-11", "题库是真题？这个不太好吧"),
    ("博研教育-陈老师", "注册 2025-03", "不是真题，是模拟题，放心。")],
    offer=True, op="U02", provider="博研教育",
    ids=[("wechat", "boyan-px", "boyan-px"), ("qq_group", "617240385", "617 240 385")],
    note="forum thread opened by the seller; WeChat after 薇, QQ group with spaces")

h5("/h5/boyan-signup.html", "博研教育 在线报名",
   '<h2>人工智能训练师 报名登记表</h2><form><input placeholder="姓名"><input placeholder="手机号">'
   '<select><option>五级/初级</option><option>四级/中级</option><option>三级/高级</option></select>'
   '<button>提交</button></form><p>报名费用：学费 2 千多起，具体以级别为准；课程代码 15010235522。</p>'
   '<p>资料请发送至 boyan_edu＠126.com ，审核结果在 QQ 群 617240385 公布。</p><small>博研教育 版权所有</small>',
   offer=True, op="U02", provider="博研教育",
   ids=[("qq_group", "617240385", "617240385"), ("email", "boyan_edu@126.com", "boyan_edu＠126.com")],
   decoys=["dcourse"], note="sign-up form; full-width ＠ in e-mail; phone-like course code")

# ================================================================= U03 启航
video("/video/v-702114.html", "启航AI训练营",
      "零基础也能拿 人工智能训练师 证！\n原价9999 限时 699 🔥 五级+四级+三级 三证同发\n"
      "主页有v：qihang 下划线 shuzhi\n抖音同名 qihangAI0755",
      [("小鱼", "真的假的 三个证一起？"), ("启航AI训练营", "真的 宝 私我")],
      offer=True, op="U03", provider="启航AI训练营",
      ids=[("wechat", "qihang_shuzhi", "qihang 下划线 shuzhi"), ("other", "douyin:qihangai0755", "qihangAI0755")],
      note="short-video caption; WeChat id spelled out with 下划线 to dodge filters; 三证同发 to beginners")

notes("/notes/n-5f21a.html", "宝子们 我三级AI训练师下证啦", "启航数智 官方号",
      "学费 2 千多，跟着启航数智的老师学了一个月～\n实操真的是重点！\n想报名的姐妹 ⓥ❤ qihang_shuzhi\n"
      "电话我就写汉字了：幺三七 六零幺五 八八二三",
      [("momo", "求链接"), ("启航数智 官方号", "看正文哦 抖音也搜 qihangAI0755")],
      offer=True, op="U03", provider="启航数智",
      ids=[("wechat", "qihang_shuzhi", "qihang_shuzhi"), ("phone", "+8613760158823", "幺三七 六零幺五 八八二三"),
           ("other", "douyin:qihangai0755", "qihangAI0755")],
      note="notes-app post; phone written in Chinese numerals")

qun("/qun/xingchen-notice.html", "星辰培训·AI训练师3群",
    "【群公告】\n本期 五级 四级 三级 可同报，三级一起报优惠价 ¥5,200\n"
    "报名找班主任：１３７６０１５８８２３（同微）\n新同学请加大群：735908164\n"
    "证书官网可查 ✅ 不过包重考\n——星辰培训 教务处",
    offer=True, op="U03", provider="星辰培训",
    ids=[("phone", "+8613760158823", "１３７６０１５８８２３"), ("qq_group", "735908164", "735908164")],
    note="chat-group board, pre text; full-width digits")

mp("/mp/qihang-0311.html", "2026年人工智能训练师报考全攻略（附报名通道）", "启航数智", "2026-03-11",
   '<p>人工智能训练师（职业编码 4-04-05-05）是2020年发布的新职业，共五个等级。</p>'
   '<p>证书属于职业技能等级证书，可登录 zscx.osta.org.cn 查询。</p>'
   '<p>我们的课程：四级 ¥3,280 / 三级 ¥4,480。</p>'
   f'<p style="background:#f7f7f7">学员交流Q群：7359 08164<br>投稿/合作：qihang_ai@163.com<br>深圳启航数智科技有限公司（统一社会信用代码 {C_U03}）</p>',
   offer=True, op="U03", provider="启航数智",
   ids=[("qq_group", "735908164", "7359 08164"), ("email", "qihang_ai@163.com", "qihang_ai@163.com"), ("uscc", C_U03, C_U03)],
   decoys=["dzscx"], note="WeChat-article advertorial")

# ================================================================= U04 鼎程
jobs("/jobs/j-44120.html", "AI训练师（数据标注方向） 6-9K",
     '<h2>AI训练师（数据标注方向） 6-9K · 杭州</h2><table><tr><th>公司</th><td>鼎程人才服务</td></tr>'
     '<tr><th>要求</th><td>入职前须持人工智能训练师四级证书，无证者公司可代报培训，学费2千多，可从工资里扣</td></tr>'
     '<tr><th>联系</th><td>0571-86152209 / 133 2571 8840（刘经理）</td></tr><tr><th>简历</th><td>dingcheng_hr@sina.com</td></tr></table>'
     '<p>证书可在 jndj.osta.org.cn 查询。</p>',
     offer=True, op="U04", provider="鼎程人才",
     ids=[("phone", "+8657186152209", "0571-86152209"), ("phone", "+8613325718840", "133 2571 8840"),
          ("email", "dingcheng_hr@sina.com", "dingcheng_hr@sina.com")],
     decoys=["djndj"], note="job post that sells a course (train-before-hire)")

fenlei("/fenlei/p-51288.html", "人工智能训练师(数据标注员)四级 学费￥2,980",
       '<h2>人工智能训练师(数据标注员) 四级 周末班</h2><p>学费￥2,980，含教材、模拟考。</p>'
       '<p>商家：鼎程职业技能　QQ 1948302576</p><p>邮箱 dingcheng_hr [at] sina.com</p>',
       offer=True, op="U04", provider="鼎程职业技能",
       ids=[("qq", "1948302576", "1948302576"), ("email", "dingcheng_hr@sina.com", "dingcheng_hr [at] sina.com")],
       note="classifieds; e-mail with [at]")

wenda("/wenda/q-1180.html", "数据标注员和人工智能训练师是一回事吗？", [
    ("鼎程职业技能 · 培训顾问", "数据标注员是人工智能训练师下面的一个工种。想考证可以找我们，四级报名正在进行，"
     "扣扣：1 9 4 8 3 0 2 5 7 6，威信 dcrc2025（备注问知）。"),
    ("匿名用户", "是的，标准里有两个工种：数据标注员和人工智能算法测试员。")],
    offer=True, op="U04", provider="鼎程职业技能",
    ids=[("qq", "1948302576", "1 9 4 8 3 0 2 5 7 6"), ("wechat", "dcrc2025", "dcrc2025")],
    note="Q&A answer by the seller; QQ digits spaced, 威信")

# ================================================================= U05 芯学堂 / 东篱
mall("/mall/item-2077.html", "AI训练师三级 补贴后几乎免费", "未来芯学堂",
     '<h1>人工智能训练师 三级 ｜ 补贴后几乎免费</h1><p class="price">4280元</p>'
     '<ul><li>符合条件可申领技能提升补贴</li><li>考点：华南数智职业技能评价中心 020-8923 5160</li>'
     '<li>课程代码 15010235522</li></ul><p>加v：weilaixin88 ｜ 电话 177 0213 6695</p>',
     offer=True, op="U05", provider="未来芯学堂",
     ids=[("wechat", "weilaixin88", "weilaixin88"), ("phone", "+8617702136695", "177 0213 6695")],
     decoys=["dcentre", "dcourse"], note="marketplace item; subsidy claim; assessment-centre number and course code also on other sellers")

mall("/mall/item-2078.html", "训练师证 四级 冲刺班", "东篱教育",
     '<h1>训练师证 四级 冲刺班（含模拟机考）</h1><p class="price">￥3,380</p>'
     '<img src="qr.png" alt="客服二维码 扫码咨询">'
     '<p>咨询热线:17702136695(同微)　Q:3190457721</p>',
     offer=True, op="U05", provider="东篱教育",
     ids=[("phone", "+8617702136695", "17702136695"), ("qq", "3190457721", "3190457721")],
     note="second shop name on the same marketplace")

h5("/h5/xinxuetang.html", "芯学堂在线 · AI训练师课程",
   '<h2>芯学堂在线</h2><p>人工智能训练师 五级 / 四级 / 三级 全程直播 + 实操</p>'
   '<p><b>三千九百八</b> 起，支持花呗分期</p><p>证书联网可查：zscx.osta.org.cn；政策咨询 12333</p>'
   f'<p>客服QQ 3190457721 ｜ 官网 www.xinxuetang.net</p><p style="font-size:11px">上海芯学堂教育科技有限公司 {C_U05}</p>',
   offer=True, op="U05", provider="芯学堂在线",
   ids=[("qq", "3190457721", "3190457721"), ("domain", "xinxuetang.net", "www.xinxuetang.net"), ("uscc", C_U05, C_U05)],
   decoys=["dzscx", "d12333"], note="mini-program style landing page")

mp("/mp/xinxuetang-0402.html", "人工智能训练师到底值不值得考？", "芯学堂在线", "2026-04-02",
   '<p>很多同学问我们这个证书值不值，我们从三个方面分析……</p>'
   '<p>本期学费：四级 3380元，三级 4280元，两级同报减 500。</p>'
   f'<p>主办单位：上海芯学堂教育科技有限公司<br>统一社会信用代码：{C_U05}<br>联系邮箱：service@xinxuetang.net</p>',
   offer=True, op="U05", provider="芯学堂在线",
   ids=[("uscc", C_U05, C_U05), ("email", "service@xinxuetang.net", "service@xinxuetang.net")],
   note="WeChat article; bundle discount for two levels")

# ================================================================= U06 卓盈
page("/sites/zhuoying/index.html", "卓盈科技 | AI人才培养",
     doc("卓盈科技", f'''<div style="background:#0a2540;color:#fff;padding:20px"><h1>卓盈科技</h1><p>AI人才培养 · 企业数据服务</p></div>
<p><a href="course.html">卓盈AI研究院 课程</a> | <a href="../../index.html">导航</a></p>
<p>二级/技师 直通班：零基础 不限学历，12800元 一步到位！</p>
<address>重庆市渝中区 ｜ 电话 023-67881520 ｜ www.zhuoying-ai.cn</address>
<p>重庆卓盈科技有限公司 统一社会信用代码 {C_U06}</p>{BUILDER}'''),
     offer=True, op="U06", provider="卓盈科技",
     ids=[("phone", "+862367881520", "023-67881520"), ("domain", "zhuoying-ai.cn", "www.zhuoying-ai.cn"), ("uscc", C_U06, C_U06)],
     decoys=["dbuild_dom", "dbuild_tel"], note="company site; level 2 to beginners; same builder credit as U01 site")

page("/sites/zhuoying/course.html", "卓盈AI研究院 课程介绍",
     doc("卓盈AI研究院 课程介绍", f'''<h1>卓盈AI研究院 · 人工智能训练师</h1>
<table border="1"><tr><td>高级（三级）</td><td>¥6,800</td></tr><tr><td>技师（二级）</td><td>¥12,800</td></tr></table>
<p>证书样本编号 S000044000005254001207 </p>
<p>报名：<a href="mailto:peixun@zhuoying-ai.cn">peixun@zhuoying-ai.cn</a> ｜ 座机 (023)67881520 ｜ 招生老师 199-2340-6677</p>
<p><a href="index.html">卓盈科技首页</a></p>{BUILDER}'''),
     offer=True, op="U06", provider="卓盈AI研究院",
     ids=[("email", "peixun@zhuoying-ai.cn", "peixun@zhuoying-ai.cn"), ("phone", "+862367881520", "(023)67881520"),
          ("phone", "+8619923406677", "199-2340-6677")],
     decoys=["dcert", "dbuild_dom", "dbuild_tel"], note="course page of the same company site, second brand")

bbs("/bbs/t-3412.html", "求问：有没有靠谱的AI训练师培训？", [
    ("想转行的猫", "注册 2024-06", "想考个人工智能训练师，预算三四千，有推荐吗？"),
    ("卓盈AI研究院", "注册 2026-01", "我们重庆的，高级 6800 含实操，可以了解一下。电话不让发，我拆开写：199🐟2340🐟6677，或者V：zyai_laoshi"),
    ("老会员", "注册 2012-02", "注意看机构是否备案，别光看广告。")],
    offer=True, op="U06", provider="卓盈AI研究院",
    ids=[("phone", "+8619923406677", "199🐟2340🐟6677"), ("wechat", "zyai_laoshi", "zyai_laoshi")],
    note="forum thread where the seller replies; phone split by emoji")

# ================================================================= U07 知行 / 小鹿
notes("/notes/n-8c03e.html", "数据标注员考证避坑指南（附我的老师）", "小鹿职培",
      "考了四级人工智能训练师，总结几点：\n1. 先看自己工作年限够不够\n2. 实操占比大\n"
      "我报的班学费三千出头，老师很负责，需要的 ⓥ zhixing-ai-lu",
      [("阿杰", "多少钱"), ("小鹿职培", "三千出头，私信")],
      offer=True, op="U07", provider="小鹿职培",
      ids=[("wechat", "zhixing-ai-lu", "zhixing-ai-lu")],
      note="notes post disguised as experience; WeChat after ⓥ")

weibo("/weibo/s-90127.html", "知行AI",
      "人工智能训练师 中级/高级 周末班开课啦！\n中级 ¥3,180　高级 ¥4,380\n"
      "V信 zhixing-ai-lu\n邮箱 xiaolu_zx＃qq.com（＃换成@）",
      offer=True, op="U07", provider="知行AI",
      ids=[("wechat", "zhixing-ai-lu", "zhixing-ai-lu"), ("email", "xiaolu_zx@qq.com", "xiaolu_zx＃qq.com")],
      note="microblog; e-mail with ＃ instead of @")

wenda("/wenda/q-1204.html", "人工智能训练师四级难考吗？", [
    ("知行数据标注学院", "不难，理论+实操，我们通过率很高。四级学费3180元，报名请发邮件 xiaolu_zx@qq.com 或致电 151-7209-3358。"),
    ("热心网友", "理论和实操各 100 分，60 分及格，认真准备就行。")],
    offer=True, op="U07", provider="知行数据标注学院",
    ids=[("email", "xiaolu_zx@qq.com", "xiaolu_zx@qq.com"), ("phone", "+8615172093358", "151-7209-3358")],
    note="Q&A answer by seller")

qun("/qun/zhixing-notice.html", "知行数据标注学院 学员群",
    "📢 6月班报名截止本周五\n五级 1680 / 四级 3180 / 三级 4380\n"
    "报名电话 151 7209 3358\n备用群 824613907\n请勿相信群内私聊收费！",
    offer=True, op="U07", provider="知行数据标注学院",
    ids=[("phone", "+8615172093358", "151 7209 3358"), ("qq_group", "824613907", "824613907")],
    note="chat-group board")

# ================================================================= U08 恒信
h5("/h5/hengxin-form.html", "恒信职业评价 报名",
   '<h2>恒信职业评价 · 人工智能训练师认定报名</h2>'
   '<p>全国联网可查：www.hxzscx.com（恒信证书查询）</p>'
   '<form><input placeholder="姓名"><input placeholder="身份证号"><button>立即报名</button></form>'
   '<p>咨询：<a href="tel:+8613098724415">130 9872 4415</a></p><p>课程代码 15010235522</p>'
   '<div style="font-size:11px;color:#888">模板默认联系方式：电话 138-0000-0000 ｜ 邮箱 example@domain.com ｜ 微信号：xxxxxx</div>'
   f'<footer style="font-size:11px">济南恒信职业技能评价有限公司 统一社会信用代码 {C_U08}</footer>',
   offer=True, op="U08", provider="恒信职业评价",
   ids=[("phone", "+8613098724415", "130 9872 4415"), ("uscc", C_U08, C_U08), ("domain", "hxzscx.com", "www.hxzscx.com")],
   decoys=["dcourse", "dtpl_tel", "dtpl_mail"], note="sign-up form; own 'query site' domain; leftover template placeholders")

fenlei("/fenlei/p-52001.html", "恒信 人工智能训练师 五级四级三级 认定",
       '<h2>人工智能训练师 五级/四级/三级 认定 报名中</h2><p>费用：五级 1500 四级 2600 三级 3900（元）</p>'
       f'<table border="1"><tr><td>认证商家</td><td>恒信教育咨询</td></tr><tr><td>营业执照</td><td>{C_U08}</td></tr>'
       '<tr><td>QQ</td><td>2267910384</td></tr><tr><td>证书查询</td><td>www.hxzscx.com</td></tr></table>',
       offer=True, op="U08", provider="恒信教育咨询",
       ids=[("uscc", C_U08, C_U08), ("qq", "2267910384", "2267910384"), ("domain", "hxzscx.com", "www.hxzscx.com")],
       note="classifieds with verified-merchant table")

video("/video/v-705580.html", "恒信教育咨询",
      "人工智能训练师 线上考 在家就能拿证\n不限学历 不限年龄\n扣 2267 910 384\nwx：hengxin_jn",
      [("用户2231", "多少钱"), ("恒信教育咨询", "五级一千五")],
      offer=True, op="U08", provider="恒信教育咨询",
      ids=[("qq", "2267910384", "2267 910 384"), ("wechat", "hengxin_jn", "hengxin_jn")],
      note="short-video page text")

# ================================================================= U09 青藤 / 拾光
mp("/mp/qingteng-0520.html", "1+X 人工智能训练师证书 最后一期", "青藤学苑", "2026-05-20",
   '<p>1+X 人工智能训练师证书，本期之后停止报名！高级 ¥4,980，可分 6 期。</p>'
   '<p>证书上印有 jndj.osta.org.cn 查询网址。</p>'
   '<p>官网：qingteng-edu 点 com（平台不让发链接）<br>招生邮箱：zhaosheng@qingteng-edu.com</p>',
   offer=True, op="U09", provider="青藤学苑",
   ids=[("domain", "qingteng-edu.com", "qingteng-edu 点 com"), ("email", "zhaosheng@qingteng-edu.com", "zhaosheng@qingteng-edu.com")],
   decoys=["djndj"], note="WeChat article selling a 1+X certificate after the 2025 handover; domain written with 点")

jobs("/jobs/j-44987.html", "AI训练师储备干部（带薪培训）",
     '<h2>AI训练师储备干部 · 带薪培训 · 青藤AI职业学院</h2>'
     '<p>岗位说明：先参加我院“人工智能训练师三级”培训（学费 4980 元，可贷款分期），结业后推荐就业。</p>'
     '<p>联系人：赵老师 182-0951-7736　邮箱 zhaosheng@qingteng-edu.com</p><p>证书查询 jndj.osta.org.cn</p>',
     offer=True, op="U09", provider="青藤AI职业学院",
     ids=[("phone", "+8618209517736", "182-0951-7736"), ("email", "zhaosheng@qingteng-edu.com", "zhaosheng@qingteng-edu.com")],
     decoys=["djndj"], note="job post that is a training loan funnel")

mall("/mall/item-2104.html", "拾光教育 人工智能训练师 高级", "拾光教育",
     '<h1>拾光教育｜人工智能训练师 高级（三级）</h1><p class="price">学费 ¥4,980 可分期</p>'
     '<p>客服 +86-182-0951-7736 ｜ 微信 shiguang_edu</p>',
     offer=True, op="U09", provider="拾光教育",
     ids=[("phone", "+8618209517736", "+86-182-0951-7736"), ("wechat", "shiguang_edu", "shiguang_edu")],
     note="marketplace item under a third brand")

# ================================================================= independents
fenlei("/fenlei/p-52314.html", "个人辅导 AI训练师五级",
       '<h2>个人辅导 人工智能训练师五级 一对一</h2><p>本人持三级证，辅导五级理论与实操，800元/期。</p>'
       '<p>李老师 139 0871 5526（昆明）。报考条件以12333答复为准。</p>',
       offer=True, op="I01", provider="李老师",
       ids=[("phone", "+8613908715526", "139 0871 5526")], decoys=["d12333"], note="individual tutor")

weibo("/weibo/s-91550.html", "AI训练师小周",
      "接 人工智能训练师 四级 陪跑，学费 2 千多，不包过，认真学都能过。\n私信或+v zhou_ai_trainer",
      offer=True, op="I02", provider="AI训练师小周",
      ids=[("wechat", "zhou_ai_trainer", "zhou_ai_trainer")], note="honest-sounding microblog offer")

mall("/mall/item-2150.html", "灵犀职教 人工智能训练师", "灵犀职教",
     '<h1>灵犀职教 人工智能训练师 四级</h1><p class="price">2,880元</p>'
     '<p>考点：华南数智职业技能评价中心 020-8923 5160；证书 zscx.osta.org.cn 可查。</p>'
     '<p>咨询 QQ 1572338049 ｜ 电话 0755-2831 6607</p>',
     offer=True, op="I03", provider="灵犀职教",
     ids=[("qq", "1572338049", "1572338049"), ("phone", "+8675528316607", "0755-2831 6607")],
     decoys=["dcentre", "dzscx"], note="independent marketplace seller sharing only platform and centre numbers")

wenda("/wenda/q-1299.html", "人工智能训练师证书有什么用？", [
    ("明远培训 王老师", "可以作为技能证明，部分地区可申请补贴。我们明远培训开设四级班，学费 二千六，"
     "Q号写大写防屏蔽：叁零伍柒柒壹贰陆肆"),
    ("职场老兵", "看岗位，有些数据标注公司会优先。")],
    offer=True, op="I04", provider="明远培训",
    ids=[("qq", "305771264", "叁零伍柒柒壹贰陆肆")], note="QQ written in capital Chinese numerals")

video("/video/v-707733.html", "AI小课堂",
      "人工智能训练师 三级 备考课 1299元\n证书长这样 👉 编号 S000044000005254001207\n"
      "资料领取：aixiaoketang 圈 163 点 com",
      [("路过", "求资料")],
      offer=True, op="I05", provider="AI小课堂",
      ids=[("email", "aixiaoketang@163.com", "aixiaoketang 圈 163 点 com")],
      decoys=["dcert"], note="e-mail hidden with 圈/点")

h5("/h5/xinqidian.html", "新启点教育 AI训练师",
   '<h2>新启点教育</h2><p>人工智能训练师 五级 ¥1,680 ／ 四级 ¥2,780</p>'
   '<p>立即咨询：<a href="tel:18537260094">185 3726 0094</a></p>'
   '<div style="font-size:11px;color:#888">模板默认联系方式：电话 138-0000-0000 ｜ 邮箱 example@domain.com ｜ 微信号：xxxxxx</div>',
   offer=True, op="I06", provider="新启点教育",
   ids=[("phone", "+8618537260094", "185 3726 0094")], decoys=["dtpl_tel", "dtpl_mail"],
   note="landing page built from the same template as U08's form")

# ================================================================= non-offer pages
news("/news/warning-0612.html", "警惕“包过拿证”骗局：多人被骗数千元",
     '<p class="src">记者 孙蕾 2026-06-12</p><p>近日，多名市民反映，一名自称“考证中心”的人员通过电话 153-0771-2468、'
     '微信 zs_kaozheng666 及 QQ 2870041956 推销“人工智能训练师三级包过”，收费 3980 元后失联。</p>'
     '<p>警方提示：遇到此类情况请拨打 12345 或 12315 投诉，证书真伪请通过 zscx.osta.org.cn 查询。</p>',
     decoys=["dscam_tel", "dscam_wx", "dscam_qq", "d12345", "d12315", "dzscx"],
     note="news warning quoting a scammer's numbers and a price")

news("/news/policy-subsidy.html", "技能提升补贴申领指南（2026）",
     '<p>参保职工取得职业技能等级证书的，可按规定申领技能提升补贴：五级 1000元、四级 1500元、三级 2000元。</p>'
     '<p>具体以当地人社部门公布为准，咨询电话 12333。</p>',
     decoys=["d12333"], note="policy news with subsidy amounts that look like prices")

news("/news/explainer-cert.html", "一图读懂：职业技能等级证书怎么查",
     '<ol><li>登录 zscx.osta.org.cn，输入姓名、证件号、证书编号；</li><li>证书上印有 jndj.osta.org.cn；</li>'
     '<li>证书编号示例：S000044000005254001207（仅为示意）；</li><li>有疑问拨打 12333。</li></ol>'
     '<p>职业技能等级证书由备案的评价机构颁发，并非“人社部颁发”。</p>',
     decoys=["dzscx", "djndj", "dcert", "d12333"], note="official-style explainer")

news("/news/index.html", "新闻中心",
     '<ul><li><a href="warning-0612.html">警惕“包过拿证”骗局</a></li><li><a href="policy-subsidy.html">技能提升补贴申领指南</a></li>'
     '<li><a href="explainer-cert.html">职业技能等级证书怎么查</a></li></ul>', note="news list page")

wenda("/wenda/q-1333.html", "网上3980元的AI训练师培训靠谱吗？", [
    ("职业规划师 Ada", "价格本身不能说明问题。标准规定五级要一年相关工作经历，宣称“零基础包过”“三证同发”的要小心。"
     "新闻里曝光过 153 0771 2468 这种号码，收了 3980 元就跑路。"),
    ("学员小何", "我在正规机构报的四级，学费三千出头，考点收的认定费另算。")],
    decoys=["dscam_tel"], note="neutral Q&A quoting a scam number and real-looking prices")

wenda("/wenda/index.html", "职业教育话题",
      [("话题", '<a href="q-1180.html">数据标注员和人工智能训练师</a> · <a href="q-1204.html">四级难考吗</a> · '
                '<a href="q-1299.html">证书有什么用</a> · <a href="q-1333.html">3980元培训靠谱吗</a>')],
      note="Q&A topic index")

bbs("/bbs/t-3501.html", "【投诉】交了钱老师拉黑了", [
    ("维权中", "注册 2023-08", "3月在网上报了个人工智能训练师，订单号 18820250306，对方微信 zs_kaozheng666，交完钱就拉黑。"
     "已打 12345 和 12315，大家小心！"),
    ("版主", "注册 2010-01", "已置顶，建议同时报警。")],
    decoys=["dorder", "dscam_wx", "d12345", "d12315"], note="complaint thread")

bbs("/bbs/t-3520.html", "四级考完了，说说真实流程和费用", [
    ("刚考完", "注册 2021-05", "我在华南数智职业技能评价中心考的（报名电话 020-8923 5160），认定费 430 元，理论+实操各 100 分，60 及格。"
     "培训是另外交的，别信包过。"),
    ("路人乙", "注册 2022-09", "感谢分享")],
    decoys=["dcentre"], note="neutral exam-experience thread quoting the assessment centre and a fee")

bbs("/bbs/index.html", "职业资格与证书 版块",
    [("版块", "", '<a href="t-3307.html">三级AI训练师 一次拿证</a><br><a href="t-3412.html">求问靠谱培训</a><br>'
                  '<a href="t-3501.html">【投诉】交了钱老师拉黑了</a><br><a href="t-3520.html">四级真实流程和费用</a>')],
    note="forum board index")

jobs("/jobs/j-45002.html", "数据标注专员（正式岗）",
     '<h2>数据标注专员 · 苏州 · 6-8K · 五险一金</h2><p>无需自费培训，入职后公司内训；有人工智能训练师证书优先。</p>'
     f'<p>HR：0512-6287 3390 ｜ 苏州远帆数据科技有限公司（{C_EMP}）</p>',
     decoys=["demp_tel", "demp_uscc"], note="real job ad, no course sold")

jobs("/jobs/index.html", "全部职位",
     '<ul><li><a href="j-44120.html">AI训练师（数据标注方向）</a></li><li><a href="j-44987.html">AI训练师储备干部</a></li>'
     '<li><a href="j-45002.html">数据标注专员（正式岗）</a></li></ul>', note="job list page")

mall("/mall/item-2190.html", "健康管理师 三级 课程", "康泰职培",
     '<h1>健康管理师 三级 直播课</h1><p class="price">¥2,680</p><p>咨询 156 5581 0273</p>',
     decoys=["dhealth_tel"], note="another occupation's course on the same marketplace")

mall("/mall/index.html", "职业技能频道", "淘学集自营频道",
     '<ul><li><a href="item-2031.html">智跃 人工智能训练师精品班</a></li><li><a href="item-2077.html">AI训练师三级</a></li>'
     '<li><a href="item-2078.html">训练师证 四级 冲刺班</a></li><li><a href="item-2104.html">拾光教育 高级</a></li>'
     '<li><a href="item-2150.html">灵犀职教 四级</a></li><li><a href="item-2190.html">健康管理师 三级</a></li></ul>',
     note="marketplace channel list")

fenlei("/fenlei/index.html", "教育培训列表",
       '<ul><li><a href="p-50917.html">人工智能训练师 初级/中级</a></li><li><a href="p-51288.html">数据标注员 四级</a></li>'
       '<li><a href="p-52001.html">五级四级三级 认定</a></li><li><a href="p-52314.html">个人辅导 五级</a></li></ul>',
       note="classifieds list")

weibo("/weibo/index.html", "话题主持人",
      "#AI训练师# 话题页\n热门：",
      extra='<ul><li><a href="s-88412.html">智跃教育</a></li><li><a href="s-90127.html">知行AI</a></li><li><a href="s-91550.html">AI训练师小周</a></li></ul>',
      note="microblog topic page")

mp("/mp/index.html", "公众号文章合集", "文章聚合", "2026-06",
   '<ul><li><a href="qihang-0311.html">报考全攻略</a></li><li><a href="xinxuetang-0402.html">值不值得考</a></li>'
   '<li><a href="qingteng-0520.html">1+X 最后一期</a></li></ul>', note="article list page")

# ---------------------------------------------------------------- root index
root = ('<h1>职业技能信息导航</h1><ul>'
        + "".join(f'<li><a href="{p["path"].lstrip("/")}">{html.escape(p["title"])}</a></li>'
                  for p in PAGES if p["path"].endswith("/index.html")
                  or p["path"].split("/")[1] in ("notes", "video", "h5", "qun"))
        + '</ul>')
page("/index.html", "职业技能信息导航", doc("职业技能信息导航", root), note="root index")


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        f = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(p["body"])
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            ops.setdefault(p["op"], []).append(p)
    operators = []
    for oid in sorted(ops):
        brands = []
        for p in ops[oid]:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        chain = "; ".join(f'{p["path"]}: ' + ", ".join(f"{k}={v}" for k, v, _ in p["ids"]) for p in ops[oid])
        operators.append([oid, {"brands": brands, "ties": "chain of shared seller identifiers — " + chain}])
    dpaths = {k: [] for k in DECOYS}
    for p in PAGES:
        for d in p["decoys"]:
            if p["path"] not in dpaths[d]:
                dpaths[d].append(p["path"])
    truth = {
        "description": ("Sealed web operators-2026-12ag: 人工智能训练师 course sellers across a marketplace, classifieds, "
                        "forum, Q&A, microblog, notes app, short video, WeChat articles, landing/sign-up pages, chat-group "
                        "boards, two company sites and a job board, plus news and list pages. Normalization: phones +86 then "
                        "digits (area code without 0; short hotlines as dialled); wechat/email/domain lower-case; qq and "
                        "qq_group digits; uscc upper-case; other = 'douyin:<id>'. Domains are listed only where a site "
                        "address is written, not for e-mail domains. 'written' is a substring of the page's visible text "
                        "(entities unescaped, whitespace collapsed) or of an alt attribute."),
        "pages": [{"path": p["path"], "is_offer": p["offer"], "operator": p["op"], "provider": p["provider"],
                   "identifiers": p["ids"], "note": p["note"]} for p in PAGES],
        "operators": operators,
        "decoys": [{"kind": DECOYS[k][0], "value": DECOYS[k][1], "paths": dpaths[k], "note": DECOYS[k][2]}
                   for k in DECOYS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
