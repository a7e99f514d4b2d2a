#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer certificate sellers (12co, Gansu / Lanzhou).
Standard library only; deterministic output."""
import json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------- USCC (GB 32100-2015) ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W11714))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(kind2, region6, body8):
    s17 = kind2 + region6 + body8 + org_check(body8)
    s = sum(ALPHA.index(c) * w for c, w in zip(s17, W18))
    r = 31 - s % 31
    return s17 + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("52", "620102", "MJ51A03K")
U04_USCC = uscc("91", "620100", "MA74R2Q1")
U05_USCC = uscc("91", "620103", "MA73HN86")
I06_USCC = uscc("12", "620000", "43860219")
U02_USCC = uscc("91", "620102", "MA7BX5K0")

# ---------- sites (frames) ----------
SITES = {
 "hxpx": dict(style="company", name="兰州华信职业技能培训学校", nav=["首页", "学校简介", "培训项目", "师资力量", "报名咨询", "联系我们"],
   side="<h3>培训项目</h3><ul><li>人工智能训练师</li><li>电子商务师</li><li>保育师</li><li>健康管理师</li></ul><p>办学许可证:甘教民6201020000471号</p>",
   foot="<p>兰州华信职业技能培训学校 版权所有 陇ICP备18004521号-1 地址:兰州市城关区雁滩路2918号</p><p>技术支持:金城网络 0931-8470092</p>"),
 "zhiyuan": dict(style="company", name="甘肃智远教育科技有限公司", nav=["首页", "关于智远", "课程中心", "补贴政策", "学员风采", "联系我们"],
   side="<h3>热门课程</h3><ul><li>人工智能训练师(四级/三级)</li><li>数据标注实训</li><li>Python基础</li></ul>",
   foot="<p>Copyright 甘肃智远教育科技有限公司 陇ICP备21002876号-2 兰州市七里河区西津西路16号</p><p>网站建设:金城网络 0931-8470092</p>"),
 "ke": dict(style="marketplace", name="陇上学堂·职业课程", nav=["首页", "职业技能", "IT互联网", "考证中心", "直播课", "我的课程"],
   side="<h3>平台保障</h3><p>7天无理由退课 · 机构资质审核</p><p>客服热线:400-0931-566</p><p>客服邮箱:kefu@longxuetang.com</p>",
   foot="<p>陇上学堂 www.longxuetang.com 客服热线 400-0931-566 邮箱 kefu@longxuetang.com</p><p>陇ICP备19003217号-1 甘公网安备62010202000318号</p><p>课程内容由入驻机构发布,平台不对机构宣传用语负责</p>"),
 "bbs": dict(style="forum", name="金城论坛", nav=["首页", "兰州杂谈", "求职招聘", "教育培训", "消费维权", "二手"],
   side="<h3>论坛公告</h3><p>金城论坛官方QQ群:614275893</p><p>广告、违规举报电话:0931-8826510</p>",
   foot="<p>金城论坛 陇ICP备15001186号 站务QQ群 614275893 举报电话 0931-8826510</p><p>本帖内容为网友发布,不代表本站观点</p>"),
 "fenlei": dict(style="classifieds", name="兰州114分类信息", nav=["首页", "招聘", "房产", "二手", "教育培训", "生活服务"],
   side="<h3>免费发布信息</h3><form><input name='tel' placeholder='手机号码,例如 13800138000'><input name='title' placeholder='标题'><button>发布</button></form><p>遇到虚假信息请拨打12315</p>",
   foot="<p>兰州114分类信息 www.lz114fl.com 客服电话 0931-4603388 陇ICP备17000964号</p><p>本站不收取任何押金,遇到虚假信息请拨打12315投诉</p>"),
 "wenda": dict(style="qa", name="知了问答", nav=["首页", "教育", "职场", "科技", "生活", "提问"],
   side="<h3>订阅周报</h3><form><input name='mail' placeholder='yourname@example.com'><button>订阅</button></form><p>举报邮箱:jubao@zhiliaowenda.cn</p>",
   foot="<p>知了问答 zhiliaowenda.cn 举报邮箱 jubao@zhiliaowenda.cn 京ICP备20011835号-3</p><p>回答仅代表答主个人观点</p>"),
 "v": dict(style="shortvideo", name="快看短视频", nav=["推荐", "关注", "同城·兰州", "知识", "直播"],
   side="<h3>同城热门</h3><ul><li>#兰州考证</li><li>#人工智能训练师</li><li>#副业</li></ul>",
   foot="<p>快看短视频 客服电话 400-1166-205 网络文化经营许可证 京网文〔2021〕1066-318号</p><p>未成年人举报 12377</p>"),
 "news": dict(style="news", name="陇原新闻网", nav=["首页", "时政", "兰州", "教育", "财经", "专题"],
   side="<h3>新闻热线</h3><p>0931-8155110</p><p>违法和不良信息举报电话:12377</p>",
   foot="<p>陇原新闻网 新闻热线 0931-8155110 违法和不良信息举报:12377 互联网新闻信息服务许可证62120180003</p><p>陇ICP备12000871号</p>"),
 "college": dict(style="college", name="甘肃工贸职业技术学院 继续教育学院", nav=["学院首页", "学院概况", "培训鉴定", "通知公告", "下载中心"],
   side="<h3>快速链接</h3><ul><li>技能人才评价证书全国联网查询</li><li>甘肃省人力资源和社会保障厅</li></ul>",
   foot="<p>甘肃工贸职业技术学院继续教育学院 地址:兰州市安宁区建宁东路 电话:0931-7601000 www.gsgmzy.edu.cn</p><p>陇ICP备05004113号</p>"),
 "gov": dict(style="gov", name="兰州市人力资源和社会保障局", nav=["首页", "政务公开", "政策文件", "通知公告", "办事服务", "互动交流"],
   side="<h3>便民服务</h3><p>人社服务热线:12333</p><p>证书查询:zscx.osta.org.cn</p>",
   foot="<p>主办:兰州市人力资源和社会保障局 网站标识码6201000021 陇ICP备09003001号</p><p>人社服务热线 12333</p>"),
 "wx": dict(style="wechat", name="公众号文摘", nav=["首页", "教育", "职场", "科技", "本地"],
   side="<h3>关于本站</h3><p>本站文章转载自微信公众号,侵删请联系 admin@wxwenzhai.net</p><form><input placeholder='yourname@example.com'></form>",
   foot="<p>公众号文摘 wxwenzhai.net 联系邮箱 admin@wxwenzhai.net 蜀ICP备22003419号-1</p>"),
}

PAGES = []  # dicts

def P(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, identifiers=[list(x) for x in ids], note=note))

COMMENT = lambda who, t: f"<div class='reply'><b>{who}</b>:{t}</div>"

# ================= U01 兰州华信 (licensed school; mostly honest, some overreach) =================
P("/hxpx/index.html", "hxpx", "兰州华信职业技能培训学校 - 首页",
  f"""<div class='banner'>2025年人工智能训练师(五级/四级)秋季班火热报名中</div>
<p>兰州华信职业技能培训学校是经城关区人社局批准设立的民办职业培训学校,统一社会信用代码:{U01_USCC}。</p>
<p>人工智能训练师(职业编码4-04-05-05)培训班:四级50课时,理论+实操,结业后参加备案评价机构组织的等级认定,证书可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。</p>
<p>学费:五级1680元,四级2280元;符合条件的参保职工可申领技能提升补贴。</p>
<p>报名电话:0931-8612745 &nbsp; 手机:138 9312 7460</p><p>官网:www.lzhxpx.cn</p>""",
  True, "U01", "兰州华信职业技能培训学校",
  [("phone", "09318612745".replace("0931", "0931-", 1), "0931-8612745"), ("phone", "+8613893127460", "138 9312 7460"),
   ("uscc", U01_USCC, U01_USCC), ("domain", "lzhxpx.cn", "www.lzhxpx.cn")],
  "training school homepage banner for AI trainer level 5/4 class")
P("/hxpx/ai-xunlianshi.html", "hxpx", "人工智能训练师培训班招生简章 - 华信教育",
  """<h1>人工智能训练师培训班招生简章</h1>
<p>一、培训对象:从事数据标注、客服机器人运营等相关工作满1年的人员;中职、高职在校生。</p>
<p>二、培训内容:数据采集和处理、数据标注、智能系统运维(四级)。</p>
<p>三、费用:四级2280元(含教材、实训平台账号),认定费按评价机构标准另行缴纳。</p>
<p>四、咨询:<a href="tel:13893127460">点击拨打 13893127460</a>,座机(0931)8612745,邮箱 lzhxpx@163.com</p>
<p>温馨提示:政策咨询可拨打12333。</p>""",
  True, "U01", "华信教育",
  [("phone", "+8613893127460", "tel:13893127460"), ("phone", "0931-8612745", "(0931)8612745"), ("email", "lzhxpx@163.com", "lzhxpx@163.com")],
  "school's own enrolment brochure for level-4 course")
P("/bbs/t2031.html", "bbs", "【教育培训】人工智能训练师四级周末班,城关区面授",
  """<div class='post'><p>楼主:华信培训王老师</p><p>周末班11月开课,雁滩校区面授,四级2280,有一年相关工作经历的可以报,没有的先报五级。</p>
<p>咨询电话 138-9312-7460 微信同号</p></div>"""
  + COMMENT("兰州小米粒", "有一起报的吗 我QQ 3091847726")
  + COMMENT("楼主", "可以先来学校试听"),
  True, "U01", "华信培训",
  [("phone", "+8613893127460", "138-9312-7460"), ("wechat", "13893127460", "138-9312-7460 微信同号")],
  "forum post by school teacher advertising weekend class")
P("/news/a0412.html", "news", "人工智能训练师成新职业热门 兰州一培训学校开设专班",
  """<p class='src'>来源:陇原新闻网 教育频道 [推广]</p>
<p>随着大模型应用落地,数据标注、算法测试岗位需求增长。兰州华信培训学校今年开设人工智能训练师专班,学员结业后参加等级认定,证书可登录zscx.osta.org.cn查询。</p>
<p>报名咨询:0931—8612745,学校网址 lzhxpx.cn。</p>""",
  True, "U01", "兰州华信培训学校",
  [("phone", "0931-8612745", "0931—8612745"), ("domain", "lzhxpx.cn", "lzhxpx.cn")],
  "paid advertorial on news portal for the school's AI trainer class")

# ================= U02 中科智培 (scam, fake national issuer) =================
P("/ke/c1002.html", "ke", "人工智能训练师(国家职业资格证书)一级/二级/三级 全程托管 - 中科智培教育",
  """<h1>人工智能训练师 高级技师/技师/高级工 三级同报</h1><div class='price'>¥3980 <s>¥9800</s></div>
<p>机构:中科智培教育 | 已报名 2315 人</p>
<p>人社部颁发 国家职业资格证书 全国通用 入库可查;零基础、不限学历、不限经验,免考试,包过,45天下证。</p>
<p>三证同报立减2000!证书样本编号:S000062000001255000188</p>
<p>官网验证:zkzpedu.com 咨询热线:199 9316 0218</p>""",
  True, "U02", "中科智培教育",
  [("phone", "+8619993160218", "199 9316 0218"), ("domain", "zkzpedu.com", "zkzpedu.com")],
  "marketplace listing selling three levels at once as 国家职业资格, 包过")
P("/fenlei/p5531.html", "fenlei", "人工智能训练师证书 国家认可 包过 可挂靠 年入3万",
  """<p>类别:教育培训 / 职业资格 &nbsp; 发布者:国培智联(北京)兰州报名处</p>
<p>人工智能训练师证书火爆报名,不用考试,交费包过,可挂靠企业年收入2-3万。官方认证,国家职业资格证书,终身有效。</p>
<p>价格:一个证1980元,两个证3500元。</p>
<p>联系:１９９９３１６０２１８ &nbsp; VX: ZKZP_2024</p>""",
  True, "U02", "国培智联(北京)",
  [("phone", "+8619993160218", "１９９９３１６０２１８"), ("wechat", "zkzp_2024", "ZKZP_2024")],
  "classified ad: no exam, 包过, 挂靠 income, price per certificate")
P("/v/v8812.html", "v", "@人工智能职业认证中心 的视频:考个AI证,工资翻一番",
  """<div class='video'><p>视频文案:人社部新职业!人工智能训练师,90%小白都能学会,原价9999限时999,拿证就能升职加薪!</p>
<p>主页简介:人工智能职业认证中心|官方报名通道 薇:zkzp_2024 &nbsp; 扣扣 2845103967</p></div>"""
  + COMMENT("用户8842", "小心,之前有个微信zsrz_kefu8收了钱就拉黑")
  + COMMENT("人工智能职业认证中心(作者)", "私信发资料"),
  True, "U02", "人工智能职业认证中心",
  [("wechat", "zkzp_2024", "薇:zkzp_2024"), ("qq", "2845103967", "扣扣 2845103967")],
  "short video ad, 原价9999限时999, contacts in profile")
P("/wenda/q325.html", "wenda", "人工智能训练师证书在哪里报名?国家承认吗?",
  """<div class='q'><p>问:想考人工智能训练师,哪里报名靠谱?证书国家承认吗?</p></div>
<div class='a'><p>答主 中科智培-刘老师:我们是人社部授权报名点,证书国家承认,全国联网可查,官网zkzpedu点com可以验证。零基础也能一次拿高级,详情加QQ:2845103967。</p>
<p>收款单位:兰州智培信息咨询有限公司(统一社会信用代码 """ + U02_USCC + """)</p></div>""",
  True, "U02", "中科智培",
  [("qq", "2845103967", "QQ:2845103967"), ("domain", "zkzpedu.com", "zkzpedu点com"), ("uscc", U02_USCC, U02_USCC),
   ("other", "兰州智培信息咨询有限公司", "收款单位:兰州智培信息咨询有限公司")],
  "Q&A answer by seller claiming 人社部授权 and fake query site")

# ================= U03 启明星 =================
P("/ke/c1005.html", "ke", "人工智能训练师四级 考证培训 直播+录播 - 启明星教育",
  """<h1>人工智能训练师(四级/中级工)考证培训</h1><div class='price'>¥1580</div>
<p>机构:启明星教育 | 课时:48节</p><p>讲数据标注、数据清洗、智能系统运维,配套题库。报名甘肃省第三批认定,批次号19620250311。</p>
<p>证书可在zscx.osta.org.cn查询。报考需满足相关工作年限,不符合条件全额退款。</p>
<p>咨询:153-0931-8825 &nbsp; 邮箱:qmx_edu@qq.com</p>""",
  True, "U03", "启明星教育",
  [("phone", "+8615309318825", "153-0931-8825"), ("email", "qmx_edu@qq.com", "qmx_edu@qq.com")],
  "marketplace course for level 4 with eligibility stated")
P("/wenda/q301.html", "wenda", "兰州哪里可以考人工智能训练师四级?",
  """<div class='q'><p>问:在兰州做客服机器人运营两年了,想考四级,哪里有培训?</p></div>
<div class='a'><p>答主 启明职业培训:您这条件可以报四级。我们下一期是甘肃省批次号19620250311的认定,直播课加线下实操。</p>
<p>学习交流Q群:738291045,电话一五三零九三一八八二五。</p></div>""",
  True, "U03", "启明职业培训",
  [("qq_group", "738291045", "738291045"), ("phone", "+8615309318825", "一五三零九三一八八二五")],
  "Q&A answer promoting own course, numbers in Chinese numerals")
P("/wx/a7003.html", "wx", "AI训练师考证通|2025年人工智能训练师报考全攻略",
  """<p class='src'>转载自公众号「AI训练师考证通」</p>
<p>人工智能训练师分五个等级,五级对应初级工,需要累计从事相关工作1年……</p>
<p>想报名的同学可以进群:738291045,或者发邮件到 qmx_edu#qq.com(#换成@)。</p>""",
  True, "U03", "AI训练师考证通",
  [("qq_group", "738291045", "738291045"), ("email", "qmx_edu@qq.com", "qmx_edu#qq.com")],
  "wechat repost: guide ending with sign-up group")

# ================= U04 甘肃人才职业技能评价中心 (scam, state-sounding company) =================
P("/bbs/t2040.html", "bbs", "【教育培训】人工智能训练师技师/高级技师 直接申报 不看工作年限",
  """<div class='post'><p>楼主:甘肃人才职业技能评价中心</p><p>本中心为人社厅备案机构,技师、高级技师直接申报,不限学历不限年龄,无门槛,考前培训包过。</p>
<p>上课地点:天庆大厦12楼(前台 0931-8867721)</p><p>报名:181 9314 2207 &nbsp; 微信:longcai8899</p></div>"""
  + COMMENT("路过的", "177 9315 6402 这个号码去年也是这么说的,后来人跑了,大家小心")
  + COMMENT("楼主", "我们是正规单位"),
  True, "U04", "甘肃人才职业技能评价中心",
  [("phone", "+8618193142207", "181 9314 2207"), ("wechat", "longcai8899", "longcai8899")],
  "forum ad selling 技师/高级技师 to anyone, 包过")
P("/fenlei/p5540.html", "fenlei", "人工智能训练师 人社厅备案 高级证书快速办理",
  """<p>类别:教育培训 &nbsp; 发布者:人才评价服务部</p>
<p>人工智能训练师一级至五级均可办理,备案机构,证书入库,20个工作日出证。</p>
<p>单位信用代码:""" + U04_USCC + """</p><p>联系电话:18193142207</p>""",
  True, "U04", "人才评价服务部",
  [("phone", "+8618193142207", "18193142207"), ("uscc", U04_USCC, U04_USCC)],
  "classified ad: all levels, fast certificate; company USCC 91")
P("/wx/a7010.html", "wx", "陇才教育|人工智能训练师报名通道已开启",
  """<p class='src'>转载自公众号「陇才教育」</p>
<p>国家人社新职业,名额有限。技师证可评职称、可落户、可领补贴!</p>
<p>报名请添加V信:longcai8899,转账请认准收款人:张立平。</p>""",
  True, "U04", "陇才教育",
  [("wechat", "longcai8899", "V信:longcai8899"), ("other", "张立平", "收款人:张立平")],
  "wechat repost: sign-up, payee name given")
P("/wenda/q335.html", "wenda", "人工智能训练师高级技师没有工作经验能考吗?",
  """<div class='q'><p>问:大学刚毕业,没有工作经验,能直接考高级技师吗?</p></div>
<div class='a'><p>答主 陇才老师:可以的,我们内部渠道,不看年限,考试有命题组内部资料,保过。电话+86 181-9314-2207,费用转账至张立平。</p></div>
<div class='a'><p>答主 热心网友:按标准高级技师要先有技师证再干满4年,别信。</p></div>""",
  True, "U04", "陇才老师",
  [("phone", "+8618193142207", "+86 181-9314-2207"), ("other", "张立平", "张立平")],
  "Q&A answer promising 保过 via 内部资料 for level 1")

# ================= U05 智远教育 (company, subsidy angle) =================
P("/zhiyuan/index.html", "zhiyuan", "甘肃智远教育科技有限公司 - 人工智能训练师培训",
  f"""<div class='banner'>人工智能训练师 四级/三级 培训招生</div>
<p>甘肃智远教育科技有限公司(统一社会信用代码 {U05_USCC})专注数字技能培训。</p>
<p>四级课程2600元,三级课程3200元;参保满一年的职工按规定可申领技能提升补贴(四级1500元、三级2000元),具体以人社部门审核为准,政策咨询12333。</p>
<p>评价机构备案信息可在osta.mohrss.gov.cn查询。</p><p>热线:135 1931 8046 &nbsp; 官网 www.zhiyuanedu.cn</p>""",
  True, "U05", "甘肃智远教育科技有限公司",
  [("uscc", U05_USCC, U05_USCC), ("phone", "+8613519318046", "135 1931 8046"), ("domain", "zhiyuanedu.cn", "www.zhiyuanedu.cn")],
  "company homepage, level 4/3 course with subsidy info")
P("/zhiyuan/kecheng.html", "zhiyuan", "课程中心 - 人工智能训练师三级 - 智远教育",
  """<h1>人工智能训练师(三级/高级工)</h1><p>适合:已取得四级证书并从事相关工作的人员。课时:40学时理论+实操。</p>
<p>学费3200元,补贴后实际支出低至1200元(限符合条件的参保人员)。</p>
<p>电话:<a href="tel:+8613519318046">+86 13519318046</a> &nbsp; 邮箱 service@zhiyuanedu.cn</p>""",
  True, "U05", "智远教育",
  [("phone", "+8613519318046", "tel:+8613519318046"), ("email", "service@zhiyuanedu.cn", "service@zhiyuanedu.cn")],
  "company course page for level 3")
P("/fenlei/p5545.html", "fenlei", "智远职业技能培训 人工智能训练师 可申领补贴",
  """<p>类别:教育培训 &nbsp; 发布者:智远职业技能培训</p>
<p>七里河区西津西路,小班授课,人工智能训练师四级三级,参保人员可申请技能提升补贴。</p>
<p>上课地点:天庆大厦(前台0931-8867721可指路)</p><p>电话 135-1931-8046 官网 zhiyuanedu.cn</p>""",
  True, "U05", "智远职业技能培训",
  [("phone", "+8613519318046", "135-1931-8046"), ("domain", "zhiyuanedu.cn", "zhiyuanedu.cn")],
  "classified ad for the company's courses")

# ================= U06 数智未来 (online AI school, 400 number) =================
P("/ke/c1009.html", "ke", "零基础AI训练师就业班 数据标注+大模型 - 数智未来AI学院",
  """<h1>人工智能训练师就业班(含五级认定辅导)</h1><div class='price'>¥4980</div>
<p>机构:数智未来AI学院 | 课时:120节</p><p>零基础可学,学完推荐数据标注岗位,协议就业,月薪8000+。</p>
<p>客服:400-618-9320 &nbsp; 邮箱 szwl_ai@126.com</p>""",
  True, "U06", "数智未来AI学院",
  [("phone", "4006189320", "400-618-9320"), ("email", "szwl_ai@126.com", "szwl_ai@126.com")],
  "marketplace: job-promise bootcamp with level 5 assessment")
P("/wenda/q318.html", "wenda", "人工智能训练师就业前景怎么样?",
  """<div class='q'><p>问:人工智能训练师好就业吗?</p></div>
<div class='a'><p>答主 陇原数智课程顾问:岗位缺口很大,我们学员就业率98%,有兴趣可以加微信 szwl_ai01 领试听课,或拨打4006 189 320。</p></div>""",
  True, "U06", "陇原数智",
  [("wechat", "szwl_ai01", "szwl_ai01"), ("phone", "4006189320", "4006 189 320")],
  "Q&A answer promoting bootcamp with 98% employment claim")
P("/news/a0420.html", "news", "未来AI训练营:让兰州青年抓住大模型机遇",
  """<p class='src'>来源:陇原新闻网 [商业资讯]</p>
<p>未来AI训练营负责人介绍,课程由名企专家授课,学员毕业即可获得人工智能训练师证书。</p>
<p>咨询热线:400 618 9320,微信:SZWL_AI01。</p>""",
  True, "U06", "未来AI训练营",
  [("phone", "4006189320", "400 618 9320"), ("wechat", "szwl_ai01", "SZWL_AI01")],
  "commercial advertorial on news portal")
P("/bbs/t2055.html", "bbs", "【求职招聘】数据标注学员招募,学完推荐工作",
  """<div class='post'><p>楼主:数智未来招生</p><p>零基础学AI训练,学完推荐数据标注工作,可分期。</p>
<p>微信号 szwl_ai01 &nbsp; 手机 177-0931-0562</p></div>"""
  + COMMENT("兰州小米粒", "有一起报的吗 我QQ 3091847726"),
  True, "U06", "数智未来",
  [("wechat", "szwl_ai01", "szwl_ai01"), ("phone", "+8617709310562", "177-0931-0562")],
  "forum post recruiting paid trainees as 'job'")

# ================= U07 李老师 (individual agent, 包拿证) =================
P("/bbs/t2047.html", "bbs", "【教育培训】AI训练师证 不用上课 包拿证 可开票",
  """<div class='post'><p>楼主:李老师考证</p><p>人工智能训练师各等级都能办,不用上课不用考试,包拿证,入库可查。上课地点天庆大厦,前台0931-8867721。</p>
<p>Q:1572036489 &nbsp; 电话 156 9317 4418</p></div>"""
  + COMMENT("老陇漂", "楼主这个跟去年骗我的那个177 9315 6402是不是一伙的?")
  + COMMENT("李老师考证", "我们做了八年了"),
  True, "U07", "李老师考证",
  [("qq", "1572036489", "1572036489"), ("phone", "+8615693174418", "156 9317 4418")],
  "forum ad: certificates without class or exam")
P("/v/v8830.html", "v", "@金城考证服务 的视频:证书办理 三天出结果",
  """<div class='video'><p>视频文案:人工智能训练师证,免培训,一次通过,官方认证!</p>
<p>主页简介:金城考证服务 电话 +86 15693174418</p></div>""",
  True, "U07", "金城考证服务",
  [("phone", "+8615693174418", "+86 15693174418")],
  "short video: 免培训 一次通过")
P("/fenlei/p5552.html", "fenlei", "兰州证书代办 人工智能训练师 各类证书",
  """<p>类别:生活服务 &nbsp; 发布者:兰州证书代办</p>
<p>各类职业技能证书代办,人工智能训练师、健康管理师、心理咨询师,价格优惠,包过。</p>
<p>联系电话:一五六九三一七四四一八 &nbsp; 扣扣1572036489</p>""",
  True, "U07", "兰州证书代办",
  [("phone", "+8615693174418", "一五六九三一七四四一八"), ("qq", "1572036489", "扣扣1572036489")],
  "classified ad: certificate 代办, 包过")

# ================= U08 智汇云课堂 (online platform; bundles) =================
P("/ke/c1012.html", "ke", "人工智能训练师五级+四级+三级 双证三证套餐 - 智汇云课堂",
  """<h1>人工智能训练师 三级联报套餐</h1><div class='price'>¥2980(三级连报)</div>
<p>机构:智汇云课堂 | 报名即送题库</p><p>五四三级一起报更优惠,认定批次19620250311,证书样本编号:S000062000001255000188,证书zscx.osta.org.cn可查。</p>
<p>官网 www.zhihuiyunke.com &nbsp; QQ 3326017485</p>""",
  True, "U08", "智汇云课堂",
  [("domain", "zhihuiyunke.com", "www.zhihuiyunke.com"), ("qq", "3326017485", "3326017485")],
  "marketplace bundle of three levels at once")
P("/v/v8841.html", "v", "@智汇AI教育 的视频:一个月拿下AI训练师证",
  """<div class='video'><p>视频文案:一个月,零基础拿下人工智能训练师,速成班限时特价!</p>
<p>主页:zhihuiyunke.com 电话 189-1930-6637</p></div>""",
  True, "U08", "智汇AI教育",
  [("domain", "zhihuiyunke.com", "zhihuiyunke.com"), ("phone", "+8618919306637", "189-1930-6637")],
  "short video: 速成 zero-basis promise")
P("/wx/a7021.html", "wx", "云课堂人工智能训练师|考证常见问题10问",
  """<p class='src'>转载自公众号「云课堂人工智能训练师」</p>
<p>Q1:证书国家承认吗?A:职业技能等级证书由备案评价机构颁发……</p>
<p>报名咨询QQ:3326017485,邮箱 kefu(at)zhihuiyunke.com</p>""",
  True, "U08", "云课堂人工智能训练师",
  [("qq", "3326017485", "3326017485"), ("email", "kefu@zhihuiyunke.com", "kefu(at)zhihuiyunke.com")],
  "wechat repost FAQ ending with sign-up contacts")

# ================= U09 易证通 (short-video scammer) =================
P("/fenlei/p5560.html", "fenlei", "AI训练师官方报名点 兰州 名额有限",
  """<p>类别:教育培训 &nbsp; 发布者:AI训练师官方报名点</p>
<p>官方指定报名点,人工智能训练师证书含金量高,可积分落户,报名即送内部题库。</p>
<p>电话 173 9310 1185 微信 yizt_666</p>""",
  True, "U09", "AI训练师官方报名点",
  [("phone", "+8617393101185", "173 9310 1185"), ("wechat", "yizt_666", "yizt_666")],
  "classified ad claiming 官方指定报名点")
P("/v/v8850.html", "v", "@小易AI考证 的视频:这个证今年不考就晚了",
  """<div class='video'><p>视频文案:人社部证书退出,这个证来接盘!人工智能训练师,国家级证书,年底涨价。</p>
<p>主页:小易AI考证 VX:YIZT_666</p></div>"""
  + COMMENT("用户2231", "zsrz_kefu8 这个微信也说是官方的,收了钱就消失"),
  True, "U09", "小易AI考证",
  [("wechat", "yizt_666", "YIZT_666")],
  "short video: 'certificate takes over' slogan, 国家级")
P("/wx/a7030.html", "wx", "易证通|人工智能训练师报名最后10个名额",
  """<p class='src'>转载自公众号「易证通」</p>
<p>最后10个名额!报名电话17393101185,学员交流QQ群925804316。</p>""",
  True, "U09", "易证通",
  [("phone", "+8617393101185", "17393101185"), ("qq_group", "925804316", "925804316")],
  "wechat repost: urgency, last places")

# ================= independents =================
P("/ke/c1015.html", "ke", "人工智能训练师五级 入门实操课 - 兰州新程教育",
  """<h1>人工智能训练师(五级)入门实操</h1><div class='price'>¥980</div>
<p>机构:兰州新程教育 | 60课时</p><p>报考需累计从事相关工作满1年或完成学徒培训。认定批次19620250311;评价机构请在osta.mohrss.gov.cn核实。</p>
<p>联系:136 0940 2283,xincheng_lz@163.com</p>""",
  True, "I01", "兰州新程教育",
  [("phone", "+8613609402283", "136 0940 2283"), ("email", "xincheng_lz@163.com", "xincheng_lz@163.com")],
  "honest level-5 course listing stating eligibility")
P("/bbs/t2060.html", "bbs", "【教育培训】一对一辅导人工智能训练师实操(已持三级证)",
  """<div class='post'><p>楼主:老周说AI</p><p>本人持三级证,在标注公司带团队,业余一对一辅导实操部分,200元/小时,不卖证。</p>
<p>有需要加V:dt_laozhou</p></div>""",
  True, "I02", "老周说AI",
  [("wechat", "dt_laozhou", "dt_laozhou")],
  "individual tutor offering paid coaching, honest")
P("/wenda/q330.html", "wenda", "人工智能训练师证书有用吗?能挂靠吗?",
  """<div class='q'><p>问:听说这个证能挂靠拿钱?</p></div>
<div class='a'><p>答主 证书姐:能,我这边可以帮你办高级证,一年挂靠费一两万,加QQ2210983756详聊。</p></div>
<div class='a'><p>答主 网友:别信,前两天还有人说177 9315 6402是骗子。</p></div>""",
  True, "I03", "证书姐",
  [("qq", "2210983756", "QQ2210983756")],
  "Q&A answer promising 挂靠 income")
P("/fenlei/p5570.html", "fenlei", "安宁区 人工智能训练师周末培训 小班",
  """<p>类别:教育培训 &nbsp; 发布者:安宁学习坊</p>
<p>安宁区周末小班,人工智能训练师五级,学费1200,认定费另计。</p>
<p>上课地点:天庆大厦(前台0931-8867721)二楼</p><p>电话 188-0931-1370</p>""",
  True, "I04", "安宁学习坊",
  [("phone", "+8618809311370", "188-0931-1370")],
  "classified ad for small weekend class")
P("/v/v8860.html", "v", "@AI小美在兰州 的视频:我是怎么转行做AI训练师的",
  """<div class='video'><p>视频文案:分享我自己的转行经历,做标注一年后考了四级。想要我的学习笔记和课程的私我~</p>
<p>主页:课程咨询 wx ai_xiaomei_lz</p></div>""",
  True, "I05", "AI小美在兰州",
  [("wechat", "ai_xiaomei_lz", "ai_xiaomei_lz")],
  "vlogger selling own course via DM")
P("/college/news/px2025.html", "college", "关于开展2025年人工智能训练师(四级)职业技能等级认定培训的通知",
  f"""<h1>关于开展2025年人工智能训练师(四级)职业技能等级认定培训的通知</h1>
<p>我院为备案的职业技能等级认定机构(统一社会信用代码 {I06_USCC}),现面向社会开展人工智能训练师四级培训与认定。</p>
<p>申报条件按《人工智能训练师国家职业技能标准(2021年版)》执行。培训费1500元,认定费按标准收取。证书可在zscx.osta.org.cn查询。</p>
<p>联系人:张老师 0931-7601288;学院办公室 0931-7601000。政策咨询:12333。</p>""",
  True, "I06", "甘肃工贸职业技术学院继续教育学院",
  [("uscc", I06_USCC, I06_USCC), ("phone", "0931-7601288", "0931-7601288"), ("phone", "0931-7601000", "0931-7601000")],
  "college notice: filed institution's training and assessment")

# ================= non-offers =================
P("/news/a0430.html", "news", "警惕!“包过”“免考”人工智能训练师证书骗局又来了",
  """<p class='src'>来源:陇原新闻网 记者 马丽</p>
<p>近日,市民王女士反映,她通过短视频添加了自称“人社部授权”的客服微信zsrz_kefu8,支付3800元后被拉黑,对方电话177 9315 6402已无法接通。</p>
<p>人社部门提醒:职业技能等级证书由备案评价机构颁发,可在zscx.osta.org.cn查询;遇到问题可拨打12333或12315。</p>""",
  note="news: scam warning quoting scammer phone and WeChat")
P("/news/a0435.html", "news", "政策解读:人工智能训练师证书是什么证?",
  """<p>人工智能训练师(4-04-05-05)是2020年发布的新职业,证书为职业技能等级证书,并非国家职业资格证书。评价机构名单可在osta.mohrss.gov.cn查询。</p>""",
  note="news: policy explainer")
P("/bbs/t2066.html", "bbs", "【消费维权】交了3800办AI训练师证,人联系不上了",
  """<div class='post'><p>楼主:倒霉蛋2025</p><p>抖音上看到的,加了微信zsrz_kefu8,说包过,转完钱就拉黑了,电话177 9315 6402打不通。已经打了12315。</p></div>"""
  + COMMENT("管理员", "已置顶提醒,大家办证认准备案机构"),
  note="forum complaint about a scam")
P("/wenda/q340.html", "wenda", "人工智能训练师四级报考条件是什么?",
  """<div class='q'><p>问:没做过相关工作能报四级吗?</p></div>
<div class='a'><p>答主 人社小助手:四级一般需要五级证书后从事本职业4年,或相关工作6年等,具体可拨打12333咨询。</p></div>"""
  + COMMENT("兰州小米粒", "有一起报的吗 我QQ 3091847726"),
  note="learner question with honest answer")
P("/college/news/dg2025.html", "college", "关于举办2025年低压电工作业培训班的通知",
  """<h1>关于举办2025年低压电工作业培训班的通知</h1><p>培训对象:需取得特种作业操作证人员。学费900元。联系:0931-7601000。</p>""",
  note="college: unrelated electrician course")
P("/gov/tz0301.html", "gov", "关于谨防“山寨证书”诈骗的提醒",
  """<h1>关于谨防“山寨证书”诈骗的提醒</h1><p>近期有不法分子以“人社部颁发”“包过”“免考”等名义售卖人工智能训练师等证书。职业技能等级证书由备案的评价机构颁发,可通过zscx.osta.org.cn或osta.mohrss.gov.cn查询。</p>
<p>已有群众举报微信号zsrz_kefu8冒充官方。如有疑问请拨打12333。</p>""",
  note="government warning on fake certificates")
P("/gov/tz0315.html", "gov", "关于失业保险支持参保职工提升职业技能的通知",
  """<h1>关于失业保险支持参保职工提升职业技能的通知</h1><p>参保满1年的职工取得职业技能等级证书,可申领技能提升补贴:五级1000元、四级1500元、三级2000元。咨询12333。</p>""",
  note="government notice: skill-upgrade subsidy")
P("/fenlei/p5580.html", "fenlei", "招聘:数据标注员 5名 城关区",
  """<p>类别:招聘 &nbsp; 发布者:兰州某数据服务公司人事</p><p>招聘数据标注员5名,大专以上,月薪4000-5500,五险一金。简历投递 hr@lzdatalab.cn</p>""",
  note="job ad for data annotators")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "12377", ["12377"], "illegal-content reporting hotline in platform footers"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4000931566", ["400-0931-566"], "course marketplace's customer service number"),
 ("email", "kefu@longxuetang.com", ["kefu@longxuetang.com"], "course marketplace's service e-mail"),
 ("domain", "longxuetang.com", ["www.longxuetang.com"], "course marketplace's own domain"),
 ("other", "陇ICP备19003217号-1", ["陇ICP备19003217号-1"], "course marketplace's ICP licence"),
 ("qq_group", "614275893", ["614275893"], "forum's official QQ group"),
 ("phone", "0931-8826510", ["0931-8826510"], "forum's report line"),
 ("phone", "0931-4603388", ["0931-4603388"], "classifieds platform's customer service"),
 ("domain", "lz114fl.com", ["www.lz114fl.com"], "classifieds platform's own domain"),
 ("email", "jubao@zhiliaowenda.cn", ["jubao@zhiliaowenda.cn"], "Q&A site's report e-mail"),
 ("phone", "4001166205", ["400-1166-205"], "short-video platform's customer service"),
 ("phone", "0931-8155110", ["0931-8155110"], "news portal's news hotline"),
 ("email", "admin@wxwenzhai.net", ["admin@wxwenzhai.net"], "repost site's contact e-mail"),
 ("phone", "0931-8470092", ["0931-8470092"], "web agency that built two company sites"),
 ("phone", "+8617793156402", ["177 9315 6402"], "scammer phone quoted in news, complaints and comments"),
 ("wechat", "zsrz_kefu8", ["zsrz_kefu8"], "scammer WeChat quoted in warnings and comments"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in posting form"),
 ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder in subscribe forms"),
 ("phone", "0931-8867721", ["0931-8867721"], "front desk of a building where several sellers rent rooms"),
 ("qq", "3091847726", ["3091847726"], "a reader's own QQ left in comments"),
 ("other", "19620250311", ["19620250311"], "assessment batch number shaped like a phone"),
 ("other", "S000062000001255000188", ["S000062000001255000188"], "stock sample certificate number on several ads"),
]

def find(written, text):
    pre = r"(?<![0-9A-Za-z_])" if written[0].isalnum() else ""
    post = r"(?![0-9A-Za-z_])" if written[-1].isalnum() else ""
    return re.search(pre + re.escape(written) + post, text) is not None

def render(pg):
    s = SITES.get(pg["site"])
    if s is None:
        return None
    sib = [q for q in PAGES if q["site"] == pg["site"] and q["path"] != pg["path"]]
    idx = "/" + pg["site"] + "/index.html"
    nav = "".join(f"<a href='{idx}'>{n}</a>" for n in s["nav"])
    crumbs = f"<a href='/index.html'>导航</a> &gt; <a href='{idx}'>{s['name']}</a> &gt; {pg['title']}"
    rel = "".join(f"<li><a href='{q['path']}'>{q['title']}</a></li>" for q in sib)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{pg['title']}</title></head>
<body class="{s['style']}">
<header><div class="logo">{s['name']}</div><nav>{nav}</nav></header>
<div class="crumbs">{crumbs}</div>
<main>
{pg['body']}
</main>
<aside>{s['side']}<h3>相关链接</h3><ul>{rel}</ul></aside>
<footer>{s['foot']}</footer>
</body></html>
"""

def main():
    # site index pages (non-offer) for every site that has none yet
    for key, s in SITES.items():
        if not any(p["path"] == f"/{key}/index.html" for p in PAGES):
            lst = "".join(f"<li><a href='{q['path']}'>{q['title']}</a></li>" for q in PAGES if q["site"] == key)
            P(f"/{key}/index.html", key, f"{s['name']} - 首页", f"<h1>{s['name']}</h1><h2>最新内容</h2><ul>{lst}</ul>",
              note=f"site index of {s['name']} ({s['style']})")
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    html = {}
    for pg in PAGES:
        html[pg["path"]] = render(pg)
    links = "".join(f"<li><a href='/{k}/index.html'>{s['name']}</a>({s['style']})</li>" for k, s in SITES.items())
    html["/index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>兰州本地生活导航</title></head>
<body><h1>兰州本地生活导航</h1><ul>{links}</ul><footer>兰州本地生活导航 收录站点仅供参考</footer></body></html>
"""
    PAGES.append(dict(path="/index.html", site=None, title="导航", body="", is_offer=False, operator=None,
                      provider=None, identifiers=[], note="navigation page linking every site index"))
    for path, h in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = sorted(PAGES, key=lambda p: p["path"])
    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pl = [p["path"] for p in pages if any(find(w, html[p["path"]]) for w in ws)]
        decoys.append({"kind": k, "value": v, "written": ws, "pages": pl, "why": why})
    truth = {"pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                        "provider": p["provider"], "identifiers": p["identifiers"], "note": p["note"]} for p in pages],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
