#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


USCC_U01 = uscc("91510107", "MA61X8QK")
USCC_U02 = uscc("12500000", "45012863")
USCC_U04 = uscc("91510104", "MA62BD7R")
USCC_U06 = uscc("52500112", "MJP3176C")
USCC_U08 = uscc("91110108", "MA01T2NP")

# ---------------------------------------------------------------- sites
SITES = {
    "qizhi": dict(name="成都启智职业技能培训学校", style="training school",
                  menu=["首页", "课程中心", "技能认定", "补贴政策", "关于我们"],
                  side="<h4>报名咨询</h4><p>地址：成都市青羊区光华大道二段 88 号 5 楼</p><p>办学许可：川教民 151010570001 号</p>",
                  foot="成都启智职业技能培训学校 版权所有 ｜ 电话 028-85551234 ｜ www.qzpx028.cn ｜ 蜀ICP备20011234号-1"),
    "college": dict(name="重庆渝江职业技术学院 继续教育学院", style="college",
                    menu=["学院首页", "通知公告", "培训项目", "技能认定", "联系我们"],
                    side="<h4>快速通道</h4><p>学历继续教育 ｜ 社会培训 ｜ 职业技能等级认定</p>",
                    foot="重庆渝江职业技术学院继续教育学院 ｜ 学院总机 023-6558 0000 ｜ 地址：重庆市沙坪坝区大学城中路 12 号 ｜ 渝ICP备05001234号"),
    "rsj": dict(name="重庆市渝新区人力资源和社会保障局", style="人社局 notice site",
                menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读", "互动交流"],
                side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>政务服务热线：12345</p>",
                foot="主办：重庆市渝新区人力资源和社会保障局 ｜ 咨询电话：12333 ｜ 渝ICP备11002231号 ｜ 网站标识码 5001120017"),
    "fenlei": dict(name="蓉渝同城分类网", style="classifieds",
                   menu=["首页", "招聘", "教育培训", "二手", "房产", "本地服务"],
                   side="<h4>发布信息</h4><form><input placeholder=\"联系电话，如：13800138000\"><input placeholder=\"微信号（选填）\"></form><p>温馨提示：凡要求先交费、押金的均需谨慎。</p>",
                   foot="蓉渝同城分类网 ｜ 客服热线 400-820-5858 ｜ 客服邮箱 kefu@ryfenlei.com ｜ 蜀ICP备18023456号-1"),
    "wx": dict(name="微文聚 · 公众号文章精选", style="WeChat-article reposts",
               menu=["首页", "职场", "教育", "本地", "科技"],
               side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p>",
               foot="微文聚 ｜ 投稿与删稿：tougao@weiwenju.cn ｜ 渝ICP备2021008812号-2"),
    "mart": dict(name="课多多 · 职业技能课程集市", style="course marketplace",
                 menu=["首页", "IT互联网", "职业考证", "语言", "直播课"],
                 side="<h4>平台保障</h4><p>7天无理由退款（直播课除外） ｜ 课程纠纷请联系平台客服</p>",
                 foot="课多多 keduoduo.cn ｜ 平台客服 400-050-9988 ｜ 川ICP备19045678号"),
    "bbs": dict(name="巴蜀职场论坛", style="forum",
                menu=["论坛首页", "考证交流", "求职招聘", "成都版", "重庆版", "曝光台"],
                side="<h4>版规</h4><p>禁止发布广告，违者封号。举报请在曝光台发帖。</p>",
                foot="巴蜀职场论坛 www.bsjcbbs.com ｜ 论坛官方QQ群：58234761 ｜ 蜀ICP备17009876号"),
    "qa": dict(name="问个明白", style="Q&A",
               menu=["首页", "教育", "职场", "法律", "生活"],
               side="<h4>相关问题</h4><p>人工智能训练师证书有用吗？ ｜ 数据标注员好找工作吗？</p>",
               foot="问个明白 ｜ 联系我们 service@wengemingbai.com ｜ 京ICP备19001234号-5"),
    "video": dict(name="快看短视频 网页版", style="short-video pages",
                  menu=["推荐", "关注", "同城", "直播"],
                  side="<h4>猜你喜欢</h4><p>#考证 #副业 #人工智能</p>",
                  foot="快看短视频 ｜ 违法和不良信息举报电话：400-155-2323 ｜ 京ICP备20005566号-3"),
    "shop": dict(name="优选商城", style="shop",
                 menu=["首页", "图书教材", "虚拟课程", "考证服务", "店铺街"],
                 side="<h4>交易保障</h4><p>担保交易 ｜ 支付宝客服 95188</p>",
                 foot="优选商城 youxuan-mall.com ｜ 交易保障：支付宝 95188 ｜ 浙ICP备16012345号"),
    "blog": dict(name="知行博客", style="blog platform",
                 menu=["首页", "职场", "科技", "教育", "随笔"],
                 side="<h4>热门标签</h4><p>AI ｜ 考证 ｜ 副业 ｜ 数据标注</p>",
                 foot="知行博客 zhixingblog.cn ｜ 用户内容仅代表作者观点 ｜ 湘ICP备18007788号"),
}
SITE_ORDER = ["qizhi", "college", "rsj", "fenlei", "wx", "mart", "bbs", "qa", "video", "shop", "blog"]

PAGES = []


def P(site, fname, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=fname, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note))


# ================================================================ U01 启智 (honest school, Chengdu)
P("qizhi", "course-l4.html", "人工智能训练师（四级/中级工）培训认定班 2026年春季招生",
  """<p>本校为成都市备案的职业技能培训机构，与经人社部门备案的评价机构合作开展人工智能训练师（4-04-05-05）职业技能等级认定。</p>
<p>报考条件：取得五级证书后从事本职业满4年，或累计从事本职业6年，或相关专业技工院校毕业。</p>
<p>课时：50课时（理论30%+实操70%），费用：培训费2380元，认定费按物价标准另收。</p>
<p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。符合条件的参保人员可申领失业保险技能提升补贴（四级最高1500元）。</p>
<p>咨询电话：028-85551234 ｜ 招生老师手机：138 8000 2211 ｜ 官网 qzpx028.cn</p>""",
  True, "U01", "成都启智职业技能培训学校",
  [["phone", "02885551234", "028-85551234"], ["phone", "+8613880002211", "138 8000 2211"],
   ["domain", "qzpx028.cn", "qzpx028.cn"]], "training school's own level-4 course page (honest)")
P("qizhi", "course-l3.html", "人工智能训练师三级（高级工）研修班",
  """<p>面向已取得四级证书并从事数据标注、算法测试工作的在职人员。课程按国家职业技能标准（2021年版）三级要求设置：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>学费3280元。不承诺通过，考核不合格可免费重修一次。</p>
<p><b>郑重声明：</b>近期有人冒用我校名义以“包过、免考”收费，其电话 171-2233-4455 非我校电话，请勿上当。</p>
<p>报名：028-8555 1234（工作日） ｜ 微信咨询：qizhi028px</p>""",
  True, "U01", "启智职培",
  [["phone", "02885551234", "028-8555 1234"], ["wechat", "qizhi028px", "qizhi028px"]],
  "training school's level-3 page, quotes an impostor number")
P("qizhi", "about.html", "关于我们",
  """<p>成都启智职业技能培训学校成立于2016年，主要开展计算机类、人工智能类职业技能培训。</p>
<p>统一社会信用代码：%s</p><p>地址：成都市青羊区光华大道二段 88 号 5 楼</p>""" % USCC_U01,
  False, None, None, [], "school's about page (non-offer)")
P("fenlei", "post-1021.html", "【青羊区】人工智能训练师四级/三级培训 正规学校 可申请补贴",
  """<p>发布者：启智教育张老师 ｜ 类别：教育培训 > 职业技能</p>
<p>正规办学，成都启智教育，人工智能训练师四级、三级周末班，小班授课，有机房实操。参保满一年可申请技能提升补贴。</p>
<p>联系电话：138-8000-2211（张老师） 微信同号也可加 qizhi028px</p>""",
  True, "U01", "成都启智教育",
  [["phone", "+8613880002211", "138-8000-2211"], ["wechat", "qizhi028px", "qizhi028px"]], "classified ad by U01")
P("wx", "a-3305.html", "成都这所学校开了人工智能训练师周末班，在职也能学",
  """<p class="src">来源：公众号“蓉城职教圈” 2026-03-09</p>
<p>最近不少读者问，在成都哪里能正规考人工智能训练师？小编实地走访了位于光华大道的启智职业技能培训学校……</p>
<p>学校老师介绍，四级班约50课时，报名前会审核工作年限，不符合条件的不会收费。</p>
<p>想了解的朋友可以致电(028)8555-1234，或登录 www.qzpx028.cn 查看课表。</p>""",
  True, "U01", "启智职业技能培训学校",
  [["phone", "02885551234", "(028)8555-1234"], ["domain", "qzpx028.cn", "www.qzpx028.cn"]],
  "advertorial repost about U01")

# ================================================================ U02 college (honest, Chongqing)
P("college", "notice-ai-trainer.html", "关于开展2026年第二批人工智能训练师职业技能等级认定培训报名的通知",
  """<p>各有关单位、学员：</p>
<p>根据区人社局认定工作安排（批次号：15820260417），我院作为职业技能等级认定备案机构，现开展人工智能训练师五级、四级培训及认定报名工作。</p>
<p>一、报名条件：按《人工智能训练师国家职业技能标准（2021年版）》执行，五级需累计从事本职业或相关职业工作1年以上或经本职业学徒培训。</p>
<p>二、费用：认定费按渝价〔2016〕128号执行，培训费五级1200元、四级1600元。</p>
<p>三、证书查询：jndj.osta.org.cn 或 zscx.osta.org.cn。政策咨询可拨打12333。</p>
<p>联系人：刘老师 023-65587700 ｜ 邮箱：jxjy@cqyjzy.edu.cn</p>
<p>单位统一社会信用代码：%s</p>""" % USCC_U02,
  True, "U02", "重庆渝江职业技术学院继续教育学院",
  [["phone", "02365587700", "023-65587700"], ["email", "jxjy@cqyjzy.edu.cn", "jxjy@cqyjzy.edu.cn"],
   ["uscc", USCC_U02, USCC_U02]], "college enrolment notice (honest)")
P("college", "ai-l5-class.html", "人工智能训练师（数据标注员方向）五级周末班",
  """<p>培训地点：学院大学城校区实训楼；认定考点：重庆渝新考试中心（前台 023-6866 0001）。</p>
<p>课程60课时，含数据采集与处理、数据标注、智能系统运维基础。</p>
<p>报名咨询：023-6558 7700 ｜ 网上报名请访问 jxjy.cqyjzy.edu.cn</p>""",
  True, "U02", "渝江职院继续教育学院",
  [["phone", "02365587700", "023-6558 7700"], ["domain", "cqyjzy.edu.cn", "jxjy.cqyjzy.edu.cn"]],
  "college level-5 class page")
P("mart", "course-2207.html", "【渝江职院】人工智能训练师五级线上理论课+线下实操",
  """<p>机构：重庆渝江职业技术学院（官方店） ｜ 评分 4.8 ｜ 已报名 312 人</p>
<p>线上理论课由学院教师录制，实操及认定在学院完成。报名审核不通过全额退款。</p>
<p>机构咨询：023－65587700 ｜ jxjy@cqyjzy.edu.cn</p>""",
  True, "U02", "重庆渝江职业技术学院",
  [["phone", "02365587700", "023－65587700"], ["email", "jxjy@cqyjzy.edu.cn", "jxjy@cqyjzy.edu.cn"]],
  "marketplace listing of U02")

# ================================================================ U03 中科智培 (dishonest, Chongqing)
P("fenlei", "post-1107.html", "人工智能训练师三级 零基础 不限学历 包过 国家证书",
  """<p>发布者：中科智培招生办 ｜ 区域：重庆 渝北</p>
<p>人社部颁发国家职业资格证书！零基础、不限学历、不限经验，直接报三级，考试不过全额退款，包过！</p>
<p>一次报名送五级+四级+三级三证，全国通用，可挂靠，年入三万不是梦。</p>
<p>名额有限，速联系：177-2345-6789（李老师）</p>""",
  True, "U03", "中科智培",
  [["phone", "+8617723456789", "177-2345-6789"]], "classified scam ad: 包过, 三证, 挂靠")
P("wx", "a-3321.html", "重磅！人工智能训练师即将停考，最后一批报名通道开启",
  """<p class="src">来源：公众号“国培人工智能学院” 2026-03-11</p>
<p>据内部消息，人社部证书即将退出，最后一批人工智能训练师国家证书报名即将截止！国培人工智能学院（重庆）官方指定报名点，免培训直接拿证，官网可查。</p>
<p>报名费：三级4980元，二级技师6980元（无需任何工作经验）。</p>
<p>在线报名表：jinshuju.net/f/Gp7x2A ｜ 招生热线 17723456789 ｜ 加老师微信 zkzp_kefu01 领取资料</p>""",
  True, "U03", "国培人工智能学院（重庆）",
  [["phone", "+8617723456789", "17723456789"], ["wechat", "zkzp_kefu01", "zkzp_kefu01"]],
  "WeChat repost scam: invented policy, 免培训直接拿证")
P("video", "v-88231.html", "90%小白都能学会！AI训练师证书躺着拿",
  """<p class="author">@智联职培-小雨老师 ｜ 点赞 2.1万</p>
<p>视频文案：零基础，一个月拿证，国家认可，拿到证书便可升职加薪！评论区扣“1”，私信领资料～</p>
<p>主页简介：智联职培 官方认证 ｜ V：zkzp_kefu01 ｜ 扣扣：2876543210</p>
<div class="comments"><p>用户“蓉城小美”：真的假的，我也想报，加我 wx: lily_cd1990</p><p>用户“老王”：去年交了钱到现在没拿到证</p></div>""",
  True, "U03", "智联职培",
  [["wechat", "zkzp_kefu01", "zkzp_kefu01"], ["qq", "2876543210", "2876543210"]], "short-video ad of U03")
P("bbs", "thread-5561.html", "[考证交流] 有需要考人工智能训练师的朋友看过来",
  """<p>楼主：智联职培招生老师 ｜ 发表于 2026-03-12</p>
<p>我们机构和人社部直接合作，人工智能训练师高级技师一级也能报，不用考试材料，我们全程代办，100%通过。</p>
<p>有意向的扣我：2876543210，备注“论坛”。</p>
<div class="reply"><p>2楼 版主：广告贴，已警告。</p></div>""",
  True, "U03", "智联职培",
  [["qq", "2876543210", "2876543210"]], "forum ad post of U03")

# ================================================================ U04 蜀才优证 (dishonest, 挂靠 lure, Chengdu)
P("qa", "q-40112.html", "人工智能训练师证书考下来能挂靠吗？一年能拿多少？",
  """<p class="q">提问者：匿名用户</p>
<div class="ans best"><p>答主：蜀才优证顾问（认证机构）</p>
<p>可以的，我们和多家科技企业合作，三级证书挂靠一年2万起，签正式合同。报名包过，不过退费。</p>
<p>具体可以加我微信 shucai-yz 或者打电话 159 2887 6543 详聊。</p></div>
<div class="ans"><p>答主：热心网友：挂靠本身就违规，别信。</p></div>""",
  True, "U04", "蜀才优证",
  [["wechat", "shucai-yz", "shucai-yz"], ["phone", "+8615928876543", "159 2887 6543"]], "Q&A answer selling 挂靠 lure")
P("fenlei", "post-1150.html", "考证挂靠 人工智能训练师 消防设施操作员 证书挂靠年入2-5万",
  """<p>发布者：蜀才人才服务 ｜ 区域：成都 锦江</p>
<p>长期收证、代报名，AI训练师、消防设施操作员、健康管理师。包过班，交费即可安排考试。</p>
<p>电话：15928876543</p>""",
  True, "U04", "蜀才人才服务",
  [["phone", "+8615928876543", "15928876543"]], "classified ad: 挂靠 and 包过")
P("shop", "item-6631.html", "人工智能训练师证书报名代办 三级/四级 入库可查 包过",
  """<p>店铺：蜀才优证旗舰店 ｜ 已售 86 ｜ 价格 ¥3680 起</p>
<p>证书样本（编号示例 S000050000122253000318），可在 jndj.osta.org.cn 查询。</p>
<p>拍前请咨询客服微信：Shucai-YZ</p>
<p>商家资质：成都蜀才优证企业管理咨询有限公司 ｜ 统一社会信用代码 %s</p>""" % USCC_U04,
  True, "U04", "蜀才优证旗舰店",
  [["wechat", "shucai-yz", "Shucai-YZ"], ["other", "成都蜀才优证企业管理咨询有限公司", "成都蜀才优证企业管理咨询有限公司"],
   ["uscc", USCC_U04, USCC_U04]], "shop listing of U04")

# ================================================================ U05 峰哥AI训练营 (online course, 9999→99)
P("mart", "course-2233.html", "AI训练师从0到1实战营（数据标注+Prompt+考证指导）",
  """<p>讲师：峰哥（前大厂数据标注组长） ｜ 原价9999 限时99 ｜ 已学 5,281 人</p>
<p>课程含数据标注实操、质检规范、人工智能训练师考证经验分享。本课程不含证书，考证需自行向认定机构报名。</p>
<p>购课后进学员群：712345678 ｜ 助教微信 fengge_ai99</p>""",
  True, "U05", "峰哥AI训练营",
  [["qq_group", "712345678", "712345678"], ["wechat", "fengge_ai99", "fengge_ai99"]], "marketplace course of U05")
P("video", "v-88305.html", "原价9999限时99！普通人入门AI训练师的第一课",
  """<p class="author">@峰哥聊AI ｜ 点赞 8,932</p>
<p>视频文案：数据标注没你想的那么难，90%小白都能学会，训练营今晚最后一天99元。</p>
<p>主页：合作/报名 +V fengge_ai99</p>
<div class="comments"><p>用户“阿杰”：求资料 QQ 1045678923</p></div>""",
  True, "U05", "峰哥聊AI",
  [["wechat", "fengge_ai99", "fengge_ai99"]], "short-video promo of U05")
P("blog", "post-17.html", "我是怎么从客服转行做AI训练师的（附训练营入口）",
  """<p class="author">作者：峰哥AI ｜ 2026-03-08</p>
<p>三年前我还在做电商客服，后来自学数据标注……现在我把这套方法做成了训练营，感兴趣的朋友可以加群 712 345 678。</p>
<p>商务合作邮箱：fengge_ai@163.com</p>""",
  True, "U05", "峰哥AI训练营",
  [["qq_group", "712345678", "712 345 678"], ["email", "fengge_ai@163.com", "fengge_ai@163.com"]], "blog advertorial of U05")

# ================================================================ U06 渝才 (民非 training centre, Chongqing)
P("mart", "course-2251.html", "人工智能训练师四级（中级工）认定培训 渝才职培",
  """<p>机构：重庆渝才职业技能培训中心 ｜ 评分 4.6</p>
<p>对接区人社局第二批认定（批次号：15820260417），审核报名条件后统一报名。四级培训费1680元，可申领补贴。</p>
<p>全国统一咨询：400-6688-023</p>""",
  True, "U06", "渝才职培",
  [["phone", "4006688023", "400-6688-023"]], "marketplace listing of U06")
P("wx", "a-3340.html", "重庆人工智能训练师考点、时间、费用一文讲清",
  """<p class="src">来源：公众号“渝才职教” 2026-03-14</p>
<p>四月认定考点设在重庆渝新考试中心（前台 023-68660001），理论与实操同日进行。</p>
<p>我中心代为审核材料，报名电话 4006688023，或到前台办理：023-67891122。</p>""",
  True, "U06", "重庆渝才职业技能培训中心",
  [["phone", "4006688023", "4006688023"], ["phone", "02367891122", "023-67891122"]], "WeChat article by U06")
P("fenlei", "post-1188.html", "渝中区 人工智能训练师五级/四级 培训报名",
  """<p>发布者：渝才培训中心 ｜ 区域：重庆 渝中</p>
<p>民办非企业单位，正规培训。报名条件不符的不收费，政策问题可拨 12333 核实。</p>
<p>咨询：(023)6789 1122 ｜ 统一社会信用代码：%s</p>""" % USCC_U06,
  True, "U06", "渝才培训中心",
  [["phone", "02367891122", "(023)6789 1122"], ["uscc", USCC_U06, USCC_U06]], "classified ad by U06")

# ================================================================ U07 锦程职评 (subsidy overclaim, Chengdu)
P("bbs", "thread-5602.html", "[成都版] 人工智能训练师二级技师 补贴后几乎免费，还有名额",
  """<p>楼主：锦程职评-陈老师 ｜ 发表于 2026-03-10</p>
<p>二级技师补贴后几乎免费！国家补贴最高一万，不限专业不限经验，拿证还能直接评职称。</p>
<p>报名表：jinshuju.net/f/Jc2026 ｜ 微信 jc_zhiping</p>
<div class="reply"><p>3楼 蓉城小美：想报，加我 wx: lily_cd1990 发资料</p></div>""",
  True, "U07", "锦程职评",
  [["wechat", "jc_zhiping", "jc_zhiping"]], "forum ad of U07: 二级补贴 overclaim")
P("qa", "q-40188.html", "成都考人工智能训练师能拿多少补贴？",
  """<p class="q">提问者：小陈不吃香菜</p>
<div class="ans"><p>答主：锦程教育咨询</p>
<p>五级、四级、三级、二级都有补贴，我们可以帮你申请，基本不用自己出钱。详询 186 2800 1234，微信 jc_zhiping。</p></div>
<div class="ans"><p>答主：人社小助手：技能提升补贴只覆盖五到三级，且需参保满一年。</p></div>""",
  True, "U07", "锦程教育咨询",
  [["phone", "+8618628001234", "186 2800 1234"], ["wechat", "jc_zhiping", "jc_zhiping"]], "Q&A answer by U07")
P("shop", "item-6702.html", "人工智能训练师报名服务（含补贴申领指导）",
  """<p>店铺：成都锦程人才服务 ｜ 已售 41 ｜ ¥1999</p>
<p>证书样本编号 S000050000122253000318，官网可查 zscx.osta.org.cn。</p>
<p>售后电话 18628001234 ｜ 资料发送邮箱 jczp2025@qq.com</p>""",
  True, "U07", "成都锦程人才服务",
  [["phone", "+8618628001234", "18628001234"], ["email", "jczp2025@qq.com", "jczp2025@qq.com"]], "shop listing of U07")
P("wx", "a-3362.html", "成都人才新政：技能证书也能加分，人工智能训练师怎么报？",
  """<p class="src">来源：公众号“锦程职评” 2026-03-15</p>
<p>职业技能等级证书直接对应职称证书，三级就是助理工程师！成都积分入户四级加20分、三级加30分。</p>
<p>报名通道：186-2800-1234 ｜ 简历投递 jczp2025@qq.com</p>""",
  True, "U07", "锦程职评",
  [["phone", "+8618628001234", "186-2800-1234"], ["email", "jczp2025@qq.com", "jczp2025@qq.com"]], "WeChat article by U07")

# ================================================================ U08 华智认证 (fake query site)
P("fenlei", "post-1203.html", "全国人工智能人才评价网 人工智能训练师证书 官网可查",
  """<p>发布者：华智认证中心 ｜ 区域：成都 高新</p>
<p>工信部认证，全国通用，国家级证书，证书官网 www.hzrc-cx.com 可查。七天出证。</p>
<p>手机：133 1234 5670</p>""",
  True, "U08", "华智认证中心",
  [["phone", "+8613312345670", "133 1234 5670"], ["domain", "hzrc-cx.com", "www.hzrc-cx.com"]], "classified ad pointing at a fake query site")
P("video", "v-88417.html", "拿证后在这个官网可以查到！人工智能训练师",
  """<p class="author">@全国人工智能人才评价网 ｜ 点赞 1,204</p>
<p>视频文案：证书编号输入 hzrc-cx.com 即可查询，人社部备案，假一赔十。报名表 jinshuju.net/f/Hz88q</p>
<p>咨询V：hzrz_2026</p>
<div class="comments"><p>用户“阿杰”：求资料 QQ 1045678923</p></div>""",
  True, "U08", "全国人工智能人才评价网",
  [["domain", "hzrc-cx.com", "hzrc-cx.com"], ["wechat", "hzrz_2026", "hzrz_2026"]], "short video by U08")
P("blog", "post-22.html", "2026人工智能训练师报考指南（附官方查询入口）",
  """<p class="author">作者：华智教育 ｜ 2026-03-13</p>
<p>人工智能训练师是人社部认证的新职业，由国家人工智能人才评价中心统一发证。</p>
<p>报名咨询QQ：3321456789 ｜ 微信：hzrz_2026</p>
<p>运营主体：华智（北京）教育科技有限公司 %s</p>""" % USCC_U08,
  True, "U08", "华智教育",
  [["qq", "3321456789", "3321456789"], ["wechat", "hzrz_2026", "hzrz_2026"], ["uscc", USCC_U08, USCC_U08]],
  "SEO guide blog post by U08 (state-sounding name, 91 code)")
P("bbs", "thread-5633.html", "[考证交流] 人工智能训练师官方报名入口（置顶勿删）",
  """<p>楼主：华智老师 ｜ 发表于 2026-03-13</p>
<p>官方报名，三级二级都能报，七天出证。QQ 3321456789 电话 13312345670</p>""",
  True, "U08", "华智",
  [["qq", "3321456789", "3321456789"], ["phone", "+8613312345670", "13312345670"]], "forum ad of U08")

# ================================================================ U09 巴蜀数标 (annotation firm: 培训+就业)
P("fenlei", "post-1222.html", "招聘数据标注员 先培训后上岗 包拿人工智能训练师证",
  """<p>发布者：巴蜀数标人力部 ｜ 区域：重庆 江北 ｜ 薪资 4000-6000</p>
<p>岗前培训费2800元（含人工智能训练师五级证书），结业包分配工作。</p>
<p>联系：199 2345 6780 ｜ 座机 023-63124567</p>""",
  True, "U09", "巴蜀数标",
  [["phone", "+8619923456780", "199 2345 6780"], ["phone", "02363124567", "023-63124567"]], "job ad with paid training bundle")
P("qa", "q-40231.html", "数据标注员培训后包就业靠谱吗？",
  """<p class="q">提问者：重庆打工人</p>
<div class="ans"><p>答主：巴蜀数标HR</p>
<p>我们是自有标注基地，培训合格即签约，顺便考人工智能训练师证。可以加 bsdb_hr 或打 19923456780 来基地参观。</p></div>""",
  True, "U09", "巴蜀数标",
  [["wechat", "bsdb_hr", "bsdb_hr"], ["phone", "+8619923456780", "19923456780"]], "Q&A answer by U09")
P("shop", "item-6755.html", "数据标注员岗前培训 + 人工智能训练师五级报名",
  """<p>店铺：巴蜀数字标注服务 ｜ 已售 23 ｜ ¥2800</p>
<p>拍下后请联系微信 bsdb_hr 预约入营，座机 023 6312 4567。</p>""",
  True, "U09", "巴蜀数字标注服务",
  [["wechat", "bsdb_hr", "bsdb_hr"], ["phone", "02363124567", "023 6312 4567"]], "shop listing of U09")

# ================================================================ independents
P("fenlei", "post-1239.html", "个人带教 数据标注实操 可辅导人工智能训练师五级",
  """<p>发布者：个人 ｜ 区域：成都 武侯</p><p>本人在标注公司做质检三年，周末一对一带教，300元/次。不代报名，不卖证。</p>
<p>电话：135 5888 1234</p>""",
  True, "I01", "个人带教（周老师）", [["phone", "+8613558881234", "135 5888 1234"]], "independent tutor classified")
P("mart", "course-2290.html", "人工智能训练师三级理论冲刺（题库+直播答疑）",
  """<p>讲师：小林老师 ｜ 原价 699 ｜ 现价 199</p><p>适合已报名认定的学员考前冲刺。</p><p>答疑微信：lin_aitrain</p>""",
  True, "I02", "小林老师", [["wechat", "lin_aitrain", "lin_aitrain"]], "independent marketplace course")
P("bbs", "thread-5650.html", "[重庆版] 有没有一起考AI训练师的？我这边有渠道可以团报",
  """<p>楼主：渝北老周 ｜ 发表于 2026-03-14</p><p>认识某机构老师，团报五人以上每人便宜500，三级直接报，不用看工作年限。有意QQ：1598765432</p>""",
  True, "I03", "渝北老周", [["qq", "1598765432", "1598765432"]], "independent forum 团报 offer (dishonest)")
P("video", "v-88502.html", "宝妈在家做AI训练师，一个月多赚三千",
  """<p class="author">@AI小美在家 ｜ 点赞 3.3万</p><p>视频文案：证书+接单一条龙，学费698，带你入门。主页 V：dy_aixiaomei</p>""",
  True, "I04", "AI小美在家", [["wechat", "dy_aixiaomei", "dy_aixiaomei"]], "independent short-video offer")
P("shop", "item-6790.html", "人工智能训练师四级 历年题库+报名指导（电子版）",
  """<p>店铺：智学书屋 ｜ 已售 302 ｜ ¥39.9</p><p>电子题库，付款后自动发货。报名指导请致电 151-0823-1234。</p>""",
  True, "I05", "智学书屋", [["phone", "+8615108231234", "151-0823-1234"]], "independent shop listing")
P("wx", "a-3388.html", "渝学堂春季班｜人工智能训练师五级开课啦",
  """<p class="src">来源：公众号“渝学堂” 2026-03-16</p><p>南岸区小班教学，五级60课时，报名前审核工作证明。</p><p>报名电话：023-6701 2345</p>""",
  True, "I06", "渝学堂", [["phone", "02367012345", "023-6701 2345"]], "independent WeChat article")

# ================================================================ non-offers
P("rsj", "notice-2026-0312.html", "关于2026年第二批职业技能等级认定工作安排的通告",
  """<p>各备案评价机构：</p><p>2026年第二批职业技能等级认定（批次号：15820260417）定于4月中旬进行，涉及人工智能训练师等职业（工种）。</p>
<p>证书信息可通过技能人才评价证书全国联网查询 zscx.osta.org.cn 及 jndj.osta.org.cn 查询。政策咨询：12333。</p>""",
  note="official 人社局 notice (non-offer)")
P("rsj", "warning-shanzhai.html", "警惕“山寨证书”和“包过”骗局",
  """<p>近期我局接到群众反映，有不法分子冒充人社部门，以“免培训、包通过、人社部颁发”为名收取费用。</p>
<p>群众反映的涉嫌诈骗电话：171 2233 4455。人社部门不直接颁发职业技能等级证书，请在 zscx.osta.org.cn 核验，专业技术类证书请在 www.cpta.com.cn 核验。</p>
<p>消费纠纷请拨打 12315，社保政策请拨打 12333。</p>""",
  note="人社局 warning quoting a scam number (non-offer)")
P("wx", "a-3399.html", "交了5800元的AI训练师“包过班”，老师拉黑了我",
  """<p class="src">来源：公众号“重庆晚报社会新闻” 2026-03-17</p>
<p>市民王女士向记者反映，对方自称“人社部合作机构”，微信号 kaozheng_vip88，电话 17122334455。</p>
<p>律师提醒：可向12315投诉，证书真伪可在 www.cpta.com.cn 或 osta 官网核验。</p>""",
  note="news repost of a complaint (non-offer)")
P("bbs", "thread-5671.html", "[曝光台] 被AI训练师包过班骗了，大家避雷",
  """<p>楼主：再也不考证了 ｜ 发表于 2026-03-15</p>
<p>骗子电话 171-2233-4455，微信 kaozheng_vip88，交钱后就失联。已经打12315投诉了。</p>
<div class="reply"><p>2楼：同被骗，一起维权的加我 QQ 2233445566</p></div>""",
  note="forum complaint thread (non-offer)")
P("qa", "q-40250.html", "人工智能训练师证书在哪里查真假？",
  """<p class="q">提问者：求职中的小何</p>
<div class="ans best"><p>答主：人社小助手</p><p>职业技能等级证书编号一般为22位，例如 S000050000122253000318 这种格式。可在 zscx.osta.org.cn 查询，有疑问拨打 12333。</p></div>""",
  note="Q&A guide on verifying certificates (non-offer)")


# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 service hotline, quoted by notices and sellers"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "cpta.com.cn", ["www.cpta.com.cn"], "人事考试中心 verification site quoted in warnings"),
    ("phone", "4008205858", ["400-820-5858"], "classifieds platform customer service (footer)"),
    ("email", "kefu@ryfenlei.com", ["kefu@ryfenlei.com"], "classifieds platform e-mail (footer)"),
    ("other", "蜀ICP备18023456号-1", ["蜀ICP备18023456号-1"], "classifieds platform ICP (footer)"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds post form"),
    ("email", "tougao@weiwenju.cn", ["tougao@weiwenju.cn"], "repost aggregator's own e-mail (footer)"),
    ("other", "渝ICP备2021008812号-2", ["渝ICP备2021008812号-2"], "repost aggregator ICP (footer)"),
    ("phone", "4000509988", ["400-050-9988"], "course marketplace customer service (footer)"),
    ("domain", "keduoduo.cn", ["keduoduo.cn"], "course marketplace domain (footer)"),
    ("qq_group", "58234761", ["58234761"], "forum's official QQ group (footer)"),
    ("domain", "bsjcbbs.com", ["www.bsjcbbs.com"], "forum domain (footer)"),
    ("email", "service@wengemingbai.com", ["service@wengemingbai.com"], "Q&A platform e-mail (footer)"),
    ("phone", "4001552323", ["400-155-2323"], "short-video platform report line (footer)"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) service line in shop frame"),
    ("domain", "youxuan-mall.com", ["youxuan-mall.com"], "shop platform domain (footer)"),
    ("phone", "+8617122334455", ["171-2233-4455", "171 2233 4455", "17122334455"],
     "scammer number quoted in warnings, a complaint, news and an honest seller's impostor notice"),
    ("wechat", "kaozheng_vip88", ["kaozheng_vip88"], "scammer WeChat quoted in complaint and news"),
    ("phone", "+8615820260417", ["15820260417"], "人社局 assessment batch number that looks like a mobile"),
    ("other", "S000050000122253000318", ["S000050000122253000318"], "sample certificate number"),
    ("wechat", "lily_cd1990", ["lily_cd1990"], "a reader's own WeChat in comments under two sellers"),
    ("qq", "1045678923", ["1045678923"], "a reader's own QQ in comments under two sellers"),
    ("qq", "2233445566", ["2233445566"], "a complaint-thread reader's QQ"),
    ("phone", "02368660001", ["023-6866 0001", "023-68660001"], "exam venue front desk, quoted by two Chongqing sellers"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
]

# ---------------------------------------------------------------- render
def crumbs(site, title):
    s = SITES[site]
    return '<div class="crumb"><a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s</div>' % (site, s["name"], title)


def frame(site, title, main, related):
    s = SITES[site]
    menu = " ".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in s["menu"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title></head>
<body class="site-%s">
<header><div class="logo">%s</div><nav>%s</nav></header>
%s
<main><h1>%s</h1>
%s
</main>
<aside>%s<h4>相关推荐</h4><ul>%s</ul></aside>
<footer>%s</footer>
</body></html>
""" % (title, s["name"], site, s["name"], menu, crumbs(site, title), title, main, s["side"], rel, s["foot"])


def build():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITE_ORDER}
    files = {}
    for site in SITE_ORDER:
        pages = by_site[site]
        for i, p in enumerate(pages):
            others = [q for q in pages if q is not p]
            related = [("/%s/%s" % (site, q["file"]), q["title"]) for q in others[:3]]
            files["/%s/%s" % (site, p["file"])] = frame(site, p["title"], p["body"], related)
        lst = "".join('<li><a href="/%s/%s">%s</a></li>' % (site, q["file"], q["title"]) for q in pages)
        files["/%s/index.html" % site] = frame(site, SITES[site]["name"] + " 首页",
                                              "<p>最新内容</p><ul>%s</ul>" % lst, [])
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, SITES[k]["name"], SITES[k]["style"]) for k in SITE_ORDER)
    files["/index.html"] = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索：成都·重庆 人工智能训练师</title></head>'
                            '<body><h1>一周搜索记录：成都、重庆 人工智能训练师证书</h1><ul>%s</ul></body></html>\n' % hub)
    for path, text in files.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = []
    meta = {"/%s/%s" % (p["site"], p["file"]): p for p in PAGES}
    for path in sorted(files):
        p = meta.get(path)
        if p is None:
            note = "hub page" if path == "/index.html" else "site index page"
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[], note=note))
        else:
            tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                               identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(pth for pth, txt in files.items() if any(w in txt for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build()
