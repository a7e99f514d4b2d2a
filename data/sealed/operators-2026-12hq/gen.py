#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]

def org_check(s8):
    w = [3,7,9,10,5,8,4,2]
    v = sum((int(c) if c.isdigit() else ord(c)-55)*wi for c, wi in zip(s8, w))
    c = 11 - v % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(c)*w for c, w in zip(body, W18)) % 31
    return body + ALPHA[0 if r == 31 else r]

US_U01 = uscc("52230300", "MJ0Y7K3B")
US_U02 = uscc("91230103", "MA1C4T8R")
US_U05 = uscc("91110108", "MA01XW2K")
US_U06 = uscc("91230302", "MA7H2D5N")
US_U07 = uscc("91110105", "MA04GQ8L")

# ---------------------------------------------------------------- sites
SITES = {
 "zhipei": dict(name="鸡西智培职业技能培训学校", style="school", menu=["首页","课程设置","报名须知","学校风采","联系我们"],
     footer='鸡西智培职业技能培训学校 版权所有 | 地址：鸡西市鸡冠区中心大街119号3楼 | 电话：0467-2388156 | 网址：www.jxzhipei.cn'),
 "hrtech": dict(name="龙江数智人才", style="corp", menu=["首页","人才培养","认定服务","企业合作","关于我们"],
     footer='龙江数智人才发展有限公司 © 2025 | 全国服务热线 400-678-1539 | szrc_hr@163.com | www.ljszrc.com'),
 "kecheng": dict(name="课达网 · 职业技能课程", style="market", menu=["首页","IT互联网","职业考证","语言学习","我的课程"],
     footer='课达网 kedaw.com | 客服热线 400-690-8822（9:00-21:00）| 商务合作 service@kedaw.com | 京ICP备19034567号'),
 "bbs": dict(name="鸡西生活网论坛", style="forum", menu=["首页","鸡西杂谈","求职招聘","教育培训","维权曝光"],
     footer='鸡西生活网论坛 | 版主QQ群：312457788 | 黑ICP备17003321号-1 | 违法和不良信息举报：admin@jxshw.net'),
 "fenlei": dict(name="鸡西百姓分类", style="classifieds", menu=["首页","招聘","二手","教育培训","生活服务"],
     footer='鸡西百姓分类信息网 | 客服电话 0467-2399000 | 免责声明：本站信息由用户发布，交易前请核实 | 黑ICP备20004512号'),
 "wenda": dict(name="问答吧", style="qa", menu=["首页","教育","职场","科技","等你来答"],
     footer='问答吧 wendaba.cn | 举报邮箱 jubao@wendaba.cn | 内容仅代表答主观点 | 沪ICP备18022019号'),
 "mp": dict(name="微文聚合 · 公众号文章转载", style="wechat", menu=["推荐","职场","教育","本地","科技"],
     footer='微文聚合 wxjuhe.com 转载内容版权归原作者 | 侵权删除联系 wxjuhe_kf@126.com | 粤ICP备16088231号'),
 "video": dict(name="快看短视频 网页版", style="video", menu=["推荐","关注","同城·鸡西","直播","搜索"],
     footer='快看短视频 网页版 | 用户服务协议 | 未成年人保护 | 京ICP备2021012345号 | 举报电话 400-140-2108'),
 "news": dict(name="鸡西新闻网", style="news", menu=["首页","本地","民生","教育","专题"],
     footer='鸡西新闻网 主办 | 新闻热线：0467-2328110 | 黑ICP备05001977号 | 互联网新闻信息服务许可证'),
 "rsj": dict(name="鸡西市人力资源和社会保障局", style="gov", menu=["首页","政务公开","通知公告","办事服务","互动交流"],
     footer='主办：鸡西市人力资源和社会保障局 | 联系电话：0467-2361234 | 政务服务热线 12333 | 黑ICP备09012345号'),
 "shop": dict(name="淘学商城", style="shop", menu=["首页","职业培训","电子书","考试资料","店铺街"],
     footer='淘学商城 | 客服 400-880-1616 | 支付由第三方平台提供，支付宝客服 95188 | 浙ICP备17040526号'),
}

CSS = {
 "school": "body{font-family:SimSun;background:#f3f7ff}.hd{background:#1d4f9c;color:#fff}.main{width:960px}",
 "corp": "body{font-family:Microsoft YaHei}.hd{background:#0a2540;color:#fff}.side{float:right}",
 "market": "body{background:#fafafa}.hd{background:#ff6a00}.card{border:1px solid #eee}",
 "forum": "body{font-size:12px}.hd{background:#3a6ea5}.post{border-bottom:1px dashed #ccc}",
 "classifieds": "body{background:#fff}.hd{background:#2bb24c}.info td{padding:4px}",
 "qa": "body{background:#f6f6f6}.hd{background:#0066ff}.ans{background:#fff;margin:8px}",
 "wechat": "body{max-width:680px;margin:auto}.hd{border-bottom:1px solid #eee}.rich p{line-height:1.8}",
 "video": "body{background:#161823;color:#eee}.hd{background:#000}.desc{font-size:14px}",
 "news": "body{font-family:SimSun}.hd{background:#b00;color:#fff}.art{width:700px}",
 "gov": "body{background:#fff}.hd{background:#c00;color:#ff0}.doc{font-family:FangSong}",
 "shop": "body{background:#f5f5f5}.hd{background:#e4393c}.price{color:#e4393c}",
}

PAGES = []   # dicts: path, site, title, body, is_offer, operator, provider, ids, note, comments

def page(site, fname, title, body, is_offer=False, op=None, provider=None, ids=(), note="", comments=()):
    PAGES.append(dict(path=f"/{site}/{fname}", site=site, fname=fname, title=title, body=body,
                      is_offer=is_offer, operator=op, provider=provider, ids=[list(i) for i in ids],
                      note=note, comments=list(comments)))

P = lambda *xs: "".join(f"<p>{x}</p>" for x in xs)

# ================================================================ offers
# ---- U01 鸡西智培 (honest-ish local school) ----
page("zhipei", "index.html", "鸡西智培职业技能培训学校-人工智能训练师培训报名",
 P("鸡西智培职业技能培训学校是经鸡西市人社局审批的民办职业培训学校（办学许可证 黑人社民230300012号），开设人工智能训练师（4-04-05-05）五级/四级培训班。",
   "2026年春季班火热报名中：五级（初级工）60课时，四级（中级工）50课时，理论+实操，结业后由备案评价机构组织认定，证书可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。",
   "符合条件的参保职工可申领失业保险技能提升补贴（五级最高1000元，四级最高1500元），具体以人社部门审核为准，咨询政策可拨打12333。",
   "报名咨询：张老师 139-4671-2238（微信同号 jxzhipei88）　座机：0467-2388156",
   f"学校官网：www.jxzhipei.cn　统一社会信用代码：{US_U01}"),
 True, "U01", "鸡西智培职业技能培训学校",
 [("phone","+8613946712238","139-4671-2238"),("wechat","jxzhipei88","jxzhipei88"),("phone","04672388156","0467-2388156"),
  ("domain","jxzhipei.cn","www.jxzhipei.cn"),("uscc",US_U01,US_U01)], "training school home page inviting enrolment")
page("zhipei", "kc-rgznxls.html", "人工智能训练师（数据标注员）五级培训班招生简章",
 P("【招生对象】从事数据标注、客服质检、电商运营等相关工作满1年的人员，或完成相关学徒期培训人员。不符合条件的学员我们会如实告知，不收报名费。",
   "【课程安排】周六日班，共8周；理论（职业道德、数据采集与处理、数据标注）+ 实操（标注工具、质检流程）。",
   "【费用】培训费1680元（含教材），认定费按评价机构公示标准另行缴纳。",
   "【报名方式】填写线上报名表（wjx.cn/vm/jxzp2026.aspx）或电话 13946712238 张老师。",
   "【考点】鸡西技师学院考点，考点前台 0467-2351234（仅咨询考场位置）。",
   "示例报名表：姓名＿＿ 手机号（例：13800138000）＿＿"),
 True, "U01", "鸡西智培职业技能培训学校",
 [("phone","+8613946712238","13946712238"),("domain","jxzhipei.cn","www.jxzhipei.cn")], "course brochure on school site")

# ---- U02 龙江数智人才 (corporate, half-honest, bundles) ----
page("hrtech", "index.html", "龙江数智人才发展有限公司 | 人工智能训练师职业技能等级培训",
 P("龙江数智人才发展有限公司专注数字技能人才培养，面向企业与个人提供人工智能训练师、数据标注员岗前培训及职业技能等级认定辅导服务。",
   "哈尔滨、鸡西、牡丹江线下班同步开课，支持线上直播。合作企业可按规定申请职工培训补贴。",
   f"全国服务热线：400-678-1539　邮箱：szrc_hr@163.com　统一社会信用代码：{US_U02}　官网 www.ljszrc.com"),
 True, "U02", "龙江数智人才发展有限公司",
 [("phone","4006781539","400-678-1539"),("email","szrc_hr@163.com","szrc_hr@163.com"),("uscc",US_U02,US_U02),("domain","ljszrc.com","www.ljszrc.com")],
 "company home page")
page("hrtech", "ai-trainer.html", "人工智能训练师三级/四级 双证班（限时优惠）",
 P("人工智能训练师是人社部公布的新职业，证书全国通用、官网可查（zscx.osta.org.cn）。",
   "【双证班】四级+三级一起报，立减800元，原价5980元，现价4680元！学历不限，有无经验均可咨询。",
   "报名热线 4006 781 539；课程顾问李老师 158 4512 7306（微信：szrc_li）。",
   "报名流程：咨询→提交资料→缴费（对公账户）→开课→认定→领证。"),
 True, "U02", "数智人才",
 [("phone","4006781539","4006 781 539"),("phone","+8615845127306","158 4512 7306"),("wechat","szrc_li","szrc_li")],
 "bundle offer of two levels, misleading '学历不限'")

# ---- kecheng marketplace offers ----
page("kecheng", "course-30188.html", "人工智能训练师五级（初级）线上+线下班｜智培教育",
 P("机构：智培教育（鸡西）｜课程编号：KC-30188｜已有312人学习",
   "课程简介：对标《人工智能训练师国家职业技能标准（2021年版）》五级要求，数据采集、清洗、标注全流程实训。",
   "机构认证信息：微信 JXZhiPei88，座机 (0467)2388156。课达网仅提供信息展示服务，请核实机构资质。",
   "价格：¥1680　<a href='#'>立即报名</a>"),
 True, "U01", "智培教育",
 [("wechat","jxzhipei88","JXZhiPei88"),("phone","04672388156","(0467)2388156")], "marketplace listing of U01")
page("kecheng", "course-30422.html", "【包过】人工智能训练师高级证书 国家认证 零基础直接考",
 P("机构：启航智学｜课程编号：KC-30422｜好评率 99%",
   "国家人工智能训练师认证中心授权，零基础、不限学历、不限经验，一次报名三级证书，包过！不过全额退款！",
   "证书人社部颁发，全国联网可查，可用于落户、积分、评职称。",
   "报名咨询QQ：2856617730　手机：187-4603-1952",
   "原价3980 限时1980"),
 True, "U03", "启航智学",
 [("qq","2856617730","2856617730"),("phone","+8618746031952","187-4603-1952")], "scam-style: 包过, 零基础 level 3, 人社部颁发")
page("kecheng", "course-30517.html", "北疆AI课堂｜人工智能训练师四级（数据标注方向）直播课",
 P("机构：北疆AI课堂｜课程编号：KC-30517",
   "课程50课时，含Label Studio、CVAT标注工具实操。适合有1年以上相关工作经历的学员报考四级。",
   "课后答疑群 735216089（购课后凭订单截图入群），班主任电话 133 0467 0815。",
   "价格：¥2280"),
 True, "U04", "北疆AI课堂",
 [("qq_group","735216089","735216089"),("phone","+8613304670815","133 0467 0815")], "marketplace listing of U04")
page("kecheng", "course-30630.html", "智数未来：AI训练师速成营 21天拿证",
 P("机构：智数未来（北京）｜课程编号：KC-30630",
   "21天速成，90%小白都能学会！学完即可参加人工智能训练师认定，证书终身有效。",
   f"机构主体：智数未来（北京）教育科技有限公司，统一社会信用代码 {US_U05}",
   "全国客服 400 921 3376",
   "原价9999 限时999"),
 True, "U05", "智数未来",
 [("phone","4009213376","400 921 3376"),("uscc",US_U05,US_U05)], "速成 style marketplace listing")
page("kecheng", "course-30711.html", "鼎学教育｜人工智能训练师考证辅导（五级/四级）",
 P("机构：鼎学教育｜课程编号：KC-30711",
   "鸡西本地面授，周末班。学员可申领技能提升补贴（需连续参保满1年），补贴后自付很少。",
   "校区电话 0467-2156670",
   f"企业信息：鸡西市鼎学教育咨询有限公司　信用代码 {US_U06}"),
 True, "U06", "鼎学教育",
 [("phone","04672156670","0467-2156670"),("uscc",US_U06,US_U06)], "marketplace listing of U06")
page("kecheng", "course-30805.html", "明德AI学院｜数据标注与AI训练师入门（不含考证）",
 P("机构：明德AI学院｜课程编号：KC-30805",
   "本课程为技能入门课，不承诺发证。需要报考职业技能等级认定的学员，请自行到已备案评价机构报名，认定机构可在技能人才评价工作网查询。",
   "课程顾问：19845670231（工作日）",
   "价格：¥399"),
 True, "I01", "明德AI学院",
 [("phone","+8619845670231","19845670231")], "honest independent course")

# ---- bbs forum ----
page("bbs", "thread-88213.html", "鸡西本地人工智能训练师考证，有想考的吗？",
 P("楼主：启航小助手　发表于 2026-03-02",
   "鸡西这边第一批人工智能训练师开班啦，三级高级工，国家认证，包拿证，不用去现场考试，在家就能考。",
   "有意向的私信我，或者加扣扣2856617730，微信 qh_ai2024 也行。名额有限！"),
 True, "U03", "启航小助手",
 [("qq","2856617730","扣扣2856617730"),("wechat","qh_ai2024","qh_ai2024")], "forum advert post by U03",
 comments=["2楼 鸡冠区老刘：不用考试就发证？这不就是山寨证书么","3楼 楼主：都是正规流程，放心"])
page("bbs", "thread-88467.html", "华夏数研院人工智能训练师认证 机关事业单位认可",
 P("发帖人：hx数研院招生办",
   "华夏数字职业技能研究院（中数认证）面向全国招收人工智能训练师学员，证书由研究院颁发，国家级证书，可挂靠企业，年收入2-5万元。",
   "咨询电话 131-9945-2061　QQ 3319452061"),
 True, "U07", "华夏数研院",
 [("phone","+8613199452061","131-9945-2061"),("qq","3319452061","3319452061")], "挂靠 lure, state-sounding brand",
 comments=["2楼 ：挂靠AI训练师证？头一次听说"])
page("bbs", "thread-88702.html", "帮朋友考下来了AI训练师四级，需要的可以找我",
 P("发帖人：鸡西王姐",
   "前后一个多月，理论+实操都过了。现在我帮人报名，鸡西能考，价格比机构便宜，材料我帮你准备。",
   "电话 150 0467 1126，白天打。"),
 True, "U08", "鸡西王姐",
 [("phone","+8615004671126","150 0467 1126")], "agent offering to enroll people")
page("bbs", "thread-88910.html", "人工智能训练师五级，我这边能帮报（不收中介费）",
 P("发帖人：老周",
   "我自己在做数据标注，公司组织过一次认定，如果你也在相关岗位干满一年可以一起报，费用就是认定费。加我微信 zhou_ai_jx 说明来意。"),
 True, "I02", "老周",
 [("wechat","zhou_ai_jx","zhou_ai_jx")], "independent individual offer")
page("bbs", "thread-89055.html", "【曝光】交了2980的AI训练师证书钱，人联系不上了",
 P("发帖人：受害人小孙",
   "去年在网上看到一个“人社部颁发、包过”的人工智能训练师广告，对方电话 171 3322 0987，说三个月拿证，交了2980元后就拉黑了。",
   "已经拨打12315投诉，也问了12333，说这种证书查不到。大家一定要去 zscx.osta.org.cn 自己查。",
   "转账记录：订单号 13820251108，收款方显示“某某商贸”。"),
 comments=["2楼 同病相怜：我也被骗了，加我QQ 903316572 一起维权","3楼 版主：已加精，请大家警惕"],
 note="complaint thread (non-offer)")

# ---- fenlei classifieds ----
page("fenlei", "edu-561203.html", "【鸡西】人工智能训练师培训 张老师 正规学校",
 P("类别：教育培训 > 职业技能｜区域：鸡冠区",
   "正规学校，人工智能训练师五级四级，报名电话 139 4671 2238 张老师。联系我时请说在鸡西百姓分类看到的。",
   "信息编号：561203"),
 True, "U01", "张老师",
 [("phone","+8613946712238","139 4671 2238")], "classified ad of U01")
page("fenlei", "edu-561877.html", "鑫途教育 AI训练师 数据标注 培训+推荐就业",
 P("类别：教育培训｜区域：鸡西全城",
   "鑫途教育（北疆AI课堂线下合作点）开设人工智能训练师四级班，结业推荐数据标注兼职。",
   "电话：13304670815　微信：xintu_edu"),
 True, "U04", "鑫途教育",
 [("phone","+8613304670815","13304670815"),("wechat","xintu_edu","xintu_edu")], "classified ad of U04")
page("fenlei", "edu-562040.html", "鼎学考证 人工智能训练师 补贴后几乎免费",
 P("类别：教育培训｜区域：恒山区",
   "有社保的朋友注意！人工智能训练师证书可领补贴，补贴后几乎免费。一级、二级也能办。",
   "咨询：176 0467 3388　座机 0467 2156670"),
 True, "U06", "鼎学考证",
 [("phone","+8617604673388","176 0467 3388"),("phone","04672156670","0467 2156670")], "misleading subsidy claim incl. levels 1-2")
page("fenlei", "edu-562311.html", "优才职校招生：人工智能训练师/数据标注员",
 P("类别：教育培训｜区域：佳木斯/鸡西",
   "佳木斯优才职业培训学校鸡西教学点，常年招生。学校电话 0454-8726153，招生老师 13836652740。"),
 True, "U09", "优才职校",
 [("phone","04548726153","0454-8726153"),("phone","+8613836652740","13836652740")], "classified ad of U09")
page("fenlei", "edu-562598.html", "博众职业培训 人工智能训练师五级 小班授课",
 P("类别：教育培训｜区域：鸡冠区",
   "鸡西博众职业培训，小班授课，按标准课时上课，考前会核对报考条件。电话 0467-2619907。"),
 True, "I03", "鸡西博众职业培训",
 [("phone","04672619907","0467-2619907")], "independent classified")

# ---- wenda Q&A ----
page("wenda", "q-7731402.html", "人工智能训练师证书在哪报名？鸡西能考吗？",
 P("<b>问：</b>人工智能训练师证书在哪报名？鸡西能考吗？",
   "<b>答主 数智人才-李老师：</b>可以的，我们在鸡西有班，四级三级都能报，加微信 Szrc_Li 或打 15845127306 详细说。"),
 True, "U02", "数智人才-李老师",
 [("wechat","szrc_li","Szrc_Li"),("phone","+8615845127306","15845127306")], "Q&A answer soliciting enrolment",
 comments=["追问：不用工作经验也能报三级吗？"])
page("wenda", "q-7735519.html", "零基础能考人工智能训练师吗？多久能拿证？",
 P("<b>问：</b>零基础能考人工智能训练师吗？",
   "<b>答主 AI训练师速成营：</b>完全可以！我们的21天速成营专为零基础设计，官网 aixunlian.net 有课程介绍，电话 4009213376。"),
 True, "U05", "AI训练师速成营",
 [("domain","aixunlian.net","aixunlian.net"),("phone","4009213376","4009213376")], "Q&A answer offering 速成")
page("wenda", "q-7738860.html", "鸡西有人帮报人工智能训练师吗？靠谱吗？",
 P("<b>问：</b>鸡西有人帮报人工智能训练师吗？",
   "<b>答主 王老师考证：</b>我就是做这个的，鸡西本地，可以当面交材料。电话15004671126，微信 wangjie_kz。"),
 True, "U08", "王老师考证",
 [("phone","+8615004671126","15004671126"),("wechat","wangjie_kz","wangjie_kz")], "Q&A answer by agent",
 comments=["评论：求一份资料，邮箱 liuxm1990@163.com，谢谢"])
page("wenda", "q-7740012.html", "做数据标注的，想考人工智能训练师四级，有推荐的吗？",
 P("<b>问：</b>做数据标注两年了，想考四级。",
   "<b>答主 云标数据HR：</b>我们深圳云标数据对在职标注员有内训+认定，外部学员也可报名，简历发 Yunbiao_HR@foxmail.com，会说明报考条件。"),
 True, "I04", "深圳云标数据",
 [("email","yunbiao_hr@foxmail.com","Yunbiao_HR@foxmail.com")], "independent: company internal training open to outsiders",
 comments=["评论：求一份资料，邮箱 liuxm1990@163.com，谢谢"])
page("wenda", "q-7741233.html", "人工智能训练师证书怎么查真假？",
 P("<b>问：</b>人工智能训练师证书怎么查真假？",
   "<b>答主 人社小百科：</b>人工智能训练师证书属于职业技能等级证书，由备案的评价机构颁发，不是人社部颁发。证书编号为22位，例如 S000023010000251500031 这种格式。可以在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询，或登录技能人才评价工作网 osta.mohrss.gov.cn 查评价机构。有疑问打12333。",
   "警惕“包过”“免考”“人社部颁发”等说法。"),
 note="guide answer (non-offer)")

# ---- mp WeChat reposts ----
page("mp", "a-20260301-01.html", "国家人工智能训练师认证中心：2026年第一期考证通知",
 P("原创 国培人工智能认证中心 2026-03-01",
   "人工智能训练师国家职业资格证书报名开始！国家级证书，人社部备案，全国通用，可用于落户积分、评职称、补贴申领。",
   "一次报考三个等级（五级+四级+三级）享套餐价6800元，包过，考不过免费重考。",
   "报名请添加招生老师微信：QH_AI2024",
   "收款户名：哈尔滨启航智学教育科技有限公司（请认准对公账户）",
   "报名表：wjx.cn/vm/gprz.aspx"),
 True, "U03", "国培人工智能认证中心",
 [("wechat","qh_ai2024","QH_AI2024"),("other","哈尔滨启航智学教育科技有限公司","哈尔滨启航智学教育科技有限公司")],
 "repost of scam notice: 国家职业资格, three levels, 包过")
page("mp", "a-20260305-02.html", "鼎学教育｜技能提升补贴申领攻略+人工智能训练师开班",
 P("原创 鼎学考证 2026-03-05",
   "很多学员问补贴怎么领：参保满1年、取得证书后12个月内申请。五级最高1000元，四级最高1500元。",
   "本期人工智能训练师五级班3月15日开课，名额30人。",
   "报名微信 dingxue3388，电话 17604673388。"),
 True, "U06", "鼎学考证",
 [("wechat","dingxue3388","dingxue3388"),("phone","+8617604673388","17604673388")], "WeChat repost of U06")
page("mp", "a-20260308-03.html", "人工智能训练师：未来十年最赚钱的证书（文末报名）",
 P("原创 华夏数字职业技能研究院 2026-03-08",
   "人工智能训练师证书由华夏数字职业技能研究院颁发，国家级权威，职业技能等级证书直接对应职称证书，持证可挂靠，年入数万。",
   "咨询邮箱：hxszyjy@126.com　电话/微信：13199452061"),
 True, "U07", "华夏数字职业技能研究院",
 [("email","hxszyjy@126.com","hxszyjy@126.com"),("phone","+8613199452061","13199452061")], "scam-style overclaim article")
page("mp", "a-20260311-04.html", "优才培训｜佳木斯、鸡西人工智能训练师四级班开课啦",
 P("原创 优才培训 2026-03-11",
   "按国家职业技能标准授课，四级50课时，考前审核报考条件。",
   "报名电话 138 3665 2740；线上报名：youcai-px.com"),
 True, "U09", "优才培训",
 [("phone","+8613836652740","138 3665 2740"),("domain","youcai-px.com","youcai-px.com")], "WeChat repost of U09")
page("mp", "a-20260312-05.html", "警惕！这些“山寨证书”不要再买了",
 P("来源：人社部门微信 转载",
   "人社部、中央网信办联合开展技术技能类“山寨证书”专项治理。“包过”“不培训直接发证”“人社部颁发”等宣传都要警惕。",
   "职业技能等级证书可登录 zscx.osta.org.cn 查询，评价机构可在 osta.mohrss.gov.cn 查询。遇到虚假宣传可拨打12315投诉。"),
 note="repost of official warning (non-offer)")

# ---- video ----
page("video", "v-7412236.html", "@数智人才李老师：AI训练师证书到底有什么用？",
 P("@数智人才李老师 · 3月6日",
   "视频文案：人工智能训练师，新职业，企业抢着要！四级三级双证班最后10个名额 👉 薇：Szrc_Li #人工智能训练师 #考证"),
 True, "U02", "数智人才李老师",
 [("wechat","szrc_li","Szrc_Li")], "short video of U02",
 comments=["用户8812：多少钱？","作者：私我"])
page("video", "v-7413501.html", "@北疆AI课堂 数据标注员日常｜考证班开课",
 P("@北疆AI课堂 · 3月7日",
   "视频文案：在家就能做的AI数据标注，学完考人工智能训练师四级。主页有课，vx：xintu_edu"),
 True, "U04", "北疆AI课堂",
 [("wechat","xintu_edu","xintu_edu")], "short video of U04")
page("video", "v-7414478.html", "@智数未来AI 原价9999 限时99！",
 P("@智数未来AI · 3月8日",
   "视频文案：90%小白都能学会，AI训练师速成，21天拿证，官网 www.aixunlian.net，客服微信 aixl_kefu"),
 True, "U05", "智数未来AI",
 [("domain","aixunlian.net","www.aixunlian.net"),("wechat","aixl_kefu","aixl_kefu")], "short video hard-sell")
page("video", "v-7415920.html", "@鸡西考证王姐 今天又有三个学员拿证了",
 P("@鸡西考证王姐 · 3月9日",
   "视频文案：喜报！又有学员成功上岸人工智能训练师四级～需要的姐妹加V Wangjie_KZ"),
 True, "U08", "鸡西考证王姐",
 [("wechat","wangjie_kz","Wangjie_KZ")], "short video 喜报 by U08")
page("video", "v-7416733.html", "@优才职校 实拍课堂",
 P("@优才职校 · 3月10日",
   "视频文案：人工智能训练师实操课实拍，报名见 youcai-px.com，学员群 618273945"),
 True, "U09", "优才职校",
 [("domain","youcai-px.com","youcai-px.com"),("qq_group","618273945","618273945")], "short video of U09")
page("video", "v-7417005.html", "@AI小课堂阿杰 自学考AI训练师的经验+课程",
 P("@AI小课堂阿杰 · 3月11日",
   "视频文案：自学经验分享，整理了一套实操课，想跟练的加我 vx ajie_ai2025"),
 True, "I05", "AI小课堂阿杰",
 [("wechat","ajie_ai2025","ajie_ai2025")], "independent video seller")

# ---- news ----
page("news", "2026-03/jx-scam-0315.html", "市民警惕“包过”职业证书骗局 已有多人被骗",
 P("本报讯　近日，多名市民反映在网上报名“人工智能训练师”等证书被骗。据受害人提供，涉事号码包括 171 3322 0987 和 0451-86677112。",
   "市人社局提醒，职业技能等级证书由备案评价机构颁发，可通过 zscx.osta.org.cn 查询；如遇虚假宣传可拨打12315，政策咨询拨打12333。"),
 note="news on scam (non-offer)")
page("news", "2026-03/jx-subsidy-0318.html", "我市发放技能提升补贴 人工智能训练师等新职业受青睐",
 P("本报讯　今年以来，我市共为参保职工发放技能提升补贴。鸡西技师学院考点负责人介绍，考点前台 0467-2351234 仅提供考场咨询，不代办报名。"),
 note="news on subsidy (non-offer)")
page("news", "2026-03/promo-0320.html", "【推广】华夏数研院：人工智能训练师助力龙江数字经济",
 P("（本文为推广信息）华夏数字职业技能研究院（简称中数认证）是人工智能训练师培训认证机构，官网 hxszpx.org.cn。",
   f"研究院登记信息：统一社会信用代码 {US_U07}。合作咨询 HXSZYJY@126.com"),
 True, "U07", "中数认证",
 [("domain","hxszpx.org.cn","hxszpx.org.cn"),("uscc",US_U07,US_U07),("email","hxszyjy@126.com","HXSZYJY@126.com")],
 "advertorial; 91-code company with state-sounding name")

# ---- rsj ----
page("rsj", "tzgg/20260210.html", "关于做好2026年职工技能提升补贴申领工作的通知",
 P("各有关单位：根据国家和省有关规定，参保职工取得职业技能等级证书的，可按规定申领技能提升补贴（五级1000元、四级1500元、三级2000元）。",
   "证书须可在 zscx.osta.org.cn 查询。政策咨询：12333。"),
 note="official notice (non-offer)")
page("rsj", "tzgg/20260225.html", "关于人工智能训练师职业技能等级认定考点安排的公告",
 P("本期认定考点：鸡西技师学院（考点前台 0467-2351234）。报名须通过已备案评价机构，评价机构名单见 osta.mohrss.gov.cn。",
   "证书样例编号格式：S000023010000251500031（仅为格式示意）。"),
 note="official notice on exam venue (non-offer)")

# ---- shop ----
page("shop", "item-66021.html", "启航智学官方店｜人工智能训练师证书全套（包过）",
 P("店铺：启航智学官方店　已售 1.2万+",
   "拍下即安排报名，三级证书包过，证书人社部颁发可查！",
   "付款后请联系店铺客服确认，或电话 18746031952。大额可对公转账，收款户名：哈尔滨启航智学教育科技有限公司",
   "订单查询示例：订单号 13820251108"),
 True, "U03", "启航智学官方店",
 [("phone","+8618746031952","18746031952"),("other","哈尔滨启航智学教育科技有限公司","哈尔滨启航智学教育科技有限公司")],
 "shop item selling certificate 包过")
page("shop", "item-66345.html", "北疆AI课堂｜人工智能训练师四级 课程+题库",
 P("店铺：北疆AI课堂　已售 864",
   "购买后发送订单截图到 xintuedu@qq.com 获取题库，入学员群 735216089。",
   "订单查询示例：订单号 13820251108"),
 True, "U04", "北疆AI课堂",
 [("email","xintuedu@qq.com","xintuedu@qq.com"),("qq_group","735216089","735216089")], "shop item of U04")
page("shop", "item-66410.html", "知行书院｜人工智能训练师考证指导书+视频课",
 P("店铺：知行书院",
   "本店为学习资料，不代报名、不承诺拿证。售后QQ 1576284391。"),
 True, "I06", "知行书院",
 [("qq","1576284391","1576284391")], "independent shop item")
page("shop", "item-66502.html", "Python编程从入门到实践（第3版）",
 P("店铺：淘学书店自营", "经典Python入门书，正版现货。"), note="unrelated product (non-offer)")

# ================================================================ render
def frame(site, title, crumbs, body, related, sidebar, comments=""):
    s = SITES[site]
    nav = "".join(f"<a href='/{site}/index.html'>{m}</a> " for m in s["menu"])
    bc = " &gt; ".join(crumbs)
    rel = "".join(f"<li><a href='{h}'>{html.escape(t)}</a></li>" for h, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title>
<style>{CSS[s['style']]}</style></head>
<body class="{s['style']}">
<div class="hd"><a href="/{site}/index.html">{s['name']}</a> <span class="nav">{nav}</span> <a href="/index.html">返回导航</a></div>
<div class="crumbs">当前位置：{bc}</div>
<div class="main"><h1>{html.escape(title)}</h1>
<div class="content">{body}</div>
{comments}
</div>
<div class="side">{sidebar}</div>
<div class="related"><h3>相关推荐</h3><ul>{rel}</ul></div>
<div class="ft">{s['footer']}</div>
</body></html>
"""

SIDEBAR = {
 "zhipei": "<h4>招生热线</h4><p>见正文</p><h4>办学资质</h4><p>民办职业培训学校</p>",
 "hrtech": "<h4>服务网点</h4><p>哈尔滨 · 鸡西 · 牡丹江</p>",
 "kecheng": "<h4>热门分类</h4><p>职业考证 / 数据分析 / 教资</p><p>课达网提醒：谨防线下私下交易</p>",
 "bbs": "<h4>版规</h4><p>禁止发布违法广告，发现请举报</p>",
 "fenlei": "<h4>安全提示</h4><p>凡是要求先交钱的都要警惕</p>",
 "wenda": "<h4>热门话题</h4><p>#考证 #职场</p>",
 "mp": "<h4>扫码关注</h4><p>微文聚合每日精选</p>",
 "video": "<h4>相关搜索</h4><p>AI训练师 考证 数据标注</p>",
 "news": "<h4>热点排行</h4><p>春耕备耕 / 医保缴费 / 技能补贴</p>",
 "rsj": "<h4>办事指南</h4><p>社保 就业 人才 劳动关系</p>",
 "shop": "<h4>店铺推荐</h4><p>正版图书 · 职业教育</p>",
}

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    # site index pages (zhipei/hrtech already have offer index pages)
    for site, plist in by_site.items():
        if not any(p["fname"] == "index.html" for p in plist):
            links = "".join(f"<li><a href='{p['path']}'>{html.escape(p['title'])}</a></li>" for p in plist)
            page(site, "index.html", SITES[site]["name"] + " 首页",
                 f"<ul class='list'>{links}</ul>", note=f"index page of {site}")
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    for p in PAGES:
        site = p["site"]
        sibs = [q for q in by_site[site] if q is not p]
        related = [(q["path"], q["title"]) for q in sibs]
        crumbs = [f"<a href='/index.html'>导航</a>", f"<a href='/{site}/index.html'>{SITES[site]['name']}</a>", html.escape(p["title"])]
        com = ""
        if p["comments"]:
            com = "<div class='comments'><h3>评论</h3>" + "".join(f"<div class='c'>{html.escape(c)}</div>" for c in p["comments"]) + "</div>"
        out = frame(site, p["title"], crumbs, p["body"], related, SIDEBAR[site], com)
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(out)
    hub = "".join(f"<li><a href='/{s}/index.html'>{SITES[s]['name']}</a>（{SITES[s]['style']}）</li>" for s in SITES)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>一周搜索记录：鸡西 人工智能训练师</title></head><body><h1>导航</h1><ul>{hub}</ul></body></html>\n")
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    texts = {}
    for dp, _, fns in os.walk(SITE):
        for fn in fns:
            if fn.endswith(".html"):
                fp = os.path.join(dp, fn)
                texts["/" + os.path.relpath(fp, SITE).replace(os.sep, "/")] = open(fp, encoding="utf-8").read()

    # decoys
    D = [
     ("phone","12333",["12333"],"人社 national service hotline"),
     ("phone","12315",["12315"],"market-regulation complaint hotline"),
     ("domain","zscx.osta.org.cn",["zscx.osta.org.cn"],"official certificate query site"),
     ("domain","osta.mohrss.gov.cn",["osta.mohrss.gov.cn"],"official 技能人才评价工作网"),
     ("phone","4006908822",["400-690-8822"],"kecheng platform customer service (footer)"),
     ("email","service@kedaw.com",["service@kedaw.com"],"kecheng platform e-mail (footer)"),
     ("domain","kedaw.com",["kedaw.com"],"kecheng platform domain (footer)"),
     ("other","京ICP备19034567号",["京ICP备19034567号"],"kecheng platform ICP"),
     ("qq_group","312457788",["312457788"],"forum moderators' QQ group (footer)"),
     ("other","黑ICP备17003321号-1",["黑ICP备17003321号-1"],"forum ICP"),
     ("email","admin@jxshw.net",["admin@jxshw.net"],"forum report e-mail"),
     ("phone","04672399000",["0467-2399000"],"classifieds customer service (footer)"),
     ("email","jubao@wendaba.cn",["jubao@wendaba.cn"],"Q&A platform report e-mail"),
     ("domain","wxjuhe.com",["wxjuhe.com"],"repost platform domain"),
     ("email","wxjuhe_kf@126.com",["wxjuhe_kf@126.com"],"repost platform takedown e-mail"),
     ("phone","4001402108",["400-140-2108"],"video platform report hotline"),
     ("other","京ICP备2021012345号",["京ICP备2021012345号"],"video platform ICP"),
     ("phone","04672328110",["0467-2328110"],"news site hotline"),
     ("phone","04672361234",["0467-2361234"],"人社局 site contact number"),
     ("phone","4008801616",["400-880-1616"],"shop platform customer service"),
     ("phone","95188",["95188"],"payment platform (Alipay) hotline"),
     ("phone","+8617133220987",["171 3322 0987"],"scammer number quoted in complaint and news"),
     ("phone","045186677112",["0451-86677112"],"scam number quoted in news"),
     ("other","13820251108",["13820251108"],"order number that looks like a mobile"),
     ("other","S000023010000251500031",["S000023010000251500031"],"certificate number format example"),
     ("phone","+8613800138000",["13800138000"],"template placeholder in form"),
     ("qq","903316572",["903316572"],"reader's own QQ in complaint comment"),
     ("email","liuxm1990@163.com",["liuxm1990@163.com"],"reader's own e-mail in Q&A comments"),
     ("phone","04672351234",["0467-2351234"],"exam venue front desk (third party)"),
     ("domain","wjx.cn",["wjx.cn"],"form tool (问卷星) used by unrelated sellers"),
     ("other","KC-30",["KC-30"],"course-number prefix of the marketplace"),
    ]
    decoys = []
    for kind, val, written, why in D:
        pages = sorted(pth for pth, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, pages=pages, why=why))

    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            e = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in e["brands"]:
                e["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in e["identifiers"]:
                    e["identifiers"].append([k, v])
    # sanity: a seller's written forms must not occur on another seller's page
    owner = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            owner.setdefault(w, set()).add(p["operator"])
    for w, os_ in owner.items():
        assert len(os_) == 1, (w, os_)
        for p in PAGES:
            if w in texts[p["path"]] and p["operator"] not in os_:
                raise SystemExit(f"written form {w!r} of {os_} leaks onto {p['path']}")
    PAGES.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, ids=[], note="hub linking every site's index page"))
    truth = {"pages": [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                            identifiers=p["ids"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
