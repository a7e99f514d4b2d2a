#!/usr/bin/env python3
"""Generate the 12cr labelled web of AI-trainer certificate sellers. Stdlib only, deterministic."""
import json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(org8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(org8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    base = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(base, W18))
    r = 31 - s % 31
    return base + ALPHA[0 if r == 31 else r]

C_U01 = uscc("91440300", "MA5G7K2D")
C_U03 = uscc("91440106", "MA9W3L6B")
C_U04 = uscc("91440101", "MA59QH3T")
C_U05 = uscc("91440106", "30481726")
C_U08 = uscc("91110108", "MA01KD7N")
C_I05 = uscc("12330000", "47012845")

# ---------------------------------------------------------------- site styles
STYLES = {
 "zhiyuan": dict(style="training-company", name="智远教育", menu=["首页", "职业技能培训", "人工智能训练师", "学员风采", "关于我们"],
     foot="深圳市智远教育科技有限公司 版权所有 | 粤ICP备20063118号-1 | 地址：深圳市南山区科兴科学园B栋"),
 "hxedu": dict(style="training-company", name="华信职培", menu=["网站首页", "课程中心", "补贴政策", "报名流程", "联系我们"],
     foot="广州华信职业培训学校有限公司 © 2025 | 粤ICP备19022487号"),
 "kaide": dict(style="training-company", name="国职凯德职业能力评价中心", menu=["首页", "证书介绍", "证书查询", "报考中心", "机构简介"],
     foot="国职凯德职业能力评价中心 主办 | 京ICP备2023015590号-1 | 技术支持：凯德网络"),
 "mall": dict(style="course-marketplace", name="课学堂", menu=["首页", "IT互联网", "职业考证", "语言学习", "我的订单"],
     foot='课学堂 kexuetang.com | 客服热线 400-870-1688 | 客服邮箱 kefu@kexuetang.com | 增值电信业务经营许可证 浙B2-20190417 | 浙ICP备18031552号'),
 "bbs": dict(style="forum", name="职场考证论坛", menu=["首页", "考证交流", "技能认定", "曝光台", "站务"],
     foot='职场考证论坛 zcluntan.com | 站务QQ群：583920164 | 联系管理员：bbs_admin@zcluntan.com | 苏ICP备17049823号'),
 "fl": dict(style="classifieds", name="百城分类信息网", menu=["首页", "教育培训", "招聘", "本地服务", "发布信息"],
     foot='百城分类信息网 | 客服电话：010-5873 2600 | 京ICP备16052731号-2 | 发布信息请填写真实联系方式，例：13800138000'),
 "ask": dict(style="q-and-a", name="知道吧", menu=["首页", "教育", "职场", "我要提问", "个人中心"],
     foot='知道吧 www.zhidaoba.com | 回答内容仅代表网友观点 | 沪ICP备15028816号'),
 "mp": dict(style="wechat-repost", name="公众号文章聚合", menu=["首页", "教育", "科技", "职场", "热门"],
     foot='本站文章转载自微信公众号，版权归原作者 | 商务合作微信：wxwz_swhz | 鄂ICP备21009943号-3'),
 "v": dict(style="short-video", name="视频圈", menu=["推荐", "关注", "同城", "知识", "直播"],
     foot='视频圈 | 违法和不良信息举报：400-152-0660 | 举报邮箱 jubao@shipinquan.com | 京ICP备19011270号'),
 "news": dict(style="news-site", name="南方民生网", menu=["首页", "要闻", "民生", "教育", "调查"],
     foot='南方民生网 版权所有 | 新闻热线：020-8388 1200 | 粤ICP备13070551号'),
 "college": dict(style="college-site", name="浙江信息工程职业技术学院 继续教育学院", menu=["学院首页", "社会培训", "技能认定", "通知公告", "联系我们"],
     foot='浙江信息工程职业技术学院继续教育学院 | 地址：杭州市西湖区留和路 | 浙ICP备05019871号'),
 "gov": dict(style="government-notice", name="某市人力资源和社会保障局", menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
     foot='主办：某市人力资源和社会保障局 | 政务服务热线 12345 | 网站标识码 3301000021 | 浙ICP备10201577号'),
}

P = []  # pages

def page(path, site, is_offer, op, brand, title, body, ids=(), note=""):
    P.append(dict(path=path, site=site, is_offer=is_offer, operator=op, provider=brand,
                  title=title, body=body, ids=[list(x) for x in ids], note=note))

SCAM_WARN_TEXT = "近期有不法分子冒用我司名义，使用号码 170-9546-3218 收取“加急拿证费”，此号码与本机构无关。"

# ================================================================ U01 智远教育 (Shenzhen, fairly honest)
page("/zhiyuan/index.html", "zhiyuan", True, "U01", "智远教育", "智远教育｜人工智能训练师职业技能等级认定培训",
 """<p>智远教育是深圳市南山区的职业技能培训机构，开设<b>人工智能训练师（4-04-05-05）</b>五级、四级、三级培训，课程对应《人工智能训练师国家职业技能标准（2021年版）》。</p>
<p>认定考试由经人社部门备案的评价机构组织，理论与技能操作各100分，60分合格。证书为职业技能等级证书，可在技能人才评价证书全国联网查询。</p>
<p>咨询电话：0755-8627 3145 ｜ 手机：135 9021 8846（微信同号）</p>
<p>官网：www.zhiyuanedu.cn ｜ 邮箱：zs@zhiyuanedu.cn</p>
<p>统一社会信用代码：%s</p>
<p>来访地址：科兴科学园B栋12楼（到访请先在大厦前台 0755-2660 1180 登记）</p>
<p class="warn">【声明】%s</p>""" % (C_U01, SCAM_WARN_TEXT),
 [["phone", "+867558627314", "X"]], "training company home page with AI-trainer course list")
# (identifiers fixed below)
P[-1]["ids"] = [["phone", "0755-86273145", "0755-8627 3145"], ["phone", "+8613590218846", "135 9021 8846"],
                ["domain", "zhiyuanedu.cn", "www.zhiyuanedu.cn"], ["email", "zs@zhiyuanedu.cn", "zs@zhiyuanedu.cn"],
                ["uscc", C_U01, C_U01]]

page("/zhiyuan/rgznxls.html", "zhiyuan", True, "U01", "智远教育", "人工智能训练师（四级/三级）周末班招生简章",
 """<h2>人工智能训练师 周末班（2026年1月开班）</h2>
<ul><li>四级/中级工：学费 2680 元，50 课时，需五级证书满4年或相关工作满6年</li>
<li>三级/高级工：学费 3280 元，40 课时，需四级证书并满足年限要求</li>
<li>符合条件的参保职工可申领技能提升补贴（四级最高1500元、三级最高2000元），以人社部门审核为准</li></ul>
<p>报名不承诺通过，考试不合格可免费重修一次。证书查询：zscx.osta.org.cn；政策咨询可拨 12333。</p>
<p>报名热线：<a href="tel:0755-86273145">0755-86273145</a> ｜ 手机 13590218846 ｜ 微信：zhiyuan_ai01</p>
<p>更多课程见 www.zhiyuanedu.cn</p>""",
 [["phone", "0755-86273145", "tel:0755-86273145"], ["phone", "+8613590218846", "13590218846"],
  ["wechat", "zhiyuan_ai01", "微信：zhiyuan_ai01"], ["domain", "zhiyuanedu.cn", "www.zhiyuanedu.cn"]],
 "training company course page: AI trainer level 4/3 weekend class, prices, eligibility")

page("/mall/item-31027.html", "mall", True, "U01", "智远AI学堂", "【智远AI学堂】人工智能训练师五级 数据标注实战+认定辅导",
 """<p class="price">￥1980 <s>￥2580</s> 已售 312</p>
<p>60课时录播+直播答疑，覆盖数据采集、数据标注、智能系统运维。五级申报需相关工作满1年或完成学徒期，报名前请确认条件。</p>
<p>店铺：智远AI学堂（深圳） 售前咨询 135-9021-8846，添加 VX：zhiyuan_ai01 领取资料包</p>""",
 [["phone", "+8613590218846", "135-9021-8846"], ["wechat", "zhiyuan_ai01", "VX：zhiyuan_ai01"]],
 "marketplace shop listing: level-5 AI trainer course by U01's shop")

page("/bbs/thread-88213.html", "bbs", True, "U01", "深圳智远", "【深圳】人工智能训练师三级周末班，还有3个名额",
 """<div class="post"><p>楼主 深圳智远_招生：我们1月周末班还有3个名额，理论+实操，按标准走，不包过。有需要的加 V信 zhiyuan_ai01，官网 zhiyuanedu点cn 有课程表。</p></div>
<div class="reply"><p>2楼 备考的莉莉：有没有一起组队备考的？我vx: lili_kaozheng</p></div>
<div class="reply"><p>3楼 路人甲：价格多少？</p></div>""",
 [["wechat", "zhiyuan_ai01", "V信 zhiyuan_ai01"], ["domain", "zhiyuanedu.cn", "zhiyuanedu点cn"]],
 "forum thread: U01 staff advertising a level-3 class; a reader leaves her own WeChat")

# ================================================================ U02 包过 scam seller
page("/fl/post-550217.html", "fl", True, "U02", "中科智证证书服务部", "人工智能训练师证 包过 不用考试 全国通用",
 """<p>人工智能训练师 一级/二级/三级 均可办理，<b>零基础、不限学历、不限经验</b>，免培训，包过，30天出证，人社部颁发，官网可查！</p>
<p>三级 4800，二级 6800，一级 8800，三证一起办优惠。</p>
<p>联系人：张老师 电话 186 2073 4519 QQ：2856431907</p>""",
 [["phone", "+8618620734519", "186 2073 4519"], ["qq", "2856431907", "QQ：2856431907"]],
 "classified ad: guaranteed-pass AI trainer levels 1-3 for beginners")

page("/ask/q-7731/a-2.html", "ask", True, "U02", "智证通", "回答：人工智能训练师证怎么考？—— 智证通老师",
 """<p class="q">问：人工智能训练师证怎么考？自己报名太麻烦了</p>
<p class="a">智证通老师：不用自己考，我们有内部渠道，提交资料即可，全程代办，包通过。三级二级都能直接拿。需要的加 薇：zhengshu_kf88 或致电 １８６２０７３４５１９</p>""",
 [["phone", "+8618620734519", "１８６２０７３４５１９"], ["wechat", "zhengshu_kf88", "薇：zhengshu_kf88"]],
 "Q&A answer by a scam seller: 'internal channel', no exam")

page("/mp/s-20251118-ai.html", "mp", True, "U02", "AI证书速办中心", "人社部证书退出，哪家证书来接盘？人工智能训练师证最后一批！",
 """<p>原标题：最后一批！人工智能训练师证限时办理</p>
<p>国家认可、官方认证，<b>免培训、包通过</b>，拿到证书便可升职加薪。报名截止本月底，名额有限。</p>
<p>咨询 V：zhengshu_kf88 ｜ 扣扣 2856431907</p><p class="src">来源：AI证书速办中心 公众号</p>""",
 [["wechat", "zhengshu_kf88", "V：zhengshu_kf88"], ["qq", "2856431907", "扣扣 2856431907"]],
 "WeChat repost: 'last batch' AI trainer certificate, no training, guaranteed")

page("/v/clip-661934.html", "v", True, "U02", "智证通", "90%小白都能拿的AI证书，原价9999限时99订金",
 """<p class="desc">#人工智能训练师 #考证 零基础可学，交费包过，学员已拿证！评论区扣1领资料</p>
<p>学员付款截图 订单号：15900072316</p>
<p>主页简介：智证通 官方合作 ☎ +86-186-2073-4519</p>""",
 [["phone", "+8618620734519", "+86-186-2073-4519"]],
 "short-video page: scam hook with deposit, reused payment screenshot")

# ================================================================ U03 鼎学教育 (bundle agency)
page("/mall/item-30544.html", "mall", True, "U03", "鼎学教育旗舰店", "【鼎学教育】人工智能训练师+数据标注员+算法测试员 三证班",
 """<p class="price">￥3980 三证套餐（单证￥1680）</p>
<p>一次报名三个证书，第13520251206批次认定名额开放中；补贴后几乎免费！</p>
<p>客服 4008-216-735 ｜ 微信 dxjy2024</p>""",
 [["phone", "4008216735", "4008-216-735"], ["wechat", "dxjy2024", "微信 dxjy2024"]],
 "marketplace listing: three-certificate bundle with subsidy overclaim")

page("/fl/post-548830.html", "fl", True, "U03", "鼎学职培", "广州 人工智能训练师 四级三级 报名中 可申请补贴",
 """<p>鼎学职培招生：人工智能训练师四级/三级，周末班，考点设在白云区职业技能鉴定所（考点前台 020-85237710，仅限考试当天咨询）。</p>
<p>报名热线 400 821 6735，入QQ群：736281945 领取历年真题。</p>""",
 [["phone", "4008216735", "400 821 6735"], ["qq_group", "736281945", "QQ群：736281945"]],
 "classified ad: level 4/3 class with exam venue")

page("/mp/s-20251203-sanzheng.html", "mp", True, "U03", "鼎学", "一文讲清：人工智能训练师三证合一怎么报？",
 """<p>很多同学问三证能不能一起考，鼎学老师整理如下……报一门送两门，证书全国联网可查。</p>
<p>考证交流群 736 281 945 ｜ 资料索取邮箱：dingxue_edu（at）163.com</p>""",
 [["qq_group", "736281945", "736 281 945"], ["email", "dingxue_edu@163.com", "dingxue_edu（at）163.com"]],
 "WeChat repost advertorial for three-in-one certificate package")

page("/ask/q-7802/a-1.html", "ask", True, "U03", "鼎学教育 李老师", "回答：人工智能训练师可以同时考几个等级？—— 鼎学教育 李老师",
 """<p class="q">问：人工智能训练师可以同时考几个等级？</p>
<p class="a">鼎学教育 李老师：我们这边可以四级三级一起报，打包价更优惠。详情发邮件 dingxue_edu@163.com 或加 VX dxjy2024。</p>""",
 [["email", "dingxue_edu@163.com", "dingxue_edu@163.com"], ["wechat", "dxjy2024", "VX dxjy2024"]],
 "Q&A answer selling multiple levels at once")

# ================================================================ U04 启航AI课堂 (online course, honest)
page("/mall/item-31190.html", "mall", True, "U04", "启航AI课堂", "【启航AI课堂】数据标注与大模型训练入门（非证书课程）",
 """<p class="price">￥399</p><p>本课程为技能课程，不含证书；如需参加人工智能训练师认定，请自行向备案评价机构报名。</p>
<p>线下体验课地址：科兴科学园B栋（大厦前台 0755-2660 1180）</p>
<p>微信：qh-aiclass ｜ 营业执照 统一社会信用代码 %s</p>""" % C_U04,
 [["wechat", "qh-aiclass", "微信：qh-aiclass"], ["uscc", C_U04, C_U04]],
 "marketplace listing: honest skill course, explicitly no certificate")

page("/v/clip-662018.html", "v", True, "U04", "启航AI课堂", "3分钟看懂数据标注员每天做什么",
 """<p class="desc">#人工智能训练师 #数据标注 完整课程见主页，不卖证，只教技能。</p>
<p>合作/咨询 V信：qh-aiclass 电话 150-1392-6407</p>""",
 [["wechat", "qh-aiclass", "V信：qh-aiclass"], ["phone", "+8615013926407", "150-1392-6407"]],
 "short-video page promoting an honest data-labelling course")

page("/mp/s-20251125-qihang.html", "mp", True, "U04", "启航学院", "启航学院：人工智能训练师认定前，你需要知道的5件事",
 """<p>1. 证书是职业技能等级证书，由备案评价机构颁发，可在 osta.mohrss.gov.cn 查询评价机构；2. 没有“包过”……</p>
<p>我们的训练营售价 399 元，对公户名：广州启航网络科技有限公司（统一社会信用代码 %s）。</p>
<p>报名电话 150 1392 6407；消费者权益受损可拨12315。</p>""" % C_U04,
 [["phone", "+8615013926407", "150 1392 6407"], ["other", "广州启航网络科技有限公司", "广州启航网络科技有限公司"],
  ["uscc", C_U04, C_U04]],
 "WeChat repost: explainer plus course ad with corporate payee")

# ================================================================ U05 华信职培 (Guangzhou)
page("/hxedu/index.html", "hxedu", True, "U05", "华信职培", "广州华信职培 - 人工智能训练师 技能等级认定培训",
 """<p>华信职培开设人工智能训练师五级至三级培训，证书查询请登录 jndj.osta.org.cn。</p>
<p>电话：020-3852 6619 ｜ 手机：137 2845 0963</p>
<p>网址：www.hx-zhipei.com ｜ 邮箱：hxzp@hx-zhipei.com</p><p>统一社会信用代码：%s</p>""" % C_U05,
 [["phone", "020-38526619", "020-3852 6619"], ["phone", "+8613728450963", "137 2845 0963"],
  ["domain", "hx-zhipei.com", "www.hx-zhipei.com"], ["email", "hxzp@hx-zhipei.com", "hxzp@hx-zhipei.com"],
  ["uscc", C_U05, C_U05]],
 "training school home page")

page("/hxedu/rgzn-sanji.html", "hxedu", True, "U05", "华信职培", "人工智能训练师三级（高级工）招生简章",
 """<p>学费 2980 元，40课时。考点：白云区职业技能鉴定所，考点前台 020-8523 7710。</p>
<p>证书查询 zscx.osta.org.cn，补贴政策咨询 12333。</p>
<p class="warn">提醒：%s（号码 17095463218 非我校）</p>
<p>咨询：（020）38526619 ｜ <a href="tel:13728450963">137-2845-0963</a> ｜ hxzp@hx-zhipei.com</p>""" % SCAM_WARN_TEXT.replace("我司", "我校").replace("本机构", "本校"),
 [["phone", "020-38526619", "（020）38526619"], ["phone", "+8613728450963", "tel:13728450963"],
  ["email", "hxzp@hx-zhipei.com", "hxzp@hx-zhipei.com"]],
 "training school course page for level 3")

page("/fl/post-551902.html", "fl", True, "U05", "华信培训", "天河 人工智能训练师培训 正规机构 可开发票",
 """<p>华信培训，正规办学，不承诺包过。手机 13728450963，详情见 hx-zhipei.com</p>""",
 [["phone", "+8613728450963", "13728450963"], ["domain", "hx-zhipei.com", "hx-zhipei.com"]],
 "classified ad by the training school")

page("/bbs/thread-88450.html", "bbs", True, "U05", "广州华信职培", "广州考人工智能训练师哪家靠谱？（华信职培老师答疑帖）",
 """<div class="post"><p>楼主 华信老师：开个答疑帖，报名条件、补贴问题都可以问，电话 020 3852 6619。</p></div>
<div class="reply"><p>2楼 考证人：三级要什么条件？</p></div>""",
 [["phone", "020-38526619", "020 3852 6619"]],
 "forum Q&A thread opened by the school's teacher")

# ================================================================ U06 人社部颁发 + 挂靠 scam
page("/bbs/thread-88102.html", "bbs", True, "U06", "国培人才评价中心", "人工智能训练师证 挂靠年入3万 人社部颁发",
 """<div class="post"><p>国培人才评价中心：人工智能训练师高级技师（一级）直接办理，人社部颁发，国家职业资格证书，挂靠企业年入3万！</p>
<p>电话 一七三 二四五八 一九零六 ｜ 扣扣：3398127465</p></div>
<div class="reply"><p>2楼 备考的莉莉：这个靠谱吗？有一起的加我vx: lili_kaozheng</p></div>""",
 [["phone", "+8617324581906", "一七三 二四五八 一九零六"], ["qq", "3398127465", "扣扣：3398127465"]],
 "forum ad: level-1 certificate direct, 挂靠 income, fake 人社部颁发")

page("/ask/q-7745/a-3.html", "ask", True, "U06", "国职认证网", "回答：人工智能训练师证书能挂靠吗？—— 国职认证网",
 """<p class="q">问：人工智能训练师证书能挂靠吗？</p>
<p class="a">国职认证网：可以，一级证挂靠每年2-3万。我们已帮上千学员拿证，学员付款截图 订单号：15900072316。Q：3398 127 465，威信 gprc_kf</p>""",
 [["qq", "3398127465", "3398 127 465"], ["wechat", "gprc_kf", "威信 gprc_kf"]],
 "Q&A answer promising 挂靠 income")

page("/fl/post-549961.html", "fl", True, "U06", "国培人才", "人工智能训练师 高级技师 直接拿证 国家职业资格",
 """<p>国培人才：不限学历不限年龄，无门槛，国家级证书，官方指定。</p><p>173-2458-1906 vx：gprc_kf</p>""",
 [["phone", "+8617324581906", "173-2458-1906"], ["wechat", "gprc_kf", "vx：gprc_kf"]],
 "classified ad: direct level-1 certificate, 无门槛")

page("/v/clip-661802.html", "v", True, "U06", "国职认证", "证书挂靠躺赚，人工智能训练师一级速办",
 """<p class="desc">#挂靠 #人工智能训练师 私信或致电 17324581906</p>""",
 [["phone", "+8617324581906", "17324581906"]],
 "short video: 挂靠 lure")

# ================================================================ U07 学霸帮 代报名
page("/mp/s-20251110-baoming.html", "mp", True, "U07", "学霸帮考证", "人工智能训练师12月认定报名通道开启（代报名）",
 """<p>第13520251206批次认定报名已开启，学霸帮提供代报名、资料审核服务，服务费 300 元。</p>
<p>报名热线 +86 133 1682 9574，备考群 812045376</p>""",
 [["phone", "+8613316829574", "+86 133 1682 9574"], ["qq_group", "812045376", "812045376"]],
 "WeChat repost: exam sign-up service")

page("/bbs/thread-88377.html", "bbs", True, "U07", "学霸帮", "人工智能训练师代报名 资料审核 不过退服务费",
 """<div class="post"><p>学霸帮：帮你报名，资料不合格不收费。VX：xbb_baoming，群号812045376。如遇虚假宣传可拨打12315。</p></div>""",
 [["wechat", "xbb_baoming", "VX：xbb_baoming"], ["qq_group", "812045376", "群号812045376"]],
 "forum post: sign-up service")

page("/fl/post-550884.html", "fl", True, "U07", "学霸帮代报名", "人工智能训练师 代报名 白云考点",
 """<p>考点：白云区职业技能鉴定所（前台 020-85237710）。代报名电话 133 1682 9574，微信 xbb_baoming</p>""",
 [["phone", "+8613316829574", "133 1682 9574"], ["wechat", "xbb_baoming", "微信 xbb_baoming"]],
 "classified ad: sign-up service mentioning exam venue")

# ================================================================ U08 fake query site
page("/kaide/index.html", "kaide", True, "U08", "国职凯德职业能力评价中心", "国职凯德职业能力评价中心 - 人工智能训练师证书报考与查询",
 """<p>本中心颁发“全国人工智能训练师职业能力证书”，证书全国通用，入库可查。证书查询：www.kdrz-cx.com/zscx</p>
<p>报考费 3600 元（含培训、考试、证书），不限学历。</p>
<p>服务邮箱 service@kdrz-cx.com ｜ 报考热线 199 2563 7148</p><p>统一社会信用代码：%s</p>""" % C_U08,
 [["domain", "kdrz-cx.com", "www.kdrz-cx.com"], ["email", "service@kdrz-cx.com", "service@kdrz-cx.com"],
  ["phone", "+8619925637148", "199 2563 7148"], ["uscc", C_U08, C_U08]],
 "state-sounding company site selling a 'national' certificate with its own query site")

page("/mp/s-20251128-kaide.html", "mp", True, "U08", "凯德认证", "人工智能训练师证书官网可查！凯德认证报名",
 """<p>证书查询网址：kdrz-cx.com，国家认可，官网可查。报名电话 19925637148</p>""",
 [["domain", "kdrz-cx.com", "kdrz-cx.com"], ["phone", "+8619925637148", "19925637148"]],
 "WeChat repost promoting the fake query site")

page("/ask/q-7760/a-1.html", "ask", True, "U08", "凯德评价中心", "回答：哪里能查人工智能训练师证书真假？—— 凯德评价中心",
 """<p class="q">问：哪里能查人工智能训练师证书真假？</p>
<p class="a">凯德评价中心：登录 kdrz-cx点com 输入证书编号即可。报名咨询 service(at)kdrz-cx.com</p>
<div class="comment">网友评论：我也想报，QQ 1047785231 求带</div>""",
 [["domain", "kdrz-cx.com", "kdrz-cx点com"], ["email", "service@kdrz-cx.com", "service(at)kdrz-cx.com"]],
 "Q&A answer pointing to a non-official query site")

# ================================================================ U09 优学汇 reseller
page("/mall/item-31255.html", "mall", True, "U09", "优学汇AI考证", "【优学汇】人工智能训练师四级 网课+报名 一站式",
 """<p class="price">￥2280</p><p>名师网课+报名服务，通过率高。咨询微信 yxh_ai9，电话 158 8912 0357</p>""",
 [["wechat", "yxh_ai9", "微信 yxh_ai9"], ["phone", "+8615889120357", "158 8912 0357"]],
 "marketplace listing: level-4 course plus sign-up")

page("/v/clip-662107.html", "v", True, "U09", "优学汇", "AI训练师四级，私教带你拿证",
 """<p class="desc">学费直接转账给班主任，收款人：张晓梅。加 薇 yxh_ai9</p>""",
 [["other", "张晓梅", "张晓梅"], ["wechat", "yxh_ai9", "薇 yxh_ai9"]],
 "short video: personal-payee course sale")

page("/ask/q-7760/a-2.html", "ask", True, "U09", "优学汇小张", "回答：哪里能查人工智能训练师证书真假？—— 优学汇小张",
 """<p class="q">问：哪里能查人工智能训练师证书真假？</p>
<p class="a">优学汇小张：正规证书都能查。我们四级班报名可联系 壹伍捌捌玖壹贰零叁伍柒，转账备注姓名，户名张晓梅。</p>""",
 [["phone", "+8615889120357", "壹伍捌捌玖壹贰零叁伍柒"], ["other", "张晓梅", "户名张晓梅"]],
 "Q&A answer with phone in Chinese capital numerals and personal payee")

# ================================================================ independents
page("/mall/item-30988.html", "mall", True, "I01", "数标智能", "【数标智能】数据标注员实训营 5天", 
 """<p class="price">￥699</p><p>实训营，结业发放企业培训证明（非职业技能等级证书）。咨询 156 2287 0413，微信 sbzn_data</p>""",
 [["phone", "+8615622870413", "156 2287 0413"], ["wechat", "sbzn_data", "微信 sbzn_data"]],
 "marketplace listing: independent bootcamp, honest about certificate")
page("/bbs/thread-88490.html", "bbs", True, "I02", "老陈", "个人辅导人工智能训练师四级理论，一对一",
 """<div class="post"><p>本人持三级证，业余辅导四级理论，200元/次。QQ 1592047736。不代办证书，不包过。</p></div>
<div class="reply"><p>2楼 备考的莉莉：老师好，我vx: lili_kaozheng</p></div>""",
 [["qq", "1592047736", "QQ 1592047736"]], "forum post: individual tutor")
page("/fl/post-551377.html", "fl", True, "I03", "东莞技能培训点", "东莞 人工智能训练师五级 周末班",
 """<p>五级周末班 1680 元，第13520251206批次认定。地址东莞南城，电话 0769-22816634。消费者投诉12315。</p>""",
 [["phone", "0769-22816634", "0769-22816634"]], "classified ad: small local training point")
page("/ask/q-7731/a-1.html", "ask", True, "I04", "杭州某评价机构 王老师", "回答：人工智能训练师证怎么考？—— 王老师",
 """<p class="q">问：人工智能训练师证怎么考？自己报名太麻烦了</p>
<p class="a">王老师：先在 osta.mohrss.gov.cn 查备案评价机构，证书可在 zscx.osta.org.cn 查询。我们机构12月有四级认定，报名资料发 wangls_pj@126.com。不存在包过。</p>
<div class="comment">网友评论：谢谢，加个好友 QQ 1047785231</div>""",
 [["email", "wangls_pj@126.com", "wangls_pj@126.com"]], "Q&A answer by an evaluation institution teacher")
page("/college/jxjy-2025-ai.html", "college", True, "I05", "浙江信息工程职业技术学院继续教育学院", "关于开展2026年第一期人工智能训练师（四级、三级）培训与认定的通知",
 """<p>我院为人工智能训练师备案评价机构，现面向社会招收学员。培训费按物价部门核定标准收取，认定费四级 380 元/人次。</p>
<p>证书查询：zscx.osta.org.cn 或 jndj.osta.org.cn；补贴政策请咨询 12333。</p>
<p>联系电话：0571-8689 2231（周一至周五） 单位统一社会信用代码：%s</p>""" % C_I05,
 [["phone", "0571-86892231", "0571-8689 2231"], ["uscc", C_I05, C_I05]], "college continuing-education enrolment notice")
page("/v/clip-662250.html", "v", True, "I06", "小鹿学AI", "小鹿学AI：99元AI训练师入门课",
 """<p class="desc">入门课99元，只是课程，不包证书。V：xiaolu_ai77</p>""",
 [["wechat", "xiaolu_ai77", "V：xiaolu_ai77"]], "short video: cheap intro course")

# ================================================================ non-offers
page("/mall/item-30712.html", "mall", False, None, None, "【码农营】Python零基础入门 30天",
 "<p class=\"price\">￥199</p><p>Python基础语法、爬虫入门。与人工智能训练师认定无关。店内在线客服咨询。</p>", [], "unrelated course listing")
page("/bbs/thread-88511.html", "bbs", False, None, None, "【曝光】交了6800说包过，结果证书查不到！",
 """<div class="post"><p>上个月一个自称人社部直属的机构打电话给我，号码 17095463218，说人工智能训练师三级交6800包过……现在人找不到了，已向12315投诉。</p></div>""",
 [], "complaint thread about a scam")
page("/fl/post-551650.html", "fl", False, None, None, "招聘数据标注员 5名 五险一金",
 "<p>某科技公司招聘数据标注员，大专以上，有人工智能训练师证优先。简历投递请见公司官网招聘页。</p>", [], "job ad")
page("/ask/q-7790.html", "ask", False, None, None, "人工智能训练师证书有用吗？怎么辨别真假？",
 "<p class=\"q\">问：人工智能训练师证书有用吗？怎么辨别真假？</p><p class=\"a\">热心网友：正规证书能在 zscx.osta.org.cn 查到，政策问题打 12333。</p>", [], "learner's question")
page("/mp/s-20251201-zhengce.html", "mp", False, None, None, "政策解读：职业技能等级证书由谁颁发？",
 "<p>职业技能等级证书由备案评价机构颁发，政府部门不参与监制；评价机构名单可在 osta.mohrss.gov.cn 查询，证书查询 jndj.osta.org.cn。</p>", [], "policy explainer")
page("/news/2025/1209-shanzhai.html", "news", False, None, None, "记者调查：“包过”的人工智能训练师证，查不到的“国家证书”",
 "<p>记者调查发现，多名求职者被号码为 170 9546 3218 的“招生老师”以“包过”为名收费……人社部门提醒，证书可在 zscx.osta.org.cn 查询，咨询12333，遇到虚假宣传可拨打12315投诉。</p>", [], "news report on certificate scams")
page("/gov/tzgg/t20251120_4471.html", "gov", False, None, None, "关于警惕“山寨证书”虚假宣传的提醒",
 "<p>近期有机构以“人社部颁发”“包过”“免培训”等名义销售人工智能训练师证书。职业技能等级证书可登录 zscx.osta.org.cn 查询，评价机构可在 osta.mohrss.gov.cn 查询。咨询电话：12333。</p>", [], "official warning notice")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4008701688", ["400-870-1688"], "marketplace platform customer service in footer"),
 ("email", "kefu@kexuetang.com", ["kefu@kexuetang.com"], "marketplace platform e-mail in footer"),
 ("other", "浙B2-20190417", ["浙B2-20190417"], "marketplace platform telecom licence in footer"),
 ("qq_group", "583920164", ["583920164"], "forum's own staff QQ group in footer"),
 ("email", "bbs_admin@zcluntan.com", ["bbs_admin@zcluntan.com"], "forum admin e-mail in footer"),
 ("phone", "010-58732600", ["010-5873 2600"], "classifieds platform customer service in footer"),
 ("other", "京ICP备16052731号-2", ["京ICP备16052731号-2"], "classifieds platform ICP in footer"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder number in classifieds footer"),
 ("domain", "zhidaoba.com", ["www.zhidaoba.com"], "Q&A platform's own domain in footer"),
 ("wechat", "wxwz_swhz", ["wxwz_swhz"], "repost site's business WeChat in footer"),
 ("phone", "4001520660", ["400-152-0660"], "video platform report line in footer"),
 ("email", "jubao@shipinquan.com", ["jubao@shipinquan.com"], "video platform report e-mail in footer"),
 ("phone", "+8617095463218", ["170-9546-3218", "17095463218", "170 9546 3218"], "scam number quoted in warnings, a complaint and news"),
 ("phone", "+8613520251206", ["13520251206"], "exam batch number shaped like a mobile"),
 ("phone", "+8615900072316", ["15900072316"], "order number on a reused payment screenshot"),
 ("phone", "020-85237710", ["020-8523 7710", "020-85237710"], "exam venue front desk (third party)"),
 ("phone", "0755-26601180", ["0755-2660 1180"], "office building front desk (third party)"),
 ("wechat", "lili_kaozheng", ["lili_kaozheng"], "a forum reader's own WeChat in replies"),
 ("qq", "1047785231", ["1047785231"], "a Q&A reader's own QQ in comments"),
]

# ---------------------------------------------------------------- indexes and navigation
def site_of(path):
    return path.strip("/").split("/")[0]

for s in STYLES:
    if not any(p["path"] == "/%s/index.html" % s for p in P):
        page("/%s/index.html" % s, s, False, None, None, STYLES[s]["name"] + " - 首页", "", [],
             "site index page of %s" % STYLES[s]["name"])

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def render(p):
    st = STYLES[p["site"]]
    same = sorted([q for q in P if q["site"] == p["site"] and q is not p], key=lambda q: q["path"])
    idx = "/%s/index.html" % p["site"]
    body = p["body"]
    if p["path"] == idx:
        items = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in same)
        body = (body + "<h2>最新内容</h2><ul class=\"list\">%s</ul>" % items)
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in same[:5])
    menu = "".join('<a href="%s">%s</a> ' % (idx, m) for m in st["menu"])
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="%s">%s</a> &gt; %s' % (idx, esc(st["name"]), esc(p["title"]))
    side = '<div class="sidebar"><h3>热门标签</h3><p>人工智能训练师 · 数据标注 · 技能认定 · 补贴</p><p><a href="%s">返回%s首页</a></p></div>' % (idx, esc(st["name"]))
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="style-%s">
<header><div class="logo">%s</div><nav class="menu">%s</nav></header>
<div class="breadcrumb">%s</div>
<main><h1>%s</h1>
%s
</main>
%s
<aside class="related"><h3>相关推荐</h3><ul>%s</ul></aside>
<footer>%s</footer>
</body></html>
""" % (esc(p["title"]), st["style"], esc(st["name"]), menu, crumbs, esc(p["title"]), body, side, related, st["foot"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in P:
        html[p["path"]] = render(p)
    # navigation page
    links = "".join('<li><a href="/%s/index.html">%s（%s）</a></li>' % (s, esc(STYLES[s]["name"]), STYLES[s]["style"]) for s in STYLES)
    nav = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索：人工智能训练师证书</title></head>'
           '<body><h1>导航</h1><ul>%s</ul><footer>导航页</footer></body></html>\n' % links)
    html["/index.html"] = nav
    for path, h in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = []
    for p in sorted(P, key=lambda q: q["path"]):
        for k, v, w in p["ids"]:
            assert w in html[p["path"]], (p["path"], w)
        pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
    pages.insert(0, {"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                     "identifiers": [], "note": "navigation page linking every site's index"})
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
    for kind, value, written, why in DECOYS:
        pats = [re.compile(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])") for w in written]
        pg = [p["path"] for p in pages if any(r.search(html[p["path"]]) for r in pats)]
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
