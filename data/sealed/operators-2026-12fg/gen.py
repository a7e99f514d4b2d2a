#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100-2015) with GB 11714 organisation-code check ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in code8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]

C1 = uscc("91310104", "MA1FR7XK")   # 上海智训教育科技有限公司 (徐汇)
C3 = uscc("91110108", "MA01C8NB")   # 中科智培 (a company with a state-sounding name)
C8 = uscc("91310115", "MA1HB3QY")   # 职教云证 (浦东)
C9 = uscc("52510703", "MJ2718DL")   # 绵州智能职业技能培训学校 (民办非企业单位)

# ---------- sites ----------
SITES = {
    "shop":    dict(name="淘课优选商城", style="shop", home="淘课优选", desc="电商店铺 · 职业培训类目",
                    menu=["首页", "职业考证", "IT技能", "语言学习", "店铺入驻"],
                    footer="淘课优选 客服热线 400-820-1717 · 支付由支付宝 95188 提供保障 · 沪ICP备18023456号-1"),
    "wx":      dict(name="公众号文摘", style="wechat-repost", home="文摘转载", desc="微信公众号文章转载聚合",
                    menu=["首页", "职场", "教育", "科技", "投稿"],
                    footer="本站文章均转载自微信公众号，版权归原作者所有，如有侵权请联系 tougao@wxwenzhai.net 删除"),
    "ke":      dict(name="课多多", style="course-marketplace", home="课多多", desc="在线课程平台",
                    menu=["首页", "职业考证", "人工智能", "讲师入驻", "我的课程"],
                    footer="课多多 www.keduoduo.com · 客服邮箱 service@keduoduo.com · 退款请提供订单号，格式如 13820260115"),
    "college": dict(name="绵阳城市职业技术学院 继续教育学院", style="college", home="继续教育学院", desc="高职院校",
                    menu=["学院首页", "通知公告", "培训项目", "技能认定", "联系我们"],
                    footer="地址：四川省绵阳市涪城区园艺路 · 学院办公室 0816-6089114 · 川ICP备10021873号"),
    "blog":    dict(name="老周的职场笔记", style="blog", home="老周的职场笔记", desc="个人博客",
                    menu=["首页", "考证", "求职", "读书", "关于"],
                    footer="Powered by WordPress · 博主邮箱 laozhou_blog@foxmail.com"),
    "bbs":     dict(name="绵阳在线论坛", style="forum", home="绵阳在线", desc="地方论坛 Discuz",
                    menu=["论坛首页", "教育培训", "求职招聘", "二手市场", "曝光台"],
                    footer="绵阳在线 官方QQ群：583920174 · 蜀ICP备15009876号 · Powered by Discuz! X3.4"),
    "fenlei":  dict(name="同城分类网", style="classifieds", home="同城分类", desc="分类信息",
                    menu=["首页", "上海", "绵阳", "教育培训", "免费发布"],
                    footer="同城分类网 举报邮箱 jubao@tcfenlei.com · 京ICP备13012345号"),
    "wenda":   dict(name="问一问知识社区", style="qa", home="问一问", desc="问答社区",
                    menu=["首页", "职业教育", "考证", "热门话题", "提问"],
                    footer="问一问知识社区 · 用户协议 · 违法和不良信息举报 help@wenyiwen.cn"),
    "video":   dict(name="快看短视频网页版", style="short-video", home="快看", desc="短视频分享页",
                    menu=["推荐", "关注", "学习", "直播", "下载App"],
                    footer="快看 网页版 · 违法不良信息举报电话 400-140-1188 · 未成年人专线"),
    "rsj":     dict(name="某市人力资源和社会保障局（信息公开）", style="gov-notice", home="人社局", desc="人社局通知公告",
                    menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
                    footer="主办单位：市人力资源和社会保障局 · 政务服务热线 12333 · 技能人才评价证书查询 zscx.osta.org.cn"),
}
ORDER = ["shop", "wx", "ke", "college", "blog", "bbs", "fenlei", "wenda", "video", "rsj"]

PAGES = []

def page(site, fn, title, body, offer=False, op=None, provider=None, ids=(), note="", date="2026-03-12"):
    PAGES.append(dict(site=site, fn=fn, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note, date=date))

def comments(items):
    out = ['<div class="comments"><h3>评论 (%d)</h3><ul>' % len(items)]
    for who, t in items:
        out.append('<li><b>%s</b>：%s</li>' % (who, t))
    out.append("</ul></div>")
    return "".join(out)

SAMPLE_CERT = "S000031051202503000123"
CERT_TEXT = "证书样例编号 " + SAMPLE_CERT

# ====================== U01 上海智训 (honest, Shanghai) ======================
p1 = ("phone", "+8613817264590"); w1 = ("wechat", "zhixun_sh2026"); e1 = ("email", "zhixun_edu@163.com"); c1 = ("uscc", C1)
page("shop", "item-101.html", "【沪智AI学堂】人工智能训练师四级/三级 培训+认定 上海线下班",
     f"""<div class="item"><div class="price">¥2680 <s>¥3280</s> <span>月销 86</span></div>
<p>店铺：沪智AI学堂旗舰店 · 上海徐汇线下授课 · 周末班</p>
<ul class="spec"><li>职业：人工智能训练师（4-04-05-05），工种：数据标注员</li><li>等级：四级（中级工）/三级（高级工），按申报条件分班</li>
<li>课时：四级 50 课时，三级 40 课时，理论 30% + 实操 70%</li></ul>
<p>说明：证书为职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询。申报三级须持四级证书并满足工作年限，报名前请先让老师核对条件。</p>
<p>连续缴纳失业保险满一年的学员可按规定申领技能提升补贴，政策咨询可拨打 12333。</p>
<p>咨询顾问：顾老师 138 1726 4590（微信同号：zhixun_sh2026）</p>
<div class="qual">店铺资质：上海智训教育科技有限公司 统一社会信用代码 {C1}</div>
<p class="form">预约试听：填写手机号（如：138 0013 8000）后顾问会回电</p></div>
""" + comments([("t***9", "老师很负责，先帮我查了社保年限"), ("l***a", "周末班有点累，实操内容扎实")]),
     True, "U01", "沪智AI学堂旗舰店", [(*p1, "138 1726 4590"), (*w1, "zhixun_sh2026"), (*c1, C1)],
     "shop listing, honest training+evaluation course, Shanghai")
page("ke", "course-2031.html", "人工智能训练师（四级）数据标注实战班 | 智训教育",
     """<div class="course"><p class="teacher">讲师：智训教育 教研组 · 评分 4.8 · 1,204 人学过</p>
<p>课程目录：数据采集和处理 / 数据标注 / 智能系统运维 / 模拟考试。</p>
<p>适合人群：从事数据标注、AI 质检等相关工作满 1 年，或已有五级证书的同学。不承诺通过，考前统一组织模拟测评。</p>
<p>线下认定考点：徐汇考点（报到咨询前台 021-64370081）。</p>
<p>课后加班主任微信 ZhiXun_SH2026 进群，报名材料发送至 zhixun_edu@163.com</p></div>
""", True, "U01", "智训教育", [(*w1, "ZhiXun_SH2026"), (*e1, "zhixun_edu@163.com")],
     "course marketplace listing of U01 under brand 智训教育")
page("wx", "a-0317-zhixun.html", "上海人工智能训练师周末班开课啦｜附补贴申领说明",
     """<p class="meta">原创 上海智训 2026-03-17 · 阅读 3268</p>
<p>人工智能训练师是 2020 年人社部等三部门发布的新职业，2025 年上海共有 1.63 万人次参加认定。</p>
<p>本期开设五级、四级两个班次，五级需相关工作满 1 年。学费不含认定费，补贴按各区规定执行。</p>
<p>报名咨询：138-1726-4590（顾老师）</p><p>简历与材料请发邮箱：zhixun_edu#163.com（#换成@）</p>
<p class="src">本文转载自微信公众号“上海智训”</p>""",
     True, "U01", "上海智训", [(*p1, "138-1726-4590"), (*e1, "zhixun_edu#163.com")],
     "WeChat repost of U01 enrolment article")
page("blog", "post-ai-trainer-shanghai.html", "我在上海考人工智能训练师四级的全过程（附机构信息）",
     f"""<p>去年年底报了一个四级班，机构是上海智训教育科技有限公司（统一社会信用代码 {C1}，天眼查可查）。</p>
<p>费用 2680 元，认定费另交。拿证后在技能人才评价证书全国联网查询能查到，{CERT_TEXT} 这种格式就是正规的 22 位编号。</p>
<p>文末福利：机构给我的博客读者留了名额，电话 +86 138 1726 4590，说是老周推荐可以减 200。</p>
""" + comments([("小鹿", "请问五级需要工作证明吗？"), ("老周", "需要，一年相关工作")]),
     True, "U01", "上海智训教育科技有限公司", [(*p1, "+86 138 1726 4590"), (*c1, C1)],
     "blog advertorial with referral for U01")

# ====================== U02 蜀才/川博 (dishonest, Mianyang) ======================
p2 = ("phone", "+8618981623457"); l2 = ("phone", "08162345678"); q2 = ("qq", "2870154463")
page("bbs", "thread-88412.html", "绵阳 人工智能训练师 三级二级一起考 不限学历 包过！",
     """<div class="post"><p class="floor">楼主 蜀才教育小李 · 发表于 2026-03-02</p>
<p>人工智能训练师国家职业资格证书，人社部颁发，全国通用，入库可查！</p>
<p>零基础、不限学历、不限经验，三级+二级+一级三证同报，报一送一，不过全额退款，包过！</p>
<p>挂靠年入 3 万，评职称、落户加分都用得上。名额有限，电话 189 8162 3457（李老师）</p></div>
""" + comments([("涪城老王", "二级不是要三级证再干四年吗？"), ("nini", "求带，我微信 lily_my0816"), ("路过", "顶")]),
     True, "U02", "蜀才教育", [(*p2, "189 8162 3457")], "forum ad, scam wording (三证同报, 包过, 人社部颁发)")
page("fenlei", "mianyang-jiaoyu-5521.html", "【绵阳】人工智能训练师证 速成 15天拿证 川博职业培训",
     """<div class="ad"><p class="tag">绵阳 · 教育培训 · 个人/商家：商家</p>
<p>川博职业培训，专业办理人工智能训练师各等级证书，免培训、速成，15 天出证，官方认证国家认可。</p>
<p>联系电话：18981623457　座机：0816-2345678　地址：绵阳市游仙区临园路</p>
<p>联系我时请说明是在同城分类网看到的</p></div>""",
     True, "U02", "川博职业培训", [(*p2, "18981623457"), (*l2, "0816-2345678")], "classifieds ad, scam")
page("wenda", "q-30721.html", "人工智能训练师二级没有工作经验能报吗？",
     """<div class="q"><h2>问：人工智能训练师二级没有工作经验能报吗？</h2></div>
<div class="a"><p class="who">川博教育 答 · 认证商家</p>
<p>可以的亲，我们这边二级不限学历不限经验，直接报名，考试有内部信息，通过率百分百。</p>
<p>详情加 QQ：2870154463 或来电 (0816)2345678 咨询。</p></div>
<div class="a"><p class="who">热心网友 答</p><p>按标准二级（技师）需要三级证书后再工作四年，别信“直接报”。</p></div>
""" + comments([("问一问用户8821", "有人加过这个QQ吗"), ("lily", "我微信 lily_my0816，被坑的一起维权")]),
     True, "U02", "川博教育", [(*l2, "(0816)2345678"), (*q2, "2870154463")], "Q&A answer by U02, scam")
page("video", "v-7341.html", "蜀才AI考证：不用上课也能拿国家证？",
     """<div class="vid"><p class="author">@蜀才AI考证 · 2.1万 赞</p>
<p class="caption">文案：人工智能训练师，国家职业资格证书！零基础，不用上课，交费包过，拿证就能升职加薪！三个等级一起拿，一次搞定。</p>
<p>私信或加扣扣 2870 154 463</p></div>
""" + comments([("用户6621", "真的假的"), ("绵阳阿强", "本人电话 135 5816 2049 求组队报名")]),
     True, "U02", "蜀才AI考证", [(*q2, "2870 154 463")], "short-video page of U02")

# ====================== U03 中科智培/国培智鉴 (scam, fake query domain) ======================
f3 = ("phone", "4006262517"); w3 = ("wechat", "aicert_888"); d3 = ("domain", "zkzp-rcpj.com"); c3 = ("uscc", C3)
page("wx", "a-0305-zkzp.html", "重磅！人社部颁发人工智能训练师证书最后一批报名",
     """<p class="meta">中科智培人才评价中心 2026-03-05 · 阅读 10万+</p>
<p>人社部证书退出，哪家证书来接盘？人工智能训练师国家职业资格证书，由人社部颁发，中科智培人才评价中心官方指定报名点。</p>
<p>一次报考三级、二级、一级，零基础包过，不过退费，考试由命题组老师亲自辅导。</p>
<p>全国统一报名热线 400-626-2517，客服微信 AIcert_888；在线报名表：jinshuju.net/f/Zk8aQ</p>
<p class="src">本文转载自微信公众号“中科智培”</p>""",
     True, "U03", "中科智培人才评价中心", [(*f3, "400-626-2517"), (*w3, "AIcert_888")], "WeChat repost, scam")
page("video", "v-7358.html", "国培智鉴：AI训练师高级技师 7天拿证",
     """<div class="vid"><p class="author">@国培智鉴官方 · 8,432 赞</p>
<p class="caption">文案：高级技师直接考，不限年龄不限专业无门槛，全国联网可查，官方认证！原价 9800 现在 3980。</p>
<p>评论区扣1，或者直接加v：aicert_888</p></div>""",
     True, "U03", "国培智鉴", [(*w3, "aicert_888")], "short-video page, scam")
page("ke", "course-2077.html", "人工智能训练师（一级/二级/三级）三证联报 包过班",
     """<div class="course"><p class="teacher">机构：中科智培 · 评分 3.1 · 87 人学过</p>
<p>三证联报立减 2000，国家级证书，证书在本中心官网 www.zkzp-rcpj.com 入库可查。</p>
<p>报名咨询：4006262517。支付成功后在“我的订单”查看学习码。</p></div>
""" + comments([("k***8", "查询网站是他们自己的，不是 osta"), ("m***n", "已退款")]),
     True, "U03", "中科智培", [(*f3, "4006262517"), (*d3, "www.zkzp-rcpj.com")], "course marketplace listing, scam")
page("shop", "item-133.html", "国培智鉴官方店 人工智能训练师证书 代报名 官网可查",
     f"""<div class="item"><div class="price">¥3980 <s>¥9800</s> <span>月销 312</span></div>
<p>店铺：国培智鉴官方店</p><p>一证一价，全国通用，人社部认证的新职业，证书可在 zkzp-rcpj.com 查询。</p>
<div class="qual">店铺资质：北京中科智培人才评价有限公司 统一社会信用代码 {C3}</div>
<p class="form">收货手机号（如：138 0013 8000）</p></div>
""" + comments([("a***1", "到现在没收到证书"), ("匿名", "在 zscx.osta.org.cn 查不到")]),
     True, "U03", "国培智鉴官方店", [(*d3, "zkzp-rcpj.com"), (*c3, C3)], "shop listing, scam with fake query site")

# ====================== U04 数标学院 (honest, data annotation) ======================
d4 = ("domain", "shubiao-edu.cn"); e4 = ("email", "zhaosheng@shubiao-edu.cn"); g4 = ("qq_group", "716385029"); l4 = ("phone", "02154887310")
page("blog", "post-shubiao-review.html", "数据标注员五级培训体验：数标学院怎么样",
     """<p>作为一名做了一年多图像标注的打工人，我在数标学院报了人工智能训练师（数据标注员）五级。</p>
<p>课程 60 课时，讲得很实在，老师明确说不保证通过。官网 www.shubiao-edu.cn 上有课表，咨询邮箱 zhaosheng@shubiao-edu.cn。</p>
<p>证书出来后在 zscx.osta.org.cn 按姓名和证书编号能查。</p>""",
     True, "U04", "数标学院", [(*d4, "www.shubiao-edu.cn"), (*e4, "zhaosheng@shubiao-edu.cn")], "blog review with enrolment contacts")
page("ke", "course-2102.html", "数据标注员（人工智能训练师五级）系统课",
     """<div class="course"><p class="teacher">机构：数标学院 · 评分 4.7 · 2,310 人学过</p>
<p>60 课时：标注规范、质检流程、标注工具实操。报名条件：相关工作满 1 年或完成学徒期。</p>
<p>更多班期见 shubiao-edu.cn，学员答疑QQ群 716385029</p></div>""",
     True, "U04", "数标学院", [(*d4, "shubiao-edu.cn"), (*g4, "716385029")], "course marketplace listing, honest")
page("wenda", "q-30755.html", "上海哪里可以考人工智能训练师五级？",
     """<div class="q"><h2>问：上海哪里可以考人工智能训练师五级？在职做数据标注。</h2></div>
<div class="a"><p class="who">上海数标信息技术有限公司 答 · 机构认证</p>
<p>我们每月开班，认定由备案评价机构组织，证书可在 jndj.osta.org.cn 查询。欢迎进群了解：716385029，或致电 021-54887310。</p></div>""",
     True, "U04", "上海数标信息技术有限公司", [(*g4, "716385029"), (*l4, "021-54887310")], "Q&A answer by U04")

# ====================== U05 AI小白训练营 (short video, 9999→99) ======================
w5 = ("wechat", "xb_ai99"); o5 = ("other", "成都云启星河网络科技有限公司"); p5 = ("phone", "+8617708169102")
page("video", "v-7402.html", "AI小白训练营：90%小白都能学会的AI训练师",
     """<div class="vid"><p class="author">@AI小白训练营 · 5.6万 赞</p>
<p class="caption">文案：90%小白都能学会！人工智能训练师课程原价9999限时99，学完送证书，拿到证书便可升职加薪。</p>
<p>主页挂了链接，没抢到的加微信 XB_AI99</p></div>""",
     True, "U05", "AI小白训练营", [(*w5, "XB_AI99")], "short-video ad, scam wording")
page("video", "v-7415.html", "小白学AI：第二期训练营开营，送人工智能训练师证",
     """<div class="vid"><p class="author">@小白学AI · 1.9万 赞</p>
<p class="caption">文案：限时 99 元，30 节课 + 证书，付款时收款方显示“成都云启星河网络科技有限公司”就是我们官方。支付宝 95188 可查交易。</p>
<p>报名找助教：xb_ai99</p></div>""",
     True, "U05", "小白学AI", [(*w5, "xb_ai99"), (*o5, "成都云启星河网络科技有限公司")], "short-video ad with payee name")
page("shop", "item-158.html", "云启AI课堂 AI训练师入门课 99元 送证书",
     """<div class="item"><div class="price">¥99 <s>¥9999</s> <span>月销 2.3万</span></div>
<p>店铺：云启AI课堂</p><p>零基础可学，学完颁发人工智能训练师结业证书+职业技能证书。</p>
<div class="qual">经营主体：成都云启星河网络科技有限公司 · 售后 177-0816-9102</div></div>
""" + comments([("x***2", "送的证书是他们自己印的"), ("z***o", "课还行")]),
     True, "U05", "云启AI课堂", [(*o5, "成都云启星河网络科技有限公司"), (*p5, "177-0816-9102")], "shop listing of U05")

# ====================== U06 沪上积分通 (落户/积分 lure) ======================
p6 = ("phone", "+8615021837746"); w6 = ("wechat", "hsjft_laoshi"); e6 = ("email", "jifentong2026@qq.com")
page("wx", "a-0310-jifen.html", "上海居住证积分：人工智能训练师三级直接加60分！",
     """<p class="meta">沪上积分通 2026-03-10 · 阅读 5.4万</p>
<p>三级（高级工）可加 60 分，二级 100 分，一级 140 分！不用上班年限，我们包办包过，积分不够全额退款。</p>
<p>考点设在徐汇考点（前台 021-64370081），全程有人带。</p>
<p>咨询张老师：150 2183 7746，微信 hsjft_laoshi</p>
<p class="src">本文转载自微信公众号“沪上积分通”</p>""",
     True, "U06", "沪上积分通", [(*p6, "150 2183 7746"), (*w6, "hsjft_laoshi")], "WeChat repost, 积分/落户 lure")
page("blog", "post-jifen-tips.html", "居住证积分还差60分？我是这样凑的",
     """<p>朋友介绍了积分通张老师，说人工智能训练师三级能加 60 分，零基础一个月拿证。</p>
<p>我没试过，感兴趣的自己加她微信 Hsjft_Laoshi 问，说是我推荐的有优惠。</p>""",
     True, "U06", "积分通张老师", [(*w6, "Hsjft_Laoshi")], "blog post funnelling to U06")
page("wenda", "q-30790.html", "人工智能训练师能加上海居住证积分吗？",
     """<div class="q"><h2>问：人工智能训练师能加上海居住证积分吗？</h2></div>
<div class="a"><p class="who">沪上积分通 答</p><p>能！三级 60 分，我们包拿证，不看工作年限，电话 15021837746。</p></div>
<div class="a"><p class="who">HR小陈 答</p><p>工种要和岗位对应，二级一级还要社保基数要求，别轻信包办。</p></div>""",
     True, "U06", "沪上积分通", [(*p6, "15021837746")], "Q&A answer by U06")
page("fenlei", "shanghai-jiaoyu-7730.html", "【上海】积分落户 人工智能训练师三级 包过",
     """<div class="ad"><p class="tag">上海 · 教育培训 · 商家</p>
<p>上海积分落户咨询：人工智能训练师三级/二级代报名，包过，全程代办材料。</p>
<p>电话 150-2183-7746 · 邮箱 jifentong2026@qq.com</p></div>""",
     True, "U06", "上海积分落户咨询", [(*p6, "150-2183-7746"), (*e6, "jifentong2026@qq.com")], "classifieds ad of U06")

# ====================== U07 证通天下 (挂靠 lure) ======================
q7 = ("qq", "3185520749"); e7 = ("email", "zhengtong_td@126.com"); p7 = ("phone", "+8613699051283")
page("bbs", "thread-88530.html", "人工智能训练师证书挂靠 年入3万 证通天下长期收证",
     """<div class="post"><p class="floor">楼主 证通天下 · 发表于 2026-02-26</p>
<p>考证+挂靠一条龙：我们负责报名，包过，拿证后帮你挂靠企业，年入 3 万不是梦。</p>
<p>有意者加 QQ 3185520749，备注“论坛”。</p></div>
""" + comments([("游仙小张", "AI训练师有啥挂靠价值？"), ("管理员", "本帖涉嫌广告，已提醒")]),
     True, "U07", "证通天下", [(*q7, "3185520749")], "forum ad, 挂靠 lure")
page("fenlei", "mianyang-jiaoyu-5588.html", "【绵阳】证通人才 人工智能训练师考证挂靠",
     """<div class="ad"><p class="tag">绵阳 · 教育培训 · 商家</p>
<p>证通人才：人工智能训练师、碳排放管理师等证书报考，拿证后可挂靠，月月有收益。</p>
<p>QQ：3185520749　简历投递：zhengtong_td@126.com</p></div>""",
     True, "U07", "证通人才", [(*q7, "3185520749"), (*e7, "zhengtong_td@126.com")], "classifieds ad of U07")
page("wenda", "q-30812.html", "考了人工智能训练师能挂靠赚钱吗？",
     """<div class="q"><h2>问：考了人工智能训练师能挂靠赚钱吗？</h2></div>
<div class="a"><p class="who">证通天下人力资源 答</p><p>能，我们合作企业多，考证挂靠一条龙。电话 136 9905 1283，邮箱 zhengtong_td AT 126.com</p></div>""",
     True, "U07", "证通天下人力资源", [(*e7, "zhengtong_td AT 126.com"), (*p7, "136 9905 1283")], "Q&A answer by U07")

# ====================== U08 职教云证 (1+X after 2025) ======================
d8 = ("domain", "zjyz-edu.com"); l8 = ("phone", "02161182390"); c8 = ("uscc", C8)
page("ke", "course-2140.html", "1+X 人工智能训练证书（中级）2026春季班 | 职教云证",
     """<div class="course"><p class="teacher">机构：职教云证 · 评分 4.0 · 433 人学过</p>
<p>1+X 证书与学历互认，2026 年继续考试，官网 zjyz-edu.com 报名，可在 vslc.ncb.edu.cn 查询往期证书。</p>
<p>报名登记表：jinshuju.net/f/ZJ2026　咨询电话 021-61182390</p></div>""",
     True, "U08", "职教云证", [(*d8, "zjyz-edu.com"), (*l8, "021-61182390")], "course listing selling 1+X after 2025")
page("wx", "a-0301-1x.html", "2026年1+X人工智能训练证书报名通道开启",
     """<p class="meta">职教云证1+X服务中心 2026-03-01 · 阅读 8,912</p>
<p>院校学生、在职人员均可报名，考证即可抵学分，名额有限。</p>
<p>咨询电话：021 6118 2390（工作日）</p>
<p class="src">本文转载自微信公众号“职教云证”</p>""",
     True, "U08", "职教云证1+X服务中心", [(*l8, "021 6118 2390")], "WeChat repost of U08")
page("shop", "item-171.html", "职教云证 1+X人工智能训练证书 初级/中级 考试报名",
     f"""<div class="item"><div class="price">¥1280 <span>月销 57</span></div>
<p>店铺：职教云证</p><p>下单后请到 www.zjyz-edu.com 完善报名信息。</p>
<div class="qual">经营主体：上海职教云证教育科技有限公司 统一社会信用代码 {C8}</div>
<p class="form">联系手机（如：138 0013 8000）</p></div>""",
     True, "U08", "职教云证", [(*d8, "www.zjyz-edu.com"), (*c8, C8)], "shop listing of U08")

# ====================== U09 绵州智能 (honest, Mianyang school) ======================
l9 = ("phone", "08162238016"); w9 = ("wechat", "mzzn_peixun"); c9 = ("uscc", C9)
page("college", "notice-2026-11.html", "关于举办2026年人工智能训练师（五级、四级）培训班的通知",
     f"""<p>为服务地方数字经济，我院与绵阳市绵州智能职业技能培训学校（统一社会信用代码 {C9}）合作开展人工智能训练师培训。</p>
<p>一、报名条件：五级须相关工作满 1 年或完成学徒期；四级须持五级证书满 4 年，或相关专业中职及以上在校末年级学生。</p>
<p>二、费用：五级培训费 1200 元，符合条件的参保职工可申领技能提升补贴（咨询 12333）。</p>
<p>三、证书：由备案评价机构颁发职业技能等级证书，{CERT_TEXT} 为格式示例，可在 zscx.osta.org.cn 查询。</p>
<p>四、报名联系：合作学校 0816-2238016（工作日）。报名表中手机号请如实填写，勿照抄示例 138 0013 8000。</p>""",
     True, "U09", "绵阳市绵州智能职业技能培训学校", [(*l9, "0816-2238016"), (*c9, C9)], "college notice advertising partner school", "2026-03-08")
page("bbs", "thread-88601.html", "涪城区 人工智能训练师五级周末班 绵州智能培训学校招生",
     """<div class="post"><p class="floor">楼主 绵州智能培训学校 · 发表于 2026-03-09</p>
<p>五级 60 课时，周六日上课，需相关工作满一年。不包过，认真学基本能过。</p>
<p>本地电话 2238016，微信 mzzn_peixun</p></div>
""" + comments([("涪城小刘", "去年在这考的，靠谱"), ("绵阳阿强", "本人电话 135 5816 2049，想拼班的联系")]),
     True, "U09", "绵州智能培训学校", [(*l9, "2238016"), (*w9, "mzzn_peixun")], "forum post of U09")
page("fenlei", "mianyang-jiaoyu-5612.html", "【绵阳】绵州职培 人工智能训练师 数据标注员 招生",
     """<div class="ad"><p class="tag">绵阳 · 教育培训 · 商家</p>
<p>绵州职培：人工智能训练师五级、四级，可申请补贴。</p><p>电话 0816 2238016，微信 mzzn_peixun</p></div>""",
     True, "U09", "绵州职培", [(*l9, "0816 2238016"), (*w9, "mzzn_peixun")], "classifieds ad of U09")

# ====================== Independents ======================
page("shop", "item-189.html", "码上学AI 人工智能训练师五级 线上课+模拟题",
     """<div class="item"><div class="price">¥499 <span>月销 140</span></div>
<p>店铺：码上学AI</p><p>纯线上课程，不含认定费，不承诺拿证。认定请自行向本地备案评价机构报名。</p>
<p>店主电话 131 6275 0834</p></div>""",
     True, "I01", "码上学AI", [("phone", "+8613162750834", "131 6275 0834")], "independent shop listing, honest online course")
page("ke", "course-2166.html", "王老师带你过人工智能训练师三级（理论+实操）",
     """<div class="course"><p class="teacher">讲师：王老师 · 评分 4.6 · 512 人学过</p>
<p>适合已有四级证书的学员。课程 40 课时，理论 30% 实操 70%。</p>
<p>课后答疑：微信 wangls_aitrainer</p></div>""",
     True, "I02", "王老师", [("wechat", "wangls_aitrainer", "wangls_aitrainer")], "independent teacher course")
page("bbs", "thread-88633.html", "帮人代报人工智能训练师，收费透明",
     """<div class="post"><p class="floor">楼主 老杨 · 发表于 2026-03-11</p>
<p>在绵阳做了几年培训中介，可以帮忙对接本地备案机构报名五级四级，只收 200 服务费，不包过。</p>
<p>扣扣 1548820376</p></div>
""" + comments([("nini", "私聊了，我微信 lily_my0816")]),
     True, "I03", "老杨", [("qq", "1548820376", "1548820376")], "independent forum post, agent")
page("video", "v-7450.html", "AI训练师李姐：一周拿证，不过退款",
     """<div class="vid"><p class="author">@AI训练师李姐 · 3,120 赞</p>
<p class="caption">文案：人社部颁发，一周拿证，内部渠道，不过全退！二级一级都能办。</p>
<p>v：lijie_aixl</p></div>""",
     True, "I04", "AI训练师李姐", [("wechat", "lijie_aixl", "lijie_aixl")], "independent short video, scam")
page("wenda", "q-30866.html", "浦东有没有靠谱的人工智能训练师培训？",
     f"""<div class="q"><h2>问：浦东有没有靠谱的人工智能训练师培训？</h2></div>
<div class="a"><p class="who">浦智职业技能培训中心 答</p>
<p>我们开设四级班，考点在徐汇考点（前台 021-64370081）。证书可在 zscx.osta.org.cn 查，{CERT_TEXT} 这种就是正规格式。报名邮件 puzhi_px@sina.com</p></div>""",
     True, "I05", "浦智职业技能培训中心", [("email", "puzhi_px@sina.com", "puzhi_px@sina.com")], "independent Q&A answer, honest")
page("wx", "a-0315-qihang.html", "AI训练师证书，一次拿三级，启航教育春季特惠",
     """<p class="meta">成都启航教育 2026-03-15 · 阅读 2,045</p>
<p>三级、二级、一级一起报，速成班 20 天，拿证就能评职称！</p>
<p>报名表：jinshuju.net/f/QH315　咨询 191 3045 1162</p>
<p class="src">本文转载自微信公众号“启航教育”</p>""",
     True, "I06", "成都启航教育", [("phone", "+8619130451162", "191 3045 1162")], "independent WeChat repost, scam")

# ====================== Non-offers ======================
page("wx", "a-0320-piyao.html", "警惕！“人社部颁发”AI证书骗局又来了",
     """<p class="meta">某市人社 2026-03-20 · 阅读 1.1万</p>
<p>近期有群众反映，有人冒充“人才评价中心”推销人工智能训练师“国家职业资格证书”，声称三级同考、包过。</p>
<p>职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。市民小刘被骗子电话 173 8166 0925 诱导转账 4800 元。</p>
<p>遇到虚假宣传可拨打 12315 投诉，政策咨询请拨打 12333。</p>
<p class="src">本文转载自微信公众号“某市人社”</p>""", note="official warning repost")
page("college", "news-0305.html", "我院学生在市人工智能训练师职业技能竞赛中获奖",
     """<p>3 月 5 日，市人工智能训练师职业技能竞赛落幕，我院信息工程系两名学生获三等奖。</p>""",
     note="college news, unrelated", date="2026-03-06")
page("blog", "post-guide.html", "人工智能训练师到底是什么证？一篇讲清楚",
     f"""<p>职业编码 4-04-05-05，两个工种：数据标注员、人工智能算法测试员。证书是职业技能等级证书，不是国家职业资格证书。</p>
<p>查询：zscx.osta.org.cn 或证书上的 jndj.osta.org.cn。正规编号 22 位，如 {SAMPLE_CERT}（示例）。</p>
<p>补贴问题问 12333。看到“包过”“三级同考”的请绕道。</p>""", note="guide, no seller")
page("bbs", "thread-88650.html", "【曝光】交了4800的人工智能训练师包过班，人跑了",
     """<div class="post"><p class="floor">楼主 受害人小刘 · 发表于 2026-03-18</p>
<p>去年在网上看到人社部颁发的人工智能训练师证书，骗子电话 173 8166 0925，收钱后拉黑。已经打 12315 投诉，也报了警。</p></div>
""" + comments([("nini", "我也被骗了，我微信 lily_my0816，一起维权"), ("版主", "已置顶")]),
     note="complaint thread")
page("wenda", "q-30900.html", "人工智能训练师是国家职业资格证书吗？",
     """<div class="q"><h2>问：人工智能训练师是国家职业资格证书吗？有人说人社部颁发。</h2></div>
<div class="a"><p class="who">考证小百科 答</p><p>不是。2020 年以后是职业技能等级证书，由备案评价机构颁发。有人拿 173 8166 0925 这个号推销，已经被多人曝光。</p></div>
""" + comments([("lily", "同问，我微信 lily_my0816")]), note="Q&A question, no seller")
page("rsj", "notice-shanzhai.html", "关于开展技术技能类“山寨证书”专项治理工作的通知（转发）",
     """<p>根据人社部函〔2022〕25号，重点整治“包过”“不培训直接发证”等行为。</p>
<p>职业技能等级证书可通过技能人才评价证书全国联网查询（zscx.osta.org.cn）或证书所载 jndj.osta.org.cn 核验。</p>
<p>举报投诉：12333；虚假广告可拨打 12315。</p>""", note="official notice", date="2026-02-20")
page("rsj", "notice-butie.html", "关于失业保险支持参保职工提升职业技能有关问题的通知",
     """<p>取得职业技能等级证书的参保职工，五级、四级、三级分别最高补贴 1000、1500、2000 元。</p>
<p>咨询电话 12333。</p>""", note="official subsidy notice", date="2026-01-15")

# ---------- decoys ----------
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "official legacy 1+X query platform"),
    ("phone", "4008201717", ["400-820-1717"], "shop platform's customer-service hotline in footer"),
    ("other", "沪ICP备18023456号-1", ["沪ICP备18023456号-1"], "shop platform ICP in footer"),
    ("email", "service@keduoduo.com", ["service@keduoduo.com"], "course marketplace footer e-mail"),
    ("domain", "keduoduo.com", ["www.keduoduo.com"], "course marketplace's own domain"),
    ("phone", "+8613820260115", ["13820260115"], "order-number format example on the marketplace (looks like a mobile)"),
    ("qq_group", "583920174", ["583920174"], "forum's official QQ group in footer"),
    ("other", "蜀ICP备15009876号", ["蜀ICP备15009876号"], "forum ICP in footer"),
    ("email", "tougao@wxwenzhai.net", ["tougao@wxwenzhai.net"], "repost site's own contact e-mail"),
    ("email", "jubao@tcfenlei.com", ["jubao@tcfenlei.com"], "classifieds platform report e-mail"),
    ("email", "help@wenyiwen.cn", ["help@wenyiwen.cn"], "Q&A platform report e-mail"),
    ("phone", "4001401188", ["400-140-1188"], "short-video platform's report hotline"),
    ("phone", "08166089114", ["0816-6089114"], "college office switchboard in footer"),
    ("email", "laozhou_blog@foxmail.com", ["laozhou_blog@foxmail.com"], "blogger's own e-mail in footer"),
    ("phone", "+8617381660925", ["173 8166 0925"], "scammer number quoted in warning/complaint/Q&A"),
    ("other", SAMPLE_CERT, [SAMPLE_CERT], "sample certificate number copied by several sellers"),
    ("phone", "+8613800138000", ["138 0013 8000"], "template placeholder in enrolment forms"),
    ("wechat", "lily_my0816", ["lily_my0816"], "a reader's own WeChat in comments"),
    ("phone", "+8613558162049", ["135 5816 2049"], "a reader's own phone in comments"),
    ("phone", "02164370081", ["021-64370081"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
]

# ---------- rendering ----------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def frame(sk, title, crumbs, body, side, date):
    s = SITES[sk]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (sk, m) for m in s["menu"])
    crumb = " &gt; ".join(crumbs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)} - {s['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="{s['style']}">
<header class="top-{sk}"><a class="logo" href="/{sk}/index.html">{s['home']}</a> <nav>{menu}</nav> <a href="/index.html">网址导航</a></header>
<div class="crumbs">{crumb}</div>
<main><h1>{esc(title)}</h1><p class="date">{date}</p>
{body}
</main>
<aside class="side"><h3>相关推荐</h3><ul>{side}</ul></aside>
<footer>{s['footer']}</footer>
</body></html>
"""

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in ORDER}
    for sk in ORDER:
        os.makedirs(os.path.join(SITE, sk))
        ps = by_site[sk]
        for i, p in enumerate(ps):
            rel = [q for q in ps if q is not p][:4]
            side = "".join('<li><a href="/%s/%s">%s</a></li>' % (sk, q["fn"], esc(q["title"])) for q in rel)
            crumbs = ['<a href="/%s/index.html">%s</a>' % (sk, SITES[sk]["home"]), esc(p["title"][:14])]
            html = frame(sk, p["title"], crumbs, p["body"], side, p["date"])
            with open(os.path.join(SITE, sk, p["fn"]), "w", encoding="utf-8") as f:
                f.write(html)
        lst = "".join('<li><a href="/%s/%s">%s</a> <span>%s</span></li>' % (sk, p["fn"], esc(p["title"]), p["date"]) for p in ps)
        body = '<p>%s</p><ul class="list">%s</ul>' % (SITES[sk]["desc"], lst)
        side = '<li><a href="/index.html">返回导航</a></li>'
        html = frame(sk, SITES[sk]["name"], ['<a href="/index.html">导航</a>', SITES[sk]["home"]], body, side, "2026-03-20")
        with open(os.path.join(SITE, sk, "index.html"), "w", encoding="utf-8") as f:
            f.write(html)
    hub = "".join('<li><a href="/%s/index.html">%s</a> — %s</li>' % (sk, SITES[sk]["name"], SITES[sk]["desc"]) for sk in ORDER)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：上海/绵阳 人工智能训练师</title></head>'
                '<body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % hub)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    all_html = {}
    for dp, _, fns in os.walk(SITE):
        for fn in fns:
            if fn.endswith(".html"):
                full = os.path.join(dp, fn)
                with open(full, encoding="utf-8") as f:
                    all_html["/" + os.path.relpath(full, SITE).replace(os.sep, "/")] = f.read()
    pages = []
    for sk in ORDER:
        pages.append(dict(path="/%s/index.html" % sk, is_offer=False, operator=None, provider=None,
                          identifiers=[], note="site index page of %s" % SITES[sk]["name"]))
    pages.insert(0, dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    ops = {}
    for p in PAGES:
        pages.append(dict(path="/%s/%s" % (p["site"], p["fn"]), is_offer=p["is_offer"], operator=p["operator"],
                          provider=p["provider"], identifiers=p["identifiers"], note=p["note"]))
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
        ps = sorted(path for path, h in all_html.items() if any(w in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=ps, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
