#!/usr/bin/env python3
"""Generate a small Chinese web of AI-trainer (人工智能训练师) certificate sellers + truth.json.
Standard library only, deterministic."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100) ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def org_check(body8):
    w = [3,7,9,10,5,8,4,2]
    s = sum((int(c) if c.isdigit() else ord(c)-55)*w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch)*W18[i] for i, ch in enumerate(s17)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U04 = uscc("91510100", "MA6CKT3R")   # 四川天府人才测评服务有限公司 (company posing as 中心)
USCC_U07 = uscc("91512081", "MA68QW2L")   # 简阳/成都星途云科技
USCC_KEHAI = uscc("91510104", "MA61XB7D")  # marketplace operator (footer decoy)
USCC_I01 = uscc("92512002", "MA6AUR9N")   # 个体户 shop

# ---------- sites ----------
SITES = {
 "zhixun": dict(name="资阳智训教育", style="training-company", menu=["首页","课程中心","补贴政策","关于我们"],
   footer="资阳智训教育科技有限公司 · 地址:资阳市雁江区娇子大道288号 · 备案号:蜀ICP备2022019035号-1"),
 "kehai": dict(name="课海网 · 职业技能课程平台", style="course-marketplace", menu=["全部课程","IT技能","职业资格","机构入驻","帮助中心"],
   footer="课海网客服热线:400-820-6631 · 客服邮箱:kefu@kehai-edu.com · 成都课海互联科技有限公司 统一社会信用代码:"+USCC_KEHAI),
 "bbs": dict(name="资阳在线论坛", style="forum", menu=["论坛首页","资阳杂谈","求职招聘","教育培训","投诉曝光"],
   footer="资阳在线 ziyangbbs.com · 网友交流QQ群:615283907 · 违法和不良信息举报:jubao@ziyangbbs.com"),
 "fenlei": dict(name="资阳百姓分类信息网", style="classifieds", menu=["首页","招聘","教育培训","二手","免费发布"],
   footer="资阳百姓分类信息网 · 蜀ICP备2021004417号-2 · 客服电话:028-2620 3355"),
 "wenda": dict(name="问问知道", style="q-and-a", menu=["首页","教育","职场","提问","我的"],
   footer="问问知道 wenwenzhidao.com · 客服QQ:1840256600 · 京ICP证080047号 · 用户协议 · 隐私政策"),
 "wx": dict(name="微文摘", style="wechat-reposts", menu=["首页","热文","教育","职场","搜索公众号"],
   footer="微文摘 wxwenzhai.cn 仅做公众号文章收录,版权归原作者 · 联系删除:wenzhai_kf@qq.com"),
 "video": dict(name="刷刷视频 · 网页版", style="short-video", menu=["推荐","关注","同城·资阳","直播"],
   footer="刷刷视频网页版 · 用户服务热线 95011 · 网络文化经营许可证 川网文〔2023〕1102-041号"),
 "news": dict(name="资阳新闻网", style="news", menu=["首页","本地","民生","教育","专题"],
   footer="资阳新闻网 主办:资阳日报社 · 新闻热线:028-2622 1234 · 川新备10-2000026"),
 "rsj": dict(name="资阳市人力资源和社会保障局(示例)", style="gov-notice", menu=["首页","政务公开","通知公告","办事服务","政策解读"],
   footer="资阳市人力资源和社会保障局 主办 · 咨询电话:12333 · 网站标识码5120000004"),
 "shop": dict(name="川货优选商城", style="shop", menu=["首页","分类","教育服务","购物车","客服"],
   footer="川货优选商城 · 官方客服:400-028-9900 · 支付由支付宝提供,支付宝客服95188"),
 "blog": dict(name="老周的博客", style="blog", menu=["首页","随笔","技术","归档","关于"],
   footer="© 老周的博客 · Powered by Typecho · 联系博主:laozhou_blog@outlook.com"),
}

PAGES = []  # dicts: path, site, title, body, is_offer, operator, provider, ids[(kind,value,written)], note
def P(path, site, title, body, op=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body,
                      is_offer=(op is not None) if offer is None else offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note))

# normalized identifier values
U01_M = ("phone", "+8613982651047"); U01_W = ("wechat", "zxjy_ziyang"); U01_D = ("domain", "zhixun-edu.cn")
U02_L = ("phone", "02886217735"); U02_M = ("phone", "+8618180462239"); U02_Q = ("qq", "2876514302")
U03_W = ("wechat", "shubiao-2024"); U03_E = ("email", "shubiao2024@163.com"); U03_M = ("phone", "+8615196283340")
U04_U = ("uscc", USCC_U04); U04_4 = ("phone", "4008716253"); U04_D = ("domain", "tfrc-cp.com")
U05_M = ("phone", "+8615328170936"); U05_G = ("qq_group", "738214596")
U06_L = ("phone", "02823320846"); U06_W = ("wechat", "dingxin_lz")
U07_W = ("wechat", "xingtu_ai88"); U07_M = ("phone", "+8617738264015"); U07_P = ("other", "成都星途云科技有限公司"); U07_U = ("uscc", USCC_U07)
U08_E = ("email", "zhjy_nj@126.com"); U08_M = ("phone", "+8613518320764"); U08_D = ("domain", "zhihuizhijiao.com")
U09_Q = ("qq", "3159827740"); U09_W = ("wechat", "shujuke_01")
def w(t, written): return (t[0], t[1], written)

# ---------------- zhixun (training company, U01 own site) ----------------
P("/zhixun/course-ai.html", "zhixun", "人工智能训练师(五级/四级)周末班 - 资阳智训教育",
 """<h1>人工智能训练师 职业技能等级认定培训(五级/四级)</h1>
<p>职业编码 4-04-05-05,工种:数据标注员。依据《人工智能训练师国家职业技能标准(2021年版)》开设,五级 60 课时、四级 50 课时,理论+实操。</p>
<p>报名条件:五级需本职业或相关职业累计工作满1年;四级需取得五级证书后工作满4年或符合技工院校毕业条件。<b>不符合条件的我们不收。</b></p>
<p>证书由备案的社会培训评价组织颁发,可在 jndj.osta.org.cn 查询。参保满一年的学员可按政策申领技能提升补贴(五级最高1000元,四级最高1500元),具体以资阳市人社局审核为准,政策咨询可拨12333。</p>
<table class="fee"><tr><th>班型</th><th>培训费</th><th>开班</th></tr><tr><td>五级周末班</td><td>1380元</td><td>4月12日</td></tr><tr><td>四级周末班</td><td>1680元</td><td>4月19日</td></tr></table>
<p class="contact">报名咨询:周老师 139 8265 1047(微信同号)<br>官网:www.zhixun-edu.cn</p>""",
 "U01", "资阳智训教育", [w(U01_M, "139 8265 1047"), w(U01_D, "www.zhixun-edu.cn")],
 "training company's own course page, honest, eligibility stated")
P("/zhixun/news-butie.html", "zhixun", "2026年技能提升补贴怎么申领?一文看懂 - 资阳智训教育",
 """<h1>技能提升补贴申领说明</h1>
<p>失业保险技能提升补贴:五级最高1000元、四级1500元、三级2000元,需累计参保满12个月,每人每年最多3次,同一职业同一等级只能领一次。二级、一级没有全国统一的这项补贴。</p>
<p>证书真伪请到技能人才评价证书全国联网查询 zscx.osta.org.cn 查询;政策问题请拨 12333。</p>
<p>本文仅为政策解读,不涉及报名。</p>""", None, None, [], "company's subsidy explainer, no offer", offer=False)

# ---------------- kehai (marketplace) ----------------
P("/kehai/course-1201.html", "kehai", "【智训AI学院】人工智能训练师五级 数据标注实战课 - 课海网",
 """<h1>人工智能训练师(五级)数据标注实战 · 线上+线下</h1>
<div class="seller">开课机构:智训AI学院(资阳) 已认证 <span class="star">4.8分</span></div>
<p>课程编号:KH20261201 · 共 60 课时 · 已报名 312 人</p>
<p>适合已从事数据标注、客服质检等相关工作满一年的同学。课程覆盖数据采集、清洗、标注规范、质检流程。</p>
<p>价格:¥1380(支持花呗分期)。结课后由合作评价机构组织认定考试,证书编号以 jndj.osta.org.cn 查询结果为准。</p>
<p class="tip">机构联系方式:课后扫码加班主任 vx:zxjy_ziyang ,或访问 zhixun-edu.cn</p>""",
 "U01", "智训AI学院", [w(U01_W, "vx:zxjy_ziyang"), w(U01_D, "zhixun-edu.cn")], "marketplace listing by U01 under another brand")
P("/kehai/course-1388.html", "kehai", "AI训练师 零基础到接单 数标学堂 - 课海网",
 """<h1>零基础学数据标注 + 人工智能训练师证书辅导</h1>
<div class="seller">开课机构:数标学堂</div>
<p>90%小白都能学会!学完可在家接标注单,月入3000+。课程含人工智能训练师五级考证辅导。</p>
<p>原价 2980,限时 699。<s>名额有限</s> 报名表填写:jinshuju.net/f/Kx8pQz</p>
<p>课程顾问邮箱:shubiao2024@163.com;加微信 shubiao-2024 进群领资料。</p>""",
 "U03", "数标学堂", [w(U03_E, "shubiao2024@163.com"), w(U03_W, "shubiao-2024")], "marketplace listing, 零基础 + income promise")
P("/kehai/course-1420.html", "kehai", "乐至鼎新电脑培训 人工智能训练师(五级)考前培训 - 课海网",
 """<h1>人工智能训练师五级 考前培训(乐至县)</h1>
<div class="seller">开课机构:乐至县鼎新电脑培训学校</div>
<p>线下授课,地址乐至县天池镇帅乡大道。理论+实操,五级 60 学时。认定考点:资阳技师学院(考点前台 028-2623 1180,仅咨询考场位置)。</p>
<p>本次认定批次号 5120260315,报名截止 3 月 10 日。评价机构备案情况可在 pjjg.osta.org.cn 查询。费用 1200 元(含教材),参保人员可申请补贴。</p>
<p>学校电话:028-23320846 微信:dingxin_lz</p>""",
 "U06", "乐至县鼎新电脑培训学校", [w(U06_L, "028-23320846"), w(U06_W, "dingxin_lz")], "marketplace listing, honest county school")
P("/kehai/course-1455.html", "kehai", "智汇职教 人工智能训练师四级 数据标注与质检 - 课海网",
 """<h1>人工智能训练师(四级)· 数据标注与智能系统运维</h1>
<div class="seller">开课机构:内江智汇职教</div>
<p>面向已取得五级证书并从业满4年的学员,或技工院校相关专业毕业生。课程 50 学时,包含数据采集和处理、数据标注、智能系统运维。</p>
<p>学费 1650 元。认定考点:资阳技师学院(前台 028-2623 1180)。</p>
<p>咨询邮箱 zhjy_nj@126.com · 官网 zhihuizhijiao.com</p>""",
 "U08", "内江智汇职教", [w(U08_E, "zhjy_nj@126.com"), w(U08_D, "zhihuizhijiao.com")], "marketplace listing, honest")
P("/kehai/course-1477.html", "kehai", "人工智能训练师三级 冲刺班 简州学苑 - 课海网",
 """<h1>人工智能训练师(三级/高级工)冲刺班</h1>
<div class="seller">开课机构:简州学苑</div>
<p>需持四级证书满5年,或大专相关专业+四级证书满2年。课程40学时,含业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>价格 2380 元,补贴以当地人社审核为准(三级最高2000元)。合作评价机构可在 pjjg.osta.org.cn 核实。</p>
<p>联系:简老师 136-8450-2219</p>""",
 "I03", "简州学苑", [("phone", "+8613684502219", "136-8450-2219")], "independent marketplace listing")

# ---------------- fenlei (classifieds) ----------------
FORM = '<div class="postform">发布信息请填写真实手机号,如:13800138000(示例),微信号:xxxxxx</div>'
P("/fenlei/post-3318.html", "fenlei", "资阳 人工智能训练师培训 周末班 可申请补贴 - 资阳百姓分类信息网",
 """<h1>资阳 人工智能训练师培训 周末班 可申请补贴</h1>
<ul class="meta"><li>类别:教育培训-职业技能</li><li>区域:雁江区</li><li>发布:2026-03-02</li></ul>
<p>智训教育开班啦,五级/四级都有,周末上课不影响上班。政府补贴,参保满一年可以领。</p>
<p>联系人:周老师 电话:139-8265-1047</p>""",
 "U01", "智训教育", [w(U01_M, "139-8265-1047")], "classified ad by U01")
P("/fenlei/post-3402.html", "fenlei", "在家也能做 数据标注兼职+考AI训练师证 - 资阳百姓分类信息网",
 """<h1>在家兼职数据标注,顺便考个人工智能训练师证</h1>
<ul class="meta"><li>类别:兼职</li><li>区域:全资阳</li></ul>
<p>宝妈、学生都可以,零基础带教,学完推荐接单。证书课程限时 699。</p>
<p>电话 151 9628 3340,或者发邮件 shubiao2024#163.com(#换成@)</p>""",
 "U03", "数标", [w(U03_M, "151 9628 3340"), w(U03_E, "shubiao2024#163.com")], "classified, part-time lure + cert")
P("/fenlei/post-3417.html", "fenlei", "安岳 人工智能训练师 考证 3月批次 - 资阳百姓分类信息网",
 """<h1>安岳启航技能培训:人工智能训练师考证报名</h1>
<ul class="meta"><li>类别:教育培训</li><li>区域:安岳县</li></ul>
<p>3月认定批次号 5120260315,考点资阳技师学院。五级培训费 1100,可走补贴。</p>
<p>报名电话:15328170936 刘老师;学员QQ群 738214596</p>""",
 "U05", "安岳启航技能培训", [w(U05_M, "15328170936"), w(U05_G, "738214596")], "classified, honest")
P("/fenlei/post-3455.html", "fenlei", "乐至 鼎新电脑 人工智能训练师五级班 - 资阳百姓分类信息网",
 """<h1>乐至鼎新电脑学校 人工智能训练师五级</h1>
<ul class="meta"><li>类别:教育培训</li><li>区域:乐至县</li></ul>
<p>老牌电脑学校,办学十几年。现开人工智能训练师五级班,小班教学。</p>
<p>座机 (028)2332 0846,地址帅乡大道鼎新电脑。</p>""",
 "U06", "鼎新电脑学校", [w(U06_L, "(028)2332 0846")], "classified, U06 by landline")
P("/fenlei/post-3470.html", "fenlei", "内江/资阳 人工智能训练师四级 智汇职教招生 - 资阳百姓分类信息网",
 """<h1>智汇职教 人工智能训练师四级招生</h1>
<ul class="meta"><li>类别:教育培训</li><li>区域:资阳/内江</li></ul>
<p>四级需满足申报条件,报名时审核资料。资阳技师学院考点。</p>
<p>招生老师 135 1832 0764;资料发邮箱 ZHJY_NJ@126.com</p>""",
 "U08", "智汇职教", [w(U08_M, "135 1832 0764"), w(U08_E, "ZHJY_NJ@126.com")], "classified, U08")
P("/fenlei/post-3488.html", "fenlei", "人工智能训练师 证书代报名 - 资阳百姓分类信息网",
 """<h1>人工智能训练师 证书代报名 快速出证</h1>
<ul class="meta"><li>类别:教育培训</li><li>区域:雁江区</li></ul>
<p>不用上课,资料齐全一个月出证,人社部颁发,全国通用。五级 1800 四级 2600。</p>
<p>电话微信同号:18990327164 王</p>""",
 "I02", None, [("phone", "+8618990327164", "18990327164")], "independent dishonest classified (免培训/人社部颁发)")

# ---------------- bbs (forum) ----------------
P("/bbs/thread-5521.html", "bbs", "【推广】成都蓉锐 人工智能训练师 包过班 资阳学员可报 - 资阳在线论坛",
 """<h1>【推广】人工智能训练师 包过班,三个等级一起拿</h1>
<div class="post"><span class="author">蓉锐教育小刘</span><p>人社部颁发,国家职业资格证书,官网可查!五级四级三级一起报,三证打包价 4980,不过全额退。</p>
<p>咨询电话 028-8621 7735 / QQ 2876514302</p></div>
<div class="reply"><span class="author">雁江老张</span><p>三级要求四级证书加工作年限的吧,怎么能一起拿?</p></div>
<div class="reply"><span class="author">楼主</span><p>内部渠道,放心。</p></div>""",
 "U02", "蓉锐教育", [w(U02_L, "028-8621 7735"), w(U02_Q, "2876514302")], "forum promo, dishonest (包过, 三级同报, 人社部颁发)")
P("/bbs/thread-5590.html", "bbs", "安岳有没有考人工智能训练师的?一起组队 - 资阳在线论坛",
 """<h1>安岳有没有考人工智能训练师的?</h1>
<div class="post"><span class="author">启航刘老师</span><p>我们安岳启航技能培训3月开五级班,欢迎加群 738214596 了解,考点在资阳技师学院。</p></div>
<div class="reply"><span class="author">柠檬不萌</span><p>我也想报,加我 wx: lucky_ziyang123 一起拼车去考点</p></div>
<div class="reply"><span class="author">启航刘老师</span><p>也可以直接打 153-2817-0936</p></div>""",
 "U05", "安岳启航技能培训", [w(U05_G, "738214596"), w(U05_M, "153-2817-0936")], "forum thread started by U05")
P("/bbs/thread-5603.html", "bbs", "乐至这边人工智能训练师培训哪家靠谱? - 资阳在线论坛",
 """<h1>乐至这边人工智能训练师培训哪家靠谱?</h1>
<div class="post"><span class="author">乐至小刘</span><p>想考个五级,有推荐的吗?</p></div>
<div class="reply"><span class="author">鼎新电脑-何老师</span><p>我们鼎新电脑这期还有名额,五级1200含教材,要先看你工作年限符不符合。V:dingxin_lz</p></div>""",
 "U06", "鼎新电脑", [w(U06_W, "V:dingxin_lz")], "forum reply offering enrolment")
P("/bbs/thread-5618.html", "bbs", "数据标注接单+AI训练师证,有需要的来 - 资阳在线论坛",
 """<h1>数据标注接单 + 人工智能训练师证 一条龙</h1>
<div class="post"><span class="author">数据客</span><p>先交 399 押金进接单群,考证另外 1299,拿证后单价翻倍。有意 Q:3159827740</p></div>
<div class="reply"><span class="author">柠檬不萌</span><p>押金能退吗?感兴趣 wx: lucky_ziyang123</p></div>""",
 "U09", "数据客", [w(U09_Q, "Q:3159827740")], "forum, deposit + cert bundle (dishonest)")
P("/bbs/thread-5634.html", "bbs", "转让一个人工智能训练师五级培训名额 - 资阳在线论坛",
 """<h1>转让人工智能训练师五级培训名额(雁江某机构)</h1>
<div class="post"><span class="author">阿杰不加班</span><p>报了名临时去外地,名额原价转让 1300,机构可以改名字。私信或打 177 8203 5516</p></div>""",
 "I05", None, [("phone", "+8617782035516", "177 8203 5516")], "independent resale of a seat (offer)")
P("/bbs/thread-complaint.html", "bbs", "【曝光】交了3000块的人工智能训练师包过班,人跑了 - 资阳在线论坛",
 """<h1>【曝光】交了3000块的人工智能训练师包过班,人跑了</h1>
<div class="post"><span class="author">受害者小陈</span><p>去年在网上看到"包过、不用考试"的广告,对方自称"国家人工智能鉴定中心",电话 159 8203 4417,收了钱后拉黑了。大家注意这个骗子电话!已经打 12315 投诉,也报了警。</p></div>
<div class="reply"><span class="author">版主</span><p>证书真假可以上 zscx.osta.org.cn 查,查不到的都别信。</p></div>""",
 None, None, [], "complaint thread, quoted scam number", offer=False)

# ---------------- wenda (Q&A) ----------------
P("/wenda/q-1182.html", "wenda", "人工智能训练师证书哪里可以考?资阳的 - 问问知道",
 """<h1>人工智能训练师证书哪里可以考?我在资阳</h1>
<div class="answer best"><span class="author">成都蓉锐职业培训</span><p>我们成都蓉锐职业培训学校可以报,人社部颁发、全国联网可查,零基础也能直接考三级,包过。详询 一八一 8046 2239 或座机 02886217735。</p></div>
<div class="answer"><span class="author">热心网友</span><p>建议先到当地人社局问,12333 可以咨询。</p></div>""",
 "U02", "成都蓉锐职业培训学校", [w(U02_M, "一八一 8046 2239"), w(U02_L, "02886217735")], "Q&A answer by U02, dishonest")
P("/wenda/q-1240.html", "wenda", "人工智能训练师五级需要什么条件? - 问问知道",
 """<h1>人工智能训练师五级需要什么条件?</h1>
<div class="answer best"><span class="author">启航技能刘老师</span><p>五级要求本职业或相关职业累计工作1年以上,或者学徒期满。我们安岳启航这期还在报名,电话153 2817 0936。</p></div>""",
 "U05", "启航技能", [w(U05_M, "153 2817 0936")], "Q&A answer with enrolment invitation")
P("/wenda/q-1301.html", "wenda", "听说有零基础直接考技师的人工智能训练师,是真的吗? - 问问知道",
 """<h1>听说有零基础直接考技师的人工智能训练师,是真的吗?</h1>
<div class="answer"><span class="author">星途AI导师</span><p>是真的,我们星途教育有"技师直通车",不限学历不限经验,15天拿证,官网可查。+V xingtu_ai88 发你简章。</p></div>
<div class="answer best"><span class="author">路人甲</span><p>别信,二级技师要三级证书再干4年,所谓官网可查先看是不是 osta.org.cn。</p></div>""",
 "U07", "星途教育", [w(U07_W, "+V xingtu_ai88")], "Q&A answer by U07, dishonest")
P("/wenda/q-1355.html", "wenda", "数据标注兼职需要证书吗? - 问问知道",
 """<h1>数据标注兼职需要证书吗?</h1>
<div class="answer"><span class="author">数据客团队</span><p>有人工智能训练师证接单单价高很多,我们可以帮办,押金进群,扣扣3159827740 或者 vx shujuke_01。</p></div>""",
 "U09", "数据客团队", [w(U09_Q, "扣扣3159827740"), w(U09_W, "vx shujuke_01")], "Q&A answer by U09")
P("/wenda/q-guide.html", "wenda", "人工智能训练师和人工智能工程技术人员有什么区别? - 问问知道",
 """<h1>人工智能训练师和人工智能工程技术人员有什么区别?</h1>
<div class="answer best"><span class="author">HR老王</span><p>人工智能训练师是 4-04-05-05,技能类,五个等级,发职业技能等级证书;人工智能工程技术人员是专业技术类,走职称。看到"人工智能训练师=职称"的广告要小心。查询证书去 zscx.osta.org.cn。</p></div>""",
 None, None, [], "Q&A explainer, no offer", offer=False)

# ---------------- wx (WeChat reposts) ----------------
P("/wx/a-0415.html", "wx", "重磅!人工智能训练师报名通道开启,三证同报最后3天 - 微文摘",
 """<h1>重磅!人工智能训练师报名通道开启,三证同报最后3天</h1>
<p class="src">来源公众号:蓉锐职教</p>
<p>人社部颁发,国家职业资格证书,入库可查,可挂靠年入2万!五级+四级+三级一次报完,包过不过退费。</p>
<p>扫码或添加老师QQ:2876514302;电话 181-8046-2239</p>
<p class="sample">证书样本:证书编号 Y000123XXXXXX195000001</p>""",
 "U02", "蓉锐职教", [w(U02_Q, "2876514302"), w(U02_M, "181-8046-2239")], "wechat repost by U02, dishonest")
P("/wx/a-0502.html", "wx", "天府人才测评中心:人工智能训练师等级认定报名通知 - 微文摘",
 """<h1>关于开展人工智能训练师职业技能等级认定的报名通知</h1>
<p class="src">来源公众号:天府人才测评中心</p>
<p>我中心面向全国开展人工智能训练师一至五级认定,证书全国通用,可在我中心官网 www.tfrc-cp.com 查询。</p>
<p>报名热线:4008-716-253。主办单位:四川天府人才测评服务有限公司(统一社会信用代码 """ + USCC_U04 + """)。</p>
<p class="sample">证书样本:证书编号 Y000123XXXXXX195000001</p>""",
 "U04", "天府人才测评中心", [w(U04_4, "4008-716-253"), w(U04_D, "www.tfrc-cp.com"), w(U04_U, USCC_U04)],
 "wechat notice mimicking official, self-hosted query site")
P("/wx/a-0533.html", "wx", "AI时代,一张证书让你工资翻倍|星途AI - 微文摘",
 """<h1>AI时代,一张证书让你工资翻倍</h1>
<p class="src">来源公众号:星途AI学习</p>
<p>人工智能训练师技师(二级)直通班,零基础、不限学历,原价9999限时1999。拿到证书便可升职加薪。</p>
<p>付款请认准对公账户户名:成都星途云科技有限公司。咨询 177 3826 4015</p>""",
 "U07", "星途AI学习", [w(U07_P, "成都星途云科技有限公司"), w(U07_M, "177 3826 4015")], "wechat article, U07 dishonest")
P("/wx/a-0560.html", "wx", "资阳职校:人工智能训练师社会培训班招生简章 - 微文摘",
 """<h1>资阳某职业技术学校 2026 年人工智能训练师社会培训招生简章</h1>
<p class="src">来源公众号:资阳职教社会培训</p>
<p>招收符合条件的社会人员参加五级、四级培训,经评价机构认定合格后颁发职业技能等级证书,可在 jndj.osta.org.cn 查询。</p>
<p>报名地点:学校继续教育部;电话:028-2658 9012</p>""",
 "I04", "资阳职教社会培训", [("phone", "02826589012", "028-2658 9012")], "independent college enrolment repost")

# ---------------- video (short video) ----------------
P("/video/v-7xk.html", "video", "周老师聊考证:人工智能训练师到底要不要考 - 刷刷视频",
 """<div class="player">[视频 01:32]</div>
<h1>人工智能训练师到底要不要考?资阳周末班开课了</h1>
<p class="desc">@智训周老师 #人工智能训练师 #资阳 #考证 报名私信或 V❤ zxjy_ziyang</p>
<div class="comments"><p>用户9527:多少钱?</p><p>作者:五级1380,参保可以申请补贴</p></div>""",
 "U01", "智训周老师", [w(U01_W, "V❤ zxjy_ziyang")], "short video by U01")
P("/video/v-3qm.html", "video", "宝妈在家标注数据月入3000 - 刷刷视频",
 """<div class="player">[视频 00:48]</div>
<h1>宝妈在家标注数据,月入3000+,还能考国家证</h1>
<p class="desc">@数标学堂官方 90%小白都能学会,原价2980限时699 🔥 主页有微信 shubiao-2024</p>
<div class="comments"><p>用户小雨:真的假的</p><p>作者:私信发你报名表 jinshuju.net/f/Kx8pQz</p></div>""",
 "U03", "数标学堂官方", [w(U03_W, "shubiao-2024")], "short video by U03")
P("/video/v-9pd.html", "video", "15天拿技师证?星途AI直通班 - 刷刷视频",
 """<div class="player">[视频 00:59]</div>
<h1>不限学历!人工智能训练师技师直通,15天出证</h1>
<p class="desc">@星途AI 人社部认证的新职业,国家认可,包过。咨询📞17738264015</p>
<div class="comments"><p>用户老李:技师不是要三级证书吗</p><p>作者:我们有渠道,私聊</p></div>""",
 "U07", "星途AI", [w(U07_M, "17738264015")], "short video by U07, dishonest")
P("/video/v-2ft.html", "video", "数据标注接单群 拉人 - 刷刷视频",
 """<div class="player">[视频 00:31]</div>
<h1>数据标注接单,有证单价翻倍</h1>
<p class="desc">@数据客 评论区扣1,加 ＶＸ：Shujuke_01 进群</p>""",
 "U09", "数据客", [w(U09_W, "Shujuke_01")], "short video by U09")
P("/video/v-5hw.html", "video", "雁江 AI训练师小班 实拍课堂 - 刷刷视频",
 """<div class="player">[视频 01:05]</div>
<h1>雁江区人工智能训练师五级小班,实拍上课环境</h1>
<p class="desc">@蓝桥数智培训 小班8人,报名前先审核工作年限。线下地址见主页,电话 188 8325 6041</p>""",
 "I06", "蓝桥数智培训", [("phone", "+8618883256041", "188 8325 6041")], "independent short video")

# ---------------- shop ----------------
P("/shop/item-2207.html", "shop", "人工智能训练师证书 五级四级三级 包过 - 川货优选商城",
 """<h1>人工智能训练师证书报考 五/四/三级 全国通用</h1>
<div class="price">¥1980 起 <span>月销 86</span></div>
<p>店铺:蓉锐职教旗舰店。人社部颁发,国家职业资格证书,不过退款。三级同报立减 800。</p>
<p>拍下后联系客服 QQ 2876514302 或致电 028 8621 7735 登记信息。</p>
<div class="review">买家 t***8:客服说订单号:13627405918 要备注,已拍</div>""",
 "U02", "蓉锐职教旗舰店", [w(U02_Q, "QQ 2876514302"), w(U02_L, "028 8621 7735")], "shop item U02")
P("/shop/item-2290.html", "shop", "人工智能训练师等级认定 报名服务 天府测评 - 川货优选商城",
 """<h1>人工智能训练师等级认定 报名服务费</h1>
<div class="price">¥2680 <span>月销 41</span></div>
<p>店铺:天府测评中心。证书在 tfrc-cp.com 可查,全国通用。</p>
<p>售后热线 400-871-6253。资质:统一社会信用代码 """ + USCC_U04 + """</p>
<div class="review">买家 z***n:订单号:13627405918 一直没发证</div>""",
 "U04", "天府测评中心", [w(U04_4, "400-871-6253"), w(U04_D, "tfrc-cp.com"), w(U04_U, USCC_U04)], "shop item U04")
P("/shop/item-2315.html", "shop", "AI训练师技师直通班 不限学历 - 川货优选商城",
 """<h1>人工智能训练师 二级技师直通班 零基础</h1>
<div class="price">¥1999 <s>¥9999</s></div>
<p>店铺:星途云学习。付款后添加班主任微信 XINGTU_AI88 激活课程。</p>
<p>开票主体:成都星途云科技有限公司 """ + USCC_U07 + """</p>
<p class="sample">证书样本编号 Y000123XXXXXX195000001</p>""",
 "U07", "星途云学习", [w(U07_W, "XINGTU_AI88"), w(U07_P, "成都星途云科技有限公司"), w(U07_U, USCC_U07)], "shop item U07")
P("/shop/item-2333.html", "shop", "人工智能训练师五级 教材+题库 - 川货优选商城",
 """<h1>人工智能训练师(五级)培训课程+教材+模拟题库</h1>
<div class="price">¥268</div>
<p>店铺:资阳学而优书店。含线上录播课 60 课时与纸质教材,不含认定考试费用,不承诺通过。</p>
<p>营业执照:""" + USCC_I01 + """</p>""",
 "I01", "资阳学而优书店", [("uscc", USCC_I01, USCC_I01)], "independent shop listing, honest")

# ---------------- news ----------------
P("/news/ad-0611.html", "news", "天府人才测评中心助力新职业人才培养 - 资阳新闻网",
 """<h1>天府人才测评中心助力新职业人才培养</h1>
<p class="byline">2026-03-11 来源:企业供稿 <span class="adtag">广告</span></p>
<p>近日,天府人才测评中心人工智能训练师等级认定春季班开始报名。据介绍,该中心证书"全国通用、终身有效"。</p>
<p>报名咨询:4008716253,官网 tfrc-cp.com</p>""",
 "U04", "天府人才测评中心", [w(U04_4, "4008716253"), w(U04_D, "tfrc-cp.com")], "advertorial on news site, U04")
P("/news/scam-report.html", "news", "警惕!\"人工智能训练师包过班\"骗局在我市出现 - 资阳新闻网",
 """<h1>警惕!"人工智能训练师包过班"骗局在我市出现</h1>
<p class="byline">2026-02-26 记者 李敏</p>
<p>近期,市民陈先生反映,其通过网络联系一自称"国家人工智能鉴定中心"的机构,对方电话 15982034417,承诺"不用考试、包过",收费3000元后失联。另一受害者提到的号码为 182-2746-9031。</p>
<p>市人社局提醒:职业技能等级证书由备案评价机构颁发,可登录 zscx.osta.org.cn 查询;如遇问题可拨打12333咨询或12315投诉。</p>""",
 None, None, [], "news warning quoting scam numbers", offer=False)

# ---------------- rsj (official notice style) ----------------
P("/rsj/notice-2026-03.html", "rsj", "关于2026年第一批人工智能训练师职业技能等级认定的公告",
 """<h1>关于2026年第一批人工智能训练师职业技能等级认定的公告</h1>
<p>根据《人工智能训练师国家职业技能标准(2021年版)》,经备案的评价机构将于3月在资阳技师学院考点组织五级、四级认定,认定批次号 5120260315。</p>
<p>考点地址:资阳技师学院实训楼;考点前台 028-2623 1180(仅限考务咨询)。</p>
<p>证书查询:jndj.osta.org.cn、zscx.osta.org.cn。政策咨询:12333。</p>""",
 None, None, [], "official-style notice", offer=False)
P("/rsj/warn-shanzhai.html", "rsj", "关于谨防\"山寨证书\"和虚假培训广告的提示",
 """<h1>关于谨防"山寨证书"和虚假培训广告的提示</h1>
<p>近期有群众反映,有不法分子以"人社部颁发""包过""免培训直接发证"为噱头销售人工智能训练师证书。据群众举报,涉事联系电话包括 182-2746-9031、159 8203 4417 等。</p>
<p>人工智能训练师证书属于职业技能等级证书,不是国家职业资格证书;评价机构名单请查 pjjg.osta.org.cn,证书请查 zscx.osta.org.cn。举报投诉:12333、12315。</p>""",
 None, None, [], "official warning quoting scam numbers", offer=False)

# ---------------- blog ----------------
P("/blog/post-ai-biaozhu.html", "blog", "我在资阳做数据标注的第一年 - 老周的博客",
 """<h1>我在资阳做数据标注的第一年</h1>
<p>去年开始接标注单,顺便考了人工智能训练师五级。说实话这行门槛不高,但想长期做还是要系统学。</p>
<p>我现在兼职在数标学堂带新人,有兴趣报课的可以写信到 shubiao2024 at 163.com,或者打 15196283340(数标学堂课程顾问)。</p>
<div class="comments"><p>网友A:博主怎么考的?</p><p>老周:跟着课走,考点在资阳技师学院。</p></div>""",
 "U03", "数标学堂", [w(U03_E, "shubiao2024 at 163.com"), w(U03_M, "15196283340")], "blog post with U03 referral")
P("/blog/post-zhihui.html", "blog", "推荐一个靠谱的人工智能训练师四级培训 - 老周的博客",
 """<h1>推荐一个靠谱的人工智能训练师四级培训</h1>
<p>朋友在内江智汇职教教书,他们的四级班先审申报条件,不符合的不收,这点我挺欣赏。</p>
<p>报名:13518320764(招生办),网站 www.zhihuizhijiao.com</p>""",
 "U08", "内江智汇职教", [w(U08_M, "13518320764"), w(U08_D, "www.zhihuizhijiao.com")], "blog post promoting U08 enrolment")
P("/blog/post-huoguo.html", "blog", "资阳吃火锅的三家小店 - 老周的博客",
 """<h1>资阳吃火锅的三家小店</h1>
<p>周末去雁江吃了三家火锅,第二家的毛肚最好。订座电话店家说了,这里就不贴了。</p>""",
 None, None, [], "unrelated blog post", offer=False)

# ---------------- decoys ----------------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL on certificates"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official institution list"),
 ("phone", "4008206631", ["400-820-6631"], "course marketplace customer-service footer"),
 ("email", "kefu@kehai-edu.com", ["kefu@kehai-edu.com"], "marketplace footer e-mail"),
 ("uscc", USCC_KEHAI, [USCC_KEHAI], "marketplace operator's own USCC in footer"),
 ("qq_group", "615283907", ["615283907"], "forum's own QQ group in footer"),
 ("other", "蜀ICP备2021004417号-2", ["蜀ICP备2021004417号-2"], "classifieds site ICP in footer"),
 ("phone", "02826203355", ["028-2620 3355"], "classifieds site customer service"),
 ("domain", "wxwenzhai.cn", ["wxwenzhai.cn"], "repost platform's own domain in footer"),
 ("phone", "4000289900", ["400-028-9900"], "shop platform customer service"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("phone", "+8615982034417", ["159 8203 4417", "15982034417"], "scam number quoted in complaint/news/warning"),
 ("phone", "+8618227469031", ["182-2746-9031"], "scam number quoted in news/warning"),
 ("other", "13627405918", ["订单号:13627405918"], "order number that looks like a mobile, in buyer reviews"),
 ("other", "5120260315", ["5120260315"], "exam batch number quoted by several sellers"),
 ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number template sample"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in posting form"),
 ("wechat", "lucky_ziyang123", ["lucky_ziyang123"], "a reader's own WeChat in comments of two sellers' threads"),
 ("phone", "02826231180", ["028-2623 1180"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by sellers"),
 ("qq", "1840256600", ["1840256600"], "Q&A platform customer-service QQ in footer"),
]

def esc(s): return s

def frame(site, title, body, path, related):
    S = SITES[site]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in S["menu"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (p, t) for p, t in related)
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; <span>%s</span>' % (site, S["name"], title.split(" - ")[0][:24])
    extra = FORM if site == "fenlei" else ""
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width"></head>\n<body class="%s">\n'
            '<header><div class="logo">%s</div><nav>%s</nav></header>\n<div class="crumbs">%s</div>\n'
            '<main>%s</main>\n<aside><h3>相关推荐</h3><ul>%s</ul>%s</aside>\n<footer>%s</footer>\n</body></html>\n'
            % (title, S["style"], S["name"], menu, crumbs, body, rel, extra, S["footer"]))

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES: by_site.setdefault(p["site"], []).append(p)
    out = {}
    for site, plist in by_site.items():
        for i, p in enumerate(plist):
            rel = [(q["path"], q["title"].split(" - ")[0]) for q in plist if q is not p][:4]
            out[p["path"]] = frame(site, p["title"], p["body"], p["path"], rel)
        idx_body = "<h1>%s</h1><ul class=\"list\">%s</ul>" % (SITES[site]["name"], "".join(
            '<li><a href="%s">%s</a></li>' % (q["path"], q["title"].split(" - ")[0]) for q in plist))
        out["/%s/index.html" % site] = frame(site, SITES[site]["name"] + " 首页", idx_body, "/%s/index.html" % site, [])
    hub = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % "".join(
        '<li><a href="/%s/index.html">%s</a></li>' % (s, SITES[s]["name"]) for s in SITES)
    out["/index.html"] = hub
    for path, html in out.items():
        fp = SITE + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")

    pages = []
    meta = {p["path"]: p for p in PAGES}
    for path in sorted(out):
        p = meta.get(path)
        if p is None:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub" if path == "/index.html" else "site index page"))
        else:
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] and p["provider"] not in o["brands"]: o["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]: o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, html in out.items() if any(wf in html for wf in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
