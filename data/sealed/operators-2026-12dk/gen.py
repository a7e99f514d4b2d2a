#!/usr/bin/env python3
"""Generate a small labeled web of Chinese pages selling 人工智能训练师 (4-04-05-05)
certificate courses, plus truth.json.  Standard library only, fully deterministic."""
import html
import json
import os
import re
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in code8]
    c = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(body, W18)) % 31
    return body + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("91330106", "MA2H7K3Q")   # 杭州智训
USCC_U03 = uscc("91320594", "MA1XK7P2")   # 苏州睿码
USCC_U08 = uscc("91110108", "MA01RT6L")   # 北京 "工信智能人才"
USCC_U09 = uscc("52510107", "MJ0Y4483")   # 成都蓉技 (民办非企业)
USCC_SHOP = uscc("91310115", "MA1HB9W2")  # 优选商城 platform
USCC_I01 = uscc("12330000", "47000931")   # 钱江职院 (事业单位)

# ---------------------------------------------------------------- site frames
SITES = {
    "zhixun": dict(
        name="智训教育", domain="www.zhixunpx.cn", style="training company",
        menu=["首页", "课程中心", "报名流程", "补贴政策", "关于我们"],
        side="<h3>热门课程</h3><ul><li>人工智能训练师(五级/四级/三级)</li><li>数据标注员实操班</li><li>企业内训定制</li></ul>",
        foot="杭州智训职业技能培训有限公司 版权所有 | 地址:杭州市西湖区文三路 | 浙ICP备2021033187号-1"),
    "keyunji": dict(
        name="课云集", domain="www.keyunji.com", style="course marketplace",
        menu=["首页", "职业技能", "IT互联网", "考证升学", "机构入驻"],
        side="<h3>平台保障</h3><ul><li>7天无理由退课</li><li>机构资质审核</li><li>平台担保交易</li></ul><p>为保障交易安全,请勿私下转账。</p>",
        foot="课云集 www.keyunji.com | 客服电话 400-820-6675 | 客服邮箱 kefu@keyunji.com | 沪ICP备18029346号-1"),
    "bbs": dict(
        name="职鉴论坛", domain="bbs.zhijianbang.net", style="forum",
        menu=["首页", "考证交流", "新职业", "避坑曝光", "版规"],
        side="<h3>版规摘要</h3><ul><li>禁止发布联系方式和广告</li><li>广告帖一律删除封号</li><li>举报请联系版主</li></ul>",
        foot="职鉴论坛 bbs.zhijianbang.net | 官方交流群 603918274 | 站务邮箱 admin@zhijianbang.net | 京ICP备16052817号"),
    "fenlei": dict(
        name="便民分类网", domain="www.bianminfl.com", style="classifieds",
        menu=["首页", "教育培训", "招聘", "二手", "发布信息"],
        side="<h3>发布须知</h3><p>请填写本人真实号码,勿填写示例号码(如13800138000)。涉嫌虚假宣传可拨打12315投诉。</p>",
        foot="便民分类网 www.bianminfl.com | 客服 010-58391027 | 京ICP证100473号"),
    "wenzhi": dict(
        name="问知", domain="www.wenzhi.com", style="Q&A",
        menu=["首页", "教育", "职场", "科技", "提问"],
        side="<h3>相关话题</h3><ul><li>#人工智能训练师</li><li>#职业技能等级证书</li><li>#考证避坑</li></ul>",
        foot="问知 www.wenzhi.com | 意见反馈 service@wenzhi.com | 粤ICP备19087354号"),
    "weiwenzhai": dict(
        name="微文摘", domain="www.weiwenzhai.cn", style="WeChat-article reposts",
        menu=["首页", "职场", "教育", "科技", "投稿"],
        side="<h3>关注我们</h3><p>微信公众号:weiwenzhai_com</p><p>每天精选好文</p>",
        foot="微文摘 www.weiwenzhai.cn | 文章均转载自微信公众号,如有侵权请联系 qinquan@weiwenzhai.cn 删除 | 浙ICP备20014452号"),
    "kuaikan": dict(
        name="快看短视频", domain="www.kuaikansp.com", style="short-video pages",
        menu=["推荐", "关注", "知识", "直播", "创作者中心"],
        side="<h3>相关推荐</h3><ul><li>AI副业真的能赚钱吗</li><li>数据标注一天能挣多少</li></ul>",
        foot="快看短视频 | 客服QQ 800093512 | 违法和不良信息举报 | 京网文〔2022〕1738-052号"),
    "kjwb": dict(
        name="科技晚报", domain="www.kejiwanbao.com.cn", style="news",
        menu=["首页", "科技", "教育", "财经", "专题"],
        side="<h3>热点</h3><ul><li>新职业观察</li><li>山寨证书治理</li></ul>",
        foot="科技晚报 | 新闻热线 0571-85310000 | 浙ICP备09051277号 | 本站部分内容为推广信息"),
    "rsj": dict(
        name="钱江市人力资源和社会保障局", domain="rsj.qianjiang.gov.cn", style="人社局 notice site",
        menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
        side="<h3>便民服务</h3><ul><li>证书查询</li><li>补贴申领</li><li>政策咨询:12333</li></ul>",
        foot="钱江市人力资源和社会保障局 主办 | 政务咨询电话 0571-87026113 | 人社服务热线 12333"),
    "youxuan": dict(
        name="优选商城", domain="www.youxuanmall.com", style="shop",
        menu=["首页", "教育培训", "图书资料", "店铺街", "我的订单"],
        side="<h3>交易保障</h3><p>支持支付宝担保交易,支付问题请拨打 95188。</p>",
        foot="优选商城 | 营业执照 统一社会信用代码 " + USCC_SHOP + " | 平台客服 400-606-1138 | 沪ICP备17023365号"),
    "qjzy": dict(
        name="钱江职业技术学院 继续教育学院", domain="jxjy.qjzy.edu.cn", style="college",
        menu=["学院首页", "培训项目", "通知公告", "技能认定", "联系我们"],
        side="<h3>快速入口</h3><ul><li>社会培训报名</li><li>证书查询(zscx.osta.org.cn)</li></ul>",
        foot="钱江职业技术学院继续教育学院 版权所有 | 浙ICP备05008831号"),
}

PAGES = []


def add(path, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, ids=[list(x) for x in ids], note=note))


# ================================================================ U01 智训 (honest, Hangzhou)
U01_PHONE = "+8613857162049"
U01_TEL = "057188213460"
U01_WX = "zhixun_ai01"
U01_DOM = "zhixunpx.cn"

add("/zhixun/course-ai-trainer.html", "人工智能训练师(四级/三级)培训班 - 智训教育",
    f"""<h1>人工智能训练师职业技能等级培训(四级/三级)</h1>
<p>人工智能训练师(职业编码4-04-05-05)为2020年人社厅发〔2020〕17号公布的新职业,下设数据标注员、人工智能算法测试员两个工种。本班依据《人工智能训练师国家职业技能标准(2021年版)》开展培训,理论约30%,实操约70%。</p>
<table border="1"><tr><th>等级</th><th>课时</th><th>培训费</th><th>报考条件</th></tr>
<tr><td>五级/初级工</td><td>60课时</td><td>1680元</td><td>累计从事本职业或相关职业工作满1年</td></tr>
<tr><td>四级/中级工</td><td>50课时</td><td>2280元</td><td>取得五级证书后从事本职业4年等</td></tr>
<tr><td>三级/高级工</td><td>40课时</td><td>2980元</td><td>取得四级证书后从事本职业5年等</td></tr></table>
<p>认定由备案的评价机构组织,证书为职业技能等级证书,可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。符合条件的参保职工可申请失业保险技能提升补贴,具体请咨询当地人社部门或拨打12333;钱江市户籍学员可咨询市人社局 0571-87026113。</p>
<p>我们不承诺包过,考试不合格可免费参加下一期复训。</p>
<div class="contact"><p>咨询电话:0571-88213460 / 138-5716-2049(王老师)</p><p>官网:www.zhixunpx.cn</p>
<p>杭州智训职业技能培训有限公司 统一社会信用代码:{USCC_U01}</p></div>""",
    True, "U01", "杭州智训职业技能培训有限公司",
    [("phone", U01_TEL, "0571-88213460"), ("phone", U01_PHONE, "138-5716-2049"),
     ("domain", U01_DOM, "www.zhixunpx.cn"), ("uscc", USCC_U01, USCC_U01)],
    "training company's own course page, honest, levels 5-3 with eligibility")

add("/zhixun/enroll.html", "报名流程 - 智训教育",
    """<h1>2026年第二期人工智能训练师报名流程</h1>
<ol><li>添加招生老师微信 zhixun_ai01 或致电 0571-8821 3460 预审工作年限;</li>
<li>提交身份证、学历、工作证明;</li><li>缴费后开课,线上直播+周末线下实操;</li>
<li>考核地点:杭州数智大厦考点(考点前台 0571-86902211,仅负责考场咨询)。</li></ol>
<p>开班批次:2026-05期,名额40人。更多课程见 www.zhixunpx.cn/course。</p>""",
    True, "U01", "智训教育",
    [("wechat", U01_WX, "zhixun_ai01"), ("phone", U01_TEL, "0571-8821 3460"),
     ("domain", U01_DOM, "www.zhixunpx.cn")],
    "training company's enrolment page")

add("/keyunji/course/1021.html", "【智训AI学院】人工智能训练师四级 直播+实操 - 课云集",
    """<h1>人工智能训练师(四级)考证班|数据标注+算法测试实操</h1>
<p class="shop">机构:智训AI学院 · 已认证机构 · 好评率98%</p><p>价格:¥2280 · 50课时 · 已报名312人</p>
<p>课程介绍:对标国家职业技能标准,讲解数据采集和处理、数据标注、智能系统运维。结业后由备案评价机构组织认定。</p>
<p>机构留言:平台内没法发号码,想了解开班时间的同学可以看主页,或者打 壹叁捌-伍柒壹陆-贰零肆玖 找王老师,官网 zhixunpx点cn 有往期学员证书查询方法。</p>
<p>学员评价:老师讲得细,四级实操部分很扎实。——用户kyj_8832</p>""",
    True, "U01", "智训AI学院",
    [("phone", U01_PHONE, "壹叁捌-伍柒壹陆-贰零肆玖"), ("domain", U01_DOM, "zhixunpx点cn")],
    "marketplace course listing under a second brand; phone in Chinese capital numerals")

add("/kuaikan/v/901.html", "人工智能训练师到底是什么证?三分钟讲清楚 - 快看短视频",
    """<h1>人工智能训练师到底是什么证?三分钟讲清楚</h1>
<p class="author">@智训老师小周 · 2.3万粉丝 · 获赞8.1万</p>
<p class="caption">新职业!五级四级三级怎么报?评论区扣“报名”我发你报考条件~ #人工智能训练师 #考证</p>
<p class="bio">主页简介:杭州线下班 | ｚｈｉｘｕｎ＿ａｉ０１ | ①③⑧ ⑤⑦①⑥ ②⓪④⑨</p>
<div class="comments"><p>网友A:补贴怎么领?</p><p>作者回复:参保满一年可以申请技能提升补贴,私我</p></div>""",
    True, "U01", "智训老师小周",
    [("wechat", U01_WX, "ｚｈｉｘｕｎ＿ａｉ０１"), ("phone", U01_PHONE, "①③⑧ ⑤⑦①⑥ ②⓪④⑨")],
    "short-video page, WeChat in full-width letters and phone in circled digits")

# ================================================================ U02 国培 (dishonest 包过)
U02_WX = "gpzx8866"
U02_PHONE = "+8615921837760"
U02_QQ = "2875513094"

add("/fenlei/post/8812.html", "人工智能训练师证 免考包过 国家认可 全国通用 - 便民分类网",
    """<h1>人工智能训练师证 免考包过 国家认可 全国通用</h1>
<p class="meta">类别:教育培训/职业技能 · 发布者:中科智培 · 浏览 2381</p>
<p>国家职业资格证书,人社部颁发,官网可查!不限学历不限专业,零基础可报,一次报三级四级五级优惠,交费包过,15天下证。</p>
<p>报名表填写:jinshuju.net/f/Gp8Xk2</p>
<p>联系方式:1 5 9 2 1 8 3 7 7 6 0(同V) 威❤:gpzx8866</p>""",
    True, "U02", "中科智培",
    [("phone", U02_PHONE, "1 5 9 2 1 8 3 7 7 6 0"), ("wechat", U02_WX, "gpzx8866")],
    "classifieds ad, 包过/人社部颁发/三证, spaced digits")

add("/wenzhi/q/5501.html", "人工智能训练师证书好考吗?没有相关经验能报吗? - 问知",
    """<h1>人工智能训练师证书好考吗?没有相关经验能报吗?</h1>
<div class="answer"><p class="who">国培人工智能认证中心 · 答主</p>
<p>完全可以!我们这边零基础也能报,不用培训直接安排考试,通过率百分之百,不过全额退款。证书国家认可,可以入档案、评职称、办落户。</p>
<p>具体流程不方便在这说,+薇 G P Z X 8 8 6 6,或者扣扣 贰捌柒伍伍壹叁零玖肆 备注“问知”。</p></div>
<div class="answer"><p class="who">路人甲</p><p>楼上这种别信,先去 zscx.osta.org.cn 查查机构备案。</p></div>""",
    True, "U02", "国培人工智能认证中心",
    [("wechat", U02_WX, "G P Z X 8 8 6 6"), ("qq", U02_QQ, "贰捌柒伍伍壹叁零玖肆")],
    "Q&A answer selling 包过 with spaced WeChat and QQ in capital numerals")

add("/bbs/thread-3321.html", "分享一下我考人工智能训练师的经历(附资料) - 职鉴论坛",
    """<h1>分享一下我考人工智能训练师的经历(附资料)</h1>
<div class="post"><p class="who">楼主:AI训练师考证李老师</p>
<p>很多人私信问,统一回复:我们是合作机构,二级技师也能报,不看工作年限,内部有题库,保过。资料包可以先免费领。</p>
<p>论坛不让留联系方式,懂的都懂:企鹅 2875-513-094,v:gpzx⑧⑧⑥⑥</p></div>
<div class="post"><p class="who">2楼 小白求带</p><p>二级不是要三级证加工作年限吗?</p></div>
<div class="post"><p class="who">3楼 版主</p><p>已警告,禁止留联系方式,再发封号。</p></div>""",
    True, "U02", "AI训练师考证李老师",
    [("qq", U02_QQ, "2875-513-094"), ("wechat", U02_WX, "gpzx⑧⑧⑥⑥")],
    "forum post disguised as experience share; QQ hyphenated, WeChat with circled digits")

add("/weiwenzhai/a/7781.html", "重磅!人工智能训练师证书含金量暴涨,错过再等一年 - 微文摘",
    """<h1>重磅!人工智能训练师证书含金量暴涨,错过再等一年</h1>
<p class="src">来源:公众号“国培智能教育” 转载</p>
<p>人社部证书退出,哪家证书来接盘?答案就是人工智能训练师!国家级证书,拿到证书便可升职加薪,还能挂靠企业年入数万。</p>
<p>本期仅剩8个名额,三级二级一级均可报,原价6800,现在只要3980,包过!</p>
<p>报名咨询:一五九 二一八三 七七六零 / QQ:2875513094</p>""",
    True, "U02", "国培智能教育",
    [("phone", U02_PHONE, "一五九 二一八三 七七六零"), ("qq", U02_QQ, "2875513094")],
    "reposted WeChat article, 山寨证书 slogan, phone in Chinese numerals")

# ================================================================ U03 睿码 (honest data labelling firm)
U03_DOM = "ruima-data.com"
U03_MAIL = "zhaosheng@ruima-data.com"
U03_400 = "4008617235"

add("/keyunji/course/1034.html", "【睿码数据标注学院】数据标注员(人工智能训练师五级)就业班 - 课云集",
    """<h1>数据标注员就业班|人工智能训练师五级方向</h1>
<p class="shop">机构:睿码数据标注学院 · 已认证机构</p><p>价格:¥1280 · 60课时</p>
<p>面向在岗标注员和学徒,报考五级需满足累计工作1年或经本职业学徒期满。课程不含证书费用,认定费按评价机构标准另付。</p>
<p>企业合作咨询:zhaosheng(at)ruima-data.com,电话 400 861 7235(工作日)。</p>""",
    True, "U03", "睿码数据标注学院",
    [("email", U03_MAIL, "zhaosheng(at)ruima-data.com"), ("phone", U03_400, "400 861 7235")],
    "marketplace listing of a data-labelling company, honest, e-mail with (at)")

add("/wenzhi/q/5523.html", "做数据标注有前途吗?要不要考人工智能训练师? - 问知",
    """<h1>做数据标注有前途吗?要不要考人工智能训练师?</h1>
<div class="answer"><p class="who">睿码数据-招生老师</p>
<p>利益相关,我们是苏州的标注公司。说实话五级证书对入行帮助有限,主要是实操能力。已经在岗一年以上的可以考虑报五级,有补贴的话自费很少。</p>
<p>我们的在岗培训安排在官网 ruima-data点com 可以看到,也可以打 4008-617-235 问。</p></div>
<div class="answer"><p class="who">数据民工</p><p>标注工作确实卷,但有证好找一点。</p></div>""",
    True, "U03", "睿码数据",
    [("domain", U03_DOM, "ruima-data点com"), ("phone", U03_400, "4008-617-235")],
    "Q&A answer by company staff, domain with 点")

add("/youxuan/item/60012.html", "睿码官方旗舰店 人工智能训练师五级 数据标注实训课 - 优选商城",
    f"""<h1>人工智能训练师五级 数据标注实训课(线上)</h1>
<p class="shop">店铺:睿码官方旗舰店 · 店铺评分4.8</p><p>¥1280 · 月销 46</p>
<p>商品说明:本商品为培训课程,不含认定费,不承诺发证。认定由备案评价机构组织,证书可在 zscx.osta.org.cn 查询。</p>
<p>售后邮箱:zhaosheng@ruima-data.com</p>
<p>店铺资质:苏州睿码数据科技有限公司 统一社会信用代码 {USCC_U03}</p>""",
    True, "U03", "睿码官方旗舰店",
    [("email", U03_MAIL, "zhaosheng@ruima-data.com"), ("uscc", USCC_U03, USCC_U03)],
    "shop listing with licence info")

# ================================================================ U04 华职 (dishonest, fake query site)
U04_PHONE = "+8617758290314"
U04_WX = "hzjd_2025"
U04_QG = "736284519"
U04_DOM = "hzjdcx.com"

add("/bbs/thread-3355.html", "【官方通知】人工智能训练师高级技师 考试报名开启 - 职鉴论坛",
    """<h1>【官方通知】人工智能训练师高级技师 考试报名开启</h1>
<div class="post"><p class="who">楼主:华职鉴定服务中心</p>
<p>不限年龄、不限专业、无门槛,零基础可直接报二级技师、一级高级技师,一次拿三证。证书人社部备案,官网可查,查询网址 hzjdcx。com。</p>
<p>交流Q群:736 284 519</p></div>
<div class="post"><p class="who">2楼 lily</p><p>有兴趣,求带,我微信 lily_0825</p></div>
<div class="post"><p class="who">3楼 老鉴定人</p><p>查询网站不是 osta 的都是假的,官方查询是 zscx.osta.org.cn,大家别上当。可以打12333核实。</p></div>""",
    True, "U04", "华职鉴定服务中心",
    [("domain", U04_DOM, "hzjdcx。com"), ("qq_group", U04_QG, "736 284 519")],
    "forum post selling level 1/2 to beginners and pointing to a fake query site")

add("/fenlei/post/8830.html", "人工智能训练师 二级 技师 快速拿证 - 便民分类网",
    """<h1>人工智能训练师 二级 技师 快速拿证</h1>
<p class="meta">类别:教育培训/考证 · 发布者:全国人工智能职业技能认证中心</p>
<p>全国人工智能职业技能认证中心,国家级证书,入库可查,全国通用,一证终身有效。不用考试不用上课,资料齐全30天下证。</p>
<p>电话:壹柒柒 伍捌贰玖 零叁壹肆 微信:hzjd＿2025</p>""",
    True, "U04", "全国人工智能职业技能认证中心",
    [("phone", U04_PHONE, "壹柒柒 伍捌贰玖 零叁壹肆"), ("wechat", U04_WX, "hzjd＿2025")],
    "classifieds ad under a state-sounding name, no-exam certificate")

add("/kuaikan/v/917.html", "不会AI也能拿证?人工智能训练师考证攻略 - 快看短视频",
    """<h1>不会AI也能拿证?人工智能训练师考证攻略</h1>
<p class="author">@华职考证小助手 · 1.1万粉丝</p>
<p class="caption">90%小白都能拿证!考证难?找对渠道就不难 #考证 #副业</p>
<p class="bio">主页:V h z j d _ 2 0 2 5 | 群号七三六二八四五一九 | 证书查询看置顶</p>
<div class="comments"><p>网友:能查吗?</p><p>作者回复:可以查的,官网入库</p></div>""",
    True, "U04", "华职考证小助手",
    [("wechat", U04_WX, "h z j d _ 2 0 2 5"), ("qq_group", U04_QG, "七三六二八四五一九")],
    "short-video page, spaced WeChat, QQ group in Chinese numerals")

add("/youxuan/item/60027.html", "人工智能训练师 三级+二级 双证套餐 - 优选商城",
    """<h1>人工智能训练师 三级+二级 双证套餐 报名费</h1>
<p class="shop">店铺:华职鉴定官方店</p><p>¥4980 · 月销 23 · 商品编号 18602731549</p>
<p>拍下即报名,两证一起报立减1000。证书可在 www.hzjdcx.com 查询,国家认可。</p>
<p>售前咨询:177 5829 0314(手机微信同号)</p>""",
    True, "U04", "华职鉴定官方店",
    [("domain", U04_DOM, "www.hzjdcx.com"), ("phone", U04_PHONE, "177 5829 0314")],
    "shop listing of a two-level bundle priced per certificate")

# ================================================================ U05 申训 (honest, Shanghai)
U05_TEL = "02164873920"
U05_WX = "shenxun-ai"
U05_MAIL = "sx_ai@126.com"

add("/keyunji/course/1047.html", "【申训智能学院】上海 人工智能训练师三级 周末班 - 课云集",
    """<h1>上海 人工智能训练师三级(高级工)周末班</h1>
<p class="shop">机构:申训智能学院 · 已认证机构</p><p>价格:¥3200 · 40课时</p>
<p>人工智能训练师已列入上海市急需紧缺高技能人才职业目录。报考三级需持四级证书并满足工作年限,报名前请先做资格预审。</p>
<p>机构咨询:零贰壹—陆肆捌柒叁玖贰零,资料可发邮件 sx_ai#126.com(#换成@)</p>""",
    True, "U05", "申训智能学院",
    [("phone", U05_TEL, "零贰壹—陆肆捌柒叁玖贰零"), ("email", U05_MAIL, "sx_ai#126.com")],
    "marketplace listing, landline in capital numerals, e-mail with #")

add("/weiwenzhai/a/7790.html", "上海人工智能训练师三级补贴怎么申请?一文看懂 - 微文摘",
    """<h1>上海人工智能训练师三级补贴怎么申请?一文看懂</h1>
<p class="src">来源:公众号“申训智能” 转载</p>
<p>失业保险技能提升补贴:参保满一年,五级、四级、三级最高分别1000、1500、2000元,二级和一级没有这项国家补贴。</p>
<p>申训智能本月开设三级周末班,名额有限。咨询电话(021)64873920,微信号 shenxun-ai。</p>""",
    True, "U05", "申训智能",
    [("phone", U05_TEL, "(021)64873920"), ("wechat", U05_WX, "shenxun-ai")],
    "reposted WeChat article with accurate subsidy facts and an enrolment invitation")

add("/kjwb/news/20260312-ai-trainer.html", "新职业人工智能训练师走俏 沪上培训机构开设周末班 - 科技晚报",
    """<h1>新职业人工智能训练师走俏 沪上培训机构开设周末班</h1>
<p class="meta">2026-03-12 · 推广</p>
<p>据报道,2025年上海人工智能训练师认定1.63万人次、发证1.09万张。上海申训智能科技有限公司负责人介绍,该公司三级班理论与实操比例约为3:7。</p>
<p>读者如需报名可联系:联系电话 021-64873920,邮箱 sx_ai@126.com。证书信息可登录 zscx.osta.org.cn 查询,补贴政策可咨询12333。</p>""",
    True, "U05", "上海申训智能科技有限公司",
    [("phone", U05_TEL, "021-64873920"), ("email", U05_MAIL, "sx_ai@126.com")],
    "advertorial on a news site with contact details")

# ================================================================ U06 鼎程 (挂靠, 人社部颁发)
U06_PHONE = "+8618620473318"
U06_QQ = "1493826650"
U06_PAYEE = "广州鼎程信息咨询有限公司"

add("/bbs/thread-3380.html", "考个人工智能训练师证挂出去一年能拿多少? - 职鉴论坛",
    """<h1>考个人工智能训练师证挂出去一年能拿多少?</h1>
<div class="post"><p class="who">楼主:鼎程教育</p>
<p>人社部颁发的人工智能训练师证,企业资质急需,考下来可以挂靠,一年两三万躺赚。我们负责报名+挂靠一条龙。</p>
<p>咨询扣1493826650,或者直接打186二零47三三18</p></div>
<div class="post"><p class="who">2楼 打工人</p><p>AI证书也能挂靠?没听说过啊</p></div>""",
    True, "U06", "鼎程教育",
    [("qq", U06_QQ, "扣1493826650"), ("phone", U06_PHONE, "186二零47三三18")],
    "forum post promising 挂靠 income, mixed digits and numerals")

add("/fenlei/post/8847.html", "人工智能训练师证书 可挂靠 包推荐 - 便民分类网",
    f"""<h1>人工智能训练师证书 可挂靠 包推荐</h1>
<p class="meta">类别:教育培训 · 发布者:鼎程职培</p>
<p>人社部颁发,可挂靠,包推荐单位,一年收益2万起。学费6800,分两次付款,对公转账更放心。</p>
<p>收款户名:{U06_PAYEE}</p>
<p>电话:186 2047 3318</p>""",
    True, "U06", "鼎程职培",
    [("phone", U06_PHONE, "186 2047 3318"), ("other", U06_PAYEE, U06_PAYEE)],
    "classifieds ad with payee name")

add("/wenzhi/q/5540.html", "人工智能训练师证书可以挂靠吗? - 问知",
    f"""<h1>人工智能训练师证书可以挂靠吗?</h1>
<div class="answer"><p class="who">鼎程教育-陈老师</p>
<p>可以的,我们合作企业很多。证书人社部颁发,全国通用。报名费走对公账户({U06_PAYEE}),正规有保障。</p>
<p>详聊QQ:①④⑨③⑧②⑥⑥⑤⓪</p></div>
<div class="answer"><p class="who">lily</p><p>同问,求推荐靠谱机构,微信 lily_0825</p></div>
<div class="answer"><p class="who">懂哥</p><p>AI训练师没有挂靠价值,说能挂靠的基本都是骗子。</p></div>""",
    True, "U06", "鼎程教育-陈老师",
    [("other", U06_PAYEE, U06_PAYEE), ("qq", U06_QQ, "①④⑨③⑧②⑥⑥⑤⓪")],
    "Q&A answer, QQ in circled digits, payee name ties to classifieds")

# ================================================================ U07 小鹿AI (short-video course)
U07_WX = "lulaoshi_ai"
U07_QG = "815264037"
U07_DOM = "xiaolu-ai.cn"
U07_PHONE = "+8613681925547"

add("/kuaikan/v/925.html", "原价9999的AI训练师课,今天只要99 - 快看短视频",
    """<h1>原价9999的AI训练师课,今天只要99</h1>
<p class="author">@小鹿AI研习社 · 12.6万粉丝</p>
<p class="caption">90%小白都能学会!学完送人工智能训练师考证指导 #AI #副业 #考证</p>
<p class="bio">主页:V❤ L u l a o s h i _ a i | Q裙 815-264-037</p>
<div class="comments"><p>lily:我也想学,我微信 lily_0825 拉我</p><p>网友:99包含考证费吗?</p><p>作者:考证另算哈</p></div>""",
    True, "U07", "小鹿AI研习社",
    [("wechat", U07_WX, "L u l a o s h i _ a i"), ("qq_group", U07_QG, "815-264-037")],
    "short-video page 原价9999限时99")

add("/weiwenzhai/a/7802.html", "AI时代普通人的机会:人工智能训练师 - 微文摘",
    """<h1>AI时代普通人的机会:人工智能训练师</h1>
<p class="src">来源:公众号“鹿老师AI课” 转载</p>
<p>零基础可学,21天带你入门数据标注和提示词,结课后指导报考人工智能训练师五级。训练营限时99元。</p>
<p>课程官网:xiaolu-ai点cn;助教微信 lulaoshi_ai</p>""",
    True, "U07", "鹿老师AI课",
    [("domain", U07_DOM, "xiaolu-ai点cn"), ("wechat", U07_WX, "lulaoshi_ai")],
    "reposted WeChat article, domain with 点")

add("/youxuan/item/60035.html", "小鹿AI 人工智能训练师入门训练营 21天 - 优选商城",
    """<h1>小鹿AI 人工智能训练师入门训练营 21天</h1>
<p class="shop">店铺:小鹿AI研习社旗舰店</p><p>¥99 <del>¥9999</del> · 月销 1.2万</p>
<p>课程在 xiaolu-ai.cn 学习,购买后短信发送账号。考证报名需另行缴费。</p>
<p>客服手机:136 8192 5547</p>""",
    True, "U07", "小鹿AI研习社旗舰店",
    [("domain", U07_DOM, "xiaolu-ai.cn"), ("phone", U07_PHONE, "136 8192 5547")],
    "shop listing")

add("/bbs/thread-3431.html", "有没有一起学AI训练师的,组个学习群 - 职鉴论坛",
    """<h1>有没有一起学AI训练师的,组个学习群</h1>
<div class="post"><p class="who">楼主:鹿老师</p>
<p>我们训练营99元,送考证指导,群里每天打卡。群号不让发,捌壹伍贰陆肆零叁柒,手机 壹叁陆捌壹玖贰伍伍肆柒。</p></div>
<div class="post"><p class="who">2楼 版主</p><p>广告帖,已折叠。</p></div>""",
    True, "U07", "鹿老师",
    [("qq_group", U07_QG, "捌壹伍贰陆肆零叁柒"), ("phone", U07_PHONE, "壹叁陆捌壹玖贰伍伍肆柒")],
    "forum recruitment post, contacts in capital numerals")

# ================================================================ U08 工信 (state-sounding company)
U08_TEL = "01082719364"
U08_PHONE = "+8615810367429"
U08_MAIL = "gxzpxb@163.com"

add("/fenlei/post/8859.html", "工信部人工智能训练师证书 报名中 - 便民分类网",
    """<h1>工信部人工智能训练师证书 报名中</h1>
<p class="meta">类别:教育培训 · 发布者:工信智能人才测评中心</p>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办,官方指定,命题组老师授课,内部信息。职业技能等级证书直接对应职称证书。</p>
<p>手机:158-l036-7429</p>""",
    True, "U08", "工信智能人才测评中心",
    [("phone", U08_PHONE, "158-l036-7429")],
    "classifieds ad with 工信部 branding, letter l for digit 1")

add("/wenzhi/q/5562.html", "工信部的人工智能证书和人社部的有什么区别? - 问知",
    """<h1>工信部的人工智能证书和人社部的有什么区别?</h1>
<div class="answer"><p class="who">京工智培</p>
<p>工信部认证排在主流认证体系第一位,含金量更高,考下来直接对应助理工程师职称。北京线下班咨询 010-8271 9364,资料发邮箱 gxzpxb AT 163.com。</p></div>
<div class="answer"><p class="who">人社从业者</p><p>人工智能训练师是4-04-05-05,证书是备案评价机构发的职业技能等级证书,和工信部没关系。</p></div>""",
    True, "U08", "京工智培",
    [("phone", U08_TEL, "010-8271 9364"), ("email", U08_MAIL, "gxzpxb AT 163.com")],
    "Q&A answer with misleading 工信部 claims")

add("/weiwenzhai/a/7815.html", "关于开展2026年度人工智能训练师职业能力评价的通知 - 微文摘",
    f"""<h1>关于开展2026年度人工智能训练师职业能力评价的通知</h1>
<p class="src">来源:公众号“工信智能人才测评中心” 转载</p>
<p>各有关单位:为贯彻落实新职业发展要求,我中心面向全国开展人工智能训练师评价工作,证书国家级,全国通用。</p>
<p>主办单位:北京工信智能人才测评中心有限公司(统一社会信用代码:{USCC_U08})</p>
<p>报名邮箱:gxzpxb@163.com 联系人:①⑤⑧①⓪③⑥⑦④②⑨</p>""",
    True, "U08", "北京工信智能人才测评中心有限公司",
    [("uscc", USCC_U08, USCC_U08), ("email", U08_MAIL, "gxzpxb@163.com"),
     ("phone", U08_PHONE, "①⑤⑧①⓪③⑥⑦④②⑨")],
    "official-looking notice from a 91 company with a state-sounding name")

# ================================================================ U09 蓉技 (honest school, Chengdu)
U09_TEL = "02885316720"
U09_PHONE = "+8619938204516"
U09_WX = "rongji_px"

add("/bbs/thread-3402.html", "成都有没有靠谱的人工智能训练师培训?求推荐 - 职鉴论坛",
    """<h1>成都有没有靠谱的人工智能训练师培训?求推荐</h1>
<div class="post"><p class="who">楼主:成都打工人</p><p>在做数据标注快两年了,想考四级,求推荐。</p></div>
<div class="post"><p class="who">2楼 蓉技培训</p><p>我们学校在成华区,四级班下月开课,参保满一年可以申请技能提升补贴。报名先填表 jinshuju.net/f/Rj26q4 做资格预审,有问题加微信 rongji_px 或打 199 3820 4516。</p></div>
<div class="post"><p class="who">3楼 过来人</p><p>记得证书要能在 zscx.osta.org.cn 查到才算。</p></div>""",
    True, "U09", "蓉技培训",
    [("wechat", U09_WX, "rongji_px"), ("phone", U09_PHONE, "199 3820 4516")],
    "forum reply offering a course, form tool link")

add("/fenlei/post/8863.html", "成都人工智能训练师四级培训 可申请补贴 - 便民分类网",
    """<h1>成都人工智能训练师四级培训 可申请补贴</h1>
<p class="meta">类别:教育培训 · 发布者:成都蓉技职业培训学校</p>
<p>学校经人社部门审批,开设人工智能训练师四级、五级培训。报考四级需五级证书加4年工作经历或6年工作经历等条件,不符合条件不收报名。</p>
<p>咨询电话:028-85316720 手机:一九九三八二零四五一六</p>""",
    True, "U09", "成都蓉技职业培训学校",
    [("phone", U09_TEL, "028-85316720"), ("phone", U09_PHONE, "一九九三八二零四五一六")],
    "classifieds ad, honest eligibility")

add("/weiwenzhai/a/7820.html", "蓉技职校2026年人工智能训练师招生简章 - 微文摘",
    f"""<h1>蓉技职校2026年人工智能训练师招生简章</h1>
<p class="src">来源:公众号“蓉技职校” 转载</p>
<p>办学单位:成都市成华区蓉技职业培训学校,统一社会信用代码 {USCC_U09}。</p>
<p>开设五级、四级两个等级,课时分别为60、50课时。认定由备案评价机构实施,证书联网可查(zscx.osta.org.cn)。</p>
<p>报名电话:028-8531 6720 招生微信:rongji＿px</p>""",
    True, "U09", "成都市成华区蓉技职业培训学校",
    [("uscc", USCC_U09, USCC_U09), ("phone", U09_TEL, "028-8531 6720"), ("wechat", U09_WX, "rongji＿px")],
    "reposted 招生简章")

# ================================================================ independents
add("/qjzy/notice/2026-041.html", "关于举办2026年人工智能训练师(四级)社会培训班的通知 - 钱江职业技术学院继续教育学院",
    """<h1>关于举办2026年人工智能训练师(四级)社会培训班的通知</h1>
<p>我院面向社会开设人工智能训练师(四级/中级工)培训班,培训50课时,培训费1900元,认定费按物价部门核定标准另行收取。</p>
<p>报名条件:取得五级证书后累计从事本职业工作4年及以上,或累计从事本职业工作6年及以上,或相关专业技工院校毕业生。</p>
<p>认定考点:杭州数智大厦考点(前台 0571-86902211)。证书可在 zscx.osta.org.cn 查询。</p>
<p>联系电话:0571-86917702 邮箱:jxjy@qjzy.edu.cn</p>""",
    True, "I01", "钱江职业技术学院继续教育学院",
    [("phone", "057186917702", "0571-86917702"), ("email", "jxjy@qjzy.edu.cn", "jxjy@qjzy.edu.cn")],
    "college continuing-education notice, honest")

add("/keyunji/course/1058.html", "【启明AI教育】人工智能训练师五级 入门班 - 课云集",
    """<h1>人工智能训练师五级入门班</h1>
<p class="shop">机构:启明AI教育</p><p>价格:¥980 · 60课时</p>
<p>适合在岗满一年的数据标注员。课程包含标注工具实操与模拟考核。</p>
<p>机构留言:想要试听的找我,幺三九 零五七幺 八二六三。</p>""",
    True, "I02", "启明AI教育",
    [("phone", "+8613905718263", "幺三九 零五七幺 八二六三")],
    "marketplace listing, phone with 幺 for 1")

add("/fenlei/post/8871.html", "个人带考人工智能训练师 资料齐全 - 便民分类网",
    """<h1>个人带考人工智能训练师 资料齐全</h1>
<p class="meta">类别:教育培训 · 发布者:王老师(个人)</p>
<p>本人带考三年,熟悉流程,五级四级都可以帮报。费用透明,先报名后付款。</p>
<p>先填信息表 jinshuju.net/f/Wl88aa,再加 v w a n g l s - a i</p>
<p class="tpl">联系邮箱:your@email.com</p>""",
    True, "I03", "王老师(个人)",
    [("wechat", "wangls-ai", "w a n g l s - a i")],
    "classifieds ad by an individual agent")

add("/kuaikan/v/933.html", "我是怎么一个月考下人工智能训练师的 - 快看短视频",
    """<h1>我是怎么一个月考下人工智能训练师的</h1>
<p class="author">@AI打工人阿杰 · 3812粉丝</p>
<p class="caption">题库整理好了,想一起备考的进群,带你过四级 #考证</p>
<p class="bio">扣扣:3O58816274(备注快看)</p>""",
    True, "I04", "AI打工人阿杰",
    [("qq", "3058816274", "3O58816274")],
    "short-video page, letter O for zero in QQ")

add("/youxuan/item/60041.html", "人工智能训练师四级 题库+视频课 考前冲刺 - 优选商城",
    """<h1>人工智能训练师四级 题库+视频课 考前冲刺</h1>
<p class="shop">店铺:学霸考证资料铺</p><p>¥59 · 月销 380 · 商品编号 18602731549</p>
<p>包含理论题库、实操视频课和模拟考试,购买后加店主微信发资料:xbzl_shop</p>""",
    True, "I05", "学霸考证资料铺",
    [("wechat", "xbzl_shop", "xbzl_shop")],
    "shop listing selling an exam-prep course")

add("/bbs/thread-3419.html", "蓝鲸教育人工智能训练师三级班开始报名 - 职鉴论坛",
    """<h1>蓝鲸教育人工智能训练师三级班开始报名</h1>
<div class="post"><p class="who">楼主:蓝鲸教育</p><p>三级班需持四级证书并满足工作年限。南京线下授课,欢迎咨询 壹伍零-陆柒贰壹-叁叁玖零。</p></div>
<div class="post"><p class="who">2楼 求学者</p><p>学费多少?</p></div>""",
    True, "I06", "蓝鲸教育",
    [("phone", "+8615067213390", "壹伍零-陆柒贰壹-叁叁玖零")],
    "forum post by an independent school")

# ================================================================ non-offers (content)
add("/bbs/thread-3290.html", "【避坑】人工智能训练师证书骗局汇总,被骗的进来 - 职鉴论坛",
    """<h1>【避坑】人工智能训练师证书骗局汇总,被骗的进来</h1>
<div class="post"><p class="who">楼主:版主</p>
<p>1. 说“人社部颁发”的都是错的,现在的职业技能等级证书由备案评价机构发。</p>
<p>2. 说二级一级零基础能报、一次拿三证的,都不符合国家标准的等级阶梯。</p>
<p>3. 查询只认 zscx.osta.org.cn,其他查询网站都可能是假的。</p>
<p>网友曝光的骗子电话:170-9988-2371,骗子微信:ai_zhengshu666,大家看到直接拉黑。遇到问题可拨打12315或12333。</p></div>
<div class="post"><p class="who">2楼 受害者</p><p>我就是被17099882371骗了3980,说包过结果根本查不到。</p></div>
<div class="post"><p class="who">3楼 热心网友</p><p>发帖模板里那个13800138000是示例,别打了哈。</p></div>""",
    note="forum warning thread quoting scam numbers and hotlines")

add("/wenzhi/q/5580.html", "人工智能训练师证书怎么查真假? - 问知",
    """<h1>人工智能训练师证书怎么查真假?</h1>
<div class="answer"><p class="who">人社政策君</p>
<p>人工智能训练师证书属于职业技能等级证书,证书编号22位,1位大写字母加21位数字,规程里的示例是 Y000123XXXXXX195000001。</p>
<p>查询渠道:技能人才评价证书全国联网查询 zscx.osta.org.cn;评价机构名单看 www.osta.org.cn。也可以拨打12333。</p>
<p>前段时间有人冒充客服加微信 ai_zhengshu666 说可以“入库”,纯属诈骗。</p></div>
<div class="answer"><p class="who">匿名用户</p><p>想让人帮查的可以留邮箱,比如 your@email.com 这种格式,别留真实证件号。</p></div>""",
    note="Q&A guide on verifying certificates; official sites, hotline, sample number")

add("/kjwb/news/20260318-shanzhai.html", "山寨证书换马甲 “人工智能训练师”成新重灾区 - 科技晚报",
    """<h1>山寨证书换马甲 “人工智能训练师”成新重灾区</h1>
<p class="meta">2026-03-18 · 本报记者</p>
<p>记者调查发现,一些机构以“人社部颁发”“包过”“不限学历”为噱头销售人工智能训练师证书。有读者反映,拨打广告电话170-9988-2371后被要求先付3980元“入库费”。</p>
<p>人社部门提醒,职业技能等级证书由备案的评价机构颁发,可在 zscx.osta.org.cn 查询;遇到虚假宣传可拨打12315投诉,政策咨询拨打12333。规程示例编号 Y000123XXXXXX195000001 仅为格式说明。</p>""",
    note="news on fake certificates quoting a scam number")

add("/kjwb/news/20260320-weather.html", "本周末全市迎来降温 - 科技晚报",
    """<h1>本周末全市迎来降温</h1><p class="meta">2026-03-20</p>
<p>气象台预计周末最低气温将降至5摄氏度,市民出行注意添衣。</p>""",
    note="unrelated news")

add("/rsj/tzgg/2026-017.html", "关于2026年度失业保险技能提升补贴申领工作的通知 - 钱江市人力资源和社会保障局",
    """<h1>关于2026年度失业保险技能提升补贴申领工作的通知</h1>
<p>参保职工取得职业技能等级证书的,可按规定申领技能提升补贴:五级(初级工)最高1000元,四级(中级工)最高1500元,三级(高级工)最高2000元。</p>
<p>证书信息以技能人才评价证书全国联网查询(zscx.osta.org.cn)结果为准。咨询电话:0571-87026113,或拨打12333。</p>""",
    note="人社局 subsidy notice")

add("/rsj/tzgg/2026-021.html", "关于警惕“山寨证书”虚假宣传的提醒 - 钱江市人力资源和社会保障局",
    """<h1>关于警惕“山寨证书”虚假宣传的提醒</h1>
<p>近期有机构冒用“人社部”名义,以“包过”“免培训直接发证”“一次拿三证”等宣传人工智能训练师证书。职业技能等级证书由经备案的评价机构颁发,政府部门不参与监制。</p>
<p>请通过 www.osta.org.cn 和 zscx.osta.org.cn 核实机构和证书。如遇虚假宣传,可拨打12315或12333反映。</p>""",
    note="人社局 warning notice")

# ---------------------------------------------------------------- decoys (written forms)
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline, quoted by many sellers and guides"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site cited by honest sellers and guides"),
    ("domain", "osta.org.cn", ["www.osta.org.cn"], "official OSTA portal"),
    ("phone", "4008206675", ["400-820-6675"], "course marketplace's own customer-service number in footer"),
    ("email", "kefu@keyunji.com", ["kefu@keyunji.com"], "course marketplace footer e-mail"),
    ("other", "沪ICP备18029346号-1", ["沪ICP备18029346号-1"], "course marketplace ICP number"),
    ("domain", "keyunji.com", ["www.keyunji.com"], "course marketplace's own domain in footer"),
    ("qq_group", "603918274", ["603918274"], "forum's own official QQ group in footer"),
    ("email", "admin@zhijianbang.net", ["admin@zhijianbang.net"], "forum staff e-mail in footer"),
    ("phone", "01058391027", ["010-58391027"], "classifieds platform customer service in footer"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder number in the classifieds posting rules"),
    ("email", "service@wenzhi.com", ["service@wenzhi.com"], "Q&A platform feedback e-mail"),
    ("wechat", "weiwenzhai_com", ["weiwenzhai_com"], "repost site's own WeChat official account"),
    ("email", "qinquan@weiwenzhai.cn", ["qinquan@weiwenzhai.cn"], "repost site's copyright e-mail"),
    ("qq", "800093512", ["800093512"], "short-video platform customer-service QQ"),
    ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform's own licence in footer"),
    ("phone", "4006061138", ["400-606-1138"], "shop platform customer service"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
    ("phone", "+8617099882371", ["170-9988-2371", "17099882371"], "scam number quoted in warnings and news"),
    ("wechat", "ai_zhengshu666", ["ai_zhengshu666"], "scam WeChat quoted in warnings"),
    ("wechat", "lily_0825", ["lily_0825"], "a reader's own WeChat left in comments under different sellers"),
    ("phone", "057186902211", ["0571-86902211"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
    ("phone", "057187026113", ["0571-87026113"], "人社局 consultation line quoted by a seller"),
    ("phone", "+8618602731549", ["18602731549"], "a shop item number that looks like a mobile"),
    ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "example certificate number from the rules"),
    ("email", "your@email.com", ["your@email.com"], "placeholder e-mail"),
]


# ---------------------------------------------------------------- render
def site_of(path):
    return path.strip("/").split("/")[0]


def rel(from_path, to_path):
    fdir = os.path.dirname(from_path)
    return os.path.relpath(to_path, fdir if fdir else "/")


def frame(path, title, body, site, related):
    s = SITES[site]
    idx = f"/{site}/index.html"
    menu = " | ".join(f'<a href="{rel(path, idx)}">{m}</a>' for m in s["menu"])
    crumbs = f'<a href="{rel(path, "/index.html")}">导航</a> &gt; <a href="{rel(path, idx)}">{s["name"]}</a>'
    if path != idx:
        crumbs += " &gt; " + html.escape(title.split(" - ")[0][:18])
    rl = "".join(f'<li><a href="{rel(path, p["path"])}">{html.escape(p["title"].split(" - ")[0])}</a></li>'
                 for p in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="{site}">
<header><div class="logo">{s["name"]}</div><nav class="menu">{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<main>{body}</main>
<aside class="sidebar">{s["side"]}<h3>相关推荐</h3><ul>{rl}</ul></aside>
<footer>{s["foot"]}</footer>
</body></html>
"""


def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    # site index pages
    for site, s in SITES.items():
        members = [p for p in PAGES if site_of(p["path"]) == site]
        items = "".join(f'<li><a href="{os.path.relpath(p["path"], "/" + site)}">{html.escape(p["title"].split(" - ")[0])}</a></li>'
                        for p in members)
        add(f"/{site}/index.html", f"{s['name']} - 首页",
            f"<h1>{s['name']}</h1><p>{s['style']} · 最新内容</p><ul class=\"list\">{items}</ul>",
            note=f"index page of {s['name']} ({s['style']})")
    hub_items = "".join(f'<li><a href="{k}/index.html">{v["name"]}</a></li>' for k, v in SITES.items())
    PAGES.append(dict(path="/index.html", title="网址导航", is_offer=False, operator=None, provider=None,
                      ids=[], note="hub linking every site's index page", body=None,
                      raw=f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航</h1><ul>{hub_items}</ul></body></html>
"""))
    for p in PAGES:
        out = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if p.get("raw"):
            text = p["raw"]
        else:
            site = site_of(p["path"])
            same = [q for q in PAGES if q.get("body") is not None and site_of(q["path"]) == site
                    and q["path"] != p["path"] and not q["path"].endswith("/index.html")]
            related = same[:3]
            text = frame(p["path"], p["title"], p["body"], site, related)
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")


def page_texts():
    texts = {}
    for p in PAGES:
        with open(os.path.join(SITE, p["path"].lstrip("/")), encoding="utf-8") as f:
            raw = f.read()
        texts[p["path"]] = html.unescape(raw)
    return texts


def truth():
    texts = page_texts()
    pages = []
    ops = {}
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        where = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": where, "why": why})
    data = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    build()
    truth()
    print(f"wrote {len(PAGES)} pages and truth.json")
