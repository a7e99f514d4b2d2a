#!/usr/bin/env python3
"""Generate a small labeled web of 人工智能训练师 certificate sellers. Deterministic, stdlib only."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "site")

# ---------- GB 32100 / GB 11714 ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]

def _v11714(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55

def uscc(prefix8, body8):
    s = sum(_v11714(c) * w for c, w in zip(body8, W9))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    s17 = prefix8 + body8 + oc
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC = {
    "U01": uscc("91320213", "MA1P4R7K"),
    "U02": uscc("91110108", "MA01K8D3"),
    "U03": uscc("52150105", "MJ0W3T62"),
    "U05": uscc("91330106", "MA2KD7L1"),
    "U07": uscc("91110105", "MA00GH2P"),
}

# ---------- sites ----------
SITES = {
 "wxzq": dict(name="无锡智桥职业技能培训", style="training-company site",
    menu=["首页", "人工智能训练师", "补贴政策", "关于我们"],
    foot="无锡智桥职业技能培训有限公司 · 地址:无锡市梁溪区中山路 328 号恒隆广场 2 座 17 层 · 工作时间 9:00-18:00",
    side="<h4>开班信息</h4><p>五级/四级 每月滚动开班,周末班、晚班可选。</p>"),
 "kecheng": dict(name="学途课堂", style="course marketplace",
    menu=["首页", "职业技能", "IT互联网", "考证", "我的课程"],
    foot="学途课堂 www.xuetuketang.com · 平台客服 400-690-2218 · 投诉邮箱 kefu@xuetuketang.com · 苏ICP备19052736号-2",
    side="<h4>热门课程</h4><ul><li>Python 零基础 30 天(课程ID 15800421733)</li><li>Excel 数据分析实战</li><li>人工智能训练师 四级冲刺</li></ul><p class='tip'>平台提示:请勿脱离平台私下交易,谨防诈骗。</p>"),
 "shop": dict(name="优选好课商城", style="online shop",
    menu=["首页", "全部分类", "教育培训", "购物车", "买家中心"],
    foot="优选好课商城 · 官方买家群 813364920 · 消费维权 12315 · 支付由第三方支付机构提供,支付宝客服 95188",
    side="<p class='ticker'>最近成交:订单 2026031188203746551 已发货</p><h4>店铺保障</h4><ul><li>7天无理由(虚拟商品除外)</li><li>平台担保交易</li></ul>"),
 "mp": dict(name="职场头条·公众号文章精选", style="WeChat-article reposts",
    menu=["首页", "职场", "考证", "副业", "投稿"],
    foot="本站文章转载自微信公众号,版权归原作者所有 · 投稿/删稿 tougao@zhichangtt.cn",
    side="<h4>阅读排行</h4><ol><li>2026 年哪些证书还值得考</li><li>AI 训练师到底是干啥的</li></ol>"),
 "blog": dict(name="老周的 AI 笔记", style="personal blog",
    menu=["首页", "归档", "标签", "关于"],
    foot="© 2026 老周的 AI 笔记 · Powered by Hexo · 评论区发言请文明",
    side="<h4>关于博主</h4><p>无锡,前外包数据标注组组长,现在做算法测试。</p>"),
 "news": dict(name="城事新闻网", style="local news",
    menu=["首页", "无锡", "呼和浩特", "教育", "民生"],
    foot="城事新闻网 · 新闻热线 0471-6610299 · 违法和不良信息举报 jubao@chengshinews.cn · 蒙ICP备17004412号",
    side="<h4>本地热点</h4><ul><li>呼和浩特地铁 3 号线进展</li><li>无锡太湖湾春季花期</li></ul>"),
 "college": dict(name="呼和浩特北疆职业技术学院 继续教育学院", style="college site",
    menu=["学院首页", "学院概况", "社会培训", "技能认定", "通知公告"],
    foot="呼和浩特北疆职业技术学院 · 学院办公室 0471-3386000 · 地址:呼和浩特市赛罕区大学东街 91 号",
    side="<h4>快速通道</h4><ul><li>教务系统</li><li>证书查询(全国联网:zscx.osta.org.cn)</li></ul>"),
 "rsj": dict(name="某市人力资源和社会保障局(示例通知站)", style="人社局-style notice site",
    menu=["首页", "政务公开", "通知公告", "职业能力建设", "政策解读"],
    foot="主办单位:市人力资源和社会保障局 · 政务服务热线 12333 · 技能人才评价证书查询:zscx.osta.org.cn",
    side="<h4>办事指南</h4><ul><li>技能提升补贴申领</li><li>职业技能等级认定机构名单</li></ul>"),
 "fenlei": dict(name="同城分类信息网", style="classifieds",
    menu=["首页", "无锡", "呼和浩特", "教育培训", "免费发布"],
    foot="同城分类信息网 · 客服电话 4001158858 · 信息由用户自行发布,交易前请核实",
    side="<h4>免费发布信息</h4><p>联系电话:<input placeholder='如 13800138000'></p><p>温馨提示:凡是先收费的都要警惕。</p>"),
 "wenda": dict(name="知问网", style="Q&A",
    menu=["首页", "教育", "职场", "提问"],
    foot="知问网 · 用户交流 QQ 群 351922076 · 举报不良回答请点击右上角",
    side="<h4>相关问题</h4><ul><li>数据标注员有前途吗</li><li>四级证书能领多少补贴</li></ul>"),
 "video": dict(name="快频短视频", style="short-video pages",
    menu=["推荐", "关注", "同城", "知识"],
    foot="快频 kuaipin.tv · 未成年人保护 · 举报邮箱 jubao@kuaipin.tv",
    side="<h4>相关视频</h4><ul><li>AI 训练师一天的工作</li><li>标注员能在家做吗</li></ul>"),
}

CSS = ("body{font-family:sans-serif;margin:0;color:#222}header{background:#f3f3f3;padding:8px}"
       "nav a{margin-right:12px}.crumb{font-size:12px;color:#666;padding:4px 8px}"
       "main{display:flex}article{flex:3;padding:12px}aside{flex:1;padding:12px;background:#fafafa}"
       "footer{border-top:1px solid #ccc;font-size:12px;padding:8px;color:#555}")

PAGES = []  # dicts

def P(site, fn, title, body, ids=(), offer=False, op=None, prov=None, note="", comments=""):
    ids = [list(x) for x in ids]
    body = body.format(*[w for _, _, w in ids]) if ids else body
    PAGES.append(dict(site=site, fn=fn, title=title, body=body + comments, ids=ids,
                      offer=offer, op=op, prov=prov, note=note))

def m(num, written):
    return ("phone", "+86" + num, written)

# ===================== U01 无锡智桥 (honest) =====================
U01 = [
 ("phone", "051085236617", "0510-85236617"), m("13961873402", "139 6187 3402"),
 ("domain", "wxzhiqiao.com", "www.wxzhiqiao.com"), ("uscc", USCC["U01"], USCC["U01"]),
 ("email", "zhiqiao_px@163.com", "zhiqiao_px@163.com"),
]
P("wxzq", "index.html", "无锡智桥职业技能培训 | 人工智能训练师(数据标注员)培训报名",
 """<h1>人工智能训练师(4-04-05-05)培训报名中</h1>
<p>智桥职培是无锡本地的职业技能培训机构,开设人工智能训练师五级、四级培训,工种为数据标注员。
课程按《人工智能训练师国家职业技能标准(2021年版)》组织,五级 60 课时、四级 50 课时,理论+实操。</p>
<p>说明:培训结束后由经人社部门备案的评价机构组织职业技能等级认定,本机构不发证、不承诺通过。
认定合格颁发职业技能等级证书,可在 zscx.osta.org.cn 查询。符合条件的参保人员可申请技能提升补贴(五级最高 1000 元),政策以当地人社部门为准,详询 12333。</p>
<p>报名电话:{0}(座机) / {1}(刘老师)<br>官网:{2}<br>统一社会信用代码:{3}<br>邮箱:{4}</p>
<ul><li><a href="ai-wuji.html">人工智能训练师五级(数据标注员)周末班</a></li><li><a href="ai-sanji.html">三级(高级工)报考条件与课程</a></li></ul>""",
 U01, True, "U01", "无锡智桥职业技能培训有限公司", "Training company home page inviting enrolment")
P("wxzq", "ai-wuji.html", "人工智能训练师五级周末班 - 智桥职培",
 """<h1>人工智能训练师五级(数据标注员)周末班 第 7 期</h1>
<p>开班:2026 年 4 月 11 日,梁溪区中山路校区,8 个周末。学费 1680 元,含教材与实操平台账号。</p>
<p>报考条件:累计从事本职业或相关职业工作满 1 年,或本职业学徒期满。零经验的同学请先咨询,我们不代办工作证明。</p>
<p class="warn">声明:近期有人冒充我校招生,骗子电话 17190236548、微信 rlzy-zhengshu 与本校无关。</p>
<p>咨询座机 {0},微信 {1}(加好友请备注“五级”)。</p>""",
 [("phone", "051085236617", "(0510)85236617"), ("wechat", "wxzq_peixun", "wxzq_peixun")],
 True, "U01", "智桥职培", "Level-5 course page on own site")
P("wxzq", "ai-sanji.html", "人工智能训练师三级(高级工)课程 - 无锡智桥",
 """<h1>三级/高级工 人工智能训练师 培训</h1>
<p>适合已取得四级证书并在本职业工作满 5 年,或大专以上相关专业、四级证书后工作满 2 年的学员。40 课时,章节:业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>三级按规定可申领技能提升补贴(最高 2000 元,以人社部门审核为准)。</p>
<p>电话 {0} · 手机 {1}</p>""",
 [("phone", "051085236617", "0510 8523 6617"), m("13961873402", "13961873402")],
 True, "U01", "无锡智桥AI训练师培训中心", "Level-3 course page on own site")

# ===================== marketplace 学途课堂 =====================
P("kecheng", "course-30218.html", "【无锡线下】人工智能训练师四级 理论+实操 - 学途课堂",
 """<h1>【无锡线下】人工智能训练师四级(中级工)理论+实操班</h1>
<p class="meta">机构:智桥AI学院 · 评分 4.8 · 已报名 312 人 · ¥1980</p>
<p>课程章节:基本要求、数据采集和处理、数据标注、智能系统运维。结课后参加备案评价机构组织的认定,证书可在 zscx.osta.org.cn 查询。</p>
<p>线下开班前请先电话确认名额:{0}(刘老师,微信同号)。</p>""",
 [m("13961873402", "139-6187-3402")], True, "U01", "智桥AI学院", "Marketplace listing of U01 level-4 class")
P("kecheng", "course-30544.html", "人工智能训练师高级技师 零基础包过 - 学途课堂",
 """<h1>人工智能训练师 一级/高级技师 零基础直通车</h1>
<p class="meta">机构:中科智培 · ¥4980(原价 9800)</p>
<p>人社部颁发国家职业资格证书,全国通用、终身有效!不限学历、不限经验,零基础也能直接考高级技师,包过不过全额退。五级+三级+一级三证连报再减 1000。</p>
<p>证书样本:编号 Y000123XXXXXX195000001,入库可查。</p>
<p>报名加老师微信:{0},或 QQ {1}。</p>""",
 [("wechat", "zkzp2024", "zkzp2024"), ("qq", "2839174655", "2839174655")],
 True, "U02", "中科智培", "Marketplace listing selling level 1 to beginners, 包过")
P("kecheng", "course-31007.html", "呼和浩特 人工智能训练师(数据标注员)五级 - 学途课堂",
 """<h1>呼和浩特 · 人工智能训练师五级 数据标注员 晚班</h1>
<p class="meta">机构:青城数智培训学校 · ¥1280 · 呼和浩特市新城区</p>
<p>我校为民办职业培训学校(统一社会信用代码 {2}),培训合格后推荐参加备案机构认定。参保满 1 年的学员可申请技能提升补贴。</p>
<p>咨询:{0} 邮箱 {1}</p>""",
 [("phone", "04716923518", "0471-6923518"), ("email", "qcsz_px@126.com", "qcsz_px@126.com"),
  ("uscc", USCC["U03"], USCC["U03"])],
 True, "U03", "青城数智培训学校", "Marketplace listing of U03 level-5 evening class")
P("kecheng", "course-31250.html", "人工智能训练师 四级线上系统课 - 学途课堂",
 """<h1>人工智能训练师四级线上系统课(数据标注 + 模型评测)</h1>
<p class="meta">机构:启元AI学堂 · 48 课时 · ¥899</p>
<p>本课程只做培训,不代发证书。考证请到当地人社部门公布的评价机构报名,机构名单可在 osta.mohrss.gov.cn 查询。</p>
<p>售后:{0} · 官网 {1}</p>""",
 [("phone", "4008216375", "400-821-6375"), ("domain", "qiyuanai.cn", "qiyuanai.cn")],
 True, "U05", "启元AI学堂", "Marketplace online course, honest disclaimer")
P("kecheng", "course-31488.html", "全国人工智能训练师职业技能评价 报名 - 学途课堂",
 """<h1>北辰职业技能评价中心 人工智能训练师(三级)报名</h1>
<p class="meta">机构:北辰职业技能评价中心 · ¥2680</p>
<p>国家级评价中心,证书全国联网,官方指定考点,命题组老师授课,通过率 98%。</p>
<p>机构代码:{0} · 报名热线:{1}</p>""",
 [("uscc", USCC["U07"], USCC["U07"]), ("phone", "01065287731", "010-65287731")],
 True, "U07", "北辰职业技能评价中心", "Marketplace listing with 国家级/官方指定 claims")
P("kecheng", "course-31702.html", "AIGC+人工智能训练师 双证班 - 学途课堂",
 """<h1>AIGC 技术应用 + 人工智能训练师 双证班</h1>
<p class="meta">机构:优学汇 · 50 节录播课 · ¥2980</p>
<p>两本证书一起拿,拿到证书便可升职加薪!90% 小白都能学会,原价 9999 限时 2980。</p>
<p>学员群:{0} · 客服邮箱:{1}</p>""",
 [("qq_group", "672315904", "672315904"), ("email", "yxh_kefu@qq.com", "yxh_kefu@qq.com")],
 True, "U09", "优学汇", "Marketplace double-certificate bundle")
P("kecheng", "course-31913.html", "数据标注实战小班 - 学途课堂",
 """<h1>数据标注实战小班(图像框选、文本分类、质检)</h1>
<p class="meta">讲师:李老师(前某大厂标注项目经理) · 6 次直播 · ¥399</p>
<p>纯技能课,不含任何证书。想考人工智能训练师的同学,学完可以自己去报认定。</p>
<p>课前答疑加我微信 {0}</p>""",
 [("wechat", "lilaoshi_biaozhu", "lilaoshi_biaozhu")], True, "I01", "李老师", "Independent skills course")

# ===================== shop =====================
P("shop", "item-77120.html", "【官方直营】人工智能训练师证书 一级 高级技师 报名 - 优选好课商城",
 """<h1>中科智培 人工智能训练师证书报考 五级到一级 任选</h1>
<p class="price">¥3980 起 · 月销 86</p>
<p>国家职业资格证书,人社部颁发,可挂靠可落户!免培训直接考,包通过。</p>
<p>开票单位:北京中科智培教育科技有限公司 {1}</p>
<p>拍下后联系客服手机 {0} 登记信息。</p>""",
 [m("18510246637", "18510246637"), ("uscc", USCC["U02"], USCC["U02"])],
 True, "U02", "中科智培", "Shop item selling any level without training")
P("shop", "item-77391.html", "人工智能训练师 三级 四级 连考 加急出证 - 优选好课商城",
 """<h1>锡才教育 · 人工智能训练师 四级+三级 连考</h1>
<p class="price">¥2600 · 月销 41</p>
<p>两个等级一次考完,最快 30 天出证,证书在 {1} 入库可查。订单备注姓名+身份证,报名表填写:jinshuju.net/f/xc2026</p>
<p>咨询 {0}(微信同号)</p>
<p class="review">买家秀:已经拿到证了,客服回复很快。</p>""",
 [m("17768203159", "177 6820 3159"), ("domain", "jnrc-cx.com", "jnrc-cx.com")],
 True, "U04", "锡才教育", "Shop item: two levels at once, fake query domain")
P("shop", "item-78002.html", "北辰 人工智能训练师 职业技能等级证书 报名费 - 优选好课商城",
 """<h1>北辰职业技能评价中心 报名费(三级)</h1>
<p class="price">¥2680</p>
<p>对公付款户名:{0},付款后凭截图换报名码。也可走微信支付(微信支付客服 95017)。</p>
<p>统一社会信用代码 {1}。证书样本编号 Y000123XXXXXX195000001。</p>""",
 [("other", "北京北辰华科教育咨询有限公司", "北京北辰华科教育咨询有限公司"), ("uscc", USCC["U07"], USCC["U07"])],
 True, "U07", "北辰职业技能评价中心", "Shop item with corporate payee")
P("shop", "item-78315.html", "AIGC 证书 + AI 训练师 零基础套餐 - 优选好课商城",
 """<h1>优学汇AI证书中心 零基础可学 套餐</h1>
<p class="price">¥598 起</p>
<p>4 小时速成,交费包过,拿证即可升职加薪。</p>
<p>售后邮箱 {0},急事打 {1}。</p>""",
 [("email", "yxh_kefu@qq.com", "YXH_KEFU@qq.com"), m("19926403187", "199 2640 3187")],
 True, "U09", "优学汇AI证书中心", "Shop bundle, 速成/包过")
P("shop", "item-79044.html", "人工智能训练师五级 南京线下培训 - 优选好课商城",
 """<h1>金陵智训 人工智能训练师五级 线下培训(南京)</h1>
<p class="price">¥1500</p>
<p>培训 60 课时,认定由备案评价机构组织,不保证通过。报名表:jinshuju.net/f/jlzx05</p>
<p>联系:{0}</p>""",
 [m("13770581246", "137 7058 1246")], True, "I02", "金陵智训", "Independent honest shop item")

# ===================== WeChat reposts =====================
P("mp", "a-20260308.html", "人社部颁发!2026 人工智能训练师报考通道开启",
 """<h1>人社部颁发!2026 人工智能训练师报考通道开启</h1><p class="src">原文来源:公众号“国培AI认证中心”</p>
<p>人工智能训练师是人社部认证的新职业,持证即可享受国家补贴、积分落户。本期不限学历、不限经验,零基础直报技师,包过!</p>
<p>扫码或添加微信 {0},电话 {1}。</p>""",
 [("wechat", "zkzp2024", "ZKZP2024"), m("18510246637", "185 1024 6637")],
 True, "U02", "国培AI认证中心", "Reposted WeChat ad by U02 under another brand")
P("mp", "a-20260312.html", "无锡考证党注意:AI 训练师三级四级一次拿下",
 """<h1>无锡考证党注意:AI 训练师三级四级一次拿下</h1><p class="src">原文来源:公众号“江南人才测评中心”</p>
<p>两级连考,官网可查(查询网址 {1}),报名表在这里:jinshuju.net/f/xc-mp</p>
<p>加客服微信 {0} 领取报考资料。</p>""",
 [("wechat", "xicai-kefu01", "xicai-kefu01"), ("domain", "jnrc-cx.com", "www.jnrc-cx.com")],
 True, "U04", "江南人才测评中心", "Reposted ad, fake query site")
P("mp", "a-20260315.html", "一本证一年躺赚 3 万?AI 训练师证书挂靠了解一下",
 """<h1>一本证一年躺赚 3 万?AI 训练师证书挂靠了解一下</h1><p class="src">原文来源:公众号“鼎盛人才服务”</p>
<p>考下人工智能训练师证书,挂靠企业每年 2-3 万收入,我们包考包挂。</p>
<p>手机 {0} 微信 {1}</p>""",
 [m("13327168845", "133 2716 8845"), ("wechat", "ds_rencai88", "ds_rencai88")],
 True, "U06", "鼎盛人才服务", "挂靠 lure reposted")
P("mp", "a-20260320.html", "AIGC 证书和 AI 训练师证书到底怎么选?",
 """<h1>AIGC 证书和 AI 训练师证书到底怎么选?</h1><p class="src">原文来源:公众号“优学汇”</p>
<p>优学汇双证班,原价 9999 限时 99 元体验课,加群 {1} 领资料,课程顾问电话 {0}。报名费可走微信支付(微信支付客服 95017)。</p>""",
 [m("19926403187", "19926403187"), ("qq_group", "672315904", "672 315 904")],
 True, "U09", "优学汇", "Reposted advertorial by U09")
P("mp", "a-20260322.html", "包头启航职校:人工智能训练师五级 4 月开班",
 """<h1>包头启航职校:人工智能训练师五级 4 月开班</h1><p class="src">原文来源:公众号“包头启航职业培训学校”</p>
<p>60 课时,线下授课,认定由备案评价机构组织。参保职工可按规定申领技能提升补贴。</p>
<p>报名电话 {0}</p>""",
 [("phone", "04725123876", "0472-5123876")], True, "I03", "包头启航职业培训学校", "Independent school announcement")
P("mp", "a-20260325.html", "警惕!这些 AI 训练师“包过”广告都是坑",
 """<h1>警惕!这些 AI 训练师“包过”广告都是坑</h1><p class="src">原文来源:公众号“职场避坑指南”</p>
<p>读者投诉:对方自称“人社部直属考试中心”,收了 3800 元后失联。骗子电话 171-9023-6548,微信 rlzy-zhengshu,大家注意。</p>
<p>正规职业技能等级证书请在 zscx.osta.org.cn 查询;遇到虚假宣传可拨打 12315 投诉。</p>""",
 note="Warning article quoting a scammer's contacts")

# ===================== blog =====================
P("blog", "2026-03-ai-xunlianshi-kecheng.html", "我为什么推荐启元的 AI 训练师课",
 """<h1>我为什么推荐启元的 AI 训练师课</h1><p class="date">2026-03-02 · 标签:考证</p>
<p>试听过几家,启元的老师把数据标注和模型评测讲得比较实在,而且明说不包证。有兴趣可以加他们的助教 {0},课程页在 {1}/trainer。</p>
<p>顺便说一句,官方机构名单在 osta.mohrss.gov.cn。</p>""",
 [("wechat", "qiyuan_ai", "qiyuan_ai"), ("domain", "qiyuanai.cn", "qiyuanai.cn")],
 True, "U05", "启元AI学堂", "Blog post recommending U05 course")
P("blog", "2026-03-shubiao-gongfang.html", "朋友开了个数据标注小班,帮忙宣传一下",
 """<h1>朋友开了个数据标注小班,帮忙宣传一下</h1><p class="date">2026-03-18</p>
<p>“数标工坊”,无锡新吴区,周末两天,主要练标注工具和质检,结束后可以自己报人工智能训练师五级。报名发邮件 {0}。</p>""",
 [("email", "shubiao_gf@foxmail.com", "shubiao_gf@foxmail.com")], True, "I04", "数标工坊", "Blog post advertising independent class",
 comments="""<div class="comments"><h4>评论</h4><p>想转行的小林:周末能去吗?我微信 lin_xiaoyu95</p></div>""")
P("blog", "2026-03-bei-pian-jingli.html", "记一次差点被 AI 证书骗的经历",
 """<h1>记一次差点被 AI 证书骗的经历</h1><p class="date">2026-03-26</p>
<p>上周接到电话 17190236548,对方说是“国家人才评价中心”,三千八包拿高级技师。我去 zscx.osta.org.cn 一查根本没这家。已经打 12315 反映。</p>""",
 note="Blog complaint quoting scam number")

# ===================== news =====================
P("news", "edu-20260310-qcsz.html", "青城数智培训学校开设人工智能训练师晚班(企业供稿)",
 """<h1>青城数智培训学校开设人工智能训练师晚班</h1><p class="src">来源:企业供稿 2026-03-10</p>
<p>呼和浩特市新城区的青城数智培训学校近日开设人工智能训练师五级晚班,面向在职人员。学校负责人表示,培训合格后推荐参加备案机构认定,符合条件者可申领技能提升补贴,政策咨询可拨 12333。</p>
<p>报名咨询:{0} {1}</p>""",
 [("phone", "04716923518", "0471—6923518"), m("15104713386", "151 0471 3386")],
 True, "U03", "青城数智", "Sponsored news (advertorial) for U03")
P("news", "minsheng-20260318.html", "呼和浩特警方提醒:警惕“包过”证书骗局",
 """<h1>呼和浩特警方提醒:警惕“包过”证书骗局</h1><p class="src">2026-03-18</p>
<p>近期有市民反映,有人以“人社部颁发”“包过”为名收取报名费后失联,涉案号码包括 17190236548、微信号 rlzy-zhengshu。警方提醒,职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询,疑问可拨 12333 或 12315。</p>""",
 note="Police warning quoting scam contacts")
P("news", "edu-20260321-butie.html", "无锡:技能提升补贴申领指南",
 """<h1>无锡:技能提升补贴申领指南</h1><p class="src">2026-03-21</p>
<p>参保满一年的职工取得五级、四级、三级职业技能等级证书,可分别申领最高 1000、1500、2000 元补贴。详询 12333。</p>""",
 note="Subsidy news")

# ===================== college =====================
P("college", "peixun-2026-ai.html", "2026 年人工智能训练师(五级、四级)社会培训招生简章",
 """<h1>2026 年人工智能训练师(五级、四级)社会培训招生简章</h1>
<p>我院面向社会招收人工智能训练师培训学员,五级 60 学时、四级 50 学时,认定由我院备案的评价机构组织,证书可在 zscx.osta.org.cn 查询。收费按物价部门核定标准执行。</p>
<p>报名地点:继续教育学院 305 室。咨询电话 {0},邮箱 {1}。政策咨询 12333。</p>""",
 [("phone", "04713386021", "0471-3386021"), ("email", "jxjy@bjzy-edu.cn", "jxjy@bjzy-edu.cn")],
 True, "I05", "呼和浩特北疆职业技术学院继续教育学院", "College enrolment brochure")
P("college", "tongzhi-kaodian.html", "关于 2026 年第一批职业技能等级认定考点安排的通知",
 """<h1>关于 2026 年第一批职业技能等级认定考点安排的通知</h1>
<p>本批次认定在赛罕区技能鉴定考点进行,考点前台电话 0471-4952260(仅限考务咨询)。批次号 2026-NM-0417。</p>""",
 note="Exam venue notice")

# ===================== rsj =====================
P("rsj", "tzgg-2026-031.html", "关于开展技术技能类“山寨证书”专项治理的提醒",
 """<h1>关于开展技术技能类“山寨证书”专项治理的提醒</h1>
<p>根据人社部函〔2022〕25号,严禁使用“包过”“不培训直接发证”等宣传。职业技能等级证书由备案的评价机构颁发,政府部门不参与监制,查询网址 zscx.osta.org.cn、osta.mohrss.gov.cn。举报电话 12333。</p>""",
 note="Official-style warning notice")
P("rsj", "tzgg-2026-044.html", "关于做好失业保险技能提升补贴申领工作的通知",
 """<h1>关于做好失业保险技能提升补贴申领工作的通知</h1>
<p>五级最高 1000 元、四级 1500 元、三级 2000 元。二级、一级不在国家补贴范围。咨询 12333。</p>""",
 note="Subsidy notice")

# ===================== classifieds =====================
P("fenlei", "wx-jiaoyu-58213.html", "无锡 人工智能训练师证 三级四级 速成 包过",
 """<h1>无锡 人工智能训练师证 三级四级 速成 包过</h1><p class="meta">发布人:锡才职业技能 · 无锡梁溪</p>
<p>两级一起考,不用上课,拿证快,官网可查。电话 {0},QQ {1}</p>""",
 [m("17768203159", "17768203159"), ("qq", "1592046873", "1592046873")],
 True, "U04", "锡才职业技能", "Classified ad by U04")
P("fenlei", "hhht-jiaoyu-60127.html", "呼和浩特 人工智能训练师五级报名 晚班",
 """<h1>呼和浩特 人工智能训练师五级报名 晚班</h1><p class="meta">发布人:数智职培 · 新城区</p>
<p>周一三五晚上上课,考点在赛罕区技能鉴定考点(前台 0471-4952260)。报名找 {0},微信 {1}</p>""",
 [m("15104713386", "15104713386"), ("wechat", "qcsz0471", "qcsz0471")],
 True, "U03", "数智职培", "Classified ad by U03")
P("fenlei", "hhht-jiaoyu-60455.html", "证书挂靠 人工智能训练师 年收入 2 万+",
 """<h1>证书挂靠 人工智能训练师 年收入 2 万+</h1><p class="meta">发布人:鼎盛职业资格咨询</p>
<p>包考包挂,躺着赚钱。电话 {0} QQ {1}</p>""",
 [m("13327168845", "13327168845"), ("qq", "3307815264", "3307815264")],
 True, "U06", "鼎盛职业资格咨询", "挂靠 classified ad")
P("fenlei", "wx-jiaoyu-58790.html", "全国人工智能训练师职业技能评价中心 无锡报名点",
 """<h1>全国北辰人工智能训练师职业技能评价中心 无锡报名点</h1><p class="meta">发布人:北辰</p>
<p>国家级评价中心,证书样本编号 Y000123XXXXXX195000001。报名 {0} / {1}</p>""",
 [("phone", "01065287731", "010 6528 7731"), m("15611839027", "156 1183 9027")],
 True, "U07", "全国北辰人工智能训练师职业技能评价中心", "Classified ad with 全国 name")
P("fenlei", "hhht-jiaoyu-61002.html", "零基础考人工智能训练师技师 呼和浩特",
 """<h1>零基础考人工智能训练师技师 呼和浩特</h1><p class="meta">发布人:塞上英才教育</p>
<p>不限学历不限经验,技师一步到位,考点就在赛罕区技能鉴定考点(0471-4952260)。电话 {0}</p>""",
 [m("13847126650", "138 4712 6650")], True, "U08", "塞上英才教育", "Classified: level 2 to beginners")
P("fenlei", "hhht-jiaoyu-61340.html", "个人辅导 人工智能训练师五级 理论题",
 """<h1>个人辅导 人工智能训练师五级 理论题</h1><p class="meta">发布人:王老师</p>
<p>只辅导理论和实操练习,不卖证。一对一 100 元/小时。{0}</p><p>提醒:有个微信 rlzy-zhengshu 冒充老师收钱,不是我。</p>""",
 [m("18647190352", "186-4719-0352")], True, "I06", "王老师", "Independent tutor classified")

# ===================== Q&A =====================
P("wenda", "q-918273.html", "人工智能训练师证书在呼和浩特哪里能考?",
 """<h1>人工智能训练师证书在呼和浩特哪里能考?</h1>
<div class="answer"><b>数智职培-张老师</b> 的回答:我们学校每月开班,晚上上课,考完可申请补贴。要资料加 v:{0}</div>""",
 [("wechat", "qcsz0471", "QCSZ0471")], True, "U03", "数智职培",
 "Q&A answer by U03",
 comments="""<div class="comments"><p>想转行的小林:同问,加我微信 lin_xiaoyu95 一起报</p></div>""")
P("wenda", "q-918540.html", "AI 训练师三级四级能一起考吗?",
 """<h1>AI 训练师三级四级能一起考吗?</h1>
<div class="answer"><b>锡才教育</b> 的回答:能,我们这边连考,一次出两本证。详细私信 Q: {0}</div>""",
 [("qq", "1592046873", "1592046873")], True, "U04", "锡才教育", "Q&A answer by U04")
P("wenda", "q-919003.html", "人工智能训练师证书可以挂靠吗?",
 """<h1>人工智能训练师证书可以挂靠吗?</h1>
<div class="answer"><b>DS人才</b> 的回答:可以,每年 2 万起,先考证我们包挂,QQ {0}</div>""",
 [("qq", "3307815264", "QQ 330 781 5264")], True, "U06", "DS人才", "Q&A answer by U06",
 comments="""<div class="comments"><p>想转行的小林:靠谱吗?我微信 lin_xiaoyu95</p></div>""")
P("wenda", "q-919377.html", "没经验能直接考人工智能训练师技师吗?",
 """<h1>没经验能直接考人工智能训练师技师吗?</h1>
<div class="answer"><b>英才老师</b> 的回答:可以的,我们这边零基础直接报技师,考点在赛罕区技能鉴定考点(前台 0471-4952260)。电话 {0},微信 {1}</div>""",
 [m("13847126650", "13847126650"), ("wechat", "saishang_yc", "saishang_yc")],
 True, "U08", "英才老师", "Q&A answer by U08")
P("wenda", "q-920114.html", "接到电话说可以代考 AI 训练师证,是真的吗?",
 """<h1>接到电话说可以代考 AI 训练师证,是真的吗?</h1>
<p>提问者:对方号码 171 9023 6548,说交 3800 包拿证。</p>
<div class="answer"><b>热心网友</b>:别信,去 zscx.osta.org.cn 查机构,或者打 12333 问。</div>
<div class="comments"><p>提问者追问:我的手机 13605102387,有人被骗过的联系我一起报警。</p></div>""",
 note="Question about a scam; asker's own number")

# ===================== short video =====================
P("video", "v-7364201.html", "国培AI认证中心:零基础拿高级技师证",
 """<h1>零基础拿高级技师证,人社部颁发 #人工智能训练师</h1><p class="meta">@国培AI认证中心 · 1.2 万赞</p>
<p>视频文案:原价 9999 限时 99 体验课,包过!私信或致电 {0}。</p>""",
 [m("18510246637", "185-1024-6637")], True, "U02", "国培AI认证中心", "Short video ad by U02",
 comments="""<div class="comments"><p>网友:这个是骗子吧?我手机 13605102387 也接到过类似推销。</p></div>""")
P("video", "v-7364588.html", "启元老师:数据标注员的一天",
 """<h1>数据标注员的一天 #AI训练师</h1><p class="meta">@启元老师 · 8532 赞</p>
<p>想系统学的同学可以看主页课程,助教微信 {0},热线 {1}。</p>""",
 [("wechat", "qiyuan_ai", "qiyuan_ai"), ("phone", "4008216375", "4008216375")],
 True, "U05", "启元老师", "Short video promoting U05 course")
P("video", "v-7365012.html", "内蒙古塞上英才:AI 训练师证书怎么考",
 """<h1>AI 训练师证书怎么考?一条视频讲清楚</h1><p class="meta">@内蒙古塞上英才 · 3301 赞</p>
<p>不限学历,包教包会包拿证。评论区扣 1 或加 V:{0}</p>""",
 [("wechat", "saishang_yc", "SaiShang_YC")], True, "U08", "内蒙古塞上英才", "Short video ad by U08")

# ===================== decoys =====================
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4006902218", ["400-690-2218"], "marketplace customer-service number in footer"),
 ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace complaint e-mail in footer"),
 ("other", "苏ICP备19052736号", ["苏ICP备19052736号"], "marketplace ICP number in footer"),
 ("domain", "xuetuketang.com", ["www.xuetuketang.com"], "marketplace's own domain"),
 ("phone", "+8615800421733", ["15800421733"], "a course ID in the marketplace sidebar that looks like a mobile"),
 ("qq_group", "813364920", ["813364920"], "shop platform buyers' QQ group in footer"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline in shop footer"),
 ("phone", "95017", ["95017"], "WeChat Pay hotline (third party)"),
 ("email", "tougao@zhichangtt.cn", ["tougao@zhichangtt.cn"], "repost site's submission e-mail in footer"),
 ("phone", "4001158858", ["4001158858"], "classifieds platform customer service"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds posting form"),
 ("qq_group", "351922076", ["351922076"], "Q&A platform users' QQ group in footer"),
 ("email", "jubao@kuaipin.tv", ["jubao@kuaipin.tv"], "video platform report e-mail"),
 ("domain", "kuaipin.tv", ["kuaipin.tv"], "video platform domain"),
 ("other", "蒙ICP备17004412号", ["蒙ICP备17004412号"], "news site ICP"),
 ("phone", "04716610299", ["0471-6610299"], "news site hotline"),
 ("phone", "04713386000", ["0471-3386000"], "college general office in footer"),
 ("phone", "+8617190236548", ["171-9023-6548", "17190236548", "171 9023 6548"], "scammer's number quoted in warnings, news and a complaint"),
 ("wechat", "rlzy-zhengshu", ["rlzy-zhengshu"], "scammer's WeChat quoted in warnings"),
 ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number template from the rules shown as a 'sample'"),
 ("wechat", "lin_xiaoyu95", ["lin_xiaoyu95"], "a reader's own WeChat in comments"),
 ("phone", "+8613605102387", ["13605102387"], "asker's own mobile"),
 ("phone", "04714952260", ["0471-4952260"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("other", "2026031188203746551", ["2026031188203746551"], "shop order number in the shop-wide recent-orders ticker"),
]

# ---------- render ----------
def page_path(p):
    return "/%s/%s" % (p["site"], p["fn"])

def render(site, title, crumbs, body, related):
    S = SITES[site]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (site, x) for x in S["menu"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in related)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>'
            '<style>%s</style></head><body><header><b>%s</b> <nav>%s <a href="/index.html">返回导航</a></nav></header>'
            '<div class="crumb">%s</div><main><article>%s</article><aside>%s<h4>相关链接</h4><ul>%s</ul></aside></main>'
            '<footer>%s</footer></body></html>\n') % (title, CSS, S["name"], menu, crumbs, body, S["side"], rel, S["foot"])

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    bysite = {}
    for p in PAGES:
        bysite.setdefault(p["site"], []).append(p)
    index_pages = []
    for site, S in SITES.items():
        ps = bysite.get(site, [])
        has_index = any(p["fn"] == "index.html" for p in ps)
        links = [(page_path(p), p["title"]) for p in ps if p["fn"] != "index.html"]
        for p in ps:
            related = [l for l in links if l[0] != page_path(p)][:4] + [("/%s/index.html" % site, "返回" + S["name"] + "首页")]
            crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (site, S["name"], p["title"][:20])
            body = p["body"]
            if p["fn"] == "index.html":
                body += "<h3>全部页面</h3><ul>" + "".join('<li><a href="%s">%s</a></li>' % l for l in links) + "</ul>"
            files[page_path(p)] = render(site, p["title"], crumbs, body, related)
        if not has_index:
            body = "<h1>%s</h1><p>最新内容</p><ul>%s</ul>" % (S["name"], "".join('<li><a href="%s">%s</a></li>' % l for l in links))
            files["/%s/index.html" % site] = render(site, S["name"], '<a href="/index.html">导航</a> &gt; ' + S["name"], body, [])
            index_pages.append(("/%s/index.html" % site, site))
    hub = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>本周搜索记录(无锡 / 呼和浩特)</title></head><body>'
           '<h1>本周搜索“人工智能训练师 证书”的结果</h1><ul>%s</ul></body></html>\n') % "".join(
        '<li><a href="/%s/index.html">%s(%s)</a></li>' % (s, S["name"], S["style"]) for s, S in SITES.items())
    files["/index.html"] = hub
    for path, html in files.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tpages = []
    for path in sorted(files):
        p = next((q for q in PAGES if page_path(q) == path), None)
        if p is None:
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub" if path == "/index.html" else "site index page"))
        else:
            tpages.append(dict(path=path, is_offer=p["offer"], operator=p["op"], provider=p["prov"],
                               identifiers=p["ids"] if p["offer"] else [], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["prov"] not in o["brands"]:
                o["brands"].append(p["prov"])
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pages = sorted(path for path, html in files.items() if any(w in html for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
