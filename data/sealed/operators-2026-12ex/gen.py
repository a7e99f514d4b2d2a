#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * w for ch, w in zip(body8, W11714)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("91441900", "MA4WK3R7")   # 东莞市智训教育科技有限公司
USCC_U02 = uscc("91441900", "MA55TD2K")   # 东莞市鼎程职业技能服务有限公司
USCC_U05 = uscc("52360100", "6985213L")   # 南昌市洪城职业技能培训学校 (民非)
USCC_U09 = uscc("91441900", "MA7H2Q6P")   # 东莞数标科技有限公司
USCC_KZ = uscc("91110108", "MA01B7X3")    # 课栈网 platform operator (decoy)

# ---------------------------------------------------------------- sites
SITES = [
    dict(key="tcfl", name="同城分类网", tag="东莞·南昌 分类信息", style="classifieds",
         menu=["首页", "招聘", "教育培训", "二手", "房产", "本地服务"],
         footer='客服热线：400-621-9588（9:00-21:00） | 投诉邮箱：kefu@tcfenlei.com | www.tcfenlei.com<br>'
                '粤ICP备17032875号-1 | 信息由网友发布，请自行甄别，交易前请勿预付定金'),
    dict(key="hcbbs", name="洪城论坛", tag="南昌人自己的论坛", style="forum",
         menu=["论坛首页", "南昌生活", "职场学习", "投诉曝光", "二手交易"],
         footer='洪城论坛 hcbbs.net | 官方QQ群：215663080 | 版务邮箱：bm@hcbbs.net<br>赣ICP备15004721号-2 | 本帖观点仅代表作者'),
    dict(key="zhixun", name="智训教育", tag="东莞市智训教育科技有限公司", style="company",
         menu=["首页", "课程中心", "行业资讯", "关于我们", "联系我们"],
         footer='东莞市智训教育科技有限公司 | 统一社会信用代码：' + USCC_U01 +
                '<br>地址：东莞市南城街道宏远路1号宏远大厦9楼 | 电话：0769-22861357 | 邮箱：zhou@zhixunai.cn | www.zhixunai.cn'),
    dict(key="hcpx", name="洪城职培", tag="南昌市洪城职业技能培训学校", style="company2",
         menu=["学校首页", "培训项目", "通知公告", "报名指南", "联系方式"],
         footer='南昌市洪城职业技能培训学校（民办非企业） 统一社会信用代码 ' + USCC_U05 +
                '<br>招生电话 0791-88137726 | 校址：南昌市青山湖区北京东路688号 | 网址 hcpx.com.cn'),
    dict(key="kuaiying", name="快映", tag="短视频", style="video",
         menu=["推荐", "关注", "同城", "学习", "直播"],
         footer='快映 kuaiying.tv | 违法和不良信息举报：400-110-6677 | 举报邮箱 jubao@kuaiying.tv | 网信算备 110108****'),
    dict(key="wenba", name="问吧", tag="有问题，就会有答案", style="qa",
         menu=["首页", "教育", "职场", "财经", "我要提问"],
         footer='问吧 wenba.cn | 客服QQ：800012345 | 意见反馈 help@wenba.cn | 沪ICP备14022157号'),
    dict(key="kezhan", name="课栈网", tag="职业技能好课平台", style="market",
         menu=["全部课程", "职业技能", "IT互联网", "考证", "企业培训"],
         footer='课栈网 www.kezhan365.com | 平台客服 400-880-0365 | service@kezhan365.com | 运营方：北京课栈科技有限公司 ' + USCC_KZ +
                '<br>京ICP备19048862号 | 支付由支付宝担保交易，支付问题请联系支付宝客服 95188'),
    dict(key="wxwz", name="微文摘", tag="公众号好文转载", style="mp",
         menu=["首页", "教育", "职场", "本地", "投稿"],
         footer='微文摘 wxwenzhai.com 转载文章版权归原作者所有 | 投稿/删稿：tougao@wxwenzhai.com'),
    dict(key="rsj", name="南昌市人力资源和社会保障局", tag="通知公告", style="gov",
         menu=["首页", "政务公开", "通知公告", "政策文件", "办事服务"],
         footer='主办：南昌市人力资源和社会保障局 | 咨询电话：12333 | 赣ICP备05003213号<br>'
                '技能人才评价证书查询：zscx.osta.org.cn'),
    dict(key="blog", name="阿杰的数据标注笔记", tag="一个标注员的碎碎念", style="blog",
         menu=["首页", "归档", "标签", "关于"],
         footer='© 阿杰 | 联系我：ajie_notes@outlook.com | 转载请注明出处'),
]
SITE = {s["key"]: s for s in SITES}

PAGES = []

def add(site, slug, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, path="/%s/%s.html" % (site, slug), title=title, body=body,
                      is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, crumb=crumb or title))

# ================================================================ 同城分类网 (classifieds)
add("tcfl", "index", "教育培训 - 同城分类网", """
<div class="city">当前城市：<b>东莞</b> [切换：南昌]</div>
<p>共找到 7 条“人工智能训练师”相关信息</p>""", note="classifieds channel index")

add("tcfl", "dg-37281", "东莞人工智能训练师四级五级培训 周末班 可申请补贴", """
<div class="post-meta">发布时间：2026-03-02 | 东莞-南城 | 浏览 318 次 | 信息编号 37281</div>
<table class="attr"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>机构</td><td>东莞智训AI训练师培训</td></tr><tr><td>学费</td><td>五级1680元 / 四级1980元</td></tr></table>
<div class="desc">
<p>人工智能训练师（职业编码4-04-05-05）五级、四级周末班，每月开班。课程按《人工智能训练师国家职业技能标准(2021年版)》设置，五级60课时，数据标注、数据采集处理实操为主。</p>
<p>报名须满足申报条件：五级需本职业或相关职业累计工作满1年，或经本职业学徒培训毕业。证书为职业技能等级证书，由备案的评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
<p>缴纳失业保险满一年的学员，取证后可按规定申请技能提升补贴（五级最高1000元、四级1500元），具体以社保部门审核为准，咨询12333。</p>
<p>考试地点：东莞市技师学院实训楼，考点前台 0769-22118830（仅咨询考场位置）。</p>
<p class="contact">联系人：周老师 电话 13929214456 微信 ZXAI_Zhou</p>
</div>""", True, "U01", "东莞智训AI训练师培训",
    [("phone", "+8613929214456", "13929214456"), ("wechat", "zxai_zhou", "ZXAI_Zhou")],
    "classifieds ad by U01 (honest, eligibility and subsidy stated correctly)")

add("tcfl", "dg-37502", "【包过】人工智能训练师三级 零基础 不限学历 国家证书", """
<div class="post-meta">发布时间：2026-03-05 | 东莞-长安 | 浏览 1092 次 | 信息编号 37502</div>
<div class="desc">
<p>✅人社部颁发 国家职业资格证书 全国通用 终身有效</p>
<p>✅零基础可报三级（高级工）/二级（技师），不限学历不限经验，不用上课，交费包过！</p>
<p>✅三级二级一起报更优惠，两证3980元，拿证可入户、积分、评职称、领补贴</p>
<p>✅入库可查，官网可查，名额有限先到先得</p>
<p>报名请在线填写：jinshuju.net/f/Dc8kQ2 （手机号请按格式填写，如 13800138000）</p>
<p>咨询：鼎程教育 李老师 158 1776 2093（同微信），或搜微信号 dc-ai2020</p>
</div>""", True, "U02", "鼎程教育",
    [("phone", "+8615817762093", "158 1776 2093"), ("wechat", "dc-ai2020", "dc-ai2020")],
    "classifieds ad by U02 (包过, 人社部颁发, 零基础报二级)")

add("tcfl", "nc-11907", "南昌 人工智能训练师 报名 考证咨询 个人代报", """
<div class="post-meta">发布时间：2026-03-04 | 南昌-红谷滩 | 浏览 206 次 | 信息编号 11907</div>
<div class="desc">
<p>本人在南昌做职业技能报名服务多年，人工智能训练师五级/四级可代报名，材料帮你整理，考试自己考，不承诺通过。</p>
<p>费用：代报服务费300元，培训考试费按机构标准另收。想了解的电话联系 186-7911-2260 徐先生，非诚勿扰。</p>
</div>""", True, "I01", "徐先生",
    [("phone", "+8618679112260", "186-7911-2260")],
    "independent agent in 南昌")

add("tcfl", "dg-38016", "考人工智能训练师证 挂靠年入3万 东莞企业急需", """
<div class="post-meta">发布时间：2026-03-07 | 东莞-松山湖 | 浏览 764 次 | 信息编号 38016</div>
<div class="desc">
<p>人工智能训练师证书现在企业评高新、投标都要，持证可挂靠，一年轻松3万+，证书放着就是钱！</p>
<p>我们负责报名+培训+挂靠一条龙，三级包拿证，拿不到全额退。考点在东莞市技师学院（前台电话0769-22118830）。</p>
<p>咨询：陈经理 136 5048 7712 ，微信 guakao_dg77（备注：AI证）</p>
</div>""", True, "U08", "东莞众才人力",
    [("phone", "+8613650487712", "136 5048 7712"), ("wechat", "guakao_dg77", "guakao_dg77")],
    "classifieds ad by U08 (挂靠 lure)")

add("tcfl", "dg-38120", "数据标注员招聘+人工智能训练师证书培训 包住 可在家做", """
<div class="post-meta">发布时间：2026-03-08 | 东莞-塘厦 | 浏览 532 次 | 信息编号 38120</div>
<table class="attr"><tr><td>职位</td><td>数据标注员（可兼职）</td></tr><tr><td>薪资</td><td>4000-8000元/月</td></tr><tr><td>公司</td><td>东莞数标科技</td></tr></table>
<div class="desc">
<p>招数据标注员若干名，入职前需参加岗前培训并考取人工智能训练师五级证书，培训费2680元，考证后推荐上岗，计件结算。</p>
<p>简历发送：hr@shubiaotech.cn　联系电话：150 7912 5584（微信同号）</p>
</div>""", True, "U09", "东莞数标科技",
    [("phone", "+8615079125584", "150 7912 5584"), ("email", "hr@shubiaotech.cn", "hr@shubiaotech.cn")],
    "job ad that requires paid training+certificate (U09, 招聘+培训费)")

add("tcfl", "dg-38233", "个人整理人工智能训练师四级资料+辅导 东莞可面授", """
<div class="post-meta">发布时间：2026-03-09 | 东莞-东城 | 浏览 97 次 | 信息编号 38233</div>
<div class="desc">
<p>在职算法测试，考过三级。可辅导四级理论与实操（数据标注、智能系统运维），一对一面授，每次200元，报名请走正规评价机构。</p>
<p>加我V：dg_lin_ai 注明来意。</p>
</div>""", True, "I02", "林工",
    [("wechat", "dg_lin_ai", "dg_lin_ai")], "independent tutor offer")

add("tcfl", "dg-38300", "转让 九成新 联想小新笔记本 i5 16G", """
<div class="post-meta">发布时间：2026-03-09 | 东莞-莞城 | 信息编号 38300</div>
<div class="desc"><p>去年买的，学AI课用的，现在不用了，2300元自提。联系我站内留言。</p></div>""",
    note="unrelated classifieds listing")

# ================================================================ 洪城论坛 (forum)
add("hcbbs", "index", "职场学习 - 洪城论坛", """
<p class="board-desc">版块规则：禁止发布虚假办证广告，广告帖一律删除封号（然而……）</p>""",
    note="forum board index")

add("hcbbs", "thread-88121", "南昌人工智能训练师 三证同报 人社部颁发 可查", """
<div class="floor"><div class="author">楼主：南昌报名处小赵 <span>注册：2026-01</span></div>
<div class="msg"><p>还在为找不到靠谱机构发愁吗？南昌人工智能训练师报名处常年招生：</p>
<p>★人社部颁发，人社部官网可查，全国通用<br>★五级四级三级三证同报，一次搞定，9800三个证，免培训包通过<br>★内部题库，考前押题，不过全额退</p>
<p>详询 173 7914 0628 赵老师，或进报名群 836401275</p></div></div>
<div class="floor"><div class="author">2楼：路过的猫</div><div class="msg"><p>三个级别一起报？这不扯吗</p></div></div>
<div class="floor"><div class="author">3楼：洪城老张</div><div class="msg"><p>举报了，版主看看</p></div></div>""",
    True, "U03", "南昌人工智能训练师报名处",
    [("phone", "+8617379140628", "173 7914 0628"), ("qq_group", "836401275", "836401275")],
    "forum ad thread by U03 (三证同报, 人社部颁发, 免培训)")

add("hcbbs", "thread-88230", "分享：考人工智能训练师四级的经历（附机构）", """
<div class="floor"><div class="author">楼主：豫章数智-刘老师</div>
<div class="msg"><p>我们学校今年带了三期四级班，说点实在的：四级要五级证书后满4年，或者相关专业中职毕业，不符合条件的别硬报。理论加实操两门，各60分及格。</p>
<p>豫章数智培训学校四月班还有名额，学费2200元，参保满一年的可申请技能提升补贴1500元，具体问12333。</p>
<p>有问题电话 135-7601-8842，微信 yzszpx</p></div></div>
<div class="floor"><div class="author">2楼：lemon</div><div class="msg"><p>终于看到个说实话的</p></div></div>""",
    True, "U04", "豫章数智培训学校",
    [("phone", "+8613576018842", "135-7601-8842"), ("wechat", "yzszpx", "yzszpx")],
    "forum experience thread that doubles as an honest ad (U04)")

add("hcbbs", "thread-88305", "有没有在洪城职培考过AI训练师的？", """
<div class="floor"><div class="author">楼主：阿bin</div><div class="msg"><p>想报五级，问下洪城职培怎么样</p></div></div>
<div class="floor"><div class="author">2楼：小洪老师（洪城职培）</div>
<div class="msg"><p>你好，我是洪城职培招生老师。五级班每月开，学费1580元，需有一年相关工作经历。考核批次按人社局公布执行（2026年第2批批次号 15920254041），证书可在技能人才评价证书全国联网查询。可以打我电话 18970063415 详细聊。</p></div></div>
<div class="floor"><div class="author">3楼：阿bin</div><div class="msg"><p>好的谢谢</p></div></div>""",
    True, "U05", "洪城职培",
    [("phone", "+8618970063415", "18970063415")],
    "forum thread where U05 staff replies with an enrolment offer")

add("hcbbs", "thread-88377", "东莞那边有AI证挂靠的活，南昌能做吗", """
<div class="floor"><div class="author">楼主：众才-陈经理</div>
<div class="msg"><p>人工智能训练师三级，我们包报名包拿证，拿证后帮你挂靠企业，年收益3万左右，南昌的朋友也可以远程办。</p>
<p>v：guakao_dg77 邮箱 guakao_dg77@163.com</p></div></div>
<div class="floor"><div class="author">2楼：清风</div><div class="msg"><p>AI训练师证挂靠？第一次听说</p></div></div>""",
    True, "U08", "众才人力",
    [("wechat", "guakao_dg77", "guakao_dg77"), ("email", "guakao_dg77@163.com", "guakao_dg77@163.com")],
    "forum ad by U08 (挂靠)")

add("hcbbs", "thread-88410", "【曝光】交了6800的AI训练师“包过班”，人跑了", """
<div class="floor"><div class="author">楼主：被坑的小李</div>
<div class="msg"><p>去年在网上看到“人工智能训练师二级包过”，对方自称某某认证中心，交了6800，说先发电子证，结果查询网站是假的，现在电话不接。骗子电话 177 7023 9951，微信已把我拉黑。</p>
<p>已经打12315投诉，也问了12333，人家说职业技能等级证书要去 zscx.osta.org.cn 查，查不到就是假的。大家别上当！</p></div></div>
<div class="floor"><div class="author">2楼：热心网友</div><div class="msg"><p>同被坑，他们换了号码，现在用17770239951加人</p></div></div>
<div class="floor"><div class="author">3楼：维权群</div><div class="msg"><p>被坑的联系我 18179146603 一起去市场监管局</p></div></div>""",
    note="complaint thread quoting a scam number, hotlines and the official query site")

add("hcbbs", "thread-88452", "求助：AI训练师五级复习资料哪里有", """
<div class="floor"><div class="author">楼主：xiaomei</div><div class="msg"><p>明年想考五级，求复习资料，有的姐妹加我 xiaomei_nc88 ，谢谢！</p></div></div>
<div class="floor"><div class="author">2楼：路人甲</div><div class="msg"><p>官网有国家职业技能标准，认定要素细目表也能找到，别买什么内部资料</p></div></div>
<div class="floor"><div class="author">3楼：吃瓜</div><div class="msg"><p>楼主小心加你微信的都是卖课的</p></div></div>""",
    note="discussion with a reader's own WeChat id")

# ================================================================ 智训教育 (U01 company site)
add("zhixun", "index", "智训教育 - 东莞人工智能训练师培训", """
<div class="hero"><h2>学AI技能 · 考等级证书 · 就业推荐</h2><p>人工智能训练师五级/四级 东莞周末班 火热报名中</p></div>
<div class="cards"><div class="card"><h3>五级（初级工）</h3><p>60课时 · 1680元 · 需1年相关工作经历</p></div>
<div class="card"><h3>四级（中级工）</h3><p>50课时 · 1980元 · 按国家标准申报条件</p></div></div>
<p>报名热线：0769-22861357　手机：139-2921-4456　网站 www.zhixunai.cn</p>
<p>证书由备案评价机构颁发，登录 zscx.osta.org.cn 可查询。</p>""",
    True, "U01", "智训教育",
    [("phone", "+8613929214456", "139-2921-4456"), ("phone", "076922861357", "0769-22861357"),
     ("domain", "zhixunai.cn", "www.zhixunai.cn"), ("email", "zhou@zhixunai.cn", "zhou@zhixunai.cn"),
     ("uscc", USCC_U01, USCC_U01)],
    "U01 company homepage, invites enrolment")

add("zhixun", "course-ai5", "人工智能训练师（五级）周末班 - 课程中心 - 智训教育", """
<div class="course"><h2>人工智能训练师（五级）周末班</h2>
<ul><li>开班：每月第一个周六</li><li>学费：1680元（含教材）</li><li>课时：60课时，理论30%、实操70%</li>
<li>内容：业务数据采集与处理、数据标注、智能系统基础运维</li></ul>
<p>申报条件：本职业或相关职业累计工作1年（含）以上；或经本职业学徒培训毕业。不符合条件的不予报名。</p>
<form><label>手机号</label><input placeholder="13800138000"><label>邮箱</label><input placeholder="yourname@example.com"><button>预约试听</button></form>
<p>课程顾问周老师：139 2921 4456（微信 zxai_zhou）</p></div>""",
    True, "U01", "智训教育",
    [("phone", "+8613929214456", "139 2921 4456"), ("wechat", "zxai_zhou", "zxai_zhou"),
     ("phone", "076922861357", "0769-22861357"), ("email", "zhou@zhixunai.cn", "zhou@zhixunai.cn"),
     ("uscc", USCC_U01, USCC_U01), ("domain", "zhixunai.cn", "www.zhixunai.cn")],
    "U01 course page")

add("zhixun", "news-2026-03", "东莞2026年技能提升补贴政策解读 - 行业资讯", """
<div class="article"><p>失业保险技能提升补贴：参保满一年的职工取得职业技能等级证书，五级最高1000元、四级1500元、三级2000元，二级一级无此项国家补贴。</p>
<p>申请渠道以广东人社厅（hrss.gd.gov.cn）公布为准，咨询电话12333。</p></div>""",
    note="company-site news page, no offer (footer carries company contacts)")

# ================================================================ 洪城职培 (U05 company site)
add("hcpx", "index", "洪城职培 - 南昌市洪城职业技能培训学校", """
<div class="banner">2026年人工智能训练师（五级/四级/三级）培训报名</div>
<div class="notice"><h3>招生简章</h3><p>我校开设人工智能训练师培训，学员须符合国家职业技能标准申报条件，培训合格后参加备案评价机构组织的认定，考核不合格不发证。</p>
<p>招生办：0791-88137726　官网 hcpx.com.cn　邮箱 zs@hcpx.com.cn</p></div>""",
    True, "U05", "洪城职培",
    [("phone", "079188137726", "0791-88137726"), ("domain", "hcpx.com.cn", "hcpx.com.cn"),
     ("email", "zs@hcpx.com.cn", "zs@hcpx.com.cn"), ("uscc", USCC_U05, USCC_U05)],
    "U05 school homepage with 招生简章")

add("hcpx", "xm-ai3", "人工智能训练师三级培训班 - 培训项目", """
<div class="project"><h2>人工智能训练师（三级/高级工）</h2>
<p>培训时长：40课时　学费：2580元　开班地点：青山湖校区</p>
<p>申报条件：取得四级证书后连续从事本职业5年以上等（详见国家职业技能标准）。考核批次：2026年第2批 批次号15920254041。</p>
<p>报名咨询：0791 8813 7726 / 189-7006-3415（何老师）</p></div>""",
    True, "U05", "洪城职培",
    [("phone", "079188137726", "0791 8813 7726"), ("phone", "+8618970063415", "189-7006-3415"),
     ("uscc", USCC_U05, USCC_U05), ("phone", "079188137726", "0791-88137726")],
    "U05 course page")

add("hcpx", "tz-0312", "关于2026年第二批职业技能等级认定考核安排的通知", """
<div class="notice"><p>各位学员：根据市人社局通知，第二批认定考核批次号15920254041，理论考试3月28日，实操3月29日。请携带身份证按时到场。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn。</p></div>""",
    note="school notice, no offer")

# ================================================================ 快映 (short video)
add("kuaiying", "index", "快映 - 搜索“人工智能训练师”", """
<p class="search">搜索结果：人工智能训练师 · 视频</p>""", note="video search index")

add("kuaiying", "v-7301", "周老师讲AI：五级人工智能训练师到底考什么？", """
<div class="player">[视频 03:42]</div>
<div class="vdesc"><p>@周老师讲AI　一个视频讲清五级考什么：数据采集处理、数据标注、智能系统运维。想系统学的来东莞找我 V：zxai_zhou</p>
<p class="tags">#人工智能训练师 #东莞 #职业技能</p></div>
<div class="comments"><p>用户8812：有线上班吗</p><p>周老师讲AI：有的，私信</p></div>""",
    True, "U01", "周老师讲AI",
    [("wechat", "zxai_zhou", "zxai_zhou")], "U01 short-video page")

add("kuaiying", "v-7355", "南昌人工智能训练师证 一次拿三本 人社部颁发", """
<div class="player">[视频 00:58]</div>
<div class="vdesc"><p>@鑫途职培　三本证一次拿，人社部颁发，国家认可，零基础不用考试！🔥评论区扣1，加wx：gx_edu888 或直接打 17379140628</p>
<p class="tags">#考证 #南昌 #人工智能</p></div>
<div class="comments"><p>用户2231：1</p><p>用户9023：真的假的</p><p>用户5120：有五级资料的加我 xiaomei_nc88</p></div>""",
    True, "U03", "鑫途职培",
    [("wechat", "gx_edu888", "gx_edu888"), ("phone", "+8617379140628", "17379140628")],
    "U03 video page")

add("kuaiying", "v-7402", "证书查询教程：你的AI训练师证能不能查到？", """
<div class="player">[视频 01:35]</div>
<div class="vdesc"><p>@技能证书服务中心　我们的证书全部入库可查！打开 www.zgjnzs-cx.com 输入身份证即可查询，支持1+X人工智能证书。办证加客服微信 jnzs_kefu01</p></div>""",
    True, "U06", "技能证书服务中心",
    [("domain", "zgjnzs-cx.com", "www.zgjnzs-cx.com"), ("wechat", "jnzs_kefu01", "jnzs_kefu01")],
    "U06 video promoting a fake query site")

add("kuaiying", "v-7460", "90%小白都能学会！AI训练师证原价9999限时99", """
<div class="player">[视频 00:45]</div>
<div class="vdesc"><p>@AI小白研习社　零基础学AI，送人工智能训练师+生成式人工智能系统应用员双证，拿证升职加薪！主页有链接，或加 aixiaobai_99</p></div>""",
    True, "U07", "AI小白研习社",
    [("wechat", "aixiaobai_99", "aixiaobai_99")], "U07 video (原价9999限时99, 双证)")

add("kuaiying", "v-7488", "直播回放：AI训练师双证班最后20个名额", """
<div class="player">[直播回放 58:10]</div>
<div class="vdesc"><p>@AI小白研习社　直播间专属价99元，拍下后添加助教微信 AiXiaoBai_99 或电话 19926587031 领课，报名表 jinshuju.net/f/Xb99aa</p></div>""",
    True, "U07", "AI小白研习社",
    [("wechat", "aixiaobai_99", "AiXiaoBai_99"), ("phone", "+8619926587031", "19926587031")],
    "U07 live replay page")

add("kuaiying", "v-7511", "在南昌考AI训练师五级的真实经历", """
<div class="player">[视频 02:20]</div>
<div class="vdesc"><p>@王同学学AI　我自己考完了五级，现在带几个同学一起备考，线上陪跑群每人199，不卖证不包过。想加入的私我 nc_aitrain_wang</p></div>""",
    True, "I03", "王同学学AI",
    [("wechat", "nc_aitrain_wang", "nc_aitrain_wang")], "independent study-group offer")

# ================================================================ 问吧 (Q&A)
add("wenba", "index", "问吧 - 人工智能训练师 相关问题", """<p>共 4 个相关问题</p>""", note="Q&A index")

add("wenba", "q-55120", "人工智能训练师三级证书好考吗？哪里报名靠谱？", """
<div class="question"><p>本人大专，没相关工作经验，能直接考三级吗？</p></div>
<div class="answer"><div class="who">鼎程教育咨询师 · 回答于 2026-03-03</div>
<p>可以的亲，我们这边零基础直接报三级，不用看工作年限，包过，证书国家承认。详细可以加我扣扣 330 771 5926</p></div>
<div class="answer"><div class="who">热心网友</div><p>按标准三级要四级证加工作年限，直接报三级的都要小心。</p></div>""",
    True, "U02", "鼎程教育",
    [("qq", "3307715926", "330 771 5926")], "Q&A page where U02 answers with an offer")

add("wenba", "q-55208", "南昌哪里可以考人工智能训练师四级？", """
<div class="question"><p>在南昌上班，想考四级，有推荐吗</p></div>
<div class="answer"><div class="who">刘老师 · 职业培训从业者</div>
<p>南昌有几家备案的评价机构，先在 pjjg.osta.org.cn 查机构名单。我所在的豫章数智培训学校也有四级班，需要的话打 13576018842 咨询，不符合申报条件的我们不收。</p></div>""",
    True, "U04", "豫章数智培训学校",
    [("phone", "+8613576018842", "13576018842")], "Q&A answer by U04")

add("wenba", "q-55266", "做数据标注需要考人工智能训练师证吗？", """
<div class="question"><p>看到很多数据标注招聘要求有证</p></div>
<div class="answer"><div class="who">数标HR</div>
<p>我们公司东莞、南昌都有基地，新人培训后考五级再上岗，培训费可以从工资里扣。投简历加微信 shubiao_hr 或电话 15079125584。</p></div>
<div class="comment"><p>网友评论：我问过，不交培训费就不让上岗。我的电话 18179146603，被坑的可以一起维权</p></div>""",
    True, "U09", "数标科技",
    [("wechat", "shubiao_hr", "shubiao_hr"), ("phone", "+8615079125584", "15079125584")],
    "Q&A answer by U09 (job+training fee), reader phone in comment")

add("wenba", "q-55301", "怎么查人工智能训练师证书真假？", """
<div class="question"><p>朋友给我办的证，怎么验证？</p></div>
<div class="answer"><div class="who">最佳答案</div>
<p>职业技能等级证书登录“技能人才评价证书全国联网查询”zscx.osta.org.cn，或证书上的 jndj.osta.org.cn 查询。其他自称官网的查询网站不要信。也可以打12333问当地人社。</p>
<p>证书编号一般是22位，例如样本 S000036000001265000123 这种格式。</p></div>""",
    note="Q&A guide on verification, no offer")

# ================================================================ 课栈网 (course marketplace)
add("kezhan", "index", "人工智能训练师 - 课栈网 考证频道", """<div class="filter">排序：综合 | 销量 | 价格</div>""",
    note="marketplace category index")

add("kezhan", "item-30011", "【国培认证】人工智能训练师三级+二级 双证 包过班", """
<div class="shop">店铺：国培人工智能认证中心</div>
<div class="price">¥3980 <del>¥12800</del> 已售 2.3万</div>
<div class="detail"><p>官方指定考点 | 命题组老师授课 | 百分百通过率 | 人社部颁发</p>
<p>购买后联系客服：QQ 3307715926，电话 15817762093 安排考试。</p>
<p>课程编号 KZ30011</p></div>""",
    True, "U02", "国培人工智能认证中心",
    [("qq", "3307715926", "3307715926"), ("phone", "+8615817762093", "15817762093")],
    "marketplace listing by U02 under another brand")

add("kezhan", "item-30057", "人工智能训练师五四三级 三证套餐 南昌线下考", """
<div class="shop">店铺：赣鑫教育</div>
<div class="price">¥9800 已售 486</div>
<div class="detail"><p>一次报名三个等级，国家职业资格证书，南昌线下统一考试，内部题库。</p>
<p>课后服务：0791-86213370（工作日）　助教微信 Gx_Edu888</p></div>""",
    True, "U03", "赣鑫教育",
    [("phone", "079186213370", "0791-86213370"), ("wechat", "gx_edu888", "Gx_Edu888")],
    "marketplace listing by U03")

add("kezhan", "item-30102", "人工智能训练师四级 备考精讲（豫章数智）", """
<div class="shop">店铺：豫章数智培训学校</div>
<div class="price">¥2200 已售 311</div>
<div class="detail"><p>按2021版国家职业技能标准编写，含数据采集和处理、数据标注、智能系统运维实操。报名前请核对申报条件。不承诺通过。</p>
<p>售后邮箱 yzsz_px@126.com，微信 yzszpx</p>
<form><input placeholder="手机号 例：13800138000"><input placeholder="yourname@example.com"></form></div>""",
    True, "U04", "豫章数智培训学校",
    [("email", "yzsz_px@126.com", "yzsz_px@126.com"), ("wechat", "yzszpx", "yzszpx")],
    "marketplace listing by U04 (honest)")

add("kezhan", "item-30140", "1+X人工智能训练证书 入库可查 全国通用", """
<div class="shop">店铺：技能证书服务中心</div>
<div class="price">¥1280 已售 5102</div>
<div class="detail"><p>1+X证书，教育部人社部双认证，可在 www.zgjnzs-cx.com 查询，永久有效。</p>
<p>客服热线 400-826-5913</p></div>""",
    True, "U06", "技能证书服务中心",
    [("domain", "zgjnzs-cx.com", "www.zgjnzs-cx.com"), ("phone", "4008265913", "400-826-5913")],
    "marketplace listing by U06 (1+X after 2025, fake query domain)")

add("kezhan", "item-30188", "AI小白双证班：人工智能训练师+AIGC应用员 限时99", """
<div class="shop">店铺：AI小白研习社</div>
<div class="price">¥99 <del>¥9999</del> 已售 1.1万</div>
<div class="detail"><p>90%小白都能学会，4-04-05-13生成式人工智能系统应用员与人工智能训练师同属一个证书体系，双证同发。</p>
<p>学习群助教：199 2658 7031 / QQ 1493370582</p></div>""",
    True, "U07", "AI小白研习社",
    [("phone", "+8619926587031", "199 2658 7031"), ("qq", "1493370582", "1493370582")],
    "marketplace listing by U07 (mixes up 4-04-05-13)")

add("kezhan", "item-30215", "人工智能训练师五级 录播课 终身回看", """
<div class="shop">店铺：数智课堂</div>
<div class="price">¥399 已售 820</div>
<div class="detail"><p>纯录播课程，不含考试报名和证书，请自行到备案评价机构报名。答疑QQ 995032871</p></div>""",
    True, "I04", "数智课堂",
    [("qq", "995032871", "995032871")], "independent recorded course")

add("kezhan", "item-30260", "东莞人工智能训练师考前冲刺 小班", """
<div class="shop">店铺：莞学堂</div>
<div class="price">¥880 已售 57</div>
<div class="detail"><p>东莞线下小班，考前两周冲刺，报名表 jinshuju.net/f/Gx3301。咨询邮箱 ai_peixun_dg@163.com</p></div>""",
    True, "I05", "莞学堂",
    [("email", "ai_peixun_dg@163.com", "ai_peixun_dg@163.com")], "independent cram class")

# ================================================================ 微文摘 (WeChat reposts)
add("wxwz", "index", "微文摘 - 教育频道", """<p>今日推荐</p>""", note="repost site index")

add("wxwz", "a-20260301", "重磅！人工智能训练师证书报名通道开启（国家级）", """
<div class="src">来源：公众号“AI证书周助理” 2026-03-01</div>
<div class="article"><p>人工智能训练师是人社部认证的新职业，证书由人社部颁发，国家级证书，可入户、可积分、可抵扣个税。</p>
<p>本期名额仅剩30个，零基础可报，交费包过。</p>
<p>报名添加微信：DC-AI2020，对公账户：东莞市鼎程职业技能服务有限公司（信用代码 """ + USCC_U02 + """）</p>
<p>在线报名：jinshuju.net/f/Dc8kQ2</p></div>""",
    True, "U02", "AI证书周助理",
    [("wechat", "dc-ai2020", "DC-AI2020"), ("other", "东莞市鼎程职业技能服务有限公司", "东莞市鼎程职业技能服务有限公司"),
     ("uscc", USCC_U02, USCC_U02)],
    "WeChat repost by U02 with payee company")

add("wxwz", "a-20260304", "南昌考生注意：人工智能训练师三证同报最后一期", """
<div class="src">来源：公众号“赣鑫教育” 2026-03-04</div>
<div class="article"><p>五级、四级、三级三证同报，免培训直接考，人社部官网可查。</p>
<p>报名电话：(0791)86213370　邮箱：gxjy2021@163.com　考生群号：836 401 275</p></div>""",
    True, "U03", "赣鑫教育",
    [("phone", "079186213370", "(0791)86213370"), ("email", "gxjy2021@163.com", "gxjy2021@163.com"),
     ("qq_group", "836401275", "836 401 275")],
    "WeChat repost by U03")

add("wxwz", "a-20260306", "你的AI训练师证书入库了吗？一键查询", """
<div class="src">来源：公众号“技能证书服务中心” 2026-03-06</div>
<div class="article"><p>国家技能证书查询系统升级，旧查询入口作废，请通过本中心查询：www.zgjnzs-cx.com。未入库证书可补录，补录费680元。</p>
<p>客服热线 4008265913，客服微信 JNZS_kefu01</p></div>""",
    True, "U06", "技能证书服务中心",
    [("phone", "4008265913", "4008265913"), ("wechat", "jnzs_kefu01", "JNZS_kefu01"),
     ("domain", "zgjnzs-cx.com", "www.zgjnzs-cx.com")],
    "WeChat repost by U06 (fake query site, 补录费)")

add("wxwz", "a-20260308", "AI证书挂靠：躺着也能赚钱的副业", """
<div class="src">来源：公众号“众才人力资讯” 2026-03-08</div>
<div class="article"><p>人工智能训练师三级证书，企业申报资质急需，挂靠一年3万起。我们提供报名、培训、挂靠一站式服务。</p>
<p>联系陈经理：+86 136-5048-7712</p></div>""",
    True, "U08", "众才人力资讯",
    [("phone", "+8613650487712", "+86 136-5048-7712")], "WeChat repost by U08 (挂靠)")

add("wxwz", "a-20260309", "东莞凤岗：人工智能训练师五级班招生", """
<div class="src">来源：公众号“凤岗职训” 2026-03-09</div>
<div class="article"><p>凤岗本地小班，每期20人，学费1500元，五级需满足1年相关工作经历。报名电话 0769-85203316。考点前台 0769-22118830 仅负责考场咨询，报名请勿拨打。</p></div>""",
    True, "I06", "凤岗职训",
    [("phone", "076985203316", "0769-85203316")], "independent local class repost")

add("wxwz", "a-20260310", "警惕！“人社部颁发”“包过”的AI证书广告多是坑", """
<div class="src">来源：公众号“南昌晚报” 2026-03-10</div>
<div class="article"><p>记者调查发现，一些机构宣称人工智能训练师“零基础报二级”“三证同报”“包过”。按规定，职业技能等级证书由备案评价机构颁发，人社部不直接颁发，可在 zscx.osta.org.cn 查询。</p>
<p>市民李女士反映，骗子电话 177 7023 9951 以“内部名额”为由收取费用后失联。遇到此类情况可拨打12315投诉，或拨打12333咨询。</p></div>""",
    note="news warning quoting a scam number and hotlines")

# ================================================================ 人社局 (notice site)
add("rsj", "index", "通知公告 - 南昌市人力资源和社会保障局", """<p>通知公告列表</p>""", note="notice site index")

add("rsj", "tz-2026-021", "关于公布2026年第二批职业技能等级认定计划的通告", """
<div class="gov-doc"><p>各有关单位：现将2026年第二批职业技能等级认定计划（批次号15920254041）予以公布，涉及人工智能训练师（4-04-05-05）五级至三级。</p>
<p>认定由备案评价机构组织实施，证书可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询。咨询电话：12333，0791-83883370。</p></div>""",
    note="official notice with batch number and official phone")

add("rsj", "tz-2026-025", "关于防范技术技能类“山寨证书”的提醒", """
<div class="gov-doc"><p>近期，有不法机构以“人社部颁发”“国家职业资格证书”“包过”“免培训直接发证”为噱头销售人工智能训练师等证书。请广大群众通过 zscx.osta.org.cn、jndj.osta.org.cn 查询证书，遇到虚假宣传可拨打12315举报，政策咨询请拨打12333（工作日也可拨打0791-83883370）。</p></div>""",
    note="official warning, no offer")

# ================================================================ blog
add("blog", "index", "阿杰的数据标注笔记", """<p>最新文章</p>""", note="blog index")

add("blog", "post-ai5-guide", "我是怎么考过人工智能训练师五级的（不卖课）", """
<div class="post"><p>先说结论：五级不难，但别信“包过”。申报条件是一年相关工作或学徒培训。证书查询去 zscx.osta.org.cn。</p>
<p>证书编号22位，我的大概长这样：S000036000001265000123（已改过）。</p></div>""",
    note="personal guide, no offer")

add("blog", "post-shubiao", "【合作推广】数标科技招募标注员，附培训考证安排", """
<div class="post"><p class="ad">本文为合作推广</p>
<p>数标科技（shubiaotech.cn）在东莞、南昌招募数据标注员，入职需完成人工智能训练师五级培训（2680元），结业推荐上岗。</p>
<p>投递：HR@shubiaotech.cn，加招聘微信 shubiao_hr。</p></div>""",
    True, "U09", "数标科技",
    [("domain", "shubiaotech.cn", "shubiaotech.cn"), ("email", "hr@shubiaotech.cn", "HR@shubiaotech.cn"),
     ("wechat", "shubiao_hr", "shubiao_hr")],
    "sponsored blog post by U09")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline quoted by sellers, notices and warnings"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
    ("domain", "hrss.gd.gov.cn", ["hrss.gd.gov.cn"], "provincial 人社 site"),
    ("phone", "4006219588", ["400-621-9588"], "classifieds platform customer-service number in footer"),
    ("email", "kefu@tcfenlei.com", ["kefu@tcfenlei.com"], "classifieds platform footer e-mail"),
    ("domain", "tcfenlei.com", ["www.tcfenlei.com"], "classifieds platform's own domain"),
    ("other", "粤ICP备17032875号-1", ["粤ICP备17032875号-1"], "classifieds platform ICP number"),
    ("qq_group", "215663080", ["215663080"], "forum's official QQ group in footer"),
    ("email", "bm@hcbbs.net", ["bm@hcbbs.net"], "forum moderator e-mail in footer"),
    ("other", "赣ICP备15004721号-2", ["赣ICP备15004721号-2"], "forum ICP number"),
    ("phone", "4001106677", ["400-110-6677"], "video platform's report hotline"),
    ("email", "jubao@kuaiying.tv", ["jubao@kuaiying.tv"], "video platform's report e-mail"),
    ("qq", "800012345", ["800012345"], "Q&A platform customer-service QQ"),
    ("email", "help@wenba.cn", ["help@wenba.cn"], "Q&A platform feedback e-mail"),
    ("phone", "4008800365", ["400-880-0365"], "marketplace customer-service number"),
    ("email", "service@kezhan365.com", ["service@kezhan365.com"], "marketplace e-mail"),
    ("domain", "kezhan365.com", ["www.kezhan365.com"], "marketplace domain"),
    ("uscc", USCC_KZ, [USCC_KZ], "marketplace operator's USCC in footer"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
    ("email", "tougao@wxwenzhai.com", ["tougao@wxwenzhai.com"], "repost site's submission e-mail"),
    ("email", "ajie_notes@outlook.com", ["ajie_notes@outlook.com"], "blog owner's own e-mail (host of a sponsored post)"),
    ("phone", "+8617770239951", ["177 7023 9951", "17770239951"], "scam number quoted in a complaint and a news warning"),
    ("phone", "+8615920254041", ["15920254041"], "an assessment batch number (批次号) that looks like a mobile"),
    ("other", "S000036000001265000123", ["S000036000001265000123"], "sample certificate number"),
    ("phone", "+8613800138000", ["13800138000"], "form placeholder phone"),
    ("email", "yourname@example.com", ["yourname@example.com"], "form placeholder e-mail"),
    ("wechat", "xiaomei_nc88", ["xiaomei_nc88"], "a reader's own WeChat id in a forum post"),
    ("phone", "+8618179146603", ["18179146603"], "a commenter's own phone on a Q&A page"),
    ("phone", "076922118830", ["0769-22118830"], "exam venue front desk quoted by several sellers"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
    ("phone", "079183883370", ["0791-83883370"], "人社局 office number in an official notice"),
]

# ---------------------------------------------------------------- rendering
CSS = {
    "classifieds": "body{font:14px SimSun,serif;background:#f4f4f4}.hd{background:#ff552e;color:#fff;padding:6px}.wrap{display:flex}.main{flex:3;background:#fff;padding:10px}.side{flex:1;padding:10px}",
    "forum": "body{font:13px Tahoma;background:#e8eef6}.hd{background:#2b5d9b;color:#fff}.floor{border:1px solid #c3d0e2;margin:6px;background:#fff}.author{background:#dde6f2}",
    "company": "body{font-family:'Microsoft YaHei';margin:0}.hd{background:#0a3d7a;color:#fff;padding:12px}.hero{background:#e9f1fb;padding:30px}.card{display:inline-block;border:1px solid #ccc;padding:10px}",
    "company2": "body{font-family:SimHei;margin:0}.hd{background:#b22222;color:#fff}.banner{font-size:22px;padding:20px;background:#fde}",
    "video": "body{background:#161823;color:#eee;font-family:sans-serif}.player{height:200px;background:#000;text-align:center}.tags{color:#fe2c55}",
    "qa": "body{font:14px Arial;background:#f7f8fa}.question{font-weight:bold}.answer{border-top:1px solid #eee;padding:8px}.who{color:#999}",
    "market": "body{font-family:'PingFang SC'}.price{color:#f40;font-size:20px}.shop{color:#666}.hd{border-bottom:3px solid #1aa260}",
    "mp": "body{max-width:680px;margin:auto;font-family:-apple-system}.src{color:#576b95}.article p{line-height:1.8}",
    "gov": "body{font:14px SimSun;background:#fff}.hd{background:#c00;color:#fff;text-align:center}.gov-doc{border:1px solid #ddd;padding:20px}",
    "blog": "body{font-family:Georgia,serif;max-width:760px;margin:auto}.ad{color:#c60;border:1px dashed #c60}",
}

def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm)) if False else to  # absolute links

def render(p):
    s = SITE[p["site"]]
    same = [q for q in PAGES if q["site"] == p["site"]]
    idx = "/%s/index.html" % s["key"]
    menu = " | ".join('<a href="%s">%s</a>' % (idx, m) for m in s["menu"])
    crumbs = '<a href="/index.html">书签</a> &gt; <a href="%s">%s</a>' % (idx, s["name"])
    if not p["path"].endswith("/index.html"):
        crumbs += " &gt; " + p["crumb"]
    if p["path"] == idx:
        listing = "<ul class=\"list\">" + "".join(
            '<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in same if q is not p) + "</ul>"
    else:
        listing = ""
    # related: next two pages on the same site (cyclic)
    i = same.index(p)
    rel_pages = [same[(i + k) % len(same)] for k in (1, 2) if same[(i + k) % len(same)] is not p]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in rel_pages)
    side = {
        "classifieds": "<h4>热门分类</h4><ul><li>会计培训</li><li>叉车证</li><li>电工证</li></ul><p>安全提示：凡是要求预付定金的都可能是骗子</p>",
        "forum": "<h4>本版热帖</h4><ul><li>南昌地铁4号线</li><li>青山湖夜跑</li></ul>",
        "company": "<h4>在线咨询</h4><p>工作日 9:00-18:00</p>",
        "company2": "<h4>快速入口</h4><ul><li>报名指南</li><li>成绩查询</li></ul>",
        "video": "<h4>相关推荐</h4><p>猜你喜欢</p>",
        "qa": "<h4>相关问题</h4>",
        "market": "<h4>看了又看</h4><p>店铺评分 4.8</p>",
        "mp": "<h4>阅读原文</h4><p>点击“在看”，分享给更多人</p>",
        "gov": "<h4>办事指南</h4><ul><li>技能提升补贴申领</li><li>证书查询</li></ul>",
        "blog": "<h4>标签</h4><p>数据标注 · 考证 · 随笔</p>",
    }[s["style"]]
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>
<body class="%s">
<div class="hd"><span class="logo">%s</span> <small>%s</small><nav>%s</nav></div>
<div class="crumbs">%s</div>
<div class="wrap"><div class="main"><h1>%s</h1>
%s
%s
<div class="related"><h4>相关链接</h4><ul>%s</ul></div>
</div><div class="side">%s</div></div>
<div class="ft">%s</div>
</body></html>
""" % (p["title"], CSS[s["style"]], s["style"], s["name"], s["tag"], menu, crumbs, p["title"],
       p["body"].strip(), listing, related, side, s["footer"])

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    hub = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索书签：东莞·南昌 人工智能训练师</title></head><body>'
           '<h1>一周搜索书签（东莞、南昌）</h1><ul>' +
           "".join('<li><a href="/%s/index.html">%s - %s</a></li>' % (s["key"], s["name"], s["tag"]) for s in SITES) +
           "</ul></body></html>\n")
    html["/index.html"] = hub
    for path, text in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                  note="hub of bookmarks linking every site's index")]
    ops = {}
    for p in PAGES:
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in html.items() if any(w in t for w in written))
        assert pg, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
