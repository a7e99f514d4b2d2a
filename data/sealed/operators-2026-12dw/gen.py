#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.

Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(s8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    t = sum(val(c) * w for c, w in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - t % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix16):
    body = prefix16 + _org_check(prefix16[8:16])
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, WEIGHTS))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


USCC_U01 = uscc("52350102MJ017245")   # 民办非企业 (民办职业培训学校), 福州鼓楼
USCC_U04 = uscc("91350104MA2YK7Q3")   # 企业, 福州仓山
USCC_U07 = uscc("91350203MA8T6B21")   # 企业, 厦门思明
USCC_U03 = uscc("91110108MA01RK6N")   # 企业 with a state-sounding name, 北京海淀

# ---------------------------------------------------------------- sites
SITES = {
    "rc58": dict(name="榕城分类信息网", style="classifieds (58同城-like, Fuzhou)",
                 menu=["首页", "招聘", "二手", "房产", "教育培训", "本地服务"],
                 footer="榕城分类信息网 rc58.cn 客服热线：400-860-5858 客服邮箱：kefu@rc58.cn 闽ICP备16023817号-1 "
                        "温馨提示：凡是要求提前支付费用的均有骗子嫌疑"),
    "kezhan": dict(name="课栈 · 职业技能课程集市", style="course marketplace",
                   menu=["首页", "职业技能", "IT互联网", "考证专区", "直播课", "我的订单"],
                   footer="课栈网 kezhan.net.cn 平台客服：service@kezhan.net.cn 客服电话 0592-3105577（工作日9:00-18:00） "
                          "闽ICP备19008842号 课栈仅提供信息展示，课程由入驻机构提供"),
    "wenda": dict(name="闽问 · 本地问答", style="Q&A site",
                  menu=["首页", "教育", "职场", "生活", "我要提问"],
                  footer="闽问 minwen.cn 举报邮箱 jubao@minwen.cn 官方用户QQ群：516273849 闽ICP备20031176号"),
    "ludao": dict(name="鹭岛社区", style="local forum (Discuz-like, Xiamen)",
                  menu=["论坛首页", "厦门杂谈", "职场考证", "二手交易", "曝光台"],
                  footer="鹭岛社区 ludaobbs.com 站务QQ：800043518 违法和不良信息举报：0592-2276110 闽ICP备12004471号-3"),
    "hxjob": dict(name="海西人才网", style="job board",
                  menu=["找工作", "找人才", "校园招聘", "职场资讯", "企业登录"],
                  footer="海西人才网 hxrc.com.cn 求职者服务热线 0591-87279900 企业服务 kf@hxrc.com.cn "
                         "人力资源服务许可证 闽人社证字〔2019〕第0355号 提醒：招聘中以任何名义收费均属违规"),
    "zhihui": dict(name="福建智汇职业培训学校", style="training-company site",
                   menu=["学校首页", "培训项目", "报名咨询", "学员风采", "联系我们"],
                   footer="福建智汇职业培训学校（民办职业培训学校） 地址：福州市鼓楼区五四路安泰大厦9层 "
                          "电话：0591-87654321 官网：www.zhpx0591.cn 统一社会信用代码：" + USCC_U01),
    "wxwz": dict(name="微文汇 · 公众号文章转载", style="WeChat-article reposts",
                 menu=["首页", "教育", "职场", "科技", "本地"],
                 footer="微文汇 wxwenhui.com 内容来自微信公众号，版权归原作者 转载合作微信：wxwh_bianji 闽ICP备21005620号"),
    "shua": dict(name="刷刷短视频", style="short-video pages",
                 menu=["推荐", "关注", "同城", "知识", "直播"],
                 footer="刷刷短视频 shuashua.tv 用户服务热线 4001-399-899 网上有害信息举报 shuashua.tv/jubao"),
    "rsj": dict(name="福州市某区人力资源和社会保障局", style="人社局-style notice site",
                menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力", "办事指南"],
                footer="主办：福州市某区人力资源和社会保障局 咨询电话：12333 地址：福州市某区行政服务中心 "
                       "网站标识码 3501000031 闽公网安备35010202000123号"),
    "hxnews": dict(name="海峡快报", style="news site",
                   menu=["首页", "福州", "厦门", "教育", "财经", "曝光台"],
                   footer="海峡快报 新闻热线 0591-87095555 爆料邮箱 baoliao@hxkb.com.cn 闽ICP备10001235号"),
}

# ---------------------------------------------------------------- shared fragments (decoys)
PLACEHOLDER_FORM = ('<form class="lead"><label>手机号</label><input placeholder="如：13800138000"> '
                    '<label>微信号</label><input placeholder="请输入微信号，如 wxid_xxxxxx"><button>提交咨询</button></form>')
EXAM_VENUE = "考点：福州职业技术学院实训楼（考点前台 0591-22863100，只负责考场安排，不受理报名）"
OSTA_CHECK = "证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询"
JINSHUJU = "报名表：https://jinshuju.net/f/"

# ---------------------------------------------------------------- pages
PAGES = []


def P(site, name, title, body, offer=False, op=None, provider=None, ids=(), note="", comments=()):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, name), title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, identifiers=[list(x) for x in ids], note=note,
                      comments=list(comments)))


# ----- U01 福建智汇职业培训学校 (honest; own site + classifieds + marketplace)
P("zhihui", "ai-trainer.html", "人工智能训练师（四级/五级）职业技能等级认定培训班招生",
  """<p>人工智能训练师（职业编码4-04-05-05）是2020年人社部等部门发布的新职业，下设数据标注员、人工智能算法测试员两个工种。
我校为福州市人社部门备案的职业技能等级认定机构的合作培训点，现开设五级（初级工）、四级（中级工）培训班。</p>
<h3>报考条件（以国家职业技能标准2021年版为准）</h3>
<ul><li>五级：累计从事本职业或相关职业工作满1年；或本职业学徒期满。</li>
<li>四级：取得五级证书后累计从事本职业工作满4年，或累计从事本职业工作满6年等。</li></ul>
<p>课时：五级60课时、四级50课时，理论+实操，每班限30人。培训费：五级1280元，四级1680元，认定费按物价部门标准另行收取。
符合条件的参保职工可按规定申领失业保险技能提升补贴（五级1000元、四级1500元），以人社部门审核为准。</p>
<p>证书为职业技能等级证书（非国家职业资格证书），由备案评价机构颁发，""" + OSTA_CHECK + """，亦可登录 jndj.osta.org.cn 核验。
证书样例编号格式：S000035010000254000123（样例，非真实证书）。</p>
<p>""" + EXAM_VENUE + """</p>
<p class="contact">咨询电话：0591-87654321 / 139 0591 7788（李老师） 微信：zhihui0591</p>""",
  True, "U01", "福建智汇职业培训学校",
  [("phone", "+8613905917788", "139 0591 7788"), ("phone", "059187654321", "0591-87654321"),
   ("wechat", "zhihui0591", "zhihui0591"), ("uscc", USCC_U01, USCC_U01), ("domain", "zhpx0591.cn", "www.zhpx0591.cn")],
  "training company's own course page, honest wording")
P("zhihui", "enroll.html", "2026年第一期人工智能训练师培训报名须知",
  """<p>第一期开班时间：2026年3月14日（周末班），报名截止3月7日。请携带身份证复印件、工作年限证明、一寸照片2张。</p>
<p>我们不承诺“包过”，认定考试由评价机构组织，理论和技能考核均60分合格。未通过者可参加下一次补考（补考费另计）。</p>
<p>报名方式：加微信 zhihui0591 发送“姓名+报考等级”，或致电13905917788。</p>
<p>本期对应认定批次 2026-FZ-0618。政策咨询可拨打人社服务热线12333。</p>""" + PLACEHOLDER_FORM,
  True, "U01", "智汇职培",
  [("phone", "+8613905917788", "13905917788"), ("wechat", "zhihui0591", "zhihui0591"),
   ("phone", "059187654321", "0591-87654321"), ("uscc", USCC_U01, USCC_U01), ("domain", "zhpx0591.cn", "www.zhpx0591.cn")],
  "enrolment notice on the training company's site")
P("rc58", "post-3381207.html", "【鼓楼】人工智能训练师五级四级培训 正规备案 可申请补贴",
  """<p>发布人：李老师（机构） 区域：鼓楼-五四路</p>
<p>智汇职培人工智能训练师周末班招生，数据标注、算法测试方向，理论+上机实操。五级1280元，四级1680元，参保满一年可申请技能提升补贴。</p>
<p>联系我时请说是在榕城分类信息网看到的，谢谢！ 电话 139-0591-7788 微信同号</p>""",
  True, "U01", "智汇职培",
  [("phone", "+8613905917788", "139-0591-7788")], "classifieds ad of U01")
P("kezhan", "course-70231.html", "人工智能训练师四级（中级工）线下班｜福州鼓楼",
  """<p>机构：榕城智汇教育（福建智汇职业培训学校） 开课地点：福州鼓楼 课时：50 价格：¥1680</p>
<p>课程大纲：数据采集和处理、数据标注、智能系统运维、职业道德与基础知识。结课后参加评价机构组织的认定。</p>
<p>机构官网 www.zhpx0591.cn 机构电话 (0591)8765-4321</p>""",
  True, "U01", "榕城智汇教育",
  [("phone", "059187654321", "(0591)8765-4321"), ("domain", "zhpx0591.cn", "www.zhpx0591.cn")],
  "marketplace listing of U01 under a different brand")

# ----- U02 厦门鹭岛数智教育 (dishonest: 包过, 人社部颁发, 三级零基础)
P("rc58", "post-3390455.html", "人工智能训练师证 三级 零基础 包过 人社部颁发 可查",
  """<p>发布人：小鹭老师 区域：福州全市/厦门可远程</p>
<p>鹭岛数智教育！人工智能训练师三级，不限学历不限经验，零基础直接报，一次拿证，包过不过全退！人社部颁发，全国通用，入库可查。</p>
<p>报名就送AI绘画课程，名额有限。联系：186 5920 3366 V：ludao_ai66</p>
<p>""" + JINSHUJU + """LdAi26 填表即可锁定名额</p>""",
  True, "U02", "鹭岛数智教育",
  [("phone", "+8618659203366", "186 5920 3366"), ("wechat", "ludao_ai66", "ludao_ai66")],
  "classifieds ad with 包过 / 人社部颁发 / 零基础三级")
P("wenda", "q-58213.html", "人工智能训练师证好考吗？没有工作经验能报三级吗？",
  """<div class="question"><p>问：在厦门做客服，想考个人工智能训练师，没有相关工作经验能直接报三级吗？</p></div>
<div class="answer"><p>答主：数智AI学院-顾问 （回答于2026-01-12）</p>
<p>可以的亲，我们这边三级不需要工作年限，材料我们帮你准备，考试有题库包过，45天拿证。证书是人社部颁发的，加薇 ludao_ai66 详聊，或者扣扣 2839046617。</p></div>""",
  True, "U02", "数智AI学院",
  [("wechat", "ludao_ai66", "ludao_ai66"), ("qq", "2839046617", "2839046617")],
  "Q&A answer used as an ad; promises 包过 and ignores eligibility ladder")
P("shua", "v-7723019.html", "AI训练师月入过万？三个证一起拿！",
  """<p class="author">@厦门小鹭老师 · 1.2万获赞</p>
<p class="desc">90%小白都能学会！人工智能训练师三级+二级+一级一起报，原价9999限时1999，人社部颁发。主页V：LuDao_AI66 私信发资料 Q：2839 0466 17</p>
<p>电话：１８６５９２０３３６</p>""",
  True, "U02", "小鹭老师",
  [("wechat", "ludao_ai66", "LuDao_AI66"), ("qq", "2839046617", "2839 0466 17"),
   ("phone", "+8618659203366", "１８６５９２０３３６")],
  "short video selling three levels at once")
P("ludao", "thread-209311.html", "【分享】拿到人工智能训练师证了，顺便给大家推荐下机构",
  """<p>楼主：鹭岛数智-阿鹭</p>
<p>之前完全不懂AI，报了鹭岛数智的班，一个月就拿证了，真的是包过的。现在还可以挂靠，一年躺赚两三万。需要的直接电话18659203366，qq 2839046617。</p>""",
  True, "U02", "鹭岛数智",
  [("phone", "+8618659203366", "18659203366"), ("qq", "2839046617", "2839046617")],
  "forum 'testimonial' post with 挂靠 lure")

# ----- U03 "中科智培人才评价中心" (fake authority, fake query site)
P("kezhan", "course-70412.html", "人工智能训练师（高级技师）证书直通车 免考可选",
  """<p>机构：中科智培（北京）人才评价中心 价格：¥3980/证 三证同报 ¥6800</p>
<p>国家级证书，人社部颁发，官方指定培训机构。一级/二级/三级均可报，无需工作年限，可免考核直接发证。
证书官网可查：www.zkrcpj.org.cn（全国人才评价证书查询平台）。</p>
<p>咨询热线：400-826-9155</p>
<p>课程编号：13800296541（下单请备注课程编号）</p>""",
  True, "U03", "中科智培（北京）人才评价中心",
  [("phone", "4008269155", "400-826-9155"), ("domain", "zkrcpj.org.cn", "www.zkrcpj.org.cn")],
  "marketplace listing: 免考, 人社部颁发, price per certificate, fake query domain")
P("wxwz", "a-20260105-ai.html", "重磅！人工智能训练师证书即将收紧，2026年最后一批平价报名",
  """<p class="src">原创 AI人才认证服务中心 公众号：AI人才认证 2026-01-05 转载自微信</p>
<p>人社部证书退出后，哪家证书来接盘？据内部信息，人工智能训练师证书明年将大幅提高门槛，现在报名可享“老政策”，高级技师也能直接申报。</p>
<p>证书由中科智培人才评价中心颁发，国家认可，官方认证，落户积分、职称评定均可使用。</p>
<p>报名热线4008269155 客服微信：zkzp-kefu</p>""",
  True, "U03", "AI人才认证服务中心",
  [("phone", "4008269155", "4008269155"), ("wechat", "zkzp-kefu", "zkzp-kefu")],
  "repost of an urgency-style scam article")
P("shua", "v-7731550.html", "证书查询教程：你的AI训练师证是真的吗？",
  """<p class="author">@中科智培证书服务 · 3402获赞</p>
<p class="desc">教大家查证书：打开我们的查询平台输入身份证号就能查到！没有证书的抓紧报名，二级一级都能办。加客服 ZKZP-KEFU 备注“抖音”。</p>""",
  True, "U03", "中科智培证书服务",
  [("wechat", "zkzp-kefu", "ZKZP-KEFU")], "short video pushing a fake query site")
P("wenda", "q-58377.html", "人工智能训练师证书在哪里查询真伪？",
  """<div class="question"><p>问：别人给我的人工智能训练师证书，怎么查真假？</p></div>
<div class="answer"><p>答主：人才评价老师 （回答于2026-02-03）</p>
<p>登录全国人才评价证书查询平台 zkrcpj.org.cn/cx 输入姓名和身份证号即可。我们中心也可以代办一至五级，有需要加QQ 3187265590。</p></div>
<div class="answer"><p>答主：热心网友</p><p>别信上面的，官方查询是 zscx.osta.org.cn，其他所谓“全国查询平台”要小心。</p></div>""",
  True, "U03", "人才评价老师（中科智培）",
  [("domain", "zkrcpj.org.cn", "zkrcpj.org.cn/cx"), ("qq", "3187265590", "3187265590")],
  "Q&A answer pushing fake query domain")

# ----- U04 福州云启科技 (招聘式培训 / 培训贷)
P("hxjob", "job-551204.html", "招聘：AI训练师（数据标注） 8000-15000元/月 无经验可",
  """<p>福州云启科技有限公司 · 仓山区 · 50-150人 · 计算机软件</p>
<p>岗位职责：图像/文本数据标注、模型结果评测。要求：无经验可，公司提供岗前培训，培训考取人工智能训练师证书后安排上岗。</p>
<p>说明：岗前培训费3980元，可分期，入职后返还。简历投递 HR@yunqi-tech.cn 联系人：王经理 158 8041 2207</p>
<p>统一社会信用代码 """ + USCC_U04 + "</p>" + PLACEHOLDER_FORM,
  True, "U04", "福州云启科技有限公司",
  [("email", "hr@yunqi-tech.cn", "HR@yunqi-tech.cn"), ("phone", "+8615880412207", "158 8041 2207"),
   ("uscc", USCC_U04, USCC_U04)],
  "job ad that is really a paid-training offer (培训费 before placement)")
P("rc58", "post-3401992.html", "急招AI数据标注员 包培训包上岗 月入8千+",
  """<p>发布人：云启AI数据标注基地（企业） 区域：仓山-金山</p>
<p>零基础可做，先培训拿人工智能训练师证再上岗，学费可办分期，协议就业。 联系电话15880412207</p>""",
  True, "U04", "云启AI数据标注基地",
  [("phone", "+8615880412207", "15880412207")], "classifieds: 协议就业 + paid training")
P("ludao", "thread-209876.html", "有在云启做AI标注的吗？他们说培训完包分配",
  """<p>楼主：云启-招生老师</p>
<p>我们这边是正规企业，培训考证后直接签约上岗，名额不多，简历发 hr#yunqi-tech.cn（#换成@），或者打 158-8041-2207 问王经理。</p>""",
  True, "U04", "云启",
  [("email", "hr@yunqi-tech.cn", "hr#yunqi-tech.cn"), ("phone", "+8615880412207", "158-8041-2207")],
  "forum recruitment-post offering training")

# ----- U05 闽数培训 (honest)
P("kezhan", "course-70588.html", "人工智能训练师五级（数据标注员）周末班｜福州台江",
  """<p>机构：闽数培训 价格：¥1180 课时：60 线下+线上回放</p>
<p>适合已从事数据标注、客服质检等相关工作满1年的学员。结课后由备案评价机构组织认定（批次 2026-FZ-0618），""" + OSTA_CHECK + """。不承诺通过率。</p>
<p>""" + EXAM_VENUE + """</p>
<p>机构咨询：0591-83326610 微信 minshu_edu</p>""",
  True, "U05", "闽数培训",
  [("phone", "059183326610", "0591-83326610"), ("wechat", "minshu_edu", "minshu_edu")],
  "honest marketplace listing")
P("wenda", "q-58440.html", "福州哪里有正规的人工智能训练师培训？",
  """<div class="question"><p>问：福州哪里可以考人工智能训练师五级？最好周末上课。</p></div>
<div class="answer"><p>答主：福建闽数科技-课程顾问 （回答于2026-01-20）</p>
<p>我们闽数在台江有周末班。先看自己是否满足五级条件（相关工作满1年）。参保满一年的可以申请技能提升补贴，具体以人社部门为准，可以打12333问。
课程资料可以发邮件到 minshu_edu@163.com 索取，微信 minshu_edu。</p></div>""",
  True, "U05", "福建闽数科技",
  [("email", "minshu_edu@163.com", "minshu_edu@163.com"), ("wechat", "minshu_edu", "minshu_edu")],
  "Q&A answer by an honest seller")
P("hxjob", "job-551390.html", "培训讲师助理（兼招人工智能训练师五级学员）",
  """<p>福建闽数科技有限公司 · 台江区 · 20-50人</p>
<p>招聘讲师助理1名；同时招收人工智能训练师五级培训学员（需相关工作满1年），学费1180元，可申请补贴。</p>
<p>联系电话 (0591) 8332 6610 邮箱 minshu_edu@163.com</p>""",
  True, "U05", "福建闽数科技有限公司",
  [("phone", "059183326610", "(0591) 8332 6610"), ("email", "minshu_edu@163.com", "minshu_edu@163.com")],
  "job post that also recruits course students")

# ----- U06 林老师 (agent, 代报名, 包过)
P("rc58", "post-3392210.html", "代报人工智能训练师 各等级 快速出证",
  """<p>发布人：林老师（个人） 区域：晋安</p>
<p>榕城考证帮，代报各类职业技能等级证，人工智能训练师一到五级都有渠道，快速出证，不过退款。
电话：137 6389 0521 微信：lin_kz521</p>""",
  True, "U06", "榕城考证帮",
  [("phone", "+8613763890521", "137 6389 0521"), ("wechat", "lin_kz521", "lin_kz521")],
  "agent ad: 快速出证, 不过退款")
P("ludao", "thread-210004.html", "求问人工智能训练师证哪里报？", 
  """<p>楼主：lin老师证书咨询</p><p>楼主自问自答一下，本人做考证咨询多年，人工智能训练师走特殊渠道可免培训，有需要vx lin_kz521。</p>""",
  True, "U06", "林老师证书咨询",
  [("wechat", "lin_kz521", "lin_kz521")], "forum self-answer ad")
P("wxwz", "a-20260112-kz.html", "福州考证人注意：这几个证书2026年一定要拿",
  """<p class="src">转载自公众号“榕城考证帮” 2026-01-12</p>
<p>人工智能训练师、健康管理师……（略）想报名的朋友可以联系林老师：13763890521，QQ 761530928，代报名省心省力。</p>""",
  True, "U06", "榕城考证帮",
  [("phone", "+8613763890521", "13763890521"), ("qq", "761530928", "761530928")],
  "repost of a listicle with agent contacts")
P("shua", "v-7740118.html", "三天搞定人工智能训练师证？林老师告诉你",
  """<p class="author">@林老师考证 · 812获赞</p>
<p class="desc">不用上课也能拿证？评论区扣1，或者直接扣 761530928 ，快速出证。</p>""",
  True, "U06", "林老师考证",
  [("qq", "761530928", "761530928")], "short video by the agent")

# ----- U07 厦门智研职业技能培训有限公司 (advertorial, mostly honest but 国家级 wording)
P("hxnews", "2026/0118-zhiyan.html", "数字经济人才缺口大 厦门智研开设人工智能训练师培训",
  """<p class="meta">海峡快报 2026-01-18 【推广】</p>
<p>近日，厦门智研职业技能培训有限公司开设人工智能训练师三级、四级培训班，课程由一线数据标注企业工程师授课，“国家级”师资团队。
据介绍，该公司学员可参加评价机构组织的职业技能等级认定。</p>
<p>报名咨询：0592-5128866 统一社会信用代码：""" + USCC_U07 + "</p>",
  True, "U07", "厦门智研职业技能培训有限公司",
  [("phone", "05925128866", "0592-5128866"), ("uscc", USCC_U07, USCC_U07)],
  "news advertorial for a training company")
P("kezhan", "course-70655.html", "人工智能训练师三级（高级工）｜厦门思明 线下班",
  """<p>机构：智研职培 价格：¥2380 课时：40</p>
<p>报名需持有四级证书并满足年限要求，详见机构官网 xmzhiyan.com。咨询电话 0592 512 8866</p>""",
  True, "U07", "智研职培",
  [("phone", "05925128866", "0592 512 8866"), ("domain", "xmzhiyan.com", "xmzhiyan.com")],
  "marketplace listing")
P("wxwz", "a-20260120-zy.html", "厦门智研：人工智能训练师三级班开课啦",
  """<p class="src">转载自公众号“厦门智研职培” 2026-01-20</p>
<p>本期三级班报名火热。官网：www.xmzhiyan.com 企业信息：厦门智研职业技能培训有限公司（统一社会信用代码""" + USCC_U07 + """）。</p>""",
  True, "U07", "厦门智研",
  [("domain", "xmzhiyan.com", "www.xmzhiyan.com"), ("uscc", USCC_U07, USCC_U07)],
  "repost of the company's own article")

# ----- U08 星标数据工作室 (兼职接单 + 培训费)
P("hxjob", "job-551477.html", "在家兼职AI训练师 日结 手机可做",
  """<p>星标数据工作室 · 福州 · 兼职</p>
<p>AI数据标注兼职，日结200-500。需先考取人工智能训练师证（工作室代报，费用1980元，包过），拿证后派单。QQ:1938475602 手机17750236618</p>
<p>""" + JINSHUJU + """XbSj88</p>""",
  True, "U08", "星标数据工作室",
  [("qq", "1938475602", "1938475602"), ("phone", "+8617750236618", "17750236618")],
  "part-time job lure requiring a paid certificate")
P("rc58", "post-3405530.html", "兼职数据标注 居家办公 需证书",
  """<p>发布人：星标数据（企业） 区域：福州</p>
<p>居家接单，需人工智能训练师证，没证可以帮办，包过。电话 177 5023 6618</p>""",
  True, "U08", "星标数据",
  [("phone", "+8617750236618", "177 5023 6618")], "classifieds version")
P("wenda", "q-58502.html", "做AI数据标注兼职需要什么证书？",
  """<div class="question"><p>问：网上看到AI标注兼职，说要人工智能训练师证，是真的吗？</p></div>
<div class="answer"><p>答主：星标数据-小星</p><p>是的，没证接不到单，我们可以代报，包过。进群了解：群号 735812946，或加QQ1938475602。</p></div>""",
  True, "U08", "星标数据",
  [("qq_group", "735812946", "735812946"), ("qq", "1938475602", "QQ1938475602")],
  "Q&A answer advertising certificate + part-time work")

# ----- U09 阿杰聊AI (influencer course)
P("shua", "v-7752261.html", "普通人怎么靠AI训练师翻身？",
  """<p class="author">@阿杰聊AI · 5.6万获赞</p>
<p class="desc">杰哥AI训练营第8期招生，28天带你拿人工智能训练师证+接单，原价9999限时699。vx：Ajie_AI2024</p>""",
  True, "U09", "阿杰聊AI",
  [("wechat", "ajie_ai2024", "Ajie_AI2024")], "short video course ad")
P("ludao", "thread-210233.html", "杰哥AI训练营第8期，有一起的吗", 
  """<p>楼主：杰思教育助教</p><p>训练营包含考证辅导+接单资源，报名咨询 400 090 3721 或微信 ajie_ai2024。</p>""",
  True, "U09", "杰思教育",
  [("phone", "4000903721", "400 090 3721"), ("wechat", "ajie_ai2024", "ajie_ai2024")],
  "forum post by the influencer's assistant")
P("wxwz", "a-20260201-aj.html", "阿杰：AI训练师是2026年普通人最好的副业",
  """<p class="src">转载自公众号“杰哥AI训练营” 2026-02-01</p>
<p>……训练营学员平均月增收3000+（个例不代表普遍）。商务合作 ajie.ai@qq.com 报名热线 400-090-3721</p>""",
  True, "U09", "杰哥AI训练营",
  [("email", "ajie.ai@qq.com", "ajie.ai@qq.com"), ("phone", "4000903721", "400-090-3721")],
  "repost of influencer article")

# ----- Independents
P("rc58", "post-3407781.html", "晋安 人工智能训练师五级 小班辅导", 
  """<p>发布人：陈女士（个人） 区域：晋安-茶园</p><p>本人有数据标注项目经验，小班辅导五级理论和实操，每人800元，不包过，需满足报考条件。电话15959106623</p>""",
  True, "I01", "陈女士", [("phone", "+8615959106623", "15959106623")], "independent tutor, honest")
P("kezhan", "course-70701.html", "人工智能训练师四级 直播课｜厦门鹭研教育",
  """<p>机构：厦门鹭研教育 价格：¥1480 课时：50（直播）</p><p>咨询电话 0592-2219075。学员需自行向评价机构报名认定。</p>""",
  True, "I02", "厦门鹭研教育", [("phone", "05922219075", "0592-2219075")], "independent marketplace listing")
P("wenda", "q-58611.html", "人工智能训练师四级考什么？",
  """<div class="question"><p>问：四级理论考什么内容？</p></div>
<div class="answer"><p>答主：胡老师AI培训</p><p>四级主要考数据采集和处理、数据标注、智能系统运维。我这边有四级冲刺班，499元，微信 fzhu_ai_px。</p></div>""",
  True, "I03", "胡老师AI培训", [("wechat", "fzhu_ai_px", "fzhu_ai_px")], "independent Q&A answer with offer")
P("hxjob", "job-551602.html", "人工智能训练师培训招生（企业内训学员）", 
  """<p>福建慧标信息技术有限公司 · 鼓楼区</p><p>面向本公司及合作企业员工开设人工智能训练师五级内训班，需满一年相关工作，费用1200元。
报名邮箱 zhaosheng@huibiao.com.cn 电话 180 5011 7743</p>""" + PLACEHOLDER_FORM + "<p>" + JINSHUJU + "HbXx01</p>",
  True, "I04", "福建慧标信息技术有限公司",
  [("email", "zhaosheng@huibiao.com.cn", "zhaosheng@huibiao.com.cn"), ("phone", "+8618050117743", "180 5011 7743")],
  "independent employer training offer")
P("wxwz", "a-20260125-qz.html", "泉州也能考人工智能训练师了", 
  """<p class="src">转载自公众号“泉州AI学习社” 2026-01-25</p><p>泉州AI学习社开设五级、四级班，详情见 qzaixl.cn，微信 qzaixl。</p>""",
  True, "I05", "泉州AI学习社",
  [("domain", "qzaixl.cn", "qzaixl.cn"), ("wechat", "qzaixl", "微信 qzaixl")], "independent repost")
P("shua", "v-7760034.html", "小周带你认识人工智能训练师", 
  """<p class="author">@小周AI培训 · 230获赞</p><p class="desc">五级考证小班，QQ 2471093365，不吹不包过。</p>""",
  True, "I06", "小周AI培训", [("qq", "2471093365", "2471093365")], "independent short video")

# ----- Non-offers
P("rsj", "tzgg/20260108.html", "关于开展2026年度职业技能等级认定工作的通知",
  """<p>各有关单位：根据职业技能等级认定工作规程，现将我区2026年度认定工作安排通知如下。职业技能等级证书由备案评价机构颁发，
可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。政策咨询请拨打12333。</p>
<p>附件：认定批次表（批次号 2026-FZ-0618）</p>""",
  note="official notice")
P("rsj", "tzgg/20260210.html", "关于警惕“山寨证书”和虚假培训广告的提醒",
  """<p>近期有群众反映，个别机构以“人社部颁发”“包过”“免考拿证”为噱头销售人工智能训练师等证书。
请通过 zscx.osta.org.cn 核验证书，发现违法广告可拨打12315投诉，政策咨询拨打12333。
有群众反映号码 170 9652 1234 自称“人社局工作人员”推销证书，本局从未委托任何个人或机构代办。</p>""",
  note="official warning quoting a scam number")
P("hxnews", "2026/0205-warn.html", "“三天拿证、包过”？福州多名市民购买AI训练师证书被骗",
  """<p class="meta">海峡快报记者 2026-02-05</p>
<p>市民张女士通过短视频添加一名“老师”，支付6800元（订单号20251108153322871）后对方失联。对方使用的骗子电话17096521234现已停机。
付款通过支付宝转账，支付宝客服95188提醒：不要向陌生人转账。记者提醒，可拨打12315投诉，证书真伪可登录 zscx.osta.org.cn 查询，
咨询政策请拨12333。</p>""",
  note="news warning")
P("hxnews", "2026/0210-traffic.html", "春节前福州地铁加开夜班车",
  """<p class="meta">海峡快报 2026-02-10</p><p>为方便市民出行，福州地铁1号线、2号线春节前一周延长运营至23:30。</p>""",
  note="unrelated news")
P("ludao", "thread-210401.html", "【曝光】花了3980报AI训练师，说好包过结果连考试都没有",
  """<p>楼主：厦门打工人阿成</p>
<p>在网上找的机构，一直说人社部颁发，在课栈上买的课程编号13800296541，交了钱就拉黑了。订单号 20251108153322871，已经打12315投诉。对方号码17096521234，大家小心！
付款时用的是支付宝，打了95188也没用。</p>""",
  note="complaint thread",
  comments=["网友xiaoyu_9527：我的微信 xiaoyu_9527 ，同被骗，拉个群维权", "网友鹭岛老王：支持维权"])
P("wenda", "q-58700.html", "人工智能训练师证书是国家职业资格证书吗？",
  """<div class="question"><p>问：人工智能训练师证书是不是国家职业资格证书？</p></div>
<div class="answer"><p>答主：人力资源从业者</p><p>不是。2019年后它属于职业技能等级证书，由人社部门备案的评价机构颁发，可在 zscx.osta.org.cn 查询，
证书编号一般为22位，如 S000035010000254000123 这样的格式。凡是说“人社部颁发”“包过”的都要警惕，有疑问打12333。</p></div>""",
  note="guide answer, no offer",
  comments=["网友小鱼：谢谢科普！有带五级的可以加我 xiaoyu_9527"])
P("hxjob", "job-551700.html", "数据标注员（全职，不收任何费用）",
  """<p>厦门某科技公司 · 湖里区</p><p>招聘数据标注员5名，月薪5000-7000，入职后公司内部培训，不收取任何费用。简历请通过本平台投递。</p>""" + PLACEHOLDER_FORM,
  note="genuine job without training sale")

# ---------------------------------------------------------------- decoys
DECOYS = [
    dict(kind="phone", value="12333", written=["12333"], why="人社 public hotline quoted by sellers, notices and guides"),
    dict(kind="phone", value="12315", written=["12315"], why="market-regulation complaint hotline"),
    dict(kind="domain", value="zscx.osta.org.cn", written=["zscx.osta.org.cn"], why="official certificate query site"),
    dict(kind="domain", value="jndj.osta.org.cn", written=["jndj.osta.org.cn"], why="official query URL printed on certificates"),
    dict(kind="phone", value="4008605858", written=["400-860-5858"], why="classifieds platform customer-service footer"),
    dict(kind="email", value="kefu@rc58.cn", written=["kefu@rc58.cn"], why="classifieds platform e-mail footer"),
    dict(kind="domain", value="rc58.cn", written=["rc58.cn"], why="classifieds platform's own domain"),
    dict(kind="other", value="闽ICP备16023817号-1", written=["闽ICP备16023817号-1"], why="classifieds platform ICP"),
    dict(kind="email", value="service@kezhan.net.cn", written=["service@kezhan.net.cn"], why="marketplace service e-mail footer"),
    dict(kind="phone", value="05923105577", written=["0592-3105577"], why="marketplace customer-service footer"),
    dict(kind="qq_group", value="516273849", written=["516273849"], why="Q&A site's official user QQ group in footer"),
    dict(kind="qq", value="800043518", written=["800043518"], why="forum site-admin QQ in footer"),
    dict(kind="phone", value="05922276110", written=["0592-2276110"], why="forum abuse-report number in footer"),
    dict(kind="phone", value="059187279900", written=["0591-87279900"], why="job board service hotline footer"),
    dict(kind="email", value="kf@hxrc.com.cn", written=["kf@hxrc.com.cn"], why="job board footer e-mail"),
    dict(kind="wechat", value="wxwh_bianji", written=["wxwh_bianji"], why="repost site's editor WeChat in footer"),
    dict(kind="phone", value="4001399899", written=["4001-399-899"], why="short-video platform service hotline"),
    dict(kind="domain", value="shuashua.tv", written=["shuashua.tv"], why="short-video platform domain"),
    dict(kind="phone", value="059187095555", written=["0591-87095555"], why="news site hotline footer"),
    dict(kind="phone", value="+8617096521234", written=["17096521234", "170 9652 1234"],
         why="scam number quoted in news, official warning and complaint"),
    dict(kind="phone", value="95188", written=["95188"], why="Alipay customer service, a payment platform"),
    dict(kind="other", value="20251108153322871", written=["20251108153322871"], why="order number in a complaint"),
    dict(kind="phone", value="+8613800296541", written=["13800296541"], why="marketplace course number that looks like a mobile"),
    dict(kind="other", value="S000035010000254000123", written=["S000035010000254000123"],
         why="sample certificate number shown by a seller and a guide"),
    dict(kind="phone", value="+8613800138000", written=["13800138000"], why="template placeholder in lead forms"),
    dict(kind="wechat", value="wxid_xxxxxx", written=["wxid_xxxxxx"], why="template placeholder in lead forms"),
    dict(kind="wechat", value="xiaoyu_9527", written=["xiaoyu_9527"], why="a reader's own WeChat in comments"),
    dict(kind="phone", value="059122863100", written=["0591-22863100"], why="exam venue front desk quoted by two sellers"),
    dict(kind="domain", value="jinshuju.net", written=["jinshuju.net"], why="third-party form tool used by several sellers"),
    dict(kind="other", value="2026-FZ-0618", written=["2026-FZ-0618"], why="assessment batch number"),
]

# ---------------------------------------------------------------- rendering
CSS = {
    "rc58": "body{font:14px sans-serif;background:#f5f5f5}.hd{background:#ff552e;color:#fff}",
    "kezhan": "body{font:14px 'PingFang SC';background:#fff}.hd{background:#1a73e8;color:#fff}",
    "wenda": "body{font:15px serif}.hd{background:#2e7d32;color:#fff}.answer{border-top:1px solid #ddd}",
    "ludao": "body{font:12px Tahoma;background:#e8eef7}.hd{background:#336699;color:#fff}",
    "hxjob": "body{font:14px sans-serif}.hd{background:#0b5ed7;color:#fff}",
    "zhihui": "body{font:15px 'Microsoft YaHei'}.hd{background:#b71c1c;color:#ffd54f}",
    "wxwz": "body{font:16px sans-serif;max-width:680px;margin:auto}.src{color:#888}",
    "shua": "body{background:#111;color:#eee}.desc{font-size:18px}",
    "rsj": "body{font:14px SimSun}.hd{background:#c00;color:#fff}",
    "hxnews": "body{font:16px serif}.meta{color:#666}",
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rel(from_path, to_path):
    # all links absolute from site root: simple and crawlable
    return to_path


def frame(site, title, crumbs, main, related):
    s = SITES[site]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (site, m) if i == 0 else "<span>%s</span>" % m
                      for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(crumbs)
    rl = "".join('<li><a href="%s">%s</a></li>' % (p, esc(t)) for p, t in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title><style>%s</style></head>
<body>
<div class="hd"><a href="/index.html">导航</a> <b>%s</b> <nav>%s</nav></div>
<div class="crumbs">%s</div>
<div class="wrap"><div class="main"><h1>%s</h1>
%s
</div>
<aside class="side"><h4>相关推荐</h4><ul>%s</ul></aside></div>
<div class="ft">%s</div>
</body></html>
""" % (esc(title), esc(s["name"]), CSS[site], esc(s["name"]), menu, crumb, esc(title), main, rl, esc(s["footer"]))


def build():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    out = {}
    for site, plist in by_site.items():
        home = "/%s/index.html" % site
        for i, p in enumerate(plist):
            related = [(q["path"], q["title"]) for q in plist if q is not p][:4]
            main = p["body"]
            if p["comments"]:
                main += '<div class="comments"><h4>评论</h4>' + "".join("<p>%s</p>" % c for c in p["comments"]) + "</div>"
            crumbs = ['<a href="%s">%s</a>' % (home, esc(SITES[site]["name"])), esc(p["title"][:16])]
            out[p["path"]] = frame(site, p["title"], crumbs, main, related)
        items = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in plist)
        idx_main = "<p>%s</p><ul class=\"list\">%s</ul>" % (esc(SITES[site]["style"]), items)
        out[home] = frame(site, SITES[site]["name"] + " 首页", [esc(SITES[site]["name"])], idx_main,
                          [(q["path"], q["title"]) for q in plist[:3]])
    hub_items = "".join('<li><a href="/%s/index.html">%s</a> — %s</li>' % (k, esc(v["name"]), esc(v["style"]))
                        for k, v in SITES.items())
    out["/index.html"] = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航 · 福州厦门一周搜索</title></head>"
                          "<body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % hub_items)
    for path, html in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    pages = []
    meta = {p["path"]: p for p in PAGES}
    for path in sorted(out):
        p = meta.get(path)
        if p:
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["identifiers"], note=p["note"]))
        else:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub page" if path == "/index.html" else "site index page"))
    operators = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = operators.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for d in DECOYS:
        dp = sorted(path for path, html in out.items() if any(w in html for w in d["written"]))
        decoys.append(dict(kind=d["kind"], value=d["value"], written=d["written"], pages=dp, why=d["why"]))
    truth = dict(pages=pages, operators=dict(sorted(operators.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build()
