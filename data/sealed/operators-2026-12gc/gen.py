#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]

C_U01 = uscc("52370502", "MJE21475")   # 民办非企业 (培训学校) 东营区
C_U02 = uscc("91370811", "MA3C7K52")   # 济宁任城区 企业
C_U06 = uscc("91330106", "MA2H4TQ8")   # 杭州西湖区 企业
C_U08 = uscc("91370800", "MA7D9P31")   # 济宁 企业
C_U03 = uscc("91110108", "MA01XK6R")   # 北京海淀 企业 (state-sounding name)

SITES = {
 "dypx":  ("东营智信职业培训学校", "training school site"),
 "ke":    ("学途课堂", "course marketplace"),
 "bbs":   ("黄河口论坛", "local forum (Dongying)"),
 "fenlei":("同城百事通分类信息", "classifieds (Dongying/Jining)"),
 "wenda": ("问知道", "Q&A site"),
 "mp":    ("公号文摘", "WeChat-article repost aggregator"),
 "video": ("抖快视频", "short-video pages"),
 "news":  ("济宁新闻在线", "local news portal"),
 "rsj":   ("东营市人力资源和社会保障局(模拟)", "人社局-style notice site"),
 "shop":  ("淘学铺", "online shop / store"),
 "blog":  ("老周的技术杂记", "personal blog"),
}

FOOT = {
 "dypx": "东营智信职业培训学校 版权所有 地址：东营市东营区府前街西段 鲁ICP备2021034517号-1",
 "ke": "学途课堂 平台客服热线：400-900-5812 工作时间 9:00-21:00 客服邮箱 kefu@xuetuketang.com 京ICP备19022731号",
 "bbs": "黄河口论坛 版主投诉邮箱：admin@hhkbbs.cn 违法和不良信息举报：0546-7780110 鲁ICP备15008826号",
 "fenlei": "同城百事通 免费发布 请勿轻信预付费 信息举报 QQ：800196677 鲁ICP备17044102号-3",
 "wenda": "问知道 wenzhidao.net 用户协议 隐私政策 客服电话 010-62998871 京ICP备20011653号",
 "mp": "公号文摘 本站文章均转载自微信公众号，版权归原作者所有 投稿/删稿QQ群：615203348",
 "video": "抖快视频 www.doukuai.tv 下载APP 网络举报 未成年人保护 沪ICP备21007645号",
 "news": "济宁新闻在线 新闻热线：0537-2345000 广告部：0537-2345188 鲁ICP备09001920号",
 "rsj": "主办单位：东营市人力资源和社会保障局(模拟) 政务服务热线 12345 人社服务热线 12333 鲁ICP备05009001号",
 "shop": "淘学铺 消费者保障 七天无理由 平台客服 95077-688 支付由淘学铺担保交易",
 "blog": "老周的技术杂记 Powered by WordPress 本博客内容仅代表个人观点",
}
MENU = {
 "dypx": ["首页", "课程设置", "在线报名", "关于我们"],
 "ke": ["首页", "职业技能", "IT互联网", "考证专区", "我的课程"],
 "bbs": ["首页", "东营生活", "求职招聘", "教育培训", "曝光台"],
 "fenlei": ["首页", "教育培训", "招聘", "二手", "房产", "东营", "济宁"],
 "wenda": ["首页", "职业教育", "考试", "提问"],
 "mp": ["首页", "职场", "教育", "科技", "本地"],
 "video": ["推荐", "关注", "知识", "本地"],
 "news": ["首页", "济宁要闻", "民生", "教育", "曝光"],
 "rsj": ["首页", "政务公开", "通知公告", "办事服务", "职业技能"],
 "shop": ["首页", "考证", "IT课程", "购物车"],
 "blog": ["首页", "归档", "关于"],
}

PAGES = []   # dicts: path, site, title, crumb, body, is_offer, operator, provider, ids, note

def page(site, name, title, body, offer=False, op=None, prov=None, ids=(), note="", crumb=None):
    PAGES.append(dict(path="/%s/%s" % (site, name), site=site, title=title, body=body,
                      is_offer=offer, operator=op, provider=prov,
                      identifiers=[list(x) for x in ids], note=note, crumb=crumb or title))

def ph(v, w): return ("phone", v, w)

# ---------------------------------------------------------------- U01 东营智信 (honest school)
page("dypx", "kecheng-ai.html", "人工智能训练师(五级/四级)培训班 - 东营智信职业培训学校", """
<h1>人工智能训练师（4-04-05-05）职业技能等级培训</h1>
<p>本校为东营区人社局审批的民办职业培训学校，开设人工智能训练师五级（初级工）、四级（中级工）培训，
工种方向为数据标注员。五级参考课时60学时，四级50学时，理论+实操，周末班、晚班均可。</p>
<p>申报条件：五级需本职业或相关职业累计工作满1年，或本职业学徒期满；四级需取得五级证书后从事本职业4年等，
具体以认定机构审核为准。<b>本校不承诺包过。</b></p>
<p>认定由经人社部门备案的评价机构组织，证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。
符合条件的参保职工可申领失业保险技能提升补贴（五级最高1000元、四级最高1500元），请以当地12333答复为准。</p>
<p>咨询电话：139 0546 1827（赵老师） 微信同号　学校网站 www.dyzxpx.com</p>
<p>统一社会信用代码：%s</p>
""" % C_U01, True, "U01", "东营智信职业培训学校",
 [ph("+8613905461827", "139 0546 1827"), ("domain", "dyzxpx.com", "www.dyzxpx.com"), ("uscc", C_U01, C_U01)],
 "school's own course page, level 5/4, honest")

page("dypx", "baoming.html", "在线报名 - 东营智信职业培训学校", """
<h1>2026年春季 人工智能训练师 培训报名表</h1>
<p>报名请填写下方问卷（问卷由金数据提供：jinshuju.net/f/Zx7Qa2），或添加招生老师微信：zx_ai2026。</p>
<table><tr><th>班次</th><th>级别</th><th>培训费</th></tr>
<tr><td>3月周末班</td><td>五级</td><td>1280元</td></tr><tr><td>4月晚班</td><td>四级</td><td>1680元</td></tr></table>
<p>实操考核地点：东营职业学院实训楼（考点前台 0546-8067730，仅负责考场事务，不接受报名咨询）。</p>
<p>报名咨询：13905461827</p>
""", True, "U01", "东营智信职业培训学校",
 [ph("+8613905461827", "13905461827"), ("wechat", "zx_ai2026", "zx_ai2026")],
 "enrolment form page of U01")

page("dypx", "about.html", "关于我们 - 东营智信职业培训学校", """
<h1>学校简介</h1><p>东营智信职业培训学校成立于2016年，主要开展电工、育婴员、电子商务师等职业技能培训。
办学许可证号：鲁人社民3705022016001。地址：东营市东营区府前街西段88号。</p>
<p>学校官网：www.dyzxpx.com</p>
""", note="about page of the school (non-offer)")

page("fenlei", "dy-jiaoyu-10231.html", "东营 人工智能训练师培训 数据标注 正规学校 可申领补贴", """
<h1>东营 人工智能训练师培训 数据标注 正规学校 可申领补贴</h1>
<p class="meta">发布者：智信教育　区域：东营区　类别：职业技能培训　浏览 326 次</p>
<p>正规民办学校开班，人工智能训练师五级/四级，小班授课，上机实操。不是网课，东营本地面授。
参保满一年的可以申请技能提升补贴，具体问12333。</p>
<p>联系人：赵老师　电话：139-0546-1827　（联系时请说在同城百事通看到的）</p>
""", True, "U01", "智信教育", [ph("+8613905461827", "139-0546-1827")], "classified ad of U01")

page("video", "v-70213.html", "智信老师：数据标注到底学啥？", """
<h1>@智信老师 · 东营</h1><p class="desc">数据标注到底学啥？带你看看我们人工智能训练师五级的实操课 #人工智能训练师 #东营 #技能提升补贴</p>
<p>主页简介：东营本地职业培训学校 | 报名➕V：ZX_AI2026</p>
<div class="comments"><p>用户小鱼：老师怎么收费？我V：xiaoyu_dy88</p>
<p>智信老师 回复：私信发你了，也可以看官网 dyzxpx.com</p></div>
""", True, "U01", "智信老师", [("wechat", "zx_ai2026", "ZX_AI2026"), ("domain", "dyzxpx.com", "dyzxpx.com")],
 "short-video page of U01's teacher account")

# ---------------------------------------------------------------- U02 济宁鲁智 (honest company)
page("ke", "course-58321.html", "人工智能训练师（三级/高级工）考前辅导｜鲁智AI课堂", """
<h1>人工智能训练师（三级/高级工）考前辅导</h1><p class="meta">机构：鲁智AI课堂　课程编号 58321　已报名 412 人　评分 4.8</p>
<p>面向已取得四级证书并满足年限要求的学员，覆盖业务分析、智能训练、智能系统设计、培训与指导四大模块。
理论+操作技能考核各百分制，60分合格。</p>
<p>价格：¥2380（含资料，认定费另按评价机构标准收取）</p>
<p>机构介绍：济宁鲁智教育科技有限公司（统一社会信用代码 %s），线下教学点位于济宁市任城区。
线下咨询：0537-2236618</p>
""" % C_U02, True, "U02", "鲁智AI课堂",
 [("phone", "05372236618", "0537-2236618"), ("uscc", C_U02, C_U02)], "marketplace course by U02")

page("wenda", "q-330871.html", "济宁哪里可以考人工智能训练师？", """
<h1>济宁哪里可以考人工智能训练师？</h1><p class="q">提问者：匿名用户　我在济宁做电商客服，想转数据标注，听说有人工智能训练师证，哪里能考？</p>
<div class="answer"><p><b>鲁智教育-刘老师</b> 的回答：</p>
<p>你好，人工智能训练师是人社部门2020年发布的新职业，证书属于职业技能等级证书，由备案的评价机构颁发，
不是“国家职业资格证”。你做客服工作满一年可以报五级。我们济宁鲁智教育有培训班，欢迎来任城区校区试听，
电话（0537）2236618，或QQ 2851736490。</p></div>
<div class="answer"><p>网友回答：可以先去 jndj.osta.org.cn 查下证书样子，别信包过的。</p></div>
""", True, "U02", "鲁智教育",
 [("phone", "05372236618", "（0537）2236618"), ("qq", "2851736490", "2851736490")], "Q&A answer by U02 staff")

page("mp", "a-20260312-luzhi.html", "济宁数字经济人才培训季｜人工智能训练师课程开班啦", """
<h1>济宁数字经济人才培训季｜人工智能训练师课程开班啦</h1><p class="src">来源：公众号“济宁鲁智教育” 转载于公号文摘</p>
<p>3月起，我校人工智能训练师五级、四级、三级分班开课。注意：三级须持四级证书并满足年限，我们会先帮大家做资格预审。</p>
<p>报名方式：①扫码添加微信 luzhi_jn ②拨打 400-678-1235 ③QQ：2851736490 ④在线报名表 jinshuju.net/f/Lz88Qw</p>
<p>学习一周内不满意可全额退款。</p>
""", True, "U02", "济宁鲁智教育",
 [("wechat", "luzhi_jn", "luzhi_jn"), ("phone", "4006781235", "400-678-1235"), ("qq", "2851736490", "2851736490")],
 "WeChat article repost by U02")

# ---------------------------------------------------------------- U03 中培国科 (dishonest)
page("ke", "course-60117.html", "【人社部颁发】人工智能训练师 三级+二级+一级 一次拿证 中培国科", """
<h1>【人社部颁发】人工智能训练师 三级+二级+一级 一次拿证</h1><p class="meta">机构：中培国科(北京)人工智能研究院　课程编号 60117　已报名 2988 人</p>
<p>零基础、不限学历、不限经验！<b>国家职业资格证书</b>，人社部颁发，全国通用，终身有效，入库可查。
考试包过，不过全额退费，三个等级打包价仅需 ¥6980（单报技师 ¥3980）。</p>
<p>证书样本：证书编号 S000037100123265000888</p>
<p>课程顾问：177 5382 1904　邮箱 zpgk_edu@163.com</p>
""", True, "U03", "中培国科(北京)人工智能研究院",
 [ph("+8617753821904", "177 5382 1904"), ("email", "zpgk_edu@163.com", "zpgk_edu@163.com")],
 "marketplace listing by U03, scam wording (三级打包, 包过, 人社部颁发)")

page("mp", "a-20260315-zpgk.html", "重磅！人工智能训练师证书最后一批，错过再等一年", """
<h1>重磅！人工智能训练师证书最后一批，错过再等一年</h1><p class="src">来源：公众号“AI职业发展研究院” 转载于公号文摘</p>
<p>人社部证书退出后，人工智能训练师成为国家认可的新职业！本证书人社部颁发，可直接对应职称，积分落户加分，
持证还能挂靠，年入2万+。</p><p>报名咨询老师微信：ZPGK-AI（备注“训练师”）</p>
<p>官网查询：www.zpgkai.cn/cx</p><p>报名批次：13705370126</p>
""", True, "U03", "AI职业发展研究院",
 [("wechat", "zpgk-ai", "ZPGK-AI"), ("domain", "zpgkai.cn", "www.zpgkai.cn")], "WeChat repost of U03, scam wording")

page("video", "v-71588.html", "原价9999 限时99 人工智能训练师直播课", """
<h1>@中培国科AI学院</h1><p class="desc">90%小白都能学会！原价9999限时99，学完直接考人工智能训练师高级证书！#AI #副业 #考证</p>
<p>主页：报名V zpgk-ai　电话：１７７５３８２１９０４</p>
<div class="comments"><p>用户不吃香菜：这个是不是骗子啊，新闻里说 170 5469 3321 那个也是这么说的</p></div>
""", True, "U03", "中培国科AI学院",
 [("wechat", "zpgk-ai", "zpgk-ai"), ph("+8617753821904", "１７７５３８２１９０４")], "short-video ad of U03")

page("shop", "item-8812.html", "人工智能训练师证书报考 全程代办 包过 - 国科证书专营店", """
<h1>人工智能训练师证书报考 全程代办 包过</h1><p class="meta">店铺：国科证书专营店　月销 136　¥1580起</p>
<p>免培训，交资料即可，30天出证，人社部颁发，官网可查。选择级别：五级/四级/三级/二级/一级（技师另加价）。</p>
<p>售后联系：zpgk_edu@163.com　（请勿在平台外付款）</p>
<p>证书样本：证书编号 S000037100123265000888</p>
""", True, "U03", "国科证书专营店",
 [("email", "zpgk_edu@163.com", "zpgk_edu@163.com")], "shop listing of U03, 免培训/包过")

# ---------------------------------------------------------------- U04 王老师 (individual agent, Dongying)
page("bbs", "thread-88213.html", "[教育培训] 东营有没有一起报人工智能训练师的？组团优惠", """
<h1>[教育培训] 东营有没有一起报人工智能训练师的？组团优惠</h1>
<div class="post"><p class="author">楼主：黄河口王老师</p><p>本人常年带考证，人工智能训练师五级四级都有，五人成团每人便宜300。
东营区、垦利区、广饶县都可以。有意向的加我V：wanglaoshi_dy 或者打电话 150 6472 8391</p></div>
<div class="post"><p class="author">2楼：东营小白</p><p>多少钱一个？我手机 18654631120 联系我</p></div>
<div class="post"><p class="author">3楼：路人甲</p><p>提醒一下，查证书去 zscx.osta.org.cn，别的网站都不靠谱</p></div>
""", True, "U04", "黄河口王老师",
 [("wechat", "wanglaoshi_dy", "wanglaoshi_dy"), ph("+8615064728391", "150 6472 8391")], "forum ad thread by U04")

page("fenlei", "dy-jiaoyu-10377.html", "考证找王老师 人工智能训练师 育婴员 电工 东营本地", """
<h1>考证找王老师 人工智能训练师 育婴员 电工 东营本地</h1><p class="meta">发布者：王老师（个人）　区域：东营区</p>
<p>人工智能训练师、育婴员、电工证、叉车证，东营本地报名，正规渠道，拿证快。
电话15064728391，QQ 936274015。</p>
""", True, "U04", "王老师", [ph("+8615064728391", "15064728391"), ("qq", "936274015", "936274015")], "classified of U04")

page("video", "v-72044.html", "王老师考证：人工智能训练师证书到了", """
<h1>@王老师考证(东营)</h1><p class="desc">又一批人工智能训练师证书到了，恭喜学员们！下一期报名中 #东营考证</p>
<p>主页简介：Q：936274015 同名V</p>
<div class="comments"><p>用户东营小白：我V：xiaoyu_dy88 想报名</p></div>
""", True, "U04", "王老师考证(东营)", [("qq", "936274015", "936274015")], "short video of U04, 喜报 style")

# ---------------------------------------------------------------- U05 任城区启航 (Jining school)
page("bbs", "thread-88390.html", "济宁任城区启航培训学校人工智能训练师开班了", """
<h1>济宁任城区启航培训学校人工智能训练师开班了</h1>
<div class="post"><p class="author">楼主：启航小助手</p><p>济宁的朋友看过来，启航职业技能培训学校人工智能训练师（数据标注员方向）五级班3月20号开课，
面授+上机。报名电话：188 5376 0442（同微信）。考核地点在济宁技师学院，考点前台 0537-3219862。</p></div>
<div class="post"><p class="author">2楼：jn_小李</p><p>报名批次：13705370126 是这个吗？我电话18654631120，求回电</p></div>
""", True, "U05", "启航职业技能培训学校", [ph("+8618853760442", "188 5376 0442")], "forum post by U05")

page("fenlei", "jn-jiaoyu-20415.html", "任城区启航职业技能培训学校 人工智能训练师 招生", """
<h1>任城区启航职业技能培训学校 人工智能训练师 招生</h1><p class="meta">发布者：启航培训　区域：济宁市任城区</p>
<p>人工智能训练师五级、四级；另有电子商务师、保育师。可用失业保险技能提升补贴。</p>
<p>座机：0537-3279055　手机：18853760442</p><p>付款方式：对公转账，或支付宝付款（支付宝客服95188）。</p>
""", True, "U05", "启航培训",
 [("phone", "05373279055", "0537-3279055"), ph("+8618853760442", "18853760442")], "classified of U05")

page("news", "2026-03-08-qihang.html", "任城区：职业技能培训助力数字经济人才成长", """
<h1>任城区：职业技能培训助力数字经济人才成长</h1><p class="meta">2026-03-08 来源：济宁新闻在线 【推广】</p>
<p>近日，在任城区启航职业技能培训学校的机房里，30余名学员正在进行人工智能训练师数据标注实操练习……
学校负责人表示，目前春季班仍在招生，咨询电话0537－3279055。</p>
""", True, "U05", "任城区启航职业技能培训学校", [("phone", "05373279055", "0537－3279055")],
 "advertorial news with enrolment call (U05)")

# ---------------------------------------------------------------- U06 优学智联 (online, dishonest)
page("ke", "course-61902.html", "AI训练师速成班 14天拿证 优学智联", """
<h1>AI训练师速成班 14天拿证</h1><p class="meta">机构：优学智联　课程编号 61902　已报名 5210 人</p>
<p>速成！14天拿证，国家级证书，官方指定培训机构，内部题库，百分百通过率。
报名热线 4001866273</p><p>机构主体：杭州优学智联网络科技有限公司　统一社会信用代码：%s</p>
""" % C_U06, True, "U06", "优学智联",
 [("phone", "4001866273", "4001866273"), ("uscc", C_U06, C_U06)], "marketplace course of U06, 速成/官方指定")

page("shop", "item-9034.html", "智联优学 人工智能训练师 全套网课+考证服务", """
<h1>智联优学 人工智能训练师 全套网课+考证服务</h1><p class="meta">店铺：智联优学官方店　¥899</p>
<p>拍下后联系客服安排考试，证书全国联网可查。收款方：杭州优学智联网络科技有限公司</p>
<p>资质：营业执照 %s</p>
""" % C_U06, True, "U06", "智联优学",
 [("uscc", C_U06, C_U06), ("other", "杭州优学智联网络科技有限公司", "杭州优学智联网络科技有限公司")],
 "shop listing of U06 under swapped brand")

page("wenda", "q-331204.html", "人工智能训练师证书有用吗？网上14天拿证靠谱吗？", """
<h1>人工智能训练师证书有用吗？网上14天拿证靠谱吗？</h1>
<div class="answer"><p><b>AI职业规划师小优</b> 的回答：</p><p>非常有用！现在是风口，持证可以找数据标注、AI训练工作，月薪过万。
我们14天拿证，包过，详细可以加我微信 yxzl_kf01，或电话 400 186 6273。</p></div>
<div class="answer"><p>网友回答：注意甄别，官方查询只认 zscx.osta.org.cn。</p></div>
""", True, "U06", "AI职业规划师小优",
 [("wechat", "yxzl_kf01", "yxzl_kf01"), ("phone", "4001866273", "400 186 6273")], "Q&A answer by U06 agent")

page("mp", "a-20260318-yxzl.html", "月入过万！AI训练师是最后的红利", """
<h1>月入过万！AI训练师是最后的红利</h1><p class="src">来源：公众号“智联优学堂” 转载于公号文摘</p>
<p>不需要任何基础，跟着学14天就能拿到人工智能训练师证书。添加班主任微信：YXZL_KF01 领取试听课。</p>
<p>模板示例：联系人 张老师 电话 138 0000 0000 邮箱 xxx@xxx.com</p>
""", True, "U06", "智联优学堂", [("wechat", "yxzl_kf01", "YXZL_KF01")], "WeChat repost of U06 (template text left in)")

# ---------------------------------------------------------------- U07 黄河口技能培训中心 (blog+local)
page("blog", "2026/03/ai-trainer-notes.html", "我在东营考人工智能训练师的经历（附培训群）", """
<h1>我在东营考人工智能训练师的经历（附培训群）</h1><p class="meta">2026年3月10日 · 老周</p>
<p>去年底我考了人工智能训练师四级，理论+实操各100分，60分及格。现在我在黄河口技能培训中心带数据标注实操课，
有想考的朋友可以加QQ群：718263554，或者打我电话 135 6109 3372。</p>
<p>提醒：证书查询认准 zscx.osta.org.cn，网上说“人社部颁发”的都是忽悠。</p>
<div class="comments"><p>网友评论：周老师我V xiaoyu_dy88，加一下</p></div>
""", True, "U07", "黄河口技能培训中心", [("qq_group", "718263554", "718263554"), ph("+8613561093372", "135 6109 3372")],
 "blog post by the trainer behind U07, enrolment invite")

page("bbs", "thread-88457.html", "黄河口技能培训中心 人工智能训练师 四月班", """
<h1>黄河口技能培训中心 人工智能训练师 四月班</h1>
<div class="post"><p class="author">楼主：hhk技能中心</p><p>四月班招生：人工智能训练师五级、四级。东营市区面授。
交流群 718263554　微信 hhk_jineng</p></div>
<div class="post"><p class="author">2楼：路过</p><p>微信号：XXXXXX 是什么鬼，模板没改吧</p></div>
""", True, "U07", "黄河口技能培训中心", [("qq_group", "718263554", "718263554"), ("wechat", "hhk_jineng", "hhk_jineng")],
 "forum post by U07")

page("fenlei", "dy-jiaoyu-10455.html", "人工智能训练师 数据标注员 培训 东营市区 面授", """
<h1>人工智能训练师 数据标注员 培训 东营市区 面授</h1><p class="meta">发布者：周老师　区域：东营区</p>
<p>面授小班，五级四级。微信 HHK_JINENG，电话 13561093372。模板：电话 13800138000</p>
""", True, "U07", "周老师",
 [("wechat", "hhk_jineng", "HHK_JINENG"), ph("+8613561093372", "13561093372")], "classified of U07")

page("video", "v-72310.html", "周老师带你做数据标注", """
<h1>@周老师AI实操</h1><p class="desc">数据标注实操第3课：图像框选 #人工智能训练师</p>
<p>主页简介：黄河口技能培训中心 | 群：718263554</p>
""", True, "U07", "周老师AI实操", [("qq_group", "718263554", "718263554")], "short-video of U07")

# ---------------------------------------------------------------- U08 山东数标 (annotation base)
page("ke", "course-59477.html", "数据标注员岗前培训+人工智能训练师五级认定｜数标学院", """
<h1>数据标注员岗前培训+人工智能训练师五级认定</h1><p class="meta">机构：数标学院　课程编号 59477</p>
<p>山东数标人工智能科技有限公司旗下培训品牌，学员结业后可进入济宁数据标注基地实习。五级认定须符合工作年限或学徒条件。</p>
<p>¥980　咨询：hr@sdshubiao.com　官网 sdshubiao.com</p>
""", True, "U08", "数标学院",
 [("email", "hr@sdshubiao.com", "hr@sdshubiao.com"), ("domain", "sdshubiao.com", "sdshubiao.com")], "marketplace course of U08")

page("wenda", "q-331560.html", "济宁有数据标注的工作吗？需要证吗？", """
<h1>济宁有数据标注的工作吗？需要证吗？</h1>
<div class="answer"><p><b>数标HR</b> 的回答：</p><p>有的，我们山东数标在济宁高新区有标注基地，岗前培训后可报人工智能训练师五级。
简历发 HR@SDSHUBIAO.COM，电话 151-6582-3307。</p></div>
""", True, "U08", "山东数标", [("email", "hr@sdshubiao.com", "HR@SDSHUBIAO.COM"), ph("+8615165823307", "151-6582-3307")],
 "Q&A answer with training+cert invite (U08)")

page("news", "2026-03-12-shubiao.html", "济宁高新区数据标注基地启动 首批学员开训", """
<h1>济宁高新区数据标注基地启动 首批学员开训</h1><p class="meta">2026-03-12 来源：济宁新闻在线</p>
<p>山东数标人工智能科技有限公司（统一社会信用代码%s）负责人介绍，基地面向社会招收学员，
开展人工智能训练师职业技能培训，报名电话15165823307。考核安排在济宁技师学院考点（考点电话0537-3219862）。</p>
""" % C_U08, True, "U08", "山东数标人工智能科技有限公司",
 [ph("+8615165823307", "15165823307"), ("uscc", C_U08, C_U08)], "news advertorial with enrolment call (U08)")

# ---------------------------------------------------------------- U09 国职认证 (fake query site)
page("fenlei", "jn-jiaoyu-20466.html", "国职认证 人工智能训练师 高级技师 直接发证", """
<h1>国职认证 人工智能训练师 高级技师 直接发证</h1><p class="meta">发布者：国职认证中心　区域：济宁</p>
<p>不用考试，一级/高级技师直接下证，国家职业资格，查询网站 www.gzrzcx.com 可查。
电话：199-6347-1258　微信号：XXXXXX</p>
""", True, "U09", "国职认证中心",
 [ph("+8619963471258", "199-6347-1258"), ("domain", "gzrzcx.com", "www.gzrzcx.com")], "classified of U09, fake query site")

page("mp", "a-20260320-gzrz.html", "人社部最新通知：人工智能训练师证书即将停发！", """
<h1>人社部最新通知：人工智能训练师证书即将停发！</h1><p class="src">来源：公众号“国职证书服务” 转载于公号文摘</p>
<p>据悉人社部将停发AI证书，抓紧最后机会！免考直接拿证，证书入库 gzrzcx.com 可查。
咨询微信：gzrz_666　QQ 3127659048</p>
""", True, "U09", "国职证书服务",
 [("domain", "gzrzcx.com", "gzrzcx.com"), ("wechat", "gzrz_666", "gzrz_666"), ("qq", "3127659048", "3127659048")],
 "WeChat repost of U09, invented policy news")

page("video", "v-72588.html", "不考试也能拿人工智能训练师证？", """
<h1>@国职证书小助手</h1><p class="desc">不考试也能拿证？点主页了解 #考证 #人工智能训练师</p>
<p>主页简介：企鹅 3127659048 ｜ 电话 199 6347 1258</p>
""", True, "U09", "国职证书小助手",
 [("qq", "3127659048", "3127659048"), ph("+8619963471258", "199 6347 1258")], "short-video of U09")

# ---------------------------------------------------------------- Independents
page("ke", "course-57710.html", "Python+数据标注 入门到就业｜码农小陈", """
<h1>Python+数据标注 入门到就业（可报人工智能训练师五级）</h1><p class="meta">机构：码农小陈工作室　课程编号 57710</p>
<p>¥399　课程结束后推荐符合条件的学员参加人工智能训练师五级认定。答疑邮箱 chenxm_ai@126.com</p>
""", True, "I01", "码农小陈工作室", [("email", "chenxm_ai@126.com", "chenxm_ai@126.com")], "independent marketplace course")

page("bbs", "thread-88602.html", "广饶县有人工智能训练师的班吗？我们机构开了", """
<h1>广饶县有人工智能训练师的班吗？我们机构开了</h1>
<div class="post"><p class="author">楼主：广饶蓝鲸教育</p><p>广饶县城蓝鲸教育人工智能训练师五级班，周末上课。电话：0546—6452187</p></div>
""", True, "I02", "广饶蓝鲸教育", [("phone", "05466452187", "0546—6452187")], "independent forum ad")

page("fenlei", "jn-jiaoyu-20501.html", "兖州 人工智能训练师 培训 可分期", """
<h1>兖州 人工智能训练师 培训 可分期</h1><p class="meta">发布者：兖州鼎盛培训　区域：济宁市兖州区</p>
<p>五级四级都有，可以分期付款。联系：157 6379 2046</p><p>（模板）联系电话：13800138000 付款支持支付宝，客服95188</p>
""", True, "I03", "兖州鼎盛培训", [ph("+8615763792046", "157 6379 2046")], "independent classified")

page("wenda", "q-331777.html", "邹城哪里能学人工智能训练师？", """
<h1>邹城哪里能学人工智能训练师？</h1>
<div class="answer"><p><b>邹城智学堂</b> 的回答：</p><p>我们邹城智学堂有人工智能训练师课程，五级1180元，微信 zczxt2025。</p></div>
""", True, "I04", "邹城智学堂", [("wechat", "zczxt2025", "zczxt2025")], "independent Q&A answer")

page("video", "v-72901.html", "垦利考证小刘：人工智能训练师报名中", """
<h1>@垦利考证小刘</h1><p class="desc">人工智能训练师五级报名中，垦利区线下班 #东营</p><p>主页简介：扣扣 1478520963</p>
<div class="comments"><p>用户：这个和 170 5469 3321 是一伙的吗</p></div>
""", True, "I05", "垦利考证小刘", [("qq", "1478520963", "1478520963")], "independent short video")

page("shop", "item-9201.html", "人工智能训练师五级 理论题库+实操指导 电子版", """
<h1>人工智能训练师五级 理论题库+实操指导 电子版 + 报名指导</h1><p class="meta">店铺：曲阜知行书坊　¥59</p>
<p>含报名指导服务，可代为联系济宁本地考点。店主邮箱 zhixingsf@qq.com</p><p>详情页模板：联系人 某某 电话 138 0000 0000 邮箱 xxx@xxx.com</p>
""", True, "I06", "曲阜知行书坊", [("email", "zhixingsf@qq.com", "zhixingsf@qq.com")], "independent shop listing")

# ---------------------------------------------------------------- non-offers
page("bbs", "thread-87990.html", "[曝光台] 交了3980说包过，结果证书查不到！", """
<h1>[曝光台] 交了3980说包过，结果证书查不到！</h1>
<div class="post"><p class="author">楼主：受害者阿强</p><p>去年在网上报了个“人工智能训练师二级”，对方微信 gjzs_888，说人社部颁发包过，
给了个查询网站能查到，结果去 zscx.osta.org.cn 根本查不到。已经打12315投诉了，也打了12333。</p></div>
<div class="post"><p class="author">2楼：热心网友</p><p>我也被 170 5469 3321 骗过，一样的话术。</p></div>
""", note="complaint thread (non-offer): scam wechat, scam phone quoted")

page("wenda", "q-329001.html", "人工智能训练师证书怎么查真假？", """
<h1>人工智能训练师证书怎么查真假？</h1>
<div class="answer"><p><b>热心网友</b> 的回答：</p><p>职业技能等级证书上有二维码和查询网址 jndj.osta.org.cn，
也可以在技能人才评价证书全国联网查询 zscx.osta.org.cn 查。编号是22位，类似 S000037100123265000888 这种格式只是示例。
拿不准就打12333问当地人社。</p></div>
""", note="guide answer (non-offer)")

page("news", "2026-03-15-jingti.html", "警惕！“人社部颁发”“包过”的AI训练师证书骗局", """
<h1>警惕！“人社部颁发”“包过”的AI训练师证书骗局</h1><p class="meta">2026-03-15 来源：济宁新闻在线</p>
<p>近期，市民李女士接到自称“国家人工智能认证中心”的电话（号码170 5469 3321），对方称交费即可领取人工智能训练师二级证书……
市人社局提醒，职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询；遇到虚假宣传可拨打12315投诉，政策咨询拨打12333。
骗子所用微信 gjzs_888 已被多人举报。</p>
""", note="news warning (non-offer)")

page("rsj", "tzgg-2026-031.html", "关于开展2026年第一批人工智能训练师职业技能等级认定的公告", """
<h1>关于开展2026年第一批人工智能训练师职业技能等级认定的公告</h1><p class="meta">发布日期：2026-02-26</p>
<p>经备案的评价机构将于3月组织人工智能训练师（4-04-05-05）五级、四级认定，考核批次号：13705370126。
考点：东营职业学院实训楼（考点前台 0546-8067730）。证书查询：zscx.osta.org.cn、jndj.osta.org.cn。
本局未委托任何机构代收费用、未授权任何“包过班”。咨询电话：12333。</p>
""", note="official-style notice (non-offer)")

page("blog", "2026/02/nas-setup.html", "家里NAS折腾记：从群晖到TrueNAS", """
<h1>家里NAS折腾记：从群晖到TrueNAS</h1><p class="meta">2026年2月21日 · 老周</p>
<p>春节在家把NAS换成了TrueNAS，记录一下ZFS池的配置……</p>
""", note="unrelated blog post (non-offer)")

# ---------------------------------------------------------------- decoys (value, kind, written forms, why)
DECOYS = [
 ("phone", "12333", ["12333"], "人社服务热线 (public hotline)"),
 ("phone", "12315", ["12315"], "市场监管投诉热线 (public hotline)"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
 ("phone", "4009005812", ["400-900-5812"], "学途课堂 marketplace footer hotline"),
 ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace footer e-mail"),
 ("email", "admin@hhkbbs.cn", ["admin@hhkbbs.cn"], "forum footer e-mail"),
 ("qq", "800196677", ["800196677"], "classifieds platform footer QQ"),
 ("other", "鲁ICP备17044102号-3", ["鲁ICP备17044102号-3"], "classifieds platform ICP"),
 ("phone", "01062998871", ["010-62998871"], "Q&A platform footer phone"),
 ("qq_group", "615203348", ["615203348"], "repost aggregator footer QQ group"),
 ("domain", "doukuai.tv", ["www.doukuai.tv"], "short-video platform's own domain"),
 ("phone", "95077688", ["95077-688"], "shop platform customer service"),
 ("phone", "+8617054693321", ["170 5469 3321"], "scam number quoted in news warning, complaint and comments"),
 ("wechat", "gjzs_888", ["gjzs_888"], "scam WeChat quoted in news and complaint"),
 ("other", "S000037100123265000888", ["S000037100123265000888"], "certificate sample number copied by sellers / guide"),
 ("phone", "+8613705370126", ["13705370126"], "assessment batch number that looks like a mobile"),
 ("phone", "+8613800000000", ["138 0000 0000"], "template placeholder phone"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("email", "xxx@xxx.com", ["xxx@xxx.com"], "template placeholder e-mail"),
 ("wechat", "xxxxxx", ["微信号：XXXXXX"], "template placeholder WeChat"),
 ("wechat", "xiaoyu_dy88", ["xiaoyu_dy88"], "reader's own WeChat in comments"),
 ("phone", "+8618654631120", ["18654631120"], "reader's own phone in a comment"),
 ("phone", "05468067730", ["0546-8067730"], "exam venue front desk (third party)"),
 ("phone", "05373219862", ["0537-3219862"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
 ("phone", "95188", ["95188"], "payment platform hotline (third party)"),
]

CSS = "body{font-family:sans-serif;max-width:960px;margin:auto}nav a{margin-right:8px}.side{float:right;width:200px;font-size:13px}footer{clear:both;border-top:1px solid #ccc;font-size:12px;color:#666}"

def frame(site, title, crumb, body, rel):
    name = SITES[site][0]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in MENU[site])
    relh = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"][:18]) for p in rel)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head><body>"
            "<header><a href=\"/%s/index.html\"><b>%s</b></a> <nav>%s</nav></header>"
            "<div class=\"crumb\"><a href=\"/index.html\">导航</a> &gt; <a href=\"/%s/index.html\">%s</a> &gt; %s</div>"
            "<aside class=\"side\"><h3>相关推荐</h3><ul>%s</ul></aside><main>%s</main>"
            "<footer>%s</footer></body></html>\n") % (title, CSS, site, name, menu, site, name, crumb, relh, body, FOOT[site])

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "site")
    if os.path.exists(out): shutil.rmtree(out)
    by_site = {s: [p for p in PAGES if p["site"] == s] for s in SITES}
    files = {}
    for p in PAGES:
        sib = [q for q in by_site[p["site"]] if q is not p][:4]
        files[p["path"]] = frame(p["site"], p["title"], p["crumb"][:20], p["body"], sib)
    idx_pages = []
    for s, (name, style) in SITES.items():
        lis = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in by_site[s])
        body = "<h1>%s</h1><ul class=\"list\">%s</ul>" % (name, lis)
        path = "/%s/index.html" % s
        files[path] = frame(s, name, "首页", body, [])
        idx_pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="index page of %s (%s)" % (name, style)))
    hub = "".join('<li><a href="/%s/index.html">%s</a> — %s</li>' % (s, n, st) for s, (n, st) in SITES.items())
    files["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head>"
                            "<body><h1>网址导航：东营·济宁 一周搜索</h1><ul>%s</ul></body></html>\n" % hub)
    for path, html in files.items():
        fp = out + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(html)
    with open(os.path.join(out, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")

    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")] + idx_pages
    for p in PAGES:
        tpages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    tpages.sort(key=lambda x: x["path"])
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    seller_vals = {v for p in PAGES for _, v, _ in p["identifiers"]}
    decoys = []
    for k, v, written, why in DECOYS:
        assert v not in seller_vals, v
        pages = sorted(pth for pth, html in files.items() if any(w in html for w in written))
        assert pages, v
        decoys.append(dict(kind=k, value=v, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
