#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers.

Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8):
    s = 0
    for ch, w in zip(code8, W11714):
        v = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W32100))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]


U01_USCC = uscc("91310104", "MA1FL3K2")
U02_USCC = uscc("91340104", "MA2TQ8N5")
U04_USCC = uscc("52310115", "MJ4B7731")
U06_USCC = uscc("91310112", "MA7C2Y4D")
KCB_USCC = uscc("91330106", "MA28WD6P")   # marketplace operator (decoy)
EVAL_USCC = uscc("12310000", "42507716")  # third-party evaluation centre (decoy)
assert len(U01_USCC) == 18


def U(value, written):
    return ["uscc", value, written]


def ph(value, written):
    return ["phone", value, written]


def wx(value, written):
    return ["wechat", value.lower(), written]


def qq(value, written):
    return ["qq", value, written]


def qg(value, written):
    return ["qq_group", value, written]


def em(value, written):
    return ["email", value.lower(), written]


def dm(value, written):
    return ["domain", value.lower(), written]


def ot(value, written):
    return ["other", value, written]


# ---------------------------------------------------------------- sites
SITES = [
    dict(key="shenzhi-edu", name="申智职培", style="training company site",
         menu=["首页", "课程中心", "认定考试", "补贴政策", "关于我们"],
         side="<h4>热门课程</h4><ul><li>人工智能训练师（五级）周末班</li><li>人工智能训练师（三级）提升班</li><li>数据标注员岗前培训</li></ul>",
         foot="上海申智职业技能培训有限公司 版权所有 · 地址：上海市徐汇区漕溪北路 88 号 6 楼 · 沪ICP备20011873号-1"),
    dict(key="kechengbang", name="课程帮 · 职业技能课程平台", style="course marketplace",
         menu=["首页", "IT互联网", "职业技能", "考证培训", "机构入驻", "帮助中心"],
         side="<h4>平台保障</h4><ul><li>7 天无理由退款</li><li>机构资质审核</li><li>担保交易</li></ul>",
         foot="杭州课帮网络科技有限公司 · 客服热线 400-831-7726 · 客服邮箱 kf@kechengbang.cn · 统一社会信用代码 "
              + KCB_USCC + " · 浙ICP备18047712号"),
    dict(key="jhrc-bbs", name="江淮人才论坛", style="forum",
         menu=["论坛首页", "求职招聘", "考证交流", "技能补贴", "曝光台"],
         side="<h4>版规</h4><p>禁止发布虚假广告，广告贴请发在『培训推广』分区。</p>",
         foot="江淮人才论坛 · 论坛官方交流群 QQ群：286451093 · 站务邮箱 admin@jhrcbbs.com · 皖ICP备16020874号"),
    dict(key="tongcheng", name="百姓同城网 · 教育培训", style="classifieds",
         menu=["首页", "合肥", "芜湖", "上海", "教育培训", "免费发布"],
         side="<h4>安全提示</h4><p>凡是先交钱后上课、承诺包过的，请谨慎！</p>",
         foot="百姓同城网 · 沪ICP备19023456号-2 · 投诉请拨打平台客服 021-61978800"),
    dict(key="wenda", name="知道问答", style="Q&A",
         menu=["首页", "职业教育", "考证", "我要提问"],
         side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗？</li><li>三级需要什么条件？</li></ul>",
         foot="知道问答 · 答主交流 QQ群 813452097 · 内容由网友提供，仅供参考"),
    dict(key="wxjuhe", name="微文聚合", style="WeChat-article reposts",
         menu=["首页", "教育", "职场", "科技", "本地"],
         side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p>",
         foot="微文聚合 · 投稿与版权：tougao@wxzhuanzai.cn · 粤ICP备17088315号"),
    dict(key="kvideo", name="快看短视频（网页版）", style="short-video pages",
         menu=["推荐", "关注", "知识", "同城"],
         side="<h4>热门话题</h4><ul><li>#AI训练师</li><li>#副业</li><li>#考证</li></ul>",
         foot="快看短视频 · 违法和不良信息举报电话 400-140-2108 · 京ICP备20003321号"),
    dict(key="jhnews", name="江淮晨报网", style="news",
         menu=["首页", "本地", "教育", "民生", "消费维权"],
         side="<h4>热点</h4><ul><li>技能补贴怎么领</li><li>警惕山寨证书</li></ul>",
         foot="江淮晨报网 · 新闻热线 0551-62623300 · 皖ICP备15003721号"),
    dict(key="rsj-notice", name="某区人力资源和社会保障服务网", style="人社局-style notice site",
         menu=["首页", "通知公告", "职业技能", "政策解读", "办事指南"],
         side="<h4>便民服务</h4><ul><li>咨询电话 12333</li><li>证书查询 zscx.osta.org.cn</li></ul>",
         foot="区人力资源和社会保障局 主办 · 咨询电话 12333"),
    dict(key="xuebaodian", name="学宝店 · 考证好物", style="shop",
         menu=["首页", "考证资料", "网课", "店铺入驻", "我的订单"],
         side="<h4>交易保障</h4><p>支付由第三方平台担保，如遇问题可联系支付宝客服 95188。</p>",
         foot="学宝店 www.xuebaodian.cn · 平台客服 xuebao_kefu@xuebaodian.cn"),
]
SITE_BY_KEY = {s["key"]: s for s in SITES}

PAGES = []  # dicts: site, file, title, body, is_offer, operator, provider, ids, note


def page(site, file, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(i) for i in ids], note=note))


COMMENT = '<div class="comments"><h4>网友评论</h4>{}</div>'


def comments(*items):
    return COMMENT.format("".join(f'<p class="cmt"><b>{u}</b>：{t}</p>' for u, t in items))


# ================================================================= U01 申智职培 (honest, Shanghai)
page("shenzhi-edu", "course-level5.html", "人工智能训练师（五级/初级工）周末班招生简章",
     f"""<h1>人工智能训练师（五级/初级工）周末班 2026 年秋季招生</h1>
<p>职业编码 4-04-05-05，依据《人工智能训练师国家职业技能标准(2021年版)》开展培训，理论约 30%、实操约 70%，共 60 课时。</p>
<p>报名条件：累计从事本职业或相关职业工作满 1 年，或本职业学徒期满。需提供社保或工作证明，本中心不代办任何材料。</p>
<p>认定由经人社部门备案的第三方评价机构组织，证书为职业技能等级证书，可在 zscx.osta.org.cn 查询。本期对应区人社认定批次号 15320250615，证书样式示例：S000031000001253000128。</p>
<p>费用：培训费 1800 元（含教材），符合条件的在职参保人员可按规定申领技能提升补贴，具体以 12333 答复为准。</p>
<p>合作评价机构：上海市数字技能评价中心（统一社会信用代码 {EVAL_USCC}）。</p>
<div class="contact"><p>报名咨询：021-6482 3571（工作日 9:00–17:30）　招生老师：139 1764 2085</p>
<p>邮箱：zhaosheng@shenzhi-edu.cn　官网：www.shenzhi-edu.cn</p>
<p>上海申智职业技能培训有限公司　统一社会信用代码：{U01_USCC}</p></div>""",
     True, "U01", "上海申智职业技能培训有限公司",
     [ph("02164823571", "021-6482 3571"), ph("+8613917642085", "139 1764 2085"),
      em("zhaosheng@shenzhi-edu.cn", "zhaosheng@shenzhi-edu.cn"), dm("shenzhi-edu.cn", "www.shenzhi-edu.cn"),
      U(U01_USCC, U01_USCC), ot("沪ICP备20011873号-1", "沪ICP备20011873号-1")],
     "U01 own site: level-5 weekend course, honest wording")
page("shenzhi-edu", "course-level3.html", "人工智能训练师（三级/高级工）提升班",
     """<h1>人工智能训练师三级（高级工）提升班</h1>
<p>适合已取得本职业四级证书并满足年限要求的学员，或具有相关专业大专及以上学历且取得四级证书后工作满 2 年者。</p>
<p>课程模块：业务分析、智能训练、智能系统设计、培训与指导。40 课时，线下为主。</p>
<p>学费 2600 元。我们不承诺通过率，考前有两次模拟测评。</p>
<p>咨询电话：(021)64823571　课程顾问微信：SZ_ai_peixun（备注"三级"）</p>""",
     True, "U01", "申智职培",
     [ph("02164823571", "(021)64823571"), wx("sz_ai_peixun", "SZ_ai_peixun"),
      ot("沪ICP备20011873号-1", "沪ICP备20011873号-1")],
     "U01 own site: level-3 course, honest eligibility")

# ================================================================= kechengbang marketplace listings
page("kechengbang", "course-20871.html", "【申智AI学堂】人工智能训练师五级 线下周末班 上海徐汇",
     """<h1>【申智AI学堂】人工智能训练师五级 线下周末班</h1>
<p class="price">￥1800 <span>已有 326 人报名</span></p>
<p>机构：申智AI学堂（上海徐汇）　授课方式：线下小班</p>
<p>课程介绍：数据采集与处理、数据标注、智能系统运维入门，配套实训平台。报名前请确认满足申报条件。</p>
<p>机构联系方式：139-1764-2085（同微信 sz_ai_peixun）</p>""",
     True, "U01", "申智AI学堂",
     [ph("+8613917642085", "139-1764-2085"), wx("sz_ai_peixun", "sz_ai_peixun")],
     "U01 listing on marketplace under a third brand")
page("kechengbang", "course-31155.html", "人工智能训练师 一次考三级 国家职业资格证书 官网可查",
     """<h1>人工智能训练师（三级/二级/一级）同报 · 国家职业资格证书</h1>
<p class="price">￥4980 <del>￥12800</del></p>
<p>机构：国培数智教育</p>
<p>不限学历、不限经验、零基础也能报！三个等级一起拿，人社部颁发，全国通用，证书官网可查：www.gpzs-cert.com。</p>
<p>交费包过，不过全额退款。名额有限，报名热线 400-618-7325。</p>""",
     True, "U03", "国培数智教育",
     [ph("4006187325", "400-618-7325"), dm("gpzs-cert.com", "www.gpzs-cert.com")],
     "U03 scam listing: three levels at once, 国家职业资格证书, fake query site")
page("kechengbang", "course-40562.html", "浦数教育 人工智能训练师四级 补贴班（上海浦东）",
     f"""<h1>人工智能训练师四级（中级工）补贴班</h1>
<p class="price">￥2200 <span>补贴后自付以实际为准</span></p>
<p>机构：上海浦数职业培训学校（民办非企业，统一社会信用代码 {U04_USCC}）</p>
<p>50 课时，考核由备案评价机构实施，合作评价机构：上海市数字技能评价中心 {EVAL_USCC}。</p>
<p>咨询：021-5883 6214 / 150 2186 7390（王老师）</p>""",
     True, "U04", "上海浦数职业培训学校",
     [U(U04_USCC, U04_USCC), ph("02158836214", "021-5883 6214"), ph("+8615021867390", "150 2186 7390")],
     "U04 listing, honest subsidy class")
page("kechengbang", "course-51208.html", "智途AI 人工智能训练师速成 人社部认证新职业",
     """<h1>智途AI · 人工智能训练师认证速成班</h1>
<p class="price">￥3280</p>
<p>人社部认证的新职业！工信部职业技能鉴定中心主办三级考试，含金量高。7 天速成，拿证即可升职加薪。</p>
<p>在线报名表：https://jinshuju.net/f/Zt8qLm</p>
<p>联系 187 2130 5567 ；资料请发邮件 zhitu_edu@qq.com</p>""",
     True, "U06", "智途AI",
     [ph("+8618721305567", "187 2130 5567"), em("zhitu_edu@qq.com", "zhitu_edu@qq.com")],
     "U06 listing: misleading authority wording, 速成")
page("kechengbang", "course-58840.html", "【数训堂】AI训练师全套网课 原价9999限时99",
     """<h1>【数训堂】人工智能训练师全套网课 + 证书辅导</h1>
<p class="price">￥99 <del>￥9999</del></p>
<p>90% 小白都能学会，学完可报考职业技能等级证书，证书直接对应职称证书！</p>
<p>购课后加助教微信 shuxuntang01 进学员群（群号 735218604）领取资料。</p>""",
     True, "U07", "数训堂",
     [wx("shuxuntang01", "shuxuntang01"), qg("735218604", "735218604")],
     "U07 listing: 9999->99 lure, 职称 overclaim")
page("kechengbang", "course-60017.html", "沪上职达 AI训练师证 居住证积分 可加分",
     """<h1>AI训练师证书 · 上海居住证积分办理</h1>
<p class="price">￥6800</p>
<p>机构：沪上职达</p>
<p>三级证书可加 60 分，二级可加 100 分，包办理全流程！不限专业不限年龄。</p>
<p>咨询热线 137 6192 5804</p>""",
     True, "U09", "沪上职达",
     [ph("+8613761925804", "137 6192 5804")],
     "U09 listing: 积分 lure, 二级 without ladder")
page("kechengbang", "course-61933.html", "合肥 人工智能训练师五级 晚班 小班授课",
     """<h1>合肥 人工智能训练师五级 晚班</h1>
<p class="price">￥1500</p>
<p>机构：合肥职培在线（个人讲师 陈老师）</p>
<p>每周二、四晚上课，共 8 周，报名需满足一年相关工作经历。</p>
<p>陈老师：13855190426</p>""",
     True, "I01", "合肥职培在线",
     [ph("+8613855190426", "13855190426")],
     "independent I01: small Hefei evening class")

# ================================================================= forum
page("jhrc-bbs", "thread-88213.html", "【培训推广】人工智能训练师证 三级二级一级 一次搞定",
     """<h1>【培训推广】人工智能训练师证 三级二级一级 一次搞定</h1>
<div class="post"><p>楼主：gpsz_kefu</p>
<p>国家职业资格证书，全国联网可查，挂靠年收入 2 万+。不培训直接考，包过！</p>
<p>有意向的电话 177 5620 8831，或拨打全国热线 4006-187-325。</p></div>""" + comments(
         ("合肥小李", "真的假的？我也想报，我的微信 lily_hf88 求带"),
         ("老司机", "不培训直接发证的都是坑，自己去 12333 问问")),
     True, "U03", "国培数智",
     [ph("+8617756208831", "177 5620 8831"), ph("4006187325", "4006-187-325")],
     "U03 forum ad: 挂靠 lure, 包过; reader's WeChat in comments")
page("jhrc-bbs", "thread-88467.html", "芜湖数据标注员/AI训练师培训 包就业",
     """<h1>芜湖数据标注员 / 人工智能训练师培训，结业推荐就业</h1>
<div class="post"><p>楼主：江城数标</p>
<p>江城数标是芜湖本地数据标注基地，培训五级人工智能训练师，结业后推荐到合作标注公司上岗，月入 4000+。</p>
<p>报名：136 0553 1978　QQ 1498203376</p></div>""" + comments(
         ("wuhu_77", "去年在他们那干过，活还是有的"),
         ("合肥小李", "lily_hf88 加我一起报名有优惠吗")),
     True, "U05", "江城数标",
     [ph("+8613605531978", "136 0553 1978"), qq("1498203376", "1498203376")],
     "U05 forum ad: training plus job referral")
page("jhrc-bbs", "thread-88502.html", "AI训练师证书 落户积分 合肥/上海都能用",
     """<h1>AI训练师证书可用于落户积分，合肥上海均可办理</h1>
<div class="post"><p>楼主：拓智人才小张</p>
<p>安徽拓智人才服务，专业办理人工智能训练师三级证书，积分落户加分，证书可挂靠。</p>
<p>办公室：0551-63379215　手机：152 5514 8730</p></div>""",
     True, "U08", "安徽拓智人才服务",
     [ph("055163379215", "0551-63379215"), ph("+8615255148730", "152 5514 8730")],
     "U08 forum ad: 落户/挂靠 lure")
page("jhrc-bbs", "thread-88631.html", "上海积分加分 人工智能训练师 包办",
     """<h1>上海积分加分 人工智能训练师证书</h1>
<div class="post"><p>楼主：沪上职达</p>
<p>二级技师直接报，不需要四级三级，六个月拿证。报名表填写：jinshuju.net/f/Hs9pQ2</p>
<p>电话 137-6192-5804　邮箱 zhida_sh@163.com</p></div>""" + comments(
         ("阿青", "我已经报了，QQ 364718552 有一起的吗"),),
     True, "U09", "沪上职达",
     [ph("+8613761925804", "137-6192-5804"), em("zhida_sh@163.com", "zhida_sh@163.com")],
     "U09 forum ad: level 2 without ladder; reader QQ in comments")
page("jhrc-bbs", "thread-88720.html", "滁州 有没有一起考人工智能训练师五级的，我这边可以带",
     """<h1>滁州有没有一起考人工智能训练师五级的</h1>
<div class="post"><p>楼主：滁州老周</p>
<p>我在滁州做培训十几年了，今年开了 AI 训练师五级小班，按标准上满 60 课时，不包过。</p>
<p>感兴趣加微信 zhoulaoshi_cz</p></div>""",
     True, "I02", "滁州老周",
     [wx("zhoulaoshi_cz", "zhoulaoshi_cz")],
     "independent I02: individual trainer in Chuzhou")
page("jhrc-bbs", "thread-88901.html", "【曝光】交了4980说包过，现在电话打不通",
     """<h1>【曝光】交了 4980 元说包过人工智能训练师三级，现在电话打不通</h1>
<div class="post"><p>楼主：维权中的小吴</p>
<p>上个月在网上看到广告，对方说不限学历，一次考三级，人社部颁发。交完钱就再也联系不上了。</p>
<p>骗子电话：170 9341 8256，大家千万别上当！已经打 12315 投诉了。</p></div>""" + comments(
         ("合肥小李", "天哪，我差点也报了，我微信 lily_hf88，有群吗一起维权"),
         ("版主", "证书请到 zscx.osta.org.cn 查询，非官方网站均不可信")),
     False, None, None, [], "complaint thread, scam number quoted (non-offer)")

# ================================================================= classifieds
page("tongcheng", "hf-3390182.html", "合肥 人工智能训练师 包过 人社部颁发 三级直接考",
     """<h1>合肥 人工智能训练师证 包过 人社部颁发</h1>
<p>发布者：皖智AI学院　区域：合肥 蜀山</p>
<p>国家职业资格证书，人社部颁发，三级直接考，不限学历、不限经验，零基础无门槛！考点就在合肥，考点前台 0551-65327788。</p>
<p>联系人：刘老师 189 5607 3412（微信 wanzhi_ai666）</p>""",
     True, "U02", "皖智AI学院",
     [ph("+8618956073412", "189 5607 3412"), wx("wanzhi_ai666", "wanzhi_ai666")],
     "U02 classified: scam wording; exam venue desk number quoted")
page("tongcheng", "hf-3391547.html", "人工智能训练师 数据标注 零基础 一次拿三个等级",
     """<h1>人工智能训练师 零基础 一次拿三个等级</h1>
<p>发布者：国培数智（合肥报名点）</p>
<p>五级四级三级同时报，交费包过。加微信 gpsz2025 发资料。</p>
<p>报名电话 17756208831</p>""",
     True, "U03", "国培数智（合肥报名点）",
     [wx("gpsz2025", "gpsz2025"), ph("+8617756208831", "17756208831")],
     "U03 classified: three levels, 包过")
page("tongcheng", "wh-3392004.html", "芜湖 数据标注员 人工智能训练师五级 培训+就业",
     """<h1>芜湖 数据标注员 人工智能训练师五级培训</h1>
<p>发布者：江城数标　区域：芜湖 鸠江</p>
<p>结业推荐上岗，学费可分期。考试在合肥考点，考点前台 0551-65327788 可咨询考场安排。</p>
<p>电话 13605531978　微信 jcsb0553</p>""",
     True, "U05", "江城数标",
     [ph("+8613605531978", "13605531978"), wx("jcsb0553", "jcsb0553")],
     "U05 classified: training + job; venue desk quoted")
page("tongcheng", "hf-3392288.html", "AI训练师网课99元 全套资料 证书可对应职称",
     """<h1>AI训练师网课 99 元 全套资料</h1>
<p>发布者：数训堂 安庆</p>
<p>原价 9999 限时 99，学完就能考证，证书直接对应职称。</p>
<p>咨询 191 5537 2046　微信 ShuXunTang01</p>""",
     True, "U07", "数训堂 安庆",
     [ph("+8619155372046", "191 5537 2046"), wx("shuxuntang01", "ShuXunTang01")],
     "U07 classified")
page("tongcheng", "hf-3393016.html", "人才服务 AI训练师证书 积分落户 挂靠",
     """<h1>AI训练师证书 积分落户 证书挂靠</h1>
<p>发布者：拓智人才</p>
<p>人工智能训练师三级，帮您办理落户积分，证书挂靠每年可得收入。</p>
<p>电话 0551 6337 9215　微信 tuozhi_hr</p>""",
     True, "U08", "拓智人才",
     [ph("055163379215", "0551 6337 9215"), wx("tuozhi_hr", "tuozhi_hr")],
     "U08 classified")
page("tongcheng", "bb-3393455.html", "蚌埠 启航职业培训学校 人工智能训练师五级 春季班",
     """<h1>蚌埠 启航职业培训学校 人工智能训练师五级春季班</h1>
<p>发布者：启航职业培训学校　区域：蚌埠 龙子湖</p>
<p>学校为人社部门批准的民办职业培训学校，认定由备案评价机构实施，证书可在 jndj.osta.org.cn 查询。</p>
<p>报名电话：0552-2046318</p>""",
     True, "I03", "启航职业培训学校",
     [ph("05522046318", "0552-2046318")],
     "independent I03: Bengbu school")

# ================================================================= Q&A
page("wenda", "q-7712301.html", "人工智能训练师五级在上海哪里报名比较靠谱？",
     """<h1>人工智能训练师五级在上海哪里报名比较靠谱？</h1>
<div class="answer"><p>答主：职培从业者</p>
<p>建议选有实训场地的机构，先确认自己满足一年工作经历的条件。我们申智职培徐汇校区每月开班，可以来试听，电话 13917642085，官网 shenzhi-edu.cn 有课表。</p></div>""",
     True, "U01", "申智职培",
     [ph("+8613917642085", "13917642085"), dm("shenzhi-edu.cn", "shenzhi-edu.cn")],
     "U01 answer with self-promotion")
page("wenda", "q-7712588.html", "人工智能训练师证书能不能网上直接考？有官网查询吗？",
     """<h1>人工智能训练师证书能不能网上直接考？</h1>
<div class="answer"><p>答主：国培数智老师</p>
<p>可以的，我们全程线上，一次考三级，证书在 gpzs-cert.com 可查。报名信息填这里 jinshuju.net/f/Gp3kX1 ，或者加 V：gpsz2025，邮箱 gpsz_kefu@126.com。</p></div>
<div class="answer"><p>答主：热心网友</p><p>正规证书只能在 zscx.osta.org.cn 查，别信其他网站，遇到问题打 12315。</p></div>""",
     True, "U03", "国培数智",
     [dm("gpzs-cert.com", "gpzs-cert.com"), wx("gpsz2025", "gpsz2025"), em("gpsz_kefu@126.com", "gpsz_kefu@126.com")],
     "U03 answer; another answer warns")
page("wenda", "q-7713042.html", "AI训练师是国家认可的新职业吗？考了有什么用？",
     """<h1>AI训练师是国家认可的新职业吗？</h1>
<div class="answer"><p>答主：智途AI课程顾问</p>
<p>是人社部认证的新职业，拿证后升职加薪不是梦！我们智途AI 7 天班，咨询 187-2130-5567，微信 zhitu-ai。</p></div>""" + comments(
         ("阿青", "我 QQ 364718552，求资料")),
     True, "U06", "智途AI",
     [ph("+8618721305567", "187-2130-5567"), wx("zhitu-ai", "zhitu-ai")],
     "U06 answer; reader QQ in comments")
page("wenda", "q-7713390.html", "宣城有做数据标注的培训吗？",
     """<h1>宣城有做数据标注的培训吗？</h1>
<div class="answer"><p>答主：宣城数据标注基地</p>
<p>我们基地有人工智能训练师五级培训，学员可以在基地实习。电话 186-0563-1279，QQ 906542817。</p></div>""",
     True, "I04", "宣城数据标注基地",
     [ph("+8618605631279", "186-0563-1279"), qq("906542817", "906542817")],
     "independent I04")

# ================================================================= WeChat reposts
page("wxjuhe", "a-20261103-01.html", "重磅！人工智能训练师证书考试开始报名，人社部颁发",
     """<h1>重磅！人工智能训练师证书考试开始报名，人社部颁发</h1>
<p class="src">来源：皖智AI学院 公众号</p>
<p>国家职业资格证书，全国通用，终身有效！三级直接考，包过！</p>
<p>报名请联系：18956073412（刘老师），微信号 WanZhi_AI666。</p>
<p class="tpl">投稿请发 yourname@163.com（模板占位）</p>""",
     True, "U02", "皖智AI学院",
     [ph("+8618956073412", "18956073412"), wx("wanzhi_ai666", "WanZhi_AI666")],
     "U02 repost: scam wording; template placeholder email")
page("wxjuhe", "a-20261105-02.html", "浦东人工智能训练师四级补贴班开课啦",
     """<h1>浦东人工智能训练师四级补贴班开课啦</h1>
<p class="src">来源：浦数教育 公众号</p>
<p>在职参保满一年可申请技能提升补贴，最高 1500 元，具体政策请咨询 12333。本期对应认定批次号 15320250615。</p>
<p>报名：150-2186-7390　公众号后台或微信 pushu_edu</p>""",
     True, "U04", "浦数教育",
     [ph("+8615021867390", "150-2186-7390"), wx("pushu_edu", "pushu_edu")],
     "U04 repost: honest subsidy wording, batch number quoted")
page("wxjuhe", "a-20261107-03.html", "月入过万的副业：AI训练师，99元入门",
     """<h1>月入过万的副业：AI训练师，99 元入门</h1>
<p class="src">来源：数训堂 公众号</p>
<p>原价 9999 限时 99，学员群 735218604，客服 QQ 3380917265。</p>
<p class="tpl">投稿请发 yourname@163.com（模板占位）</p>""",
     True, "U07", "数训堂",
     [qg("735218604", "735218604"), qq("3380917265", "3380917265")],
     "U07 repost")
page("wxjuhe", "a-20261109-04.html", "松江人才培训中心 人工智能训练师五级 免费试听",
     """<h1>松江人才培训中心 人工智能训练师五级 免费试听</h1>
<p class="src">来源：松江人才培训中心 公众号</p>
<p>按国家标准开课，证书可在 zscx.osta.org.cn 查询。咨询电话：021-57742608。</p>""",
     True, "I05", "松江人才培训中心",
     [ph("02157742608", "021-57742608")],
     "independent I05")

# ================================================================= short video
page("kvideo", "v-6621873.html", "AI训练师证 人社部颁发 三级直接拿",
     """<h1>@皖智AI学院：AI训练师证 人社部颁发 三级直接拿</h1>
<p class="desc">视频文案：不限学历！不限经验！零基础直接考三级！私信或 V：wanzhi_ai666，也可以扣扣 2851736490</p>
<p class="stat">点赞 2.3万 · 评论 812</p>""",
     True, "U02", "皖智AI学院",
     [wx("wanzhi_ai666", "wanzhi_ai666"), qq("2851736490", "2851736490")],
     "U02 short video")
page("kvideo", "v-6622045.html", "芜湖数据标注基地实拍 AI训练师培训",
     """<h1>@江城数标：芜湖数据标注基地实拍</h1>
<p class="desc">视频文案：想学数据标注、考AI训练师五级的，主页加 vx jcsb0553</p>""",
     True, "U05", "江城数标",
     [wx("jcsb0553", "jcsb0553")],
     "U05 short video")
page("kvideo", "v-6622399.html", "证书挂靠一年两万？AI训练师了解一下",
     """<h1>@拓智人才：证书挂靠一年两万？AI训练师了解一下</h1>
<p class="desc">视频文案：拿证落户积分两不误，电话 15255148730</p>""",
     True, "U08", "拓智人才",
     [ph("+8615255148730", "15255148730")],
     "U08 short video: 挂靠 lure")
page("kvideo", "v-6622751.html", "小鹿学AI：我是怎么考下AI训练师五级的",
     """<h1>@小鹿学AI：我是怎么考下AI训练师五级的</h1>
<p class="desc">视频文案：分享备考经验，我自己的五级辅导小班还有名额，wx：xiaolu_ai7</p>""",
     True, "I06", "小鹿学AI",
     [wx("xiaolu_ai7", "xiaolu_ai7")],
     "independent I06")

# ================================================================= news
page("jhnews", "2026-11-12-warn.html", "警惕！“一次考三级”的人工智能训练师证书是骗局",
     """<h1>警惕！“一次考三级”的人工智能训练师证书是骗局</h1>
<p>记者近日接到多位读者反映，有机构以“人社部颁发”“包过”为名，收取 4980 元后失联。读者提供的对方电话为 17093418256。</p>
<p>人社部门提醒，职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；专业技术类证书可登录 cpta.com.cn 核验。遇到虚假宣传可拨打 12315 投诉。</p>""",
     False, None, None, [], "news warning quoting a scam number (non-offer)")
page("jhnews", "2026-11-18-policy.html", "技能提升补贴怎么领？人社部门答疑",
     """<h1>技能提升补贴怎么领？人社部门答疑</h1>
<p>五级、四级、三级分别最高补贴 1000、1500、2000 元，需参保满一年。二级和一级无全国性此类补贴。详情可拨打 12333。</p>""",
     False, None, None, [], "policy news (non-offer)")
page("jhnews", "2026-11-20-adv.html", "【推广】AI时代，人工智能训练师成香饽饽",
     f"""<h1>【推广】AI时代，人工智能训练师成香饽饽</h1>
<p class="adv">本文为广告</p>
<p>智途职业教育（上海智途教育科技有限公司，统一社会信用代码 {U06_USCC}）推出人工智能训练师培训，人社部认证的新职业，零基础 7 天速成。</p>
<p>报名热线 18721305567，微信 zhitu-ai。</p>""",
     True, "U06", "智途职业教育",
     [U(U06_USCC, U06_USCC), ph("+8618721305567", "18721305567"), wx("zhitu-ai", "zhitu-ai")],
     "U06 advertorial on news site")

# ================================================================= 人社 notice site
page("rsj-notice", "notice-2026-118.html", "关于2026年第四批次职业技能等级认定的公告",
     f"""<h1>关于 2026 年第四批次职业技能等级认定的公告</h1>
<p>本批次（批次号 15320250615）人工智能训练师五级、四级认定由上海市数字技能评价中心（统一社会信用代码 {EVAL_USCC}）组织实施。</p>
<p>考点：合肥考点前台 0551-65327788。证书样式参见 S000031000001253000128，证书可登录 zscx.osta.org.cn、jndj.osta.org.cn 查询。</p>
<p>咨询电话 12333。</p>""",
     False, None, None, [], "official-style notice (non-offer)")
page("rsj-notice", "guide-subsidy.html", "职业技能提升补贴申领指南",
     """<h1>职业技能提升补贴申领指南</h1>
<p>申领条件：参加失业保险累计缴费满 1 年；取得职业技能等级证书之日起 12 个月内申请。</p>
<p>请勿轻信“包过”“免考”等宣传，证书真伪请登录 zscx.osta.org.cn 查询，举报请拨打 12333。</p>""",
     False, None, None, [], "official-style guide (non-offer)")

# ================================================================= shop
page("xuebaodian", "item-552301.html", "人工智能训练师证书 三级 报名 包过 人社部颁发",
     """<h1>人工智能训练师证书 三级 报名（包过）</h1>
<p class="price">￥3980</p>
<p>店铺：皖智AI学院官方店</p>
<p>人社部颁发，国家职业资格证书。拍下后联系客服 QQ 2851 736 490 登记信息。</p>
<p>对公收款户名：合肥皖智信息咨询有限公司</p>
<p>付款问题请联系支付宝客服 95188。</p>""",
     True, "U02", "皖智AI学院官方店",
     [qq("2851736490", "2851 736 490"), ot("合肥皖智信息咨询有限公司", "合肥皖智信息咨询有限公司")],
     "U02 shop listing: payee name; payment platform number")
page("xuebaodian", "item-553018.html", "浦数教育 人工智能训练师四级 补贴班 定金",
     f"""<h1>人工智能训练师四级补贴班 定金 200 元</h1>
<p>店铺：浦数教育</p>
<p>上海浦数职业培训学校（{U04_USCC}），拍下后请添加微信 PuShu_Edu 预约开班时间。证书示例：S000031000001253000128。</p>""",
     True, "U04", "浦数教育",
     [wx("pushu_edu", "PuShu_Edu"), U(U04_USCC, U04_USCC)],
     "U04 shop deposit item")
page("xuebaodian", "item-554470.html", "数训堂 AI训练师 全套网课+题库",
     """<h1>数训堂 AI训练师全套网课 + 题库</h1>
<p class="price">￥99</p>
<p>店铺：数训堂</p>
<p>客服 QQ 3380917265，收款方：安庆数训堂文化传播有限公司。</p>
<p class="tpl">店铺默认模板：客服电话 13800138000</p>""",
     True, "U07", "数训堂",
     [qq("3380917265", "3380917265"), ot("安庆数训堂文化传播有限公司", "安庆数训堂文化传播有限公司")],
     "U07 shop; template placeholder phone")
page("xuebaodian", "item-555921.html", "上海居住证积分 AI训练师二级 办理",
     """<h1>上海居住证积分 AI训练师二级 办理</h1>
<p class="price">￥12800</p>
<p>店铺：沪上职达</p>
<p>二级加 100 分，不限学历。联系邮箱 zhida_sh#163.com（#换成@），微信 zhida_sh。</p>
<p class="tpl">店铺默认模板：客服电话 13800138000</p>""",
     True, "U09", "沪上职达",
     [em("zhida_sh@163.com", "zhida_sh#163.com"), wx("zhida_sh", "zhida_sh")],
     "U09 shop; obfuscated email; template placeholder")

# ================================================================= decoys
DECOYS = [
    ("phone", "12333", ["12333"], "public 人社 hotline quoted by notices, news and honest sellers"),
    ("phone", "12315", ["12315"], "public consumer-complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "cpta.com.cn", ["cpta.com.cn"], "official 人事考试中心 verification site"),
    ("phone", "4008317726", ["400-831-7726"], "marketplace customer-service line in every kechengbang footer"),
    ("email", "kf@kechengbang.cn", ["kf@kechengbang.cn"], "marketplace customer-service e-mail in footer"),
    ("uscc", KCB_USCC, [KCB_USCC], "marketplace operator's own USCC in footer"),
    ("other", "浙ICP备18047712号", ["浙ICP备18047712号"], "marketplace ICP in footer"),
    ("qq_group", "286451093", ["286451093"], "forum's official QQ group in footer"),
    ("email", "admin@jhrcbbs.com", ["admin@jhrcbbs.com"], "forum staff e-mail in footer"),
    ("other", "沪ICP备19023456号-2", ["沪ICP备19023456号-2"], "classifieds platform ICP in footer"),
    ("phone", "02161978800", ["021-61978800"], "classifieds platform complaint line in footer"),
    ("qq_group", "813452097", ["813452097"], "Q&A platform answerers' QQ group in footer"),
    ("email", "tougao@wxzhuanzai.cn", ["tougao@wxzhuanzai.cn"], "repost site's submission e-mail in footer"),
    ("phone", "4001402108", ["400-140-2108"], "short-video platform report line in footer"),
    ("other", "皖ICP备15003721号", ["皖ICP备15003721号"], "news site ICP in footer"),
    ("phone", "055162623300", ["0551-62623300"], "news site hotline in footer"),
    ("domain", "xuebaodian.cn", ["xuebaodian.cn"], "shop platform's domain in every shop footer"),
    ("phone", "+8617093418256", ["170 9341 8256", "17093418256"], "scam number quoted in a complaint and a news warning"),
    ("phone", "+8615320250615", ["15320250615"], "认定 batch number that looks like a mobile, quoted by two sellers and the notice"),
    ("other", "S000031000001253000128", ["S000031000001253000128"], "sample certificate number shown by two sellers and the notice"),
    ("phone", "+8613800138000", ["13800138000"], "shop template placeholder phone left on two sellers' items"),
    ("email", "yourname@163.com", ["yourname@163.com"], "template placeholder e-mail on reposts"),
    ("wechat", "lily_hf88", ["lily_hf88"], "a reader's own WeChat in comments under different sellers' posts"),
    ("qq", "364718552", ["364718552"], "a reader's own QQ in comments"),
    ("phone", "055165327788", ["0551-65327788"], "exam venue front desk quoted by two sellers and the notice"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
    ("phone", "95188", ["95188"], "payment platform hotline"),
    ("uscc", EVAL_USCC, [EVAL_USCC], "third-party evaluation centre named by two honest sellers and the notice"),
]


# ---------------------------------------------------------------- rendering
def frame(site, title, crumbs, body, related):
    menu = " | ".join(f'<a href="index.html">{m}</a>' for m in site["menu"])
    crumb = " &gt; ".join(crumbs)
    rel = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {site['name']}</title></head>
<body>
<header><div class="logo"><a href="index.html">{site['name']}</a></div><nav>{menu}</nav></header>
<div class="crumbs"><a href="../index.html">导航</a> &gt; {crumb}</div>
<main>{body}</main>
<aside>{site['side']}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer>{site['foot']}</footer>
</body></html>
"""


def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {s["key"]: [p for p in PAGES if p["site"] == s["key"]] for s in SITES}
    out = {}
    for s in SITES:
        d = os.path.join(SITE, s["key"])
        os.makedirs(d)
        plist = by_site[s["key"]]
        for i, p in enumerate(plist):
            others = [q for q in plist if q is not p][:4]
            related = [(q["file"], q["title"]) for q in others] + [("index.html", "返回首页")]
            html = frame(s, p["title"], [f'<a href="index.html">{s["name"]}</a>', p["title"]],
                         p["body"], related)
            out["/%s/%s" % (s["key"], p["file"])] = html
        items = "".join(f'<li><a href="{p["file"]}">{p["title"]}</a></li>' for p in plist)
        idx_body = f"<h1>{s['name']}</h1><p>最新内容</p><ul>{items}</ul>"
        out["/%s/index.html" % s["key"]] = frame(s, "首页", [s["name"]], idx_body, [("../index.html", "全网导航")])
    hub = "".join(f'<li><a href="{s["key"]}/index.html">{s["name"]}</a>（{s["style"]}）</li>' for s in SITES)
    out["/index.html"] = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head>"
                          f"<body><h1>网址导航</h1><ul>{hub}</ul></body></html>\n")
    for path, html in out.items():
        with open(os.path.join(SITE, path.lstrip("/")), "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "hub linking every site's index page"}]
    operators = {}
    for s in SITES:
        pages.append({"path": "/%s/index.html" % s["key"], "is_offer": False, "operator": None,
                      "provider": None, "identifiers": [], "note": "site index page of " + s["name"]})
        for p in by_site[s["key"]]:
            path = "/%s/%s" % (s["key"], p["file"])
            for k, v, w in p["ids"]:
                assert w in out[path], (path, w)
            pages.append({"path": path, "is_offer": p["is_offer"], "operator": p["operator"],
                          "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
            if p["operator"]:
                o = operators.setdefault(p["operator"], {"brands": [], "identifiers": []})
                if p["provider"] not in o["brands"]:
                    o["brands"].append(p["provider"])
                for k, v, w in p["ids"]:
                    if [k, v] not in o["identifiers"]:
                        o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        hit = sorted(path for path, html in out.items() if any(w in html for w in written))
        assert hit, value
        decoys.append({"kind": kind, "value": value, "written": written, "pages": hit, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(operators.items())), "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build()
