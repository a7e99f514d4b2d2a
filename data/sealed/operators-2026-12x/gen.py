#!/usr/bin/env python3
"""Write site/ and truth.json for the sealed web operators-2026-12x (stdlib only)."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]


def org_check(s8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s8, ws))
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix, div, org8):
    base = prefix + div + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * WEIGHTS[i] for i, ch in enumerate(base))
    r = 31 - s % 31
    return base + ALPH[0 if r == 31 else r]


C_U01 = uscc("91", "330108", "MA2KD7Q1")
C_U02 = uscc("91", "440300", "MA5G8N2T")
C_U05 = uscc("91", "510107", "MA6B3W09")
C_U06 = uscc("91", "110105", "MA01RX74")
C_U08 = uscc("91", "340104", "MA8P2L56")
C_U09 = uscc("91", "440106", "MA9Y4H31")
C_I04 = uscc("52", "210102", "MJ0830K5")
C_MALL = uscc("91", "330106", "MA2H7K40")
C_KANGYI = uscc("91", "320506", "MA1U6F82")

PAGES = []


def page(path, title, wrap, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, wrap=wrap, body=body, is_offer=is_offer,
                      operator=op, provider=provider, identifiers=[list(i) for i in ids],
                      note=note))


# ---------------------------------------------------------------- site chrome
def w_mall(title, body):
    return f"""<header class="mall-top"><b>淘学集市</b> · 职业教育频道 <a href="{{R}}mall/index.html">返回频道</a></header>
<main>{body}</main>
<footer class="platform">
<p>淘学集市平台客服热线 400-886-1930(9:00-21:00) · 平台投诉邮箱 service@taoxueji.com</p>
<p>运营主体:杭州淘学集市网络科技有限公司 统一社会信用代码 {C_MALL} · 消费维权请拨打 12315</p>
<p>本平台仅提供信息展示与交易撮合,课程内容由入驻商家自行负责。</p>
</footer>"""


def w_fenlei(title, body):
    return f"""<div class="bb-head">同城帮帮网 &gt; 教育培训 &gt; 职业技能 <a href="{{R}}fenlei/index.html">更多信息</a></div>
<div class="bb-post">{body}</div>
<div class="bb-foot">帮帮网安全提示:凡要求先付定金、包过拿证的均需谨慎。帮帮网客服 010-5861 7700,我们不会以任何理由向您索要验证码。</div>"""


def w_bbs(title, body):
    return f"""<div class="forum-nav">职场充电论坛 › 考证交流区 <a href="{{R}}bbs/index.html">版块首页</a></div>
{body}
<div class="forum-foot">论坛版务QQ群:318802466(只处理举报与申诉,不提供任何考证服务)</div>"""


def w_wenda(title, body):
    return f"""<div class="zl-top">知了问答 · 职业教育 <a href="{{R}}social/index.html">发现</a></div>
{body}
<div class="zl-foot">回答内容仅代表答主个人观点,知了问答不对其真实性负责。</div>"""


def w_weibo(title, body):
    return f"""<div class="wy-bar">微言 · 热门 <a href="{{R}}social/index.html">话题 #人工智能训练师#</a></div>
<article class="status">{body}</article>"""


def w_notes(title, body):
    return f"""<div class="sg-app">拾光笔记 <a href="{{R}}social/index.html">搜索:训练师证</a></div>
<section class="note">{body}</section>"""


def w_video(title, body):
    return f"""<div class="dp-top">抖拍 · 视频详情 <a href="{{R}}social/index.html">推荐</a></div>
<div class="dp-video">{body}</div>
<div class="dp-foot">抖拍 违法和不良信息举报电话:400-990-6655 · 网络文化经营许可证 浙网文〔2025〕3301-118号</div>"""


def w_mp(title, body):
    return f"""<div class="mp-src">职场圈 · 公众号文章聚合 <a href="{{R}}index.html">首页</a></div>
<article class="rich_media">{body}</article>
<div class="mp-foot">本文转载自公众号,版权归原作者所有。职场圈投稿邮箱 tougao@zhichangquan.net</div>"""


def w_lp(title, body):
    return f"""<div class="lp">{body}</div>
<p class="lp-credit">本页面由「轻站搭」小程序建站生成 qingzhanda.cn <a href="{{R}}index.html">返回</a></p>"""


def w_jobs(title, body):
    return f"""<div class="jl-top">职来职往 · 招聘详情 <a href="{{R}}jobs/index.html">全部职位</a></div>
{body}
<div class="jl-foot">职来职往求职者客服 400-700-3535 · 招聘中要求缴纳培训费、考证费的,请提高警惕。</div>"""


def w_qun(title, body):
    return f"""<div class="qun-top">群发现 · 学习交流群公告板 <a href="{{R}}index.html">首页</a></div>
{body}"""


def w_plain(title, body):
    return body


BUILDER = ('<p class="builder">技术支持:云帆建站 yunfanjianzhan.com 建站热线 400-617-2288</p>')

# ================================================================ OFFERS
# ---- U01: 智训未来教育 / 未来智训 / 杭州知行数标科技有限公司
page("/mall/item/88021.html", "【官方授权】人工智能训练师四级五级证书培训 智训未来教育旗舰店", w_mall, """
<h1>【报名季】人工智能训练师(四级/五级)线上班 含认定考务</h1>
<div class="shop">店铺:智训未来教育旗舰店 ★★★★☆ 已售 1.2万+</div>
<table class="sku"><tr><th>规格</th><th>价格</th></tr>
<tr><td>五级/初级工 全程班</td><td>¥2,680</td></tr>
<tr><td>四级/中级工 全程班</td><td>¥3,980</td></tr>
<tr><td>四级+五级 联报</td><td>¥5,600(可分6期)</td></tr></table>
<ul><li>60课时录播+直播答疑,数据标注实操项目</li><li>认定考试由备案评价机构组织,理论+技能两部分</li>
<li>报名咨询 138 5716 2408 / VX：zxwl_ai2024(备注"训练师")</li></ul>
<p>温馨提示:拍下前请先咨询客服确认报考条件(五级需相关工作满1年)。</p>
""", True, "U01", "智训未来教育旗舰店",
     [("phone", "+8613857162408", "138 5716 2408"), ("wechat", "zxwl_ai2024", "VX：zxwl_ai2024")],
     "marketplace item page; platform footer carries the marketplace's own numbers")

page("/fenlei/hz/31877.html", "杭州 AI训练师考证 未来智训 滨江小班", w_fenlei, """
<h2>AI训练师证 杭州滨江小班 周末上课 学费2千多</h2>
<dl><dt>机构</dt><dd>未来智训(杭州)职业培训</dd><dt>区域</dt><dd>滨江·长河</dd>
<dt>费用</dt><dd>学费 2 千多,四级略贵,具体咨询</dd><dt>联系</dt><dd>薇 zxwl_ai2024 ｜ QQ：2984417065</dd></dl>
<p style="white-space:pre-line">考点就在滨江,
认定考点咨询电话 0571-8677 3120(考点公开电话,不负责招生)
本机构只负责培训辅导,不承诺通过。</p>
""", True, "U01", "未来智训(杭州)职业培训",
     [("wechat", "zxwl_ai2024", "薇 zxwl_ai2024"), ("qq", "2984417065", "QQ：2984417065")],
     "classified ad; quotes the assessment centre's public number")

page("/sites/zhixingshubiao/index.html", "杭州知行数标科技有限公司 - 人工智能训练师培训", w_plain, f"""
<div class="corp"><header><img src="logo.png" alt="知行数标 LOGO"><h1>杭州知行数标科技有限公司</h1>
<nav><a href="blog/ai-trainer-level4.html">考证指南</a> · <a href="../../index.html">行业导航</a></nav></header>
<section class="cards">
<div class="card"><h3>人工智能训练师 五级</h3><p>3980元 含教材、模拟系统</p></div>
<div class="card"><h3>人工智能训练师 四级</h3><p>4680元 支持分期</p></div>
<div class="card"><h3>企业内训</h3><p>数据标注团队定制,另议</p></div></section>
<address>地址:杭州市滨江区长河街道江虹路 1688 号 7 楼<br>
在线客服 扣扣 2984417065 · 邮箱 hr[at]zhixingshubiao.cn · 官网 www.zhixingshubiao.cn</address>
<footer>© 2026 杭州知行数标科技有限公司 统一社会信用代码:{C_U01} 浙ICP备2024031877号-1
{BUILDER}</footer></div>
""", True, "U01", "杭州知行数标科技有限公司",
     [("qq", "2984417065", "扣扣 2984417065"), ("email", "hr@zhixingshubiao.cn", "hr[at]zhixingshubiao.cn"),
      ("domain", "zhixingshubiao.cn", "www.zhixingshubiao.cn"), ("uscc", C_U01, C_U01)],
     "seller company site; site-builder credit is shared with other sellers' sites")

page("/sites/zhixingshubiao/blog/ai-trainer-level4.html", "四级人工智能训练师怎么考?一文讲清 - 知行数标", w_plain, f"""
<article class="blog"><h1>四级人工智能训练师怎么考?一文讲清</h1><p class="meta">知行数标 教研组 · 2026-02-14</p>
<p>人工智能训练师(4-04-05-05)分五个等级。四级(中级工)通常需要五级证书后再工作满若干年,
或技工院校相关专业毕业。我们的四级班三个月,费用三千九百八,学员需要自行满足报考条件。</p>
<p>证书由备案的评价机构颁发,可在 zscx.osta.org.cn 按姓名和证书编号查询。</p>
<p>报名请发邮件到 <a href="mailto:hr@zhixingshubiao.cn">hr@zhixingshubiao.cn</a>,
或访问 zhixingshubiao.cn 在线留言。</p>
<p><a href="../index.html">返回公司首页</a></p>
<footer>杭州知行数标科技有限公司 · {C_U01}</footer></article>
""", True, "U01", "杭州知行数标科技有限公司",
     [("email", "hr@zhixingshubiao.cn", "hr@zhixingshubiao.cn"), ("domain", "zhixingshubiao.cn", "zhixingshubiao.cn"),
      ("uscc", C_U01, C_U01)],
     "seller's blog post that sells its level-4 course; cites the official query site")

# ---- U02: 码上证AI学院 / 码上AI考证 / 深圳码上科技教育有限公司
page("/mp/s/ms-ai-kaozheng.html", "2026年想转行AI?先拿下这张人工智能训练师证", w_mp, """
<h1>2026年想转行AI?先拿下这张人工智能训练师证</h1><p class="author">码上证AI学院 · 深圳</p>
<p>最近后台很多同学问:零基础能不能考?答案是可以学,但报考要看条件。</p>
<p><img src="qr.png" alt="扫码添加老师 微信同号 189-3862-0517"></p>
<p>▍课程:初级 1980 元 / 中级 2980 元 / 高级 3980 元,三级以上需审核资历</p>
<p>▍证书样例编号 S000033010100265000123(仅为样张展示)</p>
<p>▍咨询:189-3862-0517(微信同号) 学习交流 Q群：735190248</p>
""", True, "U02", "码上证AI学院",
     [("phone", "+8618938620517", "189-3862-0517"), ("wechat", "18938620517", "189-3862-0517(微信同号)"),
      ("qq_group", "735190248", "Q群：735190248")],
     "WeChat-article style; phone doubles as WeChat id (微信同号); sample certificate number")

page("/video/v/300118.html", "码上AI考证|3分钟看懂AI训练师证", w_video, """
<h1>3分钟看懂AI训练师证 #人工智能训练师 #考证</h1>
<p class="uploader">@码上AI考证 · 2.3万赞</p>
<div class="transcript" style="white-space:pre-line">【口播字幕】
原价九千九,现在训练师证全程班只要两千九百八
想了解的宝子进群 735 190 248
或者 V信 mszai_888 私我</div>
<p class="comments">评论 1,204 · 置顶:课程链接见主页</p>
""", True, "U02", "码上AI考证",
     [("qq_group", "735190248", "735 190 248"), ("wechat", "mszai_888", "V信 mszai_888")],
     "short-video page text with subtitle transcript")

page("/notes/n/7a1c.html", "亲测!AI训练师中级备考笔记(附机构)", w_notes, """
<h1>亲测!AI训练师中级备考笔记(附机构)</h1><p class="by">码上AI考证 的笔记 · 深圳</p>
<ol><li>理论:数据采集和处理、数据标注、智能系统运维</li><li>实操:标注平台操作,质检</li>
<li>我报的是码上的中级班,2980,分三期免息</li></ol>
<p>需要资料的加v：mszai_888,或者发邮件 mszai @ foxmail.com 拿大纲</p>
<p class="tags">#训练师证 #数据标注 #副业</p>
""", True, "U02", "码上AI考证",
     [("wechat", "mszai_888", "加v：mszai_888"), ("email", "mszai@foxmail.com", "mszai @ foxmail.com")],
     "notes-app post written as a testimonial by the seller's own account")

page("/form/mszai-baoming.html", "码上证AI学院 报名登记表", w_lp, f"""
<h1>码上证AI学院 · 人工智能训练师 报名登记</h1>
<form action="#" method="post"><label>姓名 <input name="n"></label>
<label>手机号(格式如 138-0000-0000)<input name="p"></label>
<label>报考等级 <select name="lv"><option>五级</option><option>四级</option><option>三级</option></select></label>
<button>提交报名</button></form>
<p>提交后老师会在24小时内联系您。学费支持分期,首付 ¥980。</p>
<p>主办:深圳码上科技教育有限公司({C_U02})<br>客服 +86 189 3862 0517 · 邮箱 mszai＠foxmail.com</p>
""", True, "U02", "码上证AI学院",
     [("uscc", C_U02, C_U02), ("phone", "+8618938620517", "+86 189 3862 0517"),
      ("email", "mszai@foxmail.com", "mszai＠foxmail.com")],
     "sign-up form built on a mini-program builder; template placeholder phone in the label")

# ---- U03: 星图数据标注培训中心 / 星图智能
page("/mall/item/88347.html", "星图数据标注培训中心 人工智能训练师三级 高级工", w_mall, """
<h1>人工智能训练师 三级(高级工)冲刺班|星图数据标注培训中心</h1>
<div class="price">到手价 <b>4280元</b> <s>6800元</s></div>
<div class="params"><p>课时:40 理论+实操</p><p>适合:已有四级证书的在职人员</p></div>
<p>商家电话 152-6709-4431,客服QQ 3307716582</p>
<p class="deal">最近成交:订单号 13820260117 已发货(电子资料包)</p>
""", True, "U03", "星图数据标注培训中心",
     [("phone", "+8615267094431", "152-6709-4431"), ("qq", "3307716582", "客服QQ 3307716582")],
     "marketplace item; an order number that looks like a phone")

page("/bbs/thread-1201.html", "【招生】星图智能 数据标注员/AI训练师 四级五级 滚动开班", w_bbs, """
<div class="post op"><div class="author">星图智能 (楼主)</div>
<h1>【招生】数据标注员 / AI训练师 四级五级 滚动开班</h1>
<p>我们是做数据标注外包的,顺带带培训。五级 2680,四级 3580,带真实标注项目练手。</p>
<p>有意向的企鹅 3307716582 或者微信 xingtu_biaozhu 聊。</p></div>
<div class="post"><div class="author">路人甲乙丙</div><p>能包过吗?</p></div>
<div class="post"><div class="author">星图智能 (楼主)</div><p>不包过哈,考试是评价机构组织的,我们负责教会。</p></div>
""", True, "U03", "星图智能",
     [("qq", "3307716582", "企鹅 3307716582"), ("wechat", "xingtu_biaozhu", "微信 xingtu_biaozhu")],
     "forum thread opened by the seller")

page("/wenda/q/5521.html", "人工智能训练师证书有用吗?在哪里报名?", w_wenda, """
<h1>人工智能训练师证书有用吗?在哪里报名?</h1>
<div class="answer"><p class="who">星图数据标注培训中心 · 认证机构号</p>
<p>有用,尤其是做数据标注、质检方向。报名可以找我们,五级3千左右、四级4千左右。
考点方面,杭州这边可以咨询滨江的认定考点 0571-8677 3120 了解考期。</p>
<p>我们的微信号 xingtu_biaozhu,或者电话 177 0681 3392(李老师)。</p></div>
""", True, "U03", "星图数据标注培训中心",
     [("wechat", "xingtu_biaozhu", "微信号 xingtu_biaozhu"), ("phone", "+8617706813392", "177 0681 3392")],
     "Q&A answer from the seller's institutional account; quotes the assessment centre")

page("/weibo/u/xingtu/status/4411.html", "星图智能的微言", w_weibo, """
<p class="who">@星图智能 · 3月8日 来自 微言网页版</p>
<p>#人工智能训练师# 三月班开始报名啦!五级/四级/三级都有,四级 ¥3580,老学员转介绍立减300。
证书可在 zscx.osta.org.cn 查询。电话:１７７０６８１３３９２ 官网 xingtuai.com.cn</p>
<p class="stats">转发 12 · 评论 8 · 赞 41</p>
""", True, "U03", "星图智能",
     [("phone", "+8617706813392", "１７７０６８１３３９２"), ("domain", "xingtuai.com.cn", "xingtuai.com.cn")],
     "microblog status; phone written in full-width digits")

# ---- U04: 鲁班智能职业技能培训学校 / 鲁班AI
page("/fenlei/jn/52210.html", "济南 鲁班智能职业技能培训学校 人工智能训练师 补贴班", w_fenlei, """
<h2>鲁班智能职业技能培训学校|人工智能训练师五级 补贴后几乎免费</h2>
<table><tr><td>价格</td><td>1800元,符合条件可申请技能提升补贴</td></tr>
<tr><td>课程</td><td>五级/初级 60课时</td></tr><tr><td>补贴项目备案号</td><td>15900421873</td></tr>
<tr><td>电话</td><td><a href="tel:053188962714">0531-8896 2714</a></td></tr>
<tr><td>微信</td><td>luban_ai_zhaosheng</td></tr></table>
<p>补贴政策以济南市人社部门公布为准,需缴纳失业保险满一年。</p>
""", True, "U04", "鲁班智能职业技能培训学校",
     [("phone", "+8653188962714", "0531-8896 2714"), ("wechat", "luban_ai_zhaosheng", "luban_ai_zhaosheng")],
     "classified in table layout; a project filing number that looks like a phone")

page("/jobs/p/20431.html", "招聘 数据标注员 底薪+提成 可培训上岗", w_jobs, """
<h1>数据标注员(可零基础,岗前培训)</h1>
<dl><dt>公司</dt><dd>鲁班AI(济南)</dd><dt>薪资</dt><dd>4000-7000元/月</dd>
<dt>要求</dt><dd>需先参加人工智能训练师岗前培训并取得证书,培训费 1800 元,可分期,入职后返还一半</dd>
<dt>投递</dt><dd>简历发 luban_hr@126.com,或加 vx luban_ai_zhaosheng</dd></dl>
""", True, "U04", "鲁班AI",
     [("email", "luban_hr@126.com", "luban_hr@126.com"), ("wechat", "luban_ai_zhaosheng", "vx luban_ai_zhaosheng")],
     "job-board post that is really a paid course (培训费)")

page("/qun/g/880.html", "群公告:鲁班AI训练师备考群", w_qun, """
<div class="group"><h2>鲁班AI训练师备考群(群号 461093827)</h2>
<ul class="notice"><li>【群公告】本期五级班还剩8个名额,1800元,补贴申请我们代办材料</li>
<li>资料领取请发邮件 luban_hr#126.com(#换成@)</li><li>禁止发广告,违者踢</li></ul></div>
""", True, "U04", "鲁班AI",
     [("qq_group", "461093827", "群号 461093827"), ("email", "luban_hr@126.com", "luban_hr#126.com")],
     "chat-group notice board; e-mail written with # instead of @")

# ---- U05: 启元智培 / 启元教育科技(成都)有限公司 / 蓉城AI训练师考证站
page("/sites/qiyuan/index.html", "启元智培 - 成都人工智能训练师培训", w_plain, f"""
<div class="qy"><h1>启元智培</h1><p>启元教育科技(成都)有限公司旗下职业技能品牌</p>
<nav><a href="kecheng.html">课程与价格</a> · <a href="../../index.html">导航</a></nav>
<p>人工智能训练师、数据标注员培训。官网 qiyuanzhipei.com</p>
<p>咨询热线 <a href="tel:02885336190">028-8533 6190</a>;社保补贴政策咨询 12333</p>
<footer>启元教育科技(成都)有限公司 | {C_U05} | 蜀ICP备2025011907号{BUILDER}</footer></div>
""", True, "U05", "启元智培",
     [("uscc", C_U05, C_U05), ("domain", "qiyuanzhipei.com", "qiyuanzhipei.com"),
      ("phone", "+862885336190", "028-8533 6190")],
     "seller company site home; 12333 quoted for subsidy questions")

page("/sites/qiyuan/kecheng.html", "课程与价格 - 启元智培", w_plain, f"""
<div class="qy"><h1>课程与价格</h1>
<table><tr><th>班型</th><th>学时</th><th>学费</th></tr>
<tr><td>人工智能训练师 初级(五级)</td><td>60</td><td>2580元</td></tr>
<tr><td>人工智能训练师 中级(四级)</td><td>50</td><td>3280元</td></tr>
<tr><td>高级(三级)</td><td>40</td><td>需审核资历后报价</td></tr></table>
<p>报名电话 028-8533 6190 · 微信咨询 qyzp_chengdu</p>
<p><a href="index.html">返回首页</a> · 官网 www.qiyuanzhipei.com</p>{BUILDER}</div>
""", True, "U05", "启元智培",
     [("phone", "+862885336190", "028-8533 6190"), ("wechat", "qyzp_chengdu", "微信咨询 qyzp_chengdu"),
      ("domain", "qiyuanzhipei.com", "www.qiyuanzhipei.com")],
     "seller company site course page")

page("/lp/qiyuan/index.html", "蓉城AI训练师考证站 限时报名", w_lp, """
<h1>蓉城AI训练师考证站</h1><h2>三证同报 五级+四级+三级 一次搞定!</h2>
<p>零基础、不限学历,报三个等级只要 ￥6800,单报五级 2580。</p>
<p>留言格式:姓名+电话,如 name@example.com 亦可</p>
<div class="contact">老师手机 19982047316 · 薇信 qyzp_chengdu</div>
""", True, "U05", "蓉城AI训练师考证站",
     [("phone", "+8619982047316", "19982047316"), ("wechat", "qyzp_chengdu", "薇信 qyzp_chengdu")],
     "mini-program landing page; three-level bundle; template placeholder e-mail")

page("/bbs/thread-1248.html", "成都有没有靠谱的AI训练师培训?", w_bbs, """
<div class="post op"><div class="author">锦江小鱼</div><h1>成都有没有靠谱的AI训练师培训?</h1>
<p>想考个四级,预算三千左右,求推荐。</p></div>
<div class="post"><div class="author">蓉城AI训练师考证站</div>
<p>可以了解下我们,四级三千出头,高新区上课。电话/微信 199 8204 7316</p></div>
<div class="post"><div class="author">路过的猫</div><p>先去 pjjg 官网看看评价机构名单再说。</p></div>
""", True, "U05", "蓉城AI训练师考证站",
     [("phone", "+8619982047316", "199 8204 7316")],
     "forum thread opened by a buyer; the seller replies")

# ---- U06: 职达优学 / 北辰职达(北京)教育咨询有限公司
page("/weibo/u/zhidayouxue/status/4520.html", "职达优学的微言", w_weibo, """
<p class="who">@职达优学 · 昨天 21:04</p>
<p>AI训练师证书👉人社部颁发、国家职业资格证书,全国通用!高级 4980,包过不过全退💰
戳 微 zhida_youxue 或 Q 1548820937</p>
""", True, "U06", "职达优学",
     [("wechat", "zhida_youxue", "微 zhida_youxue"), ("qq", "1548820937", "Q 1548820937")],
     "microblog status with misleading authority claims and a pass guarantee")

page("/notes/n/7b90.html", "训练师证 到底值不值?(内含避坑)", w_notes, """
<h1>训练师证 到底值不值?</h1><p class="by">职达优学 · 北京</p>
<p>先说结论:值。我们学员 90% 都是小白,报中级 3千8,两个月拿证。</p>
<p>课程编号 15900421873 可用于申请补贴(以当地为准)</p>
<p>联系:QQ 1548820937 ｜ 邮箱 zhidayx [at] 163 [dot] com</p>
""", True, "U06", "职达优学",
     [("qq", "1548820937", "QQ 1548820937"), ("email", "zhidayx@163.com", "zhidayx [at] 163 [dot] com")],
     "notes-app post; reuses the same filing number as another seller (a decoy)")

page("/mp/s/zhida-zhinan.html", "北京AI训练师报考全攻略(2026版)", w_mp, f"""
<h1>北京AI训练师报考全攻略(2026版)</h1><p class="author">北辰职达(北京)教育咨询有限公司</p>
<p>一、等级:五级到一级,零基础可直接报二级技师(我们有渠道)。</p>
<p>二、费用:技师 8800 元,高级工 4980 元,可开发票。</p>
<p>三、付款:对公账户 1109 2871 6510 301(开户行 北京银行海淀支行,户名北辰职达(北京)教育咨询有限公司)</p>
<p>四、咨询邮箱 zhidayx@163.com</p>
<p class="code">统一社会信用代码 {C_U06}</p>
""", True, "U06", "北辰职达(北京)教育咨询有限公司",
     [("email", "zhidayx@163.com", "zhidayx@163.com"), ("uscc", C_U06, C_U06),
      ("other", "110928716510301", "1109 2871 6510 301")],
     "WeChat-article style; bank account for payment; offers level 2 to beginners")

# ---- U07: 数智工匠学堂 / 工匠云课
page("/video/v/300265.html", "数智工匠学堂:做数据标注月入过万?", w_video, """
<h1>做数据标注月入过万?先拿证! #AI训练师</h1><p class="uploader">@数智工匠学堂</p>
<div class="transcript" style="white-space:pre-line">字幕:
AI训练师五级,学费三千九百八,送实习推荐
主页电话 +86-136-0173-9286</div>
""", True, "U07", "数智工匠学堂",
     [("phone", "+8613601739286", "+86-136-0173-9286")],
     "short-video page text")

page("/mall/shop/gjyk.html", "工匠云课 - 店铺首页", w_mall, """
<h1>工匠云课 店铺首页</h1>
<div class="grid"><div class="cell"><img src="c1.jpg" alt="AI训练师五级课程封面"><p>AI训练师五级 ¥3,980</p></div>
<div class="cell"><img src="c2.jpg" alt="AI训练师四级课程封面"><p>AI训练师四级 ¥4,580</p></div>
<div class="cell"><img src="c3.jpg" alt="Python入门"><p>Python入门 ¥299</p></div></div>
<p>店铺联系:13601739286 / 微信 gjyk_laoshi / 官网 gongjiangyunke.cn</p>
""", True, "U07", "工匠云课",
     [("phone", "+8613601739286", "13601739286"), ("wechat", "gjyk_laoshi", "微信 gjyk_laoshi"),
      ("domain", "gongjiangyunke.cn", "gongjiangyunke.cn")],
     "marketplace shop front with product cards")

page("/fenlei/sh/60981.html", "上海 工匠云课 人工智能训练师 周末班", w_fenlei, """
<h2>上海 人工智能训练师 周末班(工匠云课)</h2>
<p>四级 4580 元,可分 3 期;五级 3980 元。考点可咨询 0571-8677 3120 异地考点(杭州滨江)。</p>
<p>加微 gjyk_laoshi,学员群 620418735</p>
""", True, "U07", "工匠云课",
     [("wechat", "gjyk_laoshi", "加微 gjyk_laoshi"), ("qq_group", "620418735", "学员群 620418735")],
     "classified ad; quotes the same assessment centre number as other sellers")

# ---- U08: 易考通职业教育 / 易考通AI训练师报名处 / 安徽易途人力资源有限公司
page("/form/yikaotong-signup.html", "易考通职业教育 在线报名", w_lp, """
<h1>易考通职业教育 · 人工智能训练师在线报名</h1>
<form action="#"><label>姓名<input></label><label>身份证号<input></label>
<label>等级<select><option>初级</option><option>中级</option><option>高级</option></select></label><button>提交</button></form>
<p>报名费 300 元,培训费 2800 元,合计 3100 元。</p>
<p>合肥报名点电话 0551-6357 2089,QQ 870036214</p>
""", True, "U08", "易考通职业教育",
     [("phone", "+8655163572089", "0551-6357 2089"), ("qq", "870036214", "QQ 870036214")],
     "sign-up form page")

page("/lp/yikaotong.html", "易考通AI训练师报名处", w_lp, """
<h1>易考通AI训练师报名处</h1>
<p>✔ 一次缴费 ✔ 线上学习 ✔ 考试不过免费重学</p>
<p>证书编号示例:S000033010100265000123</p>
<p>联系方式:电话 138-0000-0000(请替换)｜QQ：870036214｜微信 yikaotong_ah</p>
""", True, "U08", "易考通AI训练师报名处",
     [("qq", "870036214", "QQ：870036214"), ("wechat", "yikaotong_ah", "微信 yikaotong_ah")],
     "landing page with an unreplaced template phone and a sample certificate number")

page("/jobs/p/20577.html", "招聘 AI训练师(储备) 安徽易途人力资源有限公司", w_jobs, f"""
<h1>AI训练师(储备)</h1>
<table><tr><td>招聘单位</td><td>安徽易途人力资源有限公司({C_U08})</td></tr>
<tr><td>待遇</td><td>6-9K</td></tr>
<tr><td>说明</td><td>入职前需通过易考通完成人工智能训练师四级培训(3100元),持证上岗</td></tr>
<tr><td>联系</td><td>微信 yikaotong_ah ｜ ytrl_hr@163.com</td></tr></table>
""", True, "U08", "安徽易途人力资源有限公司",
     [("uscc", C_U08, C_U08), ("wechat", "yikaotong_ah", "微信 yikaotong_ah"),
      ("email", "ytrl_hr@163.com", "ytrl_hr@163.com")],
     "job post that requires a paid course first")

# ---- U09: 南粤智能训练师认证服务中心 / 粤训通
page("/wenda/q/5630.html", "广州哪里可以考人工智能训练师三级?", w_wenda, """
<h1>广州哪里可以考人工智能训练师三级?</h1>
<div class="answer"><p class="who">南粤智能训练师认证服务中心</p>
<p>三级(高级工)我们每月开班,学费 4,600 元,符合条件可申领补贴最高 3120 元。
电话 135 7042 8816,邮箱 yuexuntong@qq.com。</p></div>
<div class="answer"><p class="who">匿名用户</p><p>补贴要交满一年失业保险,别被忽悠。</p></div>
""", True, "U09", "南粤智能训练师认证服务中心",
     [("phone", "+8613570428816", "135 7042 8816"), ("email", "yuexuntong@qq.com", "yuexuntong@qq.com")],
     "Q&A answer by the seller; subsidy bait")

page("/bbs/thread-1302.html", "广州 AI训练师 三级 有人一起报吗", w_bbs, """
<div class="post op"><div class="author">天河打工人</div><h1>广州 AI训练师 三级 有人一起报吗</h1><p>想找个班,有没有拼团的。</p></div>
<div class="post"><div class="author">粤训通_小陈</div>
<p>可以拼团,三人同行每人减 500。资料发你邮箱,或者发邮件到 yuexuntong＠qq.com,微信 yxt_gz。</p></div>
""", True, "U09", "粤训通",
     [("email", "yuexuntong@qq.com", "yuexuntong＠qq.com"), ("wechat", "yxt_gz", "微信 yxt_gz")],
     "forum thread, seller replies; full-width @")

page("/sites/yuexuntong/index.html", "粤训通 - 南粤智能训练师认证服务中心", w_plain, f"""
<div class="yxt"><h1>粤训通 · 南粤智能训练师认证服务中心</h1>
<ul><li>人工智能训练师 五级 / 四级 / 三级 培训辅导</li><li>证书查询:zscx.osta.org.cn</li>
<li>政策咨询可拨 12333</li></ul>
<p>微信: yxt_gz · 网址 yuexuntong.net</p>
<footer>广州粤训通教育科技有限公司 统一社会信用代码 {C_U09} · <a href="../../index.html">导航</a>{BUILDER}</footer></div>
""", True, "U09", "粤训通",
     [("wechat", "yxt_gz", "微信: yxt_gz"), ("domain", "yuexuntong.net", "yuexuntong.net"), ("uscc", C_U09, C_U09)],
     "seller company site; a company (91) behind a state-sounding 'centre' name")

# ---------------------------------------------------------------- independents
page("/mall/item/90112.html", "小林AI课堂 人工智能训练师五级 录播课", w_mall, """
<h1>小林AI课堂|人工智能训练师五级 录播课 + 题库</h1>
<p class="price">¥1,299</p>
<p>只卖课程和题库,不代报名、不卖证。有问题加微信 xiaolin_aike 或致电 158 2163 0945。</p>
<p class="deal">成交记录:订单号 18720251230 已评价</p>
""", True, "I01", "小林AI课堂",
     [("wechat", "xiaolin_aike", "加微信 xiaolin_aike"), ("phone", "+8615821630945", "158 2163 0945")],
     "independent marketplace item; honest course-only offer")

page("/weibo/u/shubiaoxia/status/4603.html", "数标侠的微言", w_weibo, """
<p class="who">@数标侠 · 3小时前</p>
<p>带AI训练师四级辅导,一对一,学费两千五,考不过下期免费再跟。私聊扣扣 2210683745</p>
""", True, "I02", "数标侠",
     [("qq", "2210683745", "扣扣 2210683745")],
     "independent microblog seller")

page("/notes/n/7c44.html", "长沙 训练师证 报名记录", w_notes, """
<h1>长沙 训练师证 报名记录</h1><p class="by">安然考证 · 长沙</p>
<p>五级 2180 / 四级 2880,长沙本地面授。</p>
<p>📮 anran_kaozheng@outlook.com ☎ <a href="tel:+8618607310562">186 0731 0562</a></p>
""", True, "I03", "安然考证",
     [("email", "anran_kaozheng@outlook.com", "anran_kaozheng@outlook.com"),
      ("phone", "+8618607310562", "186 0731 0562")],
     "independent notes-app seller with tel: link")

page("/fenlei/sy/40455.html", "沈阳博智职业技能培训学校 AI训练师", w_fenlei, f"""
<h2>沈阳博智职业技能培训学校 招收人工智能训练师学员</h2>
<p>民办职业培训学校,办学许可证号 2101023000418。五级/四级,学费 2400 元起。</p>
<p>电话 024-2381 5507;补贴政策请咨询 12333。</p>
<p>统一社会信用代码:{C_I04}</p>
""", True, "I04", "沈阳博智职业技能培训学校",
     [("phone", "+862423815507", "024-2381 5507"), ("uscc", C_I04, C_I04)],
     "independent private school (52 code) on classifieds")

page("/video/v/300371.html", "老周聊AI:训练师证我帮你报", w_video, """
<h1>训练师证我帮你报 #副业 #AI</h1><p class="uploader">@老周聊AI</p>
<div class="transcript" style="white-space:pre-line">不用考试直接拿证,中级一千九
想要的评论区扣1,或者加 V：laozhou_ai</div>
""", True, "I05", "老周聊AI",
     [("wechat", "laozhou_ai", "V：laozhou_ai")],
     "independent short-video seller; sells without assessment")

page("/qun/g/913.html", "群公告:西湖智标工作室 训练师交流", w_qun, """
<div class="group"><h2>西湖智标工作室 · 训练师交流群</h2>
<p class="notice" style="white-space:pre-line">群号 512306478
四级实操特训营 第7期 ￥3,280
报名接龙后私聊群主 微信 xhzb_studio</p></div>
""", True, "I06", "西湖智标工作室",
     [("qq_group", "512306478", "群号 512306478"), ("wechat", "xhzb_studio", "微信 xhzb_studio")],
     "independent chat-group board")

# ================================================================ NON-OFFERS
page("/news/2026/03/warning-fake-cert.html", "警惕!“AI训练师证包过”骗局又来了", w_plain, """
<article class="news"><h1>警惕!“AI训练师证包过”骗局又来了</h1><p class="src">晚报记者 · 2026-03-12</p>
<p>市民王女士反映,她添加了一个名为“kaozheng_vip666”的微信,对方自称能“免考拿人社部证书”,收款后失联。
对方使用的电话 171 5023 9906 已被多名受害者举报。</p>
<p>人社部门提醒:职业技能等级证书由备案评价机构颁发,可登录 zscx.osta.org.cn 查询;如遇虚假宣传可拨打 12315 投诉,
政策咨询拨打 12333。</p><p><a href="../../index.html">新闻首页</a></p></article>
""", note="news warning; quotes a scam WeChat and phone (decoys)")

page("/news/2025/11/x-cert-policy.html", "1+X证书职能划转人社 旧证书怎么办", w_plain, """
<article class="news"><h1>1+X证书职能划转人社 旧证书怎么办</h1>
<p>根据人社厅函〔2025〕154号,教育部将职业教育培训评价组织及X证书清单移交人社部门,相关组织不得新开展X证书工作。</p>
<p>已取得的证书仍可在 vslc.ncb.edu.cn 查询。具体问题可拨打 12333 咨询。</p></article>
""", note="policy news, no seller")

page("/news/2026/01/shanghai-ai-trainer.html", "上海去年人工智能训练师认定1.63万人次", w_plain, """
<article class="news"><h1>上海去年人工智能训练师认定1.63万人次</h1>
<p>据报道,2025年上海该职业认定 1.63 万人次,发证 1.09 万张,已列入急需紧缺高技能人才职业目录。</p>
<p>业内人士提醒,培训机构宣传“三证同报”“不限学历”等均不符合国家职业技能标准的申报条件。</p></article>
""", note="policy news about assessment numbers")

page("/gov/rsj/explainer.html", "人工智能训练师职业技能等级认定政策问答", w_plain, """
<article class="gov"><h1>人工智能训练师职业技能等级认定政策问答</h1>
<dl><dt>问:证书由谁颁发?</dt><dd>答:由在人社部门备案的用人单位或社会培训评价组织颁发,政府部门不直接颁发。</dd>
<dt>问:如何查询?</dt><dd>答:登录技能人才评价证书全国联网查询 zscx.osta.org.cn。</dd>
<dt>问:五级申报条件?</dt><dd>答:累计从事本职业或相关职业工作满1年,或本职业学徒期满。</dd>
<dt>问:咨询电话?</dt><dd>答:12333 人社服务热线;对政务服务的意见建议可拨 12345。</dd></dl></article>
""", note="official explainer; hotlines and the official verification site")

page("/gov/kaodian/2026-schedule.html", "2026年人工智能训练师认定考期安排(滨江考点)", w_plain, """
<article class="gov"><h1>2026年人工智能训练师认定考期安排(滨江考点)</h1>
<table><tr><th>批次</th><th>等级</th><th>理论</th><th>技能</th></tr>
<tr><td>第一批</td><td>五级、四级</td><td>4月18日</td><td>4月19日</td></tr>
<tr><td>第二批</td><td>四级、三级</td><td>7月11日</td><td>7月12日</td></tr></table>
<p>考点咨询电话 0571-8677 3120。考点不组织培训,不委托任何机构招生。</p></article>
""", note="assessment centre schedule; its number is quoted on several sellers' pages")

page("/wenda/q/5702.html", "AI训练师和AI工程技术人员是一回事吗?", w_wenda, """
<h1>AI训练师和人工智能工程技术人员是一回事吗?</h1>
<div class="answer"><p class="who">职业规划师小北</p>
<p>不是。人工智能训练师是技能类职业(4-04-05-05),有五级到一级;人工智能工程技术人员是专业技术类,走职称。
另外 4-04-05-13 生成式人工智能系统应用员也是不同职业。</p></div>
""", note="neutral Q&A, nothing sold")

page("/bbs/thread-1330.html", "【避雷】交了4980说包过,现在人找不到了", w_bbs, """
<div class="post op"><div class="author">被坑的小张</div><h1>【避雷】交了4980说包过,现在人找不到了</h1>
<p>去年在网上看到“人社部颁发 AI训练师高级证”,对方电话 166-2087-5531,交钱后拉黑。已打 12315 和 12345。</p></div>
<div class="post"><div class="author">热心网友</div><p>同样的号 16620875531 我也接过,赶紧报警。</p></div>
""", note="complaint thread; quotes a scam number (decoy)")

page("/bbs/thread-1355.html", "五级和四级先考哪个?", w_bbs, """
<div class="post op"><div class="author">转行中</div><h1>五级和四级先考哪个?</h1><p>完全没有相关工作经验,能直接考四级吗?</p></div>
<div class="post"><div class="author">老标注员</div><p>按标准四级要五级证后干几年,或技校相关专业毕业。先从五级开始,还得有一年相关工作。</p></div>
""", note="neutral forum discussion")

page("/jobs/p/20610.html", "招聘 人工智能训练师(数据质检) 蓝鲸数据", w_jobs, """
<h1>人工智能训练师(数据质检方向)</h1>
<dl><dt>公司</dt><dd>苏州蓝鲸数据服务有限公司</dd><dt>薪资</dt><dd>7-10K·13薪</dd>
<dt>要求</dt><dd>有标注/质检经验者优先,持人工智能训练师证书者优先,公司不收取任何费用</dd>
<dt>简历</dt><dd>recruit@lanjingdata.com</dd></dl>
""", note="real job ad; the employer's own e-mail; no course sold",
     ids=[("email", "recruit@lanjingdata.com", "recruit@lanjingdata.com")])

page("/sites/kangyi/jiankang.html", "康益培训 健康管理师 报名", w_plain, f"""
<div class="ky"><h1>康益培训 · 健康管理师 三级 培训</h1>
<p>学费 3600 元,线下面授 + 线上题库。</p><p>咨询 0512-6688 4170 · 微信 kangyi_px</p>
<footer>苏州康益职业培训有限公司 {C_KANGYI}{BUILDER}</footer></div>
""", note="another occupation's course (健康管理师), not an AI-trainer offer",
     provider="康益培训",
     ids=[("phone", "+8651266884170", "0512-6688 4170"), ("wechat", "kangyi_px", "微信 kangyi_px"),
          ("uscc", C_KANGYI, C_KANGYI)])

# ---- list / index pages (links filled in below)
LISTS = {
    "/mall/index.html": ("淘学集市 · 职业教育频道", w_mall, "/mall/"),
    "/fenlei/index.html": ("同城帮帮网 · 职业技能培训", w_fenlei, "/fenlei/"),
    "/bbs/index.html": ("职场充电论坛 · 考证交流区", w_bbs, "/bbs/"),
    "/jobs/index.html": ("职来职往 · 最新职位", w_jobs, "/jobs/"),
    "/social/index.html": ("发现 · 人工智能训练师", w_plain, ("/weibo/", "/notes/", "/video/", "/wenda/")),
    "/news/index.html": ("新闻 · 职业技能", w_plain, ("/news/", "/gov/")),
}


def rel(src, dst):
    return os.path.relpath(dst, os.path.dirname(src) or "/").replace(os.sep, "/")


covered = set()
for lp, (title, wrap, prefix) in LISTS.items():
    kids = [p for p in PAGES if p["path"].startswith(prefix) and p["path"] not in LISTS]
    covered.update(p["path"] for p in kids)
    items = "\n".join(f'<li><a href="{rel(lp, p["path"])}">{p["title"]}</a></li>' for p in kids)
    page(lp, title, wrap, f"<h1>{title}</h1><ul class=\"list\">\n{items}\n</ul>", note="list page")

rest = [p for p in PAGES if p["path"] not in covered and p["path"] not in LISTS]
lists_html = "\n".join(f'<li><a href="{rel("/index.html", lp)}">{t}</a></li>' for lp, (t, _, _) in LISTS.items())
rest_html = "\n".join(f'<li><a href="{rel("/index.html", p["path"])}">{p["title"]}</a></li>' for p in rest)
page("/index.html", "职业技能信息导航", w_plain, f"""
<h1>职业技能信息导航</h1><p>汇集人工智能训练师相关的频道、站点与资讯。</p>
<h2>频道</h2><ul>{lists_html}</ul><h2>站点与专题</h2><ul>{rest_html}</ul>""", note="portal / list page")

# ================================================================ DECOYS
DECOYS = [
    ("public_hotline", "12333", ["12333"], "人社 service hotline quoted by news, explainer and sellers"),
    ("public_hotline", "12345", ["12345"], "government service hotline"),
    ("public_hotline", "12315", ["12315"], "consumer complaint hotline, also in the marketplace footer"),
    ("official_site", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site quoted by several sellers"),
    ("official_site", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query site in policy news"),
    ("platform_service", "+864008861930", ["400-886-1930"], "marketplace service number in every mall page footer"),
    ("platform_uscc", C_MALL, [C_MALL], "marketplace operator's credit code in every mall page footer"),
    ("platform_service", "service@taoxueji.com", ["service@taoxueji.com"], "marketplace complaint e-mail in footer"),
    ("platform_service", "+861058617700", ["010-5861 7700"], "classifieds site's service number on every classified"),
    ("platform_service", "318802466", ["318802466"], "forum moderation QQ group on every thread"),
    ("platform_service", "+864009906655", ["400-990-6655"], "short-video platform report line on every video page"),
    ("platform_service", "tougao@zhichangquan.net", ["tougao@zhichangquan.net"], "article aggregator's submission e-mail"),
    ("platform_service", "+864007003535", ["400-700-3535"], "job board's service number on every job post"),
    ("builder_credit", "yunfanjianzhan.com", ["yunfanjianzhan.com"], "site builder credit on several sellers' sites"),
    ("builder_credit", "+864006172288", ["400-617-2288"], "site builder hotline in the same credit"),
    ("builder_credit", "qingzhanda.cn", ["qingzhanda.cn"], "mini-program builder credit on landing and form pages"),
    ("scam_quoted", "+8617150239906", ["171 5023 9906"], "scam phone quoted in a news warning"),
    ("scam_quoted", "kaozheng_vip666", ["kaozheng_vip666"], "scam WeChat quoted in a news warning"),
    ("scam_quoted", "+8616620875531", ["166-2087-5531", "16620875531"], "scam phone quoted in a complaint thread"),
    ("assessment_centre", "+8657186773120", ["0571-8677 3120"], "assessment centre number quoted by sellers of different operators"),
    ("phone_like_number", "13820260117", ["13820260117"], "order number that looks like a mobile number"),
    ("phone_like_number", "18720251230", ["18720251230"], "order number that looks like a mobile number"),
    ("phone_like_number", "15900421873", ["15900421873"], "subsidy project / course code shown by two unrelated sellers"),
    ("certificate_number", "S000033010100265000123", ["S000033010100265000123"], "sample certificate number on two sellers' pages"),
    ("template_placeholder", "+8613800000000", ["138-0000-0000"], "template placeholder phone"),
    ("template_placeholder", "name@example.com", ["name@example.com"], "template placeholder e-mail"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    texts = {}
    for p in PAGES:
        body = p["wrap"](p["title"], p["body"])
        up = rel(p["path"], "/x")[:-1]  # prefix to the site root
        body = body.replace("{R}", up)
        html = (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
                f'<title>{p["title"]}</title></head>\n<body>\n{body}\n</body></html>\n')
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
        texts[p["path"]] = html
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, forms, note in DECOYS:
        paths = sorted(pth for pth, t in texts.items() if any(fm in t for fm in forms))
        decoys.append({"kind": kind, "value": value, "written": forms, "paths": paths, "note": note})
    ops = {}
    for p in PAGES:
        if p["operator"]:
            ops.setdefault(p["operator"], []).append(p)
    operators = []
    for oid in sorted(ops):
        ps = ops[oid]
        brands = []
        for p in ps:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        if oid.startswith("U"):
            chain = []
            for a, b in zip(ps, ps[1:]):
                shared = {i[1] for i in a["identifiers"]} & {i[1] for i in b["identifiers"]}
                chain.append(f'{a["path"]} ↔ {b["path"]} via {", ".join(sorted(shared))}')
            ties = "; ".join(chain)
        else:
            ties = "independent seller, one offer page"
        operators.append([oid, {"brands": brands, "ties": ties}])
    truth = {
        "description": "Sealed labeled web operators-2026-12x: AI-trainer (4-04-05-05) certificate-course "
                       "sellers across marketplace, classifieds, forum, Q&A, microblog, notes, short-video, "
                       "article, landing/form, chat-group, job-board and company-site pages, with decoy "
                       "identifiers that must not tie sellers. All names and numbers are invented.",
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages, {len(decoys)} decoys")


if __name__ == "__main__":
    main()
