#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers. Stdlib only, deterministic."""
import json, os, re, shutil, html

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(prefix8, body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(body8, ws)) % 11
    oc = "X" if c == 10 else "0" if c == 11 else str(c)
    s17 = prefix8 + body8 + oc
    r = 31 - sum(ALPH.index(ch) * (3 ** i % 31) for i, ch in enumerate(s17)) % 31
    return s17 + ALPH[0 if r == 31 else r]
assert uscc("91440300", "19220382") == "914403001922038216"
assert uscc("91330100", "71610585") == "91330100716105852F"

U01_USCC = uscc("91330106", "MA2H3K7P")
U03_USCC = uscc("91440300", "MA5G8N2C")
U05_USCC = uscc("52310104", "MJ4R6X1B")
U08_USCC = uscc("91110108", "MA01W7TK")
I06_USCC = uscc("12330000", "47001856")

# ---------------------------------------------------------------- sites
SITES = {
 "hzzhixun": dict(name="智训教育·杭州智训职业技能培训有限公司", style="training-company", domain="www.hzzhixun.com",
   menu=["首页", "课程中心", "考证指南", "学员风采", "联系我们"],
   side="<h4>联系我们</h4><p>总部:杭州市西湖区文三路 259 号昌地火炬大厦 7 楼</p><p>咨询热线:0571-86721390</p><p>工作时间:周一至周六 9:00-18:00</p>",
   foot="杭州智训职业技能培训有限公司 版权所有 · 电话 0571-86721390 · 网址 www.hzzhixun.com · 浙ICP备2021008817号"),
 "xuetu": dict(name="学途课堂 — 职业技能好课市场", style="course-marketplace", domain="www.xuetuketang.com",
   menu=["首页", "IT互联网", "职业考证", "人工智能", "机构入驻", "我的学习"],
   side="<h4>平台保障</h4><ul><li>7 天无理由退课</li><li>机构资质审核</li><li>客服热线 400-690-2288</li></ul>",
   foot="学途课堂 www.xuetuketang.com · 客服 400-690-2288 · 商务合作 kefu@xuetuketang.com · 京ICP备18023317号-2 · 平台仅提供信息服务,课程由入驻机构提供"),
 "bbs": dict(name="职场圈论坛 › 考证交流", style="forum", domain="bbs.zhichangquan.net",
   menu=["论坛首页", "考证交流", "求职招聘", "职场吐槽", "版规"],
   side="<h4>版务公告</h4><p>禁止发布广告,违者封号。</p><p>论坛官方交流群:581302746</p>",
   foot="职场圈论坛 bbs.zhichangquan.net · 官方交流群 581302746 · 违规举报 admin@zhichangquan.net · 苏ICP备16052231号"),
 "baixing": dict(name="百姓易 · 同城分类信息", style="classifieds", domain="www.baixingyi.com",
   menu=["首页", "教育培训", "二手物品", "招聘", "房产", "免费发布"],
   side="<h4>安全提示</h4><p>凡是要求先付定金、转账到个人账户的,请提高警惕。</p><p>客服电话 010-5873 9000</p>",
   foot="百姓易 www.baixingyi.com · 客服电话 010-5873 9000 · 京ICP备15064420号 · 本站信息由网友发布,本站不对其真实性负责"),
 "wenda": dict(name="问答堂 — 有问题,就问问答堂", style="qa", domain="www.wendatang.com",
   menu=["首页", "教育", "职场", "科技", "提问"],
   side="<h4>相关问题</h4><ul><li>数据标注员工资高吗?</li><li>职业技能等级证书怎么查?</li></ul>",
   foot="问答堂 www.wendatang.com · 用户协议 · 举报邮箱 report@wendatang.com · 沪ICP备19011420号"),
 "weiwen": dict(name="微文汇 · 公众号好文转载", style="wechat-repost", domain="www.weiwenhui.net",
   menu=["首页", "职场", "教育", "科技", "本地"],
   side="<h4>热门阅读</h4><ul><li>2026 年新职业盘点</li><li>数据标注真的能月入过万吗</li></ul>",
   foot="微文汇 www.weiwenhui.net · 文章均转载自微信公众号,版权归原作者 · 投稿/删稿 tougao@weiwenhui.net · 粤ICP备20047716号"),
 "kuaikan": dict(name="快看视频 · 短视频", style="short-video", domain="www.kuaikan.tv",
   menu=["推荐", "关注", "知识", "职场", "直播"],
   side="<h4>猜你喜欢</h4><ul><li>AI绘画一分钟上手</li><li>35岁转行做什么</li></ul>",
   foot="快看视频 www.kuaikan.tv · 违法和不良信息举报电话 400-140-2108 · 举报邮箱 jubao@kuaikan.tv · 京ICP备17026623号"),
 "minsheng": dict(name="民生观察网", style="news", domain="www.minshengguancha.cn",
   menu=["首页", "时政", "民生", "教育", "财经", "曝光台"],
   side="<h4>曝光台</h4><p>新闻热线:0731-8820 6611</p>",
   foot="民生观察网 www.minshengguancha.cn · 新闻热线 0731-8820 6611 · 湘ICP备12008862号 · 互联网新闻信息服务许可证 43120170003"),
 "college": dict(name="浙江信诚职业技术学院 继续教育学院", style="college", domain="jxjy.zjxcvc.edu.cn",
   menu=["学院首页", "学院概况", "职业技能认定", "社会培训", "通知公告"],
   side="<h4>办公地点</h4><p>滨江校区行政楼 301</p><p>电话:0571-8697 3521</p>",
   foot="浙江信诚职业技术学院继续教育学院 · 地址:杭州市滨江区江南大道 1088 号 · 电话 0571-8697 3521 · jxjy@zjxcvc.edu.cn"),
 "rsj": dict(name="临江市人力资源和社会保障局", style="government-notice", domain="rsj.linjiang.gov.cn",
   menu=["首页", "政务公开", "政策法规", "办事服务", "通知公告", "互动交流"],
   side="<h4>便民服务</h4><ul><li>12333 人社服务热线</li><li>12345 政务服务便民热线</li></ul>",
   foot="主办:临江市人力资源和社会保障局 · 人社服务热线 12333 · 网站标识码 3307000021 · 浙ICP备05017738号"),
 "taoke": dict(name="淘课商城 — 正品网课 放心购", style="shop", domain="www.taokemall.com",
   menu=["首页", "考证专区", "技能提升", "店铺街", "购物车"],
   side="<h4>购物保障</h4><p>官方客服QQ:3007654321</p><p>消费者维权热线 12315</p>",
   foot="淘课商城 www.taokemall.com · 官方客服QQ 3007654321 · 微信支付商户号 1611872093 · 消费者维权热线 12315 · 浙ICP备19033018号"),
}
ORDER = ["hzzhixun", "xuetu", "bbs", "baixing", "wenda", "weiwen", "kuaikan", "minsheng", "college", "rsj", "taoke"]

PAGES = []
def page(site, fn, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, fn=fn, title=title, body=body, is_offer=is_offer, op=op,
                      provider=provider, ids=list(ids), note=note, crumb=crumb or title))

COURSE_CAT = "人工智能训练师(4-04-05-05)"

# ================================================================ U01 杭州智训 (honest, Hangzhou)
page("hzzhixun", "course-l4.html", "人工智能训练师(四级/中级工)周末班招生简章", f"""
<p>课程名称:{COURSE_CAT} 四级 / 中级工 · 周末班</p>
<p>主办:智训教育(杭州智训职业技能培训有限公司,统一社会信用代码 {U01_USCC})</p>
<p>培训课时:理论 20 课时 + 实操 30 课时,共 50 课时,对应《人工智能训练师国家职业技能标准(2021年版)》四级要求。</p>
<p>报考条件:取得五级证书后从事本职业 4 年,或累计从事本职业 6 年,或技工院校相关专业毕业(详见标准)。报名时由老师免费预审资格,不符合条件的不收费。</p>
<p>培训费:2680 元(含教材、实操平台账号)。认定费按评价机构收费标准另行缴纳。</p>
<p>补贴:符合条件的参保职工取证后可申请失业保险技能提升补贴(四级最高 1500 元),以当地人社部门审核为准。</p>
<p>考核地点:浙江工商职业技术学院实训楼(考点前台 0571-8692 0011,仅受理考场事务)。</p>
<p>证书可在 zscx.osta.org.cn 技能人才评价证书全国联网查询。</p>
<p>报名咨询:0571-86721390 / 138-5712-4406(张老师),官网 www.hzzhixun.com</p>""",
 True, "U01", "智训教育",
 [("phone", "057186721390", "0571-86721390"), ("phone", "+8613857124406", "138-5712-4406"),
  ("domain", "hzzhixun.com", "www.hzzhixun.com"), ("uscc", U01_USCC, U01_USCC)],
 "training company's own course page, honest (eligibility check, fee per course)", "课程中心 › 四级周末班")
page("hzzhixun", "l3-enroll.html", "2026年第一期 人工智能训练师三级(高级工)报名通知", f"""
<p>智训职业培训第一期三级班 3 月 21 日开班,名额 40 人。</p>
<p>申报要求:持四级证书满 5 年,或持四级证书且具有高级技工学校、技师学院等相应学历,或大专以上相关专业 + 四级证书后工作满 2 年。</p>
<p>本期认定批次号 2026030512,由备案评价机构组织理论知识考试与操作技能考核,各 100 分,60 分合格。</p>
<p>收费:培训费 3280 元;符合条件者可申领技能提升补贴,三级最高 2000 元。</p>
<p>政策疑问可咨询 12333。报名请添加课程顾问微信 zhixun_ai2024,或致电 0571-86721390。</p>
<p>杭州智训职业技能培训有限公司 统一社会信用代码:{U01_USCC}</p>""",
 True, "U01", "智训职业培训",
 [("phone", "057186721390", "0571-86721390"), ("wechat", "zhixun_ai2024", "zhixun_ai2024"), ("uscc", U01_USCC, U01_USCC)],
 "training company's level-3 enrolment notice", "通知公告 › 三级报名")
page("xuetu", "course-20817.html", "【浙智AI学院】人工智能训练师五级+四级 直播+实操 通关课", """
<p>机构:浙智AI学院 · 已认证机构 · 杭州</p>
<p>价格:¥1980 起(五级) / ¥2680(四级) · 已报名 316 人</p>
<p>课程大纲:数据采集和处理、数据标注、智能系统运维;配套标注平台实操 30 课时。</p>
<p>说明:报名前请确认本人满足申报条件(五级需累计从事相关工作 1 年以上或完成学徒期)。本课程为培训服务,不承诺考试结果。</p>
<p>机构联系:手机 13857124406,微信 ZhiXun_AI2024(备注“学途”)</p>
<div class="reviews"><p>学员评价:老师讲得细,实操平台很好用。— 学员 **9</p></div>""",
 True, "U01", "浙智AI学院",
 [("phone", "+8613857124406", "13857124406"), ("wechat", "zhixun_ai2024", "ZhiXun_AI2024")],
 "marketplace listing of U01 under another brand", "人工智能 › 课程详情")
page("weiwen", "a-zhixun.html", "杭州人注意!这个新职业证书,可以领补贴了", f"""
<p class="src">来源:公众号「杭州技能圈」 · 转载</p>
<p>人工智能训练师是 2020 年人社部等发布的新职业,职业编码 4-04-05-05,分数据标注员和人工智能算法测试员两个工种。</p>
<p>杭州智训这期开设五级、四级、三级班,理论+实操,证书由备案评价机构颁发,可在 jndj.osta.org.cn 查询。</p>
<p>参保满一年的职工取证后可申领技能提升补贴(五级 1000 元、四级 1500 元、三级 2000 元)。</p>
<p>咨询电话:(0571)8672 1390</p>
<p>杭州智训职业技能培训有限公司(信用代码 {U01_USCC})</p>
<p>文末:如需报名,请点击阅读原文填写信息。</p>""",
 True, "U01", "杭州智训",
 [("phone", "057186721390", "(0571)8672 1390"), ("uscc", U01_USCC, U01_USCC)],
 "WeChat article repost promoting U01", "职场 › 正文")

# ================================================================ U02 中科智培 (scam)
page("xuetu", "course-31542.html", "人工智能训练师证 三级/二级/一级 零基础直考 人社部颁发", """
<p>机构:中科智培 · 北京</p>
<p>价格:三级 ¥3980 / 二级 ¥5980 / 一级 ¥7980 · 三证同报立减 2000!</p>
<p>✔ 不限学历 不限经验 零基础可报技师、高级技师<br>✔ 人社部颁发 国家职业资格证书 全国通用 终身有效<br>✔ 包过班:不过全额退费</p>
<p>证书样本(编号 Y000123XXXXXX195000001),入库可查。</p>
<p>报名热线:177 1045 8832 李老师 · 扣扣 2954471830</p>""",
 True, "U02", "中科智培",
 [("phone", "+8617710458832", "177 1045 8832"), ("qq", "2954471830", "2954471830")],
 "scam listing: levels 1-2 to beginners, 人社部颁发, 国家职业资格证书, 包过", "人工智能 › 课程详情")
page("baixing", "ad-zkzp.html", "北京 人工智能训练师考证 高级工 技师 一站式代报名 快速拿证", """
<p>类别:教育培训 › 职业技能 · 区域:北京 海淀</p>
<p>AI训练师考证中心常年招生:五级至一级均可报,免培训、包通过、国家认可、官方认证,最快 30 天下证,可在 zscx.osta.org.cn 查询(以实际为准)。</p>
<p>拿到证书便可升职加薪,企业抢着要!</p>
<p>联系人:李老师 177-1045-8832 微信 zkzp8832</p>""",
 True, "U02", "AI训练师考证中心",
 [("phone", "+8617710458832", "177-1045-8832"), ("wechat", "zkzp8832", "zkzp8832")],
 "classifieds ad, scam wording (免培训、包通过)", "教育培训 › 职业技能")
page("kuaikan", "v-70211.html", "三个月拿下人工智能训练师高级技师?#AI #考证 #副业", """
<p class="author">@国培人工智能认证中心 · 2.3万 获赞</p>
<p class="caption">原价9999 限时99 抢名额!90%小白都能学会,零基础直接报一级,国家认证含金量超高~ 主页有联系方式,V❤:ZKZP8832 电话 幺七七 一零四五 八八三二</p>
<div class="comments"><p>网友“橙子”:这个号 17133069925 之前骗过我朋友,大家小心</p><p>网友“阿伟”:已私信</p></div>""",
 True, "U02", "国培人工智能认证中心",
 [("wechat", "zkzp8832", "ZKZP8832"), ("phone", "+8617710458832", "幺七七 一零四五 八八三二")],
 "short-video caption, obfuscated contacts; comment quotes an unrelated scam number", "知识 › 视频")
page("taoke", "item-5530.html", "【中科智培官方店】人工智能训练师 证书报考服务 三级 高级工 包过班", """
<p>店铺:中科智培教育专营店 · 月销 86</p>
<p>价格:¥3980 → 券后 ¥3580 · 可选:三级单证 / 二级+三级双证 / 三证套餐</p>
<p>宝贝详情:人社部颁发,全国联网可查,不过退款。付款后请联系店铺客服 Q:2954 471 830 登记资料。</p>
<p>对公不方便可转个人,收款人:李建伟。</p>
<p>支付问题请联系支付宝客服 95188。</p>""",
 True, "U02", "中科智培官方店",
 [("qq", "2954471830", "2954 471 830"), ("other", "李建伟", "李建伟")],
 "shop item, bundles per certificate, payee personal name", "考证专区 › 宝贝详情")

# ================================================================ U03 深圳数标未来 (data annotation, mildly misleading)
page("xuetu", "course-40963.html", "数据标注员 / 人工智能训练师四级 实训+推荐上岗", f"""
<p>机构:数标未来 · 深圳 · 企业认证</p>
<p>价格:¥2280 · 课时 50 · 线下实训(南山科技园)</p>
<p>我们是一家数据标注企业,课程由一线标注项目经理授课,结业后优秀学员可推荐到合作项目实习。证书在 zscx.osta.org.cn 可查。</p>
<p>深圳市数标未来科技有限公司 · 统一社会信用代码 {U03_USCC}</p>
<p>座机 0755-2361 8840 · 邮箱 ShuBiao_Edu@163.com</p>""",
 True, "U03", "数标未来",
 [("phone", "075523618840", "0755-2361 8840"), ("email", "shubiao_edu@163.com", "ShuBiao_Edu@163.com"), ("uscc", U03_USCC, U03_USCC)],
 "marketplace listing by a data-annotation company", "人工智能 › 课程详情")
page("baixing", "ad-shubiao.html", "深圳南山 数据标注培训 包推荐工作 考人工智能训练师证", """
<p>类别:教育培训 › 电脑/IT · 区域:深圳 南山</p>
<p>鹏城AI训练营:学完即可接单标注,月入8000+(视个人能力),协议就业名额有限。</p>
<p>在线报名表:https://jinshuju.net/f/pcAI26 (金数据)</p>
<p>简历投递 shubiao_edu#163.com(#换成@) · 电话 135 3097 2214 陈经理</p>""",
 True, "U03", "鹏城AI训练营",
 [("email", "shubiao_edu@163.com", "shubiao_edu#163.com"), ("phone", "+8613530972214", "135 3097 2214")],
 "classifieds ad with job promise (协议就业)", "教育培训 › 电脑/IT")
page("taoke", "item-6218.html", "数标未来教育旗舰店 人工智能训练师四级 数据标注实操课", f"""
<p>店铺:数标未来教育旗舰店 · 月销 142</p>
<p>价格:¥2280 · 含 50 课时视频 + 标注平台账号 3 个月</p>
<p>客服电话:13800000000(模板示例,请以店铺客服为准)</p>
<p>售后:13530972214 · 营业执照 {U03_USCC}</p>""",
 True, "U03", "数标未来教育旗舰店",
 [("phone", "+8613530972214", "13530972214"), ("uscc", U03_USCC, U03_USCC)],
 "shop item; an unfilled template phone remains", "考证专区 › 宝贝详情")

# ================================================================ U04 蓉城职教 (职称/积分 overclaims, Chengdu)
page("bbs", "thread-88213.html", "[经验] 成都考人工智能训练师,四级能加20分,三级30分,证书直接对应职称", """
<p class="post">楼主 蓉城职教-王老师:分享一下,人工智能训练师职业技能等级证书直接对应职称证书,三级+2年=助理工程师。成都积分入户四级 20 分、三级 30 分。我们这边 4 月开班,想了解的加 QQ 1692043357,或进学员群 738215046。</p>
<div class="comments"><p>2楼 小雨:想报名,加我 wx: xiaoyu_0826 一起</p><p>3楼 路人甲:职称贯通是有条件的吧?</p></div>""",
 True, "U04", "蓉城职教",
 [("qq", "1692043357", "1692043357"), ("qq_group", "738215046", "738215046")],
 "forum post advertising with 职称 overclaim; reader leaves own WeChat", "考证交流 › 帖子")
page("wenda", "q-5521.html", "人工智能训练师证书在成都能干什么?能落户吗?", """
<p class="q">提问:人工智能训练师证书在成都能干什么?能落户吗?</p>
<p class="a">最佳回答(成都蓉城职业技能培训学校 认证):可以的,四级、三级都能加分,三级还能评助理工程师。报考需看条件,详情可咨询 182 8015 6637,或扣扣1692043357。官方信息可在 osta.mohrss.gov.cn 查看。</p>""",
 True, "U04", "成都蓉城职业技能培训学校",
 [("phone", "+8618280156637", "182 8015 6637"), ("qq", "1692043357", "1692043357")],
 "Q&A answer that is an ad", "职场 › 问题详情")
page("taoke", "item-7702.html", "蓉职教育 人工智能训练师四级/三级 成都积分入户 职称评审一条龙", """
<p>店铺:蓉职教育 · 月销 35</p>
<p>价格:四级 ¥2880 / 三级 ¥3880</p>
<p>购买后加入学员 QQ 群 738 215 046,班主任电话 18280156637。</p>""",
 True, "U04", "蓉职教育",
 [("qq_group", "738215046", "738 215 046"), ("phone", "+8618280156637", "18280156637")],
 "shop item", "考证专区 › 宝贝详情")

# ================================================================ U05 上海启航 (honest, 民办学校)
page("xuetu", "course-52210.html", "上海 人工智能训练师(五级/四级)补贴培训班 沪上开班", """
<p>机构:启航技能培训 · 上海 · 已认证</p>
<p>价格:¥1680(五级)/ ¥2380(四级),符合条件可申领技能提升补贴,具体以人社审核为准,政策咨询 12333。</p>
<p>课程按 30% 理论、70% 实操安排。报名需满足标准规定的申报条件,我们不做“包过”承诺。</p>
<p>官网 qihangjineng.cn · 电话 021-64283307</p>""",
 True, "U05", "启航技能培训",
 [("domain", "qihangjineng.cn", "qihangjineng.cn"), ("phone", "02164283307", "021-64283307")],
 "honest marketplace listing", "人工智能 › 课程详情")
page("wenda", "q-6730.html", "上海有正规的人工智能训练师培训吗?怎么辨别?", """
<p class="q">提问:上海有正规的人工智能训练师培训吗?怎么辨别?</p>
<p class="a">回答(上海启航 课程顾问):看三点:一、发证的评价机构是否在人社部门备案;二、证书能否在 zscx.osta.org.cn 查到;三、有没有承诺包过。我们学校在徐汇,课程介绍见 www.qihangjineng.cn,也可加微信 qihang_sh 咨询。</p>
<div class="comments"><p>网友:谢谢,我QQ 865532190 能发份资料吗</p></div>""",
 True, "U05", "上海启航",
 [("domain", "qihangjineng.cn", "www.qihangjineng.cn"), ("wechat", "qihang_sh", "qihang_sh")],
 "Q&A answer by a seller, honest advice plus ad", "教育 › 问题详情")
page("taoke", "item-8045.html", "沪上AI训练师培训班 五级 线下小班 可申请补贴", """
<p>店铺:沪上AI训练师培训班 · 月销 58</p>
<p>价格:¥1680 · 开课地点:上海徐汇区漕溪北路</p>
<p>拍下后请添加微信 qihang_sh 预约资格审核;发票请邮件 qihang_px@126.com。</p>
<p>支付问题请联系支付宝客服 95188。</p>""",
 True, "U05", "沪上AI训练师培训班",
 [("wechat", "qihang_sh", "qihang_sh"), ("email", "qihang_px@126.com", "qihang_px@126.com")],
 "shop item", "考证专区 › 宝贝详情")
page("bbs", "thread-90456.html", "上海 人工智能训练师 四级班 3月开课(机构老师,已报备版主)", f"""
<p class="post">楼主 启航技能:版主已同意发布。四级班 3 月 14 日开课,周末上课,需符合申报条件。政策问题请打 12333 核实。学校信息:上海徐汇区启航职业技能培训学校,统一社会信用代码 {U05_USCC}。联系 021 6428 3307 或邮件 QiHang_PX@126.com。</p>
<div class="comments"><p>2楼:收藏了</p></div>""",
 True, "U05", "启航技能",
 [("phone", "02164283307", "021 6428 3307"), ("email", "qihang_px@126.com", "QiHang_PX@126.com"), ("uscc", U05_USCC, U05_USCC)],
 "forum post by a private school", "考证交流 › 帖子")

# ================================================================ U06 未来智学 (short-video style scam)
page("bbs", "thread-91377.html", "宝妈在家做AI训练师,一天2小时月入过万?真实经历", """
<p class="post">楼主 AI逆袭营小助手:零基础也能学!课程 99 元,送人工智能训练师证书报考名额,学完接单。想了解加 V weilai_zx66,或者进群 762309158 听公开课。</p>
<div class="comments"><p>2楼 小雨:怎么又是广告 wx: xiaoyu_0826 有没有一起避坑的</p><p>3楼:举报了</p></div>""",
 True, "U06", "AI逆袭营",
 [("wechat", "weilai_zx66", "weilai_zx66"), ("qq_group", "762309158", "762309158")],
 "forum ad disguised as experience", "职场吐槽 › 帖子")
page("weiwen", "a-nixi.html", "从月薪3千到接单过万,她只用了一个证", """
<p class="src">来源:公众号「未来智学」 · 转载</p>
<p>小林是一名宝妈……(故事略)……她说,是人工智能训练师证书改变了她。</p>
<p>原价 9999 元的训练营,现在限时 99 元!零基础、不限学历,学完即可申请证书。</p>
<p>报名表填写示例:姓名 张三,邮箱 example@qq.com</p>
<p>扫码或添加小助手 WeiLai_ZX66,电话 199 2803 5561</p>""",
 True, "U06", "未来智学",
 [("wechat", "weilai_zx66", "WeiLai_ZX66"), ("phone", "+8619928035561", "199 2803 5561")],
 "WeChat repost, 原价9999限时99 lure", "职场 › 正文")
page("kuaikan", "v-70588.html", "宝妈副业 AI训练师 手机就能做 #副业 #宝妈", """
<p class="author">@AI小白逆袭营 · 8.7万 获赞</p>
<p class="caption">90%小白都能学会!带你考证+接单。粉丝群:762 309 158 咨询 199-2803-5561</p>
<div class="comments"><p>网友:真的假的</p></div>""",
 True, "U06", "AI小白逆袭营",
 [("qq_group", "762309158", "762 309 158"), ("phone", "+8619928035561", "199-2803-5561")],
 "short video ad", "职场 › 视频")

# ================================================================ U07 广州粤智人才 (subsidy overclaim)
page("baixing", "ad-yuezhi.html", "广州 人工智能训练师三级 补贴3120元 报名中", """
<p>类别:教育培训 › 职业技能 · 区域:广州 天河</p>
<p>粤智人才:广东基础补贴五级 1000 元、四级 1500 元、三级 2400 元,广州上浮 30%,三级最高可申领 3120 元,学费几乎全免!</p>
<p>咨询:020-37395512 / 159 1877 0423 黄老师</p>""",
 True, "U07", "粤智人才",
 [("phone", "02037395512", "020-37395512"), ("phone", "+8615918770423", "159 1877 0423")],
 "classifieds ad, 补贴后几乎免费 claim", "教育培训 › 职业技能")
page("weiwen", "a-yuezhi.html", "广州最后一批!人工智能训练师补贴名额", """
<p class="src">来源:公众号「羊城技能」 · 转载</p>
<p>羊城AI训练师报名点本月截止。证书可在 jndj.osta.org.cn 查询。</p>
<p>在线报名:jinshuju.net/f/ycAI03</p>
<p>定金 500 元请转账至收款人 陈晓峰,转账后发截图至 15918770423。</p>
<p>资料投递示例邮箱:example@qq.com</p>""",
 True, "U07", "羊城AI训练师报名点",
 [("phone", "+8615918770423", "15918770423"), ("other", "陈晓峰", "陈晓峰")],
 "WeChat repost; deposit to a personal payee", "本地 › 正文")
page("taoke", "item-9310.html", "粤智人才服务 人工智能训练师报名 定金链接", """
<p>店铺:粤智人才服务 · 月销 21</p>
<p>价格:¥500(定金,尾款线下支付)</p>
<p>客服电话:13800000000(模板示例)</p>
<p>尾款收款人:陈晓峰 · 办公室 020-3739 5512</p>""",
 True, "U07", "粤智人才服务",
 [("other", "陈晓峰", "陈晓峰"), ("phone", "02037395512", "020-3739 5512")],
 "shop deposit link", "考证专区 › 宝贝详情")

# ================================================================ U08 国职认证 (fake authority, fake query site)
page("baixing", "ad-guozhi.html", "国职认证 人工智能训练师 国家职业资格证书 官网可查", """
<p>类别:教育培训 › 资格认证 · 区域:全国</p>
<p>国职认证承接人工智能训练师、生成式人工智能系统应用员等证书报考,人社部认证的新职业,证书官网可查:www.zgzyzscx.cn</p>
<p>全国统一服务热线 400-086-3319</p>""",
 True, "U08", "国职认证",
 [("phone", "4000863319", "400-086-3319"), ("domain", "zgzyzscx.cn", "www.zgzyzscx.cn")],
 "classifieds ad pointing to a non-official query site", "教育培训 › 资格认证")
page("weiwen", "a-guozhi.html", "权威发布:人工智能训练师证书查询入口正式开通", f"""
<p class="src">来源:公众号「全国AI人才评价」 · 转载</p>
<p>全国AI人才评价中心宣布,人工智能训练师证书统一查询入口 zgzyzscx.cn 正式上线,证书编号格式如 Y000123XXXXXX195000001。</p>
<p>主办单位统一社会信用代码:{U08_USCC}</p>
<p>报考咨询添加官方客服微信 gzrz_kefu</p>""",
 True, "U08", "全国AI人才评价中心",
 [("domain", "zgzyzscx.cn", "zgzyzscx.cn"), ("uscc", U08_USCC, U08_USCC), ("wechat", "gzrz_kefu", "gzrz_kefu")],
 "fake authority notice selling certificates", "教育 › 正文")
page("kuaikan", "v-71045.html", "人工智能训练师证怎么查真假?教你一招", """
<p class="author">@国职认证中心 · 1.1万 获赞</p>
<p class="caption">在我们官网输入编号就能查!报考私信或加 GZRZ_kefu,热线 4000863319。工信部、人社部双认证。</p>
<div class="comments"><p>网友:官方不是 osta 吗?</p></div>""",
 True, "U08", "国职认证中心",
 [("wechat", "gzrz_kefu", "GZRZ_kefu"), ("phone", "4000863319", "4000863319")],
 "short video promoting fake query", "知识 › 视频")
page("minsheng", "ad-20260318.html", "新职业新机遇:国家职业技能认证指导中心启动人工智能训练师认证", f"""
<p class="meta">2026-03-18 · 来源:企业供稿 · 【广告】</p>
<p>近日,国家职业技能认证指导中心启动人工智能训练师专项认证,证书由人社部颁发,全国通用。</p>
<p>该中心(统一社会信用代码 {U08_USCC})表示,报名可拨打 400 086 3319。</p>""",
 True, "U08", "国家职业技能认证指导中心",
 [("uscc", U08_USCC, U08_USCC), ("phone", "4000863319", "400 086 3319")],
 "advertorial on a news site; company (91 code) with state-sounding name", "财经 › 企业资讯")

# ================================================================ U09 南京知行AI
page("wenda", "q-7019.html", "南京哪里可以考人工智能训练师?", """
<p class="q">提问:南京哪里可以考人工智能训练师?</p>
<p class="a">回答(知行AI 认证答主):南京的话我们知行AI有五级、四级班,算法测试员工种也开。资料发你邮箱,联系 zhixingai@foxmail.com 或 QQ3381904526。</p>
<div class="comments"><p>网友:我QQ 865532190 麻烦发一份</p></div>""",
 True, "U09", "知行AI",
 [("email", "zhixingai@foxmail.com", "zhixingai@foxmail.com"), ("qq", "3381904526", "3381904526")],
 "Q&A answer ad", "科技 › 问题详情")
page("weiwen", "a-zhixing.html", "金陵数智学堂 | 人工智能训练师四级班 4月开课", """
<p class="src">来源:公众号「金陵数智学堂」 · 转载</p>
<p>课程包含数据标注与算法测试两个工种方向,理论+实操,学费 2580 元。</p>
<p>报名表填写示例:邮箱 example@qq.com</p>
<p>咨询电话:025-84702216 · 微信 zhixing_nj · QQ:3381904526</p>""",
 True, "U09", "金陵数智学堂",
 [("phone", "02584702216", "025-84702216"), ("wechat", "zhixing_nj", "zhixing_nj"), ("qq", "3381904526", "3381904526")],
 "WeChat repost", "教育 › 正文")
page("kuaikan", "v-71290.html", "在南京做数据标注是一种什么体验 #人工智能训练师", """
<p class="author">@知行AI训练营 · 3421 获赞</p>
<p class="caption">想考证的看置顶,证书 jndj.osta.org.cn 可查。vx Zhixing_NJ 座机 025-8470 2216</p>""",
 True, "U09", "知行AI训练营",
 [("wechat", "zhixing_nj", "Zhixing_NJ"), ("phone", "02584702216", "025-8470 2216")],
 "short video", "职场 › 视频")

# ================================================================ independents
page("xuetu", "course-61188.html", "杭州 人工智能训练师五级 周末实操班(数联)", """
<p>机构:杭州数联职业技能培训学校 · 杭州</p>
<p>价格:¥1580 · 申报条件:累计从事相关工作满 1 年或完成学徒期。</p>
<p>本期认定批次号 2026030512,考点浙江工商职业技术学院(前台 0571-8692 0011)。证书 jndj.osta.org.cn 可查。</p>
<p>报名:136 0671 4852 周老师</p>""",
 True, "I01", "杭州数联职业技能培训学校",
 [("phone", "+8613606714852", "136 0671 4852")],
 "independent honest listing sharing only decoys (venue, batch)", "人工智能 › 课程详情")
page("bbs", "thread-92640.html", "[自荐] 在职算法工程师带人工智能训练师四级实操,小班", """
<p class="post">楼主 周老师AI:本人在大厂做算法测试 6 年,周末带四级实操小班,8 人封顶,一人 1200。不包过,不卖证,考不考由你。微信 zhoulaoshi_ai</p>
<div class="comments"><p>2楼:支持良心老师</p></div>""",
 True, "I02", "周老师AI",
 [("wechat", "zhoulaoshi_ai", "zhoulaoshi_ai")],
 "individual tutor", "考证交流 › 帖子")
page("baixing", "ad-xian.html", "西安 人工智能训练师 数据标注员 五级培训 雁塔", """
<p>类别:教育培训 › 职业技能 · 区域:西安 雁塔</p>
<p>长安智能职业培训学校,五级培训 1380 元,另有标注实习推荐(不承诺就业)。</p>
<p>在线登记:jinshuju.net/f/xaAI05</p>
<p>电话 150-2945-7761</p>""",
 True, "I03", "长安智能职业培训学校",
 [("phone", "+8615029457761", "150-2945-7761")],
 "independent classifieds ad", "教育培训 › 职业技能")
page("weiwen", "a-wuhan.html", "光谷智训学堂:人工智能训练师三级班招生", """
<p class="src">来源:公众号「光谷智训学堂」 · 转载</p>
<p>光谷智训学堂三级班面向持四级证书并满足年限的学员,培训费 3180 元。官方政策见 osta.mohrss.gov.cn。</p>
<p>咨询:027-87496630</p>""",
 True, "I04", "光谷智训学堂",
 [("phone", "02787496630", "027-87496630")],
 "independent; brand resembles U01's 智训 but unrelated", "教育 › 正文")
page("kuaikan", "v-71733.html", "我是怎么考下人工智能训练师四级的 #经验分享", """
<p class="author">@阿杰聊AI · 5602 获赞</p>
<p class="caption">自己备考的经验,顺便带个小班,有需要的 Q 1047763925</p>""",
 True, "I05", "阿杰聊AI",
 [("qq", "1047763925", "1047763925")],
 "independent vlogger selling a small class", "知识 › 视频")
page("college", "jxjy-ai.html", "关于开展2026年人工智能训练师(四级、三级)社会培训及认定的招生简章", f"""
<p>我院为经备案的职业技能等级认定评价机构,面向社会开展人工智能训练师四级、三级培训与认定。</p>
<p>申报条件按《人工智能训练师国家职业技能标准(2021年版)》执行;认定费按物价部门核定标准收取,培训费四级 2200 元、三级 2800 元。</p>
<p>考点:浙江工商职业技术学院实训楼(前台 0571-8692 0011)协办。证书可在 zscx.osta.org.cn 查询;政策咨询 12333。</p>
<p>报名联系:继续教育学院培训科 0571-8697 3518,统一社会信用代码 {I06_USCC}</p>""",
 True, "I06", "浙江信诚职业技术学院继续教育学院",
 [("phone", "057186973518", "0571-8697 3518"), ("uscc", I06_USCC, I06_USCC)],
 "college enrolment notice (honest)", "社会培训 › 招生简章")

# ================================================================ non-offers
page("rsj", "notice-20260305.html", "关于谨防人工智能训练师等“山寨证书”的提示", """
<p class="meta">发布时间:2026-03-05 · 来源:职业能力建设科</p>
<p>近期有不法机构以“人社部颁发”“包过”“零基础直考技师”等名义招揽学员。职业技能等级证书由经人社部门备案的评价机构颁发,可登录 zscx.osta.org.cn、jndj.osta.org.cn 或 osta.mohrss.gov.cn 查询。</p>
<p>证书编号为 22 位,例如规则示例 Y000123XXXXXX195000001。本市 2026 年第一批认定批次号 2026030512。</p>
<p>如有疑问请拨打人社服务热线 12333,或政务服务便民热线 12345。</p>""",
 note="government-style warning notice", crumb="通知公告 › 正文")
page("minsheng", "warn-20260312.html", "曝光:“包过”人工智能训练师证骗局,有人被骗6800元", """
<p class="meta">2026-03-12 · 记者 刘洋</p>
<p>市民张女士反映,一名自称“考证老师”的人通过电话 171-3306-9925 联系她,称交 6800 元可“免考拿证”。张女士付款后对方失联。</p>
<p>律师提醒,职业技能等级证书可在 osta.mohrss.gov.cn 公布的渠道查询;遇到消费纠纷可拨打 12315,政策咨询拨打 12333 或 12345。</p>""",
 note="news warning quoting a scammer's number", crumb="曝光台 › 正文")
page("bbs", "thread-89901.html", "[投诉] 报了个AI训练师“包过班”,交钱后拉黑了", """
<p class="post">楼主 被坑的打工人:对方电话 17133069925,收了钱就拉黑。已经打了 12315 和 12345,大家别上当。</p>
<div class="comments"><p>2楼:同被骗</p></div>""",
 note="forum complaint quoting the scam number", crumb="职场吐槽 › 帖子")
page("wenda", "q-4410.html", "人工智能训练师证书到底有没有用?", """
<p class="q">提问:人工智能训练师证书到底有没有用?</p>
<p class="a">回答 1:它是职业技能等级证书,不是国家职业资格证书。对做数据标注的岗位有点用,别信包过。</p>
<p class="a">回答 2:求一起备考的,wx: xiaoyu_0826</p>""",
 note="Q&A question without ads; a reader's WeChat", crumb="教育 › 问题详情")
page("baixing", "ad-laptop.html", "出一台二手 ThinkPad X1,九成新", """
<p>类别:二手物品 › 电脑 · 区域:杭州 西湖</p>
<p>自用笔记本,i7/16G/512G,3200 元不议价,同城面交。电话 137 5712 9983</p>""",
 note="unrelated classifieds listing", crumb="二手物品 › 电脑")
page("college", "notice-kaochang.html", "2026年第一批职业技能等级认定考场安排公告", """
<p>本批次人工智能训练师认定考场设在浙江工商职业技术学院实训楼,考场事务请联系前台 0571-8692 0011。</p>
<p>成绩及证书可在 zscx.osta.org.cn 查询。</p>""",
 note="college exam venue notice", crumb="通知公告 › 正文")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社服务热线 (public hotline)"),
 ("phone", "12315", ["12315"], "市场监管投诉热线 (public hotline)"),
 ("phone", "12345", ["12345"], "政务服务便民热线 (public hotline)"),
 ("phone", "95188", ["95188"], "支付宝客服 (payment platform)"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4006902288", ["400-690-2288"], "学途课堂 platform customer service (footer/sidebar)"),
 ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "学途课堂 platform e-mail (footer)"),
 ("domain", "xuetuketang.com", ["xuetuketang.com"], "学途课堂 platform domain"),
 ("other", "京ICP备18023317号-2", ["京ICP备18023317号-2"], "学途课堂 platform ICP"),
 ("phone", "01058739000", ["010-5873 9000"], "百姓易 platform customer service"),
 ("other", "京ICP备15064420号", ["京ICP备15064420号"], "百姓易 platform ICP"),
 ("qq_group", "581302746", ["581302746"], "职场圈论坛 official QQ group (footer/sidebar)"),
 ("email", "tougao@weiwenhui.net", ["tougao@weiwenhui.net"], "微文汇 platform submission e-mail"),
 ("phone", "4001402108", ["400-140-2108"], "快看视频 illegal-content report hotline"),
 ("qq", "3007654321", ["3007654321"], "淘课商城 official customer-service QQ"),
 ("qq", "1611872093", ["1611872093"], "淘课商城 WeChat Pay merchant number, QQ-shaped"),
 ("phone", "+8617133069925", ["171-3306-9925", "17133069925"], "scammer's number quoted in news, complaint and a reader comment"),
 ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number example copied from the rules"),
 ("qq", "2026030512", ["2026030512"], "认定批次号 (assessment batch number), QQ-shaped"),
 ("phone", "+8613800000000", ["13800000000"], "template placeholder phone"),
 ("email", "example@qq.com", ["example@qq.com"], "template placeholder e-mail in form examples"),
 ("wechat", "xiaoyu_0826", ["xiaoyu_0826"], "a reader's own WeChat in comments"),
 ("qq", "865532190", ["865532190"], "a reader's own QQ in comments"),
 ("phone", "057186920011", ["0571-8692 0011"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool 金数据 (third party)"),
]

# ---------------------------------------------------------------- render
def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm) or ".")

def render(p, site_pages):
    s = SITES[p["site"]]
    path = f"{p['site']}/{p['fn']}"
    idx = f"{p['site']}/index.html"
    menu = " | ".join(f'<a href="{rel(path, idx)}">{m}</a>' for m in s["menu"])
    related = [q for q in site_pages if q is not p and q["fn"] != "index.html"][:4]
    rl = "".join(f'<li><a href="{rel(path, q["site"] + "/" + q["fn"])}">{html.escape(q["title"])}</a></li>' for q in related)
    hub = rel(path, "index.html")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(p['title'])} - {s['name']}</title>
<meta name="generator" content="{s['style']}"></head>
<body class="{s['style']}">
<header><div class="logo">{s['name']}</div><nav class="menu">{menu}</nav></header>
<div class="crumbs"><a href="{rel(path, idx)}">首页</a> › {p['crumb']}</div>
<main><h1>{html.escape(p['title'])}</h1>
{p['body'].strip()}
</main>
<aside class="sidebar">{s['side']}</aside>
<section class="related"><h3>相关推荐</h3><ul>{rl}</ul></section>
<footer>{s['foot']} · <a href="{hub}">网址导航</a></footer>
</body></html>
"""

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # index page per site
    for sk in ORDER:
        mine = [p for p in PAGES if p["site"] == sk]
        items = "".join(f'<li><a href="{p["fn"]}">{html.escape(p["title"])}</a></li>' for p in mine)
        PAGES.append(dict(site=sk, fn="index.html", title=SITES[sk]["name"] + " 首页",
                          body=f"<ul class='list'>{items}</ul>", is_offer=False, op=None, provider=None,
                          ids=[], note=f"index page of the {SITES[sk]['style']} site", crumb="列表"))
    files = {}
    for p in PAGES:
        sp = [q for q in PAGES if q["site"] == p["site"]]
        files[f"{p['site']}/{p['fn']}"] = render(p, sp)
    hub_items = "".join(f'<li><a href="{sk}/index.html">{SITES[sk]["name"]}</a>({SITES[sk]["style"]},{SITES[sk]["domain"]})</li>' for sk in ORDER)
    files["index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人工智能训练师证 一周搜索样本 · 网址导航</title></head>
<body><h1>人工智能训练师证 · 一周百度/微信搜索所见</h1><ul>{hub_items}</ul></body></html>
"""
    for rp, txt in files.items():
        fp = os.path.join(SITE, rp)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages_out = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                  "identifiers": [], "note": "hub linking every site's index"}]
    for p in PAGES:
        rp = f"{p['site']}/{p['fn']}"
        for k, v, w in p["ids"]:
            assert w in files[rp], (rp, w)
        pages_out.append({"path": "/" + rp, "is_offer": p["is_offer"], "operator": p["op"],
                          "provider": p["provider"], "identifiers": [list(t) for t in p["ids"]], "note": p["note"]})
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    seller_vals = {(k, v) for p in PAGES for k, v, w in p["ids"]}
    seller_written = [w for p in PAGES for k, v, w in p["ids"]]
    decoys = []
    for k, v, ws, why in DECOYS:
        assert (k, v) not in seller_vals, v
        for w in ws:
            assert not any(w in sw for sw in seller_written), w
        pg = sorted("/" + rp for rp, t in files.items() if any(w in t for w in ws))
        assert pg, v
        decoys.append({"kind": k, "value": v, "written": ws, "pages": pg, "why": why})
    truth = {"pages": sorted(pages_out, key=lambda x: x["path"]),
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
