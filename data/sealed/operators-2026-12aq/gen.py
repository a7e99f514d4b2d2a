#!/usr/bin/env python3
"""Generate a low-quality test web of AI-trainer certificate sellers (operators-2026-12aq).

Standard library only.  `python3 gen.py` writes site/ and truth.json deterministically.
"""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC helper
_AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(prefix8, org8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    t = sum(_AL.index(ch) * w for ch, w in zip(body, _W))
    r = 31 - t % 31
    return body + _AL[0 if r == 31 else r]


USCC_ZK = uscc("91110108", "MA01C7R2")
USCC_LH = uscc("91420100", "MA4KX3B9")
USCC_RG = uscc("91330106", "MA2H7N4L")
USCC_XC = uscc("91440300", "MA5F2Q8T")

# ---------------------------------------------------------------- registries
PAGES = {}     # path -> dict(truth)
HTML = {}      # path -> html
DECOYS = {
    "hot12333": ("phone", "12333", "人社服务热线 12333, quoted by sellers and by news/help pages; public number"),
    "osta": ("domain", "osta.org.cn", "official certificate query site (jndj/zscx.osta.org.cn) quoted by many sellers and guides"),
    "hot12315": ("phone", "12315", "市场监管投诉热线 quoted in warnings and a complaint"),
    "hot96110": ("phone", "96110", "反诈预警专线 quoted in warnings"),
    "farm_qqg": ("qq_group", "613029874", "content farm 职培资讯网 reader QQ group in the footer of every farm page"),
    "farm_mail": ("email", "tougao@zhipeizx.com", "content farm's own submission mailbox on every farm page"),
    "farm_dom": ("domain", "zhipeizx.com", "content farm's own domain in header/footer of every farm page"),
    "baike_400": ("phone", "4008206631", "考证百科 platform customer-service line on every baike page"),
    "bbs_mail": ("email", "bbs_admin@zcjnlt.com", "forum administrator mailbox in the forum footer"),
    "bbs_qq": ("qq", "800062317", "forum 客服 QQ in the forum footer"),
    "jobs_400": ("phone", "4001638899", "job board 聘才网 customer-service number on every job page"),
    "jobs_mail": ("email", "jubao@pincaiw.com", "job board report mailbox on every job page"),
    "fenlei_tel": ("phone", "+861053671188", "classified-ads platform customer-service landline on every post"),
    "wenda_mail": ("email", "feedback@wendaba.net", "Q&A platform feedback mailbox on every Q&A page"),
    "builder_dom": ("domain", "yizhantong.net", "site-builder credit 技术支持:易站通 on several template agency sites"),
    "builder_400": ("phone", "4006188525", "site-builder hotline in the same credit line"),
    "ph_phone": ("phone", "+8613800000000", "template placeholder phone left in agency templates"),
    "ph_mail": ("email", "admin@yourdomain.com", "template placeholder mailbox left in agency templates"),
    "form_dom": ("domain", "jinshuju.net", "form-tool credit under embedded enrolment forms"),
    "kaodian": ("phone", "+862164391120", "an assessment site's (考点) public number quoted by several sellers"),
    "cert_sample": ("other", "S000044012345253000017", "certificate number on a sample-certificate image copied by several sellers"),
    "order_no": ("phone", "+8613620250612", "a 报名序号/order number that looks like a mobile, on two sellers' 喜报"),
    "commenter_qq": ("qq", "2957741106", "a forum user's own QQ posted in several threads"),
    "buyer_wx": ("wechat", "lily_0912", "a buyer's own WeChat in comments under two sellers' posts"),
    "complaint_ph": ("phone", "+8613526698412", "a seller's number quoted in a complaint thread (non-offer)"),
}
DECOY_PATHS = {k: [] for k in DECOYS}


class Page:
    def __init__(self, path, is_offer, operator, provider, note):
        self.path = path
        self.t = {"path": path, "is_offer": is_offer, "operator": operator,
                  "provider": provider, "identifiers": [], "note": note}

    def id(self, kind, value, written):
        self.t["identifiers"].append([kind, value, written])
        return written

    def d(self, key, written):
        if self.path not in DECOY_PATHS[key]:
            DECOY_PATHS[key].append(self.path)
        return written

    def rel(self, target):
        return posixpath.relpath(target, posixpath.dirname(self.path) or "/")

    def save(self, html):
        PAGES[self.path] = self.t
        HTML[self.path] = html


def doc(title, css, body, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n{extra_head}<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# ================================================================ content farm
FARM_CSS = ("body{font:14px/1.8 'Microsoft YaHei',sans-serif;margin:0;background:#f4f4f4}"
            ".top{background:#c00;color:#fff;padding:8px 20px}.nav a{color:#fff;margin-right:14px}"
            ".wrap{width:1000px;margin:0 auto;display:flex}.main{flex:1;background:#fff;padding:20px}"
            ".side{width:260px;margin-left:12px;background:#fff;padding:10px}"
            ".ad-insert{border:1px dashed #f60;background:#fff8ee;padding:10px;margin:14px 0}"
            ".foot{text-align:center;color:#888;font-size:12px;padding:20px}")
FARM_LIST = []  # (path, title)


def farm_page(p, title, body):
    side = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t in FARM_LIST if u != p.path)
    html = f"""<div class="top"><a href="{p.rel('/farm/index.html')}" style="color:#fff;font-size:22px;font-weight:bold">职培资讯网</a>
 <span style="font-size:12px">www.{p.d('farm_dom', 'zhipeizx.com')} · 职业培训 考证资讯 一站式</span>
 <div class="nav"><a href="{p.rel('/index.html')}">网址导航</a><a href="{p.rel('/farm/index.html')}">首页</a><a href="{p.rel('/farm/index.html')}#zc">政策解读</a><a href="{p.rel('/farm/index.html')}#kz">考证指南</a><a href="{p.rel('/farm/index.html')}#px">培训资讯</a></div></div>
<div class="wrap"><div class="main">
<div class="crumb">当前位置：<a href="{p.rel('/farm/index.html')}">首页</a> &gt; 考证指南 &gt; 正文</div>
<h1>{title}</h1>
<p class="meta">来源：网络整理　编辑：小职　浏览：<span>3{len(title)*7}</span>次</p>
<!-- article body (auto-collected) -->
{body}
<p style="color:#999;font-size:12px">声明：本文内容来源于网络，版权归原作者所有，如有侵权请联系删除。投稿/删稿邮箱：{p.d('farm_mail', 'tougao@zhipeizx.com')}</p>
</div>
<div class="side"><h3>热门文章</h3><ul>{side}</ul>
<div class="qun"><img src="/static/qun.png" alt="读者交流群二维码"><p>读者交流QQ群：{p.d('farm_qqg', '613029874')}</p></div></div></div>
<div class="foot">Copyright © 2019-2026 职培资讯网 {p.d('farm_dom', 'zhipeizx.com')} 版权所有 | 鲁ICP备2021018842号-1<br>本站部分文章来自互联网，仅供参考，不构成任何报考建议</div>"""
    p.save(doc(title + "_职培资讯网", FARM_CSS, html))


QBW = """<p>2020年2月，人社部会同市场监管总局、国家统计局正式向社会发布了16个新职业，人工智能训练师就在其中，职业编码为4-04-05-05。</p>
<p>根据《人工智能训练师国家职业技能标准（2021年版）》，该职业是指使用智能训练软件，在人工智能产品实际使用过程中进行数据库管理、算法参数设置、人机交互设计、性能测试跟踪及其他辅助作业的人员。本职业共设五个等级，分别为：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师，下设数据标注员、人工智能算法测试员两个工种。</p>
"""


def farm_pages():
    global FARM_LIST
    FARM_LIST = [("/farm/a-1024.html", "人工智能训练师是什么？2026年报考条件及流程（附考试时间）"),
                 ("/farm/a-1051.html", "AI训练师证书有用吗？过来人告诉你真实情况"),
                 ("/farm/a-1077.html", "数据标注员四级证怎么考，一篇讲清楚"),
                 ("/farm/a-0990.html", "人社部：开展技术技能类“山寨证书”专项治理"),
                 ("/farm/a-1102.html", "健康管理师报考条件放宽了吗？2026最新解读")]

    # U01-a
    p = Page("/farm/a-1024.html", True, "U01", "智途教育",
             "content-farm copy of a news article about the occupation with an inserted seller box")
    body = QBW + f"""<p>那么人工智能训练师证书怎么考呢？一般需要通过理论知识考试和操作技能考核两部分，两项均达60分以上为合格，合格后可获得职业技能等级证书，证书可在技能人才评价工作网查询。</p>
<div class="ad-insert"><b>【智途教育·报名通道】</b>人工智能训练师四级/三级 开班啦！线上直播+录播，零基础也能学，考前冲刺题库免费送。<br>
学费：<del>原价￥4980</del> 现价 <b style="color:red">￥2980</b>（可申请技能提升补贴，符合条件的学员最高返1500元）<br>
咨询电话：{p.id('phone', '+8613851427796', '138-5142-7796')}　{p.id('wechat', 'zt_ai2024', '薇：zt_ai2024')}（备注“训练师”）</div>
<h2>一、报考条件</h2><p>五级：累计从事本职业或相关职业工作1年（含）以上；或本职业或相关职业学徒期满。四级及以上需取得下一级证书并满足相应年限要求。</p>
<h2>二、就业前景</h2><p>随着大模型的爆发，数据标注、模型训练相关岗位需求猛增，持证人员在求职时更有优势……</p>"""
    farm_page(p, FARM_LIST[0][1], body)

    # U04-a
    p = Page("/farm/a-1051.html", True, "U04", "小博老师",
             "spun 'is it useful' article; writer signs as a teacher and asks readers to add her")
    body = f"""<p>最近后台好多小伙伴私信问我，AI训练师证书到底有没有用？今天就用大白话给大家唠唠。</p>
<p>首先，人工只能训练师（没错就是现在很火的那个AI训练师）是国家正式发布的新职业，证书属于职业技能等级证书，全国联网可查。考下来之后，找数据标注、AI运营的工作是加分项，部分城市还能申请补贴、积分落户。</p>
<p>其次，费用方面，我们这边五级八百八、四级一千二八、三级一千六八，三级的话补贴下来基本不花钱（前提是你交满一年社保哈）。</p>
<p><img src="/uploads/2026/03/boya-wx.jpg" alt="小博老师微信二维码" width="220"></p>
<p>不知道自己能报几级的，直接{p.id('wechat', 'boya_zp66', '加v：boya_zp66')}，我帮你免费评估。工作日也可以打{p.id('phone', '+8617702155836', '177 0215 5836')}。</p>
<p>最后提醒一句：千万别信那种“不用考试直接拿证”的，都是坑！</p>"""
    farm_page(p, FARM_LIST[1][1], body)

    # U08-a
    p = Page("/farm/a-1077.html", True, "U08", "明德教育",
             "content-farm guide to the 数据标注员 work type with a seller's group notice pasted in")
    body = f"""<p>数据标注员是人工智能训练师职业下的工种之一。很多人问数据标注员四级（中级工）怎么考，下面整理了完整流程。</p>
<ol><li>确认报考条件（取得五级证书后从事本职业4年，或中职相关专业毕业生）</li><li>选择备案的评价机构报名</li><li>参加培训（四级参考学时50标准学时）</li><li>参加理论+实操考核</li><li>成绩合格后领证</li></ol>
<blockquote class="ad-insert">📢 明德教育4月班群公告：本期数标四级/人工智能训练师三级还剩12个名额，学费1.28w（含考务费），分期0首付。
进群领取历年真题：QQ群 {p.id('qq_group', '826431957', '826431957')}　班主任V❤：{p.id('wechat', 'mingde_ai_01', 'mingde_ai_01')}</blockquote>
<p>考核说明：理论知识考试采用闭卷机考方式，技能考核采用实际操作方式，满分均为100分，60分及以上为合格。</p>"""
    farm_page(p, FARM_LIST[2][1], body)

    # non-offer: policy news
    p = Page("/farm/a-0990.html", False, None, None,
             "content-farm copy of policy news about the fake-certificate campaign; public hotlines only")
    body = f"""<p>人社部近日印发《关于开展技术技能类“山寨证书”专项治理工作的通知》，重点整治违规使用“中华人民共和国”“中国”“国家”等字样、虚假夸大宣传、违规培训收费以及故意混淆概念骗取钱财等问题。</p>
<p>通知指出，部分机构以“包过”“不培训直接发证”为噱头，甚至打出“人社部证书退出，哪家证书来接盘”的口号招揽学员。</p>
<p>提醒广大群众：职业技能等级证书可登录技能人才评价证书全国联网查询系统（zscx.{p.d('osta', 'osta.org.cn')}）核验；如遇违规培训收费，可拨打{p.d('hot12333', '12333')}人社服务热线或{p.d('hot12315', '12315')}投诉举报；涉及诈骗的请拨打反诈专线{p.d('hot96110', '96110')}。</p>"""
    farm_page(p, FARM_LIST[3][1], body)

    # non-offer: other occupation course
    p = Page("/farm/a-1102.html", False, None, "康源健康管理",
             "another occupation's course (健康管理师) advertised in a farm article; not an AI-trainer offer")
    p.id("phone", "+8618254017736", "182-5401-7736")
    body = """<p>健康管理师是国家卫健委职业技能鉴定的热门证书……2026年报考条件有变化，具体以当地为准。</p>
<div class="ad-insert">康源健康管理 健康管理师三级 精品班 ￥1980，报名电话：182-5401-7736（李老师）</div>
<p>温馨提示：健康管理师与人工智能训练师、心理咨询师等属于不同职业，请勿混淆。</p>"""
    farm_page(p, FARM_LIST[4][1], body)

    # farm index
    p = Page("/farm/index.html", False, None, None, "content-farm home/list page")
    items = "".join(f'<li><a href="{p.rel(u)}">{t}</a> <span>2026-0{i+2}-1{i}</span></li>' for i, (u, t) in enumerate(FARM_LIST))
    farm_page(p, "职培资讯网 - 最新文章", f"<ul class=\"list\" id=\"kz\">{items}</ul><p id=\"zc\">政策解读栏目更新中……</p>")


# ================================================================ baike farm
BAIKE_CSS = ("body{margin:0;font-family:SimSun,serif;background:#fff}header{border-bottom:3px solid #1a73e8;padding:10px 30px}"
             "header .logo{font-size:24px;color:#1a73e8}.box{max-width:860px;margin:20px auto}"
             ".tip{background:#eef5ff;padding:10px;border-left:4px solid #1a73e8}.kefu{position:fixed;right:0;bottom:80px;background:#1a73e8;color:#fff;padding:8px}"
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px}footer{background:#333;color:#aaa;padding:14px;text-align:center;font-size:12px}")
BAIKE_LIST = [("/baike/b-7781.html", "人工智能训练师三级考什么？考试科目+题型汇总"),
              ("/baike/b-7802.html", "AI Trainer证书报考攻略：五级到一级怎么选"),
              ("/baike/b-7815.html", "人工智能训练师证书报名入口在哪？（2026更新）"),
              ("/baike/b-7760.html", "人工智能训练师职业技能等级证书查询方法")]


def baike_page(p, title, body):
    rel = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t in BAIKE_LIST if u != p.path)
    html = f"""<header><span class="logo">考证百科</span> <nav><a href="{p.rel('/index.html')}">导航</a> | <a href="{p.rel('/baike/index.html')}">百科首页</a> | <a href="{p.rel('/baike/index.html')}">职业技能</a> | <a href="{p.rel('/baike/index.html')}">学历提升</a></nav></header>
<div class="box"><article><h1>{title}</h1><p><small>更新时间：2026-04-0{len(title)%9+1}　阅读量 1.{len(title)}w</small></p>
{body}</article>
<section><h3>相关阅读</h3><ul>{rel}</ul></section></div>
<div class="kefu">在线客服<br>{p.d('baike_400', '400-820-6631')}</div>
<footer>考证百科 · 全国客服热线 {p.d('baike_400', '400-820-6631')} · 本站为信息分享平台，文中机构信息由用户自行发布，请谨慎甄别 · 沪ICP备19034127号</footer>"""
    p.save(doc(title + " - 考证百科", BAIKE_CSS, html))


def baike_pages():
    # U02-c
    p = Page("/baike/b-7781.html", True, "U02", "云启培训",
             "baike article about the level-3 exam with a seller's paragraph and number")
    body = f"""<p>人工智能训练师三级（高级工）认定包括理论知识和操作技能两部分。三级理论要素涉及：基本要求、业务分析、智能训练、智能系统设计、培训与指导。</p>
<table><tr><th>科目</th><th>形式</th><th>时长</th></tr><tr><td>理论知识</td><td>机考</td><td>90分钟</td></tr><tr><td>操作技能</td><td>实操</td><td>120分钟</td></tr></table>
<p class="tip">本文由<b>云启培训</b>供稿。云启三级冲刺班本月开课，学费三千八百元整，上海户籍/社保满一年可申领补贴2000元，算下来不到两千！
报名热线：{p.id('phone', '+8615921846603', '159✨2184✨6603')}（微信同号）　学员交流群：{p.id('qq_group', '735224196', '735224196')}</p>
<p>往期喜报：报名序号{p.d('order_no', '13620250612')}学员王同学三级一次通过！</p>"""
    baike_page(p, BAIKE_LIST[0][1], body)

    # U06-b
    p = Page("/baike/b-7802.html", True, "U06", "星辰教育",
             "baike guide in which a training brand recommends its own levels and short-video account")
    body = f"""<p>AI Trainer（人工智能训练师）目前共五个等级。对于刚入行的小白，建议从五级/四级起步；有本科学历+相关工作经验的可以直接冲三级。</p>
<p>星辰教育老师提醒：市面上号称“零基础直接考二级技师”的基本都是忽悠，二级需要三级证书+4年工作年限。</p>
<p>星辰教育人工智能训练师 四级 ¥1,680 / 三级 ¥2,380，小班直播，深圳南山有线下实操课。
电话：<a href="tel:13926510378">{p.id('phone', '+8613926510378', '139-2651-0378')}</a>　更多干货请{p.id('other', '辰星AI课堂', '抖音搜：辰星AI课堂')}</p>"""
    baike_page(p, BAIKE_LIST[1][1], body)

    # I01
    p = Page("/baike/b-7815.html", True, "I01", "优培考证",
             "baike page on where to enrol; answer section written by a small seller")
    body = f"""<p>很多人搜“人工智能训练师报名入口”，其实评价机构都在各省人社备案，个人一般通过培训机构或评价机构报名。</p>
<p>官方证书查询：jndj.{p.d('osta', 'osta.org.cn')}；政策咨询可拨打{p.d('hot12333', '12333')}。</p>
<div class="tip">优培考证代报名：人工智能训练师四级/三级，2k-3k不等，报名即送题库。小编微信 {p.id('wechat', 'youpei_kz', 'youpei_kz')}　电话 {p.id('phone', '+8618817329054', '188 1732 9054')}</div>"""
    baike_page(p, BAIKE_LIST[2][1], body)

    # non-offer guide
    p = Page("/baike/b-7760.html", False, None, None, "baike explainer on how to verify certificates; no seller")
    body = f"""<p>职业技能等级证书由备案的评价机构颁发，证书编号为22位（1位大写字母+21位数字），可通过以下途径查询：</p>
<ol><li>技能人才评价证书全国联网查询：zscx.{p.d('osta', 'osta.org.cn')}</li><li>证书上的二维码</li><li>各省人社厅网站</li></ol>
<p>如发现假证，可拨打{p.d('hot12333', '12333')}反映。注意：“人社部颁发”的说法不准确，人社部不直接颁发职业技能等级证书。</p>"""
    baike_page(p, BAIKE_LIST[3][1], body)

    p = Page("/baike/index.html", False, None, None, "baike list page")
    items = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t in BAIKE_LIST)
    baike_page(p, "考证百科 · 职业技能频道", f"<ul>{items}</ul>")


# ================================================================ forum (Discuz-like)
BBS_CSS = ("body{font:12px Tahoma,'Microsoft YaHei';background:#e8edf2;margin:0}#hd{background:#2b5797;color:#fff;padding:10px 20px}"
           "#hd a{color:#fff}#wp{width:960px;margin:10px auto;background:#fff}table.plhin{width:100%;border-bottom:4px solid #e8edf2}"
           "td.pls{width:160px;background:#f5f8fb;vertical-align:top;padding:10px}td.plc{padding:10px;vertical-align:top}"
           ".sign{border-top:1px dashed #ccc;color:#999;margin-top:10px}.floor{float:right;color:#999}#ft{text-align:center;color:#666;padding:20px}")
BBS_LIST = [("/bbs/thread-88213.html", "人工智能训练师证到底去哪考？被问了好多机构头都大了"),
            ("/bbs/thread-90127.html", "求推荐上海靠谱的AI训练师培训，预算3000以内"),
            ("/bbs/thread-91544.html", "北京有人考过人工智能训练师三级吗？"),
            ("/bbs/thread-92010.html", "深圳数据标注转行，考AI训练师证有必要吗"),
            ("/bbs/thread-92388.html", "求助：四级数据标注实操考什么"),
            ("/bbs/thread-92655.html", "AI训练师二级技师能直接报吗？"),
            ("/bbs/thread-89870.html", "【曝光】交了3980报人工智能训练师，拿到的证查不到！"),
            ("/bbs/thread-90555.html", "怎么判断一个AI证书机构是不是正规备案的？")]


def bbs_page(p, title, posts, views):
    floors = ""
    names = ["楼主", "沙发", "板凳", "地板", "5#", "6#", "7#", "8#"]
    for i, (user, meta, text, sign) in enumerate(posts):
        floors += f"""<table class="plhin" id="pid{7700+i*3}"><tr><td class="pls"><div class="avatar"><img src="/uc_server/avatar.php?uid={user}" alt="{user}的头像" width="60"></div><b>{user}</b><p>{meta}</p></td>
<td class="plc"><div class="floor">{names[i]}</div><div class="pi">发表于 2026-3-{10+i} 2{i}:1{i}</div><div class="t_f">{text}</div>{f'<div class="sign">{sign}</div>' if sign else ''}</td></tr></table>\n"""
    html = f"""<div id="hd"><b style="font-size:20px">职场技能论坛</b> <a href="{p.rel('/index.html')}">导航</a> · <a href="{p.rel('/bbs/index.html')}">论坛</a> › 职业资格/技能证书 › 帖子　<span style="float:right">登录 | 立即注册</span></div>
<div id="wp"><div style="padding:10px"><a href="{p.rel('/bbs/index.html')}">返回列表</a>　查看: {views} | 回复: {len(posts)-1}　<h1 style="font-size:16px">{title}</h1></div>
{floors}
<form class="fastpost" action="#" method="post"><textarea name="message" rows="4" cols="80" placeholder="您需要登录后才可以回帖"></textarea><br><button type="submit">发表回复</button></form></div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2026 Comsenz Inc.　|　站务联系：{p.d('bbs_mail', 'bbs_admin@zcjnlt.com')}　|　客服QQ：{p.d('bbs_qq', '800062317')}<br>本论坛所有帖子仅代表作者个人观点，与本站立场无关；广告贴请举报</div>"""
    p.save(doc(title + " - 职场技能论坛", BBS_CSS, html))


def bbs_pages():
    # U01-d
    p = Page("/bbs/thread-88213.html", True, "U01", "智途教育",
             "forum thread; the 3rd floor is a seller reply offering the course, QQ in Chinese numerals")
    posts = [("打工人阿杰", "注册会员 帖子12", "想考个人工智能训练师，问了三四家，有说人社部颁发的，有说工信部的，到底哪个是真的？", ""),
             ("momo酱", "中级会员 帖子233", "人社部不发证的，是备案的评价机构发证，查询在技能人才评价网上。", "我的小窝，欢迎来玩～"),
             ("智途教育-王老师", "新手上路 帖子3", f"楼主好，我们智途教育是做AI训练师培训的，四级三级都能报，线上学习，考试在本地考点，费用两千多，补贴另算。有兴趣扣扣：{p.id('qq', '2851147730', '二八五一一四七七三零')}（数字自己转换下，发数字会被屏蔽）", ""),
             ("打工人阿杰", "注册会员 帖子12", "回复 3# 智途教育-王老师：这是广告吧……", ""),
             ("路人乙", "注册会员 帖子41", "楼上那个建议先查一下机构在不在备案名单里。", "")]
    bbs_page(p, BBS_LIST[0][1], posts, 2381)

    # U02-d
    p = Page("/bbs/thread-90127.html", True, "U02", "启航数智",
             "forum thread; seller replies with a group number split by spaces")
    posts = [("沪漂小陈", "注册会员 帖子8", "如题，上海，想考AI训练师三级或者四级，最好周末班，预算3000以内，有推荐的吗？", ""),
             ("启航数智-周老师", "注册会员 帖子19", f"可以了解下我们启航数智的周末班，三级2980，上海本地考点，考完还能申请补贴。具体可以进群看课表：群号 {p.id('qq_group', '735224196', '735 224 196')}，进群备注论坛", "启航数智 · 让每个人都懂AI"),
             ("匿名", "游客", "别在论坛找，去官网查备案机构吧", ""),
             ("沪漂小陈", "注册会员 帖子8", "谢谢，已加", "")]
    bbs_page(p, BBS_LIST[1][1], posts, 977)

    # U03-c
    p = Page("/bbs/thread-91544.html", True, "U03", "北京中科智训",
             "forum thread; seller writes phone in financial Chinese numerals and email with # for @; a user leaves own QQ")
    posts = [("燕郊小王", "注册会员 帖子5", "北京有人考过人工智能训练师三级吗？考试难不难，一般多少钱？", ""),
             ("小白求带", "注册会员 帖子17", f"同问，有一起报的吗，我QQ {p.d('commenter_qq', '2957741106')}", ""),
             ("中科智训招生办", "注册会员 帖子66", f"北京中科智训，三级理论+实操全程辅导，通过率高。费用：三级三千六，二级技师（需满足年限）六千八。电话{p.id('phone', '+8618610327415', '壹捌陆壹零叁贰柒肆壹伍')}，资料发邮箱 {p.id('email', 'zkzx_peixun@126.com', 'zkzx_peixun#126.com')}（#换成@）", "中科智训——人工智能职业技能培训"),
             ("燕郊小王", "注册会员 帖子5", "国家职业资格证书？这个名字看着挺唬人。", "")]
    bbs_page(p, BBS_LIST[2][1], posts, 1519)

    # U06-c
    p = Page("/bbs/thread-92010.html", True, "U06", "辰星AI",
             "forum thread; seller advertises a short-video account and a WeChat with vx:")
    posts = [("标注民工", "注册会员 帖子30", "在深圳做了一年多数据标注，想转算法测试，考个AI训练师证有没有必要？", ""),
             ("小白求带", "注册会员 帖子18", f"有必要吧，简历好看点。有深圳的可以一起，QQ {p.d('commenter_qq', '2957741106')}", ""),
             ("辰星AI", "注册会员 帖子7", f"做过一年标注可以直接报四级了（按相关工作年限算）。我们辰星AI在南山有实操课，具体课程和价格看我主页视频：{p.id('other', '辰星AI课堂', '辰星AI课堂')}，或者 {p.id('wechat', 'cx_ai_kt', 'vx: cx_ai_kt')}", ""),
             ("标注民工", "注册会员 帖子30", "好的我去看看", "")]
    bbs_page(p, BBS_LIST[3][1], posts, 688)

    # U08-b
    p = Page("/bbs/thread-92388.html", True, "U08", "德才AI",
             "forum thread; seller spaces out WeChat letters and quotes a 考点 number")
    posts = [("Yuki", "注册会员 帖子3", "下个月考数据标注四级，实操考什么啊？有没有人分享下", ""),
             ("德才AI-助教", "注册会员 帖子11", f"实操主要是数据清洗、标注工具使用、质检。我们德才AI有实操模拟系统，四级包教会，学费1280，考点在徐汇（考点电话{p.d('kaodian', '021-6439 1120')}可以自己核实）。想要模拟题加 {p.id('wechat', 'mingde_ai_01', 'm i n g d e _ a i _ 0 1')}，或者打 {p.id('phone', '+8615002147783', '150-0214-7783')}", ""),
             ("Yuki", "注册会员 帖子3", "谢谢～", "")]
    bbs_page(p, BBS_LIST[4][1], posts, 402)

    # I02
    p = Page("/bbs/thread-92655.html", True, "I02", "数标学院",
             "forum thread; an independent seller promises 技师 to beginners")
    posts = [("阿豪", "注册会员 帖子2", "没有任何证书，能直接报AI训练师二级技师吗？", ""),
             ("老鸟", "中级会员 帖子510", "不能，二级要三级证书加年限。", ""),
             ("AI证书李老师", "注册会员 帖子1", f"可以的，我们数标学院有特殊通道，不限学历不限经验，二级技师直接报，一次拿三证（三级+二级+数标），全包价9800。Q {p.id('qq', '3398201764', '3398201764')}", ""),
             ("老鸟", "中级会员 帖子511", "楼上这种千万别信。", "")]
    bbs_page(p, BBS_LIST[5][1], posts, 1203)

    # complaint
    p = Page("/bbs/thread-89870.html", False, None, None,
             "complaint thread quoting a seller's number; non-offer")
    posts = [("受害者小刘", "注册会员 帖子4", f"去年在网上一个招聘网站看到“AI训练师居家兼职”，打过去电话{p.d('complaint_ph', '135-2669-8412')}，说要先考证才能接单，交了3980，拿到的证在官网根本查不到！现在微信也把我拉黑了。", ""),
             ("热心网友", "中级会员 帖子900", f"先打{p.d('hot12315', '12315')}投诉，再报警，反诈专线{p.d('hot96110', '96110')}。", ""),
             ("小白求带", "注册会员 帖子19", f"天哪，我差点也报了，有类似经历的加我 {p.d('commenter_qq', '2957741106')} 一起维权", ""),
             ("版主", "管理员", f"已置顶。提醒大家：证书查询请认准 zscx.{p.d('osta', 'osta.org.cn')}，政策咨询{p.d('hot12333', '12333')}。", "")]
    bbs_page(p, BBS_LIST[6][1], posts, 15722)

    # question thread (non-offer)
    p = Page("/bbs/thread-90555.html", False, None, None, "forum Q&A on checking filed institutions; no seller")
    posts = [("理性考证", "注册会员 帖子22", "怎么判断一个AI证书机构是不是正规备案的？", ""),
             ("老鸟", "中级会员 帖子512", f"去评价机构公示名单查（pjjg.{p.d('osta', 'osta.org.cn')}），看它备案的职业里有没有人工智能训练师。统一社会信用代码91开头的是公司，名字里带“国家”“中国”的要小心。", ""),
             ("理性考证", "注册会员 帖子22", "学到了", "")]
    bbs_page(p, BBS_LIST[7][1], posts, 3002)

    p = Page("/bbs/index.html", False, None, None, "forum board list page")
    rows = "".join(f'<tr><td><a href="{p.rel(u)}">{t}</a></td><td>{100+i*37}</td></tr>' for i, (u, t) in enumerate(BBS_LIST))
    html = f"""<div id="hd"><b style="font-size:20px">职场技能论坛</b> <a href="{p.rel('/index.html')}">导航</a> · 职业资格/技能证书</div>
<div id="wp"><table class="tl" style="width:100%"><tr><th>主题</th><th>回复/查看</th></tr>{rows}</table></div>
<div id="ft">站务联系：{p.d('bbs_mail', 'bbs_admin@zcjnlt.com')}　客服QQ：{p.d('bbs_qq', '800062317')}</div>"""
    p.save(doc("职业资格/技能证书 - 职场技能论坛", BBS_CSS, html))


# ================================================================ job board
JOBS_CSS = ("body{margin:0;background:#f6f7fb;font-family:'PingFang SC','Microsoft YaHei'}.hd{background:#00a6a7;color:#fff;padding:12px 40px}"
            ".hd a{color:#fff;margin-right:16px}.job{display:flex;width:1100px;margin:16px auto}.job-main{flex:1;background:#fff;padding:24px}"
            ".salary{color:#f26d49;font-size:22px}.company{width:300px;margin-left:16px;background:#fff;padding:16px}"
            "table.info td{padding:4px 12px;border-bottom:1px solid #eee}.ft{background:#202329;color:#9fa3b0;padding:20px 40px;font-size:12px}")
JOBS_LIST = [("/jobs/job-3312.html", "数据标注员（可培训上岗）", "4-7K"),
             ("/jobs/job-3407.html", "AI训练师学员 包分配", "6-12K"),
             ("/jobs/job-3519.html", "AI训练师 居家兼职 日结", "200-500元/天"),
             ("/jobs/job-3526.html", "人工智能数据标注 储备干部", "5-8K"),
             ("/jobs/job-3588.html", "AI模型测试员（零基础）", "8-15K"),
             ("/jobs/job-3601.html", "人工智能训练师 助理", "4-6K"),
             ("/jobs/job-3640.html", "大模型数据标注实习生", "150元/天"),
             ("/jobs/job-3655.html", "数据标注组长", "8-10K"),
             ("/jobs/help-safe.html", "求职安全指南", "")]


def jobs_page(p, title, salary, main, company):
    hot = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t, s in JOBS_LIST[:8] if u != p.path)
    html = f"""<div class="hd"><b style="font-size:20px">聘才网</b>　<a href="{p.rel('/index.html')}">导航</a><a href="{p.rel('/jobs/index.html')}">找工作</a><a href="{p.rel('/jobs/index.html')}">校园</a><a href="{p.rel('/jobs/help-safe.html')}">求职安全</a><span style="float:right">我要招人</span></div>
<div class="job"><div class="job-main"><h1>{title}</h1>{f'<div class="salary">{salary}</div>' if salary else ''}
{main}
<div class="warn" style="background:#fff7e6;padding:8px;margin-top:16px;font-size:12px">聘才网提醒：求职过程中凡是要求先交培训费、考证费、押金的，均可能涉嫌违规，请提高警惕！如遇问题请致电客服 {p.d('jobs_400', '400-163-8899')}</div></div>
<aside class="company">{company}<h4>相似职位</h4><ul>{hot}</ul></aside></div>
<div class="ft">聘才网 客服热线：{p.d('jobs_400', '400-163-8899')}（工作日9:00-18:00）　违法和不良信息举报：{p.d('jobs_mail', 'jubao@pincaiw.com')}　人力资源服务许可证 编号：330100202300012</div>"""
    p.save(doc(title + "招聘 - 聘才网", JOBS_CSS, html))


def jobs_pages():
    # U01-c
    p = Page("/jobs/job-3312.html", True, "U01", "华数人才",
             "job ad for data annotators that turns out to require a paid certificate course")
    main = f"""<table class="info"><tr><td>工作地点</td><td>南京·江宁区</td></tr><tr><td>经验</td><td>不限</td></tr><tr><td>学历</td><td>不限</td></tr></table>
<h3>职位描述</h3><p>1. 负责图片、文本、语音数据的标注；2. 无经验可培训，需持人工智能训练师（数据标注员）证书上岗，公司统一安排培训考证，费用2680元（入职满3个月报销一半）；3. 考点在本地鉴定站，报名材料请发送至 {p.id('email', 'zhitu_edu@163.com', 'zhitu_edu(at)163.com')}。</p>
<p>咨询QQ：{p.id('qq', '2851147730', '2851147730')}</p>"""
    company = "<h3>华数人才服务（南京）</h3><p>人力资源服务 · 20-99人</p>"
    jobs_page(p, JOBS_LIST[0][1], JOBS_LIST[0][2], main, company)

    # U03-b
    p = Page("/jobs/job-3407.html", True, "U03", "智训人才",
             "'学员' job ad: pay a course fee for AI trainer level 3, 'guaranteed placement'; 400 number in Chinese numerals")
    main = f"""<table class="info"><tr><td>地点</td><td>北京·海淀</td></tr><tr><td>经验</td><td>不限</td></tr><tr><td>学历</td><td>不限</td></tr></table>
<h3>职位描述</h3><p>【招AI训练师学员，学完包分配】国家新职业人工智能训练师（4-04-05-05），三级高级工证书人社部颁发，全国通用。学费6800，可分12期，结业考证通过后推荐至合作企业，月薪6-12K。</p>
<p>报名热线：{p.id('phone', '4000861752', '四零零-零八六-一七五二')}　招生老师手机：{p.id('phone', '+8618610327415', '186 1032 7415')}</p>"""
    company = "<h3>智训人才（北京）</h3><p>教育培训 · 100-499人</p><p>已认证 ✔</p>"
    jobs_page(p, JOBS_LIST[1][1], JOBS_LIST[1][2], main, company)

    # U05-a
    p = Page("/jobs/job-3519.html", True, "U05", "鼎峰人力",
             "'work from home' job ad that requires buying an AI-trainer certificate first")
    main = f"""<table class="info"><tr><td>地点</td><td>全国·远程</td></tr><tr><td>类型</td><td>兼职</td></tr></table>
<h3>职位描述</h3><p>AI训练师居家兼职，手机电脑都能做，日结200-500。要求：持有人工智能训练师证书（没有的可由公司安排考取，五级+四级双证￥1980，包过，拿证即可接单）。</p>
<p><img src="/upload/cert-demo.jpg" alt="证书样本 编号{p.d('cert_sample', 'S000044012345253000017')}"></p>
<p>联系人：张经理 {p.d('complaint_ph', p.id('phone', '+8613526698412', '135 2669 8412'))}　微信：{p.id('wechat', 'dfjy_hr', 'dfjy_hr')}</p>"""
    company = "<h3>鼎峰人力资源</h3><p>人力外包 · 20-99人</p>"
    jobs_page(p, JOBS_LIST[2][1], JOBS_LIST[2][2], main, company)

    # U05-b
    p = Page("/jobs/job-3526.html", True, "U05", "峰会职考",
             "'储备干部' job ad that sells AI-trainer course bundle; WeChat written in different case")
    main = f"""<table class="info"><tr><td>地点</td><td>郑州·金水区</td></tr><tr><td>经验</td><td>不限</td></tr></table>
<h3>岗位要求</h3><p>零基础可，岗前需参加“人工智能训练师+数据标注员”双证培训（费用1.5k，分期可），培训合格安排上岗。</p>
<p>加微信 {p.id('wechat', 'dfjy_hr', 'Dfjy_HR')} 备注“储备”，或 QQ {p.id('qq', '1647725083', '1647725083')}</p>"""
    company = "<h3>峰会职考（郑州）</h3><p>教育培训 · 少于20人</p>"
    jobs_page(p, JOBS_LIST[3][1], JOBS_LIST[3][2], main, company)

    # U07-b
    p = Page("/jobs/job-3588.html", True, "U07", "华章职业技能",
             "job ad with a 'training fee' section; phone in circled digits")
    main = f"""<table class="info"><tr><td>地点</td><td>武汉·光谷</td></tr><tr><td>学历</td><td>不限</td></tr></table>
<h3>职位描述</h3><p>AI模型测试员（即人工智能算法测试员，人工智能训练师下属工种），零基础入职先培训，培训期间考取AI训练师四级证书。</p>
<h3>费用说明</h3><table class="info"><tr><td>培训+考证</td><td><s>3600</s> 2400元</td></tr><tr><td>政府补贴</td><td>符合条件可申领1500元</td></tr></table>
<p>电话：{p.id('phone', '+8618062437719', '①⑧⓪⑥②④③⑦⑦①⑨')}　简历投递：{p.id('email', 'hzpx2023@qq.com', 'hzpx2023@qq.com')}</p>"""
    company = "<h3>华章职业技能培训</h3><p>培训机构 · 20-99人</p>"
    jobs_page(p, JOBS_LIST[4][1], JOBS_LIST[4][2], main, company)

    # U09-b
    p = Page("/jobs/job-3601.html", True, "U09", "领航教育科技",
             "assistant job ad that is really enrolment; company info table with credit code")
    main = f"""<table class="info"><tr><td>地点</td><td>武汉·洪山区</td></tr><tr><td>经验</td><td>1年以下</td></tr></table>
<h3>职位描述</h3><p>招人工智能训练师助理，入职需先参加公司“AI训练师三级（高级工）”认证班，学费2980元，补贴后几乎免费。官网可查，查询网址 jndj.{p.d('osta', 'osta.org.cn')}。</p>
<p>联系电话：{p.id('phone', '+8613387521946', '133-8752-1946')}</p>"""
    company = f"""<h3>领航教育科技</h3><table class="info"><tr><td>统一社会信用代码</td><td>{p.id('uscc', USCC_LH, USCC_LH[:4] + ' ' + USCC_LH[4:8] + ' ' + USCC_LH[8:12] + ' ' + USCC_LH[12:16] + ' ' + USCC_LH[16:])}</td></tr><tr><td>成立日期</td><td>2019-05-21</td></tr><tr><td>注册资本</td><td>100万</td></tr></table>"""
    jobs_page(p, JOBS_LIST[5][1], JOBS_LIST[5][2], main, company)

    # I03
    p = Page("/jobs/job-3640.html", True, "I03", "蓝海数据科技",
             "internship ad requiring a paid 'AI trainer' course before starting")
    main = f"""<table class="info"><tr><td>地点</td><td>成都·高新区</td></tr><tr><td>学历</td><td>大专</td></tr></table>
<h3>职位描述</h3><p>大模型数据标注实习，需持有人工智能训练士（五级）证书，无证者可参加我司内训，考证费用880元，内训通过直接转正。</p>
<p>HR：{p.id('phone', '+8613761120598', '137 6112 0598')}　邮箱：{p.id('email', 'lanhai_hr@sina.com', 'lanhai_hr@sina.com')}</p>"""
    jobs_page(p, JOBS_LIST[6][1], JOBS_LIST[6][2], main, "<h3>蓝海数据科技</h3><p>互联网 · 20-99人</p>")

    # real job ad
    p = Page("/jobs/job-3655.html", False, None, "杭州数标智能科技有限公司",
             "a genuine job ad for an annotation team lead; no course is sold")
    p.id("email", "hr@shubiao-ai.com", "hr@shubiao-ai.com")
    p.id("phone", "+8657188217530", "0571-88217530")
    main = """<table class="info"><tr><td>地点</td><td>杭州·余杭区</td></tr><tr><td>经验</td><td>3-5年</td></tr><tr><td>学历</td><td>本科</td></tr></table>
<h3>职位描述</h3><p>负责20人标注团队的排期和质检，制定标注规范；有人工智能训练师三级证书者优先（非必须），五险一金，年终奖。</p>
<p>简历请投：hr@shubiao-ai.com　前台：0571-88217530</p>"""
    jobs_page(p, JOBS_LIST[7][1], JOBS_LIST[7][2], main, "<h3>杭州数标智能科技有限公司</h3><p>人工智能 · 100-499人 · B轮</p>")

    # help page
    p = Page("/jobs/help-safe.html", False, None, None, "job board's safety help page; platform and public numbers only")
    main = f"""<h3>常见求职陷阱</h3><ol><li>“先考证后上岗”：以招聘为名推销培训、考证课程；</li><li>“居家兼职日结”：要求先交会员费、押金；</li><li>“包过拿证”：承诺不考试直接发证。</li></ol>
<p>遇到上述情况请立即停止付款，并通过以下方式举报：聘才网客服 {p.d('jobs_400', '400-163-8899')}，举报邮箱 {p.d('jobs_mail', 'jubao@pincaiw.com')}；人社咨询 {p.d('hot12333', '12333')}；市场监管 {p.d('hot12315', '12315')}；反诈 {p.d('hot96110', '96110')}。</p>"""
    jobs_page(p, "求职安全指南", "", main, "<h3>帮助中心</h3>")

    p = Page("/jobs/index.html", False, None, None, "job board search results list")
    rows = "".join(f'<li><a href="{p.rel(u)}">{t}</a> <span class="salary">{s}</span></li>' for u, t, s in JOBS_LIST)
    jobs_page(p, "“人工智能训练师”相关职位", "", f"<ul>{rows}</ul>", "<h3>热门搜索</h3><p>数据标注 AI训练师 算法测试</p>")


# ================================================================ classifieds
FENLEI_CSS = ("body{margin:0;font:13px 'Microsoft YaHei';background:#fff}.bar{background:#ff552e;color:#fff;padding:8px 30px}.bar a{color:#fff}"
              ".post{width:900px;margin:10px auto}.contact{border:1px solid #ffd0c2;background:#fff5f2;padding:10px;margin:10px 0}"
              ".comments li{border-bottom:1px solid #eee;padding:6px 0;list-style:none}.foot{color:#999;text-align:center;padding:18px}")
FENLEI_LIST = [("/fenlei/post-550913.html", "人工智能训练师培训 周末班 上海 启航数智"),
               ("/fenlei/post-551288.html", "AI训练师考证 北京 正规机构 可查"),
               ("/fenlei/post-551702.html", "【鼎峰】人工智能训练师 五级四级 报名"),
               ("/fenlei/post-550477.html", "章鱼学堂 AI训练师 四级 武汉 小班"),
               ("/fenlei/post-552031.html", "武汉 人工智能训练师 三级 报名中 航远"),
               ("/fenlei/post-552210.html", "天成教育 人工智能训练师 全国可报"),
               ("/fenlei/post-549980.html", "电工证 低压电工 焊工证 考证培训")]


def fenlei_page(p, title, body, comments=()):
    cm = "".join(f"<li><b>{u}</b>：{t}</li>" for u, t in comments)
    more = "".join(f'<a href="{p.rel(u)}">{t}</a><br>' for u, t in FENLEI_LIST if u != p.path)
    html = f"""<div class="bar">城市分类信息网 › <a href="{p.rel('/index.html')}">导航</a> › <a href="{p.rel('/fenlei/index.html')}">教育培训</a> › 职业技能</div>
<div class="post"><h1>{title}</h1><p class="meta">发布时间：2026-04-1{len(title)%9} · 浏览 {len(title)*13} 次 · 信息编号 {p.path[-11:-5]}</p>
{body}
<div class="comments"><h3>网友留言（{len(comments)}）</h3><ul>{cm}</ul></div>
<div class="more"><h3>更多职业技能信息</h3>{more}</div></div>
<div class="foot">城市分类信息网 客服电话：{p.d('fenlei_tel', '010-5367 1188')}　信息由用户自行发布，平台不对内容真实性负责，交易请当面核实</div>"""
    p.save(doc(title + " - 城市分类信息网", FENLEI_CSS, html))


def fenlei_pages():
    # U02-b
    p = Page("/fenlei/post-550913.html", True, "U02", "启航数智",
             "classified ad; WeChat in full-width characters, phone with spaces, quotes a 考点 number")
    body = f"""<table class="attr"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>上海 徐汇</td></tr><tr><td>价格</td><td>2980元/期</td></tr></table>
<p>AI训练师（人工智能训练师）三级/四级 周末班，理论+实操，题库刷题，上海本地考点（考点电话 {p.d('kaodian', '021-64391120')}）。</p>
<div class="contact">联系人：周老师　手机：{p.id('phone', '+8615921846603', '159 2184 6603')}　v信 {p.id('wechat', 'yq-ai88', 'ＹＱ－ａｉ８８')}</div>"""
    fenlei_page(p, FENLEI_LIST[0][1], body, [("游客8812", "周日班还有位置吗")])

    # U03-d
    p = Page("/fenlei/post-551288.html", True, "U03", "智训人才",
             "classified ad; email written with 圈 and 点")
    body = f"""<p>人工智能训练师 五级/四级/三级 可报，二级一级可咨询。国家认可，官方可查，不过免费重考。费用：五级1200 四级1800 三级3600。</p>
<div class="contact">报名资料请发邮箱：{p.id('email', 'zkzx_peixun@126.com', 'zkzx_peixun圈126点com')}（防爬虫，请自行替换）</div>"""
    fenlei_page(p, FENLEI_LIST[1][1], body, [("北京用户", "二级能直接考吗"), ("发布者", "需要三级证书和年限，可以先报三级")])

    # U05-c
    p = Page("/fenlei/post-551702.html", True, "U05", "鼎峰教育",
             "classified ad; QQ with dashes; a buyer leaves own WeChat in comments")
    body = f"""<p>鼎峰教育人工智能训练师培训报名：五级+四级 打包价一千九百八十元，包过！拿证快，可用于求职加分、积分落户、申请补贴。</p>
<div class="contact">Q：{p.id('qq', '1647725083', '164-772-5083')}（电话不接陌生号，请加Q）</div>"""
    fenlei_page(p, FENLEI_LIST[2][1], body, [("lily", f"已报名，有问题的可以问我，我微信 {p.d('buyer_wx', 'lily_0912')}"), ("阿亮", "包过是真的吗")])

    # U07-a
    p = Page("/fenlei/post-550477.html", True, "U07", "章鱼学堂",
             "classified ad with order-number-like 喜报 and a buyer's WeChat in comments")
    body = f"""<p>章鱼学堂AI训练师四级（中级工）小班，武汉光谷线下，每班不超过15人，学费 ￥2,400（原价3,600）。</p>
<p>喜报：报名序号{p.d('order_no', '13620250612')}的学员已顺利拿证！</p>
<div class="contact">电话 {p.id('phone', '+8618062437719', '180 6243 7719')}　QQ {p.id('qq', '3207764158', '3207764158')}</div>"""
    fenlei_page(p, FENLEI_LIST[3][1], body, [("lily", f"同学推荐来的，我微信{p.d('buyer_wx', 'lily_0912')}，想组队的找我")])

    # U09-c
    p = Page("/fenlei/post-552031.html", True, "U09", "航远人才",
             "classified ad; phone in mixed half/full-width digits; sample certificate image")
    body = f"""<p>人工智能训练师三级报名中，补贴后几乎免费（需社保满1年）。武汉本地考试，三个月拿证。</p>
<p><img src="/pic/zs.jpg" alt="证书样本 {p.d('cert_sample', 'S000044012345253000017')}"></p>
<div class="contact">航远人才 王老师 {p.id('phone', '+8613387521946', '133８７５２１９４６')}　微信 {p.id('wechat', 'lh_peixun', 'lh_peixun')}</div>"""
    fenlei_page(p, FENLEI_LIST[4][1], body)

    # I04
    p = Page("/fenlei/post-552210.html", True, "I04", "天成教育",
             "classified ad from a small independent seller, phone with +86")
    body = f"""<p>天成教育代报人工智能训练师（数据标注员/算法测试员），全国可报，线上考试，1个月出证，五级￥980、四级￥1480。</p>
<p style="color:#c00">防骗提醒：本机构不会以任何名义索要验证码，如遇可疑情况请拨打反诈专线{p.d('hot96110', '96110')}。</p>
<div class="contact">电话：{p.id('phone', '+8615510368827', '+86 155 1036 8827')}　微信：{p.id('wechat', 'tc-jiaoyu520', 'tc-jiaoyu520')}</div>"""
    fenlei_page(p, FENLEI_LIST[5][1], body)

    # other occupation
    p = Page("/fenlei/post-549980.html", False, None, "安达职业培训",
             "classified ad for electrician/welder certificates; another occupation")
    body = """<p>低压电工、焊工、高处作业 特种作业操作证培训，应急管理局发证，可查。</p>
<div class="contact">安达职业培训 电话 131 2277 0964</div>"""
    p.id("phone", "+8613122770964", "131 2277 0964")
    fenlei_page(p, FENLEI_LIST[6][1], body)

    p = Page("/fenlei/index.html", False, None, None, "classified-ads category list page")
    items = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t in FENLEI_LIST)
    html = f"""<div class="bar">城市分类信息网 › <a href="{p.rel('/index.html')}">导航</a> › 教育培训</div><div class="post"><ul>{items}</ul></div>
<div class="foot">客服电话：{p.d('fenlei_tel', '010-5367 1188')}</div>"""
    p.save(doc("教育培训 - 城市分类信息网", FENLEI_CSS, html))


# ================================================================ Q&A
WENDA_CSS = ("body{margin:0;background:#f1f2f3;font-family:sans-serif}.top{background:#fff;border-bottom:1px solid #ddd;padding:10px 40px}"
             ".q{background:#fff;width:800px;margin:12px auto;padding:16px}.ans{background:#fff;width:800px;margin:6px auto;padding:16px}"
             ".ans .who{color:#555;font-weight:bold}.best{border:2px solid #4caf50}.ft{text-align:center;font-size:12px;color:#999;padding:20px}")
WENDA_LIST = [("/wenda/q-20931.html", "人工智能训练师证书报名费大概多少钱？"),
              ("/wenda/q-21077.html", "AI训练师在深圳哪里能考？"),
              ("/wenda/q-21240.html", "人工智能训练师四级难吗，需要什么基础"),
              ("/wenda/q-21399.html", "没有学历可以考人工智能训练师吗"),
              ("/wenda/q-21456.html", "生成式人工智能系统应用员和AI训练师是一个证吗？")]


def wenda_page(p, title, qtext, answers):
    a = "".join(f'<div class="ans{" best" if i == 0 else ""}"><div class="who">{w}</div><p>{t}</p><small>{"最佳答案 · " if i == 0 else ""}{3+i}天前 · 赞同 {12-i*3}</small></div>' for i, (w, t) in enumerate(answers))
    rel = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t in WENDA_LIST if u != p.path)
    html = f"""<div class="top"><b>问答吧</b>　<a href="{p.rel('/index.html')}">导航</a> · <a href="{p.rel('/wenda/index.html')}">问题列表</a>　<input type="search" placeholder="搜索问题"></div>
<div class="q"><h1>{title}</h1><p>{qtext}</p></div>{a}
<div class="q"><h3>相关问题</h3><ul>{rel}</ul></div>
<div class="ft">问答吧 · 意见反馈 {p.d('wenda_mail', 'feedback@wendaba.net')} · 回答内容仅代表网友观点</div>"""
    p.save(doc(title + "_问答吧", WENDA_CSS, html))


def wenda_pages():
    p = Page("/wenda/q-20931.html", True, "U04", "博雅教育咨询",
             "Q&A answer by an agency; email written with [at] and [dot]")
    wenda_page(p, WENDA_LIST[0][1], "想报个人工智能训练师，不知道行情价。", [
        ("博雅教育咨询", f"您好，各机构价格不同，一般五级800-1000，四级1200-1500，三级1600-2500。我们博雅这边有分级价格表，发邮件到 {p.id('email', 'service@boyazp.cn', 'service[at]boyazp[dot]cn')} 索取，符合条件还能拿补贴。"),
        ("匿名用户", "认定费本身没多少，贵的都是培训费。")])

    p = Page("/wenda/q-21077.html", True, "U06", "星辰教育",
             "Q&A answer; WeChat with 丶 instead of underscores")
    wenda_page(p, WENDA_LIST[1][1], "深圳，想考AI训练师四级，哪里有考点？", [
        ("星辰教育-陈老师", f"深圳有多家备案评价机构，可以在人社网站查。我们星辰教育在南山有线下班，三级两千三左右，威信 {p.id('wechat', 'cx_ai_kt', 'cx丶ai丶kt')}（丶换成下划线）"),
        ("小鱼", "南山那家我上过，还行。")])

    p = Page("/wenda/q-21240.html", True, "U08", "明德数智",
             "Q&A answer; phone spelled in Chinese numerals")
    wenda_page(p, WENDA_LIST[2][1], "文科生，没有编程基础，能考AI训练师四级吗？", [
        ("明德数智官方", f"完全可以，四级以数据采集处理、数据标注为主，不需要编程。我们明德数智四级课程¥1,280，含实操模拟。咨询电话 {p.id('phone', '+8615002147783', '一五零 零二一四 七七八三')}"),
        ("过来人", "四级主要是标注工具，多练就行。")])

    p = Page("/wenda/q-21399.html", True, "I06", "启智AI考证",
             "Q&A answer from an independent seller promising no requirements")
    wenda_page(p, WENDA_LIST[3][1], "初中学历，能考吗？", [
        ("启智AI考证", f"可以，不限学历不限专业，无门槛，报名就能考，三个级别一起报更优惠（五四三级打包4999）。微信 {p.id('wechat', 'qz_ai_kaozheng', 'qz_ai_kaozheng')} 扣 {p.id('qq', '2094416638', '2094416638')}"),
        ("懂行的", "标准里写的是初中毕业就行，但五级要一年相关工作经验，打包三个级别不符合规定。")])

    p = Page("/wenda/q-21456.html", False, None, None, "Q&A on a different occupation (4-04-05-13); no seller")
    wenda_page(p, WENDA_LIST[4][1], "看到有人卖“生成式人工智能系统应用员”证，和AI训练师一样吗？", [
        ("热心网友", "不一样。人工智能训练师是4-04-05-05，生成式人工智能系统应用员是4-04-05-13，是2022版大典里的另一个职业。"),
        ("路人", "买之前先查机构备案。")])

    p = Page("/wenda/index.html", False, None, None, "Q&A list page")
    items = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t in WENDA_LIST)
    html = f"""<div class="top"><b>问答吧</b> <a href="{p.rel('/index.html')}">导航</a></div><div class="q"><h1>职业技能 · 问题列表</h1><ul>{items}</ul></div>
<div class="ft">意见反馈 {p.d('wenda_mail', 'feedback@wendaba.net')}</div>"""
    p.save(doc("职业技能问题 - 问答吧", WENDA_CSS, html))


# ================================================================ template agency sites
def builder_credit(p):
    return f'<p class="credit">技术支持：<a href="http://www.{p.d("builder_dom", "yizhantong.net")}/" rel="nofollow">易站通</a> {p.d("builder_dom", "yizhantong.net")} 建站热线 {p.d("builder_400", "400-6188-525")}</p>'


def agency(p, title, color, brand, nav, body, footer, extra_css=""):
    css = (f"body{{margin:0;font-family:'Microsoft YaHei'}}.hd{{background:{color};color:#fff;padding:16px 60px}}.hd h1{{margin:0;font-size:26px}}"
           f".nav{{background:#222}}.nav a{{color:#fff;display:inline-block;padding:10px 18px;text-decoration:none}}.banner{{background:linear-gradient(90deg,{color},#333);color:#fff;padding:40px 60px}}"
           ".sec{padding:20px 60px}table.price{border-collapse:collapse}table.price td,table.price th{border:1px solid #ccc;padding:6px 16px}"
           f".ft{{background:#1b1b1b;color:#aaa;padding:20px 60px;font-size:12px}}.credit{{color:#666}}{extra_css}")
    navh = "".join(f'<a href="#{a}">{t}</a>' for a, t in nav)
    html = f"""<div class="hd"><h1>{brand}</h1></div><div class="nav"><a href="{p.rel('/index.html')}">返回导航</a>{navh}</div>
{body}
<div class="ft">{footer}</div>"""
    p.save(doc(title, css, html))


def agency_pages():
    # U01-b 智途
    p = Page("/sites/zhitu/index.html", True, "U01", "智途职业培训学校",
             "template agency site with tel: link, mailto and builder credit")
    body = f"""<div class="banner"><h2>人工智能训练师 职业技能等级认定培训</h2><p>人社新职业 · 4-04-05-05 · 五级至三级</p></div>
<div class="sec" id="kc"><h3>课程设置</h3><table class="price"><tr><th>等级</th><th>学时</th><th>学费</th></tr><tr><td>五级/初级工</td><td>60</td><td>1580</td></tr><tr><td>四级/中级工</td><td>50</td><td>2280</td></tr><tr><td>三级/高级工</td><td>40</td><td>2980</td></tr></table>
<p><img src="images/cert.jpg" alt="证书样本 编号{p.d('cert_sample', 'S000044012345253000017')}，可在jndj.{p.d('osta', 'osta.org.cn')}查询"></p></div>
<div class="sec" id="lx"><h3>联系我们</h3><p>招生电话：<a href="tel:+8613851427796">{p.id('phone', '+8613851427796', '138 5142 7796')}</a></p>
<p>邮箱：<a href="mailto:zhitu_edu@163.com">{p.id('email', 'zhitu_edu@163.com', 'zhitu_edu@163.com')}</a></p><p>地址：南京市江宁区天元中路 某大厦 9楼</p></div>"""
    foot = f"© 2026 智途职业培训学校 {p.id('domain', 'zhitu-edu.cn', 'www.zhitu-edu.cn')} 苏ICP备2024087711号" + builder_credit(p)
    agency(p, "智途职业培训学校-人工智能训练师培训", "#0a5", "智途职业培训学校", [("kc", "课程设置"), ("lx", "联系我们")], body, foot)

    # U02-a 云启
    p = Page("/sites/yunqi/index.html", True, "U02", "云启AI学院",
             "agency site with embedded enrolment form (form-tool credit) and landline")
    body = f"""<div class="banner"><h2>云启AI学院 · AI Trainer Certification</h2><p>人工智能训练师（AI trainer）三级/四级 上海徐汇校区 周末班</p></div>
<div class="sec" id="bm"><h3>在线报名</h3><form action="https://{p.d('form_dom', 'jinshuju.net')}/f/Yq8aK2" method="post">
<label>姓名 <input name="name"></label> <label>手机 <input name="mobile"></label> <label>报考等级 <select name="level"><option>三级</option><option>四级</option></select></label> <button>提交</button></form>
<p class="credit">本表单由金数据提供技术支持 {p.d('form_dom', 'jinshuju.net')}</p>
<p>考点：徐汇区职业技能鉴定站（电话 {p.d('kaodian', '021-64391120')}）</p></div>
<div class="sec" id="lx"><p>咨询热线：{p.id('phone', '+862154863372', '021-5486 3372')}</p><p><img src="qr.png" alt="扫码添加招生老师"> 微信号：{p.id('wechat', 'yq-ai88', 'yq-ai88')}</p></div>"""
    foot = f"云启AI学院 版权所有 · {p.id('domain', 'yunqiai.cn', 'yunqiai.cn')} · 沪ICP备2023011875号"
    agency(p, "云启AI学院 | 人工智能训练师培训", "#36c", "云启AI学院", [("bm", "在线报名"), ("lx", "联系")], body, foot)

    # U03-a 中科智训
    p = Page("/sites/zkzx/index.html", True, "U03", "中科智训",
             "state-sounding agency site with credit code, 400 number, builder credit")
    body = f"""<div class="banner"><h2>国家人工智能训练师职业技能认证培训中心</h2><p>三级/二级/一级 · 人社部颁发 · 全国联网可查</p></div>
<div class="sec" id="gy"><h3>关于我们</h3><p>北京中科智训科技有限公司，专注人工智能职业技能培训。</p>
<table class="price"><tr><td>统一社会信用代码</td><td>{p.id('uscc', USCC_ZK, USCC_ZK)}</td></tr><tr><td>全国服务热线</td><td>{p.id('phone', '4000861752', '400-086-1752')}</td></tr></table>
<p>证书真伪查询：人社服务热线{p.d('hot12333', '12333')}</p></div>"""
    foot = f"北京中科智训科技有限公司 {p.id('domain', 'zkzhixun.com', 'www.zkzhixun.com')} 京ICP备2022003817号" + builder_credit(p)
    agency(p, "中科智训-国家人工智能训练师认证", "#b00", "中科智训 ZKZX", [("gy", "关于我们")], body, foot)

    # U04-b 博雅
    p = Page("/sites/boya/index.html", True, "U04", "博雅职培",
             "agency template with leftover placeholder phone/email; WeChat only in QR alt text")
    body = f"""<div class="banner"><h2>博雅职培 · 新职业考证</h2><p>人工智能训练师 / 数据标注员 / 健康管理师</p></div>
<div class="sec" id="ai"><h3>人工智能训练师</h3><p>五级 ￥880　四级 ￥1280　三级 ￥1680（<del>￥2680</del>）</p>
<p><img src="upload/wxqr.png" alt="微信二维码 {p.id('wechat', 'boya_zp66', 'BOYA_ZP66')}"></p></div>
<div class="sec" id="lx"><h3>联系方式</h3><p>电话：{p.d('ph_phone', '138 0000 0000')}</p><p>邮箱：{p.d('ph_mail', 'admin@yourdomain.com')}</p><p>商务合作：{p.id('email', 'service@boyazp.cn', 'service@boyazp.cn')}</p></div>"""
    foot = f"Copyright © 博雅职培 {p.id('domain', 'boyazp.cn', 'boyazp.cn')} All Rights Reserved."
    agency(p, "博雅职培-人工智能训练师考证", "#7b3", "博雅职培", [("ai", "AI训练师"), ("lx", "联系方式")], body, foot)

    # U06-a 星辰
    p = Page("/sites/xingchen/index.html", True, "U06", "星辰数智学苑",
             "agency site with landline and mobile, placeholder mailbox left in template")
    body = f"""<div class="banner"><h2>星辰数智学苑</h2><p>人工智能训练师 四级/三级 · 深圳南山线下实操</p></div>
<div class="sec" id="kc"><p>四级 1680元　三级 2380元（深圳户籍或社保满一年可申领补贴，三级最高3120元）</p>
<p>证书查询：jndj.{p.d('osta', 'osta.org.cn')}</p></div>
<div class="sec" id="lx"><p>座机：{p.id('phone', '+8675523618840', '0755-2361 8840')}　手机：{p.id('phone', '+8613926510378', '139 2651 0378')}</p><p>Email：{p.d('ph_mail', 'admin@yourdomain.com')}</p>
<p>统一社会信用代码：{p.id('uscc', USCC_XC, USCC_XC)}</p></div>"""
    foot = f"星辰数智学苑 {p.id('domain', 'xcszxy.com', 'xcszxy.com')} 粤ICP备2024112233号-1"
    agency(p, "星辰数智学苑 - AI训练师培训 深圳", "#529", "星辰数智学苑", [("kc", "课程"), ("lx", "联系")], body, foot)

    # U07-c 华章
    p = Page("/sites/huazhang/index.html", True, "U07", "华章培训",
             "template agency site with email and builder credit")
    body = f"""<div class="banner"><h2>华章培训 · 人工智能训练师</h2><p>武汉 光谷 · 四级中级工 · 零基础班</p></div>
<div class="sec" id="kc"><p>四级：2400元（含考务费），五级：1500元。</p></div>
<div class="sec" id="lx"><p>报名邮箱：<a href="mailto:hzpx2023@qq.com">{p.id('email', 'hzpx2023@qq.com', 'HZPX2023@QQ.COM')}</a></p></div>"""
    foot = f"华章培训 {p.id('domain', 'hzpxjy.cn', 'www.hzpxjy.cn')} 消费维权热线：{p.d('hot12315', '12315')}" + builder_credit(p)
    agency(p, "华章培训 人工智能训练师", "#c70", "华章培训", [("kc", "课程"), ("lx", "报名")], body, foot)

    # U08-d 明德
    p = Page("/sites/mingde/index.html", True, "U08", "明德数智",
             "agency site showing QQ group with dashes and placeholder phone")
    body = f"""<div class="banner"><h2>明德数智 · AI训练师 & 数据标注员</h2></div>
<div class="sec" id="kc"><table class="price"><tr><th>班型</th><th>价格</th></tr><tr><td>四级（数标）</td><td>¥1,280</td></tr><tr><td>三级</td><td>¥2,680</td></tr><tr><td>三级+四级</td><td>¥3,580</td></tr></table></div>
<div class="sec" id="lx"><p>学员群：{p.id('qq_group', '826431957', '826-431-957')}</p><p>热线：{p.d('ph_phone', '138-0000-0000')}（模板默认号码）</p></div>"""
    foot = f"© 明德数智 {p.id('domain', 'mdszjy.com', 'mdszjy.com')}"
    agency(p, "明德数智-人工智能训练师", "#046", "明德数智", [("kc", "班型"), ("lx", "联系")], body, foot)

    # U09-a 领航
    p = Page("/sites/linghang/index.html", True, "U09", "领航职业培训",
             "agency site with credit code, landline, form-tool credit, 考点 number")
    body = f"""<div class="banner"><h2>领航职业培训</h2><p>人工智能训练师三级（高级工） · 武汉</p></div>
<div class="sec" id="bm"><form action="https://{p.d('form_dom', 'jinshuju.net')}/f/Lh2026" method="post"><input name="n" placeholder="姓名"><input name="t" placeholder="电话"><button>预约试听</button></form>
<p class="credit">表单服务：{p.d('form_dom', 'jinshuju.net')}</p><p>政策咨询：{p.d('hot12333', '12333')}</p></div>
<div class="sec" id="lx"><p>电话：{p.id('phone', '+862787614429', '027-87614429')}</p><p>统一社会信用代码：{p.id('uscc', USCC_LH, USCC_LH)}</p></div>"""
    foot = f"领航职业培训 {p.id('domain', 'lhzypx.com', 'lhzypx.com')} 鄂ICP备2020019876号"
    agency(p, "领航职业培训-人工智能训练师三级", "#a30", "领航职业培训", [("bm", "预约"), ("lx", "联系")], body, foot)

    # I05 睿光
    p = Page("/sites/ruiguang/index.html", True, "I05", "睿光职业技能培训中心",
             "independent template site with credit code, landline and builder credit")
    body = f"""<div class="banner"><h2>睿光职业技能培训中心</h2><p>人工智能训练师（算法测试员方向）四级 · 杭州</p></div>
<div class="sec" id="kc"><p>四级培训费 1,980 元，含两次模拟考试；三级 2,680 元。</p><p>如有疑问可致电{p.d('hot12333', '12333')}核实补贴政策。</p></div>
<div class="sec" id="lx"><p>电话：{p.id('phone', '+8657186023375', '(0571) 8602 3375')}</p><p>统一社会信用代码 {p.id('uscc', USCC_RG, USCC_RG)}</p></div>"""
    foot = f"睿光职业技能培训中心 {p.id('domain', 'rgzjpx.cn', 'rgzjpx.cn')}" + builder_credit(p)
    agency(p, "睿光职业技能培训中心", "#088", "睿光职业技能培训中心", [("kc", "课程"), ("lx", "联系")], body, foot)

    # builder demo page (non-offer)
    p = Page("/sites/yizhantong-demo.html", False, None, None,
             "site builder's template showcase with placeholders and links to client sites")
    body = f"""<div class="banner"><h2>易站通 · 教育培训行业模板</h2><p>一键建站，3天上线</p></div>
<div class="sec" id="al"><h3>客户案例</h3><ul>
<li><a href="zhitu/index.html">智途职业培训学校</a></li><li><a href="yunqi/index.html">云启AI学院</a></li><li><a href="zkzx/index.html">中科智训</a></li>
<li><a href="boya/index.html">博雅职培</a></li><li><a href="xingchen/index.html">星辰数智学苑</a></li><li><a href="huazhang/index.html">华章培训</a></li>
<li><a href="mingde/index.html">明德数智</a></li><li><a href="linghang/index.html">领航职业培训</a></li><li><a href="ruiguang/index.html">睿光职业技能培训中心</a></li></ul>
<h3>模板预览</h3><p>联系电话：{p.d('ph_phone', '13800000000')}　邮箱：{p.d('ph_mail', 'admin@yourdomain.com')}</p></div>"""
    agency(p, "易站通 教育培训模板", "#333", "易站通建站", [("al", "案例")], body, builder_credit(p))


# ================================================================ index
def index_page():
    p = Page("/index.html", False, None, None, "portal / link directory")
    links = [("/farm/index.html", "职培资讯网"), ("/baike/index.html", "考证百科"), ("/bbs/index.html", "职场技能论坛"),
             ("/jobs/index.html", "聘才网"), ("/fenlei/index.html", "城市分类信息网"), ("/wenda/index.html", "问答吧"),
             ("/sites/yizhantong-demo.html", "易站通建站案例")]
    li = "".join(f'<li><a href="{p.rel(u)}">{t}</a></li>' for u, t in links)
    css = "body{font-family:sans-serif;margin:30px}ul{columns:2}"
    html = f"""<header><h1>职业技能网址导航</h1><p>收录职业培训、考证、招聘相关网站</p></header>
<nav><ul>{li}</ul></nav>
<aside><h3>友情链接</h3><ul><li><a href="sites/zhitu/index.html">智途职业培训学校</a></li><li><a href="sites/zkzx/index.html">中科智训</a></li></ul></aside>
<footer><small>本导航仅作信息收录，不对收录网站内容负责</small></footer>"""
    p.save(doc("职业技能网址导航", css, html))


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    farm_pages(); baike_pages(); bbs_pages(); jobs_pages(); fenlei_pages(); wenda_pages(); agency_pages(); index_page()
    for path, html in HTML.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [PAGES[k] for k in sorted(PAGES)]
    ops = {}
    OPNOTES = {
        "U01": "phone (dash vs space/tel:) farm↔site; email (at-obfuscated) site↔job; QQ (Chinese numerals) job↔forum",
        "U02": "landline+WeChat on site; WeChat full-width on classified; mobile spaced vs emoji-split classified↔baike; QQ group baike↔forum (spaced)",
        "U03": "400 number site↔job (Chinese numerals); mobile job↔forum (financial numerals); email forum (#)↔classified (圈/点)",
        "U04": "WeChat farm (加v)↔site (QR alt, upper case); email site↔Q&A ([at][dot])",
        "U05": "WeChat job↔job (case differs); QQ job↔classified (dashes)",
        "U06": "mobile site↔baike (tel:); video account baike↔forum; WeChat forum↔Q&A (丶 for _)",
        "U07": "mobile classified↔job (circled digits); email job↔site (upper case)",
        "U08": "WeChat farm↔forum (spaced letters); mobile forum↔Q&A (Chinese numerals); QQ group farm↔site (dashes)",
        "U09": "credit code site↔job (grouped); mobile job↔classified (mixed-width digits)",
    }
    for pg in pages:
        o = pg["operator"]
        if o and o.startswith("U"):
            ops.setdefault(o, {"brands": [], "ties": OPNOTES[o]})
            if pg["provider"] not in ops[o]["brands"]:
                ops[o]["brands"].append(pg["provider"])
    decoys = [{"kind": k_, "value": v, "paths": sorted(DECOY_PATHS[key]), "note": n}
              for key, (k_, v, n) in DECOYS.items()]
    truth = {"description": "operators-2026-12aq: a low-quality web (content farms, forum, job board whose ads sell courses, "
                            "classifieds, Q&A, template-built agency sites) with heavily obfuscated contacts. "
                            "9 multi-page operators, 6 independents, decoys from platforms, hotlines, templates and commenters.",
             "pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
