#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100) ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55
def org_check(o8):
    s = sum(_orgval(c) * w for c, w in zip(o8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s17, W18)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("52220702", "33912047")   # 民办非企业单位 (school)
USCC_U02 = uscc("91110108", "MA01RK7N")   # company with a state-sounding brand
USCC_U04 = uscc("91220101", "MA17HB2W")
USCC_U09 = uscc("92220702", "MA0Y3D8L")   # 个体工商户
USCC_KEKT = uscc("91110105", "MA00GT4P")  # marketplace's own licence (decoy)

# ---------- sites ----------
SITES = {
 "zhixin": dict(name="吉林智信职业培训学校", short="智信职校", style="training-company",
    menu=[("首页", "/zhixin/index.html"), ("人工智能训练师", "/zhixin/ai-xunlianshi.html"), ("在线报名", "/zhixin/baoming.html")],
    footer="吉林智信职业培训学校 版权所有 | 地址：松原市宁江区沿江东路1688号智信大厦3楼 | 办公电话：0438-6235781 | 办学许可证：教民122070270000123号 | www.jlzhixin.cn",
    side="<h4>学校简介</h4><p>松原市人社局备案的民办职业培训学校，开设计算机、电商、人工智能类培训。</p>"),
 "kekt": dict(name="课课堂·职业技能课程商城", short="课课堂", style="course-marketplace",
    menu=[("首页", "/kekt/index.html"), ("职业技能", "/kekt/index.html#zyjn"), ("IT/人工智能", "/kekt/index.html#ai"), ("我的订单", "/kekt/index.html#order")],
    footer="课课堂 kekt.com.cn | 平台客服热线：400-610-7788（9:00-21:00） | 客服邮箱：kefu@kekt.com.cn | 京ICP备19038271号-2 | 营业执照：" + USCC_KEKT + " | 平台仅提供信息展示服务，课程由入驻机构提供",
    side="<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构资质审核</li><li>担保交易</li></ul>"),
 "bbs": dict(name="松原论坛 · 教育培训", short="松原论坛", style="forum",
    menu=[("论坛首页", "/bbs/index.html"), ("教育培训", "/bbs/index.html#edu"), ("求职招聘", "/bbs/index.html#job"), ("松原杂谈", "/bbs/index.html#talk")],
    footer="松原论坛 syluntan.net | 论坛官方QQ群：558120347 | 站务邮箱：admin@syluntan.net | 吉ICP备16002875号 | 帖子仅代表网友观点，交易请谨慎",
    side="<h4>版规</h4><p>本版禁止发布虚假广告，发现请举报。广告请发到分类信息区。</p>"),
 "fenlei": dict(name="松原百姓分类网", short="百姓分类", style="classifieds",
    menu=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#jiaoyu"), ("招聘", "/fenlei/index.html#zp"), ("二手", "/fenlei/index.html#es"), ("发布信息", "/fenlei/index.html#fb")],
    footer="松原百姓分类网 sybaixing.com | 客服电话：0438-5051234 | 吉ICP备17003421号 | 本站信息由用户自行发布，请勿提前汇款",
    side="<h4>安全提示</h4><p>凡是要求先付款、不见面的培训都要小心。</p>"),
 "wenda": dict(name="知了问答", short="知了问答", style="qa",
    menu=[("首页", "/wenda/index.html"), ("教育", "/wenda/index.html#edu"), ("职场", "/wenda/index.html#job"), ("提问", "/wenda/index.html#ask")],
    footer="知了问答 zhiliaowenda.com | 违法和不良信息举报电话：12377 | 举报邮箱：jubao@zhiliaowenda.com | 回答仅代表答主个人观点",
    side="<h4>相关话题</h4><ul><li>#人工智能训练师#</li><li>#职业技能等级证书#</li><li>#数据标注#</li></ul>"),
 "wx": dict(name="微转载 · 公众号文章聚合", short="微转载", style="wechat-repost",
    menu=[("首页", "/wx/index.html"), ("教育", "/wx/index.html#edu"), ("本地", "/wx/index.html#local"), ("科技", "/wx/index.html#tech")],
    footer="微转载 wxzhuanzai.cn | 文章来源于公众号，版权归原作者 | 投稿/删稿邮箱：tougao@wxzhuanzai.cn | 关注本站公众号：wzzx_hub",
    side="<h4>热门文章</h4><p>本站自动收录公众号文章，不代表本站观点。</p>"),
 "video": dict(name="快看短视频 网页版", short="快看", style="short-video",
    menu=[("推荐", "/video/index.html"), ("同城·松原", "/video/index.html#tc"), ("学习", "/video/index.html#xx")],
    footer="快看短视频 kuaikan-video.com | 用户服务电话：010-57123366 | 未成年人举报邮箱：report@kuaikan-video.com | 视频内容由创作者发布",
    side="<h4>相关推荐</h4><p>登录后查看更多同城视频</p>"),
 "news": dict(name="松原新闻网", short="松原新闻网", style="news",
    menu=[("首页", "/news/index.html"), ("本地", "/news/index.html#bd"), ("民生", "/news/index.html#ms"), ("教育", "/news/index.html#jy"), ("商讯", "/news/index.html#sx")],
    footer="松原新闻网 版权所有 | 新闻热线：0438-6666110 | 广告合作：ad@synews.com.cn | 吉ICP备08000462号",
    side="<h4>新闻热线</h4><p>有线索请拨打新闻热线</p>"),
 "college": dict(name="松原职业技术学院", short="松原职院", style="college",
    menu=[("学院首页", "/college/index.html"), ("继续教育", "/college/jxjy/ai-peixun.html"), ("招生就业", "/college/index.html#zs")],
    footer="松原职业技术学院 | 地址：松原市宁江区文化路89号 | 学院办公室：0438-6512000 | 吉ICP备05004213号",
    side="<h4>快速通道</h4><ul><li>教务系统</li><li>图书馆</li><li>招生网</li></ul>"),
 "rsj": dict(name="松原市人力资源和社会保障局", short="松原人社", style="gov-notice",
    menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"), ("政策文件", "/rsj/index.html#zcwj"), ("办事服务", "/rsj/index.html#bs")],
    footer="主办：松原市人力资源和社会保障局 | 人社服务热线：12333 | 网站标识码：2207000012 | 吉公网安备22070202000118号",
    side="<h4>便民服务</h4><ul><li>证书查询：zscx.osta.org.cn</li><li>12333 人社服务热线</li></ul>"),
 "blog": dict(name="简记博客", short="简记", style="blog",
    menu=[("首页", "/blog/index.html"), ("职场", "/blog/index.html#zc"), ("AI", "/blog/index.html#ai")],
    footer="简记博客 jianji-blog.cn | 内容由作者发布 | 侵权联系：copyright@jianji-blog.cn",
    side="<h4>标签云</h4><p>AI 数据标注 考证 副业 职业规划</p>"),
}
SITE_ORDER = list(SITES)

PAGES = []  # dicts: path, site, title, crumbs, body, is_offer, operator, provider, ids, note

def page(path, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    site = path.split("/")[1]
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids], note=note))

# ================= zhixin (U01 own site) =================
page("/zhixin/ai-xunlianshi.html", "人工智能训练师（4-04-05-05）职业技能等级培训 - 吉林智信职业培训学校", """
<h1>人工智能训练师职业技能等级培训（五级/四级/三级）</h1>
<p class="meta">发布：教务处 | 2026-03-02</p>
<p>人工智能训练师是2020年人社部等三部门发布的新职业（职业编码4-04-05-05），包含数据标注员、人工智能算法测试员两个工种。我校依据《人工智能训练师国家职业技能标准（2021年版）》开设五级、四级、三级培训班，结业后组织参加经备案的评价机构的职业技能等级认定。</p>
<h3>报考条件（以五级为例）</h3>
<p>累计从事本职业或相关职业工作满1年，或本职业/相关职业学徒期满。四级、三级需持下一级证书并满足年限，请带材料来校由老师审核，不符合条件的不收费。</p>
<h3>课时与费用</h3>
<table border="1"><tr><th>等级</th><th>培训课时</th><th>培训费</th></tr>
<tr><td>五级</td><td>60课时</td><td>1380元</td></tr><tr><td>四级</td><td>50课时</td><td>1680元</td></tr><tr><td>三级</td><td>40课时+实操</td><td>2280元</td></tr></table>
<p>认定费按评价机构公示标准另行收取。符合条件的参保职工可申请失业保险技能提升补贴（五级最高1000元、四级1500元、三级2000元），以人社部门审核为准。</p>
<p>证书为职业技能等级证书，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询，不是“国家职业资格证书”，请家长和学员知悉。</p>
<h3>联系我们</h3>
<p>教务处：0438-6235781　招生老师手机：13944871265（王老师）<br>官网：www.jlzhixin.cn　统一社会信用代码：""" + USCC_U01 + """</p>
""", True, "U01", "吉林智信职业培训学校",
 [("phone", "04386235781", "0438-6235781"), ("phone", "+8613944871265", "13944871265"),
  ("domain", "jlzhixin.cn", "www.jlzhixin.cn"), ("uscc", USCC_U01, USCC_U01)],
 "training school's own course page, honest")

page("/zhixin/baoming.html", "在线报名 - 吉林智信职业培训学校", """
<h1>2026年春季班在线报名</h1>
<p>人工智能训练师（数据标注方向）五级、四级春季班3月28日开班，周六日上课，每班限30人。</p>
<form><p>姓名：<input placeholder="请输入姓名"></p><p>手机：<input placeholder="例：13800138000"></p>
<p>报考等级：<select><option>五级</option><option>四级</option><option>三级</option></select></p><p><button>提交</button></p></form>
<p>提交后招生老师会在一个工作日内回电。也可直接联系：王老师 139 4487 1265（微信同号），或添加招生微信 zx_px0438。材料可发邮箱 zhixinpx@126.com。</p>
<p>理论和实操考试在松原职业技术学院实训楼考点进行，考试当天如找不到考场可拨打考点前台 0438-6123690。</p>
""", True, "U01", "智信职校",
 [("phone", "+8613944871265", "139 4487 1265"), ("wechat", "zx_px0438", "zx_px0438"), ("email", "zhixinpx@126.com", "zhixinpx@126.com")],
 "enrolment form of the training school")

# ================= kekt marketplace =================
page("/kekt/course/10218.html", "【智信职教】人工智能训练师五级/四级 线上+线下 松原面授 - 课课堂", """
<h1>【智信职教】人工智能训练师五级/四级 线上+线下 松原面授</h1>
<p class="price">¥1380 起 <span>已售 214</span></p>
<p>课程ID：15800321776　店铺：智信职教旗舰店（松原）</p>
<h3>课程介绍</h3>
<p>60课时系统课程：数据采集与处理、数据标注、智能系统运维基础。线上录播+松原本地周末面授实操，结课后推荐参加等级认定。</p>
<p>温馨提示：等级认定需符合申报条件，本店不承诺考试结果。</p>
<h3>机构信息</h3>
<p>入驻机构：吉林智信职业培训学校　机构咨询电话 139-4487-1265　微信：Zx_Px0438</p>
<div class="reviews"><h3>评价（32）</h3><p>“周末面授老师讲得细，实操多。”——学员 s***8</p></div>
""", True, "U01", "智信职教",
 [("phone", "+8613944871265", "139-4487-1265"), ("wechat", "zx_px0438", "Zx_Px0438")],
 "marketplace store of U01 under brand 智信职教")

page("/kekt/course/10335.html", "人社部颁发 人工智能训练师三级证书 零基础包过 全国通用 - 课课堂", """
<h1>人社部颁发 人工智能训练师证书 三级/二级 零基础 包过 全国通用</h1>
<p class="price">¥3980 <del>¥9999</del> 限时特价　<span>已售 1.2万+</span></p>
<p>课程ID：15800321776-B　店铺：国培AI认证中心</p>
<h3>为什么选择我们</h3>
<ul><li>国家职业资格证书，人社部颁发，终身有效</li><li>不限学历不限经验，零基础直接报二级技师</li><li>免培训、包通过，不过全额退款</li><li>入库可查：官网查询 www.zgjnrc-cx.com</li><li>可挂靠企业，年入2-5万</li></ul>
<p>三证同报（五级+四级+三级）优惠价6800元，名额有限。</p>
<h3>客服</h3><p>客服微信 ZKZP_2024（备注“证书”）</p>
<p>资质公示：北京中科智培教育科技有限公司 统一社会信用代码 """ + USCC_U02 + """</p>
<p class="note">批次：4001202603（报名批次号，非电话）</p>
""", True, "U02", "国培AI认证中心",
 [("wechat", "zkzp_2024", "ZKZP_2024"), ("domain", "zgjnrc-cx.com", "www.zgjnrc-cx.com"), ("uscc", USCC_U02, USCC_U02)],
 "scam listing: 人社部颁发, 包过, fake query domain")

page("/kekt/course/10407.html", "人工智能训练师（数据标注员）四级 实操班 长春/线上 - 课课堂", """
<h1>人工智能训练师（数据标注员）四级 实操班</h1>
<p class="price">¥1680 <span>已售 96</span></p>
<p>店铺：长春博睿数智教育</p>
<p>课程对应国家职业技能标准四级要求：数据采集和处理、数据标注、智能系统运维。提供标注平台账号练习，120小时实操项目。</p>
<p>报名前请确认：持五级证书满4年，或相关工作满6年，或技工院校相关专业毕业。条件审核不通过全额退款。</p>
<p>咨询：0431-85923316（工作日）　QQ 3391207458</p>
""", True, "U04", "长春博睿数智教育",
 [("phone", "043185923316", "0431-85923316"), ("qq", "3391207458", "3391207458")],
 "honest Changchun provider on the marketplace")

page("/kekt/course/10512.html", "人工智能训练师 五级+四级 周末班 吉林全省开班 - 课课堂", """
<h1>人工智能训练师 五级+四级 周末班（吉林全省开班）</h1>
<p class="price">¥2580 <span>已售 380</span></p>
<p>店铺：鸿图教育</p>
<p>长春、吉林、松原、白城同步开班，周末面授+直播回放。培训合格颁发培训结业证书，参加等级认定合格后获得职业技能等级证书。</p>
<p>补贴后几乎免费！（需本人连续缴纳失业保险满1年，以人社审核为准）</p>
<p>全国统一咨询热线：4000-438-617</p>
""", True, "U06", "鸿图教育",
 [("phone", "4000438617", "4000-438-617")],
 "provincial chain, subsidy pitch")

page("/kekt/course/10620.html", "华智云课 人工智能训练师全阶课 AI大模型数据标注 - 课课堂", """
<h1>华智云课｜人工智能训练师全阶课（AI大模型数据标注）</h1>
<p class="price">¥2980 <del>¥9999</del> <span>已售 5.6万</span></p>
<p>店铺：华智云课官方店</p>
<p>90%小白都能学会！50节线上课，学完即可参加考试，拿证后升职加薪。赠送AIGC证书一本。</p>
<p>报名批次：4001202603　开课后不支持退款。</p>
<p>官方客服：400-826-3190</p>
""", True, "U07", "华智云课",
 [("phone", "4008263190", "400-826-3190")],
 "national online seller, hype")

page("/kekt/course/10733.html", "码上学AI｜数据标注入门到接单 人工智能训练师五级备考 - 课课堂", """
<h1>码上学AI｜数据标注入门到接单（人工智能训练师五级备考）</h1>
<p class="price">¥399 <span>已售 1,045</span></p>
<p>店铺：码上学AI</p>
<p>本课程为技能培训，不含证书。想考五级的同学请自行向备案评价机构报名，我们提供理论题库练习。</p>
<p>课程答疑QQ群：618204937（购买后凭订单号入群）　讲师微信 mashangxue_ai</p>
<p>如遇支付问题请联系支付宝客服95188。</p>
""", True, "I02", "码上学AI",
 [("qq_group", "618204937", "618204937"), ("wechat", "mashangxue_ai", "mashangxue_ai")],
 "independent honest online course")

# ================= bbs forum =================
page("/bbs/thread-88213-1-1.html", "【推荐】人工智能训练师证书 国家认可 包过 全国可查 - 松原论坛", """
<h1>【推荐】人工智能训练师证书 国家认可 包过 全国可查</h1>
<div class="post"><p class="author">楼主：中科智培小助手　发表于 2026-03-05 10:22</p>
<p>人工智能训练师是人社部认证的新职业！现在考证正是红利期，中科智培官方认证，免培训、包通过，国家认可、官方认证，40天下证。</p>
<p>二级技师、一级高级技师零基础都能报，不限学历不限年龄。证书编号入库可查。</p>
<p>咨询电话186 4387 0912　V：zkzp_2024</p></div>
<div class="post"><p class="author">2楼：松原小鱼儿</p><p>真的假的？求资料 我的qq 1294837560 发我看看</p></div>
<div class="post"><p class="author">3楼：老韩说事</p><p>零基础报一级？楼主你自己信吗</p></div>
""", True, "U02", "中科智培",
 [("phone", "+8618643870912", "186 4387 0912"), ("wechat", "zkzp_2024", "zkzp_2024")],
 "forum spam post by U02")

page("/bbs/thread-88240-1-1.html", "松原本地人工智能训练师培训，宁江区面授，三级包过 - 松原论坛", """
<h1>松原本地人工智能训练师培训，宁江区面授，三级包过</h1>
<div class="post"><p class="author">楼主：启航教育-刘老师　发表于 2026-03-06 19:40</p>
<p>启航教育在宁江区开班啦，人工智能训练师三级（高级工）零基础可报，学两周直接考，包过！考不过免费重学。</p>
<p>地址：宁江区建华路万达广场写字楼B座。报名电话：157-0438-5521（微信同号）</p></div>
<div class="post"><p class="author">2楼：前郭小张</p><p>三级要四级证书吧？</p></div>
<div class="post"><p class="author">3楼：启航教育-刘老师</p><p>回复2楼：我们有渠道，私聊。</p></div>
""", True, "U03", "启航教育",
 [("phone", "+8615704385521", "157-0438-5521")],
 "local dishonest seller, forum post")

page("/bbs/thread-88302-1-1.html", "问一下：在松原考人工智能训练师去哪报名靠谱？ - 松原论坛", """
<h1>问一下：在松原考人工智能训练师去哪报名靠谱？</h1>
<div class="post"><p class="author">楼主：查干湖的鱼</p><p>单位让考个人工智能训练师，网上一堆广告，不知道哪家靠谱，有没有考过的说一下。</p></div>
<div class="post"><p class="author">2楼：宁江老王</p><p>先去人社局问问，打12333。</p></div>
<div class="post"><p class="author">3楼：AI训练师李老师</p><p>我这边可以直接拿证，不用考试，五级到三级都有，全国通用人社部颁发，价格私聊 v：li_ai_laoshi</p></div>
<div class="post"><p class="author">4楼：查干湖的鱼</p><p>不用考试的证敢要吗……</p></div>
""", True, "U05", "AI训练师李老师",
 [("wechat", "li_ai_laoshi", "li_ai_laoshi")],
 "question thread; the offer is reply #3 by U05")

page("/bbs/thread-88355-1-1.html", "前郭数据标注基地招学员，培训+考证+推荐就业 - 松原论坛", """
<h1>前郭数据标注基地招学员，培训+考证+推荐就业</h1>
<div class="post"><p class="author">楼主：智标数据-孙经理　发表于 2026-03-09 08:15</p>
<p>前郭县智标数据科技有限公司在县电商产业园有标注基地，现招人工智能训练师（数据标注员）五级培训学员，培训一个月，考核合格安排基地实习，按件计酬。</p>
<p>培训费980元，实习满3个月返还一半。联系电话13596087734，Q:1592648830</p></div>
<div class="post"><p class="author">2楼：郭尔罗斯人</p><p>去看过，确实有个标注基地，电脑挺多。</p></div>
""", True, "U08", "前郭县智标数据科技有限公司",
 [("phone", "+8613596087734", "13596087734"), ("qq", "1592648830", "1592648830")],
 "data-labeling base with training")

page("/bbs/thread-88411-1-1.html", "曝光：交了3980说包过，证书查不到，人也拉黑了 - 松原论坛", """
<h1>曝光：交了3980说包过，证书查不到，人也拉黑了</h1>
<div class="post"><p class="author">楼主：被坑的宁江人　发表于 2026-03-12 22:03</p>
<p>去年在网上报了个“人工智能训练师三级”，对方说人社部颁发、包过，交了3980。拿到的证书在zscx.osta.org.cn根本查不到，对方给的查询网站现在也打不开了。</p>
<p>骗子电话：170-8823-1456，订单编号：13906421587（我在平台上的订单号），大家注意！</p>
<p>已经打了12315投诉，也报警了。</p></div>
<div class="post"><p class="author">2楼：宁江老王</p><p>现在这种太多了，认准能在官方网站查的。</p></div>
<div class="post"><p class="author">3楼：松原小鱼儿</p><p>我也加过一个，我的qq 1294837560 被拉进群让交钱，幸好没交。</p></div>
""", False, None, None, [], "complaint thread quoting a scammer phone and an order number")

# ================= fenlei classifieds =================
page("/fenlei/jiaoyu/51209313x.html", "松原智信培训 人工智能训练师培训 正规学校 可申请补贴 - 松原百姓分类网", """
<h1>松原智信培训 人工智能训练师培训 正规学校 可申请补贴</h1>
<p class="meta">区域：宁江区 | 类别：职业技能培训 | 更新：2026-03-08 | 浏览 523</p>
<p>民办职业培训学校，开设人工智能训练师五级、四级，小班授课，周末上课。参保人员可按政策申请技能提升补贴。报名需审核申报条件。</p>
<p>联系人：王老师　电话：0438 6235781</p>
""", True, "U01", "松原智信培训",
 [("phone", "04386235781", "0438 6235781")],
 "classified ad of U01")

page("/fenlei/jiaoyu/51210477x.html", "人工智能训练师 三级 二级 快速拿证 松原启航 - 松原百姓分类网", """
<h1>人工智能训练师 三级 二级 快速拿证</h1>
<p class="meta">区域：宁江区 | 类别：职业技能培训 | 更新：2026-03-10</p>
<p>松原启航职业技能，人工智能训练师三级二级快速拿证，不限专业无门槛，速成班半个月，官方指定考点。</p>
<p>电话：15704385521</p>
<p>报名表在线填写：https://jinshuju.net/f/Qh8xKp</p>
""", True, "U03", "松原启航职业技能",
 [("phone", "+8615704385521", "15704385521")],
 "U03 classified ad, dishonest")

page("/fenlei/jiaoyu/51211920x.html", "启航教育 宁江校区 人工智能训练师 数据标注 周末班 - 松原百姓分类网", """
<h1>启航教育（宁江校区）人工智能训练师周末班</h1>
<p class="meta">区域：宁江区 | 类别：职业技能培训 | 更新：2026-03-15</p>
<p>零基础可学，包教包会包拿证，学完推荐数据标注兼职。早报名立减500。</p>
<p>电话/微信：157 0438 5521　薇 qihang5521　qq 1047719365</p>
""", True, "U03", "启航教育",
 [("phone", "+8615704385521", "157 0438 5521"), ("wechat", "qihang5521", "qihang5521"), ("qq", "1047719365", "1047719365")],
 "U03 second classified ad")

page("/fenlei/jiaoyu/51212206x.html", "鸿图职业技能培训 人工智能训练师 松原班招生 - 松原百姓分类网", """
<h1>鸿图职业技能培训 人工智能训练师 松原班招生</h1>
<p class="meta">区域：宁江区 | 类别：职业技能培训 | 更新：2026-03-11</p>
<p>吉林省鸿图职业技能培训中心松原教学点，人工智能训练师五级、四级，周末班。</p>
<p>松原教学点负责人：138 4381 2093　学员QQ群736104592</p>
""", True, "U06", "鸿图职业技能培训",
 [("phone", "+8613843812093", "138 4381 2093"), ("qq_group", "736104592", "736104592")],
 "U06 local branch classified")

page("/fenlei/jiaoyu/51213388x.html", "招数据标注员（可培训）前郭 智标数据标注基地 - 松原百姓分类网", """
<h1>招数据标注员（可培训）前郭</h1>
<p class="meta">区域：前郭县 | 类别：招聘/培训 | 更新：2026-03-13</p>
<p>智标数据标注基地招数据标注员，无经验可先参加人工智能训练师（数据标注员）培训，培训费980元，实习期计件。</p>
<p>电话：135 9608 7734 孙经理</p>
<p>报名表在线填写：https://jinshuju.net/f/Zb20Nw</p>
""", True, "U08", "智标数据标注基地",
 [("phone", "+8613596087734", "135 9608 7734")],
 "U08 recruitment-plus-training ad")

page("/fenlei/jiaoyu/51214015x.html", "长岭 人工智能训练师五级 辅导 一对一 - 松原百姓分类网", """
<h1>长岭 人工智能训练师五级 辅导 一对一</h1>
<p class="meta">区域：长岭县 | 类别：家教/辅导 | 更新：2026-03-14</p>
<p>本人在标注公司做了三年项目组长，已取得三级证书，可一对一辅导五级理论和实操，只辅导不代报名，每次2小时150元。</p>
<p>联系电话：159 4830 2216 张老师（发布模板示例：联系电话：13800138000，请勿拨打）</p>
""", True, "I03", "张老师",
 [("phone", "+8615948302216", "159 4830 2216")],
 "independent individual tutor")

# ================= wenda Q&A =================
page("/wenda/q/3301882.html", "人工智能训练师证书有用吗？在哪里报名？ - 知了问答", """
<h1>人工智能训练师证书有用吗？在哪里报名？</h1>
<div class="answer"><p class="author">答主：智培教育-课程顾问</p>
<p>有用！人工智能训练师是国家职业资格证书，人社部颁发，全国通用，可以落户、评职称、领补贴。我们智培教育可以直接报三级，不用看学历，包过。</p>
<p>详细了解加扣扣 2865103347 或电话 18643870912。</p></div>
<div class="answer"><p class="author">答主：HR小林</p><p>楼上说的不对，现在是职业技能等级证书，不是国家职业资格证书，证书可以在zscx.osta.org.cn查询。</p></div>
""", True, "U02", "智培教育",
 [("qq", "2865103347", "2865103347"), ("phone", "+8618643870912", "18643870912")],
 "Q&A answer by U02 with scam claims")

page("/wenda/q/3302417.html", "不想考试能拿人工智能训练师证吗？ - 知了问答", """
<h1>不想考试能拿人工智能训练师证吗？</h1>
<div class="answer"><p class="author">答主：李老师（AI证书规划）</p>
<p>可以的，我们有内部信息，交费后资料都不用交太多，45天出证，国家认可。17390456128 微信同号。</p>
<p>收款方：宁江区慧学信息咨询服务部（个体户，放心）</p></div>
<div class="answer"><p class="author">答主：路过的程序员</p><p>不考试出证就是山寨证，别信。有问题打12333。</p></div>
<div class="comment"><p>网友评论：能加我吗 qq 1294837560</p></div>
""", True, "U05", "李老师（AI证书规划）",
 [("phone", "+8617390456128", "17390456128"), ("other", "宁江区慧学信息咨询服务部", "宁江区慧学信息咨询服务部")],
 "U05 answer, no-exam certificate")

page("/wenda/q/3303050.html", "人工智能训练师证书能挂靠吗？一年能挣多少？ - 知了问答", """
<h1>人工智能训练师证书能挂靠吗？一年能挣多少？</h1>
<div class="answer"><p class="author">答主：优职通证书服务</p>
<p>可以挂靠企业，一年两三万不是问题。我们优职通专做证书服务，人工智能训练师、数据标注员、生成式人工智能系统应用员三证一起办更划算，报三个打八折。</p>
<p>电话 199 4380 2617</p></div>
<div class="answer"><p class="author">答主：做人力的阿雯</p><p>AI训练师没有挂靠需求，别被忽悠。</p></div>
""", True, "U09", "优职通证书服务",
 [("phone", "+8619943802617", "199 4380 2617")],
 "U09 answer, 挂靠 lure, three-certificate bundle")

page("/wenda/q/3304116.html", "怎么查人工智能训练师证书是真是假？ - 知了问答", """
<h1>怎么查人工智能训练师证书是真是假？</h1>
<div class="answer"><p class="author">答主：人社窗口工作人员（已认证）</p>
<p>职业技能等级证书由备案的评价机构颁发，可登录技能人才评价证书全国联网查询 zscx.osta.org.cn，或证书上的 jndj.osta.org.cn 查询。证书编号为22位，比如 S000022070002625300018 这样一个字母加21位数字。</p>
<p>对方给你的“查询网站”不是osta或人社部门的域名，就要小心。拿不准可以打12333。</p></div>
""", False, None, None, [], "guide answer on verification")

# ================= wx reposts =================
page("/wx/a/20260304-brsz.html", "博睿数智｜人工智能训练师四级实操班（长春/线上）3月开班 - 微转载", """
<h1>博睿数智｜人工智能训练师四级实操班（长春/线上）3月开班</h1>
<p class="meta">来源公众号：博睿数智AI教育　2026-03-04</p>
<p>很多同学问四级能不能直接报。按照标准，四级需要持五级证书满4年，或者相关工作满6年，或者技工院校相关专业毕业。我们先审核条件，再收费。</p>
<p>本期实操班使用真实的大模型对话标注项目，40个学时。</p>
<p>咨询电话：（0431）85923316　邮箱：brsz_edu@163.com</p>
""", True, "U04", "博睿数智",
 [("phone", "043185923316", "（0431）85923316"), ("email", "brsz_edu@163.com", "brsz_edu@163.com")],
 "U04 WeChat article repost")

page("/wx/a/20260307-hongtu.html", "吉林鸿图职培：人工智能训练师补贴政策解读+开班通知 - 微转载", """
<h1>人工智能训练师补贴政策解读+开班通知</h1>
<p class="meta">来源公众号：吉林鸿图职培　2026-03-07</p>
<p>失业保险技能提升补贴：五级最高1000元、四级1500元、三级2000元，需参保满1年。注意：二级、一级没有这项国家补贴。</p>
<p>松原班考试地点在松原职业技术学院实训楼，考点前台 0438-6123690。</p>
<p>加入QQ交流群：736104592　报名资料发送至 hongtu_px@qq.com</p>
""", True, "U06", "吉林鸿图职培",
 [("qq_group", "736104592", "736104592"), ("email", "hongtu_px@qq.com", "hongtu_px@qq.com")],
 "U06 article repost")

page("/wx/a/20260309-guoerluosi.html", "郭尔罗斯数据标注基地：在家门口学AI - 微转载", """
<h1>郭尔罗斯数据标注基地：在家门口学AI</h1>
<p class="meta">来源公众号：前郭智标数据　2026-03-09</p>
<p>基地已与多家互联网公司合作标注项目，面向前郭本地招收人工智能训练师（数据标注员）培训学员，培训合格即可上岗。</p>
<p>报名QQ：1592648830　报名表：https://jinshuju.net/f/Gel39T</p>
""", True, "U08", "郭尔罗斯数据标注基地",
 [("qq", "1592648830", "1592648830")],
 "U08 article repost")

page("/wx/a/20260311-fuyu.html", "扶余市新起点职业培训学校人工智能训练师五级招生简章 - 微转载", """
<h1>扶余市新起点职业培训学校人工智能训练师五级招生简章</h1>
<p class="meta">来源公众号：扶余新起点培训　2026-03-11</p>
<p>培训对象：从事数据处理、客服、电商运营满一年的在职人员。培训60课时，培训费1200元，可申请技能提升补贴。考试通过的证书样例：证书编号 S000022070002625300018（样例）。</p>
<p>报名地址：扶余市三岔河镇长春街86号　电话：0438-5862310</p>
""", True, "I06", "扶余市新起点职业培训学校",
 [("phone", "04385862310", "0438-5862310")],
 "independent county school")

# ================= video =================
page("/video/v/7301882201.html", "零基础考AI训练师，人社部颁发，包过！@中科智培AI学院 - 快看", """
<h1>零基础考AI训练师，人社部颁发，包过！</h1>
<p class="author">@中科智培AI学院 · 12.3万粉丝</p>
<p class="desc">原价9999限时99元体验课，人工智能训练师二级技师证书不限学历直接报，三证同报更优惠 #人工智能训练师 #考证</p>
<p>主页简介：➕V: ZKZP_2024　QQ：286 510 3347</p>
<div class="comments"><p>用户3312：真的能考吗？</p><p>作者回复：私信，包过的</p></div>
""", True, "U02", "中科智培AI学院",
 [("wechat", "zkzp_2024", "ZKZP_2024"), ("qq", "2865103347", "286 510 3347")],
 "U02 short video")

page("/video/v/7301903314.html", "松原的朋友看过来，AI训练师在家门口就能考 - 快看", """
<h1>松原的朋友看过来，AI训练师在家门口就能考</h1>
<p class="author">@启航老师（松原） · 3,102粉丝 · 同城</p>
<p class="desc">宁江区面授，两周拿证，学完接数据标注单子，评论区扣1 #松原 #人工智能训练师</p>
<p>简介：VX：qihang5521　报名表：https://jinshuju.net/f/Qh8xKp</p>
""", True, "U03", "启航老师",
 [("wechat", "qihang5521", "qihang5521")],
 "U03 local short video")

page("/video/v/7302011675.html", "不用考试也能拿证？AI训练师李老师告诉你 - 快看", """
<h1>不用考试也能拿证？</h1>
<p class="author">@AI训练师李老师 · 8,460粉丝</p>
<p class="desc">国家认可、官方认证，人工智能训练师五级到三级，资料齐全就能出证 #考证 #副业</p>
<p>主页vx li_ai_laoshi　电话 1739 045 6128</p>
""", True, "U05", "AI训练师李老师",
 [("wechat", "li_ai_laoshi", "li_ai_laoshi"), ("phone", "+8617390456128", "1739 045 6128")],
 "U05 short video")

page("/video/v/7302154420.html", "90%小白都能学会的AI训练师课 @华智AI学院 - 快看", """
<h1>90%小白都能学会的AI训练师课</h1>
<p class="author">@华智AI学院 · 46.8万粉丝</p>
<p class="desc">大模型时代，数据标注人才缺口百万，拿到证书便可升职加薪！限时99元 #华智AI学院</p>
<p>课程咨询 400 826 3190　助教vx：hzyk2025</p>
""", True, "U07", "华智AI学院",
 [("phone", "4008263190", "400 826 3190"), ("wechat", "hzyk2025", "hzyk2025")],
 "U07 short video")

page("/video/v/7302299013.html", "证书还能挂靠挣钱？吉职通带你了解 - 快看", """
<h1>证书还能挂靠挣钱？</h1>
<p class="author">@吉职通 · 2.1万粉丝</p>
<p class="desc">人工智能训练师+数据标注员+AIGC三证一起办，挂靠企业年入2万，不限专业不限年龄 #证书 #挂靠</p>
<p>VX yzt_zs888　☎19943802617</p>
""", True, "U09", "吉职通",
 [("wechat", "yzt_zs888", "yzt_zs888"), ("phone", "+8619943802617", "19943802617")],
 "U09 short video")

page("/video/v/7302411208.html", "数据标注员的一天+我的五级备考经验 - 快看", """
<h1>数据标注员的一天+我的五级备考经验</h1>
<p class="author">@数据标注小周 · 5,870粉丝 · 同城</p>
<p class="desc">在松原做标注两年，去年考了人工智能训练师五级，开了个小班带大家备考理论+实操，只讲课不包证 #数据标注</p>
<p>小班报名：18243812665（周）　报名表：https://jinshuju.net/f/Zhou5x（填写示例：13800138000）</p>
""", True, "I05", "数据标注小周",
 [("phone", "+8618243812665", "18243812665")],
 "independent creator with a small class")

# ================= news =================
page("/news/sx/2026-03/120488.html", "松原学员在家门口学AI 鸿图职业技能培训中心开设人工智能训练师班 - 松原新闻网", """
<h1>松原学员在家门口学AI 鸿图职业技能培训中心开设人工智能训练师班</h1>
<p class="meta">2026-03-12 | 来源：商讯 | 编辑：刘畅</p>
<p>（广告）近日，吉林省鸿图职业技能培训中心松原教学点人工智能训练师五级、四级周末班开课。该中心负责人表示，学员可按规定申请技能提升补贴。</p>
<p>本期批次：4001202603。报名咨询：4000438617，松原教学点：13843812093。</p>
""", True, "U06", "鸿图职业技能培训中心",
 [("phone", "4000438617", "4000438617"), ("phone", "+8613843812093", "13843812093")],
 "advertorial in local news")

page("/news/bd/2026-03/120502.html", "警惕！“包过”“人社部颁发”的人工智能训练师证书多是山寨证 - 松原新闻网", """
<h1>警惕！“包过”“人社部颁发”的人工智能训练师证书多是山寨证</h1>
<p class="meta">2026-03-14 | 来源：松原新闻网 | 记者：赵敏</p>
<p>近期，市民王女士反映，其在网上花3980元报名“人工智能训练师三级”，对方承诺包过，证书却无法在官方网站查询。记者拨打对方留下的电话170-8823-1456，已无法接通。</p>
<p>市人社局提醒：职业技能等级证书由备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询；“人社部颁发”“免培训包过”等说法均不可信。遇到问题可拨打12333咨询，或拨打12315向市场监管部门投诉。</p>
<p>相关通知见市人社局网站 rsj.jlsy.gov.cn。</p>
""", False, None, None, [], "news warning quoting scammer number and hotlines")

page("/news/bd/2026-03/120533.html", "查干湖冬捕收官 今年头鱼拍出新高 - 松原新闻网", """
<h1>查干湖冬捕收官 今年头鱼拍出新高</h1>
<p class="meta">2026-03-01 | 来源：松原新闻网</p>
<p>第二十四届查干湖冰雪渔猎文化旅游节日前落下帷幕，冬捕期间累计接待游客超过百万人次。</p>
""", False, None, None, [], "unrelated local news")

# ================= college =================
page("/college/jxjy/ai-peixun.html", "继续教育学院人工智能训练师社会培训招生公告 - 松原职业技术学院", """
<h1>继续教育学院2026年人工智能训练师社会培训招生公告</h1>
<p class="meta">发布时间：2026-03-03 | 发布部门：继续教育学院</p>
<p>我院面向社会开设人工智能训练师（数据标注员）五级、四级培训，依托校内实训楼考点。培训费按物价部门核定标准收取，认定费另计。</p>
<p>报名条件按照国家职业技能标准执行；在校生可报名毕业年级对应等级。</p>
<p>考试当天请提前30分钟到实训楼考点，考点前台 0438-6123690。</p>
<p>报名咨询：继续教育学院 0438-6519032　邮箱 jxjy_sypt@163.com</p>
""", True, "I01", "松原职业技术学院继续教育学院",
 [("phone", "04386519032", "0438-6519032"), ("email", "jxjy_sypt@163.com", "jxjy_sypt@163.com")],
 "independent college continuing-ed offer")

# ================= rsj =================
page("/rsj/tzgg/2026/0310-01.html", "关于防范技术技能类“山寨证书”的提示 - 松原市人力资源和社会保障局", """
<h1>关于防范技术技能类“山寨证书”的提示</h1>
<p class="meta">发布日期：2026-03-10 | 来源：职业能力建设科</p>
<p>近期，我市部分群众反映在网络上报名人工智能训练师等培训后，获得的证书无法查询。现提示如下：</p>
<p>一、人工智能训练师（4-04-05-05）证书为职业技能等级证书，由经备案的评价机构颁发，人社部门不直接颁发，也不是国家职业资格证书。</p>
<p>二、证书可在技能人才评价证书全国联网查询（zscx.osta.org.cn）或 jndj.osta.org.cn 查询。</p>
<p>三、凡宣称“包过”“免培训直接发证”“零基础报考二级、一级”的，均不符合国家职业技能标准。</p>
<p>四、如遇虚假宣传，可拨打12345、12315投诉；政策咨询请拨打12333。</p>
<p>松原市人力资源和社会保障局　2026年3月10日</p>
""", False, None, None, [], "official notice")

# ================= blog =================
page("/blog/p/brsz-ai-trainer.html", "我们为什么坚持先审条件再收费｜博睿AI训练营 - 简记博客", """
<h1>我们为什么坚持先审条件再收费</h1>
<p class="meta">作者：博睿AI训练营 | 2026-03-06</p>
<p>做了三年人工智能训练师培训，最常被问的是“能不能直接考三级”。我们的回答一直是：按标准来。</p>
<p>课程和报名请看官网 brszedu.com，或者写邮件到 brsz_edu#163.com（#换成@）。</p>
""", True, "U04", "博睿AI训练营",
 [("domain", "brszedu.com", "brszedu.com"), ("email", "brsz_edu@163.com", "brsz_edu#163.com")],
 "U04 blog post")

page("/blog/p/huazhi-ai-xunlianshi.html", "2026人工智能训练师报考指南（附华智云课学习路线） - 简记博客", """
<h1>2026人工智能训练师报考指南（附学习路线）</h1>
<p class="meta">作者：华智云课 | 2026-03-08</p>
<p>人社新认证职业！人工智能训练师共五个等级……学完华智云课全阶课即可参加考试，拿证后升职加薪。</p>
<p>官网 www.huazhiyunke.com　微信 hzyk2025　邮箱 service@huazhiyunke.com</p>
""", True, "U07", "华智云课",
 [("domain", "huazhiyunke.com", "www.huazhiyunke.com"), ("wechat", "hzyk2025", "hzyk2025"), ("email", "service@huazhiyunke.com", "service@huazhiyunke.com")],
 "U07 SEO guide with sales pitch")

page("/blog/p/youzhitong-sanzheng.html", "三证合一怎么办最省钱？优职通证书服务说明 - 简记博客", """
<h1>三证一起办怎么办最省钱？</h1>
<p class="meta">作者：优职通 | 2026-03-09</p>
<p>人工智能训练师证书直接对应职称证书，三级+2年就是助理工程师。三证同报打八折，可挂靠。</p>
<p>Wechat: YZT_ZS888　经营者：松原市宁江区优职通信息咨询服务部 统一社会信用代码：""" + USCC_U09 + """</p>
""", True, "U09", "优职通",
 [("wechat", "yzt_zs888", "YZT_ZS888"), ("uscc", USCC_U09, USCC_U09)],
 "U09 blog post")

page("/blog/p/yuan-biaozhu-ke.html", "标注员转行记录，顺便开个备考小课 - 简记博客", """
<h1>标注员转行记录，顺便开个备考小课</h1>
<p class="meta">作者：元子 | 2026-03-10</p>
<p>我在长春做了两年图像标注，去年考了五级。这里整理一下备考资料，另外周末开个线上小课（8节，299元），只讲知识点，不代办任何证书。</p>
<p>想报名的发邮件 yuan.biaozhu@foxmail.com 或微信 yuan_bz2023。</p>
""", True, "I04", "元子",
 [("email", "yuan.biaozhu@foxmail.com", "yuan.biaozhu@foxmail.com"), ("wechat", "yuan_bz2023", "yuan_bz2023")],
 "independent blogger's small course")

page("/blog/p/zhengshu-zhenjia.html", "一文看懂：人工智能训练师证书的真假与编号 - 简记博客", """
<h1>一文看懂：人工智能训练师证书的真假与编号</h1>
<p class="meta">作者：打工人阿木 | 2026-03-11</p>
<p>职业技能等级证书编号22位：第1位Y或S，第2-5位机构代码……举例 S000022070002625300018。查证请上 zscx.osta.org.cn，证书上也会印 jndj.osta.org.cn。</p>
<p>有人说“人社部颁发”，不对；人社部门只备案和监管。拿不准就打12333。</p>
""", False, None, None, [], "neutral guide")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "12345", ["12345"], "city government hotline"),
 ("phone", "12377", ["12377"], "internet illegal-content report hotline in the Q&A footer"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "rsj.jlsy.gov.cn", ["rsj.jlsy.gov.cn"], "local 人社局 site quoted in news"),
 ("phone", "4006107788", ["400-610-7788"], "marketplace's customer-service footer on every kekt page"),
 ("email", "kefu@kekt.com.cn", ["kefu@kekt.com.cn"], "marketplace footer e-mail"),
 ("uscc", USCC_KEKT, [USCC_KEKT], "marketplace operator's own licence in footer"),
 ("other", "京ICP备19038271号-2", ["京ICP备19038271号-2"], "marketplace ICP number"),
 ("qq_group", "558120347", ["558120347"], "forum's official QQ group in footer"),
 ("phone", "04385051234", ["0438-5051234"], "classifieds site's customer-service number"),
 ("other", "吉ICP备17003421号", ["吉ICP备17003421号"], "classifieds site's ICP"),
 ("email", "tougao@wxzhuanzai.cn", ["tougao@wxzhuanzai.cn"], "repost site's submission e-mail"),
 ("wechat", "wzzx_hub", ["wzzx_hub"], "repost site's own official account"),
 ("phone", "01057123366", ["010-57123366"], "video platform's service number"),
 ("phone", "04386666110", ["0438-6666110"], "news site's news hotline"),
 ("phone", "04386512000", ["0438-6512000"], "college's general office number in footer"),
 ("domain", "jianji-blog.cn", ["jianji-blog.cn"], "blog platform domain in footer"),
 ("phone", "+8617088231456", ["170-8823-1456"], "scammer number quoted in a complaint and in news"),
 ("other", "13906421587", ["13906421587"], "a marketplace order number that looks like a mobile"),
 ("other", "15800321776", ["15800321776"], "marketplace course IDs that look like a mobile"),
 ("other", "4001202603", ["4001202603"], "enrolment batch number that looks like a 400 number"),
 ("other", "S000022070002625300018", ["S000022070002625300018"], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("qq", "1294837560", ["1294837560"], "a forum reader's own QQ posted in comments"),
 ("phone", "04386123690", ["0438-6123690"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
]

# ---------- rendering ----------
CSS = {
 "training-company": "body{font-family:sans-serif;margin:0}header{background:#0b4a8b;color:#fff;padding:10px}nav a{color:#fff;margin-right:14px}",
 "course-marketplace": "body{font-family:Arial;background:#f5f5f5}header{background:#ff6a00;color:#fff;padding:8px}.price{color:#e4393c;font-size:22px}",
 "forum": "body{font:13px Tahoma}.post{border:1px solid #cde;margin:6px 0;padding:6px}.author{background:#e8f0fa}",
 "classifieds": "body{font:14px SimSun}header{background:#2c9f45;color:#fff}.meta{color:#888}",
 "qa": "body{font-family:sans-serif}.answer{border-bottom:1px solid #eee;padding:8px}",
 "wechat-repost": "body{max-width:680px;margin:auto;font-family:sans-serif}.meta{color:#576b95}",
 "short-video": "body{background:#161823;color:#eee}.desc{font-size:15px}",
 "news": "body{font-family:SimSun}header{border-bottom:3px solid #c00}",
 "college": "body{font-family:sans-serif}header{background:#1d5e2f;color:#fff}",
 "gov-notice": "body{font-family:SimSun}header{background:#b71c1c;color:#fff}.meta{text-align:center}",
 "blog": "body{font-family:Georgia,serif;max-width:760px;margin:auto}",
}

def site_pages(s):
    return [p for p in PAGES if p["site"] == s and not p["path"].endswith("/index.html")]

def render(site, title, crumbs, body, related):
    cfg = SITES[site]
    menu = " ".join('<a href="%s">%s</a>' % (h, t) for t, h in cfg["menu"])
    crumb = " &gt; ".join('<a href="%s">%s</a>' % (h, t) if h else t for t, h in crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"].split(" - ")[0]) for p in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>
<body class="%s">
<header><div class="logo">%s</div><nav>%s</nav></header>
<div class="crumbs">当前位置：%s</div>
<div class="wrap"><main>%s</main>
<aside>%s<h4>相关链接</h4><ul>%s</ul><p><a href="/index.html">返回导航</a></p></aside></div>
<footer>%s</footer>
</body></html>
""" % (title, CSS[cfg["style"]], cfg["style"], cfg["name"], menu, crumb, body, cfg["side"], rel, cfg["footer"])

INDEX_INTRO = {
 "zhixin": "<h1>吉林智信职业培训学校</h1><p>计算机、电子商务、人工智能训练师职业技能培训。</p>",
 "kekt": "<h1>课课堂 · 职业技能好课</h1><p>热门：人工智能训练师 / 数据标注 / AIGC</p>",
 "bbs": "<h1>教育培训版</h1><p>今日帖子：37　版主：宁江老王</p>",
 "fenlei": "<h1>松原教育培训信息</h1><p>免费发布培训信息</p>",
 "wenda": "<h1>知了问答 · 教育频道</h1>",
 "wx": "<h1>公众号文章 · 教育</h1>",
 "video": "<h1>推荐视频</h1>",
 "news": "<h1>松原新闻网</h1>",
 "college": "<h1>松原职业技术学院</h1><p>学院新闻 | 通知公告 | 继续教育</p>",
 "rsj": "<h1>通知公告</h1>",
 "blog": "<h1>简记博客 · 最新文章</h1>",
}

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for s in SITE_ORDER:
        page("/%s/index.html" % s, SITES[s]["name"] + " - 首页", INDEX_INTRO[s], False, None, None, [], "site index")
    page("/index.html", "导航", "", False, None, None, [], "hub")
    out = {}
    for p in PAGES:
        s = p["site"]
        if p["path"] == "/index.html":
            links = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, SITES[k]["name"], SITES[k]["style"]) for k in SITE_ORDER)
            html = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：松原 人工智能训练师</title></head>'
                    '<body><h1>一周搜索记录（松原）：人工智能训练师 培训 证书</h1><ul>%s</ul></body></html>\n' % links)
        else:
            cfg = SITES[s]
            sp = site_pages(s)
            if p["path"].endswith("/index.html"):
                body = p["body"] + "<ul class='list'>" + "".join(
                    '<li><a href="%s">%s</a></li>' % (q["path"], q["title"].split(" - ")[0]) for q in sp) + "</ul>"
                crumbs = [("首页", None)]
                related = []
            else:
                body = p["body"]
                crumbs = [("首页", "/%s/index.html" % s), (p["title"].split(" - ")[0], None)]
                related = [q for q in sp if q["path"] != p["path"]][:5]
            html = render(s, p["title"], crumbs, body, related)
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(html)
        out[p["path"]] = html
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    ops = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pages = sorted(path for path, h in out.items() if any(w in h for w in ws))
        decoys.append({"kind": k, "value": v, "written": ws, "pages": pages, "why": why})
    truth = {
        "pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                   "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]} for p in PAGES],
        "operators": dict(sorted(ops.items())),
        "decoys": decoys,
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
