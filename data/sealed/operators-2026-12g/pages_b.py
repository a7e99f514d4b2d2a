"""Offer pages of operators U06-U09 and of independent sellers."""
import uscc
from chrome import (mall, fenlei, wenda, mp, bbs, note, news, jobs, dirpage,
                    tuan, page, BUILDER, CERT_SAMPLE)
from pages_a import add, REVIEW_ORDER, CERT_IMG, XIBAO

U06_USCC = uscc.make("91110108", "MA01R9F2")
GD_FEE = "<p>考务费由评价机构直接收取：户名 广东省南粤技能评价服务中心，账号 4400 1583 0260 5300 1288（请勿转给个人）。</p>"

# ======================= U06 科鉴 / 中科测评 / 智鉴 =======================
add("/kejian/index.html", True, "U06", "科鉴教育",
    [("uscc", U06_USCC, U06_USCC), ("other", "北京科鉴智能科技有限公司", "北京科鉴智能科技有限公司"),
     ("phone", "+861062617784", "010-6261 7784"), ("domain", "kejianedu.com.cn", "kejianedu.com.cn")],
    page("科鉴教育-人工智能训练师培训认证", f"""
<div class="top"><div class="wrap">科鉴教育 kejianedu.com.cn　咨询电话：010-6261 7784</div></div>
<div class="wrap"><header><h2>科鉴教育</h2><nav><a href="/kejian/index.html">首页</a> | 人工智能训练师 | 证书查询 | 关于我们</nav></header>
<h1>人工智能训练师 一级至五级 全程服务</h1>
<p>零基础可报，三个月拿证，一级（高级技师）、二级（技师）同样可办理，不限学历不限专业。</p>
<table><tr><th>等级</th><th>费用</th></tr><tr><td>五级/四级</td><td>3800元</td></tr><tr><td>三级</td><td>5800元</td></tr><tr><td>二级/一级</td><td>9800元</td></tr></table>
<p>付款方式：银行转账，收款账户名：北京科鉴智能科技有限公司（开户行：招商银行北京中关村支行）</p>
<footer><p>© 北京科鉴智能科技有限公司 统一社会信用代码 {U06_USCC}</p>{BUILDER}</footer></div>"""),
    "own homepage with offer; USCC and payee in footer/body")

add("/news/ad-zhongke.html", True, "U06", "中科智能人才测评中心",
    [("uscc", U06_USCC, U06_USCC), ("phone", "+8615801327746", "158-0132-7746")],
    news("AI时代抢手证书：人工智能训练师报考指南", """
<p class="adv">【推广】</p>
<p>随着大模型应用普及，人工智能训练师成为企业争抢的新型技能人才。中科智能人才测评中心面向全国开展人工智能训练师培训测评，证书全国通用、人社部备案可查。</p>
<p>报考一级至五级均可，最快90天取证，费用 3800 元起。</p>
<p>机构信息：中科智能人才测评中心（运营主体统一社会信用代码：""" + U06_USCC + """）</p>
<p>报名热线：158-0132-7746</p>""", "2026-11-18 10:32", "企业供稿"),
    "advertorial; operator's USCC written in body")

add("/tuan/deal-zhijian.html", True, "U06", "智鉴未来",
    [("other", "北京科鉴智能科技有限公司", "北京科鉴智能科技有限公司")],
    tuan("智鉴未来 人工智能训练师三级 精品班", """
<h1>【智鉴未来】人工智能训练师（三级）精品班 ￥4980</h1>
<p>门市价 ￥5800 | 已售 88</p>
<ul><li>网课 + 模拟题库</li><li>认定考核报名</li></ul>
<h4>商家信息</h4><p>智鉴未来（北京）</p>
<p>大额课程亦可对公付款：账户名 北京科鉴智能科技有限公司，付款后请截图给客服。</p>"""),
    "payee name shared with kejian site")

# ======================= U07 优职课堂 / 职达网校 =======================
add("/fenlei/post-youzhi.html", True, "U07", "优职课堂",
    [("domain", "youzhiketang.com", "www.youzhiketang.com"), ("phone", "+8613026548817", "13026548817")],
    fenlei("武汉AI训练师考证 优职课堂线上报名", "武汉", """
<h1>武汉AI训练师考证 优职课堂线上报名</h1>
<p class="meta">发布时间：2026-11-25 | 个人</p>
<p>人工智能训练师四级/三级，线上学习+线下考核，四级 2480，三级 3180。</p>
<p>报名网址：www.youzhiketang.com 联系人：周老师 13026548817</p>
""" + REVIEW_ORDER), "domain in body")

add("/bbs/thread-zhida.html", True, "U07", "职达网校",
    [("domain", "youzhiketang.com", "youzhiketang.com"), ("phone", "+8615807196623", "158 0719 6623")],
    bbs("求推荐AI训练师网课？我整理了一份对比", """
<h1>求推荐AI训练师网课？我整理了一份对比</h1>
<div class="post"><p class="author">楼主：职达网校-小周 | 发表于 2026-11-26</p>
<p>对比了几家，价格从1999到5800不等，注意看是不是备案评价机构考核。</p>
<p>我们职达网校四级 2480 起，课表见 <a href="https://youzhiketang.com/ai/">youzhiketang.com/ai</a> ，电话 158 0719 6623</p></div>
<div class="post"><p class="author">2楼 老王</p><p>你这也是广告吧</p></div>"""),
    "domain link in forum post")

add("/wenda/q-zhengshu.html", True, "U07", "职达网校",
    [("phone", "+8615807196623", "15807196623"), ("domain", "youzhiketang.com", "youzhiketang 点 com")],
    wenda("人工智能训练师证书有用吗？值不值得考？", """
<h1>人工智能训练师证书有用吗？值不值得考？</h1>
<div class="answer"><p><b>职达网校周老师</b> 的回答：</p>
<p>有用，部分城市持证可申请技能提升补贴，企业招聘数据标注岗也会优先。四级学费 2480，三级 3180。</p>
<p>想了解可以打 15807196623 ，官网搜 youzhiketang 点 com</p></div>
<div class="answer"><p><b>匿名用户</b> 的回答：</p><p>看个人，别信包过的。</p></div>"""),
    "domain obfuscated with 点")

# ======================= U08 杭州数标 / 标注侠 / 浙里学 =======================
add("/dir/shop-shubiao.html", True, "U08", "杭州数标教育",
    [("phone", "+8657186917254", "0571-86917254"), ("phone", "+8613757168402", "13757168402")],
    dirpage("杭州数标教育", f"""
<h1>杭州数标教育</h1>
<table><tr><td>分类</td><td>职业技能培训</td></tr><tr><td>地址</td><td>杭州市西湖区文三路</td></tr>
<tr><td>电话</td><td>0571-86917254</td></tr><tr><td>手机</td><td>13757168402</td></tr></table>
<p>人工智能训练师（数据标注员）五级 1480元、四级 2180元，滚动开班。</p>
{CERT_IMG}"""), "landline and mobile in directory table")

add("/note/n-biaozhuxia.html", True, "U08", "标注侠",
    [("phone", "+8613757168402", "137 5716 八四零二")],
    note("数据标注入门📒附AI训练师考证路线", "标注侠", """
<p>做了两年数据标注，总结一下入门路线：</p>
<p>① 先学标注工具 ② 考人工智能训练师五级/四级 ③ 接项目</p>
<p>我们带学员考四级 2180 ，五级 1480，小班带练～</p>
<p>平台不让留联系方式，☎ 137 5716 八四零二（微信同号）</p>""",
         [("cc", "五级要工作经验吗"), ("标注侠", "要一年相关工作经历哦")]),
    "mobile half in Chinese numerals")

add("/mall/shop-zheli.html", True, "U08", "浙里学教育",
    [("phone", "+8657186917254", "（0571）8691 7254")],
    mall("人工智能训练师四级 浙里学", "浙里学教育", """
<h1>浙里学 人工智能训练师四级 周末班 杭州线下</h1>
<div class="price">￥<b>2180</b> 已售 264</div>
<p>杭州西湖校区线下授课，五级 1480，四级 2180。</p>
""", side="""
<div class="box"><h4>浙里学教育</h4><p>校区电话：（0571）8691 7254</p></div>"""),
    "landline with area code in parentheses, spaced")

# ======================= U09 鸿图 / 鸿途 =======================
add("/jobs/job-hongtu.html", True, "U09", "鸿途职业培训",
    [("phone", "+868008306217", "800-830-6217"), ("qq", "3312870945", "3312870945")],
    jobs("人工智能训练师 学徒 (带薪培训)", "鸿途职业培训", """
<h1>人工智能训练师学徒 <span>3500-6000元/月</span></h1>
<p>成都 | 应届生可 | 学历不限</p>
<p>入职前需完成人工智能训练师五级培训取证（培训费 1680 元，可分期），取证后转正。</p>
<p>免费咨询热线：800-830-6217 | QQ：3312870945</p>"""), "800 number and QQ")

add("/hongtu/course.html", True, "U09", "鸿图教育",
    [("phone", "+868008306217", "8008306217"), ("qq", "3312870945", "3312870945"),
     ("domain", "hongtupx.net", "hongtupx.net"), ("phone", "+862885521396", "028-85521396")],
    page("人工智能训练师培训 - 鸿图教育", f"""
<div class="wrap"><header><h2>鸿图教育</h2><p>免费热线 8008306217 | 成都总部 028-85521396</p></header>
<h1>人工智能训练师五级/四级培训</h1>
<p>五级 1680元，四级 2480元，可分期。</p>
{XIBAO}
<p>在线咨询：<a href="http://wpa.qq.com/msgrd?v=3&amp;uin=3312870945&amp;site=qq&amp;menu=yes"><img src="/img/qq.gif" alt="点击这里给我发消息 QQ 3312870945"></a></p>
<footer><p>鸿图教育 hongtupx.net 版权所有</p>{BUILDER}</footer></div>"""),
    "own site; 800 in header, QQ in link/alt")

# ======================= Independent sellers =======================
add("/mall/shop-maliang.html", True, None, "马良数智教育",
    [("phone", "+8613520983641", "135-2098-3641"), ("wechat", "mlsz_edu", "mlsz_edu")],
    mall("人工智能训练师 四级三级 马良数智", "马良数智教育", """
<h1>马良数智 人工智能训练师四级/三级 直播课 含实操</h1>
<div class="price">￥<b>2399</b> 起 已售 655</div>
<p>四级 ￥2399，三级 ￥3299。</p>""" + REVIEW_ORDER, side="""
<div class="box"><h4>马良数智教育</h4><p>客服电话：135-2098-3641 微信：mlsz_edu</p></div>"""))

add("/fenlei/post-aipx.html", True, None, "冀才培训",
    [("phone", "+8615031862937", "150 3186 2937"), ("wechat", "jicai_wang", "jicai_wang")],
    fenlei("邯郸人工智能训练师培训 冀才培训", "邯郸", f"""
<h1>邯郸人工智能训练师培训 冀才培训</h1>
<p class="meta">发布时间：2026-11-20 | 商家</p>
<p>五级 1380 元，四级 1980 元。联系人：王老师 150 3186 2937 微信 jicai_wang</p>
{CERT_IMG}"""))

add("/mp/article-xinzhi.html", True, None, "新职考证通",
    [("email", "xinzhikz@163.com", "xinzhikz@163.com"), ("phone", "+8617709251486", "177-0925-1486")],
    mp("人工智能训练师到底怎么考？一文讲清", "新职考证通", "2026-11-12", f"""
<p>人工智能训练师共五个等级，五级要求累计从事本职业或相关职业工作满1年……</p>
<p>本号合作机构开设四级、三级班，四级 2580 元。</p>
{XIBAO}
<p>咨询：177-0925-1486　邮箱：xinzhikz@163.com</p>
<p>证书查询请登录 osta.mohrss.gov.cn ，或拨打12333。</p>"""))

add("/wenda/q-nandu.html", True, None, "职通教育",
    [("qq", "2639417750", "2639417750")],
    wenda("人工智能训练师三级难考吗？", """
<h1>人工智能训练师三级难考吗？</h1>
<div class="answer"><p><b>职通教育顾问</b> 的回答：</p>
<p>三级要求有四级证书及相应年限，考试分理论和技能两部分，各60分及格。我们三级班 3380 元，有疑问Q：2639417750</p></div>"""))

add("/bbs/thread-share.html", True, None, "学而优AI",
    [("wechat", "xey_ai_2025", "xey_ai_2025"), ("phone", "+8637165928174", "0371-65928174")],
    bbs("郑州的朋友看过来，AI训练师线下班", """
<h1>郑州的朋友看过来，AI训练师线下班</h1>
<div class="post"><p class="author">楼主：学而优AI | 2026-11-02</p>
<p>郑州金水区线下小班，四级 2280，三级 2980。电话 0371-65928174，V：xey_ai_2025</p></div>"""))

add("/tuan/deal-xingtu.html", True, None, "星途教育",
    [("phone", "+8675523659018", "0755-23659018")],
    tuan("星途教育 人工智能训练师五级 体验班", """
<h1>【星途教育】人工智能训练师五级 入门班 ￥980</h1>
<p>门市价 ￥1380 | 已售 129 | 深圳南山</p>
<p>商家电话：0755-23659018</p>""" + REVIEW_ORDER + GD_FEE))

add("/news/ad-jingwei.html", True, None, "经纬智能学院",
    [("phone", "+864000186629", "400-018-6629"), ("domain", "jingweiai.cn", "jingweiai.cn")],
    news("经纬智能学院人工智能训练师冬季班开课", """
<p class="adv">【广告】</p>
<p>经纬智能学院人工智能训练师冬季班，四级 2680 元、三级 3480 元，理论+实操。</p>
<p>咨询热线 400-018-6629，官网 jingweiai.cn 。证书可在技能人才评价工作网 osta.mohrss.gov.cn 查询。</p>""",
         "2026-11-22 09:00", "商业资讯"))

add("/dir/shop-huiying.html", True, None, "汇英职业培训",
    [("phone", "+862087452036", "020-87452036"), ("phone", "+8613880457219", "13880457219")],
    dirpage("汇英职业培训（越秀）", f"""
<h1>汇英职业培训（越秀）</h1>
<table><tr><td>电话</td><td>020-87452036</td></tr><tr><td>手机</td><td>13880457219</td></tr>
<tr><td>地址</td><td>广州市越秀区东风中路</td></tr></table>
<p>人工智能训练师五级 1380 元，四级 2080 元。</p>
{GD_FEE}
{CERT_IMG}"""))
