#!/usr/bin/env python3
"""Generate the labeled web 12cb: site/ (static HTML) and truth.json. Stdlib only, deterministic."""
import json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------------------------------------------------------- USCC (GB 32100-2015)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_code(base8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(base8, W_ORG))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))

def uscc(prefix8, base8):
    body = prefix8 + org_code(base8)
    s = sum(ALPHA.index(c) * w for c, w in zip(body, W_USCC))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52330108", "34172659")   # 民办非企业 (training school), Hangzhou Binjiang
USCC_U03 = uscc("91110108", "57318264")   # company, Beijing Haidian
USCC_U09 = uscc("91110105", "MA01B7C3")   # company with a state-sounding name, Beijing Chaoyang

# ---------------------------------------------------------------- sites
SITES = {
    "zhixun": dict(name="浙江智训职业技能培训学校", style="company", home="首页",
        menu=["首页", "学校简介", "培训项目", "认定报名", "证书查询", "联系我们"],
        footer='浙江智训职业技能培训学校 版权所有 | 地址：杭州市滨江区江南大道 3880 号 6 楼 | 电话：0571-86753120 | 浙ICP备17046215号-1'),
    "dingxin": dict(name="鼎新教育", style="company", home="首页",
        menu=["首页", "关于鼎新", "职业技能课程", "证书服务", "学员风采", "联系我们"],
        footer='北京鼎新教育咨询有限公司 | 全国服务热线：400-618-7520 | 邮箱：kefu@dingxinedu.cn | 京ICP备19027735号-1'),
    "mall": dict(name="课多多 · 职业课程商城", style="marketplace", home="商城首页",
        menu=["商城首页", "职业技能", "IT互联网", "考证专区", "语言学习", "我的订单"],
        footer='课多多平台客服热线：400-921-6868（9:00-21:00） | 平台域名 kaduoduo.com | 消费维权 12315 | 沪ICP备18032741号-2 | 平台仅提供信息展示，课程由入驻商家提供'),
    "bbs": dict(name="职友社区", style="forum", home="论坛首页",
        menu=["论坛首页", "考证交流", "职场吐槽", "求职招聘", "版规"],
        footer='职友社区 | 站务QQ群：615204387 | 站务邮箱：admin@zhiyoushe.net | 苏ICP备16058812号 | 网友言论仅代表个人观点'),
    "fenlei": dict(name="百姓汇分类信息", style="classifieds", home="百姓汇首页",
        menu=["首页", "教育培训", "招聘", "二手", "本地服务", "免费发布"],
        footer='百姓汇客服电话：020-38291100 | 增值电信业务经营许可证：粤B2-20150388 | 消费维权 12315 | 信息由用户自行发布，交易前请核实对方资质'),
    "wenda": dict(name="知问", style="qa", home="知问首页",
        menu=["首页", "教育", "职场", "科技", "我要提问"],
        footer='知问 · 有问必答 | 违法和不良信息举报：jubao@zhiwen.com | 京ICP备15066318号-3 | 回答内容不代表平台立场'),
    "mp": dict(name="搜文摘 · 公众号文章转载", style="wechat-repost", home="搜文摘首页",
        menu=["首页", "教育", "职场", "科技", "本地"],
        footer='搜文摘 souwenzhai.com 转载自微信公众平台，版权归原作者 | 侵权联系：copyright@souwenzhai.com | 闽ICP备20011473号-1'),
    "video": dict(name="快看视频", style="short-video", home="快看首页",
        menu=["推荐", "关注", "知识", "职场", "直播"],
        footer='快看视频客服：400-140-6660 | 反诈专线 96110 | 网络文化经营许可证 浙网文〔2023〕0417-021号 | 浙ICP备21017782号'),
    "news": dict(name="新潮网", style="news", home="新潮网首页",
        menu=["首页", "时政", "社会", "教育", "科技", "推广"],
        footer='新潮网 | 新闻热线：0731-84329999 | 反诈提醒：接到可疑电话请拨 96110 | 互联网新闻信息服务许可证 43120180011 | 湘ICP备12007763号'),
    "college": dict(name="杭州滨江职业技术学院", style="college", home="学院首页",
        menu=["学院首页", "学院概况", "继续教育", "招生就业", "通知公告"],
        footer='杭州滨江职业技术学院 | 地址：杭州市滨江区滨文路 528 号 | 总机：0571-86920000 | 网址 www.bjzy.edu.cn | 浙ICP备05010226号'),
    "gov": dict(name="某省人力资源和社会保障厅", style="government", home="首页",
        menu=["首页", "政务公开", "政策法规", "办事服务", "互动交流"],
        footer='主办：某省人力资源和社会保障厅 | 咨询电话：12333 | 网站标识码 3300000061 | 政府网站找错'),
}

PAGES = []   # dicts: site, path, title, body, is_offer, operator, provider, ids, note, crumb

def page(site, name, title, body, note, op=None, provider=None, ids=(), crumb=None):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, name), title=title, body=body,
                      is_offer=op is not None, operator=op, provider=provider,
                      ids=[list(x) for x in ids], note=note, crumb=crumb or SITES[site]["menu"][1]))

def ph(v): return ("phone", "+86" + v if v.startswith("1") and len(v) == 11 else v)

# ================================================================ company site: zhixun (U01)
page("zhixun", "ai-trainer.html", "人工智能训练师（五级/四级）职业技能等级认定培训招生简章 - 浙江智训职业技能培训学校",
"""<h1>人工智能训练师（五级/四级）职业技能等级认定培训招生简章</h1>
<p class="meta">发布时间：2026-03-02　来源：教务处</p>
<p>职业编码 4-04-05-05，工种：数据标注员。本校为省人社厅备案的社会培训评价组织，2026 年第二期培训计划已在省技能人才评价系统登记，认定计划编号：13320250917。</p>
<h3>报名条件</h3><ul><li>五级：累计从事本职业或相关职业工作满 1 年，或本职业学徒期满；</li>
<li>四级：取得五级证书后从事本职业工作满 4 年，或累计工作满 6 年，或技工学校相关专业毕业。</li></ul>
<p>不符合条件的学员我们会如实告知，不代办、不承诺通过。</p>
<h3>培训安排与费用</h3><table><tr><th>等级</th><th>课时</th><th>培训费</th><th>认定费</th></tr>
<tr><td>五级</td><td>60</td><td>1480 元</td><td>按物价标准收取</td></tr><tr><td>四级</td><td>50</td><td>1880 元</td><td>按物价标准收取</td></tr></table>
<p>理论与实操各 100 分，均 60 分合格。符合条件的参保职工可申请失业保险技能提升补贴（五级 1000 元、四级 1500 元），以人社部门审核为准。</p>
<p>证书由本校作为备案评价机构颁发，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询。政策咨询也可拨打 12333。</p>
<h3>报名咨询</h3><p>教务处电话：0571-8675 3120　招生陈老师：137 5812 9046<br>邮箱：zhaosheng@zhixunpx.com　官网：www.zhixunpx.com</p>
<p class="small">办学主体：浙江智训职业技能培训学校　统一社会信用代码：%s</p>""" % USCC_U01,
"U01 training school's own enrolment notice for level 5/4, honest, fees shown",
op="U01", provider="浙江智训职业技能培训学校",
ids=[("phone", "0571-86753120", "0571-8675 3120"), ("phone", "+8613758129046", "137 5812 9046"),
     ("email", "zhaosheng@zhixunpx.com", "zhaosheng@zhixunpx.com"), ("domain", "zhixunpx.com", "www.zhixunpx.com"),
     ("uscc", USCC_U01, USCC_U01)], crumb="培训项目")

# ================================================================ company site: dingxin (U03)
page("dingxin", "kecheng-ai.html", "人工智能训练师三级（高级工）精品班 - 鼎新教育",
"""<h1>人工智能训练师三级（高级工）精品班</h1>
<p>鼎新教育深耕职业技能培训十年，人工智能训练师三级精品班 2026 年 4 月开班，线上直播 + 线下实操（北京海淀校区）。</p>
<ul><li>课程：业务分析、智能训练、智能系统设计、培训与指导，共 40 课时</li>
<li>学费：3980 元（含教材、模拟题库），认定费另计</li>
<li>报考需持有四级证书并满足工作年限，报名时请携带证书原件</li>
<li>证书可在 zscx.osta.org.cn 查询；补贴政策请咨询当地 12333</li></ul>
<p>通过率高达 96%%，往期学员好评如潮！</p>
<p>咨询热线：400-618-7520　课程顾问：15611873042<br>邮箱：kefu@dingxinedu.cn</p>
<p class="small">北京鼎新教育咨询有限公司　统一社会信用代码 %s</p>""" % USCC_U03,
"U03 agency's own course page, level 3, price shown, pass-rate claim",
op="U03", provider="鼎新教育",
ids=[("phone", "4006187520", "400-618-7520"), ("phone", "+8615611873042", "15611873042"),
     ("email", "kefu@dingxinedu.cn", "kefu@dingxinedu.cn"), ("uscc", USCC_U03, USCC_U03)], crumb="职业技能课程")

page("dingxin", "zhengshu.html", "证书服务：人工智能训练师四级/三级代报名 - 鼎新职业认证服务",
"""<h1>鼎新职业认证服务 · 人工智能训练师代报名</h1>
<p>工作忙没时间跑流程？鼎新职业认证服务帮您一站式搞定：资格审核、材料整理、考点预约。</p>
<p>四级代报名服务费 1200 元，三级 1800 元，<b>不过下期免费重报</b>。证书编号格式如 Y000123XXXXXX195000001，全国联网可查。</p>
<p>线下办理地址：北京市朝阳区华贸中心 B 座 11 层（到访请先联系华贸中心B座前台 010-65883200 登记）。</p>
<p>全国服务热线 400 618 7520，或加顾问微信（同手机）156 1187 3042。</p>""",
"U03 certificate-application service page (代报名), different brand, fee per level",
op="U03", provider="鼎新职业认证服务",
ids=[("phone", "4006187520", "400 618 7520"), ("phone", "+8615611873042", "156 1187 3042"),
     ("email", "kefu@dingxinedu.cn", "kefu@dingxinedu.cn")], crumb="证书服务")

# ================================================================ marketplace
page("mall", "shop-zhixun.html", "【官方】人工智能训练师五级认定培训（含实操）- 智训教育官方旗舰店 - 课多多",
"""<div class="shop">店铺：智训教育官方旗舰店　<span class="badge">企业认证</span>　好评率 98.7%%</div>
<h1>人工智能训练师五级（数据标注员）认定培训 60 课时</h1>
<p class="price">¥1480.00　<span>已售 326</span></p>
<p>适合从事数据标注工作满 1 年的学员。线上 40 课时 + 杭州线下实操 20 课时，结业后参加本校组织的职业技能等级认定，证书全国联网可查（zscx.osta.org.cn）。</p>
<p>本课程为培训服务，是否取得证书以认定考试成绩为准。</p>
<p>售前咨询：0571-86753120（工作日）　学校官网 zhixunpx.com</p>
<div class="reviews"><p>买家 z***8：老师讲得细，实操有用。</p><p>买家 小***花：考完两周能在官网查到。</p></div>""",
"U01 marketplace shop listing, level 5, honest",
op="U01", provider="智训教育官方旗舰店",
ids=[("phone", "0571-86753120", "0571-86753120"), ("domain", "zhixunpx.com", "zhixunpx.com")], crumb="职业技能")

page("mall", "shop-dingxin.html", "人工智能训练师四级全程班 题库+直播 - 鼎新教育课程店 - 课多多",
"""<div class="shop">店铺：鼎新教育课程店　<span class="badge">企业认证</span></div>
<h1>人工智能训练师四级（中级工）全程班</h1>
<p class="price">¥2680.00　<span>已售 1.2万+</span></p>
<p>零基础也能学！直播课 + 2000 道题库 + 模拟考试。报名前请确认自己满足四级申报条件。</p>
<p>更多班型请访问鼎新官网 dingxinedu.cn，大客户及企业内训请致电 4006187520。</p>""",
"U03 marketplace shop listing, level 4, '零基础也能学'",
op="U03", provider="鼎新教育课程店",
ids=[("domain", "dingxinedu.cn", "dingxinedu.cn"), ("phone", "4006187520", "4006187520")], crumb="考证专区")

page("mall", "shop-xingtu.html", "AI训练师速成营 7天拿证 - 星途教育旗舰店 - 课多多",
"""<div class="shop">店铺：星途教育旗舰店　经营主体：深圳星途文化传播有限公司</div>
<h1>人工智能训练师速成营｜7 天拿证｜初级/中级/高级可选</h1>
<p class="price"><del>¥9999</del> ¥699.00 限时</p>
<p>90%% 小白都能学会！不限学历、不限专业，证书人社部门可查，考不过全额退款。</p>
<p>课程详情及证书样本见 www.xingtu-edu.cn</p>""",
"U05 marketplace listing, 速成/7天拿证 scam wording, three levels",
op="U05", provider="星途教育旗舰店",
ids=[("other", "payee:深圳星途文化传播有限公司", "深圳星途文化传播有限公司"), ("domain", "xingtu-edu.cn", "www.xingtu-edu.cn")], crumb="考证专区")

page("mall", "shop-boguan.html", "人工智能训练师考证辅导 包教包会 - 博观AI课堂 - 课多多",
"""<div class="shop">店铺：博观AI课堂</div>
<h1>人工智能训练师考证辅导（三级/二级）</h1>
<p class="price">¥1980.00 起</p>
<p>名师团队，内部题库，命题组老师押题。二级技师直通车，无需四级证书。</p>
<p>售前咨询: 138-0000-0000　资料发送邮箱：bg_edu@163.com　官网 boguanedu.com</p>""",
"U08 marketplace listing, level 2 without ladder, '命题组' wording; shop template placeholder phone left in",
op="U08", provider="博观AI课堂",
ids=[("email", "bg_edu@163.com", "bg_edu@163.com"), ("domain", "boguanedu.com", "boguanedu.com")], crumb="考证专区")

page("mall", "shop-xiaolu.html", "AI训练师入门：数据标注实战 30 讲 - 小鹿AI学院 - 课多多",
"""<div class="shop">店铺：小鹿AI学院</div>
<h1>AI 训练师入门：数据标注实战 30 讲（附五级考点梳理）</h1>
<p class="price">¥199.00　<span>已售 873</span></p>
<p>纯技能课程，不含证书、不代报名。课程覆盖图像、文本、语音标注和质检流程，对照五级考点梳理知识点。</p>
<p>课程答疑：xiaolu_ai@126.com　或电话 152 6730 1185</p>""",
"I01 independent honest course listing, no certificate promised",
op="I01", provider="小鹿AI学院",
ids=[("email", "xiaolu_ai@126.com", "xiaolu_ai@126.com"), ("phone", "+8615267301185", "152 6730 1185")], crumb="IT互联网")

page("mall", "excel-course.html", "Excel 数据透视表从入门到精通 - 课多多",
"""<div class="shop">店铺：职场效率研习社</div><h1>Excel 数据透视表从入门到精通</h1><p class="price">¥59.00</p>
<p>40 个案例带你玩转透视表与图表。本课程与任何证书无关。</p>""",
"unrelated course on the marketplace (non-offer)", crumb="职业技能")

# ================================================================ forum
page("bbs", "t-2031.html", "【经验】人工智能训练师四级怎么报？鼎新王老师解答 - 考证交流 - 职友社区",
"""<h1>【经验】人工智能训练师四级怎么报？王老师整理了流程</h1>
<div class="post"><p class="author">楼主：鼎新王老师　注册：2023-05　帖子：412</p>
<p>经常有同学私信问四级怎么报，统一回复：①确认工作年限；②找备案的评价机构报名；③参加培训和认定。我们鼎新有四级全程班，需要的同学可以联系我，156-1187-3042（微信同号），或发邮件 kefu at dingxinedu dot cn。</p></div>
<div class="reply"><p class="author">2 楼 学渣小王</p><p>王老师，没工作经验能报吗？</p></div>
<div class="reply"><p class="author">3 楼 鼎新王老师</p><p>五级需要一年相关经验，可以私聊帮你看看。</p></div>""",
"U03 forum thread posted by agency staff, offer of level 4 course",
op="U03", provider="鼎新王老师（鼎新教育）",
ids=[("phone", "+8615611873042", "156-1187-3042"), ("email", "kefu@dingxinedu.cn", "kefu at dingxinedu dot cn")])

page("bbs", "t-2088.html", "出人工智能训练师资料+代报名，三级二级都有 - 考证交流 - 职友社区",
"""<h1>出人工智能训练师资料+代报名，三级二级都有</h1>
<div class="post"><p class="author">楼主：李老师AI证书</p>
<p>整理了全套题库和实操视频，另可代报名三级、二级，材料我们来弄，流程快。有意者 Q 1548376290，资料群 738204615 进群备注“训练师”。</p></div>
<div class="reply"><p class="author">2 楼 路人甲</p><p>二级要技师条件的吧，你们怎么弄？</p></div>
<div class="reply"><p class="author">3 楼 吃过亏的人</p><p>提醒一下，去年一个 170 8193 5526 的号也这么说，交了钱就拉黑了，楼主别介意。</p></div>""",
"U04 individual seller thread: materials and 代报名 for level 3/2; a reader quotes a scammer number",
op="U04", provider="李老师AI证书",
ids=[("qq", "1548376290", "1548376290"), ("qq_group", "738204615", "738204615")])

page("bbs", "t-2105.html", "粤才教育人工智能训练师培训，广州天河有面授 - 考证交流 - 职友社区",
"""<h1>粤才教育人工智能训练师培训，广州天河有面授</h1>
<div class="post"><p class="author">楼主：粤才学堂小助手</p>
<p>粤才学堂人工智能训练师四级/三级面授班，周末上课，广州户籍或社保满一年可申请补贴，具体以人社审核为准。课程咨询加 V:yuecai-edu 或打 13682275419微信同号。</p></div>
<div class="reply"><p class="author">2 楼 小鱼</p><p>求三级课件，我QQ 2738451190 谢谢楼主</p></div>""",
"U06 forum thread advertising face-to-face course in Guangzhou; reader leaves own QQ",
op="U06", provider="粤才学堂",
ids=[("wechat", "yuecai-edu", "yuecai-edu"), ("phone", "+8613682275419", "13682275419")])

page("bbs", "t-2140.html", "人工智能训练师二级直通车，押题准 - 考证交流 - 职友社区",
"""<h1>人工智能训练师二级直通车，押题准</h1>
<div class="post"><p class="author">楼主：博观教育</p>
<p>博观教育独家内部信息，二级技师无需三级证书，三个月拿证。名额有限，QQ:3056 128 874，官网 boguanedu点com。</p></div>
<div class="reply"><p class="author">2 楼 理性讨论</p><p>二级要三级证+4年，这个“直通车”是啥？</p></div>""",
"U08 forum thread: level 2 shortcut, '内部信息'",
op="U08", provider="博观教育",
ids=[("qq", "3056128874", "3056 128 874"), ("domain", "boguanedu.com", "boguanedu点com")])

page("bbs", "t-2152.html", "零基础想考人工智能训练师，该从几级开始？ - 考证交流 - 职友社区",
"""<h1>零基础想考人工智能训练师，该从几级开始？</h1>
<div class="post"><p class="author">楼主：转行中的小陈</p><p>做了两年客服，想转数据标注，网上好多说三级二级一起拿的，靠谱吗？</p></div>
<div class="reply"><p class="author">2 楼 版主</p><p>按标准，从五级开始，有一年相关经验即可；一起拿多个等级的都不符合申报条件。证书去 zscx.osta.org.cn 能查到才算数。</p></div>""",
"learner's question thread (non-offer)")

page("bbs", "t-2167.html", "【曝光】交了3800说包过人工智能训练师，然后联系不上了 - 职场吐槽 - 职友社区",
"""<h1>【曝光】交了 3800 说包过人工智能训练师，然后联系不上了</h1>
<div class="post"><p class="author">楼主：不想再被骗</p>
<p>对方自称“国家人工智能认证中心”，电话 170-8193-5526，说人社部颁发、包过、三证一起拿。转账后就拉黑了。已经打 12315 和报警。大家千万别信。</p></div>
<div class="reply"><p class="author">2 楼 热心网友</p><p>可以再打 12333 问问当地人社，还能查评价机构备案名单。</p></div>""",
"victim complaint thread quoting a scammer number (non-offer)", crumb="职场吐槽")

# ================================================================ classifieds
def fl(info, date, contact):
    return '<p class="meta">信息编号：%s　发布时间：%s　联系人：%s</p>' % (info, date, contact)

page("fenlei", "ai-zhixun.html", "杭州 人工智能训练师五级/四级认定培训 正规备案学校 - 百姓汇",
fl("28430571", "2026-03-05", "陈老师") + """<h1>杭州 人工智能训练师五级/四级认定培训 正规备案学校</h1>
<p>杭州智训培训：省人社备案评价机构，五级 1480 元、四级 1880 元，符合条件可申请技能提升补贴。不包过，认真学。</p>
<p>认定考点：文三路技能评价考点（考点咨询 0571-88213470）。</p>
<p>电话：<a href="tel:13758129046">13758129046</a>　办学许可与信用代码：%s</p>""" % USCC_U01,
"U01 classifieds post, honest, prices",
op="U01", provider="杭州智训培训",
ids=[("phone", "+8613758129046", "tel:13758129046"), ("uscc", USCC_U01, USCC_U01)], crumb="教育培训")

page("fenlei", "ai-zkzp.html", "人工智能训练师证 三级二级 包过 人社部颁发 - 百姓汇",
fl("28430917", "2026-03-11", "张主任") + """<h1>人工智能训练师证 三级二级 包过 人社部颁发</h1>
<p>国培AI认证中心常年办理：人工智能训练师三级、二级（技师），零基础、不限学历、免培训，30 天出证，国家职业资格证书，全国通用，可挂靠年入 3 万。</p>
<p>三级 2980，二级 4980，两级同报 6800。</p>
<p>电话：+86 189-0221-7365　扣扣 2875460913</p>""",
"U02 classifieds ad: 包过, 人社部颁发, level 2 to beginners, 挂靠",
op="U02", provider="国培AI认证中心",
ids=[("phone", "+8618902217365", "+86 189-0221-7365"), ("qq", "2875460913", "2875460913")], crumb="教育培训")

page("fenlei", "ai-lilaoshi.html", "人工智能训练师 资料 题库 代报名 - 百姓汇",
fl("28431266", "2026-03-14", "李老师") + """<h1>人工智能训练师 资料 题库 代报名</h1>
<p>智领职培 李老师：全套题库+实操视频 199 元；三级代报名服务另议，材料齐全流程快。</p>
<p>资料群 738-204-615，邮箱 1548376290@qq.com（请备注“训练师”）。</p>""",
"U04 classifieds post under another brand, same QQ group and QQ mail",
op="U04", provider="智领职培",
ids=[("qq_group", "738204615", "738-204-615"), ("email", "1548376290@qq.com", "1548376290@qq.com")], crumb="教育培训")

page("fenlei", "ai-xingtu.html", "AI训练师 线上考证 7天出证 深圳 - 百姓汇",
fl("28431590", "2026-03-16", "星途 刘老师") + """<h1>AI训练师 线上考证 7 天出证</h1>
<p>星途职教：线上学习线上考试，初中级高级都可以报，原价 9999 现 699。拿到证书便可升职加薪。</p>
<p>咨询电话 １３５２８８０６７１４</p>""",
"U05 classifieds ad, phone written in full-width digits",
op="U05", provider="星途职教",
ids=[("phone", "+8613528806714", "１３５２８８０６７１４")], crumb="教育培训")

page("fenlei", "ai-hengda.html", "人工智能训练师证书 挂靠 年入3-5万 - 百姓汇",
fl("28432004", "2026-03-18", "恒达 赵经理") + """<h1>人工智能训练师证书挂靠，年入 3-5 万</h1>
<p>恒达人才服务：我们帮您考证+挂靠企业一条龙，拿证后每年挂靠费 3-5 万，躺赚！报名费 4800，包过包挂靠。</p>
<p>联系：177-3041-8852　<a href="tel:17730418852">一键拨号</a></p>""",
"U07 classifieds ad: 挂靠 lure with AI-trainer certificate",
op="U07", provider="恒达人才服务",
ids=[("phone", "+8617730418852", "177-3041-8852"), ("phone", "+8617730418852", "tel:17730418852")], crumb="教育培训")

page("fenlei", "ai-zhongzhiping.html", "全国人工智能训练师考评中心 报名 - 百姓汇",
fl("28432241", "2026-03-20", "孙老师") + """<h1>全国人工智能训练师考评中心 2026 年报名</h1>
<p>全国人工智能训练师考评中心统一组织，证书全国通用，证书编号格式如 Y000123XXXXXX195000001，官方网站可查。一级、二级、三级均可申报。</p>
<p>电话：199 1042 5537　单位统一社会信用代码：%s</p>
<p class="small">（页面模板）电话：138-0000-0000（示例）</p>""" % USCC_U09,
"U09 classifieds ad of a company with a state-sounding name (91 code)",
op="U09", provider="全国人工智能训练师考评中心",
ids=[("phone", "+8619910425537", "199 1042 5537"), ("uscc", USCC_U09, USCC_U09)], crumb="教育培训")

page("fenlei", "ai-zhangjie.html", "人工智能训练师报名咨询 诚信代办 - 百姓汇",
fl("28432688", "2026-03-22", "张姐") + """<h1>人工智能训练师报名咨询 诚信代办</h1>
<p>宁波本地，帮忙整理材料、预约考点，服务费 300 元，只能报符合条件的等级，考试自己考。</p>
<p>电话 150 6721 3349</p>""",
"I02 independent local helper, modest service fee",
op="I02", provider="张姐（宁波代办）",
ids=[("phone", "+8615067213349", "150 6721 3349")], crumb="本地服务")

page("fenlei", "job-biaozhu.html", "招聘 数据标注员 5名 杭州 - 百姓汇",
fl("28433011", "2026-03-25", "HR 周女士") + """<h1>招聘：数据标注员 5 名（杭州滨江）</h1>
<p>月薪 5000-7000，双休，有人工智能训练师五级证书优先，无经验可培训。简历投递 hr@lanjingdata.com，电话 0571-87116324。</p>""",
"job ad for data annotators (non-offer)", crumb="招聘")

# ================================================================ Q&A
def qa(q, asker):
    return '<div class="question"><h1>%s</h1><p class="asker">提问者：%s</p></div>' % (q, asker)

page("wenda", "q-1042.html", "人工智能训练师证书哪里可以快速拿到？ - 知问",
qa("人工智能训练师证书哪里可以快速拿到？", "匿名用户") + """<div class="answer"><p class="author">回答者：华夏人工智能职业认证 认证顾问</p>
<p>我们华夏人工智能职业认证可以快速办理，人社部颁发，官网可查，免考试直接出证，三级 2980。需要的加 V信 ZKZP_2025 详聊。</p></div>
<div class="comment"><p>网友A：大家小心 170 8193 5526 这个号，收了钱就拉黑，不知道跟答主是不是一家。</p>
<p>网友B：同求，加我QQ 2738451190 发我资料</p></div>""",
"U02 Q&A answer: 免考试直接出证, 人社部颁发; comments quote scammer number and reader QQ",
op="U02", provider="华夏人工智能职业认证",
ids=[("wechat", "zkzp_2025", "ZKZP_2025")], crumb="教育")

page("wenda", "q-1107.html", "人工智能训练师题库在哪找？ - 知问",
qa("人工智能训练师题库在哪找？", "考证路上") + """<div class="answer"><p class="author">回答者：李老师</p>
<p>我整理过一套四级三级题库，需要的扣扣：一五四八三七六二九零，或者发邮件 1548376290 at qq.com，199 一套。</p></div>""",
"U04 Q&A answer selling question banks; QQ in Chinese numerals",
op="U04", provider="李老师",
ids=[("qq", "1548376290", "一五四八三七六二九零"), ("email", "1548376290@qq.com", "1548376290 at qq.com")], crumb="教育")

page("wenda", "q-1133.html", "广州有靠谱的人工智能训练师培训吗？ - 知问",
qa("广州有靠谱的人工智能训练师培训吗？", "天河打工人") + """<div class="answer"><p class="author">回答者：粤才人工智能培训中心</p>
<p>推荐粤才人工智能培训中心（天河），四级 2280 元，三级 3280 元，小班面授，广州户籍补贴可上浮，具体咨询 4008-291-536，或微信 yuecai-edu。</p></div>""",
"U06 Q&A answer by the company itself",
op="U06", provider="粤才人工智能培训中心",
ids=[("phone", "4008291536", "4008-291-536"), ("wechat", "yuecai-edu", "yuecai-edu")], crumb="教育")

page("wenda", "q-1150.html", "人工智能训练师二级没有三级证能考吗？ - 知问",
qa("人工智能训练师二级没有三级证能考吗？", "Kevin") + """<div class="answer"><p class="author">回答者：博观AI课堂 教务</p>
<p>可以的，我们有特殊通道，不用三级证书直接报二级。资料发 bg_edu＠163.com，或 QQ 3056128874 咨询。</p></div>
<div class="answer"><p class="author">回答者：人力资源从业者</p><p>按标准二级需要三级证书+工作年限，所谓特殊通道要当心。</p></div>""",
"U08 Q&A answer promising level 2 without level 3; e-mail with full-width @",
op="U08", provider="博观AI课堂",
ids=[("email", "bg_edu@163.com", "bg_edu＠163.com"), ("qq", "3056128874", "3056128874")], crumb="职场")

page("wenda", "q-1188.html", "深圳考人工智能训练师要多少钱？ - 知问",
qa("深圳考人工智能训练师要多少钱？", "小林") + """<div class="answer"><p class="author">回答者：周老师（深圳职业培训讲师）</p>
<p>正规机构四级培训一般两千上下，认定费几百元，参保满一年可以申请补贴。先去 osta.mohrss.gov.cn 查机构是否备案。我们机构也开班，想了解可加微信 zhoulaoshi_sz，不包过。</p></div>""",
"I03 independent trainer's honest answer with own course mention",
op="I03", provider="周老师（深圳职业培训讲师）",
ids=[("wechat", "zhoulaoshi_sz", "zhoulaoshi_sz")], crumb="教育")

# ================================================================ WeChat reposts
def mp(acct, date, reads):
    return '<p class="mpmeta">公众号：%s　%s　阅读 %s</p>' % (acct, date, reads)

page("mp", "a-guopei.html", "重磅！人工智能训练师证书2026最新报名通道开启 - 搜文摘",
mp("国培AI认证", "2026-03-08", "10万+") + """<h1>重磅！人工智能训练师证书 2026 最新报名通道开启</h1>
<p>人社部证书退出后，人工智能训练师成为最火新职业！国培AI认证中心面向全国招生，三级二级一起拿，包过，官网可查（osta.mohrss.gov.cn）。</p>
<p>报名热线：一八九〇二二一七三六五　客服QQ：２８７５４６０９１３</p>""",
"U02 WeChat advertorial: three levels, 包过; numbers in Chinese numerals and full-width",
op="U02", provider="国培AI认证中心",
ids=[("phone", "+8618902217365", "一八九〇二二一七三六五"), ("qq", "2875460913", "２８７５４６０９１３")], crumb="教育")

page("mp", "a-xingtu.html", "普通人也能月入过万？这个AI新职业缺口百万 - 搜文摘",
mp("AI职场说", "2026-03-10", "3.1万") + """<h1>普通人也能月入过万？这个 AI 新职业缺口百万</h1>
<p>……人工智能训练师，零基础可学，星途AI训练营 7 天出证，原价 9999 限时 699。</p>
<p>加班主任微信 xingtu_ai01 领取资料；对公转账户名：深圳星途文化传播有限公司；课程官网 xingtu-edu.cn</p>
<div class="comment"><p>留言：想报名，我微信 lucky_mm0923</p></div>""",
"U05 WeChat advertorial with payee name; reader leaves own WeChat",
op="U05", provider="星途AI训练营",
ids=[("wechat", "xingtu_ai01", "xingtu_ai01"), ("other", "payee:深圳星途文化传播有限公司", "深圳星途文化传播有限公司"),
     ("domain", "xingtu-edu.cn", "xingtu-edu.cn")], crumb="职场")

page("mp", "a-hengda.html", "拿一本证躺赚3万，人工智能训练师挂靠揭秘 - 搜文摘",
mp("恒达证书中心", "2026-03-19", "8421") + """<h1>拿一本证躺赚 3 万，人工智能训练师挂靠揭秘</h1>
<p>恒达证书中心：企业申报高新资质急需持证人员，人工智能训练师证书挂靠价格持续走高。包过包挂靠，名额有限。</p>
<p>咨询电话：一七七三零四一八八五二　微信：HD17730418852</p>""",
"U07 WeChat article: 挂靠 lure; phone in Chinese numerals",
op="U07", provider="恒达证书中心",
ids=[("phone", "+8617730418852", "一七七三零四一八八五二"), ("wechat", "hd17730418852", "HD17730418852")], crumb="职场")

page("mp", "a-zhongzhiping.html", "中智评：人工智能训练师考评工作通知 - 搜文摘",
mp("中智评考评", "2026-03-21", "2306") + """<h1>关于开展 2026 年度人工智能训练师考评工作的通知</h1>
<p>各有关单位：中智评（北京）职业能力评价中心受委托开展人工智能训练师一至五级考评，证书可用于职称评定、落户积分。</p>
<p>联系电话：(010)5721-3386　手机：+8619910425537</p>""",
"U09 notice-styled WeChat article imitating an official notice",
op="U09", provider="中智评（北京）职业能力评价中心",
ids=[("phone", "010-57213386", "(010)5721-3386"), ("phone", "+8619910425537", "+8619910425537")], crumb="职场")

page("mp", "a-shencheng.html", "人工智能训练师五级第三期培训开班通知 - 搜文摘",
mp("申城技能培训中心", "2026-03-23", "1570") + """<h1>人工智能训练师五级第三期培训开班通知</h1>
<p>本中心为区人社局备案评价机构，五级培训 60 课时，培训费 1300 元，认定费按核定标准收取。申报需相关工作满 1 年。证书可在 zscx.osta.org.cn 查询，补贴政策可咨询 12333。</p>
<p>报名电话：021-64380217</p>
<div class="comment"><p>留言：已报，同学可以加我 lucky_mm0923 一起复习</p></div>""",
"I04 independent honest training centre notice; reader leaves own WeChat",
op="I04", provider="申城技能培训中心",
ids=[("phone", "021-64380217", "021-64380217")], crumb="教育")

page("mp", "a-zhengce.html", "一文读懂：职业技能等级证书与职业资格证书有什么不同 - 搜文摘",
mp("职教政策观察", "2026-02-27", "1.2万") + """<h1>一文读懂：职业技能等级证书与职业资格证书有什么不同</h1>
<p>2019 年以来，水平评价类职业资格陆续退出目录，由备案的用人单位和社会培训评价组织开展职业技能等级认定。人工智能训练师（4-04-05-05）属于职业技能等级证书，由评价机构颁发，而非“人社部颁发”。查询请登录 zscx.osta.org.cn。</p>""",
"policy explainer (non-offer)", crumb="教育")

# ================================================================ short video
def vd(author, likes, desc):
    return '<div class="player">[视频]</div><p class="vauthor">@%s　赞 %s</p><p class="vdesc">%s</p>' % (author, likes, desc)

page("video", "v-zkzp.html", "中科智培：人工智能训练师 包过拿证 - 快看视频",
vd("中科智培", "2.3万", "人工智能训练师证书怎么拿？中科智培包过班，三级二级都能报，#AI训练师 #考证") + """
<p>主页简介：中科智培 · 人社部颁发 · 零基础三十天拿证　VX：zkzp_2025　电话 189 0221 7365</p>
<div class="comment"><p>用户 8231：真的假的？</p><p>中科智培：私信发你报名表</p></div>""",
"U02 short-video page: 包过, 零基础; WeChat and phone in profile",
op="U02", provider="中科智培",
ids=[("wechat", "zkzp_2025", "zkzp_2025"), ("phone", "+8618902217365", "189 0221 7365")], crumb="知识")

page("video", "v-xingtu.html", "90%小白都能学会的AI训练师 - 快看视频",
vd("星途AI训练营", "5.6万", "90%小白都能学会！原价9999限时99体验课，正式课 699 拿证") + """
<p>主页简介：星途职教　薇 xingtu_ai01　+86 135 2880 6714</p>
<div class="comment"><p>用户 lucky：想学，我微信 lucky_mm0923</p></div>""",
"U05 short-video page; reader leaves own WeChat",
op="U05", provider="星途AI训练营",
ids=[("wechat", "xingtu_ai01", "xingtu_ai01"), ("phone", "+8613528806714", "+86 135 2880 6714")], crumb="知识")

page("video", "v-hengda.html", "证书挂靠一年3万 - 快看视频",
vd("恒达人才", "9812", "一本人工智能训练师证书挂靠一年 3 万，你还在打工？") + """
<p>主页简介：恒达人才服务 · 薇：hd17730418852</p>""",
"U07 short-video page: 挂靠 lure",
op="U07", provider="恒达人才服务",
ids=[("wechat", "hd17730418852", "hd17730418852")], crumb="职场")

page("video", "v-xuezhang.html", "AI训练师五级备考经验分享 - 快看视频",
vd("AI小白学长", "3421", "自己考五级的经验：报名、复习、实操要点。我这边有备考陪跑营 99 元，不卖证") + """
<p>主页简介：备考交流群 829314576</p>""",
"I05 independent creator selling a cheap study group, no certificate promises",
op="I05", provider="AI小白学长",
ids=[("qq_group", "829314576", "829314576")], crumb="知识")

# ================================================================ news
page("news", "report-2026-0312.html", "记者调查：“包过”的人工智能训练师证书，交钱后人去楼空 - 新潮网",
"""<h1>记者调查：“包过”的人工智能训练师证书，交钱后人去楼空</h1><p class="meta">新潮网记者 2026-03-12</p>
<p>多名读者反映，一个自称“国家人工智能认证中心”的号码 17081935526 以“人社部颁发”“包过”为名收取三千至七千元不等费用。人社部门提示，职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询，政策咨询请拨 12333，遇诈骗请拨 96110 或报警。</p>""",
"news report about an AI-trainer certificate scam (non-offer)", crumb="社会")

page("news", "tg-yuecai.html", "【推广】粤才教育：让更多人搭上AI职业快车 - 新潮网",
"""<p class="ad">推广</p><h1>粤才教育：让更多人搭上 AI 职业快车</h1>
<p>粤才教育创办于广州，开设人工智能训练师四级、三级培训，已培训学员数千人。报名热线 400-829-1536，招生老师 136 8227 5419。</p>""",
"U06 sponsored article on a news site",
op="U06", provider="粤才教育",
ids=[("phone", "4008291536", "400-829-1536"), ("phone", "+8613682275419", "136 8227 5419")], crumb="推广")

page("news", "tg-zhongzhiping.html", "【推广】中智评：打造人工智能职业能力评价新标杆 - 新潮网",
"""<p class="ad">推广</p><h1>中智评：打造人工智能职业能力评价新标杆</h1>
<p>中智评（北京）职业能力评价中心位于华贸中心 B 座（前台 010-65883200），面向全国开展人工智能训练师考评，证书“国家认可、全国通用”。咨询 010-57213386。统一社会信用代码 %s。</p>""" % USCC_U09,
"U09 sponsored article, state-sounding name with 91 code",
op="U09", provider="中智评（北京）职业能力评价中心",
ids=[("phone", "010-57213386", "010-57213386"), ("uscc", USCC_U09, USCC_U09)], crumb="推广")

# ================================================================ college
page("college", "jxjy-ai.html", "继续教育学院 · 智训培训中心 人工智能训练师培训项目 - 杭州滨江职业技术学院",
"""<h1>人工智能训练师培训项目（合作办学）</h1>
<p>继续教育学院与浙江智训职业技能培训学校合作开设人工智能训练师五级、四级培训，面向社会人员及在校生。</p>
<p>项目联系人：陈老师 137-5812-9046，邮箱 zhaosheng(at)zhixunpx.com。</p>""",
"U01 partnership page hosted on a college site",
op="U01", provider="滨江职院继续教育学院·智训培训中心",
ids=[("phone", "+8613758129046", "137-5812-9046"), ("email", "zhaosheng@zhixunpx.com", "zhaosheng(at)zhixunpx.com")], crumb="继续教育")

page("college", "tz-2026-07.html", "关于开展2026年人工智能训练师（四级）职业技能等级认定的通知 - 杭州滨江职业技术学院",
"""<h1>关于开展 2026 年人工智能训练师（四级）职业技能等级认定的通知</h1>
<p>我院作为备案的职业技能等级认定机构，拟于 2026 年 5 月组织人工智能训练师（四级）认定，认定计划编号：13320250917。在校生认定费 330 元/人次，社会人员 430 元/人次，自愿报名。</p>
<p>考点：文三路技能评价考点（考点咨询 0571-88213470）。证书可登录 zscx.osta.org.cn 查询；补贴政策咨询 12333。</p>
<p>报名咨询：继续教育学院 0571-86920315，jxjy@bjzy.edu.cn</p>""",
"I06 college's own honest evaluation notice with fees",
op="I06", provider="杭州滨江职业技术学院继续教育学院",
ids=[("phone", "0571-86920315", "0571-86920315"), ("email", "jxjy@bjzy.edu.cn", "jxjy@bjzy.edu.cn")], crumb="通知公告")

# ================================================================ government
page("gov", "tz-shanzhai.html", "关于警惕人工智能训练师“山寨证书”的提示 - 某省人力资源和社会保障厅",
"""<h1>关于警惕人工智能训练师“山寨证书”的提示</h1><p class="meta">发布日期：2026-03-15　来源：职业能力建设处</p>
<p>近期有不法分子以“人社部颁发”“包过”“免培训直接发证”为名售卖人工智能训练师证书，群众反映的号码包括 170-8193-5526 等。职业技能等级证书由备案评价机构颁发，请登录 osta.mohrss.gov.cn 查询备案机构、登录 zscx.osta.org.cn 查询证书。</p>
<p>咨询请拨 12333，遭遇诈骗请拨打 96110 或报警，消费纠纷可拨 12315。</p>""",
"official warning notice about fake certificates (non-offer)", crumb="政务公开")

# ================================================================ decoys (written forms; pages found by scanning)
DECOYS = [
    ("phone", "4009216868", ["400-921-6868"], "marketplace customer-service hotline in every mall footer"),
    ("domain", "kaduoduo.com", ["kaduoduo.com"], "marketplace's own domain in its footer"),
    ("other", "沪ICP备18032741号-2", ["沪ICP备18032741号-2"], "marketplace ICP licence in footer"),
    ("qq_group", "615204387", ["615204387"], "forum's own site-affairs QQ group in footer"),
    ("email", "admin@zhiyoushe.net", ["admin@zhiyoushe.net"], "forum admin e-mail in footer"),
    ("phone", "020-38291100", ["020-38291100"], "classifieds platform customer-service line in footer"),
    ("other", "粤B2-20150388", ["粤B2-20150388"], "classifieds platform telecom licence in footer"),
    ("email", "jubao@zhiwen.com", ["jubao@zhiwen.com"], "Q&A platform's abuse-report e-mail in footer"),
    ("email", "copyright@souwenzhai.com", ["copyright@souwenzhai.com"], "repost site's copyright e-mail in footer"),
    ("domain", "souwenzhai.com", ["souwenzhai.com"], "repost site's own domain in footer"),
    ("phone", "4001406660", ["400-140-6660"], "short-video platform's customer service in footer"),
    ("phone", "96110", ["96110"], "public anti-fraud hotline"),
    ("phone", "0731-84329999", ["0731-84329999"], "news site's news hotline in footer"),
    ("phone", "12333", ["12333"], "public 人社 hotline quoted by sellers and officials"),
    ("phone", "12315", ["12315"], "public consumer-complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skill-evaluation portal"),
    ("phone", "+8617081935526", ["17081935526", "170 8193 5526", "170-8193-5526"], "scammer number quoted in news, warnings, complaints and reader comments"),
    ("other", "13320250917", ["13320250917"], "provincial evaluation-plan number shaped like a mobile, quoted by several institutions"),
    ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number example from the rules, copied by sellers"),
    ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder phone left in page templates"),
    ("phone", "0571-88213470", ["0571-88213470"], "third party: exam venue's enquiry desk"),
    ("phone", "010-65883200", ["010-65883200"], "third party: office building front desk"),
    ("qq", "2738451190", ["2738451190"], "a reader's own QQ left in comments"),
    ("wechat", "lucky_mm0923", ["lucky_mm0923"], "a reader's own WeChat left in comments"),
    ("domain", "bjzy.edu.cn", ["www.bjzy.edu.cn"], "college's own domain in footer of every college page"),
    ("phone", "0571-86920000", ["0571-86920000"], "college switchboard in footer"),
]

# ---------------------------------------------------------------- rendering
CSS = {
 "company": "body{font-family:sans-serif;margin:0}header{background:#0a4d8c;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}main{display:flex}article{flex:3;padding:16px}aside{flex:1;background:#f2f6fa;padding:12px}footer{background:#222;color:#bbb;padding:10px;font-size:12px}",
 "marketplace": "body{font-family:sans-serif;margin:0;background:#f5f5f5}header{background:#ff5000;color:#fff;padding:10px}nav a{color:#fff;margin-right:10px}.price{color:#ff5000;font-size:22px}main{display:flex}article{flex:3;background:#fff;padding:16px}aside{flex:1;padding:12px}footer{font-size:12px;color:#666;padding:10px}",
 "forum": "body{font-family:Tahoma,sans-serif;margin:0}header{background:#2b6e2b;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px}.post,.reply{border:1px solid #cdc;margin:6px;padding:8px}.author{color:#2b6e2b;font-weight:bold}main{display:flex}article{flex:3}aside{flex:1;padding:8px}footer{font-size:12px;padding:8px;border-top:1px solid #ccc}",
 "classifieds": "body{font-family:sans-serif;margin:0}header{background:#e4393c;color:#fff;padding:8px}nav a{color:#fff;margin-right:10px}.meta{color:#999;font-size:12px}main{display:flex}article{flex:3;padding:12px}aside{flex:1;padding:12px;background:#fafafa}footer{font-size:12px;padding:8px;color:#777}",
 "qa": "body{font-family:sans-serif;margin:0}header{background:#1e88e5;color:#fff;padding:10px}nav a{color:#fff;margin-right:10px}.answer{border-bottom:1px solid #eee;padding:10px}.comment{color:#666;font-size:13px}main{display:flex}article{flex:3;padding:12px}aside{flex:1;padding:12px}footer{font-size:12px;padding:8px;color:#999}",
 "wechat-repost": "body{font-family:sans-serif;margin:0 auto;max-width:760px}header{border-bottom:2px solid #07c160;padding:8px}nav a{margin-right:10px;color:#07c160}.mpmeta{color:#888}main{display:block}aside{border-top:1px dashed #ccc;padding:8px}footer{font-size:12px;color:#aaa;padding:8px}",
 "short-video": "body{font-family:sans-serif;margin:0;background:#111;color:#eee}header{padding:8px}nav a{color:#fe2c55;margin-right:12px}.player{height:240px;background:#333;text-align:center;line-height:240px}main{display:flex}article{flex:3;padding:10px}aside{flex:1;padding:10px}footer{font-size:12px;color:#777;padding:8px}",
 "news": "body{font-family:serif;margin:0}header{border-bottom:3px solid #c00;padding:10px}nav a{margin-right:12px;color:#c00}.ad{color:#999;border:1px solid #999;display:inline-block;padding:0 4px;font-size:12px}main{display:flex}article{flex:3;padding:14px}aside{flex:1;padding:14px}footer{background:#eee;font-size:12px;padding:10px}",
 "college": "body{font-family:sans-serif;margin:0}header{background:#7a1b1b;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}main{display:flex}article{flex:3;padding:16px}aside{flex:1;padding:12px;background:#f7eeee}footer{background:#7a1b1b;color:#eee;font-size:12px;padding:10px}",
 "government": "body{font-family:SimSun,serif;margin:0}header{background:#b30000;color:#fff;padding:14px}nav a{color:#fff;margin-right:16px}main{display:flex}article{flex:3;padding:16px}aside{flex:1;padding:12px;border-left:1px solid #ddd}footer{border-top:2px solid #b30000;font-size:12px;padding:10px}",
}

def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm)) if to != frm else os.path.basename(to)

def render(p, site_pages):
    s = SITES[p["site"]]
    idx = "/%s/index.html" % p["site"]
    menu = " ".join('<a href="%s">%s</a>' % (rel(p["path"], idx), m) for m in s["menu"])
    others = [q for q in site_pages if q["path"] != p["path"]]
    side = "".join('<li><a href="%s">%s</a></li>' % (rel(p["path"], q["path"]), q["title"].split(" - ")[0]) for q in others[:6])
    related = "".join('<li><a href="%s">%s</a></li>' % (rel(p["path"], q["path"]), q["title"].split(" - ")[0]) for q in others[-3:])
    crumb = '<a href="%s">%s</a> &gt; %s &gt; %s' % (rel(p["path"], idx), s["home"], p.get("crumb") or "", p["title"].split(" - ")[0])
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>
<body class="%s"><header><div class="logo">%s</div><nav>%s <a href="%s">网站导航</a></nav></header>
<div class="breadcrumb">当前位置：%s</div>
<main><article>
%s
<div class="related"><h4>相关阅读</h4><ul>%s</ul></div>
</article><aside><h4>热门</h4><ul>%s</ul></aside></main>
<footer>%s</footer>
</body></html>
""" % (p["title"], CSS[s["style"]], s["style"], s["name"], menu, rel(p["path"], "/index.html"),
       crumb, p["body"], related, side, s["footer"])

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # site index pages
    allpages = []
    for key, s in SITES.items():
        sp = [p for p in PAGES if p["site"] == key]
        links = "".join('<li><a href="%s">%s</a></li>' % (os.path.basename(q["path"]), q["title"].split(" - ")[0]) for q in sp)
        ix = dict(site=key, path="/%s/index.html" % key, title="%s - %s" % (s["home"], s["name"]),
                  body="<h1>%s</h1><p>最新内容</p><ul>%s</ul>" % (s["name"], links), is_offer=False, operator=None,
                  provider=None, ids=[], note="index page of %s (%s style)" % (s["name"], s["style"]), crumb="最新")
        allpages.append(ix)
        allpages.extend(sp)
    files = {}
    for p in allpages:
        sp = [q for q in allpages if q["site"] == p["site"] and not q["path"].endswith("index.html")]
        files[p["path"]] = render(p, sp)
    nav = "".join('<li><a href="%s/index.html">%s</a>（%s）</li>' % (k, s["name"], s["style"]) for k, s in SITES.items())
    files["/index.html"] = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>'
                            '<body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % nav)
    for path, html in files.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    def found(written, html):
        return re.search(r"(?<![0-9A-Za-z_])" + re.escape(written) + r"(?![0-9A-Za-z_])", html) is not None

    truth_pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                        note="navigation page linking every site's index")]
    for p in allpages:
        truth_pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                                identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in allpages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, html in files.items() if any(found(w, html) for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=truth_pages, operators={k: ops[k] for k in sorted(ops)}, decoys=decoys)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
