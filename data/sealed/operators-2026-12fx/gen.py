#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- GB 32100 unified social credit code ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def _v11714(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55

def uscc(head8, org8):
    c = 11 - sum(_v11714(ch) * w for ch, w in zip(org8, W11714)) % 11
    c17 = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = head8 + org8 + c17
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W18)) % 31
    return body + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52420600", "MJH31752")   # 民办非企业单位 (training school)
USCC_U02 = uscc("91340202", "MA8P4T2C")
USCC_U03 = uscc("91340207", "MA2W7N5K")
USCC_U06 = uscc("92420606", "MA4F3K2Q")   # 个体工商户
USCC_U09 = uscc("91340203", "MA8N6R1H")
USCC_SHOP = uscc("91330106", "MA2H0L8E")  # shop platform's own

# ---------- sites ----------
SITES = {
 "xyzq": dict(name="襄阳智启职业培训学校", dom="www.xyzhiqi.cn", style="school",
   menu=["学校首页", "培训项目", "技能认定", "师资力量", "联系我们"],
   foot="襄阳智启职业培训学校 版权所有 | 地址:襄阳市樊城区长虹北路18号 | 鄂ICP备2021017735号-1"),
 "whxt": dict(name="新途教育·芜湖新途职业技能培训", dom="www.whxintu.com", style="agency",
   menu=["首页", "热门证书", "报考指南", "证书查询", "关于新途"],
   foot="芜湖新途教育咨询有限公司 | 官网 www.whxintu.com | 皖ICP备2023004418号 | 地址:芜湖市镜湖区中山北路大润发写字楼"),
 "kc": dict(name="学优课堂", dom="www.xueyouketang.com", style="marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
   foot="学优课堂 在线学习平台 | 客服热线 400-810-6622 | 客服邮箱 kefu@xueyouketang.com | 浙ICP备19031588号"),
 "bbs": dict(name="隆中社区 · 襄阳论坛", dom="bbs.longzhongsq.com", style="forum",
   menu=["论坛首页", "襄阳杂谈", "求职招聘", "教育培训", "消费维权"],
   foot="隆中社区 bbs.longzhongsq.com | 版务联系 admin@longzhongsq.com | 鄂ICP备15004127号"),
 "fl": dict(name="百姓易贴 分类信息", dom="www.baixingyitie.com", style="classifieds",
   menu=["首页", "襄阳", "芜湖", "教育培训", "发布信息"],
   foot="百姓易贴 | 官方QQ群 371629045 | 皖ICP备16008823号 | 信息由用户发布,本站不对内容负责"),
 "wenda": dict(name="知问网", dom="www.zhiwenwang.net", style="qa",
   menu=["首页", "职业考证", "教育", "职场", "我要提问"],
   foot="知问网 zhiwenwang.net | 违法和不良信息举报电话 12377 | 京ICP备17052260号"),
 "wx": dict(name="微文摘 · 公众号好文转载", dom="www.weiwenzhai.cn", style="wechat-repost",
   menu=["首页", "教育", "职场", "本地", "投稿"],
   foot="微文摘 文章转载自微信公众号,版权归原作者 | 投稿邮箱 tougao@weiwenzhai.cn | 粤ICP备20011943号"),
 "sv": dict(name="抖秀短视频 网页版", dom="www.douxiu-video.cn", style="short-video",
   menu=["推荐", "知识", "职场", "本地", "直播"],
   foot="抖秀短视频 | 平台客服 400-990-3721 | 京ICP备18062217号 | 网络文化经营许可证"),
 "news": dict(name="江城晚讯网", dom="www.jcwanxun.com", style="news",
   menu=["首页", "芜湖", "民生", "教育", "财经", "专题"],
   foot="江城晚讯网 | 新闻热线 0553-3839110 | 皖ICP备10206377号 | 互联网新闻信息服务许可"),
 "rsj": dict(name="襄阳市人力资源和社会保障局", dom="rsj.xiangyang.gov.cn", style="gov-notice",
   menu=["首页", "通知公告", "就业创业", "职业能力", "政策法规", "办事服务"],
   foot="襄阳市人力资源和社会保障局 主办 | 人社服务热线 12333 | 鄂ICP备05003612号"),
 "shop": dict(name="优品汇商城", dom="www.youpinhui-mall.com", style="shop",
   menu=["首页", "教育培训", "图书音像", "虚拟服务", "我的订单"],
   foot=f"优品汇商城 | 杭州优品汇网络科技有限公司 统一社会信用代码 {USCC_SHOP} | 支付服务由支付宝提供 客服 95188 | 浙ICP备18047711号"),
}

PAGES = []  # dicts: path, site, title, crumb, body, is_offer, operator, provider, ids, note

def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    site = path.split("/")[1]
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, ids=[list(i) for i in ids], note=note,
                      crumb=crumb or title))

def P(*paras):
    return "\n".join(f"<p>{x}</p>" for x in paras)

SHOP_TAIL = ("<div class='trade'>支付方式:支付宝担保交易(客服 95188)。"
             "下单示例:订单号:13652079108(仅为示意,以实际订单为准)</div>")
FORM_KC = ("<form class='lead'>留下手机号,课程顾问联系你:"
           "<input placeholder='请输入手机号 如:13800138000'> <button>免费试听</button></form>")

# ======================= xyzq: U01 own site =======================
page("/xyzq/index.html", "襄阳智启职业培训学校 - 首页",
 P("襄阳智启职业培训学校是经襄阳市人社部门批准设立的民办职业培训学校,常年开设育婴员、电工、中式烹调师、人工智能训练师等培训项目。",
   "2025年下半年开班计划:育婴员(五级)每月开班;低压电工作业(应急管理部门考核)逢双月开班;人工智能训练师五级/四级见<a href='/xyzq/ai-trainer.html'>专题页</a>。",
   "学校地址:樊城区长虹北路18号智启大厦3楼。"),
 note="training school homepage (many trades), non-offer index")

page("/xyzq/ai-trainer.html", "人工智能训练师(五级/四级)职业技能等级认定培训 - 襄阳智启",
 P("【项目】人工智能训练师(职业编码4-04-05-05),含数据标注员、人工智能算法测试员两个工种。本校开设五级(初级工)、四级(中级工)培训,五级参考课时60学时,四级50学时,理论+实操。",
   "【申报条件】五级:累计从事本职业或相关职业工作满1年(含),或本职业学徒期满;四级:取得五级证书后累计从事本职业4年等,以国家职业技能标准(2021年版)为准。学历不作硬性要求(初中及以上)。",
   "【证书】培训合格后参加经备案的评价机构组织的职业技能等级认定,理论、实操均达60分合格,颁发职业技能等级证书,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)及 jndj.osta.org.cn 查询。本校不承诺包过。",
   "【补贴】参加失业保险满1年的在职职工,取证后可按规定申领技能提升补贴(五级最高1000元、四级最高1500元),具体政策咨询 12333。",
   "【考点】认定考点设在襄阳技师学院实训楼,考点前台 0710-3615200(仅负责考场事务,不受理报名)。",
   "【报名咨询】电话:0710-3256718 / 13872261548(张老师)。官网 www.xyzhiqi.cn。",
   f"办学许可:襄阳市人社局核发。统一社会信用代码:{USCC_U01}。鄂ICP备2021017735号-1"),
 True, "U01", "襄阳智启职业培训学校",
 [("phone", "07103256718", "0710-3256718"), ("phone", "+8613872261548", "13872261548"),
  ("domain", "xyzhiqi.cn", "www.xyzhiqi.cn"), ("uscc", USCC_U01, USCC_U01),
  ("other", "鄂ICP备2021017735号", "鄂ICP备2021017735号")],
 "U01 honest course page on its own school site")

# ======================= whxt: U02 own site =======================
page("/whxt/index.html", "新途教育 - 热门职业证书一站式报考",
 P("新途教育专注职业证书报考服务十余年,热门项目:<a href='/whxt/ai-trainer.html'>人工智能训练师</a>、<a href='/whxt/sanji-package.html'>三级高级工套餐</a>、健康管理师、心理咨询师、碳排放管理师。",
   "行业资讯:人社部证书退出后,哪家证书来接盘?新职业证书正当红!"),
 note="agency homepage (index), non-offer")

page("/whxt/ai-trainer.html", "人工智能训练师证书报名_人社部颁发_全国通用 - 新途教育",
 P("🔥人工智能训练师 国家职业资格证书 火热报名中!人社部颁发,全国联网可查,终身有效!",
   "零基础可报,不限学历、不限年龄、不限专业,无门槛!线上刷课即可,考试有内部题库,<b>包过</b>,不过全额退款。",
   "持证可落户、可积分、可申请补贴,拿到证书便可升职加薪。",
   "报名热线:159 5532 7781(微信同号)  微信:xintu_wh88  QQ:2874513390  邮箱:xintu88@163.com",
   f"芜湖新途教育咨询有限公司 统一社会信用代码 {USCC_U02}",
   "<form>手机号 <input placeholder='13800138000'> 微信号 <input placeholder='example@qq.com 或微信号'></form>",
   "皖ICP备2023004418号"),
 True, "U02", "新途教育",
 [("phone", "+8615955327781", "159 5532 7781"), ("wechat", "xintu_wh88", "xintu_wh88"),
  ("qq", "2874513390", "2874513390"), ("email", "xintu88@163.com", "xintu88@163.com"),
  ("uscc", USCC_U02, USCC_U02), ("other", "皖ICP备2023004418号", "皖ICP备2023004418号"),
  ("domain", "whxintu.com", "www.whxintu.com")],
 "U02 scam-style offer: 人社部颁发, 国家职业资格证书, 包过, 零基础")

page("/whxt/sanji-package.html", "人工智能训练师三级+二级+一级 三证套餐 - 新途职业技能培训中心",
 P("三证同报更优惠!人工智能训练师三级(高级工)+二级(技师)+一级(高级技师)一次报齐,零基础也能直接报,无需工作年限证明。",
   "套餐价 6980元/三本(单本三级2980元,二级3980元),按证收费,报名即锁定名额。",
   "证书入库可查,查询网址:www.zgzsxx-cx.com(全国职业证书信息查询中心)。",
   "证书样本:编号 S000042000123255000107(样本仅供参考)。",
   "加急办理请致电 15955327781,工作时间 8:30-21:00。",
   "<form>联系电话:<input placeholder='如 13800138000'></form>",
   "芜湖新途职业技能培训中心 · 皖ICP备2023004418号"),
 True, "U02", "芜湖新途职业技能培训中心",
 [("phone", "+8615955327781", "15955327781"), ("domain", "zgzsxx-cx.com", "www.zgzsxx-cx.com"),
  ("other", "皖ICP备2023004418号", "皖ICP备2023004418号"), ("domain", "whxintu.com", "www.whxintu.com")],
 "U02 scam bundle: three levels at once for beginners, fake query site")

# ======================= kc: course marketplace =======================
page("/kc/index.html", "学优课堂 - 考证专区",
 P("考证专区热门课程:人工智能训练师、数据标注、Python、心理咨询、健康管理……",
   "平台提示:学优课堂仅提供课程展示与交易服务,证书颁发以发证机构为准,请警惕“包过”宣传。"),
 note="marketplace index")

page("/kc/course/10231.html", "人工智能训练师五级/四级 系统班(理论+实操) - 智启职培",
 P("机构:智启职培(襄阳) | 课时:60课时 | 形式:线上直播+线下实操 | 价格:¥1680",
   "课程大纲:基本要求、数据采集和处理、数据标注、智能系统运维。按《人工智能训练师国家职业技能标准(2021年版)》组织教学。",
   "报名须符合申报条件,不承诺通过。结业后参加经备案评价机构组织的认定。",
   "机构咨询:138-7226-1548 微信 zqzp_xy(请备注“学优课堂”)"),
 True, "U01", "智启职培",
 [("phone", "+8613872261548", "138-7226-1548"), ("wechat", "zqzp_xy", "zqzp_xy")],
 "U01 on marketplace, different brand")

page("/kc/course/10588.html", "【三证合一】人工智能训练师+数据标注师+AI应用工程师 - 智汇人才",
 P("机构:智汇人才 | 价格:¥3980 原价¥8800 | 已报名 2319 人",
   "一次报考拿三个证!工信部认证+人社备案双体系,证书全国通用,包就业推荐,月薪8K起。",
   "零基础四周速成,考前押题,通过率98%。",
   "招生热线 400-877-2613 | 课程顾问微信 zhihui_ai666"),
 True, "U03", "智汇人才",
 [("phone", "4008772613", "400-877-2613"), ("wechat", "zhihui_ai666", "zhihui_ai666")],
 "U03 scam bundle: 三证合一, 工信部认证, 通过率98%")

page("/kc/course/11902.html", "人工智能训练师(数据标注方向)职业技能实训课 - 深度智学",
 P("机构:深度智学 | 40课时 | ¥899",
   "本课程为技能培训课程,帮助学员掌握数据标注、质检与模型评测流程。证书由经人社部门备案的评价机构颁发,可在 zscx.osta.org.cn 查询;本机构不直接发证。",
   "机构官网 www.shenduzx.com,合作与发票:service@shenduzx.com"),
 True, "U05", "深度智学",
 [("domain", "shenduzx.com", "www.shenduzx.com"), ("email", "service@shenduzx.com", "service@shenduzx.com")],
 "U05 honest online course")

page("/kc/course/12045.html", "AI训练师高级工直通车(含证书) - 数智未来学院",
 P("机构:数智未来学院 | ¥2680 | 含认定费",
   "国家认可的职业技能等级证书,可用于评职称,职业技能等级证书直接对应职称证书!",
   "报名表:https://www.wjx.cn/vm/hzsz2025.aspx",
   "全国招生热线 400 600 3187 | 官网 www.hzszedu.cn"),
 True, "U07", "数智未来学院",
 [("phone", "4006003187", "400 600 3187"), ("domain", "hzszedu.cn", "www.hzszedu.cn")],
 "U07 misleading: 直接对应职称")

page("/kc/course/12391.html", "数据标注实战+人工智能训练师考前辅导 - 启航AI实训",
 P("机构:启航AI实训工作室 | ¥499 | 16课时",
   "小班实操,讲解标注工具、质检规则。考证需自行向评价机构报名,本课程只做考前辅导。",
   "报名表:https://www.wjx.cn/vm/qihang16.aspx  咨询 153 2710 9865"),
 True, "I01", "启航AI实训工作室",
 [("phone", "+8615327109865", "153 2710 9865")], "independent I01 honest tutoring")

# ======================= bbs: forum =======================
page("/bbs/index.html", "隆中社区 · 教育培训版",
 P("版规:禁止发布虚假办证广告,广告帖一律删除封号。", "置顶:<a href='/bbs/thread-88213.html'>【曝光】交了2980的AI训练师证书,钱打了人没了</a>"),
 note="forum board index")

page("/bbs/thread-87652.html", "襄阳本地 人工智能训练师 考证 有需要的私",
 P("楼主:鄂西北职业技能服务站 发表于 2025-11-03",
   "人工智能训练师 四级/三级 都能办,内部渠道,不用考试,直接出证,人社部官网可查。",
   "拿证后可以挂靠,一年躺赚两三万。考点在襄阳技师学院(前台电话0710-3615200可查考场)。",
   "联系:139 9576 3208 李老师  交流Q群:613728409",
   "—— 2楼 路人甲:不用考试还能查?别信。"),
 True, "U04", "鄂西北职业技能服务站",
 [("phone", "+8613995763208", "139 9576 3208"), ("qq_group", "613728409", "613728409")],
 "U04 forum spam: 不用考试直接出证, 挂靠 income")

page("/bbs/thread-88004.html", "樊城有没有一起学数据标注的?我这边开个小班",
 P("楼主:樊城王老师",
   "本人在标注公司做了三年质检,周末开个小班教数据标注,顺便讲讲人工智能训练师五级怎么报(要满一年工作经历哦),学费400,想来的加我微信 wangls_xf",
   "—— 2楼 xf宝妈:同问,加我 xf_mama1987",
   "—— 3楼 楼主:已加"),
 True, "I02", "樊城王老师",
 [("wechat", "wangls_xf", "wangls_xf")], "independent I02 forum post offering a small class")

page("/bbs/thread-88120.html", "晨曦考证 人工智能训练师 补贴后几乎免费!",
 P("楼主:晨曦教育科技",
   "人工智能训练师 二级技师 也能申请补贴,补贴后几乎免费!全国通用,终身有效,人社部颁发。",
   "名额有限,原价2980限时980。电话 173 8625 1947(同V)",
   "—— 2楼 xf宝妈:二级也有补贴?求带,我微信 xf_mama1987",
   "—— 3楼 樊城老张:技能提升补贴只到三级吧,二级一级没有,打12333问问再说。"),
 True, "U06", "晨曦教育科技",
 [("phone", "+8617386251947", "173 8625 1947")], "U06 forum ad: 补贴后几乎免费 for 二级")

page("/bbs/thread-88213.html", "【曝光】交了2980的AI训练师证书,钱打了人没了",
 P("楼主:维权小王",
   "上个月在网上看到广告说人工智能训练师三级包过,对方电话 133 0725 8841,QQ 1092837465,让我交了2980,说一周出证,结果拉黑了。",
   "大家看到 13307258841 这个号千万别信!已经打了12315投诉,也打了12333咨询。",
   "—— 2楼 版主:证书真伪请到 zscx.osta.org.cn 查询,别信第三方查询网站。"),
 note="complaint thread, quotes scammer number (decoy)")

# ======================= fl: classifieds =======================
page("/fl/index.html", "百姓易贴 - 教育培训 - 职业技能",
 P("襄阳 | 芜湖 教育培训信息 最新发布", "温馨提示:凡要求先交费再办证的,请谨慎。"),
 note="classifieds index")

page("/fl/xiangyang/jiaoyu/3391.html", "襄阳 人工智能训练师五级四级培训 正规学校 可申领补贴",
 P("发布人:智启教育 襄阳 | 区域:樊城",
   "正规办学,按国家标准授课,持证参保人员可申领技能提升补贴。五级需满足一年工作经历。",
   "电话:138 7226 1548 / (0710)3256718",
   "<form>您的电话:<input placeholder='13800138000'></form>"),
 True, "U01", "智启教育 襄阳",
 [("phone", "+8613872261548", "138 7226 1548"), ("phone", "07103256718", "(0710)3256718")],
 "U01 classified ad")

page("/fl/wuhu/jiaoyu/4102.html", "芜湖 AI训练师证书 报名处 一次拿三级 工信部认证",
 P("发布人:AI训练师报名处",
   "工信部认证,三级二级一起报,零基础,包就业。考试无忧,不过免费重学。",
   "联系人:周老师 187 5609 3420 微信:ZhiHui_AI666"),
 True, "U03", "AI训练师报名处",
 [("phone", "+8618756093420", "187 5609 3420"), ("wechat", "zhihui_ai666", "ZhiHui_AI666")],
 "U03 classified")

page("/fl/xiangyang/jiaoyu/3417.html", "代办 人工智能训练师 四级三级 加急出证",
 P("发布人:李老师考证工作室",
   "各类职业技能证书代办,人工智能训练师四级三级,加急15天出证,包过。",
   "电话 13995763208 微信 li_kaozheng2020"),
 True, "U04", "李老师考证工作室",
 [("phone", "+8613995763208", "13995763208"), ("wechat", "li_kaozheng2020", "li_kaozheng2020")],
 "U04 classified")

page("/fl/wuhu/jianzhi/4188.html", "在家做AI数据标注 日结 先培训送人工智能训练师证",
 P("发布人:智能标注接单营",
   "宝妈学生可做,90%小白都能学会,学完接单月入过万,送人工智能训练师证书。培训费99元。",
   "联系 191-5532-8870,QQ 3390217564"),
 True, "U08", "智能标注接单营",
 [("phone", "+8619155328870", "191-5532-8870"), ("qq", "3390217564", "3390217564")],
 "U08 job-lure classified")

page("/fl/wuhu/jiaoyu/4230.html", "鑫程考证 人工智能训练师 芜湖本地 当月报当月考",
 P("发布人:鑫程职业资格服务",
   "人工智能训练师国家职业资格证书,当月报当月考,证书官网可查,可积分落户。",
   "门店:芜湖市弋江区 电话 0553-5821364 手机 13856247710"),
 True, "U09", "鑫程职业资格服务",
 [("phone", "05535821364", "0553-5821364"), ("phone", "+8613856247710", "13856247710")],
 "U09 classified")

page("/fl/wuhu/jiaoyu/4251.html", "镜湖区华文职业培训学校 人工智能训练师五级 周末班",
 P("发布人:芜湖市镜湖区华文职业培训学校",
   "五级周末班,60课时,报名需提供一年相关工作证明,认定由备案评价机构组织。学费1200元。",
   "咨询电话 0553-3812207"),
 True, "I03", "芜湖市镜湖区华文职业培训学校",
 [("phone", "05533812207", "0553-3812207")], "independent I03 honest classified")

# ======================= wenda: Q&A =======================
page("/wenda/index.html", "知问网 - 职业考证",
 P("热门问题:人工智能训练师证书有用吗? 在哪查真伪? 零基础能考三级吗?"),
 note="Q&A index")

page("/wenda/q/551203.html", "人工智能训练师证书有用吗?想在网上学",
 P("问:在芜湖,想学人工智能训练师,网上课程靠谱吗?",
   "答(深学教育 认证回答):建议先看清楚证书是不是职业技能等级证书,发证机构是否备案。我们深学教育的课程在 shenduzx.com 有试听,也可加顾问微信 sdzx_kefu 领取大纲。",
   "答(网友):去 zscx.osta.org.cn 查就知道了。"),
 True, "U05", "深学教育",
 [("domain", "shenduzx.com", "shenduzx.com"), ("wechat", "sdzx_kefu", "sdzx_kefu")],
 "U05 answer-marketing on Q&A")

page("/wenda/q/551877.html", "零基础能直接考人工智能训练师三级吗?",
 P("问:零基础能不能直接报三级?急,有人能联系我吗,我电话 18671025836",
   "答(皖江职培 老师):可以的,我们这边不限学历不限经验,三级直接报,人社部颁发,包过。扣扣2874513390,Vx:Xintu_WH88",
   "答(网友):三级要四级证加年限,别信包过。"),
 True, "U02", "皖江职培",
 [("qq", "2874513390", "2874513390"), ("wechat", "xintu_wh88", "Xintu_WH88")],
 "U02 answer-marketing with scam claims")

page("/wenda/q/552040.html", "人工智能训练师证书去哪查真伪?",
 P("答(高赞):职业技能等级证书在“技能人才评价证书全国联网查询”zscx.osta.org.cn 查;证书上也印有 jndj.osta.org.cn。职称类到 www.cpta.com.cn。其他什么“全国证书信息查询中心”都是假的。",
   "政策问题可拨打 12333,被骗可拨 12315。"),
 note="guide answer, non-offer, official sites (decoys)")

page("/wenda/q/552316.html", "襄阳哪里能报人工智能训练师?",
 P("问:襄阳哪里能报?我电话 18671025836,有靠谱的联系我",
   "答(考证李老师):找我,四级三级都行,不用到场,微信 li_kaozheng2020 或者加Q 1583920476",
   "答(网友):去人社局官网看备案机构。"),
 True, "U04", "考证李老师",
 [("wechat", "li_kaozheng2020", "li_kaozheng2020"), ("qq", "1583920476", "1583920476")],
 "U04 answer-marketing")

page("/wenda/q/552480.html", "人工智能训练师一级好考吗?",
 P("答(北斗星教育):一级高级技师我们有渠道,不看年限,报名费4800,包拿证。QQ:2210398754"),
 True, "I04", "北斗星教育",
 [("qq", "2210398754", "2210398754")], "independent I04 scam answer")

# ======================= wx: WeChat reposts =======================
page("/wx/index.html", "微文摘 - 教育 - 职场",
 P("精选公众号文章转载。"),
 note="repost site index")

page("/wx/a/2025110701.html", "智启职校|人工智能训练师11月开班通知(转载)",
 P("来源:公众号“智启职校” 2025-11-07",
   "人工智能训练师五级、四级班11月16日开课,按国家职业技能标准授课,取证可在 zscx.osta.org.cn 查询。",
   "报名微信:zqzp_xy  学校电话:0710－3256718  官网:www.xyzhiqi.cn",
   "在线报名:https://www.wjx.cn/vm/zqzp1116.aspx"),
 True, "U01", "智启职校",
 [("wechat", "zqzp_xy", "zqzp_xy"), ("phone", "07103256718", "0710－3256718"),
  ("domain", "xyzhiqi.cn", "www.xyzhiqi.cn")], "U01 WeChat article repost")

page("/wx/a/2025111203.html", "干货|不用考试也能拿人工智能训练师证?内部渠道揭秘(转载)",
 P("来源:公众号“襄阳考证圈”",
   "名额紧张,内部渠道,四级三级直接出证,可挂靠。进群了解:QQ群 613728409,负责人李老师 Q:1583920476"),
 True, "U04", "襄阳考证圈",
 [("qq_group", "613728409", "613728409"), ("qq", "1583920476", "1583920476")],
 "U04 WeChat repost")

page("/wx/a/2025111508.html", "湖北晨曦|人工智能训练师报名即送补贴(转载)",
 P("来源:公众号“湖北晨曦”",
   "人社部颁发,全国通用,报名即享补贴,限时980元。",
   "咨询微信 chenxi_kz 电话 17386251947",
   "<form>留下联系方式:<input placeholder='example@qq.com'></form>"),
 True, "U06", "湖北晨曦",
 [("wechat", "chenxi_kz", "chenxi_kz"), ("phone", "+8617386251947", "17386251947")],
 "U06 WeChat repost")

page("/wx/a/2025111802.html", "华数职教|AI训练师证书能评职称吗?一文讲清(转载)",
 P("来源:公众号“华数职教”",
   "三级+2年可评助理工程师……职业技能等级证书直接对应职称证书。报名请发邮件 zhaosheng@hzszedu.cn 或访问 hzszedu.cn"),
 True, "U07", "华数职教",
 [("email", "zhaosheng@hzszedu.cn", "zhaosheng@hzszedu.cn"), ("domain", "hzszedu.cn", "hzszedu.cn")],
 "U07 WeChat repost")

page("/wx/a/2025112001.html", "警惕!“人工智能训练师包过”骗局又来了(转载)",
 P("来源:某市市场监管局公众号",
   "近期有群众反映,有人以“包过、内部渠道”为名收取费用后失联,涉及号码 133 0725 8841、QQ 1092837465。",
   "职业技能等级证书请到 zscx.osta.org.cn 或 www.cpta.com.cn(职称类)查询。遇到消费纠纷请拨打12315。"),
 note="official warning repost (decoys)")

# ======================= sv: short-video =======================
page("/sv/index.html", "抖秀 - 知识 - 职场技能",
 P("热门话题 #人工智能训练师 #AI副业 #考证"),
 note="short-video index")

page("/sv/video/7301128844.html", "AI证书快速办理|人社部颁发 30天拿证",
 P("作者:AI证书快速办理 | 点赞 1.2万",
   "字幕:人工智能训练师证,人社部颁发,30天拿证,不用考试也能过!查询网站 zgzsxx-cx.com",
   "简介:私信或电话 159-5532-7781 (V同号)"),
 True, "U02", "AI证书快速办理",
 [("phone", "+8615955327781", "159-5532-7781"), ("domain", "zgzsxx-cx.com", "zgzsxx-cx.com")],
 "U02 short-video")

page("/sv/video/7302260017.html", "智汇学堂|一次考三个等级,省钱又省时",
 P("作者:智汇学堂",
   "简介:三级二级一级一起拿,报名咨询 18756093420。收款户名:芜湖市鸠江区智汇信息咨询服务部(对公账户请核对)。支付宝客服 95188 可查交易。"),
 True, "U03", "智汇学堂",
 [("phone", "+8618756093420", "18756093420"), ("other", "芜湖市鸠江区智汇信息咨询服务部", "芜湖市鸠江区智汇信息咨询服务部")],
 "U03 short-video with payee name")

page("/sv/video/7303011942.html", "深度智学|数据标注员一天的工作",
 P("作者:深度智学官方",
   "简介:想系统学习人工智能训练师(数据标注方向)?微信 sdzx_kefu,电话 027-8731 6642,邮箱 service@shenduzx.com"),
 True, "U05", "深度智学",
 [("wechat", "sdzx_kefu", "sdzx_kefu"), ("phone", "02787316642", "027-8731 6642"),
  ("email", "service@shenduzx.com", "service@shenduzx.com")], "U05 short-video")

page("/sv/video/7303550301.html", "AI副业课堂|原价9999限时99 小白也能月入过万",
 P("作者:AI副业课堂",
   "90%小白都能学会!学完送人工智能训练师证书,接单做标注。加微信 ai_fuye_001 或 Q 3390217564"),
 True, "U08", "AI副业课堂",
 [("wechat", "ai_fuye_001", "ai_fuye_001"), ("qq", "3390217564", "3390217564")], "U08 short-video")

page("/sv/video/7304102258.html", "鑫程考证|芜湖本地考证 当月拿证",
 P("作者:鑫程考证",
   "评论置顶:人工智能训练师当月报当月考,证书可查,联系 138 5624 7710 微信 xc13856247710"),
 True, "U09", "鑫程考证",
 [("phone", "+8613856247710", "138 5624 7710"), ("wechat", "xc13856247710", "xc13856247710")],
 "U09 short-video")

page("/sv/video/7304660019.html", "阿杰聊AI|我是怎么考到人工智能训练师四级的",
 P("作者:阿杰聊AI",
   "分享备考经验,需要我整理的实操题库和一对一辅导(199元)的加微信 ajie_ai_talk。证书去 zscx.osta.org.cn 查,别信包过。"),
 True, "I05", "阿杰聊AI",
 [("wechat", "ajie_ai_talk", "ajie_ai_talk")], "independent I05 creator selling tutoring")

# ======================= news =======================
page("/news/index.html", "江城晚讯网 - 民生 - 教育",
 P("今日要闻 | 民生 | 教育"),
 note="news index")

page("/news/2025/1108/a1.html", "市民花2980元买“包过”AI证书 对方失联",
 P("本报讯 近日,市民王先生向本报反映,他在网上看到“人工智能训练师三级包过”广告,按对方(电话13307258841)要求付款2980元后被拉黑。",
   "记者了解到,人工智能训练师属于职业技能等级认定范围,证书由备案评价机构颁发,可通过 zscx.osta.org.cn 查询。人社部门提醒,如有疑问可拨打12333;消费维权拨打12315。"),
 note="news report on scam, quotes scammer number (decoy)")

page("/news/2025/1112/a2.html", "【推广】安徽智汇职业技能评价中心:AI时代抢占新职业风口",
 P("(本文为推广信息)安徽智汇职业技能评价中心 面向社会招收人工智能训练师学员,工信部认证,三级二级一级均可报考,拿证即可升职加薪。",
   f"全国统一报名热线 4008772613。统一社会信用代码:{USCC_U03}"),
 True, "U03", "安徽智汇职业技能评价中心",
 [("phone", "4008772613", "4008772613"), ("uscc", USCC_U03, USCC_U03)], "U03 advertorial in news")

page("/news/2025/1115/a3.html", "【推广】华中数智:职业技能等级证书如何助力职业发展",
 P("(推广)华中数智职业技能培训中心开设人工智能训练师高级工课程,国家认可,结业可评职称。",
   "咨询:135 0714 3386 / 400-600-3187"),
 True, "U07", "华中数智",
 [("phone", "+8613507143386", "135 0714 3386"), ("phone", "4006003187", "400-600-3187")], "U07 advertorial")

page("/news/2025/1116/a4.html", "芜湖长江三桥周边道路今起施工 请绕行",
 P("本报讯 因管线改造,芜湖市弋江区部分路段今起施工,为期两周,请市民合理安排出行。"),
 note="unrelated local news")

# ======================= rsj: 人社局 notice site =======================
page("/rsj/index.html", "襄阳市人力资源和社会保障局 - 通知公告",
 P("通知公告 | 职业能力建设 | 政策咨询请拨打 12333"),
 note="gov notice site index")

page("/rsj/tzgg/202510/t20251020_1.html", "关于开展2025年第四季度职业技能等级认定工作的通知",
 P("各有关单位:根据工作安排,第四季度人工智能训练师(五级、四级)等职业(工种)认定在襄阳技师学院考点进行,考点前台电话 0710-3615200。",
   "符合条件的参保职工取证后可申领技能提升补贴:五级不超过1000元、四级不超过1500元、三级不超过2000元。",
   "证书可在 zscx.osta.org.cn 查询。咨询电话:12333"),
 note="official notice, non-offer (venue desk, 12333 decoys)")

page("/rsj/tzgg/202511/t20251105_2.html", "关于警惕“山寨证书”的风险提示",
 P("近期有机构以“人社部颁发”“包过”“不培训直接发证”为名招揽学员。人工智能训练师证书属于职业技能等级证书,由备案评价机构颁发,人社部门不颁发。",
   "请通过 zscx.osta.org.cn、jndj.osta.org.cn 查询,职称证书请到 www.cpta.com.cn。举报电话 12333、12315。"),
 note="official warning")

# ======================= shop =======================
page("/shop/index.html", "优品汇商城 - 教育培训 - 虚拟服务",
 P("热销:职业考证课程 | 教材 | 题库"),
 note="shop index")

page("/shop/item/60021.html", "人工智能训练师证书报名 人社部颁发 补贴后几乎免费 - 晨曦教育",
 P("店铺:晨曦教育官方店 | 原价2980 限时980",
   "全国通用 终身有效 二级技师也可报,证书样本编号 S000042000123255000107。",
   f"客服微信 Chenxi_KZ | 经营者营业执照:统一社会信用代码 {USCC_U06}"),
 True, "U06", "晨曦教育",
 [("wechat", "chenxi_kz", "Chenxi_KZ"), ("uscc", USCC_U06, USCC_U06)], "U06 shop item")

page("/shop/item/60155.html", "AI数据标注副业课 送人工智能训练师证书 - AI副业课堂旗舰店",
 P("店铺:数据标注兼职培训 | ¥99",
   "学完可接单,送证书,90%小白都能学会。售后微信 AI_FUYE_001 电话 19155328870"),
 True, "U08", "数据标注兼职培训",
 [("wechat", "ai_fuye_001", "AI_FUYE_001"), ("phone", "+8619155328870", "19155328870")], "U08 shop item")

page("/shop/item/60310.html", "人工智能训练师 国家职业资格证书 加急 - 鑫程教育",
 P("店铺:鑫程教育 | ¥3580/本",
   "国家职业资格证书,加急办理,证书样本编号 S000042000123255000107。",
   f"门店电话 (0553)5821364 | 统一社会信用代码 {USCC_U09}"),
 True, "U09", "鑫程教育",
 [("phone", "05535821364", "(0553)5821364"), ("uscc", USCC_U09, USCC_U09)], "U09 shop item")

page("/shop/item/60488.html", "人工智能训练师(四级)考试指导教材+模拟题 - 优学考试书店",
 P("店铺:优学考试书店 | ¥68 | 另提供代填报名表服务 ¥30",
   "按国家职业技能标准(2021年版)编写,仅为学习资料,不含证书。店主电话 18972035516"),
 True, "I06", "优学考试书店",
 [("phone", "+8618972035516", "18972035516")], "independent I06 books + application service")

# ---------- add platform tail to shop items and forms ----------
for p in PAGES:
    if p["path"].startswith("/shop/item/"):
        p["body"] += SHOP_TAIL
    if p["path"].startswith("/kc/course/"):
        p["body"] += FORM_KC

# ---------- decoys ----------
def D(kind, value, written, why):
    return dict(kind=kind, value=value, written=written, why=why)

DECOYS = [
 D("phone", "12333", ["12333"], "人社 public service hotline"),
 D("phone", "12315", ["12315"], "market-regulation consumer hotline"),
 D("phone", "12377", ["12377"], "national harmful-information reporting hotline in Q&A footer"),
 D("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 D("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 D("domain", "cpta.com.cn", ["www.cpta.com.cn"], "人事考试中心 official site"),
 D("phone", "4008106622", ["400-810-6622"], "marketplace 学优课堂 footer customer service"),
 D("email", "kefu@xueyouketang.com", ["kefu@xueyouketang.com"], "marketplace footer e-mail"),
 D("qq_group", "371629045", ["371629045"], "classifieds platform's official QQ group in footer"),
 D("other", "皖ICP备16008823号", ["皖ICP备16008823号"], "classifieds platform ICP in footer"),
 D("domain", "longzhongsq.com", ["bbs.longzhongsq.com"], "forum's own domain in footer"),
 D("email", "tougao@weiwenzhai.cn", ["tougao@weiwenzhai.cn"], "repost site submission e-mail in footer"),
 D("phone", "4009903721", ["400-990-3721"], "short-video platform customer service in footer"),
 D("phone", "05533839110", ["0553-3839110"], "news site hotline in footer"),
 D("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's own credit code in footer"),
 D("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 D("phone", "+8613652079108", ["13652079108"], "sample order number in shop template, looks like a mobile"),
 D("phone", "+8613800138000", ["13800138000"], "template placeholder phone in forms"),
 D("email", "example@qq.com", ["example@qq.com"], "template placeholder e-mail in forms"),
 D("domain", "wjx.cn", ["wjx.cn"], "third-party form tool (问卷星) used by several sellers"),
 D("phone", "07103615200", ["0710-3615200"], "exam venue front desk (襄阳技师学院考点)"),
 D("phone", "+8613307258841", ["133 0725 8841", "13307258841"], "scammer number quoted in complaint, news, warning"),
 D("qq", "1092837465", ["1092837465"], "scammer QQ quoted in complaint and warning"),
 D("wechat", "xf_mama1987", ["xf_mama1987"], "reader's own WeChat in comments on two sellers' threads"),
 D("phone", "+8618671025836", ["18671025836"], "reader's own phone in two Q&A questions"),
 D("other", "S000042000123255000107", ["S000042000123255000107"], "sample certificate number copied by several sellers"),
]

# ---------- rendering ----------
def site_pages(s):
    return [p for p in PAGES if p["site"] == s]

def render(p):
    s = SITES[p["site"]]
    sp = site_pages(p["site"])
    idx = f"/{p['site']}/index.html"
    menu = " | ".join(f"<a href='{idx}'>{m}</a>" for m in s["menu"])
    crumbs = f"<a href='/index.html'>导航</a> &gt; <a href='{idx}'>{s['name']}</a>"
    if p["path"] != idx:
        crumbs += f" &gt; {p['crumb']}"
    if p["path"] == idx:
        main_links = "<ul class='list'>" + "".join(
            f"<li><a href='{q['path']}'>{q['title']}</a></li>" for q in sp if q["path"] != idx) + "</ul>"
    else:
        main_links = ""
    others = [q for q in sp if q["path"] not in (idx, p["path"])][:4]
    side = "<ul>" + "".join(f"<li><a href='{q['path']}'>{q['title'][:18]}</a></li>" for q in others) + "</ul>"
    related = "<div class='related'>相关推荐:" + " · ".join(
        f"<a href='{q['path']}'>{q['title'][:12]}</a>" for q in others[:3]) + "</div>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']}</title>
<meta name="generator" content="{s['style']}"></head>
<body class="{s['style']}">
<header><div class="logo">{s['name']}</div><nav>{menu}</nav></header>
<div class="crumb">{crumbs}</div>
<div class="wrap"><main><h1>{p['title']}</h1>
{p['body']}
{main_links}
{related}
</main>
<aside><h3>热门</h3>{side}</aside></div>
<footer>{s['foot']}</footer>
</body></html>
"""

def render_hub():
    items = "".join(f"<li><a href='/{k}/index.html'>{v['name']}</a> ({v['style']})</li>" for k, v in SITES.items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航</h1><ul>{items}</ul></body></html>
"""

def boundary_re(w):
    return re.compile(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", re.I if "@" in w or "." in w else 0)

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {"/index.html": render_hub()}
    for p in PAGES:
        html[p["path"]] = render(p)
    for path, text in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None,
                  identifiers=[], note="hub linking every site index")]
    for p in PAGES:
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                          provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            e = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in e["brands"]:
                e["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in e["identifiers"]:
                    e["identifiers"].append([k, v])
    decoys = []
    for d in DECOYS:
        res = [boundary_re(w) for w in d["written"]]
        d = dict(d)
        d["pages"] = sorted(path for path, t in html.items() if any(r.search(t) for r in res))
        decoys.append(d)
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
