#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

C_U01 = uscc("52430602", "MJK73825")   # 民办非企业 school, 岳阳楼区
C_U02 = uscc("91511302", "MA62K4R7")   # 南充顺庆区 company
C_U03 = uscc("91110108", "MA01XK27")   # state-sounding name, but 91 = company
C_U06 = uscc("91420106", "MA4F2Q81")
C_U07 = uscc("91430104", "MA4QT6L3")

# ---------------------------------------------------------------- site frames
SITES = {
 "yzpx": dict(name="岳阳智培职业技能培训学校", style="training-school",
   menu=["首页", "培训项目", "报名须知", "通知公告", "联系我们"],
   side="<h3>培训项目</h3><ul><li>人工智能训练师(五级)</li><li>人工智能训练师(四级)</li><li>电工</li><li>育婴员</li></ul>",
   foot="岳阳智培职业技能培训学校 版权所有 | 地址：岳阳市岳阳楼区巴陵中路218号3楼 | 湘ICP备2021008815号"),
 "ke": dict(name="课栈网 · 职业技能课程", style="course-marketplace",
   menu=["首页", "IT/互联网", "职业考证", "人工智能", "我的课程"],
   side="<h3>平台保障</h3><p>7天无理由退款 · 课程可试看</p><h3>热门分类</h3><ul><li>人工智能训练师</li><li>数据标注</li><li>Python</li></ul>",
   foot="课栈网 www.kezhan365.com | 客服热线 400-621-2808 | 客服邮箱 kf@kezhan365.com | 浙ICP备19033521号"),
 "bbs": dict(name="考证圈论坛", style="forum",
   menu=["首页", "岳阳版", "南充版", "考证交流", "避坑曝光"],
   side="<h3>版规</h3><p>禁止发布虚假证书广告，一经发现删帖封号。</p><h3>今日热帖</h3><ul><li>软考报名时间汇总</li><li>电工证复审流程</li></ul>",
   foot="考证圈论坛 kzquan.net | 官方交流QQ群：287736154 | 举报邮箱 jubao@kzquan.net"),
 "fenlei": dict(name="城市通分类信息", style="classifieds",
   menu=["首页", "招聘", "教育培训", "房产", "二手"],
   side="<h3>安全提示</h3><p>凡是先收费的都要提高警惕，谨防上当。</p><h3>附近城市</h3><ul><li>岳阳</li><li>长沙</li><li>南充</li><li>遂宁</li></ul>",
   foot="城市通 www.tcfenlei.com | 客服 service@tcfenlei.com | 湘ICP备18012345号-2"),
 "wenda": dict(name="问答百科", style="q-and-a",
   menu=["首页", "教育", "职场", "科技", "我要提问"],
   side="<h3>相关问题</h3><ul><li>数据标注员好找工作吗</li><li>技能证书怎么查真假</li></ul>",
   foot="问答百科 wendabk.com | 意见反馈 help@wendabk.com"),
 "wx": dict(name="微文摘 · 公众号文章转载", style="wechat-reposts",
   menu=["首页", "教育", "本地", "科技", "投稿"],
   side="<h3>热门文章</h3><ul><li>岳阳高考志愿填报指南</li><li>南充夜市地图</li></ul>",
   foot="微文摘 文章来源于微信公众号，版权归原作者所有 | 投稿邮箱 tougao@wxwenzhai.com"),
 "video": dict(name="快看短视频", style="short-video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h3>相关推荐</h3><ul><li>30秒看懂ChatGPT</li><li>考证避坑指南</li></ul>",
   foot="快看短视频 | 违法和不良信息举报电话 010-59128866 | 举报邮箱 jubao@kuaikan-video.com"),
 "news": dict(name="洞庭资讯网", style="local-news",
   menu=["首页", "本地", "民生", "教育", "商讯"],
   side="<h3>24小时热点</h3><ul><li>岳阳楼景区夜游开放</li><li>南湖广场改造完工</li></ul>",
   foot="洞庭资讯网 新闻热线 0730-8231000 | 湘ICP备16003307号"),
 "rsj": dict(name="岳阳市人力资源和社会保障局（示例站）", style="gov-notice",
   menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
   side="<h3>便民服务</h3><ul><li>社保查询</li><li>技能证书查询</li><li>职业培训补贴申领</li></ul>",
   foot="主办：岳阳市人力资源和社会保障局 | 咨询电话 0730-12333 | 地址：岳阳市岳阳楼区金鹗中路"),
 "college": dict(name="洞庭职业技术学院 继续教育学院", style="college",
   menu=["学院首页", "社会培训", "成人学历", "技能认定", "联系我们"],
   side="<h3>快速通道</h3><ul><li>培训报名</li><li>证书领取</li><li>缴费说明</li></ul>",
   foot="洞庭职业技术学院继续教育学院 | 学院总机 0730-8461000 | jxjy.dtzyxy.edu.cn"),
 "shop": dict(name="优品商城", style="shop",
   menu=["首页", "教育培训", "数码", "家居", "购物车"],
   side="<h3>购物保障</h3><p>担保交易 · 支付宝/微信支付</p>",
   foot="优品商城 www.youpinmall.cn | 营业执照：91330100716105852F | 平台客服 在线咨询"),
}

CSS = {
 "training-school": "body{font-family:SimSun;background:#f4f7fb}header{background:#0b4d9c;color:#fff}",
 "course-marketplace": "body{font-family:'PingFang SC';background:#fafafa}header{background:#ff6a00;color:#fff}",
 "forum": "body{font-size:13px}header{background:#e8eef6}.post{border:1px solid #ccd}",
 "classifieds": "body{background:#fff}header{background:#24c063;color:#fff}",
 "q-and-a": "body{background:#f6f6f6}header{background:#0066ff;color:#fff}",
 "wechat-reposts": "body{max-width:680px;margin:auto}header{border-bottom:1px solid #eee}",
 "short-video": "body{background:#111;color:#eee}header{background:#000}",
 "local-news": "body{font-family:SimSun}header{background:#b30000;color:#fff}",
 "gov-notice": "body{background:#fff}header{background:#c40000;color:#ff0}",
 "college": "body{background:#fdfdf5}header{background:#1a5c2e;color:#fff}",
 "shop": "body{background:#f5f5f5}header{background:#e4393c;color:#fff}",
}

PAGES = []  # dicts

def page(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      crumbs=crumbs or []))

# ---------------------------------------------------------------- U01 岳阳智培 (honest school)
page("/yzpx/rgzn-5ji.html", "yzpx", "2025年人工智能训练师（五级/初级工）培训招生简章",
 """<p>根据《人工智能训练师国家职业技能标准（2021年版）》（职业编码4-04-05-05），我校开设人工智能训练师五级（初级工）培训班，工种为数据标注员。</p>
<p><b>申报条件：</b>累计从事本职业或相关职业工作满1年（含），或本职业学徒期满。学历要求初中毕业及以上。</p>
<p><b>课时：</b>标准参考学时60课时，理论+实操，晚班/周末班可选。</p>
<p><b>认定：</b>本期学员参加本市2025年第3批职业技能等级认定（批次号0730202503），考点为岳阳市职业技能鉴定考点（考点前台0730-8880123，仅受理考场事务）。理论、技能各100分，60分合格。</p>
<p><b>证书：</b>由经人社部门备案的评价机构颁发职业技能等级证书，证书编号为22位，样式如 S000043000001253000128，可在 zscx.osta.org.cn 查询。本证书属于职业技能等级证书，不是国家职业资格证书。</p>
<p><b>补贴：</b>符合条件的参保职工可申领失业保险技能提升补贴，五级最高1000元，政策以人社部门为准，可拨打12333咨询。</p>
<p><b>费用：</b>培训费1280元（含教材），认定费按物价部门标准另缴。</p>
<p class="warn">【郑重声明】近期有人冒充我校工作人员，用171 8827 6654 添加学员微信收取“加急出证费”，我校从不承诺包过，请勿上当！</p>
<div class="contact">报名咨询：0730-8226517（办公室） 139-7401-2856（张老师） 微信：zhipei_yy<br>官网：www.yyzhipei.cn　统一社会信用代码：%s　湘ICP备2021008815号</div>""" % C_U01,
 True, "U01", "岳阳智培职业技能培训学校",
 [("phone", "07308226517", "0730-8226517"), ("phone", "+8613974012856", "139-7401-2856"),
  ("wechat", "zhipei_yy", "zhipei_yy"), ("uscc", C_U01, C_U01), ("domain", "yyzhipei.cn", "www.yyzhipei.cn"),
  ("other", "湘ICP备2021008815号", "湘ICP备2021008815号")],
 "U01 school's own level-5 enrolment page; honest wording", ["培训项目", "人工智能训练师五级"])

page("/yzpx/rgzn-4ji.html", "yzpx", "人工智能训练师四级（中级工）数据标注方向 周末班",
 """<p>面向已取得五级证书并从事数据标注工作满4年的学员，或相关专业技工院校毕业生（含毕业年度在校生）。</p>
<p>课程模块：基本要求、数据采集和处理、数据标注、智能系统运维。参考学时50课时。</p>
<p>四级技能提升补贴最高1500元（需参保满1年），详询人社部门。</p>
<p>学费1580元，分两期缴纳。不符合申报条件的，我校不予报名。</p>
<div class="contact">地址：岳阳市岳阳楼区巴陵中路218号3楼　电话：（0730）8226517　手机：13974012856<br>
微信公众号同名，客服微信 zhipei_yy　www.yyzhipei.cn　社会信用代码 %s　湘ICP备2021008815号</div>""" % C_U01,
 True, "U01", "岳阳智培职业技能培训学校",
 [("phone", "07308226517", "（0730）8226517"), ("phone", "+8613974012856", "13974012856"),
  ("wechat", "zhipei_yy", "zhipei_yy"), ("uscc", C_U01, C_U01), ("domain", "yyzhipei.cn", "www.yyzhipei.cn"),
  ("other", "湘ICP备2021008815号", "湘ICP备2021008815号")],
 "U01 level-4 class page on own site", ["培训项目", "人工智能训练师四级"])

page("/ke/course-1021.html", "ke", "【智培AI学院】人工智能训练师五级 数据标注实操班（岳阳线下+线上）",
 """<div class="price">¥1280 <span>已报名 326 人</span></div>
<p>讲师：智培AI学院 张老师（岳阳）。课程共60课时，含标注工具实操、质检规范、模拟认定。</p>
<p>说明：证书为职业技能等级证书，需按标准满足申报条件，认定由备案评价机构组织，成绩合格方可取得。</p>
<p>机构联系方式：139 7401 2856　微信 ZhiPei_YY　机构官网 yyzhipei.cn</p>""",
 True, "U01", "智培AI学院",
 [("phone", "+8613974012856", "139 7401 2856"), ("wechat", "zhipei_yy", "ZhiPei_YY"), ("domain", "yyzhipei.cn", "yyzhipei.cn")],
 "U01 listing on course marketplace under a different brand", ["职业考证", "人工智能"])

page("/fenlei/yy/post-301.html", "fenlei", "岳阳 人工智能训练师培训 正规学校 可申领补贴",
 """<p>【智培教育】岳阳楼区老牌培训学校，开设人工智能训练师五级、四级，工种数据标注员。符合条件可申请技能提升补贴。</p>
<p>上课地点：巴陵中路。晚班19:00-21:00。</p>
<p>联系人：张老师 +86 139-7401-2856（微信同号），或加微信 zhipei_yy 备注“城市通”。</p>""",
 True, "U01", "智培教育",
 [("phone", "+8613974012856", "+86 139-7401-2856"), ("wechat", "zhipei_yy", "zhipei_yy")],
 "U01 classified ad", ["岳阳", "教育培训"])

# ---------------------------------------------------------------- U02 南充嘉陵数智 (honest-ish)
page("/ke/course-2087.html", "ke", "嘉陵数智 | 人工智能训练师三级（高级工）备考课 南充面授",
 """<div class="price">¥2680 <span>已报名 88 人</span></div>
<p>适合持四级证书并满5年相关工作经历的学员，或大专以上相关专业+四级证书+2年经验。</p>
<p>课程章节：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>咨询：182-8170-1935　QQ：2851634470　邮箱 jlsz_edu@163.com</p>""",
 True, "U02", "嘉陵数智",
 [("phone", "+8618281701935", "182-8170-1935"), ("qq", "2851634470", "2851634470"), ("email", "jlsz_edu@163.com", "jlsz_edu@163.com")],
 "U02 level-3 listing on marketplace", ["职业考证", "人工智能"])

page("/wx/a-20250611.html", "wx", "南充人工智能训练师培训开班啦！（附报名方式）",
 """<p class="src">来源：公众号「南充职教圈」 2025-06-11</p>
<p>南充嘉陵数智职业技能培训中心第7期人工智能训练师培训班即将开班，五级、四级均可报名，需符合国家职业技能标准规定的申报条件。</p>
<p>培训地址：南充市顺庆区模范街126号。</p>
<p>在线报名表（由金数据 jinshuju.net 提供）：填写后老师会联系您。</p>
<p>咨询电话：0817-2236610　手机：182 8170 1935　微信：jlsz_ai2024</p>
<p>南充嘉陵数智职业技能培训中心（统一社会信用代码 %s）</p>""" % C_U02,
 True, "U02", "南充嘉陵数智职业技能培训中心",
 [("phone", "08172236610", "0817-2236610"), ("phone", "+8618281701935", "182 8170 1935"),
  ("wechat", "jlsz_ai2024", "jlsz_ai2024"), ("uscc", C_U02, C_U02)],
 "U02 enrolment article reposted from a WeChat account", ["本地", "教育"])

page("/video/v-7301.html", "video", "@嘉陵数智小王老师：数据标注员到底做什么？",
 """<div class="player">[视频 02:35]</div>
<p>文案：数据标注员是人工智能训练师的一个工种，想系统学习的朋友可以来我们南充校区试听。#人工智能训练师 #南充</p>
<p>主页简介：嘉陵数智 官方账号 | 咨询V：JLSZ_ai2024 | 扣扣 285 163 4470</p>""",
 True, "U02", "嘉陵数智",
 [("wechat", "jlsz_ai2024", "JLSZ_ai2024"), ("qq", "2851634470", "285 163 4470")],
 "U02 short video with profile contacts", ["知识"])

page("/bbs/thread-88355.html", "bbs", "[南充版] 在嘉陵数智学人工智能训练师的一点体会（机构老师也来答疑）",
 """<div class="post"><b>楼主 阿杰在顺庆</b>：去年在嘉陵数智报了五级，学了两个月，认定考了理论和实操，成绩出来才发证，不存在包过。</div>
<div class="post"><b>2楼 嘉陵数智-王老师</b>：谢谢认可。有意向的可以加我微信 jlsz_ai2024，或打18281701935，先确认自己是否符合申报条件。</div>
<div class="post"><b>3楼 蓝蓝</b>：想问问四级要几年经验？我微信lanlan_0817，麻烦老师加一下。</div>""",
 True, "U02", "嘉陵数智",
 [("wechat", "jlsz_ai2024", "jlsz_ai2024"), ("phone", "+8618281701935", "18281701935")],
 "forum thread where U02 staff invites enrolment", ["南充版"])

# ---------------------------------------------------------------- U03 中科智训 / 国培 (dishonest, nationwide)
page("/fenlei/yy/post-330.html", "fenlei", "人工智能训练师证 人社部颁发 全国通用 包过 岳阳可报",
 """<p>【AI训练师报考中心】人工智能训练师国家职业资格证书，人社部颁发，全国联网可查！</p>
<p>零基础、不限学历、不限经验，一次报考三个等级（五级+四级+三级），三证同发，包过不过全额退款。</p>
<p>报名热线：400-852-6917（全国统一）</p>""",
 True, "U03", "AI训练师报考中心",
 [("phone", "4008526917", "400-852-6917")],
 "U03 scam classified: 国家职业资格 / 人社部颁发 / 包过 / three levels", ["岳阳", "教育培训"])

page("/wenda/q-1101.html", "wenda", "人工智能训练师证书在哪里报名？靠谱吗？",
 """<div class="q">提问者：岳阳的小李 · 想转行做AI，听说有个人工智能训练师证，在哪报？</div>
<div class="a"><b>AI训练师报考中心-张老师</b>（认证：教育从业者）：<br>我们是国培人工智能认证中心的合作报名点，证书人社部颁发，入库可查，查询网址 www.ai-rsbzs.com。不用到场，线上报名，包过。<br>报名扣扣：3396021758，热线4008526917。</div>
<div class="a"><b>匿名用户</b>：楼上这种一看就是广告，证书查询要去官方 zscx.osta.org.cn。</div>""",
 True, "U03", "国培人工智能认证中心",
 [("qq", "3396021758", "3396021758"), ("domain", "ai-rsbzs.com", "www.ai-rsbzs.com"), ("phone", "4008526917", "4008526917")],
 "U03 answer advertising with fake query domain", ["教育"])

page("/video/v-7322.html", "video", "@国培人工智能认证中心：AI时代必备证书，三个等级一起拿！",
 """<div class="player">[视频 00:58]</div>
<p>文案：人社部颁发！国家职业资格证书！零基础三个等级一起拿，拿到证书升职加薪，原价6980现在报名立减3000！#人工智能训练师 #考证</p>
<p>主页：国培人工智能认证中心（北京） 信用代码 %s | 官网 ai-rsbzs.com | 加V：zkzx_kefu08</p>""" % C_U03,
 True, "U03", "国培人工智能认证中心",
 [("uscc", C_U03, C_U03), ("domain", "ai-rsbzs.com", "ai-rsbzs.com"), ("wechat", "zkzx_kefu08", "zkzx_kefu08")],
 "U03 short video, 91-prefixed company with state-sounding name", ["知识"])

page("/shop/item-60311.html", "shop", "中科智训 人工智能训练师报考 五级四级三级 证书报名费 包过班",
 """<div class="price">¥3980 /证 <s>¥6980</s> 月销 312</div>
<p>店铺：中科智训官方店。下单后联系客服登记信息，无需培训，45天出证，人社部颁发，官网可查。</p>
<p>两证同报立减800元。客服微信：ZKZX_kefu08　售后热线 4008 526 917</p>
<div class="review">买家评价：已收到证，但是在官方网站查不到…… 订单号13820250611</div>
<p class="pay">支付由支付宝担保，支付问题请联系支付宝客服95188。</p>""",
 True, "U03", "中科智训官方店",
 [("wechat", "zkzx_kefu08", "ZKZX_kefu08"), ("phone", "4008526917", "4008 526 917")],
 "U03 shop item selling certificate per piece", ["教育培训"])

# ---------------------------------------------------------------- U04 岳阳湘楚 刘老师 (dishonest agent)
page("/bbs/thread-88123.html", "bbs", "[岳阳版] 人工智能训练师三级 四级 包过 可挂靠 年入2万",
 """<div class="post"><b>楼主 湘楚刘老师</b>：人工智能训练师证，不用考试，资料齐全即可下证，三级四级都能办。<br>拿证后可挂靠企业，一年躺赚2万！<br>考点就在岳阳市职业技能鉴定考点（前台0730-8880123），本地人放心。<br>电话 158 7302 6419，微信 liu_zs0730</div>
<div class="post"><b>2楼 小美</b>：真的假的？我也想办，微信 yy_xiaomei88</div>
<div class="post"><b>3楼 版主</b>：提醒：挂靠收益说法请谨慎，证书请到官方网站核验。</div>""",
 True, "U04", "湘楚刘老师",
 [("phone", "+8615873026419", "158 7302 6419"), ("wechat", "liu_zs0730", "liu_zs0730")],
 "U04 forum ad: 不用考试 / 挂靠", ["岳阳版"])

page("/fenlei/yy/post-318.html", "fenlei", "岳阳办理人工智能训练师证 快速拿证 对公转账",
 """<p>湘楚职业技能服务：人工智能训练师、数据标注员证书代报名，不限学历，30天拿证。</p>
<p>费用可对公转账，户名：岳阳市湘楚人才服务有限公司。</p>
<p>联系电话：15873026419（刘）</p>""",
 True, "U04", "湘楚职业技能服务",
 [("phone", "+8615873026419", "15873026419"), ("other", "岳阳市湘楚人才服务有限公司", "岳阳市湘楚人才服务有限公司")],
 "U04 classified with payee name", ["岳阳", "教育培训"])

page("/wx/a-20250618.html", "wx", "岳阳人注意！这个证书现在拿，明年涨价",
 """<p class="src">来源：公众号「岳阳考证帮」 2025-06-18</p>
<p>人工智能训练师是人社部认证的新职业，证书直接对应职称证书，拿证后还能挂靠。名额有限，7月底截止。</p>
<p>报名找刘老师，微信：liu_zs0730（备注训练师）。</p>
<p>缴费方式：对公账户，户名 岳阳市湘楚人才服务有限公司，开票无忧。</p>""",
 True, "U04", "岳阳考证帮",
 [("wechat", "liu_zs0730", "liu_zs0730"), ("other", "岳阳市湘楚人才服务有限公司", "岳阳市湘楚人才服务有限公司")],
 "U04 WeChat repost under another brand", ["本地"])

# ---------------------------------------------------------------- U05 南充果州职培 (honest small school)
page("/bbs/thread-88240.html", "bbs", "[南充版] 果州职培 人工智能训练师五级周末班 7月开课",
 """<div class="post"><b>楼主 果州职培</b>：南充果州职业技能培训学校开设人工智能训练师五级（数据标注员）周末班，60课时，需满足一年相关工作经历或学徒期满。<br>
学员交流群（QQ群）615283907，资料可发邮箱 guozhou_px@126.com。</div>
<div class="post"><b>2楼 路人甲</b>：支持本地正规学校。</div>""",
 True, "U05", "果州职培",
 [("qq_group", "615283907", "615283907"), ("email", "guozhou_px@126.com", "guozhou_px@126.com")],
 "U05 forum enrolment post", ["南充版"])

page("/fenlei/nc/post-402.html", "fenlei", "南充 人工智能训练师（数据标注员）五级培训 高坪区",
 """<p>南充果州职业技能培训学校，人工智能训练师五级培训，周末班，学费980元，认定费另计。</p>
<p>电话：135 0817 2644　QQ群：615283907</p>
<div class="form">在线留言　手机号：<input placeholder="例：13800138000"> 留言：<input></div>""",
 True, "U05", "南充果州职业技能培训学校",
 [("phone", "+8613508172644", "135 0817 2644"), ("qq_group", "615283907", "615283907")],
 "U05 classified", ["南充", "教育培训"])

page("/wenda/q-1130.html", "wenda", "南充哪里可以考人工智能训练师？",
 """<div class="q">提问者：南充打工人 · 想在本地学，有推荐吗？</div>
<div class="a"><b>果州职培-陈老师</b>：我们学校在高坪区，五级周末班7月开课，报名前先核对申报条件。可加QQ群615283907了解，或电话13508172644。</div>
<div class="a"><b>热心网友</b>：报名前记得查机构是否备案，别信包过。</div>""",
 True, "U05", "果州职培",
 [("qq_group", "615283907", "615283907"), ("phone", "+8613508172644", "13508172644")],
 "U05 answer", ["教育"])

# ---------------------------------------------------------------- U06 启明AI学堂 (知识付费, dishonest)
page("/ke/course-3310.html", "ke", "启明AI学堂｜人工智能训练师速成 原价9999限时99 90%小白都能学会",
 """<div class="price">¥99 <s>¥9999</s> <span>已报名 1.2万 人</span></div>
<p>零基础可学，7天速成，结业颁发联合国开发计划署（UNDP）联合认证证书+人工智能训练师证书，拿证升职加薪！</p>
<p>课程顾问微信：qmai_xt　官网：www.qimingai.com.cn</p>
<p>运营主体统一社会信用代码：%s</p>""" % C_U06,
 True, "U06", "启明AI学堂",
 [("wechat", "qmai_xt", "qmai_xt"), ("domain", "qimingai.com.cn", "www.qimingai.com.cn"), ("uscc", C_U06, C_U06)],
 "U06 marketplace listing, 原价9999限时99 / fake UNDP", ["人工智能"])

page("/wx/a-20250702.html", "wx", "AI时代，普通人如何靠一张证书逆袭？",
 """<p class="src">来源：公众号「启明数标」 2025-07-02</p>
<p>人工智能训练师，人社部颁发，国家认可！启明数标训练营，零基础也能学会，学完内推数据标注岗位。</p>
<p>添加课程顾问：QMAI_XT　合作邮箱：kf@qimingai.com.cn</p>""",
 True, "U06", "启明数标",
 [("wechat", "qmai_xt", "QMAI_XT"), ("email", "kf@qimingai.com.cn", "kf@qimingai.com.cn")],
 "U06 article under sister brand", ["科技"])

page("/video/v-7345.html", "video", "@启明AI学堂：90%的小白都能学会的AI技能",
 """<div class="player">[视频 01:12]</div>
<p>文案：原价9999，今天直播间限时99！人工智能训练师证书包拿！评论区扣1领资料。</p>
<p>简介：启明AI学堂 qimingai.com.cn | 加V qmai_xt</p>
<div class="cmt">评论 @学不会的小王：扣1，我QQ 562218739</div>""",
 True, "U06", "启明AI学堂",
 [("domain", "qimingai.com.cn", "qimingai.com.cn"), ("wechat", "qmai_xt", "qmai_xt")],
 "U06 short video", ["知识"])

# ---------------------------------------------------------------- U07 华数智联 (training + 协议就业, dishonest-ish)
page("/ke/course-4452.html", "ke", "华数智联数据标注基地｜人工智能训练师四级+协议就业班",
 """<div class="price">¥3980 <span>支持分期</span></div>
<p>先培训后上岗，签协议就业，月入8000+。包含人工智能训练师四级认定报名，证书样本编号 S000043000001253000128。</p>
<p>咨询：0731-85126634　招生微信 hszl_hr</p>
<p>华数智联（长沙）科技有限公司 统一社会信用代码 %s</p>""" % C_U07,
 True, "U07", "华数智联数据标注基地",
 [("phone", "073185126634", "0731-85126634"), ("wechat", "hszl_hr", "hszl_hr"), ("uscc", C_U07, C_U07)],
 "U07 listing: 协议就业 / level-4 to beginners", ["人工智能"])

page("/fenlei/yy/post-344.html", "fenlei", "【岳阳招聘】数据标注员 无经验可 月薪6000-9000 需考人工智能训练师证",
 """<p>华数智联招聘数据标注员，岳阳可远程，无经验可。入职前需参加公司人工智能训练师培训考证，培训费3980元可分期。</p>
<p>联系HR：177-7310-5820　公司座机：85126634（长沙）</p>""",
 True, "U07", "华数智联",
 [("phone", "+8617773105820", "177-7310-5820"), ("phone", "073185126634", "85126634")],
 "U07 job ad that is really a paid-training offer", ["岳阳", "招聘"])

page("/wx/a-20250709.html", "wx", "数据标注员招生｜学完即就业",
 """<p class="src">来源：公众号「华数智联」 2025-07-09</p>
<p>华数智联数据标注基地第12期开班，学完推荐就业，协议保障。</p>
<p>报名表示例：姓名 张三　电话：13800138000（请替换为本人号码）　报名表由金数据 jinshuju.net 提供。</p>
<p>咨询座机：(0731)85126634　主体信用代码：%s</p>""" % C_U07,
 True, "U07", "华数智联数据标注基地",
 [("phone", "073185126634", "(0731)85126634"), ("uscc", C_U07, C_U07)],
 "U07 WeChat article", ["教育"])

page("/news/2025/0620-hszl.html", "news", "数据标注产业迎来风口 本地青年就业新选择",
 """<p class="tag">【商讯】</p>
<p>记者了解到，随着大模型发展，数据标注员需求旺盛。华数智联数据标注基地负责人表示，学员参加人工智能训练师培训后，可推荐到合作企业就业。</p>
<p>报名咨询：177 7310 5820，微信hszl_hr。</p>""",
 True, "U07", "华数智联数据标注基地",
 [("phone", "+8617773105820", "177 7310 5820"), ("wechat", "hszl_hr", "hszl_hr")],
 "U07 paid advertorial on a news site", ["商讯"])

# ---------------------------------------------------------------- U08 川北信创 (honest, 南充)
page("/ke/course-5127.html", "ke", "川北信创培训学校｜人工智能训练师五级 南充线下班",
 """<div class="price">¥1180 <span>已报名 64 人</span></div>
<p>按国家职业技能标准教学，60课时。理论+技能认定，成绩合格后由备案评价机构发证，可在官方平台查询。</p>
<p>学校电话 0817-3318206　官网 cbxc-edu.cn　QQ 1732408855</p>""",
 True, "U08", "川北信创培训学校",
 [("phone", "08173318206", "0817-3318206"), ("domain", "cbxc-edu.cn", "cbxc-edu.cn"), ("qq", "1732408855", "1732408855")],
 "U08 marketplace listing", ["职业考证"])

page("/wenda/q-1187.html", "wenda", "南充川北信创培训学校人工智能训练师班怎么样？",
 """<div class="q">提问者：嘉陵区小周</div>
<div class="a"><b>川北信创-招生办</b>：您好，我们五级班按标准60课时，要求一年相关工作经历。可来电 199 0817 4471 或 0817-3318206 咨询，不承诺包过。</div>
<div class="a"><b>学员</b>：去年在那学的，老师认真。</div>""",
 True, "U08", "川北信创",
 [("phone", "+8619908174471", "199 0817 4471"), ("phone", "08173318206", "0817-3318206")],
 "U08 answer", ["教育"])

page("/shop/item-60358.html", "shop", "川北信创 人工智能训练师五级培训 定金 南充线下",
 """<div class="price">¥200 定金 月销 21</div>
<p>店铺：川北信创培训学校。定金可抵学费，报名资格审核不通过全额退。</p>
<p>学校官网 www.cbxc-edu.cn　QQ咨询 1732408855　电话 19908174471</p>""",
 True, "U08", "川北信创培训学校",
 [("domain", "cbxc-edu.cn", "www.cbxc-edu.cn"), ("qq", "1732408855", "1732408855"), ("phone", "+8619908174471", "19908174471")],
 "U08 shop deposit item", ["教育培训"])

# ---------------------------------------------------------------- U09 易考证书网 / 职证通 (cert mill)
page("/bbs/thread-88301.html", "bbs", "人工智能训练师 不用考试 直接出证 官网可查",
 """<div class="post"><b>楼主 职证通</b>：各类技能证书，人工智能训练师一到五级均可办理，不用考试，直接出证，官网可查！<br>查询入口 www.yikaozs.cn　咨询Q：2907715346</div>
<div class="post"><b>2楼</b>：举报了。</div>""",
 True, "U09", "职证通",
 [("domain", "yikaozs.cn", "www.yikaozs.cn"), ("qq", "2907715346", "2907715346")],
 "U09 forum spam: direct certificates + fake query site", ["考证交流"])

page("/video/v-7360.html", "video", "@易考证书网：三天拿证，一到五级都能办",
 """<div class="player">[视频 00:31]</div>
<p>文案：不培训不考试，三天出证，一级高级技师也能办！咨询扣扣 2907 715 346，微信 ykzs_8899</p>
<div class="cmt">评论 @学不会的小王：多少钱？我QQ 562218739</div>""",
 True, "U09", "易考证书网",
 [("qq", "2907715346", "2907 715 346"), ("wechat", "ykzs_8899", "ykzs_8899")],
 "U09 short video", ["知识"])

page("/shop/item-60402.html", "shop", "人工智能训练师证书 办理 一级 二级 三级 快速出证",
 """<div class="price">¥1500 /本 月销 57</div>
<p>店铺：易考证书网。提供资料即可，证书可在官网查询。拍下后加客服微信 YKZS_8899，资料发 ykzs8899@qq.com。</p>
<div class="review">买家评价：客服回复快。订单号13820250611同款再来一单。</div>""",
 True, "U09", "易考证书网",
 [("wechat", "ykzs_8899", "YKZS_8899"), ("email", "ykzs8899@qq.com", "ykzs8899@qq.com")],
 "U09 shop item, price per certificate", ["教育培训"])

# ---------------------------------------------------------------- independents
page("/college/jxjy/ai-2025.html", "college", "关于开展2025年人工智能训练师（五级、四级）社会培训的通知",
 """<p>我院面向社会开展人工智能训练师五级、四级培训，并组织学员参加职业技能等级认定。考点：岳阳市职业技能鉴定考点（前台0730-8880123）。</p>
<p>申报条件按《人工智能训练师国家职业技能标准（2021年版）》执行。培训费五级1100元、四级1400元。</p>
<p>联系方式：继续教育学院培训科 0730-8461120，邮箱 jxjy@dtzyxy.edu.cn</p>""",
 True, "I01", "洞庭职业技术学院继续教育学院",
 [("phone", "07308461120", "0730-8461120"), ("email", "jxjy@dtzyxy.edu.cn", "jxjy@dtzyxy.edu.cn")],
 "I01 college continuing-education enrolment notice", ["社会培训"])

page("/shop/item-60417.html", "shop", "数据标注入门课+人工智能训练师五级备考资料 包答疑",
 """<div class="price">¥49 月销 640</div>
<p>店铺：小雨数据工作室。录播课12节+题库，不含报名认定，证书需自行报名考取。</p>
<p>答疑QQ：1456023987</p>
<p class="pay">支付问题请联系支付宝客服95188。</p>""",
 True, "I02", "小雨数据工作室",
 [("qq", "1456023987", "1456023987")],
 "I02 small shop selling study material", ["教育培训"])

page("/fenlei/nc/post-415.html", "fenlei", "南充 人工智能训练师考证辅导 一对一",
 """<p>本人从事数据标注三年，持三级证书，可一对一辅导五级/四级理论和实操。顺庆区可面授。</p>
<p>李老师 150 8279 9306</p>
<div class="form">在线留言　手机号：<input placeholder="例：13800138000"></div>""",
 True, "I03", "李老师",
 [("phone", "+8615082799306", "150 8279 9306")],
 "I03 individual tutor classified", ["南充", "教育培训"])

page("/wenda/q-1203.html", "wenda", "成都/南充有没有人工智能训练师线上课？",
 """<div class="q">提问者：川北小伙</div>
<div class="a"><b>蓉城智谷培训</b>：我们有线上直播班，五级四级都有，周末上课。了解课程加微信 rczg_peixun。</div>
<div class="a"><b>小美</b>：同问，我微信 yy_xiaomei88，有的话拉我一下。</div>""",
 True, "I04", "蓉城智谷培训",
 [("wechat", "rczg_peixun", "rczg_peixun")],
 "I04 answer by a training org", ["教育"])

page("/video/v-7388.html", "video", "@AI小白阿杰：我是怎么靠数据标注月入过万的",
 """<div class="player">[视频 03:02]</div>
<p>文案：零基础，一个月拿证，月入过万！训练营限时199，包教包会包拿证，名额只剩10个。</p>
<p>私信或加V：ajie_ai666</p>""",
 True, "I05", "AI小白阿杰",
 [("wechat", "ajie_ai666", "ajie_ai666")],
 "I05 influencer selling a course with 包拿证", ["知识"])

page("/wx/a-20250716.html", "wx", "巴陵技工学校2025年人工智能训练师培训招生",
 """<p class="src">来源：公众号「湘北职教」 2025-07-16</p>
<p>巴陵技工学校开设人工智能训练师五级培训，技工院校在校生可按规定申报。</p>
<p>网上报名：报名表由金数据 jinshuju.net 提供。</p>
<p>咨询电话：0730-8735590（招生办）</p>""",
 True, "I06", "巴陵技工学校",
 [("phone", "07308735590", "0730-8735590")],
 "I06 technical-school enrolment article", ["教育"])

# ---------------------------------------------------------------- non-offers
page("/bbs/thread-88420.html", "bbs", "[避坑曝光] 花4000办的人工智能训练师证查不到！大家别上当",
 """<div class="post"><b>楼主 受害者小赵</b>：在网上看到“人社部颁发、包过”的广告，对方电话17188276654，微信 rsb_zhengshu01，交了4000元，寄来的证在 zscx.osta.org.cn 查不到。已打12315投诉。</div>
<div class="post"><b>2楼 lanlan</b>：我也被这个号加过，lanlan_0817 这是我微信，受害的可以一起维权。</div>
<div class="post"><b>3楼 版主</b>：已置顶。凡是“不用考试直接出证”的都是骗子。</div>""",
 note="complaint thread quoting a scam number and WeChat, reader contacts", crumbs=["避坑曝光"])

page("/fenlei/yy/post-349.html", "fenlei", "岳阳楼区 南湖花园 两室一厅 出租 1300元/月",
 """<p>精装修，拎包入住，近南湖广场。房东直租，无中介费。</p><p>联系：王女士 186 7300 4215</p>""",
 note="unrelated classified (flat for rent)", crumbs=["岳阳", "房产"])

page("/wenda/q-1250.html", "wenda", "人工智能训练师证书是国家职业资格证书吗？怎么查真假？",
 """<div class="q">提问者：谨慎的考证人</div>
<div class="a"><b>职业指导师-老周</b>：不是。2019年后它属于职业技能等级证书，由备案的评价机构颁发，人社部不直接颁发。证书编号22位，可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。有疑问打12333。遇到“包过”“不用考试”的，可以向12315投诉。</div>""",
 note="guide answer, no seller", crumbs=["教育"])

page("/news/2025/0705-warn.html", "news", "警惕！“人社部颁发”的人工智能训练师证书骗局",
 """<p>近日，市民赵先生反映，其通过一个自称“人社部证书中心”的电话171-8827-6654报名人工智能训练师，被收取4000元后证书无法查询，对方微信 rsb_zhengshu01 已将其拉黑。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可通过 zscx.osta.org.cn 查询；如有疑问请拨打12333，消费纠纷可拨打12315。</p>""",
 note="news warning quoting scam contacts and hotlines", crumbs=["民生"])

page("/news/2025/0712-policy.html", "news", "技能提升补贴怎么领？人工智能训练师三级最高可领2000元",
 """<p>记者从市人社局获悉，本市2025年第3批职业技能等级认定（批次号0730202503）报名已启动。参保满一年的职工取得五级、四级、三级证书，分别可申领最高1000元、1500元、2000元技能提升补贴，二级、一级无此项全国补贴。</p>
<p>详情可拨打12333咨询。</p>""",
 note="policy news with batch number and hotline", crumbs=["教育"])

page("/rsj/tzgg/2025-031.html", "rsj", "关于做好2025年第3批职业技能等级认定工作的通知",
 """<p>各有关单位：</p><p>本批次（批次号0730202503）认定包括人工智能训练师（4-04-05-05）五级、四级。考点：岳阳市职业技能鉴定考点，考务咨询0730-8880123。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn；证书背面查询网址 jndj.osta.org.cn。</p>
<p>请广大群众警惕“包过”“免考拿证”“人社部颁发”等虚假宣传，发现线索可拨打12333或12315反映。</p>""",
 note="official-style notice", crumbs=["政务公开", "通知公告"])

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "95188", ["95188"], "payment platform (支付宝) customer service"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4006212808", ["400-621-2808"], "course marketplace's customer-service line in every footer"),
 ("email", "kf@kezhan365.com", ["kf@kezhan365.com"], "course marketplace footer e-mail"),
 ("domain", "kezhan365.com", ["www.kezhan365.com"], "course marketplace's own domain"),
 ("qq_group", "287736154", ["287736154"], "forum's own QQ group in every footer"),
 ("email", "jubao@kzquan.net", ["jubao@kzquan.net"], "forum's report e-mail in every footer"),
 ("other", "湘ICP备18012345号-2", ["湘ICP备18012345号-2"], "classifieds platform ICP in every footer"),
 ("email", "service@tcfenlei.com", ["service@tcfenlei.com"], "classifieds platform footer e-mail"),
 ("uscc", "91330100716105852F", ["91330100716105852F"], "shop platform's business licence in every footer"),
 ("domain", "youpinmall.cn", ["www.youpinmall.cn"], "shop platform's own domain"),
 ("email", "tougao@wxwenzhai.com", ["tougao@wxwenzhai.com"], "repost site's submission e-mail"),
 ("phone", "01059128866", ["010-59128866"], "video platform's report line"),
 ("email", "help@wendabk.com", ["help@wendabk.com"], "Q&A platform footer e-mail"),
 ("phone", "+8617188276654", ["17188276654", "171-8827-6654", "171 8827 6654"], "scam number quoted in warnings/complaints and in U01's impersonation notice"),
 ("wechat", "rsb_zhengshu01", ["rsb_zhengshu01"], "scam WeChat quoted in complaint and news"),
 ("phone", "+8613820250611", ["13820250611"], "order number that looks like a mobile"),
 ("other", "S000043000001253000128", ["S000043000001253000128"], "sample certificate number"),
 ("phone", "0730202503", ["0730202503"], "assessment batch number that looks like a landline"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in forms"),
 ("wechat", "yy_xiaomei88", ["yy_xiaomei88"], "a reader's own WeChat in comments"),
 ("wechat", "lanlan_0817", ["lanlan_0817"], "a reader's own WeChat in comments"),
 ("qq", "562218739", ["562218739"], "a viewer's own QQ in comments"),
 ("phone", "07308880123", ["0730-8880123"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
]

# ---------------------------------------------------------------- render
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def site_pages(site):
    return [p for p in PAGES if p["site"] == site and not p["path"].endswith("/index.html")]

def render(p, links_related):
    s = SITES[p["site"]]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (p["site"], m) if i == 0 else "<span>%s</span>" % m
                      for i, m in enumerate(s["menu"]))
    crumbs = ' &gt; '.join(['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (p["site"], esc(s["name"]))]
                           + [esc(c) for c in p["crumbs"]] + [esc(p["title"])])
    rel = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in links_related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<style>%s</style></head>
<body><header><div class="logo">%s</div><nav>%s</nav></header>
<div class="crumbs">%s</div>
<main><h1>%s</h1>
%s
</main>
<aside>%s<h3>相关链接</h3><ul>%s</ul></aside>
<footer>%s</footer>
</body></html>
""" % (esc(p["title"]), esc(s["name"]), CSS[s["style"]], esc(s["name"]), menu, crumbs, esc(p["title"]),
       p["body"], s["side"], rel, s["foot"])

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    # site index pages
    for site, s in SITES.items():
        lst = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in site_pages(site))
        PAGES.append(dict(path="/%s/index.html" % site, site=site, title=s["name"] + " 首页",
                          body="<ul class=\"list\">%s</ul>" % lst, is_offer=False, operator=None, provider=None,
                          identifiers=[], note="site index (%s)" % s["style"], crumbs=[]))
    html = {}
    for p in PAGES:
        sib = [q for q in site_pages(p["site"]) if q["path"] != p["path"]][:4]
        html[p["path"]] = render(p, sib)
    hub_links = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, esc(v["name"]), v["style"]) for k, v in SITES.items())
    hub = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：人工智能训练师证书（岳阳/南充）</title></head>
<body><h1>导航</h1><ul>%s</ul></body></html>\n""" % hub_links
    html["/index.html"] = hub
    for path, h in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        for k, v, w in p["identifiers"]:
            assert w in html[p["path"]], (p["path"], w)
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, val, written, why in DECOYS:
        pg = sorted(path for path, h in html.items() if any(w in h for w in written))
        for path in pg:  # numeric decoys must stand alone, not inside a longer number
            for w in written:
                for m in re.finditer(re.escape(w), html[path]):
                    h = html[path]
                    if w[0].isdigit():
                        assert not (m.start() > 0 and h[m.start() - 1].isdigit()), (w, path)
                    if w[-1].isdigit():
                        assert not (m.end() < len(h) and h[m.end()].isdigit()), (w, path)
        assert pg, val
        decoys.append(dict(kind=kind, value=val, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(pages), "offers", sum(p["is_offer"] for p in pages), "decoys", len(decoys))

if __name__ == "__main__":
    main()
