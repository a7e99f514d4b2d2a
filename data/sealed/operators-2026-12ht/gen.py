#!/usr/bin/env python3
"""Deterministic generator of a small Chinese web of AI-trainer (4-04-05-05) certificate sellers.
Standard library only. `python3 gen.py` writes site/ and truth.json."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(s8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(v(a) * b for a, b in zip(s8, ws)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(body, W)) % 31
    return body + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("52230400", "MA1C7Q2D")
USCC_U03 = uscc("91110108", "MA01R8K3")
USCC_U04 = uscc("91230103", "MA1BX4N6")
USCC_U08 = uscc("91230402", "MA1D3T7P")

# ---------------------------------------------------------------- sites
SITES = {
 "zhitu":   dict(name="鹤岗市智途职业技能培训学校", style="training", menu=["学校首页", "培训项目", "报名须知", "联系我们"],
                 footer="鹤岗市智途职业技能培训学校 版权所有 | 黑ICP备2021006613号-1", foot_ids=[]),
 "kecheng": dict(name="课多多·职业技能课堂", style="market", menu=["首页", "IT互联网", "职业考证", "AI课程", "我的订单"],
                 footer="课多多客服热线 400-690-2211 ｜ 客服邮箱 kefu@keduoduo.cn ｜ 京ICP备18047731号", foot_ids=[]),
 "bbs":     dict(name="鹤岗生活圈论坛", style="forum", menu=["论坛首页", "鹤岗杂谈", "求职招聘", "教育培训", "维权曝光"],
                 footer="鹤岗生活圈 hgshq.net ｜ 版主QQ群 563218907 ｜ 黑ICP备15003328号", foot_ids=[]),
 "fenlei":  dict(name="鹤岗便民分类信息网", style="classifieds", menu=["首页", "教育培训", "招聘", "二手", "房产", "发布信息"],
                 footer="信息仅供参考，交易请谨慎 ｜ 举报电话 0468-3310086 ｜ 黑ICP备19002154号-2", foot_ids=[]),
 "wenda":   dict(name="问多多", style="qa", menu=["首页", "职业教育", "考证", "我要提问"],
                 footer="问多多 wenduoduo.com ｜ 违法和不良信息举报 jubao@wenduoduo.com ｜ 沪ICP备16021788号", foot_ids=[]),
 "mp":      dict(name="职场公众号精选（转载）", style="wechat", menu=["首页", "考证资讯", "技能提升", "关于本站"],
                 footer="本站文章转载自微信公众号，版权归原作者 ｜ 删稿联系 mpzz_admin@126.com ｜ 豫ICP备20011457号", foot_ids=[]),
 "video":   dict(name="快看短视频·网页版", style="video", menu=["推荐", "关注", "同城·鹤岗", "直播"],
                 footer="快看 ｜ 客服电话 95079 ｜ 京ICP备20016652号-3 ｜ 未成年人举报 1010-5000", foot_ids=[]),
 "news":    dict(name="鹤岗新闻网", style="news", menu=["首页", "本地", "民生", "教育", "专题"],
                 footer="鹤岗新闻网 新闻热线 0468-3456000 ｜ 黑ICP备09001286号", foot_ids=[]),
 "rsj":     dict(name="鹤岗市人力资源和社会保障局（示例）", style="gov", menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
                 footer="主办：鹤岗市人力资源和社会保障局 ｜ 咨询电话 12333 ｜ 网站标识码 2304000012", foot_ids=[]),
 "shop":    dict(name="拼淘商城", style="shop", menu=["首页", "教育培训", "数码", "家居", "购物车"],
                 footer="拼淘商城 平台客服 400-118-7700 ｜ 支付由 支付宝 / 微信支付 提供 ｜ 浙ICP备17055290号", foot_ids=[]),
 "blog":    dict(name="老周的自学笔记", style="blog", menu=["首页", "AI学习", "考证记录", "关于我"],
                 footer="© 老周 ｜ 本博客托管于 lofter-like 博客平台 ｜ 博客平台客服邮箱 service@bokeyun.cn", foot_ids=[]),
}

PAGES = []  # dicts: path, site, title, body, is_offer, operator, provider, ids, note, crumbs

def page(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, ids=list(ids), note=note))

def P(*xs):
    return "".join("<p>%s</p>\n" % x for x in xs)

HONEST = [
    "本课程依据《人工智能训练师国家职业技能标准（2021年版）》设置，职业编码4-04-05-05，含数据标注员、人工智能算法测试员两个工种。",
    "五级（初级工）参考培训课时60学时，理论+实操两部分考核，均达60分为合格；认定由备案的评价机构组织，证书可在技能人才评价证书全国联网查询平台核验。",
    "报考五级需在本职业或相关职业累计工作满1年，或本职业学徒期满；四级及以上按标准逐级申报，请勿轻信“零基础直考高级”。",
    "符合条件的参保职工可按规定申领失业保险技能提升补贴（五级最高1000元、四级1500元、三级2000元），以当地人社部门审核为准。",
    "我们只收培训费，认定费按评价机构公示标准另行缴纳，不承诺包过。",
]
SCAM = [
    "人社部颁发，国家职业资格证书，全国通用、终身有效、官网可查！",
    "零基础、不限学历、不限年龄，免培训直接拿证，一次报考三个等级（三级+二级+一级）更优惠！",
    "交费包过，不过全额退款，内部题库，考前押题，百分百通过率。",
    "持证可挂靠，每年躺赚2-3万；还能直接对应职称，评工程师！",
    "原价9999，限时特惠只要1980，名额仅剩最后8个，手慢无！",
    "工信部认证+人社部双证，国家级权威证书，拿到证书便可升职加薪。",
]

def contact_block(items):
    return "<div class=\"contact\">" + "".join("<p>%s</p>" % x for x in items) + "</div>\n"

def add_offer(path, site, op, provider, title, honest, paras, contacts, ids, note):
    body = "<h2>%s</h2>\n" % html.escape(provider) + P(*paras)
    body += P(*(HONEST if honest else SCAM[:3] + SCAM[3 + (len(path) % 3):4 + (len(path) % 3)]))
    body += contact_block(contacts)
    page(path, site, title, body, True, op, provider, ids, note)

# ---------------------------------------------------------------- U01 鹤岗智途 (honest, 民办非企业 52)
add_offer("/zhitu/ai-trainer.html", "zhitu", "U01", "鹤岗市智途职业技能培训学校", "人工智能训练师（五级/四级）培训招生简章", True,
    ["2026年春季班开课啦！面向鹤岗本地有数据标注、客服质检工作经历的学员，周末授课，线下实操机房在南山区。"],
    ["咨询电话：0468-3456781（办公室） 139 4681 2275（王老师）", "办学许可证号：教民123040070001234号",
     "统一社会信用代码：" + USCC_U01, "学校官网：www.hgzhitu.com.cn"],
    [["phone", "04683456781", "0468-3456781"], ["phone", "+8613946812275", "139 4681 2275"],
     ["uscc", USCC_U01, USCC_U01], ["domain", "hgzhitu.com.cn", "www.hgzhitu.com.cn"]],
    "U01 own site: enrolment brochure")
add_offer("/zhitu/baoming.html", "zhitu", "U01", "智途职业培训", "在线报名 | 人工智能训练师", True,
    ["填写下方信息后，老师会在1个工作日内联系您确认报名资格（需提供工作证明或社保记录）。"],
    ["报名咨询：13946812275（微信同号）", "或添加招生微信：ZT-hegang", "表单由第三方问卷工具提供：jinshuju.net/f/demo"],
    [["phone", "+8613946812275", "13946812275"], ["wechat", "zt-hegang", "ZT-hegang"]],
    "U01 own site: enrolment form")
add_offer("/kecheng/c1021.html", "kecheng", "U01", "智途教育·鹤岗校区", "【线下·鹤岗】人工智能训练师五级 数据标注实操班", True,
    ["课程时长：60课时｜上课地点：鹤岗市南山区｜学员评价 4.8 分", "机构认证：已通过课多多资质审核"],
    ["机构电话：0468 345 6781", "微信咨询：zt-hegang（备注课多多）"],
    [["phone", "04683456781", "0468 345 6781"], ["wechat", "zt-hegang", "zt-hegang"]],
    "U01 on marketplace under short brand")
add_offer("/fenlei/p3381.html", "fenlei", "U01", "智途培训王老师", "鹤岗 人工智能训练师 考证培训 周末班 可申领补贴", True,
    ["个人发布｜南山区｜发布于2026-03-02", "数据标注员方向，适合在岗员工，符合条件的可申请技能提升补贴。"],
    ["联系人：王老师", "电话：139-4681-2275"],
    [["phone", "+8613946812275", "139-4681-2275"]],
    "U01 classified ad")

# ---------------------------------------------------------------- U02 龙江数智 (scam)
add_offer("/video/v-2201.html", "video", "U02", "龙江数智人才", "零基础也能拿人工智能训练师证！", False,
    ["@龙江数智人才 ｜ 1.2w赞 ｜ #人工智能训练师 #考证 #鹤岗", "视频文案：90%小白都能学会，宝子们评论区扣“1”领资料～"],
    ["主页简介：📞15145687732 ｜ 威：LJSZ8899"],
    [["phone", "+8615145687732", "15145687732"], ["wechat", "ljsz8899", "LJSZ8899"]],
    "U02 short video")
add_offer("/wenda/q-5501.html", "wenda", "U02", "龙江数智", "人工智能训练师证书在哪报名？鹤岗能考吗？", False,
    ["<b>网友回答（认证：教育咨询师）</b>：可以的，我们龙江数智常年招生，线上学习线下考试，证书人社部颁发。"],
    ["详细可以加薇：ljsz8899，或者扣扣 2876541903 找我"],
    [["wechat", "ljsz8899", "ljsz8899"], ["qq", "2876541903", "2876541903"]],
    "U02 answer in Q&A")
add_offer("/shop/item-7701.html", "shop", "U02", "数智考证旗舰店", "人工智能训练师 三级+二级+一级 三证同报 报名费", False,
    ["价格：¥1980 起 ｜ 已售 326 件 ｜ 发货地：黑龙江哈尔滨", "购买后请联系客服发送报名链接。"],
    ["店铺客服QQ：287 654 1903", "付款后开票抬头：哈尔滨悦程信息咨询有限公司"],
    [["qq", "2876541903", "287 654 1903"], ["other", "哈尔滨悦程信息咨询有限公司", "哈尔滨悦程信息咨询有限公司"]],
    "U02 shop listing")
add_offer("/blog/post-12.html", "blog", "U02", "龙江数智人才服务中心", "【转】2026人工智能训练师报考全攻略（附报名通道）", False,
    ["（本文为合作推广）人工智能训练师是人社部认证的新职业，缺口400万……"],
    ["报名通道：151 4568 7732（同微）", "对公账户户名：哈尔滨悦程信息咨询有限公司"],
    [["phone", "+8615145687732", "151 4568 7732"], ["other", "哈尔滨悦程信息咨询有限公司", "哈尔滨悦程信息咨询有限公司"]],
    "U02 sponsored blog post")

# ---------------------------------------------------------------- U03 华培国职 (scam, state-sounding company 91)
add_offer("/kecheng/c1088.html", "kecheng", "U03", "华培国职（北京）教育科技", "人工智能训练师 国家职业资格证书 全程网课+考证", False,
    ["课程时长：12课时｜学员 5,640 人", "讲师：国家级专家团队（命题组成员授课）"],
    ["全国招生热线：400-862-3591", "商务合作：huapei_edu@163.com"],
    [["phone", "4008623591", "400-862-3591"], ["email", "huapei_edu@163.com", "huapei_edu@163.com"]],
    "U03 marketplace course")
add_offer("/fenlei/p3402.html", "fenlei", "U03", "华培国职", "急招！人工智能训练师考证 包过 全国通用", False,
    ["商家发布｜鹤岗全市｜发布于2026-03-05", "不用去考场，在家就能考，证书国家认可。"],
    ["热线 4008 623 591", "微信：hpgz2024"],
    [["phone", "4008623591", "4008 623 591"], ["wechat", "hpgz2024", "hpgz2024"]],
    "U03 classified")
add_offer("/mp/a-hp01.html", "mp", "U03", "华培国职教育", "重磅！人工智能训练师证书报名通道开启，错过再等一年", False,
    ["来源：华培国职教育（公众号） 转载", "主办单位：华培国职（北京）教育科技有限公司"],
    ["统一社会信用代码：" + USCC_U03, "报名邮箱：HuaPei_Edu@163.com", "老师微信：HPGZ2024"],
    [["uscc", USCC_U03, USCC_U03], ["email", "huapei_edu@163.com", "HuaPei_Edu@163.com"], ["wechat", "hpgz2024", "HPGZ2024"]],
    "U03 WeChat repost")
add_offer("/bbs/t-9012.html", "bbs", "U03", "华培", "[教育培训] 有没有想考人工智能训练师的？可以团报", False,
    ["楼主：hp_李老师 ｜ 发表于 2026-03-08", "团报5人以上每人再减300，证书人社部颁发，全国联网可查。"],
    ["有意向的私信或者打 400 862 3591 转 8"],
    [["phone", "4008623591", "400 862 3591"]],
    "U03 forum promo thread")

# ---------------------------------------------------------------- U04 哈尔滨启航AI学院 (honest)
add_offer("/kecheng/c1107.html", "kecheng", "U04", "启航AI学院", "人工智能训练师（四级）直播+实训 | 哈尔滨启航", True,
    ["课程时长：50课时｜含Label Studio标注实训｜可开发票"],
    ["官网：qihangai.cn", "教务邮箱：qh-ai@qihangai.cn"],
    [["domain", "qihangai.cn", "qihangai.cn"], ["email", "qh-ai@qihangai.cn", "qh-ai@qihangai.cn"]],
    "U04 marketplace course")
add_offer("/shop/item-7715.html", "shop", "U04", "启航AI学院官方店", "【启航】人工智能训练师五级 培训课程 含实训账号", True,
    ["价格：¥1280 ｜ 已售 88 件 ｜ 培训费，不含认定费"],
    ["售后/教务：0451-87624330", "机构信用代码 " + USCC_U04],
    [["phone", "045187624330", "0451-87624330"], ["uscc", USCC_U04, USCC_U04]],
    "U04 shop listing")
add_offer("/blog/post-15.html", "blog", "U04", "哈尔滨启航人工智能培训学院", "我在启航学AI训练师的两个月（非广告，附报名方式）", True,
    ["博主自述：去年在哈尔滨报了四级班，老师讲得挺实在，也明确说了不保过。", "他们家现在也招远程学员："],
    ["电话 (0451) 8762 4330 ｜ 网站 www.QihangAI.cn"],
    [["phone", "045187624330", "(0451) 8762 4330"], ["domain", "qihangai.cn", "www.QihangAI.cn"]],
    "U04 blog testimonial with contacts")

# ---------------------------------------------------------------- U05 中科智训 (scam)
add_offer("/video/v-2230.html", "video", "U05", "中科智训", "工信部认证 人工智能训练师 高级技师 一步到位", False,
    ["@中科智训官方 ｜ 8,431赞", "直播间福利：报名立减2000，今晚12点截止"],
    ["粉丝群：738216540（QQ群）", "私信或拨打 186-4532-9910"],
    [["qq_group", "738216540", "738216540"], ["phone", "+8618645329910", "186-4532-9910"]],
    "U05 short video")
add_offer("/wenda/q-5523.html", "wenda", "U05", "中科智训教育", "人工智能训练师二级技师需要什么条件？", False,
    ["<b>热心回答</b>：不需要条件！我们中科智训可以直接报二级技师，零基础包拿证。"],
    ["加v：zkzx_kefu（免费评估）"],
    [["wechat", "zkzx_kefu", "zkzx_kefu"]],
    "U05 Q&A answer")
add_offer("/mp/a-zk02.html", "mp", "U05", "中科智训（北京）人工智能研究院", "国家急需！AI训练师月薪2万+，这个证一定要考", False,
    ["来源：中科智训AI 公众号", "文末福利：扫码进群领取内部题库"],
    ["客服微信 ZKZX_KEFU", "电话 +86 186 4532 9910", "学员群号 738 216 540"],
    [["wechat", "zkzx_kefu", "ZKZX_KEFU"], ["phone", "+8618645329910", "+86 186 4532 9910"], ["qq_group", "738216540", "738 216 540"]],
    "U05 WeChat repost")

# ---------------------------------------------------------------- U06 鹤城数据标注基地 (grey: job+cert bundle)
add_offer("/fenlei/p3417.html", "fenlei", "U06", "鹤城数据标注基地", "招数据标注员 在家兼职 先培训考证后上岗", False,
    ["企业发布｜鹤岗工农区｜月入3000-8000", "需先参加人工智能训练师培训（培训费698，含证书）。"],
    ["联系电话：130 0987 6241", "QQ：1592837460"],
    [["phone", "+8613009876241", "130 0987 6241"], ["qq", "1592837460", "1592837460"]],
    "U06 job-bait classified")
add_offer("/bbs/t-9034.html", "bbs", "U06", "鹤城标注", "[求职招聘] 数据标注兼职，包教包会，送人工智能训练师证", False,
    ["楼主：鹤城标注小刘 ｜ 发表于 2026-03-10", "先交698培训费，结业后派单，证书国家承认。"],
    ["Q 1592 837 460 / 电话13009876241"],
    [["qq", "1592837460", "1592 837 460"], ["phone", "+8613009876241", "13009876241"]],
    "U06 forum post")
add_offer("/wenda/q-5540.html", "wenda", "U06", "鹤城数据标注基地", "在鹤岗做数据标注靠谱吗？要考证吗？", False,
    ["<b>回答</b>：我们基地在工农区，先考人工智能训练师证再派活，证书有用的。"],
    ["电话：130-0987-6241"],
    [["phone", "+8613009876241", "130-0987-6241"]],
    "U06 Q&A answer")

# ---------------------------------------------------------------- U07 北疆职教网 (scam, fake query site)
add_offer("/mp/a-bj03.html", "mp", "U07", "北疆职教网", "人工智能训练师证书查询入口及报名通知（2026年第一批）", False,
    ["来源：北疆职教 公众号", "证书可在北疆职教网证书查询中心查询：www.beijiangzj.com/cx"],
    ["报名老师：176 0468 2290", "微信：bjzj_007"],
    [["domain", "beijiangzj.com", "www.beijiangzj.com"], ["phone", "+8617604682290", "176 0468 2290"], ["wechat", "bjzj_007", "bjzj_007"]],
    "U07 WeChat repost with fake query site")
add_offer("/shop/item-7722.html", "shop", "U07", "北疆职教考证店", "人工智能训练师证书 官网可查 不过退款", False,
    ["价格：¥2680 ｜ 已售 57 件", "下单后发送照片、身份证即可，无需考试"],
    ["客服微信 BJZJ_007", "查询网址 beijiangzj.com"],
    [["wechat", "bjzj_007", "BJZJ_007"], ["domain", "beijiangzj.com", "beijiangzj.com"]],
    "U07 shop listing")
add_offer("/news/ad-0612.html", "news", "U07", "北疆职业技能培训中心", "【推广】北疆职教：助力鹤岗青年拥抱人工智能新职业", False,
    ["（本文为广告）记者从北疆职业技能培训中心了解到，该中心开设人工智能训练师课程……"],
    ["咨询电话：17604682290"],
    [["phone", "+8617604682290", "17604682290"]],
    "U07 advertorial on news site")

# ---------------------------------------------------------------- U08 优学职培 (mixed)
add_offer("/kecheng/c1130.html", "kecheng", "U08", "优学职培", "人工智能训练师五级+四级 套餐 赠AIGC证书", False,
    ["课程时长：40课时｜学员 2,113 人", "双证套餐，报名即送“生成式人工智能应用证书”"],
    ["助教微信：yxzp1688", "邮箱：youxue_zp@qq.com"],
    [["wechat", "yxzp1688", "yxzp1688"], ["email", "youxue_zp@qq.com", "youxue_zp@qq.com"]],
    "U08 marketplace package")
add_offer("/video/v-2247.html", "video", "U08", "优学职培鹤岗站", "一个视频讲清人工智能训练师怎么考", True,
    ["@优学职培鹤岗站 ｜ 3,906赞", "五级要求1年相关工作经历哦，评论区问的不用再问啦"],
    ["合作/报名 133 5146 8807"],
    [["phone", "+8613351468807", "133 5146 8807"]],
    "U08 short video")
add_offer("/bbs/t-9051.html", "bbs", "U08", "优学", "[教育培训] 3月人工智能训练师班还有名额", False,
    ["楼主：优学小陈 ｜ 发表于 2026-03-12", "报名送AIGC证书，双证在手，找工作不愁"],
    ["V：YXZP1688 手机 13351468807"],
    [["wechat", "yxzp1688", "YXZP1688"], ["phone", "+8613351468807", "13351468807"]],
    "U08 forum thread")
add_offer("/fenlei/p3425.html", "fenlei", "U08", "鹤岗优学教育咨询有限公司", "人工智能训练师培训 鹤岗本地 正规机构", True,
    ["商家发布｜向阳区｜营业执照已认证", "统一社会信用代码：" + USCC_U08],
    ["电话：133-5146-8807", "邮箱 YouXue_ZP@qq.com"],
    [["phone", "+8613351468807", "133-5146-8807"], ["uscc", USCC_U08, USCC_U08], ["email", "youxue_zp@qq.com", "YouXue_ZP@qq.com"]],
    "U08 classified with USCC")

# ---------------------------------------------------------------- U09 星途AI (scam)
add_offer("/video/v-2258.html", "video", "U09", "星途AI", "原价9999限时99！AI训练师速成课", False,
    ["@星途AI学堂 ｜ 2.3w赞", "7天速成，学完就能接单"],
    ["课程咨询扣扣：3105667248"],
    [["qq", "3105667248", "3105667248"]],
    "U09 short video")
add_offer("/mp/a-xt04.html", "mp", "U09", "星途AI学堂", "这个证书，让我从外卖员变成AI训练师", False,
    ["来源：星途AI 公众号 ｜ 学员故事", "喜报：本期学员100%成功上岸！"],
    ["QQ 310 566 7248", "电话 198-4567-2013"],
    [["qq", "3105667248", "310 566 7248"], ["phone", "+8619845672013", "198-4567-2013"]],
    "U09 WeChat repost")
add_offer("/blog/post-21.html", "blog", "U09", "星途", "朋友推荐的AI训练师课，记录一下（有联系方式）", False,
    ["博主：被朋友安利了星途的课，说是包拿证，我先记一下。"],
    ["他们电话：19845672013"],
    [["phone", "+8619845672013", "19845672013"]],
    "U09 blog mention")

# ---------------------------------------------------------------- independents
add_offer("/kecheng/c1142.html", "kecheng", "I01", "鹤岗师范高等专科学校继续教育学院", "人工智能训练师（数据标注员）社会培训班", True,
    ["课程时长：60课时｜面向在职人员｜学校实训中心授课"], ["继续教育学院办公室：0468-3197725"],
    [["phone", "04683197725", "0468-3197725"]], "I01 college course")
add_offer("/fenlei/p3440.html", "fenlei", "I02", "张老师工作室", "人工智能训练师 一对一辅导 鹤岗", True,
    ["个人发布｜兴山区", "本人在互联网公司做过标注质检，辅导理论与实操。"], ["电话 158 4627 9031"],
    [["phone", "+8615846279031", "158 4627 9031"]], "I02 private tutor classified")
add_offer("/bbs/t-9066.html", "bbs", "I03", "东山职培", "[教育培训] 东山区人工智能训练师考证班 包过", False,
    ["楼主：东山职培 ｜ 发表于 2026-03-14", "不用学，交钱包过，一周出证"], ["微信 dszp_hg666"],
    [["wechat", "dszp_hg666", "dszp_hg666"]], "I03 forum ad")
add_offer("/wenda/q-5578.html", "wenda", "I04", "博睿教育", "人工智能训练师证书有用吗？", False,
    ["<b>回答（博睿教育）</b>：非常有用，国家职业资格证书，挂靠一年能拿两万。"], ["详询：boruiedu_hlj@sina.com"],
    [["email", "boruiedu_hlj@sina.com", "boruiedu_hlj@sina.com"]], "I04 Q&A answer")
add_offer("/shop/item-7730.html", "shop", "I05", "小鹿AI考证铺", "AI训练师 报名服务费 代报名", False,
    ["价格：¥399 ｜ 已售 19 件"], ["店主QQ 2468013579"],
    [["qq", "2468013579", "2468013579"]], "I05 shop listing")
add_offer("/blog/post-30.html", "blog", "I06", "鹤岗数智学堂", "开班通知：人工智能训练师五级周末班（鹤岗）", True,
    ["博主自己办的小班，最多10人，只收培训费，认定费另付。"], ["报名电话 186 0468 5520"],
    [["phone", "+8618604685520", "186 0468 5520"]], "I06 blogger's own class")

# ---------------------------------------------------------------- non-offers
page("/news/warn-0301.html", "news", "警惕！“包过拿证”骗局又出新花样，鹤岗多人被骗",
    P("本网讯（记者 李明）近日，市民张女士反映，她在网上看到“人工智能训练师证书人社部颁发、包过”的广告，交了3980元后对方失联。",
      "据受害人提供，骗子电话为 13845670021，所谓“查询网站”是 zhengshu-cx.com，均已向警方报案。",
      "市人社局提醒：职业技能等级证书由备案的评价机构颁发，可登录 zscx.osta.org.cn 查询；遇到虚假宣传可拨打 12315 投诉，政策咨询请拨 12333。"),
    note="news warning with scam numbers")
page("/rsj/notice-2025-17.html", "rsj", "关于开展2026年第一批职业技能等级认定的通知",
    P("各有关单位：根据工作安排，现将2026年第一批职业技能等级认定有关事项通知如下。",
      "一、认定职业：人工智能训练师（4-04-05-05）五级、四级等。认定考点：鹤岗市职业技能实训基地，考点前台电话 0468-8612345。",
      "二、证书查询：获证人员可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）或 jndj.osta.org.cn 查询。",
      "三、补贴申领：符合条件的参保职工可申领技能提升补贴，咨询电话 12333。",
      "四、请广大群众警惕“包过”“免考拿证”等虚假宣传，发现线索可拨打 12315 举报。"),
    note="人社局 notice: hotlines, venue front desk, official query sites")
page("/bbs/t-9003.html", "bbs", "[维权曝光] 被“人工智能训练师包过”骗了1980，大家小心",
    P("楼主：hg_小雨 ｜ 发表于 2026-02-27",
      "对方自称人社部授权，收款后拉黑。骗子电话 17745098832，微信 zs_kaozheng88，大家千万别信！",
      "订单号：13904681122（不是电话，别打）",
      "<b>2楼 鹤岗老李</b>：我也差点上当，有消息可以联系我 13604683377",
      "<b>3楼 lily</b>：同求，我微信 lilyhg1990，一起去报警",
      "<b>4楼 版主</b>：已置顶。官方查询请认准 zscx.osta.org.cn。"),
    note="forum complaint thread: scam numbers, readers' own contacts, order number")
page("/blog/post-08.html", "blog", "人工智能训练师证书怎么查真假？一篇讲清",
    P("真证书编号是22位：一个大写字母加21位数字，例如 S000023100011255000123 这种格式（示例，非真实证书）。",
      "查询请去 zscx.osta.org.cn，不要用广告里给的“查询网站”。",
      "很多广告页写着“联系电话：138xxxxxxxx”“微信：xxxxxx”之类的模板占位，说明是批量发布的。",
      "遇到虚假宣传可以打 12315。学费建议走支付宝担保交易（支付宝客服 95188）。"),
    note="blog guide: certificate number, placeholder, hotlines, payment platform")
page("/shop/item-6601.html", "shop", "【包邮】A4打印纸 500张/包 办公用纸",
    P("价格：¥23.9 ｜ 已售 1.2万件", "店铺：鹤岗文具小铺 ｜ 客服电话 0468-3325566"),
    note="unrelated shop item")

# ---------------------------------------------------------------- render
CSS = "body{font-family:sans-serif;margin:0}header,footer{background:#eee;padding:8px}nav a{margin-right:10px}.crumb{font-size:12px;color:#666}.side{float:right;width:28%;font-size:13px}.main{width:68%}"

def render(p, links_for_side):
    s = SITES[p["site"]]
    base = "/" + p["site"] + "/"
    nav = "".join('<a href="%sindex.html">%s</a>' % (base, m) if i == 0 else '<a href="%sindex.html#%d">%s</a>' % (base, i, m)
                  for i, m in enumerate(s["menu"]))
    crumbs = '<div class="crumb"><a href="/index.html">导航</a> &gt; <a href="%sindex.html">%s</a> &gt; %s</div>' % (base, s["name"], html.escape(p["title"]))
    side = '<div class="side"><h4>相关推荐</h4><ul>' + "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in links_for_side) + "</ul></div>"
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title><style>%s</style></head><body>\n'
            '<header><b>%s</b> <nav>%s</nav></header>\n%s\n%s<div class="main"><h1>%s</h1>\n%s</div>\n<footer>%s</footer>\n</body></html>\n'
            % (html.escape(p["title"]), s["name"], CSS, s["name"], nav, crumbs, side, html.escape(p["title"]), p["body"], s["footer"]))

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITES}
    for k, s in SITES.items():
        lst = "<ul>" + "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in by_site[k]) + "</ul>"
        page("/%s/index.html" % k, k, s["name"] + " 首页", "<p>欢迎访问%s。</p>\n%s" % (s["name"], lst), note="site index")
    for p in PAGES:
        sib = [q for q in PAGES if q["site"] == p["site"] and q is not p and not q["path"].endswith("index.html")][:4]
        out = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(render(p, sib))
    hub = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>鹤岗一周搜索结果导航</title></head><body><h1>导航</h1><ul>" + \
          "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, s["name"]) for k, s in SITES.items()) + "</ul></body></html>\n"
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # decoys: kind, value, written forms, why
    D = [
     ("phone", "12333", ["12333"], "人社 public hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
     ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
     ("phone", "4006902211", ["400-690-2211"], "course marketplace footer hotline"),
     ("email", "kefu@keduoduo.cn", ["kefu@keduoduo.cn"], "course marketplace footer e-mail"),
     ("qq_group", "563218907", ["563218907"], "forum moderators' QQ group in footer"),
     ("phone", "04683310086", ["0468-3310086"], "classifieds site report line in footer"),
     ("domain", "wenduoduo.com", ["wenduoduo.com"], "Q&A platform's own domain in footer"),
     ("email", "mpzz_admin@126.com", ["mpzz_admin@126.com"], "repost site's takedown e-mail"),
     ("phone", "95079", ["95079"], "video platform customer service"),
     ("phone", "4001187700", ["400-118-7700"], "shop platform customer service"),
     ("other", "浙ICP备17055290号", ["浙ICP备17055290号"], "shop platform ICP number"),
     ("other", "京ICP备18047731号", ["京ICP备18047731号"], "marketplace ICP number"),
     ("phone", "+8613845670021", ["13845670021"], "scam number quoted in news warning"),
     ("domain", "zhengshu-cx.com", ["zhengshu-cx.com"], "fake query site quoted in news warning"),
     ("phone", "+8617745098832", ["17745098832"], "scam number quoted in complaint"),
     ("wechat", "zs_kaozheng88", ["zs_kaozheng88"], "scam WeChat quoted in complaint"),
     ("other", "13904681122", ["13904681122"], "order number that looks like a mobile"),
     ("phone", "+8613604683377", ["13604683377"], "reader's own number in a comment"),
     ("wechat", "lilyhg1990", ["lilyhg1990"], "reader's own WeChat in a comment"),
     ("other", "S000023100011255000123", ["S000023100011255000123"], "example certificate number"),
     ("phone", "138xxxxxxxx", ["138xxxxxxxx"], "template placeholder"),
     ("phone", "04688612345", ["0468-8612345"], "exam venue front desk (third party)"),
     ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
     ("phone", "95188", ["95188"], "payment platform customer service"),
     ("phone", "04683325566", ["0468-3325566"], "unrelated stationery shop"),
     ("phone", "04683456000", ["0468-3456000"], "news site's hotline in footer"),
     ("other", "黑ICP备2021006613号-1", ["黑ICP备2021006613号-1"], "training school site ICP (one site only, not a tie)"),
    ]
    texts = {p["path"]: open(os.path.join(SITE, p["path"].lstrip("/")), encoding="utf-8").read() for p in PAGES}
    decoys = []
    for kind, value, written, why in D:
        pages = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))

    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            e = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in e["brands"]:
                e["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in e["identifiers"]:
                    e["identifiers"].append([k, v])
    truth = {"pages": [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                            identifiers=p["ids"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])]
             + [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
