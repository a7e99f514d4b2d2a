#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer certificate sellers (deterministic, stdlib only)."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPH.index(c) * w for c, w in zip(s17, W18))
    r = 31 - s % 31
    return s17 + ALPH[0 if r == 31 else r]

C_U01 = uscc("91110108", "MA01KH7Q")   # 北京恒智教育科技有限公司
C_U02 = uscc("91330106", "MA2B3QW4")   # 杭州启明信息咨询有限公司
C_U04 = uscc("91110105", "MA04TX2L")   # 北京中科智培教育科技有限公司 (state-sounding name, 91 = company)
C_U06 = uscc("12330200", "42712583")   # 宁波某职业技术学院 (事业单位)
C_U07 = uscc("52310104", "MJ4P8820")   # 上海智联产训职业技能培训中心 (民非)

# ---------------------------------------------------------------- sites
SITES = {
 "hengzhi": dict(name="恒智教育", domain="www.hengzhi-edu.cn", style="training-company (brand HQ + franchise campuses)",
     menu=["首页", "课程中心", "全国校区", "加盟合作", "关于恒智"],
     footer="恒智教育 版权所有 | 官网 www.hengzhi-edu.cn | 加盟招商邮箱 zhaoshang@hengzhi-edu.cn | 京ICP备19027654号"),
 "zkzp": dict(name="中科智培", domain="www.zkzhipei.com", style="training-company (state-sounding national brand + branch)",
     menu=["首页", "证书项目", "分支机构", "证书查询", "联系我们"],
     footer="中科智培人工智能人才培养工程 | www.zkzhipei.com | 京ICP备20011873号"),
 "keduoduo": dict(name="课多多", domain="www.keduoduo.cn", style="course marketplace",
     menu=["首页", "职业技能", "IT互联网", "考证", "入驻机构"],
     footer="课多多在线教育平台 客服热线 400-118-5266 | 客服邮箱 kefu@keduoduo.cn | 京ICP备18043721号-2 | 平台仅提供信息展示，课程由入驻机构提供"),
 "zkbbs": dict(name="职考论坛", domain="bbs.zhikao365.net", style="forum",
     menu=["论坛首页", "职业技能证", "考证交流", "曝光台", "版规"],
     footer="职考论坛 bbs.zhikao365.net | 论坛官方交流群 614802337 | 帖子内容仅代表作者观点"),
 "fenlei": dict(name="百事通分类信息网", domain="www.bstfenlei.com", style="classifieds",
     menu=["首页", "教育培训", "招聘", "二手", "发布信息"],
     footer="百事通分类信息网 客服电话 010-56871234 | 京ICP备15066342号 | 请勿提前汇款，谨防诈骗"),
 "wenda": dict(name="知了问答", domain="www.zhiliaowenda.com", style="Q&A",
     menu=["首页", "教育", "职场", "我要提问", "达人榜"],
     footer="知了问答 www.zhiliaowenda.com | 粤ICP备16058822号 | 回答内容由网友提供"),
 "wxwz": dict(name="微文摘", domain="www.wxwenzhai.cn", style="WeChat-article reposts",
     menu=["首页", "教育", "职场", "科技", "生活"],
     footer="微文摘 wxwenzhai.cn 转载文章版权归原公众号所有，如有侵权请联系删除"),
 "douke": dict(name="抖客视频", domain="www.doukeshipin.com", style="short-video pages",
     menu=["推荐", "知识", "职场", "直播", "上传"],
     footer="抖客视频 | 违法和不良信息举报电话 12377 | 网络文化经营许可证 浙网文〔2023〕0318-011号"),
 "news": dict(name="新城在线", domain="www.xinchengzx.com", style="local news portal",
     menu=["首页", "本地", "教育", "民生", "商讯"],
     footer="新城在线 新闻热线 0571-87770000 | 浙ICP备12034567号"),
 "rsj": dict(name="某市人力资源和社会保障局", domain="rsj.mocheng.gov.cn", style="人社局 notice site",
     menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
     footer="主办：某市人力资源和社会保障局 | 政务服务热线 12333 | 网站标识码 3301000123"),
 "shop": dict(name="淘课商城", domain="www.taokeshop.cn", style="online shop",
     menu=["首页", "职业技能", "考证资料", "热销", "购物车"],
     footer="淘课商城 | 交易由支付宝担保，支付问题请联系支付宝客服 95188 | 沪ICP备17009921号"),
}

PAGES = []  # dicts

def P(site, fn, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, fn=fn, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, ids=list(ids), note=note))

# ================================================================ hengzhi (brand site)
P("hengzhi", "index.html", "恒智教育-全国连锁职业技能培训品牌", """
<p>恒智教育创立于2016年，专注职业技能培训，目前在北京、杭州等地设有校区（部分为加盟合作校区，独立经营）。</p>
<ul><li><a href="beijing.html">北京总部 人工智能训练师课程</a></li><li><a href="hangzhou.html">杭州校区 人工智能训练师四级/三级</a></li><li><a href="join.html">城市合伙人招募</a></li></ul>
<p>人工智能训练师（职业编码4-04-05-05）是2020年人社部等部门发布的新职业，包含数据标注员、人工智能算法测试员两个工种。</p>""",
  note="brand site home page")
P("hengzhi", "beijing.html", "人工智能训练师（五级/四级）周末班-恒智教育北京总部", """
<h2>恒智教育北京总部 · 人工智能训练师周末班</h2>
<p>依据《人工智能训练师国家职业技能标准(2021年版)》授课，五级60课时、四级50课时，理论+实操。
认定由已备案的评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
<p>学费：五级 2680元，四级 3280元。符合条件的参保学员可申请技能提升补贴（五级最高1000元，四级最高1500元），以当地人社部门审核为准。</p>
<p>报名条件：五级需本职业或相关职业累计工作满1年，或经本职业学徒培训毕业。</p>
<p>全国服务热线：400-618-7733（工作日9:00-18:00）</p>
<p>主办单位：北京恒智教育科技有限公司 统一社会信用代码：%s</p>""" % C_U01,
  offer=True, op="U01", provider="恒智教育北京总部",
  ids=[("phone", "4006187733", "400-618-7733"), ("uscc", C_U01, C_U01)],
  note="HQ course page on the brand site; honest")
P("hengzhi", "hangzhou.html", "杭州校区｜人工智能训练师四级三级考证-恒智教育", """
<h2>恒智教育杭州校区（加盟校区）</h2>
<p>杭州校区由杭州启明信息咨询有限公司运营，开设人工智能训练师四级、三级班，小班教学，<b>通过率高</b>，考前串讲。</p>
<p>考试地点：杭州市职业技能鉴定考点（前台 0571-86011234，仅提供考场咨询）。</p>
<p>校区咨询：137-5716-2094 张老师 ｜ 邮箱：qiming_hz@163.com</p>
<p>运营主体统一社会信用代码：%s</p>""" % C_U02,
  offer=True, op="U02", provider="恒智教育杭州校区",
  ids=[("phone", "+8613757162094", "137-5716-2094"), ("email", "qiming_hz@163.com", "qiming_hz@163.com"), ("uscc", C_U02, C_U02)],
  note="franchise campus page on the brand site; operated by a separate company")
P("hengzhi", "join.html", "城市合伙人招募-恒智教育", """
<h2>恒智教育城市合伙人招募</h2>
<p>总部提供课程体系、师资培训、品牌授权。欢迎有教育资源的合作伙伴加入。</p>
<p>请将合作意向发送至招商邮箱，招商经理将在3个工作日内回复。</p>""", note="franchise recruitment page, not a course offer")

# ================================================================ zkzp (brand site)
P("zkzp", "index.html", "中科智培-人工智能人才培养工程", """
<p>中科智培致力于人工智能人才培养，在全国设有30余家分支机构。</p>
<ul><li><a href="course.html">人工智能训练师证书（国家级）</a></li><li><a href="guangzhou.html">广州分中心</a></li></ul>""", note="brand site home page")
P("zkzp", "course.html", "人工智能训练师证书报名-人社部颁发 国家级-中科智培", """
<h2>人工智能训练师 国家职业资格证书 报名中</h2>
<p>人社部颁发，国家级证书，全国通用，终身有效！零基础、不限学历、不限经验，可直接报考二级/技师。</p>
<p>三级+二级+一级 三证同报立减2000元，<b>包过</b>，不过全额退费。证书入库，全国联网可查：www.zkzp-cx.com</p>
<p>报名热线：400-893-6615</p>
<p>北京中科智培教育科技有限公司 统一社会信用代码 %s</p>""" % C_U04,
  offer=True, op="U04", provider="中科智培",
  ids=[("phone", "4008936615", "400-893-6615"), ("uscc", C_U04, C_U04), ("domain", "zkzp-cx.com", "zkzp-cx.com")],
  note="dishonest national brand: 人社部颁发, 国家职业资格, 包过, three levels, fake query site")
P("zkzp", "guangzhou.html", "中科智培广州分中心-人工智能训练师报名", """
<h2>中科智培广州分中心</h2>
<p>广州分中心（运营：广州粤智教育咨询有限公司）承接华南地区人工智能训练师报名，周期短、拿证快，考前提供内部题库。</p>
<p>广州补贴政策：三级最高可申领3120元（以人社审核为准）。</p>
<p>分中心电话：020-38672150 地址：天河区体育西路</p>""",
  offer=True, op="U05", provider="中科智培广州分中心",
  ids=[("phone", "02038672150", "020-38672150")],
  note="branch of the national brand, separate operator; 内部题库")

# ================================================================ keduoduo (marketplace)
P("keduoduo", "index.html", "课多多-职业技能课程", """
<p>本周热门：人工智能训练师</p>
<ul><li><a href="c1021.html">恒智AI学院 人工智能训练师四级</a></li><li><a href="c1187.html">中科智培 AI训练师三证同报</a></li>
<li><a href="c1203.html">继续教育学院 人工智能训练师五级</a></li><li><a href="c1240.html">智联产训 人工智能训练师三级</a></li>
<li><a href="c1302.html">慧思培训 数据标注员</a></li></ul>""", note="marketplace index")
P("keduoduo", "c1021.html", "人工智能训练师四级直播课-恒智AI学院-课多多", """
<h2>人工智能训练师（四级）直播+录播</h2><p>机构：恒智AI学院 ｜ 课时：50 ｜ 价格：¥2980</p>
<p>课程覆盖数据采集和处理、数据标注、智能系统运维。结业后统一安排等级认定。</p>
<p>机构联系方式：4006 187 733 ；课程顾问微信 hengzhi_ai01</p>""",
  offer=True, op="U01", provider="恒智AI学院",
  ids=[("phone", "4006187733", "4006 187 733"), ("wechat", "hengzhi_ai01", "hengzhi_ai01")],
  note="marketplace listing of U01 under another brand")
P("keduoduo", "c1187.html", "AI训练师三证同报-中科智培人工智能学院-课多多", """
<h2>人工智能训练师 三级/二级/一级 三证同报</h2><p>机构：中科智培人工智能学院 ｜ 价格：¥6980（原价¥12800）</p>
<p>国家级证书，国家工信部职业技能鉴定中心联合认证，职业技能等级证书直接对应职称证书，可挂靠年入3万+。</p>
<p>机构资质：统一社会信用代码 %s ｜ 招生邮箱 ZKZP_ZS@126.com</p>""" % C_U04,
  offer=True, op="U04", provider="中科智培人工智能学院",
  ids=[("uscc", C_U04, C_U04), ("email", "zkzp_zs@126.com", "ZKZP_ZS@126.com")],
  note="dishonest: three levels bundle, 工信部 claim, 职称, 挂靠")
P("keduoduo", "c1203.html", "人工智能训练师五级（数据标注员）-继续教育学院-课多多", """
<h2>人工智能训练师（数据标注员）五级 培训+认定</h2><p>机构：宁波科技职业学院继续教育学院 ｜ 价格：¥1680（含认定费）</p>
<p>学院为已备案评价机构，证书可在技能人才评价证书全国联网查询平台查询。报名需本职业或相关职业累计工作满1年。</p>
<p>政策咨询可拨打12333。考点：杭州市职业技能鉴定考点（前台 0571-86011234）。</p>
<p>联系电话：0574-87926318 ｜ 事业单位法人证书统一社会信用代码 %s</p>""" % C_U06,
  offer=True, op="U06", provider="宁波科技职业学院继续教育学院",
  ids=[("phone", "057487926318", "0574-87926318"), ("uscc", C_U06, C_U06)],
  note="honest college listing")
P("keduoduo", "c1240.html", "人工智能训练师三级-上海智联产训-课多多", """
<h2>人工智能训练师（三级）培训 · 30%理论+70%实操</h2><p>机构：上海智联产训职业技能培训中心 ｜ 价格：¥3800</p>
<p>报考条件：持四级证书后从事本职业5年，或相关专业大专以上学历持四级证书并工作满2年。不承诺通过。</p>
<p>2026年第一批认定批次号：13720260418。证书查询：zscx.osta.org.cn</p>
<p>咨询：021-62718845 ｜ 邮箱：zlcx_peixun@163.com</p>""",
  offer=True, op="U07", provider="上海智联产训",
  ids=[("phone", "02162718845", "021-62718845"), ("email", "zlcx_peixun@163.com", "zlcx_peixun@163.com")],
  note="honest Shanghai provider listing")
P("keduoduo", "c1302.html", "数据标注员（人工智能训练师五级）-慧思培训-课多多", """
<h2>数据标注员（人工智能训练师五级）</h2><p>机构：苏州慧思职业培训学校 ｜ 价格：¥1980</p>
<p>适合在职人员，周末上课，参保满一年可申请补贴。</p><p>电话：0512-65238871</p>""",
  offer=True, op="I01", provider="苏州慧思职业培训学校",
  ids=[("phone", "051265238871", "0512-65238871")], note="independent marketplace listing")

# ================================================================ zkbbs (forum)
P("zkbbs", "index.html", "职考论坛-职业技能证版块", """
<ul><li><a href="t-88213.html">[成都] 人工智能训练师报名 三级直接报 有需要的来</a></li>
<li><a href="t-88410.html">AI训练师副业 小白也能月入过万 真实分享</a></li>
<li><a href="t-88502.html">武汉 人工智能训练师五级 周末班招生</a></li>
<li><a href="t-88577.html">【曝光】交了6980说包过，现在人联系不上了</a></li></ul>""", note="forum board index")
P("zkbbs", "t-88213.html", "[成都] 人工智能训练师报名 三级直接报-职考论坛", """
<div class="post"><b>楼主 成都考证李老师</b><p>人工智能训练师三级/四级，恒智、中科智培的名额都有，不用看工作年限，三级直接报，包过！
有意加微信 lils_kz2023 备注论坛。</p></div>
<div class="reply"><b>2楼 路人甲</b><p>求资料，大佬带带，我QQ 546230917</p></div>
<div class="reply"><b>3楼 游客</b><p>三级要四级证加年限的吧？</p></div>""",
  offer=True, op="U03", provider="成都考证李老师",
  ids=[("wechat", "lils_kz2023", "lils_kz2023")], note="agent reselling several brands; 包过, ignores eligibility ladder")
P("zkbbs", "t-88410.html", "AI训练师副业 小白也能月入过万-职考论坛", """
<div class="post"><b>楼主 王老师AI副业</b><p>90%小白都能学会！人工智能训练师证一证在手，接单+挂靠双收入。原价9999限时99元体验课。
私信或加扣扣：2857-193-046</p></div>
<div class="reply"><b>2楼 路人甲</b><p>我也想学，加我QQ 546230917</p></div>""",
  offer=True, op="U08", provider="王老师AI副业",
  ids=[("qq", "2857193046", "2857-193-046")], note="short-video scam seller posting on forum")
P("zkbbs", "t-88502.html", "武汉 人工智能训练师五级 周末班招生-职考论坛", """
<div class="post"><b>楼主 江城职培</b><p>武汉江城职业技能培训学校 人工智能训练师五级周末班，60课时，学费2200元，参保满一年可申请补贴。
报名电话 027-87316620。</p></div>""",
  offer=True, op="I06", provider="武汉江城职业技能培训学校",
  ids=[("phone", "02787316620", "027-87316620")], note="independent forum post")
P("zkbbs", "t-88577.html", "【曝光】交了6980说包过，现在人联系不上了-职考论坛", """
<div class="post"><b>楼主 受害人小刘</b><p>去年在网上报了所谓“人社部颁发”的人工智能训练师一级，对方电话17093417758，收钱后拉黑。
大家千万别信包过。已经打了12315投诉。</p></div>
<div class="reply"><b>2楼 老鸟</b><p>正规证书去 zscx.osta.org.cn 查，查不到就是假的。</p></div>""",
  note="complaint thread quoting a scammer phone; non-offer")

# ================================================================ fenlei (classifieds)
P("fenlei", "index.html", "教育培训信息-百事通分类信息网", """
<ul><li><a href="bj-5531.html">北京 人工智能训练师周末班</a></li><li><a href="hz-7702.html">杭州 AI训练师考证中心</a></li>
<li><a href="cd-6618.html">成都 人工智能训练师报名点</a></li><li><a href="gz-9035.html">广州 AI训练师报名处</a></li>
<li><a href="sz-4127.html">深圳 鹏程考证 人工智能训练师</a></li><li><a href="xa-3390.html">西安 人工智能训练师 个人带报</a></li></ul>""",
  note="classifieds category index")
P("fenlei", "bj-5531.html", "北京恒智 人工智能训练师周末班-百事通分类信息网", """
<h2>北京恒智 人工智能训练师周末班 海淀上课</h2><p>五级/四级，正规培训，按标准课时授课。联系人：赵老师 13910427786</p>
<p>维权提示：如遇消费纠纷可拨打12315。</p>""",
  offer=True, op="U01", provider="北京恒智",
  ids=[("phone", "+8613910427786", "13910427786")], note="U01 classified under a short brand")
P("fenlei", "hz-7702.html", "杭州AI训练师考证中心 四级三级-百事通分类信息网", """
<h2>杭州AI训练师考证中心</h2><p>四级、三级，考前串讲，通过率高。电话：１３７５７１６２０９４ QQ：1843306725</p>""",
  offer=True, op="U02", provider="杭州AI训练师考证中心",
  ids=[("phone", "+8613757162094", "１３７５７１６２０９４"), ("qq", "1843306725", "1843306725")],
  note="U02 classified; full-width phone digits")
P("fenlei", "cd-6618.html", "成都人工智能训练师报名点-百事通分类信息网", """
<h2>蓉城职业技能报名点 人工智能训练师</h2><p>三级二级都能报，零基础无门槛，包过包拿证。微信：LILS_KZ2023 电话 186 2803 7415</p>
<p>在线报名表：https://www.wjx.cn/vm/Q8kx21.aspx</p>""",
  offer=True, op="U03", provider="蓉城职业技能报名点",
  ids=[("wechat", "lils_kz2023", "LILS_KZ2023"), ("phone", "+8618628037415", "186 2803 7415")],
  note="U03 classified; ties wechat and phone")
P("fenlei", "gz-9035.html", "广州AI训练师报名处-百事通分类信息网", """
<h2>广州AI训练师报名处</h2><p>中科智培授权，广州本地报名，拿证快。座机 (020)3867 2150 微信 yuezhi_gz88</p>""",
  offer=True, op="U05", provider="广州AI训练师报名处",
  ids=[("phone", "02038672150", "(020)3867 2150"), ("wechat", "yuezhi_gz88", "yuezhi_gz88")],
  note="U05 classified")
P("fenlei", "sz-4127.html", "深圳鹏程考证 人工智能训练师 1+X-百事通分类信息网", """
<h2>鹏程考证 人工智能训练师/1+X人工智能证书 代报名</h2><p>恒智、中科智培、1+X多家证书可选，价格优惠。手机 150 1385 7602</p>
<p>报名表：https://www.wjx.cn/vm/ePc0Zk.aspx</p>""",
  offer=True, op="U09", provider="鹏程考证",
  ids=[("phone", "+8615013857602", "150 1385 7602")], note="agent reselling several brands incl. 1+X after 2025")
P("fenlei", "xa-3390.html", "西安 人工智能训练师 个人带报-百事通分类信息网", """
<h2>西安 人工智能训练师五级四级 个人带报</h2><p>本人从事培训多年，带报五级四级。电话 13991270538（模板示例号码13800138000请勿拨打）</p>
<p>有纠纷请找12315。</p>""",
  offer=True, op="I02", provider="西安个人带报",
  ids=[("phone", "+8613991270538", "13991270538")], note="independent classified with template placeholder")

# ================================================================ wenda (Q&A)
P("wenda", "index.html", "教育-知了问答", """
<ul><li><a href="q/301.html">杭州哪里可以考人工智能训练师？</a></li><li><a href="q/302.html">广州人工智能训练师三级能补贴多少？</a></li>
<li><a href="q/303.html">人工智能训练师五级是哪个单位办的？</a></li><li><a href="q/304.html">上海人工智能训练师三级报考条件？</a></li>
<li><a href="q/305.html">深圳人工智能训练师证怎么报名？</a></li><li><a href="q/306.html">南京人工智能训练师培训靠谱吗？</a></li></ul>""",
  note="Q&A index")
P("wenda", "q/301.html", "杭州哪里可以考人工智能训练师？-知了问答", """
<div class="q">杭州哪里可以考人工智能训练师？</div>
<div class="a"><b>启明老师 的回答</b><p>我们启明教育在杭州有四级三级班，证书可在 osta.mohrss.gov.cn 技能人才评价工作网查。需要资料加Q 1843 306 725。</p></div>""",
  offer=True, op="U02", provider="启明教育",
  ids=[("qq", "1843306725", "1843 306 725")], note="U02 answer under a third brand")
P("wenda", "q/302.html", "广州人工智能训练师三级能补贴多少？-知了问答", """
<div class="q">广州人工智能训练师三级能补贴多少？</div>
<div class="a"><b>粤智教育 的回答</b><p>广州三级最高3120元，我们这边可以包办补贴申请，报名加V：Yuezhi_GZ88</p></div>
<div class="c">网友评论：我也想了解，我微信 xiaoyu_0822</div>""",
  offer=True, op="U05", provider="粤智教育",
  ids=[("wechat", "yuezhi_gz88", "Yuezhi_GZ88")], note="U05 answer; reader's own wechat in comment")
P("wenda", "q/303.html", "人工智能训练师五级是哪个单位办的？-知了问答", """
<div class="q">人工智能训练师五级是哪个单位办的？</div>
<div class="a"><b>宁波科职继教 的回答</b><p>由备案的评价机构认定发证，人社部门不直接发证。我院继续教育学院开设五级班，邮箱 jxjy AT nbkjzy.edu.cn。</p></div>""",
  offer=True, op="U06", provider="宁波科职继教",
  ids=[("email", "jxjy@nbkjzy.edu.cn", "jxjy AT nbkjzy.edu.cn")], note="honest college answer")
P("wenda", "q/304.html", "上海人工智能训练师三级报考条件？-知了问答", """
<div class="q">上海人工智能训练师三级报考条件？</div>
<div class="a"><b>智联产训小助手 的回答</b><p>需持四级证书并满足工作年限。我们中心开设三级班，课程咨询 021 6271 8845，学员答疑群 735102468。
政策问题也可拨打12333。谨防冒充我中心的电话17093417758。</p></div>""",
  offer=True, op="U07", provider="智联产训",
  ids=[("phone", "02162718845", "021 6271 8845"), ("qq_group", "735102468", "735102468")],
  note="honest provider answer, quotes impostor phone")
P("wenda", "q/305.html", "深圳人工智能训练师证怎么报名？-知了问答", """
<div class="q">深圳人工智能训练师证怎么报名？</div>
<div class="a"><b>深圳考证顾问小周 的回答</b><p>我们代报多个品牌，一次报三级送四级。电话15013857602（勿用示例号13800138000），微信 pckz_zhou</p></div>""",
  offer=True, op="U09", provider="深圳考证顾问小周",
  ids=[("phone", "+8615013857602", "15013857602"), ("wechat", "pckz_zhou", "pckz_zhou")], note="agent answer")
P("wenda", "q/306.html", "南京人工智能训练师培训靠谱吗？-知了问答", """
<div class="q">南京人工智能训练师培训靠谱吗？</div>
<div class="a"><b>宁智教育 的回答</b><p>我们宁智教育五级四级都有，先试听后报名，证书可在 osta.mohrss.gov.cn 查询。微信 ningzhi_edu</p></div>
<div class="c">网友评论：同问，求联系 xiaoyu_0822</div>""",
  offer=True, op="I03", provider="宁智教育",
  ids=[("wechat", "ningzhi_edu", "ningzhi_edu")], note="independent answer; reader wechat")

# ================================================================ wxwz (WeChat reposts)
P("wxwz", "index.html", "微文摘-教育", """
<ul><li><a href="a/20260311-01.html">恒智职业技能｜人工智能训练师开班通知</a></li><li><a href="a/20260312-07.html">人社部颁发！人工智能训练师国家级证书报名</a></li>
<li><a href="a/20260315-02.html">继续教育学院2026年人工智能训练师培训招生简章</a></li><li><a href="a/20260318-05.html">智联产训｜三级班第二期招生</a></li></ul>""",
  note="repost site index")
P("wxwz", "a/20260311-01.html", "恒智职业技能｜人工智能训练师开班通知-微文摘", """
<p class="src">来源：恒智职业技能 公众号</p><p>3月新班开课，五级/四级均可报名。添加课程顾问：HengZhi_AI01 或致电 139 1042 7786。</p>""",
  offer=True, op="U01", provider="恒智职业技能",
  ids=[("wechat", "hengzhi_ai01", "HengZhi_AI01"), ("phone", "+8613910427786", "139 1042 7786")], note="U01 wechat article repost")
P("wxwz", "a/20260312-07.html", "人社部颁发！人工智能训练师国家级证书报名-微文摘", """
<p class="src">来源：中智培训中心 公众号</p><p>人社部颁发，国家职业资格证书，零基础可报二级。证书官网查询 www.zkzp-cx.com。报名邮箱 zkzp_zs@126.com</p>""",
  offer=True, op="U04", provider="中智培训中心",
  ids=[("domain", "zkzp-cx.com", "zkzp-cx.com"), ("email", "zkzp_zs@126.com", "zkzp_zs@126.com")], note="U04 repost under another name")
P("wxwz", "a/20260315-02.html", "2026年人工智能训练师培训招生简章-微文摘", """
<p class="src">来源：宁波科职继续教育 公众号</p><p>五级60课时、四级50课时。证书查询 zscx.osta.org.cn。本期认定批次号：13720260418。
咨询 0574 8792 6318，邮箱 jxjy@nbkjzy.edu.cn</p>""",
  offer=True, op="U06", provider="宁波科职继续教育",
  ids=[("phone", "057487926318", "0574 8792 6318"), ("email", "jxjy@nbkjzy.edu.cn", "jxjy@nbkjzy.edu.cn")], note="honest college repost")
P("wxwz", "a/20260318-05.html", "智联产训｜三级班第二期招生-微文摘", """
<p class="src">来源：智联产训 公众号</p><p>三级班第二期，需持四级证书。报名后加入QQ群735102468领取资料。</p>""",
  offer=True, op="U07", provider="智联产训",
  ids=[("qq_group", "735102468", "735102468")], note="U07 repost")

# ================================================================ douke (short video)
P("douke", "index.html", "抖客视频-知识", """
<ul><li><a href="v/7301.html">李老师聊考证</a></li><li><a href="v/7322.html">老王AI副业</a></li><li><a href="v/7345.html">AI训练师速成营</a></li>
<li><a href="v/7388.html">周老师考证</a></li><li><a href="v/7410.html">AI小陈说职场</a></li></ul>""", note="video index")
P("douke", "v/7301.html", "三级AI训练师不看年限？李老师聊考证-抖客视频", """
<p class="desc">@李老师聊考证：AI训练师三级直接报，包过！评论区扣1，或打 186-2803-7415</p>""",
  offer=True, op="U03", provider="李老师聊考证",
  ids=[("phone", "+8618628037415", "186-2803-7415")], note="U03 video")
P("douke", "v/7322.html", "小白月入过万的AI副业-老王AI副业-抖客视频", """
<p class="desc">@老王AI副业：90%小白都能学会，考AI训练师证接单月入过万！原价9999限时99，私我 wangai_fuye</p>
<p>付款请认准收款户名：深圳市智启未来网络科技有限公司</p>""",
  offer=True, op="U08", provider="老王AI副业",
  ids=[("wechat", "wangai_fuye", "wangai_fuye"), ("other", "深圳市智启未来网络科技有限公司", "深圳市智启未来网络科技有限公司")], note="U08 scam video")
P("douke", "v/7345.html", "AI训练师速成营 7天拿证-抖客视频", """
<p class="desc">@AI训练师速成营：7天速成，免培训直接拿证，可挂靠。加V WangAI_fuye 或扣 2857193046</p>""",
  offer=True, op="U08", provider="AI训练师速成营",
  ids=[("wechat", "wangai_fuye", "WangAI_fuye"), ("qq", "2857193046", "2857193046")], note="U08 second account")
P("douke", "v/7388.html", "深圳人工智能训练师报名-周老师考证-抖客视频", """
<p class="desc">@周老师考证：多品牌代报，1+X人工智能证书也能办。电话 150-1385-7602</p>""",
  offer=True, op="U09", provider="周老师考证",
  ids=[("phone", "+8615013857602", "150-1385-7602")], note="U09 video")
P("douke", "v/7410.html", "AI训练师证值不值得考？AI小陈说职场-抖客视频", """
<p class="desc">@AI小陈说职场：我的五级训练营报名中，先学后考，不包过。报名表 https://www.wjx.cn/vm/hX02Lq.aspx 或加微信 xiaochen_aijob</p>""",
  offer=True, op="I04", provider="AI小陈说职场",
  ids=[("wechat", "xiaochen_aijob", "xiaochen_aijob")], note="independent video")

# ================================================================ news
P("news", "index.html", "新城在线-教育", """
<ul><li><a href="edu/2026-03-20-zkzp.html">【商讯】中科智培：人工智能人才培养工程启动</a></li>
<li><a href="edu/2026-03-22-warning.html">“包过”的AI训练师证？多人被骗</a></li></ul>""", note="news index")
P("news", "edu/2026-03-20-zkzp.html", "【商讯】中科智培人工智能人才培养工程启动-新城在线", """
<p>（本文为商业信息）中科智培宣布启动人工智能人才培养工程，颁发国家级人工智能训练师证书，证书可在 www.zkzp-cx.com 查询。报名热线 4008936615。</p>""",
  offer=True, op="U04", provider="中科智培",
  ids=[("phone", "4008936615", "4008936615"), ("domain", "zkzp-cx.com", "zkzp-cx.com")], note="U04 advertorial")
P("news", "edu/2026-03-22-warning.html", "“包过”的AI训练师证？多人被骗-新城在线", """
<p>记者调查发现，有人以“人社部颁发”“包过”为名兜售人工智能训练师证。市民刘先生称，对方使用的号码为17093417758，收款后失联。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询，咨询12333，消费投诉可拨12315。</p>""",
  note="warning news; quotes scam phone and hotlines")

# ================================================================ rsj (gov)
P("rsj", "index.html", "某市人力资源和社会保障局", """
<ul><li><a href="tzgg/202603-01.html">关于防范“山寨证书”的提醒</a></li><li><a href="tzgg/202603-02.html">2026年第一批人工智能训练师等级认定考点安排</a></li></ul>""",
  note="gov site index")
P("rsj", "tzgg/202603-01.html", "关于防范“山寨证书”的提醒", """
<p>职业技能等级证书由备案的评价机构颁发，人社部门不直接颁发。证书可通过 zscx.osta.org.cn 查询，评价机构名单见 osta.mohrss.gov.cn。
遇到“包过”“免培训直接发证”等宣传请拨打12333咨询或12315投诉。</p>""", note="official warning notice")
P("rsj", "tzgg/202603-02.html", "2026年第一批人工智能训练师等级认定考点安排", """
<p>杭州市职业技能鉴定考点，考点前台 0571-86011234（仅解答考场事务）。认定批次号 13720260418。</p>""",
  note="official exam venue notice")

# ================================================================ shop
P("shop", "index.html", "淘课商城-职业技能", """
<ul><li><a href="item-50211.html">川渝考证服务部 人工智能训练师报名</a></li><li><a href="item-50378.html">智能副业研习社 AI训练师速成</a></li>
<li><a href="item-50402.html">鹏程职业技能服务 人工智能训练师代报</a></li><li><a href="item-50519.html">速证通 AI训练师资料+报名</a></li></ul>""",
  note="shop index")
P("shop", "item-50211.html", "人工智能训练师三级报名 包过-川渝考证服务部", """
<h2>川渝考证服务部</h2><p>人工智能训练师三级报名服务费 ¥3999，拍下后联系客服。店主手机 18628037415，微信 lils_kz2023</p>""",
  offer=True, op="U03", provider="川渝考证服务部",
  ids=[("phone", "+8618628037415", "18628037415"), ("wechat", "lils_kz2023", "lils_kz2023")], note="U03 shop")
P("shop", "item-50378.html", "AI训练师速成 一证在手副业无忧-智能副业研习社", """
<h2>智能副业研习社</h2><p>99元速成课+证书办理，挂靠年入3万。售后QQ 2857193046。收款户名：深圳市智启未来网络科技有限公司</p>""",
  offer=True, op="U08", provider="智能副业研习社",
  ids=[("qq", "2857193046", "2857193046"), ("other", "深圳市智启未来网络科技有限公司", "深圳市智启未来网络科技有限公司")], note="U08 shop")
P("shop", "item-50402.html", "人工智能训练师代报名-鹏程职业技能服务", """
<h2>鹏程职业技能服务</h2><p>三级送四级，恒智/中科智培/1+X均可。客服微信 PCKZ_Zhou</p>""",
  offer=True, op="U09", provider="鹏程职业技能服务",
  ids=[("wechat", "pckz_zhou", "PCKZ_Zhou")], note="U09 shop")
P("shop", "item-50519.html", "AI训练师资料+报名 速证通", """
<h2>速证通</h2><p>资料包+报名指导，官方指定，速成拿证。旺旺或QQ 3150672284</p>""",
  offer=True, op="I05", provider="速证通",
  ids=[("qq", "3150672284", "3150672284")], note="independent shop")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "12377", ["12377"], "video platform footer: 网信 report hotline"),
 ("phone", "95188", ["95188"], "payment platform (支付宝) customer service in shop footer"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4001185266", ["400-118-5266"], "marketplace footer customer service"),
 ("email", "kefu@keduoduo.cn", ["kefu@keduoduo.cn"], "marketplace footer e-mail"),
 ("other", "京ICP备18043721号-2", ["京ICP备18043721号-2"], "marketplace ICP"),
 ("phone", "01056871234", ["010-56871234"], "classifieds footer customer service"),
 ("qq_group", "614802337", ["614802337"], "forum footer QQ group"),
 ("other", "粤ICP备16058822号", ["粤ICP备16058822号"], "Q&A platform ICP"),
 ("domain", "wxwenzhai.cn", ["wxwenzhai.cn"], "repost platform's own domain in footer"),
 ("domain", "hengzhi-edu.cn", ["hengzhi-edu.cn"], "brand-site footer shared by HQ (U01) and franchisee (U02) pages"),
 ("email", "zhaoshang@hengzhi-edu.cn", ["zhaoshang@hengzhi-edu.cn"], "brand-site franchise-recruitment e-mail in footer"),
 ("domain", "zkzhipei.com", ["zkzhipei.com"], "brand-site footer shared by U04 and its separately run branch U05"),
 ("other", "京ICP备20011873号", ["京ICP备20011873号"], "brand-site ICP shared by U04 and U05 pages"),
 ("phone", "+8617093417758", ["17093417758"], "scammer phone quoted in complaint, news and an impostor warning"),
 ("phone", "+8613720260418", ["13720260418"], "assessment batch number that looks like a mobile"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
 ("qq", "546230917", ["546230917"], "reader's own QQ in forum replies"),
 ("wechat", "xiaoyu_0822", ["xiaoyu_0822"], "reader's own WeChat in Q&A comments"),
 ("phone", "057186011234", ["0571-86011234"], "exam venue front desk (third party)"),
 ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used for sign-up forms"),
]

# ---------------------------------------------------------------- render
CSS = {
 "hengzhi": "body{font-family:sans-serif;background:#f4f8ff}header{background:#0a4da2;color:#fff}",
 "zkzp": "body{font-family:serif;background:#fff8f0}header{background:#b3001b;color:#ffd700}",
 "keduoduo": "body{font-family:sans-serif}header{background:#ff7a00;color:#fff}",
 "zkbbs": "body{font-size:13px}header{background:#dde}.post,.reply{border:1px solid #ccc;margin:4px}",
 "fenlei": "body{font-family:sans-serif}header{background:#2a8f2a;color:#fff}",
 "wenda": "body{font-family:sans-serif}header{background:#00a0e9;color:#fff}",
 "wxwz": "body{max-width:640px;margin:auto}header{border-bottom:1px solid #07c160}",
 "douke": "body{background:#111;color:#eee}header{background:#000}",
 "news": "body{font-family:serif}header{background:#900;color:#fff}",
 "rsj": "body{font-family:SimSun,serif}header{background:#c00;color:#fff}",
 "shop": "body{font-family:sans-serif}header{background:#f40;color:#fff}",
}

def href(frm, to):
    return os.path.relpath(to, os.path.dirname(frm)).replace(os.sep, "/")

def render(p, site_pages):
    s = SITES[p["site"]]
    rel = p["site"] + "/" + p["fn"]
    home = p["site"] + "/index.html"
    menu = " | ".join('<a href="%s">%s</a>' % (href(rel, home), m) for m in s["menu"])
    crumbs = '<a href="%s">%s</a> &gt; %s' % (href(rel, home), s["name"], html.escape(p["title"].split("-")[0]))
    side = "".join('<li><a href="%s">%s</a></li>' % (href(rel, q["site"] + "/" + q["fn"]), html.escape(q["title"].split("-")[0]))
                   for q in site_pages if q is not p)[:4000]
    hub = href(rel, "index.html")
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>
<body><header><b>%s</b> <nav>%s</nav></header>
<div class="crumbs">当前位置：%s</div>
<main>%s</main>
<aside><h4>相关推荐</h4><ul>%s</ul></aside>
<footer>%s | <a href="%s">网址导航</a></footer>
</body></html>
""" % (html.escape(p["title"]), CSS[p["site"]], s["name"], menu, crumbs, p["body"], side, s["footer"], hub)

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for sk in SITES:
        sp = [p for p in PAGES if p["site"] == sk]
        for p in sp:
            path = os.path.join(SITE, sk, p["fn"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            t = render(p, sp)
            with open(path, "w", encoding="utf-8") as f:
                f.write(t)
            texts["/" + sk + "/" + p["fn"]] = t
    hub = "".join('<li><a href="%s/index.html">%s</a> （%s）</li>' % (k, v["name"], v["style"]) for k, v in SITES.items())
    ht = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % hub
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(ht)
    texts["/index.html"] = ht
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None, "identifiers": [], "note": "hub"}]
    for p in PAGES:
        pages.append({"path": "/" + p["site"] + "/" + p["fn"], "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"], "identifiers": [list(i) for i in p["ids"]], "note": p["note"]})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
