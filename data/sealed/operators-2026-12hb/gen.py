#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]

USCC_U01 = uscc("52640300", "MJX40271")   # 民办非企业: 智云职业技能培训学校 (吴忠)
USCC_U05 = uscc("52640302", "MJ594806")   # 鸿业职业技能培训学校 (利通区)
USCC_U07 = uscc("91640100", "MA76K8R3")   # 宁夏数标人才服务有限公司 (银川)
USCC_U02 = uscc("91640300", "MA7H2W54")   # 吴忠塞上启航教育科技有限公司

# ---------------------------------------------------------------- sites
SITES = {
 "zhiyun": dict(name="宁夏智云职业技能培训学校", style="training-company",
   menu=["首页", "培训项目", "鉴定报名", "学员风采", "联系我们"],
   side="<h4>培训项目</h4><ul><li>人工智能训练师（五级/四级/三级）</li><li>电子商务师</li><li>互联网营销师</li></ul>",
   foot="宁夏智云职业技能培训学校 版权所有 | 地址：吴忠市利通区裕民街道朝阳西街 | 电话：0953-2016688 | 网址：www.zhiyunpx.cn | 宁ICP备19002716号-1"),
 "kecheng": dict(name="学霸课堂 · 职业技能课程平台", style="course-marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻", "我的课程"],
   side="<h4>热门分类</h4><ul><li>人工智能训练师</li><li>健康管理师</li><li>心理咨询</li><li>数据标注</li></ul><p>平台客服：400-615-8800（9:00-21:00）</p>",
   foot="学霸课堂 xuebake.com | 平台客服热线 400-615-8800 | 投诉邮箱 kefu@xuebake.com | 平台仅提供信息展示，课程由入驻机构提供 | 京ICP备18051122号"),
 "bbs": dict(name="吴忠论坛 · 利通人家", style="forum",
   menu=["论坛首页", "吴忠杂谈", "求职招聘", "教育培训", "维权曝光", "二手市场"],
   side="<h4>版规</h4><p>禁止发布违法广告。论坛官方QQ群：186602315，管理员邮箱 admin@wzltrj.com</p>",
   foot="吴忠论坛 www.wzltrj.com © 2009-2026 | 站务QQ群 186602315 | 举报邮箱 admin@wzltrj.com | 宁ICP备10003052号"),
 "fenlei": dict(name="固原便民网 · 分类信息", style="classifieds",
   menu=["首页", "招聘求职", "教育培训", "房屋租售", "二手车", "本地服务"],
   side="<h4>发布须知</h4><p>请勿轻信先交费后办证，免费发布热线 0954-2881000。</p>",
   foot="固原便民网 gybmw.cn | 客服电话 0954-2881000 | 宁ICP备16000231号-1 | 信息由网友发布，本站不对真实性负责"),
 "wenda": dict(name="问问看 · 知识问答", style="qa",
   menu=["首页", "教育", "职场", "考证", "提问"],
   side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗</li><li>数据标注员需要证书吗</li><li>技能提升补贴怎么领</li></ul>",
   foot="问问看 wenwenkan.net | 违法和不良信息举报：jubao@wenwenkan.net | 增值电信业务经营许可证 京B2-20190433"),
 "mp": dict(name="微文摘 · 公众号文章聚合", style="wechat-repost",
   menu=["首页", "教育", "职场", "本地", "热门"],
   side="<h4>说明</h4><p>本站转载微信公众号文章，如有侵权请联系 wxwenzhai.cn 删除。</p>",
   foot="微文摘 wxwenzhai.cn | 内容来自微信公众平台，版权归原作者 | 联系：tougao@wxwenzhai.cn | 蜀ICP备20011876号"),
 "video": dict(name="悦看短视频 网页版", style="short-video",
   menu=["推荐", "关注", "同城·吴忠", "直播", "知识"],
   side="<h4>相关推荐</h4><ul><li>#人工智能训练师</li><li>#考证</li><li>#副业</li></ul>",
   foot="悦看短视频 yuekan.tv | 未成年人守护热线 400-990-7788 | 商务合作 bd@yuekan.tv"),
 "news": dict(name="塞上新闻网 · 吴忠频道", style="news",
   menu=["首页", "时政", "民生", "教育", "吴忠", "固原"],
   side="<h4>新闻热线</h4><p>0951-5088110</p><h4>热点</h4><ul><li>山寨证书专项治理</li><li>技能提升补贴</li></ul>",
   foot="塞上新闻网 sshxw.com.cn | 新闻热线 0951-5088110 | 违法和不良信息举报电话 0951-5088119 | 宁ICP备12000880号"),
 "college": dict(name="吴忠职业技术学院", style="college",
   menu=["学院首页", "学院概况", "招生就业", "继续教育", "社会培训"],
   side="<h4>快速通道</h4><ul><li>信息公开</li><li>继续教育学院</li><li>职业技能等级认定</li></ul>",
   foot="吴忠职业技术学院 | 地址：吴忠市利通区 | 学院办公室 0953-2180001 | wzzy.edu.cn"),
 "rsj": dict(name="吴忠市人力资源和社会保障局（示意）", style="government-notice",
   menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "办事服务"],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：吴忠市人力资源和社会保障局 | 人社服务热线 12333 | 网站标识码 6403000012"),
 "shop": dict(name="淘集市 · 教育培训频道", style="shop",
   menu=["首页", "教育培训", "考证服务", "店铺街", "购物车"],
   side="<h4>购物保障</h4><p>官方客服QQ 800088613；支付请走平台担保交易</p>",
   foot="淘集市 taojishi.com | 消费者客服QQ 800088613 | 客服电话 400-660-2580 | 浙ICP备15033102号"),
}
ORDER = ["zhiyun", "kecheng", "bbs", "fenlei", "wenda", "mp", "video", "news", "college", "rsj", "shop"]

PAGES = []

def page(path, title, body, offer=False, op=None, provider=None, ids=(), note="", related=()):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, ids=[list(x) for x in ids], note=note, related=list(related)))

PH = lambda n: "+86" + n

# ====================== U01 宁夏智云职业技能培训学校 (honest) ======================
page("/zhiyun/course-ai.html", "人工智能训练师（五级/四级）培训与鉴定报名",
 """<p>我校为吴忠市人社局公布的职业技能培训定点机构之一。人工智能训练师（职业编码4-04-05-05）是2020年人社部等部门发布的新职业，
 包含数据标注员、人工智能算法测试员两个工种。</p>
 <h3>报名条件</h3><p>五级：在本职业或相关职业累计工作1年（含）以上，或本职业学徒期满。四级：取得五级证书后工作满4年，或累计工作满6年等。</p>
 <h3>培训安排</h3><p>五级60课时、四级50课时，理论+实操（数据采集与处理、数据标注），晚班和周末班可选。</p>
 <h3>证书</h3><p>考核合格由经备案的评价机构颁发职业技能等级证书，可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。我校不承诺包过。</p>
 <p>符合条件的参保职工可申请失业保险技能提升补贴（五级最高1000元、四级最高1500元），详见人社部门通知，咨询 12333。</p>
 <p>考试地点：吴忠职业技术学院实训楼考点，考点前台 0953-2123060（仅受理考场问题）。</p>
 <p>报名咨询：李老师 139 5385 2716 | 办公室 0953-2016688</p>
 <p>办学许可/统一社会信用代码：""" + USCC_U01 + "</p>",
 True, "U01", "宁夏智云职业技能培训学校",
 [("phone", PH("13953852716"), "139 5385 2716"), ("phone", "09532016688", "0953-2016688"),
  ("uscc", USCC_U01, USCC_U01), ("domain", "zhiyunpx.cn", "www.zhiyunpx.cn")],
 "U01 own training-school site: course and assessment enrolment, honest")
page("/kecheng/item-101.html", "【智云教育】人工智能训练师五级 数据标注实操班（吴忠线下+直播）",
 """<div class="price">¥1680 <s>¥1980</s> 已报名 312 人</div>
 <p>机构：智云教育（吴忠）| 课程编号 KC-2026-0101</p>
 <p>课程内容：数据采集和处理、数据标注规范、标注工具实操、理论复习。适合有相关工作经历、准备申报五级的学员。</p>
 <p>说明：证书由备案评价机构颁发，需本人参加理论和技能考核，成绩均达60分合格。</p>
 <p>线下报名咨询：139-5385-2716　微信：zhiyun_ai2026</p>""",
 True, "U01", "智云教育",
 [("phone", PH("13953852716"), "139-5385-2716"), ("wechat", "zhiyun_ai2026", "zhiyun_ai2026")],
 "U01 course listing on marketplace, different brand")
page("/fenlei/post-3301.html", "吴忠 人工智能训练师 培训 周末班 招生",
 """<p>类别：教育培训 &gt; 职业技能　区域：利通区　发布：智云培训</p>
 <p>人工智能训练师五级、四级周末班，3月开课。有补贴政策的可以帮忙咨询材料，以人社局审核为准。</p>
 <p>联系电话：0953 2016688　加微信 zhiyun_AI2026 备注“分类”</p>""",
 True, "U01", "智云培训",
 [("phone", "09532016688", "0953 2016688"), ("wechat", "zhiyun_ai2026", "zhiyun_AI2026")],
 "U01 classified ad")
page("/mp/s-zhiyun.html", "吴忠这所培训学校开设人工智能训练师班，报名通道开启",
 """<p class="src">来源公众号：吴忠职教圈　原文发布 2026-03-02</p>
 <p>人工智能训练师是近年热门新职业。宁夏智云职业技能培训学校本期开设五级、四级培训班，线下授课地点在利通区。</p>
 <p>报名表在线填写：jinshuju.net/f/Zy2026（金数据表单）</p>
 <p>咨询V信：zhiyun_ai2026</p>
 <p>学校统一社会信用代码 """ + USCC_U01 + "</p>",
 True, "U01", "宁夏智云职业技能培训学校",
 [("wechat", "zhiyun_ai2026", "zhiyun_ai2026"), ("uscc", USCC_U01, USCC_U01)],
 "U01 WeChat article repost")

# ====================== U02 塞上启航 (dishonest: 包过, 人社部颁发) ======================
page("/shop/item-q1.html", "人工智能训练师证书 三级 包过 人社部颁发 国家职业资格 全国通用",
 """<div class="price">¥3980 / 本</div><p>店铺：启航职教旗舰店</p>
 <p>✔不限学历 不限经验 ✔免培训直接考 ✔包过，不过全额退 ✔人社部颁发 国家职业资格证书 入库可查</p>
 <p>证书样本编号：S000064000123265000031（仅供展示）</p>
 <p>拍前请咨询客服QQ：2853317460　官网 qihangzj.com</p>""",
 True, "U02", "启航职教旗舰店",
 [("qq", "2853317460", "2853317460"), ("domain", "qihangzj.com", "qihangzj.com")],
 "U02 shop listing, scam wording (包过, 人社部颁发, 国家职业资格)")
page("/video/v-8801.html", "零基础也能拿人工智能训练师证？看完这条你就懂了",
 """<p class="author">@启航老师说考证 · 吴忠</p>
 <p>视频文案：人社部证书退出了，哪家证书来接盘？人工智能训练师，今年最后一批，交钱包过，拿证就能涨工资！</p>
 <p>主页简介：考证咨询➕Q 2853 317 460　电话 187 0953 4412</p>
 <p>评论区置顶：想了解的私信，名额有限。</p>""",
 True, "U02", "启航老师说考证",
 [("qq", "2853317460", "2853 317 460"), ("phone", PH("18709534412"), "187 0953 4412")],
 "U02 short-video page")
page("/wenda/q-5512.html", "吴忠哪里能考人工智能训练师证？多久能拿证？",
 """<p class="q">提问者：匿名用户　我在吴忠上班，想考个人工智能训练师，哪里能报？</p>
 <div class="a"><b>启航老师（认证：教育顾问）</b>：我们这边常年办理，三级一个月出证，不用去考场，全程代办，打187-0953-4412。</div>
 <div class="a"><b>网友 wz_xiaoma</b>：楼上的别信，我电话15009541234，谁有正规机构推荐一下。</div>
 <div class="a"><b>热心网友</b>：正规的要参加考核，证书可以在 zscx.osta.org.cn 查。</div>""",
 True, "U02", "启航老师",
 [("phone", PH("18709534412"), "187-0953-4412")],
 "U02 answer on Q&A site advertising 代办")
page("/bbs/thread-2231.html", "【转】塞上启航教育 人工智能训练师 三级直考 名额不多了",
 """<div class="post"><b>楼主 saishang_qh</b>：塞上启航教育，人工智能训练师三级直考，人社部颁发，包过！官网 www.qihangzj.com 电话18709534412
 <br>企业信用代码 """ + USCC_U02 + """</div>
 <div class="post"><b>2楼 丽丽</b>：真的包过吗？我微信 lily_wz0953 私聊我</div>
 <div class="post"><b>3楼 老吴忠</b>：包过的都是坑，去年被坑了3000块。</div>""",
 True, "U02", "塞上启航教育",
 [("domain", "qihangzj.com", "www.qihangzj.com"), ("phone", PH("18709534412"), "18709534412"),
  ("uscc", USCC_U02, USCC_U02)],
 "U02 forum ad thread with replies")

# ====================== U03 六盘山职业培训中心 (固原, honest) ======================
page("/fenlei/post-3318.html", "固原 六盘山职业培训中心 人工智能训练师（数据标注员）培训",
 """<p>类别：教育培训　区域：原州区　发布者：六盘山职培</p>
 <p>本中心开设人工智能训练师五级（数据标注员）培训，60课时，参加2026年第一批次职业技能等级认定（批次号13720260105）。</p>
 <p>报名需提供一年以上相关工作证明或学徒期满证明。不承诺通过。</p>
 <p>电话：0954-2035577 / 13519548023</p>""",
 True, "U03", "六盘山职培",
 [("phone", "09542035577", "0954-2035577"), ("phone", PH("13519548023"), "13519548023")],
 "U03 classified ad")
page("/kecheng/item-117.html", "【六盘山职业培训中心】人工智能训练师五级 线上理论+固原线下实操",
 """<div class="price">¥1200 已报名 86 人</div><p>机构：六盘山职业培训中心（固原）| 课程编号 KC-2026-0117</p>
 <p>理论30% 实操70%，固原本地实训室上机。考核由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
 <p>联系邮箱：lps_px@163.com　电话 0954—2035577</p>""",
 True, "U03", "六盘山职业培训中心",
 [("email", "lps_px@163.com", "lps_px@163.com"), ("phone", "09542035577", "0954—2035577")],
 "U03 marketplace course")
page("/news/ad-lps.html", "固原：新职业培训走进乡村 六盘山职培开设数据标注班",
 """<p class="meta">塞上新闻网 2026-03-10 推广</p>
 <p>近日，固原市原州区六盘山职业培训中心面向返乡青年开设人工智能训练师（数据标注员）班。负责人介绍，符合条件的参保人员考取证书后可按规定申领技能提升补贴。</p>
 <p>报名电话（0954）2035577，邮箱 lps_px#163.com（#换成@）。</p>""",
 True, "U03", "六盘山职业培训中心",
 [("phone", "09542035577", "（0954）2035577"), ("email", "lps_px@163.com", "lps_px#163.com")],
 "U03 advertorial on news site")

# ====================== U04 中科智培 (dishonest: 零基础考三级, 三证, fake query) ======================
page("/video/v-8820.html", "原价9999限时99！人工智能训练师 零基础直接考三级",
 """<p class="author">@中科智培AI学院</p>
 <p>文案：90%小白都能学会！不限学历不限经验，直接报三级，三证同拿（三级+数据标注员+AIGC），证书国家认可，官方认证。</p>
 <p>简介：加薇：zkzp-kefu 领资料</p>""",
 True, "U04", "中科智培AI学院",
 [("wechat", "zkzp-kefu", "zkzp-kefu")],
 "U04 short-video ad, scam wording")
page("/mp/s-zkzp.html", "重磅！人工智能训练师三级证书报名通道开启，官网可查",
 """<p class="src">来源公众号：中科智培</p>
 <p>中科智培（北京）教育科技有限公司联合多家单位，面向全国招生。零基础可报三级、二级，一次报名多级优惠：三级2980元/证，二级4980元/证，两证同报立减1000。</p>
 <p>证书官网可查：www.zkzp-cx.cn（证书样本 S000064000123265000031）</p>
 <p>报名热线 400-822-6517　客服微信 zkzp-kefu</p>""",
 True, "U04", "中科智培（北京）教育科技有限公司",
 [("phone", "4008226517", "400-822-6517"), ("wechat", "zkzp-kefu", "zkzp-kefu"), ("domain", "zkzp-cx.cn", "www.zkzp-cx.cn")],
 "U04 WeChat repost; level 2 to beginners, per-certificate price, fake query domain")
page("/shop/item-z7.html", "人工智能训练师 三级/二级 报名 含教材 速成 官方指定",
 """<div class="price">¥2980 起</div><p>店铺：智培考证专营店</p>
 <p>速成班，内部题库，官方指定教材，拿证后可挂靠企业年入数万。</p>
 <p>售前热线：4008 226 517　手机 177 9531 2890</p>""",
 True, "U04", "智培考证专营店",
 [("phone", "4008226517", "4008 226 517"), ("phone", PH("17795312890"), "177 9531 2890")],
 "U04 shop listing")
page("/wenda/q-5530.html", "人工智能训练师三级零基础能考吗？",
 """<p class="q">提问者：gy小白　我没做过相关工作，能直接考三级吗？</p>
 <div class="a"><b>智培顾问</b>：可以的，我们有特殊通道，不限经验，17795312890 微信同号，证书在 zkzp-cx.cn 可查。</div>
 <div class="a"><b>网友 wz_xiaoma</b>：同问，我电话15009541234。</div>
 <div class="a"><b>职业指导师小王</b>：按标准，三级需要四级证书加工作年限，零基础直考三级不符合申报条件。官方查询请认准 osta.org.cn。</div>""",
 True, "U04", "智培顾问",
 [("phone", PH("17795312890"), "17795312890"), ("domain", "zkzp-cx.cn", "zkzp-cx.cn")],
 "U04 Q&A answer")

# ====================== U05 鸿业职业技能培训学校 (利通区, honest, subsidy) ======================
page("/fenlei/post-3340.html", "利通区 人工智能训练师五级培训 可申请技能提升补贴",
 """<p>类别：教育培训　区域：利通区　发布者：鸿业培训</p>
 <p>鸿业职业技能培训学校开设人工智能训练师五级班。参保满一年的职工取证后可按规定申请技能提升补贴（五级最高1000元），以人社部门审核为准。</p>
 <p>联系：王老师 138 9537 6621</p>""",
 True, "U05", "鸿业培训",
 [("phone", PH("13895376621"), "138 9537 6621")],
 "U05 classified ad")
page("/bbs/thread-2250.html", "我们学校人工智能训练师第3期开班了，欢迎咨询（非包过）",
 """<div class="post"><b>楼主 鸿业王老师</b>：吴忠市利通区鸿业职业技能培训学校，人工智能训练师五级第3期，周末班。实打实上课考试，不包过。
 手机13895376621，学校座机0953-2669012。</div>
 <div class="post"><b>2楼 路过</b>：支持正规的，证书可以去 jndj.osta.org.cn 查。</div>""",
 True, "U05", "吴忠市利通区鸿业职业技能培训学校",
 [("phone", PH("13895376621"), "13895376621"), ("phone", "09532669012", "0953-2669012")],
 "U05 staff forum post")
page("/kecheng/item-130.html", "【鸿业职校】人工智能训练师（数据标注员）五级 吴忠面授",
 """<div class="price">¥1500 已报名 140 人</div><p>机构：鸿业职校 | 课程编号 KC-2026-0130</p>
 <p>本期参加2026年第一批次认定，批次号13720260105，考点：吴忠职业技术学院（考点前台 0953－2123060）。</p>
 <p>学校电话 0953-2669012　统一社会信用代码 """ + USCC_U05 + "</p>",
 True, "U05", "鸿业职校",
 [("phone", "09532669012", "0953-2669012"), ("uscc", USCC_U05, USCC_U05)],
 "U05 marketplace course")

# ====================== U06 众创人才 (同心, dishonest: 挂靠) ======================
page("/bbs/thread-2262.html", "考个人工智能训练师证挂靠，一年躺赚两三万，有兴趣的进群",
 """<div class="post"><b>楼主 zc人才</b>：宁夏众创人才服务，人工智能训练师证书挂靠，企业急需，一年躺赚2-3万。免培训，包通过。进Q群715230488，或电话155 0095 2288</div>
 <div class="post"><b>2楼 同心人</b>：AI证书挂靠？没听说过。</div>""",
 True, "U06", "宁夏众创人才服务",
 [("qq_group", "715230488", "715230488"), ("phone", PH("15500952288"), "155 0095 2288")],
 "U06 forum post, 挂靠 lure")
page("/fenlei/post-3362.html", "同心县 考证挂靠 人工智能训练师 高价收证",
 """<p>类别：招聘求职　区域：同心县　发布者：众创人才</p>
 <p>高价收人工智能训练师、安全员证书挂靠，没有证可代报，交费包过。</p>
 <p>联系电话：15500952288　vx: zc_rencai88</p>
 <p>联系人：xx经理　联系电话：138 0000 0000　微信号：xxxxxx</p>""",
 True, "U06", "众创人才",
 [("phone", PH("15500952288"), "15500952288"), ("wechat", "zc_rencai88", "zc_rencai88")],
 "U06 classified; leftover template placeholders")
page("/video/v-8835.html", "证书躺赚？人工智能训练师挂靠一年两万",
 """<p class="author">@众创人才小刘 · 同心</p>
 <p>文案：拿个证放着就有钱！人社部认证的新职业，企业抢着要。</p>
 <p>简介：合作加 zc_rencai88</p>""",
 True, "U06", "众创人才小刘",
 [("wechat", "zc_rencai88", "zc_rencai88")],
 "U06 short video")

# ====================== U07 宁夏数标人才服务有限公司 (mixed: jobs + cert) ======================
page("/shop/item-s2.html", "数据标注员岗前培训+人工智能训练师五级认定 推荐就业",
 """<div class="price">¥2200</div><p>店铺：数标人才官方店</p>
 <p>宁夏数标人才服务有限公司，银川数据标注基地，学完推荐上岗（不承诺协议就业）。</p>
 <p>企业官网 shubiao-nx.com　统一社会信用代码 """ + USCC_U07 + "</p>",
 True, "U07", "数标人才官方店",
 [("domain", "shubiao-nx.com", "shubiao-nx.com"), ("uscc", USCC_U07, USCC_U07)],
 "U07 shop listing")
page("/wenda/q-5541.html", "银川有做数据标注的公司吗？需要人工智能训练师证吗？",
 """<p class="q">提问者：固原小李　想去银川做数据标注，要先考证吗？</p>
 <div class="a"><b>数标HR</b>：我们公司招标注员，也有五级培训班，简历发 HR@shubiao-nx.com。</div>
 <div class="a"><b>网友</b>：证书不是上岗必须的，看公司要求。</div>""",
 True, "U07", "数标HR",
 [("email", "hr@shubiao-nx.com", "HR@shubiao-nx.com")],
 "U07 Q&A answer")
page("/mp/s-shubiao.html", "宁夏数标人才：数据标注员培训班招生，学员可参加人工智能训练师认定",
 """<p class="src">来源公众号：数标人才</p>
 <p>课程面向吴忠、固原、中卫等地青年，线上+银川实训。报名表：jinshuju.net/f/Sb88</p>
 <p>咨询微信 sb_nx_hr，或邮件 hr@shubiao-nx.com　官网：www.shubiao-nx.com</p>""",
 True, "U07", "宁夏数标人才服务有限公司",
 [("wechat", "sb_nx_hr", "sb_nx_hr"), ("email", "hr@shubiao-nx.com", "hr@shubiao-nx.com"), ("domain", "shubiao-nx.com", "www.shubiao-nx.com")],
 "U07 WeChat repost")
page("/kecheng/item-142.html", "【数标学院】数据标注实战 + 人工智能训练师五级备考",
 """<div class="price">¥980 已报名 520 人</div><p>机构：数标学院 | 课程编号 KC-2026-0142</p>
 <p>图像、文本、语音标注实战，配套五级理论题目练习。</p>
 <p>课程助教微信：SB_NX_HR</p>""",
 True, "U07", "数标学院",
 [("wechat", "sb_nx_hr", "SB_NX_HR")],
 "U07 marketplace course")

# ====================== U08 慧学AI (dishonest: 工信部认证, AIGC mix-up) ======================
page("/shop/item-h5.html", "人工智能训练师+AIGC双证 工信部认证 在线考试 拿证升职加薪",
 """<div class="price">¥598</div><p>店铺：慧学AI考证</p>
 <p>4小时网课，在线考试，工信部认证，双证同发，拿到证书便可升职加薪。</p>
 <p>对公收款户名：银川慧学文化传媒有限公司　也可支付宝付款（支付宝客服95188）</p>
 <p>咨询 199 9512 0037</p>""",
 True, "U08", "慧学AI考证",
 [("other", "银川慧学文化传媒有限公司", "银川慧学文化传媒有限公司"), ("phone", PH("19995120037"), "199 9512 0037")],
 "U08 shop listing, 工信部认证 / AIGC mix-up")
page("/video/v-8850.html", "一条视频讲清人工智能训练师怎么考，附报名方式",
 """<p class="author">@慧学AI小助手</p>
 <p>文案：人工智能训练师+生成式人工智能系统应用员，一次学习两个证，零基础可学。</p>
 <p>简介：报名电话199-9512-0037　QQ 3307781925</p>
 <p>联系电话：138 0000 0000（模板未修改）</p>""",
 True, "U08", "慧学AI小助手",
 [("phone", PH("19995120037"), "199-9512-0037"), ("qq", "3307781925", "3307781925")],
 "U08 short video; template placeholder left in")
page("/news/ad-hx.html", "AI时代新机遇：慧学AI推出人工智能训练师在线课程",
 """<p class="meta">塞上新闻网 2026-02-18 企业资讯</p>
 <p>慧学AI近日推出人工智能训练师在线课程，宣称“工信部认证”“全国通用”。报名咨询QQ：3307781925，收款单位：银川慧学文化传媒有限公司。</p>""",
 True, "U08", "慧学AI",
 [("qq", "3307781925", "3307781925"), ("other", "银川慧学文化传媒有限公司", "银川慧学文化传媒有限公司")],
 "U08 paid advertorial")

# ====================== U09 博远职业培训学校 (原州区, honest) ======================
page("/fenlei/post-3377.html", "原州区 博远职业培训学校 人工智能训练师五级/四级 招生",
 """<p>类别：教育培训　区域：原州区　发布者：博远职校</p>
 <p>五级60课时、四级50课时，晚班。需符合申报条件，学校协助审核材料。</p>
 <p>电话：137 0954 8810　学校：0954-2066310</p>""",
 True, "U09", "博远职校",
 [("phone", PH("13709548810"), "137 0954 8810"), ("phone", "09542066310", "0954-2066310")],
 "U09 classified")
page("/wenda/q-5556.html", "固原有正规的人工智能训练师培训吗？",
 """<p class="q">提问者：原州区小马</p>
 <div class="a"><b>博远职校陈老师</b>：我们学校有五级、四级班，按标准上满课时再考，不包过。电话13709548810，微信by0954px。</div>
 <div class="a"><b>丽丽</b>：我也想报，加我 lily_wz0953 一起</div>""",
 True, "U09", "博远职校",
 [("phone", PH("13709548810"), "13709548810"), ("wechat", "by0954px", "by0954px")],
 "U09 Q&A answer")
page("/bbs/thread-2275.html", "固原博远职校人工智能训练师班上课体验（附老师微信）",
 """<div class="post"><b>楼主 博远小陈</b>：固原市原州区博远职业培训学校本期开课，上课内容是数据标注和理论，有问题加微信by0954px。</div>
 <div class="post"><b>2楼 丽丽</b>：想一起报的加我微信 lily_wz0953</div>""",
 True, "U09", "固原市原州区博远职业培训学校",
 [("wechat", "by0954px", "by0954px")],
 "U09 forum post")

# ====================== Independents ======================
page("/kecheng/item-155.html", "【新程教育】人工智能训练师四级 直播课",
 """<div class="price">¥1880 已报名 64 人</div><p>机构：银川新程教育 | 课程编号 KC-2026-0155</p>
 <p>面向已有五级证书并工作满年限的学员。咨询 181 9501 6327</p>""",
 True, "I01", "银川新程教育", [("phone", PH("18195016327"), "181 9501 6327")], "independent marketplace course")
page("/fenlei/post-3390.html", "盐池 个人辅导 人工智能训练师五级理论",
 """<p>类别：家教　区域：盐池县　发布者：王老师</p>
 <p>本人持人工智能训练师三级证书，辅导五级理论和标注实操，一对一。</p>
 <p>电话15209530716　微信 wls_ai</p>""",
 True, "I02", "王老师",
 [("phone", PH("15209530716"), "15209530716"), ("wechat", "wls_ai", "wls_ai")], "independent tutor classified")
page("/shop/item-k9.html", "数据标注入门课+人工智能训练师五级题库",
 """<div class="price">¥99</div><p>店铺：AI数据标注学习店</p>
 <p>题库仅供练习，证书需本人报名考核。支付宝付款有问题可联系支付宝客服95188。</p>
 <p>店主QQ 1542087736</p>""",
 True, "I03", "AI数据标注学习店", [("qq", "1542087736", "1542087736")], "independent shop listing")
page("/video/v-8866.html", "在吴忠做数据标注一年了，说说考人工智能训练师的真实体验",
 """<p class="author">@老周聊AI · 吴忠</p>
 <p>文案：别信包过！我带的小班按标准上课，想报五级的私信。</p>
 <p>简介：课程咨询 zhoulaoshi_ai</p>""",
 True, "I04", "老周聊AI", [("wechat", "zhoulaoshi_ai", "zhoulaoshi_ai")], "independent short-video tutor")
page("/college/zsjz-ai.html", "继续教育学院：2026年人工智能训练师社会培训招生简章",
 """<p>吴忠职业技术学院继续教育学院面向社会招收人工智能训练师（五级、四级）培训学员，培训合格者参加职业技能等级认定。</p>
 <p>考点：本院实训楼，考点前台 0953-2123060。证书查询：jndj.osta.org.cn。</p>
 <p>咨询电话：0953-2180417（继续教育学院）</p>""",
 True, "I05", "吴忠职业技术学院继续教育学院", [("phone", "09532180417", "0953-2180417")], "college social-training enrolment")
page("/mp/s-xyz.html", "西吉县新起点职业培训学校：人工智能训练师五级班招生",
 """<p class="src">来源公众号：西吉新起点</p>
 <p>本校开设人工智能训练师五级班，60课时。咨询 133 2354 8091，邮箱 xqd_xiji@126.com</p>""",
 True, "I06", "西吉县新起点职业培训学校",
 [("phone", PH("13323548091"), "133 2354 8091"), ("email", "xqd_xiji@126.com", "xqd_xiji@126.com")], "independent WeChat repost")

# ====================== Non-offer content pages ======================
page("/bbs/thread-2290.html", "【维权曝光】交了3980说包过，到现在证都没有，电话也打不通",
 """<div class="post"><b>楼主 被坑的小杨</b>：去年在网上找了个人工智能训练师“包过”，交了3980，对方电话17609531177，现在拉黑了。已经打12315投诉。</div>
 <div class="post"><b>2楼 热心网友</b>：骗子电话 176 0953 1177 大家注意！正规证书在 zscx.osta.org.cn 能查。</div>
 <div class="post"><b>3楼 路人</b>：我也被骗过，有需要一起维权的联系我 18295360021。</div>""",
 note="forum complaint thread quoting a scam number and 12315; readers' own contacts")
page("/wenda/q-5570.html", "人工智能训练师证书怎么查真假？",
 """<p class="q">提问者：匿名</p>
 <div class="a"><b>最佳答案</b>：人工智能训练师证书是职业技能等级证书，不是国家职业资格证书，由备案的评价机构颁发，不是人社部颁发。
 可在技能人才评价证书全国联网查询 zscx.osta.org.cn 或证书上的 jndj.osta.org.cn 查询，有疑问打 12333。声称“包过”“免培训”的都不可信。</div>""",
 note="Q&A guide on verifying certificates")
page("/mp/s-fangpian.html", "警惕！“人工智能训练师包过”骗局又来了",
 """<p class="src">来源公众号：吴忠反诈</p>
 <p>近期有市民反映，接到17609531177来电推销“人工智能训练师三级包过”，交费后对方失联。</p>
 <p>提醒：职业技能等级证书需参加考核，可拨打12315投诉、12333咨询。</p>""",
 note="anti-fraud WeChat repost quoting the scam number")
page("/news/n-warn.html", "人社部门提醒：谨防“山寨证书”和“包过”广告",
 """<p class="meta">塞上新闻网 2026-03-15</p>
 <p>记者从人社部门获悉，人社部函〔2022〕25号开展技术技能类“山寨证书”专项治理，“包过”“免培训直接发证”等宣传均属违规。
 有市民反映，号码 176 0953 1177 以“人社部颁发”名义推销人工智能训练师证书。</p>
 <p>市民可通过 zscx.osta.org.cn 查询证书，或拨打12333咨询、12315投诉。</p>""",
 note="news warning quoting the scam number and hotlines")
page("/rsj/notice-subsidy.html", "关于做好2026年第一批次职业技能等级认定及技能提升补贴申领工作的通知",
 """<p>各有关单位：</p><p>2026年第一批次职业技能等级认定（批次号13720260105）将于4月在吴忠职业技术学院考点举行，考点前台电话0953-2123060。</p>
 <p>参保满一年的职工取得人工智能训练师等职业技能等级证书后，可按规定申领失业保险技能提升补贴：五级1000元、四级1500元、三级2000元。证书信息以 zscx.osta.org.cn 查询结果为准。</p>
 <p>咨询电话：12333</p>""",
 note="人社局-style notice: batch number, exam venue, 12333")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4006158800", ["400-615-8800"], "course marketplace's own customer-service number (footer/sidebar)"),
 ("email", "kefu@xuebake.com", ["kefu@xuebake.com"], "marketplace complaint e-mail in footer"),
 ("domain", "xuebake.com", ["xuebake.com"], "marketplace's own domain in footer"),
 ("qq_group", "186602315", ["186602315"], "forum's own QQ group in sidebar/footer"),
 ("email", "admin@wzltrj.com", ["admin@wzltrj.com"], "forum admin e-mail"),
 ("phone", "09542881000", ["0954-2881000"], "classifieds site's customer-service line"),
 ("other", "宁ICP备16000231号-1", ["宁ICP备16000231号-1"], "classifieds site's ICP number"),
 ("qq", "800088613", ["800088613"], "shop platform's customer-service QQ"),
 ("phone", "4006602580", ["400-660-2580"], "shop platform's customer-service phone"),
 ("domain", "yuekan.tv", ["yuekan.tv"], "short-video platform domain and business e-mail"),
 ("domain", "wxwenzhai.cn", ["wxwenzhai.cn"], "WeChat-repost aggregator's own domain"),
 ("phone", "09515088110", ["0951-5088110"], "news site's news hotline"),
 ("phone", "+8617609531177", ["17609531177", "176 0953 1177"], "scam number quoted in complaints and warnings"),
 ("phone", "+8613720260105", ["13720260105"], "phone-shaped assessment batch number"),
 ("other", "S000064000123265000031", ["S000064000123265000031"], "sample certificate number on several ads"),
 ("phone", "+8613800000000", ["138 0000 0000"], "template placeholder left in ads"),
 ("wechat", "xxxxxx", ["xxxxxx"], "template placeholder WeChat id"),
 ("wechat", "lily_wz0953", ["lily_wz0953"], "a reader's own WeChat in comments"),
 ("phone", "+8615009541234", ["15009541234"], "a reader's own phone in Q&A comments"),
 ("phone", "+8618295360021", ["18295360021"], "a complainant's own phone"),
 ("phone", "09532123060", ["0953-2123060", "0953－2123060"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "online form tool (third party)"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
 ("domain", "osta.org.cn", ["osta.org.cn"], "official OSTA domain"),
]

# ---------------------------------------------------------------- rendering
CSS = {
 "training-company": "body{font-family:serif;background:#f4f8ff}header{background:#0a3d91;color:#fff}",
 "course-marketplace": "body{font-family:sans-serif}.price{color:#e4393c;font-size:22px}",
 "forum": "body{font-size:13px;background:#eef}.post{border:1px solid #ccd;margin:6px;padding:6px}",
 "classifieds": "body{background:#fffbe8}.cat{color:#a60}",
 "qa": ".q{font-weight:bold}.a{border-top:1px dashed #ccc;padding:6px}",
 "wechat-repost": "body{max-width:680px;margin:auto}.src{color:#888}",
 "short-video": "body{background:#111;color:#eee}.author{color:#fe2c55}",
 "news": "body{font-family:SimSun,serif}.meta{color:#666}",
 "college": "header{background:#7a0019;color:#fff}",
 "government-notice": "header{background:#c00;color:#fff}body{font-family:SimSun}",
 "shop": ".price{color:#f40;font-size:24px}body{background:#fafafa}",
}

def frame(site, title, body, crumbs, related):
    s = SITES[site]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in s["menu"])
    crumb = " &gt; ".join(crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (p, html.escape(t)) for p, t in related)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title>"
            "<style>%s</style></head><body class=\"%s\">\n<header><h1>%s</h1><nav>%s</nav></header>\n"
            "<div class=\"crumbs\">当前位置：%s</div>\n<aside>%s</aside>\n<main><h2>%s</h2>\n%s\n</main>\n"
            "<section class=\"related\"><h4>相关推荐</h4><ul>%s</ul></section>\n"
            "<footer>%s | <a href=\"/index.html\">导航首页</a></footer>\n</body></html>\n") % (
        html.escape(title), s["name"], CSS[s["style"]], s["style"], s["name"], menu, crumb,
        s["side"], html.escape(title), body, rel, s["foot"])

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    by_site = {k: [] for k in ORDER}
    for p in PAGES:
        by_site[p["path"].split("/")[1]].append(p)
    rendered = {}
    for site in ORDER:
        ps = by_site[site]
        for i, p in enumerate(ps):
            rel = [(q["path"], q["title"]) for q in ps if q is not p][:4]
            crumbs = ['<a href="/%s/index.html">%s</a>' % (site, SITES[site]["name"]), html.escape(p["title"][:16])]
            rendered[p["path"]] = frame(site, p["title"], p["body"], crumbs, rel)
        lst = "<ul>" + "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in ps) + "</ul>"
        ipath = "/%s/index.html" % site
        rendered[ipath] = frame(site, SITES[site]["name"] + " 首页", lst, [SITES[site]["name"]], [])
        PAGES.append(dict(path=ipath, title="index", body="", is_offer=False, operator=None, provider=None,
                          ids=[], note="%s index page (%s)" % (site, SITES[site]["style"]), related=[]))
    hub = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head><body>"
           "<h1>吴忠·固原 一周搜索 网址导航</h1><ul>" +
           "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (s, SITES[s]["name"], SITES[s]["style"]) for s in ORDER) +
           "</ul></body></html>\n")
    rendered["/index.html"] = hub
    PAGES.append(dict(path="/index.html", title="hub", body="", is_offer=False, operator=None, provider=None,
                      ids=[], note="hub linking every site's index", related=[]))
    for path, text in rendered.items():
        fp = OUT + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    for p in PAGES:
        for k, v, w in p["ids"]:
            assert w in rendered[p["path"]], (p["path"], w)
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, t in rendered.items() if any(w in t for w in written))
        assert pages, value
        for p in PAGES:
            for k, v, w in p["ids"]:
                assert not any(x in w for x in written), (value, w)
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    ops = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    truth = dict(pages=[dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                             provider=p["provider"], identifiers=p["ids"], note=p["note"])
                        for p in sorted(PAGES, key=lambda x: x["path"])],
                 operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
