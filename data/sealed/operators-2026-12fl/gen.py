#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (site/ + truth.json).
Standard library only, deterministic."""
import json, os, re, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------- USCC (GB 32100) with valid GB 11714 org-code check ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W31)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U04 = uscc("91440402", "57328106")   # company
USCC_U06 = uscc("91220101", "33908417")   # company with a state-sounding name
USCC_U09 = uscc("92220105", "60214738")   # 个体工商户
USCC_U01 = uscc("52220104", "77120395")   # 民办非企业单位 (training school)

# ---------- seller identifiers: key -> (kind, normalized value) ----------
ID = {
 "U01.m": ("phone", "+8613943102875"), "U01.l": ("phone", "043185612207"),
 "U01.wx": ("wechat", "zhixin_ai88"), "U01.dom": ("domain", "zxpx-ai.cn"),
 "U01.uscc": ("uscc", USCC_U01), "U01.mail": ("email", "zhixin_px@163.com"),
 "U02.m": ("phone", "+8615590437716"), "U02.wx": ("wechat", "gprc_kf01"),
 "U02.qq": ("qq", "2906113458"), "U02.dom": ("domain", "zgjnrc-cx.com"),
 "U02.pay": ("other", "长春国培人才服务有限公司"),
 "U03.m": ("phone", "+8618923306642"), "U03.wx": ("wechat", "wanzhi-edu"),
 "U03.qg": ("qq_group", "783201556"),
 "U04.l": ("phone", "07563382219"), "U04.m": ("phone", "+8613702563389"),
 "U04.mail": ("email", "hr@zhbiaozhu.com"), "U04.uscc": ("uscc", USCC_U04),
 "U05.wx": ("wechat", "aixls_2025"), "U05.400": ("phone", "4008627715"),
 "U05.dom": ("domain", "aixlsy.com"),
 "U06.m": ("phone", "+8617643120958"), "U06.l": ("phone", "043181937740"),
 "U06.wx": ("wechat", "jljd_0431"), "U06.uscc": ("uscc", USCC_U06),
 "U07.m": ("phone", "+8613925618830"), "U07.qq": ("qq", "1592633087"),
 "U07.mail": ("email", "ygarii@126.com"),
 "U08.wx": ("wechat", "aicert-zhan"), "U08.mail": ("email", "aicert_zhan@qq.com"),
 "U08.m": ("phone", "+8618643087214"), "U08.pay": ("other", "吉林省博睿信息咨询有限公司"),
 "U09.m": ("phone", "+8615143196027"), "U09.wx": ("wechat", "liulaoshi_ai"),
 "U09.uscc": ("uscc", USCC_U09),
 "I01.m": ("phone", "+8613614409873"),
 "I02.m": ("phone", "+8615019282406"), "I02.wx": ("wechat", "hx_zh2024"),
 "I03.mail": ("email", "bd_biaozhu@sina.com"), "I03.qq": ("qq", "3319044712"),
 "I04.wx": ("wechat", "xiaobai_ai99"),
 "I05.l": ("phone", "07568826413"), "I05.mail": ("email", "jxjy@nwvtc.edu.cn"),
 "I06.m": ("phone", "+8617704318856"), "I06.wx": ("wechat", "sbgf_cc"),
}

# ---------- decoys: written forms; pages computed by scanning ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社部门公共服务热线, quoted by notices, warnings and sellers alike"),
 ("phone", "12315", ["12315"], "市场监管投诉热线, quoted in warnings and by sellers"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, cited by honest and dishonest sellers"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "技能人才评价工作网, official"),
 ("phone", "4001867720", ["400-186-7720"], "课多多 marketplace customer-service line in every page footer"),
 ("email", "kefu@keduoduo.cn", ["kefu@keduoduo.cn"], "课多多 marketplace footer e-mail"),
 ("other", "京ICP备18035527号", ["京ICP备18035527号"], "课多多 marketplace ICP number in footer"),
 ("qq_group", "613208845", ["613208845"], "forum's own QQ group in footer"),
 ("other", "吉ICP备19004417号-2", ["吉ICP备19004417号-2"], "classifieds site ICP in footer"),
 ("domain", "yifenlei.cn", ["www.yifenlei.cn"], "classifieds platform's own domain in footer"),
 ("phone", "4009003366", ["4009-003-366"], "shop platform customer service in footer"),
 ("phone", "95188", ["95188"], "Alipay (payment platform) hotline on shop pages"),
 ("email", "tougao@weiwenzhai.com", ["tougao@weiwenzhai.com"], "repost site's own footer e-mail"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform report line in footer"),
 ("phone", "07562118110", ["0756-2118110"], "news site's news hotline in footer"),
 ("phone", "+8617104325589", ["171-0432-5589", "17104325589"], "scammer's number quoted in a complaint and in news; not a seller in this web"),
 ("phone", "+8615820250916", ["15820250916"], "an order number quoted in a complaint and in the news report"),
 ("phone", "+8613022603150", ["13022603150"], "an assessment batch number (认定批次号), not a phone"),
 ("other", "S000022000001254000117", ["S000022000001254000117"], "sample certificate number copied onto several sellers' pages"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone number"),
 ("email", "name@example.com", ["name@example.com"], "template placeholder e-mail in sign-up forms"),
 ("wechat", "lily_cc0431", ["lily_cc0431"], "a reader's own WeChat in comments"),
 ("phone", "+8613304316672", ["13304316672"], "a reader's own phone in comments"),
 ("phone", "07562611888", ["0756-2611888"], "exam venue front desk (third party) quoted by several sellers"),
 ("domain", "wj.qq.com", ["wj.qq.com"], "form tool (腾讯问卷) used for sign-up by several sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (金数据) used by several sellers"),
 ("phone", "07568812000", ["0756-8812000"], "college switchboard in the college site footer"),
]

# ---------- site frames ----------
SITES = {}
def site(key, name, css, menu, side, footer, crumb_root):
    SITES[key] = dict(name=name, css=css, menu=menu, side=side, footer=footer, root=crumb_root)

site("zhixin", "长春智信职业培训学校", "corp",
     [("首页", "/zhixin/index.html"), ("人工智能训练师", "/zhixin/course-ai.html"), ("师资力量", "/zhixin/index.html#teachers"), ("联系我们", "/zhixin/index.html#contact")],
     "<h3>热门课程</h3><ul><li><a href='/zhixin/course-ai.html'>人工智能训练师(五级/四级)</a></li><li>电子商务师</li><li>健康管理师</li></ul>",
     "长春智信职业培训学校 · 地址：长春市朝阳区西安大路 1088 号 4 楼 · 电话：0431-85612207 · 邮箱：zhixin_px@163.com · 官网 www.zxpx-ai.cn<br>统一社会信用代码：" + USCC_U01 + " · 吉ICP备20008821号",
     "首页")
site("kecheng", "课多多·职业技能课堂", "market",
     [("首页", "/kecheng/index.html"), ("职业技能", "/kecheng/index.html#skill"), ("IT/人工智能", "/kecheng/index.html#ai"), ("我的课程", "/kecheng/index.html#my")],
     "<div class='side'><h4>猜你喜欢</h4><ul><li><a href='/kecheng/item-1001.html'>智信·人工智能训练师五级</a></li><li><a href='/kecheng/item-1005.html'>AI训练师证书一站式服务</a></li><li><a href='/kecheng/item-1006.html'>数据标注员实操班</a></li></ul></div>",
     "课多多 keduoduo.cn · 客服热线 400-186-7720（9:00-21:00）· 客服邮箱 kefu@keduoduo.cn · 京ICP备18035527号 · 平台仅提供信息展示，课程由入驻机构提供",
     "课多多首页")
site("bbs", "职场人论坛 · 技能证书版", "forum",
     [("论坛首页", "/bbs/index.html"), ("技能证书", "/bbs/index.html#cert"), ("求职招聘", "/bbs/index.html#job"), ("版规", "/bbs/index.html#rule")],
     "<div class='side'><b>版块公告</b><p>禁止发布包过、代考类广告，发现请举报。论坛交流QQ群：613208845</p></div>",
     "职场人论坛 zcrbbs.net · 官方QQ群 613208845 · 管理员邮箱 admin@zcrbbs.net · 粤ICP备17062231号",
     "论坛首页")
site("fenlei", "易分类 · 长春/珠海分类信息", "classified",
     [("首页", "/fenlei/index.html"), ("长春·教育培训", "/fenlei/index.html#cc"), ("珠海·教育培训", "/fenlei/index.html#zh"), ("免费发布", "/fenlei/index.html#post")],
     "<div class='side'><h4>安全提示</h4><p>凡是要求先交定金、保证拿证的，都请提高警惕。</p><h4>相关分类</h4><p>职业培训 · 学历教育 · IT培训</p></div>",
     "易分类 www.yifenlei.cn · 客服 0431-86995500 · 吉ICP备19004417号-2 · 本站信息由用户自行发布，请自行核实",
     "易分类")
site("wenda", "知了问答", "qa",
     [("首页", "/wenda/index.html"), ("职场", "/wenda/index.html#job"), ("教育", "/wenda/index.html#edu"), ("提问", "/wenda/index.html#ask")],
     "<div class='side'><h4>相关问题</h4><ul><li><a href='/wenda/q-5.html'>人工智能训练师证书有用吗？</a></li><li><a href='/wenda/q-1.html'>长春哪里能考人工智能训练师？</a></li></ul></div>",
     "知了问答 zhiliaowd.com · 举报邮箱 jubao@zhiliaowd.com · 回答仅代表网友个人观点",
     "知了问答")
site("mp", "微文摘 · 公众号文章精选", "repost",
     [("首页", "/mp/index.html"), ("职场", "/mp/index.html#job"), ("教育", "/mp/index.html#edu"), ("投稿", "/mp/index.html#tougao")],
     "<div class='side'><h4>热门文章</h4><ul><li><a href='/mp/art-4.html'>人社部门提醒：警惕山寨证书</a></li><li><a href='/mp/art-2.html'>AI训练师到底值不值得考</a></li></ul></div>",
     "微文摘 weiwenzhai.com · 文章转载自微信公众号，版权归原作者 · 投稿/删稿：tougao@weiwenzhai.com",
     "微文摘")
site("video", "快看短视频", "video",
     [("推荐", "/video/index.html"), ("知识", "/video/index.html#zhishi"), ("同城", "/video/index.html#tc"), ("下载App", "/video/index.html#app")],
     "<div class='side'><h4>相关推荐</h4><ul><li><a href='/video/v-2.html'>0基础学AI训练师</a></li><li><a href='/video/v-5.html'>数据标注日常</a></li></ul></div>",
     "快看短视频 · 违法和不良信息举报电话 400-140-2108 · 网络文化经营许可证 京网文〔2021〕1234-056号",
     "推荐")
site("news", "珠海民生网", "news",
     [("首页", "/news/index.html"), ("本地", "/news/index.html#local"), ("教育", "/news/index.html#edu"), ("曝光台", "/news/index.html#bgt")],
     "<div class='side'><h4>曝光台</h4><p>有线索？请拨打新闻热线 0756-2118110</p><h4>热点</h4><ul><li><a href='/news/n-1.html'>花八千买的“人社部证书”查不到</a></li></ul></div>",
     "珠海民生网 · 新闻热线 0756-2118110 · 粤ICP备16021118号 · 未经授权禁止转载",
     "首页")
site("college", "珠海南湾职业技术学院 继续教育学院", "college",
     [("学院首页", "/college/index.html"), ("通知公告", "/college/index.html#notice"), ("社会培训", "/college/index.html#px"), ("联系我们", "/college/index.html#lx")],
     "<div class='side'><h4>快速链接</h4><ul><li><a href='/college/notice-2.html'>认定考场须知</a></li><li>学历继续教育</li></ul></div>",
     "珠海南湾职业技术学院 · 学院总机 0756-8812000 · 地址：珠海市金湾区南湾大道 88 号",
     "学院首页")
site("rsj", "长春市人力资源和社会保障局（公众服务）", "gov",
     [("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"), ("政策解读", "/rsj/index.html#zcjd"), ("办事指南", "/rsj/index.html#bszn")],
     "<div class='side'><h4>便民服务</h4><ul><li>证书查询：zscx.osta.org.cn</li><li>咨询电话：12333</li></ul></div>",
     "主办：长春市人力资源和社会保障局 · 咨询服务热线 12333 · 吉ICP备05003388号",
     "首页")
site("shop", "淘好课商城", "shop",
     [("首页", "/shop/index.html"), ("职业技能", "/shop/index.html#zyjn"), ("证书服务", "/shop/index.html#zs"), ("购物车", "/shop/index.html#cart")],
     "<div class='side'><h4>看了又看</h4><ul><li><a href='/shop/item-2.html'>人工智能训练师三级</a></li><li><a href='/shop/item-5.html'>数据标注实训</a></li></ul><p>支付宝担保交易，支付问题请联系支付宝客服 95188</p></div>",
     "淘好课商城 · 平台客服 4009-003-366 · 消费者权益保护请拨打 12315 · 浙B2-20190088",
     "淘好课首页")

PAGES = []
def page(path, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, ids=list(ids), note=note, crumbs=crumbs))

# ================= zhixin (training company, U01, honest) =================
page("/zhixin/index.html", "长春智信职业培训学校 - 人工智能训练师培训报名",
 """<div class='banner'>人社部门备案培训机构 · 人工智能训练师（4-04-05-05）五级/四级培训招生中</div>
<p>长春智信职业培训学校成立于2016年，是经长春市朝阳区人社局审批的民办职业培训学校。2026年春季班开设<b>人工智能训练师（数据标注员方向）</b>五级、四级培训，理论+上机实操，培训结束后由备案评价机构组织认定考试。</p>
<p>报考条件：五级需累计从事本职业或相关职业工作满1年，或本职业学徒期满；四级需取得五级证书后工作满4年等，具体以国家职业技能标准为准。不承诺通过，考试不合格可免费重学一次。</p>
<p id='teachers'>师资：校内讲师4人，均有数据标注项目经验。</p>
<p id='contact'>报名咨询：139 4310 2875（同微信） 座机 0431-85612207</p>
<p>补贴政策请以人社部门公布为准，可拨打 12333 咨询。证书可在 zscx.osta.org.cn 查询。</p>""",
 True, "U01", "长春智信职业培训学校",
 [("U01.m", "139 4310 2875"), ("U01.l", "0431-85612207"), ("U01.mail", "zhixin_px@163.com"), ("U01.dom", "www.zxpx-ai.cn"), ("U01.uscc", USCC_U01)],
 "training school home page inviting enrolment")
page("/zhixin/course-ai.html", "人工智能训练师五级（初级工）培训班 - 智信职培",
 """<h2>人工智能训练师五级（初级工）周末班</h2>
<table class='spec'><tr><td>参考学时</td><td>60 学时（理论 20 + 实操 40）</td></tr>
<tr><td>培训费</td><td>1680 元（含教材、上机）；认定费按评价机构标准另收</td></tr>
<tr><td>开班时间</td><td>2026年3月14日，每周六、日</td></tr>
<tr><td>认定</td><td>拟参加本市认定批次号13022603150，以评价机构通知为准</td></tr></table>
<p>符合条件且缴纳失业保险满1年的学员，取证后可按规定申请技能提升补贴（五级最高1000元），本校协助准备材料，不代办、不保证。</p>
<p>报名：139 4310 2875 ／ 微信 ZhiXin_AI88 ／ 电话 0431-85612207</p>""",
 True, "U01", "智信职培",
 [("U01.m", "139 4310 2875"), ("U01.wx", "ZhiXin_AI88"), ("U01.l", "0431-85612207"), ("U01.mail", "zhixin_px@163.com"), ("U01.dom", "www.zxpx-ai.cn"), ("U01.uscc", USCC_U01)],
 "course page of the training school", crumbs=[("人工智能训练师", None)])

# ================= kecheng (marketplace) =================
page("/kecheng/index.html", "课多多 - 职业技能课程 - 人工智能训练师",
 "<h2 id='ai'>人工智能训练师 相关课程</h2><ul class='grid'>"
 "<li><a href='/kecheng/item-1001.html'>【长春】人工智能训练师五级 周末班</a> ￥1680</li>"
 "<li><a href='/kecheng/item-1002.html'>人工智能训练师三级 人社证书 包过班</a> ￥3980</li>"
 "<li><a href='/kecheng/item-1003.html'>【珠海】0基础AI训练师 技师/高级技师</a> ￥6800</li>"
 "<li><a href='/kecheng/item-1004.html'>人工智能训练师 三证合一 鉴定中心直招</a> ￥4580</li>"
 "<li><a href='/kecheng/item-1005.html'>AI训练师证书一站式服务 三级+二级</a> ￥5200</li>"
 "<li><a href='/kecheng/item-1006.html'>数据标注员实操班（长春）</a> ￥980</li></ul>"
 "<p id='skill'>平台提示：课多多不参与证书发放，请认准人社部门备案的评价机构。</p>",
 note="marketplace category index")
page("/kecheng/item-1001.html", "【长春】人工智能训练师五级 周末班 - 课多多",
 """<div class='item'><h2>【长春】人工智能训练师五级（初级工）周末班</h2><p class='price'>￥1680 <s>￥1980</s></p>
<p>机构：智信AI学院（长春智信职业培训学校）｜ 已报名 126 人 ｜ 评分 4.8</p>
<p>课程介绍：60学时理论+实操，覆盖数据采集与处理、数据标注、智能系统运维基础。学完参加备案评价机构认定，证书可在 jndj.osta.org.cn 查询。</p>
<p>机构联系方式：13943102875，微信 zhixin_ai88，官网 zxpx-ai.cn</p></div>
<div class='review'><b>学员评价</b><p>老师讲得细，实操多。——平台用户 m***3</p></div>""",
 True, "U01", "智信AI学院",
 [("U01.m", "13943102875"), ("U01.wx", "zhixin_ai88"), ("U01.dom", "zxpx-ai.cn")],
 "marketplace listing by the Changchun school", crumbs=[("IT/人工智能", "/kecheng/index.html")])
page("/kecheng/item-1002.html", "人工智能训练师三级 人社部颁发 包过班 - 课多多",
 """<div class='item'><h2>人工智能训练师三级（高级工）人社证书 包过班</h2><p class='price'>￥3980 <s>原价￥6800</s></p>
<p>机构：中智人才认证中心</p>
<p>★ 国家职业资格证书，人社部颁发，全国通用，官网可查！<br>★ 不限学历不限经验，零基础直接报三级，包过，不过全额退款<br>★ 查询网址：www.zgjnrc-cx.com（入库可查）</p>
<p>证书样本编号：S000022000001254000117</p>
<p>咨询老师：155 9043 7716　QQ：2906113458</p></div>
<div class='review'><b>学员评价</b><p>还没拿到证，等了三个月了。——平台用户 z***9</p></div>""",
 True, "U02", "中智人才认证中心",
 [("U02.m", "155 9043 7716"), ("U02.qq", "2906113458"), ("U02.dom", "www.zgjnrc-cx.com")],
 "dishonest listing: 人社部颁发, 包过, fake query domain", crumbs=[("IT/人工智能", "/kecheng/index.html")])
page("/kecheng/item-1003.html", "【珠海】0基础AI训练师 技师/高级技师 - 课多多",
 """<div class='item'><h2>【珠海】0基础 人工智能训练师 二级技师 / 一级高级技师 速通</h2><p class='price'>￥6800</p>
<p>机构：湾区数智学院</p>
<p>零基础、不限学历、不限经验，30天拿技师证！可申请落户积分、可挂靠年入2万+。考试地点：珠海南湾职院考点（考点前台 0756-2611888）。</p>
<p>报名热线：189 2330 6642 学员交流群 783 201 556(群)</p></div>""",
 True, "U03", "湾区数智学院",
 [("U03.m", "189 2330 6642"), ("U03.qg", "783 201 556")],
 "dishonest: level 2/1 to beginners, 挂靠 lure", crumbs=[("IT/人工智能", "/kecheng/index.html")])
page("/kecheng/item-1004.html", "人工智能训练师 三证合一 鉴定中心直招 - 课多多",
 """<div class='item'><h2>人工智能训练师 五级+四级+三级 三证合一 鉴定中心直招</h2><p class='price'>￥4580（三个等级一起报立减1200）</p>
<p>机构：吉林省现代职业技能评价中心（统一社会信用代码 """ + USCC_U06 + """）</p>
<p>工信部、人社部双认证，一次考试三本证书，官网 zscx.osta.org.cn 可查。证书样本：S000022000001254000117</p>
<p>招生办：176 4312 0958　微信：jljd_0431</p></div>""",
 True, "U06", "吉林省现代职业技能评价中心",
 [("U06.m", "176 4312 0958"), ("U06.wx", "jljd_0431"), ("U06.uscc", USCC_U06)],
 "dishonest: three levels at once, 工信部 claim, state-sounding company (91 code)", crumbs=[("IT/人工智能", "/kecheng/index.html")])
page("/kecheng/item-1005.html", "AI训练师证书一站式服务 三级+二级 - 课多多",
 """<div class='item'><h2>AI训练师证书一站式服务｜三级+二级打包 ￥5200</h2>
<p>机构：AI证书服务站</p>
<p>按证收费，不用上课，资料提交后60天出证。证书直接对应职称，可评助理工程师。报名表在线填写：jinshuju.net/f/aicert</p>
<p>加微信 aicert-zhan 领取报考资料。收款单位：吉林省博睿信息咨询有限公司</p></div>""",
 True, "U08", "AI证书服务站",
 [("U08.wx", "aicert-zhan"), ("U08.pay", "吉林省博睿信息咨询有限公司")],
 "dishonest: price per certificate, no training, 职称 overclaim", crumbs=[("IT/人工智能", "/kecheng/index.html")])
page("/kecheng/item-1006.html", "数据标注员实操班（长春）- 课多多",
 """<div class='item'><h2>数据标注员实操班（人工智能训练师五级方向）</h2><p class='price'>￥980</p>
<p>机构：长春鼎学教育</p>
<p>20次课，图像框选、语音转写、文本分类实操。结课后可自愿报名参加备案机构的五级认定（认定费另付，需满足1年工作年限）。不承诺取证。</p>
<p>课程顾问：136 1440 9873</p></div>""",
 True, "I01", "长春鼎学教育", [("I01.m", "136 1440 9873")],
 "independent honest annotation course", crumbs=[("IT/人工智能", "/kecheng/index.html")])

# ================= bbs (forum) =================
page("/bbs/index.html", "技能证书版 - 职场人论坛",
 "<table class='threads'><tr><th>主题</th><th>作者</th></tr>"
 "<tr><td><a href='/bbs/thread-1.html'>[避坑] 交了3980的人工智能训练师，证书查不到</a></td><td>春城打工人</td></tr>"
 "<tr><td><a href='/bbs/thread-2.html'>[招生] 珠海AI训练师技师班，0基础可报</a></td><td>湾智小助手</td></tr>"
 "<tr><td><a href='/bbs/thread-3.html'>[推广] 研究院直属 AI训练师 挂靠指导</a></td><td>AI人才中心</td></tr>"
 "<tr><td><a href='/bbs/thread-4.html'>珠海人工智能训练师四级班 周末上课</a></td><td>华信人才</td></tr>"
 "<tr><td><a href='/bbs/thread-5.html'>人工智能训练师五级到底要不要一年工作经验？</a></td><td>zh_小林</td></tr></table>",
 note="forum board index")
page("/bbs/thread-1.html", "[避坑] 交了3980的人工智能训练师，证书查不到 - 职场人论坛",
 """<div class='post'><b>春城打工人</b> 发表于 2026-01-09<p>去年在网上报了个人工智能训练师三级，说人社部颁发、包过。对方电话 171-0432-5589，交完钱就拉黑了。订单号 15820250916，去 zscx.osta.org.cn 查无此证。已经打 12315 投诉了，大家小心！</p></div>
<div class='post'><b>吉林小王</b><p>同遇到过，号码 17104325589 也打过给我。建议报名前先去 osta.mohrss.gov.cn 查机构备案。</p></div>
<div class='post'><b>路过的</b><p>楼主加我 lily_cc0431，一起整理材料去维权</p></div>""",
 note="complaint thread quoting a scammer's number and an order number", crumbs=[("技能证书", "/bbs/index.html")])
page("/bbs/thread-2.html", "[招生] 珠海AI训练师技师班，0基础可报 - 职场人论坛",
 """<div class='post'><b>湾智小助手</b> 发表于 2026-01-12<p>湾智教育（湾区数智学院）珠海校区春季班开始报名啦！人工智能训练师二级技师，零基础可报，不看学历，一个月拿证。名额有限，电话 18923306642，微信 wanzhi-edu。</p></div>
<div class='post'><b>zh_阿杰</b><p>零基础直接技师？靠谱吗</p></div>
<div class='post'><b>小莉</b><p>我也想报，有一起的加我 lily_cc0431</p></div>""",
 True, "U03", "湾智教育", [("U03.m", "18923306642"), ("U03.wx", "wanzhi-edu")],
 "forum ad post by Zhuhai outfit", crumbs=[("技能证书", "/bbs/index.html")])
page("/bbs/thread-3.html", "[推广] 研究院直属 AI训练师 挂靠指导 - 职场人论坛",
 """<div class='post'><b>AI人才中心</b> 发表于 2026-01-15<p>湾区AI人才中心（粤港澳人工智能产业研究院直属）招收人工智能训练师学员，取证后可挂靠企业，年收入2-5万。考点在南湾职院，前台 0756-2611888 可咨询考场位置。</p>
<p>联系：13925618830（李老师） QQ 1592633087</p></div>""",
 True, "U07", "湾区AI人才中心", [("U07.m", "13925618830"), ("U07.qq", "1592633087")],
 "forum ad post with 挂靠 income lure", crumbs=[("技能证书", "/bbs/index.html")])
page("/bbs/thread-4.html", "珠海人工智能训练师四级班 周末上课 - 职场人论坛",
 """<div class='post'><b>华信人才</b> 发表于 2026-01-18<p>珠海华信人才培训，人工智能训练师四级（中级工）周末班，需已取得五级证书并满足工作年限，50学时，费用2200元。报名 150-1928-2406，微信 hx_zh2024。</p></div>""",
 True, "I02", "珠海华信人才", [("I02.m", "150-1928-2406"), ("I02.wx", "hx_zh2024")],
 "independent forum post", crumbs=[("技能证书", "/bbs/index.html")])
page("/bbs/thread-5.html", "人工智能训练师五级到底要不要一年工作经验？ - 职场人论坛",
 """<div class='post'><b>zh_小林</b><p>看到很多广告说不限经验，标准里五级不是要求累计工作满1年或者学徒期满吗？</p></div>
<div class='post'><b>版主</b><p>标准原文就是这样。说不限条件还包过的，基本不用考虑。可以打 12333 问本地人社。</p></div>""",
 note="discussion thread, no offer", crumbs=[("技能证书", "/bbs/index.html")])

# ================= fenlei (classifieds) =================
page("/fenlei/index.html", "易分类 - 教育培训 - 长春 珠海",
 "<h3 id='cc'>长春 · 教育培训</h3><ul>"
 "<li><a href='/fenlei/cc/ad-1.html'>智信职培 人工智能训练师五级招生</a></li>"
 "<li><a href='/fenlei/cc/ad-2.html'>人工智能训练师证书 国家认可 包过</a></li>"
 "<li><a href='/fenlei/cc/ad-4.html'>吉鉴教育 AI训练师鉴定报名</a></li>"
 "<li><a href='/fenlei/cc/ad-6.html'>小刘老师 AI训练师 一对一辅导</a></li></ul>"
 "<h3 id='zh'>珠海 · 教育培训</h3><ul>"
 "<li><a href='/fenlei/zh/ad-3.html'>数据标注员招聘+培训（珠海）</a></li>"
 "<li><a href='/fenlei/zh/ad-5.html'>人工智能训练师 研究院直招</a></li></ul>",
 note="classifieds index")
page("/fenlei/cc/ad-1.html", "智信职培 人工智能训练师五级招生 - 长春易分类",
 """<div class='ad'><h2>智信职培｜人工智能训练师五级春季班</h2><p>区域：朝阳区 · 西安大路</p>
<p>60学时，周末上课，适合已从事数据标注、客服质检等相关工作满一年的朋友。学费1680元，不承诺通过。</p>
<p>联系人：王老师 139-4310-2875　座机 (0431)8561 2207</p></div>""",
 True, "U01", "智信职培", [("U01.m", "139-4310-2875"), ("U01.l", "(0431)8561 2207")],
 "classified ad of the Changchun school", crumbs=[("长春", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#cc")])
page("/fenlei/cc/ad-2.html", "人工智能训练师证书 国家认可 包过 - 长春易分类",
 """<div class='ad'><h2>国培人才：人工智能训练师证书 国家认可 官方认证</h2><p>区域：南关区</p>
<p>免培训、包通过，人社部颁发，证书网上可查（zgjnrc-cx.com）。五级、四级、三级均可报，先交定金500锁定名额。</p>
<p>电话：15590437716</p></div>""",
 True, "U02", "国培人才", [("U02.m", "15590437716"), ("U02.dom", "zgjnrc-cx.com")],
 "dishonest classified", crumbs=[("长春", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#cc")])
page("/fenlei/zh/ad-3.html", "数据标注员招聘+培训（珠海）- 珠海易分类",
 """<div class='ad'><h2>珠海标注人才培训中心：数据标注员招聘，岗前培训可考人工智能训练师五级</h2><p>区域：香洲区</p>
<p>先培训后上岗，培训免费，考核合格签劳动合同。工作满一年后可自愿报考五级认定。报名表：wj.qq.com/s2/1938820/</p>
<p>电话 0756-3382219　简历投递 hr@zhbiaozhu.com</p></div>""",
 True, "U04", "珠海标注人才培训中心", [("U04.l", "0756-3382219"), ("U04.mail", "hr@zhbiaozhu.com")],
 "honest job+training ad", crumbs=[("珠海", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#zh")])
page("/fenlei/cc/ad-4.html", "吉鉴教育 AI训练师鉴定报名 - 长春易分类",
 """<div class='ad'><h2>吉鉴教育｜人工智能训练师鉴定报名 三证合一</h2><p>区域：绿园区</p>
<p>鉴定中心直属，三级+四级+五级一次拿，人社部、工信部双认证。</p>
<p>手机 17643120958 / 电话 0431-81937740（填写示例：13800138000 请替换为本人号码）</p></div>""",
 True, "U06", "吉鉴教育", [("U06.m", "17643120958"), ("U06.l", "0431-81937740")],
 "dishonest classified of the state-sounding outfit", crumbs=[("长春", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#cc")])
page("/fenlei/zh/ad-5.html", "人工智能训练师 研究院直招 - 珠海易分类",
 """<div class='ad'><h2>粤港澳人工智能产业研究院 直招人工智能训练师学员</h2><p>区域：横琴</p>
<p>研究院官方指定培训，取证后推荐挂靠，年入数万。协议就业！</p>
<p>企鹅：1592633087　邮箱 ygarii＠126.com</p></div>""",
 True, "U07", "粤港澳人工智能产业研究院", [("U07.qq", "1592633087"), ("U07.mail", "ygarii＠126.com")],
 "dishonest classified (官方指定, 协议就业)", crumbs=[("珠海", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#zh")])
page("/fenlei/cc/ad-6.html", "小刘老师 AI训练师 一对一辅导 - 长春易分类",
 """<div class='ad'><h2>小刘老师：人工智能训练师 考证辅导 一对一</h2><p>区域：二道区</p>
<p>本人做数据标注项目5年，辅导五级、四级理论和实操，按次收费200元/次，考证自己报名，不代报不包过。</p>
<p>电话 151 4319 6027</p></div>""",
 True, "U09", "小刘老师", [("U09.m", "151 4319 6027")],
 "honest individual tutor", crumbs=[("长春", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#cc")])

# ================= wenda (Q&A) =================
page("/wenda/index.html", "知了问答 - 人工智能训练师",
 "<ul class='qlist'>"
 "<li><a href='/wenda/q-1.html'>长春哪里能考人工智能训练师？</a> 3个回答</li>"
 "<li><a href='/wenda/q-2.html'>AI训练师网课哪家好？想零基础转行</a> 5个回答</li>"
 "<li><a href='/wenda/q-3.html'>有没有人能辅导人工智能训练师实操？</a> 2个回答</li>"
 "<li><a href='/wenda/q-4.html'>珠海有招数据标注员的吗，能考证那种</a> 2个回答</li>"
 "<li><a href='/wenda/q-5.html'>人工智能训练师证书有用吗？是国家职业资格吗？</a> 4个回答</li></ul>",
 note="Q&A index")
page("/wenda/q-1.html", "长春哪里能考人工智能训练师？ - 知了问答",
 """<div class='q'><h2>长春哪里能考人工智能训练师？</h2><p>提问者：匿名用户</p></div>
<div class='a'><b>国培AI认证 回答：</b><p>我们国培这边可以报，三级直接考，人社部颁发，包过不过退费。加微信 gprc_kf01 或电话 155-9043-7716 咨询。</p></div>
<div class='a'><b>网友 lily 回答：</b><p>我也在找，有消息麻烦告诉我，微信 lily_cc0431</p></div>""",
 True, "U02", "国培AI认证", [("U02.wx", "gprc_kf01"), ("U02.m", "155-9043-7716")],
 "seller's answer on Q&A", crumbs=[("职场", "/wenda/index.html#job")])
page("/wenda/q-2.html", "AI训练师网课哪家好？想零基础转行 - 知了问答",
 """<div class='q'><h2>AI训练师网课哪家好？想零基础转行</h2></div>
<div class='a'><b>智训云课堂 回答：</b><p>推荐我们智训云课堂的AI训练师速成营，90%小白都能学会，原价9999限时99！学完直接推荐考一级高级技师。官网 www.aixlsy.com，全国热线 4008 627 715。</p></div>
<div class='a'><b>网友 回答：</b><p>一级要二级证书加四年，楼上别信。</p></div>""",
 True, "U05", "智训云课堂", [("U05.dom", "www.aixlsy.com"), ("U05.400", "4008 627 715")],
 "online outfit's answer, 原价9999限时99", crumbs=[("教育", "/wenda/index.html#edu")])
page("/wenda/q-3.html", "有没有人能辅导人工智能训练师实操？ - 知了问答",
 """<div class='q'><h2>有没有人能辅导人工智能训练师实操？</h2></div>
<div class='a'><b>刘老师AI培训工作室 回答：</b><p>长春的话可以找我，一对一辅导实操，按次收费。电话 151 四三一九 6027，微信同名 liulaoshi_ai。</p></div>""",
 True, "U09", "刘老师AI培训工作室", [("U09.m", "151 四三一九 6027"), ("U09.wx", "liulaoshi_ai")],
 "individual tutor answer; phone written half in Chinese numerals", crumbs=[("教育", "/wenda/index.html#edu")])
page("/wenda/q-4.html", "珠海有招数据标注员的吗，能考证那种 - 知了问答",
 """<div class='q'><h2>珠海有招数据标注员的吗，能考证那种</h2></div>
<div class='a'><b>北斗数据标注基地 回答：</b><p>我们基地在珠海高新区，长期招标注员，带薪培训，满一年可报人工智能训练师五级。报名填 wj.qq.com 问卷或发简历到 bd_biaozhu@sina.com，QQ 3319044712。</p></div>""",
 True, "I03", "北斗数据标注基地", [("I03.mail", "bd_biaozhu@sina.com"), ("I03.qq", "3319044712")],
 "independent honest answer", crumbs=[("职场", "/wenda/index.html#job")])
page("/wenda/q-5.html", "人工智能训练师证书有用吗？是国家职业资格吗？ - 知了问答",
 """<div class='q'><h2>人工智能训练师证书有用吗？是国家职业资格吗？</h2></div>
<div class='a'><b>人力资源从业者 回答：</b><p>不是国家职业资格证书，是职业技能等级证书，由人社部门备案的评价机构颁发，不是人社部颁发。真假可在 zscx.osta.org.cn 查，拿不准就打 12333。</p></div>""",
 note="explanatory answer, no offer", crumbs=[("教育", "/wenda/index.html#edu")])

# ================= mp (WeChat article reposts) =================
page("/mp/index.html", "微文摘 - 职场·教育",
 "<ul class='alist'>"
 "<li><a href='/mp/art-1.html'>珠海这家公司招数据标注员，包培训</a>（来源：珠海招聘圈）</li>"
 "<li><a href='/mp/art-2.html'>AI训练师到底值不值得考？看完这篇就懂了</a>（来源：智训云课堂）</li>"
 "<li><a href='/mp/art-3.html'>2026年人工智能训练师报考指南（附报名通道）</a>（来源：证书那些事）</li>"
 "<li><a href='/mp/art-4.html'>人社部门提醒：警惕山寨证书</a>（来源：长春人社）</li></ul>",
 note="repost site index")
page("/mp/art-1.html", "珠海这家公司招数据标注员，包培训 - 微文摘",
 """<div class='meta'>来源：公众号「珠海招聘圈」 2026-01-20 转载</div>
<p>珠标教育（珠海标注人才培训中心）近期招聘数据标注员30名，岗前培训两周免费，合格后上岗，月薪4500起。</p>
<p>公司表示，员工工作满一年后可自愿报考人工智能训练师五级，认定由备案评价机构组织，公司不代办证书。</p>
<p>应聘电话：137 0256 3389；简历：HR@zhbiaozhu.com</p>""",
 True, "U04", "珠标教育", [("U04.m", "137 0256 3389"), ("U04.mail", "HR@zhbiaozhu.com")],
 "repost of a job+training ad", crumbs=[("职场", "/mp/index.html#job")])
page("/mp/art-2.html", "AI训练师到底值不值得考？看完这篇就懂了 - 微文摘",
 """<div class='meta'>来源：公众号「智训云课堂」 2026-01-22 转载</div>
<p>人工智能训练师是人社部认证的新职业！拿到证书便可升职加薪。AI训练师速成营，零基础可学，4小时速成，包过。</p>
<p>原价9999，限时99元！报名通道：aixlsy.com/sign ，或添加助教微信 AIXLS_2025。报名信息登记：jinshuju.net/f/aixls</p>""",
 True, "U05", "AI训练师速成营", [("U05.dom", "aixlsy.com"), ("U05.wx", "AIXLS_2025")],
 "repost of an online outfit's advertorial", crumbs=[("教育", "/mp/index.html#edu")])
page("/mp/art-3.html", "2026年人工智能训练师报考指南（附报名通道）- 微文摘",
 """<div class='meta'>来源：公众号「证书那些事」 2026-01-25 转载</div>
<p>人工智能训练师分五个等级……很多人问能不能同时报三级和二级？可以！博睿证书一站式服务，三级+二级打包，按证收费。</p>
<p>报名请加微信 AICert-Zhan，或直接电话 18643087214。报名表：jinshuju.net/f/aicert 填写邮箱如 name@example.com。</p>""",
 True, "U08", "博睿证书", [("U08.wx", "AICert-Zhan"), ("U08.m", "18643087214")],
 "guide article that turns into an offer", crumbs=[("教育", "/mp/index.html#edu")])
page("/mp/art-4.html", "人社部门提醒：警惕山寨证书 - 微文摘",
 """<div class='meta'>来源：公众号「长春人社」 转载</div>
<p>近期有群众反映，有机构以“人社部颁发”“包过”“免培训”为噱头销售人工智能训练师证书。职业技能等级证书由备案评价机构颁发，可通过 zscx.osta.org.cn 和 osta.mohrss.gov.cn 查询。</p>
<p>如遇虚假宣传，请拨打 12315 投诉，政策咨询拨打 12333。</p>""",
 note="official warning repost", crumbs=[("职场", "/mp/index.html#job")])

# ================= video (short video) =================
page("/video/index.html", "快看短视频 - 推荐",
 "<div class='feed'>"
 "<a href='/video/v-1.html'>珠海AI训练师零基础拿技师证 @湾智教育</a> · "
 "<a href='/video/v-2.html'>0基础学AI训练师 原价9999限时99 @智训云课堂</a> · "
 "<a href='/video/v-3.html'>吉鉴教育 鉴定中心实拍 @吉鉴教育</a> · "
 "<a href='/video/v-4.html'>AI训练师证书怎么拿 @AI证书服务站</a> · "
 "<a href='/video/v-5.html'>数据标注日常 @AI小白训练营</a></div>",
 note="short-video feed")
page("/video/v-1.html", "珠海AI训练师零基础拿技师证 - 快看短视频",
 """<div class='vid'><p class='author'>@湾智教育 · 1.2万赞</p><p class='desc'>零基础也能考技师！人工智能训练师二级，一个月出证，可落户加分 #AI训练师 #珠海</p>
<p class='pin'>置顶评论（作者）：想了解的加V Wanzhi-Edu，QQ群：783201556</p></div>
<div class='cmt'><p>用户8821：多少钱</p><p>用户0413：我在长春能报吗 13304316672 回我</p></div>""",
 True, "U03", "湾智教育", [("U03.wx", "Wanzhi-Edu"), ("U03.qg", "783201556")],
 "short video ad", crumbs=[("知识", "/video/index.html#zhishi")])
page("/video/v-2.html", "0基础学AI训练师 原价9999限时99 - 快看短视频",
 """<div class='vid'><p class='author'>@智训云课堂 · 3.4万赞</p><p class='desc'>90%小白都能学会！AI训练师速成，原价9999限时99，交费包过 #人工智能训练师</p>
<p class='pin'>主页简介：vx：aixls_2025 · 热线 400-862-7715</p></div>""",
 True, "U05", "智训云课堂", [("U05.wx", "aixls_2025"), ("U05.400", "400-862-7715")],
 "short video ad of the online outfit", crumbs=[("知识", "/video/index.html#zhishi")])
page("/video/v-3.html", "吉鉴教育 鉴定中心实拍 - 快看短视频",
 """<div class='vid'><p class='author'>@吉鉴教育 · 860赞</p><p class='desc'>吉林省现代职业技能评价中心考场实拍，人工智能训练师三证合一，国家认可 #长春</p>
<p class='pin'>主页：报名电话 0431 8193 7740 ｜ 企业认证 统一社会信用代码 """ + USCC_U06 + """</p></div>
<div class='cmt'><p>用户5520：长春的，13304316672 求联系</p></div>""",
 True, "U06", "吉鉴教育", [("U06.l", "0431 8193 7740"), ("U06.uscc", USCC_U06)],
 "short video of the state-sounding outfit", crumbs=[("同城", "/video/index.html#tc")])
page("/video/v-4.html", "AI训练师证书怎么拿 - 快看短视频",
 """<div class='vid'><p class='author'>@AI证书服务站 · 2100赞</p><p class='desc'>不用上课也能拿人工智能训练师证？三级+二级打包价，私信我 #考证</p>
<p class='pin'>商务合作：186 4308 7214 ／ 邮箱 aicert_zhan#qq.com（#换成@）</p></div>""",
 True, "U08", "AI证书服务站", [("U08.m", "186 4308 7214"), ("U08.mail", "aicert_zhan#qq.com")],
 "short video of the certificate seller", crumbs=[("知识", "/video/index.html#zhishi")])
page("/video/v-5.html", "数据标注日常 - 快看短视频",
 """<div class='vid'><p class='author'>@AI小白训练营 · 540赞</p><p class='desc'>带你看看数据标注员一天做什么。我们的五级训练营第3期招生，线上60学时，598元，考试另行报名 #数据标注</p>
<p class='pin'>了解课程加微信 xiaobai_ai99</p></div>""",
 True, "I04", "AI小白训练营", [("I04.wx", "xiaobai_ai99")],
 "independent online course video", crumbs=[("知识", "/video/index.html#zhishi")])

# ================= news =================
page("/news/index.html", "珠海民生网 - 首页",
 "<ul class='news'>"
 "<li><a href='/news/n-1.html'>花八千买的“人社部证书”查不到 记者调查AI训练师考证乱象</a></li>"
 "<li><a href='/news/n-2.html'>【推广】粤港澳人工智能产业研究院：AI训练师人才缺口百万</a></li>"
 "<li><a href='/news/n-3.html'>情侣路部分路段周末交通管制</a></li></ul>",
 note="news site index")
page("/news/n-1.html", "花八千买的“人社部证书”查不到 记者调查AI训练师考证乱象 - 珠海民生网",
 """<p class='by'>本网记者 陈敏 2026-01-28</p>
<p>市民张先生向本网反映，他通过网上广告报名“人工智能训练师三级包过班”，对方自称人社部颁发，前后支付近八千元，订单号为15820250916。拿到证书后在 zscx.osta.org.cn 却查不到。记者拨打对方留下的手机 171-0432-5589，已无法接通。</p>
<p>律师提醒，职业技能等级证书由备案的评价机构颁发，广告中“包过”“官方指定”均属违法用语。消费者可拨打 12315 投诉，或拨打 12333 咨询。</p>""",
 note="investigative news quoting a scammer's number and an order number", crumbs=[("曝光台", "/news/index.html#bgt")])
page("/news/n-2.html", "【推广】粤港澳人工智能产业研究院：AI训练师人才缺口百万 - 珠海民生网",
 """<p class='by'>推广信息 2026-01-30</p>
<p>记者从粤港澳人工智能产业研究院获悉，人工智能训练师人才缺口超百万。研究院开设人工智能训练师培训，官方指定考点，学员取证后可挂靠企业获得收益。</p>
<p>咨询热线：139-2561-8830，邮箱 ygarii@126.com</p>""",
 True, "U07", "粤港澳人工智能产业研究院", [("U07.m", "139-2561-8830"), ("U07.mail", "ygarii@126.com")],
 "advertorial on a news site", crumbs=[("教育", "/news/index.html#edu")])
page("/news/n-3.html", "情侣路部分路段周末交通管制 - 珠海民生网",
 "<p class='by'>本网讯 2026-01-29</p><p>因举办马拉松活动，情侣路部分路段本周末实行交通管制，请市民提前规划出行路线。</p>",
 note="unrelated local news", crumbs=[("本地", "/news/index.html#local")])

# ================= college =================
page("/college/index.html", "继续教育学院 - 珠海南湾职业技术学院",
 "<ul class='notice'><li><a href='/college/notice-1.html'>关于开设人工智能训练师（四级/三级）社会培训班的通知</a> 2026-01-10</li>"
 "<li><a href='/college/notice-2.html'>2026年第一批职业技能等级认定考场须知</a> 2026-01-15</li></ul>",
 note="college continuing-education index")
page("/college/notice-1.html", "关于开设人工智能训练师社会培训班的通知 - 珠海南湾职业技术学院",
 """<h2>关于开设人工智能训练师（四级/三级）社会培训班的通知</h2>
<p>珠海南湾职业技术学院继续教育学院面向社会开设人工智能训练师四级、三级培训班。报名条件按《人工智能训练师国家职业技能标准（2021年版）》执行：四级需五级证书后工作满4年等，三级需四级证书后工作满5年等。培训费四级1900元、三级2400元，认定由备案评价机构组织，证书可在 jndj.osta.org.cn 查询。</p>
<p>报名方式：填写 wj.qq.com 报名问卷；咨询电话 0756-8826413（继续教育学院办公室），邮箱 jxjy@nwvtc.edu.cn。</p>""",
 True, "I05", "珠海南湾职业技术学院继续教育学院", [("I05.l", "0756-8826413"), ("I05.mail", "jxjy@nwvtc.edu.cn")],
 "college's own enrolment notice", crumbs=[("通知公告", "/college/index.html#notice")])
page("/college/notice-2.html", "2026年第一批职业技能等级认定考场须知 - 珠海南湾职业技术学院",
 """<h2>2026年第一批职业技能等级认定考场须知</h2>
<p>本批次认定批次号13022603150。考生请提前30分钟到达实训楼B座，凭身份证和准考证入场。考场位置咨询考点前台 0756-2611888。本考点不对外承接任何“包过”业务，谨防上当。</p>""",
 note="exam venue notice (front-desk number)", crumbs=[("通知公告", "/college/index.html#notice")])

# ================= rsj (人社局-style) =================
page("/rsj/index.html", "长春市人力资源和社会保障局",
 "<ul class='tzgg'><li><a href='/rsj/notice-1.html'>关于开展技术技能类“山寨证书”专项治理的提示</a></li>"
 "<li><a href='/rsj/notice-2.html'>职业技能提升补贴申领指南（人工智能训练师等）</a></li></ul>",
 note="人社局-style notice index")
page("/rsj/notice-1.html", "关于开展技术技能类“山寨证书”专项治理的提示 - 长春市人社局",
 """<h2>关于开展技术技能类“山寨证书”专项治理的提示</h2>
<p>根据人社部函〔2022〕25号，职业技能等级证书由经人社部门备案的评价机构颁发，政府部门不参与监制。凡宣称“人社部颁发”“包过”“免培训直接发证”的，均属虚假宣传。</p>
<p>证书查询请登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn。举报虚假广告请拨打 12315，政策咨询请拨打 12333。</p>""",
 note="official warning notice", crumbs=[("通知公告", "/rsj/index.html#tzgg")])
page("/rsj/notice-2.html", "职业技能提升补贴申领指南 - 长春市人社局",
 """<h2>职业技能提升补贴申领指南</h2>
<p>参加失业保险累计满1年的职工，取得职业技能等级证书后可申领技能提升补贴：五级最高1000元、四级1500元、三级2000元。二级、一级无此项补贴。</p>
<p>2026年第一批认定批次号13022603150。证书信息以 jndj.osta.org.cn 查询结果为准。咨询 12333。</p>""",
 note="subsidy guide", crumbs=[("办事指南", "/rsj/index.html#bszn")])

# ================= shop =================
page("/shop/index.html", "淘好课商城 - 证书服务",
 "<div class='goods'>"
 "<a href='/shop/item-1.html'>人工智能训练师三级 人社证 包过</a> ￥3980 · "
 "<a href='/shop/item-2.html'>数据标注员岗前培训（珠海）</a> ￥0 · "
 "<a href='/shop/item-3.html'>AI训练师证书 三级+二级 打包</a> ￥5200 · "
 "<a href='/shop/item-4.html'>AI训练师考证辅导 单次</a> ￥200 · "
 "<a href='/shop/item-5.html'>数据标注实训 30天</a> ￥1280</div>",
 note="shop category index")
page("/shop/item-1.html", "人工智能训练师三级 人社证 包过 - 淘好课商城",
 """<div class='sku'><h2>人工智能训练师三级 人社证 包过</h2><p class='price'>￥3980</p>
<p>店铺：国培人才服务旗舰店</p>
<p>国家职业资格证书 · 人社部颁发 · 不过退款。拍下后联系客服微信 GPRC_KF01 或扣扣 2906 113 458 提交资料。</p>
<p>收款户名：长春国培人才服务有限公司</p></div>""",
 True, "U02", "国培人才服务", [("U02.wx", "GPRC_KF01"), ("U02.qq", "2906 113 458"), ("U02.pay", "长春国培人才服务有限公司")],
 "dishonest shop item", crumbs=[("证书服务", "/shop/index.html#zs")])
page("/shop/item-2.html", "数据标注员岗前培训（珠海）- 淘好课商城",
 """<div class='sku'><h2>数据标注员岗前培训（珠海）含上岗推荐</h2><p class='price'>￥0（押金200，上岗后退还）</p>
<p>店铺：珠海标注人才培训中心</p>
<p>营业执照：统一社会信用代码 """ + USCC_U04 + """。满一年工作经历可报人工智能训练师五级，本店不代办证书。</p>
<p>联系电话 13702563389</p></div>""",
 True, "U04", "珠海标注人才培训中心", [("U04.uscc", USCC_U04), ("U04.m", "13702563389")],
 "honest shop item", crumbs=[("职业技能", "/shop/index.html#zyjn")])
page("/shop/item-3.html", "AI训练师证书 三级+二级 打包 - 淘好课商城",
 """<div class='sku'><h2>AI训练师证书 三级+二级 打包 出证快</h2><p class='price'>￥5200</p>
<p>店铺：AI证书服务站</p>
<p>免考试免上课，资料齐全60天出证。售后请加微信 aicert-zhan，或邮件 aicert_zhan@qq.com。</p>
<p>收款单位：吉林省博睿信息咨询有限公司</p></div>""",
 True, "U08", "AI证书服务站", [("U08.wx", "aicert-zhan"), ("U08.mail", "aicert_zhan@qq.com"), ("U08.pay", "吉林省博睿信息咨询有限公司")],
 "dishonest shop item", crumbs=[("证书服务", "/shop/index.html#zs")])
page("/shop/item-4.html", "AI训练师考证辅导 单次 - 淘好课商城",
 """<div class='sku'><h2>人工智能训练师五级/四级 考证辅导 单次课</h2><p class='price'>￥200</p>
<p>店铺：刘老师AI培训工作室（个体工商户，统一社会信用代码 """ + USCC_U09 + """）</p>
<p>线下一对一，长春二道区。拍下后联系 15143196027 约时间，或加微信 liulaoshi_ai。</p></div>""",
 True, "U09", "刘老师AI培训工作室", [("U09.uscc", USCC_U09), ("U09.m", "15143196027"), ("U09.wx", "liulaoshi_ai")],
 "individual tutor's shop item", crumbs=[("职业技能", "/shop/index.html#zyjn")])
page("/shop/item-5.html", "数据标注实训 30天 - 淘好课商城",
 """<div class='sku'><h2>数据标注实训30天（对接人工智能训练师五级）</h2><p class='price'>￥1280</p>
<p>店铺：数标工坊</p>
<p>在线实训+真实项目，结课发结业证明（非职业技能等级证书）。客服电话 177 0431 8856，微信 sbgf_cc。收货手机号格式如 13800138000，邮箱如 name@example.com。</p></div>""",
 True, "I06", "数标工坊", [("I06.m", "177 0431 8856"), ("I06.wx", "sbgf_cc")],
 "independent honest shop item", crumbs=[("职业技能", "/shop/index.html#zyjn")])

# ---------- rendering ----------
CSS = {
 "corp": "body{font-family:SimSun;margin:0}.hd{background:#0a3d8f;color:#fff;padding:12px}.main{display:flex}.content{flex:3;padding:10px}.sidebar{flex:1;background:#eef}",
 "market": "body{font-family:PingFang SC;background:#f6f6f6}.hd{background:#ff6a00;color:#fff}.price{color:#e4393c;font-size:22px}",
 "forum": "body{font-size:12px}.post{border:1px solid #ccc;margin:4px;padding:4px}",
 "classified": "body{font-family:Microsoft YaHei}.ad{border-left:4px solid #3a3}",
 "qa": "body{background:#fafafa}.a{border-top:1px dashed #ddd}",
 "repost": "body{max-width:680px;margin:auto}.meta{color:#888}",
 "video": "body{background:#111;color:#eee}.vid{border:1px solid #333}",
 "news": "body{font-family:SimSun}.by{color:#666}",
 "college": "body{font-family:SimSun}.hd{background:#7a0000;color:#fff}",
 "gov": "body{font-family:SimSun}.hd{background:#c00;color:#fff;text-align:center}",
 "shop": "body{font-family:Arial}.price{color:#f40;font-size:24px}",
}

def render(p):
    key = p["path"].split("/")[1]
    s = SITES[key]
    menu = " | ".join(f"<a href='{h}'>{t}</a>" for t, h in s["menu"])
    crumbs = [(s["root"], f"/{key}/index.html")] + (p["crumbs"] or [])
    if not p["path"].endswith("/index.html") or p["path"].count("/") > 2:
        crumbs = crumbs + [(p["title"].split(" - ")[0], None)]
    cr = " &gt; ".join(f"<a href='{h}'>{t}</a>" if h else t for t, h in crumbs)
    related = "".join(f"<li><a href='{q['path']}'>{q['title'].split(' - ')[0]}</a></li>"
                      for q in PAGES if q["path"].startswith(f"/{key}/") and q["path"] != p["path"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']}</title>
<style>{CSS[s['css']]}</style></head>
<body class="{s['css']}">
<div class="hd"><span class="logo">{s['name']}</span> <nav>{menu}</nav></div>
<div class="crumbs">当前位置：{cr}</div>
<div class="main"><div class="content">
{p['body']}
</div>
<div class="sidebar">{s['side']}<h4>相关链接</h4><ul>{related}</ul></div></div>
<div class="ft">{s['footer']}<br><a href="/index.html">网站导航</a></div>
</body></html>
"""

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    texts = {}
    for p in PAGES:
        fp = os.path.join(OUT, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        t = render(p)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
        texts[p["path"]] = t
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>网址导航 · 人工智能训练师相关</h1><ul>"
    hub += "".join(f"<li><a href='/{k}/index.html'>{v['name']}</a></li>" for k, v in SITES.items())
    hub += "</ul></body></html>\n"
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    texts["/index.html"] = hub
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    truth_pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                    "identifiers": [], "note": "hub linking every site's index"}]
    ops = {}
    for p in PAGES:
        ids = [[ID[k][0], ID[k][1], w] for k, w in p["ids"]]
        truth_pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                            "provider": p["provider"], "identifiers": ids, "note": p["note"]})
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in ids:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pages, "why": why})
    truth = {"pages": truth_pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
