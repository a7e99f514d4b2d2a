#!/usr/bin/env python3
"""Generate a sealed labeled web of Chinese AI-trainer (人工智能训练师, 4-04-05-05) course ads.

stdlib only.  Writes site/ (HTML pages + robots.txt) and truth.json next to this file.
All names, numbers, companies and domains are invented.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- helpers
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def make_uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(s17, WEIGHTS))
    r = 31 - s % 31
    r = 0 if r == 31 else r
    return s17 + ALPHA[r]


FW = str.maketrans("0123456789-@", "０１２３４５６７８９－＠")


def fw(s):
    return s.translate(FW)


def I(kind, norm, written):
    return [kind, norm, written]


# ---------------------------------------------------------------- identifiers
USCC_U01 = make_uscc("91330106", "MA2H7K3Q")
USCC_U02 = make_uscc("91440300", "MA5G8R2W")
USCC_U04 = make_uscc("91110108", "MA01TX6P")
USCC_U05 = make_uscc("91440106", "MA9W3CEU")
USCC_U07 = make_uscc("91610131", "MA6XBN4R")
USCC_U08 = make_uscc("52310104", "MJ482653")
USCC_I03 = make_uscc("52340104", "MJ8892A1")
USCC_EVAL = make_uscc("52440000", "MJL01937")   # decoy: third-party evaluation org quoted by sellers
CERT_SAMPLE = "S0000440100212530" + "00871"      # decoy: sample certificate number on 证书样本 images
assert len(CERT_SAMPLE) == 22

# decoy identifiers (kind, normalized) -> written forms are given where used
D = {
    "h12333": ("phone", "+8612333"),
    "h12345": ("phone", "+8612345"),
    "h96110": ("phone", "+8696110"),
    "hprov": ("phone", "+862083362012"),
    "osta": ("domain", "osta.org.cn"),
    "mohrss": ("domain", "mohrss.gov.cn"),
    "mall_tel": ("phone", "+864008871166"),
    "mall_mail": ("email", "kefu@youkejishi.com"),
    "mall_dom": ("domain", "youkejishi.com"),
    "mall_cat": ("other", "course:KC-2207-AIT"),
    "mall_icp": ("other", "icp:浙ICP备20210458号-3"),
    "fl_qq": ("qq", "800066218"),
    "fl_dom": ("domain", "bcxxg.com"),
    "bbs_grp": ("qq_group", "612345078"),
    "bbs_dom": ("domain", "zhichangquan.net"),
    "zp_tel": ("phone", "+864006017788"),
    "zp_mail": ("email", "jubao@caipin.com"),
    "zp_dom": ("domain", "caipin.com"),
    "xcx_app": ("other", "appid:wx3f9c21a07b66d4e2"),
    "xcx_tel": ("phone", "+864001023456"),
    "form_dom": ("domain", "sutianbiaodan.com"),
    "yf_qq": ("qq", "2850011226"),
    "yf_dom": ("domain", "yunfanjianzhan.com"),
    "scam_tel": ("phone", "+8617099871234"),
    "scam_wx": ("wechat", "rsb_zhengshu01"),
    "eval_uscc": ("uscc", USCC_EVAL),
    "cert": ("other", "cert:" + CERT_SAMPLE),
    "isbn": ("other", "isbn:9787516745218"),
    "plan": ("other", "plan:ZJ-RG-2026-0412"),
    "newsline": ("phone", "+8657185123399"),
}
DECOY_KIND_NOTE = {
    "h12333": "public hotline (人社 12333)",
    "h12345": "public hotline (政务服务便民热线 12345)",
    "h96110": "public hotline (反诈劝阻 96110)",
    "hprov": "provincial skill-appraisal guidance centre number",
    "osta": "official verification site",
    "mohrss": "official ministry site",
    "mall_tel": "marketplace customer-service number in every shop footer",
    "mall_mail": "marketplace customer-service e-mail",
    "mall_dom": "marketplace domain",
    "mall_cat": "marketplace catalogue/course category code",
    "mall_icp": "marketplace ICP filing number in every footer",
    "fl_qq": "classifieds site customer-service QQ",
    "fl_dom": "classifieds site domain",
    "bbs_grp": "forum's own QQ group in every thread footer",
    "bbs_dom": "forum domain",
    "zp_tel": "recruitment site customer-service number",
    "zp_mail": "recruitment site report e-mail",
    "zp_dom": "recruitment site domain",
    "xcx_app": "mini-program AppID shared by every share card",
    "xcx_tel": "mini-program platform service number",
    "form_dom": "form-builder platform domain",
    "yf_qq": "site-builder credit QQ",
    "yf_dom": "site-builder credit domain",
    "scam_tel": "scam number quoted in warnings, news and seller disclaimers",
    "scam_wx": "scam WeChat quoted in warnings and a seller disclaimer",
    "eval_uscc": "third-party evaluation organisation's USCC quoted by unrelated sellers",
    "cert": "sample certificate number on 证书样本 pictures",
    "isbn": "textbook ISBN quoted by unrelated sellers",
    "plan": "public exam plan number quoted by unrelated sellers",
    "newsline": "newspaper tip line",
}


def d(key, written):
    k, n = D[key]
    return [k, n, written]


PAGES = []


def add(path, html, *, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "html": html, "is_offer": offer, "operator": op,
                  "provider": provider, "identifiers": [list(x) for x in ids], "note": note})


def doc(title, body, css="", extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            f"<title>{title}</title>\n{extra_head}<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------- site templates
def mall(title, shop, body):
    css = "body{font:14px/1.6 'PingFang SC',sans-serif;background:#f4f4f4;margin:0}.top{background:#ff5000;color:#fff;padding:8px 20px}.wrap{width:1000px;margin:10px auto;background:#fff;padding:16px}.price{color:#ff5000;font-size:26px}.shop{border:1px solid #eee;padding:8px;float:right;width:220px}.ft{color:#999;font-size:12px;text-align:center;padding:20px}"
    html = doc(title + " - 优课集市", f"""<div class="top">优课集市 · 职业技能/考证频道 &nbsp; <a href="/mall/search.html" style="color:#fff">返回搜索</a></div>
<div class="wrap">
<div class="shop"><b>{shop}</b><br>店铺动态评分 4.8<br><a href="/mall/search.html">进入店铺</a> | 联系客服</div>
<div class="crumb">首页 &gt; 职业培训 &gt; 人工智能 &gt; 类目编号 KC-2207-AIT</div>
{body}
</div>
<div class="ft">优课集市 youkejishi.com 版权所有 · 平台客服热线 400-887-1166 · 客服邮箱 kefu@youkejishi.com<br>
平台提示：请勿脱离平台私下交易，谨防诈骗 · 浙ICP备20210458号-3</div>""", css)
    ids = [d("mall_dom", "youkejishi.com"), d("mall_tel", "400-887-1166"), d("mall_mail", "kefu@youkejishi.com"),
           d("mall_cat", "KC-2207-AIT"), d("mall_icp", "浙ICP备20210458号-3")]
    return html, ids


def fenlei(city, title, body, poster="个人"):
    css = "body{font:13px/1.7 SimSun,serif;margin:0;background:#fff}.hd{background:#2a7ae2;color:#fff;padding:6px 14px}.post{width:900px;margin:0 auto;padding:12px}.meta{color:#888}.tbl td{border:1px solid #ddd;padding:4px 8px}.ft{border-top:1px solid #ccc;color:#777;font-size:12px;padding:10px;text-align:center}"
    html = doc(f"{title}_{city}百城信息港", f"""<div class="hd">百城信息港 · {city}站 &gt; 教育培训 &gt; 职业技能培训 &nbsp; <a href="/fenlei/list.html" style="color:#fff">返回列表</a></div>
<div class="post">
<h1>{title}</h1>
<div class="meta">发布者：{poster} &nbsp; 浏览 {len(title) * 37} 次 &nbsp; 信息编号 {len(title) * 1000 + 7}</div>
{body}
<p class="meta">联系我时请说明是在百城信息港看到的，谢谢！</p>
</div>
<div class="ft">百城信息港 www.bcxxg.com · 网站客服QQ：800066218 · 本站不对信息真实性负责，交易前请核实对方资质</div>""", css)
    ids = [d("fl_dom", "www.bcxxg.com"), d("fl_qq", "800066218")]
    return html, ids


def bbs(title, posts):
    css = "body{font:14px/1.6 Tahoma,sans-serif;background:#e8eef5;margin:0}.nav{background:#33557a;color:#fff;padding:6px 12px}.t{width:960px;margin:10px auto}.p{background:#fff;border:1px solid #c5d3e2;margin-bottom:6px;display:flex}.u{width:160px;background:#f1f5f9;padding:8px;font-size:12px}.c{padding:10px;flex:1}.sig{border-top:1px dashed #ccc;color:#999;font-size:12px;margin-top:10px}.ft{text-align:center;color:#666;font-size:12px;padding:14px}"
    rows = []
    for i, (user, info, content) in enumerate(posts):
        floor = "楼主" if i == 0 else f"{i + 1}#"
        rows.append(f"<div class=\"p\"><div class=\"u\"><b>{user}</b><br>{info}</div><div class=\"c\"><div style=\"color:#999;font-size:12px\">{floor}</div>{content}</div></div>")
    html = doc(title + " - 职场圈论坛", f"""<div class="nav">职场圈论坛 &gt; 考证交流 &gt; 人工智能/数据标注 &nbsp; <a href="/bbs/forum-ai.html" style="color:#fff">返回版块</a></div>
<div class="t"><h2>{title}</h2>
{''.join(rows)}
</div>
<div class="ft">职场圈论坛 zhichangquan.net · 论坛官方交流QQ群：612345078（验证：职场圈） · 帖子内容仅代表作者观点</div>""", css)
    ids = [d("bbs_dom", "zhichangquan.net"), d("bbs_grp", "612345078")]
    return html, ids


def wenda(title, asker, question, answers):
    css = "body{font:15px/1.75 sans-serif;max-width:760px;margin:0 auto;color:#222}.q{border-bottom:1px solid #eee;padding:12px 0}.a{border-bottom:1px solid #f0f0f0;padding:14px 0}.who{color:#1772f6;font-weight:bold}.zan{color:#999;font-size:13px}"
    items = "".join(f"<div class=\"a\"><div class=\"who\">{w}</div><div class=\"zan\">{z}</div>{t}</div>" for w, z, t in answers)
    html = doc(title + " - 知识问答", f"""<header><a href="/index.html">知识问答</a> · 职业教育</header>
<div class="q"><h1>{title}</h1><p>{question}</p><small>提问者：{asker}</small></div>
<div>{len(answers)} 个回答</div>
{items}
<footer style="color:#aaa;font-size:12px">回答仅代表个人观点，不构成建议</footer>""", css)
    return html, []


def weibo(user, verified, posts):
    css = "body{background:#f2f2f5;font:14px/1.6 sans-serif;margin:0}.card{background:#fff;max-width:600px;margin:10px auto;padding:14px;border-radius:6px}.nm{font-weight:bold;color:#eb7350}.tm{color:#999;font-size:12px}.act{color:#999;font-size:12px;border-top:1px solid #eee;margin-top:8px;padding-top:6px}"
    cards = "".join(f"<div class=\"card\"><div class=\"nm\">{user}</div><div class=\"tm\">{tm} 来自 {src}</div><div>{txt}</div><div class=\"act\">转发 {r} · 评论 {c} · 赞 {z}</div></div>" for tm, src, txt, r, c, z in posts)
    return doc(f"{user}的微博", f"<div class=\"card\"><b>{user}</b> {verified}</div>{cards}", css), []


def biji(author, title, body, tags):
    css = "body{font:15px/1.8 -apple-system,sans-serif;max-width:520px;margin:0 auto;background:#fff}.au{display:flex;align-items:center;gap:8px;padding:10px 0}.av{width:32px;height:32px;border-radius:50%;background:#fbd}.tag{color:#13386c}.cm{border-top:1px solid #eee;font-size:13px;color:#555;padding-top:8px}"
    return doc(title + " - 种草笔记", f"""<div class="au"><div class="av"></div><b>{author}</b> <span style="margin-left:auto;border:1px solid #ff2442;color:#ff2442;padding:0 8px;border-radius:10px">关注</span></div>
<h2>{title}</h2>
{body}
<p class="tag">{' '.join('#' + t for t in tags)}</p>""", css), []


def qun(group, msgs):
    css = "body{background:#ededed;font:14px/1.5 sans-serif;max-width:560px;margin:0 auto}.m{margin:10px 0}.n{color:#888;font-size:12px}.b{background:#fff;display:inline-block;padding:8px 10px;border-radius:4px;max-width:440px}.sys{text-align:center;color:#aaa;font-size:12px}"
    rows = []
    for who, txt in msgs:
        if who == "SYS":
            rows.append(f"<div class=\"sys\">{txt}</div>")
        else:
            rows.append(f"<div class=\"m\"><div class=\"n\">{who}</div><div class=\"b\">{txt}</div></div>")
    return doc(group + " - 群消息存档", f"<h3>{group}</h3><p class=\"sys\"><a href=\"/qun/board.html\">群聊存档板</a>（网友上传的公开群聊记录）</p>" + "".join(rows), css), []


def zhaopin(title, company, body):
    css = "body{font:14px/1.7 'Microsoft YaHei',sans-serif;background:#f6f7fb;margin:0}.hd{background:#00a6a7;color:#fff;padding:8px 20px}.job{width:880px;margin:12px auto;background:#fff;padding:20px}.sal{color:#fe574a;font-size:22px}.co{border-top:1px solid #eee;margin-top:16px;padding-top:10px}.ft{color:#999;text-align:center;font-size:12px;padding:16px}"
    html = doc(f"{title}招聘-{company}-才聘网", f"""<div class="hd">才聘网 · 找工作上才聘 &nbsp; <a href="/zhaopin/list.html" style="color:#fff">职位列表</a></div>
<div class="job">{body}</div>
<div class="ft">才聘网 www.caipin.com 求职防骗：凡收取培训费、考证费的职位请立即举报 · 举报邮箱 jubao@caipin.com · 客服 400-601-7788</div>""", css)
    ids = [d("zp_dom", "www.caipin.com"), d("zp_mail", "jubao@caipin.com"), d("zp_tel", "400-601-7788")]
    return html, ids


def xcx(title, body):
    css = "body{background:#f7f7f7;font:15px/1.6 -apple-system,sans-serif;max-width:420px;margin:0 auto}.card{background:#fff;margin:10px;padding:12px;border-radius:8px}.btn{display:block;background:#07c160;color:#fff;text-align:center;padding:10px;border-radius:6px}.ft{font-size:11px;color:#aaa;text-align:center}"
    html = doc(title, f"""<div class="card" style="font-size:12px;color:#999">来自小程序「课程宝」的分享 · 长按识别打开</div>
{body}
<div class="ft">本页面由「课程宝」小程序生成 AppID: wx3f9c21a07b66d4e2<br>课程宝平台仅提供技术服务，课程由商家提供 · 平台服务电话 400-102-3456</div>""", css)
    ids = [d("xcx_app", "wx3f9c21a07b66d4e2"), d("xcx_tel", "400-102-3456")]
    return html, ids


def form(title, body):
    css = "body{font:15px/1.6 sans-serif;background:#eef3fb;margin:0}.f{max-width:640px;margin:20px auto;background:#fff;padding:24px;border-radius:6px}label{display:block;margin-top:12px}input,select{width:100%;padding:6px}.ft{text-align:center;font-size:12px;color:#999}"
    html = doc(title, f"""<div class="f">{body}
<p><button>提交报名</button></p></div>
<div class="ft">本表单由 速填表单 sutianbiaodan.com 提供技术支持 · 表单内容由发布者负责，请谨慎填写个人信息</div>""", css)
    return html, [d("form_dom", "sutianbiaodan.com")]


def mp(account, title, date, body):
    css = "body{font:16px/1.8 -apple-system,sans-serif;max-width:640px;margin:0 auto;padding:0 14px;color:#333}.acc{color:#576b95}.meta{color:#999;font-size:14px}.foot{color:#999;font-size:13px;border-top:1px solid #eee;margin-top:20px}"
    return doc(title, f"""<h1 style="font-size:22px">{title}</h1>
<div class="meta">原创 <span class="acc">{account}</span> {date}</div>
{body}
<div class="foot">阅读 {len(body) // 3} · 在看 {len(title)} &nbsp; 微信扫一扫，关注该公众号</div>""", css), []


def yunfan_credit():
    return ("<div style=\"font-size:12px;color:#aaa;text-align:center\">网站建设：云帆建站 www.yunfanjianzhan.com 技术支持QQ 2850011226</div>",
            [d("yf_dom", "www.yunfanjianzhan.com"), d("yf_qq", "2850011226")])


def news(outlet, title, date, body):
    css = "body{font:16px/1.9 'Songti SC',serif;max-width:720px;margin:0 auto;color:#222}.src{color:#888;font-size:14px}.ft{border-top:2px solid #b00;color:#777;font-size:13px;margin-top:24px;padding-top:8px}"
    html = doc(f"{title}_{outlet}", f"""<div style="color:#b00;font-weight:bold;font-size:20px">{outlet}</div>
<h1>{title}</h1><div class="src">{date} 来源：{outlet} 编辑：沈佳</div>
{body}
<div class="ft">{outlet} 新闻热线：0571-85123399 · 未经授权不得转载 · <a href="/index.html">首页</a></div>""", css)
    return html, [d("newsline", "0571-85123399")]


# ====================================================================== PAGES
# ---------------------------------------------------------------- U01 杭州智训云
u01_a_credit = ""
add("/sites/zhixunyun/index.html", doc("智训云｜人工智能训练师职业技能等级认定培训（杭州）", f"""
<header style="background:#0b3d91;color:#fff;padding:18px 40px"><b style="font-size:22px">智训云</b> 职业技能培训 · zhixunyun.com.cn</header>
<section style="padding:30px 40px">
<h1>人工智能训练师（4-04-05-05）五级/四级/三级 认定培训班 火热报名中</h1>
<p>杭州智训云教育科技有限公司面向企业员工和社会人员开设人工智能训练师培训，线上理论+线下实操（西湖区文一西路教学点），课程按照《人工智能训练师国家职业技能标准（2021年版）》设计。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>等级</th><th>课时</th><th>培训费</th><th>可申领补贴（符合条件）</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>¥1980</td><td>最高1000元</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>¥2580</td><td>最高1500元</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>¥3280</td><td>最高2000元</td></tr>
</table>
<p>本期对应省内认定计划编号：ZJ-RG-2026-0412，考试时间以评价机构通知为准。证书可在 技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。补贴政策咨询可拨打人社服务热线 12333。</p>
<p>报名咨询：<a href="tel:057186902231">0571-86902231</a>（工作日 9:00-17:30）</p>
</section>
<footer style="background:#eee;padding:14px 40px;font-size:12px">杭州智训云教育科技有限公司 统一社会信用代码：{USCC_U01} · 地址：杭州市西湖区文一西路 *** 号 · © zhixunyun.com.cn</footer>
""", "body{margin:0;font:15px/1.7 sans-serif}"), offer=True, op="U01", provider="智训云",
    ids=[I("phone", "+8657186902231", "0571-86902231"), I("domain", "zhixunyun.com.cn", "zhixunyun.com.cn"),
         I("uscc", USCC_U01, USCC_U01), d("plan", "ZJ-RG-2026-0412"), d("osta", "zscx.osta.org.cn"), d("h12333", "12333")],
    note="U01 company landing page on its own site")

h, fids = mall("【启明AI学堂】人工智能训练师四级 培训+考试报名 数据标注 杭州可线下", "启明AI学堂", """
<h1>【启明AI学堂】人工智能训练师四级 培训+考试报名 数据标注 杭州可线下</h1>
<div class="price">¥2580.00 <s style="font-size:14px;color:#999">¥3680</s></div>
<p>已售 312 · 评价 87 · 支持7天内未开课退款</p>
<h3>商品详情</h3>
<p>✔ 录播+直播 50 课时 ✔ 配套教材《人工智能训练师(基础知识)》✔ 模拟题库 ✔ 实操平台账号 3 个月</p>
<p>拍下后请联系店铺客服登记身份证信息。平台消息回复慢的亲，可以直接加老师客服V：qiming_ai2026（备注“四级”）</p>
<p><img src="/img/qm-banner.png" alt="启明AI学堂 杭州教学点 座机0571 8690 2231"></p>
<p>杭州教学点座机：0571 8690 2231</p>
<h3>买家评价</h3>
<p>“老师讲得很细，实操平台好用” —— t***8（订单号 2026081417729031）</p>
""")
add("/mall/item/682201.html", h, offer=True, op="U01", provider="启明AI学堂",
    ids=[I("wechat", "qiming_ai2026", "qiming_ai2026"), I("phone", "+8657186902231", "0571 8690 2231")] + fids,
    note="U01 marketplace item; same Hangzhou landline as its own site")

h, _ = weibo("启明AI学堂官微", "<small>职业培训博主</small>", [
    ("11-20 10:32", "iPhone 15", """#人工智能训练师# 12月考期最后几个名额📣 五级四级三级都可以报，在职人员符合条件的可以申请技能提升补贴～
零基础也不用怕，我们有带教老师一对一辅导实操。有意向的宝子➕V Qiming_AI2026 或者进QQ群735201948领资料包（含历年理论真题）""", 12, 30, 58),
    ("11-18 21:05", "微博网页版", "今天的直播回放已经上传群文件啦，数据标注实操那一段大家多看两遍 👍", 0, 4, 19),
])
add("/weibo/u/7718203345.html", h, offer=True, op="U01", provider="启明AI学堂",
    ids=[I("wechat", "qiming_ai2026", "Qiming_AI2026"), I("qq_group", "735201948", "QQ群735201948")],
    note="U01 microblog; WeChat written with different letter case")

h, fids = bbs("杭州有没有靠谱的人工智能训练师培训？在职想考个四级", [
    ("西湖边的猫", "注册会员<br>帖子 23", "<p>公司让我们做数据标注相关工作，听说可以考人工智能训练师证，还能补贴，求推荐杭州靠谱的机构。补贴具体怎么申请，打12333问过说要看社保缴费满一年。</p>"),
    ("momo2019", "中级会员<br>帖子 310", "<p>别信那种包过的，我之前被坑过。认准能在官网查到证书的。</p>"),
    ("AI训练师报考中心-小周", "认证商家<br>帖子 41", """<p>您好，我们是杭州本地的AI训练师报考中心，四级培训+认定一起报 2580，在职满一年的可以走技能提升补贴。理论线上学，实操周末在文一西路上课。</p>
<p>想了解可以进我们的答疑群 Q群：735 201 948 ，群里有往期学员，或者直接电话 135-6712-0938 找小周。</p>"""),
    ("西湖边的猫", "注册会员<br>帖子 23", "<p>谢谢，我先进群看看</p>"),
])
add("/bbs/thread/1029384.html", h, offer=True, op="U01", provider="AI训练师报考中心",
    ids=[I("qq_group", "735201948", "735 201 948"), I("phone", "+8613567120938", "135-6712-0938"), d("h12333", "12333")] + fids,
    note="U01 seller reply inside a forum thread; the forum's own QQ group sits in the footer")

# ---------------------------------------------------------------- U02 深圳鹏程数智
h, fids = fenlei("深圳", "人工智能训练师证培训 数据标注员 四级三级 包教会 可开发票", """
<table class="tbl">
<tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>南山区 科技园</td></tr>
<tr><td>费用</td><td>四级 2680 三级 3880（两级一起报优惠）</td></tr>
</table>
<p>鹏程数智专注数据标注/人工智能训练师培训八年（原深圳某大厂外包标注团队），学完可推荐到合作标注基地上岗。</p>
<p>上课方式：晚班/周末班，线上直播+线下实操。</p>
<p>联系电话：139-2345-6781 （陈老师）<br>简历及报名资料请发邮箱：pcsz_hr＠163.com</p>
""", poster="鹏程数智（商家）")
add("/fenlei/sz/1834402.html", h, offer=True, op="U02", provider="鹏程数智",
    ids=[I("phone", "+8613923456781", "139-2345-6781"), I("email", "pcsz_hr@163.com", "pcsz_hr＠163.com")] + fids,
    note="U02 classifieds post; e-mail with a full-width at sign")

h, fids = zhaopin("数据标注员（可带薪培训考证）", "深圳数标学院", f"""
<h1>数据标注员（可带薪培训考证） <span class="sal">6-9K</span></h1>
<p>深圳·南山区 | 经验不限 | 学历不限 | 招 30 人</p>
<h3>职位描述</h3>
<p>1. 负责图像、语音、文本数据标注；2. 入职前需参加公司安排的人工智能训练师（四级）岗前培训，培训费 2680 元，可分期，取证后上岗，6 个月后返还一半；3. 无经验可培养。</p>
<p>请将简历投递至 pcsz_hr#163.com（#换成@），主题注明“标注员+姓名”。</p>
<div class="co"><b>深圳数标学院（深圳市鹏程数智职业培训有限公司）</b><br>企业认证 · 统一社会信用代码：{USCC_U02}<br>规模 50-99 人 · 教育/培训</div>
""")
add("/zhaopin/job/77120451.html", h, offer=True, op="U02", provider="数标学院",
    ids=[I("email", "pcsz_hr@163.com", "pcsz_hr#163.com"), I("uscc", USCC_U02, USCC_U02)] + fids,
    note="U02 job ad that sells a certificate course as a condition of hiring")

add("/sites/pcsz-edu/about.html", doc("关于我们-鹏程数智职业培训", f"""
<div style="background:#111;color:#6cf;padding:14px 30px;font-size:20px">鹏程数智 PENGCHENG DATA ACADEMY <span style="font-size:13px;color:#aaa">www.pcsz-edu.com</span></div>
<div style="padding:20px 30px">
<h2>关于鹏程数智</h2>
<p>深圳市鹏程数智职业培训有限公司成立于2018年，主营人工智能训练师、数据标注员技能培训，合作评价机构：南粤数字技能评价中心（统一社会信用代码 {USCC_EVAL}），已在人社部门备案。</p>
<h3>2026年冬季班</h3>
<ul><li>人工智能训练师四级：2680 元/人（含认定费）</li><li>人工智能训练师三级：3880 元/人</li><li>企业团报 10 人以上另议</li></ul>
<p>备案信息可在人社部网站 www.mohrss.gov.cn 及评价机构公示中查询。广东省职业技能鉴定指导中心咨询电话 020-83362012。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>企业名称</td><td>深圳市鹏程数智职业培训有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{USCC_U02}</td></tr><tr><td>电话</td><td>0755-26613390</td></tr><tr><td>地址</td><td>深圳市南山区科技园 *** 栋</td></tr></table>
</div>""", "body{margin:0;font:15px/1.7 sans-serif}"), offer=True, op="U02", provider="鹏程数智",
    ids=[I("uscc", USCC_U02, USCC_U02), I("phone", "+8675526613390", "0755-26613390"), I("domain", "pcsz-edu.com", "www.pcsz-edu.com"),
         d("eval_uscc", USCC_EVAL), d("mohrss", "www.mohrss.gov.cn"), d("hprov", "020-83362012")],
    note="U02 company site; quotes a third-party evaluation organisation's USCC and a provincial number")

h, xids = xcx("数标学院·AI训练师四级冬季班", """
<div class="card"><img src="/img/cover-ait4.jpg" alt="课程封面" style="width:100%"><h2>AI训练师（四级）冬季班 | 数标学院</h2>
<p style="color:#f60;font-size:22px">2680</p><p>已报名 128 人 · 剩余名额 12</p>
<p>开课：2026-12-19 · 南山科技园教学点</p></div>
<div class="card">咨询电话：(0755)2661 3390<br>上课地点导航请在小程序内查看</div>
<div class="card"><a class="btn" href="#">立即报名</a></div>
""")
add("/xcx/share/kcb-55102.html", h, offer=True, op="U02", provider="数标学院",
    ids=[I("phone", "+8675526613390", "(0755)2661 3390")] + xids,
    note="U02 mini-program share card; price without currency mark")

# ---------------------------------------------------------------- U03 成都老周
h, _ = biji("老周聊考证", "普通人也能考的AI训练证🔥 成都周末班", """
<p>姐妹们！最近好多人问我AI训练证到底能不能考，答案是能！初中学历就能报五级✨</p>
<p>📍成都 周末班 理论+实操<br>💰 五级 1680 四级 2280 （都是全包价）<br>📚 用的教材是《人工智能训练师(基础知识)》ISBN 978-7-5167-4521-8 自己也可以买来先看</p>
<p>评论区太多人问了 统一回复：V❤：LZ-ai-5566 （蓉城技能通 老周）</p>
<div class="cm">👤 小鹿：四级要工作经验吗<br>👤 老周聊考证（作者）：宝，私我看你情况哈</div>
""", ["AI训练师", "考证", "成都", "副业"])
add("/biji/note/64f1a2b7.html", h, offer=True, op="U03", provider="蓉城技能通",
    ids=[I("wechat", "lz-ai-5566", "LZ-ai-5566"), d("isbn", "978-7-5167-4521-8")],
    note="U03 notes-app post; never writes the occupation's full name; WeChat with upper-case letters")

h, _ = wenda("成都哪里可以考人工智能训练师？费用大概多少？", "匿名用户", "在成都上班，想考个人工智能训练师四级，不知道去哪里报名，网上好多机构不知道哪个真的。", [
    ("知乎er小林", "12 人赞同", "<p>先去人社部门官网查有哪些评价机构备案了这个职业，再看培训机构跟哪家合作。不要信包过。</p>"),
    ("老周AI考证", "3 人赞同 · 作者为培训从业者", """<p>我就在成都做这个，说点实在的：五级零基础可以报但要一年相关工作经历证明，四级要求更高，具体看你经历。我们这边四级全包 2280，周末上课，考前有两次模拟。</p>
<p>有问题可以加v lz-ai-5566 直接问，平时也在抖音号laozhou_ai888直播讲题。</p>"""),
])
add("/wenda/q/52018873.html", h, offer=True, op="U03", provider="老周AI考证",
    ids=[I("wechat", "lz-ai-5566", "lz-ai-5566"), I("other", "douyin:laozhou_ai888", "laozhou_ai888")],
    note="U03 seller answering inside a Q&A thread")

h, _ = qun("成都考证互助群（3群）", [
    ("SYS", "“蓉城技能通”邀请“阿杰”加入了群聊"),
    ("阿杰", "请问AI那个训练师证最近还有班吗"),
    ("蓉城技能通", "有的，12月27号开新班，四级2280 五级1680，名额不多了"),
    ("蓉城技能通", "每晚8点抖音搜 laozhou_ai888 看直播讲题，报名直接打我电话 181 8063 1472"),
    ("婷婷", "我上期报的，老师挺负责"),
    ("SYS", "群公告：禁止发广告，违者踢出"),
])
add("/qun/msg/cd-kaozheng-3.html", h, offer=True, op="U03", provider="蓉城技能通",
    ids=[I("other", "douyin:laozhou_ai888", "laozhou_ai888"), I("phone", "+8618180631472", "181 8063 1472")],
    note="U03 chat-group message board; tie to Q&A answer by a Douyin account")

# ---------------------------------------------------------------- U04 北京华智未来
cred, cids = yunfan_credit()
add("/sites/huazhiweilai/index.html", doc("华智未来人力资源 - 人力资源外包｜劳务派遣｜灵活用工", f"""
<div style="background:#c8102e;color:#fff;padding:16px 36px"><b>华智未来</b> 人力资源服务 · www.huazhiweilai.cn · 全国服务热线 400 6688 217</div>
<div style="padding:24px 36px">
<h2>公司简介</h2>
<p>北京华智未来人力资源服务有限公司（统一社会信用代码 {USCC_U04}）专注人力资源外包、劳务派遣和灵活用工，服务客户 300 余家。</p>
<h2>业务板块</h2><ul><li>人力资源外包</li><li>劳务派遣</li><li>招聘流程外包（RPO）</li><li><a href="/sites/huazhiweilai/ai-xunlianshi.html">职业技能培训</a></li></ul>
<h2>新闻动态</h2><ul><li>华智未来荣获区级“诚信用工单位”</li><li>公司开展年度消防演练</li></ul>
</div>
{cred}""", "body{margin:0;font:15px/1.7 sans-serif}"), offer=False, op=None, provider=None,
    ids=[I("domain", "huazhiweilai.cn", "www.huazhiweilai.cn"), I("phone", "+864006688217", "400 6688 217"), I("uscc", USCC_U04, USCC_U04)] + cids,
    note="U04 company homepage without an offer (non-offer seller homepage)")

cred, cids = yunfan_credit()
add("/sites/huazhiweilai/ai-xunlianshi.html", doc("人工智能训练师报考 - 华智未来职业技能培训", f"""
<div style="background:#c8102e;color:#fff;padding:16px 36px"><a href="/sites/huazhiweilai/index.html" style="color:#fff">华智未来</a> · 职业技能培训</div>
<div style="padding:24px 36px">
<h1>人工智能训练师 职业技能等级证书 报考指南（2026年12月批次）</h1>
<p>新职业、缺口大、持证可申领补贴、可作为积分落户加分项（以当地政策为准）。</p>
<p><b>报考等级：</b>五级 / 四级 / 三级 / 二级（技师）<br><b>费用：</b>三级 3980，二级 5980（含培训、认定、教材）</p>
<p><b>报名流程：</b>①电话预约 → ②提交资料 → ③缴费开课 → ④参加认定 → ⑤领证查询</p>
<p>咨询热线：<a href="tel:4006688217">400 6688 217</a>（全国）　官网 https://www.huazhiweilai.cn/ai-xunlianshi.html</p>
</div>
{cred}""", "body{margin:0;font:15px/1.7 sans-serif}"), offer=True, op="U04", provider="华智未来",
    ids=[I("domain", "huazhiweilai.cn", "www.huazhiweilai.cn"), I("phone", "+864006688217", "400 6688 217")] + cids,
    note="U04 landing page on its own site; built by the same site-builder as other sellers")

add("/sites/weilaizhiku/post-12.html", doc("2026年人工智能训练师怎么报名？一文讲清 - 未来智库教育", f"""
<div style="border-bottom:3px solid #333;padding:10px 30px"><b>未来智库教育</b> 博客 | weilaizhiku.com</div>
<article style="max-width:720px;margin:20px auto">
<h1>2026年人工智能训练师怎么报名？一文讲清</h1>
<p>发布时间：2026-11-02 作者：智库小编</p>
<p>人工智能训练师是2020年人社部等部门发布的新职业，共分五个等级……</p>
<p>很多同学问证书长什么样，下面是证书样本（编号已做处理，仅供参考）：</p>
<p><img src="/img/cert-sample.jpg" alt="证书样本 {CERT_SAMPLE}"><br>图：职业技能等级证书样本，证书编号 {CERT_SAMPLE}</p>
<p>我们和华智未来合作开班，报名请直接进入合作方报名页：<a href="https://www.huazhiweilai.cn/ai-xunlianshi.html">huazhiweilai.cn 报名入口</a>。</p>
<p>资料领取、发票问题请发邮件：<a href="mailto:weilaizhiku@foxmail.com">weilaizhiku@foxmail.com</a>，三级班 3980，二级班 5980。</p>
</article>""", "body{margin:0;font:16px/1.8 Georgia,serif}"), offer=True, op="U04", provider="未来智库教育",
    ids=[I("domain", "huazhiweilai.cn", "huazhiweilai.cn"), I("domain", "weilaizhiku.com", "weilaizhiku.com"),
         I("email", "weilaizhiku@foxmail.com", "weilaizhiku@foxmail.com"), d("cert", CERT_SAMPLE)],
    note="U04 blog on a second brand's domain; links to the first brand's domain; shows a sample certificate number")

h, fids = form("人工智能训练师（三级/二级）报名登记表 - 未来智库教育", """
<h2>人工智能训练师（三级/二级）报名登记表</h2>
<p>主办：未来智库教育 | 填写后老师会在 24 小时内联系您。如有疑问发邮件至 weilaizhiku[at]foxmail.com 或 QQ：2947710385</p>
<label>姓名 <input></label><label>手机号 <input></label><label>身份证号 <input></label>
<label>报考等级 <select><option>三级/高级工（3980）</option><option>二级/技师（5980）</option></select></label>
<label>是否需要开具发票 <select><option>否</option><option>是</option></select></label>
""")
add("/form/f/8Kx2mQ.html", h, offer=True, op="U04", provider="未来智库教育",
    ids=[I("email", "weilaizhiku@foxmail.com", "weilaizhiku[at]foxmail.com"), I("qq", "2947710385", "2947710385")] + fids,
    note="U04 sign-up form on a form-builder platform; obfuscated e-mail")

h, fids = mall("AI职业技能认定报名处 人工智能训练师 二级技师 三级 报名 全国可报", "AI职业技能认定报名处", """
<h1>人工智能训练师 二级技师 三级 报名 全国可报 线上学习</h1>
<div class="price">¥3980.00 起</div>
<p>规格：三级/高级工 3980 | 二级/技师 5980</p>
<h3>商品详情</h3>
<p><img src="/img/zx-kefu.png" alt="咨询扣扣 2947 710 385 备注淘课"></p>
<p>下单后将收到学习账号，请在订单备注填写手机号。证书查询请以官方平台为准。</p>
""")
add("/mall/item/690377.html", h, offer=True, op="U04", provider="AI职业技能认定报名处",
    ids=[I("qq", "2947710385", "2947 710 385")] + fids,
    note="U04 marketplace item; QQ only in an image's alt text, spaced")

# ---------------------------------------------------------------- U05 广州粤才
add("/sites/yuecai/kecheng.html", doc("课程中心 - 粤才教育", f"""
<nav style="background:#064;color:#fff;padding:12px 30px">粤才教育 | 首页 | 课程中心 | 师资 | 联系我们</nav>
<main style="padding:20px 30px">
<h1>人工智能训练师（四级/三级）周末精品班</h1>
<p>适合：电商客服、运营、数据处理岗位在职人员。广州天河教学点，12 个周末完成。</p>
<p>学费：四级 ¥2380 / 三级 ¥3180，失业保险技能提升补贴可申请（需符合参保条件），详情可咨询广东省职业技能鉴定指导中心 020-83362012。</p>
<p>报名电话：020-37895521　地址：广州市天河区 *** 路 ** 号</p>
</main>
<footer style="font-size:12px;color:#888;padding:10px 30px">广州粤才教育咨询有限公司 {USCC_U05}</footer>""", "body{margin:0;font:15px/1.7 sans-serif}"),
    offer=True, op="U05", provider="粤才教育",
    ids=[I("phone", "+862037895521", "020-37895521"), I("uscc", USCC_U05, USCC_U05), d("hprov", "020-83362012")],
    note="U05 own site course page; quotes the same provincial number as an unrelated Guangdong seller")

h, fids = fenlei("广州", "羊城AI训练营｜人工智能训练师四级三级 周末班 天河", """
<p>【课程】人工智能训练师四级、三级<br>【费用】四级2380元 三级3180元<br>【时间】周末上课 12月开新班</p>
<p>【电话】020—3789 5521<br>【手机】136 6028 7415 黄老师</p>
""", poster="羊城AI训练营")
add("/fenlei/gz/2210937.html", h, offer=True, op="U05", provider="羊城AI训练营",
    ids=[I("phone", "+862037895521", "020—3789 5521"), I("phone", "+8613660287415", "136 6028 7415")] + fids,
    note="U05 classifieds; landline written with an em dash")

h, _ = mp("羊城AI训练营", "AI训练师12月班开始报名啦｜附补贴申领说明", "2026-11-24", f"""
<p>各位同学好，羊城AI训练营12月人工智能训练师四级/三级班开始报名。</p>
<p>▶ 四级 2380 元 ▶ 三级 3180 元 ▶ 周末班、晚班可选</p>
<p>报名咨询：{fw('13660287415')}（微信同号）黄老师</p>
<p><b>郑重声明：</b>近期有不法分子冒用我们名义，使用号码 170-9987-1234 收取“加急拿证费”，请大家不要相信，如遇诈骗请及时报警，或拨打12345反映。</p>
""")
add("/mp/s/ycai-1124.html", h, offer=True, op="U05", provider="羊城AI训练营",
    ids=[I("phone", "+8613660287415", fw("13660287415")), I("wechat", "13660287415", "微信同号"),
         d("scam_tel", "170-9987-1234"), d("h12345", "12345")],
    note="U05 WeChat official-account article; full-width digits and 微信同号; quotes a scam number in a disclaimer")

# ---------------------------------------------------------------- U06 武汉启航
h, fids = bbs("【武汉】数据标注员/人工智能训练师 12月班招生 启航职培", [
    ("启航职培-陈老师", "认证商家<br>帖子 88", f"""<p>启航职培 12 月数据标注员（人工智能训练师）班开始招生啦：</p>
<p>五级 1580　四级 2180　三级 2980<br>光谷教学点，白天班/晚班都有，零基础从 Python 和标注工具教起。</p>
<p>报名/咨询 扣扣：{fw('186224573')}（陈老师），不回消息就是在上课，晚上统一回复。</p>"""),
    ("光谷打工人", "新手上路<br>帖子 2", "<p>顶一下，请问晚班几点？</p>"),
    ("启航职培-陈老师", "认证商家<br>帖子 88", "<p>晚班 19:00-21:30，每周二四</p>"),
])
add("/bbs/thread/1031556.html", h, offer=True, op="U06", provider="启航职培",
    ids=[I("qq", "186224573", fw("186224573"))] + fids,
    note="U06 forum thread opened by the seller; QQ in full-width digits")

h, _ = wenda("武汉考人工智能训练师证，证书在哪里可以查真伪？", "小芳同学", "机构说证书可以在官网查到，是哪个网站？怎么判断机构是不是正规的？", [
    ("江城数据标注学院", "8 人赞同 · 机构认证", """<p>正规的职业技能等级证书都可以在“技能人才评价证书全国联网查询”查询，网址 zscx.osta.org.cn ，输入姓名、身份证号和证书编号即可。补贴问题打 12333 咨询。</p>
<p>我们江城数据标注学院（启航职培）在武汉开班，四级 2180，证书认定由已备案评价机构负责。需要课程表可以 Q 186224573，或者发邮件 qihangzp(at)126.com。</p>"""),
    ("路过的HR", "2 人赞同", "<p>证书能查只是基本条件，关键还是看有没有真实技能。</p>"),
])
add("/wenda/q/52107740.html", h, offer=True, op="U06", provider="江城数据标注学院",
    ids=[I("qq", "186224573", "186224573"), I("email", "qihangzp@126.com", "qihangzp(at)126.com"),
         d("osta", "zscx.osta.org.cn"), d("h12333", "12333")],
    note="U06 seller answering a Q&A about verification; ties by QQ to the forum post")

h, _ = weibo("江城数据标注学院", "<small>教育博主</small>", [
    ("11-28 09:15", "HUAWEI Mate 60", """【12月开班】人工智能训练师四级/三级 光谷班 还有8个名额！
教材：《人工智能训练师(基础知识)》ISBN 978-7-5167-4521-8 开课统一发放
企业团报、发票请邮件：qihangzp @ 126.com 
#武汉考证# #人工智能训练师#""", 3, 7, 21),
])
add("/weibo/u/6630018842.html", h, offer=True, op="U06", provider="江城数据标注学院",
    ids=[I("email", "qihangzp@126.com", "qihangzp @ 126.com"), d("isbn", "978-7-5167-4521-8")],
    note="U06 microblog; e-mail written with spaces round the at sign")

# ---------------------------------------------------------------- U07 西安智标
cred, cids = yunfan_credit()
add("/sites/xbai-rc/index.html", doc("西部人工智能人才中心 - 人工智能训练师 一站式拿证", f"""
<div style="background:linear-gradient(90deg,#1d2b64,#f8cdda);color:#fff;padding:40px;text-align:center">
<h1>西部人工智能人才中心</h1><p>人工智能训练师 五级到一级 全程托管 · 零基础 · 不限学历 · 快速出证</p>
<p style="font-size:28px">三级+二级+一级 联报 9800</p>
<a href="tel:+8615829376014" style="color:#fff;font-size:22px">☎ 158-2937-6014</a></div>
<div style="padding:20px 40px">
<p>✔ 国家认可 ✔ 官网可查 ✔ 不过全额退费</p>
<p>西安智标网络科技有限公司 · 统一社会信用代码 {USCC_U07} · xbai-rc.com</p>
</div>
{cred}""", "body{margin:0;font:15px/1.7 sans-serif}"), offer=True, op="U07", provider="西部人工智能人才中心",
    ids=[I("phone", "+8615829376014", "158-2937-6014"), I("domain", "xbai-rc.com", "xbai-rc.com"), I("uscc", USCC_U07, USCC_U07)] + cids,
    note="U07 landing page with misleading claims; tel: link plus dashed number; same site-builder credit as unrelated sellers")

h, xids = xcx("长安训练师联盟｜AI训练师 技师/高级技师 名额", """
<div class="card"><h2>AI训练师 技师/高级技师 名额</h2><p style="color:#f60;font-size:22px">6800</p>
<p>无需工作年限证明，材料老师帮你准备 ✅ 包过班</p></div>
<div class="card">电话：158 2937<br>6014<br>薇信：changan-ait</div>
<div class="card"><a class="btn" href="#">立即咨询</a></div>
""")
add("/xcx/share/kcb-55873.html", h, offer=True, op="U07", provider="长安训练师联盟",
    ids=[I("phone", "+8615829376014", "158 2937<br>6014"), I("wechat", "changan-ait", "changan-ait")] + xids,
    note="U07 mini-program share; phone split over two lines")

h, _ = qun("西安考证交流群", [
    ("小杨", "有人知道人工智能的那个证二级怎么考吗"),
    ("智标AI-周", "我们这有名额，不用年限，报名费6800，V信 changan-ait 详聊"),
    ("智标AI-周", "也可以进我们QQ群 592033817 看往期出证截图"),
    ("老刘", "不用年限的技师？感觉不靠谱啊"),
    ("SYS", "“智标AI-周”撤回了一条消息"),
])
add("/qun/msg/xa-kaozheng.html", h, offer=True, op="U07", provider="智标AI",
    ids=[I("wechat", "changan-ait", "changan-ait"), I("qq_group", "592033817", "592033817")],
    note="U07 chat-group message; does not give the occupation's full name")

# ---------------------------------------------------------------- U08 上海申智
add("/sites/shenzhi/ai.html", doc("人工智能训练师培训 - 上海申智职业技能培训中心", f"""
<div style="padding:14px 30px;border-bottom:1px solid #ccc"><b style="color:#036">上海申智职业技能培训中心</b>　民办非企业单位</div>
<div style="padding:20px 30px">
<h1>人工智能训练师（四级、三级）培训招生简章</h1>
<p>一、培训对象：从事数据标注、智能客服、AI产品运营等岗位的在职人员。</p>
<p>二、培训安排：四级 50 课时，三级 40 课时，理论约30%、实操约70%。</p>
<p>三、收费标准：四级 2400 元/人，三级 3000 元/人（含教材），符合条件者可按规定申请补贴，政策咨询 12333。</p>
<p>四、证书：由备案评价机构颁发职业技能等级证书，可登录 jndj.osta.org.cn 查询。</p>
<p>五、报名地址：徐汇区 *** 路 *** 号 3 楼　电话：021-64328810</p>
<p style="font-size:12px;color:#888">统一社会信用代码：{USCC_U08}　沪民政社证字号 *****</p>
</div>""", "body{margin:0;font:15px/1.7 SimSun,serif}"), offer=True, op="U08", provider="申智培训",
    ids=[I("phone", "+862164328810", "021-64328810"), I("uscc", USCC_U08, USCC_U08), d("osta", "jndj.osta.org.cn"), d("h12333", "12333")],
    note="U08 training-centre enrolment brochure (52-prefix USCC)")

h, fids = mall("申城AI训练师 人工智能训练师四级 上海线下班 徐汇", "申城AI训练师", f"""
<h1>申城AI训练师 人工智能训练师四级 上海线下班 徐汇</h1>
<div class="price">¥2400.00</div>
<p>月销 40+ · 上海徐汇线下授课</p>
<h3>商品详情</h3>
<p><img src="/img/sz-contact.png" alt="申城AI训练师 电话021 6432 8810 欢迎来电"></p>
<h3>店铺资质</h3>
<table border="1" cellpadding="4"><tr><td>主体名称</td><td>上海申智职业技能培训中心</td></tr><tr><td>统一社会信用代码</td><td>{USCC_U08}</td></tr></table>
""")
add("/mall/item/702145.html", h, offer=True, op="U08", provider="申城AI训练师",
    ids=[I("phone", "+862164328810", "021 6432 8810"), I("uscc", USCC_U08, USCC_U08)] + fids,
    note="U08 marketplace shop; phone only in image alt text; licence block with USCC")

h, _ = biji("申城AI训练师", "上海考AI训练师四级经验贴📒", f"""
<p>上完8个周末的课，分享一下备考经验（不是硬广哈）</p>
<p>1️⃣ 理论多刷题 2️⃣ 实操重点是数据清洗和标注规范 3️⃣ 考前一定去模拟</p>
<p>我们线下班在徐汇，四级2400，想来试听的打{fw('021-64328810')}，或者加QQ群：915530276 拿题库</p>
""", ["上海考证", "AI训练师", "人工智能训练师"])
add("/biji/note/6501c9e3.html", h, offer=True, op="U08", provider="申城AI训练师",
    ids=[I("phone", "+862164328810", fw("021-64328810")), I("qq_group", "915530276", "915530276")],
    note="U08 notes-app 'experience' post that is an ad; full-width landline")

h, fids = zhaopin("人工智能训练师学员（包培训考证推荐就业）", "申智培训", """
<h1>人工智能训练师学员（包培训考证推荐就业） <span class="sal">5-8K</span></h1>
<p>上海·徐汇区 | 经验不限 | 学历不限</p>
<h3>职位描述</h3>
<p>招收人工智能训练师学员，先培训后推荐就业。培训费四级2400元，考取证书后推荐到合作企业做数据标注、AI质检。</p>
<p>加入学员扣扣群 9155 30276 了解详情。</p>
<div class="co"><b>申智培训</b> · 培训机构</div>
""")
add("/zhaopin/job/77320918.html", h, offer=True, op="U08", provider="申智培训",
    ids=[I("qq_group", "915530276", "9155 30276")] + fids,
    note="U08 training ad disguised as a job post on a recruitment site")

# ---------------------------------------------------------------- U09 郑州中原智算
h, fids = fenlei("郑州", "豫AI考证 人工智能训练师 五级四级 郑州金水区 随到随学", """
<p>豫AI考证，郑州本地机构，人工智能训练师五级、四级报名中。</p>
<p>五级：1500<br>四级：2100<br>可线上，可线下（金水区）</p>
<p>电话 176 0371 2958（刘）</p>
""", poster="豫AI考证")
add("/fenlei/zz/1920334.html", h, offer=True, op="U09", provider="豫AI考证",
    ids=[I("phone", "+8617603712958", "176 0371 2958")] + fids,
    note="U09 classifieds post; prices without currency mark")

h, fids = bbs("郑州有考人工智能训练师的吗？求组队", [
    ("中州小李", "注册会员<br>帖子 5", "<p>想考四级，一个人不想去，找几个一起报名的</p>"),
    ("Henan_dataman", "中级会员<br>帖子 66", "<p>+1，我也想考，不过还没找到机构</p>"),
    ("中原智算-刘", "商家<br>帖子 12", """<p>我们中原智算在金水区开班，四级2100，三个人以上团报每人减200。课程介绍都在官网 zyzs-edu点cn 上，电话/微信 +86 17603712958</p>"""),
])
add("/bbs/thread/1033002.html", h, offer=True, op="U09", provider="中原智算",
    ids=[I("phone", "+8617603712958", "+86 17603712958"), I("domain", "zyzs-edu.cn", "zyzs-edu点cn")] + fids,
    note="U09 forum reply; +86 phone and a domain written with 点")

add("/sites/zyzs-edu/blog/2026-ait.html", doc("人工智能训练师证书长什么样？附查询方法 - 中原智算教育", f"""
<header style="padding:12px 30px;background:#fafafa;border-bottom:1px solid #ddd">中原智算教育 · www.zyzs-edu.cn</header>
<article style="max-width:700px;margin:20px auto">
<h1>人工智能训练师证书长什么样？附查询方法</h1>
<p>不少学员关心拿到的证书是什么样子。职业技能等级证书为全国统一样式，证书编号共22位，例如样本中的 {CERT_SAMPLE}。</p>
<p>查询：登录 zscx.osta.org.cn，输入姓名、证件号码、证书编号。</p>
<p>中原智算教育常年开设人工智能训练师五级、四级课程（五级1500元，四级2100元），报名请来电或在官网留言。</p>
</article>""", "body{margin:0;font:16px/1.8 sans-serif}"), offer=True, op="U09", provider="中原智算",
    ids=[I("domain", "zyzs-edu.cn", "www.zyzs-edu.cn"), d("cert", CERT_SAMPLE), d("osta", "zscx.osta.org.cn")],
    note="U09 blog on own domain; contact only via the site; sample certificate number also used by others")

# ---------------------------------------------------------------- independents
h, fids = mall("知码教育 人工智能训练师五级 零基础 录播课+题库", "知码教育旗舰店", """
<h1>知码教育 人工智能训练师五级 零基础 录播课+题库</h1>
<div class="price">¥899.00</div>
<p>仅含课程与题库，不含认定报名。教材：《人工智能训练师(基础知识)》 ISBN 978-7-5167-4521-8（需自购）</p>
<p>学习群与答疑请加助教 vx：zhima-edu01</p>
""")
add("/mall/item/688430.html", h, offer=True, op="I01", provider="知码教育",
    ids=[I("wechat", "zhima-edu01", "zhima-edu01"), d("isbn", "978-7-5167-4521-8")] + fids,
    note="independent marketplace seller; shares only platform and textbook decoys")

h, fids = fenlei("杭州", "人工智能训练师 四级 私教辅导 李老师", """
<p>本人在杭州某AI公司做数据标注主管，业余辅导人工智能训练师四级理论和实操，一对一或小班，3次课 1200。</p>
<p>本期对应认定计划 ZJ-RG-2026-0412 的考试，需自行到评价机构报名。</p>
<p>电话：150 8871 6203</p>
<p>提醒：网上有人用 17099871234 冒充培训机构收“内部名额费”，大家别上当。</p>
""", poster="李老师")
add("/fenlei/hz/1877021.html", h, offer=True, op="I02", provider="李老师",
    ids=[I("phone", "+8615088716203", "150 8871 6203"), d("plan", "ZJ-RG-2026-0412"), d("scam_tel", "17099871234")] + fids,
    note="independent private tutor on classifieds; quotes a public plan number and a scam number")

cred, cids = yunfan_credit()
add("/sites/xinghuo/index.html", doc("合肥星火智能职业培训学校", f"""
<div style="background:#f39800;color:#fff;padding:16px 30px;font-size:20px">合肥星火智能职业培训学校　xinghuo-px.com</div>
<div style="padding:20px 30px">
<h2>人工智能训练师（五级/四级）招生</h2>
<p>我校经人社部门审批设立，开设人工智能训练师五级、四级培训，五级 1380 元，四级 1980 元。证书查询：osta.org.cn 技能人才评价工作网。政策咨询拨打 12333。</p>
<p>招生办：0551-6552 3870</p>
<p style="font-size:12px">统一社会信用代码 {USCC_I03}</p>
</div>
{cred}""", "body{margin:0;font:15px/1.7 sans-serif}"), offer=True, op="I03", provider="合肥星火智能职业培训学校",
    ids=[I("phone", "+8655165523870", "0551-6552 3870"), I("domain", "xinghuo-px.com", "xinghuo-px.com"), I("uscc", USCC_I03, USCC_I03),
         d("osta", "osta.org.cn"), d("h12333", "12333")] + cids,
    note="independent school site; same site-builder credit as two operators")

h, fids = form("人工智能训练师（四级）培训报名表 - 某职业学院继续教育学院", """
<h2>人工智能训练师（四级）社会培训报名表</h2>
<p>湘中职业学院继续教育学院 2026 年第 3 期。培训费 1600 元，认定费另计。报名咨询邮箱：jxjy@xzzy-college.edu.cn，政策依据见 www.mohrss.gov.cn。</p>
<label>姓名 <input></label><label>单位 <input></label><label>手机 <input></label>
""")
add("/form/f/Tq93Lz.html", h, offer=True, op="I04", provider="湘中职业学院继续教育学院",
    ids=[I("email", "jxjy@xzzy-college.edu.cn", "jxjy@xzzy-college.edu.cn"), I("domain", "xzzy-college.edu.cn", "xzzy-college.edu.cn"),
         d("mohrss", "www.mohrss.gov.cn")] + fids,
    note="independent college sign-up form on the same form-builder as U04")

h, _ = mp("鲁信职业培训", "济南｜人工智能训练师四级班 招生 & 防骗提醒", "2026-11-30", f"""
<p>鲁信职业培训 12 月开设人工智能训练师四级班，学费 2200 元，合作评价机构为南粤数字技能评价中心（统一社会信用代码 {USCC_EVAL}）。</p>
<p>证书样本编号 {CERT_SAMPLE}（样本，仅示意），取证后可在 jndj.osta.org.cn 查询。</p>
<p>报名电话：0531－88127764</p>
<p>⚠ 有人加微信 rsb_zhengshu01 自称“人社部证书中心”，那是骗子！</p>
""")
add("/mp/s/luxin-1130.html", h, offer=True, op="I05", provider="鲁信职业培训",
    ids=[I("phone", "+8653188127764", "0531－88127764"), d("eval_uscc", USCC_EVAL), d("cert", CERT_SAMPLE),
         d("osta", "jndj.osta.org.cn"), d("scam_wx", "rsb_zhengshu01")],
    note="independent WeChat article; shares the evaluation-org USCC and sample certificate number with U02/U04/U09")

h, fids = bbs("南京人工智能训练师三级备考，有没有一起的", [
    ("秦淮小码农", "中级会员<br>帖子 140", "<p>四级去年考过了，准备冲三级，有一起的吗？</p>"),
    ("金陵智能技能培训", "商家<br>帖子 9", "<p>南京新街口有三级班，3200，在职满年限的可以报。需要的加QQ 3301867452 拿课表。</p>"),
    ("秦淮小码农", "中级会员<br>帖子 140", "<p>好的谢谢</p>"),
])
add("/bbs/thread/1034871.html", h, offer=True, op="I06", provider="金陵智能技能培训",
    ids=[I("qq", "3301867452", "3301867452")] + fids,
    note="independent seller reply in a forum thread; only the forum's own QQ group is shared")

# ---------------------------------------------------------------- non-offer pages
h, fids = news("钱江晚报网", "“包过”“免考”？警惕山寨职业技能证书新骗局", "2026-11-05", """
<p>近期，多名市民反映接到自称“人社部证书中心”的电话，对方称可“免考拿证”“内部名额”，随后以“加急费”“档案费”为名收取数千元。</p>
<p>据警方通报，涉案号码包括 170-9987-1234，涉案微信号 rsb_zhengshu01。人社部门提醒：职业技能等级证书由经备案的评价机构颁发，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询，人社部门不会通过个人微信收取费用。</p>
<p>如有疑问可拨打 12333 咨询，遇到诈骗请拨打 110 或反诈劝阻专线 96110。</p>
""")
add("/news/2026/1105-shanzhai.html", h, ids=[d("scam_tel", "170-9987-1234"), d("scam_wx", "rsb_zhengshu01"), d("osta", "zscx.osta.org.cn"),
                                             d("h12333", "12333"), d("h96110", "96110")] + fids,
    note="news warning quoting scam identifiers and hotlines")

h, fids = news("钱江晚报网", "人工智能训练师成热门新职业 上海一年认定超万人次", "2026-11-20", """
<p>记者从相关部门了解到，2025年上海人工智能训练师认定达1.63万人次，发证1.09万张，该职业已列入急需紧缺高技能人才职业目录。</p>
<p>业内人士表示，持证人员主要从事数据标注、模型评测等工作。专家提醒，报考前应核实培训机构资质，认定机构名单可通过人社部门官方渠道查询。</p>
""")
add("/news/2026/1120-ait-demand.html", h, ids=fids, note="industry news; only the newspaper tip line")

add("/gov/rsj/ait-faq.html", doc("人工智能训练师职业技能等级认定政策问答", """
<div style="background:#a00;color:#fff;padding:12px 30px">某省人力资源和社会保障厅 · 政策解读</div>
<div style="padding:20px 30px;max-width:820px">
<h1>人工智能训练师职业技能等级认定政策问答</h1>
<p><b>问：人工智能训练师证书由谁颁发？</b><br>答：由经人社部门备案的评价机构（用人单位或社会培训评价组织）颁发职业技能等级证书，人社部门不直接颁发。</p>
<p><b>问：如何查询证书？</b><br>答：登录技能人才评价证书全国联网查询 zscx.osta.org.cn，或人社部官网 www.mohrss.gov.cn 相关栏目。</p>
<p><b>问：能申领补贴吗？</b><br>答：符合条件的参保职工取得五级、四级、三级证书可申领技能提升补贴，最高分别为1000元、1500元、2000元。</p>
<p><b>问：咨询电话？</b><br>答：人社服务热线 12333；省职业技能鉴定指导中心 020-83362012；对培训机构的投诉可拨打 12345。</p>
</div>""", "body{margin:0;font:15px/1.8 SimSun,serif}"),
    ids=[d("osta", "zscx.osta.org.cn"), d("mohrss", "www.mohrss.gov.cn"), d("h12333", "12333"), d("hprov", "020-83362012"), d("h12345", "12345")],
    note="official explainer with hotlines and verification sites")

add("/fanzha/alert-2026-47.html", doc("反诈预警：冒充人社部门“办证”诈骗", """
<div style="background:#004;color:#fff;padding:12px 24px">某市公安局反诈中心 · 预警通报 第47期</div>
<div style="padding:20px 24px">
<p>近期出现冒充“人社部证书中心”以“免考办证”为名的诈骗，请广大市民提高警惕。</p>
<table border="1" cellpadding="6"><tr><th>类型</th><th>涉诈信息</th></tr>
<tr><td>电话</td><td>17099871234</td></tr><tr><td>微信</td><td>rsb_zhengshu01</td></tr></table>
<p>接到可疑电话请拨打反诈劝阻专线96110，或拨打政务热线12345反映。</p>
</div>""", "body{margin:0;font:15px/1.7 sans-serif}"),
    ids=[d("scam_tel", "17099871234"), d("scam_wx", "rsb_zhengshu01"), d("h96110", "96110"), d("h12345", "12345")],
    note="police anti-fraud alert quoting scam identifiers")

h, _ = wenda("人工智能训练师证书到底有没有用？", "职场小白", "看到好多广告，说考了能涨薪能落户，是真的吗？", [
    ("数据从业者阿峰", "120 人赞同", "<p>证书是职业技能等级证书，不是国家职业资格证书。对找数据标注、AI训练类工作有一定帮助，但别指望一本证就涨薪。宣传“人社部颁发”“包过”的基本可以绕开。</p>"),
    ("人力资源老兵", "45 人赞同", "<p>部分城市积分落户认技能等级证书，但工种要和岗位对应，具体看当地政策。</p>"),
])
add("/wenda/q/51877310.html", h, ids=[], note="neutral Q&A with no seller")

h, _ = wenda("“西部人工智能人才中心”靠谱吗？说不用工作年限就能考技师", "担心被骗", "对方电话 158 2937 6014，说三级二级一级联报 9800，还说不过全退，这种能信吗？", [
    ("考证过来人", "30 人赞同", "<p>二级技师要有三级证书加若干年工作经历，说不用年限的都不对，建议别交钱。</p>"),
])
add("/wenda/q/52230019.html", h, ids=[I("phone", "+8615829376014", "158 2937 6014")],
    note="Q&A warning that quotes U07's phone; not an offer")

h, fids = zhaopin("数据标注员", "杭州某智能科技公司", """
<h1>数据标注员 <span class="sal">5-7K</span></h1>
<p>杭州·滨江区 | 1年以内 | 大专</p>
<h3>职位描述</h3><p>负责自动驾驶图像数据标注与质检。有人工智能训练师证书者优先，无证书亦可，公司不收取任何费用。</p>
<p>简历投递：hr@lingjing-ai.com</p>
<div class="co"><b>杭州灵境智能科技有限公司</b> · 人工智能 · 100-499人</div>
""")
add("/zhaopin/job/77019933.html", h, ids=[I("email", "hr@lingjing-ai.com", "hr@lingjing-ai.com")] + fids,
    note="genuine job ad (not an offer)")

h, fids = zhaopin("职位列表", "才聘网", """
<h2>搜索“人工智能训练师”相关职位</h2>
<ul><li><a href="/zhaopin/job/77120451.html">数据标注员（可带薪培训考证）- 深圳</a></li>
<li><a href="/zhaopin/job/77320918.html">人工智能训练师学员 - 上海</a></li>
<li><a href="/zhaopin/job/77019933.html">数据标注员 - 杭州</a></li></ul>
""")
add("/zhaopin/list.html", h, ids=fids, note="recruitment list page")

h, fids = mall("搜索：人工智能训练师", "—", """
<h2>“人工智能训练师” 共 4 个商品</h2>
<ul><li><a href="/mall/item/682201.html">【启明AI学堂】人工智能训练师四级 培训+考试报名</a> ¥2580</li>
<li><a href="/mall/item/690377.html">人工智能训练师 二级技师 三级 报名 全国可报</a> ¥3980起</li>
<li><a href="/mall/item/702145.html">申城AI训练师 人工智能训练师四级 上海线下班</a> ¥2400</li>
<li><a href="/mall/item/688430.html">知码教育 人工智能训练师五级 零基础 录播课+题库</a> ¥899</li></ul>
""")
add("/mall/search.html", h, ids=fids, note="marketplace search results (list page)")

h, fids = fenlei("全国", "教育培训信息列表", """
<ul><li><a href="/fenlei/sz/1834402.html">人工智能训练师证培训 数据标注员 四级三级（深圳）</a></li>
<li><a href="/fenlei/gz/2210937.html">羊城AI训练营 周末班（广州）</a></li>
<li><a href="/fenlei/zz/1920334.html">豫AI考证 人工智能训练师（郑州）</a></li>
<li><a href="/fenlei/hz/1877021.html">人工智能训练师 四级 私教辅导（杭州）</a></li>
<li><a href="/fenlei/hz/1880456.html">叉车证 电工证 焊工证 快速报名（杭州）</a></li></ul>
""", poster="系统")
add("/fenlei/list.html", h, ids=fids, note="classifieds list page")

h, fids = fenlei("杭州", "叉车证 电工证 焊工证 快速报名 正规可查", """
<p>特种作业操作证报名：叉车、低压电工、焊工，理论+实操，考试合格发证，应急管理部门官网可查。</p>
<p>费用：叉车 1100 电工 1300 焊工 1500</p>
<p>联系：王老师 133 5718 0942</p>
""", poster="安达技能培训")
add("/fenlei/hz/1880456.html", h, ids=[I("phone", "+8613357180942", "133 5718 0942")] + fids,
    note="other occupations' ad (not an AI-trainer offer); shares only the platform footer")

h, fids = bbs("【版块】人工智能/数据标注 考证交流", [
    ("版主", "管理员", """<p>版规：商家发帖请认证，禁止发“包过”类广告。</p><ul>
<li><a href="/bbs/thread/1029384.html">杭州有没有靠谱的人工智能训练师培训？</a></li>
<li><a href="/bbs/thread/1031556.html">【武汉】数据标注员/人工智能训练师 12月班招生</a></li>
<li><a href="/bbs/thread/1033002.html">郑州有考人工智能训练师的吗？求组队</a></li>
<li><a href="/bbs/thread/1034871.html">南京人工智能训练师三级备考</a></li></ul>"""),
])
add("/bbs/forum-ai.html", h, ids=fids, note="forum board list page")

add("/qun/board.html", doc("群聊存档板", """<h2>群聊存档板</h2><p>网友上传的公开群聊截图文字版。</p>
<ul><li><a href="/qun/msg/cd-kaozheng-3.html">成都考证互助群（3群）</a></li><li><a href="/qun/msg/xa-kaozheng.html">西安考证交流群</a></li></ul>""",
                               "body{font:14px/1.6 sans-serif;max-width:600px;margin:0 auto}"), ids=[], note="chat-archive list page")

h, _ = biji("考证不踩坑", "AI训练师考证避坑指南｜这些话术都是骗局", """
<p>整理了最近姐妹们踩过的坑👇</p>
<p>❌ “不用工作年限直接考技师” ❌ “三个等级一起报” ❌ “人社部颁发”<br>❌ 自称人社部证书中心的 17099871234 和微信 rsb_zhengshu01 都是骗子，已经有人被骗了！</p>
<p>✅ 证书去官方平台查 ✅ 被骗了打 96110</p>
<p>（本人不卖课，别私信问我报哪家）</p>
""", ["避坑", "考证", "AI训练师"])
add("/biji/note/66aa0c41.html", h, ids=[d("scam_tel", "17099871234"), d("scam_wx", "rsb_zhengshu01"), d("h96110", "96110")],
    note="notes-app warning; no seller")

add("/wiki/aigc-yingyongyuan.html", doc("生成式人工智能系统应用员和人工智能训练师有什么区别", """
<article style="max-width:720px;margin:20px auto">
<h1>生成式人工智能系统应用员（4-04-05-13）和人工智能训练师（4-04-05-05）有什么区别</h1>
<p>两者都在 2022 年版职业分类大典中，但是不同职业：前者侧重生成式AI系统的应用，后者侧重数据标注、算法测试等训练支持工作。人工智能工程技术人员则是专业技术人员，不是技能等级。</p>
<p>广告里经常混用这些名称，报名前看清证书上写的职业名称和编码。</p>
</article>""", "body{font:16px/1.8 sans-serif}"), ids=[], note="explainer about another occupation; no contacts")

add("/mp/index.html", doc("公众号文章", """<h2>公众号文章合集</h2><ul>
<li><a href="/mp/s/ycai-1124.html">AI训练师12月班开始报名啦</a></li><li><a href="/mp/s/luxin-1130.html">济南｜人工智能训练师四级班 招生 &amp; 防骗提醒</a></li></ul>""",
                           "body{font:15px/1.7 sans-serif;max-width:640px;margin:0 auto}"), ids=[], note="article list page")

# ---------------------------------------------------------------- index (search-result style portal)
links = [p["path"] for p in PAGES]
items = []
for p in PAGES:
    t = p["html"].split("<title>", 1)[1].split("</title>", 1)[0]
    items.append(f"<li><a href=\"{p['path']}\">{t}</a><br><small style=\"color:#006621\">{p['path']}</small></li>")
add("/index.html", doc("人工智能训练师 报考 - 搜索结果", f"""
<div style="padding:10px 20px;border-bottom:1px solid #ddd"><b style="color:#2932e1">搜一搜</b> <input value="人工智能训练师 报考 培训" style="width:400px"></div>
<ol style="max-width:820px;line-height:1.6">{''.join(items)}</ol>""", "body{margin:0;font:14px/1.5 Arial,sans-serif}"),
    ids=[], note="search-result style portal linking every page")


# ====================================================================== write
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

    # operators
    ops = {}
    for p in PAGES:
        if p["is_offer"] and p["operator"].startswith("U"):
            ops.setdefault(p["operator"], []).append(p)
    decoy_vals = {(k, n) for k, n in D.values()}
    operators = []
    for op in sorted(ops):
        pages = ops[op]
        brands = []
        for p in pages:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        ties = []
        for a, b in zip(pages, pages[1:]):
            sa = {(i[0], i[1]) for i in a["identifiers"]} - decoy_vals
            sb = {(i[0], i[1]) for i in b["identifiers"]} - decoy_vals
            shared = sorted(sa & sb)
            assert shared, (op, a["path"], b["path"])
            ties.append(f"{a['path']} -{shared[0][0]}- {b['path']}")
        operators.append([op, {"brands": brands, "ties": " ; ".join(ties)}])

    decoys = []
    for key, (k, n) in D.items():
        paths = [p["path"] for p in PAGES if any(i[0] == k and i[1] == n for i in p["identifiers"])]
        decoys.append({"kind": k, "value": n, "paths": paths, "what": DECOY_KIND_NOTE[key]})

    truth = {
        "description": ("Sealed labeled web operators-2026-12q: Chinese ads for 人工智能训练师 (4-04-05-05) courses across "
                        "marketplaces, classifieds, forums, Q&A, microblogs, notes apps, chat-group archives, recruitment "
                        "sites, mini-program shares, form builders, WeChat articles and sellers' own sites. 9 operators "
                        "(U01-U09) chained by shared seller identifiers, independents I01-I06, and decoy identifiers "
                        "(hotlines, official sites, platform footers, scam numbers, sample certificate numbers, ISBN, "
                        "plan numbers, site-builder credits, mini-program AppID) that must not tie sellers."),
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages, {sum(p['is_offer'] for p in PAGES)} offers, {len(operators)} operators, {len(decoys)} decoys")


if __name__ == "__main__":
    main()
