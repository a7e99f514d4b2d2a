#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------- USCC (GB 32100) ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPH.index(c) * w for c, w in zip(s17, W))
    r = 31 - s % 31
    return s17 + ALPH[0 if r == 31 else r]

U01_USCC = uscc("52620902", "MJ41CD7R")   # 民办非企业单位 (training school), 酒泉肃州
U06_USCC = uscc("91110108", "MA01RX3K")   # 企业, 北京海淀
U07_USCC = uscc("92640202", "MA7FQ2B5")   # 个体工商户, 石嘴山大武口
RSJ_USCC = uscc("11640200", "01336952")   # 机关
SHOP_USCC = "91330100716105852F"           # shop platform operator (from domain notes)

# ---------- sites ----------
SITES = {
 "hxzp": dict(name="河西智培职业培训学校", css="#0b5394", menu=[("首页", "/hxzp/index.html"), ("人工智能训练师", "/hxzp/ai-trainer.html")],
   side="<h4>报名须知</h4><p>五级申报：累计从事本职业或相关职业工作满1年，或本职业学徒期满。</p><p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p>",
   foot="河西智培职业培训学校 · 地址：酒泉市肃州区南大街育才巷8号三楼 · 电话：0937-2613388 · 手机：138-9371-2046 · 微信：hxzp_ai2024<br>办学许可/统一社会信用代码：" + U01_USCC + " · 网址：www.hxzhipei.com.cn · 陇ICP备2021004418号-1"),
 "kecheng": dict(name="课多多 · 职业技能课程平台", css="#e8710a", menu=[("首页", "/kecheng/index.html"), ("IT/人工智能", "/kecheng/index.html#ai"), ("职业资格", "/kecheng/index.html#zy"), ("我的课程", "/kecheng/index.html")],
   side="<h4>平台保障</h4><p>7天无理由退课（已开通直播课除外）</p><p>举报违规课程请联系平台客服</p>",
   foot="课多多 www.keduoduo.com · 客服热线 400-820-6351（9:00-21:00）· 客服邮箱 kf@keduoduo.com · 沪ICP备17042265号-3<br>平台仅提供信息发布服务，课程内容由机构自行负责"),
 "bbs": dict(name="河西走廊论坛", css="#3d85c6", menu=[("论坛首页", "/bbs/index.html"), ("酒泉生活", "/bbs/index.html#jq"), ("教育培训", "/bbs/index.html#edu"), ("曝光台", "/bbs/t-2058.html")],
   side="<h4>版规</h4><p>广告贴请发到【教育培训】版，私下交易风险自负。</p><p>版主QQ：85632107</p>",
   foot="河西走廊论坛 hxzl.net · 论坛交流QQ群：371520964 · 违法和不良信息举报：bbs@hxzl.net · 甘ICP备09001723号"),
 "fenlei": dict(name="塞上同城分类信息", css="#6aa84f", menu=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#edu"), ("招聘", "/fenlei/index.html"), ("二手", "/fenlei/index.html")],
   side="<h4>免费发布信息</h4><form><p>标题 <input placeholder='如：人工智能训练师培训'></p><p>联系电话 <input placeholder='例：13800138000'></p><p>微信号 <input placeholder='请填写微信号'></p></form><p class='tip'>请勿提前支付任何费用</p>",
   foot="塞上同城分类信息 www.saishang58.cn · 石嘴山站 · 宁ICP备18003621号-1 · 信息由用户发布，本站不承担担保责任"),
 "wenda": dict(name="好问答", css="#674ea7", menu=[("首页", "/wenda/index.html"), ("教育", "/wenda/index.html#edu"), ("职场", "/wenda/index.html"), ("我要提问", "/wenda/index.html")],
   side="<h4>相关问题</h4><p>人工智能训练师证书有用吗？</p><p>技能提升补贴怎么领？</p>",
   foot="好问答 www.hxwenda.com · 用户协议 · 隐私政策 · 京ICP备15064311号 · 回答内容仅代表答主观点"),
 "wx": dict(name="微文摘 · 公众号文章聚合", css="#38761d", menu=[("首页", "/wx/index.html"), ("教育", "/wx/index.html#edu"), ("职场", "/wx/index.html"), ("投稿", "/wx/index.html")],
   side="<h4>热门公众号</h4><p>酒泉职场圈</p><p>石嘴山本地通</p><p>AI新职业观察</p>",
   foot="微文摘 wxwenzhai.cn · 文章转载自微信公众号，版权归原作者 · 投稿/删稿：tougao@wxwenzhai.cn · 浙ICP备19022087号"),
 "video": dict(name="快看短视频", css="#cc0000", menu=[("推荐", "/video/index.html"), ("同城", "/video/index.html#tc"), ("教育", "/video/index.html")],
   side="<h4>猜你喜欢</h4><p>#人工智能训练师</p><p>#数据标注</p><p>#考证</p>",
   foot="快看短视频 · 网上有害信息举报电话：010-57126658 · 京ICP备20013377号-6 · 未成年人保护"),
 "news": dict(name="酒泉在线", css="#990000", menu=[("首页", "/news/index.html"), ("本地", "/news/index.html"), ("民生", "/news/index.html"), ("教育", "/news/index.html")],
   side="<h4>热点</h4><p>酒泉多部门联合开展职业技能培训市场检查</p><p>今冬明春供暖保障</p>",
   foot="酒泉在线 · 新闻热线：0937-2882110 · 陇ICP备11000521号 · 互联网新闻信息服务许可证"),
 "rsj": dict(name="石嘴山市人力资源和社会保障局（示例站）", css="#a61c00", menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tz"), ("政策文件", "/rsj/index.html"), ("办事服务", "/rsj/index.html")],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>证书查询：zscx.osta.org.cn</p><p>技能人才评价工作网：osta.mohrss.gov.cn</p>",
   foot="主办：石嘴山市人力资源和社会保障局 · 统一社会信用代码：" + RSJ_USCC + " · 地址：石嘴山市大武口区朝阳西街 · 咨询电话：12333"),
 "shop": dict(name="好物商城 · 教育服务", css="#ff6d01", menu=[("商城首页", "/shop/index.html"), ("教育培训", "/shop/index.html#edu"), ("购物车", "/shop/index.html")],
   side="<h4>交易保障</h4><p>请通过平台担保交易，勿私下转账。支付问题可咨询支付宝客服95188。</p>",
   foot="好物商城 · 营业执照：" + SHOP_USCC + " · 平台客服 9510-8866 · 浙B2-20120091"),
 "college": dict(name="河西职业技术学院", css="#1c4587", menu=[("学院首页", "/college/index.html"), ("继续教育", "/college/index.html#jx"), ("招生就业", "/college/index.html")],
   side="<h4>快速通道</h4><p>教务系统</p><p>图书馆</p><p>继续教育学院</p>",
   foot="河西职业技术学院 · 地址：酒泉市肃州区职教路1号 · 学院办公室：0937-2866000 · 邮编735000"),
}

PAGES = []

def page(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))

# ---------- identifiers of sellers ----------
U01 = dict(land=("phone", "09372613388"), mob=("phone", "+8613893712046"), wx=("wechat", "hxzp_ai2024"),
           uscc=("uscc", U01_USCC), dom=("domain", "hxzhipei.com.cn"), icp=("other", "陇ICP备2021004418号-1"))
def u01_footer():
    return [(*U01["land"], "0937-2613388"), (*U01["mob"], "138-9371-2046"), (*U01["wx"], "hxzp_ai2024"),
            (*U01["uscc"], U01_USCC), (*U01["dom"], "www.hxzhipei.com.cn"), (*U01["icp"], "陇ICP备2021004418号-1")]

# ================= hxzp (U01 own site) =================
page("/hxzp/index.html", "河西智培职业培训学校-酒泉人工智能训练师培训", """
<h1>酒泉人工智能训练师（4-04-05-05）职业技能等级认定培训 火热报名中</h1>
<p>河西智培职业培训学校是经酒泉市肃州区人社局批准设立的民办职业培训学校，开设人工智能训练师（数据标注员方向）五级/四级培训班，线下小班+线上练习。</p>
<ul><li>五级（初级工）：60课时，学费1580元</li><li>四级（中级工）：50课时，学费1980元</li></ul>
<p>结业后由备案评价机构组织理论+实操认定，合格者取得职业技能等级证书，可在技能人才评价证书全国联网查询平台（zscx.osta.org.cn）查询。符合条件的参保职工可按规定申领技能提升补贴，政策详询12333。</p>
<p><a href="/hxzp/ai-trainer.html">查看课程详情与报名 &gt;&gt;</a></p>
""", True, "U01", "河西智培职业培训学校", u01_footer(), "training school's own homepage advertising AI-trainer classes")

page("/hxzp/ai-trainer.html", "人工智能训练师培训班（第12期）招生简章", """
<h1>人工智能训练师培训班（第12期）招生简章</h1>
<p>开班时间：2026年1月10日（周末班）｜上课地点：肃州区南大街育才巷8号三楼</p>
<h3>报考条件</h3><p>五级：累计从事本职业或相关职业工作满1年（含），或本职业学徒期满；四级：取得五级证书后累计从事本职业4年，或相关中职毕业（含在读毕业年级）。<b>我校不代报二级、一级。</b></p>
<h3>课程内容</h3><p>数据采集和处理、数据标注、智能系统运维、业务分析基础；理论与实操各100分，60分合格。</p>
<h3>费用</h3><p>五级1580元、四级1980元（含教材、实训平台账号，认定费按物价部门标准另收）。</p>
<p>报名热线：13893712046（陈老师） 现场报名请带身份证复印件、工作证明。</p>
""", True, "U01", "河西智培职业培训学校", u01_footer() + [(*U01["mob"], "13893712046")], "course detail/enrolment page on U01's own site")

# ================= kecheng marketplace =================
page("/kecheng/c-101.html", "人工智能训练师四级/五级 全程班（石嘴山线下+直播）", """
<div class="course"><h1>人工智能训练师四级/五级 全程班（石嘴山线下+直播）</h1>
<p class="org">开课机构：<b>塞上职教</b> ｜ 已报名 326 人 ｜ 评分 4.8</p>
<p class="price">¥ 1280 <s>¥ 2680</s></p>
<p>课程介绍：面向宁夏学员，线下考点石嘴山，课程覆盖数据标注、数据清洗、模型测试，配套题库。参保满一年的学员取得证书后可申领失业保险技能提升补贴（五级最高1000元、四级最高1500元），<b>补贴后几乎免费</b>！</p>
<p>证书样本编号：S000064012003255300128（仅示意，以实际颁发为准）</p>
<p>机构联系方式：联系电话 152 0952 1873 ｜ QQ：2874451093</p></div>
""", True, "U02", "塞上职教", [("phone", "+8615209521873", "152 0952 1873"), ("qq", "2874451093", "2874451093")], "marketplace course listing, Shizuishan training outfit")

page("/kecheng/c-102.html", "【数据标注员】人工智能训练师 零基础就业班 推荐兼职", """
<div class="course"><h1>【数据标注员】人工智能训练师 零基础就业班 推荐兼职</h1>
<p class="org">开课机构：<b>智标学堂</b> ｜ 已报名 1,904 人</p>
<p class="price">¥ 3980</p>
<p>零基础可学，学完<b>协议就业</b>，推荐数据标注居家兼职，月入5000+！考取人工智能训练师证，<b>拿到证书便可升职加薪</b>。</p>
<p>报名表：https://www.wjx.cn/vm/tZb3kQ.aspx</p>
<p>咨询热线：400-867-2319 ｜ 邮箱：zhibiao_kf@163.com</p></div>
""", True, "U03", "智标学堂", [("phone", "4008672319", "400-867-2319"), ("email", "zhibiao_kf@163.com", "zhibiao_kf@163.com")], "marketplace listing, job-placement lure for data-labelling course")

page("/kecheng/c-103.html", "AI训练师考证营：原价9999 限时99 体验课", """
<div class="course"><h1>AI训练师考证营：原价9999 限时99 体验课</h1>
<p class="org">开课机构：<b>星图AI学院</b> ｜ 直播 · 录播</p>
<p class="price">¥ 99 <s>¥ 9999</s></p>
<p>90%小白都能学会！7天带你入门人工智能训练师，结营后可报名正式考证班。</p>
<p>学员群：836201457 ｜ 官网：xingtu-ai.cn</p></div>
""", True, "U05", "星图AI学院", [("qq_group", "836201457", "836201457"), ("domain", "xingtu-ai.cn", "xingtu-ai.cn")], "marketplace listing, online upsell funnel")

page("/kecheng/c-104.html", "人工智能训练师（五级）酒泉线下周末班", """
<div class="course"><h1>人工智能训练师（五级）酒泉线下周末班</h1>
<p class="org">开课机构：<b>酒泉启航职业培训学校</b></p>
<p class="price">¥ 1350</p>
<p>按《人工智能训练师国家职业技能标准（2021年版）》五级要求授课，60课时。报名需提供满1年相关工作证明。培训不保证通过，认定由备案评价机构组织。</p>
<p>报名表：https://www.wjx.cn/vm/QH2026.aspx ｜ 联系电话：133-0937-1128（张老师）</p></div>
""", True, "I01", "酒泉启航职业培训学校", [("phone", "+8613309371128", "133-0937-1128")], "independent honest training school listing")

page("/kecheng/c-105.html", "人社部颁发·国家职业资格证书 人工智能训练师（高级技师）", """
<div class="course"><h1>人社部颁发·国家职业资格证书 人工智能训练师（高级技师）</h1>
<p class="org">开课机构：<b>中科智训（北京）教育科技有限公司</b></p>
<p class="price">¥ 6800</p>
<p>国家级证书，全国通用，<b>不限学历不限经验</b>，零基础直接报考一级高级技师；五级、三级、一级三证连报立减2000元。证书可挂靠，年收益2-3万；可用于落户积分。</p>
<p>统一社会信用代码：""" + U06_USCC + """ ｜ 招生办：010-62718843</p></div>
""", True, "U06", "中科智训（北京）教育科技有限公司",
 [("uscc", U06_USCC, U06_USCC), ("phone", "01062718843", "010-62718843")], "marketplace listing with 国家职业资格/人社部颁发/挂靠 claims")

# ================= bbs forum =================
page("/bbs/t-2031.html", "【教育培训】酒泉本地人工智能训练师线下班，周末上课", """
<div class="post"><p class="author">楼主：智培-陈老师 ｜ 发表于 2025-12-02</p>
<p>酒泉本地的朋友可以了解下，人工智能训练师五级/四级，线下周末班，讲数据标注和模型测试，不是网上那种包过的。需要满一年相关工作经历，不符合的先别报。</p>
<p>咨询 V：HXZP_AI2024 ，学校在南大街育才巷。</p></div>
<div class="reply"><p>2楼 jq小雨：多少钱？</p><p>3楼 智培-陈老师：五级1580，能申请补贴的另说。</p>
<p>4楼 莉莉_jq：我也想报，晚上发我资料 wx: lily_jq0937</p></div>
""", True, "U01", "智培-陈老师（河西智培）", [("wechat", "hxzp_ai2024", "HXZP_AI2024")], "forum ad post by U01 teacher; reader leaves own WeChat")

page("/bbs/t-2045.html", "不用考试直接拿证！人工智能训练师高级技师 包过", """
<div class="post"><p class="author">楼主：华智考证老师 ｜ 发表于 2025-12-05</p>
<p>人社部颁发，全国联网可查！<b>零基础、不限学历，直接报高级技师</b>，不用到场考试，45天下证，包过！不过全额退款。</p>
<p>名额有限，+V：hz_renzheng88（备注论坛）</p></div>
<div class="reply"><p>2楼 路人甲：不用考试的证你也敢买？</p><p>3楼 莉莉_jq：私聊了，wx: lily_jq0937 回我下</p></div>
""", True, "U04", "华智考证", [("wechat", "hz_renzheng88", "hz_renzheng88")], "forum ad post, 包过/no-exam scam phrasing")

page("/bbs/t-2058.html", "【曝光台】报了个人工智能训练师证，交了3800联系不上了", """
<div class="post"><p class="author">楼主：肃州老王 ｜ 发表于 2025-11-20</p>
<p>上个月在网上看到说人工智能训练师“包过、国家认可”，对方自称“中国人才考评中心”，微信 zs_kaozheng666，电话171 2290 5567，交了3800元后说证书在制作，现在拉黑了。大家别上当。</p>
<p>已经打了12315投诉，也去派出所报了案。</p></div>
<div class="reply"><p>2楼 版主：证书真伪请到技能人才评价证书全国联网查询（zscx.osta.org.cn）核验，培训政策可拨12333。</p></div>
""", False, None, None, [], "complaint thread quoting a scammer's phone/WeChat (not a seller in this web)")

page("/bbs/t-2066.html", "大武口这边有没有考人工智能训练师的？我们这可以报名", """
<div class="post"><p class="author">楼主：大武口刘姐 ｜ 发表于 2025-12-08</p>
<p>帮朋友的培训部发个信息：人工智能训练师五级，石嘴山本地培训，认定考点在市职教中心，参保满一年的取证后可以申请技能提升补贴。</p>
<p>联系 139 9523 7410（刘）</p></div>
<div class="reply"><p>2楼 石嘴山小马：考点电话多少？</p><p>3楼 大武口刘姐：考点前台0952-3012288，报名还是找我们。</p></div>
""", True, "U07", "大武口技能培训服务部（刘姐）", [("phone", "+8613995237410", "139 9523 7410")], "forum post by local agent")

page("/bbs/t-2070.html", "石嘴山哪里能考人工智能训练师？求靠谱的", """
<div class="post"><p class="author">楼主：莉莉_jq ｜ 发表于 2025-12-09</p>
<p>想考个人工智能训练师，网上好多说包过的，不敢报。有没有考过的朋友说说？我微信 lily_jq0937</p></div>
<div class="reply"><p>2楼 热心网友：先去人社局网站查认定计划，再到 pjjg.osta.org.cn 查机构有没有备案，拿不准就打12333。</p><p>3楼 jq小雨：说不用考试的都别信。</p></div>
""", False, None, None, [], "question thread, readers' own contacts only")

page("/bbs/t-2080.html", "人工智能训练师国家证 可挂靠 可积分落户 速报", """
<div class="post"><p class="author">楼主：中科智训招生办 ｜ 发表于 2025-12-11</p>
<p>人社部颁发国家职业资格证书，一级高级技师零基础可报，证书挂靠一年2-3万，可用于积分落户！</p>
<p>报名咨询：13691147720 ，VX zkzx_2025</p></div>
<div class="reply"><p>2楼 路人乙：AI训练师哪来的国家职业资格，别忽悠。</p></div>
""", True, "U06", "中科智训招生办", [("phone", "+8613691147720", "13691147720"), ("wechat", "zkzx_2025", "zkzx_2025")], "forum ad post, 挂靠/落户 lure")

# ================= fenlei classifieds =================
page("/fenlei/info-8812.html", "石嘴山人工智能训练师培训 四级五级 可申请补贴", """
<div class="info"><h1>石嘴山人工智能训练师培训 四级五级 可申请补贴</h1>
<p>类别：教育培训 &gt; 职业技能 ｜ 区域：大武口区</p>
<p>石嘴山塞上职业技能培训中心常年招生：人工智能训练师（数据标注员）五级、四级，小班授课，考点在本市。参保满一年可申领补贴。</p>
<p>联系人：王老师 电话 15209521873 微信 saishang_zj</p></div>
""", True, "U02", "石嘴山塞上职业技能培训中心", [("phone", "+8615209521873", "15209521873"), ("wechat", "saishang_zj", "saishang_zj")], "classified ad of U02 under another brand")

page("/fenlei/info-8830.html", "招聘数据标注员 先培训后上岗 人工智能训练师证", """
<div class="info"><h1>招聘数据标注员 先培训后上岗 人工智能训练师证</h1>
<p>类别：招聘 / 教育培训 ｜ 区域：惠农区</p>
<p>居家办公，时间自由！先参加岗前培训（培训费3980元，可分期），考取人工智能训练师证书后推荐上岗，月入5000+。报名表：wjx.cn/vm/zb88.aspx</p>
<p>联系电话：177 3015 2688 全国热线：4008-672-319</p></div>
""", True, "U03", "智标学堂（招聘）", [("phone", "+8617730152688", "177 3015 2688"), ("phone", "4008672319", "4008-672-319")], "job ad that is really a paid training offer")

page("/fenlei/info-8847.html", "大武口技能培训服务部 人工智能训练师五级报名", """
<div class="info"><h1>大武口技能培训服务部 人工智能训练师五级报名</h1>
<p>类别：教育培训 ｜ 区域：大武口区</p>
<p>本期纳入市人社局2025年第4批认定计划（批次号15320251108），考点：市职教中心（前台0952-3012288）。学费980元，参保人员取证后可申领技能提升补贴。</p>
<p>统一社会信用代码：""" + U07_USCC + """</p>
<p>电话：0952-2036651 / 13995237410</p></div>
""", True, "U07", "大武口技能培训服务部",
 [("phone", "09522036651", "0952-2036651"), ("phone", "+8613995237410", "13995237410"), ("uscc", U07_USCC, U07_USCC)], "classified ad of local 个体 training shop")

page("/fenlei/info-8851.html", "AI训练师 三证合一 一次报名拿三个证", """
<div class="info"><h1>AI训练师 三证合一 一次报名拿三个证</h1>
<p>类别：教育培训 ｜ 区域：平罗县</p>
<p>人工智能训练师+数据标注员+生成式人工智能系统应用员 三证合一，每证仅需1680元，三证一起报4280元！无需培训，包过包拿证，官网可查。</p>
<p>鼎学考证 手机 155 9508 8214</p></div>
""", True, "U08", "鼎学考证", [("phone", "+8615595088214", "155 9508 8214")], "classified, price per certificate, bundle, 包过")

page("/fenlei/info-8866.html", "平罗明德培训 人工智能训练师五级 晚班", """
<div class="info"><h1>平罗明德培训 人工智能训练师五级 晚班</h1>
<p>类别：教育培训 ｜ 区域：平罗县</p>
<p>晚班授课，适合在职人员，已报市人社局认定批次15320251108。报名请带工作年限证明。</p>
<p>电话：180 9529 1364</p></div>
""", True, "I02", "平罗明德培训", [("phone", "+8618095291364", "180 9529 1364")], "independent local classified")

# ================= wenda Q&A =================
page("/wenda/q-5501.html", "人工智能训练师证书好考吗？多久能拿到？", """
<div class="q"><h1>人工智能训练师证书好考吗？多久能拿到？</h1><p>提问者：匿名用户</p></div>
<div class="a"><p><b>华智职业技能认定中心 的回答：</b>我们这边人社部颁发的，全国联网可查（查询网址 www.hzrz-cert.com），不用考试，零基础可以直接报高级技师，45天下证。加微 hz_renzheng88 或 Q：3150627749</p></div>
<div class="a"><p><b>提问者追问：</b>我电话 13919370425，方便的话打给我。</p></div>
""", True, "U04", "华智职业技能认定中心",
 [("wechat", "hz_renzheng88", "hz_renzheng88"), ("qq", "3150627749", "3150627749"), ("domain", "hzrz-cert.com", "www.hzrz-cert.com")], "Q&A answer that is an ad; asker leaves own phone")

page("/wenda/q-5512.html", "自学人工智能训练师，有没有人带？", """
<div class="q"><h1>自学人工智能训练师，有没有人带？</h1><p>提问者：嘉峪关打工人</p></div>
<div class="a"><p><b>老K讲AI 的回答：</b>我做标注项目六年，业余带人备考四级实操，一对一答疑，一期399元，不保过，但教你真本事。想了解的 Q 1094428836</p></div>
""", True, "U09", "老K讲AI", [("qq", "1094428836", "1094428836")], "Q&A answer advertising paid tutoring")

page("/wenda/q-5520.html", "数据标注员和人工智能训练师是一回事吗？", """
<div class="q"><h1>数据标注员和人工智能训练师是一回事吗？</h1><p>提问者：匿名用户</p></div>
<div class="a"><p><b>数据标注老兵 的回答：</b>数据标注员是人工智能训练师（4-04-05-05）下的一个工种，另一个是人工智能算法测试员。我这边有五级实操训练营，298元，带真实项目练习，QQ：2306641785。</p></div>
<div class="a"><p><b>网友评论：</b>同问，我电话 13919370425。</p></div>
""", True, "I03", "数据标注老兵", [("qq", "2306641785", "2306641785")], "independent Q&A answer with training offer")

page("/wenda/q-5533.html", "网上99元的AI训练师课靠谱吗？", """
<div class="q"><h1>网上99元的AI训练师课靠谱吗？</h1><p>提问者：石嘴山小马</p></div>
<div class="a"><p><b>星图AI学院官方 的回答：</b>99元是入门体验课，正式考证班另收费，详情见官网 www.XINGTU-AI.cn，或加微信 xingtuai_kf 领取资料。证书查询请以 osta.mohrss.gov.cn 公布为准。</p></div>
""", True, "U05", "星图AI学院", [("domain", "xingtu-ai.cn", "www.XINGTU-AI.cn"), ("wechat", "xingtuai_kf", "xingtuai_kf")], "Q&A official-account answer promoting course")

page("/wenda/q-5540.html", "石嘴山人工智能训练师补贴能领多少？", """
<div class="q"><h1>石嘴山人工智能训练师补贴能领多少？</h1><p>提问者：惠农小李</p></div>
<div class="a"><p><b>塞上职教-王老师 的回答：</b>参保满一年，五级最高1000元、四级最高1500元、三级最高2000元。我们这期还有名额，v：SaiShang_ZJ</p></div>
""", True, "U02", "塞上职教-王老师", [("wechat", "saishang_zj", "SaiShang_ZJ")], "Q&A answer by U02 staff")

# ================= wx reposts =================
page("/wx/a-2201.html", "政策解读｜职业技能等级证书由谁发？怎么查？", """
<p class="src">来源：石嘴山本地通 ｜ 2025-11-28</p>
<h1>政策解读｜职业技能等级证书由谁发？怎么查？</h1>
<p>职业技能等级证书由经人社部门备案的评价机构颁发，政府部门不参与监制。“人社部颁发”的说法不适用于人工智能训练师等职业技能等级证书。证书可在 zscx.osta.org.cn 查询，评价机构名单见 pjjg.osta.org.cn。如遇虚假宣传，可拨打12315投诉，政策咨询12333。</p>
""", False, None, None, [], "reposted policy explainer, no seller")

page("/wx/a-2206.html", "AI训练师：普通人的新赛道（文末福利）", """
<p class="src">来源：星图AI学院 ｜ 2025-12-01</p>
<h1>AI训练师：普通人的新赛道（文末福利）</h1>
<p>人工智能训练师是2020年人社部等发布的新职业……我们开设线上考证班，理论30%、实操70%。</p>
<p><b>文末福利</b>：添加微信客服：xingtuai_kf，领取备考资料包；商务合作邮箱 service@xingtu-ai.cn；学员QQ群：836 201 457</p>
""", True, "U05", "星图AI学院",
 [("wechat", "xingtuai_kf", "xingtuai_kf"), ("email", "service@xingtu-ai.cn", "service@xingtu-ai.cn"), ("qq_group", "836201457", "836 201 457")], "reposted WeChat article ending in course promotion")

page("/wx/a-2213.html", "重磅！人工智能训练师国家证书报名通道开启", """
<p class="src">来源：中科智训教育 ｜ 2025-12-03</p>
<h1>重磅！人工智能训练师国家证书报名通道开启</h1>
<p>由人社部颁发的国家职业资格证书，零基础可直接报考一级，三证连报优惠。证书可挂靠、可积分落户。</p>
<p>主办单位统一社会信用代码：""" + U06_USCC + """</p><p>咨询：136 9114 7720</p>
""", True, "U06", "中科智训教育", [("uscc", U06_USCC, U06_USCC), ("phone", "+8613691147720", "136 9114 7720")], "reposted article with false authority claims")

page("/wx/a-2219.html", "年底最后一批！AI证书三证合一，错过等一年", """
<p class="src">来源：鼎学教育 ｜ 2025-12-06</p>
<h1>年底最后一批！AI证书三证合一，错过等一年</h1>
<p>无需培训，交费包过，拿到证书便可升职加薪。每证1680元，支付宝担保交易，客服95188可查。</p>
<p>对公转账收款户名：银川鼎学信息咨询有限公司 ｜ 微信：dingxue_edu ｜ 电话 15595088214</p>
""", True, "U08", "鼎学教育",
 [("other", "银川鼎学信息咨询有限公司", "银川鼎学信息咨询有限公司"), ("wechat", "dingxue_edu", "dingxue_edu"), ("phone", "+8615595088214", "15595088214")], "reposted article, payee name shown")

page("/wx/a-2225.html", "做了六年数据标注，聊聊AI训练师证值不值得考", """
<p class="src">来源：老K讲AI ｜ 2025-12-10</p>
<h1>做了六年数据标注，聊聊AI训练师证值不值得考</h1>
<p>先说结论：证书只是敲门砖。说“不用考试”“包过”的都别信，证书去 zscx.osta.org.cn 能查才算数。</p>
<p>我开了个四级实操陪跑小班，399元/期。邮箱 1094428836@qq.com（QQ同号），微信 laok_ai。</p>
""", True, "U09", "老K讲AI", [("email", "1094428836@qq.com", "1094428836@qq.com"), ("qq", "1094428836", "1094428836"), ("wechat", "laok_ai", "laok_ai")], "blogger article with paid tutoring offer")

# ================= video =================
def vid(path, title, author, desc, op, prov, ids, note, comments=""):
    page(path, title, f"""<div class="player">▶ 00:{len(title)%50+10:02d}</div>
<h1>{title}</h1><p class="author">@{author} ｜ 点赞 {len(desc)*37} ｜ 评论 {len(desc)%90+3}</p>
<p class="desc">{desc}</p><div class="cmt">{comments}</div>""", True, op, prov, ids, note)

vid("/video/v-7731.html", "酒泉考AI训练师，先看这3条条件", "小陈老师聊考证",
    "五级要求满1年相关工作，别信零门槛。酒泉线下班｜薇 Hxzp_Ai2024 ｜ ☎ 0937 2613388", "U01", "小陈老师聊考证（河西智培）",
    [("wechat", "hxzp_ai2024", "Hxzp_Ai2024"), ("phone", "09372613388", "0937 2613388")], "short-video page by U01 teacher")
vid("/video/v-7745.html", "在家做数据标注月入5000？先拿这个证", "智标学堂官方",
    "零基础可学，协议就业！评论区扣1领资料，或直接打177-3015-2688", "U03", "智标学堂",
    [("phone", "+8617730152688", "177-3015-2688")], "short-video ad, job lure", "<p>网友：是不是要先交钱？</p>")
vid("/video/v-7752.html", "高级技师证 不用考试 45天下证", "华智考证",
    "人社部颁发 全国联网可查 查询网址hzrz-cert.com。扣 3150627749 ，电话 185-1038-6627", "U04", "华智考证",
    [("qq", "3150627749", "3150627749"), ("phone", "+8618510386627", "185-1038-6627"), ("domain", "hzrz-cert.com", "hzrz-cert.com")], "short-video ad, no-exam scam, fake query site")
vid("/video/v-7760.html", "石嘴山的宝子们，AI训练师补贴了解一下", "大武口刘姐",
    "技能提升补贴参保满一年才能领哦～报名来店里或打0952 2036651", "U07", "大武口技能培训服务部",
    [("phone", "09522036651", "0952 2036651")], "short-video by local agent")
vid("/video/v-7768.html", "AI训练师四级实操题，手把手带你过一遍", "老K讲AI",
    "四级实操小班招生中，399/期，不保过。vx：LaoK_AI", "U09", "老K讲AI",
    [("wechat", "laok_ai", "LaoK_AI")], "short-video tutorial with course pitch")
vid("/video/v-7775.html", "99元带你入门AI训练师", "小鱼AI考证",
    "90%小白都能学会，原价999限时99。wx：ai_xiaoyu_99", "I04", "小鱼AI考证",
    [("wechat", "ai_xiaoyu_99", "ai_xiaoyu_99")], "independent short-video seller")

# ================= news =================
page("/news/n-0398.html", "警方提醒：“包过”的人工智能训练师证书当心是骗局", """
<p class="meta">酒泉在线记者 ｜ 2025-11-25</p>
<h1>警方提醒：“包过”的人工智能训练师证书当心是骗局</h1>
<p>近日，肃州区市民王先生反映，其通过微信（微信号zs_kaozheng666）向一名自称“中国人才考评中心”的人员支付3800元，对方承诺“免培训、包通过”，随后失联。涉案电话17122905567已被标记。</p>
<p>人社部门提醒，职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询；遇到虚假宣传可拨打12315，政策咨询拨打12333。</p>
""", False, None, None, [], "news warning quoting a scammer's contacts")

page("/news/n-0405.html", "我市2025年技能提升补贴申领指南", """
<p class="meta">酒泉在线 ｜ 2025-12-01</p>
<h1>我市2025年技能提升补贴申领指南</h1>
<p>参加失业保险满1年的职工取得职业技能等级证书后，可申领补贴：五级最高1000元、四级最高1500元、三级最高2000元。二级、一级无此项全国补贴。详询12333。</p>
""", False, None, None, [], "news guide on subsidy")

page("/news/n-0412.html", "【推广】AI新职业来了，中科智训助你拿国家证", """
<p class="meta">推广 ｜ 2025-12-04</p>
<h1>AI新职业来了，中科智训助你拿国家证</h1>
<p>人工智能训练师被称为“AI时代的蓝领”。中科智训（北京）教育科技有限公司开设一级至五级全等级班，人社部颁发，全国通用。</p>
<p>咨询电话：（010）62718843 ｜ 微信 zkzx_2025</p>
""", True, "U06", "中科智训（北京）教育科技有限公司", [("phone", "01062718843", "（010）62718843"), ("wechat", "zkzx_2025", "zkzx_2025")], "advertorial on news site")

# ================= rsj =================
page("/rsj/notice-1.html", "关于警惕技术技能类“山寨证书”的提示", """
<p class="meta">发布日期：2025-11-18 ｜ 来源：职业能力建设科</p>
<h1>关于警惕技术技能类“山寨证书”的提示</h1>
<p>近期有不法机构以“人社部颁发”“国家职业资格”“包过”“不用考试”等名义销售人工智能训练师等证书。人工智能训练师证书为职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询，评价机构可在 pjjg.osta.org.cn 查询。</p>
<p>发现虚假宣传请拨打12315，政策咨询请拨打12333。</p>
""", False, None, None, [], "official warning notice")

page("/rsj/notice-2.html", "2025年第4批职业技能等级认定计划公告", """
<p class="meta">发布日期：2025-11-30</p>
<h1>2025年第4批职业技能等级认定计划公告</h1>
<table border="1"><tr><th>批次号</th><th>职业（工种）</th><th>等级</th><th>考点</th></tr>
<tr><td>15320251108</td><td>人工智能训练师（数据标注员）</td><td>五级/四级</td><td>石嘴山市职业技术教育中心（前台0952-3012288）</td></tr></table>
<p>证书样式编号示例：S000064012003255300128。咨询电话：12333。</p>
""", False, None, None, [], "official assessment-plan notice (batch number, venue)")

# ================= shop =================
page("/shop/item-301.html", "人工智能训练师四级五级培训 石嘴山线下班 可补贴", """
<div class="item"><h1>人工智能训练师四级五级培训 石嘴山线下班 可补贴</h1><p class="store">店铺：塞上教育旗舰店</p>
<p class="price">¥1280.00 ｜ 月销 42</p><p>考点：市职教中心（前台0952-3012288）。下单后请联系客服登记信息，客服扣扣：2874451093</p>
<p>证书样本编号 S000064012003255300128</p></div>
<div class="rev"><p>买家评价：老师挺负责，考点近。</p></div>
""", True, "U02", "塞上教育旗舰店", [("qq", "2874451093", "2874451093")], "shop item by U02")

page("/shop/item-302.html", "数据标注员岗前培训+人工智能训练师证 推荐就业", """
<div class="item"><h1>数据标注员岗前培训+人工智能训练师证 推荐就业</h1><p class="store">店铺：智标学堂官方店</p>
<p class="price">¥3980.00 ｜ 月销 118</p><p>协议就业，学完推荐兼职。售后邮箱：ZHIBIAO_KF@163.COM</p></div>
<div class="rev"><p>买家评价：订单编号：13721550988，说好推荐工作一直没消息。</p></div>
""", True, "U03", "智标学堂官方店", [("email", "zhibiao_kf@163.com", "ZHIBIAO_KF@163.COM")], "shop item by U03; review quotes order number")

page("/shop/item-303.html", "AI证书 三证合一 无需培训", """
<div class="item"><h1>AI证书 三证合一 无需培训</h1><p class="store">店铺：鼎学职业培训</p>
<p class="price">¥1680.00/证 ｜ 三证¥4280</p><p>包过，官网可查。拍下后加微信 dingxue_edu 提交资料。大额可对公：银川鼎学信息咨询有限公司</p></div>
""", True, "U08", "鼎学职业培训", [("wechat", "dingxue_edu", "dingxue_edu"), ("other", "银川鼎学信息咨询有限公司", "银川鼎学信息咨询有限公司")], "shop item, per-certificate price")

page("/shop/item-304.html", "人工智能训练师五级实操题库+标注平台练习账号", """
<div class="item"><h1>人工智能训练师五级实操题库+标注平台练习账号</h1><p class="store">店铺：数标实训工作室</p>
<p class="price">¥168.00</p><p>仅提供练习资料与平台账号，不代报名、不包过。咨询：400 011 5236</p></div>
<div class="rev"><p>买家评价：资料不错。（订单编号：13721550988 同一天买的两个链接）</p></div>
""", True, "I05", "数标实训工作室", [("phone", "4000115236", "400 011 5236")], "independent shop item (practice material)")

# ================= college =================
page("/college/zs-2026.html", "继续教育学院2026年人工智能训练师职业技能等级认定培训招生简章", """
<p class="meta">继续教育学院 ｜ 2025-12-12</p>
<h1>2026年人工智能训练师职业技能等级认定培训招生简章</h1>
<p>我院面向社会招收人工智能训练师五级、四级培训学员，按国家职业技能标准（2021年版）开展培训，认定合格者颁发职业技能等级证书（证书编号示例：S000064012003255300128），可于 zscx.osta.org.cn 查询。</p>
<p>培训费：五级1200元。符合条件者可申领技能提升补贴，政策咨询12333。</p>
<p>报名咨询：继续教育学院 0937-2866120 ｜ 邮箱 jxjy@hxvtc.edu.cn</p>
""", True, "I06", "河西职业技术学院继续教育学院", [("phone", "09372866120", "0937-2866120"), ("email", "jxjy@hxvtc.edu.cn", "jxjy@hxvtc.edu.cn")], "college enrolment notice (honest independent)")

page("/college/news-88.html", "我院获批人工智能训练师认定考点", """
<p class="meta">学院新闻 ｜ 2025-10-20</p><h1>我院获批人工智能训练师认定考点</h1>
<p>经主管部门同意，我院设立人工智能训练师职业技能等级认定考点，首批认定将于2026年初开展。</p>
""", False, None, None, [], "college news, non-offer")

# ---------- site index pages (non-offers except hxzp which is U01's homepage) ----------
SITE_INTRO = {
 "kecheng": "精选职业技能课程，IT/人工智能热门好课。", "bbs": "河西走廊论坛 · 酒泉/嘉峪关/张掖网友交流。",
 "fenlei": "石嘴山同城免费信息发布平台。", "wenda": "有问题，就来好问答。", "wx": "每日精选公众号文章。",
 "video": "同城热门短视频。", "news": "酒泉本地新闻门户。", "rsj": "政务公开 · 通知公告。",
 "shop": "教育服务类商品。", "college": "河西职业技术学院官方网站。"}
for key, intro in SITE_INTRO.items():
    items = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in PAGES if p["path"].startswith(f"/{key}/"))
    page(f"/{key}/index.html", SITES[key]["name"], f"<h1>{SITES[key]['name']}</h1><p>{intro}</p><ul class='list'>{items}</ul>",
         False, None, None, [], f"index page of {key}")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社服务热线 (public hotline)"),
 ("phone", "12315", ["12315"], "市场监管投诉热线 (public hotline)"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008206351", ["400-820-6351"], "course marketplace's own customer-service number (footer)"),
 ("email", "kf@keduoduo.com", ["kf@keduoduo.com"], "course marketplace's own e-mail (footer)"),
 ("domain", "keduoduo.com", ["www.keduoduo.com"], "course marketplace's own domain (footer)"),
 ("other", "宁ICP备18003621号-1", ["宁ICP备18003621号-1"], "classifieds platform ICP number (footer)"),
 ("other", "沪ICP备17042265号-3", ["沪ICP备17042265号-3"], "course marketplace ICP number (footer)"),
 ("email", "bbs@hxzl.net", ["bbs@hxzl.net"], "forum's own report e-mail (footer)"),
 ("qq_group", "371520964", ["371520964"], "forum's own QQ group (footer)"),
 ("qq", "85632107", ["85632107"], "forum moderator's QQ in sidebar of every forum page"),
 ("domain", "hxwenda.com", ["www.hxwenda.com"], "Q&A platform's own domain (footer)"),
 ("phone", "01057126658", ["010-57126658"], "video platform's harmful-content report number (footer)"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service, third party"),
 ("phone", "95108866", ["9510-8866"], "shop platform's own customer-service number (footer)"),
 ("uscc", SHOP_USCC, [SHOP_USCC], "shop platform operator's business licence (footer)"),
 ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "article-repost site's own contribution e-mail (footer)"),
 ("phone", "09372882110", ["0937-2882110"], "news site's hotline (footer)"),
 ("uscc", RSJ_USCC, [RSJ_USCC], "人社局 (state organ) code in notice-site footer"),
 ("phone", "09372866000", ["0937-2866000"], "college general office (footer)"),
 ("phone", "+8617122905567", ["171 2290 5567", "17122905567"], "scammer's phone quoted in complaint and news (no seller page here)"),
 ("wechat", "zs_kaozheng666", ["zs_kaozheng666"], "scammer's WeChat quoted in complaint and news"),
 ("phone", "+8615320251108", ["15320251108"], "really an assessment batch number (批次号), phone-shaped"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds posting form"),
 ("wechat", "lily_jq0937", ["lily_jq0937"], "a reader's own WeChat in forum comments"),
 ("phone", "+8613919370425", ["13919370425"], "a reader's own phone in Q&A comments"),
 ("phone", "09523012288", ["0952-3012288"], "exam venue front desk (third party)"),
 ("domain", "wjx.cn", ["wjx.cn"], "third-party form tool used by several sellers"),
 ("phone", "+8613721550988", ["13721550988"], "really an order number quoted in buyer reviews"),
 ("other", "S000064012003255300128", ["S000064012003255300128"], "certificate number sample (not a contact)"),
]

# ---------- render ----------
def render(p):
    key = p["path"].split("/")[1]
    s = SITES[key]
    menu = " | ".join(f'<a href="{h}">{t}</a>' for t, h in s["menu"])
    crumbs = f'<a href="/index.html">导航</a> &gt; <a href="/{key}/index.html">{s["name"]}</a>'
    if not p["path"].endswith("index.html"):
        crumbs += f' &gt; {p["title"]}'
    sib = [q for q in PAGES if q["path"].startswith(f"/{key}/") and q["path"] != p["path"]][:5]
    related = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in sib)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']} - {s['name']}</title>
<style>body{{font-family:sans-serif;margin:0}}header{{background:{s['css']};color:#fff;padding:8px}}header a{{color:#fff}}
.wrap{{display:flex}}main{{flex:3;padding:10px}}aside{{flex:1;background:#f4f4f4;padding:10px}}footer{{font-size:12px;color:#666;border-top:1px solid #ccc;padding:8px}}</style></head>
<body><header><div class="logo">{s['name']}</div><nav>{menu}</nav></header>
<div class="crumb">{crumbs}</div>
<div class="wrap"><main>{p['body']}</main><aside>{s['side']}</aside></div>
<div class="related"><h3>相关推荐</h3><ul>{related}</ul></div>
<footer>{s['foot']}</footer></body></html>
"""

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    texts = {}
    for p in PAGES:
        fp = os.path.join(OUT, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        html = render(p)
        texts[p["path"]] = html
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    hub = "".join(f'<li><a href="/{k}/index.html">{v["name"]}</a></li>' for k, v in SITES.items())
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>{hub}</ul></body></html>\n')
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages_out = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None, "identifiers": [], "note": "hub linking every site's index"}]
    for p in PAGES:
        pages_out.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    # sanity: a seller's written identifiers must not appear on another seller's pages
    for p in PAGES:
        for k, v, w in p["identifiers"]:
            for q in PAGES:
                if q["operator"] and q["operator"] != p["operator"] and w in texts[q["path"]]:
                    raise SystemExit(f"identifier {w} of {p['operator']} leaks onto {q['path']}")
    truth = {"pages": pages_out, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
