#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------- USCC (GB 32100-2015) ----------------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, w in zip(code8, ws):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPH.index(c) * w for c, w in zip(body, W))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPH[r]

USCC_U01 = uscc("91110108", "MA01K7R3")
USCC_U02 = uscc("91450202", "MA5P2X81")
USCC_U03 = uscc("91110105", "MA04D9T6")
USCC_U05 = uscc("91110108", "MA00H3Q5")
USCC_U08 = uscc("91110105", "MA01W6N2")
USCC_U09 = uscc("52450200", "MJ1843C7")   # 民办非企业单位 (a private school)

# ---------------- sites ----------------
SITES = {}

def site(key, name, dom, style, nav, footer, side):
    SITES[key] = dict(key=key, name=name, dom=dom, style=style, nav=nav, footer=footer, side=side, pages=[])

site("bjzx", "北京智信职业技能培训学校", "www.bjzxpx.cn", "training-company site (北京)",
     ["首页", "培训课程", "报考指南", "师资团队", "联系我们"],
     "<p>北京智信职业技能培训学校 版权所有 | 地址：北京市海淀区上地信息路甲28号科实大厦B座5层</p>"
     "<p>咨询电话：010-82763301 | 手机：137 1662 4518 | 邮箱：zhaosheng@bjzxpx.cn | 网址：www.bjzxpx.cn</p>"
     f"<p>统一社会信用代码：{USCC_U01} | 京ICP备2021031175号-1</p>",
     "<h4>热门课程</h4><ul><li>人工智能训练师（五级/四级）</li><li>数据标注员实操班</li><li>Python数据处理</li></ul>")
site("lzhx", "汇学教育·柳州职业培训", "www.lzhxedu.com", "training-company site (柳州), loud",
     ["首页", "热门证书", "学员喜报", "报名流程", "关于汇学"],
     "<p>柳州市汇学教育咨询有限公司 | 地址：柳州市城中区文昌路18号恒达巴黎春天1栋1206</p>"
     "<p>报名热线：189 7725 6630（微信同号） 座机：0772-3125566 QQ：2873310456 官网：www.lzhxedu.com</p>"
     f"<p>信用代码 {USCC_U02} | 桂ICP备2022004417号</p>",
     "<h4>近期开班</h4><ul><li>人工智能训练师 周末班</li><li>健康管理师</li><li>心理咨询 取证班</li></ul>")
site("kc", "学途课堂", "www.xuetuketang.com", "course marketplace",
     ["首页", "IT互联网", "职业考证", "AI课程", "讲师入驻"],
     "<p>学途课堂 — 职业技能在线学习平台 | 平台客服：400-920-1188 | 学员交流QQ群：519203746</p>"
     "<p>平台仅提供信息展示与技术服务，课程内容及证书由机构自行负责 | 京ICP备19047725号 | kefu@xuetuketang.com</p>",
     "<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构资质审核</li></ul>")
site("bbs", "柳州e家论坛", "www.lzejia.com", "local forum",
     ["首页", "柳州杂谈", "求职招聘", "教育培训", "维权曝光"],
     "<p>柳州e家论坛 www.lzejia.com | 站务客服：0772-2808866 | 投诉邮箱：service@lzejia.com</p>"
     "<p>本站帖子仅代表网友个人观点 | 桂ICP备10202281号-2</p>",
     "<h4>版规</h4><p>发广告请到【教育培训】版，留联系方式请自负风险。</p>")
site("fl", "快帮分类信息网", "www.kuaibangfl.com", "classifieds",
     ["首页", "北京", "柳州", "教育培训", "二手物品"],
     "<p>快帮分类信息网 | 客服电话：400-600-5858 | 京ICP备12038861号 | 京公网安备11010502031462号</p>"
     "<p>温馨提示：凡是要求先交定金、押金的都可能是骗局，请谨慎交易。</p>",
     "<h4>发布须知</h4><p>发布信息请如实填写，联系电话：138 0013 8000（此为填写示例）</p>")
site("wd", "问知道", "www.wenzhidao.net", "Q&A site",
     ["首页", "教育", "职场", "考证", "我的提问"],
     "<p>问知道 wenzhidao.net | 举报邮箱：jubao@wenzhidao.net | 京ICP备16008732号</p>",
     "<h4>相关问题</h4><ul><li>数据标注员有没有前途？</li><li>人社局的证在哪查？</li></ul>")
site("wx", "微文摘", "www.wxwenzhai.cn", "WeChat-article reposts",
     ["首页", "教育", "职场", "科技", "本地"],
     "<p>微文摘 收录公众号优质文章，版权归原作者 | 投稿/删稿：tougao@wxwenzhai.cn | 蜀ICP备18033021号</p>",
     "<h4>热门文章</h4><ul><li>2026年这些证书还值得考</li><li>AI时代的新职业</li></ul>")
site("shop", "一点购", "www.yidiangou.com", "online shop",
     ["首页", "图书教育", "职业培训", "虚拟服务", "我的订单"],
     "<p>一点购 商家自主经营 | 支付宝担保交易，支付问题请拨支付宝客服 95188 | 平台客服 400-011-5566</p>"
     "<p>订单号（如 260511203388）请勿泄露给任何人 | 浙ICP备15023340号 | 网络文化经营许可证 浙网文〔2019〕1188-098号</p>",
     "<h4>店铺保障</h4><ul><li>正品保障</li><li>极速退款</li></ul>")
site("sv", "快看短视频", "www.kuaikansp.com", "short-video pages",
     ["推荐", "关注", "同城", "知识", "直播"],
     "<p>快看短视频 网页版 | 违法和不良信息举报：jubao@kuaikansp.com | 京ICP备20011543号</p>",
     "<h4>猜你喜欢</h4><ul><li>AI绘画10分钟上手</li><li>副业月入过万？</li></ul>")
site("news", "京城晚讯", "www.jcwanxun.com", "news site",
     ["首页", "时政", "社会", "教育", "财经"],
     "<p>京城晚讯 新闻热线：010-67089900 | 京ICP备08109123号</p>",
     "<h4>排行</h4><ul><li>人社部：警惕山寨证书</li><li>北京积分落户新规解读</li></ul>")
site("rsj", "柳州市人力资源和社会保障局", "rsj.lzgov.example.cn", "人社局-style notice site",
     ["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
     "<p>主办：柳州市人力资源和社会保障局 | 咨询电话：0772-2823566 | 人社服务热线：12333</p>"
     "<p>桂ICP备05002369号 | 网站标识码 4502000011</p>",
     "<h4>便民服务</h4><ul><li>技能人才评价证书查询 zscx.osta.org.cn</li><li>社保查询</li></ul>")

PAGES = []

def page(sitekey, fname, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    p = dict(site=sitekey, path=f"/{sitekey}/{fname}", title=title, body=body, is_offer=is_offer,
             operator=operator, provider=provider, ids=[list(x) for x in ids], note=note)
    PAGES.append(p)
    SITES[sitekey]["pages"].append(p)
    return p

# common decoy phrases
VENUE_LZ = "考点：柳州城市职业学院实训楼（考点前台 0772-3151200）"
BATCH = "柳州市2026年第5批职业技能等级认定计划（批次号 13520260517）"
CERT_EX = "证书编号样例：S000045000123265000123"
ZSCX = "zscx.osta.org.cn"
JNDJ = "jndj.osta.org.cn"
FORM = "报名表：https://jinshuju.net/f/"

# =============== U01 北京智信 (honest) ===============
U01_FOOT = [("phone", "01082763301", "010-82763301"),
            ("phone", "+8613716624518", "137 1662 4518"),
            ("email", "zhaosheng@bjzxpx.cn", "zhaosheng@bjzxpx.cn"),
            ("domain", "bjzxpx.cn", "www.bjzxpx.cn"),
            ("uscc", USCC_U01, USCC_U01)]
page("bjzx", "course-5ji.html", "人工智能训练师（五级）培训班招生简章",
     "<h1>人工智能训练师（五级/初级工）培训班招生简章</h1>"
     "<p>职业编码 4-04-05-05，依据《人工智能训练师国家职业技能标准（2021年版）》开展培训。参考课时60课时，含数据采集、数据标注、智能系统运维基础。</p>"
     "<p><b>报名条件</b>：累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满。请携带社保缴费记录或在职证明。</p>"
     "<p><b>费用</b>：培训费2680元（含教材），认定费按备案评价机构标准另行收取。符合条件的参保职工可申领失业保险技能提升补贴（五级最高1000元）。</p>"
     "<p>证书为职业技能等级证书，由备案评价机构颁发，可在 " + ZSCX + " 查询。我校不承诺“包过”，考核不合格可免费重修一次。</p>"
     "<p>报名咨询：010-82763301 转 2，或添加招生老师微信 zhixin_ai01</p>",
     True, "U01", "北京智信职业技能培训学校",
     U01_FOOT + [("wechat", "zhixin_ai01", "zhixin_ai01")], "U01 own site: level-5 course, honest wording")
page("bjzx", "course-4ji.html", "人工智能训练师（四级）周末班",
     "<h1>人工智能训练师（四级/中级工）周末班</h1>"
     "<p>面向已取得五级证书并从事相关工作4年以上，或技工院校相关专业毕业生。参考课时50课时。</p>"
     "<p>课程内容：数据采集和处理、数据标注、智能系统运维。理论+实操，线下授课地点：海淀上地。</p>"
     "<p>学费3280元，2026年6月班剩余名额12个。补贴政策以人社部门规定为准，可拨打12333咨询。</p>"
     "<p>证书查询：jndj.osta.org.cn 或 " + ZSCX + "，我校合作评价机构可在 pjjg.osta.org.cn 查到。" + CERT_EX + "（第16位为等级）。</p>"
     "<p>咨询老师微信：ZhiXin_AI01</p>",
     True, "U01", "北京智信职业技能培训学校",
     U01_FOOT + [("wechat", "zhixin_ai01", "ZhiXin_AI01")], "U01 own site: level-4 course")
page("kc", "c-1021.html", "【智信AI学院】人工智能训练师四级 直播+实操",
     "<h1>人工智能训练师四级 直播+实操 · 智信AI学院</h1>"
     "<div class='meta'>课程编号：KC1021 | 已报名 326 人 | 评分 4.8</div>"
     "<p>机构：智信AI学院（线下校区：北京海淀上地）。直播课32节+线下实操2天，配套标注平台练习账号。</p>"
     "<p>价格：¥2980（平台券后¥2880）。报考需满足国家职业技能标准的申报条件，报名前老师会审核资料。</p>"
     "<p>机构联系：137-1662-4518（招生孙老师）微信 ZhiXin_AI01</p>",
     True, "U01", "智信AI学院",
     [("phone", "+8613716624518", "137-1662-4518"), ("wechat", "zhixin_ai01", "ZhiXin_AI01")],
     "U01 on the course marketplace under another brand")
page("wx", "a-zhixin.html", "人工智能训练师到底是什么证？一文讲清（转）",
     "<h1>人工智能训练师到底是什么证？一文讲清</h1><div class='src'>原创 智信教育 2026-05-12 北京</div>"
     "<p>人工智能训练师（4-04-05-05）是2020年人社部等发布的新职业，包含数据标注员、人工智能算法测试员两个工种。证书属于职业技能等级证书，由备案的评价机构颁发，不是“国家职业资格证书”。</p>"
     "<p>6月我们开设五级、四级班，名额有限。报名电话 (010)8276 3301，官网 www.bjzxpx.cn</p>"
     "<p>-- 长按识别二维码关注“智信教育” --</p>",
     True, "U01", "智信教育",
     [("phone", "01082763301", "(010)8276 3301"), ("domain", "bjzxpx.cn", "www.bjzxpx.cn")],
     "repost of U01's WeChat article with enrolment call")

# =============== U02 柳州汇学 (dishonest) ===============
U02_FOOT = [("phone", "+8618977256630", "189 7725 6630"), ("phone", "07723125566", "0772-3125566"),
            ("qq", "2873310456", "2873310456"), ("uscc", USCC_U02, USCC_U02), ("domain", "lzhxedu.com", "www.lzhxedu.com")]
page("lzhx", "ai-xunlian.html", "人工智能训练师证 人社部颁发 全国通用",
     "<h1>🔥人工智能训练师证书 火热报名中🔥</h1>"
     "<p>★人社部颁发 ★国家职业资格证书 ★全国联网可查 ★零基础 不限学历 不限经验</p>"
     "<p>三级/二级/一级均可报，三级连报优惠：一次拿三证只要6980元！补贴后几乎免费！</p>"
     "<p>考试时间：" + BATCH + "，" + VENUE_LZ + "。</p>"
     "<p>报名流程：加微信 hx_liuzhou88 → 发身份证照片 → 交费 → 等证。收款账户：柳州市汇学教育咨询有限公司</p>",
     True, "U02", "汇学教育",
     U02_FOOT + [("wechat", "hx_liuzhou88", "hx_liuzhou88"), ("other", "柳州市汇学教育咨询有限公司", "柳州市汇学教育咨询有限公司")],
     "U02 own site: 人社部颁发, three levels at once, zero-basis")
page("lzhx", "baoguo-ban.html", "人工智能训练师 包过VIP班",
     "<h1>VIP包过班（内部渠道）</h1>"
     "<p>不用上课，不用考试，提供资料即可，45天出证，官网可查，不过全额退款！名额紧张，仅限本月。</p>"
     "<p>VIP班 9800元，可挂靠企业，年收益2-3万。咨询 18977256630</p>"
     "<p>学员喜报：恭喜柳州韦同学一次拿下二级技师！</p>",
     True, "U02", "柳州汇学职业培训",
     U02_FOOT + [("phone", "+8618977256630", "18977256630")], "U02 own site: 包过 / 挂靠 lure")
page("bbs", "t-2207.html", "柳州考人工智能训练师，有需要的来",
     "<h1>柳州考人工智能训练师，有需要的来</h1>"
     "<div class='post'><div class='au'>楼主：汇学小周 | 发表于 2026-05-08 21:13</div>"
     "<p>本地正规机构，人社局备案，证书网上可查。零基础也能考，三级起报，下半年积分入户能用。</p>"
     "<p>有意向的私信或者加V：hx_liuzhou88 电话189-7725-6630</p></div>"
     "<div class='post'><div class='au'>2楼：柳江小胖</div><p>三级不是要先有四级吗？</p></div>"
     "<div class='post'><div class='au'>3楼：汇学小周</div><p>回复2楼：我们这边有特殊渠道，私聊。</p></div>",
     True, "U02", "汇学小周",
     [("wechat", "hx_liuzhou88", "hx_liuzhou88"), ("phone", "+8618977256630", "189-7725-6630")],
     "U02 forum ad post by an agent")
page("sv", "v-3391.html", "柳州姐妹们 这个证现在考最划算",
     "<h1>柳州姐妹们 这个证现在考最划算！</h1><div class='meta'>@汇学老师 · 2.1万赞 · 柳州</div>"
     "<p>视频文案：人工智能训练师，人社部颁发，考了能领补贴，还能涨工资！评论区扣1，私信我，或者搜V：HX_LIUZHOU88</p>"
     "<div class='cm'><p>用户7732：多少钱</p><p>汇学老师：私信了哈 也可以加扣扣 2873310456</p></div>",
     True, "U02", "汇学老师",
     [("wechat", "hx_liuzhou88", "HX_LIUZHOU88"), ("qq", "2873310456", "2873310456")],
     "U02 short-video page")

# =============== U03 北京启元数智 (dishonest) ===============
page("kc", "c-1033.html", "【启元AI培训】人工智能训练师三级 保姆级全程班",
     "<h1>人工智能训练师三级 保姆级全程班</h1><div class='meta'>课程编号：KC1033 | 已报名 1,208 人</div>"
     "<p>机构：启元AI培训。三级高级工，零基础可报！专业老师一对一辅导，通过率98%，官方指定教材。</p>"
     "<p>价格：¥4980，三级+二级联报¥8800。</p>"
     "<p>课程顾问热线：400-668-7520 微信：QiYuan-AI</p>",
     True, "U03", "启元AI培训",
     [("phone", "4006687520", "400-668-7520"), ("wechat", "qiyuan-ai", "QiYuan-AI")],
     "U03 on marketplace: level 3 to beginners, 98% pass")
page("fl", "p-8812.html", "北京 人工智能训练师报名 三级二级 快速拿证",
     "<h1>北京 人工智能训练师报名 三级二级 快速拿证</h1>"
     "<div class='meta'>类别：教育培训-职业技能 | 区域：北京-朝阳 | 发布：2026-05-10 | 信息编号 8812</div>"
     "<p>启元数智常年招生，人工智能训练师三级、二级，不限专业不限年龄，60天拿证，国家认可。</p>"
     "<p>联系人：刘老师 158 0129 7734（微信 qiyuan-ai）</p>",
     True, "U03", "启元数智",
     [("phone", "+8615801297734", "158 0129 7734"), ("wechat", "qiyuan-ai", "qiyuan-ai")],
     "U03 classified ad")
page("shop", "item-5521.html", "人工智能训练师考证 网课+报名 官网可查",
     "<h1>人工智能训练师考证 网课+报名代办 官网可查</h1><div class='meta'>店铺：启元教育旗舰店 | 月销 86</div>"
     "<p>三级 ¥3980 / 二级 ¥5980 / 三证套餐 ¥8980。拍下后联系客服提交资料。</p>"
     "<p>售后电话：15801297734 | 经营主体：北京启元数智科技有限公司 统一社会信用代码 " + USCC_U03 + "</p>",
     True, "U03", "启元教育旗舰店",
     [("phone", "+8615801297734", "15801297734"), ("uscc", USCC_U03, USCC_U03),
      ("other", "北京启元数智科技有限公司", "北京启元数智科技有限公司")],
     "U03 shop listing, price per certificate")
page("wd", "q-118.html", "人工智能训练师证哪里报名比较靠谱？",
     "<h1>人工智能训练师证哪里报名比较靠谱？</h1>"
     "<div class='q'><p>北京的，想考个AI训练师，网上一搜全是机构，看花眼了。</p></div>"
     "<div class='a'><div class='au'>网友 启元顾问小王 的回答</div>"
     "<p>推荐启元，我们是北京本地机构，一站式服务，包含报名、培训、考试，拿证快。可以打 4006 687 520 或发邮件 qiyuanai#163.com（#换成@）</p></div>"
     "<div class='a'><div class='au'>网友 路过的HR 的回答</div><p>先去 " + ZSCX + " 看看证书能不能查，别信包过。</p></div>",
     True, "U03", "启元",
     [("phone", "4006687520", "4006 687 520"), ("email", "qiyuanai@163.com", "qiyuanai#163.com")],
     "U03 promotional answer on Q&A")

# =============== U04 桂智云 覃老师 (agent, dishonest) ===============
page("bbs", "t-2231.html", "【招生】人工智能训练师 柳州可报 补贴3120",
     "<h1>【招生】人工智能训练师 柳州可报 最高补贴3120</h1>"
     "<div class='post'><div class='au'>楼主：桂智云覃老师 | 2026-05-11</div>"
     "<p>人工智能训练师三级报名中，人社部门备案认定的职业，考下来补贴最高3120！不限学历不限经验，挂靠每年还有收入。</p>"
     "<p>电话 136 0772 3418，学员QQ群 735201846，" + FORM + "gzy2026</p></div>"
     "<div class='post'><div class='au'>2楼：螺蛳粉不加辣</div><p>求带，我微信 lzmama_2019</p></div>",
     True, "U04", "桂智云覃老师",
     [("phone", "+8613607723418", "136 0772 3418"), ("qq_group", "735201846", "735201846")],
     "U04 forum ad; reader leaves own WeChat")
page("fl", "p-8840.html", "柳州 人工智能训练师 报考咨询 覃老师",
     "<h1>柳州 人工智能训练师 报考咨询</h1>"
     "<div class='meta'>类别：教育培训 | 区域：柳州-鱼峰 | 信息编号 8840</div>"
     "<p>桂智云职业培训中心，代报名人工智能训练师五级至一级，包过，一次性收费，拿证再付尾款。</p>"
     "<p>联系：覃老师 13607723418</p>",
     True, "U04", "桂智云职业培训中心",
     [("phone", "+8613607723418", "13607723418")], "U04 classified, 包过, all levels")
page("wx", "a-gzy.html", "2026年柳州人工智能训练师报考全攻略（内附补贴）",
     "<h1>2026年柳州人工智能训练师报考全攻略</h1><div class='src'>桂智云教育 2026-05-09 广西</div>"
     "<p>广东基础补贴五级1000元、四级1500元、三级2400元，广西也有类似政策（具体以人社局为准）。</p>"
     "<p>想报名的朋友加覃老师微信 Gzy_Qin，进学员群 735201846 领资料。考试安排见" + BATCH + "。</p>",
     True, "U04", "桂智云教育",
     [("wechat", "gzy_qin", "Gzy_Qin"), ("qq_group", "735201846", "735201846")],
     "U04 WeChat article repost")
page("news", "adv-0512.html", "AI时代新风口：人工智能训练师人才缺口大",
     "<h1>AI时代新风口：人工智能训练师人才缺口大</h1><div class='meta'>来源：合作稿件 2026-05-12</div>"
     "<p>记者了解到，随着大模型应用落地，数据标注、算法测试岗位需求旺盛。桂智云教育负责人覃老师介绍，目前报考人工智能训练师的人数同比增长超过三倍。</p>"
     "<p>据悉，该机构学员通过率高达99%。报名咨询：136-0772-3418，微信 gzy_qin。</p>"
     "<p>（本文为推广信息）</p>",
     True, "U04", "桂智云教育",
     [("phone", "+8613607723418", "136-0772-3418"), ("wechat", "gzy_qin", "gzy_qin")],
     "U04 advertorial on a news site")

# =============== U05 北京鼎学科技 (honest-ish) ===============
page("kc", "c-1047.html", "【鼎学AI训练营】数据标注员/人工智能训练师五级",
     "<h1>数据标注员（人工智能训练师五级）就业训练营</h1><div class='meta'>课程编号：KC1047 | 已报名 540 人</div>"
     "<p>机构：鼎学科技。8周线上训练营，真实标注项目实践。结营后符合申报条件者可参加备案评价机构组织的等级认定，认定费另计。</p>"
     "<p>价格 ¥1980。企业服务热线 400-816-9230，机构官网 dingxue.com.cn</p>",
     True, "U05", "鼎学AI训练营",
     [("phone", "4008169230", "400-816-9230"), ("domain", "dingxue.com.cn", "dingxue.com.cn")],
     "U05 marketplace course, honest")
page("wd", "q-125.html", "数据标注员培训有必要吗？",
     "<h1>数据标注员培训有必要吗？自学行不行？</h1>"
     "<div class='a'><div class='au'>网友 鼎学教研 的回答（机构认证）</div>"
     "<p>利益相关：我在鼎学做课程。五级主要考数据采集、标注和基础运维，自学也可以，但实操环境难找。我们训练营介绍在 www.dingxue.com.cn，可先看免费试听。</p></div>"
     "<div class='a'><div class='au'>网友 阿强 的回答</div><p>证书真假在 " + ZSCX + " 查，别的网站不算。</p></div>",
     True, "U05", "鼎学",
     [("domain", "dingxue.com.cn", "www.dingxue.com.cn")], "U05 disclosed promotional answer")
page("shop", "item-5530.html", "鼎学 人工智能训练师五级 线上训练营 课程兑换码",
     "<h1>鼎学 人工智能训练师五级 线上训练营</h1><div class='meta'>店铺：鼎学旗舰店 | 月销 214</div>"
     "<p>¥1980 课程兑换码，不含认定费。发票联系 kefu@dingxue.com.cn，客服 4008169230。</p>"
     "<p>经营者：北京鼎学科技有限公司 " + USCC_U05 + "</p>",
     True, "U05", "鼎学旗舰店",
     [("phone", "4008169230", "4008169230"), ("email", "kefu@dingxue.com.cn", "kefu@dingxue.com.cn"),
      ("uscc", USCC_U05, USCC_U05)], "U05 shop")
page("bbs", "t-2238.html", "有在北京工作的柳州老乡想学AI标注吗",
     "<h1>有在北京工作的柳州老乡想学AI标注吗</h1>"
     "<div class='post'><div class='au'>楼主：DX_小鹿 | 2026-05-13</div>"
     "<p>我们鼎学科技线上训练营可以异地学，五级认定要满足工作年限要求。感兴趣的发邮件到 KeFu@DingXue.com.cn 要试听。</p></div>",
     True, "U05", "鼎学科技",
     [("email", "kefu@dingxue.com.cn", "KeFu@DingXue.com.cn")], "U05 forum post")

# =============== U06 柳州蓝鲸职培 ===============
page("bbs", "t-2245.html", "蓝鲸职培 人工智能训练师四级 五月班",
     "<h1>蓝鲸职培 人工智能训练师四级 五月班</h1>"
     "<div class='post'><div class='au'>楼主：蓝鲸职培官方 | 2026-05-06</div>"
     "<p>四级/三级开班，技师二级也能报，补贴最高2000元（二级也有补贴）。" + VENUE_LZ + "。</p>"
     "<p>咨询 177 7720 8265 微信 lanjing_lz</p></div>"
     "<div class='post'><div class='au'>2楼：螺蛳粉不加辣</div><p>二级没有补贴吧？我微信 lzmama_2019 私聊</p></div>",
     True, "U06", "蓝鲸职培",
     [("phone", "+8617777208265", "177 7720 8265"), ("wechat", "lanjing_lz", "lanjing_lz")],
     "U06 forum ad, false subsidy for level 2")
page("fl", "p-8856.html", "柳州蓝鲸培训 人工智能训练师 报名",
     "<h1>柳州蓝鲸培训 人工智能训练师 报名</h1><div class='meta'>区域：柳州-城中 | 信息编号 8856</div>"
     "<p>正规办学，常年开班。地址：柳州市城中区五一路7号。电话 0772-2610388 / 17777208265。" + FORM + "lanjing</p>",
     True, "U06", "蓝鲸培训",
     [("phone", "07722610388", "0772-2610388"), ("phone", "+8617777208265", "17777208265")], "U06 classified")
page("wx", "a-lanjing.html", "蓝鲸职培 | 5月人工智能训练师开班通知",
     "<h1>5月人工智能训练师开班通知</h1><div class='src'>蓝鲸职培 2026-05-03 广西</div>"
     "<p>本期四级、三级同步开班，理论+实操，" + BATCH + "。报名热线 (0772)2610388，微信 LanJing_LZ。</p>",
     True, "U06", "蓝鲸职培",
     [("phone", "07722610388", "(0772)2610388"), ("wechat", "lanjing_lz", "LanJing_LZ")], "U06 WeChat article")

# =============== U07 AI星途 (online, dishonest) ===============
page("kc", "c-1058.html", "【星途学苑】AI训练师 原价9999 限时99",
     "<h1>AI训练师 从小白到持证 · 星途学苑</h1><div class='meta'>课程编号：KC1058 | 已报名 9,866 人</div>"
     "<p>原价9999限时99！90%小白都能学会，学完送人工智能训练师证书，联合国开发计划署联合认证，拿到证书便可升职加薪。</p>"
     "<p>加助教微信 xingtu_ai666 领资料，官网 xingtuai.cn</p>",
     True, "U07", "星途学苑",
     [("wechat", "xingtu_ai666", "xingtu_ai666"), ("domain", "xingtuai.cn", "xingtuai.cn")], "U07 marketplace: fake UNDP")
page("wx", "a-xingtu.html", "月入3万的AI训练师，零基础也能做？",
     "<h1>月入3万的AI训练师，零基础也能做？</h1><div class='src'>星途AI课 2026-05-07</div>"
     "<p>不用懂代码，每天2小时，交费包过，证书全国通用。前100名99元。</p>"
     "<p>扫码或加 XINGTU_AI666，QQ 3190027745</p>",
     True, "U07", "星途AI课",
     [("wechat", "xingtu_ai666", "XINGTU_AI666"), ("qq", "3190027745", "3190027745")], "U07 WeChat article")
page("sv", "v-3402.html", "AI训练师到底能赚多少？",
     "<h1>AI训练师到底能赚多少？</h1><div class='meta'>@AI星途 · 5.6万赞</div>"
     "<p>视频文案：零基础 99元拿证 人社部认证的新职业！主页链接报名，扣扣：3190027745 邮箱 xingtu666@126.com</p>",
     True, "U07", "AI星途",
     [("qq", "3190027745", "3190027745"), ("email", "xingtu666@126.com", "xingtu666@126.com")], "U07 short video")

# =============== U08 华培认证中心 (state-sounding, dishonest) ===============
page("fl", "p-8871.html", "全国华培职业技能评价中心 人工智能训练师 国家证",
     "<h1>全国华培职业技能评价中心 人工智能训练师证书办理</h1><div class='meta'>区域：北京-东城 | 信息编号 8871</div>"
     "<p>国家级证书，人社部颁发，入库可查，查询网址 www.hpzscx.com。免培训，直接考试，资料齐全15天出证。</p>"
     "<p>电话 199 1045 7786 微信 huapei_rz</p>",
     True, "U08", "全国华培职业技能评价中心",
     [("phone", "+8619910457786", "199 1045 7786"), ("wechat", "huapei_rz", "huapei_rz"),
      ("domain", "hpzscx.com", "www.hpzscx.com")], "U08 classified: fake query site")
page("wd", "q-131.html", "华培认证中心的证书是真的吗？",
     "<h1>华培认证中心的证书是真的吗？</h1><div class='q'><p>有人加我说华培的人工智能训练师证国家认可，靠谱吗？</p></div>"
     "<div class='a'><div class='au'>网友 华培招生办 的回答</div>"
     "<p>绝对真实，证书可在 hpzscx.com 查询，比别家快。报名加V huapei_rz</p></div>"
     "<div class='a'><div class='au'>网友 老会计 的回答</div><p>正规的去 " + ZSCX + " 查，有问题打12333。</p></div>",
     True, "U08", "华培认证中心",
     [("domain", "hpzscx.com", "hpzscx.com"), ("wechat", "huapei_rz", "huapei_rz")], "U08 Q&A self-promotion")
page("sv", "v-3417.html", "国家认证AI证书 最后一期",
     "<h1>国家认证AI证书 最后一期</h1><div class='meta'>@华培认证中心 · 3,208赞</div>"
     "<p>视频文案：人工智能训练师 国家职业资格证书 人社部颁发 不用培训直接发证 电话199-1045-7786</p>"
     "<p>主体：华培（北京）职业技能认证中心有限公司 " + USCC_U08 + "</p>",
     True, "U08", "华培认证中心",
     [("phone", "+8619910457786", "199-1045-7786"), ("uscc", USCC_U08, USCC_U08)], "U08 short video")

# =============== U09 柳州众诚 (honest) ===============
page("fl", "p-8890.html", "众诚职业培训学校 人工智能训练师五级/四级 可申请补贴",
     "<h1>众诚职业培训学校 人工智能训练师五级/四级</h1><div class='meta'>区域：柳州-柳南 | 信息编号 8890</div>"
     "<p>民办职业培训学校，依标准授课。五级需相关工作满1年。参保满1年的职工取证后可按规定申领技能提升补贴（五级最高1000元，四级最高1500元），详询12333。</p>"
     "<p>电话 0772-3816620 / 159 7720 3391</p>",
     True, "U09", "众诚职业培训学校",
     [("phone", "07723816620", "0772-3816620"), ("phone", "+8615977203391", "159 7720 3391")], "U09 classified, honest")
page("wx", "a-zhongcheng.html", "众诚教育 | 人工智能训练师五级班招生",
     "<h1>人工智能训练师五级班招生</h1><div class='src'>众诚教育 2026-05-05 柳州</div>"
     "<p>" + BATCH + "，" + VENUE_LZ + "。证书可在 " + ZSCX + " 查询，不承诺包过。</p>"
     "<p>报名：15977203391（同微信 zc_edu_lz）</p>",
     True, "U09", "众诚教育",
     [("phone", "+8615977203391", "15977203391"), ("wechat", "zc_edu_lz", "zc_edu_lz")], "U09 WeChat article")
page("shop", "item-5548.html", "人工智能训练师五级 培训费 定金",
     "<h1>人工智能训练师五级 培训定金</h1><div class='meta'>店铺：众诚学习馆 | 月销 19</div>"
     "<p>定金500元，余款到校缴纳。下单请备注姓名，客服微信 ZC_EDU_LZ。收款单位：柳州市众诚职业培训学校（" + USCC_U09 + "）</p>",
     True, "U09", "众诚学习馆",
     [("wechat", "zc_edu_lz", "ZC_EDU_LZ"), ("other", "柳州市众诚职业培训学校", "柳州市众诚职业培训学校"),
      ("uscc", USCC_U09, USCC_U09)], "U09 shop deposit")

# =============== independents ===============
page("kc", "c-1066.html", "【博思标注学院】数据标注实战 + 五级认定辅导",
     "<h1>数据标注实战 + 五级认定辅导</h1><div class='meta'>课程编号：KC1066 | 已报名 77 人</div>"
     "<p>机构：博思标注学院（北京昌平）。小班12人，¥1680。咨询 13522190874</p>",
     True, "I01", "博思标注学院", [("phone", "+8613522190874", "13522190874")], "independent marketplace course")
page("bbs", "t-2260.html", "自己考过四级了，可以带几个人",
     "<h1>自己考过四级了，可以带几个人</h1>"
     "<div class='post'><div class='au'>楼主：Amy在柳州 | 2026-05-14</div>"
     "<p>去年在单位报的，资料和练习题整理好了，辅导费500，报名还是要走正规机构。V: amy_ai_trainer</p></div>",
     True, "I02", "Amy在柳州", [("wechat", "amy_ai_trainer", "amy_ai_trainer")], "independent tutor post")
page("fl", "p-8903.html", "万象人才 人工智能训练师 报名 柳州",
     "<h1>万象人才 人工智能训练师 报名</h1><div class='meta'>区域：柳州-柳北 | 信息编号 8903</div>"
     "<p>五级、四级报名，全程指导，三证同发更优惠。电话：0772-5120476。" + FORM + "wanxiang</p>",
     True, "I03", "万象人才", [("phone", "07725120476", "0772-5120476")], "independent classified")
page("wd", "q-140.html", "人工智能算法测试员怎么考？",
     "<h1>人工智能算法测试员怎么考？</h1><div class='a'><div class='au'>网友 北京AI数标培训 的回答</div>"
     "<p>算法测试员是人工智能训练师的工种之一，我们有四级班，Q 1589240736</p></div>",
     True, "I04", "北京AI数标培训", [("qq", "1589240736", "1589240736")], "independent Q&A answer")
page("shop", "item-5562.html", "人工智能训练师 题库+视频 电子版",
     "<h1>人工智能训练师 题库+视频 电子版</h1><div class='meta'>店铺：智图标注工作室 | 月销 1,032</div>"
     "<p>三级理论+实操题库，含报名指导，¥39.9。售后邮箱 zhitu_lab@163.com</p>",
     True, "I05", "智图标注工作室", [("email", "zhitu_lab@163.com", "zhitu_lab@163.com")], "independent shop")
page("sv", "v-3429.html", "小林讲AI：五级怎么报",
     "<h1>小林讲AI：五级怎么报</h1><div class='meta'>@小林讲AI · 8,812赞</div>"
     "<p>视频文案：我们工作室带报五级，包教包会，微信 xiaolin_ai2026 / 186 0110 7829</p>",
     True, "I06", "小林讲AI",
     [("wechat", "xiaolin_ai2026", "xiaolin_ai2026"), ("phone", "+8618601107829", "186 0110 7829")], "independent short video")

# =============== non-offers ===============
page("rsj", "notice-shanzhai.html", "关于警惕技术技能类“山寨证书”的提示",
     "<h1>关于警惕技术技能类“山寨证书”的提示</h1><div class='meta'>发布时间：2026-04-20 来源：职业能力建设科</div>"
     "<p>近期发现部分机构以“人社部颁发”“包过”“免培训直接发证”等宣传人工智能训练师等证书。职业技能等级证书由备案评价机构颁发，政府部门不参与监制。</p>"
     "<p>证书查询请登录技能人才评价证书全国联网查询 " + ZSCX + "，或证书上的 " + JNDJ + "。评价机构名单见 pjjg.osta.org.cn。</p>"
     "<p>有群众反映号码 171 9085 3322 以“人社局工作人员”名义推销证书，系诈骗。如有疑问请拨打12333或12315。</p>",
     note="official-style warning")
page("rsj", "butie-2026.html", "2026年失业保险技能提升补贴申领指南",
     "<h1>2026年失业保险技能提升补贴申领指南</h1>"
     "<p>参保满1年的职工取得职业技能等级证书后，可申领补贴：五级1000元、四级1500元、三级2000元。二级、一级不在此列。</p>"
     "<p>认定计划：" + BATCH + "。" + CERT_EX + "。咨询12333。</p>",
     note="official-style subsidy notice")
page("news", "warn-0515.html", "市民花6800元买“人工智能训练师证”，结果查无此证",
     "<h1>市民花6800元买“人工智能训练师证”，结果查无此证</h1><div class='meta'>京城晚讯 记者 王帆 2026-05-15</div>"
     "<p>市民李女士经网友推荐，向一个自称“人社部直属中心”的机构交了6800元，对方号码为171 9085 3322。收到证书后在 " + ZSCX + " 查询无果。</p>"
     "<p>律师提醒，遇到类似情况可拨打12315投诉，或向当地人社部门（12333）反映。</p>",
     note="news warning quoting a scam number")
page("bbs", "t-2212.html", "【曝光】交了钱不给证，大家别上当",
     "<h1>【曝光】交了钱不给证，大家别上当</h1>"
     "<div class='post'><div class='au'>楼主：柳州打工人阿伟 | 2026-05-09</div>"
     "<p>去年在网上找的所谓人工智能训练师代办，骗子电话17190853322，交了3000块，现在拉黑了。已打12315。</p></div>"
     "<div class='post'><div class='au'>2楼：螺蛳粉不加辣</div><p>一样被骗，加我微信 lzmama_2019 一起维权</p></div>"
     "<div class='post'><div class='au'>3楼：版主</div><p>已加精。报考请认准备案机构，证书到 " + ZSCX + " 查。</p></div>",
     note="forum complaint with scam number and reader contacts")
page("wd", "q-102.html", "人工智能训练师证书怎么查真假？",
     "<h1>人工智能训练师证书怎么查真假？</h1>"
     "<div class='a'><div class='au'>网友 人力小白 的回答</div>"
     "<p>登录 " + ZSCX + " 输入姓名、证件号和证书编号。" + CERT_EX + "，首字母S表示社会培训评价组织。机构是否备案看 pjjg.osta.org.cn。其他网站说能查的都要当心。</p>"
     "<p>有问题打12333。别信那些“联系电话：138 0013 8000”这种模板广告。</p></div>",
     note="Q&A guide, non-offer")
page("fl", "p-8920.html", "出售九成新电动车 柳州",
     "<h1>出售九成新电动车</h1><div class='meta'>区域：柳州-鱼峰 | 信息编号 8920</div>"
     "<p>雅迪电动车，骑了半年，1200元，自提。电话 13878021956</p>",
     note="unrelated classified")

# ---------------- decoys ----------------
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
    ("phone", "07723151200", ["0772-3151200"], "exam venue front desk quoted by several sellers"),
    ("phone", "+8613520260517", ["13520260517"], "official assessment batch number that looks like a mobile"),
    ("other", "S000045000123265000123", ["S000045000123265000123"], "example certificate number"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
    ("wechat", "lzmama_2019", ["lzmama_2019"], "a reader's own WeChat in comments"),
    ("phone", "+8617190853322", ["171 9085 3322", "17190853322"], "scam number quoted in warnings/complaints"),
    ("phone", "+8613800138000", ["138 0013 8000"], "template placeholder number"),
    ("phone", "07722808866", ["0772-2808866"], "forum platform footer customer service"),
    ("email", "service@lzejia.com", ["service@lzejia.com"], "forum platform footer e-mail"),
    ("domain", "lzejia.com", ["www.lzejia.com"], "forum platform domain"),
    ("phone", "4006005858", ["400-600-5858"], "classifieds platform hotline"),
    ("other", "京ICP备12038861号", ["京ICP备12038861号"], "classifieds platform ICP"),
    ("phone", "4009201188", ["400-920-1188"], "course marketplace customer service"),
    ("qq_group", "519203746", ["519203746"], "course marketplace learner QQ group"),
    ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "course marketplace e-mail"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline in shop footer"),
    ("phone", "4000115566", ["400-011-5566"], "shop platform hotline"),
    ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's submission e-mail"),
    ("email", "jubao@kuaikansp.com", ["jubao@kuaikansp.com"], "short-video platform report e-mail"),
    ("phone", "07722823566", ["0772-2823566"], "人社局 consultation number"),
    ("other", "260511203388", ["260511203388"], "shop order number"),
]

# ---------------- rendering ----------------
CSS = {"bjzx": "#1a4f8b", "lzhx": "#d6261c", "kc": "#0b9e6f", "bbs": "#556", "fl": "#f60", "wd": "#2a7ae2",
       "wx": "#07c160", "shop": "#ff5000", "sv": "#111", "news": "#a00", "rsj": "#c00000"}

def render(s, p, body, crumbs):
    nav = " ".join(f"<a href='/{s['key']}/index.html'>{n}</a>" for n in s["nav"])
    crumb = " &gt; ".join(crumbs)
    rel = [q for q in s["pages"] if q is not p][:5]
    related = "".join(f"<li><a href='{q['path']}'>{html.escape(q['title'])}</a></li>" for q in rel)
    return (f"<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>{html.escape(p['title'])} - {s['name']}</title>"
            f"<style>body{{font-family:sans-serif;margin:0}}header{{background:{CSS[s['key']]};color:#fff;padding:8px}}header a{{color:#fff;margin-right:12px}}"
            f".wrap{{display:flex}}main{{flex:3;padding:12px}}aside{{flex:1;padding:12px;background:#f6f6f6}}footer{{font-size:12px;color:#666;border-top:1px solid #ccc;padding:8px}}</style></head>\n"
            f"<body><header><div class='logo'>{s['name']}</div><nav>{nav}</nav></header>\n"
            f"<div class='crumb'>当前位置：{crumb}</div>\n<div class='wrap'><main>\n{body}\n</main>\n"
            f"<aside>{s['side']}<h4>相关链接</h4><ul>{related}</ul><p><a href='/index.html'>返回导航</a></p></aside></div>\n"
            f"<footer>{s['footer']}</footer></body></html>\n")

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    for key, s in SITES.items():
        home = f"<a href='/{key}/index.html'>{s['name']}</a>"
        for p in s["pages"]:
            out[p["path"]] = render(s, p, p["body"], ["<a href='/index.html'>导航</a>", home, html.escape(p["title"])])
        lst = "".join(f"<li><a href='{q['path']}'>{html.escape(q['title'])}</a></li>" for q in s["pages"])
        ip = dict(site=key, path=f"/{key}/index.html", title=s["name"] + " 首页", is_offer=False, operator=None,
                  provider=None, ids=[], note=f"site index ({s['style']})")
        out[ip["path"]] = render(s, ip, f"<h1>{s['name']}</h1><p>{s['style']}</p><ul>{lst}</ul>", ["<a href='/index.html'>导航</a>", home])
        PAGES.append(ip)
    hub = "".join(f"<li><a href='/{k}/index.html'>{s['name']}</a> — {s['dom']}</li>" for k, s in SITES.items())
    out["/index.html"] = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head>"
                          f"<body><h1>本周搜索记录（北京 / 柳州）</h1><ul>{hub}</ul></body></html>\n")
    PAGES.append(dict(site=None, path="/index.html", title="hub", is_offer=False, operator=None, provider=None, ids=[], note="hub"))
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out

def main():
    out = build()
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
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        on = sorted(path for path, t in out.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": on, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
