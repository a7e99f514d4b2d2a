#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (4-04-05-05) certificate sellers seen from Yunfu.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(v(ch) * x for ch, x in zip(code8, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(body, WTS))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]

# ---------------------------------------------------------------- sellers
U01_USCC = uscc("52445302", "MJ8K2317")   # 民办学校 (民办非企业)
U04_USCC = uscc("91445381", "MA57QD2L")
U05_USCC = uscc("91440101", "MA5CXR8N")
U07_USCC = uscc("52445321", "MJ8L4402")

# ---------------------------------------------------------------- sites
SITES = {
 "yfzx": dict(name="云浮智训职业培训学校", style="org",
   menu=["首页", "培训项目", "师资力量", "证书查询", "联系我们"],
   footer="云浮智训职业培训学校 ｜ 地址：云浮市云城区兴云西路38号智训大厦3楼 ｜ 电话：0766-8823417 ｜ 办学许可证号：教民144530270000123号 ｜ 统一社会信用代码：%s ｜ www.yfzhixun.cn" % U01_USCC,
   side="<h4>报名咨询</h4><p>招生办：0766-8823417</p><p>周一至周六 8:30-17:30</p>"),
 "lqai": dict(name="灵启AI · 人工智能人才服务", style="corp",
   menu=["首页", "AI课程", "报名通道", "企业合作", "关于灵启"],
   footer="罗定灵启人工智能科技有限公司 版权所有 ｜ 统一社会信用代码 %s ｜ 联系邮箱 zhaosheng@lingqi-ai.com ｜ 地址：罗定市罗城街道龙华东路21号 ｜ lingqi-ai.com" % U04_USCC,
   side="<h4>灵启热线</h4><p>0766-3826651</p>"),
 "kecheng": dict(name="学堂优选 · 职业技能课程", style="market",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
   footer="学堂优选 kexuetang.cn ｜ 平台客服 400-601-2580 ｜ 客服邮箱 service@kexuetang.cn ｜ 粤ICP备19088731号-2 ｜ 平台仅提供信息展示，课程由入驻机构提供",
   side="<h4>平台保障</h4><p>7天无理由退款（开课前）</p><p>客服 400-601-2580</p>"),
 "bbs": dict(name="云浮生活论坛", style="forum",
   menu=["论坛首页", "云浮杂谈", "求职招聘", "学习考证", "投诉曝光"],
   footer="云浮生活论坛 ｜ 站务邮箱 admin@yfbbs.net ｜ 论坛官方QQ群：418207663 ｜ 粤ICP备15032871号 ｜ 帖子内容仅代表作者观点",
   side="<h4>版规</h4><p>禁止发布广告，违者删帖。举报请加官方群 418207663</p>"),
 "fenlei": dict(name="云浮分类信息网", style="classified",
   menu=["首页", "招聘", "二手", "教育培训", "本地服务"],
   footer="云浮分类信息网 yf.fenlei168.com ｜ 客服QQ：800062551 ｜ 投诉电话：0766-8196520 ｜ 粤ICP备17041136号-1 ｜ 信息由用户发布，交易前请核实",
   side="<h4>安全提示</h4><p>凡是先交钱的，请提高警惕！</p>"),
 "wenda": dict(name="问一问 · 职场问答", style="qa",
   menu=["首页", "热门问题", "职业考证", "我要提问"],
   footer="问一问 wenyiwen.com.cn ｜ 意见反馈：feedback@wenyiwen.com.cn ｜ 京ICP备16052207号 ｜ 回答仅代表网友个人观点",
   side="<h4>相关问题</h4><p>人工智能训练师报考条件？</p><p>数据标注员好找工作吗？</p>"),
 "wx": dict(name="公众号文章精选", style="wechat",
   menu=["首页", "职场", "教育", "本地"],
   footer="本站文章转载自微信公众号，版权归原作者所有，侵权请联系 tougao@wxjingxuan.cn 删除 ｜ 蜀ICP备20011958号",
   side="<h4>热门转载</h4><p>2026年技能补贴怎么领？</p>"),
 "video": dict(name="快看短视频 · 网页版", style="video",
   menu=["推荐", "同城", "知识", "直播"],
   footer="快看短视频 ｜ 违法和不良信息举报电话：4001140140 ｜ 举报邮箱 jubao@kuaikan-video.com ｜ 京ICP备18033521号-5",
   side="<h4>同城热门 · 云浮</h4><p>罗定美食探店</p><p>新兴六祖故里</p>"),
 "news": dict(name="云浮日报网", style="news",
   menu=["首页", "时政", "民生", "教育", "热线"],
   footer="云浮日报网 ｜ 新闻热线：0766-8812110 ｜ 邮箱 yfrb@yfnews.cn ｜ 粤ICP备10213587号 ｜ 互联网新闻信息服务许可证 44120170012",
   side="<h4>民生热线</h4><p>新闻热线 0766-8812110</p>"),
 "rsj": dict(name="云浮市人力资源和社会保障局（示例站）", style="gov",
   menu=["首页", "通知公告", "政策文件", "办事服务", "互动交流"],
   footer="主办：云浮市人力资源和社会保障局 ｜ 咨询电话：12333 ｜ 网站标识码 4453000012 ｜ 粤ICP备05017732号",
   side="<h4>便民服务</h4><p>证书查询：zscx.osta.org.cn</p><p>人社服务热线：12333</p>"),
 "shop": dict(name="优品汇商城 · 教育服务", style="shop",
   menu=["首页", "教育培训", "虚拟服务", "我的订单"],
   footer="优品汇商城 youpinhui.cn ｜ 商城客服：400-820-7766 ｜ 支付由支付宝提供，客服95188 ｜ 沪ICP备16027813号",
   side="<h4>购物保障</h4><p>虚拟商品一经发货不退不换</p>"),
}
SITE_ORDER = ["yfzx", "lqai", "kecheng", "bbs", "fenlei", "wenda", "wx", "video", "news", "rsj", "shop"]

CSS = {
 "org": "body{font-family:SimSun,serif;background:#f4f7fb}header{background:#0b4f9c;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}",
 "corp": "body{font-family:sans-serif;background:#0f1020;color:#eee}header{background:linear-gradient(90deg,#3a1c71,#d76d77);padding:18px}nav a{color:#fff;margin-right:18px}a{color:#9cf}",
 "market": "body{font-family:'PingFang SC',sans-serif;background:#fafafa}header{background:#ff6a00;color:#fff;padding:10px}nav a{color:#fff;margin-right:12px}.price{color:#f40;font-size:22px}",
 "forum": "body{font-family:Tahoma,SimSun;font-size:12px;background:#e8efe8}header{background:#2b6e2b;color:#fff}table.post{width:100%;border:1px solid #9b9}td.author{width:150px;background:#dfe}",
 "classified": "body{font-family:sans-serif;background:#fff}header{background:#1aaf5d;color:#fff;padding:8px}.tel{font-weight:bold;color:#c00}",
 "qa": "body{font-family:sans-serif;background:#f6f6f6}header{background:#333;color:#fff}.answer{background:#fff;border-bottom:1px solid #ddd;padding:10px}",
 "wechat": "body{font-family:-apple-system,sans-serif;max-width:680px;margin:auto}header{border-bottom:1px solid #eee}.meta{color:#888}",
 "video": "body{background:#111;color:#ddd;font-family:sans-serif}header{background:#000}.desc{white-space:pre-wrap}.cmt{border-top:1px solid #333;padding:6px}",
 "news": "body{font-family:SimSun,serif}header{border-bottom:3px solid #b00}h1{color:#b00}",
 "gov": "body{font-family:SimSun,serif;background:#fff}header{background:#c41e1e;color:#fff;padding:14px}table{border-collapse:collapse}td{border:1px solid #ccc;padding:4px}",
 "shop": "body{font-family:sans-serif}header{background:#e4393c;color:#fff}.price{color:#e4393c;font-size:24px}.sku{border:1px solid #ddd;padding:6px}",
}

PAGES = {}   # path -> dict(site, title, crumbs, body, truth)

def add(path, site, title, body, truth, crumbs=None):
    assert path not in PAGES, path
    PAGES[path] = dict(site=site, title=title, body=body, truth=truth, crumbs=crumbs or [])

def offer(op, provider, ids, note):
    return dict(is_offer=True, operator=op, provider=provider, identifiers=ids, note=note)

def non(note):
    return dict(is_offer=False, operator=None, provider=None, identifiers=[], note=note)

CERT_SAMPLE = "S000044050001265300127"   # a sample certificate number shown on ads (decoy)
PLACEHOLDER = "138xxxxxxxx"

# ================================================================ U01 云浮智训 (honest, filed-looking school)
add("/yfzx/ke-wuji.html", "yfzx", "人工智能训练师（五级/四级）职业技能等级认定培训 招生简章",
"""<h1>人工智能训练师（数据标注员方向）五级、四级 培训招生简章</h1>
<p>职业编码：4-04-05-05 ｜ 依据《人工智能训练师国家职业技能标准（2021年版）》开展培训。</p>
<p>招生对象：从事或准备从事数据标注、数据采集处理相关工作的人员。五级需本职业或相关职业累计工作满1年（含），或本职业学徒期满；四级按标准条件审核。</p>
<p>课时：五级60课时，四级50课时，周末班，理论+上机实操。</p>
<p>培训费：五级 1280元，四级 1680元；符合条件的参保人员考后可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），以人社部门审核为准。</p>
<p>证书：由经备案的评价机构颁发职业技能等级证书，可在 jndj.osta.org.cn 及技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。本校不承诺包过。</p>
<p>考点：云浮市技师学院实训楼（考点前台 0766-8889120，仅受理考场事务）。</p>
<p>报名电话：136 0278 1436（李老师） 招生办：0766-8823417</p>""",
offer("U01", "云浮智训职业培训学校", [["phone", "+8613602781436", "136 0278 1436"], ["phone", "07668823417", "0766-8823417"], ["uscc", U01_USCC, U01_USCC], ["domain", "yfzhixun.cn", "www.yfzhixun.cn"]],
      "training school's own enrolment page for levels 5/4, honest wording"), ["培训项目", "人工智能训练师五级/四级"])

add("/yfzx/ke-sanji.html", "yfzx", "人工智能训练师三级（高级工）提升班",
"""<h1>人工智能训练师 三级（高级工）提升班</h1>
<p>适合已取得四级证书并满足年限要求的在职人员。课程覆盖业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>40课时 ｜ 学费2280元 ｜ 每期限30人，本期班号：第2026-05期。</p>
<p>报名需提交：身份证、四级证书、工作年限证明。资格审核不通过全额退费。</p>
<p>咨询：李老师 13602781436 ｜ 学校官网 www.yfzhixun.cn</p>
<p>温馨提示：任何声称“免考包过”“人社部颁发”的都不可信，可拨打12333核实。</p>""",
offer("U01", "云浮智训职业培训学校", [["phone", "+8613602781436", "13602781436"], ["domain", "yfzhixun.cn", "www.yfzhixun.cn"], ["phone", "07668823417", "0766-8823417"], ["uscc", U01_USCC, U01_USCC]],
      "same school, level-3 class"), ["培训项目", "三级提升班"])

add("/kecheng/c1021.html", "kecheng", "【智训教育】人工智能训练师五级 周末班 云浮线下",
"""<h1>【智训教育】人工智能训练师五级 周末班（云浮线下）</h1>
<p class="price">¥1280</p><p>机构：智训教育（云浮） ｜ 已报名 86 人 ｜ 课程编号 KC-2026-0417</p>
<h3>课程介绍</h3><p>数据采集、数据清洗、数据标注工具实操，结业参加职业技能等级认定。补贴政策以当地人社部门为准。</p>
<h3>机构信息</h3><p>负责人李老师，联系电话 136-0278-1436</p>
<p>学员评价：“老师讲得很细，标注工具上手快。”——用户 a***9</p>""",
offer("U01", "智训教育", [["phone", "+8613602781436", "136-0278-1436"]],
      "same school on the course marketplace under a short brand"), ["职业技能", "人工智能训练师五级"])

add("/fenlei/p5531.html", "fenlei", "云城区 人工智能训练师/数据标注培训 周末开班",
"""<h1>云城区 人工智能训练师/数据标注培训 周末开班</h1>
<p>类别：教育培训 &gt; 职业技能 ｜ 区域：云城区 ｜ 发布：商家</p>
<p>云浮本地正规学校，五级、四级都有班，小班教学，有电脑实操。参保满一年考证可以领补贴。</p>
<p>联系人：李老师</p><p class="tel">电话：(0766)8823417</p><p>加微信了解课表：yfzx-kefu</p>""",
offer("U01", "云浮智训", [["phone", "07668823417", "(0766)8823417"], ["wechat", "yfzx-kefu", "yfzx-kefu"]],
      "classified ad of the same school; landline written with brackets"), ["教育培训", "职业技能"])

# ================================================================ U02 粤西数智学院 / 数智小课堂 (dishonest)
add("/kecheng/c1088.html", "kecheng", "人工智能训练师三级 零基础包过 人社部颁发 全国通用",
"""<h1>人工智能训练师三级（高级）零基础速成班 ★包过★</h1>
<p class="price">原价¥9999 限时¥3980</p><p>机构：粤西数智学院 ｜ 已售 1,204</p>
<p>✅ 人社部颁发国家职业资格证书，全国通用，官网可查</p><p>✅ 不限学历、不限经验，零基础直接考三级</p>
<p>✅ 免培训，15天拿证，不过全额退款</p><p>✅ 拿到证书便可升职加薪，可挂靠年入2万+</p>
<p>样证编号示例：%s</p>
<p>咨询热线：18820573369（微信同号）</p>""" % CERT_SAMPLE,
offer("U02", "粤西数智学院", [["phone", "+8618820573369", "18820573369"]],
      "scam-style listing: 包过, 人社部颁发, 国家职业资格, 挂靠"), ["考证专区", "人工智能训练师三级"])

add("/video/v301.html", "video", "零基础3个月拿人工智能训练师证，月薪过万不是梦",
"""<h1>@数智小课堂：零基础3个月拿人工智能训练师证，月薪过万不是梦</h1>
<p class="desc">90%小白都能学会！国家认可，官方认证！
现在报名送AI绘画课🎁
名额有限，私信或➕V❤ szxk2026 领取资料
#人工智能训练师 #考证 #副业</p>
<p>👍 3.2万 ｜ 💬 486</p>
<div class="cmt">云城阿May：真的包过吗？</div>
<div class="cmt">作者回复：包的亲，不过退款，看主页</div>
<div class="cmt">路人甲：我上次报的那家说好能在官网查，结果查不到，大家小心</div>""",
offer("U02", "数智小课堂", [["wechat", "szxk2026", "szxk2026"]],
      "short-video ad, WeChat written with emoji prefix"), ["知识", "数智小课堂"])

add("/wx/a12.html", "wx", "【转】2026人工智能训练师报考新规，错过再等一年！",
"""<h1>2026人工智能训练师报考新规，错过再等一年！</h1>
<p class="meta">原创 粤西数智学院 · 数智小课堂 2026-03-02 · 转载</p>
<p>人社部认证的新职业！人工智能训练师证书由人社部颁发，入库可查，全国通用。</p>
<p>本期特惠：一级、二级、三级三证同报立减2000，零基础可直接报考技师。</p>
<p>报名请添加老师微信：SZXK2026，或致电 188 2057 3369。</p>
<p>报名表已开放：jinshuju.net/f/Ab7KxQ（填写后老师一对一联系）</p>
<p>（请勿相信其他冒充我们的机构，认准粤西数智学院）</p>""",
offer("U02", "粤西数智学院", [["wechat", "szxk2026", "SZXK2026"], ["phone", "+8618820573369", "188 2057 3369"]],
      "WeChat article repost; three-level bundle, 人社部颁发"), ["教育", "报考新规"])

# ================================================================ U03 陈老师 (individual agent, dishonest)
add("/fenlei/p5602.html", "fenlei", "代报 人工智能训练师 四级三级 快速拿证",
"""<h1>代报 人工智能训练师 四级三级 快速拿证</h1>
<p>区域：新兴县 ｜ 发布：个人</p>
<p>有渠道，不用去考场，资料齐了一个月出证，证书联网可查。价格私聊，团报更优惠。</p>
<p>陈老师 15917760248</p><p>（非诚勿扰，中介勿扰）</p>""",
offer("U03", "陈老师", [["phone", "+8615917760248", "15917760248"]],
      "individual agent: no exam needed"), ["教育培训", "代报考证"])

add("/fenlei/p5719.html", "fenlei", "人工智能训练师证 包过 可补贴 罗定郁南可报",
"""<h1>人工智能训练师证 包过 可补贴 罗定郁南可报</h1>
<p>区域：罗定市 ｜ 发布：个人</p>
<p>包过！不过退钱。三级技师都可以办，不看学历。补贴后几乎免费。</p>
<p>电话 159-1776-0248 陈</p><p>QQ：2875301946</p>
<p>注：网上示例号码 %s 都是假的，认准本人</p>""" % PLACEHOLDER,
offer("U03", "陈老师", [["phone", "+8615917760248", "159-1776-0248"], ["qq", "2875301946", "2875301946"]],
      "same agent, 包过, also a QQ"), ["教育培训", "职业技能"])

add("/bbs/t8841.html", "bbs", "有没有人考过人工智能训练师？求靠谱渠道",
"""<h1>有没有人考过人工智能训练师？求靠谱渠道</h1>
<table class="post"><tr><td class="author">云城小林<br>注册会员</td><td>听说这个证能领补贴，有没有云浮本地考过的？</td></tr>
<tr><td class="author">新兴老陈<br>初级会员</td><td>我这边可以帮报，不用跑考场，一个月出证，需要的加企鹅 2875301946 详谈</td></tr>
<tr><td class="author">阿杰yf<br>中级会员</td><td>楼上这种一看就是中介，小心。正规的要去考点考的。</td></tr>
<tr><td class="author">云城小林</td><td>谢谢，我先问问12333</td></tr></table>""",
offer("U03", "新兴老陈", [["qq", "2875301946", "企鹅 2875301946"]],
      "forum thread where the agent replies with his QQ written as 企鹅"), ["学习考证", "帖子"])

add("/shop/item207.html", "shop", "人工智能训练师证书报名服务（四级/三级）咨询定金",
"""<h1>人工智能训练师证书报名服务（四级/三级）咨询定金</h1>
<p class="price">¥200 定金</p><div class="sku">规格：四级 ｜ 三级 ｜ 技师（加急）</div>
<p>店铺：证通考务服务</p><p>拍下后联系客服发资料，证书联网可查，不过退定金。</p>
<p>售后电话：159 1776 0248</p><p>买家秀：订单号 202605141732069918 已收到证书，感谢！</p>""",
offer("U03", "证通考务服务", [["phone", "+8615917760248", "159 1776 0248"]],
      "shop listing selling a certificate deposit; same phone with spaces"), ["教育培训", "考证服务"])

# ================================================================ U04 罗定灵启 (company, semi-honest but overclaims)
add("/lqai/ai-kecheng.html", "lqai", "灵启AI · 人工智能训练师认证课程",
"""<h1>人工智能训练师认证课程（四级）</h1>
<p>灵启AI联合多家企业开展数据标注实训，学完推荐到合作标注基地实习。</p>
<p>课程价格：2680元（含教材、上机、认定费）</p>
<p>证书“人社部认证的新职业”，职业技能等级证书可对应职称，详情咨询。</p>
<p>热线：0766-3826651 ｜ 手机：137 2995 0187 ｜ 邮箱 zhaosheng@lingqi-ai.com</p>""",
offer("U04", "灵启AI", [["phone", "07663826651", "0766-3826651"], ["phone", "+8613729950187", "137 2995 0187"], ["email", "zhaosheng@lingqi-ai.com", "zhaosheng@lingqi-ai.com"], ["uscc", U04_USCC, U04_USCC], ["domain", "lingqi-ai.com", "lingqi-ai.com"]],
      "company's own course page, overclaims 职称"), ["AI课程", "人工智能训练师"])

add("/lqai/baoming.html", "lqai", "报名通道 - 灵启AI",
"""<h1>在线报名</h1>
<p>请填写：姓名、手机号（示例：%s）、身份证号、意向等级。</p>
<p>付款方式：对公转账，户名 罗定灵启人工智能科技有限公司。</p>
<p>报名后3个工作日内专员联系。咨询 0766—3826651。</p>
<p>考点前台（云浮市技师学院）：0766-8889120</p>""" % PLACEHOLDER,
offer("U04", "罗定灵启人工智能科技有限公司", [["phone", "07663826651", "0766—3826651"], ["other", "罗定灵启人工智能科技有限公司", "户名 罗定灵启人工智能科技有限公司"], ["uscc", U04_USCC, U04_USCC], ["email", "zhaosheng@lingqi-ai.com", "zhaosheng@lingqi-ai.com"]],
      "enrolment form page with payee"), ["报名通道"])

add("/video/v318.html", "video", "罗定的朋友，想学AI的看过来",
"""<h1>@罗定AI老师阿启：罗定的朋友，想学AI的看过来</h1>
<p class="desc">在家就能做的数据标注，先学后考证，学完推荐实习～
地址罗定龙华东路，电话13729950187
#罗定 #人工智能训练师</p>
<p>👍 812 ｜ 💬 37</p>
<div class="cmt">罗定妹仔：学费多少？</div><div class="cmt">作者回复：私信～</div>""",
offer("U04", "罗定AI老师阿启", [["phone", "+8613729950187", "13729950187"]],
      "short video by the same company's staff"), ["同城", "罗定AI老师阿启"])

# ================================================================ U05 中科智联 (dishonest, national-sounding name)
add("/kecheng/c1103.html", "kecheng", "中科智联 工信部人工智能训练师 高级证书 全程网课",
"""<h1>工信部·人工智能训练师高级证书 全程网课</h1>
<p class="price">¥2980</p><p>机构：中科智联职培 ｜ 50节课 ｜ 在线考试</p>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办，国家级证书，官方指定培训机构。</p>
<p>一次报名，三证同发（人工智能训练师+AIGC应用师+数据分析师）。</p>
<p>全国统一客服：400-886-7512</p>""",
offer("U05", "中科智联职培", [["phone", "4008867512", "400-886-7512"]],
      "marketplace listing, 工信部 claim, three-certificate bundle"), ["考证专区", "工信部人工智能训练师"])

add("/wenda/q5521.html", "wenda", "人工智能训练师证书在哪里报名？是国家认可的吗？",
"""<h1>人工智能训练师证书在哪里报名？是国家认可的吗？</h1><p class="meta">提问者：云浮打工人 ｜ 2026-04-11</p>
<div class="answer"><b>热心网友 zkzl老师</b><p>是国家职业资格证书，人社部和工信部双认证。推荐中科智联，全国多地有考点，网课学习，包过率98%。官网 www.zkzl-edu.cn 或拨打 400 886 7512。</p></div>
<div class="answer"><b>数据标注从业者</b><p>楼上是广告。现在是职业技能等级证书，评价机构发证，去 zscx.osta.org.cn 能查到才算。</p></div>
<div class="answer"><b>匿名用户</b><p>我也想考，能加我微信 lily_yf2019 一起交流吗</p></div>""",
offer("U05", "中科智联", [["phone", "4008867512", "400 886 7512"], ["domain", "zkzl-edu.cn", "www.zkzl-edu.cn"]],
      "Q&A answer that is an ad, with a reader's own WeChat in another answer"), ["职业考证", "问题"])

add("/wx/a19.html", "wx", "【转载】AI时代，这本证书让你弯道超车",
"""<h1>AI时代，这本证书让你弯道超车</h1><p class="meta">中科智联职业教育 · 2026-02-18 · 转载自公众号</p>
<p>职业技能等级证书直接对应职称证书！三级+2年可评人工智能助理工程师。</p>
<p>中科智联（广东）教育科技有限公司，统一社会信用代码 %s，全国服务热线 4008867512。</p>
<p>扫码添加班主任微信：zkzl_laoshi</p>""" % U05_USCC,
offer("U05", "中科智联（广东）教育科技有限公司", [["uscc", U05_USCC, U05_USCC], ["phone", "4008867512", "4008867512"], ["wechat", "zkzl_laoshi", "zkzl_laoshi"]],
      "WeChat repost with the company's USCC"), ["教育", "弯道超车"])

add("/shop/item215.html", "shop", "人工智能训练师网课+考证套餐 AIGC 数据标注",
"""<h1>人工智能训练师网课+考证套餐</h1><p class="price">¥598 起</p>
<div class="sku">套餐A：网课4小时 ¥598 ｜ 套餐B：网课+证书 ¥2980</div>
<p>店铺：智联职教旗舰店 ｜ 拍下联系班主任 V:ZKZL_LAOSHI</p>
<p>交费包过，拿到证书便可升职加薪。</p>""",
offer("U05", "智联职教旗舰店", [["wechat", "zkzl_laoshi", "ZKZL_LAOSHI"]],
      "shop listing tied to U05 only by WeChat id"), ["教育培训", "AI网课"])

# ================================================================ U06 AI训练师小周 (individual, dishonest)
add("/video/v327.html", "video", "没学历没经验？照样考人工智能训练师技师！",
"""<h1>@AI训练师小周：没学历没经验？照样考技师！</h1>
<p class="desc">二级技师、一级高级技师都能报，不限学历不限经验
原价9999限时99元体验课
评论区扣1，或者加薇：zhou-ai-88
#人工智能训练师 #技师 #考证</p>
<div class="cmt">小白一枚：扣1</div><div class="cmt">用户7781：我电话 13825461170 回我一下</div>""",
offer("U06", "AI训练师小周", [["wechat", "zhou-ai-88", "zhou-ai-88"]],
      "short video: level 2/1 to beginners; commenter leaves own phone"), ["知识", "AI训练师小周"])

add("/shop/item221.html", "shop", "人工智能训练师 技师/高级技师 直报 一对一辅导",
"""<h1>人工智能训练师 技师/高级技师 直报 一对一辅导</h1><p class="price">¥6800</p>
<p>店铺：小周AI工作室</p><p>无门槛，不限年龄不限专业，内部信息，命题组老师辅导。</p>
<p>联系电话：178 2038 1196 ｜ 微信：Zhou-AI-88</p>""",
offer("U06", "小周AI工作室", [["phone", "+8617820381196", "178 2038 1196"], ["wechat", "zhou-ai-88", "Zhou-AI-88"]],
      "shop: 技师 direct, 命题组"), ["教育培训", "技师直报"])

add("/wenda/q5547.html", "wenda", "人工智能训练师二级可以直接考吗？",
"""<h1>人工智能训练师二级可以直接考吗？</h1><p class="meta">提问者：郁南小吴</p>
<div class="answer"><b>小周AI</b><p>可以的，我们这边有名额，直接报二级，一个月拿证。电话17820381196</p></div>
<div class="answer"><b>HR小王</b><p>二级技师需要三级证书加若干年经验，直接考的都要小心。</p></div>""",
offer("U06", "小周AI", [["phone", "+8617820381196", "17820381196"]],
      "Q&A ad answer"), ["职业考证", "问题"])

# ================================================================ U07 新兴南粤技能培训中心 (honest, 民非)
add("/kecheng/c1117.html", "kecheng", "南粤技培 人工智能训练师（数据标注员）五级 补贴性培训",
"""<h1>南粤技培｜人工智能训练师（数据标注员）五级 补贴性培训</h1>
<p class="price">¥980</p><p>机构：新兴县南粤技能培训中心 ｜ 统一社会信用代码 %s</p>
<p>60课时，按国家职业技能标准授课，认定后可在 jndj.osta.org.cn 查询。参保职工可申请技能提升补贴。</p>
<p>办公电话：0766-2857390</p>""" % U07_USCC,
offer("U07", "新兴县南粤技能培训中心", [["uscc", U07_USCC, U07_USCC], ["phone", "07662857390", "0766-2857390"]],
      "honest listing, 民办非企业 USCC"), ["职业技能", "五级补贴性培训"])

add("/bbs/t8907.html", "bbs", "新兴县这边有人工智能训练师的补贴培训吗",
"""<h1>新兴县这边有人工智能训练师的补贴培训吗</h1>
<table class="post"><tr><td class="author">六祖镇阿芳</td><td>在厂里做质检，想转数据标注，有补贴班吗？</td></tr>
<tr><td class="author">南粤技培-黄老师</td><td>您好，我们中心五月有五级班，可以先加学员群 736251984 看课表，群里有往期学员。</td></tr>
<tr><td class="author">六祖镇阿芳</td><td>好的谢谢</td></tr></table>""",
offer("U07", "南粤技培", [["qq_group", "736251984", "736251984"]],
      "forum reply from the centre's teacher with a QQ group"), ["学习考证", "帖子"])

add("/fenlei/p5786.html", "fenlei", "新兴县 数据标注员（人工智能训练师）五级培训 可申领补贴",
"""<h1>新兴县 数据标注员（人工智能训练师）五级培训</h1>
<p>区域：新兴县 ｜ 发布：机构</p>
<p>需本职业或相关职业工作满1年。结业参加认定，不承诺通过。</p>
<p class="tel">黄老师 136 9051 7724</p><p>学员QQ群：736 251 984</p>""",
offer("U07", "南粤技培", [["phone", "+8613690517724", "136 9051 7724"], ["qq_group", "736251984", "736 251 984"]],
      "classified; QQ group written with spaces"), ["教育培训", "职业技能"])

add("/wx/a23.html", "wx", "【转】新兴县南粤技能培训中心2026年第二期补贴性培训招生",
"""<h1>新兴县南粤技能培训中心2026年第二期补贴性培训招生</h1><p class="meta">新兴南粤技培 · 2026-04-20 · 转载</p>
<p>开设工种：人工智能训练师（五级）、电工、育婴员。</p>
<p>报名地点：新兴县新城镇东堤北路66号。电话：0766 2857390 手机/微信：13690517724</p>
<p>补贴政策咨询：12333</p>""",
offer("U07", "新兴县南粤技能培训中心", [["phone", "07662857390", "0766 2857390"], ["phone", "+8613690517724", "13690517724"]],
      "WeChat repost of the centre's enrolment notice"), ["本地", "招生"])

# ================================================================ U08 博学优课 (online school, mixed)
add("/video/v334.html", "video", "人工智能训练师网课第1讲：什么是数据标注",
"""<h1>@博学优课：人工智能训练师网课第1讲 什么是数据标注</h1>
<p class="desc">完整课程+考证指导，主页链接 bxyouke.com
课程咨询邮箱 bxyk_service@163.com
#人工智能训练师 #网课</p>""",
offer("U08", "博学优课", [["domain", "bxyouke.com", "bxyouke.com"], ["email", "bxyk_service@163.com", "bxyk_service@163.com"]],
      "short video funnel to an online school"), ["知识", "博学优课"])

add("/wenda/q5560.html", "wenda", "想在家学人工智能训练师，有什么网课推荐？",
"""<h1>想在家学人工智能训练师，有什么网课推荐？</h1><p class="meta">提问者：宝妈一枚</p>
<div class="answer"><b>优课网校助教</b><p>可以看看优课网校（www.BXYouke.com），有免费试听，报名考证一条龙，助教微信 bxyk666。</p></div>
<div class="answer"><b>过来人</b><p>网课都差不多，关键看考点是不是正规评价机构。</p></div>""",
offer("U08", "优课网校", [["domain", "bxyouke.com", "www.BXYouke.com"], ["wechat", "bxyk666", "bxyk666"]],
      "Q&A answer with mixed-case domain"), ["职业考证", "问题"])

add("/shop/item230.html", "shop", "博学优课 人工智能训练师四级 网课+模拟题库",
"""<h1>博学优课 人工智能训练师四级 网课+模拟题库</h1><p class="price">¥399</p>
<p>店铺：博学优课教育专营店 ｜ 售后邮箱：BXYK_Service@163.com ｜ 微信 BXYK666</p>
<p>题库覆盖数据采集和处理、数据标注、智能系统运维。</p>""",
offer("U08", "博学优课教育专营店", [["email", "bxyk_service@163.com", "BXYK_Service@163.com"], ["wechat", "bxyk666", "BXYK666"]],
      "shop listing, ids upper-cased"), ["教育培训", "网课"])

# ================================================================ U09 星辰标注 (job-bait)
add("/kecheng/c1125.html", "kecheng", "郁南星辰 数据标注员 培训+上岗 学完推荐就业",
"""<h1>郁南星辰｜数据标注员 培训+上岗</h1><p class="price">¥1680</p>
<p>机构：郁南县星辰数据标注基地 ｜ 协议就业，学完考人工智能训练师证，月入6000+</p>
<p>报名电话 198-7510-6632</p>""",
offer("U09", "郁南县星辰数据标注基地", [["phone", "+8619875106632", "198-7510-6632"]],
      "job-bait course, 协议就业"), ["职业技能", "数据标注员"])

add("/bbs/t8933.html", "bbs", "【招聘】郁南数据标注员 在家可做 需培训持证上岗",
"""<h1>【招聘】郁南数据标注员 在家可做 需培训持证上岗</h1>
<table class="post"><tr><td class="author">星辰标注HR</td><td>招数据标注员20名，先培训考人工智能训练师证再上岗，培训费可从工资扣。
咨询微信：xingchen-biaozhu</td></tr>
<tr><td class="author">郁南阿伟</td><td>先交钱的招聘？骗子吧</td></tr>
<tr><td class="author">版主</td><td>已警告，疑似培训贷。请勿私下转账。</td></tr></table>""",
offer("U09", "星辰标注", [["wechat", "xingchen-biaozhu", "xingchen-biaozhu"]],
      "fake job post in the forum"), ["求职招聘", "帖子"])

add("/wx/a31.html", "wx", "【转】在家就能做的AI副业：数据标注员招募中",
"""<h1>在家就能做的AI副业：数据标注员招募中</h1><p class="meta">星辰AI副业 · 2026-05-06 · 转载</p>
<p>零基础可学，培训7天，考取人工智能训练师证后派单，多劳多得。</p>
<p>培训费1680元，转账请认准收款方“郁南星辰信息咨询服务部”。</p>
<p>联系：198 7510 6632（微信：Xingchen-Biaozhu）</p>""",
offer("U09", "星辰AI副业", [["phone", "+8619875106632", "198 7510 6632"], ["wechat", "xingchen-biaozhu", "Xingchen-Biaozhu"], ["other", "郁南星辰信息咨询服务部", "郁南星辰信息咨询服务部"]],
      "WeChat repost with payee name"), ["职场", "AI副业"])

# ================================================================ independents
add("/kecheng/c1132.html", "kecheng", "人工智能训练师四级 理论+实操 直播课",
"""<h1>人工智能训练师四级 理论+实操 直播课</h1><p class="price">¥1580</p>
<p>机构：启明数据学苑 ｜ 讲师：前标注团队负责人 ｜ 课程编号 KC-2026-0532</p>
<p>直播+回放，课后作业批改。考证需自行在当地评价机构报名，本课程不代办证书。</p>
<p>学员群里禁止发个人微信，如需发票请写“微信号：xxxxxx”格式留言。咨询：qiming_xy@126.com</p>""",
offer("I01", "启明数据学苑", [["email", "qiming_xy@126.com", "qiming_xy@126.com"]], "honest online course, independent"), ["职业技能", "四级直播课"])

add("/kecheng/c1140.html", "kecheng", "AIGC+人工智能训练师双证班 人社部颁发",
"""<h1>AIGC+人工智能训练师双证班</h1><p class="price">¥2380</p>
<p>机构：华南智培中心 ｜ 双证：生成式人工智能系统应用员（4-04-05-13）+人工智能训练师（4-04-05-05）</p>
<p>人社部颁发，可查可验，40课时，90分钟在线考试，60分及格。</p>
<p>在线报名表：jinshuju.net/f/Hn2QeP</p><p>报名热线 0757-86327715</p>""",
offer("I02", "华南智培中心", [["phone", "075786327715", "0757-86327715"]], "double-certificate bundle, independent"), ["考证专区", "双证班"])

add("/fenlei/p5803.html", "fenlei", "罗定 个人辅导人工智能训练师五级理论 上门/线上",
"""<h1>罗定 个人辅导人工智能训练师五级理论</h1><p>区域：罗定市 ｜ 发布：个人</p>
<p>本人持三级证书，在标注公司做了3年，可辅导五级理论和实操，一小时80元。不代办证书。</p>
<p class="tel">梁先生 13411870935</p>""",
offer("I03", "梁先生", [["phone", "+8613411870935", "13411870935"]], "private tutor, independent"), ["教育培训", "家教辅导"])

add("/fenlei/p5811.html", "fenlei", "加急办理 人工智能训练师证 不考试 三天出证",
"""<h1>加急办理 人工智能训练师证 不考试 三天出证</h1><p>区域：云安区 ｜ 发布：个人</p>
<p>不用考试，三天出证，人社部官网可查，可查询网址 www.rszs-cx.com。</p>
<p>证书样本编号：%s</p><p>联系QQ 3091827746</p>""" % CERT_SAMPLE,
offer("I04", None, [["qq", "3091827746", "3091827746"], ["domain", "rszs-cx.com", "www.rszs-cx.com"]], "certificate mill with a fake query site, independent"), ["教育培训", "加急办证"])

add("/video/v341.html", "video", "我是怎么考过人工智能训练师三级的（附报班链接）",
"""<h1>@标注员小雅：我是怎么考过人工智能训练师三级的</h1>
<p class="desc">分享备考经验～我报的是雅思特数智的班，想报的可以找我拿优惠码
微信 yasi_shuzhi
#人工智能训练师 #备考</p>
<div class="cmt">网友：真的要考实操吗</div><div class="cmt">作者回复：要的，上机考标注</div>""",
offer("I05", "雅思特数智", [["wechat", "yasi_shuzhi", "yasi_shuzhi"]], "influencer referral, independent"), ["知识", "标注员小雅"])

add("/shop/item238.html", "shop", "人工智能训练师 职业技能等级认定 报名服务（广州考点）",
"""<h1>人工智能训练师 职业技能等级认定 报名服务（广州考点）</h1><p class="price">¥450</p>
<p>店铺：穗星职业技能服务部 ｜ 仅代为提交认定报名资料，认定由评价机构组织，需本人到考点参加理论与技能考核。</p>
<p>店铺电话 020-38291564</p>""",
offer("I06", "穗星职业技能服务部", [["phone", "02038291564", "020-38291564"]], "registration service, independent"), ["教育培训", "认定报名"])

# ================================================================ non-offers
add("/bbs/t8950.html", "bbs", "【曝光】报了人工智能训练师“包过班”，交了3980元后被拉黑",
"""<h1>【曝光】报了人工智能训练师“包过班”，交了3980元后被拉黑</h1>
<table class="post"><tr><td class="author">云安小郑</td><td>对方电话17184523390，说人社部颁发、官网可查，交钱后给了个网址查不到，现在微信也拉黑了。已打12315投诉。
转账截图订单号 202605141732069918 不是这个，是 4200001987202604110562。</td></tr>
<tr><td class="author">阿杰yf</td><td>去 zscx.osta.org.cn 查，查不到就是假的。也可以打12333问。</td></tr></table>""",
non("complaint thread quoting a scam number and order numbers"), ["投诉曝光", "帖子"])

add("/wenda/q5573.html", "wenda", "人工智能训练师和人工智能工程技术人员是一个证吗？",
"""<h1>人工智能训练师和人工智能工程技术人员是一个证吗？</h1>
<div class="answer"><b>人力资源从业者</b><p>不是。人工智能训练师是4-04-05-05，技能类，五个等级；人工智能工程技术人员是专业技术类。训练师证是职业技能等级证书，由备案评价机构颁发，在 zscx.osta.org.cn 查询。</p></div>""",
non("neutral Q&A explainer"), ["职业考证", "问题"])

add("/wx/a40.html", "wx", "【转】警惕！这些“山寨证书”套路别再上当",
"""<h1>警惕！这些“山寨证书”套路别再上当</h1><p class="meta">云浮人社 · 转载</p>
<p>“包过”“免培训直接发证”“人社部颁发”都是常见话术。职业技能等级证书由备案的评价机构颁发，可登录技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<p>遇到问题可拨打12333或12315。</p>""",
non("warning article repost"), ["本地", "提醒"])

add("/news/n20260512.html", "news", "市民报考“人工智能训练师”被骗近4000元 警方提醒",
"""<h1>市民报考“人工智能训练师”被骗近4000元 警方提醒</h1><p class="meta">云浮日报网 记者 梁晓 2026-05-12</p>
<p>近日，云安区市民郑先生通过网络报名“人工智能训练师包过班”，向对方支付3980元后被拉黑。涉事号码17184523390已被多名市民举报。</p>
<p>民警提醒，所谓“官网可查”的网址为仿冒查询站。证书真伪请通过 zscx.osta.org.cn 核验，消费纠纷可拨打12315，政策咨询拨打12333。</p>""",
non("news warning quoting a scam number"), ["民生", "正文"])

add("/news/n20260428.html", "news", "我市技能提升补贴申领指南：人工智能训练师等新职业可申领",
"""<h1>我市技能提升补贴申领指南</h1><p class="meta">云浮日报网 2026-04-28</p>
<p>参保满1年的企业职工取得职业技能等级证书后，可申领技能提升补贴：五级最高1000元、四级最高1500元、三级最高2000元。二级、一级不在此项补贴范围内。</p>
<p>考点之一云浮市技师学院，考务咨询 0766-8889120。详情拨打12333。</p>""",
non("news guide on subsidies with exam venue's desk"), ["教育", "正文"])

add("/rsj/tz-2026-031.html", "rsj", "关于开展2026年度职业技能等级认定工作的通知",
"""<h1>关于开展2026年度职业技能等级认定工作的通知</h1><p>云人社函〔2026〕31号（示例）</p>
<p>各县（市、区）人力资源和社会保障局、各评价机构：按照职业技能等级认定工作规程，现将有关事项通知如下……</p>
<table><tr><td>职业（工种）</td><td>等级</td><td>考点</td></tr><tr><td>人工智能训练师（4-04-05-05）</td><td>五级、四级</td><td>云浮市技师学院</td></tr></table>
<p>证书可通过 jndj.osta.org.cn、zscx.osta.org.cn 查询。严禁以“包过”“人社部颁发”等名义招生。咨询电话：12333。</p>""",
non("official-style notice"), ["通知公告", "正文"])

# ---------------------------------------------------------------- decoys (written forms; pages computed)
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation public hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
 ("phone", "4006012580", ["400-601-2580"], "marketplace footer customer service"),
 ("email", "service@kexuetang.cn", ["service@kexuetang.cn"], "marketplace footer e-mail"),
 ("domain", "kexuetang.cn", ["kexuetang.cn"], "marketplace's own domain"),
 ("other", "粤ICP备19088731号-2", ["粤ICP备19088731号-2"], "marketplace ICP"),
 ("qq_group", "418207663", ["418207663"], "forum's official QQ group"),
 ("email", "admin@yfbbs.net", ["admin@yfbbs.net"], "forum footer e-mail"),
 ("qq", "800062551", ["800062551"], "classifieds customer-service QQ"),
 ("phone", "07668196520", ["0766-8196520"], "classifieds complaint line"),
 ("other", "粤ICP备17041136号-1", ["粤ICP备17041136号-1"], "classifieds ICP"),
 ("email", "feedback@wenyiwen.com.cn", ["feedback@wenyiwen.com.cn"], "Q&A footer"),
 ("email", "tougao@wxjingxuan.cn", ["tougao@wxjingxuan.cn"], "repost site footer"),
 ("phone", "4001140140", ["4001140140"], "video platform report line"),
 ("email", "jubao@kuaikan-video.com", ["jubao@kuaikan-video.com"], "video platform report e-mail"),
 ("phone", "4008207766", ["400-820-7766"], "shop platform customer service"),
 ("phone", "95188", ["95188"], "payment platform hotline"),
 ("phone", "07668812110", ["0766-8812110"], "newspaper hotline"),
 ("phone", "+8617184523390", ["17184523390"], "scam number quoted in complaint and news"),
 ("other", "202605141732069918", ["202605141732069918"], "shop order number"),
 ("other", "4200001987202604110562", ["4200001987202604110562"], "payment transaction number"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number"),
 ("other", "KC-2026-0417", ["KC-2026-0417"], "course number"),
 ("other", "KC-2026-0532", ["KC-2026-0532"], "course number"),
 ("other", "第2026-05期", ["第2026-05期"], "batch number"),
 ("phone", PLACEHOLDER, [PLACEHOLDER], "template placeholder"),
 ("wechat", "xxxxxx", ["微信号：xxxxxx"], "template placeholder in a course page"),
 ("wechat", "lily_yf2019", ["lily_yf2019"], "reader's own WeChat in an answer"),
 ("phone", "+8613825461170", ["13825461170"], "commenter's own phone"),
 ("phone", "07668889120", ["0766-8889120"], "exam venue front desk"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool"),
]

# ---------------------------------------------------------------- render
def site_pages(sk):
    return sorted(p for p, d in PAGES.items() if d["site"] == sk and not p.endswith("/index.html"))

def frame(sk, path, title, body, crumbs):
    s = SITES[sk]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (sk, m) for m in s["menu"])
    crumb = ' &gt; '.join(['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (sk, s["name"])] + crumbs)
    rel = [p for p in site_pages(sk) if p != path][:5]
    related = "".join('<li><a href="%s">%s</a></li>' % (p, PAGES[p]["title"]) for p in rel)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title><style>%s</style></head><body>\n"
            "<header><div class=\"logo\">%s</div><nav>%s</nav></header>\n<div class=\"crumbs\">%s</div>\n"
            "<main>%s</main>\n<aside>%s<h4>相关推荐</h4><ul>%s</ul></aside>\n<footer>%s</footer>\n</body></html>\n") % (
        title, s["name"], CSS[s["style"]], s["name"], menu, crumb, body, s["side"], related, s["footer"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    # site index pages
    for sk in SITE_ORDER:
        lis = "".join('<li><a href="%s">%s</a></li>' % (p, PAGES[p]["title"]) for p in site_pages(sk))
        add("/%s/index.html" % sk, sk, SITES[sk]["name"], "<h1>%s</h1><ul class=\"list\">%s</ul>" % (SITES[sk]["name"], lis),
            non("site index page"))
    out = {}
    for p, d in PAGES.items():
        out[p] = frame(d["site"], p, d["title"], d["body"], d["crumbs"])
    hub = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>一周搜索记录 · 云浮</title></head><body><h1>人工智能训练师 相关网页（云浮，一周）</h1><ul>%s</ul></body></html>\n" % "".join(
        '<li><a href="/%s/index.html">%s</a></li>' % (sk, SITES[sk]["name"]) for sk in SITE_ORDER)
    out["/index.html"] = hub
    for p, text in out.items():
        fp = os.path.join(SITE, p.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", **non("hub page linking every site"))]
    for p in sorted(PAGES):
        pages.append(dict(path=p, **PAGES[p]["truth"]))
    ops = {}
    for pg in pages:
        op = pg["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if pg["provider"] and pg["provider"] not in o["brands"]:
                o["brands"].append(pg["provider"])
            for k, v, w in pg["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        hits = sorted(p for p, t in out.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=hits, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
