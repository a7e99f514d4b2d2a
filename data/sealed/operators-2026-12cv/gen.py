#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers: site/ and truth.json.
Standard library only; deterministic."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def orgcheck(code8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(v(c) * w for c, w in zip(code8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(kind2, region6, org8):
    body = kind2 + region6 + org8 + orgcheck(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

assert uscc("91", "440300", "19220382") == "914403001922038216"

FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "〇一二三四五六七八九")
def fw(s): return s.translate(FW)
def cn(s): return s.translate(CN)

# ---------------------------------------------------------------- USCCs
U01_USCC = uscc("91", "440106", "MA5CQ7R2")
U03_USCC = uscc("91", "310115", "MA1H8K3D")
U05_USCC = uscc("91", "110108", "MA01T4PW")
U09_USCC = uscc("91", "310104", "MA1FL6N3")
I03_USCC = uscc("52", "440304", "MJL20983")

# ---------------------------------------------------------------- sites
SITES = {
 "huizhi": dict(style="company", name="慧智职业培训学校", dom="www.hzpx-edu.cn",
   menu=["首页", "职业技能培训", "人工智能训练师", "补贴政策", "学员风采", "联系我们"],
   footer='<p>广州市慧智职业培训学校 版权所有 地址：广州市天河区中山大道西89号华景商务楼6楼</p>'
          '<p>咨询电话：020-3829 7716 网址：www.hzpx-edu.cn 统一社会信用代码：' + U01_USCC + '</p>'
          '<p>技术支持：网联建站 400-690-2210 粤ICP备20047163号-1</p>'),
 "zhongke-rc": dict(style="company", name="中科人才评价中心", dom="www.zkrcpj.com",
   menu=["首页", "中心概况", "证书项目", "报名入口", "证书查询", "联系我们"],
   footer='<p>中科人才评价中心(北京中科育才教育科技有限公司) 全国统一服务热线：400-611-8271</p>'
          '<p>地址：北京市海淀区中关村大街甲28号 电话：010-62517783 邮箱：zkrc_bm@126.com</p>'
          '<p>统一社会信用代码：' + U05_USCC + ' 技术支持：网联建站 400-690-2210 京ICP备21038817号-1</p>'),
 "mall": dict(style="mall", name="课栈网", dom="www.kezhanwang.cn",
   menu=["首页", "职业资格", "IT互联网", "人工智能", "学历提升", "语言考试", "我的订单"],
   footer='<p>课栈网 www.kezhanwang.cn | 客服热线 400-820-3355（9:00-21:00）| 客服邮箱 service@kezhanwang.cn</p>'
          '<p>平台仅提供信息发布服务，课程由入驻机构提供 | 沪ICP备19021457号-2 | 沪公网安备31010402008811号</p>'),
 "bbs": dict(style="forum", name="职场人论坛", dom="bbs.zcren.net",
   menu=["首页", "考证交流", "求职招聘", "职场吐槽", "避坑曝光", "版规"],
   footer='<p>职场人论坛 bbs.zcren.net 官方交流QQ群：512334876 版务邮箱：admin@zcren.net</p>'
          '<p>粤ICP备18067732号-1 Powered by Discuz! X3.4</p>'),
 "fenlei": dict(style="classifieds", name="同城百事通分类信息", dom="www.tcbst.com",
   menu=["首页", "教育培训", "招聘求职", "二手市场", "生活服务", "免费发布"],
   footer='<p>同城百事通 www.tcbst.com 服务热线：400-016-5858 发布信息请遵守法律法规，谨防诈骗</p>'
          '<p>增值电信业务经营许可证：皖B2-20190345 皖ICP备19004521号-1</p>'),
 "ask": dict(style="qa", name="问答知", dom="www.wendazhi.com",
   menu=["首页", "教育", "职场", "考试", "问答专栏", "我要提问"],
   footer='<p>问答知 © 2026 wendazhi.com 举报邮箱：jubao@wendazhi.com 京ICP备16043318号-3</p>'),
 "wx": dict(style="wechat", name="微文摘", dom="www.wxwenzhai.com",
   menu=["首页", "教育", "职场", "科技", "生活", "原创投稿"],
   footer='<p>微文摘 收录公众号文章，版权归原作者所有，如有侵权请联系删除。商务合作微信：wxwenzhai_bd</p>'
          '<p>浙ICP备20011873号-1</p>'),
 "video": dict(style="video", name="快看短视频", dom="www.kuaikansp.com",
   menu=["推荐", "关注", "知识", "职场", "直播", "登录"],
   footer='<p>快看短视频 kuaikansp.com 违法和不良信息举报电话：010-53312270</p>'
          '<p>京ICP备20190412号-5 网络文化经营许可证 京网文〔2021〕0518-126号</p>'),
 "news": dict(style="news", name="钱江观察网", dom="www.qjgcw.com",
   menu=["首页", "时政", "民生", "教育", "财经", "曝光台"],
   footer='<p>钱江观察网 新闻热线：0571-85109988 投稿邮箱：tougao@qjgcw.com</p>'
          '<p>互联网新闻信息服务许可证 33120200007 浙ICP备09003579号</p>'),
 "gov": dict(style="gov", name="某市人力资源和社会保障局", dom="rsj.example-city.gov.cn",
   menu=["首页", "政务公开", "政策文件", "办事服务", "互动交流", "技能人才评价"],
   footer='<p>主办单位：某市人力资源和社会保障局 地址：市政路88号 咨询电话：12333</p>'
          '<p>网站标识码 3301000025 浙ICP备05003420号 政府网站找错</p>'),
 "college": dict(style="college", name="渝州职业技术学院", dom="www.cqyzzy.edu.cn",
   menu=["学院首页", "学院概况", "招生就业", "继续教育", "社会培训", "信息公开"],
   footer='<p>渝州职业技术学院 地址：重庆市沙坪坝区大学城中路66号 学院办公室：023-65928800</p>'
          '<p>渝ICP备05003311号 渝公网安备50010602500123号</p>'),
}
ORDER = ["huizhi", "zhongke-rc", "mall", "bbs", "fenlei", "ask", "wx", "video", "news", "gov", "college"]

PAGES = []
def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    site = path.strip("/").split("/")[0] if path.count("/") > 1 else None
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note, crumb=crumb or title))

def I(kind, value, written): return (kind, value, written)

# ================================================================ U01 慧智 (Guangzhou, fairly honest, subsidy-based)
P = "+8613926718845"
page("/huizhi/index.html", "广州慧智职业培训学校-人工智能训练师培训_技能提升补贴",
 f"""<div class="banner"><h2>人工智能训练师（4-04-05-05）五级/四级/三级 开班啦</h2>
<p>政府补贴性培训 · 符合条件学员可申领技能提升补贴 · 周末班/晚班</p></div>
<div class="news-list"><h3>招生动态</h3><ul><li><a href="ai-xunlianshi.html">2026年第二期人工智能训练师（四级）招生简章</a></li>
<li>数据标注员实操课程更新：Label Studio、图像框选、语音转写</li></ul></div>
<p>报名热线：<b>139 2671 8845</b>（李老师） 座机：020-3829 7716 微信：hzpx_laoshi</p>""",
 True, "U01", "慧智职业培训学校",
 [I("phone", P, "139 2671 8845"), I("phone", "020-38297716", "020-3829 7716"), I("wechat", "hzpx_laoshi", "hzpx_laoshi"),
  I("domain", "hzpx-edu.cn", "www.hzpx-edu.cn"), I("uscc", U01_USCC, U01_USCC)],
 "training company home page advertising AI-trainer levels 5-3 with subsidy")
page("/huizhi/ai-xunlianshi.html", "2026年第二期人工智能训练师（四级）招生简章",
 """<h2>2026年第二期人工智能训练师（四级/中级工）招生简章</h2>
<p>职业编码：4-04-05-05，工种：数据标注员。依据《人工智能训练师国家职业技能标准(2021年版)》，培训课时50学时，理论+实操。</p>
<p><b>报考条件：</b>取得五级证书后从事本职业4年；或累计从事本职业6年；或技工学校相关专业毕业。</p>
<p><b>费用：</b>培训费2680元（含教材），认定费按物价部门标准另收。参保满1年的学员取证后可申请技能提升补贴，四级最高1500元，详询12333。</p>
<p><b>证书：</b>由经人社部门备案的评价机构颁发职业技能等级证书，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>本期鉴定批次号：13320260315，考点统一安排。</p>
<p>咨询：<a href="tel:13926718845">139-2671-8845</a>　VX：HZPX_laoshi</p>""",
 True, "U01", "慧智职业培训学校",
 [I("phone", P, "tel:13926718845"), I("phone", P, "139-2671-8845"), I("wechat", "hzpx_laoshi", "HZPX_laoshi")],
 "enrolment brochure, level 4, price 2680, subsidy and osta query")
page("/mall/item-2101.html", "人工智能训练师四级 周末班 广州面授 - 慧智AI学院旗舰店",
 f"""<div class="goods"><h2>【广州面授】人工智能训练师四级（中级工） 周末班 含教材</h2>
<p class="price">¥2680.00 <del>¥3280.00</del> 已售 128</p>
<p>店铺：慧智AI学院旗舰店　所在地：广东 广州</p>
<div class="desc"><p>课时50学时，学完参加评价机构统一认定，合格发职业技能等级证书。不包过，需认真学习。</p>
<p>开课前请联系班主任：{fw('13926718845')}（微信同号）</p>
<p>报名表示例：姓名 / 手机号（如 13800138000）/ 身份证号</p></div></div>""",
 True, "U01", "慧智AI学院旗舰店",
 [I("phone", P, fw("13926718845"))], "marketplace shop item, level 4 course 2680")
page("/wx/a-0612.html", "广州人工智能训练师报名指南：补贴最高3120元！",
 """<h2>广州人工智能训练师报名指南：补贴最高3120元！</h2><p class="src">来源：羊城AI训练师报名中心　2026-03-12</p>
<p>人工智能训练师是人社部2020年发布的新职业，五级、四级、三级均可申领技能提升补贴（广州三级最高3120元）。</p>
<p>开课地点：天河区华景路1号南方传媒大厦，到达后请前台登记（前台电话 020-87556321）。</p>
<p>报名请加老师微信：hzpx_laoshi，或致电(020)38297716。</p>""",
 True, "U01", "羊城AI训练师报名中心",
 [I("wechat", "hzpx_laoshi", "hzpx_laoshi"), I("phone", "020-38297716", "(020)38297716")],
 "WeChat-article repost promoting subsidy-based AI-trainer course")

# ================================================================ U02 智聘 (online 包过 scam)
page("/mall/item-2102.html", "人工智能训练师证书 线上考试 包过 - 智聘教育官方店",
 """<div class="goods"><h2>人工智能训练师 三级/二级 线上考 不过退费 人社部颁发 全国通用</h2>
<p class="price">¥1980.00 起</p><p>店铺：智聘教育官方店</p>
<div class="desc"><p>零基础、不限学历、不限经验，提供题库，考前押题，100%通过。</p>
<p>售后QQ：2937 7166 50　资料邮箱：zhipin_kf@163.com</p>
<p>买家秀：订单号 13720260308 已拿证，速度快！</p><p>另有1+X人工智能证书，vslc.ncb.edu.cn 可查。</p></div></div>""",
 True, "U02", "智聘教育官方店",
 [I("qq", "2937716650", "2937 7166 50"), I("email", "zhipin_kf@163.com", "zhipin_kf@163.com")],
 "marketplace item, levels 3/2 to beginners, 包过, 人社部颁发")
page("/bbs/t101.html", "【考证】人工智能训练师证书 火热报名中 零基础可报", 
 """<div class="post"><div class="author">楼主：中智认证小王</div>
<p>中智认证服务中心 长期办理人工智能训练师 五级~二级，国家认可，官方可查，不用去考场，一个月拿证。</p>
<p>价格私聊，电话 177-1029-3384，V信 zhpin2024</p></div>
<div class="reply"><div class="author">2楼 路过的猫</div><p>不用考试就拿证？这不就是山寨证书吗</p></div>""",
 True, "U02", "中智认证服务中心",
 [I("phone", "+8617710293384", "177-1029-3384"), I("wechat", "zhpin2024", "zhpin2024")],
 "forum spam post selling AI-trainer certs without exam")
page("/ask/q301.html", "人工智能训练师证书怎么考？多久能拿到？",
 """<div class="q"><h2>人工智能训练师证书怎么考？多久能拿到？</h2><p>想考个证加分，没有相关工作经验可以吗？</p></div>
<div class="a best"><div class="author">AI训练师考证服务站 的回答</div>
<p>可以的，我们这边不限经验，直接报三级，线上考试协助通过，最快20天出证，人社部颁发，联网可查。</p>
<p>咨询 +86 177 1029 3384，或发邮件 zhipin_kf（at）163.com，QQ 2937716650。</p></div>
<div class="a"><div class="author">网友 小周</div><p>同问，我也想考，QQ 1043558927 有资料的发我一份</p></div>""",
 True, "U02", "AI训练师考证服务站",
 [I("phone", "+8617710293384", "+86 177 1029 3384"), I("email", "zhipin_kf@163.com", "zhipin_kf（at）163.com"),
  I("qq", "2937716650", "2937716650")],
 "Q&A answer by a seller promising quick certificate without experience")

# ================================================================ U03 华夏智能人才评价中心 / 睿程 (cert broker)
page("/mall/item-2103.html", "人工智能训练师 三证齐发 华夏智能人才评价中心",
 f"""<div class="goods"><h2>人工智能训练师+数据标注员+AIGC应用师 三证齐发 国家级证书</h2>
<p class="price">¥3600.00 三证 / ¥1500.00 单证</p><p>店铺：华夏智能人才评价中心</p>
<div class="desc"><p>华夏智能人才评价中心颁发，入库可查，可用于评职称、积分落户、招投标。</p>
<p>机构代码：{U03_USCC}</p><p>对公转账户名：上海睿程企业管理咨询有限公司</p>
<p>报名表示例：手机号 13800138000</p></div></div>""",
 True, "U03", "华夏智能人才评价中心",
 [I("uscc", U03_USCC, U03_USCC), I("other", "上海睿程企业管理咨询有限公司", "上海睿程企业管理咨询有限公司")],
 "marketplace item, 3 certificates bundle, state-sounding company")
page("/fenlei/p3301.html", "人工智能训练师证报考 睿程教育 上海", 
 """<div class="info"><h2>人工智能训练师证报考 三级二级 可加急</h2><table>
<tr><th>类别</th><td>教育培训-职业技能</td></tr><tr><th>区域</th><td>上海 浦东</td></tr>
<tr><th>联系人</th><td>陈老师</td></tr><tr><th>电话</th><td>158 2190 7736</td></tr></table>
<p>睿程教育代理报名，证书可查，积分落户可用。收款单位：上海睿程企业管理咨询有限公司。</p></div>""",
 True, "U03", "睿程教育",
 [I("phone", "+8615821907736", "158 2190 7736"), I("other", "上海睿程企业管理咨询有限公司", "上海睿程企业管理咨询有限公司")],
 "classifieds ad for AI-trainer certificate agency, express")
page("/ask/q302.html", "华夏智能人才评价中心的证书靠谱吗？",
 f"""<div class="q"><h2>华夏智能人才评价中心的证书靠谱吗？</h2><p>网上看到他们的人工智能训练师证，说是国家级。</p></div>
<div class="a"><div class="author">华夏智能 招生老师 的回答</div>
<p>我们是正规评价中心，证书全国通用，入库可查。电话{cn('15821907736')}，微信 hxzn-rc。</p></div>""",
 True, "U03", "华夏智能人才评价中心",
 [I("phone", "+8615821907736", cn("15821907736")), I("wechat", "hxzn-rc", "hxzn-rc")],
 "Q&A self-answer by the broker, numerals in Chinese")

# ================================================================ U04 星途 (0基础 月入过万 data labeling + cert)
page("/bbs/t102.html", "0基础学AI训练师，在家做数据标注月入过万？",
 """<div class="post"><div class="author">楼主：星途AI学堂-小美</div>
<p>星途AI学堂 人工智能训练师课程 0基础可学，学完考证+推荐数据标注兼职，月入过万不是梦！原价2980，现在399。</p>
<p>进群领资料 QQ群：738192046，或加微信 xingtu_ai01</p></div>
<div class="reply"><div class="author">3楼 lily</div><p>想了解一下，我微信 lily_0921，求拉</p></div>""",
 True, "U04", "星途AI学堂",
 [I("qq_group", "738192046", "738192046"), I("wechat", "xingtu_ai01", "xingtu_ai01")],
 "forum post, 0-basis course with income promise, 399 yuan")
page("/fenlei/p3302.html", "人工智能训练师培训 线上学习 包推荐工作",
 """<div class="info"><h2>人工智能训练师培训 线上学习 包推荐兼职</h2><table>
<tr><th>类别</th><td>教育培训-电脑IT</td></tr><tr><th>区域</th><td>长沙 岳麓</td></tr>
<tr><th>联系电话</th><td>186 7604 5521</td></tr></table>
<p>星途教育：学AI训练师拿证，证书+兼职一条龙。薇：xingtu_ai01</p></div>""",
 True, "U04", "星途教育",
 [I("phone", "+8618676045521", "186 7604 5521"), I("wechat", "xingtu_ai01", "xingtu_ai01")],
 "classifieds ad, course plus job referral")
page("/video/v401.html", "90%小白都能学会的AI副业 | 人工智能训练师",
 """<div class="player">[视频] 时长 00:48 点赞 2.1万</div><h2>90%小白都能学会的AI副业，人工智能训练师了解一下</h2>
<p class="desc">@星途AI学堂 原价9999限时99！考证+接单。粉丝群 738 192 046 备注“训练师”。</p>
<div class="comments"><p>用户8841：真的假的</p><p>用户2207：学了三个月还没接到单</p></div>""",
 True, "U04", "星途AI学堂",
 [I("qq_group", "738192046", "738 192 046")],
 "short-video page, 9999->99 promo")

# ================================================================ U05 中科人才评价中心 (state-sounding, fake query domain)
page("/zhongke-rc/index.html", "中科人才评价中心-人工智能训练师证书报考官网",
 """<div class="banner"><h2>人工智能训练师 国家职业技能等级证书 全国火热报名</h2><p>人社部颁发 · 官网可查 · 全国通用 · 终身有效</p></div>
<p>中科人才评价中心是从事人才评价的专业机构。证书查询：<a href="http://cx.zkrcpj.com/">cx.zkrcpj.com</a></p>
<p>全国统一服务热线：400-611-8271</p>""",
 True, "U05", "中科人才评价中心",
 [I("phone", "4006118271", "400-611-8271"), I("phone", "010-62517783", "010-62517783"), I("email", "zkrc_bm@126.com", "zkrc_bm@126.com"),
  I("uscc", U05_USCC, U05_USCC), I("domain", "zkrcpj.com", "cx.zkrcpj.com")],
 "fake state-sounding evaluation centre home page with own query domain")
page("/zhongke-rc/baoming.html", "报名入口 - 中科人才评价中心",
 """<h2>人工智能训练师 报名流程</h2><ol><li>提交身份证、照片</li><li>缴费：五级880元、四级1280元、三级1680元、二级2980元、一级3980元</li>
<li>免考核直接认定，30个工作日出证</li></ol>
<p>资料发送至 zkrc_bm@126.com，或添加报名老师微信 zkrc8899。热线 400 611 8271</p>""",
 True, "U05", "中科人才评价中心",
 [I("email", "zkrc_bm@126.com", "zkrc_bm@126.com"), I("wechat", "zkrc8899", "zkrc8899"), I("phone", "4006118271", "400 611 8271")],
 "sign-up page, all five levels priced, no assessment")
page("/ask/q303.html", "人工智能训练师证书在哪里查询真伪？",
 """<div class="q"><h2>人工智能训练师证书在哪里查询真伪？</h2></div>
<div class="a"><div class="author">中科人才(北京)教育科技 的回答</div>
<p>我们中心颁发的证书在官网 cx.zkrcpj.com 可查，人社部认证的新职业。需要办理加 ZKRC8899。</p></div>
<div class="a"><div class="author">热心网友</div><p>正规的职业技能等级证书请到 zscx.osta.org.cn 查，其他网址要小心。</p></div>""",
 True, "U05", "中科人才(北京)教育科技",
 [I("domain", "zkrcpj.com", "cx.zkrcpj.com"), I("wechat", "zkrc8899", "ZKRC8899")],
 "Q&A answer pointing to a non-official query domain")
page("/video/v402.html", "人工智能训练师证书 官网可查 @中科AI证书",
 """<div class="player">[视频] 时长 00:31 点赞 860</div><h2>人工智能训练师证书一次拿，官网可查！</h2>
<p class="desc">@中科AI证书 主页有联系方式 4006118271 / 薇 zkrc8899</p>""",
 True, "U05", "中科AI证书",
 [I("phone", "4006118271", "4006118271"), I("wechat", "zkrc8899", "zkrc8899")],
 "short-video page with profile contacts")

# ================================================================ U06 云帆 (Hangzhou, moderate)
page("/mall/item-2104.html", "杭州 人工智能训练师五级 数据标注实操班 - 云帆职业技能培训",
 """<div class="goods"><h2>人工智能训练师五级（初级工）数据标注实操班 杭州线下</h2>
<p class="price">¥1680.00</p><p>店铺：云帆职业技能培训</p>
<div class="desc"><p>60学时，需满足从事相关工作1年的申报条件。课程编号 15120260101。</p>
<p>机构电话：0571-8691 2204　邮箱：yunfan_zx@126.com</p><p>报名表示例：手机 13800138000</p></div></div>""",
 True, "U06", "云帆职业技能培训",
 [I("phone", "0571-86912204", "0571-8691 2204"), I("email", "yunfan_zx@126.com", "yunfan_zx@126.com")],
 "marketplace item, level 5 with eligibility stated, 1680")
page("/fenlei/p3303.html", "杭州人工智能训练师培训 云帆教育 小班授课",
 """<div class="info"><h2>杭州人工智能训练师培训 五级四级 小班授课</h2><table>
<tr><th>区域</th><td>杭州 西湖</td></tr><tr><th>电话</th><td>137 5814 2296（微信同号）</td></tr>
<tr><th>座机</th><td>0571 86912204</td></tr></table><p>杭州云帆教育，课程编号 15120260101，可申请补贴。</p></div>""",
 True, "U06", "杭州云帆教育",
 [I("phone", "+8613758142296", "137 5814 2296"), I("phone", "0571-86912204", "0571 86912204")],
 "classifieds ad, levels 5/4")
page("/wx/a-0613.html", "浙江人工智能训练师补贴怎么领？一文讲清",
 """<h2>浙江人工智能训练师补贴怎么领？一文讲清</h2><p class="src">来源：云帆AI　2026-03-15</p>
<p>参保满一年、取得五级/四级/三级证书，可申领技能提升补贴。报名咨询 +86-137-5814-2296，资料请发 yunfan_zx#126.com（#换成@）。</p>""",
 True, "U06", "云帆AI",
 [I("phone", "+8613758142296", "+86-137-5814-2296"), I("email", "yunfan_zx@126.com", "yunfan_zx#126.com")],
 "WeChat repost, subsidy explainer ending in sign-up ad")

# ================================================================ U07 职达 (advertorial)
page("/bbs/t105.html", "分享：我是怎么拿到人工智能训练师三级的",
 """<div class="post"><div class="author">楼主：职达教育-Anna</div>
<p>去年在职达教育报的三级，老师很负责，考前冲刺很有用，包过班更省心。需要的可以扣扣 1472580936 或微信 zhida_teacher。</p></div>
<div class="reply"><div class="author">5楼 bear</div><p>又是广告</p></div>""",
 True, "U07", "职达教育",
 [I("qq", "1472580936", "1472580936"), I("wechat", "zhida_teacher", "zhida_teacher")],
 "disguised testimonial post, 包过班")
page("/wx/a-0614.html", "人工智能训练师，2026年最值得考的证书之一",
 """<h2>人工智能训练师，2026年最值得考的证书之一</h2><p class="src">来源：职达人才　2026-03-18</p>
<p>职业技能等级证书直接对应职称证书！三级+2年可评助理工程师。</p>
<p>线下课堂：天河区华景路1号南方传媒大厦（前台 020 8755 6321 可指引）。</p>
<p>报名：159 2038 7741，微信 zhida_teacher</p>""",
 True, "U07", "职达人才",
 [I("phone", "+8615920387741", "159 2038 7741"), I("wechat", "zhida_teacher", "zhida_teacher")],
 "WeChat repost, 职称 overclaim")
page("/news/n502.html", "AI浪潮下，人工智能训练师成热门职业（推广）",
 """<h2>AI浪潮下，人工智能训练师成热门职业</h2><p class="meta">2026-03-20 来源：合作推广</p>
<p>广州职达教育负责人介绍，该机构已培养学员数千名……详情访问 zhida-peixun.cn 或致电15920387741。</p>""",
 True, "U07", "职达教育",
 [I("domain", "zhida-peixun.cn", "zhida-peixun.cn"), I("phone", "+8615920387741", "15920387741")],
 "advertorial on a news site")

# ================================================================ U08 数标优聘 (job lure)
page("/fenlei/p3304.html", "招聘 数据标注员 在家兼职 日结 需人工智能训练师证",
 """<div class="info"><h2>招数据标注员 在家兼职 日结200+</h2><table>
<tr><th>公司</th><td>智标科技</td></tr><tr><th>电话</th><td>173 0245 9918</td></tr></table>
<p>无经验可，需先考取人工智能训练师证（公司代报名，费用1280元，入职后返还）。简历发 hr_biaozhu@foxmail.com</p></div>""",
 True, "U08", "智标科技",
 [I("phone", "+8617302459918", "173 0245 9918"), I("email", "hr_biaozhu@foxmail.com", "hr_biaozhu@foxmail.com")],
 "job ad that sells a certificate first (job lure)")
page("/video/v403.html", "在家做AI数据标注，一单一结",
 """<div class="player">[视频] 时长 01:02 点赞 5430</div><h2>在家做AI数据标注，一单一结，先考证再上岗</h2>
<p class="desc">@数标优聘 V：biaozhu_hr 扣扣 3381920574</p>""",
 True, "U08", "数标优聘",
 [I("wechat", "biaozhu_hr", "biaozhu_hr"), I("qq", "3381920574", "3381920574")],
 "short-video job lure with certificate fee")
page("/mall/item-2105.html", "人工智能训练师考证+数据标注上岗培训 - 数标优聘",
 """<div class="goods"><h2>人工智能训练师考证+数据标注上岗培训 推荐兼职</h2>
<p class="price">¥1280.00</p><p>店铺：数标优聘</p>
<div class="desc"><p>学完推荐兼职，月入3000-8000。售后扣扣：3381 9205 74，邮箱 hr_biaozhu@foxmail.com</p></div></div>""",
 True, "U08", "数标优聘",
 [I("qq", "3381920574", "3381 9205 74"), I("email", "hr_biaozhu@foxmail.com", "hr_biaozhu@foxmail.com")],
 "marketplace item, course plus job referral")

# ================================================================ U09 鼎盛 (三级二级一级 + 落户)
page("/ask/q304.html", "上海积分落户，人工智能训练师证书能加多少分？",
 """<div class="q"><h2>上海积分落户，人工智能训练师证书能加多少分？</h2></div>
<div class="a"><div class="author">鼎盛人才 的回答</div>
<p>三级60分，二级100分，一级140分。我们可以三级二级一级一次拿，零基础也行，技师直通。电话189-1726-4403，座机021-5431 7789。</p></div>""",
 True, "U09", "鼎盛人才",
 [I("phone", "+8618917264403", "189-1726-4403"), I("phone", "021-54317789", "021-5431 7789")],
 "Q&A answer offering levels 3/2/1 at once for 落户 points")
page("/wx/a-0615.html", "技能人才落户新通道：人工智能训练师",
 f"""<h2>技能人才落户新通道：人工智能训练师</h2><p class="src">来源：申城积分落户服务　2026-03-10</p>
<p>技师、高级技师直通车，加急40天出证，5980元起。办公室电话：021-54317789，顾问微信 dingsheng_lh。</p>
<p>主体：{U09_USCC}</p>""",
 True, "U09", "申城积分落户服务",
 [I("phone", "021-54317789", "021-54317789"), I("wechat", "dingsheng_lh", "dingsheng_lh"), I("uscc", U09_USCC, U09_USCC)],
 "WeChat repost selling technician levels for hukou points")
page("/bbs/t107.html", "上海积分/落户 人工智能训练师技师 互助群",
 """<div class="post"><div class="author">楼主：鼎盛教育</div>
<p>人工智能训练师二级技师名额有限，交流群 863204517，顾问 DingSheng_LH。</p></div>""",
 True, "U09", "鼎盛教育",
 [I("qq_group", "863204517", "863204517"), I("wechat", "dingsheng_lh", "DingSheng_LH")],
 "forum post with group number")
page("/video/v404.html", "一级高级技师也能速成？",
 """<div class="player">[视频] 时长 00:55 点赞 1.2万</div><h2>高级技师证书 速成 积分落户直接加140分</h2>
<p class="desc">@鼎盛人才 群 8632 0451 7 电话 18917264403</p>""",
 True, "U09", "鼎盛人才",
 [I("qq_group", "863204517", "8632 0451 7"), I("phone", "+8618917264403", "18917264403")],
 "short-video selling level 1 fast")

# ================================================================ Independents
page("/mall/item-2106.html", "人工智能训练师五级 网课 - 启明星AI培训",
 """<div class="goods"><h2>人工智能训练师五级 网课 60学时 含模拟题</h2><p class="price">¥699.00</p><p>店铺：启明星AI培训</p>
<div class="desc"><p>仅为培训课程（平台类目编号 15120260101），认定考试需自行向评价机构报名。客服：136 1185 2037</p><p>报名表示例：13800138000</p></div></div>""",
 True, "I01", "启明星AI培训", [I("phone", "+8613611852037", "136 1185 2037")], "honest online course, level 5, 699")
page("/bbs/t106.html", "个人带学人工智能训练师四级，可答疑",
 """<div class="post"><div class="author">楼主：阿杰AI</div><p>做了三年数据标注，业余带人备考四级，收费800元，只辅导不包证。wx: ajie_ai_2025</p></div>""",
 True, "I02", "阿杰AI", [I("wechat", "ajie_ai_2025", "ajie_ai_2025")], "individual tutor offer, no guarantee")
page("/fenlei/p3305.html", "深圳鹏程职业培训学校 人工智能训练师 补贴培训",
 f"""<div class="info"><h2>人工智能训练师（三级）补贴性培训 深圳</h2><table>
<tr><th>机构</th><td>深圳市鹏程职业培训学校</td></tr><tr><th>电话</th><td>0755-83326615</td></tr></table>
<p>民办非企业单位，统一社会信用代码 {I03_USCC}。证书可在 zscx.osta.org.cn 查询，补贴政策详询12333。本期鉴定批次号 13320260315。</p></div>""",
 True, "I03", "深圳市鹏程职业培训学校",
 [I("phone", "0755-83326615", "0755-83326615"), I("uscc", I03_USCC, I03_USCC)], "honest subsidised training, level 3")
page("/ask/q305.html", "成都哪里可以学人工智能训练师？",
 """<div class="q"><h2>成都哪里可以学人工智能训练师？</h2></div>
<div class="a"><div class="author">蓉智教育 的回答</div><p>我们蓉智教育在高新区有四级班，3200元，可以试听，QQ：905317264</p></div>""",
 True, "I04", "蓉智教育", [I("qq", "905317264", "905317264")], "Q&A answer, Chengdu course 3200")
page("/video/v405.html", "小鹿学AI：训练师课程第一课",
 """<div class="player">[视频] 时长 03:12 点赞 430</div><h2>人工智能训练师课程第一课：什么是数据标注</h2>
<p class="desc">@小鹿学AI 完整课程在橱窗，有问题私信或 V: xiaolu_learnai</p>""",
 True, "I05", "小鹿学AI", [I("wechat", "xiaolu_learnai", "xiaolu_learnai")], "short-video course teaser, no price")
page("/college/jxjy-ai.html", "继续教育学院关于开展人工智能训练师职业技能等级认定培训的通知",
 """<h2>关于开展人工智能训练师（五级、四级）职业技能等级认定培训的通知</h2>
<p>我院为经备案的职业技能等级认定机构，面向社会开展培训与认定。认定费按渝价〔2016〕128号执行。</p>
<p>证书可登录 zscx.osta.org.cn 查询。补贴政策请咨询12333。</p>
<p>联系人：继续教育学院 刘老师 023-65921150，邮箱 jxjy@cqyzzy.edu.cn</p>""",
 True, "I06", "渝州职业技术学院继续教育学院",
 [I("phone", "023-65921150", "023-65921150"), I("email", "jxjy@cqyzzy.edu.cn", "jxjy@cqyzzy.edu.cn")],
 "college notice of legitimate training and evaluation")

# ================================================================ Non-offers
page("/bbs/t103.html", "求助：人工智能训练师证书到底哪里考才是真的？",
 """<div class="post"><div class="author">楼主：新手小白</div><p>网上一堆卖证的，有说人社部颁发的，有说不用考的，到底怎么判断？</p>
<p>之前有人给我发了订单号 15626031812 让我付尾款，有点慌。</p></div>
<div class="reply"><div class="author">2楼 老鸟</div><p>去 zscx.osta.org.cn 查机构和证书，别信包过。</p></div>
<div class="reply"><div class="author">3楼 lily</div><p>我也在找，互相交流，微信 lily_0921</p></div>""",
 note="learner's question thread on a forum", crumb="求助帖")
page("/bbs/t104.html", "曝光：交了2980买人工智能训练师证，拿到的证书查不到！",
 """<div class="post"><div class="author">楼主：被骗的阿强</div>
<p>对方自称“国家人才评价中心”，骗子电话 170 3321 9086，收钱后拉黑。订单号 15626031812。已打12315投诉。</p></div>""",
 note="complaint thread quoting a scammer's number", crumb="避坑曝光")
page("/fenlei/p3306.html", "招聘 AI数据标注员 五险一金",
 """<div class="info"><h2>招聘：AI数据标注员 5人 6000-8000元</h2><table><tr><th>公司</th><td>某科技有限公司</td></tr>
<tr><th>联系</th><td>请投递至平台简历箱</td></tr></table><p>有人工智能训练师证书者优先，不收取任何费用。</p></div>""",
 note="genuine job ad, no fee, no contacts", crumb="招聘求职")
page("/ask/q306.html", "人工智能训练师证书是国家职业资格证书吗？",
 """<div class="q"><h2>人工智能训练师证书是国家职业资格证书吗？</h2></div>
<div class="a best"><div class="author">职业规划师老周 的回答</div><p>不是。2020年后它属于职业技能等级证书，由备案的评价机构颁发，可在 zscx.osta.org.cn 查询。所谓“人社部颁发”都是不准确的。</p></div>
<div class="a"><div class="author">网友</div><p>谢谢科普，有资料发我QQ 1043558927</p></div>""",
 note="honest Q&A explainer", crumb="考试")
page("/wx/a-0616.html", "政策解读：职业技能等级证书与X证书有何不同",
 """<h2>政策解读：职业技能等级证书与X证书有何不同</h2><p class="src">来源：职教观察　2026-02-28</p>
<p>职业技能等级证书可在 zscx.osta.org.cn 查询；原1+X证书可在 vslc.ncb.edu.cn 查询。根据人社厅函〔2025〕154号，X证书工作移交人社部门。</p>""",
 note="policy explainer repost", crumb="教育")
page("/news/n501.html", "记者调查：“人工智能训练师”证书网上叫卖，“包过”背后有猫腻",
 """<h2>记者调查：“人工智能训练师”证书网上叫卖，“包过”背后有猫腻</h2><p class="meta">2026-03-22 记者 王敏</p>
<p>记者以学员身份联系多家机构，有的宣称“人社部颁发”“不用考试”。一名受骗者提供的骗子电话 170-3321-9086 已无法接通，其网店订单号13720260308对应的店铺已下架。</p>
<p>人社部门提醒，职业技能等级证书可在 zscx.osta.org.cn 查询，遇到问题可拨打12333或12315。</p>""",
 note="news report on certificate scams", crumb="曝光台")
page("/gov/notice-0318.html", "关于警惕“人工智能训练师”等山寨证书的风险提示",
 """<h2>关于警惕“人工智能训练师”等山寨证书的风险提示</h2><p class="meta">发布日期：2026-03-18</p>
<p>近期有不法分子冒用“人社部颁发”名义，以“包过”“免考”为噱头售卖证书。群众反映的号码（如17033219086）已移交公安机关。</p>
<p>职业技能等级证书请通过技能人才评价证书全国联网查询（zscx.osta.org.cn）或 jndj.osta.org.cn 核验。咨询电话：12333。</p>""",
 note="official warning notice", crumb="政务公开")
page("/gov/policy-0301.html", "关于2026年技能提升补贴申领的通知",
 """<h2>关于2026年技能提升补贴申领的通知</h2><p>参保职工取得五级、四级、三级职业技能等级证书的，分别可申领1000元、1500元、2000元补贴。详询12333。</p>
<p>证书核验：jndj.osta.org.cn</p>""",
 note="official subsidy policy notice", crumb="政策文件")
page("/college/short-course.html", "社会培训：茶艺师（五级）短期培训班招生",
 """<h2>茶艺师（五级）短期培训班招生</h2><p>面向社会招收学员，学费1200元。报名请到学院社会培训部现场办理。</p>""",
 note="unrelated course (tea art) at the college", crumb="社会培训")

# ================================================================ decoys
DECOYS = [
 ("public_hotline", "phone", "12333", ["12333"], "national 人社 service hotline quoted by sellers and officials"),
 ("public_hotline", "phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("official_site", "domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
 ("official_site", "domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
 ("official_site", "domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
 ("scam_quoted", "phone", "+8617033219086", ["170 3321 9086", "170-3321-9086", "17033219086"], "scammer number quoted in complaint, news and warning"),
 ("number_shaped", "other", "13720260308", ["13720260308"], "order number shaped like a mobile, in a buyer review"),
 ("number_shaped", "other", "15626031812", ["15626031812"], "order number quoted by a victim in two threads"),
 ("number_shaped", "other", "15120260101", ["15120260101"], "marketplace course-category code shaped like a mobile, copied by several sellers"),
 ("number_shaped", "other", "13320260315", ["13320260315"], "assessment batch number shaped like a mobile"),
 ("placeholder", "phone", "+8613800138000", ["13800138000"], "form template placeholder on marketplace shops"),
 ("third_party", "phone", "020-87556321", ["020-87556321", "020 8755 6321"], "front desk of an office building used as venue"),
 ("reader_contact", "wechat", "lily_0921", ["lily_0921"], "a reader's own WeChat in comments"),
 ("reader_contact", "qq", "1043558927", ["1043558927"], "a reader's own QQ in answers"),
 ("platform_footer", "phone", "4006902210", ["400-690-2210"], "website-builder support line in company-site footers"),
 ("platform_footer", "phone", "4008203355", ["400-820-3355"], "marketplace customer service"),
 ("platform_footer", "email", "service@kezhanwang.cn", ["service@kezhanwang.cn"], "marketplace service e-mail"),
 ("platform_footer", "domain", "kezhanwang.cn", ["www.kezhanwang.cn"], "marketplace domain"),
 ("platform_footer", "other", "沪ICP备19021457号-2", ["沪ICP备19021457号-2"], "marketplace ICP"),
 ("platform_footer", "qq_group", "512334876", ["512334876"], "forum official QQ group"),
 ("platform_footer", "email", "admin@zcren.net", ["admin@zcren.net"], "forum admin e-mail"),
 ("platform_footer", "other", "粤ICP备18067732号-1", ["粤ICP备18067732号-1"], "forum ICP"),
 ("platform_footer", "phone", "4000165858", ["400-016-5858"], "classifieds service line"),
 ("platform_footer", "other", "皖B2-20190345", ["皖B2-20190345"], "classifieds telecom licence"),
 ("platform_footer", "email", "jubao@wendazhi.com", ["jubao@wendazhi.com"], "Q&A report e-mail"),
 ("platform_footer", "other", "京ICP备16043318号-3", ["京ICP备16043318号-3"], "Q&A ICP"),
 ("platform_footer", "wechat", "wxwenzhai_bd", ["wxwenzhai_bd"], "repost site business WeChat"),
 ("platform_footer", "other", "浙ICP备20011873号-1", ["浙ICP备20011873号-1"], "repost site ICP"),
 ("platform_footer", "phone", "010-53312270", ["010-53312270"], "video platform report line"),
 ("platform_footer", "other", "京ICP备20190412号-5", ["京ICP备20190412号-5"], "video platform ICP"),
 ("platform_footer", "phone", "0571-85109988", ["0571-85109988"], "news hotline"),
 ("platform_footer", "email", "tougao@qjgcw.com", ["tougao@qjgcw.com"], "news site e-mail"),
 ("platform_footer", "phone", "023-65928800", ["023-65928800"], "college office"),
 ("platform_footer", "other", "渝ICP备05003311号", ["渝ICP备05003311号"], "college ICP"),
]

# ================================================================ rendering
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def rel(src, dst):
    a = src.strip("/").split("/")[:-1]; b = dst.strip("/").split("/")
    i = 0
    while i < len(a) and i < len(b) - 1 and a[i] == b[i]: i += 1
    return "/".join([".."] * (len(a) - i) + b[i:]) or "index.html"

def site_pages(s): return [p for p in PAGES if p["site"] == s]

def add_indexes():
    blurbs = {"mall": "职业技能课程精选", "bbs": "考证交流版块", "fenlei": "教育培训 / 招聘信息", "ask": "教育考试热门问题",
              "wx": "今日精选文章", "video": "知识区热门视频", "news": "最新报道", "gov": "通知公告", "college": "学院新闻"}
    for s in ORDER:
        if any(p["path"] == f"/{s}/index.html" for p in PAGES): continue
        items = "".join(f'<li><a href="{rel(f"/{s}/index.html", p["path"])}">{esc(p["title"])}</a></li>' for p in site_pages(s))
        page(f"/{s}/index.html", f'{SITES[s]["name"]} - 首页', f'<h2>{blurbs[s]}</h2><ul class="list">{items}</ul>',
             note=f'{SITES[s]["name"]} site index', crumb="首页")
    # company sites: index links its pages
add_indexes()

CSS = {"company": "body{font-family:SimSun}.banner{background:#036;color:#fff}", "mall": ".price{color:#f40}",
       "forum": ".post,.reply{border:1px solid #ccc}", "classifieds": "table{border:1px solid #999}",
       "qa": ".a{border-top:1px solid #eee}", "wechat": ".src{color:#888}", "video": ".player{background:#000;color:#fff}",
       "news": ".meta{color:#666}", "gov": "body{background:#f5f5f5}.gov-head{background:#b00;color:#fff}",
       "college": ".col-head{background:#063}"}

def render(p):
    if p["site"] is None:
        links = "".join(f'<li><a href="{s}/index.html">{SITES[s]["name"]}</a></li>' for s in ORDER)
        return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(p["title"])}</title></head><body>'
                f'<h1>{esc(p["title"])}</h1><p>本周检索“人工智能训练师 证书”时访问过的网站：</p><ul>{links}</ul></body></html>\n')
    s = SITES[p["site"]]; st = s["style"]; path = p["path"]
    idx = f'/{p["site"]}/index.html'
    menu = "".join(f'<li><a href="{rel(path, idx)}">{m}</a></li>' for m in s["menu"])
    sibs = [q for q in site_pages(p["site"]) if q["path"] != path]
    related = "".join(f'<li><a href="{rel(path, q["path"])}">{esc(q["title"])}</a></li>' for q in sibs[:6])
    crumbs = f'<a href="{rel(path, idx)}">{s["name"]}</a> &gt; {esc(p["crumb"])}'
    home = f'<a href="{rel(path, "/index.html")}">网址导航</a>'
    side = {"company": "<h4>热门课程</h4><p>人工智能训练师 / 数据标注员 / 电子商务师</p>",
            "mall": "<h4>店铺推荐</h4><p>猜你喜欢</p>", "forum": "<h4>版块公告</h4><p>禁止发布广告，违者封号</p>",
            "classifieds": "<h4>安全提示</h4><p>凡要求先交费的招聘均需警惕</p>", "qa": "<h4>相关问题</h4>",
            "wechat": "<h4>热门文章</h4>", "video": "<h4>相关推荐</h4>", "news": "<h4>热点排行</h4>",
            "gov": "<h4>办事指南</h4><p>技能人才评价证书查询</p>", "college": "<h4>快速通道</h4>"}[st]
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(p["title"])}</title>'
            f'<style>{CSS[st]}</style></head><body class="{st}">'
            f'<div class="top">{home} | {s["dom"]}</div><header><h1 class="logo">{s["name"]}</h1><nav><ul>{menu}</ul></nav></header>'
            f'<div class="crumbs">{crumbs}</div><div class="wrap"><main>{p["body"]}</main>'
            f'<aside>{side}<ul class="related">{related}</ul></aside></div>'
            f'<footer>{s["footer"]}</footer></body></html>\n')

page("/index.html", "网址导航：人工智能训练师证书检索（一周）", "", note="navigation page linking every site index")

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    html = {}
    for p in PAGES:
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        h = render(p); html[p["path"]] = h
        with open(fn, "w", encoding="utf-8", newline="\n") as f: f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f: f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    decoys = []
    for cat, kind, val, written, why in DECOYS:
        pages = [p["path"] for p in PAGES if any(w in html[p["path"]] for w in written)]
        decoys.append({"kind": kind, "category": cat, "value": val, "written": written, "pages": pages, "why": why})
    truth = {"pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1); f.write("\n")

if __name__ == "__main__":
    main()
