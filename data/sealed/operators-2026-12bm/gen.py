#!/usr/bin/env python3
"""Generate labeled test web 12bm (county / small-city flavour). Deterministic, stdlib only."""
import json, os, shutil, posixpath

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100 + GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(head2, area6, body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, W11714))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = head2 + area6 + body8 + oc
    s = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W32100))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return first17 + ALPHA[r]

# ---------------------------------------------------------------- written-form helpers
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
CN = dict(zip("0123456789", "零一二三四五六七八九"))
CNY = dict(CN, **{"1": "幺"})
DX = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))

def fw(s):
    return s.translate(FW)

def cn(s, yao=False):
    m = CNY if yao else CN
    return "".join(m.get(c, c) for c in s)

def dx(s):
    return "".join(DX.get(c, c) for c in s)

def g344(s, sep=" "):
    return s[:3] + sep + s[3:7] + sep + s[7:]

# ---------------------------------------------------------------- decoys
DECOYS = {}

def decoy(key, kind, value, note):
    DECOYS[key] = {"kind": kind, "value": value, "note": note, "written": [], "paths": []}

decoy("h12333", "phone", "12333", "人社部门公共服务热线")
decoy("h12315", "phone", "12315", "市场监管投诉举报热线")
decoy("h12345", "phone", "12345", "河北省12345政务服务便民热线")
decoy("zscx", "domain", "zscx.osta.org.cn", "official certificate query site, quoted by sellers and news")
decoy("osta", "domain", "osta.mohrss.gov.cn", "技能人才评价工作网, official")
decoy("jndj", "domain", "jndj.osta.org.cn", "query URL printed on certificates, official")
decoy("fl_tel", "phone", "400-018-6675", "classifieds platform customer service (frame)")
decoy("fl_mail", "email", "kefu@ningchuan58.com", "classifieds platform e-mail (frame)")
decoy("fl_dom", "domain", "ningchuan58.com", "classifieds platform own domain (frame)")
FL_USCC = uscc("91", "131128", "MA0CK7R3")
decoy("fl_uscc", "uscc", FL_USCC, "classifieds platform operator licence (frame)")
decoy("bbs_qg", "qq_group", "436120795", "county forum 站务 QQ group (frame)")
decoy("bbs_mail", "email", "bbsadmin@ncbbs.net", "county forum admin e-mail (frame)")
decoy("shop_tel", "phone", "400-6608-520", "marketplace customer service (frame)")
SHOP_USCC = uscc("91", "130100", "MA09R2KD")
decoy("shop_uscc", "uscc", SHOP_USCC, "marketplace operator licence (frame)")
decoy("shop_dom", "domain", "xiandianhui.com", "marketplace own domain (frame)")
decoy("vid_mail", "email", "jubao@kuaipai.tv", "short-video platform report e-mail (frame)")
decoy("note_tel", "phone", "400-822-6117", "notes app 违法不良信息举报电话 (frame)")
decoy("wd_mail", "email", "service@wenda0318.cn", "Q&A site service e-mail (frame)")
decoy("qun_wx", "wechat", "ncbmq01", "群公告 archive account's own editor WeChat (frame)")
decoy("news_tel", "phone", "0318-7011234", "county media centre 新闻热线 (frame)")
decoy("builder", "domain", "yunzhanbao.cn", "site-builder credit 云站宝 on school sites")
decoy("form", "domain", "tianbiaoxia.cn", "form-tool credit 填表侠 on sign-up notices")
decoy("ph_tel", "phone", "400-000-0000", "template placeholder left in school-site template")
decoy("ph_mail", "email", "admin@yourdomain.com", "template placeholder e-mail")
decoy("scam", "phone", "+8617099325148", "scammer number quoted in a warning and in a complaint")
decoy("order", "other", "13820240516", "order number that looks like a mobile")
decoy("batch", "other", "13120250601", "assessment batch number that looks like a mobile")
decoy("station", "phone", "0318-7021166", "county 职教中心 assessment station, quoted by several sellers")
decoy("commenter", "wechat", "wang_guoyuan666", "a commenter's own WeChat on several sellers' threads")

# ---------------------------------------------------------------- pages
PAGES = []

class Page:
    def __init__(self, path, title, section, is_offer=False, op=None, provider=None, note=""):
        self.path, self.title, self.section = path, title, section
        self.is_offer, self.op, self.provider, self.note = is_offer, op, provider, note
        self.ids, self.html = [], None
        PAGES.append(self)

    def I(self, kind, norm, written):
        self.ids.append([kind, norm, written])
        return written

    def ph(self, num, written):
        return self.I("phone", "+86" + num if len(num) == 11 and num[0] == "1" else num, written)

    def D(self, key, written):
        d = DECOYS[key]
        if written not in d["written"]:
            d["written"].append(written)
        if self.path not in d["paths"]:
            d["paths"].append(self.path)
        return written

    def rel(self, target):
        return posixpath.relpath(target, posixpath.dirname(self.path))


CSS = ("body{font-family:'Microsoft YaHei',SimSun,sans-serif;margin:0;color:#333;font-size:14px}"
       "a{color:#1a5fb4}.wrap{width:980px;margin:0 auto}.hd{background:#2d6a4f;color:#fff;padding:8px}"
       ".nav a{margin-right:12px;color:#fff}.crumb{font-size:12px;color:#888;margin:6px 0}"
       ".main{float:left;width:700px}.side{float:right;width:260px;font-size:13px}"
       ".ft{clear:both;border-top:1px solid #ddd;font-size:12px;color:#999;padding:10px 0}"
       ".post{border:1px solid #e5e5e5;margin:8px 0;padding:8px}.meta{color:#999;font-size:12px}")

def doc(p, title, hd, crumb, main, side, ft, extra_css=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title><style>{CSS}{extra_css}</style></head><body>\n"
            f"<div class=\"hd\"><div class=\"wrap\">{hd}</div></div>\n<div class=\"wrap\">\n"
            f"<div class=\"crumb\">{crumb}</div>\n<div class=\"main\">{main}</div>\n"
            f"<div class=\"side\">{side}</div>\n<div class=\"ft\">{ft}</div>\n</div></body></html>\n")

def related(p, paths):
    out = []
    for q in PAGES:
        if q.path in paths and q is not p:
            out.append(f"<li><a href=\"{p.rel(q.path)}\">{q.title}</a></li>")
    return "<ul>" + "".join(out) + "</ul>"

RELATED = {}  # filled after all pages exist; frames reference placeholder

# ---- frames -----------------------------------------------------------------
def f_bbs(p, board, main, side_extra=""):
    hd = (f"<b>宁川论坛</b> 宁川人自己的网上家园 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/bbs/index.html')}\">论坛</a><a href=\"{p.rel('/fenlei/index.html')}\">分类信息</a></span>")
    crumb = (f"<a href=\"{p.rel('/index.html')}\">首页</a> &gt; <a href=\"{p.rel('/bbs/index.html')}\">宁川论坛</a>"
             f" &gt; {board} &gt; {p.title}")
    side = ("<div class=\"post\"><b>版规</b><br>禁止发布虚假广告，商业信息请发到【便民分类】版块，违者删帖封号。</div>"
            f"<div class=\"post\">站务QQ群：{p.D('bbs_qg', '436120795')}<br>投诉删帖：{p.D('bbs_mail', 'bbsadmin@ncbbs.net')}</div>"
            + side_extra + "<div class=\"post\"><b>相关帖子</b>@@RELATED@@</div>")
    ft = ("宁川论坛 © 2012-2026 本站帖子仅代表网友个人观点 | 冀ICP备15004473号-1 | Powered by Discuz! X3.4<br>"
          f"站务QQ群 {p.D('bbs_qg', '436120795')} | 联系我们 {p.D('bbs_mail', 'bbsadmin@ncbbs.net')}")
    return doc(p, f"{p.title} - {board} - 宁川论坛", hd, crumb, main, side, ft)

def f_fenlei(p, cat, main):
    hd = (f"<b>宁川58便民网</b> 县城找工作·租房·二手·培训 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/fenlei/index.html')}\">全部分类</a><a href=\"{p.rel('/fenlei/help.html')}\">帮助中心</a></span>")
    crumb = (f"<a href=\"{p.rel('/fenlei/index.html')}\">宁川58便民网</a> &gt; {cat} &gt; {p.title}")
    side = ("<div class=\"post\"><b>安全提示</b><br>凡是先收“报名费、押金、资料费”的都要当心，见面交易，谨防上当。"
            f"<br>平台客服：{p.D('fl_tel', '400-018-6675')}</div>"
            "<div class=\"post\"><b>同城其他信息</b>@@RELATED@@</div>")
    ft = (f"{p.D('fl_dom', 'www.ningchuan58.com')} 宁川58便民网 客服热线 {p.D('fl_tel', '400-018-6675')} "
          f"客服邮箱 {p.D('fl_mail', 'kefu@ningchuan58.com')}<br>宁川县百事通信息服务有限公司 "
          f"营业执照：{p.D('fl_uscc', FL_USCC)} 冀ICP备19028761号")
    return doc(p, f"{p.title}_宁川58便民网", hd, crumb, main, side, ft)

def f_shop(p, shopname, main):
    hd = (f"<b>县店汇</b> 县域好货 线上下单 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/shop/index.html')}\">教育培训</a></span>")
    crumb = f"<a href=\"{p.rel('/shop/index.html')}\">县店汇</a> &gt; 教育培训 &gt; 职业技能 &gt; {shopname}"
    side = (f"<div class=\"post\"><b>{shopname}</b><br>店铺评分 4.8 | 已售 300+<br>"
            "<a href=\"#\">进店逛逛</a> <a href=\"#\">联系客服</a></div>"
            "<div class=\"post\"><b>看了又看</b>@@RELATED@@</div>")
    ft = (f"县店汇 {p.D('shop_dom', 'www.xiandianhui.com')} 平台客服热线 {p.D('shop_tel', '400-6608-520')}（9:00-21:00）<br>"
          f"石家庄县店汇电子商务有限公司 统一社会信用代码 {p.D('shop_uscc', SHOP_USCC)} 增值电信业务经营许可证 冀B2-20210187")
    return doc(p, f"{p.title}-县店汇", hd, crumb, main, side, ft)

def f_video(p, author, main, comments):
    hd = (f"<b>快拍</b> 记录每一个县城生活 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/video/index.html')}\">同城</a></span>")
    crumb = f"<a href=\"{p.rel('/video/index.html')}\">快拍·同城</a> &gt; @{author}"
    main = (f"<div class=\"post\"><div style=\"background:#000;color:#fff;height:200px;padding:10px\">▶ 视频 02:{len(p.title)%50+10:02d}</div>"
            f"<b>@{author}</b>{main}</div><div class=\"post\"><b>评论</b>{comments}</div>")
    side = "<div class=\"post\"><b>相关推荐</b>@@RELATED@@</div>"
    ft = f"快拍 举报邮箱 {p.D('vid_mail', 'jubao@kuaipai.tv')} 网络文化经营许可证 京网文〔2024〕1021-033号 | 用户协议 | 隐私政策"
    return doc(p, f"{p.title} - 快拍", hd, crumb, main, side, ft)

def f_note(p, author, main, comments):
    hd = (f"<b>小记</b> 标记你的生活 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/note/index.html')}\">发现</a></span>")
    crumb = f"<a href=\"{p.rel('/note/index.html')}\">发现</a> &gt; 笔记详情"
    main = f"<div class=\"post\"><b>{author}</b> <span class=\"meta\">关注</span><h2>{p.title}</h2>{main}</div><div class=\"post\"><b>共 {len(p.title)+3} 条评论</b>{comments}</div>"
    side = "<div class=\"post\"><b>相关笔记</b>@@RELATED@@</div>"
    ft = f"小记 违法和不良信息举报电话：{p.D('note_tel', '400-822-6117')} 沪ICP备13030189号 © 2026"
    return doc(p, f"{p.title} - 小记", hd, crumb, main, side, ft)

def f_wenda(p, question, main):
    hd = (f"<b>0318问答</b> 有问题，问老乡 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/wenda/index.html')}\">问答</a></span>")
    crumb = f"<a href=\"{p.rel('/wenda/index.html')}\">0318问答</a> &gt; 教育/培训 &gt; 职业资格"
    main = f"<h2>{question}</h2>{main}"
    side = "<div class=\"post\"><b>相似问题</b>@@RELATED@@</div>"
    ft = f"0318问答 意见反馈：{p.D('wd_mail', 'service@wenda0318.cn')} 回答内容来自网友，不代表本站立场"
    return doc(p, f"{p.title}_0318问答", hd, crumb, main, side, ft)

def f_qun(p, group, main):
    hd = (f"<b>宁川便民圈</b> 群公告·转发汇总 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/qun/index.html')}\">往期公告</a></span>")
    crumb = f"<a href=\"{p.rel('/qun/index.html')}\">宁川便民圈</a> &gt; 群公告转发 &gt; {group}"
    main = (f"<div class=\"post\"><span class=\"meta\">以下为【{group}】群公告原文，便民圈小编整理转发，内容由发布人负责</span>"
            f"<div style=\"background:#f4f9f4;padding:8px;margin-top:6px\">{main}</div></div>")
    side = (f"<div class=\"post\">想转发你们村/群的通知？加小编微信 {p.D('qun_wx', 'ncbmq01')}（备注：转发）</div>"
            "<div class=\"post\"><b>往期公告</b>@@RELATED@@</div>")
    ft = f"宁川便民圈 公众号 | 小编微信 {p.D('qun_wx', 'ncbmq01')} | 转发内容不代表本号观点"
    return doc(p, f"{p.title}｜宁川便民圈", hd, crumb, main, side, ft)

def f_news(p, col, main):
    hd = (f"<b>宁川融媒</b> 宁川县融媒体中心主办 <span class=\"nav\"><a href=\"{p.rel('/index.html')}\">首页</a>"
          f"<a href=\"{p.rel('/news/index.html')}\">本地新闻</a></span>")
    crumb = f"<a href=\"{p.rel('/news/index.html')}\">宁川融媒</a> &gt; {col} &gt; 正文"
    side = "<div class=\"post\"><b>相关阅读</b>@@RELATED@@</div>"
    ft = f"宁川县融媒体中心 版权所有 新闻热线：{p.D('news_tel', '0318-7011234')} 冀ICP备17011203号"
    return doc(p, f"{p.title}_宁川融媒", hd, crumb, main, side, ft)

def f_school(p, school, nav, main, contact, placeholders=False):
    hd = (f"<b>{school}</b> <span class=\"nav\"><a href=\"index.html\">网站首页</a>"
          + "".join(f"<a href=\"#{a}\">{a}</a>" for a in nav)
          + f"<a href=\"{p.rel('/xuexiao/index.html')}\">培训机构名录</a></span>")
    crumb = f"当前位置：<a href=\"index.html\">首页</a> &gt; {p.title}"
    side = f"<div class=\"post\"><b>联系我们</b><br>{contact}</div><div class=\"post\"><b>友情链接</b>@@RELATED@@</div>"
    if placeholders:
        side += (f"<div class=\"post\"><b>在线留言</b><br>客服电话：{p.D('ph_tel', '400-000-0000')}<br>"
                 f"邮箱：{p.D('ph_mail', 'admin@yourdomain.com')}<br>公司地址：这里填写您的地址</div>")
    ft = (f"版权所有 © {school} 技术支持：云站宝建站 <a href=\"https://www.yunzhanbao.cn/\">{p.D('builder', 'www.yunzhanbao.cn')}</a>")
    return doc(p, p.title, hd, crumb, main, side, ft)

def post(user, time, text, floor=None):
    fl = f" <span class=\"meta\">{floor}</span>" if floor else ""
    return f"<div class=\"post\"><div class=\"meta\"><b>{user}</b> 发表于 {time}{fl}</div><div>{text}</div></div>"

def cmt(user, text, when="3天前"):
    return f"<p><b>{user}</b>：{text} <span class=\"meta\">{when}</span></p>"

# ============================================================ operator data
U01_M, U01_L, U01_WX, U01_DOM = "13931872260", "0318-7256633", "zhilian_px", "nczhilian.cn"
U01_USCC = uscc("52", "131128", "MA0FK3T2")
U02_M, U02_WX, U02_QQ, U02_MAIL = "15632118047", "dcjy2021", "2847719360", "dingcheng_edu@163.com"
U02_USCC = uscc("91", "130102", "MA0D7L8E")
U03_M, U03_WX, U03_QG = "18831897265", "xzls_0318", "735021488"
U04_L, U04_M, U04_MAIL, U04_QQ = "0318-7890215", "13703185562", "mzcx_school@126.com", "1543098827"
U04_USCC = uscc("52", "131128", "MA0E1N6P")
U05_M, U05_WX, U05_QG, U05_DOM = "17731849902", "sutong_zs", "82364417", "sutongzs.com"
U06_M, U06_WX, U06_MAIL = "19931806324", "hxrl0318", "hxrlzy@163.com"
U06_USCC = uscc("91", "131128", "MA0GB5W9")
U07_M, U07_QQ, U07_DOM = "15373896620", "904417253", "qihangpx.com.cn"
U08_M, U08_WX = "16631857403", "gp_jianding"
U08_USCC = uscc("91", "130100", "MA0H3QX4")
U09_M, U09_WX, U09_MAIL = "13231865509", "xiangcun_ezhan", "ncezhan@126.com"
I01_L, I01_M = "0318-7335091", "15931877026"
I01_USCC = uscc("52", "131128", "MA0AR8C1")

# ============================================================ U01 智联
p = Page("/xuexiao/zhilian/index.html", "宁川县智联职业培训学校-首页", "xuexiao", True, "U01",
         "宁川县智联职业培训学校", "township training school site home with AI-trainer 招生简章")
main = f"""<h2>2026年人工智能训练师（数据标注员）招生简章</h2>
<p>我校是经宁川县人力资源和社会保障局批准成立的民办职业培训学校，办学许可证号：人社民131128000021号。
现面向全县城乡劳动者开展人工智能训练师（职业编码4-04-05-05）五级、四级培训。</p>
<p><b>培训对象：</b>初中及以上文化，从事数据标注、客服、电商等相关工作满1年的人员；在校学生、待业青年可先学后考。</p>
<p><b>培训内容：</b>数据采集和处理、数据标注（图像拉框、语音转写、文本分类）、智能系统运维基础。五级60课时，四级50课时，晚上和周末上课，不耽误上班。</p>
<p><b>考核：</b>理论加实操，统一到宁川县职业技术教育中心考点参加认定（考点电话 {p.D('station', '0318-7021166')}），
合格后由备案评价机构颁发职业技能等级证书，可在 {p.D('zscx', 'zscx.osta.org.cn')} 查询。</p>
<p><b>补贴：</b>符合条件的参保职工可申领技能提升补贴，具体政策请拨打 {p.D('h12333', '12333')} 或到县人社局咨询。</p>
<p>学校地址：宁川县城关镇建设北街88号（老供销社二楼）</p>"""
contact = (f"招生办：{p.ph(U01_L, U01_L)}<br>手机：{p.ph(U01_M, g344(U01_M))}（同微信）<br>"
           f"网址：{p.I('domain', U01_DOM, 'www.nczhilian.cn')}<br>"
           f"统一社会信用代码：{p.I('uscc', U01_USCC, U01_USCC)}")
p.html = lambda p=p, main=main, contact=contact: f_school(p, "宁川县智联职业培训学校", ["学校简介", "培训项目", "招生简章", "联系我们"], main, contact)

p = Page("/fenlei/p1001.html", "人工智能训练师培训 县城晚班 零基础可学", "fenlei", True, "U01", "智联AI培训",
         "classifieds post for evening AI-trainer class")
main = f"""<h2>{p.title}</h2><p class="meta">类别：教育培训 › 职业技能 | 区域：宁川-城关 | 发布：2026-03-02 | 浏览 415 次</p>
<div class="post">智联AI培训晚班招生啦！人工智能训练师五级/四级，3月中旬开班。<br>
上课地点：建设北街老供销社二楼，晚7点到9点。<br>
学的是数据标注，学完能在家接单，也能去石家庄、衡水的数据基地上班。<br>
报名电话：{p.ph(U01_M, g344(U01_M, '-'))} 微信：{p.I('wechat', U01_WX, 'ZhiLian_px')}<br>
带身份证复印件、一寸照片两张。</div>
<p>联系人：王老师 | 联系我时请说是在宁川58便民网看到的</p>"""
p.html = lambda p=p, main=main: f_fenlei(p, "教育培训", main)

p = Page("/qun/n01.html", "北关乡成人学校：人工智能训练师报名通知", "qun", True, "U01", "北关乡成人学校（智联合作点）",
         "village WeChat group notice reposted, sign-up for AI trainer via partner school")
main = f"""<p>【北关乡成人学校·报名通知】</p>
<p>各村乡亲们：咱乡和县里智联职校合作，开人工智能训练师（数据标注员）培训班，名额有限。</p>
<p>1. 年龄18-55周岁，会用手机电脑打字就行；<br>2. 县职教中心考点本期报名批次号 {p.D('batch', '13120250601')}，报名时填这个；<br>
3. 报名先在线填表：{p.D('form', 'tianbiaoxia.cn')}/f/bg0318 （填表侠）；<br>
4. 有不明白的打电话问王老师：{p.ph(U01_M, cn(U01_M, yao=True))}（群里发数字老被折叠，大家照着拨）</p>
<p>村两委 2026年3月5日</p>"""
p.html = lambda p=p, main=main: f_qun(p, "北关乡东街村民群", main)

p = Page("/news/ad-zhilian.html", "数字技能进乡村 智联职校开设人工智能训练师培训班", "news", True, "U01", "智联职校",
         "local-news advertorial (推广) for the school")
main = f"""<h2>{p.title}</h2><p class="meta">2026-03-08 来源：宁川融媒 【推广】</p>
<p>近日，位于城关镇建设北街的智联职校新一期人工智能训练师培训班开班，三十余名学员中既有返乡青年，也有带孩子的宝妈。</p>
<p>“原来以为人工智能离咱县城很远，其实拉框、标注这些活在家就能干。”学员小李说。</p>
<p>据学校负责人介绍，课程分五级、四级两个层次，结业后统一参加职业技能等级认定。想报名的群众可登录学校网站
{p.I('domain', U01_DOM, 'nczhilian点cn')}，或添加招生老师微信 {p.I('wechat', U01_WX, 'zhilian_PX')}，
也可拨打 {p.ph(U01_L, fw(U01_L))} 咨询。</p><p>（本文为合作推广内容）</p>"""
p.html = lambda p=p, main=main: f_news(p, "推广", main)

# ============================================================ U02 鼎程
p = Page("/shop/item-2001.html", "人工智能训练师三级/四级 报考培训 网课+题库+考试安排", "shop", True, "U02", "鼎程教育旗舰店",
         "marketplace item selling AI-trainer training with exam arrangement")
main = f"""<h2>{p.title}</h2><p style="color:#e4393c;font-size:20px">¥ 1680.00 <s style="color:#999;font-size:12px">¥3980</s></p>
<p>规格：四级（中级工） / 三级（高级工，需四级证+工作年限）</p>
<div class="post"><b>商品详情</b><br>✔ 全程网课 随时学 ✔ 历年题库 ✔ 老师一对一审核报考资格 ✔ 统一安排认定考试<br>
证书由备案的评价机构颁发，可在 {p.D('zscx', 'zscx.osta.org.cn')} 查询（以评价机构为准）。<br>
拍下后请联系客服QQ {p.I('qq', U02_QQ, U02_QQ)} 提交资料。<br>
开票/对公转账收款方：{p.I('other', '石家庄鼎程企业管理咨询有限公司', '石家庄鼎程企业管理咨询有限公司')}</div>
<div class="post"><b>经营者资质</b><br>企业名称：石家庄鼎程企业管理咨询有限公司<br>统一社会信用代码：{p.I('uscc', U02_USCC, U02_USCC)}</div>
<div class="post"><b>买家评价(126)</b>{cmt('t***9', '客服回复挺快，资料审核了两天')}{cmt('宁川小**', '还没考，先给个好评')}</div>"""
p.html = lambda p=p, main=main: f_shop(p, "鼎程教育旗舰店", main)

p = Page("/video/v2002.html", "县城宝妈在家做AI训练师，证怎么考？", "video", True, "U02", "鼎程老师讲AI",
         "short video caption selling course via WeChat/QQ")
main = f"""<p>{p.title} #人工智能训练师 #宝妈副业 #数据标注</p>
<p>考证流程、报名条件、补贴怎么领，视频里一次说清。想要报名资料的家人，主页简介有联系方式，
或者直接加v：{p.I('wechat', U02_WX, 'dcjy 2021')}（中间没空格）扣扣 {p.I('qq', U02_QQ, '2847 719 360')}</p>"""
comments = cmt("小院里的花", "四级要干满几年？") + cmt("鼎程老师讲AI（作者）", "四级要五级证加四年，或者干满六年，私信我帮你看看") + cmt("县城打工人", "交了钱包过不")
p.html = lambda p=p, main=main, c=comments: f_video(p, "鼎程老师讲AI", main, c)

p = Page("/wenda/q2003.html", "人工智能训练师在衡水哪里能报名？", "wenda", True, "U02", "石家庄鼎程职业技能培训",
         "Q&A answer by a seller")
main = f"""<div class="post"><span class="meta">提问者：衡水小透明 | 2026-01-14</span><br>在阜城、景县这边的，想考人工智能训练师，县里没看到有开班的，哪里能报？</div>
<div class="post"><span class="meta">回答者：鼎程职培_程老师 | 认证：教育机构 | 2026-01-15</span><br>
您好，县里开班少，可以选线上学习，线下考试。我们石家庄鼎程职业技能培训做这个好几年了，五级四级三级都有，
考试在石家庄的认定考点统一组织。报名条件要看您的工作年限，别信那种零基础直接拿三级的。<br>
资料发邮箱 {p.I('email', U02_MAIL, 'dingcheng_edu#163.com')}（#换成@），或电话 {p.ph(U02_M, g344(U02_M))}。</div>
<div class="post"><span class="meta">回答者：路过的 | 2026-01-20</span><br>可以先去县人社局问问有没有补贴班。</div>"""
p.html = lambda p=p, main=main: f_wenda(p, "人工智能训练师在衡水哪里能报名？", main)

p = Page("/note/n2004.html", "考了人工智能训练师四级，说点真话", "note", True, "U02", "程老师说证书",
         "notes-app post that sells at the end")
main = f"""<p>很多姐妹问我这个证有没有用，说几句大实话：</p><p>1️⃣ 这是职业技能等级证书，不是什么“国家职业资格证”，别被忽悠</p>
<p>2️⃣ 五级要干满一年相关工作，别信“不限经验直接考”</p><p>3️⃣ 有证做数据标注的活单价高一点，找工作多个敲门砖</p>
<p>我们这边4月有一期四级班，想了解的私我或者 vx：{p.I('wechat', U02_WX, 'DCJY2021')}，电话 {p.ph(U02_M, ' '.join(U02_M))}</p>
<p>#人工智能训练师 #考证 #县城生活</p>"""
comments = cmt("芒果布丁", "河北的能报吗") + cmt("程老师说证书", "可以的，线上学") + cmt("阿涛", "蹲一个后续")
p.html = lambda p=p, main=main, c=comments: f_note(p, "程老师说证书", main, c)

# ============================================================ U03 小周老师
p = Page("/bbs/thread-3001.html", "【转】人工智能训练师报名，宁川本地可考", "bbs", True, "U03", "宁川AI证书报名处",
         "forum thread that sells, with replies")
main = f"""<h2>{p.title}</h2>
{post('小周老师0318', '2026-2-20 09:13', f'宁川AI证书报名处，人工智能训练师五级、四级常年报名，本地上课本地考。<br>适合想换工作的、宝妈、退伍军人。<br>咨询电话 {p.ph(U03_M, g344(U03_M, "-"))}，交流群 {p.I("qq_group", U03_QG, U03_QG)}', '楼主')}
{post('滹沱河边', '2026-2-20 10:02', '多少钱？', '沙发')}
{post('小周老师0318', '2026-2-20 10:30', '五级980，四级1280，含教材和认定费', '板凳')}
{post('老王水果店', '2026-2-21 18:44', f'有没有一起报的，组个团便宜点，加我微信 {p.D("commenter", "wang_guoyuan666")}', '4#')}
{post('版主-大河', '2026-2-22 08:00', '商业信息请发便民分类版块，本帖沉底处理。', '5#')}"""
p.html = lambda p=p, main=main: f_bbs(p, "宁川杂谈", main)

p = Page("/fenlei/p3002.html", "职业技能证书咨询 人工智能训练师 电工 育婴员", "fenlei", True, "U03", "周记职业咨询",
         "classifieds post by a certificate agent")
main = f"""<h2>{p.title}</h2><p class="meta">类别：教育培训 › 考证 | 区域：宁川-北关 | 发布：2026-02-25</p>
<div class="post">周记职业咨询，专业代办各类职业技能等级证报名。<br>人工智能训练师（4-04-05-05）今年很火，报名人多，早报早安排。<br>
手续简单，资料齐全一周内报上名。<br>手机：{p.ph(U03_M, U03_M)} 微信：{p.I('wechat', U03_WX, 'xzls_0318')}</div>
<p>联系人：周先生</p>"""
p.html = lambda p=p, main=main: f_fenlei(p, "教育培训", main)

p = Page("/video/v3003.html", "人工智能训练师四级实操题演示（数据标注拉框）", "video", True, "U03", "小周老师",
         "short video, seller demo with contact in caption")
main = f"""<p>{p.title} #人工智能训练师 #宁川</p><p>完整课程和题库进群领，企鹅群 {p.I('qq_group', U03_QG, '7350 21488')}，
报名加 {p.I('wechat', U03_WX, 'Xzls_0318')}</p>"""
comments = cmt("老王水果店", f"还有一起报名的吗，{p.D('commenter', 'wang_guoyuan666')} 拉个群") + cmt("田野", "这个拉框我在家也干过，一单几分钱") + cmt("小周老师（作者）", "私信")
p.html = lambda p=p, main=main, c=comments: f_video(p, "小周老师", main, c)

p = Page("/wenda/q3004.html", "宁川县人工智能训练师证在哪考？要多久？", "wenda", True, "U03", "未来星培训",
         "Q&A answer that sells")
main = f"""<div class="post"><span class="meta">提问者：匿名用户 | 2026-02-11</span><br>听说这个证有补贴，宁川能考吗，一般多久拿证？</div>
<div class="post"><span class="meta">回答者：未来星培训 | 2026-02-12</span><br>
能考，宁川每年有两到三批。学一个月左右，考完一两个月出证。<br>我们未来星培训在北关有教学点，报名可以进群 {p.I('qq_group', U03_QG, '七三五零二一四八八')}，
或者打 {p.ph(U03_M, '+86 188 3189 7265')}。</div>
<div class="post"><span class="meta">回答者：人社小兵 | 2026-02-13</span><br>补贴要看是否参保满一年，先问清楚再交钱。</div>"""
p.html = lambda p=p, main=main: f_wenda(p, "宁川县人工智能训练师证在哪考？要多久？", main)

# ============================================================ U04 马庄镇
p = Page("/xuexiao/mazhuang/index.html", "马庄镇成人文化技术学校", "xuexiao", True, "U04", "马庄镇成人文化技术学校",
         "township adult school site with AI trainer class (template placeholders left in)")
main = f"""<h2>乡村振兴数字技能培训——人工智能训练师（五级）开班通知</h2>
<p>为落实县里“数字技能进乡村”工作安排，我校2026年春季开设人工智能训练师（五级）培训班一期，计划招收40人。</p>
<p>培训时间：4月8日至5月10日，每周二、四、六晚上；地点：马庄镇文化站二楼电教室。</p>
<p>认定考试在县职业技术教育中心考点进行，考点咨询电话：{p.D('station', '0318－7021166')}。</p>
<p>费用：培训费按物价部门核定标准收取，符合条件人员可申请补贴。</p>
<h3>学校简介</h3><p>马庄镇成人文化技术学校始建于1986年，多年来开展农业实用技术、家政、电工等培训。</p>"""
contact = (f"电话：{p.ph(U04_L, U04_L)}<br>邮箱：{p.I('email', U04_MAIL, U04_MAIL)}<br>"
           f"统一社会信用代码：{p.I('uscc', U04_USCC, U04_USCC)}<br>地址：宁川县马庄镇政府东100米")
p.html = lambda p=p, main=main, contact=contact: f_school(p, "马庄镇成人文化技术学校", ["学校概况", "培训动态", "招生信息"], main, contact, placeholders=True)

p = Page("/qun/n02.html", "马庄镇农民夜校：人工智能训练师班报名", "qun", True, "U04", "马庄镇农民夜校",
         "village group notice for the township night school")
main = f"""<p>@所有人 马庄镇农民夜校通知</p><p>镇成校这回开的是人工智能训练师（五级），教怎么给电脑“打标签”，学会了能在家接活。</p>
<p>要求：有一年以上相关工作（网店客服、快递分拣录单这些都能算，报名时老师帮着看），带身份证。</p>
<p>县考点本期批次号：{p.D('batch', '131 2025 0601')}</p>
<p>报名找镇成校刘老师 {p.ph(U04_M, g344(U04_M))}，或打学校座机 {p.ph(U04_L, '7890215')}（镇上座机不用加区号）</p>"""
p.html = lambda p=p, main=main: f_qun(p, "马庄镇前街村民群", main)

p = Page("/bbs/thread-4003.html", "咱镇上开了人工智能训练师班，有报的没", "bbs", True, "U04", "乡村振兴数字技能培训班",
         "forum thread by school staff posting as user")
main = f"""<h2>{p.title}</h2>
{post('马庄老刘', '2026-3-28 20:11', f'乡村振兴数字技能培训班，人工智能训练师五级，镇成校办的，晚上上课。<br>电话 {p.ph(U04_M, U04_M)} QQ {p.I("qq", U04_QQ, U04_QQ)}', '楼主')}
{post('南关小二', '2026-3-28 21:40', '镇上办的靠谱点，比网上那些强', '沙发')}
{post('马庄老刘', '2026-3-29 07:15', '考点是县职教中心，正规认定', '板凳')}"""
p.html = lambda p=p, main=main: f_bbs(p, "乡镇动态", main)

p = Page("/fenlei/p4004.html", "马庄成校 春季招生 人工智能训练师/电工/家政", "fenlei", True, "U04", "马庄成校",
         "classifieds post")
main = f"""<h2>{p.title}</h2><p class="meta">类别：教育培训 › 职业技能 | 区域：宁川-马庄 | 发布：2026-03-30</p>
<div class="post">马庄成校春季招生：<br>1. 人工智能训练师五级（新开）<br>2. 电工<br>3. 家政服务员<br>
QQ：{p.I('qq', U04_QQ, '154 309 8827')}<br>邮箱：{p.I('email', U04_MAIL, 'mzcx_school at 126 dot com')}</div>"""
p.html = lambda p=p, main=main: f_fenlei(p, "教育培训", main)

# ============================================================ U05 速通
p = Page("/fenlei/p5001.html", "人工智能训练师三级 不限学历 包过 40天下证", "fenlei", True, "U05", "速通职业技能",
         "aggressive classifieds offer (包过, level 3 to beginners)")
main = f"""<h2>{p.title}</h2><p class="meta">类别：教育培训 › 考证 | 区域：宁川-城关 | 发布：2026-01-06</p>
<div class="post">速通职业技能，人工智能训练师三级（高级工）！<br>零基础 不限学历 不限经验 交费包过，不过全退！<br>
人社部颁发，全国通用，可评职称、可落户加分！<br>五级四级三级一起报更优惠。<br>
电话 {p.ph(U05_M, g344(U05_M))}，Q群 {p.I('qq_group', U05_QG, U05_QG)}</div>"""
p.html = lambda p=p, main=main: f_fenlei(p, "教育培训", main)

p = Page("/shop/item-5002.html", "人工智能训练师证书 三级 快速拿证 官网可查", "shop", True, "U05", "速通证书服务",
         "marketplace item; per-certificate price; fake-looking query claim")
main = f"""<h2>{p.title}</h2><p style="color:#e4393c;font-size:20px">¥ 3680.00</p>
<div class="post"><b>商品详情</b><br>不用上课，资料审核通过直接安排考试，考前给题。<br>
官网可查，查询入口见 {p.I('domain', U05_DOM, 'www.sutongzs.com')}/cx<br>
下单后加微信 {p.I('wechat', U05_WX, 'SuTong_zs')} 发资料。</div>
<div class="post"><b>买家评价(8)</b>{cmt('匿***', '证还没下来，客服说等')}</div>"""
p.html = lambda p=p, main=main: f_shop(p, "速通证书服务", main)

p = Page("/bbs/thread-5003.html", "枣林的朋友，人工智能训练师可以在这报", "bbs", True, "U05", "枣林速通教育",
         "forum post with filter-dodging phone")
main = f"""<h2>{p.title}</h2>
{post('速通小李', '2026-1-10 14:02', f'枣林速通教育，人工智能训练师三级四级都能办，不用去现场。<br>电话：{p.ph(U05_M, "1７7３1８4９9０2")}<br>v：{p.I("wechat", U05_WX, "sutong_ZS")}', '楼主')}
{post('老王水果店', '2026-1-10 16:30', f'宁川的能一起报吗？想一起的加我 {p.D("commenter", "wang_guoyuan666")}', '沙发')}
{post('二郎', '2026-1-11 09:20', '不去现场就能考？你这个靠谱吗', '板凳')}"""
p.html = lambda p=p, main=main: f_bbs(p, "枣林版", main)

# ============================================================ U06 华鑫
p = Page("/note/n6001.html", "县城找活｜数据标注员，先考证再上岗", "note", True, "U06", "华鑫人力资源",
         "note that pairs job lure with paid certificate training")
main = f"""<p>衡水这边的数据标注基地在招人，但是要求有人工智能训练师证。</p><p>华鑫人力资源统一组织培训考证，考完推荐上岗，月薪三四千，能在家干。</p>
<p>培训费1980，含考试费。</p><p>咨询vx {p.I('wechat', U06_WX, U06_WX)}，简历投 {p.I('email', U06_MAIL, U06_MAIL)}</p>"""
comments = cmt("不想上班的猫", "先交钱再上岗？") + cmt("华鑫人力资源", "培训是自愿的哈")
p.html = lambda p=p, main=main, c=comments: f_note(p, "华鑫人力资源", main, c)

p = Page("/qun/n03.html", "华鑫就业服务站：数据标注岗位+人工智能训练师培训", "qun", True, "U06", "华鑫就业服务站",
         "group notice of a labour agency selling training")
main = f"""<p>【华鑫就业服务站】本周招聘+培训信息</p><p>数据标注员30名，需持人工智能训练师证，无证的可参加我站组织的培训（五级/四级）。</p>
<p>联系：{p.ph(U06_M, g344(U06_M))}（微信 {p.I('wechat', U06_WX, 'HXRL0318')}）</p>
<p>宁川县华鑫人力资源服务有限公司 {p.I('uscc', U06_USCC, U06_USCC)}</p>"""
p.html = lambda p=p, main=main: f_qun(p, "宁川找工作1群", main)

p = Page("/video/v6003.html", "数据标注基地实拍，想来的先考个证", "video", True, "U06", "鑫程数据标注基地",
         "short video with phone in 大写 numerals")
main = f"""<p>{p.title} #数据标注 #人工智能训练师 #县城就业</p><p>报名电话（评论区不让发数字）：{p.ph(U06_M, dx(U06_M))}</p>"""
comments = cmt("大鹏", "基地在哪") + cmt("鑫程数据标注基地（作者）", "衡水开发区，来之前先培训拿证")
p.html = lambda p=p, main=main, c=comments: f_video(p, "鑫程数据标注基地", main, c)

# ============================================================ U07 启航
p = Page("/wenda/q7001.html", "人工智能训练师五级和四级有啥区别，报哪个？", "wenda", True, "U07", "启航培训学校",
         "Q&A answer by school")
main = f"""<div class="post"><span class="meta">提问者：小麦 | 2026-02-02</span><br>没什么工作经验，能报四级吗？</div>
<div class="post"><span class="meta">回答者：启航培训学校 | 2026-02-03</span><br>四级一般要五级证加四年，或者工作满六年，刚开始建议报五级。
我们启航培训学校县城店开有五级班，学校网站 {p.I('domain', U07_DOM, 'www.qihangpx.com.cn')}，咨询QQ {p.I('qq', U07_QQ, U07_QQ)}。</div>"""
p.html = lambda p=p, main=main: f_wenda(p, "人工智能训练师五级和四级有啥区别，报哪个？", main)

p = Page("/note/n7002.html", "在县城也能学AI！启航在线开课啦", "note", True, "U07", "启航在线",
         "note selling online class")
main = f"""<p>启航在线人工智能训练师网课上线✨</p><p>晚上八点直播，回放随时看；五级60课时，配实操练习。</p>
<p>详情看官网 {p.I('domain', U07_DOM, 'qihangpx点com点cn')}，电话 {p.ph(U07_M, g344(U07_M))}</p>"""
comments = cmt("一颗柠檬", "网课能考吗") + cmt("启航在线", "考试要线下去考点")
p.html = lambda p=p, main=main, c=comments: f_note(p, "启航在线", main, c)

p = Page("/shop/item-7003.html", "人工智能训练师五级 网课+线下认定 宁川可考", "shop", True, "U07", "启航教育",
         "marketplace item")
main = f"""<h2>{p.title}</h2><p style="color:#e4393c;font-size:20px">¥ 980.00</p>
<div class="post"><b>商品详情</b><br>含60课时网课、实操练习、认定考试报名指导。<br>客服电话 {p.ph(U07_M, U07_M)}，
QQ {p.I('qq', U07_QQ, 'Q 904 417 253')}<br>收款方：{p.I('other', '宁川县启航教育咨询服务部', '宁川县启航教育咨询服务部')}</div>"""
p.html = lambda p=p, main=main: f_shop(p, "启航教育", main)

# ============================================================ U08 国培
p = Page("/video/v8001.html", "人社新职业！人工智能训练师一级二级零基础可报", "video", True, "U08", "国培职业技能鉴定服务中心",
         "short video, state-sounding name, level 1/2 to beginners, dodged phone")
main = f"""<p>{p.title} 国家认可 官方认证 #人工智能训练师</p><p>技师、高级技师名额有限，人社部颁发，可评职称。
咨询 {p.ph(U08_M, '166三185七403')} 微 {p.I('wechat', U08_WX, U08_WX)}</p>"""
comments = cmt("路人甲", "零基础就能考一级？？") + cmt("国培职业技能鉴定服务中心（作者）", "特殊通道，私聊")
p.html = lambda p=p, main=main, c=comments: f_video(p, "国培职业技能鉴定服务中心", main, c)

p = Page("/qun/n04.html", "张老师：人社培训咨询，人工智能训练师报名", "qun", True, "U08", "张老师（人社培训咨询）",
         "group notice posted by a certificate agent")
main = f"""<p>各位群友好，我是张老师（人社培训咨询），人工智能训练师一级到五级都能报，三证一起报更划算。</p>
<p>报名电话：{p.ph(U08_M, g344(U08_M, '-'))}</p><p>单位：国培(河北)职业技能评价中心有限公司 {p.I('uscc', U08_USCC, U08_USCC)}</p>"""
p.html = lambda p=p, main=main: f_qun(p, "城关镇宝妈交流群", main)

p = Page("/bbs/thread-8003.html", "人工智能训练师报名，国家认可", "bbs", True, "U08", "国培(河北)职业技能评价中心",
         "forum ad post with USCC and mixed-case wechat")
main = f"""<h2>{p.title}</h2>
{post('国培评价', '2026-2-14 11:00', f'国培(河北)职业技能评价中心 统一社会信用代码 {p.I("uscc", U08_USCC, U08_USCC)}<br>人工智能训练师报名，微信 {p.I("wechat", U08_WX, "GP_JianDing")}', '楼主')}
{post('宁川老赵', '2026-2-14 12:30', '带国培两个字就是国家的？', '沙发')}"""
p.html = lambda p=p, main=main: f_bbs(p, "便民分类", main)

# ============================================================ U09 乡村e站
p = Page("/shop/item-9001.html", "人工智能训练师五级培训报名（宁川乡村e站代报）", "shop", True, "U09", "宁川乡村e站",
         "county e-commerce station selling sign-up")
main = f"""<h2>{p.title}</h2><p style="color:#e4393c;font-size:20px">¥ 100.00（报名服务费）</p>
<div class="post"><b>商品详情</b><br>代填报名表、代交资料，培训费另付。<br>联系电话 {p.ph(U09_M, U09_M)} 邮箱 {p.I('email', U09_MAIL, U09_MAIL)}</div>"""
p.html = lambda p=p, main=main: f_shop(p, "宁川乡村e站", main)

p = Page("/fenlei/p9002.html", "北关村e站服务点 代报人工智能训练师、代缴社保", "fenlei", True, "U09", "北关村e站服务点",
         "classifieds post with tel: link")
main = f"""<h2>{p.title}</h2><p class="meta">类别：生活服务 › 代办 | 区域：宁川-北关 | 发布：2026-03-11</p>
<div class="post">北关村e站服务点：代缴话费电费、代收快递、代报人工智能训练师培训。<br>
电话 <a href="{p.ph(U09_M, 'tel:+86' + U09_M)}">{p.ph(U09_M, g344(U09_M))}</a> 微信 {p.I('wechat', U09_WX, U09_WX)}</div>"""
p.html = lambda p=p, main=main: f_fenlei(p, "生活服务", main)

p = Page("/note/n9003.html", "村里的e站也能报AI证了", "note", True, "U09", "e站小刘",
         "note by station keeper")
main = f"""<p>我们村e站今年多了个业务，帮大家报人工智能训练师培训🙂</p><p>vx {p.I('wechat', U09_WX, 'XiangCun_Ezhan')}，
邮箱 {p.I('email', U09_MAIL, 'ncezhan艾特126点com')}</p>"""
comments = cmt("北关小芳", "我去问过了，挺方便") + cmt("e站小刘", "欢迎来")
p.html = lambda p=p, main=main, c=comments: f_note(p, "e站小刘", main, c)

# ============================================================ independents
p = Page("/xuexiao/hongtu/index.html", "宁川县宏图职业技能培训学校", "xuexiao", True, "I01", "宁川县宏图职业技能培训学校",
         "independent training school site")
main = f"""<h2>人工智能训练师（五级/四级）常年招生</h2><p>本校开设人工智能训练师、电子商务师、家政服务员等项目。</p>
<p>人工智能训练师培训结束后由评价机构组织认定，证书可登录 {p.D('zscx', 'zscx.osta.org.cn')} 或 {p.D('jndj', 'jndj.osta.org.cn')} 查询。</p>
<p>失业保险技能提升补贴政策咨询：{p.D('h12333', '12333')}</p>"""
contact = (f"电话：{p.ph(I01_L, I01_L)}<br>手机：{p.ph(I01_M, I01_M)}<br>统一社会信用代码：{p.I('uscc', I01_USCC, I01_USCC)}")
p.html = lambda p=p, main=main, contact=contact: f_school(p, "宁川县宏图职业技能培训学校", ["学校简介", "培训项目", "联系我们"], main, contact)

p = Page("/wenda/q-i02.html", "邢台哪里有人工智能训练师培训？", "wenda", True, "I02", "邢台市信达职业培训学校",
         "Q&A answer by an independent school")
main = f"""<div class="post"><span class="meta">提问者：匿名 | 2026-01-28</span><br>在邢台上班，周末能学的。</div>
<div class="post"><span class="meta">回答者：信达职培 | 2026-01-29</span><br>邢台市信达职业培训学校周末班，五级、四级都有，电话 {p.ph('13582936610', '135 8293 6610')}，QQ {p.I('qq', '31577426', '31577426')}</div>"""
p.html = lambda p=p, main=main: f_wenda(p, "邢台哪里有人工智能训练师培训？", main)

p = Page("/bbs/thread-i03.html", "问：人工智能训练师考点在哪？", "bbs", True, "I03", "城关镇李老师",
         "forum Q thread where a reply sells")
main = f"""<h2>{p.title}</h2>
{post('想考证的小王', '2026-3-1 19:00', '县里哪个地方考？', '楼主')}
{post('城关李老师', '2026-3-1 19:40', f'考点在县职教中心，电话 {p.D("station", "0318-7021166")}。我这边也带班辅导，五级一个月，需要的打 {p.ph("18730835517", g344("18730835517"))}', '沙发')}
{post('想考证的小王', '2026-3-1 20:05', '谢谢', '板凳')}"""
p.html = lambda p=p, main=main: f_bbs(p, "宁川杂谈", main)

p = Page("/video/v-i04.html", "45岁在家做AI训练师，我是怎么开始的", "video", True, "I04", "AI训练师陈姐",
         "short video by an individual seller")
main = f"""<p>{p.title} #人工智能训练师 #中年转行</p><p>想跟我学的，陈姐带你报名，加 {p.I('wechat', 'chenjie_ai520', 'chenjie_AI520')}</p>"""
comments = cmt("秋天的风", "陈姐厉害") + cmt("小雨", "收费吗")
p.html = lambda p=p, main=main, c=comments: f_video(p, "AI训练师陈姐", main, c)

p = Page("/qun/n05.html", "石桥镇乐学培训中心：人工智能训练师班", "qun", True, "I05", "石桥镇乐学培训中心",
         "group notice by an independent centre")
main = f"""<p>石桥镇乐学培训中心 人工智能训练师（五级）班 4月开课，报名电话 {p.ph('15100327718', '151-0032-7718')}</p>
<p>先在线登记：{p.D('form', 'tianbiaoxia.cn')}/f/sq26</p>"""
p.html = lambda p=p, main=main: f_qun(p, "石桥镇家长群", main)

p = Page("/shop/item-i06.html", "人工智能训练师三级 备考课 含实操", "shop", True, "I06", "智算未来官方店",
         "marketplace item by an independent store")
main = f"""<h2>{p.title}</h2><p style="color:#e4393c;font-size:20px">¥ 2180.00</p>
<div class="post"><b>商品详情</b><br>适合已有四级证+工作年限的学员，客服QQ {p.I('qq', '2209517734', '2209517734')}，邮箱 {p.I('email', 'zsweilai@foxmail.com', 'zsweilai@foxmail.com')}</div>"""
p.html = lambda p=p, main=main: f_shop(p, "智算未来官方店", main)

# ============================================================ non-offer pages
p = Page("/bbs/thread-complaint.html", "避雷！交了3680的人工智能训练师证，人找不到了", "bbs", note="complaint thread quoting scammer number")
main = f"""<h2>{p.title}</h2>
{post('被坑的小赵', '2026-2-8 22:10', f'去年在网上找的，说是不用考试直接拿三级，交了3680，订单号 {p.D("order", "13820240516")}。<br>对方电话 {p.D("scam", "17099325148")}，现在打不通了。<br>大家别上当！', '楼主')}
{post('宁川老赵', '2026-2-8 22:40', f'打 {p.D("h12315", "12315")} 投诉，或者 {p.D("h12345", "12345")}', '沙发')}
{post('老王水果店', '2026-2-9 07:20', f'我也差点报了，兄弟加我 {p.D("commenter", "wang_guoyuan666")} 咱们一起去报案', '板凳')}"""
p.html = lambda p=p, main=main: f_bbs(p, "曝光台", main)

p = Page("/bbs/thread-experience.html", "考完人工智能训练师五级，说说过程", "bbs", note="learner experience post, non-offer")
main = f"""<h2>{p.title}</h2>
{post('北关的小孙', '2026-4-2 21:00', f'上个月在县职教中心考的，考点电话 {p.D("station", "0318-7021166")}。理论加实操，实操就是标注。<br>网上买题库的订单号 {p.D("order", "138 2024 0516")}（退了）。证书能在 {p.D("zscx", "zscx.osta.org.cn")} 查。', '楼主')}
{post('滹沱河边', '2026-4-2 21:30', '有补贴吗？', '沙发')}
{post('北关的小孙', '2026-4-2 22:00', '我交社保满一年，申请了1000块', '板凳')}"""
p.html = lambda p=p, main=main: f_bbs(p, "宁川杂谈", main)

p = Page("/fenlei/job.html", "招聘数据标注员 8名 宁川县城 五险", "fenlei", note="job ad, not an offer")
main = f"""<h2>{p.title}</h2><p class="meta">类别：招聘 › 普工 | 区域：宁川-城关 | 发布：2026-03-20</p>
<div class="post">宁川县云帆信息科技有限公司招聘数据标注员8名，月薪3000-4500，有人工智能训练师证优先，无证可入职后公司免费培训。<br>
不收任何费用！<br>联系电话 {p.ph('18903186655', '18903186655')}（人事部）</div>"""
p.html = lambda p=p, main=main: f_fenlei(p, "招聘", main)

p = Page("/fenlei/help.html", "帮助中心 - 防骗指南", "fenlei", note="platform help page")
main = f"""<h2>防骗指南</h2><p>1. 职业技能等级证书需要培训和考核，凡是“不用考试直接发证”的都是骗子。</p>
<p>2. 被骗请拨打 {p.D('h12315', '12315')} 或报警；补贴政策问 {p.D('h12333', '12333')}。</p>
<p>3. 平台客服 {p.D('fl_tel', '400-018-6675')}，邮箱 {p.D('fl_mail', 'kefu@ningchuan58.com')}</p>"""
p.html = lambda p=p, main=main: f_fenlei(p, "帮助中心", main)

p = Page("/news/warning.html", "县人社局提醒：警惕“包过”“直接发证”的人工智能训练师证书广告", "news", note="official warning quoting scammer number")
main = f"""<h2>{p.title}</h2><p class="meta">2026-02-20 来源：宁川县人力资源和社会保障局</p>
<p>近期，我县有群众反映，通过网络购买所谓“人工智能训练师三级证书”后，对方失联。据群众提供的线索，涉事号码为 {p.D('scam', '170-9932-5148')}。</p>
<p>县人社局提醒：职业技能等级证书由备案的评价机构颁发，须经培训考核，可在 {p.D('osta', 'osta.mohrss.gov.cn')} 查询机构，在 {p.D('jndj', 'jndj.osta.org.cn')} 查证。</p>
<p>如有疑问请拨打 {p.D('h12333', '12333')}，遇到欺诈请拨打 {p.D('h12315', '12315')} 或 {p.D('h12345', '12345')} 反映。</p>"""
p.html = lambda p=p, main=main: f_news(p, "民生", main)

p = Page("/news/policy.html", "政策解读：人工智能训练师是什么职业？证书怎么查？", "news", note="policy explainer only")
main = f"""<h2>{p.title}</h2><p class="meta">2026-01-12 来源：宁川融媒</p>
<p>人工智能训练师（4-04-05-05）是2020年发布的新职业，分五个等级，五级对应初级工，一级对应高级技师。</p>
<p>证书是职业技能等级证书，由备案的评价机构颁发，可在 {p.D('zscx', 'zscx.osta.org.cn')} 查询，评价机构名单可在 {p.D('osta', 'osta.mohrss.gov.cn')} 查。</p>
<p>符合条件的参保职工考取五级、四级、三级可申领技能提升补贴，咨询 {p.D('h12333', '12333')}。</p>
<p>县职教中心考点今年首批认定的批次号为 {p.D('batch', '13120250601')}。</p>"""
p.html = lambda p=p, main=main: f_news(p, "解读", main)

p = Page("/xuexiao/dongfang/index.html", "宁川东方职业培训学校-电工/育婴员培训", "xuexiao", note="another occupation's course (electrician, child care)")
main = f"""<h2>2026春季电工、育婴员培训招生</h2><p>低压电工作业（特种作业操作证）、育婴员（五级、四级），小班教学。</p>"""
contact = f"电话：{p.ph('0318-7612280', '0318-7612280')}"
p.html = lambda p=p, main=main, contact=contact: f_school(p, "宁川东方职业培训学校", ["学校简介", "培训项目"], main, contact, placeholders=True)

# ---------------------------------------------------------------- index pages
SECTIONS = {
    "bbs": ("宁川论坛", f_bbs), "fenlei": ("宁川58便民网", f_fenlei), "shop": ("县店汇", f_shop),
    "video": ("快拍", f_video), "note": ("小记", f_note), "wenda": ("0318问答", f_wenda),
    "qun": ("宁川便民圈", f_qun), "news": ("宁川融媒", f_news), "xuexiao": ("培训机构名录", None),
}

def make_index(sec):
    name, fr = SECTIONS[sec]
    p = Page(f"/{sec}/index.html", f"{name} - 列表", sec, note=f"list page of {name}")
    def render(p=p, sec=sec, name=name, fr=fr):
        items = [q for q in PAGES if q.section == sec and q is not p]
        lst = "<ul>" + "".join(f"<li><a href=\"{p.rel(q.path)}\">{q.title}</a></li>" for q in items) + "</ul>"
        main = f"<h2>{name}</h2>{lst}"
        if sec == "bbs":
            return f_bbs(p, "版块列表", main)
        if sec == "fenlei":
            return f_fenlei(p, "全部分类", main)
        if sec == "shop":
            return f_shop(p, "教育培训", main)
        if sec == "video":
            return f_video(p, "同城", main, "")
        if sec == "note":
            return f_note(p, "发现", main, "")
        if sec == "wenda":
            return f_wenda(p, "职业资格 问题列表", main)
        if sec == "qun":
            return f_qun(p, "往期公告", main)
        if sec == "news":
            return f_news(p, "本地新闻", main)
        return doc(p, "宁川县职业培训机构名录", "<b>宁川县职业培训机构名录</b>",
                   f"<a href=\"{p.rel('/index.html')}\">首页</a> &gt; 培训机构名录", main,
                   "<div class=\"post\">名录由网友整理，仅供参考</div>", "宁川生活导航")
    p.html = render

for s in SECTIONS:
    make_index(s)

p = Page("/index.html", "宁川生活导航", "root", note="portal / link directory")
def _root(p=p):
    links = "".join(f"<li><a href=\"{s}/index.html\">{SECTIONS[s][0]}</a></li>" for s in SECTIONS)
    return doc(p, "宁川生活导航 - 宁川人的上网主页", "<b>宁川生活导航</b>", "首页",
               f"<h2>本地常用网站</h2><ul>{links}</ul>", "<div class=\"post\">天气：晴 12℃</div>", "宁川生活导航 © 2026")
p.html = _root

# ---------------------------------------------------------------- related links & write
def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        sib = [q.path for q in PAGES if q.section == p.section and q is not p][:5]
        html = p.html()
        html = html.replace("@@RELATED@@", related(p, sib))
        out = os.path.join(SITE, p.path.lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {
        "U01": ("宁川县智联职业培训学校 / 智联AI培训 / 北关乡成人学校（智联合作点） / 智联职校",
                "mobile 13931872260 in 4 forms, WeChat zhilian_px, landline 0318-7256633, domain nczhilian.cn"),
        "U02": ("鼎程教育旗舰店 / 鼎程老师讲AI / 石家庄鼎程职业技能培训 / 程老师说证书",
                "QQ 2847719360, WeChat dcjy2021, mobile 15632118047"),
        "U03": ("宁川AI证书报名处 / 周记职业咨询 / 小周老师 / 未来星培训",
                "mobile 18831897265, QQ group 735021488, WeChat xzls_0318"),
        "U04": ("马庄镇成人文化技术学校 / 马庄镇农民夜校 / 乡村振兴数字技能培训班 / 马庄成校",
                "landline 0318-7890215, mobile 13703185562, QQ 1543098827, e-mail mzcx_school@126.com"),
        "U05": ("速通职业技能 / 速通证书服务 / 枣林速通教育", "mobile 17731849902, WeChat sutong_zs"),
        "U06": ("华鑫人力资源 / 华鑫就业服务站 / 鑫程数据标注基地", "WeChat hxrl0318, mobile 19931806324"),
        "U07": ("启航培训学校 / 启航在线 / 启航教育", "domain qihangpx.com.cn, mobile 15373896620, QQ 904417253"),
        "U08": ("国培职业技能鉴定服务中心 / 张老师（人社培训咨询） / 国培(河北)职业技能评价中心",
                "mobile 16631857403, USCC, WeChat gp_jianding"),
        "U09": ("宁川乡村e站 / 北关村e站服务点 / e站小刘", "mobile 13231865509, WeChat xiangcun_ezhan, e-mail ncezhan@126.com"),
    }
    truth = {
        "description": "12bm: county-town web (宁川县) of forums, classifieds, group notices, township school sites and local news selling the AI-trainer certificate",
        "pages": [{"path": p.path, "is_offer": p.is_offer, "operator": p.op if p.is_offer else None,
                   "provider": p.provider, "identifiers": p.ids, "note": p.note}
                  for p in sorted(PAGES, key=lambda q: q.path)],
        "operators": {k: {"brands": [b.strip() for b in v[0].split(" / ")], "ties": v[1]} for k, v in ops.items()},
        "decoys": [dict(d) for d in DECOYS.values()],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
