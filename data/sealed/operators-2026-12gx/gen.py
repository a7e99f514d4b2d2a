#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer certificate pages (site/) and truth.json.
Standard library only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100) ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum(int(c, 36) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("91610702", "MA6YB3K1".replace("K", "4"))  # 91 enterprise, 汉台区
USCC_U05 = uscc("91610702", "MA6YC8P2".replace("P", "7"))
USCC_U07 = uscc("91610902", "MA70D5Q3".replace("Q", "2"))  # 安康 汉滨区
USCC_U09 = uscc("52610702", "MJ1234A5".replace("A", "8"))  # 52 民办非企业单位

# ---------- sites ----------
SITES = {
 "hz": dict(name="汉中智训教育", dom="www.hzzhixun.com", cls="corp",
    menu=["首页", "培训课程", "认定报名", "师资团队", "关于我们"],
    side="<h4>报名须知</h4><p>五级需本职业或相关职业工作满1年；四级需五级证书后工作满4年。</p>",
    foot="汉中智训教育科技有限公司 版权所有 | 地址：汉中市汉台区天汉大道 | 电话：138-9162-5087 | 陕ICP备20008817号-1"),
 "ak": dict(name="安康技艺职业培训学校", dom="akjiyi.com", cls="school",
    menu=["学校首页", "招生专业", "政策补贴", "学员风采", "联系我们"],
    side="<h4>办学许可</h4><p>安康市汉滨区人社局批准设立的民办职业培训学校。</p>",
    foot="安康技艺职业培训学校 © 2026 | 校址：安康市汉滨区巴山中路 | akjiyi.com | 陕ICP备18009921号"),
 "kecheng": dict(name="学堂优课", dom="xuetangyouke.com", cls="market",
    menu=["首页", "职业技能", "IT互联网", "考证专区", "讲师入驻"],
    side="<h4>平台保障</h4><p>课程7天无理由退款，请勿脱离平台私下交易。</p>",
    foot="学堂优课 xuetangyouke.com | 客服热线 400-870-2266 | 客服邮箱 kefu@xuetangyouke.com | 陕ICP备19011872号-2"),
 "luntan": dict(name="汉中论坛", dom="hzbbs.cn", cls="bbs",
    menu=["论坛首页", "汉中生活", "求职招聘", "教育培训", "曝光台"],
    side="<h4>版规</h4><p>广告帖请发教育培训版，曝光帖需附证据。</p>",
    foot="汉中论坛 hzbbs.cn | 官方QQ群 215486730 | 版务联系 admin@hzbbs.cn | 陕公网安备61070202000188号"),
 "fenlei": dict(name="安康百姓分类网", dom="akbx.cn", cls="classifieds",
    menu=["首页", "招聘", "二手", "教育培训", "本地服务"],
    side="<h4>安全提示</h4><p>凡要求先交费、私下转账的，请提高警惕。</p>",
    foot="安康百姓分类网 akbx.cn | 客服电话 0915-3208899 | 陕ICP备17003521号-1"),
 "wenda": dict(name="知了问答", dom="zhiliaowenda.com", cls="qa",
    menu=["首页", "教育", "职场", "考证", "提问"],
    side="<h4>热门话题</h4><p>#人工智能训练师 #数据标注 #技能补贴</p>",
    foot="知了问答 zhiliaowenda.com | 违规举报 jubao@zhiliaowenda.com | 京ICP备16052213号"),
 "wx": dict(name="秦巴号聚合", dom="qbwx.cn", cls="wx",
    menu=["首页", "本地资讯", "教育", "职场", "投稿"],
    side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p>",
    foot="秦巴号聚合 qbwx.cn | 投稿邮箱 tougao@qbwx.cn | 陕ICP备21003377号"),
 "shipin": dict(name="秦川短视频(网页版)", dom="qcvideo.cn", cls="video",
    menu=["推荐", "同城", "知识", "直播", "创作者中心"],
    side="<h4>同城热门</h4><p>汉中 · 安康 · 商洛</p>",
    foot="秦川短视频 qcvideo.cn | 违法和不良信息举报 report@qcvideo.cn | 陕ICP备22004411号-3"),
 "news": dict(name="汉江新闻网", dom="hjnews.cn", cls="news",
    menu=["首页", "汉中", "安康", "教育", "民生"],
    side="<h4>新闻热线</h4><p>欢迎提供新闻线索。</p>",
    foot="汉江新闻网 hjnews.cn | 新闻热线 0916-2626110 | 互联网新闻信息服务许可证 61120170007"),
 "rsj": dict(name="汉中市人力资源和社会保障局(示例站)", dom="rsj.hanzhong.example", cls="gov",
    menu=["首页", "通知公告", "政策文件", "办事服务", "政务公开"],
    side="<h4>便民服务</h4><p>人社服务热线：12333</p>",
    foot="主办：汉中市人力资源和社会保障局 | 人社服务热线 12333 | 网站标识码 6107000001"),
 "shop": dict(name="优职商城", dom="youzhishop.cn", cls="shop",
    menu=["首页", "课程", "资料", "考证服务", "我的订单"],
    side="<h4>购物保障</h4><p>支付宝担保交易，客服电话95188。</p>",
    foot="优职商城 youzhishop.cn | 官方客服微信 youzhi_kf | 支付宝担保交易 95188 | 陕ICP备20016655号"),
}

PAGES = []

def P(site, path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, path=path, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, identifiers=[list(i) for i in ids], note=note))

def ph(n):
    return ["phone", "+86" + n]

# ================= OFFER PAGES =================
# ---- U01 汉中智训 ----
P("hz", "/hz/kecheng/ai-xunlianshi-54.html", "人工智能训练师（五级/四级）职业技能等级认定培训班招生 - 汉中智训教育",
"""<h1>人工智能训练师（4-04-05-05）五级/四级 认定培训班</h1>
<p>11月班开始报名！依据《人工智能训练师国家职业技能标准(2021年版)》，五级参考60课时、四级50课时，理论+实操（数据采集和处理、数据标注、智能系统运维）。</p>
<p><b>申报条件：</b>五级需本职业或相关职业累计工作满1年或经本职业学徒培训毕业；四级需取得五级证书后工作满4年等，报名时需提供工作证明，不符合条件的不收。</p>
<p><b>认定安排：</b>参加汉中市2026年第3批次职业技能等级认定（批次号610700202603），考点：汉中市技师学院考点，考点前台 0916-2296005（仅限咨询考场事宜）。</p>
<p><b>费用：</b>培训费五级1280元、四级1580元；符合条件的参保职工可申领失业保险技能提升补贴（五级最高1000元、四级最高1500元）。</p>
<p>证书为职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
<div class="contact">报名电话：138-9162-5087（李老师）　微信：hzzx_ai2026　官网：www.hzzhixun.com<br>
汉中智训教育科技有限公司　统一社会信用代码：""" + USCC_U01 + """</div>""",
True, "U01", "汉中智训教育",
[ph("13891625087") + ["138-9162-5087"], ["wechat", "hzzx_ai2026", "hzzx_ai2026"],
 ["domain", "hzzhixun.com", "www.hzzhixun.com"], ["uscc", USCC_U01, USCC_U01]],
"U01 own site: level 5/4 course, honest wording")

P("hz", "/hz/kecheng/ai-xunlianshi-3.html", "三级/高级工 人工智能训练师提升班 - 汉中智训教育",
"""<h1>人工智能训练师 三级（高级工）提升班</h1>
<p>面向已取得四级证书的在职人员。课程章节：业务分析、智能训练、智能系统设计、培训与指导。40课时，周末班。</p>
<p>三级申报需四级证书后工作满5年，或大专及以上相关专业+四级证书+工作2年。符合条件可申领技能提升补贴最高2000元。</p>
<p>学费：2380元（含教材、实操平台账号）。</p>
<p>咨询：13891625087　V信：HZZX_ai2026（备注“三级”）　更多课程见 hzzhixun.com</p>""",
True, "U01", "汉中智训教育",
[ph("13891625087") + ["13891625087"], ["wechat", "hzzx_ai2026", "HZZX_ai2026"], ["domain", "hzzhixun.com", "hzzhixun.com"]],
"U01 own site: level 3 course")

P("kecheng", "/kecheng/course/3107.html", "【智训AI学院】人工智能训练师四级 数据标注实操课 - 学堂优课",
"""<h1>人工智能训练师四级｜数据标注+数据处理实操课（含认定辅导）</h1>
<div class="meta">讲师：智训AI学院　课时：50　已报名：326人　评分4.8</div>
<p>课程大纲：1.基本要求 2.数据采集和处理 3.数据标注（图像/文本/语音）4.智能系统运维。配套模拟题库。</p>
<p>线下认定请咨询机构，本课程为线上培训部分。机构官网 hzzhixun.com</p>
<p class="note">讲师留言：报名后加助教 vx：hzzx_ai2026 进学习群，发送订单截图。</p>
<div class="price">￥699</div>""",
True, "U01", "智训AI学院",
[["wechat", "hzzx_ai2026", "hzzx_ai2026"], ["domain", "hzzhixun.com", "hzzhixun.com"]],
"U01 on course marketplace under a second brand")

P("shipin", "/shipin/v/7301.html", "秦巴智训：汉中本地考人工智能训练师，记住这三点 - 秦川短视频",
"""<div class="vid">[视频 01:12] 秦巴智训 @秦巴智训李老师</div>
<p class="desc">汉中的朋友想考人工智能训练师，先看申报条件！五级要一年相关工作经历，别信啥零基础直接考高级的。#人工智能训练师 #汉中 #考证</p>
<div class="cmts"><p>用户8812：在哪报名？</p>
<p>秦巴智训（作者）：主页有电话138 9162 5087，汉台区天汉大道这边，线下上课。</p>
<p>用户_小米粥：补贴咋领？</p><p>秦巴智训（作者）：参保满一年可以申请，来了详细讲。</p></div>""",
True, "U01", "秦巴智训",
[ph("13891625087") + ["138 9162 5087"]],
"U01 short video under a third brand, tied by phone")

# ---- U02 安康技艺 ----
P("ak", "/ak/zhuanye/rgznxls.html", "人工智能训练师培训招生简章 - 安康技艺职业培训学校",
"""<h1>2026年人工智能训练师（数据标注员）培训招生简章</h1>
<p>我校面向安康市城乡劳动者开设人工智能训练师五级培训，工种：数据标注员。培训60课时，结业后参加备案评价机构组织的认定。</p>
<table class="t"><tr><th>等级</th><th>培训费</th><th>补贴政策</th></tr>
<tr><td>五级/初级工</td><td>1200元</td><td>参保满1年职工可申领最高1000元</td></tr>
<tr><td>四级/中级工</td><td>1500元</td><td>最高1500元</td></tr></table>
<p>在线报名表：https://jinshuju.net/f/Ak7dQ2（填写后老师电话回访）</p>
<p>招生办电话：0915-3216688　QQ：2875613390　邮箱：akjiyi@163.com　网址：akjiyi.com</p>""",
True, "U02", "安康技艺职业培训学校",
[["phone", "09153216688", "0915-3216688"], ["qq", "2875613390", "2875613390"],
 ["email", "akjiyi@163.com", "akjiyi@163.com"], ["domain", "akjiyi.com", "akjiyi.com"]],
"U02 own school site, honest enrolment notice")

P("luntan", "/luntan/thread-88213-1-1.html", "【安康】人工智能训练师五级周末班开课，汉中的也可以来 - 汉中论坛",
"""<h1>【安康】人工智能训练师五级周末班开课，汉中的也可以来</h1>
<div class="post"><div class="author">技艺培训王老师 | 注册会员 | 发表于 2026-11-02 09:14</div>
<p>学校在安康汉滨区，正规办学许可，五级（初级工）数据标注方向，周六日上课，一个月结束。有补贴政策，符合条件的能退大部分学费。</p>
<p>报名填表 jinshuju.net/f/Ak7dQ2 或者打电话 (0915)3216688，QQ 2875613390 也行。</p></div>
<div class="post"><div class="author">汉江边的鱼 | 发表于 2026-11-02 11:30</div><p>汉中过去太远了，有线上吗</p></div>
<div class="post"><div class="author">技艺培训王老师 | 发表于 2026-11-02 12:05</div><p>理论可线上，实操和认定必须到场。</p></div>""",
True, "U02", "技艺培训",
[["phone", "09153216688", "(0915)3216688"], ["qq", "2875613390", "2875613390"]],
"U02 forum post")

P("wx", "/wx/a/20261104-jiyi.html", "安康技艺职校：人工智能训练师，这个新职业离我们并不远 - 秦巴号聚合",
"""<h1>人工智能训练师，这个新职业离我们并不远</h1>
<div class="src">来源：安康技艺职校 公众号　2026-11-04</div>
<p>2020年人工智能训练师被列为新职业，职业编码4-04-05-05，下设数据标注员、人工智能算法测试员两个工种。</p>
<p>我校本月开设五级培训班，学费1200元，参保人员可按规定申领技能提升补贴。</p>
<p>报名方式：发送“姓名+电话+等级”至邮箱 akjiyi#163.com（#换成@），或加扣扣 2875 613 390 咨询。</p>
<p class="orig">阅读原文 | 在看 128</p>""",
True, "U02", "安康技艺职校",
[["email", "akjiyi@163.com", "akjiyi#163.com"], ["qq", "2875613390", "2875 613 390"]],
"U02 WeChat article repost, obfuscated e-mail")

# ---- U03 国培 (dishonest) ----
CERT_SAMPLE = "S000061070012653000128"
P("fenlei", "/fenlei/jiaoyu/5521.html", "人工智能训练师证 包过 人社部颁发 全国通用 - 安康百姓分类网",
"""<h1>人工智能训练师证 包过 人社部颁发 全国通用</h1>
<dl class="info"><dt>发布者</dt><dd>国培人才认证中心</dd><dt>区域</dt><dd>安康-汉滨</dd><dt>价格</dt><dd>面议</dd></dl>
<p>国家职业资格证书！人社部颁发，官网可查，入库终身有效！零基础、不限学历、不限经验，免培训直接报考二级/一级。三个等级一起报优惠，一次拿三证！</p>
<p>证书查询：www.gpzscx.com　证书编号样例：""" + CERT_SAMPLE + """</p>
<p>可挂靠企业，年收益2-3万。名额有限，交费包过，不过全退！</p>
<p>联系人：张老师 151-2903-6617（微信同号：gprc888）</p>""",
True, "U03", "国培人才认证中心",
[ph("15129036617") + ["151-2903-6617"], ["wechat", "gprc888", "gprc888"], ["domain", "gpzscx.com", "www.gpzscx.com"]],
"U03 classified ad, scam wording (包过, 人社部颁发, 免培训, 三证, 挂靠)")

P("wenda", "/wenda/q/3391.html", "人工智能训练师证书在哪里考？多少钱？ - 知了问答",
"""<h1>人工智能训练师证书在哪里考？多少钱？</h1><div class="q">提问者：匿名用户 | 汉中</div>
<div class="ans best"><div class="who">中科智评老师 | 认证：教育顾问</div>
<p>你好，人工智能训练师是国家工信部、人社部双认证，现在报名免考试，提交资料30天下证，证书在 gpzscx.com 可查。一级高级技师只要3980，三个级别联报更划算。详询微信 GPRC888 或 400-826-5377。</p></div>
<div class="ans"><div class="who">路过的HR</div><p>免考试的证别买，去osta官网核实机构。</p></div>""",
True, "U03", "中科智评",
[["wechat", "gprc888", "GPRC888"], ["domain", "gpzscx.com", "gpzscx.com"], ["phone", "4008265377", "400-826-5377"]],
"U03 Q&A answer under another brand")

P("shipin", "/shipin/v/7355.html", "国证通AI：人工智能训练师，90%的人不知道的拿证捷径 - 秦川短视频",
"""<div class="vid">[视频 00:48] 国证通AI @国证通官方</div>
<p class="desc">人社部颁发！不用考试不用上课，资料齐全一个月拿证，原价9999限时1999！证书样本编号""" + CERT_SAMPLE + """ 扫码可查。#人工智能训练师 #考证 #副业</p>
<div class="cmts"><p>安康小陈：真的假的</p><p>国证通AI（作者）：全国统一热线4008 265 377，正规机构放心</p>
<p>用户_3390：这不就是卖证吗</p></div>""",
True, "U03", "国证通AI",
[["phone", "4008265377", "4008 265 377"]],
"U03 short video, tied by 400 number")

P("shop", "/shop/item/2207.html", "【官方可查】人工智能训练师证书报名 一级/二级/三级 - 优职商城",
"""<h1>【官方可查】人工智能训练师证书报名 一级/二级/三级 人社部颁发</h1>
<div class="shopname">店铺：国培认证旗舰店</div><div class="price">￥1680 起</div>
<ul class="sku"><li>三级 1680元</li><li>二级 2680元</li><li>一级 3980元</li><li>三级联报 5680元（送证书挂靠服务）</li></ul>
<p>宝贝详情：零基础可报，无需工作年限，包过，证书国家职业资格，官网入库可查。</p>
<p>拍下后请联系客服确认资料：15129036617 / 400 826 5377。支付宝担保交易更放心。</p>""",
True, "U03", "国培认证旗舰店",
[ph("15129036617") + ["15129036617"], ["phone", "4008265377", "400 826 5377"]],
"U03 shop item")

# ---- U04 鑫程 (dishonest) ----
PAYEE_U04 = "西安鑫程信息咨询有限公司"
P("luntan", "/luntan/thread-88250-1-1.html", "人工智能训练师速成班，7天拿证，不过全退 - 汉中论坛",
"""<h1>人工智能训练师速成班，7天拿证，不过全退</h1>
<div class="post"><div class="author">鑫程教育程老师 | 新手上路 | 发表于 2026-11-03 20:41</div>
<p>内部渠道，命题组老师押题，7天速成，包过！证书可挂靠年入2万+。汉中安康都能报，线上交资料。</p>
<p>电话 187 0091 6243　QQ3104567821　对公转账：""" + PAYEE_U04 + """</p></div>
<div class="post"><div class="author">hz小李 | 发表于 2026-11-03 22:10</div><p>我也想了解，加我微信 hanzhong_xiaoli 发资料</p></div>
<div class="post"><div class="author">老汉中 | 发表于 2026-11-04 08:02</div><p>包过的都是坑，版主删帖吧。</p></div>""",
True, "U04", "鑫程教育",
[ph("18700916243") + ["187 0091 6243"], ["qq", "3104567821", "3104567821"], ["other", PAYEE_U04, PAYEE_U04]],
"U04 forum ad with scam wording; reader contact in reply")

P("fenlei", "/fenlei/jiaoyu/5540.html", "程老师 人工智能训练师速成 包过班 汉中安康 - 安康百姓分类网",
"""<h1>程老师 人工智能训练师速成 包过班</h1>
<dl class="info"><dt>发布者</dt><dd>程老师AI训练师速成</dd><dt>区域</dt><dd>汉中-汉台</dd><dt>价格</dt><dd>2980元</dd></dl>
<p>7天速成，百分百通过率，不限年龄不限专业无门槛，内部信息，考不过全额退款。</p>
<p>联系电话：18700916243　备用电话：13800138000　邮箱：123456@qq.com</p>""",
True, "U04", "程老师AI训练师速成",
[ph("18700916243") + ["18700916243"]],
"U04 classified ad; leftover template placeholders")

P("shop", "/shop/item/2219.html", "人工智能训练师 题库+押题+速成 包过班 - 优职商城",
"""<h1>人工智能训练师 题库+押题+速成 包过班</h1>
<div class="shopname">店铺：鑫程教育AI课</div><div class="price">￥2980</div>
<p>百分百通过率，命题组内部资料，拍下联系客服安排考试。大额订单可对公：""" + PAYEE_U04 + """。</p>
<p>售后咨询扣扣3104567821（工作日9:00-21:00）</p>""",
True, "U04", "鑫程教育AI课",
[["qq", "3104567821", "3104567821"], ["other", PAYEE_U04, PAYEE_U04]],
"U04 shop item, tied by QQ and payee")

# ---- U05 陕南数标 (honest) ----
P("kecheng", "/kecheng/course/3152.html", "【数标学院】数据标注员入门到上岗（人工智能训练师五级对应）- 学堂优课",
"""<h1>数据标注员入门到上岗（对应人工智能训练师五级）</h1>
<div class="meta">讲师：数标学院　课时：60　已报名：1042人　评分4.9</div>
<p>由本地数据标注企业一线组长授课：图像框选、语义分割、文本分类、质检流程。课程本身不含证书，认定需符合申报条件后另行报名。</p>
<p>企业合作与实习咨询：hr@snshubiao.cn</p><div class="price">￥199</div>""",
True, "U05", "数标学院",
[["email", "hr@snshubiao.cn", "hr@snshubiao.cn"]],
"U05 course on marketplace, honest")

P("wx", "/wx/a/20261102-shubiao.html", "陕南数标：招学员！数据标注培训+就业，汉中本地上班 - 秦巴号聚合",
"""<h1>招学员！数据标注培训+就业，汉中本地上班</h1><div class="src">来源：陕南数标 公众号　2026-11-02</div>
<p>公司承接自动驾驶、语音等标注项目，开设人工智能训练师（数据标注员）五级培训，培训费980元，结业考核合格可优先录用。我们不承诺“包过”，认定由备案评价机构组织。</p>
<p>报名电话：0916-2251730　简历投递：HR@snshubiao.cn</p>""",
True, "U05", "陕南数标",
[["phone", "09162251730", "0916-2251730"], ["email", "hr@snshubiao.cn", "HR@snshubiao.cn"]],
"U05 WeChat repost")

P("news", "/news/2026/1105/shubiao.html", "汉中数据标注产业起步 本地企业开班培训人工智能训练师 - 汉江新闻网",
"""<h1>汉中数据标注产业起步 本地企业开班培训人工智能训练师</h1><div class="src">汉江新闻网 2026-11-05 【推广】</div>
<p>近日，陕南数标科技有限公司在汉台区开设人工智能训练师（数据标注员）培训班。公司负责人介绍，首期学员40人，以返乡青年和宝妈为主……</p>
<p>据了解，该企业统一社会信用代码""" + USCC_U05 + """，官网 www.snshubiao.cn。报名咨询电话(0916)2251730。</p>""",
True, "U05", "陕南数标科技有限公司",
[["phone", "09162251730", "(0916)2251730"], ["domain", "snshubiao.cn", "www.snshubiao.cn"], ["uscc", USCC_U05, USCC_U05]],
"U05 advertorial on news site (invites enrolment)")

P("shop", "/shop/item/2231.html", "数据标注实训课（虚拟课程）人工智能训练师五级备考 - 优职商城",
"""<h1>数据标注实训课（虚拟课程）人工智能训练师五级备考</h1>
<div class="shopname">店铺：数标学院官方店</div><div class="price">￥199</div>
<p>线上实训平台账号+60课时视频。证书认定需满足申报条件，本店不代办证书。</p>
<p>企业官网 snshubiao.cn　线下班咨询 0916 2251730</p>""",
True, "U05", "数标学院官方店",
[["domain", "snshubiao.cn", "snshubiao.cn"], ["phone", "09162251730", "0916 2251730"]],
"U05 shop item")

# ---- U06 AI职训网 (marketing-heavy) ----
P("kecheng", "/kecheng/course/3166.html", "【AI职训网】人工智能训练师全级别通关课 - 学堂优课",
"""<h1>人工智能训练师全级别通关课（五级~三级）</h1>
<div class="meta">讲师：AI职训网　课时：120　已报名：5821人</div>
<p>90%小白都能学会！原价9999限时99，拿到证书便可升职加薪。课程赠送题库，学完可报认定。</p>
<p>购课后加入学员QQ群 782345610，资料在 aizhixun.net 下载。</p><div class="price">￥99</div>""",
True, "U06", "AI职训网",
[["qq_group", "782345610", "782345610"], ["domain", "aizhixun.net", "aizhixun.net"]],
"U06 marketplace course, hype wording")

P("wenda", "/wenda/q/3420.html", "零基础能学人工智能训练师吗？ - 知了问答",
"""<h1>零基础能学人工智能训练师吗？</h1><div class="q">提问者：安康的阿杰</div>
<div class="ans best"><div class="who">职训君 | 职场达人</div>
<p>可以的，我们学员很多是宝妈、外卖小哥，零基础可学，跟着课程两个月就能报考。官网 www.aizhixun.net 有免费试听，不懂可以加我 aizhixun_vip。</p></div>
<div class="cmt">hz小李：求资料，我微信 hanzhong_xiaoli</div>""",
True, "U06", "职训君",
[["wechat", "aizhixun_vip", "aizhixun_vip"], ["domain", "aizhixun.net", "www.aizhixun.net"]],
"U06 Q&A answer; reader contact in comments")

P("shipin", "/shipin/v/7388.html", "职训君AI：在家就能学的新职业，人工智能训练师 - 秦川短视频",
"""<div class="vid">[视频 00:59] 职训君AI @职训君</div>
<p class="desc">在家就能学，原价9999今天99！评论区扣“想学”。#人工智能训练师 #副业 #宝妈</p>
<div class="cmts"><p>用户_小敏：想学</p><p>职训君AI（作者）：V：AIZHIXUN_VIP，学员群782 345 610</p></div>""",
True, "U06", "职训君AI",
[["wechat", "aizhixun_vip", "AIZHIXUN_VIP"], ["qq_group", "782345610", "782 345 610"]],
"U06 short video")

P("luntan", "/luntan/thread-88301-1-1.html", "分享：人工智能训练师免费试听课，汉中安康的朋友一起学 - 汉中论坛",
"""<h1>分享：人工智能训练师免费试听课，汉中安康的朋友一起学</h1>
<div class="post"><div class="author">AI职训网小助手 | 发表于 2026-11-05 10:20</div>
<p>免费试听3节，正式课99元，学完可以报认定。学习交流群号：782345610，进群发“论坛”领资料。</p></div>""",
True, "U06", "AI职训网",
[["qq_group", "782345610", "782345610"]],
"U06 forum post")

# ---- U07 安康启航 ----
P("luntan", "/luntan/thread-88277-1-1.html", "安康启航教育 人工智能训练师五级培训 补贴后很划算 - 汉中论坛",
"""<h1>安康启航教育 人工智能训练师五级培训 补贴后很划算</h1>
<div class="post"><div class="author">启航教育小刘 | 发表于 2026-11-04 15:33</div>
<p>五级培训1180元，参保满一年的职工可以申请技能提升补贴。报名表：jinshuju.net/f/qh2026，或者加微信 qh15891541238。</p></div>
<div class="post"><div class="author">hz小李 | 发表于 2026-11-04 16:01</div><p>请问汉中有班吗？加我 hanzhong_xiaoli</p></div>""",
True, "U07", "启航教育",
[["wechat", "qh15891541238", "qh15891541238"]],
"U07 forum post; reader contact in reply")

P("fenlei", "/fenlei/jiaoyu/5563.html", "安康启航教育 人工智能训练师/数据标注员培训 - 安康百姓分类网",
"""<h1>安康启航教育 人工智能训练师/数据标注员培训</h1>
<dl class="info"><dt>发布者</dt><dd>安康启航教育培训中心</dd><dt>区域</dt><dd>安康-汉滨</dd><dt>价格</dt><dd>1180元</dd></dl>
<p>正规培训机构，五级/四级培训，需满足申报条件，证书可在人社部门指定平台查询。</p>
<p>电话：158-9154-1238　微信：qh15891541238<br>统一社会信用代码：""" + USCC_U07 + """</p>""",
True, "U07", "安康启航教育培训中心",
[ph("15891541238") + ["158-9154-1238"], ["wechat", "qh15891541238", "qh15891541238"], ["uscc", USCC_U07, USCC_U07]],
"U07 classified ad")

P("shop", "/shop/item/2240.html", "人工智能训练师五级培训报名（安康线下班）- 优职商城",
"""<h1>人工智能训练师五级培训报名（安康线下班）</h1>
<div class="shopname">店铺：启航教育</div><div class="price">￥1180</div>
<p>拍下即占位，开班前7天可全额退。咨询电话15891541238。</p>
<p>营业执照信息：统一社会信用代码 """ + USCC_U07 + """</p>""",
True, "U07", "启航教育",
[ph("15891541238") + ["15891541238"], ["uscc", USCC_U07, USCC_U07]],
"U07 shop item")

# ---- U08 金证通 (dishonest) ----
P("wenda", "/wenda/q/3447.html", "人工智能训练师一级证书能直接考吗？ - 知了问答",
"""<h1>人工智能训练师一级证书能直接考吗？</h1><div class="q">提问者：汉中打工人</div>
<div class="ans best"><div class="who">金证通老师</div>
<p>能！我们有渠道，人社部颁发，不看工作年限，直接报一级高级技师，入库可查，证书还能挂靠。加Q 1657382940 详聊。</p></div>
<div class="ans"><div class="who">用户_认真</div><p>一级要二级证书后四年，直接考是不可能的。</p></div>""",
True, "U08", "金证通",
[["qq", "1657382940", "1657382940"]],
"U08 Q&A answer, scam wording")

P("wx", "/wx/a/20261106-huaxia.html", "华夏技能认证：人工智能训练师报名通道开启，官方认证 - 秦巴号聚合",
"""<h1>人工智能训练师报名通道开启，官方认证</h1><div class="src">来源：华夏技能认证 公众号　2026-11-06</div>
<p>国家认可、官方认证、免培训、包通过！证书编号全国联网，样本：""" + CERT_SAMPLE + """。一级3680元，二级2680元。</p>
<p>资料发送至 1657382940@qq.com，注明“AI训练师+等级”，QQ同号。</p>""",
True, "U08", "华夏技能认证",
[["email", "1657382940@qq.com", "1657382940@qq.com"], ["qq", "1657382940", "1657382940"]],
"U08 WeChat repost under another brand, tied by QQ mail")

P("shipin", "/shipin/v/7412.html", "金证通：今年最火的证，人工智能训练师 - 秦川短视频",
"""<div class="vid">[视频 00:35] 金证通 @金证通职业教育</div>
<p class="desc">人社部颁发，直接考一级，挂靠年入3万！#人工智能训练师</p>
<div class="cmts"><p>金证通（作者）：私信或加Q:1657 382 940</p></div>""",
True, "U08", "金证通",
[["qq", "1657382940", "1657 382 940"]],
"U08 short video")

# ---- U09 晨光职校 (honest) ----
P("kecheng", "/kecheng/course/3190.html", "【晨光职校】人工智能训练师五级线下班（汉中汉台）- 学堂优课",
"""<h1>人工智能训练师五级线下班（汉中汉台）</h1>
<div class="meta">讲师：晨光职校　课时：60</div>
<p>参加汉中市2026年第3批次认定（批次号610700202603），考点：汉中市技师学院（考点前台0916-2296005）。</p>
<p>学校地址：汉台区北大街；咨询 0916-2618520。</p><div class="price">￥1100</div>""",
True, "U09", "晨光职校",
[["phone", "09162618520", "0916-2618520"]],
"U09 marketplace listing; shares exam-venue and batch decoys with U01")

P("fenlei", "/fenlei/jiaoyu/5587.html", "汉台区晨光职业培训学校 人工智能训练师五级招生 - 安康百姓分类网",
"""<h1>汉台区晨光职业培训学校 人工智能训练师五级招生</h1>
<dl class="info"><dt>发布者</dt><dd>汉台区晨光职业培训学校</dd><dt>区域</dt><dd>汉中-汉台</dd><dt>价格</dt><dd>1100元</dd></dl>
<p>人社部门批准的民办职业培训学校，可开具培训发票，参保职工按规定申领补贴。</p>
<p>王老师 136-2916-8802　学校电话 (0916)2618520</p>""",
True, "U09", "汉台区晨光职业培训学校",
[ph("13629168802") + ["136-2916-8802"], ["phone", "09162618520", "(0916)2618520"]],
"U09 classified ad")

P("shop", "/shop/item/2252.html", "晨光职校 人工智能训练师五级 培训定金 - 优职商城",
"""<h1>晨光职校 人工智能训练师五级 培训定金</h1>
<div class="shopname">店铺：晨光职校</div><div class="price">￥200（定金）</div>
<p>定金可抵学费，余款到校交。咨询王老师13629168802。</p>
<p>办学主体：汉台区晨光职业培训学校（民办非企业单位），统一社会信用代码""" + USCC_U09 + """</p>""",
True, "U09", "晨光职校",
[ph("13629168802") + ["13629168802"], ["uscc", USCC_U09, USCC_U09]],
"U09 shop deposit item")

# ---- Independents ----
P("shipin", "/shipin/v/7450.html", "小周AI课堂：数据标注一天能赚多少？顺便说说训练师证 - 秦川短视频",
"""<div class="vid">[视频 02:10] 小周AI课堂 @小周</div>
<p class="desc">我自己做标注三年了，开了个小班带新人，学费399，不卖证，想考证的自己找正规机构。#数据标注</p>
<div class="cmts"><p>小周AI课堂（作者）：报名加 zhou_aike</p></div>""",
True, "I01", "小周AI课堂", [["wechat", "zhou_aike", "zhou_aike"]], "independent short-video seller")

P("luntan", "/luntan/thread-88333-1-1.html", "前数据标注组长带课，人工智能训练师五级备考，汉中线下 - 汉中论坛",
"""<h1>前数据标注组长带课，人工智能训练师五级备考，汉中线下</h1>
<div class="post"><div class="author">老陈 | 发表于 2026-11-06 19:12</div>
<p>小班8人，每人800，教实操和理论，考试自己报。联系电话：173-1982-6570</p>
<p>（模板）联系人：XXX 电话：13800138000</p></div>""",
True, "I02", "老陈", [ph("17319826570") + ["173-1982-6570"]], "independent forum post with template leftover")

P("kecheng", "/kecheng/course/3211.html", "【育才职校】人工智能训练师五级（西乡县）- 学堂优课",
"""<h1>人工智能训练师五级（西乡县）</h1><div class="meta">讲师：西乡县育才职业培训学校　课时：60</div>
<p>县内劳动者培训，需1年相关工作经历。咨询邮箱 yucai_xx@126.com</p><div class="price">￥980</div>""",
True, "I03", "西乡县育才职业培训学校", [["email", "yucai_xx@126.com", "yucai_xx@126.com"]], "independent marketplace listing")

P("fenlei", "/fenlei/jiaoyu/5602.html", "宁陕家门口技能培训点 人工智能训练师 数据标注 - 安康百姓分类网",
"""<h1>宁陕家门口技能培训点 人工智能训练师 数据标注</h1>
<dl class="info"><dt>发布者</dt><dd>宁陕县家门口技能培训点</dd><dt>区域</dt><dd>安康-宁陕</dd><dt>价格</dt><dd>面议</dd></dl>
<p>报名填表：https://jinshuju.net/f/nsjmk　电话13772946031　邮箱：123456@qq.com</p>""",
True, "I04", "宁陕县家门口技能培训点", [ph("13772946031") + ["13772946031"]], "independent classified ad")

P("wx", "/wx/a/20261107-akvtc.html", "安康职业技术学院继续教育学院：人工智能训练师社会培训招生 - 秦巴号聚合",
"""<h1>人工智能训练师社会培训招生</h1><div class="src">来源：安康职院继续教育 公众号　2026-11-07</div>
<p>面向社会人员开设五级、四级培训，按《人工智能训练师国家职业技能标准(2021年版)》教学，证书可在技能人才评价证书全国联网查询平台查询。</p>
<p>咨询电话：0915-3306127</p>""",
True, "I05", "安康职业技术学院继续教育学院", [["phone", "09153306127", "0915-3306127"]], "independent college enrolment repost")

P("shop", "/shop/item/2266.html", "人工智能训练师四级题库+报名指导 - 优职商城",
"""<h1>人工智能训练师四级题库+报名指导</h1><div class="shopname">店铺：学霸资料铺</div><div class="price">￥39.9</div>
<p>电子版题库，含报名流程说明，不代报名。发货QQ 2650913847</p>""",
True, "I06", "学霸资料铺", [["qq", "2650913847", "2650913847"]], "independent shop seller")

# ================= NON-OFFERS =================
P("luntan", "/luntan/thread-88190-1-1.html", "曝光：交了3980的人工智能训练师“包过”，现在人联系不上了 - 汉中论坛",
"""<h1>曝光：交了3980的人工智能训练师“包过”，现在人联系不上了</h1>
<div class="post"><div class="author">受害者小吴 | 发表于 2026-10-30 21:05</div>
<p>对方说人社部颁发、免考试，骗子电话177-9123-4506，QQ 2219876543，转账后拉黑。已打12315投诉，大家别上当。订单号：202610281530018842</p></div>
<div class="post"><div class="author">热心网友 | 发表于 2026-10-30 22:11</div><p>可以打12333问问，证书去 zscx.osta.org.cn 查。</p></div>""",
note="forum complaint quoting a scammer's phone and QQ")

P("wenda", "/wenda/q/3302.html", "怎么查人工智能训练师证书是不是真的？ - 知了问答",
"""<h1>怎么查人工智能训练师证书是不是真的？</h1><div class="q">提问者：安康小周</div>
<div class="ans best"><div class="who">人社政策解读</div>
<p>职业技能等级证书由备案评价机构颁发，人社部不直接颁发。查询请到技能人才评价证书全国联网查询 zscx.osta.org.cn，或证书上的 jndj.osta.org.cn；评价机构名单见技能人才评价工作网 osta.mohrss.gov.cn。有疑问打12333。</p>
<p>常见骗局：“免考试”“包过”，有人用QQ 2219876543 冒充考务老师。</p></div>""",
note="Q&A guide on verifying certificates")

P("wx", "/wx/a/20261101-tixing.html", "人社提醒：警惕“山寨证书”，这些话术都是坑 - 秦巴号聚合",
"""<h1>人社提醒：警惕“山寨证书”，这些话术都是坑</h1><div class="src">来源：汉中人社 公众号　2026-11-01</div>
<p>近期有群众反映，有人冒充“人社部”工作人员，以“人工智能训练师（4-04-05-05）包过”为名收费。涉事号码17791234506已被多次举报。</p>
<p>职业技能等级证书可在 osta.mohrss.gov.cn 查询评价机构，咨询请拨打12333。</p>""",
note="official-style warning repost")

P("news", "/news/2026/1103/pianju.html", "花三千多买“人社部颁发”证书？汉中一市民遭遇考证骗局 - 汉江新闻网",
"""<h1>花三千多买“人社部颁发”证书？汉中一市民遭遇考证骗局</h1><div class="src">汉江新闻网 2026-11-03</div>
<p>市民吴先生向本网反映，他在网上看到“人工智能训练师免考包过”广告，联系号码为177 9123 4506，转账3980元后对方失联。</p>
<p>市场监管部门提醒，遇到类似情况可拨打12315投诉，政策咨询可拨打12333。证书真伪请通过 zscx.osta.org.cn 查询。</p>""",
note="news report quoting a scam number")

P("rsj", "/rsj/tzgg/20261028.html", "关于开展2026年第3批次职业技能等级认定工作的通知 - 汉中市人社局",
"""<h1>关于开展2026年第3批次职业技能等级认定工作的通知</h1><div class="src">发布日期：2026-10-28</div>
<p>各有关单位：经研究，2026年第3批次（批次号610700202603）职业技能等级认定工作安排如下：</p>
<p>一、职业（工种）：人工智能训练师（4-04-05-05）五级、四级等。二、考点：汉中市技师学院考点，联系电话0916-2296005。</p>
<p>三、证书查询：jndj.osta.org.cn 及 osta.mohrss.gov.cn。四、本局未委托任何机构“包过”收费，举报电话12333。</p>""",
note="人社局-style official notice")

P("shop", "/shop/item/2301.html", "87键机械键盘 青轴 RGB - 优职商城",
"""<h1>87键机械键盘 青轴 RGB</h1><div class="shopname">店铺：数码小铺</div><div class="price">￥159</div>
<p>办公游戏两用，顺丰包邮。</p>""",
note="unrelated product on the shop platform")

# ================= DECOYS =================
DECOYS = [
 ("phone", "12333", ["12333"], "public 人社 hotline"),
 ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008702266", ["400-870-2266"], "course marketplace customer-service number in footer"),
 ("email", "kefu@xuetangyouke.com", ["kefu@xuetangyouke.com"], "course marketplace footer e-mail"),
 ("domain", "xuetangyouke.com", ["xuetangyouke.com"], "course marketplace's own domain"),
 ("qq_group", "215486730", ["215486730"], "forum's official QQ group in footer"),
 ("domain", "hzbbs.cn", ["hzbbs.cn"], "forum's own domain in footer"),
 ("other", "陕ICP备17003521号-1", ["陕ICP备17003521号-1"], "classifieds site ICP number in footer"),
 ("phone", "09153208899", ["0915-3208899"], "classifieds site customer-service number"),
 ("wechat", "youzhi_kf", ["youzhi_kf"], "shop platform customer-service WeChat"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("email", "report@qcvideo.cn", ["report@qcvideo.cn"], "short-video platform report e-mail"),
 ("email", "tougao@qbwx.cn", ["tougao@qbwx.cn"], "WeChat-repost site submissions e-mail"),
 ("phone", "+8617791234506", ["177-9123-4506", "17791234506", "177 9123 4506"], "scammer number quoted in complaint, warning and news"),
 ("qq", "2219876543", ["2219876543"], "scam QQ quoted in complaint and guide"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number reused by two scam sellers"),
 ("other", "4-04-05-05", ["4-04-05-05"], "occupation code, not a contact"),
 ("other", "610700202603", ["610700202603"], "government assessment batch number"),
 ("phone", "09162296005", ["0916-2296005"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("email", "123456@qq.com", ["123456@qq.com"], "template placeholder e-mail"),
 ("wechat", "hanzhong_xiaoli", ["hanzhong_xiaoli"], "a reader's own WeChat in comments"),
 ("other", "202610281530018842", ["202610281530018842"], "order number in a complaint"),
]

# ================= RENDER =================
CSS = {"corp": "#0b5", "school": "#36c", "market": "#f60", "bbs": "#567", "classifieds": "#c33",
       "qa": "#09c", "wx": "#1a7", "video": "#111", "news": "#a00", "gov": "#b00", "shop": "#e40"}

def rel(path):
    return path  # absolute paths from site root

def frame(site_key, title, crumbs, body, related):
    s = SITES[site_key]
    idx = "/%s/index.html" % site_key
    menu = " ".join('<a href="%s">%s</a>' % (idx, m) for m in s["menu"])
    cr = ' &gt; '.join(['<a href="/index.html">导航</a>', '<a href="%s">%s</a>' % (idx, s["name"])] + [html.escape(c) for c in crumbs])
    relh = "".join('<li><a href="%s">%s</a></li>' % (p["path"], html.escape(p["title"].split(" - ")[0])) for p in related)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>body{font-family:sans-serif;margin:0}.top{background:%s;color:#fff;padding:8px}"
            ".top a{color:#fff;margin-right:12px}.wrap{display:flex}.main{flex:3;padding:12px}.side{flex:1;padding:12px;background:#f4f4f4}"
            ".foot{border-top:1px solid #ccc;padding:8px;font-size:12px;color:#666}</style></head>\n"
            "<body class=\"%s\"><div class=\"top\"><b>%s</b> <span class=\"dom\">%s</span> <nav>%s</nav></div>\n"
            "<div class=\"crumbs\">%s</div>\n<div class=\"wrap\"><div class=\"main\">%s</div>\n"
            "<aside class=\"side\">%s<h4>相关推荐</h4><ul>%s</ul></aside></div>\n"
            "<div class=\"foot\">%s</div></body></html>\n") % (
        html.escape(title), CSS[s["cls"]], s["cls"], s["name"], s["dom"], menu, cr, body, s["side"], relh, s["foot"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    out = {}
    for p in PAGES:
        sib = [q for q in by_site[p["site"]] if q is not p][:4]
        out[p["path"]] = frame(p["site"], p["title"], [p["title"].split(" - ")[0]], p["body"], sib)
    index_pages = []
    for k, s in SITES.items():
        items = "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"].split(" - ")[0])) for q in by_site.get(k, []))
        body = "<h1>%s</h1><p>最新内容</p><ul class=\"list\">%s</ul>" % (s["name"], items)
        path = "/%s/index.html" % k
        out[path] = frame(k, s["name"] + " - 首页", ["首页"], body, [])
        index_pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                                note="index page of %s (%s)" % (s["name"], s["cls"])))
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, s["name"], s["dom"]) for k, s in SITES.items())
    out["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>汉中·安康 一周检索：人工智能训练师</title></head>"
                          "<body><h1>汉中·安康 一周检索：人工智能训练师证书</h1><ul>%s</ul></body></html>\n" % hub)
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    pages += index_pages
    for p in PAGES:
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for kind, val, _w in p["identifiers"]:
                if [kind, val] not in d["identifiers"]:
                    d["identifiers"].append([kind, val])
    decoys = []
    for kind, val, written, why in DECOYS:
        pg = sorted(path for path, text in out.items() if any(w in text for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
