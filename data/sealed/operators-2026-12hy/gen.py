#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (Qitaihe week). stdlib only, deterministic."""
import json, os, re, shutil

AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def orgcheck(s8):
    w = [3,7,9,10,5,8,4,2]
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(v(a)*b for a, b in zip(s8, w)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))
def uscc(prefix8, org8):
    b = prefix8 + org8 + orgcheck(org8)
    r = 31 - sum(AL.index(ch)*W[i] for i, ch in enumerate(b)) % 31
    return b + AL[0 if r == 31 else r]

U01_USCC = uscc("52230900", "MJ0X7215")   # 民办学校 (民办非企业)
U04_USCC = uscc("91230103", "MA1BKX53")
U05_USCC = uscc("91230900", "MA7C2H40")

SITES = {
 "xz":  dict(name="鑫智教育", kind="培训机构官网", menu=["首页","课程中心","考试报名","关于我们"],
             side="热门课程：人工智能训练师 · 电子商务师 · 健康管理师",
             foot="七台河鑫智职业培训学校 版权所有 | 地址：七台河市桃山区学府街18号 | 黑ICP备2021003377号-1"),
 "ke":  dict(name="学到网", kind="课程市场", menu=["首页","职业技能","IT互联网","考证"],
             side="平台保障：7天无理由退款 · 课程编号 15904061127 为平台内部编号",
             foot="学到网 客服热线 400-820-5566 | 客服邮箱 kefu@xuedaowang.com | 沪ICP备19022861号"),
 "bbs": dict(name="七台河论坛", kind="地方论坛", menu=["首页","鹤城茶馆","求职招聘","教育培训","投诉曝光"],
             side="版规：禁止发布违法广告；发现骗子请举报",
             foot="七台河论坛 bbs.qthlt.com | 站务QQ群 563201487 | 黑ICP备16004521号"),
 "fl":  dict(name="七台河信息港", kind="分类信息", menu=["首页","招聘","培训","二手","房产"],
             side="免费发布信息 · 发布时手机号格式 例：13800138000",
             foot="七台河信息港 qthxx.com | 客服电话 0464-8660000 | 信息由用户发布，本站不承担担保责任"),
 "wd":  dict(name="知问", kind="问答社区", menu=["首页","教育","职场","提问"],
             side="相关问题：人工智能训练师证书有用吗？ · 证书怎么查真伪？",
             foot="知问 zhiwen.com.cn | 违法和不良信息举报 jubao@zhiwen.com.cn"),
 "mp":  dict(name="鹤城生活圈(公众号文章转载)", kind="公众号转载", menu=["首页","本地资讯","学习提升","便民"],
             side="关注公众号：qth_shenghuo 获取更多本地资讯",
             foot="本站内容转自微信公众号，版权归原作者 | 投稿 tougao@hcshq.cn"),
 "sv":  dict(name="快看短视频网页版", kind="短视频", menu=["推荐","同城","学习","直播"],
             side="同城·七台河 热门视频",
             foot="快看短视频 | 用户服务协议 | 举报邮箱 report@kuaikan-video.com"),
 "news":dict(name="七台河新闻网", kind="新闻", menu=["首页","本地","民生","教育"],
             side="热点：灵活就业人员社保缴费指南 · 冬季供暖",
             foot="七台河新闻网 主办 | 新闻热线 0464-8251122 | 黑ICP备05003129号"),
 "rsj": dict(name="七台河市人力资源和社会保障局(信息公开)", kind="人社局通知", menu=["首页","通知公告","政策文件","办事指南"],
             side="咨询电话 12333 · 证书查询 zscx.osta.org.cn",
             foot="七台河市人力资源和社会保障局 主办 | 联系电话 0464-8278123 | 黑ICP备10200365号"),
 "shop":dict(name="龙江优选网店", kind="网店", menu=["首页","教育培训","本地服务","我的订单"],
             side="安全交易：付款请走平台担保，支付宝客服 95188",
             foot="龙江优选 service@longshop.cn | 支付问题请联系支付宝 95188 | 黑ICP备20001826号"),
}

# page spec: path, title, offer, operator, provider, identifiers [(kind, value, written)], body paragraphs
P = []
def page(path, title, body, offer=False, op=None, prov=None, ids=(), note=""):
    P.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op, provider=prov,
                  identifiers=[list(i) for i in ids], note=note))

M = lambda d: "+86" + d
# ---------------- U01 鑫智 (honest, own site) ----------------
page("/xz/course-ai.html", "人工智能训练师(四级/三级)培训班 - 鑫智教育",
 ["七台河鑫智职业培训学校开设人工智能训练师(4-04-05-05)培训班，分四级(中级工)、三级(高级工)两个班次。",
  "课程含理论与实操(数据采集和处理、数据标注、智能系统运维)，四级参考课时50学时。报名须符合申报条件，学校协助审核工作年限证明。",
  "考核合格由备案的评价机构颁发职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询；符合条件者可申领失业保险技能提升补贴，详询12333。",
  "报名咨询：139-4567-1208(王老师)　统一社会信用代码：" + U01_USCC + "　官网 xinzhi-edu.cn"],
 True, "U01", "七台河鑫智职业培训学校",
 [("phone", M("13945671208"), "139-4567-1208"), ("uscc", U01_USCC, U01_USCC), ("domain", "xinzhi-edu.cn", "xinzhi-edu.cn")],
 "training school's own course page")
page("/xz/kaoshi.html", "2026年第二批人工智能训练师考试报名通知 - 鑫智教育",
 ["我校第二批人工智能训练师(五级、四级)认定考试报名开始，考点设在七台河职业学院实训楼，考点前台电话 0464-8291000(仅咨询考场位置)。",
  "报名材料：身份证、学历证明、相关工作年限证明。理论、实操两部分均60分及格。",
  "报名联系：13945671208，微信 xz_ai_2088 (备注“报名”)。"],
 True, "U01", "鑫智教育",
 [("phone", M("13945671208"), "13945671208"), ("wechat", "xz_ai_2088", "xz_ai_2088")], "exam enrolment notice")
page("/ke/item-102.html", "【鑫智AI学院】人工智能训练师四级 线上+线下班",
 ["鑫智AI学院 · 七台河本地机构 · 已有 312 人报名",
  "课程大纲：数据标注工具使用、标注规范、质检流程、模型测试基础。线上录播 + 周末线下实操。",
  "售价 ¥1680(符合条件可申请技能提升补贴)。课前请加班主任V：XZ_AI_2088，机构官网 www.xinzhi-edu.cn"],
 True, "U01", "鑫智AI学院",
 [("wechat", "xz_ai_2088", "XZ_AI_2088"), ("domain", "xinzhi-edu.cn", "www.xinzhi-edu.cn")], "marketplace listing")
page("/fl/post-301.html", "七台河 人工智能训练师 数据标注员 培训招生",
 ["龙江智训 招生：人工智能训练师五级/四级，小班教学，桃山区学府街上课。",
  "需一年以上相关工作经历或学徒经历方可报五级，电话 139 4567 1208。", "发布者：王老师　浏览 1.2万次"],
 True, "U01", "龙江智训", [("phone", M("13945671208"), "139 4567 1208")], "classified ad")
# ---------------- U02 北辰 ----------------
page("/ke/item-101.html", "北辰智训 人工智能训练师三级 精品班",
 ["黑龙江北辰人工智能培训中心出品，讲师来自本地数据标注企业。",
  "三级课程：业务分析、智能训练、智能系统设计、培训与指导，共40学时。实操考点：七台河职业学院(前台 0464-8291000)。",
  "咨询座机 0464-8123456　QQ:2874561930"],
 True, "U02", "北辰智训",
 [("phone", "04648123456", "0464-8123456"), ("qq", "2874561930", "2874561930")], "marketplace listing")
page("/wd/q-401.html", "七台河哪里可以考人工智能训练师？",
 ["问：七台河本地哪里能报人工智能训练师？要什么条件？",
  "答(北辰老师)：我们北辰这边常年开班，五级需要一年相关工作经历。有问题加扣扣 2874561930 或发邮件 beichen_ai@163.com 索取简章。",
  "网友“丽丽”评论：我也想报，已私信，我的微信 lily_qth88 求带。"],
 True, "U02", "北辰", [("qq", "2874561930", "2874561930"), ("email", "beichen_ai@163.com", "beichen_ai@163.com")],
 "Q&A answer soliciting enrolment")
page("/sv/v-605.html", "北辰老师：带你看数据标注员一天的工作",
 ["视频文案：数据标注到底干什么？跟着北辰老师看一天。想系统学习人工智能训练师课程，简章发邮箱：beichen_ai＠163.com(＠换成@)",
  "点赞 2.3万 · 评论 418"],
 True, "U02", "北辰老师", [("email", "beichen_ai@163.com", "beichen_ai＠163.com")], "short video with enrolment CTA")
page("/bbs/thread-206.html", "[教育培训] 北辰AI培训中心 春季班招生(人工智能训练师)",
 ["楼主：北辰AI培训 | 春季班3月开课，四级/三级均有，欢迎来电(0464)8123456咨询。",
  "2楼：去年在这考的四级，证书在官网能查到。"],
 True, "U02", "北辰AI培训中心", [("phone", "04648123456", "(0464)8123456")], "forum ad post")
# ---------------- U03 华培 (scam: 包过, 免培训) ----------------
page("/bbs/thread-201.html", "[教育培训] 人工智能训练师证 包过 不用考 国家职业资格证书",
 ["楼主：华培职业技能 | 人工智能训练师 一级/二级/三级 三证一起办，零基础不限学历不限经验，免培训包通过，人社部颁发，全国通用！",
  "报名快，下月就拿证，电话 186 0464 7732，微信 hp_zhengshu。填个报名表：https://www.wjx.cn/vm/tAiq8Ke.aspx",
  "3楼：这种包过的都别信。"],
 True, "U03", "华培职业技能",
 [("phone", M("18604647732"), "186 0464 7732"), ("wechat", "hp_zhengshu", "hp_zhengshu")], "scam forum ad")
page("/fl/post-302.html", "急招学员 人工智能训练师高级技师 快速拿证",
 ["速通证书：高级技师证直接办理，不考试，挂靠年收入2万+，官网可查。",
  "联系 18604647732 (同微信)"],
 True, "U03", "速通证书", [("phone", M("18604647732"), "18604647732")], "scam classified")
page("/sv/v-601.html", "90%小白都能拿的高薪证书！",
 ["视频文案：人工智能训练师证，原价9999限时999，交费包过，拿证就能升职加薪！",
  "主页简介：证书咨询 vx：hp_zhengshu　报名表 wjx.cn"],
 True, "U03", "华培拿证", [("wechat", "hp_zhengshu", "hp_zhengshu")], "scam short video")
# ---------------- U04 智途 (honest, 400) ----------------
page("/ke/item-103.html", "智途教育 人工智能训练师五级(数据标注员) 60学时系统课",
 ["智途教育科技 · 全国连锁 · 七台河学习中心",
  "60学时，覆盖数据采集、清洗、标注、质检。考试由备案评价机构组织，证书编号形如 S000023071001256300042(样例)。",
  "全国服务热线 400-673-8829　企业信用代码 " + U04_USCC],
 True, "U04", "智途教育科技",
 [("phone", "4006738829", "400-673-8829"), ("uscc", U04_USCC, U04_USCC)], "marketplace listing")
page("/mp/art-501.html", "转载｜人工智能训练师是什么？七台河学员的转行故事",
 ["原文来自公众号“智途AI学堂”。",
  "小张原来在煤矿后勤，2025年学了数据标注，先考了五级……",
  "文末：报名热线 400 673 8829，资料索取 service@zhitu-ai.com"],
 True, "U04", "智途AI学堂",
 [("phone", "4006738829", "400 673 8829"), ("email", "service@zhitu-ai.com", "service@zhitu-ai.com")], "advertorial repost")
page("/shop/item-901.html", "智途 人工智能训练师五级 课程兑换卡",
 ["商品：人工智能训练师五级课程兑换卡，¥1280，购买后凭卡在 zhitu-ai.com 激活。",
  "售后邮箱 Service@Zhitu-AI.com　订单编号：13920260318(示例订单)"],
 True, "U04", "智途官方店",
 [("email", "service@zhitu-ai.com", "Service@Zhitu-AI.com"), ("domain", "zhitu-ai.com", "zhitu-ai.com")], "shop item")
# ---------------- U05 中科人才评价 (scam: state-sounding company) ----------------
page("/bbs/thread-203.html", "[教育培训] 中科人才评价中心 人工智能训练师 国家级证书",
 ["楼主：中科人才 | 国家级人工智能训练师证书，人社部认证新职业，入库可查，评职称直接用！",
  "咨询 15546432109"],
 True, "U05", "中科人才评价中心", [("phone", M("15546432109"), "15546432109")], "misleading forum ad")
page("/mp/art-502.html", "转载｜拿证补贴2000！人工智能训练师最后一批报名",
 ["来源：中科人才评价 | 一级高级技师也可补贴，补贴后几乎免费，名额有限。",
  "报名咨询 155 4643 2109　微信 zkrc_kefu"],
 True, "U05", "中科人才评价",
 [("phone", M("15546432109"), "155 4643 2109"), ("wechat", "zkrc_kefu", "zkrc_kefu")], "misleading subsidy article")
page("/shop/item-902.html", "人工智能训练师 高级 证书 官方认证",
 ["店铺：中科人才服务 | 统一社会信用代码 " + U05_USCC + "(北京中科人才评价中心有限公司)",
  "拍下后联系客服微信 ZKRC_kefu 提交资料，15个工作日出证。"],
 True, "U05", "中科人才服务",
 [("uscc", U05_USCC, U05_USCC), ("wechat", "zkrc_kefu", "ZKRC_kefu")], "shop item")
page("/fl/post-307.html", "人工智能训练师证书 报名 官方指定",
 ["中科人才七台河报名点，官方指定，速成。", "公司代码 " + U05_USCC + "，电话 155-4643-2109"],
 True, "U05", "中科人才七台河报名点",
 [("uscc", U05_USCC, U05_USCC), ("phone", M("15546432109"), "155-4643-2109")], "classified")
# ---------------- U06 启明 ----------------
page("/ke/item-105.html", "启明AI训练营 人工智能训练师四级直播课",
 ["启明职教 · 直播+答疑，四级50学时，含模拟机考。", "学习群答疑请加Q 3190527746"],
 True, "U06", "启明AI训练营", [("qq", "3190527746", "3190527746")], "marketplace listing")
page("/wd/q-402.html", "人工智能训练师四级难考吗？",
 ["答(启明职教老师)：理论和实操各60分及格，认真学不难。可加QQ 3190527746 或微信 qiming_ai 领模拟题。",
  "追问：证书哪里查？答：全国联网查询 zscx.osta.org.cn。"],
 True, "U06", "启明职教", [("qq", "3190527746", "3190527746"), ("wechat", "qiming_ai", "qiming_ai")], "Q&A answer")
page("/sv/v-602.html", "启明老师讲数据标注：拉框的5个技巧",
 ["视频文案：今天讲目标检测拉框技巧。想报人工智能训练师四级的，主页V：Qiming_AI"],
 True, "U06", "启明老师", [("wechat", "qiming_ai", "Qiming_AI")], "short video")
page("/shop/item-907.html", "启明职教 人工智能训练师四级 全程班",
 ["¥1980 全程班，含教材。收款方：哈尔滨启明文化传播有限公司", "下单后加微信 qiming_ai 进班。"],
 True, "U06", "启明职教",
 [("other", "哈尔滨启明文化传播有限公司", "哈尔滨启明文化传播有限公司"), ("wechat", "qiming_ai", "qiming_ai")], "shop item")
# ---------------- U07 龙煤技工 (honest) ----------------
page("/fl/post-303.html", "龙煤技工培训中心 人工智能训练师五级 转岗培训",
 ["面向煤矿转岗职工，五级60学时，考点七台河职业学院(考点前台 0464-8291000)。",
  "报名电话：0464-8297715"],
 True, "U07", "龙煤技工培训中心", [("phone", "04648297715", "0464-8297715")], "classified")
page("/mp/art-503.html", "转载｜转岗职工学AI，龙煤技工第一期人工智能训练师开班",
 ["原载公众号“龙煤技工”。首期42名学员，证书样例编号 S000023071001256300042。",
  "报名：04648297715，邮箱 lmjg_px@126.com"],
 True, "U07", "龙煤技工", [("phone", "04648297715", "04648297715"), ("email", "lmjg_px@126.com", "lmjg_px@126.com")], "repost with enrolment")
page("/shop/item-903.html", "龙煤技工 人工智能训练师五级 报名费",
 ["报名费 ¥380(认定费，培训另计)。", "发票问题邮件 LMJG_PX@126.com"],
 True, "U07", "龙煤技工", [("email", "lmjg_px@126.com", "LMJG_PX@126.com")], "shop item")
# ---------------- U08 AI速成营 (scam) ----------------
page("/ke/item-106.html", "AI速成营 人工智能训练师 7天速成 百分百通过率",
 ["7天速成，百分百通过率，不过全额退！一级二级三级都可报。", "进学员群 715338204，报名表 https://www.wjx.cn/vm/mQ2cAi8.aspx"],
 True, "U08", "AI速成营", [("qq_group", "715338204", "715338204")], "scam listing")
page("/sv/v-603.html", "三天拿证！月入过万不是梦",
 ["视频文案：人工智能训练师，三天拿证，零基础月入过万！咨询 177-4590-2316", "评论区置顶：群号715338204"],
 True, "U08", "速成营小助手",
 [("phone", M("17745902316"), "177-4590-2316"), ("qq_group", "715338204", "715338204")], "scam short video")
page("/shop/item-906.html", "人工智能训练师证书 一站式代办",
 ["AI速成营旗舰店：代报名代考全包，¥3980 三证。", "客服手机 17745902316"],
 True, "U08", "AI速成营旗舰店", [("phone", M("17745902316"), "17745902316")], "scam shop item")
# ---------------- U09 鹤岭数智 ----------------
page("/fl/post-304.html", "鹤岭数智 数据标注员培训+推荐就业",
 ["鹤岭数智(七台河)：人工智能训练师五级培训，结业推荐本地标注基地实习。", "电话 133 0464 1785"],
 True, "U09", "鹤岭数智", [("phone", M("13304641785"), "133 0464 1785")], "classified")
page("/wd/q-404.html", "七台河有数据标注的工作吗？",
 ["答(鹤岭数智)：有，我们基地长期招，也有人工智能训练师培训，微信 heling_shuzhi。",
  "答(网友)：建议先打12333问问补贴政策。"],
 True, "U09", "鹤岭数智", [("wechat", "heling_shuzhi", "heling_shuzhi")], "Q&A answer")
page("/shop/item-904.html", "鹤岭数智 AI训练师五级课程", 
 ["¥1500，含实习推荐。", "联系：13304641785 / 微信 Heling_Shuzhi　订单编号：13920260318"],
 True, "U09", "鹤岭数智教育",
 [("phone", M("13304641785"), "13304641785"), ("wechat", "heling_shuzhi", "Heling_Shuzhi")], "shop item")
# ---------------- independents ----------------
page("/ke/item-104.html", "数据标注实战入门(人工智能训练师五级配套)",
 ["讲师：周明(个人)。", "答疑邮箱 zhouming_dl@qq.com"], True, "I01", "周明",
 [("email", "zhouming_dl@qq.com", "zhouming_dl@qq.com")], "independent course")
page("/bbs/thread-205.html", "[教育培训] 茄子河区 人工智能训练师 周末班",
 ["楼主：茄子河职培 | 周末班，四级。电话 0464-8612390"], True, "I02", "茄子河职培",
 [("phone", "04648612390", "0464-8612390")], "independent forum ad")
page("/fl/post-305.html", "勃利县 AI训练师培训 招生", ["勃利县博学培训学校，五级班，电话 15845217736"],
 True, "I03", "勃利县博学培训学校", [("phone", M("15845217736"), "15845217736")], "independent classified")
page("/mp/art-504.html", "转载｜新兴职业人工智能训练师 我们开班了",
 ["原载公众号“鸡西启航教育”。报名微信 qihang_jx2026"], True, "I04", "鸡西启航教育",
 [("wechat", "qihang_jx2026", "qihang_jx2026")], "independent repost")
page("/sv/v-604.html", "人工智能训练师证 当天出证", ["视频文案：当天出证，人社部颁发，私信或拨 199 4642 3081"],
 True, "I05", "证书小王", [("phone", M("19946423081"), "199 4642 3081")], "independent scam video")
page("/shop/item-905.html", "人工智能训练师四级 题库+课程", ["佳木斯学乐教育，客服QQ 1538860472"],
 True, "I06", "佳木斯学乐教育", [("qq", "1538860472", "1538860472")], "independent shop item")
# ---------------- non-offers ----------------
page("/bbs/thread-202.html", "[投诉曝光] 交了2980办人工智能训练师证，人跑了",
 ["楼主：去年加了个“证书老师”，骗子电话 170-8845-1234，说包过，交钱后拉黑。已打12315投诉。",
  "回复：官网查证书只认 zscx.osta.org.cn。"], note="complaint")
page("/bbs/thread-204.html", "[鹤城茶馆] 想学数据标注，有一起的吗？",
 ["楼主：想学人工智能训练师，有没有一起的？我的微信 lily_qth88。", "回复：先问问12333有没有补贴。"], note="reader discussion")
page("/wd/q-403.html", "人工智能训练师证书是国家职业资格证书吗？",
 ["答：不是。它是职业技能等级证书，由备案的评价机构颁发，不是人社部颁发。可在 zscx.osta.org.cn 查询，政策咨询拨12333。"],
 note="honest explainer")
page("/mp/art-505.html", "转载｜警惕！“包过”的人工智能训练师证书",
 ["人社部门提醒：宣称包过、免培训直接发证的多为山寨证书。如遇骗子电话 170-8845-1234 一类推销，请拨12315。"],
 note="warning repost")
page("/news/n-701.html", "市民花2980元买“人工智能训练师证” 警方提醒",
 ["近日，市民李某接到自称“证书中心”的电话 170-8845-1234，被以包过为由骗走2980元。市场监管部门提醒可拨打12315。",
  "真证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。"], note="scam news")
page("/news/n-702.html", "技能提升补贴政策问答", ["五级最高1000元、四级1500元、三级2000元，需参保满一年。咨询12333，或登录 osta.mohrss.gov.cn。"],
 note="subsidy news")
page("/rsj/notice-801.html", "关于2026年上半年职业技能等级认定考试考点安排的通知",
 ["考点：七台河职业学院，考点前台 0464-8291000。证书查询：zscx.osta.org.cn，osta.mohrss.gov.cn。咨询12333。"],
 note="official notice")
page("/rsj/notice-802.html", "关于防范技术技能类“山寨证书”的提醒",
 ["凡宣称“包过”“免培训直接发证”“人社部颁发”的职业技能等级证书广告均需警惕。举报请拨12315，政策咨询12333。"],
 note="official warning")

SUB_INDEX = {"xz": "鑫智教育 首页", "ke": "学到网 职业技能频道", "bbs": "七台河论坛 教育培训版",
             "fl": "七台河信息港 培训频道", "wd": "知问 教育话题", "mp": "鹤城生活圈 文章列表",
             "sv": "快看 同城·学习", "news": "七台河新闻网", "rsj": "通知公告", "shop": "龙江优选 教育培训"}

def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def frame(site, title, inner, crumbs):
    s = SITES[site]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in s["menu"])
    sibs = [p for p in P if p["path"].startswith("/%s/" % site)][:6]
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in sibs)
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title></head><body>'
            '<header class="top"><b>%s</b><nav>%s</nav></header><div class="crumb">%s</div>'
            '<main>%s</main><aside><p>%s</p><h4>相关</h4><ul>%s</ul></aside>'
            '<footer><p>%s</p><a href="/index.html">返回总站导航</a></footer></body></html>') % (
        esc(title), esc(s["name"]), menu, crumbs, inner, esc(s["side"]), rel, esc(s["foot"]))

def main():
    here = os.path.dirname(os.path.abspath(__file__)); out = os.path.join(here, "site")
    shutil.rmtree(out, ignore_errors=True); os.makedirs(out)
    files = {}
    for p in P:
        site = p["path"].split("/")[1]
        inner = "<h1>%s</h1>" % esc(p["title"]) + "".join("<p>%s</p>" % esc(b) for b in p["body"])
        crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (site, esc(SITES[site]["name"]), esc(p["title"]))
        files[p["path"]] = frame(site, p["title"], inner, crumbs)
    idx_pages = []
    for site in SITES:
        items = [p for p in P if p["path"].startswith("/%s/" % site)]
        inner = "<h1>%s</h1><ul>%s</ul>" % (esc(SUB_INDEX[site]), "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in items))
        files["/%s/index.html" % site] = frame(site, SUB_INDEX[site], inner, '<a href="/index.html">导航</a> &gt; %s' % esc(SITES[site]["name"]))
        idx_pages.append(dict(path="/%s/index.html" % site, is_offer=False, operator=None, provider=None, identifiers=[], note="site index"))
    hub = "".join('<li><a href="/%s/index.html">%s</a>(%s)</li>' % (k, esc(v["name"]), v["kind"]) for k, v in SITES.items())
    files["/index.html"] = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索：七台河 人工智能训练师</title></head><body><h1>站点导航</h1><ul>%s</ul></body></html>' % hub
    idx_pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    for path, html in files.items():
        fp = out + path; os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(html)
    with open(os.path.join(out, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                  identifiers=p["identifiers"], note=p["note"]) for p in P] + idx_pages
    ops = {}
    for p in P:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    DEC = [
     ("phone", "12333", ["12333"], "人社 public hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
     ("phone", "4008205566", ["400-820-5566"], "学到网 platform customer service in footer"),
     ("email", "kefu@xuedaowang.com", ["kefu@xuedaowang.com"], "学到网 platform footer e-mail"),
     ("other", "沪ICP备19022861号", ["沪ICP备19022861号"], "学到网 ICP in footer"),
     ("qq_group", "563201487", ["563201487"], "论坛 站务QQ群 in footer"),
     ("other", "黑ICP备16004521号", ["黑ICP备16004521号"], "论坛 ICP"),
     ("domain", "bbs.qthlt.com", ["bbs.qthlt.com"], "论坛 own domain"),
     ("phone", "04648660000", ["0464-8660000"], "信息港 platform phone in footer"),
     ("domain", "qthxx.com", ["qthxx.com"], "信息港 own domain"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder phone on 信息港"),
     ("email", "jubao@zhiwen.com.cn", ["jubao@zhiwen.com.cn"], "知问 report mailbox"),
     ("wechat", "qth_shenghuo", ["qth_shenghuo"], "repost site's own 公众号 id in sidebar"),
     ("email", "tougao@hcshq.cn", ["tougao@hcshq.cn"], "repost site footer"),
     ("email", "report@kuaikan-video.com", ["report@kuaikan-video.com"], "short-video platform footer"),
     ("phone", "04648251122", ["0464-8251122"], "news site hotline"),
     ("phone", "04648278123", ["0464-8278123"], "人社局 site phone"),
     ("email", "service@longshop.cn", ["service@longshop.cn"], "shop platform footer"),
     ("phone", "95188", ["95188"], "payment platform (支付宝) customer service"),
     ("phone", "+8617088451234", ["170-8845-1234"], "scammer number quoted in complaint, warning and news"),
     ("phone", "+8613920260318", ["13920260318"], "really an order number (订单编号)"),
     ("phone", "+8615904061127", ["15904061127"], "really a marketplace course number (课程编号)"),
     ("other", "S000023071001256300042", ["S000023071001256300042"], "sample certificate number"),
     ("wechat", "lily_qth88", ["lily_qth88"], "a reader's own WeChat in comments"),
     ("phone", "04648291000", ["0464-8291000"], "exam venue front desk (third party)"),
     ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used by sellers"),
    ]
    decoys = []
    for k, v, wr, why in DEC:
        pg = sorted(p for p, h in files.items() if any(w in h for w in wr))
        decoys.append(dict(kind=k, value=v, written=wr, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
