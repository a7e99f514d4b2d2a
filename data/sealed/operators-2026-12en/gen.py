#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers: site/ and truth.json. Standard library only, deterministic."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    total = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W))
    r = 31 - total % 31
    return s17 + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91330106", "MA2H7K3P")
U02_USCC = uscc("52610113", "MJ1T5604")
U03_USCC = uscc("91110108", "MA01XQ8D")
U05_USCC = uscc("91610131", "MAB0RL2N")
U09_USCC = uscc("91330108", "MA27W9C4")
I02_USCC = uscc("92330104", "MA2J0E6U")

# ---------------------------------------------------------------- sites
SITES = {
 "zhixun": dict(name="智训教育 · 杭州智训未来教育科技有限公司", style="company", color="#0b5cad",
   menu=["首页", "课程中心", "报名咨询", "师资团队", "关于我们"],
   footer="杭州智训未来教育科技有限公司 版权所有 · 地址：杭州市西湖区文三路 478 号华星时代广场 B 座 9 楼"),
 "qinrui": dict(name="秦睿教育 · 西安市雁塔区秦睿职业技能培训学校", style="company", color="#8a1c1c",
   menu=["学校首页", "招生简章", "技能认定", "学员风采", "联系我们"],
   footer="西安市雁塔区秦睿职业技能培训学校（民办） · 办学许可证号 教民161011370000234 · 地址：西安市雁塔区科技路 33 号"),
 "kechengbao": dict(name="课程宝 · 职业技能在线课程平台", style="market", color="#ff6a00",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "我的订单"],
   footer="课程宝客服热线 400-806-7321（9:00-21:00） · 客服邮箱 kefu@kechengbao.cn · 浙ICP备20011876号 · 平台仅提供信息展示，课程由入驻机构提供"),
 "wenda": dict(name="问知 · 有问题就有答案", style="qa", color="#2e7d32",
   menu=["首页", "教育", "职场", "考证", "提问"],
   footer="问知 wenzhi.net · 违法和不良信息举报 jubao@wenzhi.net · 京ICP备17058842号"),
 "wx": dict(name="微文摘 · 公众号好文转载", style="wechat", color="#07c160",
   menu=["首页", "职场", "教育", "科技", "本地"],
   footer="微文摘 weiwenzhai.com 转载仅供学习交流，版权归原作者 · 投稿/删稿 tougao@weiwenzhai.com · 沪ICP备19023318号"),
 "fenlei": dict(name="城市分类信息网 · 杭州 | 西安", style="classifieds", color="#e53935",
   menu=["首页", "杭州", "西安", "教育培训", "免费发布"],
   footer="城市分类信息网 · 浙ICP备18042731号-2 · 发布前请核实对方资质，遇诈骗请拨打 110 或向 12315 投诉"),
 "rsj": dict(name="某市人力资源和社会保障局 · 公告公示", style="gov", color="#b71c1c",
   menu=["首页", "政务公开", "公告公示", "办事服务", "互动交流"],
   footer="主办：某市人力资源和社会保障局 · 咨询电话 12333 · 网站标识码 3301000012"),
 "luntan": dict(name="西安论坛 · 职场考证版", style="forum", color="#37474f",
   menu=["论坛首页", "职场考证", "西安生活", "二手交易", "版务"],
   footer="西安论坛 · 官方交流群 618204573 · 陕ICP备16008712号"),
 "dsp": dict(name="抖快视频 · 网页版", style="video", color="#111111",
   menu=["推荐", "关注", "知识", "本地", "直播"],
   footer="抖快视频网页版 · 用户服务协议 · 举报电话 400-140-2108"),
 "blog": dict(name="码字人的博客", style="blog", color="#5d4037",
   menu=["首页", "技术随笔", "考证笔记", "生活", "关于"],
   footer="码字人的博客 · Powered by Typecho · 本站文章仅代表作者观点"),
}

PAGES = []  # dicts

def page(path, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note,
                      crumb=crumb))

# ---------------------------------------------------------------- operators' identifiers
# U01 杭州智训未来教育科技有限公司 (honest)
U01_M = "+8613758126403"; U01_WX = "zx_ai_hz"; U01_TEL = "057188216630"; U01_DOM = "zhixunedu.cn"
# U02 西安秦睿职业技能培训学校 (honest, 民非)
U02_M = "+8618192470385"; U02_QQ = "2847561930"; U02_MAIL = "qinrui_px@163.com"; U02_TEL = "02989560217"
# U03 "国培人工智能认证中心" (dishonest)
U03_400 = "4006921558"; U03_WX = "guopei-ai88"; U03_DOM = "cnaitrainer.org.cn"; U03_M = "+8615639027714"
# U04 杭州数标教育 (honest)
U04_M = "+8615967120834"; U04_QG = "735218462"; U04_MAIL = "shubiao_edu@126.com"
# U05 陕西智联 (dishonest)
U05_M = "+8613379208415"; U05_WX = "sxzl_kz"; U05_PAYEE = "西安智联考务咨询有限公司"
# U06 钱塘AI研习社 (mixed)
U06_WX = "qtai_yxs"; U06_M = "+8617858930271"; U06_QQ = "1046398275"
# U07 西安雁塔职培 (honest)
U07_TEL = "02985263391"; U07_MAIL = "yanta_pt@126.com"; U07_QQ = "1793068254"
# U08 学而优AI训练营 (dishonest, national online)
U08_M = "+8615102947736"; U08_WX = "xey_ai2025"; U08_DOM = "xueeryou-ai.com"
# U09 之江数智 (honest)
U09_TEL = "057186935082"; U09_MAIL = "zjsz_edu@qq.com"; U09_M = "+8618968041527"

# ---------------------------------------------------------------- shared decoy texts
OFFICIAL_Q = "证书可登录技能人才评价证书全国联网查询 zscx.osta.org.cn 查询"
JNDJ = "证书附二维码及查询网址 jndj.osta.org.cn"
HOT12333 = "政策咨询可拨打人社服务热线 12333"
SAMPLE_CERT = "证书样本编号：S000033001234255000012（样本，仅供参考）"
PLACE = '<input type="tel" name="mobile" placeholder="例：13800138000">'
XA_VENUE = "考点：西安市雁塔区电子二路考试中心（前台 029-88661234，仅负责考务，不接受报名咨询）"
FORM_U = "https://jinshuju.net/f/"
PAY_ALI = "付款遇到问题可联系支付宝客服 95188"
BATCH = "认定批次号 ZJ-AIT-2504"
KCB_ACT = '<p class="act">平台活动编号 15820241103 · 双十二职业技能课程满 999 减 100</p>'
SCAM_M = "170-9264-8813"

def contact(lines):
    return '<div class="contact"><h3>联系方式</h3>' + "".join("<p>%s</p>" % l for l in lines) + "</div>"

# ================================================================= zhixun (U01 own site)
page("/zhixun/index.html", "智训教育首页", """
<p>智训教育专注数字经济职业技能培训，开设人工智能训练师、数据标注员、Python 数据分析等课程，校区位于杭州西湖区文三路。</p>
<ul><li><a href="/zhixun/kecheng-ai.html">人工智能训练师（四级/三级）周末班</a></li><li><a href="/zhixun/baoming.html">在线报名 / 咨询</a></li></ul>
<p>服务热线：0571-88216630（工作日 9:00-18:00）</p>""", note="training-company index page", crumb="首页")
page("/zhixun/kecheng-ai.html", "人工智能训练师（四级/三级）职业技能等级认定培训 周末班", f"""
<p>人工智能训练师（职业编码 4-04-05-05）是 2020 年人社部等部门发布的新职业，下设数据标注员、人工智能算法测试员两个工种。本课程依据《人工智能训练师国家职业技能标准（2021年版）》开设。</p>
<table class="t"><tr><th>等级</th><th>课时</th><th>培训费</th><th>报名条件</th></tr>
<tr><td>四级/中级工</td><td>50 课时</td><td>2680 元</td><td>取得五级证书后从事本职业4年，或累计从事本职业6年等</td></tr>
<tr><td>三级/高级工</td><td>40 课时</td><td>3280 元</td><td>取得四级证书后从事本职业5年等</td></tr></table>
<p>考核分理论知识与操作技能两部分，均实行百分制，成绩皆达 60 分及以上为合格。认定由经备案的第三方评价机构组织实施，本公司只负责培训，不承诺通过。符合条件的参保职工可按规定申领技能提升补贴（四级最高 1500 元，三级最高 2000 元），以当地人社部门审核为准。</p>
<p>{BATCH}（2025年第4批），截止报名时间 12 月 20 日。{JNDJ}。</p>
{contact(["课程顾问 陈老师 137-5812-6403", "座机 0571-88216630", "官网 www.zhixunedu.cn", "杭州智训未来教育科技有限公司　统一社会信用代码 " + U01_USCC])}""",
 True, "U01", "智训教育", [("phone", U01_M, "137-5812-6403"), ("phone", U01_TEL, "0571-88216630"),
 ("domain", U01_DOM, "www.zhixunedu.cn"), ("uscc", U01_USCC, U01_USCC)],
 "U01 course page on own site, honest wording")
page("/zhixun/baoming.html", "在线报名 | 人工智能训练师认定培训", f"""
<p>填写以下信息，课程顾问将在 1 个工作日内联系您核对报考条件（需提供工作年限证明）。</p>
<form>姓名 <input name="n"> 手机 {PLACE} 报考等级 <select><option>四级</option><option>三级</option></select></form>
<p>也可以直接加顾问微信：zx_ai_hz（备注“训练师”），或致电 13758126403。</p>
<p>{SAMPLE_CERT}</p>""",
 True, "U01", "智训教育", [("wechat", U01_WX, "zx_ai_hz"), ("phone", U01_M, "13758126403")],
 "U01 enrolment form page")

# ================================================================= qinrui (U02 own site)
page("/qinrui/index.html", "秦睿教育 学校首页", """
<p>西安市雁塔区秦睿职业技能培训学校是经雁塔区人社局批准设立的民办职业培训学校，开设人工智能训练师、电子商务师、互联网营销师等培训。</p>
<ul><li><a href="/qinrui/ai-xunlianshi.html">人工智能训练师培训</a></li><li><a href="/qinrui/jianzhang-2026.html">2026年春季招生简章</a></li></ul>""",
 note="training-school index page", crumb="学校首页")
page("/qinrui/ai-xunlianshi.html", "人工智能训练师（五级/四级）培训班 — 秦睿教育", f"""
<p>面向数据标注、AI 产品运营从业人员。五级要求累计从事本职业或相关职业工作 1 年（含）以上，或本职业学徒期满；学历要求初中毕业及以上。</p>
<p>培训 60 课时（五级），线下 + 线上结合，理论约 30%、实操约 70%。培训费 1980 元，认定费按评价机构标准另收。{XA_VENUE}。</p>
<p>{HOT12333}。{OFFICIAL_Q}。{SAMPLE_CERT}</p>
{contact(["招生办 029-89560217", "手机（微信同号）181 9247 0385", "QQ：2847561930", "邮箱 qinrui_px@163.com", "统一社会信用代码 " + U02_USCC])}""",
 True, "U02", "秦睿教育", [("phone", U02_TEL, "029-89560217"), ("phone", U02_M, "181 9247 0385"),
 ("qq", U02_QQ, "2847561930"), ("email", U02_MAIL, "qinrui_px@163.com"), ("uscc", U02_USCC, U02_USCC)],
 "U02 course page on own site")
page("/qinrui/jianzhang-2026.html", "西安市雁塔区秦睿职业技能培训学校 2026 年春季招生简章", f"""
<p>一、招生专业：人工智能训练师（数据标注员方向）五级、四级；二、开班时间：2026 年 3 月；三、报名材料：身份证、学历证明、工作年限证明。</p>
<p>报名方式：扫码填写报名表 {PLACE}，或来电 (029)8956-0217，邮件 QINRUI_PX@163.COM。</p>""",
 True, "U02", "西安市雁塔区秦睿职业技能培训学校", [("phone", U02_TEL, "(029)8956-0217"), ("email", U02_MAIL, "QINRUI_PX@163.COM")],
 "U02 enrolment brochure")

# ================================================================= kechengbao marketplace
def kcb(path, title, shop, price, body, op, provider, ids, note):
    b = f"""<div class="shop">店铺：{shop} <span class="badge">已认证机构</span></div>
<div class="price">¥{price} <del>¥{int(price*1.6)}</del> · 已售 {len(path)*37} 份</div>{body}{KCB_ACT}
<div class="reviews"><h3>学员评价</h3><p>用户 m***9：课程内容还行，老师回复及时。</p></div>"""
    page(path, title, b, True, op, provider, ids, note)

page("/kechengbao/index.html", "考证专区 · 人工智能训练师 | 课程宝", "<p>考证专区热门课程：</p>", note="marketplace category index", crumb="考证专区")
kcb("/kechengbao/course-1021.html", "【未来AI学院】人工智能训练师四级 直播+录播 附认定报名指导", "未来AI学院（杭州）", 2380, f"""
<p>50 课时直播 + 录播回放，覆盖数据采集和处理、数据标注、智能系统运维三大模块。培训结束后协助符合条件的学员向备案评价机构报名认定，是否通过以考核结果为准。</p>
<p>购买后请添加班主任 VX：ZX_AI_HZ 进群。{JNDJ}。</p>""", "U01", "未来AI学院", [("wechat", U01_WX, "ZX_AI_HZ")], "U01 under another brand on marketplace")
kcb("/kechengbao/course-2207.html", "数据标注员 + 人工智能训练师五级 零基础入门实操课", "数标学堂", 1280, f"""
<p>从标注工具（拉框、分割、文本分类）学起，配套真实项目练习。五级报考需满 1 年相关工作经历，课程内提供资格自查表。</p>
<p>课前问卷：{FORM_U}sbxt2025 ；学员交流 Q群 735218462；课程咨询 159 6712 0834。</p>""", "U04", "数标学堂",
 [("qq_group", U04_QG, "735218462"), ("phone", U04_M, "159 6712 0834")], "U04 course on marketplace")
kcb("/kechengbao/course-3310.html", "【限时99】人工智能训练师二级技师 零基础直通 补贴后几乎免费", "学而优AI训练营", 99, f"""
<p>原价9999限时99！不限学历、不限经验，零基础直接报考二级技师，90%小白都能学会，交费包过，拿证即可申领高额补贴，补贴后几乎免费！证书人社部颁发，全国通用，{OFFICIAL_Q}。</p>
<p>报名后添加助教 weixin：xey_ai2025 领取资料；{PAY_ALI}。官网 xueeryou-ai.com</p>""", "U08", "学而优AI训练营",
 [("wechat", U08_WX, "xey_ai2025"), ("domain", U08_DOM, "xueeryou-ai.com")], "U08 dishonest marketplace listing (level 2 to beginners, 包过, 人社部颁发)")
kcb("/kechengbao/course-4415.html", "之江数智 · 人工智能训练师三级（高级工）提升班", "之江数智", 3580, f"""
<p>适合已取得四级证书并从事相关工作满 5 年，或大专及以上相关专业取得四级证书后工作满 2 年的学员。40 课时，含业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>{BATCH}。报名资格预审：{FORM_U}zjsz3 。机构电话 0571 8693 5082。</p>""", "U09", "之江数智",
 [("phone", U09_TEL, "0571 8693 5082")], "U09 course on marketplace")
kcb("/kechengbao/course-5126.html", "码上标注：数据标注实战 30 讲（可配合五级认定）", "码上标注工作室", 399, f"""
<p>个人工作室出品，讲图像、语音、文本标注规范与质检。本课不含认定报名，需要认定请自行联系当地备案机构。</p>
<p>课程答疑微信 mbz_2025；报名信息收集 {FORM_U}mbz30 。个体户信用代码 {I02_USCC}</p>""", "I02", "码上标注工作室",
 [("wechat", "mbz_2025", "mbz_2025"), ("uscc", I02_USCC, I02_USCC)], "independent small studio on marketplace")
kcb("/kechengbao/course-6032.html", "长安AI考证 人工智能训练师三级 免考试 快速下证", "长安AI考证", 4980, f"""
<p>三级高级工 不限专业 无门槛，免培训，45天下证，官网可查，可挂靠年入3万+！名额有限。</p>
<p>付款请对公：{U05_PAYEE}。联系 133-7920-8415 ；{PAY_ALI}。</p>""", "U05", "长安AI考证",
 [("other", U05_PAYEE, U05_PAYEE), ("phone", U05_M, "133-7920-8415")], "U05 dishonest listing (免考试, 挂靠)")

# ================================================================= wenda Q&A
def qa(path, q, answers, offer=False, op=None, provider=None, ids=(), note=""):
    b = '<div class="q"><h2>%s</h2><p class="meta">浏览 %d · 3 个回答</p></div>' % (q, len(path)*113)
    for who, text in answers:
        b += '<div class="a"><p class="who">%s</p><p>%s</p></div>' % (who, text)
    page(path, q, b, offer, op, provider, ids, note)

page("/wenda/index.html", "问知 · 考证话题", "<p>考证话题下的热门问题：</p>", note="Q&A topic index", crumb="考证")
qa("/wenda/q-88101.html", "西安哪里可以报人工智能训练师？需要什么条件？", [
 ("匿名用户", "先去技能人才评价工作网查一下当地备案的评价机构，别信包过的。"),
 ("秦睿教育-刘老师（机构认证）", f"您好，五级需要相关工作满1年。我们学校在雁塔区科技路，春季班 3 月开课，可以扣扣 2847561930 咨询，或打 18192470385。{XA_VENUE}。"),
 ("路人甲", "我去年考的四级，理论+实操，不难但要认真学。")],
 True, "U02", "秦睿教育", [("qq", U02_QQ, "2847561930"), ("phone", U02_M, "18192470385")], "U02 answer-as-ad on Q&A")
qa("/wenda/q-88215.html", "零基础想做数据标注，有没有靠谱的课？", [
 ("数标学堂官方", "可以看看我们的入门课，先学标注工具，再考虑五级认定（需1年工作经历）。课程咨询：shubiao_edu@126.com，学员群 735-218-462。"),
 ("lily", "同问，我也零基础，我微信 lily_8899 有一起学的加我"),
 ("老K", "标注活现在单价很低，先想清楚。")],
 True, "U04", "数标学堂", [("email", U04_MAIL, "shubiao_edu@126.com"), ("qq_group", U04_QG, "735-218-462")], "U04 answer-as-ad; reader leaves own WeChat")
qa("/wenda/q-88342.html", "人工智能训练师三级有补贴吗？杭州能领多少？", [
 ("之江数智-王老师", f"参保满1年的职工，三级技能提升补贴最高 2000 元，浙江对紧缺职业可上浮。我们的三级班可协助材料准备：0571-86935082，邮箱 zjsz_edu@qq.com。{HOT12333}。"),
 ("匿名用户", "二级一级国家没有这项补贴，别信什么补贴后免费。")],
 True, "U09", "之江数智", [("phone", U09_TEL, "0571-86935082"), ("email", U09_MAIL, "zjsz_edu@qq.com")], "U09 answer-as-ad")
qa("/wenda/q-88476.html", "滨江附近有人工智能训练师的线下班吗？", [
 ("滨江职培小周", "我们在滨江江南大道有周末班，五级四级都有，电话 0571-87720915，过来试听一节再决定。"),
 ("网友", "可以，离阿里园区近。")],
 True, "I06", "滨江职培", [("phone", "057187720915", "0571-87720915")], "independent answer-as-ad")
qa("/wenda/q-88590.html", "接到 170-9264-8813 的电话说能包过人工智能训练师，是骗子吗？", [
 ("热心网友", f"大概率是。人工智能训练师证书是职业技能等级证书，由备案评价机构颁发，不存在“人社部颁发”“包过”。号码 17092648813 网上很多人举报了。可以打 12315 投诉，或 {HOT12333} 核实。"),
 ("匿名用户", "证书真伪以 zscx.osta.org.cn 查询结果为准，别点对方发的查询链接。")],
 note="warning thread quoting a scam number")

# ================================================================= wx reposts
def wx(path, title, acct, date, body, offer=True, op=None, provider=None, ids=(), note=""):
    b = f'<div class="acct">公众号：{acct} · {date} · 原文转载</div>{body}<p class="rd">阅读 {len(path)*211} · 在看 {len(path)}</p>'
    page(path, title, b, offer, op, provider, ids, note)

page("/wx/index.html", "微文摘 · 教育职场", "<p>最新转载：</p>", note="WeChat repost site index", crumb="首页")
wx("/wx/a-0317.html", "AI 时代最缺的岗位之一：人工智能训练师，杭州这个周末班开始报名了", "杭州职场圈", "2025-11-03", f"""
<p>人工智能训练师是人社部 2020 年发布的新职业……小编实地探访了文三路的一家培训机构，课程分四级、三级，按标准要求的课时授课。</p>
<p>报名咨询座机（0571）8821 6630，{SAMPLE_CERT}。</p>""", True, "U01", "智训教育", [("phone", U01_TEL, "（0571）8821 6630")], "U01 advertorial repost")
wx("/wx/a-0422.html", "从宝妈到数据标注组长，她只用了一年", "数标学堂", "2025-10-18", f"""
<p>学员小林的故事……现在数标学堂新一期数据标注 + 五级认定辅导班招生中。</p>
<p>联系电话：15967120834　邮箱：Shubiao_Edu@126.com　报名表：{FORM_U}sbxt2025</p>""", True, "U04", "数标学堂",
 [("phone", U04_M, "15967120834"), ("email", U04_MAIL, "Shubiao_Edu@126.com")], "U04 own-account article repost")
wx("/wx/a-0508.html", "钱塘AI研习社｜人工智能训练师四级冬季班 福利价", "钱塘AI研习社", "2025-11-20", f"""
<p>研习社由几位从大厂出来的标注项目经理发起，四级班 1880 元，含模拟考。零基础建议先报五级。</p>
<p>加研习社小助手 V：qtai_yxs 或电话 178 5893 0271。</p>""", True, "U06", "钱塘AI研习社",
 [("wechat", U06_WX, "qtai_yxs"), ("phone", U06_M, "178 5893 0271")], "U06 repost")
wx("/wx/a-0619.html", "杭州：人工智能训练师三级认定 12 月批次开放报名", "之江数智", "2025-11-25", f"""
<p>{BATCH}，报名截止 12 月 15 日。请已取得四级证书满足年限的学员尽快提交材料。</p>
<p>咨询：0571-86935082 / 189 6804 1527（同微信）。{JNDJ}</p>""", True, "U09", "之江数智",
 [("phone", U09_TEL, "0571-86935082"), ("phone", U09_M, "189 6804 1527")], "U09 repost of batch notice")
wx("/wx/a-0703.html", "雁塔区职业培训学校：人工智能训练师五级补贴性培训报名通知", "雁塔职培", "2025-09-10", f"""
<p>符合条件的参保人员培训合格取证后可申领技能提升补贴（五级最高 1000 元）。{XA_VENUE}。</p>
<p>报名电话 029－85263391，邮箱 yanta_pt@126.com。</p>""", True, "U07", "西安雁塔职业培训学校",
 [("phone", U07_TEL, "029－85263391"), ("email", U07_MAIL, "yanta_pt@126.com")], "U07 repost")
wx("/wx/a-0811.html", "辟谣：“人社部停发AI证书”系谣言", "职场观察", "2025-08-02", f"""
<p>近日网传“人社部叫停人工智能证书”，经核实无此政策。职业技能等级证书由备案评价机构颁发，{OFFICIAL_Q}。{HOT12333}。</p>""",
 False, note="news repost debunking rumor")

# ================================================================= fenlei classifieds
def fl(path, city, title, body, offer=True, op=None, provider=None, ids=(), note=""):
    b = f'<div class="meta">类别：教育培训 › 职业技能 · 区域：{city} · 信息编号 {len(path)*7391}</div>{body}<p class="warn">提示：凡要求先交钱的，请提高警惕。</p>'
    page(path, title, b, offer, op, provider, ids, note)

page("/fenlei/index.html", "教育培训 · 城市分类信息网", "<p>最新发布：</p>", note="classifieds index", crumb="教育培训")
fl("/fenlei/hz-1101.html", "杭州", "人工智能训练师证 人社部颁发 国家职业资格证书 包过 三证同报", f"""
<p>国培人工智能认证中心杭州报名点：国家职业资格证书，全国通用，一次报三个等级更优惠，不限年龄不限专业，不过全额退款！入库可查，查询网站 www.cnaitrainer.org.cn</p>
<p>全国统一热线 400-692-1558 ，微信 guopei-ai88</p>""", True, "U03", "国培人工智能认证中心",
 [("phone", U03_400, "400-692-1558"), ("wechat", U03_WX, "guopei-ai88"), ("domain", U03_DOM, "www.cnaitrainer.org.cn")], "U03 dishonest classified")
fl("/fenlei/hz-1102.html", "杭州", "数据标注/AI训练师 小班教学 拱墅区", f"""
<p>钱塘AI研习社 拱墅区小班，四级冬季班，可试听。Q 1046398275，电话17858930271。</p>""", True, "U06", "钱塘AI研习社",
 [("qq", U06_QQ, "1046398275"), ("phone", U06_M, "17858930271")], "U06 classified")
fl("/fenlei/hz-1103.html", "杭州", "个人辅导 人工智能训练师五级理论+实操 一对一", f"""
<p>本人在某大厂做标注质检五年，可一对一辅导五级、四级理论与实操，不代报名。王老师 135 6781 2049。</p>""", True, "I01", "王老师",
 [("phone", "+8613567812049", "135 6781 2049")], "independent tutor classified")
fl("/fenlei/xa-2201.html", "西安", "雁塔区正规培训学校 人工智能训练师五级四级招生", f"""
<p>秦睿职业技能培训学校，人社局批准办学，按标准课时培训。电话 181-9247-0385，邮箱 qinrui_px@163.com。</p>""", True, "U02", "秦睿职校",
 [("phone", U02_M, "181-9247-0385"), ("email", U02_MAIL, "qinrui_px@163.com")], "U02 classified")
fl("/fenlei/xa-2202.html", "西安", "AI训练师 高级工 免考 45天拿证 可挂靠", f"""
<p>陕西智联考证：人工智能训练师三级二级 免培训 包通过 官方认证 拿证即可挂靠年入三万。电话 13379208415 微信 SXZL_KZ</p>""", True, "U05", "陕西智联考证",
 [("phone", U05_M, "13379208415"), ("wechat", U05_WX, "SXZL_KZ")], "U05 dishonest classified")
fl("/fenlei/xa-2203.html", "西安", "人工智能训练师五级 补贴性培训 参保人员优先", f"""
<p>西安雁塔职业培训学校，每月开班。QQ：1793068254，座机 02985263391。{XA_VENUE}。</p>""", True, "U07", "雁塔职培",
 [("qq", U07_QQ, "1793068254"), ("phone", U07_TEL, "02985263391")], "U07 classified")

# ================================================================= rsj notices
page("/rsj/index.html", "公告公示", "<p>最新公告：</p>", note="人社局 notice site index", crumb="公告公示")
page("/rsj/notice-shanzhai.html", "关于警惕技术技能类“山寨证书”的提醒", f"""
<p>近期，有不法机构以“人社部颁发”“包过”“免培训直接发证”等名义招揽人工智能训练师等职业培训。现提醒如下：</p>
<p>一、人工智能训练师证书为职业技能等级证书，由经人社部门备案的评价机构颁发，人社部门不直接颁发。二、{OFFICIAL_Q}，其他“查询网站”均不可信。三、有群众反映号码 170-9264-8813 冒充人社工作人员推销证书，请勿轻信。咨询 12333，消费投诉 12315。</p>""",
 note="official warning notice quoting scam number")
page("/rsj/notice-butie.html", "关于做好2025年失业保险技能提升补贴申领工作的通知", f"""
<p>参保满 1 年的职工取得职业技能等级证书的，五级、四级、三级分别最高补贴 1000、1500、2000 元。{JNDJ}。{HOT12333}。</p>""",
 note="official subsidy notice")
page("/rsj/notice-jigou.html", "本市人工智能训练师职业技能等级认定批次公告", f"""
<p>{BATCH}。认定地点及考务咨询：西安市雁塔区电子二路考试中心（前台 029-88661234）。证书编号规则示例：{SAMPLE_CERT}。</p>""",
 note="official batch notice with venue and sample certificate number")

# ================================================================= luntan forum
def lt(path, title, posts, offer=True, op=None, provider=None, ids=(), note=""):
    b = "".join('<div class="post"><p class="u">%s</p><p>%s</p></div>' % p for p in posts)
    page(path, title, b, offer, op, provider, ids, note)

page("/luntan/index.html", "职场考证版", "<p>版块帖子：</p>", note="forum board index", crumb="职场考证")
lt("/luntan/t-5501.html", "【推广】人工智能训练师技师 高级技师 零基础可报 人社部认证新职业", [
 ("国培认证-小李", "国家职业资格证书，人社部认证的新职业，零基础直接报技师/高级技师，内部信息包过！电话 400 692 1558，扫码加微 Guopei-AI88。"),
 ("路人", "技师要三级证加4年，零基础直接报？")],
 True, "U03", "国培认证", [("phone", U03_400, "400 692 1558"), ("wechat", U03_WX, "Guopei-AI88")], "U03 forum ad post")
lt("/luntan/t-5502.html", "有没有一起团报人工智能训练师五级的？人多能便宜", [
 ("楼主 阿杰", "我在高新区，能凑 10 人找机构谈团报价，Q 3105928476 拉群。考点应该是电子二路（029-88661234）。"),
 ("lily", "加一个，我微信 lily_8899")],
 True, "I03", "阿杰（团报组织者）", [("qq", "3105928476", "3105928476")], "independent group-buy organiser")
lt("/luntan/t-5503.html", "曝光：交了4980说45天下证，现在人找不到了", [
 ("受害者小王", "对方号码 17092648813，先说人社部颁发，收钱后拉黑。已经打 12315 和 110。"),
 ("版主", "大家报班前去官方平台查评价机构备案，官方查询只有 zscx.osta.org.cn。")],
 False, note="complaint thread quoting scam number")
lt("/luntan/t-5504.html", "西安 人工智能训练师三级 45天下证 不用考", [
 ("长安AI考证", "三级二级都能办，不限专业，付款后 45 天出证，收款户名：西安智联考务咨询有限公司。有意加薇 sxzl_kz，信用代码 " + U05_USCC)],
 True, "U05", "长安AI考证", [("wechat", U05_WX, "sxzl_kz"), ("other", U05_PAYEE, U05_PAYEE), ("uscc", U05_USCC, U05_USCC)], "U05 forum ad")
lt("/luntan/t-5505.html", "雁塔职培 人工智能训练师五级 12月班还有名额", [
 ("雁塔职培-招生", "12月班还剩 6 个名额，报名前请准备好社保缴费记录。QQ 1793068254，邮箱 YANTA_PT@126.COM。")],
 True, "U07", "雁塔职培", [("qq", U07_QQ, "1793068254"), ("email", U07_MAIL, "YANTA_PT@126.COM")], "U07 forum post")

# ================================================================= dsp short video
def dsp(path, title, author, caption, offer=True, op=None, provider=None, ids=(), note=""):
    b = f'<div class="video"><div class="player">▶ 00:{len(path)%50+10:02d}</div><p class="au">@{author}</p><p class="cap">{caption}</p><p class="stat">♥ {len(path)*97} · 评论 {len(path)*3}</p></div>'
    page(path, title, b, offer, op, provider, ids, note)

page("/dsp/index.html", "知识 · 考证", "<p>相关视频：</p>", note="short-video topic index", crumb="知识")
dsp("/dsp/v-901.html", "人工智能训练师国家证 包过", "国培AI认证", f"""三证同报 国家职业资格 人社部颁发 #人工智能训练师 #考证 主页有联系 4006921558 · 也可私信 156 3902 7714。 统一社会信用代码 {U03_USCC}""",
 True, "U03", "国培AI认证", [("phone", U03_400, "4006921558"), ("phone", U03_M, "156 3902 7714"), ("uscc", U03_USCC, U03_USCC)], "U03 short video")
dsp("/dsp/v-902.html", "做了3年标注，聊聊AI训练师四级怎么准备", "钱塘AI研习社", """干货：四级考数据采集和处理、数据标注、智能系统运维。想系统学的来研习社，Q：1046398275""",
 True, "U06", "钱塘AI研习社", [("qq", U06_QQ, "1046398275")], "U06 short video")
dsp("/dsp/v-903.html", "原价9999限时99 零基础拿技师证", "学而优AI", f"""90%小白都能学会！二级技师 补贴后几乎免费 官网 XueErYou-AI.com 咨询 151-0294-7736 {PAY_ALI}""",
 True, "U08", "学而优AI", [("domain", U08_DOM, "XueErYou-AI.com"), ("phone", U08_M, "151-0294-7736")], "U08 short video")
dsp("/dsp/v-904.html", "西安考AI训练师五级，我是这样备考的", "小陈AI考证", """实操考试别慌，标注规范提前背。需要资料包的可以联系 198 2910 4563（西安本地，可代报名）""",
 True, "I04", "小陈AI考证", [("phone", "+8619829104563", "198 2910 4563")], "independent short video")
dsp("/dsp/v-905.html", "AI训练师三级 免考 可挂靠", "长安AI考证", """年入3万不是梦 挂靠收益 免培训 45天下证 电话 133 7920 8415""",
 True, "U05", "长安AI考证", [("phone", U05_M, "133 7920 8415")], "U05 short video")

# ================================================================= blog
page("/blog/index.html", "码字人的博客", "<p>最近文章：</p>", note="blog index", crumb="首页")
page("/blog/p-ai-guide.html", "2026年人工智能训练师报考指南（最新最全）", f"""
<p>人工智能训练师是人社部认证的新职业！证书全国通用、入库可查，二级技师零基础也可报考，补贴后几乎免费。</p>
<p>本文由学而优AI训练营提供，报名咨询 15102947736，微信 XEY_AI2025。{OFFICIAL_Q}。</p>""",
 True, "U08", "学而优AI训练营", [("phone", U08_M, "15102947736"), ("wechat", U08_WX, "XEY_AI2025")], "U08 SEO guide post")
page("/blog/p-laowang.html", "我开了个人工智能训练师备考小班（线上）", """
<p>在标注行业做了六年，业余带几个人备考五级/四级，线上每周两次，每人 600 元，不代报名不承诺通过。有兴趣发邮件 AITrainer_Liu@outlook.com。</p>""",
 True, "I05", "刘老师备考小班", [("email", "aitrainer_liu@outlook.com", "AITrainer_Liu@outlook.com")], "independent blogger offering tutoring")
page("/blog/p-03.html", "人工智能训练师证书怎么考？国家证书哪里报？", f"""
<p>（转）国培人工智能认证中心常年招生，国家职业资格证书，入库可查 cnaitrainer.org.cn，报名热线：400-6921-558。</p>
<p>联系电话：138-0013-8000（模板示例，请替换）</p>""",
 True, "U03", "国培人工智能认证中心", [("domain", U03_DOM, "cnaitrainer.org.cn"), ("phone", U03_400, "400-6921-558")], "U03 SEO repost with template placeholder")
page("/blog/p-coffee.html", "周末在家做冷萃咖啡", """<p>豆子用中深烘，粗研磨，1:12 冷水浸泡 14 小时，过滤后加冰。</p>""", note="unrelated blog post")

# ---------------------------------------------------------------- decoy definitions (pages computed by scan)
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site quoted by many sellers"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4008067321", ["400-806-7321"], "marketplace customer-service number in every kechengbao footer"),
 ("email", "kefu@kechengbao.cn", ["kefu@kechengbao.cn"], "marketplace service e-mail in footer"),
 ("other", "浙ICP备20011876号", ["浙ICP备20011876号"], "marketplace ICP number in footer"),
 ("phone", "+8615820241103", ["15820241103"], "marketplace promotion/activity number that looks like a mobile"),
 ("qq_group", "618204573", ["618204573"], "forum's own QQ group in footer"),
 ("other", "浙ICP备18042731号-2", ["浙ICP备18042731号-2"], "classifieds site ICP in footer"),
 ("domain", "weiwenzhai.com", ["weiwenzhai.com"], "WeChat-repost platform's own domain in footer"),
 ("email", "tougao@weiwenzhai.com", ["tougao@weiwenzhai.com"], "repost platform's contribution e-mail"),
 ("phone", "+8617092648813", ["170-9264-8813", "17092648813"], "scam number quoted in warnings/complaints, not any seller's"),
 ("other", "S000033001234255000012", ["S000033001234255000012"], "sample certificate number copied on several pages"),
 ("phone", "+8613800138000", ["13800138000", "138-0013-8000"], "template placeholder number"),
 ("wechat", "lily_8899", ["lily_8899"], "a reader's own WeChat in comments"),
 ("phone", "02988661234", ["029-88661234"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("other", "ZJ-AIT-2504", ["ZJ-AIT-2504"], "assessment batch number quoted by sellers and the notice site"),
 ("phone", "4001402108", ["400-140-2108"], "video platform report hotline in footer"),
]

# ---------------------------------------------------------------- render
def site_of(path):
    return path.strip("/").split("/")[0] if path.count("/") > 1 else None

CSS = {"company": "body{font-family:sans-serif;margin:0}header{color:#fff;padding:12px}",
       "market": "body{font-family:sans-serif;background:#f5f5f5}.price{color:#ff4400;font-size:22px}",
       "qa": "body{font-family:sans-serif}.a{border-top:1px solid #ddd;padding:8px}",
       "wechat": "body{font-family:sans-serif;max-width:680px;margin:auto}.acct{color:#576b95}",
       "classifieds": "body{font-family:SimSun,serif;font-size:13px}.warn{color:#c00}",
       "gov": "body{font-family:SimSun,serif}h1{text-align:center;color:#b71c1c}",
       "forum": "body{font-family:sans-serif}.post{border:1px solid #ccc;margin:6px;padding:6px}",
       "video": "body{background:#161823;color:#eee;font-family:sans-serif}.player{height:200px;background:#000}",
       "blog": "body{font-family:Georgia,serif;max-width:760px;margin:auto}"}

def render(p, site_pages):
    s = site_of(p["path"])
    cfg = SITES[s]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (s, m) for m in cfg["menu"])
    crumb = '<a href="/index.html">导航</a> › <a href="/%s/index.html">%s</a>' % (s, cfg["name"].split(" · ")[0])
    if not p["path"].endswith("index.html"):
        crumb += " › " + p["title"][:20]
    others = [q for q in site_pages if q["path"] != p["path"]]
    side = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in others)
    body = p["body"]
    if p["path"].endswith("index.html"):
        body += "<ul class=list>" + "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in others) + "</ul>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']} - {cfg['name']}</title>
<style>{CSS[cfg['style']]} header{{background:{cfg['color']}}} .side{{float:right;width:260px}}</style></head>
<body class="{cfg['style']}"><header><b>{cfg['name']}</b><nav>{menu}</nav></header>
<div class="crumb">{crumb}</div>
<aside class="side"><h4>相关推荐</h4><ul>{side}</ul></aside>
<main><h1>{p['title']}</h1>{body}</main>
<footer>{cfg['footer']}</footer></body></html>
"""

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(site_of(p["path"]), []).append(p)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p, by_site[site_of(p["path"])])
    hub = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 · 人工智能训练师考证相关</title></head><body><h1>网址导航</h1><ul>']
    for s, cfg in SITES.items():
        hub.append('<li><a href="/%s/index.html">%s</a></li>' % (s, cfg["name"]))
    hub.append("</ul></body></html>\n")
    html["/index.html"] = "".join(hub)
    for path, h in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub linking every site's index")]
    for p in PAGES:
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
