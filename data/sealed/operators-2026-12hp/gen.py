#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer certificate sellers (deterministic, stdlib only)."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


U01_USCC = uscc("52441402", "MJ7A3K58")
U03_USCC = uscc("91440101", "MA5C2Y7R")
U04_USCC = uscc("92441402", "MA52W1DK")
U05_USCC = uscc("91440300", "MA5F8N3L")
U09_USCC = uscc("91440106", "MA9W4T0P")

SITES = {
    "zhixin": ("梅州智信职业技能培训学校", "training"),
    "kezhan": ("课栈网 · 职业技能课程", "market"),
    "bbs": ("客都论坛", "forum"),
    "58mz": ("梅州同城分类信息网", "classifieds"),
    "wenda": ("问一问 · 职业教育问答", "qa"),
    "wx": ("微文汇 · 公众号文章精选", "wechat"),
    "video": ("抖客短视频 · 网页版", "video"),
    "news": ("梅州视窗", "news"),
    "hrss": ("梅州市人力资源和社会保障服务信息网", "gov"),
    "shop": ("优选好物商城", "shop"),
    "blog": ("老陈的职场笔记", "blog"),
}

FOOT = {
    "zhixin": "梅州智信职业技能培训学校 版权所有 · 地址:梅州市梅江区江南路 · 粤ICP备20051873号-1",
    "kezhan": "课栈网 kezhan365.com · 客服热线 400-611-8090 · 客服邮箱 kf@kezhan365.com · 粤ICP备19088321号-2 · 平台仅提供信息展示,课程由入驻机构提供",
    "bbs": "客都论坛 www.mzhakka.net · 论坛QQ交流群:583920147 · 版务邮箱 bz@mzhakka.net · 发帖请遵守版规",
    "58mz": "梅州同城分类信息网 · 客服电话 0753-2101858 · 信息由网友发布,交易前请核实,谨防受骗",
    "wenda": "问一问 wenwen-zy.com · 回答仅代表答主观点 · 违规举报 jubao@wenwen-zy.com",
    "wx": "微文汇 wxwenhui.com · 文章来源于公众号,版权归原作者 · 侵权联系 copyright@wxwenhui.com",
    "video": "抖客短视频网页版 · 违法和不良信息举报电话 400-886-2309 · 未成年人保护",
    "news": "梅州视窗 · 新闻热线 0753-2185110 · 粤ICP备17033412号 · 互联网新闻信息服务",
    "hrss": "主办:梅州市人力资源和社会保障服务信息网(示例) · 政务服务热线 12345 · 人社咨询 12333",
    "shop": "优选好物商城 · 平台客服QQ 3006688512 · 支付由支付宝/微信支付提供(支付宝客服 95188)",
    "blog": "老陈的职场笔记 · Powered by WordPress · 转载请注明出处",
}

MENU = {
    "zhixin": ["首页", "学校简介", "培训项目", "报名须知", "联系我们"],
    "kezhan": ["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
    "bbs": ["论坛首页", "梅城生活", "求职招聘", "学习考证", "投诉曝光"],
    "58mz": ["首页", "教育培训", "招聘", "二手", "房产"],
    "wenda": ["首页", "职业教育", "考证", "热门问题", "我要提问"],
    "wx": ["首页", "教育", "职场", "本地", "科技"],
    "video": ["推荐", "关注", "同城", "学习", "直播"],
    "news": ["首页", "本地新闻", "民生", "教育", "热线"],
    "hrss": ["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
    "shop": ["首页", "图书教材", "虚拟课程", "本地特产", "我的订单"],
    "blog": ["首页", "考证", "职场", "关于我"],
}

PAGES = []  # dicts


def P(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", sidebar=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note, sidebar=sidebar))


CERT_SAMPLE = "S000044140001253000128"  # 22 chars, sample number on a copied certificate picture
assert re.fullmatch(r"S\d{21}", CERT_SAMPLE)
BATCH = "13720250918"  # 认定批次号 that looks like a mobile number

# ------------------------------------------------------------------ U01 梅州智信 (honest, local training school)
P("/zhixin/ai-trainer.html", "人工智能训练师(四级/三级)职业技能等级认定培训招生简章",
  f"""<h1>人工智能训练师(四级/三级)培训招生简章</h1>
<p class="meta">发布:教务处 · 2025-11-20</p>
<p>人工智能训练师(职业编码4-04-05-05)为人社部等三部门2020年发布的新职业,设数据标注员、人工智能算法测试员两个工种。本校为梅州市人社部门备案的职业技能等级认定评价机构,经备案的职业(工种)以公示为准。</p>
<h2>报名条件</h2><ul><li>四级:取得五级证书后从事本职业4年,或累计从事本职业6年,或相关专业技工学校毕业;</li><li>三级:取得四级证书后从事本职业5年等(详见国家职业技能标准2021年版)。</li></ul>
<p>培训50~60课时,理论+实操,考核合格颁发职业技能等级证书,证书可在技能人才评价证书全国联网查询(zscx.osta.org.cn)或证书所印 jndj.osta.org.cn 查询。符合条件的参保职工可申领技能提升补贴(四级1500元、三级2000元),具体以人社部门审核为准。</p>
<p>实操考核地点:嘉应学院考点(考点前台 0753-2186300,仅负责考场事务,不受理报名)。本期认定批次号 {BATCH}。</p>
<div class="contact"><h3>报名咨询</h3><p>咨询电话:0753-2236618 / 139 2538 1640(李老师)</p><p>办学许可与登记证书:统一社会信用代码 {U01_USCC}</p><p>官网:www.mzzhixin.com</p></div>
<p>本校郑重提示:不承诺包过,不代办证书。劳动争议及培训投诉可拨打 12333。</p>""",
  True, "U01", "梅州智信职业技能培训学校",
  [("phone", "07532236618", "0753-2236618"),
   ("phone", "+8613925381640", "139 2538 1640"), ("uscc", U01_USCC, U01_USCC), ("domain", "mzzhixin.com", "www.mzzhixin.com")],
  "training school's own enrolment page")
P("/zhixin/data-label.html", "数据标注员(人工智能训练师五级)周末班",
  f"""<h1>数据标注员周末班(人工智能训练师·五级)</h1>
<p>面向已从事数据处理、客服质检、电商运营满1年的在职人员(五级要求累计从事相关职业1年,或完成学徒期)。</p>
<p>课程:数据采集与清洗、图像/文本/语音标注规范、标注工具实操、质检流程。共60课时,周六日上课,学费1280元,参保满1年可申领五级补贴最高1000元。</p>
<p>咨询李老师:13925381640(同微信) 或加微信 mzzx_px</p><p>邮箱:zhaosheng@mzzhixin.com</p>
<p>证书样本见附件(样本编号 {CERT_SAMPLE},仅作示例)。</p>""",
  True, "U01", "智信培训",
  [("phone", "+8613925381640", "13925381640"), ("wechat", "mzzx_px", "mzzx_px"),
   ("email", "zhaosheng@mzzhixin.com", "zhaosheng@mzzhixin.com"), ("domain", "mzzhixin.com", "mzzhixin.com")],
  "training school's level-5 course page")
P("/kezhan/course-3.html", "【梅州线下】人工智能训练师四级 认定培训班 - 智信教育",
  f"""<h1>【梅州线下】人工智能训练师四级 认定培训班</h1>
<table class="info"><tr><td>机构</td><td>智信教育(梅州)</td></tr><tr><td>课程编号</td><td>KZ-2025-0871</td></tr><tr><td>价格</td><td>¥1980</td></tr><tr><td>课时</td><td>50课时</td></tr></table>
<p>机构简介:梅州本地职业技能培训学校,开设电工、育婴员、人工智能训练师等项目。报名前请核对申报条件,不符合条件不收费。</p>
<p>机构联系方式:zero七五三-2236618(工作日),微信 MZZX_PX</p>""",
  True, "U01", "智信教育",
  [("phone", "07532236618", "zero七五三-2236618"), ("wechat", "mzzx_px", "MZZX_PX")],
  "marketplace listing of the training school")
P("/58mz/post-2.html", "梅江区 人工智能训练师/数据标注 培训报名 正规备案机构",
  f"""<h1>梅江区 人工智能训练师/数据标注 培训报名</h1>
<p class="tags">教育培训 · 职业技能 · 梅江区</p>
<p>梅州智信培训学校开班啦!五级/四级,理论+上机,周末班晚班都有。按国家标准申报,条件不符不收费。本期批次号{BATCH}。</p>
<p>联系人:李老师 电话 139-2538-1640 座机 0753 2236618</p>
<p class="warn">联系我时请说是在梅州同城分类信息网上看到的,谢谢!</p>""",
  True, "U01", "梅州智信培训学校",
  [("phone", "+8613925381640", "139-2538-1640"), ("phone", "07532236618", "0753 2236618")],
  "classified ad of the training school")

# ------------------------------------------------------------------ U02 职达教育 (dishonest, 包过)
P("/58mz/post-1.html", "人工智能训练师证 包过 不用考试 国家证书 全国通用",
  """<h1>人工智能训练师证 包过!不用到场考试</h1>
<p>零基础 不限学历 不限经验,一次报三级+二级+一级,三证一起拿优惠!人社部颁发,全国联网可查,可挂靠年入3万+。</p>
<p>只需提供身份证照片+一寸照,30天出证,不过全额退款。</p>
<p>加微信:zd_ai888 电话:186 0753 7721(王老师)</p>
<p>职达教育 · 嘉应职达教育咨询</p>""",
  True, "U02", "职达教育",
  [("wechat", "zd_ai888", "zd_ai888"), ("phone", "+8618607537721", "186 0753 7721")],
  "classified ad selling three levels at once, 包过")
P("/wx/article-1.html", "重磅!2026年人工智能训练师最后一批报名,错过再等一年",
  """<h1>重磅!2026年人工智能训练师最后一批报名,错过再等一年</h1>
<p class="src">来源公众号:职达考证圈 · 原创</p>
<p>国家人社部认证新职业,证书终身有效,全国通用!人社部证书退出,哪家证书来接盘?答案就是人工智能训练师!</p>
<p>✔ 免培训 ✔ 包通过 ✔ 国家认可 ✔ 官方认证</p>
<p>原价9999,限时1999元包三级,技师+高级技师套餐另议。</p>
<p>报名请添加老师威信:ZD_AI888,或扣扣 2874561093</p>""",
  True, "U02", "职达考证圈",
  [("wechat", "zd_ai888", "ZD_AI888"), ("qq", "2874561093", "2874561093")],
  "WeChat-article repost, scam wording")
P("/video/v-2.html", "AI训练师证书到底值不值?看完你就懂了",
  """<h1>AI训练师证书到底值不值?看完你就懂了</h1>
<p class="author">@职达王老师 · 1.2万赞</p>
<p>视频文案:90%小白都能学会!拿到证书就能升职加薪,包过班名额最后10个。</p>
<p>简介:咨询看主页 VX zd_ai888 | 电话 1 8 6 0 7 5 3 7 7 2 1</p>
<div class="comments"><p>网友A:真的不用考吗?</p><p>作者回复:不用,资料交齐等拿证</p></div>""",
  True, "U02", "职达王老师",
  [("wechat", "zd_ai888", "zd_ai888"), ("phone", "+8618607537721", "1 8 6 0 7 5 3 7 7 2 1")],
  "short-video page of the 包过 seller")
P("/shop/item-2.html", "人工智能训练师三级报名费 代报名 快速拿证 资料审核",
  """<h1>人工智能训练师三级 报名服务费</h1>
<p class="price">¥1999.00 <del>¥9999</del></p>
<p>店铺:职达证书服务店</p>
<p>拍下后联系客服提交资料,30个工作日出证,官网可查。不过退全款。</p>
<p>售后QQ:2874 5610 93</p>""",
  True, "U02", "职达证书服务店",
  [("qq", "2874561093", "2874 5610 93")],
  "shop item selling level 3 with fast certificate")

# ------------------------------------------------------------------ U03 启元AI学院 (Guangzhou online, mixed)
P("/kezhan/course-1.html", "人工智能训练师三级 直播+录播 认证班 - 启元AI学院",
  """<h1>人工智能训练师三级 直播+录播 认证班</h1>
<table class="info"><tr><td>机构</td><td>启元AI学院</td></tr><tr><td>课程编号</td><td>KZ-2025-0342</td></tr><tr><td>价格</td><td>¥3680</td></tr></table>
<p>课程覆盖业务分析、智能训练、智能系统设计、培训与指导。协助报名人社部门备案评价机构的认定考试。需满足三级申报条件。</p>
<p>报名表填写:jinshuju.net/f/qy3680(金数据表单)</p>
<p>机构热线 400-990-6628</p>""",
  True, "U03", "启元AI学院",
  [("phone", "4009906628", "400-990-6628")],
  "marketplace listing of an online school")
P("/wx/article-3.html", "AI时代,这个新职业月薪过万!附人工智能训练师报考指南",
  """<h1>AI时代,这个新职业月薪过万!附报考指南</h1>
<p class="src">来源公众号:启元AI学院</p>
<p>人工智能训练师是人社部认证的新职业……职业技能等级证书直接对应职称证书!三级+2年=人工智能助理工程师。</p>
<p>启元AI学院2026春季班火热招生,四级/三级,线上学习,统一组织考试。</p>
<p>报名热线:4009906628 邮箱:zhaosheng@qiyuanai.cn</p>
<p>广东启元人工智能科技有限公司</p>""",
  True, "U03", "启元AI学院",
  [("phone", "4009906628", "4009906628"), ("email", "zhaosheng@qiyuanai.cn", "zhaosheng@qiyuanai.cn")],
  "WeChat advertorial with 职称 overclaim")
P("/news/adv-1.html", "【推广】广东启元:助力粤东学员掌握人工智能训练技能",
  f"""<h1>广东启元:助力粤东学员掌握人工智能训练技能</h1>
<p class="meta">梅州视窗 · 推广 · 2025-12-02</p>
<p>近日,广东启元人工智能科技有限公司(统一社会信用代码:{U03_USCC})在梅州开展人工智能训练师公益宣讲,现场有四十余名学员报名四级认定培训。</p>
<p>学员可登录 WWW.QIYUANAI.CN 报名,或致电 400 990 6628 咨询。</p>""",
  True, "U03", "广东启元人工智能科技有限公司",
  [("uscc", U03_USCC, U03_USCC), ("domain", "qiyuanai.cn", "WWW.QIYUANAI.CN"), ("phone", "4009906628", "400 990 6628")],
  "sponsored news article inviting enrolment")
P("/blog/post-3.html", "我在启元学人工智能训练师的30天(附报名方式)",
  """<h1>我在启元学人工智能训练师的30天</h1>
<p>去年底报了启元的三级班,讲讲真实体验:直播课质量还行,实操要自己多练……</p>
<p>想报名的朋友可以直接找招生老师,邮箱 zhaosheng(at)qiyuanai.cn,报我名字有优惠券。</p>""",
  True, "U03", "启元",
  [("email", "zhaosheng@qiyuanai.cn", "zhaosheng(at)qiyuanai.cn")],
  "blog post with referral to the online school")

# ------------------------------------------------------------------ U04 客都数智 (dishonest, 人社部颁发)
P("/bbs/thread-2.html", "【转】梅州本地人工智能训练师三级直接报,人社部颁发",
  """<h1>梅州本地人工智能训练师三级直接报,人社部颁发</h1>
<div class="post"><p class="user">楼主:客都数智小陈</p>
<p>人社部颁发!三级人工智能训练师直接考,无门槛,不限年龄不限专业,可享补贴几乎免费。</p>
<p>有意向的加V:kdsz2024,电话135 0246 7790</p></div>
<div class="reply"><p class="user">梅城阿强</p><p>我VX:aqiang_0753 有资料的私我</p></div>
<div class="reply"><p class="user">嘉应过客</p><p>人社部不发证的吧,楼主别乱讲</p></div>""",
  True, "U04", "客都数智",
  [("wechat", "kdsz2024", "kdsz2024"), ("phone", "+8613502467790", "135 0246 7790")],
  "forum post, 人社部颁发 claim")
P("/bbs/thread-4.html", "二级技师也能直接考?客都数智人才服务中心答疑",
  """<h1>二级技师也能直接考?答疑</h1>
<div class="post"><p class="user">楼主:kdsz客服</p>
<p>很多朋友问零基础能不能报二级技师,可以的!我们中心特殊通道,三个月拿证。</p>
<p>客都数智人才服务中心 联系:13502467790</p></div>
<div class="reply"><p class="user">梅城阿强</p><p>又是你们,我VX:aqiang_0753,先把资料发我看看</p></div>""",
  True, "U04", "客都数智人才服务中心",
  [("phone", "+8613502467790", "13502467790")],
  "forum post selling level 2 to beginners")
P("/video/v-1.html", "梅州人注意!人工智能训练师补贴来了",
  f"""<h1>梅州人注意!人工智能训练师补贴来了</h1>
<p class="author">@客都数智人才 · 3456赞</p>
<p>视频文案:人社部颁发的人工智能训练师证,三级补贴3120元,报名几乎免费!</p>
<p>简介:私信或 ＋V kdsz2024 ;收款单位 梅州市梅江区客都数智信息咨询服务部</p>
<div class="comments"><p>用户7788:怎么报?我扣扣1097735521</p><p>用户9021:梅州也有3120吗?</p></div>""",
  True, "U04", "客都数智人才",
  [("wechat", "kdsz2024", "kdsz2024"), ("other", "梅州市梅江区客都数智信息咨询服务部", "梅州市梅江区客都数智信息咨询服务部")],
  "short video with inflated subsidy claim")
P("/shop/item-1.html", "人工智能训练师认定报名 定金 梅州可线下",
  f"""<h1>人工智能训练师认定报名(定金)</h1><p class="price">¥500.00</p>
<p>店铺:客都数智企业店 · 营业执照:{U04_USCC}</p>
<p>收款方:梅州市梅江区客都数智信息咨询服务部。人社部颁发证书,全国可查。</p>
<p>证书样图编号 {CERT_SAMPLE}</p><p>订单备注请留手机号,我们会致电 135-0246-7790 联系您。</p>""",
  True, "U04", "客都数智企业店",
  [("uscc", U04_USCC, U04_USCC), ("other", "梅州市梅江区客都数智信息咨询服务部", "梅州市梅江区客都数智信息咨询服务部"),
   ("phone", "+8613502467790", "135-0246-7790")],
  "shop deposit page")

# ------------------------------------------------------------------ U05 灵犀标注 (Shenzhen annotation company)
P("/58mz/post-4.html", "招聘数据标注员 可居家 先培训考证后上岗",
  """<h1>招聘数据标注员 可居家 日结</h1>
<p>深圳灵犀数据标注公司梅州项目组招人,无经验可,需先参加人工智能训练师(数据标注员)岗前培训,培训费880元,考证后安排接单。</p>
<p>HR 邮箱 hr@lingxi-bz.com ,Q:3150027746</p>""",
  True, "U05", "深圳灵犀数据标注",
  [("email", "hr@lingxi-bz.com", "hr@lingxi-bz.com"), ("qq", "3150027746", "3150027746")],
  "job ad that charges a training fee first")
P("/wenda/q-3.html", "数据标注居家兼职要先交培训费考证,正常吗?",
  """<h1>数据标注居家兼职要先交培训费考证,正常吗?</h1>
<div class="answer"><p class="user">答主:灵犀标注学院-招生</p>
<p>您好,我们是正规企业,培训是为了让您达到接单质量,考取人工智能训练师五级证书后可长期接单。详询 0755-26638891 或 扣扣 315 002 7746。</p></div>
<div class="answer"><p class="user">答主:路人乙</p><p>先交钱的兼职多半有问题,建议慎重。</p></div>""",
  True, "U05", "灵犀标注学院",
  [("phone", "075526638891", "0755-26638891"), ("qq", "3150027746", "315 002 7746")],
  "Q&A answer by the seller")
P("/kezhan/course-4.html", "数据标注员岗前培训+人工智能训练师五级 - 灵犀标注学院",
  f"""<h1>数据标注员岗前培训 + 人工智能训练师五级</h1>
<table class="info"><tr><td>机构</td><td>灵犀标注学院</td></tr><tr><td>课程编号</td><td>KZ-2025-1107</td></tr><tr><td>价格</td><td>¥880</td></tr></table>
<p>结业推荐合作企业接单。主办:深圳市灵犀数据科技有限公司,信用代码 {U05_USCC}。</p>
<p>咨询:(0755)26638891</p>""",
  True, "U05", "灵犀标注学院",
  [("uscc", U05_USCC, U05_USCC), ("phone", "075526638891", "(0755)26638891")],
  "marketplace listing of the annotation company")

# ------------------------------------------------------------------ U06 南粤职培网 (online agent)
P("/wx/article-2.html", "人工智能训练师报名入口已开通(附官方查询方式)",
  """<h1>人工智能训练师报名入口已开通</h1>
<p class="src">来源公众号:南粤职培</p>
<p>证书可在 zscx.osta.org.cn 查询。四级/三级网上报名,统一安排考点。</p>
<p>报名表:jinshuju.net/f/nyzp26 ,客服微信 nyzp-kefu ,官网 nanyuezp.com</p>""",
  True, "U06", "南粤职培",
  [("wechat", "nyzp-kefu", "nyzp-kefu"), ("domain", "nanyuezp.com", "nanyuezp.com")],
  "WeChat repost of an online agent")
P("/video/v-3.html", "3分钟看懂人工智能训练师怎么报名",
  """<h1>3分钟看懂人工智能训练师怎么报名</h1>
<p class="author">@南粤职培网 · 892赞</p>
<p>简介:报名看置顶,官网 NanYueZP.com ,电话 158-1394-0027</p>""",
  True, "U06", "南粤职培网",
  [("domain", "nanyuezp.com", "NanYueZP.com"), ("phone", "+8615813940027", "158-1394-0027")],
  "short video of the online agent")
P("/wenda/q-5.html", "人工智能训练师网上报名靠谱吗?哪里能报?",
  """<h1>人工智能训练师网上报名靠谱吗?</h1>
<div class="answer"><p class="user">答主:南粤职培老师</p><p>可以网上报,我们代为审核资料后推送至评价机构,考试需本人到考点。联系 15813940027(微信同号 nyzp-kefu)。</p></div>""",
  True, "U06", "南粤职培",
  [("phone", "+8615813940027", "15813940027"), ("wechat", "nyzp-kefu", "nyzp-kefu")],
  "Q&A answer by the online agent")

# ------------------------------------------------------------------ U07 兴宁华科电脑培训 (honest local school)
P("/58mz/post-3.html", "兴宁华科电脑培训 人工智能训练师五级晚班招生",
  f"""<h1>兴宁华科电脑培训 人工智能训练师五级晚班</h1>
<p>兴宁市区老牌电脑培训,开设办公软件、平面设计、数据标注(人工智能训练师五级)课程。五级需从事相关工作满1年。</p>
<p>地址:兴宁市兴城 · 电话 0753-3326088 · 手机 137 5055 6213。认定批次号{BATCH}</p>""",
  True, "U07", "兴宁华科电脑培训",
  [("phone", "07533326088", "0753-3326088"), ("phone", "+8613750556213", "137 5055 6213")],
  "classified ad of a local computer school")
P("/bbs/thread-3.html", "兴宁有没有靠谱的人工智能训练师培训?",
  """<h1>兴宁有没有靠谱的人工智能训练师培训?</h1>
<div class="post"><p class="user">楼主:宁江人</p><p>想考个五级,有没有兴宁本地的推荐?</p></div>
<div class="reply"><p class="user">华科电脑-钟老师</p><p>我们华科有晚班,实操考点在嘉应学院考点(前台 0753-2186300 只管考场),报名找我 13750556213 微信同号。</p></div>
<div class="reply"><p class="user">梅城阿强</p><p>同问,我VX:aqiang_0753</p></div>""",
  True, "U07", "华科电脑",
  [("phone", "+8613750556213", "13750556213")],
  "forum thread with the school's reply")
P("/news/local-1.html", "兴宁:民办培训学校开设人工智能训练师班 助力数字就业",
  """<h1>兴宁:民办培训学校开设人工智能训练师班</h1>
<p class="meta">梅州视窗 · 本地新闻</p>
<p>记者从兴宁华科电脑培训学校获悉,该校新开设的人工智能训练师(五级)晚班已招收学员30余名。负责人表示,报名须符合国家标准的申报条件,学校不承诺包过。</p>
<p>有意报名者可致电 0753—3326088 咨询。</p>""",
  True, "U07", "兴宁华科电脑培训学校",
  [("phone", "07533326088", "0753—3326088")],
  "local news item with enrolment contact")

# ------------------------------------------------------------------ U08 智课优选 (question-bank seller)
P("/kezhan/course-2.html", "人工智能训练师三级 题库+精讲 考前冲刺 - 智课优选",
  """<h1>人工智能训练师三级 题库+精讲</h1>
<table class="info"><tr><td>机构</td><td>智课优选</td></tr><tr><td>课程编号</td><td>KZ-2025-0655</td></tr><tr><td>价格</td><td>¥299</td></tr></table>
<p>内部信息押题,命题组老师出品,通过率百分百!购买后进学员群 736281945。</p>""",
  True, "U08", "智课优选",
  [("qq_group", "736281945", "736281945")],
  "marketplace course with 命题组/押题 wording")
P("/shop/item-3.html", "人工智能训练师 题库 三级四级 真题 报名指导",
  """<h1>人工智能训练师题库 三级/四级 + 报名指导</h1><p class="price">¥199.00</p>
<p>店铺:智课优选旗舰店</p><p>送报名指导服务,可代报考。拍下后加客服微信 zkyx_study,进学习群(群号 7362 81945)。</p>""",
  True, "U08", "智课优选旗舰店",
  [("wechat", "zkyx_study", "zkyx_study"), ("qq_group", "736281945", "7362 81945")],
  "shop item: question bank plus registration")
P("/wenda/q-2.html", "人工智能训练师三级考试难吗?有没有题库?",
  """<h1>人工智能训练师三级考试难吗?有没有题库?</h1>
<div class="answer"><p class="user">答主:zk学姐</p><p>理论+实操两部分,理论刷题就行。我用的智课优选题库,还能帮报名,客服薇信:Zkyx_Study</p></div>""",
  True, "U08", "智课优选",
  [("wechat", "zkyx_study", "Zkyx_Study")],
  "Q&A answer promoting the seller")

# ------------------------------------------------------------------ U09 博睿职业技能鉴定咨询 (scam, 国家职业资格)
P("/wx/article-4.html", "工信部人工智能三级证书报名通知",
  """<h1>工信部人工智能三级证书报名通知</h1>
<p class="src">来源公众号:博睿鉴定</p>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办,颁发国家职业资格证书,入库可查(查询网站 www.zgzyzgcx.cn)。</p>
<p>报名热线 176 2089 3354 ,官网 bor-jd.cn</p>""",
  True, "U09", "博睿鉴定",
  [("phone", "+8617620893354", "176 2089 3354"), ("domain", "bor-jd.cn", "bor-jd.cn")],
  "WeChat repost with 工信部 and fake query site")
P("/video/v-4.html", "国家职业资格证书还能考的最后几个",
  """<h1>国家职业资格证书还能考的最后几个</h1>
<p class="author">@博睿职业技能鉴定咨询 · 5021赞</p>
<p>文案:人工智能训练师国家职业资格证书,一级高级技师可直接报,不看学历!</p>
<p>简介:VX borui_jd ☎17620893354</p>""",
  True, "U09", "博睿职业技能鉴定咨询",
  [("wechat", "borui_jd", "borui_jd"), ("phone", "+8617620893354", "17620893354")],
  "short video selling level 1 directly")
P("/blog/post-1.html", "人工智能训练师证书含金量分析及报考渠道",
  f"""<h1>人工智能训练师证书含金量分析及报考渠道</h1>
<p>……综上,推荐通过正规机构报考。笔者合作机构:广州博睿职业技能鉴定咨询有限公司(统一社会信用代码 {U09_USCC}),微信 BORUI_JD,全程代办。</p>""",
  True, "U09", "广州博睿职业技能鉴定咨询有限公司",
  [("uscc", U09_USCC, U09_USCC), ("wechat", "borui_jd", "BORUI_JD")],
  "SEO blog post with agency referral")

# ------------------------------------------------------------------ independents
P("/kezhan/course-5.html", "Python+人工智能训练师四级 线上课 - 星火数智课堂",
  """<h1>Python+人工智能训练师四级 线上课</h1>
<table class="info"><tr><td>机构</td><td>星火数智课堂</td></tr><tr><td>课程编号</td><td>KZ-2025-1290</td></tr><tr><td>价格</td><td>¥2580</td></tr></table>
<p>含数据采集和处理、数据标注、智能系统运维,结课后推荐报名认定。咨询 xinghuo_ai@126.com</p>""",
  True, "I01", "星火数智课堂", [("email", "xinghuo_ai@126.com", "xinghuo_ai@126.com")], "independent marketplace course")
P("/58mz/post-5.html", "梅县区 人工智能训练师 一对一辅导 报考指导",
  """<h1>梅县区 人工智能训练师 一对一辅导</h1>
<p>本人有三级证书,可一对一辅导实操,100元/课时。联系电话:(填写示例:13800138000)实际请打 152 1987 0634 黄先生</p>""",
  True, "I02", "黄先生", [("phone", "+8615219870634", "152 1987 0634")], "independent tutor classified ad")
P("/bbs/thread-5.html", "出人工智能训练师四级培训名额一个 原价转让",
  """<h1>出人工智能训练师四级培训名额一个</h1>
<div class="post"><p class="user">楼主:蕉岭小林</p><p>报了班没时间去,名额原价1500转,可以跟机构改名。QQ 2450918763</p></div>""",
  True, "I03", "蕉岭小林", [("qq", "2450918763", "2450918763")], "forum post reselling a course seat")
P("/video/v-5.html", "数据标注学起来!人工智能训练师入门课",
  """<h1>数据标注学起来!人工智能训练师入门课</h1>
<p class="author">@阿Ken讲AI · 211赞</p><p>简介:入门课99元,主页橱窗购买;合作邮箱 aken_ai@qq.com</p>
<div class="comments"><p>用户7788:想学,我扣扣1097735521</p></div>""",
  True, "I04", "阿Ken讲AI", [("email", "aken_ai@qq.com", "aken_ai@qq.com")], "independent short-video course")
P("/shop/item-4.html", "人工智能训练师五级教材+视频课 梅州自提",
  f"""<h1>人工智能训练师五级 教材+视频课</h1><p class="price">¥168.00</p>
<p>店铺:嘉禾书苑</p><p>客服电话:13800138000(模板未改,请以下方为准)店主手机 189 2506 4412</p><p>证书样本编号 {CERT_SAMPLE}</p>""",
  True, "I05", "嘉禾书苑", [("phone", "+8618925064412", "189 2506 4412")], "independent shop with course bundle")
P("/wenda/q-4.html", "大埔哪里可以报人工智能训练师?",
  """<h1>大埔哪里可以报人工智能训练师?</h1>
<div class="answer"><p class="user">答主:大埔职校吴老师</p><p>我们大埔县茶阳职业技能培训中心下月开五级班,报名电话 0753-5523617。</p></div>""",
  True, "I06", "大埔县茶阳职业技能培训中心", [("phone", "07535523617", "0753-5523617")], "independent answer with enrolment")

# ------------------------------------------------------------------ non-offers
P("/news/warn-1.html", "警惕!“人工智能训练师包过”骗局 梅州一市民被骗6800元",
  """<h1>警惕!“人工智能训练师包过”骗局</h1>
<p class="meta">梅州视窗 · 民生 · 2025-12-05</p>
<p>市民刘女士在网上看到“人社部颁发、包过、三证一起拿”的广告,转账6800元后对方失联。对方使用的骗子电话为 138 2710 4456。</p>
<p>人社部门提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。另有假冒查询网站 zgzyzgcx.cn 冒充官方,请勿相信。遇到虚假宣传可拨打 12315 投诉,政策咨询拨打 12333。</p>""",
  note="news warning quoting a scammer number")
P("/hrss/notice-1.html", "关于2025年第四批职业技能等级认定工作的公告",
  f"""<h1>关于2025年第四批职业技能等级认定工作的公告</h1>
<p>各有关单位:根据人社职司便函〔2020〕17号,现将本批次认定安排公告如下。认定批次号:{BATCH}。</p>
<p>考点:嘉应学院考点(前台电话 0753-2186300)。证书查询:jndj.osta.org.cn、zscx.osta.org.cn。</p>
<p>本公告不涉及任何培训收费,谨防以“人社部颁发”“包过”为名的诈骗。咨询电话 12333。</p>""",
  note="official-style notice")
P("/bbs/thread-1.html", "【曝光】被“职业资格证”骗了,大家别上当",
  """<h1>【曝光】被骗了,大家别上当</h1>
<div class="post"><p class="user">楼主:梅江受害者</p><p>对方电话13827104456,说包过,交钱后拉黑。已打12315投诉。</p></div>
<div class="reply"><p class="user">梅城阿强</p><p>同被骗,我VX:aqiang_0753 一起维权</p></div>""",
  note="forum complaint thread")
P("/wenda/q-1.html", "人工智能训练师证书怎么查真假?",
  f"""<h1>人工智能训练师证书怎么查真假?</h1>
<div class="answer"><p class="user">答主:人社小百科</p><p>登录技能人才评价证书全国联网查询 zscx.osta.org.cn,输入姓名、证件号和证书编号。证书编号是22位,如 {CERT_SAMPLE} 这样的格式(示例)。有人用 138 2710 4456 打电话推销“包过”,是骗子。咨询 12333。</p></div>""",
  note="Q&A guide on verifying certificates")
P("/blog/post-2.html", "人工智能训练师五个等级的申报条件整理",
  """<h1>人工智能训练师五个等级的申报条件整理</h1>
<p>五级:累计从事本职业或相关职业1年,或学徒期满;四级:五级后4年,或累计6年……一级:二级后4年。零基础直接报二级、一级的广告都不可信。</p>
<p>查询:osta.mohrss.gov.cn。政策问题打 12333。</p>""",
  note="blog guide on eligibility")
P("/shop/item-5.html", "梅州金柚 沙田柚 5斤装 产地直发",
  """<h1>梅州金柚 沙田柚 5斤装</h1><p class="price">¥39.90</p><p>店铺:梅县柚农合作社</p><p>付款后48小时内发货。</p>""",
  note="unrelated shop item")

def frame(site, title, crumbs, body, sidebar_links, related):
    name, style = SITES[site]
    menu = "".join(f'<a href="/{site}/index.html">{m}</a>' for m in MENU[site])
    crumb = " &gt; ".join(crumbs)
    side = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in sidebar_links)
    rel = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {name}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="site-{style}">
<header class="top"><div class="logo">{name}</div><nav class="menu">{menu}</nav></header>
<div class="crumbs">当前位置:{crumb}</div>
<div class="wrap"><main class="content">{body}
<section class="related"><h3>相关推荐</h3><ul>{rel}</ul></section></main>
<aside class="sidebar"><h3>热门</h3><ul>{side}</ul></aside></div>
<footer class="foot">{FOOT[site]} · <a href="/index.html">返回导航</a></footer>
</body></html>
"""


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["path"].split("/")[1], []).append(p)
    index_pages = []
    out = {}
    for site in SITES:
        name, _ = SITES[site]
        pages = by_site.get(site, [])
        links = [(p["path"], p["title"]) for p in pages]
        lis = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        body = f"<h1>{name}</h1><p>最新内容</p><ul class='list'>{lis}</ul>"
        out[f"/{site}/index.html"] = frame(site, "首页", [f'<a href="/{site}/index.html">首页</a>'], body, links[:4], links[-3:])
        index_pages.append(dict(path=f"/{site}/index.html", is_offer=False, operator=None, provider=None,
                                identifiers=[], note=f"index page of {name} ({SITES[site][1]})"))
        for i, p in enumerate(pages):
            others = [l for l in links if l[0] != p["path"]]
            out[p["path"]] = frame(site, p["title"], [f'<a href="/{site}/index.html">首页</a>', p["title"]],
                                   p["body"], others[:4], others[-2:])
    hub = "".join(f'<li><a href="/{s}/index.html">{SITES[s][0]}</a></li>' for s in SITES)
    out["/index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>一周搜索记录 · 网址导航</h1><ul>{hub}</ul></body></html>
"""
    for path, html in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    decoys = [
        ("phone", "12333", ["12333"], "人社 national service hotline, quoted by many pages"),
        ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
        ("phone", "12345", ["12345"], "government service hotline in the 人社 site footer"),
        ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
        ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
        ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
        ("phone", "4006118090", ["400-611-8090"], "course marketplace customer-service number in footer"),
        ("email", "kf@kezhan365.com", ["kf@kezhan365.com"], "course marketplace footer e-mail"),
        ("domain", "kezhan365.com", ["kezhan365.com"], "course marketplace's own domain"),
        ("other", "粤ICP备19088321号-2", ["粤ICP备19088321号-2"], "marketplace ICP number"),
        ("qq_group", "583920147", ["583920147"], "forum's own QQ group in footer"),
        ("domain", "mzhakka.net", ["mzhakka.net"], "forum's own domain"),
        ("phone", "07532101858", ["0753-2101858"], "classifieds platform customer service"),
        ("domain", "wxwenhui.com", ["wxwenhui.com"], "WeChat-repost aggregator's own domain"),
        ("phone", "4008862309", ["400-886-2309"], "short-video platform report hotline"),
        ("phone", "07532185110", ["0753-2185110"], "news site hotline"),
        ("other", "粤ICP备17033412号", ["粤ICP备17033412号"], "news site ICP"),
        ("qq", "3006688512", ["3006688512"], "shop platform customer-service QQ"),
        ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
        ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by different sellers"),
        ("phone", "07532186300", ["0753-2186300"], "exam venue front desk, third party"),
        ("phone", "+8613827104456", ["138 2710 4456", "13827104456"], "scammer number quoted in warnings and complaints"),
        ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number copied by several sellers and a guide"),
        ("phone", "+86" + BATCH, [BATCH], "认定批次号 that looks like a mobile, quoted by the notice and two sellers"),
        ("phone", "+8613800138000", ["13800138000"], "template placeholder number left in two ads"),
        ("wechat", "aqiang_0753", ["aqiang_0753"], "a reader's own WeChat in comments under different sellers"),
        ("qq", "1097735521", ["1097735521"], "a reader's own QQ in video comments"),
        ("domain", "zgzyzgcx.cn", ["zgzyzgcx.cn"], "fake query site named in an ad; not the seller's contact"),
    ]
    texts = {p: open(os.path.join(SITE, p.lstrip("/")), encoding="utf-8").read() for p in out}
    dlist = []
    for kind, value, written, why in decoys:
        pages = sorted(p for p, t in texts.items() if any(w in t for w in written))
        dlist.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))

    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    truth_pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    truth_pages += index_pages
    truth_pages += [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                         identifiers=p["identifiers"], note=p["note"]) for p in PAGES]
    truth = dict(pages=sorted(truth_pages, key=lambda x: x["path"]), operators=dict(sorted(ops.items())), decoys=dlist)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
