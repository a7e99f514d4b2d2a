#!/usr/bin/env python3
"""Generate the sealed operators web operators-2026-12o (stdlib only)."""
import json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def uscc(p17):
    s = sum(ALPH.index(c) * w for c, w in zip(p17, W))
    return p17 + ALPH[(31 - s % 31) % 31]

C_ZL = uscc("91330106MA2CFL8T4")   # U01
C_ZK = uscc("91330108MA27WQ3N6")   # U07
C_JQ = uscc("92370212MA3UW8F71")   # independent I3
C_LC = uscc("91330100MA28LK5E2")   # platform (decoy)
C_MS = uscc("91110105MA01BC7D9")   # local platform (decoy)

PAGES = []  # dicts

def add(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", wrap=None):
    html = (wrap or plain)(title, body)
    PAGES.append(dict(path=path, html=html, is_offer=is_offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, title=title))

def doc(title, head, body, foot, css=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>{title}</title>\n"
            f"<style>body{{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0}}{css}</style>\n</head>\n<body>\n"
            f"{head}\n<main>\n{body}\n</main>\n{foot}\n</body>\n</html>\n")

def plain(title, body):
    return doc(title, "", body, "")

# ---------------- platform chromes ----------------
def b2b(title, body):
    head = ('<div class="topbar">链采网 lcai88.com · 全球企业间采购批发平台 | <a href="/b2b/index.html">供应商黄页</a> | '
            '<a href="/index.html">首页</a> | 客服热线 400-826-5500</div>\n<div class="search">搜索：<input placeholder="输入产品或供应商名称"> 找货源 找工厂</div>')
    foot = ('<footer class="lc-foot"><p>链采网担保交易：买家付款后由平台代管，确认收货后平台结算给卖家。担保收款方：杭州链采信息技术有限公司</p>'
            f'<p>杭州链采信息技术有限公司 统一社会信用代码 {C_LC} · 客服邮箱 service@lcai88.com · 客服热线 400-826-5500</p>'
            '<p>浙B2-20190388 · © 2026 lcai88.com 版权所有</p></footer>')
    return doc(title, head, body, foot, ".topbar{background:#ff6a00;color:#fff;padding:6px}.lc-foot{font-size:12px;color:#888}")

def douya(title, body):
    head = '<div class="nav">豆芽 douya.com · <a href="/douban/index.html">小组</a> 读书 影评 <a href="/index.html">回首页</a></div>'
    foot = ('<footer><p>© 2005－2026 douya.com, all rights reserved 北京豆芽互动科技有限公司</p>'
            '<p>联系我们 · 帮助中心 help@douya.com · 违法和不良信息举报电话：010-5866 1010</p></footer>')
    return doc(title, head, body, foot, ".nav{background:#edf4ed;padding:8px;color:#072}")

def zhifou(title, body):
    head = '<header>知否 · 有问题就会有答案 <a href="/index.html">首页</a> 发现 等你来答</header>'
    foot = ('<footer><p>知否 zhifou.com © 2026 · 侵权举报 · 网上有害信息举报专区</p>'
            '<p>违法和不良信息举报：010-8271 6605 · 举报邮箱：jubao@zhifou.com · 儿童色情信息举报专区</p></footer>')
    return doc(title, head, body, foot, "header{border-bottom:1px solid #eee;padding:8px;color:#1772f6}")

def weiyan(title, body):
    head = '<div class="wy-top">微言 weiyan.cn · 随时随地发现新鲜事 <a href="/weibo/index.html">热门</a> <a href="/index.html">首页</a></div>'
    foot = ('<footer><p>微言客服 400-096-0960 · 微言社区公约 · 举报处理大厅</p>'
            '<p>北京微言网络技术有限公司 · 京ICP证100780号 · © 2026 weiyan.cn</p></footer>')
    return doc(title, head, body, foot, ".wy-top{background:#f7f7f7;padding:6px;color:#f82}")

def qun(title, body):
    head = ('<div class="qun-top">【城南考证互助群】留言板 · 群内信息为群友自行发布，请自行甄别 '
            '<a href="/qun/index.html">返回留言列表</a> <a href="/index.html">首页</a></div>')
    foot = '<footer><p>群公告：禁止发布色情赌博信息；涉及转账请当面核实。留言板由群主自建，非官方。</p></footer>'
    return doc(title, head, body, foot, ".qun-top{background:#2aae67;color:#fff;padding:6px}")

def subsidy(title, body):
    head = ('<div class="gov-banner"><b>技能提升补贴政策解读</b> · 职业技能培训与评价 信息汇总 '
            '<span class="small">（本站为民间整理的政策解读，非政府官方网站）</span> '
            '<a href="/subsidy/index.html">首页</a> <a href="/subsidy/faq.html">常见问题</a> <a href="/subsidy/hezuo.html">合作机构</a> <a href="/index.html">总站</a></div>')
    foot = ('<footer class="gov-foot"><p>政策咨询请以官方为准：人社服务热线 12333 · 政务服务便民热线 12345</p>'
            '<p>证书查询请登录 技能人才评价证书全国联网查询 zscx.osta.org.cn</p>'
            '<p>本站信息仅供参考 · 站长邮箱 zhengce_jiedu@foxmail.com</p></footer>')
    return doc(title, head, body, foot, ".gov-banner{background:#b30000;color:#fff;padding:10px}.gov-foot{background:#eee;font-size:12px}")

def meishi(title, body):
    head = ('<div class="ms-top">美事到家 · 吃喝玩乐学 都在这里 <a href="/local/index.html">教育培训</a> <a href="/index.html">首页</a> '
            '当前城市：切换城市</div>')
    foot = ('<footer><p>团购券由平台代收代付，服务商资质以商家页面公示为准。</p>'
            f'<p>美事到家客服 400-660-5117 · 北京美事到家科技有限公司 统一社会信用代码：{C_MS}</p>'
            '<p>© meishidaojia.com 京ICP备18011204号</p></footer>')
    return doc(title, head, body, foot, ".ms-top{background:#ffc300;padding:8px}")

def zhida(title, body):
    head = '<div class="zd-top">职达网 zhida.com.cn · 好工作 上职达 <a href="/jobs/index.html">职位搜索</a> <a href="/index.html">首页</a></div>'
    foot = ('<footer><p>求职安全提示：凡以“培训费、服装费、押金”为由收取费用的，均属违规，请立即举报。'
            '举报电话 400-900-3366 · 举报邮箱 jubao@zhida.com.cn</p>'
            '<p>近期有不法分子冒充招聘方，用 171-2690-8835 等号码要求求职者先交“考证费”，请提高警惕。</p>'
            '<p>© 2026 zhida.com.cn 人力资源服务许可证 · 职达网</p></footer>')
    return doc(title, head, body, foot, ".zd-top{background:#00b38a;color:#fff;padding:8px}")

def news(title, body):
    head = '<div class="nhead">城事网 · 本地新闻 | <a href="/news/index.html">新闻首页</a> 社会 教育 消费维权 <a href="/index.html">首页</a></div>'
    foot = '<footer><p>城事网新闻热线 0571-8519 6000 · 新闻爆料 baoliao@chengshinews.cn · 未经授权禁止转载</p></footer>'
    return doc(title, head, body, foot, ".nhead{border-bottom:3px solid #c00;padding:8px}")

def mp(title, body):
    head = '<div class="mp-bar">微信小程序 · 长按识别进入「微店铺」 <a href="/index.html">首页</a></div>'
    foot = ('<footer class="mp-foot"><p>本页面由「微店铺」小程序生成并分享，商品及服务由商家提供。</p>'
            '<p>微店铺平台客服 0755-8666 1212 · weidianpu.cn</p></footer>')
    return doc(title, head, body, foot, ".mp-bar{background:#07c160;color:#fff;padding:6px;text-align:center}")

BUILDER = '<p class="credit">技术支持：易站通建站 www.yizhantong.cn 建站热线 400-880-3370</p>'
SCAM_NOTE = ('<div class="fangpian"><b>防骗提醒：</b>近期有人冒充“人社部证书中心”工作人员，使用 171-2690-8835、0755-2338 6104 '
             '等号码或微信 rsb_zhengshu01 联系学员，声称可“内部出证”，与本机构无关，请勿转账！</div>')
PLACEHOLDER = '<input type="tel" placeholder="请输入手机号，如 13800138000">'
PH_EMAIL = '<input type="email" placeholder="yourname@example.com">'
SAMPLE_CERT = '<img src="/static/cert-sample.jpg" alt="证书样本 证书编号 S000033010000255000123">'

def own(css, brand, nav, foot):
    def w(title, body):
        return doc(title, f'<header class="own"><h1>{brand}</h1><nav>{nav} <a href="/index.html">总站</a></nav></header>', body,
                   f"<footer>{foot}</footer>", css)
    return w

# ======================= U01 =======================
add("/b2b/shop-zhilian.html", "智联未来教育科技（杭州）有限公司 - 人工智能训练师培训 - 链采网", f"""
<div class="shop-head"><h2>智联未来教育科技（杭州）有限公司</h2><span class="tag">诚信通第3年</span> <span>杭州市西湖区</span></div>
<div class="offer"><h3>人工智能训练师（数据标注员）四级/三级 职业技能等级证书 培训服务 企业批量报名</h3>
<p>价格：¥2680.00/人（10人起团报 ¥2380/人）　起订：1人　发货：报名后7个工作日内安排开课</p>
<p>服务内容：线上直播+录播课程，模拟题库，协助报名第三方评价机构考试。证书全国联网可查。</p>
<p>适合企业员工技能提升、院校学生考证。</p></div>
<div class="company-card"><h4>公司档案</h4>
<p>联系人：周经理　手机：139-5710-4826</p>
<p>统一社会信用代码：{C_ZL}</p><p>经营范围：教育咨询服务（不含涉许可审批的教育培训活动）；技术服务……</p></div>
""", True, "U01", "智联未来教育科技（杭州）有限公司",
    [("phone", "+8613957104826", "139-5710-4826"), ("uscc", C_ZL, C_ZL)], "B2B supplier listing", b2b)

zl = own(".own{background:#123;color:#fff}", "智联未来教育", '<a href="/zhilian-edu/index.html">首页</a> <a href="/zhilian-edu/ai-trainer.html">人工智能训练师</a>',
         f"智联未来教育科技（杭州）有限公司 版权所有 · 统一社会信用代码 {C_ZL} · 浙ICP备2023018820号-1")
add("/zhilian-edu/index.html", "智联未来教育 - 让每个人都能拥抱AI", """
<section><h2>关于我们</h2><p>智联未来教育专注数字技能人才培养，与多所高职院校开展产教融合合作。</p>
<h2>热门项目</h2><ul><li><a href="/zhilian-edu/ai-trainer.html">人工智能训练师（数据标注员）培训</a></li><li>Python 数据分析（即将开班）</li></ul>
<h2>新闻动态</h2><p>2026-11-20 我司参加杭州数字人才发展论坛。</p></section>
""", False, None, None, [], "seller homepage, no offer (USCC in shared site footer)", zl)
add("/zhilian-edu/ai-trainer.html", "人工智能训练师职业技能等级认定培训 - 智联未来教育", f"""
<article><h2>人工智能训练师（4-04-05-05）培训班 2027年1月期 招生中</h2>
<p>等级：五级/四级/三级，考核合格由备案评价机构颁发职业技能等级证书，可在全国联网查询。</p>
<table border="1"><tr><th>级别</th><th>学费</th><th>考务费</th></tr><tr><td>四级</td><td>1980元</td><td>按评价机构标准</td></tr>
<tr><td>三级</td><td>2680元</td><td>按评价机构标准</td></tr></table>
<p>报名方式：添加招生老师微信，发送“姓名+级别”。<br>微信号：ZLWL_edu88（周老师）</p>
{SAMPLE_CERT}
{SCAM_NOTE}
</article>""", True, "U01", "智联未来教育",
    [("wechat", "zlwl_edu88", "ZLWL_edu88"), ("uscc", C_ZL, C_ZL)], "own site course page; USCC in footer", zl)
add("/weibo/zlwz.html", "未来智训的微言", """
<div class="feed"><div class="card"><b>未来智训</b> <span class="time">12-02 09:41 来自 iPhone客户端</span>
<p>#人工智能训练师# 年底最后一期！四级/三级 线上班，零基础可学，考完拿证～ 早鸟价 1880💰 名额不多，私信或加V：zlwl_edu88 发你课表 📚</p>
<p>转发 12　评论 8　赞 35</p>
<div class="cmt"><p>用户7730****：三级要什么条件？</p><p><b>未来智训</b> 回复：要看你工作年限和学历，加V详细说～</p></div></div></div>
""", True, "U01", "未来智训", [("wechat", "zlwl_edu88", "zlwl_edu88")], "microblog post", weiyan)

# ======================= U02 =======================
wpc = ("#wpadminbar{display:none}.site-title{font-size:24px}.widget{border:1px solid #ddd;padding:6px}")
def wp(title, body):
    head = ('<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/dc-wp/index.html" rel="home">鼎程职业培训</a></p>'
            '<p class="site-description">又一个 WordPress 站点</p></header>')
    side = ('<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2><ul>'
            '<li><a href="/dc-wp/2026/12/ai-trainer-sanji.html">人工智能训练师三级（高级工）开班通知</a></li>'
            '<li><a href="/dc-wp/2026/11/ai-trainer-baoming.html">2026年人工智能训练师报名指南</a></li></ul></section>'
            '<section class="widget"><h2 class="widget-title">分类</h2><ul><li>职业技能</li><li>政策解读</li></ul></section></aside>')
    foot = ('<footer id="colophon" class="site-footer"><div class="site-info">自豪地采用 <a href="https://wordpress.org/">WordPress</a> · 主题：Twenty Twenty-One</div></footer></div>')
    return doc(title + " – 鼎程职业培训", head, body + side, foot, wpc)
add("/dc-wp/index.html", "首页", """
<div id="primary" class="content-area"><article class="post"><h2 class="entry-title"><a href="/dc-wp/2026/12/ai-trainer-sanji.html">人工智能训练师三级（高级工）开班通知</a></h2>
<div class="entry-summary">发布于 2026年12月1日 · 作者 dcadmin</div></article>
<article class="post"><h2 class="entry-title"><a href="/dc-wp/2026/11/ai-trainer-baoming.html">2026年人工智能训练师报名指南</a></h2>
<div class="entry-summary">发布于 2026年11月12日 · 作者 dcadmin</div></article>
<article class="post"><h2 class="entry-title">世界，您好！</h2><div class="entry-summary">欢迎使用WordPress。这是您的第一篇文章。</div></article></div>
""", False, None, None, [], "WordPress blog home, post list only", wp)
add("/dc-wp/2026/11/ai-trainer-baoming.html", "2026年人工智能训练师报名指南", """
<article class="post type-post"><h1 class="entry-title">2026年人工智能训练师报名指南</h1>
<div class="entry-meta">发布于 2026年11月12日 · 分类：职业技能</div>
<div class="entry-content"><p>很多同学问人工智能训练师怎么报名，这里统一说明：</p>
<ol><li>五级：从事相关工作满1年即可申报；</li><li>四级、三级：按工作年限或学历申报，具体以评价机构审核为准。</li></ol>
<p><strong>我们的班型：</strong>五级 1280元，四级 1680元，三级 2380元（含教材、题库、实操指导，不含考务费）。</p>
<p>报名资料请发邮箱：dcpx_kf#163.com（#换成@），或加QQ：2851 447 903，注明“AI训练师报名”。</p></div></article>
""", True, "U02", "鼎程职业培训",
    [("email", "dcpx_kf@163.com", "dcpx_kf#163.com"), ("qq", "2851447903", "2851 447 903")], "WordPress post", wp)
add("/dc-wp/2026/12/ai-trainer-sanji.html", "人工智能训练师三级（高级工）开班通知", """
<article class="post type-post"><h1 class="entry-title">人工智能训练师三级（高级工）开班通知</h1>
<div class="entry-meta">发布于 2026年12月1日</div>
<div class="entry-content"><p>12月线上班开始报名，周末直播授课，共6周，学费 2380 元，可开发票。</p>
<p>在线咨询：<a href="tencent://message/?uin=2851447903&amp;Site=鼎程职业培训&amp;Menu=yes"><img src="/static/qq-online.gif" alt="点击这里给我发消息"></a></p>
<p>电话咨询：+86 186-2745-0391（程老师）</p></div>
<div class="comments-area"><h3>2条评论</h3><p>小敏：请问能开专票吗？</p><p>dcadmin：可以的，请电话联系。</p></div></article>
""", True, "U02", "鼎程职业培训",
    [("qq", "2851447903", "tencent://message/?uin=2851447903"), ("phone", "+8618627450391", "+86 186-2745-0391")], "WordPress post, QQ chat link", wp)
add("/zhihu/answer-chengcheng.html", "人工智能训练师证书怎么考？ - 知否", """
<div class="question"><h1>人工智能训练师证书怎么考？需要什么条件？</h1><p>关注者 1,204 · 被浏览 386,112</p></div>
<div class="answer"><div class="author"><b>程程老师</b> · 职业技能培训从业8年</div>
<p>谢邀。人工智能训练师是2020年人社部发布的新职业，分五个等级。现在是职业技能等级认定，由备案的评价机构组织考试。</p>
<p>考试分理论和技能操作两部分。零基础建议先从五级或四级开始。</p>
<p>我们这边有四级/三级辅导班，四级1680，三级2380，包含题库和实操指导。有需要可以联系我：186 2745 0391（微信同号），备注“知否”。</p>
<p>编辑于 2026-11-28 · 赞同 87 · 32 条评论</p></div>
""", True, "U02", "程程老师",
    [("phone", "+8618627450391", "186 2745 0391"), ("wechat", "18627450391", "186 2745 0391（微信同号）")], "Q&A answer that sells", zhifou)
add("/qun/msg-0412.html", "留言：有一起考AI训练师的吗", """
<div class="msg"><p><b>群友 阿杰</b> 2026-12-03 20:14</p><p>有没有一起考人工智能训练师的？听说单位可以报销</p></div>
<div class="msg"><p><b>程老师</b> 2026-12-03 20:31</p><p>我们机构在招，四级1680三级2380，线上课，想了解的加v 18627450391 拉你进咨询群</p></div>
<div class="msg"><p><b>群友 小周</b> 2026-12-03 21:02</p><p>建议先打12333问问补贴政策再说</p></div>
""", True, "U02", "程老师", [("wechat", "18627450391", "加v 18627450391")], "message board reply that sells", qun)

# ======================= U03 =======================
add("/jobs/job-1032.html", "数据标注员（可居家）- 重庆优才人力资源服务有限公司 - 职达网", """
<div class="job"><h2>数据标注员（可居家/兼职）</h2><p class="salary">6000-9000元/月</p><p>重庆·渝中区 | 经验不限 | 学历不限</p>
<h3>职位描述</h3><p>1. 负责图片、语音、文本的标注工作；2. 上岗前需参加公司统一组织的“人工智能训练师”岗前培训并取得证书，培训费2980元（取证后可报销一半）；
3. 取证后推荐合作企业上岗。</p>
<h3>联系方式</h3><p>联系人：李女士 177 0231 5586（工作日9:00-18:00）</p>
<p>公司：重庆优才人力资源服务有限公司</p></div>
""", True, "U03", "重庆优才人力资源服务有限公司",
    [("phone", "+8617702315586", "177 0231 5586")], "job post that is paid training", zhida)
add("/local/shop-youcai.html", "优才职培（解放碑店）- 美事到家", """
<div class="shop"><h2>优才职培（解放碑店）</h2><p>★★★★☆ 4.6分 · 人均¥2580 · 职业技能培训</p>
<p>地址：渝中区民族路188号环球金融中心21楼</p>
<p>电话：177-0231-5586　023-6879 2214</p>
<div class="deal"><h3>团购｜人工智能训练师四级 全程班 ¥2580 门市价¥3980</h3><p>含：32课时直播课、题库、1对1报名指导。随时退·过期退</p></div>
<div class="reviews"><p>用户 m***8：老师讲得挺细的，就是证书要等两个多月。</p></div></div>
""", True, "U03", "优才职培",
    [("phone", "+8617702315586", "177-0231-5586"), ("phone", "+862368792214", "023-6879 2214")], "local-services listing", meishi)
add("/youcai-lp/index.html", "优才职培 | 人工智能训练师 拿证就业一站式", f"""
<section class="hero"><h1>人工智能训练师 四级/三级 火热报名中</h1><p>零基础 · 线上学习 · 证书全国可查 · 推荐就业</p>
<a class="btn" href="#form">立即领取课程资料</a></section>
<section><h2>课程价格</h2><p>四级 2580元 · 三级 3280元 · 团报另有优惠</p></section>
<section id="form"><h2>预约咨询</h2>{PLACEHOLDER}<button>提交</button>
<p>咨询热线：023-68792214　学员交流QQ群：698 223 417</p></section>
<footer><p>© 2026 优才职培</p>{BUILDER}</footer>
""", True, "U03", "优才职培",
    [("phone", "+862368792214", "023-68792214"), ("qq_group", "698223417", "698 223 417")], "single landing page", plain)

# ======================= U04 =======================
qh = own(".own{background:#0a4;color:#fff}", "启航数智教育", '<a href="/qihang/index.html">首页</a> <a href="/qihang/kecheng.html">课程报名</a>',
         "启航数智教育 · www.qihangsz.cn · 粤ICP备2024077132号")
add("/qihang/index.html", "启航数智教育 官网", """
<section><h2>启航数智，扬帆未来</h2><p>我们深耕数字经济职业教育，课程覆盖人工智能、大数据、电商运营等方向。</p>
<p><a href="/qihang/kecheng.html">查看在招课程 →</a></p><h3>学员风采</h3><p>（图片加载中）</p></section>
""", False, None, None, [], "seller homepage, no offer (domain in footer only)", qh)
add("/qihang/kecheng.html", "课程报名 - 启航数智教育", f"""
<section><h2>人工智能训练师（数据标注方向）职业技能等级培训</h2>
<p>班型：四级周末班 ¥2199 / 三级精品班 ¥2999（含在线题库、实操环境）</p><p>开课时间：每月15日滚动开班</p>
<h3>在线报名</h3><form>{PLACEHOLDER}<input placeholder="您的姓名"><button>提交报名</button></form>
<p>全国统一咨询电话：400-863-2751</p></section>
""", True, "U04", "启航数智教育",
    [("phone", "+864008632751", "400-863-2751"), ("domain", "qihangsz.cn", "www.qihangsz.cn")], "own site course page", qh)
add("/mp/qihang.html", "数智启航学院 - 人工智能训练师课程", """
<div class="goods"><img src="/static/qh-cover.jpg" alt="数智启航学院 AI训练师"><h2>【数智启航学院】人工智能训练师四级 直播+录播 拿证班</h2>
<p class="price">¥2199 <del>¥3600</del></p><p>已售 316 · 好评率 98%</p>
<p>购买后请添加班主任微信：QH_shuzhi，发送订单截图进群。</p><p>咨询：400 863 2751</p>
<p class="order">示例：订单号 2026120518223301，请截图时保留订单号。</p></div>
""", True, "U04", "数智启航学院",
    [("wechat", "qh_shuzhi", "QH_shuzhi"), ("phone", "+864008632751", "400 863 2751")], "mini-program share page", mp)
add("/douban/topic-7781.html", "有人报过AI训练师的培训班吗？求真实评价 - 豆芽小组", """
<div class="topic"><h1>有人报过AI训练师的培训班吗？求真实评价</h1><p>来自：豆芽用户 橘子汽水 2026-11-30 22:10:31</p>
<p>想考个人工智能训练师，网上培训班价格从几百到几千都有，有点懵。</p></div>
<div class="replies"><p><b>小鹿</b>：我自己看书考的五级，没报班。</p>
<p><b>启航教育-林</b>：可以了解下我们的四级周末班，2199，有实操环境，薇：qh_shuzhi</p>
<p><b>橘子汽水</b>：楼上是广告吧哈哈</p></div>
""", True, "U04", "启航教育", [("wechat", "qh_shuzhi", "qh_shuzhi")], "group reply that sells", douya)

# ======================= U05 =======================
add("/b2b/shop-huazhang.html", "华章职业技能培训 - 人工智能训练师证书培训 - 链采网", f"""
<div class="shop-head"><h2>华章职业技能培训学校</h2><span>江苏·南京</span> <span class="tag">实力商家</span></div>
<div class="offer"><h3>人工智能训练师 职业技能等级证书培训 企业定制内训 批发价</h3>
<p>¥1580.00 /人 起（≥20人 ¥1280/人）　成交 46 笔</p><p>提供：课程、题库、考前辅导，协助对接第三方评价机构。</p>
<p>采购咨询邮箱：huazhangai@126.com</p></div>
{SCAM_NOTE}
""", True, "U05", "华章职业技能培训学校", [("email", "huazhangai@126.com", "huazhangai@126.com")], "B2B listing", b2b)
add("/zhihu/p-huazhang.html", "2026年人工智能训练师考证全攻略（附课程） - 知否专栏", """
<article class="column"><h1>2026年人工智能训练师考证全攻略（附课程）</h1><p class="author">华章AI学堂 · 专栏「AI职业说」</p>
<p>一、什么是人工智能训练师？职业编码 4-04-05-05，含数据标注员、人工智能算法测试员两个工种。</p>
<p>二、怎么考？理论知识考试+操作技能考核，均实行百分制，60分及以上为合格。</p>
<p>三、我们的课程：华章AI学堂四级班 1580 元，三级班 2280 元，报名可发邮件至 huazhangai[at]126.com，或加 QQ 330718265。</p>
<p>发布于 2026-11-18 · 著作权归作者所有</p></article>
<section class="answers"><h3>评论区（12）</h3><p>知否用户：这证有用吗？</p><p>华章AI学堂（作者）：可以作为技能证明，具体看单位认不认。</p>
<p>老刘：别信包过，去 osta.org.cn 查机构。</p></section>
""", True, "U05", "华章AI学堂",
    [("email", "huazhangai@126.com", "huazhangai[at]126.com"), ("qq", "330718265", "QQ 330718265")], "column article with comment section", zhifou)
add("/qun/msg-0419.html", "留言：求推荐AI训练师网课", """
<div class="msg"><p><b>群友 王姐</b> 2026-12-04 12:02</p><p>求推荐AI训练师网课，便宜点的</p></div>
<div class="msg"><p><b>华老师</b> 2026-12-04 12:15</p><p>我们华章AI学堂四级1580，可以先试听。Q：3307 18265</p></div>
""", True, "U05", "华老师", [("qq", "330718265", "3307 18265")], "message board reply", qun)
add("/weibo/huazhang.html", "华章AI学堂的微言", """
<div class="card"><b>华章AI学堂</b> <span>11-26 18:22 来自 微言网页版</span>
<p>【开班】人工智能训练师三级 12月班，2280元，周末直播＋答疑群。扣扣：330718265 咨询～ #考证# #人工智能#</p>
<p>转发 3 评论 1 赞 9</p></div>
""", True, "U05", "华章AI学堂", [("qq", "330718265", "扣扣：330718265")], "microblog post", weiyan)

# ======================= U06 =======================
CO6 = "成都学途博远教育咨询有限公司"
add("/xuetu/index.html", "学途教育 - 人工智能训练师培训", f"""
<header><h1>学途教育</h1><p>成都 · 专注职业技能提升</p></header>
<section><h2>人工智能训练师 四级/三级 培训</h2><p>学费：四级 1999元，三级 2699元；考务费按评价机构收费标准另行缴纳。</p>
<p>报名电话：(028)8765-3310</p><p>对公收款单位：{CO6}（请勿向个人账户转账）</p>{PH_EMAIL}</section>
<footer><p>© 学途教育</p>{BUILDER}</footer>
""", True, "U06", "学途教育",
    [("phone", "+862887653310", "(028)8765-3310"), ("other", CO6, CO6)], "single-page site; payee company", plain)
add("/local/shop-boxue.html", "博学人工智能培训中心 - 美事到家", f"""
<div class="shop"><h2>博学人工智能培训中心（春熙路店）</h2><p>★★★★★ 4.8分 · 人均¥1999</p>
<p>地址：锦江区春熙路东段12号</p>
<div class="deal"><h3>人工智能训练师四级 认证培训 ¥1999</h3><p>含教材、题库、模拟考试</p></div>
<div class="license"><h4>商家资质</h4><p>营业执照：{CO6}</p></div>
<p>到店前请加微信 boxue_ai2026 预约</p></div>
""", True, "U06", "博学人工智能",
    [("other", CO6, CO6), ("wechat", "boxue_ai2026", "boxue_ai2026")], "local listing; licence company name", meishi)
add("/jobs/job-1107.html", "AI训练师助理（带薪培训）- 博学教育 - 职达网", """
<div class="job"><h2>AI训练师助理（应届可投）</h2><p class="salary">4500-7000元/月</p><p>成都·锦江区 | 应届生 | 大专</p>
<p>岗位职责：协助开展数据标注项目。入职前须完成人工智能训练师四级认证课程（学费1999元，可分期）。</p>
<p>投递后请加HR微信：BoXue_AI2026</p><p>公司：博学教育</p></div>
""", True, "U06", "博学教育", [("wechat", "boxue_ai2026", "BoXue_AI2026")], "job post that is paid training", zhida)

# ======================= U07 =======================
add("/subsidy/hezuo.html", "合作培训机构 - 技能提升补贴政策解读", """
<section><h2>合作培训机构推荐</h2><p>以下机构由本站推荐，可协助学员了解补贴申领流程（补贴以人社部门审核为准）。</p>
<div class="ad"><h3>智培在线 · 人工智能训练师 补贴班</h3><p>四级学费 2400 元，符合条件可申领技能提升补贴。</p>
<p>报名热线：0571-8802 6634</p></div></section>
""", True, "U07", "智培在线", [("phone", "+8657188026634", "0571-8802 6634")], "sponsored block on unofficial subsidy portal", subsidy)
zk = own(".own{background:#003a8c;color:#fff}", "中科智培（杭州）职业技能培训", '<a href="/zhongke/index.html">首页</a> <a href="/zhongke/baoming.html">在线报名</a>',
         f"中科智培（杭州）教育科技有限公司 统一社会信用代码：{C_ZK}" + BUILDER)
add("/zhongke/index.html", "中科智培 - 人工智能训练师认证培训", """
<section><h2>人工智能训练师 · 职业技能等级认定培训</h2><p>五级 1200元 / 四级 2400元 / 三级 3200元</p>
<p>服务热线：0571 88026634</p><p><a href="/zhongke/baoming.html">在线报名 →</a></p>
<p class="small">注：本机构为社会培训机构，非政府部门，证书由备案评价机构颁发。</p></section>
""", True, "U07", "中科智培",
    [("phone", "+8657188026634", "0571 88026634"), ("uscc", C_ZK, C_ZK)], "own site home with prices", zk)
add("/zhongke/baoming.html", "在线报名 - 中科智培", f"""
<section><h2>在线报名</h2><form><input placeholder="姓名">{PLACEHOLDER}<select><option>四级</option><option>三级</option></select><button>提交</button></form>
<p>提交后老师会在24小时内联系您。也可以直接QQ：1938 5520 76</p>{SAMPLE_CERT}</section>
""", True, "U07", "中科智培",
    [("uscc", C_ZK, C_ZK), ("qq", "1938552076", "1938 5520 76")], "sign-up form page; USCC in footer", zk)
add("/douban/topic-8002.html", "【分享】AI训练师三级备考经验 - 豆芽小组", """
<div class="topic"><h1>【分享】AI训练师三级备考经验</h1><p>来自：智培在线小助手 2026-12-01 10:02:11</p>
<p>分享一下三级的备考经验：理论重点在数据处理和模型训练流程，实操考标注规范……</p>
<p>需要三级课程（3200元，含实操环境）的可以加企鹅 1938552076</p></div>
<div class="replies"><p><b>路人甲</b>：又是广告</p></div>
""", True, "U07", "智培在线", [("qq", "1938552076", "1938552076")], "group post that sells", douya)

# ======================= U08 =======================
add("/weibo/xingchen.html", "星辰AI培训的微言", """
<div class="card"><b>星辰AI培训</b> <span>12-04 21:05 来自 HUAWEI Mate 60</span>
<p>宝子们！人工智能训练师四级冲冲冲🔥 一次课程费 1680，题库+押题+督学 ✅ 想上车的戳 VX：xingchen_ai66 ✨</p>
<p>转发 5 评论 14 赞 61</p></div>
""", True, "U08", "星辰AI培训", [("wechat", "xingchen_ai66", "xingchen_ai66")], "microblog post", weiyan)
add("/mp/xingchen.html", "小星老师的AI训练师课 - 微店铺", """
<div class="goods"><h2>小星老师 · 人工智能训练师四级 督学班</h2><p class="price">¥1680</p><p>已售 128</p>
<p>下单后加小星老师微信 xingchen_ai66 或致电 +86 135 0829 4417</p>
<p class="order">订单号 2026120518223301 仅为示例，请以实际订单为准。</p></div>
""", True, "U08", "小星老师",
    [("wechat", "xingchen_ai66", "xingchen_ai66"), ("phone", "+8613508294417", "+86 135 0829 4417")], "mini-program share page", mp)
add("/qun/msg-0503.html", "留言：四级督学班还有名额", """
<div class="msg"><p><b>小星老师</b> 2026-12-05 08:30</p><p>四级督学班还有5个名额，1680含题库，需要的打电话 １３５ ０８２９ ４４１７</p></div>
<div class="msg"><p><b>群友 老陈</b> 2026-12-05 09:12</p><p>上次那个准考证号 2633010512087 的查不到成绩，谁知道怎么回事</p></div>
""", True, "U08", "小星老师", [("phone", "+8613508294417", "１３５ ０８２９ ４４１７")], "message board post, full-width digits", qun)

# ======================= U09 =======================
lh = own(".own{background:#600;color:#fff}", "领航职教", '<a href="/linghang/index.html">首页</a>', "领航职教 lhzj.net 版权所有")
add("/linghang/index.html", "领航职教 - 人工智能训练师 数据标注员培训", f"""
<section><h2>领航数据标注学院 · 人工智能训练师</h2><p>四级 1880元 / 三级 2580元 / 二级（技师）请咨询</p>
<form>{PLACEHOLDER}<button>免费试听</button></form>
<p>招生邮箱：admissions@lhzj.net</p></section>
""", True, "U09", "领航职教",
    [("domain", "lhzj.net", "lhzj.net"), ("email", "admissions@lhzj.net", "admissions@lhzj.net")], "own site single page", lh)
add("/zhihu/answer-linghang.html", "数据标注员有前途吗？ - 知否", """
<div class="question"><h1>数据标注员有前途吗？要不要考人工智能训练师？</h1></div>
<div class="answer"><div class="author"><b>领航数据标注学院</b></div>
<p>数据标注是人工智能训练师的一个工种。行业需求在变，单纯拉框的岗位在减少，但懂质检、懂规则的标注员还是抢手。</p>
<p>我们学院开设四级1880/三级2580的训练营，官网 lhzj点net，电话 150-1324-6628。</p><p>赞同 12</p></div>
""", True, "U09", "领航数据标注学院",
    [("domain", "lhzj.net", "lhzj点net"), ("phone", "+8615013246628", "150-1324-6628")], "Q&A answer", zhifou)
add("/b2b/shop-linghang.html", "领航职教 - 数据标注员/人工智能训练师 培训 - 链采网", """
<div class="shop-head"><h2>领航职教（深圳）</h2><span>广东·深圳</span></div>
<div class="offer"><h3>人工智能训练师 数据标注员 培训服务 可开票</h3><p>¥1880.00/人</p>
<p>联系方式：15013246628（张老师）</p></div>
""", True, "U09", "领航职教", [("phone", "+8615013246628", "15013246628")], "B2B listing", b2b)

# ======================= independents =======================
add("/b2b/shop-xinrui.html", "新锐教育 - 人工智能训练师培训 - 链采网", f"""
<div class="shop-head"><h2>新锐教育咨询（郑州）</h2><span>河南·郑州</span></div>
<div class="offer"><h3>人工智能训练师五级/四级 培训 ¥980起</h3><p>线上课程+模拟考试，支持企业团报。</p>
<p>联系人：赵老师 188 6712 0935</p></div>{SAMPLE_CERT}
""", True, None, "新锐教育咨询（郑州）", [("phone", "+8618867120935", "188 6712 0935")], "independent B2B listing", b2b)
add("/douban/topic-8120.html", "避雷帖：某机构AI训练师课程退费难 - 豆芽小组", """
<div class="topic"><h1>避雷帖：某机构AI训练师课程退费难</h1><p>来自：豆芽用户 咸鱼翻身 2026-12-02</p>
<p>交了两千多，说好包过，结果考试都没安排，退费拖了三个月……大家报班一定签合同，先去 osta.org.cn 查评价机构。</p></div>
<div class="replies"><p><b>木木</b>：楼主可以试试我们，不包过但课好，五级 899，不满意全退。wx：mumu_kaozheng</p>
<p><b>咸鱼翻身</b>：……避雷帖底下打广告也是绝了</p><p><b>路人</b>：打12345投诉有用</p></div>
""", True, None, "木木", [("wechat", "mumu_kaozheng", "mumu_kaozheng")], "warning thread with selling reply", douya)
add("/local/shop-jinqiao.html", "金桥职业技能培训 - 美事到家", f"""
<div class="shop"><h2>金桥职业技能培训学校（市南校区）</h2><p>★★★★☆ 4.3分 · 人均¥1500</p>
<div class="deal"><h3>人工智能训练师四级 团购价 ¥1500</h3><p>周末班，含题库</p></div>
<p>电话：0532-8591 7720</p><div class="license"><p>营业执照 统一社会信用代码 {C_JQ}</p></div></div>
""", True, None, "金桥职业技能培训学校",
    [("phone", "+8653285917720", "0532-8591 7720"), ("uscc", C_JQ, C_JQ)], "independent local listing", meishi)
add("/jobs/job-1150.html", "数据标注实习生（需考证）- 职达网", """
<div class="job"><h2>数据标注实习生</h2><p class="salary">3000-4000元/月</p><p>西安·高新区</p>
<p>要求：持人工智能训练师证书优先；无证者可参加我方合作培训（980元）后上岗。</p>
<p>简历投递QQ：2467180395</p><p>公司：长安数智科技工作室</p></div>
""", True, None, "长安数智科技工作室", [("qq", "2467180395", "2467180395")], "independent job post with paid training", zhida)
add("/ruizhi/index.html", "睿智AI教育 - 人工智能训练师 报名通道", f"""
<section><h1>睿智AI教育 · 人工智能训练师四级 限时 ¥1399</h1><p>名师直播 · 题库刷题 · 考前冲刺</p>
<form>{PLACEHOLDER}{PH_EMAIL}<button>立即报名</button></form><p>全国热线 400-167-2289</p>{SCAM_NOTE}</section>
<footer>© 睿智AI教育 {BUILDER}</footer>
""", True, None, "睿智AI教育", [("phone", "+864001672289", "400-167-2289")], "independent landing page", plain)
add("/zhihu/answer-a7.html", "自学考人工智能训练师可以吗？ - 知否", """
<div class="question"><h1>自学考人工智能训练师可以吗？</h1></div>
<div class="answer"><b>林老师讲考证</b><p>可以，但要通过评价机构报名。自学的话资料比较散，我整理了一套四级讲义+题库，299元，需要的发邮件 kaozheng_lin@qq.com。</p></div>
<div class="answer"><b>匿名用户</b><p>自学完全可以，官方标准在 osta.org.cn 能下载。</p></div>
""", True, None, "林老师讲考证", [("email", "kaozheng_lin@qq.com", "kaozheng_lin@qq.com")], "independent Q&A answer", zhifou)
add("/weibo/ai-mama.html", "宝妈学AI的微言", """
<div class="card"><b>宝妈学AI</b> <span>12-01 13:14 来自 小米14</span>
<p>带娃间隙考下了人工智能训练师四级！现在带学员一起考，课程 1280，需要的加 aixuexi_777 🌸</p></div>
""", True, None, "宝妈学AI", [("wechat", "aixuexi_777", "aixuexi_777")], "independent microblog note", weiyan)

# ======================= non-offer content =======================
add("/subsidy/index.html", "技能提升补贴政策解读（民间整理）", """
<section><h2>什么是技能提升补贴？</h2><p>参保职工取得职业资格证书或职业技能等级证书的，可按规定申领技能提升补贴。具体条件、标准以当地人社部门公布为准。</p>
<h2>人工智能训练师可以申领吗？</h2><p>人工智能训练师（4-04-05-05）已纳入国家职业分类，取得备案评价机构颁发的等级证书后，可按当地目录申请，各地标准不同。</p>
<h2>咨询渠道</h2><ul><li>全国人社服务热线：12333</li><li>政务服务便民热线：12345</li><li>浙江省人力社保厅职业能力建设处：0571-8705 3211（工作日）</li></ul>
<p>警惕以“代办补贴”为名收费的行为。</p></section>
""", False, None, None, [], "unofficial subsidy explainer, public hotlines", subsidy)
add("/subsidy/faq.html", "常见问题 - 技能提升补贴政策解读", """
<section><h2>常见问题</h2><p><b>问：证书在哪里查询真伪？</b><br>答：登录 zscx.osta.org.cn 技能人才评价证书全国联网查询，输入证书编号，如“S000033010000255000123”格式。</p>
<p><b>问：有人说交钱能“内部出证”？</b><br>答：诈骗！近期有人冒充工作人员用 171-2690-8835 联系群众，请拨打 12333 核实。</p>
<p><b>问：补贴多久到账？</b><br>答：一般审核通过后发放到社保卡，具体咨询 12333。</p></section>
""", False, None, None, [], "FAQ, public numbers and scam number", subsidy)
add("/news/index.html", "城事网 - 新闻首页", """
<ul><li><a href="/news/warning-1.html">警惕！“AI训练师证书包过”骗局又出新花样</a></li>
<li><a href="/news/warning-2.html">市场监管部门集中查处一批虚假职业培训广告</a></li></ul>
""", False, None, None, [], "news list", news)
add("/news/warning-1.html", "警惕！“AI训练师证书包过”骗局又出新花样 - 城事网", """
<article><h1>警惕！“AI训练师证书包过”骗局又出新花样</h1><p>城事网记者 2026-11-29</p>
<p>近日，市民刘女士接到自称“人社部证书中心”的电话（来电号码 171-2690-8835），对方称可“免考拿证”，并让其添加微信 rsb_zhengshu01 缴纳“加急费”3800元。</p>
<p>另有市民反映，号码 0755-2338 6104 以“补贴退费”为由索要银行卡验证码。</p>
<p>人社部门提醒：职业技能等级证书须通过考核取得，可登录 osta.org.cn 查询；如有疑问请拨打 12333，遇诈骗请拨打 110 或 12345 反映。</p></article>
""", False, None, None, [], "scam warning news with scam numbers", news)
add("/news/warning-2.html", "市场监管部门集中查处一批虚假职业培训广告 - 城事网", """
<article><h1>市场监管部门集中查处一批虚假职业培训广告</h1><p>2026-12-03</p>
<p>广告中出现“国家认证”“包过”“保就业”等用语，违反《广告法》关于教育培训广告的规定。执法人员提醒，报班前可拨打 12315 或登录国家企业信用信息公示系统核查机构资质。</p>
<p>市民如遇“先交培训费再上岗”的招聘，可向 12333 举报。</p></article>
""", False, None, None, [], "enforcement news", news)
add("/local/shop-yuying.html", "贝贝育婴师培训 - 美事到家", """
<div class="shop"><h2>贝贝育婴师培训中心</h2><p>★★★★☆</p><div class="deal"><h3>育婴师（五级）考证班 ¥1680</h3></div>
<p>电话：0532-6677 1208</p></div>
""", False, None, None, [], "different occupation (childcare), not an offer", meishi)
add("/jobs/job-real.html", "数据标注员 - 杭州某科技公司 - 职达网", """
<div class="job"><h2>数据标注员（全职）</h2><p class="salary">5500-7500元/月 · 五险一金</p>
<p>岗位职责：按标注规范完成自动驾驶点云标注；有人工智能训练师证书优先，无证可入职后由公司安排在岗培训，不收取任何费用。</p>
<p>请通过职达网站内投递简历。</p></div>
""", False, None, None, [], "genuine job, no fee", zhida)
add("/zhihu/p-neutral.html", "人工智能训练师证书到底有没有用？一篇说清 - 知否专栏", """
<article class="column"><h1>人工智能训练师证书到底有没有用？一篇说清</h1><p class="author">数据圈老王</p>
<p>先说结论：证书是敲门砖之一，不是万能钥匙。现在职业技能等级证书由备案的评价机构颁发，可以在 osta.org.cn 查询。</p>
<p>看到“人社部直接发证”“不考试拿证”的，基本是骗局。</p></article>
<section class="answers"><h3>评论（40）</h3><p>张三：我们公司招标注员确实看证。</p><p>李四：有人加我说 171-2690-8835 能内部出证，幸好没信。</p>
<p>王五：补贴问12333最准。</p></section>
""", False, None, None, [], "neutral column with comments", zhifou)

# list pages
def links(items):
    return "<ul>" + "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in items) + "</ul>"
add("/b2b/index.html", "供应商黄页 · 职业培训 - 链采网", "<h2>“人工智能训练师” 相关供应商（4）</h2>" + links([
    ("/b2b/shop-zhilian.html", "智联未来教育科技（杭州）有限公司"), ("/b2b/shop-huazhang.html", "华章职业技能培训学校"),
    ("/b2b/shop-linghang.html", "领航职教（深圳）"), ("/b2b/shop-xinrui.html", "新锐教育咨询（郑州）")]), wrap=b2b, note="directory list")
add("/douban/index.html", "考证交流小组 - 豆芽", "<h2>考证交流小组 · 最新讨论</h2>" + links([
    ("/douban/topic-7781.html", "有人报过AI训练师的培训班吗？求真实评价"), ("/douban/topic-8002.html", "【分享】AI训练师三级备考经验"),
    ("/douban/topic-8120.html", "避雷帖：某机构AI训练师课程退费难")]), wrap=douya, note="group list")
add("/weibo/index.html", "#人工智能训练师# 话题 - 微言", "<h2>#人工智能训练师# 阅读 1.2亿</h2>" + links([
    ("/weibo/zlwz.html", "未来智训"), ("/weibo/huazhang.html", "华章AI学堂"), ("/weibo/xingchen.html", "星辰AI培训"), ("/weibo/ai-mama.html", "宝妈学AI")]),
    wrap=weiyan, note="topic list")
add("/qun/index.html", "留言列表 - 城南考证互助群", "<h2>最新留言</h2>" + links([
    ("/qun/msg-0412.html", "有一起考AI训练师的吗"), ("/qun/msg-0419.html", "求推荐AI训练师网课"), ("/qun/msg-0503.html", "四级督学班还有名额")]),
    wrap=qun, note="board list")
add("/local/index.html", "教育培训 · 职业技能 - 美事到家", "<h2>职业技能培训 附近商家</h2>" + links([
    ("/local/shop-youcai.html", "优才职培（解放碑店）"), ("/local/shop-boxue.html", "博学人工智能培训中心"),
    ("/local/shop-jinqiao.html", "金桥职业技能培训学校"), ("/local/shop-yuying.html", "贝贝育婴师培训中心")]), wrap=meishi, note="category list")
add("/jobs/index.html", "“数据标注”职位 - 职达网", "<h2>数据标注 相关职位</h2>" + links([
    ("/jobs/job-1032.html", "数据标注员（可居家/兼职）"), ("/jobs/job-1107.html", "AI训练师助理"), ("/jobs/job-1150.html", "数据标注实习生"),
    ("/jobs/job-real.html", "数据标注员（全职）")]), wrap=zhida, note="job list")
add("/index.html", "导航 · 考证信息聚合", "<h1>考证信息导航</h1>" + links([
    ("/b2b/index.html", "链采网 · 供应商黄页"), ("/douban/index.html", "豆芽 · 考证交流小组"), ("/zhihu/answer-chengcheng.html", "知否 · 人工智能训练师证书怎么考"),
    ("/zhihu/answer-linghang.html", "知否 · 数据标注员有前途吗"), ("/zhihu/answer-a7.html", "知否 · 自学考人工智能训练师可以吗"),
    ("/zhihu/p-huazhang.html", "知否专栏 · 考证全攻略"), ("/zhihu/p-neutral.html", "知否专栏 · 证书到底有没有用"),
    ("/weibo/index.html", "微言 · #人工智能训练师#"), ("/qun/index.html", "城南考证互助群 留言板"),
    ("/subsidy/index.html", "技能提升补贴政策解读"), ("/local/index.html", "美事到家 · 职业技能"), ("/jobs/index.html", "职达网 · 数据标注职位"),
    ("/news/index.html", "城事网 · 新闻"), ("/zhilian-edu/index.html", "智联未来教育"), ("/dc-wp/index.html", "鼎程职业培训"),
    ("/youcai-lp/index.html", "优才职培"), ("/qihang/index.html", "启航数智教育"), ("/mp/qihang.html", "小程序 · 数智启航学院"),
    ("/mp/xingchen.html", "小程序 · 小星老师"), ("/xuetu/index.html", "学途教育"), ("/zhongke/index.html", "中科智培"),
    ("/linghang/index.html", "领航职教"), ("/ruizhi/index.html", "睿智AI教育")]), note="root index")

# ======================= decoys =======================
def digits_pat(d):
    return r"(?<![0-9])" + r"[\s\-－—()（）]*".join(d) + r"(?![0-9])"
DECOYS = [
    ("phone", "12333", digits_pat("12333"), "national HRSS hotline"),
    ("phone", "12345", digits_pat("12345"), "government service hotline"),
    ("phone", "12315", digits_pat("12315"), "market regulation hotline"),
    ("phone", "110", digits_pat("110"), "police"),
    ("phone", "+8657187053211", digits_pat("057187053211"), "provincial department line"),
    ("domain", "osta.org.cn", r"osta\.org\.cn", "official verification site"),
    ("phone", "+864008265500", digits_pat("4008265500"), "B2B platform CS"),
    ("email", "service@lcai88.com", r"service@lcai88\.com", "B2B platform CS email"),
    ("domain", "lcai88.com", r"lcai88\.com", "B2B platform domain"),
    ("uscc", C_LC, re.escape(C_LC), "B2B platform USCC"),
    ("other", "杭州链采信息技术有限公司", "杭州链采信息技术有限公司", "B2B escrow payee"),
    ("email", "help@douya.com", r"help@douya\.com", "review site CS"),
    ("phone", "+861058661010", digits_pat("01058661010"), "review site report line"),
    ("phone", "+861082716605", digits_pat("01082716605"), "Q&A site report line"),
    ("email", "jubao@zhifou.com", r"jubao@zhifou\.com", "Q&A site report email"),
    ("phone", "+864000960960", digits_pat("4000960960"), "microblog CS"),
    ("phone", "+864006605117", digits_pat("4006605117"), "local-services platform CS"),
    ("uscc", C_MS, re.escape(C_MS), "local-services platform USCC"),
    ("phone", "+864009003366", digits_pat("4009003366"), "job site report line"),
    ("email", "jubao@zhida.com.cn", r"jubao@zhida\.com\.cn", "job site report email"),
    ("phone", "+8657185196000", digits_pat("057185196000"), "news portal hotline"),
    ("phone", "+8675586661212", digits_pat("075586661212"), "mini-program platform CS"),
    ("domain", "weidianpu.cn", r"weidianpu\.cn", "mini-program platform domain"),
    ("email", "zhengce_jiedu@foxmail.com", r"zhengce_jiedu@foxmail\.com", "subsidy portal webmaster (shared by portal pages)"),
    ("phone", "+8617126908835", digits_pat("17126908835"), "scam number from warnings, copied into sellers' notes"),
    ("phone", "+8675523386104", digits_pat("075523386104"), "scam number"),
    ("wechat", "rsb_zhengshu01", r"rsb_zhengshu01", "scam WeChat"),
    ("phone", "+8613800138000", digits_pat("13800138000"), "form placeholder"),
    ("email", "yourname@example.com", r"yourname@example\.com", "form placeholder"),
    ("phone", "+864008803370", digits_pat("4008803370"), "web builder credit"),
    ("domain", "yizhantong.cn", r"yizhantong\.cn", "web builder credit"),
    ("other", "2026120518223301", digits_pat("2026120518223301"), "order number"),
    ("other", "S000033010000255000123", r"S000033010000255000123", "sample certificate number"),
    ("other", "2633010512087", digits_pat("2633010512087"), "admission ticket number"),
]
FW = str.maketrans("０１２３４５６７８９", "0123456789")

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, pat, why in DECOYS:
        paths = sorted(p["path"] for p in PAGES if re.search(pat, p["html"].translate(FW), re.I))
        decoys.append({"kind": kind, "value": value, "paths": paths})
    ops = {}
    for p in PAGES:
        if p["operator"]:
            ops.setdefault(p["operator"], []).append(p)
    ties = {
        "U01": "B2B shop -uscc- own course page -wechat- microblog",
        "U02": "WP post1 -qq- WP post2 -phone- Q&A answer -wechat- message board",
        "U03": "job post -mobile- local listing -landline- landing page",
        "U04": "course page -400 phone- mini-program -wechat- group reply",
        "U05": "B2B shop -email- column -qq- board / microblog",
        "U06": "single-page site -payee/licence company name- local listing -wechat- job post",
        "U07": "portal ad -landline- own home -uscc- sign-up page -qq- group post",
        "U08": "microblog -wechat- mini-program -phone- board post",
        "U09": "own site -domain- Q&A answer -phone- B2B shop",
    }
    operators = []
    for k in sorted(ops):
        brands = []
        for p in ops[k]:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        operators.append([k, {"brands": brands, "ties": ties[k]}])
    truth = {"description": "Sealed labeled web operators-2026-12o: Chinese AI-trainer (人工智能训练师) course offers on one host, "
                            "9 operators chained by shared seller identifiers, independents, and platform/public/scam decoys.",
             "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
             "operators": operators, "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(len(PAGES), "pages,", sum(p["is_offer"] for p in PAGES), "offers,", len(operators), "operators,", len(decoys), "decoys")

if __name__ == "__main__":
    main()
