#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, as a typical week of searching from 铜仁 and 毕节 turns it up.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------- GB 32100 unified social credit code ----------------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(reg_kind, division, org8):
    first17 = reg_kind + division + org8 + org_check(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(first17, W_USCC))
    r = 31 - s % 31
    return first17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52", "520600", "MJ5A7K21")   # 民办非企业: 黔寻职业培训学校 (铜仁)
USCC_U03 = uscc("91", "520115", "MA6H3T8E")   # 企业: 智训未来教育科技(贵州)有限公司
USCC_U04 = uscc("91", "520102", "MA6DQ5N3")   # 企业: 贵州数智人才发展有限公司
USCC_U08 = uscc("91", "110108", "MA01X7R4")   # 企业 with a state-sounding name: 中科华职

# ---------------- sites ----------------
SITES = {
 "qianxun": dict(name="黔寻职业培训学校", style="training-school",
   nav=["首页", "学校简介", "培训项目", "报名咨询", "联系我们"],
   footer="黔寻职业培训学校 · 地址:铜仁市碧江区川硐街道教育园区3栋 · 电话:0856-5231478 · www.qxzypx.cn · 黔ICP备2021004417号-1",
   side="<h4>招生专线</h4><p>0856-5231478</p><p>周一至周六 8:30-18:00</p>"),
 "college": dict(name="梵净山职业技术学院 继续教育学院", style="college",
   nav=["学院首页", "学院概况", "继续教育", "社会培训", "通知公告"],
   footer="梵净山职业技术学院 版权所有 · 学院办公室:0856-5108000 · 地址:铜仁市万山区职教路8号 · 黔ICP备18003320号",
   side="<h4>快速通道</h4><ul><li>成人学历</li><li>社会培训</li><li>职业技能等级认定</li></ul>"),
 "ketang": dict(name="学吧课堂", style="marketplace",
   nav=["首页", "职业技能", "IT互联网", "考证", "企业培训", "入驻机构"],
   footer="学吧课堂 — 找好课,上学吧 · 客服热线:400-080-3366 · 客服邮箱:kefu@xuebaketang.com · 黔ICP备19008812号-1 · 平台仅提供信息展示,课程由入驻机构提供",
   side="<h4>平台保障</h4><p>7天无理由退款(虚拟课程除外)</p><p>客服热线 400-080-3366</p>"),
 "luntan": dict(name="梵净山论坛", style="forum",
   nav=["论坛首页", "铜仁杂谈", "求职招聘", "教育培训", "二手市场"],
   footer="梵净山论坛 www.fjsbbs.com · 官方QQ群:516032887 · 违法和不良信息举报:admin@fjsbbs.com",
   side="<h4>版规</h4><p>广告帖请发在教育培训版,禁止刷屏。官方QQ群:516032887</p>"),
 "fenlei": dict(name="乌蒙分类信息网 · 毕节站", style="classifieds",
   nav=["首页", "招聘", "房产", "二手", "教育培训", "本地服务"],
   footer="乌蒙分类信息网 · 毕节 · 客服电话:0857-8123000 · 信息由用户发布,请谨慎交易,凡是要求先交钱的请提高警惕",
   side="<h4>安全提示</h4><p>涉及转账请核实对方身份,遇到诈骗请拨打110。</p>"),
 "wenda": dict(name="问问黔", style="qa",
   nav=["首页", "热门问题", "教育", "职场", "本地"],
   footer="问问黔 · 贵州人的问答社区 · 意见反馈:help@wenwenqian.com · 回答仅代表网友个人观点",
   side="<h4>相关话题</h4><ul><li>#考证</li><li>#人工智能</li><li>#铜仁</li><li>#毕节</li></ul>"),
 "weixin": dict(name="黔微阅读", style="wechat-repost",
   nav=["首页", "教育", "职场", "本地", "科技"],
   footer="黔微阅读 · 公众号文章转载聚合 · 文章版权归原公众号所有,侵删 · 投稿/删稿:tougao@qianweiyuedu.cn",
   side="<h4>热门公众号</h4><ul><li>铜仁职场圈</li><li>毕节生活通</li><li>贵州考证助手</li></ul>"),
 "video": dict(name="快看短视频", style="short-video",
   nav=["推荐", "关注", "同城", "知识", "直播"],
   footer="快看短视频 · 记录美好生活 · 黔ICP备22003351号 · 未成年人举报专线见App",
   side="<h4>同城热门</h4><ul><li>#铜仁美食</li><li>#毕节考证</li><li>#AI副业</li></ul>"),
 "news": dict(name="黔东在线", style="news",
   nav=["首页", "时政", "社会", "教育", "财经", "推广"],
   footer="黔东在线 · 新闻热线:0856-5999110 · 互联网新闻信息服务许可 · 未经授权禁止转载",
   side="<h4>今日热点</h4><ul><li>铜仁入冬首场雨雪</li><li>毕节新增两条公交线路</li></ul>"),
 "rsj": dict(name="铜仁市人力资源和社会保障局", style="gov-notice",
   nav=["首页", "机构概况", "政务公开", "通知公告", "办事服务", "互动交流"],
   footer="主办:铜仁市人力资源和社会保障局 · 政策咨询:12333 · 技能人才评价证书查询:zscx.osta.org.cn",
   side="<h4>便民服务</h4><ul><li>社保查询</li><li>技能补贴申领</li><li>证书查询</li></ul>"),
 "shop": dict(name="黔货铺 · 职业教育专营", style="shop",
   nav=["店铺首页", "全部宝贝", "考证课程", "资料题库", "店铺动态"],
   footer="黔货铺 · 职业教育专营 · 本店为平台第三方店铺 · 支付由支付宝担保,支付问题请联系支付宝客服95188",
   side="<h4>最近成交</h4><p>订单 15208573316 已发货</p><p>买家 t***9 已确认收货</p>"),
}
ORDER = ["qianxun", "college", "ketang", "luntan", "fenlei", "wenda", "weixin", "video", "news", "rsj", "shop"]

PAGES = []
def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", section=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note, section=section))

def comments(items):
    return "<div class='cmt'><h4>评论(%d)</h4>%s</div>" % (len(items), "".join(
        "<div class='c'><b>%s</b>:%s</div>" % (u, t) for u, t in items))

# ================= qianxun: U01's own school site =================
page("/qianxun/ai-trainer-l4.html", "人工智能训练师(四级/中级工)2026春季班招生简章", f"""
<p>根据《人工智能训练师国家职业技能标准(2021年版)》(职业编码4-04-05-05),我校开设四级(中级工)培训班,参考课时50课时,含数据采集和处理、数据标注、智能系统运维等模块。</p>
<p>申报条件:取得五级证书后从事本职业4年,或累计从事本职业6年,或技工学校相关专业毕业(含尚未取得毕业证书的在校应届毕业生)。不符合条件的学员请勿报名,我们会先做资格预审。</p>
<p>考核:理论考试+操作技能考核,均为百分制,60分及以上合格。证书由经人社部门备案的评价机构颁发,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。</p>
<p>补贴:参加失业保险满1年的职工,取得四级证书后可按规定申领技能提升补贴(最高1500元),详情可拨打12333咨询。</p>
<p>考点:铜仁学院考点,考前请联系考点前台 0856-5230007 确认机位。</p>
<p>报名咨询:0856-5231478(教务处) 手机:139 8561 2047(刘老师) 微信:qianxun_px</p>
<p class='small'>办学许可:铜人社民办学字〔2021〕第012号 统一社会信用代码:{USCC_U01}</p>""",
  True, "U01", "黔寻职业培训学校",
  [("phone", "08565231478", "0856-5231478"), ("phone", "+8613985612047", "139 8561 2047"),
   ("wechat", "qianxun_px", "qianxun_px"), ("uscc", USCC_U01, USCC_U01), ("domain", "qxzypx.cn", "www.qxzypx.cn")],
  "U01 own site: honest level-4 course with eligibility, subsidy and query site", "培训项目")
page("/qianxun/ai-trainer-l5.html", "人工智能训练师五级(数据标注员方向)周末班", """
<p>五级/初级工,参考课时60课时,适合已从事数据标注、客服质检等相关工作满1年的在职人员,或经本职业学徒期满人员。</p>
<p>课程内容:数据采集、数据清洗、图像与文本标注实操、标注质量检验。周六周日上课,共6周。</p>
<p>费用:培训费1280元(含教材),认定费按评价机构标准另行收取。符合条件者可申领技能提升补贴(五级最高1000元)。</p>
<p>在线报名表:https://jinshuju.net/f/Qx8k2P (填写后教务老师会电话回访)</p>
<p>报名电话:0856-5231478 / 13985612047</p>""",
  True, "U01", "黔寻职业培训学校",
  [("phone", "08565231478", "0856-5231478"), ("phone", "+8613985612047", "13985612047"), ("domain", "qxzypx.cn", "www.qxzypx.cn")],
  "U01 own site: level-5 weekend course", "培训项目")

# ================= college =================
page("/college/jxjy-ai-2026.html", "关于开展2026年人工智能训练师职业技能等级认定培训的通知", """
<p>各有关单位、社会学员:</p>
<p>我院继续教育学院面向社会开展人工智能训练师(4-04-05-05)五级、四级培训,培训结束后参加经备案评价机构组织的职业技能等级认定。二级、一级不面向社会零基础人员招生。</p>
<p>培训费:五级980元,四级1280元;认定费按物价部门核定标准收取。本院在校生按学院另行通知执行。</p>
<p>理论考试地点:铜仁学院考点(前台电话0856-5230007),实操在本院实训楼。</p>
<p>联系人:杨老师 0856-5108632 邮箱:jxjy@fjszyxy.edu.cn</p>
<p>证书查询:技能人才评价证书全国联网查询 zscx.osta.org.cn;政策咨询:12333。</p>
<p style='text-align:right'>梵净山职业技术学院继续教育学院<br>2025年11月25日</p>""",
  True, "I01", "梵净山职业技术学院继续教育学院",
  [("phone", "08565108632", "0856-5108632"), ("email", "jxjy@fjszyxy.edu.cn", "jxjy@fjszyxy.edu.cn")],
  "independent: the college's own honest training notice", "通知公告")
page("/college/news-coop-fanhua.html", "校企合作 | 人工智能训练师“学院+人社”双证班火热报名中", """
<p>为服务地方数字经济发展,我院与梵华教育开展合作招生。合作班学员可获得“学院结业证书+人社部颁发的人工智能训练师证书”双证,国家承认,全国通用。</p>
<p>学历不限,零基础可报三级(高级工),一次报名终身服务,不过免费重学。</p>
<p>报名地点:铜仁学院考点一楼(前台0856-5230007)。</p>
<p>合作招生办 王老师:177-8561-9320</p>
<p class='small'>(本文由合作单位提供)</p>""",
  True, "U05", "梵华教育",
  [("phone", "+8617785619320", "177-8561-9320")],
  "U05 on the college site: misleading 'dual certificate' cooperation ad", "通知公告")

# ================= ketang marketplace =================
KT = "<p class='meta'>机构认证:已认证 · 学员评价 4.%d · 已报名 %d 人</p>"
page("/ketang/course-2207.html", "【三证一起拿】人工智能训练师 三级+二级+一级 包过班 国家职业资格证书", KT % (6, 1832) + """
<p>机构:乌蒙职业技能培训中心</p>
<p>人社部颁发 国家职业资格证书 全国通用 入库可查!零基础、不限学历、不限经验,可直接报考二级技师、一级高级技师。</p>
<p>三证打包价 6980 元,单报一级 3880 元。包过!不过全额退款。</p>
<p>证书样本编号:S000052060025300012(仅供参考)</p>
<p>报名:手机/微信同号 15885743162  QQ:2874415306</p>""",
  True, "U02", "乌蒙职业技能培训中心",
  [("phone", "+8615885743162", "15885743162"), ("qq", "2874415306", "2874415306")],
  "U02: dishonest 三证 bundle, 包过, 人社部颁发, levels 1-2 to beginners", "考证")
page("/ketang/course-3105.html", "人工智能训练师四级认证课 | 人社部认证的新职业 官方指定教材", KT % (8, 5120) + """
<p>机构:智训未来AI学院</p>
<p>人工智能训练师是人社部认证的新职业!本课程采用官方指定教材,40节直播+录播,助你轻松拿证。</p>
<p>课程包含:Python基础、数据标注工具、大模型提示词工程、模拟考试题库。</p>
<p>价格:2680 元(限时 1980 元)</p>
<p>招生热线:400-869-2157 招生邮箱:zhaosheng@zhixunweilai.com</p>""",
  True, "U03", "智训未来AI学院",
  [("phone", "4008692157", "400-869-2157"), ("email", "zhaosheng@zhixunweilai.com", "zhaosheng@zhixunweilai.com")],
  "U03: national online brand, 人社部认证/官方指定 overclaims", "考证")
page("/ketang/course-3388.html", "人工智能训练师(五级/四级/三级)贵阳线下班+线上班", KT % (7, 964) + """
<p>机构:数智人才网校</p>
<p>贵阳、铜仁、毕节均可报名,线上学习+贵阳集中实操。补贴后几乎免费!五级1000元、四级1500元、三级2000元补贴直接抵学费。</p>
<p>注:技能提升补贴需本人参保满一年并按规定申领,具体以当地人社部门为准。</p>
<p>咨询:0851-86723145 邮箱:gzszrc@163.com</p>""",
  True, "U04", "数智人才网校",
  [("phone", "085186723145", "0851-86723145"), ("email", "gzszrc@163.com", "gzszrc@163.com")],
  "U04: Guiyang company, 'almost free after subsidy' framing", "考证")
page("/ketang/course-3412.html", "AIGC+人工智能训练师 双证速成 3天拿证 人社部颁发", KT % (3, 2377) + """
<p>机构:启航AI研习社</p>
<p>90%小白都能学会!原价9999 限时 99 元体验课,正式班 2980 元含AIGC证书+人工智能训练师证书,人社部颁发,3天拿证,拿到证书便可升职加薪。</p>
<p>报名后添加班主任QQ:3096628417 领取资料。</p>
<p>付款请认准收款方:深圳启航未来网络科技有限公司</p>""",
  True, "U06", "启航AI研习社",
  [("qq", "3096628417", "3096628417"), ("other", "深圳启航未来网络科技有限公司", "深圳启航未来网络科技有限公司")],
  "U06: online 速成 AIGC bundle, 人社部颁发", "考证")
page("/ketang/course-3520.html", "人工智能训练师五级 数据标注实训营(贵阳)", KT % (9, 211) + """
<p>机构:贵阳启明星职业培训学校</p>
<p>五级60课时,要求从事相关工作满1年。学完参加备案评价机构认定,证书可在zscx.osta.org.cn查询。学费1180元。</p>
<p>联系:许老师 151 1796 3280</p>""",
  True, "I02", "贵阳启明星职业培训学校",
  [("phone", "+8615117963280", "151 1796 3280")],
  "independent: small honest Guiyang school", "考证")

# ================= luntan forum =================
def thread(author, floor1, replies):
    return ("<div class='post'><div class='author'>楼主:%s</div><div class='content'>%s</div></div>" % (author, floor1)
            + "".join("<div class='post reply'><div class='author'>%d楼 %s</div><div class='content'>%s</div></div>" % (i + 2, u, t)
                      for i, (u, t) in enumerate(replies)))
page("/luntan/thread-1012.html", "【曝光】交了3800说包过人工智能训练师,现在人找不到了", thread("碧江小陈",
  "<p>上个月在网上看到说人工智能训练师包过,三级二级一起拿,交了3800,现在微信把我拉黑了。骗子电话 17190452283,微信 zhengshu_kuaiban,大家千万小心!</p>",
  [("梵净山下", "可以打12315投诉,再去派出所报案。"), ("铜仁老刘", "正规证书都能在 zscx.osta.org.cn 查到,先查再交钱。"),
   ("匿名用户", "同被骗,拉个群维权吧,加我QQ 994512378")]),
  note="non-offer: victim complaint quoting the scammer's numbers", section="铜仁杂谈")
page("/luntan/thread-1021.html", "铜仁本地人工智能训练师四级周末班,有想一起报的吗", thread("黔寻-刘老师",
  "<p>铜仁黔寻教育在碧江这边开了人工智能训练师四级周末班,需要相关工作年限,五级满4年或者工作满6年,先审资格再交钱。想了解的加微信 qianxun_px 或者打 139-8561-2047。</p>",
  [("小鱼儿", "请问万山区的能报吗"), ("黔寻-刘老师", "可以的,全市都可以"), ("lily", "我也想报,加我微信 lily_2023tr 一起拼团")]),
  True, "U01", "铜仁黔寻教育",
  [("phone", "+8613985612047", "139-8561-2047"), ("wechat", "qianxun_px", "qianxun_px")],
  "U01 forum post under the brand 铜仁黔寻教育", "教育培训")
page("/luntan/thread-1047.html", "【梵华教育】人工智能训练师双证班,学历不限零基础可报三级", thread("梵华教育小王",
  "<p>学院+人社双证,国家承认,零基础可直接报三级高级工,不过免费重学。学员交流群:738215064,进群领取免费试听。</p>",
  [("路人甲", "零基础直接三级?不是要四级证加年限吗"), ("梵华教育小王", "我们有特殊通道,私聊")]),
  True, "U05", "梵华教育",
  [("qq_group", "738215064", "738215064")],
  "U05 forum post: own student QQ group", "教育培训")
page("/luntan/thread-1063.html", "毕节这边考人工智能训练师,鑫源的课怎么样?", thread("七星关阿杰",
  "<p>有没有在毕节鑫源教育学过的?他们说五级要先有一年相关工作经验才给报。电话 136 3857 3946 打过去问的,感觉挺正规。</p>",
  [("鑫源老师", "感谢支持,五级需满足工作年限,报名时需提供证明。"), ("lily", "姐妹们加我微信 lily_2023tr 拼团便宜")]),
  True, "U07", "毕节鑫源教育",
  [("phone", "+8613638573946", "136 3857 3946")],
  "U07 forum thread (semi-advertorial) with the school's number", "教育培训")
page("/luntan/thread-1079.html", "不用考试!人工智能训练师证书挂靠年入3万", thread("华职教育招生",
  "<p>华职教育:人工智能训练师证书不用考试,直接发证,全国联网可查(查询网址 www.zkhzcx.cn)。证书可挂靠企业,一年躺赚3万!咨询 199 8543 7716。</p>",
  [("铜仁老刘", "查询网站不是osta的一律别信"), ("版主", "该帖涉嫌违规广告,已警告")]),
  True, "U08", "华职教育",
  [("phone", "+8619985437716", "199 8543 7716"), ("domain", "zkhzcx.cn", "www.zkhzcx.cn")],
  "U08: scam, no exam, 挂靠, fake query site", "教育培训")
page("/luntan/thread-1088.html", "个人辅导人工智能训练师五级实操,数据标注带练", thread("老周数据标注",
  "<p>本人在数据标注公司做了5年质检,业余带人练五级实操(图像框选、文本分类、质检流程),一对一线上,200元/次。不包证,证要自己去正规机构考。微信 zhou_datalabel</p>",
  [("小鱼儿", "良心,不吹包过")]),
  True, "I03", "老周数据标注",
  [("wechat", "zhou_datalabel", "zhou_datalabel")],
  "independent: individual tutor", "教育培训")

# ================= fenlei classifieds =================
def ad(fields, text, form=False):
    f = "".join("<tr><th>%s</th><td>%s</td></tr>" % kv for kv in fields)
    frm = ("<form class='lead'><label>留下电话,商家回电</label><input name='tel' placeholder='如:13800138000'>"
           "<button>提交</button></form>") if form else ""
    return "<table class='info'>%s</table><div class='desc'>%s</div>%s" % (f, text, frm)
page("/fenlei/post-88412.html", "毕节 人工智能训练师 免考拿证 人社可查", ad(
  [("类别", "教育培训 > 职业技能"), ("区域", "毕节 七星关"), ("商家", "毕节智培教育"), ("联系电话", "158 8574 3162")],
  "<p>人工智能训练师各等级均可办理,免考拿证,人社部颁发,国家职业资格证书。加微信 wmzp8899 详聊。</p>", True),
  True, "U02", "毕节智培教育",
  [("phone", "+8615885743162", "158 8574 3162"), ("wechat", "wmzp8899", "wmzp8899")],
  "U02 classified under another brand: 免考拿证", "教育培训")
page("/fenlei/post-88530.html", "铜仁 人工智能训练师 学院合作双证班 招生", ad(
  [("类别", "教育培训"), ("区域", "铜仁 碧江"), ("商家", "铜仁梵华职业技能服务"), ("联系电话", "17785619320")],
  "<p>与本地职业学院合作,学历不限零基础可报三级,双证。微信:fh_edu2024</p>"),
  True, "U05", "铜仁梵华职业技能服务",
  [("phone", "+8617785619320", "17785619320"), ("wechat", "fh_edu2024", "fh_edu2024")],
  "U05 classified", "教育培训")
page("/fenlei/post-88617.html", "鑫源职业培训学校 人工智能训练师五级四级招生", ad(
  [("类别", "教育培训"), ("区域", "毕节 七星关"), ("商家", "鑫源职业培训学校"), ("手机", "13638573946"), ("座机", "(0857)8263591")],
  "<p>正规备案办学,五级60课时,四级50课时,按国家标准审核申报条件。可申领技能提升补贴。</p>"),
  True, "U07", "鑫源职业培训学校",
  [("phone", "+8613638573946", "13638573946"), ("phone", "08578263591", "(0857)8263591")],
  "U07 classified", "教育培训")
page("/fenlei/post-88702.html", "聚英人力 人工智能训练师培训 协议就业 包就业", ad(
  [("类别", "招聘 > 培训"), ("区域", "铜仁 碧江"), ("商家", "聚英人力"), ("联系电话", "18212457830")],
  "<p>学完签协议就业,数据标注岗月薪6000+,先培训后上岗,证书包拿。报名表:https://jinshuju.net/f/Jy2025</p>", True),
  True, "U09", "聚英人力",
  [("phone", "+8618212457830", "18212457830")],
  "U09 classified: 协议就业 promise", "教育培训")
page("/fenlei/post-88755.html", "威宁 数据标注兼职+人工智能训练师考证指导", ad(
  [("类别", "本地服务"), ("区域", "毕节 威宁"), ("商家", "威宁数标工作室"), ("联系电话", "133 0857 8412")],
  "<p>工作室承接数据标注外包,招兼职标注员,干满一年可指导报考五级,考证费用自理。报名表:https://jinshuju.net/f/Wn0857</p>"),
  True, "I04", "威宁数标工作室",
  [("phone", "+8613308578412", "133 0857 8412")],
  "independent: Weining annotation studio", "本地服务")

# ================= wenda Q&A =================
def qa(q, answers):
    return "<div class='question'>%s</div>" % q + "".join(
        "<div class='answer'><div class='who'>%s</div>%s<div class='votes'>赞同 %d</div></div>" % a for a in answers)
page("/wenda/q-5490.html", "人工智能训练师证书怎么查真假?", qa(
  "<p>朋友说花2000块办了个人工智能训练师证书,怎么知道是不是真的?</p>",
  [("热心网友", "<p>技能等级证书上有二维码和查询网址 jndj.osta.org.cn,也可以在 zscx.osta.org.cn 输入姓名、证件号、证书编号查询。查不到的就有问题,可以打12333问当地人社。</p>", 412),
   ("老会计", "<p>另外“人社部颁发”的说法本身就不对,现在技能等级证书是备案的评价机构发的。</p>", 98)]),
  note="non-offer: verification guide", section="教育")
page("/wenda/q-5521.html", "铜仁哪里可以考人工智能训练师?", qa(
  "<p>在铜仁上班,想考个人工智能训练师,哪里能报?</p>",
  [("智训未来招生老师", "<p>推荐智训未来教育,线上学习全国都能报,官方指定教材,考试通过率高。咨询 4008692157 或加微信 zxwl_kefu01。</p>", 3),
   ("路过的", "<p>同问,顺便求资料,QQ 994512378</p>", 0)]),
  True, "U03", "智训未来教育",
  [("phone", "4008692157", "4008692157"), ("wechat", "zxwl_kefu01", "zxwl_kefu01")],
  "U03 answer-ad on Q&A", "教育")
page("/wenda/q-5603.html", "AIGC证书和人工智能训练师证书哪个有用?", qa(
  "<p>最近看到很多AIGC证书广告,和人工智能训练师有什么区别?</p>",
  [("启航AI", "<p>两个都有用!我们启航AI双证一起拿,人社部颁发,3天拿证。加微信 qihang-ai666 或QQ 3096628417 领资料。</p>", 1),
   ("某高校老师", "<p>注意:生成式人工智能系统应用员是4-04-05-13,和人工智能训练师4-04-05-05不是一个职业。</p>", 57)]),
  True, "U06", "启航AI",
  [("wechat", "qihang-ai666", "qihang-ai666"), ("qq", "3096628417", "3096628417")],
  "U06 answer-ad on Q&A", "教育")
page("/wenda/q-5688.html", "毕节有包就业的人工智能培训吗?", qa(
  "<p>想转行做AI相关,有没有培训完包就业的?</p>",
  [("铜仁聚英人力资源有限公司", "<p>我们聚英有人工智能训练师培训+协议就业,数据标注岗直接安排,电话182-1245-7830,QQ 1528843067。</p>", 2),
   ("路过的", "<p>包就业的都要慎重,QQ 994512378 交流</p>", 5)]),
  True, "U09", "铜仁聚英人力资源有限公司",
  [("phone", "+8618212457830", "182-1245-7830"), ("qq", "1528843067", "1528843067")],
  "U09 answer-ad on Q&A", "职场")

# ================= weixin reposts =================
def wx(acct, date, text):
    return "<div class='rich_media_meta'>原创 %s %s</div><div class='rich_media_content'>%s</div><p class='src'>阅读原文 · 本文转载自公众号“%s”</p>" % (acct, date, text, acct)
page("/weixin/art-2018.html", "避坑指南:这些“人工智能训练师”广告千万别信", wx("贵州考证助手", "2025-12-01",
  "<p>1. 说“人社部颁发”“国家职业资格证书”的,说法都不对,人工智能训练师是职业技能等级证书。</p>"
  "<p>2. 零基础直接考二级、一级的,违背申报条件。</p><p>3. 有读者反映骗子电话 17190452283、微信 zhengshu_kuaiban 以包过为名收费后失联。</p>"
  "<p>遇到虚假宣传可拨打12315投诉,政策问题拨12333。证书查询请认准 zscx.osta.org.cn。</p>"),
  note="non-offer: scam-avoidance article quoting scam contacts", section="教育")
page("/weixin/art-2031.html", "AI时代,人工智能训练师成热门新职业 | 智训未来春季班开启", wx("智训未来教育", "2025-11-20",
  "<p>人工智能训练师是人社部认证的新职业,智训未来教育科技(贵州)有限公司联合行业专家打造四级认证课。</p>"
  "<p>官网:www.zhixunweilai.com 全国招生热线:400 869 2157</p>"
  f"<p>统一社会信用代码:{USCC_U03}</p>"),
  True, "U03", "智训未来教育科技(贵州)有限公司",
  [("phone", "4008692157", "400 869 2157"), ("domain", "zhixunweilai.com", "www.zhixunweilai.com"), ("uscc", USCC_U03, USCC_U03)],
  "U03 WeChat article repost with company code", "教育")
page("/weixin/art-2044.html", "技能提升补贴怎么领?人工智能训练师考证攻略", wx("数智人才", "2025-11-28",
  "<p>参加失业保险满一年,取得五级、四级、三级证书可申领最高1000、1500、2000元补贴。数智人才开设线上线下班。</p>"
  "<p>提醒:近期有人冒用我司名义,骗子电话 17190452283 与我司无关。</p>"
  "<p>报名咨询:186 8512 4036 邮箱:GZSZRC@163.com</p>"),
  True, "U04", "数智人才",
  [("phone", "+8618685124036", "186 8512 4036"), ("email", "gzszrc@163.com", "GZSZRC@163.com")],
  "U04 WeChat article with subsidy explanation; quotes a scam number", "职场")
page("/weixin/art-2050.html", "学院合作!人工智能训练师双证班最后10个名额", wx("梵华教育", "2025-12-03",
  "<p>梵华教育联合本地职业学院,学历不限零基础可报三级,学院+人社双证,国家承认。</p>"
  "<p>添加老师微信:fh_edu2024,学员QQ群:738215064</p>"),
  True, "U05", "梵华教育",
  [("wechat", "fh_edu2024", "fh_edu2024"), ("qq_group", "738215064", "738215064")],
  "U05 WeChat article", "本地")
page("/weixin/art-2063.html", "中科华职:人工智能训练师证书免考直发,全国联网可查", wx("中科华职人才评价中心", "2025-11-15",
  "<p>中科华职人才评价中心,人工智能训练师证书免考直发,全国联网可查(zkhzcx.cn),可挂靠企业年入3万。</p>"
  "<p>咨询老师微信:hzyun_teacher 邮箱:hzyketang@qq.com</p>"),
  True, "U08", "中科华职人才评价中心",
  [("wechat", "hzyun_teacher", "hzyun_teacher"), ("email", "hzyketang@qq.com", "hzyketang@qq.com"), ("domain", "zkhzcx.cn", "zkhzcx.cn")],
  "U08 WeChat article: state-sounding name, fake query site", "职场")
page("/weixin/art-2071.html", "遵义智汇:人工智能训练师五级班开课通知", wx("遵义智汇职培", "2025-12-05",
  "<p>遵义智汇职业技能培训学校五级班12月开课,申报需从事相关工作满1年。学费1080元。近期有骗子电话 17190452283 冒充培训机构,请注意。</p>"
  "<p>报名:13595260471 邮箱:zhzypx@126.com</p>"),
  True, "I05", "遵义智汇职业技能培训学校",
  [("phone", "+8613595260471", "13595260471"), ("email", "zhzypx@126.com", "zhzypx@126.com")],
  "independent: Zunyi school, quotes scam number", "教育")

# ================= video =================
def vid(author, caption, likes, cmts):
    return ("<div class='player'>[视频]</div><div class='caption'><b>@%s</b> %s</div><div class='stats'>❤ %s</div>%s"
            % (author, caption, likes, comments(cmts)))
page("/video/v-7731.html", "90%小白都能学会的人工智能训练师", vid("ZX未来职培",
  "90%小白都能学会!人工智能训练师认证课,原价9999限时99,主页V: zxwl_kefu01 #人工智能训练师 #考证", "1.2万",
  [("用户8812", "怎么报名"), ("ZX未来职培", "私信或加V zxwl_kefu01")]),
  True, "U03", "ZX未来职培", [("wechat", "zxwl_kefu01", "zxwl_kefu01")],
  "U03 short video under another brand", "知识")
page("/video/v-7790.html", "3天拿证 AIGC+人工智能训练师", vid("启航AI研习社",
  "人社部颁发,3天拿证,双证2980,加V QiHang-AI666 #AIGC #副业", "8.6千",
  [("毕节小吴", "真的假的"), ("启航AI研习社", "真的,收款方深圳启航未来网络科技有限公司,正规公司")]),
  True, "U06", "启航AI研习社",
  [("wechat", "qihang-ai666", "QiHang-AI666"), ("other", "深圳启航未来网络科技有限公司", "深圳启航未来网络科技有限公司")],
  "U06 short video", "知识")
page("/video/v-7802.html", "毕节鑫源 人工智能训练师实操课堂实拍", vid("鑫源职培",
  "实拍我们的数据标注实操课,五级四级招生中,微信 xinyuan_0857 电话 136-3857-3946 #毕节 #考证", "2311",
  [("七星关阿杰", "去过,老师很认真")]),
  True, "U07", "鑫源职培",
  [("wechat", "xinyuan_0857", "xinyuan_0857"), ("phone", "+8613638573946", "136-3857-3946")],
  "U07 short video", "同城")
page("/video/v-7815.html", "学完包就业!数据标注月薪6000+", vid("聚英职培",
  "人工智能训练师培训+协议就业,QQ 1528843067 微信 juying_hr 联系电话:13800138000 #铜仁招聘", "967",
  [("用户2231", "电话打不通啊"), ("聚英职培", "加QQ或微信")]),
  True, "U09", "聚英职培",
  [("qq", "1528843067", "1528843067"), ("wechat", "juying_hr", "juying_hr")],
  "U09 short video; template phone left in caption", "同城")

# ================= news =================
page("/news/warn-20251203.html", "毕节警方提醒:警惕“包过拿证”类培训诈骗", """
<p>本报讯 近日,七星关区一市民在网上报名“人工智能训练师包过班”,转账3800元后被对方拉黑。据警方介绍,涉案号码17190452283已被多人举报。</p>
<p>警方提示:正规技能等级证书可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询;遇到虚假广告可拨打12315投诉,政策咨询拨打12333。</p>""",
  note="non-offer: police warning quoting scam number", section="社会")
page("/news/ad-20251118.html", "贵州数智人才:让更多劳动者搭上人工智能快车", f"""
<p class='tag'>推广</p>
<p>贵州数智人才发展有限公司深耕职业技能培训多年,开设人工智能训练师五级至三级课程,学员可按规定申领技能提升补贴。</p>
<p>公司负责人表示,将按国家标准审核学员申报条件。咨询电话:0851—86723145,手机:18685124036。</p>
<p>统一社会信用代码:{USCC_U04}</p>""",
  True, "U04", "贵州数智人才发展有限公司",
  [("phone", "085186723145", "0851—86723145"), ("phone", "+8618685124036", "18685124036"), ("uscc", USCC_U04, USCC_U04)],
  "U04 advertorial on the news site", "推广")

# ================= rsj =================
page("/rsj/notice-2025-118.html", "关于防范“山寨证书”及规范开展技能提升补贴申领的提醒", """
<p>近期,部分机构以“包过”“免考拿证”“人社部颁发”等名义招揽人工智能训练师等职业技能培训。现提醒如下:</p>
<p>一、职业技能等级证书由经备案的评价机构颁发,可通过技能人才评价证书全国联网查询平台(zscx.osta.org.cn)或证书所载网址 jndj.osta.org.cn 查询。</p>
<p>二、技能提升补贴标准:五级最高1000元、四级最高1500元、三级最高2000元,需参加失业保险满1年。二级、一级无此项补贴。</p>
<p>三、发现虚假宣传请向市场监管部门投诉(12315),政策咨询请拨打12333。</p>
<p>铜仁市人力资源和社会保障局 2025年11月20日</p>""",
  note="non-offer: official notice", section="通知公告")

# ================= shop =================
def item(price, sold, desc):
    return ("<div class='item'><div class='price'>¥%s</div><div class='sold'>月销 %s</div></div><div class='detail'>%s</div>"
            "<p class='pay'>担保交易,支付问题请联系支付宝客服95188</p>" % (price, sold, desc))
page("/shop/item-290.html", "青轴机械键盘 87键 办公游戏两用", item("159", "326", "<p>87键青轴,USB有线,白色背光。</p>"),
  note="non-offer: unrelated product in the same shop", section="全部宝贝")
page("/shop/item-301.html", "人工智能训练师考证 线上+线下 铜仁 定金", item("200", "41",
  "<p>黔寻AI实训基地,人工智能训练师五级/四级,先审核申报条件再收定金,不符合全额退。</p>"
  "<p>拍下后联系客服微信 QianXun_PX,或座机 (0856)5231478。</p>"),
  True, "U01", "黔寻AI实训基地",
  [("wechat", "qianxun_px", "QianXun_PX"), ("phone", "08565231478", "(0856)5231478")],
  "U01 shop listing under a third brand", "考证课程")
page("/shop/item-302.html", "人工智能训练师证书 加急 不用上课 入库可查", item("3880", "97",
  "<p>乌蒙AI证书服务部,各级别均可,不用上课,加急15天出证。证书样本编号 S000052060025300012。</p>"
  "<p>下单后加微信 wmzp8899,备注订单号;或QQ 2874415306</p>"),
  True, "U02", "乌蒙AI证书服务部",
  [("wechat", "wmzp8899", "wmzp8899"), ("qq", "2874415306", "2874415306")],
  "U02 shop listing: certificate without class", "考证课程")
page("/shop/item-303.html", "鑫源职业培训学校 人工智能训练师五级课程", item("1180", "58",
  "<p>毕节线下实操,需满足五级申报条件。咨询微信 xinyuan_0857,学校电话 0857-8263591。</p>"),
  True, "U07", "鑫源职业培训学校",
  [("wechat", "xinyuan_0857", "xinyuan_0857"), ("phone", "08578263591", "0857-8263591")],
  "U07 shop listing", "考证课程")
page("/shop/item-304.html", "华职云课堂 人工智能训练师 免考直发 可挂靠", item("2680", "203",
  f"<p>华职云课堂,免考直发,挂靠年入3万。证书样本编号 S000052060025300012。</p>"
  f"<p>咨询:19985437716 邮箱 hzyketang@qq.com 主体:中科华职(北京)人才评价中心有限公司 {USCC_U08}</p>"),
  True, "U08", "华职云课堂",
  [("phone", "+8619985437716", "19985437716"), ("email", "hzyketang@qq.com", "hzyketang@qq.com"), ("uscc", USCC_U08, USCC_U08)],
  "U08 shop listing: state-sounding company with a 91 code", "考证课程")
page("/shop/item-305.html", "人工智能训练师五级理论题库+实操练习(电子版)", item("39.9", "1204",
  "<p>AI训练师题库小铺,整理五级理论模拟题800道和标注实操练习,仅为学习资料,不含报名和证书。售后微信 ai_xunlian_shop</p>"),
  True, "I06", "AI训练师题库小铺",
  [("wechat", "ai_xunlian_shop", "ai_xunlian_shop")],
  "independent: question-bank seller (offer: prepares for the exam)", "资料题库")

# ---------------- operators ----------------
def operators():
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
    return dict(sorted(ops.items()))

# ---------------- decoys ----------------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public policy hotline, quoted by many sellers and notices"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4000803366", ["400-080-3366"], "学吧课堂 platform customer-service line in every footer"),
 ("email", "kefu@xuebaketang.com", ["kefu@xuebaketang.com"], "学吧课堂 platform e-mail in every footer"),
 ("other", "黔ICP备19008812号-1", ["黔ICP备19008812号-1"], "学吧课堂 platform ICP"),
 ("domain", "fjsbbs.com", ["www.fjsbbs.com", "admin@fjsbbs.com"], "forum's own domain in every footer"),
 ("qq_group", "516032887", ["516032887"], "forum's official QQ group in sidebar and footer"),
 ("phone", "08578123000", ["0857-8123000"], "classifieds platform customer service"),
 ("email", "help@wenwenqian.com", ["help@wenwenqian.com"], "Q&A site feedback e-mail"),
 ("email", "tougao@qianweiyuedu.cn", ["tougao@qianweiyuedu.cn"], "WeChat-repost site submissions e-mail"),
 ("other", "黔ICP备22003351号", ["黔ICP备22003351号"], "short-video platform ICP"),
 ("phone", "08565999110", ["0856-5999110"], "news site hotline"),
 ("phone", "+8617190452283", ["17190452283"], "scammer's number quoted in complaints, news and warnings (also by sellers warning against impersonators)"),
 ("wechat", "zhengshu_kuaiban", ["zhengshu_kuaiban"], "scammer's WeChat quoted in complaint and warning article"),
 ("phone", "+8615208573316", ["15208573316"], "an order number in the shop's 最近成交 sidebar, shaped like a mobile"),
 ("other", "S000052060025300012", ["S000052060025300012"], "stock certificate-sample number copied by two unrelated sellers"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("wechat", "lily_2023tr", ["lily_2023tr"], "a reader's own WeChat in comments of two sellers' threads"),
 ("qq", "994512378", ["994512378"], "a reader's own QQ in comments/answers"),
 ("phone", "08565230007", ["0856-5230007"], "exam venue front desk (third party) quoted by several sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party) used by several sellers"),
 ("phone", "95188", ["95188"], "payment platform hotline (third party) on every shop item"),
]

# ---------------- rendering ----------------
CSS = {
 "training-school": "body{font-family:sans-serif;background:#f4f8ff}.hd{background:#0b4ea2;color:#fff;padding:12px}.wrap{display:flex}.main{flex:3}.side{flex:1;background:#e8effa;padding:8px}",
 "college": "body{font-family:serif}.hd{background:#7a1010;color:#fff}.wrap{display:flex}.main{flex:3}.side{flex:1;border-left:1px solid #ccc}",
 "marketplace": "body{font-family:sans-serif}.hd{background:#ff6a00;color:#fff}.meta{color:#888}.wrap{display:flex}.main{flex:4}.side{flex:1}",
 "forum": "body{font-size:13px}.post{border:1px solid #cde;margin:4px;padding:6px}.author{background:#eef}.wrap{display:block}",
 "classifieds": "body{font-family:sans-serif}.info th{text-align:left;color:#666}.hd{background:#2a8}.lead{border:1px dashed #aaa}",
 "qa": "body{font-family:sans-serif}.answer{border-top:1px solid #eee;padding:8px}.who{font-weight:bold}",
 "wechat-repost": "body{max-width:680px;margin:auto}.rich_media_meta{color:#576b95}",
 "short-video": "body{background:#161823;color:#eee}.player{height:300px;background:#000}",
 "news": "body{font-family:serif}.tag{color:#c00;border:1px solid #c00;display:inline-block}",
 "gov-notice": "body{font-family:SimSun,serif}.hd{background:#b00;color:#fff}",
 "shop": "body{font-family:sans-serif}.price{color:#f40;font-size:24px}",
}

def related(site, path):
    sib = [p for p in PAGES if p["path"].startswith("/%s/" % site) and p["path"] != path]
    return "".join("<li><a href='%s'>%s</a></li>" % (rel(path, p["path"]), html.escape(p["title"])) for p in sib[:4])

def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm)) if frm != to else os.path.basename(to)

def frame(site, path, title, body, section):
    s = SITES[site]
    idx = "/%s/index.html" % site
    nav = " | ".join("<a href='%s'>%s</a>" % (rel(path, idx), n) if i == 0 else "<a href='%s'>%s</a>" % (rel(path, idx), n)
                     for i, n in enumerate(s["nav"]))
    crumbs = "<a href='%s'>%s</a> &gt; " % (rel(path, "/index.html"), "导航") + \
             "<a href='%s'>%s</a>" % (rel(path, idx), s["nav"][0]) + \
             (" &gt; %s &gt; %s" % (section, html.escape(title)) if section else "")
    rl = related(site, path)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{CSS[s['style']]}</style></head>
<body class="{s['style']}"><div class="hd"><span class="logo">{s['name']}</span><nav>{nav}</nav></div>
<div class="crumbs">{crumbs}</div>
<div class="wrap"><div class="main"><h1>{html.escape(title)}</h1>
{body}
</div><div class="side">{s['side']}<h4>相关推荐</h4><ul>{rl}</ul></div></div>
<div class="ft">{s['footer']}</div></body></html>
"""

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    # site indexes
    for site in ORDER:
        items = [p for p in PAGES if p["path"].startswith("/%s/" % site)]
        body = "<ul class='list'>" + "".join("<li><a href='%s'>%s</a></li>" % (os.path.basename(p["path"]), html.escape(p["title"])) for p in items) + "</ul>"
        PAGES.append(dict(path="/%s/index.html" % site, title=SITES[site]["name"], body=body, is_offer=False,
                          operator=None, provider=None, identifiers=[], note="non-offer: site index", section=""))
    written = {}
    for p in PAGES:
        site = p["path"].split("/")[1]
        written[p["path"]] = frame(site, p["path"], p["title"], p["body"], p["section"])
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>搜索记录:铜仁/毕节 人工智能训练师 一周</title></head><body><h1>网站导航</h1><ul>" + \
          "".join("<li><a href='%s/index.html'>%s</a></li>" % (s, SITES[s]["name"]) for s in ORDER) + "</ul></body></html>\n"
    written["/index.html"] = hub
    for path, text in written.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    truth_pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="non-offer: hub")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        truth_pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    decoys = []
    for kind, value, forms, why in DECOYS:
        pages = sorted(path for path, text in written.items() if any(w in text for w in forms))
        decoys.append(dict(kind=kind, value=value, written=forms, pages=pages, why=why))
    truth = dict(pages=truth_pages, operators=operators(), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
