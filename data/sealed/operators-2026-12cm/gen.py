#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers. Stdlib only, deterministic."""
import json, os, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    first17 = prefix8 + body8 + org_check(body8)
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(ALPHA.index(c) * w[i] for i, c in enumerate(first17))
    r = 31 - s % 31
    return first17 + ALPHA[0 if r == 31 else r]

C_U01 = uscc("91320505", "MA1X7K2Q")
C_U04 = uscc("52320508", "MJ4A2653")
C_U05 = uscc("91320594", "MA27BF3T")
C_U08 = uscc("91320506", "MA1MW84P")
C_U09 = uscc("91330106", "MA2H0R5C")
C_I06 = uscc("91310115", "MA1K4Y7D")

# ---------------------------------------------------------------- sites
SITES = {
 "mooc": dict(name="职技云课堂", tag="全国职业技能在线学习平台", menu=["首页", "职业技能", "数字技能", "名师", "企业培训", "证书查询指引"],
   side="<h4>平台公告</h4><p>本平台仅提供课程展示与在线学习服务，课程内证书由各评价机构自行颁发。谨防线下私下转账。</p>",
   footer="客服热线：400-618-2020（工作日 9:00-18:00）｜ 客服邮箱：kefu@zhijiyun.cn ｜ www.zhijiyun.cn ｜ 京ICP备19023471号-2 ｜ 京公网安备11010802035521号",
   fdec=[("MOOC_TEL", "400-618-2020"), ("MOOC_MAIL", "kefu@zhijiyun.cn"), ("MOOC_ICP", "京ICP备19023471号-2")]),
 "edu": dict(name="江南数字职业技术学院 · 继续教育学院", tag="社会培训 | 职业技能等级认定", menu=["学院首页", "学院概况", "社会培训", "技能认定", "通知公告", "联系我们"],
   side="<h4>快速通道</h4><p>教务系统 ｜ 成绩查询 ｜ 校园地图</p>",
   footer="地址：苏州市吴中区东方大道 188 号 ｜ 继续教育学院办公室：0512-6688 3100 ｜ 苏ICP备12044876号 ｜ © 江南数字职业技术学院",
   fdec=[("EDU_TEL", "0512-6688 3100")]),
 "hr": dict(name="企培帮", tag="企业培训采购与服务商平台", menu=["首页", "找服务商", "发布需求", "培训补贴", "HR社区", "入驻"],
   side="<h4>服务商入驻</h4><p>平台服务商交流 QQ群：582301947</p><p>本平台不参与服务商与企业之间的交易。</p>",
   footer="企培帮 ｜ 平台客服 400-090-7766 ｜ 服务商QQ群 582301947 ｜ 沪ICP备17031852号-1",
   fdec=[("HR_TEL", "400-090-7766"), ("HR_QQG", "582301947")]),
 "bbs": dict(name="技能人论坛", tag="职业资格 · 技能证书 · 交流", menu=["首页", "考证交流", "培训机构点评", "维权曝光", "资料下载", "版规"],
   side="<h4>论坛交流群</h4><p>官方交流QQ群：736201458（仅限交流，禁止广告）</p><p>版主提醒：帖内联系方式为网友自行发布，与本站无关。</p>",
   footer="技能人论坛 ｜ 联系站长 admin@jinengren.net ｜ 官方QQ群 736201458 ｜ 粤ICP备15088231号",
   fdec=[("BBS_QQG", "736201458")]),
 "fl": dict(name="百城分类信息网", tag="本地生活 · 招聘 · 培训 · 企业服务", menu=["首页", "招聘", "教育培训", "企业服务", "二手", "发布信息"],
   side="<h4>发布须知</h4><p>联系电话请填写真实手机号，格式如：13800138000。</p><p>温馨提示：凡要求预付保证金、报名费的均需谨慎。</p>",
   footer="百城分类信息网 ｜ 客服电话：400-772-5858 ｜ 举报邮箱 jubao@baicheng-fl.com ｜ 浙ICP备14019377号",
   fdec=[("FL_TEL", "400-772-5858"), ("PH_13800", "13800138000")]),
 "wenda": dict(name="问问知道", tag="有问题，就问问", menu=["首页", "职业教育", "考证", "就业", "法律", "我要提问"],
   side="<h4>知道日报</h4><p>回答内容仅代表答主个人观点。</p>",
   footer="问问知道 ｜ 意见反馈 help@wenwenzd.com ｜ 京ICP备16065012号",
   fdec=[]),
 "mp": dict(name="公众号文章精选", tag="微信公众号文章聚合阅读", menu=["首页", "教育", "职场", "科技", "财经"],
   side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p>",
   footer="公众号文章精选 ｜ 侵权删除请联系 copyright@wxjingxuan.com ｜ 粤ICP备19110736号",
   fdec=[]),
 "sv": dict(name="快看短视频", tag="记录美好生活", menu=["推荐", "关注", "知识", "职场", "直播"],
   side="<h4>相关推荐</h4><p>更多知识类视频请下载快看APP</p>",
   footer="快看短视频 ｜ 违法和不良信息举报电话：12377 ｜ 未成年人举报 kk-jubao@kuaikan-sv.com ｜ 京ICP备18033501号",
   fdec=[("NET_12377", "12377")]),
 "news": dict(name="民生财经网", tag="关注民生 · 服务大众", menu=["首页", "民生", "教育", "科技", "财经", "曝光台"],
   side="<h4>热点</h4><p>谨防“山寨证书”：记者调查系列</p>",
   footer="民生财经网 ｜ 新闻热线：010-6528 8830 ｜ 违法和不良信息举报电话：12377 ｜ 京ICP证150032号",
   fdec=[("NEWS_TEL", "010-6528 8830"), ("NET_12377", "12377")]),
 "gov": dict(name="苏州市人力资源和社会保障局", tag="政务公开 · 通知公告", menu=["首页", "政务公开", "政策文件", "办事服务", "互动交流"],
   side="<h4>便民服务</h4><p>人社服务热线 12333 ｜ 政务服务便民热线 12345</p>",
   footer="主办：苏州市人力资源和社会保障局 ｜ 咨询电话：12333 ｜ 12345便民热线 ｜ 苏ICP备05009032号 ｜ 网站标识码3205000019",
   fdec=[("HOT_12333", "12333"), ("HOT_12345", "12345")]),
}

DECOYS = {
 "HOT_12333": ("phone", "12333", "人社部门全国统一服务热线，卖家引用用于“可查询”，不是卖家联系方式"),
 "HOT_12345": ("phone", "12345", "政务服务便民热线"),
 "NET_12377": ("phone", "12377", "网信办违法和不良信息举报电话，出现在平台页脚"),
 "OSTA_ZSCX": ("domain", "zscx.osta.org.cn", "官方技能人才评价证书全国联网查询网站"),
 "OSTA_MOHRSS": ("domain", "osta.mohrss.gov.cn", "官方技能人才评价工作网"),
 "VSLC": ("domain", "vslc.ncb.edu.cn", "原1+X证书查询平台"),
 "MOOC_TEL": ("phone", "4006182020", "职技云课堂平台客服电话（页脚）"),
 "MOOC_MAIL": ("email", "kefu@zhijiyun.cn", "职技云课堂平台客服邮箱（页脚）"),
 "MOOC_ICP": ("other", "京ICP备19023471号-2", "职技云课堂平台ICP备案号（页脚）"),
 "EDU_TEL": ("phone", "0512-66883100", "学院继续教育学院办公室电话（页脚）"),
 "HR_TEL": ("phone", "4000907766", "企培帮平台客服（页脚）"),
 "HR_QQG": ("qq_group", "582301947", "企培帮服务商交流群（页脚）"),
 "BBS_QQG": ("qq_group", "736201458", "论坛官方QQ群（页脚与侧栏）"),
 "FL_TEL": ("phone", "4007725858", "分类信息网客服电话（页脚）"),
 "PH_13800": ("phone", "+8613800138000", "模板占位电话（发布须知示例与未替换的模板）"),
 "PH_MAIL": ("email", "service@yourdomain.com", "未替换的模板占位邮箱"),
 "NEWS_TEL": ("phone", "010-65288830", "新闻网站新闻热线（页脚）"),
 "SCAM_170": ("phone", "+8617088241935", "官方提醒与报道中引用的骗子电话，不属于任何卖家"),
 "SCAM_165": ("phone", "+8616567203318", "投诉帖及网友评论中引用的骗子电话"),
 "BATCH": ("other", "15120260301", "认定批次号，形似手机号，多个卖家引用同一官方批次"),
 "ORDER": ("other", "19823067741", "盗用晒单截图中的订单号，形似手机号"),
 "VENUE": ("phone", "0512-62528899", "考点（苏州国际科技园）前台电话，第三方"),
 "FRONTDESK": ("phone", "021-64321000", "上海漕河泾某大厦物业前台，同楼多家公司共用"),
 "READER_WX": ("wechat", "xiaoyu_2019", "网友在评论中留下的本人微信"),
 "READER_QQ": ("qq", "2875541023", "网友在评论中留下的本人QQ"),
}

PAGES = []

def P(site, path, title, body, op=None, provider=None, ids=(), dec=(), comments=(), note="", offer=None, crumbs=None):
    PAGES.append(dict(site=site, path=path, title=title, body=body, op=op, provider=provider, ids=list(ids),
                      dec=list(dec), comments=list(comments), note=note,
                      offer=(op is not None) if offer is None else offer, crumbs=crumbs or [title]))

# ================================================================ mooc
P("mooc", "/mooc/course/c1024.html", "人工智能训练师（四级/中级工）职业技能等级认定培训课程 - 智训未来AI学院", """
<div class="course-head"><h1>人工智能训练师（四级/中级工）认定培训班</h1><p>机构：智训未来AI学院 ｜ 课时：50 学时 ｜ 学习人数 2,318</p><p class="price">￥1980 <del>￥2680</del></p></div>
<h2>课程介绍</h2><p>依据《人工智能训练师国家职业技能标准（2021年版）》四级要求设计，覆盖数据采集和处理、数据标注、智能系统运维三大模块，理论 + 实操双线教学。</p>
<p>报名条件：取得五级证书后从事本职业4年以上，或累计从事本职业6年以上，或相关专业中职毕业生。报名前请老师协助审核资料。</p>
<p>认定由备案的社会培训评价组织组织实施，证书可在技能人才评价证书全国联网查询平台查询。符合条件的参保职工可按规定申领技能提升补贴。</p>
<h2>咨询报名</h2><p>课程顾问：139-1508-3372 ｜ 官网 www.zhixunweilai.com</p>
<h3>讲师</h3><p><a href="/mooc/teacher/t318.html">张老师（智训未来教研负责人）</a></p>""",
  op="U01", provider="智训未来AI学院", ids=[("phone", "+8613915083372", "139-1508-3372"), ("domain", "zhixunweilai.com", "www.zhixunweilai.com")],
  note="在线课程平台上的四级人工智能训练师认定培训课程页（较规范）")
P("mooc", "/mooc/teacher/t318.html", "张老师 - 讲师主页 - 职技云课堂", """
<div class="teacher"><h1>张老师</h1><p>智训未来 教研负责人 ｜ 数据标注项目经理 8 年 ｜ 主讲课程 6 门</p></div>
<p>曾参与多家互联网企业数据标注团队搭建，擅长标注规范制定与质检流程。</p>
<h2>主讲课程</h2><ul><li><a href="/mooc/course/c1024.html">人工智能训练师（四级/中级工）认定培训班</a></li><li>数据标注员入门：从0到1</li></ul>
<h2>联系讲师</h2><p>学习群请加助教微信:ZXWL_AI，备注“训练师”；电话 139 1508 3372</p>""",
  op="U01", provider="智训未来", ids=[("wechat", "zxwl_ai", "ZXWL_AI"), ("phone", "+8613915083372", "139 1508 3372")],
  note="课程平台讲师主页，附私人联系方式")
P("mooc", "/mooc/teacher/t402.html", "李工讲AI训练师 - 讲师主页 - 职技云课堂", """
<div class="teacher"><h1>李工讲AI训练师</h1><p>独立讲师 ｜ 粉丝 1.2万 ｜ 课程 3 门</p></div>
<p>前大厂算法测试，专注人工智能训练师三级/二级备考。平台课只讲理论，实操题库和“考前冲刺资料”请私聊。</p>
<p><b>三级、二级都可以报，没有工作年限也能帮你安排，包过不过退费。</b></p>
<h2>联系</h2><p>微信 AIxunlianshi_Li（备注：平台）｜ 学员QQ群：913502264 ｜ <a href="tel:+8615250913327">一键拨号</a></p>""",
  op="U06", provider="李工讲AI训练师", ids=[("wechat", "aixunlianshi_li", "AIxunlianshi_Li"), ("qq_group", "913502264", "913502264"), ("phone", "+8615250913327", "tel:+8615250913327")],
  note="课程平台讲师主页，引导私下交易并承诺包过、无年限报二级")
P("mooc", "/mooc/course/c1107.html", "零基础拿人工智能训练师证书 三级高级工 速成班 - 领航AI训练营", """
<div class="course-head"><h1>人工智能训练师 三级（高级工）速成班</h1><p>机构：领航AI训练营 ｜ 课时：16 学时 ｜ 在学 5,604</p><p class="price">原价￥9999 限时￥3980</p></div>
<p>零基础可学，不限学历，不限经验！30天拿证，国家认可，官方认证，证书全国通用、终身有效。</p>
<p>报名即送：高频题库 + 实操模板 + 一对一督学。拿到证书便可升职加薪、申请落户积分。</p>
<h2>联系我们</h2><p>课程老师：131 6288 0752 ｜ 学员答疑QQ群824516093</p><p class="tpl">客服电话：13800138000</p>""",
  op="U07", provider="领航AI训练营", ids=[("phone", "+8613162880752", "131 6288 0752"), ("qq_group", "824516093", "QQ群824516093")],
  dec=[("PH_13800", "13800138000")], note="课程平台上的三级速成班，零基础、不限经验、30天拿证的承诺；模板占位电话未删除")
P("mooc", "/mooc/course/c1150.html", "人工智能训练师（五级/初级工）线上培训 - 深蓝AI学堂", """
<div class="course-head"><h1>人工智能训练师（五级/初级工）线上培训</h1><p>机构：深蓝AI学堂 ｜ 课时：60 学时 ｜ 学习人数 912</p><p class="price">￥680（不含认定费）</p></div>
<p>课程按国家职业技能标准五级 60 标准学时设置。报考五级需累计从事本职业或相关职业工作1年（含）以上，或经本职业学徒培训期满。</p>
<p>培训结束后由合作的备案评价机构组织理论与操作技能考核，合格者获发职业技能等级证书，可登录 zscx.osta.org.cn 查询。本课程不承诺通过。</p>
<p>企业团报与发票咨询：400-186-7300 ｜ 了解更多：shenlanai.cn</p>""",
  op="U09", provider="深蓝AI学堂", ids=[("phone", "4001867300", "400-186-7300"), ("domain", "shenlanai.cn", "shenlanai.cn")],
  dec=[("OSTA_ZSCX", "zscx.osta.org.cn")], note="五级课程页，如实说明条件与费用，不承诺通过")
P("mooc", "/mooc/course/c1188.html", "数据标注员/人工智能训练师五级 周末班 - 启智数据标注课堂", """
<div class="course-head"><h1>数据标注员（人工智能训练师五级）周末实训班</h1><p>机构：启智数据标注课堂 ｜ 课时：64 学时 ｜ 南京线下</p><p class="price">价格面议</p></div>
<p>面向在岗标注员，图像框选、语音转写、文本分类实操为主。结课后可推荐参加五级认定（需满足工作年限）。</p>
<p>报名电话：180 1357 2246（王老师）</p>""",
  op="I01", provider="启智数据标注课堂", ids=[("phone", "+8618013572246", "180 1357 2246")],
  note="独立小机构的五级周末实训班")
P("mooc", "/mooc/course/c0933.html", "Python数据分析实战（零基础） - 职技云课堂", """
<div class="course-head"><h1>Python数据分析实战（零基础）</h1><p>机构：职技云课堂自营 ｜ 课时：36 学时</p><p class="price">￥199</p></div>
<p>pandas、matplotlib 入门与案例。本课程为兴趣提升课，不涉及任何证书。</p>""",
  offer=False, note="平台自营的无关课程（不涉及证书）")

# ================================================================ edu
P("edu", "/edu/jxjy/xm/2026-03.html", "2026年人工智能训练师（四级、三级）社会培训招生简章", """
<h1>2026年人工智能训练师（四级、三级）社会培训招生简章</h1><p class="meta">发布：继续教育学院 ｜ 合作单位：苏州启元职业培训学校</p>
<p>为服务地方数字经济发展，我院与苏州启元职业培训学校合作开展人工智能训练师社会培训。培训结束后参加备案评价机构组织的认定，认定批次号：15120260301。</p>
<p>一、报名条件：按《人工智能训练师国家职业技能标准（2021年版）》四级、三级申报条件执行，不接受不符合条件人员报名。</p>
<p>二、费用：四级培训费 1600 元，三级 2200 元；认定费按物价部门核定标准另行收取。符合条件者可申领失业保险技能提升补贴（四级最高 1500 元、三级最高 2000 元），以人社部门审核为准，详询 12333。</p>
<p>三、考点：苏州国际科技园5期（前台 0512-62528899）。</p>
<p>四、说明：原1+X证书查询平台 vslc.ncb.edu.cn 不适用于本项目；证书可在 zscx.osta.org.cn 查询。</p>
<p>五、报名咨询：苏州启元职业培训学校 0512-65873210，邮箱 qiyuan_px@163.com</p>""",
  op="U04", provider="苏州启元职业培训学校", ids=[("phone", "0512-65873210", "0512-65873210"), ("email", "qiyuan_px@163.com", "qiyuan_px@163.com")],
  dec=[("BATCH", "15120260301"), ("HOT_12333", "12333"), ("VENUE", "0512-62528899"), ("VSLC", "vslc.ncb.edu.cn"), ("OSTA_ZSCX", "zscx.osta.org.cn")],
  note="高职院校继续教育学院与培训学校合作的招生简章（规范）")
P("edu", "/edu/jxjy/xm/2026-05.html", "校企合作 | 人工智能训练师（五级）企业员工培训项目", """
<h1>校企合作：人工智能训练师（五级）企业员工培训项目</h1><p class="meta">合作企业：杭州深蓝数智科技有限公司</p>
<p>项目面向合作企业在岗数据标注人员，60 学时，线上理论 + 线下实训。评价机构资质可在技能人才评价工作网 osta.mohrss.gov.cn 核验。</p>
<p>合作企业统一社会信用代码：%s</p>
<p>项目对接：kefu@shenlanai.cn ｜ 4001867300</p>""" % C_U09,
  op="U09", provider="杭州深蓝数智科技有限公司", ids=[("uscc", C_U09, C_U09), ("email", "kefu@shenlanai.cn", "kefu@shenlanai.cn"), ("phone", "4001867300", "4001867300")],
  dec=[("OSTA_MOHRSS", "osta.mohrss.gov.cn")], note="学院网站上的校企合作五级培训项目页")

# ================================================================ hr
P("hr", "/hr/supplier/s2071.html", "苏州智训未来信息科技有限公司 - 企业AI技能内训 - 企培帮", """
<h1>苏州智训未来信息科技有限公司</h1><p>服务类目：数字技能内训 ｜ 服务区域：江浙沪 ｜ 已服务企业 86 家</p>
<h2>为HR提供：人工智能训练师（五级/四级）企业定制班</h2>
<p>按企业标注/质检岗位定制课程，可配合企业做职业技能等级认定（企业自主评价或对接社会评价组织），培训记录可用于企业职工培训补贴申报。</p>
<p>报价：30人班 4.8 万元起（含课程、实训平台账号）。</p>
<p>统一社会信用代码：%s</p><p>商务对接：peixun@zhixunweilai.com ｜ +86 139 1508 3372</p>""" % C_U01,
  op="U01", provider="苏州智训未来信息科技有限公司", ids=[("uscc", C_U01, C_U01), ("email", "peixun@zhixunweilai.com", "peixun@zhixunweilai.com"), ("phone", "+8613915083372", "+86 139 1508 3372")],
  note="企业培训平台上面向HR的定制内训服务商页")
P("hr", "/hr/supplier/s2210.html", "启元职培 - 人工智能训练师企业团报 - 企培帮", """
<h1>启元职培（苏州启元职业培训学校）</h1><p>民办职业培训学校 ｜ 办学许可证已公示</p>
<h2>企业团报：人工智能训练师四级/三级</h2><p>可为企业员工集中组织培训和认定报名，严格按申报条件审核；不代办、不包过。团报 20 人以上可上门授课。</p>
<p>统一社会信用代码：%s</p><p>联系电话：（0512）6587 3210</p>""" % C_U04,
  op="U04", provider="启元职培", ids=[("uscc", C_U04, C_U04), ("phone", "0512-65873210", "（0512）6587 3210")],
  note="培训学校面向企业的团报服务页（规范）")
P("hr", "/hr/supplier/s1986.html", "数标人力 - 数据标注岗位培训+认定一站式 - 企培帮", """
<h1>数标人力：数据标注团队“培训+认定+用工”一站式</h1>
<p>帮企业HR解决标注员流动大、持证率低的问题：人工智能训练师五级/四级培训，认定机构资质可在 osta.mohrss.gov.cn 查询；协助整理企业职工培训补贴材料。</p>
<p>价格：五级 1200 元/人，四级 1800 元/人（满 50 人 9 折）。</p>
<p>统一社会信用代码：%s ｜ 官网 shubiaorenli.cn ｜ 热线 400-886-9521</p>""" % C_U05,
  op="U05", provider="数标人力", ids=[("uscc", C_U05, C_U05), ("domain", "shubiaorenli.cn", "shubiaorenli.cn"), ("phone", "4008869521", "400-886-9521")],
  dec=[("OSTA_MOHRSS", "osta.mohrss.gov.cn")], note="面向HR的数据标注培训与认定一站式服务")
P("hr", "/hr/supplier/s2318.html", "汇才企业服务 - 以工代训补贴+技能证书 企业0成本 - 企培帮", """
<h1>企业0成本！职工技能补贴代申报 + 人工智能训练师证书打包</h1>
<p>汇才企业服务专注政府补贴申报：企业员工参加人工智能训练师培训，补贴直接抵扣培训费，<b>企业一分钱不出，员工人人拿证</b>。本期认定批次号 15120260301，名额有限。</p>
<p>三级、二级都能报，学历、年限我们来想办法。补贴政策可致电12345咨询。</p>
<p>统一社会信用代码：%s</p><p>座机：0512-68259037 ｜ 手机：137 7601 4528</p>""" % C_U08,
  op="U08", provider="汇才企业服务", ids=[("uscc", C_U08, C_U08), ("phone", "0512-68259037", "0512-68259037"), ("phone", "+8613776014528", "137 7601 4528")],
  dec=[("BATCH", "15120260301"), ("HOT_12345", "12345")], note="面向HR的补贴代申报+证书打包服务，承诺人人拿证并暗示可变通学历年限")
P("hr", "/hr/supplier/s2402.html", "上海云标企业管理有限公司 - AI训练师内训 - 企培帮", """
<h1>上海云标企业管理有限公司</h1><p>服务：人工智能训练师（五级）内训、标注质检SOP咨询</p>
<p>地址：上海市徐汇区宜山路某大厦 12 层（大厦前台 021-64321000 可指引）。</p>
<p>统一社会信用代码：%s ｜ 邮箱：px@yunbiao-sh.com</p><p class="tpl">商务合作：service@yourdomain.com</p>""" % C_I06,
  op="I06", provider="上海云标企业管理有限公司", ids=[("uscc", C_I06, C_I06), ("email", "px@yunbiao-sh.com", "px@yunbiao-sh.com")],
  dec=[("FRONTDESK", "021-64321000"), ("PH_MAIL", "service@yourdomain.com")], note="独立服务商的企业内训页，留有模板占位邮箱")

# ================================================================ bbs
P("bbs", "/bbs/t/20931.html", "【急招】人工智能训练师高级技师/技师，零基础包过，人社部颁发！ - 考证交流", """
<div class="post"><p class="author">楼主：国培考证小刘</p>
<p>国培人工智能考证中心本月最后一批！人工智能训练师一级高级技师、二级技师、三级高级工<b>三个等级一起报优惠</b>，零基础、不限学历、不限经验，免培训直接考，包过！</p>
<p>证书人社部颁发，全国联网可查，查询网址 www.zgjnzs-cx.com ，可挂靠年入3万+。</p>
<p>报名热线：１７３２７７１９０４６ ｜ 扣扣2690183347</p></div>""",
  op="U03", provider="国培人工智能考证中心", ids=[("phone", "+8617327719046", "１７３２７７１９０４６"), ("qq", "2690183347", "2690183347"), ("domain", "zgjnzs-cx.com", "www.zgjnzs-cx.com")],
  comments=[("路人甲", "人社部早就不发这种证了，查询网址也不是 osta 的，大家小心。"), ("考证的鱼", "上次有个17088241935打电话推销的也是这套说辞"), ("小雨", "求真题资料，有的加我V xiaoyu_2019")],
  dec=[("SCAM_170", "17088241935"), ("READER_WX", "xiaoyu_2019")], note="论坛广告帖：零基础包过一级/二级、三级同报、人社部颁发、假查询网站、挂靠收入")
P("bbs", "/bbs/t/21007.html", "分享：公司组织数据标注员考人工智能训练师四级的经历（附机构） - 考证交流", """
<div class="post"><p class="author">楼主：苏州标注打工人</p>
<p>我们组去年是公司HR找的苏州数标统一安排的，四级，培训一个月周末上课，最后理论+实操考试，过了七成。机构费用公司出的。</p>
<p>有HR问联系方式，他们商务邮箱 hr(at)shubiaorenli(dot)cn ，电话是 400 886 9521。</p></div>""",
  op="U05", provider="苏州数标", ids=[("email", "hr@shubiaorenli.cn", "hr(at)shubiaorenli(dot)cn"), ("phone", "4008869521", "400 886 9521")],
  comments=[("nana", "谢谢分享，请问要工作年限证明吗"), ("苏州标注打工人", "要，公司开的")], note="论坛经验帖中夹带机构推广（软文）")
P("bbs", "/bbs/t/21166.html", "企业培训补贴还能领吗？我们公司正在做，可以帮忙对接 - 考证交流", """
<div class="post"><p class="author">楼主：汇才小周</p>
<p>2026年企业职工技能提升补贴还在，人工智能训练师三级补贴最高，我们汇才补贴团队帮企业全程代办，员工只需要配合签到，证书包拿。</p>
<p>考点在苏州国际科技园，前台0512-62528899可以问路。</p>
<p>有需要的HR加V：huicai_hr，或打座机 0512 6825 9037。</p></div>""",
  op="U08", provider="汇才补贴", ids=[("wechat", "huicai_hr", "huicai_hr"), ("phone", "0512-68259037", "0512 6825 9037")],
  dec=[("VENUE", "0512-62528899")], note="论坛帖推销补贴代办+证书包拿")
P("bbs", "/bbs/t/21240.html", "出人工智能训练师四级三级真题+实操资料，可代报名 - 资料下载", """
<div class="post"><p class="author">楼主：小周考证</p>
<p>整理了近两年人工智能训练师四级、三级理论真题和实操样题，资料 68 元一套。也可以帮忙代报名（材料自己准备）。</p>
<p>要的加微信 zhou_kaozheng88</p></div>""",
  op="I02", provider="小周考证", ids=[("wechat", "zhou_kaozheng88", "zhou_kaozheng88")],
  comments=[("小雨", "已加，我是xiaoyu_2019")], dec=[("READER_WX", "xiaoyu_2019")], note="个人卖资料并代报名的帖子")
P("bbs", "/bbs/t/21302.html", "【曝光】交了4800的人工智能训练师“包过班”，证书查不到，客服拉黑 - 维权曝光", """
<div class="post"><p class="author">楼主：维权中的阿强</p>
<p>去年11月在短视频上看到广告，说人工智能训练师二级技师零基础包过，人社部发证，交了4800。上个月收到一个证，在 zscx 官方查询平台查不到，对方给的网址是他们自己做的。</p>
<p>打过来的电话是 165-6720-3318 和 17088241935，现在都打不通了。已经向市场监管部门投诉，大家擦亮眼睛。</p></div>""",
  offer=False, comments=[("老林", "同样被骗，报警了"), ("小雨", "楼主加我xiaoyu_2019一起维权")],
  dec=[("SCAM_165", "165-6720-3318"), ("SCAM_170", "17088241935"), ("READER_WX", "xiaoyu_2019")], note="网友投诉帖，引用骗子电话")

# ================================================================ fl
P("fl", "/fl/suzhou/px/p8813.html", "技能补贴申领+人工智能训练师证书 补贴后0元拿证 - 苏州教育培训", """
<h1>技能补贴申领 + 人工智能训练师证书，补贴后0元拿证！</h1><p class="meta">苏州 ｜ 教育培训 ｜ 发布者：惠企技能补贴服务中心</p>
<p>失业保险技能提升补贴代申请，人工智能训练师五级到一级都可以办，补贴到账后学费全退，相当于免费拿国家证书。不会可以帮你报名，政策可打12333核实。</p>
<p>联系：186 6257 0419（微信同号）｜ QQ 3219840567</p>""",
  op="U02", provider="惠企技能补贴服务中心", ids=[("phone", "+8618662570419", "186 6257 0419"), ("wechat", "18662570419", "186 6257 0419（微信同号）"), ("qq", "3219840567", "3219840567")],
  dec=[("HOT_12333", "12333")], note="分类信息：补贴代申领打包证书，虚称一级二级也可补贴")
P("fl", "/fl/beijing/zs/p9120.html", "中科智联职业技能评价中心 人工智能训练师证书 全国联网可查 - 北京企业服务", """
<h1>人工智能训练师证书 一级/二级/三级 快速办理</h1><p class="meta">北京 ｜ 企业服务 ｜ 中科智联职业技能评价中心</p>
<p>国家级评价中心，人社部颁发，入库可查（查询网址：zgjnzs-cx.com）。无需考试，15个工作日出证，可用于挂靠、评职称、落户。</p>
<p>学员晒单：订单号19823067741 已出证！</p>
<p>电话：173 2771 9046 ｜ 对公转账或个人收款（收款人：王立新）</p>""",
  op="U03", provider="中科智联职业技能评价中心", ids=[("phone", "+8617327719046", "173 2771 9046"), ("domain", "zgjnzs-cx.com", "zgjnzs-cx.com"), ("other", "payee:王立新", "王立新")],
  dec=[("ORDER", "19823067741")], note="分类信息：无需考试出证、国家级、假查询网址、个人收款")
P("fl", "/fl/shanghai/px/p9033.html", "沪领教育 人工智能训练师三级 周末班 徐汇 - 上海教育培训", """
<h1>沪领教育：人工智能训练师三级周末班（徐汇校区）</h1><p class="meta">上海 ｜ 教育培训</p>
<p>小班教学，30天速成，三级高级工证书，可申请上海居住证积分。学费 3980，可分期。</p>
<p>地址：徐汇区宜山路某大厦 12 层，找不到可问大厦前台021-64321000。</p>
<p>电话 13162880752 ｜ 邮箱 aitrain2020 at 126 dot com</p>""",
  op="U07", provider="沪领教育", ids=[("phone", "+8613162880752", "13162880752"), ("email", "aitrain2020@126.com", "aitrain2020 at 126 dot com")],
  dec=[("FRONTDESK", "021-64321000")], note="分类信息：三级速成班、积分落户卖点")
P("fl", "/fl/suzhou/qy/p8950.html", "苏州汇才 企业职工培训补贴代办 含技能证书 - 苏州企业服务", """
<h1>企业职工培训补贴代办（含人工智能训练师等技能证书）</h1><p class="meta">苏州 ｜ 企业服务 ｜ 苏州汇才</p>
<p>帮企业申报职工技能提升补贴，培训、考试、发证全包，企业零成本。</p>
<p>手机：13776014528 ｜ 微信huicai_hr</p>""",
  op="U08", provider="苏州汇才", ids=[("phone", "+8613776014528", "13776014528"), ("wechat", "huicai_hr", "huicai_hr")],
  note="分类信息：企业补贴代办打包证书")
P("fl", "/fl/hangzhou/px/p9201.html", "杭州知行职业培训学校 人工智能训练师五级/四级 招生 - 杭州教育培训", """
<h1>杭州知行职业培训学校 人工智能训练师五级/四级招生</h1><p class="meta">杭州 ｜ 教育培训</p>
<p>按国家标准学时授课，五级 60 学时、四级 50 学时，报名需提供工作年限证明。价格来电咨询。</p>
<p>咨询电话：0571-86723415</p>""",
  op="I03", provider="杭州知行职业培训学校", ids=[("phone", "0571-86723415", "0571-86723415")], note="独立培训学校的分类招生信息（规范）")
P("fl", "/fl/suzhou/zp/p8702.html", "招聘：数据标注员 若干 苏州工业园区 - 苏州招聘", """
<h1>招聘：数据标注员 15 名</h1><p class="meta">苏州 ｜ 招聘 ｜ 某科技公司人事部</p>
<p>要求：大专及以上，细心，能接受倒班；有人工智能训练师证书者优先。薪资 5-7K。</p>
<p>简历请投递至 zhaopin@sz-biaozhu-tech.com</p>""",
  offer=False, note="招聘广告（提及证书但不售卖）")

# ================================================================ wenda
P("wenda", "/wenda/q/77120.html", "没交社保能领人工智能训练师的技能补贴吗？ - 问问知道", """
<h1>没交社保能领人工智能训练师的技能补贴吗？</h1><p class="q">我是自由职业，想考个人工智能训练师，听说有补贴？</p>
<div class="answer"><p class="who">答主：补贴申领老师</p><p>可以的，我们有渠道，不用社保也能走补贴，五级到三级都能办，学费补贴后基本0元。详细加薇 bt2026help 或者扣扣：3219840567 咨询。</p></div>""",
  op="U02", provider="补贴申领老师", ids=[("wechat", "bt2026help", "bt2026help"), ("qq", "3219840567", "3219840567")],
  comments=[("热心网友", "我也想了解，我QQ是2875541023，可以拉我吗")], dec=[("READER_QQ", "2875541023")],
  note="问答页：答主虚称无社保也能领补贴并引流")
P("wenda", "/wenda/q/77288.html", "人工智能训练师三级需要什么条件？没工作经验能考吗？ - 问问知道", """
<h1>人工智能训练师三级需要什么条件？没工作经验能考吗？</h1>
<div class="answer"><p class="who">答主：李工</p><p>正常是要四级证书加工作年限的，不过我们这边有办法，直接报三级没问题，资料我来准备。要的话加薇：AIxunlianshi_Li，或者进群 913 502 264。</p></div>""",
  op="U06", provider="李工", ids=[("wechat", "aixunlianshi_li", "AIxunlianshi_Li"), ("qq_group", "913502264", "913 502 264")],
  note="问答页：讲师答题引流并暗示可绕过申报条件")
P("wenda", "/wenda/q/77403.html", "网上说的人工智能训练师证书人社部颁发是真的吗？ - 问问知道", """
<h1>网上说的人工智能训练师证书“人社部颁发”是真的吗？</h1>
<div class="answer"><p class="who">答主：中科智联官方</p><p>真的，我们中科智联是国家级评价中心，证书人社部颁发、全国可查。报名联系企鹅 2690183347，收款户名王立新（财务）。</p></div>""",
  op="U03", provider="中科智联", ids=[("qq", "2690183347", "2690183347"), ("other", "payee:王立新", "王立新")],
  note="问答页：骗子自问自答式宣传")
P("wenda", "/wenda/q/77501.html", "南京哪里可以培训人工智能训练师？ - 问问知道", """
<h1>南京哪里可以培训人工智能训练师？</h1>
<div class="answer"><p class="who">答主：南京仁智培训</p><p>我们南京仁智培训有五级、四级班，晚班和周末班，报名需要审核工作年限。费用 1500 左右，具体可以电话 158-9582-0614 咨询。</p></div>""",
  op="I05", provider="南京仁智培训", ids=[("phone", "+8615895820614", "158-9582-0614")], note="问答页：独立培训机构回答招生")
P("wenda", "/wenda/q/77618.html", "接到电话说能免考拿人工智能训练师证，是骗子吗？ - 问问知道", """
<h1>接到电话说能免考拿人工智能训练师证，是骗子吗？</h1><p class="q">号码是16567203318，说交3000就能拿二级证，还说能在vslc.ncb.edu.cn查。</p>
<div class="answer"><p class="who">答主：职教观察</p><p>免考拿证属于人社部明确整治的“不培训直接发证”。职业技能等级证书应能在技能人才评价证书全国联网查询平台查询，1+X的查询平台也不是这么用的。建议不要转账。</p></div>""",
  offer=False, comments=[("小雨", "同问，我加了个群，我微信xiaoyu_2019")],
  dec=[("SCAM_165", "16567203318"), ("VSLC", "vslc.ncb.edu.cn"), ("READER_WX", "xiaoyu_2019")], note="学习者提问：疑似诈骗电话")

# ================================================================ mp
P("mp", "/mp/a/20260318_zxwl.html", "人工智能训练师四级怎么考？一文说清报考条件与流程 | 智训未来", """
<h1>人工智能训练师四级怎么考？一文说清报考条件与流程</h1><p class="meta">原创 智训未来 2026-03-18</p>
<p>人工智能训练师（职业编码4-04-05-05）是2020年发布的新职业，设五个等级。四级需取得五级证书后从事本职业4年等条件。</p>
<p>证书属于职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询，不是“人社部颁发”。</p>
<p>想报名的同学可以添加课程顾问 VX：zxwl_ai ，或访问 zhixunweilai.com 了解。</p>""",
  op="U01", provider="智训未来", ids=[("wechat", "zxwl_ai", "zxwl_ai"), ("domain", "zhixunweilai.com", "zhixunweilai.com")],
  dec=[("OSTA_ZSCX", "zscx.osta.org.cn")], note="公众号文章转载：机构的报考科普+引流")
P("mp", "/mp/a/20260402_butie.html", "最后30天！技能补贴一人最高3000，人工智能训练师证书免费拿 | 技能补贴申领助手", """
<h1>最后30天！技能补贴一人最高3000，人工智能训练师证书免费拿</h1><p class="meta">技能补贴申领助手 2026-04-02</p>
<p>国家补贴政策即将收紧，现在申请还来得及！人工智能训练师一级、二级补贴最高，报名后全程代办，包过包补贴。</p>
<p>学员晒单（订单号 19823067741）：上个月报名，本月已到账！</p>
<p>添加V信：bt2026help 或致电 186-6257-0419</p>""",
  op="U02", provider="技能补贴申领助手", ids=[("wechat", "bt2026help", "bt2026help"), ("phone", "+8618662570419", "186-6257-0419")],
  dec=[("ORDER", "19823067741")], note="公众号文章：虚构一二级补贴、包过包补贴、制造紧迫感")
P("mp", "/mp/a/20260225_shubiao.html", "HR必看：数据标注团队如何低成本提升持证率 | 数标学院", """
<h1>HR必看：数据标注团队如何低成本提升持证率</h1><p class="meta">数标学院 2026-02-25</p>
<p>人工智能训练师的两个工种——数据标注员与人工智能算法测试员——正是多数标注团队的核心岗位。企业可以通过“培训+认定”方式提升员工持证率，并按规定申请培训补贴。</p>
<p>企业咨询：400 886 9521 ｜ 邮箱 HR@ShuBiaoRenLi.cn</p><p class="tpl">商务合作：service@yourdomain.com</p>""",
  op="U05", provider="数标学院", ids=[("phone", "4008869521", "400 886 9521"), ("email", "hr@shubiaorenli.cn", "HR@ShuBiaoRenLi.cn")],
  dec=[("PH_MAIL", "service@yourdomain.com")], note="公众号文章：面向HR的企业培训推广，模板占位邮箱未删除")
P("mp", "/mp/a/20260110_linghang.html", "AI时代最值钱的证书！人工智能训练师，90%小白都能学会 | 领航AI", """
<h1>AI时代最值钱的证书！人工智能训练师，90%小白都能学会</h1><p class="meta">领航AI 2026-01-10</p>
<p>国家认可，官方认证，零基础30天拿证！三级四级联报立减1000元。</p>
<p>进扣扣群：824516093 领取免费试听，报名邮箱 aitrain2020@126.com</p>""",
  op="U07", provider="领航AI", ids=[("qq_group", "824516093", "824516093"), ("email", "aitrain2020@126.com", "aitrain2020@126.com")],
  note="公众号文章：夸大宣传、多级联报")
P("mp", "/mp/a/20260505_shenlan.html", "我们为什么不承诺“包过” | 深蓝数智", """
<h1>我们为什么不承诺“包过”</h1><p class="meta">深蓝数智 2026-05-05</p>
<p>职业技能等级认定由备案评价机构组织，理论与操作技能考核均需达标。广告法禁止培训机构作出通过考试的保证性承诺。五级课程 680 元，认定费另计，有问题可致电12333了解政策。</p>
<p>官网 https://www.shenlanai.cn ｜ 邮箱 kefu@shenlanai.cn</p>""",
  op="U09", provider="深蓝数智", ids=[("domain", "shenlanai.cn", "https://www.shenlanai.cn"), ("email", "kefu@shenlanai.cn", "kefu@shenlanai.cn")],
  dec=[("HOT_12333", "12333")], note="公众号文章：规范机构的说明与招生")

# ================================================================ sv
P("sv", "/sv/v/7301.html", "补贴姐Lily：人工智能训练师证书补贴后0元！手把手教你领 - 快看短视频", """
<div class="video"><h1>人工智能训练师证书补贴后0元！手把手教你领</h1><p class="author">@补贴姐Lily ｜ 点赞 3.4万</p>
<p class="desc">#技能补贴 #人工智能训练师 评论区扣“补贴”，或直接打电话 186-6257-0419</p></div>""",
  op="U02", provider="补贴姐Lily", ids=[("phone", "+8618662570419", "186-6257-0419")], note="短视频：补贴0元拿证引流")
P("sv", "/sv/v/7355.html", "AI考证王老师：一级高级技师零基础也能拿 - 快看短视频", """
<div class="video"><h1>一级高级技师零基础也能拿？真的！</h1><p class="author">@AI考证王老师 ｜ 点赞 8,902</p>
<p class="desc">原价9999限时99元报名资格！人工智能训练师证书全国联网可查，电话一七三二七七一九零四六，Q：2690183347</p></div>""",
  op="U03", provider="AI考证王老师", ids=[("phone", "+8617327719046", "一七三二七七一九零四六"), ("qq", "2690183347", "2690183347")],
  comments=[("用户8812", "之前被165-6720-3318骗过，都是一个套路")], dec=[("SCAM_165", "165-6720-3318")],
  note="短视频：零基础一级高级技师、低价引流")
P("sv", "/sv/v/7412.html", "李工AI训练师：三级实操题怎么做 - 快看短视频", """
<div class="video"><h1>人工智能训练师三级实操题讲解（第3集）</h1><p class="author">@李工AI训练师 ｜ 点赞 1,204</p>
<p class="desc">完整题库 + 报名通道私我，152 5091 3327 微信同号，三级包过。</p></div>""",
  op="U06", provider="李工AI训练师", ids=[("phone", "+8615250913327", "152 5091 3327"), ("wechat", "15250913327", "152 5091 3327 微信同号")],
  comments=[("学习ing", "求题库，我QQ 2875541023")], dec=[("READER_QQ", "2875541023")], note="短视频：讲师讲题并引流、包过")
P("sv", "/sv/v/7466.html", "数据标注阿凯：做标注一年了，去考了人工智能训练师五级 - 快看短视频", """
<div class="video"><h1>做标注一年，去考了人工智能训练师五级</h1><p class="author">@数据标注阿凯 ｜ 点赞 622</p>
<p class="desc">分享备考笔记，需要笔记（19.9元）的 Q 1587420936</p></div>""",
  op="I04", provider="数据标注阿凯", ids=[("qq", "1587420936", "Q 1587420936")], note="短视频：个人售卖备考笔记")

# ================================================================ news
P("news", "/news/edu/202603/n5521.html", "数字技能人才缺口大 苏州启元教育推出人工智能训练师培训 - 民生财经网", """
<h1>数字技能人才缺口大 启元教育推出人工智能训练师培训</h1><p class="meta">2026-03-22 来源：企业供稿</p>
<p>记者从启元教育了解到，该校今年开设人工智能训练师四级、三级培训班，学员须满足国家标准规定的申报条件。</p>
<p>报名：招生老师 159 6213 0877，或 <a href="tel:051265873210">拨打学校电话</a>；邮箱 qiyuan_px#163.com（#换成@）。</p>""",
  op="U04", provider="启元教育", ids=[("phone", "+8615962130877", "159 6213 0877"), ("phone", "0512-65873210", "tel:051265873210"), ("email", "qiyuan_px@163.com", "qiyuan_px#163.com")],
  note="新闻网站企业供稿（软文）")
P("news", "/news/tech/202602/n5310.html", "领航智能教育：让更多年轻人搭上AI快车 - 民生财经网", """
<h1>领航智能教育：让更多年轻人搭上AI快车</h1><p class="meta">2026-02-14 来源：推广</p>
<p>领航智能教育负责人介绍，其人工智能训练师课程“零基础可学，拿到证书便可升职加薪”。</p>
<p>咨询电话：+86-131-6288-0752</p>""",
  op="U07", provider="领航智能教育", ids=[("phone", "+8613162880752", "+86-131-6288-0752")], note="新闻网站付费推广稿")
P("news", "/news/msh/202604/n5602.html", "“免考包过”的人工智能训练师证书，查无此证 - 民生财经网", """
<h1>“免考包过”的人工智能训练师证书，查无此证</h1><p class="meta">2026-04-08 记者 陈某</p>
<p>近日，多名读者向本报反映，花数千元购买的“人工智能训练师二级证书”在技能人才评价证书全国联网查询平台（zscx.osta.org.cn）上查不到。</p>
<p>读者提供的推销电话包括17088241935等。人社部门提醒，职业技能等级证书由备案评价机构颁发，“人社部颁发”“免考包过”均为虚假宣传，可拨打12333咨询。</p>""",
  offer=False, dec=[("OSTA_ZSCX", "zscx.osta.org.cn"), ("SCAM_170", "17088241935"), ("HOT_12333", "12333")], note="新闻报道：山寨证书骗局，引用骗子电话")

# ================================================================ gov
P("gov", "/gov/tzgg/2026/t20260312.html", "关于警惕“人工智能训练师”等山寨证书诈骗的提醒 - 苏州市人力资源和社会保障局", """
<h1>关于警惕“人工智能训练师”等山寨证书诈骗的提醒</h1><p class="meta">发布日期：2026-03-12</p>
<p>近期，有不法分子冒用人社部门名义，以“免培训、包通过、人社部颁发”为噱头兜售人工智能训练师等证书，并使用 170 8824 1935 等号码电话推销。</p>
<p>职业技能等级证书可登录技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。如有疑问请拨打 12333。</p>""",
  offer=False, dec=[("SCAM_170", "170 8824 1935"), ("OSTA_ZSCX", "zscx.osta.org.cn")], note="政府官方警示通知，引用骗子电话")
P("gov", "/gov/zcjd/2026/t20260301.html", "政策解读：2026年第一批职业技能等级认定及技能提升补贴 - 苏州市人力资源和社会保障局", """
<h1>政策解读：2026年第一批职业技能等级认定及技能提升补贴</h1><p class="meta">发布日期：2026-03-01</p>
<p>本期认定批次号 15120260301，含人工智能训练师（4-04-05-05）五级至三级。考点：苏州国际科技园5期（前台电话 0512-62528899）。</p>
<p>技能提升补贴标准：五级最高1000元、四级1500元、三级2000元，需参保满1年；二级、一级无此项补贴。评价机构备案信息见 osta.mohrss.gov.cn。</p>""",
  offer=False, dec=[("BATCH", "15120260301"), ("VENUE", "0512-62528899"), ("OSTA_MOHRSS", "osta.mohrss.gov.cn")], note="政府政策解读：认定批次与补贴标准")

# ---------------------------------------------------------------- render
CSS = "body{font-family:sans-serif;margin:0}header,footer{background:#f3f3f3;padding:8px}nav a{margin-right:12px}.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px;border-left:1px solid #ddd}"
SITE_INDEX = {k: "/%s/index.html" % k for k in SITES}

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def render(pg, site_pages):
    s = SITES[pg["site"]]
    idx = SITE_INDEX[pg["site"]]
    menu = "".join('<a href="%s">%s</a>' % (idx, m) for m in s["menu"])
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="%s">%s</a> &gt; %s' % (idx, s["name"], esc(pg["crumbs"][0][:30]))
    others = [p for p in site_pages if p["path"] != pg["path"]][:6]
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"].split(" - ")[0][:40])) for p in others)
    com = ""
    if pg["comments"]:
        com = '<section class="comments"><h3>评论（%d）</h3>%s</section>' % (len(pg["comments"]),
              "".join('<div class="c"><b>%s</b>：%s</div>' % (u, t) for u, t in pg["comments"]))
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head><body>\n"
            "<header><div class=\"logo\">%s <small>%s</small></div><nav>%s</nav></header>\n"
            "<div class=\"crumbs\">%s</div>\n<div class=\"wrap\"><main>%s\n%s</main>\n<aside>%s<h4>相关链接</h4><ul>%s</ul></aside></div>\n"
            "<footer>%s</footer>\n</body></html>\n") % (esc(pg["title"]), CSS, s["name"], s["tag"], menu, crumbs, pg["body"].strip(), com,
                                                      s["side"], rel, s["footer"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # site index pages
    for k, s in SITES.items():
        lst = [p for p in PAGES if p["site"] == k]
        body = "<h1>%s</h1><p>%s</p><ul>%s</ul>" % (s["name"], s["tag"], "".join(
            '<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in lst))
        PAGES.append(dict(site=k, path=SITE_INDEX[k], title=s["name"] + " - 首页", body=body, op=None, provider=None, ids=[],
                          dec=[], comments=[], offer=False, crumbs=["首页"], note="%s站点首页/列表页" % s["name"]))
    truth_pages, dec_pages = [], {}
    for pg in PAGES:
        site_pages = [p for p in PAGES if p["site"] == pg["site"]]
        html = render(pg, site_pages)
        for kind, value, written in pg["ids"]:
            assert written in html, (pg["path"], written)
        decs = pg["dec"] + SITES[pg["site"]]["fdec"]
        for key, written in decs:
            assert written in html, (pg["path"], key, written)
            d = dec_pages.setdefault(key, {"written": [], "pages": []})
            if written not in d["written"]:
                d["written"].append(written)
            if pg["path"] not in d["pages"]:
                d["pages"].append(pg["path"])
        fn = os.path.join(SITE, pg["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(html)
        truth_pages.append({"path": pg["path"], "is_offer": pg["offer"], "operator": pg["op"], "provider": pg["provider"],
                            "identifiers": [list(x) for x in pg["ids"]], "note": pg["note"]})
    # navigation page
    nav = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网站导航</title></head><body><h1>网站导航</h1><ul>%s</ul></body></html>\n" % "".join(
        '<li><a href="%s">%s</a></li>' % (SITE_INDEX[k], s["name"]) for k, s in SITES.items())
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(nav)
    truth_pages.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None, "identifiers": [],
                        "note": "导航页，链接所有站点首页"})
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for pg in PAGES:
        if pg["op"] and pg["op"].startswith("U"):
            o = ops.setdefault(pg["op"], {"brands": [], "identifiers": []})
            if pg["provider"] not in o["brands"]:
                o["brands"].append(pg["provider"])
            for kind, value, _ in pg["ids"]:
                if [kind, value] not in o["identifiers"]:
                    o["identifiers"].append([kind, value])
    decoys = []
    for key in sorted(dec_pages):
        kind, value, why = DECOYS[key]
        decoys.append({"kind": kind, "value": value, "written": dec_pages[key]["written"], "pages": dec_pages[key]["pages"], "why": why})
    truth = {"pages": truth_pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
