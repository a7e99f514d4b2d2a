#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
pages, as seen during a week of searching from 天津 and 石家庄, plus truth.json.

Standard library only, fully deterministic.  `python3 gen.py` writes site/ and truth.json.
"""
import html
import json
import os
import re
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100-2015)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def uscc(head8, org8):
    """head8 = 登记管理部门+机构类别+行政区划 (8 chars); org8 = first 8 chars of 组织机构代码."""
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = head8 + org8 + oc
    assert len(body) == 17 and all(ch in ALPHA for ch in body), body
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - t % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]


def spaced(code, n=4):
    return " ".join(code[i:i + n] for i in range(0, len(code), n))


# Codes used below (all computed, none copied from a real company)
USCC_U01 = uscc("52120103", "MA05TJ8K")   # 民办非企业: 津智职业技能培训学校
USCC_U02 = uscc("91130104", "MA0CJ3R2")   # 企业: 石家庄冀才企业管理咨询有限公司
USCC_U06 = uscc("91110108", "MA01GX7N")   # 企业 with a state-sounding brand
USCC_U08 = uscc("52120116", "MA06BH2P")   # 民办非企业: 滨海新区智能职业培训学校
USCC_I06 = uscc("91120105", "MA07XC1D")   # 天津鑫程人力资源有限公司
USCC_KC = uscc("91110105", "MA00XK5W")    # 学课网 platform operator
USCC_SHOP = uscc("91330106", "MA2HY6Q8")  # 优选好课商城 platform operator

# ---------------------------------------------------------------- sites and frames
SITES = {}


def site(key, **kw):
    kw["key"] = key
    SITES[key] = kw


site("jinzhi", name="天津市津智职业技能培训学校", style="training",
     css="body{font-family:SimSun,serif;background:#f4f7fb}header{background:#0b4f9c;color:#fff;padding:10px}nav a{color:#fff;margin-right:14px}",
     menu=[("首页", "/jinzhi/index.html"), ("人工智能训练师", "/jinzhi/ai-sanji.html"), ("补贴政策", "/jinzhi/ai-sanji.html#butie"), ("联系我们", "/jinzhi/index.html#lx")],
     sidebar="<h4>学校动态</h4><ul><li>2025年12月人工智能训练师四级班开课</li><li>河西区企业职工技能提升培训签约</li><li>学员领取技能提升补贴名单公示</li></ul>",
     footer=("<p>天津市津智职业技能培训学校 版权所有 | 地址：天津市河西区友谊路某大厦6层 | 咨询电话：022-58683120</p>"
             "<p>网址：www.jinzhipx.cn | 办学许可证号：教民112010370001号 | 统一社会信用代码：" + USCC_U01 + "</p>"
             "<p>津ICP备19008823号-1</p>"))
site("kecheng", name="学课网", style="course marketplace",
     css="body{font-family:'Microsoft YaHei',sans-serif;background:#fff}header{border-bottom:3px solid #ff6a00;padding:8px}nav a{margin-right:12px;color:#333}.price{color:#ff3b30;font-size:22px}",
     menu=[("首页", "/kecheng/index.html"), ("职业技能", "/kecheng/index.html#zyjn"), ("IT互联网", "/kecheng/index.html#it"), ("机构入驻", "/kecheng/index.html#rz"), ("我的课程", "/kecheng/index.html#my")],
     sidebar="<h4>平台保障</h4><ul><li>7天无理由退款（未开课）</li><li>机构资质人工审核</li><li>学课网不对第三方证书效力作承诺</li></ul>",
     footer=("<p>学课网 www.xuekewang.com | 客服热线：400-820-5179（9:00-21:00） | 客服邮箱：kefu@xuekewang.com</p>"
             "<p>北京学课互联科技有限公司 统一社会信用代码 " + USCC_KC + " | 京ICP备17052331号-3 | 京公网安备11010502030144号</p>"))
site("luntan", name="津冀生活论坛", style="forum",
     css="body{font-family:Tahoma,sans-serif;font-size:13px;background:#e8eef5}.post{background:#fff;border:1px solid #c2d5e3;margin:6px 0;padding:8px}.au{color:#369;font-weight:bold}",
     menu=[("论坛首页", "/luntan/index.html"), ("职场考证", "/luntan/index.html#kz"), ("天津板块", "/luntan/index.html#tj"), ("石家庄板块", "/luntan/index.html#sjz"), ("站务", "/luntan/index.html#zw")],
     sidebar="<h4>版规</h4><p>广告帖请发在【招生培训】分区，禁止恶意刷屏。发现骗子请到【曝光台】发帖。</p>",
     footer=("<p>津冀生活论坛 Powered by Discuz! X3.4 | 站务邮箱：admin@jinjibbs.com | 论坛官方QQ群：284613759</p>"
             "<p>津ICP备16005230号</p>"))
site("fenlei", name="百姓分类网（天津/石家庄）", style="classifieds",
     css="body{font-family:Arial,sans-serif;background:#fafafa}header{background:#32a852;color:#fff;padding:6px}.meta{color:#888}.tel{font-size:20px;color:#e60}",
     menu=[("天津", "/fenlei/index.html#tj"), ("石家庄", "/fenlei/index.html#sjz"), ("教育培训", "/fenlei/index.html#jypx"), ("二手", "/fenlei/index.html#es"), ("免费发布", "/fenlei/index.html#fb")],
     sidebar=("<h4>免费发布信息</h4><form><input name='title' placeholder='标题'><input name='tel' placeholder='联系电话，例：13800138000'>"
              "<button>发布</button></form><p class='meta'>温馨提示：凡是要求先交报名费、押金的都请谨慎！</p>"),
     footer=("<p>百姓分类网 baixingfenlei.com | 客服电话：010-58896023 | 信息举报：jubao@baixingfenlei.com</p>"
             "<p>京ICP备13041877号 | 本站信息均由用户自行发布，本站不对其真实性负责</p>"))
site("shipin", name="快看短视频", style="short-video",
     css="body{background:#111;color:#eee;font-family:sans-serif}.v{background:#222;padding:10px}.cm{border-top:1px solid #333;padding:4px;color:#bbb}",
     menu=[("推荐", "/shipin/index.html"), ("同城", "/shipin/index.html#tc"), ("知识", "/shipin/index.html#zs"), ("直播", "/shipin/index.html#zb")],
     sidebar="<h4>热门话题</h4><ul><li>#AI训练师</li><li>#副业推荐</li><li>#数据标注</li><li>#考证</li></ul>",
     footer=("<p>快看短视频 | 违法和不良信息举报电话：400-140-2108 | 举报邮箱：jubao@kuaikanvideo.com</p>"
             "<p>京ICP备18021157号-2 | 网络文化经营许可证 京网文〔2019〕4031-315号</p>"))
site("xueyuan", name="石家庄华信职业技术学院 继续教育学院", style="college",
     css="body{font-family:SimSun,serif;background:#fff}header{background:#8a1c1c;color:#fff;padding:12px}nav{background:#a52a2a}nav a{color:#fff;margin:0 10px}",
     menu=[("学院首页", "/xueyuan/index.html"), ("社会培训", "/xueyuan/pxbm.html"), ("技能等级认定", "/xueyuan/sanji.html"), ("通知公告", "/xueyuan/index.html#tz")],
     sidebar="<h4>快速通道</h4><ul><li>学历继续教育</li><li>社会培训</li><li>职业技能等级认定</li><li>证书查询</li></ul>",
     footer=("<p>石家庄华信职业技术学院 继续教育学院 | 地址：石家庄市长安区某路188号 | 学院总机：0311-87650000</p>"
             "<p>www.sjzhxzy.edu.cn | 冀ICP备05013377号</p>"))
site("rsj", name="天津市河西区人力资源和社会保障局", style="government notice",
     css="body{font-family:SimSun,serif;background:#f0f0f0}header{background:#c00;color:#fff;padding:12px;text-align:center}.doc{background:#fff;padding:20px}",
     menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"), ("政策解读", "/rsj/index.html#zcjd"), ("办事服务", "/rsj/index.html#bsfw")],
     sidebar="<h4>便民服务</h4><ul><li>人社服务热线 12333</li><li>技能人才评价证书查询</li><li>补贴申领指南</li></ul>",
     footer=("<p>主办：天津市河西区人力资源和社会保障局 | 联系电话：022-28351196 | 网站标识码 1201030021</p>"
             "<p>津ICP备05003781号 | 津公网安备12010302000987号</p>"))
site("shop", name="优选好课商城", style="shop",
     css="body{font-family:'PingFang SC',sans-serif;background:#f5f5f5}.price{color:#f40;font-size:24px}.sku{border:1px solid #ddd;padding:4px}",
     menu=[("首页", "/shop/index.html"), ("考证专区", "/shop/index.html#kz"), ("图书教材", "/shop/index.html#ts"), ("购物车", "/shop/index.html#cart")],
     sidebar="<h4>购物保障</h4><ul><li>担保交易，确认收货后放款</li><li>支付宝客服：95188</li></ul>",
     footer=("<p>优选好课商城 客服热线：0571-88157790 | 杭州优选好课网络科技有限公司 统一社会信用代码：" + USCC_SHOP + "</p>"
             "<p>浙ICP备20031178号 | 消费维权请拨打 12315</p>"))
site("blog", name="随笔小站", style="blog",
     css="body{font-family:Georgia,serif;max-width:860px;margin:auto;background:#fffdf6}.post{line-height:1.8}.cmt{background:#f3f0e6;padding:6px;margin:4px 0}",
     menu=[("首页", "/blog/index.html"), ("归档", "/blog/index.html#gd"), ("标签", "/blog/index.html#tag"), ("关于", "/blog/index.html#about")],
     sidebar="<h4>标签云</h4><p>考证 副业 AI 职场 读书 天津</p>",
     footer="<p>随笔小站 博客平台 | 联系平台：service@suibiblog.cn | 冀ICP备21009925号</p>")
site("wx", name="微文转载网", style="WeChat-article reposts",
     css="body{font-family:-apple-system,sans-serif;max-width:680px;margin:auto}.src{color:#576b95}.rich_media_content{line-height:1.75}",
     menu=[("首页", "/wx/index.html"), ("教育", "/wx/index.html#jy"), ("职场", "/wx/index.html#zc"), ("本地", "/wx/index.html#bd")],
     sidebar="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p>",
     footer="<p>微文转载网 | 投稿/删稿：tougao@wxzhuanzai.cn | 冀ICP备20015567号</p>")
site("news", name="北方民生网", style="news",
     css="body{font-family:SimSun,serif}header{border-bottom:2px solid #036;padding:8px}.art{line-height:1.9}",
     menu=[("首页", "/news/index.html"), ("民生", "/news/index.html#ms"), ("教育", "/news/index.html#jy"), ("曝光", "/news/index.html#bg")],
     sidebar="<h4>热点</h4><ul><li>冬季供暖投诉汇总</li><li>考证乱象调查</li></ul>",
     footer="<p>北方民生网 新闻热线：022-23301234 | 冀ICP备10020316号</p>")

# ---------------------------------------------------------------- pages
PAGES = []


def add(site_key, fname, title, body, *, offer=False, op=None, provider=None, ids=(), note="",
        crumbs=None, related=()):
    PAGES.append(dict(site=site_key, path="/%s/%s" % (site_key, fname), title=title, body=body,
                      is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, crumbs=crumbs,
                      related=list(related)))


def replies(*rs):
    out = []
    for i, (who, when, txt) in enumerate(rs, 2):
        out.append("<div class='post'><span class='au'>%s</span> <span class='meta'>%d楼 发表于 %s</span><p>%s</p></div>"
                   % (who, i, when, txt))
    return "\n".join(out)


def vcomments(*cs):
    return "<h4>评论</h4>" + "".join("<div class='cm'><b>%s</b>：%s</div>" % c for c in cs)


# ===== U01 津智 (honest training school, 天津河西) =====================================
add("jinzhi", "index.html", "天津市津智职业技能培训学校-人工智能训练师培训-职业技能等级认定",
    """<div class='banner'><h2>人工智能训练师（4-04-05-05）五级/四级 2026年1月班 火热报名中</h2>
<p>面向企业在职员工、数据标注从业人员。理论+实操，按《人工智能训练师国家职业技能标准（2021年版）》授课，五级参考课时60学时。</p>
<p>报名条件：五级需本职业或相关职业累计工作满1年，或本职业学徒期满；四级需取得五级证书后工作满4年等（以认定机构公布的申报条件为准）。</p>
<p>符合条件的参保职工取证后可申请失业保险技能提升补贴（五级最高1000元、四级最高1500元），具体以人社部门审核为准。</p>
<p>咨询电话：022-58683120 &nbsp; 微信咨询：jinzhi_px &nbsp; 官网：www.jinzhipx.cn</p></div>
<h3 id='lx'>课程列表</h3><ul><li><a href='/jinzhi/ai-sanji.html'>人工智能训练师三级（高级工）晋级班</a></li></ul>
<h3>合作与备案</h3><p>证书由经人社部门备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。本校不承诺包过。</p>""",
    offer=True, op="U01", provider="天津市津智职业技能培训学校",
    ids=[("phone", "02258683120", "022-58683120"), ("wechat", "jinzhi_px", "jinzhi_px"),
         ("domain", "jinzhipx.cn", "www.jinzhipx.cn"), ("uscc", USCC_U01, USCC_U01),
         ("other", "津ICP备19008823号", "津ICP备19008823号")],
    note="Training school homepage inviting enrolment in AI-trainer level 5/4 classes (honest).")
add("jinzhi", "ai-sanji.html", "人工智能训练师三级（高级工）晋级班招生简章_津智培训",
    """<h2>人工智能训练师三级（高级工）晋级班招生简章</h2>
<p>培训对象：已取得人工智能训练师四级证书并满足年限要求的在职人员，或符合条件的高职院校毕业生。</p>
<p>课程内容：业务分析、智能训练、智能系统设计、培训与指导，参考课时40学时，理论:实操约3:7。</p>
<p>认定安排：本期认定批次号：13520251206，考点：天津市河北区中山路某大厦5层（考点前台 022-26315508，仅咨询考场位置）。</p>
<p>收费：培训费2680元/人，认定费按物价部门核定标准另行收取。</p>
<h3 id='butie'>补贴说明</h3><p>取得三级证书的参保职工可申领最高2000元技能提升补贴，政策咨询请拨打12333。</p>
<p>报名咨询：(022)5868 3120 或 手机 136 2205 7741（刘老师）</p>""",
    offer=True, op="U01", provider="津智培训",
    ids=[("phone", "02258683120", "(022)5868 3120"), ("phone", "+8613622057741", "136 2205 7741"),
         ("domain", "jinzhipx.cn", "www.jinzhipx.cn"), ("uscc", USCC_U01, USCC_U01),
         ("other", "津ICP备19008823号", "津ICP备19008823号")],
    note="Level-3 course brochure on the school's own site; names a batch number and an exam venue's desk.")
add("kecheng", "course-102.html", "【津智AI学院】人工智能训练师五级（初级工）精品班-学课网",
    """<div class='crs'><h2>人工智能训练师五级（初级工）精品班 | 线上+线下</h2><p class='price'>¥1980</p>
<p>开课机构：津智AI学院（天津） | 已报名 326 人 | 好评率 97%</p>
<p>课程大纲：数据采集和处理、数据标注、智能系统运维基础，共60课时，结课后统一组织参加职业技能等级认定。</p>
<p>机构说明：本课程为培训服务，证书以评价机构认定结果为准。机构电话 136-2205-7741，机构官网 jinzhipx.cn。</p></div>
<h3>学员评价</h3><p>“老师讲得很细，标注实操很有用。”——天津学员 w***8</p>""",
    offer=True, op="U01", provider="津智AI学院",
    ids=[("phone", "+8613622057741", "136-2205-7741"), ("domain", "jinzhipx.cn", "jinzhipx.cn")],
    note="Marketplace listing of U01 under another brand; mobile and domain link it to the school site.")
add("fenlei", "tj-3011.html", "河西 人工智能训练师五级四级 培训报名 周末班 - 天津教育培训",
    """<h2>河西 人工智能训练师五级四级 培训报名 周末班</h2><p class='meta'>天津-河西 | 教育培训/职业技能 | 发布者：津智培训河西校区</p>
<p>正规培训学校，周末班，小班授课。做数据标注、客服质检、AI产品运营的朋友可以来了解，满足工作年限可报五级。</p>
<p>符合条件可申请补贴，不收乱七八糟的费用。</p>
<p class='tel'>联系电话：1362205 7741</p><p>微信同名：JINZHI_PX（加时备注“AI训练师”）</p>""",
    offer=True, op="U01", provider="津智培训河西校区",
    ids=[("phone", "+8613622057741", "1362205 7741"), ("wechat", "jinzhi_px", "JINZHI_PX")],
    note="Classified ad of U01; mobile and WeChat tie it to the school.")

# ===== U02 冀才 (dishonest, 石家庄) ====================================================
add("fenlei", "sjz-4107.html", "石家庄 人工智能训练师证 人社部颁发 包过 全国通用 - 石家庄教育培训",
    """<h2>人工智能训练师证 人社部颁发 包过 全国通用 可查可挂靠</h2><p class='meta'>石家庄-桥西 | 教育培训/考证 | 发布者：冀才教育</p>
<p>国家职业资格证书，人社部颁发，官网可查！零基础、不限学历、不限经验，一级二级三级都能报。</p>
<p>报名即送题库，不过全额退款，拿证周期短，最快30天下证，证书可挂靠年入2万+。</p>
<p class='tel'>187 3319 6620</p><p>加V：Jicai-AI66 咨询名额（本月仅剩8个）</p>""",
    offer=True, op="U02", provider="冀才教育",
    ids=[("phone", "+8618733196620", "187 3319 6620"), ("wechat", "jicai-ai66", "Jicai-AI66")],
    note="Dishonest classified: 人社部颁发, 国家职业资格证书, 包过, 挂靠 income, levels 1-3 to beginners.")
add("shipin", "v-8812.html", "人工智能训练师证书到底有没有用？看完你就懂了 @AI训练师考证中心",
    """<div class='v'><p>【视频】AI训练师考证中心 · 1.2万赞</p>
<p>文案：2026年最火新职业！人工智能训练师，人社部颁发，三级二级一起考，90%小白都能学会！原价9999限时1280，名额有限，主页V❤ jicai-ai66 领资料。</p></div>""" +
    vcomments(("河北小张", "真的包过吗？"), ("AI训练师考证中心", "包过的亲，私信我"),
              ("路人甲", "别信，之前有人用171 3357 8890这个号骗我交了钱"),
              ("天津-阿鹏", "考点在哪")),
    offer=True, op="U02", provider="AI训练师考证中心",
    ids=[("wechat", "jicai-ai66", "jicai-ai66")],
    note="Short-video ad of U02: 90%小白, 原价9999限时, 人社部颁发; a commenter quotes a scam number.")
add("luntan", "thread-2209.html", "【招生培训】石家庄人工智能训练师 国家证书 报名从速 - 津冀生活论坛",
    """<div class='post'><span class='au'>冀才教育石家庄</span> <span class='meta'>楼主 发表于 2025-12-08 10:21</span>
<h2>石家庄人工智能训练师 国家证书 报名从速</h2>
<p>人社部颁发人工智能训练师证书，全国联网可查，免培训直接考试，包通过！三证合一（训练师+数据标注员+算法测试员）一次拿齐。</p>
<p>价格：三个等级打包3980，单报一级2680。</p>
<p>电话：187-3319-6620 QQ：2219384650</p></div>""" +
    replies(("石门老王", "2025-12-08 11:02", "三个等级一起考？不用工作年限吗"),
            ("冀才教育石家庄", "2025-12-08 11:30", "我们有内部渠道，年限可以处理"),
            ("小雨点", "2025-12-08 14:11", "楼主我也想了解，我Q 1045678823 加我发资料"),
            ("宁静致远", "2025-12-09 09:40", "人社部根本不发这个证了，醒醒")),
    offer=True, op="U02", provider="冀才教育石家庄",
    ids=[("phone", "+8618733196620", "187-3319-6620"), ("qq", "2219384650", "2219384650")],
    note="Forum ad of U02 (免培训, 包通过, three levels at once); a reader posts her own QQ.")
add("wx", "a-0315.html", "重磅！人工智能训练师报考通道开启，人社部颁发，错过再等一年",
    """<p class='src'>原创 河北冀才人力资源 冀才职教 2025-12-10</p><div class='rich_media_content'>
<p>人工智能训练师作为人社部认证的新职业，持证人员可享受落户积分、个税抵扣、职称评定等多项福利。</p>
<p>本期开放一至五级报考，零门槛，全程托管，不过退费。</p>
<p>报名缴费：对公转账至 石家庄冀才企业管理咨询有限公司，咨询扣扣：2219 3846 50</p>
<p>（文末阅读原文可查询证书）</p></div>""",
    offer=True, op="U02", provider="河北冀才人力资源",
    ids=[("qq", "2219384650", "2219 3846 50"), ("other", "石家庄冀才企业管理咨询有限公司", "石家庄冀才企业管理咨询有限公司")],
    note="WeChat repost of U02: 人社部认证的新职业, 零门槛, 不过退费; payee name and QQ.")

# ===== U03 智训未来 (dishonest, 天津) ==================================================
add("shipin", "v-9031.html", "零基础直接考二级技师？真的可以！#AI训练师 #副业 @智训未来",
    """<div class='v'><p>【视频】智训未来 · 8456赞</p>
<p>文案：不限学历不限经验，零基础直接报二级技师！三证合一，国家认可，官方认证。证书可在我们官网查询，拿证就能升职加薪。
V：zxwl_2024 或电话 158 2246 7093</p></div>""" +
    vcomments(("天津小鱼", "已私信～我微信xiaoyu_tj1996 麻烦加一下"), ("老周", "二级要四年的三级证书吧？"),
              ("智训未来", "有特殊通道，私聊")),
    offer=True, op="U03", provider="智训未来",
    ids=[("wechat", "zxwl_2024", "zxwl_2024"), ("phone", "+8615822467093", "158 2246 7093")],
    note="Short video of U03 selling level 2 to beginners with 三证合一; a reader leaves her own WeChat.")
add("shop", "item-5521.html", "人工智能训练师二级技师 报名+培训+认定 三证合一 【智训AI职业教育旗舰店】",
    """<h2>人工智能训练师二级技师 报名+培训+认定 三证合一</h2><p class='price'>¥4680 <s>¥9999</s></p>
<div class='sku'>规格：三级 ¥2980 | 二级 ¥4680 | 三级+二级 联报 ¥6980</div>
<p>店铺：智训AI职业教育旗舰店 | 月销 112</p>
<p>宝贝详情：国家级证书，人社部颁发，入库可查，查询网址 cx.zhixunweilai.com。下单后添加客服微信 ZXWL_2024，资料发送至 zxwl2024@163.com。</p>
<p>买家须知：证书类商品一经报名不支持退款。</p>""",
    offer=True, op="U03", provider="智训AI职业教育旗舰店",
    ids=[("wechat", "zxwl_2024", "ZXWL_2024"), ("email", "zxwl2024@163.com", "zxwl2024@163.com"),
         ("domain", "zhixunweilai.com", "cx.zhixunweilai.com")],
    note="Shop item of U03: price per certificate, multi-level bundle, fake query domain.")
add("blog", "post-17.html", "亲测：我是怎么在两个月里拿到人工智能训练师证的",
    """<div class='post'><h2>亲测：我是怎么在两个月里拿到人工智能训练师证的</h2><p class='meta'>2025-12-11 · 职场</p>
<p>去年我还是一个普通文员，朋友推荐了未来智训的AI训练师课程，一开始我也怀疑，后来发现真的不难，理论课就是刷题，实操有老师带。</p>
<p>两个月后证书就下来了，据说是人社部颁发的，官网 zhixunweilai.com 能查到。</p>
<p>需要资料的可以发邮件给机构老师：zxwl2024（at）163.com，说是我推荐的有优惠。</p></div>
<div class='cmt'>游客：广告吧这是</div><div class='cmt'>博主：真实经历，不信算了</div>""",
    offer=True, op="U03", provider="未来智训",
    ids=[("email", "zxwl2024@163.com", "zxwl2024（at）163.com"), ("domain", "zhixunweilai.com", "zhixunweilai.com")],
    note="Advertorial blog post for U03 disguised as a personal story.")

# ===== U04 华信 college (honest, 石家庄) ==================================================
add("xueyuan", "pxbm.html", "关于开展2026年第一期人工智能训练师（四级/三级）社会培训的报名通知",
    """<h2>关于开展2026年第一期人工智能训练师（四级/三级）社会培训的报名通知</h2>
<p>各有关单位、社会人员：我院经备案开展人工智能训练师职业技能等级认定。为满足社会需求，现开展第一期社会培训，具体事项通知如下：</p>
<p>一、申报条件：按《人工智能训练师国家职业技能标准（2021年版）》执行，四级需取得五级证书后累计从事本职业工作4年以上等；在校生按相关规定执行。</p>
<p>二、培训费用：四级1600元，三级1900元；认定费按物价核定标准收取。</p>
<p>三、报名方式：在线填写报名表 https://www.wjx.cn/vm/hx2026ai.aspx ，或到继续教育学院302室现场报名。</p>
<p>四、证书：合格者颁发职业技能等级证书，证书编号示例：S000013001230253000128，可在技能人才评价证书全国联网查询平台查询。</p>
<p>联系人：赵老师 0311-87652201，邮箱 jxjy@sjzhxzy.edu.cn，培训QQ群 795312046。</p>
<p style='text-align:right'>继续教育学院<br>2025年12月5日</p>""",
    offer=True, op="U04", provider="石家庄华信职业技术学院继续教育学院",
    ids=[("phone", "031187652201", "0311-87652201"), ("email", "jxjy@sjzhxzy.edu.cn", "jxjy@sjzhxzy.edu.cn"),
         ("qq_group", "795312046", "795312046"), ("phone", "031187650000", "0311-87650000"),
         ("domain", "sjzhxzy.edu.cn", "www.sjzhxzy.edu.cn"), ("other", "冀ICP备05013377号", "冀ICP备05013377号")],
    note="College continuing-education enrolment notice (honest); uses a form tool and shows a sample certificate number.")
add("xueyuan", "sanji.html", "人工智能训练师职业技能等级认定（三级）报名须知",
    """<h2>人工智能训练师职业技能等级认定（三级）报名须知</h2>
<p>认定内容包括理论知识考试和操作技能考核，均采用百分制，60分及以上为合格。</p>
<p>三级理论与技能要素：基本要求、业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>社会人员报名三级须持有四级证书并满足年限，学院不接受“代报”“挂靠”类报名。证书查询：zscx.osta.org.cn</p>
<p>咨询电话：0311—8765 2201（工作日），培训QQ群：795 312 046</p>""",
    offer=True, op="U04", provider="华信职院继续教育学院",
    ids=[("phone", "031187652201", "0311—8765 2201"), ("qq_group", "795312046", "795 312 046"),
         ("phone", "031187650000", "0311-87650000"), ("domain", "sjzhxzy.edu.cn", "www.sjzhxzy.edu.cn"),
         ("other", "冀ICP备05013377号", "冀ICP备05013377号")],
    note="College level-3 assessment registration page (honest).")
add("kecheng", "course-330.html", "【华信继教】人工智能训练师四级 理论+实操 石家庄面授-学课网",
    """<div class='crs'><h2>人工智能训练师四级 理论+实操 石家庄面授</h2><p class='price'>¥1600</p>
<p>开课机构：华信继教（高校继续教育学院） | 已报名 88 人</p>
<p>50课时，数据采集和处理、数据标注、智能系统运维，学院实训室上课。</p>
<p>机构咨询：(0311)87652201，工作日8:30-17:00</p></div>""",
    offer=True, op="U04", provider="华信继教",
    ids=[("phone", "031187652201", "(0311)87652201")],
    note="Marketplace listing of the college's course under a short brand.")
add("wx", "a-0422.html", "华信继续教育｜人工智能训练师四级培训班开始报名啦",
    """<p class='src'>华信继续教育 2025-12-06</p><div class='rich_media_content'>
<p>人工智能训练师四级培训班开始报名啦！本期共40个名额，面向满足申报条件的社会人员和在校生。</p>
<p>报名表提交：https://www.wjx.cn/vm/hx2026ai.aspx</p>
<p>资料请发邮箱 jxjy#sjzhxzy.edu.cn（#换成@），加入培训群：群号 795 312 046 进群请改备注。</p>
<p>提醒：学院从未委托任何个人或中介代收报名费。</p></div>""",
    offer=True, op="U04", provider="华信继续教育",
    ids=[("email", "jxjy@sjzhxzy.edu.cn", "jxjy#sjzhxzy.edu.cn"), ("qq_group", "795312046", "795 312 046")],
    note="Repost of the college's WeChat article.")

# ===== U05 北辰数标 (job-bait, 天津北辰) ===================================================
add("fenlei", "tj-3387.html", "北辰 招聘数据标注员 包培训 考AI训练师证 月入8000+ - 天津招聘",
    """<h2>招聘数据标注员 包培训 考AI训练师证 月入8000+</h2><p class='meta'>天津-北辰 | 招聘/IT | 发布者：北辰数标</p>
<p>无经验可，公司提供带薪培训，考取人工智能训练师证书后安排标注岗位，月入8000+，在家也能做。</p>
<p>入职前需缴纳培训及考证费1280元（取证后返还50%）。</p>
<p class='tel'>HR电话：176 0227 8815</p><p>微信：shubiao_hr</p>""",
    offer=True, op="U05", provider="北辰数标",
    ids=[("phone", "+8617602278815", "176 0227 8815"), ("wechat", "shubiao_hr", "shubiao_hr")],
    note="Job-bait classified: pay a training/cert fee before a promised annotation job.")
add("luntan", "thread-2256.html", "【招生培训】天津数据标注带薪培训+AI训练师考证 在家办公 - 津冀生活论坛",
    """<div class='post'><span class='au'>津数标注科技</span> <span class='meta'>楼主 发表于 2025-12-09 09:05</span>
<h2>天津数据标注带薪培训+AI训练师考证 在家办公</h2>
<p>我司承接各大厂数据标注项目，现招学员，培训考证一条龙，拿证后派单，按件计费多劳多得。</p>
<p>有意向加QQ 1354879020 或 微信 Shubiao_HR，备注论坛。</p></div>""" +
    replies(("天津小鱼", "2025-12-09 10:12", "宝妈可以吗？我微信 xiaoyu_tj1996"),
            ("深蓝", "2025-12-09 12:47", "先交钱的招聘都要小心"),
            ("津数标注科技", "2025-12-09 13:02", "培训费是给培训机构的，不是我们收")),
    offer=True, op="U05", provider="津数标注科技",
    ids=[("qq", "1354879020", "1354879020"), ("wechat", "shubiao_hr", "Shubiao_HR")],
    note="Forum post of U05 (another brand); a reader posts her WeChat.")
add("shop", "item-5608.html", "数据标注入门+人工智能训练师五级考证 全套课程 送接单渠道【数标学堂】",
    """<h2>数据标注入门+人工智能训练师五级考证 全套课程 送接单渠道</h2><p class='price'>¥1280</p>
<p>店铺：数标学堂 | 月销 59</p>
<p>课程包含：标注工具使用、图像/语音/文本标注实操、五级理论题库。学完推荐接单，月入过万不是梦。</p>
<p>售后QQ：1354-879-020 | 合作邮箱：hr@jinshubiao.cn</p>""",
    offer=True, op="U05", provider="数标学堂",
    ids=[("qq", "1354879020", "1354-879-020"), ("email", "hr@jinshubiao.cn", "hr@jinshubiao.cn")],
    note="Shop item of U05 with the same QQ written with dashes.")

# ===== U06 国智 (state-sounding brand, 91 USCC, fake query site) =========================
add("wx", "a-0501.html", "全国人工智能人才评价中心：2026年度人工智能训练师证书报考公告",
    """<p class='src'>国智人才 2025-12-07</p><div class='rich_media_content'>
<h2>全国人工智能人才评价中心 2026年度人工智能训练师证书报考公告</h2>
<p>为贯彻落实国家人工智能发展战略，全国人工智能人才评价中心现面向全国开展人工智能训练师（一级至五级）证书报考工作。</p>
<p>证书由国智人才（北京）科技有限公司承办，国家级证书，入库可查，查询网站：cx.guozhirc.com.cn。</p>
<p>单位信息：国智人才（北京）科技有限公司，统一社会信用代码 """ + USCC_U06 + """</p>
<p>全国统一咨询热线：400-089-6625</p><p>证书样本编号：S000013001230253000128（示例）</p></div>""",
    offer=True, op="U06", provider="全国人工智能人才评价中心",
    ids=[("phone", "4000896625", "400-089-6625"), ("uscc", USCC_U06, USCC_U06),
         ("domain", "guozhirc.com.cn", "cx.guozhirc.com.cn")],
    note="State-sounding brand run by a 91 enterprise; fake query domain; all five levels.")
add("shipin", "v-9156.html", "人工智能训练师证书怎么查？国家级证书 入库可查 @国智AI",
    """<div class='v'><p>【视频】国智AI · 2301赞</p>
<p>文案：我们的证书全国通用，国家级，入库可查！一到五级都能报，报名热线400 089 6625，或加客服微信gzrc_kf01。</p></div>""" +
    vcomments(("石家庄-晓晓", "这个和osta.mohrss.gov.cn上查的一样吗"), ("国智AI", "一样的，放心"),
              ("吃瓜群众", "国家级三个字就是违规的吧")),
    offer=True, op="U06", provider="国智AI",
    ids=[("phone", "4000896625", "400 089 6625"), ("wechat", "gzrc_kf01", "gzrc_kf01")],
    note="Short-video ad of U06 (国家级, 入库可查).")
add("kecheng", "course-408.html", "【国智人才】人工智能训练师一至五级报考辅导 国家级证书-学课网",
    """<div class='crs'><h2>人工智能训练师一至五级报考辅导 国家级证书</h2><p class='price'>¥2980 起</p>
<p>开课机构：国智人才 | 已报名 1,024 人</p>
<p>全国人工智能人才评价中心授权，官方指定，一站式报考。</p>
<p>报考咨询微信：gzrc_kf01 | 机构官网：www.guozhirc.com.cn</p></div>""",
    offer=True, op="U06", provider="国智人才",
    ids=[("wechat", "gzrc_kf01", "gzrc_kf01"), ("domain", "guozhirc.com.cn", "www.guozhirc.com.cn")],
    note="Marketplace listing of U06 (官方指定, 国家级).")
add("shop", "item-5733.html", "人工智能训练师证书报考 一级/二级/三级 国家级 入库可查【国智人才官方店】",
    """<h2>人工智能训练师证书报考 一级/二级/三级 国家级 入库可查</h2><p class='price'>¥3680</p>
<div class='sku'>一级 ¥5980 | 二级 ¥4680 | 三级 ¥3680</div>
<p>店铺：国智人才官方店 | 主体资质：统一社会信用代码 """ + spaced(USCC_U06) + """</p>
<p>咨询：4000896625</p>""",
    offer=True, op="U06", provider="国智人才官方店",
    ids=[("uscc", USCC_U06, spaced(USCC_U06)), ("phone", "4000896625", "4000896625")],
    note="Shop item of U06 with the USCC written in groups of four.")

# ===== U07 王老师 (agent, 挂靠 lure, 石家庄) ===============================================
add("luntan", "thread-2281.html", "【招生培训】代报人工智能训练师 三级二级 可挂靠 年入2万 - 津冀生活论坛",
    """<div class='post'><span class='au'>王老师考证</span> <span class='meta'>楼主 发表于 2025-12-10 08:45</span>
<h2>代报人工智能训练师 三级二级 可挂靠 年入2万</h2>
<p>石家庄本地代报名，省内外考点均可安排，资料不全也能想办法。拿证后可挂靠企业，每年2万挂靠费。</p>
<p>电话131 3118 7420（王老师），QQ 3057712849</p></div>""" +
    replies(("小雨点", "2025-12-10 09:30", "王老师我Q 1045678823 发个价格"),
            ("宁静致远", "2025-12-10 10:05", "AI训练师证挂靠？哪家公司要这个"),
            ("反诈小能手", "2025-12-10 11:20", "提醒大家：171 3357 8890、这种说挂靠的都要小心")),
    offer=True, op="U07", provider="王老师考证",
    ids=[("phone", "+8613131187420", "131 3118 7420"), ("qq", "3057712849", "3057712849")],
    note="Agent's forum post promising 挂靠 income; a reader posts her QQ and another quotes a scam number.")
add("fenlei", "sjz-4160.html", "石家庄 代报各类技能证书 人工智能训练师 电工 保育员 - 石家庄教育培训",
    """<h2>代报各类技能证书 人工智能训练师 电工 保育员</h2><p class='meta'>石家庄-长安 | 教育培训/考证 | 发布者：冀证通</p>
<p>十年老店，代报名代审核，人工智能训练师三级二级都能报，通过率高，拿证快。</p>
<p class='tel'>13131187420</p><p>微信 wls_kaozheng</p>""",
    offer=True, op="U07", provider="冀证通",
    ids=[("phone", "+8613131187420", "13131187420"), ("wechat", "wls_kaozheng", "wls_kaozheng")],
    note="Agent's classified under another brand.")
add("blog", "post-25.html", "燕赵考证服务：人工智能训练师报考常见问题答疑",
    """<div class='post'><h2>人工智能训练师报考常见问题答疑</h2><p class='meta'>2025-12-12 · 燕赵考证服务</p>
<p>问：没有工作年限能报三级吗？答：可以走我们的渠道，材料我们帮你准备。</p>
<p>问：证书有什么用？答：可以挂靠、评职称、积分落户。</p>
<p>报名联系：微信 WLS_kaozheng ，Q 3057 7128 49</p></div>
<div class='cmt'>小雨点：已加，QQ 1045678823</div>""",
    offer=True, op="U07", provider="燕赵考证服务",
    ids=[("wechat", "wls_kaozheng", "WLS_kaozheng"), ("qq", "3057712849", "3057 7128 49")],
    note="Agent's blog FAQ (材料帮你准备, 挂靠); reader QQ in a comment.")

# ===== U08 滨海智培 (honest, 天津滨海新区, subsidy) =========================================
add("wx", "a-0533.html", "滨海新区｜人工智能训练师五级、四级补贴性培训开班通知",
    """<p class='src'>天津市滨海新区智能职业培训学校 2025-12-09</p><div class='rich_media_content'>
<p>我校面向新区企业在职职工开展人工智能训练师五级、四级补贴性培训，符合条件的参保职工取证后可按规定申领失业保险技能提升补贴（五级最高1000元、四级最高1500元）。</p>
<p>补贴政策咨询：12333，或河西区/滨海新区人社部门（如 022-28351196）。</p>
<p>报名表：https://www.wjx.cn/vm/bhzp1209.aspx</p>
<p>学校电话：022-66201587 邮箱：bhzp_px@126.com</p>
<p>办学主体：天津市滨海新区智能职业培训学校（统一社会信用代码 """ + USCC_U08 + """）</p></div>""",
    offer=True, op="U08", provider="天津市滨海新区智能职业培训学校",
    ids=[("phone", "02266201587", "022-66201587"), ("email", "bhzp_px@126.com", "bhzp_px@126.com"),
         ("uscc", USCC_U08, USCC_U08)],
    note="Honest subsidised-training notice; cites 12333, a 人社 office number and a form tool.")
add("luntan", "thread-2302.html", "【招生培训】滨海新区 人工智能训练师五级 正规学校 可申请补贴 - 津冀生活论坛",
    """<div class='post'><span class='au'>滨海智培</span> <span class='meta'>楼主 发表于 2025-12-10 15:30</span>
<h2>滨海新区 人工智能训练师五级 正规学校 可申请补贴</h2>
<p>正规备案培训学校，不包过，不代考，按标准授课。本期认定批次号13520251206，需满足一年工作经历。</p>
<p>咨询 159-0036-5218（孙老师）或学校座机 022—6620 1587</p></div>""" +
    replies(("天津小鱼", "2025-12-10 16:02", "在塘沽上班能报吗？xiaoyu_tj1996"),
            ("滨海智培", "2025-12-10 16:40", "可以的，满足年限就行，电话联系")),
    offer=True, op="U08", provider="滨海智培",
    ids=[("phone", "+8615900365218", "159-0036-5218"), ("phone", "02266201587", "022—6620 1587")],
    note="Honest forum post of U08; same batch number as U01's page; reader WeChat.")
add("kecheng", "course-517.html", "【滨海智培】人工智能训练师五级 补贴性培训 天津滨海-学课网",
    """<div class='crs'><h2>人工智能训练师五级 补贴性培训 天津滨海</h2><p class='price'>¥1500</p>
<p>开课机构：滨海智培 | 已报名 142 人</p>
<p>60课时，周末授课；认定考点为天津市河北区中山路某大厦5层（前台 022-26315508）。</p>
<p>机构手机：15900365218 | 邮箱 bhzp_px@126.com</p></div>""",
    offer=True, op="U08", provider="滨海智培",
    ids=[("phone", "+8615900365218", "15900365218"), ("email", "bhzp_px@126.com", "bhzp_px@126.com")],
    note="Marketplace listing of U08; same exam venue desk as U01.")

# ===== U09 速证 (包过 exam answers) =========================================================
add("shop", "item-5802.html", "人工智能训练师三级 考前押题 原题库 包过班【速证教育】",
    """<h2>人工智能训练师三级 考前押题 原题库 包过班</h2><p class='price'>¥899</p>
<p>店铺：速证教育 | 月销 403</p>
<p>内部信息，命题组老师押题，考前一周发答案，不过免费重学。拍下后联系QQ：2569031147，进学员群 913527640。</p>""",
    offer=True, op="U09", provider="速证教育",
    ids=[("qq", "2569031147", "2569031147"), ("qq_group", "913527640", "913527640")],
    note="Shop item of U09: 包过, 命题组, 内部信息 (forbidden wording).")
add("shipin", "v-9240.html", "AI训练师三级原题来了！考前必看 @考证帮帮",
    """<div class='v'><p>【视频】考证帮帮 · 5120赞</p>
<p>文案：人工智能训练师考试原题答案，速成7天拿证，包过！私信或加VX suzheng88，Q：2569 0311 47，电话 199-3162-5570。</p></div>""" +
    vcomments(("天津-阿鹏", "原题？这不违法吗"), ("考证帮帮", "私聊")),
    offer=True, op="U09", provider="考证帮帮",
    ids=[("wechat", "suzheng88", "suzheng88"), ("qq", "2569031147", "2569 0311 47"),
         ("phone", "+8619931625570", "199-3162-5570")],
    note="Short-video ad of U09 (原题, 速成, 包过).")
add("blog", "post-29.html", "速证AI：人工智能训练师三级速成攻略（附资料领取）",
    """<div class='post'><h2>人工智能训练师三级速成攻略（附资料领取）</h2><p class='meta'>2025-12-13 · 速证AI</p>
<p>很多同学问怎么快速通过三级，其实掌握题库就行。我们整理了历年原题和实操答案，7天速成。</p>
<p>资料领取：加微信 suZheng88 或致电 199 3162 5570</p></div>""",
    offer=True, op="U09", provider="速证AI",
    ids=[("wechat", "suzheng88", "suZheng88"), ("phone", "+8619931625570", "199 3162 5570")],
    note="Blog advertorial of U09.")

# ===== independents =======================================================================
add("fenlei", "tj-3402.html", "南开 人工智能训练师五级 一对一辅导 理论+实操 - 天津教育培训",
    """<h2>人工智能训练师五级 一对一辅导 理论+实操</h2><p class='meta'>天津-南开 | 教育培训/家教 | 发布者：李老师</p>
<p>本人从事数据标注项目管理5年，已持三级证书，可一对一辅导五级理论和标注实操，只辅导不代报名，按课时收费200元/小时。</p>
<p class='tel'>186 2291 3054</p><p>微信：li_tutor_nk</p>""",
    offer=True, op="I01", provider="李老师",
    ids=[("phone", "+8618622913054", "186 2291 3054"), ("wechat", "li_tutor_nk", "li_tutor_nk")],
    note="Independent tutor's classified (honest).")
add("luntan", "thread-2317.html", "【招生培训】石家庄 人工智能训练师四级 拼团报名 满10人开班 - 津冀生活论坛",
    """<div class='post'><span class='au'>晨曦职培</span> <span class='meta'>楼主 发表于 2025-12-11 19:10</span>
<h2>石家庄 人工智能训练师四级 拼团报名 满10人开班</h2>
<p>晨曦职业培训学校组织拼团，满10人开班，团购价1380。报名先填表 https://www.wjx.cn/vm/cx0311.aspx ，不收定金。</p>
<p>微信 chenxi_sjz0311，电话 153 7311 2486</p></div>""" +
    replies(("石门老王", "2025-12-11 20:00", "四级需要五级证书吧？"),
            ("晨曦职培", "2025-12-11 20:15", "是的，需要先有五级证书且满年限")),
    offer=True, op="I02", provider="晨曦职业培训学校",
    ids=[("wechat", "chenxi_sjz0311", "chenxi_sjz0311"), ("phone", "+8615373112486", "153 7311 2486")],
    note="Independent group-buy enrolment post; uses the same form tool as others.")
add("kecheng", "course-622.html", "【青禾在线】人工智能训练师五级 录播课 数据标注实操-学课网",
    """<div class='crs'><h2>人工智能训练师五级 录播课 数据标注实操</h2><p class='price'>¥399</p>
<p>开课机构：青禾在线 | 已报名 2,310 人</p>
<p>纯录播课，帮助备考五级理论与实操，不含认定报名服务，需自行到当地认定机构报名，证书可登录 osta.mohrss.gov.cn 或 zscx.osta.org.cn 核验。</p>
<p>机构邮箱：qinghe_edu@qq.com | 官网 qinghe-edu.cn</p></div>""",
    offer=True, op="I03", provider="青禾在线",
    ids=[("email", "qinghe_edu@qq.com", "qinghe_edu@qq.com"), ("domain", "qinghe-edu.cn", "qinghe-edu.cn")],
    note="Independent online course (honest).")
add("shop", "item-5899.html", "人工智能训练师（五级 四级）培训教程 官方教材 送报名指导【博文书店】",
    """<h2>人工智能训练师（五级 四级）培训教程 官方教材 送报名指导</h2><p class='price'>¥68</p>
<p>店铺：博文书店 | 月销 870</p>
<p>正版教材，买书送报名指导（告诉你去哪报名、怎么查证书），代报名服务另收费150元。售后QQ：1726450938</p>""",
    offer=True, op="I04", provider="博文书店",
    ids=[("qq", "1726450938", "1726450938")],
    note="Independent bookshop selling a textbook plus paid registration help.")
add("shipin", "v-9305.html", "做了3年数据标注，说说AI训练师证要不要考 @AI小鹿老师",
    """<div class='v'><p>【视频】AI小鹿老师 · 3.4万赞</p>
<p>文案：五级证书对标注岗有加分，但不要信包过、不要信一次考三级。我的五级备考训练营第3期开营，199元，只讲课不发证，想报的加我 xiaolu_ai_teacher。</p></div>""" +
    vcomments(("石家庄-晓晓", "终于有说实话的"), ("路人甲", "171 3357 8890 这个号码也给我打过电话推销，大家注意")),
    offer=True, op="I05", provider="AI小鹿老师",
    ids=[("wechat", "xiaolu_ai_teacher", "xiaolu_ai_teacher")],
    note="Independent creator's bootcamp (honest); commenter quotes the scam number.")
add("wx", "a-0610.html", "鑫程人力｜企业职工人工智能训练师技能提升培训 名额开放",
    """<p class='src'>鑫程人力资源 2025-12-12</p><div class='rich_media_content'>
<p>天津鑫程人力资源有限公司联合备案评价机构，为企业职工提供人工智能训练师五级培训，企业可统一报名。</p>
<p>补贴政策以区人社局解释为准（河西区人社局 022-28351196）。</p>
<p>企业报名热线：022-2783 6610；单位统一社会信用代码 """ + USCC_I06 + """</p></div>""",
    offer=True, op="I06", provider="天津鑫程人力资源有限公司",
    ids=[("phone", "02227836610", "022-2783 6610"), ("uscc", USCC_I06, USCC_I06)],
    note="Independent HR company's enterprise-training article.")

# ===== non-offers ==========================================================================
add("luntan", "thread-2340.html", "【曝光台】石家庄交了3980考AI训练师证，至今没消息，大家避雷 - 津冀生活论坛",
    """<div class='post'><span class='au'>被坑的小李</span> <span class='meta'>楼主 发表于 2025-12-12 21:30</span>
<h2>交了3980考AI训练师证，至今没消息，大家避雷</h2>
<p>10月在网上看到说人社部颁发、包过，三个等级一起拿，交了3980，之后对方电话171 3357 8890就打不通了。</p>
<p>已经打12315投诉，也问了12333，说人工智能训练师证是评价机构发的，要在 zscx.osta.org.cn 查。</p></div>""" +
    replies(("宁静致远", "2025-12-12 22:01", "报警吧，保留转账记录"),
            ("小雨点", "2025-12-13 08:10", "我也差点被骗，有需要互相提醒的加我Q 1045678823")),
    note="Forum complaint thread quoting a scam number and hotlines (non-offer).")
add("fenlei", "tj-3450.html", "转让 九成新 ThinkPad 笔记本 i5 16G 天津西青 - 天津二手",
    """<h2>转让 九成新 ThinkPad 笔记本 i5 16G</h2><p class='meta'>天津-西青 | 二手/电脑 | 个人</p>
<p>公司配的备用机，几乎没用，2200元，可小刀，西青大学城自提。</p><p class='tel'>联系时请说明在百姓分类网看到</p>""",
    note="Unrelated classified on the same platform (non-offer).")
add("rsj", "notice-butie.html", "关于做好2026年失业保险技能提升补贴申领工作的通知",
    """<div class='doc'><h2>关于做好2026年失业保险技能提升补贴申领工作的通知</h2>
<p>一、补贴对象：取得职业资格证书或职业技能等级证书的企业参保职工，累计缴纳失业保险费1年以上。</p>
<p>二、补贴标准：初级工（五级）1000元、中级工（四级）1500元、高级工（三级）2000元。</p>
<p>三、证书核验：职业技能等级证书须可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>咨询电话：12333</p><p style='text-align:right'>河西区人力资源和社会保障局<br>2025年12月1日</p></div>""",
    note="Official subsidy notice (non-offer).")
add("rsj", "warn-shanzhai.html", "提醒：警惕“人社部颁发”“包过”类人工智能训练师等“山寨证书”广告",
    """<div class='doc'><h2>提醒：警惕“人社部颁发”“包过”类“山寨证书”广告</h2>
<p>近期有群众反映，网络上出现以“人社部颁发”“国家级”“包过”“免培训直接发证”为噱头招揽人工智能训练师培训的广告。</p>
<p>职业技能等级证书由经备案的评价机构颁发，人社部门不直接颁发。请通过技能人才评价工作网（osta.mohrss.gov.cn）或 zscx.osta.org.cn 核验。</p>
<p>如遇虚假宣传可拨打 12315 投诉，政策咨询请拨打 12333，本局电话 022-28351196。</p></div>""",
    note="Official warning against 山寨证书 (non-offer).")
add("blog", "post-33.html", "怎么查人工智能训练师证书真假？一篇讲清楚",
    """<div class='post'><h2>怎么查人工智能训练师证书真假？一篇讲清楚</h2><p class='meta'>2025-12-14 · 考证</p>
<p>1. 证书编号是一位大写字母加21位数字，比如 S000013001230253000128 这种格式（示例，不是真证书）。</p>
<p>2. 官方查询只认 zscx.osta.org.cn、osta.mohrss.gov.cn 和各省人社厅网站。</p>
<p>3. 拿不准就打 12333 问。</p></div>""",
    note="Personal guide on verifying certificates (non-offer).")
add("news", "n-1108.html", "调查｜“包过”“人社部颁发”？津冀多人花数千元买到“AI训练师山寨证”",
    """<div class='art'><h2>“包过”“人社部颁发”？津冀多人花数千元买到“AI训练师山寨证”</h2>
<p>记者 2025-12-13 近日，天津、石家庄多名市民向本网反映，在网上报名“人工智能训练师”培训后遭遇拿证难、退费难。</p>
<p>市民李女士提供的聊天记录显示，对方使用的号码为171 3357 8890，收款后失联。</p>
<p>律师提醒，“包过”“官方指定”等属于广告法禁止的保证性承诺。消费者可拨打12315投诉，政策问题可咨询12333。</p></div>""",
    note="News investigation quoting a scam number (non-offer).")

# ---------------------------------------------------------------- decoys
# (kind, value, written forms, why); pages computed by scanning.
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline quoted by many pages"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "95188", ["95188"], "payment platform (支付宝) customer service in the shop sidebar"),
    ("phone", "+8617133578890", ["171 3357 8890"], "scam number quoted in warnings, news and readers' comments"),
    ("phone", "+8613520251206", ["13520251206"], "an assessment batch number (认定批次号), not a phone"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in the classifieds posting form"),
    ("phone", "02226315508", ["022-26315508"], "exam venue front desk (third party) named by two schools"),
    ("phone", "02228351196", ["022-28351196"], "district 人社局 office number, quoted by sellers"),
    ("phone", "4008205179", ["400-820-5179"], "course marketplace customer-service footer"),
    ("phone", "4001402108", ["400-140-2108"], "short-video platform report line footer"),
    ("phone", "01058896023", ["010-58896023"], "classifieds platform footer"),
    ("phone", "057188157790", ["0571-88157790"], "shop platform footer"),
    ("wechat", "xiaoyu_tj1996", ["xiaoyu_tj1996"], "a reader's own WeChat left in comments"),
    ("qq", "1045678823", ["1045678823"], "a reader's own QQ left in comments"),
    ("qq_group", "284613759", ["284613759"], "forum's official QQ group in the footer"),
    ("email", "kefu@xuekewang.com", ["kefu@xuekewang.com"], "marketplace footer e-mail"),
    ("email", "jubao@kuaikanvideo.com", ["jubao@kuaikanvideo.com"], "short-video platform report e-mail"),
    ("email", "service@suibiblog.cn", ["service@suibiblog.cn"], "blog platform footer e-mail"),
    ("email", "admin@jinjibbs.com", ["admin@jinjibbs.com"], "forum footer e-mail"),
    ("email", "tougao@wxzhuanzai.cn", ["tougao@wxzhuanzai.cn"], "repost site footer e-mail"),
    ("uscc", USCC_KC, [USCC_KC], "marketplace operator's USCC in the footer"),
    ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's USCC in the footer"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "wjx.cn", ["www.wjx.cn"], "third-party form tool used by unrelated sellers"),
    ("domain", "xuekewang.com", ["www.xuekewang.com"], "marketplace's own domain in the footer"),
    ("domain", "baixingfenlei.com", ["baixingfenlei.com"], "classifieds platform domain in the footer"),
    ("other", "京ICP备17052331号", ["京ICP备17052331号"], "marketplace ICP number"),
    ("other", "冀ICP备20015567号", ["冀ICP备20015567号"], "repost site ICP number"),
    ("other", "S000013001230253000128", ["S000013001230253000128"], "sample certificate number, not a contact"),
]

# ---------------------------------------------------------------- rendering
PAGE_TPL = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>{css}</style></head>
<body class="{style}">
<header><a href="/{key}/index.html"><b>{name}</b></a>
<nav>{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<div class="wrap"><main>
{body}
</main>
<aside>{sidebar}
<h4>相关链接</h4><ul>{related}</ul>
<p><a href="/index.html">返回导航</a></p></aside></div>
<footer>{footer}</footer>
</body></html>
"""


def render(p):
    s = SITES[p["site"]]
    menu = " ".join("<a href='%s'>%s</a>" % (u, t) for t, u in s["menu"])
    crumbs = p["crumbs"] or ("<a href='/%s/index.html'>%s</a> &gt; %s" % (s["key"], s["name"], html.escape(p["title"][:24])))
    rel = p["related"]
    if not rel:
        same = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"] and not q["path"].endswith("/index.html")]
        idx = PAGES.index(p)
        rel = [(q["title"][:26], q["path"]) for q in (same[idx % max(1, len(same)):] + same)[:3]]
    related = "".join("<li><a href='%s'>%s</a></li>" % (u, html.escape(t)) for t, u in rel)
    return PAGE_TPL.format(title=html.escape(p["title"]), css=s["css"], style=s["style"].replace(" ", "-"),
                           key=s["key"], name=s["name"], menu=menu, crumbs=crumbs, body=p["body"],
                           sidebar=s["sidebar"], related=related, footer=s["footer"])


def build_indexes():
    for key, s in SITES.items():
        items = [p for p in PAGES if p["site"] == key and not p["path"].endswith("/index.html")]
        lis = "\n".join("<li><a href='%s'>%s</a></li>" % (p["path"], html.escape(p["title"])) for p in items)
        existing = [p for p in PAGES if p["path"] == "/%s/index.html" % key]
        if existing:  # a site whose homepage is itself written above (jinzhi)
            existing[0]["body"] += "\n<h3>全部页面</h3><ul>%s</ul>" % lis
            existing[0]["crumbs"] = "首页"
            continue
        intro = {
            "kecheng": "<h2>职业技能 · 人工智能训练师 热门课程</h2>",
            "luntan": "<h2>职场考证 · 招生培训 · 曝光台</h2><p>今日：38 | 昨日：112 | 帖子：20,413</p>",
            "fenlei": "<h2>天津 / 石家庄 最新信息</h2>",
            "shipin": "<h2>#AI训练师 相关视频</h2>",
            "xueyuan": "<h2 id='tz'>通知公告</h2><p>学院简介：石家庄华信职业技术学院继续教育学院承担学历继续教育、社会培训与职业技能等级认定工作。</p>",
            "rsj": "<h2 id='tzgg'>通知公告</h2>",
            "shop": "<h2 id='kz'>考证专区</h2>",
            "blog": "<h2>最新随笔</h2><p id='about'>一个在天津上班的普通人，记录考证、副业和读书。</p>",
            "wx": "<h2>最新转载</h2>",
            "news": "<h2 id='bg'>曝光 · 民生</h2>",
        }.get(key, "")
        PAGES.append(dict(site=key, path="/%s/index.html" % key, title="%s - 首页" % s["name"],
                          body=intro + "\n<ul>%s</ul>" % lis, is_offer=False, operator=None, provider=None,
                          identifiers=[], note="Index page of %s (%s)." % (s["name"], s["style"]),
                          crumbs="首页", related=[("热门：AI训练师考证避雷", "/luntan/thread-2340.html")] if key != "luntan" else [("回到导航", "/index.html")]))


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def main():
    build_indexes()
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        out = render(p)
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(out)
        texts[p["path"]] = out
    hub_links = "\n".join("<li><a href='/%s/index.html'>%s</a>（%s）</li>" % (k, s["name"], s["style"]) for k, s in SITES.items())
    hub = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>一周搜索：人工智能训练师证书（天津/石家庄）</title></head>"
           "<body><h1>一周搜索记录：人工智能训练师证书（天津 / 石家庄）</h1><ul>%s</ul>"
           "<p>本导航页仅收录链接。</p></body></html>\n" % hub_links)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    texts["/index.html"] = hub
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # sanity: every seller identifier's written form is on its page
    for p in PAGES:
        for kind, val, w in p["identifiers"]:
            assert w in texts[p["path"]] or w in strip_tags(texts[p["path"]]), (p["path"], w)

    # operators
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for kind, val, _ in p["identifiers"]:
                if [kind, val] not in d["identifiers"]:
                    d["identifiers"].append([kind, val])
    # seller identifiers must not be shared between sellers, nor collide with decoys
    owner = {}
    for p in PAGES:
        for kind, val, _ in p["identifiers"]:
            assert owner.setdefault((kind, val), p["operator"]) == p["operator"], (kind, val)
    dvals = {(k, v) for k, v, _, _ in DECOYS}
    assert not (dvals & set(owner)), dvals & set(owner)

    decoys = []
    for kind, val, written, why in DECOYS:
        pages = sorted(path for path, t in texts.items()
                       if any(w in t or w in strip_tags(t) for w in written))
        sellers = {q["operator"] for q in PAGES if q["path"] in pages and q["operator"]}
        assert len(pages) >= 2, (val, pages)
        decoys.append({"kind": kind, "value": val, "written": written, "pages": pages, "why": why,
                       "sellers_on_pages": sorted(sellers)})

    truth = {
        "pages": [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                   "identifiers": [], "note": "Hub linking every site's index page."}] +
                 [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in sorted(PAGES, key=lambda q: q["path"])],
        "operators": dict(sorted(ops.items())),
        "decoys": decoys,
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(truth["pages"]), "offers", sum(p["is_offer"] for p in truth["pages"]),
          "decoys", len(decoys))


if __name__ == "__main__":
    main()
