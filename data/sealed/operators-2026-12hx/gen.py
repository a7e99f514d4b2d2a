#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]


# ---------------------------------------------------------------- sellers
# identifier key -> (kind, normalized value)
IDS = {
    # U01 智训 (honest school)
    "u1p": ("phone", "+8613945691234"), "u1l": ("phone", "04694221876"),
    "u1w": ("wechat", "zhixun_sys"), "u1c": ("uscc", uscc("52230500", "MJ4A7732")),
    "u1d": ("domain", "syzhixun.cn"),
    # U02 北方数智 (scam)
    "u2p": ("phone", "+8615846078812"), "u2w": ("wechat", "bfsz2026"), "u2q": ("qq", "2876541930"),
    # U03 星途 / 龙江AI学院
    "u3t": ("phone", "4006198725"), "u3e": ("email", "xingtu_edu@163.com"),
    "u3c": ("uscc", uscc("91230100", "MA1BX5K2")),
    # U04 启航 (宝清)
    "u4p": ("phone", "+8618745619920"), "u4w": ("wechat", "qihang-px"),
    # U05 集贤数据标注 (pay-to-work scam)
    "u5q": ("qq", "1534879026"), "u5g": ("qq_group", "735218460"), "u5p": ("phone", "+8617604695531"),
    # U06 慧学 (state-sounding institute)
    "u6p": ("phone", "+8613304512267"), "u6d": ("domain", "hxai-edu.com"),
    "u6o": ("other", "哈尔滨慧学教育咨询有限公司"),
    # U07 鸿途 (honest, 佳木斯)
    "u7l": ("phone", "04548812345"), "u7w": ("wechat", "hongtu0454"), "u7e": ("email", "hongtu_px@126.com"),
    # U08 码上学 (online course)
    "u8w": ("wechat", "mashangxue77"), "u8q": ("qq", "3362418805"),
    "u8o": ("other", "七台河市码上学网络科技工作室"),
    # U09 fake 鉴定服务中心
    "u9p": ("phone", "+8619904692233"), "u9c": ("uscc", uscc("91230500", "MA7CP3R1")),
    "u9w": ("wechat", "sys_jianding"),
    # independents
    "i1p": ("phone", "+8613199873021"), "i2w": ("wechat", "annie_ai_study"),
    "i3l": ("phone", "04693318802"), "i4q": ("qq", "409981276"),
    "i5e": ("email", "ai_peixun_hg@qq.com"), "i6p": ("phone", "+8618246903317"),
}

OPERATORS = {
    "U01": ["智训教育", "双鸭山智训职业技能培训学校"],
    "U02": ["北方数智人才", "数智人才服务中心"],
    "U03": ["龙江AI学院", "黑龙江星途教育科技有限公司"],
    "U04": ["启航职业培训", "宝清启航教育"],
    "U05": ["集贤数据标注基地", "云标数据"],
    "U06": ["慧学人工智能研究院", "国家人工智能人才培养(黑龙江)工作站"],
    "U07": ["鸿途职业培训学校", "鸿途教育"],
    "U08": ["码上学", "码上学AI课堂"],
    "U09": ["双鸭山市职业技能鉴定服务中心", "鉴定服务中心"],
}

# ---------------------------------------------------------------- sites
SITES = {
    "zhixun": dict(name="智训教育 · 双鸭山智训职业技能培训学校", style="school",
                   menu=["首页", "课程设置", "报名指南", "关于我们"],
                   footer="智训教育 版权所有 地址:双鸭山市尖山区新兴大街118号 黑ICP备2022001187号-1"),
    "kecheng": dict(name="学栈网 · 职业技能课程平台", style="market",
                    menu=["首页", "IT互联网", "职业考证", "机构入驻"],
                    footer="学栈网客服热线 400-870-6655 客服邮箱 kf@xuezhan.cn 京ICP备19027715号"),
    "luntan": dict(name="双鸭山生活论坛 · 教育培训版", style="forum",
                   menu=["论坛首页", "教育培训", "求职招聘", "民生投诉"],
                   footer="双鸭山生活论坛 站务QQ群 58732106 黑ICP备13004221号"),
    "fenlei": dict(name="鸭城分类信息网", style="classifieds",
                   menu=["首页", "教育培训", "招聘", "二手"],
                   footer="鸭城分类 客服 0469-4117700 www.yacheng56.com 黑ICP备17000519号"),
    "wenda": dict(name="问问看 · 教育问答", style="qa",
                  menu=["首页", "教育", "职场", "我要提问"],
                  footer="问问看 举报邮箱 jubao@wenwenkan.net 沪ICP备18033021号"),
    "wxwen": dict(name="公号文章聚合 · 职场成长", style="wechat-repost",
                  menu=["首页", "职场", "考证", "热门"],
                  footer="本站文章转载自微信公众号,版权归原作者 联系删除 bd@gzhjuhe.com 粤ICP备20061633号"),
    "shipin": dict(name="快看短视频 网页版", style="short-video",
                   menu=["推荐", "同城", "知识", "直播"],
                   footer="快看 kuaikan-video.com 违法和不良信息举报 4006-551-220"),
    "xinwen": dict(name="双鸭山新闻网", style="news",
                   menu=["首页", "本地", "民生", "教育"],
                   footer="双鸭山新闻网 新闻热线 0469-4225118 黑ICP备05003126号"),
    "rsj": dict(name="双鸭山市人力资源和社会保障局(示意)", style="gov-notice",
                menu=["首页", "通知公告", "职业能力", "政策解读"],
                footer="主办:双鸭山市人力资源和社会保障局 咨询电话 12333"),
    "shop": dict(name="淘课集市 · 教育虚拟商品", style="shop",
                 menu=["首页", "考证课程", "店铺街", "购物车"],
                 footer="淘课集市 平台客服QQ 800177123 支付由支付宝提供 客服 95188"),
    "blog": dict(name="老周的北大荒笔记(博客)", style="blog",
                 menu=["首页", "归档", "分类", "关于"],
                 footer="老周的博客 laozhou.blog 邮箱 laozhou_bdh@sina.com"),
}

# ---------------------------------------------------------------- pages
# Each page: site, file, title, kind ('offer' or 'info'), operator, provider, ids (list of
# (key, label, written)), body (list of paragraphs), extra (decoy/noise paragraphs)
P = []


def page(site, file, title, body, op=None, provider=None, ids=(), extra=(), note=""):
    P.append(dict(site=site, file=file, title=title, body=list(body), op=op, provider=provider,
                  ids=list(ids), extra=list(extra), note=note))

QUERY = "证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。"
VENUE = "考点:双鸭山技师学院实训楼(前台 0469-4286110)。"
FORM = "报名表请在线填写:wjx.cn/vm/tuR8kq2.aspx"
PAY = "支持支付宝付款,如有支付问题可拨打支付宝客服95188。"
TEMPLATE = "(模板示例:联系电话 138-0013-8000,微信号 xxxxxx,请替换成您自己的)"

# U01 智训 honest school -------------------------------------------------
page("zhixun", "ai-trainer.html", "人工智能训练师(四级/五级)职业技能等级认定培训招生简章", [
    "我校是经人社部门备案的职业技能培训机构,现开设人工智能训练师(职业编码4-04-05-05)五级/四级培训班。",
    "课程:五级60课时、四级50课时,理论+实操,含数据采集和处理、数据标注、智能系统运维。",
    "报名条件:五级需本职业或相关职业工作满1年或经本职业学徒期满;四级须按国家职业技能标准申报。",
    "培训费五级1280元,四级1680元;符合条件的参保职工可按规定申领技能提升补贴。证书为职业技能等级证书,不是职业资格证书。",
], op="U01", provider="双鸭山智训职业技能培训学校",
    ids=[("u1l", "报名电话:", "0469-4221876"), ("u1p", "招生老师手机:", "139-4569-1234"),
         ("u1c", "统一社会信用代码:", None)],
    extra=[QUERY, VENUE], note="school's own enrolment page, honest")
page("zhixun", "baoming.html", "报名指南|人工智能训练师春季班", [
    "春季班3月开班,周末上课,线下+线上结合。请携带身份证、学历证明、工作年限证明到校登记。",
    "温馨提示:我们不承诺包过,考核由备案评价机构组织,理论和技能考核均60分合格。",
], op="U01", provider="智训教育",
    ids=[("u1l", "咨询:", "(0469)4221876"), ("u1w", "添加招生老师微信:", "zhixun_sys"),
         ("u1d", "官网:", "www.syzhixun.cn")],
    extra=[FORM, "政策咨询可拨打人社服务热线12333。"], note="school enrolment guide")
page("kecheng", "course-5521.html", "【智训教育】人工智能训练师五级 数据标注实操班(双鸭山线下)", [
    "机构:智训教育 | 课时:60 | 上课地点:双鸭山尖山区 | 价格:¥1280",
    "课程大纲:数据标注规范、标注工具使用、质检流程、模拟考核。",
    "学员评价:老师讲得细,实操多。",
], op="U01", provider="智训教育",
    ids=[("u1w", "课程顾问 V:", "ZhiXun_SYS"), ("u1d", "机构官网 ", "syzhixun.cn/ai")],
    extra=["平台订单号:XZ2026031513945"], note="marketplace listing of U01")
page("fenlei", "info-88021.html", "双鸭山 人工智能训练师培训 数据标注员 周末班 可申请补贴", [
    "智训学校招生,人工智能训练师五级四级,周末班,小班教学。",
    "参保满一年可申请技能提升补贴,具体以人社部门审核为准。",
], op="U01", provider="双鸭山智训职业技能培训学校",
    ids=[("u1p", "联系电话 ", "13945691234")],
    extra=[VENUE], note="classified ad of U01, tied by mobile")

# U02 北方数智 scam -----------------------------------------------------------
page("shipin", "v-7731.html", "零基础拿人工智能训练师证!人社部颁发 全国通用 包过", [
    "视频文案:90%小白都能学会!原价9999限时1999,三个等级一起报更优惠,二级技师也能直接考。",
    "人社部颁发,国家职业资格证书,入库可查,拿证升职加薪。",
    "评论区:想报名的私信我。",
], op="U02", provider="北方数智人才",
    ids=[("u2w", "主页简介:V ", "bfsz2026"), ("u2p", "电话 ", "158 4607 8812")],
    extra=["网友评论:我的微信 lily_sys1990 有一起报的吗"], note="short-video ad, scam wording")
page("wxwen", "a-20260412.html", "2026人工智能训练师报考通知(不限学历 不限经验 拿证快)", [
    "原文来自公众号“数智人才服务中心”。",
    "人工智能训练师是人社部认证的新职业,证书由人社部颁发,官网可查。不限学历、不限经验,考试包过,不过全额退费。",
    "一级高级技师、二级技师均可报名,报名费3680元,两级同报立减800。",
], op="U02", provider="数智人才服务中心",
    ids=[("u2p", "报名热线:", "158-4607-8812"), ("u2q", "QQ:", "2876541930")],
    extra=[TEMPLATE], note="WeChat repost of U02 scam notice")
page("wenda", "q-31908.html", "人工智能训练师证书在哪里报名靠谱?", [
    "提问:双鸭山这边哪里能考人工智能训练师?",
    "回答(用户 北方数智小张):我们这边可以报,人社部颁发,一个月拿证,包过。",
], op="U02", provider="北方数智人才",
    ids=[("u2q", "详细可加扣扣 ", "2876 541 930"), ("u2w", "或者薇 ", "Bfsz2026")],
    extra=["另一回答:建议去人社局官网或拨打12333核实培训机构。"], note="Q&A answer planted by U02")
page("fenlei", "info-88107.html", "急招 人工智能训练师 考证 一次通过 全国可查", [
    "北方数智人才 代报名人工智能训练师证,免培训、包通过、国家认可、官方认证。",
    "三证一起办更划算,可挂靠年入数万。",
], op="U02", provider="北方数智人才",
    ids=[("u2p", "手机:", "15846078812")],
    extra=[], note="classified ad of U02")

# U03 星途 ------------------------------------------------------------------
page("kecheng", "course-6017.html", "龙江AI学院|人工智能训练师三级(高级工)线上直播课", [
    "机构:龙江AI学院(黑龙江星途教育科技有限公司) | 40课时 | ¥2680",
    "适合已取得四级证书的在职人员,课程覆盖业务分析、智能训练、智能系统设计、培训与指导。",
], op="U03", provider="龙江AI学院",
    ids=[("u3t", "全国服务热线 ", "400-619-8725"), ("u3e", "邮箱 ", "xingtu_edu@163.com")],
    extra=["课程编号:KC6017-2026"], note="marketplace listing of U03")
page("shop", "item-40219.html", "人工智能训练师四级 网课+题库+模拟考 星途官方店", [
    "店铺:黑龙江星途教育科技有限公司。宝贝:四级网课+题库,¥980,发货方式:网盘链接。",
    "购买后请联系客服登记报名信息。",
], op="U03", provider="黑龙江星途教育科技有限公司",
    ids=[("u3t", "售后热线:", "4006198725"), ("u3c", "营业执照统一社会信用代码 ", None)],
    extra=[PAY, "示例订单号:260315401987253"], note="shop item of U03")
page("blog", "2026-03-ai-course.html", "报了个人工智能训练师网课,说说体验(广告合作)", [
    "本文为合作推广。龙江AI学院的三级课讲得还可以,直播有回放。",
    "想了解的可以发邮件问他们的课程顾问。",
], op="U03", provider="龙江AI学院",
    ids=[("u3e", "邮箱:", "XingTu_Edu@163.com")],
    extra=[], note="sponsored blog post for U03")

# U04 启航 ------------------------------------------------------------------
page("luntan", "thread-2201.html", "宝清这边有人工智能训练师培训吗?【启航招生】", [
    "楼主(启航职业培训):宝清启航开班了,人工智能训练师五级,零基础可学,两周速成。",
    "2楼:多少钱?",
    "楼主:1980,考不过下期免费重学。",
], op="U04", provider="启航职业培训",
    ids=[("u4p", "楼主电话 ", "187 4561 9920")],
    extra=["3楼:论坛里发广告的多了,大家去人社局查一下备案。"], note="forum thread by U04")
page("fenlei", "info-88233.html", "宝清启航教育 人工智能训练师 数据标注 速成班", [
    "宝清启航教育招生,速成班两周拿证,零基础可学。",
], op="U04", provider="宝清启航教育",
    ids=[("u4p", "电话/微信同号 ", "18745619920"), ("u4w", "微信 ", "qihang-px")],
    extra=[FORM], note="classified ad of U04")
page("wenda", "q-32077.html", "宝清县考人工智能训练师去哪?", [
    "回答(网友 qihang老师):可以来宝清启航,随到随学。",
], op="U04", provider="宝清启航教育",
    ids=[("u4w", "v:", "QiHang-PX")],
    extra=[], note="Q&A answer by U04")
page("shipin", "v-7802.html", "两周拿人工智能训练师证 宝清同城", [
    "视频文案:宝清启航,零基础,两周速成,名额有限。",
], op="U04", provider="启航职业培训",
    ids=[("u4p", "评论置顶:电话 ", "187-4561-9920")],
    extra=[], note="short video of U04")

# U05 集贤数据标注 ------------------------------------------------------------
page("luntan", "thread-2245.html", "在家做数据标注 日结300 先考人工智能训练师证", [
    "楼主(集贤数据标注基地):招兼职数据标注员,需先参加人工智能训练师培训考证,培训费2980,拿证后派单,日结300。",
], op="U05", provider="集贤数据标注基地",
    ids=[("u5q", "扣:", "1534879026"), ("u5g", "学员群 ", "735218460")],
    extra=["楼下回复:这不就是先交钱吗,小心。我的QQ 2219087734 被这类骗过"], note="forum post, pay-to-work lure")
page("wxwen", "a-20260328.html", "云标数据:人工智能训练师+数据标注 就业一条龙", [
    "原文来自公众号“云标数据”。培训考证后协议就业,包分配数据标注任务,月入过万。",
], op="U05", provider="云标数据",
    ids=[("u5g", "进群:QQ群号 ", "735 218 460"), ("u5p", "负责人 ", "176 0469 5531")],
    extra=[], note="WeChat repost of U05")
page("fenlei", "info-88340.html", "招聘 数据标注员 在家可做 需考证", [
    "集贤数据标注基地 招聘,上岗前需考人工智能训练师证,费用2980。",
], op="U05", provider="集贤数据标注基地",
    ids=[("u5p", "联系人手机 ", "17604695531")],
    extra=[], note="classified job-ad style offer of U05")

# U06 慧学 state-sounding ------------------------------------------------------
page("wxwen", "a-20260405.html", "国家人工智能人才培养(黑龙江)工作站 2026年第二期招生", [
    "原文来自公众号“慧学AI研究院”。本工作站证书国家级、全国通用,职业技能等级证书直接对应职称证书。",
    "三级、二级、一级可同时报考,费用6800元,报名即赠VIP内部资料。",
], op="U06", provider="国家人工智能人才培养(黑龙江)工作站",
    ids=[("u6p", "报名咨询 ", "133-0451-2267"), ("u6d", "官网 ", "www.hxai-edu.com")],
    extra=[QUERY], note="WeChat repost, state-sounding scam")
page("xinwen", "adv-0412.html", "【推广】慧学人工智能研究院:抢抓AI新职业红利", [
    "本文为企业推广信息。慧学人工智能研究院称,其人工智能训练师培训由工信部职业技能鉴定中心主办,内部信息、命题组老师授课。",
], op="U06", provider="慧学人工智能研究院",
    ids=[("u6d", "了解更多:", "hxai-edu.com"), ("u6o", "对公账户户名:", "哈尔滨慧学教育咨询有限公司")],
    extra=[], note="advertorial on news site")
page("shop", "item-40377.html", "人工智能训练师高级技师 一级 全套 官方指定", [
    "店铺:慧学AI。一级高级技师证书培训报名,不限学历,¥6800,拍下后联系客服。",
], op="U06", provider="慧学人工智能研究院",
    ids=[("u6p", "客服手机 ", "13304512267"), ("u6o", "收款方:", "哈尔滨慧学教育咨询有限公司")],
    extra=[PAY], note="shop item of U06")

# U07 鸿途 honest (佳木斯) -----------------------------------------------------
page("kecheng", "course-6102.html", "鸿途职业培训学校|人工智能训练师四级 周末面授(佳木斯/双鸭山)", [
    "机构:鸿途职业培训学校 | 50课时 | ¥1580 | 须满足四级申报条件。",
], op="U07", provider="鸿途职业培训学校",
    ids=[("u7l", "学校电话 ", "0454-8812345"), ("u7e", "邮箱 ", "hongtu_px@126.com")],
    extra=[VENUE], note="marketplace listing of U07")
page("blog", "2026-04-hongtu.html", "陪表妹去佳木斯鸿途报了人工智能训练师", [
    "学校挺正规,先查了工作年限,说不满一年不能报五级,让她先做满一年。",
], op="U07", provider="鸿途教育",
    ids=[("u7w", "招生老师微信 ", "hongtu0454")],
    extra=[], note="blog post with U07 contact")
page("wenda", "q-32150.html", "佳木斯人工智能训练师四级培训推荐?", [
    "回答(鸿途教育 招生办):我校可报四级,需满足申报条件,不承诺通过。",
], op="U07", provider="鸿途教育",
    ids=[("u7e", "资料可发邮件 ", "HongTu_PX@126.com"), ("u7w", "vx ", "hongtu0454")],
    extra=[], note="Q&A answer by U07")
page("shipin", "v-7855.html", "鸿途学员实操课现场 数据标注", [
    "视频文案:人工智能训练师四级实操课,想学的来。",
], op="U07", provider="鸿途职业培训学校",
    ids=[("u7l", "报名:", "(0454)8812345")],
    extra=[], note="short video of U07")

# U08 码上学 --------------------------------------------------------------------
page("shop", "item-40502.html", "码上学AI课堂 人工智能训练师五级 网课 原价9999限时99", [
    "店铺:码上学。90%小白都能学会,送证书报考指导。",
], op="U08", provider="码上学AI课堂",
    ids=[("u8w", "拍下加微 ", "mashangxue77"), ("u8o", "收款主体 ", "七台河市码上学网络科技工作室")],
    extra=["订单号示例 2026041013304512267"], note="shop item of U08")
page("shipin", "v-7901.html", "99元学会AI训练师 码上学", [
    "视频文案:原价9999限时99,零基础可学,学完可考证。",
], op="U08", provider="码上学",
    ids=[("u8q", "粉丝群找管理 Q ", "3362418805"), ("u8w", "微 ", "MaShangXue77")],
    extra=[], note="short video of U08")
page("blog", "2026-02-mashangxue.html", "99元AI训练师课值不值?我买了码上学的课", [
    "课程就是录播,证书要另外交钱。",
], op="U08", provider="码上学",
    ids=[("u8q", "卖家QQ ", "3362418805")],
    extra=["我自己的公众号:老周笔记,欢迎关注"], note="blog review linking U08 contact; still an offer page (carries seller purchase contact)")

# U09 fake 鉴定服务中心 -------------------------------------------------------------
page("fenlei", "info-88412.html", "双鸭山市职业技能鉴定服务中心 人工智能训练师报名", [
    "本中心受理人工智能训练师一至五级报名,人社部颁发,全国联网可查,查询网址 www.zgjnjd-cx.com。",
], op="U09", provider="双鸭山市职业技能鉴定服务中心",
    ids=[("u9p", "电话 ", "199 0469 2233"), ("u9c", "信用代码 ", None)],
    extra=[], note="classified ad of U09 with fake query site")
page("luntan", "thread-2290.html", "【官方】人工智能训练师报名通道", [
    "楼主(鉴定服务中心):本中心为市人社局指定机构,官方指定,保过。",
], op="U09", provider="鉴定服务中心",
    ids=[("u9p", "电话 ", "19904692233"), ("u9w", "微信 ", "sys_jianding")],
    extra=["站务提示:如遇诈骗请拨打12315或110。"], note="forum post by U09")
page("wenda", "q-32208.html", "人工智能训练师证在哪查真伪?", [
    "回答(鉴定服务中心):我们中心发的证都能在我们查询网站查,报名找我。",
], op="U09", provider="鉴定服务中心",
    ids=[("u9w", "微信:", "SYS_jianding")],
    extra=["另一回答:请以 zscx.osta.org.cn 为准。"], note="Q&A answer by U09")
page("xinwen", "adv-0420.html", "【推广】双鸭山市职业技能鉴定服务中心开通人工智能训练师报名", [
    "本文为推广信息。该中心称受理一级至五级报名。",
], op="U09", provider="双鸭山市职业技能鉴定服务中心",
    ids=[("u9c", "统一社会信用代码 ", None), ("u9p", "报名 ", "199-0469-2233")],
    extra=[], note="advertorial of U09")

# independents -------------------------------------------------------------
page("kecheng", "course-6230.html", "个人讲师 人工智能训练师理论冲刺 1对1", [
    "讲师:刘老师(独立讲师)| ¥600/8课时 | 线上。",
], op="I01", provider="刘老师", ids=[("i1p", "电话 ", "131 9987 3021")], extra=[], note="independent tutor")
page("blog", "2026-01-study.html", "AI训练师学习小组招人(收费)", [
    "我在组织一个人工智能训练师四级备考小组,每人收199元资料费。",
], op="I02", provider="Annie学习小组", ids=[("i2w", "微信 ", "annie_ai_study")], extra=[], note="independent study group")
page("fenlei", "info-88501.html", "友谊县 人工智能训练师培训 小班", [
    "友谊县职业培训中心 人工智能训练师五级小班。",
], op="I03", provider="友谊县职业培训中心", ids=[("i3l", "电话 ", "0469-3318802")], extra=[VENUE], note="independent local school")
page("luntan", "thread-2333.html", "转让人工智能训练师网课名额", [
    "楼主:报了课没时间上,名额低价转,可以帮报考。",
], op="I04", provider="个人转让", ids=[("i4q", "QQ ", "409981276")], extra=[], note="independent resale of a course seat")
page("wxwen", "a-20260415.html", "鹤岗AI职业培训:人工智能训练师报名开始", [
    "原文来自公众号“鹤岗AI职业培训”。五级、四级开班。",
], op="I05", provider="鹤岗AI职业培训", ids=[("i5e", "报名邮箱 ", "ai_peixun_hg@qq.com")], extra=[QUERY], note="independent WeChat notice")
page("shop", "item-40611.html", "人工智能训练师题库 2026最新 包过", [
    "店铺:考证小铺。题库+押题,包过,¥49。",
], op="I06", provider="考证小铺", ids=[("i6p", "店主手机 ", "182-4690-3317")], extra=[PAY], note="independent question-bank seller")

# non-offers -------------------------------------------------------------------
page("xinwen", "news-0318.html", "警惕!“包过”人工智能训练师证书骗局又出现", [
    "记者调查发现,有人以“人社部颁发”“包过”为噱头收取数千元费用。市民王女士反映,对方电话 171 8832 4410 在收款后失联。",
    "市人社局提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询,如有疑问请拨打12333,消费纠纷可拨打12315。",
    "记者看到的假证书编号为 S000023071234265000123,在官方平台查无此证。",
], extra=[], note="news warning (non-offer)")
page("rsj", "notice-2026-07.html", "关于做好2026年人工智能训练师职业技能等级认定工作的通知(示意)", [
    "各县区人社局、各备案评价机构:认定工作按《人工智能训练师国家职业技能标准(2021年版)》执行。",
    "证书查询:jndj.osta.org.cn 和 zscx.osta.org.cn。咨询电话12333。认定批次号:2026-AI-0469-03。",
], extra=[], note="official-style notice (non-offer)")
page("luntan", "thread-2377.html", "【投诉】交了3680元的人工智能训练师“包过”班,人联系不上了", [
    "楼主:对方自称人社部颁发,电话 17188324410 已停机。已向12315投诉。",
    "回复:我也被骗了,我的联系方式 13845007712,有一起维权的吗?",
], extra=[], note="complaint thread (non-offer)")
page("blog", "2026-03-guide.html", "人工智能训练师报考避坑指南", [
    "1. 证书是职业技能等级证书,不是国家职业资格证书;2. 人社部不颁发,备案评价机构颁发;3. 二级、一级不能零基础报。",
    "查询请用 zscx.osta.org.cn,不要信对方给的查询网址。政策问题打12333。",
], extra=[], note="guide (non-offer)")


# ---------------------------------------------------------------- render
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def written_of(key, w):
    return IDS[key][1] if w is None else w


def frame(site, title, crumbs, main, related):
    s = SITES[site]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (site, esc(m)) for m in s["menu"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in related)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head>"
            "<body class=\"%s\"><header><h1>%s</h1><nav>%s</nav></header>"
            "<div class=\"crumbs\"><a href=\"/index.html\">导航</a> &gt; <a href=\"/%s/index.html\">%s</a> &gt; %s</div>"
            "<main>%s</main><aside><h3>相关链接</h3><ul>%s</ul></aside>"
            "<footer>%s</footer></body></html>\n") % (
        esc(title), esc(s["name"]), s["style"], esc(s["name"]), menu, site, esc(s["name"]),
        esc(crumbs), main, rel, esc(s["footer"]))


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [] for k in SITES}
    for p in P:
        p["path"] = "/%s/%s" % (p["site"], p["file"])
        by_site[p["site"]].append(p)
    texts = {}
    for p in P:
        paras = ["<p>%s</p>" % esc(b) for b in p["body"]]
        for key, label, w in p["ids"]:
            paras.append("<p>%s%s</p>" % (esc(label), esc(written_of(key, w))))
        paras += ["<p>%s</p>" % esc(e) for e in p["extra"]]
        sib = [q for q in by_site[p["site"]] if q is not p][:3]
        related = [(q["path"], q["title"]) for q in sib] + [("/%s/index.html" % p["site"], "返回本站首页")]
        html = frame(p["site"], p["title"], p["title"], "<article><h2>%s</h2>%s</article>" % (
            esc(p["title"]), "".join(paras)), related)
        texts[p["path"]] = html
    for site, pages in by_site.items():
        items = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in pages)
        texts["/%s/index.html" % site] = frame(site, "首页", "首页", "<ul>%s</ul>" % items,
                                               [("/index.html", "网址导航")])
    hub = "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, esc(v["name"])) for k, v in SITES.items())
    texts["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>一周搜索记录:双鸭山 人工智能训练师</title></head>"
                            "<body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % hub)
    for path, html in texts.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tpages = []
    for path in sorted(texts):
        p = next((q for q in P if q["path"] == path), None)
        if p is None:
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub" if path == "/index.html" else "site index page"))
            continue
        tpages.append(dict(path=path, is_offer=p["op"] is not None, operator=p["op"], provider=p["provider"],
                           identifiers=[[IDS[k][0], IDS[k][1], written_of(k, w)] for k, _, w in p["ids"]],
                           note=p["note"]))
    ops = {}
    for op, brands in OPERATORS.items():
        keys = []
        for p in P:
            if p["op"] == op:
                for k, _, _ in p["ids"]:
                    if k not in keys:
                        keys.append(k)
        ops[op] = dict(brands=brands, identifiers=[list(IDS[k]) for k in keys])
    DECOYS = [
        ("phone", "12333", ["12333"], "人社服务热线 (public hotline)"),
        ("phone", "12315", ["12315"], "市场监管投诉热线 (public hotline)"),
        ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
        ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
        ("phone", "4008706655", ["400-870-6655"], "学栈网 platform footer hotline"),
        ("email", "kf@xuezhan.cn", ["kf@xuezhan.cn"], "学栈网 platform footer e-mail"),
        ("qq_group", "58732106", ["58732106"], "forum footer QQ group"),
        ("other", "黑ICP备13004221号", ["黑ICP备13004221号"], "forum footer ICP"),
        ("phone", "04694117700", ["0469-4117700"], "classifieds footer customer service"),
        ("domain", "yacheng56.com", ["www.yacheng56.com"], "classifieds platform domain in footer"),
        ("email", "jubao@wenwenkan.net", ["jubao@wenwenkan.net"], "Q&A platform report e-mail"),
        ("email", "bd@gzhjuhe.com", ["bd@gzhjuhe.com"], "WeChat-repost aggregator footer"),
        ("domain", "kuaikan-video.com", ["kuaikan-video.com"], "short-video platform domain"),
        ("phone", "4006551220", ["4006-551-220"], "short-video platform report line"),
        ("qq", "800177123", ["800177123"], "shop platform customer-service QQ"),
        ("phone", "95188", ["95188"], "payment platform (Alipay) hotline, third party"),
        ("phone", "+8617188324410", ["171 8832 4410", "17188324410"], "scammer number quoted in news warning and complaint"),
        ("other", "S000023071234265000123", ["S000023071234265000123"], "certificate number quoted in news"),
        ("other", "XZ2026031513945", ["XZ2026031513945"], "marketplace order number, looks like it holds a mobile"),
        ("other", "260315401987253", ["260315401987253"], "order number example in shop"),
        ("other", "2026041013304512267", ["2026041013304512267"], "order number containing U06's mobile digits by accident"),
        ("other", "KC6017-2026", ["KC6017-2026"], "course number"),
        ("other", "2026-AI-0469-03", ["2026-AI-0469-03"], "assessment batch number"),
        ("phone", "+8613800138000", ["138-0013-8000"], "template placeholder"),
        ("wechat", "lily_sys1990", ["lily_sys1990"], "reader's own WeChat in a comment"),
        ("qq", "2219087734", ["2219087734"], "reader's own QQ in a reply"),
        ("phone", "+8613845007712", ["13845007712"], "complaining reader's own number"),
        ("phone", "04694286110", ["0469-4286110"], "exam venue front desk, third party"),
        ("domain", "wjx.cn", ["wjx.cn"], "form tool, third party"),
        ("phone", "04694225118", ["0469-4225118"], "news site hotline in footer"),
    ]
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(pth for pth, h in texts.items() if any(esc(w) in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=ops, decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
