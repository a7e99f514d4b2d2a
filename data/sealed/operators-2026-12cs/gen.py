#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers, Guangdong, one week.

Standard library only, deterministic. Writes site/ and truth.json next to this file."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(s8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(x) * w for x, w in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s17, WTS)) % 31
    return s17 + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("91440106", "MA5CK7L2")   # 广州粤智未来教育科技有限公司 (天河)
USCC_U02 = uscc("91440111", "MA9UP3D4")   # 华鼎(广州)职业技能培训有限公司 (白云)
USCC_U06 = uscc("91440300", "MA5H2RQ8")   # 深圳领航数智科技有限公司
USCC_I01 = uscc("12440000", "45560217")   # 广州南粤职业技术学院 (事业单位)

# ---------------------------------------------------------------- sites
SITES = {
    "yzwl": dict(name="粤智未来教育", style="training-company", domain="www.yzwl-edu.cn",
                 menu=["首页", "课程中心", "补贴政策", "学员风采", "联系我们"], owner="U01",
                 footer=("广州粤智未来教育科技有限公司 | 地址：广州市天河区黄埔大道西中恒大厦9楼 | 电话：020-3847 2615<br>"
                         "统一社会信用代码：" + USCC_U01 + " | 粤ICP备2023041187号-1 | www.yzwl-edu.cn")),
    "hdjn": dict(name="华鼎职业技能", style="training-company", domain="www.huading-zj.com",
                 menu=["首页", "热门证书", "在线报名", "证书查询", "关于华鼎"], owner="U02",
                 footer=("华鼎（广州）职业技能培训有限公司 版权所有 | 全国统一热线：400-621-8899<br>"
                         "统一社会信用代码：" + USCC_U02 + " | 粤ICP备2022019357号")),
    "kdd": dict(name="课多多·职业技能课堂", style="course-marketplace", domain="www.keduoduo.cn",
                menu=["首页", "IT互联网", "职业考证", "语言学习", "机构入驻"],
                footer=("课多多（广州）网络科技有限公司 | 客服热线 400-820-3366（9:00-21:00） | 客服邮箱 kefu@keduoduo.cn<br>"
                        "平台仅提供信息展示，课程由入驻机构提供 | keduoduo.cn | 粤ICP备18066251号-3")),
    "bbs": dict(name="羊城生活论坛", style="local-forum", domain="bbs.ycshenghuo.net",
                menu=["首页", "职场交流", "学习考证", "二手闲置", "投诉曝光"],
                footer=("羊城生活论坛 © 2008-2026 | 版主联系/广告合作：论坛官方QQ群 318204756<br>"
                        "粤ICP备16052318号-2 | 粤公网安备44010602000321号 | 违法和不良信息举报：jubao@ycshenghuo.net")),
    "fenlei": dict(name="粤分类信息网", style="classifieds", domain="gz.yuefenlei.com",
                   menu=["广州", "招聘", "教育培训", "二手", "便民服务"],
                   footer=("粤分类信息网 | 客服电话 020-2901 8800 | 举报邮箱 jubao@yuefenlei.com<br>"
                           "信息由用户自行发布，交易前请核实对方资质 | 粤ICP备15030876号")),
    "wenda": dict(name="知否问答", style="qa-site", domain="www.zhifouwenda.com",
                  menu=["首页", "教育", "职场", "科技", "我要提问"],
                  footer=("知否问答 © 2026 | 用户协议 | 隐私政策 | 意见反馈：help@zhifouwenda.com<br>"
                          "京ICP备20011842号-5")),
    "v": dict(name="快看短视频", style="short-video", domain="www.kuaikanv.com",
              menu=["推荐", "关注", "同城", "知识", "直播"],
              footer=("快看短视频 | 网络内容举报热线 400-990-5577 | 未成年人保护 | kuaikanv.com<br>"
                      "粤ICP备20044719号-1 | 网络文化经营许可证 粤网文〔2021〕1183-046号")),
    "news": dict(name="岭南资讯网", style="news-portal", domain="news.lingnanzx.com",
                 menu=["首页", "广东", "教育", "财经", "民生"],
                 footer=("岭南资讯网 | 新闻热线 020-8737 3998 | 投稿邮箱 tougao@lingnanzx.com<br>"
                         "互联网新闻信息服务许可证 44120180017 | 粤ICP备11019024号")),
    "nyzy": dict(name="广州南粤职业技术学院", style="college", domain="www.nyzy.edu.cn",
                 menu=["学院首页", "学院概况", "招生就业", "继续教育", "通知公告"], owner="I01",
                 footer=("广州南粤职业技术学院 | 地址：广州市从化区南粤大道88号 | 学院总机：020-6193 0000<br>"
                         "统一社会信用代码：" + USCC_I01 + " | 粤ICP备05018836号")),
    "hrss": dict(name="岭南市人力资源和社会保障局", style="government-notice", domain="hrss.lingnan.gov.cn",
                 menu=["首页", "政务公开", "政策文件", "办事服务", "互动交流"],
                 footer=("主办：岭南市人力资源和社会保障局 | 咨询电话：12333 | 网站标识码 4406000019<br>"
                         "粤ICP备10021733号 | 粤公网安备44060402000118号")),
    "mp": dict(name="微读·公众号文章精选", style="wechat-repost", domain="www.weidu-mp.com",
               menu=["推荐", "职场", "教育", "科技", "本地"],
               footer=("微读 · 公众号文章精选，内容来自公众号，版权归原作者 | 侵权联系 weidu_kf@163.com<br>"
                       "粤ICP备19087342号")),
}
SITE_ORDER = ["yzwl", "hdjn", "kdd", "bbs", "fenlei", "wenda", "v", "news", "nyzy", "hrss", "mp"]

# ---------------------------------------------------------------- decoys
# kind, value, written forms, why.  Pages are found by scanning the generated HTML.
DECOYS = [
    ("phone", "12333", ["12333"], "人社部门公共服务热线，官方警示和卖家都会引用"),
    ("phone", "12345", ["12345"], "政务服务便民热线，见于警示与新闻"),
    ("phone", "12315", ["12315"], "市场监管投诉举报热线，见于投诉帖、新闻和警示"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "官方证书查询网站，卖家与官方页面都写"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "证书上的官方查询网址"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "技能人才评价工作网"),
    ("phone", "4008203366", ["400-820-3366"], "课多多平台客服热线，在每个课程页页脚"),
    ("email", "kefu@keduoduo.cn", ["kefu@keduoduo.cn"], "课多多平台客服邮箱"),
    ("domain", "keduoduo.cn", ["keduoduo.cn"], "课多多平台自己的域名"),
    ("qq_group", "318204756", ["318204756"], "羊城生活论坛官方QQ群，每个帖子页脚"),
    ("other", "粤ICP备16052318号-2", ["粤ICP备16052318号-2"], "论坛自己的ICP备案号"),
    ("phone", "020-29018800", ["020-2901 8800"], "分类信息网平台客服电话"),
    ("email", "jubao@yuefenlei.com", ["jubao@yuefenlei.com"], "分类信息网举报邮箱"),
    ("email", "help@zhifouwenda.com", ["help@zhifouwenda.com"], "问答站反馈邮箱"),
    ("phone", "4009905577", ["400-990-5577"], "短视频平台举报热线"),
    ("other", "粤ICP备19087342号", ["粤ICP备19087342号"], "公众号聚合站ICP备案号"),
    ("phone", "020-87373998", ["020-8737 3998"], "新闻网站新闻热线"),
    ("phone", "+8617788452310", ["177 8845 2310", "17788452310", "177-8845-2310"],
     "骗子电话：警示、新闻、投诉中被曝光引用的号码，不属于任何在售卖家"),
    ("wechat", "zs_banzheng666", ["zs_banzheng666"], "被曝光的办证微信号，出现在投诉和新闻中"),
    ("other", "18820251106", ["18820251106"], "同一评价机构考试批次号，形似手机号，两家代理都转抄"),
    ("phone", "+8613800138000", ["13800138000"], "报名表模板里的示例手机号"),
    ("phone", "020-87651234", ["020-87651234"], "考点大厦前台电话（第三方），多家机构都写"),
    ("wechat", "lily_gz1990", ["lily_gz1990"], "同一读者在不同帖子评论区留的自己微信"),
    ("qq", "735920184", ["735920184"], "同一网友在不同问答下留的自己QQ"),
    ("other", "S000044190125400001", ["S000044190125400001"], "证书编号样例，模板里照抄"),
]

# ---------------------------------------------------------------- shared snippets
KD_NOTICE = '<p class="platform-tip">【平台提示】请通过课多多平台下单，谨防私下转账。平台客服：400-820-3366。</p>'
BBS_REPLY_TIP = '<p class="tip">本帖内容由网友发布，与羊城生活论坛立场无关。</p>'

# ---------------------------------------------------------------- pages
# Each page: site, file, title, offer, op, provider, ids [[kind,value,written]], body, note
PAGES = []


def page(site, file, title, offer, op, provider, ids, body, note):
    PAGES.append(dict(site=site, file=file, title=title, offer=offer, op=op, provider=provider,
                      ids=ids, body=body, note=note))


# shared ids of site owners (footer on every page of their own site)
YZWL_FOOT = [["phone", "020-38472615", "020-3847 2615"], ["uscc", USCC_U01, USCC_U01],
             ["domain", "yzwl-edu.cn", "www.yzwl-edu.cn"], ["other", "粤ICP备2023041187号", "粤ICP备2023041187号-1"]]
HDJN_FOOT = [["phone", "4006218899", "400-621-8899"], ["uscc", USCC_U02, USCC_U02],
             ["other", "粤ICP备2022019357号", "粤ICP备2022019357号"]]
NYZY_FOOT = [["phone", "020-61930000", "020-6193 0000"], ["uscc", USCC_I01, USCC_I01]]

# ---- yzwl (U01 company site)
page("yzwl", "index.html", "粤智未来教育 - 广州职业技能培训", False, None, None, [], """
<div class="banner">广州粤智未来教育 · 专注数字技能培训十年</div>
<h2>最新动态</h2>
<ul><li><a href="ai.html">人工智能训练师（四级/五级）2026年第二期招生</a></li>
<li><a href="biaozhu.html">数据标注员周末班开课通知</a></li>
<li>我司获评天河区优秀职业培训机构（2025）</li></ul>
<h2>关于我们</h2><p>粤智未来成立于2016年，开设电商运营、新媒体、人工智能训练师等课程，坐落于天河区中恒大厦。</p>
""", "U01 company site home page, lists news only")

page("yzwl", "ai.html", "人工智能训练师（四级/五级）培训招生简章 - 粤智未来教育", True, "U01", "粤智未来教育",
     YZWL_FOOT + [["phone", "+8613719204586", "137-1920-4586"], ["wechat", "13719204586", "137-1920-4586"]], """
<h1>人工智能训练师（4-04-05-05）四级/五级 培训招生简章</h1>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》，培训结束后由备案的第三方评价机构组织理论+实操考核，合格者获发职业技能等级证书，可在 zscx.osta.org.cn 查询。</p>
<table><tr><th>等级</th><th>学时</th><th>培训费</th><th>申报条件</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>2980元</td><td>本职业或相关职业累计工作1年（含）以上</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>3680元</td><td>取得五级证书后工作满4年等，详见标准</td></tr></table>
<p>符合条件的参保职工可申请失业保险技能提升补贴（五级1000元、四级1500元），政策以人社部门为准，咨询12333。</p>
<p>报名咨询：王老师 137-1920-4586（微信同号）／座机 020-3847 2615</p>
<p>上课地点：天河区黄埔大道西中恒大厦9楼。</p>
""", "U01: honest level 5/4 course with subsidy and official query site")

page("yzwl", "biaozhu.html", "数据标注员（人工智能训练师）周末班 - 粤智未来教育", True, "U01", "粤智未来教育",
     YZWL_FOOT + [["qq", "2853019472", "2853019472"]], """
<h1>数据标注员周末班（人工智能训练师·数据标注员工种）</h1>
<p>面向电商客服、运营转岗人员，讲授图像、文本、语音标注与质检，结课可报名五级认定考核。</p>
<p>学费：2680元（含教材），分两期付款。班级人数30人以内。</p>
<p>课程顾问QQ：2853019472（备注“标注班”）</p>
""", "U01: data-annotator work-type course on own site")

# ---- hdjn (U02 company site, scammy)
page("hdjn", "index.html", "华鼎职业技能 - 热门证书一站式服务", False, None, None, [], """
<div class="banner">华鼎职业技能 · 考证就找华鼎</div>
<h2>热门证书</h2><ul><li><a href="kecheng.html">人工智能训练师</a></li><li><a href="baoming.html">在线报名</a></li>
<li>健康管理师</li><li>心理咨询师</li><li>碳排放管理师</li></ul>
<h2>证书查询</h2><p>证书可在 jndj.osta.org.cn 查询真伪。</p>
""", "U02 company site home page, list of certificates")

page("hdjn", "kecheng.html", "人工智能训练师三级/二级 速成考证 - 华鼎职业技能", True, "U02", "华鼎职业技能",
     HDJN_FOOT + [["phone", "+8618928461073", "189 2846 1073"], ["wechat", "hd_kefu88", "hd_kefu88"]], """
<h1>人工智能训练师 三级/二级/一级 一站式拿证</h1>
<p class="red">人社部颁发 · 国家职业资格证书 · 全国通用 · 终身有效 · 入库可查（jndj.osta.org.cn）</p>
<ul><li>零基础、不限学历、不限经验，可直接报考二级技师</li><li>免培训，线上刷题两周，包过！不过全额退款</li>
<li>三证同报（五级+四级+三级）优惠价 6800 元</li><li>可挂靠企业，年收入2-3万</li></ul>
<p>名额紧张，本月底截止。报名老师：189 2846 1073，薇：hd_kefu88</p>
""", "U02: scam ad - 人社部颁发, 包过, levels 2/1 for beginners, 挂靠")

page("hdjn", "baoming.html", "在线报名 - 华鼎职业技能", True, "U02", "华鼎职业技能",
     HDJN_FOOT + [["email", "hd_zhengshu@163.com", "hd_zhengshu#163.com"], ["other", "李卫东", "收款人 李卫东"]], """
<h1>人工智能训练师 在线报名表</h1>
<form><p>姓名：<input></p><p>手机号：<input placeholder="例：13800138000"></p>
<p>报考等级：<select><option>三级</option><option>二级</option><option>一级</option></select></p></form>
<p>报名资料（身份证正反面、一寸白底照）发送至邮箱 hd_zhengshu#163.com（#换成@）</p>
<p>费用转账：收款人 李卫东（个人账户），转账后截图发客服，三个工作日内安排考试。</p>
<p>证书编号示例：S000044190125400001，官网可查。</p>
""", "U02: sign-up form, private payee, template phone and certificate number")

# ---- kdd marketplace
KD_IDX = """
<h2>职业考证 · 人工智能</h2><ul>
<li><a href="c2101.html">人工智能训练师五级精品班</a></li><li><a href="c2203.html">人工智能训练师三级+四级 补贴班</a></li>
<li><a href="c2304.html">AI训练师实战课 深圳线下</a></li><li><a href="c2406.html">人工智能训练师证书 包拿证</a></li>
<li><a href="c2508.html">佛山 人工智能训练师 四级 周末班</a></li><li><a href="c2611.html">零基础学数据标注（录播）</a></li></ul>
"""
page("kdd", "index.html", "课多多 - 职业考证频道", False, None, None, [], KD_IDX + KD_NOTICE,
     "marketplace channel index")

page("kdd", "c2101.html", "人工智能训练师五级精品班 - 粤智AI学院 - 课多多", True, "U01", "粤智AI学院",
     [["phone", "+8613719204586", "137 1920 4586"], ["qq", "2853019472", "2853019472"]], """
<h1>人工智能训练师五级精品班（线下+线上）</h1><p class="shop">机构：粤智AI学院 ｜ 广州·天河 ｜ 好评率 97%</p>
<p class="price">¥2980 <s>¥3580</s> ｜ 已报名 412 人</p>
<p>课程按国家职业技能标准五级要求设置，60学时，结课参加第三方评价机构认定。</p>
<p>机构咨询：137 1920 4586 ｜ QQ 2853019472</p>
""" + KD_NOTICE, "U01 course listing on marketplace under brand 粤智AI学院")

page("kdd", "c2203.html", "人工智能训练师三级+四级 补贴班 - 启程数智学堂 - 课多多", True, "U03", "启程数智学堂",
     [["phone", "+8613602587314", "136-0258-7314"], ["qq_group", "863204517", "863204517"]], """
<h1>人工智能训练师 三级+四级 联报补贴班</h1><p class="shop">机构：启程数智学堂 ｜ 广州·番禺</p>
<p class="price">¥4980 ｜ 补贴后几乎免费！</p>
<p>三级最高补贴2000元，广州再上浮30%；四级+三级一起报更划算。证书 zscx.osta.org.cn 可查。</p>
<p>学员交流QQ群：863204517 ｜ 课程顾问 136-0258-7314</p>
""" + KD_NOTICE, "U03 marketplace listing, bundles levels, overstated subsidy")

page("kdd", "c2304.html", "AI训练师实战课 深圳线下 - 智汇职培 - 课多多", True, "U04", "智汇职培",
     [["phone", "0755-86239174", "0755-8623 9174"], ["wechat", "zhihui_0755", "zhihui_0755"]], """
<h1>AI训练师实战课（深圳南山 线下小班）</h1><p class="shop">机构：智汇职培 ｜ 深圳·南山</p>
<p class="price">¥3200</p><p>8周，数据采集、清洗、标注、模型测试；可选报四级认定（另付认定费）。</p>
<p>电话 0755-8623 9174 ｜ 微信 zhihui_0755</p>
""" + KD_NOTICE, "U04 marketplace listing, plain course with optional level-4 exam")

page("kdd", "c2406.html", "人工智能训练师证书 包拿证 - 领航数智 - 课多多", True, "U06", "领航数智",
     [["phone", "+8613822609471", "13822609471"], ["uscc", USCC_U06, USCC_U06]], """
<h1>人工智能训练师证书 快速拿证 不过退款</h1><p class="shop">机构：领航数智（认证企业 """ + USCC_U06 + """）</p>
<p class="price">四级 ¥1980 ｜ 三级 ¥2980</p><p>免考勤，线上刷题，国家认可，官方认证，拿证后可申请补贴。</p>
<p>报名热线 13822609471</p>
""" + KD_NOTICE, "U06 marketplace listing, 不过退款/官方认证 wording")

page("kdd", "c2508.html", "佛山 人工智能训练师四级 周末班 - 新思维培训 - 课多多", True, "U08", "新思维培训",
     [["phone", "0757-82613958", "0757-82613958"], ["domain", "xinsiwei-px.cn", "xinsiwei-px.cn"]], """
<h1>佛山禅城 人工智能训练师（四级）周末班</h1><p class="shop">机构：新思维培训 ｜ 佛山·禅城</p>
<p class="price">¥3380</p><p>每周六日上课，共50学时，含实操机房。更多班期见官网 xinsiwei-px.cn</p>
<p>咨询电话：0757-82613958</p>
""" + KD_NOTICE, "U08 marketplace listing, level-4 weekend class")

page("kdd", "c2611.html", "零基础学数据标注（录播）- 阿木AI小课 - 课多多", True, "I02", "阿木AI小课",
     [["email", "amu_ailab@outlook.com", "amu_ailab@outlook.com"]], """
<h1>零基础学数据标注（录播课，不含证书）</h1><p class="shop">机构：阿木AI小课（个人讲师）</p>
<p class="price">¥199</p><p>本课程为技能学习课，不代办任何证书；如需职业技能等级认定请自行向备案评价机构报名。</p>
<p>课程答疑邮箱：amu_ailab@outlook.com</p>
""" + KD_NOTICE, "I02 honest cheap recorded course, no certificate")

# ---- bbs forum
BBS_IDX = """
<h2>学习考证版</h2><table class="threads">
<tr><td><a href="t1.html">【分享】广州人工智能训练师四级拿证经验+机构推荐</a></td><td>回复 23</td></tr>
<tr><td><a href="t2.html">人工智能训练师可以抵个税吗？我来说说</a></td><td>回复 8</td></tr>
<tr><td><a href="t3.html">出二级人工智能训练师名额，速来</a></td><td>回复 2</td></tr>
<tr><td><a href="t4.html">证书挂靠 人工智能训练师 年入两万</a></td><td>回复 5</td></tr>
<tr><td><a href="t5.html">出售一份人工智能训练师网课资料</a></td><td>回复 1</td></tr>
<tr><td><a href="t6.html">【曝光】交了5800办人工智能训练师证，对方拉黑了</a></td><td>回复 41</td></tr>
<tr><td><a href="t7.html">求问：宝妈零基础能考人工智能训练师吗？</a></td><td>回复 12</td></tr></table>
"""
page("bbs", "index.html", "学习考证 - 羊城生活论坛", False, None, None, [], BBS_IDX, "forum board index")

page("bbs", "t1.html", "【分享】广州人工智能训练师四级拿证经验+机构推荐 - 羊城生活论坛", True, "U05", "锐思教育",
     [["qq", "1572093846", "1572093846"], ["phone", "+8617620394815", "176 2039 4815"]], """
<h1>【分享】广州人工智能训练师四级拿证经验+机构推荐</h1>
<div class="post"><span class="author">楼主：ruisi小助手</span>
<p>去年在锐思教育报的四级，理论+实操两场，实操就是标注和质检。机构老师很负责，推荐给大家。</p>
<p>想了解的加老师扣扣 1572093846 或打 176 2039 4815，说是论坛看到的有优惠。</p></div>
<div class="reply"><b>2楼 阿杰</b>：打广告的吧</div>
<div class="reply"><b>3楼 lily</b>：求拉群，我微信 lily_gz1990</div>
""" + BBS_REPLY_TIP, "U05 disguised experience post (soft ad) with reader's own contact in comments")

page("bbs", "t2.html", "人工智能训练师可以抵个税吗？我来说说 - 羊城生活论坛", True, "U07", "博学职教",
     [["wechat", "boxue_ai_v", "boxue_ai_v"]], """
<h1>人工智能训练师可以抵个税吗？我来说说</h1>
<div class="post"><span class="author">楼主：博学职教-陈老师</span>
<p>取得职业技能等级证书当年可按规定享受继续教育专项附加扣除3600元（以税务规定为准）。</p>
<p>我们博学职教开了五级/四级班，学费2800起，考不过免费重学。V信：boxue_ai_v</p></div>
<div class="reply"><b>2楼 路过</b>：个税那个是真的，查12366就知道</div>
""" + BBS_REPLY_TIP, "U07 forum post about tax deduction, advertises class")

page("bbs", "t3.html", "出二级人工智能训练师名额，速来 - 羊城生活论坛", True, "U02", "华鼎教育",
     [["phone", "+8618928461073", "１８９２８４６１０７３"], ["email", "hd_zhengshu@163.com", "hd_zhengshu#163.com"]], """
<h1>出二级人工智能训练师名额，速来</h1>
<div class="post"><span class="author">楼主：华鼎教育_Amy</span>
<p>二级技师，不看学历不看年限，免考直接下证，人社部颁发，全国联网可查！本批只剩5个名额。</p>
<p>电话：１８９２８４６１０７３ ／ 资料发 hd_zhengshu#163.com</p></div>
<div class="reply"><b>2楼 小k</b>：二级不是要三级证再干4年吗？</div>
""" + BBS_REPLY_TIP, "U02 scam forum post - level 2 without exam, full-width phone")

page("bbs", "t4.html", "证书挂靠 人工智能训练师 年入两万 - 羊城生活论坛", True, "U09", "正途认证",
     [["wechat", "zt-renzheng", "zt-renzheng"], ["phone", "+8616620845739", "166 2084 5739"]], """
<h1>证书挂靠 人工智能训练师 年入两万</h1>
<div class="post"><span class="author">楼主：正途认证</span>
<p>考下人工智能训练师三级即可挂靠高新企业，年收入2万+，我们包办考证+挂靠一条龙，费用 8800。</p>
<p>微：zt-renzheng ／ 电话 166 2084 5739</p></div>
<div class="reply"><b>2楼 lily</b>：想问下挂靠靠谱吗，加我 lily_gz1990</div>
""" + BBS_REPLY_TIP, "U09 挂靠 lure post; same reader comments as t1")

page("bbs", "t5.html", "出售一份人工智能训练师网课资料 - 羊城生活论坛", True, "I03", "个人转让",
     [["wechat", "xm_19970823", "xm_19970823"]], """
<h1>出售一份人工智能训练师网课资料</h1>
<div class="post"><span class="author">楼主：小满</span>
<p>自己考完四级了，理论题库+实操视频打包出，另可代报名本期四级认定，50元辛苦费。加V：xm_19970823</p></div>
""" + BBS_REPLY_TIP, "I03 individual reselling materials and sign-up help")

page("bbs", "t6.html", "【曝光】交了5800办人工智能训练师证，对方拉黑了 - 羊城生活论坛", False, None, None, [], """
<h1>【曝光】交了5800办人工智能训练师证，对方拉黑了</h1>
<div class="post"><span class="author">楼主：受害者阿梅</span>
<p>对方说人社部颁发、包过，让我转了5800，之后就拉黑了。骗子电话 177 8845 2310，微信 zs_banzheng666，大家千万别信！</p>
<p>已经打12315和110报案，订单截图都在。</p></div>
<div class="reply"><b>2楼 版主</b>：已置顶，提醒大家证书到 zscx.osta.org.cn 查询。</div>
""" + BBS_REPLY_TIP, "complaint thread quoting scammer's phone and WeChat")

page("bbs", "t7.html", "求问：宝妈零基础能考人工智能训练师吗？ - 羊城生活论坛", False, None, None, [], """
<h1>求问：宝妈零基础能考人工智能训练师吗？</h1>
<div class="post"><span class="author">楼主：团团妈</span>
<p>看到好多广告说零基础包过，真的吗？有没有懂的说说。</p></div>
<div class="reply"><b>2楼 老王</b>：五级要相关工作1年或者学徒期满，去问12333最准。</div>
""" + BBS_REPLY_TIP, "learner's question thread")

# ---- fenlei classifieds
FL_IDX = """
<h2>广州 · 教育培训 · 职业技能</h2><ul>
<li><a href="a1.html">人工智能训练师 补贴培训 番禺可上门</a></li><li><a href="a2.html">AI训练师证 快速下证</a></li>
<li><a href="a3.html">天河 人工智能训练师五级 小班</a></li><li><a href="a4.html">佛山 人工智能训练师 四级 报名</a></li>
<li><a href="a5.html">个人辅导 数据标注 一对一</a></li><li><a href="a6.html">招聘：数据标注员 8名</a></li></ul>
"""
page("fenlei", "index.html", "广州教育培训信息 - 粤分类信息网", False, None, None, [], FL_IDX, "classifieds category index")

page("fenlei", "a1.html", "人工智能训练师 补贴培训 - 粤分类信息网", True, "U03", "启程职培",
     [["phone", "+8613602587314", "tel:+8613602587314"], ["wechat", "qczs_edu", "qczs_edu"]], """
<h1>人工智能训练师 补贴培训 番禺/海珠</h1><p class="meta">发布者：启程职培 ｜ 区域：番禺</p>
<p>五级、四级、三级均可报，补贴后几乎免费，报名批次：18820251106（本月截止）。</p>
<p>一键拨号：<a href="tel:+8613602587314">点击拨打</a> ｜ 微信 qczs_edu</p>
""", "U03 classifieds ad with tel: link and exam batch number")

page("fenlei", "a2.html", "AI训练师证 快速下证 - 粤分类信息网", True, "U06", "领航考证",
     [["phone", "+8613822609471", "138 2260 9471"], ["wechat", "lh_kaozheng", "lh_kaozheng"]], """
<h1>AI训练师证 快速下证 全国可查</h1><p class="meta">发布者：领航考证 ｜ 区域：白云</p>
<p>人工智能训练师四级/三级，线上考试，官方认证，报名批次：18820251106。</p>
<p>联系：138 2260 9471 ｜ 微信：lh_kaozheng</p>
""", "U06 classifieds ad, same exam batch number as U03")

page("fenlei", "a3.html", "天河 人工智能训练师五级 小班 - 粤分类信息网", True, "U01", "智未来人工智能培训",
     [["qq", "2853019472", "2853019472"], ["wechat", "yzwl_ai2024", "yzwl_ai2024"]], """
<h1>天河 人工智能训练师五级 小班授课</h1><p class="meta">发布者：智未来人工智能培训 ｜ 区域：天河</p>
<p>60学时，晚班/周末班，2980元，可开发票。考核由第三方评价机构组织。</p>
<p>扣扣：2853019472 ｜ VX：yzwl_ai2024</p>
""", "U01 classifieds ad under third brand")

page("fenlei", "a4.html", "佛山 人工智能训练师 四级 报名 - 粤分类信息网", True, "U08", "新思维职业培训",
     [["wechat", "xsw0757", "xsw0757"], ["phone", "0757-82613958", "0757—82613958"]], """
<h1>佛山 人工智能训练师 四级 报名中</h1><p class="meta">发布者：新思维职业培训 ｜ 区域：禅城</p>
<p>考点：禅城区季华五路某大厦（前台电话 020-87651234 仅限问路）。学费3380。</p>
<p>电话：0757—82613958 ｜ 微信 xsw0757</p>
""", "U08 classifieds ad, venue front-desk number")

page("fenlei", "a5.html", "个人辅导 数据标注 一对一 - 粤分类信息网", True, "I04", "刘老师",
     [["phone", "+8615902063178", "159 0206 3178"]], """
<h1>个人辅导 数据标注/人工智能训练师四级实操 一对一</h1><p class="meta">发布者：刘老师 ｜ 区域：越秀</p>
<p>某AI公司数据组长，周末辅导实操，200元/小时。不包过，不卖证。考点在天河（前台 020-87651234）。</p>
<p>电话 159 0206 3178</p>
""", "I04 individual tutor, honest; quotes venue front desk")

page("fenlei", "a6.html", "招聘：数据标注员 8名 - 粤分类信息网", False, None, None, [], """
<h1>招聘：数据标注员 8名（番禺）</h1><p class="meta">发布者：某科技公司人事</p>
<p>月薪5000-7000，有人工智能训练师证书优先，无需缴纳任何培训费，谨防招聘培训贷。</p>
<p>投递邮箱 hr_pyai@126.com</p>
""", "job ad, not an offer")

# ---- wenda Q&A
WD_IDX = """
<h2>热门问题 · 教育</h2><ul>
<li><a href="q1.html">人工智能训练师证书有用吗？</a></li><li><a href="q2.html">人工智能训练师三级怎么报名？</a></li>
<li><a href="q3.html">人工智能训练师考试难不难？</a></li><li><a href="q4.html">人工智能训练师证书能挂靠吗？</a></li></ul>
"""
page("wenda", "index.html", "教育频道 - 知否问答", False, None, None, [], WD_IDX, "Q&A channel index")

page("wenda", "q1.html", "人工智能训练师证书有用吗？ - 知否问答", True, "U05", "锐思AI学院",
     [["email", "ruisi_ai@qq.com", "ruisi_ai＠qq.com"], ["qq", "1572093846", "1572093846"]], """
<h1>人工智能训练师证书有用吗？</h1><div class="answer"><b>锐思AI学院 · 认证回答者</b>
<p>有用，可申请补贴、入户积分。我们考点在天河某大厦（前台 020-87651234）。报名资料发 ruisi_ai＠qq.com，或Q 1572093846。</p></div>
<div class="answer"><b>网友 阿九</b><p>同问，有资料的发我QQ 735920184</p></div>
""", "U05 answer advertising, full-width @")

page("wenda", "q2.html", "人工智能训练师三级怎么报名？ - 知否问答", True, "U03", "启程教育",
     [["domain", "qichengai.com", "qichengai.com"], ["email", "qcai@qichengai.com", "qcai@qichengai.com"],
      ["qq_group", "863204517", "863204517"]], """
<h1>人工智能训练师三级怎么报名？</h1><div class="answer"><b>启程教育</b>
<p>三级需要四级证+工作年限，但我们有大专学历通道，补贴后几乎免费。详情 qichengai.com，邮箱 qcai@qichengai.com，群 863204517。</p></div>
""", "U03 Q&A answer with own domain and QQ group")

page("wenda", "q3.html", "人工智能训练师考试难不难？ - 知否问答", True, "U07", "博学教育",
     [["qq_group", "590284173", "590284173"], ["phone", "+8619925837460", "199-2583-7460"]], """
<h1>人工智能训练师考试难不难？</h1><div class="answer"><b>博学教育 陈老师</b>
<p>理论+实操，满分100，60分及格。我们考前押题，通过率98%。备考群 590284173，电话 199-2583-7460。</p></div>
<div class="answer"><b>网友 阿九</b><p>求题库，QQ 735920184</p></div>
""", "U07 answer with pass-rate claim; reader's QQ repeats from q1")

page("wenda", "q4.html", "人工智能训练师证书能挂靠吗？ - 知否问答", True, "U09", "正途认证中心",
     [["email", "zt_renzheng@126.com", "zt_renzheng@126.com"], ["phone", "+8616620845739", "+86 166 2084 5739"]], """
<h1>人工智能训练师证书能挂靠吗？</h1><div class="answer"><b>正途认证中心</b>
<p>可以，三级以上挂靠年收益2万起，我中心可代办证书，全程无需到场。联系 +86 166 2084 5739 或 zt_renzheng@126.com</p></div>
""", "U09 Q&A answer selling certificate service with 挂靠")

# ---- short video
V_IDX = """
<h2>知识 · 职场技能</h2><ul>
<li><a href="v1.html">AI训练师到底做什么？</a></li><li><a href="v2.html">原价9999限时99 拿人工智能训练师证</a></li>
<li><a href="v3.html">90%小白都能学会的AI副业</a></li><li><a href="v4.html">佛山考AI训练师四级 实拍考场</a></li>
<li><a href="v5.html">我是怎么考过人工智能训练师的</a></li></ul>
"""
page("v", "index.html", "知识频道 - 快看短视频", False, None, None, [], V_IDX, "short-video channel index")

page("v", "v1.html", "AI训练师到底做什么？@智汇职培 - 快看短视频", True, "U04", "智汇职培",
     [["phone", "+8615013847926", "一五零一三八四七九二六"], ["wechat", "zhihui_0755", "zhihui_0755"]], """
<div class="video">[视频] AI训练师到底做什么？ 02:31</div><p class="author">@智汇职培 · 深圳</p>
<p class="desc">数据标注、模型测试都是AI训练师的日常。深圳线下小班报名看主页，电话 一五零一三八四七九二六，威 zhihui_0755</p>
<div class="comment">网友：多少钱？ ｜ 作者回复：私信</div>
""", "U04 short video, phone in Chinese numerals")

page("v", "v2.html", "原价9999限时99 拿人工智能训练师证 - 快看短视频", True, "U02", "鼎学AI",
     [["wechat", "hd_kefu88", "hd_kefu88"], ["phone", "+8618928461073", "+86-189-2846-1073"]], """
<div class="video">[视频] 原价9999限时99 拿人工智能训练师证 00:58</div><p class="author">@鼎学AI</p>
<p class="desc">零基础可学，交费包过，拿到证书便可升职加薪！人社部颁发，三级二级都能办。私信或加薇 hd_kefu88 ／ +86-189-2846-1073</p>
""", "U02 short video scam promo under brand 鼎学AI")

page("v", "v3.html", "90%小白都能学会的AI副业 - 快看短视频", True, "U06", "领航数智",
     [["wechat", "lh_kaozheng", "lh_kaozheng"], ["uscc", USCC_U06, USCC_U06]], """
<div class="video">[视频] 90%小白都能学会的AI副业 01:12</div><p class="author">@领航数智（企业号 """ + USCC_U06 + """）</p>
<p class="desc">考个人工智能训练师证，接标注单月入过万！报名加V：lh_kaozheng</p>
""", "U06 short video, enterprise account USCC")

page("v", "v4.html", "佛山考AI训练师四级 实拍考场 - 快看短视频", True, "U08", "新思维",
     [["domain", "xinsiwei-px.cn", "www.xinsiwei-px.cn"], ["wechat", "xsw0757", "xsw0757"]], """
<div class="video">[视频] 佛山考AI训练师四级 实拍考场 00:45</div><p class="author">@新思维 佛山</p>
<p class="desc">这期学员实操考核现场，下期报名 www.xinsiwei-px.cn 或 微信 xsw0757</p>
""", "U08 short video with domain")

page("v", "v5.html", "我是怎么考过人工智能训练师的 - 快看短视频", True, "I05", "AI阿蓝",
     [["wechat", "alan_ai_note", "alan_ai_note"]], """
<div class="video">[视频] 我是怎么考过人工智能训练师的 03:20</div><p class="author">@AI阿蓝</p>
<p class="desc">分享备考笔记，需要笔记的V我 alan_ai_note，19.9元一份，不代考不包过。</p>
""", "I05 creator selling study notes")

# ---- news
page("news", "index.html", "岭南资讯网 - 教育频道", False, None, None, [], """
<h2>教育频道</h2><ul><li><a href="n1.html">警惕！“包过”人工智能训练师证书骗局又来了</a></li>
<li><a href="n2.html">一图读懂：职业技能等级证书怎么查</a></li>
<li><a href="n3.html">【推广】深圳智汇职培：AI训练师走进南山园区</a></li></ul>
""", "news portal channel index")

page("news", "n1.html", "警惕！“包过”人工智能训练师证书骗局又来了 - 岭南资讯网", False, None, None, [], """
<h1>警惕！“包过”人工智能训练师证书骗局又来了</h1><p class="meta">2026-03-12 记者 林晓</p>
<p>近日，市民张女士反映，一名自称“人社部授权机构”的人员以“免考包过”为名收取5800元后失联。据张女士提供的信息，对方使用的号码为 17788452310，微信号 zs_banzheng666。</p>
<p>市人社局提醒，人工智能训练师证书为职业技能等级证书，由备案评价机构颁发，不存在“人社部颁发”。如遇诈骗请拨打12345或12315，或向公安机关报案。</p>
""", "news warning quoting the scammer's phone and WeChat")

page("news", "n2.html", "一图读懂：职业技能等级证书怎么查 - 岭南资讯网", False, None, None, [], """
<h1>一图读懂：职业技能等级证书怎么查</h1>
<p>1. 全国联网查询：zscx.osta.org.cn；2. 证书上二维码及 jndj.osta.org.cn；3. 技能人才评价工作网 osta.mohrss.gov.cn。</p>
<p>证书编号为22位：1位字母+21位数字。政策咨询：12333。</p>
""", "policy explainer")

page("news", "n3.html", "【推广】深圳智汇职培：AI训练师走进南山园区 - 岭南资讯网", True, "U04", "深圳智汇职业培训",
     [["phone", "0755-86239174", "0755-86239174"], ["phone", "+8615013847926", "150 1384 7926"]], """
<h1>【推广】深圳智汇职培：AI训练师走进南山园区</h1><p class="meta">2026-03-10 来源：企业供稿</p>
<p>深圳智汇职业培训近日在南山园区开设人工智能训练师四级班，课程3200元，就业推荐。</p>
<p>报名：0755-86239174 ／ 150 1384 7926。报名表手机号一栏请如实填写（勿填示例 13800138000）。</p>
""", "U04 advertorial in news portal")

# ---- college
page("nyzy", "index.html", "广州南粤职业技术学院", False, None, None, [], """
<h2>通知公告</h2><ul><li><a href="notice-ai.html">继续教育学院2026年人工智能训练师（五级/四级）社会培训招生公告</a></li>
<li><a href="notice-cook.html">中式烹调师（四级）社会培训报名通知</a></li></ul>
""", "college home page")

page("nyzy", "notice-ai.html", "人工智能训练师社会培训招生公告 - 广州南粤职业技术学院", True, "I01",
     "广州南粤职业技术学院继续教育学院",
     NYZY_FOOT + [["phone", "020-61938245", "020-61938245"], ["email", "jxjy@nyzy.edu.cn", "jxjy@nyzy.edu.cn"]], """
<h1>继续教育学院2026年人工智能训练师（五级/四级）社会培训招生公告</h1>
<p>我院为广东省备案的职业技能等级认定机构，可开展人工智能训练师五级、四级认定。培训费五级1800元、四级2200元，认定费按物价部门标准另收。</p>
<p>申报条件严格按国家职业技能标准执行，不承诺通过。证书可在 zscx.osta.org.cn 及 jndj.osta.org.cn 查询。补贴政策咨询12333。</p>
<p>咨询：继续教育学院 020-61938245，jxjy@nyzy.edu.cn</p>
""", "I01 honest college continuing-education enrolment notice")

page("nyzy", "notice-cook.html", "中式烹调师社会培训报名通知 - 广州南粤职业技术学院", False, None, None, [], """
<h1>中式烹调师（四级）社会培训报名通知</h1><p>培训80学时，实训楼三楼。咨询继续教育学院。</p>
""", "unrelated course at college")

# ---- government
page("hrss", "index.html", "岭南市人力资源和社会保障局", False, None, None, [], """
<h2>通知公告</h2><ul><li><a href="w1.html">关于警惕“山寨证书”和虚假职业技能培训广告的提示</a></li></ul>
""", "government site home")

page("hrss", "w1.html", "关于警惕“山寨证书”和虚假职业技能培训广告的提示 - 岭南市人社局", False, None, None, [], """
<h1>关于警惕“山寨证书”和虚假职业技能培训广告的提示</h1>
<p>近期有不法分子以“人社部颁发”“免考包过”“挂靠年入数万”为噱头销售人工智能训练师等证书。经核实，号码 177-8845-2310 等已被多名群众举报。</p>
<p>职业技能等级证书由备案评价机构颁发，请通过 zscx.osta.org.cn、osta.mohrss.gov.cn 查询。举报投诉：12345、12315，政策咨询：12333。</p>
""", "official warning quoting scam number and hotlines")

# ---- WeChat reposts
MP_IDX = """
<h2>职场 · 教育</h2><ul><li><a href="a1.html">2026人工智能训练师补贴全攻略</a></li>
<li><a href="a2.html">转行AI训练师，我后悔没早点知道</a></li><li><a href="a3.html">人工智能训练师报考条件汇总</a></li>
<li><a href="a4.html">这本证书能挂靠，一年多赚两万</a></li><li><a href="a5.html">工作室招募：AI数据标注兼职+考证</a></li></ul>
"""
page("mp", "index.html", "职场 - 微读公众号文章精选", False, None, None, [], MP_IDX, "repost aggregator index")

page("mp", "a1.html", "2026人工智能训练师补贴全攻略 - 微读", True, "U03", "启程数智",
     [["wechat", "qczs_edu", "qczs_edu"], ["domain", "qichengai.com", "www.qichengai.com"]], """
<h1>2026人工智能训练师补贴全攻略</h1><p class="src">原创：启程数智 公众号</p>
<p>五级1000、四级1500、三级2000，广州上浮30%！报名批次号 18820251106 名额有限。</p>
<p>扫码或添加微信 qczs_edu，官网 www.qichengai.com</p>
""", "U03 WeChat article repost, subsidy pitch")

page("mp", "a2.html", "转行AI训练师，我后悔没早点知道 - 微读", True, "U05", "锐思教育",
     [["phone", "+8617620394815", "17620394815"], ["email", "ruisi_ai@qq.com", "ruisi_ai@qq.com"]], """
<h1>转行AI训练师，我后悔没早点知道</h1><p class="src">原创：锐思教育</p>
<p>从客服到AI训练师，月薪翻倍。锐思四级班学费2680，包推荐就业。</p><p>咨询 17620394815 ／ ruisi_ai@qq.com</p>
""", "U05 WeChat article with job promise")

page("mp", "a3.html", "人工智能训练师报考条件汇总 - 微读", True, "U07", "博学职教",
     [["wechat", "boxue_ai_v", "boxue_ai_v"], ["qq_group", "590284173", "590284173"]], """
<h1>人工智能训练师报考条件汇总</h1><p class="src">原创：博学职教</p>
<p>五级：相关工作1年以上；四级：五级证+4年等。我们可协助整理材料。加微信 boxue_ai_v，进群 590284173。</p>
""", "U07 eligibility explainer with sales contacts")

page("mp", "a4.html", "这本证书能挂靠，一年多赚两万 - 微读", True, "U09", "正途职业认证",
     [["email", "zt_renzheng@126.com", "zt_renzheng@126.com"], ["wechat", "zt-renzheng", "zt-renzheng"]], """
<h1>这本证书能挂靠，一年多赚两万</h1><p class="src">原创：正途职业认证</p>
<p>人工智能训练师三级，全程代办，不用上课，挂靠企业年收益2万+。证书编号示例 S000044190125400001。</p>
<p>微信 zt-renzheng ／ 邮箱 zt_renzheng@126.com</p>
""", "U09 挂靠 article, template certificate number")

page("mp", "a5.html", "工作室招募：AI数据标注兼职+考证 - 微读", True, "I06", "星河标注工作室",
     [["qq", "3309471528", "3309471528"]], """
<h1>工作室招募：AI数据标注兼职+考证</h1><p class="src">原创：星河标注工作室</p>
<p>先培训后接单，培训费680元含五级报名辅导。报名表手机号示例 13800138000 请替换为本人。QQ 3309471528</p>
""", "I06 annotation studio selling training with side job")


# ---------------------------------------------------------------- rendering
CSS = "body{font-family:sans-serif;margin:0}header,footer{background:#eee;padding:8px}.wrap{display:flex}main{flex:3;padding:8px}aside{flex:1;padding:8px;background:#fafafa}"


def render(p):
    s = SITES[p["site"]]
    same = [q for q in PAGES if q["site"] == p["site"] and q["file"] not in ("index.html", p["file"])]
    menu = " | ".join('<a href="index.html">%s</a>' % m for m in s["menu"])
    crumbs = '<a href="../index.html">导航</a> &gt; <a href="index.html">%s</a>' % s["name"]
    if p["file"] != "index.html":
        crumbs += " &gt; " + p["title"].split(" - ")[0]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["file"], q["title"].split(" - ")[0]) for q in same[:5])
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head>\n"
            "<body><header><b>%s</b> <span class=\"dom\">%s</span><nav>%s</nav></header>\n"
            "<div class=\"crumbs\">%s</div>\n<div class=\"wrap\"><main>%s</main>\n"
            "<aside><h3>相关链接</h3><ul>%s</ul></aside></div>\n<footer>%s</footer></body></html>\n") % (
        p["title"], CSS, s["name"], s["domain"], menu, crumbs, p["body"], related, s["footer"])


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in PAGES:
        path = "/%s/%s" % (p["site"], p["file"])
        html[path] = render(p)
    nav = "".join('<li><a href="%s/index.html">%s（%s）</a></li>' % (k, SITES[k]["name"], SITES[k]["style"])
                  for k in SITE_ORDER)
    html["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>本周搜索记录 · 广东 人工智能训练师</title></head>"
                           "<body><h1>一周搜索：广东 人工智能训练师 证书</h1><ul>%s</ul></body></html>\n" % nav)
    for path, text in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                   note="navigation page linking every site's index")]
    ops = {}
    for p in PAGES:
        path = "/%s/%s" % (p["site"], p["file"])
        for k, v, w in p["ids"]:
            assert w in html[path], (path, w)
        tpages.append(dict(path=path, is_offer=p["offer"], operator=p["op"], provider=p["provider"],
                           identifiers=[list(x) for x in p["ids"]], note=p["note"]))
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = [q for q in sorted(html) if any(w in html[q] for w in written)]
        used = [w for w in written if any(w in html[q] for q in pages)]
        decoys.append(dict(kind=kind, value=value, written=used, pages=pages, why=why))
    truth = dict(pages=tpages, operators={k: ops[k] for k in sorted(ops)}, decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
