#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import html, json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(base8):
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(base8, W_ORG)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(head8, base8):
    s17 = head8 + base8 + org_check(base8)
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W_USCC)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

C_U01 = uscc("12610000", "43560218")
C_U02 = uscc("52410100", "MJ0T5962")
C_U03 = uscc("91610131", "MA6W8R2J")
C_U05 = uscc("91610113", "MA6X2H8P")
C_U06 = uscc("91410105", "MA9G4T1L")
C_U09 = uscc("91410100", "MA9K7C3N")
C_KCK = uscc("91110108", "MA01R6UX")   # marketplace platform (decoy)

# ---------------------------------------------------------------- site frames
SITES = {
 "xazy": dict(name="西安秦川职业技术学院 · 继续教育学院", style="college",
   menu=["学院首页", "继续教育", "职业技能培训", "通知公告", "招生咨询"],
   side="<h3>快速通道</h3><ul><li>学历继续教育</li><li>职业技能等级认定</li><li>社会培训</li><li>证书查询请登录 zscx.osta.org.cn</li></ul>",
   foot="版权所有 西安秦川职业技术学院继续教育学院 | 地址:西安市长安区兴隆街道学府路18号 | 陕ICP备17004521号-1"),
 "zzhx": dict(name="郑州华信职业培训学校", style="company",
   menu=["首页", "培训项目", "在线报名", "学员风采", "关于我们"],
   side="<h3>热门项目</h3><ul><li>人工智能训练师</li><li>电工</li><li>保育师</li><li>健康管理师</li></ul>",
   foot="郑州华信职业培训学校(经郑州市人社局审批的民办职业培训学校) 全国咨询热线:400-637-1258 地址:郑州市金水区文化路79号华信大厦4楼"),
 "qinzhi": dict(name="秦智教育 · AI人才认证中心", style="company2",
   menu=["首页", "AI课程", "证书查询", "合作加盟", "联系我们"],
   side="<h3>报名咨询</h3><p>小秦老师 180-9263-5517</p><p>扫码加微信领取报考资料</p>",
   foot="西安秦智教育科技有限公司 版权所有 © 2019-2026 陕ICP备20011873号 www.qinzhiedu.com"),
 "kechengku": dict(name="课程库 kechengku.com — 职业技能好课平台", style="market",
   menu=["首页", "IT/人工智能", "职业资格", "技能证书", "名师", "机构入驻"],
   side="<h3>平台保障</h3><ul><li>7天无理由退款</li><li>机构实名认证</li><li>平台担保交易</li></ul><p>订单查询请输入下单手机号,如 138 0013 8000</p>",
   foot="课程库 kechengku.com 客服热线:400-810-2233 客服邮箱:service@kechengku.com 京ICP备20023317号-1 营业执照:" + C_KCK),
 "bbs": dict(name="郑州生活圈论坛 » 教育培训版", style="forum",
   menu=["论坛首页", "郑州同城", "教育培训", "求职招聘", "二手交易", "版规"],
   side="<h3>版务公告</h3><p>广告帖请发分类区,严禁发布代考、包过类信息。</p><p>官方交流QQ群:527390118</p>",
   foot="Powered by zzbbs.net 郑州生活圈 联系管理员:admin@zzbbs.net 豫ICP备18021476号"),
 "fenlei": dict(name="百姓分类网 · 西安/郑州 教育培训", style="classifieds",
   menu=["首页", "西安", "郑州", "教育培训", "职业技能", "发布信息"],
   side="<h3>安全提示</h3><p>任何要求先交费再发证的都需警惕!遇到诈骗请拨打110或向12315投诉。</p>",
   foot="百姓分类网 客服热线:400-010-5858 豫ICP备19018823号-2 本站信息由用户自行发布,本站不对其真实性负责"),
 "wenda": dict(name="知了问答 — 有问题,就会有答案", style="qa",
   menu=["首页", "职场", "教育", "考证", "提问"],
   side="<h3>相关问题</h3><ul><li>人工智能训练师证书有用吗?</li><li>数据标注员怎么考?</li><li>技能补贴怎么申领?</li></ul>",
   foot="知了问答 zhiliaowenda.com 举报邮箱:jubao@zhiliaowenda.com 京ICP备21004518号"),
 "wx": dict(name="微文库 — 公众号好文转载", style="wx",
   menu=["首页", "教育", "职场", "科技", "本地"],
   side="<h3>本站说明</h3><p>本站文章转载自微信公众号,版权归原作者。投稿/删稿:tougao@wxwenku.com</p><p>读者QQ群 301928455</p>",
   foot="微文库 wxwenku.com 删稿邮箱 tougao@wxwenku.com 粤ICP备20097713号"),
 "shop": dict(name="优学汇 · 职业技能网课商城", style="shop",
   menu=["商城首页", "考证网课", "题库资料", "图书", "我的订单"],
   side="<h3>购物须知</h3><p>虚拟商品付款后不支持退款。支付问题请联系支付宝客服95188。</p><p>商城客服QQ:2852019966</p>",
   foot="优学汇商城 youxuehui.cn 客服QQ:2852019966 工作时间9:00-21:00 沪ICP备19033872号"),
 "blog": dict(name="老周的技能观察 · 博客", style="blog",
   menu=["首页", "考证笔记", "AI行业", "避坑", "关于我"],
   side="<h3>关于博主</h3><p>郑州人,做过几年数据标注项目管理,写点考证和AI行业的观察。</p>",
   foot="© 老周的技能观察 本博客内容仅代表个人观点 托管于 blog.laozhou.me"),
 "rsj": dict(name="长陵区人力资源和社会保障局", style="gov",
   menu=["首页", "政务公开", "通知公告", "职业能力建设", "办事服务"],
   side="<h3>便民服务</h3><ul><li>人社服务热线 12333</li><li>证书查询 zscx.osta.org.cn</li><li>评价机构查询 pjjg.osta.org.cn</li></ul>",
   foot="主办:长陵区人力资源和社会保障局 地址:长陵区政务服务中心3楼 网站标识码 6101990012"),
}
ORDER = ["xazy", "zzhx", "qinzhi", "kechengku", "bbs", "fenlei", "wenda", "wx", "shop", "blog", "rsj"]

PAGES = []   # dicts: site, file, title, body, is_offer, operator, provider, ids, note

def page(site, fname, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=fname, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(x) for x in ids], note=note))

def P(*paras):
    return "\n".join("<p>%s</p>" % p for p in paras)

# ================================================================ U01 西安秦川职业技术学院继续教育学院 (honest)
page("xazy", "px-ai.html", "2026年人工智能训练师(五级/四级)职业技能培训招生简章",
  P("为落实技能中国行动,我院继续教育学院面向社会开展人工智能训练师(职业编码4-04-05-05)五级、四级培训,"
    "培训内容依据《人工智能训练师国家职业技能标准(2021年版)》,含数据采集与处理、数据标注、智能系统运维。",
    "报名条件:五级需本职业或相关职业累计工作满1年;四级需取得五级证书后累计工作4年或符合标准规定的其他条件。我院不承诺通过,考核不合格可参加一次补考。",
    "培训费:五级1280元,四级1580元;认定费按物价部门核定标准另行收取。符合条件的参保职工取证后可按规定申领失业保险技能提升补贴(五级最高1000元、四级最高1500元),咨询12333。",
    "证书由经备案的评价机构颁发,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。",
    "咨询电话:029-85623317(周一至周五) 报名网址:jxjy.qczy.edu.cn",
    "学院统一社会信用代码:" + C_U01,
    "本期认定批次号 15320260602,报名截止以区人社部门公告为准。"),
  True, "U01", "西安秦川职业技术学院继续教育学院",
  [("phone", "02985623317", "029-85623317"), ("domain", "jxjy.qczy.edu.cn", "jxjy.qczy.edu.cn"),
   ("uscc", C_U01, C_U01), ("other", "陕ICP备17004521号", "陕ICP备17004521号")],
  "college continuing-education enrolment page, honest")
page("xazy", "news-0412.html", "我院举办2026年春季学历继续教育开学典礼",
  P("4月12日,我院2026年春季成人高等学历继续教育开学典礼在图书馆报告厅举行,新生代表发言。",
    "典礼后,各专业班主任组织了入学教育和学籍注册。"),
  note="college news, unrelated to AI trainer")
page("kechengku", "course-3101.html", "【秦川职院】人工智能训练师五级(数据标注员)线上+线下混合班",
  P("开课机构:秦川职业技术学院(已认证)",
    "课程共60学时,理论约30%,实操约70%,线下实训在学院信息楼机房进行。",
    "适合人群:从事数据标注、客服质检等相关工作满一年的在职人员。",
    "平台价:¥1280 报名后由学院老师电话核对申报条件:(029)8562-3317 或王老师 139-9182-7765。"),
  True, "U01", "秦川职业技术学院",
  [("phone", "02985623317", "(029)8562-3317"), ("phone", "+8613991827765", "139-9182-7765")],
  "marketplace course listing by the college")
page("wx", "a-20260315.html", "秦川职院继续教育 | 人工智能训练师四级班开始报名啦",
  P("来源:公众号「秦川职院继续教育」 2026-03-15",
    "人工智能训练师是人社部等部门2020年发布的新职业,考核合格可取得职业技能等级证书(不是职业资格证书哦)。",
    "四级班共50学时,周末授课。需要已有五级证书或满足工作年限,报名时请准备好工作证明。",
    "报名咨询王老师:13991827765(微信同号),也可登录 jxjy.qczy.edu.cn 在线报名。",
    "温馨提示:本期认定批次号15320260602,请按时提交材料。"),
  True, "U01", "秦川职院继续教育",
  [("phone", "+8613991827765", "13991827765"), ("domain", "jxjy.qczy.edu.cn", "jxjy.qczy.edu.cn")],
  "WeChat-article repost of the college's account")

# ================================================================ U02 郑州华信职业培训学校 (mostly honest)
page("zzhx", "ai-xunlianshi.html", "人工智能训练师培训(五级/四级/三级)",
  P("华信职培人工智能训练师培训班常年招生,小班授课,配套数据标注实训平台。",
    "五级:本职业/相关职业工作满1年;四级、三级按国家职业技能标准逐级申报,我校老师免费帮您核对条件。",
    "费用:五级1480元,四级1680元,三级1980元(含教材、实训,不含认定费)。参加失业保险满1年的学员可申领技能提升补贴。",
    "线上咨询QQ:2853117740 统一社会信用代码:" + C_U02,
    "考试地点:郑州市二七区某认定考点,考点前台电话0371-67781234(仅咨询考场位置)。"),
  True, "U02", "华信职培",
  [("phone", "4006371258", "400-637-1258"), ("qq", "2853117740", "2853117740"), ("uscc", C_U02, C_U02)],
  "training school course page")
page("zzhx", "baoming.html", "在线报名 - 郑州华信职业培训学校",
  P("请填写以下信息,课程顾问会在1个工作日内联系您。",
    "姓名:______ 手机:请输入您的手机号(如13800138000) 报考等级:□五级 □四级 □三级",
    "也可直接致电招生办 158 3712 6690 或拨打 4006371258。",
    "报名表单由金数据 jinshuju.net 提供技术支持。"),
  True, "U02", "郑州华信职业培训学校",
  [("phone", "+8615837126690", "158 3712 6690"), ("phone", "4006371258", "4006371258")],
  "enrolment form page of the school")
page("fenlei", "zz-88231.html", "郑州 人工智能训练师 数据标注员 周末班 可申请补贴",
  P("<b>发布者:</b>华信教育(机构) <b>区域:</b>郑州-金水区",
    "人工智能训练师五级/四级周末班,金水区文化路校区上课,正规学校,非中介。",
    "要求:相关工作满一年,可开具证明的我们协助整理材料。不承诺包过,认真学基本能过。",
    "电话:15837126690 微信:hx_peixun(备注分类网)"),
  True, "U02", "华信教育",
  [("phone", "+8615837126690", "15837126690"), ("wechat", "hx_peixun", "hx_peixun")],
  "classifieds ad by the school")
page("shop", "item-5021.html", "华信教育旗舰店 | 人工智能训练师五级 网课+题库+线下实操预约",
  P("店铺:华信教育旗舰店 已售 326 件",
    "¥399 网课版(不含认定);¥1480 全程班(含线下实操,不含认定费)",
    "购买后联系店铺客服添加班主任微信 HX_peixun,或加QQ:2853117740 领取题库。",
    "实操考试在郑州考点进行,考点前台0371-67781234可咨询交通。"),
  True, "U02", "华信教育旗舰店",
  [("wechat", "hx_peixun", "HX_peixun"), ("qq", "2853117740", "2853117740")],
  "shop item of the school's store")

# ================================================================ U03 西安秦智教育科技有限公司 (dishonest)
page("qinzhi", "ai-course.html", "人工智能训练师三级(高级工)速成班 人社部颁发 全国通用",
  P("<b>零基础、不限学历、不限经验</b>,直接报考三级(高级工)!人社部颁发,国家职业资格证书,全国通用,终身有效。",
    "包过班:考前内部题库,不过全额退款。最快15天拿证,证书入库可查。",
    "三级+二级同时报名立减2000元,一次拿双证,评职称、落户加分、企业补贴都能用。",
    "报名热线:180-9263-5517 加微信:qinzhi-ai",
    "西安秦智教育科技有限公司 统一社会信用代码 " + C_U03),
  True, "U03", "秦智教育",
  [("phone", "+8618092635517", "180-9263-5517"), ("wechat", "qinzhi-ai", "qinzhi-ai"), ("uscc", C_U03, C_U03),
   ("other", "陕ICP备20011873号", "陕ICP备20011873号"), ("domain", "qinzhiedu.com", "www.qinzhiedu.com")],
  "training company course page; 包过, 人社部颁发, 零基础三级")
page("qinzhi", "zhengshu.html", "证书查询 - 秦智教育AI人才认证中心",
  P("本中心颁发的人工智能训练师证书全部入库,官网可查!",
    "查询入口:www.zsrk-cx.cn (全国职业技能证书查询中心)",
    "证书样本编号:S000041011206253000128(仅作示例)",
    "查不到请联系小秦老师 18092635517。"),
  True, "U03", "秦智教育AI人才认证中心",
  [("domain", "zsrk-cx.cn", "www.zsrk-cx.cn"), ("phone", "+8618092635517", "18092635517"),
   ("phone", "+8618092635517", "180-9263-5517")],
  "fake query-site page of the company")
page("bbs", "thread-101.html", "[西安] 人工智能训练师三级 零基础也能报 有需要的来",
  P("<b>楼主 小秦老师</b> 发表于 2026-04-02",
    "AI训练师三级,人社部的证,不用工作年限,15天出证,可以查。现在报名还送二级名额,价格私聊。",
    "加V:Qinzhi-AI 备注论坛",
    "<b>2楼 mumu同学</b>:求带,微信 mumu_1990 私聊我一下",
    "<b>3楼 版主</b>:广告帖请移步分类区,再发删帖。"),
  True, "U03", "小秦老师",
  [("wechat", "qinzhi-ai", "Qinzhi-AI")],
  "forum advertising post by the company's sales")
page("wx", "a-20260402.html", "AI时代,一张证书让你月入过万|秦智AI学院",
  P("来源:公众号「秦智AI学院」",
    "人工智能训练师,人社部认证的新职业!持证可享国家补贴,评职称直接对应,考下三级就是助理工程师。",
    "现在报名包过,不过退费,证书可在 zsrk-cx.cn 全国联网查询。",
    "名额有限,咨询电话 180 9263 5517。"),
  True, "U03", "秦智AI学院",
  [("phone", "+8618092635517", "180 9263 5517"), ("domain", "zsrk-cx.cn", "zsrk-cx.cn")],
  "WeChat-article repost of the company's account")

# ================================================================ U04 郑州启航未来教育咨询有限公司 (dishonest)
page("kechengku", "course-3177.html", "启航AI训练营|人工智能训练师三级直考班 90%小白都能学会",
  P("开课机构:启航AI训练营",
    "<del>原价9999</del> 限时 ¥99 锁定名额,尾款另付。不限学历,不限专业,无门槛直接报三级。",
    "交费包过,拿到证书便可升职加薪,官方认证,国家认可。",
    "课程顾问:136 6385 1942 QQ咨询:1569024873"),
  True, "U04", "启航AI训练营",
  [("phone", "+8613663851942", "136 6385 1942"), ("qq", "1569024873", "1569024873")],
  "marketplace course by a dishonest agency")
page("fenlei", "zz-88410.html", "郑州 AI人工智能训练师 三级 包过 速成 可加急",
  P("<b>发布者:</b>启航教育 <b>区域:</b>郑州-郑东新区",
    "不用上课,提交资料即可,30天下证,学信网……不,是人社网可查。零基础不限学历。",
    "电话13663851942 微信qh13663851942",
    "报名表:https://jinshuju.net/f/Qh2026 (金数据表单)"),
  True, "U04", "启航教育",
  [("phone", "+8613663851942", "13663851942"), ("wechat", "qh13663851942", "qh13663851942")],
  "classifieds ad, 免培训 包过")
page("wenda", "q-201.html", "零基础想考人工智能训练师,去哪里报名靠谱?",
  P("<b>提问者</b>:郑州本地,大专,没做过相关工作,想考个AI训练师证,哪里能报?",
    "<b>回答1 启航AI老师</b>:我们这边三级可以直接报,不看工作年限,包过,全程不用去现场。需要可以加扣扣1569024873详细聊。",
    "<b>回答2 热心网友</b>:五级都要求工作一年,三级要逐级考,说能直接报三级的你要小心。",
    "<b>评论 mumu同学</b>:同问,我微信 mumu_1990"),
  True, "U04", "启航AI老师",
  [("qq", "1569024873", "1569024873")],
  "Q&A page whose answer advertises the agency")

# ================================================================ U05 西安数标智能科技有限公司 (medium: 协议就业)
page("kechengku", "course-3240.html", "【数标学堂】数据标注员·人工智能训练师五级 学完推荐上岗",
  P("开课机构:数标学堂(西安数标智能科技有限公司)",
    "课程内容:图像框选、语音转写、文本分类标注,结业可参加五级认定(需满足一年工作经历,可在我司实习期内累计)。",
    "学费2680元,协议就业,学完推荐到合作标注基地上岗,月薪4000+。",
    "咨询:029 6872 1590 简历投递 hr@shubiao-ai.com",
    "本期认定批次 15320260602。统一社会信用代码:" + C_U05),
  True, "U05", "数标学堂",
  [("phone", "02968721590", "029 6872 1590"), ("email", "hr@shubiao-ai.com", "hr@shubiao-ai.com"),
   ("uscc", C_U05, C_U05)],
  "marketplace course by a data-labelling firm, 协议就业")
page("fenlei", "xa-55102.html", "西安 招聘数据标注员 带薪培训 考人工智能训练师证",
  P("<b>发布者:</b>西安数标科技 <b>区域:</b>西安-高新区",
    "招数据标注员20名,先培训后上岗,培训费可从工资里分期扣除,培训合格考人工智能训练师五级证书。",
    "联系人:刘经理 173-9187-6603 座机(029)68721590"),
  True, "U05", "西安数标科技",
  [("phone", "+8617391876603", "173-9187-6603"), ("phone", "02968721590", "(029)68721590")],
  "classifieds job-plus-training ad")
page("wenda", "q-204.html", "数据标注员和人工智能训练师是什么关系?",
  P("<b>提问者</b>:看到招聘说先培训考人工智能训练师证再上岗,这俩是什么关系?",
    "<b>回答1 数标学堂HR</b>:数据标注员是人工智能训练师的一个工种。我们公司有培训加上岗的项目,感兴趣可以发简历到 HR@shubiao-ai.com,详情见 www.shubiao-ai.com。",
    "<b>回答2 网友</b>:先培训后上岗、培训费从工资扣的,要看清合同。"),
  True, "U05", "数标学堂HR",
  [("email", "hr@shubiao-ai.com", "HR@shubiao-ai.com"), ("domain", "shubiao-ai.com", "www.shubiao-ai.com")],
  "Q&A answer promoting the firm's training")

# ================================================================ U06 河南中才人力资源服务有限公司 (dishonest, state-sounding)
page("kechengku", "course-3302.html", "中才智评 | 人工智能训练师 国家级证书 一级/二级/三级 三证合一",
  P("开课机构:中才智能人才评价中心(河南中才人力资源服务有限公司)",
    "国家级人才评价中心颁发,人社部备案,一级高级技师也可直接申报,不限年龄不限专业。",
    "单证3800元,三证同报仅需6800元。可挂靠企业,年收益2万+。",
    "热线:199 3715 0288 统一社会信用代码 " + C_U06,
    "证书样本编号:S000041011206253000128"),
  True, "U06", "中才智评",
  [("phone", "+8619937150288", "199 3715 0288"), ("uscc", C_U06, C_U06)],
  "marketplace listing, price per certificate, 挂靠")
page("bbs", "thread-105.html", "人工智能训练师证书还能挂靠吗?中才这边还有名额",
  P("<b>楼主 中才AI人才中心</b> 发表于 2026-04-18",
    "AI训练师证书挂靠企业,每年稳定收益,高级技师直考。详情加微信 zc_rencai88",
    "学员交流群 QQ群:783201456",
    "<b>2楼 mumu同学</b>:怎么收费?微信 mumu_1990",
    "<b>3楼 路人甲</b>:AI训练师哪来的挂靠,别被割了。"),
  True, "U06", "中才AI人才中心",
  [("wechat", "zc_rencai88", "zc_rencai88"), ("qq_group", "783201456", "783201456")],
  "forum post advertising 挂靠 certificates")
page("wx", "a-20260420.html", "人社部颁发|人工智能训练师报考指南(2026最新)",
  P("来源:公众号「中才人才评价」",
    "人社部颁发的人工智能训练师证书,由国家级人才评价中心统一考核,全国联网可查。",
    "一级至五级均可报,零基础可学,考试通过率98%。",
    "报考交流群:783201456 报名电话 19937150288"),
  True, "U06", "中才人才评价",
  [("qq_group", "783201456", "783201456"), ("phone", "+8619937150288", "19937150288")],
  "WeChat-article repost; 人社部颁发, 98% pass rate")
page("shop", "item-5107.html", "中才证书服务 | 人工智能训练师 二级技师 报名费 代报名",
  P("店铺:中才证书服务 已售 58 件",
    "¥3800/证 拍下即锁定考位,免考核快速出证。",
    "付款说明:大额请对公转账,收款方:河南中才人力资源服务有限公司",
    "售后微信 ZC_rencai88"),
  True, "U06", "中才证书服务",
  [("other", "河南中才人力资源服务有限公司", "河南中才人力资源服务有限公司"), ("wechat", "zc_rencai88", "ZC_rencai88")],
  "shop item: per-certificate price, 免考核")

# ================================================================ U07 郑州慧学网络科技有限公司 (online platform, medium)
page("kechengku", "course-3355.html", "慧学云课堂 | 人工智能训练师五级 全网课 随到随学",
  P("开课机构:慧学云课堂",
    "40节录播课+题库,学完可预约线下认定(认定由备案评价机构组织,费用另计)。",
    "课程原价999,现价399。官网 huixueyun.cn 客服热线 400 852 0617"),
  True, "U07", "慧学云课堂",
  [("phone", "4008520617", "400 852 0617"), ("domain", "huixueyun.cn", "huixueyun.cn")],
  "marketplace online course")
page("fenlei", "zz-88532.html", "人工智能训练师网课 五级四级 郑州可线下实操",
  P("<b>发布者:</b>慧学AI <b>区域:</b>郑州-高新区",
    "网课随到随学,题库刷题,郑州有实操机房。咨询热线4008520617 微信huixue_kf01",
    "报名登记表:https://jinshuju.net/f/hx01 (金数据)"),
  True, "U07", "慧学AI",
  [("phone", "4008520617", "4008520617"), ("wechat", "huixue_kf01", "huixue_kf01")],
  "classifieds ad for online course")
page("shop", "item-5140.html", "慧学云课堂 人工智能训练师四级 网课+题库 官方店",
  P("店铺:慧学云课堂官方店 已售 1207 件",
    "¥499 网课+3000题题库,购买后加助教微信 huixue_kf01 发链接;发票请发邮件 service@huixueyun.cn"),
  True, "U07", "慧学云课堂官方店",
  [("wechat", "huixue_kf01", "huixue_kf01"), ("email", "service@huixueyun.cn", "service@huixueyun.cn")],
  "shop item of the online platform")

# ================================================================ U08 李老师AI证书工作室 (dishonest individual agent)
page("bbs", "thread-102.html", "出AI训练师证 免考 可查 西安郑州都能办",
  P("<b>楼主 AI证书李老师</b> 发表于 2026-04-06",
    "人工智能训练师四级三级,免考试,资料齐全25天出证,挂靠有收益。",
    "电话 156 0928 1174 微信 lzs_ai_cert"),
  True, "U08", "AI证书李老师",
  [("phone", "+8615609281174", "156 0928 1174"), ("wechat", "lzs_ai_cert", "lzs_ai_cert")],
  "forum post, 免考, 挂靠")
page("wx", "a-20260411.html", "智证通|拿证就能挂,AI训练师证书一年多赚两万",
  P("来源:公众号「智证通」",
    "AI训练师证书企业急需,持证挂靠年入2万,内部渠道,包过。",
    "咨询李老师,微信 LZS_ai_cert,资料发邮箱 3391827740@qq.com"),
  True, "U08", "智证通",
  [("wechat", "lzs_ai_cert", "LZS_ai_cert"), ("email", "3391827740@qq.com", "3391827740@qq.com")],
  "WeChat-article repost, 挂靠 income")
page("blog", "post-ai-zhengshu-qudao.html", "【合作】AI训练师证书办理渠道分享(李老师工作室)",
  P("作者:博客投稿 2026-04-21",
    "经朋友介绍认识了李老师工作室,人工智能训练师证书一条龙,包过,不用本人到场。",
    "联系方式:李老师 15609281174,QQ 3391827740(邮箱 3391827740@qq.com)"),
  True, "U08", "李老师AI证书工作室",
  [("phone", "+8615609281174", "15609281174"), ("qq", "3391827740", "3391827740"),
   ("email", "3391827740@qq.com", "3391827740@qq.com")],
  "sponsored blog post for the agent")

# ================================================================ U09 河南未来智造教育科技有限公司 (dishonest: 1+X after 2025, AIGC mix)
page("fenlei", "zz-88619.html", "1+X人工智能训练师证书 生成式AI证书 双证班 郑州",
  P("<b>发布者:</b>未来智造教育 <b>区域:</b>郑州-中原区",
    "1+X证书+生成式人工智能系统应用员双证,教育部认可,2026年照常发证。",
    "手机 185 3820 9647 座机 0371-55982106",
    "考场:郑州二七区认定考点,前台0371-67781234"),
  True, "U09", "未来智造教育",
  [("phone", "+8618538209647", "185 3820 9647"), ("phone", "037155982106", "0371-55982106")],
  "classifieds: 1+X after 2025, mixes occupations")
page("wenda", "q-202.html", "人工智能训练师和生成式人工智能系统应用员是一个证吗?",
  P("<b>提问者</b>:这俩有什么区别?",
    "<b>回答1 智造AI证书中心</b>:一回事,编码都是4-04-05,我们可以一起报,双证优惠。电话 0371 5598 2106,微信 wlzz_edu。",
    "<b>回答2 网友</b>:不是一个,4-04-05-05 是人工智能训练师,4-04-05-13 是生成式人工智能系统应用员。"),
  True, "U09", "智造AI证书中心",
  [("phone", "037155982106", "0371 5598 2106"), ("wechat", "wlzz_edu", "wlzz_edu")],
  "Q&A answer with wrong claims, advertising bundle")
page("shop", "item-5188.html", "未来智造 AIGC+人工智能训练师 双证套餐 报名费",
  P("店铺:未来智造教育 已售 89 件",
    "¥2980 双证套餐,50节在线课,工信部认证+1+X证书。拍下后加微信 wlzz_edu 登记信息。",
    "企业信息:河南未来智造教育科技有限公司 " + C_U09),
  True, "U09", "未来智造教育",
  [("wechat", "wlzz_edu", "wlzz_edu"), ("uscc", C_U09, C_U09)],
  "shop item: AIGC bundle, 工信部认证")
page("blog", "post-aigc-shuangzheng.html", "2026年还能考1+X吗?一家郑州机构的答复",
  P("作者:老周 2026-04-25(本文为合作推广)",
    "咨询了郑州的未来智造教育,对方说1+X人工智能证书2026年照常报名,和人工智能训练师双证一起考更划算,还说证书能在 vslc.ncb.edu.cn 查。",
    "机构营业执照号:" + C_U09 + ",报名电话18538209647。"),
  True, "U09", "未来智造教育",
  [("uscc", C_U09, C_U09), ("phone", "+8618538209647", "18538209647")],
  "blog advertorial for the company")

# ================================================================ independents
page("kechengku", "course-3391.html", "码上智能课堂 | Python+数据标注 人工智能训练师四级备考",
  P("开课机构:码上智能课堂(个人讲师认证)",
    "面向已有五级证书、从事标注质检工作的学员,四级理论+实操备考,20次直播课。",
    "¥860 讲师答疑邮箱 mashang_ai@163.com"),
  True, "I01", "码上智能课堂",
  [("email", "mashang_ai@163.com", "mashang_ai@163.com")],
  "independent marketplace course, honest")
page("bbs", "thread-104.html", "转让一个人工智能训练师五级培训名额(郑州)",
  P("<b>楼主 小鱼0371</b> 发表于 2026-04-12",
    "报了某学校五级班,工作调动去不了了,名额原价1480转让1200,学校可以改名。",
    "有意微信 xiaoyu_0371 或电话 151 3809 2267",
    "<b>2楼 路人</b>:学校同意改名吗?"),
  True, "I02", "小鱼0371",
  [("wechat", "xiaoyu_0371", "xiaoyu_0371"), ("phone", "+8615138092267", "151 3809 2267")],
  "forum resale of a course seat (individual)")
page("fenlei", "xa-55277.html", "雁塔 人工智能训练师 五级 周末面授 小班",
  P("<b>发布者:</b>聚英培训中心 <b>区域:</b>西安-雁塔区",
    "五级面授6个周末,需相关工作满一年。学费1380元,认定费另计。",
    "电话 029-89350472 / 152 9146 0033"),
  True, "I03", "聚英培训中心",
  [("phone", "02989350472", "029-89350472"), ("phone", "+8615291460033", "152 9146 0033")],
  "independent classifieds ad, honest")
page("wx", "a-20260409.html", "豫才技能 | 人工智能训练师五级认定报名通知",
  P("来源:公众号「豫才技能」",
    "我单位为备案评价机构合作培训点,五级认定每月一期,请先在 pjjg.osta.org.cn 查询评价机构信息。",
    "报名电话:0371-63379021 微信:yucai_jn",
    "不参与任何'包过'宣传,遇到冒用我单位名义的请拨打12333举报。"),
  True, "I04", "豫才技能",
  [("phone", "037163379021", "0371-63379021"), ("wechat", "yucai_jn", "yucai_jn")],
  "independent WeChat repost, honest")
page("shop", "item-5203.html", "人工智能训练师三级 历年真题解析 电子版 秒发",
  P("店铺:安阳小徐资料铺 已售 2311 件",
    "¥29.9 电子版题库,另有'代报名'服务¥1999(包过),有需要加店主QQ 2690317458"),
  True, "I05", "安阳小徐资料铺",
  [("qq", "2690317458", "2690317458")],
  "independent shop: question bank plus 包过 registration")
page("blog", "post-wode-xiaoban.html", "我开了个人工智能训练师四级备考小班",
  P("作者:周伟 2026-04-15",
    "做了五年标注团队管理,业余带四级备考,要求已有五级证书并满足年限,不包过,每期8人。",
    "有兴趣发邮件 zhouwei_ai@126.com 或加微信 zw_aitrain",
    "<b>评论 求资料的</b>:博主能发份四级资料吗 qq 614822093"),
  True, "I06", "周伟",
  [("email", "zhouwei_ai@126.com", "zhouwei_ai@126.com"), ("wechat", "zw_aitrain", "zw_aitrain")],
  "independent blogger's small class")

# ================================================================ non-offer content pages
page("bbs", "thread-103.html", "【曝光】交了4800说包过,现在人跑了!大家注意这个号码",
  P("<b>楼主 郑州打工人</b> 发表于 2026-04-09",
    "去年在网上看到AI训练师三级包过,加了对方,交了4800,说人社部颁发,结果一直拖,现在拉黑了。",
    "骗子电话:171 0298 3356,他们还让我去 www.zgzscx.com 查证书,根本是假网站。",
    "已经打12315投诉了,也报警了。",
    "<b>2楼 小王</b>:我也被这个号码171-0298-3356打过电话,说法一模一样。",
    "<b>3楼 版主</b>:证书请在 zscx.osta.org.cn 查询,别信其他网站。"),
  note="forum complaint thread quoting a scam number")
page("wenda", "q-203.html", "人工智能训练师证书怎么辨别真假?",
  P("<b>提问者</b>:朋友给我看了一个证书,说是人社部颁发的,怎么查真假?",
    "<b>回答1 人社窗口工作人员</b>:职业技能等级证书由备案评价机构颁发,在 zscx.osta.org.cn 可以查;评价机构在 pjjg.osta.org.cn 查。有疑问打12333。",
    "<b>回答2 网友</b>:前阵子有个17102983356一直推销包过的,别理。证书号一般是S或Y开头加21位数字,比如示例S000041011206253000128这种格式。",
    "<b>评论 求资料的</b>:能发我一份资料吗 qq 614822093"),
  note="Q&A on verifying certificates; quotes a scam number, readers' contacts")
page("shop", "item-5230.html", "《Python编程从入门到实践》第3版 正版图书",
  P("店铺:优学汇自营 ¥89.00 包邮", "本店图书均为正版,支持7天无理由退换。"),
  note="unrelated shop item (book)")
page("blog", "post-bikeng.html", "考人工智能训练师的几个坑:包过、人社部颁发、挂靠",
  P("作者:老周 2026-04-03",
    "1. 新职业的证书是职业技能等级证书,由备案的评价机构颁发,不是人社部颁发,也不是国家职业资格证书。",
    "2. 五级要求相关工作满一年,三级要逐级申报,说零基础直考二级一级的基本都是坑。",
    "3. 查询只认 zscx.osta.org.cn、www.cpta.com.cn 和各省人社网站,像 www.zgzscx.com 这种是假冒查询站。",
    "4. 读者反映 171 0298 3356 这个号码一直推包过,被骗请打12315或报警。",
    "5. 技能提升补贴请打12333咨询,二级一级没有国家补贴。"),
  note="blog guide with warnings")
page("rsj", "tz-2026-031.html", "关于防范技术技能类“山寨证书”的风险提示",
  P("近期,有不法机构以“人社部颁发”“包过”“免培训直接发证”等名义招揽人工智能训练师等新职业培训,并通过 www.zgzscx.com 等假冒查询网站误导群众。",
    "群众举报,有人冒用培训机构名义使用17102983356等号码推销“包过”证书,请广大群众提高警惕。",
    "职业技能等级证书可登录技能人才评价证书全国联网查询 zscx.osta.org.cn 查询;专业技术人员职业资格证书请登录 www.cpta.com.cn 查询。",
    "如发现虚假宣传,请拨打12315投诉;政策咨询请拨打12333。"),
  note="official-style warning notice")
page("rsj", "tz-2026-044.html", "关于开展2026年第2批次人工智能训练师职业技能等级认定的公告",
  P("经研究,由备案评价机构在本区认定考点组织开展人工智能训练师(4-04-05-05)五级、四级认定,认定批次号15320260602。",
    "申报条件按国家职业技能标准执行。符合条件的参保职工可申领技能提升补贴,五级最高1000元、四级最高1500元。",
    "原1+X证书试点事项按人社厅函〔2025〕154号规定执行,不再开展新的X证书工作,历史证书可在 vslc.ncb.edu.cn 查询。",
    "咨询电话:12333。"),
  note="official-style exam batch notice")

# ---------------------------------------------------------------- rendering
def url(site, fname):
    return "/%s/%s" % (site, fname)

def render(site, fname, title, body, crumbs, related):
    s = SITES[site]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (site, m) if i == 0 else '<a href="/%s/index.html#%d">%s</a>' % (site, i, m)
                   for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (u, html.escape(t)) for u, t in related)
    st = s["style"]
    if st in ("forum", "qa"):
        main = '<div class="thread"><h1>%s</h1><div class="postbody">%s</div></div>' % (html.escape(title), body)
    elif st == "classifieds":
        main = '<table class="ad"><tr><th>%s</th></tr><tr><td>%s</td></tr></table>' % (html.escape(title), body)
    elif st == "shop":
        main = '<div class="item"><h1 class="item-title">%s</h1><div class="item-desc">%s</div><button>立即购买</button> <button>加入购物车</button></div>' % (html.escape(title), body)
    elif st == "wx":
        main = '<article class="rich_media"><h1 class="rich_media_title">%s</h1><div class="rich_media_content">%s</div><p class="tip">阅读 10万+ 在看</p></article>' % (html.escape(title), body)
    else:
        main = '<div class="content"><h1>%s</h1>%s</div>' % (html.escape(title), body)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="%s">
<header><div class="logo"><a href="/%s/index.html">%s</a></div><nav>%s</nav></header>
<div class="crumbs">当前位置:%s</div>
<div class="wrap"><main>%s</main>
<aside>%s<h3>相关链接</h3><ul>%s</ul></aside></div>
<footer>%s <a href="/index.html">网址导航</a></footer>
</body></html>
""" % (html.escape(title), html.escape(s["name"]), st, site, html.escape(s["name"]), menu, crumb, main, s["side"], rel, s["footer"] if "footer" in s else s["foot"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in ORDER}
    truth_pages = []
    written = {}
    for si, site in enumerate(ORDER):
        os.makedirs(os.path.join(SITE, site))
        s = SITES[site]
        home = '<a href="/%s/index.html">首页</a>' % site
        plist = by_site[site]
        # index page
        items = "".join('<li><a href="%s">%s</a></li>' % (url(site, p["file"]), html.escape(p["title"])) for p in plist)
        nxt = ORDER[(si + 1) % len(ORDER)]
        idx_body = "<p>欢迎访问%s。</p><ul class=\"list\">%s</ul>" % (html.escape(s["name"]), items)
        txt = render(site, "index.html", s["name"], idx_body, [home], [("/%s/index.html" % nxt, SITES[nxt]["name"])])
        written[url(site, "index.html")] = txt
        truth_pages.append(dict(path=url(site, "index.html"), is_offer=False, operator=None, provider=None,
                                identifiers=[], note="site index page (%s)" % s["style"]))
        for i, p in enumerate(plist):
            rel = [(url(site, q["file"]), q["title"]) for q in plist if q is not p][:3]
            crumbs = [home, s["menu"][min(2, len(s["menu"]) - 1)], html.escape(p["title"][:18])]
            txt = render(site, p["file"], p["title"], p["body"], crumbs, rel)
            written[url(site, p["file"])] = txt
            truth_pages.append(dict(path=url(site, p["file"]), is_offer=p["is_offer"], operator=p["operator"],
                                    provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    hub_items = "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, html.escape(SITES[k]["name"])) for k in ORDER)
    written["/index.html"] = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航</h1><ul>%s</ul></body></html>
""" % hub_items
    truth_pages.insert(0, dict(path="/index.html", is_offer=False, operator=None, provider=None,
                               identifiers=[], note="hub page linking every site"))
    for path, txt in written.items():
        with open(os.path.join(SITE, path.lstrip("/")), "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # operators
    ops = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    ops = {k: ops[k] for k in sorted(ops)}

    # decoys: pages computed by scanning
    text = {p: html.unescape(t) for p, t in written.items()}
    D = [
      ("phone", "12333", ["12333"], "人社 public service hotline"),
      ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
      ("phone", "95188", ["95188"], "payment platform (Alipay) customer service in shop sidebar"),
      ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
      ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
      ("domain", "www.cpta.com.cn", ["www.cpta.com.cn"], "official 人事考试 query site"),
      ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
      ("phone", "4008102233", ["400-810-2233"], "marketplace platform customer-service line in footer"),
      ("email", "service@kechengku.com", ["service@kechengku.com"], "marketplace platform footer e-mail"),
      ("uscc", C_KCK, [C_KCK], "marketplace operator's own licence in footer"),
      ("other", "京ICP备20023317号", ["京ICP备20023317号"], "marketplace ICP in footer"),
      ("qq_group", "527390118", ["527390118"], "forum's own QQ group in sidebar"),
      ("email", "admin@zzbbs.net", ["admin@zzbbs.net"], "forum admin e-mail in footer"),
      ("phone", "4000105858", ["400-010-5858"], "classifieds platform hotline in footer"),
      ("other", "豫ICP备19018823号", ["豫ICP备19018823号"], "classifieds ICP in footer"),
      ("qq", "2852019966", ["2852019966"], "shop platform customer-service QQ"),
      ("email", "tougao@wxwenku.com", ["tougao@wxwenku.com"], "repost site's submission e-mail"),
      ("qq_group", "301928455", ["301928455"], "repost site's reader QQ group"),
      ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
      ("phone", "037167781234", ["0371-67781234"], "exam venue front desk quoted by several sellers"),
      ("phone", "+8617102983356", ["171 0298 3356", "171-0298-3356", "17102983356"], "scam number quoted in complaint, Q&A, blog and official warning"),
      ("domain", "zgzscx.com", ["www.zgzscx.com"], "fake query site named in warnings"),
      ("phone", "+8615320260602", ["15320260602"], "assessment batch number that looks like a mobile"),
      ("other", "S000041011206253000128", ["S000041011206253000128"], "sample certificate number copied by sellers and a Q&A answer"),
      ("phone", "+8613800138000", ["13800138000", "138 0013 8000"], "template placeholder phone"),
      ("wechat", "mumu_1990", ["mumu_1990"], "a reader's own WeChat left in comments on several sellers' pages"),
      ("qq", "614822093", ["614822093"], "a reader's QQ in a comment"),
    ]
    decoys = []
    for kind, value, forms, why in D:
        pages = sorted(p for p, t in text.items() if any(f in t for f in forms))
        decoys.append(dict(kind=kind, value=value, written=forms, pages=pages, why=why))
    truth = {"pages": truth_pages, "operators": ops, "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
