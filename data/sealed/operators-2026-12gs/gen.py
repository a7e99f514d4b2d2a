#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers as a week of searching from Kashgar and Korla would find it.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json
import os
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    def val(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    c = 11 - sum(val(ch) * w for ch, w in zip(s8, W_ORG)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC)) % 31
    return body + ALPHA[0 if r == 31 else r]


USCC_U01 = uscc("52653101", "MJ077651")   # 民办非企业 (training school), 喀什市
USCC_U04 = uscc("91652801", "MA77R4K2")   # 企业, 库尔勒市
USCC_U05 = uscc("91110108", "MA01TQ3L")   # 企业, 北京海淀 (state-sounding name)
USCC_U06 = uscc("92653101", "MA78H0C5")   # 个体工商户, 喀什市
USCC_U07 = uscc("91650100", "MA79B2N8")   # 企业, 乌鲁木齐
USCC_SHOP = uscc("91650102", "MA7A6D1G")  # the shop platform's own operator (decoy)

# ---------------------------------------------------------------- site frames
SITES = {
    "zhiding": dict(
        name="喀什智鼎职业技能培训学校", dom="www.zdpx-ks.cn", style="training-company site",
        menu=["首页", "招生简章", "师资力量", "补贴政策", "联系我们"],
        side="<h3>学校公告</h3><ul><li>2026年第三期五级/四级班开课安排</li><li>失业保险技能提升补贴申领说明</li></ul>",
        foot=("喀什智鼎职业技能培训学校 版权所有 | 地址：喀什市世纪大道北路 | 办学许可证 人社民 6531011000023号 | "
              "统一社会信用代码 " + USCC_U01 + " | www.zdpx-ks.cn")),
    "kdd": dict(
        name="课多多·职业技能课堂", dom="www.keduoduo.com", style="course marketplace",
        menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻", "我的订单"],
        side="<h3>热门分类</h3><ul><li>人工智能训练师</li><li>数据标注员</li><li>健康管理师</li><li>电工</li></ul>",
        foot=("课多多平台客服 400-820-3765（9:00-21:00） | 投诉邮箱 kf@keduoduo.com | "
              "沪ICP备18032017号-3 | 平台仅提供信息展示，课程由入驻机构提供")),
    "bbs": dict(
        name="南疆论坛", dom="bbs.nanjiang-home.com", style="forum",
        menu=["首页", "喀什茶馆", "库尔勒生活", "求职招聘", "教育考证", "投诉曝光"],
        side="<h3>版规</h3><p>禁止发布广告，广告帖请发分类信息。</p><h3>热帖</h3><ul><li>库尔勒香梨今年价格</li><li>喀什古城自驾攻略</li></ul>",
        foot=("南疆论坛 bbs.nanjiang-home.com | 论坛交流QQ群：318806542 | 版主QQ：1846620035 | "
              "新ICP备19004521号-1")),
    "fenlei": dict(
        name="巴州喀什分类信息网", dom="www.bzfenlei.com", style="classifieds",
        menu=["首页", "招聘", "房产", "二手", "教育培训", "本地服务"],
        side="<h3>安全提示</h3><p>凡是先交钱再办证的，请提高警惕。</p>",
        foot=("巴州喀什分类信息网 www.bzfenlei.com | 客服热线 0996-2100588 | 新ICP备20003377号 | "
              "本站信息由用户自行发布，真实性请自行核实")),
    "wenda": dict(
        name="问答吧", dom="www.wendaba.cn", style="Q&A",
        menu=["首页", "教育", "职场", "生活", "我要提问"],
        side="<h3>相关问题</h3><ul><li>数据标注员和人工智能训练师是一个证吗</li><li>技能等级证书可以评职称吗</li></ul>",
        foot="问答吧 www.wendaba.cn | 侵权举报 jubao@wendaba.cn | 京ICP备15061234号"),
    "wx": dict(
        name="微文摘", dom="www.wxwenzhai.cn", style="WeChat-article reposts",
        menu=["首页", "教育", "职场", "本地", "热门"],
        side="<h3>说明</h3><p>本站内容转载自微信公众号，版权归原作者所有。</p>",
        foot="微文摘 www.wxwenzhai.cn | 转载侵删 投稿/删稿：tougao@wxwenzhai.cn | 粤ICP备17119008号"),
    "video": dict(
        name="快看短视频", dom="www.kuaikan-sv.com", style="short-video pages",
        menu=["推荐", "同城", "知识", "直播"],
        side="<h3>同城 · 喀什</h3><p>热门话题：#考证 #南疆就业 #AI副业</p>",
        foot="快看短视频 | 违法和不良信息举报 4006-110-998 | 京ICP备16055520号-7 | 网络文化经营许可证"),
    "news": dict(
        name="南疆新闻网", dom="www.nanjiangnews.cn", style="news",
        menu=["首页", "时政", "民生", "教育", "合作推广"],
        side="<h3>热点</h3><ul><li>喀什地区2026年职业技能提升行动</li><li>库尔勒市春季招聘会</li></ul>",
        foot="南疆新闻网 | 新闻报料热线 0998-2523110 | 新ICP备12003456号 | 互联网新闻信息服务许可证"),
    "college": dict(
        name="喀什职业技术学院", dom="www.kszyjsxy.edu.cn", style="college",
        menu=["学院概况", "招生就业", "继续教育", "社会培训", "校企合作"],
        side="<h3>快速通道</h3><ul><li>教务系统</li><li>图书馆</li><li>就业信息网</li></ul>",
        foot="喀什职业技术学院 | 招生办公室 0998-2899000 | 地址：喀什市学府路 | 新ICP备05002211号"),
    "rsj": dict(
        name="某地区人力资源和社会保障局", dom="rsj.example-gov.cn", style="人社局 notice site",
        menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "办事服务"],
        side="<h3>便民服务</h3><ul><li>技能人才评价证书查询</li><li>补贴申领</li><li>12333 热线</li></ul>",
        foot="主办：某地区人力资源和社会保障局 | 咨询电话 12333 | 新ICP备10001234号 | 政府网站标识码 6531000001"),
    "shop": dict(
        name="疆品优选商城", dom="www.jiangpinyx.com", style="shop",
        menu=["首页", "新疆特产", "教育服务", "虚拟商品", "购物车"],
        side="<h3>购物保障</h3><p>担保交易 · 7天无理由（虚拟商品除外）</p>",
        foot=("疆品优选商城 | 运营主体统一社会信用代码 " + USCC_SHOP +
              " | 支付服务由支付宝提供 客服 95188 | 新ICP备21009876号-1")),
}

PAGES = []


def add(path, site, title, body, is_offer=False, operator=None, provider=None, ids=(), note="",
        crumb=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, crumb=crumb or title))


def ph(num):
    return "+86" + num


# ================================================================ U01 喀什智鼎 (honest school)
U01_TEL, U01_MOB, U01_WX, U01_DOM = "09982651388", "13899761205", "zhiding_ks", "zdpx-ks.cn"
add("/zhiding/index.html", "zhiding", "喀什智鼎职业技能培训学校 - 首页",
    """<div class="banner"><h1>喀什智鼎职业技能培训学校</h1><p>人社部门备案的民办职业培训学校 · 人工智能训练师（4-04-05-05）五级/四级培训</p></div>
<p>本校开设人工智能训练师（数据标注员工种）五级、四级培训班，培训结束后由备案评价机构组织理论知识考试和操作技能考核，合格者取得职业技能等级证书，证书可在技能人才评价证书全国联网查询平台查询。</p>
<p>参加失业保险满一年的在职职工，取证后可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），具体以当地人社部门审核为准。</p>
<div class="contact">咨询电话：0998-2651388 &nbsp; 手机：138 9976 1205 &nbsp; 地址：喀什市世纪大道北路智鼎大厦3楼</div>""",
    True, "U01", "喀什智鼎职业技能培训学校",
    [("phone", U01_TEL, "0998-2651388"),
     ("phone", ph(U01_MOB), "138 9976 1205"),
     ("uscc", USCC_U01, USCC_U01), ("domain", U01_DOM, "www.zdpx-ks.cn")],
    "training school homepage inviting enrolment")
add("/zhiding/ai-trainer.html", "zhiding", "2026年人工智能训练师（五级/四级）招生简章",
    """<h1>2026年人工智能训练师（五级/四级）招生简章</h1>
<h2>一、报考条件</h2><p>五级：累计从事本职业或相关职业工作满1年，或本职业学徒期满。四级：取得五级证书后从事本职业工作满4年，或累计工作满6年，或技工院校相关专业毕业（含在读毕业年级学生）。本校不承诺“包过”，不招收不符合条件的学员。</p>
<h2>二、培训安排</h2><p>五级60课时，四级50课时，线下+机房实操；理论与实操考核各100分，60分合格。</p>
<h2>三、费用</h2><p>五级培训费1280元，四级1580元（含教材，不含认定费；认定费按备案评价机构公示标准另行收取）。</p>
<h2>四、考核地点</h2><p>喀什地区技能鉴定所（考点前台 0998-2827315，仅受理考场事务，不受理报名）。</p>
<h2>五、证书查询</h2><p>证书信息可登录 zscx.osta.org.cn 查询；政策咨询可拨打 12333。</p>
<p class="contact">报名咨询：0998－2651388（工作日） 微信：zhiding_ks</p>""",
    True, "U01", "智鼎职业技能培训学校",
    [("phone", "09982651388", "0998－2651388"), ("wechat", U01_WX, "zhiding_ks"),
     ("uscc", USCC_U01, USCC_U01), ("domain", U01_DOM, "www.zdpx-ks.cn")],
    "enrolment brochure, honest wording")
add("/fenlei/ks-zhiding.html", "fenlei", "【喀什】人工智能训练师培训 五级四级 周末班 可申请补贴",
    """<h1>【喀什】人工智能训练师培训 五级四级 周末班 可申请补贴</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr><tr><td>区域</td><td>喀什市 世纪大道</td></tr><tr><td>发布者</td><td>智鼎培训 周老师</td></tr></table>
<p>智鼎培训人工智能训练师周末班招生，适合在职想转数据标注岗位的朋友。需满足报考条件（工作满一年），报名时带身份证和社保缴费证明。五级1280元，报名表在线填写：jinshuju.net/f/Zd7Qa2 。</p>
<p>联系：13899761205 微信同号（周老师）</p>""",
    True, "U01", "智鼎培训",
    [("phone", ph(U01_MOB), "13899761205")],
    "classifieds post by the school, mobile shared with homepage")
add("/wx/zhiding-repost.html", "wx", "喀什这家培训学校的人工智能训练师班，第三期开始报名了",
    """<p class="src">原文来源：公众号“喀什职教资讯” · 2026-04-13</p>
<h1>喀什这家培训学校的人工智能训练师班，第三期开始报名了</h1>
<p>近日，喀什智鼎职业技能培训学校发布2026年第三期人工智能训练师（五级、四级）招生信息。该校负责人介绍，数据标注是南疆不少年轻人在家门口就能做的工作……</p>
<p>据介绍，考核由备案评价机构组织，合格证书可在技能人才评价证书全国联网查询平台查询，符合条件的职工可以申领技能提升补贴，具体可咨询12333。</p>
<p>报名热线：(0998)2651388 官网：zdpx-ks.cn</p>
<p class="ad">扫码关注“喀什职教资讯”｜投稿请联系 tougao@wxwenzhai.cn</p>""",
    True, "U01", "喀什智鼎职业技能培训学校",
    [("phone", "09982651388", "(0998)2651388"), ("domain", U01_DOM, "zdpx-ks.cn")],
    "WeChat repost advertising the school's class")

# ================================================================ U02 华信 (dishonest, Korla)
U02_MOB, U02_WX, U02_QQ = "15609960817", "hx-zhengshu88", "2875501436"
CERT_SAMPLE = "S000065000001253000001"
add("/fenlei/kel-hx.html", "fenlei", "库尔勒 人社部颁发人工智能训练师证 三级一次拿证 包过",
    """<h1>库尔勒 人社部颁发人工智能训练师证 三级一次拿证 包过</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 考证</td></tr><tr><td>区域</td><td>库尔勒市 人民东路</td></tr><tr><td>发布者</td><td>华信教育（个人认证）</td></tr></table>
<p>国家职业资格证书，人社部颁发，全国通用，入库可查！零基础、不限学历、不限经验，报名即可考三级（高级工），包过，不过全额退款。</p>
<p>持证可挂靠，年收益1-3万；评职称、落户加分都能用。证书样本编号 S000065000001253000001（打码展示）。</p>
<p>联系电话：156-0996-0817 华信教育张老师（先报先得，名额有限）</p>
<p class="tpl">联系电话：13800138000（示例号码，请以发布者电话为准）</p>""",
    True, "U02", "华信教育",
    [("phone", ph(U02_MOB), "156-0996-0817")],
    "classifieds: 包过, 人社部颁发, 三级 for beginners, 挂靠 income")
add("/wenda/q-557.html", "wenda", "在库尔勒想考人工智能训练师证书，去哪里报名比较靠谱？",
    """<h1>在库尔勒想考人工智能训练师证书，去哪里报名比较靠谱？</h1>
<div class="q">提问者：梨城小白 · 2026-04-09 · 我是库尔勒的，宝妈，没有相关工作经验，能考吗？</div>
<div class="a best"><b>华信证书老师</b> 回答：可以的，我们这边零基础直接报高级，一次拿三个级别（五级+四级+三级）打包价只要3980，人社部颁发，官网可查。有问题直接打我电话15609960817，或者加扣扣 Q 2875501436 发资料。</div>
<div class="a"><b>路过的HR</b> 回答：小心，技能等级证书是备案评价机构发的，不是人社部颁发。没有工作年限一般只能报五级，查证书去 zscx.osta.org.cn 。</div>""",
    True, "U02", "华信证书",
    [("phone", ph(U02_MOB), "15609960817"), ("qq", U02_QQ, "2875501436")],
    "seller answer on Q&A, three levels at once")
add("/video/v-83512.html", "video", "三级人工智能训练师证，一个月拿证！",
    """<div class="player">[视频 00:47] 三级人工智能训练师证，一个月拿证！</div>
<p class="author">@华信证书办理中心 · 库尔勒 · 2.1万赞</p>
<p class="desc">人社部颁发 免培训 包通过 国家认可 官方认证！90%小白都能学会，原价9999限时1999。评论区扣“想要”，主页 企鹅2875501436 / 薇 HX-zhengshu88 了解详情</p>
<div class="comments"><p>用户7731：真的假的？</p><p>作者回复：真的，证书样本 S000065000001253000001 可查</p></div>""",
    True, "U02", "华信证书办理中心",
    [("qq", U02_QQ, "2875501436"), ("wechat", U02_WX, "HX-zhengshu88")],
    "short video: 免培训 包通过")
add("/bbs/thread-2011.html", "bbs", "分享：我在库尔勒考人工智能训练师三级的经历（不到一个月）",
    """<h1>分享：我在库尔勒考人工智能训练师三级的经历（不到一个月）</h1>
<div class="post"><p class="user">楼主：小华老师 · 注册 12 天 · 发帖 3</p>
<p>给大家分享一下，我没有任何基础，跟着老师不到一个月就拿了三级证书，人社部颁发的，已经在网上查到了。现在去公司面试数据标注都是加分项。需要的可以加V：Hx-Zhengshu88，报我名字有优惠。</p></div>
<div class="reply"><p class="user">2楼 喀什的丹丹</p><p>同问，你们那个证真的能查到吗？我微信 kashi_dan88，有人知道的私我</p></div>
<div class="reply"><p class="user">3楼 塔河边</p><p>广告吧，注册12天的号……</p></div>""",
    True, "U02", "小华老师",
    [("wechat", U02_WX, "Hx-Zhengshu88")],
    "disguised testimonial post by the seller")

# ================================================================ U03 智学AI研究院 (online, dishonest)
U03_400, U03_WX, U03_MAIL = "4000991526", "zxai_kf01", "zhixueai@163.com"
add("/kdd/course-3301.html", "kdd", "人工智能训练师（四级/三级）全程班 · 零基础速成",
    """<h1>人工智能训练师（四级/三级）全程班 · 零基础速成</h1>
<div class="price">¥1999 <del>¥9999</del> 已报名 3,286 人</div>
<p class="shop">机构：智学AI研究院（已入驻 2 年） | 活动编号：13909960520</p>
<p>课程亮点：零基础速成，90%小白都能学会；命题组老师押题，考前内部信息；一次通过率98%。学完即可报考三级，拿证后升职加薪。</p>
<p>机构客服：400-099-1526 / 机构微信 zxai_kf01（下单后备注课程编号 KDD-3301）</p>""",
    True, "U03", "智学AI研究院",
    [("phone", U03_400, "400-099-1526"), ("wechat", U03_WX, "zxai_kf01")],
    "marketplace course listing with 速成/命题组/内部信息")
add("/kdd/course-3302.html", "kdd", "数据标注员+人工智能训练师 双证班（一级高级技师可报）",
    """<h1>数据标注员+人工智能训练师 双证班（一级高级技师可报）</h1>
<div class="price">¥3680 <del>¥12800</del> 已报名 917 人</div>
<p class="shop">机构：智学AI研究院</p>
<p>双证同时拿：数据标注员证+人工智能训练师证；不限学历不限经验，可直接报考二级技师、一级高级技师。证书直接对应职称证书。</p>
<p>报名咨询热线 4000991526</p>""",
    True, "U03", "智学AI研究院",
    [("phone", U03_400, "4000991526")],
    "marketplace listing: 二级/一级 for beginners, 双证")
add("/video/v-90211.html", "video", "AI训练师到底是干嘛的？一条视频讲清楚",
    """<div class="player">[视频 02:13] AI训练师到底是干嘛的？一条视频讲清楚</div>
<p class="author">@智学AI训练营 · 知识博主 · 8.7万粉丝</p>
<p class="desc">#AI副业 #人工智能训练师 训练营第18期开放报名，原价9999限时99体验课，加课程顾问 ZXAI_KF01 领资料包，或者发邮件 zhixueai@163.com</p>
<div class="comments"><p>阿克苏小李：99元包拿证吗</p><p>作者回复：体验课不含证书，正式班可安排考证</p></div>""",
    True, "U03", "智学AI训练营",
    [("wechat", U03_WX, "ZXAI_KF01"), ("email", U03_MAIL, "zhixueai@163.com")],
    "short video funnel: 原价9999限时99")
add("/wx/zhixue-ai.html", "wx", "2026年人工智能训练师报考指南（附最新报名入口）",
    """<p class="src">原文来源：公众号“智学AI研究院” · 2026-04-10</p>
<h1>2026年人工智能训练师报考指南（附最新报名入口）</h1>
<p>人工智能训练师是人社部认证的新职业，证书由人社部颁发，全国通用，终身有效。现在报名还可以享受国家补贴，补贴后几乎免费！</p>
<p>二级、一级零基础也能报，我们有命题组老师带队。</p>
<p>报名方式：拨打 400 0991 526，或发送“姓名+电话+级别”至 zhixueai@163.com</p>
<p class="tpl">报名表示例：姓名＿＿ 电话：138xxxxxxxx 级别＿＿</p>""",
    True, "U03", "智学AI研究院",
    [("phone", U03_400, "400 0991 526"), ("email", U03_MAIL, "zhixueai@163.com")],
    "WeChat article: 人社部认证, 补贴后几乎免费 for all levels")

# ================================================================ U04 巴州博雅 (honest-ish, Korla)
U04_TEL, U04_MOB, U04_QG = "09962033617", "18999684102", "627318549"
add("/fenlei/kel-boya.html", "fenlei", "库尔勒 数据标注员/人工智能训练师五级 培训招生",
    """<h1>库尔勒 数据标注员/人工智能训练师五级 培训招生</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr><tr><td>区域</td><td>库尔勒市 萨依巴格路</td></tr><tr><td>发布者</td><td>巴州博雅人力资源服务有限公司</td></tr></table>
<p>博雅人力开设人工智能训练师五级（数据标注员）培训，线下授课，课后可推荐本地标注企业面试，但不承诺就业。报考需工作满一年（可提供证明）。</p>
<p>统一社会信用代码：""" + USCC_U04 + """</p>
<p>电话 0996-2033617 / 189 9968 4102（王经理）</p>""",
    True, "U04", "巴州博雅人力资源服务有限公司",
    [("phone", U04_TEL, "0996-2033617"), ("phone", ph(U04_MOB), "189 9968 4102"),
     ("uscc", USCC_U04, USCC_U04)],
    "classifieds by a Korla HR company")
add("/wenda/q-612.html", "wenda", "人工智能训练师五级需要什么条件？库尔勒有培训吗？",
    """<h1>人工智能训练师五级需要什么条件？库尔勒有培训吗？</h1>
<div class="q">提问者：巴州打工人 · 2026-04-11</div>
<div class="a best"><b>博雅人力王经理</b> 回答：五级需要累计从事相关工作满1年或学徒期满。我们库尔勒博雅职业培训这边有五级班，每月开班，有问题可以打电话18999684102咨询，不收咨询费。</div>
<div class="a"><b>热心网友</b> 回答：补贴要参保满一年，可以打12333问。</div>""",
    True, "U04", "库尔勒博雅职业培训",
    [("phone", ph(U04_MOB), "18999684102")],
    "seller answer with correct eligibility")
add("/bbs/thread-2024.html", "bbs", "【招生】库尔勒 人工智能训练师五级 周末班 第6期",
    """<h1>【招生】库尔勒 人工智能训练师五级 周末班 第6期</h1>
<div class="post"><p class="user">楼主：博雅培训 · 认证商家</p>
<p>第6期周末班4月25日开课，五级培训费1180元。有意向的朋友加咨询群 627318549，或拨打 2033617（0996）。</p></div>
<div class="reply"><p class="user">2楼 孔雀河</p><p>去年在他们家考的五级，正常上课考试，不是包过那种。</p></div>""",
    True, "U04", "博雅培训",
    [("qq_group", U04_QG, "627318549"), ("phone", U04_TEL, "2033617（0996）")],
    "forum ad post by merchant account")

# ================================================================ U05 中科智培 (cross-province mill)
U05_MOB, U05_MAIL, U05_DOM = "17601328845", "zkzp_edu@126.com", "zkzp-cert.com"
add("/kdd/course-3307.html", "kdd", "国培AI认证 人工智能训练师证书 免考核 快速出证",
    """<h1>国培AI认证 人工智能训练师证书 免考核 快速出证</h1>
<div class="price">¥2680/本 多本优惠 已售 512</div>
<p class="shop">机构：中科智培（北京）教育科技有限公司 | 活动编号：13909960520</p>
<p>国家级证书，不培训直接发证，15个工作日出证，证书可在 www.zkzp-cert.com 官网查询，入库可查。同时办理五级+四级+三级立减800元。</p>
<p>企业认证信息：统一社会信用代码 """ + USCC_U05 + """ 联系人：陈老师 176 0132 8845</p>""",
    True, "U05", "中科智培（北京）教育科技有限公司",
    [("domain", U05_DOM, "www.zkzp-cert.com"), ("uscc", USCC_U05, USCC_U05),
     ("phone", ph(U05_MOB), "176 0132 8845")],
    "marketplace: price per certificate, fake query domain")
add("/wx/zkzp-notice.html", "wx", "关于2026年第二批人工智能训练师证书集中办理的通知",
    """<p class="src">原文来源：公众号“国培AI认证中心” · 2026-04-08</p>
<h1>关于2026年第二批人工智能训练师证书集中办理的通知</h1>
<p>各相关单位及个人：根据国家相关政策，国培AI认证中心现开展第二批人工智能训练师职业资格证书集中办理工作，免考核，统一入库，官网可查（zkzp-cert.com/query）。</p>
<p>材料：身份证正反面、一寸白底照片，发送至邮箱 ZKZP_EDU@126.com 。</p>
<p>国培AI认证中心 2026年4月8日</p>""",
    True, "U05", "国培AI认证中心",
    [("domain", U05_DOM, "zkzp-cert.com"), ("email", U05_MAIL, "ZKZP_EDU@126.com")],
    "official-looking notice posing as an authority")
add("/news/ad-0412.html", "news", "【推广】AI时代新职业：人工智能训练师证书怎么拿？",
    """<p class="adtag">本文为合作推广内容</p>
<h1>AI时代新职业：人工智能训练师证书怎么拿？</h1>
<p>记者从中科智培了解到，人工智能训练师证书由人社部颁发，持证可享落户加分、评职称，南疆地区学员可远程办理，无需到场考试。</p>
<p>咨询：陈老师 17601328845，资料可发 zkzp_edu@126.com</p>""",
    True, "U05", "中科智培",
    [("phone", ph(U05_MOB), "17601328845"), ("email", U05_MAIL, "zkzp_edu@126.com")],
    "paid advertorial on news site")

# ================================================================ U06 喀什启航 (individual agent)
U06_MOB, U06_WX, U06_QQ, U06_PAYEE = "19909981376", "ayg_qihang", "1579043328", "阿依古丽·买买提"
add("/fenlei/ks-qihang.html", "fenlei", "喀什 人工智能训练师证 宝妈在家可考 不用上课",
    """<h1>喀什 人工智能训练师证 宝妈在家可考 不用上课</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 考证</td></tr><tr><td>区域</td><td>喀什市 吐曼路</td></tr><tr><td>发布者</td><td>启航教育</td></tr></table>
<p>在家用手机就能考，不用上课，包过，拿证后可以接数据标注单子月入三五千。付款支持担保交易（支付宝客服95188可查）。</p>
<p>电话：199-0998-1376 微信：ayg_qihang（阿依古丽老师）</p>""",
    True, "U06", "启航教育",
    [("phone", ph(U06_MOB), "199-0998-1376"), ("wechat", U06_WX, "ayg_qihang")],
    "classifieds: 包过, no training")
add("/bbs/thread-2031.html", "bbs", "喀什有没有考人工智能训练师的姐妹？一起拼团便宜",
    """<h1>喀什有没有考人工智能训练师的姐妹？一起拼团便宜</h1>
<div class="post"><p class="user">楼主：古丽老师 · 注册 30 天</p>
<p>我这边可以帮大家办人工智能训练师证，3人拼团每人1680，五人以上更便宜。加微信ayg_qihang 或者扣扣1579043328，备注论坛。</p></div>
<div class="reply"><p class="user">2楼 喀什的丹丹</p><p>同问，你们那个证真的能查到吗？我微信 kashi_dan88</p></div>
<div class="reply"><p class="user">3楼 艾力</p><p>有没有正规培训学校的？</p></div>""",
    True, "U06", "古丽老师",
    [("wechat", U06_WX, "ayg_qihang"), ("qq", U06_QQ, "1579043328")],
    "forum group-buy offer")
add("/video/v-77310.html", "video", "喀什宝妈在家考了人工智能训练师证",
    """<div class="player">[视频 00:32] 喀什宝妈在家考了人工智能训练师证</div>
<p class="author">@启航教育阿依古丽 · 喀什 · 3562赞</p>
<p class="desc">不用上课不用去考场，手机答题就能拿证！想了解的扣1️⃣，Q：1579 043 328（备注视频）。考点都安排好了，喀什地区技能鉴定所前台0998-2827315可以问（别说是我介绍的）</p>""",
    True, "U06", "启航教育阿依古丽",
    [("qq", U06_QQ, "1579 043 328")],
    "short video, exam venue desk quoted as cover")
add("/shop/item-1188.html", "shop", "人工智能训练师证书报名服务（喀什/全疆可办）",
    """<h1>人工智能训练师证书报名服务（喀什/全疆可办）</h1>
<div class="price">¥1680.00 <span>月销 23</span></div>
<p class="seller">店铺：启航证书服务店（喀什）</p>
<p>拍下即代表报名，客服会联系您提交材料。不过退款。下单后请联系店主 19909981376。</p>
<p>对公转账请汇至：收款户名 阿依古丽·买买提（个人账户，非公司账户请放心）</p>
<p>订单查询示例：订单编号 138202604150096</p>""",
    True, "U06", "启航证书服务店",
    [("phone", ph(U06_MOB), "19909981376"), ("other", U06_PAYEE, U06_PAYEE)],
    "shop listing paid to a personal account")

# ================================================================ U07 天山数智 (training-for-jobs lure)
U07_MOB, U07_TEL, U07_WX = "13579920463", "09915287701", "tsszkj2020"
add("/college/coop-tianshan.html", "college", "校企合作 | 新疆天山数智科技有限公司数据标注订单班招生",
    """<h1>校企合作：新疆天山数智科技有限公司数据标注订单班招生</h1>
<p>发布部门：校企合作办公室 · 2026-03-28</p>
<p>经洽谈，新疆天山数智科技有限公司在我院设立“南疆数据标注基地”订单班，面向社会及在校生招收学员。培训结束参加人工智能训练师（五级）认定，协议就业，月薪4000-6000元。培训费3980元，由合作企业收取。</p>
<p>企业联系电话：0991-5287701（天山数智招生部）</p>
<p>企业统一社会信用代码：""" + USCC_U07 + """</p>""",
    True, "U07", "新疆天山数智科技有限公司",
    [("phone", U07_TEL, "0991-5287701"), ("uscc", USCC_U07, USCC_U07)],
    "company enrolment on a college's partner page, 协议就业")
add("/fenlei/kel-tianshan.html", "fenlei", "招聘数据标注员 库尔勒 月薪6000 先培训考证后上岗",
    """<h1>招聘数据标注员 库尔勒 月薪6000 先培训考证后上岗</h1>
<table class="info"><tr><td>类别</td><td>招聘 &gt; 普工/文员</td></tr><tr><td>区域</td><td>库尔勒市</td></tr><tr><td>发布者</td><td>南疆数据标注基地</td></tr></table>
<p>无需经验，入职前统一参加人工智能训练师岗前培训并考证（培训费3980元，可分期），考证后协议就业，包吃住。</p>
<p>联系人：马主管 135 7992 0463 座机 0991 5287701</p>""",
    True, "U07", "南疆数据标注基地",
    [("phone", ph(U07_MOB), "135 7992 0463"), ("phone", U07_TEL, "0991 5287701")],
    "job ad that is really a paid-training lure")
add("/wx/tianshan-jd.html", "wx", "南疆数据标注基地：在家门口做AI训练师",
    """<p class="src">原文来源：公众号“天山数智” · 2026-04-02</p>
<h1>南疆数据标注基地：在家门口做AI训练师</h1>
<p>天山数智南疆数据标注基地持续招收学员，先培训后上岗，考取人工智能训练师证书后签订就业协议。</p>
<p>报名电话：13579920463（微信同号）官方微信：TSSZKJ2020</p>""",
    True, "U07", "天山数智",
    [("phone", ph(U07_MOB), "13579920463"), ("wechat", U07_WX, "TSSZKJ2020")],
    "WeChat repost of the same lure")

# ================================================================ U08 AI证书通 (shop/marketplace)
U08_QQ, U08_MAIL, U08_WX = "3381276405", "3381276405@qq.com", "aizst_666"
add("/shop/item-1203.html", "shop", "人工智能训练师证书 不考试直接发证 全国联网可查",
    """<h1>人工智能训练师证书 不考试直接发证 全国联网可查</h1>
<div class="price">¥980.00起 <span>月销 146</span></div>
<p class="seller">店铺：AI证书通旗舰店</p>
<p>五级980/四级1380/三级1880，三本一起拍立减600。不考试直接发证，全国联网可查。样本：S000065000001253000001</p>
<p>售前咨询 QQ：3381276405 微信：aizst_666</p>
<p>订单查询示例：订单编号 138202604150096</p>""",
    True, "U08", "AI证书通旗舰店",
    [("qq", U08_QQ, "3381276405"), ("wechat", U08_WX, "aizst_666")],
    "shop: 不考试直接发证, per-certificate price")
add("/kdd/course-3315.html", "kdd", "人工智能训练师 考前冲刺+证书代报",
    """<h1>人工智能训练师 考前冲刺+证书代报</h1>
<div class="price">¥1380 已报名 204 人</div>
<p class="shop">机构：证书通学院</p>
<p>包过班，官方指定题库，考前一周内部信息。代报名，代提交材料。</p>
<p>联系邮箱：3381276405@qq.com（QQ同号）</p>""",
    True, "U08", "证书通学院",
    [("email", U08_MAIL, "3381276405@qq.com"), ("qq", U08_QQ, "3381276405")],
    "marketplace: 包过/官方指定; email embeds the QQ number")
add("/wenda/q-630.html", "wenda", "不考试能拿人工智能训练师证书吗？",
    """<h1>不考试能拿人工智能训练师证书吗？</h1>
<div class="q">提问者：且末小杨 · 2026-04-12</div>
<div class="a"><b>证书通客服</b> 回答：可以的亲，我们有渠道，不考试直接出证，V：aizst_666 详聊。</div>
<div class="a best"><b>律师小周</b> 回答：不可以。“不培训不评价直接发证”正是人社部通报的山寨证书特征，遇到可以向12315投诉。</div>""",
    True, "U08", "证书通",
    [("wechat", U08_WX, "aizst_666")],
    "seller answer on Q&A")

# ================================================================ U09 库尔勒星火教育 (honest)
U09_MOB, U09_WX = "15199668320", "xinghuo_kel"
add("/video/v-81004.html", "video", "人工智能训练师五级实操课片段：图像框选标注",
    """<div class="player">[视频 03:40] 人工智能训练师五级实操课片段：图像框选标注</div>
<p class="author">@星火职培 · 库尔勒 · 1289赞</p>
<p class="desc">真实课堂记录。五级需工作满一年，别信零基础直接考高级的。报名咨询vx：xinghuo_kel</p>""",
    True, "U09", "星火职培",
    [("wechat", U09_WX, "xinghuo_kel")],
    "short video from an honest provider")
add("/wx/xinghuo-open.html", "wx", "库尔勒星火教育人工智能训练师五级班5月开课",
    """<p class="src">原文来源：公众号“库尔勒星火教育” · 2026-04-14</p>
<h1>库尔勒星火教育人工智能训练师五级班5月开课</h1>
<p>课程60课时，周末授课。参加失业保险满一年的学员，取得五级证书后可按规定申领技能提升补贴（最高1000元），以人社部门审核为准。</p>
<p>报名：151 9966 8320（微信：Xinghuo_Kel），在线报名表 jinshuju.net/f/Xh5May</p>""",
    True, "U09", "库尔勒星火教育",
    [("phone", ph(U09_MOB), "151 9966 8320"), ("wechat", U09_WX, "Xinghuo_Kel")],
    "WeChat repost of an honest class announcement")
add("/wenda/q-641.html", "wenda", "库尔勒哪里有正规的人工智能训练师培训？",
    """<h1>库尔勒哪里有正规的人工智能训练师培训？</h1>
<div class="q">提问者：轮台小马 · 2026-04-14</div>
<div class="a best"><b>星火教育-刘老师</b> 回答：我们是库尔勒星火教育，五级班5月开课，考核由备案评价机构组织，不包过。可以先来试听，电话151-9966-8320。</div>""",
    True, "U09", "库尔勒星火教育",
    [("phone", ph(U09_MOB), "151-9966-8320")],
    "seller answer")

# ================================================================ independents
add("/kdd/course-3320.html", "kdd", "人工智能训练师五级 理论+实操 录播课（不含认定）",
    """<h1>人工智能训练师五级 理论+实操 录播课（不含认定）</h1>
<div class="price">¥299 已报名 1,042 人</div>
<p class="shop">机构：艾可AI学堂 | 活动编号：13909960520</p>
<p>本课程只提供学习内容，不代报考、不发证；认定请自行联系当地备案评价机构。课程问题请加助教微信 aike_zhujiao。</p>""",
    True, "I01", "艾可AI学堂",
    [("wechat", "aike_zhujiao", "aike_zhujiao")],
    "independent honest online course")
add("/shop/item-1210.html", "shop", "2026人工智能训练师四级题库 理论+实操 电子版",
    """<h1>2026人工智能训练师四级题库 理论+实操 电子版</h1>
<div class="price">¥39.90 <span>月销 310</span></div>
<p class="seller">店铺：小鹿考试资料铺</p>
<p>含理论模拟题1200道、实操案例20个。虚拟商品拍下自动发货，售后请发邮件 xiaolu_ziliao@sina.com 。</p>""",
    True, "I02", "小鹿考试资料铺",
    [("email", "xiaolu_ziliao@sina.com", "xiaolu_ziliao@sina.com")],
    "independent exam-prep materials seller")
add("/college/ai-trainer-2026.html", "college", "继续教育学院2026年人工智能训练师社会培训招生公告",
    """<h1>继续教育学院2026年人工智能训练师社会培训招生公告</h1>
<p>发布：继续教育学院 · 2026-04-01</p>
<p>我院面向社会开设人工智能训练师五级、四级培训，考核在喀什地区技能鉴定所进行（考点前台 0998-2827315）。证书可登录 zscx.osta.org.cn 查询。</p>
<p>报名地点：喀什职业技术学院继续教育学院102室；报名电话：0998-2899016（继续教育学院）。</p>""",
    True, "I03", "喀什职业技术学院继续教育学院",
    [("phone", "09982899016", "0998-2899016")],
    "college's own social-training enrolment")
add("/fenlei/ks-xiaoli.html", "fenlei", "喀什 一对一辅导人工智能训练师理论考试",
    """<h1>喀什 一对一辅导人工智能训练师理论考试</h1>
<table class="info"><tr><td>类别</td><td>教育培训 &gt; 家教</td></tr><tr><td>区域</td><td>喀什市 人民西路</td></tr><tr><td>发布者</td><td>李老师（个人）</td></tr></table>
<p>本人在标注公司做过两年质检，可一对一辅导五级理论和实操，每次2小时150元。报名表：jinshuju.net/f/Li2026 。</p>
<p>电话：壹捌捌-零玖玖捌-叁陆伍贰（18809983652）</p>""",
    True, "I04", "李老师",
    [("phone", "+8618809983652", "18809983652")],
    "independent tutor on classifieds")
add("/video/v-92020.html", "video", "零基础三天学会数据标注，带你入门人工智能训练师",
    """<div class="player">[视频 01:05] 零基础三天学会数据标注</div>
<p class="author">@阿克苏标注哥 · 阿克苏 · 765赞</p>
<p class="desc">训练营299元，三天线上课，送考证指导。私信或扣扣 2410985537。</p>""",
    True, "I05", "阿克苏标注哥",
    [("qq", "2410985537", "2410985537")],
    "independent short-video seller")
add("/bbs/thread-2040.html", "bbs", "【商家】库尔勒石化培训中心 人工智能训练师四级班",
    """<h1>【商家】库尔勒石化培训中心 人工智能训练师四级班</h1>
<div class="post"><p class="user">楼主：石化培训中心 · 认证商家</p>
<p>面向已取得五级证书满4年或累计工作满6年的学员，四级班50课时。报名邮箱 klsh_px@163.com ，电话 0996-2671905。</p></div>""",
    True, "I06", "库尔勒石化培训中心",
    [("email", "klsh_px@163.com", "klsh_px@163.com"), ("phone", "09962671905", "0996-2671905")],
    "independent Korla training centre")

# ================================================================ non-offers
add("/news/warn-0318.html", "news", "警惕！“包过”“人社部颁发”的人工智能训练师证书骗局",
    """<h1>警惕！“包过”“人社部颁发”的人工智能训练师证书骗局</h1>
<p class="meta">南疆新闻网 记者 · 2026-03-18</p>
<p>近期，喀什、库尔勒多名市民反映，有人在网上以“人社部颁发”“免培训包通过”为名推销人工智能训练师证书。市民热依拉说，她按对方要求转账2680元后，对方电话 170 9981 2476 就再也打不通了。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；遇到虚假宣传可拨打12315投诉，政策咨询可拨打12333。</p>""",
    note="news warning quoting a scammer's number")
add("/news/policy-subsidy.html", "news", "技能提升补贴怎么领？一图读懂",
    """<h1>技能提升补贴怎么领？一图读懂</h1>
<p class="meta">南疆新闻网 · 2026-04-03</p>
<p>参加失业保险满1年的企业职工，取得初级（五级）、中级（四级）、高级（三级）职业技能等级证书，可分别申领最高1000元、1500元、2000元补贴。技师、高级技师没有此项全国性补贴。</p>
<p>申领示例：在“新疆人社”APP填写 手机号 13800138000（示例）……详情咨询12333。查询证书请登录 osta.mohrss.gov.cn 。</p>""",
    note="policy explainer")
add("/rsj/notice-2026-07.html", "rsj", "关于开展2026年第二季度职业技能等级认定工作的通知",
    """<h1>关于开展2026年第二季度职业技能等级认定工作的通知</h1>
<p class="meta">发布机构：职业能力建设科 · 2026-04-07</p>
<p>一、本季度认定职业包括人工智能训练师（4-04-05-05）五级、四级，由已备案评价机构组织实施。</p>
<p>二、考点：喀什地区技能鉴定所（考点前台 0998-2827315）。</p>
<p>三、以下为本地区定点培训机构名单（供参考，不代表推荐）：喀什智鼎职业技能培训学校、巴州博雅人力资源服务有限公司等。</p>
<p>四、证书查询：zscx.osta.org.cn；评价机构名单：pjjg.osta.org.cn。政策咨询：12333。</p>""",
    note="official notice listing exam venue, query sites")
add("/rsj/notice-shanzhai.html", "rsj", "关于警惕技术技能类“山寨证书”的提示",
    """<h1>关于警惕技术技能类“山寨证书”的提示</h1>
<p class="meta">发布机构：职业能力建设科 · 2026-03-20</p>
<p>近期发现部分机构以“人社部颁发”“国家职业资格证书”“包过”“不培训直接发证”等名义招揽人员。人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发，人社部门不直接颁发。</p>
<p>凡声称可在非官方网站“入库可查”的，均应警惕。官方查询：zscx.osta.org.cn、osta.mohrss.gov.cn。投诉举报：12315；咨询：12333。</p>""",
    note="人社局 warning against 山寨证书")
add("/bbs/thread-2050.html", "bbs", "【曝光】交了钱拿不到人工智能训练师证，大家小心这个号",
    """<h1>【曝光】交了钱拿不到人工智能训练师证，大家小心这个号</h1>
<div class="post"><p class="user">楼主：受害者小王</p>
<p>上个月在网上找人办人工智能训练师三级，对方说人社部颁发包过，我付了2680，订单编号 138202604150096，之后电话17099812476就关机了。已经打12315投诉。</p></div>
<div class="reply"><p class="user">2楼 喀什的丹丹</p><p>我也差点被骗，有同样经历的加我微信 kashi_dan88 一起维权</p></div>
<div class="reply"><p class="user">3楼 版主</p><p>已置顶，请大家报名前到 zscx.osta.org.cn 核实机构。</p></div>""",
    note="complaint thread quoting scam number, order number, reader contacts")
add("/wenda/q-600.html", "wenda", "人工智能训练师证书怎么查真假？",
    """<h1>人工智能训练师证书怎么查真假？</h1>
<div class="q">提问者：喀什的丹丹 · 2026-04-05 · 我朋友发我一个证书编号 S000065000001253000001，说可以查，我的微信 kashi_dan88，懂的帮我看看</div>
<div class="a best"><b>人社小助手</b> 回答：登录技能人才评价证书全国联网查询 zscx.osta.org.cn ，输入姓名、证件号和证书编号查询。非官方网站的“查询”不可信。不确定可拨打12333。</div>""",
    note="Q&A guide on verifying certificates, reader contact and sample number")
add("/wx/guide-levels.html", "wx", "人工智能训练师五个等级，一次说清楚",
    """<p class="src">原文来源：公众号“职场干货君” · 2026-04-06</p>
<h1>人工智能训练师五个等级，一次说清楚</h1>
<p>人工智能训练师（4-04-05-05）分五级到一级，有数据标注员和人工智能算法测试员两个工种。五级要求工作满一年或学徒期满；高级别需要逐级取证并满足年限。凡是“零基础直接考一级”的都不靠谱。</p>
<p>查证书：osta.mohrss.gov.cn；有疑问打12333。</p>""",
    note="guide article, no seller")
add("/video/v-60001.html", "video", "喀什古城的烤包子，一口下去太香了",
    """<div class="player">[视频 00:58] 喀什古城的烤包子</div>
<p class="author">@南疆吃货 · 喀什 · 5.6万赞</p>
<p class="desc">#喀什美食 #烤包子 古城东门第二家，5块钱一个。</p>""",
    note="unrelated food video")

# ---------------------------------------------------------------- rendering
CSS = ("body{font-family:sans-serif;margin:0}header,footer{background:#eee;padding:8px}"
       "nav a{margin-right:12px}.wrap{display:flex}.main{flex:3;padding:12px}"
       "aside{flex:1;padding:12px;background:#fafafa}.crumb{font-size:12px;color:#666}")


def rel_links(site, path):
    others = [p for p in PAGES if p["site"] == site and p["path"] != path
              and not p["path"].endswith("/index.html")]
    items = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in others[:5])
    return '<div class="related"><h3>相关内容</h3><ul>%s</ul></div>' % items


def render(p):
    s = SITES[p["site"]]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (p["site"], m) for m in s["menu"])
    crumb = ('<div class="crumb"><a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s</div>'
             % (p["site"], s["name"], p["crumb"]))
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title>"
            "<style>%s</style></head><body class=\"%s\">\n<header><b>%s</b> <small>%s</small><nav>%s</nav></header>\n"
            "%s\n<div class=\"wrap\"><div class=\"main\">%s\n%s</div><aside>%s</aside></div>\n"
            "<footer>%s</footer>\n</body></html>\n"
            % (p["title"], s["name"], CSS, p["site"], s["name"], s["dom"], menu, crumb, p["body"],
               rel_links(p["site"], p["path"]), s["side"], s["foot"]))


def build_indexes():
    for key, s in SITES.items():
        if key == "zhiding":
            continue  # the school's homepage is itself an offer page (added above)
        lst = [p for p in PAGES if p["site"] == key]
        items = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in lst)
        add("/%s/index.html" % key, key, s["name"] + " - 首页",
            "<h1>%s</h1><p>最新内容</p><ul class=\"list\">%s</ul>" % (s["name"], items),
            note="site index page", crumb="首页")
    # the school site homepage links its own brochure
    for p in PAGES:
        if p["path"] == "/zhiding/index.html":
            p["body"] += '<p><a href="/zhiding/ai-trainer.html">查看2026年人工智能训练师招生简章</a></p>'


def hub_html():
    items = "".join('<li><a href="/%s/index.html">%s</a> <small>%s · %s</small></li>'
                    % (k, s["name"], "" if k == "zhiding" else s["dom"], s["style"]) for k, s in SITES.items())
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head>"
            "<body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % items)


# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "public 人社 hotline quoted by sellers, news and notices"),
    ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation organisations"),
    ("phone", "4008203765", ["400-820-3765"], "marketplace's own customer-service number in every footer"),
    ("email", "kf@keduoduo.com", ["kf@keduoduo.com"], "marketplace's own complaint e-mail in every footer"),
    ("other", "沪ICP备18032017号-3", ["沪ICP备18032017号-3"], "marketplace ICP number"),
    ("qq_group", "318806542", ["318806542"], "forum's own QQ group in every footer"),
    ("qq", "1846620035", ["1846620035"], "forum moderator QQ in every footer"),
    ("other", "新ICP备19004521号-1", ["新ICP备19004521号-1"], "forum ICP number"),
    ("domain", "bzfenlei.com", ["www.bzfenlei.com"], "classifieds platform's own domain"),
    ("phone", "09962100588", ["0996-2100588"], "classifieds platform's customer-service line"),
    ("email", "jubao@wendaba.cn", ["jubao@wendaba.cn"], "Q&A site's report e-mail"),
    ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's e-mail in every footer"),
    ("phone", "4006110998", ["4006-110-998"], "video platform's report line"),
    ("phone", "09982523110", ["0998-2523110"], "news site's tip-off hotline"),
    ("phone", "09982899000", ["0998-2899000"], "college admissions office in footer (not the continuing-education line)"),
    ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's own USCC in every footer"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
    ("phone", "+8617099812476", ["170 9981 2476", "17099812476"], "scammer's number quoted in news and a complaint"),
    ("other", "138202604150096", ["138202604150096"], "order number that starts like a mobile"),
    ("phone", "+8613909960520", ["13909960520"], "marketplace campaign id shaped like a mobile, on several sellers' listings"),
    ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number reused by several sellers"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
    ("other", "138xxxxxxxx", ["138xxxxxxxx"], "template placeholder in a sign-up form sample"),
    ("wechat", "kashi_dan88", ["kashi_dan88"], "a reader's own WeChat in comments on several threads"),
    ("phone", "09982827315", ["0998-2827315"], "exam venue front desk quoted by school, college, notice and a scammer"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
]


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    build_indexes()
    pages_out = [dict(path="/index.html", is_offer=False, operator=None, provider=None,
                      identifiers=[], note="hub linking every site's index")]
    html = {"/index.html": hub_html()}
    for p in PAGES:
        html[p["path"]] = render(p)
        pages_out.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                              provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
    for path, text in html.items():
        fn = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in pages_out:
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pgs = sorted(path for path, t in html.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pgs, why=why))
    truth = dict(pages=sorted(pages_out, key=lambda x: x["path"]),
                 operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(html), "offers", sum(p["is_offer"] for p in pages_out))


if __name__ == "__main__":
    main()
