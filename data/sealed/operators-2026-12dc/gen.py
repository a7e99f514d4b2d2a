#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------------- USCC (GB 32100) ----------------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def _org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s = prefix8 + body8 + _org_check(body8)
    r = 31 - sum(ALPH.index(ch) * WTS[i] for i, ch in enumerate(s)) % 31
    return s + ALPH[0 if r == 31 else r]

U01_USCC = uscc("52410100", "MJY07235")
U02_USCC = uscc("91370100", "MA3C8KQ4")
U03_USCC = uscc("91410105", "MA46R2TL")
U06_USCC = uscc("91370212", "MA3RB7W1")
U07_USCC = uscc("91370702", "MA3N4H8E")
I03_USCC = uscc("52370303", "MJE21870")
KEYOU_USCC = uscc("91110108", "MA01C6P9")

# ---------------- sites ----------------
SITES = {
 "qihang": dict(name="郑州启航职业技能培训学校", dom="www.qhzyjn.com", style="company",
   menu=["学校首页", "课程设置", "报名须知", "补贴政策", "联系我们"],
   side="<h4>招生热线</h4><p>0371-67835120</p><p>校址：郑州市金水区文化路与农业路交叉口向北200米</p>",
   foot="郑州启航职业技能培训学校 版权所有 | 地址：郑州市金水区文化路 | 电话：0371-67835120 | 网址：www.qhzyjn.com"),
 "keyou": dict(name="课优网 · 职业技能课程平台", dom="www.keyouwang.cn", style="market",
   menu=["首页", "职业技能", "IT/互联网", "考证专区", "机构入驻", "帮助中心"],
   side="<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构资质审核</li><li>平台担保交易</li></ul>",
   foot="课优网 客服热线：400-820-7365（9:00-21:00） 客服邮箱：kefu@keyouwang.cn "
        "北京课优在线教育科技有限公司 统一社会信用代码 " + KEYOU_USCC + " 京ICP备18064213号-3"),
 "bbs": dict(name="豫鲁职教论坛", dom="bbs.yuluzhijiao.com", style="forum",
   menu=["论坛首页", "考证交流", "职业培训", "求职招聘", "曝光台", "版规"],
   side="<h4>版主公告</h4><p>发广告请到【培训信息】子版块，禁止私下交易，谨防上当。</p><p>论坛交流QQ群：563820194</p>",
   foot="豫鲁职教论坛 Powered by Discuz! X3.4 | 官方交流群 563820194 | 联系管理员 admin@yuluzhijiao.com"),
 "fenlei": dict(name="便民分类信息网（商丘·济宁·临沂站）", dom="www.bianmin365.net", style="classifieds",
   menu=["首页", "招聘求职", "教育培训", "二手物品", "房屋租售", "家政服务", "免费发布"],
   side="<h4>温馨提示</h4><p>凡是要求先交报名费、培训费的招聘信息，请提高警惕！</p>",
   foot="便民分类信息网 豫ICP备19028573号-2 信息由网友发布，本站不对内容真实性负责 举报邮箱 jubao@bianmin365.net"),
 "wenda": dict(name="问答天下", dom="wenda.wdtx.cn", style="qa",
   menu=["首页", "教育", "职场", "法律", "健康", "我要提问"],
   side="<h4>相关问题</h4><ul><li>人工智能训练师证有用吗？</li><li>数据标注员要考证吗？</li><li>技能补贴怎么申请？</li></ul>",
   foot="问答天下 © 2025 wdtx.cn 用户协议 | 隐私政策 | 违法和不良信息举报：0371-55031290"),
 "wx": dict(name="职教号文章转载站", dom="www.zjhzz.com", style="wechat",
   menu=["首页", "职业培训", "就业资讯", "政策解读", "原创投稿"],
   side="<h4>投稿须知</h4><p>本站转载的公众号文章版权归原作者所有，如有侵权请联系删除。</p>",
   foot="职教号文章转载站 www.zjhzz.com 投稿/删稿邮箱：tougao@zjhzz.com 鲁ICP备21009467号"),
 "video": dict(name="快看短视频 · 网页版", dom="www.kuaikan-video.cn", style="video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h4>相关推荐</h4><ul><li>零基础学AI能赚钱吗</li><li>数据标注一天能挣多少</li><li>考证避坑指南</li></ul>",
   foot="快看短视频 网页版 | 用户服务邮箱：help@kuaikan-video.cn | 网络文化经营许可证 京网文〔2023〕1108-029号"),
 "news": dict(name="齐鲁职教新闻网", dom="www.qlzjnews.cn", style="news",
   menu=["首页", "要闻", "职业教育", "就业创业", "招聘频道", "推广"],
   side="<h4>热点排行</h4><ol><li>山东公布急需紧缺职业目录</li><li>警惕“包过”考证骗局</li><li>技能提升补贴申领指南</li></ol>",
   foot="齐鲁职教新闻网 www.qlzjnews.cn 新闻热线：0531-86997710 鲁ICP备17025532号 本网推广内容不代表本网观点"),
 "rsj": dict(name="郯城县人力资源和社会保障局", dom="tcrsj.example.gov.cn", style="gov",
   menu=["首页", "通知公告", "职业能力建设", "政策法规", "办事指南", "互动交流"],
   side="<h4>便民服务</h4><ul><li>人社服务热线：12333</li><li>证书查询</li><li>技能补贴申领</li></ul>",
   foot="主办：郯城县人力资源和社会保障局 地址：郯城县人民路 联系电话：0539-6211235 网站标识码 3713220017"),
 "blog": dict(name="老周说职场 · 个人博客", dom="laozhou.blog.cnjob.net", style="blog",
   menu=["首页", "职场随笔", "考证笔记", "AI学习", "关于我"],
   side="<h4>关于博主</h4><p>老周，十年HR，写点考证和求职的真话。</p><h4>归档</h4><ul><li>2025年6月</li><li>2025年5月</li></ul>",
   foot="本博客由 职博网 提供托管 鲁ICP备20031874号 博客平台客服QQ：800063155"),
 "shop": dict(name="淘学集市 · 教育店铺", dom="www.taoxuejishi.com", style="shop",
   menu=["首页", "考证培训", "电子资料", "直播课", "店铺入驻"],
   side="<h4>购物保障</h4><p>担保交易，确认收货后打款给卖家。支付宝客服 95188</p>",
   foot="淘学集市 消费者维权热线 12315 | 支付宝客服 95188 | 平台投诉邮箱 ts@taoxuejishi.com"),
}
SITE_ORDER = ["qihang", "keyou", "bbs", "fenlei", "wenda", "wx", "video", "news", "rsj", "blog", "shop"]

CSS = {
 "company": "body{font-family:SimSun;background:#eef4fb}header{background:#0b4a8b;color:#fff;padding:10px}nav a{color:#fff;margin:0 8px}",
 "market": "body{font-family:'Microsoft YaHei';background:#fafafa}header{background:#ff6a00;color:#fff}.price{color:#e4393c;font-size:22px}",
 "forum": "body{font-size:12px;background:#f2f2f2}table.post{border:1px solid #cdcdcd;width:100%}td.author{width:160px;background:#e5edf2}",
 "classifieds": "body{font-size:13px}header{background:#2fa047;color:#fff}.info dt{float:left;width:80px;color:#999}",
 "qa": "body{background:#f7f8fa}.answer{border-bottom:1px solid #eee;padding:10px}.best{border-left:3px solid #38f}",
 "wechat": "body{max-width:677px;margin:auto;font-size:17px;line-height:1.75}.meta{color:#888}",
 "video": "body{background:#161823;color:#eee}.desc{padding:8px}.cmt{color:#aaa;font-size:13px}",
 "news": "body{font-family:SimSun}h1{font-size:26px;text-align:center}.src{color:#666;text-align:center}",
 "gov": "body{background:#fff}header{background:#b40000;color:#fff;height:90px}table.gk{border-collapse:collapse}",
 "blog": "body{font-family:Georgia,serif;background:#fdfaf3}.post{max-width:720px}",
 "shop": "body{background:#f5f5f5}.sku{border:1px solid #ddd;padding:4px}.price{color:#f40;font-size:24px}",
}

PAGES = []  # dicts

def P(site, fn, title, body, offer=False, op=None, provider=None, ids=(), note="", section=None):
    PAGES.append(dict(site=site, fn=fn, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note,
                      section=section or SITES[site]["menu"][1]))

# ================= U01 启航 (Zhengzhou, fairly honest, some 零基础 hype) =================
P("qihang", "index.html", "郑州启航职业技能培训学校—人工智能训练师培训 报名中", f"""
<div class="banner">2025年第三期 人工智能训练师（4-04-05-05）五级/四级 培训班 火热报名中</div>
<p>郑州启航职业技能培训学校是经金水区人社局审批的民办职业培训学校（办学许可证 教民141010570001234号），
统一社会信用代码：{U01_USCC}。</p>
<h3>开设课程</h3><ul><li><a href="course-ai.html">人工智能训练师（数据标注方向）五级/四级</a></li>
<li>电子商务师</li><li>健康管理师（停招）</li></ul>
<p>符合条件的参保职工取证后可申请失业保险技能提升补贴（五级最高1000元、四级最高1500元），以郑州市人社部门审核为准。</p>
<p>咨询电话：0371-67835120 &nbsp; 手机：139 3712 5846（曾老师）</p>
<p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>""",
  True, "U01", "郑州启航职业技能培训学校",
  [("phone", "037167835120", "0371-67835120"), ("phone", "+8613937125846", "139 3712 5846"),
   ("uscc", U01_USCC, U01_USCC), ("domain", "qhzyjn.com", "www.qhzyjn.com")],
  "training-school homepage with enrolment banner", "学校首页")
P("qihang", "course-ai.html", "人工智能训练师（数据标注方向）培训班招生简章", f"""
<h2>一、培训对象</h2><p>从事数据标注、智能客服、AI产品运营相关工作满1年的人员（五级）；持五级证书满4年可报四级。</p>
<h2>二、培训内容</h2><p>数据采集和处理、数据标注、智能系统运维，理论+实操，线下60课时，周末班。</p>
<h2>三、费用</h2><p>培训费2380元（含教材），认定费按备案评价机构标准另行缴纳。</p>
<h2>四、考核地点</h2><p>郑州市某备案评价机构考点，考前一周通知，考点前台：0371-63358021（仅咨询考场位置）。</p>
<h2>五、报名方式</h2><p>电话/微信同号：13937125846，或添加招生微信 qihang_ai88 发送“姓名+身份证照片+工作证明”。</p>
<p>学校官网：www.qhzyjn.com</p>""",
  True, "U01", "郑州启航职业技能培训学校",
  [("phone", "+8613937125846", "13937125846"), ("wechat", "qihang_ai88", "qihang_ai88"),
   ("domain", "qhzyjn.com", "www.qhzyjn.com"), ("phone", "037167835120", "0371-67835120")],
  "enrolment prospectus, eligibility stated correctly", "课程设置")
P("keyou", "course-1032.html", "【启航AI学院】人工智能训练师五级 周末直播+线下实操 零基础可学", """
<div class="shop">开课机构：启航AI学院（郑州） <span class="tag">已认证</span></div>
<div class="price">¥1980 <del>¥2980</del></div><p>618活动编号：13620250618，报名立减200元</p>
<p>课程介绍：零基础可学，手把手教你做图像标注、文本标注、语音标注，结课推荐参加五级认定。</p>
<p>证书说明：由备案评价机构颁发职业技能等级证书，可在全国联网查询。</p>
<p>机构咨询：139-3712-5846（工作日9:00-18:00）</p>""",
  True, "U01", "启航AI学院",
  [("phone", "+8613937125846", "139-3712-5846")], "marketplace course listing", "考证专区")
P("video", "v8821.html", "小航老师说AI：数据标注员到底要不要考证？", """
<div class="desc">@小航老师说AI：三分钟讲清楚人工智能训练师五级怎么报、要什么条件、能不能领补贴。
想了解郑州线下班的，主页有联系方式，或者加 vx：QiHang_AI88 备注“快看”。</div>
<div class="cmt">网友“豫A小李”：老师我没工作经验能报吗？<br>作者回复：五级要相关工作满一年哦，可以先做标注兼职。</div>""",
  True, "U01", "小航老师说AI",
  [("wechat", "qihang_ai88", "QiHang_AI88")], "short-video page inviting enquiries", "知识")

# ================= U02 鲁智 (Jinan, dishonest: 包过, 人社部颁发, 国家职业资格) =================
P("wx", "a-luzhi-0522.html", "人社部颁发！人工智能训练师国家职业资格证书报名通道开启", """
<div class="meta">原创 鲁智AI学堂 2025-05-22 济南</div>
<p>新职业风口！人工智能训练师证书由人社部颁发，属于国家职业资格证书，全国通用、终身有效、入库可查！</p>
<p>✅ 不限学历 不限经验 ✅ 三级二级一级均可报 ✅ 通过率98%，不过全额退</p>
<p>报名表在线填写：https://jinshuju.net/f/Lz8QwE</p>
<p>咨询电话：0531-88231745 &nbsp; 客服QQ：2845517390 &nbsp; 邮箱：luzhi_edu@163.com</p>
<p>（本文由公众号“鲁智AI学堂”授权转载）</p>""",
  True, "U02", "鲁智AI学堂",
  [("phone", "053188231745", "0531-88231745"), ("qq", "2845517390", "2845517390"),
   ("email", "luzhi_edu@163.com", "luzhi_edu@163.com")], "WeChat repost, 人社部颁发 / 包过 claims", "职业培训")
P("fenlei", "ad-5521.html", "济南 人工智能训练师证 报名 包过 线上考 当月出证", """
<dl class="info"><dt>类别</dt><dd>教育培训-职业技能</dd><dt>区域</dt><dd>济南-历下</dd><dt>联系人</dt><dd>孙老师</dd>
<dt>电话</dt><dd>158 6672 3019</dd><dt>QQ</dt><dd>2845517390</dd></dl>
<p>济南AI训练师考证，线上考试，包过，不过退费，当月出证，国家认可官方认证。可帮单位批量报名，多人优惠。</p>
<p>发布时请勿填写 138-0000-0000 等示例号码。</p>""",
  True, "U02", "济南AI训练师考证",
  [("phone", "+8615866723019", "158 6672 3019"), ("qq", "2845517390", "2845517390")],
  "classified ad, 包过 / 当月出证", "教育培训")
P("wenda", "q-207.html", "人工智能训练师三级没有工作经验能考吗？", """
<div class="question">提问者：匿名用户 &nbsp; 我本科刚毕业，想考人工智能训练师三级，没有工作经验可以吗？</div>
<div class="answer best">智训堂-孙老师 的回答：可以的，我们这边有特殊通道，不看工作年限，三级四级可以一起报，
一次拿两个证，人社部颁发。需要的话打我电话158-6672-3019，或发邮件luzhi_edu#163.com。</div>
<div class="answer">网友回答：别信“特殊通道”，三级要先有四级证书和工作年限，去查国家标准。<br>
追问：那谁能加我QQ 1094837265 带我一下？</div>""",
  True, "U02", "智训堂",
  [("phone", "+8615866723019", "158-6672-3019"), ("email", "luzhi_edu@163.com", "luzhi_edu#163.com")],
  "Q&A answer selling a 特殊通道 for level 3", "教育")
P("shop", "item-31.html", "人工智能训练师高级证书报考服务 含教材题库 鲁智教育官方店", f"""
<div class="sku">规格：五级 ¥980 / 四级 ¥1680 / 三级 ¥2680 / 三证联报 ¥3999</div><div class="price">¥980起</div>
<p>店铺名称：鲁智教育官方店 &nbsp; 主体：山东鲁智教育科技有限公司 统一社会信用代码 {U02_USCC}</p>
<p>购买后请联系客服或发送资料至 Luzhi_Edu@163.com，题库押题，包过。</p>
<p>证书样本（编号 S000041010123245000186，仅供参考）</p>
<p>联系电话：138-0000-0000（模板示例，以店铺客服为准）</p>""",
  True, "U02", "鲁智教育官方店",
  [("email", "luzhi_edu@163.com", "Luzhi_Edu@163.com"), ("uscc", U02_USCC, U02_USCC)],
  "shop item, per-certificate pricing, 三证联报", "考证培训")

# ================= U03 中原人工智能训练师考评中心 (state-sounding, 91 code, fake query domain) =================
P("news", "adv-0612.html", "中原人工智能训练师考评中心2025年下半年考试报名通知（推广）", f"""
<div class="src">来源：推广 2025-06-12 10:21</div>
<p>中原人工智能训练师考评中心受工信部职业技能鉴定中心委托，组织开展人工智能训练师一级至五级考试，
证书入库可查，查询网址 cx.zyrgzn.cn。</p>
<p>报名条件：不限学历，不限专业，零基础可直接报考技师（二级）。</p>
<p>全国统一咨询热线：400-621-8833 &nbsp; 官网：www.zyrgzn.cn</p>
<p>运营主体：河南中原智训信息技术有限公司（统一社会信用代码 {U03_USCC}）</p>
<p>证书样本编号：S000041010123245000186</p>""",
  True, "U03", "中原人工智能训练师考评中心",
  [("phone", "4006218833", "400-621-8833"), ("domain", "zyrgzn.cn", "www.zyrgzn.cn"),
   ("uscc", U03_USCC, U03_USCC), ("domain", "zyrgzn.cn", "cx.zyrgzn.cn")],
  "advertorial, fake query site, 工信部 attribution, level 2 for beginners", "推广")
P("keyou", "course-2210.html", "人工智能训练师技师（二级）考前冲刺班 中原AI考评 直接出证", """
<div class="shop">开课机构：中原AI考评</div><div class="price">¥3600</div><p>618活动编号：13620250618</p>
<p>技师二级零基础可报，考前冲刺+押题，一次不过免费重修。证书可在官网查询。</p>
<p>客服：4006218833（请报课程号 ZY-2210）</p>""",
  True, "U03", "中原AI考评",
  [("phone", "4006218833", "4006218833")], "marketplace listing: level 2 to beginners", "考证专区")
P("bbs", "thread-3381.html", "[培训信息] 河南人工智能训练师考试报名，一级到五级均可", """
<table class="post"><tr><td class="author">中原考评中心招生办<br>注册会员</td><td>
<p>本中心常年招生：人工智能训练师一、二、三、四、五级，工信部系统证书，含金量高，可评职称。</p>
<p>报名热线 400 621 8833，微信 zyrgzn01（加好友发“论坛”）</p></td></tr>
<tr><td class="author">lily同学</td><td>想问下三级多少钱？我的微信lily_8823，麻烦发我一下资料</td></tr>
<tr><td class="author">路过的老王</td><td>工信部哪有这个中心？楼主拿出备案信息看看。</td></tr></table>""",
  True, "U03", "中原考评中心招生办",
  [("phone", "4006218833", "400 621 8833"), ("wechat", "zyrgzn01", "zyrgzn01")],
  "forum ad post with reader comments", "职业培训")
P("video", "v9016.html", "AI训练师考证张老师：三个月拿证，薪资翻倍！", """
<div class="desc">@AI训练师考证张老师 90%小白都能学会！原价9999限时99元体验课，拿证就能升职加薪！
私信或加微信：zyrgzn01，名额有限。</div>
<div class="cmt">网友：已私信 &nbsp; 网友“lily”：求资料 lily_8823</div>""",
  True, "U03", "AI训练师考证张老师",
  [("wechat", "zyrgzn01", "zyrgzn01")], "short-video sales page", "推荐")

# ================= U04 郯城县职业技能实训中心 (honest, subsidy) =================
P("rsj", "zs-2025-07.html", "郯城县职业技能实训中心2025年人工智能训练师（五级）培训班招生公告", """
<p>为落实技能提升行动，郯城县职业技能实训中心举办人工智能训练师（五级）培训班，名额40人。</p>
<p>一、报名条件：从事相关工作满1年（含），或本职业学徒期满。</p>
<p>二、培训时间：2025年7月至8月，共60课时。</p>
<p>三、费用与补贴：培训费1200元；取得证书且符合条件的参保职工可申领技能提升补贴最高1000元。</p>
<p>四、报名咨询：0539-6218456，邮箱 tcjnsx@126.com。政策咨询可拨打12333。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn。</p>""",
  True, "U04", "郯城县职业技能实训中心",
  [("phone", "053906218456", "0539-6218456"), ("email", "tcjnsx@126.com", "tcjnsx@126.com")],
  "county training-centre enrolment notice on the county site", "通知公告")
P("wx", "a-tancheng-0703.html", "郯城就业｜人工智能训练师培训班开始报名啦", """
<div class="meta">郯城就业服务 2025-07-03</div>
<p>想学一门新技能？县职业技能实训中心开设人工智能训练师（五级）培训班，学完参加认定，证书全国联网可查。</p>
<p>报名电话：（0539）6218456 &nbsp; 报名微信：tc_jineng</p>
<p>温馨提示：凡是声称“不用考试直接拿证”的都是骗局！如遇诈骗请拨打12315或报警。</p>""",
  True, "U04", "县职业技能实训中心",
  [("phone", "053906218456", "（0539）6218456"), ("wechat", "tc_jineng", "tc_jineng")],
  "WeChat repost of county centre's enrolment", "就业资讯")
P("fenlei", "ad-6120.html", "郯城 人工智能训练师五级培训 可申请补贴", """
<dl class="info"><dt>类别</dt><dd>教育培训-职业技能</dd><dt>区域</dt><dd>临沂-郯城</dd><dt>联系人</dt><dd>刘老师</dd>
<dt>电话</dt><dd>137 9145 3207</dd><dt>微信</dt><dd>tc_jineng</dd></dl>
<p>县实训中心开班，周末上课，60课时，需从事相关工作满一年，结业参加认定。参保满一年可领补贴。</p>""",
  True, "U04", "县实训中心",
  [("phone", "+8613791453207", "137 9145 3207"), ("wechat", "tc_jineng", "tc_jineng")],
  "classified ad reposting county centre class", "教育培训")

# ================= U05 王老师 (WeChat seller, 三级同报, 不用考试) =================
P("bbs", "thread-3402.html", "[培训信息] 人工智能训练师 三级四级五级同报 不用到场", """
<table class="post"><tr><td class="author">王老师AI考证<br>新手上路</td><td>
<p>人工智能训练师证书，三个等级同时报，不用到场，不用考试，资料齐全直接下证，郑州考点统一安排。</p>
<p>加V：wls_ai2024 &nbsp; 学员交流Q群：738216459</p>
<p>考点前台 0371-63358021 可以打电话问，我们每期都在那边考（其实不用去）。</p></td></tr>
<tr><td class="author">小鱼</td><td>已加，lily_8823 也是我朋友推荐来的</td></tr></table>""",
  True, "U05", "王老师AI考证",
  [("wechat", "wls_ai2024", "wls_ai2024"), ("qq_group", "738216459", "738216459")],
  "forum post: three levels at once, no exam", "职业培训")
P("shop", "item-45.html", "人工智能训练师证书 代报名 五级四级三级 全程代办", """
<div class="sku">规格：单证 ¥1500 / 两证 ¥2600 / 三证 ¥3500</div><div class="price">¥1500</div>
<p>拍下后请加群 738216459 联系王老师，或电话 177 0386 1592。</p>
<p>收款方：商丘市睢阳区慧达信息咨询服务部</p>
<p>联系电话：138-0000-0000（模板示例，以店铺客服为准）</p>""",
  True, "U05", "王老师",
  [("qq_group", "738216459", "738216459"), ("phone", "+8617703861592", "177 0386 1592"),
   ("other", "商丘市睢阳区慧达信息咨询服务部", "商丘市睢阳区慧达信息咨询服务部")],
  "shop listing, per-certificate price, 代办", "考证培训")
P("video", "v9120.html", "人工智能训练师证书 不用考试直接拿 想要的扣1", """
<div class="desc">@王老师教你考证 人工智能训练师证书来了！国家认可，不用学习，不用考试，资料齐全直接下证！
想要的扣1，V❤ wls_ai2024</div><div class="cmt">网友：1 &nbsp; 网友：真的假的 &nbsp; 网友：骗子吧</div>""",
  True, "U05", "王老师教你考证",
  [("wechat", "wls_ai2024", "wls_ai2024")], "short-video: no exam, direct certificate", "推荐")
P("fenlei", "ad-5790.html", "商丘 人工智能训练师 快速拿证 不用考试", """
<dl class="info"><dt>类别</dt><dd>教育培训-考证</dd><dt>区域</dt><dd>商丘-睢阳</dd><dt>联系人</dt><dd>王老师</dd>
<dt>电话</dt><dd>17703861592</dd></dl>
<p>人工智能训练师证快速下证，三级同报优惠，不用考试，资料齐全一个月拿证，可挂靠年入2万。</p>""",
  True, "U05", "王老师",
  [("phone", "+8617703861592", "17703861592")], "classified: no exam, 挂靠 income", "教育培训")

# ================= U06 青岛数标科技 (job lure: training fee before job) =================
P("fenlei", "ad-6033.html", "【急招】数据标注员 在家办公 日结 月入8000+（需岗前培训）", """
<dl class="info"><dt>类别</dt><dd>招聘-兼职</dd><dt>区域</dt><dd>青岛-黄岛</dd><dt>联系人</dt><dd>人事部</dd>
<dt>电话</dt><dd>185 6193 7204</dd><dt>邮箱</dt><dd>hr@shubiao-tech.com</dd></dl>
<p>青岛数标科技招聘数据标注员，无经验可，需先参加岗前培训并考取人工智能训练师证书（培训费2980元，可分期），
持证后安排上岗，协议就业。</p>""",
  True, "U06", "青岛数标科技",
  [("phone", "+8618561937204", "185 6193 7204"), ("email", "hr@shubiao-tech.com", "hr@shubiao-tech.com")],
  "job ad requiring paid training and certificate", "招聘求职")
P("news", "job-0703.html", "青岛数标科技招聘：数据标注员50名（招聘频道）", """
<div class="src">招聘频道 2025-07-03</div>
<p>公司简介：青岛数标信息科技有限公司，专注AI数据服务。</p>
<p>岗位：数据标注员50名，要求持有人工智能训练师证书，无证者可参加公司合作培训（费用自理，考证包过）。</p>
<p>简历投递：HR@shubiao-tech.com &nbsp; 公司网站：www.shubiao-tech.com</p>""",
  True, "U06", "青岛数标信息科技有限公司",
  [("email", "hr@shubiao-tech.com", "HR@shubiao-tech.com"), ("domain", "shubiao-tech.com", "www.shubiao-tech.com")],
  "recruitment post selling paid training", "招聘频道")
P("wenda", "q-233.html", "青岛数据标注员工作要先交培训费正常吗？", f"""
<div class="question">提问者：小陈 &nbsp; 面试说先交2980培训考证，考完才上岗，正常吗？</div>
<div class="answer">数标科技HR 的回答：我们是正规公司（统一社会信用代码{U06_USCC}），培训后考人工智能训练师证，
协议就业，有疑问可以电话18561937204，公司官网 shubiao-tech.com 有介绍。</div>
<div class="answer best">热心网友：先交钱后上岗的基本都是培训贷套路，建议拨打12315咨询。</div>""",
  True, "U06", "数标科技",
  [("phone", "+8618561937204", "18561937204"), ("domain", "shubiao-tech.com", "shubiao-tech.com"),
   ("uscc", U06_USCC, U06_USCC)],
  "Q&A: company HR defends pay-first training", "职场")

# ================= U07 潍坊优职教育 (honest) =================
P("wx", "a-yzjy-0610.html", "潍坊优职教育｜人工智能训练师四级周末班招生", f"""
<div class="meta">优职教育潍坊 2025-06-10</div>
<p>人工智能训练师属于职业技能等级认定，证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
<p>四级报考条件：取得五级证书后从事本职业满4年，或累计工作满6年，或相关专业技工院校毕业。</p>
<p>培训费2600元，认定费另计；符合条件可申请技能提升补贴，详询12333。</p>
<p>在线报名：jinshuju.net/f/yZ6t2K &nbsp; 咨询：0536-8092371</p>
<p>潍坊优职教育咨询有限公司 统一社会信用代码：{U07_USCC}</p>""",
  True, "U07", "优职教育潍坊",
  [("phone", "053608092371", "0536-8092371"), ("uscc", U07_USCC, U07_USCC)],
  "honest enrolment article", "职业培训")
P("wenda", "q-219.html", "潍坊哪里可以正规培训人工智能训练师？", """
<div class="question">提问者：潍坊打工人 &nbsp; 想考个五级证，哪里有正规的？</div>
<div class="answer best">优职教育-李老师 的回答：潍坊优职教育有周末班，先确认你是否满足工作满一年的条件，
不满足的话不建议报。可以加微信 yzjy0536 或打 0536 8092371 咨询；报名链接 jinshuju.net/f/yZ6t2K。</div>
<div class="answer">网友：我也想了解，我QQ 1094837265</div>""",
  True, "U07", "优职教育",
  [("wechat", "yzjy0536", "yzjy0536"), ("phone", "053608092371", "0536 8092371")],
  "Q&A answer by a seller", "教育")
P("blog", "p-12.html", "考证笔记：我在潍坊报了人工智能训练师五级（附机构联系方式）", """
<div class="post"><p>去年做了一年数据标注，今年在潍坊优职教育报了五级班，总体还行，老师会先审核工作证明。</p>
<p>机构老师让我帮忙转一下：今年秋季班还有名额，想报的加微信 YZJY0536（备注老周博客），报名前先核对条件。</p>
<p>提醒：证书查询请认准 zscx.osta.org.cn，别信所谓“内部渠道”。</p></div>""",
  True, "U07", "潍坊优职教育",
  [("wechat", "yzjy0536", "YZJY0536")], "blog post relaying a seller's invitation", "考证笔记")

# ================= U08 洛阳锦程教育 =================
P("keyou", "course-3305.html", "【锦程教育】人工智能训练师四级+五级 双证班 包教包会", """
<div class="shop">开课机构：洛阳锦程教育</div><div class="price">¥2880</div><p>618活动编号：13620250618</p>
<p>双证班：五级+四级一起考，一次拿双证，学历不限。</p>
<p>机构电话：136 0379 0526 &nbsp; QQ：1579346820</p>""",
  True, "U08", "洛阳锦程教育",
  [("phone", "+8613603790526", "136 0379 0526"), ("qq", "1579346820", "1579346820")],
  "marketplace: 双证 bundle", "考证专区")
P("fenlei", "ad-6201.html", "洛阳 AI训练师证 双证班 学历不限", """
<dl class="info"><dt>类别</dt><dd>教育培训-考证</dd><dt>区域</dt><dd>洛阳-涧西</dd><dt>联系人</dt><dd>锦程赵老师</dd>
<dt>电话</dt><dd>13603790526</dd></dl>
<p>锦程证书服务：人工智能训练师五级四级双证，学历不限，两个月拿证，可开发票。</p>""",
  True, "U08", "锦程证书服务",
  [("phone", "+8613603790526", "13603790526")], "classified ad", "教育培训")
P("shop", "item-52.html", "人工智能训练师 考证资料+报名服务 锦程教育", """
<div class="sku">规格：资料包 ¥199 / 资料+报名 ¥2880</div><div class="price">¥199</div>
<p>售后联系：1579346820@qq.com（QQ同号1579346820）</p>
<p>联系电话：138-0000-0000（模板示例，以店铺客服为准）</p>""",
  True, "U08", "锦程教育",
  [("email", "1579346820@qq.com", "1579346820@qq.com"), ("qq", "1579346820", "1579346820")],
  "shop listing", "考证培训")

# ================= U09 济宁智联职训 =================
P("bbs", "thread-3450.html", "[培训信息] 济宁 AI训练师速成营 7天拿证班", """
<table class="post"><tr><td class="author">AI训练师速成营<br>注册会员</td><td>
<p>7天速成，考前押题，五级四级均可，官方指定考点，名额紧张。</p>
<p>微信：jnzl_ai &nbsp; 电话：150 5471 2683</p></td></tr>
<tr><td class="author">版主</td><td>已移至培训信息版块，请网友自行甄别。</td></tr></table>""",
  True, "U09", "AI训练师速成营",
  [("wechat", "jnzl_ai", "jnzl_ai"), ("phone", "+8615054712683", "150 5471 2683")],
  "forum ad: 速成, 官方指定", "职业培训")
P("video", "v9233.html", "7天拿下人工智能训练师证书 济宁线下班", """
<div class="desc">@济宁智联职训 7天速成班开课啦，零基础也能过！V：jnzl_ai</div>
<div class="cmt">网友：济宁哪里？ &nbsp; 作者：任城区，私信发定位</div>""",
  True, "U09", "济宁智联职训",
  [("wechat", "jnzl_ai", "jnzl_ai")], "short-video ad", "同城")
P("blog", "p-15.html", "（推广）济宁智联职训：AI训练师速成营秋季班", """
<div class="post"><p>本文为合作推广。济宁智联职训秋季速成营开班，7天集训+考前冲刺。</p>
<p>报名电话：150-5471-2683</p><p>对公收款：济宁智联职业培训学校有限公司（开户行：中国银行济宁任城支行）</p></div>""",
  True, "U09", "济宁智联职训",
  [("phone", "+8615054712683", "150-5471-2683"), ("other", "济宁智联职业培训学校有限公司", "济宁智联职业培训学校有限公司")],
  "sponsored blog post", "AI学习")

# ================= independents =================
P("keyou", "course-4410.html", "【牧野AI职培】人工智能训练师五级 新乡线下小班", """
<div class="shop">开课机构：牧野AI职培（新乡）</div><div class="price">¥1680</div><p>618活动编号：13620250618</p>
<p>小班15人，需相关工作满一年，提供工作证明模板。</p><p>电话：138 3731 9584 &nbsp; 微信：muye_px</p>""",
  True, "I01", "牧野AI职培",
  [("phone", "+8613837319584", "138 3731 9584"), ("wechat", "muye_px", "muye_px")], "independent marketplace listing", "考证专区")
P("bbs", "thread-3477.html", "[培训信息] 数据标注实操带教，一对一，顺便辅导五级认定", """
<table class="post"><tr><td class="author">标注老兵<br>中级会员</td><td>
<p>做了四年标注，带新人实操，顺带辅导人工智能训练师五级的理论和实操，不承诺拿证。Q：3071926645</p></td></tr></table>""",
  True, "I02", "标注老兵",
  [("qq", "3071926645", "3071926645")], "individual tutor offer", "职业培训")
P("wx", "a-qidu-0615.html", "齐都职业培训学校人工智能训练师（五级）开班通知", f"""
<div class="meta">淄博齐都职培 2025-06-15</div>
<p>我校经临淄区人社局批准开展职业培训，现开设人工智能训练师（五级）班。政策咨询12333。</p>
<p>报名登记：jinshuju.net/f/Qd31mA &nbsp; 电话：0533-2186037</p>
<p>淄博市临淄区齐都职业培训学校 统一社会信用代码 {I03_USCC}</p>""",
  True, "I03", "淄博市临淄区齐都职业培训学校",
  [("phone", "053302186037", "0533-2186037"), ("uscc", I03_USCC, I03_USCC)], "independent school notice", "职业培训")
P("blog", "p-18.html", "我的《AI训练师入门》线上小课开放报名", """
<div class="post"><p>不少读者问数据标注怎么入门，我录了一套12节的小课，99元，讲标注规范和五级认定要点，不包证书。</p>
<p>1+X证书已于2025年底停止新开，别再买“1+X人工智能证书”；旧证查询在 vslc.ncb.edu.cn。</p>
<p>报名：微信 laozhou-ai，或邮件 laozhou_ai@foxmail.com。</p></div>""",
  True, "I04", "老周",
  [("wechat", "laozhou-ai", "laozhou-ai"), ("email", "laozhou_ai@foxmail.com", "laozhou_ai@foxmail.com")],
  "blogger's own course", "AI学习")
P("shop", "item-60.html", "日照 海曲职业技能培训 人工智能训练师五级面授班定金", """
<div class="sku">规格：定金 ¥300（总价1980）</div><div class="price">¥300</div>
<p>日照海曲职业技能培训，面授60课时，到店核验工作证明。电话 198 5332 6408</p>
<p>联系电话：138-0000-0000（模板示例，以店铺客服为准）</p>""",
  True, "I05", "海曲职业技能培训",
  [("phone", "+8619853326408", "198 5332 6408")], "independent shop deposit", "考证培训")
P("wenda", "q-240.html", "菏泽有人工智能训练师培训吗？", """
<div class="question">提问者：牡丹区小张 &nbsp; 求推荐</div>
<div class="answer best">曹州AI培训 的回答：我们在菏泽牡丹区，五级周末班，8月开课，电话18253017469，
需要一年相关工作经历，学费1800元。</div>""",
  True, "I06", "曹州AI培训",
  [("phone", "+8618253017469", "18253017469")], "independent Q&A answer", "教育")

# ================= non-offers =================
P("news", "warn-0528.html", "警惕！“人工智能训练师包过”骗局又出新花样", """
<div class="src">本网记者 2025-05-28</div>
<p>近日，济南市民刘女士反映，她通过短视频添加对方微信 kaozheng_vip666 后，缴纳3800元“三证联报”费用，
对方承诺“人社部颁发、不考试拿证”，收款后即将其拉黑。骗子电话为176-9842-1035。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；遇到虚假宣传可拨打12315投诉，
政策咨询请拨打12333。</p>""",
  note="news warning quoting a scammer's phone and WeChat", section="要闻")
P("news", "policy-0415.html", "解读：人工智能训练师证书是什么证？谁来发？", """
<div class="src">齐鲁职教新闻网 2025-04-15</div>
<p>人工智能训练师（4-04-05-05）是2020年发布的新职业，其证书属于职业技能等级证书，而非国家职业资格证书。
证书由经人社部门备案的用人单位或社会培训评价组织颁发，“人社部颁发”的说法不准确。</p>
<p>公众可登录技能人才评价工作网 osta.mohrss.gov.cn，或证书查询平台 zscx.osta.org.cn 核验。咨询电话：12333。</p>""",
  note="policy explainer", section="职业教育")
P("rsj", "notice-2025-11.html", "关于警惕冒用人社部门名义开展“山寨证书”培训的提示", """
<p>近期，有不法机构冒用人社部门名义，以“人社部颁发”“包过”“不用考试”等宣传人工智能训练师等证书培训。</p>
<p>我局提醒：职业技能等级证书可通过 zscx.osta.org.cn 查询，评价机构名单见 osta.mohrss.gov.cn。</p>
<p>如有疑问，请拨打人社服务热线12333；发现虚假广告请拨打12315。</p>
<p>郯城县人力资源和社会保障局 2025年5月</p>""",
  note="official warning notice", section="通知公告")
P("bbs", "thread-3390.html", "[曝光台] 被骗3800，所谓“人工智能训练师三证联报”", """
<table class="post"><tr><td class="author">受害者小刘<br>新手上路</td><td>
<p>在短视频上加了微信 kaozheng_vip666，交了钱就拉黑了，电话17698421035也打不通，已经打12315投诉并报警。</p></td></tr>
<tr><td class="author">热心网友</td><td>认准 zscx.osta.org.cn 能查的才是正规证书。</td></tr></table>""",
  note="complaint thread quoting a scammer", section="曝光台")
P("blog", "guide-ai-trainer.html", "人工智能训练师报考避坑指南（2025版）", """
<div class="post"><p>1. 这是职业技能等级证书，不是国家职业资格证书；2. 五级要求相关工作满一年；
3. 二级、一级不可能零基础报；4. “三证联报”“不用考试”都是红线；5. 查询只认 zscx.osta.org.cn、osta.mohrss.gov.cn，
1+X旧证在 vslc.ncb.edu.cn；6. 补贴问题打12333。</p></div>""",
  note="blog guide, no seller", section="考证笔记")
P("fenlei", "ad-6188.html", "商丘睢阳 家政保洁 开荒保洁 擦玻璃", """
<dl class="info"><dt>类别</dt><dd>家政服务</dd><dt>区域</dt><dd>商丘-睢阳</dd><dt>联系人</dt><dd>张阿姨</dd>
<dt>电话</dt><dd>139 9807 2265</dd></dl><p>家庭保洁、开荒保洁、擦玻璃，价格实惠，持证上岗（家政服务员）。</p>""",
  note="unrelated classified (housekeeping)", section="家政服务")

# ================= decoys =================
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "official legacy 1+X query platform"),
 ("phone", "4008207365", ["400-820-7365"], "keyou marketplace customer-service footer"),
 ("email", "kefu@keyouwang.cn", ["kefu@keyouwang.cn"], "keyou marketplace footer e-mail"),
 ("uscc", KEYOU_USCC, [KEYOU_USCC], "keyou marketplace operator's own USCC in footer"),
 ("qq_group", "563820194", ["563820194"], "forum's own QQ group in sidebar/footer"),
 ("other", "豫ICP备19028573号-2", ["豫ICP备19028573号-2"], "classifieds site ICP in footer"),
 ("domain", "qlzjnews.cn", ["www.qlzjnews.cn"], "news site's own domain in footer"),
 ("email", "help@kuaikan-video.cn", ["help@kuaikan-video.cn"], "short-video platform footer e-mail"),
 ("qq", "800063155", ["800063155"], "blog host's customer-service QQ in footer"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline on shop"),
 ("phone", "+8617698421035", ["176-9842-1035", "17698421035"], "scammer phone quoted in news and complaint"),
 ("wechat", "kaozheng_vip666", ["kaozheng_vip666"], "scammer WeChat quoted in news and complaint"),
 ("phone", "+8613620250618", ["13620250618"], "marketplace 618 promotion number, looks like a mobile"),
 ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder phone"),
 ("wechat", "lily_8823", ["lily_8823"], "a reader's own WeChat in comments"),
 ("qq", "1094837265", ["1094837265"], "a reader's own QQ in answers"),
 ("phone", "037163358021", ["0371-63358021"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("other", "S000041010123245000186", ["S000041010123245000186"], "certificate sample number"),
 ("phone", "053906211235", ["0539-6211235"], "county 人社局 switchboard in site footer"),
 ("phone", "037155031290", ["0371-55031290"], "Q&A platform's report line in footer"),
 ("phone", "053186997710", ["0531-86997710"], "news site's news hotline in footer"),
 ("email", "admin@yuluzhijiao.com", ["admin@yuluzhijiao.com"], "forum admin e-mail in footer"),
 ("email", "jubao@bianmin365.net", ["jubao@bianmin365.net"], "classifieds report e-mail in footer"),
 ("email", "tougao@zjhzz.com", ["tougao@zjhzz.com"], "repost site's submission e-mail in footer"),
 ("email", "ts@taoxuejishi.com", ["ts@taoxuejishi.com"], "shop platform complaint e-mail in footer"),
 ("other", "京ICP备18064213号-3", ["京ICP备18064213号-3"], "marketplace ICP in footer"),
]

# ---------------- render ----------------
def page_html(pg, site_pages):
    s = SITES[pg["site"]]
    e = html.escape
    menu = " ".join(f'<a href="index.html">{e(m)}</a>' for m in s["menu"])
    crumbs = f'<a href="../index.html">导航</a> &gt; <a href="index.html">{e(s["name"])}</a>'
    if pg["fn"] != "index.html":
        crumbs += f' &gt; {e(pg["section"])} &gt; {e(pg["title"][:18])}…'
    others = [q for q in site_pages if q["fn"] not in (pg["fn"], "index.html")][:4]
    related = "".join(f'<li><a href="{q["fn"]}">{e(q["title"])}</a></li>' for q in others)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(pg["title"])} - {e(s["name"])}</title>
<style>{CSS[s["style"]]}</style></head>
<body class="{s["style"]}">
<header><div class="logo">{e(s["name"])}</div><nav>{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<main><h1>{e(pg["title"])}</h1>
{pg["body"].strip()}
</main>
<aside class="sidebar">{s["side"]}</aside>
<div class="related"><h4>相关阅读</h4><ul>{related}</ul></div>
<footer>{s["foot"]}</footer>
</body></html>
"""

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    # site indexes (non-offer unless already defined)
    for sid in SITE_ORDER:
        if not any(p["site"] == sid and p["fn"] == "index.html" for p in PAGES):
            lst = [p for p in PAGES if p["site"] == sid]
            items = "".join(f'<li><a href="{p["fn"]}">{html.escape(p["title"])}</a></li>' for p in lst)
            P(sid, "index.html", SITES[sid]["name"] + " 首页", f"<h3>最新内容</h3><ul>{items}</ul>",
              note="site index", section=SITES[sid]["menu"][0])
    # make sure the qihang index links to every qihang page
    files = {}
    for sid in SITE_ORDER:
        sp = [p for p in PAGES if p["site"] == sid]
        idx = [p for p in sp if p["fn"] == "index.html"][0]
        for p in sp:
            if p["fn"] != "index.html" and f'href="{p["fn"]}"' not in idx["body"]:
                idx["body"] += f'\n<p><a href="{p["fn"]}">{html.escape(p["title"])}</a></p>'
        os.makedirs(os.path.join(OUT, sid), exist_ok=True)
        for p in sp:
            h = page_html(p, sp)
            path = f"/{sid}/{p['fn']}"
            files[path] = h
            with open(os.path.join(OUT, sid, p["fn"]), "w", encoding="utf-8") as f:
                f.write(h)
    hub_items = "".join(f'<li><a href="{sid}/index.html">{html.escape(SITES[sid]["name"])}</a>（{SITES[sid]["dom"]}）</li>'
                        for sid in SITE_ORDER)
    hub = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周检索记录：人工智能训练师考证</title></head>
<body><h1>一周检索记录：人工智能训练师（4-04-05-05）考证相关网页</h1><ul>{hub_items}</ul></body></html>
"""
    files["/index.html"] = hub
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                  note="hub linking every site index")]
    for sid in SITE_ORDER:
        for p in PAGES:
            if p["site"] == sid:
                pages.append(dict(path=f"/{sid}/{p['fn']}", is_offer=p["is_offer"], operator=p["operator"],
                                  provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        hits = sorted(path for path, h in files.items() if any(w in h for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=hits, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
