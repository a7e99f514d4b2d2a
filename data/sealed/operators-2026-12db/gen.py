#!/usr/bin/env python3
"""Generate a small labelled web of 人工智能训练师 certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def _org_check(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head2, area6, org8):
    s17 = head2 + area6 + org8 + _org_check(org8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

# ---------------------------------------------------------------- identifiers
IDS = {
    # U01 杭州启智
    "u01_mob": ("phone", "+8613857112046"), "u01_tel": ("phone", "057186921377"),
    "u01_wx": ("wechat", "qizhi_px01"), "u01_dom": ("domain", "qizhipx.cn"),
    "u01_uscc": ("uscc", uscc("91", "330106", "MA2H7K3R")),
    "u01_icp": ("other", "浙ICP备2021018834号"),
    # U02 苏州智标
    "u02_mob": ("phone", "+8618962507731"), "u02_wx": ("wechat", "szbz2023"),
    "u02_qq": ("qq", "2846619035"),
    # U03 南京领航
    "u03_400": ("phone", "4008619265"), "u03_mob": ("phone", "+8615951873302"),
    "u03_mail": ("email", "lhzj_nj@163.com"), "u03_qqg": ("qq_group", "738291046"),
    # U04 宁波甬才
    "u04_tel": ("phone", "057487651290"), "u04_mob": ("phone", "+8613706741158"),
    "u04_wx": ("wechat", "yongcai_edu"), "u04_uscc": ("uscc", uscc("91", "330203", "MA2GQ51P")),
    # U05 无锡芯途
    "u05_wx": ("wechat", "xintu-ai"), "u05_mob": ("phone", "+8617751092836"),
    "u05_dom": ("domain", "xintuai.com"),
    # U06 温州 陈老师
    "u06_mob": ("phone", "+8615067793214"), "u06_wx": ("wechat", "chenls_kaozheng"),
    "u06_qq": ("qq", "1530887642"), "u06_payee": ("other", "温州市鹿城区明德信息咨询服务部"),
    # U07 常州翰林
    "u07_tel": ("phone", "051986603715"), "u07_mob": ("phone", "+8613915028476"),
    "u07_mail": ("email", "hanlinpx@126.com"), "u07_uscc": ("uscc", uscc("52", "320402", "MJ4B80T6")),
    # U08 嘉兴数智未来
    "u08_mob": ("phone", "+8619857326615"), "u08_wx": ("wechat", "szwl_hr88"),
    "u08_dom": ("domain", "zgjnzscx.com"),
    # U09 绍兴越智
    "u09_qq": ("qq", "3120458817"), "u09_wx": ("wechat", "yuezhi_ketang"),
    "u09_mob": ("phone", "+8613757519062"), "u09_uscc": ("uscc", uscc("91", "330602", "MA2JD8W4")),
    # independents
    "i01_tel": ("phone", "051262883014"), "i01_mail": ("email", "sipai_train@sina.com"),
    "i02_qq": ("qq", "974406182"), "i02_wx": ("wechat", "aikaozheng_xiaopu"),
    "i03_tel": ("phone", "057188152607"), "i03_mail": ("email", "jxjy@qtvc.edu.cn"),
    "i04_mob": ("phone", "+8618651226093"),
    "i05_wx": ("wechat", "ai_laoliu666"), "i05_mob": ("phone", "+8617368920154"),
    "i06_mob": ("phone", "+8613338062719"), "i06_qqg": ("qq_group", "815530276"),
}

# ---------------------------------------------------------------- decoys
KEZHAN_USCC = uscc("91", "330108", "MA27XL2C")
DECOYS = [
    ("phone", "12333", ["12333"], "人社服务热线，官方公共号码，多家页面提到用于核实"),
    ("phone", "12315", ["12315"], "市场监管投诉热线，出现在商城页脚、投诉与新闻中"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "官方证书联网查询网站"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "证书上印的官方查询网址"),
    ("phone", "4001680520", ["400-168-0520"], "课栈网平台客服电话，每个课栈页面页脚都有"),
    ("email", "kefu@kezhan.com.cn", ["kefu@kezhan.com.cn"], "课栈网平台客服邮箱（页脚）"),
    ("uscc", KEZHAN_USCC, [KEZHAN_USCC], "课栈网运营公司的统一社会信用代码（页脚）"),
    ("domain", "kezhan.com.cn", ["www.kezhan.com.cn"], "课栈网平台自身域名（页脚版权）"),
    ("qq_group", "61528374", ["61528374"], "姑苏论坛官方交流QQ群（页脚）"),
    ("qq", "2201938475", ["2201938475"], "姑苏论坛管理员QQ（页脚）"),
    ("other", "苏ICP备16023871号-2", ["苏ICP备16023871号-2"], "百城分类网ICP备案号（页脚）"),
    ("wechat", "jnwenzhai", ["jnwenzhai"], "文章转载站自己的公众号（页脚）"),
    ("phone", "+8617105372290", ["171 0537 2290", "17105372290", "171-0537-2290"],
     "警示、投诉、新闻和网友跟帖中引用的骗子电话，不属于任何卖家"),
    ("phone", "+8615720260512", ["15720260512"], "认定批次号，形似手机号"),
    ("other", "S000033000012255000123", ["S000033000012255000123"], "多个卖家共用的证书样图上的示例证书编号"),
    ("phone", "+8613800138000", ["138 0013 8000", "13800138000"], "分类信息发布模板里的占位号码"),
    ("email", "name@example.com", ["name@example.com"], "报名表单模板里的占位邮箱"),
    ("wechat", "lulu_study2026", ["lulu_study2026"], "问答网友在评论里留的自己的微信"),
    ("qq", "594023817", ["594023817"], "论坛网友跟帖留的自己的QQ"),
    ("phone", "057185023316", ["0571-85023316"], "第三方：杭州文三路认定考点前台电话"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "第三方表单工具（金数据）域名"),
    ("phone", "95188", ["95188"], "第三方：支付宝客服电话"),
    ("domain", "kuaishi.tv", ["kuaishi.tv"], "短视频平台自身域名（页脚）"),
    ("phone", "051268107755", ["0512-68107755"], "百城分类网客服热线（页脚）"),
    ("phone", "051266207318", ["0512-66207318"], "江南职教网新闻热线（页脚）"),
    ("email", "jubao@zhiwenda.cn", ["jubao@zhiwenda.cn"], "知问平台举报邮箱（页脚）"),
    ("email", "hezuo@jnwenzhai.com", ["hezuo@jnwenzhai.com"], "江南文摘合作邮箱（页脚）"),
    ("phone", "057188150001", ["0571-88150001"], "钱塘职业技术学院办公室电话（页脚），不是任何培训卖家的电话"),
    ("phone", "057188150020", ["0571-88150020"], "钱塘职业技术学院招生办电话（页脚，学历招生）"),
    ("other", "浙ICP备19044126号", ["浙ICP备19044126号"], "课栈网ICP备案号（页脚）"),
    ("other", "DD202512180093341", ["DD202512180093341"], "投诉帖中的订单号"),
]

SITES = {}   # key -> dict(name, style, pages=[Page])
PAGES = []

class Page:
    def __init__(self, site, fname, title, is_offer=False, operator=None, provider=None, note=""):
        self.site, self.fname, self.title = site, fname, title
        self.is_offer, self.operator, self.provider, self.note = is_offer, operator, provider, note
        self.ids = []
        self.body = ""
        self.crumbs = []
        PAGES.append(self)
        SITES[site]["pages"].append(self)

    @property
    def path(self):
        return "/%s/%s" % (self.site, self.fname)

    def id(self, key, written):
        kind, value = IDS[key]
        if self.is_offer:
            rec = [kind, value, written]
            if rec not in self.ids:
                self.ids.append(rec)
        return written

def site(key, name, style):
    SITES[key] = {"name": name, "style": style, "pages": []}

# ---------------------------------------------------------------- frames
CSS = {
    "corp": "body{font-family:'Microsoft YaHei';margin:0;background:#f4f7fb}header{background:#0b4ea2;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}main{width:960px;margin:auto;display:flex}article{flex:3;background:#fff;padding:18px}aside{flex:1;padding:12px}footer{background:#222;color:#bbb;padding:14px;font-size:12px}",
    "market": "body{font-family:sans-serif;margin:0}header{border-bottom:3px solid #ff6a00;padding:8px}nav a{margin-right:10px;color:#333}.price{color:#ff4400;font-size:22px}main{display:flex}article{flex:3;padding:16px}aside{flex:1;background:#fafafa;padding:10px}footer{background:#f0f0f0;padding:12px;font-size:12px;color:#666}",
    "forum": "body{font:13px/1.6 SimSun,serif;background:#e8eef5}header{background:#336;color:#fff;padding:6px}nav a{color:#cde;margin-right:8px}.post{background:#fff;border:1px solid #ccd;margin:6px;padding:8px}.floor{color:#888}aside{background:#fff;margin:6px;padding:6px}footer{text-align:center;color:#666;font-size:12px}",
    "classified": "body{font-family:sans-serif;background:#fff}header{background:#1fae58;color:#fff;padding:8px}nav a{color:#fff;margin-right:12px}.info td{padding:4px 10px;border-bottom:1px dashed #ddd}aside{float:right;width:220px}footer{clear:both;border-top:1px solid #ccc;font-size:12px;color:#777;padding:10px}",
    "qa": "body{font-family:-apple-system,sans-serif;background:#f6f6f6;margin:0}header{background:#fff;border-bottom:1px solid #eee;padding:10px}nav a{margin-right:12px;color:#175199}.answer{background:#fff;padding:16px;margin:10px 0}.comment{font-size:13px;color:#555;border-top:1px solid #f0f0f0;padding:4px}aside{background:#fff;padding:10px}footer{font-size:12px;color:#8590a6;padding:12px}",
    "wechat": "body{max-width:680px;margin:auto;font-family:-apple-system,'PingFang SC';color:#333}header{padding:8px;border-bottom:1px solid #eee}nav a{margin-right:10px;color:#576b95}.meta{color:#999;font-size:13px}aside{border-top:1px solid #eee;margin-top:20px}footer{font-size:12px;color:#aaa;padding:14px 0}",
    "video": "body{background:#161823;color:#eee;font-family:sans-serif;margin:0}header{padding:10px;background:#000}nav a{color:#fe2c55;margin-right:12px}.player{background:#000;height:300px;display:flex;align-items:center;justify-content:center;color:#666}.desc{padding:12px}aside{padding:10px}footer{font-size:12px;color:#777;padding:12px}",
    "news": "body{font-family:SimSun,serif;background:#fff}header{border-bottom:2px solid #c00;padding:8px}nav a{margin-right:12px;color:#c00}article{width:720px;margin:auto;line-height:1.9}.src{color:#888}aside{width:720px;margin:auto;border-top:1px solid #ddd}footer{text-align:center;font-size:12px;color:#888;padding:12px}",
    "gov": "body{font-family:SimSun,serif;background:#f2f2f2}header{background:#b5121b;color:#fff;padding:14px;font-size:20px}nav{background:#8c0d14;padding:6px}nav a{color:#fff;margin-right:16px}article{background:#fff;width:900px;margin:10px auto;padding:20px}aside{width:900px;margin:auto}footer{text-align:center;font-size:12px;color:#555;padding:16px}",
    "shop": "body{font-family:sans-serif;margin:0}header{background:#ff0036;color:#fff;padding:8px}nav a{color:#fff;margin-right:12px}.sku{display:flex;gap:20px;padding:16px}.price{color:#ff0036;font-size:26px}.detail{padding:16px;border-top:1px solid #eee}aside{padding:10px;background:#fff5f5}footer{background:#f5f5f5;font-size:12px;color:#777;padding:12px}",
    "college": "body{font-family:'Microsoft YaHei';background:#fff}header{background:#004d40;color:#fff;padding:14px}nav a{color:#fff;margin-right:14px}article{width:880px;margin:auto;padding:16px}aside{width:880px;margin:auto;background:#eef6f4;padding:8px}footer{background:#004d40;color:#cde;font-size:12px;padding:14px}",
}

def footer(p):
    s = p.site
    if s == "qizhipx":
        return ("杭州启智职业技能培训有限公司 版权所有 | 地址：杭州市西湖区文一西路 | 电话："
                + p.id("u01_tel", "0571-86921377") + " | 统一社会信用代码：" + p.id("u01_uscc", IDS["u01_uscc"][1])
                + " | " + p.id("u01_icp", "浙ICP备2021018834号") + " | " + p.id("u01_dom", "www.qizhipx.cn"))
    if s == "kezhan":
        return ("课栈网 www.kezhan.com.cn 在线职业教育平台 | 平台客服：400-168-0520（9:00-21:00） | 投诉邮箱：kefu@kezhan.com.cn"
                " | 杭州课栈网络科技有限公司 统一社会信用代码：" + KEZHAN_USCC + " | 浙ICP备19044126号")
    if s == "gusu":
        return "姑苏论坛 职场与教育版 | 论坛交流QQ群：61528374 | 管理员QQ：2201938475 | 本帖内容由网友发布，不代表本站观点"
    if s == "fenlei":
        return "百城分类网 免费发布分类信息 | 客服热线 0512-68107755 | 苏ICP备16023871号-2 | 谨防诈骗：先付款、交押金的都是骗子"
    if s == "wenda":
        return "知问 zhiwenda.cn | 违法和不良信息举报 | 网络内容从业人员违法违规行为举报邮箱 jubao@zhiwenda.cn | 沪ICP备18030271号"
    if s == "wxzz":
        return "江南文摘 — 好文章转载 | 本站公众号：jnwenzhai | 文章版权归原作者所有，如有侵权请联系删除 | 合作邮箱 hezuo@jnwenzhai.com"
    if s == "dsp":
        return "快视 kuaishi.tv | 用户服务协议 | 隐私政策 | 网上有害信息举报 | 客服 95xxx 请以官方App为准 | 浙ICP备20011873号"
    if s == "news":
        return "江南职教网 jnzjw.com 主办：江南职教传媒 | 新闻热线 0512-66207318 | 转载请注明出处 | 苏ICP备15008822号"
    if s == "rsj":
        return "主办：嘉禾市人力资源和社会保障局 | 地址：嘉禾市行政中心3号楼 | 咨询电话：12333 | 网站标识码 3304000012 | 浙公网安备 33040202000118号"
    if s == "shop":
        return "优品商城 正品保障 | 消费者维权热线 12315 | 平台客服 在线客服 | 增值电信业务经营许可证 浙B2-20190311 | 支付服务由第三方支付机构提供"
    if s == "college":
        return "钱塘职业技术学院 版权所有 | 地址：杭州市钱塘区学林街 | 学院办公室 0571-88150001 | 招生办 0571-88150020 | 浙ICP备05013277号"
    return ""

MENUS = {
    "qizhipx": ["首页", "职业技能培训", "人工智能训练师", "补贴政策", "关于我们", "联系我们"],
    "kezhan": ["首页", "IT互联网", "职业考证", "人工智能", "语言学习", "企业培训"],
    "gusu": ["论坛首页", "职场与教育", "苏州杂谈", "二手交易", "求职招聘"],
    "fenlei": ["首页", "教育培训", "招聘", "二手", "房产", "本地服务"],
    "wenda": ["首页", "发现", "等你来答", "职业教育话题"],
    "wxzz": ["首页", "职场", "教育", "科技", "本地"],
    "dsp": ["推荐", "关注", "知识", "职场", "直播"],
    "news": ["首页", "职教要闻", "政策解读", "培训资讯", "曝光台"],
    "rsj": ["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "互动交流"],
    "shop": ["首页", "教育培训", "图书", "数码", "我的订单"],
    "college": ["学院首页", "学院概况", "继续教育", "社会培训", "招生就业"],
}

def render(p):
    s = SITES[p.site]
    style = s["style"]
    menu = " ".join('<a href="index.html">%s</a>' % m if i == 0 else '<span>%s</span>' % m
                    for i, m in enumerate(MENUS[p.site]))
    crumbs = ' &gt; '.join(['<a href="../index.html">站点导航</a>', '<a href="index.html">%s</a>' % s["name"]]
                           + [c for c in p.crumbs] + ([p.title] if p.fname != "index.html" else []))
    others = [q for q in s["pages"] if q is not p and q.fname != "index.html"]
    side = "".join('<li><a href="%s">%s</a></li>' % (q.fname, q.title) for q in others[:6])
    foot = footer(p)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p.title} - {s['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>{CSS[style]}</style></head>
<body>
<header><div class="logo">{s['name']}</div><nav>{menu}</nav></header>
<div class="crumbs">当前位置：{crumbs}</div>
<main>
<article>
<h1>{p.title}</h1>
{p.body}
</article>
<aside><h3>相关推荐</h3><ul>{side}</ul></aside>
</main>
<footer>{foot}</footer>
</body></html>
"""

# ================================================================ sites
site("qizhipx", "启智职培官网", "corp")
site("kezhan", "课栈网", "market")
site("gusu", "姑苏论坛·职场与教育", "forum")
site("fenlei", "百城分类网·苏州", "classified")
site("wenda", "知问", "qa")
site("wxzz", "江南文摘", "wechat")
site("dsp", "快视", "video")
site("news", "江南职教网", "news")
site("rsj", "嘉禾市人力资源和社会保障局", "gov")
site("shop", "优品商城", "shop")
site("college", "钱塘职业技术学院", "college")

def idx(key, title, intro):
    p = Page(key, "index.html", title, note="站点首页/栏目页，列出本站页面")
    p.intro = intro
    return p

INDEX = {
    "qizhipx": idx("qizhipx", "启智职培 — 杭州职业技能培训", "杭州启智职业技能培训有限公司，专注新职业技能培训与等级认定辅导。"),
    "kezhan": idx("kezhan", "课栈网 — 职业考证频道", "精选职业考证课程，平台担保交易，7天无理由退款（虚拟课程除外）。"),
    "gusu": idx("gusu", "职场与教育版 主题列表", "版规：禁止发布虚假培训广告，广告帖一律删除封号。"),
    "fenlei": idx("fenlei", "苏州教育培训信息", "苏州本地教育培训分类信息，共有 1,286 条信息。"),
    "wenda": idx("wenda", "话题：人工智能训练师", "关于人工智能训练师的问题与回答。"),
    "wxzz": idx("wxzz", "江南文摘 — 职场教育精选", "每日转载优质公众号文章。"),
    "dsp": idx("dsp", "#人工智能训练师 话题视频", "话题 #人工智能训练师 共 3.2 亿次播放。"),
    "news": idx("news", "江南职教网首页", "报道长三角职业教育与技能培训新闻。"),
    "rsj": idx("rsj", "嘉禾市人力资源和社会保障局", "欢迎访问嘉禾市人力资源和社会保障局门户网站。"),
    "shop": idx("shop", "优品商城 — 教育培训频道", "职业考证、技能课程、教材图书。"),
    "college": idx("college", "钱塘职业技术学院", "学院坐落于杭州钱塘区，开展学历教育与社会培训。"),
}

def offer(site_, fname, title, operator, provider, note, crumbs=()):
    p = Page(site_, fname, title, True, operator, provider, note)
    p.crumbs = list(crumbs)
    return p

def nonoffer(site_, fname, title, note, crumbs=()):
    p = Page(site_, fname, title, False, None, None, note)
    p.crumbs = list(crumbs)
    return p

CERT_IMG = '<p class="img">[证书样本图] 证书编号：S000033000012255000123 （样图，仅供参考）</p>'

# ================================================================ U01 启智 (honest, Hangzhou)
p = offer("qizhipx", "ai-trainer.html", "人工智能训练师（四级/三级）培训报名", "U01", "杭州启智职业技能培训有限公司",
          "U01 自有官网的课程招生页，诚信型", ["人工智能训练师"])
p.body = f"""<p class="date">发布时间：2026-03-02</p>
<p>人工智能训练师（职业编码4-04-05-05）是2020年人社部等部门发布的新职业，包括数据标注员、人工智能算法测试员两个工种。本中心开设四级（中级工）、三级（高级工）培训班，培训结束后由经备案的评价机构组织理论知识考试和操作技能考核，<b>成绩合格方可取得职业技能等级证书</b>。</p>
<h2>报名条件（摘要）</h2><ul><li>四级：取得五级证书后从事本职业4年，或累计从事本职业6年，或技工院校相关专业毕业生；</li><li>三级：取得四级证书后从事本职业5年等，详见国家职业技能标准。</li></ul>
<h2>费用</h2><p>四级培训费 1680 元，三级培训费 2280 元（含教材、上机实训），认定费按评价机构公示标准另行缴纳。符合条件的参保职工可按规定申领技能提升补贴（四级最高1500元、三级最高2000元），以当地人社部门审核为准。</p>
<p>证书可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询。我们不承诺“包过”，考核不合格可免费参加下一期补训一次。</p>
<h2>报名咨询</h2><p>课程顾问 王老师：{p.id('u01_mob','138-5711-2046')}（同微信）<br>座机：{p.id('u01_tel','0571-86921377')}</p>"""

p = offer("qizhipx", "level3-class.html", "2026年第二期人工智能训练师三级（高级工）周末班招生简章", "U01", "启智职培",
          "U01 官网三级周末班招生简章", ["招生简章"])
p.body = f"""<p>开班时间：2026年4月18日（周末班，共40课时）｜上课地点：杭州市西湖区文一西路启智实训楼</p>
<p>课程模块：业务分析、智能训练、智能系统设计、培训与指导。理论与实操比例约 3:7。</p>
<p>考核安排：理论与实操考核在杭州文三路认定考点进行，考点前台电话 0571-85023316（仅咨询考场位置，报名请联系本中心）。</p>
<p>学费：2280元/人，企业团报5人以上9折。</p>
<p>报名方式：添加课程顾问微信 <b>{p.id('u01_wx','QiZhi_PX01')}</b>，或致电 {p.id('u01_mob','13857112046')}。</p>"""

p = offer("wxzz", "a-20260308-qz.html", "杭州人工智能训练师四级班开课！在职也能学，补贴政策一文讲清", "U01", "启智教育",
          "U01 公众号文章转载（启智教育服务号），微信号写法不同", ["教育"])
p.body = f"""<p class="meta">启智教育 2026-03-08 转载自公众号“启智教育服务号”</p>
<p>新职业人工智能训练师，四级（中级工）周末班3月开课。培训后由备案评价机构组织考核，合格者取得职业技能等级证书，可在 zscx.osta.org.cn 查询。</p>
<p>参保职工取得四级证书可按规定申领技能提升补贴，最高1500元。</p>
<p>报名请加课程顾问微信：{p.id('u01_wx','qizhi_px01')}（长按复制），电话 {p.id('u01_tel','0571 8692 1377')}</p>
<p class="meta">阅读 2406 ｜ 在看 19</p>"""

# ================================================================ kezhan marketplace
def kz_head(price, sold, shop):
    return f'<div class="shopbar">店铺：{shop} ｜ 已售 {sold}</div><p class="price">¥{price}</p>'

p = offer("kezhan", "course-20631.html", "【启智AI学院】人工智能训练师四级 直播+录播+实操 通关班", "U01", "启智AI学院",
          "U01 在课程平台开的店铺课程页，品牌与官网不同", ["职业考证", "人工智能"])
p.body = kz_head("1680", "326", "启智AI学院") + f"""<p>课程编号 KZ20631 ｜ 共 50 课时 ｜ 有效期 365 天</p>
<p>讲师团队来自杭州本地AI企业一线数据标注、算法测试岗位。课程覆盖数据采集和处理、数据标注、智能系统运维，配套上机题库。</p>
<p>学完后由机构协助报名职业技能等级认定，考核由备案评价机构组织，考试地点：杭州文三路认定考点（前台 0571-85023316）。</p>
<p>店铺客服：{p.id('u01_mob','138 5711 2046')}（王老师） 也可访问官网 {p.id('u01_dom','qizhipx.cn')}</p>
<p class="tip">温馨提示：请在课栈网内完成交易，站外转账平台不予保障。</p>"""

p = offer("kezhan", "course-31877.html", "人工智能训练师五级/四级 宁波线下班｜可申领技能提升补贴", "U04", "甬才教育",
          "U04 在课程平台上的课程页", ["职业考证"])
p.body = kz_head("1380", "158", "甬才教育宁波校区") + f"""<p>宁波本地线下小班，每周六日上课。适合已从事数据标注、客服质检、内容审核等相关工作满一年的学员报考五级，或已有五级证书的学员报考四级。</p>
<p>参保满一年的学员，取得证书后可按规定申请失业保险技能提升补贴（五级最高1000元、四级最高1500元）。补贴需本人申领，本店不代办、不垫付。</p>
<p>考点：宁波或杭州文三路认定考点（前台 0571-85023316）。证书查询：zscx.osta.org.cn。</p>
<p>机构座机：{p.id('u04_tel','0574-87651290')}　微信：{p.id('u04_wx','YONGCAI_EDU')}　营业执照统一社会信用代码：{p.id('u04_uscc',IDS['u04_uscc'][1])}</p>"""

p = offer("kezhan", "course-40216.html", "翰林职校｜人工智能训练师（数据标注员）四级 认定培训 常州班", "U07", "翰林职校",
          "U07 常州民办培训学校的课程页", ["职业考证"])
p.body = kz_head("1500", "89", "常州翰林职业培训学校") + f"""<p>常州翰林职业培训学校（民办非企业单位，办学许可证号 教民132040270000163号）开设人工智能训练师（数据标注员）四级培训，48课时，含6次上机实操。</p>
<p>本期对应认定批次号 15720260512，考核合格的证书可登录 jndj.osta.org.cn 或扫描证书二维码查询。</p>
<p>咨询：{p.id('u07_tel','0519-86603715')}（教务处）　邮箱：{p.id('u07_mail','hanlinpx@126.com')}</p>"""

p = offer("kezhan", "course-52290.html", "越智课堂 人工智能训练师三级 零基础也能学 考证+就业推荐", "U09", "越智课堂",
          "U09 课程平台课程页，夸大型", ["人工智能"])
p.body = kz_head("2980", "1.2万", "越智课堂官方店") + f"""<p>🔥 2026新职业风口！人工智能训练师三级（高级工），零基础也能学，学完即可报考，持证上岗月薪过万！</p>
<p>✅ 国家认可证书 ✅ 全国通用 ✅ 可评职称（证书直接对应助理工程师）</p>
<p>报名表单（填写后客服联系）：姓名 / 手机 / 邮箱（格式：name@example.com）</p>
<p>课程售后 QQ：{p.id('u09_qq','3120458817')}　班主任微信：{p.id('u09_wx','yuezhi_ketang')}</p>"""

p = offer("kezhan", "course-60385.html", "苏州园区｜人工智能训练师五级 企业员工定制班", "I01", "苏州工业园区智造技能培训中心",
          "独立卖家：苏州园区培训中心", ["企业培训"])
p.body = kz_head("980", "41", "园区智造技能培训中心") + f"""<p>苏州工业园区智造技能培训中心面向园区企业在岗员工，按国家职业技能标准五级要求开设60课时培训，培训结束参加评价机构组织的认定考核。</p>
<p>报名请企业HR统一提交名单，报名表：姓名、身份证号、工作年限、邮箱（示例 name@example.com）。</p>
<p>联系：{p.id('i01_tel','0512-62883014')}　{p.id('i01_mail','sipai_train@sina.com')}</p>"""

# ================================================================ U02 苏州智标 (dishonest)
p = offer("fenlei", "post-7712093.html", "人工智能训练师证 包过 人社部颁发 全国通用 苏州可报", "U02", "智标学堂",
          "U02 分类信息帖，包过、人社部颁发", ["教育培训", "职业技能"])
p.body = f"""<table class="info"><tr><td>类别</td><td>职业技能</td></tr><tr><td>区域</td><td>苏州-吴中</td></tr><tr><td>联系人</td><td>李老师</td></tr>
<tr><td>电话</td><td>{p.id('u02_mob','189 6250 7731')}</td></tr></table>
<p>人工智能训练师三级/二级同报，人社部颁发，国家职业资格证书，入库可查，全国通用！</p>
<p>不限学历不限经验，零基础直接报二级技师，一次报两个级别更优惠。<b>包过</b>，不过全额退款！</p>
<p>可以申请补贴，可以评职称，可以积分落户。</p>{CERT_IMG}
<p>智标学堂 加V详聊：{p.id('u02_wx','szbz2023')}</p>"""

p = offer("wenda", "question-1088/answer-5521.html", "考人工智能训练师证哪家机构靠谱？", "U02", "智标学堂",
          "U02 在问答网站以‘过来人’身份写的软广回答", ["人工智能训练师"])
p.body = f"""<div class="answer"><p class="author">数据标注小王 · 已认证 AI从业者</p>
<p>我自己就是去年考的，当时也踩过坑。后来在<b>智标学堂</b>报的，老师很负责，题库基本都是原题，考前押题很准，我们班全过了。</p>
<p>他们家证书是人社部颁发的，国家职业资格证书，以后找工作、落户都用得上。</p>
<p>有需要可以找他们李老师，V：{p.id('u02_wx','SZBZ2023')}，说是知问上看到的能便宜200。</p></div>
<div class="comment">网友“小鹿”：请问零基础能报吗？我也想考，加我vx: lulu_study2026 一起备考呀</div>
<div class="comment">网友“不吃香菜”：这不就是广告吗……</div>"""

p = offer("dsp", "video-7356120488.html", "零基础拿人工智能训练师二级证书，月入两万不是梦", "U02", "智标学堂",
          "U02 短视频页，口播广告", ["职场"])
p.body = f"""<div class="player">[视频] 00:58</div><div class="desc">
<p>@智标学堂李老师：人工智能训练师二级（技师），零基础就能报！不用培训，线上考试，<b>包过</b>，人社部颁发国家证书，可查可认证。评论区扣“1”领资料。</p>
<p>#人工智能训练师 #考证 #副业</p>
<p>主页简介：苏州智标｜考证咨询 {p.id('u02_mob','18962507731')}｜扣扣 {p.id('u02_qq','2846619035')}</p></div>
<div class="comment">用户“晴天”：1</div><div class="comment">用户“阿杰”：零基础考技师？标准里不是要三级加4年吗</div>"""

p = offer("shop", "item-66810342.html", "人工智能训练师证书 报名 三级二级 人社部颁发 包过班", "U02", "智标学堂考证",
          "U02 电商店铺商品页，按证书定价", ["教育培训"])
p.body = f"""<div class="sku"><div class="pic">[商品主图]</div><div><p class="price">¥3980 起</p>
<p>规格：三级 ¥3980 ｜ 二级 ¥5980 ｜ 三级+二级 双证套餐 ¥8800</p><p>月销 200+ ｜ 店铺：智标学堂考证</p></div></div>
<div class="detail"><p>✔ 人社部颁发 ✔ 国家职业资格证书 ✔ 官网可查 ✔ 包过，不过退款</p>{CERT_IMG}
<p>拍下后请联系客服QQ {p.id('u02_qq','2846619035')} 提交资料。付款问题可咨询支付宝 95188。</p></div>"""

# ================================================================ U03 南京领航 (dishonest-ish, 400 + mobile + mail + QQ group chain)
p = offer("gusu", "thread-2281043.html", "【招生】人工智能训练师四级/三级 南京苏州同步开班 名额有限", "U03", "领航职教",
          "U03 论坛招生帖", ["职场与教育"])
p.body = f"""<div class="post"><span class="floor">楼主 领航职教小助手</span>
<p>人工智能训练师四级、三级火热报名中！国家级证书，官方指定培训机构，考试通过率98%。</p>
<p>南京、苏州、无锡均设考点，每月一期。报名热线：{p.id('u03_400','400-861-9265')}</p>
<p>备考交流QQ群：{p.id('u03_qqg','738291046')}（进群领题库）</p></div>
<div class="post"><span class="floor">2楼 路人甲</span><p>通过率98%这种话也能信？</p></div>
<div class="post"><span class="floor">3楼 木头人</span><p>楼主我想了解一下，我QQ 594023817，求资料</p></div>"""

p = offer("fenlei", "post-7730558.html", "南京AI训练师考证 官方指定 报名送题库", "U03", "金陵AI训练师考证中心",
          "U03 分类信息帖，换了品牌名", ["教育培训"])
p.body = f"""<table class="info"><tr><td>类别</td><td>职业技能</td></tr><tr><td>区域</td><td>南京-鼓楼</td></tr><tr><td>商家</td><td>金陵AI训练师考证中心</td></tr>
<tr><td>电话</td><td>{p.id('u03_400','4008 619 265')}</td></tr><tr><td>手机</td><td>{p.id('u03_mob','159-5187-3302')}</td></tr></table>
<p>官方指定报名点，内部题库，速成班15天拿证。四级1980，三级2680，四级三级同报3980。</p>"""

p = offer("wxzz", "a-20260311-lh.html", "2026年人工智能训练师报考全攻略（附报名方式）", "U03", "领航教育",
          "U03 公众号文章转载，末尾带报名方式", ["职场"])
p.body = f"""<p class="meta">原创 领航教育 2026-03-11 转载自公众号“领航教育服务号”</p>
<p>人工智能训练师是人社部认证的新职业，分为五个等级……（正文略）</p>
<p>很多同学问：没有相关经验能不能考？答：我们有专门通道，可协助办理工作证明。</p>
<p>报名方式：扫描下方二维码填写报名表（https://jinshuju.net/f/Lh8Kq2），或发送简历至 {p.id('u03_mail','lhzj_nj@163.com')}，或电话 {p.id('u03_mob','15951873302')}。</p>
<p class="meta">阅读 1.3万 ｜ 在看 86</p>"""

p = offer("news", "px-2026-0402.html", "新职业持证上岗成趋势 领航职教开设人工智能训练师专班", "U03", "南京领航人才服务有限公司",
          "U03 新闻站上的软文（培训资讯栏目）", ["培训资讯"])
p.body = f"""<p class="src">来源：企业供稿　2026-04-02</p>
<p>随着大模型应用落地，数据标注、算法测试岗位需求旺盛。南京领航人才服务有限公司近日推出人工智能训练师四级、三级专班，采用“线上理论+线下实训”模式。</p>
<p>该负责人表示，学员考核合格后可取得职业技能等级证书。咨询邮箱：{p.id('u03_mail','lhzj_nj(at)163.com')}，备考群 {p.id('u03_qqg','738291046')}。</p>
<p class="src">（本文为企业宣传稿，不代表本网观点）</p>"""

# ================================================================ U04 宁波甬才 (honest)
p = offer("wenda", "question-1088/answer-5609.html", "考人工智能训练师证哪家机构靠谱？（甬才教育回答）", "U04", "宁波甬才教育",
          "U04 机构号在问答网站的回答，较规范", ["人工智能训练师"])
p.body = f"""<div class="answer"><p class="author">宁波甬才教育 · 机构号</p>
<p>利益相关，我们是宁波的培训机构。给几点客观建议：</p>
<ol><li>人工智能训练师证书是职业技能等级证书，由备案的评价机构颁发，不是“人社部颁发”，也不是国家职业资格证书；</li>
<li>看清报考条件：五级需相关工作满1年，二级一级不可能零基础直接报，承诺“包过”的都要小心；</li>
<li>证书真伪可上 zscx.osta.org.cn 查，有疑问可拨 12333 咨询当地人社。</li></ol>
<p>如需了解我们宁波班的课程，可加微信 {p.id('u04_wx','yongcai_edu')} 或电话 {p.id('u04_mob','137 0674 1158')}。</p></div>
<div class="comment">网友“小鹿”：这个回答靠谱，我加你了，我vx是 lulu_study2026</div>"""

p = offer("dsp", "video-7358802214.html", "宁波人工智能训练师五级线下班开课啦（补贴政策讲解）", "U04", "甬才教育",
          "U04 短视频，讲补贴并招生", ["知识"])
p.body = f"""<div class="player">[视频] 02:31</div><div class="desc">
<p>@甬才教育宁波：一条视频讲清楚技能提升补贴：参保满一年，五级最高1000、四级1500、三级2000，二级一级没有这项国家补贴哦～</p>
<p>4月班还有8个名额，宁波鄞州区上课。详询 {p.id('u04_tel','0574-8765 1290')}</p></div>"""

p = offer("gusu", "thread-2290317.html", "宁波/苏州两地 人工智能训练师五级 周末班（非包过，认真学）", "U04", "甬才教育",
          "U04 论坛招生帖", ["职场与教育"])
p.body = f"""<div class="post"><span class="floor">楼主 甬才教育-周老师</span>
<p>我们在苏州新开了周末班，五级60课时，主要面向做数据标注、内容审核的在职朋友。不承诺包过，按标准教。</p>
<p>电话：{p.id('u04_mob','13706741158')}（周老师）  微信同号或搜 {p.id('u04_wx','YongCai_Edu')}</p></div>
<div class="post"><span class="floor">2楼 阿May</span><p>价格多少？</p></div>
<div class="post"><span class="floor">3楼 楼主</span><p>五级1380，参保一年以上可以申请补贴。</p></div>"""

# ================================================================ U05 无锡芯途 (dishonest, short-video style)
p = offer("dsp", "video-7361044097.html", "原价9999限时99！AI训练师速成课，90%小白都能学会", "U05", "芯途AI实训营",
          "U05 短视频课程广告", ["推荐"])
p.body = f"""<div class="player">[视频] 00:45</div><div class="desc">
<p>@芯途AI实训营：原价9999，限时99！7天学会数据标注，结课送人工智能训练师证书报考名额，90%小白都能学会，学完接单月入过万～</p>
<p>课程官网 {p.id('u05_dom','xintuai.com')}　戳主页加 V {p.id('u05_wx','xintu-ai')}</p></div>"""

p = offer("shop", "item-67023518.html", "【芯途】AI训练师速成课 99元 送证书报考", "U05", "芯途AI实训营旗舰店",
          "U05 电商商品页", ["教育培训"])
p.body = f"""<div class="sku"><div class="pic">[商品主图]</div><div><p class="price">¥99 <s>¥9999</s></p><p>月销 5000+ ｜ 店铺：芯途AI实训营旗舰店</p></div></div>
<div class="detail"><p>7天速成，零基础可学，结课即可报考人工智能训练师证书（报考费另付 ¥1999）。</p>
<p>售后请添加班主任微信：{p.id('u05_wx','XinTu-AI')}　或致电 {p.id('u05_mob','177 5109 2836')}</p></div>"""

p = offer("gusu", "thread-2301562.html", "无锡 AI训练师实训营 带证上岗 学员群招募", "U05", "无锡芯途",
          "U05 论坛帖，跟帖有网友贴出骗子电话", ["职场与教育"])
p.body = f"""<div class="post"><span class="floor">楼主 xintu_ai</span>
<p>无锡芯途AI实训营，数据标注实操+人工智能训练师证书一条龙，带证上岗推荐就业。官网：{p.id('u05_dom','www.xintuai.com')}　电话 {p.id('u05_mob','17751092836')}</p></div>
<div class="post"><span class="floor">2楼 老梁</span><p>楼主小心啊，之前有个171 0537 2290也是这么说的，交了钱人就没了。</p></div>
<div class="post"><span class="floor">3楼 楼主</span><p>我们是正规公司，可以来无锡新吴区实地看。</p></div>"""

# ================================================================ U06 温州 陈老师 (individual agent, 不用考试)
p = offer("fenlei", "post-7745210.html", "代办人工智能训练师证 不用考试 直接拿证 可挂靠", "U06", "陈老师",
          "U06 个人代办帖，免考直接拿证、挂靠", ["教育培训", "代办"])
p.body = f"""<table class="info"><tr><td>类别</td><td>证书代办</td></tr><tr><td>区域</td><td>温州-鹿城（可全国办理）</td></tr><tr><td>联系人</td><td>陈老师</td></tr>
<tr><td>电话</td><td>{p.id('u06_mob','150 6779 3214')}</td></tr></table>
<p>人工智能训练师一级/二级/三级，不用考试，不用培训，提供身份证照片即可，15个工作日出证，全国联网可查。</p>
<p>证书可挂靠企业，年收入1-3万！</p>
<p>联系电话：138 0013 8000（请替换为您的号码）</p>
<p>QQ：{p.id('u06_qq','1530887642')}</p>"""

p = offer("wenda", "question-1120/answer-5733.html", "人工智能训练师证书能挂靠吗？一年能挣多少？", "U06", "陈老师",
          "U06 问答回答，推销挂靠", ["人工智能训练师"])
p.body = f"""<div class="answer"><p class="author">证书顾问陈老师</p>
<p>可以的，现在很多科技公司申报项目需要持证人员。二级挂一年1.5万左右，三级8千。没有证的可以找我代办，不用考试。</p>
<p>vx：{p.id('u06_wx','chenls_kaozheng')}（备注知问）</p></div>
<div class="comment">网友“小鹿”：真的假的，我vx lulu_study2026，求私聊</div>
<div class="comment">网友“HR老张”：人工智能训练师哪有什么挂靠需求，别被骗了。</div>"""

p = offer("wxzz", "a-20260320-cls.html", "【干货】人工智能训练师证书办理流程（内部渠道）", "U06", "陈老师考证",
          "U06 公众号文章转载，含收款户名", ["职场"])
p.body = f"""<p class="meta">陈老师考证 2026-03-20 转载</p>
<p>很多朋友私信问怎么快速拿人工智能训练师证。我们有内部渠道，免培训，包通过，国家认可，官方认证。</p>
<p>办理流程：①加微信 {p.id('u06_wx','chenls_kaozheng')} 发身份证照片 ②缴纳定金 ③15天出证。</p>
<p>对公收款户名：{p.id('u06_payee','温州市鹿城区明德信息咨询服务部')}。咨询电话：{p.id('u06_mob','一五零六七七九三二一四')}</p>
<p class="meta">阅读 5820</p>"""

# ================================================================ U07 常州翰林 (honest)
p = offer("college", "shpx-2026-hl.html", "社会培训｜合作项目：人工智能训练师四级培训（常州班）", "U07", "常州翰林职业培训学校",
          "U07 在学院网站发布的合作培训招生信息", ["社会培训"])
p.body = f"""<p>发布部门：继续教育学院　2026-03-25</p>
<p>我院与常州翰林职业培训学校合作开展人工智能训练师（数据标注员）四级培训，培训由翰林职校组织，考核由备案评价机构实施。</p>
<p>认定批次号：15720260512。证书查询：zscx.osta.org.cn。政策咨询可拨打 12333。</p>
<p>报名联系：常州翰林职业培训学校 {p.id('u07_mob','139-1502-8476')}（徐老师）、教务处 {p.id('u07_tel','（0519）86603715')}，统一社会信用代码 {p.id('u07_uscc',IDS['u07_uscc'][1])}</p>"""

p = offer("news", "px-2026-0318.html", "常州翰林职业培训学校2026年人工智能训练师培训招生简章", "U07", "常州翰林职业培训学校",
          "U07 新闻站转发的招生简章", ["培训资讯"])
p.body = f"""<p class="src">来源：常州翰林职业培训学校　2026-03-18</p>
<p>一、培训工种：人工智能训练师（数据标注员）五级、四级。<br>二、报考条件：按《人工智能训练师国家职业技能标准（2021年版）》执行。<br>三、费用：五级1200元，四级1500元，认定费另计。<br>四、补贴：符合条件的参保人员可申领技能提升补贴，详询12333。</p>
<p>报名电话：{p.id('u07_tel','0519-8660 3715')}　邮箱：{p.id('u07_mail','HanLinPX@126.com')}</p>"""

# ================================================================ U08 嘉兴数智未来 (fake query site)
p = offer("gusu", "thread-2310288.html", "嘉兴/苏州 人工智能训练师 国家级证书 入库可查（附查询网站）", "U08", "数智未来",
          "U08 论坛帖，引导到假冒查询网站", ["职场与教育"])
p.body = f"""<div class="post"><span class="floor">楼主 数智未来HR</span>
<p>人工智能训练师国家级证书，人社部颁发，全国联网可查，查询网址：{p.id('u08_dom','www.zgjnzscx.com')}（中国技能证书查询中心）</p>
<p>咨询手机：{p.id('u08_mob','198 5732 6615')}</p></div>
<div class="post"><span class="floor">2楼 Kevin</span><p>官方查询不是 zscx.osta.org.cn 吗？你这个网址什么来头</p></div>"""

p = offer("fenlei", "post-7751906.html", "禾城AI考证 人工智能训练师三级 人社部颁发 国家级", "U08", "禾城AI考证",
          "U08 分类信息帖，另一品牌", ["教育培训"])
p.body = f"""<table class="info"><tr><td>类别</td><td>职业技能</td></tr><tr><td>区域</td><td>嘉兴-南湖</td></tr><tr><td>商家</td><td>禾城AI考证</td></tr>
<tr><td>微信</td><td>{p.id('u08_wx','szwl_hr88')}</td></tr></table>
<p>人社部颁发国家级证书，工信部备案，官方认证。报名表：https://jinshuju.net/f/Hc92Xa</p>{CERT_IMG}
<p>证书查询：{p.id('u08_dom','zgjnzscx.com')}</p>"""

p = offer("wxzz", "a-20260402-szwl.html", "拿到人工智能训练师证书=拿到高薪入场券？数智未来学员分享", "U08", "数智未来人力资源",
          "U08 公众号文章转载", ["职场"])
p.body = f"""<p class="meta">数智未来人力资源 2026-04-02 转载</p>
<p>学员小陈，原来做电商客服，在数智未来报了人工智能训练师三级，两个月后拿证，入职某大厂外包标注岗，月薪提升40%！</p>
<p>喜报：本期学员通过率100%！</p>
<p>报名请加：{p.id('u08_wx','SZWL_HR88')}　电话 {p.id('u08_mob','19857326615')}</p>"""

# ================================================================ U09 绍兴越智
p = offer("dsp", "video-7362210576.html", "AI训练师三级证书怎么考？越智课堂带你一次过", "U09", "越智课堂",
          "U09 短视频", ["知识"])
p.body = f"""<div class="player">[视频] 01:12</div><div class="desc">
<p>@越智课堂：零基础三级证书，一次过！学完推荐绍兴杭州AI公司就业。</p>
<p>报名咨询 {p.id('u09_mob','137-5751-9062')}　Q {p.id('u09_qq','3120458817')}</p></div>"""

p = offer("shop", "item-67288105.html", "越智课堂 人工智能训练师三级 网课+考证 绍兴", "U09", "越智课堂教育",
          "U09 电商商品页", ["教育培训"])
p.body = f"""<div class="sku"><div class="pic">[商品主图]</div><div><p class="price">¥2980</p><p>月销 300+ ｜ 店铺：越智课堂教育</p></div></div>
<div class="detail"><p>三级（高级工）网课 + 实操 + 考证辅导。证书直接对应职称证书。</p>
<p>店铺主体：绍兴越智教育科技有限公司（统一社会信用代码 {p.id('u09_uscc',IDS['u09_uscc'][1])}）</p>
<p>课后服务电话：{p.id('u09_mob','13757519062')}。付款问题可咨询支付宝 95188。</p></div>"""

# ================================================================ independents
p = offer("shop", "item-67400931.html", "人工智能训练师四级 题库+视频课 电子版", "I02", "AI考证小铺",
          "独立卖家：卖题库网课的小店", ["教育培训"])
p.body = f"""<div class="sku"><div class="pic">[商品主图]</div><div><p class="price">¥39.9</p><p>月销 800+ ｜ 店铺：AI考证小铺</p></div></div>
<div class="detail"><p>人工智能训练师四级理论+实操题库，视频课程链接自动发货。仅为学习资料，不含报名服务。</p>
<p>客服QQ：{p.id('i02_qq','974406182')}　微信：{p.id('i02_wx','aikaozheng_xiaopu')}。付款问题可咨询支付宝 95188。</p></div>"""

p = offer("college", "shpx-2026-jx.html", "继续教育学院关于开展2026年人工智能训练师（五级）社会培训的通知", "I03", "钱塘职业技术学院继续教育学院",
          "独立卖家：高职院校自办社会培训", ["社会培训"])
p.body = f"""<p>发布部门：钱塘职业技术学院继续教育学院　2026-03-10</p>
<p>面向社会在职人员开设人工智能训练师五级培训（60课时），培训费 900 元，考核在杭州文三路认定考点进行（考点前台 0571-85023316）。</p>
<p>证书可在 zscx.osta.org.cn 查询。补贴政策请咨询 12333。</p>
<p>报名：继续教育学院培训部 {p.id('i03_tel','0571-88152607')}，邮箱 {p.id('i03_mail','jxjy@qtvc.edu.cn')}</p>"""

p = offer("fenlei", "post-7760033.html", "昆山 人工智能训练师五级 报名辅导（个人）", "I04", "张老师",
          "独立卖家：个人辅导报名", ["教育培训"])
p.body = f"""<table class="info"><tr><td>类别</td><td>职业技能</td></tr><tr><td>区域</td><td>苏州-昆山</td></tr><tr><td>联系人</td><td>张老师</td></tr>
<tr><td>电话</td><td>{p.id('i04_mob','186 5122 6093')}</td></tr></table>
<p>协助报名人工智能训练师五级认定，需本人有一年相关工作经历。辅导费500元，认定费按评价机构标准另交。</p>
<p>联系电话：138 0013 8000（请替换为您的号码）</p>"""

p = offer("dsp", "video-7363390015.html", "老刘带你考AI训练师四级｜实操题演示", "I05", "AI老刘",
          "独立卖家：短视频博主卖辅导课", ["知识"])
p.body = f"""<div class="player">[视频] 05:40</div><div class="desc">
<p>@AI老刘：今天演示四级实操“数据清洗与标注”题型，想报我辅导班的填表 jinshuju.net/f/Lx01aa 或加V {p.id('i05_wx','ai_laoliu666')}，电话 {p.id('i05_mob','173 6892 0154')}。</p></div>"""

p = offer("gusu", "thread-2318840.html", "苏州吴江 AI训练师五级 小班辅导 自己带班", "I06", "吴江数标工作室",
          "独立卖家：小工作室论坛帖", ["职场与教育"])
p.body = f"""<div class="post"><span class="floor">楼主 吴江数标工作室</span>
<p>吴江本地小班，每班8人，五级培训+实操指导，800元。电话 {p.id('i06_mob','133-3806-2719')}，学习群 {p.id('i06_qqg','815530276')}</p></div>
<div class="post"><span class="floor">2楼 小猪佩奇</span><p>想报名，我QQ 594023817</p></div>"""

# ================================================================ non-offers
p = nonoffer("gusu", "thread-2299871.html", "【投诉】报了人工智能训练师“包过班”交了4800，现在人联系不上", "网友投诉帖，引用骗子电话、订单号", ["职场与教育"])
p.body = """<div class="post"><span class="floor">楼主 被坑的小林</span>
<p>去年12月在网上看到广告，对方电话 171-0537-2290，说人社部颁发、包过，交了4800，订单号 DD202512180093341，现在电话打不通，微信也把我删了。</p>
<p>已经打了12315和110，大家引以为戒。</p></div>
<div class="post"><span class="floor">2楼 热心市民</span><p>去 zscx.osta.org.cn 查一下证书就知道真假了。</p></div>"""

p = nonoffer("wenda", "question-1050/answer-5400.html", "人工智能训练师证书有用吗？怎么辨别真假？", "问答指南回答，非广告；评论有网友留联系方式", ["人工智能训练师"])
p.body = """<div class="answer"><p class="author">职业规划师 Amy</p>
<p>1. 人工智能训练师是2020年发布的新职业，编码4-04-05-05，证书属于职业技能等级证书；<br>2. 证书由备案的评价机构颁发，证书上印有查询网址 jndj.osta.org.cn，可在 zscx.osta.org.cn 查询；<br>3. 宣称“人社部颁发”“国家职业资格证书”“包过”的都不对。</p></div>
<div class="comment">网友“小鹿”：谢谢！有一起备考的吗 lulu_study2026</div>"""

p = nonoffer("news", "bg-2026-0325.html", "警惕！“人工智能训练师”证书骗局又出新花样", "新闻曝光：引用骗子电话与官方热线", ["曝光台"])
p.body = """<p class="src">本网记者　2026-03-25</p>
<p>近日，多名市民反映在网上报名“人工智能训练师包过班”后被骗。据受害者提供的信息，涉事人员使用手机号 171 0537 2290 联系学员，谎称证书“人社部颁发”。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可通过 zscx.osta.org.cn 查询，如遇虚假宣传可拨打 12315 投诉，政策咨询拨打 12333。</p>"""

p = nonoffer("rsj", "tzgg-2026-031.html", "关于做好2026年度失业保险技能提升补贴申领工作的通知", "人社局官方通知（补贴、批次号）", ["通知公告"])
p.body = """<p>各有关单位：</p><p>根据有关规定，参加失业保险累计缴费满1年以上的职工，取得初级（五级）、中级（四级）、高级（三级）职业技能等级证书的，可分别申领最高1000元、1500元、2000元技能提升补贴。</p>
<p>本市2026年第二批次职业技能等级认定（批次号 15720260512）含人工智能训练师等职业。证书可登录 jndj.osta.org.cn 查询。</p><p>咨询电话：12333</p>
<p style="text-align:right">嘉禾市人力资源和社会保障局<br>2026年3月5日</p>"""

p = nonoffer("rsj", "tzgg-2026-044.html", "关于警惕“山寨证书”虚假宣传的风险提示", "人社局风险提示，引用骗子电话", ["通知公告"])
p.body = """<p>近期，有不法分子以“人社部颁发”“包过”“免考拿证”等为噱头，兜售“人工智能训练师”等证书。经群众举报，号码 17105372290 涉嫌虚假宣传，已移交有关部门。</p>
<p>请广大群众通过技能人才评价证书全国联网查询平台（zscx.osta.org.cn）核实证书，如有疑问请拨打 12333。</p>"""

p = nonoffer("shop", "item-65500127.html", "笔记本电脑支架 铝合金 可升降", "无关商品页", ["数码"])
p.body = """<div class="sku"><div class="pic">[商品主图]</div><div><p class="price">¥59</p><p>月销 1万+</p></div></div>
<div class="detail"><p>铝合金材质，六档调节，适配11-17寸笔记本。</p></div>"""

# ================================================================ write
def index_body(p):
    s = SITES[p.site]
    items = "".join('<li><a href="%s">%s</a></li>' % (q.fname, q.title) for q in s["pages"] if q is not p)
    return "<p>%s</p><ul class=\"list\">%s</ul>" % (p.intro, items)

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for k, p in INDEX.items():
        p.body = index_body(p)
    for p in PAGES:
        # pages in subfolders need relative links fixed
        depth = p.fname.count("/")
        html = render(p)
        if depth:
            pre = "../" * depth
            html = html.replace('href="../index.html"', 'href="%s../index.html"' % pre)
            for q in SITES[p.site]["pages"]:
                html = html.replace('href="%s"' % q.fname, 'href="%s%s"' % (pre, q.fname))
        fn = os.path.join(OUT, p.site, p.fname)
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(html)
    hub = "".join('<li><a href="%s/index.html">%s</a> — %s</li>' % (k, v["name"], v["style"]) for k, v in SITES.items())
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>站点导航</title></head>'
                '<body><h1>站点导航</h1><ul>%s</ul></body></html>\n' % hub)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    texts = {}
    for root, _, files in os.walk(OUT):
        for n in files:
            if n.endswith(".html"):
                fp = os.path.join(root, n)
                texts["/" + os.path.relpath(fp, OUT).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "总导航页（hub）"}]
    for p in PAGES:
        pages.append({"path": p.path, "is_offer": p.is_offer, "operator": p.operator, "provider": p.provider,
                      "identifiers": p.ids, "note": p.note})
    ops = {}
    for p in PAGES:
        if p.operator:
            o = ops.setdefault(p.operator, {"brands": [], "identifiers": []})
            if p.provider not in o["brands"]:
                o["brands"].append(p.provider)
            for k, v, _ in p.ids:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
