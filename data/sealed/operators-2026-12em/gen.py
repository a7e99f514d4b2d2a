#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------- USCC (GB 32100) ----------------
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

assert uscc("91440300", "19220382") == "914403001922038216"
assert uscc("91330100", "71610585") == "91330100716105852F"

USCC_U01 = uscc("91500106", "MA60R3T1")   # 重庆智汇职业技能培训有限公司 (沙坪坝)
USCC_U02 = uscc("91610113", "MAB0U2QW")   # 西安启明数智教育科技有限公司 (雁塔)
USCC_U04 = uscc("91110108", "MA01R8K7")   # 全国华信职业技能评价中心(北京)有限公司
USCC_U09 = uscc("52500107", "MJ0A7823")   # 重庆市九龙坡区鼎新职业培训学校 (民办非企业)
USCC_U07 = uscc("91610131", "MACH4L2N")   # 西安智标信息技术有限公司 (高新)

# ---------------- sites ----------------
SITES = {
 "kc": dict(name="学途课堂", domain="xuetuketang.com", style="course marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "企业培训", "机构入驻"],
   side='<div class="box"><h4>平台保障</h4><p>先学后付 · 7天无理由退款 · 机构资质审核</p></div>'
        '<div class="box warn"><h4>防骗提醒</h4><p>近期有不法分子冒用平台名义,用 170-5582-3391 致电学员要求“补缴证书费”,平台不会以任何形式要求私下转账。</p></div>',
   foot='学途课堂 xuetuketang.com ｜ 客服热线 400-615-8820(9:00-21:00) ｜ 邮箱 kefu@xuetuketang.com ｜ 渝ICP备2021008347号-1 ｜ 本平台仅提供信息展示,课程由入驻机构提供'),
 "wx": dict(name="微文聚合", domain="wenju8.com", style="WeChat-article reposts",
   menu=["推荐", "教育", "职场", "科技", "本地", "投稿"],
   side='<div class="box"><h4>热门公众号</h4><ul><li>职场充电站</li><li>西安本地宝</li><li>山城职教圈</li></ul></div>'
        '<div class="box"><h4>阅读排行</h4><ol><li>2026年这些证书还值得考吗</li><li>新职业人工智能训练师是干什么的</li></ol></div>',
   foot='微文聚合 wenju8.com 所载文章均转载自微信公众号,版权归原作者所有。转载/删稿联系QQ:1289034567 ｜ 陕ICP备20013456号-2'),
 "tieba": dict(name="渝论坛", domain="yuluntan.com", style="Tieba-style forum",
   menu=["论坛首页", "人工智能训练师吧", "重庆职场", "考证交流", "曝光台"],
   side='<div class="box"><h4>本吧信息</h4><p>人工智能训练师吧 · 关注 8,412 · 帖子 23,907</p><p>吧规:禁止发布代考、买证信息,违者封号。</p></div>',
   foot='渝论坛 yuluntan.com ｜ 论坛官方QQ群 58123467 ｜ 站务客服 023-6155 0099 ｜ 渝ICP备19004521号'),
 "fenlei": dict(name="蜂鸟同城", domain="fengniao-tc.com", style="classifieds",
   menu=["首页", "招聘", "二手", "房产", "教育培训", "本地服务"],
   side='<div class="box"><h4>免费发布信息</h4><p>填写联系电话(格式如 13800138000),审核后展示。</p></div>'
        '<div class="box"><h4>城市</h4><p>重庆 ｜ 西安 ｜ 成都 ｜ 咸阳</p></div>',
   foot='蜂鸟同城 fengniao-tc.com ｜ 客服 029-8633 1100 ｜ 举报 jubao@fengniao-tc.com ｜ 陕ICP备17008812号 ｜ 本站信息由用户发布,交易前请核实'),
 "wenda": dict(name="有问必答", domain="ywbd.net", style="Q&A",
   menu=["首页", "教育", "职场", "法律", "我要提问"],
   side='<div class="box"><h4>相关问题</h4><ul><li>人工智能训练师证书有用吗?</li><li>数据标注员要考证吗?</li></ul></div>',
   foot='有问必答 ywbd.net ｜ 客服QQ 800011223 ｜ 京ICP备16044120号 ｜ 回答仅代表网友观点'),
 "sp": dict(name="抖趣(网页版)", domain="douqu.tv", style="short-video pages",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side='<div class="box"><h4>相关推荐</h4><p>#人工智能训练师 #考证 #副业</p></div>',
   foot='抖趣 douqu.tv ｜ 违法和不良信息举报电话 400-900-1266 ｜ 举报邮箱 jubao@douqu.tv ｜ 京ICP备20033551号'),
 "shop": dict(name="优品小店", domain="youpin-shop.cn", style="shop",
   menu=["首页", "分类", "课程/考证", "购物车", "我的订单"],
   side='<div class="box"><h4>交易保障</h4><p>支付宝担保交易,支付问题请联系支付宝客服95188;消费纠纷可拨打12315。</p></div>',
   foot='优品小店 youpin-shop.cn ｜ 平台客服 400-101-5566 ｜ 沪ICP备19021233号 ｜ 店铺商品由商家发布'),
 "blog": dict(name="码字博客", domain="mazi-blog.com", style="blog platform",
   menu=["首页", "技术", "职场", "随笔", "写博客"],
   side='<div class="box"><h4>博主推荐</h4><p>AI入门 · 数据标注 · 副业笔记</p></div>',
   foot='码字博客 mazi-blog.com ｜ 联系 admin@mazi-blog.com ｜ 京ICP备18027735号-3'),
 "rsj": dict(name="渝西区人力资源和社会保障局", domain="rsj.cqyxq.gov.cn", style="人社局-style notice site",
   menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力", "办事服务"],
   side='<div class="box"><h4>便民服务</h4><p>人社服务热线 12333</p><p>证书查询:zscx.osta.org.cn</p><p>重庆市人力社保局 rlsbj.cq.gov.cn</p></div>',
   foot='主办:渝西区人力资源和社会保障局 ｜ 地址:渝西区凤鸣路88号 ｜ 咨询电话 12333 ｜ 渝ICP备05003300号 ｜ 政府网站标识码 5001XX0031'),
 "cqzh": dict(name="智汇职培", domain="cqzhihui-edu.cn", style="training-company site (Chongqing)",
   menu=["首页", "培训项目", "补贴政策", "师资", "联系我们"],
   side='<div class="box"><h4>报名咨询</h4><p>重庆智汇职业技能培训有限公司</p><p>电话:(023)6788 5120</p><p>地址:沙坪坝区三峡广场旁</p></div>',
   foot='重庆智汇职业技能培训有限公司 ｜ www.cqzhihui-edu.cn ｜ 统一社会信用代码:' + USCC_U01 + ' ｜ 渝ICP备2022011907号'),
 "xaqm": dict(name="启明数智", domain="qmshuzhi.com", style="training-company site (Xi'an)",
   menu=["首页", "课程中心", "企业合作", "学员风采", "关于我们"],
   side='<div class="box"><h4>校区</h4><p>雁塔校区:小寨东路电子大厦9F</p><p>座机:029-88457612</p></div>',
   foot='西安启明数智教育科技有限公司 ｜ qmshuzhi.com ｜ 统一社会信用代码 ' + USCC_U02 + ' ｜ 陕ICP备2023004417号'),
}

PAGES = []

def P(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None, related=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note,
                      crumbs=crumbs or [], related=related or []))

CSS = {
 "kc": "body{font-family:sans-serif;background:#f4f6f9;margin:0}header{background:#1f6feb;color:#fff;padding:8px}nav a{color:#fff;margin:0 8px}.wrap{display:flex}main{flex:3;padding:12px;background:#fff}aside{flex:1;padding:10px}.warn{border:1px solid #e55}",
 "wx": "body{font-family:'PingFang SC',sans-serif;max-width:760px;margin:auto}header{border-bottom:2px solid #07c160}.meta{color:#888}aside{border-top:1px dashed #ccc;margin-top:20px}",
 "tieba": "body{font-family:sans-serif;background:#eef}header{background:#3385ff;color:#fff}.floor{border-bottom:1px solid #ccd;padding:6px;background:#fff}.u{color:#2d64b3;font-weight:bold}",
 "fenlei": "body{font-family:sans-serif}header{background:#ff552e;color:#fff}.info td{padding:4px 10px}.price{color:#f30;font-size:20px}",
 "wenda": "body{font-family:sans-serif;background:#fafafa}header{background:#2e7d32;color:#fff}.ans{background:#fff;margin:8px 0;padding:8px}.best{border:2px solid #4caf50}",
 "sp": "body{background:#111;color:#eee;font-family:sans-serif}header{background:#000}.video{width:360px;height:640px;background:#333}.cmt{color:#bbb}",
 "shop": "body{font-family:sans-serif}header{background:#e4393c;color:#fff}.sku{border:1px solid #eee;padding:8px}.price{color:#e4393c;font-size:22px}",
 "blog": "body{font-family:Georgia,serif;max-width:820px;margin:auto}header{border-bottom:1px solid #333}.post{line-height:1.8}",
 "rsj": "body{font-family:SimSun,serif}header{background:#b71c1c;color:#fff;padding:10px}.notice{padding:12px;border:1px solid #ddd}",
 "cqzh": "body{font-family:sans-serif}header{background:#0b3d91;color:#fff}.banner{background:#e3f2fd;padding:16px}",
 "xaqm": "body{font-family:sans-serif}header{background:#4a148c;color:#fff}.card{border:1px solid #ccc;padding:10px;margin:6px}",
}

def frame(p):
    s = SITES[p["site"]]
    menu = " ".join('<a href="/%s/index.html">%s</a>' % (p["site"], m) if i == 0 else '<a href="#">%s</a>' % m
                    for i, m in enumerate(s["menu"]))
    crumbs = ['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (p["site"], s["name"])] + p["crumbs"] + [p["title"]]
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in p["related"])
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>'
            '<style>%s</style></head><body>\n<header><b>%s</b> <small>%s</small><nav>%s</nav></header>\n'
            '<div class="crumbs">%s</div>\n<div class="wrap"><main>\n<h1>%s</h1>\n%s\n'
            '<section class="related"><h3>相关链接</h3><ul>%s</ul></section></main>\n<aside>%s</aside></div>\n'
            '<footer>%s</footer>\n</body></html>\n') % (
        p["title"], s["name"], CSS[p["site"]], s["name"], s["domain"], menu, " &gt; ".join(crumbs),
        p["title"], p["body"], rel, s["side"], s["foot"])

# ================= pages =================
# ---- cqzh: U01 company site ----
P("/cqzh/index.html", "cqzh", "人工智能训练师职业技能等级认定培训 - 重庆智汇职培", f"""
<div class="banner"><p>人社备案评价机构合作培训点 ｜ 五级/四级/三级 人工智能训练师(4-04-05-05)</p>
<p>咨询报名:139 9627 1845(同微信) 座机 023-67885120</p></div>
<p>人工智能训练师是2020年人社部等三部门发布的新职业,含数据标注员、人工智能算法测试员两个工种。本中心依据《人工智能训练师国家职业技能标准(2021年版)》开设五级(60课时)、四级(50课时)、三级(40课时)培训班,结业后由已备案的社会培训评价组织组织理论+实操考核,合格颁发职业技能等级证书。</p>
<p>证书可在 技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。符合条件的参保职工可申领失业保险技能提升补贴(五级1000元、四级1500元、三级2000元,以重庆市最新政策为准)。</p>
<p>申报提示:五级需累计从事本职业或相关职业1年以上,或本职业学徒期满;我们不承诺“包过”,考核不合格可免费重修一次。</p>
<p><a href="/cqzh/course-l4.html">查看四级(中级工)班开班计划 &raquo;</a></p>""",
  True, "U01", "重庆智汇职业技能培训有限公司",
  [("phone", "+8613996271845", "139 9627 1845"), ("phone", "02367885120", "023-67885120"),
   ("uscc", USCC_U01, USCC_U01), ("domain", "cqzhihui-edu.cn", "www.cqzhihui-edu.cn"),
   ("phone", "02367885120", "(023)6788 5120")],
  "training-company home page advertising AI-trainer levels 5-3",
  related=[("/cqzh/course-l4.html", "四级开班计划")])

P("/cqzh/course-l4.html", "cqzh", "人工智能训练师四级(中级工)周末班 2026年4月开班", f"""
<div class="card"><p>班型:周末班,共50课时(理论30%+实操70%),沙坪坝校区面授+线上回放</p>
<p>费用:培训费1680元,认定考务费按评价机构收费标准另计;本期对应考核批次号 13520260315。</p>
<p>报考条件:取得五级证书后从事本职业4年,或累计从事本职业6年,或技工院校相关专业毕业(含毕业年度学生)。</p>
<p>考核地点:渝西区职业技能考核基地(考点前台 023-6861 2200,仅负责考场引导,不接受报名)。</p>
<p>报名方式:加班主任微信 zhpx_cq2024,或致电 (023)6788 5120。政策咨询也可拨打12333。</p></div>
<p>温馨提示:请勿相信“不用考试直接拿证”“三个等级一起办”等宣传,职业技能等级证书可在 zscx.osta.org.cn 联网查询。</p>""",
  True, "U01", "智汇职培",
  [("wechat", "zhpx_cq2024", "zhpx_cq2024"), ("phone", "02367885120", "(023)6788 5120"),
   ("domain", "cqzhihui-edu.cn", "www.cqzhihui-edu.cn"), ("uscc", USCC_U01, USCC_U01)],
  "level-4 weekend class page of the Chongqing training company",
  crumbs=['<a href="#">培训项目</a>'], related=[("/cqzh/index.html", "返回首页")])

# ---- xaqm: U02 company site ----
P("/xaqm/index.html", "xaqm", "秦创AI训练营 | 人工智能训练师 数据标注方向", """
<div class="card"><h3>秦创AI训练营 · 第12期招生中</h3><p>面向在职人员与应届生:数据标注、数据清洗、模型效果评测实操,结课后可参加人工智能训练师四级/三级职业技能等级认定。</p>
<p>学费:四级 2380元,三级 2980元(含教材和实操平台账号)。参保满一年的学员可按陕西政策申领技能提升补贴。</p>
<p>招生热线:186-2917-4053 ｜ 校区座机:029-88457612</p></div>
<div class="card"><h4>为什么选择启明数智</h4><p>与本地数据标注基地合作,提供实习岗位推荐(不承诺协议就业)。</p></div>
<p><a href="/xaqm/ai-trainer.html">人工智能训练师考证常见问题 &raquo;</a></p>""",
  True, "U02", "秦创AI训练营",
  [("phone", "+8618629174053", "186-2917-4053"), ("phone", "02988457612", "029-88457612"),
   ("uscc", USCC_U02, USCC_U02), ("domain", "qmshuzhi.com", "qmshuzhi.com")],
  "Xi'an training company home page (brand 秦创AI训练营)",
  related=[("/xaqm/ai-trainer.html", "考证问答")])

P("/xaqm/ai-trainer.html", "xaqm", "人工智能训练师报考指南(西安)", """
<div class="card"><p><b>问:证书是谁发的?</b> 答:由人社部门备案的评价机构颁发,不是“人社部颁发”,可在 zscx.osta.org.cn 查询。</p>
<p><b>问:零基础能直接考三级吗?</b> 答:不能。三级需要四级证书加相应年限,我们会先帮你核对申报条件。</p>
<p><b>问:考点在哪?</b> 答:雁塔区合作考点(考点前台 029-8831 6650,仅考试当天使用)。</p>
<p><b>问:怎么报名?</b> 答:微信 QMSZ029 发送“训练师”,或座机 029 8845 7612;在线报名表:https://jinshuju.net/f/qmAi26。补贴政策可咨询12333。</p></div>""",
  True, "U02", "启明数智",
  [("wechat", "qmsz029", "QMSZ029"), ("phone", "02988457612", "029 8845 7612"),
   ("domain", "qmshuzhi.com", "qmshuzhi.com"), ("uscc", USCC_U02, USCC_U02)],
  "Xi'an training company FAQ with enrolment contacts",
  crumbs=['<a href="#">课程中心</a>'], related=[("/xaqm/index.html", "秦创AI训练营")])

# ---- kc: marketplace ----
KC_REL = [("/kc/course/1021.html", "人工智能训练师五级速通"), ("/kc/course/1102.html", "渝才·训练师四级"),
          ("/kc/course/1130.html", "鼎新·数据标注员"), ("/kc/course/1157.html", "巴渝数智工坊")]
P("/kc/course/1021.html", "kc", "【渝智AI学院】人工智能训练师五级/四级 线上+线下 重庆可考", """
<div class="course"><p>机构:渝智AI学院(已认证) ｜ 课程编号 KC1021 ｜ 4.8分 · 1,032人学过</p>
<p class="price">¥1280 起</p><p>课程含数据采集与处理、数据标注、智能系统运维等模块;结课推荐参加备案评价机构组织的等级认定,证书全国联网可查(zscx.osta.org.cn)。</p>
<p>机构联系方式:139-9627-1845(王老师)</p>
<h3>学员评价</h3><p>“老师讲得细,实操平台好用。” — 学员 c***9</p></div>""",
  True, "U01", "渝智AI学院", [("phone", "+8613996271845", "139-9627-1845")],
  "marketplace listing of U01 under a different brand", crumbs=['<a href="#">职业技能</a>'], related=KC_REL)

P("/kc/course/1088.html", "kc", "人工智能训练师 三级+二级+一级 高级技师 三证连报 人社部颁发 入库可查", """
<div class="course"><p>机构:中科智培 ｜ 课程编号 KC1088 ｜ 已售 5,610</p>
<p class="price">¥3980(三证连报立减2000)</p>
<p>零基础、不限学历、不限经验,报名即可直接申报二级技师/一级高级技师!人社部颁发国家职业资格证书,全国通用,官网可查 osta.mohrss.gov.cn。</p>
<p>包过!不过全额退款,考前内部题库,最快15天拿证。可挂靠企业,年入2-3万。</p>
<p>证书样本编号:S000050000226264000127</p>
<p>报名热线 177 8293 6015 ｜ 资料发送邮箱 zkzp_service@163.com ｜ 支付异常请联系财付通客服95017</p></div>""",
  True, "U03", "中科智培",
  [("phone", "+8617782936015", "177 8293 6015"), ("email", "zkzp_service@163.com", "zkzp_service@163.com")],
  "dishonest 3-level bundle, 包过, 人社部颁发", crumbs=['<a href="#">考证专区</a>'], related=KC_REL)

P("/kc/course/1102.html", "kc", "渝才教育 | 人工智能训练师四级 重庆线下班 可申请补贴", """
<div class="course"><p>机构:渝才教育 ｜ 课程编号 KC1102 ｜ 4.6分</p><p class="price">¥1880</p>
<p>重庆市内参保满1年可申领技能提升补贴(四级最高1500元),我们协助准备材料。报名前请确认已有五级证书或满足年限要求。</p>
<p>咨询:158 2306 7719 ｜ 学员交流QQ群 736281945(报名后拉入)</p></div>""",
  True, "U06", "渝才教育",
  [("phone", "+8615823067719", "158 2306 7719"), ("qq_group", "736281945", "736281945")],
  "marketplace listing of U06", crumbs=['<a href="#">职业技能</a>'], related=KC_REL)

P("/kc/course/1130.html", "kc", "鼎新职培 · 人工智能训练师(数据标注员)五级 政府补贴项目", """
<div class="course"><p>机构:重庆市九龙坡区鼎新职业培训学校 ｜ 课程编号 KC1130</p><p class="price">¥960(符合条件可申请补贴)</p>
<p>民办职业培训学校,办学许可证及统一社会信用代码 """ + USCC_U09 + """ 可在机构页查看。五级需累计从事相关工作满1年或学徒期满。</p>
<p>开班批次以人社部门公布为准(本期批次号 13520260315)。政策咨询12333;官网 www.dingxin-px.cn;学校电话 023-86793301。</p></div>""",
  True, "U09", "鼎新职培",
  [("uscc", USCC_U09, USCC_U09), ("domain", "dingxin-px.cn", "www.dingxin-px.cn"), ("phone", "02386793301", "023-86793301")],
  "honest 民办 school listing (52 USCC)", crumbs=['<a href="#">职业技能</a>'], related=KC_REL)

P("/kc/course/1157.html", "kc", "巴渝数智工坊:AI训练师入门+五级认定辅导(小班)", """
<div class="course"><p>机构:巴渝数智工坊 ｜ 课程编号 KC1157</p><p class="price">¥699</p>
<p>6人小班,南岸区上课,先学Python基础和标注工具,再辅导五级认定(补贴政策见 rlsbj.cq.gov.cn)。报名表:https://jinshuju.net/f/bysz57</p>
<p>联系:138 8372 5160,微信 bysz_gf</p></div>""",
  True, "I01", "巴渝数智工坊",
  [("phone", "+8613883725160", "138 8372 5160"), ("wechat", "bysz_gf", "bysz_gf")],
  "independent small-class listing", crumbs=['<a href="#">职业技能</a>'], related=KC_REL)

# ---- wx: WeChat reposts ----
WX_REL = [("/wx/a/20260312-zhpx.html", "重庆人工智能训练师开班"), ("/wx/a/20260318-yucai.html", "渝才教育招生"),
          ("/wx/a/20260320-warning.html", "警惕山寨证书")]
P("/wx/a/20260312-zhpx.html", "wx", "重庆人必看!人工智能训练师3月开班,参保可领补贴", """
<p class="meta">来源:山城职教圈 ｜ 2026-03-12 ｜ 阅读 10万+</p>
<p>AI时代,“人工智能训练师”是人社部门公布的新职业,职业编码4-04-05-05……重庆智汇职培本月开设五级、四级班,学完由备案评价机构考核发证。</p>
<p>👉 报名咨询请加班主任微信:zhpx_CQ2024(备注“训练师”)</p><p>官网:www.cqzhihui-edu.cn</p>
<p>(本文转载,如有侵权请联系删除)</p>""",
  True, "U01", "智汇职培",
  [("wechat", "zhpx_cq2024", "zhpx_CQ2024"), ("domain", "cqzhihui-edu.cn", "www.cqzhihui-edu.cn")],
  "reposted WeChat article advertising U01", crumbs=['<a href="#">教育</a>'], related=WX_REL)

P("/wx/a/20260318-yucai.html", "wx", "渝才教育|人工智能训练师四级班招生简章", """
<p class="meta">来源:渝才教育 ｜ 2026-03-18</p>
<p>一、培训对象:具备五级证书或从事相关工作满6年的人员。二、培训内容:数据采集和处理、数据标注、智能系统运维。三、考核:理论+实操,均60分合格。</p>
<p>考场:渝西区职业技能考核基地(考点前台电话 023-68612200)。</p>
<p>四、报名:电话 023 6312 4478;材料发送至 yucai_edu@126.com。</p>""",
  True, "U06", "渝才教育",
  [("phone", "02363124478", "023 6312 4478"), ("email", "yucai_edu@126.com", "yucai_edu@126.com")],
  "reposted enrolment brochure of U06", crumbs=['<a href="#">教育</a>'], related=WX_REL)

P("/wx/a/20260322-aigc.html", "wx", "AIGC+人工智能训练师 双证直通车,小白也能拿高级证!", """
<p class="meta">来源:星火AIGC学院 ｜ 2026-03-22</p>
<p>生成式人工智能系统应用员(4-04-05-13)+人工智能训练师(4-04-05-05)双证同报,人社部颁发,90%小白都能学会,原价9999限时99元体验课!</p>
<p>交费包过,拿证即可升职加薪。咨询:199 2358 1604(微信同号),QQ 3318620457。</p>
<p>支付问题请联系财付通95017。</p>""",
  True, "U08", "星火AIGC学院",
  [("phone", "+8619923581604", "199 2358 1604"), ("qq", "3318620457", "3318620457")],
  "dishonest AIGC double-certificate advertorial repost", crumbs=['<a href="#">职场</a>'], related=WX_REL)

P("/wx/a/20260325-huaxin.html", "wx", "权威发布:人工智能训练师证书 华信评价中心 官网入库可查", """
<p class="meta">来源:职场充电站(推广) ｜ 2026-03-25</p>
<p>全国华信职业技能评价中心面向全国招生,人工智能训练师一级/二级/三级均可报,无需工作年限,不限年龄、不限专业,证书国家认可、官方认证。</p>
<p>证书查询:www.huaxin-pj.com/cx(全国联网) ｜ 全国统一热线 400 816 3927</p>
<p>单位信息:统一社会信用代码 """ + USCC_U04 + """</p>""",
  True, "U04", "全国华信职业技能评价中心",
  [("phone", "4008163927", "400 816 3927"), ("domain", "huaxin-pj.com", "www.huaxin-pj.com"), ("uscc", USCC_U04, USCC_U04)],
  "dishonest issuer with fake query site, promoted repost", crumbs=['<a href="#">职场</a>'], related=WX_REL)

P("/wx/a/20260320-warning.html", "wx", "人社部提醒:警惕“山寨证书”,这些话术都是套路", """
<p class="meta">来源:人民日报客户端 转载 ｜ 2026-03-20</p>
<p>“交钱包过”“人社部颁发”“三个等级一起拿”……记者调查发现,一些机构打着人工智能训练师等新职业旗号招揽学员。有读者反映,对方用 165 2917 0086 反复来电推销,交费后失联。</p>
<p>人社部门提示:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;遇到虚假宣传可拨打12315投诉,政策咨询拨打12333。</p>""",
  note="news repost: warning about fake certificates", crumbs=['<a href="#">教育</a>'], related=WX_REL)

# ---- tieba forum ----
TB_REL = [("/tieba/p/8801.html", "【曝光】交了3980拿不到证"), ("/tieba/p/8812.html", "高级技师直接报"),
          ("/tieba/p/8830.html", "西安考证找我"), ("/tieba/p/8859.html", "王姐考证")]
P("/tieba/p/8801.html", "tieba", "【曝光】交了3980说包过,现在人找不到了", """
<div class="floor"><span class="u">楼主 山城小码农</span><p>去年看到“人工智能训练师三证连报”,对方用 17055823391 打电话给我,说人社部颁发、包过。交了3980,说证书编号可以在他们网站查,现在电话打不通。已经打12315投诉了。</p></div>
<div class="floor"><span class="u">2楼 渝北老刘</span><p>正规的证只能在 zscx.osta.org.cn 或者 osta.mohrss.gov.cn 查,其他网站都是假的。</p></div>
<div class="floor"><span class="u">3楼 吧务</span><p>已加精,大家报班前先打12333问问。</p></div>""",
  note="complaint thread quoting a scam number", crumbs=['<a href="/tieba/index.html">人工智能训练师吧</a>'], related=TB_REL)

P("/tieba/p/8812.html", "tieba", "人工智能训练师高级技师 零基础直接报 还有名额", """
<div class="floor"><span class="u">楼主 中科智培-张老师</span><p>人工智能训练师一级/二级/三级都能报,零基础不限学历,包拿证,人社部颁发,入库可查。有意向私聊,电话177-8293-6015,vx:ZKZP_laoshi</p></div>
<div class="floor"><span class="u">2楼 小鱼想转行</span><p>我也想报,我微信 xiaoyu_0923 求带</p></div>
<div class="floor"><span class="u">3楼 热心吧友</span><p>楼上小心,前几天有人用 170 5582 3391 冒充机构收费,先查资质。</p></div>""",
  True, "U03", "中科智培",
  [("phone", "+8617782936015", "177-8293-6015"), ("wechat", "zkzp_laoshi", "ZKZP_laoshi")],
  "forum post by U03 agent", crumbs=['<a href="/tieba/index.html">人工智能训练师吧</a>'], related=TB_REL)

P("/tieba/p/8830.html", "tieba", "西安考人工智能训练师的看过来,有渠道", """
<div class="floor"><span class="u">楼主 李老师考证</span><p>西安本地,人工智能训练师四级三级都可以办,材料我来弄,基本都能过。微信 li_ai029,电话 151 2938 0472。</p></div>
<div class="floor"><span class="u">2楼 咸阳打工人</span><p>多少钱?</p></div><div class="floor"><span class="u">3楼 楼主</span><p>私信说,价格公道。</p></div>""",
  True, "U05", "李老师考证",
  [("wechat", "li_ai029", "li_ai029"), ("phone", "+8615129380472", "151 2938 0472")],
  "forum post by individual agent U05", crumbs=['<a href="/tieba/index.html">人工智能训练师吧</a>'], related=TB_REL)

P("/tieba/p/8846.html", "tieba", "AIGC证+训练师证一起考 有人了解吗", """
<div class="floor"><span class="u">楼主 星火学院小助理</span><p>双证一起报更划算,交费包过,拿证升职加薪~ 加 AIGC_sz888 了解,或者Q 3318620457</p></div>
<div class="floor"><span class="u">2楼 小鱼想转行</span><p>已加 xiaoyu_0923 通过一下</p></div>""",
  True, "U08", "星火AIGC学院",
  [("wechat", "aigc_sz888", "AIGC_sz888"), ("qq", "3318620457", "3318620457")],
  "forum post by U08", crumbs=['<a href="/tieba/index.html">人工智能训练师吧</a>'], related=TB_REL)

P("/tieba/p/8859.html", "tieba", "重庆本地 人工智能训练师五级 带报名", """
<div class="floor"><span class="u">楼主 王姐考证</span><p>重庆本地帮大家报五级认定,先核对工作年限,不符合的不收钱。v:wangjie_kz66 扣:2208716395</p></div>
<div class="floor"><span class="u">2楼 路人</span><p>提醒一下别信 170-5582-3391 这种号打来的。</p></div>""",
  True, "I03", "王姐考证",
  [("wechat", "wangjie_kz66", "wangjie_kz66"), ("qq", "2208716395", "2208716395")],
  "independent forum post", crumbs=['<a href="/tieba/index.html">人工智能训练师吧</a>'], related=TB_REL)

# ---- fenlei classifieds ----
FL_REL = [("/fenlei/xa/3321.html", "西安 人工智能训练师培训"), ("/fenlei/cq/5108.html", "重庆 人工智能训练师四级"),
          ("/fenlei/cq/5142.html", "鼎新职培")]
P("/fenlei/xa/3321.html", "fenlei", "西安雁塔 人工智能训练师四级/三级培训 可申请补贴", """
<table class="info"><tr><td>类别</td><td>职业培训</td></tr><tr><td>区域</td><td>西安-雁塔-小寨</td></tr>
<tr><td>价格</td><td class="price">2380元起</td></tr><tr><td>联系人</td><td>秦老师</td></tr><tr><td>电话</td><td>186 2917 4053</td></tr></table>
<p>秦创AI训练营,小班实操,结课参加备案评价机构认定,证书联网可查。</p>""",
  True, "U02", "秦创AI训练营", [("phone", "+8618629174053", "186 2917 4053")],
  "classified ad of U02", crumbs=['<a href="#">西安</a>', '<a href="#">教育培训</a>'], related=FL_REL)

P("/fenlei/xa/3350.html", "fenlei", "人工智能训练师证书 一级二级三级 快速办理 全国通用", """
<table class="info"><tr><td>区域</td><td>西安-全市</td></tr><tr><td>价格</td><td class="price">面议</td></tr>
<tr><td>电话</td><td>4008-163-927</td></tr></table>
<p>华信评价中心直招,免培训,不限年龄不限专业,国家职业资格证书,挂靠企业年入可观。</p>""",
  True, "U04", "华信评价中心", [("phone", "4008163927", "4008-163-927")],
  "dishonest classified of U04", crumbs=['<a href="#">西安</a>', '<a href="#">教育培训</a>'], related=FL_REL)

P("/fenlei/cq/5108.html", "fenlei", "重庆渝中 人工智能训练师四级周末班 渝才教育", """
<table class="info"><tr><td>区域</td><td>重庆-渝中-解放碑</td></tr><tr><td>价格</td><td class="price">1880元</td></tr>
<tr><td>手机</td><td>15823067719</td></tr><tr><td>座机</td><td>023-63124478</td></tr></table>
<p>参保满一年可申请补贴(以 rlsbj.cq.gov.cn 公布为准),报名表:https://jinshuju.net/f/yc4026</p>""",
  True, "U06", "渝才教育",
  [("phone", "+8615823067719", "15823067719"), ("phone", "02363124478", "023-63124478")],
  "classified of U06 (ties mobile and landline)", crumbs=['<a href="#">重庆</a>', '<a href="#">教育培训</a>'], related=FL_REL)

P("/fenlei/cq/5142.html", "fenlei", "九龙坡 鼎新职业培训学校 数据标注员(人工智能训练师)五级招生", """
<table class="info"><tr><td>区域</td><td>重庆-九龙坡-杨家坪</td></tr><tr><td>价格</td><td class="price">960元</td></tr>
<tr><td>电话</td><td>(023) 86793301</td></tr><tr><td>信用代码</td><td>""" + USCC_U09 + """</td></tr></table>
<p>考核在渝西区职业技能考核基地,考点电话 023-6861 2200(非报名电话)。</p>""",
  True, "U09", "鼎新职业培训学校",
  [("phone", "02386793301", "(023) 86793301"), ("uscc", USCC_U09, USCC_U09)],
  "classified of U09", crumbs=['<a href="#">重庆</a>', '<a href="#">教育培训</a>'], related=FL_REL)

P("/fenlei/xa/3377.html", "fenlei", "长安区 人工智能训练师五级 一对一辅导", """
<table class="info"><tr><td>区域</td><td>西安-长安-郭杜</td></tr><tr><td>价格</td><td class="price">800元/期</td></tr>
<tr><td>联系人</td><td>张老师(个人)</td></tr><tr><td>电话</td><td>180 9265 7731</td></tr></table>
<p>本人在标注公司带过团队,辅导理论和实操,报名认定需自己符合条件。</p>""",
  True, "I02", "张老师(个人)", [("phone", "+8618092657731", "180 9265 7731")],
  "independent individual tutor classified", crumbs=['<a href="#">西安</a>', '<a href="#">教育培训</a>'], related=FL_REL)

P("/fenlei/cq/5190.html", "fenlei", "出二手显卡 RTX 3060 12G 跑模型可用", """
<table class="info"><tr><td>区域</td><td>重庆-江北</td></tr><tr><td>价格</td><td class="price">1150元</td></tr><tr><td>联系</td><td>站内私信</td></tr></table>
<p>自用,跑过Stable Diffusion,无矿,当面交易。</p>""",
  note="unrelated classified (used GPU)", crumbs=['<a href="#">重庆</a>', '<a href="#">二手</a>'], related=FL_REL)

# ---- wenda Q&A ----
WD_REL = [("/wenda/q/5521.html", "证书怎么查真假"), ("/wenda/q/5544.html", "西安哪里能考"), ("/wenda/q/5573.html", "陕西哪里培训正规")]
P("/wenda/q/5521.html", "wenda", "人工智能训练师证书怎么查真假?", """
<div class="ans best"><b>最佳答案</b><p>职业技能等级证书统一在 技能人才评价证书全国联网查询 zscx.osta.org.cn 查询,也可以登录技能人才评价工作网 osta.mohrss.gov.cn;说“人社部颁发”“自家网站可查”的基本都不靠谱。拿不准就打12333。</p></div>
<div class="ans"><p>补充:有人用 16529170086 打电话推销证书,别理。</p></div>""",
  note="Q&A guide on verifying certificates", crumbs=['<a href="#">教育</a>'], related=WD_REL)

P("/wenda/q/5530.html", "wenda", "零基础可以考人工智能训练师高级技师吗?", """
<div class="ans"><b>网友 中科智培顾问</b><p>可以的,我们这边零基础也能报一级高级技师,包过,人社部颁发,全国通用。详细加微信 zkzp_laoshi 或 QQ 2853016472。</p></div>
<div class="ans"><b>网友 过来人</b><p>别信,一级要二级证书再干4年。</p></div>""",
  True, "U03", "中科智培",
  [("wechat", "zkzp_laoshi", "zkzp_laoshi"), ("qq", "2853016472", "2853016472")],
  "seller answer by U03", crumbs=['<a href="#">教育</a>'], related=WD_REL)

P("/wenda/q/5544.html", "wenda", "西安哪里能考人工智能训练师?", """
<div class="ans"><b>网友 秦川李老师</b><p>西安可以找我,四级三级都能安排,基本都过。微信 Li_AI029,QQ 1946027385。</p></div>
<div class="ans"><b>网友 求职中</b><p>我也在找,有靠谱机构的联系我 135 9926 0417</p></div>
<div class="ans"><b>网友 热心人</b><p>注意 165 2917 0086 这个号码,是卖假证的。</p></div>""",
  True, "U05", "秦川李老师",
  [("wechat", "li_ai029", "Li_AI029"), ("qq", "1946027385", "1946027385")],
  "seller answer by U05", crumbs=['<a href="#">职场</a>'], related=WD_REL)

P("/wenda/q/5561.html", "wenda", "重庆数据标注员培训哪家正规?", """
<div class="ans best"><b>网友 鼎新职培招生办</b><p>我们是九龙坡区的民办职业培训学校,人工智能训练师(数据标注员)五级班,学校电话 023-8679 3301,官网 dingxin-px.cn,可以先来校区看看。</p></div>
<div class="ans"><b>网友 求职中</b><p>我的电话13599260417,有名额请通知。</p></div>""",
  True, "U09", "鼎新职培",
  [("phone", "02386793301", "023-8679 3301"), ("domain", "dingxin-px.cn", "dingxin-px.cn")],
  "seller answer by U09", crumbs=['<a href="#">教育</a>'], related=WD_REL)

P("/wenda/q/5573.html", "wenda", "陕西哪里有正规的人工智能训练师培训?", """
<div class="ans"><b>网友 弘途职培</b><p>陕西弘途职业培训学校开设人工智能训练师五级、四级班,考核由备案评价机构组织,证书在 zscx.osta.org.cn 可查(评价机构名单见 osta.mohrss.gov.cn)。电话 029-85361207,网址 www.htpx-sx.cn。考点在曲江(考点前台 029-8831 6650)。</p></div>
<div class="ans"><p>小心 165 2917 0086,我被骚扰好几次。</p></div>""",
  True, "I04", "陕西弘途职业培训学校",
  [("phone", "02985361207", "029-85361207"), ("domain", "htpx-sx.cn", "www.htpx-sx.cn")],
  "independent school answer", crumbs=['<a href="#">教育</a>'], related=WD_REL)

# ---- sp short video ----
SP_REL = [("/sp/v/7301.html", "启明数智"), ("/sp/v/7315.html", "李老师考证"), ("/sp/v/7342.html", "小鹿AI课堂")]
P("/sp/v/7301.html", "sp", "在西安学AI数据标注,结课考人工智能训练师四级", """
<div class="video">[视频] 秦创AI训练营学员实操日常</div>
<p>@启明数智 ｜ 点赞 2.3万 ｜ 评论 412</p><p>简介:想了解课程的宝子加V qmsz029,名额有限~ #人工智能训练师 #西安</p>
<p class="cmt">评论:多少钱? — 作者回复:四级2380,私信发资料</p>""",
  True, "U02", "启明数智", [("wechat", "qmsz029", "qmsz029")],
  "short video by U02", crumbs=['<a href="#">同城</a>'], related=SP_REL)

P("/sp/v/7315.html", "sp", "人工智能训练师证书怎么拿?看完你就懂了", """
<div class="video">[视频] 李老师口播:考证不难,找对人</div>
<p>@李老师考证 ｜ 点赞 8,912</p><p>简介:西安 四级/三级,基本都能过,Q 1946 027 385</p>
<p class="cmt">评论:考点在哪? — 作者:029-8831 6650 那边,考试当天带身份证</p>""",
  True, "U05", "李老师考证", [("qq", "1946027385", "1946 027 385")],
  "short video by U05", crumbs=['<a href="#">知识</a>'], related=SP_REL)

P("/sp/v/7328.html", "sp", "数据标注员 月入过万?真实日常", """
<div class="video">[视频] 标注工位一天</div>
<p>@智标数据标注学院 ｜ 点赞 1.1万</p><p>简介:零基础入门数据标注,结课推荐参加人工智能训练师五级认定。课程咨询 zhibiao_xa</p>""",
  True, "U07", "智标数据标注学院", [("wechat", "zhibiao_xa", "zhibiao_xa")],
  "short video by U07", crumbs=['<a href="#">推荐</a>'], related=SP_REL)

P("/sp/v/7336.html", "sp", "原价9999 限时99!AIGC+人工智能训练师双证", """
<div class="video">[视频] 证书展示</div>
<p>@星火AIGC学院 ｜ 点赞 3.4万</p><p>简介:90%小白都能学会,交费包过,人社部颁发。加 aigc_sz888 或打19923581604</p>""",
  True, "U08", "星火AIGC学院",
  [("wechat", "aigc_sz888", "aigc_sz888"), ("phone", "+8619923581604", "19923581604")],
  "dishonest short video by U08", crumbs=['<a href="#">推荐</a>'], related=SP_REL)

P("/sp/v/7342.html", "sp", "重庆小鹿AI课堂:训练师五级 周末小班", """
<div class="video">[视频] 课堂片段</div>
<p>@重庆小鹿AI课堂 ｜ 点赞 640</p><p>简介:渝北上课,先核对条件再报名。176 2305 9148 / 微信 xiaolu_aike</p>""",
  True, "I06", "重庆小鹿AI课堂",
  [("phone", "+8617623059148", "176 2305 9148"), ("wechat", "xiaolu_aike", "xiaolu_aike")],
  "independent short video", crumbs=['<a href="#">同城</a>'], related=SP_REL)

# ---- shop ----
SH_REL = [("/shop/item/20931.html", "三证连报"), ("/shop/item/20955.html", "渝才考证小店"), ("/shop/item/21007.html", "码上标注")]
P("/shop/item/20931.html", "shop", "人工智能训练师 三级二级一级 证书 报名服务 包过", """
<div class="sku"><p>店铺:智培证书服务店</p><p class="price">¥3980</p>
<p>拍下联系客服:扣扣:2853016472 ｜ 邮箱 zkzp_service@163.com</p><p>零基础可报,人社部颁发,入库可查。</p></div>""",
  True, "U03", "智培证书服务店",
  [("qq", "2853016472", "2853016472"), ("email", "zkzp_service@163.com", "zkzp_service@163.com")],
  "shop item of U03", crumbs=['<a href="#">课程/考证</a>'], related=SH_REL)

P("/shop/item/20955.html", "shop", "渝才考证小店 人工智能训练师四级 报名定金", """
<div class="sku"><p>店铺:渝才考证小店</p><p class="price">¥300(定金,抵扣学费)</p>
<p>拍下后将身份证、学历照片发送至 YuCai_Edu@126.com,并加入QQ群:736281945</p></div>""",
  True, "U06", "渝才考证小店",
  [("email", "yucai_edu@126.com", "YuCai_Edu@126.com"), ("qq_group", "736281945", "736281945")],
  "shop deposit item of U06", crumbs=['<a href="#">课程/考证</a>'], related=SH_REL)

P("/shop/item/20978.html", "shop", "数据标注实训课(人工智能训练师五级方向)", """
<div class="sku"><p>店铺:智标数据标注学院</p><p class="price">¥1299</p>
<p>收款方:西安智标信息技术有限公司(统一社会信用代码 """ + USCC_U07 + """)</p><p>课程答疑微信 zhibiao_XA</p></div>""",
  True, "U07", "智标数据标注学院",
  [("other", "西安智标信息技术有限公司", "西安智标信息技术有限公司"), ("wechat", "zhibiao_xa", "zhibiao_XA"), ("uscc", USCC_U07, USCC_U07)],
  "shop item of U07", crumbs=['<a href="#">课程/考证</a>'], related=SH_REL)

P("/shop/item/21007.html", "shop", "码上标注 AI训练师入门课+模拟题", """
<div class="sku"><p>店铺:码上标注工作室</p><p class="price">¥199</p>
<p>售后:微信 mashang_biaozhu,邮箱 mashangbz@qq.com。本课程不含认定考试费。</p></div>""",
  True, "I05", "码上标注工作室",
  [("wechat", "mashang_biaozhu", "mashang_biaozhu"), ("email", "mashangbz@qq.com", "mashangbz@qq.com")],
  "independent shop item", crumbs=['<a href="#">课程/考证</a>'], related=SH_REL)

# ---- blog ----
BL_REL = [("/blog/post/ai-trainer-guide.html", "人工智能训练师考证全攻略"), ("/blog/post/huaxin-review.html", "华信评价中心")]
P("/blog/post/ai-trainer-guide.html", "blog", "人工智能训练师考证全攻略(2026版,无广告)", """
<div class="post"><p>人工智能训练师编码4-04-05-05,两个工种:数据标注员、人工智能算法测试员。五级到一级是一个阶梯,一级需要二级证书后再从事4年。</p>
<p>它是职业技能等级证书,不是国家职业资格证书;“人社部颁发”的说法不对。查询请用 zscx.osta.org.cn 或 osta.mohrss.gov.cn,政策咨询拨12333。</p>
<p>常见骗局:三证连报、包过、挂靠年入几万、自建查询网站。</p></div>""",
  note="independent blogger guide, no seller", crumbs=['<a href="#">职场</a>'], related=BL_REL)

P("/blog/post/huaxin-review.html", "blog", "亲测:华信评价中心的人工智能训练师证书,入库可查!", """
<div class="post"><p>(推广)很多朋友问我证书在哪办,我是在全国华信职业技能评价中心办的,不用培训,半个月拿到,官网 www.huaxin-pj.com 可查。</p>
<p>证书样本编号:S000050000226264000127。咨询电话 400-816-3927,统一社会信用代码 """ + USCC_U04 + """。</p></div>""",
  True, "U04", "全国华信职业技能评价中心",
  [("domain", "huaxin-pj.com", "www.huaxin-pj.com"), ("phone", "4008163927", "400-816-3927"), ("uscc", USCC_U04, USCC_U04)],
  "paid advertorial blog post for U04", crumbs=['<a href="#">随笔</a>'], related=BL_REL)

P("/blog/post/zhibiao-course.html", "blog", "我们的数据标注实训课开课了(附报名方式)", """
<div class="post"><p>智标数据标注学院第5期开课,课程对标人工智能训练师五级“数据标注”模块。</p>
<p>报名咨询 137 0918 2264;对公账户户名:西安智标信息技术有限公司。</p></div>""",
  True, "U07", "智标数据标注学院",
  [("phone", "+8613709182264", "137 0918 2264"), ("other", "西安智标信息技术有限公司", "西安智标信息技术有限公司")],
  "company blog post of U07", crumbs=['<a href="#">技术</a>'], related=BL_REL)

# ---- rsj official ----
P("/rsj/notice-2026-03.html", "rsj", "关于开展2026年第一批人工智能训练师职业技能等级认定工作的通知", """
<div class="notice"><p>各有关单位:根据职业技能等级认定工作规程,现将2026年第一批人工智能训练师(4-04-05-05)五级、四级认定安排通知如下。</p>
<p>一、认定批次号:13520260315。二、认定地点:渝西区职业技能考核基地(考点前台 023-6861 2200)。三、证书查询:zscx.osta.org.cn。</p>
<p>四、咨询电话:12333。本局不委托任何中介机构代为报名,不收取除规定考务费之外的任何费用。</p></div>""",
  note="official assessment notice", crumbs=['<a href="#">通知公告</a>'], related=[("/rsj/shanzhai-warning.html", "山寨证书提示")])

P("/rsj/shanzhai-warning.html", "rsj", "关于警惕技术技能类“山寨证书”的风险提示", """
<div class="notice"><p>近期,有群众反映接到 17055823391 等号码推销“人工智能训练师高级技师”“人社部颁发”证书。依据人社部函〔2022〕25号,现提示:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn、osta.mohrss.gov.cn 查询。</p>
<p>遇虚假宣传可拨打12315投诉,政策咨询拨打12333。重庆市人力社保局网站:rlsbj.cq.gov.cn。</p></div>""",
  note="official scam warning", crumbs=['<a href="#">通知公告</a>'], related=[("/rsj/notice-2026-03.html", "认定通知")])

# ---- index pages ----
def site_index(site, title, intro):
    links = [p for p in PAGES if p["site"] == site and not p["path"].endswith("/index.html")]
    body = "<p>%s</p><ul>%s</ul>" % (intro, "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in links))
    P("/%s/index.html" % site, site, title, body, note="%s index page" % SITES[site]["style"])

INTRO = {
 "kc": ("学途课堂 - 职业技能课程", "人工智能训练师相关课程(机构入驻,平台审核资质)"),
 "wx": ("微文聚合 - 教育频道", "精选公众号文章"),
 "tieba": ("人工智能训练师吧", "吧内热帖"),
 "fenlei": ("蜂鸟同城 - 教育培训", "最新教育培训信息(重庆/西安)"),
 "wenda": ("有问必答 - 教育", "热门问题"),
 "sp": ("抖趣 - 知识区", "热门视频"),
 "shop": ("优品小店 - 课程/考证", "热销商品"),
 "blog": ("码字博客 - 最新文章", "最新文章"),
 "rsj": ("渝西区人力资源和社会保障局", "通知公告"),
}
for k, (t, i) in INTRO.items():
    site_index(k, t, i)

# ================= write =================
def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    htmls = {}
    for p in PAGES:
        htmls[p["path"]] = frame(p)
    hub_sites = sorted({p["site"] for p in PAGES})
    idx = {s: ("/%s/index.html" % s if "/%s/index.html" % s in htmls else min(q["path"] for q in PAGES if q["site"] == s)) for s in hub_sites}
    hub = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>本周搜索记录导航(重庆/西安)</title></head><body>'
           '<h1>人工智能训练师 搜索记录导航</h1><ul>%s</ul></body></html>\n') % "".join(
        '<li><a href="%s">%s(%s)</a></li>' % (idx[s], SITES[s]["name"], SITES[s]["style"]) for s in hub_sites)
    htmls["/index.html"] = hub
    for path, html in htmls.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in PAGES:
        ids, seen = [], set()
        for i in p["identifiers"]:
            if tuple(i) not in seen:
                seen.add(tuple(i)); ids.append(i)
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=ids, note=p["note"]))
    pages.sort(key=lambda x: x["path"])
    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    ops = dict(sorted(ops.items()))

    D = [
     ("phone", "12333", ["12333"], "人社 public service hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
     ("domain", "rlsbj.cq.gov.cn", ["rlsbj.cq.gov.cn"], "Chongqing 人社局 official site"),
     ("phone", "4006158820", ["400-615-8820"], "marketplace footer customer-service number"),
     ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace footer e-mail"),
     ("other", "渝ICP备2021008347号-1", ["渝ICP备2021008347号-1"], "marketplace ICP number"),
     ("domain", "xuetuketang.com", ["xuetuketang.com"], "marketplace's own domain"),
     ("qq_group", "58123467", ["58123467"], "forum's official QQ group in footer"),
     ("phone", "02361550099", ["023-6155 0099"], "forum staff phone in footer"),
     ("phone", "02986331100", ["029-8633 1100"], "classifieds platform customer service"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder in posting form"),
     ("qq", "1289034567", ["1289034567"], "repost site's takedown QQ"),
     ("email", "jubao@douqu.tv", ["jubao@douqu.tv"], "short-video platform report e-mail"),
     ("phone", "4009001266", ["400-900-1266"], "short-video platform report hotline"),
     ("qq", "800011223", ["800011223"], "Q&A site customer-service QQ"),
     ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
     ("phone", "95017", ["95017"], "payment platform (Tenpay) hotline"),
     ("phone", "+8617055823391", ["170-5582-3391", "17055823391", "170 5582 3391"], "scam number quoted in warnings and complaints"),
     ("phone", "+8616529170086", ["165 2917 0086", "16529170086"], "scam number quoted in news and answers"),
     ("phone", "+8613520260315", ["13520260315"], "assessment batch number that looks like a mobile"),
     ("other", "S000050000226264000127", ["S000050000226264000127"], "sample certificate number copied between ads"),
     ("wechat", "xiaoyu_0923", ["xiaoyu_0923"], "a reader's own WeChat in comments"),
     ("phone", "+8613599260417", ["135 9926 0417", "13599260417"], "a reader's own phone in answers"),
     ("phone", "02368612200", ["023-6861 2200", "023-68612200"], "exam venue front desk (Chongqing)"),
     ("phone", "02988316650", ["029-8831 6650"], "exam venue front desk (Xi'an)"),
     ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
    ]
    decoys = []
    for kind, value, written, why in D:
        pg = sorted(path for path, h in htmls.items() if any(w in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=ops, decoys=decoys)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
