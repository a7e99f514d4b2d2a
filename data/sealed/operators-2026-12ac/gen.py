#!/usr/bin/env python3
"""Writes site/ and truth.json for the operators-2026-12ac web (stdlib only)."""
import json, os, posixpath, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(head8, org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else "0" if c == 11 else str(c)
    body = head8 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - t % 31
    return body + ALPHA[0 if r == 31 else r]

# ---------------------------------------------------------------- codes
C_U01 = uscc("91310115", "MA1H7K2P")   # 启元教育科技(上海)有限公司
C_U02 = uscc("91330106", "MA2CJ4R8")   # 杭州睿途教育咨询有限公司
C_U04 = uscc("91110108", "MA01XQ5D")   # 北京知行数科信息技术有限公司
C_U05 = uscc("91440300", "MA5G3N6W")   # 深圳市鼎程职业技能培训有限公司
C_U07 = uscc("91320594", "MA27LU8H")   # 清研数智教育科技(苏州)有限公司
C_U09 = uscc("91320106", "MA1Y0T3B")   # 南京新程数智科技有限公司
C_I04 = uscc("52330105", "MJ8836A1")   # 杭州市拱墅区恒信职业技能培训学校
C_PLAT = uscc("91330110", "MA2H0UB6")  # 杭州淘技能网络科技有限公司 (marketplace)
CERT_SAMPLE = "S000033010021254000318"

PAGES = []

def page(path, title, html, is_offer, op, provider, ids, note):
    PAGES.append(dict(path=path, title=title, html=html, is_offer=is_offer,
                      operator=op, provider=provider, identifiers=ids, note=note))

def rel(frm, to):
    r = posixpath.relpath(to, posixpath.dirname(frm))
    return r

def A(frm, to, text):
    return f'<a href="{rel(frm, to)}">{text}</a>'

# identifier triples: (kind, normalized, written)
def ph(norm, written): return ["phone", norm, written]
def wx(norm, written): return ["wechat", norm, written]
def qq(norm, written): return ["qq", norm, written]
def qg(norm, written): return ["qq_group", norm, written]
def em(norm, written): return ["email", norm, written]
def uc(code): return ["uscc", code, code]
def dm(norm, written): return ["domain", norm, written]
def ot(norm, written): return ["other", norm, written]

def doc(title, css, body, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            f"<title>{title}</title>\n{extra_head}<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")

# ---------------------------------------------------------------- platform chromes
CSS_MARKET = ("body{margin:0;font:14px/1.6 'PingFang SC',sans-serif;background:#f5f5f5;color:#333}"
              ".top{background:#ff5000;color:#fff;padding:8px 24px}.top a{color:#fff;margin-right:14px}"
              ".wrap{width:980px;margin:12px auto;background:#fff;padding:16px}.price{color:#ff5000;font-size:26px}"
              ".shop{border:1px solid #eee;padding:10px;margin:10px 0;background:#fffaf5}"
              "table.sku td,table.sku th{border:1px solid #eee;padding:4px 10px}"
              ".foot{width:980px;margin:0 auto 30px;color:#888;font-size:12px;border-top:1px solid #ddd;padding-top:10px}")

def market(path, title, inner):
    body = (f'<div class="top">淘技能市集 | {A(path, "/index.html", "首页")}{A(path, "/market/index.html", "职业培训")}'
            f'<span>我的订单</span> <span>购物车</span></div>\n<div class="wrap">\n{inner}\n</div>\n'
            '<div class="foot"><p>淘技能市集 — 让技能交易更放心 | 平台客服热线 400-820-7716（9:00-21:00）| '
            '客服邮箱 service@taojineng.com</p>'
            '<p>消费者权益保护热线 12315 | 平台运营方：杭州淘技能网络科技有限公司 统一社会信用代码 '
            f'{C_PLAT} | 浙ICP备2021034417号 | © 2019-2026 taojineng.com</p>'
            '<p>平台提示：请勿脱离平台私下转账，平台不对站外交易承担责任。</p></div>')
    return doc(title + " - 淘技能市集", CSS_MARKET, body)

CSS_BBS = ("body{font:13px/1.7 Verdana,'Microsoft YaHei';background:#e8eef4;margin:0}"
           ".hd{background:#2b5797;color:#fff;padding:10px 20px}.hd a{color:#cde}"
           ".crumb{padding:6px 20px}.post{background:#fff;margin:8px 20px;display:flex;border:1px solid #c5d3e2}"
           ".au{width:150px;background:#f2f6fa;padding:10px;border-right:1px solid #c5d3e2;color:#555}"
           ".ct{padding:10px 16px;flex:1;white-space:pre-line}.ft{margin:20px;color:#777;font-size:12px}")

def bbs(path, title, posts):
    html_posts = "\n".join(
        f'<div class="post"><div class="au"><b>{u}</b><br>{meta}</div><div class="ct">'
        f'<small>{floor} | 发表于 {t}</small>\n{c}</div></div>' for (u, meta, floor, t, c) in posts)
    body = (f'<div class="hd">职场充电论坛 · 职业技能与考证版 &nbsp; {A(path, "/index.html", "导航")} · '
            f'{A(path, "/bbs/index.html", "返回列表")}</div>\n<div class="crumb">论坛 › 考证交流 › {title}</div>\n'
            f'{html_posts}\n<div class="ft">本版版主：考证小助手 · 版主QQ：10086952（只处理删帖申诉，不接广告）<br>'
            '网上有害信息举报专区 · 举报电话 12377 · 职场充电论坛 Powered by 社区引擎 X3.4</div>')
    return doc(title + " - 职场充电论坛", CSS_BBS, body)

CSS_FENLEI = ("body{font:14px sans-serif;margin:0;background:#fff}.bar{background:#37a000;color:#fff;padding:8px 16px}"
              ".bar a{color:#fff}.box{margin:14px 40px}dl{display:grid;grid-template-columns:110px 1fr;gap:4px 12px}"
              "dt{color:#888}.tip{background:#fff7e0;border:1px dashed #e0b000;padding:8px;margin:14px 40px;font-size:12px}"
              ".ft{margin:20px 40px;color:#999;font-size:12px}")

def fenlei(path, title, inner):
    body = (f'<div class="bar">百城分类网 · 教育培训 › 职业技能培训 &nbsp; {A(path, "/fenlei/index.html", "返回本类")} '
            f'{A(path, "/index.html", "网站导航")}</div>\n<div class="box">\n{inner}\n</div>\n'
            '<div class="tip">安全提示：凡是要求先交“资料费”“押金”的信息请提高警惕；遇到诈骗请立即拨打 110 报警。</div>\n'
            '<div class="ft">百城分类网 企业QQ 800061255（信息审核与投诉）· 发布信息免费 · 本信息由用户自行发布，真实性请自行甄别</div>')
    return doc(title + " - 百城分类网", CSS_FENLEI, body)

CSS_WEIBO = ("body{background:#f0f1f4;font:14px/1.7 sans-serif;margin:0}.nav{background:#fff;padding:8px 30px;border-bottom:1px solid #ddd}"
             ".card{background:#fff;width:600px;margin:14px auto;padding:16px;border-radius:6px}"
             ".who{font-weight:bold}.t{color:#999;font-size:12px}.acts{color:#888;border-top:1px solid #eee;padding-top:6px}"
             ".cm{background:#f7f7f7;padding:8px;margin-top:8px;font-size:13px}.ft{text-align:center;color:#aaa;font-size:12px;margin:20px}")

def weibo(path, title, inner):
    body = (f'<div class="nav">微言 · {A(path, "/index.html", "首页")} · {A(path, "/weibo/topic-ai-trainer.html", "#AI训练师#")}</div>\n'
            f'{inner}\n<div class="ft">微言 · 违法和不良信息举报电话：4000-520-911 · 举报处理中心</div>')
    return doc(title, CSS_WEIBO, body)

CSS_VIDEO = ("body{background:#111;color:#eee;font:14px/1.7 sans-serif;margin:0}.player{width:360px;height:200px;background:#333;margin:20px auto;"
             "display:flex;align-items:center;justify-content:center;color:#aaa}.desc{width:560px;margin:0 auto}"
             ".sub{background:#222;padding:10px;white-space:pre-line;color:#ccc}.cm{border-bottom:1px solid #333;padding:6px 0}"
             "a{color:#6cf}.ft{text-align:center;color:#666;font-size:12px;margin:24px}")

def video(path, title, inner):
    body = (f'<div class="desc">快拍短视频 · {A(path, "/index.html", "首页")}</div>\n{inner}\n'
            '<div class="ft">快拍 · 未成年人保护 · 违法和不良信息举报 4001-099-365 · 网络文化经营许可证</div>')
    return doc(title + " - 快拍", CSS_VIDEO, body)

CSS_NOTES = ("body{background:#fff;font:15px/1.8 -apple-system,sans-serif;margin:0}.col{max-width:520px;margin:0 auto;padding:14px}"
             ".imgs img{width:100%;border-radius:10px;background:#fde}.tags a{color:#13386c;margin-right:6px}"
             ".meta{color:#aaa;font-size:12px}.cm{font-size:13px;border-top:1px solid #f2f2f2;padding:6px 0}")

def notes(path, title, inner):
    body = (f'<div class="col"><p>青橙笔记 · {A(path, "/index.html", "发现")}</p>\n{inner}\n'
            '<p class="meta">青橙笔记 · 沪ICP备2023061887号-2 · 社区规范</p></div>')
    return doc(title + " - 青橙笔记", CSS_NOTES, body)

CSS_MP = ("body{background:#fff;font:16px/1.9 -apple-system,'PingFang SC';color:#333;margin:0}.rich{max-width:640px;margin:0 auto;padding:20px}"
          "h1{font-size:22px}.acc{color:#576b95}.hl{background:#fff3cd;padding:8px;border-left:4px solid #f0ad4e}"
          "section.card{border:1px solid #eee;border-radius:8px;padding:10px;margin:12px 0}.ft{color:#999;font-size:13px}")

def mp(path, title, account, date, inner):
    body = (f'<div class="rich"><h1>{title}</h1>\n<p><span class="acc">{account}</span> <span class="ft">{date}</span></p>\n'
            f'{inner}\n<p class="ft">阅读 {len(inner) % 9000 + 1032} · 在看 · 点赞</p>\n'
            f'<p class="ft">{A(path, "/index.html", "返回导航")} · 微信扫一扫关注该公众号</p></div>')
    return doc(title, CSS_MP, body)

CSS_WENDA = ("body{background:#f6f6f6;font:15px/1.75 sans-serif;margin:0}.q{background:#fff;padding:16px 60px}"
             ".ans{background:#fff;margin:10px 60px;padding:14px;border-radius:4px}.au{color:#175199;font-weight:bold}"
             ".vote{color:#8590a6;font-size:13px}.ft{margin:20px 60px;font-size:12px;color:#999}")

def wenda(path, question, detail, answers):
    ans = "\n".join(f'<div class="ans"><div class="au">{au}</div><div class="vote">{v}</div>\n{c}</div>'
                    for (au, v, c) in answers)
    body = (f'<div class="q"><small>问答帮 › {A(path, "/wenda/index.html", "职业考证")} · {A(path, "/index.html", "首页")}</small>'
            f'<h1>{question}</h1><p>{detail}</p></div>\n{ans}\n'
            '<div class="ft">问答帮 · 客服邮箱 help@wendabang.cn · 回答内容仅代表作者观点</div>')
    return doc(question + " - 问答帮", CSS_WENDA, body)

CSS_QUN = ("body{font:13px sans-serif;background:#fafafa;margin:0}.hd{background:#1e9fff;color:#fff;padding:8px 20px}.hd a{color:#fff}"
           "table{border-collapse:collapse;margin:14px 20px;width:90%}td,th{border:1px solid #ddd;padding:6px;vertical-align:top}"
           "th{background:#eef6ff}.ft{margin:20px;color:#999}")

def qun(path, title, inner):
    body = (f'<div class="hd">群导航 · 找群就上群导航 · {A(path, "/index.html", "首页")}</div>\n<h2 style="margin:14px 20px">{title}</h2>\n'
            f'{inner}\n<div class="ft">群导航仅提供信息展示，入群前请核实。站长QQ：20031188 · 群收录申请请走后台</div>')
    return doc(title + " - 群导航", CSS_QUN, body)

CSS_JOBS = ("body{font:14px/1.7 sans-serif;background:#f4f6f9;margin:0}.top{background:#00a6a7;color:#fff;padding:10px 30px}.top a{color:#fff}"
            ".job{background:#fff;margin:14px 30px;padding:18px}.sal{color:#fe574a;font-size:20px}.lab span{background:#f1f2f5;padding:2px 6px;margin-right:4px}"
            ".desc{white-space:pre-line}.warn{background:#fff4f0;color:#c33;padding:8px;margin:14px 30px}.ft{margin:14px 30px;color:#999;font-size:12px}")

def jobs(path, title, inner):
    body = (f'<div class="top">才聘网 · {A(path, "/index.html", "首页")} · 职位搜索</div>\n<div class="job">\n{inner}\n</div>\n'
            '<div class="warn">求职防骗：招聘过程中以任何名义收取培训费、押金、办证费的，均可向平台举报。</div>\n'
            '<div class="ft">才聘网客服 400-885-6120 · www.caipin.com.cn · 人力资源服务许可证</div>')
    return doc(title + " - 才聘网", CSS_JOBS, body)

CSS_FORM = ("body{background:#eef1f7;font:15px/1.7 sans-serif;margin:0}.f{max-width:560px;margin:20px auto;background:#fff;padding:20px;border-radius:8px}"
            "label{display:block;margin-top:10px;font-weight:bold}.hint{color:#888;font-size:13px}input,select{width:95%;padding:6px}"
            ".ft{text-align:center;font-size:12px;color:#999}")

def form(path, title, inner):
    body = (f'<div class="f">\n{inner}\n</div>\n<p class="ft">本表单由 快填 kuaitian.cn 提供技术支持，表单内容由发布者负责 · '
            f'{A(path, "/index.html", "返回")}</p>')
    return doc(title, CSS_FORM, body)

def builder_credit():
    return '<p class="builder">网站建设：云栈建站 www.yunzhan-jz.com 技术支持热线 400-061-5528</p>'

# ================================================================= OFFER PAGES
# ---------------- U01: 智训未来教育 / 启元AI学苑 (启元教育科技(上海)有限公司)
p = "/market/item-20417.html"
page(p, "人工智能训练师四级", market(p, "人工智能训练师四级 中级 线上班", f'''
<h1>【智训未来】人工智能训练师 四级/中级工 线上直播班｜数据标注+智能系统运维 全程带练</h1>
<p class="price">¥3,980 <s style="font-size:14px;color:#999">¥5,800</s></p>
<p>月销 126 · 累计评价 88 · 支持花呗分期：3期免息</p>
<table class="sku"><tr><th>规格</th><th>价格</th><th>说明</th></tr>
<tr><td>五级（初级）</td><td>¥2,680</td><td>60课时，需满足1年相关工作经历</td></tr>
<tr><td>四级（中级）</td><td>¥3,980</td><td>50课时，含实操题库</td></tr>
<tr><td>四级+五级 套餐</td><td>¥5,980</td><td>两个等级一起报更划算</td></tr></table>
<div class="shop"><b>店铺：智训未来教育</b> ｜ 开店 3 年 ｜ 描述 4.8 服务 4.9<br>
课程顾问 周老师 139 1742 6630（微信同号）｜ 售后QQ：2851907734<br>
<img src="../img/blank.png" alt="周老师二维码，扫码咨询报名"></div>
<h3>课程详情</h3>
<p>人工智能训练师（职业编码 4-04-05-05）是2020年人社部公布的新职业。本课程依据《人工智能训练师国家职业技能标准（2021年版）》设计，
理论+实操双考核，合格后由备案评价机构颁发职业技能等级证书，证书可在技能人才评价工作网查询。</p>
<p>拍下后请联系客服确认报名资料（身份证正反面、学历证明、工作证明）。</p>
<p>同店推荐：{A(p, "/market/item-20988.html", "启元AI学苑 三级高级工冲刺班")}</p>
'''), True, "U01", "智训未来教育",
     [ph("+8613917426630", "139 1742 6630"), qq("2851907734", "2851907734")],
     "Marketplace item; seller phone with 微信同号, after-sales QQ. Platform footer is shared by all shops.")

p = "/market/item-20988.html"
page(p, "启元AI学苑 三级", market(p, "AI训练师三级 高级工", f'''
<h1>启元AI学苑｜AI训练师三级（高级工）冲刺班 · 业务分析/智能训练/智能系统设计</h1>
<p class="price">4680元</p>
<p>支持分期：12期 每期约 390 元 · 已售 41</p>
<ul>
<li>适合：已持四级证书、从事数据标注/算法测试相关岗位的学员</li>
<li>形式：周末直播 + 录播回放 + 2次线下实操模拟</li>
<li>学员须知：报名资格由评价机构审核，不符合条件全额退款</li>
</ul>
<div class="shop"><b>启元AI学苑</b>（认证店铺）<br>
联系方式：企鹅 2851907734 ／ 资料发送邮箱 qiyuan_ai@163.com<br>
最近一笔订单：订单号 15920260318（已发货电子资料）</div>
<p>买家评价：“老师很负责，资料发邮箱很快。” —— q***8</p>
<p>{A(p, "/market/item-20417.html", "同店：四级中级线上班")} · {A(p, "/market/index.html", "返回类目")}</p>
'''), True, "U01", "启元AI学苑",
     [qq("2851907734", "2851907734"), em("qiyuan_ai@163.com", "qiyuan_ai@163.com")],
     "Second shop of the same seller under another brand; shares the QQ with item-20417. Order number looks like a mobile.")

p = "/sites/qiyuanai/index.html"
page(p, "启元AI学苑官网", doc("启元AI学苑 - 人工智能训练师职业技能培训",
    "body{margin:0;font:15px/1.8 Georgia,'Songti SC',serif;color:#1f2d3d}header{background:linear-gradient(90deg,#0b3d91,#1565c0);color:#fff;padding:30px 60px}"
    "nav a{color:#fff;margin-right:18px}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;padding:24px 60px}"
    ".grid div{border:1px solid #dde;padding:14px;border-radius:6px}footer{background:#0b1b33;color:#9ab;padding:18px 60px;font-size:13px}.builder{color:#567}",
    f'''<header><h1>启元AI学苑</h1><p>让每一位数据标注员成长为人工智能训练师</p>
<nav>{A(p, "/sites/qiyuanai/index.html", "首页")}{A(p, "/sites/qiyuanai/blog/2026-04-level4.html", "学苑博客")}{A(p, "/index.html", "导航")}</nav></header>
<div class="grid">
<div><h3>五级 / 初级工</h3><p>60 课时 · 学费 2680 元<br>适合有一年以上相关工作经历的学员</p></div>
<div><h3>四级 / 中级工</h3><p>50 课时 · 学费 3980 元<br>数据采集和处理、数据标注、智能系统运维</p></div>
<div><h3>三级 / 高级工</h3><p>40 课时 · 学费 4680 元<br>业务分析、智能训练、智能系统设计、培训与指导</p></div>
</div>
<section style="padding:0 60px"><h2>关于证书</h2>
<p>学员参加备案评价机构组织的理论与技能考核，成绩均达 60 分以上者取得职业技能等级证书，可登录 zscx.osta.org.cn 查询。
我们不承诺“包过”，未通过可免费重学一期。</p>
<h2>联系我们</h2>
<p>咨询热线：<a href="tel:02150893317">021-5089 3317</a><br>
投递简历与合作：qiyuan_ai[at]163.com（请将[at]替换为@）<br>
地址：上海市浦东新区张江路 1688 弄 5 号楼 7 层</p></section>
<footer>启元教育科技(上海)有限公司 · 统一社会信用代码 {C_U01} · 官网 www.qiyuan-ai.cn · 沪ICP备2022019934号-1
{builder_credit()}</footer>'''), True, "U01", "启元AI学苑",
     [ph("+862150893317", "021-5089 3317"), em("qiyuan_ai@163.com", "qiyuan_ai[at]163.com"),
      uc(C_U01), dm("qiyuan-ai.cn", "www.qiyuan-ai.cn")],
     "Company site of the 启元 brand; e-mail written with [at]; USCC and domain in the footer; site-builder credit.")

p = "/sites/qiyuanai/blog/2026-04-level4.html"
page(p, "四级备考", doc("四级备考经验：数据标注实操题怎么拿分｜启元AI学苑博客",
    "body{font:16px/1.9 serif;max-width:720px;margin:0 auto;padding:20px;color:#222}aside{background:#eef3fb;padding:10px}"
    "footer{font-size:12px;color:#678;border-top:1px solid #ccd;margin-top:30px}.builder{color:#89a}",
    f'''<p>{A(p, "/sites/qiyuanai/index.html", "← 返回启元AI学苑首页")}</p>
<article><h1>四级备考经验：数据标注实操题怎么拿分</h1><p><i>2026-04-15 · 教研组 林老师</i></p>
<p>上周六的四级模拟考，班里 32 位同学平均分 71 分。实操部分失分最多的是“标注规范一致性”和“质检抽样”。下面是我们整理的三个要点：</p>
<ol><li>先读标注规范，再动手：每一类边界情况都要看示例。</li>
<li>质检不是走形式：抽样比例、错误类型统计要写进报告。</li>
<li>智能系统运维题要会看日志，不是背答案。</li></ol>
<aside>五月班正在招生：中级四级 学费三千九百八，老学员推荐立减 300。报名加班主任微信 qyai_kf01，备注“博客”。</aside>
</article>
<footer>© 启元AI学苑 qiyuan-ai.cn · 启元教育科技(上海)有限公司（{C_U01}）{builder_credit()}</footer>'''),
     True, "U01", "启元AI学苑",
     [wx("qyai_kf01", "qyai_kf01"), dm("qiyuan-ai.cn", "qiyuan-ai.cn"), uc(C_U01)],
     "Blog post of the company site; sells the May class; shares domain and USCC with the home page.")

# ---------------- U02: 华睿职培 / 睿途教育咨询
p = "/fenlei/ai-xunlianshi/88310427.html"
page(p, "华睿职培", fenlei(p, "华睿职培 人工智能训练师", f'''
<h1>【华睿职培】人工智能训练师证 报名中 五级四级三级都可报 杭州/线上</h1>
<dl><dt>类别</dt><dd>职业技能培训</dd><dt>区域</dt><dd>杭州 · 西湖区 文三路</dd>
<dt>费用</dt><dd>学费 2 千多（五级），四级三级电询</dd><dt>联系人</dt><dd>华老师</dd>
<dt>电话</dt><dd>186-2174-0953</dd><dt>V信</dt><dd>hr_zhipei</dd><dt>发布时间</dt><dd>2026-04-13</dd></dl>
<p>AI训练师是国家新职业，持证可申领技能提升补贴，补贴后几乎免费！名额有限，每月一期，报名截止前资料审核。
零基础也能学，老师一对一辅导，考试通过率高。</p>
<p>{A(p, "/fenlei/index.html", "更多职业培训信息")}</p>'''), True, "U02", "华睿职培",
     [ph("+8618621740953", "186-2174-0953"), wx("hr_zhipei", "hr_zhipei")],
     "Classifieds post; phone with dashes and a V信 id.")

p = "/bbs/thread-5417.html"
page(p, "AI训练师报名", bbs(p, "2026年人工智能训练师报名流程+补贴攻略（持续更新）", [
    ("华睿职培-华老师", "Lv3 · 帖子 58", "楼主", "2026-04-14 09:12",
     "很多人私信问AI训练师证怎么考，这里统一说一下：\n"
     "1. 五级（初级）：相关工作满1年即可报，学费2千出头；\n"
     "2. 四级（中级）：需要五级证+工作年限，或者中职相关专业毕业；\n"
     "3. 三级可以走“学历+年限”通道，具体要审核。\n"
     "补贴方面，交了一年以上失业保险的可以申请技能提升补贴，五级最高1000元。\n"
     "有问题加 HR_zhipei 或者进我们的资料群 738102456 ，群里每天发题库。"),
    ("路过的小张", "Lv1 · 帖子 3", "2楼", "2026-04-14 10:40", "五级真的要一年工作经历吗？我是应届生。"),
    ("华睿职培-华老师", "Lv3 · 帖子 58", "3楼", "2026-04-14 11:02",
     "@路过的小张 应届生可以先报我们的数据标注实训，积累工作经历，具体私聊～"),
    ("冷静的老刘", "Lv5 · 帖子 902", "4楼", "2026-04-14 13:25",
     "提醒一句：证书能不能查以 osta 官网为准，别信什么内部渠道。"),
]), True, "U02", "华睿职培",
     [wx("hr_zhipei", "HR_zhipei"), qg("738102456", "738102456")],
     "Forum thread opened by the seller; WeChat id in another case; QQ group. Forum footer carries the moderator QQ.")

p = "/mp/s/ruitu-0414.html"
page(p, "睿途公众号", mp(p, "AI训练师四级周末班开课啦｜附2026年报考条件全解读", "睿途教育咨询", "2026-04-16 20:30", f'''
<p>各位同学大家好，睿途教育咨询四月周末班正式开班！</p>
<section class="card"><b>课程安排</b><br>四级（中级工）：8个周末 · 每周六日 9:00-17:00<br>学费：3480元，可分3期<br>
地点：杭州西湖区文三路 259 号 4 楼（同步直播）</section>
<p class="hl">证书说明：证书由备案的社会培训评价组织颁发，全国联网可查。这里给大家看一下往期学员证书样本（编号 {CERT_SAMPLE}，已打码姓名）。</p>
<p><img src="../../img/blank.png" alt="证书样本图片"></p>
<p>报名方式：① 加入QQ咨询群 738102456；② 资料发至 ruitu_edu@qq.com；③ 对公转账户名：杭州睿途教育咨询有限公司。</p>
<p>往期回顾：{A(p, "/form/ruitu-baoming.html", "点此在线报名")}</p>'''), True, "U02", "睿途教育咨询",
     [qg("738102456", "738102456"), em("ruitu_edu@qq.com", "ruitu_edu@qq.com"),
      ot("杭州睿途教育咨询有限公司", "杭州睿途教育咨询有限公司")],
     "WeChat-article style post of the second brand; QQ group ties to the forum thread; a sample certificate number copied by several sellers.")

p = "/form/ruitu-baoming.html"
page(p, "睿途报名表", form(p, "睿途教育 · 人工智能训练师报名登记表", f'''
<h2>人工智能训练师（四级/三级）报名登记表</h2>
<p class="hint">提交后 24 小时内老师会联系您。考核地点：江南数智技能评价中心（咨询电话 0571-8650 3390）。</p>
<label>姓名</label><input type="text">
<label>手机号</label><input type="text"><p class="hint">示例：138-0000-0000</p>
<label>报考等级</label><select><option>四级 ¥3,480</option><option>三级 ¥4,280</option></select>
<label>电子邮箱</label><input type="text"><p class="hint">示例：name@example.com</p>
<label>付款方式</label><p class="hint">对公转账 户名：杭州睿途教育咨询有限公司（统一社会信用代码 {C_U02}）；
或微信支付（支付通道由财付通支付科技有限公司提供）</p>
<p>疑问请发邮件至 ruitu_edu＠qq.com ；补贴政策可咨询当地 12333。</p>
<button>提交</button>'''), True, "U02", "睿途教育咨询",
     [em("ruitu_edu@qq.com", "ruitu_edu＠qq.com"), ot("杭州睿途教育咨询有限公司", "杭州睿途教育咨询有限公司"), uc(C_U02)],
     "Sign-up form; e-mail with a full-width at sign; payee name and USCC; placeholders and the assessment centre number are not the seller's.")

# ---------------- U03: 星火智能学堂 / 小安老师AI课
p = "/weibo/u/5839201174/status-0413.html"
page(p, "星火智能学堂微言", weibo(p, "星火智能学堂的微言", f'''
<div class="card"><div class="who">星火智能学堂</div><div class="t">2026-4-13 21:07 来自 iPhone 15</div>
<p>#AI训练师# 四月最后一期！🔥人工智能训练师五级+四级 双证班，一次报两个等级只要 ¥3,299，
零基础也能拿证，下证快，人社部备案可查！想转行的宝子冲～
咨询薇：xinghuo-ai2025 ／ 电话 １５２０６３８４１７９</p>
<p><img src="../../../img/blank.png" alt="课程海报：双证班 限时 3299"></p>
<div class="acts">转发 12 · 评论 30 · 赞 87</div>
<div class="cm">用户a9x：双证是同时考两个等级吗？<br>星火智能学堂：是的亲，五级四级一起考，省时间～</div></div>
<div class="card">{A(p, "/weibo/topic-ai-trainer.html", "查看更多 #AI训练师# 微言")}</div>'''), True, "U03", "星火智能学堂",
     [wx("xinghuo-ai2025", "xinghuo-ai2025"), ph("+8615206384179", "１５２０６３８４１７９")],
     "Microblog status; 薇 for WeChat, phone in full-width digits; sells two levels at once.")

p = "/video/7391024.html"
page(p, "小安老师AI课视频", video(p, "3分钟讲清AI训练师证", f'''
<div class="player">▶ 3分钟讲清AI训练师证到底值不值得考</div>
<div class="desc"><h2>小安老师AI课</h2><p>@小安老师AI课 · 2026-04-15 · 2.1万播放</p>
<div class="sub">【视频字幕】
大家好我是小安老师。
很多人问我AI训练师证有没有用，我直接说：
现在大厂招数据标注、AI训练岗位，有证的优先。
我们的课程一千六百八，四级直接报，学完就能考。
证书顺丰包邮到家，顺丰 95338 随时查物流。
想报名的打 152-0638-4179，或者抖音号：xiaoan_ai88 私信我。</div>
<div class="cm">网友“柠檬”：老师，四级不用五级证吗？</div>
<div class="cm">小安老师AI课（作者）：有相关学历可以直接报四级，私信发你条件～</div></div>'''),
     True, "U03", "小安老师AI课",
     [ph("+8615206384179", "152-0638-4179"), ot("douyin:xiaoan_ai88", "xiaoan_ai88")],
     "Short-video page text (subtitles); phone with dashes; a short-video account id; a courier hotline.")

p = "/notes/6612a4.html"
page(p, "小安老师笔记", notes(p, "AI训练师考证避坑", f'''
<div class="imgs"><img src="../img/blank.png" alt="封面：AI训练师考证避坑指南 小安老师"></div>
<h2>考AI训练师证我踩过的3个坑🕳️（附报班经验）</h2>
<p>姐妹们我是小安～去年从电商客服转做数据标注，今年拿到了四级证✌️</p>
<p>坑1：不要信“不用考试直接发证”的，正规的都要理论+实操。<br>
坑2：报班前问清楚是哪家评价机构发证，去官网查一下有没有备案。<br>
坑3：别一次买一堆证。</p>
<p>我现在也在带班，四级学费一千六百八，可以分期👉 抖音同名小安老师AI课，抖音号 xiaoan_ai88，
或者加QQ 3307719425 拿免费资料包📦</p>
<p class="tags"><a href="#">#AI训练师</a><a href="#">#数据标注</a><a href="#">#转行</a></p>
<div class="cm">💬 奶茶不加糖：求资料！<br>💬 小安（作者）：已发～</div>
<p class="meta">编辑于 2026-04-18 · 浙江</p>'''), True, "U03", "小安老师AI课",
     [ot("douyin:xiaoan_ai88", "xiaoan_ai88"), qq("3307719425", "3307719425")],
     "Notes-app post; ties to the video page through the short-video account id; adds a QQ.")

# ---------------- U04: 博智人才 / 知行数科培训 (北京知行数科信息技术有限公司)
p = "/wenda/q-20931.html"
page(p, "人工智能训练师证怎么考", wenda(p, "人工智能训练师证书怎么考？在哪报名靠谱？",
    "坐标北京，做了两年客服，想转AI方向，看到很多机构在招生，不知道怎么选。", [
    ("博智人才顾问 · 职业规划师", "128 人赞同了该回答",
     "<p>谢邀。人工智能训练师（4-04-05-05）目前由备案的评价机构组织认定，分五个等级。你做了两年客服，"
     "如果是智能客服相关岗位，可以按“相关工作满1年”报五级。</p>"
     "<p>我们博智人才这边北京有线下班，五级学费 2580 元，四级 3280 元，报两级打九折。考核在合作评价机构进行，"
     "证书全国联网可查。</p><p>需要报考条件表的可以加v bozhi_rc，或者直接打 +86 137 1859 2046 找王老师。</p>"),
    ("匿名用户", "36 人赞同了该回答",
     "<p>建议先去技能人才评价工作网查一下机构是否备案，再决定报不报。别被“包过”忽悠。</p>"),
]), True, "U04", "博智人才",
     [wx("bozhi_rc", "bozhi_rc"), ph("+8613718592046", "+86 137 1859 2046")],
     "Q&A answer by the seller; 加v with WeChat id and a +86 phone. Second answer is neutral.")

p = "/wenda/q-21766.html"
page(p, "AI训练师三级能直接考吗", wenda(p, "没有四级证，AI训练师三级能直接考吗？",
    "本科计算机专业，毕业一年，想直接考三级高级工。", [
    ("知行数科培训-王老师", "45 人赞同了该回答",
     "<p>可以的，我们有“本科学历直通三级”通道，不用四级证，不看工作年限，"
     "考前集训 5 天，学费 4,980（含考务费），当月考试当月出成绩。</p>"
     "<p>详细招生简章发邮箱：zhixing_edu#126.com （#换成@），或电话 13718592046 。</p>"),
    ("数据标注从业者", "210 人赞同了该回答",
     "<p>按照标准的模板，三级一般要四级证加若干年限，或者四级证加相关学历。"
     "宣称“直通三级不看年限”的要小心。</p>"),
]), True, "U04", "知行数科培训",
     [em("zhixing_edu@126.com", "zhixing_edu#126.com"), ph("+8613718592046", "13718592046")],
     "Q&A answer under a second brand; e-mail written with # for @; same phone as q-20931; eligibility shortcut.")

p = "/m/bozhi/index.html"
page(p, "知行数科小程序", doc("知行数科 · 博智AI认证通道",
    "body{margin:0;background:#f7f8fa;font:15px/1.6 -apple-system,sans-serif}.bar{background:#07c160;color:#fff;text-align:center;padding:10px}"
    ".tile{background:#fff;margin:10px;padding:12px;border-radius:10px}.btn{display:block;background:#07c160;color:#fff;text-align:center;padding:10px;border-radius:20px;margin:10px}"
    ".sm{font-size:12px;color:#999;text-align:center}",
    f'''<div class="bar">知行数科 · 博智AI认证通道 ⋯ ⊙</div>
<div class="tile"><h3>人工智能训练师 三级/高级工</h3><p>💰 ￥4,980 · 含培训、考务、证书邮寄</p>
<p>⏱ 5天集训 · 线上考试</p><p>📍 考点：江南数智技能评价中心 0571-8650 3390</p></div>
<div class="tile"><h3>人工智能训练师 四级/中级工</h3><p>💰 ￥3,280</p></div>
<div class="tile"><p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p>
<p>客服邮箱：zhixing_edu@126.com</p><p>官网：bozhi-ai.com.cn</p></div>
<a class="btn" href="#">立即报名</a>
<p class="sm">服务提供方：知行数科培训（北京知行数科信息技术有限公司）{C_U04}</p>
<p class="sm">{A(p, "/index.html", "返回")}</p>'''), True, "U04", "知行数科培训",
     [em("zhixing_edu@126.com", "zhixing_edu@126.com"), dm("bozhi-ai.com.cn", "bozhi-ai.com.cn"), uc(C_U04)],
     "Mini-program landing page; combines both brand names; quotes the assessment centre's number and the official query site.")

p = "/qun/board-4471.html"
page(p, "博智群", qun(p, "AI训练师考证交流群（博智人才）", '''
<table><tr><th>群名称</th><td>AI训练师考证交流②群</td></tr>
<tr><th>群号</th><td>815530297（QQ群）</td></tr>
<tr><th>群主</th><td>博智人才-王老师</td></tr>
<tr><th>群介绍</th><td>每天分享人工智能训练师真题、报考政策。五级 2580 四级 3280，报名咨询 137-1859-2046。
群内禁止发广告，发现直接踢。</td></tr>
<tr><th>更新时间</th><td>2026-04-17</td></tr></table>'''), True, "U04", "博智人才",
     [qg("815530297", "815530297"), ph("+8613718592046", "137-1859-2046")],
     "Chat-group board entry; group number plus the phone shared with the Q&A answers; board admin QQ in footer.")

# ---------------- U05: 鼎程教育 / 众合人力资源 (深圳市鼎程职业技能培训有限公司)
p = "/jobs/detail-90155.html"
page(p, "招聘AI训练师", jobs(p, "AI训练师（带薪培训）", '''
<h1>AI训练师（可培训上岗）</h1><p class="sal">8-15K·13薪</p>
<p class="lab"><span>深圳·南山</span><span>经验不限</span><span>学历不限</span></p>
<div class="desc">岗位职责：
1. 负责大模型对话数据的标注与质检；
2. 参与智能客服训练语料整理。
任职要求：
1. 无经验可培训，需先参加岗前培训并取得人工智能训练师四级证书；
2. 培训费 3980 元（可用工资抵扣，入职满 6 个月返还一半）。
招聘单位：众合人力资源（深圳）
联系电话：0755-2661 8094  简历投递：hr@zhonghe-hr.cn</div>'''), True, "U05", "众合人力资源",
     [ph("+8675526618094", "0755-2661 8094"), em("hr@zhonghe-hr.cn", "hr@zhonghe-hr.cn")],
     "Job-board post that sells a course (培训费 before hiring); landline and e-mail.")

p = "/fenlei/ai-xunlianshi/88417730.html"
page(p, "鼎程教育分类", fenlei(p, "鼎程教育 AI训练师", f'''
<h1>深圳南山 鼎程教育｜人工智能训练师四级三级 周末班 政府补贴</h1>
<dl><dt>费用</dt><dd>四级 3980元 / 三级 4580元（可申请技能提升补贴，四级最高1500元）</dd>
<dt>上课地址</dt><dd>南山区科技园 科苑路 15 号</dd>
<dt>电话</dt><dd><a href="tel:075526618094">0755 26618094</a></dd>
<dt>微信</dt><dd>dc_peixun</dd><dt>发布</dt><dd>2026-04-15</dd></dl>
<p>正规备案机构组织考核，证书全国联网可查。另有企业内训、数据标注外包合作。</p>
<p>{A(p, "/fenlei/index.html", "返回")}</p>'''), True, "U05", "鼎程教育",
     [ph("+8675526618094", "0755 26618094"), wx("dc_peixun", "dc_peixun")],
     "Classifieds post; the same landline as the job post, written without dash; WeChat id.")

p = "/sites/dingcheng/index.html"
page(p, "鼎程教育官网", doc("鼎程教育 | 深圳市鼎程职业技能培训有限公司",
    "body{margin:0;font:14px/1.7 Arial,sans-serif;background:#fff}.hero{background:#c62828;color:#fff;padding:40px}"
    ".row{display:flex;gap:20px;padding:20px 40px}.row>div{flex:1;background:#fafafa;padding:14px}"
    ".contact{padding:10px 40px;background:#fff3f3}footer{padding:14px 40px;color:#888;font-size:12px}.builder{color:#aaa}",
    f'''<div class="hero"><h1>鼎程教育</h1><p>深圳市鼎程职业技能培训有限公司 · 专注新职业技能培训</p><p>{A(p, "/index.html", "导航")}</p></div>
<div class="row"><div><h3>人工智能训练师</h3><p>四级 / 三级，理论+实操，周末班与晚班。<br>四级学费：叁仟玖佰捌拾元整</p></div>
<div><h3>健康照护师</h3><p>五级起，详询课程顾问。</p></div>
<div><h3>企业服务</h3><p>数据标注外包、员工技能等级认定组织。</p></div></div>
<div class="row"><div><h3>证书样式</h3><p><img src="../../img/blank.png" alt="职业技能等级证书样本">
样本编号 {CERT_SAMPLE}（仅作展示）</p><p>认定结果可登录技能人才评价工作网 osta.org.cn 查询。如有政策疑问可拨打 12345 政务服务热线。</p></div></div>
<div class="contact">微信：DC_peixun ｜ QQ：1470228863 ｜ 网址：www.dingchengpx.com</div>
<footer>深圳市鼎程职业技能培训有限公司 统一社会信用代码：{C_U05} · 粤ICP备2023088120号{builder_credit()}</footer>'''),
     True, "U05", "鼎程教育",
     [wx("dc_peixun", "DC_peixun"), qq("1470228863", "1470228863"), dm("dingchengpx.com", "www.dingchengpx.com"), uc(C_U05)],
     "Seller company site; WeChat id in capitals ties it to the classifieds post; price in financial numerals; shows the copied sample certificate number.")

# ---------------- U06: 优课职达 / 职达教育
p = "/market/item-21350.html"
page(p, "优课职达", market(p, "人工智能训练师证 五级 包过", f'''
<h1>优课职达 人工智能训练师五级证 不过全额退 快速下证 国家职业资格证书</h1>
<p class="price">￥1,280</p><p>月销 300+ · 发货：付款后 48 小时内开通课程</p>
<table class="sku"><tr><td>五级（初级工）</td><td>￥1,280</td></tr><tr><td>四级（中级工）</td><td>￥1,880</td></tr>
<tr><td>三级（高级工）</td><td>￥2,580</td></tr><tr><td>五四三 三证联报</td><td>￥4,680</td></tr></table>
<div class="shop"><b>优课职达</b> · 金牌卖家<br>报名热线：17765203318 ｜ 客服QQ：936614508<br>
证书邮寄走顺丰 95338，到手可查。</div>
<p>注：本店证书人社部颁发，全国通用，可用于落户积分、评职称。</p>
<p>{A(p, "/market/index.html", "返回类目")}</p>'''), True, "U06", "优课职达",
     [ph("+8617765203318", "17765203318"), qq("936614508", "936614508")],
     "Marketplace item full of misleading claims (包过, 国家职业资格证书, 人社部颁发, 三证联报).")

p = "/video/7403388.html"
page(p, "优课直播切片", video(p, "直播切片：三证联报", f'''
<div class="player">▶ 直播切片 | 优课职达·今晚福利价</div>
<div class="desc"><h2>优课AI · 职达老师</h2><p>@优课AI · 2026-04-16 · 8,402 播放</p>
<div class="sub">【口播文案】
家人们今天直播间福利，人工智能训练师三证联报，原价九千九百九十九，今天四千六百八！
不用担心考不过，考不过全额退！
小黄车下单，或者打电话 177 6520 3318，
主页V：youke_zd 备注“直播间”，老师拉你进群。</div>
<div class="cm">评论：“真的能退吗？” —— 作者回复：白纸黑字写进协议的～</div></div>'''),
     True, "U06", "优课AI",
     [ph("+8617765203318", "177 6520 3318"), wx("youke_zd", "youke_zd")],
     "Live-stream clip text under a third brand; price written in Chinese numerals; phone with spaces.")

p = "/mp/s/zhida-0416.html"
page(p, "职达教育公众号", mp(p, "关于近期有人冒用“职达教育”名义招生的声明", "职达教育", "2026-04-17 10:05", f'''
<p>近期接到学员反映，有人冒用我机构名义，使用号码 170 2586 4431 添加学员收取“加急费”。该号码与我机构无关，请大家谨慎辨别。</p>
<p class="hl">职达教育官方联系方式仅有：微信号：youke_zd；邮箱：zhida@zhidaedu.net；官网：zhidaedu.net</p>
<section class="card"><b>五月班招生</b><br>人工智能训练师五级/四级 线上班，学费 1280 元起。
人社部认证的新职业，拿证即可申请补贴。</section>
<p>如遇诈骗，请及时拨打 110 或向当地 12315 投诉。</p>'''), True, "U06", "职达教育",
     [wx("youke_zd", "youke_zd"), em("zhida@zhidaedu.net", "zhida@zhidaedu.net"), dm("zhidaedu.net", "zhidaedu.net")],
     "WeChat-article 'impersonation notice' that still sells; quotes the scam number also named in the news warning.")

p = "/bbs/thread-5488.html"
page(p, "求推荐AI训练师机构", bbs(p, "求推荐靠谱的AI训练师培训机构，预算两千以内", [
    ("想转行的猫", "Lv2 · 帖子 11", "楼主", "2026-04-18 08:30", "如题，在二线城市，预算两千以内，只要能正规考证就行。"),
    ("职达教育-小周", "Lv2 · 帖子 26", "2楼", "2026-04-18 09:01",
     "可以看看我们职达，五级线上班 1280，四级 1880，全程直播。\n"
     "详细资料发邮箱 zhida at zhidaedu dot net（自行替换符号），或加交流Q群60318872 。"),
    ("冷静的老刘", "Lv5 · 帖子 902", "3楼", "2026-04-18 09:44",
     "楼上是广告。楼主去 zscx.osta.org.cn 对一下机构备案，再看价格。"),
]), True, "U06", "职达教育",
     [em("zhida@zhidaedu.net", "zhida at zhidaedu dot net"), qg("60318872", "60318872")],
     "Forum thread where the seller replies; e-mail spelled out with at/dot; a QQ group.")

# ---------------- U07: 清研智学 (清研数智教育科技(苏州)有限公司)
CSS_QY = ("body{margin:0;font:15px/1.8 'Microsoft YaHei';color:#263238;background:#fcfcf7}.top{display:flex;justify-content:space-between;"
          "padding:14px 50px;border-bottom:3px solid #6a1b9a}.top a{margin-left:16px;color:#6a1b9a}main{padding:20px 50px}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:6px 12px}footer{background:#f0eef5;padding:14px 50px;font-size:12px;color:#666}.builder{color:#999}")
p = "/sites/qingyan/index.html"
page(p, "清研智学", doc("清研智学 - 苏州人工智能训练师培训", CSS_QY, f'''
<div class="top"><b>清研智学 QINGYAN</b><span>{A(p, "/sites/qingyan/index.html", "首页")}{A(p, "/sites/qingyan/jianzhang-2026.html", "2026招生简章")}{A(p, "/index.html", "导航")}</span></div>
<main><h1>人工智能训练师 · 苏州工业园区线下班</h1>
<p>清研智学面向数据标注员、智能客服训练员开设人工智能训练师等级培训，课程对照 2021 版国家职业技能标准，
理论约三成、实操约七成。培训结束后，学员自愿报名参加备案评价机构的认定考核，证书可在 zscx.osta.org.cn 查询。</p>
<table><tr><th>等级</th><th>课时</th><th>培训费</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>2200 元</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2800 元</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>3600 元</td></tr></table>
<p>培训费不含认定考务费；认定未通过，可按评价机构规定补考。</p>
<p>课程顾问：<a href="tel:13661827405">136-6182-7405</a>（陈老师）</p></main>
<footer>清研数智教育科技(苏州)有限公司 · 统一社会信用代码 {C_U07} · qyzx-edu.com{builder_credit()}</footer>'''),
     True, "U07", "清研智学",
     [ph("+8613661827405", "136-6182-7405"), uc(C_U07), dm("qyzx-edu.com", "qyzx-edu.com"),
      ot("清研数智教育科技(苏州)有限公司", "清研数智教育科技(苏州)有限公司")],
     "Comparatively honest company site (fees separate from assessment, no pass promise).")

p = "/sites/qingyan/jianzhang-2026.html"
page(p, "清研招生简章", doc("2026年人工智能训练师招生简章 - 清研智学", CSS_QY, f'''
<div class="top"><b>清研智学 QINGYAN</b><span>{A(p, "/sites/qingyan/index.html", "首页")}</span></div>
<main><h1>2026年第二期人工智能训练师（四级/三级）招生简章</h1>
<h3>一、报名条件</h3><p>四级：取得五级证书后从事本职业满 4 年，或累计工作满 6 年，或相关专业中职及以上毕业生；<br>
三级：取得四级证书后从事本职业满 5 年，或持四级证书并具有相关专业高职毕业证书等。</p>
<h3>二、时间</h3><p>2026 年 5 月 9 日开班，每周六全天，共 7 周。</p>
<h3>三、费用</h3><p>四级培训费 2800 元；三级 3600 元。符合条件的学员可按规定申请失业保险技能提升补贴（四级最高 1500 元，三级最高 2000 元），
具体以当地人社部门审核为准，可致电 12333 咨询。</p>
<h3>四、报名方式</h3><p>电话/微信：13661827405 ｜ 教务微信：qyzx_teacher<br>
缴费账户户名：清研数智教育科技(苏州)有限公司</p></main>
<footer>清研数智教育科技(苏州)有限公司 · {C_U07} · www.qyzx-edu.com{builder_credit()}</footer>'''),
     True, "U07", "清研智学",
     [ph("+8613661827405", "13661827405"), wx("qyzx_teacher", "qyzx_teacher"), uc(C_U07),
      dm("qyzx-edu.com", "www.qyzx-edu.com"), ot("清研数智教育科技(苏州)有限公司", "清研数智教育科技(苏州)有限公司")],
     "Enrolment brochure on the same company site; eligibility stated per the standard's template; hotline 12333 is public.")

p = "/notes/6630c9.html"
page(p, "清研笔记", notes(p, "苏州AI训练师线下班", f'''
<div class="imgs"><img src="../img/blank.png" alt="教室实拍：清研数智 周六实操课"></div>
<h2>在苏州上了7周AI训练师线下课，说点真实感受</h2>
<p>不是广告（好吧有一点😂）我现在在清研数智做助教。</p>
<p>✅ 实操课真的多，标注工具、质检流程都上手练<br>✅ 培训费和考试费分开收，四级两千八<br>
❌ 周六全天有点累<br>❌ 不包过！考不过要自己补考</p>
<p>🌟vx：qyzx_teacher 备注“笔记”可以领四级知识点导图</p>
<p class="tags"><a href="#">#苏州</a><a href="#">#人工智能训练师</a></p>
<p class="meta">发布于 2026-04-19 · 江苏</p>'''), True, "U07", "清研数智",
     [wx("qyzx_teacher", "qyzx_teacher")],
     "Notes-app post by the seller's teaching assistant; shares only the WeChat id with the brochure.")

# ---------------- U08: 蓝鲸AI社群 / 鲸选职培
p = "/qun/board-4502.html"
page(p, "蓝鲸AI群", qun(p, "蓝鲸AI训练师速成群", '''
<table><tr><th>群名称</th><th>群号</th><th>介绍</th><th>联系群主</th></tr>
<tr><td>蓝鲸AI训练师速成①群</td><td>924417365</td><td>内部渠道，免考拿证，一级高级技师也能办，零基础不看学历，15 天下证！
费用：一级 8800，二级 6800，打包更优惠。</td><td>蓝鲸AI社群 群主<br>微信 LanJing_AI</td></tr></table>
<p style="margin:0 20px">收录时间 2026-04-14 · 群人数 1,876</p>'''), True, "U08", "蓝鲸AI社群",
     [qg("924417365", "924417365"), wx("lanjing_ai", "LanJing_AI")],
     "Chat-group board entry selling levels 1/2 with no exam; WeChat id in mixed case.")

p = "/weibo/u/6120448803/status-0415.html"
page(p, "鲸选职培微言", weibo(p, "鲸选职培的微言", f'''
<div class="card"><div class="who">鲸选职培</div><div class="t">2026-4-15 12:30 来自 微言网页版</div>
<p>【人工智能训练师 二级技师 零基础可办】不用上课，不用考试，资料齐全 15 个工作日出证，
证书可在我们的查询平台 zscx-jineng.cn 验证！落户积分、单位评优都能用。
私信或加 lanjing_ai ，资料请发 jingxuan_px@outlook.com</p>
<div class="acts">转发 3 · 评论 9 · 赞 14</div>
<div class="cm">网友：这不就是买证吗？<br>网友2：@微言小秘书 举报了</div></div>'''), True, "U08", "鲸选职培",
     [wx("lanjing_ai", "lanjing_ai"), em("jingxuan_px@outlook.com", "jingxuan_px@outlook.com"),
      dm("zscx-jineng.cn", "zscx-jineng.cn")],
     "Microblog status: no-exam level 2, a fake look-alike query domain owned by the seller.")

p = "/form/jingxuan.html"
page(p, "鲸选报名", form(p, "鲸选职培 · 办证信息采集", f'''
<h2>鲸选职培 · 人工智能训练师证书信息采集</h2>
<p class="hint">请如实填写，出证后可在 zscx-jineng.cn 查询。无需考试。</p>
<label>姓名（与身份证一致）</label><input type="text">
<label>手机</label><input type="text"><p class="hint">格式：138-0000-0000</p>
<label>办理等级</label><select><option>三级 3800</option><option>二级 6800</option><option>一级 8800</option></select>
<label>邮箱</label><input type="text"><p class="hint">如：name@example.com</p>
<label>证件照</label><p class="hint">白底，发送至 jingxuan_px(at)outlook.com</p>
<p>付款：微信支付（财付通支付科技有限公司）。加急请致电 +86-158-2193-6604</p>
<button>提交</button>'''), True, "U08", "鲸选职培",
     [em("jingxuan_px@outlook.com", "jingxuan_px(at)outlook.com"), ph("+8615821936604", "+86-158-2193-6604"),
      dm("zscx-jineng.cn", "zscx-jineng.cn")],
     "Sign-up form for a no-exam certificate; e-mail with (at); phone with +86 and dashes; template placeholder phone.")

# ---------------- U09: 新程数智 / 程远教育 (南京新程数智科技有限公司)
p = "/m/xincheng/index.html"
page(p, "新程数智", doc("新程数智 · AI训练师报名",
    "body{margin:0;font:15px/1.6 sans-serif;background:linear-gradient(#fff7e6,#fff)}.hd{background:#fa8c16;color:#fff;padding:16px;text-align:center}"
    ".c{margin:12px;background:#fff;border-radius:12px;padding:14px;box-shadow:0 1px 4px #ddd}.big{font-size:30px;color:#fa541c}"
    ".btn{display:block;background:#fa541c;color:#fff;text-align:center;border-radius:24px;padding:12px;margin:16px}.sm{font-size:12px;color:#999;text-align:center}",
    f'''<div class="hd"><h2>新程数智 · 人工智能训练师</h2><p>南京 | 线上线下同步</p></div>
<div class="c"><p>四级（中级工）</p><p class="big">¥2,980</p><p>首付 ¥980，剩余分 4 期</p>
<p>课程代码 13120251108 · 开课日期 2026-05-10</p></div>
<div class="c"><p>考核安排：江南数智技能评价中心（0571-8650 3390）统一组织，理论+实操</p>
<p>成绩合格后证书由评价机构发放</p></div>
<div class="c"><p>报名电话：<a href="tel:18851407726">18851407726</a></p></div>
<a class="btn" href="#">立即预约试听</a>
<p class="sm">南京新程数智科技有限公司 · {C_U09}</p><p class="sm">{A(p, "/index.html", "返回")}</p>'''),
     True, "U09", "新程数智",
     [ph("+8618851407726", "18851407726"), uc(C_U09)],
     "Mini-program style landing page; course code looks like a mobile number; assessment centre number quoted.")

p = "/wenda/q-22310.html"
page(p, "南京AI训练师", wenda(p, "南京哪里可以报人工智能训练师四级？",
    "在南京做电商运营，想考个四级，求推荐。", [
    ("程远教育 李老师", "19 人赞同了该回答",
     "<p>南京这边我们程远教育在开四级班，学费两千九百八，可以分期，线上线下都行。</p>"
     "<p>报名前会先审核你的工作年限，条件不够的我们不收。电话 188 5140 7726，QQ 3172046859。</p>"),
    ("南京打工人", "7 人赞同了该回答", "<p>也可以问问当地人社部门有没有补贴培训，有的能免费。</p>"),
]), True, "U09", "程远教育",
     [ph("+8618851407726", "188 5140 7726"), qq("3172046859", "3172046859")],
     "Q&A answer under a second brand; phone with spaces ties it to the landing page.")

p = "/fenlei/ai-xunlianshi/88530016.html"
page(p, "程远教育分类", fenlei(p, "程远教育 人工智能训练师", f'''
<h1>程远教育 人工智能训练师四级 南京新街口 小班授课</h1>
<pre style="font-family:inherit;white-space:pre-wrap">
学费：2980元（首付980）
授课：每周日 + 周三晚
联系：李老师  扣扣 3172046859
微信：chengyuan_jy
</pre>
<p>{A(p, "/fenlei/index.html", "返回列表")}</p>'''), True, "U09", "程远教育",
     [qq("3172046859", "3172046859"), wx("chengyuan_jy", "chengyuan_jy")],
     "Classifieds post in preformatted text; 扣扣 for QQ.")

# ---------------- Independents
p = "/market/item-21877.html"
page(p, "数据标注小店", market(p, "AI训练师五级 自学资料+辅导", f'''
<h1>码农姐姐数据标注小店｜人工智能训练师五级 备考资料 + 一对一答疑（不含考试报名）</h1>
<p class="price">¥199</p><p>虚拟商品 · 拍下自动发送网盘链接</p>
<p>说明：本商品为备考资料及 4 次在线答疑，<b>不包含</b>考试报名与证书。报名请自行联系当地备案评价机构。</p>
<div class="shop"><b>码农姐姐数据标注小店</b><br>答疑预约：156 1887 0432（仅工作日）</div>
<p>{A(p, "/market/index.html", "返回类目")}</p>'''), True, "I01", "码农姐姐数据标注小店",
     [ph("+8615618870432", "156 1887 0432")],
     "Independent marketplace seller of study material plus tutoring.")

p = "/bbs/thread-5530.html"
page(p, "慧数标注", bbs(p, "【招生】慧数标注 AI训练师四级实训营（含真实标注项目）", [
    ("慧数标注", "Lv4 · 帖子 140", "楼主", "2026-04-16 15:00",
     "慧数标注是一家数据标注公司，开设人工智能训练师四级实训营：\n"
     "· 费用：二千五百元整\n· 内容：真实项目标注 + 质检 + 运维\n"
     "· 考核：由学员自行报名评价机构考核，我们不代报、不包过\n"
     "联系：QQ 1039725518 ｜ 邮箱 huishu_biaozhu@sina.com"),
    ("好奇宝宝", "Lv1 · 帖子 2", "2楼", "2026-04-16 16:12", "实训营结束后能留下来工作吗？"),
    ("慧数标注", "Lv4 · 帖子 140", "3楼", "2026-04-16 16:30", "表现好的可以推荐实习岗，不承诺。"),
]), True, "I02", "慧数标注",
     [qq("1039725518", "1039725518"), em("huishu_biaozhu@sina.com", "huishu_biaozhu@sina.com")],
     "Independent seller opening a forum thread.")

p = "/weibo/u/7002311590/status-0417.html"
page(p, "Lily微言", weibo(p, "AI训练师Lily的微言", f'''
<div class="card"><div class="who">AI训练师Lily</div><div class="t">2026-4-17 08:15 来自 Android</div>
<p>带的第三期#AI训练师#四级陪跑营还剩5个位置，陪跑8周，一对一改实操作业，费用一千八，可两期付。
不卖证不包过，只陪你把东西学会。加V：aitrainer_lily</p>
<div class="acts">转发 5 · 评论 12 · 赞 60</div></div>'''), True, "I03", "AI训练师Lily",
     [wx("aitrainer_lily", "aitrainer_lily")],
     "Independent tutor's microblog status.")

p = "/sites/hengxin/index.html"
page(p, "恒信职培学校", doc("杭州市拱墅区恒信职业技能培训学校",
    "body{font:14px/1.8 SimSun,serif;margin:0;background:#fff}.hd{border-bottom:4px double #8b0000;padding:12px 40px;color:#8b0000}"
    "table{margin:10px 40px;border-collapse:collapse}td,th{border:1px solid #999;padding:5px 10px}.bd{padding:0 40px}footer{padding:10px 40px;font-size:12px;color:#555;border-top:1px solid #ccc}.builder{color:#999}",
    f'''<div class="hd"><h1>杭州市拱墅区恒信职业技能培训学校</h1><p>{A(p, "/index.html", "导航")}</p></div>
<div class="bd"><h2>2026年人工智能训练师（五级、四级）培训通知</h2>
<p>我校为经区人力社保局批准设立的民办职业培训学校，现开设人工智能训练师五级、四级培训班。培训结束后推荐学员参加备案评价机构组织的职业技能等级认定。</p>
<table><tr><th>等级</th><th>培训学时</th><th>培训费（元）</th><th>报名条件</th></tr>
<tr><td>五级</td><td>60</td><td>1,600</td><td>累计从事本职业或相关职业工作满1年，或本职业学徒期满</td></tr>
<tr><td>四级</td><td>50</td><td>2,100</td><td>取得五级证书后从事本职业4年以上等</td></tr></table>
<p>认定地点：江南数智技能评价中心，咨询电话 0571-8650 3390。补贴申领请咨询 12333。证书查询：zscx.osta.org.cn</p>
<p>学校报名电话：0571-8795 2613 ｜ 学校网址：www.hxzjpx.org.cn</p></div>
<footer>办学许可证号：略 · 统一社会信用代码 {C_I04}{builder_credit()}</footer>'''),
     True, "I04", "恒信职业技能培训学校",
     [ph("+8657187952613", "0571-8795 2613"), dm("hxzjpx.org.cn", "www.hxzjpx.org.cn"), uc(C_I04)],
     "Independent private training school (USCC class 52); honest notice; quotes the same assessment centre and builder as other sellers.")

p = "/jobs/detail-90311.html"
page(p, "数据标注学员", jobs(p, "数据标注学员（包教包会）", '''
<h1>数据标注员 / AI训练师学员</h1><p class="sal">6-9K</p>
<p class="lab"><span>成都</span><span>应届生可投</span></p>
<div class="desc">我们是一家AI数据服务公司（智标未来科技）。
招聘学员：先参加“人工智能训练师”岗前课程（学费 1980 元，可分期），结业后推荐就业。
考取四级证书后，可申请成都居住证积分。
面试预约：199 2617 5034（HR 小吴）</div>'''), True, "I05", "智标未来科技",
     [ph("+8619926175034", "199 2617 5034")],
     "Independent job-board post that is really a paid course; hukou/points bait.")

p = "/mp/s/zhiyuan-0418.html"
page(p, "致远AI公众号", mp(p, "零基础也能考！人工智能训练师三级一次过攻略", "致远AI职培", "2026-04-18 19:00", f'''
<p>致远AI职培三级冲刺班开始报名啦！国家认可，考试包过，不过退费！</p>
<section class="card">📌 三级高级工：学费 3,680<br>📌 赠送：真题题库 + 押题班<br>📌 证书样本编号：{CERT_SAMPLE}</section>
<p>报名微信：zhiyuan_ai_px ｜ 学员QQ群：571206683</p>
<p>证书查询及政策咨询，请拨打 12333 或登录 osta.org.cn。</p>'''), True, "I06", "致远AI职培",
     [wx("zhiyuan_ai_px", "zhiyuan_ai_px"), qg("571206683", "571206683")],
     "Independent seller's WeChat-style article; pass guarantee; copies the same certificate sample number.")

# ================================================================= NON-OFFER PAGES
CSS_NEWS = ("body{font:16px/1.9 'Songti SC',serif;margin:0;background:#fff}.mast{background:#a40000;color:#fff;padding:10px 40px}.mast a{color:#fff}"
            "article{max-width:760px;margin:20px auto}.src{color:#888;font-size:13px}blockquote{border-left:3px solid #a40000;margin:0;padding-left:12px;color:#555}"
            ".ft{max-width:760px;margin:30px auto;color:#999;font-size:12px}")

def news(path, title, src, inner):
    body = (f'<div class="mast">江东晚报 · 民生 &nbsp; {A(path, "/news/index.html", "新闻列表")} · {A(path, "/index.html", "导航")}</div>\n'
            f'<article><h1>{title}</h1><p class="src">{src}</p>\n{inner}\n</article>\n'
            '<div class="ft">江东晚报 · 未经授权禁止转载</div>')
    return doc(title + " - 江东晚报", CSS_NEWS, body)

p = "/news/2026/warn-fake-ai-cert.html"
page(p, "警惕AI训练师假证", news(p, "“免考拿证”“人社部颁发”？警惕人工智能训练师证书骗局", "2026-04-16 · 记者 沈晓岚", '''
<p>近期，多名市民向本报反映，在网上报名“人工智能训练师”证书培训后，对方以“加急费”“入库费”为名多次收费，之后便失去联系。</p>
<p>市民刘女士提供的聊天记录显示，对方自称“人社部直属认证中心”，声称“一级证零基础可办，不用考试”，先后收取费用 6800 元。
记者拨打对方留下的号码 170 2586 4431 及 166 0217 8853，均显示为空号或无法接通。</p>
<blockquote>市人社局职业能力建设处工作人员表示：职业技能等级证书由经备案的评价机构颁发，人社部门不直接颁发；
一级、二级有严格的年限和证书要求，“零基础直接办”“免考拿证”均不可信。</blockquote>
<p>提醒：证书真伪请通过技能人才评价证书全国联网查询（zscx.osta.org.cn）核验，或拨打 12333 咨询；遇到虚假宣传可拨打 12315 投诉。</p>'''),
     False, None, None, [],
     "News warning; quotes two scam numbers, the official query site and public hotlines.")

p = "/news/2026/policy-subsidy.html"
page(p, "技能提升补贴", news(p, "2026年失业保险技能提升补贴怎么领？一文读懂", "2026-04-14 · 本报综合", '''
<p>参加失业保险累计满1年的企业职工，取得职业技能等级证书后可申领技能提升补贴。标准为：初级（五级）不超过1000元、中级（四级）不超过1500元、高级（三级）不超过2000元。</p>
<p>同一职业同一等级只能申领一次，每人每年最多享受三次。各地对紧缺职业可上浮不超过30%。</p>
<p>申领渠道：当地人社部门线上经办平台或政务服务App。政策咨询可拨打 12333 或 12345 政务服务便民热线。</p>
<p>记者注意到，部分培训机构以“拿证后补贴几乎免费”为噱头招生，实际只有符合参保条件的职工才能申领。</p>'''),
     False, None, None, [], "Policy news on the skill-upgrade subsidy; public hotlines only.")

p = "/news/2026/shanghai-assessment.html"
page(p, "上海人工智能训练师认定", news(p, "去年本市一万余人取得人工智能训练师等级证书", "2026-04-19 · 通讯员 何一帆", '''
<p>记者从市职业技能鉴定部门获悉，2025年人工智能训练师职业技能等级认定共组织 1.63 万人次，发放证书 1.09 万张。该职业已列入急需紧缺高技能人才职业目录。</p>
<p>业内人士介绍，人工智能训练师下设数据标注员、人工智能算法测试员两个工种，分五个等级；课程通常理论约占三成、实操约占七成。</p>
<p>“企业更看重实际标注和测试能力，证书只是门槛之一。”一家培训机构负责人说。</p>'''),
     False, None, None, [], "Policy/statistics news; no contacts.")

p = "/gov/rsj/zcjd-4-04-05-05.html"
page(p, "政策解读", doc("政策解读｜人工智能训练师职业技能等级认定常见问题 - 某市人力资源和社会保障局",
    "body{font:15px/1.9 'FangSong',serif;margin:0;background:#f2f2f2}.gh{background:#1c4e9c;color:#fff;padding:14px 50px}.gh a{color:#fff}"
    ".main{background:#fff;margin:16px 50px;padding:20px 40px}dt{font-weight:bold;margin-top:12px}.ft{margin:16px 50px;color:#666;font-size:12px}",
    f'''<div class="gh">某市人力资源和社会保障局 · 政策解读 · {A(p, "/index.html", "返回")}</div>
<div class="main"><h1>人工智能训练师职业技能等级认定常见问题解答</h1><p>发布日期：2026-04-13 来源：职业能力建设处</p>
<dl><dt>问：人工智能训练师是什么职业？</dt><dd>答：人工智能训练师（职业编码 4-04-05-05）是2020年发布的新职业，设数据标注员、人工智能算法测试员两个工种，共设五个等级。</dd>
<dt>问：证书由谁颁发？</dt><dd>答：由经人力资源社会保障部门备案的用人单位或社会培训评价组织颁发职业技能等级证书。人社部门不直接颁发证书，不存在“人社部颁发”的人工智能训练师证书。</dd>
<dt>问：怎么查询证书真伪？</dt><dd>答：登录技能人才评价证书全国联网查询 zscx.osta.org.cn，或技能人才评价工作网 osta.org.cn。其他所谓“查询平台”请勿轻信。</dd>
<dt>问：有“包过”“免考”的机构可信吗？</dt><dd>答：不可信。认定须经理论知识考试和操作技能考核。</dd></dl>
<p>咨询电话：12333</p></div>
<div class="ft">主办：某市人力资源和社会保障局 · 政务服务便民热线 12345</div>'''),
     False, None, None, [], "Official explainer: Q&A in a definition list; official query sites and hotlines.")

p = "/wenda/q-19876.html"
page(p, "AI训练师证有用吗", wenda(p, "人工智能训练师证书到底有没有用？", "看到到处都在推，想听听从业者的真实看法。", [
    ("算法测试老兵", "562 人赞同了该回答",
     "<p>我在一家做大模型的公司带标注团队。招人时证书是加分项，不是必要条件。真正看的是：标注规范理解、质检意识、会不会用工具。</p>"
     "<p>如果你交了失业保险满一年，考五级到三级还能领补贴，那考一个不亏；如果机构说“一级直接办”“不用考”，那就是骗子。</p>"),
    ("HR小陈", "88 人赞同了该回答", "<p>我们公司不看这个证，看作品集和试标结果。</p>"),
]), False, None, None, [], "Neutral Q&A; no seller.")

p = "/jobs/detail-88213.html"
page(p, "数据标注员招聘", jobs(p, "数据标注员", '''
<h1>数据标注员（大模型方向）</h1><p class="sal">7-10K·14薪</p>
<p class="lab"><span>苏州·工业园区</span><span>1-3年</span><span>大专</span></p>
<div class="desc">公司：灵枢智能科技有限公司
岗位职责：负责多模态数据标注、质检及标注规范迭代。
任职要求：有标注或内容审核经验；持人工智能训练师证书者优先（非必需）。
本岗位不收取任何费用。
简历投递：hr@lingshu-tech.com  联系电话：0512-6201 7738</div>'''), False, None, None,
     [em("hr@lingshu-tech.com", "hr@lingshu-tech.com"), ph("+8651262017738", "0512-6201 7738")],
     "Real job ad (no course sold); employer contacts, not a seller.")

p = "/bbs/thread-5502.html"
page(p, "被骗经历", bbs(p, "【曝光】交了6800办AI训练师一级证，现在人找不到了", [
    ("受害的小李", "Lv1 · 帖子 4", "楼主", "2026-04-15 22:10",
     "三月在一个群里看到“一级高级技师零基础可办，不用考试”，对方说是人社部直属中心。\n"
     "先交了 3800，又说要入库费 3000，一共 6800。\n"
     "现在对方电话 170 2586 4431 打不通，微信也把我删了。大家千万别信！"),
    ("同病相怜", "Lv2 · 帖子 19", "2楼", "2026-04-15 23:02", "我遇到的是 166 0217 8853，套路一模一样。已经报警了。"),
    ("冷静的老刘", "Lv5 · 帖子 902", "3楼", "2026-04-16 07:45",
     "去派出所报案，同时拨 12315 和 12345 投诉。证书只认 zscx.osta.org.cn 能查到的。"),
]), False, None, None, [], "Complaint thread; the scam numbers also appear in the news warning and a seller's notice.")

p = "/market/item-30917.html"
page(p, "健康管理师", market(p, "健康管理师三级 备考课程", f'''
<h1>健康管理师（三级）备考全程班｜理论+技能+题库</h1>
<p class="price">¥2,380</p><p>月销 54</p>
<p>健康管理师（4-14-02-02）职业技能等级认定备考课程，含 80 课时录播与每周直播答疑。</p>
<div class="shop"><b>杏林健康学堂</b><br>课程咨询：133 0571 6618</div>
<p>{A(p, "/market/index.html", "返回类目")}</p>'''), False, None, None,
     [ph("+8613305716618", "133 0571 6618")],
     "Another occupation's course on the same marketplace (not an AI-trainer offer).")

p = "/tech/annotator-diary.html"
page(p, "标注员日记", doc("做了三年数据标注，我对“AI训练师”的理解",
    "body{font:17px/1.9 Georgia,serif;max-width:680px;margin:40px auto;color:#222}code{background:#eee}",
    f'''<p>{A(p, "/index.html", "← 个人博客首页导航")}</p>
<h1>做了三年数据标注，我对“AI训练师”的理解</h1><p><i>2026-04-12</i></p>
<p>我的日常：早上看标注规范的更新说明，上午做 500 条对话的偏好打分，下午抽检同事的数据，晚上写一致性报告。</p>
<p>“人工智能训练师”这个名字听起来很高大上，其实两个工种——数据标注员和算法测试员——都很基础。等级证书能证明你系统学过，但工作里没人问你几级。</p>
<p>如果你想入行，我的建议：先找个众包平台试标两周，看看自己能不能忍受重复劳动，再决定要不要花钱上课。</p>'''),
     False, None, None, [], "Personal blog about annotation work; neutral.")

p = "/help/jubao.html"
page(p, "举报指南", doc("遇到“山寨证书”怎么办？举报投诉渠道汇总",
    "body{font:15px/1.8 sans-serif;margin:30px auto;max-width:720px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:6px}",
    f'''<p>{A(p, "/index.html", "返回导航")}</p><h1>遇到“山寨证书”怎么办？举报投诉渠道汇总</h1>
<table><tr><th>情形</th><th>渠道</th></tr>
<tr><td>证书真伪查询</td><td>zscx.osta.org.cn / osta.org.cn</td></tr>
<tr><td>人社政策咨询</td><td>12333</td></tr>
<tr><td>虚假宣传、消费纠纷</td><td>12315</td></tr>
<tr><td>政务服务投诉</td><td>12345</td></tr>
<tr><td>网上有害信息</td><td>12377</td></tr>
<tr><td>已被骗钱</td><td>110 报警</td></tr>
<tr><td>在淘技能市集购买的课程</td><td>平台客服 400-820-7716</td></tr></table>'''),
     False, None, None, [], "Report guide listing public hotlines and the marketplace's service number.")

# ----------------------------------------------------------------- list pages
def listing_links(path, items):
    return "<ul>" + "".join(f"<li>{A(path, t, s)}</li>" for t, s in items) + "</ul>"

p = "/market/index.html"
page(p, "职业培训类目", market(p, "职业培训 · 类目", "<h1>职业培训 › 人工智能 › 人工智能训练师</h1>" + listing_links(p, [
    ("/market/item-20417.html", "【智训未来】人工智能训练师 四级/中级工 线上直播班"),
    ("/market/item-20988.html", "启元AI学苑｜AI训练师三级（高级工）冲刺班"),
    ("/market/item-21350.html", "优课职达 人工智能训练师五级证"),
    ("/market/item-21877.html", "码农姐姐数据标注小店｜五级备考资料"),
    ("/market/item-30917.html", "健康管理师（三级）备考全程班（相关推荐）")])),
     False, None, None, [], "Marketplace category list; platform footer only.")

p = "/bbs/index.html"
page(p, "论坛列表", doc("考证交流 - 职场充电论坛", CSS_BBS,
    f'<div class="hd">职场充电论坛 · 考证交流 · {A(p, "/index.html", "导航")}</div><div class="post"><div class="ct">' + listing_links(p, [
    ("/bbs/thread-5417.html", "2026年人工智能训练师报名流程+补贴攻略（持续更新）"),
    ("/bbs/thread-5488.html", "求推荐靠谱的AI训练师培训机构，预算两千以内"),
    ("/bbs/thread-5502.html", "【曝光】交了6800办AI训练师一级证，现在人找不到了"),
    ("/bbs/thread-5530.html", "【招生】慧数标注 AI训练师四级实训营")]) + "</div></div>"),
     False, None, None, [], "Forum board list.")

p = "/news/index.html"
page(p, "新闻列表", doc("民生新闻 - 江东晚报", CSS_NEWS,
    f'<div class="mast">江东晚报 · 民生 · {A(p, "/index.html", "导航")}</div><article><h1>民生 · 职业培训</h1>' + listing_links(p, [
    ("/news/2026/warn-fake-ai-cert.html", "“免考拿证”“人社部颁发”？警惕人工智能训练师证书骗局"),
    ("/news/2026/policy-subsidy.html", "2026年失业保险技能提升补贴怎么领？"),
    ("/news/2026/shanghai-assessment.html", "去年本市一万余人取得人工智能训练师等级证书")]) + "</article>"),
     False, None, None, [], "News list page.")

p = "/fenlei/index.html"
page(p, "分类列表", doc("职业技能培训 - 百城分类网", CSS_FENLEI,
    f'<div class="bar">百城分类网 · 职业技能培训 · {A(p, "/index.html", "网站导航")}</div><div class="box">' + listing_links(p, [
    ("/fenlei/ai-xunlianshi/88310427.html", "【华睿职培】人工智能训练师证 报名中"),
    ("/fenlei/ai-xunlianshi/88417730.html", "深圳南山 鼎程教育｜人工智能训练师四级三级"),
    ("/fenlei/ai-xunlianshi/88530016.html", "程远教育 人工智能训练师四级 南京新街口")]) + "</div>"),
     False, None, None, [], "Classifieds category list.")

p = "/weibo/topic-ai-trainer.html"
page(p, "#AI训练师#", weibo(p, "#AI训练师# 话题", '<div class="card"><h2>#AI训练师#</h2><p>阅读 1203.4万 · 讨论 8,991</p>' + listing_links(p, [
    ("/weibo/u/5839201174/status-0413.html", "星火智能学堂：四月最后一期……"),
    ("/weibo/u/6120448803/status-0415.html", "鲸选职培：【人工智能训练师 二级技师】……"),
    ("/weibo/u/7002311590/status-0417.html", "AI训练师Lily：第三期四级陪跑营……")]) + "</div>"),
     False, None, None, [], "Microblog topic list page.")

p = "/wenda/index.html"
page(p, "问答列表", doc("职业考证 - 问答帮", CSS_WENDA,
    f'<div class="q"><small>问答帮 · {A(p, "/index.html", "首页")}</small><h1>职业考证 · 热门问题</h1></div><div class="ans">' + listing_links(p, [
    ("/wenda/q-19876.html", "人工智能训练师证书到底有没有用？"),
    ("/wenda/q-20931.html", "人工智能训练师证书怎么考？在哪报名靠谱？"),
    ("/wenda/q-21766.html", "没有四级证，AI训练师三级能直接考吗？"),
    ("/wenda/q-22310.html", "南京哪里可以报人工智能训练师四级？")]) +
    '</div><div class="ft">问答帮 · 客服邮箱 help@wendabang.cn</div>'),
     False, None, None, [], "Q&A list page.")

p = "/index.html"
page(p, "导航", doc("职培观察 · 网址导航",
    "body{font:14px/1.8 sans-serif;margin:20px 40px}section{display:inline-block;vertical-align:top;width:300px;margin:10px}h2{font-size:16px;border-bottom:2px solid #09c}",
    '<h1>职培观察 · 网址导航</h1><p>收录一周内与“人工智能训练师”有关的网页。</p>'
    '<section><h2>平台</h2>' + listing_links(p, [
        ("/market/index.html", "淘技能市集 · 职业培训"), ("/fenlei/index.html", "百城分类网 · 职业技能培训"),
        ("/bbs/index.html", "职场充电论坛 · 考证交流"), ("/wenda/index.html", "问答帮 · 职业考证"),
        ("/weibo/topic-ai-trainer.html", "微言 · #AI训练师#"), ("/news/index.html", "江东晚报 · 民生")]) + '</section>'
    '<section><h2>短视频 · 笔记 · 公众号</h2>' + listing_links(p, [
        ("/video/7391024.html", "快拍：3分钟讲清AI训练师证"), ("/video/7403388.html", "快拍：直播切片 三证联报"),
        ("/notes/6612a4.html", "青橙笔记：考证踩坑"), ("/notes/6630c9.html", "青橙笔记：苏州线下课感受"),
        ("/mp/s/ruitu-0414.html", "公众号：四级周末班开课"), ("/mp/s/zhida-0416.html", "公众号：关于冒用名义的声明"),
        ("/mp/s/zhiyuan-0418.html", "公众号：三级一次过攻略")]) + '</section>'
    '<section><h2>群 · 表单 · 小程序</h2>' + listing_links(p, [
        ("/qun/board-4471.html", "群导航：AI训练师考证交流②群"), ("/qun/board-4502.html", "群导航：蓝鲸AI训练师速成群"),
        ("/form/ruitu-baoming.html", "报名登记表（睿途）"), ("/form/jingxuan.html", "信息采集表（鲸选）"),
        ("/m/bozhi/index.html", "小程序：博智AI认证通道"), ("/m/xincheng/index.html", "小程序：新程数智")]) + '</section>'
    '<section><h2>招聘 · 机构官网</h2>' + listing_links(p, [
        ("/jobs/detail-90155.html", "才聘网：AI训练师（带薪培训）"), ("/jobs/detail-90311.html", "才聘网：数据标注学员"),
        ("/jobs/detail-88213.html", "才聘网：数据标注员（大模型方向）"),
        ("/sites/qiyuanai/index.html", "启元AI学苑"), ("/sites/dingcheng/index.html", "鼎程教育"),
        ("/sites/qingyan/index.html", "清研智学"), ("/sites/hengxin/index.html", "恒信职业技能培训学校")]) + '</section>'
    '<section><h2>政策 · 参考</h2>' + listing_links(p, [
        ("/gov/rsj/zcjd-4-04-05-05.html", "政策解读：认定常见问题"), ("/help/jubao.html", "举报投诉渠道汇总"),
        ("/tech/annotator-diary.html", "博客：做了三年数据标注")]) + '</section>'),
     False, None, None, [], "Root navigation page.")

# ================================================================= operators, decoys
OPERATORS = [
    ["U01", {"brands": ["智训未来教育", "启元AI学苑", "启元教育科技(上海)有限公司"],
             "ties": "item-20417 -QQ 2851907734- item-20988 -e-mail qiyuan_ai@163.com- qiyuanai/index -USCC+domain- qiyuanai blog"}],
    ["U02", {"brands": ["华睿职培", "睿途教育咨询", "杭州睿途教育咨询有限公司"],
             "ties": "fenlei 88310427 -WeChat hr_zhipei- bbs 5417 -QQ group 738102456- mp ruitu -e-mail ruitu_edu@qq.com + payee name- form ruitu"}],
    ["U03", {"brands": ["星火智能学堂", "小安老师AI课"],
             "ties": "weibo status -phone 15206384179- video 7391024 -short-video id xiaoan_ai88- notes 6612a4"}],
    ["U04", {"brands": ["博智人才", "知行数科培训", "北京知行数科信息技术有限公司"],
             "ties": "wenda 20931 -phone 13718592046- wenda 21766 -e-mail zhixing_edu@126.com- m/bozhi; qun 4471 -phone- wenda pages"}],
    ["U05", {"brands": ["众合人力资源", "鼎程教育", "深圳市鼎程职业技能培训有限公司"],
             "ties": "jobs 90155 -landline 0755-26618094- fenlei 88417730 -WeChat dc_peixun- sites/dingcheng"}],
    ["U06", {"brands": ["优课职达", "优课AI", "职达教育"],
             "ties": "item-21350 -phone 17765203318- video 7403388 -WeChat youke_zd- mp zhida -e-mail zhida@zhidaedu.net- bbs 5488"}],
    ["U07", {"brands": ["清研智学", "清研数智", "清研数智教育科技(苏州)有限公司"],
             "ties": "sites/qingyan index -phone+USCC+domain- jianzhang-2026 -WeChat qyzx_teacher- notes 6630c9"}],
    ["U08", {"brands": ["蓝鲸AI社群", "鲸选职培"],
             "ties": "qun 4502 -WeChat lanjing_ai- weibo status -e-mail jingxuan_px@outlook.com + fake query domain- form jingxuan"}],
    ["U09", {"brands": ["新程数智", "程远教育", "南京新程数智科技有限公司"],
             "ties": "m/xincheng -phone 18851407726- wenda 22310 -QQ 3172046859- fenlei 88530016"}],
    ["I01", {"brands": ["码农姐姐数据标注小店"], "ties": "single page"}],
    ["I02", {"brands": ["慧数标注"], "ties": "single page"}],
    ["I03", {"brands": ["AI训练师Lily"], "ties": "single page"}],
    ["I04", {"brands": ["恒信职业技能培训学校"], "ties": "single page"}],
    ["I05", {"brands": ["智标未来科技"], "ties": "single page"}],
    ["I06", {"brands": ["致远AI职培"], "ties": "single page"}],
]

# (kind, value, [written forms searched in the pages], note)
DECOYS = [
    ("public_hotline", "12333", ["12333"], "人社 public hotline quoted by sellers, news and the explainer"),
    ("public_hotline", "12345", ["12345"], "government service hotline"),
    ("public_hotline", "12315", ["12315"], "consumer complaint hotline; in the marketplace footer of every item"),
    ("public_hotline", "12377", ["12377"], "online harmful-information report line in the forum footer"),
    ("public_hotline", "110", ["拨打 110", "110 报警"], "police number in safety tips"),
    ("official_site", "osta.org.cn", ["osta.org.cn"], "official certificate query sites (zscx.osta.org.cn, osta.org.cn)"),
    ("platform_phone", "4008207716", ["400-820-7716"], "marketplace service number on every item"),
    ("platform_uscc", C_PLAT, [C_PLAT], "marketplace operator's credit code in the footer of every item"),
    ("platform_email", "service@taojineng.com", ["service@taojineng.com"], "marketplace service e-mail"),
    ("platform_domain", "taojineng.com", ["taojineng.com"], "marketplace domain in its footer"),
    ("scam_phone", "+8617025864431", ["170 2586 4431"], "number quoted as a scammer's in news, a complaint and a seller's impersonation notice"),
    ("scam_phone", "+8616602178853", ["166 0217 8853"], "second scam number quoted in news and a complaint"),
    ("order_number", "15920260318", ["15920260318"], "order number that looks like a mobile"),
    ("course_code", "13120251108", ["13120251108"], "course code that looks like a mobile"),
    ("certificate_number", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number copied by unrelated sellers"),
    ("builder_domain", "yunzhan-jz.com", ["yunzhan-jz.com"], "site builder credit on several sellers' sites"),
    ("builder_phone", "4000615528", ["400-061-5528"], "site builder hotline in the same credit"),
    ("assessment_centre_phone", "+8657186503390", ["0571-8650 3390"], "assessment centre number quoted by several unrelated sellers"),
    ("placeholder_phone", "13800000000", ["138-0000-0000"], "form template placeholder"),
    ("placeholder_email", "name@example.com", ["name@example.com"], "form template placeholder"),
    ("forum_admin_qq", "10086952", ["10086952"], "forum moderator QQ in the footer of every thread"),
    ("platform_phone", "4000520911", ["4000-520-911"], "microblog platform's report line"),
    ("platform_phone", "4001099365", ["4001-099-365"], "short-video platform's report line"),
    ("platform_qq", "800061255", ["800061255"], "classifieds site enterprise QQ on every post"),
    ("platform_qq", "20031188", ["20031188"], "chat-group board admin QQ"),
    ("platform_phone", "4008856120", ["400-885-6120"], "job board service number"),
    ("platform_domain", "caipin.com.cn", ["caipin.com.cn"], "job board domain"),
    ("platform_email", "help@wendabang.cn", ["help@wendabang.cn"], "Q&A site service e-mail"),
    ("builder_domain", "kuaitian.cn", ["kuaitian.cn"], "form builder credit on forms of two operators"),
    ("payment_channel", "财付通支付科技有限公司", ["财付通支付科技有限公司"], "payment channel named on forms, not a payee"),
    ("courier_hotline", "95338", ["95338"], "courier hotline quoted for certificate mailing"),
]

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for pg in PAGES:
        f = os.path.join(SITE, pg["path"].lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(pg["html"])
    os.makedirs(os.path.join(SITE, "img"), exist_ok=True)
    with open(os.path.join(SITE, "img", "blank.png"), "wb") as fh:
        fh.write(PNG)
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, writtens, note in DECOYS:
        paths = sorted(pg["path"] for pg in PAGES if any(w in pg["html"] for w in writtens))
        decoys.append({"kind": kind, "value": value, "written": writtens, "paths": paths, "note": note})
    n_off = sum(pg["is_offer"] for pg in PAGES)
    truth = {
        "description": ("operators-2026-12ac: a week (2026-04-12..19) of Chinese web pages about 人工智能训练师 "
                        f"certificate courses: {len(PAGES)} pages, {n_off} offers from 9 multi-brand operators "
                        "and 6 independent sellers, plus news, policy, Q&A, job, complaint and list pages, "
                        "with platform footers, public hotlines and other shared numbers as decoys."),
        "pages": [{k: pg[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for pg in sorted(PAGES, key=lambda x: x["path"])],
        "operators": OPERATORS,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages ({n_off} offers), {len(decoys)} decoys")

if __name__ == "__main__":
    main()
