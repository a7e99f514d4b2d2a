#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, as seen in a week of searching from 上饶 and 茂名. Standard library only, deterministic.
`python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind2, area6, org8):
    base = kind2 + area6 + org8 + org_check(org8)
    s = sum(ALPH.index(c) * w for c, w in zip(base, W18))
    r = 31 - s % 31
    return base + ALPH[0 if r == 31 else r]


# ---------------------------------------------------------------- identifiers
IDS = {
    # U01 上饶智训教育科技有限公司
    "U01.mob": ("phone", "+8613970362218"),
    "U01.tel": ("phone", "07938216655"),
    "U01.wx": ("wechat", "zhixun_sr2024"),
    "U01.uscc": ("uscc", uscc("91", "361102", "MA35T8Q6")),
    "U01.dom": ("domain", "srzhixun.com"),
    # U02 茂名 华信 / 国培AI认证中心 (dishonest)
    "U02.mob": ("phone", "+8615876523390"),
    "U02.wx": ("wechat", "hx-peixun668"),
    "U02.qq": ("qq", "2873364051"),
    # U03 智学云 online courses
    "U03.400": ("phone", "4008617235"),
    "U03.mail": ("email", "service@zhixueyun.com.cn"),
    "U03.dom": ("domain", "zhixueyun.com.cn"),
    "U03.uscc": ("uscc", uscc("91", "440106", "MA5CK2W1")),
    # U04 上饶 刘老师
    "U04.mob": ("phone", "+8618779321046"),
    "U04.wx": ("wechat", "liu18779321046"),
    "U04.qqg": ("qq_group", "598317204"),
    # U05 茂名市南粤职业培训学校 (honest)
    "U05.tel": ("phone", "06682285317"),
    "U05.mob": ("phone", "+8613702756648"),
    "U05.mail": ("email", "nanyue_px@163.com"),
    # U06 中科人才测评中心 (scam)
    "U06.dom": ("domain", "zgrcpj.org.cn"),
    "U06.qq": ("qq", "3391027746"),
    "U06.qqg": ("qq_group", "736291045"),
    "U06.uscc": ("uscc", uscc("91", "440300", "MA5H7D3R")),
    "U06.payee": ("other", "深圳市前海卓越信息咨询有限公司"),
    # U07 极速考证工作室
    "U07.wx": ("wechat", "jskz_9527"),
    "U07.mob": ("phone", "+8617607934481"),
    "U07.payee": ("other", "王秋燕"),
    # U08 茂名滨海职业技术学院继续教育学院 (honest)
    "U08.tel": ("phone", "06682923145"),
    "U08.mail": ("email", "jxjy@mmbhzy.edu.cn"),
    "U08.dom": ("domain", "mmbhzy.edu.cn"),
    # U09 易学通教育
    "U09.mob": ("phone", "+8615970385527"),
    "U09.wx": ("wechat", "yxt_kefu01"),
    "U09.qq": ("qq", "1493827065"),
    # independents
    "I01.mail": ("email", "hbsj_edu@126.com"),
    "I02.mob": ("phone", "+8613413625509"),
    "I03.wx": ("wechat", "sr_ai_xiaozhou"),
    "I04.wx": ("wechat", "sanzheng888"),
    "I04.qq": ("qq", "2294017358"),
    "I05.tel": ("phone", "07938312276"),
    "I06.mob": ("phone", "+8613580039916"),
}

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社部门公共服务热线, quoted by sellers, news and notices alike"),
    ("phone", "12315", ["12315"], "市场监管投诉举报热线, quoted in warnings and footers"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site, cited by many sellers"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("phone", "4000186655", ["400-018-6655"], "课好学 marketplace customer-service line in every page footer"),
    ("email", "kefu@kehaoxue.com", ["kefu@kehaoxue.com"], "课好学 marketplace service mailbox in every footer"),
    ("domain", "kehaoxue.com", ["kehaoxue.com"], "the marketplace's own domain in its footer/copyright"),
    ("qq_group", "61825093", ["61825093"], "信州论坛 site-wide QQ group in the forum footer"),
    ("other", "赣ICP备19004417号-2", ["赣ICP备19004417号-2"], "ICP number of the classifieds platform, in every footer"),
    ("phone", "07938880058", ["0793-8880058"], "classifieds platform's 客服 line in the footer"),
    ("email", "jubao@douxiu.tv", ["jubao@douxiu.tv"], "short-video platform's report mailbox, every page"),
    ("domain", "douxiu.tv", ["douxiu.tv"], "short-video platform's own domain"),
    ("phone", "+8617051236690", ["170 5123 6690", "17051236690"], "骗子电话 quoted in a police warning, a complaint and a 人社 notice"),
    ("phone", "+8615820240618", ["15820240618"], "an order number (订单编号) that looks like a mobile; quoted by a complainant and on a seller's receipt"),
    ("other", "S000044000012235000123", ["S000044000012235000123"], "certificate-number sample shown by two sellers (样本编号)"),
    ("other", "2025062801", ["2025062801"], "认定批次号 of a shared exam batch, shown by several sellers"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in enrolment forms"),
    ("wechat", "wxid_xxxxxxxx", ["wxid_xxxxxxxx"], "template placeholder for a WeChat id in forms"),
    ("wechat", "xiaomei_sr88", ["xiaomei_sr88"], "a reader's own WeChat left in comments under two different sellers' threads"),
    ("phone", "07938150211", ["0793-8150211"], "front desk of an exam venue (考点) used by several sellers: third party"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "online form tool used by several sellers: third party"),
    ("phone", "95188", ["95188"], "支付宝 customer-service hotline quoted on payment instructions"),
    ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's own submission mailbox in every footer"),
    ("phone", "06682899110", ["0668-2899110"], "news site's 新闻热线 in every footer"),
]

# ---------------------------------------------------------------- sites and frames
SITES = {
    "zhixun": dict(name="智训教育", kind="training company", style="corp"),
    "zkrc": dict(name="中科人才测评中心", kind="training company (scam)", style="corp2"),
    "kehaoxue": dict(name="课好学", kind="course marketplace", style="market"),
    "fenlei": dict(name="赣粤分类信息网", kind="classifieds", style="classifieds"),
    "luntan": dict(name="信州论坛", kind="forum", style="forum"),
    "wenda": dict(name="问问知道", kind="Q&A", style="qa"),
    "weixin": dict(name="微文摘", kind="WeChat-article reposts", style="wx"),
    "shipin": dict(name="抖秀短视频", kind="short-video pages", style="video"),
    "news": dict(name="茂名视窗", kind="local news", style="news"),
    "college": dict(name="茂名滨海职业技术学院", kind="college", style="college"),
    "rsj": dict(name="某市人力资源和社会保障局", kind="人社局 notice site", style="gov"),
}

FRAMES = {
    "corp": dict(
        menu=["首页", "课程中心", "师资团队", "报名流程", "关于我们"], css="body{font-family:SimSun;background:#f4f7fb}",
        side="<h4>热门课程</h4><ul><li>人工智能训练师(五级/四级)</li><li>数据标注员实操班</li><li>Python基础</li></ul>",
        foot=lambda p: f"<p>上饶智训教育科技有限公司 版权所有 | 地址:上饶市信州区五三大道汇金广场B座12楼 | 官网 www.{p.id('U01.dom','srzhixun.com')}</p>"
                       f"<p>统一社会信用代码:{p.id('U01.uscc', IDS['U01.uscc'][1])} | 咨询电话:{p.id('U01.tel','0793-8216655')}</p>"),
    "corp2": dict(
        menu=["网站首页", "认证项目", "在线报名", "证书查询", "联系我们"], css="body{background:#fff8e8;font-family:Microsoft YaHei}",
        side="<h4>认证项目</h4><ul><li>人工智能训练师</li><li>生成式AI应用师</li><li>大数据分析师</li><li>心理咨询师</li></ul>",
        foot=lambda p: f"<p>主办单位:中科人才测评中心(运营主体 深圳前海卓越) 证书查询:www.{p.id('U06.dom','zgrcpj.org.cn')}</p>"
                       f"<p>信用代码 {p.id('U06.uscc', IDS['U06.uscc'][1])} · 客服QQ {p.id('U06.qq','3391027746')}</p>"),
    "market": dict(
        menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻", "我的课程"], css="body{background:#fafafa}.price{color:#e4393c}",
        side="<h4>猜你喜欢</h4><ul><li>Excel从入门到精通</li><li>教师资格证面试</li><li>健康管理师冲刺</li></ul><p>平台担保交易 · 7天无理由退款</p>",
        foot=lambda p: "<p>课好学 kehaoxue.com 在线职业教育平台 | 客服热线 400-018-6655(9:00-21:00) | 客服邮箱 kefu@kehaoxue.com</p>"
                       "<p>机构发布内容由机构自行负责,平台不对证书效力作任何承诺</p>"),
    "classifieds": dict(
        menu=["首页", "上饶", "茂名", "招聘", "二手", "教育培训", "家政服务", "发布信息"], css="body{font-size:13px}.tel{font-weight:bold}",
        side="<h4>防骗提醒</h4><p>凡是先收费再办证、不培训直接拿证的都要警惕!</p><h4>推荐信息</h4><ul><li>驾校报名优惠</li><li>成人学历提升</li></ul>",
        foot=lambda p: "<p>赣粤分类信息网 客服电话 0793-8880058 | 赣ICP备19004417号-2 | 本站信息由用户自行发布</p>"),
    "forum": dict(
        menu=["论坛首页", "信州杂谈", "求职招聘", "教育培训", "维权曝光", "本地生活"], css="body{background:#eef}.post{border:1px solid #ccd}",
        side="<h4>版主推荐</h4><ul><li>上饶哪里学电工证靠谱</li><li>【曝光】某培训机构跑路</li></ul>",
        foot=lambda p: "<p>信州论坛 · 上饶人自己的社区 | 论坛交流QQ群:61825093 | 广告合作请站内信</p>"),
    "qa": dict(
        menu=["首页", "问题", "专栏", "话题", "等你来答"], css="body{background:#f6f6f6}.answer{background:#fff}",
        side="<h4>相关问题</h4><ul><li>人工智能训练师证有用吗?</li><li>数据标注员工资多少?</li></ul>",
        foot=lambda p: "<p>问问知道 © 2026 | 回答内容仅代表答主观点 | 举报中心</p>"),
    "wx": dict(
        menu=["首页", "职场", "教育", "科技", "本地"], css="body{max-width:680px;margin:auto}",
        side="<h4>本周热文</h4><ul><li>2026年新职业目录来了</li><li>AI会取代哪些岗位</li></ul>",
        foot=lambda p: "<p>微文摘 - 优质公众号文章聚合,文章版权归原作者所有 | 投稿及删稿:tougao@wxwenzhai.cn</p>"),
    "video": dict(
        menu=["推荐", "关注", "同城", "直播", "搜索"], css="body{background:#111;color:#eee}",
        side="<h4>同城热门</h4><ul><li>上饶美食探店</li><li>茂名荔枝季</li></ul>",
        foot=lambda p: "<p>抖秀短视频 douxiu.tv | 网络不良信息举报 jubao@douxiu.tv | 未成年人保护</p>"),
    "news": dict(
        menu=["首页", "本地", "民生", "教育", "财经", "专题"], css="body{font-family:SimSun}",
        side="<h4>24小时热点</h4><ul><li>茂名高铁站改造进展</li><li>今年荔枝收购价走高</li></ul>",
        foot=lambda p: "<p>茂名视窗 版权所有 未经授权禁止转载 | 新闻热线 0668-2899110 | 粤ICP备10021876号</p>"),
    "college": dict(
        menu=["学院首页", "学院概况", "招生就业", "继续教育", "社会服务"], css="body{background:#fff}h1{color:#003a8c}",
        side="<h4>快速通道</h4><ul><li>招生信息网</li><li>图书馆</li><li>信息公开</li></ul>",
        foot=lambda p: f"<p>茂名滨海职业技术学院 地址:茂名市滨海新区学院路8号 | 继续教育学院 {p.id('U08.tel','0668-2923145')}</p>"),
    "gov": dict(
        menu=["首页", "政务公开", "政策解读", "办事服务", "互动交流"], css="body{font-family:FangSong}",
        side="<h4>便民服务</h4><ul><li>社保查询</li><li>职业技能等级证书查询</li><li>就业补贴申领</li></ul>",
        foot=lambda p: "<p>主办:某市人力资源和社会保障局 | 咨询服务热线:12333 | 网站标识码 4409000012</p>"),
}


class Page:
    def __init__(self, path, site, title, offer=False, op=None, provider=None, note=""):
        self.path, self.site, self.title = path, site, title
        self.offer, self.op, self.provider, self.note = offer, op, provider, note
        self.ids, self.body, self.crumbs = [], "", []

    def id(self, key, written):
        kind, value = IDS[key]
        if [kind, value, written] not in self.ids:
            self.ids.append([kind, value, written])
        return written


PAGES = []


def page(*a, **k):
    p = Page(*a, **k)
    PAGES.append(p)
    return p


def rel(a, b):
    """relative link from page path a to page path b"""
    return os.path.relpath(b, os.path.dirname(a) or "/")


def render(p):
    f = FRAMES[SITES[p.site]["style"]]
    sp = [q for q in PAGES if q.site == p.site]
    idx = f"/{p.site}/index.html"
    menu = " | ".join(f'<a href="{rel(p.path, idx)}">{m}</a>' if i == 0 else f'<a href="{rel(p.path, idx)}#m{i}">{m}</a>'
                      for i, m in enumerate(f["menu"]))
    crumbs = " &gt; ".join([f'<a href="{rel(p.path, "/index.html")}">导航</a>', f'<a href="{rel(p.path, idx)}">{SITES[p.site]["name"]}</a>'] + [p.title[:18]])
    related = "".join(f'<li><a href="{rel(p.path, q.path)}">{q.title}</a></li>' for q in sp if q is not p and q.path != idx)
    foot = f["foot"](p)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p.title} - {SITES[p.site]['name']}</title>
<style>{f['css']}</style></head>
<body>
<div class="top"><strong>{SITES[p.site]['name']}</strong> <nav>{menu}</nav></div>
<div class="crumbs">当前位置:{crumbs}</div>
<div class="main">
<h1>{p.title}</h1>
{p.body}
</div>
<aside>{f['side']}<h4>相关链接</h4><ul>{related}</ul></aside>
<footer>{foot}</footer>
</body></html>
"""

# ================================================================= PAGES
# ---------- zhixun (U01 own site)
p = page("/zhixun/index.html", "zhixun", "智训教育·人工智能训练师培训 2026年第三期招生", True, "U01", "智训教育",
         "U01 company home page: enrolment for level 5/4, honest, subsidy explained")
p.body = f"""<p>智训教育是上饶本地的职业技能培训机构,开设人工智能训练师(职业编码4-04-05-05)五级、四级培训,
课程按《人工智能训练师国家职业技能标准(2021年版)》设置,理论+实操,五级参考课时60学时。</p>
<p>认定考试由经人社部门备案的评价机构组织,本期对接认定批次号 2025062801,考试合格后由评价机构颁发职业技能等级证书,
可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<p><b>报名条件</b>:五级需累计从事本职业或相关职业工作满1年,或本职业学徒期满。我们不承诺"包过",请理性报名。</p>
<p>符合条件的参保职工取证后可申请技能提升补贴(五级最高1000元,四级1500元),具体以当地人社部门为准,政策咨询可拨打12333。</p>
<p>证书样本(编号为示例,已打码):S000044000012235000123</p>
<p>报名咨询:招生办 王老师 {p.id('U01.mob','139 7036 2218')}(同微信),或添加企业微信号 {p.id('U01.wx','zhixun_sr2024')}</p>"""

p = page("/zhixun/ai-xunlianshi.html", "zhixun", "人工智能训练师(数据标注方向)周末班", True, "U01", "智训教育",
         "U01 course detail page")
p.body = f"""<table border="1"><tr><th>班型</th><th>等级</th><th>学时</th><th>培训费</th></tr>
<tr><td>周末班</td><td>五级/初级工</td><td>60</td><td>1680元</td></tr>
<tr><td>晚班</td><td>四级/中级工</td><td>50</td><td>2280元</td></tr></table>
<p>上课地点:信州区五三大道汇金广场B座12楼;实操考试在上饶职业技术学院考点,考点前台电话 0793-8150211(仅咨询考场位置)。</p>
<p>课程内容:数据采集和处理、数据标注、智能系统运维、业务分析等。讲师均有企业项目经验。</p>
<p>咨询:{p.id('U01.tel','0793—8216655')} | 微信:{p.id('U01.wx','ZHIXUN_SR2024')} | 网址 {p.id('U01.dom','https://www.srzhixun.com/ai')}</p>"""

# ---------- zkrc (U06 scam site)
p = page("/zkrc/index.html", "zkrc", "中科人才测评中心 — 人工智能训练师国家职业资格证书报名", True, "U06", "中科人才测评中心",
         "U06 scam home page: 人社部颁发, 包过, levels 2/1 to beginners, fake query domain")
p.body = f"""<p class="hot">🔥人社部颁发·国家职业资格证书·全国通用·官网可查🔥</p>
<p>人工智能训练师一级/二级/三级同步报名,<b>零基础、不限学历、不限经验</b>,免培训直接考,<b>包过</b>,不过全额退费!</p>
<p>三证合一:人工智能训练师+生成式AI应用师+大数据分析师,原价9800元,现在报名三证只要3680元。</p>
<p>证书可挂靠企业年入3-5万,可用于积分落户、评职称(职业技能等级证书直接对应职称证书)。</p>
<p>证书查询官网:{p.id('U06.dom','http://www.zgrcpj.org.cn/cx')}(与人社部数据同步)</p>
<p>报名QQ:{p.id('U06.qq','3391027746')} 学员群:{p.id('U06.qqg','736291045')}</p>"""

p = page("/zkrc/baoming.html", "zkrc", "在线报名 / 缴费说明", True, "U06", "中科人才测评中心",
         "U06 enrolment form with payee name, form tool and payment hotline")
p.body = f"""<form><p>姓名:<input> 手机号:<input placeholder="如:13800138000"> 微信:<input placeholder="wxid_xxxxxxxx"></p>
<p>报考等级:<select><option>二级/技师</option><option>一级/高级技师</option><option>三证套餐</option></select></p></form>
<p>填表遇到问题可使用备用报名表:https://jinshuju.net/f/zkrc2026</p>
<p>缴费方式:对公转账,户名 {p.id('U06.payee','深圳市前海卓越信息咨询有限公司')},开户行 招商银行深圳前海分行;
支付宝转账请核对户名,支付问题请联系支付宝客服95188。</p>
<p>缴费后请加学员QQ群 {p.id('U06.qqg','736 291 045')} 领取"内部题库",考试当天远程协助。</p>"""

# ---------- kehaoxue (course marketplace)
KH = "/kehaoxue/"
p = page(KH + "course-1021.html", "kehaoxue", "【赣智AI学院】人工智能训练师五级/四级 系统班(含实操)", True, "U01", "赣智AI学院",
         "U01 on marketplace under another brand; WeChat id written with a space to dodge the platform filter")
p.body = f"""<p class="price">¥1580 <del>¥1980</del></p><p>课程编号 KHX-1021 · 已有 326 人报名 · 评分 4.8</p>
<p>机构:赣智AI学院(上饶) · 线下+线上 · 60学时</p>
<p>本课程依据国家职业技能标准开设,考试由备案评价机构组织,证书可在 zscx.osta.org.cn 查询,不承诺通过。</p>
<p>机构留言:平台不让留电话,需要了解排课的同学加我们V:{p.id('U01.wx','zhixun_sr 2024')}(去掉空格)</p>
<h3>学员评价</h3><p>老师讲的很细,实操跟考试内容对得上。—— 用户 134****2231</p>"""

p = page(KH + "course-1033.html", "kehaoxue", "【智学云课堂】AI训练师0基础入门到取证 48节录播课", True, "U03", "智学云课堂",
         "U03 marketplace course, 400 number and own domain, mildly misleading wording")
p.body = f"""<p class="price">¥699 <del>¥2999</del> 限时特惠</p><p>课程编号 KHX-1033 · 48节 · 永久回看</p>
<p>90%小白都能学会!零基础也能拿人工智能训练师证书,取证后升职加薪不是梦。</p>
<p>证书说明:考试通过后由评价机构颁发职业技能等级证书,可在 jndj.osta.org.cn 查询(报名费另计)。</p>
<p>机构官网:{p.id('U03.dom','www.zhixueyun.com.cn')} 机构热线:{p.id('U03.400','400-861-7235')}</p>"""

p = page(KH + "course-1047.html", "kehaoxue", "【智学云课堂】人工智能训练师三级冲刺班 真题+押题", True, "U03", "智学云课堂",
         "U03 second marketplace course; e-mail only")
p.body = f"""<p class="price">¥1299</p><p>课程编号 KHX-1047 · 直播12次+录播</p>
<p>三级(高级工)冲刺:业务分析、智能训练、智能系统设计、培训与指导四大模块,含"命题组老师"押题。</p>
<p>报考资格审核材料请发送至 {p.id('U03.mail','service@zhixueyun.com.cn')},标题注明"三级+姓名"。电话咨询 {p.id('U03.400','400 861 7235')}</p>"""

p = page(KH + "course-1052.html", "kehaoxue", "【滨海职院社会培训】人工智能训练师(四级)职业技能等级认定培训", True, "U08", "滨海职院社会培训",
         "U08 college's continuing-education course listed on the marketplace")
p.body = f"""<p class="price">¥1200(符合条件可申领技能提升补贴)</p><p>课程编号 KHX-1052 · 线下 · 茂名</p>
<p>由茂名滨海职业技术学院继续教育学院开设,四级50学时,理论+实操,考核合格颁发职业技能等级证书。</p>
<p>联系方式:继续教育学院办公室 {p.id('U08.tel','0668-2923145')}(工作日)</p>"""

p = page(KH + "course-1066.html", "kehaoxue", "【慧标数据学院】数据标注员实战+人工智能训练师五级考证", True, "I01", "慧标数据学院",
         "independent I01, online course")
p.body = f"""<p class="price">¥899</p><p>课程编号 KHX-1066 · 30天陪跑</p>
<p>学完可接平台标注单,考证辅导另含五级模拟题。报名前请确认自己满足"累计工作1年"的要求。</p>
<p>课程答疑邮箱:{p.id('I01.mail','hbsj_edu@126.com')}</p>"""

p = page(KH + "course-1078.html", "kehaoxue", "【极速考证】人工智能训练师证书 快速拿证 全程代办", True, "U07", "极速考证",
         "U07 on marketplace: 'quick certificate' service, WeChat hidden in text")
p.body = f"""<p class="price">¥2680 / 级</p><p>课程编号 KHX-1078</p>
<p>不用上课,资料提交后最快30天出证,速成!各等级均可办理,两个等级一起办再减500。</p>
<p>详情咨询:薇 ❤ {p.id('U07.wx','jskz_9527')}</p>"""

p = page(KH + "course-1089.html", "kehaoxue", "【易学通】人工智能训练师四级 线上直播班 上饶/茂名可线下考", True, "U09", "易学通",
         "U09 marketplace course with QQ")
p.body = f"""<p class="price">¥1880</p><p>课程编号 KHX-1089 · 直播20次</p>
<p>易学通教育,专注新职业培训。上饶、茂名设有合作考点,考试由评价机构安排。</p>
<p>班主任扣扣:{p.id('U09.qq','1493827065')}</p>"""

p = page(KH + "index.html", "kehaoxue", "课好学 - 考证专区:人工智能训练师", False, None, None, "marketplace index")
p.body = "<p>为你找到 7 门\"人工智能训练师\"相关课程。平台提醒:职业技能等级证书由备案评价机构颁发,谨防\"包过\"宣传。</p>"

# ---------- fenlei (classifieds)
FL = "/fenlei/"
p = page(FL + "sr-5501.html", "fenlei", "上饶 人工智能训练师培训报名 五级四级 可申请补贴", True, "U01", "上饶智训",
         "U01 classifieds post, phone with dashes")
p.body = f"""<p>发布时间:2026-06-08 · 信州区 · 教育培训</p>
<p>上饶智训 人工智能训练师五级/四级培训,周末班,小班教学,补贴政策可咨询。认定批次:2025062801</p>
<p class="tel">联系人:王老师 电话:{p.id('U01.mob','139-7036-2218')}</p>"""

p = page(FL + "sr-5523.html", "fenlei", "上饶考AI训练师证 刘老师带班 本周六开课", True, "U04", "刘老师",
         "U04 individual seller, phone and WeChat")
p.body = f"""<p>发布时间:2026-06-09 · 广丰区 · 教育培训</p>
<p>人工智能训练师五级、三级都能报,不限学历,带你快速拿证,考场在上饶职院(考点前台0793-8150211)。</p>
<p class="tel">刘老师 {p.id('U04.mob','187 7932 1046')} 微信 {p.id('U04.wx','liu18779321046')}</p>"""

p = page(FL + "sr-5547.html", "fenlei", "证书代办 人工智能训练师 数据标注员 加急办理", True, "U07", "证书代办小王",
         "U07 classifieds, payment via Alipay hotline decoy")
p.body = f"""<p>发布时间:2026-06-10 · 上饶县 · 商务服务</p>
<p>各类技能证书代办,人工智能训练师全国联网可查,免考试,包过!支持支付宝担保(有问题可打95188)。</p>
<p class="tel">手机:{p.id('U07.mob','17607934481')} 微信同号:{p.id('U07.wx','JSKZ_9527')}</p>"""

p = page(FL + "mm-7712.html", "fenlei", "茂名 人工智能训练师考证 国家认可 包过 名额有限", True, "U02", "华信职业技能培训",
         "U02 dishonest classifieds post")
p.body = f"""<p>发布时间:2026-06-07 · 茂南区 · 教育培训</p>
<p>华信职业技能培训:人工智能训练师证书国家认可、官方认证,人社部颁发,零基础包过,拿证后可挂靠!</p>
<p class="tel">电话:{p.id('U02.mob','158 7652 3390')} 微信:{p.id('U02.wx','hx-peixun668')}</p>"""

p = page(FL + "mm-7730.html", "fenlei", "南粤职校 人工智能训练师五级培训班 茂名本地上课", True, "U05", "茂名市南粤职业培训学校",
         "U05 honest local school")
p.body = f"""<p>发布时间:2026-06-06 · 茂南区 · 教育培训</p>
<p>茂名市南粤职业培训学校,人工智能训练师五级培训,60学时,7月开班,认定批次号2025062801,
证书可在 zscx.osta.org.cn 查询。参保职工可按政策申领补贴。</p>
<p class="tel">学校电话:{p.id('U05.tel','0668-2285317')} 手机:{p.id('U05.mob','137 0275 6648')}</p>"""

p = page(FL + "mm-7754.html", "fenlei", "电白 数据标注员/AI训练师培训 学完推荐兼职", True, "I02", "电白数据标注培训",
         "independent I02")
p.body = f"""<p>发布时间:2026-06-11 · 电白区 · 教育培训</p>
<p>在家也能做的标注兼职,先培训后考证,人工智能训练师五级辅导。</p>
<p class="tel">陈生 {p.id('I02.mob','134 1362 5509')}</p>"""

p = page(FL + "mm-7760.html", "fenlei", "招聘 家政保洁阿姨 茂南区 月薪5000", False, None, None, "unrelated classifieds post")
p.body = "<p>招聘家政保洁阿姨2名,包午餐,有经验优先。联系人:赵女士 到店面谈(茂南区油城三路)。</p>"

p = page(FL + "index.html", "fenlei", "赣粤分类信息网 - 教育培训频道", False, None, None, "classifieds index")
p.body = "<p>上饶、茂名本地教育培训信息。遇到虚假信息请举报,消费纠纷可拨打12315。</p>"

# ---------- luntan (forum)
LT = "/luntan/"
p = page(LT + "thread-88213.html", "luntan", "【考证】上饶AI训练师考证群,一起学习一起拿证", True, "U04", "上饶AI训练师考证群",
         "U04 forum post; QQ group; reader comment with own WeChat")
p.body = f"""<div class="post"><p>楼主:刘老师_考证 发表于 2026-06-05</p>
<p>最近很多人问人工智能训练师怎么考,我建了个群,五级三级都有人在考,不限学历。群号 {p.id('U04.qqg','598317204')},
急的直接打我电话 {p.id('U04.mob','18779321046')}。</p></div>
<div class="post"><p>2楼 小美:我微信 xiaomei_sr88 求拉群</p></div>
<div class="post"><p>3楼 路人甲:三级不是要四级证加年限吗?不限学历能直接考三级?</p></div>"""

p = page(LT + "thread-88240.html", "luntan", "分享:在易学通报的四级,课还行,有问题可以问班主任", True, "U09", "易学通教育",
         "U09 seeded forum post")
p.body = f"""<div class="post"><p>楼主:饶城小吴 发表于 2026-06-07</p>
<p>在易学通报了人工智能训练师四级直播班,课程还可以。报名找班主任陈老师,微信 {p.id('U09.wx','yxt_kefu01')},
电话 {p.id('U09.mob','159 7038 5527')}。</p></div>
<div class="post"><p>2楼 小美:多少钱?加你 xiaomei_sr88 了</p></div>"""

p = page(LT + "thread-88251.html", "luntan", "有没有上饶的一起报AI训练师五级?凑团便宜", True, "I03", "小周(团报)",
         "independent I03 group-enrolment post")
p.body = f"""<div class="post"><p>楼主:sr小周 发表于 2026-06-08</p>
<p>我这边能组团报人工智能训练师五级,满10人每人便宜300,上课在市区,考场上饶职院(0793-8150211)。
有意向加我 v:{p.id('I03.wx','sr_ai_xiaozhou')}</p></div>"""

p = page(LT + "thread-88265.html", "luntan", "【曝光】交了3680说包过,结果证书官网查不到!", False, None, None,
         "complaint thread: quotes scam phone, order number, 12315/12333")
p.body = """<div class="post"><p>楼主:被坑的小李 发表于 2026-06-09</p>
<p>去年在网上交了3680报人工智能训练师二级,说人社部颁发、包过。给的证书在他们自己的网站能查,
到 zscx.osta.org.cn 一查根本没有。对方电话 170 5123 6690 已经打不通,订单编号15820240618。</p>
<p>已经打了12315投诉,也问了12333,说这种证书不是备案机构发的。</p></div>
<div class="post"><p>2楼 版主:大家报班前先在官方平台查机构备案情况。</p></div>"""

p = page(LT + "thread-88277.html", "luntan", "转:全国AI职业技能认证中心 人工智能训练师报名通知", True, "U06", "全国AI职业技能认证中心",
         "U06 agent post under another brand; same QQ and fake query domain")
p.body = f"""<div class="post"><p>楼主:考证小助手 发表于 2026-06-10</p>
<p>全国AI职业技能认证中心2026年第二批人工智能训练师报名开始,二级技师零基础可报,证书官网可查:{p.id('U06.dom','zgrcpj.org.cn')}。
报名联系Q {p.id('U06.qq','339-102-7746')}。</p></div>"""

p = page(LT + "index.html", "luntan", "信州论坛 - 教育培训版", False, None, None, "forum board index")
p.body = "<p>本版讨论上饶本地教育培训、考证话题。发广告请到广告专区,违者删帖。</p>"

# ---------- wenda (Q&A)
WD = "/wenda/"
p = page(WD + "q-30211.html", "wenda", "茂名哪里可以考人工智能训练师证?", True, "U02", "华信职业技能培训",
         "U02 answer advertising the seller with QQ and WeChat")
p.body = f"""<div class="answer"><p>答主:考证达人林老师 · 2026-06-06</p>
<p>我们华信这边可以报,人社部颁发的证,三个月拿证,包过。详细可以加扣扣:{p.id('U02.qq','2873364051')},
或者 wx {p.id('U02.wx','hx-peixun668')}。</p></div>
<div class="answer"><p>答主:路过的HR:别信包过的,证书去 zscx.osta.org.cn 查得到才算数。</p></div>"""

p = page(WD + "q-30245.html", "wenda", "人工智能训练师二级零基础能考吗?", True, "U06", "中科人测",
         "U06 answer: levels to beginners, fake query domain, QQ group")
p.body = f"""<div class="answer"><p>答主:中科人测-张老师</p>
<p>可以的,我们中心二级、一级都可零基础报考,免培训,证书 zgrcpj。org。cn 官网可查。进群了解:{p.id('U06.qqg','736291045')}</p>
<p>另外官网地址 {p.id('U06.dom','zgrcpj.org.cn')}</p></div>
<div class="answer"><p>答主:职业培训从业者:按标准,二级需要三级证书加多年工作经历,零基础考二级不可能合规。</p></div>"""

p = page(WD + "q-30262.html", "wenda", "易学通教育靠谱吗?想报AI训练师", True, "U09", "易学通-陈老师",
         "U09 answer from the seller's own staff")
p.body = f"""<div class="answer"><p>答主:易学通-陈老师</p>
<p>谢邀,我们是正规培训机构,四级三级都有班,可以先试听。QQ {p.id('U09.qq','1493827065')} / 微信 {p.id('U09.wx','yxt_kefu01')}</p></div>"""

p = page(WD + "q-30288.html", "wenda", "人工智能训练师证书怎么查真假?", False, None, None,
         "non-offer guide: official query sites, 12333")
p.body = """<div class="answer"><p>答主:人社窗口工作人员</p>
<p>职业技能等级证书编号22位,首字母Y或S。可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询,
证书上也印有 jndj.osta.org.cn。不确定的可以打12333咨询。网上自称"与人社部数据同步"的其他网站要警惕。</p></div>"""

p = page(WD + "index.html", "wenda", "问问知道 - 话题:人工智能训练师", False, None, None, "Q&A topic index")
p.body = "<p>关于人工智能训练师的 4 个问题。</p>"

# ---------- weixin (article reposts)
WX = "/weixin/"
p = page(WX + "a-5519.html", "weixin", "重磅!人工智能训练师证书开放报名,人社部颁发,错过再等一年", True, "U02", "国培AI认证中心",
         "U02 repost under another brand; phone in Chinese numerals, QQ with spaces, order number decoy")
p.body = f"""<p>来源:国培AI认证中心 公众号 · 2026-06-04</p>
<p>国家缺口600万!人工智能训练师持证上岗,国家职业资格证书,全国通用终身有效。零基础三个月拿证,包过!</p>
<p>报名电话:{p.id('U02.mob','一五八七六五二三三九〇')}(微信同号)<br>QQ:{p.id('U02.qq','2873 364 051')}</p>
<p>报名表:jinshuju.net/f/gpai(填写后我们会联系你)</p>
<p>学员晒单:订单编号15820240618,已出证!</p>"""

p = page(WX + "a-5534.html", "weixin", "智学云:AI时代,一张证书让你不被淘汰", True, "U03", "智学云AI训练营",
         "U03 repost with USCC and 400 number")
p.body = f"""<p>来源:智学云AI训练营 · 2026-06-05</p>
<p>人工智能训练师是人社部认证的新职业,拿到证书便可升职加薪。原价9999限时99元体验课!</p>
<p>主办:广州智学云教育科技有限公司(统一社会信用代码 {p.id('U03.uscc', IDS['U03.uscc'][1])})</p>
<p>咨询热线 {p.id('U03.400','4008617235')} | 官网 {p.id('U03.dom','zhixueyun.com.cn')}</p>"""

p = page(WX + "a-5547.html", "weixin", "茂名南粤职校|人工智能训练师五级培训7月开班", True, "U05", "南粤职业培训学校",
         "U05 honest repost")
p.body = f"""<p>来源:茂名南粤职校 · 2026-06-03</p>
<p>本期培训面向有相关工作经历的学员,依标准培训60学时,由备案评价机构组织认定,不承诺通过。证书可在zscx.osta.org.cn查询。</p>
<p>报名电话:{p.id('U05.tel','(0668)2285317')} 邮箱:{p.id('U05.mail','nanyue_px@163.com')}</p>"""

p = page(WX + "a-5561.html", "weixin", "滨海职院继续教育学院2026年人工智能训练师认定培训招生简章", True, "U08", "茂名滨海职院继续教育",
         "U08 college enrolment brochure reposted")
p.body = f"""<p>来源:茂名滨海职院继续教育 · 2026-06-02</p>
<p>招生对象:满足申报条件的社会人员及在校生;等级:五级、四级;收费:按物价部门核定标准,培训费另计。
证书可在 jndj.osta.org.cn 查询。</p>
<p>联系电话:{p.id('U08.tel','0668—2923145')} 邮箱:{p.id('U08.mail','jxjy@mmbhzy.edu.cn')}</p>"""

p = page(WX + "a-5578.html", "weixin", "在茂名也能学AI!粤西数智学堂暑期班", True, "I06", "粤西数智学堂",
         "independent I06")
p.body = f"""<p>来源:粤西数智学堂 · 2026-06-08</p>
<p>暑期人工智能训练师五级+Python实战班,8月开课,学费1980元。</p>
<p>报名:何老师 {p.id('I06.mob','135-8003-9916')}</p>"""

p = page(WX + "index.html", "weixin", "微文摘 - 职场与教育", False, None, None, "repost site index")
p.body = "<p>精选公众号文章。</p>"

# ---------- shipin (short video)
SV = "/shipin/"
p = page(SV + "v-778201.html", "shipin", "AI考证小林老师:人工智能训练师三个月拿证 #考证 #AI", True, "U02", "AI考证小林老师",
         "U02 short-video page; WeChat with emoji prefix")
p.body = f"""<p>视频文案:还在打工?考个人工智能训练师,国家认可,包过!评论区扣1</p>
<p>简介:私信或加 V❤ {p.id('U02.wx','hx-peixun668')} 领资料</p>
<p>评论(238):我在茂名能考吗? / 作者回复:可以,全国都能考</p>"""

p = page(SV + "v-778245.html", "shipin", "上饶刘老师说考证:AI训练师到底值不值得考", True, "U04", "上饶刘老师说考证",
         "U04 short video; QQ group and WeChat")
p.body = f"""<p>视频文案:五级三级都能报,学历不限,上饶本地考。</p>
<p>主页简介:考证交流群 {p.id('U04.qqg','598 317 204')} · 微{p.id('U04.wx','liu18779321046')}</p>"""

p = page(SV + "v-778290.html", "shipin", "考证王姐:AI训练师证书30天下证", True, "U07", "考证王姐",
         "U07 short video; phone with spaces and payee name")
p.body = f"""<p>视频文案:不用上课不用考试,30天出证,全国可查!</p>
<p>简介:合作请打 {p.id('U07.mob','176 0793 4481')},转账认准收款人{p.id('U07.payee','王秋燕')}</p>"""

p = page(SV + "v-778312.html", "shipin", "人工智能训练师三证合一,一次报名拿三证", True, "I04", "AI证书三证合一",
         "independent I04 scam video")
p.body = f"""<p>视频文案:人工智能训练师+数据标注员+算法测试员三证合一,原价9999限时99元锁定名额!</p>
<p>简介:vx {p.id('I04.wx','sanzheng888')} / Q {p.id('I04.qq','2294017358')},报名表在jinshuju.net</p>"""

p = page(SV + "v-778340.html", "shipin", "智学云直播切片:零基础学AI训练师", True, "U03", "智学云",
         "U03 livestream clip; domain only")
p.body = f"""<p>视频文案:90%小白都能学会,直播间下单699元全套课。</p>
<p>简介:官网 {p.id('U03.dom','zhixueyun.com.cn')} 搜索"AI训练师"</p>"""

p = page(SV + "index.html", "shipin", "抖秀 - 话题 #人工智能训练师", False, None, None, "short-video topic index")
p.body = "<p>#人工智能训练师 话题 1.2亿次播放</p>"

# ---------- news
NW = "/news/"
p = page(NW + "n-20260612-01.html", "news", "警方提醒:\"包过\"AI证书骗局又来了,已有市民被骗3680元", False, None, None,
         "news warning: quotes scam phone, 12333, 12315, official query site")
p.body = """<p>本报讯 近日,市民李先生反映,其在网上报名"人工智能训练师二级",对方自称"人社部颁发、包过",收费3680元后失联。
涉事号码170 5123 6690已被标记。警方提醒:职业技能等级证书由备案评价机构颁发,可在zscx.osta.org.cn查询;
如有疑问请拨打12333咨询,遇到消费欺诈可拨打12315投诉。</p>"""

p = page(NW + "n-20260610-03.html", "news", "【广告】信州区新程职业技能培训学校开设人工智能训练师课程", True, "I05", "信州区新程职业技能培训学校",
         "independent I05 advertorial in news site")
p.body = f"""<p>(本文为商业推广)新程职校开设人工智能训练师五级、四级培训,证书可在 jndj.osta.org.cn 查询。
报名电话:{p.id('I05.tel','0793-8312276')}</p>"""

p = page(NW + "n-20260609-05.html", "news", "南粤职校:为茂名培养AI数据标注人才", True, "U05", "南粤职校",
         "U05 advertorial; e-mail obfuscated")
p.body = f"""<p>近日,记者走访茂名市南粤职业培训学校,该校开设的人工智能训练师五级培训班即将开班,学员多来自本地电商企业。
校方表示,学员需满足申报条件,认定由评价机构组织。报名咨询 {p.id('U05.mob','13702756648')},
或发邮件至 {p.id('U05.mail','nanyue_px#163.com')}(#换成@)。</p>"""

p = page(NW + "n-20260611-02.html", "news", "茂名荔枝节开幕 今年预计接待游客30万人次", False, None, None, "unrelated news")
p.body = "<p>第十届茂名荔枝节在高州开幕,活动持续至7月。</p>"

p = page(NW + "index.html", "news", "茂名视窗 - 教育民生", False, None, None, "news index")
p.body = "<p>本地教育、民生新闻。</p>"

# ---------- college
p = page("/college/jxjy/ai-peixun.html", "college", "继续教育学院 人工智能训练师职业技能等级认定培训报名通知", True, "U08", "茂名滨海职业技术学院继续教育学院",
         "U08 college official enrolment notice")
p.body = f"""<p>发布日期:2026-05-28</p>
<p>我院面向社会开展人工智能训练师(4-04-05-05)五级、四级培训,认定批次号2025062801,考核合格者获职业技能等级证书,
可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询;证书样本编号 S000044000012235000123。</p>
<p>报名表:手机号一栏请按示例填写(示例:13800138000),微信号一栏勿照抄示例 wxid_xxxxxxxx。政策咨询:12333。</p>
<p>咨询邮箱:{p.id('U08.mail','JXJY@mmbhzy.edu.cn')} 网址:{p.id('U08.dom','https://jxjy.mmbhzy.edu.cn')}</p>"""

p = page("/college/index.html", "college", "茂名滨海职业技术学院", False, None, None, "college home")
p.body = "<p>学院新闻 · 通知公告 · 继续教育 · 社会培训</p>"

# ---------- rsj
p = page("/rsj/tzgg/2026-0601.html", "rsj", "关于做好2026年技能提升补贴申领工作的通知", False, None, None,
         "official notice: subsidy amounts, 12333")
p.body = """<p>各有关单位:取得职业技能等级证书的参保职工,可申领技能提升补贴,五级1000元、四级1500元、三级2000元。
证书信息以 zscx.osta.org.cn 查询结果为准。咨询电话12333。</p>"""

p = page("/rsj/tzgg/2026-0605.html", "rsj", "关于警惕\"山寨证书\"的风险提示", False, None, None,
         "official warning quoting scam number")
p.body = """<p>近期有不法分子以"人社部颁发""包过""免培训直接发证"为名销售人工智能训练师等证书。群众反映号码 17051236690 等,
请勿轻信。人社部门不直接颁发职业技能等级证书。举报咨询:12333;消费维权:12315。</p>"""

p = page("/rsj/index.html", "rsj", "某市人力资源和社会保障局 - 通知公告", False, None, None, "人社局 notice index")
p.body = "<p>通知公告列表</p>"

# ================================================================= write
def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    htmls = {}
    for p in PAGES:
        htmls[p.path] = render(p)  # footers register ids
    for p in PAGES:  # indexes list all site pages (already in related)
        pass
    for path, h in htmls.items():
        fp = SITE + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    hub = "".join(f'<li><a href="{s}/index.html">{d["name"]}</a>({d["kind"]})</li>' for s, d in SITES.items())
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>导航</title></head>'
                f'<body><h1>常用网站导航</h1><ul>{hub}</ul></body></html>\n')
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    pages = []
    ops = {}
    for p in PAGES:
        pages.append(dict(path=p.path, is_offer=p.offer, operator=p.op, provider=p.provider,
                          identifiers=p.ids if p.op else [], note=p.note))
        if p.op and p.op.startswith("U"):
            o = ops.setdefault(p.op, {"brands": [], "identifiers": []})
            if p.provider not in o["brands"]:
                o["brands"].append(p.provider)
            for k, v, _ in p.ids:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    opwritten = [w for p in PAGES for _, _, w in p.ids]
    for kind, value, written, why in DECOYS:
        for w in written:
            for ow in opwritten:
                assert w not in ow and ow not in w, (w, ow)
        hit = sorted(path for path, h in htmls.items() if any(w in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=hit, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
