#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(head8, org8):
    """head8 = registration authority + kind + area code; org8 = first 8 chars of 组织机构代码."""
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(org8, W9))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = head8 + org8 + oc
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W18)) % 31
    return body + ALPHA[0 if r == 31 else r]


# ---------------------------------------------------------------- operators
US_U01 = uscc("52210103", "MJ083417")   # 民办非企业 (training school), 沈阳沈河
US_U03 = uscc("91110108", "MA01KX7T")   # 北京 company with a state-sounding name
US_U09 = uscc("91210231", "MA0Y4R2C")   # 大连高新区 company
US_FL = uscc("91210102", "MA0P6H3D")    # classifieds platform company (decoy)
US_U06 = uscc("12210200", "46432115")   # 事业单位 college

# ---------------------------------------------------------------- site frames
SITES = {
    "fenlei": dict(name="辽沈分类网", style="classifieds",
        menu=["首页", "招聘", "二手", "教育培训", "技能证书", "本地服务"],
        side="<h4>热门城市</h4><p>沈阳 · 大连 · 鞍山 · 抚顺 · 锦州 · 营口</p><h4>安全提示</h4><p>凡是先收费再发证、声称“内部渠道”的均为骗局。</p>",
        foot="辽沈分类网 lsfenlei.com 客服热线:400-860-2451 客服邮箱:kefu@lsfenlei.com 辽ICP备17003382号-1 运营主体:沈阳辽沈信息技术有限公司 统一社会信用代码 " + US_FL),
    "school": dict(name="沈阳市智训职业培训学校", style="training-school",
        menu=["学校首页", "学校概况", "培训项目", "师资力量", "报名须知", "联系我们"],
        side="<h4>报名咨询</h4><p>招生办 王老师<br>电话:024-3125 6870<br>手机:13940562218</p><h4>办学许可</h4><p>民办学校办学许可证 教民121010300112号</p>",
        foot="沈阳市智训职业培训学校 地址:沈阳市沈河区青年大街186号 咨询电话:024-31256870 网址:www.sy-zhixun.cn 统一社会信用代码:" + US_U01 + " 辽ICP备20011862号"),
    "video": dict(name="抖趣短视频", style="short-video",
        menu=["推荐", "关注", "同城·沈阳", "同城·大连", "直播", "搜索"],
        side="<h4>相关搜索</h4><p>人工智能训练师怎么考 · 数据标注员 · AI证书有用吗 · 三级人工智能训练师</p>",
        foot="抖趣短视频 douqu-video.cn 违法和不良信息举报:jubao@douqu-video.cn 京ICP备18055217号-3 未成年人举报热线 010-57209931"),
    "notes": dict(name="小鹿笔记", style="notes",
        menu=["发现", "附近", "职场", "学习", "消息", "我"],
        side="<h4>大家都在搜</h4><p>人工智能训练师证书 · 沈阳考证 · 大连考证 · 避雷</p>",
        foot="小鹿笔记 xiaolubiji.com 沪ICP备19024411号-2 违法不良信息举报 jubao@xiaolubiji.com"),
    "news": dict(name="辽沈晚讯网", style="news",
        menu=["首页", "时政", "民生", "教育", "财经", "曝光台"],
        side="<h4>24小时热点</h4><ul><li>沈阳地铁6号线最新进展</li><li>大连今年高考报名开始</li><li>警惕“考证包过”骗局</li></ul>",
        foot="辽沈晚讯网 lswanxun.com 新闻热线:024-22531190 爆料邮箱 baoliao@lswanxun.com 辽ICP备09004127号"),
    "college": dict(name="辽宁滨海职业技术学院", style="college",
        menu=["学院首页", "学院概况", "继续教育", "社会培训", "招生就业", "信息公开"],
        side="<h4>继续教育学院</h4><p>社会培训 · 职业技能等级认定 · 企业定制培训</p><p>学院总机:0411-87561000</p>",
        foot="辽宁滨海职业技术学院 地址:大连市甘井子区营城子滨海路88号 学院总机:0411-87561000 jxjy.lnbhvtc.edu.cn 辽ICP备05007718号 统一社会信用代码 " + US_U06),
    "market": dict(name="学趣课堂", style="course-marketplace",
        menu=["全部课程", "职业技能", "IT互联网", "考证", "机构入驻", "我的课程"],
        side="<h4>平台保障</h4><p>7天无理由退款 · 平台担保交易</p><p>学员交流QQ群:625713048</p>",
        foot="学趣课堂 xuequketang.com 平台客服:4006-177-288 service@xuequketang.com 学员交流QQ群:625713048 浙ICP备16031852号-1"),
    "forum": dict(name="滨城论坛", style="forum",
        menu=["论坛首页", "大连生活", "求职招聘", "教育考证", "曝光投诉", "站务"],
        side="<h4>版规</h4><p>禁止发布广告,违者删帖封号。发现骗子请到曝光投诉版。</p><p>站务QQ:1549230087</p>",
        foot="滨城论坛 bcbbs.cn 站务QQ:1549230087 官方公众号:bcbbs_dl 辽ICP备11008853号"),
    "rsj": dict(name="沈阳市人力资源和社会保障局(信息公开)", style="government-notice",
        menu=["首页", "政务公开", "通知公告", "政策解读", "办事服务", "互动交流"],
        side="<h4>便民服务</h4><p>人社服务热线 12333</p><p>证书查询:zscx.osta.org.cn</p>",
        foot="主办:沈阳市人力资源和社会保障局 地址:沈阳市沈河区市府大路260号 咨询电话 12333 辽ICP备05001357号"),
    "wx": dict(name="微读网·公众号文章转载", style="wechat-repost",
        menu=["首页", "职场", "教育", "本地", "热文", "投稿"],
        side="<h4>本文来源</h4><p>以下文章转载自微信公众号,版权归原作者所有。</p>",
        foot="微读网 weidu8.com 转载文章仅供阅读,如有侵权请联系 tougao@weidu8.com 删除 豫ICP备20019944号"),
    "qa": dict(name="知问问答", style="qa",
        menu=["首页", "问题", "话题", "专栏", "提问"],
        side="<h4>相关问题</h4><ul><li>人工智能训练师三级好考吗?</li><li>数据标注员证书有用吗?</li><li>沈阳哪里能考AI证?</li></ul>",
        foot="知问问答 zhiwenwenda.com 用户协议 · 隐私政策 · 举报邮箱 report@zhiwenwenda.com 京ICP备17066431号"),
}

PAGES = []   # dicts: path, site, title, crumb, body, is_offer, operator, provider, ids, note, related


def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    site = path.strip("/").split("/")[0]
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note,
                      crumb=crumb or title))


def comments(items):
    out = "<div class='comments'><h3>评论 (%d)</h3>" % len(items)
    for who, txt in items:
        out += "<div class='cmt'><b>%s</b>:%s</div>" % (who, txt)
    return out + "</div>"

# ======================================================== fenlei (classifieds)
page("/fenlei/sy-jiaoyu-5811263.html", "【智训教育】人工智能训练师四级/三级 沈阳实体校区 周末班 可申请技能提升补贴",
"""<div class='post'><p class='meta'>沈阳-沈河 | 教育培训-职业技能 | 发布:智训教育 | 浏览 1286</p>
<p>人工智能训练师(职业编码4-04-05-05)四级、三级培训,沈河区青年大街实体校区,理论+实操,周末班/晚班。</p>
<p>符合条件的参保职工取证后可按规定申领失业保险技能提升补贴(四级最高1500元、三级最高2000元),以人社部门审核为准。</p>
<p>报名条件:四级需五级证书满4年或相关工作满6年,具体由招生老师核对。不承诺包过。</p>
<p>考点:沈阳市技师学院考点(前台 024-8611 5023 只负责考务,报名请找我们)。</p>
<p>联系:王老师 139-4056-2218(同微信) 学校座机 024-31256870</p>
<p>证书可在 zscx.osta.org.cn 查询。</p></div>""",
True, "U01", "智训教育", [["phone", "+8613940562218", "139-4056-2218"], ["phone", "02431256870", "024-31256870"]],
"U01 classified ad (Shenyang school under short brand)")

page("/fenlei/dl-zhengshu-6620147.html", "大连 人工智能训练师证 零基础直接报三级 人社部颁发 国家职业资格证书 包过!!",
"""<div class='post'><p class='meta'>大连-中山 | 教育培训-考证 | 个人 | 浏览 3921</p>
<p>🔥国家紧缺人才!人工智能训练师 零基础 不限学历 不限经验 直接报三级(高级工)!</p>
<p>人社部颁发 国家职业资格证书 全国通用 终身有效 官网可查!</p>
<p>包过!不过全额退!一次报考 五级+四级+三级 三证联报更优惠,只要3980!</p>
<p>证书可挂靠企业,年入2万+。名额有限,今天报名送AIGC证书。</p>
<p>报名请加V:DF-EDU668 或直接打 15241136690 找刘老师</p>
<p>报名表填写:jinshuju.net/f/Lq8Zte</p></div>""",
True, "U02", "鼎峰教育", [["phone", "+8615241136690", "15241136690"], ["wechat", "df-edu668", "DF-EDU668"]],
"U02 scam classified: 零基础直报三级, 人社部颁发, 包过, 三证联报, 挂靠")

page("/fenlei/dl-peixun-6703388.html", "海之韵职业技能培训中心 人工智能训练师(数据标注员)五级/四级 大连沙河口 小班授课",
"""<div class='post'><p class='meta'>大连-沙河口 | 教育培训-职业技能 | 商家 | 浏览 742</p>
<p>大连海之韵职业技能培训中心开设人工智能训练师(工种:数据标注员)五级、四级培训。五级参考学时60,四级50。</p>
<p>本期对应辽宁省认定计划编号15240010063,考试由备案评价机构组织,理论+操作技能两部分,各60分合格。</p>
<p>学费:五级1680元,四级2280元(含教材,不含认定费)。</p>
<p>咨询电话:0411-8467 2035 手机 186 4271 9053</p></div>""",
True, "U04", "大连海之韵职业技能培训中心", [["phone", "041184672035", "0411-8467 2035"], ["phone", "+8618642719053", "186 4271 9053"]],
"U04 honest classified")

page("/fenlei/sy-zhaopin-5990412.html", "【招聘】AI数据标注员 可居家 需先考人工智能训练师证 培训后安排工作 月入8000+",
"""<div class='post'><p class='meta'>沈阳-浑南 | 招聘-兼职 | 启航AI | 浏览 5120</p>
<p>启航AI数据标注基地大量招数据标注员,无经验可,宝妈学生均可,居家办公!</p>
<p>上岗前需考取人工智能训练师证书(我们负责培训+报考),费用2680,考完协议就业,安排派单,月入8000+。</p>
<p>证书也可挂靠给合作企业每年拿补贴。</p>
<p>面试请加QQ:2876530112 或微信 qihang_ai2025</p></div>""",
True, "U05", "启航AI数据标注基地", [["qq", "2876530112", "2876530112"], ["wechat", "qihang_ai2025", "qihang_ai2025"]],
"U05 job-bait classified: 培训贷式招聘, 协议就业, 挂靠")

page("/fenlei/sy-zhengshu-6010925.html", "加急办 人工智能训练师证 不用考试 7天出证 二级三级都有",
"""<div class='post'><p class='meta'>沈阳-铁西 | 本地服务-证件 | 个人 | 浏览 2247</p>
<p>人工智能训练师 二级技师 三级高级工 免培训 免考试 7天出证,全国联网可查,内部渠道名额。</p>
<p>证书编号示例 S000021010001253000001 ,可先看证后付款。</p>
<p>付款走支付宝担保,有问题可打支付宝客服95188核实。</p>
<p>联系 一七六 4028 3351(电话) 扣扣1937460582</p></div>""",
True, "U08", "速证通", [["phone", "+8617640283351", "一七六 4028 3351"], ["qq", "1937460582", "1937460582"]],
"U08 certificate-mill classified: 免培训免考试, 内部渠道")

page("/fenlei/dl-jiajiao-6691270.html", "个人辅导 人工智能训练师四级理论+实操 大连甘井子 一对一",
"""<div class='post'><p class='meta'>大连-甘井子 | 教育培训-家教 | 个人 | 浏览 188</p>
<p>本人在某互联网公司做数据标注质检五年,已取得人工智能训练师三级证书,可一对一辅导四级理论和实操(数据采集和处理、数据标注、智能系统运维)。</p>
<p>只辅导,不代报名,不保证通过。每次2小时200元。</p>
<p>联系方式:赵先生 155-0411-3726</p></div>""",
True, "I01", "赵先生(个人辅导)", [["phone", "+8615504113726", "155-0411-3726"]],
"I01 individual tutor")

# ======================================================== school (U01 own site)
page("/school/xiangmu-rgzn.html", "人工智能训练师(4-04-05-05)五级/四级培训招生简章",
"""<div class='article'><h2>人工智能训练师职业技能等级培训招生简章(2025年秋季)</h2>
<p>依据《人工智能训练师国家职业技能标准(2021年版)》,本校开设五级(初级工)、四级(中级工)培训班,工种:数据标注员。</p>
<table border='1'><tr><th>等级</th><th>学时</th><th>培训费</th></tr><tr><td>五级</td><td>60</td><td>1580元</td></tr><tr><td>四级</td><td>50</td><td>1980元</td></tr></table>
<p>认定由辽宁省备案的评价机构组织,证书为职业技能等级证书(不是国家职业资格证书),可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。</p>
<p>考点:沈阳市技师学院考点,前台电话 024-8611 5023(仅考务)。</p>
<p>报名咨询:招生办王老师 13940562218,微信 zxpx_wang;学校电话(024)31256870。</p></div>""",
True, "U01", "沈阳市智训职业培训学校", [["phone", "+8613940562218", "13940562218"], ["wechat", "zxpx_wang", "zxpx_wang"], ["phone", "02431256870", "(024)31256870"], ["phone", "02431256870", "024-31256870"], ["domain", "sy-zhixun.cn", "www.sy-zhixun.cn"], ["uscc", US_U01, US_U01]],
"U01 own site enrolment brochure (honest)")

page("/school/banji-siji.html", "四级人工智能训练师 周末实操班 第12期 开始报名",
"""<div class='article'><h2>四级周末实操班 第12期</h2>
<p>开课时间:每周六、周日 9:00-16:00,共7周。内容:数据采集和处理、数据标注、智能系统运维。</p>
<p>参保职工取证后可申请失业保险技能提升补贴(四级最高1500元),学校协助准备材料,能否领取以人社部门审核为准。</p>
<p>咨询:王老师 139 4056 2218(微信同号),或来校面谈。</p></div>""",
True, "U01", "沈阳市智训职业培训学校", [["phone", "+8613940562218", "139 4056 2218"], ["phone", "02431256870", "024-31256870"], ["domain", "sy-zhixun.cn", "www.sy-zhixun.cn"], ["uscc", US_U01, US_U01]],
"U01 own site class page")

# ======================================================== video (short-video)
page("/video/v7290015533.html", "沈阳想考AI证的看过来 智训AI学院",
"""<div class='video'><div class='player'>[视频 00:47]</div><p class='caption'>@沈阳智训AI学院:人工智能训练师到底是个啥?四级怎么报?评论区扣“1”,私信发你报名条件 #人工智能训练师 #沈阳考证</p>
<p class='pinned'>置顶评论 @沈阳智训AI学院:咨询王老师 V:zxpx_wang 或 139 4056 2218</p></div>""" + comments([("小胖不胖", "1"), ("沈阳二姐", "补贴是真的吗"), ("沈阳智训AI学院", "回复 沈阳二姐:参保满一年可以申请,以人社审核为准")]),
True, "U01", "沈阳智训AI学院", [["wechat", "zxpx_wang", "zxpx_wang"], ["phone", "+8613940562218", "139 4056 2218"]],
"U01 short-video caption + pinned comment")

page("/video/v7291840026.html", "AI证书 人社部颁发 零基础三级 包过",
"""<div class='video'><div class='player'>[视频 00:31]</div><p class='caption'>@鼎峰AI证书:人社部颁发‼️人工智能训练师三级 零基础包过 ✅官网可查 ✅补贴后几乎免费 原价9999限时3980 🔥三证联报 私信or➕VX:df_edu668(备用) 主号 Df-Edu668</p></div>""" + comments([("大连小鱼", "真的假的"), ("鼎峰AI证书", "回复 大连小鱼:真的,已经帮三千多人拿证,电话152 4113 6690")]),
True, "U02", "鼎峰AI证书", [["wechat", "df-edu668", "Df-Edu668"], ["wechat", "df_edu668", "df_edu668"], ["phone", "+8615241136690", "152 4113 6690"]],
"U02 scam short-video (backup WeChat df_edu668)")

page("/video/v7293305118.html", "宝妈居家做AI数据标注 月入过万",
"""<div class='video'><div class='player'>[视频 01:02]</div><p class='caption'>@启航AI·数据标注:宝妈在家做数据标注,一单几十,先考个人工智能训练师证就能接单,我们培训+推荐派单,协议就业 90%小白都能学会 进群🐧813204576</p></div>""" + comments([("乐乐妈", "想做,怎么联系 我微信lele_mama0411"), ("启航AI·数据标注", "回复 乐乐妈:加Q 2876 530 112 详聊")]),
True, "U05", "启航AI·数据标注", [["qq_group", "813204576", "813204576"], ["qq", "2876530112", "2876 530 112"]],
"U05 job-bait short video; reader WeChat in comments")

page("/video/v7295001746.html", "沈阳优学汇 AI训练师四级课 直播答疑",
"""<div class='video'><div class='player'>[直播回放 12:40]</div><p class='caption'>@优学汇刘老师:四级人工智能训练师理论要点串讲,学员课在学趣课堂店铺“优学汇”,想线下上课的沈阳同学加vx yxh_SYlaoshi,电话135-0492-5718</p>
<p>考点一般在沈阳市技师学院考点,前台024-8611 5023只管考场,报名别打那个电话。</p></div>""" + comments([("铁西老李", "收藏了")]),
True, "U07", "优学汇", [["wechat", "yxh_sylaoshi", "yxh_SYlaoshi"], ["phone", "+8613504925718", "135-0492-5718"]],
"U07 short-video live replay caption")

page("/video/v7296120457.html", "大连智云科技 AIGC+人工智能训练师 双证班",
"""<div class='video'><div class='player'>[视频 00:58]</div><p class='caption'>@智云AI学堂:AIGC应用+人工智能训练师 双证班,大连高新区线下+线上,双证合报立减600,详情见官网 zhiyun-dl.com 或拨打 130 7985 1246 #大连 #AI证书</p></div>""" + comments([("星海湾的风", "多少钱"), ("智云AI学堂", "回复 星海湾的风:双证3680,可分期")]),
True, "U09", "智云AI学堂", [["domain", "zhiyun-dl.com", "zhiyun-dl.com"], ["phone", "+8613079851246", "130 7985 1246"]],
"U09 short-video: 双证 bundle")

page("/video/v7297782030.html", "我是怎么自学考过人工智能训练师四级的",
"""<div class='video'><div class='player'>[视频 03:15]</div><p class='caption'>@阿泽聊AI:自学考四级分享。我自己整理了一套四级实操练习包,99元,需要的私我,或者加我微信 aze_ai_notes。不包过,但题型覆盖全。</p></div>""" + comments([("开心果", "求资料"), ("阿泽聊AI", "回复 开心果:已私")]),
True, "I05", "阿泽聊AI", [["wechat", "aze_ai_notes", "aze_ai_notes"]],
"I05 individual selling study pack")

# ======================================================== notes
page("/notes/n-64f2a9c1.html", "姐妹们 AI训练师证真的香!人社部颁发 我零基础直接三级",
"""<div class='note'><p>坐标大连,完全零基础,报了鼎峰的人工智能训练师三级,没上几节课就拿证了✨人社部颁发的国家职业资格证书,官网可查,包过的!</p>
<p>现在还能挂靠拿钱💰 想了解的姐妹🔍vx:df-edu668(备注小鹿)</p>
<p>报名表戳 jinshuju.net 那个链接问客服要~</p><p>#人工智能训练师 #大连考证 #副业</p></div>""" + comments([("小鹿用户8832", "求链接"), ("不吃香菜", "这个是广告吧")]),
True, "U02", "鼎峰", [["wechat", "df-edu668", "df-edu668"]],
"U02 seeded 'user experience' note")

page("/notes/n-65a013d7.html", "宝妈副业|数据标注真的能赚钱吗(附入门方法)",
"""<div class='note'><p>沈阳宝妈,去年开始做数据标注。先说结论:能赚,但没广告说的那么多。</p>
<p>我是在启航AI那边培训的,要先考人工智能训练师证,培训费2680。想入门的可以进他们的群 813204576 或者加他们老师 QQ:2876530112。</p>
<p>(模板:如需对接请联系 13800138000)</p></div>""" + comments([("宝妈一枚", "2680有点贵")]),
True, "U05", "启航AI", [["qq_group", "813204576", "813204576"], ["qq", "2876530112", "2876530112"]],
"U05 advertorial note (with template placeholder phone left in)")

page("/notes/n-66b7e540.html", "急用证的看!人工智能训练师 免考快速拿证",
"""<div class='note'><p>需要人工智能训练师证评职称、落户的宝子看过来,免培训免考试,二级三级一起报,7天拿证,可查!</p>
<p>证书编号示例 S000021010001253000001</p>
<p>私信或加薇:szt_kefu01,电话 176-4028-3351</p></div>""" + comments([("路人甲", "举报了")]),
True, "U08", "速证通", [["wechat", "szt_kefu01", "szt_kefu01"], ["phone", "+8617640283351", "176-4028-3351"]],
"U08 note: 免考拿证")

page("/notes/n-67c90b22.html", "大连线下小班|AI训练师五级 周末带练",
"""<div class='note'><p>我在大连星海广场附近开了个小工作室,带练人工智能训练师五级的实操,一期8人,800元/人,认定另报。</p>
<p>报名用 jinshuju.net 表单收集,填完我拉群。有问题小红点私信,或邮箱 xinghai_ailab@163.com</p></div>""",
True, "I03", "星海AI Lab工作室", [["email", "xinghai_ailab@163.com", "xinghai_ailab@163.com"]],
"I03 small studio note")

page("/notes/n-68d1f3a5.html", "避雷!!考AI训练师证被骗3980的经历",
"""<div class='note'><p>沈阳的,去年被一个号称“人社部颁发、包过”的机构骗了3980,交完钱就拉黑。对方电话 188 4021 7765,微信 zhengshu_kuaiban,大家避雷!</p>
<p>后来才知道职业技能等级证书是备案评价机构发的,人社部不直接发。查证书上 zscx.osta.org.cn,投诉打12315。</p></div>""" + comments([("晴天", "我也接到过这个号的电话")]),
note="warning note quoting scammer phone/WeChat (decoy)")

# ======================================================== news
page("/news/2025/0612/jingti-kaozheng.html", "警惕“考证包过”骗局 沈阳市民花3980元买了张“空气证书”",
"""<div class='article'><p class='src'>来源:辽沈晚讯网 记者 孙明 2025-06-12</p>
<p>近日,沈阳市民张女士向本报反映,她在网上看到“人工智能训练师三级 人社部颁发 包过”的广告,通过电话 188 4021 7765 联系对方并转账3980元,随后被拉黑。对方使用的微信号为 zhengshu_kuaiban。</p>
<p>市人社局工作人员提醒,人工智能训练师证书属于职业技能等级证书,由备案的评价机构颁发,可在 zscx.osta.org.cn 查询;遇到可疑情况可拨打12333咨询,消费纠纷可拨打12315投诉。</p>
<p>新闻热线:024-22531190</p></div>""",
note="news warning: quotes scammer phone and WeChat, hotlines")

page("/news/2025/0620/ai-rencai-ruanwen.html", "【推广】AI浪潮下 人工智能训练师成香饽饽 中科人才评价中心发布2025报考指南",
"""<div class='article'><p class='src'>来源:企业供稿 2025-06-20</p>
<p>中科人才评价中心介绍,人工智能训练师是人社部认证的新职业,其证书由人社部颁发,全国通用,入库可查,可在本中心官网 www.zkrcpj.com.cn 查询。</p>
<p>本中心证书与1+X证书同等效力(vslc.ncb.edu.cn)。中心开设一级至五级全部等级,不限学历、不限经验,考试通过率达98%。</p>
<p>报名热线:400-816-5372 报名邮箱 zkrc_kf@126.com</p></div>""",
True, "U03", "中科人才评价中心", [["domain", "zkrcpj.com.cn", "www.zkrcpj.com.cn"], ["phone", "4008165372", "400-816-5372"], ["email", "zkrc_kf@126.com", "zkrc_kf@126.com"]],
"U03 paid advertorial on news site; fake query site")

page("/news/2025/0701/butie-zhengce.html", "我市技能提升补贴政策解读:哪些人工智能训练师证书能领?",
"""<div class='article'><p class='src'>来源:辽沈晚讯网 2025-07-01</p>
<p>按照政策,参加失业保险累计缴费满1年的职工,取得五级、四级、三级职业技能等级证书的,可分别申领最高1000元、1500元、2000元技能提升补贴。二级、一级没有这一全国性补贴。</p>
<p>辽宁省认定计划编号15240010063对应的本期人工智能训练师认定由备案机构组织。咨询电话:12333。</p></div>""",
note="news policy explainer (plan number, 12333)")

# ======================================================== college (U06)
page("/college/jxjy/2025/ai-trainer-jianzhang.html", "继续教育学院2025年人工智能训练师职业技能等级认定培训招生简章",
"""<div class='article'><h2>人工智能训练师(4-04-05-05)四级、三级认定培训招生简章</h2>
<p>我院为辽宁省备案的职业技能等级认定机构,本期认定计划编号15240010063。</p>
<p>申报条件按国家职业技能标准执行:四级须取得五级证书后从事本职业4年,或累计从事本职业6年,或相关专业中职毕业;三级须取得四级证书后5年等。</p>
<p>培训费:四级2200元,三级2800元;认定费按物价部门核定标准另收。证书查询:jndj.osta.org.cn。</p>
<p>咨询:继续教育学院社会培训科 0411-87561230,邮箱 jxjy@lnbhvtc.edu.cn,网站 jxjy.lnbhvtc.edu.cn</p></div>""",
True, "U06", "辽宁滨海职业技术学院继续教育学院", [["phone", "041187561230", "0411-87561230"], ["email", "jxjy@lnbhvtc.edu.cn", "jxjy@lnbhvtc.edu.cn"], ["domain", "jxjy.lnbhvtc.edu.cn", "jxjy.lnbhvtc.edu.cn"], ["phone", "041187561000", "0411-87561000"], ["uscc", US_U06, US_U06]],
"U06 college enrolment (honest)")

page("/college/jxjy/2025/shuju-biaozhu-duanxun.html", "面向社会开设数据标注员(人工智能训练师五级)短期培训班",
"""<div class='article'><h2>数据标注员短期培训班</h2><p>为服务大连市数字经济企业用工,我院开设人工智能训练师(数据标注员)五级短训班,60学时,面向在职人员。</p>
<p>费用1500元,符合条件者可申请补贴。报名电话:(0411)87561230 杨老师</p></div>""",
True, "U06", "辽宁滨海职业技术学院", [["phone", "041187561230", "(0411)87561230"], ["phone", "041187561000", "0411-87561000"], ["domain", "jxjy.lnbhvtc.edu.cn", "jxjy.lnbhvtc.edu.cn"], ["uscc", US_U06, US_U06]],
"U06 college short course")

# ======================================================== market
page("/market/course/88120.html", "【官方认证】人工智能训练师一级~五级 全等级 人社部颁发 入库可查",
"""<div class='course'><p class='shop'>店铺:中科人才评价中心官方店 ★4.9</p><p class='price'>¥ 2980 <del>¥ 9999</del></p>
<p>人社部认证新职业 · 国家级证书 · 不限学历 · 98%通过率 · 报一级送三级</p>
<p>证书查询:zkrcpj.com.cn(本中心查询系统)。</p>
<p>机构资质:统一社会信用代码 """ + US_U03 + """</p><p>售后:4008165372</p></div>""",
True, "U03", "中科人才评价中心", [["domain", "zkrcpj.com.cn", "zkrcpj.com.cn"], ["uscc", US_U03, US_U03], ["phone", "4008165372", "4008165372"]],
"U03 marketplace listing: all levels, fake query site, 91-company with state name")

page("/market/course/90233.html", "人工智能训练师五级/四级 线上理论+大连线下实操 海之韵",
"""<div class='course'><p class='shop'>店铺:海之韵职业培训 ★4.7</p><p class='price'>¥ 1680 起</p>
<p>大连海之韵职业技能培训中心出品。线上理论课30讲,线下实操在沙河口校区。认定费另付,不承诺通过。证书可在 jndj.osta.org.cn 查询。</p>
<p>机构邮箱:hzy_training@163.com 线下咨询 18642719053</p></div>""",
True, "U04", "海之韵职业培训", [["email", "hzy_training@163.com", "hzy_training@163.com"], ["phone", "+8618642719053", "18642719053"]],
"U04 marketplace listing")

page("/market/course/91507.html", "优学汇|人工智能训练师四级 理论+实操全程班",
"""<div class='course'><p class='shop'>店铺:优学汇 ★4.8</p><p class='price'>¥ 1280</p>
<p>沈阳优学汇教育出品,刘老师主讲,40课时录播+每周直播答疑。购课后联系班主任电话 13504925718 拉进学员群。</p></div>""",
True, "U07", "优学汇", [["phone", "+8613504925718", "13504925718"]],
"U07 marketplace listing")

page("/market/course/92046.html", "AIGC应用师+人工智能训练师 双证班 智云科技",
"""<div class='course'><p class='shop'>店铺:智云AI学堂 ★4.6</p><p class='price'>¥ 3680</p>
<p>大连智云科技有限公司出品。双证合报立减600。AIGC证书为企业培训证书,人工智能训练师为职业技能等级证书,由备案评价机构认定。注意:AIGC证书不是1+X证书,在 vslc.ncb.edu.cn 查不到。</p>
<p>企业邮箱 service@zhiyun-dl.com</p></div>""",
True, "U09", "智云AI学堂", [["email", "service@zhiyun-dl.com", "service@zhiyun-dl.com"], ["domain", "zhiyun-dl.com", "zhiyun-dl.com"]],
"U09 marketplace listing")

page("/market/course/93311.html", "人工智能训练师三级 题库+模拟考 电子版",
"""<div class='course'><p class='shop'>店铺:研途题库小铺 ★4.5</p><p class='price'>¥ 39.9</p>
<p>三级理论题库2000题+操作技能模拟,适合已报名认定的同学。拍下后自动发货。问题请联系 yantu_tiku@qq.com</p></div>""",
True, "I04", "研途题库小铺", [["email", "yantu_tiku@qq.com", "yantu_tiku@qq.com"]],
"I04 question-bank seller")

# ======================================================== forum
page("/forum/thread-1582203-1-1.html", "[教育考证] 海之韵的人工智能训练师四级班有人上过吗?",
"""<div class='thread'><div class='floor'><b>1楼 星海小哥</b>:如题,想报四级,海之韵怎么样?</div>
<div class='floor'><b>2楼 海之韵职业技能培训</b>:您好,我们是海之韵,四级2280含教材,沙河口校区。电话0411-84672035,邮箱hzy_training@163.com。</div>
<div class='floor'><b>3楼 乐乐妈</b>:我也想了解,楼主问到了告诉我,微信lele_mama0411</div></div>""",
True, "U04", "海之韵职业技能培训", [["phone", "041184672035", "0411-84672035"], ["email", "hzy_training@163.com", "hzy_training@163.com"]],
"U04 replies in forum thread; reader WeChat in reply")

page("/forum/thread-1583390-1-1.html", "[求职招聘] 招AI数据标注员 可兼职 培训后上岗",
"""<div class='thread'><div class='floor'><b>1楼 启航AI招聘</b>:招数据标注员,需持人工智能训练师证,无证可先参加我们的培训(2680),考完安排派单。微信:QiHang_AI2025 或加群 813 204 576</div>
<div class='floor'><b>2楼 老大连</b>:先交钱的招聘都要小心</div></div>""",
True, "U05", "启航AI", [["wechat", "qihang_ai2025", "QiHang_AI2025"], ["qq_group", "813204576", "813 204 576"]],
"U05 job-bait forum post")

page("/forum/thread-1584017-1-1.html", "[教育考证] 人工智能训练师 二级技师 免考 急用的私",
"""<div class='thread'><div class='floor'><b>1楼 速证通小助手</b>:二级三级人工智能训练师,免培训免考试,7天出证可查,评职称落户都能用。Q:1937 460 582 微信 SZT_KEFU01</div>
<div class='floor'><b>2楼 热心市民</b>:楼主小心,188 4021 7765 这个号之前也是这么说的,交钱就拉黑</div>
<div class='floor'><b>3楼 沈阳阿飞</b>:要的话走支付宝担保,有问题打95188</div></div>""",
True, "U08", "速证通", [["qq", "1937460582", "1937 460 582"], ["wechat", "szt_kefu01", "SZT_KEFU01"]],
"U08 forum post; reader quotes scammer phone (decoy)")

page("/forum/thread-1585102-1-1.html", "[教育考证] 自己开的AI训练师四级周末小课 大连西岗",
"""<div class='thread'><div class='floor'><b>1楼 西岗陈工</b>:本人在软件园做算法测试,周末在西岗开小课,人工智能训练师四级理论+实操,600元/8次。有意向打电话 1334-0562-917 陈</div>
<div class='floor'><b>2楼 小白求带</b>:求带,我的Q 2298461730</div></div>""",
True, "I02", "西岗陈工", [["phone", "+8613340562917", "1334-0562-917"]],
"I02 individual teacher; reader QQ in reply")

page("/forum/thread-1586640-1-1.html", "[曝光投诉] 被“人社部颁发 包过”的AI证书骗了,大家注意这个号",
"""<div class='thread'><div class='floor'><b>1楼 受害者小王</b>:交了3980,说人社部颁发包过,然后拉黑。电话188 4021 7765,微信zhengshu_kuaiban。已经打12315投诉了。</div>
<div class='floor'><b>2楼 版主</b>:已置顶。证书真伪请到 zscx.osta.org.cn 查询,政策咨询12333。</div></div>""",
note="complaint thread quoting scammer identifiers")

# ======================================================== rsj
page("/rsj/tzgg/202506/t20250605_1123.html", "关于开展2025年第二批人工智能训练师职业技能等级认定的通知",
"""<div class='article'><p>各有关单位:</p><p>根据职业技能等级认定工作安排,现将2025年第二批人工智能训练师(4-04-05-05)认定有关事项通知如下。认定计划编号15240010063。</p>
<p>一、认定等级:五级、四级、三级。二、认定地点:沈阳市技师学院考点(前台 024-8611 5023)。三、证书查询:技能人才评价证书全国联网查询 zscx.osta.org.cn,或 jndj.osta.org.cn。</p>
<p>咨询电话:12333</p></div>""",
note="official-style notice: plan number, venue desk, verification sites")

page("/rsj/zcjd/202504/t20250418_1077.html", "警惕技术技能类“山寨证书”:人社部门不直接颁发职业技能等级证书",
"""<div class='article'><p>近期,有机构以“人社部颁发”“国家职业资格证书”“包过”“免考拿证”等名义销售人工智能训练师等证书。人工智能训练师证书属于职业技能等级证书,由备案的评价机构颁发,可在 zscx.osta.org.cn 查询;1+X证书可在 vslc.ncb.edu.cn 查询。</p>
<p>发现虚假宣传可拨打12315举报,政策咨询请拨打12333。</p></div>""",
note="official-style warning")

# ======================================================== wx reposts
page("/wx/a/20250609/df-ai-zhengshu.html", "重磅!人工智能训练师报名通道开启,人社部颁发,零基础可报三级",
"""<div class='article'><p class='src'>原创 辽宁鼎峰职业技能 2025-06-09</p>
<p>国家紧缺人才!人工智能训练师 人社部颁发 国家职业资格证书 全国联网可查。零基础直接报三级,五四三级三证联报3980,包过不过退款。</p>
<p>持证可挂靠,补贴后几乎免费!</p><p>报名咨询:刘老师 152-4113-6690 QQ 3150276641</p>
<p>扫码填写报名表(jinshuju.net)</p></div>""",
True, "U02", "辽宁鼎峰职业技能", [["phone", "+8615241136690", "152-4113-6690"], ["qq", "3150276641", "3150276641"]],
"U02 WeChat article repost (different brand)")

page("/wx/a/20250615/zkrc-zhinan.html", "2025人工智能训练师报考指南(官方版)",
"""<div class='article'><p class='src'>原创 中科人才评价 2025-06-15</p>
<p>人工智能训练师三级考试由国家工信部职业技能鉴定中心主办,人社部颁发,证书直接对应职称。</p>
<p>一级至五级均可报,不限学历。支付可走支付宝,客服95188可查交易。</p>
<p>官方报名邮箱:ZKRC_KF@126.com 热线 400 816 5372</p></div>""",
True, "U03", "中科人才评价", [["email", "zkrc_kf@126.com", "ZKRC_KF@126.com"], ["phone", "4008165372", "400 816 5372"]],
"U03 WeChat repost: 工信部 authority claim, 职称 overclaim")

page("/wx/a/20250622/lnbh-zhaosheng.html", "滨海职院继续教育|人工智能训练师四级、三级认定培训开始报名",
"""<div class='article'><p class='src'>原创 滨海职院继续教育 2025-06-22</p>
<p>本期认定计划编号15240010063,我院为辽宁省备案认定机构。四级2200元,三级2800元,须符合申报条件。</p>
<p>咨询电话:0411 8756 1230;邮箱:jxjy@lnbhvtc.edu.cn</p></div>""",
True, "U06", "滨海职院继续教育", [["phone", "041187561230", "0411 8756 1230"], ["email", "jxjy@lnbhvtc.edu.cn", "jxjy@lnbhvtc.edu.cn"]],
"U06 WeChat repost of college enrolment")

page("/wx/a/20250628/zhiyun-shuangzheng.html", "大连智云|AIGC+人工智能训练师双证班7月开课",
"""<div class='article'><p class='src'>原创 智云AI学堂 2025-06-28</p>
<p>大连智云科技有限公司(统一社会信用代码 """ + US_U09 + """)双证班7月开课,线上+高新区线下。</p>
<p>报名热线:130-7985-1246;电话:138xxxxxxxx(分校电话待补)</p></div>""",
True, "U09", "大连智云科技有限公司", [["uscc", US_U09, US_U09], ["phone", "+8613079851246", "130-7985-1246"]],
"U09 WeChat repost; leftover template placeholder")

# ======================================================== qa
page("/qa/question/4410285.html", "人工智能训练师证书是人社部颁发的吗?在哪报名靠谱?",
"""<div class='qa'><p class='q'>问:沈阳想考人工智能训练师,网上都说人社部颁发,真的吗?</p>
<div class='ans'><b>中科人才评价中心(认证回答)</b>:是的,人社部颁发,本中心可报一至五级,官网 zkrcpj.com.cn 可查,咨询 4008-165-372。</div>
<div class='ans'><b>路过的小白</b>:同问,求带,我的Q 2298461730</div></div>""",
True, "U03", "中科人才评价中心", [["domain", "zkrcpj.com.cn", "zkrcpj.com.cn"], ["phone", "4008165372", "4008-165-372"]],
"U03 spam answer on Q&A; reader QQ")

page("/qa/question/4412760.html", "沈阳人工智能训练师四级有推荐的培训吗?",
"""<div class='qa'><p class='q'>问:沈阳人工智能训练师四级有推荐的培训吗?</p>
<div class='ans'><b>优学汇刘老师</b>:可以看看我们优学汇的四级班,线上线下都有,加微信 yxh_sylaoshi 发你课表。</div>
<div class='ans'><b>沈阳老张</b>:先确认申报条件,四级要五级证满4年或工作6年。</div></div>""",
True, "U07", "优学汇", [["wechat", "yxh_sylaoshi", "yxh_sylaoshi"]],
"U07 Q&A answer")

page("/qa/question/4415533.html", "数据标注员转人工智能训练师三级,有没有人一起报班?",
"""<div class='qa'><p class='q'>问:大连有一起报三级的吗?</p>
<div class='ans'><b>标注组长Kevin</b>:我们团队内部开三级备考小班,对外收几个人,1500元,带实操项目。联系 kevin.dl.ai@outlook.com(不要打 13800138000,那是模板号码)</div></div>""",
True, "I06", "标注组长Kevin", [["email", "kevin.dl.ai@outlook.com", "kevin.dl.ai@outlook.com"]],
"I06 Q&A individual offering small class; mentions placeholder number")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "official 1+X query site"),
    ("phone", "4008602451", ["400-860-2451"], "classifieds platform footer customer service"),
    ("email", "kefu@lsfenlei.com", ["kefu@lsfenlei.com"], "classifieds platform footer e-mail"),
    ("other", "辽ICP备17003382号-1", ["辽ICP备17003382号-1"], "classifieds platform ICP"),
    ("uscc", US_FL, [US_FL], "classifieds platform operator company code in footer"),
    ("domain", "lsfenlei.com", ["lsfenlei.com"], "classifieds platform domain"),
    ("email", "jubao@douqu-video.cn", ["jubao@douqu-video.cn"], "video platform footer report e-mail"),
    ("phone", "01057209931", ["010-57209931"], "video platform footer hotline"),
    ("other", "沪ICP备19024411号-2", ["沪ICP备19024411号-2"], "notes platform ICP"),
    ("qq_group", "625713048", ["625713048"], "marketplace's own student QQ group in footer/sidebar"),
    ("phone", "4006177288", ["4006-177-288"], "marketplace platform customer service"),
    ("qq", "1549230087", ["1549230087"], "forum staff QQ in sidebar/footer"),
    ("wechat", "bcbbs_dl", ["bcbbs_dl"], "forum official account"),
    ("email", "tougao@weidu8.com", ["tougao@weidu8.com"], "repost site footer e-mail"),
    ("email", "report@zhiwenwenda.com", ["report@zhiwenwenda.com"], "Q&A site footer e-mail"),
    ("phone", "02422531190", ["024-22531190"], "news site hotline"),
    ("phone", "+8618840217765", ["188 4021 7765"], "scammer phone quoted in warnings, news and a reader's reply"),
    ("wechat", "zhengshu_kuaiban", ["zhengshu_kuaiban"], "scammer WeChat quoted in warnings and news"),
    ("other", "15240010063", ["15240010063"], "认定计划编号 (batch number) that looks like a mobile; quoted by several sellers"),
    ("other", "S000021010001253000001", ["S000021010001253000001"], "sample certificate number"),
    ("other", "4-04-05-05", ["4-04-05-05"], "occupation code"),
    ("phone", "13800138000", ["13800138000", "138xxxxxxxx"], "template placeholder phone"),
    ("wechat", "lele_mama0411", ["lele_mama0411"], "reader's own WeChat in comments on two sellers' pages"),
    ("qq", "2298461730", ["2298461730"], "reader's own QQ in replies"),
    ("phone", "02486115023", ["024-8611 5023"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
]

# ---------------------------------------------------------------- render
CSS = {
    "classifieds": "body{font:14px SimSun,serif;background:#f5f5f5}.post{background:#fff;border:1px solid #ddd;padding:8px}",
    "training-school": "body{font:15px 'Microsoft YaHei';color:#223}header{background:#0a4d8c;color:#fff}",
    "short-video": "body{background:#111;color:#eee}.player{height:200px;background:#333}",
    "notes": "body{font:15px PingFang SC;background:#fff8f8}.note{border-radius:12px}",
    "news": "body{font:16px SimSun}.src{color:#888}",
    "college": "body{font:14px 'Microsoft YaHei'}header{background:#7a0019;color:#fff}",
    "course-marketplace": "body{font:14px sans-serif}.price{color:#e4393c;font-size:22px}",
    "forum": "body{font:12px Tahoma}.floor{border-bottom:1px dashed #ccc;padding:6px}",
    "government-notice": "body{font:16px FangSong}header{background:#c00;color:#fff}",
    "wechat-repost": "body{max-width:680px;margin:auto}.src{color:#576b95}",
    "qa": "body{font:15px sans-serif}.ans{border-top:1px solid #eee;padding:8px}",
}


def render(site, title, crumbs, body, related):
    s = SITES[site]
    menu = " | ".join("<a href='/%s/index.html'>%s</a>" % (site, m) for m in s["menu"])
    crumb = " &gt; ".join(crumbs)
    rel = "".join("<li><a href='%s'>%s</a></li>" % (p, t) for p, t in related)
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title>"
            "<style>%s</style></head><body class='%s'>\n<header><h1>%s</h1><nav>%s</nav></header>\n"
            "<div class='crumbs'>当前位置:%s</div>\n<main>%s</main>\n<aside>%s</aside>\n"
            "<section class='related'><h3>相关推荐</h3><ul>%s</ul></section>\n<footer>%s</footer>\n</body></html>\n"
            % (title, s["name"], CSS[s["style"]], s["style"], s["name"], menu, crumb, body, s["side"], rel, s["foot"]))


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    files = {}
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    for site, plist in by_site.items():
        home = "<a href='/%s/index.html'>%s</a>" % (site, SITES[site]["name"])
        for i, p in enumerate(plist):
            others = [q for q in plist if q is not p]
            related = [(q["path"], q["title"][:24]) for q in (others[i % max(1, len(others)):] + others)[:3]]
            files[p["path"]] = render(site, p["title"], [home, p["crumb"][:20]], "<h2>%s</h2>%s" % (p["title"], p["body"]), related)
        lis = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], q["title"]) for q in plist)
        idx_body = "<h2>%s</h2><p>最新内容</p><ul>%s</ul>" % (SITES[site]["name"], lis)
        files["/%s/index.html" % site] = render(site, "首页", [home], idx_body, [])
    hub = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>沈阳·大连 一周搜索:人工智能训练师</title></head><body>"
           "<h1>一周搜索记录(沈阳、大连):人工智能训练师证书</h1><ul>%s</ul></body></html>\n"
           % "".join("<li><a href='/%s/index.html'>%s(%s)</a></li>" % (k, v["name"], v["style"]) for k, v in SITES.items()))
    files["/index.html"] = hub
    for path, html in files.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = []
    for path in sorted(files):
        p = next((q for q in PAGES if q["path"] == path), None)
        if p is None:
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub" if path == "/index.html" else "site index page"))
        else:
            tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                               identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        written = list(dict.fromkeys(written))
        pages = sorted(path for path, html in files.items() if any(w in html for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
