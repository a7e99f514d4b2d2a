#!/usr/bin/env python3
"""Generate a labeled web of Chinese pages selling 人工智能训练师 certificate courses.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10

def uscc(prefix2, region6, org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix2 + region6 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - t % 31
    return body + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91", "410105", "MA9KQ3L2")   # 郑州智联启航教育咨询有限公司
U02_USCC = uscc("52", "350203", "MJ0T7A41")   # 厦门鹭岛职业技能培训中心 (民非)
U03_USCC = uscc("91", "110108", "MA01XR7D")   # 中科智培(北京)科技有限公司 — company with state-sounding brand
U04_USCC = uscc("92", "350206", "MA8UJ2K5")   # 个体工商户 林某
U06_USCC = uscc("91", "350206", "MA34WN8P")   # 厦门闽智数标科技有限公司
SHOP_USCC = uscc("91", "330106", "MA2H7C9E")  # platform company of the shop
assert uscc("91", "440300", "19220382") == "914403001922038216"

# ---------------------------------------------------------------- sites
SITES = {
 "ask":    dict(name="知了问答", dom="www.zhiliaowenda.com", style="Q&A site",
               menu=["首页", "职业教育", "考证", "求职", "提问"],
               footer="知了问答 © 2019-2026 · 用户交流群 512378640 · 违法和不良信息举报：jubao@zhiliaowenda.com · 京ICP备19044821号-2"),
 "shop":   dict(name="优品课堂商城", dom="www.youpinketang.com", style="online shop / course marketplace",
               menu=["首页", "职业技能", "IT互联网", "考证专区", "我的订单"],
               footer="优品课堂商城 客服热线 400-820-7788 · 客服邮箱 kefu@youpinketang.com · 杭州优品课堂网络科技有限公司 统一社会信用代码 " + SHOP_USCC + " · 浙ICP备20011937号"),
 "video":  dict(name="快刷短视频", dom="www.kuaishua-video.com", style="short-video pages",
               menu=["推荐", "关注", "同城·郑州", "同城·厦门", "直播"],
               footer="快刷短视频 kuaishua-video.com · 网络文化经营许可证 京网文〔2021〕3392-118号 · 未成年人保护热线 4001-529-886"),
 "college":dict(name="郑州中原信息职业学院 继续教育学院", dom="jxjy.zyxx.edu.cn", style="college",
               menu=["学院首页", "学院概况", "通知公告", "培训项目", "技能等级认定"],
               footer="地址：郑州市高新区科学大道188号 · 学院总机 0371-68821300 · 网址 www.zyxx.edu.cn · 豫ICP备12004531号"),
 "blog":   dict(name="老周说技能 · 个人博客", dom="laozhou.blogfeng.cn", style="personal blog",
               menu=["首页", "考证避坑", "AI副业", "读书", "关于我"],
               footer="本博客托管于 博风 blogfeng.cn · 博风客服 help@blogfeng.cn"),
 "rsj":    dict(name="鹭门市人力资源和社会保障局", dom="hrss.lumen.gov.cn", style="人社局-style notice site",
               menu=["首页", "政务公开", "通知公告", "职业能力建设", "办事服务"],
               footer="主办：鹭门市人力资源和社会保障局 · 政务服务热线 12345 · 人社服务热线 12333 · 闽ICP备05011026号 · 网站标识码 3502000031"),
 "forum":  dict(name="商都论坛 · 郑州生活", dom="bbs.shangdubbs.com", style="local forum",
               menu=["论坛首页", "郑州职场", "学习考证", "二手交易", "曝光台"],
               footer="商都论坛 bbs.shangdubbs.com · 站务邮箱 admin@shangdubbs.com · 版主QQ 800057312 · 豫ICP备18027364号-1"),
 "fenlei": dict(name="百姓分类网 厦门站", dom="xm.baixingfenlei.com", style="classifieds",
               menu=["厦门", "招聘", "培训", "二手", "本地服务"],
               footer="百姓分类网 · 客服电话 400-880-0592 · 客服QQ 2850018866 · 发布信息请勿缴纳任何费用 · 闽ICP备16033720号"),
 "wx":     dict(name="微文摘 · 公众号文章聚合", dom="www.weiwenzhai.cn", style="WeChat-article reposts",
               menu=["首页", "职场", "教育", "科技", "本地"],
               footer="微文摘 weiwenzhai.cn 转载内容版权归原公众号所有 · 关注本站公众号 weiwenzhai_official · 侵权联系 copyright@weiwenzhai.cn"),
 "train":  dict(name="智联启航教育", dom="www.zzqh-edu.cn", style="training-company site",
               menu=["网站首页", "课程中心", "证书查询", "新闻动态", "联系我们"],
               footer="郑州智联启航教育咨询有限公司 · 统一社会信用代码 " + U01_USCC + " · 电话 0371-63827419 · 手机 139-3712-4568 · 官网 www.zzqh-edu.cn · 豫ICP备23011458号-1"),
}
ORDER = ["ask", "shop", "video", "college", "blog", "rsj", "forum", "fenlei", "wx", "train"]

PAGES = []   # dicts

def add(site, fname, title, body, offer=False, op=None, provider=None, ids=(), note="", comments=""):
    PAGES.append(dict(site=site, fname=fname, title=title, body=body, comments=comments,
                      is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note))

# ---------------------------------------------------------------- content
P = lambda *xs: "".join("<p>%s</p>\n" % x for x in xs)

# ===== ask (知了问答)
add("ask", "q-101.html", "厦门哪里可以考人工智能训练师四级？要什么条件？",
    P("<b>提问：</b>在厦门做了两年数据标注，想考人工智能训练师(4-04-05-05)四级，哪里能报？",
      "<b>鹭岛职培-陈老师 回答：</b>您好，人工智能训练师现在是职业技能等级认定，证书由备案的评价机构颁发，不是人社部直接发。",
      "四级一般要求取得五级证书后从事本职业4年，或者累计从事本职业6年。您做标注两年，建议先报五级，我们这边理论+实操，线下周末班。",
      "证书出来后可以在 zscx.osta.org.cn 查询，有疑问也可以打 12333 核实机构备案情况。",
      "有意向可以电话或微信联系：158 5920 1736（陈老师），工作日9:00-18:00。"),
    True, "U02", "鹭岛职培", [["phone", "+8615859201736", "158 5920 1736"]],
    "Q&A answer by U02 staff inviting enrolment; honest eligibility",
    comments=P("<b>网友 小鱼干：</b>谢谢，请问五级多少钱？", "<b>鹭岛职培-陈老师：</b>私信您了。"))
add("ask", "q-102.html", "郑州人工智能训练师证书能申请补贴吗？",
    P("<b>提问：</b>郑州，交了三年社保，考人工智能训练师三级能拿补贴吗？",
      "<b>豫才教育 王老师 回答：</b>可以的，失业保险技能提升补贴五级1000、四级1500、三级2000，需要参保满一年，每人每年最多三次。二级一级没有国家这个补贴哈。",
      "我们和中原信息职业学院合作开班，报名批次号 15920250308 这一期还有名额，课程50课时。",
      "电话 135 9886 5120，报名免费咨询。"),
    True, "U05", "豫才教育", [["phone", "+8613598865120", "135 9886 5120"]],
    "Q&A answer by U05 inviting enrolment; subsidy facts correct",
    comments=P("<b>网友 zz_阿飞：</b>批次号是啥意思，是考试批次吗？", "<b>豫才教育 王老师：</b>是省里的认定批次。"))
add("ask", "q-103.html", "零基础能直接考人工智能训练师二级吗？",
    P("<b>提问：</b>我完全零基础，听说可以直接考二级技师，是真的吗？",
      "<b>国培AI认证中心 回答：</b>可以！不限学历不限经验，零基础直接报二级/一级，人社部颁发国家职业资格证书，全国通用，入库可查。",
      "三证合一套餐（三级+二级+AIGC）现在报名立减2000，包过，不过全额退款。",
      "报名加扣扣 2876 541 093，备注“训练师”。"),
    True, "U03", "国培AI认证中心", [["qq", "2876541093", "2876 541 093"]],
    "Q&A answer by U03: level 2/1 to beginners, 包过, 人社部颁发 (scam)",
    comments=P("<b>网友 莉莉：</b>求靠谱资料，我微信 lily_zz1990，感谢", "<b>网友 老K：</b>二级要三级证书加4年，别信。"))
add("ask", "q-104.html", "想在厦门学数据标注方向的人工智能训练师，推荐课程？",
    P("<b>提问：</b>宝妈一枚，在厦门，想学数据标注，有没有小班课？",
      "<b>AI训练师阿杰 回答：</b>我自己在厦门带小班，五级（初级工）60课时，讲标注工具和质检，结课后推荐去备案的评价机构参加认定，我不卖证。",
      "学费1680元，可以先试听一节。微信 aitrainer_xm 。"),
    True, "I05", "AI训练师阿杰", [["wechat", "aitrainer_xm", "aitrainer_xm"]],
    "Q&A answer by an independent tutor (honest)")
add("ask", "q-105.html", "接到电话说人工智能训练师证“人社部停发了要赶紧补考”，是骗子吗？",
    P("<b>提问：</b>一个 170 8552 6931 的号码打给我，说人工智能训练师证书人社部要停发，必须交3800加急补考，是真的吗？",
      "<b>热心网友 回答：</b>典型山寨证书话术。职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询，拿不准就打 12333 问当地人社。",
      "被骗了可以打 12315 投诉或者报警。"),
    False, None, None, [], "Q&A warning; quotes a scam number (decoy)")

# ===== shop (优品课堂商城)
add("shop", "item-2101.html", "【官方认证】人工智能训练师一级/二级/三级 零基础包过 人社部颁发",
    P("店铺：<b>中科智培官方店</b>　已售 2381 件",
      "价格：<b>¥3980</b> <s>¥9800</s>　三个等级一起报再减1500",
      "★ 国家职业资格证书 · 人社部颁发 · 入库可查 · 不限学历不限经验",
      "★ 免培训免考试，45天拿证，不过全额退款",
      "证书样本（编号 S000035020001253000018）",
      "咨询微信：zkzp_kefu8　QQ:2876541093",
      "付款认准支付宝担保交易，支付宝客服 95188",
      "买家秀：“证书到了，真快！” 订单号 20250611337204（好评返现截图）"),
    True, "U03", "中科智培官方店", [["wechat", "zkzp_kefu8", "zkzp_kefu8"], ["qq", "2876541093", "QQ:2876541093"]],
    "shop listing by U03: three levels, 包过, 免培训 (scam)")
add("shop", "item-2102.html", "人工智能训练师 五级/四级 系统课 90%小白都能学会",
    P("店铺：<b>优学AI研习社</b>",
      "原价9999 限时99元体验课，正式课 2680元/期",
      "课程含：数据采集与处理、数据标注、智能系统运维（对应四级认定要素）",
      "结课推荐参加备案机构的等级认定，认定费另付。",
      "全国服务热线 400-618-2735",
      "买家秀：“老师讲得细” 订单号 20250611337204"),
    True, "U07", "优学AI研习社", [["phone", "4006182735", "400-618-2735"]],
    "shop listing by U07; copied testimonial order number is a decoy")
add("shop", "item-2103.html", "林老师 人工智能训练师五级 报名代办 数据标注入门",
    P("店铺：<b>林老师考证小铺</b>（个体店）",
      "价格 ¥880，含五级报名指导+线上标注练习30课时",
      "证书样本：编号 S000035020001253000018（样图，仅供参考）",
      "营业执照：" + U04_USCC,
      "联系电话：13800138000（模板号码，请勿拨打，请加微信）",
      "微信 lin_aixunlian"),
    True, "U04", "林老师考证小铺", [["wechat", "lin_aixunlian", "lin_aixunlian"], ["uscc", U04_USCC, U04_USCC]],
    "shop listing by U04 (个体); placeholder phone and sample certificate number are decoys")
add("shop", "item-2104.html", "智标训练营 数据标注员实战课（人工智能训练师方向）",
    P("店铺：<b>智标训练营</b>",
      "¥499 / 20课时 录播+作业批改，适合想了解数据标注工作的同学",
      "说明：本课程为技能培训，不含证书，不承诺通过任何考试。",
      "售后QQ 905813276",
      "付款认准支付宝担保交易，支付宝客服 95188"),
    True, "I04", "智标训练营", [["qq", "905813276", "905813276"]],
    "shop listing by an independent; honest, no certificate promise")
add("shop", "item-2105.html", "鹭岛技能 人工智能训练师五级周末班（厦门线下）",
    P("店铺：<b>鹭岛技能培训旗舰店</b>",
      "¥1980 · 60课时 · 理论+实操 · 厦门思明区线下教室",
      "报名条件：累计从事本职业或相关职业1年（含）以上，或本职业学徒期满。",
      "符合条件的参保职工可申请技能提升补贴（五级最高1000元）。",
      "咨询电话 0592-5178630　邮箱 ludao_px@163.com"),
    True, "U02", "鹭岛技能培训旗舰店", [["phone", "05925178630", "0592-5178630"], ["email", "ludao_px@163.com", "ludao_px@163.com"]],
    "shop listing by U02; honest")
add("shop", "item-2106.html", "AIGC+人工智能训练师 双证班 人社部颁发 1+X",
    P("店铺：<b>智算未来教育</b>",
      "¥2980 双证：生成式人工智能(AIGC)技术应用证书 + 人工智能训练师三级",
      "“人社部颁发、1+X证书、全国联网可查、拿到证书便可升职加薪”",
      "客服微信 zsweilai01　学员QQ群 736218954"),
    True, "U08", "智算未来教育", [["wechat", "zsweilai01", "zsweilai01"], ["qq_group", "736218954", "736218954"]],
    "shop listing by U08: misleading 人社部颁发 and 1+X after 2025")

# ===== video (快刷短视频)
add("video", "v-7301.html", "郑州的宝子们！人工智能训练师三级 补贴后几乎免费",
    P("<b>@启航AI考证</b>　IP属地：河南",
      "视频文案：零基础也能考三级！人社部颁发，包过！补贴后几乎免费，名额只剩最后20个～",
      "评论区置顶：咨询 139 3712 4568（微信同号）",
      "主页简介：威❤ QHAI_ZZ2024"),
    True, "U01", "启航AI考证", [["phone", "+8613937124568", "139 3712 4568"], ["wechat", "qhai_zz2024", "QHAI_ZZ2024"]],
    "short video by U01: 包过, 人社部颁发, 零基础三级",
    comments=P("<b>用户8823：</b>真的包过吗？", "<b>启航AI考证：</b>私信了亲"))
add("video", "v-7302.html", "人工智能训练师二级 不看学历 45天下证",
    P("<b>@AI训练师考证办</b>　IP属地：北京",
      "视频文案：一级二级直接报，国家认可官方认证，入库可查！",
      "字幕：V 一 zkzp_kefu8　电话 一七七 三六零二 五八一四"),
    True, "U03", "AI训练师考证办", [["wechat", "zkzp_kefu8", "zkzp_kefu8"], ["phone", "+8617736025814", "一七七 三六零二 五八一四"]],
    "short video by U03: level 2/1 without eligibility",
    comments=P("<b>莉莉：</b>已私信，我v lily_zz1990", "<b>路人甲：</b>45天下二级技师？笑了"))
add("video", "v-7303.html", "厦门林老师：五级人工智能训练师到底要不要考？",
    P("<b>@林老师聊考证</b>　IP属地：福建",
      "视频文案：五级要一年相关工作经验，没有的先别急着报。想报名的可以找我代办，全程指导。",
      "主页：📞 186 5008 7321　vx：lin_aixunlian"),
    True, "U04", "林老师聊考证", [["phone", "+8618650087321", "186 5008 7321"], ["wechat", "lin_aixunlian", "lin_aixunlian"]],
    "short video by U04")
add("video", "v-7304.html", "原价9999限时99！AI训练师体验课",
    P("<b>@职达教育官方号</b>　IP属地：上海",
      "视频文案：90%小白都能学会，人工智能训练师四级系统课，点击下方小黄车。",
      "官网 youxuezd.com　热线 4006-182-735"),
    True, "U07", "职达教育", [["phone", "4006182735", "4006-182-735"], ["domain", "youxuezd.com", "youxuezd.com"]],
    "short video by U07")
add("video", "v-7305.html", "考个人工智能训练师证 挂出去一年躺赚3万？",
    P("<b>@鑫诚人才</b>　IP属地：福建",
      "视频文案：证书挂靠企业，一年到手2-3万，我们包找挂靠单位！先考证后挂靠，包过。",
      "私信或加薇 xc_guakao，电话 189 6021 8437",
      "付款认准支付宝担保交易，支付宝客服 95188"),
    True, "U09", "鑫诚人才", [["wechat", "xc_guakao", "xc_guakao"], ["phone", "+8618960218437", "189 6021 8437"]],
    "short video by U09: 挂靠 income lure")
add("video", "v-7306.html", "学AI数据标注 包分配工作 月入8000+",
    P("<b>@闽智数标招聘</b>　IP属地：福建",
      "视频文案：先培训后上岗，考人工智能训练师证，签协议就业！培训费6800可分期。",
      "HR微信 mzsb_hr　电话 137 7996 5204"),
    True, "U06", "闽智数标", [["wechat", "mzsb_hr", "mzsb_hr"], ["phone", "+8613779965204", "137 7996 5204"]],
    "short video by U06: 协议就业 training-loan lure")

# ===== college
add("college", "news-1.html", "我院获批人工智能训练师职业技能等级认定备案",
    P("近日，经省人社厅备案，我院可开展人工智能训练师（4-04-05-05）五级至三级职业技能等级认定。",
      "证书由我院作为评价机构颁发，可在技能人才评价工作网 osta.mohrss.gov.cn 及 zscx.osta.org.cn 查询。",
      "政策咨询请拨打 12333。"),
    False, None, None, [], "college news about its filing; official query domains are decoys")
add("college", "zs-2026.html", "2026年人工智能训练师（五级/四级）培训与认定招生简章",
    P("一、培训对象：符合《人工智能训练师国家职业技能标准(2021年版)》申报条件的社会人员及在校生。",
      "二、等级与课时：五级60课时，四级50课时；理论+实操，考核各100分，60分合格。",
      "三、费用：培训费按物价备案标准收取，认定费另计；参保职工可申领技能提升补贴。",
      "四、报名：在线填写报名表 https://jinshuju.net/f/Zy7kQ2，或电话 0371-68821352（继续教育学院培训科），邮箱 pxk@zyxx.edu.cn。",
      "五、考点：学院实训楼；如改在郑东新区考点，考点前台 0371-65910233。"),
    True, "I01", "郑州中原信息职业学院继续教育学院",
    [["phone", "037168821352", "0371-68821352"], ["email", "pxk@zyxx.edu.cn", "pxk@zyxx.edu.cn"]],
    "college's own enrolment brochure (honest independent)")
add("college", "hz-05.html", "合作项目｜人工智能训练师考前培训（豫才教育承办）",
    P("本项目由河南豫才人力资源服务有限公司（豫才教育）承办，学院提供实训场地。",
      "报名咨询：王老师 135-9886-5120；座机 0371-55690231；邮箱 yucai_hr@126.com",
      "考点前台 0371-65910233（仅限考试当日咨询）",
      "证书查询：zscx.osta.org.cn"),
    True, "U05", "豫才教育",
    [["phone", "+8613598865120", "135-9886-5120"], ["phone", "037155690231", "0371-55690231"], ["email", "yucai_hr@126.com", "yucai_hr@126.com"]],
    "partner course run by U05, hosted on the college site")

# ===== blog
add("blog", "post-1.html", "AI训练师考证避坑：这些话术和号码见了就跑",
    P("最近后台好多人问人工智能训练师证书，我整理了一下：",
      "1. 说“人社部颁发”的，基本都不对，新的职业技能等级证书是备案评价机构发的，官网 osta.mohrss.gov.cn 能查机构。",
      "2. “零基础直接考二级/一级”违反等级阶梯，二级要三级证书加年限。",
      "3. 网友曝光的骗子电话：170 8552 6931，已经好几个人中招。",
      "4. 1+X 证书查询在 vslc.ncb.edu.cn，但2025年后不再新开。",
      "5. 被骗打 12315 投诉，证书问题打 12333。"),
    False, None, None, [], "blog guide/warning; quoted scam number and official sites are decoys")
add("blog", "post-2.html", "我是怎么用三个月拿到人工智能训练师四级的（附课程）",
    P("（本文含推广）去年在职达教育学了四级课，讲得还行，实操作业比较多。",
      "他们官网 www.youxuezd.com 可以领试听，咨询 400 618 2735，资料也可以发邮件 service@youxuezd.com 要。",
      "提醒：认定考试要去备案机构考，别信包过。"),
    True, "U07", "职达教育",
    [["domain", "youxuezd.com", "www.youxuezd.com"], ["phone", "4006182735", "400 618 2735"], ["email", "service@youxuezd.com", "service@youxuezd.com"]],
    "sponsored blog post for U07")
add("blog", "post-3.html", "2026人工智能训练师报考指南（官方渠道）",
    P("（转载）人工智能训练师是人社部认证的新职业，由国家工信部职业技能鉴定中心主办考试。",
      "中科智培为官方指定报名点，报名官网 www.zkzp-ai.com，证书可在本站查询系统查询。",
      "职业技能等级证书直接对应职称证书，三级+2年即可评助理工程师。",
      "报名热线 17736025814（同微信）"),
    True, "U03", "中科智培",
    [["domain", "zkzp-ai.com", "www.zkzp-ai.com"], ["phone", "+8617736025814", "17736025814"]],
    "SEO parasite article for U03: 工信部鉴定中心, 官方指定, own query site")
add("blog", "post-4.html", "AIGC证书+人工智能训练师 双证到底值不值？",
    P("朋友在智算未来报了双证班，据说AIGC证书是人社部下属中心发的。",
      "他们的群号：736 218 954，负责人电话 150 3817 2496。",
      "联系电话：13800138000 这个是他们海报上的模板号，别打。",
      "1+X 证书号称能在 vslc.ncb.edu.cn 查。"),
    True, "U08", "智算未来",
    [["qq_group", "736218954", "736 218 954"], ["phone", "+8615038172496", "150 3817 2496"]],
    "blog advertorial for U08")

# ===== rsj
add("rsj", "notice-1.html", "关于公布2026年度职业技能提升补贴职业（工种）目录的通知",
    P("各有关单位：根据有关规定，现将2026年度技能提升补贴目录公布如下。",
      "人工智能训练师（4-04-05-05）：五级1000元、四级1500元、三级2000元；列入本市紧缺目录的上浮30%。二级、一级不在本补贴范围。",
      "证书须可在 zscx.osta.org.cn 查询。咨询电话：12333。"),
    False, None, None, [], "official-style subsidy notice")
add("rsj", "notice-2.html", "关于警惕“山寨证书”虚假宣传的风险提示",
    P("近期有群众反映，有机构以“人社部颁发”“包过”“免培训直接发证”为名推销人工智能训练师证书。",
      "经核查，号码 170 8552 6931 等冒用我局名义开展电话推销，请勿轻信。",
      "职业技能等级证书查询请登录 osta.mohrss.gov.cn 或 zscx.osta.org.cn。",
      "举报投诉：12333、12315。"),
    False, None, None, [], "official-style scam warning")

# ===== forum
add("forum", "t-501.html", "【招生】郑州人工智能训练师三级 零基础包过 人社部颁发",
    P("<b>楼主 中原人工智能训练师报名处：</b>",
      "三级（高级工）零基础可报！人社部颁发，全国通用，包过！",
      "考点前台 0371-65910233 可以去看场地。",
      "加V❤：QHai_zz2024　官网 zzqh-edu点cn"),
    True, "U01", "中原人工智能训练师报名处",
    [["wechat", "qhai_zz2024", "QHai_zz2024"], ["domain", "zzqh-edu.cn", "zzqh-edu点cn"]],
    "forum ad post by U01",
    comments=P("<b>2楼 莉莉：</b>私你了，lily_zz1990", "<b>3楼 老郑州：</b>三级要四级证书加年限，包过都是坑。"))
add("forum", "t-502.html", "在中原信息学院合作班学完AI训练师四级，分享下流程",
    P("<b>楼主 豫才教育小王：</b>我们是豫才人力，和学院合作开班，有问题可以邮件 YUCAI_HR@126.COM 或者 QQ 3305127788 找我。",
      "流程：报名审核条件→50课时培训→理论+实操认定→证书上网可查。"),
    True, "U05", "豫才人力",
    [["email", "yucai_hr@126.com", "YUCAI_HR@126.COM"], ["qq", "3305127788", "3305127788"]],
    "forum post by U05 staff")
add("forum", "t-503.html", "【曝光】交了3800块的人工智能训练师“二级技师”，证书查不到！",
    P("<b>楼主 被坑的小张：</b>去年看到视频说零基础考二级，交了3800，给了个“查询网站”，现在在官方网站根本查不到。",
      "对方电话 170 8552 6931，现在拉黑我了。已经打 12315 投诉了。",
      "<b>版主：</b>建议保留转账记录报警，证书真伪以 zscx.osta.org.cn 为准。"),
    False, None, None, [], "forum complaint; quoted scam number decoy")
add("forum", "t-504.html", "人工智能训练师证书挂靠 年入2万 郑州可对接",
    P("<b>楼主 鑫诚人才服务：</b>考证+挂靠一条龙，先考证后对接企业，一年2万起。",
      "电话 189-6021-8437，扣扣 1592643870。"),
    True, "U09", "鑫诚人才服务",
    [["phone", "+8618960218437", "189-6021-8437"], ["qq", "1592643870", "1592643870"]],
    "forum post by U09: 挂靠 lure")
add("forum", "t-505.html", "个人带AI数据标注小班，郑州金水区，周末上课",
    P("<b>楼主 董老师：</b>本人在某AI公司做标注质检多年，周末带小班，讲人工智能训练师五级理论和标注实操。",
      "不包过不卖证，认定请自行报备案机构。考点前台 0371-65910233。",
      "微信 dong_laoshi_ai，电话 136-4385-2907。"),
    True, "I02", "董老师",
    [["wechat", "dong_laoshi_ai", "dong_laoshi_ai"], ["phone", "+8613643852907", "136-4385-2907"]],
    "forum post by an independent tutor (honest)")

# ===== fenlei
add("fenlei", "p-801.html", "郑州AI训练师考证中心 三级二级 包过 速成",
    P("类别：培训 > 职业技能　区域：郑州（异地发布）",
      "<b>郑州AI训练师考证中心</b>：人社部颁发证书，速成包过，补贴后几乎免费。",
      "联系人：刘老师　手机 13937124568　座机 (0371)6382-7419"),
    True, "U01", "郑州AI训练师考证中心",
    [["phone", "+8613937124568", "13937124568"], ["phone", "037163827419", "(0371)6382-7419"]],
    "classified by U01")
add("fenlei", "p-802.html", "厦门人工智能训练师五级培训 周末班 可申请补贴",
    P("类别：培训 > 职业技能　区域：思明",
      "<b>鹭岛职培</b>：五级60课时，符合条件的参保人员可申请技能提升补贴。",
      "电话 158-5920-1736　微信 ludaozhipei"),
    True, "U02", "鹭岛职培",
    [["phone", "+8615859201736", "158-5920-1736"], ["wechat", "ludaozhipei", "ludaozhipei"]],
    "classified by U02")
add("fenlei", "p-803.html", "人工智能训练师五级代报名 林老师",
    P("类别：培训 > 考证　区域：湖里",
      "联系人：林老师　电话 18650087321",
      "联系电话：13800138000（发布模板自带，请忽略）"),
    True, "U04", "林老师", [["phone", "+8618650087321", "18650087321"]],
    "classified by U04; template placeholder decoy")
add("fenlei", "p-804.html", "郑州/厦门 人工智能训练师四级 合作院校开班",
    P("类别：培训 > 职业技能　区域：全市",
      "<b>豫才教育</b>与院校合作开班，理论+实操。",
      "Q：3305127788　微信：yucai-jiaoyu"),
    True, "U05", "豫才教育",
    [["qq", "3305127788", "3305127788"], ["wechat", "yucai-jiaoyu", "yucai-jiaoyu"]],
    "classified by U05")
add("fenlei", "p-805.html", "招聘AI数据标注员 培训上岗 签协议就业",
    P("类别：招聘 > 技术　区域：集美",
      "<b>厦门闽智数标科技有限公司</b>：先培训后上岗，考取人工智能训练师证，协议就业，培训费可贷款分期。",
      "电话 １３７７９９６５２０４　官网 mzshubiao.com"),
    True, "U06", "厦门闽智数标科技有限公司",
    [["phone", "+8613779965204", "１３７７９９６５２０４"], ["domain", "mzshubiao.com", "mzshubiao.com"]],
    "classified by U06: training-for-job lure")
add("fenlei", "p-806.html", "个人转让：人工智能训练师五级网课资料+一对一辅导",
    P("类别：培训 > 考证　区域：海沧",
      "本人去年考过五级，整理的资料+一对一辅导，300元。",
      "联系电话：13800138000（模板号，真实电话见下）",
      "手机 152 6031 9874"),
    True, "I03", "个人（黄先生）", [["phone", "+8615260319874", "152 6031 9874"]],
    "classified by an independent individual")

# ===== wx (微文摘)
add("wx", "a-901.html", "鹭岛职培｜2026年人工智能训练师五级开班通知",
    P("来源公众号：鹭岛职培　原文发布于2026年3月2日",
      "厦门鹭岛职业技能培训中心（统一社会信用代码 " + U02_USCC + "）2026年第一期五级班开始报名。",
      "报名表：https://jinshuju.net/f/Lud4o8",
      "咨询：0592 517 8630；微信 LudaoZhipei；邮箱 ludao_px#163.com（#换成@）"),
    True, "U02", "鹭岛职培",
    [["uscc", U02_USCC, U02_USCC], ["phone", "05925178630", "0592 517 8630"], ["wechat", "ludaozhipei", "LudaoZhipei"], ["email", "ludao_px@163.com", "ludao_px#163.com"]],
    "WeChat repost of U02 enrolment notice")
add("wx", "a-902.html", "闽智数标：AI时代的铁饭碗，数据标注员招募中",
    P("来源公众号：闽智数标招聘",
      "厦门闽智数标科技有限公司（" + U06_USCC + "）招募人工智能训练师学员，结业考证，签协议就业，月入8000+。",
      "官网 www.mzshubiao.com，HR微信 MZSB_HR"),
    True, "U06", "闽智数标",
    [["uscc", U06_USCC, U06_USCC], ["domain", "mzshubiao.com", "www.mzshubiao.com"], ["wechat", "mzsb_hr", "MZSB_HR"]],
    "WeChat repost of U06 recruiting/training ad")
add("wx", "a-903.html", "AIGC双证报名中心：人社部颁发，拿证即加薪",
    P("来源公众号：AIGC双证报名中心",
      "生成式人工智能技术应用证书+人工智能训练师，1+X证书，双证同报优惠。",
      "报名表：https://jinshuju.net/f/ZsWl26",
      "咨询 15038172496　微信 ZSWeiLai01"),
    True, "U08", "AIGC双证报名中心",
    [["phone", "+8615038172496", "15038172496"], ["wechat", "zsweilai01", "ZSWeiLai01"]],
    "WeChat repost of U08 ad")
add("wx", "a-904.html", "持证挂靠攻略：人工智能训练师证也能挂？",
    P("来源公众号：鑫诚人才服务",
      "考证+挂靠一站式，证书挂出去每年2万起。",
      "QQ 1592643870　微信 xc_guakao"),
    True, "U09", "鑫诚人才服务",
    [["qq", "1592643870", "1592643870"], ["wechat", "xc_guakao", "xc_guakao"]],
    "WeChat repost of U09 挂靠 lure")
add("wx", "a-905.html", "厦门数智人才服务｜人工智能训练师四级企业内训报名",
    P("来源公众号：厦门数智人才",
      "面向本市企业在职员工开展人工智能训练师四级培训，参保满一年可申请技能提升补贴1500元。",
      "联系：0592-6039521　邮箱 hr@xmshuzhi.cn"),
    True, "I06", "厦门数智人才服务",
    [["phone", "05926039521", "0592-6039521"], ["email", "hr@xmshuzhi.cn", "hr@xmshuzhi.cn"]],
    "WeChat repost by an independent (honest)")
add("wx", "a-906.html", "人社部：警惕技术技能类“山寨证书”",
    P("来源公众号：某晚报",
      "人社部、中央网信办开展“山寨证书”网络治理，此前已关闭14个仿冒查询网站。",
      "职业技能等级证书可在 zscx.osta.org.cn 查询；遇到虚假宣传可拨打 12315。"),
    False, None, None, [], "WeChat repost of news about the 山寨证书 campaign")

# ===== train (U01's own site)
add("train", "course-ai.html", "人工智能训练师（五级/四级/三级）考证班",
    P("智联启航教育 · 课程中心",
      "零基础可报三级！人社部颁发，全国通用，包过班不过退费。",
      "学费：五级1980元，三级4980元，补贴后几乎免费。",
      "考点前台 0371-65910233（郑东考点）；本期认定批次号 15920250308",
      "报名热线 139-3712-4568　微信 qhai_zz2024"),
    True, "U01", "智联启航教育",
    [["phone", "+8613937124568", "139-3712-4568"], ["wechat", "qhai_zz2024", "qhai_zz2024"],
     ["phone", "037163827419", "0371-63827419"], ["domain", "zzqh-edu.cn", "www.zzqh-edu.cn"], ["uscc", U01_USCC, U01_USCC]],
    "U01's own course page")
add("train", "news-3.html", "公司2026年春季团建圆满结束",
    P("3月15日，智联启航全体员工赴嵩山开展春季团建活动……"),
    False, None, None, [], "unrelated company news")

# ---------------------------------------------------------------- decoys
DECOYS = [
 dict(kind="phone", value="12333", written=["12333"], why="人社 public service hotline"),
 dict(kind="phone", value="12315", written=["12315"], why="market-regulation complaint hotline"),
 dict(kind="phone", value="12345", written=["12345"], why="government service hotline in the 人社局 site footer"),
 dict(kind="domain", value="zscx.osta.org.cn", written=["zscx.osta.org.cn"], why="official certificate query site"),
 dict(kind="domain", value="osta.mohrss.gov.cn", written=["osta.mohrss.gov.cn"], why="official 技能人才评价工作网"),
 dict(kind="domain", value="vslc.ncb.edu.cn", written=["vslc.ncb.edu.cn"], why="official legacy 1+X query platform"),
 dict(kind="phone", value="4008207788", written=["400-820-7788"], why="shop platform's customer-service hotline (footer)"),
 dict(kind="email", value="kefu@youpinketang.com", written=["kefu@youpinketang.com"], why="shop platform's e-mail (footer)"),
 dict(kind="uscc", value=SHOP_USCC, written=[SHOP_USCC], why="shop platform company's USCC (footer)"),
 dict(kind="qq_group", value="512378640", written=["512378640"], why="Q&A site's own user QQ group (footer)"),
 dict(kind="other", value="豫ICP备18027364号-1", written=["豫ICP备18027364号-1"], why="forum's ICP number (footer)"),
 dict(kind="email", value="admin@shangdubbs.com", written=["admin@shangdubbs.com"], why="forum's site e-mail (footer)"),
 dict(kind="qq", value="800057312", written=["800057312"], why="forum moderator QQ (footer)"),
 dict(kind="domain", value="kuaishua-video.com", written=["kuaishua-video.com"], why="short-video platform domain (footer)"),
 dict(kind="phone", value="4008800592", written=["400-880-0592"], why="classifieds platform hotline (footer)"),
 dict(kind="qq", value="2850018866", written=["2850018866"], why="classifieds platform customer-service QQ (footer)"),
 dict(kind="wechat", value="weiwenzhai_official", written=["weiwenzhai_official"], why="repost site's own public account (footer)"),
 dict(kind="phone", value="037168821300", written=["0371-68821300"], why="college switchboard in footer, shared by the college's and the partner's pages"),
 dict(kind="domain", value="zyxx.edu.cn", written=["www.zyxx.edu.cn"], why="college's domain in footer"),
 dict(kind="phone", value="+8617085526931", written=["170 8552 6931"], why="scam number quoted in warnings and complaints"),
 dict(kind="phone", value="+8615920250308", written=["15920250308"], why="an assessment batch number that looks like a mobile"),
 dict(kind="other", value="20250611337204", written=["20250611337204"], why="order number in a testimonial screenshot copied between sellers"),
 dict(kind="other", value="S000035020001253000018", written=["S000035020001253000018"], why="certificate number on a sample certificate image"),
 dict(kind="phone", value="+8613800138000", written=["13800138000"], why="template placeholder phone number"),
 dict(kind="wechat", value="lily_zz1990", written=["lily_zz1990"], why="a reader's own WeChat in comments under several sellers' pages"),
 dict(kind="phone", value="037165910233", written=["0371-65910233"], why="third party: exam venue front desk"),
 dict(kind="domain", value="jinshuju.net", written=["jinshuju.net"], why="third party: online form tool"),
 dict(kind="phone", value="95188", written=["95188"], why="third party: payment platform (支付宝) hotline"),
]

# ---------------------------------------------------------------- render
def path_of(p):
    return "/%s/%s" % (p["site"], p["fname"])

def frame(site, title, crumbs, main, sidebar_links):
    s = SITES[site]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (site, m) if i == 0 else "<span>%s</span>" % m
                      for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(crumbs)
    side = "".join('<li><a href="%s">%s</a></li>' % (h, html.escape(t)) for h, t in sidebar_links)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            "<title>%s - %s</title></head>\n<body class=\"site-%s\">\n"
            "<header><div class=\"logo\">%s</div><nav>%s</nav></header>\n"
            "<div class=\"crumbs\">%s</div>\n<main>\n%s</main>\n"
            "<aside><h3>相关推荐</h3><ul>%s</ul></aside>\n"
            "<footer>%s · <a href=\"/index.html\">网址导航</a></footer>\n</body></html>\n"
            % (html.escape(title), s["name"], site, s["name"], menu, crumb, main, side, s["footer"]))

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    for site in ORDER:
        sp = [p for p in PAGES if p["site"] == site]
        for p in sp:
            links = [(path_of(q), q["title"]) for q in sp if q is not p][:5]
            main = "<article><h1>%s</h1>\n%s</article>\n" % (html.escape(p["title"]), p["body"])
            if p["comments"]:
                main += "<section class=\"comments\"><h3>评论</h3>\n%s</section>\n" % p["comments"]
            crumbs = ['<a href="/%s/index.html">%s</a>' % (site, SITES[site]["name"]), html.escape(p["title"][:16])]
            out[path_of(p)] = frame(site, p["title"], crumbs, main, links)
        lst = "".join('<li><a href="%s">%s</a></li>\n' % (path_of(q), html.escape(q["title"])) for q in sp)
        main = "<h1>%s</h1>\n<ul class=\"list\">\n%s</ul>\n" % (SITES[site]["name"], lst)
        out["/%s/index.html" % site] = frame(site, "首页", ['<a href="/%s/index.html">首页</a>' % site], main,
                                             [("/index.html", "网址导航")])
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>\n' % (s, SITES[s]["name"], SITES[s]["style"]) for s in ORDER)
    out["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head>"
                          "<body><h1>网址导航：郑州、厦门一周搜索记录</h1><ul>\n%s</ul></body></html>\n" % hub)
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out

def main():
    out = build()
    # sanity: every seller identifier written form appears only on its own operator's pages
    owner = {path_of(p): p["operator"] for p in PAGES}
    for p in PAGES:
        for kind, value, written in p["identifiers"]:
            assert written in out[path_of(p)], (path_of(p), written)
            for path, text in out.items():
                if written in text and owner.get(path) not in (p["operator"], None):
                    raise SystemExit("identifier %s of %s leaks onto %s" % (written, p["operator"], path))
            for d in DECOYS:
                for w in d["written"]:
                    assert w not in written and written not in w, (written, w)
    pages = []
    for p in [{"site": None, "path": k} for k in out if k.endswith("index.html")]:
        pass
    idx = [k for k in out if k.endswith("/index.html") or k == "/index.html"]
    for k in sorted(idx):
        pages.append(dict(path=k, is_offer=False, operator=None, provider=None, identifiers=[],
                          note="hub page" if k == "/index.html" else "site index page"))
    for p in PAGES:
        pages.append(dict(path=path_of(p), is_offer=p["is_offer"], operator=p["operator"],
                          provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for kind, value, _ in p["identifiers"]:
                if [kind, value] not in o["identifiers"]:
                    o["identifiers"].append([kind, value])
    decoys = []
    for d in DECOYS:
        pg = sorted(k for k, t in out.items() if any(w in t for w in d["written"]))
        assert len(pg) >= 2, d
        decoys.append(dict(kind=d["kind"], value=d["value"], written=d["written"], pages=pg, why=d["why"]))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages=%d offers=%d decoys=%d" % (len(pages), sum(p["is_offer"] for p in pages), len(decoys)))

if __name__ == "__main__":
    main()
