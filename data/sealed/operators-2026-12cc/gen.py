#!/usr/bin/env python3
"""Generate a labeled local web (潍坊, area code 0536) of AI-trainer certificate sellers.
Standard library only, deterministic."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WU = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def orgcheck(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * w[i] for i, ch in enumerate(s8)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(kind2, div6, org8):
    s17 = kind2 + div6 + org8 + orgcheck(org8)
    assert all(c in ALPH for c in s17), s17
    r = 31 - sum(ALPH.index(c) * WU[i] for i, c in enumerate(s17)) % 31
    return s17 + ALPH[0 if r == 31 else r]

C1 = uscc("91", "370705", "MA3RK8T1")
C2 = uscc("52", "370700", "MJD44051")
C4 = uscc("91", "370702", "MA3UQ6W4")
C6 = uscc("92", "370705", "L6P5D3M8")
C7 = uscc("91", "110108", "MA01XK7R")
C9 = uscc("52", "370703", "MJE20316")

# ---------------------------------------------------------------- sites
SITES = {
 "portal": dict(name="鸢都在线·潍坊城市生活网", style="portal", dom="www.wf0536.cn",
   menu=["首页", "本地新闻", "教育培训", "便民服务", "商家黄页"],
   footer="鸢都在线 版权所有 | 客服热线:0536-8096655 | 商务合作:ad@wf0536.cn | 鲁ICP备11028457号-2 | 违法和不良信息举报:0536-8096655"),
 "fenlei": dict(name="潍坊百姓分类网", style="classifieds", dom="wf.baixingfenlei.com",
   menu=["首页", "招聘", "二手", "教育培训", "本地服务", "免费发布"],
   footer="潍坊百姓分类网 | 全国客服 400-611-0536 | 信息仅供参考,交易请谨慎,先付款后服务请慎重 | 京ICP备09057216号"),
 "zhaopin": dict(name="潍坊人才热线", style="jobboard", dom="www.wfrcrx.com",
   menu=["首页", "找工作", "企业招聘", "人才测评", "职场资讯"],
   footer="潍坊人才热线 | 求职者服务电话:0536-8307766 | 本站发布信息均由企业自行提供,求职中凡收取费用均属可疑 | 鲁ICP备13004412号"),
 "college": dict(name="潍坊滨海职业学院 继续教育学院", style="college", dom="jxjy.wfbhxy.edu.cn",
   menu=["学院首页", "学院概况", "培训项目", "职业技能等级认定", "通知公告", "联系我们"],
   footer="潍坊滨海职业学院 继续教育学院 | 地址:潍坊市滨海区大家洼街道海安路 | 学院总机:0536-7589000 | 鲁ICP备05027788号"),
 "bbs": dict(name="鸢都论坛", style="forum", dom="bbs.yuandu0536.com",
   menu=["论坛首页", "潍坊杂谈", "求职招聘", "教育培训", "消费维权", "二手市场"],
   footer="鸢都论坛 Powered by Discuz! | 站务QQ群:214508833 | 投诉邮箱:jubao@yuandu0536.com | 鲁ICP备10020931号-1"),
 "mp": dict(name="微文聚合·公众号文章转载", style="wechat-repost", dom="www.weiwenjh.com",
   menu=["首页", "教育", "职场", "本地", "科技"],
   footer="本站文章来自微信公众号,版权归原作者所有,如有侵权请联系 kefu@weiwenjh.com 删除 | 沪ICP备18033265号"),
 "v": dict(name="快看视频", style="short-video", dom="v.kuaikan-sp.com",
   menu=["推荐", "同城", "教育", "直播", "登录"],
   footer="快看视频 | 未成年人举报及违法不良信息举报电话:4000-986-511 | 网络文化经营许可证 京网文〔2021〕1125-218号"),
 "wenda": dict(name="问问知道", style="qa", dom="www.wenwenzd.com",
   menu=["首页", "提问", "教育考试", "职业培训", "我的"],
   footer="问问知道 | 客服QQ:800061125 | 回答内容仅代表作者观点 | 粤ICP备16087431号"),
 "rsj": dict(name="潍坊市人力资源和社会保障局", style="government", dom="rsj.weifang.gov.cn",
   menu=["首页", "政务公开", "政策文件", "通知公告", "办事服务", "互动交流"],
   footer="主办:潍坊市人力资源和社会保障局 | 咨询电话:12333 | 网站标识码3707000019 | 鲁ICP备05041168号"),
 "co1": dict(name="智训教育", style="company", dom="www.wfzhixun.com",
   menu=["首页", "热门证书", "学员风采", "报名流程", "联系我们"],
   footer="潍坊智训教育咨询有限公司 版权所有 | 官网 www.wfzhixun.com | 咨询热线 133 6159 1472 | 统一社会信用代码:" + C1),
 "co2": dict(name="潍坊市鲁信职业培训学校", style="company", dom="www.sdluxinpx.cn",
   menu=["学校首页", "学校简介", "培训项目", "补贴政策", "联系我们"],
   footer="潍坊市鲁信职业培训学校(民办) | 地址:潍坊市潍城区胜利西街鲁信大厦3楼 | 电话:0536-8235617 | www.sdluxinpx.cn | 统一社会信用代码:" + C2 + " | 鲁ICP备19014475号"),
}
STYLE_DESC = {}

# ---------------------------------------------------------------- pages
P = []
def page(site, slug, title, body, offer=False, op=None, provider=None, ids=(), note="", side=""):
    P.append(dict(site=site, path="/%s/%s.html" % (site, slug), title=title, body=body,
                  is_offer=offer, operator=op, provider=provider, ids=[list(x) for x in ids],
                  note=note, side=side))

SCAM = "提醒:近期有人冒充我校招生,电话 187 6539 0127 非我校工作人员,请勿转账。"
VENUE = "考点:潍坊市奎文区胜利东街鸢飞大厦12层(大厦前台 0536-8217790)"
BATCH = "批次号13705362025"
COURSE = "课程编号17720250301"
READER = "lili_wf0536"
PLACE_FENLEI = "<div class='post-form'><h3>免费发布信息</h3><p>联系电话:<input placeholder='例:138 0000 0000'></p><p>邮箱:<input placeholder='example@qq.com'></p></div>"
PLACE_WENDA = "<div class='ask'><h3>我要提问</h3><p>通知邮箱:<input placeholder='example@qq.com'></p></div>"

# ---- portal
page("portal", "index", "鸢都在线 - 潍坊本地生活门户", """
<h1>鸢都在线</h1><ul class='headlines'>
<li><a href='/portal/news-scam.html'>潍坊一市民花6800元报"人工智能训练师"包过班,证书查无此人</a></li>
<li><a href='/portal/policy-butie.html'>政策解读:职业技能等级证书补贴怎么领?</a></li>
<li><a href='/portal/u04.html'>【商家】未来星数字科技 数据标注岗前培训</a></li>
<li><a href='/portal/u06.html'>【便民】技能证书咨询服务</a></li>
<li><a href='/portal/u08.html'>【推广】考证领补贴 积分落户一站式</a></li>
<li><a href='/portal/u09.html'>【机构】潍坊鸿途职业培训学校</a></li></ul>
<p>天气:潍坊 晴 12℃ | 限行尾号 3 和 8</p>""", note="portal home page")
page("portal", "news-scam", "潍坊一市民花6800元报\"人工智能训练师\"包过班,证书查无此人", """
<h1>潍坊一市民花6800元报"人工智能训练师"包过班,证书查无此人</h1>
<p class='meta'>来源:鸢都在线记者 2026-03-11</p>
<p>家住奎文区的刘女士告诉记者,去年她在网上看到"零基础考人工智能训练师三级,人社部颁发,全国联网可查"的广告,对方称"不过全额退款"。她先后通过微信转账6800元,三个月后收到一本证书,却在技能人才评价证书全国联网查询(zscx.osta.org.cn)上查不到。</p>
<p>刘女士提供的对方联系电话为187-6539-0127,目前已无法接通。</p>
<p>市人社局工作人员提醒,职业技能等级证书由备案的评价机构颁发,政府部门不直接发证;凡是"包过""免考直接拿证"的广告都要警惕。如遇诈骗请拨打96110或报警。</p>""", note="local news report on an AI-trainer certificate scam, quotes the scammer's number")
page("portal", "policy-butie", "政策解读:职业技能等级证书补贴怎么领?", """
<h1>政策解读:技能提升补贴怎么领?</h1>
<p>根据失业保险技能提升补贴政策,参保职工取得职业技能等级证书后可申领补贴:五级(初级工)最高1000元、四级(中级工)最高1500元、三级(高级工)最高2000元。需累计缴纳失业保险费满1年。二级、一级没有这项国家补贴。</p>
<p>证书真伪可在 zscx.osta.org.cn 查询。具体政策可拨打12333咨询,或登录"潍坊人社"微信公众号。</p>
<p>注意:补贴直接打到本人社保卡,任何机构"代领补贴""包领补贴"均不可信。</p>""", note="policy explainer on the skill-upgrade subsidy")
page("portal", "u04", "未来星数字科技 数据标注岗前培训 包推荐就业", f"""
<h1>数据标注员 / 人工智能训练师 岗前培训(包推荐就业)</h1>
<p>潍坊未来星数字科技有限公司 承接百度、阿里等数据标注项目,现面向社会招收学员。</p>
<ul><li>零基础、不限学历,培训15天</li><li>结业颁发人工智能训练师(数据标注员)证书</li>
<li>培训费3980元,可分期,结业后推荐上岗,月薪6000+</li></ul>
<p>咨询电话:137 0636 4428 &nbsp; 官网:www.wfwlx.cn</p>
<p>统一社会信用代码:{C4}</p>""", True, "U04", "潍坊未来星数字科技有限公司",
  [("phone", "+8613706364428", "137 0636 4428"), ("domain", "wfwlx.cn", "www.wfwlx.cn"), ("uscc", C4, C4)],
  "portal merchant ad: data-labelling 'training with job placement' at 3980 yuan")
page("portal", "u06", "技能证书咨询服务 人工智能训练师 快速拿证", f"""
<h1>【便民服务】人工智能训练师 职业技能等级证书 咨询办理</h1>
<p>人社部颁发,国家认可,全国通用,可评职称、可领补贴。初级/中级/高级均可办,资料齐全15个工作日出证。</p>
<p>费用:五级2600元,三级4800元,两级一起报优惠800元。</p>
<p>联系人:赵经理 +86 135 6361 0295</p>
<p>对公转账:收款方:潍坊市奎文区博卓信息咨询服务部(统一社会信用代码 {C6})</p>""",
  True, "U06", "博卓信息咨询", [("phone", "+8613563610295", "+86 135 6361 0295"),
  ("other", "潍坊市奎文区博卓信息咨询服务部", "潍坊市奎文区博卓信息咨询服务部"), ("uscc", C6, C6)],
  "portal convenience ad selling AI-trainer certificates by level, payee shown")
page("portal", "u08", "考证领补贴 积分落户一站式服务", """
<h1>考证领补贴,一分钱不花!人工智能训练师火热报名</h1>
<p>2026年新政:考人工智能训练师三级,补贴最高3120元,学费全覆盖,相当于免费拿证!还可用于积分落户、评职称。</p>
<p>不限专业、无门槛、包通过。名额有限,先到先得。</p>
<p>鸢都人才服务 李老师 177 5360 2386(微信同号)</p>""", True, "U08", "鸢都人才服务",
  [("phone", "+8617753602386", "177 5360 2386"), ("wechat", "17753602386", "177 5360 2386")],
  "portal promoted ad: free certificate via subsidy, settlement points, 包通过")
page("portal", "u09", "【培训机构】潍坊鸿途职业培训学校", f"""
<h1>潍坊鸿途职业培训学校</h1>
<p>寒亭区人社局备案的民办职业培训学校,开设人工智能训练师(五级、四级)培训,理论+实操,线下授课60课时。</p>
<p>报名条件按国家职业技能标准执行:五级需相关工作满1年或经过学徒培训。培训费1200元(五级)、1600元(四级),符合条件的参保职工可申领技能提升补贴。</p>
<p>认定由备案评价机构组织,合格证书可在 zscx.osta.org.cn 查询。</p>
<p>电话:0536-2165308 &nbsp; 网址:www.hongtupx.cn &nbsp; 统一社会信用代码:{C9}</p>
<p class='warn'>{SCAM}</p>""", True, "U09", "潍坊鸿途职业培训学校",
  [("phone", "0536-2165308", "0536-2165308"), ("domain", "hongtupx.cn", "www.hongtupx.cn"), ("uscc", C9, C9)],
  "portal institution listing of an honest filed training school, levels 5/4, warns about an impostor number")

# ---- fenlei
page("fenlei", "index", "潍坊教育培训信息 - 潍坊百姓分类网", """
<h1>潍坊 教育培训 分类信息</h1><ul class='list'>
<li><a href='/fenlei/u01.html'>人工智能训练师三级 零基础可报 包过</a> 奎文 3小时前</li>
<li><a href='/fenlei/u03.html'>各类职业技能证书 免考办理</a> 潍城 5小时前</li>
<li><a href='/fenlei/u06.html'>人工智能训练师证书 咨询代办</a> 奎文 昨天</li>
<li><a href='/fenlei/u08.html'>考证送补贴 人工智能训练师</a> 高新 昨天</li>
<li><a href='/fenlei/u09.html'>鸿途培训 人工智能训练师五级四级招生</a> 寒亭 2天前</li>
<li><a href='/fenlei/i02.html'>数据标注入门 周末小班</a> 奎文 3天前</li>
<li><a href='/fenlei/kuaiji.html'>初级会计职称 考前冲刺班</a> 潍城 3天前</li></ul>""", note="classifieds category index", side=PLACE_FENLEI)
page("fenlei", "u01", "人工智能训练师三级 零基础可报 包过", f"""
<h1>人工智能训练师三级 零基础可报 包过</h1>
<table class='attrs'><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>奎文区</td></tr><tr><td>价格</td><td>面议</td></tr></table>
<p>鸢都AI学堂(智训教育旗下)!人社部颁发人工智能训练师证书,零基础可考三级,不限学历不限经验,考不过全额退款。</p>
<p>{VENUE}</p>
<p>电话:133-6159-1472 &nbsp; 加微信 Zhixun_WF2023 领取资料 &nbsp; 详情见 wfzhixun.com</p>""",
  True, "U01", "鸢都AI学堂", [("phone", "+8613361591472", "133-6159-1472"), ("wechat", "zhixun_wf2023", "Zhixun_WF2023"), ("domain", "wfzhixun.com", "wfzhixun.com")],
  "classified post: level 3 to beginners, 包过", PLACE_FENLEI)
page("fenlei", "u03", "各类职业技能证书 免考办理", """
<h1>各类职业技能证书 免考办理 人工智能训练师 心理咨询师 健康管理师</h1>
<p>不用培训不用考试,提供身份证照片即可,官网可查,三级四级一起办更便宜,加急7天出证。</p>
<p>王老师 188 5368 1947 &nbsp; 微信 wlaoshi-2580</p>""", True, "U03", "王老师证书服务",
  [("phone", "+8618853681947", "188 5368 1947"), ("wechat", "wlaoshi-2580", "wlaoshi-2580")],
  "classified post: certificates without exam", PLACE_FENLEI)
page("fenlei", "u06", "人工智能训练师证书 咨询代办", f"""
<h1>人工智能训练师证书 咨询代办</h1>
<p>博卓咨询:五级/四级/三级,全国联网可查,可领补贴,流程简单,报名即安排。{VENUE}</p>
<p>联系:135-6361-0295 &nbsp; V信:bozhuo0536</p>""", True, "U06", "博卓咨询",
  [("phone", "+8613563610295", "135-6361-0295"), ("wechat", "bozhuo0536", "bozhuo0536")],
  "classified post selling AI-trainer certificates by level", PLACE_FENLEI)
page("fenlei", "u08", "考证送补贴 人工智能训练师", """
<h1>考证送补贴 人工智能训练师 报名就送教材</h1>
<p>潍坊积分落户咨询 为您服务</p>
<p>报名费1980,拿证后补贴可返还大部分,算下来几乎免费。不限专业,包通过,可积分落户。</p>
<p>电话/微信:17753602386 &nbsp; QQ:3462170958</p>""", True, "U08", "潍坊积分落户咨询",
  [("phone", "+8617753602386", "17753602386"), ("wechat", "17753602386", "17753602386"), ("qq", "3462170958", "3462170958")],
  "classified post: 'almost free' after subsidy, 包通过", PLACE_FENLEI)
page("fenlei", "u09", "鸿途培训 人工智能训练师五级四级招生", f"""
<h1>鸿途培训 人工智能训练师五级、四级 周末班招生</h1>
<p>线下60课时,含数据标注实操。本期{BATCH}认定,名额30人。五级1200元,四级1600元。</p>
<p>报名电话:(0536)2165308 &nbsp; 学校网址 hongtupx.cn</p>""", True, "U09", "鸿途培训",
  [("phone", "0536-2165308", "(0536)2165308"), ("domain", "hongtupx.cn", "hongtupx.cn")],
  "classified post of the honest school, prices, batch number", PLACE_FENLEI)
page("fenlei", "i02", "数据标注入门 周末小班", f"""
<h1>数据标注入门 周末小班(不含证书)</h1>
<p>本人在标注公司做过三年项目主管,周末带小班教图像框选、文本标注和质检流程,4次课共480元。不承诺发证,想考人工智能训练师的可以自己去有备案的机构报名。上课地点就在鸢飞大厦附近咖啡馆。</p>
<p>联系:151 6567 0931(孙)</p>""", True, "I02", "孙老师数据标注小班",
  [("phone", "+8615165670931", "151 6567 0931")], "classified post: small honest data-labelling class, no certificate", PLACE_FENLEI)
page("fenlei", "kuaiji", "初级会计职称 考前冲刺班", """
<h1>初级会计职称 考前冲刺班</h1><p>潍城区老牌会计培训,晚班/周末班,小班授课,学费1680。</p>
<p>电话:0536-8662410</p>""", note="unrelated course (accounting) on classifieds", side=PLACE_FENLEI)

# ---- zhaopin
page("zhaopin", "index", "潍坊人才热线 - 最新职位", """
<h1>最新职位</h1><ul>
<li><a href='/zhaopin/job-biaozhu.html'>数据标注员(五险一金)- 潍坊瀚海数智科技有限公司</a> 4000-6000</li>
<li><a href='/zhaopin/u04.html'>人工智能训练师(学员)- 潍坊未来星数字科技有限公司</a> 6000-12000</li></ul>""", note="job board index")
page("zhaopin", "job-biaozhu", "数据标注员 - 潍坊瀚海数智科技有限公司", """
<h1>数据标注员</h1><p>薪资:4000-6000元/月 | 地点:高新区 | 学历:高中及以上</p>
<p>岗位职责:按规范完成图像、语音、文本标注;参与质检。公司提供岗前带教,不收取任何费用。有人工智能训练师证书者优先。</p>
<p>简历投递:hr@hanhaishuzhi.com</p>""", note="genuine job ad (no fee, no course)")
page("zhaopin", "u04", "人工智能训练师(学员)- 潍坊未来星数字科技有限公司", """
<h1>人工智能训练师(储备学员)</h1><p>薪资:6000-12000元/月 | 经验不限 | 学历不限</p>
<p>入职前需参加公司岗前培训并取得人工智能训练师证书,培训费用可申请分期,考证通过后安排上岗。</p>
<p>联系人:周经理 13706364428 &nbsp; 简历:hr@wfwlx.cn</p>""", True, "U04", "潍坊未来星数字科技有限公司",
  [("phone", "+8613706364428", "13706364428"), ("email", "hr@wfwlx.cn", "hr@wfwlx.cn")],
  "job ad that is really a paid training-and-certificate offer")

# ---- college
page("college", "index", "继续教育学院", """
<h1>潍坊滨海职业学院 继续教育学院</h1><h2>通知公告</h2><ul>
<li><a href='/college/i01.html'>2026年人工智能训练师(四级)社会培训报名通知</a></li>
<li><a href='/college/xqhz.html'>校企合作:人工智能训练师定向班招生</a></li>
<li><a href='/college/diangong.html'>2026年低压电工作业培训计划</a></li></ul>""", note="college continuing-education home")
page("college", "i01", "2026年人工智能训练师(四级)社会培训报名通知", """
<h1>2026年人工智能训练师(四级)社会培训报名通知</h1>
<p>我院为省人社厅备案的职业技能等级认定机构,现开展人工智能训练师(四级/中级工)社会培训与认定。</p>
<p>申报条件:取得五级证书后累计从事本职业4年,或累计从事本职业6年,或技工学校、中职相关专业毕业生。</p>
<p>培训50学时,理论与实操考核各100分,60分合格。培训费1400元,认定费390元。证书可在 zscx.osta.org.cn 与 jndj.osta.org.cn 查询。符合条件者可申领技能提升补贴,政策咨询12333。</p>
<p>联系:继续教育学院培训科 0536-7589136,邮箱 jxjy@wfbhxy.edu.cn</p>""", True, "I01", "潍坊滨海职业学院继续教育学院",
  [("phone", "0536-7589136", "0536-7589136"), ("email", "jxjy@wfbhxy.edu.cn", "jxjy@wfbhxy.edu.cn")],
  "college's honest level-4 training and assessment notice")
page("college", "xqhz", "校企合作:人工智能训练师定向班招生", """
<h1>校企合作:人工智能训练师定向班招生</h1>
<p>滨海职院·鲁信校企合作班,面向社会招收五级、四级学员,校内实训室上课。</p>
<p>五级学费1280元,四级1680元;报名需提供工作证明。</p>
<p>报名咨询:鲁信职业培训学校 0536-8235617,资料发送至 luxin_px@163.com</p>""", True, "U02", "滨海职院·鲁信校企合作班",
  [("phone", "0536-8235617", "0536-8235617"), ("email", "luxin_px@163.com", "luxin_px@163.com")],
  "training school's co-branded class hosted on the college site")
page("college", "diangong", "2026年低压电工作业培训计划", """
<h1>2026年低压电工作业培训计划</h1><p>特种作业操作证培训,理论+实操,按应急管理部门要求组织考试。咨询电话见页脚。</p>""",
  note="unrelated course (electrician) on the college site")

# ---- bbs
def thread(title, author, post, comments):
    c = "".join("<div class='reply'><b>%s</b>:%s</div>" % x for x in comments)
    return "<h1>%s</h1><div class='post'><div class='author'>楼主:%s</div><div class='content'>%s</div></div>%s" % (title, author, post, c)
page("bbs", "index", "教育培训 - 鸢都论坛", """
<h1>教育培训版</h1><table class='threads'>
<tr><td><a href='/bbs/tousu.html'>【曝光】交了4800办人工智能训练师证,拿到的证书查不到</a></td><td>回复 37</td></tr>
<tr><td><a href='/bbs/u03.html'>证书代办,省心省力</a></td><td>回复 5</td></tr>
<tr><td><a href='/bbs/u05.html'>人工智能训练师备考群,资料免费领</a></td><td>回复 12</td></tr>
<tr><td><a href='/bbs/u06.html'>有要考人工智能训练师的吗,可以帮忙</a></td><td>回复 8</td></tr>
<tr><td><a href='/bbs/u08.html'>积分落户加分的证书有哪些?(内有福利)</a></td><td>回复 9</td></tr>
<tr><td><a href='/bbs/i03.html'>人工智能训练师代考,不过不收费</a></td><td>回复 2</td></tr></table>""", note="forum board index")
page("bbs", "tousu", "【曝光】交了4800办人工智能训练师证,拿到的证书查不到", thread(
  "【曝光】交了4800办人工智能训练师证,拿到的证书查不到", "潍坊打工人",
  "去年被一个自称人社局合作机构的人忽悠,说不用考试直接发三级证,人社部颁发。交了4800,拿到的证在 zscx.osta.org.cn 查不到,对方号码 18765390127 拉黑了我。大家千万别信!",
  [("鸢都小马", "打12315投诉,再去派出所报案"), ("热心网友", "山寨证书可以看看 cpta.com.cn 上的声明"), ("版主", "已置顶,大家报名前先查机构备案")]),
  note="forum complaint thread about a certificate scam, quotes the scammer's number")
page("bbs", "u03", "证书代办,省心省力", thread("证书代办,省心省力", "证书王老师",
  "人工智能训练师、健康管理师、心理咨询师,不用考试,直接出证,人社部颁发官网可查。三级四级一起办打包价。电话 一八八五三六八一九四七,VX:WLAOSHI-2580",
  [("lili", "我也想了解,加我 " + READER), ("路人甲", "不用考试的都是假的吧")]),
  True, "U03", "证书王老师", [("phone", "+8618853681947", "一八八五三六八一九四七"), ("wechat", "wlaoshi-2580", "WLAOSHI-2580")],
  "forum post: certificates without exam, phone in Chinese numerals")
page("bbs", "u05", "人工智能训练师备考群,资料免费领", thread("人工智能训练师备考群,资料免费领", "AI直通车小助手",
  "AI训练师考证直通车,题库+视频课+模考全套,考试通过率98%。备考交流QQ群:735126908,客服微信 aixunlian_kf。",
  [("匿名", "群里是卖课的吧"), ("小白学AI", "已加")]),
  True, "U05", "AI训练师考证直通车", [("qq_group", "735126908", "735126908"), ("wechat", "aixunlian_kf", "aixunlian_kf")],
  "forum post luring to a QQ group of a national online seller")
page("bbs", "u06", "有要考人工智能训练师的吗,可以帮忙", thread("有要考人工智能训练师的吗,可以帮忙", "博卓咨询赵",
  "本地机构,可办五级到三级,可领补贴。需要的加 Bozhuo0536,转账请认准收款方潍坊市奎文区博卓信息咨询服务部。",
  [("lili", "多少钱?加我 " + READER + " 详聊"), ("老潍县", "三级要工作年限的吧")]),
  True, "U06", "博卓咨询", [("wechat", "bozhuo0536", "Bozhuo0536"), ("other", "潍坊市奎文区博卓信息咨询服务部", "潍坊市奎文区博卓信息咨询服务部")],
  "forum post by the consultancy, payee named")
page("bbs", "u08", "积分落户加分的证书有哪些?(内有福利)", thread("积分落户加分的证书有哪些?(内有福利)", "鸢都人才李老师",
  "人工智能训练师三级能加积分还能领补贴,我们这里包通过,报名费补贴后全返。电话 一七七 五三六零 二三八六,扣扣 Q:3462170958。",
  [("lili", "想报,加我 " + READER), ("zz", "潍坊积分落户用不上吧")]),
  True, "U08", "鸢都人才李老师", [("phone", "+8617753602386", "一七七 五三六零 二三八六"), ("qq", "3462170958", "3462170958")],
  "forum post: settlement points lure, phone in Chinese numerals")
page("bbs", "i03", "人工智能训练师代考,不过不收费", thread("人工智能训练师代考,不过不收费", "考神",
  "线上理论考试可代考,实操远程协助,不过不收费。QQ 3307726145",
  [("正义路人", "代考违法,举报了")]),
  True, "I03", "考神代考", [("qq", "3307726145", "3307726145")], "forum post offering exam impersonation")

# ---- mp (WeChat article reposts)
def art(title, acct, text):
    return "<h1>%s</h1><div class='rich_media_meta'>原创 %s 公众号:%s</div><div class='rich_media_content'>%s</div><p class='src'>阅读原文 | 转载自微信公众号</p>" % (title, "2026-02-18", acct, text)
page("mp", "index", "微文聚合 - 教育", """<h1>教育 · 职场</h1><ul>
<li><a href='/mp/u02.html'>潍坊鲁信职校:人工智能训练师培训开班啦</a></li>
<li><a href='/mp/u04.html'>AI时代的铁饭碗?数据标注员月入过万</a></li>
<li><a href='/mp/u05.html'>2026人工智能训练师报考指南(附官方查询入口)</a></li>
<li><a href='/mp/u07.html'>关于开展全国人工智能训练师职业技能评价的通知</a></li>
<li><a href='/mp/i05.html'>知行AI学院:人工智能训练师线上课</a></li></ul>""", note="repost site index")
page("mp", "u02", "潍坊鲁信职校:人工智能训练师培训开班啦", art("人工智能训练师培训开班啦", "鲁信职业培训",
  "<p>我校人工智能训练师五级、四级3月开班,线下授课,含数据标注、清洗实操。五级1280元、四级1680元,参保职工取证后可申领技能提升补贴。</p><p>报名:15953628810(微信同号) QQ:2853316470</p><p>更多信息见学校官网 sdluxinpx.cn</p>"),
  True, "U02", "鲁信职业培训", [("phone", "+8615953628810", "15953628810"), ("wechat", "15953628810", "15953628810"), ("qq", "2853316470", "2853316470"), ("domain", "sdluxinpx.cn", "sdluxinpx.cn")],
  "WeChat article repost of the honest school's class")
page("mp", "u04", "AI时代的铁饭碗?数据标注员月入过万", art("AI时代的铁饭碗?数据标注员月入过万", "未来星AI",
  "<p>零基础15天上岗,持人工智能训练师证书月入过万不是梦。培训费可分期,结业推荐就业。</p><p>投递简历:hr#wfwlx.cn(#换成@)</p><p>主体:潍坊未来星数字科技有限公司 " + C4 + "</p>"),
  True, "U04", "未来星AI", [("email", "hr@wfwlx.cn", "hr#wfwlx.cn"), ("uscc", C4, C4)],
  "WeChat article: 'iron rice bowl' data-labelling course, obfuscated e-mail")
page("mp", "u05", "2026人工智能训练师报考指南(附官方查询入口)", art("2026人工智能训练师报考指南", "AI考证直通车",
  "<p>人工智能训练师是人社部认证的新职业,证书为国家职业资格证书,全国通用。原价3980,限时980,考试通过率98%。</p><p>证书查询官网:www.zgjnrc-cx.com</p><p>报名热线:4008-960-317 &nbsp; 备考QQ群 735126908</p><p>" + COURSE + "</p>"),
  True, "U05", "AI训练师考证直通车", [("phone", "4008960317", "4008-960-317"), ("domain", "zgjnrc-cx.com", "www.zgjnrc-cx.com"), ("qq_group", "735126908", "735126908")],
  "WeChat guide calling it a 国家职业资格证书, points to a fake query site")
page("mp", "u07", "关于开展全国人工智能训练师职业技能评价的通知", art("关于开展全国人工智能训练师职业技能评价的通知", "人工智能训练师考评办公室",
  "<p>全国人工智能职业技能评价中心现面向全国开展人工智能训练师一级至五级评价,证书全国联网可查,可作为职称评定、积分落户依据。</p><p>报名邮箱 zkzp_kefu@126.com,咨询QQ 1927364850</p><p>主办单位:中科智培(北京)教育科技有限公司 统一社会信用代码 " + C7 + "</p><p>" + COURSE + "</p>"),
  True, "U07", "全国人工智能职业技能评价中心", [("email", "zkzp_kefu@126.com", "zkzp_kefu@126.com"), ("qq", "1927364850", "1927364850"), ("uscc", C7, C7)],
  "WeChat 'official notice' by a company with a state-sounding name")
page("mp", "i05", "知行AI学院:人工智能训练师线上课", art("人工智能训练师线上课", "知行AI学院",
  "<p>线上直播+录播,覆盖五级考纲,课程699元。本课程不含认定费,认定需另行到备案机构报名。</p><p>客服热线:400-185-9276</p>"),
  True, "I05", "知行AI学院", [("phone", "4001859276", "400-185-9276")], "WeChat article: online course, honest about assessment")

# ---- v (short video)
def vid(author, desc, extra=""):
    return "<div class='player'>[视频]</div><div class='author'>@%s</div><div class='desc'>%s</div><div class='comments'>%s</div>" % (author, desc, extra)
page("v", "index", "快看视频 - 同城 潍坊", """<h1>同城 · 潍坊</h1><ul class='feed'>
<li><a href='/v/u01.html'>@潍坊人工智能训练师报名中心</a></li><li><a href='/v/u03.html'>@证书王老师</a></li>
<li><a href='/v/u05.html'>@AI考证直通车</a></li><li><a href='/v/u07.html'>@人工智能训练师考评办</a></li>
<li><a href='/v/i04.html'>@小鹿AI课</a></li></ul>""", note="short-video local feed index")
page("v", "u01", "@潍坊人工智能训练师报名中心", vid("潍坊人工智能训练师报名中心",
  "人工智能训练师三级证书,零基础可报,包过!90%小白都能学会。报名私信或打 １３３６１５９１４７２,薇:zhixun_wf2023 #人工智能训练师 #潍坊"),
  True, "U01", "潍坊人工智能训练师报名中心", [("phone", "+8613361591472", "１３３６１５９１４７２"), ("wechat", "zhixun_wf2023", "zhixun_wf2023")],
  "short video ad, full-width digits, 包过")
page("v", "u03", "@证书王老师", vid("证书王老师", "不想考试也能拿证?评论区扣1,主页V:wlaoshi-2580 #考证", "<p>用户A:1</p>"),
  True, "U03", "证书王老师", [("wechat", "wlaoshi-2580", "wlaoshi-2580")], "short video: certificate without exam")
page("v", "u05", "@AI考证直通车", vid("AI考证直通车", "原价3980限时980,人工智能训练师证书拿到手!热线 400 896 0317 客服V Aixunlian_KF"),
  True, "U05", "AI考证直通车", [("phone", "4008960317", "400 896 0317"), ("wechat", "aixunlian_kf", "Aixunlian_KF")], "short video ad with limited-time price")
page("v", "u07", "@人工智能训练师考评办", vid("人工智能训练师考评办", "一级到五级全国统一评价,可落户可评职称。咨询扣扣1927364850"),
  True, "U07", "人工智能训练师考评办", [("qq", "1927364850", "1927364850")], "short video of the state-sounding 'evaluation office'")
page("v", "i04", "@小鹿AI课", vid("小鹿AI课", "用AI做表格、写文案的小技巧,完整课程vx: xiaolu_ai99,顺便讲讲人工智能训练师怎么备考"),
  True, "I04", "小鹿AI课", [("wechat", "xiaolu_ai99", "xiaolu_ai99")], "short video selling an AI skills course with exam prep")

# ---- wenda
def qa(q, answers):
    a = "".join("<div class='answer'><div class='who'>%s</div><div>%s</div></div>" % x for x in answers)
    return "<h1>%s</h1><div class='answers'>%s</div>" % (q, a)
page("wenda", "index", "问问知道 - 职业培训", """<h1>职业培训 热门问题</h1><ul>
<li><a href='/wenda/q-zhenjia.html'>潍坊哪里可以正规考人工智能训练师?</a></li>
<li><a href='/wenda/u03.html'>人工智能训练师证书能不能不考试直接拿?</a></li>
<li><a href='/wenda/u05.html'>人工智能训练师证书在哪里查询?</a></li>
<li><a href='/wenda/u07.html'>人工智能训练师一级怎么报名?</a></li>
<li><a href='/wenda/u09.html'>寒亭有人工智能训练师培训吗?</a></li>
<li><a href='/wenda/i06.html'>人工智能训练师五级好考吗?</a></li></ul>""", note="Q&A category index", side=PLACE_WENDA)
page("wenda", "q-zhenjia", "潍坊哪里可以正规考人工智能训练师?", qa("潍坊哪里可以正规考人工智能训练师?我没有相关工作经验",
  [("网友2981", "先去 pjjg.osta.org.cn 查本省备案的评价机构,再报名。五级要相关工作满一年。"),
   ("网友0417", "别信包过的,我同事被骗了,骗子号码187 6539 0127,有问题打12333问人社。")]),
  note="learner's question; neutral answers quoting the scam number", side=PLACE_WENDA)
page("wenda", "u03", "人工智能训练师证书能不能不考试直接拿?", qa("人工智能训练师证书能不能不考试直接拿?",
  [("证书顾问王老师", "可以的,我们有渠道,资料齐全直接出证,需要的联系 +86 188-5368-1947")]),
  True, "U03", "证书顾问王老师", [("phone", "+8618853681947", "+86 188-5368-1947")], "Q&A answer by the agent offering certificates without exam", PLACE_WENDA)
page("wenda", "u05", "人工智能训练师证书在哪里查询?", qa("人工智能训练师证书在哪里查询?",
  [("AI直通车老师", "在 zgjnrc-cx.com 输入身份证号即可查询,我们学员的证书都能查。备考加微信 aixunlian_kf"),
   ("网友", "" + COURSE + " 这个课我买过")]),
  True, "U05", "AI直通车", [("domain", "zgjnrc-cx.com", "zgjnrc-cx.com"), ("wechat", "aixunlian_kf", "aixunlian_kf")],
  "Q&A answer pointing to a fake query site", PLACE_WENDA)
page("wenda", "u07", "人工智能训练师一级怎么报名?", qa("人工智能训练师一级怎么报名?我是应届生",
  [("考评中心老师", "一级高级技师可直接报名,不限学历,全国人工智能职业技能评价中心统一组织。报名材料发 zkzp_kefu at 126 dot com。主办单位信用代码 " + C7)]),
  True, "U07", "全国人工智能职业技能评价中心", [("email", "zkzp_kefu@126.com", "zkzp_kefu at 126 dot com"), ("uscc", C7, C7)],
  "Q&A answer selling level 1 to a fresh graduate, spelled-out e-mail", PLACE_WENDA)
page("wenda", "u09", "寒亭有人工智能训练师培训吗?", qa("寒亭有人工智能训练师培训吗?",
  [("鸿途培训学校", "有的,鸿途职业培训学校开五级、四级班,需满足申报条件,电话 <a href='tel:05362165308'>0536 216 5308</a>。单位信用代码 " + C9)]),
  True, "U09", "鸿途职业培训学校", [("phone", "0536-2165308", "tel:05362165308"), ("uscc", C9, C9)],
  "Q&A answer by the honest school, tel: link", PLACE_WENDA)
page("wenda", "i06", "人工智能训练师五级好考吗?", qa("人工智能训练师五级好考吗?",
  [("小周老师", "认真学一个月不难,我这边有考前辅导,一对一300元,电话 198 0636 8254")]),
  True, "I06", "小周老师", [("phone", "+8619806368254", "198 0636 8254")], "Q&A answer offering paid tutoring", PLACE_WENDA)

# ---- rsj (government-style)
page("rsj", "index", "通知公告 - 潍坊市人力资源和社会保障局", f"""<h1>通知公告</h1><ul>
<li><a href='/rsj/warning.html'>关于警惕"山寨证书"及虚假职业技能培训广告的风险提示</a> 2026-03-02</li>
<li>2026年第一季度职业技能等级认定计划公示({BATCH}) 2026-01-15</li></ul>""", note="government notice list")
page("rsj", "warning", "关于警惕\"山寨证书\"及虚假职业技能培训广告的风险提示", f"""
<h1>关于警惕"山寨证书"及虚假职业技能培训广告的风险提示</h1>
<p>近期,我市部分群众反映有人以"人社部颁发""免考拿证""包过""补贴全返"等名义推销人工智能训练师等职业技能等级证书。现提示如下:</p>
<ol><li>职业技能等级证书由经人社部门备案的评价机构颁发,政府部门不参与监制、不直接发证。</li>
<li>证书可通过技能人才评价证书全国联网查询(zscx.osta.org.cn)核验,评价机构可在 pjjg.osta.org.cn 查询;专业技术类山寨证书声明见 cpta.com.cn。</li>
<li>群众反映的可疑号码如 187-6539-0127 等,请勿轻信、勿转账。</li>
<li>咨询请拨打12333,消费纠纷拨打12315,遭遇诈骗请拨打96110或110。</li></ol>""", note="official warning against fake certificates, quotes a scam number")

# ---- co1 (U01 own site)
page("co1", "index", "智训教育 - 人工智能训练师报名", f"""
<h1>智训教育:人工智能训练师火热报名中</h1>
<p>人社部颁发 · 全国联网可查 · 零基础包过 · 三级/二级/一级均可报</p>
<p>学员风采:已帮助3000+学员成功上岸!</p>
<p><a href='/co1/ai.html'>查看课程</a> | 咨询热线 133 6159 1472 | 微信 zhixun_wf2023</p>""",
  True, "U01", "智训教育", [("phone", "+8613361591472", "133 6159 1472"), ("wechat", "zhixun_wf2023", "zhixun_wf2023"),
  ("domain", "wfzhixun.com", "www.wfzhixun.com"), ("uscc", C1, C1)], "scam training company's home page")
page("co1", "ai", "人工智能训练师 三级/二级 速成班 - 智训教育", f"""
<h1>人工智能训练师 三级/二级 速成班</h1>
<p>不限学历不限经验,7天速成,内部题库,包过!三级3980元,二级6800元,三证同报立减2000。</p>
<p>{VENUE}</p>
<p>立即咨询:<a href='tel:13361591472'>13361591472</a></p>""",
  True, "U01", "智训教育", [("phone", "+8613361591472", "tel:13361591472"), ("domain", "wfzhixun.com", "www.wfzhixun.com"), ("uscc", C1, C1)],
  "scam course page: level 2 to beginners, bundle discount")

# ---- co2 (U02 own site)
page("co2", "index", "潍坊市鲁信职业培训学校", f"""
<h1>潍坊市鲁信职业培训学校</h1>
<p>经潍城区人社局审批的民办职业培训学校,开展人工智能训练师、电子商务师等培训。</p>
<p><a href='/co2/ai.html'>人工智能训练师培训</a></p>
<p>招生老师:159-5362-8810 | 政策咨询可拨打12333</p>""",
  True, "U02", "鲁信职业培训学校", [("phone", "0536-8235617", "0536-8235617"), ("phone", "+8615953628810", "159-5362-8810"),
  ("domain", "sdluxinpx.cn", "www.sdluxinpx.cn"), ("uscc", C2, C2)], "honest training school's home page")
page("co2", "ai", "人工智能训练师(五级/四级)培训 - 鲁信职校", f"""
<h1>人工智能训练师(五级/四级)培训</h1>
<p>按《人工智能训练师国家职业技能标准(2021年版)》组织教学,五级60课时、四级50课时。申报需满足工作年限条件,我校不承诺通过。</p>
<p>本期{BATCH}。证书由备案评价机构颁发,可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。如有消费纠纷可拨打12315。</p>
<p>报名电话 (0536)8235617 &nbsp; 邮箱 luxin_px@163.com</p>""",
  True, "U02", "鲁信职业培训学校", [("phone", "0536-8235617", "(0536)8235617"), ("email", "luxin_px@163.com", "luxin_px@163.com"), ("uscc", C2, C2)],
  "honest course page with hours, eligibility and query sites")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "96110", ["96110"], "anti-fraud hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心, 山寨证书 notices"),
 ("phone", "0536-8096655", ["0536-8096655"], "portal's own customer-service number in its footer"),
 ("email", "ad@wf0536.cn", ["ad@wf0536.cn"], "portal's business e-mail in its footer"),
 ("other", "鲁ICP备11028457号-2", ["鲁ICP备11028457号-2"], "portal's ICP licence"),
 ("phone", "4006110536", ["400-611-0536"], "classifieds platform's national hotline in its footer"),
 ("other", "京ICP备09057216号", ["京ICP备09057216号"], "classifieds platform's ICP"),
 ("phone", "0536-8307766", ["0536-8307766"], "job board's service number in its footer"),
 ("phone", "0536-7589000", ["0536-7589000"], "college switchboard in the college footer"),
 ("qq_group", "214508833", ["214508833"], "forum's own staff QQ group in its footer"),
 ("email", "jubao@yuandu0536.com", ["jubao@yuandu0536.com"], "forum's complaint e-mail in its footer"),
 ("other", "鲁ICP备10020931号-1", ["鲁ICP备10020931号-1"], "forum's ICP"),
 ("email", "kefu@weiwenjh.com", ["kefu@weiwenjh.com"], "repost site's takedown e-mail in its footer"),
 ("phone", "4000986511", ["4000-986-511"], "video platform's report hotline in its footer"),
 ("qq", "800061125", ["800061125"], "Q&A platform's customer-service QQ in its footer"),
 ("phone", "+8618765390127", ["187 6539 0127", "18765390127", "187-6539-0127"], "scammer's number quoted in warnings, news, complaints"),
 ("other", "13705362025", ["13705362025"], "official assessment batch number shaped like a mobile"),
 ("other", "17720250301", ["17720250301"], "resold online-course number shaped like a mobile"),
 ("phone", "+8613800000000", ["138 0000 0000"], "template placeholder in the post form"),
 ("email", "example@qq.com", ["example@qq.com"], "template placeholder e-mail in forms"),
 ("phone", "0536-8217790", ["0536-8217790"], "third party: exam building's front desk"),
 ("wechat", READER, [READER], "a reader's own WeChat left in comments"),
]

# ---------------------------------------------------------------- render
def render(p):
    s = SITES[p["site"]]
    idx = "/%s/index.html" % p["site"]
    menu = " ".join("<a href='%s'>%s</a>" % (idx, m) for m in s["menu"]) + " <a href='/index.html'>城市导航</a>"
    crumbs = "<a href='/index.html'>潍坊导航</a> &gt; <a href='%s'>%s</a>" % (idx, s["name"])
    if not p["path"].endswith("/index.html"):
        crumbs += " &gt; " + p["title"]
    rel = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], q["title"]) for q in P if q["site"] == p["site"] and q is not p)
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title></head>\n"
            "<body class='%s'><header><div class='logo'>%s</div><nav>%s</nav></header>\n"
            "<div class='breadcrumb'>%s</div>\n<main>%s</main>\n<aside>%s<h3>相关推荐</h3><ul>%s</ul></aside>\n"
            "<footer>%s</footer></body></html>\n") % (p["title"], s["name"], s["style"], s["name"], menu, crumbs,
            p["body"], p["side"], rel, s["footer"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in P:
        html[p["path"]] = render(p)
    nav = "".join("<li><a href='/%s/index.html'>%s</a> (%s)</li>" % (k, v["name"], v["style"]) for k, v in SITES.items())
    html["/index.html"] = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>潍坊网址导航</title></head>"
                          "<body><h1>潍坊网址导航(区号0536)</h1><ul>%s</ul><footer>潍坊网址导航</footer></body></html>\n" % nav)
    for path, h in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="navigation page linking every site")]
    for p in P:
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in P:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    allw = [w for p in P for _, _, w in p["ids"]]
    decoys = []
    for k, v, ws, why in DECOYS:
        for w in ws:
            assert not any(w in x for x in allw), (w, "inside an identifier")
        pg = sorted(path for path, h in html.items() if any(w in h for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
