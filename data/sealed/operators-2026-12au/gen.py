#!/usr/bin/env python3
"""Generate site/ and truth.json for operators-2026-12au (deterministic, stdlib only)."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wi in zip(code8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wi
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(body, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]


USCC_U01 = uscc("91110105", "MA01XK7R")
USCC_U03 = uscc("91440300", "MA5G2T8L")
USCC_U04 = uscc("91110108", "MA04CQ3N")
USCC_U06 = uscc("52330106", "MJ874321")
USCC_I06 = uscc("91440304", "MA5HD62W")

PAGES = []


def page(path, title, section, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, section=section, body=body, offer=offer,
                      op=op, provider=provider, ids=[list(i) for i in ids], note=note))


def rel(src, dst):
    return os.path.relpath(dst, os.path.dirname(src) or "/").replace(os.sep, "/")

# ---------------------------------------------------------------- section chrome
CHROME = {
 "portal": dict(
  head='<header class="top"><h1>职证观察 · 人工智能训练师证书信息导航</h1><p class="sub">汇集新闻、论坛、商城与机构页面,供读者辨别真伪</p></header>',
  nav=[("首页", "/index.html"), ("新闻", "/news/index.html"), ("论坛", "/forum/index.html"), ("课栈商城", "/shop/index.html"), ("分类信息", "/classified/index.html")],
  foot='<footer><p>本导航仅做信息聚合,不代表认可任何机构。证书查询请以技能人才评价工作网为准。</p><p>© 2026 职证观察</p></footer>'),
 "news": dict(
  head='<header class="masthead"><div class="logo"><img src="/img/hx-logo.png" alt="华夏职教观察网"></div><h1>华夏职教观察网</h1><span class="date">2026年</span></header>',
  nav=[("首页", "/news/index.html"), ("政策", "/news/policy-explainer.html"), ("调查", "/news/2026-0312-shanzhai.html"), ("曝光台", "/news/2026-0418-baoguo.html"), ("返回导航", "/index.html")],
  foot='<footer class="news-foot"><p>新闻热线:本网记者部 | 未经授权禁止转载</p><p>网络不良信息举报请拨打 12377</p><p>© 华夏职教观察网 京ICP备19004xxx号</p></footer>'),
 "forum": dict(
  head='<header class="bbs-head"><a class="logo" href="/forum/index.html">职场人论坛</a><form class="search"><input type="text" name="kw" placeholder="搜索帖子"><button>搜索</button></form><span class="login">登录 | 注册</span></header>',
  nav=[("论坛首页", "/forum/index.html"), ("考证交流", "/forum/index.html"), ("避坑曝光", "/forum/thread-2019.html"), ("网站导航", "/index.html")],
  foot='<footer class="bbs-foot"><p>本站帖子仅代表作者观点。违规内容举报:jubao@zhichangbbs.com 举报电话 010-8261 0099</p><p>Powered by Discuz! X3.4 © 2001-2026 zhichangbbs.com</p></footer>'),
 "shop": dict(
  head='<header class="kz-head"><div class="kz-logo"><img src="/img/kezhan.png" alt="课栈 - 职业技能好课平台"></div><input class="kz-search" placeholder="搜课程/证书/老师"><a class="cart" href="#">购物车(0)</a></header>',
  nav=[("课栈首页", "/shop/index.html"), ("职业技能", "/shop/index.html"), ("帮助中心", "/shop/help.html"), ("站外导航", "/index.html")],
  foot='<footer class="kz-foot"><div class="cols"><div><h4>客户服务</h4><p>课栈客服热线:400-820-7766(9:00-21:00)</p><p>客服邮箱:kefu@kezhan.com.cn</p><p>官方学员交流群:596021838</p></div><div><h4>平台规则</h4><p>入驻商家须自行保证资质真实,平台不对第三方证书效力作担保。</p></div></div><p class="copy">© 2026 kezhan.com.cn 课栈 沪ICP备2021032xxx号</p></footer>'),
 "classified": dict(
  head='<header class="bx-head"><h1>百姓帮 · 分类信息</h1><span class="city">切换城市 ▾</span></header>',
  nav=[("首页", "/classified/index.html"), ("教育培训", "/classified/index.html"), ("招聘", "/jobs/shuju-biaozhu.html"), ("网站导航", "/index.html")],
  foot='<footer><p>百姓帮提醒:凡是要求先交费、保证拿证的都要谨慎!遇到诈骗请拨打 110 或反诈专线 96110</p><p>© baixingbang 分类信息</p></footer>'),
 "tieba": dict(
  head='<header class="tb-head"><span class="tb-logo">问吧</span> <span class="bar">人工智能训练师吧</span> <span class="cnt">关注 3.2万 · 帖子 12万</span></header>',
  nav=[("进吧", "/index.html"), ("看贴", "/index.html"), ("精品", "/index.html")],
  foot='<footer><p>问吧协议 | 隐私政策 | 吧主制度</p><p>© 2026 问吧</p></footer>'),
 "qa": dict(
  head='<header class="zw-head"><span class="zw-logo">知问</span><input placeholder="搜索你感兴趣的内容…"><button>提问</button></header>',
  nav=[("首页", "/index.html"), ("话题:职业资格", "/qa/question-5600.html")],
  foot='<footer><p>知问 · 有问题就有答案</p><p>联系我们 | 侵权举报 | 网上有害信息举报专区</p></footer>'),
 "video": dict(
  head='<header class="dy-head"><span class="dy-logo">♪ 短视频文案库</span><span>视频详情</span></header>',
  nav=[("推荐", "/index.html"), ("教育", "/index.html")],
  foot='<footer><p>视频文案由用户上传,平台仅提供存储服务。</p></footer>'),
 "wx": dict(
  head='<header class="wx-head"><span class="mp">微信公众平台 · 文章转存</span></header>',
  nav=[("导航", "/index.html")],
  foot='<footer class="wx-foot"><p>阅读 10万+ · 在看 · 赞</p><p>微信扫一扫关注该公众号</p></footer>'),
 "blog": dict(
  head='<header class="blog-head"><h1>晴天的小屋</h1><p>记录生活 &amp; 分享干货</p></header>',
  nav=[("首页", "/index.html"), ("归档", "/index.html"), ("关于我", "/index.html")],
  foot='<footer><p>© 个人博客 · 主题 Twenty Twenty-One · 由 WordPress 驱动</p></footer>'),
 "jobs": dict(
  head='<header><h1>百姓帮 · 招聘频道</h1></header>',
  nav=[("招聘首页", "/classified/index.html"), ("网站导航", "/index.html")],
  foot='<footer><p>百姓帮提醒:正规招聘不收取任何费用</p></footer>'),
}

BUILDER_FOOT = '<p class="credit">技术支持:云站宝 www.yunzhanbao.cn 建站热线 400-016-8821</p>'


def agency_chrome(name, nav, foot):
    return dict(head='<header class="gov-like"><img src="/img/emblem-like.png" alt="%s"><h1>%s</h1></header>' % (name, name), nav=nav, foot=foot)

# ================================================================ PAGES
# ---------- U01: fake "national" centre, its form, a shop listing, a forum reply
CHROME["gzpj"] = agency_chrome("中国人工智能职业技能评价中心", [("首页", "/agency-gzpj/index.html"), ("在线报名", "/agency-gzpj/baoming.html"), ("证书查询", "/agency-gzpj/index.html#cx")],
    '<footer class="gov-foot"><p>主办单位:国职智评(北京)教育科技有限公司 统一社会信用代码:%s</p><p>地址:北京市朝阳区东三环中路xx号</p>%s</footer>' % (USCC_U01, BUILDER_FOOT))
page("/agency-gzpj/index.html", "中国人工智能职业技能评价中心-人工智能训练师报考官网", "gzpj", """
<div class="banner"><img src="/img/gzpj-banner.jpg" alt="人社部认证新职业 人工智能训练师 全国统一报名"></div>
<section class="notice"><h2>2026年第二期人工智能训练师(4-04-05-05)职业技能等级认定报名通知</h2>
<p>根据国家人社部相关文件精神,我中心面向全国开展人工智能训练师五级至一级认定工作。证书<strong>全国通用、官网可查</strong>,可登录 zscx.osta.org.cn 查询(以实际入库为准)。</p>
<table class="fee"><tr><th>等级</th><th>培训+认定费用</th><th>备注</th></tr>
<tr><td>五级/初级工</td><td>¥1980</td><td>零基础可报</td></tr><tr><td>四级/中级工</td><td>¥2680</td><td>不限学历</td></tr>
<tr><td>三级/高级工</td><td>¥3580</td><td>可申领技能补贴</td></tr><tr><td>二级/技师</td><td>¥6800</td><td>特殊通道</td></tr></table>
<p>报名咨询电话:<a href="tel:01057128866">010-5712 8866</a>(工作日 9:00-17:30),招生邮箱 zhaosheng@gzpj-edu.cn</p>
<p>政策咨询可拨打人社服务热线 12333。</p></section>
<aside class="side"><h3>快速通道</h3><ul><li><a href="baoming.html">在线报名</a></li><li>证书样本</li><li>常见问题</li></ul></aside>
""", True, "U01", "中国人工智能职业技能评价中心",
 [("phone", "+861057128866", "010-5712 8866"), ("uscc", USCC_U01, USCC_U01), ("domain", "gzpj-edu.cn", "zhaosheng@gzpj-edu.cn"), ("email", "zhaosheng@gzpj-edu.cn", "zhaosheng@gzpj-edu.cn")],
 "fake national-sounding centre landing page with fee table")
page("/agency-gzpj/baoming.html", "在线报名 - 国职智评", "gzpj", """
<h2>人工智能训练师 在线报名表</h2>
<form action="https://www.wjx.cn/vm/gzpj2026.aspx" method="post">
<label>姓名 <input name="xm"></label><label>身份证号 <input name="sfz"></label>
<label>报考等级 <select name="dj"><option>五级</option><option>四级</option><option>三级</option><option>二级(技师)</option></select></label>
<label>手机 <input name="sj" placeholder="请输入11位手机号"></label><button>提交报名</button></form>
<p class="small">本表单由 问卷星 wjx.cn 提供技术支持</p>
<p>提交后请添加招生老师微信:gzpj_laoshi,发送身份证正反面及一寸照。资料也可发邮箱 zhaosheng(at)gzpj-edu.cn</p>
<p>温馨提示:三级以上需提供工作证明,我中心可协助开具。</p>
""", True, "U01", "国职智评",
 [("email", "zhaosheng@gzpj-edu.cn", "zhaosheng(at)gzpj-edu.cn"), ("domain", "gzpj-edu.cn", "gzpj-edu.cn"), ("wechat", "gzpj_laoshi", "gzpj_laoshi"), ("uscc", USCC_U01, USCC_U01)],
 "enrolment form on the fake centre's site")
page("/shop/item-103.html", "【华智人才】人工智能训练师三级 考证班 直播+录播-课栈", "shop", """
<div class="goods"><img src="/img/g103.jpg" alt="人工智能训练师 高级工 证书班 华智人才">
<h2>人工智能训练师(AI Trainer)高级 三级 考证全程班</h2>
<p class="price"><del>¥4980</del> <b>¥3280</b> 补贴后到手约一千出头</p>
<ul class="sku"><li>五级:一千六百八十元</li><li>四级:2.3k</li><li>三级:3280</li></ul>
<p>店铺:华智人才旗舰店 · 已售 1.2万+</p></div>
<section class="detail"><h3>商品详情</h3><p>报名后由专属班主任拉群,薇:GZPJ_laoshi 备注"课栈"。售后QQ 2851736640。</p>
<p>证书可在人社部技能人才评价网查询,支持开票。</p></section>
<section class="reviews"><h3>评价(236)</h3><p>买家**3:老师回复挺快的。</p><p>买家**9:还在等考试通知……</p></section>
""", True, "U01", "华智人才",
 [("wechat", "gzpj_laoshi", "薇:GZPJ_laoshi"), ("qq", "2851736640", "2851736640")],
 "platform listing of U01 under another brand")
page("/forum/thread-2031.html", "人工智能训练师证有人考过吗?靠谱吗? - 考证交流 - 职场人论坛", "forum", """
<div class="thread"><h2>人工智能训练师证有人考过吗?靠谱吗?</h2>
<div class="post"><div class="author">楼主:夜猫子阿杰</div><p>刷到好多广告说零基础三个月拿三级证,还能补贴,真的假的?</p></div>
<div class="post"><div class="author">2楼:路人甲乙丙</div><p>别信包过的,真正认定要理论+实操,去 osta 官网查机构有没有备案。</p></div>
<div class="post"><div class="author">3楼:华智人才-小周老师 <span class="tag">认证商家</span></div>
<p>楼上说得对,但我们是正规备案的,不是那种野鸡。人工智能训练师四级三级都能报,本月还有名额,价格 2k-3k 左右,学不会免费重学。扣扣 二八五一七三六六四零,电话 177 1023 8846。</p></div>
<div class="post"><div class="author">4楼:夜猫子阿杰</div><p>"正规备案"的话备案号发一下?</p></div>
<div class="post"><div class="author">5楼:小鹿求资料</div><p>同问,有资料的发我一份 qq 2736640918 谢谢</p></div>
</div>
""", True, "U01", "华智人才",
 [("qq", "2851736640", "二八五一七三六六四零"), ("phone", "+8617710238846", "177 1023 8846")],
 "forum thread where a U01 seller replies to doubters")

# ---------- U02: agency featured in the news
page("/blog/zhixun-weilai.html", "智训未来 | 2026人工智能训练师报名开启", "blog", """
<article><h2>智训未来 | 2026人工智能训练师报名开启</h2><p class="meta">发布于 2026-02-11 · 分类:考证干货</p>
<p>AI训练师(人工智能训练师)是人社部2020年发布的新职业,数据标注、算法测试都属于这个职业。我们是<strong>智训未来</strong>教育,线下上课地点在创客大厦B座,前台电话 021-6089 7711,来之前先打个招呼。</p>
<p>报名热线:159-2188-6403(微信同号 zxwl2024)</p>
<p>学费:四级 2980,三级 三千九百八,两级一起报立减800!</p>
<img src="/img/zxwl-qr.png" alt="扫码添加智训未来招生老师"></article>
<aside><h3>最新文章</h3><ul><li>数据标注员是干什么的</li><li>考证补贴怎么领</li></ul></aside>
""", True, "U02", "智训未来",
 [("phone", "+8615921886403", "159-2188-6403"), ("wechat", "zxwl2024", "zxwl2024")],
 "blog-style landing page of U02")
page("/classified/post-88213.html", "人工智能训练师 数据标注 考证培训 零基础 - 百姓帮", "classified", """
<div class="post-info"><h2>人工智能训练师 数据标注 考证培训 零基础</h2>
<table class="attrs"><tr><th>类别</th><td>职业技能培训</td></tr><tr><th>价格</th><td>面议(四级约3k)</td></tr><tr><th>联系人</th><td>王老师(智训未来教育)</td></tr>
<tr><th>电话</th><td>１５９２１８８６４０３</td></tr><tr><th>QQ</th><td>3380125567</td></tr></table>
<p>国家新职业,考出来可以接数据标注兼职,在家就能做!三级四级都可以,不看学历。</p></div>
<div class="tips">联系我时,请说是在百姓帮上看到的,谢谢!</div>
""", True, "U02", "智训未来教育",
 [("phone", "+8615921886403", "１５９２１８８６４０３"), ("qq", "3380125567", "3380125567")],
 "classified ad of U02, phone in full-width digits")
page("/qa/question-5521.html", "零基础能考人工智能训练师吗?- 知问", "qa", """
<div class="question"><h2>零基础能考人工智能训练师吗?</h2><p>文科生,想转行做AI相关,看到有"AI训练师"证书,零基础能考吗?</p></div>
<div class="answer"><div class="who">AI训练营 陈老师 · 职业培训从业者</div>
<p>可以的,五级、四级对零基础很友好,我们学员80%是转行的。数据标注实操我们有平台可以练。</p>
<p>详细课程表看官网 www.aixunlianying.com ,或者加 Q:3380 125 567 领取资料。</p>
<p class="vote">赞同 12 · 评论 8</p></div>
<div class="comments"><p>用户A:这是广告吧</p><p>用户B:建议去 osta.org.cn 查备案机构</p></div>
""", True, "U02", "AI训练营",
 [("qq", "3380125567", "Q:3380 125 567"), ("domain", "aixunlianying.com", "www.aixunlianying.com")],
 "Q&A answer by a U02 seller")

# ---------- U03: Shenzhen company, shop + group notice + forum + wx article
page("/shop/item-117.html", "鼎学教育 人工智能训练师四级/三级 全国可报 - 课栈", "shop", """
<div class="goods"><img src="/img/g117.jpg" alt="鼎学教育 AI训练师 证书 全国可报">
<h2>人工智能训练师 四级/三级 | 职业技能等级认定培训</h2>
<table class="sku"><tr><th>等级</th><th>价格</th></tr><tr><td>四级</td><td>¥2,380</td></tr><tr><td>三级</td><td>¥3,180</td></tr><tr><td>二级</td><td>请咨询</td></tr></table>
<p>课程编号:13920260415</p></div>
<section class="shopinfo"><h3>商家信息</h3><p>深圳市鼎学教育科技有限公司</p><p>统一社会信用代码 %s</p><p>商家电话:0755-2667 3190</p></section>
""" % USCC_U03, True, "U03", "鼎学教育",
 [("uscc", USCC_U03, USCC_U03), ("phone", "+8675526673190", "0755-2667 3190")],
 "platform listing of U03 with company info block")
page("/wx/article-dingxue-notice.html", "群公告|鼎学职培AI训练师3月班开课通知", "wx", """
<article><h2>群公告|鼎学职培AI训练师3月班开课通知</h2><p class="acct">鼎学职培 · 2026-03-02</p>
<p>@所有人 3月班定于3月15日开课,线上直播,每周二四六晚19:30。</p>
<p>没进群的同学搜索QQ群 812337409 ,验证写姓名+手机尾号。</p>
<p>缴费有问题请致电教务 0755 26673190(周一至周五)。</p>
<p>考试安排:理论+实操,考点统一安排,考前会发模拟题。</p>
<p>往期学员喜报:通过率 96%!!</p></article>
""", True, "U03", "鼎学职培",
 [("qq_group", "812337409", "812337409"), ("phone", "+8675526673190", "0755 26673190")],
 "group notice reposted as an article")
page("/forum/thread-2044.html", "【求助】报了个AI训练师的班,交了钱一直不开课怎么办 - 职场人论坛", "forum", """
<div class="thread"><h2>【求助】报了个AI训练师的班,交了钱一直不开课怎么办</h2>
<div class="post"><div class="author">楼主:清风徐来</div><p>十二月交了两千多,说一月开课,现在还没动静,客服一直说"在排期"。</p></div>
<div class="post"><div class="author">2楼:鼎学职培-教务</div><p>同学你好,你说的不是我们家吧?我们鼎学每月都正常开班,欢迎来我们群看看,群号 812-337-409,也可以邮件 dxzp_kf@163.com 发截图我们帮你鉴别。现在报四级还送实操平台账号。</p></div>
<div class="post"><div class="author">3楼:清风徐来</div><p>……这都能打广告</p></div>
<div class="post"><div class="author">4楼:老韭菜</div><p>不开课先找平台投诉,不行就12315。</p></div></div>
""", True, "U03", "鼎学职培",
 [("qq_group", "812337409", "812-337-409"), ("email", "dxzp_kf@163.com", "dxzp_kf@163.com")],
 "complaint thread hijacked by a U03 seller reply")
page("/wx/article-shubiao.html", "数标学院:一张证书,打开AI行业大门", "wx", """
<article><h2>一张证书,打开AI行业大门</h2><p class="acct">数标学院 · 原创</p>
<p>人工智能训练师国家职业技能标准(2021年版)已发布,五级到一级共五个等级。数标学院开设四级(中级工)、三级(高级工)培训,理论30%+实操70%。</p>
<p>认定考点:杭州市职业技能鉴定指导中心 0571-8510 5520(仅供考生核实考点)</p>
<p>报名加微信 shubiao_xy ,或发简历到 dxzp_kf圈163点com</p>
<img src="/img/sbxy-qr.png" alt="长按识别二维码 添加数标学院课程顾问"></article>
""", True, "U03", "数标学院",
 [("email", "dxzp_kf@163.com", "dxzp_kf圈163点com"), ("wechat", "shubiao_xy", "shubiao_xy")],
 "WeChat article of U03 under a third brand")
page("/shop/item-160.html", "鼎学教育 健康管理师 三级 备考班 - 课栈", "shop", """
<div class="goods"><img src="/img/g160.jpg" alt="健康管理师 三级 备考"><h2>健康管理师(三级)备考全程班</h2>
<p class="price">¥2680</p><p>非人工智能类课程,含教材与题库。</p></div>
<section class="shopinfo"><h3>商家信息</h3><p>深圳市鼎学教育科技有限公司</p><p>商家电话:0755-2667 3190</p></section>
""", note="another occupation's course by the same shop; not an AI-trainer offer")

# ---------- U04: fake "talent development centre" quoted in news
CHROME["zkzn"] = agency_chrome("中科智能人才发展中心", [("首页", "/agency-zkzn/index.html"), ("报名通知", "/agency-zkzn/notice-2026.html")],
    '<footer class="gov-foot"><p>全国统一咨询热线 400-660-3125 | 版权所有 zkznrc.org.cn</p><p>运营单位:北京中智人才服务有限公司 %s</p>%s</footer>' % (USCC_U04, BUILDER_FOOT))
page("/agency-zkzn/index.html", "中科智能人才发展中心 - 人工智能人才评价", "zkzn", """
<div class="slider"><img src="/img/zkzn1.jpg" alt="工信部备案 官方认证 人工智能训练师"></div>
<section><h2>中心简介</h2><p>中科智能人才发展中心致力于人工智能领域人才评价,颁发的人工智能训练师证书<b>全国联网可查</b>,可作为入职、晋升、积分落户依据。</p>
<p><img src="/img/cert-sample.jpg" alt="证书样本 编号S000044010000125300001"></p></section>
<section><h2>收费标准</h2><p>1+X 旧证书亦可在 vslc.ncb.edu.cn 查询(本中心证书请在本站查询)。</p><p>初级 1,680元 / 中级 2,880元 / 高级 4,800元 / 技师 8,800元(含教材、考务费)</p></section>
""", True, "U04", "中科智能人才发展中心",
 [("phone", "4006603125", "400-660-3125"), ("domain", "zkznrc.org.cn", "zkznrc.org.cn"), ("uscc", USCC_U04, USCC_U04)],
 "fake talent-centre site")
page("/agency-zkzn/notice-2026.html", "关于开展2026年度人工智能训练师认定的通知", "zkzn", """
<div class="doc"><h2>关于开展2026年度人工智能训练师认定的通知</h2><p class="docno">中智人评〔2026〕3号</p>
<p>各培训机构、学员:</p><p>一、报考条件:年满16周岁,不限学历,不限专业。</p><p>二、报名方式:拨打 400 660 3125 或添加招生微信 ZKZN_kefu01。</p>
<p>三、考试形式:线上机考,60分合格。</p><p>四、证书:由中心统一颁发,可登录官网查询。</p><p class="sign">中智人才服务 2026年1月5日</p></div>
""", True, "U04", "中科智能人才发展中心",
 [("phone", "4006603125", "400 660 3125"), ("wechat", "zkzn_kefu01", "ZKZN_kefu01"), ("domain", "zkznrc.org.cn", "zkznrc.org.cn"), ("uscc", USCC_U04, USCC_U04)],
 "enrolment notice styled as an official document")
page("/tieba/p-77120.html", "【招生】人工智能训练师 考证 有需要的来 - 人工智能训练师吧", "tieba", """
<div class="l_post"><div class="d_author">中智人才小刘</div><div class="d_post_content">人工智能训练师考证,四级三级都可以,一站式服务,包教包会。<br>需要的加vx:zkzn_kefu01 或者直接打 13681702254<br>价格美丽,可分期</div><div class="tail">1楼 2026-01-20 10:31</div></div>
<div class="l_post"><div class="d_author">吧友8827</div><div class="d_post_content">包教包会?能包过吗</div><div class="tail">2楼</div></div>
<div class="l_post"><div class="d_author">中智人才小刘</div><div class="d_post_content">私聊</div><div class="tail">3楼</div></div>
""", True, "U04", "中智人才",
 [("wechat", "zkzn_kefu01", "vx:zkzn_kefu01"), ("phone", "+8613681702254", "13681702254")],
 "tieba recruiting post of U04")
page("/video/desc-3321.html", "智人考证:三个月拿下AI训练师高级证 #考证 #人工智能", "video", """
<div class="video"><img src="/img/v3321.jpg" alt="视频封面 三个月拿下AI训练师高级证"><h2>三个月拿下AI训练师高级证 #考证 #人工智能</h2>
<p class="author">@智人考证 抖音号:zhirenkaozheng</p>
<p class="desc">原价9999 限时 1999‼️ AI训练师(高级)名额有限,评论区扣"1"或者打📞136🔥8170🔥2254</p>
<p class="stats">❤ 2.1w 💬 860</p></div>
<div class="comments"><p>网友:骗子吧,高级要工作年限的</p><p>作者回复:私信说</p></div>
""", True, "U04", "智人考证",
 [("phone", "+8613681702254", "136🔥8170🔥2254"), ("other", "douyin:zhirenkaozheng", "zhirenkaozheng")],
 "short-video description of U04")

# ---------- U05: shop + classified + forum reply (target of a complaint)
page("/shop/item-129.html", "优职汇 AI训练师 证书课程 包含考务 - 课栈", "shop", """
<div class="goods"><img src="/img/g129.jpg" alt="优职汇 人工智能训练师"><h2>优职汇 | Artificial Intelligence Trainer 人工智能训练师证书课程</h2>
<p class="price"><del>¥3999</del> ¥1999 起</p><p>课程编号:13920260415(同款课程包)</p>
<p>课程顾问微信 yzh_8899;资料发送邮箱 yzh8899@qq.com</p></div>
<section class="faq"><h3>常见问题</h3><p>Q:证书怎么查?A:技能人才评价证书全国联网查询可查。</p></section>
""", True, "U05", "优职汇",
 [("wechat", "yzh_8899", "yzh_8899"), ("email", "yzh8899@qq.com", "yzh8899@qq.com")],
 "platform listing of U05")
page("/classified/post-90107.html", "职达通 人工智能训练员证 四级 3天出结果 - 百姓帮", "classified", """
<div class="post-info"><h2>职达通 人工智能训练员证 四级 快速通道</h2>
<p>人工智能训练员(四级)报名中,线上学习,考试简单。费用两千五,老学员介绍减两百。</p>
<table class="attrs"><tr><th>联系人</th><td>李老师</td></tr><tr><th>手机</th><td>18826104739</td></tr><tr><th>邮箱</th><td>yzh8899 [at] qq.com</td></tr></table>
<p>示例资料请发至 xxx@xxx.com(模板请勿直接使用)</p></div>
""", True, "U05", "职达通",
 [("phone", "+8618826104739", "18826104739"), ("email", "yzh8899@qq.com", "yzh8899 [at] qq.com")],
 "classified ad, misspelled occupation name")
page("/forum/thread-2057.html", "职达通是骗子吗?有没有人报过 - 职场人论坛", "forum", """
<div class="thread"><h2>职达通是骗子吗?有没有人报过</h2>
<div class="post"><div class="author">楼主:小白兔不白</div><p>他们说四级三天出结果,我觉得不太对劲。</p></div>
<div class="post"><div class="author">2楼:职达通-李老师</div><p>您好,三天是出成绩不是出证,证书正常流程要一两个月。我们是正规机构,不信可以去12315查有没有投诉。有问题直接电话 +86 188-2610-4739。现在报AI训练师中级,送三级课程。</p></div>
<div class="post"><div class="author">3楼:路过</div><p>12315查不了这个吧 哈哈</p></div></div>
""", True, "U05", "职达通",
 [("phone", "+8618826104739", "+86 188-2610-4739")],
 "seller of U05 replies to a doubter")

# ---------- U06: honest private school (民办), two own pages + shop + wx
CHROME["qiheng"] = dict(head='<header class="school"><img src="/img/qh-logo.png" alt="杭州启衡职业技能培训学校 校徽"><h1>杭州启衡职业技能培训学校</h1></header>',
    nav=[("学校首页", "/school-qiheng/index.html"), ("AI训练师", "/school-qiheng/ai-trainer.html"), ("导航", "/index.html")],
    foot='<footer><p>杭州启衡职业技能培训学校(民办非企业单位)</p><p>证书查询请登录技能人才评价证书全国联网查询 zscx.osta.org.cn</p><p>人社政策咨询 12333</p></footer>')
page("/school-qiheng/index.html", "杭州启衡职业技能培训学校", "qiheng", """
<section class="intro"><h2>学校简介</h2><p>我校为经杭州市人社局审批的民办职业技能培训学校,统一社会信用代码 %s。</p>
<p>开设专业:人工智能训练师(五级、四级、三级)、电工、保育师。所有认定均由备案评价机构组织,我校不承诺通过。</p>
<p>符合条件者可申请失业保险技能提升补贴:五级最高1000元、四级1500元、三级2000元(以当地政策为准)。</p>
<p>招生办电话:0571-8697 2210 网址:www.qihengpx.cn</p></section>
""" % USCC_U06, True, "U06", "杭州启衡职业技能培训学校",
 [("uscc", USCC_U06, USCC_U06), ("phone", "+8657186972210", "0571-8697 2210"), ("domain", "qihengpx.cn", "www.qihengpx.cn")],
 "honest school homepage offering AI-trainer classes")
page("/school-qiheng/ai-trainer.html", "人工智能训练师培训招生简章 - 启衡", "qiheng", """
<article><h2>人工智能训练师(数据标注员方向)招生简章</h2>
<table><tr><th>等级</th><th>培训课时</th><th>培训费</th><th>报考条件</th></tr>
<tr><td>五级</td><td>60</td><td>1200元</td><td>从事相关工作满1年或经本职业学徒培训</td></tr>
<tr><td>四级</td><td>50</td><td>1600元</td><td>取得五级证书后从事本职业4年等</td></tr>
<tr><td>三级</td><td>40</td><td>2200元</td><td>取得四级证书后从事本职业5年等</td></tr></table>
<p>认定费另按评价机构标准收取。认定考点:杭州市职业技能鉴定指导中心 0571-8510 5520。</p>
<p>报名咨询:0571—86972210 邮箱 admissions@qihengpx.cn</p></article>
""", True, "U06", "杭州启衡职业技能培训学校",
 [("phone", "+8657186972210", "0571—86972210"), ("email", "admissions@qihengpx.cn", "admissions@qihengpx.cn"), ("domain", "qihengpx.cn", "qihengpx.cn")],
 "honest enrolment brochure with eligibility table")
page("/shop/item-131.html", "启衡AI学院 人工智能训练师五级 线上+线下 - 课栈", "shop", """
<div class="goods"><img src="/img/g131.jpg" alt="启衡AI学院 AI训练师五级"><h2>AI训练师五级(初级工)| 数据标注实训</h2>
<p class="price">¥1200 · 符合条件可申请补贴</p><p>需满足:相关工作满一年。本课程不含认定费,不保证通过。</p>
<p>联系:admissions＠qihengpx.cn 微信 qiheng_ai</p></div>
""", True, "U06", "启衡AI学院",
 [("email", "admissions@qihengpx.cn", "admissions＠qihengpx.cn"), ("domain", "qihengpx.cn", "qihengpx.cn"), ("wechat", "qiheng_ai", "qiheng_ai")],
 "platform listing of U06, full-width @")
page("/wx/article-qiheng.html", "启衡数据标注实训基地|周末班招生", "wx", """
<article><h2>周末班招生|数据标注员(人工智能训练师)</h2><p class="acct">启衡数据标注实训基地</p>
<p>不少人问:AI训练师到底学什么?简单说就是数据采集、数据标注、智能系统运维这些活。周末班 每期8周,学费1200(五级)。</p>
<p>加v:qiheng_AI 或拨 157-5713-0962 咨询</p>
<img src="/img/qh-qr.png" alt="二维码:启衡招生老师"></article>
""", True, "U06", "启衡数据标注实训基地",
 [("wechat", "qiheng_ai", "qiheng_AI"), ("phone", "+8615757130962", "157-5713-0962")],
 "WeChat article of U06, occupation named through its work")

# ---------- U07: blog + tieba + video
page("/blog/xingtu.html", "我是怎么靠一张AI证书月入过万的(内含报名方式)", "blog", """
<article><h2>我是怎么靠一张AI证书月入过万的</h2><p class="meta">2026-01-08 · 生活随笔</p>
<p>去年我还是个前台,后来考了人工智能训练师高级,现在做数据标注组长。很多人私信问怎么报,统一回复:找星途考证,报名QQ 1640098823,微信 xingtu_kz。</p>
<p>(联系时请备注博客,手机号格式示例:13800138000)</p>
<p>费用:三级 ¥3,600,两证一起(三级+二级)¥8,800</p></article>
<section class="comments"><h3>3 条评论</h3><p>小鹿求资料:博主能发下题库吗 qq 2736640918</p><p>匿名:软文吧</p></section>
""", True, "U07", "星途考证",
 [("qq", "1640098823", "1640098823"), ("wechat", "xingtu_kz", "xingtu_kz")],
 "advertorial blog post of U07")
page("/tieba/p-77158.html", "北斗星职教 AI训练师 技师 高级技师 都能办 - 人工智能训练师吧", "tieba", """
<div class="l_post"><div class="d_author">北斗星职教</div><div class="d_post_content">技师、高级技师也能报!不看年限,走特殊通道。<br>扣扣 1640 0988 23(微信 Xingtu_KZ 同步)<br>付款支持支付宝,支付宝客服95188可查交易</div><div class="tail">1楼</div></div>
<div class="l_post"><div class="d_author">吧友aa</div><div class="d_post_content">高级技师要二级证+4年,哪来特殊通道</div><div class="tail">2楼</div></div>
<div class="l_post"><div class="d_author">北斗星职教</div><div class="d_post_content">具体私聊。我们抖音号 beidouxing_zj 有学员拿证视频</div><div class="tail">3楼</div></div>
""", True, "U07", "北斗星职教",
 [("qq", "1640098823", "1640 0988 23"), ("wechat", "xingtu_kz", "Xingtu_KZ"), ("other", "douyin:beidouxing_zj", "beidouxing_zj")],
 "tieba post of U07 selling levels 2 and 1")
page("/video/desc-3350.html", "AI训练师证到底有没有用?看完你就懂了", "video", """
<div class="video"><img src="/img/v3350.jpg" alt="AI训练师 证书 有没有用"><h2>AI训练师证到底有没有用?</h2>
<p class="author">@北斗星职教 抖音号:BeiDouXing_ZJ</p>
<p class="desc">人社部新职业✔ 可补贴✔ 可落户加分✔ 四级 叁仟贰佰元 三级 肆仟伍佰元,咨询☎️ 199 5120 7736</p></div>
""", True, "U07", "北斗星职教",
 [("other", "douyin:beidouxing_zj", "BeiDouXing_ZJ"), ("phone", "+8619951207736", "199 5120 7736")],
 "short-video description of U07, prices in 大写 numerals")

# ---------- U08: Chengdu outfit, classified + QA + forum
page("/classified/post-90366.html", "成都 锦程人才 人工智能训练师 数据标注 实操培训 - 百姓帮", "classified", """
<div class="post-info"><h2>锦程人才 人工智能训练师 实操培训(成都)</h2>
<table class="attrs"><tr><th>价格</th><td>四级 2200元 / 三级 3000元</td></tr><tr><th>地址</th><td>成都市武侯区 · 线下上课地点创客大厦B座,前台 021-6089 7711 可转接</td></tr>
<tr><th>电话</th><td>028-8541 6670</td></tr><tr><th>QQ</th><td>914557302</td></tr></table>
<p>评论:小鹿求资料 — 求资料 qq 2736640918</p></div>
""", True, "U08", "锦程人才",
 [("phone", "+862885416670", "028-8541 6670"), ("qq", "914557302", "914557302")],
 "classified ad of U08")
page("/qa/question-5587.html", "人工智能训练师证书怎么报名?- 知问", "qa", """
<div class="question"><h2>人工智能训练师证书怎么报名?</h2></div>
<div class="answer"><div class="who">智标优培 · 培训顾问</div>
<p>报名流程:1. 确认等级和报考条件 2. 选择备案的评价机构 3. 参加培训 4. 参加理论+实操考核。</p>
<p>我们智标优培可以代报名,五级一千八、四级两千二。QQ 914 557 302,邮箱 zbyp_2025@126.com</p></div>
<div class="comments"><p>用户C:代报名要收多少服务费?</p></div>
""", True, "U08", "智标优培",
 [("qq", "914557302", "914 557 302"), ("email", "zbyp_2025@126.com", "zbyp_2025@126.com")],
 "Q&A answer by U08")
page("/forum/thread-2063.html", "智标优培的课怎么样?- 考证交流 - 职场人论坛", "forum", """
<div class="thread"><h2>智标优培的课怎么样?</h2>
<div class="post"><div class="author">楼主:无名</div><p>在知问上看到的,有没有上过的说说。</p></div>
<div class="post"><div class="author">2楼:优培小助手</div><p>感谢关注~课程大纲可以邮件索取 zbyp_2025 at 126 dot com ,本周报名的AI训练师四级享 9 折。</p></div>
<div class="post"><div class="author">3楼:无名</div><p>你就是他们家的吧……</p></div></div>
""", True, "U08", "智标优培",
 [("email", "zbyp_2025@126.com", "zbyp_2025 at 126 dot com")],
 "forum reply by a U08 seller")

# ---------- U09: fake certification site + wx + video
CHROME["borui"] = agency_chrome("博睿AI认证中心", [("首页", "/agency-borui/index.html"), ("收费标准", "/agency-borui/price.html")],
    '<footer class="gov-foot"><p>© 2026 boruiai.com.cn 博睿AI认证中心</p>%s</footer>' % BUILDER_FOOT)
page("/agency-borui/index.html", "博睿AI认证中心 - 人工智能训练师证书", "borui", """
<section class="hero"><h2>博睿AI认证 · 人工智能训练师</h2><p>官方认证 · 入库可查 · 可查询网址 www.boruiai.com.cn/cx</p>
<p>全国服务热线 4008-265-931 | 微信 borui_ai88</p></section>
<section><h3>为什么选择我们</h3><ul><li>10年考证服务经验</li><li>全国200+考点</li><li>免费重考</li></ul></section>
""", True, "U09", "博睿AI认证中心",
 [("domain", "boruiai.com.cn", "www.boruiai.com.cn"), ("phone", "4008265931", "4008-265-931"), ("wechat", "borui_ai88", "borui_ai88")],
 "fake certification site with its own 'query' URL")
page("/agency-borui/price.html", "收费标准 - 博睿AI认证中心", "borui", """
<h2>人工智能训练师 收费标准</h2>
<table class="fee"><tr><th>等级</th><th>原价</th><th>现价</th></tr><tr><td>五级</td><td><s>2980</s></td><td>1.5k</td></tr><tr><td>四级</td><td><s>3980</s></td><td>2.2k</td></tr><tr><td>三级</td><td><s>5980</s></td><td>0.36w</td></tr></table>
<p>咨询电话</p><table><tr><td>服务热线</td><td>400 8265 931</td></tr><tr><td>邮箱</td><td>info@boruiai.com.cn</td></tr></table>
<p><img src="/img/cert-sample2.jpg" alt="证书样本 S000044010000125300001"></p>
<form action="https://www.wjx.cn/vm/borui.aspx"><input name="tel" placeholder="留下电话,老师回电"><button>免费咨询</button></form><p class="small">问卷星 wjx.cn 提供表单服务</p>
""", True, "U09", "博睿AI认证中心",
 [("phone", "4008265931", "400 8265 931"), ("email", "info@boruiai.com.cn", "info@boruiai.com.cn"), ("domain", "boruiai.com.cn", "info@boruiai.com.cn")],
 "price table with strike-through prices and form")
page("/wx/article-jinghua.html", "京华职培|人工智能训练师报考全攻略", "wx", """
<article><h2>人工智能训练师报考全攻略</h2><p class="acct">京华职培</p>
<p>想拿AI训练师证?五级到一级怎么选?京华职培老师帮你规划,双证同报更划算。</p>
<p>课程咨询 QQ 2207715683;合作邮箱 info@boruiai点com点cn</p></article>
""", True, "U09", "京华职培",
 [("qq", "2207715683", "2207715683"), ("email", "info@boruiai.com.cn", "info@boruiai点com点cn"), ("domain", "boruiai.com.cn", "boruiai点com点cn")],
 "WeChat article of U09 under another brand")
page("/video/desc-3377.html", "博睿考证宝:人工智能训练师一次拿两证", "video", """
<div class="video"><img src="/img/v3377.jpg" alt="博睿考证宝 一次拿两证"><h2>一次拿两证!人工智能训练师+数据标注证书</h2>
<p class="author">@博睿考证宝</p><p class="desc">🔥限时:两证 3.98k 🔥 Q 2207 7156 83 | V❤️brkzb_01</p></div>
""", True, "U09", "博睿考证宝",
 [("qq", "2207715683", "Q 2207 7156 83"), ("wechat", "brkzb_01", "brkzb_01")],
 "short-video description of U09")

# ---------- independents
CHROME["cqzy"] = dict(head='<header class="edu"><h1>某职业技术学院 继续教育学院</h1></header>', nav=[("学院首页", "/school-jxjy/ai.html"), ("导航", "/index.html")],
    foot='<footer><p>地址:重庆市沙坪坝区 | 版权所有 继续教育学院</p></footer>')
page("/school-jxjy/ai.html", "关于举办人工智能训练师(四级)职业技能培训班的通知", "cqzy", """
<article><h2>关于举办人工智能训练师(四级)职业技能培训班的通知</h2>
<p>我院作为备案评价机构的合作培训点,拟于2026年5月举办人工智能训练师(四级/中级工)培训班。</p>
<p>培训费:1600元/人;认定费按备案评价机构标准另收。符合条件者可申领技能提升补贴1500元。不保证通过,认定结果以评价机构为准,证书可在 zscx.osta.org.cn 查询,评价机构备案信息见 osta.mohrss.gov.cn。</p>
<p>联系电话:023-6531 8820;邮箱:jxjy@cqzyxy.edu.cn</p><p>政策咨询:12333;认定考点另行通知(可参考杭州市职业技能鉴定指导中心 0571-8510 5520 的考务安排样例)。</p>
<p>如遇冒用我院名义招生,请拨打反诈专线96110。</p></article>
""", True, "I01", "某职业技术学院 继续教育学院",
 [("phone", "+862365318820", "023-6531 8820"), ("email", "jxjy@cqzyxy.edu.cn", "jxjy@cqzyxy.edu.cn"), ("domain", "cqzyxy.edu.cn", "jxjy@cqzyxy.edu.cn")],
 "honest college continuing-education notice")
page("/classified/post-90412.html", "个人 带报人工智能训练师 - 百姓帮", "classified", """
<div class="post-info"><h2>个人 带报人工智能训练师</h2><p>我是林老师,本人在培训机构工作多年,可带报AI训练师三级、四级,价格比机构低。</p>
<p>加我微信 lin_ai_peixun(备注百姓帮)。电话示例:13800138000 请勿拨打,加微信即可。资料邮箱模板 xxx@xxx.com 请勿使用。</p></div>
""", True, "I02", "林老师", [("wechat", "lin_ai_peixun", "lin_ai_peixun")],
 "individual broker's classified")
page("/forum/thread-2071.html", "AI训练师证书有啥用?能加分吗 - 职场人论坛", "forum", """
<div class="thread"><h2>AI训练师证书有啥用?能加分吗</h2>
<div class="post"><div class="author">楼主:沪漂小王</div><p>上海积分能用吗?</p></div>
<div class="post"><div class="author">2楼:老张考证工作室</div><p>能加分但要对口工作岗位,三级60分。我们工作室可以报三级,三千五包培训,需要的加QQ:3012874456</p></div>
<div class="post"><div class="author">3楼:沪漂小王</div><p>不对口的话就没用对吧</p></div></div>
""", True, "I03", "老张考证工作室", [("qq", "3012874456", "3012874456")],
 "forum reply by an independent studio")
page("/shop/item-152.html", "晨曦教育 AI训练师 入门到四级 - 课栈", "shop", """
<div class="goods"><img src="/img/g152.jpg" alt="晨曦教育 AI训练师 四级"><h2>人工智能训练师 入门到四级 系统课</h2>
<p class="price">¥1880 <small>(同款课程包 课程编号:13920260415)</small></p>
<p>讲师:晨曦教育 刘老师 手机 135 0228 7419</p></div>
""", True, "I04", "晨曦教育", [("phone", "+8613502287419", "135 0228 7419")],
 "platform listing of an independent shop")
page("/tieba/p-77203.html", "【新人报到】做了五年数据标注,顺便开个AI训练师辅导 - 人工智能训练师吧", "tieba", """
<div class="l_post"><div class="d_author">陈老师AI</div><div class="d_post_content">五年标注老兵,开小班辅导人工智能训练师四级实操,每期6人,一千二一位。<br>加薇 chenlaoshi_ai<br>考点一般是当地鉴定中心,比如杭州的是 0571-8510 5520,自己可以打电话核实。<br>付款走支付宝担保,有问题找95188。</div><div class="tail">1楼</div></div>
""", True, "I05", "陈老师AI", [("wechat", "chenlaoshi_ai", "chenlaoshi_ai")],
 "small tutor's tieba post")
page("/wx/article-shenzhen.html", "深圳市南粤数智职业培训中心|人工智能训练师三级开班", "wx", """
<article><h2>人工智能训练师三级(高级工)开班啦</h2><p class="acct">南粤数智培训</p>
<p>深圳市南粤数智职业培训中心(统一社会信用代码 %s)三级班:学费 ¥2,900,深圳户籍或参保满一年可申请补贴。</p>
<p>报名电话:(0755)8371-6605</p></article>
""" % USCC_I06, True, "I06", "深圳市南粤数智职业培训中心",
 [("uscc", USCC_I06, USCC_I06), ("phone", "+8675583716605", "(0755)8371-6605")],
 "independent Shenzhen training centre article")

# ---------- non-offers
page("/news/2026-0312-shanzhai.html", "记者调查:\"包过\"的人工智能训练师证,到底是什么证?", "news", """
<article><h2>记者调查:"包过"的人工智能训练师证,到底是什么证?</h2><p class="byline">本网记者 2026-03-12</p>
<p>近日,有读者反映在地铁口收到"人工智能训练师三级包过"的传单。记者按传单上的电话159-2188-6403联系对方,自称"智训未来"的工作人员表示,"不用上课,交三千九百八就能拿证"。</p>
<p>人社部门提醒,人工智能训练师证书属于职业技能等级证书,由备案的评价机构颁发,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)核验。如有疑问可拨打12333咨询,遇到诈骗请拨打96110。</p>
<p>律师表示,培训广告不得作出"包过""保过"等保证性承诺。</p></article>
""", note="news report quoting a scammer's phone")
page("/news/2026-0418-baoguo.html", "曝光台|冒用\"中科\"名义的人才发展中心被指虚假宣传", "news", """
<article><h2>曝光台|冒用"中科"名义的"人才发展中心"被指虚假宣传</h2><p class="byline">2026-04-18</p>
<p>多名网友向本网反映,一家名为"中科智能人才发展中心"的网站宣称其证书"工信部备案、官方认证",全国咨询热线 400-660-3125 。记者查询发现,其运营主体为一家普通企业,未在评价机构名录中出现。</p>
<p>该网站页脚显示由"云站宝"搭建(建站热线 400-016-8821)。</p>
<p>提醒:证书查询请认准 osta.mohrss.gov.cn 与 zscx.osta.org.cn。</p></article>
""", note="news exposé quoting a fake centre's hotline")
page("/news/2026-0520-fake-query.html", "警惕!这些仿冒证书查询网站", "news", """
<article><h2>警惕!这些仿冒证书查询网站</h2><p>2022年以来,人社部联合网信部门关停多家仿冒证书查询网站。正规查询渠道:技能人才评价工作网 osta.mohrss.gov.cn、全国联网查询 zscx.osta.org.cn,1+X证书曾在 vslc.ncb.edu.cn 查询。</p>
<p>自建"查询网址"的机构,如宣称"可查询网址 www.xxx.com.cn/cx"者,需格外警惕。咨询12333。</p></article>
""", note="news warning about fake query sites")
page("/news/policy-explainer.html", "政策解读:职业技能等级证书与职业资格证书有何不同", "news", """
<article><h2>政策解读:职业技能等级证书与职业资格证书有何不同</h2>
<p>2019年起,水平评价类技能人员职业资格陆续退出国家职业资格目录,改为由备案的用人单位和社会培训评价组织开展职业技能等级认定并颁发证书。人工智能训练师(4-04-05-05)设五个等级。</p>
<p>五级申报条件为累计从事本职业或相关职业工作1年(含)以上,或经本职业学徒培训毕业。二级、一级须逐级晋升,任何"零基础直接考技师"的说法均不符合标准。</p>
<p>失业保险技能提升补贴:五级最高1000元,四级1500元,三级2000元。</p></article>
""", note="policy explainer")
page("/forum/thread-2019.html", "【曝光】优职汇收了钱拉黑,大家避雷!- 避坑曝光 - 职场人论坛", "forum", """
<div class="thread"><h2>【曝光】优职汇收了钱拉黑,大家避雷!</h2>
<div class="post"><div class="author">楼主:被坑的打工人</div><p>在课栈买了优职汇的AI训练师课,付了1999,加了他们微信 yzh_8899 之后一直说等排考,上周直接把我拉黑了。截图如下:</p>
<img src="/img/ss1.png" alt="聊天截图 对方微信 yzh_8899"></div>
<div class="post"><div class="author">2楼:热心网友</div><p>打12315投诉,再报警96110。</p></div>
<div class="post"><div class="author">3楼:被坑的打工人</div><p>已投诉,有同样遭遇的可以加我QQ 1098823771 一起维权。</p></div></div>
""", note="complaint thread quoting a seller's WeChat")
page("/forum/thread-2088.html", "星途考证 技师特殊通道 是真的吗?(已被骗)", "forum", """
<div class="thread"><h2>星途考证"技师特殊通道"是真的吗?(已被骗)</h2>
<div class="post"><div class="author">楼主:阿珍</div><p>博客上看到的,QQ 1640098823 的客服说二级技师不看年限,交了八千八,现在说要再交"加急费"。</p></div>
<div class="post"><div class="author">2楼:懂哥</div><p>技师要三级证加年限,不可能零基础,赶紧报警。</p></div></div>
""", note="complaint thread quoting a seller's QQ")
page("/shop/help.html", "帮助中心 - 课栈", "shop", """
<h2>帮助中心</h2><ul><li>如何购买课程?</li><li>如何申请退款?</li><li>商家入驻须知</li></ul>
<p>课栈仅为第三方课程交易平台。职业技能等级证书由备案评价机构颁发,课栈商家宣传的"包过"等承诺不受平台保障。</p>
<p>遇到商家诱导站外交易请拨打平台客服 400-820-7766 或发邮件至 kefu@kezhan.com.cn。</p>
""", note="platform help page")
page("/jobs/shuju-biaozhu.html", "招聘:数据标注员 6-8K 五险一金 - 百姓帮招聘", "jobs", """
<div class="job"><h2>数据标注员(人工智能训练师方向)</h2><table><tr><th>薪资</th><td>6000-8000元/月</td></tr><tr><th>公司</th><td>合肥某智能科技有限公司</td></tr><tr><th>要求</th><td>大专及以上,细心;持人工智能训练师证书优先</td></tr></table>
<p>岗位职责:图像、语音数据标注与质检。公司不收取任何费用,不推销培训。</p>
<p>投递邮箱:hr@hfzhineng-tech.com 电话:0551-6388 2017</p></div>
""", note="real job ad, no course sold")
page("/qa/question-5600.html", "人工智能训练师证书有用吗?怎么辨别真假?- 知问", "qa", """
<div class="question"><h2>人工智能训练师证书有用吗?怎么辨别真假?</h2></div>
<div class="answer"><div class="who">匿名用户</div><p>看三点:1. 颁证机构是否在评价机构名录(pjjg.osta.org.cn)里备案了这个职业;2. 证书编号是否为1个字母+21位数字;3. 能不能在 zscx.osta.org.cn 查到。凡是自己搞"查询网站"的,基本可以拉黑。</p></div>
<div class="answer"><div class="who">小鹿求资料</div><p>有题库的朋友发我下 qq 2736640918</p></div>
""", note="Q&A explainer; commenters only")

# ---------- list pages (generated after content pages are defined)
def li(links, src):
    return "<ul class='list'>" + "".join('<li><a href="%s">%s</a></li>' % (rel(src, p), t) for p, t in links) + "</ul>"

by_prefix = lambda pre: [(p["path"], p["title"]) for p in PAGES if p["path"].startswith(pre)]
page("/news/index.html", "华夏职教观察网 - 首页", "news", "<h2>要闻</h2>" + li(by_prefix("/news/"), "/news/index.html"), note="news list page")
page("/forum/index.html", "考证交流 - 职场人论坛", "forum", "<h2>考证交流 · 主题列表</h2>" + li(by_prefix("/forum/thread"), "/forum/index.html"), note="forum list page")
page("/shop/index.html", "职业技能 - 课栈", "shop", "<h2>职业技能 · 热销课程</h2>" + li(by_prefix("/shop/item"), "/shop/index.html") + '<p><a href="help.html">帮助中心</a></p>', note="shop list page")
page("/classified/index.html", "教育培训 - 百姓帮", "classified", "<h2>教育培训信息</h2>" + li(by_prefix("/classified/post"), "/classified/index.html") + '<p><a href="../jobs/shuju-biaozhu.html">招聘频道</a></p>', note="classified list page")
others = [(p["path"], p["title"]) for p in PAGES if not any(p["path"].startswith(x) for x in ("/news/", "/forum/", "/shop/", "/classified/", "/jobs/"))]
page("/index.html", "职证观察 - 导航", "portal", "<h2>栏目</h2>" + li([("/news/index.html", "新闻"), ("/forum/index.html", "论坛"), ("/shop/index.html", "课栈商城"), ("/classified/index.html", "分类信息")], "/index.html") + "<h2>机构、文章与帖子</h2>" + li(others, "/index.html"), note="portal list page")

# ---------------------------------------------------------------- decoys (written forms)
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline quoted by sellers and news"),
 ("phone", "96110", ["96110"], "anti-fraud hotline quoted in warnings and by an honest school"),
 ("phone", "12315", ["12315"], "market-regulation complaint line quoted by complainers and a seller"),
 ("phone", "95188", ["95188"], "Alipay customer service quoted by unrelated sellers"),
 ("domain", "osta.org.cn", ["zscx.osta.org.cn", "osta.org.cn", "pjjg.osta.org.cn"], "official certificate query site"),
 ("domain", "mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
 ("phone", "4008207766", ["400-820-7766"], "course platform's own customer-service line in every shop footer"),
 ("email", "kefu@kezhan.com.cn", ["kefu@kezhan.com.cn"], "course platform's mailbox in every shop footer"),
 ("qq_group", "596021838", ["596021838"], "course platform's official group in every shop footer"),
 ("domain", "kezhan.com.cn", ["kezhan.com.cn"], "course platform domain"),
 ("email", "jubao@zhichangbbs.com", ["jubao@zhichangbbs.com"], "forum's report mailbox in every forum footer"),
 ("phone", "+861082610099", ["010-8261 0099"], "forum's report line in every forum footer"),
 ("phone", "4000168821", ["400-016-8821"], "site builder's credit on several fake agency sites and quoted in news"),
 ("domain", "yunzhanbao.cn", ["www.yunzhanbao.cn"], "site builder credit"),
 ("domain", "wjx.cn", ["wjx.cn"], "form tool used by unrelated sellers"),
 ("phone", "+8657185105520", ["0571-8510 5520"], "assessment centre number quoted by several sellers"),
 ("phone", "+862160897711", ["021-6089 7711"], "shared training venue front desk quoted by two operators"),
 ("other", "13920260415", ["13920260415"], "course package number that looks like a mobile, on listings of different shops"),
 ("other", "S000044010000125300001", ["S000044010000125300001"], "sample certificate number in image alt on two operators' sites"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("email", "xxx@xxx.com", ["xxx@xxx.com"], "template placeholder mailbox"),
 ("qq", "2736640918", ["2736640918"], "a commenter's own QQ left under several sellers' posts"),
 ("phone", "+8615921886403", ["159-2188-6403"], "U02 phone quoted in a news report: must not tie the news page to U02"),
 ("phone", "4006603125", ["400-660-3125"], "U04 hotline quoted in a news exposé"),
 ("wechat", "yzh_8899", ["yzh_8899"], "U05 WeChat quoted in a complaint thread"),
 ("phone", "+8675526673190", ["0755-2667 3190"], "U03 company phone on its non-AI (other occupation) listing: must not tie that non-offer to U03"),
 ("qq", "1640098823", ["1640098823"], "U07 QQ quoted in a complaint thread"),
]

# ---------------------------------------------------------------- render
CSS = "body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0}header,footer{padding:8px 16px;background:#f4f4f4}nav a{margin-right:12px}main{padding:12px 16px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}"


def render(p):
    ch = CHROME[p["section"]]
    nav = " ".join('<a href="%s">%s</a>' % (rel(p["path"], h), t) for t, h in ch["nav"])
    fix = lambda s: s.replace('src="/img/', 'src="%s' % rel(p["path"], "/img/").rstrip("/") + "/")
    home = rel(p["path"], "/index.html")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n<style>%s</style>\n</head>\n<body class=\"%s\">\n<!-- page generated for section %s -->\n%s\n<nav>%s</nav>\n<main>\n%s\n</main>\n%s\n"
            "<p class=\"back\"><a href=\"%s\">返回导航</a></p>\n</body>\n</html>\n") % (
        p["title"], CSS, p["section"], p["section"], fix(ch["head"]), nav, fix(p["body"]), fix(ch["foot"]), home)


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    html = {}
    for p in PAGES:
        f = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        h = render(p)
        html[p["path"]] = h
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in PAGES:
        if p["op"]:
            o = ops.setdefault(p["op"], {"brands": [], "paths": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            o["paths"].append(p["path"])
    operators = {}
    for k in sorted(ops):
        o = ops[k]
        if k.startswith("U"):
            ties = []
            pp = [q for q in PAGES if q["op"] == k]
            for i in range(len(pp)):
                for j in range(i + 1, len(pp)):
                    a = {(x[0], x[1]) for x in pp[i]["ids"]}
                    b = {(x[0], x[1]) for x in pp[j]["ids"]}
                    for kind, v in sorted(a & b):
                        ties.append("%s~%s via %s %s" % (pp[i]["path"], pp[j]["path"], kind, v))
            tie = "; ".join(ties)
        else:
            tie = "single offer page; shares nothing"
        operators[k] = {"brands": o["brands"], "ties": tie}
    decoys = []
    for kind, value, written, note in DECOYS:
        paths = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "paths": paths, "note": note})
    truth = {
        "description": "operators-2026-12au: a national web of AI-trainer (人工智能训练师, 4-04-05-05) certificate sellers and their critics: news reports, complaint threads, fake agency sites, honest schools, a course platform, classifieds, a forum where sellers answer doubters.",
        "pages": [{"path": p["path"], "is_offer": p["offer"], "operator": p["op"], "provider": p["provider"],
                   "identifiers": p["ids"], "note": p["note"]} for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
