#!/usr/bin/env python3
"""Write site/ and truth.json for the sealed web operators-2026-12aa (stdlib only)."""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _val11714(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def uscc(prefix8, org8):
    s = sum(_val11714(c) * w for c, w in zip(org8, W11714))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - t % 31
    r = 0 if r == 31 else r
    return body + ALPHA[r]


# --------------------------------------------------------------- codes
C_U01 = uscc("91330108", "MA2K9B3Q")   # 杭州星图职业技能培训有限公司
C_U02 = uscc("91440604", "MA4W7K2P")   # 佛山深蓝数标教育科技有限公司
C_U04 = uscc("91430104", "MA4RX35L")   # 长沙芯课堂教育科技有限公司
C_U08 = uscc("91210102", "MA0Y8N6T")   # 沈阳博研智能科技有限公司
C_MKT = uscc("91330106", "MA2H7D4E")   # 淘学集市 platform
C_JZB = uscc("91320111", "MA1N5C8R")   # 建站宝 site builder

CERT_SAMPLE = "S000044011230253000127"

PAGES = []


def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", css=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note, css=css))


def rel(src, dst):
    return posixpath.relpath(dst, posixpath.dirname(src))


# --------------------------------------------------------------- chrome
def market(path, inner):
    return f"""<header class="mk-top"><b>淘学集市</b> · 职业培训频道 <a href="{rel(path, '/market/index.html')}">返回频道</a> <a href="{rel(path, '/index.html')}">首页</a></header>
{inner}
<footer class="mk-foot"><p>淘学集市 taoxuejishi.com ｜ 平台客服热线 400-860-5127（9:00-21:00）｜ 消费者投诉可拨 12315</p>
<p>杭州淘学网络科技有限公司 统一社会信用代码 {C_MKT} ｜ 浙ICP备2021047733号</p>
<p>平台提示：请勿脱离平台私下交易，商家联系方式由商家自行填写。</p></footer>"""


def forum(path, name, domain, inner):
    return f"""<div class="bbs-head"><b>{name}</b> {domain} ｜ <a href="{rel(path, '/bbs/index.html')}">论坛导航</a> ｜ <a href="{rel(path, '/index.html')}">首页</a></div>
{inner}
<div class="bbs-foot">Powered by 云论坛 X3.5 © 2009-2026 yunluntan.com ｜ {name} 版权所有</div>"""


def fenlei(path, inner):
    return f"""<div class="fl-top">分类宝 fenleibao.cn ｜ 本地生活信息 ｜ <a href="{rel(path, '/fenlei/index.html')}">教育培训</a> ｜ <a href="{rel(path, '/index.html')}">首页</a></div>
{inner}
<div class="fl-foot">分类宝客服 400-663-1958 ｜ 信息由用户发布，分类宝不对内容真实性负责，交易前请核实对方资质。</div>"""


def video(path, inner):
    return f"""<div class="v-top">快映 · 发现好内容 ｜ <a href="{rel(path, '/video/index.html')}">推荐</a> ｜ <a href="{rel(path, '/index.html')}">首页</a></div>
{inner}
<div class="v-foot">快映 kuaiying.tv ｜ 违法和不良信息举报 400-140-2108 ｜ 网络文化经营许可证 京网文〔2024〕1137-031号</div>"""


def ask(path, inner):
    return f"""<div class="ask-top">知问 zhiwen ｜ <a href="{rel(path, '/ask/index.html')}">问题广场</a> ｜ <a href="{rel(path, '/index.html')}">首页</a></div>
{inner}
<div class="ask-foot">知问社区 · 回答仅代表答主个人观点</div>"""


def tuan(path, inner):
    return f"""<div class="tuan-top">拼课网 · 好课一起拼 ｜ <a href="{rel(path, '/tuan/index.html')}">全部拼团</a> ｜ <a href="{rel(path, '/index.html')}">首页</a></div>
{inner}
<div class="tuan-foot">拼课网官方客服微信 pinke_kefu（平台客服不会私下收款）</div>"""


def jobs(path, inner):
    return f"""<div class="job-top">智聘网 zhipinwang.cn ｜ <a href="{rel(path, '/jobs/index.html')}">职位列表</a> ｜ <a href="{rel(path, '/index.html')}">首页</a></div>
{inner}
<div class="job-foot">智聘网提醒：招聘方以任何名义收取培训费、押金均属违规，可发邮件至 jubao@zhipinwang.cn 举报。</div>"""


def ershou(path, inner):
    return f"""<div class="es-top">闲趣 · 二手闲置 ｜ <a href="{rel(path, '/index.html')}">首页</a></div>
{inner}
<div class="es-foot">闲趣官方客服 400-998-3071 ｜ 担保交易更安心</div>"""


def home(path):
    return f'<p class="back"><a href="{rel(path, "/index.html")}">← 返回首页</a></p>'


# =============================================================== U01
# 智训未来教育 / 启元AI学堂 / 星图职培 (杭州). chain: phone -> wechat -> qq group -> email
P = "/market/item-20931.html"
page(P, "人工智能训练师四级/三级 培训+考证 智训未来教育旗舰店", market(P, f"""
<div class="item"><h1>【智训未来教育】人工智能训练师 四级中级工 培训考证 线上直播+线下实操</h1>
<img src="cert.png" alt="证书样本 编号 {CERT_SAMPLE}">
<table class="sku"><tr><th>规格</th><th>价格</th></tr>
<tr><td>五级（初级工）</td><td>¥2,680</td></tr>
<tr><td>四级（中级工）</td><td>¥3,980</td></tr>
<tr><td>三级（高级工）</td><td>¥5,280 可3期免息</td></tr></table>
<p>已售 1.2万+ ｜ 店铺：智训未来教育旗舰店 ｜ 发货地：浙江 杭州</p>
<h3>商品详情</h3>
<p>人工智能训练师（职业编码4-04-05-05）为人社部等发布的新职业，本店课程含数据标注、智能系统运维模块，理论+实操双考核，按等级认定机构要求组织报名。补贴政策以当地人社公布为准。</p>
<div class="seller">课程顾问 周老师 手机 139 5716 2408（工作日）</div></div>"""),
     True, "U01", "智训未来教育", [["phone", "+8613957162408", "139 5716 2408"]],
     "marketplace item; seller phone in detail block; platform footer and certificate sample are decoys")

P = "/mp/qiyuan-guide.html"
page(P, "2026年人工智能训练师报考全攻略 | 启元AI学堂", f"""{home(P)}
<article class="wx"><h1>2026年人工智能训练师报考全攻略，看这一篇就够了</h1>
<div class="meta">启元AI学堂 · 原创 · 2026-03-18 · 浙江</div>
<p>很多同学私信问：AI训练师证到底怎么考？今天一次说清楚。</p>
<h2>一、证书是什么</h2><p>人工智能训练师属于职业技能等级证书，由备案的评价机构颁发，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询，拨打 12333 也能咨询当地政策。</p>
<h2>二、我们的班型</h2>
<ul><li>四级精品班：学费三千九百八，含教材和模拟题库</li><li>三级冲刺班：五千出头，支持分期</li></ul>
<p>小编说句实话：考试要自己考，我们不做包过承诺，但通过率一直不错。</p>
<div class="contact">报名咨询：139-5716-2408（周老师）<br>V信：zxwl_ai2026 备注"训练师"</div>
<p class="foot">阅读 3.6万 · 在看 211</p></article>""",
     True, "U01", "启元AI学堂",
     [["phone", "+8613957162408", "139-5716-2408"], ["wechat", "zxwl_ai2026", "V信：zxwl_ai2026"]],
     "WeChat-article style; shares phone with market item and WeChat with group buy")

P = "/tuan/qiyuan-pinke.html"
page(P, "3人拼 人工智能训练师五级 启元AI学堂", tuan(P, f"""
<div class="deal"><h1>【3人成团】启元AI学堂 · 人工智能训练师（五级/初级工）全程班</h1>
<p class="price">拼团价 <b>1880元</b> <s>单买 2680元</s> · 还差 1 人成团</p>
<p>最近成团：用户 **8 已拼单，订单号 13920260518 ｜ 用户 小*子 已拼单</p>
<dl><dt>课时</dt><dd>60课时（直播+录播）</dd><dt>等级</dt><dd>五级，需满足一年相关工作经历</dd><dt>售后</dt><dd>开课7天内可退</dd></dl>
<p>拼团后请加班主任 v信：zxwl_ai2026 进学习群，或直接加入 QQ群 738201946 领资料。</p>
<form><label>手机号</label> <span class="ph">示例：name@example.com / 手机号</span></form></div>"""),
     True, "U01", "启元AI学堂",
     [["wechat", "zxwl_ai2026", "v信：zxwl_ai2026"], ["qq_group", "738201946", "QQ群 738201946"]],
     "group-buy page; order number looks like a mobile phone; platform service WeChat is a decoy")

P = "/daili/xingtu-daili.html"
page(P, "星图职培 全国招募区域代理 人工智能训练师项目", f"""{home(P)}
<div class="landing"><h1>星图职培｜AI训练师项目 全国招代理</h1>
<p class="big">一单利润 800+ ｜ 无需囤货 ｜ 总部出题库出老师</p>
<table><tr><th>代理级别</th><th>加盟费</th><th>返点</th></tr>
<tr><td>城市合伙人</td><td>1.98万</td><td>40%</td></tr><tr><td>个人推广员</td><td>免费</td><td>20%</td></tr></table>
<p>学员端价格：五级 2680 / 四级 3980 / 三级 5280，代理可在此基础上自定价。</p>
<p>资料索取：把姓名+城市发到 qiyuan.ai[at]163.com ，或进代理交流 QQ群 738201946（入群请备注 代理）。</p>
<p class="small">主体：杭州星图职业技能培训有限公司 统一社会信用代码 {C_U01} ｜ xingtuzhipei.com</p></div>""",
     True, "U01", "星图职培",
     [["qq_group", "738201946", "QQ群 738201946"], ["email", "qiyuan.ai@163.com", "qiyuan.ai[at]163.com"],
      ["uscc", C_U01, C_U01], ["domain", "xingtuzhipei.com", "xingtuzhipei.com"]],
     "agent (代理) recruitment; shares the QQ group with the group-buy page")

# =============================================================== U02
# 深蓝数标培训 / 蓝鲸人工智能职业技能 (佛山). chain: uscc+domain -> domain+wechat -> wechat+phone -> phone
JZB = "技术支持：建站宝 www.jianzhanbao.cn 服务热线 400-017-6629"
P = "/sites/shenlan/index.html"
page(P, "佛山深蓝数标教育科技有限公司 - 人工智能训练师培训", f"""
<nav class="corp"><b>深蓝数标培训</b> <a href="{rel(P, '/sites/shenlan/blog-3.html')}">新闻动态</a> <a href="{rel(P, '/index.html')}">返回导航</a></nav>
<section class="hero"><h1>专注数据标注与人工智能训练师人才培养</h1><p>佛山南海校区 ｜ 禅城教学点</p></section>
<section><h2>课程体系</h2>
<div class="card"><h3>人工智能训练师 五级</h3><p>学费 2,380 元，约 8 周</p></div>
<div class="card"><h3>人工智能训练师 四级</h3><p>学费 3,580 元，约 10 周</p></div>
<div class="card"><h3>人工智能训练师 三级</h3><p>学费 4,980 元，需持四级证书</p></div>
<p>符合条件的参保学员可申领失业保险技能提升补贴，具体请拨打 12333 咨询。</p></section>
<address>佛山深蓝数标教育科技有限公司<br>统一社会信用代码：{C_U02}<br>官网：www.shenlanshubiao.com<br>地址：佛山市南海区桂城街道海八路某大厦9楼</address>
<footer>{JZB}</footer>""",
     True, "U02", "深蓝数标培训",
     [["uscc", C_U02, C_U02], ["domain", "shenlanshubiao.com", "www.shenlanshubiao.com"]],
     "seller company site; site-builder credit in footer is a decoy")

P = "/sites/shenlan/blog-3.html"
page(P, "蓝鲸人工智能职业技能班 第12期开班啦 - 深蓝数标", f"""
<nav class="corp"><a href="{rel(P, '/sites/shenlan/index.html')}">深蓝数标首页</a></nav>
<article><h1>蓝鲸人工智能职业技能班 第12期开班啦</h1><p class="date">发布时间：2026-04-02　来源：www.shenlanshubiao.com</p>
<p>本期「蓝鲸班」共招收学员38人，课程覆盖人工智能训练师四级全部模块：数据采集和处理、数据标注、智能系统运维。</p>
<p>第13期预计5月开班，学费两千九百九十九（早鸟价），名额有限。</p>
<p>想报名的朋友加v：lanjing-ai88 ，班主任会拉你进预备群。</p></article>
<footer>{JZB}</footer>""",
     True, "U02", "蓝鲸人工智能职业技能",
     [["domain", "shenlanshubiao.com", "www.shenlanshubiao.com"], ["wechat", "lanjing-ai88", "加v：lanjing-ai88"]],
     "company blog post under a second brand; same domain, adds WeChat")

P = "/fenlei/fs-lanjing.html"
page(P, "佛山 人工智能训练师培训 蓝鲸班 周末班", fenlei(P, """
<div class="post"><h1>【佛山·南海】人工智能训练师 四级 周末班 学费2千9</h1>
<ul class="attrs"><li>类别：职业技能培训</li><li>区域：南海 桂城</li><li>发布：2026-04-10</li></ul>
<pre class="desc">零基础也能学，数据标注实操为主
四级：2999元（早鸟）  三级：4980元
学完由评价机构组织理论+实操考核
联系人：陈老师
电话：186-7654-3120
薇：lanjing-ai88</pre></div>"""),
     True, "U02", "蓝鲸人工智能职业技能",
     [["phone", "+8618676543120", "186-7654-3120"], ["wechat", "lanjing-ai88", "薇：lanjing-ai88"]],
     "classifieds post in pre-line text; platform hotline is a decoy")

P = "/video/live-lanjing.html"
page(P, "【直播回放】佛山蓝鲸班 AI训练师到底值不值得考", video(P, """
<div class="live"><h1>直播回放：AI训练师到底值不值得考？陈老师在线答疑</h1>
<p class="host">主播：蓝鲸AI训练营 ｜ 观看 8,931 ｜ 点赞 2.1万</p>
<div class="pinned">置顶评论（主播）：直播间专属价四级 2699，名额30个，下单备注"直播"。咨询 +86 186 7654 3120</div>
<ol class="chat"><li>用户lucky：考完能找到工作吗</li><li>蓝鲸AI训练营：我们推荐标注岗，但不承诺就业哈</li><li>用户7788：能分期吗</li><li>蓝鲸AI训练营：可以分3期</li></ol></div>"""),
     True, "U02", "蓝鲸人工智能职业技能",
     [["phone", "+8618676543120", "+86 186 7654 3120"]],
     "live-stream replay page; pinned comment carries the phone")

# =============================================================== U03
# 华职联考 / 职通天下 / 学证帮 (郑州). chain: qq -> qq+phone -> phone(full width) -> phone
P = "/bbs/zz/thread-5521.html"
page(P, "【分享】郑州考人工智能训练师的经验 + 资料包 - 中原社区", forum(P, "中原社区", "bbs.zyshequ.net", """
<h1>【分享】郑州考人工智能训练师的经验 + 资料包</h1>
<div class="post"><div class="author">楼主：华职联考小李 ｜ 发表于 2026-02-27</div>
<div class="msg">去年在郑州考了四级，理论+实操各一场，实操主要是标注和数据清洗。<br>
我们华职联考现在开班，四级 3200 块，三级 4500 块，报两个级别一起优惠 800。<br>
资料包免费发，加扣扣 2386471950 备注中原社区。</div></div>
<div class="post"><div class="author">2楼：金水河边</div><div class="msg">楼主是机构吧……</div></div>
<div class="post"><div class="author">3楼：华职联考小李</div><div class="msg">是的不装了，但资料是真的免费</div></div>"""),
     True, "U03", "华职联考",
     [["qq", "2386471950", "扣扣 2386471950"]],
     "regional forum thread opened by the seller; QQ only")

P = "/bbs/zz/thread-5609.html"
page(P, "求问：没有工作经验能考AI训练师吗 - 中原社区", forum(P, "中原社区", "bbs.zyshequ.net", """
<h1>求问：没有工作经验能考AI训练师吗？</h1>
<div class="post"><div class="author">楼主：二七小王</div><div class="msg">应届生，专业不相关，想考个证，能报几级？</div></div>
<div class="post"><div class="author">2楼：老码农</div><div class="msg">五级要一年相关工作经历或者学徒期满，别信那种直接报三级的。</div></div>
<div class="post"><div class="author">3楼：职通天下-李老师</div><div class="msg">可以先学再说，我们职通天下有应届生方案，学费两千多，经历证明这块我们帮你想办法。<br>
Q：2386471950 ｜ 电话 156 3718 0294</div></div>"""),
     True, "U03", "职通天下",
     [["qq", "2386471950", "Q：2386471950"], ["phone", "+8615637180294", "156 3718 0294"]],
     "seller replies in someone else's thread under a second brand")

P = "/video/v-zhitong.html"
page(P, "三个月拿下AI训练师证 职通天下 短视频", video(P, """
<div class="clip"><h1>#AI训练师 #考证 三个月拿证不是梦</h1>
<p class="by">@职通天下官方 ｜ 2026-03-05 ｜ 赞 4.4万 评论 912</p>
<div class="subtitle">字幕：你还在为没有一技之长发愁吗？人工智能训练师，国家新职业！五级四级三级都能报，学费一次三千，三个月拿证。</div>
<p class="desc">咨询热线 １５６３７１８０２９４（微信同号）</p>
<ul class="comments"><li>用户A：真的假的</li><li>职通天下官方：私信或打上面电话</li></ul></div>"""),
     True, "U03", "职通天下",
     [["phone", "+8615637180294", "１５６３７１８０２９４"], ["wechat", "15637180294", "１５６３７１８０２９４"]],
     "short-video page text; phone in full-width digits, 微信同号")

P = "/form/xuezhengbang-baoming.html"
page(P, "学证帮 · 人工智能训练师 在线报名表", f"""{home(P)}
<div class="form"><h1>学证帮 · 人工智能训练师 报名登记</h1>
<form><p><label>姓名</label> <input name="n"></p>
<p><label>手机</label> <input name="m"> <span class="hint">格式示例：138 0000 0000</span></p>
<p><label>邮箱</label> <input name="e"> <span class="hint">例如 name@example.com</span></p>
<p><label>报考等级</label> <select><option>五级 ¥2680</option><option>四级 ¥3200</option><option>三级 ¥4500</option></select></p></form>
<p>提交后24小时内老师回电。着急请直接拨打 <a href="tel:15637180294">156-3718-0294</a>，资料请发 xzb_kefu @ 126.com</p>
<p class="small">表单由 微搭云 wedayun.cn 提供技术支持</p></div>""",
     True, "U03", "学证帮",
     [["phone", "+8615637180294", "156-3718-0294"], ["email", "xzb_kefu@126.com", "xzb_kefu @ 126.com"]],
     "sign-up form; placeholder phone/e-mail and form-builder credit are decoys")

# =============================================================== U04
# 湘江智能职培 / 长沙芯课堂 (长沙). chain: wechat -> wechat+phone+account -> phone(微信同号) -> phone+uscc+account
CENTRE = "考点：湘中职业技能等级认定服务站（咨询 0731-8456 2210）"
P = "/bbs/cs/t-88120.html"
page(P, "长沙有没有靠谱的AI训练师培训？ - 星城论坛", forum(P, "星城论坛", "bbs.xingcheng.cc", f"""
<h1>长沙有没有靠谱的AI训练师培训？</h1>
<div class="post"><div class="author">楼主：岳麓山下</div><div class="msg">想考四级，预算三千以内，求推荐。</div></div>
<div class="post"><div class="author">2楼：芯课堂-阿杰</div><div class="msg">可以了解下长沙芯课堂，四级 2880，周末班，{CENTRE}，考试自己去考点考。<br>微信 xinketang_cs</div></div>
<div class="post"><div class="author">3楼：岳麓山下</div><div class="msg">谢谢，我去问问</div></div>"""),
     True, "U04", "长沙芯课堂",
     [["wechat", "xinketang_cs", "微信 xinketang_cs"]],
     "regional forum reply by the seller; assessment-centre phone is a decoy")

P = "/ershou/item-7731.html"
page(P, "转让 人工智能训练师四级课程名额 长沙", ershou(P, """
<div class="es-item"><h1>转让 人工智能训练师四级课程名额（湘江智能职培）</h1>
<p class="price">￥2300 <s>原价￥2880</s></p>
<p>个人原因上不了了，名额可以直接转给你，机构老师会重新给你开账号，报考流程机构负责。</p>
<p>付款走机构对公：长沙芯课堂教育科技有限公司</p>
<p>想要的话 vx：xinketang_cs 或者打我 177 5283 9016</p>
<p class="loc">湖南 长沙 · 想要 36 · 浏览 1024</p></div>"""),
     True, "U04", "湘江智能职培",
     [["wechat", "xinketang_cs", "vx：xinketang_cs"], ["phone", "+8617752839016", "177 5283 9016"],
      ["other", "长沙芯课堂教育科技有限公司", "长沙芯课堂教育科技有限公司"]],
     "second-hand listing posing as a private seat transfer; pays to the company account")

P = "/notes/xiangjiang-note.html"
page(P, "长沙考AI训练师｜我的备考笔记", f"""{home(P)}
<div class="note"><h1>长沙考AI训练师｜我的备考笔记📒</h1>
<p class="who">@湘江智能职培 · 编辑于 04-08 · 湖南</p>
<pre class="note-body">✅ 四级考什么：数据采集处理 / 标注 / 系统运维
✅ 理论60分及格 实操60分及格
✅ 学费：两千八左右（湘江班）
✅ 可以分期 不用一次付清
有问题评论区问我～
电话/微信同号 17752839016</pre>
<p class="tags">#AI训练师 #长沙考证 #新职业</p></div>""",
     True, "U04", "湘江智能职培",
     [["phone", "+8617752839016", "17752839016"], ["wechat", "17752839016", "17752839016"]],
     "notes-app post; phone doubles as WeChat (微信同号)")

P = "/m/xinketang-landing.html"
page(P, "长沙芯课堂 · AI训练师 小程序报名页", f"""{home(P)}
<div class="mini"><div class="banner"><img src="banner.jpg" alt="长沙芯课堂 AI训练师 四级 限时 2880"></div>
<h1>长沙芯课堂｜人工智能训练师</h1>
<div class="cards"><div class="c">五级 ¥1980</div><div class="c">四级 ¥2880</div><div class="c">三级 ¥3980（需四级证）</div></div>
<p>{CENTRE}</p>
<p>证书样本编号：{CERT_SAMPLE}（以实际颁发为准）</p>
<p>立即咨询：<a href="tel:17752839016">177-5283-9016</a></p>
<p class="tpl">客服电话 138-0000-0000</p>
<p class="small">运营主体：长沙芯课堂教育科技有限公司 ｜ 统一社会信用代码 {C_U04}</p>
<p class="small">本小程序由 微搭云 wedayun.cn 提供技术支持</p></div>""",
     True, "U04", "长沙芯课堂",
     [["phone", "+8617752839016", "177-5283-9016"], ["uscc", C_U04, C_U04],
      ["other", "长沙芯课堂教育科技有限公司", "长沙芯课堂教育科技有限公司"]],
     "mini-program landing; template placeholder phone left in, builder credit, centre phone and certificate sample are decoys")

# =============================================================== U05
# 云梯职学 / 优才智训 (成都). chain: wechat -> wechat+qq -> qq
P = "/weibo/status-4410.html"
page(P, "云梯职学 的微博", f"""{home(P)}
<div class="wb"><div class="wb-user"><b>云梯职学</b> <span>成都 · 4月12日 20:31 来自 iPhone</span></div>
<div class="wb-text">成都的宝子们看过来！人工智能训练师四级周末班下周开课🎉 理论+实操，学费3280，老学员带新立减200。想了解的➕V yunti_zx 🔥 #AI训练师# #成都考证#</div>
<div class="wb-bar">转发 23 ｜ 评论 41 ｜ 赞 196</div></div>""",
     True, "U05", "云梯职学",
     [["wechat", "yunti_zx", "➕V yunti_zx"]],
     "microblog status")

P = "/ask/q-1127.html"
page(P, "人工智能训练师证书有用吗？考一个要多少钱？ - 知问", ask(P, """
<h1>人工智能训练师证书有用吗？考一个要多少钱？</h1>
<div class="ans"><div class="who">优才智训 教务 · 12 人赞同</div>
<div class="body"><p>利益相关，在成都做这个培训。说几点实在的：</p>
<ol><li>证书是职业技能等级证书，不是职业资格证，可以在 zscx.osta.org.cn 查。</li>
<li>价格：五级一般两千五上下，四级三千出头，我们优才智训四级是3280。</li>
<li>对找数据标注类工作有加分，但不是必需。</li></ol>
<p>需要课表的可以加我 wx: yunti_zx ，或者 qq:1904557326</p></div></div>"""),
     True, "U05", "优才智训",
     [["wechat", "yunti_zx", "wx: yunti_zx"], ["qq", "1904557326", "qq:1904557326"]],
     "Q&A answer by the seller under a second brand")

P = "/jobs/job-youcai.html"
page(P, "AI训练师/数据标注员 8-12K 包培训 - 智聘网", jobs(P, """
<div class="job"><h1>AI训练师 / 数据标注员（可无经验）</h1>
<p class="salary">8-12K · 成都 · 学历不限</p>
<dl><dt>公司</dt><dd>优才智训（成都）</dd><dt>福利</dt><dd>五险 · 双休 · 带薪培训</dd></dl>
<div class="jd"><p>岗位职责：文本、图像数据标注，模型输出评测。</p>
<p>任职要求：入职前需取得人工智能训练师四级证书，公司统一安排岗前培训，培训费3280元（可从工资分期扣）。</p>
<p>投递简历：youcai_hr@sina.com ｜ HR QQ 1904 557 326</p></div></div>"""),
     True, "U05", "优才智训",
     [["email", "youcai_hr@sina.com", "youcai_hr@sina.com"], ["qq", "1904557326", "QQ 1904 557 326"]],
     "job-board post that sells the course (training fee deducted from wages)")

# =============================================================== U06
# 北辰训练营 / 数智星辰 (西安). chain: phone -> phone+wechat -> wechat+qq group
P = "/market/shop-beichen.html"
page(P, "北辰训练营 - 淘学集市店铺", market(P, f"""
<div class="shop"><h1>北辰训练营（西安）</h1><p>店铺评分 4.7 ｜ 粉丝 3,208 ｜ 开店 3 年</p>
<div class="grid"><div class="g"><a href="{rel(P, '/market/item-21544.html')}">人工智能训练师 四级 班</a><br>3480元</div>
<div class="g">人工智能训练师 五级 班<br>2480元</div><div class="g">AI训练师证 三级 冲刺<br>4680元</div></div>
<p>店铺公告：报名请认准本店，售前电话 133 7920 8153，非本店电话一律不认。</p></div>"""),
     True, "U06", "北辰训练营",
     [["phone", "+8613379208153", "133 7920 8153"]],
     "marketplace shop page")

P = "/market/item-21544.html"
page(P, "数智星辰 人工智能训练师四级 西安面授", market(P, f"""
<div class="item"><h1>数智星辰 | 训练师证 四级 西安面授+线上题库</h1>
<p class="price">¥3,480 <small>课程编号 15800420317</small></p>
<p>店铺：北辰训练营 ｜ 品牌：数智星辰</p>
<div class="detail"><p>包含：60课时、模拟考试3次、实操项目2个。</p>
<p>温馨提示：考试由评价机构组织，需本人参加理论和实操考核。</p>
<p>联系：+86-133-7920-8153 ｜ 微信 szxc_edu</p></div></div>"""),
     True, "U06", "数智星辰",
     [["phone", "+8613379208153", "+86-133-7920-8153"], ["wechat", "szxc_edu", "微信 szxc_edu"]],
     "marketplace item under a second brand in the same shop; course number is a decoy")

P = "/qun/szxc-board.html"
page(P, "数智星辰 学员交流群 群公告板", f"""{home(P)}
<div class="qun"><h1>群公告 · 数智星辰AI训练师交流群（1群）</h1>
<div class="notice"><p>📢 4月班报名截止本周五！四级 3480 / 三级 4680，老带新返 300。</p>
<p>没进QQ群的同学请加 QQ群 582316907 下载题库</p><p>报名/退款问题私聊班主任 加微 szxc_edu</p></div>
<div class="msgs"><p>[群成员] 小林：实操考的是标注还是写代码？</p><p>[班主任] 以标注、清洗和运维为主</p></div></div>""",
     True, "U06", "数智星辰",
     [["qq_group", "582316907", "QQ群 582316907"], ["wechat", "szxc_edu", "加微 szxc_edu"]],
     "chat-group notice board")

# =============================================================== U07
# 鲸鱼职教 / 芯火学院 / 智能未来研究院 (合肥). chain: email+wechat -> wechat ; email
P = "/daili/jingyu-zhaoshang.html"
page(P, "鲸鱼职教 诚招AI训练师课程代理 宝妈学生均可", f"""{home(P)}
<div class="zs"><h1>💰 鲸鱼职教 诚招代理 💰</h1>
<p>人工智能训练师证 热门新职业 需求大！</p>
<ul><li>一级代理拿货价 1500/人，市场价 3980</li><li>三证一起报更好卖（五级+四级+三级打包 6800）</li><li>宝妈、学生、上班族都能做，朋友圈转发就行</li></ul>
<p>加盟咨询：VX：xinhuo_ai（芯火学院招商部）</p>
<p>合作邮箱：<a href="mailto:jingyu_edu@qq.com">jingyu_edu@qq.com</a></p></div>""",
     True, "U07", "鲸鱼职教",
     [["wechat", "xinhuo_ai", "VX：xinhuo_ai"], ["email", "jingyu_edu@qq.com", "jingyu_edu@qq.com"]],
     "agent recruitment selling three levels at once")

P = "/tuan/xinhuo-tuan.html"
page(P, "芯火学院 AI训练师 2人团 合肥", tuan(P, """
<div class="deal"><h1>【2人团】芯火学院 人工智能训练师 四级+三级 双证班</h1>
<p class="price">团购价 <b>叁仟玖佰捌拾元</b>/人 · 已团 316 件</p>
<table><tr><td>上课方式</td><td>线上录播 + 合肥线下实操2天</td></tr><tr><td>承诺</td><td>一次不过免费重学</td></tr></table>
<p>成团后添加 v信 xinhuo_ai 领取学习账号。</p>
<form><span class="ph">示例：name@example.com</span></form></div>"""),
     True, "U07", "芯火学院",
     [["wechat", "xinhuo_ai", "v信 xinhuo_ai"]],
     "group-buy page; price in Chinese capital numerals")

P = "/video/v-jingyu.html"
page(P, "智能未来研究院：AI训练师就是下一个风口", video(P, """
<div class="clip"><h1>AI训练师，就是下一个十年的风口</h1>
<p class="by">@智能未来研究院 ｜ 赞 1.8万</p>
<div class="subtitle">字幕：现在报名人工智能训练师，结业后推荐就业，月入过万不是问题。名额只剩最后20个。</div>
<p class="desc">商务合作/报名：jingyu_edu（at）qq.com</p></div>"""),
     True, "U07", "智能未来研究院",
     [["email", "jingyu_edu@qq.com", "jingyu_edu（at）qq.com"]],
     "short-video page; e-mail obfuscated with （at）")

# =============================================================== U08
# 博研智能科技 / 博研职培 / 辽沈AI训练营 (沈阳). chain: domain+uscc+landline -> uscc+mobile -> mobile
P = "/sites/boyan/index.html"
page(P, "沈阳博研智能科技有限公司 官网", f"""
<div class="by-head"><b>博研智能科技</b> ｜ boyanzhipei.cn ｜ <a href="{rel(P, '/index.html')}">返回导航</a></div>
<main><h1>人工智能训练师 职业技能培训</h1>
<table class="price"><caption>2026年春季班</caption><tr><th>等级</th><th>课时</th><th>学费</th></tr>
<tr><td>初级（五级）</td><td>60</td><td>2600元</td></tr><tr><td>中级（四级）</td><td>50</td><td>3400元</td></tr><tr><td>高级（三级）</td><td>40</td><td>4600元</td></tr></table>
<p>证书可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>联系电话：<a href="tel:02431886602">024-3188 6602</a></p></main>
<footer>沈阳博研智能科技有限公司 ｜ 统一社会信用代码：{C_U08} ｜ 辽ICP备2023008812号<br>{JZB}</footer>""",
     True, "U08", "博研智能科技",
     [["domain", "boyanzhipei.cn", "boyanzhipei.cn"], ["uscc", C_U08, C_U08],
      ["phone", "+862431886602", "024-3188 6602"]],
     "seller company site with price table; site-builder credit shared with another operator's site")

P = "/fenlei/sy-boyan.html"
page(P, "沈阳 人工智能训练师 中级 高级 博研职培", fenlei(P, f"""
<div class="post"><h1>沈阳博研职培 人工智能训练师中级/高级 报名中</h1>
<dl><dt>价格</dt><dd>中级 3400 / 高级 4600</dd><dt>地点</dt><dd>沈河区</dd><dt>资质</dt><dd>营业执照 统一社会信用代码 {C_U08}</dd></dl>
<p>联系我时请说是在分类宝看到的：159 9846 7320（王老师）</p></div>"""),
     True, "U08", "博研职培",
     [["uscc", C_U08, C_U08], ["phone", "+8615998467320", "159 9846 7320"]],
     "classifieds; USCC quoted as a credential")

P = "/bbs/sy/thread-302.html"
page(P, "沈阳哪里能考AI训练师？ - 沈城社区", forum(P, "沈城社区", "bbs.shencheng.org", """
<h1>沈阳哪里能考AI训练师？</h1>
<div class="post"><div class="author">楼主：浑河边</div><div class="msg">公司让考个人工智能训练师，沈阳有培训的吗</div></div>
<div class="post"><div class="author">2楼：辽沈AI训练营</div><div class="msg">我们辽沈AI训练营在沈河，中级三千四，打我电话 159-9846-7320 带你去看教室。</div></div>
<div class="post"><div class="author">3楼：浑河边</div><div class="msg">好的</div></div>"""),
     True, "U08", "辽沈AI训练营",
     [["phone", "+8615998467320", "159-9846-7320"]],
     "regional forum reply under a third brand")

# =============================================================== U09
# 启航数据标注学院 / 航标职业培训 (南京). chain: qq group -> qq group+phone -> phone
P = "/video/live-qihang.html"
page(P, "启航数据标注学院 直播中", video(P, """
<div class="live"><h1>🔴 直播中：人工智能训练师考证答疑 + 限时福利</h1>
<p class="host">启航数据标注学院 ｜ 在线 1,206</p>
<div class="cart">小黄车：人工智能训练师五级 直播价 1999 ｜ 四级 2999</div>
<p>主播口播：进粉丝群领真题，粉丝群：915604372（QQ）</p></div>"""),
     True, "U09", "启航数据标注学院",
     [["qq_group", "915604372", "粉丝群：915604372"]],
     "live-stream page with a shopping cart")

P = "/mp/hangbiao-article.html"
page(P, "航标职业培训｜AI训练师考试时间和报名流程", f"""{home(P)}
<article class="wx"><h1>AI训练师考试时间和报名流程（南京）</h1>
<div class="meta">航标职业培训 · 2026-04-20</div>
<p>1. 报名：提交身份证、学历证明、工作经历证明。</p><p>2. 培训：五级约60课时。</p><p>3. 考核：理论+技能，均需60分以上。</p>
<p>补贴问题请咨询 12333。</p>
<p>本期学费：五级 1999 元，四级 2999 元。</p>
<p>学习交流 QQ群号 915 604 372 ；报名热线 182 5193 6047</p></article>""",
     True, "U09", "航标职业培训",
     [["qq_group", "915604372", "QQ群号 915 604 372"], ["phone", "+8618251936047", "182 5193 6047"]],
     "WeChat-article style")

P = "/ershou/item-8120.html"
page(P, "AI训练师四级课程 网课账号 转", ershou(P, """
<div class="es-item"><h1>人工智能训练师四级网课 转让（航标班）</h1>
<p class="price">￥1500</p>
<p>买了没时间学，含题库和一次考试报名名额，机构可协助转名。</p>
<p>联系 182-5193-6047（航标 教务 可查）</p>
<p class="loc">江苏 南京 · 想要 12</p></div>"""),
     True, "U09", "航标职业培训",
     [["phone", "+8618251936047", "182-5193-6047"]],
     "second-hand listing")

# =============================================================== independents
P = "/market/item-22087.html"
page(P, "AI训练师速成工作室 五级 线上", market(P, """
<div class="item"><h1>【速成】人工智能训练师五级 线上课程 随到随学</h1>
<p class="price">¥1,680 <small>课程编号 15800420317</small></p>
<p>店铺：AI训练师速成工作室</p>
<p>本课程为培训服务，考试需到评价机构参加。咨询 13605819472</p></div>"""),
     True, "I01", "AI训练师速成工作室",
     [["phone", "+8613605819472", "13605819472"]],
     "independent marketplace seller; shares only platform decoys and the copied course number")

P = "/fenlei/wh-ai.html"
page(P, "武汉 人工智能训练师 包过 速拿证", fenlei(P, f"""
<div class="post"><h1>武汉 人工智能训练师 三级 包过 不过全退</h1>
<pre class="desc">不用上课 直接报名 四十五天拿证
三级 6800 一口价
证书样本：{CERT_SAMPLE}
薇信 whai_trainer
座机 027-8756 4312</pre></div>"""),
     True, "I02", "武汉智培",
     [["wechat", "whai_trainer", "薇信 whai_trainer"], ["phone", "+862787564312", "027-8756 4312"]],
     "independent classifieds seller with 包过 promise")

P = "/ask/q-1302.html"
page(P, "AI训练师考点在哪？自己报名和机构报名区别 - 知问", ask(P, f"""
<h1>AI训练师考点在哪？自己报名和机构报名有什么区别？</h1>
<div class="ans"><div class="who">匿名用户</div><div class="body">去当地人社问，12333。</div></div>
<div class="ans"><div class="who">周老师（培训讲师） · 5 人赞同</div>
<div class="body"><p>长沙这边{CENTRE}，自己报也行，但要满足条件。我这边带小班，四级两千六，不承诺通过。</p>
<p>QQ：3105226874</p></div></div>"""),
     True, "I03", "周老师小班",
     [["qq", "3105226874", "QQ：3105226874"]],
     "independent tutor answering; the assessment-centre phone is shared with U04 pages as a decoy")

P = "/notes/note-lingji.html"
page(P, "零基础转行AI训练师 我的私教课开放", f"""{home(P)}
<div class="note"><h1>零基础转行AI训练师｜私教课开放3个名额</h1>
<p class="who">@灵机AI私教 · 04-15 · 上海</p>
<pre class="note-body">之前在大厂做标注组长
现在带私教：四级辅导 ¥4,200 / 人
证书去 zscx.osta.org.cn 可查
vx: lingjiAI_01
邮箱 lingji2026 at foxmail dot com</pre></div>""",
     True, "I04", "灵机AI私教",
     [["wechat", "lingjiai_01", "vx: lingjiAI_01"], ["email", "lingji2026@foxmail.com", "lingji2026 at foxmail dot com"]],
     "independent notes-app seller")

P = "/weibo/status-4492.html"
page(P, "小谷老师AI 的微博", f"""{home(P)}
<div class="wb"><div class="wb-user"><b>小谷老师AI</b> <span>广州 · 4月18日</span></div>
<div class="wb-text">有没有想考人工智能训练师三级的？我这里有一个广州的班，学费四千五左右，可以申请技能提升补贴（要交满一年失业保险）。电话 +86 135 1078 2264</div>
<div class="wb-bar">转发 2 ｜ 评论 9 ｜ 赞 30</div></div>""",
     True, "I05", "小谷老师AI",
     [["phone", "+8613510782264", "+86 135 1078 2264"]],
     "independent microblog seller")

P = "/video/v-xiaomei.html"
page(P, "美美的AI课 训练师证怎么考", video(P, """
<div class="clip"><h1>宝妈也能考的AI训练师证 我是怎么考下来的</h1>
<p class="by">@美美的AI课 ｜ 赞 6,622</p>
<div class="subtitle">字幕：我自己考了四级，现在带大家一起学，学费一千九，不包过，认真学都能过。</div>
<p class="desc">主页v：mei_ai_coach</p></div>"""),
     True, "I06", "美美的AI课",
     [["wechat", "mei_ai_coach", "主页v：mei_ai_coach"]],
     "independent short-video seller")

# =============================================================== non-offer pages
P = "/news/warning-scam.html"
page(P, "警惕！“AI训练师证包过”骗局又出新花样", f"""{home(P)}
<article class="news"><h1>警惕！“AI训练师证包过”骗局又出新花样</h1><p class="src">本地新闻网 · 2026-03-30</p>
<p>近日，市民刘女士反映，一名自称“人社部直属培训中心”的人员通过电话 170 9341 5526 向其推销“人工智能训练师三级免考直接拿证”，收取6800元后失联。另一受害者称对方用 QQ 2857730164 发送“查询网址”，该网址并非官方平台。</p>
<p>民警提示：职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询；遇到可疑情况请拨打 96110 反诈专线，消费纠纷可拨打 12315，或通过 12345 热线反映。</p></article>""",
     note="news warning quoting scammers' phone and QQ")

P = "/news/policy-subsidy.html"
page(P, "2026年职业技能提升补贴政策解读", f"""{home(P)}
<article class="news"><h1>2026年职业技能提升补贴政策解读</h1><p class="src">人社资讯 · 2026-02-12</p>
<p>参保职工取得职业技能等级证书的，可按规定申领技能提升补贴，五级、四级、三级分别最高1000元、1500元、2000元，各地可对紧缺职业上浮。</p>
<p>详情请咨询当地人社部门或拨打 12333。</p></article>""",
     note="policy news")

P = "/news/explainer-query.html"
page(P, "如何查询职业技能等级证书真伪", f"""{home(P)}
<article class="gov"><h1>如何查询职业技能等级证书真伪</h1>
<ol><li>登录技能人才评价证书全国联网查询 zscx.osta.org.cn</li><li>输入姓名、证件号和证书编号</li><li>核对发证机构名称与备案名称是否一致</li></ol>
<p>证书编号为22位：首位字母（Y用人单位、S社会培训评价组织）加21位数字。</p>
<p>咨询电话：12333</p></article>""",
     note="official-style explainer on certificate verification")

P = "/ask/q-0990.html"
page(P, "人工智能训练师和人工智能工程技术人员有什么区别？ - 知问", ask(P, """
<h1>人工智能训练师和人工智能工程技术人员有什么区别？</h1>
<div class="ans"><div class="who">路过的HR · 88 人赞同</div><div class="body"><p>前者是技能类职业（4-04-05-05），分五级，发职业技能等级证书；后者是专业技术类，走职称。两者别混。</p>
<p>报培训前先查机构有没有备案，别信“人社部颁发”。</p></div></div>"""),
     note="neutral Q&A, no seller")

P = "/jobs/job-real-biaozhu.html"
page(P, "数据标注专员 6-8K - 智聘网", jobs(P, """
<div class="job"><h1>数据标注专员（图像方向）</h1><p class="salary">6-8K · 合肥 · 大专</p>
<dl><dt>公司</dt><dd>合肥某智能科技有限公司</dd><dt>要求</dt><dd>有标注经验优先，持人工智能训练师证书优先但非必须</dd></dl>
<p>本岗位不收取任何费用。请通过平台投递简历。</p></div>"""),
     note="real job ad that asks no fee")

P = "/bbs/zz/thread-5702.html"
page(P, "【曝光】交了钱说好包过，现在电话不接 - 中原社区", forum(P, "中原社区", "bbs.zyshequ.net", """
<h1>【曝光】交了钱说好包过，现在电话不接</h1>
<div class="post"><div class="author">楼主：受害人小张</div><div class="msg">去年找了个所谓“国家认证中心”报人工智能训练师，交了5800，说包过，结果考试没安排，联系人电话 170 9341 5526 打不通了。大家避雷！</div></div>
<div class="post"><div class="author">2楼：热心网友</div><div class="msg">打 12315 投诉，也可以打 12345 市长热线，涉及诈骗直接 96110。</div></div>
<div class="post"><div class="author">3楼：版主</div><div class="msg">已置顶，请大家注意甄别。</div></div>"""),
     note="complaint thread quoting the same scam number as the news warning")

P = "/bbs/zz/thread-5488.html"
page(P, "聊聊数据标注这个行业的现状 - 中原社区", forum(P, "中原社区", "bbs.zyshequ.net", """
<h1>聊聊数据标注这个行业的现状</h1>
<div class="post"><div class="author">楼主：郑东新区打工人</div><div class="msg">做了两年标注，计件越来越低，大模型时代更需要会写评测规则的人。</div></div>
<div class="post"><div class="author">2楼：老码农</div><div class="msg">证书是敲门砖，能力才是关键。</div></div>"""),
     note="neutral forum discussion")

P = "/fenlei/jiankang-guanli.html"
page(P, "健康管理师 培训 周末班", fenlei(P, """
<div class="post"><h1>健康管理师三级 周末班 开课啦</h1>
<pre class="desc">适合医护、药店从业者
学费 2800
电话 131 2046 8857</pre></div>"""),
     note="another occupation's course (健康管理师); not an AI-trainer offer")

P = "/market/rules.html"
page(P, "淘学集市 职业培训类目 商家规范", market(P, """
<div class="help"><h1>职业培训类目商家规范</h1>
<ol><li>不得宣传“包过”“免考拿证”。</li><li>不得宣称证书由人社部颁发。</li><li>商家须在详情页公示培训内容与收费。</li></ol></div>"""),
     note="marketplace's own help page")

# list pages -------------------------------------------------------------
def listing(path, title, items, wrap=None):
    lis = "".join(f'<li><a href="{rel(path, p)}">{t}</a></li>' for p, t in items)
    inner = f"<h1>{title}</h1><ul class='list'>{lis}</ul>"
    return wrap(path, inner) if wrap else home(path) + inner


L = "/market/index.html"
page(L, "淘学集市 · 职业培训频道", listing(L, "职业培训 · 热门商品", [
    ("/market/item-20931.html", "人工智能训练师四级/三级 智训未来教育旗舰店"),
    ("/market/shop-beichen.html", "北辰训练营 店铺"),
    ("/market/item-21544.html", "数智星辰 训练师证 四级"),
    ("/market/item-22087.html", "AI训练师五级 线上速成"),
    ("/market/rules.html", "商家规范")], market), note="marketplace channel list")

L = "/bbs/index.html"
page(L, "论坛导航", listing(L, "地方论坛 · 职业考证版", [
    ("/bbs/zz/thread-5521.html", "中原社区：郑州考人工智能训练师的经验"),
    ("/bbs/zz/thread-5609.html", "中原社区：没有工作经验能考AI训练师吗"),
    ("/bbs/zz/thread-5702.html", "中原社区：【曝光】交了钱说好包过"),
    ("/bbs/zz/thread-5488.html", "中原社区：数据标注行业现状"),
    ("/bbs/cs/t-88120.html", "星城论坛：长沙有没有靠谱的AI训练师培训"),
    ("/bbs/sy/thread-302.html", "沈城社区：沈阳哪里能考AI训练师")]), note="forum index")

L = "/fenlei/index.html"
page(L, "分类宝 · 教育培训", listing(L, "教育培训 · 最新信息", [
    ("/fenlei/fs-lanjing.html", "佛山 人工智能训练师 四级 周末班"),
    ("/fenlei/sy-boyan.html", "沈阳 人工智能训练师 中级 高级"),
    ("/fenlei/wh-ai.html", "武汉 人工智能训练师 三级"),
    ("/fenlei/jiankang-guanli.html", "健康管理师三级 周末班")], fenlei), note="classifieds list")

L = "/video/index.html"
page(L, "快映 · 推荐", listing(L, "推荐 · 考证", [
    ("/video/live-lanjing.html", "直播回放：AI训练师值不值得考"),
    ("/video/v-zhitong.html", "三个月拿证不是梦"),
    ("/video/v-jingyu.html", "AI训练师就是下一个风口"),
    ("/video/live-qihang.html", "启航直播中"),
    ("/video/v-xiaomei.html", "宝妈也能考的AI训练师证")], video), note="short-video feed list")

L = "/ask/index.html"
page(L, "知问 · 问题广场", listing(L, "问题广场 · 职业考证", [
    ("/ask/q-1127.html", "人工智能训练师证书有用吗？"),
    ("/ask/q-1302.html", "AI训练师考点在哪？"),
    ("/ask/q-0990.html", "人工智能训练师和工程技术人员的区别")], ask), note="Q&A list")

L = "/tuan/index.html"
page(L, "拼课网 · 全部拼团", listing(L, "正在拼团", [
    ("/tuan/qiyuan-pinke.html", "3人成团 人工智能训练师五级"),
    ("/tuan/xinhuo-tuan.html", "2人团 四级+三级 双证班")], tuan), note="group-buy list")

L = "/jobs/index.html"
page(L, "智聘网 · 职位列表", listing(L, "AI相关职位", [
    ("/jobs/job-youcai.html", "AI训练师/数据标注员 8-12K"),
    ("/jobs/job-real-biaozhu.html", "数据标注专员 6-8K")], jobs), note="job-board list")

L = "/index.html"
page(L, "AI训练师考证 信息汇总", listing(L, "AI训练师考证 · 网页汇总", [
    ("/market/index.html", "淘学集市 职业培训频道"), ("/bbs/index.html", "地方论坛"),
    ("/fenlei/index.html", "分类宝 教育培训"), ("/video/index.html", "快映 短视频与直播"),
    ("/ask/index.html", "知问"), ("/tuan/index.html", "拼课网"), ("/jobs/index.html", "智聘网"),
    ("/mp/qiyuan-guide.html", "公众号：报考全攻略"), ("/mp/hangbiao-article.html", "公众号：考试时间和报名流程"),
    ("/daili/xingtu-daili.html", "星图职培 招代理"), ("/daili/jingyu-zhaoshang.html", "鲸鱼职教 招代理"),
    ("/sites/shenlan/index.html", "深蓝数标 官网"), ("/sites/boyan/index.html", "博研智能科技 官网"),
    ("/ershou/item-7731.html", "闲趣：转让课程名额"), ("/ershou/item-8120.html", "闲趣：网课转让"),
    ("/notes/xiangjiang-note.html", "笔记：长沙备考"), ("/notes/note-lingji.html", "笔记：私教课"),
    ("/weibo/status-4410.html", "微博：云梯职学"), ("/weibo/status-4492.html", "微博：小谷老师AI"),
    ("/qun/szxc-board.html", "群公告板"), ("/m/xinketang-landing.html", "小程序报名页"),
    ("/form/xuezhengbang-baoming.html", "在线报名表"),
    ("/news/warning-scam.html", "新闻：警惕包过骗局"), ("/news/policy-subsidy.html", "政策解读：技能提升补贴"),
    ("/news/explainer-query.html", "如何查询证书真伪")]), note="site index")

# =============================================================== truth
OPERATORS = [
    ["U01", {"brands": ["智训未来教育", "启元AI学堂", "星图职培"],
             "ties": "market item and WeChat article share phone +8613957162408; article and group buy share WeChat zxwl_ai2026; group buy and agent page share QQ group 738201946"}],
    ["U02", {"brands": ["深蓝数标培训", "蓝鲸人工智能职业技能"],
             "ties": "company site and blog share domain shenlanshubiao.com; blog and classifieds share WeChat lanjing-ai88; classifieds and live replay share phone +8618676543120"}],
    ["U03", {"brands": ["华职联考", "职通天下", "学证帮"],
             "ties": "two forum threads share QQ 2386471950; the reply, the short video (full-width digits) and the sign-up form share phone +8615637180294"}],
    ["U04", {"brands": ["湘江智能职培", "长沙芯课堂"],
             "ties": "forum reply and second-hand listing share WeChat xinketang_cs; listing, note and landing share phone +8617752839016; listing and landing name the same payee company"}],
    ["U05", {"brands": ["云梯职学", "优才智训"],
             "ties": "microblog and Q&A answer share WeChat yunti_zx; answer and job post share QQ 1904557326"}],
    ["U06", {"brands": ["北辰训练营", "数智星辰"],
             "ties": "shop page and item share phone +8613379208153; item and group board share WeChat szxc_edu"}],
    ["U07", {"brands": ["鲸鱼职教", "芯火学院", "智能未来研究院"],
             "ties": "agent page and group buy share WeChat xinhuo_ai; agent page and short video share e-mail jingyu_edu@qq.com"}],
    ["U08", {"brands": ["博研智能科技", "博研职培", "辽沈AI训练营"],
             "ties": f"company site and classifieds share USCC {C_U08}; classifieds and forum reply share phone +8615998467320"}],
    ["U09", {"brands": ["启航数据标注学院", "航标职业培训"],
             "ties": "live page and article share QQ group 915604372; article and second-hand listing share phone +8618251936047"}],
]
for i, b in [("I01", "AI训练师速成工作室"), ("I02", "武汉智培"), ("I03", "周老师小班"),
             ("I04", "灵机AI私教"), ("I05", "小谷老师AI"), ("I06", "美美的AI课")]:
    OPERATORS.append([i, {"brands": [b], "ties": "single offer page"}])

MK = ["/market/item-20931.html", "/market/shop-beichen.html", "/market/item-21544.html",
      "/market/item-22087.html", "/market/rules.html", "/market/index.html"]
FL = ["/fenlei/fs-lanjing.html", "/fenlei/sy-boyan.html", "/fenlei/wh-ai.html",
      "/fenlei/jiankang-guanli.html", "/fenlei/index.html"]
VD = ["/video/live-lanjing.html", "/video/v-zhitong.html", "/video/v-jingyu.html",
      "/video/live-qihang.html", "/video/v-xiaomei.html", "/video/index.html"]
BBS = ["/bbs/zz/thread-5521.html", "/bbs/zz/thread-5609.html", "/bbs/zz/thread-5702.html",
       "/bbs/zz/thread-5488.html", "/bbs/cs/t-88120.html", "/bbs/sy/thread-302.html"]
DECOYS = [
    {"kind": "public_hotline", "value": "12333", "written": "12333",
     "paths": ["/news/policy-subsidy.html", "/news/explainer-query.html", "/sites/shenlan/index.html",
               "/mp/qiyuan-guide.html", "/mp/hangbiao-article.html", "/ask/q-1302.html"],
     "note": "人社 hotline quoted by sellers and news"},
    {"kind": "public_hotline", "value": "12345", "written": "12345",
     "paths": ["/news/warning-scam.html", "/bbs/zz/thread-5702.html"], "note": "city hotline"},
    {"kind": "public_hotline", "value": "12315", "written": "12315",
     "paths": ["/news/warning-scam.html", "/bbs/zz/thread-5702.html"] + MK, "note": "consumer hotline; also in the marketplace footer"},
    {"kind": "public_hotline", "value": "96110", "written": "96110",
     "paths": ["/news/warning-scam.html", "/bbs/zz/thread-5702.html"], "note": "anti-fraud hotline"},
    {"kind": "official_verification_domain", "value": "zscx.osta.org.cn", "written": "zscx.osta.org.cn",
     "paths": ["/news/explainer-query.html", "/news/warning-scam.html", "/mp/qiyuan-guide.html",
               "/ask/q-1127.html", "/sites/boyan/index.html", "/notes/note-lingji.html"],
     "note": "official certificate query site quoted by several operators"},
    {"kind": "platform_hotline", "value": "+864008605127", "written": "400-860-5127", "paths": MK,
     "note": "淘学集市 service number in every marketplace footer"},
    {"kind": "platform_uscc", "value": C_MKT, "written": C_MKT, "paths": MK,
     "note": "marketplace operator's USCC in every marketplace footer"},
    {"kind": "platform_domain", "value": "taoxuejishi.com", "written": "taoxuejishi.com", "paths": MK,
     "note": "marketplace domain in the footer"},
    {"kind": "platform_hotline", "value": "+864006631958", "written": "400-663-1958", "paths": FL,
     "note": "classifieds site service number on every classifieds page"},
    {"kind": "platform_domain", "value": "fenleibao.cn", "written": "fenleibao.cn", "paths": FL,
     "note": "classifieds site's domain in every header"},
    {"kind": "platform_domain", "value": "kuaiying.tv", "written": "kuaiying.tv", "paths": VD,
     "note": "video platform's domain in every footer"},
    {"kind": "platform_hotline", "value": "+864001402108", "written": "400-140-2108", "paths": VD,
     "note": "video platform report line on every video page"},
    {"kind": "platform_hotline", "value": "+864009983071", "written": "400-998-3071",
     "paths": ["/ershou/item-7731.html", "/ershou/item-8120.html"], "note": "second-hand platform service number"},
    {"kind": "platform_wechat", "value": "pinke_kefu", "written": "pinke_kefu",
     "paths": ["/tuan/qiyuan-pinke.html", "/tuan/xinhuo-tuan.html", "/tuan/index.html"],
     "note": "group-buy platform's official service WeChat"},
    {"kind": "platform_email", "value": "jubao@zhipinwang.cn", "written": "jubao@zhipinwang.cn",
     "paths": ["/jobs/job-youcai.html", "/jobs/job-real-biaozhu.html", "/jobs/index.html"],
     "note": "job board's report mailbox"},
    {"kind": "forum_software_credit", "value": "yunluntan.com", "written": "yunluntan.com", "paths": BBS,
     "note": "forum software credit on three different regional forums"},
    {"kind": "site_builder_credit", "value": "jianzhanbao.cn", "written": "www.jianzhanbao.cn",
     "paths": ["/sites/shenlan/index.html", "/sites/shenlan/blog-3.html", "/sites/boyan/index.html"],
     "note": "site builder credit on two unrelated operators' company sites"},
    {"kind": "site_builder_credit", "value": "+864000176629", "written": "400-017-6629",
     "paths": ["/sites/shenlan/index.html", "/sites/shenlan/blog-3.html", "/sites/boyan/index.html"],
     "note": "site builder's hotline in the same credit"},
    {"kind": "site_builder_credit", "value": "wedayun.cn", "written": "wedayun.cn",
     "paths": ["/form/xuezhengbang-baoming.html", "/m/xinketang-landing.html"],
     "note": "form/mini-program builder credit on two operators' pages"},
    {"kind": "scam_number_quoted", "value": "+8617093415526", "written": "170 9341 5526",
     "paths": ["/news/warning-scam.html", "/bbs/zz/thread-5702.html"], "note": "scammer's phone quoted in news and a complaint"},
    {"kind": "scam_number_quoted", "value": "2857730164", "written": "QQ 2857730164",
     "paths": ["/news/warning-scam.html"], "note": "scammer's QQ quoted in news"},
    {"kind": "assessment_centre_phone", "value": "+867318456 2210".replace(" ", ""), "written": "0731-8456 2210",
     "paths": ["/bbs/cs/t-88120.html", "/m/xinketang-landing.html", "/ask/q-1302.html"],
     "note": "assessment centre number quoted by U04 and by independent I03"},
    {"kind": "order_number", "value": "13920260518", "written": "订单号 13920260518",
     "paths": ["/tuan/qiyuan-pinke.html"], "note": "order number shaped like a mobile number"},
    {"kind": "course_number", "value": "15800420317", "written": "课程编号 15800420317",
     "paths": ["/market/item-21544.html", "/market/item-22087.html"], "note": "copied course number shaped like a mobile number, on U06 and I01 items"},
    {"kind": "certificate_sample", "value": CERT_SAMPLE, "written": CERT_SAMPLE,
     "paths": ["/market/item-20931.html", "/m/xinketang-landing.html", "/fenlei/wh-ai.html"],
     "note": "same sample certificate number shown by U01, U04 and I02"},
    {"kind": "template_placeholder", "value": "+8613800000000", "written": "138 0000 0000",
     "paths": ["/form/xuezhengbang-baoming.html"], "note": "form hint placeholder"},
    {"kind": "template_placeholder", "value": "+8613800000000", "written": "138-0000-0000",
     "paths": ["/m/xinketang-landing.html"], "note": "template phone left in a landing page"},
    {"kind": "template_placeholder", "value": "name@example.com", "written": "name@example.com",
     "paths": ["/form/xuezhengbang-baoming.html", "/tuan/qiyuan-pinke.html", "/tuan/xinhuo-tuan.html"],
     "note": "placeholder e-mail on pages of U03, U01 and U07"},
]

CSS = """body{font-family:sans-serif;max-width:760px;margin:auto;line-height:1.6}
.mk-top,.fl-top,.v-top,.ask-top,.tuan-top,.job-top,.es-top,.bbs-head{background:#f4f4f4;padding:6px}
.mk-foot,.fl-foot,.v-foot,.ask-foot,.tuan-foot,.job-foot,.es-foot,.bbs-foot{color:#777;font-size:12px;border-top:1px solid #ddd;margin-top:20px}
.post{border-bottom:1px dashed #ccc;padding:6px}.author{color:#369}.card,.c,.g{display:inline-block;border:1px solid #ddd;padding:8px;margin:4px}
pre{white-space:pre-line}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}"""


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        html = (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
                f'<title>{p["title"]}</title><style>{CSS}</style></head>\n<body>\n{p["body"]}\n</body></html>\n')
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    truth = {
        "description": "Sealed labeled web operators-2026-12aa: AI-trainer (人工智能训练师) certificate-course "
                       "offers on marketplaces, classifieds, regional forums, Q&A, microblogs, notes, short video, "
                       "live streams, WeChat articles, group buys, agent recruitment, company sites, forms and "
                       "mini-program pages, grouped into operators by shared seller identifiers, with decoys.",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in PAGES],
        "operators": OPERATORS,
        "decoys": [{k: d[k] for k in ("kind", "value", "paths", "note")} for d in DECOYS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
