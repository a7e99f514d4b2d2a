#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers, honest and not.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------- GB 32100 unified social credit code ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(c) * W18[i] for i, c in enumerate(s17)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "零一二三四五六七八九")

# ---------- sites ----------
SITES = {
 "kecheng": dict(name="学途课堂", kind="课程市场", menu=["首页", "职业技能", "IT互联网", "考证专区", "讲师入驻"],
   footer="学途课堂 xuetuketang.com ｜ 客服热线：400-820-6655 ｜ 客服邮箱：kf@xuetuketang.com ｜ 京ICP备18023456号-1 ｜ 平台仅提供信息展示，课程由入驻机构提供"),
 "bbs": dict(name="职场人论坛", kind="论坛", menu=["首页", "考证交流", "求职招聘", "避坑曝光", "版规"],
   footer="职场人论坛 ｜ 站务QQ群：612345789 ｜ 联系管理员：admin@zhichangren-bbs.com ｜ 粤ICP备19087654号 ｜ 帖子内容仅代表作者观点"),
 "fenlei": dict(name="百城分类网", kind="分类信息", menu=["首页", "招聘", "教育培训", "二手", "便民"],
   footer="百城分类网 ｜ 客服电话：020-38806622 ｜ 举报邮箱：jubao@baichengfenlei.com ｜ 增值电信业务经营许可证：粤B2-20190123 ｜ 粤ICP备17012345号"),
 "wenda": dict(name="知否问答", kind="问答社区", menu=["首页", "职业教育", "求职", "热门问题", "我要提问"],
   footer="知否问答 ｜ 意见反馈：help@zhifouwenda.com ｜ 京ICP备20031415号-2 ｜ 回答内容由网友提供，不代表本站观点"),
 "wx": dict(name="微阅·公众号文章精选", kind="公众号转载", menu=["首页", "教育", "职场", "科技", "投稿"],
   footer="微阅 weiyue-wx.com ｜ 商务合作QQ：2851234567 ｜ 文章转载自微信公众号，版权归原作者 ｜ 沪ICP备21004567号"),
 "sp": dict(name="快看短视频·网页版", kind="短视频", menu=["推荐", "关注", "知识", "直播", "创作者中心"],
   footer="快看短视频 ｜ 违法和不良信息举报电话：400-990-1234 ｜ 网络文化经营许可证 京网文〔2022〕1234-056号 ｜ 京ICP备19055555号"),
 "news": dict(name="钱江职教网", kind="新闻站", menu=["首页", "职教要闻", "技能评价", "院校动态", "曝光台"],
   footer="钱江职教网 ｜ 新闻热线：0571-85101234 ｜ 报料邮箱：baoliao@qjzjnews.com ｜ 浙ICP备16009876号 ｜ 广告及合作内容已标注"),
 "college": dict(name="杭州数字职业技术学院", kind="高职院校官网", menu=["学院首页", "学院概况", "招生就业", "继续教育", "信息公开"],
   footer="杭州数字职业技术学院 ｜ 地址：杭州市钱塘区学源街168号 ｜ 学院总机：0571-86711234 ｜ www.hzszy.edu.cn ｜ 浙ICP备05012345号"),
 "gov": dict(name="某市人力资源和社会保障局", kind="政府通知公告", menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
   footer="主办：某市人力资源和社会保障局 ｜ 局办公室：0571-87061234 ｜ 政务服务热线：12333 ｜ 网站标识码 3301000012 ｜ 浙ICP备06004321号"),
 "qiye": dict(name="云建站·企业官网", kind="培训企业官网(建站平台)", menu=["首页", "关于我们", "课程中心", "报名咨询", "联系我们"],
   footer="本站由云建站提供技术支持 ｜ 建站热线：400-600-7788 ｜ 页面内容由企业自行发布"),
}

PAGES = []

def page(site, path, title, body, op=None, provider=None, ids=(), note="", offer=True, crumb=None):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, path), title=title, body=body, operator=op,
                      provider=provider, ids=[list(i) for i in ids], note=note, is_offer=offer,
                      crumb=crumb or SITES[site]["menu"][2]))

# ---------- identifiers ----------
U01_USCC = uscc("12330100", "47001234")
U02_USCC = uscc("91330106", "MA2H7K3P")
U03_USCC = uscc("52330105", "MJ8812345"[:8])
U06_USCC = uscc("91110108", "MA01XY7Q")
U08_USCC = uscc("91440300", "MA5G2R8N")
I01_USCC = uscc("12330110", "47105566")

COMMENT_XIAOYU = '<div class="cmt"><b>小鱼爱学习</b>：我也想报，有一起的吗？加我微信 xiaoyu_2024 互相监督</div>'
COMMENT_SCAM = '<div class="cmt"><b>路过的老王</b>：提醒一句，之前有个自称“人社认证中心”的骗子电话 17090231145 也是这么说的，交了钱就拉黑，大家多核实。</div>'
CERT_SAMPLE = '<p class="img-cap">[图] 证书样本（证书编号：S000033010526263000128，姓名：张三）</p>'
VENUE = "考点：钱江数字大厦12楼（前台电话 0571-87650001，仅负责指引，不受理报名）"
BATCH = "认定批次号：13520260418"

# U01 public vocational college (honest)
page("college", "jxjy-ai-2026.html", "继续教育学院2026年人工智能训练师（五级/四级）培训与认定招生简章",
 f"""<p>根据《人工智能训练师国家职业技能标准（2021年版）》（职业编码4-04-05-05），我院继续教育学院面向社会招收人工智能训练师（数据标注员）五级、四级培训学员。</p>
<h3>报考条件</h3><ul><li>五级：累计从事本职业或相关职业工作满1年（含），或本职业学徒期满；</li><li>四级：取得五级证书后累计从事本职业工作4年（含）以上，或累计从事本职业工作6年以上，或相关专业中职及以上在校生（毕业学年）。</li></ul>
<h3>收费标准</h3><table><tr><th>等级</th><th>培训费</th><th>认定费</th></tr><tr><td>五级</td><td>1200元（60课时）</td><td>按物价核准标准收取</td></tr><tr><td>四级</td><td>1600元（50课时）</td><td>按物价核准标准收取</td></tr></table>
<p>符合条件的参保职工取证后可按规定申领失业保险技能提升补贴（五级最高1000元、四级最高1500元），具体以当地人社部门政策为准。本院不承诺“包过”，考核不合格可参加下一批次补考。</p>
<p>证书由备案评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。政策咨询：12333。</p>
<p>报名咨询：继续教育学院培训部 0571-86719876（工作日8:30-17:00），邮箱 jxjy@hzszy.edu.cn。单位名称：杭州数字职业技术学院，统一社会信用代码：{U01_USCC}。</p>""",
 "U01", "杭州数字职业技术学院继续教育学院",
 [("phone", "0571-86719876", "0571-86719876"), ("email", "jxjy@hzszy.edu.cn", "jxjy@hzszy.edu.cn"),
  ("uscc", U01_USCC, U01_USCC), ("phone", "0571-86711234", "0571-86711234"), ("domain", "hzszy.edu.cn", "www.hzszy.edu.cn")],
 "公办高职院校继续教育学院的五级/四级培训认定招生简章，列明收费与官方查询")
page("college", "ai-level4-class.html", "关于举办人工智能训练师（四级）周末班的通知",
 """<p>为满足企业在职人员需求，继续教育学院定于2026年5月开设人工智能训练师（四级/中级工）周末班，共50课时，理论30%、实操70%。</p>
<p>培训费1600元/人，开具正规票据；认定由我院备案的评价机构组织，理论与技能考核均实行百分制，60分及以上为合格。</p>
<p>报名方式：致电 0571 8671 9876 或发送报名表至 jxjy@hzszy.edu.cn。证书信息可登录 zscx.osta.org.cn 核验；有关补贴政策请咨询12333。</p>""",
 "U01", "杭州数字职业技术学院",
 [("phone", "0571-86719876", "0571 8671 9876"), ("email", "jxjy@hzszy.edu.cn", "jxjy@hzszy.edu.cn"),
  ("phone", "0571-86711234", "0571-86711234"), ("domain", "hzszy.edu.cn", "www.hzszy.edu.cn")],
 "同一学院四级周末班开班通知")
page("news", "n-college-enrol.html", "杭州数字职院开设人工智能训练师培训班 面向社会招生",
 """<p>本网讯 记者近日从杭州数字职业技术学院获悉，该院继续教育学院今年面向社会开设人工智能训练师五级、四级培训，五级培训费1200元，四级1600元。</p>
<p>学院相关负责人提醒，职业技能等级证书由备案的评价机构颁发，并非“人社部颁发”，市民可通过 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查询机构与证书。有意报名者可致电（0571）86719876咨询，补贴政策可拨打12333。</p>""",
 "U01", "杭州数字职业技术学院", [("phone", "0571-86719876", "（0571）86719876")],
 "新闻站对该学院招生的报道，附报名电话")
page("kecheng", "c-1001.html", "【杭州数字职院】人工智能训练师五级（数据标注员）线上理论+线下实操",
 """<p class="price">¥1200.00 <span>（含教材，不含认定费）</span></p><p>开课机构：杭州数字职业技术学院继续教育学院（公办）｜课时：60｜已报名 312 人</p>
<p>课程大纲：基本要求、数据采集和处理、数据标注、智能系统运维。线下实操在学院实训中心进行。</p>
<p>报名须知：需满足五级申报条件（本职业或相关职业工作满1年或学徒期满）。证书可在 zscx.osta.org.cn 查询；技能人才评价工作网 osta.mohrss.gov.cn。</p>
<p>机构咨询邮箱：jxjy(at)hzszy.edu.cn（请将(at)换成@）</p>""",
 "U01", "杭州数字职业技术学院继续教育学院", [("email", "jxjy@hzszy.edu.cn", "jxjy(at)hzszy.edu.cn")],
 "课程市场上学院的五级课程商品页")

# U02 recognised assessment organisation (honest)
page("gov", "notice-2026-04.html", "关于浙江数智技能评价有限公司开展2026年第二批人工智能训练师职业技能等级认定的公告",
 f"""<p>经备案，浙江数智技能评价有限公司（统一社会信用代码 {U02_USCC}）为人工智能训练师（4-04-05-05）五级至三级的社会培训评价组织，现将2026年第二批认定有关事项公告如下：</p>
<p>一、认定时间：2026年4月18日。{BATCH}。</p><p>二、{VENUE}。</p>
<p>三、收费：五级 320元/人次，四级 390元/人次，三级 460元/人次，按核准标准收取。</p>
<p>四、报名：考生登录评价机构网站 www.zjszpj.com 报名，或咨询 0571-88213456，邮箱 kaowu@zjszpj.com。</p>
<p>五、证书查询：jndj.osta.org.cn、zscx.osta.org.cn。政策咨询请拨打12333。</p>""",
 "U02", "浙江数智技能评价有限公司",
 [("uscc", U02_USCC, U02_USCC), ("domain", "zjszpj.com", "www.zjszpj.com"), ("phone", "0571-88213456", "0571-88213456"),
  ("email", "kaowu@zjszpj.com", "kaowu@zjszpj.com")],
 "人社局网站发布的备案评价机构认定公告（报名、收费、查询）", crumb="通知公告")
page("qiye", "zjzp/baoming.html", "数智评价 | 人工智能训练师认定报名",
 f"""<p>浙江数智技能评价有限公司 —— 人社部门备案的社会培训评价组织。</p><p>本批次：{BATCH}；{VENUE}。</p>
<p>认定费：五级320元、四级390元、三级460元。我们只负责评价，不组织“包过”，不代发证书。</p>
<p>报名咨询：0571—88213456 ｜ 考务邮箱：kaowu@zjszpj.com ｜ 官网 zjszpj.com</p>
<p>证书查询：jndj.osta.org.cn ｜ 虚假宣传投诉：12315</p><div class="widget">在线客服电话：400-000-0000</div>""",
 "U02", "数智评价", [("phone", "0571-88213456", "0571—88213456"), ("email", "kaowu@zjszpj.com", "kaowu@zjszpj.com"),
  ("domain", "zjszpj.com", "zjszpj.com")],
 "评价机构在建站平台上的报名页（挂件占位电话未改）")
page("wx", "a-2031.html", "报名｜2026年第二批人工智能训练师认定开始啦",
 f"""<p class="src">来源：浙江数智评价 公众号</p><p>各位考生：第二批认定将于4月18日举行（{BATCH}）。</p>
<p>请注意：我单位证书均可在 zscx.osta.org.cn 查询；认定费用以公告为准，五级320元。</p><p>报名网址：https://www.zjszpj.com/bm ；电话 0571 88213456。</p>""",
 "U02", "浙江数智评价", [("domain", "zjszpj.com", "www.zjszpj.com"), ("phone", "0571-88213456", "0571 88213456")],
 "公众号转载的评价机构报名推文")
page("news", "n-exam-notice.html", "第二批人工智能训练师认定4月18日开考",
 """<p>记者从浙江数智技能评价有限公司了解到，2026年第二批人工智能训练师认定将于4月18日进行，报名截止4月8日。考务咨询邮箱 kaowu@zjszpj.com。</p>
<p>有关部门提醒，职业技能等级证书可在 jndj.osta.org.cn 查询。</p>""",
 "U02", "浙江数智技能评价有限公司", [("email", "kaowu@zjszpj.com", "kaowu@zjszpj.com")],
 "新闻站的考试报名消息")

# U03 licensed private training school (honest, minor puffery)
page("qiye", "zwl/ai-xunlianshi.html", "智能未来职业培训学校 - 人工智能训练师培训",
 f"""<p>杭州市智能未来职业培训学校，办学许可证号：浙人社民3301052019001，统一社会信用代码：{U03_USCC}。</p>
<p>人工智能训练师五级 1380元，四级 1780元，三级 2380元（三级需持四级证书并满足年限）。学完由备案评价机构组织认定，{VENUE}。</p>
<p>证书查询：zscx.osta.org.cn ｜ 技能人才评价工作网 osta.mohrss.gov.cn</p>
<p>咨询：张老师 159 6723 4481（微信同号）｜ 座机 0571-85236677</p><div class="widget">联系电话：13800138000</div>""",
 "U03", "杭州市智能未来职业培训学校",
 [("uscc", U03_USCC, U03_USCC), ("phone", "+8615967234481", "159 6723 4481"), ("wechat", "15967234481", "159 6723 4481（微信同号）"),
  ("phone", "0571-85236677", "0571-85236677")],
 "民办职业培训学校官网课程页（挂件占位号码未替换）")
page("kecheng", "c-1003.html", "智未来教育｜人工智能训练师四级 数据标注+智能系统运维",
 """<p class="price">¥1780.00</p><p>机构：智未来教育（杭州市智能未来职业培训学校）｜课时50｜好评率98%</p>
<p>适合：已取得五级证书并满足工作年限的学员。</p><p>课程顾问QQ：2394456712 ｜ 电话 0571-85236677</p>""",
 "U03", "智未来教育", [("qq", "2394456712", "2394456712"), ("phone", "0571-85236677", "0571-85236677")],
 "课程市场上培训学校的四级课程")
page("fenlei", "f-3301.html", "【西湖区】人工智能训练师培训 五级/四级 周末班 可申请补贴",
 f"""<p>类别：教育培训 > 职业技能 ｜ 发布者：智能未来培训 ｜ 区域：西湖区</p>
<p>人社部门备案评价机构认定，五级1380元，参保满一年可申领技能提升补贴。下一场认定：{BATCH}。</p>
<p>联系：张老师 +86 159-6723-4481，QQ 2394456712。投诉举报：12315</p>""",
 "U03", "智能未来培训", [("phone", "+8615967234481", "+86 159-6723-4481"), ("qq", "2394456712", "2394456712")],
 "分类信息网上培训学校的招生帖")
page("sp", "v-7001.html", "@智未来张老师：数据标注员到底要不要考证？",
 """<p class="vdesc">视频文案：考人工智能训练师，先看申报条件！五级要求相关工作满一年，别信零基础直接考三级。想系统学的可以看主页。</p>
<p>主页简介：杭州智能未来职业培训学校 张老师 ｜ V：15967234481</p>""",
 "U03", "智未来张老师", [("wechat", "15967234481", "V：15967234481")],
 "短视频平台上培训学校老师的科普兼招生视频页")

# U04 certificate mill (dishonest)
page("bbs", "t-5501.html", "人工智能训练师证 不用考试 15天下证 人社部颁发 全国通用",
 """<p class="post"><b>楼主 国培智训-小李</b>：零基础、不限学历、不限经验，三级/二级都能直接报！包过，不过全额退款。人社部颁发，入库可查，落户加分、评职称都能用。</p>
<p>三级 2980元，二级 4980元，三证同报打包价 6800元。</p><p>加VX：zkrc-kefu01 或打 177 5180 3362 咨询。</p></div>""" + COMMENT_XIAOYU,
 "U04", "国培智训", [("wechat", "zkrc-kefu01", "VX：zkrc-kefu01"), ("phone", "+8617751803362", "177 5180 3362")],
 "论坛里的证书工厂帖：包过、二级零基础、人社部颁发")
page("fenlei", "f-3302.html", "急招考证学员！人工智能训练师高级证书 快速拿证",
 """<p>类别：教育培训 ｜ 发布者：中科人才服务</p><p>不用到场、不用考试，资料齐全15个工作日出证，官网可查。先交定金500。</p>
<p>联系电话：１７７５１８０３３６２ ｜ 扣扣：3187752046</p>""",
 "U04", "中科人才服务", [("phone", "+8617751803362", "１７７５１８０３３６２"), ("qq", "3187752046", "扣扣：3187752046")],
 "分类网上同一证书工厂的广告（全角数字）")
page("wx", "a-2032.html", "人社部证书退出后，哪家证书来接盘？人工智能训练师证最后一批！",
 f"""<p class="src">来源：中科智训人才 公众号</p><p>国家认可、官方认证，拿证后升职加薪，挂靠每年还能拿1-2万！</p>{CERT_SAMPLE}
<p>报名费转账：开户行 建设银行，收款户名：李海峰，转账后截图发QQ 3187752046。</p>""",
 "U04", "中科智训人才", [("other", "payee:李海峰", "收款户名：李海峰"), ("qq", "3187752046", "QQ 3187752046")],
 "公众号转载的证书工厂推文，收款人为个人")
page("sp", "v-7002.html", "@国培智训官方：AI训练师证书 躺着拿证",
 """<p class="vdesc">视频文案：不会AI也能拿国家级证书！包过！名额有限，评论区扣1。</p>
<p>主页：国培智训 ｜ 合作微信 Zkrc-Kefu01</p>""" + COMMENT_SCAM,
 "U04", "国培智训", [("wechat", "zkrc-kefu01", "Zkrc-Kefu01")],
 "短视频平台上证书工厂的推广视频页")

# U05 agent (dishonest)
page("bbs", "t-5502.html", "出人工智能训练师四级三级名额，本月最后一批",
 f"""<p class="post"><b>楼主 证通学社</b>：跟4月18日那一批（{BATCH}），内部渠道，保过，资料我们帮你做。</p>
<p>四级1880，三级2680。QQ群：786523419 进群看往期学员喜报。联系 +86 138-6621-8805。</p>""",
 "U05", "证通学社", [("qq_group", "786523419", "QQ群：786523419"), ("phone", "+8613866218805", "+86 138-6621-8805")],
 "论坛里中介转卖认定名额的帖子")
page("wenda", "q-8801.html", "人工智能训练师证书在哪里报名靠谱？",
 """<p class="q">问：想考人工智能训练师，网上好多机构，哪家靠谱？</p>
<div class="ans"><b>AI考证帮（认证回答者）</b>：我们合作多家评价机构，三级速成两周出证，通过率百分百。详细可加薇：aikaozheng_88，或发邮件 aikzb2026 at 163.com</div>""",
 "U05", "AI考证帮", [("wechat", "aikaozheng_88", "薇：aikaozheng_88"), ("email", "aikzb2026@163.com", "aikzb2026 at 163.com")],
 "问答社区里中介以回答形式招揽")
page("kecheng", "c-1004.html", "AI考证帮｜人工智能训练师三级 速成班（含认定报名）",
 """<p class="price">¥2680.00</p><p>机构：AI考证帮 ｜ 7天速成，命题组老师押题，内部信息。</p><p>售后：aikzb2026@163.com ｜ 学员群 786523419</p>""",
 "U05", "AI考证帮", [("email", "aikzb2026@163.com", "aikzb2026@163.com"), ("qq_group", "786523419", "786523419")],
 "课程市场上的中介速成班")

# U06 fake query site operator
page("qiye", "gzsz/zhengshu.html", "中国数字技能认证中心 - 人工智能训练师证书",
 f"""<p>中国数字技能认证中心（运营主体：北京国职数智教育科技有限公司，统一社会信用代码 {U06_USCC}）。</p>
<p>颁发《人工智能训练师国家职业资格证书》，全国联网，证书可在本中心官网查询：www.cx-gzszrz.com。</p>
<p>全国服务热线：4000-567-321 ｜ 邮箱 service@gzszrz.com</p><div class="widget">联系电话：13800138000</div>""",
 "U06", "中国数字技能认证中心",
 [("uscc", U06_USCC, U06_USCC), ("domain", "cx-gzszrz.com", "www.cx-gzszrz.com"), ("phone", "4000567321", "4000-567-321"),
  ("email", "service@gzszrz.com", "service@gzszrz.com")],
 "自称国家级认证中心的企业官网，宣称自建查询站")
page("wx", "a-2033.html", "国职数智：人工智能训练师证书查询通道开放",
 f"""<p class="src">来源：国职数智 公众号</p><p>本证书为国家职业资格证书，人社部备案，可在 cx-gzszrz.com 输入身份证号查询。</p>{CERT_SAMPLE}
<p>咨询：400 056 7321</p>""",
 "U06", "国职数智", [("domain", "cx-gzszrz.com", "cx-gzszrz.com"), ("phone", "4000567321", "400 056 7321")],
 "公众号转载的假查询站推广")
page("sp", "v-7003.html", "@数字技能认证中心：证书网上可查才是真证书",
 f"""<p class="vdesc">视频文案：别买假证！我们的证书官网可查，查询地址看主页。</p>{CERT_SAMPLE}<p>主页：service#gzszrz.com（#换成@）</p>""",
 "U06", "数字技能认证中心", [("email", "service@gzszrz.com", "service#gzszrz.com")],
 "短视频页，推广同一自建查询站")

# U07 挂靠 agent
page("bbs", "t-5503.html", "考人工智能训练师证挂靠，一年躺赚2万",
 """<p class="post"><b>楼主 老张人才</b>：证书挂靠企业，每年1-2万，不用上班！先考证后挂靠，一条龙服务。</p>
<p>电话：一三九 五七零二 八八一六 ｜ V信：gk_lao_zhang</p>""" + COMMENT_SCAM,
 "U07", "老张人才", [("phone", "+8613957028816", "一三九 五七零二 八八一六"), ("wechat", "gk_lao_zhang", "V信：gk_lao_zhang")],
 "论坛挂靠中介帖（汉字数字电话）")
page("fenlei", "f-3304.html", "证书挂靠 人工智能训练师 高价收证 可代考",
 """<p>类别：便民服务 ｜ 发布者：张经理</p><p>高价收各类技能证书挂靠，没有证可以帮办，保证拿证。</p><p>电话：<a href="tel:13957028816">139-5702-8816</a></p>""",
 "U07", "张经理证书服务", [("phone", "+8613957028816", "tel:13957028816"), ("phone", "+8613957028816", "139-5702-8816")],
 "分类网上同一挂靠中介")
page("wx", "a-2034.html", "2026年这些证书挂靠最值钱，人工智能训练师上榜",
 """<p class="src">来源：职证圈 公众号</p><p>人工智能训练师证书挂靠行情每年1.5万起，详情加微信 gk_lao_zhang。</p>""",
 "U07", "职证圈", [("wechat", "gk_lao_zhang", "gk_lao_zhang")],
 "公众号软文，推挂靠")

# U08 mill with state-sounding company name
page("qiye", "gjzn/index.html", "国家智能人才发展中心（深圳）—人工智能训练师认证",
 f"""<p>国家智能人才发展中心（深圳）有限公司，统一社会信用代码：{U08_USCC}。</p>
<p>人工智能训练师证书直接对应职称，三级即助理工程师！工信部认证，国家级证书。</p>
<p>联系：186-2155-9037 ｜ 邮箱：gjzn_kefu＠126.com（请将全角＠改为@）</p><div class="widget">客服热线：400-000-0000</div>""",
 "U08", "国家智能人才发展中心（深圳）",
 [("uscc", U08_USCC, U08_USCC), ("phone", "+8618621559037", "186-2155-9037"), ("email", "gjzn_kefu@126.com", "gjzn_kefu＠126.com")],
 "以“国家…中心”命名的公司（91开头代码）自建站")
page("kecheng", "c-1005.html", "【国智人才】人工智能训练师（高级技师）证书班 不限学历",
 """<p class="price">¥5980.00</p><p>机构：国智人才 ｜ 一级高级技师，零基础可报，对应正高职称。</p>
<p>咨询：<a href="tel:+8618621559037">点击拨打</a></p>""",
 "U08", "国智人才", [("phone", "+8618621559037", "tel:+8618621559037")],
 "课程市场上的一级证书班，零基础")
page("news", "n-advertorial.html", "【推广】国家智能人才发展中心：AI人才缺口500万，持证即高薪",
 f"""<p class="ad">推广内容</p><p>据国家智能人才发展中心介绍，持人工智能训练师证书可直接评职称（统一社会信用代码 {U08_USCC}）。</p>
<p>咨询邮箱 gjzn_kefu at 126 dot com</p>""",
 "U08", "国家智能人才发展中心", [("uscc", U08_USCC, U08_USCC), ("email", "gjzn_kefu@126.com", "gjzn_kefu at 126 dot com")],
 "新闻站上的付费推广软文")

# U09 training company with misleading wording
page("sp", "v-7004.html", "@AI训练营李老师：3个月转行人工智能训练师",
 """<p class="vdesc">视频文案：90%小白都能学会！原价9999限时1999，送人社部认证的新职业证书！</p><p>主页：加V AI_xunlian_laoshi</p>""",
 "U09", "AI训练营", [("wechat", "ai_xunlian_laoshi", "AI_xunlian_laoshi")],
 "短视频上的转行训练营，宣称人社部认证")
page("wenda", "q-8803.html", "零基础能考人工智能训练师吗？",
 """<p class="q">问：本人文科生零基础，能考人工智能训练师吗？</p>
<div class="ans"><b>李老师（AI训练营）</b>：可以！我们训练营学完直接送证，已带3000+学员上岸。微信AI_xunlian_laoshi，电话153 0134 7790。</div>""" + COMMENT_XIAOYU,
 "U09", "AI训练营", [("wechat", "ai_xunlian_laoshi", "AI_xunlian_laoshi"), ("phone", "+8615301347790", "153 0134 7790")],
 "问答里训练营老师招揽")
page("bbs", "t-5504.html", "【喜报】AI训练营第12期学员全员拿证",
 """<p class="post"><b>楼主 智训未来学堂</b>：恭喜第12期学员全员通过人工智能训练师四级！下期报名电话15301347790，QQ 1569823307。</p>""",
 "U09", "智训未来学堂", [("phone", "+8615301347790", "15301347790"), ("qq", "1569823307", "1569823307")],
 "论坛喜报帖，同一训练营换品牌")

# Independents
page("gov", "notice-2026-05.html", "关于余杭区技能人才评价中心开展人工智能训练师（五级、四级）认定的通知",
 f"""<p>余杭区技能人才评价中心（统一社会信用代码 {I01_USCC}）定于2026年5月开展人工智能训练师五级、四级认定。</p>
<p>{VENUE}。收费：五级300元，四级380元。报名咨询：0571-89176655，pj@yhjnpj.org.cn。</p><p>证书查询：jndj.osta.org.cn、zscx.osta.org.cn。</p>""",
 "I01", "余杭区技能人才评价中心",
 [("uscc", I01_USCC, I01_USCC), ("phone", "0571-89176655", "0571-89176655"), ("email", "pj@yhjnpj.org.cn", "pj@yhjnpj.org.cn")],
 "人社局网站上另一家公办评价中心的认定通知", crumb="通知公告")
page("kecheng", "c-1006.html", "数据标注实战课（对标人工智能训练师五级技能要求）",
 """<p class="price">¥299.00</p><p>讲师：周老师（个人讲师）｜ 本课程不含证书，不代报名认定。</p><p>答疑微信：dl_biaozhu_zhou</p>""",
 "I02", "周老师数据标注课", [("wechat", "dl_biaozhu_zhou", "dl_biaozhu_zhou")],
 "个人讲师的技能课，明确不含证书")
page("fenlei", "f-3305.html", "人工智能训练师 包过 包拿证 价格优惠",
 """<p>类别：教育培训 ｜ 发布者：个人</p><p>包过包拿证，可加急，价格私聊。</p><p>电话 133-1187-0452</p>""",
 "I03", None, [("phone", "+8613311870452", "133-1187-0452")], "分类网上无品牌的包过广告")
page("wenda", "q-8804.html", "技师学院有人工智能训练师培训吗？",
 """<p class="q">问：广州这边哪个学校能学人工智能训练师？</p>
<div class="ans"><b>羊城技工学校招生老师</b>：我校开设人工智能训练师五级培训，学费1500元，可申请补贴，证书 zscx.osta.org.cn 可查。咨询QQ 905571263。</div>""",
 "I04", "羊城技工学校", [("qq", "905571263", "905571263")], "问答里技工学校老师回答并招生")
page("sp", "v-7005.html", "@AI副业研究所：原价9999限时99 AI训练师证书课",
 """<p class="vdesc">视频文案：原价9999，今天限时99！学完送人工智能训练师证书，拿证便可升职加薪！</p><p>私信或加微信 ai99xianshi</p>""",
 "I05", "AI副业研究所", [("wechat", "ai99xianshi", "ai99xianshi")], "短视频上的低价引流课")
page("bbs", "t-5505.html", "代办人工智能训练师证，可查可验",
 """<p class="post"><b>楼主 证书代办</b>：各级别人工智能训练师证代办，不用考试，需要的发邮件 zhengshu_daiban@126.com</p>""",
 "I06", "证书代办", [("email", "zhengshu_daiban@126.com", "zhengshu_daiban@126.com")], "论坛里的证书代办帖")

# Non-offers
page("gov", "warning-2026.html", "关于警惕“山寨证书”和虚假证书查询网站的提示",
 """<p>近期有不法分子以“人社部颁发”“包过”“免考拿证”等名义兜售人工智能训练师等证书，并搭建虚假查询网站。</p>
<p>职业技能等级证书由备案的评价机构颁发，请通过 osta.mohrss.gov.cn、zscx.osta.org.cn 查询。有群众反映骗子电话 17090231145 冒充“人社认证中心”，请勿转账。</p>
<p>举报投诉：12333、12315。</p>""", offer=False, note="人社局官方提醒（山寨证书、假查询站）", crumb="通知公告")
page("bbs", "t-6001.html", "【避坑】交了2980买人工智能训练师证，对方拉黑了",
 """<p class="post"><b>楼主 打工人小陈</b>：上个月在网上看到“包过”广告，打了 17090231145，对方说人社部颁发，交钱后就拉黑了。已经打12315投诉。大家千万别信。</p>""",
 offer=False, note="论坛受害者投诉帖", crumb="避坑曝光")
page("news", "n-scam-report.html", "记者调查：“包过”人工智能训练师证背后的套路",
 """<p>记者调查发现，部分商家宣称证书“人社部颁发”，实际上职业技能等级证书由备案评价机构颁发。有读者反映号码 17090231145 以“认证中心”名义收费后失联。</p>
<p>人社部门提醒：查询证书请登录 osta.mohrss.gov.cn 或 zscx.osta.org.cn；咨询请拨打12333。</p>""",
 offer=False, note="新闻调查报道，引用骗子电话", crumb="曝光台")
page("wenda", "q-9001.html", "人工智能训练师证书有用吗？",
 """<p class="q">问：我在做数据标注，考人工智能训练师证书对涨工资有用吗？需要什么条件？</p>
<div class="ans"><b>热心网友</b>：五级需要相关工作满一年，证书到 zscx.osta.org.cn 查，不要信包过。</div>""",
 offer=False, note="学习者的提问与网友回答", crumb="职业教育")
page("wx", "a-3001.html", "政策解读：职业资格与职业技能等级证书有什么区别？",
 """<p class="src">来源：职教观察 公众号</p><p>2019年后，水平评价类职业资格陆续退出目录，改为职业技能等级认定，由备案的用人单位和社会培训评价组织颁发证书……人工智能训练师属于职业技能等级证书。</p>""",
 offer=False, note="政策解读文章", crumb="教育")
page("kecheng", "c-2001.html", "Python办公自动化 零基础入门",
 """<p class="price">¥199.00</p><p>机构：码上学 ｜ 与证书无关的编程入门课。</p>""", offer=False, note="无关的编程课", crumb="IT互联网")
page("fenlei", "f-4001.html", "招聘数据标注员 5000-7000元 滨江",
 """<p>类别：招聘 ｜ 某科技公司招数据标注员，有人工智能训练师证书优先，不收任何费用。</p>""",
 offer=False, note="数据标注员招聘信息", crumb="招聘")
page("college", "news-campus.html", "我院学子在省职业技能大赛人工智能训练师赛项获奖",
 """<p>近日，在省职业技能大赛人工智能训练师赛项中，我院学生获得一等奖。</p>""",
 offer=False, note="学院新闻", crumb="学院概况")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社政务服务热线，官方公共号码"),
 ("phone", "12315", ["12315"], "市场监管投诉热线"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "官方证书联网查询站"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "官方职业技能等级证书查询站"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "技能人才评价工作网"),
 ("phone", "4008206655", ["400-820-6655"], "课程市场平台客服电话，页脚"),
 ("email", "kf@xuetuketang.com", ["kf@xuetuketang.com"], "课程市场平台客服邮箱，页脚"),
 ("domain", "xuetuketang.com", ["xuetuketang.com"], "课程市场平台自身域名，页脚"),
 ("qq_group", "612345789", ["612345789"], "论坛站务QQ群，页脚"),
 ("email", "admin@zhichangren-bbs.com", ["admin@zhichangren-bbs.com"], "论坛管理员邮箱，页脚"),
 ("phone", "020-38806622", ["020-38806622"], "分类网客服电话，页脚"),
 ("other", "粤B2-20190123", ["粤B2-20190123"], "分类网增值电信许可证号，页脚"),
 ("email", "help@zhifouwenda.com", ["help@zhifouwenda.com"], "问答社区反馈邮箱，页脚"),
 ("qq", "2851234567", ["2851234567"], "公众号聚合站商务QQ，页脚"),
 ("phone", "4009901234", ["400-990-1234"], "短视频平台举报电话，页脚"),
 ("phone", "0571-85101234", ["0571-85101234"], "新闻站新闻热线，页脚"),
 ("phone", "4006007788", ["400-600-7788"], "建站平台技术支持热线，页脚"),
 ("phone", "0571-87061234", ["0571-87061234"], "人社局办公室电话，页脚"),
 ("phone", "+8617090231145", ["17090231145"], "警示、投诉、新闻和评论里引用的骗子电话"),
 ("other", "13520260418", ["13520260418"], "官方认定批次号，形似手机号，多家引用"),
 ("other", "S000033010526263000128", ["S000033010526263000128"], "多家证书工厂盗用的同一张证书样本编号"),
 ("phone", "+8613800138000", ["13800138000"], "建站模板未替换的占位电话"),
 ("phone", "4000000000", ["400-000-0000"], "建站模板未替换的占位客服热线"),
 ("phone", "0571-87650001", ["0571-87650001"], "考点大楼前台电话（第三方场地）"),
 ("wechat", "xiaoyu_2024", ["xiaoyu_2024"], "评论区读者自己留的微信"),
]

# ---------- render ----------
def esc_attr(s):
    return s.replace('"', "&quot;")

def render(p, site_pages):
    s = SITES[p["site"]]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (p["site"], m) for m in s["menu"])
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in site_pages if q is not p)
    crumb = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s &gt; <span>%s</span>' % (
        p["site"], s["name"], p["crumb"], p["title"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']} - {s['name']}</title>
<meta name="description" content="{esc_attr(p['title'])}"></head>
<body class="site-{p['site']}">
<header><div class="logo">{s['name']}</div><nav class="menu">{menu}</nav></header>
<div class="breadcrumb">{crumb}</div>
<main><h1>{p['title']}</h1>
<div class="content">
{p['body']}
</div></main>
<aside class="sidebar"><h4>相关链接</h4><ul>{related}</ul></aside>
<footer>{s['footer']}</footer>
</body></html>
"""

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITES}
    for k, s in SITES.items():
        lst = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in by_site[k])
        body = "<p>%s（%s）最新内容：</p><ul>%s</ul>" % (s["name"], s["kind"], lst)
        PAGES.append(dict(site=k, path="/%s/index.html" % k, title=s["name"] + " 首页", body=body, operator=None,
                          provider=None, ids=[], note="%s站点首页（%s）" % (s["name"], s["kind"]), is_offer=False, crumb="首页"))
    html = {}
    for k in SITES:
        sp = [p for p in PAGES if p["site"] == k]
        for p in sp:
            html[p["path"]] = render(p, sp)
    links = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, s["name"], s["kind"]) for k, s in SITES.items())
    html["/index.html"] = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>'
                           '<body><h1>网址导航</h1><ul>%s</ul><footer>导航页仅供测试</footer></body></html>\n' % links)
    for path, text in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    def has(text, w):
        return re.search(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", text) is not None

    truth_pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                        note="网址导航页，链接各站点首页")]
    for p in sorted(PAGES, key=lambda p: p["path"]):
        for k, v, w in p["ids"]:
            assert has(html[p["path"]], w), (p["path"], w)
        truth_pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                                identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in sorted(PAGES, key=lambda p: p["path"]):
        o = p["operator"]
        if not o:
            continue
        d = ops.setdefault(o, {"brands": [], "identifiers": []})
        if p["provider"] and p["provider"] not in d["brands"]:
            d["brands"].append(p["provider"])
        for k, v, w in p["ids"]:
            if [k, v] not in d["identifiers"]:
                d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = [path for path in sorted(html) if any(has(html[path], w) for w in written)]
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = {"pages": sorted(truth_pages, key=lambda x: x["path"]),
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")

if __name__ == "__main__":
    main()
