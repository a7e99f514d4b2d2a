#!/usr/bin/env python3
"""Writes site/ and truth.json for the sealed operator-linking web operators-2026-12v.
Stdlib only. All names, numbers, companies and domains are invented."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org(s):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(a) * w for a, w in zip(s, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(p16):
    """p16: 2 kind chars + 6 region digits + 8 org chars; adds org check + GB 32100 check."""
    assert len(p16) == 16
    b = p16 + _org(p16[8:16])
    r = 31 - sum(AL.index(c) * w for c, w in zip(b, WT)) % 31
    return b + AL[0 if r == 31 else r]


# ---------------------------------------------------------------- identifiers
# seller identifiers (invented)
U01_PH = "+8613761824590"; U01_WX = "zxwl_ai2026"; U01_EM = "kecheng@zhixunweilai.cn"; U01_DOM = "zhixunweilai.cn"
U02_QQ = "2874135069"; U02_QG = "736820194"; U02_TEL = "+8675586273310"; U02_DOM = "qiyuanshuzhi.com"
U03_USCC = uscc("91440106MA5D8K2R"); U03_DOM = "dinghengjn.com"; U03_WX = "dh-ai-yanxi"
U04_PH = "+8615926470813"; U04_DY = "douyin:xinghe_ai88"; U04_400 = "+864006132785"
U05_EM = "zxrc_peixun@126.com"; U05_QQ = "3318402756"
U06_WX = "qcsx_2026"; U06_USCC = uscc("52320583MJ6A1T0Q")
U07_DOM = "boyanzs.net"; U07_PH = "+8618621075539"
U08_ICP = "icp:浙ICP备2025018832号"; U08_QG = "815227460"; U08_DOM1 = "zhixingyouxun.com"; U08_DOM2 = "youxunai.cn"
U09_PH = "+8613309176624"; U09_EM = "yunfan.edu@foxmail.com"
# page-unique seller identifiers (ties to nothing)
U02_USCC = uscc("91440300MA5H3C7W")
U07_QQ = "1046672318"
U09_WX = "yunfan_ai_xiaofan"
I01_PH = "+8618039265147"; I01_WX = "xintu_edu01"
I02_WX = "lzy-ai-teacher"
I03_QQ = "2461907735"; I03_EM = "hxk1987@sina.cn"
I04_PH = "+862886540721"; I04_DOM = "jinchengjineng.cn"
I05_PH = "+8617368052294"; I05_QQ = "957302164"
I06_PH = "+8613965120488"; I06_DOM = "lanqiaoai.com"; I06_USCC = uscc("91340100MA8P2L6D")
# non-offer businesses
JOB_TEL = "+862162789015"; JOB_EM = "hr@shujiantech.com"
YUYING_PH = "+8615190773628"; YUYING_WX = "jiazheng_yy188"

# decoys (value -> kind); shared by unrelated pages
D_12333 = "+8612333"; D_12345 = "+8612345"; D_GDPROV = "+862083316600"
D_ZSCX = "zscx.osta.org.cn"; D_OSTAGOV = "osta.mohrss.gov.cn"
D_MALL400 = "+864008803316"; D_MALLEM = "kefu@youxuejishi.com"; D_MALLDOM = "youxuejishi.com"; D_MALLUSCC = uscc("91330108MA2J7N4B")
D_FLTEL = "+861052886100"; D_FLDOM = "chengchengfenlei.com"; D_FLICP = "icp:京ICP备2019030517号"
D_SCAMPH = "+8617788306215"; D_SCAMQQ = "1593286470"
D_CERT = "cert:S000044112345253000688"
D_BUILDDOM = "sujianyun.com"; D_BUILDTEL = "+8657188162290"
D_BBSQG = "604118295"
D_EVALTEL = "+862087651230"; D_EVALUSCC = uscc("52440000MJL0Y3K8")
D_NOTESEM = "help@xiaolvshu.cn"
D_PLAN = "plan:RD2026-44-0371"
D_MPDOM = "kuaibaoming.cn"

DECOY_KIND = {
    D_12333: "phone", D_12345: "phone", D_GDPROV: "phone", D_ZSCX: "domain", D_OSTAGOV: "domain",
    D_MALL400: "phone", D_MALLEM: "email", D_MALLDOM: "domain", D_MALLUSCC: "uscc",
    D_FLTEL: "phone", D_FLDOM: "domain", D_FLICP: "other", D_SCAMPH: "phone", D_SCAMQQ: "qq",
    D_CERT: "other", D_BUILDDOM: "domain", D_BUILDTEL: "phone", D_BBSQG: "qq_group",
    D_EVALTEL: "phone", D_EVALUSCC: "uscc", D_NOTESEM: "email", D_PLAN: "other", D_MPDOM: "domain",
}
DECOY_WHY = {
    D_12333: "national 人社 hotline 12333, quoted by sellers and explainers",
    D_12345: "government service hotline 12345",
    D_GDPROV: "invented provincial 人社 consultation line quoted by a notice, a seller and an independent",
    D_ZSCX: "official certificate query site, named by many sellers",
    D_OSTAGOV: "official 技能人才评价工作网 domain",
    D_MALL400: "marketplace customer-service number in the footer of every shop page",
    D_MALLEM: "marketplace customer-service e-mail in every shop footer",
    D_MALLDOM: "marketplace's own domain",
    D_MALLUSCC: "marketplace operator's licence number in every footer",
    D_FLTEL: "classifieds site's hotline in every post footer",
    D_FLDOM: "classifieds site's domain",
    D_FLICP: "classifieds site's ICP record in every footer",
    D_SCAMPH: "scam seller's number quoted in a warning, a news story and a forum warning",
    D_SCAMQQ: "scam QQ quoted in warnings",
    D_CERT: "one sample certificate number copied onto unrelated sellers' pages (样证)",
    D_BUILDDOM: "site-builder credit on unrelated sellers' own sites",
    D_BUILDTEL: "site-builder's sales line in the same credit",
    D_BBSQG: "forum's own study QQ group, in the forum banner of every thread",
    D_EVALTEL: "a filed evaluation centre's phone that unrelated sellers quote as their 'partner'",
    D_EVALUSCC: "the same evaluation centre's USCC quoted by unrelated sellers",
    D_NOTESEM: "notes app's support e-mail in every note footer",
    D_PLAN: "an official assessment plan number quoted by a notice and unrelated sellers",
    D_MPDOM: "mini-program sign-up platform's domain in every share page",
}

PAGES = []


def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", css="", lang="zh-CN"):
    html = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>%s</head>\n<body>\n%s\n</body></html>\n"
            % (lang, title, ("<style>%s</style>" % css) if css else "", body))
    PAGES.append({"path": path, "is_offer": is_offer, "operator": op, "provider": provider,
                  "identifiers": [list(x) for x in ids], "note": note, "_html": html})


# ---------------------------------------------------------------- shared chrome
def mall_footer():
    h = ('<footer class="mf"><p>优学集市 youxuejishi.com ｜ 平台客服 400-880-3316 ｜ 邮箱 kefu@youxuejishi.com</p>'
         '<p>杭州优学集市网络科技有限公司 统一社会信用代码 %s ｜ <a href="/mall/index.html">返回集市首页</a></p></footer>' % D_MALLUSCC)
    ids = [("phone", D_MALL400, "400-880-3316"), ("email", D_MALLEM, "kefu@youxuejishi.com"),
           ("domain", D_MALLDOM, "youxuejishi.com"), ("uscc", D_MALLUSCC, D_MALLUSCC)]
    return h, ids


def fl_footer():
    h = ('<div class="foot">城城分类网 chengchengfenlei.com 客服热线：010-5288 6100（工作日9:00-18:00）<br>'
         '京ICP备2019030517号 ｜ 本站仅提供信息发布，交易请谨慎 ｜ <a href="/fenlei/index.html">更多职业培训信息</a></div>')
    return h, [("phone", D_FLTEL, "010-5288 6100"), ("domain", D_FLDOM, "chengchengfenlei.com"),
               ("other", D_FLICP, "京ICP备2019030517号")]


def bbs_banner():
    h = '<div class="banner">【职考吧】本吧备考资料交流群：604 118 295（吧务组建，禁止广告）<a href="/bbs/index.html">吧首页</a></div>'
    return h, [("qq_group", D_BBSQG, "604 118 295")]


def notes_footer():
    h = '<footer>小绿书 · 记录美好生活 ｜ 侵权投诉 help@xiaolvshu.cn ｜ <a href="/notes/index.html">发现</a></footer>'
    return h, [("email", D_NOTESEM, "help@xiaolvshu.cn")]


def builder_credit(v=0):
    if v == 0:
        h = '<p class="credit">网站建设：速建云 sujianyun.com 建站咨询 0571-88162290</p>'
        return h, [("domain", D_BUILDDOM, "sujianyun.com"), ("phone", D_BUILDTEL, "0571-88162290")]
    h = '<div class="credit">Powered by <a href="https://www.sujianyun.com/">速建云SaaS</a> · 技术支持热线 0571 8816 2290</div>'
    return h, [("domain", D_BUILDDOM, "sujianyun.com"), ("phone", D_BUILDTEL, "0571 8816 2290")]


def mp_footer():
    h = '<div class="mpf">本页面由「快报名」小程序生成 kuaibaoming.cn，平台不对活动内容负责</div>'
    return h, [("domain", D_MPDOM, "kuaibaoming.cn")]


MALL_CSS = "body{font-family:sans-serif}.price{color:#e4393c;font-size:22px}.mf{color:#999;font-size:12px}"
FL_CSS = ".foot{color:#888;font-size:12px;border-top:1px solid #ddd}"

# ================================================================ U01 智训未来
f, fi = mall_footer()
page("/mall/item/30817.html", "人工智能训练师四级 考证培训 线上课+题库 - 未来AI学堂旗舰店 - 优学集市",
     """<div class="shop">店铺：未来AI学堂旗舰店 <span>★4.8</span></div>
<h1>【2026新版】人工智能训练师 四级/三级 培训报名 线上直播课+模拟题库</h1>
<p class="price">¥1680 <del>¥2980</del></p>
<ul><li>适合：数据标注、AI运营相关岗位在职人员</li><li>课时：50课时（理论+实操）</li><li>可申请技能提升补贴（以当地政策为准）</li></ul>
<p>拍下后请联系班主任安排入学测评，班主任电话 137 6182 4590</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p>
<p>已售 326 ｜ 收藏 1.2k</p>
""" + f, True, "U01", "未来AI学堂",
     [("phone", U01_PH, "137 6182 4590"), ("domain", D_ZSCX, "zscx.osta.org.cn")] + fi,
     "marketplace shop item; phone spaced 3-4-4", MALL_CSS)

page("/ask/q/2291.html", "人工智能训练师证在哪报名靠谱？ - 知问",
     """<h1>人工智能训练师证在哪报名靠谱？自学能考吗</h1>
<div class="q">提问者：小鹿不慌 ｜ 2026-10-19</div>
<div class="ans"><b>智训未来教育-周老师</b> 回答：
<p>可以自学，但三级有实操，建议系统学。我们机构是正规备案合作点，四级1480三级1980，含教材和机考模拟。</p>
<p>有问题可以直接打电话 <a href="tel:+8613761824590">137-6182-4590</a>，或者V信：zxwl_ai2026 备注“知问”</p></div>
<div class="ans"><b>路人甲</b> 回答：<p>先去官网查一下机构有没有备案再交钱。</p></div>
<p><a href="/ask/index.html">更多问题</a></p>""", True, "U01", "智训未来教育",
     [("phone", U01_PH, "tel:+8613761824590"), ("phone", U01_PH, "137-6182-4590"), ("wechat", U01_WX, "zxwl_ai2026")],
     "Q&A answer by seller inside a question thread; tel: link")

b, bi = builder_credit(0)
page("/sites/zhixun/index.html", "智训职培 | 人工智能训练师 数据标注员 培训认定",
     """<header><img src="/img/zx-logo.png" alt="智训职培 zhixunweilai.cn"><nav><a href="/sites/zhixun/baoming.html">在线报名</a></nav></header>
<section class="hero"><h1>AI训练师 ｜ 零基础三个月入行</h1><p>五级 / 四级 / 三级 全程班</p></section>
<section><h2>班型</h2><table border="1"><tr><th>班型</th><th>学费</th><th>课时</th></tr>
<tr><td>五级（数据标注员）</td><td>980</td><td>60</td></tr><tr><td>四级</td><td>1480</td><td>50</td></tr><tr><td>三级</td><td>1980</td><td>40</td></tr></table>
<p>*学费不含认定费</p></section>
<section><h2>联系我们</h2><p>加v：ZXWL_AI2026（周老师）</p><p>合作投稿：kecheng(at)zhixunweilai.cn</p></section>
<footer><p>© 2026 智训职培 版权所有</p>""" + b + "</footer>", True, "U01", "智训职培",
     [("wechat", U01_WX, "ZXWL_AI2026"), ("email", U01_EM, "kecheng(at)zhixunweilai.cn"), ("domain", U01_DOM, "zhixunweilai.cn")] + bi,
     "seller landing page; wechat upper-case; email obfuscated (at); price without currency mark; builder credit")

page("/sites/zhixun/baoming.html", "在线报名 - 智训职培",
     """<h2>人工智能训练师 报名登记表</h2>
<form action="/sites/zhixun/baoming.html" method="post">
<label>姓名 <input name="n"></label><label>手机 <input name="m"></label>
<label>报考等级 <select name="lv"><option>五级</option><option>四级</option><option>三级</option></select></label>
<button>提交报名</button></form>
<p>提交后老师24小时内联系；也可发送身份证正反面、学历证明至<br>kecheng＠zhixunweilai.cn</p>
<p><a href="/sites/zhixun/index.html">返回首页</a></p>""", True, "U01", "智训职培",
     [("email", U01_EM, "kecheng＠zhixunweilai.cn")], "sign-up form; full-width at sign")

# ================================================================ U02 启元
f, fi = fl_footer()
page("/fenlei/post/88213.html", "深圳 AI训练师证 培训 周末班 - 城城分类",
     """<h1>【深圳南山】AI训练师考证 周末班 包教材 报名中</h1>
<table><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>南山-科技园</td></tr><tr><td>价格</td><td>面议</td></tr></table>
<p>启元数智培训，数据标注员/人工智能训练师四级三级，周六日上课，线下机房实操。</p>
<p>联系人：陈老师<br>Q：2874 135 069</p>
<p>发布于 2026-11-02 浏览 512 次</p>""" + f, True, "U02", "启元数智培训",
     [("qq", U02_QQ, "2874 135 069")] + fi, "classifieds post; QQ spaced", FL_CSS)

bb, bbi = bbs_banner()
page("/bbs/thread/5521.html", "人工智能训练师三级实操难不难？ - 职考吧",
     bb + """<h1>人工智能训练师三级实操难不难？</h1>
<div class="post"><b>1楼 楼主 打工人阿哲</b><p>准备考三级，听说实操要写python？</p></div>
<div class="post"><b>2楼 shuju_xiaobai</b><p>不用写太多，主要是标注工具和流程。</p></div>
<div class="post"><b>3楼 启元教育陈老师</b><p>楼主好，三级实操考的是业务分析和智能训练，我们启元教育有专门的实操集训，十二月开班，学费一千八。需要资料的可以加扣扣 2874135069 或者进学员群 QQ群：736 820 194</p></div>
<div class="post"><b>4楼 打工人阿哲</b><p>谢谢，先看看</p></div>""", True, "U02", "启元教育",
     [("qq", U02_QQ, "2874135069"), ("qq_group", U02_QG, "736 820 194")] + bbi,
     "forum thread, seller replies at floor 3; price in words; forum's own group in banner is a decoy")

page("/qun/board-0412.html", "群公告 · AI训练师考证交流（3群）",
     """<div class="chat"><p class="sys">群号736820194 ｜ 群主：数智星途-小陈</p>
<p><b>数智星途-小陈</b> 10:02 【群公告】12月班报名截止11/30，四级1580，三级1880，报名找客服</p>
<p><b>Lily</b> 10:05 收到</p>
<p><b>数智星途-小陈</b> 10:07 线下报名地址：南山区科技园北区，座机 0755-8627 3310</p>
<p><b>阿杰</b> 10:31 有补贴吗</p>
<p><b>数智星途-小陈</b> 10:33 社保满一年的可以申请，具体问12333</p></div>
<p><a href="/index.html">返回导航</a></p>""", True, "U02", "数智星途",
     [("qq_group", U02_QG, "群号736820194"), ("phone", U02_TEL, "0755-8627 3310"), ("phone", D_12333, "12333")],
     "chat-group message board; prices without currency mark; landline")

page("/sites/qiyuan/contact.html", "联系我们 - 深圳市启元数智教育科技有限公司",
     """<h1>深圳市启元数智教育科技有限公司</h1><nav><a href="/sites/qiyuan/contact.html">联系我们</a></nav>
<p>启元专注数字技能培训：人工智能训练师、数据标注、Python。开设四级、三级认定培训班，报名享早鸟价。</p>
<table border="1"><tr><th>部门</th><th>电话</th></tr><tr><td>招生办</td><td>(0755)86273310</td></tr><tr><td>投诉</td><td>0755-86273311转8</td></tr></table>
<p>官网：www.qiyuanshuzhi.com</p>
<p>统一社会信用代码：%s</p>
<p>政策咨询请拨打人社服务热线 12333</p>""" % U02_USCC, True, "U02", "启元数智培训",
     [("phone", U02_TEL, "(0755)86273310"), ("domain", U02_DOM, "qiyuanshuzhi.com"), ("uscc", U02_USCC, U02_USCC),
      ("phone", "+8675586273311", "0755-86273311"), ("phone", D_12333, "12333")],
     "company site contact page; landline in a table with parentheses; a second, page-only complaints line with extension")

# ================================================================ U03 鼎衡
f, fi = mall_footer()
page("/mall/item/41926.html", "人工智能训练师三级 认定培训 - 鼎衡职业技能 - 优学集市",
     """<div class="shop">店铺：鼎衡职业技能培训</div>
<h1>人工智能训练师（三级/高级工）培训+认定一站式</h1><p class="price">¥2380</p>
<p>样证展示：<img src="/img/yz.jpg" alt="职业技能等级证书 样证 证书编号S000044112345253000688"></p>
<h3>店铺资质</h3><table border="1"><tr><td>企业名称</td><td>广州鼎衡职业技能培训有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>%s</td></tr></table>""" % U03_USCC + f, True, "U03", "鼎衡职业技能",
     [("uscc", U03_USCC, U03_USCC), ("other", D_CERT, "S000044112345253000688")] + fi,
     "marketplace item; licence table; sample certificate number in alt text (decoy)", MALL_CSS)

page("/sites/dingheng/ai-xunlianshi.html", "人工智能训练师课程 - 鼎衡职业技能",
     """<h1>人工智能训练师 培训课程</h1><p>课程分四级、三级两个班次，理论+实操，学完参加备案评价机构组织的认定。</p>
<p>四级 ￥1780 ｜ 三级 ￥2380 ｜ 报名享补贴申领指导</p>
<p>证书可在 zscx.osta.org.cn 查询</p>
<p><a href="/sites/dingheng/index.html">鼎衡首页</a></p>
<footer>广州鼎衡职业技能培训有限公司 ｜ %s ｜ dinghengjn.com</footer>""" % U03_USCC, True, "U03", "鼎衡职业技能",
     [("uscc", U03_USCC, U03_USCC), ("domain", U03_DOM, "dinghengjn.com"), ("domain", D_ZSCX, "zscx.osta.org.cn")],
     "seller's own course page")

f, fi = notes_footer()
page("/notes/n/7f3a21.html", "考了个AI训练师证，说说我的体验 - 小绿书",
     """<article><h1>考了个AI训练师证🎉说说我的体验</h1><div class="author">鼎衡AI研习社</div>
<p>姐妹们！！三级证书终于到手了✨ 一共学了六周，每周两次直播，实操跟着练就行</p>
<p>想了解的去官网 dinghengjn点com 看看，或者滴滴我 薇❤：dh-ai-yanxi</p>
<p>学费两千出头，还能申请补贴💰</p><p>#人工智能训练师 #考证 #副业</p></article>""" + f, True, "U03", "鼎衡AI研习社",
     [("domain", U03_DOM, "dinghengjn点com"), ("wechat", U03_WX, "dh-ai-yanxi")] + fi,
     "notes-app post in a user voice; domain obfuscated with 点; wechat written after 薇❤")

page("/weibo/u/dhyxs/4403.html", "鼎衡AI研习社的微博",
     """<div class="wb"><b>@鼎衡AI研习社</b> 11-20 来自 微博网页版
<p>【招生】#AI训练师# 12月周末班还剩8个名额‼️四级/三级都有，零基础友好，带你做真实标注项目。私信或 ＋V dh-ai-yanxi 领试听课</p>
<p>转发 12 ｜ 评论 5 ｜ 赞 31</p></div>
<p><a href="/weibo/index.html">微博广场</a></p>""", True, "U03", "鼎衡AI研习社",
     [("wechat", U03_WX, "dh-ai-yanxi")], "microblog post; ＋V prefix; never says the occupation's full name")

page("/sites/dingheng/index.html", "广州鼎衡职业技能培训有限公司",
     """<h1>广州鼎衡职业技能培训有限公司</h1><p>成立于2019年，提供企业内训、职业技能提升服务。</p>
<ul><li><a href="/sites/dingheng/ai-xunlianshi.html">课程中心</a></li><li>新闻动态</li><li>关于我们</li></ul>
<footer>dinghengjn.com ｜ 统一社会信用代码 %s ｜ 地址：广州市天河区</footer>""" % U03_USCC, False, None, "鼎衡职业技能",
     [("uscc", U03_USCC, U03_USCC), ("domain", U03_DOM, "dinghengjn.com")],
     "seller company homepage with no offer on it (non-offer, shares U03 identifiers)")

# ================================================================ U04 星禾
f, fi = fl_footer()
page("/fenlei/post/90377.html", "武汉 人工智能训练师 考证 - 城城分类",
     """<h1>武汉人工智能训练师证 报名 可挂学信网查询？</h1>
<p>星禾教育科技 常年招生：人工智能训练师五级～三级，线上学习统一考试，通过率高。</p>
<p>报名咨询（微信同号）：<br>１５９２６４７０８１３</p>
<p>价格：1299起</p><p>注：有疑问可拨打12345政务服务热线核实机构资质</p>""" + f, True, "U04", "星禾教育科技",
     [("phone", U04_PH, "１５９２６４７０８１３"), ("wechat", "15926470813", "１５９２６４７０８１３"), ("phone", D_12345, "12345")] + fi,
     "classifieds post; full-width digits; 微信同号 makes the phone a wechat id too", FL_CSS)

page("/weibo/p/4471.html", "星禾AI证书服务中心 的微博",
     """<div class="wb"><b>@星禾AI证书服务中心</b><p>🔥AI训练师证报名通道开启🔥 五级四级三级 线上学 统一认定 人社备案机构出证</p>
<p>📞电话/微信同号 159-2647-0813</p><p>🎵 抖音号：xinghe_ai88 每晚8点直播答疑</p>
<p>转发 3 评论 0</p></div><p><a href="/weibo/index.html">微博广场</a></p>""", True, "U04", "星禾AI证书服务中心",
     [("phone", U04_PH, "159-2647-0813"), ("wechat", "15926470813", "159-2647-0813"), ("other", U04_DY, "xinghe_ai88")],
     "microblog; phone = wechat; Douyin account")

f, fi = mp_footer()
page("/mp/share/xh2026.html", "禾苗职培｜AI训练师报名",
     """<div class="card"><h2>禾苗职培 · 人工智能训练师 报名</h2><p>报名费 ¥399（抵学费）</p>
<p>课程回放抖音搜 xinghe_ai88</p><p>全国服务热线：400-613-2785</p><button>立即报名</button></div>""" + f, True, "U04", "禾苗职培",
     [("other", U04_DY, "xinghe_ai88"), ("phone", U04_400, "400-613-2785")] + fi, "mini-program share card")

page("/sites/xinghe/landing.html", "星禾教育 人工智能训练师 认定报名",
     """<h1>人工智能训练师 职业技能等级认定 报名</h1>
<p>2026年第4批次认定计划编号 RD2026-44-0371，报名截止12月10日。</p>
<p>全国热线 <a href="tel:4006132785">4006132785</a></p>
<p>广东考生可咨询省人社咨询专线 020-83316600 核实</p>
<p>合作评价机构：广东数字技能职业技能等级认定中心（统一社会信用代码 %s，电话 020-87651230）</p>""" % D_EVALUSCC, True, "U04", "星禾教育科技",
     [("phone", U04_400, "4006132785"), ("other", D_PLAN, "RD2026-44-0371"), ("phone", D_GDPROV, "020-83316600"),
      ("uscc", D_EVALUSCC, D_EVALUSCC), ("phone", D_EVALTEL, "020-87651230")],
     "seller landing page; 400 number in a tel: link; quotes official plan number and a partner evaluator (decoys)")

# ================================================================ U05 卓学
f, fi = mall_footer()
page("/mall/item/52310.html", "数据标注员 人工智能训练师五级 入门班 - 卓学人才 - 优学集市",
     """<div class="shop">店铺：卓学人才服务</div><h1>数据标注员（人工智能训练师五级）入门班</h1><p class="price">¥880</p>
<p>购买后发送 姓名+电话 到 zxrc_peixun#126.com（#改成@）开通课程</p>""" + f, True, "U05", "卓学人才",
     [("email", U05_EM, "zxrc_peixun#126.com")] + fi, "marketplace; e-mail with # for @", MALL_CSS)

page("/jobs/post/7731.html", "招聘 数据标注员（可居家）- 才聘网",
     """<h1>数据标注员（可居家，月入6-9千）</h1><p>公司：卓学AI实训营</p>
<p>岗位要求：持人工智能训练师证书优先；无证者可先参加公司岗前培训考证（培训费2680，考证通过后推荐上岗）。</p>
<p>简历投递：zxrc_peixun@126.com 　QQ：3318402756</p>
<p><a href="/jobs/index.html">返回职位列表</a></p>""", True, "U05", "卓学AI实训营",
     [("email", U05_EM, "zxrc_peixun@126.com"), ("qq", U05_QQ, "3318402756")],
     "recruitment-site post that is really a paid training/certificate offer")

page("/ask/q/3307.html", "数据标注员证书有用吗 - 知问",
     """<h1>数据标注员证书有用吗？</h1><div class="ans"><b>卓学AI实训营 官方</b><p>有用的，很多企业招聘写明持证优先。我们五级班880，四级班1380，学完安排认定。咨询qq 3318 4027 56</p></div>
<div class="ans"><b>匿名用户</b><p>看岗位吧</p></div><p><a href="/ask/index.html">更多问题</a></p>""", True, "U05", "卓学AI实训营",
     [("qq", U05_QQ, "3318 4027 56")], "Q&A answer; QQ split oddly")

# ================================================================ U06 青橙
f, fi = fl_footer()
page("/fenlei/post/91105.html", "苏州 AI训练师 培训 - 城城分类",
     """<h1>苏州 人工智能训练师四级 晚班</h1><p>青橙数训：工作日晚7点-9点，8周，学费一六八零（含资料）。</p>
<p>样证：<img src="/img/qc-yz.jpg" alt="样证 S000044112345253000688"></p>
<p>VX: qcsx_2026</p>""" + f, True, "U06", "青橙数训",
     [("wechat", U06_WX, "qcsx_2026"), ("other", D_CERT, "S000044112345253000688")] + fi,
     "classifieds; price in Chinese numerals; same sample certificate number as U03 and I01", FL_CSS)

f, fi = notes_footer()
page("/notes/n/a09c55.html", "苏州考AI证攻略 - 小绿书",
     """<article><h1>苏州｜下班后考了个AI证📚</h1><div class="author">青橙职业培训学校</div>
<p>我们学校晚班还有名额～加微 qcsx_2026 发你课表</p>
<p><img src="/img/qc-lic.jpg" alt="办学许可 青橙职业培训学校 统一社会信用代码%s"></p></article>""" % U06_USCC + f, True, "U06", "青橙职业培训学校",
     [("wechat", U06_WX, "qcsx_2026"), ("uscc", U06_USCC, U06_USCC)] + fi, "notes post; USCC only in image alt text")

page("/sites/qingcheng/index.html", "苏州工业园区青橙职业培训学校",
     """<h1>苏州工业园区青橙职业培训学校</h1><p>民办职业培训学校。开设：人工智能训练师（四级）、电子商务师、育婴员。</p>
<p>人工智能训练师四级 1680元/人，每月开班。报名电话请关注公众号“青橙职培”。</p>
<p>补贴政策咨询：12333</p>
<footer>统一社会信用代码：%s</footer>""" % U06_USCC, True, "U06", "青橙职业培训学校",
     [("uscc", U06_USCC, U06_USCC), ("phone", D_12333, "12333")], "school site; only tie is the USCC")

# ================================================================ U07 博研
page("/ask/q/4102.html", "人工智能训练师和人工智能工程技术人员有啥区别 - 知问",
     """<h1>人工智能训练师和人工智能工程技术人员有啥区别？</h1>
<div class="ans"><b>博研证书通</b><p>前者是技能等级（五级到一级），后者是专技职称类。训练师报名看 www.boyanzs.net 首页，三级2280包教材。</p></div>
<p><a href="/ask/index.html">更多问题</a></p>""", True, "U07", "博研证书通",
     [("domain", U07_DOM, "www.boyanzs.net")], "Q&A seller answer; only a domain")

b, bi = builder_credit(1)
page("/sites/boyan/kecheng.html", "博研智能 - 课程报名 - boyanzs.net",
     """<h1>博研智能 人工智能训练师 培训</h1>
<div class="tbl"><div>三级 2280</div><div>二级 3880（需三级证书满4年）</div></div>
<p>咨询热线：+86 186 2107 5539<br>QQ在线：1046672318</p>""" + b, True, "U07", "博研智能",
     [("domain", U07_DOM, "boyanzs.net"), ("phone", U07_PH, "+86 186 2107 5539"), ("qq", U07_QQ, "1046672318")] + bi,
     "seller site with builder credit (decoy shared with U01 and I06)")

f, fi = mp_footer()
page("/mp/share/by8821.html", "博研证书通 报名",
     """<div class="card"><h2>AI训练师三级 冲刺班</h2><p>¥2280 ｜ 12月开课</p><p>联系电话：18621075539</p></div>""" + f,
     True, "U07", "博研证书通", [("phone", U07_PH, "18621075539")] + fi, "mini-program share; never says 人工智能 in full")

# ================================================================ U08 知行优训
b, bi = builder_credit(0)
page("/sites/zhixing/index.html", "知行优训 - 数字技能培训",
     """<h1>知行优训</h1><p>人工智能训练师 四级/三级 周末班，杭州滨江线下+直播。四级1580 三级1980。</p>
<p>报名请到店咨询：滨江区江南大道1370号6楼（请勿直接转账给个人）</p>
<footer>zhixingyouxun.com ｜ 浙ICP备2025018832号-1</footer>""" + b, True, "U08", "知行优训",
     [("domain", U08_DOM1, "zhixingyouxun.com"), ("other", U08_ICP, "浙ICP备2025018832号-1")] + bi,
     "seller site; ICP record shared with its second domain; address house number is not an identifier")

page("/sites/youxun-ai/index.html", "优训AI - 人工智能训练师认定辅导",
     """<h1>优训AI</h1><p>AI训练师认定辅导，三级通过率行业领先。学员群：QQ群 815 227 460</p>
<p>价格 1980 / 人</p><footer>youxunai.cn 浙ICP备2025018832号-2</footer>""", True, "U08", "优训AI",
     [("domain", U08_DOM2, "youxunai.cn"), ("other", U08_ICP, "浙ICP备2025018832号-2"), ("qq_group", U08_QG, "815 227 460")],
     "second brand site of U08, same ICP main record")

bb, bbi = bbs_banner()
page("/bbs/thread/6012.html", "杭州有没有靠谱的AI训练师培训 - 职考吧",
     bb + """<h1>杭州有没有靠谱的AI训练师培训？</h1>
<div class="post"><b>1楼 滨江码农</b><p>求推荐</p></div>
<div class="post"><b>2楼 优训AI小助手</b><p>可以了解下我们，周末班，加群815227460领资料，群里有课表</p></div>
<div class="post"><b>3楼 滨江码农</b><p>多少钱</p></div>
<div class="post"><b>4楼 优训AI小助手</b><p>三级一九八零，四级一五八零</p></div>""", True, "U08", "优训AI",
     [("qq_group", U08_QG, "815227460")] + bbi, "forum thread with seller replies; prices in Chinese numerals")

# ================================================================ U09 云帆
page("/weibo/p/5120.html", "云帆教育 的微博",
     """<div class="wb"><b>@云帆教育官方</b><p>#人工智能训练师# 成都 四级三级认定培训 火热报名中！学费1499起，社保满一年可申领补贴。咨询 133 0917 6624</p></div>
<p><a href="/weibo/index.html">微博广场</a></p>""", True, "U09", "云帆教育", [("phone", U09_PH, "133 0917 6624")], "microblog post")

page("/qun/board-0503.html", "群公告 · 云帆AI职训学员群",
     """<div class="chat"><p><b>云帆AI职训-小帆</b> 09:00 新同学报名请联系班主任<br>手机<br>13309176624</p>
<p><b>云帆AI职训-小帆</b> 09:01 材料发邮箱 yunfan.edu AT foxmail DOT com，微信 yunfan_ai_xiaofan</p>
<p><b>王同学</b> 09:15 四级多少钱</p><p><b>云帆AI职训-小帆</b> 09:16 1499，三级1999</p></div>
<p><a href="/index.html">返回导航</a></p>""", True, "U09", "云帆AI职训",
     [("phone", U09_PH, "13309176624"), ("email", U09_EM, "yunfan.edu AT foxmail DOT com"), ("wechat", U09_WX, "yunfan_ai_xiaofan")],
     "chat board; phone split over lines; e-mail spelled AT/DOT")

page("/form/yunfan-bm.html", "云帆AI职训 报名表",
     """<h2>云帆AI职训 人工智能训练师 报名表</h2><form><input placeholder="姓名"><input placeholder="身份证号"><button>提交</button></form>
<p>报名费1499元，提交后将发送缴费链接。有问题发邮件 <a href="mailto:yunfan.edu@foxmail.com">联系我们</a></p>""",
     True, "U09", "云帆AI职训", [("email", U09_EM, "mailto:yunfan.edu@foxmail.com")], "sign-up form; e-mail only in a mailto link")

# ================================================================ independents
f, fi = mall_footer()
page("/mall/item/60144.html", "AI训练师四级 题库+网课 - 芯途教育 - 优学集市",
     """<div class="shop">店铺：芯途教育</div><h1>人工智能训练师四级 网课+题库</h1><p class="price">¥699</p>
<p>样证参考：<img src="/img/xt.jpg" alt="证书编号 S000044112345253000688"></p>
<p>售后电话 180 3926 5147 ｜ 微信 xintu_edu01</p>""" + f, True, "I01", "芯途教育",
     [("phone", I01_PH, "180 3926 5147"), ("wechat", I01_WX, "xintu_edu01"), ("other", D_CERT, "S000044112345253000688")] + fi,
     "independent marketplace shop; shares only platform and sample-cert decoys", MALL_CSS)

f, fi = fl_footer()
page("/fenlei/post/92630.html", "个人辅导 AI训练师证 - 城城分类",
     """<h1>个人老师 一对一辅导AI训练师三级</h1><p>本人持三级证，带过几十个学员，一对一800，有需要加我 lzy-ai-teacher</p>""" + f,
     True, "I02", "林老师（个人）", [("wechat", I02_WX, "lzy-ai-teacher")] + fi, "independent individual tutor on classifieds", FL_CSS)

bb, bbi = bbs_banner()
page("/bbs/thread/6188.html", "出AI训练师三级培训名额 - 职考吧",
     bb + """<h1>【转让/招生】AI训练师三级培训名额</h1>
<div class="post"><b>1楼 华信考培</b><p>华信考培十二月班，三级1680，企鹅 2461907735，邮箱 hxk1987@sina.cn</p></div>
<div class="post"><b>2楼 吧务</b><p>广告帖，已加精警示：交钱前去 zscx.osta.org.cn 查机构证书。</p></div>""", True, "I03", "华信考培",
     [("qq", I03_QQ, "2461907735"), ("email", I03_EM, "hxk1987@sina.cn"), ("domain", D_ZSCX, "zscx.osta.org.cn")] + bbi,
     "independent seller thread; QQ called 企鹅")

page("/form/jincheng-bm.html", "锦程技能 人工智能训练师 报名",
     """<h2>锦程技能培训学校 · 人工智能训练师报名</h2>
<table border="1"><tr><td>五级</td><td>860</td></tr><tr><td>四级</td><td>1360</td></tr></table>
<p>报名电话 028 8654 0721 ｜ 官网 jinchengjineng.cn</p><p>补贴政策以成都市人社局公布为准，政务热线12345</p>""", True, "I04", "锦程技能",
     [("phone", I04_PH, "028 8654 0721"), ("domain", I04_DOM, "jinchengjineng.cn"), ("phone", D_12345, "12345")],
     "independent sign-up form; landline with spaces")

f, fi = mp_footer()
page("/mp/share/gd0919.html", "粤技通｜人工智能训练师认定报名",
     """<div class="card"><h2>粤技通 人工智能训练师四级 认定报名</h2><p>¥1200 含培训</p>
<p>本期认定计划编号 RD2026-44-0371；合作认定机构咨询 020-87651230</p>
<p>负责人 173 6805 2294 ／ QQ 957302164</p><p>政策咨询：020-83316600（省人社咨询专线）</p></div>""" + f,
     True, "I05", "粤技通",
     [("phone", I05_PH, "173 6805 2294"), ("qq", I05_QQ, "957302164"), ("other", D_PLAN, "RD2026-44-0371"),
      ("phone", D_EVALTEL, "020-87651230"), ("phone", D_GDPROV, "020-83316600")] + fi,
     "independent mini-program; quotes the same evaluator phone and plan number as U04 (decoys)")

b, bi = builder_credit(1)
page("/sites/lanqiao/index.html", "蓝桥AI学院 - 合肥",
     """<h1>蓝桥AI学院</h1><p>合肥本地AI训练师考证培训，四级1580，三级2080。</p>
<p>合作评价机构：广东数字技能职业技能等级认定中心 %s</p>
<p>联系：139-6512-0488 ｜ lanqiaoai.com ｜ 安徽蓝桥人工智能科技有限公司 %s</p><p>补贴咨询 12333</p>""" % (D_EVALUSCC, I06_USCC) + b,
     True, "I06", "蓝桥AI学院",
     [("phone", I06_PH, "139-6512-0488"), ("domain", I06_DOM, "lanqiaoai.com"), ("uscc", I06_USCC, I06_USCC),
      ("uscc", D_EVALUSCC, D_EVALUSCC), ("phone", D_12333, "12333")] + bi,
     "independent own site; same builder credit and partner-evaluator USCC as other sellers")

# ================================================================ non-offers
page("/news/2026/1118-shanzhai.html", "警惕“包过”AI证书骗局 多人被骗数千元 - 城市晚报",
     """<h1>警惕“包过”AI证书骗局 多人被骗数千元</h1><p>记者 李明 2026-11-18</p>
<p>市民张女士反映，她通过一个自称“国家AI人才认证中心”的号码177 8830 6215报名人工智能训练师“包过班”，交费3980元后对方失联。</p>
<p>人社部门提醒：职业技能等级证书可在技能人才评价证书全国联网查询平台（zscx.osta.org.cn）核验；遇到问题可拨打12333。</p>
<p>广东省人社咨询专线：020-83316600。<a href="/news/index.html">新闻列表</a></p>""",
     False, None, None,
     [("phone", D_SCAMPH, "177 8830 6215"), ("domain", D_ZSCX, "zscx.osta.org.cn"), ("phone", D_12333, "12333"), ("phone", D_GDPROV, "020-83316600")],
     "news story quoting a scam number and hotlines")

page("/news/2026/1201-jingshi.html", "【防骗警示】这些“AI证书”号码请勿联系 - 反诈中心",
     """<h1>防骗警示：这些“AI证书”联系方式已被多次举报</h1>
<ul><li>电话：17788306215（冒充“国家AI人才认证中心”）</li><li>QQ：1593286470（称“内部渠道直接出证”）</li></ul>
<p>遇到诈骗请拨打110或12345反映。官方查询只认 osta.mohrss.gov.cn、zscx.osta.org.cn。</p>
<p><a href="/news/index.html">新闻列表</a></p>""", False, None, None,
     [("phone", D_SCAMPH, "17788306215"), ("qq", D_SCAMQQ, "1593286470"), ("phone", D_12345, "12345"),
      ("domain", D_OSTAGOV, "osta.mohrss.gov.cn"), ("domain", D_ZSCX, "zscx.osta.org.cn")],
     "warning page listing scam identifiers")

bb, bbi = bbs_banner()
page("/bbs/thread/6230.html", "曝光一个AI证书骗子 - 职考吧",
     bb + """<h1>曝光一个AI证书骗子，大家别上当</h1>
<div class="post"><b>1楼 被坑的小王</b><p>就是这个QQ 1593 2864 70，说交两千直接发三级证，交完拉黑了。电话177-8830-6215也打不通</p></div>
<div class="post"><b>2楼 吧务</b><p>已置顶。证书一律去官方平台查。</p></div>""", False, None, None,
     [("qq", D_SCAMQQ, "1593 2864 70"), ("phone", D_SCAMPH, "177-8830-6215")] + bbi, "forum warning thread quoting scam identifiers")

page("/gov/jiedu-ai-xunlianshi.html", "政策解读：人工智能训练师职业技能等级认定",
     """<h1>人工智能训练师（4-04-05-05）职业技能等级认定问答</h1>
<p>问：证书由谁颁发？答：由经人社部门备案的评价机构颁发，可在 zscx.osta.org.cn 查询，评价机构名单见技能人才评价工作网 osta.mohrss.gov.cn。</p>
<p>问：能享受补贴吗？答：符合条件的参保职工可申领技能提升补贴，五级、四级、三级分别最高1000、1500、2000元。</p>
<p>咨询电话：12333。本省2026年第4批次认定计划编号 RD2026-44-0371。</p>""", False, None, None,
     [("domain", D_ZSCX, "zscx.osta.org.cn"), ("domain", D_OSTAGOV, "osta.mohrss.gov.cn"), ("phone", D_12333, "12333"), ("other", D_PLAN, "RD2026-44-0371")],
     "official explainer")

page("/ask/q/5019.html", "人工智能训练师五级需要什么条件 - 知问",
     """<h1>人工智能训练师五级需要什么条件？</h1><div class="ans"><b>热心网友</b><p>标准里五级要求本职业或相关职业累计工作一年以上，或者本职业学徒期满。学历要求初中。别信零基础速成包过。</p></div>
<p><a href="/ask/index.html">更多问题</a></p>""", False, None, None, [], "neutral Q&A with no seller")

page("/jobs/post/7702.html", "数据标注工程师 - 上海数鉴科技有限公司 - 才聘网",
     """<h1>数据标注工程师 8-12K</h1><p>上海数鉴科技有限公司 ｜ 徐汇</p><p>职责：标注规范制定、质检；有人工智能训练师三级证书者优先，公司不收取任何费用。</p>
<p>HR座机 021-6278 9015 ｜ 简历 hr@shujiantech.com</p><p><a href="/jobs/index.html">返回职位列表</a></p>""", False, None, "上海数鉴科技有限公司",
     [("phone", JOB_TEL, "021-6278 9015"), ("email", JOB_EM, "hr@shujiantech.com")], "genuine job ad; not an offer")

b, bi = builder_credit(0)
page("/sites/jiazheng/yuying.html", "育婴员 保育师 考证 - 南京好家政培训",
     """<h1>育婴员四级 保育师 考证培训</h1><p>学费1980，包食宿。电话 151 9077 3628 微信 jiazheng_yy188</p>""" + b,
     False, None, "南京好家政培训",
     [("phone", YUYING_PH, "151 9077 3628"), ("wechat", YUYING_WX, "jiazheng_yy188")] + bi,
     "other-occupation course ad (not AI trainer); same builder credit")

f, fi = fl_footer()
page("/fenlei/post/93001.html", "电工证 焊工证 培训 - 城城分类",
     """<h1>低压电工 焊工 特种作业证培训</h1><p>应急管理部门发证，联系 0755-8627 3390 王工</p>""" + f, False, None, "王工电工培训",
     [("phone", "+8675586273390", "0755-8627 3390")] + fi,
     "other-occupation classifieds post; landline one digit group away from U02's (near-miss, not shared)", FL_CSS)

# ---------------------------------------------------------------- list / index pages
f, fi = mall_footer()
page("/mall/index.html", "优学集市 - 职业技能频道",
     """<h1>职业技能频道</h1><ul>
<li><a href="/mall/item/30817.html">人工智能训练师四级 考证培训</a> ¥1680</li>
<li><a href="/mall/item/41926.html">人工智能训练师三级 认定培训</a> ¥2380</li>
<li><a href="/mall/item/52310.html">数据标注员 入门班</a> ¥880</li>
<li><a href="/mall/item/60144.html">AI训练师四级 题库+网课</a> ¥699</li></ul>""" + f, False, None, None, fi, "marketplace channel list", MALL_CSS)

f, fi = fl_footer()
page("/fenlei/index.html", "城城分类 - 职业培训",
     """<h1>职业培训</h1><ul>
<li><a href="/fenlei/post/88213.html">【深圳南山】AI训练师考证 周末班</a></li>
<li><a href="/fenlei/post/90377.html">武汉人工智能训练师证 报名</a></li>
<li><a href="/fenlei/post/91105.html">苏州 人工智能训练师四级 晚班</a></li>
<li><a href="/fenlei/post/92630.html">个人老师 一对一辅导</a></li>
<li><a href="/fenlei/post/93001.html">低压电工 焊工</a></li></ul>""" + f, False, None, None, fi, "classifieds list", FL_CSS)

page("/ask/index.html", "知问 - 职业资格", """<h1>职业资格 热门问题</h1><ul>
<li><a href="/ask/q/2291.html">人工智能训练师证在哪报名靠谱？</a></li><li><a href="/ask/q/3307.html">数据标注员证书有用吗</a></li>
<li><a href="/ask/q/4102.html">训练师和工程技术人员有啥区别</a></li><li><a href="/ask/q/5019.html">五级需要什么条件</a></li></ul>""",
     False, None, None, [], "Q&A list")

bb, bbi = bbs_banner()
page("/bbs/index.html", "职考吧", bb + """<ul><li><a href="/bbs/thread/5521.html">三级实操难不难</a></li>
<li><a href="/bbs/thread/6012.html">杭州有没有靠谱的培训</a></li><li><a href="/bbs/thread/6188.html">出三级培训名额</a></li>
<li><a href="/bbs/thread/6230.html">曝光一个AI证书骗子</a></li></ul>""", False, None, None, bbi, "forum index")

f, fi = notes_footer()
page("/notes/index.html", "小绿书 - 发现", """<h1>发现 · 考证</h1><ul><li><a href="/notes/n/7f3a21.html">考了个AI训练师证</a></li>
<li><a href="/notes/n/a09c55.html">苏州｜下班后考了个AI证</a></li></ul>""" + f, False, None, None, fi, "notes feed")

page("/weibo/index.html", "微博广场 #AI训练师#", """<h1>#AI训练师# 超话</h1><ul><li><a href="/weibo/u/dhyxs/4403.html">@鼎衡AI研习社</a></li>
<li><a href="/weibo/p/4471.html">@星禾AI证书服务中心</a></li><li><a href="/weibo/p/5120.html">@云帆教育官方</a></li></ul>""",
     False, None, None, [], "microblog topic list")

page("/jobs/index.html", "才聘网 - 数据标注", """<h1>数据标注 相关职位</h1><ul><li><a href="/jobs/post/7702.html">数据标注工程师 8-12K</a></li>
<li><a href="/jobs/post/7731.html">数据标注员（可居家）</a></li></ul>""", False, None, None, [], "job list")

page("/news/index.html", "新闻", """<h1>新闻 · 提醒</h1><ul><li><a href="/news/2026/1118-shanzhai.html">警惕“包过”AI证书骗局</a></li>
<li><a href="/news/2026/1201-jingshi.html">防骗警示</a></li><li><a href="/gov/jiedu-ai-xunlianshi.html">政策解读</a></li></ul>""",
     False, None, None, [], "news list")

page("/links.html", "网址导航 - 培训机构与小程序", """<h1>培训机构网站 / 小程序分享</h1><ul>
<li><a href="/sites/zhixun/index.html">智训职培</a></li><li><a href="/sites/qiyuan/contact.html">启元数智</a></li>
<li><a href="/sites/dingheng/index.html">鼎衡职业技能</a></li><li><a href="/sites/xinghe/landing.html">星禾教育</a></li>
<li><a href="/sites/qingcheng/index.html">青橙职培学校</a></li><li><a href="/sites/boyan/kecheng.html">博研智能</a></li>
<li><a href="/sites/zhixing/index.html">知行优训</a></li><li><a href="/sites/youxun-ai/index.html">优训AI</a></li>
<li><a href="/sites/lanqiao/index.html">蓝桥AI学院</a></li><li><a href="/sites/jiazheng/yuying.html">南京好家政</a></li>
<li><a href="/mp/share/xh2026.html">禾苗职培 小程序</a></li><li><a href="/mp/share/by8821.html">博研证书通 小程序</a></li>
<li><a href="/mp/share/gd0919.html">粤技通 小程序</a></li><li><a href="/form/yunfan-bm.html">云帆报名表</a></li>
<li><a href="/form/jincheng-bm.html">锦程技能报名</a></li></ul>""", False, None, None, [], "link directory")

page("/index.html", "证书资讯导航", """<h1>证书资讯导航</h1><ul>
<li><a href="/mall/index.html">优学集市 职业技能频道</a></li><li><a href="/fenlei/index.html">城城分类 职业培训</a></li>
<li><a href="/ask/index.html">知问</a></li><li><a href="/bbs/index.html">职考吧</a></li><li><a href="/notes/index.html">小绿书</a></li>
<li><a href="/weibo/index.html">微博广场</a></li><li>群公告存档：<a href="/qun/board-0412.html">AI训练师考证交流（3群）</a> ｜ <a href="/qun/board-0503.html">云帆AI职训学员群</a></li><li><a href="/jobs/index.html">才聘网</a></li>
<li><a href="/news/index.html">新闻</a></li><li><a href="/links.html">网址导航</a></li></ul>""", False, None, None, [], "root portal")

# ---------------------------------------------------------------- truth
OPERATORS = [
    ("U01", ["未来AI学堂", "智训未来教育", "智训职培"],
     "/mall/item/30817.html -phone- /ask/q/2291.html -wechat- /sites/zhixun/index.html -email- /sites/zhixun/baoming.html"),
    ("U02", ["启元数智培训", "启元教育", "数智星途"],
     "/fenlei/post/88213.html -qq- /bbs/thread/5521.html -qq_group- /qun/board-0412.html -phone- /sites/qiyuan/contact.html"),
    ("U03", ["鼎衡职业技能", "鼎衡AI研习社"],
     "/mall/item/41926.html -uscc- /sites/dingheng/ai-xunlianshi.html -domain- /notes/n/7f3a21.html -wechat- /weibo/u/dhyxs/4403.html"),
    ("U04", ["星禾教育科技", "星禾AI证书服务中心", "禾苗职培"],
     "/fenlei/post/90377.html -phone/wechat- /weibo/p/4471.html -other- /mp/share/xh2026.html -phone- /sites/xinghe/landing.html"),
    ("U05", ["卓学人才", "卓学AI实训营"], "/mall/item/52310.html -email- /jobs/post/7731.html -qq- /ask/q/3307.html"),
    ("U06", ["青橙数训", "青橙职业培训学校"], "/fenlei/post/91105.html -wechat- /notes/n/a09c55.html -uscc- /sites/qingcheng/index.html"),
    ("U07", ["博研证书通", "博研智能"], "/ask/q/4102.html -domain- /sites/boyan/kecheng.html -phone- /mp/share/by8821.html"),
    ("U08", ["知行优训", "优训AI"], "/sites/zhixing/index.html -other- /sites/youxun-ai/index.html -qq_group- /bbs/thread/6012.html"),
    ("U09", ["云帆教育", "云帆AI职训"], "/weibo/p/5120.html -phone- /qun/board-0503.html -email- /form/yunfan-bm.html"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    paths = set()
    for p in PAGES:
        assert p["path"] not in paths, p["path"]
        paths.add(p["path"])
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write(p["_html"])
    decoys = {}
    for p in PAGES:
        for kind, val, _w in p["identifiers"]:
            if val in DECOY_KIND:
                assert DECOY_KIND[val] == kind, (val, kind)
                decoys.setdefault(val, set()).add(p["path"])
    ops = [[oid, {"brands": br, "ties": ties}] for oid, br, ties in OPERATORS]
    for p in PAGES:
        if p["is_offer"] and p["operator"].startswith("I"):
            ops.append([p["operator"], {"brands": [p["provider"]], "ties": "(independent: shares no seller identifier)"}])
    truth = {
        "description": ("Sealed labeled web operators-2026-12v: invented Chinese ads and surrounding pages about "
                        "人工智能训练师 (4-04-05-05) certificate courses; 9 multi-brand operators chained by shared "
                        "seller identifiers, independents, and decoy identifiers shared by unrelated pages. "
                        "Page identifiers list every identifier written on the page, seller and decoy alike; "
                        "the decoys list says which values must not tie anything."),
        "pages": [{k: v for k, v in p.items() if k != "_html"} for p in PAGES],
        "operators": ops,
        "decoys": [{"kind": DECOY_KIND[v], "value": v, "note": DECOY_WHY[v], "paths": sorted(ps)}
                   for v, ps in sorted(decoys.items(), key=lambda kv: (DECOY_KIND[kv[0]], kv[0]))],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print("pages", len(PAGES), "offers", sum(p["is_offer"] for p in PAGES), "decoys", len(decoys))


if __name__ == "__main__":
    main()
