#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * wi for ch, wi in zip(org8, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(ch) * wi for ch, wi in zip(body, W18)) % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52511502", "MJ0631K4")
USCC_U02 = uscc("91530302", "MA6K3F2Q")
USCC_U07 = uscc("91110108", "MA01RK7T")
USCC_U08 = uscc("52530302", "MJ1837N6")

# ---------------------------------------------------------------- sites and frames
SITES = {
 "zhiyun": dict(name="宜宾智云职业技能培训学校", style="training-company site",
   menu=["首页", "课程设置", "补贴政策", "联系我们"],
   side="<h3>报名咨询</h3><p>校区电话：0831-2368815</p><p>地址：宜宾市翠屏区南岸西区蜀南大道中段18号3楼</p>",
   foot="宜宾智云职业技能培训学校 版权所有 | 办学许可证 教民1511026000312号 | 统一社会信用代码 " + USCC_U01 +
        " | 电话 0831-2368815 | 邮箱 zhiyunpx#163.com | www.ybzhiyun.com | 蜀ICP备2023018856号-1"),
 "qjxinke": dict(name="曲靖新科教育", style="training-company site (agency)",
   menu=["首页", "热门证书", "人工智能训练师", "证书查询", "关于新科"],
   side="<h3>全国招生热线</h3><p>400-826-5177</p><p>扫码加老师微信：xk_qj8866</p>",
   foot="曲靖新科教育咨询有限公司 统一社会信用代码：" + USCC_U02 +
        " | 全国热线 400-826-5177 | 地址：曲靖市麒麟区南宁北路寥廓商务中心B座1206 | qjxinke.cn 版权所有"),
 "kecheng": dict(name="学无忧课堂", style="course marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证", "讲师入驻"],
   side="<h3>平台保障</h3><p>7天无理由退款 | 平台担保交易</p><p>客服热线 400-860-1357</p>",
   foot="学无忧课堂 xuewuyou.com | 客服热线 400-860-1357 | 客服邮箱 kefu@xuewuyou.com | 蜀ICP备19027735号-2 | 本平台仅提供信息发布，课程由讲师/机构自行提供"),
 "bbs": dict(name="翠屏社区", style="local forum (宜宾)",
   menu=["首页", "宜宾生活", "求职招聘", "教育培训", "投诉曝光"],
   side="<h3>社区公告</h3><p>发广告请走分类版块，违者封号。</p><p>官方交流QQ群：638215097</p>",
   foot="翠屏社区 cpsq.net 站务电话 0831-8126000 | 官方QQ群 638215097 | 蜀ICP备17004412号 | 网友言论仅代表其个人观点"),
 "fenlei": dict(name="曲靖百姓信息网", style="classifieds",
   menu=["首页", "招聘求职", "二手市场", "教育培训", "便民服务"],
   side="<h3>发布须知</h3><p>免费发布信息，请勿发布虚假信息。</p><p>联系电话格式示例：138xxxxxxxx</p>",
   foot="曲靖百姓信息网 qjbx.net | 客服 0874-3318899 | service@qjbx.net | 滇ICP备16003357号-1 | 信息由网友发布，交易前请核实"),
 "wenda": dict(name="问问知道", style="Q&A site",
   menu=["首页", "教育", "职场", "法律", "我要提问"],
   side="<h3>相关问题</h3><p>热门标签：考证 人工智能 补贴</p>",
   foot="问问知道 wwzd.cn | 违法和不良信息举报 report@wwzd.cn | 京ICP备15038271号-3 | 回答内容由用户提供，仅供参考"),
 "mp": dict(name="微文聚合", style="WeChat-article reposts",
   menu=["首页", "教育", "职场", "本地", "科技"],
   side="<h3>关于本站</h3><p>本站聚合公众号公开文章，版权归原作者。</p><p>商务合作微信：wzjh_bd</p>",
   foot="微文聚合 wzjh.com | 侵权删除请联系 copyright@wzjh.com | 商务微信 wzjh_bd | 粤ICP备18066213号"),
 "video": dict(name="抖快视频", style="short-video pages",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h3>热门话题</h3><p>#人工智能训练师 #考证 #副业</p>",
   foot="抖快视频 doukuai.com | 举报邮箱 jubao@doukuai.com | 未成年人保护热线 400-140-2108 | 京ICP备16016397号-5"),
 "news": dict(name="曲靖新闻网", style="local news",
   menu=["首页", "曲靖要闻", "民生", "教育", "专题"],
   side="<h3>新闻热线</h3><p>0874-3125110</p>",
   foot="曲靖新闻网 qjxww.cn 主办 | 新闻热线 0874-3125110 | 滇ICP备09002156号 | 互联网新闻信息服务许可证 53120170003"),
 "rsj": dict(name="宜宾市人力资源和社会保障局（信息公开）", style="人社局-style notice site",
   menu=["首页", "通知公告", "政策文件", "办事指南", "政民互动"],
   side="<h3>便民服务</h3><p>人社服务热线：12333</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：宜宾市人力资源和社会保障局 | 人社服务热线 12333 | 地址：宜宾市叙州区金沙江大道 | 蜀ICP备05003671号"),
 "shop": dict(name="优学商城", style="online shop",
   menu=["首页", "考证资料", "网课", "图书", "我的订单"],
   side="<h3>购物保障</h3><p>支持支付宝/微信支付；支付问题请联系支付宝客服 95188</p>",
   foot="优学商城 youxuemall.com | 客服热线 400-686-2020 | 支付宝客服 95188 | 浙ICP备20011854号-1 | 消费维权 12315"),
}
ORDER = ["zhiyun", "qjxinke", "kecheng", "bbs", "fenlei", "wenda", "mp", "video", "news", "rsj", "shop"]

PAGES = []

def P(path, title, body, offer=False, op=None, prov=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=prov, identifiers=[list(i) for i in ids], note=note))

def ph(v, w): return ("phone", v, w)
def wx(v, w): return ("wechat", v, w)
def qq(v, w): return ("qq", v, w)

# ================================================================ U01 宜宾智云 (honest-ish)
U01_land = ph("08312368815", "0831-2368815")
U01_dom = ("domain", "ybzhiyun.com", "www.ybzhiyun.com")
U01_mail = ("email", "zhiyunpx@163.com", "zhiyunpx#163.com")
U01_uscc = ("uscc", USCC_U01, USCC_U01)
U01_icp = ("other", "蜀ICP备2023018856号-1", "蜀ICP备2023018856号-1")
P("/zhiyun/index.html", "宜宾智云职业技能培训学校-人工智能训练师培训报名", """
<h1>人工智能训练师（4-04-05-05）五级/四级培训 春季班招生</h1>
<p>本校为宜宾市人社部门备案的民办职业培训学校，开设人工智能训练师（数据标注员方向）五级、四级培训。培训结束后由已备案的第三方评价机构组织理论+实操认定，合格者颁发职业技能等级证书，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<ul><li>五级：60课时，报名条件：本职业或相关职业累计工作1年以上</li><li>四级：50课时，需持五级证书满4年或满足其他条件</li>
<li>符合条件的参保职工可申领失业保险技能提升补贴（五级最高1000元、四级最高1500元），详询12333</li></ul>
<p>本期认定批次号：18020260315（以人社局公示为准），考点：宜宾职业技术学院实训楼，考点前台 0831-3530000</p>
<p>报名电话：0831-2368815 / 138 9091 2476（刘老师）</p>
""", True, "U01", "宜宾智云职业技能培训学校",
  [U01_land, ph("+8613890912476", "138 9091 2476"), U01_dom, U01_mail, U01_uscc, U01_icp], "training school home page inviting enrolment")
P("/zhiyun/course-ai.html", "课程设置-人工智能训练师四级", """
<h1>人工智能训练师 四级（中级工）周末班</h1>
<p>课程内容：数据采集和处理、数据标注、智能系统运维；理论与实操约3:7。学费2680元（含教材、实操平台账号），认定费另按评价机构标准收取。</p>
<p>不承诺通过，认定不合格可免费参加下期复训一次。</p>
<p>咨询：刘老师 13890912476（微信同号），也可加微信 zhiyun_px2024 获取课表。</p>
""", True, "U01", "智云职培",
  [U01_land, ph("+8613890912476", "13890912476"), wx("zhiyun_px2024", "zhiyun_px2024"), U01_dom, U01_mail, U01_uscc, U01_icp], "course detail page, level 4")

# ================================================================ U02 曲靖新科 (dishonest)
U02_400a = ph("4008265177", "400-826-5177")
U02_uscc = ("uscc", USCC_U02, USCC_U02)
U02_dom = ("domain", "qjxinke.cn", "qjxinke.cn")
P("/qjxinke/index.html", "新科教育-人社部颁发人工智能训练师证书 全国通用", """
<h1>人工智能训练师国家职业资格证书 火热报名中</h1>
<p>人社部颁发，全国联网可查，证书终身有效！零基础、不限学历、不限年龄，一次报考五级四级三级三证同发！</p>
<p>免培训直接考试，包过！不过全额退费。三级可挂靠企业，年入2万+。</p>
<p>证书编号样例：S000053010012263000158（入库可查）</p>
<p>全国招生热线：400-826-5177　老师微信：xk_qj8866　QQ：2875301946</p>
""", True, "U02", "新科教育", [U02_400a, wx("xk_qj8866", "xk_qj8866"), qq("2875301946", "2875301946"), U02_uscc, U02_dom],
  "agency home page: 人社部颁发, 三证同发, 包过")
P("/qjxinke/ai-trainer.html", "人工智能训练师报考-新科教育", """
<h1>2026年人工智能训练师报考简章（高级工/技师）</h1>
<p>技师、高级技师名额紧张，无需工作年限，零基础可直接报考二级，拿证即可评职称！</p>
<p>费用：三级3980元，二级6800元，三证打包立减1500元。</p>
<p>报名联系：159 8743 2210（微信同号），热线 400 826 5177</p>
""", True, "U02", "新科职业培训", [ph("+8615987432210", "159 8743 2210"), ph("4008265177", "400 826 5177"), U02_uscc, U02_dom],
  "agency course page: beginners direct to level 2, per-certificate price")

# ================================================================ platform: kecheng
KC = "<p class=meta>课程ID：{cid} | 已有{n}人购买 | 平台担保交易</p>"
P("/kecheng/course-1081.html", "人工智能训练师（数据标注）五级全程班-智云教育", KC.format(cid="KC1081", n=312) + """
<h1>人工智能训练师五级全程班（线上+宜宾线下实操）</h1>
<p>机构：智云教育（宜宾）。60课时，含数据标注实训平台；线下实操在宜宾校区完成，认定由备案评价机构组织。</p>
<p>价格：¥1980。课后答疑请添加班主任微信 Zhiyun_PX2024。</p>
<p>学员评价：老师讲得细，实操多。（宜宾 用户 小***）</p>
""", True, "U01", "智云教育", [wx("zhiyun_px2024", "Zhiyun_PX2024")], "marketplace course listing of U01")
P("/kecheng/course-1145.html", "【包拿证】人工智能训练师技师二级速成-华智认证", KC.format(cid="KC1145", n=87) + """
<h1>人工智能训练师二级（技师）速成，15天拿证</h1>
<p>华智认证中心出品：不看学历不看工龄，零基础直接报技师！不培训直接发证，官网可查。</p>
<p>售价：¥5800/证，报两证送一证。</p>
<p>报名热线：181-8032-6641　客服Q：1493306728</p>
""", True, "U03", "华智认证中心", [ph("+8618180326641", "181-8032-6641"), qq("1493306728", "1493306728")],
  "marketplace listing: 15-day technician cert for beginners")
P("/kecheng/course-1203.html", "人工智能训练师入门到拿证 原价9999限时99-易学AI训练营", KC.format(cid="KC1203", n=5620) + """
<h1>AI训练师入门训练营：90%小白都能学会</h1>
<p>易学AI训练营：原价9999，限时99！7天带你入门数据标注，结课送“人工智能训练师高级证书”，拿到证书便可升职加薪。</p>
<p>进群领资料：QQ群 756230418</p>
""", True, "U05", "易学AI训练营", [("qq_group", "756230418", "756230418")], "marketplace 99-yuan bootcamp with bundled 'certificate'")
P("/kecheng/course-1266.html", "数据标注实战课（人工智能训练师五级备考）-数标工坊", KC.format(cid="KC1266", n=143) + """
<h1>数据标注实战：图像、文本、语音标注工具全流程</h1>
<p>讲师：王老师（数标工坊），前某标注基地质检组长。本课只讲技能，不代办证书；需要考五级的同学请自行在当地备案机构报名。</p>
<p>价格：¥399。课程问题可电话 136 5801 1279 咨询（工作日）。</p>
""", True, "I01", "数标工坊", [ph("+8613658011279", "136 5801 1279")], "independent honest skills course")
P("/kecheng/course-1302.html", "工信部认证人工智能训练师三级-中科智训", KC.format(cid="KC1302", n=406) + """
<h1>人工智能训练师三级考试 由国家工信部职业技能鉴定中心主办</h1>
<p>中科智训（北京）：国家级证书，工信部认证，全国通用，入库可查（查询网址 www.zkzxcert.com/cx）。</p>
<p>报名：400-018-5296 ｜ 邮箱：zkzx_edu@qq.com</p>
""", True, "U07", "中科智训", [ph("4000185296", "400-018-5296"), ("email", "zkzx_edu@qq.com", "zkzx_edu@qq.com"),
  ("domain", "zkzxcert.com", "www.zkzxcert.com")], "marketplace listing: fake 工信部 claim, fake query domain")

# ================================================================ forum
P("/bbs/thread-1.html", "【宜宾】人工智能训练师五级周末班开班了，补贴可申领", """
<h1>【宜宾】人工智能训练师五级周末班开班了，补贴可申领</h1>
<div class=post><p class=author>楼主：智云小刘</p><p>南岸西区智云职培，人工智能训练师五级周末班三月开班，参保满一年的可以申请技能提升补贴。想了解的打 138-9091-2476 找我，或者官网 www.ybzhiyun.com 看课表。</p></div>
<div class=post><p class=author>2楼：江北老王</p><p>补贴是真的吗？打12333问过，说要交满一年失业保险。</p></div>
<div class=post><p class=author>3楼：智云小刘</p><p>对的，以人社局审核为准。</p></div>
""", True, "U01", "智云职培", [ph("+8613890912476", "138-9091-2476"), U01_dom], "forum post by U01 staff")
P("/bbs/thread-2.html", "有没有在宜宾考人工智能训练师的？滇智人才来宜宾开班了", """
<h1>滇智人才在宜宾开人工智能训练师班，有人报过吗</h1>
<div class=post><p class=author>楼主：云岭职培-张老师</p><p>我们是昆明滇智人才服务有限公司，四月在宜宾开四级班，理论+实操，认定由备案机构组织，不包过。咨询：137 0885 6123，邮箱 dianzhi_hr@126.com。</p></div>
<div class=post><p class=author>2楼：lily_yb</p><p>感兴趣，我微信 lily_yb0831，发下课表。</p></div>
""", True, "U04", "云岭职培（滇智人才）", [ph("+8613708856123", "137 0885 6123"), ("email", "dianzhi_hr@126.com", "dianzhi_hr@126.com")], "forum post by U04")
P("/bbs/thread-3.html", "【曝光】交了4980说包过，人工智能训练师证书查不到！", """
<h1>【曝光】交了4980说包过，人工智能训练师证书查不到！</h1>
<div class=post><p class=author>楼主：受骗的宜宾人</p><p>去年在网上找的所谓“中商认证”，说人社部颁发、包过，交了4980。拿到证在 zscx.osta.org.cn 根本查不到，对方给的查询网站是假的。骗子电话 151-2668-9011，大家别上当！已经打12315投诉。</p></div>
<div class=post><p class=author>2楼：路人甲</p><p>这个号码也打过我，说三证一起发。</p></div>
""", note="complaint thread quoting scammer's phone")
P("/bbs/thread-4.html", "三江人才：人工智能训练师四级宜宾本地考点，名额有限", """
<h1>三江人才：人工智能训练师四级宜宾本地考点</h1>
<div class=post><p class=author>楼主：三江人才服务</p><p>宜宾三江人才服务中心组织人工智能训练师四级培训，考点设在宜宾职业技术学院实训楼（考点前台 0831-3530000，仅负责考务）。报名：135-1822-7704 或座机 0831-8220576。</p></div>
<div class=post><p class=author>2楼：lily_yb</p><p>和上次那家比哪个好？加我 lily_yb0831 聊聊</p></div>
<div class=post><p class=author>3楼：小可爱</p><p>我也想报，我电话15808314426，有消息告诉我</p></div>
""", True, "U06", "三江人才服务中心", [ph("+8613518227704", "135-1822-7704"), ph("08318220576", "0831-8220576")], "forum post by U06 with reader contacts in replies")
P("/bbs/thread-5.html", "求问：人工智能训练师证书在哪查真假？", """
<h1>求问：人工智能训练师证书在哪查真假？</h1>
<div class=post><p class=author>楼主：翠屏小白</p><p>有人推销说人社部颁发，是不是真的？</p></div>
<div class=post><p class=author>2楼：HR阿敏</p><p>现在是职业技能等级证书，由备案的评价机构发，人社部不直接发。查询上 zscx.osta.org.cn 或者 osta.mohrss.gov.cn，不确定就打12333。</p></div>
""", note="forum question with honest advice")

# ================================================================ classifieds
FL = "<p class=meta>信息编号：{no} | 浏览{n}次 | 联系我时请说是在曲靖百姓信息网看到的</p>"
P("/fenlei/post-1.html", "曲靖人工智能训练师证书报名 包过 人社部颁发", FL.format(no="QJ2026031401", n=2210) + """
<h1>人工智能训练师证书 曲靖报名点 包过</h1>
<p>鑫科教育曲靖报名点：人社部颁发国家证书，零基础三个月拿证，全国通用。免费咨询 15987432210，微信 XK_QJ8866。</p>
<p>证书编号样例：S000053010012263000158</p>
""", True, "U02", "鑫科教育", [ph("+8615987432210", "15987432210"), wx("xk_qj8866", "XK_QJ8866")], "classified ad of U02 under another brand")
P("/fenlei/post-2.html", "人工智能训练师技师证 不培训直接发证 全国可查", FL.format(no="QJ2026031522", n=980) + """
<h1>蓉城AI学院 人工智能训练师技师证急招学员</h1>
<p>不用上课，提供资料即可办理，技师证书一个月出证，可评职称。</p>
<p>电话：181 8032 6641</p>
""", True, "U03", "蓉城AI学院", [ph("+8618180326641", "181 8032 6641")], "classified ad of U03 under another brand")
P("/fenlei/post-3.html", "麒麟职教：人工智能训练师五级培训（可申领补贴）", FL.format(no="QJ2026031807", n=455) + """
<h1>麒麟职教 人工智能训练师五级培训 曲靖本地班</h1>
<p>曲靖市麒麟区宏业职业技能培训学校（麒麟职教），人社部门备案的培训学校。五级60课时，理论+实操，认定合格后证书可在全国联网查询。参保职工可按规定申领技能提升补贴。</p>
<p>联系：0874-3126650 / 158 8741 0392（周老师）</p>
<p>本期认定批次号：18020260315</p>
""", True, "U08", "麒麟职教", [ph("08743126650", "0874-3126650"), ph("+8615887410392", "158 8741 0392")], "classified ad of U08")
P("/fenlei/post-4.html", "人工智能训练师证挂靠 年入2万 途程考证", FL.format(no="QJ2026032003", n=1703) + """
<h1>考人工智能训练师证，挂靠企业年入2万</h1>
<p>途程考证：报名即送题库，包过班，三级证书可挂靠，一证在手年年有钱。电话 199-8726-1530，扣扣 3312874509。</p>
""", True, "U09", "途程考证", [ph("+8619987261530", "199-8726-1530"), qq("3312874509", "3312874509")], "classified ad of U09: 挂靠 lure")
P("/fenlei/post-5.html", "人工智能训练师考试辅导 一对一 曲靖", FL.format(no="QJ2026032118", n=132) + """
<h1>人工智能训练师五级考试一对一辅导（曲靖城区）</h1>
<p>本人在数据标注公司做过两年，可辅导理论和实操，只辅导不办证。200元/次。陈老师 18288436105</p>
""", True, "I02", "陈老师", [ph("+8618288436105", "18288436105")], "independent tutor classified")
P("/fenlei/post-6.html", "出售九成新电动车 雅迪", FL.format(no="QJ2026032230", n=77) + """
<h1>出售九成新雅迪电动车</h1>
<p>买了半年，因搬家出售，价格面议。麒麟区可看车。电话：13800138000（发布模板默认号码，请私信联系）</p>
""", note="unrelated classified with template placeholder number")

# ================================================================ Q&A
P("/wenda/q-1.html", "人工智能训练师证书含金量高吗？在昆明哪里考？", """
<h1>人工智能训练师证书含金量高吗？在昆明哪里考？</h1>
<div class=answer><p class=author>滇智人才张老师 的回答：</p><p>证书是职业技能等级证书，由备案的评价机构颁发，不是国家职业资格证书。我们滇智人才在昆明、曲靖、宜宾都有班，五级需相关工作满1年。详情可致电 0871-65123478，或加微信 dzrc0871。</p></div>
<div class=answer><p class=author>网友 的回答：</p><p>别信包过的，查证上 zscx.osta.org.cn。</p></div>
""", True, "U04", "滇智人才", [ph("087165123478", "0871-65123478"), wx("dzrc0871", "dzrc0871")], "Q&A answer by U04 inviting enrolment")
P("/wenda/q-2.html", "零基础能学人工智能训练师吗？", """
<h1>零基础能学人工智能训练师吗？</h1>
<div class=answer><p class=author>学霸星球AI 的回答：</p><p>完全可以！我们学霸星球AI训练营90%小白都能学会，原价9999现在只要99，结课就发证。V：yixueai99，或拨打 177 6045 1289。</p></div>
""", True, "U05", "学霸星球AI训练营", [wx("yixueai99", "yixueai99"), ph("+8617760451289", "177 6045 1289")], "Q&A answer by U05 under another brand")
P("/wenda/q-3.html", "人工智能训练师证书是人社部颁发的吗？", """
<h1>人工智能训练师证书是人社部颁发的吗？</h1>
<div class=answer><p class=author>人社小知识 的回答：</p><p>不是。2020年后人工智能训练师属于职业技能等级认定，由备案的用人单位或社会培训评价组织颁发，证书上有 jndj.osta.org.cn 查询地址。可在 zscx.osta.org.cn 查询，也可在 osta.mohrss.gov.cn 查备案机构。宣传“人社部颁发”“包过”的要小心，可拨打12333核实，上当可打12315投诉。</p></div>
""", note="Q&A honest answer with official sites and hotlines")
P("/wenda/q-4.html", "人工智能训练师证可以挂靠吗？一年多少钱？", """
<h1>人工智能训练师证可以挂靠吗？一年多少钱？</h1>
<div class=answer><p class=author>鸿途教育-小周 的回答：</p><p>可以的，我们鸿途教育长期收人工智能训练师三级挂靠，考证包过班报名送挂靠渠道。证书编号样例 S000053010012263000158 可查。详询 19987261530，或加V：ht_kaozheng。</p></div>
<div class=answer><p class=author>网友 的回答：</p><p>这证没有挂靠价值，别信。</p></div>
""", True, "U09", "鸿途教育", [ph("+8619987261530", "19987261530"), wx("ht_kaozheng", "ht_kaozheng")], "Q&A answer by U09: 挂靠 lure")
P("/wenda/q-5.html", "沾益哪里可以培训人工智能训练师？", """
<h1>沾益哪里可以培训人工智能训练师？</h1>
<div class=answer><p class=author>恒信职校 的回答：</p><p>沾益区恒信职业培训学校下月开五级班，在线报名表：jinshuju.net/f/Hx7Q2a，电话（0874）3061827。</p></div>
""", True, "I06", "沾益区恒信职业培训学校", [ph("08743061827", "（0874）3061827")], "independent school answering in Q&A")

# ================================================================ WeChat reposts
MPH = "<p class=meta>来源公众号：{acc} | 转载于微文聚合</p>"
P("/mp/a-1.html", "宜宾人注意！人工智能训练师四级本地考点开放报名", MPH.format(acc="三江职校") + """
<h1>宜宾人注意！人工智能训练师四级本地考点开放报名</h1>
<p>三江职校（宜宾三江人才服务中心）本期四级班招生，考点宜宾职业技术学院实训楼，考点前台 0831-3530000 只负责考务，报名请联系我们。</p>
<p>报名微信：sanjiang_rc　报名电话：0831 8220576</p>
""", True, "U06", "三江职校", [wx("sanjiang_rc", "sanjiang_rc"), ph("08318220576", "0831 8220576")], "WeChat repost of U06")
P("/mp/a-2.html", "国家级人工智能训练师证书，工信部认证，全国通用", MPH.format(acc="中科智训教育") + """
<h1>国家级人工智能训练师证书报名通道开启</h1>
<p>证书全国通用、国家级、工信部认证，职业技能等级证书直接对应职称证书。证书查询：zkzxcert.com</p>
<p>报名咨询 4000-185-296，统一社会信用代码 """ + USCC_U07 + """</p>
""", True, "U07", "中科智训教育科技（北京）有限公司", [ph("4000185296", "4000-185-296"), ("domain", "zkzxcert.com", "zkzxcert.com"), ("uscc", USCC_U07, USCC_U07)],
  "WeChat repost of U07: 国家级, 对应职称")
P("/mp/a-3.html", "曲靖：人工智能训练师补贴培训开班啦", MPH.format(acc="麒麟职教") + """
<h1>曲靖：人工智能训练师五级补贴培训开班啦</h1>
<p>符合条件的参保职工可申领技能提升补贴，最高1000元。在线报名：jinshuju.net/f/QL26ai</p>
<p>咨询微信：qlzj0874　座机：0874 3126650</p>
""", True, "U08", "麒麟职教", [wx("qlzj0874", "qlzj0874"), ph("08743126650", "0874 3126650")], "WeChat repost of U08")
P("/mp/a-4.html", "宜宾职业技术学院继续教育学院2026年人工智能训练师社会培训招生", MPH.format(acc="宜职院继续教育") + """
<h1>宜宾职业技术学院继续教育学院2026年人工智能训练师社会培训招生</h1>
<p>面向社会人员开设人工智能训练师五级培训，按国家职业技能标准（2021年版）授课，认定由备案机构实施。报名咨询：0831-3530112（继续教育学院办公室，非考点前台）。</p>
""", True, "I03", "宜宾职业技术学院继续教育学院", [ph("08313530112", "0831-3530112")], "college enrolment repost (independent)")
P("/mp/a-5.html", "警惕！“包过”“人社部颁发”的AI证书骗局", MPH.format(acc="曲靖警方") + """
<h1>警惕！“包过”“人社部颁发”的AI证书骗局</h1>
<p>近期有不法分子冒充培训机构，以“人社部颁发”“包过”为名推销人工智能训练师证书。涉案电话 177-0882-3456、微信 zsrz_kefu01 均已被查处。请通过 zscx.osta.org.cn 查询证书，拨打12333咨询。</p>
""", note="police warning repost quoting scam contacts")
P("/mp/a-6.html", "云岭职培：人工智能训练师四级线上+线下混合班", MPH.format(acc="云岭职培") + """
<h1>云岭职培：人工智能训练师四级混合班招生</h1>
<p>滇智人才旗下云岭职培，四级50课时，线上理论+线下实操。报名表：jinshuju.net/f/YL4mix</p>
<p>咨询：13708856123（张老师）／ 邮箱 dianzhi_hr@126.com</p>
""", True, "U04", "云岭职培", [ph("+8613708856123", "13708856123"), ("email", "dianzhi_hr@126.com", "dianzhi_hr@126.com")], "WeChat repost of U04")

# ================================================================ short video
VH = "<p class=meta>@{acc} · 点赞{n} · 评论区</p>"
P("/video/v-1.html", "零基础考技师！人工智能训练师一个月拿证", VH.format(acc="华智云培", n="1.2万") + """
<h1>零基础考技师！人工智能训练师一个月拿证</h1>
<p>视频文案：不看学历不看工龄，二级技师直接报，拿证可评职称！主页加微信 hzrz_ai，扣1493306728也行。</p>
""", True, "U03", "华智云培", [wx("hzrz_ai", "hzrz_ai"), qq("1493306728", "1493306728")], "short video of U03")
P("/video/v-2.html", "AI训练师原价9999限时99", VH.format(acc="易学AI", n="3.4万") + """
<h1>AI训练师原价9999限时99，90%小白都能学会</h1>
<p>视频文案：评论区扣“想学”，进粉丝群 756 230 418 领资料，私信加V yixueai99。</p>
""", True, "U05", "易学AI", [("qq_group", "756230418", "756 230 418"), wx("yixueai99", "yixueai99")], "short video of U05")
P("/video/v-3.html", "宜宾本地考人工智能训练师四级，带你看考点", VH.format(acc="三江人才", n="2860") + """
<h1>宜宾本地考人工智能训练师四级，带你看考点</h1>
<p>视频文案：今天带大家看看宜宾职院实训楼考点。报名找三江人才，电话 135 1822 7704，微信 Sanjiang_RC。</p>
""", True, "U06", "三江人才", [ph("+8613518227704", "135 1822 7704"), wx("sanjiang_rc", "Sanjiang_RC")], "short video of U06")
P("/video/v-4.html", "考个证年入2万？人工智能训练师挂靠揭秘", VH.format(acc="途程考证", n="6021") + """
<h1>考个证年入2万？人工智能训练师证挂靠</h1>
<p>视频文案：包过班最后20个名额！加V：HT_kaozheng，或扣扣 3312 874 509。</p>
""", True, "U09", "途程考证", [wx("ht_kaozheng", "HT_kaozheng"), qq("3312874509", "3312 874 509")], "short video of U09")
P("/video/v-5.html", "数据标注员真实工作日常 | 想入行的看过来", VH.format(acc="AI老郑", n="8932") + """
<h1>数据标注员真实工作日常</h1>
<p>视频文案：我在曲靖带标注小班，顺便辅导人工智能训练师五级考试，小班8人，想报名加我微信 zheng_ai_coach。评论区网友：“老师我微信 lily_yb0831”</p>
""", True, "I04", "AI老郑", [wx("zheng_ai_coach", "zheng_ai_coach")], "independent short-video coach")

# ================================================================ news
P("/news/n-1.html", "曲靖警方提醒：警惕“人工智能证书包过”诈骗", """
<h1>曲靖警方提醒：警惕“人工智能证书包过”诈骗</h1>
<p>本报讯 近日，麒麟区一市民被“包过、人社部颁发”的人工智能训练师证书广告骗走5800元。警方提示，涉案号码177-0882-3456、151-2668-9011及微信zsrz_kefu01已被封停。证书真伪请登录技能人才评价证书全国联网查询 zscx.osta.org.cn，或拨打12333、12315。</p>
""", note="news: police warning quoting scam numbers")
P("/news/n-2.html", "我市首批人工智能训练师完成技能等级认定", """
<h1>我市首批人工智能训练师完成技能等级认定</h1>
<p>日前，曲靖市首批120名人工智能训练师（五级、四级）完成职业技能等级认定。认定由经人社部门备案的评价机构实施，证书可在 zscx.osta.org.cn 查询。相关补贴政策可咨询12333。</p>
""", note="news report, non-offer")
P("/news/n-3.html", "【推广】中科智训：AI时代，一张国家级证书让你抢占先机", """
<h1>【推广】中科智训：AI时代，一张国家级证书让你抢占先机</h1>
<p>中科智训教育是人工智能训练师考证领军品牌，证书由国家工信部职业技能鉴定中心主办考试，全国通用。报名电话：4000185296；邮箱：ZKZX_EDU@qq.com</p>
""", True, "U07", "中科智训教育", [ph("4000185296", "4000185296"), ("email", "zkzx_edu@qq.com", "ZKZX_EDU@qq.com")], "advertorial of U07 on news site")

# ================================================================ rsj notices
P("/rsj/notice-1.html", "关于2026年职业技能提升补贴申领的通知", """
<h1>关于2026年职业技能提升补贴申领的通知</h1>
<p>参加失业保险累计1年以上的企业职工，取得职业技能等级证书的，可申领技能提升补贴：五级1000元、四级1500元、三级2000元。证书须可在 zscx.osta.org.cn 查询。咨询电话：12333。</p>
""", note="official-style subsidy notice")
P("/rsj/notice-2.html", "关于公布2026年第一批人工智能训练师职业技能等级认定计划的公告", """
<h1>关于公布2026年第一批人工智能训练师职业技能等级认定计划的公告</h1>
<p>认定批次号：18020260315；考点：宜宾职业技术学院实训楼（考点前台 0831-3530000）。评价机构名单见 osta.mohrss.gov.cn。本局未委托任何中介收费代报。咨询12333。</p>
""", note="official-style assessment plan notice")

# ================================================================ shop
SH = "<p class=meta>月销{n} | 店铺：{shop} | 订单咨询请走平台客服</p>"
P("/shop/item-1.html", "人工智能训练师证书报名 三级 包过 人社部颁发", SH.format(n=96, shop="新科考证专营店") + """
<h1>人工智能训练师三级证书 报名费 包过 不过退款</h1>
<p>拍下联系客服登记信息，人社部颁发，国家职业资格证书！售后微信：xk_qj8866；热线 4008-265-177。</p>
<p>证书编号样例：S000053010012263000158</p>
""", True, "U02", "新科考证专营店", [wx("xk_qj8866", "xk_qj8866"), ph("4008265177", "4008-265-177")], "shop listing of U02")
P("/shop/item-2.html", "人工智能训练师四级教材+实操平台账号", SH.format(n=38, shop="滇智人才图书店") + """
<h1>人工智能训练师四级教材+实操平台账号（滇智人才）</h1>
<p>含教材一本、实操平台90天账号、可报名线下培训班。售后：dianzhi_hr@126.com；微信 DZRC0871。</p>
""", True, "U04", "滇智人才图书店", [("email", "dianzhi_hr@126.com", "dianzhi_hr@126.com"), wx("dzrc0871", "DZRC0871")], "shop listing of U04")
P("/shop/item-3.html", "曲靖麒麟职教 人工智能训练师五级培训 定金", SH.format(n=21, shop="麒麟职教") + """
<h1>人工智能训练师五级培训 定金200元</h1>
<p>收款方：曲靖市麒麟区宏业职业技能培训学校（统一社会信用代码 """ + USCC_U08 + """）。客服微信 qlzj0874，手机 15887410392。</p>
""", True, "U08", "麒麟职教", [("other", "曲靖市麒麟区宏业职业技能培训学校", "曲靖市麒麟区宏业职业技能培训学校"), ("uscc", USCC_U08, USCC_U08),
  wx("qlzj0874", "qlzj0874"), ph("+8615887410392", "15887410392")], "shop deposit listing of U08")
P("/shop/item-4.html", "人工智能训练师五级四级题库 2026新版", SH.format(n=1204, shop="考证宝典旗舰店") + """
<h1>人工智能训练师五级/四级理论题库+视频课</h1>
<p>考证宝典旗舰店：2000+题，含解析，配套视频课可报名学习。店主QQ：2210473385。订单编号示例：20260314187725。</p>
""", True, "I05", "考证宝典旗舰店", [qq("2210473385", "2210473385")], "independent shop: question bank + course")
P("/shop/item-5.html", "三江人才 人工智能训练师四级培训报名费", SH.format(n=14, shop="三江人才服务") + """
<h1>人工智能训练师四级培训报名费（宜宾本地班）</h1>
<p>宜宾三江人才服务中心，拍下后联系 0831-8220576 确认开班时间。订单编号示例：20260314187725。</p>
""", True, "U06", "三江人才服务中心", [ph("08318220576", "0831-8220576")], "shop listing of U06")

# ================================================================ index pages
def site_pages(key):
    return [p for p in PAGES if p["path"].startswith("/" + key + "/")]

INTRO = {
 "zhiyun": "宜宾智云职业技能培训学校欢迎您。", "qjxinke": "新科教育：专业考证服务。",
 "kecheng": "学无忧课堂：职业技能好课都在这里。", "bbs": "翠屏社区：宜宾人自己的论坛。",
 "fenlei": "曲靖百姓信息网：免费发布分类信息。发布模板：联系人 张先生 电话 13800138000",
 "wenda": "问问知道：有问题，就问问。", "mp": "微文聚合：精选公众号文章。",
 "video": "抖快视频：记录美好生活。", "news": "曲靖新闻网：权威本地新闻。",
 "rsj": "宜宾市人力资源和社会保障局政务信息公开。", "shop": "优学商城：考证学习好物。",
}

def build_indexes():
    for key in ORDER:
        if key in ("zhiyun", "qjxinke"):
            continue  # their index pages are offer pages written above
        items = "".join('<li><a href="%s">%s</a></li>' % (os.path.basename(p["path"]), p["title"]) for p in site_pages(key))
        PAGES.append(dict(path="/%s/index.html" % key, title=SITES[key]["name"] + " 首页",
                          body="<h1>%s</h1><p>%s</p><ul>%s</ul>" % (SITES[key]["name"], INTRO[key], items),
                          is_offer=False, operator=None, provider=None, identifiers=[], note="site index page"))

def render(p):
    key = p["path"].split("/")[1]
    s = SITES[key]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (key, m) for m in s["menu"])
    sibs = [q for q in PAGES if q["path"].startswith("/" + key + "/") and q["path"] != p["path"]]
    related = "".join('<li><a href="/%s">%s</a></li>' % (q["path"].lstrip("/"), q["title"]) for q in sibs[:6])
    crumb = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (key, s["name"], p["title"])
    extra = ""
    if key in ("zhiyun", "qjxinke"):
        extra = "<ul>" + "".join('<li><a href="/%s">%s</a></li>' % (q["path"].lstrip("/"), q["title"]) for q in sibs) + "</ul>"
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title></head>
<body><header><div class=logo>%s</div><nav>%s</nav></header>
<div class=crumb>%s</div>
<main>%s</main>
<aside>%s<h3>相关推荐</h3><ul>%s</ul>%s</aside>
<footer>%s</footer></body></html>
""" % (p["title"], s["name"], s["name"], menu, crumb, p["body"], s["side"], related, extra, s["foot"])

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline quoted by sellers, news and notices"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4008601357", ["400-860-1357"], "marketplace 学无忧课堂 footer customer service"),
 ("email", "kefu@xuewuyou.com", ["kefu@xuewuyou.com"], "marketplace footer e-mail"),
 ("domain", "xuewuyou.com", ["xuewuyou.com"], "marketplace's own domain"),
 ("other", "蜀ICP备19027735号-2", ["蜀ICP备19027735号-2"], "marketplace ICP"),
 ("qq_group", "638215097", ["638215097"], "forum's official QQ group in sidebar/footer"),
 ("phone", "08318126000", ["0831-8126000"], "forum staff phone in footer"),
 ("phone", "08743318899", ["0874-3318899"], "classifieds footer customer service"),
 ("email", "service@qjbx.net", ["service@qjbx.net"], "classifieds footer e-mail"),
 ("other", "滇ICP备16003357号-1", ["滇ICP备16003357号-1"], "classifieds ICP"),
 ("email", "report@wwzd.cn", ["report@wwzd.cn"], "Q&A site report e-mail"),
 ("wechat", "wzjh_bd", ["wzjh_bd"], "repost site's business WeChat"),
 ("email", "jubao@doukuai.com", ["jubao@doukuai.com"], "video platform report e-mail"),
 ("phone", "4001402108", ["400-140-2108"], "video platform minors hotline"),
 ("phone", "08743125110", ["0874-3125110"], "news site hotline"),
 ("phone", "4006862020", ["400-686-2020"], "shop platform customer service"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("phone", "+8615126689011", ["151-2668-9011"], "scammer number quoted in complaint and news"),
 ("phone", "+8617708823456", ["177-0882-3456"], "scammer number quoted in police warnings"),
 ("wechat", "zsrz_kefu01", ["zsrz_kefu01"], "scammer WeChat quoted in warnings"),
 ("phone", "+8618020260315", ["18020260315"], "assessment batch number that looks like a mobile, quoted by notice and two sellers"),
 ("other", "S000053010012263000158", ["S000053010012263000158"], "sample certificate number shown by several sellers"),
 ("other", "20260314187725", ["20260314187725"], "order-number example on shop pages"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
 ("phone", "138xxxxxxxx", ["138xxxxxxxx"], "template placeholder in classifieds sidebar"),
 ("wechat", "lily_yb0831", ["lily_yb0831"], "a reader's own WeChat in comments under different sellers"),
 ("phone", "+8615808314426", ["15808314426"], "a reader's own phone in a comment"),
 ("phone", "08313530000", ["0831-3530000"], "exam venue front desk quoted by two sellers and the notice"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
]

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    build_indexes()
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, SITES[k]["name"], SITES[k]["style"]) for k in ORDER)
    html["/index.html"] = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>'
                           "<body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % hub)
    for path, text in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
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
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, t in html.items() if path != "/index.html" and any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pages, "why": why})
    truth = {"pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(PAGES), "offers", sum(p["is_offer"] for p in PAGES))

if __name__ == "__main__":
    main()
