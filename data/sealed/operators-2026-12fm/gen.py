#!/usr/bin/env python3
"""Generate a small labeled web of 人工智能训练师 certificate sellers (site/ + truth.json).
Standard library only, deterministic."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------- GB 32100 unified social credit code ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def _org(body):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))
def uscc(prefix16):
    s = prefix16[:8] + _org(prefix16[8:16])
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s, WTS)) % 31
    return s + ALPH[0 if r == 31 else r]

C_U01 = uscc("52150203MJ0H4K7A")   # 民办非企业 包头昆都仑区 鹿城智训职业培训学校
C_U02 = uscc("91330602MA2JQ8C3")   # 绍兴越智人工智能科技有限公司
C_U03 = uscc("91150203MA7R2L5N")   # "国家人工智能职业技能评价中心"(company with state-sounding name)
C_U04 = uscc("91150204MA0PX3D6")   # 包头职通人才服务有限公司
C_U05 = uscc("52330603MJ9T61W2")   # 柯桥区启明职业技能培训学校
C_U09 = uscc("91330602MA7BK9E4")   # 绍兴智鼎教育科技有限公司
C_EVAL = uscc("52150000MJ0Y2C8B")  # third party: an evaluation centre sellers quote
C_KLF = uscc("91330106MA28PLT3")   # course-marketplace platform operator

# ---------- sites ----------
SITES = {}
def site(key, name, style, nav, footer, side, color):
    SITES[key] = dict(key=key, name=name, style=style, nav=nav, footer=footer, side=side, color=color)

site("zhixun", "鹿城智训职业培训学校", "training-company site (Baotou)",
     ["首页", "学校简介", "培训项目", "补贴政策", "联系我们"],
     "包头市鹿城智训职业培训学校 &nbsp; 地址:包头市昆都仑区钢铁大街68号创业大厦5楼<br>"
     "咨询电话:0472-5126688 &nbsp; 微信:lczx_ai &nbsp; 网址:www.lczhixun.com<br>"
     "办学许可证:教民115020370001234号 &nbsp; 统一社会信用代码:" + C_U01 + " &nbsp; 蒙ICP备2021003318号-1",
     "<h4>招生热线</h4><p>0472-5126688<br>周一至周六 8:30-18:00</p><h4>办学资质</h4><p>人社部门审批民办职业培训学校</p>",
     "#0b5ea8")
site("kecheng", "课立方 · 职业技能课程平台", "course marketplace",
     ["首页", "IT互联网", "职业考证", "人工智能", "机构入驻", "帮助中心"],
     "课立方(杭州)网络科技有限公司 版权所有 &nbsp; 统一社会信用代码:" + C_KLF + "<br>"
     "平台客服:400-660-3921 &nbsp; 客服邮箱:service@kelifang.com &nbsp; 浙ICP备19024518号-3 &nbsp; www.kelifang.com<br>"
     "平台仅提供信息展示服务,课程由入驻机构提供,请谨慎甄别。",
     "<h4>平台保障</h4><p>7天无理由退款<br>资金托管</p><h4>热门分类</h4><p>人工智能训练师 · 数据标注 · Python · 电商运营</p>",
     "#e8590c")
site("bbs", "鹿城论坛 · 包头人自己的社区", "forum (Baotou)",
     ["首页", "包头杂谈", "求职招聘", "教育培训", "二手市场", "版规"],
     "鹿城论坛 bbs.lucheng0472.com &nbsp; 官方QQ群:284716035 &nbsp; 违规举报:admin@lucheng0472.com<br>"
     "蒙ICP备16002741号 &nbsp; 论坛内容为网友发布,不代表本站观点",
     "<h4>论坛公告</h4><p>发布培训广告请到【教育培训】版,禁止虚假承诺。</p><h4>本周热帖</h4><p>· 昆区哪家羊肉好吃<br>· 2026年包头灵活就业社保怎么交</p>",
     "#2f6f3e")
site("fenlei", "易登分类信息网", "classifieds (Baotou / Shaoxing)",
     ["首页", "包头", "绍兴", "教育培训", "招聘", "发布信息"],
     "易登分类信息网 www.yidengfl.com &nbsp; 客服热线:400-018-6652 &nbsp; 蒙ICP备18003527号-2<br>"
     "提示:凡要求先交押金、培训费后办证的信息请提高警惕。",
     "<h4>发布须知</h4><p>信息由用户自行发布,本站不对内容真实性负责。</p><h4>城市</h4><p>包头 · 呼和浩特 · 绍兴 · 杭州</p>",
     "#c92a2a")
site("wenda", "知了问答", "Q&A site",
     ["首页", "教育", "职场", "考证", "提问"],
     "知了问答 www.zhiliaowenda.com &nbsp; 侵权投诉:tousu@zhiliaowenda.com &nbsp; 京ICP备17051923号-5",
     "<h4>相关话题</h4><p>#人工智能训练师 #职业技能等级证书 #数据标注</p><h4>回答规范</h4><p>禁止在回答中留联系方式引流</p>",
     "#5f3dc4")
site("wx", "微文摘 · 公众号文章精选", "WeChat-article reposts",
     ["首页", "教育", "职场", "科技", "本地"],
     "微文摘 wx.weiwenzhai.cn 仅做公众号文章索引与转载,版权归原作者 &nbsp; 关注本站公众号:weiwenzhai_official<br>粤ICP备20061178号-1",
     "<h4>扫码关注</h4><p>微信搜索 weiwenzhai_official</p><h4>热门文章</h4><p>· 灵活就业人员社保新规<br>· 绍兴黄酒节开幕</p>",
     "#1aad19")
site("video", "抖映 · 短视频", "short-video pages",
     ["推荐", "关注", "同城", "知识", "直播"],
     "抖映 www.douying.cn &nbsp; 违法和不良信息举报:jubao@douying.cn &nbsp; 京ICP备18043391号 &nbsp; 网络文化经营许可证",
     "<h4>同城热门</h4><p>#包头 #绍兴柯桥 #考证</p><h4>相关推荐</h4><p>AI副业真的能赚钱吗?</p>",
     "#161823")
site("news", "越州新闻网", "news portal (Shaoxing)",
     ["首页", "本地", "教育", "财经", "民生", "专题"],
     "越州新闻网 www.yuezhounews.cn &nbsp; 新闻热线:0575-85208800 &nbsp; 浙ICP备15003926号<br>互联网新闻信息服务许可证 33120180017",
     "<h4>热点</h4><p>· 绍兴今年新增技能人才2.1万<br>· 柯桥轻纺城春季订货会</p>",
     "#9c1a1a")
site("rsj", "包头市人力资源和社会保障局(信息公开)", "人社局-style notice site",
     ["首页", "政务公开", "通知公告", "职业能力建设", "办事服务"],
     "主办:包头市人力资源和社会保障局 &nbsp; 政务服务热线:12345 &nbsp; 人社服务热线:12333<br>"
     "网站标识码1502000012 &nbsp; 蒙ICP备05003154号",
     "<h4>办事入口</h4><p>证书查询:zscx.osta.org.cn<br>技能人才评价工作网:osta.mohrss.gov.cn</p>",
     "#8b0000")
site("shop", "淘好课 · 技能商城", "online shop",
     ["首页", "考证专区", "教材", "店铺街", "购物车"],
     "淘好课商城 www.taohaoke.com &nbsp; 商城客服QQ:938571026 &nbsp; 消费维权:12315 &nbsp; 浙ICP备21007764号-1<br>支付服务由第三方支付机构提供",
     "<h4>商城承诺</h4><p>正品保障 · 极速退款</p><h4>猜你喜欢</h4><p>Excel速成 · 电工证教材</p>",
     "#ff5000")
site("college", "包头北方职业技术学院", "college (Baotou)",
     ["学院首页", "学院概况", "招生就业", "继续教育", "社会服务"],
     "包头北方职业技术学院 &nbsp; 地址:包头市青山区文化路19号 &nbsp; 学院办公室:0472-3368000 &nbsp; www.bfzy.edu.cn<br>蒙ICP备09001235号",
     "<h4>快速通道</h4><p>继续教育学院 · 职业技能等级认定 · 校友会</p>",
     "#004d80")

CSS = """body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4;color:#222}
header{color:#fff;padding:10px 20px}header a{color:#fff}nav a{color:#fff;margin-right:14px;text-decoration:none}
.crumb{font-size:12px;color:#666;padding:6px 20px}.wrap{display:flex;padding:0 20px}
main{flex:3;background:#fff;padding:16px;margin-right:12px}aside{flex:1;background:#fff;padding:12px;font-size:13px}
footer{font-size:12px;color:#666;padding:14px 20px;border-top:1px solid #ccc;margin-top:14px}
.cmt{border-top:1px dashed #ccc;padding:6px 0;font-size:13px}.price{color:#e03131;font-size:22px}
.rel{font-size:13px}"""

PAGES = []   # dicts
def page(sitekey, fname, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=sitekey, fname=fname, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(i) for i in ids], note=note))

def cmts(*items):
    return "<h3>评论</h3>" + "".join('<div class="cmt"><b>%s</b>:%s</div>' % (u, t) for u, t in items)

# =====================================================================
# zhixun — U01's own site
page("zhixun", "rgzn.html", "人工智能训练师(四级/三级)职业技能等级培训招生简章",
 """<h1>人工智能训练师(四级/三级)培训招生简章</h1>
<p>职业编码 4-04-05-05 · 下设工种:数据标注员、人工智能算法测试员。依据《人工智能训练师国家职业技能标准(2021年版)》组织教学。</p>
<h3>一、报名条件</h3><p>四级:取得五级证书后累计从事本职业4年,或累计工作6年,或技工院校相关专业毕业(含在校最后一年)。
三级:取得四级证书后从事本职业5年等,详见国家职业技能标准。<b>不符合条件者请勿报名,我校不代办、不包过。</b></p>
<h3>二、课程安排</h3><p>四级 50 课时,三级 40 课时,理论约30%、实操约70%(数据采集和处理、数据标注、智能系统运维)。周末班,昆区校区面授。</p>
<h3>三、费用</h3><p>四级培训费 1380 元,三级 1680 元(认定费按评价机构标准另行收取)。符合条件的参保职工取证后可申请失业保险技能提升补贴(四级最高1500元,三级最高2000元),以人社部门审核为准。</p>
<h3>四、认定与查询</h3><p>由备案的社会培训评价组织“内蒙古智联职业技能等级认定中心”(统一社会信用代码:""" + C_EVAL + """)组织认定,
考点:包头市昆都仑区职业技能鉴定考点,考点前台 0472-5331870。证书可在 zscx.osta.org.cn 查询。</p>
<h3>五、报名方式</h3><p>电话:0472-5126688 &nbsp; 招生老师手机:151 4726 1839(微信同号)&nbsp; 微信:lczx_ai</p>
<p style="color:#c00">郑重声明:近期有人冒用我校名义以 171 8823 6540 联系学员收取“加急费”,与我校无关,请勿转账。</p>""",
 True, "U01", "鹿城智训职业培训学校",
 [("phone", "04725126688", "0472-5126688"), ("phone", "+8615147261839", "151 4726 1839"),
  ("wechat", "lczx_ai", "lczx_ai"), ("domain", "lczhixun.com", "www.lczhixun.com"), ("uscc", C_U01, C_U01)],
 "U01 own school site: AI-trainer level 4/3 course, honest")

# =====================================================================
# kecheng — course marketplace
def kc(fname, title, body, op, prov, ids, note, price, shopname):
    b = ('<div>店铺:<b>%s</b> · 已认证机构</div><h1>%s</h1><p class="price">¥%s</p>' % (shopname, title, price)
         + body + '<p class="rel">相关课程:<a href="item-1.html">AI训练师四级</a> · <a href="item-6.html">数据标注入门</a></p>')
    page("kecheng", fname, title, b, True, op, prov, ids, note)

kc("item-1.html", "人工智能训练师四级 线下周末班(包头)",
 """<p>授课机构:智训教育(包头)—— 包头市鹿城智训职业培训学校</p><p>50课时,含数据标注实操,结业后参加职业技能等级认定(需符合申报条件)。</p>
<p>课程咨询:151-4726-1839 &nbsp; 官网 lczhixun.com</p>""", "U01", "智训教育(包头)",
 [("phone", "+8615147261839", "151-4726-1839"), ("domain", "lczhixun.com", "lczhixun.com")],
 "U01 listing on course marketplace", "1380", "智训教育(包头)")
kc("item-2.html", "【越智AI学院】人工智能训练师三级 直播+录播 补贴后几乎免费",
 """<p>零基础也能学!90%学员一次通过。三级证书全国通用、官网可查,可申领技能补贴,<b>补贴后几乎免费</b>。</p>
<p>报名热线 4008265710 &nbsp; 课程顾问QQ:2851937460</p>""", "U02", "越智AI学院",
 [("phone", "4008265710", "4008265710"), ("qq", "2851937460", "2851937460")],
 "U02 marketplace listing; misleading subsidy claim", "2980", "越智AI学院")
kc("item-3.html", "人工智能训练师五级/四级 柯桥面授班",
 """<p>柯桥区启明职业技能培训学校开设。五级需累计工作满1年或完成学徒培训,四级按国家标准审核。</p>
<p>证书为职业技能等级证书,由备案评价机构颁发,可在 jndj.osta.org.cn 查询。政策咨询可拨打12333。</p>
<p>咨询:0575-84561230 / 150 5751 2894(启明职培 陈老师)</p>""", "U05", "启明职培",
 [("phone", "057584561230", "0575-84561230"),
  ("phone", "+8615057512894", "150 5751 2894")],
 "U05 marketplace listing; honest", "1200", "启明职培")
kc("item-4.html", "北方职院继续教育 · 人工智能训练师(数据标注员)四级培训",
 """<p>高校继续教育学院开班,师资为计算机系专任教师。学院为职业技能等级认定备案单位,认定费另计。</p>
<p>报名网址 jxjy.bfzy.edu.cn &nbsp; 咨询 (0472)336 8215</p>""", "U08", "北方职院继续教育",
 [("domain", "jxjy.bfzy.edu.cn", "jxjy.bfzy.edu.cn"), ("phone", "04723368215", "(0472)336 8215")],
 "U08 marketplace listing", "980", "北方职院继续教育")
kc("item-5.html", "慧码学堂:数据标注员岗前实训(可选参加等级认定)",
 """<p>线上实训营 4 周,真实标注项目练习。等级认定自愿参加,不承诺通过。</p>
<p>填写报名表:https://jinshuju.net/f/Hm7qLx &nbsp; 助教邮箱 huima_xt@163.com</p>""", "I02", "慧码学堂",
 [("email", "huima_xt@163.com", "huima_xt@163.com")],
 "I02 independent online course", "699", "慧码学堂")
kc("item-6.html", "小周AI训练营 · 人工智能训练师速成(原价9999限时99)",
 """<p>90%小白都能学会!学完即可接单做数据标注副业,还能考人工智能训练师证书。</p>
<p>进QQ群:736281945 领资料 &nbsp; 商务合作 zhoulaoshi_ai@qq.com</p>""", "U06", "小周AI训练营",
 [("qq_group", "736281945", "736281945"), ("email", "zhoulaoshi_ai@qq.com", "zhoulaoshi_ai@qq.com")],
 "U06 marketplace listing, hype pricing", "99", "小周AI训练营")

# =====================================================================
# bbs — forum
page("bbs", "thread-101.html", "[教育培训] 鹿城智训人工智能训练师四级周末班开始报名了",
 """<h1>[教育培训] 鹿城智训人工智能训练师四级周末班开始报名了</h1><p>楼主:鹿城智训_刘老师 &nbsp; 发表于 2026-03-09</p>
<p>各位坛友好,我们学校三月底开四级周末班,昆区钢铁大街校区。需要符合申报条件(工作年限),不符合的别报,我们不做包过。
详细可以加V: LCZX_AI,或者座机 0472 5126688。</p>""" + cmts(
     ("昆区老王", "学费多少?能用补贴吗"), ("鹿城智训_刘老师", "四级1380,参保满一年可以申请技能提升补贴"),
     ("小雨点", "同问,有没有一起报的,加我 bt_xiaoyu1990 组个队")),
 True, "U01", "鹿城智训", [("wechat", "lczx_ai", "LCZX_AI"), ("phone", "04725126688", "0472 5126688")],
 "U01 forum post; a reader leaves her own WeChat in comments")
page("bbs", "thread-102.html", "人工智能训练师证 包头能落户加分 挂靠一年八千",
 """<h1>人工智能训练师证 包头能落户加分 挂靠一年八千</h1><p>楼主:职通人才小张 &nbsp; 发表于 2026-03-11</p>
<p>国家职业资格证书,人社部颁发,全国通用!零基础不限学历,三个月拿证,考下来可以挂靠,一年稳拿8000+。二级技师也能直接报。
名额有限,电话 139-4872-1506,v信 zhitong_bt。职通人才专业办理。</p>""" + cmts(
     ("学生党", "挂靠?AI训练师也能挂靠?"), ("小雨点", "真的假的,加我 bt_xiaoyu1990 细说"),
     ("老包头", "别信,技能等级证书不是职业资格,打12333问问就知道了")),
 True, "U04", "职通人才", [("phone", "+8613948721506", "139-4872-1506"), ("wechat", "zhitong_bt", "zhitong_bt")],
 "U04 forum ad with scam claims (挂靠, 人社部颁发, 二级零基础)")
page("bbs", "thread-104.html", "曝光:交了3800说包过人工智能训练师,现在电话打不通",
 """<h1>曝光:交了3800说包过人工智能训练师,现在电话打不通</h1><p>楼主:青山区小李 &nbsp; 发表于 2026-03-12</p>
<p>去年在网上看到“国家级人工智能训练师三级包过”,对方电话 171 8823 6540,说人社部颁发、官网可查,交了3800。
结果发来的证在 zscx.osta.org.cn 查不到。已经打了12315投诉,也在12333咨询过,说这种证书不是他们认定的。大家引以为戒!
我的订单截图里订单号 2025112618830021,有同样遭遇的可以私信我。</p>""" + cmts(
     ("鹿城侠", "支持维权,现在这种骗子太多了"), ("热心网友", "我也被 17188236540 打过电话,口音是外地的")),
 note="complaint thread; quotes a scam phone number, 12315, 12333, an order number")
page("bbs", "thread-105.html", "出一个数据标注实操陪练名额,绍兴柯桥线下",
 """<h1>出一个数据标注实操陪练名额,绍兴柯桥线下</h1><p>楼主:柯桥小陈 &nbsp; 发表于 2026-03-13</p>
<p>本人在标注公司做过两年,周末在柯桥带小班陪练(人工智能训练师五级实操部分),一次4人,每人600。只教实操,不卖证不代报。
有兴趣的加微信 kq_chen_biaozhu 聊。</p>""" + cmts(("路人甲", "隔了一千多公里哈哈哈"), ("柯桥小陈", "老家包头的,人在绍兴")),
 True, "I03", "柯桥小陈", [("wechat", "kq_chen_biaozhu", "kq_chen_biaozhu")], "I03 independent tutor post")

# =====================================================================
# fenlei — classifieds
def fl(fname, title, body, op, prov, ids, note, city, extra=""):
    b = ('<div>信息编号:%s &nbsp; 城市:%s &nbsp; 类别:教育培训/职业技能</div><h1>%s</h1>' % (fname[5:-5].zfill(6), city, title)
         + body + extra)
    page("fenlei", fname, title, b, True, op, prov, ids, note)

fl("post-1.html", "包头人工智能训练师培训报名处 四级三级 昆区面授",
 """<p>联系人:刘老师 &nbsp; 电话:(0472)5126688 &nbsp; 手机:+86 151-4726-1839</p>
<p>依据包头市人社局2026年第一批职业技能等级认定计划(计划编号 15020260318)开班,符合条件可申请技能提升补贴。</p>""",
 "U01", "包头人工智能训练师培训报名处",
 [("phone", "04725126688", "(0472)5126688"), ("phone", "+8615147261839", "+86 151-4726-1839")],
 "U01 classified; quotes the 人社 plan number", "包头")
fl("post-2.html", "人工智能训练师证书 人社部颁发 包过 零基础直考二级",
 """<p>人工智能训练师考证中心 —— 国家人工智能职业技能评价中心授权考点!零基础、不限学历、不限经验,直接报考二级技师,<b>三级连报更优惠</b>,不过全额退款。
证书入库可查,查询官网:www.rgzn-zscx.com。</p><p>样证编号:S000015020001253000128 &nbsp; 学员晒单:订单号2025112618830021 已出证</p>
<p>咨询热线:180 4721 9365 &nbsp; 支持支付宝担保交易,支付问题可咨询支付宝客服95188</p>""",
 "U03", "人工智能训练师考证中心",
 [("phone", "+8618047219365", "180 4721 9365"), ("domain", "rgzn-zscx.com", "www.rgzn-zscx.com")],
 "U03 scam classified: fake national centre, fake query site, 包过", "包头")
fl("post-3.html", "职通人才:人工智能训练师 挂靠 落户 积分 一站式办理",
 """<p>包头职通人才服务有限公司常年办理各类技能证书,人工智能训练师三级可直接对应中级职称,挂靠年收入8000起。
考点:包头市昆都仑区职业技能鉴定考点(前台 0472-5331870)。</p>
<p>【联系人】张经理 【电话】13948721506 【营业执照】""" + C_U04 + """</p>
<p style="color:#999">(发布模板示例:联系电话 13800138000,请替换为真实号码)</p>""",
 "U04", "包头职通人才服务有限公司",
 [("phone", "+8613948721506", "13948721506"), ("uscc", C_U04, C_U04)],
 "U04 classified; template placeholder left in text; exam venue desk number", "包头")
fl("post-4.html", "柯桥启明培训学校 人工智能训练师五级/四级 春季班",
 """<p>绍兴市柯桥区启明职业技能培训学校,人社部门批准办学。课程按国家职业技能标准授课,认定由备案评价机构组织,不承诺通过。
政策咨询请拨12333。</p><p>电话 15057512894 &nbsp; 邮箱 qiming_px@126.com</p>""",
 "U05", "柯桥启明培训学校",
 [("phone", "+8615057512894", "15057512894"), ("email", "qiming_px@126.com", "qiming_px@126.com")],
 "U05 classified (Shaoxing)", "绍兴")
fl("post-5.html", "鑫途考证 人工智能训练师证 不用上课 15天出证",
 """<p>人工智能训练师三级证书 1980元/本,二级 2980元/本,两本一起办再减500。无需培训,不用考试,15天出证,官网可查。</p>
<p>联系:178 5843 7260 &nbsp; QQ1976325804(鑫途考证)</p>""",
 "U07", "鑫途考证",
 [("phone", "+8617858437260", "178 5843 7260"), ("qq", "1976325804", "1976325804")],
 "U07 classified; price per certificate, no training", "绍兴")
fl("post-6.html", "包头个人 数据标注/人工智能训练师五级 一对一辅导",
 """<p>本人计算机专业,在包头做标注项目组长。一对一辅导五级理论+实操,按小时收费 120元/小时,不包证。</p>
<p>包头个人辅导 赵老师 电话:130 1547 8264</p><p style="color:#999">(发布模板示例:联系电话 13800138000,请替换为真实号码)</p>""",
 "I01", "包头个人辅导", [("phone", "+8613015478264", "130 1547 8264")], "I01 independent tutor; template placeholder", "包头")

# =====================================================================
# wenda — Q&A
def wd(fname, q, answers, is_offer=False, op=None, prov=None, ids=(), note=""):
    b = '<h1>%s</h1><p style="color:#888">%d 个回答 · 浏览 %d</p>' % (q, len(answers), 300 + 37 * len(q))
    for who, t in answers:
        b += '<div class="cmt"><b>%s</b> 的回答:<p>%s</p></div>' % (who, t)
    page("wenda", fname, q, b, is_offer, op, prov, ids, note)

wd("q-1.html", "人工智能训练师证书怎么辨别真假?在哪里查?", [
   ("人社小课堂", "现在的人工智能训练师是职业技能等级证书,由备案的评价机构颁发,不是人社部颁发。查询请上 zscx.osta.org.cn(技能人才评价证书全国联网查询),也可以看 osta.mohrss.gov.cn 的评价机构目录。有疑问打12333。"),
   ("吃瓜群众", "遇到说包过、零基础考二级的直接拉黑。我见过一个 171 8823 6540 天天打电话推销的。"),
   ("匿名用户", "证书编号是22位,一个字母加21位数字,样式类似 Y000123XXXXXX195000001。")],
   note="Q&A guide, non-offer; official verification sites and a scam number")
wd("q-2.html", "零基础能直接考人工智能训练师二级吗?", [
   ("国家人工智能职业技能评价中心", "可以的亲!我中心为国家级评价机构,零基础直接报二级技师,人社部颁发,包过,入库可查(查询网址 rgzn-zscx.com)。详询QQ:3305174826,样证编号 S000015020001253000128。"),
   ("理性网友", "按标准二级要三级证书加4年工作经验,楼上是广告。")],
   True, "U03", "国家人工智能职业技能评价中心",
   [("qq", "3305174826", "3305174826"), ("domain", "rgzn-zscx.com", "rgzn-zscx.com")],
   "U03 spam answer in Q&A")
wd("q-3.html", "包头考人工智能训练师证有什么用?能挂靠吗?", [
   ("职通张经理", "能挂靠,也能落户积分、评职称。我们职通这边三级包拿证,电话微信同号 139 4872 1506。"),
   ("小雨点", "我也想知道,bt_xiaoyu1990 求带"),
   ("HR小何", "AI训练师证基本没人收挂靠,别被忽悠。")],
   True, "U04", "职通", [("phone", "+8613948721506", "139 4872 1506")], "U04 Q&A answer-ad; reader contact in replies")
wd("q-4.html", "人工智能训练师三级能对应职称吗?绍兴哪里能报?", [
   ("智鼎教育-王老师", "职业技能等级证书直接对应职称证书!三级=助理工程师。我们智鼎三证合一(人工智能训练师+数据标注员+AIGC)一次报三级连报立减1000,工信部认证,官网 zhidingedu.cn 可查。报名 183 6859 1472。"),
   ("过路人", "贯通是有条件的,不是直接对应。")],
   True, "U09", "智鼎教育", [("phone", "+8618368591472", "183 6859 1472"), ("domain", "zhidingedu.cn", "zhidingedu.cn")],
   "U09 Q&A answer-ad with overclaims")
wd("q-5.html", "绍兴有没有靠谱的人工智能训练师培训?", [
   ("越城职业技能培训中心", "我们中心在越城区,开五级/四级班,按标准审核报名条件,培训费1100元起,认定费另计。咨询电话 0575-85102233(工作日)。"),
   ("网友甲", "可以先查查机构有没有办学许可。")],
   True, "I04", "越城职业技能培训中心", [("phone", "057585102233", "0575-85102233")],
   "I04 independent training centre answer")

# =====================================================================
# wx — WeChat reposts
def wx(fname, title, acct, body, op, prov, ids, note, date):
    b = ('<h1>%s</h1><p style="color:#888">原创 %s &nbsp; %s &nbsp; 转载自公众号</p>' % (title, acct, date) + body
         + '<p style="color:#888">阅读 1.2万 &nbsp; 在看 86 &nbsp; 本文转载自公众号“%s”,如有侵权请联系删除。</p>' % acct)
    page("wx", fname, title, b, True, op, prov, ids, note)

wx("a-1.html", "人社新职业|人工智能训练师三级报名通道开启,补贴最高2000元", "越智教育", """
<p>人工智能训练师是人社部2020年发布的新职业(4-04-05-05)。越智教育本期开设三级班,线上直播授课。参保职工可申领技能提升补贴。</p>
<p>报名咨询:400 826 5710 &nbsp; 加老师微信 yuezhi_kefu 领取备考资料</p>
<p style="font-size:12px">绍兴越智人工智能科技有限公司 &nbsp; 统一社会信用代码 """ + C_U02 + "</p>",
 "U02", "越智教育", [("phone", "4008265710", "400 826 5710"), ("wechat", "yuezhi_kefu", "yuezhi_kefu"), ("uscc", C_U02, C_U02)],
 "U02 WeChat article repost", "2026-03-08")
wx("a-2.html", "紧急通知!人工智能训练师证书最后一批,错过再等一年", "AI训练师报考服务中心", """
<p>人社部证书退出后,人工智能训练师成为最后一批国家认可的证书!零基础直考,人社部颁发,包过,拿证后升职加薪。</p>
<p>报名加微信:rgznzx888 &nbsp; 或致电 18047219365</p><p>样证编号:S000015020001253000128</p>
<p style="color:#999">点击阅读原文或拨打 400-000-0000 获取报名表</p>""",
 "U03", "AI训练师报考服务中心", [("wechat", "rgznzx888", "rgznzx888"), ("phone", "+8618047219365", "18047219365")],
 "U03 scam WeChat article; editor template placeholder number left in", "2026-03-10")
wx("a-4.html", "我是怎么零基础靠AI数据标注月入过万的(附训练营)", "周老师AI课堂", """
<p>去年我还是个宝妈,现在靠数据标注接单月入过万。90%小白都能学会,训练营原价9999限时99,还送人工智能训练师考证指导。</p>
<p>加我微信 zhouai2026,或进QQ群 736 281 945。报名表:https://jinshuju.net/f/Zq82Tt</p>
<p style="color:#999">点击阅读原文或拨打 400-000-0000 获取报名表</p>""",
 "U06", "周老师AI课堂", [("wechat", "zhouai2026", "zhouai2026"), ("qq_group", "736281945", "736 281 945")],
 "U06 WeChat testimonial-style ad; form tool link; placeholder", "2026-03-11")
wx("a-5.html", "北方职院2026年人工智能训练师(数据标注员)技能培训招生", "北方职院", """
<p>学院继续教育学院面向社会开展人工智能训练师四级、三级培训,考核合格由备案评价机构颁发职业技能等级证书,可在 jndj.osta.org.cn 查询。</p>
<p>联系人:张老师15904726318 &nbsp; 邮箱 JXJY@bfzy.edu.cn</p>""",
 "U08", "北方职院", [("phone", "+8615904726318", "15904726318"), ("email", "jxjy@bfzy.edu.cn", "JXJY@bfzy.edu.cn")],
 "U08 WeChat repost of college enrolment notice", "2026-03-06")

# =====================================================================
# video — short video
def vd(fname, title, author, desc, op, prov, ids, note, likes):
    b = ('<div style="background:#000;color:#fff;height:220px;padding:10px">▶ 视频播放器</div><h1>%s</h1><p>@%s · %s赞</p><p>%s</p>' % (title, author, likes, desc)
         + cmts(("用户8831", "求链接"), ("抖友_包头", "同城吗")))
    page("video", fname, title, b, True, op, prov, ids, note)

vd("v-1.html", "AI训练师三级到底值不值得考?", "越智老师讲AI",
   "看完视频还想了解的,私我或者加薇 YueZhi_KeFu,课程报名表 jinshuju.net 上填一下就行 #人工智能训练师 #考证",
   "U02", "越智老师讲AI", [("wechat", "yuezhi_kefu", "YueZhi_KeFu")], "U02 short video; form tool", "2.3万")
vd("v-2.html", "人社部颁发!人工智能训练师证包过,最后一批", "考证小助手",
   "零基础直接考,三级连报优惠,VX:RGZNZX888 扣扣 3305 1748 26 #AI #考证 #包过",
   "U03", "考证小助手", [("wechat", "rgznzx888", "RGZNZX888"), ("qq", "3305174826", "3305 1748 26")], "U03 scam short video", "8.1万")
vd("v-3.html", "宝妈在家做AI数据标注,一天200+", "小周老师聊AI",
   "原价9999限时99!评论区扣1,或者V我 zhouAI2026 拉你进群 #副业 #人工智能训练师",
   "U06", "小周老师聊AI", [("wechat", "zhouai2026", "zhouAI2026")], "U06 short video", "15.6万")
vd("v-4.html", "三证合一!人工智能训练师+数据标注员+AIGC一次拿", "智鼎考证",
   "工信部认证,直接对应职称。VX: zhiding_edu 全国热线 400-058-7731 样证编号S000015020001253000128 晒单 订单号 2025112618830021 #绍兴 #考证",
   "U09", "智鼎考证", [("wechat", "zhiding_edu", "zhiding_edu"), ("phone", "4000587731", "400-058-7731")], "U09 short video", "3.4万")
vd("v-5.html", "包头AI小刘:五级实操数据标注怎么练", "包头AI小刘",
   "五级实操练习分享,需要练习素材和一对一陪练的可以私信,微信 btai_xiaoliu #包头 #人工智能训练师",
   "I05", "包头AI小刘", [("wechat", "btai_xiaoliu", "btai_xiaoliu")], "I05 independent short video", "1.1万")

# =====================================================================
# news
page("news", "n-1.html", "警惕“包过”人工智能训练师证书骗局 我市多人被骗",
 """<h1>警惕“包过”人工智能训练师证书骗局 我市多人被骗</h1><p>越州新闻网 记者 沈洁 2026-03-05</p>
<p>近日,市民王女士反映,她在网上看到“人工智能训练师三级包过、人社部颁发”的广告,按对方手机 17188236540 的要求转账3800元,证书到手后却在全国联网查询平台查不到。
市人社局提醒:职业技能等级证书由经备案的评价机构颁发,政府部门不参与监制;查询请登录 zscx.osta.org.cn 或技能人才评价工作网 osta.mohrss.gov.cn,
专业技术类证书可到中国人事考试网 cpta.com.cn 核验。遇到虚假宣传可拨打12315投诉,政策咨询请拨打12333。</p>""",
 note="news warning, non-offer; quotes a scam mobile")
page("news", "n-2.html", "技能成才 柯桥启明学校开设人工智能训练师培训班",
 """<h1>技能成才 柯桥启明学校开设人工智能训练师培训班</h1><p>越州新闻网 2026-03-07 【推广】</p>
<p>为服务数字经济,柯桥区启明职业技能培训学校今春开设人工智能训练师五级、四级培训班,采用“理论+实操”教学,学员考核合格后由备案评价机构颁发证书,可在 zscx.osta.org.cn 查询。
报名电话:0575 8456 1230。学校统一社会信用代码:""" + C_U05 + "。</p>",
 True, "U05", "柯桥区启明职业技能培训学校",
 [("phone", "057584561230", "0575 8456 1230"), ("uscc", C_U05, C_U05)], "U05 advertorial on news site")
page("news", "n-3.html", "绍兴智鼎教育:AI时代 一张证书打开职业新通道",
 """<h1>绍兴智鼎教育:AI时代 一张证书打开职业新通道</h1><p>越州新闻网 2026-03-09 【企业资讯】</p>
<p>绍兴智鼎教育科技有限公司推出人工智能训练师“三证合一”项目,宣称证书“直接对应职称”“工信部认证”。咨询热线 4000587731,官网 www.zhidingedu.cn。
(统一社会信用代码 """ + C_U09 + ")</p>",
 True, "U09", "绍兴智鼎教育科技有限公司",
 [("phone", "4000587731", "4000587731"), ("domain", "zhidingedu.cn", "www.zhidingedu.cn"), ("uscc", C_U09, C_U09)],
 "U09 advertorial on news site")
page("news", "n-4.html", "第三十届绍兴黄酒节开幕 游客可免费品鉴",
 """<h1>第三十届绍兴黄酒节开幕 游客可免费品鉴</h1><p>越州新闻网 2026-03-10</p>
<p>昨日,黄酒节在鉴湖畔开幕,现场设有品鉴区和非遗展示区。活动咨询:0575-85208800(本报热线)。</p>""",
 note="unrelated news, non-offer")

# =====================================================================
# rsj — notice site
page("rsj", "notice-1.html", "关于公布2026年第一批职业技能等级认定计划的通知",
 """<h1>关于公布2026年第一批职业技能等级认定计划的通知</h1><p>发布机构:包头市职业技能鉴定指导中心 &nbsp; 发布日期:2026-02-26</p>
<p>各有关单位:现将2026年第一批职业技能等级认定计划(计划编号 15020260318)予以公布。其中人工智能训练师(4-04-05-05)五级至三级由内蒙古智联职业技能等级认定中心
(统一社会信用代码 """ + C_EVAL + """)组织实施,考点为包头市昆都仑区职业技能鉴定考点(前台电话 0472-5331870)。</p>
<p>证书查询:zscx.osta.org.cn。政策咨询:12333。请考生通过正规渠道报名,谨防“包过”骗局。</p>""",
 note="official 人社 notice, non-offer: plan number, third-party evaluation centre and venue")
page("rsj", "notice-2.html", "关于防范技术技能类“山寨证书”的提醒",
 """<h1>关于防范技术技能类“山寨证书”的提醒</h1><p>发布日期:2026-03-02</p>
<p>根据人社部函〔2022〕25号,凡宣称“人社部颁发”“包过”“不培训直接发证”的人工智能训练师证书广告均涉嫌虚假宣传。
职业技能等级证书可通过 jndj.osta.org.cn、zscx.osta.org.cn 或技能人才评价工作网 osta.mohrss.gov.cn 查询;专业技术人员职业资格证书请到 cpta.com.cn 核验。举报咨询:12333;消费投诉:12315。</p>""",
 note="official warning, non-offer")

# =====================================================================
# shop
def sh(fname, title, store, price, body, op, prov, ids, note):
    b = ('<div>店铺:<b>%s</b> &nbsp; 月销 %d</div><h1>%s</h1><p class="price">¥%s</p>' % (store, 50 + len(title) * 3, title, price)
         + body + '<p style="font-size:12px;color:#888">付款后如遇支付问题请联系支付宝客服95188</p>')
    page("shop", fname, title, b, True, op, prov, ids, note)

sh("item-1.html", "人工智能训练师三级证书办理 免培训 官网可查", "鑫途教育", "1980",
   "<p>不用上课不用考,资料齐全15天出证。收款方:绍兴市越城区鑫途教育咨询服务部。售前咨询旺旺/QQ:1976325804</p>",
   "U07", "鑫途教育", [("other", "绍兴市越城区鑫途教育咨询服务部", "绍兴市越城区鑫途教育咨询服务部"), ("qq", "1976325804", "1976325804")],
   "U07 shop item; payee name")
sh("item-2.html", "人工智能训练师二级技师 加急办理 三级+二级套餐", "鑫途证书服务", "4460",
   "<p>二级技师加急办,套餐两本立减500。拍下联系微信:xintu_zs 提交资料。收款方 绍兴市越城区鑫途教育咨询服务部</p>",
   "U07", "鑫途证书服务", [("wechat", "xintu_zs", "xintu_zs"), ("other", "绍兴市越城区鑫途教育咨询服务部", "绍兴市越城区鑫途教育咨询服务部")],
   "U07 shop item, second store name; tied by payee")
sh("item-3.html", "智鼎 人工智能训练师三证合一 报名服务", "智鼎教育专营店", "3980",
   "<p>三证合一,三级连报。拍前请联系客服微信 zhiding_edu 或电话 18368591472 确认报名条件。</p>",
   "U09", "智鼎教育专营店", [("wechat", "zhiding_edu", "zhiding_edu"), ("phone", "+8618368591472", "18368591472")], "U09 shop item")
sh("item-4.html", "人工智能训练师五级 题库+实操练习包(电子版)", "智学优选", "39",
   "<p>历年理论题库+数据标注实操练习素材,自学使用,不含报名和证书。问题请QQ联系 2417095863。</p>",
   "I06", "智学优选", [("qq", "2417095863", "2417095863")], "I06 independent shop item (study pack)")
sh("item-5.html", "越智AI学院 人工智能训练师四级/三级 直播课", "越智教育旗舰店", "2680",
   "<p>直播+录播,班主任督学。开票主体:绍兴越智人工智能科技有限公司(" + C_U02 + ")。课程顾问QQ 2851937460,邮箱 yuezhi_ai@163.com</p>",
   "U02", "越智教育旗舰店", [("uscc", C_U02, C_U02), ("qq", "2851937460", "2851937460"), ("email", "yuezhi_ai@163.com", "yuezhi_ai@163.com")],
   "U02 shop item")

# =====================================================================
# college
page("college", "px-ai.html", "继续教育学院关于开展人工智能训练师职业技能培训的通知",
 """<h1>关于开展人工智能训练师职业技能培训的通知</h1><p>包头北方职业技术学院继续教育学院 2026-03-03</p>
<p>我院面向社会开设人工智能训练师(数据标注员)四级、三级培训。申报条件按国家职业技能标准审核,不符合条件者不予报名。
认定由内蒙古智联职业技能等级认定中心(统一社会信用代码 """ + C_EVAL + """)按包头市2026年第一批认定计划(计划编号 15020260318)组织,
考点:包头市昆都仑区职业技能鉴定考点(前台 0472-5331870)。证书可在 zscx.osta.org.cn 查询,政策咨询12333。</p>
<p>报名咨询:0472-3368215 &nbsp; 张老师 159 0472 6318 &nbsp; 邮箱 jxjy@bfzy.edu.cn &nbsp; 报名平台 jxjy.bfzy.edu.cn</p>
<p style="color:#c00">提醒:有人以 171 8823 6540 冒充我院老师收费,我院从未授权。</p>""",
 True, "U08", "包头北方职业技术学院继续教育学院",
 [("phone", "04723368215", "0472-3368215"), ("phone", "+8615904726318", "159 0472 6318"),
  ("email", "jxjy@bfzy.edu.cn", "jxjy@bfzy.edu.cn"), ("domain", "jxjy.bfzy.edu.cn", "jxjy.bfzy.edu.cn")],
 "U08 college continuing-education notice, honest")

# ---------- operators ----------
OPERATORS = {
 "U01": ["鹿城智训职业培训学校", "智训教育(包头)", "鹿城智训", "包头人工智能训练师培训报名处"],
 "U02": ["越智AI学院", "越智教育", "越智老师讲AI", "越智教育旗舰店"],
 "U03": ["人工智能训练师考证中心", "国家人工智能职业技能评价中心", "AI训练师报考服务中心", "考证小助手"],
 "U04": ["职通人才", "包头职通人才服务有限公司", "职通"],
 "U05": ["启明职培", "柯桥启明培训学校", "柯桥区启明职业技能培训学校"],
 "U06": ["小周AI训练营", "周老师AI课堂", "小周老师聊AI"],
 "U07": ["鑫途考证", "鑫途教育", "鑫途证书服务"],
 "U08": ["北方职院继续教育", "北方职院", "包头北方职业技术学院继续教育学院"],
 "U09": ["智鼎教育", "智鼎考证", "绍兴智鼎教育科技有限公司", "智鼎教育专营店"],
}

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline quoted by notices, guides and honest sellers"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline; also the shop platform's footer"),
 ("phone", "12345", ["12345"], "government service hotline in the 人社 site footer"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site quoted by many sellers and notices"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试网 verification, quoted in news"),
 ("phone", "4006603921", ["400-660-3921"], "course marketplace's own customer-service line in every footer"),
 ("email", "service@kelifang.com", ["service@kelifang.com"], "course marketplace's own e-mail in every footer"),
 ("domain", "kelifang.com", ["www.kelifang.com"], "course marketplace's own domain in every footer"),
 ("uscc", C_KLF, [C_KLF], "course marketplace operator's own USCC in every footer"),
 ("qq_group", "284716035", ["284716035"], "forum's official QQ group in every footer"),
 ("email", "admin@lucheng0472.com", ["admin@lucheng0472.com"], "forum's report e-mail in every footer"),
 ("phone", "4000186652", ["400-018-6652"], "classifieds site's own hotline in every footer"),
 ("other", "蒙ICP备18003527号-2", ["蒙ICP备18003527号-2"], "classifieds site's ICP number in every footer"),
 ("domain", "yidengfl.com", ["www.yidengfl.com"], "classifieds site's domain in every footer"),
 ("wechat", "weiwenzhai_official", ["weiwenzhai_official"], "repost site's own public account in every footer"),
 ("email", "jubao@douying.cn", ["jubao@douying.cn"], "video platform's report e-mail in every footer"),
 ("phone", "057585208800", ["0575-85208800"], "news site's own hotline in every footer, also quoted in an unrelated article"),
 ("qq", "938571026", ["938571026"], "shop platform's customer-service QQ in every footer"),
 ("phone", "+8617188236540", ["17188236540", "171 8823 6540"], "scam number quoted in news, complaints, Q&A and in two honest sellers' impostor warnings"),
 ("other", "2025112618830021", ["2025112618830021"], "order number: quoted in a complaint and reused as a fake success screenshot by two scam sellers"),
 ("phone", "+8615020260318", ["15020260318"], "11-digit 人社 certification plan number that looks like a mobile; quoted by two sellers"),
 ("other", "S000015020001253000128", ["S000015020001253000128"], "sample certificate number copied by several scam sellers"),
 ("phone", "+8613800138000", ["13800138000"], "classifieds template placeholder left in two sellers' posts"),
 ("phone", "4000000000", ["400-000-0000"], "WeChat editor template placeholder in two sellers' articles"),
 ("wechat", "bt_xiaoyu1990", ["bt_xiaoyu1990"], "a reader's own WeChat left in comments under two sellers' posts"),
 ("phone", "04725331870", ["0472-5331870"], "exam venue front desk quoted by sellers and the 人社 notice"),
 ("uscc", C_EVAL, [C_EVAL], "third-party evaluation centre quoted by two sellers and the notice"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several unrelated sellers"),
 ("phone", "95188", ["95188"], "payment platform's customer service, on shop items and a classified"),
]
# fix news hotline normalisation: landline '0' + area + number -> 057585208800

# ---------- render ----------
def frame(s, title, body, crumbs, related):
    nav = "".join('<a href="/%s/index.html">%s</a>' % (s["key"], n) for n in s["nav"])
    crumb = " &gt; ".join(['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (s["key"], s["name"])] + crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, html.escape(t)) for h, t in related)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title>"
            "<style>%s</style></head><body><header style=\"background:%s\"><b>%s</b> <nav>%s</nav></header>"
            "<div class=\"crumb\">%s</div><div class=\"wrap\"><main>%s<h4>相关链接</h4><ul class=\"rel\">%s</ul></main>"
            "<aside>%s</aside></div><footer>%s</footer></body></html>\n") % (
            html.escape(title), s["name"], CSS, s["color"], s["name"], nav, crumb, body, rel, s["side"], s["footer"])

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    files = {}
    for key, s in SITES.items():
        sp = [p for p in PAGES if p["site"] == key]
        for p in sp:
            rel = [("/%s/%s" % (key, q["fname"]), q["title"]) for q in sp if q is not p][:4]
            files["/%s/%s" % (key, p["fname"])] = frame(s, p["title"], p["body"], [html.escape(p["title"][:18])], rel)
        lst = "".join('<li><a href="%s">%s</a></li>' % (q["fname"], html.escape(q["title"])) for q in sp)
        idx = "<h1>%s</h1><p>最新内容</p><ul>%s</ul>" % (s["name"], lst)
        files["/%s/index.html" % key] = frame(s, s["name"], idx, ["首页"], [("/index.html", "返回导航")])
    hub = "".join('<li><a href="/%s/index.html">%s</a> <small>(%s)</small></li>' % (k, s["name"], s["style"]) for k, s in SITES.items())
    files["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航 · 包头/绍兴 考证信息一周浏览</title></head>"
                           "<body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % hub)
    for path, text in files.items():
        fp = OUT + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(OUT + "/robots.txt", "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tp = []
    for path in sorted(files):
        p = next((q for q in PAGES if "/%s/%s" % (q["site"], q["fname"]) == path), None)
        if p is None:
            tp.append({"path": path, "is_offer": False, "operator": None, "provider": None, "identifiers": [],
                       "note": "hub page" if path == "/index.html" else
                       ("site index page of U01's own school site; its footer carries U01 contacts but it is not an offer" if path == "/zhixun/index.html" else "site index page")})
        else:
            tp.append({"path": path, "is_offer": p["is_offer"], "operator": p["operator"], "provider": p["provider"],
                       "identifiers": p["ids"], "note": p["note"]})
    ops = {}
    for op, brands in OPERATORS.items():
        ids = []
        for p in PAGES:
            if p["operator"] == op:
                for k, v, _ in p["ids"]:
                    if [k, v] not in ids:
                        ids.append([k, v])
        ops[op] = {"brands": brands, "identifiers": ids}
    # sanity: no identifier shared by two sellers
    owner = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            o = owner.setdefault((k, v), p["operator"])
            assert o == p["operator"], ("shared identifier", k, v, o, p["operator"])
    decoys = []
    for k, v, written, why in DECOYS:
        pages = sorted(pth for pth, t in files.items() if any(w in t for w in written))
        assert len(pages) >= 2, (v, pages)
        for (ik, iv), o in owner.items():
            assert iv != v, ("decoy equals seller id", v)
        decoys.append({"kind": k, "value": v, "written": written, "pages": pages, "why": why})
    # sanity: decoy written forms must not hide inside seller written forms
    for p in PAGES:
        for k, v, w in p["ids"]:
            for d in DECOYS:
                for dw in d[2]:
                    assert dw not in w and w not in dw, (dw, w)
    truth = {"pages": tp, "operators": ops, "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(files), "offers", sum(1 for p in tp if p["is_offer"]), "decoys", len(decoys))

if __name__ == "__main__":
    main()
