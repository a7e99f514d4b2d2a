# -*- coding: utf-8 -*-
"""Independent sellers (operator null) and content pages that are not offers."""
import uscc
from chrome import mall, fenlei, wenda, mp, note, bbs, news, huangye, zhaopin, jianzhan
from pages1 import add

USCC_I6 = uscc.make("52", "330102", "MJ881430")

# ---------------- independents ----------------
t = "申城职教 人工智能训练师五级 初级工 上海 零基础入门 数据标注"
add("/mall/item-3308417.html", t, mall(t, """
<h1>申城职教 人工智能训练师五级 初级工 上海 零基础入门 数据标注</h1><div class="price">¥1280.00</div>
<div class="detail"><p>五级报考需从事相关工作满 1 年或经相关职业学徒培训，报名审核。</p>
<p>本期参加长三角联合认定，批次号 13926120501。上海居住证积分相关政策请咨询 12333。</p></div>
""", shop_side="""<div class="shop"><h4>申城职教</h4><p>个人店铺</p><p>电话：158 2143 7706</p><p>微信：sczj_edu</p></div>"""),
    True, None, "申城职教",
    [("phone", "+8615821437706", "158 2143 7706"), ("wechat", "sczj_edu", "sczj_edu")])

t = "西安 人工智能训练师 培训报名 高新区 含实操"
add("/fenlei/post-5547725.html", t, fenlei(t, """
<h1>西安 人工智能训练师 培训报名 高新区 含实操</h1>
<div class="info">发布时间：2026-12-02 ｜ 浏览 211 次 ｜ 区域：高新区</div>
<table class="attr"><tr><td>机构</td><td>未来智能教育</td></tr><tr><td>座机</td><td>029-8836 2741</td></tr><tr><td>QQ</td><td>3317652094</td></tr></table>
<div class="desc"><p>未来智能教育开设人工智能训练师五级、四级班，五级 1100 元，四级 1700 元，高新区锦业路上课。</p></div>
"""), True, None, "未来智能教育",
    [("phone", "+862988362741", "029-8836 2741"), ("qq", "3317652094", "3317652094")])

t = "苏州人工智能训练师报考全攻略（附报名方式）"
add("/mp/s-aiyxs.html", t, mp(t, "AI研习社", "2026年11月29日 20:15", "江苏", """
<p>AI研习社本月开设人工智能训练师四级冲刺班，学费 1880 元，苏州工业园区线下授课。</p>
<p>报名微信：aiyxs0512 ｜ 邮箱：aiyxs@126.com</p>
<section class="fangpian"><p>【防骗提醒】近期有人以手机号 177-2108-3359 冒充“人社部证书中心”收取加急费，并引导至 zgjnzs-cx.com 查询，均为诈骗。正规查询：zscx.osta.org.cn，咨询：12333。</p></section>
""", "Ai9yXs512kQw"), True, None, "AI研习社",
    [("wechat", "aiyxs0512", "aiyxs0512"), ("email", "aiyxs@126.com", "aiyxs@126.com")])

t = "天津有没有人工智能训练师的培训？"
add("/wenda/q-31377.html", t, wenda(t, """
<div class="question"><h1>天津有没有人工智能训练师的培训？</h1><p>想考个五级，在天津南开。 2026-11-19</p></div>
<div class="answer"><div class="author">晨光教育-刘老师</div>
<p>晨光教育南开校区有人工智能训练师五级班，1100 元，周末上课。电话 131 0226 5580。不满意可以打天津12345热线投诉我们。</p></div>
<div class="answer"><div class="author">路过</div><p>先拨 12333 问问本地备案的评价机构有哪些。</p></div>
"""), True, None, "晨光教育", [("phone", "+8613102265580", "131 0226 5580")])

t = "长沙数据标注员考证｜人工智能训练师四级拿证啦"
add("/note/n-9b3372.html", t, note(t, """
<div class="note"><div class="user">数标工坊</div><h1>长沙数据标注员考证｜人工智能训练师四级拿证啦</h1>
<p>学员拿证啦🎉 证书编号 S000031000012253000127（样本图，仅供参考）</p>
<p>四级 1780，长沙岳麓区上课，想报的宝子评论区扣1</p></div>
<div class="comments"><h4>共 9 条评论</h4><div class="c"><b>小鹿</b>：1</div>
<div class="c reply"><b>数标工坊（作者）</b>：回复 小鹿：vx sbgf_cs</div></div>
"""), True, None, "数标工坊", [("wechat", "sbgf_cs", "sbgf_cs")])

t = "杭州钱塘职业技能培训学校 - 人工智能训练师培训"
add("/qiantang/index.html", t, f"""
<div class="head wrap"><b>杭州钱塘职业技能培训学校</b> ｜ 民办职业培训机构 ｜ 电话：0571-8812 6530</div>
<div class="wrap main"><h1>人工智能训练师（五级/四级）培训</h1>
<p>本校经人社部门审批设立，开设人工智能训练师五级（1300 元）、四级（1900 元）培训班。</p>
<p>政策咨询：浙江省技能人才评价管理服务中心 0571-8505 3615，或拨打 12333。</p>
<p>评价机构备案信息可在 www.osta.org.cn 查询。报名邮箱：qtpx@qtzx-px.com</p></div>
<div class="wrap footer"><p>统一社会信用代码：{USCC_I6} ｜ 官网：qtzx-px.com</p>
{jianzhan("© 杭州钱塘职业技能培训学校", "浙ICP备2019041207号")}</div>
""", True, None, "杭州钱塘职业技能培训学校",
    [("phone", "+8657188126530", "0571-8812 6530"), ("email", "qtpx@qtzx-px.com", "qtpx@qtzx-px.com"),
     ("uscc", USCC_I6, USCC_I6), ("domain", "qtzx-px.com", "qtzx-px.com")])

t = "数据标注专员（需持人工智能训练师证，可代为培训）"
add("/zhaopin/job-103551.html", t, zhaopin(t, """
<h1>数据标注专员（需持人工智能训练师证，可代为培训）</h1>
<div class="company">数智星辰科技 ｜ 互联网 ｜ 合肥·高新区</div>
<div class="jd"><p>岗位要求持有人工智能训练师证书；无证者可先参加公司合作培训，四级培训费 1680 元，取证后安排上岗。</p>
<p>联系人：孙经理 199 5519 0832</p></div>
"""), True, None, "数智星辰科技", [("phone", "+8619955190832", "199 5519 0832")])

t = "青岛 人工智能训练师 四级三级 私聊"
add("/bbs/thread-88977.html", t, bbs(t, """
<h1>青岛 人工智能训练师 四级三级 私聊</h1>
<div class="post"><div class="author">老周AI考证</div>
<p>青岛本地，人工智能训练师四级 1700、三级 2500，线下上课。</p>
<p>微信 laozhou_ai ｜ QQ 779530112</p></div>
"""), True, None, "老周AI考证", [("wechat", "laozhou_ai", "laozhou_ai"), ("qq", "779530112", "779530112")])

# ---------------- not offers ----------------
t = "育婴员证 保育员证 厦门 报名 含实操"
add("/fenlei/post-5512040.html", t, fenlei(t, """
<h1>育婴员证 保育员证 厦门 报名 含实操</h1>
<div class="info">发布时间：2026-11-25 ｜ 区域：思明区</div>
<table class="attr"><tr><td>机构</td><td>爱贝家政培训</td></tr><tr><td>电话</td><td>137 9920 4416</td></tr></table>
<div class="desc"><p>育婴员四级 1600 元、保育员四级 1500 元，厦门思明区上课，政策咨询 12333。</p></div>
"""), False, None, "爱贝家政培训", [("phone", "+8613799204416", "137 9920 4416")], "offer for a different occupation")

t = "滨江职业技术学院继续教育学院"
add("/xyjy/index.html", t, """
<div class="head wrap"><b>滨江职业技术学院继续教育学院</b> ｜ 办公电话：0512-6658 2130</div>
<div class="wrap main"><h2>通知公告</h2><ul>
<li>关于2027年成人高考新生报到的通知</li><li>学院召开继续教育工作会议</li><li>社会培训服务指南（咨询请拨打 12333 或本院电话）</li></ul>
<p>联系邮箱：jxjy@bjzy.edu.cn ｜ 地址：苏州市吴中区</p></div>
<div class="wrap footer"><p>© 滨江职业技术学院 bjzy.edu.cn</p></div>
""", False, None, "滨江职业技术学院继续教育学院",
    [("phone", "+8651266582130", "0512-6658 2130"), ("email", "jxjy@bjzy.edu.cn", "jxjy@bjzy.edu.cn"),
     ("domain", "bjzy.edu.cn", "bjzy.edu.cn")], "school homepage without an offer")

t = "警惕！“人工智能训练师”山寨证书骗局又来了"
add("/news/warn-20261203.html", t, news(t, """
<div class="article"><h1>警惕！“人工智能训练师”山寨证书骗局又来了</h1><div class="meta">2026-12-03 08:40 来源：东方财讯网</div>
<p>近日，多名市民反映接到自称“人社部证书中心”的电话，对方使用手机号 177 2108 3359，以“证书加急入库”为由收取费用，并让考生在 zgjnzs-cx.com 查询“证书”。</p>
<p>人社部门提醒：人社部不直接颁发职业技能等级证书，证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询。遇到可疑情况可拨打 12333 咨询，或向浙江省技能人才评价管理服务中心（0571-8505 3615）等所在地主管部门反映。</p></div>
"""), False, None, None, [], "warning article")

t = "人社部门提醒：考证认准备案评价机构"
add("/news/rs-20261120.html", t, news(t, """
<div class="article"><h1>人社部门提醒：考证认准备案评价机构</h1><div class="meta">2026-11-20 来源：东方财讯网</div>
<p>职业技能等级证书由经人社部门备案的用人单位或社会培训评价组织颁发，证书信息可在技能人才评价工作网（www.osta.org.cn）及 zscx.osta.org.cn 查询。</p>
<p>市民如有疑问，可拨打 12333 人社服务热线。</p></div>
"""), False, None, None, [], "news")

t = "求问：人工智能训练师证到底有没有用？"
add("/bbs/thread-87990.html", t, bbs(t, """
<h1>求问：人工智能训练师证到底有没有用？</h1>
<div class="post"><div class="author">新人小白</div><p>最近刷到好多卖这个证的，两三千块，真的有用吗？</p></div>
<div class="post"><div class="author">老司机</div><p>看你干不干数据标注，干的话有点用。证书去 zscx.osta.org.cn 查得到才算数，拿不准的打 12333。</p></div>
<div class="post"><div class="author">版主</div><p>本版禁止发布联系方式，广告请走论坛推广。</p></div>
"""), False, None, None, [], "forum question")
