#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(head8, org8):
    """head8: authority+kind+division (8 chars); org8: 8-char org body. Returns valid 18-char code."""
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = head8 + org8 + oc
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W)) % 31
    return body + ALPHA[0 if r == 31 else r]


U01_USCC = uscc("52530602", "MJ0Y4127")
U04_USCC = uscc("91110108", "MA01RK3D")
U06_USCC = uscc("91530502", "MA6P2X8L")
U09_USCC = uscc("91530500", "MA6N7B4H")
SHOP_USCC = uscc("91530100", "MA6K9T2C")

# ---------------------------------------------------------------- sites
SITES = {
    "zhixuepx": dict(name="昭通市智学职业培训学校", style="training", color="#1a5fb4",
        menu=["首页", "课程中心", "招生简章", "师资力量", "联系我们"], sep=" &gt; ",
        side="报名咨询", foot="昭通市智学职业培训学校 版权所有 | 地址：昭通市昭阳区海楼路 | 咨询：0870-2188631 | 邮箱：zhixuepx@126.com | 网址：www.zhixuepx.cn",
        footer_is_seller=True),
    "kecheng": dict(name="学课网·职业技能课程", style="marketplace", color="#e66100",
        menu=["全部课程", "职业技能", "IT互联网", "考证", "讲师入驻"], sep=" / ",
        side="猜你喜欢", foot="学课网 xuekewang.cn 客服热线 400-880-6612 客服邮箱 kefu@xuekewang.cn 京ICP备19033012号 平台仅提供信息发布，课程由入驻机构提供"),
    "bbs": dict(name="昭通在线论坛 · 教育培训版", style="forum", color="#2b6e3f",
        menu=["论坛首页", "昭阳杂谈", "教育培训", "求职招聘", "投诉曝光"], sep=" » ",
        side="版块热帖", foot="昭通在线 ztzx.net 管理员邮箱 admin@ztzx.net 滇ICP备12003344号 违规内容请举报"),
    "fenlei": dict(name="保山同城分类信息", style="classifieds", color="#c01c28",
        menu=["首页", "招聘", "培训", "二手", "便民"], sep=" - ",
        side="同类信息", foot="保山同城网 本地生活交流QQ群：512340876 滇ICP备18004521号-2 信息由用户发布，请谨慎交易"),
    "wenda": dict(name="知问 · 职业考证问答", style="qa", color="#613583",
        menu=["问答首页", "考证", "职场", "学历", "我要提问"], sep=" › ",
        side="相关问题", foot="知问社区 zhiwen.com 举报邮箱 jubao@zhiwen.com 用户回答仅代表个人观点"),
    "wx": dict(name="微文库 · 公众号文章转载", style="wechat", color="#26a269",
        menu=["热门", "教育", "职场", "本地", "科技"], sep=" > ",
        side="相关文章", foot="微文库 wxwenku.com 收录公众号文章 版权归原作者 合作微信：wxwenku_kf 蜀ICP备20011876号"),
    "video": dict(name="快看短视频 网页版", style="video", color="#000000",
        menu=["推荐", "关注", "同城", "知识", "直播"], sep=" · ",
        side="相关推荐", foot="快看短视频 网页版 用户服务热线 0871-65102233 举报中心 营业性演出许可证 滇ICP备21001234号"),
    "news": dict(name="彩云资讯网", style="news", color="#a51d2d",
        menu=["首页", "时政", "教育", "民生", "滇西"], sep=" &gt; ",
        side="热点新闻", foot="彩云资讯网 新闻热线 0871-63168899 投稿邮箱 tougao@caiyunzx.cn 互联网新闻信息服务许可证"),
    "rsj": dict(name="某县人力资源和社会保障局（信息公开）", style="gov", color="#8b0000",
        menu=["首页", "政务公开", "就业创业", "职业能力", "社会保障"], sep=" &gt; ",
        side="通知公告", foot="主办：某县人力资源和社会保障局 咨询服务：12333 网站标识码 5306000001"),
    "shop": dict(name="优课商城 · 教育服务", style="shop", color="#e01b24",
        menu=["首页", "考证培训", "学历提升", "资料", "我的订单"], sep=" / ",
        side="看了又看", foot=f"优课商城 客服QQ 800056123 营业执照统一社会信用代码 {SHOP_USCC} 支付由第三方支付平台提供",),
    "college": dict(name="乌蒙山职业技术学院 继续教育学院", style="college", color="#1c71d8",
        menu=["学院首页", "社会培训", "技能认定", "通知公告", "联系我们"], sep=" &gt; ",
        side="快速链接", foot="乌蒙山职业技术学院（示例院校） 继续教育学院 地址：昭通市昭阳区学府路 | 学院办公室 0870-2853100"),
}

PAGES = []


class Page:
    def __init__(self, site, slug, title, offer=False, op=None, provider=None, note=""):
        self.site, self.slug, self.title = site, slug, title
        self.offer, self.op, self.provider, self.note = offer, op, provider, note
        self.parts, self.ids, self.comments = [], [], []
        PAGES.append(self)

    @property
    def path(self):
        return "/%s/%s" % (self.site, self.slug)

    def id(self, kind, value, written):
        self.ids.append([kind, value, written])
        return written

    def add(self, *html):
        self.parts.extend(html)
        return self

    def comment(self, who, text):
        self.comments.append((who, text))
        return self


def p(*xs):
    return "".join("<p>%s</p>" % x for x in xs)


# ---------------------------------------------------------------- operator pages
# U01 昭通智学 (training school, honest) ------------------------------------------
a = Page("zhixuepx", "course-ai-trainer.html", "人工智能训练师（五级/四级）职业技能等级培训班", True, "U01", "昭通市智学职业培训学校", "own site course page")
a.add(p("人工智能训练师（职业编码4-04-05-05）是2020年人社部等三部门发布的新职业，包含数据标注员、人工智能算法测试员两个工种。",
        "本校开设五级（初级工）、四级（中级工）培训班，理论+实操，参考课时五级60课时、四级50课时。",
        "申报条件：五级须累计从事本职业或相关职业工作满1年，或本职业学徒期满；四级按国家职业技能标准执行，报名时需审核工作证明。",
        "认定合格后由经人社部门备案的评价机构颁发职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。",
        "符合条件的参保职工可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），以人社部门审核为准。",
        "报名电话：" + a.id("phone", "08702188631", "0870-2188631") + "　手机：" + a.id("phone", "+8615987012346", "159 8701 2346") + "（微信同号）"))
a.add(p("微信咨询：" + a.id("wechat", "zxpx0870", "zxpx0870") + "　邮箱：" + a.id("email", "zhixuepx@126.com", "zhixuepx@126.com")))
a.add(p("考点：昭通学院实训楼（考点前台 0870-2151012，仅受理考场事务，不受理报名）。政策咨询可拨打人社服务热线12333。"))

a = Page("zhixuepx", "jianzhang-2026.html", "2026年第二期人工智能训练师培训招生简章", True, "U01", "智学职业培训学校", "own site enrolment notice")
a.add(p("一、培训对象：从事数据标注、智能客服训练、AI产品运营等相关工作满一年的在职人员；相关专业中职、高职在校生（按标准条件申报四级）。",
        "二、培训内容：数据采集和处理、数据标注、智能系统运维、业务分析与智能训练基础。",
        "三、收费：五级培训费1280元，四级1580元，认定费按评价机构公示标准另行收取，不存在‘包过’。",
        "四、证书查询：证书信息可登录 zscx.osta.org.cn 查询。",
        "五、报名方式：到校报名（昭阳区海楼路），或电话 " + a.id("phone", "+8615987012346", "159-8701-2346") + "，座机 " + a.id("phone", "08702188631", "(0870)2188631") + "。",
        "办学许可及登记：统一社会信用代码 " + a.id("uscc", U01_USCC, U01_USCC) + "。",
        "本期认定批次号：ZT-AI-2026-02（以人社部门公布为准）。"))

a = Page("zhixuepx", "baoming.html", "在线报名 | 人工智能训练师 数据标注员方向", True, "U01", "智学教育", "own site sign-up form page")
a.add(p("智学教育招生办：填写报名表后，招生老师会在1个工作日内联系您。也可扫描下方二维码添加老师企业微信。",
        "姓名：________　身份证号：________　工作单位：________　从事相关工作年限：____",
        "报名咨询：" + a.id("phone", "+8615987012346", "15987012346") + "　官网：" + a.id("domain", "zhixuepx.cn", "www.zhixuepx.cn"),
        "温馨提示：人工智能训练师属于职业技能等级证书，不是国家职业资格证书，请勿轻信‘人社部颁发’‘包过’宣传。如遇虚假宣传可拨打12315投诉。"))

a = Page("kecheng", "course-10231.html", "【智学教育】人工智能训练师四级 线上理论+线下实操 昭通班", True, "U01", "智学教育", "marketplace listing")
a.add(p("机构：智学教育（昭通）｜课时：50｜形式：线上理论直播+周末线下实操",
        "课程大纲：数据采集与清洗、图像/文本/语音标注规范、标注质量检验、智能系统运维基础。",
        "价格：￥1580（不含认定费）。报名前请确认符合四级申报条件。",
        "课后添加班主任微信：" + a.id("wechat", "zxpx0870", "ZXPX0870") + "（备注：学课网）"))

# U02 保山启航 (dishonest) ----------------------------------------------------------
a = Page("fenlei", "px-88213.html", "人工智能训练师证 三级 零基础 包过 人社部颁发 保山可报", True, "U02", "保山启航技能培训", "classified ad")
a.add(p("【保山启航技能培训】人工智能训练师高级工（三级）火热报名中！",
        "✔ 零基础、不限学历、不限经验，直接报三级！✔ 人社部颁发，国家职业资格证书，全国通用 ✔ 交费包过，不过全额退款",
        "✔ 拿证可领补贴3000元，几乎免费！✔ 可挂靠企业，年入2万+",
        "联系电话：" + a.id("phone", "+8618908753317", "189 0875 3317") + "　启航张老师",
        "地址：保山市隆阳区正阳北路（见面详谈）"))

a = Page("wx", "a-20260311-qh.html", "AI时代最值钱的证书，保山人终于能考了！", True, "U02", "启航职业教育", "WeChat article repost")
a.add(p("原创 启航职业教育 2026-03-11 云南",
        "ChatGPT火了以后，人工智能训练师成了人社部认证的新职业，持证月薪过万不是梦。",
        "本期特惠：五级+四级+三级三证同报，原价9800，现在只要3980！不用考试基础，全程老师带，包过！",
        "报名请长按识别二维码，或添加招生老师微信：" + a.id("wechat", "qh-zs2026", "qh-zs2026") + "，电话 " + a.id("phone", "+8618908753317", "18908753317") + "。",
        "报名表填写：https://jinshuju.net/f/Qh7xK2"))

a = Page("video", "v-7301185.html", "@启航老师：三级人工智能训练师零基础30天拿证", True, "U02", "启航老师", "short-video page")
a.add(p("视频文案：还在为没有证书发愁？人工智能训练师三级，不用学历不用经验，30天拿证，人社部颁发，全国联网可查！",
        "评论区置顶：想了解的私信或者加薇 " + a.id("wechat", "qh-zs2026", "QH-ZS2026") + "，扣扣也行 " + a.id("qq", "2738491056", "2738 491 056"),
        "证书样本编号：S000053091256000018（样本，仅供展示）"))
a.comment("用户6621", "真的假的，三级零基础能考？")
a.comment("启航老师", "可以的亲，已经帮几百人拿证了")

a = Page("shop", "item-50917.html", "人工智能训练师证书报考 三级/二级 加急 拿证快 启航证书服务中心", True, "U02", "启航证书服务中心", "shop item")
a.add(p("店铺：启航证书服务中心｜已售 312 件｜好评率 98%",
        "规格：五级 ￥1680 / 四级 ￥2680 / 三级 ￥3980 / 二级技师 ￥6800（二级同样零基础可报）",
        "拍下后请联系客服QQ：" + a.id("qq", "2738491056", "2738491056") + " 发送身份证照片，老师统一安排‘考试’。",
        "支付方式：支持花呗分期，支付宝客服95188可查询交易。",
        "正在拼团：拼团编号 13987526201，还差1人成团"))

# U03 云岭职鉴 (fake query domain) -------------------------------------------------
a = Page("kecheng", "course-10377.html", "人工智能训练师（高级工）认证培训 云岭职业技能鉴定服务中心", True, "U03", "云岭职业技能鉴定服务中心", "marketplace listing")
a.add(p("机构：云岭职业技能鉴定服务中心｜适合人群：零基础、宝妈、在职提升",
        "证书由国家工信部职业技能鉴定中心主办考试，官网可查：" + a.id("domain", "ynzjcx.cn", "www.ynzjcx.cn"),
        "价格：￥2980，含教材、题库、证书费，包考包过。", "联系电话：138XXXXXXXX（招生季统一号码，稍后更新）",
        "全国统一咨询热线：" + a.id("phone", "4008715566", "400-871-5566")))

a = Page("bbs", "thread-382291.html", "[招生] 人工智能训练师 证书 全国联网可查 有需要的进", True, "U03", "云岭职鉴", "forum ad post")
a.add(p("楼主：云岭职鉴小刘",
        "人工智能训练师证书，入库可查，查询网址 " + a.id("domain", "ynzjcx.cn", "ynzjcx.cn") + "，输入身份证号即可查询。",
        "考试全程线上，不用到场，不过包退。咨询 " + a.id("phone", "+8613577062219", "135 7706 2219") + "，或发邮件 " + a.id("email", "ynzj_cert@163.com", "ynzj_cert@163.com")))
a.comment("昭阳老王", "楼主是不是和那个177 8701 5520 一伙的？上次交了钱就拉黑了")
a.comment("游客", "查询网址不是osta的都要小心")

a = Page("news", "ad-20260402.html", "【推广】人工智能训练师报考迎来新窗口期 云岭职鉴开放报名", True, "U03", "云岭职业技能鉴定服务中心", "news advertorial")
a.add(p("（本文为推广信息）近日，记者从云岭职业技能鉴定服务中心获悉，2026年人工智能训练师报考窗口期开启。",
        "该中心负责人表示，学员可‘免培训直接认定’，证书全国联网可查，查询平台 http://www.ynzjcx.cn/query 。",
        "报名热线：" + a.id("phone", "4008715566", "400 871 5566") + "；资料发送：" + a.id("email", "ynzj_cert@163.com", "YNZJ_CERT#163.com") + "（#换成@）"))
a.ids.append(["domain", "ynzjcx.cn", "http://www.ynzjcx.cn/query"])

# U04 华智认证 (state-sounding company, 91 USCC) --------------------------------------
a = Page("kecheng", "course-10402.html", "中国华智人工智能职业技能评价中心 人工智能训练师 国家级证书", True, "U04", "中国华智人工智能职业技能评价中心", "marketplace listing")
a.add(p("国家级证书，官方指定，人社部颁发，可用于评职称、落户积分。",
        "一次报名，三级+二级双证同发，速成班7天结业。",
        "机构信息：" + a.id("uscc", U04_USCC, U04_USCC) + "（统一社会信用代码）",
        "报名热线 " + a.id("phone", "4006639012", "4006639012")))

a = Page("wenda", "q-55120.html", "人工智能训练师证书哪里考？是国家承认的吗？", True, "U04", "华智认证", "Q&A answer that sells")
a.add(p("问：昭通这边想考人工智能训练师，哪里可以报，证书国家承认吗？",
        "<b>华智认证-招生顾问 的回答：</b>我们是国家级评价中心，人社部颁发证书，职业技能等级证书直接对应职称证书。三级零基础可报，包过。报名加V：" +
        a.id("wechat", "hzrz_kf01", "hzrz_kf01") + "，热线 " + a.id("phone", "4006639012", "400-663-9012")))
a.comment("路人甲", "查证书上 zscx.osta.org.cn 就行，别的网站都不靠谱，山寨证书声明看 cpta.com.cn")
a.comment("被坑过", "三级零基础包过的都别信，我之前被 177 8701 5520 骗了三千多")
a.comment("小白求助", "我也想考，有没有人带，我的微信 bs_xiaomei0875")

a = Page("wx", "a-20260318-hz.html", "重磅！人工智能训练师国家证书开放报名，错过再等一年", True, "U04", "华智人工智能评价中心", "WeChat article repost")
a.add(p("华智人工智能评价中心 2026-03-18",
        "职业技能等级证书与国家职业资格证书同等效力，可享受人才补贴、落户加分。",
        "名额有限，先到先得。咨询请添加：" + a.id("wechat", "hzrz_kf01", "HZRZ_KF01"),
        "官网：" + a.id("domain", "hzrz-edu.com", "www.hzrz-edu.com")))

a = Page("shop", "item-51230.html", "国家级 人工智能训练师 三级 证书 官方认证 华智", True, "U04", "华智证书旗舰店", "shop item")
a.add(p("店铺：华智证书旗舰店｜官方认证｜人社部颁发",
        "套餐A 三级 ￥3600｜套餐B 三级+二级 ￥5800（双证更优惠）",
        "售前咨询：" + a.id("domain", "hzrz-edu.com", "hzrz-edu.com") + " 在线客服，或致电 " + a.id("phone", "4006639012", "400 663 9012"),
        "正在拼团：拼团编号 13987526201，还差2人成团"))

# U05 李老师 (individual agent, Baoshan) --------------------------------------------
a = Page("fenlei", "px-88420.html", "代报 人工智能训练师 四级 五级 保山本地老师", True, "U05", "李老师", "classified ad")
a.add(p("本人在保山做职业技能培训报名多年，可代报人工智能训练师五级、四级，资料齐全一周出结果。",
        "不用上课，材料我帮你准备。价格私聊。",
        "电话：" + a.id("phone", "+8615125078842", "151-2507-8842") + "（李老师）",
        "联系电话：13800138000（模板示例，请勿拨打）"))

a = Page("bbs", "thread-382507.html", "求问：人工智能训练师五级，没有工作经验能报吗？", True, "U05", "保山李老师", "forum thread where an agent sells in a reply")
a.add(p("楼主：想转行的小陈　问：我没有相关工作经验，能报五级吗？",
        "2楼 保山李老师：能报，我这边有渠道，工作证明可以帮你开，五级1800全包。加我微信 " + a.id("wechat", "li_ai_0875", "li_ai_0875") +
        " 或者电话 " + a.id("phone", "+8615125078842", "15125078842")))
a.comment("3楼 热心网友", "五级要求累计工作满1年或者学徒期满，开假证明风险自己担")
a.comment("4楼 小陈", "谢谢，我先去问问12333")
a.comment("5楼 路过", "同求，加我 wx: bs_xiaomei0875")

a = Page("video", "v-7302264.html", "保山李老师：人工智能训练师怎么报？一条视频讲清楚", True, "U05", "李老师讲考证", "short-video page")
a.add(p("视频文案：人工智能训练师五级四级都能报，保山昭通临沧都能办，资料不齐也能想办法。",
        "简介：合作请加微信 " + a.id("wechat", "li_ai_0875", "Li_AI_0875") + " / QQ " + a.id("qq", "1524683390", "1524683390")))
a.comment("用户339", "老师怎么收费")
a.comment("李老师讲考证", "私信")

# U06 滇西数标 (data-annotation company, fairly honest) ------------------------------
a = Page("fenlei", "zp-77105.html", "招聘数据标注员 包培训 可考人工智能训练师（数据标注员）证书", True, "U06", "保山滇西数标科技有限公司", "classified job+training ad")
a.add(p("保山滇西数标科技有限公司招聘数据标注员20名，底薪+计件，提供岗前培训。",
        "入职满一年员工，公司统一组织报名人工智能训练师（数据标注员）五级认定，培训费公司承担，认定费按评价机构标准自理。",
        "公司地址：保山市隆阳区永昌路  电话 " + a.id("phone", "08753126670", "0875-3126670") + "  简历投递 " + a.id("email", "hr@dxsb-data.cn", "hr@dxsb-data.cn")))

a = Page("wenda", "q-55187.html", "做数据标注能考人工智能训练师吗？有什么用？", True, "U06", "滇西数标", "Q&A answer that recruits/enrols")
a.add(p("问：在保山做数据标注一年了，能考人工智能训练师吗？",
        "<b>滇西数标HR 的回答：</b>可以。数据标注员是人工智能训练师的工种之一，五级要求累计工作满一年。证书由备案的评价机构颁发，可在 jndj.osta.org.cn 查询。我们公司每年组织员工报名，也对外开放培训名额，费用公示。咨询 " +
        a.id("phone", "08753126670", "0875 3126670") + "，邮箱 " + a.id("email", "hr@dxsb-data.cn", "HR@DXSB-DATA.CN")))
a.comment("读者", "感谢，靠谱回答")

a = Page("wx", "a-20260325-dx.html", "滇西数标：第三期人工智能训练师（数据标注员）培训开班啦", True, "U06", "滇西数标科技", "WeChat article repost")
a.add(p("滇西数标科技 2026-03-25 云南保山",
        "第三期培训面向社会招收学员，课程含标注规范、质检、平台工具，结业后符合条件者可参加五级认定。",
        "本期对应人社部门认定批次 ZT-AI-2026-02。", "培训费 980 元，认定费另计，参保满一年的学员可按规定申请技能提升补贴。", "如对培训收费有异议，可向市场监管部门12315反映。",
        "报名邮箱 " + a.id("email", "hr@dxsb-data.cn", "hr#dxsb-data.cn") + "，企业微信 " + a.id("wechat", "dxsb_hr", "dxsb_hr"),
        "单位信用代码：" + a.id("uscc", U06_USCC, U06_USCC),
        "模板：联系电话 13800138000"))

# U07 昭阳卓越 (挂靠/三证) -------------------------------------------------------------
a = Page("bbs", "thread-383010.html", "【卓越教育】人工智能训练师 三证合一 挂靠年入2万 名额不多了", True, "U07", "卓越教育", "forum ad post")
a.add(p("楼主：卓越教育招生",
        "人工智能训练师+数据标注员+生成式人工智能系统应用员，三证合一一次拿，可挂靠企业，年收入2万+。",
        "考试地点：昭通学院考点（前台电话 0870-2151012）。",
        "报名电话 " + a.id("phone", "+8617787016623", "177-8701-6623") + "，交流群 " + a.id("qq_group", "736120459", "736120459")))

a = Page("video", "v-7303518.html", "卓越教育：宝妈在家也能考的国家证书", True, "U07", "卓越教育昭通", "short-video page")
a.add(p("作者：@卓越教育昭通", "视频文案：不限年龄不限学历，在家就能考，人工智能训练师国家证书，考完还能挂靠拿钱！",
        "进群领资料：QQ群 " + a.id("qq_group", "736120459", "7361 20459") + "　薇：" + a.id("wechat", "zy_jiaoyu66", "zy_jiaoyu66")))
a.comment("用户8812", "挂靠是真的吗")

a = Page("shop", "item-51466.html", "人工智能训练师 报名 三证套餐 挂靠 卓越教育", True, "U07", "卓越教育考证小店", "shop item")
a.add(p("店铺：卓越教育考证小店",
        "三证套餐 ￥4580，含挂靠推荐服务。证书样本编号：S000053091256000018（样本图）",
        "拍前咨询微信 " + a.id("wechat", "zy_jiaoyu66", "ZY_JIAOYU66") + "，联系电话：138XXXXXXXX"))

a = Page("kecheng", "course-10488.html", "人工智能训练师 三级 全程直播课 卓越", True, "U07", "卓越职业教育", "marketplace listing")
a.add(p("机构：卓越职业教育（昭通）｜40课时｜直播+录播",
        "报名即送生成式人工智能系统应用员证书一本。",
        "学习群：" + a.id("qq_group", "736120459", "736120459") + "　咨询 " + a.id("phone", "+8617787016623", "17787016623")))

# U08 智训课堂 (online, AIGC mixed up) ------------------------------------------------
a = Page("kecheng", "course-10519.html", "AI训练师+AIGC双证 零基础可学 智训课堂", True, "U08", "智训课堂", "marketplace listing")
a.add(p("90%小白都能学会！原价9999，限时99元体验课，正式课2980元/50节。",
        "结课获得人工智能训练师证书+AIGC技术应用证书，拿到证书便可升职加薪。",
        "官网：" + a.id("domain", "zhixunketang.com", "zhixunketang.com") + "　助教QQ " + a.id("qq", "3105527781", "3105527781")))

a = Page("wx", "a-20260402-zx.html", "智训课堂｜AIGC时代，人人都需要一张AI训练师证书", True, "U08", "智训课堂AI", "WeChat article repost")
a.add(p("智训课堂AI 2026-04-02",
        "生成式人工智能系统应用员、人工智能训练师有什么区别？其实都是一个证，学完都能拿。",
        "限时99元，扫码添加助教微信 " + a.id("wechat", "zxkt_ai", "zxkt_ai") + "，或访问 " + a.id("domain", "zhixunketang.com", "www.zhixunketang.com"),
        "报名表：https://jinshuju.net/f/Zx99Ab"))

a = Page("wenda", "q-55302.html", "AIGC证书和人工智能训练师证书哪个有用？", True, "U08", "智训课堂", "Q&A answer that sells")
a.add(p("问：网上很多AIGC证书，和人工智能训练师是一回事吗？",
        "<b>AI课程顾问 的回答：</b>差不多，都是人社体系的。我们智训课堂两个都能拿，零基础可学。加助教 " + a.id("wechat", "zxkt_ai", "ZXKT_AI") + " 领试听。",
        "<b>网友 的回答：</b>不是一回事，4-04-05-13 是生成式人工智能系统应用员，4-04-05-05 才是人工智能训练师。"))

# U09 博远 -------------------------------------------------------------------------
a = Page("fenlei", "px-88655.html", "博远教育 人工智能训练师 四级 报名 保山隆阳", True, "U09", "博远教育", "classified ad")
a.add(p("博远教育常年招生：人工智能训练师四级、五级，周末班。",
        "学费2200元，一次性付清，证书样本编号：S000053091256000018（见图）。",
        "报名电话：" + a.id("phone", "+8613887536610", "138 8753 6610")))

a = Page("video", "v-7304107.html", "博远教育：人工智能训练师报名最后3天", True, "U09", "博远教育保山", "short-video page")
a.add(p("作者：@博远教育保山", "视频文案：保山人工智能训练师报名最后3天！四级包过班只剩5个名额。",
        "联系：" + a.id("phone", "+8613887536610", "１３８８７５３６６１０") + "（手机）",
        "对公转账户名：" + a.id("other", "保山博远教育咨询有限公司", "保山博远教育咨询有限公司")))

a = Page("wx", "a-20260408-by.html", "博远教育｜人工智能训练师四级周末班开课通知", True, "U09", "博远教育咨询", "WeChat article repost")
a.add(p("博远教育咨询 2026-04-08",
        "本期四级周末班4月18日开课，尚有少量名额。",
        "缴费方式：对公转账，户名 " + a.id("other", "保山博远教育咨询有限公司", "保山博远教育咨询有限公司") + "，统一社会信用代码 " + a.id("uscc", U09_USCC, U09_USCC) + "。",
        "也可使用支付宝付款，交易问题请联系支付宝客服 95188。"))

# ---------------------------------------------------------------- independents
a = Page("kecheng", "course-10601.html", "数据标注实战课：从标注规范到质检（老周）", True, "I01", "老周", "marketplace listing, independent honest tutor")
a.add(p("讲师：老周，前数据标注项目经理。本课程只讲实操，不承诺证书。",
        "如需报考人工智能训练师，请找人社部门备案的评价机构，证书可在 zscx.osta.org.cn 查询。",
        "价格：￥199｜答疑微信：" + a.id("wechat", "zhou_biaozhu", "zhou_biaozhu")))

a = Page("fenlei", "px-88790.html", "个人转让：人工智能训练师四级报名名额，急转", True, "I02", "个人", "classified ad, individual reselling a slot")
a.add(p("报了某机构的四级班，临时去外地工作，急转名额，原价1980，1500转。",
        "有意者电话：" + a.id("phone", "+8613759372204", "137 5937 2204") + "（非诚勿扰）"))

a = Page("bbs", "thread-383122.html", "私教辅导人工智能训练师四级理论，线上一对一", True, "I03", "ai_tutor", "forum post, private tutor")
a.add(p("楼主：ai_tutor　本人在昆明做算法测试，业余辅导人工智能训练师四级理论，一对一，200元/小时，不代报名，不包过。",
        "联系QQ：" + a.id("qq", "896624017", "896624017")))
a.comment("楼下", "良心，不包过才正常")

a = Page("college", "peixun-ai.html", "2026年人工智能训练师职业技能等级认定培训通知", True, "I04", "乌蒙山职业技术学院", "college continuing-education notice")
a.add(p("我院面向在校生及社会人员开展人工智能训练师（四级、五级）培训及认定工作，认定由经备案的评价机构实施。",
        "收费依据物价部门核定标准公示；符合条件的参保人员可申领技能提升补贴。",
        "证书查询：jndj.osta.org.cn、zscx.osta.org.cn。",
        "山寨证书声明可查阅人事考试中心 cpta.com.cn。", "联系电话：" + a.id("phone", "08702853105", "0870-2853105") + "　邮箱：" + a.id("email", "jxjy@wmszy.edu.cn", "jxjy@wmszy.edu.cn"),
        "政策咨询：12333"))

a = Page("video", "v-7305581.html", "AI训练师速成，原价9999限时99！", True, "I05", "AI小师妹", "short-video page, independent scam-ish")
a.add(p("作者：@AI小师妹", "视频文案：90%小白都能学会，原价9999限时99，学完直接发证！",
        "主页简介：课程咨询加 " + a.id("wechat", "ai99xsk", "ai99xsk")))
a.comment("用户2290", "99块能发证？")

a = Page("shop", "item-52010.html", "AIGC技术应用证书 人社部颁发 598元 4小时课程", True, "I06", "智证AIGC专营店", "shop item, AIGC certificate")
a.add(p("店铺：智证AIGC专营店｜课程4小时，结课即发生成式人工智能（AIGC）技术应用证书，人社部颁发。",
        "价格：￥598。售后微信 " + a.id("wechat", "aigc_zhengshu", "aigc_zhengshu")))

# ---------------------------------------------------------------- non-offers
a = Page("bbs", "thread-381876.html", "【曝光】交了3980考人工智能训练师，对方拉黑了", note="forum complaint")
a.add(p("楼主：被骗的昭阳人　去年在网上看到‘三级零基础包过’，交了3980，对方发了个假查询网站就拉黑了。",
        "骗子电话 177 8701 5520，大家千万小心！已经打了12315和110。",
        "提醒：证书查询只认 zscx.osta.org.cn，其他查询网站都是假的。"))
a.comment("热心网友", "我也被这个177 8701 5520 骗过")
a.comment("求助", "有没有靠谱的，加我 wx: bs_xiaomei0875")

a = Page("news", "n-20260410.html", "警惕！“包过”“人社部颁发”人工智能训练师证书骗局再现", note="news warning")
a.add(p("本报讯 近期，昭通、保山多名市民反映，网上有人以‘零基础直接考三级’‘人社部颁发’为噱头招揽学员，收费后失联。",
        "一名受害人提供的对方号码为 17787015520。人社部门提醒：职业技能等级证书由备案评价机构颁发，可通过 zscx.osta.org.cn 查询；如遇虚假宣传可拨打12315投诉，政策咨询拨打12333。",
        "人事考试中心 cpta.com.cn 设有‘山寨证书’声明栏目。"))

a = Page("news", "n-20260412.html", "昭通苹果开花期提前 果农忙防霜", note="unrelated news")
a.add(p("受气温偏高影响，今年昭通苹果开花期比往年提前约一周，多地果农正在忙于防霜作业。",
        "农业部门提醒果农关注天气预报，做好熏烟、喷水等防霜措施。"))

a = Page("rsj", "tz-2026-031.html", "关于开展2026年第二批职业技能等级认定工作的通知", note="人社局 official notice")
a.add(p("各有关单位：根据职业技能等级认定工作规程，现开展2026年第二批职业技能等级认定，认定批次号 ZT-AI-2026-02。",
        "认定工作由经备案的评价机构实施，人社部门不直接颁发证书。证书查询：jndj.osta.org.cn。",
        "咨询电话：12333。"))

a = Page("rsj", "tz-2026-045.html", "关于警惕“山寨证书”虚假宣传的提示", note="人社局 warning notice")
a.add(p("近期发现部分机构和个人在网络平台发布‘包过’‘免培训直接发证’‘人社部颁发’等虚假宣传。",
        "人工智能训练师证书属于职业技能等级证书，不是国家职业资格证书。证书可在 zscx.osta.org.cn 查询。",
        "如发现违法行为，请拨打12315或12333反映。"))

a = Page("college", "news-0318.html", "我院召开2026年春季学期社会培训工作会议", note="college news")
a.add(p("3月18日，继续教育学院召开春季学期社会培训工作会议，部署职业技能等级认定、技能提升培训等工作。"))

# the training school's own site: its footer carries the seller's own contacts
FOOTER_IDS = [["phone", "08702188631", "0870-2188631"], ["email", "zhixuepx@126.com", "zhixuepx@126.com"],
              ["domain", "zhixuepx.cn", "www.zhixuepx.cn"]]

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社服务热线，多个卖家页面和官方页面引用"),
    ("phone", "12315", ["12315"], "市场监管投诉热线，在警示、投诉和诚信卖家页面中引用"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "官方证书查询网站"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "官方证书查询网站"),
    ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心官方网站，新闻中引用"),
    ("phone", "4008806612", ["400-880-6612"], "学课网平台客服热线（页脚，平台上每页都有）"),
    ("email", "kefu@xuekewang.cn", ["kefu@xuekewang.cn"], "学课网平台客服邮箱（页脚）"),
    ("domain", "xuekewang.cn", ["xuekewang.cn"], "学课网平台域名（页脚）"),
    ("other", "京ICP备19033012号", ["京ICP备19033012号"], "学课网ICP备案号（页脚）"),
    ("email", "admin@ztzx.net", ["admin@ztzx.net"], "论坛管理员邮箱（页脚）"),
    ("other", "滇ICP备12003344号", ["滇ICP备12003344号"], "论坛ICP备案号（页脚）"),
    ("qq_group", "512340876", ["512340876"], "分类信息网本地交流QQ群（页脚）"),
    ("other", "滇ICP备18004521号-2", ["滇ICP备18004521号-2"], "分类信息网ICP备案号（页脚）"),
    ("email", "jubao@zhiwen.com", ["jubao@zhiwen.com"], "问答平台举报邮箱（页脚）"),
    ("domain", "wxwenku.com", ["wxwenku.com"], "转载站域名（页脚）"),
    ("wechat", "wxwenku_kf", ["wxwenku_kf"], "转载站合作微信（页脚）"),
    ("phone", "087165102233", ["0871-65102233"], "短视频平台用户服务热线（页脚）"),
    ("qq", "800056123", ["800056123"], "商城平台客服QQ（页脚）"),
    ("uscc", SHOP_USCC, [SHOP_USCC], "商城平台自己的营业执照代码（页脚）"),
    ("phone", "+8617787015520", ["177 8701 5520", "17787015520"], "投诉和新闻中引用的骗子电话，不属于任何卖家"),
    ("phone", "+8613987526201", ["13987526201"], "商城‘拼团编号’，形似手机号"),
    ("other", "S000053091256000018", ["S000053091256000018"], "多个卖家盗用的同一张证书样本编号"),
    ("other", "ZT-AI-2026-02", ["ZT-AI-2026-02"], "人社部门公布的认定批次号"),
    ("phone", "+8613800138000", ["13800138000"], "模板占位电话"),
    ("phone", "138XXXXXXXX", ["138XXXXXXXX"], "模板占位电话（未填写）"),
    ("wechat", "bs_xiaomei0875", ["bs_xiaomei0875"], "读者在评论区留下的自己的微信"),
    ("phone", "08702151012", ["0870-2151012"], "考点前台电话（第三方）"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "第三方表单工具域名"),
    ("phone", "95188", ["95188"], "支付宝客服电话（第三方支付平台）"),
]

# ---------------------------------------------------------------- rendering
CSS = {
    "training": "body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1;background:#f2f6fb;padding:12px}footer{background:#222;color:#ccc;padding:10px;font-size:13px}",
    "marketplace": "body{font-family:sans-serif;margin:0;background:#fafafa}.top{background:%s;color:#fff;padding:8px 20px}.top a{color:#fff;margin:0 8px}.grid{display:grid;grid-template-columns:3fr 1fr;gap:16px;padding:16px}.card{background:#fff;padding:14px;border-radius:6px}.foot{text-align:center;color:#888;font-size:12px;padding:20px}",
    "forum": "body{font:14px/1.6 SimSun,serif;margin:0}#hd{border-bottom:3px solid %s;padding:6px}#hd a{margin-right:10px}table.t{width:100%%;border-collapse:collapse}table.t td{border:1px solid #cdd;vertical-align:top;padding:8px}.side{width:220px;background:#eef5ee}#ft{border-top:1px solid #ccc;color:#666;font-size:12px;padding:8px}",
    "classifieds": "body{font-family:sans-serif;margin:0}.bar{background:%s;color:#fff;padding:6px 10px}.bar a{color:#fff;margin-right:12px}.box{width:960px;margin:auto;overflow:hidden}.l{float:left;width:700px}.r{float:right;width:240px;background:#fff5f5}.bottom{clear:both;background:#eee;font-size:12px;padding:10px}",
    "qa": "body{font-family:sans-serif;margin:0}.nav{background:%s;padding:10px}.nav a{color:#fff;margin-right:12px}.qa-main{width:70%%;float:left;padding:14px}.qa-side{width:25%%;float:right;padding:14px}.qa-foot{clear:both;font-size:12px;color:#777;padding:10px}",
    "wechat": "body{font-family:-apple-system,sans-serif;margin:0;background:#f7f7f7}.rich_media{max-width:680px;margin:auto;background:#fff;padding:20px}.topnav{background:%s;padding:8px}.topnav a{color:#fff;margin-right:10px}.rel{max-width:680px;margin:auto}.ft{text-align:center;font-size:12px;color:#999;padding:16px}",
    "video": "body{background:#161823;color:#eee;font-family:sans-serif;margin:0}.tabs{background:%s;padding:10px}.tabs a{color:#fff;margin-right:16px}.player{width:360px;height:200px;background:#333;margin:10px}.desc{padding:10px}.recs{padding:10px}.vf{font-size:12px;color:#888;padding:10px}",
    "news": "body{font-family:SimSun,serif;margin:0}.masthead{border-bottom:4px solid %s;padding:10px;font-size:22px}.chan a{margin-right:12px}.article{width:640px;float:left;padding:10px}.hot{width:260px;float:right;padding:10px}.copyright{clear:both;text-align:center;font-size:12px;padding:10px}",
    "gov": "body{font-family:SimSun,serif;margin:0}.gov-top{background:%s;color:#fff;padding:14px;font-size:20px}.gov-nav a{margin-right:14px}.gov-con{width:900px;margin:auto}.gov-foot{text-align:center;font-size:12px;background:#f0f0f0;padding:10px}",
    "shop": "body{font-family:sans-serif;margin:0}.sh-top{background:%s;color:#fff;padding:8px}.sh-top a{color:#fff;margin-right:12px}.detail{display:flex}.info{flex:3;padding:12px}.also{flex:1;padding:12px;background:#fff8f0}.sh-ft{font-size:12px;color:#777;padding:10px;border-top:1px solid #eee}",
    "college": "body{font-family:sans-serif;margin:0}.c-head{background:%s;color:#fff;padding:16px}.c-menu a{margin-right:14px}.c-main{display:flex}.c-text{flex:3;padding:14px}.c-links{flex:1;padding:14px;background:#eef}.c-foot{background:#335;color:#dde;font-size:12px;padding:10px}",
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def site_pages(site):
    return [pg for pg in PAGES if pg.site == site and pg.slug != "index.html"]


def frame(site, title, crumbs, body, related):
    S = SITES[site]
    st = S["style"]
    menu = " ".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in S["menu"])
    crumb = S["sep"].join(crumbs)
    side = "<h3>%s</h3><ul>%s</ul>" % (S["side"], "".join('<li><a href="%s">%s</a></li>' % (r.path, esc(r.title)) for r in related))
    css = CSS[st] % S["color"]
    head = '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title><style>%s</style></head><body>\n' % (esc(title), esc(S["name"]), css)
    home = '<a href="/index.html">网址导航</a>'
    if st == "training":
        h = '<header><b>%s</b><nav>%s</nav></header><div class="crumb">%s</div><div class="wrap"><main><h1>%s</h1>%s</main><aside>%s</aside></div><footer>%s | %s</footer>'
    elif st == "marketplace":
        h = '<div class="top"><b>%s</b> %s</div><div class="crumb">%s</div><div class="grid"><div class="card"><h1>%s</h1>%s</div><div class="card">%s</div></div><div class="foot">%s | %s</div>'
    elif st == "forum":
        h = '<div id="hd"><b>%s</b> %s</div><div class="crumb">%s</div><table class="t"><tr><td><h2>%s</h2>%s</td><td class="side">%s</td></tr></table><div id="ft">%s | %s</div>'
    elif st == "classifieds":
        h = '<div class="bar"><b>%s</b> %s</div><div class="box"><div class="crumb">%s</div><div class="l"><h1>%s</h1>%s</div><div class="r">%s</div></div><div class="bottom">%s | %s</div>'
    elif st == "qa":
        h = '<div class="nav"><b>%s</b> %s</div><div class="crumb">%s</div><div class="qa-main"><h1>%s</h1>%s</div><div class="qa-side">%s</div><div class="qa-foot">%s | %s</div>'
    elif st == "wechat":
        h = '<div class="topnav"><b>%s</b> %s</div><div class="crumb">%s</div><div class="rich_media"><h1 class="rich_media_title">%s</h1>%s<p class="tip">本文转载自微信公众号，如有侵权请联系删除</p></div><div class="rel">%s</div><div class="ft">%s | %s</div>'
    elif st == "video":
        h = '<div class="tabs"><b>%s</b> %s</div><div class="crumb">%s</div><div class="player">[视频播放器]</div><div class="desc"><h1>%s</h1>%s</div><div class="recs">%s</div><div class="vf">%s | %s</div>'
    elif st == "news":
        h = '<div class="masthead">%s<div class="chan">%s</div></div><div class="crumb">当前位置：%s</div><div class="article"><h1>%s</h1><div class="src">来源：彩云资讯网</div>%s</div><div class="hot">%s</div><div class="copyright">%s | %s</div>'
    elif st == "gov":
        h = '<div class="gov-top">%s</div><div class="gov-nav">%s</div><div class="gov-con"><div class="crumb">您当前的位置：%s</div><h1>%s</h1>%s<div class="gov-side">%s</div></div><div class="gov-foot">%s | %s</div>'
    elif st == "shop":
        h = '<div class="sh-top"><b>%s</b> %s</div><div class="crumb">%s</div><div class="detail"><div class="info"><h1>%s</h1>%s</div><div class="also">%s</div></div><div class="sh-ft">%s | %s</div>'
    else:
        h = '<div class="c-head">%s<div class="c-menu">%s</div></div><div class="crumb">%s</div><div class="c-main"><div class="c-text"><h1>%s</h1>%s</div><div class="c-links">%s</div></div><div class="c-foot">%s | %s</div>'
    return head + h % (esc(S["name"]), menu, crumb, esc(title), body, side, S["foot"], home) + "\n</body></html>\n"


def render_comments(pg):
    if not pg.comments:
        return ""
    lab = {"forum": "回复", "video": "评论", "qa": "评论", "wechat": "精选留言"}.get(SITES[pg.site]["style"], "评论")
    return '<div class="comments"><h3>%s</h3>%s</div>' % (lab, "".join("<div class=\"c\"><b>%s</b>：%s</div>" % (w, t) for w, t in pg.comments))


def build():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    content_pages = list(PAGES)
    # site index pages
    idx = {}
    for site, S in SITES.items():
        ip = Page(site, "index.html", S["name"] + " 首页", note="site index page")
        idx[site] = ip
    hub = Page("", "index.html", "网址导航", note="hub")
    for pg in content_pages:
        sp = site_pages(pg.site)
        i = sp.index(pg)
        related = [sp[(i + k) % len(sp)] for k in range(1, min(4, len(sp)))]
        crumbs = ['<a href="/%s/index.html">%s</a>' % (pg.site, SITES[pg.site]["menu"][0]), SITES[pg.site]["menu"][1], esc(pg.title)]
        body = "".join(pg.parts) + render_comments(pg)
        files[pg.path] = frame(pg.site, pg.title, crumbs, body, related)
    for site, ip in idx.items():
        sp = site_pages(site)
        lst = "<ul class=\"list\">" + "".join('<li><a href="%s">%s</a></li>' % (x.path, esc(x.title)) for x in sp) + "</ul>"
        files[ip.path] = frame(site, ip.title, [SITES[site]["menu"][0]], lst, sp[:3])
    hub_html = '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航（昭通·保山 一周搜索记录）</h1><ul>%s</ul></body></html>\n' % "".join(
        '<li><a href="/%s/index.html">%s</a></li>' % (s, esc(S["name"])) for s, S in SITES.items())
    files["/index.html"] = hub_html
    hub.slug = "index.html"
    for path, html in files.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    return files


def main():
    files = build()
    pages = []
    for pg in PAGES:
        if pg.offer and SITES.get(pg.site, {}).get("footer_is_seller"):
            for k, v, w in FOOTER_IDS:
                if [k, v, w] not in pg.ids:
                    pg.ids.append([k, v, w])
        path = "/index.html" if pg.site == "" else pg.path
        pages.append({"path": path, "is_offer": pg.offer, "operator": pg.op,
                      "provider": pg.provider, "identifiers": pg.ids if pg.offer else [],
                      "note": pg.note})
    ops = {}
    for pg in PAGES:
        if pg.op and pg.op.startswith("U"):
            o = ops.setdefault(pg.op, {"brands": [], "identifiers": []})
            if pg.provider not in o["brands"]:
                o["brands"].append(pg.provider)
            for k, v, _ in pg.ids:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pgs = sorted(p for p, h in files.items() if any(w in h for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pgs, "why": why})
    truth = {"pages": sorted(pages, key=lambda x: x["path"]), "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
