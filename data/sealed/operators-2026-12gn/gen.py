#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, plus truth.json. Standard library only, deterministic."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(first16):
    s17 = first16 + org_check(first16[8:16])
    s = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18))
    r = 31 - s % 31
    return s17 + ALPHA[0 if r == 31 else r]


USCC_U01 = uscc("5232080006821457")   # 民办非企业单位, 淮安
USCC_U02 = uscc("5251030009317724")   # 民办非企业单位, 自贡
USCC_U03 = uscc("914401010MA5CK3R")   # 企业, 广州, state-sounding name
USCC_U08 = uscc("913208000MA21XN7")   # 企业, 淮安
USCC_I02 = uscc("923203000MA1T8Q4")   # 个体工商户

# ---------------------------------------------------------------- sites
SITES = {
 "peixun-ha": dict(name="淮安智训职业技能培训学校", style="training-company",
   menu=["首页", "课程中心", "人工智能训练师", "补贴政策", "联系我们"], color="#0a5fa8",
   side="<h4>报名须知</h4><p>五级需从事相关工作满1年或经学徒培训;四级起按国家职业技能标准逐级申报。</p>",
   foot="淮安智训职业技能培训学校 · 地址:淮安市清江浦区健康西路128号3楼 · 电话:0517-83912245 · 手机:139-5231-7760<br>"
        "统一社会信用代码:" + USCC_U01 + " · 苏ICP备2021034567号-1 · www.hazhixun.cn"),
 "zgedu": dict(name="自贡蜀锦职业培训中心", style="training-company",
   menu=["网站首页", "培训项目", "师资力量", "学员风采", "在线报名"], color="#8a1c1c",
   side="<h4>联系我们</h4><p>自流井区五星街汇东路口·蜀锦大厦6楼</p>",
   foot="自贡蜀锦职业培训中心 版权所有 · 招生热线:0813-5203318 · 招生老师:182 8137 2205 · QQ:2853301947 · 邮箱:zgsj_px@163.com<br>"
        "统一社会信用代码 " + USCC_U02 + " · 蜀ICP备19008812号 · www.zgshujin.com"),
 "kecheng": dict(name="学知课堂", style="course-marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证", "企业培训", "我的课程"], color="#ff6a00",
   side="<h4>平台保障</h4><p>7天无理由退款 · 学知课堂担保交易</p>",
   foot="学知课堂 www.xuezhiketang.com · 客服热线 400-820-3721 · 客服邮箱 kefu@xuezhiketang.com · 沪ICP备16021937号-2"),
 "bbs": dict(name="淮安论坛·教育培训版", style="forum",
   menu=["论坛首页", "淮安杂谈", "教育培训", "求职招聘", "二手市场"], color="#3b6e3b",
   side="<h4>版规</h4><p>广告帖请发在‘培训信息’子版,违者删帖。</p>",
   foot="淮安论坛 bbs.hazhi.net · 官方QQ群:312207851 · 站务邮箱:admin@hazhi.net · 苏ICP备10052613号"),
 "fenlei": dict(name="易居分类信息", style="classifieds",
   menu=["首页", "淮安", "自贡", "教育培训", "招聘", "发布信息"], color="#00a870",
   side="<h4>安全提示</h4><p>凡是要求先付定金、代办证书的,请提高警惕。</p>",
   foot="易居分类 www.yijufenlei.com · 客服电话 010-57626688 · 京ICP备12048877号-3 · 本站信息由用户发布,真实性请自行核实"),
 "wenda": dict(name="知问问答", style="qa",
   menu=["首页", "教育", "职场", "法律", "提问"], color="#2f54eb",
   side="<h4>相关问题</h4><p>人工智能训练师证书有用吗? · 证书怎么查真假?</p>",
   foot="知问问答 zhiwen.cn · 反馈邮箱 help@zhiwen.cn · 京ICP备15033412号"),
 "mp": dict(name="微文摘", style="wechat-repost",
   menu=["推荐", "教育", "职场", "本地", "科技"], color="#07c160",
   side="<h4>热门文章</h4><p>自贡2025年技能补贴怎么领? · 淮安新职业汇总</p>",
   foot="微文摘 wxwenzhai.com 文章转载自微信公众号,版权归原作者 · 投诉:tougao@wxwenzhai.com"),
 "video": dict(name="快看短视频·网页版", style="short-video",
   menu=["推荐", "关注", "同城", "直播", "知识"], color="#fe2c55",
   side="<h4>同城热门</h4><p>#淮安 #自贡 #考证 #人工智能</p>",
   foot="快看短视频 · 违法和不良信息举报电话:400-140-2108 · 网信算备110108000002号"),
 "news": dict(name="淮安新报网", style="news",
   menu=["首页", "时政", "民生", "教育", "商讯"], color="#b30000",
   side="<h4>新闻热线</h4><p>0517-83665110</p>",
   foot="淮安新报网 www.haxinbao.cn · 新闻热线 0517-83665110 · 苏ICP备05006271号 · 互联网新闻信息服务许可证32120170012"),
 "rsj": dict(name="淮安市人力资源和社会保障局", style="gov-notice",
   menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"], color="#c8161d",
   side="<h4>便民服务</h4><p>人社服务热线 12333</p>",
   foot="主办:淮安市人力资源和社会保障局 · 地址:淮安市承德南路 · hrss.huaian.gov.cn · 服务热线:12333"),
 "shop": dict(name="淘优选商城", style="shop",
   menu=["首页", "分类", "教育培训", "店铺", "购物车"], color="#ff5000",
   side="<h4>购物保障</h4><p>正品保障 · 支付宝担保交易 · 支付宝客服95188</p>",
   foot="淘优选商城 · 平台客服 0571-88157700 · www.taoyouxuan.com · 浙B2-20190315"),
}

PAGES = []  # dicts


def P(path, title, body, *, offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      crumb=crumb or title))


def cm(items):
    """comments block"""
    return "<div class='comments'><h4>评论</h4>" + "".join(
        f"<div class='c'><b>{u}</b>:{t}</div>" for u, t in items) + "</div>"


# ---------------------------------------------------------------- U01 淮安智训 (honest, own site)
U01_ids_site = [("phone", "+8613952317760", "139-5231-7760"), ("phone", "051783912245", "0517-83912245"),
                ("domain", "hazhixun.cn", "www.hazhixun.cn"), ("uscc", USCC_U01, USCC_U01),
                ("other", "苏ICP备2021034567号-1", "苏ICP备2021034567号-1")]
P("/peixun-ha/index.html", "淮安智训职业技能培训学校-首页",
  "<div class='banner'>2025年人工智能训练师(四级/五级)培训班火热报名中</div>"
  "<p>我校为淮安市人社局公布的职业技能培训定点机构,开设人工智能训练师、电工、保育师等项目。"
  "人工智能训练师(职业编码4-04-05-05)设数据标注员、人工智能算法测试员两个工种。</p>"
  "<ul><li><a href='/peixun-ha/course-ai.html'>人工智能训练师四级(中级工)周末班</a></li>"
  "<li>电工五级晚班(已满)</li></ul><p>符合条件的参保职工取证后可申领技能提升补贴,具体以人社部门审核为准。</p>",
  offer=True, op="U01", provider="淮安智训职业技能培训学校", ids=U01_ids_site,
  note="U01 own training-school home page inviting enrolment")
P("/peixun-ha/course-ai.html", "人工智能训练师四级周末班招生简章",
  "<h2>人工智能训练师(四级/中级工)周末班</h2><p>培训地点:清江浦区健康西路128号;课时:理论+实操约50课时。</p>"
  "<p>申报条件:取得五级证书后从事本职业4年;或累计从事本职业6年;或技工院校相关专业毕业。"
  "我们会在报名时逐项审核材料,不符合条件不收费。</p><p>认定考试安排在市考点,考试批次号 13520250628(以人社通知为准),"
  "考点前台电话:0517-83608812。证书由备案评价机构颁发,可登录 zscx.osta.org.cn 查询。</p>"
  "<p>费用:培训费1680元(含教材),认定费按物价标准另收。加微信 hazx_ai 获取课表。</p>",
  offer=True, op="U01", provider="淮安智训职业技能培训学校",
  ids=U01_ids_site + [("wechat", "hazx_ai", "hazx_ai")],
  note="U01 own site course page, honest, level-4 conditions stated")

# ---------------------------------------------------------------- U02 自贡蜀锦 (honest, own site)
U02_ids_site = [("phone", "08135203318", "0813-5203318"), ("phone", "+8618281372205", "182 8137 2205"),
                ("qq", "2853301947", "2853301947"), ("email", "zgsj_px@163.com", "zgsj_px@163.com"),
                ("uscc", USCC_U02, USCC_U02), ("domain", "zgshujin.com", "www.zgshujin.com"),
                ("other", "蜀ICP备19008812号", "蜀ICP备19008812号")]
P("/zgedu/index.html", "自贡蜀锦职业培训中心",
  "<p>蜀锦职培成立于2012年,面向自贡、内江、宜宾学员开展职业技能培训。</p>"
  "<p>热招:<a href='/zgedu/ai-trainer.html'>人工智能训练师(数据标注员)五级/四级</a>、中式烹调师、育婴员。</p>"
  "<p>温馨提示:技能等级证书由经人社部门备案的评价机构颁发,本中心不承诺‘包过’。</p>",
  offer=True, op="U02", provider="自贡蜀锦职业培训中心", ids=U02_ids_site,
  note="U02 own training-centre home page")
P("/zgedu/ai-trainer.html", "人工智能训练师(数据标注员)培训",
  "<h2>人工智能训练师 数据标注员 五级/四级</h2><p>五级:从事相关工作满1年或完成学徒培训即可报名,参考课时60;四级参考课时50。</p>"
  "<p>开班:每月第二周;自流井区蜀锦大厦6楼机房实操。学费:五级980元、四级1380元。</p>"
  "<p>考试批次号 13520250628 的考位已满,下一批请留意通知。证书查询:zscx.osta.org.cn。</p>",
  offer=True, op="U02", provider="自贡蜀锦职业培训中心", ids=U02_ids_site, note="U02 own site course page, honest")

# ---------------------------------------------------------------- kecheng marketplace
P("/kecheng/c1021.html", "【淮安面授】人工智能训练师四级取证班-智训教育",
  "<div class='price'>¥1680 <s>¥2280</s></div><p>机构:<b>智训教育</b>(淮安)·已报名 214 人·好评率 97%</p>"
  "<p>课程大纲:数据采集和处理、数据标注、智能系统运维、基本要求。</p><p>咨询老师:139 5231 7760,微信 HAZX_AI(备注学知课堂)。</p>",
  offer=True, op="U01", provider="智训教育",
  ids=[("phone", "+8613952317760", "139 5231 7760"), ("wechat", "hazx_ai", "HAZX_AI")],
  note="U01 listing on course marketplace under short brand")
P("/kecheng/c2088.html", "AIGC+人工智能训练师 双证速成班|灵犀AI学苑",
  "<div class='price'>¥2980 <s>¥9999</s> 限时</div><p>课程ID:13800925166 · 机构:<b>灵犀AI学苑</b></p>"
  "<p>50节录播课,零基础可学,结课即可报考三级,双证同发,人社部颁发,官网可查!</p>"
  "<p>机构官网 lingxixueyuan.com · 报名专线 400-618-7723</p>",
  offer=True, op="U04", provider="灵犀AI学苑",
  ids=[("domain", "lingxixueyuan.com", "lingxixueyuan.com"), ("phone", "4006187723", "400-618-7723")],
  note="U04 marketplace course, misleading: 零基础报三级, 人社部颁发, 双证")
P("/kecheng/c3105.html", "数据标注员实训+推荐上岗|云标数据学院",
  "<div class='price'>¥1280</div><p>机构:<b>云标数据学院</b>(淮安经济技术开发区)</p>"
  "<p>真实标注项目实训4周,考核合格推荐至合作项目组;可协助报名人工智能训练师五级认定(需满足1年工作经历)。</p>"
  "<p>企业官网 yunbiaodata.cn;招生:180 5239 1476</p>",
  offer=True, op="U08", provider="云标数据学院",
  ids=[("domain", "yunbiaodata.cn", "yunbiaodata.cn"), ("phone", "+8618052391476", "180 5239 1476")],
  note="U08 data-annotation company course on marketplace")
P("/kecheng/c4410.html", "人工智能训练师三级冲刺直播课-北辰AI实训营",
  "<div class='price'>¥899</div><p>机构:<b>北辰AI实训营</b></p><p>适合已取得四级证书并满足年限的学员,"
  "覆盖业务分析、智能训练、智能系统设计、培训与指导四章。课后答疑:136 0517 2849(刘老师)。</p>",
  offer=True, op="I01", provider="北辰AI实训营", ids=[("phone", "+8613605172849", "136 0517 2849")],
  note="independent marketplace course, honest")

# ---------------------------------------------------------------- U03 中智 (scam)
CERT_SAMPLE = "S000032000124305000187"
P("/shop/item-7788.html", "人工智能训练师证书 三级 二级 一级 全国通用 包过-中智认证旗舰店",
  f"<div class='price'>¥3600/本 · 三证同报立减1500</div><p>商品编号 15920250611 · 已售 1.2万+</p>"
  f"<p>中智人才评价中心直属,免培训、包通过、国家认可、官方认证!零基础不限学历可直接报二级技师。</p>"
  f"<p>证书样本编号:{CERT_SAMPLE}(样本仅供参考)。客服微信 zzrc_666 / 电话 176 2039 1188</p>"
  f"<p>店铺资质:广州中智人才评价服务有限公司 统一社会信用代码:{USCC_U03}</p>"
  + cm([("淘友a***8", "发货很快,就是查询网站打不开"), ("z***9", "客服说下个月才能入库")]),
  offer=True, op="U03", provider="中智认证旗舰店",
  ids=[("wechat", "zzrc_666", "zzrc_666"), ("phone", "+8617620391188", "176 2039 1188"), ("uscc", USCC_U03, USCC_U03)],
  note="U03 scam shop listing: 包过, three levels at once, priced per certificate")
P("/video/v-ai-bg.html", "人工智能证书不用考也能拿?",
  "<div class='vid'>▶ 00:47 · 中智证书老师 · 获赞 3.1万</div><p>文案:人社部证书退出了,现在考这个AI训练师才是风口!"
  "不用培训、不用考试,三个月拿证,全国通用 #人工智能训练师 #考证</p><p>主页:V:zzrc_666 备注‘AI证’</p>"
  + cm([("淮安小丽", "真的假的?我微信 lily_ha1990 求带"), ("路人甲", "包过的都是骗子吧")]),
  offer=True, op="U03", provider="中智证书老师", ids=[("wechat", "zzrc_666", "V:zzrc_666".split(":")[1])],
  note="U03 short-video ad, scam slogans")
P("/fenlei/ha-3390.html", "【淮安】人工智能训练师/数据标注员证书代办 国培AI证书办理",
  "<p>类别:教育培训 > 职业技能 · 区域:淮安-清江浦</p><p>国培AI证书办理,人工智能训练师各等级均可办理,不限年龄不限专业无门槛,"
  "7天出证,官网可查。电话:176-2039-1188 Q:3398127765</p>",
  offer=True, op="U03", provider="国培AI证书办理",
  ids=[("phone", "+8617620391188", "176-2039-1188"), ("qq", "3398127765", "3398127765")],
  note="U03 classifieds under another brand")
P("/mp/a-zz.html", "国家新职业|人工智能训练师证书报名通道开启",
  "<p class='src'>来源:公众号‘证书报考指南’ 原文转载</p><p>人工智能训练师是人社部认证的新职业,持证可落户加分、评职称、领补贴。"
  "名额有限,先到先得!报名咨询 扣扣:3398127765</p><p>证书样本:" + CERT_SAMPLE + "</p>",
  offer=True, op="U03", provider="证书报考指南", ids=[("qq", "3398127765", "3398127765")],
  note="U03 WeChat-article repost, misleading authority wording")

# ---------------------------------------------------------------- U04 灵犀 (misleading)
P("/mp/a-lingxi.html", "90%小白都能学会!AI训练师+AIGC双证,原价9999限时99",
  "<p class='src'>来源:灵犀学堂 公众号</p><p>4小时直播入门,零基础可学,拿到证书便可升职加薪。报名填写表单:https://jinshuju.net/f/Lx7QpA</p>"
  "<p>课程顾问微信号:Lingxi-AI01 · 全国服务热线 400 618 7723</p>",
  offer=True, op="U04", provider="灵犀学堂",
  ids=[("wechat", "lingxi-ai01", "Lingxi-AI01"), ("phone", "4006187723", "400 618 7723")],
  note="U04 WeChat repost, 99-yuan hook")
P("/video/v-lingxi.html", "三分钟看懂人工智能训练师",
  "<div class='vid'>▶ 03:02 · 灵犀AI · 获赞 8千</div><p>想学的扣1,vx lingxi-ai01 领资料包</p>"
  + cm([("用户7781", "1"), ("阿强", "能在自贡考吗")]),
  offer=True, op="U04", provider="灵犀AI", ids=[("wechat", "lingxi-ai01", "lingxi-ai01")],
  note="U04 short-video lead page")

# ---------------------------------------------------------------- U05 王老师 (agent)
P("/fenlei/ha-1180.html", "淮安 人工智能训练师 五级四级报名 王老师",
  "<p>类别:教育培训 · 区域:淮安-淮阴区 · 发布者:王老师(证书报名)</p>"
  "<p>代报人工智能训练师、保育师、健康管理师,报名费+考试费一站式,补贴后几乎免费!电话 158 6170 6632(微信 wangls_ha)</p>",
  offer=True, op="U05", provider="王老师(证书报名)",
  ids=[("phone", "+8615861706632", "158 6170 6632"), ("wechat", "wangls_ha", "wangls_ha")],
  note="U05 classifieds agent")
P("/bbs/t-3321.html", "[培训信息] 淮安职业技能报名点 人工智能训练师本月截止",
  "<div class='post'><b>楼主 淮安职业技能报名点</b><p>本月最后一批人工智能训练师报名,五级、四级都有,电话/微信:15861706632。</p></div>"
  + cm([("2楼 lily", "有补贴吗?加我 lily_ha1990"), ("3楼 版主", "广告请勿刷屏")]),
  offer=True, op="U05", provider="淮安职业技能报名点", ids=[("phone", "+8615861706632", "15861706632")],
  note="U05 forum ad post")
P("/wenda/q-207.html", "在淮安怎么报人工智能训练师?",
  "<div class='q'>问:在淮安怎么报人工智能训练师?需要什么条件?</div><div class='a'><b>热心网友 王老师</b>:"
  "我这边可以代报,名额多,加我 wx: wangls_ha 发你简章。</div><div class='a'><b>匿名</b>:去人社局官网看通知,或打12333。</div>",
  offer=True, op="U05", provider="王老师", ids=[("wechat", "wangls_ha", "wangls_ha")],
  note="U05 advertising answer in Q&A")

# ---------------------------------------------------------------- U06 川南 (Zigong)
P("/fenlei/zg-7702.html", "自贡 川南职培 人工智能训练师培训 周末班",
  "<p>区域:自贡-大安区</p><p>川南职培开设人工智能训练师五级班,实操机房上课。报名电话:137 7851 9902 邮箱:cnjp_zg@qq.com</p>",
  offer=True, op="U06", provider="川南职培",
  ids=[("phone", "+8613778519902", "137 7851 9902"), ("email", "cnjp_zg@qq.com", "cnjp_zg@qq.com")],
  note="U06 classifieds")
P("/bbs/t-3408.html", "自贡的朋友看过来,人工智能训练师考证交流群",
  "<div class='post'><b>楼主 自贡川南教育</b><p>我们在自贡开班,报名群 617283940,电话13778519902。</p></div>"
  + cm([("2楼 lily", "我在淮安能报吗?lily_ha1990"), ("3楼 老张", "去年在这考过,还行")]),
  offer=True, op="U06", provider="自贡川南教育",
  ids=[("qq_group", "617283940", "617283940"), ("phone", "+8613778519902", "13778519902")],
  note="U06 forum post")
P("/mp/a-cn.html", "川南技工培训:2025年人工智能训练师开班啦",
  "<p class='src'>来源:川南技工培训 公众号</p><p>五级60课时,四级50课时,参保职工取证可申请技能提升补贴(五级最高1000元,四级最高1500元)。</p>"
  "<p>QQ群:617283940 · 邮箱 CNJP_ZG@qq.com</p>",
  offer=True, op="U06", provider="川南技工培训",
  ids=[("qq_group", "617283940", "617283940"), ("email", "cnjp_zg@qq.com", "CNJP_ZG@qq.com")],
  note="U06 WeChat repost, honest subsidy figures")
P("/news/adv-zg.html", "【商讯】川南职业培训学校助力自贡数字经济人才培养",
  "<p class='tag'>本文为商业推广</p><p>川南职业培训学校今年已培训数据标注学员300余人……即日起招收人工智能训练师五级学员。咨询电话:137-7851-9902</p>",
  offer=True, op="U06", provider="川南职业培训学校", ids=[("phone", "+8613778519902", "137-7851-9902")],
  note="U06 advertorial on news site")

# ---------------------------------------------------------------- U07 国职 (scam, fake query site)
P("/shop/item-8125.html", "人社部颁发 人工智能训练师三级 直接拿证-国职认证中心",
  f"<div class='price'>¥2680</div><p>人社部颁发,国家职业资格证书,入库可查!查询网站 www.gzcx-query.cn</p>"
  f"<p>付款户名:杭州启锐信息咨询有限公司 · 电话 199 5178 6620</p><p>证书样本:{CERT_SAMPLE}</p>",
  offer=True, op="U07", provider="国职认证中心",
  ids=[("domain", "gzcx-query.cn", "www.gzcx-query.cn"), ("other", "杭州启锐信息咨询有限公司", "杭州启锐信息咨询有限公司"),
       ("phone", "+8619951786620", "199 5178 6620")],
  note="U07 scam shop: 人社部颁发, fake query domain")
P("/bbs/t-3519.html", "[培训信息] 人工智能训练师证 不用考 国职证书办理",
  "<div class='post'><b>楼主 国职证书办理</b><p>证书可在 gzcx-query.cn 查询,加V gzrz2025,付款户名 杭州启锐信息咨询有限公司。</p></div>",
  offer=True, op="U07", provider="国职证书办理",
  ids=[("domain", "gzcx-query.cn", "gzcx-query.cn"), ("wechat", "gzrz2025", "gzrz2025"),
       ("other", "杭州启锐信息咨询有限公司", "杭州启锐信息咨询有限公司")],
  note="U07 forum spam post")
P("/video/v-gz.html", "人社部证书退出,哪家证书来接盘?",
  "<div class='vid'>▶ 00:38 · 国职认证李老师</div><p>AI训练师三级,躺赚补贴,私信或加 GZRZ2025,电话19951786620</p>",
  offer=True, op="U07", provider="国职认证李老师",
  ids=[("wechat", "gzrz2025", "GZRZ2025"), ("phone", "+8619951786620", "19951786620")],
  note="U07 short-video ad")

# ---------------------------------------------------------------- U08 云标数据 (company)
P("/fenlei/ha-4471.html", "淮安云标数据科技有限公司 招聘数据标注员(可带薪培训)",
  f"<p>区域:淮安-经开区 · 薪资 3500-5500</p><p>零经验可培训,培训后协助报考人工智能训练师五级。简历:HR@yunbiaodata.cn 电话18052391476</p>"
  f"<p>企业信息:统一社会信用代码 {USCC_U08}</p>",
  offer=True, op="U08", provider="淮安云标数据科技有限公司",
  ids=[("email", "hr@yunbiaodata.cn", "HR@yunbiaodata.cn"), ("phone", "+8618052391476", "18052391476"), ("uscc", USCC_U08, USCC_U08)],
  note="U08 job+training ad")
P("/wenda/q-301.html", "数据标注员要考证吗?",
  "<div class='q'>问:数据标注员要考人工智能训练师证吗?</div><div class='a'><b>云标数据</b>:不强制,但有证优先。"
  "我们公司带薪培训并可协助报考五级,简历投 hr@yunbiaodata.cn</div>",
  offer=True, op="U08", provider="云标数据", ids=[("email", "hr@yunbiaodata.cn", "hr@yunbiaodata.cn")],
  note="U08 answer with enrolment invitation")

# ---------------------------------------------------------------- U09 盐都 (Zigong)
P("/shop/item-9033.html", "自贡 人工智能训练师五级报名 盐都职教",
  "<div class='price'>¥1180</div><p>盐都职教,自贡本地面授,数据标注实操。店主微信 yandu_zj,门店电话 0813-2306617</p>",
  offer=True, op="U09", provider="盐都职教",
  ids=[("wechat", "yandu_zj", "yandu_zj"), ("phone", "08132306617", "0813-2306617")],
  note="U09 shop listing")
P("/mp/a-yd.html", "自贡人注意!这个新职业证书可以领补贴",
  "<p class='src'>来源:自贡盐都技能服务部</p><p>人工智能训练师五级,本地开班。【联系方式:13800138000】"
  "(编辑注:以下为真实电话)153 0813 7290 / (0813)2306617</p>",
  offer=True, op="U09", provider="自贡盐都技能服务部",
  ids=[("phone", "+8615308137290", "153 0813 7290"), ("phone", "08132306617", "(0813)2306617")],
  note="U09 WeChat repost with template placeholder left in")
P("/video/v-yd.html", "盐都职教张老师:数据标注员一天都做什么",
  "<div class='vid'>▶ 01:25 · 盐都职教张老师</div><p>想报班的联系15308137290,vx:Yandu_zj</p>",
  offer=True, op="U09", provider="盐都职教张老师",
  ids=[("phone", "+8615308137290", "15308137290"), ("wechat", "yandu_zj", "Yandu_zj")],
  note="U09 short-video")

# ---------------------------------------------------------------- U02 off-site
P("/video/v-zg-03.html", "自贡考证|人工智能训练师五级实操课片段",
  "<div class='vid'>▶ 02:11 · 蜀锦培训小刘</div><p>主页简介:报名+Q 2853301947,☎18281372205</p>",
  offer=True, op="U02", provider="蜀锦培训小刘",
  ids=[("qq", "2853301947", "2853301947"), ("phone", "+8618281372205", "18281372205")],
  note="U02 short-video")
P("/fenlei/zg-5521.html", "自贡蜀锦职培 人工智能训练师五级 四级招生",
  "<p>区域:自贡-自流井</p><p>联系电话:0813—5203318 邮箱 ZGSJ_PX@163.COM</p>",
  offer=True, op="U02", provider="自贡蜀锦职培",
  ids=[("phone", "08135203318", "0813—5203318"), ("email", "zgsj_px@163.com", "ZGSJ_PX@163.COM")],
  note="U02 classifieds")

# ---------------------------------------------------------------- U01 classifieds
P("/fenlei/ha-2231.html", "淮安智训培训学校 人工智能训练师四级周末班",
  "<p>区域:淮安-清江浦</p><p>淮安智训培训学校,周末班,电话 0517 83912245,官网 hazhixun.cn。认定考试批次号 13520250628。</p>",
  offer=True, op="U01", provider="淮安智训培训学校",
  ids=[("phone", "051783912245", "0517 83912245"), ("domain", "hazhixun.cn", "hazhixun.cn")],
  note="U01 classifieds")

# ---------------------------------------------------------------- independents
P("/shop/item-6610.html", "人工智能训练师 证书代报名 全程指导-启明证书服务",
  f"<div class='price'>¥499 服务费</div><p>启明证书服务(个体)。代为整理材料、代报名,不承诺通过。Q 2740918365 · 173 0987 1123</p>"
  f"<p>营业执照:{USCC_I02}</p>",
  offer=True, op="I02", provider="启明证书服务",
  ids=[("qq", "2740918365", "2740918365"), ("phone", "+8617309871123", "173 0987 1123"), ("uscc", USCC_I02, USCC_I02)],
  note="independent shop, agent")
P("/fenlei/zg-8890.html", "自贡 刘老师 人工智能训练师五级辅导",
  "<p>区域:自贡-贡井</p><p>一对一辅导理论考试,考点在自贡,考试批次号 13520250628。证书查 zscx.osta.org.cn。电话 138 9006 1457</p>",
  offer=True, op="I03", provider="刘老师", ids=[("phone", "+8613890061457", "138 9006 1457")],
  note="independent classifieds tutor")
P("/video/v-i4.html", "AI小白学堂:零基础转行AI训练师",
  "<div class='vid'>▶ 00:59 · AI小白学堂</div><p>90%小白都能学会,学完送证书!微信 xbxt-2026</p>",
  offer=True, op="I04", provider="AI小白学堂", ids=[("wechat", "xbxt-2026", "xbxt-2026")],
  note="independent short-video hook")
P("/wenda/q-412.html", "人工智能训练师线上课哪家靠谱?",
  "<div class='q'>问:人工智能训练师线上课哪家靠谱?</div><div class='a'><b>知远教育官方</b>:南京知远教育提供线上理论+线下实操,"
  "咨询 025-86652310,资料发 zhiyuan_edu@126.com</div><div class='a'><b>网友</b>:先确认评价机构是否备案,可以打12333问。</div>",
  offer=True, op="I05", provider="南京知远教育",
  ids=[("phone", "02586652310", "025-86652310"), ("email", "zhiyuan_edu@126.com", "zhiyuan_edu@126.com")],
  note="independent Q&A answer ad")
P("/mp/a-i6.html", "成都数启:人工智能训练师四级精品班",
  "<p class='src'>来源:成都数启培训</p><p>【联系方式:13800138000】请以下方为准:189 8062 7413 · shuqipx.com · 报名表 https://jinshuju.net/f/Sq21bT</p>",
  offer=True, op="I06", provider="成都数启培训",
  ids=[("phone", "+8618980627413", "189 8062 7413"), ("domain", "shuqipx.com", "shuqipx.com")],
  note="independent WeChat repost, template placeholder left in")

# ---------------------------------------------------------------- non-offers
P("/rsj/notice-2025.html", "关于开展2025年第三批职业技能等级认定的通知",
  "<p>各有关单位:根据工作安排,第三批人工智能训练师(4-04-05-05)等职业技能等级认定定于2025年6月28日举行,考试批次号 13520250628。</p>"
  "<p>考点:淮安市公共实训基地,考点前台电话:0517-83608812。证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。"
  "咨询请拨打12333。</p><p>提醒:本局从未委托任何中介机构‘包过’代办证书。</p>",
  note="人社局 official notice (non-offer)")
P("/news/warn-1.html", "警惕!‘人工智能训练师证书包过’骗局又来了",
  "<p>记者 周敏</p><p>近日,市民李女士反映,她在网上看到‘三证同报、不用考试’的广告,转账2680元后对方失联。"
  "李女士提供的骗子电话为 171 9982 6630,微信 zhengshu_8899。</p><p>市场监管部门提示:遇到虚假广告可拨打12315投诉,"
  "证书真伪请到 osta.mohrss.gov.cn 查询,人社政策咨询拨12333。</p>",
  note="news warning quoting scam numbers (non-offer)")
P("/bbs/t-3601.html", "[曝光] 被所谓AI证书中心骗了2000多",
  "<div class='post'><b>楼主 淮安吃瓜群众</b><p>大家别上当,骗子电话17199826630,微信 zhengshu_8899,说是人社部颁发,钱付了就拉黑。已打12315。</p></div>"
  + cm([("2楼", "同被骗,他们还有个假的查询网站"), ("3楼", "报警了吗")]),
  note="forum complaint quoting scam contacts (non-offer)")
P("/wenda/q-099.html", "人工智能训练师证书怎么查真假?",
  "<div class='q'>问:网上买的人工智能训练师证书怎么查真假?</div><div class='a'><b>答</b>:职业技能等级证书由备案评价机构颁发,"
  "登录 zscx.osta.org.cn 输入姓名、证件号、证书编号查询;编号是1个大写字母加21位数字。对方说‘人社部颁发’‘包过’的要小心,"
  "比如有人反映的 zhengshu_8899 就是骗子。也可拨打12333。</div>",
  note="Q&A guide on verifying certificates (non-offer)")
P("/mp/a-guide.html", "一文看懂:人工智能训练师五个等级怎么报",
  "<p class='src'>来源:职场充电站</p><p>五级(初级工)60课时、四级50课时、三级40课时、二级40课时、一级30课时。二级、一级需要逐级取证并满足年限,"
  "宣称零基础直接考技师的广告不可信。证书查询只认 zscx.osta.org.cn 等官方网站。</p>",
  note="WeChat-article guide (non-offer)")
P("/shop/item-1200.html", "Python编程从入门到实践(第3版) 正版图书",
  "<div class='price'>¥69.8</div><p>商品编号 10020250611 · 人民邮电出版社</p>",
  note="unrelated shop item (non-offer)")

# ---------------------------------------------------------------- site index pages
INDEX_INTRO = {
 "peixun-ha": None, "zgedu": None,
 "kecheng": "学知课堂 · 职业技能频道:精选人工智能、数据标注、考证课程",
 "bbs": "淮安论坛 · 教育培训版 帖子列表",
 "fenlei": "易居分类 · 教育培训信息(淮安 / 自贡)",
 "wenda": "知问问答 · 教育分类热门问题",
 "mp": "微文摘 · 教育 职场 文章精选",
 "video": "快看短视频 · 知识频道 同城推荐",
 "news": "淮安新报网 · 教育 商讯",
 "rsj": "淮安市人力资源和社会保障局 · 通知公告",
 "shop": "淘优选商城 · 教育培训类目",
}

CSS = """body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;background:#f5f5f5}
header{color:#fff;padding:8px 16px}nav a{color:#fff;margin-right:12px}.crumb{font-size:12px;color:#666;padding:4px 16px}
main{display:flex;gap:16px;padding:0 16px}article{flex:3;background:#fff;padding:12px}aside{flex:1;background:#fff;padding:12px}
footer{font-size:12px;color:#888;padding:12px 16px;border-top:1px solid #ddd}.price{color:#e4393c;font-size:20px}
.c{border-bottom:1px dashed #ddd;padding:4px 0}"""


def esc_title(t):
    return t


def render(page, site_key, site_pages):
    s = SITES[site_key]
    menu = "".join(f"<a href='/{site_key}/index.html'>{m}</a>" if i == 0 else f"<span>{m}</span> "
                   for i, m in enumerate(s["menu"]))
    if page["path"].endswith("/index.html"):
        crumb = f"<a href='/index.html'>导航</a> &gt; {s['name']}"
    else:
        crumb = f"<a href='/index.html'>导航</a> &gt; <a href='/{site_key}/index.html'>{s['name']}</a> &gt; {page['crumb']}"
    rel = [p for p in site_pages if p["path"] != page["path"] and not p["path"].endswith("/index.html")][:4]
    related = "<h4>相关推荐</h4><ul>" + "".join(f"<li><a href='{p['path']}'>{p['title']}</a></li>" for p in rel) + "</ul>"
    return (f"<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>{page['title']} - {s['name']}</title>"
            f"<style>{CSS}</style></head><body class='{s['style']}'>\n"
            f"<header style='background:{s['color']}'><b>{s['name']}</b> <nav>{menu}</nav></header>\n"
            f"<div class='crumb'>{crumb}</div>\n<main><article><h1>{page['title']}</h1>\n{page['body']}\n</article>\n"
            f"<aside>{s['side']}{related}</aside></main>\n<footer>{s['foot']}</footer>\n</body></html>\n")


def build():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["path"].split("/")[1], []).append(p)
    for k in SITES:
        if not any(p["path"] == f"/{k}/index.html" for p in by_site.get(k, [])):
            items = sorted(by_site.get(k, []), key=lambda p: p["path"])
            body = f"<p>{INDEX_INTRO[k]}</p><ul>" + "".join(
                f"<li><a href='{p['path']}'>{p['title']}</a></li>" for p in items) + "</ul>"
            P(f"/{k}/index.html", s_name(k) + " 首页", body, note=f"index page of {k} ({SITES[k]['style']})",
              crumb=SITES[k]["name"])
            by_site[k].append(PAGES[-1])
        else:
            # own-site index: make sure it links all its pages
            idx = [p for p in by_site[k] if p["path"] == f"/{k}/index.html"][0]
            for p in by_site[k]:
                if p is not idx and p["path"] not in idx["body"]:
                    idx["body"] += f"<p><a href='{p['path']}'>{p['title']}</a></p>"
    html = {}
    for p in PAGES:
        k = p["path"].split("/")[1]
        html[p["path"]] = render(p, k, sorted(by_site[k], key=lambda q: q["path"]))
    hub_links = "".join(f"<li><a href='/{k}/index.html'>{SITES[k]['name']}</a>({SITES[k]['style']})</li>" for k in SITES)
    html["/index.html"] = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body>"
                           f"<h1>网址导航:淮安 · 自贡 一周搜索</h1><ul>{hub_links}</ul></body></html>\n")
    PAGES.append(dict(path="/index.html", title="网址导航", is_offer=False, operator=None, provider=None,
                      identifiers=[], note="hub linking every site's index"))
    for path, h in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    return html


def s_name(k):
    return SITES[k]["name"]


DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline quoted by sellers, Q&A and the 人社局 site"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline quoted in news and complaints"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site, quoted by many sellers"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008203721", ["400-820-3721"], "course marketplace's own customer-service number in every kecheng footer"),
 ("email", "kefu@xuezhiketang.com", ["kefu@xuezhiketang.com"], "course marketplace's own e-mail in footer"),
 ("domain", "xuezhiketang.com", ["www.xuezhiketang.com"], "course marketplace's own domain in footer"),
 ("qq_group", "312207851", ["312207851"], "forum's official QQ group in footer"),
 ("other", "京ICP备12048877号-3", ["京ICP备12048877号-3"], "classifieds platform ICP number in footer"),
 ("domain", "yijufenlei.com", ["www.yijufenlei.com"], "classifieds platform domain in footer"),
 ("phone", "01057626688", ["010-57626688"], "classifieds platform customer service in footer"),
 ("phone", "057188157700", ["0571-88157700"], "shop platform customer service in footer"),
 ("phone", "95188", ["95188"], "payment platform (支付宝) hotline in shop sidebar"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform report hotline in footer"),
 ("email", "tougao@wxwenzhai.com", ["tougao@wxwenzhai.com"], "WeChat-repost site's own complaint e-mail"),
 ("email", "help@zhiwen.cn", ["help@zhiwen.cn"], "Q&A platform feedback e-mail"),
 ("phone", "051783665110", ["0517-83665110"], "news site hotline"),
 ("phone", "+8617199826630", ["171 9982 6630", "17199826630"], "scammer phone quoted in a news warning and a forum complaint"),
 ("wechat", "zhengshu_8899", ["zhengshu_8899"], "scammer WeChat quoted in warning, complaint and Q&A"),
 ("phone", "+8613520250628", ["13520250628"], "really an exam batch number (考试批次号) quoted by several sellers and the notice"),
 ("phone", "+8615920250611", ["15920250611"], "really a shop item number (商品编号)"),
 ("phone", "+8613800925166", ["13800925166"], "really a marketplace course ID"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number copied by several scam sellers"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder left in reposts of different sellers"),
 ("wechat", "lily_ha1990", ["lily_ha1990"], "a reader's own WeChat in comments under different sellers' posts"),
 ("phone", "051783608812", ["0517-83608812"], "exam venue front desk quoted by a seller and the notice"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (金数据) used by different sellers"),
 ("domain", "hrss.huaian.gov.cn", ["hrss.huaian.gov.cn"], "人社局 site's own domain in footer"),
]


def main():
    html = build()
    for p in PAGES:
        h = html[p["path"]]
        for kind, val, wr in p["identifiers"]:
            assert wr in h, (p["path"], wr)
    seller_written = {w for p in PAGES for _, _, w in p["identifiers"]}
    decoys = []
    for kind, val, written, why in DECOYS:
        for w in written:
            for sw in seller_written:
                assert w not in sw and sw not in w, (w, sw)
        pages = sorted(path for path, h in html.items() if any(w in h for w in written))
        assert pages, val
        decoys.append(dict(kind=kind, value=val, written=written, pages=pages, why=why))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, dict(brands=[], identifiers=[]))
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for kind, val, _ in p["identifiers"]:
                if [kind, val] not in d["identifiers"]:
                    d["identifiers"].append([kind, val])
    truth = dict(pages=[dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                             identifiers=p["identifiers"], note=p["note"]) for p in sorted(PAGES, key=lambda p: p["path"])],
                 operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(PAGES)} offers={sum(p['is_offer'] for p in PAGES)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
